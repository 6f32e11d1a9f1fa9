"""Batch 11, module 1: eight fictional files (a blind held-out test set).

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.
"""
from build_batch5 import F, H, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. ICPC plan in a council's own landscape form: "Area of need" and
#    "What needs to change for the children" merged down the rows (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b11_kestlemoor_icpc_merged_need_tranmer.docx",
    "doc_title": "Initial Child Protection Conference Plan - Ruby and Jacob Tranmer",
    "split": "heldout",
    "template": "icpc-council-form-merged-area-and-change-landscape",
    "description": (
        "ICPC plan for a 7-year-old and a 5-month-old (neglect; mother's postnatal depression, father's "
        "weekend drinking) in a landscape council form with 'Area of need' and 'What needs to change' "
        "merged down the rows. 'As soon as possible', 'when she can', a support-only perinatal row with a "
        "'feels better' measure, 'engagement', an 'All professionals' row, an assessment with no output "
        "and one adult-only outcome; specific contingency covering the grandmother, dates and legal step."
    ),
    "landscape": True,
    "check_vmerge": 8,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Kestlemoor Metropolitan Borough Council – Children's Social Care – Safeguarding and Family Support"),
        ("kv", [
            ("Children", "Ruby Tranmer, DOB 12/01/2018 (7 yrs); Jacob Tranmer, DOB 29/11/2024 (5 months)"),
            ("Address", "14 Sorrel Way, Kestlemoor KT4 9LP"),
            ("Parents", "Leanne Tranmer (mother, 29); Scott Doyle (father, 31) – both have parental responsibility"),
            ("Conference", "Initial child protection conference, 08/05/2025. Chair: Lorraine Aspinall (IRO)"),
            ("Category of plan", "Neglect (both children)"),
            ("Allocated SW", "Priya Lal, Safeguarding Team 3, tel 01632 770 214"),
        ]),
        ("h1", "Reason for the plan"),
        ("p", "Leanne was diagnosed with postnatal depression by her GP in February and was prescribed "
              "sertraline, which she says she takes \"most days\". She has told the HV she stays in bed until "
              "the afternoon on bad days. Jacob has dropped from the 50th to the 9th centile since his 8-week "
              "check, has missed his 8- and 12-week immunisations, and on 17 April the HV found him asleep on "
              "the sofa next to Scott, who smelled of alcohol. Scott drinks heavily from Friday night to Sunday. "
              "Ruby has been late to school 19 times this term, twice arrived without a coat in the rain, and "
              "told her teacher she \"does Jacob's bottles when Mummy's sad\"."),
        ("h1", "What Ruby has told us and what we have seen of Jacob's day"),
        ("p", "Ruby (seen on her own at school, 01/05/2025): \"I like it when Nana Brenda does my hair and takes "
              "me to school because we're never late.\" She said she worries about Mummy \"being sad in bed\" "
              "and that she gets scared when Daddy and Mummy shout \"on the nights Daddy has cans\". Her three "
              "wishes were \"Mummy happy, a dog, and to go to Nana's every Saturday\"."),
        ("p", "Jacob was seen at the two HV visits and the SW visit in April. He is a quiet baby who does not "
              "cry much when hungry; at the 24/04 visit he was in the same nappy from the morning and had a "
              "red nappy rash. He smiled and followed Ruby's face when she talked to him."),
        ("h1", "Child protection plan"),
        ("table", {
            "header": ["Area of need", "What needs to change for the children", "Action",
                       "Lead person / agency", "Timescale", "How progress will be measured"],
            "widths": [3.0, 4.6, 6.2, 4.0, 3.4, 4.5],
            "rows": [
                ["1. Jacob's physical care, feeding and safe sleep",
                 "Jacob is fed on time, kept clean and warm, sleeps safely in his own cot and gains weight "
                 "back towards his birth centile.",
                 "Weigh Jacob at home and check his feeds, sleep position and nappy area",
                 "HV Carys Penn, Kestlemoor 0-19 Service",
                 "Fortnightly until Jacob is 6 months, then monthly",
                 "Weight plotted in the red book and back on or above the 25th centile by 31/07/2025; safe "
                 "sleep checklist signed"],
                [V, V,
                 "Jacob to sleep in his own cot, on his back, and never on the sofa or in bed with an adult",
                 "Leanne and Scott",
                 "Every sleep, day and night, from 09/05/2025",
                 "SW and HV see the cot made up at every visit; no further reports of Jacob asleep on the sofa"],
                [V, V,
                 "Jacob to have his missed 8-week and 12-week immunisations at the surgery",
                 "Leanne",
                 "As soon as possible",
                 "Immunisation record updated and copy sent to the HV"],
                [V, V,
                 "Unannounced and planned home visits; see both children, Jacob's cot and the kitchen, and "
                 "talk to Ruby on her own",
                 "SW Priya Lal",
                 "Every 10 working days",
                 "Visit records show both children seen and Ruby seen alone at each visit"],
                [V, V,
                 "Parenting assessment of Leanne and Scott, including observed bath, feed and bedtime",
                 "SW Priya Lal",
                 "Complete by 11/07/2025",
                 ""],
                ["2. Leanne's mental health and how it affects the children",
                 "Ruby and Jacob are cared for by a mum who is well enough to get up, feed Jacob on time and "
                 "get Ruby to school each day.",
                 "Perinatal mental health team to see Leanne weekly for support with her low mood",
                 "Kestlemoor Perinatal Mental Health Team (CPN Aled Morgan)",
                 "Weekly",
                 "Leanne feels better"],
                [V, V,
                 "Review Leanne's sertraline and write to the SW with any change to her medication",
                 "GP Dr Imran Qadir, Moorside Surgery",
                 "By 30/05/2025",
                 "GP letter on the children's file"],
                [V, V,
                 "Assess Leanne and report on whether she can make the changes Jacob and Ruby need, what has "
                 "to happen first and how long it is likely to take",
                 "Dr Naomi Bright, consultant perinatal psychiatrist",
                 "Written report by 20/06/2025",
                 "Report shared with the core group at the 19/06/2025 meeting or within 2 days of it"],
                ["3. Ruby's school, worries and being a child",
                 "Ruby gets to school on time every day, no longer looks after Jacob, and has an adult at school "
                 "she can talk to about home.",
                 "Get Ruby to school for 8.50am, with a coat and a packed lunch or dinner money",
                 "Scott, or MGM Brenda Tranmer on days Scott starts work early",
                 "Every school day",
                 "School register shows Ruby in by 8.50am on at least 95% of days each half term"],
                [V, V,
                 "Weekly time with the learning mentor so Ruby can talk about home and her worries about Mum",
                 "Ruby's school – learning mentor Mrs Yvette Cole, St Anselm's Primary",
                 "Weekly (Wednesdays)",
                 "Ruby's engagement"],
                [V, V,
                 "Collect Ruby from after-school club and give her tea at Nana's",
                 "MGM Brenda Tranmer",
                 "When she can",
                 "Brenda's name in the after-school club collection book"],
                ["4. Drinking and arguments at home",
                 "Scott will cut down his drinking and the couple will argue less.",
                 "Alcohol assessment for Scott and an agreed plan that he does not drink when caring for the "
                 "children",
                 "Kestlemoor Drug and Alcohol Service (Horizon Team, worker Dean Fuller)",
                 "Assessment by 06/06/2025, then monthly breath tests",
                 "Assessment and breath test results sent to the SW before each core group"],
                [V, V,
                 "Scott to complete the Change for Children domestic abuse programme",
                 "Scott",
                 "12 weeks, starting 02/06/2025",
                 "Facilitator's end-of-programme report sent to the SW"],
                [V, V,
                 "Share any concern about arguments, drinking or the children's care with the SW",
                 "All professionals",
                 "Same day",
                 "Concern and action taken recorded on the children's file"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If Jacob is found asleep on the sofa or in an adult's bed again, if Scott is found drunk while "
              "he is the only adult caring for the children, or if Leanne tells any professional she cannot "
              "cope or has thoughts of harming herself, the professional will ring the SW (or the emergency "
              "duty team out of hours) straight away. The children will go to stay with MGM Brenda Tranmer, "
              "who agreed this at conference, and the SW will hold a strategy discussion the same day. If "
              "Brenda is unwell, away or cannot take both children, they will be placed together with "
              "Kestlemoor foster carers the same day."),
        ("p", "If Jacob's weight has not started to rise by the second core group, or Scott has not had his "
              "alcohol assessment by 06/06/2025, the SW will ask the team manager for a legal planning meeting "
              "within 5 working days."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group: every 4 weeks – 22/05/2025, 19/06/2025 and 17/07/2025, 10am, Sorrel Way Family Hub.",
            "Review child protection conference: 07/08/2025 at 1.30pm, Kestlemoor Civic Centre.",
        ]),
        ("p", "Plan distributed to: parents, HV, GP, perinatal team, St Anselm's Primary, Horizon Team, "
              "Kestlemoor Police PPU."),
    ],
    "findings": [
        F("T002", "Jacob to have his missed 8-week and 12-week immunisations"),
        F("M001", "Parenting assessment of Leanne and Scott, including observed bath"),
        F("H001", "Perinatal mental health team to see Leanne weekly for support"),
        F("M002", "Perinatal mental health team to see Leanne weekly for support"),
        F("M002", "Weekly time with the learning mentor so Ruby can talk"),
        F("T002", "Collect Ruby from after-school club and give her tea"),
        F("W002", "Share any concern about arguments, drinking or the children's care"),
        F("F002", "Scott will cut down his drinking and the couple will argue less."),
    ],
})


