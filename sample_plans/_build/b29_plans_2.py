"""Batch 29, module 2: seven fictional plans (tuning material), places beginning with "w".

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.

Focus: faults that are subtle and sit among good practice (a strong plan with
one collective owner, a clear table whose measures are mostly activities, a
contingency that leans on Nan with no fallback, hedged commitments in a
letter, actions parked until a transfer), in revised plans with status
columns, a chair's summary, a family-written plan, and two exemplary plans.
"""
from build_batch5 import F, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Revised plan after a review conference, numbered table with a "Status at
#    review" column. Strong throughout except one collective owner (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b29_wendlestow_revised_status_column_okafor.docx",
    "doc_title": "Revised Child Protection Plan - Tayo and Zara Okafor",
    "split": "tune",
    "template": "rcpc-revised-plan-docx-what-has-changed-paragraph-then-numbered-table-who-by-when-how-well-know-status-at-review-column",
    "description": (
        "Plan revised at a first review conference for a 6-year-old and a toddler (domestic abuse, "
        "father's drinking; father moved out, paternal grandmother supervises contact). Numbered table "
        "with a 'Status at review' column (carried forward / new / done). Owners, timescales and "
        "measures are clear, the alcohol service reports, the contingency covers the grandmother "
        "being unable to supervise, dates and legal step are set; one row is owned by 'All agencies'."
    ),
    "blocks": [
        ("title", "Child Protection Plan – revised at review conference"),
        ("p", "Wendlestow Borough Council · Children's Services · Family Safeguarding Hub (East)"),
        ("kv", [
            ("Children", "Tayo Okafor, born 03/02/2019 (6), Year 1 at Wendlestow Park Primary; "
                         "Zara Okafor, born 11/11/2023 (19 months), Buttercup Lane Nursery"),
            ("Lives with", "Adaeze Okafor (mum), 41 Linnet Way, Wendlestow"),
            ("Father", "Femi Okafor, living with his brother at 22 Kestrel Road since 14/04/2025"),
            ("Conference", "First review child protection conference, 12/06/2025 (initial conference 13/03/2025)"),
            ("Category", "Emotional abuse (no change)"),
            ("Social worker", "Hannah Pryor"),
            ("Chair", "Colin Mabry, IRO"),
            ("This plan", "Replaces the plan of 13/03/2025. Typed up by HP after conference and sent to "
                          "everyone on the distribution list on 13/06/2025."),
        ]),
        ("h1", "What has changed since March"),
        ("p", "At the initial conference Femi was living at home, police had been called to three incidents "
              "since the autumn, and Tayo had told his teacher that \"Daddy shouts at Mummy and throws the "
              "remote\". Femi moved out in April, a non-molestation order was made on 24/04/2025 and there "
              "have been no police call-outs since. Femi has been to every Men's Choices session so far and "
              "has seen his alcohol worker weekly; one breath test in May was over the limit, on a Friday "
              "evening. Adaeze says she feels \"like I can breathe\" but worries about money and about the "
              "order ending. Saturday contact at Grace Okafor's house has gone well and Grace has kept "
              "the contact book every week."),
        ("p", "Conference agreed that the children are safer than in March but that the changes are new and "
              "depend on Femi keeping away from the house and keeping off drink. The plan continues, with "
              "the changes marked in the status column."),
        ("h1", "What Tayo and Zara are telling us"),
        ("p", "Tayo (seen on his own at school on 2 and 30 May): \"It's quiet at home now. I like Saturdays at "
              "Grandma's because Daddy plays Uno with me.\" He said he would feel scared if Daddy came back "
              "\"in the night\" and that he keeps his safety card in his book bag. On a scale of 0 (really "
              "scared) to 10 (really safe) he put home at 8 and Grandma's at 10."),
        ("p", "Zara is not yet talking in sentences. Nursery say she now goes in happily, plays alongside "
              "other children and no longer jumps when a door bangs. At home visits she brings her books to "
              "Adaeze and to the social worker, and settles for naps in her cot."),
        ("h1", "What we want for Tayo and Zara by the next review"),
        ("bullets", [
            "Tayo and Zara live without shouting, threats or violence at home, and Tayo tells his ELSA and "
            "his social worker that he feels safe there.",
            "Tayo sees his dad every Saturday in a way that is safe and fun, and knows that contact stops if "
            "Dad has been drinking.",
            "Zara's speech catches up: she is using 50 or more words by her 2-year review.",
        ]),
        ("h1", "The revised plan"),
        ("table", {
            "header": ["Ref", "What needs to happen", "Who", "By when", "How we'll know", "Status at review"],
            "widths": [1.0, 4.3, 2.8, 2.4, 3.7, 2.8],
            "rows": [
                ["1", "Visit Tayo and Zara at home, at least one visit a month unannounced; see Tayo on his own "
                      "and see Zara awake and in her room",
                 "SW Hannah Pryor", "Every 2 weeks",
                 "Visit records show Tayo seen alone and his words written down at every visit",
                 "Carried forward – 6 of 6 visits done, 2 unannounced"],
                ["2", "Supervise Femi's time with the children at Grace's house; Femi does not take them out on "
                      "his own or go to the family home",
                 "Grace Okafor (PGM)", "Every Saturday, 10am–4pm",
                 "Contact book signed by Grace and Femi each Saturday; SW reads it at each visit and asks Tayo "
                 "how contact went",
                 "Carried forward – 11 contacts, all supervised"],
                ["3", "Attend the Wendlestow Men's Choices programme, including the sessions on how children are "
                      "affected by abuse at home",
                 "Femi Okafor; facilitator Lewis Dunne reports to the SW",
                 "Every Thursday until the course ends on 18/09/2025",
                 "Attendance sheet sent to the SW monthly; mid-course report shared with the core group by "
                 "31/07/2025",
                 "Carried forward – 9 of 9 sessions"],
                ["4", "Alcohol key-work with Femi, with a breath test at every session and a short written "
                      "update on his drinking",
                 "Priya Nair, recovery worker, Wendlestow Alcohol Service",
                 "Weekly; written update before every core group",
                 "Breath test readings from each session; written update read out at every core group",
                 "Carried forward – 7 of 8 tests clear"],
                ["5", "Freedom Programme for Adaeze at the Wendlestow Women's Centre",
                 "Adaeze Okafor", "Tuesday mornings for 12 weeks from 17/06/2025",
                 "Women's Centre attendance sheet shared with the SW at the end of each month",
                 "New"],
                ["6", "Review the safety plan with Adaeze, including what Tayo should do and who he rings if his "
                      "dad comes to the house, and repeat the DASH risk checklist",
                 "IDVA Sian Morgan, Wendlestow DA Service", "By 26/06/2025, then monthly",
                 "Updated safety plan on file and a copy kept by Adaeze; Tayo's card in his book bag; DASH "
                 "score shared with the SW",
                 "Carried forward"],
                ["7", "Apply for a non-molestation order covering Adaeze and the children",
                 "Adaeze Okafor, with Harcourt Lane Law Centre", "By 30/04/2025",
                 "Order seen by the SW and copies given to the school and Zara's nursery",
                 "Done – order made 24/04/2025, runs to 24/04/2026"],
                ["8", "Check Zara's development and language at a 2-year review brought forward",
                 "HV Jo Ibekwe", "By 31/07/2025",
                 "ASQ-3 scores, weight and height recorded in the red book and sent to the SW",
                 "New"],
                ["9", "Weekly ELSA session for Tayo on feelings and worries; write down anything he says about "
                      "home",
                 "Mrs Ruth Byrne (ELSA), Wendlestow Park Primary", "Every Wednesday in term time",
                 "ELSA record of each session; anything Tayo says about home passed to the DSL and SW the "
                 "same day",
                 "Carried forward – Tayo asks for his sessions"],
                ["10", "Tell the SW straight away if Femi is seen at or near the family home, or at school or "
                       "nursery pick-up, outside the agreed Saturday contact",
                 "All agencies", "Same day",
                 "Each sighting logged on the children's file with the time and what was done",
                 "Carried forward"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Femi comes to the family home, contacts Adaeze against the order, or the police are called to "
              "any incident involving him, Adaeze will ring 999 and the SW (or the emergency duty team out of "
              "hours) will hold a strategy discussion the same day. Saturday contact stops until a new risk "
              "assessment has been done. If Adaeze and the children cannot stay safely at home, the IDVA will "
              "arrange a refuge place through Wendlestow Women's Aid that day."),
        ("p", "If Grace is ill, away or cannot supervise on a Saturday, that contact does not go ahead with "
              "anyone else in the family: the SW will book supervised contact at Brookside Family Centre within "
              "7 days instead. If Femi arrives at Grace's smelling of drink, Grace will end the contact and ring "
              "the SW the same day."),
        ("h1", "Meetings and review"),
        ("bullets", [
            "Core group every 4 weeks: 26/06/2025, 24/07/2025 and 21/08/2025, 10am at Wendlestow Park Primary.",
            "Second review child protection conference: 04/09/2025, 1.30pm, Wendlestow Civic Offices.",
            "If Femi misses two Men's Choices sessions, the order is breached, or Tayo is still telling us he "
            "feels frightened at home by the core group on 24/07/2025, the SW will ask the team manager for a "
            "legal planning meeting within 5 working days.",
        ]),
        ("p", "Hannah Pryor, Social Worker – 13/06/2025"),
    ],
    "findings": [
        F("W002", "Tell the SW straight away if Femi is seen"),
    ],
})


# ---------------------------------------------------------------------------
# 2. ICPC chair's summary with a plan table whose measures are mostly
#    activities; PDF with header and page footer on every page
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b29_wickerholt_chairs_summary_activity_measures_hennessy.pdf",
    "doc_title": "ICPC Chair's Summary and Plan - Lily-Rose Hennessy",
    "split": "tune",
    "template": "icpc-chairs-summary-paged-present-reports-first-person-chair-summary-babys-day-decision-then-action-lead-timescale-how-progress-measured-table",
    "description": (
        "Independent chair's summary of an initial conference for a 5-month-old (neglect, unsafe sleep, "
        "mother's postnatal depression), then a clear Action / Lead / Timescale / How progress will be "
        "measured table. Owners and timescales are all there, but five of the eight measures are "
        "activities ('Reviewed at core group', 'Improvement in home conditions', 'engagement', "
        "'monitored', 'Kept under review'); the perinatal CPN only supports, and one outcome is the "
        "mother's. Specific contingency, dates and legal step."
    ),
    "header": "OFFICIAL – SENSITIVE | Wickerholt Council Safeguarding Unit | Ref WKH/ICPC/25/0981",
    "footer": "Chair's summary and plan – Lily-Rose Hennessy – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Initial Child Protection Conference – Chair's Summary and Plan"),
        ("kv", [
            ("Child", "Lily-Rose Hennessy, born 02/01/2025 (5 months)"),
            ("Address", "14 Tamarind Close, Wickerholt"),
            ("Mother", "Kerry-Ann Hennessy (22)"),
            ("Father", "Dean Walsh (25), lives with Kerry-Ann and Lily-Rose"),
            ("Conference", "18/06/2025, 10am, Wickerholt Civic Centre, Room 4"),
            ("Chair", "Deborah Lane, Independent Conference Chair"),
            ("Social worker", "Marcus Leng, Assessment Team 2"),
        ]),
        ("h2", "Present"),
        ("p", "Kerry-Ann Hennessy (mother); Dean Walsh (father); Marcus Leng (SW); Anita Sole (HV); Ruth "
              "Askew (CPN, Wickerholt Perinatal Mental Health Team); Tasha Bright (FSW, Wickerholt Family "
              "Hub); PC Gareth Nolan (Public Protection Unit); Deborah Lane (Chair); Amy Price (minutes)."),
        ("h2", "Apologies and reports"),
        ("p", "Dr Omar Siddiqui (GP, Tamarind Surgery) sent apologies and a written report. Reports were also "
              "received from the SW (conference report and assessment), the HV and the perinatal team. "
              "Kerry-Ann and Dean had seen the SW's report two days before conference and went through it "
              "with their advocate."),
        ("h1", "Chair's summary"),
        ("p", "This conference was called after the HV found Lily-Rose asleep on the sofa between her parents "
              "on 14 May, and the SW found her asleep the same way on an unannounced visit on 29 May, with a "
              "bottle propped on a cushion. The flat is cluttered, the stairs are piled with bags and washing, "
              "and there is dog mess in the yard where Lily-Rose will soon be crawling. Lily-Rose has missed "
              "her 12- and 16-week immunisations."),
        ("p", "Kerry-Ann was diagnosed with postnatal depression in March and takes sertraline. She told "
              "conference that some days she does not get dressed and that she falls asleep on the sofa "
              "because \"it's easier than getting up for the night feeds\". Dean works long shifts at the "
              "distribution centre and said he had not realised sleeping on the sofa with the baby was "
              "dangerous. Both parents clearly love Lily-Rose, came to every appointment with the SW and "
              "spoke openly at conference."),
        ("p", "There are real strengths: Lily-Rose is gaining weight on the 25th centile, she is clean and "
              "well dressed, and both parents respond warmly to her. My concern, which the professionals "
              "shared, is that the risk from unsafe sleep is serious and immediate, and that Kerry-Ann's "
              "low mood is making it hard for her to keep to a safe routine at night."),
        ("h2", "Lily-Rose's day"),
        ("p", "Lily-Rose is too young to tell us what she thinks. The HV and SW saw a smiley, alert baby who "
              "reaches for her mum and quietens when Dean sings to her. On the two visits when she had slept "
              "on the sofa she was grizzly and had a red nappy rash. Her day has no set pattern: she feeds "
              "and sleeps wherever her mum is, and the cot in the back bedroom is full of clothes."),
        ("h2", "Decision"),
        ("p", "All agencies agreed that Lily-Rose is likely to suffer significant harm. She will be the subject "
              "of a child protection plan under the category of neglect. Kerry-Ann and Dean said they "
              "understood the decision and wanted to work with the plan."),
        ("h1", "What needs to be different for Lily-Rose"),
        ("bullets", [
            "Lily-Rose sleeps on her back in her own cot, every sleep, day and night.",
            "Lily-Rose lives in a home with clear stairs and a clean yard where she can learn to crawl safely.",
            "Lily-Rose's immunisations are up to date and she keeps gaining weight along her centile.",
            "Kerry-Ann's mood will improve and she will feel more confident as a mum.",
        ]),
        ("h1", "Plan"),
        ("table", {
            "header": ["Action", "Lead", "Timescale", "How progress will be measured"],
            "widths": [6.0, 3.6, 3.2, 4.2],
            "rows": [
                ["Unannounced and planned home visits; see Lily-Rose awake, check where she slept the night "
                 "before, and look at her bottles and nappy area",
                 "SW Marcus Leng", "Weekly, at least one unannounced each fortnight",
                 "Visit record notes where Lily-Rose slept, the state of her cot and her skin at every visit"],
                ["Weigh Lily-Rose, check her feeding and start weaning advice with Kerry-Ann and Dean",
                 "HV Anita Sole", "Fortnightly",
                 "Reviewed at core group"],
                ["Clear the stairs, the back bedroom and the dog mess from the yard so that Lily-Rose has a "
                 "safe space to crawl",
                 "Kerry-Ann and Dean", "By 11/07/2025",
                 "Improvement in home conditions"],
                ["Home visits to support Kerry-Ann with her low mood and with taking her sertraline",
                 "CPN Ruth Askew, Wickerholt Perinatal Mental Health Team", "Fortnightly",
                 "Kerry-Ann's engagement with the service"],
                ["Sessions at home on a routine for bath, bottle and bed by 8pm, and on putting Lily-Rose down "
                 "in her cot",
                 "FSW Tasha Bright, Wickerholt Family Hub", "Weekly for 8 weeks from 23/06/2025",
                 "Progress monitored by the SW"],
                ["Complete the ICON and safe sleep session with the HV, and move the cot into the parents' "
                 "bedroom",
                 "Dean Walsh", "By 30/06/2025",
                 "Signed ICON sheet on the HV record; cot seen set up in the bedroom at the next SW visit"],
                ["Bring Lily-Rose's immunisations up to date (12- and 16-week)",
                 "Kerry-Ann Hennessy", "By 11/07/2025",
                 "GP practice confirms both sets given; red book updated and seen by the HV"],
                ["Review Kerry-Ann's sertraline dose and any side effects",
                 "GP Dr Omar Siddiqui, Tamarind Surgery", "By 04/07/2025",
                 "Kept under review"],
            ],
        }),
        ("h1", "Contingency"),
        ("p", "If Lily-Rose is found asleep on the sofa or in her parents' bed, is seen with an unexplained "
              "mark, or Kerry-Ann tells anyone that she has thoughts of harming herself or the baby, the SW (or "
              "the emergency duty team out of hours) will hold a strategy discussion the same day. Lily-Rose "
              "will be cared for by approved foster carers, with her parents' agreement under section 20, while "
              "it is decided whether she can safely go home, and the perinatal team will offer Kerry-Ann a "
              "crisis assessment that day."),
        ("h1", "Core group and review"),
        ("p", "First core group: 01/07/2025 at Wickerholt Family Hub, then every 4 weeks (29/07/2025 and "
              "26/08/2025). Review child protection conference: 17/09/2025, 10am, Wickerholt Civic Centre."),
        ("p", "If Lily-Rose is still not sleeping in her cot, or the home conditions have not changed, by the "
              "core group on 29/07/2025, the SW will ask the team manager to convene a legal planning meeting."),
        ("p", "Deborah Lane, Independent Conference Chair – summary agreed 19/06/2025"),
    ],
    "findings": [
        F("F002", "Kerry-Ann's mood will improve and she will feel more confident as a mum."),
        F("M002", "Weigh Lily-Rose, check her feeding and start weaning advice"),
        F("M002", "Clear the stairs, the back bedroom and the dog mess"),
        F("M002", "with her low mood and with taking her sertraline"),
        F("H001", "with her low mood and with taking her sertraline"),
        F("M002", "Sessions at home on a routine for bath, bottle and bed"),
        F("M002", "Review Kerry-Ann's sertraline dose and any side effects"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Family-written plan (Mum's part, Nan's part, Uncle Ryan, "all of us")
#    with a professionals' table; the family's own "what if" leans on Nan (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b29_wysterdale_family_written_plan_rourke.md",
    "split": "tune",
    "template": "family-written-plan-md-written-at-nans-kitchen-table-first-person-bullets-under-each-family-member-then-professionals-who-what-when-table-and-our-own-what-if",
    "description": (
        "Plan for a 9-year-old and a 4-year-old (mother's drinking, neglect) written by the family in "
        "their own words at the first core group, with the SW's table for the professionals. Mostly "
        "clear, but Mum 'will try to' take Kai to football 'when I can', the dentist bullet has no "
        "measure, one bullet is owned by 'all of us in the family', and the family's contingency sends "
        "the children to Nan with nothing said about what happens if Nan can't."
    ),
    "text": """\
# Our Family Plan – Kai and Ellie-May

*Wysterdale Council Children's Services. Kai and Ellie-May have had child protection
plans since the conference on 5 June 2025 (category: neglect). We wrote this plan
ourselves at Nan's kitchen table after the first core group on 19 June 2025. Ife,
our social worker, typed it up and added the professionals' part at the end.*

## Who is in our family

- **Kai Rourke**, 9, Year 4 at Wysterdale Juniors
- **Ellie-May Rourke**, 4, Little Otters Nursery (starting Reception in September)
- **Chantelle Rourke** – Mum
- **Brenda Rourke** – Nan (Mum's mum), lives on Heron Street, five minutes' walk
- **Ryan Rourke** – Uncle Ryan (Mum's brother), lives with Nan
- The kids' dad, Jordan, lives in Scotland and phones on Sundays

## Why there is a plan (in Mum's words)

"I've been drinking too much since last summer, mostly wine at night when the kids are in
bed, but sometimes in the day too. In May the police brought Kai home because he'd gone out
looking for me at 10 o'clock at night, and another time nursery couldn't get hold of anyone
to pick Ellie-May up. I love my kids and I know they've had to look after themselves too
much."

Ife added: the police have been called to the flat three times since March. On two home
visits there was no food in the fridge and Ellie-May's teeth are badly decayed. Chantelle
has started going to Wysterdale Recovery Hub and says she has not drunk since 9 June.

## What Kai and Ellie-May say

Kai (with Ife at school, 12 June): "When Mum's drinking she goes to sleep and I make
Ellie-May toast. I like it at Nan's because there's always tea and Uncle Ryan plays
FIFA." He wants to go back to football because "I was really good at defending". He
said he worries about Mum "when she goes quiet and her eyes go funny".

Ellie-May drew our family with everybody holding hands and a big sun. Nursery say she
is hungry when she comes in on Mondays and gets upset at home time if nobody is at the
door yet.

## What we want for Kai and Ellie-May

- Kai and Ellie-May always have a grown-up who is sober looking after them, day and night.
- They have breakfast and tea every day and get to school and nursery on time.
- Ellie-May's teeth are fixed and she isn't in pain when she eats.
- Kai gets to be a kid: football, friends, and not worrying about Mum.

## What we will do

**Chantelle (Mum)**

- I will go to the Wysterdale Recovery Hub group every Tuesday at 10am and do a breath test there each week, and Dee will tell Ife the results.
- I won't drink at all on the nights I've got the kids on my own (Sunday to Thursday), and at 6pm every one of those nights I'll blow into the breathalyser Ife gave me and send Nan the photo.
- I will try to take Kai to football training when I can, and the coach will mark him on the register.
- I'll sort out Ellie-May's dentist appointment by the end of July.

**Nan (Brenda)**

- I'll have Kai and Ellie-May at mine every Friday and Saturday night, and I'll write it on the calendar in my kitchen so Ife can see it.
- I'll pick Ellie-May up from nursery on Mondays and Thursdays and give them both their tea, and nursery will sign her out to me in their book.

**Uncle Ryan**

- I'll walk Kai and Ellie-May to school and nursery on Monday, Tuesday and Wednesday mornings, and the registers will show them in on time.

**All of us**

- All of us in the family will make sure Mum is never left on her own with the kids after she's had a drink, every day, and anything that happens gets written in the family diary at Nan's.

## What the professionals will do

| Who | What | When | How we'll know |
|---|---|---|---|
| Ife Adebayo, social worker | Visit at home, see Kai on his own and Ellie-May at nursery, and look in the fridge and the kids' rooms | Every 2 weeks, at least one visit a month unannounced | Visit notes with what Kai says written in his own words |
| Dee Lawal, Wysterdale Recovery Hub | Alcohol assessment, weekly group and breath tests, and a written update for each core group on whether Chantelle's drinking is changing and what that means for the kids | Weekly; update before every core group | Breath test results and Dee's written update read at core group |
| Dr Helen Price, GP, Wysterdale Health Centre | Liver function blood test and a talk with Chantelle about her drinking and a detox if she needs one | By 18/07/2025 | Results and the GP's letter sent to Dee and Ife |
| Mr Owen Harris, DSL, Wysterdale Juniors | Check in with Kai every Monday and write down what he says about the weekend; pass any worry to Ife the same day | Every Monday in term | DSL log, and an email to Ife each Monday |
| Jade Rooney, keyworker, Little Otters Nursery | Write down how Ellie-May arrives each day (fed, clean, on time) and who collects her | Every session | Nursery arrival sheet emailed to Ife every Friday |

## What if Mum drinks?

If Mum drinks when she's got the kids, or Kai rings Nan because Mum has gone quiet, Nan
will come straight round and take Kai and Ellie-May back to hers. They'll stay with Nan
until Mum has gone a full 24 hours without a drink, and Nan will ring Ife (or the
out-of-hours team, the number is on Nan's fridge) the same night. If it happens twice
before the review conference, Ife will ask her manager for a legal planning meeting.

## Meetings

- Core group every 4 weeks at Wysterdale Juniors: 17/07/2025 and 14/08/2025, 3.30pm.
- Review child protection conference: 28/08/2025, 10am, Wysterdale Town Hall.

*Signed: Chantelle Rourke, Brenda Rourke, Ryan Rourke. Typed by Ife Adebayo, SW, 20/06/2025.*
""",
    "findings": [
        F("T002", "I will try to take Kai to football training when I can"),
        F("M001", "I'll sort out Ellie-May's dentist appointment by the end of July"),
        F("W002", "All of us in the family will make sure Mum"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Social worker's letter after the first core group, hedged commitments
#    ("I will try to", "it is hoped that", "hopefully") (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b29_wardlebeck_core_group_letter_hedged_pendry.docx",
    "doc_title": "Letter after core group - Ruby and Alfie Pendry",
    "split": "tune",
    "template": "sw-letter-to-mum-and-stepdad-after-first-core-group-one-sentence-agreed-paragraphs-with-hedges-i-will-try-it-is-hoped-hopefully",
    "description": (
        "A social worker's letter to a mother and stepfather after the first core group for an "
        "11-year-old young carer and her 7-year-old brother (mother's anxiety and depression). Most "
        "commitments are specific, but hedges hide gaps: 'I will try to' arrange a young carers "
        "assessment 'when I can', 'it is hoped that' Leanne sees her GP (no measure) and that Talking "
        "Therapies offer sessions 'over the summer' (support only), the school 'will be asked', and "
        "'we will all keep an eye on' home. Good outcomes, voice, contingency and dates."
    ),
    "blocks": [
        ("pr", "Wardlebeck City Council"),
        ("pr", "Children and Families – Safeguarding Team North"),
        ("pr", "Kestle House, Market Row, Wardlebeck"),
        ("pr", "27 June 2025"),
        ("p", ""),
        ("pl", "Ms Leanne Pendry and Mr Craig Moss"),
        ("pl", "9 Sorrel Terrace"),
        ("pl", "Wardlebeck"),
        ("p", ""),
        ("p", "Dear Leanne and Craig,"),
        ("p", "Thank you both for coming to the core group at Ruby and Alfie's school on Tuesday. I said I would "
              "put what we agreed in writing so that you have it at home, and so that everyone is working from "
              "the same page. Please ring me if anything here is not what you remember."),
        ("boldp", "Why Ruby and Alfie have a plan"),
        ("p", "Ruby (11) and Alfie (7) have been on child protection plans since the conference on 5 June 2025, "
              "under the category of neglect. Leanne, you have had anxiety and depression for several years and "
              "you stopped your medication in April. On three of my visits in May Ruby had got Alfie up, "
              "dressed and to school on her own, and on 21 May she was found at the Co-op at 9pm buying bread "
              "for their tea. Craig works nights at the depot and sleeps during the day, so from the end of "
              "school until Craig gets up Ruby is often in charge."),
        ("boldp", "What Ruby and Alfie told me"),
        ("p", "Ruby told me, \"I don't mind doing it, Mum's just tired, but I never get to go to anything after "
              "school.\" She would like to go to the after-school drama club with her friend Keira and she "
              "said she worries about Mum \"when she cries in the bathroom\". Alfie said his favourite thing "
              "is \"when Ruby does pancakes\". He told me he sometimes wets the bed and \"nobody changes it "
              "till the morning\"."),
        ("boldp", "What we all want for Ruby and Alfie"),
        ("bullets", [
            "Ruby gets to be eleven: she goes to after-school club and drama and is never left in charge of "
            "Alfie.",
            "Alfie has a clean, dry bed every night and someone who helps him when he wakes up wet.",
            "Both children have a hot meal every evening cooked by an adult and get to school on time.",
        ]),
        ("boldp", "What we agreed will happen"),
        ("p", "I will visit you at home every two weeks, see Ruby and Alfie on their own each time, and write "
              "down what they tell me in my visit record."),
        ("p", "I will try to arrange a young carers assessment for Ruby with Wardlebeck Young Carers when I "
              "can."),
        ("p", "It is hoped that Leanne will go back to Dr Sandhu by 11 July to talk about restarting her "
              "medication."),
        ("p", "It is hoped that Wardlebeck Talking Therapies will offer Leanne six sessions for her anxiety "
              "over the summer."),
        ("p", "Craig will hopefully start the Dads Matter parenting group on Thursday evenings from 3 July, and "
              "Sam Okoro, who runs it, will send me the attendance sheet each month."),
        ("p", "Ruby's school will be asked to give her a weekly check-in with a learning mentor."),
        ("p", "Gill Harper, the school nurse, will see Alfie by 18 July about his weight and his bedwetting, "
              "and will send me and Dr Sandhu a short written report."),
        ("p", "Leanne and Craig will make sure Ruby is never left in charge of Alfie after school, and Ruby "
              "will go to the after-school club on Tuesdays and Thursdays, which the club marks in its "
              "register."),
        ("p", "I will ask my manager by 11 July whether we can hold a family group conference, and I will "
              "write to you with the date."),
        ("p", "We will all keep an eye on how things are going at home."),
        ("boldp", "If things get worse"),
        ("p", "If Ruby is found looking after Alfie on her own after 6pm, either child misses school for two "
              "days running with no reason given, or Leanne tells anyone she cannot keep going, I (or the "
              "out-of-hours team) will visit the same day and hold a strategy discussion. Ruby and Alfie would "
              "then stay with their dad, Kevin Pendry, in Hallam Street, and if Kevin could not have them they "
              "would stay with foster carers that night."),
        ("boldp", "Meetings"),
        ("p", "The core group will meet every four weeks at Wardlebeck Junior School, on 22 July and 19 August "
              "2025 at 9.15am. The review child protection conference is on 2 September 2025 at 1pm at Kestle "
              "House."),
        ("p", "If Leanne has not been back to her GP, or Ruby is still looking after Alfie after school, by the "
              "core group on 19 August, my manager will hold a legal planning meeting to decide whether we "
              "need to start the pre-proceedings process."),
        ("p", "Yours sincerely,"),
        ("p", "Nadia Korver"),
        ("pl", "Social Worker, Safeguarding Team North"),
        ("pl", "cc: Wardlebeck Junior School (DSL); Gill Harper, school nurse; Dr Sandhu, Sorrel Lane Surgery"),
    ],
    "findings": [
        F("T002", "arrange a young carers assessment for Ruby with Wardlebeck Young Carers"),
        F("M001", "arrange a young carers assessment for Ruby with Wardlebeck Young Carers"),
        F("M001", "Leanne will go back to Dr Sandhu by 11 July"),
        F("T002", "Wardlebeck Talking Therapies will offer Leanne six sessions"),
        F("H001", "Wardlebeck Talking Therapies will offer Leanne six sessions"),
        F("M001", "Wardlebeck Talking Therapies will offer Leanne six sessions"),
        F("W001", "Ruby's school will be asked to give her a weekly check-in"),
        F("M001", "Ruby's school will be asked to give her a weekly check-in"),
        F("W002", "We will all keep an eye on how things are going"),
        F("T001", "We will all keep an eye on how things are going"),
        F("M002", "We will all keep an eye on how things are going"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Case-system plan review print while a transfer is pending: ACT blocks
#    with Owner / Due / Evidence / Status / Transfer lines (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b29_whistlecombe_transfer_pending_act_blocks_clegg.txt",
    "split": "tune",
    "template": "transfer-out-pending-case-system-plan-review-print-act-blocks-dot-leader-owner-due-evidence-rag-status-and-transfer-note-lines-txt",
    "description": (
        "Case-system print of a CP plan reviewed at core group while the family moves to another "
        "authority (12-year-old self-harming, 3-year-old, mother's depression under the CMHT, ex-partner's "
        "abuse). Each action has Owner/Due/Evidence/Status/Transfer lines. Visits carry on to the "
        "transfer-in conference, but the parenting assessment, the CAMHS referral and family support are "
        "parked for the receiving authority; the CMHT only supports; 'Core group' owns the transfer pack; "
        "the review conference is left to the other authority."
    ),
    "text": """\
WHISTLECOMBE COUNCIL  -  CHILDREN'S SERVICES           CareLink v4.2
PLAN REVIEW PRINT  (CP)                         printed 04/07/2025 15:41
user: ACARNFORTH                                         page 1 of 1
------------------------------------------------------------------------
CHILD       Jasmine CLEGG    DOB 19/03/2013 (12y)   CL-220871
CHILD       Owen CLEGG       DOB 07/08/2021 (3y)    CL-220872
ADDRESS     Flat 3, 88 Quarry Lane, Whistlecombe
MOTHER      Natalie CLEGG (34)
PLAN        Child Protection - category Emotional abuse
ICPC        27/03/2025     RCPC 19/06/2025 (plan continued)
KEY SW      Abi Carnforth, Whistlecombe CP Team 1
REVIEWED AT Core group 03/07/2025
TRANSFER    OUT - family moving to Dunholt Metropolitan Borough on
            28/07/2025 (tenancy with Dunholt Homes signed 30/06/2025).
            Transfer request sent to Dunholt CSC 01/07/2025.
------------------------------------------------------------------------

>> CONCERNS
Natalie's ex-partner Lee Hargreaves was violent to her in front of both
children (last incident 09/03/2025; non-molestation order to 03/2026).
Natalie has recurrent depression and is under Whistlecombe CMHT; she had
two weeks in bed in May and Jasmine did Owen's meals and bathtimes. In
June Jasmine's PE teacher saw cuts on her forearms; Jasmine says she cuts
"when my head's too loud". Owen's speech is behind and he bites at nursery.

>> CHILDREN'S VIEWS / LIVED EXPERIENCE
Jasmine (seen alone 26/06/2025): "I'm scared about the move, I won't
know anyone. I don't want a new social worker, I just got used to you."
She said she cuts less since she's been sleeping better and that she
wants "someone to talk to who isn't a teacher". She asked if Lee will
know where they live.
Owen (seen at Tiny Steps 01/07/2025): played with the garage for 20 mins,
took SW's hand to show his coat peg, flinched when a man's voice was
raised in the corridor. Staff say he is calmer on days Jasmine drops
him off.

>> OUTCOMES
O1  Jasmine is kept safe from self-harm, has someone to talk to about
    how she feels and is not looking after Owen on her own.
O2  Owen is cared for by an adult every day and his speech is helped.
O3  Both children live with no contact from Lee.

>> ACTIONS
ACT 01  Home visits - see Jasmine alone and see Owen at home; check
        who is doing meals and bedtimes
        Owner ....... SW Abi Carnforth
        Due ......... Weekly until Dunholt's transfer-in conference
        Evidence .... Visit recs - J seen alone every visit, her words
                      recorded
        Status ...... GREEN  4/4 visits since RCPC
        Transfer .... Continues after the move (SW to travel to Dunholt)

ACT 02  Parenting assessment of Natalie, including how her low mood
        affects her care of Owen and her ability to protect from Lee
        Owner ....... Dunholt Children's Services
        Due ......... After transfer - date TBC
        Evidence .... Assessment report to transfer-in conference
        Status ...... AMBER  not started
        Transfer .... On hold - Dunholt to complete once case transferred

ACT 03  Referral to CAMHS for Jasmine re self-harm and low mood
        Owner ....... Dunholt Children's Services
        Due ......... On transfer
        Evidence .... CAMHS acceptance letter on file
        Status ...... RED  not sent
        Transfer .... Referral held back - Dunholt to refer to Dunholt
                      CAMHS once the case is open to them

ACT 04  Secure a Year 8 school place for Jasmine in Dunholt for Sept
        Owner ....... EWO Gary Lunt, Whistlecombe Education Welfare
        Due ......... by 29/08/2025
        Evidence .... Written offer from Dunholt Academy, copy to SW
        Status ...... GREEN  application in
        Transfer .... n/a

ACT 05  Care co-ordination and home visits to support Natalie with her
        mood and her medication
        Owner ....... Joe Pask, care co-ordinator, Whistlecombe CMHT
        Due ......... Fortnightly
        Evidence .... Contacts recorded on CMHT record and dates copied
                      to SW monthly
        Status ...... GREEN
        Transfer .... No change

ACT 06  Family support sessions at home on routines and boundaries,
        incl. Owen's bedtime and Jasmine not doing his care
        Owner ....... FSW Kelly Ames, Whistlecombe Early Help
        Due ......... TBC by Dunholt
        Evidence .... Engagement
        Status ...... AMBER  paused
        Transfer .... Paused pending transfer - Dunholt Early Help to
                      decide whether to offer

ACT 07  GP to see Jasmine about her cuts and her sleep, and write to SW
        Owner ....... Dr Rana Farah, Millbrook Surgery
        Due ......... by 11/07/2025
        Evidence .... GP letter to SW with wound check and sleep plan
        Status ...... AMBER  appt booked 08/07
        Transfer .... n/a

ACT 08  Move the DA marker and the non-molestation order details to
        the new Dunholt address
        Owner ....... PC Dawn Ellis, Whistlecombe Police DA Unit
        Due ......... before the move on 28/07/2025
        Evidence .... Email from Dunholt Police confirming marker on the
                      new address
        Status ...... GREEN
        Transfer .... Police to police

ACT 09  Send the transfer pack (plan, chronology, all agency reports)
        to Dunholt and answer their questions
        Owner ....... Core group
        Due ......... by 14/07/2025
        Evidence .... Dunholt confirm receipt of the pack by email
        Status ...... AMBER
        Transfer .... For transfer-in conference

ACT 10  Keep Owen at Tiny Steps nursery 3 days a week until the move;
        speech and language screen done before he leaves
        Owner ....... Natalie Clegg; SALT screen by Tiny Steps SENCo
        Due ......... Mon/Wed/Fri until 25/07/2025
        Evidence .... Nursery register; screen results sent to SW
        Status ...... GREEN
        Transfer .... Screen results to go in the transfer pack

>> CONTINGENCY
If Lee comes to the address or contacts Natalie or the children, or
Jasmine self-harms in a way that needs medical treatment, SW/EDT to hold
a strategy discussion the same day. If Natalie cannot keep the children
safe from Lee, Jasmine and Owen to be placed with foster carers under
s20 that day. If Natalie lets Lee back into the home, the SW will
request a legal planning meeting within 5 working days.

>> REVIEW
Core group .. fortnightly until the move: 17/07/2025 (last in
              Whistlecombe)
RCPC ........ not booked - transfer-in conference to be arranged by
              Dunholt, date TBC

-- end of print --
""",
    "findings": [
        F("X001", "Parenting assessment of Natalie, including how her low mood"),
        F("T002", "Parenting assessment of Natalie, including how her low mood"),
        F("X001", "Referral to CAMHS for Jasmine re self-harm and low mood"),
        F("H001", "Care co-ordination and home visits to support Natalie"),
        F("X001", "Family support sessions at home on routines and boundaries"),
        F("T002", "Family support sessions at home on routines and boundaries"),
        F("M002", "Family support sessions at home on routines and boundaries"),
        F("W002", "Send the transfer pack (plan, chronology, all agency reports)"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Core group minutes with the plan as revised today and a status column;
#    PDF with header and footer. Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b29_wolsterby_core_group_minutes_revised_plan_lomax.pdf",
    "doc_title": "Core Group Record and Revised Plan - Idris and Maryam Lomax",
    "split": "tune",
    "template": "core-group-minutes-paged-initials-present-agency-updates-childrens-words-then-plan-as-revised-today-table-what-who-when-well-know-status",
    "description": (
        "Exemplary third core group record for an 8-year-old and a 9-month-old (mother's severe "
        "depression, past overdose), with agency updates, the children's words and day, and the plan as "
        "revised today with a status column. Every action has an owner, timescale and observable "
        "measure; the CPN reports on change and the psychiatrist assesses capacity to change; the GP "
        "owns an action; the grandmother's mornings are covered if she cannot come; core group and "
        "review dates; legal planning meeting if progress is insufficient."
    ),
    "header": "OFFICIAL-SENSITIVE – Wolsterby Council Children's Services",
    "footer": "Core group 3 – Idris and Maryam Lomax – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Core Group Meeting – Record and Revised Plan"),
        ("kv", [
            ("Children", "Idris Lomax, born 14/10/2016 (8), St Anne's Primary; "
                         "Maryam Lomax, born 22/09/2024 (9 months)"),
            ("Address", "5 Bellfounder Row, Wolsterby"),
            ("Meeting", "Third core group since the initial conference of 08/05/2025"),
            ("Date and place", "Thursday 26/06/2025, 10am–11.40am, Wolsterby Family Hub"),
            ("Chair", "Laura Penhale (LP), social worker"),
            ("Minutes", "Kieran Doyle, business support"),
        ]),
        ("h2", "Present"),
        ("p", "Saira Lomax (SL), mum; Ben Lomax (BL), dad; Nasreen Qadir (NQ), maternal grandmother; "
              "Laura Penhale (LP), SW; Dave Rix (DR), CPN, Wolsterby CMHT; Helen Ward (HW), HV; "
              "Jane Coates (JC), DSL, St Anne's Primary."),
        ("p", "Apologies: Dr Ellen Fry, consultant psychiatrist (letter sent); Dr Paul Ames, GP (update "
              "emailed 25/06/2025)."),
        ("h2", "1. How things have been since the last core group"),
        ("p", "SL said the last three weeks have been \"up and down\". She has taken her medication every "
              "day and has been getting up with Maryam on the mornings Nasreen is there, but she spent two "
              "days in bed after her sister's wedding. DR has seen SL three times; her mood scores have "
              "improved from 21 to 15 on the PHQ-9 and she has no thoughts of harming herself. DR's view is "
              "that SL is making real changes but that they are recent and still depend on Nasreen and Ben "
              "being there in the mornings and evenings."),
        ("p", "NQ has been at the house every weekday morning apart from one day when she had a hospital "
              "appointment; BL took a day's leave that day. BL has done all the weeknight feeds and the chart "
              "is up to date. HW weighed Maryam on 20/06: she is on the 50th centile. JC reported Idris was "
              "late twice, both on the day NQ was at hospital, and that he has joined the young carers "
              "lunch club."),
        ("p", "The GP has moved SL's prescription to 7-day amounts and confirmed every collection since "
              "the last meeting. Dr Fry's letter says she will see SL on 10/07/2025 to complete her "
              "assessment."),
        ("h2", "2. What Idris and Maryam are telling us"),
        ("p", "Idris (seen alone at school by LP on 19/06): \"Nani does the mornings and she does proper "
              "parathas. Mum's been better, she came to my assembly.\" He said he still checks on Mum when "
              "he gets home \"to see if she's sad\". He likes lunch club because \"other kids' mums are "
              "poorly too\". Asked what would make things better, he said \"if Mum didn't have to stay in "
              "bed any more\"."),
        ("p", "Maryam was seen by LP and HW. She pulls herself up on the sofa, babbles \"ba-ba\" and reaches "
              "for her mum and her grandmother. She was clean and dressed on every visit, and settles in her "
              "cot after her bedtime bottle with Ben. On the morning SL was in bed, Maryam was in her cot, "
              "awake and calm, when Nasreen arrived."),
        ("h2", "3. What we want for Idris and Maryam (agreed at conference)"),
        ("bullets", [
            "Maryam is fed, changed and comforted by an awake adult every day, sleeps safely and keeps "
            "growing along her centile.",
            "Idris gets to school on time every day and does not feel he has to look after his mum or his "
            "sister.",
            "Both children live with a mum whose illness is well enough managed that she can look after "
            "them, and with adults around her who act quickly if she becomes unwell.",
        ]),
        ("h2", "4. The plan as revised today"),
        ("table", {
            "header": ["What", "Who", "When", "We'll know it's working when", "Status 26/06"],
            "widths": [4.6, 3.0, 2.8, 4.4, 2.2],
            "rows": [
                ["Visit at home, see Idris on his own and Maryam awake; one visit each month before 8.30am to "
                 "see the morning routine",
                 "SW Laura Penhale", "Every 2 weeks",
                 "Visit records show Idris seen alone and Maryam's care seen at every visit",
                 "On track – 4 visits, 1 early"],
                ["See Saira at home, check her mood and her medication, and report at each core group on "
                 "whether she is making the changes Idris and Maryam need",
                 "CPN Dave Rix, Wolsterby CMHT", "Every 2 weeks",
                 "Written update to every core group: PHQ-9 score, what has changed, and how it shows in "
                 "Saira's care of Maryam",
                 "On track"],
                ["Assess Saira's capacity to change, her early warning signs and how long her recovery is "
                 "likely to take",
                 "Dr Ellen Fry, consultant psychiatrist, Wolsterby CMHT", "Written assessment by 24/07/2025",
                 "Assessment report shared with the core group and the review conference",
                 "New – agreed today"],
                ["Prescribe Saira's medication in 7-day amounts and tell the CPN and SW if she does not "
                 "collect it",
                 "GP Dr Paul Ames, Castle Lane Surgery", "Every week; any missed collection reported the same day",
                 "Pharmacy collection record checked by the CPN; SW told of any gap on the day",
                 "On track"],
                ["Be at the house from 7.30 to 9.30am on weekdays: give Maryam her breakfast bottle and walk "
                 "Idris to school",
                 "Nasreen Qadir (MGM)", "Monday to Friday, term time and holidays",
                 "Morning book signed each day by Nasreen; St Anne's register shows Idris in by 8.50am",
                 "On track – 1 day missed, covered by Ben"],
                ["Do Maryam's bedtime and her night feeds on weeknights and keep the feed chart",
                 "Ben Lomax", "Every weeknight",
                 "Feed chart on the fridge, looked at by the HV and SW at each visit",
                 "On track"],
                ["Weigh Maryam and complete her 9–12 month review, including her sleep space and weaning",
                 "HV Helen Ward", "Monthly; full review by 24/07/2025",
                 "Weight on or above the 25th centile; review shared with the SW and GP",
                 "Weighed 20/06 – 50th centile"],
                ["Weekly check-in with Idris, and his place at the young carers lunch club",
                 "Mrs Jane Coates, DSL, St Anne's Primary", "Every Monday in term",
                 "DSL notes record what Idris says; anything about home passed to the SW the same day",
                 "On track"],
                ["Young carers assessment for Idris, with a plan for what he no longer has to do at home",
                 "Asha Kent, Wolsterby Young Carers", "By 18/07/2025",
                 "Assessment and support offer sent to the SW and to Saira and Ben",
                 "New – referral sent 25/06"],
            ],
        }),
        ("h2", "5. If things go wrong"),
        ("p", "If Saira talks about harming herself or the children, stops her medication, or is found in bed "
              "and unable to respond while she is alone with Maryam, whoever finds this (Ben, Nasreen or a "
              "professional) will call the CMHT crisis line or 999 and tell LP or the emergency duty team "
              "straight away. LP will hold a strategy discussion the same day, and Idris and Maryam will stay "
              "with Nasreen while Saira is assessed."),
        ("p", "If Nasreen cannot come in the morning, Ben will stay at home until 9.30am. If neither of them "
              "can be there, LP will arrange that day for Maryam to go to Little Steps nursery and for Idris "
              "to go to the St Anne's breakfast club. If there is no safe adult for the children at any time, "
              "they will be looked after by approved foster carers that day under section 20."),
        ("h2", "6. Next meetings and review"),
        ("bullets", [
            "Next core group: 17/07/2025, 10am, Wolsterby Family Hub (every 3 weeks until conference).",
            "Review child protection conference: 31/07/2025, 2pm, Wolsterby Council Offices.",
            "If Dr Fry's assessment finds Saira unlikely to make the changes needed within Maryam's "
            "timescale, or the morning plan breaks down twice even with the back-up, LP will ask the team "
            "manager for a legal planning meeting within 5 working days.",
        ]),
        ("p", "Minutes agreed by the chair 27/06/2025 and sent to all present and to Dr Fry and Dr Ames."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. Family safety network plan with a "who is where each week" rota and
#    bullets under each person. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b29_wrayhaven_network_rota_then_person_bullets_turnbull.md",
    "split": "tune",
    "template": "rcpc-family-safety-network-plan-md-weekly-who-is-where-rota-table-then-bold-person-and-agency-bullets-with-checked-by-clauses",
    "description": (
        "Exemplary review-conference plan for a 10-year-old and a 6-year-old cared for by their father, "
        "who is on a methadone script after a relapse and overdose. A weekly rota shows who is with the "
        "children; bullets under each person and agency give what, when and how it is checked. The drug "
        "service tests and reports on capacity to sustain change, grandmother and aunt have a fallback "
        "in the contingency, core group and review dates are set and legal planning follows relapse."
    ),
    "text": """\
# Leo and Ava's plan

**Wrayhaven Borough Council – Children's Services**
Review child protection conference, 19 June 2025 – plan continues (category: neglect)
Social worker: Priya Holt · Conference chair: Martin Oduya

---

## Who's who

- Leo Turnbull, 10, Year 5 at Harbourside Primary
- Ava Turnbull, 6, Year 1 at Harbourside Primary
- Jamie Turnbull, their dad, who has looked after them on his own since 2022
- Sandra Turnbull, their nan (Jamie's mum), lives on Ropewalk, 10 minutes away; works nights at a care home on alternate weeks
- Kim Dale, their aunt (Jamie's sister), lives on the Eastfield estate
- Their mum, Kelly, lives abroad and has had no contact since 2022

## What we are worried about

In January Jamie relapsed on heroin after four years clean. On 27 January Leo found him
unconscious on the bathroom floor and rang 999; Jamie needed naloxone from the paramedics.
Leo and Ava were alone with him for about an hour before Leo woke up and found him. Jamie
has been on a methadone script with supervised consumption since February and every test
since March has been clear, but a relapse while he is the only adult in the house could
leave the children without care, or finding their dad unconscious again.

## What is going well

Jamie has not missed a single day at the pharmacy since February. Both children are at
school every day and clean and well fed. Sandra and Kim have stepped in without being
asked, and the children love being with them. Jamie has told Leo and Ava, in words they
understand, what happened and what he is doing about it.

## What Leo and Ava say

Leo (seen at school, 12 June): "Dad's better now, he goes to the chemist every morning.
I still check on him when I go to bed." He has practised with Nan what to do if Dad won't
wake up and said "I ring Nan, and if she doesn't answer I ring 999, I know the address".
He would like to stop checking on Dad "because it's boring and I want to sleep".

Ava (seen at home, 16 June) drew her house with "Daddy, me, Leo and Nanny Sandra" and
said her favourite day is Sunday "because Auntie Kim does roast and we do baking". When
asked what makes her sad she said "when Daddy was poorly and the ambulance came".

## What we want for Leo and Ava

- Leo and Ava are always looked after by an adult who is awake, sober and not using drugs.
- Leo can go to bed without checking on his dad, and says he feels safe at home.
- Both children keep going to school every day and keep seeing Nan and Auntie Kim every week.

## Who is where each week

| Day | Before school | After school (3.15–6pm) | Evening and night |
|---|---|---|---|
| Monday | Dad | Dad | Dad |
| Tuesday | Dad | Nan Sandra | Dad |
| Wednesday | Dad | Dad | Dad |
| Thursday | Dad | Nan Sandra | Dad |
| Friday | Dad | Dad | Nan Sandra (overnight at hers) |
| Saturday | Nan Sandra | Dad | Dad |
| Sunday | Dad | Auntie Kim (lunch and homework) | Dad |

## Who will do what

**Jamie (Dad)**
- Jamie will take his methadone at Harbour Street Pharmacy every morning under supervision – *checked by:* the pharmacy's supervised consumption record, sent to Carl every Friday.
- Jamie will give an oral fluid test at Pathways every Friday – *checked by:* test results in Carl's report to each core group.
- Jamie will keep the network book on the kitchen shelf and write in it every day who had the children and when – *checked by:* the SW reads and signs it at every visit.

**Carl Osei, recovery worker, Pathways (Wrayhaven Drug and Alcohol Service)**
- Carl will see Jamie every Friday for key-work and testing, and send a written report before each core group on whether Jamie is staying stable and what that means for his care of Leo and Ava – *checked by:* the report read at every core group.
- Carl will write an assessment of Jamie's capacity to keep the changes going, and the risk of relapse over the next year, by 31 July 2025 – *checked by:* the assessment shared with the core group and the review conference.
- Carl will give Jamie and Sandra a naloxone kit each and show them how to use it by 4 July 2025 – *checked by:* signed training record on the Pathways file and a copy to the SW.

**Sandra Turnbull (Nan)**
- Sandra will collect Leo and Ava from school on Tuesdays and Thursdays and have them at hers every Friday night – *checked by:* the network book and the school's collection log.

**Kim Dale (Auntie Kim)**
- Kim will have Leo and Ava every Sunday from 12 to 6pm and go over Leo's homework – *checked by:* the network book, and Leo's homework handed in on Mondays (school will tell the SW if it is not).

**Priya Holt, social worker**
- Priya will visit every 2 weeks, at least once a month unannounced and once a month before school, and see Leo and Ava on their own – *checked by:* visit records with the children's words, and the network book signed.
- Priya will meet Sandra, Kim and Jamie together every 4 weeks, on the day of each core group, to check the rota is still working – *checked by:* a written note of each network meeting on the children's file.

**Mrs Fiona Lark, DSL, Harbourside Primary**
- Mrs Lark will check in with Leo every Monday morning and write down how his weekend went, and tell Priya the same day if the children are late, absent or worried – *checked by:* the DSL log and an email to Priya each Monday.

## If things go wrong

If Jamie misses his methadone two days running, has a test positive for heroin or any drug
not prescribed to him, or anyone finds him drowsy, confused or smelling of alcohol while
he is looking after the children, the adult who sees it will take Leo and Ava to Sandra's
straight away and ring Priya (or the out-of-hours team). Priya will hold a strategy
discussion the same day and the children will stay with Sandra until it is safe for them
to go home.

If Sandra is at work or cannot take them, Kim will collect them. If neither Sandra nor
Kim can, Priya or the out-of-hours team will arrange for Leo and Ava to stay together with
approved foster carers that night.

If Jamie relapses or has two positive tests, Priya will ask the team manager for a legal
planning meeting within 5 working days.

## When we meet

- Core group every 4 weeks at Harbourside Primary, 3.30pm: 10 July, 7 August and 4 September 2025.
- Next review child protection conference: 18 September 2025, 10am, Wrayhaven Civic Offices.
""",
    "findings": [],
})
