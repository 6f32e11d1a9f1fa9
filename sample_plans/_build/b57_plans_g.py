"""Batch 57, module g: seven fictional plans (tuning material), places beginning with "g".

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.

Focus: timescales written every way practitioners write them - dates in
several styles (14/03/26, 14th March, 20.3, w/c 9 March), weeks relative to
an event ("within 2 weeks of conference", "by 36 weeks"), frequencies
("weekly", "every other Tuesday", "fortnightly until review"), events
("before discharge", "at the birth", "before the review conference"), a
By when / Target date column, a "Who / when" column where the owner and the
date share a cell ("SW by 20.3"), timescales inside the action sentence,
headings that give the timescale for the bullets under them, and a Status
column that is not a date. Time-like words that are not timescales for the
action (ages, a "16-week scan" already had, history dates, "since 2024")
are mixed in. The four plans with faults have actions with no timescale at
all (T001) and with only a vague one ("ongoing", "asap", "as and when",
"in due course", "when needed": T002), and owners and measures with their
own faults. Three plans are exemplary.
"""
from build_batch5 import F, V, H

PLANS = []


# ---------------------------------------------------------------------------
# 1. Pre-birth plan: actions grouped under headings that carry the timescale
#    ("To be done before the baby is born", "At the birth and on the ward",
#    "The first six weeks at home"), bullets with their own dates too (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b57_gammerton_prebirth_timed_stage_headings_pryor.docx",
    "doc_title": "Pre-Birth Child Protection Plan - Baby of Shannon Pryor and Macy Pryor",
    "split": "tune",
    "actions": 15,
    "template": "prebirth-icpc-docx-kv-details-worries-working-well-macys-words-and-babys-world-outcomes-then-plan-under-h2-stage-headings-that-give-the-timescale-before-birth-at-birth-first-six-weeks-owner-first-bullets",
    "description": (
        "Pre-birth initial conference plan for an unborn baby and a 5-year-old (domestic abuse by the "
        "mother's partner, his daily cannabis use since 2024, the mother's depression under the GP and "
        "the perinatal team). The plan's bullets sit under headings that give their timescale ('To be "
        "done before the baby is born (EDD 14 April 2026)', 'At the birth and on the maternity ward', "
        "'The first six weeks at home'), and several bullets carry their own date or frequency ('by "
        "Friday 13 March 2026', 'every two weeks', 'w/c 16 March', 'by 36 weeks', 'day 10 to 14'). "
        "History dates and a '16-week scan' sit in the worries. The perinatal team reports on change, "
        "the substance misuse service reports on Liam's use, the grandmother's school pick-ups have a "
        "fallback, dates and legal step set. Exemplary."
    ),
    "blocks": [
        ("title", "Pre-Birth Child Protection Plan"),
        ("p", "Gammerton Borough Council · Children's Services · Pre-Birth and Under-Ones Team"),
        ("kv", [
            ("Unborn baby", "Baby of Shannon Pryor, due 14/04/2026, to be born at Gammerton Royal Infirmary"),
            ("Sister", "Macy Pryor, 5, Reception class at St Aldhelm's CE Primary"),
            ("Mother", "Shannon Pryor (23)"),
            ("Baby's father", "Liam Costigan (26), lives with Shannon and Macy. Macy's own father, Dean "
                              "Walsh, has not seen her since 2022."),
            ("Address", "41 Sorrel Way, Gammerton"),
            ("Conference", "Initial (pre-birth) child protection conference, Thursday 29/01/2026"),
            ("Category", "Emotional abuse (unborn baby and Macy)"),
            ("Social worker", "Farah Qureshi"),
            ("Chair", "Ian Montford, Independent Conference Chair"),
        ]),
        ("h1", "Why we are worried"),
        ("p", "Police were called to 41 Sorrel Way twice in October 2025 after neighbours heard shouting and "
              "something smash. On the second call, on 18/10/2025, Shannon had a red mark on her cheek and "
              "Macy was in the room. Liam was arrested but Shannon did not support a charge. Liam has smoked "
              "cannabis most days since 2024; he says he only smokes it in the garden."),
        ("p", "Shannon has had depression on and off since Macy was born and takes sertraline prescribed by "
              "her GP. At her 16-week scan on 02/12/2025 she told the midwife she had stopped taking it for "
              "a month and was \"not sleeping, not eating\". She was referred to the Gammerton Perinatal "
              "Mental Health Team and was first seen there on 14/01/2026."),
        ("h1", "What is working well"),
        ("bullets", [
            "Shannon has been to every antenatal appointment and scan so far.",
            "Macy's attendance at school is 97% and she is always clean and ready to learn.",
            "Liam came to conference, accepted that the arguments frighten Macy and agreed to do the "
            "Caring Dads course.",
            "Shannon's mum, Gail Pryor, lives on the next street and already collects Macy from school two "
            "days a week.",
        ]),
        ("h1", "Macy's words and the baby's world"),
        ("p", "Macy talked to Farah at school on 20/01/2026 with her teacher there. She said: \"When Liam "
              "shouts I go under my duvet with Bun-bun.\" She is excited about being a big sister and wants "
              "to \"help give the baby a bath\". She drew her family with Nana Gail holding her hand and "
              "said she likes it best \"when Mummy walks me to school and we count the cats\"."),
        ("p", "The baby cannot tell us anything yet. The 16- and 20-week scans show the baby growing on the "
              "50th centile. Shannon says the baby kicks hard when the house is noisy and goes still when "
              "she lies in the bath with music on. The baby's world will be Macy's world: a small house "
              "where, at the moment, the shouting reaches every room."),
        ("h1", "What we want for Macy and the baby"),
        ("bullets", [
            "Macy and the baby live in a home where nobody is hurt or frightened, and Macy tells us there "
            "is no more shouting at night.",
            "The baby is born well, goes home to a safe cot, and is fed and settled by a mum whose mood is "
            "steady enough for her to notice when the baby needs her.",
            "Nobody smokes cannabis in the house or garden, and nobody looking after Macy or the baby is "
            "under the influence of anything.",
            "Macy keeps going to school every day and knows which grown-up she can tell if she is scared.",
        ]),
        ("h1", "The plan"),
        ("p", "Each heading below says when the actions under it will be done. Where an action has its own "
              "date or says how often, that is written into it."),
        ("h2", "To be done before the baby is born (EDD 14 April 2026)"),
        ("bullets", [
            "Farah Qureshi (SW) will complete the pre-birth assessment, including Liam's history with his "
            "former partner, and share the written report with Shannon, Liam and the core group by Friday "
            "13 March 2026.",
            "Hollie Brace (specialist safeguarding midwife) will see Shannon at each antenatal appointment "
            "from 28 weeks and ask her on her own how things are at home; her answers go in the maternity "
            "record and a summary goes to Farah after each appointment.",
            "Dr Ruth Amadi and Nina Kerr (Gammerton Perinatal Mental Health Team) will see Shannon every two "
            "weeks, assess how her mood affects her care of Macy and her readiness for the baby, and send a "
            "written report to each core group on whether she is making the changes needed and how long "
            "they are likely to take.",
            "Dr Sunil Bhatt (GP, Orchard Lane Surgery) will review Shannon's sertraline with her by 27 "
            "February 2026 and write to Farah and the perinatal team saying whether she is taking it as "
            "prescribed.",
            "Liam will start the 17-week Caring Dads programme at Gammerton Family Centre on Monday 9 "
            "February; the facilitator, Owen Price, will send Farah the register every month and a "
            "mid-course report in April.",
            "Jordan Hale (Step Change substance misuse service) will see Liam weekly, do a urine test at "
            "each session, and send Farah the results and his view of Liam's cannabis use before each core "
            "group.",
            "Shannon and Liam will get a cot, a mattress and a car seat, and Farah will see the cot made up "
            "in their bedroom at a home visit in w/c 16 March.",
            "Hollie Brace (midwife) will write the birth plan with Shannon by 36 weeks (17 March), saying who "
            "may visit on the ward, and put a copy on the maternity record and send one to Farah.",
        ]),
        ("h2", "At the birth and on the maternity ward"),
        ("bullets", [
            "The midwife in charge of the delivery suite will phone Farah, or the emergency duty team out of "
            "hours, when Shannon is admitted in labour, and note the call in the maternity record.",
            "The midwife in charge of the postnatal ward will watch Shannon and Liam each do at least three "
            "feeds and two nappy changes before discharge, and write in the postnatal notes how they handle "
            "the baby.",
            "Farah (SW) will hold a discharge planning meeting on the ward with Shannon, Liam, the midwife and "
            "the health visitor before the baby goes home, and give everyone a written discharge plan that "
            "day.",
        ]),
        ("h2", "The first six weeks at home"),
        ("bullets", [
            "Farah (SW) will visit weekly, at least every other visit unannounced, see the baby awake and Macy "
            "on her own, and write in her visit notes where the baby sleeps and what Macy says.",
            "Lorna Birtles (health visitor) will do the new birth visit on day 10 to 14 and then visit "
            "weekly, weigh the baby, look at where the baby sleeps and plot each weight in the red book.",
            "Gail Pryor (Macy's nana) will collect Macy from school every Tuesday and Thursday and stay for "
            "tea, so Shannon is not on her own with both children at teatime; the school office will note "
            "who collected Macy.",
            "Mrs Leanne Corbett (DSL, St Aldhelm's) will see Macy for ten minutes every Monday morning to ask "
            "about her weekend and pass anything about home to Farah the same day; each check-in is written "
            "on the school's safeguarding record.",
        ]),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If police are called to the house, or Shannon, Macy or a professional says Liam has shouted at "
            "or hurt anyone, Liam will leave that day to stay with his brother Connor at 7 Heron Street, and "
            "Farah (or the emergency duty team) will hold a strategy discussion the same day.",
            "If Liam is under the influence of cannabis while he is looking after Macy or the baby, or a "
            "test shows he is using more, he will not care for the children on his own, and Gail will come "
            "to the house to help Shannon until the next core group.",
            "If Gail cannot collect Macy or help at home (because she is ill or away), Macy will go to St "
            "Aldhelm's after-school club on Tuesdays and Thursdays from the next school day, paid for by "
            "children's services, and the family support worker will visit at teatime instead.",
            "If Shannon stops her medication, or the perinatal team tells Farah her mood means she cannot "
            "care for the baby safely, a strategy discussion will be held within 24 hours to decide where "
            "the baby and Macy will stay.",
            "If there is another incident of domestic abuse before the birth, or the pre-birth assessment "
            "finds the baby cannot be kept safe at home, Farah will ask her team manager for a legal planning "
            "meeting within 5 working days to decide whether to start the Public Law Outline before the "
            "birth.",
        ]),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks, 10am at Gammerton Family Centre: Thursday 12/02/2026, Thursday "
            "12/03/2026 and Thursday 09/04/2026 (on the ward if the baby has arrived).",
            "Review child protection conference: Wednesday 29/04/2026, 10am, Gammerton Civic Centre.",
        ]),
        ("p", "Plan typed by Farah Qureshi on 30/01/2026 and sent to Shannon, Liam and every agency named above."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Second core group plan: owner and timescale share one "Who / when" cell
#    ("SW (Dan Rix) - fortnightly", "School nurse by 20.3", "Mum - asap")
#    (docx, faults)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b57_gaverley_core_group_who_when_one_cell_brennan.docx",
    "doc_title": "Core Group Plan - Kai and Ellie-Mae Brennan",
    "split": "tune",
    "actions": 10,
    "template": "core-group-2-plan-docx-kv-details-progress-paragraphs-childrens-views-outcomes-then-no-what-needs-to-happen-who-when-merged-in-one-cell-how-will-we-know-table",
    "description": (
        "Second core group plan for a 9-year-old and a 6-year-old (neglect, the mother's drinking). The "
        "table puts the owner and the timescale in one 'Who / when' cell ('SW (Dan Rix) - fortnightly, "
        "next by 6.3', 'School nurse (Pam Okoye) by 20.3', 'Dad (Ross) - w/c 9 March', 'SENCo (Miss Ahmed) by 27/03/26'). "
        "Faults: 'Mum - ongoing' with an engagement measure (T002, M002), 'Mum - asap' (T002), a cell that "
        "says only 'SW' (T001), 'All - as and when' (W002, T002), 'weekly, ongoing' with 'Monitored at "
        "core group' (M002 only), an empty measure (M001); an outcome about the mother only (F002); the "
        "alcohol service is only where Mum goes (F004); the review conference 'to be confirmed' (R001)."
    ),
    "blocks": [
        ("title", "Core Group Plan"),
        ("p", "Gaverley Metropolitan Borough Council – Children's Social Care – Safeguarding Team East"),
        ("kv", [
            ("Children", "Kai Brennan (9), Year 4, Holme Lane Primary; Ellie-Mae Brennan (6), Year 1, Holme "
                         "Lane Primary"),
            ("Mum", "Jodie Brennan (31), 16 Calder Walk, Gaverley – the children live with her"),
            ("Dad", "Ross Brennan (34), lives in Thornside; has the children every other weekend"),
            ("Plan since", "ICPC 05/02/2026, category neglect"),
            ("This meeting", "Core group 2, Monday 02/03/2026, Holme Lane Primary"),
            ("SW", "Dan Rix"),
        ]),
        ("h2", "Progress since the last core group"),
        ("p", "Dan has visited three times. On 19/02 there was bread and milk in but no tea cooked at 5.30pm; "
              "Ellie-Mae's sheets were wet and had not been changed. Jodie has been going to the Gaverley "
              "Recovery Hub on Wednesdays since 11/02 and says she is down to \"a few cans at night\". School "
              "say the children have been on time 8 days out of 15. Ellie-Mae's eczema is sore and cracked "
              "on her hands."),
        ("p", "Ross has had the children both weekends he was due to and took them to his mum's for Sunday "
              "dinner."),
        ("h2", "What Kai and Ellie-Mae have said"),
        ("p", "Kai (to Dan at school, 24/02): \"Mum's better in the mornings now. But at night she's sleepy and "
              "I make Ellie's toast.\" He wants \"a proper tea and for Mum to watch the football with me\". "
              "Ellie-Mae said her hands hurt \"all the time\" and that she likes going to Dad's \"because "
              "Nana does roast potatoes\"."),
        ("h2", "What we want to see"),
        ("bullets", [
            "Kai and Ellie-Mae have a hot tea every night and clean, dry beds, and Kai does not have to get "
            "Ellie-Mae's food.",
            "The children are in school on time every day.",
            "Ellie-Mae's eczema is treated and her skin has healed.",
            "Jodie will cut down her drinking and feel more able to cope.",
        ]),
        ("h2", "Plan"),
        ("table", {
            "header": ["No.", "What needs to happen", "Who / when", "How will we know"],
            "widths": [1.0, 7.4, 4.2, 4.4],
            "rows": [
                ["1",
                 "Visit the home unannounced, see Kai and Ellie-Mae on their own and check there is food in "
                 "and the beds are dry",
                 "SW (Dan Rix) – fortnightly, next by 6.3",
                 "Visit notes record what each child says and what was in the fridge"],
                ["2",
                 "Weigh and measure Ellie-Mae and check how her eczema is being treated at home",
                 "School nurse (Pam Okoye) by 20.3",
                 "Height and weight plotted; skin checked and photos with consent sent to the GP"],
                ["3",
                 "Attend the Recovery Hub and stop drinking during the day",
                 "Mum – ongoing",
                 "Engagement with the Hub"],
                ["4",
                 "Register Kai with a dentist and take him for a check-up",
                 "Mum – asap",
                 "Appointment card seen by the SW"],
                ["5",
                 "Direct work with Kai about his worries at home, using the three houses",
                 "SW",
                 "Kai's three houses drawing scanned onto his file"],
                ["6",
                 "Tell the SW about any worries about the children's care or about Mum having been drinking",
                 "All – as and when",
                 "Each worry logged on the children's file"],
                ["7",
                 "Take Ellie-Mae to the dermatology clinic at Gaverley General for her eczema",
                 "Dad (Ross) – w/c 9 March",
                 "Clinic letter copied to the SW"],
                ["8",
                 "Help Mum set up a bedtime and morning routine using a picture chart for the children",
                 "FSW (Shelley Ward) – weekly, ongoing",
                 "Monitored at core group"],
                ["9",
                 "Refer Kai to CAMHS about his sleep and how anxious he gets at bedtime",
                 "SENCo (Miss Ahmed) by 27/03/26",
                 ""],
                ["10",
                 "Breakfast club place for Kai and Ellie-Mae so they start the day fed",
                 "School (Mrs Hanley, DSL) – every school day from 09/03/26",
                 "Breakfast club register"],
            ],
        }),
        ("h2", "Contingency"),
        ("p", "If Jodie is found to be drunk while she is looking after the children, or they are not "
              "collected from school, Ross will collect them and they will stay with him that night, and Dan "
              "(or the emergency duty team) will hold a strategy discussion the same day. If this happens "
              "twice before the review conference, Dan will ask his manager for a legal planning meeting."),
        ("h2", "Meetings"),
        ("p", "Core group every 4 weeks; next one Monday 30/03/2026, 9.15am at Holme Lane Primary. Review child "
              "protection conference: date to be confirmed by the conference team."),
        ("p", "Minutes and plan sent out by Dan Rix, 03/03/2026."),
    ],
    "findings": [
        F("T002", "Attend the Recovery Hub and stop drinking during the day"),
        F("M002", "Attend the Recovery Hub and stop drinking during the day"),
        F("T002", "Register Kai with a dentist and take him for a check-up"),
        F("T001", "Direct work with Kai about his worries at home"),
        F("W002", "Tell the SW about any worries about the children's care"),
        F("T002", "Tell the SW about any worries about the children's care"),
        F("M002", "Help Mum set up a bedtime and morning routine"),
        F("M001", "Refer Kai to CAMHS about his sleep"),
        F("F002", "Jodie will cut down her drinking and feel more able to cope."),
        F("F004"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 3. First review conference plan: Target date column next to a Status
#    column ("On track", "Not started", "Carried forward") that is not a
#    date; paged landscape PDF with header and footer (faults)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b57_gelderholme_rcpc_target_date_status_column_lomax.pdf",
    "doc_title": "Review Child Protection Plan - Ruby and Alfie Lomax",
    "split": "tune",
    "actions": 11,
    "template": "rcpc-1-plan-paged-landscape-numbered-sections-then-ref-action-lead-target-date-status-at-review-evidence-of-progress-table-status-words-not-dates",
    "description": (
        "First review conference plan for an 11-year-old and a 2-year-old (the mother's bipolar disorder, "
        "the father working away, the 11-year-old caring for her brother). The table has a Target date "
        "column and, beside it, a 'Status at RCPC' column of words ('On track', 'Not started', 'Carried "
        "forward', 'New') that is not a timescale. Target dates are written '14/04/26', 'Every other "
        "Tuesday (period 5)', 'Fortnightly until next review', 'From 20/04/26 (after Easter)', 'By "
        "31/03/26'. Faults: the CMHT only supports and treats (H001); the aunt's overnight stays 'When "
        "needed' (T002); an empty target date on a 'Not started' row (T001); an empty lead (W001); "
        "'Improvement in Ruby's attendance' (M002); a network meeting 'In due course' (T002); an empty "
        "evidence cell on a row that names a '27-month check' (M001); the aunt carries two actions and the "
        "contingency does not say what happens if she cannot (C003); no legal step (R002). Header and page "
        "footer on every page."
    ),
    "header": "OFFICIAL-SENSITIVE – Gelderholme Council – Children's Services",
    "footer": "Review CP plan – Ruby and Alfie Lomax – RCPC 10/03/2026 – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "landscape": True,
    "blocks": [
        ("title", "Child Protection Plan – First Review"),
        ("table", {
            "rows": [
                ["Children", "Ruby Lomax (11), Year 6, Gelderholme Academy (primary phase); Alfie Lomax (2), "
                             "at home"],
                ["Parents", "Kerry Lomax (35) and Steve Lomax (40), 22 Ferrand Close, Gelderholme. Steve works "
                            "on offshore rotation, two weeks away and two weeks home."],
                ["Conferences", "ICPC 09/12/2025; first review (RCPC) Tuesday 10/03/2026"],
                ["Category", "Neglect"],
                ["Decision", "Children remain subject to child protection plans"],
                ["Social worker", "Hannah Kirkbride, Family Safeguarding Team 2"],
                ["Chair", "Mark Fennimore"],
            ],
            "widths": [4.5, 21.2],
            "bold_first_col": True,
        }),
        ("h1", "1. What has happened since the initial conference"),
        ("p", "Kerry was diagnosed with bipolar affective disorder in 2019. In November 2025, while Steve was "
              "offshore, she stopped her lithium, did not sleep for several nights and left Alfie with Ruby "
              "for most of a weekend. She was admitted to Fernside Ward for 12 days. Since she came home she "
              "has taken her medication, her lithium levels have been in range and she has seen her CMHT "
              "care coordinator every two weeks. Ruby's attendance is 88% since January; she was late on 9 "
              "days, mostly on the days after Steve goes back offshore. Alfie's speech is behind: he has "
              "about 15 words."),
        ("p", "Kerry's sister, Dawn Pickering, has picked the children up on Kerry's appointment days and "
              "stayed over twice when Kerry was not sleeping."),
        ("h1", "2. Ruby and Alfie"),
        ("p", "Ruby (seen alone at school on 24/02/2026): \"I don't have to do Alfie's bath every night now. "
              "When Dad's away I still check on Mum in the morning before school.\" She scored home as 6 out "
              "of 10, up from 3 in December, and said she wants \"to go to Year 7 and not be late\". She "
              "would like a friend round for tea."),
        ("p", "Alfie was seen at home on five visits. He runs to Kerry when she comes into the room and shows "
              "her his cars; he is shy with visitors for a few minutes and then plays. He points and says "
              "\"Ruby\" when his sister comes home from school."),
        ("h1", "3. What we want for Ruby and Alfie by the next review"),
        ("bullets", [
            "Ruby is a child at home, not Alfie's carer: an adult gets Alfie up, fed and to bed every day.",
            "Ruby is at school on time every day, including the days after her dad goes back to work.",
            "Alfie's speech and development are checked and he is at nursery with other children.",
            "When Kerry becomes unwell, the adults around Ruby and Alfie notice early and take over their "
            "care before Ruby has to.",
        ]),
        ("h1", "4. The plan"),
        ("table", {
            "header": ["Ref", "Action", "Lead", "Target date", "Status at RCPC", "Evidence of progress"],
            "widths": [1.1, 7.2, 4.2, 3.6, 2.8, 6.8],
            "rows": [
                ["1",
                 "Ruby to have sessions with the learning mentor about her worries and looking after Alfie",
                 "Mrs Joanne Tuck, learning mentor, Gelderholme Academy",
                 "Every other Tuesday (period 5)",
                 "On track",
                 "Session notes shared with the SW; Ruby's own 0-10 score at each session"],
                ["2",
                 "Visit the family at home and see Ruby and Alfie, with one visit a month after school so "
                 "that Ruby is seen on her own",
                 "SW Hannah Kirkbride",
                 "Fortnightly until next review",
                 "On track",
                 "Visit records; Ruby seen alone at least once a month"],
                ["3",
                 "Continue care coordination for Kerry and support her with taking her medication",
                 "CMHT care coordinator (Beth Sowerby)",
                 "Every 2 weeks",
                 "On track",
                 "Kerry attends appointments; lithium blood levels in range"],
                ["4",
                 "Alfie to start his funded 2-year-old place at Little Owls Nursery, three mornings a week",
                 "Kerry, with Sue Barnard (Little Owls manager)",
                 "From 20/04/26 (after Easter)",
                 "Not started",
                 "Little Owls register shows Alfie in three mornings a week"],
                ["5",
                 "Pick Ruby and Alfie up and give them tea on the days Kerry has her CMHT appointments",
                 "Dawn Pickering (maternal aunt)",
                 "Every other Thursday",
                 "On track",
                 "Dawn texts the SW on each of those days"],
                ["6",
                 "Stay overnight at the family home when Steve is working away and Kerry is not sleeping",
                 "Dawn Pickering (maternal aunt)",
                 "When needed",
                 "On track",
                 "Each overnight stay written in the family diary"],
                ["7",
                 "Young carers assessment with Ruby about the jobs she does at home",
                 "Mo Bashir, Gelderholme Young Carers",
                 "",
                 "Not started",
                 "Assessment report shared with Ruby and the SW"],
                ["8",
                 "Write a relapse and crisis plan with Kerry and Steve saying what Ruby and Alfie need when "
                 "Kerry is becoming unwell",
                 "",
                 "14/04/26",
                 "Not started",
                 "Crisis plan on file and a copy given to school and to Dawn"],
                ["9",
                 "Check Ruby's attendance and punctuality each morning and tell the SW about any lateness",
                 "Mr Dale Akers, DSL",
                 "Each school day",
                 "On track",
                 "Improvement in Ruby's attendance"],
                ["10",
                 "Arrange a family network meeting to agree who else can help when Steve is away",
                 "SW Hannah Kirkbride",
                 "In due course",
                 "Carried forward",
                 "Meeting notes and an agreed rota of helpers"],
                ["11",
                 "Health visitor review of Alfie's speech and development at his 27-month check",
                 "HV Leanne Goss",
                 "By 31/03/26",
                 "New",
                 ""],
            ],
        }),
        ("h1", "5. Contingency"),
        ("p", "If Kerry misses two lithium doses, stops sleeping, or shows any of the early signs in her "
              "relapse plan (talking very fast, spending, not eating), Steve will be told the same day and "
              "will come home from his rotation. Until he is home, Ruby and Alfie will stay with Dawn at 3 "
              "Birch Grove, and the CMHT duty worker will see Kerry within 24 hours."),
        ("h1", "6. Meetings"),
        ("p", "Core group every 4 weeks at Gelderholme Academy, 1.30pm: 31/03/2026, 28/04/2026, 26/05/2026. Next "
              "review child protection conference: Tuesday 09/06/2026, 10am, Gelderholme Civic Offices."),
    ],
    "findings": [
        F("H001", "Continue care coordination for Kerry and support her"),
        F("T002", "Stay overnight at the family home when Steve is working away"),
        F("T001", "Young carers assessment with Ruby about the jobs"),
        F("W001", "Write a relapse and crisis plan with Kerry and Steve"),
        F("M002", "Check Ruby's attendance and punctuality each morning"),
        F("T002", "Arrange a family network meeting to agree who else"),
        F("M001", "Health visitor review of Alfie's speech and development"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Family copy written to the parents: numbered sentences, each with the
#    owner, the timescale and the check inside the sentence ("Every other
#    Tuesday, starting 10 March, Mark will...", "In w/c 9 March the school
#    nurse will...") (md, exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b57_gollinghurst_family_copy_timed_sentences_fairweather.md",
    "split": "tune",
    "actions": 11,
    "template": "icpc-family-copy-md-written-to-parents-you-and-we-short-sections-then-numbered-sentences-owner-timescale-and-check-inside-each-sentence-if-things-go-wrong-bullets-meeting-dates",
    "description": (
        "Initial conference plan written to the parents of a 12-year-old and an 8-year-old (physical "
        "chastisement by the father with a belt). Each numbered sentence carries its own owner, timescale "
        "and check, with the timescale written every way: 'every week until the review conference', "
        "'within 2 weeks of conference (by Thursday 19 March)', 'every other Tuesday, starting 10 "
        "March', 'every Monday morning in tutor time', 'in w/c 9 March', 'by the end of March', 'before "
        "the Easter holidays (by Friday 27 March)', 'at every visit', 'in w/c 23 March', 'every "
        "Thursday for eight weeks from 12 March'. Ages, 'Year 7', 'since 2024' and a January breakage "
        "are history, not timescales. Contingency with the uncle's house and police, dates and legal "
        "step set. Exemplary."
    ),
    "text": """\
# Leo and Isla's Child Protection Plan

**Gollinghurst Council – Children and Young People's Services – Safeguarding Team South**

Dear Danielle and Mark,

This is the plan we agreed at the initial child protection conference on
Thursday 5 March 2026. I have written it to you both, in the words we used
in the meeting, so you know exactly what each person is going to do and when.
If anything in it is not clear, ring me on 01632 960 417.

Amira Shah, Social Worker

## Who the plan is for

- **Leo Fairweather**, 12 (he turned 12 in January), Year 7 at Gollinghurst High School
- **Isla Fairweather**, 8, Year 3 at Fernlea Primary School
- Mum, **Danielle Fairweather** (38), and Dad, **Mark Fairweather** (41), 9 Quarry Bank, Gollinghurst

Category: physical abuse. Chair: Rosalind Akinyemi.

## Why there is a plan

On 16 February Leo's PE teacher saw three long bruises on the back of his legs.
Leo said his dad had hit him with a belt because he had been rude to his mum.
Mark told the police and the conference that he had "lost it" and that he
was smacked as a child and "turned out fine". Leo says it has happened
"a few times" since 2024, and that Isla has seen it. Mark accepted a police
caution on 20 February. Danielle said she had asked Mark to stop but did not
know what else to do.

There are no concerns about alcohol or drugs in the house.

## What is going well

- You both came to conference and listened, and Mark said he wants to learn to deal with his temper differently.
- Leo and Isla are well cared for in every other way: they are fed, clean, in school and doing well.
- Danielle has already said that if Mark ever hits the children again she will ask him to leave.

## What Leo and Isla told us

Leo told me on 23 February: "I don't mind being told off. I just don't want
the belt. I'm scared when Dad goes quiet because then it's bad." He said he
loves going to football with his dad on Saturdays and does not want him to
move out. He gave home a 4 out of 10 for feeling safe.

Isla told her teacher: "When Leo gets hit I go in my room and put my hands
on my ears." She drew the family with everyone smiling "after Dad says sorry"
and said she would like Mum and Dad "to not shout at teatime".

## What we want for Leo and Isla

- Leo and Isla are not hit, smacked or hurt by anyone at home.
- Leo and Isla are told off calmly, with rules they understand, and they say home feels safe (7 out of 10 or higher).
- Leo and Isla each have an adult at school they can tell if anything happens, and they know they will be listened to.

## What will happen

1. Amira (social worker) will see Leo and Isla at home every week until the review conference, seeing each of them on their own at least once a fortnight, and will write down what they tell her in her visit notes.
2. Within 2 weeks of conference (by Thursday 19 March), Amira will write a family safety plan with you both saying what Mark will do instead of hitting when he is angry, and Leo, Isla and each of you will get a copy to keep.
3. Every other Tuesday evening, starting 10 March, Mark will go to the Calmer Parenting group at Hythe Road Family Centre; Sian Lloyd, the group worker, will send Amira the attendance sheet after each session and a report before the review conference on whether Mark is using what he has learned.
4. Mr Okoro, Leo's head of year at Gollinghurst High, will check in with Leo every Monday morning in tutor time and tell Amira the same day about anything Leo says about home, writing it on the school's safeguarding log.
5. Ms Grant, the DSL at Fernlea Primary, will open Isla's worry box with her every Friday afternoon and tell Amira the same day if Isla has posted anything about home; the worry notes will be kept on Isla's school file.
6. In w/c 9 March the school nurse, Gemma Rhodes, will do Leo's health check (height, weight, sleep and mood) and send the results to Amira and to Dr Verma at Quarry Bank Surgery.
7. Danielle will take Isla to the optician by the end of March, as her glasses broke in January, and show Amira the new glasses at the next home visit after that.
8. Before the Easter holidays (by Friday 27 March), Amira will introduce Leo to Jess Doherty from the Gollinghurst Young People's Service, who will then see him once a fortnight for six sessions about feeling safe and what he would like to change, and write a short note of each session for Amira.
9. At every visit, Amira will ask Leo and Isla to score "how safe home feels" from 0 to 10 and will record the scores, so that we can all see whether things are getting better for them.
10. In w/c 23 March, Danielle and Mark will sit down with Amira and Kerry Blythe (family support worker) and write the house rules and what happens when they are broken; the rules will go on the fridge and Kerry will check at each of her visits that they are being used.
11. Kerry Blythe (family support worker) will come every Thursday at 4pm for eight weeks from 12 March, around homework and tea time, and help you plan a calm evening routine; she will write down how each evening went and how Mark responded when the children did not do as they were told.

## If things go wrong

- If Leo or Isla have a mark or bruise, or tell anyone they have been hit, school will ring Amira (or the duty team) straight away and a strategy discussion will be held that day.
- Mark will then leave the house the same day and stay with his brother Dean at 5 Copse Lane until the police and children's services have finished their enquiries. If Mark will not leave, Danielle or Amira will call the police.
- If Dean cannot have Mark to stay, Mark will stay at the Gollinghurst Travelodge on Mill Road, paid for by children's services, and will not come back to the house until the strategy discussion says he can.
- If the children are hit again before the review conference, or Mark stops going to the Calmer Parenting group, Amira will ask her team manager for a legal planning meeting within 5 working days.

## Meetings

- Core group every three weeks on Thursdays at 3.45pm at Fernlea Primary: 19 March, 9 April, 30 April and 21 May 2026.
- Review child protection conference: Thursday 4 June 2026 at 10am, Gollinghurst Town Hall.

You are both part of the core group and we want you at every meeting.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Case-system print: each action a block of WHAT / WHO / WHEN / CHECK
#    lines under a bracketed number; WHEN holds dates, weekdays, "Weekly,
#    Tuesdays until review", "-", "ASAP", "Ongoing", "As and when" (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b57_gorringdale_case_print_what_who_when_check_tranter.txt",
    "split": "tune",
    "actions": 15,
    "template": "icpc-plan-case-system-print-txt-caps-sections-label-colon-details-then-bracketed-numbered-action-blocks-what-who-when-check-lines-contingency-and-meetings-text",
    "description": (
        "Initial conference plan printed from the case system for a 7-year-old and a 2-year-old (the "
        "mother's crack cocaine use, neglect, damp housing, the grandmother helping). Each of 15 actions "
        "is a block of WHAT / WHO / WHEN / CHECK lines; WHEN is written 'Weekly (Mon or Thu), first by "
        "12/03/26', 'Tests weekly; report before each core group', 'Mon, Wed and Fri', 'Every Friday "
        "night', 'Within 35 working days of ICPC (by 16/04/26)', 'Weekly, Tuesdays until review', 'w/c "
        "13/04/26'. Faults: two WHEN lines that are '-' or empty where the WHAT line has only an age or a "
        "past test (T001 x2), 'Ongoing', 'ASAP' and 'As and when' (T002 x3), a WHO of '-' (W001), 'Family' "
        "(W002), an assessment with no CHECK (M001), 'Improvement in home conditions' (M002); a contingency "
        "of 'further concerns' and 'consider next steps' (C002) that leaves out the grandmother's help "
        "failing (C003) and any legal step (R002)."
    ),
    "text": """\
GORRINGDALE CITY COUNCIL - CHILDREN'S SOCIAL CARE
CHILD PROTECTION PLAN                                  Printed: 03/03/2026 14:12
=============================================================================

Case ref ........: 40718823
Children ........: Harvey TRANTER (7) - Year 2, Brookhouse Primary
                   Mollie TRANTER (2 yrs 4 mths) - at home
Mother ..........: Sadie TRANTER (27)
Address .........: 58 Linnet Walk, Gorringdale
Father(s) .......: Harvey's father Jason Kerr, no contact since 2021;
                   Mollie's father not known
Conference ......: ICPC, Thursday 26/02/2026
Category ........: Neglect
Allocated SW ....: Carla Penrose, Safeguarding Team 4
Chair ...........: Moira Selby

-----------------------------------------------------------------------------
REASONS FOR THE PLAN
-----------------------------------------------------------------------------
Sadie has used crack cocaine since 2024 and told conference she uses "at
weekends and sometimes in the week". On 04/02/2026 police found Harvey (7)
looking after Mollie alone at 11pm; Sadie came back an hour later and said
she had "nipped to a friend's". There was little food in the flat. Mollie
has missed her 12-month and 18-month immunisations and has about 10 words.
Mollie's bedroom has black mould on two walls; the damp was first reported to
Gorringdale Homes in 2024. Sadie's mum, Brenda Tranter, lives in the next
block and has been collecting Harvey from school and having the children
over at weekends.

-----------------------------------------------------------------------------
CHILD'S VIEWS / LIVED EXPERIENCE
-----------------------------------------------------------------------------
Harvey (seen alone at school 19/02/2026): "When Mum goes out I give Mollie
her milk and put CBeebies on. I'm not allowed to open the door." He said he
likes Nana's because "she does fish fingers and I have my own bed there". He
put a sad face next to "night time" on his feelings chart.
Mollie: seen on three visits. She is a smiley toddler who goes to Harvey for
comfort rather than to Sadie, and ate two yoghurts quickly at the 19/02 visit.
Her nappy was heavy and her cot had no sheet.

-----------------------------------------------------------------------------
OUTCOMES FOR THE CHILDREN
-----------------------------------------------------------------------------
1. Harvey and Mollie are looked after by a sober adult every day and night,
   and Harvey is never left in charge of Mollie.
2. Mollie is up to date with her immunisations, her speech is checked and
   she is gaining words.
3. Both children sleep in a warm, dry room with clean bedding.
4. Harvey is in school on time every day and can say who he would tell if
   he was worried.

-----------------------------------------------------------------------------
ACTIONS (15)
-----------------------------------------------------------------------------
[01] WHAT : Unannounced home visits to see Harvey and Mollie, including their
            bedrooms and the kitchen cupboards
     WHO  : SW Carla Penrose
     WHEN : Weekly (Mon or Thu), first by 12/03/26
     CHECK: Visit record says what was seen and what Harvey said

[02] WHAT : Keywork with Sadie, oral fluid drug tests and a written report on
            her use and how it affects her care of Harvey and Mollie
     WHO  : Gorringdale Drug and Alcohol Service (keyworker Ravi Dhami)
     WHEN : Tests weekly; report before each core group
     CHECK: Test results and report sent to the SW

[03] WHAT : Speech and language referral for Mollie, who is 2 years 4 months
            and has about 10 words
     WHO  : HV Angela Prowse
     WHEN : -
     CHECK: Referral accepted letter on Mollie's HV record

[04] WHAT : Collect Harvey from school and give both children their tea at
            her flat
     WHO  : Brenda Tranter (MGM)
     WHEN : Mon, Wed and Fri
     CHECK: School pick-up book; SW rings Brenda each Friday

[05] WHAT : Have Harvey and Mollie to stay overnight at her flat
     WHO  : Brenda Tranter (MGM)
     WHEN : Every Friday night
     CHECK: Brenda's diary, seen by the SW at visits

[06] WHAT : Attend GDAS appointments and stop using crack cocaine
     WHO  : Sadie Tranter
     WHEN : Ongoing
     CHECK: Negative oral fluid tests

[07] WHAT : Take Mollie for her missed immunisations at Gorringdale Health
            Centre
     WHO  : Sadie Tranter
     WHEN : ASAP
     CHECK: Immunisations recorded in the red book

[08] WHAT : Complete the child and family assessment, including a parenting
            assessment of Sadie
     WHO  : SW Carla Penrose
     WHEN : Within 35 working days of ICPC (by 16/04/26)
     CHECK:

[09] WHAT : Report the damp and mould in Mollie's bedroom to Gorringdale
            Homes again and get a repair date
     WHO  : -
     WHEN : By 20/03/26
     CHECK: Repair date confirmed in writing by Gorringdale Homes

[10] WHAT : Help Sadie to get the flat clean and safe for Mollie, using a
            weekly cleaning plan
     WHO  : FSW Tina Marsh
     WHEN : Weekly, Tuesdays until review
     CHECK: Improvement in home conditions

[11] WHAT : Make sure Harvey gets to school on time every day with his
            reading book and PE kit
     WHO  : Family
     WHEN : Each school day
     CHECK: School attendance and late registers

[12] WHAT : ELSA sessions for Harvey about his feelings and what happens at
            night time
     WHO  : Mrs Yvonne Latham, ELSA, Brookhouse Primary
     WHEN : Weekly on Wednesdays from 11/03/26
     CHECK: ELSA notes shared with the SW

[13] WHAT : Funded 2-year-old nursery place for Mollie so that she is seen
            by another adult every weekday
     WHO  : SW Carla Penrose
     WHEN : Place to start w/c 13/04/26
     CHECK: Nursery register

[14] WHAT : Share with the SW any police call-outs to Linnet Walk and any
            information about the people visiting the flat
     WHO  : Gorringdale Police (MASH)
     WHEN : As and when
     CHECK: Each call-out emailed to the SW

[15] WHAT : Health check for Harvey including his hearing, last tested in
            Reception
     WHO  : School nurse (Aisling Byrne)
     WHEN :
     CHECK: Results sent to the SW and the GP

-----------------------------------------------------------------------------
CONTINGENCY
-----------------------------------------------------------------------------
If there are further concerns or the plan is not being followed, the SW will
call an early core group to review the plan and consider next steps.

-----------------------------------------------------------------------------
CORE GROUP AND REVIEW
-----------------------------------------------------------------------------
Core group: every 4 weeks - 12/03/2026, 09/04/2026, 07/05/2026 (10.00,
Brookhouse Primary).
Review child protection conference: 21/05/2026, 13.30, Gorringdale House.

--- End of print ---
""",
    "findings": [
        F("T001", "Speech and language referral for Mollie, who is 2 years"),
        F("T002", "Attend GDAS appointments and stop using crack cocaine"),
        F("T002", "Take Mollie for her missed immunisations"),
        F("M001", "Complete the child and family assessment, including a parenting"),
        F("W001", "Report the damp and mould in Mollie's bedroom"),
        F("M002", "Help Sadie to get the flat clean and safe"),
        F("W002", "Make sure Harvey gets to school on time"),
        F("T002", "Share with the SW any police call-outs"),
        F("T001", "Health check for Harvey including his hearing"),
        F("C002"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Short narrative summary of the plan sent to a young mother: one action a
#    sentence; time-like words in sentences that give no time for the action
#    ("he has not been since he was 2", "since 2024", "reported in November
#    2025") (txt, faults)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b57_grelston_narrative_summary_plain_sentences_bellamy.txt",
    "split": "tune",
    "actions": 10,
    "template": "cp-plan-summary-txt-narrative-to-mother-short-paragraphs-then-what-will-happen-one-action-a-sentence-then-meetings-no-outcomes-no-contingency",
    "description": (
        "Short plan summary, written as plain sentences to a 20-year-old mother of a 3-year-old (neglect). "
        "Ten one-sentence actions; time-like words that do not say when the action happens sit inside "
        "three of them ('he has not been since he was 2', 'a problem since 2024', 'reported in November "
        "2025'), and each of those has no timescale (T001 x3), one with no measure either (M001). Vague "
        "timescales 'as and when Kayla feels ready', 'in due course' in a passive sentence with no owner "
        "or measure, and 'when needed' with 'Kayla's family' as owner (T002 x3, W001, W002, M001 x2). No "
        "outcomes for Oscar (O001), no contingency (C001), no legal step (R002), the review conference "
        "'to be arranged' (R001)."
    ),
    "text": """\
Grelston District Council
Children and Families Service - Locality Team West

CHILD PROTECTION PLAN: OSCAR BELLAMY

Oscar Bellamy, age 3 (date of birth 11/09/2022)
Lives with: Kayla Bellamy (mum, 20), 3 Wharf Cottages, Grelston
Initial child protection conference: Tuesday 17 February 2026
Category: Neglect
Social worker: Jade Corrie

Dear Kayla,

This is a short summary of the plan agreed at conference, so you have it
in writing. The full minutes will follow from the conference team.

Why there is a plan

Oscar has been brought to nursery hungry and in the same clothes for several
days running, and twice in January he arrived without a coat in the snow.
When Jade visited on 28 January there was very little food in the house, the
kitchen was dirty and the window in Oscar's bedroom was broken and taped up
with cardboard. You told conference you find it hard to manage money and that
you feel on your own since your mum moved to Scotland. There are no concerns
about drugs or alcohol.

What Oscar has told us and what we have seen

Oscar told his key person at nursery, "Mummy's sleeping, I get my own
crisps." He loves the sand tray and the bikes, and he runs to you for a
cuddle when you collect him. At home he showed Jade his dinosaur and said
"my room is cold".

What will happen

Jade Corrie (social worker) will visit Oscar at home every Wednesday
afternoon and look at his room, the fridge and his clothes, writing what she
sees in her visit record.

Kayla will take Oscar to nursery every weekday morning by 9am, and the
nursery register will show the time he arrives.

Tiny Steps Nursery will ring Jade by 10am on any day Oscar is booked in and
does not arrive, and will keep a daily note of how he arrives (fed, clean,
dressed for the weather).

Jade will see Oscar at nursery once a fortnight, on his own with his key
person, and write down what he says and how he plays.

Kayla will take Oscar to the dentist, as he has not been since he was 2.

The health visitor, Mags Pennock, will do Oscar's development check as and
when Kayla feels ready, and share the results with Jade.

A referral will be made to the Grelston Parenting Together course in due
course.

Kayla will keep the kitchen and bathroom clean, which has been a problem
since 2024, and Jade will note how they look in her visit record.

Kayla's family will help her with shopping and money when needed.

Jade will ask Grelston Homes to mend the broken window in Oscar's bedroom,
which was reported in November 2025, and keep the repair ticket on file.

Meetings

The core group (you, Jade, Mags and the nursery manager) will meet every six
weeks at Tiny Steps Nursery. The review conference will be arranged by the
conference team and you will get a letter with the date.

If you have any questions, ring Jade on 01632 960 884.
""",
    "findings": [
        F("T001", "Kayla will take Oscar to the dentist"),
        F("M001", "Kayla will take Oscar to the dentist"),
        F("T002", "do Oscar's development check as and when Kayla feels ready"),
        F("W001", "A referral will be made to the Grelston Parenting Together"),
        F("T002", "A referral will be made to the Grelston Parenting Together"),
        F("M001", "A referral will be made to the Grelston Parenting Together"),
        F("T001", "Kayla will keep the kitchen and bathroom clean"),
        F("W002", "Kayla's family will help her with shopping and money"),
        F("T002", "Kayla's family will help her with shopping and money"),
        F("M001", "Kayla's family will help her with shopping and money"),
        F("T001", "Jade will ask Grelston Homes to mend the broken window"),
        F("O001"),
        F("C001"),
        F("R001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Initial conference plan for three children with a "By when" column
#    written every way (dates, "14th March", "w/c 16 March", "within 2 weeks
#    of conference", "every other Tuesday", "fortnightly until review",
#    "before the review conference"), actions grouped under outcome banner
#    rows merged across the table; paged PDF with header and footer
#    (exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b57_gulvercombe_icpc_by_when_outcome_banners_danso.pdf",
    "doc_title": "Child Protection Plan - Kofi, Ama and Esi Danso",
    "split": "tune",
    "actions": 16,
    "template": "icpc-plan-paged-portrait-kv-details-worries-strengths-childrens-voices-then-no-action-lead-person-by-when-how-we-will-know-table-with-outcome-banner-rows-merged-across-contingency-bullets-meetings",
    "description": (
        "Initial conference plan for a 13-year-old, an 8-year-old and a 5-month-old baby (the mother's "
        "postnatal depression, the father's drinking, arguments at night, the baby's weight dropping). "
        "Sixteen actions in one No. | Action | Lead person | By when | How we will know table, grouped "
        "under three outcome banner rows merged across the table. The By when column is written every "
        "way: 'Weekly until 23/04/26, then fortnightly until review', 'Every other Tuesday', 'By 14th "
        "March, then at each monthly review', 'Every Thursday for 6 weeks, from 19/03/26', 'w/c 16 "
        "March, then every 3 weeks', 'Each school morning', 'Within 2 weeks of conference (by "
        "26/03/26)', 'Same day', 'Before the review conference (by 28/05/26)'. Ages, 'Year 8', a missed "
        "check in November and 'since 2024' are history. The perinatal service reports on change, the "
        "alcohol service and GP own actions, the aunt's help has a fallback, dates and legal step set. "
        "Header and page footer on every page. Exemplary."
    ),
    "header": "RESTRICTED – Gulvercombe County Council – Children's Services",
    "footer": "Danso children – child protection plan agreed 12/03/2026 – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Initial Child Protection Conference – Thursday 12 March 2026 – Gulvercombe Civic Centre"),
        ("kv", [
            ("Children", "Kofi Danso (13), Year 8, Gulvercombe Academy; Ama Danso (8), Year 4, St Wilfrid's "
                         "Primary; Esi Danso (5 months)"),
            ("Parents", "Abena Danso (34) and Kwabena Danso (37), 12 Tanners Lane, Gulvercombe"),
            ("Category", "Neglect (all three children)"),
            ("Social worker", "Tomasz Wrobel, Gulvercombe East Safeguarding Team"),
            ("Chair", "Philippa Grange, Independent Reviewing and Conference Service"),
        ]),
        ("h1", "Why the children need a plan"),
        ("p", "Abena has had postnatal depression since Esi was born in October 2025. She is on sertraline "
              "from her GP and was referred to the Gulvercombe Perinatal Mental Health Service in February. "
              "She told conference she spends most days in bed and that Kofi often gives Esi her bottles "
              "after school. Esi's 6-8 week check was missed in November; at 4 months she had dropped from "
              "the 50th to the 9th centile for weight."),
        ("p", "Kwabena has drunk heavily since 2024, when he lost his job; he says he drinks \"a bottle of "
              "vodka over two nights\". Neighbours have twice reported loud arguments after midnight, and on "
              "21/02/2026 Ama told her teacher she had been \"woken up by shouting and a door banging\". "
              "There has been no violence reported between the parents."),
        ("h1", "What is working well"),
        ("bullets", [
            "Abena and Kwabena both came to conference and both want help.",
            "Kofi and Ama are in school every day and both schools say they are polite and work hard.",
            "Abena's sister, Efua Mensah, lives ten minutes away and has offered to help at weekends.",
        ]),
        ("h1", "What the children say and what we see"),
        ("p", "Kofi (seen alone at school, 05/03/2026): \"I don't mind doing Esi's bottles but I'm tired in "
              "lessons. When Dad's been drinking him and Mum argue and I put my headphones on.\" He gave "
              "home a 5 out of 10 and said it would be a 10 \"if Dad stopped the vodka and Mum got up\"."),
        ("p", "Ama (seen alone at school, 05/03/2026) said she likes her bedroom \"because it's pink\" but "
              "does not like night time \"when the shouting starts\". She wants to go to Auntie Efua's "
              "\"every Saturday for pancakes\"."),
        ("p", "Esi was seen on three visits. She is a quiet baby who cries little; she was in the same "
              "sleepsuit on two visits a day apart. She brightens and kicks when Kofi talks to her, and "
              "she fed well when Efua gave her a bottle during the 04/03 visit."),
        ("h1", "The plan"),
        ("table", {
            "header": ["No.", "Action", "Lead person", "By when", "How we will know it's working"],
            "widths": [1.2, 5.2, 3.4, 3.3, 3.9],
            "rows": [
                ["Outcome 1: Esi is fed, warm and growing, and is cared for day and night by a parent who can "
                 "notice and meet her needs.", H, H, H, H],
                ["1",
                 "Weigh Esi and check her feeding, where she sleeps and her development",
                 "HV Bernadette Quaye",
                 "Weekly until 23/04/26, then fortnightly until review",
                 "Weight plotted in the red book, back to the 25th centile or above by the review"],
                ["2",
                 "Assess how Abena's mood is affecting her care of Esi and report on whether she is making "
                 "the changes needed, and the likely timescale",
                 "Dr Imogen Rawle, Gulvercombe Perinatal Mental Health Service",
                 "Every other Tuesday (clinic); written report before each core group",
                 "Report received by the SW before each core group and shared with the parents"],
                ["3",
                 "Review Abena's antidepressant with her so that she is well enough to feed and settle Esi, "
                 "and tell the SW and the perinatal service of any change",
                 "Dr Kwesi Owusu, GP, Hadley Road Surgery",
                 "By 14th March, then at each monthly review",
                 "GP letter to the SW after each review"],
                ["4",
                 "Go with Abena and Esi to the baby massage group at Tanners Lane Children's Centre",
                 "Nicola Brent, family support worker",
                 "Every Thursday for 6 weeks, from 19/03/26",
                 "Group register; FSW notes on how Abena and Esi respond to each other"],
                ["5",
                 "Do Esi's night feeds on Friday and Saturday nights so Abena can sleep",
                 "Efua Mensah (maternal aunt)",
                 "Every Friday and Saturday night until the review",
                 "Efua fills in the feed chart on the fridge; SW checks it at each visit"],
                ["Outcome 2: Kofi and Ama live in a calm home where nobody is drunk or shouting at night, and "
                 "they are not caring for Esi or their mum.", H, H, H, H],
                ["6",
                 "Alcohol assessment, key-work and breath tests with Kwabena, and a written report on his "
                 "drinking and what it means for the children",
                 "Lee Fairclough, Recover Well (Gulvercombe alcohol service)",
                 "Assessment by 27/03/26; key-work and tests weekly after that",
                 "Report to the SW within 10 days of the assessment; test results at each core group"],
                ["7",
                 "Drink no alcohol on any day he is looking after the children on his own, and take a breath "
                 "test on the Recover Well app at 6pm each of those days",
                 "Kwabena Danso",
                 "Daily from 16/03/26",
                 "Breath test results sent to the SW through the app; all readings zero"],
                ["8",
                 "Visit the home, see Kofi and Ama on their own, and look at where Esi sleeps and what food "
                 "is in",
                 "SW Tomasz Wrobel",
                 "Weekly until the review conference; at least one visit in three unannounced",
                 "Visit notes record what Kofi and Ama say and what was seen"],
                ["9",
                 "Direct work with Kofi about the arguments at home and the jobs he does for Esi, using his "
                 "mood meter app",
                 "SW Tomasz Wrobel",
                 "w/c 16 March, then every 3 weeks",
                 "Kofi's mood meter scores and his own words written into each visit note"],
                ["10",
                 "Check in with Kofi at registration and tell the SW if he seems tired, hungry or upset",
                 "Mr Samir Haddad, Head of Year 8, Gulvercombe Academy",
                 "Each school morning",
                 "Daily entry on the school safeguarding log; weekly summary emailed to the SW"],
                ["11",
                 "ELSA sessions with Ama about her feelings and her worries at night",
                 "Mrs Fiona Tait, ELSA, St Wilfrid's Primary",
                 "Every Wednesday, 6 sessions from 18/03/26",
                 "ELSA session record; Ama's feelings scale at the first and last session"],
                ["12",
                 "Write a safety plan with Kofi and Ama saying who they can call and where they can go if "
                 "there is shouting or Dad is drunk at night",
                 "SW Tomasz Wrobel",
                 "Within 2 weeks of conference (by 26/03/26)",
                 "Safety plan in the children's own words; copies kept by Kofi, Ama and both schools"],
                ["13",
                 "Have Kofi and Ama at her house on Saturdays from 10am to 4pm so they have time away from home",
                 "Efua Mensah (maternal aunt)",
                 "Every Saturday until the review",
                 "Efua texts the SW each Saturday when the children arrive and leave"],
                ["Outcome 3: The adults around the children notice early if Abena's mood dips or Kwabena "
                 "drinks, and act the same day so the children are safe.", H, H, H, H],
                ["14",
                 "Write an early warning signs plan with Abena and Kwabena saying what everyone will look "
                 "out for, and give it to everyone in the core group",
                 "SW Tomasz Wrobel",
                 "By the first core group (26/03/26)",
                 "Signed plan on file and copies given to the HV, both schools and Efua"],
                ["15",
                 "Tell the SW of any missed appointment, any sign of drinking or of Abena's mood dipping",
                 "HV Bernadette Quaye (lead), with each school's DSL",
                 "Same day",
                 "Each call logged on the children's files by the SW"],
                ["16",
                 "Complete the child and family assessment, with the children's views and a parenting "
                 "assessment of both parents",
                 "SW Tomasz Wrobel",
                 "Before the review conference (by 28/05/26)",
                 "Report shared with Abena, Kwabena and the core group 3 working days before the review"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Kwabena is drunk while looking after the children, or a breath test on a caring day is over "
            "zero, he will leave the house that evening and stay with his cousin Yaw at 40 Kiln Street; the "
            "SW (or the emergency duty team) will hold a strategy discussion the same day.",
            "If Abena shows the early warning signs in her plan, or the perinatal service says her mood has "
            "dropped, the perinatal crisis team will see her within 24 hours and Efua will stay at the house "
            "so that Esi is never left alone in Abena's care.",
            "If Efua cannot do the nights or the Saturdays (because she is ill, away or it is too much for "
            "her), the SW will arrange two nights a week of help from the Gulvercombe Family Night Support "
            "service from the next weekend, and Kofi and Ama will go to the Saturday club at Tanners Lane "
            "Children's Centre.",
            "If Esi's weight falls below the 9th centile again, or Kwabena is drunk while caring for the "
            "children twice before the review conference, the SW will ask the team manager for a legal "
            "planning meeting within 5 working days.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks, Thursdays at 10am, Tanners Lane Children's Centre: 26/03/2026, "
            "23/04/2026 and 21/05/2026.",
            "Review child protection conference: Thursday 04/06/2026, 2pm, Gulvercombe Civic Centre.",
        ]),
    ],
    "findings": [],
})