# ---------------------------------------------------------------------------
# 2. "The children's day" routine plan: time of day merged down the first
#    column, then a by-when table; PDF with header and footer (new layout)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b11_jandlebury_daily_routine_gillow.pdf",
    "doc_title": "Child Protection Plan - Mason and Ava Gillow",
    "split": "heldout",
    "template": "daily-routine-time-of-day-merged-then-by-when-table-paged",
    "description": (
        "CP plan for a 9-year-old and a 3-year-old (neglect; mother's drinking) built round the children's "
        "day: a 'When in the day' column merged down the rows, then a by-when table for one-off tasks. "
        "OFFICIAL-SENSITIVE header and page footer. A blank measure, 'improvement', a 'Family network' "
        "owner, 'TBC', 'ongoing', a row with no lead; grandfather and aunt carry the plan but the "
        "contingency only sends the children to the grandfather."
    ),
    "header": "OFFICIAL-SENSITIVE | Jandlebury Council Children's Services | CP plan | LCS ref 2207731",
    "footer": "Mason and Ava Gillow – child protection plan – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "check_vmerge": 4,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("kv", [
            ("Children", "Mason Gillow (9), Year 4, Jandlebury Primary; Ava Gillow (3), Little Wrens Nursery"),
            ("Mother", "Kerry Gillow (34) – the children live with her at 3 Quarry Row, Jandlebury"),
            ("Fathers", "Mason's father, Lee Hurst, lives in Spain and has no contact; Ava's father is not named"),
            ("Family network", "Derek Gillow (MGF), 5 minutes' walk away; Shelley Gillow (maternal aunt)"),
            ("Plan agreed at", "Initial child protection conference, 15/05/2025 – category: neglect"),
            ("Social worker", "Dionne Ruddock, Jandlebury Safeguarding Team (East)"),
        ]),
        ("h1", "Why there is a plan"),
        ("p", "Kerry drinks most afternoons and evenings, usually cider and vodka. She told conference she "
              "drinks \"to get through the day\" since her mum died in 2023. On 28 April a neighbour found "
              "Ava, in a nappy only, at the front gate at 8.15pm while Kerry was asleep on the sofa. Mason "
              "has been late to school on 22 mornings since January and has told his teacher he makes Ava's "
              "tea \"when Mum's tired\". The house has been cold and short of food at three visits."),
        ("h1", "What Mason and Ava have told us, and what we have seen"),
        ("p", "Mason (seen on his own at school, 09/05/2025) said the best part of his day is \"Grandad's "
              "tea\" and the worst is \"when Mum won't wake up and Ava's crying\". He said he hides the cider "
              "bottles under the sink \"so Ava doesn't drink them\". He wants \"Mum to stop drinking, and to "
              "go to football club again\"."),
        ("p", "Ava has few words yet. Nursery say she eats two breakfasts when she arrives and hoards bread "
              "at snack time. At the SW's visit on 06/05/2025 she ran to Derek when he came in and showed him "
              "her shoes; she did not go to Kerry when she fell over."),
        ("h1", "What we want for Mason and Ava"),
        ("bullets", [
            "Ava and Mason are looked after by a sober adult every morning, evening and night.",
            "They are fed, clean and warm, and get to school and nursery on time every day.",
            "Mason does not have to look after Ava or hide bottles, and has time to be a 9-year-old.",
        ]),
        ("h1", "The children's day – who makes sure what happens"),
        ("table", {
            "header": ["When in the day", "What needs to happen", "Who", "How we'll check"],
            "widths": [3.2, 6.0, 3.6, 4.2],
            "rows": [
                ["School mornings (Monday to Friday), 7.30 to 8.45am",
                 "Get Ava and Mason up, washed, dressed in clean clothes and given breakfast",
                 "Kerry",
                 "Nursery's daily arrival sheet shows Ava clean and not hungry; Mason signed in at breakfast club"],
                [V,
                 "Walk Mason to Jandlebury Primary and Ava to Little Wrens Nursery",
                 "Kerry; MGF Derek Gillow instead on any morning after Kerry has been drinking",
                 "Registers show Mason in by 8.50am and Ava in by 9.00am"],
                [V,
                 "Blow into the breathalyser before leaving the house and text the reading to the recovery worker",
                 "Kerry",
                 "Readings logged by Jandlebury Recovery Service and sent to the SW weekly; every reading zero"],
                ["Every weekday, 3.15 to 6pm",
                 "Collect Ava and Mason from nursery and school and give them their tea at his flat",
                 "MGF Derek Gillow",
                 "Collections signed for by Derek in the school and nursery pick-up books"],
                [V,
                 "Go through Mason's reading record and homework with him",
                 "Kerry",
                 ""],
                ["Every evening, 6 to 8.30pm",
                 "Bath Ava and get her to bed by 7.30pm; Mason in bed by 8.30pm",
                 "Kerry",
                 "Improvement in the bedtime routine"],
                [V,
                 "Video call at 7pm to say goodnight to the children and check Kerry is sober",
                 "Aunt Shelley Gillow",
                 "Call log on Shelley's phone shown to the SW at each visit"],
                ["Friday and Saturday nights",
                 "Have a sober adult staying in the house overnight",
                 "Family network",
                 "Name of the adult staying texted to the SW by 6pm each Friday and Saturday"],
                [V,
                 "Have Ava and Mason to stay at her flat every other Saturday night",
                 "Aunt Shelley Gillow",
                 "Dates in Shelley's calendar, shown to the SW each month"],
            ],
        }),
        ("h1", "Other things that need to happen"),
        ("table", {
            "header": ["What needs to happen", "Who", "By when", "How we'll check"],
            "widths": [6.2, 3.8, 3.0, 4.0],
            "rows": [
                ["Alcohol assessment for Kerry, then weekly key work; report on her drinking and whether she "
                 "can stay sober when she is caring for the children",
                 "Jandlebury Recovery Service – recovery worker Tom Ashe",
                 "Assessment by 23/05/2025, then weekly",
                 "Written report and breath test readings to the SW before each core group"],
                ["Home visits, including one unannounced teatime visit a month; see Mason on his own and "
                 "check the fridge and Ava's bed",
                 "SW Dionne Ruddock",
                 "Every 2 weeks",
                 "Visit records show Mason seen alone and food in the house at each visit"],
                ["Ava's development review at two and a half years, now overdue",
                 "HV Sian Probert",
                 "TBC",
                 "ASQ-3 scores and weight shared with the SW and nursery"],
                ["Refer Mason to Jandlebury Young Carers so he has time for himself",
                 "",
                 "By 30/05/2025",
                 "Mason has a young carers worker and goes to the Thursday group"],
                ["Help Kerry with her rent arrears and her Universal Credit claim",
                 "FSW Gemma Holt",
                 "Ongoing",
                 "Repayment plan agreed with Jandlebury Homes; arrears lower at each core group"],
                ["Tell the SW the same day if Ava or Mason arrive hungry, unwashed or late, or if Kerry smells "
                 "of alcohol at the gate",
                 "DSL Angharad Price (school) and nursery manager Beth Lowry",
                 "Same day",
                 "Calls logged on the children's file with the action taken"],
            ],
        }),
        ("h1", "If Kerry drinks while she is looking after the children"),
        ("p", "If Kerry has a breath reading above zero on a school morning, is found drunk or asleep while she "
              "is the only adult with the children, or smells of alcohol when she collects them, the person "
              "who finds this will ring the SW (or the emergency duty team on 01632 960 700 out of hours). "
              "Mason and Ava will go to Derek Gillow's flat that day and stay there until a strategy discussion "
              "has been held, which the SW will arrange within 24 hours. If this happens twice, the SW will ask "
              "the team manager for a legal planning meeting within 5 working days."),
        ("h1", "Meetings"),
        ("p", "Core group every 3 weeks: 29/05/2025, 19/06/2025, 10/07/2025 and 31/07/2025, at Jandlebury "
              "Primary. Review child protection conference: 14/08/2025, 10am, Jandlebury Council Offices."),
    ],
    "findings": [
        F("M001", "Go through Mason's reading record and homework with him"),
        F("M002", "Bath Ava and get her to bed by 7.30pm"),
        F("W002", "Have a sober adult staying in the house overnight"),
        F("T002", "Ava's development review at two and a half years"),
        F("W001", "Refer Mason to Jandlebury Young Carers so he has time"),
        F("T002", "Help Kerry with her rent arrears and her Universal Credit claim"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Family group conference: the family's own plan, then what the
#    professionals will do, adopted into the CP plan (md, new layout)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b11_korringham_fgc_family_plan_blakemore.md",
    "split": "heldout",
    "template": "fgc-family-plan-then-professional-resources-md",
    "description": (
        "Family group conference plan adopted into a CP plan for an 11-year-old and a 6-year-old (mother's "
        "cocaine use): bottom lines, the children's words, the family's own table and a professionals' "
        "table with the owner first. A blank measure, 'The family' / 'When we can', 'As required' with "
        "'Engagement', a viability assessment with no output and one adult-only goal; the contingency "
        "covers the grandmother failing, with foster care and a legal planning meeting."
    ),
    "text": """\
# Korringham Borough Council – Family Group Conference

## Family plan for Destiny and Kai Blakemore

| | |
|---|---|
| **Children** | Destiny Blakemore (11), Kai Blakemore (6) |
| **Mum** | Jodie Blakemore, 30, 22 Larkspur Close, Korringham |
| **FGC held** | 29/04/2025, Korringham Community Centre, 5pm–8.40pm |
| **FGC coordinator** | Mo Adeyinka (independent coordinator, Korringham FGC Service) |
| **Social worker** | Matthew Oyelaran, Korringham Children's Social Care |
| **Child protection plan** | Neglect – ICPC 10/04/2025. This family plan was agreed by the SW on the night and is now part of the children's child protection plan. |

**Who came:** Jodie (Mum); Sandra Blakemore (Nan); Wes Blakemore (uncle); Tash Morley (aunt, Jodie's
sister); Destiny (for the first hour); Matthew Oyelaran (SW); Mr Farouk (DSL, Korringham Academy);
Rhian Pugh (KDAS worker). Kai stayed with a neighbour and sent his picture.

### Why we were asked to meet

Jodie uses cocaine at weekends and sometimes midweek. In March she was found asleep at 11am with Kai at
home and off school, and there was white powder on the coffee table. Destiny has been getting herself
and Kai ready for school and has missed 14 days this year. The house had no food in it on two visits.

### The social worker's bottom lines

These are the things children's services need the family plan to make sure of:

- Destiny and Kai are never cared for by Mum when she has used drugs or is coming down.
- No drugs or drug equipment are in the house or anywhere the children stay.
- Destiny is not left in charge of Kai.

### What Destiny and Kai want

Destiny wrote a letter that the coordinator read out. She wrote: "I love my mum but I hate it when she
is on a downer and stays in bed all weekend. I want to stay at Nan's on Saturdays because there is
always tea and I can go to drama. I don't want to go into care. I want Mum to stop for real this time."
Destiny stayed for the first hour and said she wants her uncle Wes to "keep doing football with Kai".

Kai sent a picture of himself, Nan and Nan's dog in Nan's garden. He told the SW on 24/04/2025 that he
likes Nan's "because the dog sleeps on my bed" and that at home "I make my own toast when Mum is
sleeping".

### What we all want for Destiny and Kai

- Destiny and Kai are looked after every day and every night by an adult who has not used drugs.
- They go to school every day, on time, with breakfast inside them.
- Destiny goes back to being a child and is not in charge of Kai.
- Jodie stops using cocaine and gets her life back on track.

### Our family plan – what we will do

This part was written by the family in their private time and is in their words.

| What we will do | Who | When | How we'll know it's working |
|---|---|---|---|
| Destiny and Kai stay at Nan's every Friday and Saturday night so they are not at home when Mum might use | Sandra Blakemore (Nan) | Every Friday and Saturday night | Nan's calendar, shown to Matthew at each visit |
| Take Kai to football on Saturday mornings and bring him back to Nan's after | Wes Blakemore (uncle) | Every Saturday, 9.30am | |
| Phone Destiny every evening after school to check she and Kai are OK and have had tea | Tash Morley (aunt) | Every evening, 6pm | Destiny tells Matthew that Tash has rung |
| Help Jodie keep the house clean and the fridge stocked | The family | When we can | Food in the fridge at every SW visit |
| Go to KDAS every week and do the drug tests they ask for | Jodie | Weekly, from 06/05/2025 | Clear test results sent by KDAS to Matthew |
| Ring Matthew straight away if we think Mum has used when she has the children | Sandra Blakemore (Nan) | Same day | Call on Matthew's records |

### What the professionals will do

| Who | What they will do | By when | How we'll know |
|---|---|---|---|
| KDAS – Rhian Pugh | Full assessment of Jodie's cocaine use, weekly key work and urine tests; tell the core group whether she is reducing her use and staying off it | Assessment by 16/05/2025, then weekly | Written update and test results to each core group |
| SW Matthew Oyelaran | Visit Destiny and Kai at Mum's and at Nan's and see each child on their own | Every 2 weeks | Visit records say what each child told the SW |
| Korringham Family Hub – FSW Amy Laine | Home sessions with Jodie on morning and bedtime routines | As required | Engagement |
| Korringham Academy – Mr Farouk (DSL) | Check in with Destiny every Monday and pass on any worries the same day | Weekly, every Monday | Check-in notes sent to the SW each month |
| Kai's school, Larkspur Infants – class teacher Mrs Dunne | Send Kai's attendance and any sign he has come in hungry to the SW | Every Friday | Attendance figures emailed to the SW; Kai at 95% or above |
| SW Matthew Oyelaran | Viability assessment of Sandra as a carer for Destiny and Kai if they cannot live with Mum | By 30/05/2025 | |

### If the plan isn't working

If Jodie uses drugs while she has the children, or Nan, a teacher or the SW thinks she has used, the
children go to Nan's that day and stay there until the SW has held a strategy discussion (within 24
hours). If Nan is ill or cannot have them, Tash will have them at her house in Korringham East (she has
a spare room and has said yes). If no one in the family can have them, the SW will arrange a foster
placement for Destiny and Kai together the same day.

If Jodie has a positive test or misses two KDAS appointments in a row before the review, the SW will
request a legal planning meeting.

### Reviewing the plan

The core group will check the family plan at every meeting. Core group every 4 weeks: 15/05/2025,
12/06/2025 and 10/07/2025, 4pm at Korringham Academy. Review child protection conference: 24/07/2025.
The FGC coordinator will offer a review FGC in June if the family ask for one.
""",
    "findings": [
        F("M001", "Take Kai to football on Saturday mornings and bring him back"),
        F("W002", "Help Jodie keep the house clean and the fridge stocked"),
        F("T002", "Help Jodie keep the house clean and the fridge stocked"),
        F("T002", "Home sessions with Jodie on morning and bedtime routines"),
        F("M002", "Home sessions with Jodie on morning and bedtime routines"),
        F("M001", "Viability assessment of Sandra as a carer for Destiny and Kai"),
        F("F002", "Jodie stops using cocaine and gets her life back on track."),
    ],
})


