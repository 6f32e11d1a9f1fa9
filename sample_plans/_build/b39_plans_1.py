"""Batch 39, module 1: seven fictional plans (tuning material), places beginning with "d".

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.

Focus: the many ways real plans say WHEN and WHO. Dates in every format
(dd/mm/yy, dd.mm.yyyy, "Fri 11th July", "w/c", gestation weeks), event
timescales ("before baby is born", "within 10 working days of discharge",
"by the next core group"), frequencies ("fortnightly until review"), vague
ones ("ongoing", "asap", "TBC", "as and when needed"), dates in a column of
their own (Start / Finish), dates written into the action sentence, a shared
"Who / when" cell, a timescale given once in a heading over a group of
actions; owners as role abbreviations (SW, HV, DSL, FSW, CAMHS, IDVA), named
people with roles, teams and services, "Mum and Dad", "All professionals",
"the family", "TBC", owners in a numbered sub-heading over lettered actions,
and passive sentences with nobody doing them.

How the conventions were applied here:
- A numbered sub-heading such as "1.1 Health visitor (HV Josie Marr) –
  fortnightly until the review conference", or a timescale heading such as
  "EVERY WEEK UNTIL THE REVIEW CONFERENCE", is a group heading, not an
  action; its owner and timescale belong to each lettered or dashed action
  beneath it. A vague heading ("The family – as and when needed", "date
  TBC", "ONGOING") gives each action beneath it the matching finding, unless
  the action carries a real one of its own ("on Thursdays").
- "Immediately" / "with immediate effect" is a real timescale (it can be
  checked at the next visit); "asap", "ongoing", "TBC" and "as and when
  needed" are not. "No date yet" is no timescale (T001).
- In a two-column Action | Comments table the owner, date and evidence are
  read from the Comments cell of the same row.
- In a case-system print, a "Responsible worker" of "Health visitor (name
  TBC)" is still an owner (a role); "TBC" in both Responsible worker and
  Agency is a collective owner (W002). "Status: Open" is neither a timescale
  nor a measure.
"""
from build_batch5 import F

PLANS = []


