"""Batch 14, module 2: seven fictional plans (tuning material).

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.
Five of the seven are exemplary plans in unusual layouts; two are mostly good
plans with two realistic faults each.
"""
from build_batch5 import F, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Review conference record: numbered decisions, then the plan as a
#    two-column table (area label | long narrative). PDF with header and
#    footer. Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b14_zandercombe_rcpc_decisions_two_column_faraday.pdf",
    "doc_title": "Review Child Protection Conference - Riley and Esme Faraday",
    "split": "tune",
    "template": "rcpc-record-decisions-then-two-column-area-narrative-paged",
    "description": (
        "Exemplary review conference record for two children (neglect; mother's alcohol misuse, in "
        "recovery): progress, the children's words, numbered conference decisions, then the plan as a "
        "two-column table whose right-hand cell is a long narrative holding owner, timescale and measure. "
        "Recovery service owns testing, grandfather's school run has a named fallback, legal planning "
        "meeting named; header and 'Page N of M' footer on every page."
    ),
    "header": "OFFICIAL-SENSITIVE | Zandercombe Council Children's Services | RCPC record ZC/CP/25/0912",
    "footer": "Faraday – review conference 14/05/2025 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Review Child Protection Conference"),
        ("p", "Record of progress, decisions and the child protection plan"),
        ("kv", [
            ("Children", "Riley Faraday, born 02/02/2018 (7); Esme Faraday, born 19/10/2021 (3)"),
            ("Address", "22 Larkhill Close, Zandercombe"),
            ("Mother", "Leanne Faraday (31). The children's father has had no contact since 2022."),
            ("Conference", "Review child protection conference, 14/05/2025, Zandercombe Civic Offices"),
            ("Chair", "Mandeep Gill, Child Protection Chair"),
            ("Social worker", "Yvonne Carr, Family Safeguarding Team, Zandercombe Children's Services"),
            ("Category", "Neglect"),
        ]),
        ("h1", "1. Progress since the initial conference on 19/02/2025"),
        ("p", "Leanne has gone to Zandercombe Recovery Service every week since early March. She had one "
              "lapse, on 29 March, when Riley rang his grandad at 9pm because he could not wake her; since "
              "2 April every breath test has read zero. Riley's attendance has risen from 81% to 93%. "
              "Esme's nursery attendance is better, but she was collected late three times in April, on "
              "mornings when Leanne had started work at 7am. The kitchen has been clean and stocked at the "
              "last four visits. Leanne told conference she wants to keep going \"for the kids, not for you "
              "lot\" and agreed every part of the plan below."),
        ("h1", "2. What Riley and Esme have told us"),
        ("p", "Riley, seen on his own at school on 6 May, said home is \"better now because Mum isn't poorly "
              "in the evenings\". He said the night he could not wake her he was \"really scared\" and hid "
              "the phone under his pillow afterwards in case he needed it again. He likes Grandad doing the "
              "school run because \"he lets me press the button at the crossing\". He wants to keep living "
              "with his mum and Esme, and wants \"no more wine in the fridge, ever\". Esme, seen at home on "
              "8 May and at nursery on 12 May, chatted about her doll Poppy, ran to Leanne at home time, and "
              "showed the social worker her bed and her bedtime book."),
        ("h1", "3. Decisions of the conference"),
        ("numbers", [
            "Riley and Esme remain subject to child protection plans under the category of neglect.",
            "The plan in section 5 replaces the plan made at the initial conference.",
            "Core group meetings: every four weeks; the dates are in section 7.",
            "Next review child protection conference: 13/08/2025, 10am, Zandercombe Civic Offices.",
        ]),
        ("h1", "4. What we want for Riley and Esme"),
        ("bullets", [
            "Riley and Esme are looked after every evening and night by an adult who is sober and awake "
            "enough to answer them.",
            "Both children get to school and nursery on time, fed and in clean clothes, and are collected "
            "on time.",
            "Riley stops worrying about his mum at night and has things to look forward to, like his "
            "Saturday swimming.",
        ]),
        ("h1", "5. The child protection plan"),
        ("p", "Each box on the right says who will do what, when, and how we will know it is working."),
        ("table", {
            "header": ["Area", "What will happen"],
            "widths": [3.8, 13.2],
            "bold_first_col": True,
            "rows": [
                ["Seeing Riley and Esme",
                 "Yvonne Carr (SW) will visit the family at home at least every ten working days, with one "
                 "visit in three unannounced. She will see Riley on his own at each visit and Esme at home or "
                 "at nursery. Her visit notes will record what Riley says, what Esme is doing and whether "
                 "there is food in the cupboards, and she will bring them to each core group."],
                ["Leanne's drinking",
                 "Leanne will go to her Wednesday morning group at Zandercombe Recovery Service every week. "
                 "Her recovery worker, Tariq Bell, will breath-test her at each session and on two unannounced "
                 "home visits a month, and will write to the SW before every core group with the results and "
                 "his view of whether Leanne is staying sober enough to care for Riley and Esme. We will know "
                 "this is working when every test reads zero."],
                ["Mornings when Mum starts early",
                 "Derek Faraday (grandad) will come to Larkhill Close at 8.15am on Mondays and Tuesdays, the "
                 "days Leanne starts work at 7am, and take Riley to school and Esme to nursery, starting on "
                 "19/05/2025. The St Aldhelm's register and the Little Wrens sign-in book will show both "
                 "children in by 9am on those days."],
                ["Esme's health and growing",
                 "Nadia Rowe, health visitor, will do Esme's overdue two-and-a-half-year review at home by "
                 "13/06/2025 and send the SW Esme's ASQ-3 scores, weight and height. She will then weigh Esme "
                 "at clinic every six weeks until the review conference; the weight chart should show Esme "
                 "staying on or above the 25th centile."],
                ["Riley at school",
                 "Mr Sam Obi, designated safeguarding lead at St Aldhelm's Primary, will have a short "
                 "check-in with Riley every Monday morning and will tell the SW the same day about anything "
                 "Riley says about home, lateness or hunger. His check-in log will go to each core group."],
                ["Routines at home",
                 "Gemma Lusk, family support worker, will do six weekly sessions with Leanne at home from "
                 "20/05/2025 on teatimes, bedtimes and getting the children ready in the morning. She will "
                 "score the home conditions tool at the first and sixth sessions, aiming for 4 or more in "
                 "every area, and Riley's bedtime chart on the fridge should show him in bed by 8pm on "
                 "school nights."],
                ["No alcohol in the house",
                 "From 14/05/2025 Leanne will keep no alcohol in the house. She has agreed that Yvonne and "
                 "Tariq may look in the fridge, cupboards and recycling at every visit, and their visit notes "
                 "will record whether any alcohol was found."],
            ],
        }),
        ("h1", "6. If things go wrong"),
        ("p", "If a breath test is positive, if Leanne is found to have been drinking while she is caring for "
              "Riley and Esme, or if either child is not collected from school or nursery, the SW (or the "
              "emergency duty team out of hours) will visit the same day. Riley and Esme will go to stay with "
              "Derek Faraday at 9 Kestrel Rise, which Leanne has agreed to, and a strategy discussion will be "
              "held within 24 hours."),
        ("p", "If Derek cannot do a Monday or Tuesday school run, Leanne's sister Claire Dunning has agreed "
              "to do it, and the SW will ring the school and nursery by 9.30am that day to check both "
              "children arrived. If neither Derek nor Claire can look after the children after a lapse, the "
              "SW will arrange for Riley and Esme to stay together with Zandercombe foster carers the same "
              "day."),
        ("p", "If Leanne has another lapse, or by the review conference on 13/08/2025 the breath tests and the "
              "children's attendance have not held steady, the team manager will request a legal planning "
              "meeting within 5 working days to consider starting the Public Law Outline."),
        ("h1", "7. Meetings"),
        ("bullets", [
            "Core group: every four weeks, 3.30pm at St Aldhelm's Primary – 28/05/2025, 25/06/2025 and "
            "23/07/2025.",
            "Review child protection conference: 13/08/2025, 10am, Zandercombe Civic Offices.",
        ]),
        ("p", "Plan agreed at conference by Leanne Faraday (mother), Yvonne Carr (social worker) and "
              "Mandeep Gill (chair)."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. "Now / Next / Later" plan: owners in many places (start of sentence,
#    after a dash, in square brackets), timescales in the banner and in the
#    bullet (docx). Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b14_zelworth_now_next_later_lindqvist.docx",
    "doc_title": "Saga and Oskar's plan - Now, Next and Later",
    "split": "tune",
    "template": "now-next-later-phased-bullets-owner-anywhere",
    "description": (
        "Exemplary initial plan for a 4-year-old and a baby (domestic abuse by their father, now on bail; "
        "mother's postnatal depression) set out as Now / Next / Later bullets. Owners are written at the "
        "start, after a dash or in square brackets; every bullet keeps its own timescale and observable "
        "measure; perinatal psychiatrist asked for a view on capacity to change; grandmother's mornings "
        "have a fallback; legal planning meeting named."
    ),
    "blocks": [
        ("title", "Saga and Oskar's plan: Now, Next and Later"),
        ("p", "Zelworth Children's Services – child protection plan agreed at the initial child protection "
              "conference on 21 May 2025 (category: emotional abuse)."),
        ("kv", [
            ("Children", "Saga Lindqvist (4, born 11/03/2021) and Oskar Lindqvist (9 months, born 02/08/2024)"),
            ("Living with", "Hanna Lindqvist (mum), 5 Fenwick Road, Zelworth"),
            ("Father", "Mark Keane – on police bail not to contact Hanna or come to Fenwick Road"),
        ]),
        ("h2", "People in this plan"),
        ("bullets", [
            "Kerry Todd – social worker, Zelworth Children's Services",
            "Jo Marsh – health visitor",
            "Lorna Hale – Saga's key person at Bumblebee Nursery",
            "Rachel Stone – IDVA, Zelworth Domestic Abuse Service",
            "Dr Priya Menon – consultant perinatal psychiatrist, Zelworth Perinatal Mental Health Team",
            "DC Dan Fry – Zelworth Police domestic abuse unit",
            "Birgitta Lindqvist – Hanna's mum, called Mormor by the children",
        ]),
        ("h2", "Why there is a plan"),
        ("p", "On 12 May 2025 Mark held Hanna by the neck in the kitchen while Saga watched and Oskar was in "
              "his cot. Hanna has postnatal depression, diagnosed in January. She told Jo she sometimes stays "
              "in bed until the afternoon, and Saga gets herself crisps for breakfast. Oskar has dropped from "
              "the 50th to the 25th centile since March."),
        ("h2", "What Saga says, and how Oskar is"),
        ("p", "Saga told Kerry at nursery on 19 May: \"Daddy squeezed Mummy's neck and she went a funny "
              "colour.\" She hid behind the sofa with her rabbit, Bun-Bun. She wants \"Daddy to say sorry\" "
              "and \"Mummy to get up and play\". She likes nursery \"because of the sand and Lorna\". Oskar "
              "was seen at home at 11am on 20 May: he smiled and reached for Hanna and was warm and clean, "
              "but his nappy was heavy and he fed hungrily as soon as Hanna gave him a bottle."),
        ("h2", "What we want for Saga and Oskar"),
        ("bullets", [
            "Saga and Oskar live without violence and are not frightened in their own home.",
            "Oskar is fed, changed and played with through the day by a mum who is well enough to get up "
            "and respond to him, and he grows back along his centile.",
            "Saga gets to nursery for every session she is booked for, having had breakfast, and can tell "
            "Lorna how she is feeling.",
        ]),
        ("h1", "NOW – the next two weeks (by 6 June 2025)"),
        ("bullets", [
            "Kerry will visit Saga, Oskar and Hanna at home twice a week until the first core group on "
            "12 June, at least one visit in each week unannounced; her visit notes will show both children "
            "seen and what Saga said.",
            "Safety planning – Rachel (IDVA) will meet Hanna by 28 May to complete a DASH risk assessment "
            "and a written safety plan, and will send Kerry a copy for the children's file.",
            "New locks on the front and back doors through the Sanctuary Scheme – Hanna, by 30 May; Kerry "
            "will see the new locks at her next visit.",
            "An urgent assessment of Hanna with Dr Menon by 4 June; Dr Menon will write to Kerry with the "
            "treatment she is offering and her first view of whether, and how quickly, Hanna can get well "
            "enough to care for Oskar and Saga on her own.",
            "DC Fry will tell Kerry within 24 hours of any report that Mark has broken his bail, and the "
            "police log will show each report and what was done about it.",
        ]),
        ("h1", "NEXT – June and July 2025"),
        ("bullets", [
            "Every two weeks, weigh Oskar at home [Jo Marsh, HV]; the chart in his red book should show "
            "him back on the 50th centile by the end of July.",
            "Dr Menon will see Hanna every two weeks and write to Kerry before every core group. By 18 July "
            "she will give a written view on whether Hanna can make the changes Saga and Oskar need, the "
            "steps needed and how long they are likely to take.",
            "Lorna will write in Saga's home–nursery book every day Saga attends and ring Kerry the same day "
            "if Saga arrives hungry, upset or after 9.30am; the nursery register should show Saga in for at "
            "least 9 of her 10 sessions each fortnight.",
            "Mormor (Birgitta) will come to the flat at 8am on Mondays, Wednesdays and Fridays from 2 June "
            "to help get the children up, give them breakfast and walk Saga to nursery, and will sign the "
            "visit sheet on the fridge each time.",
            "The Freedom Programme, Tuesday mornings for 12 weeks from 10 June [Hanna], so she can spot the "
            "signs of abuse and keep Saga and Oskar safe; the group leader will send Kerry an attendance "
            "record each month.",
        ]),
        ("h1", "LATER – by the review conference on 26 August 2025"),
        ("bullets", [
            "Kerry will do \"three houses\" with Saga in July, at nursery, and bring Saga's drawings and "
            "words to the review conference.",
            "Oskar's one-year review at home by 15 August – Jo Marsh (HV), who will send Kerry his ASQ-3 "
            "scores and weight.",
            "Hanna and Lorna will meet Saga's new school before the end of the summer term to agree a "
            "starting-school plan, and the school will have a written copy before Saga starts in "
            "September.",
        ]),
        ("h1", "If things go wrong"),
        ("p", "If Mark comes to the flat, rings or messages Hanna, or is seen near the nursery, Hanna or the "
              "nursery will ring 999 and then Kerry (or the emergency duty team out of hours). The police will "
              "attend and Kerry will hold a strategy discussion the same day."),
        ("p", "If Hanna lets Mark back into the flat, or Dr Menon tells Kerry that Hanna is too unwell to care "
              "for the children safely, Saga and Oskar will go to stay with Birgitta at 3 Alder Way, and Hanna "
              "will be offered a place with Oskar at the Zelworth mother and baby unit. If Birgitta cannot do "
              "a morning, Hanna will ring Kerry by 8.30am and the nursery's breakfast club will take Saga that "
              "day. If Birgitta cannot have the children when they need to leave home, Kerry will arrange for "
              "Saga and Oskar to be placed together with Zelworth foster carers the same day."),
        ("p", "If Mark returns to live with the family, or by the review conference Hanna still cannot get the "
              "children up and fed on the days Birgitta is not there, Kerry's team manager will request a "
              "legal planning meeting within 5 working days."),
        ("h1", "When we meet"),
        ("p", "Core group: every three weeks at 1.30pm at Bumblebee Nursery – 12 June, 3 July, 24 July and "
              "14 August 2025."),
        ("p", "Review child protection conference: 26 August 2025, 10am, Zelworth Town Hall."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Actions grouped under each worry statement, initials key at the top,
#    typed plain text (txt). Two faults: a CMHT row that only supports, and
#    a young carers' group place "when a place comes up".
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b14_zoddington_worry_groups_initials_haddow.txt",
    "split": "tune",
    "template": "worry-statement-groups-initials-key-txt",
    "description": (
        "Initial plan for a 14-year-old young carer and her 9-year-old brother (father's depression and "
        "prescribed co-codamol overuse), typed as plain text with each worry statement written out and "
        "its numbered actions underneath; owners are initials from a key. Mostly good: the CMHT care "
        "coordinator only supports the father, and the young carers' group place is 'when a place "
        "comes up'."
    ),
    "text": """\
ZODDINGTON BOROUGH COUNCIL - CHILDREN AND FAMILIES SERVICE
Locality Team East, Civic Hall Annexe, Zoddington

CHILD PROTECTION PLAN
Agreed at the initial child protection conference on 07/05/2025

Children:   Isla HADDOW, 14 (DOB 03/01/2011), Year 9, Zoddington Academy
            Callum HADDOW, 9 (DOB 22/08/2015), Year 4, Brook Lane Primary
Lives with: Graham HADDOW (dad, sole carer), 41 Mercer Street, Zoddington
            (the children's mum, Lorraine, died in 2021)
Category:   Neglect

WHO'S WHO - the initials used in this plan
  NB   Nadia Brandt, social worker, Locality Team East
  GH   Graham Haddow, dad
  HM   Helen Moss, Graham's sister ("Auntie Helen")
  RW   Rob Whelan, care coordinator, Zoddington Community Mental Health
       Team (CMHT)
  FA   Dr Femi Adeyinka, GP, Mercer Street Surgery
  KL   Karen Lowe, head of Year 9 and designated safeguarding lead,
       Zoddington Academy
  TP   Tom Price, designated safeguarding lead, Brook Lane Primary
  JK   Jas Kaur, Zoddington Young Carers

HOW THIS PLAN IS SET OUT
Each worry agreed at conference is written out in full, with the things
that need to happen about it underneath. Each numbered line says who will
do it, by when, and how we will know it has happened and made a
difference.

WHAT ISLA AND CALLUM HAVE TOLD US
Isla (seen on her own at school, 29/04/2025): "I don't mind doing stuff for
Dad, he's not well, but I'm tired all the time and I'm behind in
everything." The worst bit is "when he won't get up and Callum keeps asking
why". She would like "someone to help Dad properly" and to go back to
netball after school. She asked that nobody at school knows apart from
Mrs Lowe.
Callum (seen at home and at school, 30/04/2025) said Isla makes "the best
pasta" and that Dad "sleeps a lot, even in the day". He drew Dad in bed and
himself and Isla watching TV. He is hungry "sometimes at school because I
didn't have breakfast". He wants to go to Auntie Helen's more because "she
has a dog called Biscuit".

WHAT WE WANT FOR ISLA AND CALLUM
  - Isla gets to be 14, not Callum's carer: she goes to school every day,
    gets to netball, and a grown-up does the cooking and the school run.
  - Callum has breakfast and a hot tea every day, clean uniform, and gets
    to school on time.
  - Both children live with a dad who is awake and well enough to look
    after them, and they know who to tell if he isn't.

=========================================================================
WORRY 1
Isla is doing the cooking and shopping and getting Callum ready for school
when Dad is too low to get up. She has missed 31 sessions of school since
January, is falling behind, and says she is tired all the time.

What needs to happen:
  1.1  NB to visit 41 Mercer Street every 10 working days, at least one
       visit in three after school so that both children are in. She will
       see Isla and Callum on their own each time, and her visit notes will
       record what they say and who cooked the last meal.
  1.2  From 12/05/2025 GH will get Callum up, give him breakfast and walk
       him to Brook Lane for 8.45am every school day, so Isla can leave
       for her own school at 8.15. Brook Lane's register will show Callum
       in on time.
  1.3  KL - every Friday, email NB Isla's attendance for the week, and tell
       NB the same day about anything Isla says about home. Target: Isla's
       attendance at 90% or above by the end of the summer term
       (22/07/2025).
  1.4  JK will complete a young carer's assessment with Isla by 06/06/2025
       and send it to NB and GH. The assessment will list the caring Isla
       does now and which jobs other adults will take over.
  1.5  JK will invite Isla to the Thursday young carers' group when a place
       comes up, and the group register will show whether she goes.
  1.6  HM will come to the house on Wednesday and Saturday evenings from
       14/05/2025 to cook tea with the children and check that Graham is
       up. She will text NB after each visit to say how it went.

WORRY 2
Graham's depression has got much worse since he lost his job in January.
He stopped his antidepressants in February and has been taking more of his
prescribed co-codamol than he should, so on some days he is too drowsy to
look after Callum or to notice whether the children have eaten.

What needs to happen:
  2.1  RW will continue to see Graham fortnightly at home to support him
       with his low mood. His attendance at appointments will be recorded.
  2.2  FA will review Graham's antidepressant and his co-codamol by
       23/05/2025, move him to weekly prescriptions and write to NB with
       the new plan; the pharmacy's collection record will show one
       pick-up a week.
  2.3  GH will keep all his tablets in the locked box in the kitchen from
       12/05/2025, so that Isla is never the one giving him his medication,
       and will show NB the box and the pharmacy record at each visit.

WORRY 3
The house is cold, there is often no food in, and Callum has been coming
to school in dirty uniform and asking his friends for food.

What needs to happen:
  3.1  TP will give Callum a place at breakfast club every school day from
       12/05/2025 and note in his log each day whether he ate and whether
       his uniform was clean; the log will go to each core group.
  3.2  NB will refer the family to Zoddington Food Bank and the Household
       Support Fund by 16/05/2025 and help Graham put the gas and
       electricity on a payment plan by 30/05/2025. Her visit notes will
       show food in the cupboards and the heating working.
  3.3  GH will do a food shop every Friday, with Helen if he needs her, and
       the school uniform wash on Sundays; NB will see a stocked fridge and
       TP's log will show clean uniform on Mondays.

=========================================================================
IF THINGS GO WRONG
If Graham is found too drowsy or unwell to look after Callum, takes more
tablets than he has been prescribed, or Isla misses two days of school in
a week to look after the family, NB (or the emergency duty team out of
hours) will visit the same day and ask the CMHT crisis team to see Graham
that day. Isla and Callum will stay with Helen Moss at 4 Canal View while a
strategy discussion is held within 24 hours. If Helen cannot do a Wednesday
or Saturday evening she will tell NB by 2pm and NB or the duty social
worker will visit at teatime. If Helen cannot have the children when they
need to leave home, NB will arrange for Isla and Callum to stay together
with Zoddington foster carers the same day.
If by the review conference Isla's attendance is still below 85%, or
Graham has again been too drowsy to care for Callum, NB's team manager
will request a legal planning meeting within 5 working days.

MEETINGS
Core group: every 4 weeks, 4pm at Brook Lane Primary - 21/05/2025,
18/06/2025 and 16/07/2025.
Review child protection conference: 01/08/2025, 10am, Civic Hall.

Plan typed by N Brandt (SW) 09/05/2025. Copies to everyone named above.
""",
    "findings": [
        F("T002", "invite Isla to the Thursday young carers' group when a place"),
        F("H001", "continue to see Graham fortnightly at home to support him"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Health-visitor-led pre-birth plan: a contact schedule in date order,
#    When | What will happen | Who | What we will check and record. PDF
#    with header and footer. Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b14_zimmerby_hv_prebirth_contact_schedule_sowerby.pdf",
    "doc_title": "Pre-birth plan - Baby Sowerby",
    "split": "tune",
    "template": "hv-led-prebirth-when-first-contact-schedule-paged",
    "description": (
        "Exemplary pre-birth plan written by the named health visitor with the social worker (mother, a "
        "19-year-old care leaver with EUPD and self-harm; both parents use cannabis). The plan is a "
        "contact schedule in date order with the 'When' column first; the baby's world is observed; the "
        "perinatal team assesses capacity to change and the drug service tests; the former foster carer's "
        "nights have a named fallback; legal planning meeting named. Header and page footer."
    ),
    "header": "OFFICIAL-SENSITIVE | Zimmerby Community Health & Zimmerby Children's Services",
    "footer": "Pre-birth plan – Baby Sowerby – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Pre-birth Child Protection Plan"),
        ("p", "Drafted by the named health visitor, who leads the health contacts below, with the social "
              "worker, and agreed at the pre-birth initial child protection conference on 03/06/2025."),
        ("kv", [
            ("Unborn baby", "Baby Sowerby, due 14/08/2025 (30 weeks at conference)"),
            ("Mother", "Chloe Sowerby (19), care leaver, 7 Quarry Court, Zimmerby"),
            ("Father", "Aaron Pike (22), lives with Chloe"),
            ("Named health visitor", "Becky Lomax, Zimmerby Health Visiting Team (East)"),
            ("Social worker", "Owen Adebayo, Zimmerby Children's Services"),
            ("Category", "Neglect (risk of)"),
        ]),
        ("h1", "Why we are worried"),
        ("p", "Chloe has a diagnosis of emotionally unstable personality disorder and has self-harmed twice in "
              "the last year, most recently in March 2025 when she took an overdose after an argument with "
              "Aaron. Chloe and Aaron both smoke cannabis every day; Chloe says she has cut down to evenings "
              "since she found out she was pregnant. The flat has one bedroom, with black mould around the "
              "window, and there is nowhere safe for the baby to sleep yet."),
        ("h1", "What we know about the baby's world"),
        ("p", "At the 28-week check the baby was growing on the 10th centile, lower than at the 20-week scan; "
              "the midwife heard a strong heartbeat. At Becky's antenatal visit on 27 May the flat smelled "
              "strongly of cannabis, and the Moses basket Chloe had been given was in the hallway, full of "
              "washing. Chloe talks to her bump and has chosen the name Rosa if the baby is a girl; Aaron has "
              "painted a chest of drawers for the baby's clothes. Chloe said: \"I want her to have what I "
              "didn't – a mum who's there.\""),
        ("h1", "What we want for the baby"),
        ("bullets", [
            "The baby comes home to a warm, dry, smoke-free flat with a safe place to sleep, and is fed and "
            "changed by parents who are not under the influence of cannabis.",
            "The baby grows well, staying on or above her birth centile, and is seen by a health "
            "professional every week for her first eight weeks.",
            "The baby is never left with a parent who is in crisis, and there is always another safe adult "
            "she can go to.",
        ]),
        ("pagebreak",),
        ("h1", "The plan: contacts and actions in date order"),
        ("table", {
            "header": ["When", "What will happen", "Who", "What we will check and record"],
            "widths": [3.2, 5.6, 3.4, 4.8],
            "rows": [
                ["Weekly from 09/06/2025",
                 "Cannabis reduction sessions for Chloe and Aaron, so that the baby comes home to a smoke-free "
                 "flat, with a urine screen at each session",
                 "Kyle Brennan, Pathways (Zimmerby Drug and Alcohol Service)",
                 "Screen results sent to the SW before every core group; both parents' screens negative by "
                 "36 weeks"],
                ["By 17/06/2025, then monthly until 12 weeks after the birth",
                 "Assess Chloe's mental health in pregnancy, agree a written crisis plan with her, and assess "
                 "whether she can keep herself and the baby safe when she is distressed",
                 "Dr Sinead Farrell, Zimmerby Perinatal Mental Health Team",
                 "Written report on Chloe's capacity to change, the steps needed and the likely timescale, "
                 "sent to the core group by 25/07/2025; crisis plan copied to the SW and HV"],
                ["Every 2 weeks until the birth, then weekly",
                 "Home visits seeing Chloe and Aaron and the baby's sleeping space; after the birth, seeing the "
                 "baby awake",
                 "Owen Adebayo, SW",
                 "Visit notes record the baby's space, how each parent presented and, after the birth, how the "
                 "baby was fed and settled"],
                ["Every 2 weeks until the birth",
                 "Antenatal checks and growth scans, with a carbon monoxide reading at each appointment",
                 "Hayley Grant, safeguarding midwife",
                 "Growth plotted on the scan chart; CO readings sent to the SW and HV each month"],
                ["By 32 weeks (27/06/2025)",
                 "Antenatal home visit on safe sleep, feeding, crying and coping, and see where the baby will "
                 "sleep",
                 "Becky Lomax, HV",
                 "Safe sleep checklist signed by Chloe and Aaron; Moses basket set up in the bedroom away from "
                 "the damp wall"],
                ["By 31/07/2025",
                 "Treat the damp and repair the bedroom window",
                 "Paul Nkemelu, housing officer, Zimmerby Homes",
                 "Repair job closed on the housing system; no mould seen in the bedroom at Becky's next visit"],
                ["By 36 weeks (17/07/2025)",
                 "Write the birth and discharge plan, including who will be with Chloe and the baby on the ward "
                 "and at home for the first two weeks",
                 "Hayley Grant, safeguarding midwife, with the SW",
                 "Signed plan on the maternity record, copied to the SW, HV and emergency duty team"],
                ["First 14 nights after discharge",
                 "Stay overnight at the flat and help with night feeds",
                 "Margaret Hurst, Chloe's former foster carer",
                 "Night-feed chart on the fridge, checked by Becky and Owen at each visit"],
                ["Day 10–14 after the birth",
                 "New birth visit: weigh the baby, watch a feed and check safe sleep",
                 "Becky Lomax, HV",
                 "Weight in the red book; feed and sleep position recorded"],
                ["Weekly from the new birth visit until 8 weeks",
                 "Weigh the baby at home or at clinic, and ask Chloe about her mood using the EPDS at 2 and "
                 "6 weeks",
                 "Becky Lomax, HV",
                 "Weight stays on or above the birth centile; EPDS scores sent to the perinatal team and SW"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Chloe self-harms or tells anyone she is thinking of ending her life, or either parent is "
              "found under the influence of cannabis while caring for the baby, the person who finds out will "
              "ring the SW (or the emergency duty team) straight away. The SW will hold a strategy discussion "
              "the same day and the baby will stay with Margaret Hurst, who has been assessed and agreed. If "
              "Chloe needs admission, the perinatal team will offer a mother and baby unit bed."),
        ("p", "If Margaret cannot look after the baby or cannot do the overnight stays, the SW will arrange for "
              "the baby to be placed with approved Zimmerby foster carers the same day and will request a legal "
              "planning meeting. If by 36 weeks the screens are not negative, or the perinatal report says "
              "Chloe cannot yet keep the baby safe, the team manager will request a legal planning meeting "
              "(pre-proceedings) before the birth."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group: every 3 weeks – 19/06/2025, 10/07/2025 and 31/07/2025 – then within 10 working days "
            "of the birth.",
            "Review child protection conference: 28/08/2025, 2pm, Zimmerby Health Centre.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Letter to a 15-year-old about her plan, actions grouped under each
#    person ("Your mum has agreed to:") in plain words (md). Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b14_zulmarsh_letter_to_teenager_grouped_by_person_delaney.md",
    "split": "tune",
    "template": "letter-to-teenager-promises-grouped-by-person-md",
    "description": (
        "Exemplary plan written as a social worker's letter to a 15-year-old after her initial conference "
        "(physical abuse by her stepdad, who has left; self-harm; a 6-year-old brother). Actions are "
        "grouped under each person ('Your mum has agreed to:'), owners given once for the group or as a "
        "job title; plain-word timescales and measures; specific contingency with a fallback for the "
        "aunt's weekends; legal planning meeting explained."
    ),
    "text": """\
# Zulmarsh Council – Children's Services

Safeguarding and Family Support Team 3
Ferry House, 2 Ferry Lane, Zulmarsh

12 June 2025

Dear Tia,

Thank you for coming to the last part of the conference on Tuesday, and for
letting me read out what you wrote. You asked me to put the plan in
"normal words, not social work words", so this letter is the plan. Your
mum and everyone else named below has a copy too.

## Why there is a plan

You and Leo have child protection plans because on 28 May Gary hit you with
his belt and pushed you down the stairs, and you told Mrs Okafor that he
has hurt your mum before. Gary moved out that night. The police have
told him not to come to the house or contact you or your mum while they
investigate, and he can only see Leo at the family centre with a worker
there. Conference also heard about the cuts on your arms, which
you have been hiding since Easter.

## What you told us

You said you feel "safer with him gone but weird, like it's my fault the
house is quiet". You said cutting "lets the pressure out" when you can't
sleep. You want to stay living with Mum and Leo, you want to keep your
Saturday job at the bakery, and you don't want Leo "to grow up thinking
that's normal". Leo told me he misses his dad but "not the shouting", and
that his favourite thing is Saturday football with Auntie Michelle.

## What we are all aiming for

- You and Leo feel safe at home, and nobody hurts you, shouts at you or
  frightens you.
- You have people to talk to when things get bad, and you need to hurt
  yourself less and less.
- You keep going to school and to your bakery job and seeing your friends.
- Leo only sees his dad somewhere safe, with a worker there.

## Who has agreed to do what

### Me (Sophie, your social worker)

- I'll see you on your own every two weeks, starting the week of 16 June,
  wherever you choose (school, the library café or home). My notes will
  say that I saw you on your own and what you told me, and I'll read them
  back to you first so you can check them.
- I'll see Leo every two weeks too, at the same visits, and write in my
  notes how he is and what he tells me.
- By 27 June I'll ask Zulmarsh Voices for an advocate for you, if you want
  one; you should have had a call from them by the first core group.

### Your mum

Your mum has agreed to:

- keep Gary out of the house and away from you and Leo every day until the
  review conference, and ring 999 if he turns up. We'll know it's working
  if there are no police call-outs and you and Leo tell me at my visits
  that he hasn't been round.
- go to the Freedom Programme on Monday evenings for 12 weeks, starting on
  16 June, so she understands what happened and can keep you both safe;
  the group leader will send me her attendance every month.

### Gary

- Gary has agreed to start the Choices programme for men who have been
  violent at home on 24 June and go every Tuesday for 20 weeks. His worker
  there, Dev Patel, will send me a report each month saying whether he has
  been and what they think about the risk he poses.
- Leo will see his dad at Zulmarsh Family Centre every other Saturday
  morning from 21 June, supervised by the contact worker, Amira Nolan, who
  will write a note after each contact saying how Leo was.

### Your school

Mrs Okafor (head of Year 10, who you chose to tell) will:

- check in with you every Monday at break in her office, and ring me the
  same day if you tell her something worrying. She keeps a note of each
  check-in and you can read it.
- email me every Friday with the lessons you've missed that week, so we
  can spot quickly if things are getting harder.

### CAMHS

- Your CAMHS worker, Ellis Hartley, will see you by 20 June and then every
  week. At the first session he'll make a safety plan with you to keep on
  your phone, and before each core group he'll send me a short report
  (which he'll go through with you first) saying how often you've hurt
  yourself since the last one.

### The school nurse

- The school nurse will see you every Wednesday lunchtime from 18 June to
  check that any cuts are healing and change dressings, and will write it
  in your school health record.

### Auntie Michelle

- Michelle will pick you up from school at 3.15 every Friday and have you
  (and Leo, if he wants) to stay on Friday and Saturday nights. She'll
  text me every Sunday evening to say how the weekend went.

### Leo's school

- Mr Grant, Leo's class teacher, will ring me the same day if Leo says
  anything about Gary or comes in upset, and will send me Leo's attendance
  every two weeks.

## If things go wrong

If Gary comes to the house, messages you or your mum, or turns up at
either school, whoever sees it rings 999. The police will come, and I'll
talk to them the same day to agree what happens next (that's called a
strategy discussion). That night you and Leo would stay with Auntie
Michelle at 11 Harbour Row. If Michelle can't have you, I'll find a foster
carer who can look after you and Leo together that night, and make sure
you have your phone and your things.

If you hurt yourself badly enough to need A&E, or you tell Mrs Okafor or
Ellis that you want to end your life, they'll take you to A&E or ring 999,
and then ring me and your mum straight away; Ellis will see you within 24
hours.

If your mum lets Gary back into the house, or things haven't changed by
the review conference, my manager will ask for a legal planning meeting.
That's a meeting with the council's lawyers to decide whether we need to
ask a court to help keep you and Leo safe. I would always tell you first.

## Meetings

The core group (everyone above, your mum, and you if you want to come)
meets every four weeks, at 4pm so you don't miss lessons: 26 June,
24 July and 21 August 2025, at Ferry House. The review conference is on
9 September 2025 at 3.30pm. You can come to all of it or part of it, or
send me something to read out again.

If anything here is wrong or you want to change something, text me on
07700 900 418.

Take care,

Sophie Lindo
Social Worker
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Signs of Safety map with "What needs to happen" written as one sentence
#    each: who, by when and how we'll know (md). Two faults: the safety
#    network as owner, and "an improvement in her parenting" as a measure.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b14_zawnton_sos_one_sentence_steps_rushworth.md",
    "split": "tune",
    "template": "signs-of-safety-map-one-sentence-who-when-know-md",
    "description": (
        "Signs of Safety review plan for an 8-year-old and a 4-year-old (mother's weekend cocaine use; "
        "children left alone at night) whose next steps are written as one sentence each: who will do "
        "what, by when, and how we'll know. Mostly good: one step is owned by 'the safety network', and "
        "one measure is 'an improvement in her parenting'."
    ),
    "text": """\
# Zawnton Children's Services – Signs of Safety Child Protection Plan

**Children:** Ellie Rushworth (8) and Archie Rushworth (4)
**Mum:** Kirsty Rushworth (27), 16 Tannery Lane, Zawnton
**Plan agreed at:** review child protection conference, 29/05/2025
**Category:** Neglect
**Social worker:** Liam Hart

---

## What are we worried about?

**Danger statement.** Children's services, the police and Ellie's school are
worried that if Kirsty goes out and uses cocaine at weekends, Ellie and
Archie will be left at home at night without an adult, and Ellie will be
the one looking after Archie. On 15 March the police found them alone at
1am; Archie had a burn on his hand from the kettle that Ellie had tried to
use to make him a hot chocolate.

**Complicating factors.** Kirsty's friends who use with her live on the same
estate. Ellie's dad is in prison until 2026.

## What's working well?

- Since the initial conference Kirsty has not gone out on a weekend night
  without arranging for Nana Pauline or Auntie Stacey to stay.
- Kirsty's tests at Ridgeway Recovery were negative in April and May.
- Both children are warm, well fed and close to their mum.

## What the children say

Ellie did "three houses" with Liam at school on 20 May. In her house of
worries she drew "Archie's hand" and "Mum's friends being loud". In her
house of good things she drew Nana Pauline's cat and "Mum doing pancakes on
Sunday". In her house of dreams she wrote "Mum stays in at night and I
don't have to be the boss". Archie showed Liam the scar on his hand and
said "kettle hot, Ellie cried".

## Safety goals

- Every night, Ellie and Archie are looked after by an adult who is sober
  and awake.
- Ellie gets to be a child: she is not left in charge of Archie and she
  can tell her teacher she feels safe at home.
- Archie is safe from burns and accidents because an adult is watching
  him.

## Scaling (0 = the children can't stay at home, 10 = we can close)

Liam 5. Kirsty 8. Nana Pauline 7. Ellie's school 6.

## What needs to happen

1. Liam Hart (SW) will see Ellie and Archie every two weeks, with one visit
   in three on a Friday or Saturday evening without notice, and we'll know
   because his visit notes will say who was looking after them and what
   Ellie told him.
2. Kirsty will go to her weekly keywork session at Ridgeway Recovery every
   Thursday until the review conference, and we'll know because Ridgeway's
   attendance record will be sent to Liam each month.
3. Sara Lyle, Kirsty's worker at Ridgeway Recovery, will test Kirsty's
   urine at each weekly session and send Liam the results before every
   core group, and we'll know it is working when every result is negative
   for cocaine.
4. Nana Pauline Rushworth will have Ellie and Archie to stay at her house
   every Friday night from 6 June, and we'll know because she will sign
   the weekend diary and Ellie will tell Liam where she slept.
5. Auntie Stacey Rushworth will come to Tannery Lane by 8pm every Saturday
   and stay the night, and we'll know because she will sign the weekend
   diary and text Liam at 9pm.
6. The safety network will make sure there is always a sober adult in the
   house at weekends, and we'll know because the weekend diary will be
   filled in every Friday and Saturday.
7. Mrs Joanne Field, Ellie's class teacher, will check in with Ellie every
   Monday morning and ring Liam the same day if Ellie says she was left in
   charge, and we'll know because Ellie's Monday feelings sheet will be
   kept in her file.
8. Tasha Bright, Archie's key person at Little Owls Nursery, will ring Liam
   by 10am if Archie is not in on a Monday, and we'll know because the
   nursery register will show Archie at 90% or more of his sessions.
9. Kirsty will go to the Parenting Together course on Wednesday mornings
   for eight weeks from 11 June, and we'll know it is making a difference
   when there is an improvement in her parenting.
10. Liam will do words and pictures with Ellie and Archie by 30 June so
    they know why there is a plan and who to call, and we'll know because
    Ellie will be able to tell her teacher the name of her safe adults.

## If the safety plan breaks down

If Kirsty uses cocaine while she is caring for the children, or Ellie and
Archie are found without a sober adult, whoever finds out rings 999 if the
children are alone and then Liam (or the emergency duty team out of
hours). Liam or the duty worker will visit that night, Ellie and Archie
will go to Nana Pauline's at 2 Mill Row, and a strategy discussion will be
held the next working day.

If Pauline or Stacey cannot do their nights, they will tell Liam by 12
noon that day and Kirsty will stay in with the children; if neither can
have the children when they need to leave home, Liam will arrange for
Ellie and Archie to stay together with Zawnton foster carers that night,
and will hold a network meeting within 5 working days to find another
safe adult.

If this happens twice, or Kirsty's tests are positive for cocaine at the
review conference, Liam's team manager will request a legal planning
meeting within 5 working days.

## Review

Core group: every 4 weeks on Thursdays at 3.30pm at Little Owls Nursery –
19 June, 17 July and 14 August 2025.
Review child protection conference: 4 September 2025, 10am.
""",
    "findings": [
        F("W002", "The safety network will make sure there is always a sober adult"),
        F("M002", "Kirsty will go to the Parenting Together course on Wednesday mornings"),
    ],
})


# ---------------------------------------------------------------------------
# 7. "Ruby's week": a weekly timetable with the day column merged down
#    (Day | Who | What happens | How we'll know), then a table of one-off
#    actions (docx). Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b14_zornby_weekly_timetable_pilkington.docx",
    "doc_title": "Ruby's week - child protection plan for Ruby Pilkington",
    "split": "tune",
    "template": "weekly-timetable-merged-day-column-then-one-off-table",
    "description": (
        "Exemplary initial plan for a 2-year-old whose father and sole carer has poorly controlled "
        "epilepsy (seizures while alone with her, one at bath time): the plan is 'Ruby's week', a "
        "timetable with the day merged down rows (real Word vertical merges), then a table of one-off "
        "actions. The epilepsy nurse owns an action, grandmother's bath times have a fallback, legal "
        "planning meeting named."
    ),
    "check_vmerge": 4,
    "blocks": [
        ("title", "Ruby's week"),
        ("p", "Child protection plan agreed at the initial child protection conference on 21/05/2025 – "
              "Zornby Council Children's Services with Zornby Health"),
        ("kv", [
            ("Child", "Ruby Pilkington, born 14/02/2023 (2 years 3 months)"),
            ("Lives with", "Lee Pilkington (dad, sole carer), Flat 3, 18 Copper Street, Zornby"),
            ("Mum", "Jodie Marr, lives in Spain, phones Ruby on Sundays"),
            ("Category", "Neglect"),
            ("Social worker", "Dominic Shaw, Zornby Children's Services"),
        ]),
        ("h1", "Why Ruby has a plan"),
        ("p", "Lee has epilepsy. He has had three tonic-clonic seizures since March after missing doses of his "
              "tablets, each time when he was alone with Ruby. On 9 April he had a seizure while bathing Ruby; "
              "a neighbour heard her screaming and found her standing in the bath, cold, with Lee unconscious "
              "on the floor. Ruby has missed her one-year immunisations and has dropped from the 50th to the "
              "9th centile for weight, and she has been taken to nursery in the same nappy from the night "
              "before."),
        ("h1", "What Ruby shows us"),
        ("p", "Ruby is a bright, busy two-year-old who says about twenty words. At nursery she goes straight "
              "to the water tray and says \"bubbles\". With Dominic on 16 May she said \"Daddy fall down\", "
              "lay on the floor and shook her arms, then patted his face. She runs to Lee when he collects her "
              "and holds his hand to show him her paintings. At home she fetched her shoes and said "
              "\"Nanna's?\" when she heard Jean's name, and she ate two bowls of pasta at teatime."),
        ("h1", "What we want for Ruby"),
        ("bullets", [
            "Ruby is never alone with no one able to help her if her dad has a seizure, and she is only "
            "bathed by an adult who is not at risk of a seizure.",
            "Ruby is clean, fed and dressed for the day, and grows back towards the 50th centile.",
            "Ruby is up to date with her immunisations and her talking and play carry on growing.",
        ]),
        ("h1", "Ruby's week"),
        ("p", "Each row is something that happens every week, on the day in the first column."),
        ("table", {
            "header": ["Day", "Who", "What happens", "How we'll know"],
            "widths": [2.6, 3.6, 6.0, 4.8],
            "bold_first_col": True,
            "rows": [
                ["Every day",
                 "Lee",
                 "Takes his epilepsy tablets at 8am and 8pm from the dosette box, and never baths Ruby or "
                 "takes her near water on his own",
                 "Dosette box checked at every SW and HV visit; the pharmacy's weekly pick-up record"],
                [V,
                 "Lee",
                 "Keeps the stair gate shut and Ruby's playpen up in the living room so she is safe if he has "
                 "a seizure, and wears his seizure alarm watch",
                 "SW sees the gate, playpen and watch in use at each visit; the watch's alert log shows any "
                 "seizure"],
                ["Monday, Wednesday, Friday",
                 "Lee",
                 "Takes Ruby to Little Acorns Nursery for 8.45am, changed and with breakfast eaten",
                 "Nursery register shows Ruby in by 9am on all three days"],
                [V,
                 "Sam Doyle, Ruby's key person at Little Acorns",
                 "Checks Ruby's nappy, clothes and skin at drop-off, writes in her daily diary, and rings the "
                 "SW the same day if anything worries her",
                 "Daily diary, copied to the SW every Friday"],
                ["Tuesday",
                 "Jean Pilkington (Nanna)",
                 "Comes to the flat at 5pm, stays for tea and gives Ruby her bath and bedtime",
                 "Jean signs the week sheet on the fridge"],
                [V,
                 "Dominic Shaw, SW",
                 "Home visit every other Tuesday (one in three unannounced): sees Ruby, her room, the food "
                 "cupboards and the dosette box",
                 "Visit notes say what Ruby was doing and wearing, whether there was food in, and whether the "
                 "dosette box was up to date"],
                ["Thursday",
                 "Jean Pilkington (Nanna)",
                 "Comes to the flat at 5pm for tea, Ruby's bath and bedtime",
                 "Jean signs the week sheet; the SW checks it at each visit"],
                [V,
                 "Kelly Brook, health visitor",
                 "Sees Ruby at the Thursday drop-in clinic every two weeks and weighs her",
                 "Weight plotted in the red book; Ruby back on the 25th centile by the review conference"],
                ["Saturday",
                 "Jean Pilkington (Nanna)",
                 "Has Ruby at her house from 10am to 4pm and gives her the week's third bath",
                 "Jean writes the times on the week sheet"],
                ["Sunday",
                 "Lee, with Jean",
                 "Fills the dosette box for the week with Jean watching, and writes any seizures in his "
                 "seizure diary",
                 "Seizure diary seen by the epilepsy nurse at each clinic and by the SW at visits"],
            ],
        }),
        ("h1", "Things that happen once, or by a date"),
        ("table", {
            "header": ["What", "Who", "By when", "How we'll know"],
            "widths": [5.6, 4.0, 2.8, 4.6],
            "rows": [
                ["Review Lee's seizure control and tablets, and advise in writing how safe it is for Lee to "
                 "care for Ruby on his own, including at bath time",
                 "Martin Oyelaran, epilepsy specialist nurse, Zornby General Hospital",
                 "By 20/06/2025, then at each monthly clinic",
                 "Letter to the SW and GP with the seizure count and what Lee can safely do with Ruby"],
                ["Give Ruby her missed one-year immunisations",
                 "Practice nurse, Elm Street Surgery (Lee to bring Ruby)",
                 "By 13/06/2025",
                 "Red book and GP record updated, copy to the HV"],
                ["Two-year development review at home, and a speech and language referral if Ruby's "
                 "talking is behind",
                 "Kelly Brook, health visitor",
                 "By 04/07/2025",
                 "ASQ-3 scores sent to the SW; referral letter on file if needed"],
                ["Home fire safety and seizure safety check of the flat",
                 "Home safety officer, Zornby Fire and Rescue",
                 "By 30/06/2025",
                 "Written check on file; cooker guard and smoke alarms fitted"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Lee has a seizure while he is alone with Ruby, misses his tablets on more than one day in a "
              "week, or Ruby arrives at nursery hungry or in a nappy from the night before, whoever knows will "
              "ring the SW (or the emergency duty team out of hours) the same day. The SW will visit that day "
              "and Ruby will stay with Jean at 14 Rowan Drive while a strategy discussion is held within 24 "
              "hours."),
        ("p", "If Jean cannot come on a Tuesday, Thursday or Saturday, Ruby is not bathed that day and the SW "
              "will ask the family support worker, Hollie Price, to visit at teatime. If Jean cannot look after "
              "Ruby when she needs to leave home, the SW will arrange for Ruby to stay with Zornby foster "
              "carers the same day."),
        ("p", "If Lee has another seizure with Ruby in his sole care, or Ruby's weight has not started to "
              "rise by the review conference, the team manager will request a legal planning meeting within 5 "
              "working days."),
        ("h1", "Meetings"),
        ("p", "Core group: every four weeks, Thursdays at 2pm after clinic – 05/06/2025, 03/07/2025 and "
              "31/07/2025."),
        ("p", "Review child protection conference: 14/08/2025, 10am, Zornby Civic Centre."),
    ],
    "findings": [],
})
