"""Batch 24, module 1: seven fictional files (held-out evaluation material).

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.
"""
from build_batch5 import F, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. ICPC plan set out as a risk register: risk and level merged down the
#    rows, a Ref per action, "Review by / how often" (docx, landscape)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b24_caddonfield_risk_register_okafor.docx",
    "doc_title": "Child Protection Plan (risk management format) - Ife and Daniel Okafor",
    "split": "heldout",
    "template": "icpc-risk-register-merged-risk-and-level-ref-who-review-by-working-landscape",
    "description": (
        "ICPC plan for a 7-year-old and a 3-year-old (domestic abuse, mother's partner's drinking, "
        "mother's anxiety) laid out as a risk register: risk and level cells merged down the rows, a Ref "
        "per action. 'As and when she can', 'Ongoing', 'Engagement', 'Improvement', a blank measure, "
        "a '-' owner, 'All agencies', a talking-therapy row that only treats, one adult-only outcome; "
        "grandmother and aunt carry contact and pick-ups but the contingency sends the children to the "
        "grandmother with no fallback; review conference date not set."
    ),
    "landscape": True,
    "check_vmerge": 8,
    "blocks": [
        ("title", "Child Protection Plan – Risk Management Plan"),
        ("p", "Caddonfield Metropolitan Borough Council · Children's Social Care · Safeguarding and "
              "Family Support Service"),
        ("kv", [
            ("Children", "Ife Okafor, born 19/06/2017 (7 years), Year 3 at St Cuthbert's Primary; "
                         "Daniel Okafor, born 02/01/2022 (3 years), Little Steps Nursery"),
            ("Mother", "Chioma Okafor (31), 12B Larkspur Road, Caddonfield"),
            ("Mother's partner", "Lee Brannan (34), Daniel's father. Ife's father is not involved."),
            ("Conference", "Initial child protection conference, 11/03/2025, chaired by Helen Boateng (IRO)"),
            ("Category", "Emotional abuse"),
            ("Allocated SW", "Marcus Hill, Safeguarding Team 3"),
        ]),
        ("h1", "Background – why we are worried"),
        ("p", "Police have been called to the flat on Larkspur Road five times since September 2024. On "
              "22 February 2025 Lee had been drinking since the afternoon, threw a chair at Chioma and "
              "broke the living room window while both children were in the flat; Ife rang her nan. Lee "
              "has told the SW he drinks \"most days, more when I'm not working\", and he smelt strongly "
              "of alcohol on three home visits. Chioma has had anxiety and low mood since Daniel was born. "
              "She told conference she \"can't get going in the mornings\", and Ife has been late to "
              "school 19 times this term. At conference Lee agreed to move out to his brother's flat."),
        ("h1", "What Ife and Daniel have told us and shown us"),
        ("p", "Ife (seen on her own at school, 06/03/2025): \"When Lee's been drinking he goes loud and I "
              "take Daniel upstairs.\" She said she wets the bed \"when I have the dream about the "
              "window\". She likes going to Nana Joy's \"because it's quiet and she does my hair\". She "
              "wants \"Mummy to be happy and Lee to stop the beer, then he can come back\"."),
        ("p", "Daniel (seen at home 04/03/2025 and at nursery 07/03/2025) has only a few words. Nursery "
              "staff say he covers his ears and hides under the table when other children shout, and he "
              "runs to Ife rather than to an adult when he is upset. At home he played with his cars next "
              "to Chioma and went to her for a cuddle when the SW arrived."),
        ("h1", "What we want for Ife and Daniel"),
        ("bullets", [
            "Ife and Daniel live in a home where nobody shouts, throws things or hurts anyone, and they are "
            "not frightened at bedtime.",
            "Ife gets to school on time every day and Daniel goes to every nursery session he is booked for.",
            "Ife's bedwetting stops and she can name who she would tell if she was scared.",
            "Lee will be alcohol free and will have completed the Recovery Service programme.",
        ]),
        ("h1", "Risk management plan"),
        ("p", "Level: H = high, M = medium, L = low, as agreed at conference. The Ref numbers are used in "
              "the core group minutes."),
        ("table", {
            "header": ["Risk to Ife and Daniel", "Level", "Ref", "What we will do about it", "Who",
                       "Review by / how often", "How we'll know it's working"],
            "widths": [4.6, 1.3, 1.1, 6.4, 3.7, 3.6, 5.0],
            "rows": [
                ["Ife and Daniel see, hear or are hurt in violence between Chioma and Lee, especially when "
                 "Lee has been drinking",
                 "H", "1.1",
                 "Lee to live at his brother's address and not come to the flat; he sees the children only "
                 "at Nana Joy's",
                 "Lee Brannan",
                 "From 11/03/2025, every day",
                 "No police call-outs to the flat; Chioma and Ife say Lee has not been there (SW visit notes)"],
                [V, V, "1.2",
                 "Supervise all of Lee's time with Ife and Daniel at her house on Saturdays, 10am to 12pm",
                 "Joy Okafor (MGM)",
                 "Every Saturday",
                 "Contact diary signed by Joy and Lee, seen by the SW at each visit"],
                [V, V, "1.3",
                 "Collect Ife and Daniel from school and nursery on Tuesdays and Thursdays and give them "
                 "their tea",
                 "Grace Okafor (maternal aunt)",
                 "As and when she can",
                 "Pick-up book at school and nursery signed by Grace"],
                [V, V, "1.4",
                 "Refer Chioma to Caddonfield Women's Aid for an IDVA and a safety plan for the flat",
                 "SW Marcus Hill",
                 "By 21/03/2025",
                 "Referral accepted; copy of the safety plan on the children's file"],
                [V, V, "1.5",
                 "Flag the address and tell the SW about any call-out or report involving Lee",
                 "Caddonfield Police, Public Protection Unit (PC Sam Whitby)",
                 "Next working day after any call-out",
                 "Police notifications logged on the children's file with the date and outcome"],
                ["Lee's drinking means he cannot safely look after the children or be trusted to keep away",
                 "H", "2.1",
                 "Alcohol assessment and a recovery plan for Lee; report to each core group on his drinking, "
                 "his breath tests and whether he is making the changes needed",
                 "Caddonfield Recovery Service (Dean Whitlock, recovery worker)",
                 "Assessment by 28/03/2025, then a written update before every core group",
                 "Written update with breath test results received before each core group"],
                [V, V, "2.2",
                 "Lee to attend the Recovery Service group programme on Wednesday evenings",
                 "Lee Brannan",
                 "Weekly, from 19/03/2025",
                 "Engagement with the group"],
                ["Chioma's anxiety and low mood make it hard for her to get the children up, fed and to "
                 "school",
                 "M", "3.1",
                 "Talking therapy sessions for Chioma's anxiety",
                 "Caddonfield Talking Therapies (Ruth Adeyemi, wellbeing practitioner)",
                 "6 weekly sessions from 24/03/2025",
                 "Attendance record sent to the SW"],
                [V, V, "3.2",
                 "Home sessions with Chioma on a morning routine, meal planning and a weekly shop",
                 "FSW Kerry Doyle",
                 "Ongoing",
                 "Improvement in home conditions"],
                [V, V, "3.3",
                 "Get Ife to school by 8.50am and Daniel to nursery for his booked sessions",
                 "Chioma Okafor",
                 "Every school and nursery day",
                 "Registers show Ife in by 8.50am on 9 of every 10 days and Daniel at every booked session"],
                ["Ife and Daniel are frightened, and nobody has a clear picture of how they feel day to day",
                 "M", "4.1",
                 "See Ife on her own at school and Daniel at home or nursery, and write down what they say "
                 "and do",
                 "SW Marcus Hill",
                 "Every 2 weeks",
                 "Visit notes show each child seen, Ife on her own, with her own words recorded"],
                [V, V, "4.2",
                 "Weekly check-in for Ife in the nurture room with Mrs Patel",
                 "St Cuthbert's Primary (DSL Anjali Patel)",
                 "Every Monday",
                 ""],
                [V, V, "4.3",
                 "Continence assessment and advice for Ife's bedwetting",
                 "-",
                 "By 30/04/2025",
                 "Continence plan copied to the SW and to Chioma"],
                [V, V, "4.4",
                 "Pass any worry about Ife or Daniel to the SW the same day",
                 "All agencies",
                 "Same day",
                 "Worry logged on the children's file with what was done about it"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Lee comes to the flat, or there is any violence or threat of violence, Chioma will ring "
              "999. The children will go to Nana Joy Okafor's house the same day and stay there until a "
              "strategy discussion has been held, which the SW (or the emergency duty team out of hours) "
              "will arrange within 24 hours. If Lee comes to the flat a second time, or Chioma lets him "
              "stay, the SW will ask the team manager for a legal planning meeting within 5 working days."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group: every 4 weeks, starting 20/03/2025 at St Cuthbert's Primary, then 17/04/2025 and "
            "15/05/2025.",
            "Review child protection conference: date to be confirmed by the conference and review unit.",
            "The SW will update this plan after each core group and send it to everyone on the circulation "
            "list.",
        ]),
    ],
    "findings": [
        F("T002", "Collect Ife and Daniel from school and nursery on Tuesdays"),
        F("M002", "Lee to attend the Recovery Service group programme"),
        F("H001", "Talking therapy sessions for Chioma's anxiety"),
        F("T002", "Home sessions with Chioma on a morning routine"),
        F("M002", "Home sessions with Chioma on a morning routine"),
        F("M001", "Weekly check-in for Ife in the nurture room"),
        F("W001", "Continence assessment and advice for Ife's bedwetting"),
        F("W002", "Pass any worry about Ife or Daniel to the SW"),
        F("F002", "Lee will be alcohol free and will have completed the Recovery Service programme"),
        F("C003"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 2. Plan on a page: four quadrants in two small tables, then a
#    Step | Who | When | We'll know because table (pdf). Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b24_carnbury_plan_on_a_page_hale.pdf",
    "doc_title": "Plan on a page - Kai and Bella Hale",
    "split": "heldout",
    "template": "plan-on-a-page-four-quadrant-tables-then-step-who-when-know-because-paged",
    "description": (
        "Exemplary review CP plan for a 10-year-old and a 3-year-old (mother on a methadone script after "
        "a heroin relapse) set out as a 'plan on a page': worries, what's working, the children's words "
        "and goals in four quadrants, then Step | Who | When | We'll know because. Named owners, real "
        "timescales, observable measures, the drug service owns actions and reports on capacity to "
        "change, grandad's school runs covered by a fallback to foster care, core group and review dates, "
        "legal planning if progress is not made. Header and 'Page N of M' footer on every page."
    ),
    "header": "OFFICIAL – SENSITIVE | Carnbury County Council Children's Services | Plan on a page",
    "footer": "Kai and Bella Hale – child protection plan – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "font_size": 9.5,
    "blocks": [
        ("title", "Kai and Bella's plan on a page"),
        ("p", "Child protection plan (neglect) revised at the review child protection conference on "
              "10/03/2025. Social worker: Nadia Osei, Carnbury South Family Safeguarding Team. Kai Hale, "
              "born 04/08/2014 (10 years), Carnbury Juniors; Bella Hale, born 21/11/2021 (3 years), "
              "Bluebell Nursery. They live with their mum, Dionne Hale (30), at 7 Kestrel Walk."),
        ("table", {
            "header": ["What we are worried about", "What is working well"],
            "widths": [8.5, 8.5],
            "rows": [
                ["Dionne used heroin for eight years and has been on a methadone script from Carnbury Drug "
                 "and Alcohol Service (CDAS) since 2022. In January 2025 she tested positive for heroin "
                 "twice.\nOn 14/01/2025 a neighbour found Bella alone on the landing at 7pm while Dionne "
                 "was asleep; Kai was trying to look after her.\nKai has missed 21 days of school since "
                 "September.\nAt a visit in February there was used foil and a lighter on the bathroom "
                 "shelf.",
                 "Dionne has collected every methadone dose since 01/02/2025 and her last four tests have "
                 "been clear of heroin.\nShe asked CDAS for help herself when she relapsed.\nRoy Hale, "
                 "Dionne's dad, lives on the same estate and has done the school run three days a week "
                 "since January without missing a day.\nKai is bright and loves football. Bella is chatty "
                 "and settled at nursery."],
            ],
        }),
        ("table", {
            "header": ["What Kai and Bella tell us and show us", "What we want for Kai and Bella"],
            "widths": [8.5, 8.5],
            "rows": [
                ["Kai (seen on his own at school, 27/02/2025): \"I don't like it when Mum is asleep and "
                 "Bella is hungry. I make her toast.\" He wants \"Mum to be awake in the morning and come "
                 "to football on Saturdays\". He likes Grandad doing the school run \"because we're never "
                 "late and he lets me choose the radio\". He scored 6 out of 10 for feeling safe at home "
                 "and 10 at Grandad's.\nBella (seen at home and at nursery): she talks about \"Mummy's "
                 "sleepy\". She showed the SW her bed and her toys and went to Dionne for a cuddle when "
                 "she fell over. Nursery say she sometimes eats two breakfasts.",
                 "Kai and Bella always have an adult who is awake, sober and looking after them.\nKai "
                 "goes to school every day and does not have to look after Bella.\nBella is fed, washed "
                 "and at nursery on her booked days, and her development is on track.\nDrugs, foil and "
                 "methadone are never where the children can reach them."],
            ],
        }),
        ("pagebreak",),
        ("h1", "Who's doing what"),
        ("table", {
            "header": ["Step", "Who", "When", "We'll know because"],
            "widths": [6.0, 3.4, 3.2, 4.4],
            "rows": [
                ["See Kai on his own at school and Bella at home, and write down what they say and show",
                 "SW Nadia Osei",
                 "Every 2 weeks; next visit 20/03/2025",
                 "Visit notes record both children seen, Kai on his own, and their own words"],
                ["Supervise Dionne's methadone, do random drug tests, and ring the SW about any missed dose "
                 "or positive test",
                 "CDAS key worker Gary Lund",
                 "Tests weekly; missed doses reported the same day",
                 "Test results sent to the SW every fortnight; calls logged on the children's file"],
                ["Write a report on whether Dionne can stay off heroin, what she still needs to change and "
                 "how long that is likely to take",
                 "CDAS consultant Dr Imogen Fry",
                 "By 02/05/2025",
                 "Written report shared with the core group by 02/05/2025"],
                ["Take Kai and Bella to school and nursery on Mondays, Wednesdays and Fridays",
                 "Roy Hale (grandad)",
                 "Mon, Wed and Fri, every week",
                 "School and nursery registers show both children in on time on those days"],
                ["Get Kai and Bella to school and nursery on Tuesdays and Thursdays, and collect them "
                 "every day",
                 "Dionne Hale (mum)",
                 "Every school day",
                 "Kai's attendance 95% or more by the review; Bella at every booked nursery session"],
                ["Keep methadone in the locked box on top of the kitchen cupboard and show the SW at each "
                 "visit",
                 "Dionne Hale (mum)",
                 "Every day; checked at every SW visit",
                 "Box seen locked, and nothing drug-related found in the flat, at each visit"],
                ["Bella's 3-year development check and help to register her with a dentist",
                 "HV Sue Kemble",
                 "By 30/04/2025",
                 "Check results in the red book and sent to the SW; dental registration letter seen"],
                ["Check in with Kai every Monday lunchtime and pass on anything he says about home",
                 "DSL Aaron Pike, Carnbury Juniors",
                 "Every Monday",
                 "Check-in log kept; any worry passed to the SW the same day"],
                ["Eight home sessions with Dionne on mornings, meals and bedtimes",
                 "FSW Lauren Bright",
                 "Weekly from w/c 24/03/2025 for 8 weeks",
                 "Bedtime chart filled in; home conditions score 4 or more at session 8"],
            ],
        }),
        ("h2", "If it goes wrong"),
        ("p", "If Dionne misses two methadone doses in a row, tests positive for heroin, or Kai or Bella "
              "are found without a sober adult looking after them, the SW (or the emergency duty team out "
              "of hours) will visit the same day. Kai and Bella will go to Roy Hale's and stay there while "
              "a strategy discussion is held within 24 hours. If Roy can't have them (for example he is ill "
              "or away), they will be placed together with Carnbury foster carers the same day. Dionne "
              "knows this and has agreed to it."),
        ("h2", "Getting together"),
        ("bullets", [
            "Core group every 4 weeks, 3.30pm at Carnbury Juniors: 27/03/2025, 24/04/2025 and 22/05/2025.",
            "Review child protection conference: 12/06/2025, 10am, County Hall, Carnbury.",
        ]),
        ("h2", "If things don't change enough"),
        ("p", "If Dionne's tests are not clear or Kai's attendance is still under 90% at the core group on "
              "24/04/2025, or Dr Fry's report says Dionne cannot make the changes in time for the children, "
              "the team manager will request a legal planning meeting (PLO) within 10 working days."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Revised plan after a review conference with a "Status at review"
#    column: Carried forward / Amended / New (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b24_colbeck_revised_plan_status_column_thorne.docx",
    "doc_title": "Revised Child Protection Plan - Poppy Thorne",
    "split": "heldout",
    "template": "rcpc-revised-plan-numbered-rows-status-at-review-carried-forward-amended-new",
    "description": (
        "Revised CP plan after the first review conference for a 14-year-old at risk of exploitation "
        "(mother's depression). Numbered rows with a 'Status at review' column (Carried forward / "
        "Amended / New) that is neither a timescale nor a measure. 'Ongoing', 'When Poppy is ready', a "
        "blank measure, 'Monitored', 'Mood is stable' on a CMHT support row, a blank lead, 'Family' as "
        "lead, an adult-only outcome; concrete contingency but no legal step anywhere."
    ),
    "blocks": [
        ("title", "Revised Child Protection Plan"),
        ("p", "Colbeck Borough Council – Children's Services – Adolescent Safeguarding Team"),
        ("kv", [
            ("Young person", "Poppy Thorne, born 30/09/2010 (14 years), Year 9 at Colbeck Academy"),
            ("Lives with", "Sharon Thorne (mum, 39), 21 Fennel Close, Colbeck"),
            ("Dad", "Craig Thorne (41), Hamble Street, Colbeck – sees Poppy most weekends"),
            ("Conferences", "Initial 20/01/2025; first review 27/03/2025 (plan continued)"),
            ("Category", "Sexual abuse (risk of exploitation)"),
            ("Social worker", "Ellis Bray"),
        ]),
        ("h1", "What has changed since the initial conference"),
        ("p", "Poppy has been reported missing four times since January, the last on 15/03/2025 when she "
              "was found at 2am in a car in Wrenford with two men in their twenties. Sharon has rung the "
              "police promptly each time. Poppy's attendance has gone up from 61% to 74%. The school found "
              "fresh cuts on Poppy's arm on 18/03/2025. Sharon has recurrent depression and has been under "
              "Colbeck Community Mental Health Team since 2021; she told conference she has spent whole "
              "weeks in bed this year and \"can't keep tabs on Poppy\" when she is low."),
        ("h1", "Poppy's views"),
        ("p", "Before conference Poppy wrote on the Have Your Say app: \"I'm not a kid. Jordan and them are "
              "my mates and they look out for me.\" And: \"I hate it when Mum stays in bed all day, so I "
              "just go out.\" When she met the SW on 26/03/2025 she said she knows she should not get into "
              "cars with older lads \"but it's hard to say no when everyone else does\". She wants to keep "
              "going to the boxing gym and would like her dad to be more involved. She scored her safety "
              "at 7 out of 10; the SW scored it 3."),
        ("h1", "What needs to be different for Poppy"),
        ("bullets", [
            "Poppy does not go missing; when she is out, her mum knows where she is and she is home by 9pm.",
            "Poppy is not in contact with adults who want to exploit her, and can name two adults she would "
            "go to if she felt unsafe.",
            "Poppy gets help with her self-harm and is in school every day.",
            "Sharon's depression will be under control.",
        ]),
        ("h1", "The plan from 27/03/2025"),
        ("table", {
            "header": ["No.", "What needs to happen", "Lead", "By when", "How will we know?",
                       "Status at review"],
            "widths": [1.0, 5.0, 3.0, 2.4, 3.5, 2.1],
            "rows": [
                ["1", "Visit Poppy at home and at school, see her alone, and do her safety map with her",
                 "SW Ellis Bray", "Every 10 working days",
                 "Visit notes include Poppy's own words; safety map updated for each core group",
                 "Carried forward"],
                ["2", "Return home interview after every missing episode, shared with the SW",
                 "Colbeck Missing Service (Jodie Marr)", "Within 72 hours of Poppy coming home",
                 "Interview record on Poppy's file", "Carried forward"],
                ["3", "Disruption work on the adult males Poppy has been seen with, and share intelligence "
                      "with the SW",
                 "Colbeck Police Exploitation Team (DC Tom Faraday)", "Ongoing",
                 "Intelligence summary shared at each core group", "Amended"],
                ["4", "1:1 sessions with Poppy on healthy relationships and staying safe online",
                 "Youth worker Dani Coles, Route 14 project", "Weekly, Thursdays after school",
                 "", "Amended"],
                ["5", "Ring the police and the SW if Poppy is not home by 9pm",
                 "Sharon Thorne (mum)", "By 9.15pm on any night Poppy is not home",
                 "Calls recorded on the police log and Poppy's file with the time", "Carried forward"],
                ["6", "Care coordination and support for Sharon with her depression",
                 "CMHT care coordinator Paul Denny", "Monthly",
                 "Sharon's mood is stable", "Carried forward"],
                ["7", "Agree house rules and a curfew with Poppy and write them down",
                 "Sharon and Poppy, with FSW Gemma Lowe", "By 28/04/2025",
                 "Signed house rules on the fridge; curfew kept on 5 of 7 nights (Sharon's diary)", "New"],
                ["8", "Sexual health appointment and advice for Poppy",
                 "School nurse Amy Rourke", "When Poppy is ready",
                 "Appointment attended (school nurse's note to the SW)", "Carried forward"],
                ["9", "Keep an eye on Poppy's attendance and who collects her after school",
                 "Colbeck Academy (DSL Mr Harris)", "Daily",
                 "Monitored", "Carried forward"],
                ["10", "Referral to CAMHS for assessment of Poppy's self-harm",
                 "", "By 14/04/2025",
                 "CAMHS acceptance letter on file", "New"],
                ["11", "Overnight stays for Poppy with her dad, Craig, every other weekend",
                 "Family", "Every other weekend",
                 "Stays recorded in Craig's contact diary, seen by the SW", "New"],
            ],
        }),
        ("h1", "If Poppy goes missing or is at risk"),
        ("p", "If Poppy goes missing overnight, or is seen with any of the men named in the police "
              "intelligence, Sharon will ring 999 straight away, the police will treat her as a high-risk "
              "missing person, and the SW will hold a strategy discussion the next working day. If Poppy "
              "tells anyone she has been harmed, she will stay with her dad, Craig, while the strategy "
              "discussion takes place, and the police will be told the same day."),
        ("h1", "Core group and review"),
        ("p", "Core group: every 4 weeks at Colbeck Academy – 10/04/2025, 08/05/2025 and 05/06/2025, "
              "4pm. Second review child protection conference: 24/07/2025 at 2pm, Colbeck Civic Offices."),
    ],
    "findings": [
        F("T002", "Disruption work on the adult males Poppy has been seen with"),
        F("M001", "1:1 sessions with Poppy on healthy relationships"),
        F("H001", "Care coordination and support for Sharon with her depression"),
        F("M002", "Care coordination and support for Sharon with her depression"),
        F("T002", "Sexual health appointment and advice for Poppy"),
        F("M002", "Keep an eye on Poppy's attendance and who collects her"),
        F("W001", "Referral to CAMHS for assessment of Poppy's self-harm"),
        F("W002", "Overnight stays for Poppy with her dad, Craig"),
        F("F002", "Sharon's depression will be under control."),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Looked-after toddler on a children's ward: "Riley's day on the ward"
#    observation log, then a ward table and a leaving-hospital table (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b24_cresswold_ward_plan_day_log_nwosu.pdf",
    "doc_title": "Child protection plan - child in hospital - Riley Nwosu",
    "split": "heldout",
    "template": "lac-ward-cp-plan-day-on-ward-observation-log-then-ward-and-leaving-hospital-tables-paged",
    "description": (
        "ICPC plan for a 22-month-old accommodated under section 20 and on a children's ward with "
        "unexplained fractures (father's daily cannabis use). A 'day on the ward' observation log is his "
        "lived experience; two action tables (on the ward / leaving hospital). The SW visits 'When able' "
        "and the foster carer 'As often as she can', so no visits at a stated frequency; 'TBC', 'Date to "
        "be confirmed', blank measures, 'Professionals' as owner; the father refers himself and no adult "
        "service owns an action; review conference to be arranged after discharge. Header and page "
        "footer on every page."
    ),
    "header": "OFFICIAL – SENSITIVE | Cresswold Children's Services | Ward-based child protection plan",
    "footer": "Riley Nwosu (CRI Ward 4) – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child protection plan – child in hospital"),
        ("p", "Cresswold Children's Services with Cresswold Royal Infirmary (CRI) Children's Ward 4"),
        ("kv", [
            ("Child", "Riley Nwosu, born 09/05/2023 (22 months)"),
            ("Where Riley is now", "Ward 4 (children's), Cresswold Royal Infirmary, since 01/03/2025"),
            ("Legal status", "Looked after – accommodated under section 20 since 03/03/2025, with both "
                             "parents' agreement"),
            ("Parents", "Precious Nwosu (24) and Tyler Grant (27), Flat 3, 18 Ousel Street, Cresswold"),
            ("Conference", "Initial child protection conference, held on the ward, 07/03/2025"),
            ("Category", "Physical abuse"),
            ("Social worker", "Tom Rudd, Assessment Team 2"),
            ("Ward contact", "Sister Orla Quinn, ward manager"),
        ]),
        ("h1", "Why Riley is in hospital and why there is a plan"),
        ("p", "Riley was brought to the emergency department by Precious and Tyler on the evening of "
              "01/03/2025 with a swollen left thigh. An X-ray showed a spiral fracture of the left femur. "
              "Precious and Tyler said he had fallen off the sofa, but the consultant paediatrician's view "
              "is that this does not explain the fracture, and a skeletal survey on 03/03/2025 also found a "
              "healing fracture of a rib, for which neither parent has given an explanation. Cresswold "
              "Police are investigating, and both parents are on bail with a condition not to have contact "
              "with Riley while the investigation continues. Tyler told the police he smokes cannabis every "
              "day, \"from when I get up\". Riley is in a hip spica cast and is expected to stay on the ward "
              "for about another two weeks. He will then go to a foster carer, Jan Ellery."),
        ("h1", "Riley's day on the ward"),
        ("p", "Riley is too young to tell us what he thinks. The play specialist and the nurses have kept a "
              "note of how he is through an ordinary day, and this is what they see:"),
        ("table", {
            "header": ["Part of the day", "What the staff see"],
            "widths": [3.4, 13.6],
            "rows": [
                ["Morning", "Wakes around 6.30am and lies quietly; does not cry for anyone. Eats all his "
                            "breakfast fast and reaches for more."],
                ["Play", "Likes the bubble machine and the shape sorter. Flinches when an adult reaches over "
                         "him quickly, then settles if they talk to him first."],
                ["Care", "Cries hard during cast care and nappy changes, more than staff expect for the pain "
                         "he is in; calms with his blue blanket and a song."],
                ["Afternoon", "Naps for two hours. Has started to hold his arms up to Jan Ellery when she "
                              "comes in."],
                ["Night", "Wakes two or three times and rocks himself back to sleep; does not call out."],
            ],
        }),
        ("h1", "What we want for Riley"),
        ("bullets", [
            "Riley is kept safe from any further injury while he is on the ward and after he leaves, and "
            "every mark or bruise is recorded and explained.",
            "Riley's fracture heals, he is free of pain and he is walking again by the summer.",
            "Riley leaves hospital to a foster home where he already knows his carer, and his routines stay "
            "the same.",
            "We understand how Riley was hurt, so that decisions about where he lives next are safe for him.",
        ]),
        ("h1", "While Riley is on Ward 4"),
        ("table", {
            "header": ["What will happen", "Who", "When", "How we will know"],
            "widths": [6.2, 3.7, 3.0, 4.1],
            "rows": [
                ["Visit Riley on the ward to see how he is with the nurses and play staff",
                 "SW Tom Rudd", "When able",
                 "Visit note on Riley's file after each visit"],
                ["Visit Riley and get to know his routines and how he likes to be settled",
                 "Jan Ellery (foster carer)", "As often as she can",
                 "Visits signed in the ward visitors' book"],
                ["Record any new mark or bruise, and how Riley reacts to handling, on a body map",
                 "Nurse in charge of each shift", "Every shift",
                 "Body maps in Riley's notes; copies sent to the SW each weekday"],
                ["Repeat skeletal survey, then a written opinion on how both fractures were caused",
                 "Consultant paediatrician Dr Farid Nasser",
                 "Repeat survey 14/03/2025; opinion by 21/03/2025",
                 "Written medical opinion sent to the police and the SW"],
                ["Interview Precious and Tyler about Riley's injuries",
                 "Cresswold Police Child Abuse Investigation Team (DC Holly Marsh)", "TBC",
                 "Outcome of the interviews shared with the SW in writing"],
                ["Tell the SW and the police at once if anyone asks to see Riley or phones the ward about "
                 "him",
                 "Professionals", "Same day",
                 "Calls and visitors logged in Riley's ward notes"],
                ["Refer himself to Cresswold Substance Misuse Service about his cannabis use",
                 "Tyler Grant", "By 21/03/2025", ""],
            ],
        }),
        ("h1", "Getting Riley ready to leave hospital"),
        ("table", {
            "header": ["What will happen", "Who", "When", "How we will know"],
            "widths": [6.2, 3.7, 3.0, 4.1],
            "rows": [
                ["Discharge planning meeting with the ward, the physiotherapist, Jan Ellery and the SW",
                 "Discharge coordinator Mel Parr", "Before discharge",
                 "Signed discharge plan in Riley's notes and on his file"],
                ["Physiotherapy plan and an adapted car seat and buggy for the spica cast at the foster home",
                 "Paediatric physiotherapist Anil Dev", "Before discharge", ""],
                ["Initial health assessment for a looked-after child",
                 "LAC nurse Bernie Walsh", "Within 20 working days of Riley becoming looked after",
                 "Health assessment report sent to the SW and the IRO"],
                ["Parenting assessment of Precious and Tyler",
                 "SW Tom Rudd", "Date to be confirmed", ""],
                ["Move Riley's GP registration to the foster carer's practice and check his immunisations "
                 "are up to date",
                 "Jan Ellery (foster carer)", "Within 1 week of discharge",
                 "New GP registration confirmed; immunisation record copied to the SW"],
            ],
        }),
        ("h1", "If something happens"),
        ("p", "If Precious, Tyler or anyone on their behalf comes onto the ward or tries to take Riley, the "
              "nurse in charge will call the police on 999 and ask them to use police protection, and will "
              "ring the SW (or the emergency duty team out of hours) straight away. If either parent "
              "withdraws their agreement to section 20, the SW will request an urgent legal planning "
              "meeting the same day so that the local authority can apply for an interim care order. If "
              "the police investigation or Dr Nasser's opinion shows that Riley was harmed by either "
              "parent, the SW will request a legal planning meeting within 5 working days."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group: first meeting on Ward 4 on 11/03/2025 at 2pm, then every 4 weeks.",
            "Looked after review (IRO Pam Whitlow): 31/03/2025.",
            "Review child protection conference: to be arranged once Riley has been discharged.",
        ]),
    ],
    "findings": [
        F("T002", "Visit Riley on the ward to see how he is"),
        F("T002", "Visit Riley and get to know his routines"),
        F("T002", "Interview Precious and Tyler about Riley's injuries"),
        F("W002", "Tell the SW and the police at once if anyone asks"),
        F("M001", "Refer himself to Cresswold Substance Misuse Service"),
        F("M001", "Physiotherapy plan and an adapted car seat and buggy"),
        F("T002", "Parenting assessment of Precious and Tyler"),
        F("M001", "Parenting assessment of Precious and Tyler"),
        F("L001"),
        F("F004"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Case-system "open tasks" export as a checkbox list, family moved to a
#    refuge in another council's area (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b24_chelmbrook_open_tasks_checkboxes_varga.md",
    "split": "heldout",
    "template": "transfer-pending-case-system-open-tasks-checkbox-list-task-owner-due-evidence-md",
    "description": (
        "Export of the open tasks on a CP plan for an 8-year-old and a 5-year-old (domestic abuse) after "
        "their mother moved them into a refuge in another council's area: one '- [ ]' checkbox item per "
        "task with Owner / Due / Evidence on continuation lines. A parenting assessment put on hold, a "
        "counselling referral left for the new council and a speech therapy referral put off until after "
        "the transfer; 'TBC', 'ongoing', 'after the transfer, date TBC', blank evidence, 'engagement', "
        "'Core group' as owner; 'further concerns' contingency, no legal step, review conference left "
        "to the receiving council."
    ),
    "text": """\
# Chelmbrook City Council – Children's Services

**Child protection plan – open tasks** (export from FamilyView)
Exported 28/03/2025 09:14 by rpryce · Plan status: ACTIVE – TRANSFER OUT REQUESTED

| Field | Detail |
|---|---|
| Children | Mila Varga (8), Bence Varga (5) |
| Mother | Eszter Varga (33) |
| Father | Gábor Varga (36) – no contact with Eszter or the children (bail conditions from 21/02/2025) |
| Conference | Initial child protection conference, 17/02/2025 |
| Category | Emotional abuse |
| Allocated SW | Rowan Pryce, Chelmbrook Central Safeguarding Team |
| Receiving authority | Westhollow Council (transfer request sent 12/03/2025) |

## Why there is a plan

Gábor assaulted Eszter at the family home on 14/02/2025, holding her by the
throat against the kitchen wall while Mila watched from the stairs. Police
had been called to the house three times before. Mila has told her teacher
that she "keeps watch" at night. On 10/03/2025 Eszter and the children moved
into Brightwater Refuge, which is in the Westhollow Council area, and Eszter
says she will not come back to Chelmbrook. Westhollow have been asked for a
transfer-in conference but have not yet given a date.

## What Mila and Bence say

- **Mila** (seen on her own at the refuge, 19/03/2025): "I like it here
  because Dad doesn't know where it is. I miss my bedroom and my friend
  Zsófi." She still listens for the door at night. She wants to go to a new
  school "where nobody asks about Dad".
- **Bence** (seen in the refuge playroom, 19/03/2025): said "Daddy shouted
  and Mummy cried" and carried on building his Lego tower. Refuge staff say
  he wets the bed most nights and follows Eszter from room to room.

## What needs to be different

1. Mila and Bence live somewhere Gábor cannot find or hurt them, and they
   sleep through the night without listening out for him.
2. Mila and Bence are in school every day and each has someone they trust
   to talk to about what happened.
3. Bence's speech is assessed and he gets the help he needs before he starts
   Year 1.

## Open tasks (9)

- [ ] **See Mila and Bence on their own at the refuge**
  Owner: Rowan Pryce (SW) · Due: every 2 weeks until the transfer-in conference
  Evidence: visit notes record what each child says and how they are sleeping
- [ ] **Get school places for Mila and Bence near the refuge and take them on their first day**
  Owner: Eszter Varga, with refuge worker Nell Ashby · Due: by 04/04/2025
  Evidence: both children on a school roll; attendance sent to the SW weekly
- [ ] **Parenting assessment of Eszter, on hold until Westhollow accept the transfer**
  Owner: Westhollow Children's Services · Due: TBC once transferred
  Evidence:
- [ ] **Referral for Mila to Chelmbrook Young People's Counselling Service: not made as the family are moving, Westhollow to refer**
  Owner: Westhollow Children's Services · Due: on transfer
  Evidence:
- [ ] **Freedom Programme for Eszter at the refuge (12 weeks)**
  Owner: Nell Ashby, Brightwater Refuge · Due: starts 07/04/2025
  Evidence: engagement
- [ ] **Let the SW know the same day about any sighting of Gábor near the refuge or the schools**
  Owner: Core group · Due: same day
  Evidence: sightings logged on the case file with the time and place
- [ ] **Follow up any breach of Gábor's bail conditions and keep the refuge address flagged**
  Owner: Chelmbrook Police Domestic Abuse Unit (DS Lena Kemp) · Due: ongoing
  Evidence: breach reports copied to the SW
- [ ] **Bence's speech and language therapy: Chelmbrook place given up, new referral to Westhollow SALT after the transfer**
  Owner: HV Carys Bell · Due: after the transfer, date TBC
  Evidence: SALT appointment letter copied to the SW
- [ ] **Weekly time with Mila in the refuge children's group, writing down what she says about home and school**
  Owner: Tasha Greene (refuge children's worker) · Due: every Wednesday
  Evidence: children's log shared with the SW every 2 weeks

## Contingency

If there are any further concerns about the children's safety, the SW will
discuss the case with the team manager and agree next steps with Westhollow.

## Review

- Core group: every 3 weeks – 07/03/2025 (held), 28/03/2025, 18/04/2025.
- Review child protection conference: to be arranged by Westhollow after the
  transfer-in conference.

_End of export – 9 open tasks, 0 overdue_
""",
    "findings": [
        F("X001", "Parenting assessment of Eszter, on hold until Westhollow"),
        F("T002", "Parenting assessment of Eszter, on hold until Westhollow"),
        F("M001", "Parenting assessment of Eszter, on hold until Westhollow"),
        F("X001", "Referral for Mila to Chelmbrook Young People's Counselling Service"),
        F("M001", "Referral for Mila to Chelmbrook Young People's Counselling Service"),
        F("M002", "Freedom Programme for Eszter at the refuge"),
        F("W002", "Let the SW know the same day about any sighting"),
        F("T002", "Follow up any breach of Gábor's bail conditions"),
        F("X001", "new referral to Westhollow SALT after the transfer"),
        F("T002", "new referral to Westhollow SALT after the transfer"),
        F("C002"),
        F("R001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Internal handover note between two social workers in the same team,
#    setting out the plan as it stands (txt). Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b24_corriebank_worker_handover_note_lindqvist.txt",
    "split": "heldout",
    "template": "internal-worker-handover-note-plan-as-it-stands-numbered-commitment-paragraphs-txt",
    "description": (
        "Exemplary: a social worker's typed handover note to the colleague taking over a 4-month-old's "
        "CP plan in the same team (mother's postpartum psychosis), setting out the plan as it stands in "
        "numbered paragraphs, each with who, when and how we will know. Perinatal psychiatrist and CPN "
        "both report on capacity to change, GP owns an action, grandmother and aunt are covered by a "
        "fallback to foster carers, core group and review dates, PLO if the changes are not made; "
        "nothing waits for the change of worker."
    ),
    "text": """\
CORRIEBANK COUNCIL
Children and Families Social Work - East Locality Team
-----------------------------------------------------------------------
CASE HANDOVER NOTE  (change of allocated worker within the team)
-----------------------------------------------------------------------
Child:     Elsie LINDQVIST   DOB 02/12/2024 (4 months)   Ref CB-218874
Parents:   Hanna Lindqvist (29) and Anders Lindqvist (33),
           4 Rowan Brae, Corriebank
Plan:      Child protection plan (neglect), made at the ICPC on
           23/01/2025 and continued at the review conference on 20/03/2025
From:      Ruth Okonedo, SW (my last day in the team is 11/04/2025)
To:        Jo Mackintosh, SW (allocated from 14/04/2025)
Copy:      Graham Fyfe, Team Manager; core group members
Date:      08/04/2025
-----------------------------------------------------------------------

Jo - this is the plan as agreed at the review conference and at the core
group on 03/04/2025, with a few notes on where things have got to. The case
stays with our team and nothing in the plan stops or waits because I am
leaving: every visit and deadline below carries on as it is, and I have
booked your first visit to the family for 17/04/2025. Hanna and Anders
have met you once, at the core group.

1. WHY ELSIE IS ON A PLAN

Hanna became unwell with postpartum psychosis ten days after Elsie was
born, and was admitted with Elsie to Ashgrove Mother and Baby Unit for
three weeks over December and January. Before the admission she had not
slept for several days, was not feeding Elsie regularly and told the HV
she believed Elsie was "not her real baby". Elsie lost 11% of her birth
weight. Hanna is now on antipsychotic medication and an antidepressant
and is much better, but the risk of relapse stays high through Elsie's
first year and she is still very tired in the evenings. Anders works
night shifts at the distribution centre on Thursday, Friday and Saturday.

2. WHAT WE KNOW ABOUT ELSIE'S DAYS

Elsie is a contented baby who takes a bottle every 3 to 4 hours. At my
visits on 20/03/2025 and 03/04/2025 she was clean, in a clean sleepsuit,
and was put down on her back in her cot in her parents' room. She follows
Hanna's face and smiles and coos when Hanna talks to her; Hanna now talks
to her all through feeds, which she did not do in January. She settles
fastest with Anders and with her grandmother, Ingrid. The HV recorded her
weight on the 25th centile on 01/04/2025 (she was below the 9th in
January).

3. WHAT WE WANT FOR ELSIE

  - Elsie is fed every 3 to 4 hours, day and night, by an adult who is
    well and awake, and her weight stays on or above the 25th centile.
  - Elsie always has a well adult with her, and is not left alone with
    Hanna overnight until the perinatal team say this is safe.
  - Elsie sleeps on her back in her own cot and is held, talked to and
    played with every day.
  - Elsie's health checks and immunisations happen on time.

4. THE PLAN - WHO IS DOING WHAT, BY WHEN, AND HOW WE WILL KNOW

4.1  Jo Mackintosh (SW) will visit Elsie at home every week (Thursday
     afternoons suit the family; first visit 17/04/2025), see her awake
     and being fed or handled by each parent, and record in the visit
     note what Elsie was doing and how she responded to Hanna.
     Where it is up to: weekly visits have happened since January.

4.2  Dr Lucy Haig, perinatal psychiatrist (Corriebank Perinatal Mental
     Health Team), sees Hanna every two weeks and will send the core
     group a written assessment by 02/05/2025 of whether Hanna can stay
     well and care for Elsie, what still needs to change and how long
     that is likely to take.

4.3  Fiona Garvie, perinatal CPN, visits Hanna at home every Tuesday,
     completes the relapse-signs checklist with her and sends it to the
     SW that week; before each core group she will say in writing
     whether Hanna is making and keeping the changes Dr Haig has set out.

4.4  Moira Dunbar (HV) weighs Elsie at home every two weeks until she is
     6 months old and sends each weight to the SW; we will know it is
     working if Elsie's weight stays on or above the 25th centile in the
     red book.

4.5  Dr Alasdair Reid (GP) prescribes Hanna's medication in 7-day amounts
     and tells the perinatal team and the SW the same day if a
     prescription is not collected; the pharmacy collection record is
     sent to the SW at the end of each month.

4.6  Ingrid Berg (Hanna's mother) stays overnight with Hanna and Elsie on
     every night Anders is working (Thursday to Saturday) until the
     review conference, and fills in the night-feed chart, which the SW
     and HV check at each visit.

4.7  Karin Lindqvist (Anders' sister) spends Monday and Wednesday
     afternoons, 1pm to 5pm, with Hanna and Elsie until the review
     conference, and signs the visit sheet on the fridge, which the SW
     checks every week.

4.8  Anders will ring the perinatal team and the SW the same day if Hanna
     sleeps less than 4 hours on two nights running, misses a dose or
     says anything unusual about Elsie; each call is logged on Elsie's
     file with the time and what was done.

4.9  Jo Mackintosh (SW) will finish the parenting assessment of Hanna and
     Anders by 16/05/2025 (sessions 1 to 4 of 7 are done; notes are on
     file) and share the written report with the core group.

5. IF THINGS START TO GO WRONG

If Hanna stops her medication, sleeps less than 4 hours on two nights
running, or says anything that suggests she is losing touch with reality
or is frightened of or about Elsie, Anders or Ingrid will ring the
perinatal crisis line and the SW (or the emergency duty team out of
hours) straight away. The SW will see Elsie the same day and hold a
strategy discussion within 24 hours; Elsie will not be left alone with
Hanna, and Hanna will be offered admission with Elsie to Ashgrove Mother
and Baby Unit. If Ingrid or Karin cannot do their nights or afternoons
(illness, holidays), Anders will take the carer's leave his employer has
agreed. If none of them can be there, Elsie will be cared for by the
foster carers identified at conference, Mr and Mrs Dalgleish, until a
family member can be with her, and the SW will request a legal planning
meeting within 5 working days.

6. MEETINGS

Core group: every 4 weeks, 10am at Corriebank Health Centre. Next
meetings 24/04/2025 and 22/05/2025.
Review child protection conference: 19/06/2025 at 1.30pm, Corriebank
House.

7. IF HANNA IS NOT ABLE TO MAKE THE CHANGES

If Dr Haig's assessment of 02/05/2025 says Hanna cannot make the changes
Elsie needs in time, or the overnight arrangements break down on two
occasions, Graham will request a legal planning meeting (PLO) within 10
working days. Hanna and Anders know this; I went through it with them
again on 03/04/2025.

8. THINGS WORTH KNOWING

Hanna prefers visits after 1pm because mornings are hard with her
medication. Anders is usually asleep until noon after a night shift, so
ring his mobile after 12. Ingrid speaks Swedish with Hanna but is happy
to speak English at visits.

Ruth Okonedo
Social Worker, East Locality Team - 01632 960 227
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. Family network "safety circle": rings of the circle as sub-headings,
#    bold owner at the start of each bullet (md). Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b24_cranleath_safety_circle_pearson.md",
    "split": "heldout",
    "template": "network-safety-circle-rings-as-subheadings-bold-owner-bullets-md",
    "description": (
        "Exemplary CP plan for a 6-year-old and a 2-year-old (mother's weekend drinking) written as the "
        "family network's 'safety circle': inside, middle and outside rings as sub-headings, each "
        "bullet opening with its bold owner and carrying its own when and how we'll know. The recovery "
        "worker owns actions and reports on capacity to change; nan, uncle and neighbour are covered by "
        "a fallback to emergency foster carers; core group and review dates; legal planning if the "
        "drinking does not stop."
    ),
    "text": """\
# Jack and Ruby's safety circle

**Cranleath Council Children's Services – child protection plan (network version)**

Made at the initial child protection conference on 13/03/2025 (category:
neglect). This version was agreed at the family network meeting on
25/03/2025 and adopted as the child protection plan by the core group on
27/03/2025.

| Who | About them |
|---|---|
| Jack Pearson | 6, Year 1 at Holmfirth Lane Primary |
| Ruby Pearson | 2, goes to Little Owls nursery on Monday, Tuesday and Wednesday |
| Kayleigh Pearson | Mum, 27 |
| Dean Marsh | Jack and Ruby's dad – no contact (non-molestation order until March 2026) |
| Carol Pearson | Nan (Kayleigh's mum), lives 5 minutes away |
| Ryan Pearson | Uncle Ryan (Kayleigh's brother) |
| Stacey Holt | Kayleigh's friend, lives next door |
| Sophie Grant | Social worker, Cranleath Children's Services |

## What we are worried about

Kayleigh drinks heavily at weekends, mostly from Friday teatime. On
01/02/2025 the police found Jack and Ruby on their own at 11pm because
Kayleigh was asleep and could not be woken; Jack had given Ruby crisps for
tea. On two other weekends Nan could not get an answer at the door when she
brought Jack home. Kayleigh says she has been drinking "to switch off" since
Dean left. In the week the house is warm, there is food in and the children
are well cared for.

## What Jack says, and what we see with Ruby

Jack drew his safety circle with Sophie on 20/03/2025. He put Nan and Uncle
Ryan "right next to me", Stacey "for when Mum's poorly" and his teacher Mrs
Khan. He said: "When Mum has the wine she goes to sleep and I can't wake
her. I put Ruby's tea on." He would like Mum "to not drink on Fridays" and
to "go to the park like before". His best thing is sleepovers at Nan's.

Ruby is chatty and runs to the door when Nan comes. Nursery say that on
Mondays she is hungrier and more unsettled than later in the week, and she
has come in with a sore nappy rash on three Mondays.

## What we want for Jack and Ruby

- Jack and Ruby are always looked after by an adult who is sober and awake,
  especially at weekends.
- Jack does not have to look after Ruby or make meals.
- Ruby comes to nursery on Mondays clean, fed and settled, the same as the
  rest of the week.
- Jack and Ruby know who is in their circle and how to reach them.

## The circle: who does what

### Inside the circle – every day

- **Kayleigh (Mum)** will not drink at all when she is the only adult with
  Jack and Ruby, and will blow into the remote breath-test device from the
  Recovery Partnership at 6pm and 9pm every evening; the readings go straight
  to Sophie and she checks them at every visit.
- **Nan (Carol Pearson)** will have Jack and Ruby at her house every Friday
  from school until Saturday teatime, starting 28/03/2025, and will sign the
  weekend book that Sophie checks at her visits.

### Middle of the circle – every week

- **Uncle Ryan Pearson** will call in on Kayleigh every Saturday and Sunday
  evening between 6pm and 8pm, and will text Sophie (or the duty line out of
  hours) that evening if Kayleigh has been drinking; his texts are kept on
  the children's file.
- **Stacey Holt (next door)** will take Jack and Ruby in whenever Jack knocks
  for help, day or night, and will ring Sophie or the emergency duty team the
  same night; every call is logged on the children's file.

### Outside the circle – the professionals

- **Sophie Grant (social worker)** will visit every week, with at least one
  unannounced weekend visit every fortnight, see Jack on his own and Ruby with
  Kayleigh, and write down what Jack says and how Ruby is in her visit notes.
- **Lee Armitage (recovery worker, Cranleath Recovery Partnership)** will see
  Kayleigh every Tuesday, breath-test her at each session and send Sophie the
  results every fortnight; by 16/05/2025 he will write to the core group on
  whether Kayleigh can stop drinking at weekends and how long that is likely
  to take.
- **Paul Oduya (DSL, Holmfirth Lane Primary)** will check in with Jack every
  Monday morning and send Sophie a note the same day of anything Jack says
  about the weekend.
- **Bev Thorpe (manager, Little Owls nursery)** will record how Ruby arrives
  every Monday (clean, fed, nappy changed) on the arrival sheet and email it
  to Sophie each Monday afternoon.
- **Helen Ward (health visitor)** will do Ruby's 2-year review at home by
  30/04/2025 and send Sophie the written review with Ruby's weight and her
  development scores.

## If the circle breaks

If a breath test shows Kayleigh has been drinking while she is on her own
with the children, or anyone finds her drunk or unable to wake, that person
will ring 999 if the children are in danger and then Sophie or the
emergency duty team. Jack and Ruby will go to Nan's that night. If Nan can't
have them (she is ill or away), they will go to Uncle Ryan's. If neither of
them can, Sophie (or the emergency duty team) will place Jack and Ruby
together with Cranleath's emergency foster carers the same night. Sophie
will hold a strategy discussion by the next working day.

If Nan can't do a Friday, she will tell Sophie by Thursday at 5pm, and Ryan
will have the children that weekend instead.

## Checking the plan is working

- The core group (Kayleigh, Carol, Ryan, Sophie, Lee, Mr Oduya, Bev Thorpe
  and Helen Ward) meets every 4 weeks at Holmfirth Lane Primary: 10/04/2025,
  08/05/2025 and 05/06/2025, all at 3.45pm.
- Review child protection conference: 12/06/2025, 10am, Cranleath Civic
  Centre.

## If things don't change

If Kayleigh has more than two positive breath tests in any month, or Lee's
letter of 16/05/2025 says she is not able to stop drinking at weekends,
Sophie will ask the team manager for a legal planning meeting (PLO) within 5
working days.
""",
    "findings": [],
})