# ---------------------------------------------------------------------------
# 1. ICPC plan with a shared "Who / when" column; dates in many formats.
#    Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b39_dapplewick_icpc_who_slash_when_cell_mcintyre.docx",
    "doc_title": "Child Protection Plan - Kayden and Rosie McIntyre",
    "split": "tune",
    "template": "icpc-plan-docx-details-lines-then-numbered-plan-of-work-table-what-will-be-done-shared-who-slash-when-cell-in-mixed-date-formats-well-see-its-working-because",
    "description": (
        "Exemplary initial conference plan for a 7-year-old and a 2-year-old (neglect; mother's "
        "depression, untreated since February). The plan table has one shared 'Who / when' cell per "
        "row, with named owners and dates written every which way ('w/c 07/07/25', 'Fri 11th July', "
        "'08.07.2025', '8/8/25', 'every school day', 'Tues and Thurs 3.15pm, term time'). The GP and "
        "Talking Therapies own actions and report on change, Nana's one job has a fallback, and the "
        "contingency, core group dates, review date and legal step are all set."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Dapplewick Metropolitan Borough Council | Children's Social Care | Safeguarding and Support "
              "Team 3"),
        ("kv", [
            ("Children", "Kayden McIntyre, 7 (DOB 21.03.2018), Year 2 at Dapplewick Green Primary; "
                         "Rosie McIntyre, 2 (DOB 02.05.2023), at home with Mum"),
            ("Parents", "Stacey McIntyre (Mum); Lewis Barr (Dad to both children; Rosie's father and "
                        "Kayden's stepdad since 2020)"),
            ("Address", "7 Pennyroyal Walk, Dapplewick"),
            ("Other family", "Irene McIntyre (Nana, Stacey's mum), Brook Street, ten minutes' walk away"),
            ("Conference", "Initial child protection conference, Wednesday 2 July 2025, Dapplewick Town Hall"),
            ("Category", "Neglect"),
            ("Chair", "Ruth Oyelaran, Child Protection Chair"),
            ("Social worker", "Dev Patel, tel. 01632 960418"),
        ]),
        ("h1", "Why we are worried"),
        ("p", "School have raised concerns eleven times since March. Kayden has 22 late marks this term, "
              "often arrives hungry and asks for toast at breakfast club, wore the same uniform for a week in "
              "May and had head lice that were not treated for a month. On two home visits in June there was "
              "no food in the kitchen apart from cereal, dirty nappies had been left on the landing and "
              "Rosie's cot had no sheet. Stacey has depression and stopped taking her sertraline in February; "
              "she told the SW that on most days she stays in bed until lunchtime. Lewis works at the "
              "Dapplewick distribution park and had not realised how much Stacey was struggling until the "
              "school rang him."),
        ("h1", "What is going well"),
        ("p", "Both children are warmly attached to their parents and to Nana Irene. Lewis has already "
              "arranged with his manager to start work at 9.30am so that he can do the mornings. Stacey came "
              "to conference, agreed that she needs help with her mood, and has booked an appointment with "
              "her GP."),
        ("h1", "What Kayden and Rosie have told us and what we have seen"),
        ("p", "Kayden (seen on his own at school, 24 June): \"Mummy is sad in bed a lot. I get my own cereal "
              "and I get Rosie's milk too.\" The best thing, he said, is \"when Nana comes and does fish "
              "fingers\". He would like \"not to be late so I don't miss golden time\". On a scale where 10 "
              "means happy at home he chose 5, because \"it's messy and Mummy's tired\"."),
        ("p", "Rosie has a handful of words (\"Nana\", \"dog\", \"more\"). On the 11am visit on 19 June she "
              "was still in her cot with a bottle of cold milk and a heavy nappy; she lifted her arms to be "
              "picked up and settled quickly once she was changed. She lights up when Kayden comes home and "
              "follows him from room to room."),
        ("h1", "What needs to be different for Kayden and Rosie"),
        ("bullets", [
            "Kayden gets to school by 8.50am every day, having had breakfast, in clean uniform and with his "
            "reading book.",
            "Rosie is changed, fed and played with through the day, and is using 20 or more words by her "
            "2½-year check.",
            "Kayden and Rosie live in a clean home with food in the cupboards, clean bedding and nothing "
            "dangerous on the floors.",
            "Both children are cared for by a mum whose depression is treated well enough for her to be up "
            "and looking after them in the mornings.",
        ]),
        ("h1", "Plan of work"),
        ("table", {
            "header": ["No.", "What will be done", "Who / when", "We'll see it's working because"],
            "widths": [1.0, 6.0, 4.6, 5.4],
            "rows": [
                ["1", "Home visits to see Kayden and Rosie, including one unannounced visit a month and one "
                      "before school; see Kayden on his own and look at the kitchen, the children's beds and "
                      "Rosie's nappies",
                 "SW Dev Patel – every 10 working days, first one w/c 07/07/25",
                 "Visit record after each visit says what Kayden said in his own words and what was seen in "
                 "the kitchen, the beds and the nappy bin"],
                ["2", "Review Stacey's treatment for depression, restart her medication if agreed, and write to "
                      "the SW on how her mood is affecting her care of the children",
                 "Dr Amir Hussain, GP, Bellfield Surgery – appointment by Fri 11th July; letter by "
                 "25 July 2025",
                 "GP letter on the children's file; each month's prescription collected (pharmacy record "
                 "seen by the SW)"],
                ["3", "Six sessions of guided self-help for Stacey, and a written view after session 3 on "
                      "whether she is making the changes Kayden and Rosie need and how long they are likely "
                      "to take",
                 "Cath Ellery, psychological wellbeing practitioner, Dapplewick Talking Therapies – weekly "
                 "from w/c 14 July; written view by 8/8/25",
                 "PHQ-9 score recorded at every session; the written view read out at the core group on "
                 "19 August"],
                ["4", "Get up with the children every weekday, give them both breakfast and walk Kayden to "
                      "school",
                 "Dad (Lewis) – every school day from Mon 7 July",
                 "School register shows Kayden in by 8.50am; breakfast ticked on the morning chart, which the "
                 "SW and FSW look at on each visit"],
                ["5", "Clear the landing, bathroom and kitchen, put a fitted sheet and clean blanket on Rosie's "
                      "cot, and keep food in the cupboards",
                 "Mum and Dad – bathroom and kitchen by 18/07/2025; the rest by the core group on 19 August",
                 "Home conditions checklist done by the SW at each visit: every room scores 4 or more out of "
                 "5 and there is food in for the next two days"],
                ["6", "Sessions at home on a morning and bedtime routine for both children, using a picture "
                      "chart that Kayden helps to make",
                 "FSW Marcia Quinn, Dapplewick Family Hub – Tuesday afternoons for 8 weeks from 08.07.2025",
                 "Chart on the fridge filled in daily; FSW notes show Kayden in bed by 8pm on at least 5 "
                 "nights a week by week 6"],
                ["7", "Weigh Rosie, check her development (ASQ-3) and her nappy area, and show Stacey simple "
                      "ways to play and talk with her",
                 "HV Leanne Okoro, 0–19 Team – every 2 weeks until the review; ASQ-3 by 15 Aug 2025",
                 "Weight plotted on Rosie's centile chart at each visit; ASQ-3 scores sent to the SW and GP"],
                ["8", "Check Kayden each morning at breakfast club (fed, clean uniform, hair) and let the SW "
                      "know the same day if he is late, hungry or unkempt",
                 "Mrs Hannah Carr, DSL, Dapplewick Green Primary – every school day",
                 "DSL log shows each morning's check; email to the SW by 3pm on any day Kayden is late or "
                 "unkempt"],
                ["9", "Collect Kayden from school on Tuesdays and Thursdays and give both children their tea "
                      "at Nana's",
                 "Nana Irene – Tues and Thurs 3.15pm, term time",
                 "School collection book signed by Irene on each of those days"],
                ["10", "Book Kayden a place at the Dapplewick Holiday Activity Club three days a week for the "
                       "summer holidays",
                 "SW Dev Patel – booked by 18 July 2025 (club runs 23 July to 29 August)",
                 "Booking confirmation on file; club register shows Kayden there on his three days"],
                ["11", "Apply for Rosie's funded two-year-old place at Little Acorns Nursery and take her to "
                       "the settling-in sessions",
                 "Stacey – application in by 31 July 2025; settling-in w/c 01/09/25",
                 "Place confirmed in writing by Little Acorns; nursery attendance sheet sent to the SW each "
                 "month from September"],
            ],
        }),
        ("h1", "If the plan is not keeping Kayden and Rosie safe"),
        ("p", "If Kayden arrives at school hungry, unwashed or late on two days in the same week, if Rosie is "
              "found at a visit in a soaked nappy or there is no food in the house, or if Stacey tells anyone "
              "she has thoughts of harming herself or the children, the SW (or the emergency duty team out of "
              "hours, 01632 960999) will visit that day and hold a strategy discussion. While that is decided "
              "the children will stay with Nana Irene at Brook Street, which Irene has agreed to."),
        ("p", "If Irene cannot collect Kayden on a Tuesday or Thursday she will text Lewis and the school by "
              "12 noon, and Kayden will go to the school's after-school club until Lewis collects him at 6pm "
              "(Children's Social Care pays for the place). If Irene cannot have the children in an "
              "emergency, they will be cared for together by approved foster carers that night, with Stacey "
              "and Lewis's agreement under section 20."),
        ("h1", "Keeping the plan on track"),
        ("bullets", [
            "Core group every 4 weeks at Dapplewick Green Primary, 9.30am: 22 July, 19 August and "
            "16 September 2025.",
            "Review child protection conference: Thursday 2 October 2025, 1.30pm, Dapplewick Town Hall.",
            "If by the core group on 16 September any room still scores under 4, or Kayden has been late "
            "more than four times since this conference, Dev Patel will ask his team manager for a legal "
            "planning meeting (Public Law Outline) within 10 working days.",
        ]),
        ("p", "Typed by Dev Patel, SW, 03/07/2025, and sent to Stacey, Lewis, Irene and everyone invited to "
              "conference."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Case-system print, one block of labelled lines per plan item, paged,
#    with "TBC", "ASAP", "Ongoing", "Immediately", "All professionals" (pdf)
# ---------------------------------------------------------------------------
def _item(n, total, need, action, worker, agency, due, measure, status="Open"):
    return [
        ("boldp", f"PLAN ITEM {n} of {total}"),
        ("kv", [
            ("Need", need),
            ("Action", action),
            ("Responsible worker", worker),
            ("Agency", agency),
            ("Due", due),
            ("Success measure", measure),
            ("Status", status),
        ]),
    ]


_DRUX_ITEMS = [
    ("Safe care of both children",
     "Planned and unannounced home visits; see Tyler and Ellie-Mae, check where Ellie-Mae sleeps and look "
     "for any drug paraphernalia",
     "Ayo Mbeki (SW)", "Druxworth Children's Services", "Weekly – at least 1 visit in 3 unannounced",
     "Case notes record where Ellie-Mae slept and anything found, at every visit"),
    ("Father's drug use",
     "Assessment, prescribing review and weekly key-work for Jake, with a urine drug screen at each session "
     "and a written report to every core group on his use and what it means for the children",
     "Marcus Tell, Recovery Co-ordinator", "Druxworth Drug and Alcohol Service (DDAS)",
     "Assessment by 11/07/2025, then weekly",
     "Screen results and the DDAS report read at every core group"),
    ("Father's drug use",
     "Jake to keep all drugs and paraphernalia out of the house and never to be the only adult caring for "
     "the children",
     "Jake Gorton", "Parent", "Immediately",
     "Nothing found at SW visits; Chelsea tells the SW at each visit who has looked after the children"),
    ("Mother's anxiety",
     "Support sessions for Chelsea's anxiety and panic attacks",
     "Primary Care Mental Health Worker", "Druxworth Primary Care Mental Health Service", "Fortnightly",
     "Chelsea engages with the sessions"),
    ("Tyler's development",
     "Complete Tyler's missed 2-year development review (ASQ-3) and refer him to speech and language therapy",
     "Health visitor (name TBC)", "Druxworth 0-19 Health Visiting Service", "ASAP",
     "ASQ-3 scores and a copy of the SALT referral sent to the SW"),
    ("Home conditions",
     "Keep the gas and electricity meters topped up so the house is warm for Ellie-Mae and Tyler",
     "Chelsea Dunn and Jake Gorton", "Parents", "Ongoing",
     "Both meters in credit at every SW visit"),
    ("Tyler's development",
     "Apply for Tyler's funded nursery place for September and help the family get him there",
     "TBC", "TBC", "TBC",
     "Nursery place confirmed in writing"),
    ("Safe sleep",
     "Safe sleep advice and a new Moses basket for Ellie-Mae; check sleeping arrangements at each session",
     "Kim Osei (FSW)", "Druxworth Family Hub", "Basket by 11/07/2025; advice at every weekly session",
     "Monitored"),
    ("Information sharing",
     "Share any concerns about the children's care or Jake's drug use with the SW",
     "All professionals", "All agencies", "Same day", ""),
    ("Money and fuel",
     "Referral to Druxworth Citizens Advice for a benefits check and help with the fuel debt, so the home "
     "stays warm for the children",
     "Ayo Mbeki (SW)", "Druxworth Children's Services", "By 18/07/2025",
     "Referral sent and the appointment date recorded on the case file"),
]

_drux_blocks = []
for _i, _it in enumerate(_DRUX_ITEMS, start=1):
    _drux_blocks += _item(_i, len(_DRUX_ITEMS), *_it)

PLANS.append({
    "name": "b39_druxworth_case_print_plan_item_lines_gorton.pdf",
    "doc_title": "CaseView print - Child Protection Plan - Gorton",
    "split": "tune",
    "template": "cp-plan-case-system-print-paged-summary-fields-then-plan-item-n-of-n-blocks-need-action-responsible-worker-agency-due-success-measure-status-lines",
    "description": (
        "Case-system print of an initial conference plan for a 4-month-old and a 3-year-old (father's "
        "heroin use, unsafe sleep, a cold house; mother's anxiety). Each plan item is a block of labelled "
        "lines. The drug service reports to core group and the contingency and legal step are specific, "
        "but 'Due' reads ASAP, Ongoing or TBC on three items (one with TBC worker and agency), the "
        "primary care mental health worker only supports Chelsea with 'engages' as the measure, one "
        "measure is 'Monitored', one item belongs to 'All professionals' with a blank measure, and the "
        "review conference date is TBC. 'Immediately' and 'Health visitor (name TBC)' are read as real."
    ),
    "header": "DRUXWORTH COUNCIL - CHILDREN'S SERVICES - CASEVIEW PRINT - OFFICIAL-SENSITIVE",
    "footer": "Printed 04/07/2025 10:42 by A.MBEKI | Plan ID CP-88213 | Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "font": "Courier New",
    "font_size": 9.5,
    "blocks": [
        ("title", "Child Protection Plan (ICPC)"),
        ("kv", [
            ("Subject(s)", "Ellie-Mae Gorton (F), DOB 11/02/2025, 4 months; Tyler Gorton (M), DOB 30/09/2021, "
                           "3 years"),
            ("Address", "22 Collier Row, Druxworth"),
            ("Mother", "Chelsea Dunn (24)"),
            ("Father", "Jake Gorton (27)"),
            ("Plan start", "01/07/2025 (ICPC)"),
            ("Category", "Neglect"),
            ("Allocated worker", "Ayo Mbeki, Social Worker, Safeguarding Team South"),
            ("Team manager", "Lorraine Feather"),
        ]),
        ("h2", "Reason for plan"),
        ("p", "Ellie-Mae was admitted to Druxworth Royal Infirmary on 12/06/2025 with bronchiolitis. Ward staff "
              "found Jake asleep in the chair holding her, and foil with brown residue fell out of his bag. "
              "Jake has since told the SW he has been smoking heroin three or four times a week since January. "
              "Ellie-Mae has been found asleep on the sofa with a parent on two home visits. Chelsea has "
              "anxiety and panic attacks and says she \"can't think straight\" when the baby cries for long. "
              "The electricity and gas meters have been empty on three visits and the house was 14 degrees "
              "on 25/06/2025. Tyler missed his 2-year check and has few clear words. Ellie-Mae was discharged "
              "home on 20/06/2025."),
        ("h2", "Child's views / lived experience"),
        ("p", "Tyler is 3. At visits he shows the SW his cars and says \"Daddy sleep\" and points to the sofa. "
              "He was in a vest and nappy on a cold morning and ate two slices of toast quickly when Chelsea "
              "made them. Ellie-Mae is a smiley baby who feeds well; on the visit of 25/06/2025 she was "
              "asleep on the sofa cushions in a cold room, wrapped in an adult's coat."),
        ("h2", "Outcomes for the children"),
        ("bullets", [
            "Ellie-Mae and Tyler are always cared for by an adult who is awake and not under the influence of "
            "drugs, day and night.",
            "Ellie-Mae sleeps on her back in her own Moses basket for every sleep.",
            "Tyler's speech is assessed and he starts nursery in September.",
            "The children live in a warm home with the gas and electricity on.",
        ]),
        ("h2", "Plan items"),
        *_drux_blocks,
        ("h2", "Contingency"),
        ("p", "If Jake is found under the influence while caring for the children, if drugs or paraphernalia "
              "are found in the house, or if Ellie-Mae is found asleep on a sofa or in an adult's bed, Chelsea "
              "will ask Jake to leave that day and the SW (out of hours, the emergency duty team) will hold a "
              "strategy discussion the same day. If Chelsea cannot keep Jake away or cannot care for the "
              "children safely herself, Tyler and Ellie-Mae will be placed together with approved foster "
              "carers that day."),
        ("h2", "Core group and review"),
        ("kv", [
            ("Core group", "First 10/07/2025, then every 4 weeks: 07/08/2025 and 04/09/2025, Druxworth "
                           "Family Hub"),
            ("Review CP conference", "TBC - to be set by the Safeguarding Unit"),
            ("Legal planning", "If Jake's screens still show heroin at the core group on 04/09/2025, or "
                               "either child is found in unsafe sleep again, the SW will request a legal "
                               "gateway meeting within 5 working days"),
        ]),
        ("p", "*** END OF PRINT ***"),
    ],
    "findings": [
        F("H001", "Support sessions for Chelsea's anxiety and panic attacks"),
        F("M002", "Support sessions for Chelsea's anxiety and panic attacks"),
        F("T002", "Complete Tyler's missed 2-year development review (ASQ-3)"),
        F("T002", "Keep the gas and electricity meters topped up"),
        F("W002", "Apply for Tyler's funded nursery place for September"),
        F("T002", "Apply for Tyler's funded nursery place for September"),
        F("M002", "Safe sleep advice and a new Moses basket"),
        F("W002", "Share any concerns about the children's care or Jake's drug use"),
        F("M001", "Share any concerns about the children's care or Jake's drug use"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Typed 1 / 1.1 / a outline in markdown: the owner and (often) the
#    timescale sit in the numbered sub-heading over the lettered actions (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b39_dunsellow_outline_owner_in_subheadings_brennan.md",
    "split": "tune",
    "template": "icpc-plan-md-typed-1-1-1-a-outline-theme-headings-owner-and-timescale-in-bold-numbered-subheading-over-lettered-action-paragraphs",
    "description": (
        "Initial conference plan for a 5-month-old and an 11-year-old young carer (faltering growth, "
        "unsafe sleep; mother's postnatal anxiety and low mood). Actions are lettered under themed, "
        "numbered sub-headings that carry the owner and often the timescale. Good where the heading "
        "names a worker and a frequency, but 'The family – as and when needed' owns two actions, the "
        "perinatal team's heading says 'date TBC' and its only action is support until mood improves, "
        "the SW's referral has no timescale, the house group under 'By the next core group' has two "
        "passive actions with nobody doing them, and one outcome is Mum's."
    ),
    "text": """\
# Dunsellow Borough Council – Children's Social Care

## Child Protection Plan: Alfie and Kayla Brennan

**Children:** Alfie Brennan (born 14/01/2025, 5 months) and Kayla Brennan (born 09/08/2013, 11, Year 7 at Dunsellow Academy)
**Parents:** Leanne Brennan (Mum) and Sean Brennan (Dad – HGV driver, away Monday to Thursday nights)
**Nan:** Pauline Shaw (Leanne's mum), Tern Street
**Conference:** Initial child protection conference, 30 June 2025. Category: neglect
**Social worker:** Hollie Grant, Team 4
**Plan typed:** 2 July 2025

---

### Why we are worried

Leanne has had anxiety and low mood since Alfie was born and has been open to the Dunsellow
Perinatal Mental Health Team since April. Alfie has dropped from the 50th to below the 25th
centile since March. He has twice been found asleep on the sofa on Leanne's chest. On the nights
Sean is away, Kayla has been getting up to do Alfie's 2am bottle, and she has missed 14 days of
school since Easter. She told her form tutor she is "tired of being the mum".

### What Kayla says, and what we see of Alfie's day

Kayla (seen on her own at school, 23 June): "I don't mind feeding Alfie, he's cute, but I fall
asleep in maths. Mum cries a lot when Dad's away." She would like to go back to Saturday youth club
"with my mates" and to have "one night where I'm not listening out for him".

Alfie is a smiley baby who turns to Kayla's voice. At the HV's visit on 20 June his bottles had
been made up hours earlier and left on the side, his cot was full of clean washing, and he fed
hungrily when Kayla gave him his bottle.

### What needs to be better for Alfie and Kayla

- Alfie is fed every 3 to 4 hours and is back on the 25th centile or above by the review conference.
- Alfie sleeps on his back in his own cot for every sleep.
- Kayla is at school every day and no longer gets up in the night to feed her brother.
- Leanne will feel less anxious and more confident as a mum.

### The plan

*Each numbered heading says who leads the steps under it and, where it is the same for all of
them, when.*

#### 1 Alfie's feeding and sleep

**1.1 Health visitor (HV Josie Marr, Dunsellow 0–19 Team) – fortnightly until the review conference**

a) Weigh Alfie at home, plot his weight on his centile chart and send the chart to Hollie after each weigh.

b) Look at where Alfie slept the night before and whether his cot is clear, and record it on the safe sleep checklist.

**1.2 Mum, and Dad on the nights he is home – every night, starting tonight**

a) Put Alfie down on his back in his own cot for every sleep and never doze with him on the sofa; the sleep diary on the fridge shows where he slept.

b) Fill in Alfie's feed chart with the time and amount of every bottle, for the HV to check at each weigh.

#### 2 Kayla – school, rest and time to be 11

**2.1 DSL (Mr Kofi Owusu), Dunsellow Academy – every Wednesday in term time**

a) Meet Kayla to talk about home and whether she has been up in the night, and note it on the school safeguarding log.

b) Send Hollie Kayla's attendance for the week, and ring her the same day if Kayla is absent without a reason.

**2.2 The family – as and when needed**

a) Make sure Kayla has a quiet place to do her homework and is in bed by 9.30pm, which her homework planner will show.

b) Give Kayla a break at weekends so she can go to youth club on Saturdays; the club register will show she was there.

#### 3 Leanne's mental health

**3.1 Dunsellow Perinatal Mental Health Team (CPN Ruth Anand) – date TBC**

a) Home visits to support Leanne with her anxiety and low mood, until Leanne's mood improves.

**3.2 GP (Dr Helen Ashe, Marsh Lane Surgery) – by 18 July 2025**

a) Review Leanne's sertraline and let Hollie and the perinatal team know in writing of any change to her dose.

#### 4 Joining it all up

**4.1 Social worker (Hollie Grant)**

a) Visit every 2 weeks, one visit a month unannounced, see Kayla on her own and Alfie awake, and write up what Kayla says in her own words.

b) Refer Kayla to Dunsellow Young Carers for a young carer's assessment, to be shared at core group.

#### 5 The house

**5.1 By the next core group (17 July 2025)**

a) The back bedroom will be cleared so that Alfie's cot can go in with Leanne and Sean, and the cot will be seen in place at the next home visit.

b) A referral will be made to the Dunsellow Furniture Project for a new cot mattress and a stair gate, with the delivery note kept on file.

---

### If things don't go to plan

If Alfie's weight drops below the 9th centile, if anyone finds him asleep on a sofa or in an
adult's bed, or if Leanne says she is having thoughts of harming herself or Alfie, the professional
who finds out will tell Hollie (or the emergency duty team on 01632 960555) straight away and
Hollie will hold a strategy discussion the same day. Alfie and Kayla will go to stay with Nan
(Pauline Shaw) on Tern Street while the perinatal crisis team assesses Leanne. If Pauline cannot
have them, they will be looked after together by approved foster carers, with Leanne and Sean's
agreement.

### Meetings

- Core group every 3 weeks at Dunsellow Family Hub, 10am: 17 July, 7 August and 28 August 2025.
- Review child protection conference: 25 September 2025, 1pm, Dunsellow Town Hall.
- If Alfie has not put on weight by the core group on 28 August, or he is found in an unsafe sleep place again, Hollie will ask her team manager for a legal planning meeting within 5 working days.
""",
    "findings": [
        F("F002", "Leanne will feel less anxious and more confident as a mum."),
        F("W002", "Make sure Kayla has a quiet place to do her homework"),
        F("T002", "Make sure Kayla has a quiet place to do her homework"),
        F("W002", "Give Kayla a break at weekends so she can go"),
        F("T002", "Give Kayla a break at weekends so she can go"),
        F("H001", "Home visits to support Leanne with her anxiety and low mood"),
        F("T002", "Home visits to support Leanne with her anxiety and low mood"),
        F("M002", "Home visits to support Leanne with her anxiety and low mood"),
        F("T001", "Refer Kayla to Dunsellow Young Carers for a young carer's assessment"),
        F("W001", "The back bedroom will be cleared so that Alfie's cot"),
        F("W001", "A referral will be made to the Dunsellow Furniture Project"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Plain-text plan; owner, date and evidence written into each numbered
#    sentence. Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b39_delvercombe_plain_text_dates_in_sentence_okonjo.txt",
    "split": "tune",
    "template": "icpc-plan-plain-text-caps-headings-aligned-details-then-numbered-wrapped-sentences-each-with-named-owner-date-in-the-sentence-and-what-will-show-it",
    "description": (
        "Exemplary initial conference plan for a 13-year-old who self-harms and her 9-year-old brother "
        "after domestic abuse by their father, who has moved out. Plain text; each numbered item is one "
        "sentence naming the owner (SW, IDVA, CAMHS, DSL, school nurse, Mum, Dad, the contact centre) "
        "with the date or frequency written into it ('on Tue 1 July 2025', 'by 25/07/2025', 'every "
        "Saturday, 10am to 12 noon') and what will show it was done. Specific contingency with a refuge "
        "and police, core group and review dates, legal step."
    ),
    "text": """\
DELVERCOMBE COUNCIL - CHILDREN AND FAMILIES
CHILD PROTECTION PLAN
Agreed at the initial child protection conference on 26 June 2025

Children ........ Favour Okonjo, 13 (Year 8, Delvercombe Academy)
                  Daniel Okonjo, 9 (Year 4, St Piran's Primary)
Mum ............. Grace Okonjo, 14 Larkspur Road, Delvercombe
Dad ............. Emeka Okonjo (moved out on 31 May 2025; now at Harrow Lane)
Category ........ Emotional abuse
Social worker ... Sophie Rendall (SW), Family Safeguarding Team B
Chair ........... Martin Keogh


WHY THERE IS A PLAN

On 31 May 2025 police were called to the house after Emeka pushed Grace into the kitchen door
and the glass broke while Favour and Daniel were upstairs. Favour rang 999. It was the fourth
police call-out since October. Emeka was arrested and bailed not to go to the house or contact
Grace. Grace says the shouting, name-calling and checking her phone had gone on for years.
Favour has told the school counsellor that she has been cutting her arms since Easter, and
Daniel has started wetting the bed again.

There are no concerns about either parent's use of alcohol or drugs, and neither has any
history of mental illness.


WHAT FAVOUR AND DANIEL SAY

Favour (seen on her own at school, 19 June): "I want Dad to stop, not to go away for ever. I
just want it quiet." She said she cuts herself "when it's loud and I can't get out". She wants
to keep seeing her dad, "but not at the house, and not if he's in one of his moods".

Daniel (seen at home, 20 June) drew his house with a "shouting cloud" over the kitchen. "I hide
under my bed with my tablet and put my headphones on." He misses going to football with his
dad on Sundays.


WHAT WE WANT FOR FAVOUR AND DANIEL

- Favour and Daniel live at home without shouting, threats or violence, and tell us they feel
  safe there.
- Favour has safe ways to cope when she is upset and has stopped cutting herself by the review
  conference.
- Daniel sleeps through the night in his own bed and is dry on most nights.
- Both children see their dad in a way that is safe and that they enjoy.


THE PLAN - WHO WILL DO WHAT, AND WHEN

1.  Sophie Rendall (SW) will visit Favour and Daniel at home every two weeks until the review
    conference, seeing each of them on their own, and her visit record will set down in their
    own words what they say about home and about their dad.

2.  Grace will meet Nadia Fairweather, IDVA at Delvercombe Domestic Abuse Service, on Tue 1 July
    2025 to make a safety plan that covers what Favour and Daniel should do if Emeka comes to
    the house, and Nadia will send the SW a copy of the signed plan by 4 July.

3.  Nadia Fairweather (IDVA) will go through the DASH risk checklist with Grace once a month,
    next by 25/07/2025, and will give the SW the score and any new incidents in the same week.

4.  Emeka will start the Changing Patterns domestic abuse programme on Wednesday 9 July 2025
    and go to all 24 weekly sessions, and the facilitator, Paul Greer, will send the SW a
    monthly attendance record with his comments on what Emeka has taken on board.

5.  Dr Leah Brandt, clinical psychologist at Delvercombe CAMHS, will assess Favour's
    self-harm by 18 July 2025 and see her weekly after that, and will send her risk
    management plan to the SW and the school nurse within a week of the assessment.

6.  Mrs Joanne Lusk, DSL at Delvercombe Academy, will meet Favour every Monday at 8.40am in
    term time, record each meeting on the safeguarding log, and tell the SW the same day about
    any new cuts or anything Favour says about her dad.

7.  Grace will take Daniel to see Alison Keble, school nurse, by Friday 18 July for a
    bedwetting review, and the school nurse will send the SW a short note of her advice with a
    copy of Daniel's wet and dry chart.

8.  Mrs Kerry Dunne, ELSA at St Piran's Primary, will give Daniel a 30-minute session every
    Thursday afternoon for six weeks from 3 July, and will send the SW her session notes at the
    end of the block.

9.  The Delvercombe Family Contact Centre will supervise Favour and Daniel's time with Emeka
    every Saturday from 10am to 12 noon, and the contact worker will send the SW a written
    record of each session by the following Tuesday.

10. Grace will apply for a non-molestation order with help from Fenner & Hale Solicitors by
    11 July 2025, give the SW a copy of the application, and give both schools a copy of any
    order the court makes.


IF THINGS GO WRONG

If Emeka comes to the house, or contacts Grace or the children outside Saturday contact, Grace
or Favour will ring 999 straight away and Grace will tell the SW the same day. The SW (or the
emergency duty team on 01632 960777 out of hours) will hold a strategy discussion within 24
hours, and Saturday contact will stop until a new risk assessment has been done. If Grace and
the children cannot stay safely at home, Nadia will find a refuge place for all three through
Delvercombe Women's Aid that same day. If Favour cuts herself badly enough to need treatment,
Grace or the school will take her to the emergency department at Delvercombe General and tell
CAMHS and the SW the same day.


MEETINGS

- Core group every 4 weeks at Delvercombe Academy, 4pm: 10 July, 7 August and 4 September 2025.
- Review child protection conference: 25 September 2025, 10am, Delvercombe Civic Centre.
- If Emeka breaches his bail or an order, misses two Changing Patterns sessions, or the children
  still tell us they do not feel safe at the core group on 4 September, the SW will request a
  legal planning meeting with Delvercombe Legal Services within 5 working days.


Written by Sophie Rendall (SW), 27 June 2025. Copies to Grace, Emeka and everyone at conference.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. First core group plan, two-column Action agreed | Comments table with
#    the owner, date and evidence written into the comments (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b39_draxhallow_core_group_action_comments_lindqvist.docx",
    "doc_title": "First core group - Child Protection Plan - Elsa and Noah Lindqvist",
    "split": "tune",
    "template": "first-core-group-plan-docx-present-list-then-two-column-action-agreed-comments-table-owner-date-and-evidence-written-into-comments-prose",
    "description": (
        "Plan developed at the first core group for a 10-year-old and a 5-year-old (domestic abuse by "
        "mother's partner; mother's bipolar disorder). Two columns only: 'Action agreed' and "
        "'Comments', with who, when and the evidence written into the comments. Most rows are clear "
        "(IDVA w/c date, GP blood test, police same day, air rifles handed in 'immediately'), but the "
        "Caring Dads referral has worker and date TBC, the CMHT care co-ordinator only supports Hanna "
        "with 'engagement to be monitored', one row is 'All professionals. Ongoing.' with no evidence, "
        "and the garden is to be done 'asap'."
    ),
    "blocks": [
        ("pr", "Draxhallow City Council"),
        ("pr", "Children, Young People and Families"),
        ("pr", "Locality Safeguarding Team (North)"),
        ("title", "Child Protection Plan – developed at first core group"),
        ("kv", [
            ("Children", "Elsa Lindqvist (10), Year 5, Draxhallow Juniors; Noah Lindqvist (5), Reception, "
                         "Draxhallow Infants"),
            ("Mother", "Hanna Lindqvist"),
            ("Mother's partner", "Craig Whitlow (lives at the family home)"),
            ("Address", "3 Quarry View, Draxhallow"),
            ("Initial conference", "19/06/2025 – category: emotional abuse"),
            ("First core group", "03/07/2025, Draxhallow Infants"),
            ("Present", "Hanna Lindqvist; Craig Whitlow; Gemma Stroud (SW); Nadia Shah (IDVA); Ben Ayres "
                        "(CMHT); Mrs Annie Holt (Thrive practitioner); Mr Luke Brand (DSL, Draxhallow "
                        "Juniors); PC Danny Marsh"),
            ("Apologies", "Dr Priya Venn (GP) – written update received"),
        ]),
        ("h2", "What we are worried about"),
        ("p", "Police have been called to Quarry View five times since January. In April Craig put his fist "
              "through the living room door while Noah was on Hanna's lap, and in May he took Hanna's phone "
              "and car keys and locked her out in the garden in front of the children. Hanna has bipolar "
              "disorder and takes lithium; her last admission was in 2022. She says that when Craig keeps her "
              "up arguing at night her sleep goes and she worries about becoming unwell. Craig keeps two air "
              "rifles in the shed. The garden, where Noah plays, has dog mess and an open pond."),
        ("h2", "Elsa and Noah's views and experiences"),
        ("p", "Elsa (seen on her own at school, 26 June) said: \"When Craig goes quiet I know it's going to "
              "kick off. I take Noah in my room and turn my music up.\" She said she worries about Mum "
              "\"going back to hospital\". She would like \"Craig to go to anger classes\" and to have a "
              "sleepover for her birthday. Noah told his Thrive practitioner that \"Craig does the loud "
              "voice\" and showed with the feelings faces that he feels \"scared\" at teatime. He wets himself "
              "at school most afternoons."),
        ("h2", "What will be different for Elsa and Noah"),
        ("bullets", [
            "Elsa and Noah live in a home where nobody shouts at, frightens or hurts their mum, and they say "
            "they feel safe there.",
            "Elsa no longer has to look after Noah when adults are arguing.",
            "Noah is dry at school by Christmas and can name his feelings to an adult he trusts.",
            "The children are looked after by a mum whose bipolar disorder stays well managed, with a plan "
            "everyone knows if she starts to become unwell.",
        ]),
        ("h2", "Action plan"),
        ("table", {
            "header": ["Action agreed", "Comments"],
            "widths": [8.0, 9.0],
            "rows": [
                ["Home visits to see Elsa and Noah on their own, using Elsa's worry jar and Noah's feelings "
                 "faces at each visit",
                 "Gemma Stroud (SW) – every 2 weeks, at least one each month unannounced. Visit notes will "
                 "record what each child says and what the house was like."],
                ["Safety planning with Hanna, including a code word Elsa can use with school or her Nan if "
                 "she is frightened",
                 "Lead: Nadia Shah, IDVA, Draxhallow Domestic Abuse Service. First session w/c 07/07/25, then "
                 "a DASH review monthly. Signed safety plan copied to the SW; Elsa able to tell the SW her "
                 "code word at the next visit."],
                ["Remove the two air rifles from the shed and hand them in at Draxhallow police station",
                 "Craig – immediately, agreed at core group. PC Danny Marsh will confirm to the SW in writing "
                 "when they have been handed in."],
                ["Referral to the Caring Dads programme for Craig",
                 "Worker TBC – date TBC. The acceptance letter from Caring Dads is to go on the file."],
                ["Support for Hanna with her bipolar disorder and medication",
                 "Ben Ayres, care co-ordinator, Draxhallow CMHT – fortnightly home visits. Hanna's engagement "
                 "with the CMHT to be monitored."],
                ["Lithium level checked and Hanna's prescription reviewed",
                 "Dr Priya Venn, GP, Abbeyfield Surgery – blood test by 18 July 2025, then every 3 months. "
                 "Result sent to Ben Ayres and the SW; level in the therapeutic range."],
                ["Be vigilant for any signs of harm to Elsa or Noah and report them",
                 "All professionals. Ongoing."],
                ["Clear the dog's mess from the garden and fence off the pond so Noah can play outside "
                 "safely",
                 "Mum and Craig – asap. SW will check the garden at the next visit and photograph the fence "
                 "for the file."],
                ["Weekly Thrive session for Noah, with toileting support in class",
                 "Mrs Annie Holt, Thrive practitioner, Draxhallow Infants – every Tuesday in term. Thrive "
                 "action plan and a chart of Noah's dry afternoons sent to the SW each half term."],
                ["Elsa to be offered a place in the Talking Together group for children who have lived with "
                 "domestic abuse",
                 "Leah Kirk, children's worker, Draxhallow Domestic Abuse Service – next group starts "
                 "16 September 2025 (Tuesdays, 10 weeks). Leah will send the SW Elsa's attendance and her "
                 "end-of-group review."],
                ["Tell Gemma about any police call-out to Quarry View",
                 "Draxhallow Police, Public Protection Unit (DS Karen Fry) – same day. Each call-out shared "
                 "through the daily domestic abuse triage and logged on the children's file."],
            ],
        }),
        ("h2", "If things go wrong"),
        ("p", "If Craig is violent or threatening to Hanna or the children, breaks anything in the house, or "
              "the police are called, Hanna will ring 999 and Craig will leave to stay with his brother in "
              "Stonegate that night. Gemma (or the emergency duty team out of hours) will hold a strategy "
              "discussion the same day. If Craig will not stay away, Nadia will arrange a refuge place for "
              "Hanna, Elsa and Noah that day."),
        ("p", "If Hanna shows the early warning signs in her CMHT relapse plan (not sleeping for two nights, "
              "racing thoughts, spending), Ben will arrange a same-day assessment by the crisis team and the "
              "children will stay with their grandmother, Margaret Lindqvist, at Elm Row. If Margaret cannot "
              "have them, Gemma will arrange for them to stay together with approved foster carers that "
              "night."),
        ("h2", "Core group and review"),
        ("bullets", [
            "Core group every 4 weeks at Draxhallow Infants, 3.45pm: 31/07/2025 and 28/08/2025.",
            "Review child protection conference: 11/09/2025, 10am, Draxhallow Civic Hall.",
            "If there is another police call-out involving Craig, or he has not started Caring Dads by the "
            "review conference, Gemma will ask her team manager for a legal planning meeting.",
        ]),
        ("p", "Plan written up by Gemma Stroud, SW, 04/07/2025."),
    ],
    "findings": [
        F("W002", "Referral to the Caring Dads programme for Craig"),
        F("T002", "Referral to the Caring Dads programme for Craig"),
        F("H001", "Support for Hanna with her bipolar disorder and medication"),
        F("M002", "Support for Hanna with her bipolar disorder and medication"),
        F("W002", "Be vigilant for any signs of harm to Elsa or Noah"),
        F("T002", "Be vigilant for any signs of harm to Elsa or Noah"),
        F("M001", "Be vigilant for any signs of harm to Elsa or Noah"),
        F("T002", "Clear the dog's mess from the garden and fence off the pond"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Pre-birth plan with Start and Finish / how often columns; timescales in
#    gestation weeks, labour, birth and discharge. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b39_dimmerby_prebirth_start_finish_columns_frain.pdf",
    "doc_title": "Pre-birth Child Protection Plan - Unborn Frain",
    "split": "tune",
    "template": "prebirth-icpc-plan-paged-details-babys-world-now-then-no-lead-and-who-helps-action-start-finish-or-how-often-evidence-columns-gestation-birth-discharge-timescales",
    "description": (
        "Exemplary pre-birth plan for the unborn baby of a 19-year-old care leaver who smokes cannabis "
        "daily, and a father with a past conviction for assaulting a former partner. Dates sit in their "
        "own Start and Finish / how often columns, as gestation weeks with dates, 'Now', 'At labour', "
        "'Before discharge' and 'Within 10 working days of discharge'. The recovery service owns and "
        "reports, the baby's world is described, and the contingency, dates and legal step are set."
    ),
    "header": "OFFICIAL-SENSITIVE | Dimmerby City Council | Pre-birth Child Protection Plan",
    "footer": "Unborn baby of Jodie Frain - plan dated 27/06/2025 - page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Pre-birth child protection plan"),
        ("kv", [
            ("Unborn baby", "Baby girl of Jodie Frain, to be called Skye; due 02/09/2025 (30 weeks at "
                            "conference)"),
            ("Mother", "Jodie Frain, 19, care leaver; Flat 3, 48 Vetch Road, Dimmerby"),
            ("Father", "Callum Reid, 22; lives with his mother at 19 Sedge Close. Jodie and Callum plan to "
                       "live together after the birth"),
            ("Conference", "Pre-birth initial child protection conference, 26/06/2025"),
            ("Category", "Neglect"),
            ("Social worker", "Amira Sattar, Pre-birth and Infant Team"),
            ("Lead midwife", "Becca Lowe, Specialist Midwife (Vulnerabilities), Dimmerby Women's Unit"),
        ]),
        ("h1", "Why this plan is needed"),
        ("p", "Jodie grew up in foster care and left care at 18. She smokes cannabis every day (\"about four "
              "joints, it helps me eat\") and her hair strand test in May showed high-level use for the last "
              "three months. She has been to 3 of her 6 antenatal appointments. Callum was convicted in 2023 "
              "of assaulting a previous partner. Police were called to Jodie's flat twice in April to "
              "arguments between Jodie and Callum; no one was hurt, and both say the arguments were \"about "
              "money\"."),
        ("h1", "What we know about Skye's world now"),
        ("p", "The 20-week scan showed Skye growing on the 10th centile, smaller than the midwife would like. "
              "The flat is one bedroom and a kitchen-living room, with damp on the bedroom wall and no cot or "
              "baby things yet. Jodie smokes tobacco and cannabis indoors; Callum smokes on the balcony. At "
              "the last visit Jodie put her hand on her bump and said \"she kicks when Callum's music's on\"."),
        ("h1", "What Jodie and Callum say"),
        ("p", "Jodie: \"I know what it's like to be taken off your mum. I'm not letting that happen to her.\" "
              "She wants to stop smoking weed \"before she comes\" and to have a bigger flat. Callum says he "
              "has changed since 2023 and will \"do any course you want\"."),
        ("h1", "What we want for Skye"),
        ("bullets", [
            "Skye is born into a smoke-free home with her own cot, and is cared for by parents who are not "
            "using cannabis.",
            "Skye grows well after birth, is fed on time and is seen by a health professional every week for "
            "her first 12 weeks.",
            "Skye lives where there is no shouting, pushing or police being called.",
        ]),
        ("h1", "The plan"),
        ("table", {
            "header": ["No.", "Lead (and who helps)", "Action", "Start", "Finish / how often", "Evidence"],
            "widths": [1.1, 2.8, 4.7, 2.3, 2.7, 3.4],
            "rows": [
                ["1", "Amira Sattar, SW",
                 "Visit Jodie at home, and Callum at Sedge Close, see where Skye will sleep, and complete the "
                 "pre-birth assessment with both parents",
                 "Now", "Visits every 2 weeks; assessment by 34 weeks (22/07/2025)",
                 "Visit records; assessment report shared with the core group on 05/08/2025"],
                ["2", "Becca Lowe, Specialist Midwife (with Sam Eke, community midwife)",
                 "Antenatal care at the flat or the Women's Unit, with a carbon monoxide reading at every "
                 "appointment and growth scans at 32 and 36 weeks",
                 "Now", "Every 2 weeks to 36 weeks, then weekly until the birth",
                 "Appointments kept, CO readings and scan results in the maternity notes and sent to the SW "
                 "after each one"],
                ["3", "Jodie, with Kez Ahmed, young adults worker, Dimmerby Recovery Partnership",
                 "Cut down and stop cannabis before Skye is born: key-work and a urine test at every session",
                 "03/07/2025", "Weekly until Skye is 6 months old",
                 "Urine results in Kez's written report to each core group; every test clear from 34 weeks"],
                ["4", "Kez Ahmed, Dimmerby Recovery Partnership",
                 "Written assessment of Jodie's cannabis use, how likely she is to stay off it once Skye is "
                 "born, and the help she will need",
                 "Now", "By 36 weeks (05/08/2025)",
                 "Report shared with the SW and read at the core group on 05/08/2025"],
                ["5", "Callum, with Oliver Kent, facilitator, Dimmerby Safe Relationships programme",
                 "Attend the Safe Relationships programme for men who have been abusive to a partner",
                 "10/07/2025", "Every Thursday evening for 16 weeks",
                 "Attendance sheet to the SW monthly; Oliver's mid-point report by 28/08/2025"],
                ["6", "Mum and Dad (Jodie and Callum)",
                 "Get the flat ready for Skye: a cot with a new mattress, a working smoke alarm, and no "
                 "smoking indoors by anyone",
                 "Now", "By 37 weeks (12/08/2025)",
                 "Cot and smoke alarm seen by the SW or midwife at a visit; CO reading under 4ppm at every "
                 "midwife visit from 34 weeks"],
                ["7", "Nadine Webb, Personal Adviser, Dimmerby Leaving Care Team",
                 "Help Jodie claim the Sure Start Maternity Grant for Skye's cot, pram and car seat, and bid "
                 "for a two-bedroom flat",
                 "Now", "Grant claim in by 18/07/2025; housing bids every week until a flat is offered",
                 "Grant decision letter and bid record sent to the SW; Skye's things seen at home by 37 weeks"],
                ["8", "Midwife in charge, Dimmerby Women's Unit delivery suite",
                 "Tell the SW (out of hours, the emergency duty team) when Jodie is admitted in labour and "
                 "when Skye is born, and keep to the birth plan that Skye is not discharged until the "
                 "discharge planning meeting has been held",
                 "At labour", "Same day as admission and as the birth",
                 "Time of each call recorded on the maternity alert and on the social care file"],
                ["9", "Amira Sattar, SW",
                 "Hold a discharge planning meeting on the postnatal ward with Jodie, Callum, the ward "
                 "midwife and the HV",
                 "Day after the birth", "Before discharge",
                 "Written discharge plan signed by Jodie and Callum, copied to the ward, HV and GP"],
                ["10", "HV Donna Ricketts, Dimmerby 0–19 Service",
                 "New birth visit, then weigh Skye and check her feeding, where she sleeps and that the home "
                 "is smoke-free",
                 "Within 10 working days of discharge", "Then weekly until Skye is 12 weeks old",
                 "Weight plotted on Skye's centile chart; safe sleep and smoke-free checklist completed at "
                 "each visit and sent to the SW"],
            ],
        }),
        ("h1", "If the plan is not keeping Skye safe"),
        ("p", "If Jodie or Callum test positive for any drug from 34 weeks, if police are called to an argument "
              "between them, or if there is still no cot or people are still smoking in the flat at 37 "
              "weeks, Amira will hold a strategy discussion within one working day. Skye will not go home "
              "from hospital with her parents: with Jodie's agreement, Jodie and Skye will move together to "
              "a parent and baby foster placement on discharge. If Callum is violent to Jodie at any time, "
              "she will ring 999 and Dimmerby Women's Refuge will offer her a place that day."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every 4 weeks at Dimmerby Women's Unit, 2pm: 08/07/2025, 05/08/2025, 02/09/2025 and "
            "30/09/2025.",
            "Review child protection conference: 25/09/2025, 10am, Dimmerby Council House.",
            "If Kez's report at 36 weeks shows Jodie is still using cannabis most days, or Callum has missed "
            "two Safe Relationships sessions, Amira will request a legal planning meeting to be held by "
            "12/08/2025 (37 weeks), so that any application to court is ready before Skye is born.",
        ]),
        ("p", "Plan agreed at conference and typed by Amira Sattar, SW, 27/06/2025."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. Core group action sheet in plain text, actions grouped under timescale
#    headings with the owner in brackets at the end (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b39_dowlesmere_action_sheet_grouped_by_when_tait.txt",
    "split": "tune",
    "template": "core-group-1-action-sheet-plain-text-actions-grouped-under-when-headings-this-week-every-week-by-next-core-group-ongoing-no-date-yet-owner-in-brackets-at-line-end",
    "description": (
        "First core group action sheet for three children aged 14, 8 and 4 (neglect; father's daily "
        "drinking while in sole charge on the nights mother works). Actions are dash lines grouped under "
        "timescale headings (THIS WEEK, EVERY WEEK UNTIL THE REVIEW CONFERENCE, BY THE NEXT CORE GROUP, "
        "ONGOING, NO DATE YET) with the owner in brackets. The dated groups are sound; under ONGOING the "
        "schools 'keep an eye on', the recovery service 'supports' with no measure, the house 'will be "
        "kept clean' by nobody, and 'family' owns Lacey's dance class; the Dads group referral has no "
        "date. The contingency only says the core group will discuss; the legal step is in the meetings "
        "section."
    ),
    "text": """\
DOWLESMERE COUNCIL - FAMILY SAFEGUARDING SERVICE
CORE GROUP 1 - CHILD PROTECTION PLAN AND ACTION SHEET

Children:     Lacey Tait (14), Dowlesmere High, Year 9
              Summer Tait (8), Lark Hill Primary, Year 3
              Jayden Tait (4), Lark Hill Nursery, starts Reception in September
Parents:      Kerry Tait (Mum), Darren Tait (Dad)
Address:      61 Millrace Road, Dowlesmere
Core group:   Tuesday 8 July 2025, 10am, Dowlesmere Family Centre
Present:      Kerry Tait, Darren Tait, Lucy Hammond (SW), Faye Nolan (HV), Mr Gareth Pryce (DSL,
              Dowlesmere High), Mrs Ann Cole (Summer's class teacher, Lark Hill), Tom Vickers
              (Dowlesmere Recovery Service), Jo Bailey (FSW)
Apologies:    Dr R Mistry (GP)
Plan since:   ICPC 24 June 2025 - category: neglect

WHY THE CHILDREN ARE ON A PLAN
Darren drinks most days, usually 8 to 10 cans from mid-afternoon, and he is the only adult at
home on the nights Kerry works at the care home (Wednesday to Saturday, 8pm to 8am). On 3 June
police found Jayden on Mill Road at 10.30pm in his pyjamas while Darren was asleep on the
settee. Lacey gets Summer and Jayden up, dressed and to school on the mornings after Kerry's
night shifts. Jayden is hard to understand and is not yet dry in the day. There is dog mess in
the yard and the bulbs upstairs have gone.

WHAT THE CHILDREN SAY
Lacey (seen on her own, 2 July): "From Wednesday to Saturday I'm basically their mum. I don't
mind Summer but Jayden won't get dressed for me." She has stopped going to dance because
"there's no one to have them". Summer (seen at school, 1 July): "Daddy sleeps on the settee with
the telly on and I turn it off." Jayden ran to show the SW his dinosaur and said "Lacey does my
breakfast"; he was in a wet nappy at 11am.

WHAT WE WANT TO SEE
- There is always a sober adult looking after Summer and Jayden, day and night.
- Lacey gets to be 14: she is at school on time, back at dance, and not the one getting her
  brother and sister up.
- Jayden starts Reception in September dry in the day, and his teacher can understand him.
- The house is clean, the lights work, and nothing dangerous is within the children's reach.

ACTIONS AGREED
(who is in brackets; when is the heading each action sits under)

THIS WEEK - by Friday 11 July 2025
- Fit new bulbs on the landing and in the children's bedrooms and put the bleach and dishwasher tablets in the high cupboard; Lucy will check both at her visit next week. (Kerry and Darren)
- Agree with Kerry's manager a change of shifts so that Darren is never the only adult in the house overnight, with a letter from the care home to Lucy confirming it. (Kerry)

EVERY WEEK UNTIL THE REVIEW CONFERENCE
- Home visit, every other one unannounced and at least one after 8pm, seeing all three children and Lacey on her own; the visit notes say who was in charge and whether Darren had been drinking. (SW - Lucy Hammond)
- Key-work and a breath test with Darren at the Recovery Hub, with a written update before each core group on his drinking and what it means for the children. (Tom Vickers, Dowlesmere Recovery Service)
- Home session with Kerry and Darren on Jayden's toileting and bedtime, using a sticker chart; Jo counts the dry days at each session. (FSW Jo Bailey)

BY THE NEXT CORE GROUP - 5 August 2025
- Full health review for Jayden including a hearing test, and a referral to speech and language therapy, with the referral and the hearing result copied to the SW. (HV Faye Nolan)
- GP appointment to talk about a supervised detox and to have liver function bloods taken; GP letter with the results to Lucy and Tom. (Darren, with Dr Mistry)
- Young carer's assessment for Lacey, with a list of the jobs she will stop doing at home shared at core group. (Amina Shah, Dowlesmere Young Carers)

ONGOING
- Keep an eye on how the children arrive at school and pass on anything worrying. (Mr Pryce, DSL Dowlesmere High, and Mrs Cole, Lark Hill)
- Support Darren to cut down his drinking. (Dowlesmere Recovery Service)
- The house will be kept clean and tidy and the dog mess cleared from the yard.
- Make sure Lacey gets to her dance class on Thursdays, which the dance school register will show. (family)

NO DATE YET
- Referral to the Dowlesmere Dads parenting group for Darren, place to be confirmed in writing. (SW)

IF THINGS DON'T IMPROVE
If things don't improve or there are further concerns, the core group will meet early to
discuss next steps and consider whether the children need to go back to conference.

NEXT MEETINGS
Core group every 4 weeks, 10am at Dowlesmere Family Centre: 5 August and 2 September 2025.
Review child protection conference: 18 September 2025, 2pm, Dowlesmere Civic Offices.
If Darren is still drinking while he is in sole charge of the children at the core group on
2 September (a positive breath test, or the children telling us), Lucy will request a legal
planning meeting.

Action sheet typed by Lucy Hammond (SW) and sent to everyone present, 9 July 2025.
""",
    "findings": [
        F("T002", "Keep an eye on how the children arrive at school"),
        F("M002", "Keep an eye on how the children arrive at school"),
        F("T002", "Support Darren to cut down his drinking"),
        F("M001", "Support Darren to cut down his drinking"),
        F("W001", "The house will be kept clean and tidy"),
        F("T002", "The house will be kept clean and tidy"),
        F("M001", "The house will be kept clean and tidy"),
        F("W002", "Make sure Lacey gets to her dance class on Thursdays"),
        F("T001", "Referral to the Dowlesmere Dads parenting group for Darren"),
        F("C002"),
    ],
})