# ---------------------------------------------------------------------------
# 4. Core group tracker workbook exported sheet by sheet as CSV; the family
#    is moving to another council (txt, new layout)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b11_jubbleton_tracker_csv_transfer_marchetti.txt",
    "split": "heldout",
    "template": "spreadsheet-tracker-csv-export-summary-and-actions",
    "description": (
        "A core group tracker workbook saved as CSV, a Summary sheet of Field,Value lines then an Actions "
        "sheet (Ref, Raised, Action, Owner, Due, Evidence, Status, Notes), for a 4-year-old whose mother is "
        "moving to another council after domestic abuse. Three actions held or handed on until the move "
        "with vague dates, two with no evidence, 'Monitored', 'All agencies'; no review conference date."
    ),
    "text": """\
### Export: Jubbleton_CP_CoreGroup_Tracker_MARCHETTI.xlsx  |  sheet 1 of 2: "Summary"  |  saved as CSV 04/06/2025 15:21
Field,Value
Child,"Leo Marchetti, DOB 19/02/2021 (4y)"
Lives with,"Chantelle Marchetti (mum, 24)"
Father,"Dean Scully - no contact; police bail conditions not to contact Chantelle or attend the address"
Plan,"Child Protection - category Emotional abuse - ICPC 22/04/2025"
SW,"Nadia Brook, Jubbleton Family Safeguarding (tel 01632 441 908)"
TM,"Raj Lal"
Move,"Chantelle has accepted a housing association flat in Ferrisham (Ferrisham County Council) - moving 16/06/2025. Transfer-in conference request sent 02/06/2025."
Worries,"Dean assaulted Chantelle in front of Leo on 30/03/2025 (strangulation, police attended). Two earlier incidents in 2024. Leo has started hitting other children at nursery and wakes screaming most nights."
Leo's views,"Leo (seen at nursery 14/05/2025, with keyworker present) said 'Daddy shouted and broke the telly' and 'Mummy cried'. He said he likes the sandpit and Miss Bev. Nursery see him flinch at raised voices and hide under the table at tidy-up time."
Outcome 1,"Leo lives somewhere Dean cannot find or hurt him or his mum, and is not frightened at home."
Outcome 2,"Leo sleeps through most nights and stops hitting out at nursery."
Outcome 3,"Leo keeps going to nursery and speech therapy without a gap when he moves."
Contingency,"If Dean comes to the address, contacts Chantelle, or is seen near Leo's nursery, Chantelle will ring 999 and police will attend; Chantelle and Leo will go to the refuge space held for them by Jubbleton Women's Aid the same night. If Chantelle lets Dean back into the home, the SW will request a legal planning meeting within 5 working days."
Core group,"Every 4 weeks - 20/05/2025 held; next 17/06/2025 (last Jubbleton core group, Ferrisham SW invited)"
Review conference,"Not booked - Ferrisham to hold transfer-in conference, date TBC"
,
### sheet 2 of 2: "Actions"
Ref,Raised,Action,Owner,Due,Evidence,Status,Notes
A01,22/04/2025,"SW to visit Leo at home weekly, see him on his own and check his room; keep visiting until the Ferrisham transfer-in conference",SW Nadia Brook,"Weekly, until Ferrisham transfer-in conf","Visit records show Leo seen alone each week",Open,"Visits up to date (last 02/06)"
A02,22/04/2025,"Speech and language referral for Leo - on hold until family have moved, Ferrisham HV to re-refer",HV Lorna Tait,TBC after move,,On hold,"Was waiting list 14 wks in Jubbleton"
A03,22/04/2025,"Nursery place for Leo in Ferrisham - Ferrisham to sort once the case has transferred",Ferrisham Children's Services,To be agreed by Ferrisham,"Leo attending new nursery 15 hrs/wk",Not started,
A04,20/05/2025,"Send transfer pack (plan, chronology, assessments) to Ferrisham and ask for transfer-in conf within 15 working days of the move",SW Nadia Brook / TM Raj Lal,By 16/06/2025,"Ferrisham confirm receipt and give a transfer-in conference date in writing",Open,"Request sent 02/06"
A05,20/05/2025,"Register herself and Leo with a GP in Ferrisham and give the SW the surgery name",Chantelle Marchetti,Within 7 days of the move,"Surgery name and Leo's NHS registration confirmed to SW",Open,
A06,22/04/2025,"Freedom Programme for Chantelle - paused until she has moved, for Ferrisham services to pick up",Jubbleton Women's Aid,TBC,-,On hold,"Had done 4 of 12 sessions"
A07,20/05/2025,"Tell Ferrisham police about Dean's bail conditions and get a marker put on the new address",Jubbleton Police - Public Protection Unit (DS Karen Obi),By 13/06/2025,"Ferrisham police confirm the marker in writing to the SW",Open,
A08,20/05/2025,"Keep an eye on Leo's presentation and attendance until his last day at Little Owls",Little Owls Nursery (manager Bev Sowerby),Daily until 13/06/2025,Monitored,Open,
A09,22/04/2025,"Share any concern about Leo or any sighting of Dean with the SW",All agencies,Same day,"Concern logged on Leo's file with action taken",Open,
A10,20/05/2025,"Help Chantelle set up the new tenancy, gas/electric and beds before the move",FSW Aiden Ross,By 16/06/2025,"Tenancy signed; Leo's bed in place when SW visits the new flat",Open,"Beds ordered 28/05"
A11,22/04/2025,"Leo's 2-year check (overdue) - weigh, measure and complete ASQ-3 before he moves",HV Lorna Tait,By 13/06/2025,"ASQ-3 scores and weight sent to the SW and Ferrisham HV",Open,"Booked 10/06"
""",
    "findings": [
        F("X001", "Speech and language referral for Leo - on hold until"),
        F("T002", "Speech and language referral for Leo - on hold until"),
        F("M001", "Speech and language referral for Leo - on hold until"),
        F("X001", "Nursery place for Leo in Ferrisham - Ferrisham to sort"),
        F("T002", "Nursery place for Leo in Ferrisham - Ferrisham to sort"),
        F("X001", "Freedom Programme for Chantelle - paused until she has moved"),
        F("T002", "Freedom Programme for Chantelle - paused until she has moved"),
        F("M001", "Freedom Programme for Chantelle - paused until she has moved"),
        F("M002", "Keep an eye on Leo's presentation and attendance"),
        F("W002", "Share any concern about Leo or any sighting of Dean"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Second review conference on a stalled plan: "Lead – by when" in one
#    cell and a "Progress since the last review" column (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b11_kettlewick_rcpc_stalled_progress_ferriby.docx",
    "doc_title": "Review Child Protection Conference - Plan - Ferriby children",
    "split": "heldout",
    "template": "rcpc-stalled-lead-by-when-one-cell-progress-column",
    "description": (
        "Second review CP plan, nine months in, for three siblings (neglect; mother's depression, father's "
        "daily cannabis) where little has changed. Owner and date share a 'Lead – by when' cell and a "
        "progress column holds status notes. An owner-only and a date-only cell, 'ongoing' with "
        "'engagement', a blank measure, 'Core group', 'TBC', 'Monitored'; no adult service owns an "
        "action, the contingency only says the plan will be looked at again and nothing names a legal step."
    ),
    "blocks": [
        ("title", "Review Child Protection Conference – Child Protection Plan"),
        ("p", "Kettlewick District Council · Children and Young People's Service"),
        ("kv", [
            ("Children", "Shay Ferriby (10), Lacey Ferriby (8), Rio Ferriby (3)"),
            ("Parents", "Donna Ferriby and Carl Ferriby, 7 Mill Fold, Kettlewick"),
            ("Conference", "Second review child protection conference, 05/06/2025 (plans started 29/08/2024)"),
            ("Chair", "Helen Grayshaw, Independent Reviewing Officer"),
            ("Category", "Neglect – all three children"),
            ("SW", "Adele Quinn (allocated 01/05/2025; the case was unallocated from January to April)"),
        ]),
        ("h1", "Chair's summary"),
        ("p", "This is the third conference for Shay, Lacey and Rio. The concerns are the same as in August: "
              "the house is cluttered and dirty, Rio sleeps on a mattress on the landing, the children are "
              "often hungry at school, and Shay's attendance is poor. Donna has depression, diagnosed by her "
              "GP in 2023, and stopped her antidepressants in March. Carl smokes cannabis every day, including "
              "in the living room. Most actions from the last review were not completed, partly because there "
              "was no allocated SW for four months. The conference agreed unanimously that all three children "
              "remain subject to child protection plans under the category of neglect. The chair recorded her "
              "concern about drift."),
        ("h1", "The children's views"),
        ("p", "Shay told the chair before conference: \"Nothing's changed. I still have to get Rio's "
              "breakfast.\" He would like his own room and to go to cadets. Lacey filled in her \"My Views\" "
              "form with her school nurse: she wrote that she is embarrassed when friends want to come round "
              "and that she wets the bed \"when I'm worried about Mum\". Rio was seen at nursery; staff say he "
              "eats quickly, asks for more and falls asleep most afternoons."),
        ("h1", "What needs to be different for Shay, Lacey and Rio"),
        ("bullets", [
            "Rio has his own bed in a safe, clean bedroom, and all three children sleep in clean bedding.",
            "The children are not hungry at school or nursery and have a hot meal every evening.",
            "Shay is at school at least 90% of the time and is not responsible for Rio's breakfast.",
            "Lacey's bedwetting and worries are understood and she feels able to bring friends home.",
        ]),
        ("h1", "Child protection plan"),
        ("table", {
            "header": ["What needs to happen now", "Lead – by when", "How we'll know it's done and made a difference",
                       "Progress since the last review"],
            "widths": [5.0, 3.6, 4.4, 4.0],
            "rows": [
                ["See Shay, Lacey and Rio at home, including Rio's sleeping space and the kitchen, and see Shay "
                 "and Lacey on their own",
                 "SW Adele Quinn – every 2 weeks",
                 "Visit records show each child seen and the older two seen alone",
                 "Visits monthly at best between January and April."],
                ["Clear the back bedroom and the landing so Rio has a bed in a proper room",
                 "Donna and Carl – by 27/06/2025",
                 "SW sees Rio's bed made up in the back bedroom",
                 "Agreed at the last review; not done."],
                ["Arrange a skip and help the family clear the rear garden",
                 "Housing officer Ian Pask (Kettlewick Homes)",
                 "Skip delivered and the garden clear when the SW visits",
                 "New action."],
                ["Rio's speech and language assessment",
                 "By 30/06/2025",
                 "SALT report shared with nursery and the SW",
                 "Referred October 2024; two appointments missed."],
                ["Carl to cut down his cannabis use and not smoke in the house",
                 "Carl – ongoing",
                 "Engagement with Kettlewick Drug Service",
                 "Carl says he has cut down. Not referred."],
                ["Daily check on Shay's attendance and a same-day call home if he is absent",
                 "Kettlewick Juniors, attendance officer Mrs Nasreen Iqbal – daily",
                 "Attendance at or above 90% each half term",
                 "81% this term (was 76%)."],
                ["Weekly sessions for Lacey with the school nurse about her bedwetting and worries",
                 "School nurse Hannah Ives – weekly",
                 "",
                 "Two sessions held since Easter."],
                ["Share any worries about the children with the SW",
                 "Core group – same day",
                 "Worry and action recorded on each child's file",
                 "Ongoing."],
                ["Parenting assessment of Donna and Carl (PAMS)",
                 "SW Adele Quinn – TBC",
                 "Report to the core group and the next review conference",
                 "Was due February 2025; not started."],
                ["Family support sessions at home on meals, bedtimes and the morning routine",
                 "FSW Kieran Holt – weekly",
                 "Monitored by SW",
                 "Restarted 12/05/2025."],
                ["Make a GP appointment about restarting her medication",
                 "Donna – by 20/06/2025",
                 "Donna shows the SW her appointment letter",
                 "New action."],
            ],
        }),
        ("h1", "Contingency"),
        ("p", "If there is no improvement by the next review conference, the plan will be looked at again and "
              "the core group will discuss what further action may be needed."),
        ("h1", "Core group and next review"),
        ("p", "Core group to meet every 4 weeks: 19/06/2025, 17/07/2025, 14/08/2025 and 11/09/2025, 9.30am at "
              "Kettlewick Family Centre. Next review child protection conference: 25/09/2025 at 10am, "
              "Kettlewick Town Hall, Committee Room 2."),
        ("p", "Minutes to follow within 20 working days."),
    ],
    "findings": [
        F("T001", "Arrange a skip and help the family clear the rear garden"),
        F("W001", "Rio's speech and language assessment"),
        F("T002", "Carl to cut down his cannabis use and not smoke"),
        F("M002", "Carl to cut down his cannabis use and not smoke"),
        F("M001", "Weekly sessions for Lacey with the school nurse"),
        F("W002", "Share any worries about the children with the SW"),
        F("T002", "Parenting assessment of Donna and Carl (PAMS)"),
        F("M002", "Family support sessions at home on meals, bedtimes"),
        F("F004"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Pre-birth plan in phases (full-width phase banner rows), made with
#    the mother's psychosis team; PDF with header and footer. Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b11_juddington_prebirth_phase_banners_stannard.pdf",
    "doc_title": "Pre-birth Child Protection Plan - Baby Stannard",
    "split": "heldout",
    "template": "prebirth-phase-banner-rows-joint-psychosis-team-paged",
    "description": (
        "Exemplary pre-birth plan for a baby whose mother has schizophrenia, made with her early "
        "intervention in psychosis team: one table with full-width phase banners (now to 32 weeks, 32 "
        "weeks to birth, on the ward, first 6 weeks at home), named leads, real timescales, observable "
        "measures, mental health services asked to report on change, father's and aunt's support covered "
        "in a specific contingency, core group and review dates and a legal planning meeting."
    ),
    "header": "RESTRICTED | Juddington Children's Services | Pre-birth CP plan | Ref JUD/PB/25/0219",
    "footer": "Baby Stannard – pre-birth plan – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Pre-birth Child Protection Plan"),
        ("kv", [
            ("Unborn baby", "Baby Stannard, due 18/09/2025"),
            ("Mother", "Melissa (Mel) Stannard, 26"),
            ("Father", "Josh Ferreday, 28 – lives with Mel at Flat 2, 41 Tanner Street, Juddington"),
            ("Conference", "Pre-birth initial child protection conference, 03/07/2025 (Mel 28 weeks pregnant)"),
            ("Category", "Neglect (likelihood of)"),
            ("Social worker", "Hana Corran, Juddington Children's Services, Pre-birth and Infant Team"),
            ("Adult mental health", "Ruth Adebayo, care coordinator, Juddington Early Intervention in Psychosis "
                                    "(EIP) Team; Dr Tom Hesketh, consultant perinatal psychiatrist"),
        ]),
        ("h1", "What we are worried about"),
        ("p", "Mel has paranoid schizophrenia, diagnosed in 2021. In 2022 she stopped her medication, became "
              "convinced her neighbours were poisoning her food, and was detained in hospital for eight weeks. "
              "She has been well for two years on aripiprazole, which she is taking in pregnancy. The risk of "
              "relapse is highest in the weeks after birth. If Mel became unwell with a newborn, she might not "
              "feed or settle the baby, might believe the baby is in danger from others, or might not sleep "
              "for days. Josh works nights at present, so Mel would be on her own with the baby overnight."),
        ("h1", "What is going well"),
        ("p", "Mel has kept every EIP and antenatal appointment since she found out she was pregnant, knows "
              "her own early warning signs and wrote them out for the conference. She stopped smoking in May. "
              "Josh has asked his employer about day shifts. Mel's aunt, Claire Stannard, lives on the next "
              "street and cared for Mel when she was a teenager; she has offered to be at the flat in the day."),
        ("h1", "The baby's world now"),
        ("p", "At the 20-week scan the baby was growing well. On the SW's visit on 24/06/2025 the flat was warm "
              "and clean, a cot was built next to the couple's bed and there was a drawer of baby clothes "
              "washed and folded. Mel talks to the bump and has chosen two names. She told the SW: \"I want "
              "this baby to have a mum who's well. If I get ill I want someone to take over until I'm better.\" "
              "Josh said: \"I just want us to be a normal family, and I'll do the nights.\""),
        ("h1", "What we want for the baby"),
        ("bullets", [
            "The baby is born safely and goes home only when an adult who is well is there to care for them "
            "day and night.",
            "The baby is fed every 3 to 4 hours, sleeps on their back in their own cot, and gains weight "
            "along their centile.",
            "If Mel becomes unwell, the baby is cared for at once by Josh, Claire or foster carers, and is "
            "never left alone with Mel while she is unwell.",
        ]),
        ("pagebreak",),
        ("h1", "The plan"),
        ("table", {
            "header": ["What will happen", "Lead", "When", "How we will know"],
            "widths": [6.2, 3.6, 3.2, 4.0],
            "rows": [
                ["Now to 32 weeks (to 31/07/2025)", H, H, H],
                ["See Mel at home, check her medication and early warning signs, and report on whether she is "
                 "making the changes needed to care for the baby and how long this is likely to take",
                 "Ruth Adebayo, EIP care coordinator",
                 "Weekly; written report before each core group",
                 "Written report to each core group; Mel's relapse signature reviewed and signed by her"],
                ["Assess Mel's capacity to care for a newborn while staying well, including her risk of "
                 "relapse after the birth, and recommend whether she and the baby need a mother and baby unit",
                 "Dr Tom Hesketh, perinatal psychiatrist",
                 "Assessment by 25/07/2025",
                 "Written assessment and recommendations shared with the core group by 25/07/2025"],
                ["Visit Mel and Josh at home, check the baby's sleeping space and agree in writing how they "
                 "will share night care",
                 "SW Hana Corran",
                 "Every 2 weeks until the birth",
                 "Visit records; written night-care rota signed by Mel and Josh by 31/07/2025"],
                ["Antenatal visit on safe sleep, feeding and coping with a crying baby",
                 "HV Julie Bannon",
                 "By 31/07/2025",
                 "Safe sleep checklist signed by Mel and Josh"],
                ["32 weeks to the birth (01/08/2025 to delivery)", H, H, H],
                ["Write the birth and discharge plan, including a stay of at least 5 days on the postnatal ward "
                 "so staff can see how Mel manages the baby",
                 "Safeguarding midwife Ann Kirby",
                 "By 22/08/2025 (36 weeks)",
                 "Signed plan on the maternity record, copied to the SW, EIP and the emergency duty team"],
                ["Agree day shifts with his employer for the first 8 weeks after the birth so he can do "
                 "the baby's night feeds",
                 "Josh Ferreday",
                 "By 29/08/2025",
                 "Letter from the employer confirming the shifts, seen by the SW"],
                ["Viability assessment of Claire as the baby's carer if Mel becomes unwell",
                 "SW Hana Corran",
                 "By 15/08/2025",
                 "Written viability assessment shared with the core group"],
                ["On the postnatal ward", H, H, H],
                ["Observe Mel's care of the baby on every shift and record feeds, handling and how much Mel "
                 "sleeps",
                 "Sister Gail Royce, ward manager, Juddington Maternity Unit",
                 "Every shift until discharge",
                 "Observations in the maternity notes, summarised at the discharge planning meeting"],
                ["See Mel on the ward and give a view on whether her mental state is safe for the baby to go "
                 "home with her",
                 "Dr Tom Hesketh, perinatal psychiatrist",
                 "Within 48 hours of the birth",
                 "Written opinion at the discharge planning meeting"],
                ["See the baby and Mel on the ward and chair the discharge planning meeting",
                 "SW Hana Corran",
                 "Within 2 working days of the birth, then every other day until discharge",
                 "Meeting notes and the agreed discharge plan sent to every agency"],
                ["First 6 weeks at home", H, H, H],
                ["Be at the flat with Mel and the baby while Josh is at work",
                 "Claire Stannard (maternal great-aunt to the baby)",
                 "Every weekday, 8am to 5pm, for 6 weeks",
                 "Claire's diary, seen by the SW and HV at each visit"],
                ["Do the night feeds with Mel and sleep in the same room as the baby",
                 "Josh Ferreday",
                 "Every night for 6 weeks",
                 "Feed chart on the fridge with night feeds initialled by Josh"],
                ["New birth visit, then weigh the baby and check Mel's mood with the EPDS",
                 "HV Julie Bannon",
                 "Day 10 to 14, then weekly for 6 weeks",
                 "Weights in the red book; EPDS scores sent to EIP and the SW"],
                ["Keep up weekly visits, ring the SW the same day if Mel shows any early warning sign, and "
                 "report to each core group on whether she is keeping up the changes the baby needs",
                 "Ruth Adebayo, EIP care coordinator",
                 "Weekly, and the same day for any warning sign",
                 "Calls logged on the baby's file; written report to each core group"],
                ["Visit at home and see the baby awake, being fed and in the cot",
                 "SW Hana Corran",
                 "Weekly for 6 weeks",
                 "Visit records show the baby seen at each visit and the cot in use"],
            ],
        }),
        ("h1", "If Mel starts to become unwell"),
        ("p", "Mel's early warning signs are: sleeping less than 4 hours a night for two nights, believing "
              "people are talking about her or the baby, and missing a dose of her medication. If any of these "
              "happen, or Mel misses two EIP visits in a row, Josh or Claire will stay with the baby at all "
              "times and Mel will not be left alone with the baby; Ruth or the EIP duty worker will see Mel the "
              "same day and the SW will hold a strategy discussion the same day. If neither Josh nor Claire "
              "can be there, the baby will be placed with Juddington foster carers the same day, and Mel will "
              "be offered a mother and baby unit bed."),
        ("p", "If Dr Hesketh's assessment says Mel cannot make the changes needed, or Mel stops her medication "
              "before the birth, the SW will request a legal planning meeting within 5 working days."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every 4 weeks until the birth: 17/07/2025, 14/08/2025 and 11/09/2025, then within 10 "
            "working days of the birth.",
            "Review child protection conference: 02/10/2025 at 10am, Juddington Civic Offices.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. Looked-after toddler on a children's ward: plan in real Word multilevel
#    numbering (1 / 1.1 / a)) (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b11_kenmarrow_lac_ward_outline_harker.docx",
    "doc_title": "Child Protection Plan (looked after child) - Mila Harker",
    "split": "heldout",
    "template": "lac-on-ward-word-multilevel-outline",
    "description": (
        "CP plan for a 14-month-old accommodated under section 20 and now on a children's ward "
        "(mother's depression after an overdose), set out in real Word 1 / 1.1 / a) numbering. The SW "
        "visits 'when his diary allows', the foster carers 'as often as they can' and the mother's time on "
        "the ward is 'to be arranged', so no one visits at a stated frequency; a passive dietitian referral "
        "and a support-only CPN. Good contingency, legal gateway, dates."
    ),
    "blocks": [
        ("title", "Child Protection Plan – Looked After Child"),
        ("p", "Kenmarrow City Council – Children's Services – Children in Care Team 2"),
        ("kv", [
            ("Child", "Mila Harker, DOB 03/04/2024 (14 months)"),
            ("Legal status", "Accommodated under section 20 since 21/05/2025; Kayleigh (mother) consented"),
            ("Placement", "Lorraine and Pete Dyer, Kenmarrow foster carers"),
            ("Where Mila is now", "Ward 7 (children's ward), Kenmarrow General Hospital, since 02/06/2025 – "
                                  "pneumonia and poor weight gain; doctors expect at least 10 days"),
            ("Mother", "Kayleigh Harker (20)"),
            ("Father", "Ryan Cope (23) – not named on the birth certificate; no contact since January"),
            ("Plan agreed", "Core group and review, 05/06/2025"),
            ("SW", "Owen Hale"),
        ]),
        ("h1", "Why Mila is on a plan and looked after"),
        ("p", "Mila has been on a child protection plan (neglect) since 18/12/2024. Kayleigh has depression and "
              "took an overdose of her tablets on 19/05/2025 while Mila was in her cot; Mila was found by a "
              "neighbour after several hours, wet, hungry and distressed. Kayleigh agreed to Mila being looked "
              "after while she recovers. Mila's weight had fallen from the 25th to below the 2nd centile."),
        ("h1", "What Mila shows us"),
        ("p", "On the ward Mila reaches for Lorraine and settles when she sings to her. She cries and holds her "
              "arms out when Kayleigh leaves. She eats well when someone sits with her and feeds her, and "
              "pushes the tray away when she is left with it. The nurses say she babbles and laughs at "
              "peekaboo, and watches the door a lot."),
        ("h1", "What we want for Mila"),
        ("bullets", [
            "Mila gets better, gains weight back towards her centile and goes home to her foster carers "
            "with a clear feeding plan.",
            "Mila is never alone on the ward for long, and sees the people who matter to her often.",
            "A decision about where Mila will grow up is made without delay.",
        ]),
        ("h1", "The plan"),
        ("mlist", [
            (0, "Mila's health"),
            (1, "While Mila is on Ward 7"),
            (2, "Owen Hale (SW) will visit Mila on Ward 7 when his diary allows and speak to the nurse in "
                "charge."),
            (2, "Lorraine and Pete Dyer (foster carers) will visit Mila as often as they can and stay with her "
                "at mealtimes."),
            (2, "The nurse in charge on Ward 7 will ring Owen after each consultant ward round, and record "
                "Mila's weight and feeds in the nursing notes every day."),
            (2, "Sue Mallon, paediatric discharge coordinator, will hold a discharge planning meeting before "
                "Mila leaves hospital and send the written discharge plan to Owen and the foster carers."),
            (1, "Feeding and growth"),
            (2, "A referral to the paediatric dietitian will be made before discharge."),
            (2, "Nadia Rahim (HV) will weigh Mila at the foster home every week for 6 weeks after discharge, "
                "plot her weight in the red book and send it to Owen."),
            (0, "Family time"),
            (1, "Kayleigh"),
            (2, "Family time for Kayleigh and Mila on the ward will be arranged once the ward can find someone "
                "to supervise it."),
            (2, "After discharge, Jade Foulkes (contact worker) will supervise family time at Kenmarrow Family "
                "Centre on Mondays, Wednesdays and Fridays, 10 to 11am, and write a record of each session "
                "for Owen."),
            (1, "Ryan"),
            (2, "Owen will write to Ryan by 13/06/2025 to explain the plan and offer to meet him; a copy of "
                "the letter will be kept on Mila's file."),
            (0, "Kayleigh's own needs"),
            (1, "Mental health"),
            (2, "Kayleigh's CPN, Dawn Baxter (Kenmarrow Community Mental Health Team), will keep visiting "
                "fortnightly to support her with her mood and medication; success will be Kayleigh feeling "
                "more settled."),
            (2, "Kayleigh will go to the Next Steps parenting group every Tuesday from 10/06/2025, and the "
                "group leader will send Owen the attendance record."),
            (1, "Housing"),
            (2, "Eve Turner (Kenmarrow Housing Options) will decide Kayleigh's homeless application by "
                "20/06/2025 and write to Owen with the outcome."),
            (0, "Planning for Mila's future"),
            (1, "Legal planning"),
            (2, "Owen and the team manager, Paula Grint, will present Mila's case at legal gateway on "
                "12/06/2025, and the decision on care proceedings will be recorded on Mila's file."),
        ]),
        ("h1", "If things go wrong"),
        ("p", "If Kayleigh tries to take Mila off the ward, or is distressed and threatening at family time, "
              "the nurse in charge will call hospital security and the police, and Mila will stay on the ward "
              "with a nurse until Lorraine or Pete arrives; Owen will hold a strategy discussion the same day. "
              "If Kayleigh withdraws her section 20 consent, Owen will seek legal advice the same day and the "
              "local authority will apply for an interim care order."),
        ("h1", "Meetings"),
        ("p", "Core group every 2 weeks while Mila is in hospital: 19/06/2025 and 03/07/2025 on Ward 7, then "
              "every 4 weeks. Mila's looked after review: 18/06/2025. Review child protection conference: "
              "11/09/2025."),
    ],
    "findings": [
        F("T002", "will visit Mila on Ward 7 when his diary allows"),
        F("M001", "will visit Mila on Ward 7 when his diary allows"),
        F("T002", "will visit Mila as often as they can and stay"),
        F("M001", "will visit Mila as often as they can and stay"),
        F("W001", "A referral to the paediatric dietitian will be made before discharge."),
        F("M001", "A referral to the paediatric dietitian will be made before discharge."),
        F("W001", "Family time for Kayleigh and Mila on the ward will be arranged"),
        F("T002", "Family time for Kayleigh and Mila on the ward will be arranged"),
        F("M001", "Family time for Kayleigh and Mila on the ward will be arranged"),
        F("H001", "will keep visiting fortnightly to support her with her mood"),
        F("M002", "will keep visiting fortnightly to support her with her mood"),
        F("L001"),
    ],
})


# ---------------------------------------------------------------------------
# 8. Not a plan: a social worker's home visit case note (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b11_jurnmouth_visit_case_note_whitcombe.txt",
    "split": "heldout",
    "template": "not-a-plan-home-visit-case-note",
    "description": (
        "Not a plan: a social worker's case note of a statutory home visit to a child on a plan (what was "
        "seen, the child seen alone, the analysis, two follow-up tasks and manager oversight). It records "
        "a visit; it sets out no child's plan."
    ),
    "not_a_plan": True,
    "text": """\
JURNMOUTH BOROUGH COUNCIL - CHILDREN'S SERVICES
Case Recording System  >  Case Notes  >  View
---------------------------------------------------------------------
Case note ID:        CN-2291874
Child:               Tiana WHITCOMBE   DOB 04/08/2018   ID 660418
Also on file:        Rocco WHITCOMBE   DOB 27/02/2025   ID 660419
Note type:           Statutory visit - child protection (announced)
Date/time of event:  11/06/2025 16:10 - 17:05
Recorded by:         Sophie Darrow (Social Worker)
Date recorded:       12/06/2025 09:42
Visit location:      Home - 9 Cable Street, Jurnmouth
Persons present:     Tiana, Rocco, Amber Whitcombe (mum), SW
---------------------------------------------------------------------

Purpose of visit
Fortnightly visit under the child protection plan. To see both children,
see Tiana on her own, and check on the sleeping arrangements for Rocco
that were discussed at the last core group.

Observations
Home warm and tidy on arrival; tea (pasta bake) in the oven. Rocco was in
his bouncer in the living room, clean and dressed, and smiled and kicked
when Tiana talked to him. Amber fed him a bottle during the visit and held
him close, talking to him throughout. His Moses basket is now in Amber's
bedroom and the travel cot has gone back to the loft. Red book seen - last
weight 5.9kg on 03/06/2025 (HV clinic).

Tiana seen alone (in her bedroom, approx. 15 mins)
Tiana showed me her new bunk bed and her drawings for the school fair. I
asked how things are at home. She said "Mum's happier now the baby sleeps"
and "nobody shouts any more". She said she likes walking to school with her
friend Esme and her mum. When asked what she would change she said "more
days at Grandma's". She did not raise any worries and appeared relaxed.

Discussion with Amber
Amber says she is sleeping better and is still going to the baby group at
the children's centre on Thursdays. She has not heard from Tiana's father
since April. She asked whether the core group could meet at school rather
than the council offices; I said I would ask.

Analysis
Positive visit. Home conditions good, both children well presented, warm
interaction observed between Amber and both children. Tiana's account is
consistent with what school report. No new concerns identified.

Follow-up
- SW to ask the core group chair about holding the next meeting at
  Jurnmouth Primary - emailed 12/06/2025.
- SW to update the chronology with this visit - done 12/06/2025.

Next statutory visit:   25/06/2025 (unannounced)

Manager oversight (TM Colin Furness, 12/06/2025 14:20):
Read. Good direct work with Tiana - please make sure her words go into
the progress report for the review conference.
---------------------------------------------------------------------
""",
    "findings": [],
})
