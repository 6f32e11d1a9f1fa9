"""Batch 166, module w: seven fictional plans (tuning material), places beginning with "w".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: when and how we will know. Each plan is in a template of its own,
and its craft is in the WHEN and the HOW WE WILL KNOW of each action: times
as events and anchors ("the day the baby is born", "before the baby is
discharged", "within 24 hours of any missed visit", "by the end of the spring
term", "in the fortnight after the review"), clipped times ("wkly (Tues)",
"w/c 12.1.26", "2x wk", "fortnightly from 3/2", "ASAP - by 20/01 latest",
"end Feb"), times given once for several actions (a When cell merged down, a
deadline heading, a "*" footnote, a rhythm heading), times that only look
like one ("ongoing", "TBC", "as required", "when he feels ready", "asap"),
and measures as records, scores, test results, the child's own words, letters
on file and registers, beside measures that only look like one ("keep an eye
on", "monitor", "feedback", "progress discussed at core group", "to be
reviewed").

1. a pre-birth plan for an unborn baby and a 4-year-old (mother's
   depression, father's cocaine use, paternal aunt staying after the birth):
   a Word table split by stage banner rows, with the When cell merged down
   over actions that share a deadline and a "What we will see" column
   (docx, exemplary);
2. a social worker's letter to a mother after an initial conference
   (domestic abuse, her anxiety and depression, the father's drinking, the
   paternal grandmother supervising contact), the plan in numbered
   paragraphs that say who, when and how we will know in the sentence (docx):
   faults are a perpetrator programme with no time, the CMHT's weekly
   support only, the health visitor's "keep an eye on", the school
   counsellor starting "when he feels ready", a housing request with no
   measure, a nursery place that "it is hoped" can be found, and no fallback
   if the grandmother cannot supervise (T001, H001, M002, T002, M001, W001,
   C003);
3. a review conference plan printed from a case system with page headers
   and footers, a key to clipped timing codes, a "*" footnote date for
   several rows, and a "Proof" column (pdf, exemplary);
4. review conference minutes with numbered minutes and an action log whose
   Due cells are merged down over groups of rows (pdf): faults are
   "Ongoing" merged over two rows, a boiler repair "TBC", an alcohol service
   measured by "feedback at core group", a school mentor's sessions measured
   by "progress discussed at core group", direct work with no evidence,
   "Core group" owning information sharing, and an outcome about the parents
   only (T002 x3, M002 x2, M001, W002, F002);
5. an outline plan whose actions sit under deadline headings (a time given
   once for each group), with "How we'll know" in each numbered item (md):
   faults are two items under a "Later on" heading with no time, the
   grandmother's "keep an eye on", a measure "to be reviewed at the next
   core group", weekend respite "as required", a "Family network" owner,
   Talking Therapies treating the mother only, and no fallback if the
   grandmother cannot help (T001 x2, M002 x2, T002, W002, H001, C003);
6. a core group plan sorted by rhythm (every school day, every week, every
   fortnight, once by a date, whenever something happens), each bullet with
   a bold owner and a "Proof:" (md, exemplary);
7. the social worker's e-mail to the core group after an initial
   conference, the actions as numbered "who - what - when - how we'll know"
   lines (txt): faults are a GP review "asap", a housing officer's visit
   "TBC", the school only to "monitor", "Everyone" sharing worries, a
   self-referral with "-" for evidence, the parenting assessment handed to
   the receiving council after transfer, and a review conference "TBC"
   (T002 x2, M002, W002, M001, X001, R001).

Three plans (1, 3 and 6) are exemplary: every live action has a named owner,
a real timescale and something that can be seen or counted; outcomes are
about the children; each contingency has specific triggers and protective
responses and says what happens if relatives' help fails; each records the
children's voice, core group dates or frequency and a dated review
conference, and legal planning after named triggers; adult services own
actions, and every mental health service is asked for its view of the
parent's capacity to change and its likely timescale.

Counting convention used for "actions" (README convention 1): each row of an
action table or action log, each numbered paragraph of the letter's plan,
each numbered item of the outline and each bullet of the rhythm plan counts
once, whatever number of sentences it holds. Stage banner rows, deadline
headings, notes and keys above a table, the contingency, meeting dates,
views, outcomes and the minutes' agency updates are not actions.
"""
from build_batch5 import F, H, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Pre-birth plan: a Word table split by stage banner rows, the When cell
#    merged down over actions that share a deadline, a "What we will see"
#    column. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b166_wexcombe_prebirth_stage_banners_merged_when_osei.docx",
    "doc_title": "Pre-birth Child Protection Plan - Baby Osei and Amara Osei",
    "split": "tune",
    "actions": 19,
    "check_vmerge": 2,
    "template": "prebirth-icpc-plan-docx-kv-details-worries-going-well-amaras-words-and-the-babys-world-outcomes-then-one-table-no-what-lead-when-what-we-will-see-split-by-stage-banner-rows-before-birth-ward-home-when-cells-merged-down-over-shared-deadlines-event-anchored-times-then-if-things-go-wrong-meetings",
    "description": (
        "Exemplary pre-birth plan for an unborn baby and her 4-year-old sister. Their mother has "
        "depression and took an overdose in 2022; the baby's father uses cocaine at weekends; his "
        "sister will stay for the first two weeks after the birth. One Word table is split by stage "
        "banner rows (now until the birth, the birth and the ward, home until the baby is 12 weeks "
        "old). Times are events and anchors ('the day the baby is born', 'before the baby is "
        "discharged', 'within 24 hours of any missed visit', 'all six by the February half term'), and "
        "two When cells are merged down over the rows that share a deadline. Every row has a 'What "
        "we will see'. The perinatal team assess capacity to change, the drug service and GP own "
        "actions, the aunt's nights have a fallback, legal planning follows named triggers, core "
        "group and review dates are set, and Amara's words are recorded."
    ),
    "blocks": [
        ("title", "Pre-birth Child Protection Plan"),
        ("p", "Wexcombe Borough Council · Children's Services · Safeguarding and Assessment Team (South)"),
        ("kv", [
            ("Unborn baby", "Baby Osei, a girl, due 14/03/2026 at Wexcombe General Hospital"),
            ("Sister", "Amara Osei, 4 (DOB 22/05/2021), Reception class at St Peter's C of E Primary, Wexcombe"),
            ("Address", "Flat 6, Harbour Court, Quay Street, Wexcombe WX2 4LN"),
            ("Mother", "Kayleigh Osei (23)"),
            ("Baby's father", "Marcus Dunmore (26), lives with Kayleigh and Amara"),
            ("Amara's father", "Kwame Osei, lives in Saltmere; phone calls with Amara on Sundays"),
            ("Paternal aunt", "Tanisha Dunmore (31), 8 Linden Close, Wexcombe (ten minutes by car)"),
            ("Conference", "Initial pre-birth child protection conference, Monday 12/01/2026. Chair: Helen "
                           "Marsh (IRO)"),
            ("Category", "Neglect (unborn baby and Amara)"),
            ("Social worker", "Joel Arkwright (team manager: Priya Sandhu)"),
        ]),
        ("h1", "Why we are worried"),
        ("p", "Kayleigh has had depression since she was a teenager. In 2022, when Amara was eight months "
              "old, she took an overdose and Amara was found by a neighbour, crying in her cot. Kayleigh "
              "stopped her sertraline when she found out she was pregnant and did not tell her GP. Since "
              "October she has missed three antenatal appointments, and Amara has been late to school 14 "
              "times this term and twice arrived without breakfast."),
        ("p", "Marcus uses cocaine at weekends. On 22/11/2025 a neighbour called the police to a loud argument "
              "at the flat in the early hours; Marcus had used cocaine and Amara was awake and frightened. "
              "There was no assault, and Marcus told the conference he has not used since."),
        ("h1", "What is going well"),
        ("bullets", [
            "Kayleigh saw her GP on 05/01/2026, restarted her sertraline and agreed to a referral to the "
            "Wexcombe Perinatal Mental Health Team, who saw her on 09/01/2026.",
            "Marcus agreed at the conference to work with Clearway Wexcombe, the drug and alcohol service.",
            "Tanisha knows Kayleigh well, has looked after Amara many times, and has offered to stay at the flat "
            "for the first two weeks after the baby comes home.",
            "Amara is a lively, chatty girl who is making good progress at school and loves her mum.",
        ]),
        ("h1", "What Amara says, and the baby's world"),
        ("p", "Joel saw Amara at school on 08/01/2026. She drew her family and put a big yellow sun over "
              "Auntie Tanisha. She said: \u201cMummy is sad and stays in bed. I make my own cereal.\u201d and "
              "\u201cMarcus was shouty on the Saturday and I hid under the covers.\u201d She is excited about "
              "the baby and said: \u201cI want to be the big sister and help do the bath.\u201d Her teacher, "
              "Mrs Lamb, says Amara is quiet on Monday mornings and brightens once she has had breakfast club "
              "toast."),
        ("p", "The baby will come home to a one-bedroom flat where Amara shares her mum's room. Her Moses "
              "basket is not yet bought. She will depend on the adults around her to feed her every three to "
              "four hours, day and night, to keep her warm and safe, and to notice when she cries."),
        ("h1", "What we want for Amara and the baby"),
        ("numbers", [
            "Amara and the baby are cared for every day and every night by an adult who is well enough to "
            "look after them and is not under the influence of drugs.",
            "The baby is born safely, is fed on time, sleeps on her back in her own Moses basket and gains "
            "weight along her centile.",
            "Amara gets to school fed, clean and on time every day, with no late marks by the end of the "
            "spring term.",
            "Amara feels safe at home, and can tell a grown-up at school when she is worried.",
        ]),
        ("h1", "The plan"),
        ("p", "Each row has one lead. The When column says the date, the event or how often; where one "
              "deadline covers several rows the cell runs down beside all of them."),
        ("table", {
            "header": ["No.", "What will happen", "Lead", "When", "What we will see"],
            "widths": [1.0, 6.0, 3.0, 3.0, 4.0],
            "rows": [
                ["Stage 1 \u2013 now until the birth", H, H, H, H],
                ["1.1",
                 "Antenatal checks for Kayleigh and the baby, and a safeguarding alert with this plan put on "
                 "the maternity system",
                 "Nicola Bream, specialist safeguarding midwife, Wexcombe General Hospital",
                 "Alert by Fri 16/01/2026; clinic every two weeks to 36 weeks, then every week",
                 "Alert confirmed to Joel by email; every clinic attended or missed listed in Nicola's report "
                 "to each core group"],
                ["1.2",
                 "Visit Amara, Kayleigh and Marcus at home, one visit in three unannounced, and see Amara on "
                 "her own at school or at home each fortnight",
                 "Joel Arkwright, social worker",
                 "Every week from now until the review conference on 09/04/2026",
                 "A visit record on the case file for every visit, with what Amara said or drew"],
                ["1.3",
                 "Complete the pre-birth assessment, including what Tanisha and Kwame can offer, and go "
                 "through it with Kayleigh and Marcus",
                 "Joel Arkwright, social worker",
                 "By 36 weeks \u2013 Friday 13/02/2026",
                 "Assessment report shared with Kayleigh and Marcus first, then with the core group on "
                 "19/02/2026"],
                ["1.4",
                 "Assess Kayleigh's depression and the risk of relapse after the birth, write a relapse plan "
                 "with her, and give a written view on whether she can make and keep the changes Amara and "
                 "the baby need, and how long that is likely to take",
                 "Dr Ruth Okafor, consultant perinatal psychiatrist, Wexcombe Perinatal Mental Health Team",
                 V,
                 "Signed relapse plan copied to Joel, the midwife and the GP; written report on Joel's file by "
                 "13/02/2026"],
                ["1.5",
                 "Buy and set up a Moses basket, a steriliser and bottles for the baby, using the maternity "
                 "grant Joel has helped them claim",
                 "Kayleigh and Marcus jointly",
                 V,
                 "Joel sees the Moses basket made up beside the bed at his visit in the week of 09/02/2026"],
                ["1.6",
                 "Key-work with Marcus, with a drug test at every session, and a written report on whether he "
                 "has stopped using cocaine and how long any further change is likely to take",
                 "Dele Adewale, recovery worker, Clearway Wexcombe (drug and alcohol service)",
                 "Wkly (Thurs) from 15/01/2026; report two working days before each core group",
                 "Test results and Dele's report on Joel's file before every core group"],
                ["1.7",
                 "Go to every Thursday session at Clearway and give a test each time; keep no drugs in the "
                 "flat",
                 "Marcus Dunmore (baby's father)",
                 "Every Thursday from 15/01/2026",
                 "Clearway attendance record shows every session kept; every test negative for cocaine from "
                 "13/02/2026"],
                ["1.8",
                 "Take her sertraline every day and go to every perinatal appointment, so that she is well "
                 "enough to care for Amara and the baby",
                 "Kayleigh Osei (mum)",
                 "Every day from 12/01/2026",
                 "Repeat prescriptions collected on time (GP record); every appointment kept in Dr Okafor's "
                 "report"],
                ["1.9",
                 "Review Kayleigh's sertraline and mood, and tell Joel the same day if a repeat prescription "
                 "is not collected",
                 "Dr Aled Price, GP, Ferry Lane Surgery",
                 "Every four weeks from 19/01/2026",
                 "GP letter to Joel after each review; any missed prescription logged by Joel the day he is "
                 "told"],
                ["1.10",
                 "Check Amara in at breakfast club each morning, note if she is late, hungry or unwashed, and "
                 "ring Joel the same day with any worry",
                 "Mrs Carol Lamb, Reception teacher and DSL, St Peter's C of E Primary",
                 "Every school day; attendance to Joel every Friday",
                 "Friday attendance email shows Amara in by 8.50am, with no late marks by the end of the "
                 "spring term (27/03/2026)"],
                ["1.11",
                 "Six \u2018feelings\u2019 sessions with Amara using her worry monster book, so that she has "
                 "a grown-up at school she can tell",
                 "Sadia Rehman, learning mentor, St Peter's C of E Primary",
                 "Weekly (Wednesdays) from 21/01/2026, all six by the February half term",
                 "Amara's worry monster book, with her own words, shown to Joel after the sixth session"],
                ["Stage 2 \u2013 the birth and the ward", H, H, H, H],
                ["2.1",
                 "Phone Joel (or the Emergency Duty Team at a weekend) to say the baby has been born, and "
                 "who is on the ward",
                 "Nicola Bream, specialist safeguarding midwife",
                 "The day the baby is born",
                 "Joel's or EDT's case note of the call, with the time of birth"],
                ["2.2",
                 "Hold a discharge planning meeting on the ward with Kayleigh, Marcus, Tanisha, the midwife "
                 "and the health visitor",
                 "Joel Arkwright, social worker",
                 "Before the baby is discharged",
                 "Minutes with the going-home plan given to everyone before the baby leaves the ward"],
                ["2.3",
                 "Watch Kayleigh and Marcus feed, change and settle the baby, including at least one night "
                 "feed, and write down anything that had to be put right",
                 "Carol Dean, ward sister, Ward 4, Wexcombe General Hospital",
                 V,
                 "Midwifery notes record a day feed and a night feed seen; copy given to Joel at the discharge "
                 "meeting"],
                ["Stage 3 \u2013 home, until the baby is 12 weeks old", H, H, H, H],
                ["3.1",
                 "New birth visit, then weigh the baby and check that she sleeps on her back in her Moses "
                 "basket",
                 "Grace Tunde, health visitor, Wexcombe 0-19 Service",
                 "New birth visit between day 10 and day 14; then every week until the baby is 12 weeks old",
                 "Weights in the red book and emailed to Joel the same day; safe sleep seen and written in the "
                 "visit notes"],
                ["3.2",
                 "Stay at the flat overnight and do the 2am feed, so that Kayleigh sleeps at least six hours "
                 "a night",
                 "Tanisha Dunmore (paternal aunt)",
                 "Nights 1 to 14 after the baby comes home",
                 "Night feed chart signed by Tanisha each morning and checked by Grace or Joel at every visit"],
                ["3.3",
                 "Make an unannounced visit to see the baby and Amara whenever a health or social work visit "
                 "is missed or the door is not answered",
                 "Joel Arkwright, social worker (EDT out of hours)",
                 "Within 24 hours of any missed visit",
                 "A visit record on file within 24 hours, saying the baby was seen awake and where she "
                 "sleeps"],
                ["3.4",
                 "Visit Kayleigh at home after the birth, check her mood, sleep and sertraline, and report on "
                 "whether she is keeping up the changes the baby needs and how long they are likely to take",
                 "Sam Ellery, perinatal mental health nurse, Wexcombe Perinatal Mental Health Team",
                 "Weekly from the first week at home until the baby is 12 weeks old",
                 "Sam's written report on Joel's file before every core group, with the EPDS score taken at "
                 "each visit"],
                ["3.5",
                 "Kayleigh's six-week postnatal check and the baby's eight-week check, and a same-day call to "
                 "Joel if either is missed",
                 "Dr Aled Price, GP, Ferry Lane Surgery",
                 "Six weeks and eight weeks after the birth",
                 "GP letter with both checks on Joel's file; any missed check logged the day it is missed"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Kayleigh talks about harming herself, stops her sertraline, or cannot get up to care for "
              "Amara on two days running, whoever notices will ring Joel (or EDT out of hours) that day. The "
              "perinatal team will see Kayleigh within 24 hours (the crisis team out of hours), and until then "
              "Amara, and the baby once she is born, will stay with Tanisha at 8 Linden Close."),
        ("p", "If Marcus uses cocaine while he is caring for the children, or drugs are found in the flat, he "
              "will leave that day and stay with his mother at 31 Fenner Road, and Joel will hold a strategy "
              "discussion with Wexcombe Police the same day."),
        ("p", "If Tanisha cannot do the nights or cannot have Amara (she is ill, her work changes, or she tells "
              "us she cannot keep going), she will ring Joel that day. Joel will arrange a parent-and-baby "
              "foster placement for Kayleigh, the baby and Amara with Wexcombe Fostering Service, or, if none "
              "is free that day, an emergency foster placement for the children."),
        ("p", "If any of Marcus's tests is positive after 13/02/2026, Kayleigh stops her sertraline, or the "
              "pre-birth assessment finds the baby would not be safe at home, Joel will ask Priya Sandhu for a "
              "legal planning meeting within five working days, before the baby is born, to decide whether to "
              "start pre-proceedings under the Public Law Outline."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group: every four weeks on Thursdays at 10am, Wexcombe Children's Centre \u2013 22/01/2026, "
            "19/02/2026 and 19/03/2026 (moved to the ward if the baby is still in hospital).",
            "Review child protection conference: Thursday 09/04/2026, 10am, Wexcombe Town Hall.",
            "Joel will bring what Amara has said and drawn to each core group.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. The social worker's letter to a mother after the initial conference,
#    the plan in numbered paragraphs with who, when and how we'll know in
#    the sentence. Mostly sound, with realistic faults (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b166_wollerton_icpc_letter_to_mum_numbered_paragraphs_pike.docx",
    "doc_title": "Letter to Jodie Pike - child protection plan for Ellis and Lily",
    "split": "tune",
    "actions": 15,
    "template": "sw-letter-to-mum-after-icpc-docx-letterhead-address-lines-dear-jodie-plain-headings-why-we-met-what-ellis-said-and-lily-showed-worries-going-well-what-we-want-then-numbered-paragraphs-i-you-named-workers-when-and-how-we-will-know-inside-the-sentence-then-if-things-go-wrong-when-we-meet-signed",
    "description": (
        "A social worker's letter to a mother after the initial conference for her 8-year-old son and "
        "2-year-old daughter (domestic abuse by the children's father, the mother's anxiety and "
        "depression, the father's drinking; the paternal grandmother supervises his contact). The "
        "plan is fifteen numbered paragraphs in which 'I' is the social worker who signs, 'you' is "
        "Jodie, and the time and the check sit inside the sentence ('every week until the review "
        "conference', 'by the February half term', 'the nursery register will show'). Most "
        "paragraphs are sound. Faults: the father's Caring Dads programme has no time; the CMHT "
        "care coordinator only supports, checked by session records; the health visitor visits 'to "
        "keep an eye on' Lily; the school counsellor starts 'when he feels ready'; the housing "
        "request has no check; 'it is hoped that' a nursery place can be found, with no one to find "
        "it; and the contingency says nothing if the grandmother cannot supervise."
    ),
    "blocks": [
        ("pr", "Wollerton Council"),
        ("pr", "Children's Services \u2013 Safeguarding and Family Support Team (North)"),
        ("pr", "Wollerton Civic Centre, Market Street, Wollerton WL1 2AA"),
        ("pr", "Telephone 01632 960 418"),
        ("p", ""),
        ("pl", "Ms Jodie Pike"),
        ("pl", "22 Alder Rise"),
        ("pl", "Wollerton WL6 3DE"),
        ("p", ""),
        ("pl", "Friday 16 January 2026"),
        ("p", ""),
        ("p", "Dear Jodie,"),
        ("boldp", "Ellis and Lily's child protection plan"),
        ("p", "Thank you for coming to the initial child protection conference yesterday, Thursday 15 January "
              "2026, and for talking so honestly about the last few months. I promised I would write to you "
              "with the plan in plain words, so that you have it at home and can check what everyone has "
              "agreed to do. Craig will get a copy of this letter too."),
        ("p", "The conference decided that Ellis and Lily should have child protection plans under the "
              "category of emotional abuse. This means that everyone at the conference agreed that Ellis and "
              "Lily have been harmed by what has happened at home, and that we need to work together with "
              "you to keep them safe."),
        ("boldp", "Why we met"),
        ("p", "On 14 December 2025 the police came to the house after Craig, who had been drinking, threw a "
              "mug at the kitchen wall and pushed you against the fridge. Ellis was in the kitchen and Lily "
              "was in her highchair. It was the third time the police had been called since the summer. Craig "
              "has been living at his mum's since that night. You told the conference that your anxiety and "
              "low mood have been much worse this winter, and that some mornings you cannot get out of bed "
              "until Ellis is already late for school."),
        ("boldp", "What Ellis told me, and what we have seen of Lily"),
        ("p", "I saw Ellis on his own at school on 12 January. He said: \u201cI don't like it when Dad shouts. "
              "I take Lily in my room and put the telly up loud.\u201d He told me he worries about you when you "
              "are in bed, and that he sometimes makes Lily's breakfast. He misses his dad and wants to see "
              "him, \u201cbut not when he's had beer\u201d. He scored how safe he feels at home as 6 out of 10."),
        ("p", "Lily is 2. When I visited on 9 January she was babbling and climbing on the sofa, and she ran to "
              "you when the door buzzer went. Sue Barnes, her health visitor, says Lily has only a few words "
              "for her age and often wakes three or four times a night."),
        ("boldp", "What is going well"),
        ("bullets", [
            "You have kept Craig away from the house since 14 December and have rung me each time he has "
            "texted you.",
            "Ellis is doing well at Wollerton Park Primary and his teacher says he is kind and helpful.",
            "Craig's mum, Sandra, has offered to supervise Craig's time with the children at her house.",
            "You are already seeing your GP and the Community Mental Health Team.",
        ]),
        ("boldp", "What we all want for Ellis and Lily"),
        ("bullets", [
            "Ellis and Lily live in a calm home where they do not see or hear shouting or violence.",
            "Ellis gets to school on time every day and does not have to look after Lily in the mornings.",
            "Lily's talking and sleep improve, and she goes to nursery on her booked mornings.",
            "Ellis and Lily see their dad safely, when he is sober, and Ellis can tell someone if he is "
            "worried.",
        ]),
        ("boldp", "What will happen, and when"),
        ("p", "Each numbered part says who will do it, by when, and how we will all know it has happened. "
              "\u201cI\u201d means me, Megan, and \u201cyou\u201d means you, Jodie."),
        ("numbers", [
            "I will visit you, Ellis and Lily at home every week until the review conference on 16 April "
            "2026, and at least one visit in three will be unannounced. I will see Ellis on his own each "
            "time and write down what he tells me, and you will get a copy of my visit notes.",
            "You will not let Craig come to the house or see the children except at Sandra's on Saturdays, "
            "from today, 16 January 2026. Sandra's contact book and what Ellis tells me at my visits will show that this is "
            "happening.",
            "Sandra Latham (Craig's mum) will supervise every contact between Craig and the children at her "
            "home, 10 Orchard Way, on Saturdays from 10am to 1pm, and will write each contact in the contact "
            "book, which I will read every fortnight.",
            "Craig will complete the Caring Dads programme with Wollerton Family Safety Service, and the "
            "facilitator will send me his attendance and an end-of-course report.",
            "Craig will go to Brightpath, the Wollerton alcohol service, for an assessment by 30 January "
            "2026, and after that every week. Brightpath will write to me before each core group with his "
            "breath test results and their view on whether he is drinking less and how that affects his "
            "time with the children.",
            "Rob Farrah, your care coordinator at Wollerton Community Mental Health Team, will see you every "
            "week for support with your anxiety and your medication, and each session will be recorded on "
            "the CMHT system.",
            "Dr Sima Rahman at Alder Street Surgery will review your sertraline by 6 February 2026 and write "
            "to me about how you are managing the children in the mornings.",
            "Amina Yusuf, the IDVA at Wollerton Domestic Abuse Service, will complete a safety plan with you "
            "by 23 January 2026 and give me a signed copy.",
            "You will go to the Freedom Programme at Wollerton Family Hub on Tuesday mornings for 12 weeks "
            "from 20 January 2026; the course register will show the sessions you attend.",
            "You will get Ellis to school by 8.50am every day, and Lily to nursery on her booked mornings "
            "once she has a place; Mr Patel's Friday attendance emails and the nursery register will show "
            "this.",
            "Mr Dev Patel, the designated safeguarding lead at Wollerton Park Primary, will check Ellis in "
            "every morning and ring me the same day if he is absent, late or upset, and will email me his "
            "attendance every Friday.",
            "Kate Morley, the school counsellor at Wollerton Park Primary, will start six sessions with "
            "Ellis when he feels ready, and will write me a short summary after the last one.",
            "Sue Barnes, Lily's health visitor, will visit you every two weeks until the review conference "
            "to keep an eye on Lily's eating and sleep.",
            "I will ask Wollerton Homes to fix the damp and mould in the children's bedroom by 30 January "
            "2026.",
            "It is hoped that a funded two-year-old place can be found for Lily at Little Owls Nursery by "
            "the February half term (13 February 2026), and the nursery register will show the mornings she "
            "goes.",
        ]),
        ("boldp", "If things go wrong"),
        ("p", "If Craig comes to the house, or contacts you or the children outside the Saturday contact, ring "
              "999 if you feel unsafe, and ring me the same day. I will hold a strategy discussion with "
              "Wollerton Police that day, and the Saturday contact will stop until the core group has met."),
        ("p", "If you become so unwell that you cannot look after Ellis and Lily, or you tell Rob or me that you "
              "are thinking of harming yourself, Rob will arrange for the crisis team to see you that day, and "
              "the children will stay with your sister, Leanne Pike, at 5 Ash Walk until you are well enough "
              "to have them home."),
        ("p", "If Craig is found at the house again, or if by the core group on 24 March 2026 Ellis is still "
              "late on more than two days a week, I will ask my manager, Tom Greaves, for a legal planning "
              "meeting within five working days, to decide whether to begin the Public Law Outline."),
        ("boldp", "When we will meet"),
        ("p", "The core group (you, Craig, Sandra, me, Sue, Mr Patel, Rob and Amina) will meet every four weeks "
              "at Wollerton Family Hub at 10am: on Tuesday 27 January, Tuesday 24 February and Tuesday 24 "
              "March 2026. The review child protection conference will be on Thursday 16 April 2026 at 10am "
              "at Wollerton Civic Centre."),
        ("p", "If anything in this letter is not clear, or you think something is wrong, please ring me on "
              "01632 960 418. You can also ask Amina to go through it with you."),
        ("p", "Yours sincerely,"),
        ("pl", "Megan Radcliffe"),
        ("pl", "Social Worker, Safeguarding and Family Support Team (North)"),
        ("p", "Copies: Craig Latham; Sandra Latham; the core group"),
    ],
    "findings": [
        F("T001", "complete the Caring Dads programme with Wollerton Family Safety Service"),
        F("H001", "will see you every week for support with your anxiety"),
        F("T002", "will start six sessions with Ellis when he feels ready"),
        F("M002", "to keep an eye on Lily's eating and sleep"),
        F("M001", "ask Wollerton Homes to fix the damp and mould"),
        F("W001", "It is hoped that a funded two-year-old place can be found"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Review conference plan printed from a case system: page header and
#    footer, record fields, a key to clipped timing codes and a "*" footnote
#    date, then a Ref / Task / Lead / Timing / Proof table. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b166_wrenford_rcpc_case_print_timing_codes_proof_column_kowalczyk.pdf",
    "doc_title": "CareLedger print - Child Protection Plan (Review) - Kowalczyk",
    "split": "tune",
    "actions": 16,
    "min_pages": 2,
    "header": "WRENFORD CITY COUNCIL \u2013 CareLedger \u2013 Child Protection Plan (Review) \u2013 OFFICIAL-SENSITIVE",
    "footer": "Printed 14/01/2026 09:12 by K.ADEBAYO \u2013 Case 55102-7 \u2013 Page {PAGE} of {NUMPAGES}",
    "template": "rcpc-plan-case-system-print-paged-header-footer-record-fields-reason-progress-since-icpc-childrens-words-outcomes-then-key-to-timing-codes-wkly-2x-wk-fn-wc-and-star-footnote-date-then-ref-task-lead-timing-proof-table-clipped-times-then-trigger-response-contingency-fields-escalation-meetings",
    "description": (
        "Exemplary review conference plan for an 11-year-old girl and a 6-year-old boy whose mother "
        "drinks in the evenings (neglect; their father is kept away by a non-molestation order); their "
        "grandfather does two school runs and Saturdays. Printed from a case system with a header and "
        "a page footer on every page: record fields, reason, progress, both children's words, "
        "outcomes, then a key to the timing codes ('wkly', '2x wk', 'f/n', 'w/c', and '*' meaning by "
        "the core group on 26/02/2026) above a Ref / Task / Lead / Timing / Proof table whose times "
        "are clipped ('wkly (Tues)', 'w/c 12.1.26', 'fortnightly from 3/2', 'ASAP - by 20/01 latest', "
        "'end Jan 26') and whose proofs are breath tests, registers, letters and the children's own "
        "words. The alcohol service reports on change, the GP owns an action, the grandfather's part "
        "has a fallback, legal planning follows named triggers, core group and review dates are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan \u2013 Review"),
        ("kv", [
            ("Record type", "Child protection plan \u2013 review (RCPC1)"),
            ("Subject 1", "Zofia KOWALCZYK (F), DOB 03/04/2014 (11), Year 7, Wrenford Academy"),
            ("Subject 2", "Filip KOWALCZYK (M), DOB 19/09/2019 (6), Year 2, Wrenford Park Infant School"),
            ("Address", "27 Tanner's Row, Wrenford WR5 9HT"),
            ("Household", "Agnieszka KOWALCZYK (mother, 36); Zofia; Filip"),
            ("Father", "Tomasz KOWALCZYK \u2013 no contact; non-molestation order until 30/09/2026"),
            ("Family network", "Jan NOWICKI (maternal grandfather, 68), 4 Mill Row, Wrenford \u2013 5 mins' "
                               "walk"),
            ("Language", "Agnieszka prefers Polish for meetings; interpreter booked for every core group"),
            ("ICPC", "14/10/2025"),
            ("RCPC1", "13/01/2026 \u2013 Chair: Marcus Penhaligon (IRO)"),
            ("Category", "Neglect"),
            ("Decision", "Both children to remain subject to a child protection plan"),
            ("Allocated SW", "Kemi Adebayo (TM: Lorna Pettigrew)"),
        ]),
        ("h2", "Reason for plan"),
        ("p", "On 27/09/2025 Zofia rang 999 at 11pm because her mum had collapsed in the kitchen after drinking "
              "most of a bottle of vodka. Filip was asleep upstairs. Agnieszka told the ICPC she had been drinking "
              "most evenings since Tomasz left in 2024, after years of domestic abuse. Zofia had been cooking "
              "for Filip, getting him up for school and hiding bottles. Filip's attendance was 82%."),
        ("h2", "Progress since ICPC"),
        ("p", "Agnieszka started with Tidewater Recovery on 04/11/2025 and has been to 9 of 10 sessions. Nine "
              "of eleven breath tests read 0.00; the two positive tests were on 24/12 and 27/12. Jan has done "
              "the Tuesday and Thursday school runs every week. Filip's attendance is now 91%. Zofia is still "
              "doing most of the cooking on weekday evenings."),
        ("h2", "What the children say"),
        ("kv", [
            ("Zofia (seen alone at school 07/01/2026)", "\u201cIt's better than before but I still check on "
             "Mum when I get in. Christmas was bad.\u201d \u201cDziadek's days are the best days because I "
             "don't have to cook.\u201d She scored home 6/10 (3/10 at the ICPC). She wants her mum to stop "
             "drinking \u201cfor real\u201d and wants to go to the young carers' group."),
            ("Filip (seen at home 09/01/2026)", "Drew his house with \u201cMummy, Zosia, me and Dziadek\u201d "
             "and a green door \u201cwhere Daddy can't come in\u201d. Said he likes \u201cwhen Mummy does "
             "pancakes\u201d and does not like \u201cwhen she is sleepy on the sofa\u201d."),
        ]),
        ("h2", "Outcomes for Zofia and Filip"),
        ("numbers", [
            "Zofia and Filip are looked after every evening and night by an adult who is sober.",
            "Zofia no longer cooks, does bedtime or hides bottles; she has time for school, homework and "
            "friends.",
            "Filip is at school on time every day (95% or more) and is clean, fed and ready to learn.",
            "Both children are safe from their father and know what to do if he comes near them.",
        ]),
        ("h2", "Tasks"),
        ("p", "Key to timings: wkly = every week; 2x wk = twice a week; f/n = fortnightly; w/c = week "
              "commencing; CG = core group. * in the Timing column = by the core group on Thursday "
              "26/02/2026."),
        ("table", {
            "header": ["Ref", "Task", "Lead", "Timing", "Proof"],
            "widths": [1.1, 6.0, 3.2, 2.9, 3.8],
            "rows": [
                ["T01",
                 "Visit Zofia and Filip at home, 1 visit in 3 unannounced and 1 a month after 6pm; see each "
                 "child alone; breath test Agnieszka at each visit",
                 "Kemi Adebayo, SW",
                 "2x wk to 29/01/26, then wkly to RCPC2",
                 "Visit records on CareLedger, each with Zofia's and Filip's own words and the breath test "
                 "reading"],
                ["T02",
                 "Drink no alcohol while Zofia and Filip are in her care, and take a breath test at every SW "
                 "and Tidewater visit",
                 "Agnieszka Kowalczyk (Mum)",
                 "Daily from 13/01/26",
                 "Every breath test reads 0.00 (SW and Tidewater records)"],
                ["T03",
                 "Key-work with Agnieszka, with a breath test each session; written report on whether her "
                 "drinking has changed enough for her to care for Zofia and Filip safely, and how long any "
                 "further change is likely to take",
                 "Piotr Lewandowski, recovery worker, Tidewater Recovery (Wrenford alcohol service)",
                 "wkly (Tues); report 2 working days before each CG",
                 "Report with all breath test results on CareLedger before every CG"],
                ["T04",
                 "Liver function tests and an alcohol health check for Agnieszka; tell the SW the same day if "
                 "she misses the appointment",
                 "Dr Hannah Greer, GP, Castle Street Practice",
                 "ASAP - by 20/01 latest",
                 "GP letter with the results on file by 23/01/26; a missed appointment logged by the SW the "
                 "same day"],
                ["T05",
                 "Morning check-in with Zofia; ring the SW the same day if she is absent, upset or has been "
                 "kept at home to care",
                 "Mr Aaron Blake, DSL, Wrenford Academy",
                 "Every school day",
                 "Friday attendance email to the SW; check-ins logged on CPOMS; 95%+ by end Feb"],
                ["T06",
                 "Note Filip's arrival time, whether he has had breakfast and the state of his uniform; ring "
                 "the SW the same day if he is late or absent",
                 "Mrs Joanne Price, head teacher and DSL, Wrenford Park Infant School",
                 "Every school day",
                 "Friday attendance email to the SW; no more than one late mark a fortnight by end Feb"],
                ["T07",
                 "Refer Zofia to Wrenford Young Carers, with her agreement",
                 "Kemi Adebayo, SW",
                 "w/c 12.1.26",
                 "Acceptance letter on file, with the date of Zofia's first session"],
                ["T08",
                 "1:1 sessions with Zofia on the jobs she does at home and which ones go back to the adults; "
                 "then a place in the Thursday group",
                 "Chloe Marsh, young carers worker, Wrenford Young Carers",
                 "fortnightly from 3/2",
                 "Zofia's \u2018jobs I do\u2019 list, made with her at the first session and redone at each "
                 "one, copied to the SW; no cooking or bedtimes on it by RCPC2"],
                ["T09",
                 "Give Zofia and Filip breakfast at Mill Row and take them to school; collect Filip and have "
                 "both for tea until 7pm",
                 "Jan Nowicki (grandfather)",
                 "Tues + Thurs, 7.45am and 3.15pm to 7pm",
                 "School registers show both in on time on Tues + Thurs; Jan texts the SW each Tues + Thurs "
                 "evening"],
                ["T10",
                 "Have Filip, and Zofia if she wants to go, to stay at Mill Row on Saturday nights",
                 "Jan Nowicki (grandfather)",
                 "Every Sat 10am to Sun 12pm",
                 "Jan's text to the SW each Saturday; both children asked about it at SW visits"],
                ["T11",
                 "Review Agnieszka's safety plan about Tomasz and make sure both schools hold a copy of the "
                 "non-molestation order",
                 "Rachel Iqbal, IDVA, Wrenford Domestic Abuse Service",
                 "w/c 12.1.26, then monthly",
                 "Updated safety plan copied to the SW and both DSLs; schools confirm by email they hold the "
                 "order"],
                ["T12",
                 "Put a marker on the address and act on any breach of the order",
                 "DC Sam Whitlock, Wrenford Police Public Protection Unit",
                 "Marker by 16/01/26; any breach the same day",
                 "Marker reference sent to the SW; every breach logged on the police record and CareLedger"],
                ["T13",
                 "Three sessions of direct work with Filip using \u2018my house\u2019 drawings, about home, "
                 "Mum's drinking and his dad",
                 "Kemi Adebayo, SW",
                 "end Jan 26",
                 "Filip's drawings and words on file and shared at the CG on 29/01/26"],
                ["T14",
                 "Strengthening Families course (10 weeks) at Wrenford Family Hub, with an interpreter",
                 "Agnieszka Kowalczyk (Mum)",
                 "wkly (Weds) from 21/1",
                 "Course register; certificate on file by end Mar"],
                ["T15",
                 "Measure Filip's height and weight, check his teeth and help Agnieszka register both "
                 "children with a dentist",
                 "Lucy Harte, school nurse, Wrenford 5-19 Service",
                 "*",
                 "Measurements on Filip's health record and a letter to the SW; dental registration "
                 "confirmed in writing"],
                ["T16",
                 "Update the single assessment with Zofia's, Filip's, Jan's and Agnieszka's views, and go "
                 "through it with Agnieszka with an interpreter",
                 "Kemi Adebayo, SW",
                 "*",
                 "Assessment on CareLedger, signed by Agnieszka as shared"],
            ],
        }),
        ("h2", "Contingency"),
        ("kv", [
            ("Trigger 1", "A breath test above 0.00 while Zofia or Filip are in Agnieszka's care, or she is "
                          "found under the influence with them"),
            ("Response 1", "The children go to Jan at 4 Mill Row that day; the SW (EDT out of hours) holds a "
                           "strategy discussion the same day"),
            ("Trigger 2", "Tomasz comes to the house or the schools, or contacts the children"),
            ("Response 2", "999; police arrest for breach of the order; SW strategy discussion the same day "
                           "and the IDVA reviews the safety plan within 24 hours"),
            ("Trigger 3", "Jan cannot do the school runs, the teas or the Saturdays, or cannot take the "
                          "children in an emergency (ill, away in Poland, or tells us he cannot go on)"),
            ("Response 3", "Jan or Agnieszka tells the SW that day; the SW books breakfast and after-school "
                           "club at both schools from the next school day, paid by Children's Services; if "
                           "an emergency carer is needed and Jan cannot, the children go to Wrenford foster "
                           "carers that day through the Family Placement duty team"),
            ("Escalation", "Two breath tests above 0.00 in any four weeks, any drinking in sole care after "
                           "26/02/2026, or a Tidewater report that there is no real change by the core group "
                           "on 26/03/2026: the SW asks Lorna Pettigrew for a legal planning meeting within 5 "
                           "working days, where PLO pre-proceedings will be decided"),
        ]),
        ("h2", "Meetings"),
        ("kv", [
            ("Core group", "Every 4 weeks, Thursdays 3.45pm, Wrenford Park Infant School: 29/01/2026, "
                           "26/02/2026, 26/03/2026, 23/04/2026, 21/05/2026"),
            ("RCPC2", "Tuesday 09/06/2026, 10am, Wrenford Guildhall"),
            ("Children's views", "SW to bring Zofia's scores and Filip's drawings to each core group"),
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Review conference minutes: attendance table, numbered minutes, then an
#    action log whose Due cells are merged down over groups of rows and an
#    "Evidence it happened" column. Mostly sound, with faults (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b166_wendlebury_rcpc_minutes_action_log_merged_due_hollis.pdf",
    "doc_title": "Review Child Protection Conference minutes - Jayden and Kiera Hollis",
    "split": "tune",
    "actions": 15,
    "check_vmerge": 2,
    "min_pages": 2,
    "header": "CONFIDENTIAL \u2013 not to be shared without the chair's agreement",
    "footer": "Wendlebury Council \u2013 RCPC minutes \u2013 Hollis \u2013 20/01/2026 \u2013 Page {PAGE} of {NUMPAGES}",
    "template": "rcpc-minutes-paged-header-footer-kv-conference-details-attendance-table-numbered-minutes-agency-reports-parents-children-analysis-scaling-decision-outcomes-contingency-meetings-then-action-log-no-action-by-due-evidence-it-happened-due-cells-merged-down-over-shared-deadlines",
    "description": (
        "Minutes of the first review conference for a 13-year-old boy and a 9-year-old girl (neglect: "
        "a cold, dirty home, the mother's depression, the father's drinking). Numbered minutes "
        "(agency reports, parents' and children's views, analysis, decision, outcomes, contingency, "
        "meetings) end in an action log whose Due column is merged down over rows that share a "
        "deadline ('All by the core group on 04/03/2026'), and whose last column is 'Evidence it "
        "happened'. Most rows are sound, including the CMHT's report on capacity to change and the "
        "GP's letter. Faults: 'Ongoing' merged down over the father's alcohol appointments and the "
        "mother's school mornings; the boiler repair 'TBC'; the alcohol service measured by "
        "'Feedback at core group'; the school mentor's sessions by 'Progress discussed at core "
        "group'; the social worker's direct work with an empty evidence cell; 'Core group' owning "
        "information sharing; and an outcome about the parents only."
    ),
    "blocks": [
        ("title", "Review Child Protection Conference \u2013 Minutes"),
        ("p", "Wendlebury Council \u00b7 Safeguarding and Quality Assurance Unit"),
        ("kv", [
            ("Children", "Jayden Hollis (13, DOB 02/06/2012), Wendlebury High School, Year 8; Kiera Hollis "
                         "(9, DOB 11/11/2016), St Anne's C of E Primary, Year 4"),
            ("Address", "14 Sexton Close, Wendlebury WB3 6PL"),
            ("Parents", "Donna Hollis (38) and Lee Hollis (41), both at home"),
            ("Conference", "First review child protection conference, Tuesday 20/01/2026, 10am, Wendlebury "
                           "Council House, Room 3 (initial conference 21/10/2025)"),
            ("Chair", "Simone Fairley, Independent Reviewing Officer"),
            ("Minutes", "Gary Tse, conference minute-taker"),
        ]),
        ("h2", "Present"),
        ("table", {
            "header": ["Name", "Role", "Agency"],
            "widths": [4.0, 6.0, 7.0],
            "rows": [
                ["Simone Fairley", "Chair (IRO)", "Wendlebury Council"],
                ["Lucy Brandon", "Social worker", "Wendlebury Children's Services, Family Safeguarding Team"],
                ["Donna Hollis", "Mother", "\u2013"],
                ["Lee Hollis", "Father", "\u2013"],
                ["Mrs Tara Quinn", "Designated safeguarding lead", "Wendlebury High School"],
                ["Mr Owen Price", "Deputy head and DSL", "St Anne's C of E Primary"],
                ["Helen Okoro", "School nurse", "Wendlebury 5-19 Service"],
                ["Pete Olsen", "Care coordinator (for Donna)", "Wendlebury Community Mental Health Team"],
                ["Ravi Dhillon", "Recovery worker (for Lee)", "Wendlebury Alcohol Service"],
                ["Apologies", "Dr Fiona Hart, GP (report sent); PC Ellie Shaw, Police", "\u2013"],
            ],
        }),
        ("h2", "1. Introductions and purpose"),
        ("p", "The chair welcomed everyone, explained that the conference would decide whether Jayden and "
              "Kiera still need child protection plans, and checked that Donna and Lee had read the social "
              "worker's report with her before the meeting."),
        ("h2", "2. Agency reports"),
        ("p", "2.1 Social worker. Lucy has made 11 visits since the initial conference, 4 unannounced. The "
              "kitchen and front room are much better than in October, but the children's bedrooms are still "
              "cluttered and smell of damp, Kiera's mattress has no sheet on it and the boiler has been broken "
              "since early December, so the house is heated by one plug-in heater. Lee's drinking is still a "
              "worry: on 06/01/2026 he was asleep at 4pm and Kiera let Lucy in."),
        ("p", "2.2 Wendlebury High. Jayden's attendance is 84% since September (78% last year). He is often "
              "late, sometimes in the same shirt for several days, and has been caught asleep in lessons "
              "twice."),
        ("p", "2.3 St Anne's. Kiera's attendance is 93%. She is quiet, often hungry at breakfast club, and her "
              "teacher has noticed she worries about her mum."),
        ("p", "2.4 School nurse. Kiera is not registered with a dentist and has two visibly decayed teeth. Her "
              "height and weight are within the normal range."),
        ("p", "2.5 CMHT. Pete has seen Donna weekly since November. Her depression is moderate; she has "
              "restarted her medication and her mood is slowly lifting. She still spends some mornings in bed."),
        ("p", "2.6 Wendlebury Alcohol Service. Lee self-referred on 08/01/2026 and has an assessment booked. He "
              "says he drinks six to eight cans most evenings."),
        ("p", "2.7 GP (written report). Donna's antidepressant was increased in December. Lee has not seen the "
              "GP about his drinking."),
        ("h2", "3. Parents' views"),
        ("p", "Donna said she knows the house \u201cgot on top of\u201d her when she was low and that she has "
              "worked hard on the kitchen. Lee accepted that he drinks too much and said he wants to cut down "
              "for the kids. Both asked for help with the boiler, which the landlord has not fixed."),
        ("h2", "4. The children's views"),
        ("p", "Jayden (seen alone at school on 14/01/2026) said: \u201cIt's better downstairs but I don't bring "
              "mates home cos of the state of it. Dad's alright till about six, then he's on the cans.\u201d "
              "He scored home 5/10. Kiera (seen at home on 16/01/2026) said her bedroom is \u201cfreezing\u201d "
              "and she sleeps in her coat some nights. She drew her family with Mum smiling and Dad holding a "
              "can, and said she wants \u201ca warm house and Mum to not be sad\u201d."),
        ("h2", "5. Analysis"),
        ("p", "The chair summarised that there has been real progress downstairs and with Donna's mood, but the "
              "children are still cold, Jayden is missing school and Lee's drinking has not yet changed. "
              "Scaling (0 = the children will be harmed by neglect, 10 = safe enough to close): SW 4, "
              "Wendlebury High 4, St Anne's 5, school nurse 5, CMHT 5, parents 7."),
        ("h2", "6. Decision"),
        ("p", "Jayden and Kiera will remain subject to child protection plans under the category of neglect."),
        ("h2", "7. Outcomes"),
        ("numbers", [
            "Jayden and Kiera live in a warm, clean home and each has a made-up bed with clean bedding.",
            "Jayden is at school on time every day (95% or more) and Kiera keeps to 95% or more.",
            "Kiera's teeth are treated and both children are registered with a dentist.",
            "Donna and Lee will manage their stress better and keep to a routine.",
        ]),
        ("h2", "8. Contingency"),
        ("p", "If Lee is drunk while either child is in his care, or there is any violence in the home, Lee "
              "will leave that day and Lucy will hold a strategy discussion with the police the same day. If "
              "Donna then cannot care for the children on her own, they will be placed with Wendlebury foster "
              "carers that day, with her agreement under section 20."),
        ("p", "If the home conditions score is below 6 at two visits running, or either child's attendance is "
              "below 90% by the core group on 15/04/2026, Lucy will ask her team manager, Mark Rowe, for a "
              "legal planning meeting within five working days."),
        ("h2", "9. Core group and review"),
        ("p", "The core group will meet every six weeks, Wednesdays at 3.30pm at St Anne's C of E Primary: "
              "04/03/2026, 15/04/2026 and 27/05/2026. The second review conference will be on Tuesday "
              "14/07/2026 at 10am at Wendlebury Council House."),
        ("h2", "10. Action log"),
        ("table", {
            "header": ["No.", "Action", "By", "Due", "Evidence it happened"],
            "widths": [1.3, 5.7, 3.2, 2.8, 4.0],
            "rows": [
                ["A1",
                 "Visit Jayden and Kiera at home, one visit in three unannounced, and see each child on their "
                 "own",
                 "Lucy Brandon (SW)",
                 "Weekly until RCPC2 on 14/07/2026",
                 "Visit records with each child's own words and a home conditions score"],
                ["A2",
                 "Eight home sessions with Donna and Lee on bedrooms, laundry, meals and a morning routine",
                 "Kelly Marsh, family support worker, Wendlebury Early Help",
                 "All by the core group on 04/03/2026",
                 "Home conditions checklist scored with Donna and Lee at each session, copy to the SW"],
                ["A3",
                 "Health check for Kiera and help Donna register both children with a dentist",
                 "Helen Okoro, school nurse",
                 V,
                 "Dental registration letter and health check on the SW's file"],
                ["A4",
                 "Review Donna's antidepressant and write about how she is managing the children's mornings",
                 "Dr Fiona Hart, GP, Priory Road Surgery",
                 V,
                 "GP letter on the SW's file"],
                ["A5",
                 "Visit Donna weekly and give a written view before each core group on whether she can make "
                 "and keep the changes Jayden and Kiera need, and how long that is likely to take",
                 "Pete Olsen, care coordinator, Wendlebury CMHT",
                 "Weekly from 22/01/2026; report before each core group",
                 "Written report on the case file before each core group"],
                ["A6",
                 "Assess Lee's drinking, then key-work with him on cutting down, with a breath test each "
                 "session",
                 "Ravi Dhillon, recovery worker, Wendlebury Alcohol Service",
                 "Assessment by 06/02/2026, then fortnightly",
                 "Feedback at core group"],
                ["A7",
                 "Go to every appointment at Wendlebury Alcohol Service and give a breath test each time",
                 "Lee Hollis (dad)",
                 "Ongoing",
                 "Attendance record from Wendlebury Alcohol Service"],
                ["A8",
                 "Get Kiera to school by 8.45am and make sure Jayden leaves for the bus by 8.15am",
                 "Donna Hollis (mum)",
                 V,
                 "Friday attendance emails from both schools show both children in on time"],
                ["A9",
                 "Check Jayden in with his head of year each morning; ring the SW the same day if he is absent "
                 "or late",
                 "Mrs Tara Quinn, DSL, Wendlebury High School",
                 "Every school day",
                 "Attendance to the SW every Friday; calls logged on CPOMS"],
                ["A10",
                 "Weekly worry time sessions with Kiera about home and friendships",
                 "Miss Jo Fenwick, learning mentor, St Anne's C of E Primary",
                 "Wkly (Weds)",
                 "Progress discussed at core group"],
                ["A11",
                 "Replace the broken boiler and the cracked bedroom window",
                 "Wendlebury Homes (repairs team)",
                 "TBC",
                 "Boiler working and the house warm, seen by the SW at a visit"],
                ["A12",
                 "Share any concern about Jayden or Kiera with the SW the same day",
                 "Core group",
                 "Same day",
                 "Each concern logged on the case file by the SW"],
                ["A13",
                 "Four sessions of direct work with Jayden about home, school and his dad's drinking",
                 "Lucy Brandon (SW)",
                 "By 27/02/2026",
                 ""],
                ["A14",
                 "1:1 sessions with Jayden at Wendlebury Youth Zone",
                 "Sam Achebe, youth worker, Wendlebury Youth Zone",
                 "Fortnightly from 29/01/2026",
                 "Session record with Jayden's own score for school each time, copy to the SW"],
                ["A15",
                 "Keep the bedrooms clear, put clean sheets on both beds every week and keep the kitchen clean",
                 "Donna and Lee Hollis",
                 "Daily from 21/01/2026; sheets every Sunday",
                 "Home conditions score of 7 or more at each SW visit"],
            ],
        }),
        ("p", "Minutes agreed by the chair, 23/01/2026. Circulated to all invited."),
    ],
    "findings": [
        F("M002", "with him on cutting down, with a breath test each session"),
        F("T002", "Go to every appointment at Wendlebury Alcohol Service"),
        F("T002", "make sure Jayden leaves for the bus by 8.15am"),
        F("M002", "Weekly worry time sessions with Kiera about home and friendships"),
        F("T002", "Replace the broken boiler and the cracked bedroom window"),
        F("W002", "Share any concern about Jayden or Kiera with the SW"),
        F("M001", "Four sessions of direct work with Jayden about home"),
        F("F002", "Donna and Lee will manage their stress better and keep to a routine."),
    ],
})


# ---------------------------------------------------------------------------
# 5. Outline plan: numbered parts, the actions grouped under deadline
#    headings (a time given once for each group), each numbered item with its
#    owner first and a "How we'll know" line. Mostly sound, with faults (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b166_westhallow_icpc_outline_deadline_headings_brennan.md",
    "split": "tune",
    "actions": 21,
    "template": "icpc-plan-md-numbered-outline-1-to-8-about-worries-going-well-childrens-words-outcomes-then-plan-part-grouped-under-deadline-headings-straight-away-by-half-term-every-week-until-review-by-end-of-spring-term-later-on-numbered-items-bold-owner-first-how-well-know-line-then-if-things-go-wrong-meetings",
    "description": (
        "Initial conference plan for a 7-year-old boy and a 3-year-old girl (neglect: their mother's "
        "anxiety and panic attacks, her partner's daily cannabis use and cannabis found in the flat; "
        "the maternal grandmother helps). A numbered outline whose plan part groups the actions under "
        "deadline headings ('Straight away \u2013 all by Friday 23 January 2026', 'By February half "
        "term', 'Every week, from now until the review conference', 'By the end of the spring term', "
        "'Later on'), each item with a bold owner and a 'How we'll know' line. Most items are sound "
        "(the GP's letter, the drug service's report, the school's checks, the health visitor's "
        "weights). Faults: two items under 'Later on' have no time of their own; the grandmother will "
        "'keep an eye on' things; the housing repair is only 'to be reviewed at the next core "
        "group'; weekend respite is 'as required'; a 'Family network' owns the Saturdays; Talking "
        "Therapies only treats the mother, checked by attendance; and the contingency sends the "
        "children to the grandmother with nothing said if she cannot have them."
    ),
    "text": """\
# Westhallow Council \u2013 Child Protection Plan (outline)

**Mason Brennan (7) and Ruby Brennan (3)** \u2013 agreed at the initial child protection conference
on Thursday 8 January 2026

## 1. About this plan

1.1 **Children:** Mason Brennan, DOB 17/03/2018, Year 2 at Westhallow Primary School; Ruby
Brennan, DOB 02/08/2022, at home (nursery place offered).

1.2 **Living at home:** Shauna Brennan (29), Mason and Ruby's mum; Dean Walsh (33), Ruby's dad
and Shauna's partner. Mason's dad, Jason Reilly, lives in Kettleby and sees Mason one Sunday a
month.

1.3 **Family:** Bernadette Brennan ("Nana Bernie", 58), Shauna's mum, 9 Weaver's Walk,
Westhallow, five minutes away.

1.4 **Category:** Neglect (both children).

1.5 **Chair:** Nadia Pearce (IRO). **Social worker:** Aoife Ryan, Westhallow Children's Services,
Assessment and Safeguarding Team 2 (team manager: Graham Lowe).

## 2. What we are worried about

2.1 On 19/11/2025 the police searched the flat on a drugs warrant. They found cannabis, scales
and bags in a kitchen drawer at Ruby's height, and the flat smelled strongly of cannabis. Dean
was arrested and released under investigation.

2.2 Dean says he smokes cannabis every evening "to sleep". Shauna has anxiety and panic attacks;
on bad days she does not leave the flat, and Mason has been late for school 19 times since
September and missed 11 days.

2.3 Ruby has not had her 2\u00bd-year health review and has about 30 words. On two visits there
was little food in the flat and Ruby was in a heavy nappy.

## 3. What is going well

3.1 Shauna and Dean both came to the conference and agreed that the children come first.

3.2 Nana Bernie sees the children most days and has done Mason's school run when Shauna could
not.

3.3 Mason is doing well in reading and loves football club on Wednesdays.

## 4. What Mason and Ruby say and show us

4.1 Mason (seen alone at school on 05/01/2026) said: "Dean's smoke makes the kitchen smell
funny. I'm not allowed in when his mates come." He said he likes Nana's because "she does
fish fingers and we watch films", and that he gets worried when Mum "can't breathe properly".
He wants "Mum to be happy and Dean to stop the smelly smoke".

4.2 Ruby (seen at home on 06/01/2026) ran to the door and lifted her arms to be picked up by
Aoife. She said "Nana" and "dinner" and pointed to the fridge. She was calm and played with her
dolls while Shauna talked.

## 5. What needs to be different for Mason and Ruby

5.1 Mason and Ruby live in a home with no drugs in it, and are always cared for by an adult who
has not used cannabis.

5.2 Mason gets to school on time every day, and his attendance is 95% or more by the end of the
spring term.

5.3 Ruby is fed, clean and changed, goes to nursery, and her talking catches up.

5.4 Mason and Ruby know who to go to when Mum is unwell.

## 6. The plan

Each group of actions has one deadline or rhythm in its heading. An item gives its own time only
where it is different. Each item says who does it, and how we will know it has happened.

### 6.1 Straight away \u2013 all by Friday 23 January 2026

**6.1.1 Aoife Ryan (SW).** Make a written safety plan with Shauna, Dean and Nana Bernie saying
that no cannabis is kept in the flat and who looks after the children if Dean has smoked.
How we'll know: the safety plan is signed by all three and a copy is on the children's file.

**6.1.2 Dean Walsh.** Take all cannabis, scales and bags out of the flat, and keep none there
from now on.
How we'll know: none is found at Aoife's unannounced visits.

**6.1.3 Dr Naveen Kapoor (GP, Hollins Lane Surgery).** Review Shauna's sertraline and her panic
attacks, and write to Aoife about how they affect her care of Mason and Ruby.
How we'll know: the GP's letter is on the children's file.

**6.1.4 Lisa Tran (recovery worker, Compass \u2013 Westhallow Drug and Alcohol Service).** Assess
Dean, then key-work with him every Monday with a drug test each time, and write to Aoife before
each core group about his cannabis use and how it affects his care of Ruby and Mason.
How we'll know: test results and Lisa's report are on file before every core group.

### 6.2 By February half term \u2013 Friday 13 February 2026

**6.2.1 Aoife Ryan (SW).** Complete the single assessment, with Mason's and Ruby's views and
Jason's and Nana Bernie's.
How we'll know: the assessment is shared with Shauna and Dean, then with the core group on
12/02/2026.

**6.2.2 Mrs Ann Doyle (manager, Little Wrens Nursery).** Start Ruby on her 15 funded hours,
Monday to Wednesday mornings.
How we'll know: Ruby's start date and the nursery register are emailed to Aoife every Friday.

**6.2.3 Jenna Cole (CBT therapist, Westhallow Talking Therapies).** Eight weekly CBT sessions
for Shauna's anxiety and panic attacks, the first by half term.
How we'll know: a letter to Aoife confirming attendance after the fourth and the eighth session.

**6.2.4 Shauna Brennan.** Take Ruby to her overdue 2\u00bd-year health review with the health
visitor.
How we'll know: the review is written up in Ruby's red book and the health visitor emails the
result to Aoife.

### 6.3 Every week, from now until the review conference on Thursday 2 April 2026

**6.3.1 Aoife Ryan (SW).** Visit the children at home, one visit in three unannounced, and see
Mason on his own.
How we'll know: visit records with what Mason said, and a note of the food in the fridge and the
state of the bedrooms.

**6.3.2 Mrs Kerry Hines (DSL, Westhallow Primary School).** Check Mason in every school day and
ring Aoife the same day if he is absent, late or hungry.
How we'll know: a Friday attendance email to Aoife, with Mason at 95% or more by the end of the
spring term.

**6.3.3 Shauna Brennan.** Get Mason to school by 8.50am every school day, with Nana Bernie's
help on the days she cannot manage.
How we'll know: Mrs Hines's Friday email shows no late marks.

**6.3.4 Bernadette Brennan (Nana Bernie).** Collect Mason from school on Tuesdays and Thursdays,
give both children their tea at hers and keep an eye on how things are at the flat when she
drops them home.

**6.3.5 Becky Lyons (health visitor, Westhallow 0-19 Service).** Every two weeks, weigh Ruby and
go through her words with Shauna.
How we'll know: Ruby's weight in her red book and her list of words, both emailed to Aoife after
each visit.

**6.3.6 Dean Walsh.** Go to his Compass session every Monday and give a drug test each time.
How we'll know: the Compass attendance record and test results; the tests clear by the review
conference.

**6.3.7 Family network.** Take turns to have Mason and Ruby every Saturday afternoon, so that
Shauna gets a break.
How we'll know: the rota on the fridge, checked by Aoife at her visits.

### 6.4 By the end of the spring term \u2013 Friday 27 March 2026

**6.4.1 Aoife Ryan (SW).** Four sessions of direct work with Mason using the Three Houses.
How we'll know: Mason's Three Houses drawings on file and shown at the core group on 26/03/2026.

**6.4.2 Kev Marsh (housing officer, Westhallow Homes).** Repair the broken window in the
children's bedroom and the damp under it.
How we'll know: to be reviewed at the next core group.

**6.4.3 Shauna Brennan and Dean Walsh.** Go to all eight sessions of the Triple P group at
Westhallow Family Hub, Wednesdays from 28/01/2026.
How we'll know: the course register and a certificate for each of them.

### 6.5 Later on

**6.5.1 Aoife Ryan (SW).** Refer the family for a family group conference, so that the wider
family can make a longer-term plan for the children.
How we'll know: the coordinator confirms the referral is accepted, and the family's plan is on
file.

**6.5.2 Becky Lyons (health visitor).** Refer Ruby to speech and language therapy for a full
assessment of her talking.
How we'll know: the referral letter is copied to Aoife.

**6.5.3 Bernadette Brennan (Nana Bernie).** Have Mason and Ruby to stay for respite as required.
How we'll know: Nana texts Aoife each time they stay.

## 7. If things go wrong

7.1 If Dean smokes cannabis in the flat or while he is looking after the children, or cannabis
is found where the children can reach it, Dean leaves that day to stay with his brother, and
Aoife holds a strategy discussion with Westhallow Police the same day.

7.2 If Shauna's panic attacks are so bad that she cannot care for the children, or Mason is kept
off school two days running because she cannot manage, the children go to Nana Bernie's at 9
Weaver's Walk that night, and Aoife visits the next day.

7.3 If Dean's tests are not falling by the core group on 05/03/2026, or cannabis is found at the
flat again, Aoife will ask Graham Lowe for a legal planning meeting within five working days to
decide whether to start the Public Law Outline.

## 8. Meetings

8.1 Core group every three weeks, Thursdays at 2pm at Westhallow Family Hub: 22/01/2026,
12/02/2026, 05/03/2026 and 26/03/2026.

8.2 Review child protection conference: Thursday 2 April 2026, 10am, Westhallow Town Hall.

8.3 Aoife will bring what Mason and Ruby have said and shown to every core group.
""",
    "findings": [
        F("H001", "Eight weekly CBT sessions for Shauna's anxiety and panic attacks"),
        F("M002", "keep an eye on how things are at the flat"),
        F("W002", "Take turns to have Mason and Ruby every Saturday afternoon"),
        F("M002", "Repair the broken window in the children's bedroom"),
        F("T001", "Refer the family for a family group conference"),
        F("T001", "Refer Ruby to speech and language therapy for a full assessment"),
        F("T002", "Have Mason and Ruby to stay for respite as required"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Core group plan sorted by rhythm: every school day, every week, every
#    fortnight, once by a date, whenever something happens; each bullet with
#    a bold owner and a "Proof:". Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b166_wyvernmouth_core_group_plan_rhythm_sections_proof_bullets_mensah.md",
    "split": "tune",
    "actions": 19,
    "template": "core-group-plan-md-updated-at-cg2-whos-who-table-why-there-is-a-plan-going-well-leos-words-avas-day-what-we-want-then-actions-sorted-by-rhythm-headings-every-school-day-every-week-every-fortnight-once-by-a-date-whenever-something-happens-bold-owner-bullets-with-proof-then-if-things-go-wrong-meetings",
    "description": (
        "Exemplary core group plan, as updated at the second core group, for a 10-year-old boy with "
        "ADHD and his 15-month-old sister whose mother has recurrent depression and took an overdose "
        "while caring for them; their uncle does three school pick-ups and Friday nights. The "
        "actions are sorted under rhythm headings ('Every school day', 'Every week, from now until "
        "the review conference on Monday 9 March 2026', 'Every fortnight, Mondays from 2 February "
        "2026', 'Once, by a date', 'Whenever something happens'), so the heading gives the time and "
        "a bullet adds its own where it differs ('within 24 hours of any missed visit', 'in the "
        "fortnight after the review conference', 'the same day'). Each bullet has a bold owner and "
        "a 'Proof:' (a chart, a register, PHQ-9 scores, a letter on file, Leo's own card). The CMHT "
        "and psychiatrist report on capacity to change, the GP owns an action, the uncle's part has "
        "a fallback, legal planning follows named triggers, and core group and review dates are set."
    ),
    "text": """\
# Child protection plan \u2013 Leo and Ava Mensah

**Wyvernmouth City Council, Children's Social Work Service \u2013 Harbourside Team**
Plan made at the initial child protection conference on Monday 15 December 2025, updated at core
group 2 on Thursday 29 January 2026. Category: neglect.

## Who's who

| Name | Who they are |
|---|---|
| Leo Mensah | 10, Year 5 at Harbour Hill Junior School; has ADHD |
| Ava Mensah | 15 months, goes to Little Stars Nursery three mornings a week |
| Abena Mensah | Leo and Ava's mum, 31 |
| Richard Bell | Ava's dad; lives in Portgate Road, Wyvernmouth; sees Ava every Saturday |
| Kofi Mensah | Abena's brother, 28, 12 Seaview Terrace |
| Sophie Grant | Social worker (team manager: Andrew Kemp) |
| Marcus Hale | Abena's care coordinator, Wyvernmouth Community Mental Health Team (CMHT) |
| Dr Helen Marr | Consultant psychiatrist, Wyvernmouth CMHT |
| Dr Samuel Ofori | GP, Quayside Medical Centre |
| Grace Adomako | Health visitor, Wyvernmouth 0-19 Service |
| Mrs Nadia Farouk | Designated safeguarding lead, Harbour Hill Junior School |
| Mr Tom Evans | Leo's key adult and learning mentor, Harbour Hill Junior School |
| Jo Pearce | Manager, Little Stars Nursery |
| Jess Rowe | Family support worker, Wyvernmouth Family Hub |
| Sian Lloyd | ADHD nurse specialist, Wyvernmouth CAMHS Neurodevelopmental Team |

## Why there is a plan

Abena has had depression since her teens. On 27 October 2025 she took an overdose of her tablets
at home in the afternoon. Leo came home from school, could not wake her and rang 999; Ava had been
in her cot since the morning. Abena spent four days in hospital. Before that, Leo had been late
to school 16 times this term, often without his ADHD tablets, and nursery said Ava was often
collected late and in the same clothes.

## What is going well

- Abena has seen Marcus every week since she came out of hospital, is taking her medication, and
  says she feels "a bit more like me".
- Kofi has done every Monday, Wednesday and Friday pick-up since November.
- Leo's attendance since Christmas is 97%, with two late marks.
- Richard has had Ava every Saturday and is keen to do more.

## Leo's words, and Ava's day

Leo (seen on his own at school on 22 January 2026): "I still check Mum's breathing when she's
asleep. I don't tell her." "Uncle Kofi's days are good, we play FIFA." "I want Mum to be happy
and I want to not be the one who has to ring the ambulance." He scored how safe he feels at home
as 7 out of 10 (4 out of 10 in December).

Ava is a smiley toddler who is just starting to walk. At nursery she eats everything offered and
naps well. At home on 20 January Sophie saw her crawl to Abena and pull herself up on her knee,
and Abena picked her up and sang to her. On 13 January she was in a wet sleepsuit at 2pm and
cried when she was put down.

## What we want for Leo and Ava

1. Leo and Ava are looked after every day and night by an adult who is well enough to care for
   them, and Leo never again has to look after his mum in a crisis.
2. Leo takes his ADHD medication every school day and gets to school on time (96% or more by the
   end of the spring term).
3. Ava is fed, changed and dressed in clean clothes every day and goes to all her nursery
   mornings.
4. Leo knows who he can tell if he is worried about Mum, and feels safe to tell them.

## What will happen

Each heading gives the rhythm. Where a bullet has a time of its own, it is in the bullet.

### Every school day

- **Mrs Nadia Farouk (DSL)** \u2013 Make sure Leo sees Mr Evans at 8.45am and ring Sophie the same
  day if Leo is absent, hungry, without his tablets or says something worrying about home.
  *Proof:* each check-in logged on CPOMS; attendance emailed to Sophie every Friday.
- **Abena** \u2013 Give Leo his methylphenidate with breakfast before school and sign the chart on
  the fridge. *Proof:* the signed chart, checked by Sophie at each visit against the pharmacy's
  monthly count.

### Every week, from now until the review conference on Monday 9 March 2026

- **Sophie Grant (SW)** \u2013 Visit on Tuesdays, with one visit in three unannounced on another
  day, and see Leo on his own. *Proof:* a visit record for every visit, with Leo's own words and a
  note of Ava's feeds, nappy and cot.
- **Marcus Hale (CMHT)** \u2013 Visit Abena every Thursday, check her mood, medication and safety
  plan, and give a written view to each core group on whether she can make and keep the changes
  Leo and Ava need, and how long that is likely to take. *Proof:* Marcus's report on Sophie's
  file before each core group, with Abena's PHQ-9 score from each visit.
- **Kofi Mensah** \u2013 Collect Leo from school at 3.15pm on Mondays, Wednesdays and Fridays and
  stay with both children until Abena is home at 6pm; have Leo to stay at 12 Seaview Terrace on
  Friday nights. *Proof:* the school's signing-out book; Kofi texts Sophie every Friday night.
- **Jo Pearce (Little Stars)** \u2013 Note Ava's arrival time, whether she has eaten and the state
  of her nappy and clothes at every session (Tuesday to Thursday, 8am to 1pm), and ring Sophie the
  same day with any worry. *Proof:* the register and Ava's daily sheets emailed to Sophie every
  Friday.
- **Abena** \u2013 Bring Ava to nursery by 9am on Tuesdays, Wednesdays and Thursdays. *Proof:* the
  nursery register shows every session kept.
- **Richard Bell** \u2013 Have Ava at his flat every Saturday from 10am to 4pm. *Proof:* Richard
  texts Sophie when Ava is back home; Leo and Abena asked about it at Sophie's visits.

### Every fortnight, Mondays from 2 February 2026

- **Jess Rowe (family support)** \u2013 Home sessions with Abena on Leo's bedtime routine and Ava's
  meals. *Proof:* Leo's bedtime chart shows him in bed by 8.30pm on at least five nights in seven,
  checked by Jess and shown to Sophie.
- **Grace Adomako (HV)** \u2013 Weigh Ava and check her development, on the Tuesday after each
  session of Jess's. *Proof:* weights in Ava's red book; an ASQ-3 at the first visit; Grace's
  email to Sophie after each visit.

### Once, by a date

- **Mr Tom Evans** \u2013 Six sessions with Leo on feelings, and what to do and who to tell if Mum
  is unwell, all by the February half term (13 February 2026). *Proof:* Leo's "who I can tell"
  card, in his own words, copied to Sophie.
- **Dr Samuel Ofori (GP)** \u2013 Review Abena's antidepressant by 13 February 2026 and write to
  Sophie about anything in her health that affects her care of Leo and Ava. *Proof:* the GP's
  letter on file by 13 February 2026.
- **Sophie Grant (SW)** \u2013 Finish the single assessment, with Leo's, Abena's, Richard's and
  Kofi's views, by the core group on 19 February 2026. *Proof:* the assessment shared with Abena
  and Richard, then with the core group that day.
- **Dr Helen Marr (psychiatrist)** \u2013 See Abena in clinic and write a report on her prognosis,
  her capacity to make the changes the children need and the likely timescale, by 27 February
  2026. *Proof:* the report on Sophie's file and shared at the review conference.
- **Sian Lloyd (CAMHS)** \u2013 Review Leo's ADHD medication, dose and weight by the end of February
  (27 February 2026). *Proof:* the clinic letter copied to Sophie and the school.
- **Sophie Grant (SW)** \u2013 Write Leo's own version of his plan with him, in the fortnight after
  the review conference (10 to 23 March 2026). *Proof:* Leo's plan, signed by him, on file, with
  a copy for him to keep.

### Whenever something happens

- **Sophie Grant (SW), or the Emergency Duty Team out of hours** \u2013 Make an unannounced visit to
  see both children within 24 hours of any missed visit or unanswered door. *Proof:* a visit
  record on file within 24 hours saying both children were seen.
- **Jo Pearce (Little Stars)** \u2013 If Ava is not at nursery by 9.30am on one of her mornings,
  ring Abena and then Sophie by 10am that day. *Proof:* the nursery's absence log and Sophie's
  case note of the call, with the time.
- **Kofi Mensah** \u2013 If Abena is not home by 6.15pm on one of his days, ring her and then Sophie
  (or EDT) within 15 minutes, and stay with the children until one of them arrives. *Proof:* the
  call logged by Sophie or EDT with the time.

## If things go wrong

- If Abena talks about harming herself, stops her medication, or cannot be woken or cannot care
  for the children, whoever notices rings 999 if she is at risk, and Sophie (EDT out of hours)
  and Marcus (the crisis team out of hours) the same day. The crisis team will see Abena that day.
  Until she is assessed, Leo stays with Kofi at 12 Seaview Terrace and Ava with Richard.
- If Kofi cannot do his afternoons or Friday nights, or cannot take Leo in an emergency (he is
  ill, his shifts change, or he tells us he cannot keep going), he tells Sophie that day. Sophie
  books the after-school club at Harbour Hill from the next school day, paid by Children's
  Services. If an emergency carer is needed and neither Kofi nor Richard can take the children,
  they go together to Wyvernmouth foster carers that day.
- If Abena takes another overdose, Leo is found caring for her in a crisis again, or Dr Marr's
  report says Abena cannot make the changes in the children's timescale, Sophie will ask Andrew
  Kemp for a legal planning meeting within five working days to decide whether to start the
  Public Law Outline.

## Meetings

- Core group every three weeks, Thursdays at 3.30pm at Harbour Hill Junior School: 8 January,
  29 January and 19 February 2026.
- Review child protection conference: Monday 9 March 2026, 10am, Wyvernmouth Civic Centre.
- Sophie will bring Leo's scores and words to each core group.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. The social worker's e-mail to the core group after the initial
#    conference: the plan as numbered "Owner: what" lines with "When:" and
#    "Proof:" under each, in clipped e-mail style; the family are moving to
#    another council. Mostly sound, with faults (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b166_wickhambrook_sw_email_to_core_group_when_proof_lines_fairbrother.txt",
    "split": "tune",
    "actions": 16,
    "template": "sw-email-to-core-group-after-icpc-txt-from-to-cc-subject-headers-hi-all-caps-headings-the-kids-why-what-the-kids-said-what-we-want-on-the-move-then-numbered-owner-colon-action-lines-with-when-and-proof-sublines-clipped-times-then-if-it-goes-wrong-dates-signature-block",
    "description": (
        "A social worker's e-mail to the core group the day after the initial conference for a "
        "9-year-old boy and a 4-year-old girl (neglect and emotional abuse: the mother's depression, "
        "her partner's cocaine and cannabis use, police call-outs); the family are due to move to "
        "another council's area in March. The plan is sixteen numbered 'Owner: what' lines, each "
        "with a 'When:' and a 'Proof:' under it, in clipped e-mail style ('wkly until the "
        "transfer-in conf', 'by Fri 30/01', 'alt Sats from 31/01', 'w/in 24 hrs'). Most lines are "
        "sound, including the records handover to the receiving council by a date. Faults: the GP "
        "review 'asap'; the housing officer's visit 'TBC'; the school only 'to monitor'; 'Everyone' "
        "to share worries; the partner's self-referral with 'Proof: -'; the parenting assessment "
        "handed to the receiving council after the transfer; and the review conference date 'TBC'."
    ),
    "text": """\
From:    Kirsty Doyle <kirsty.doyle@wickhambrook.example.gov.uk>
To:      Wickhambrook CP core group - Fairbrother
Cc:      Hayley Burns (TM); Adrian Moss (IRO)
Date:    Tue 20/01/2026 16:47
Subject: Fairbrother - CP plan from yesterday's ICPC - who's doing what (PLEASE READ)

Hi all,

Thanks for yesterday, I know it was a long one. As promised here is the plan from the ICPC in
one place so we're all working off the same list before CG1. The formal plan from the conference
team can take a couple of weeks, so please use this until then. Shout if I've got anything wrong
or missed something you agreed to.

THE KIDS
  Tyler Fairbrother, 9 (DOB 14/05/2016) - Yr 5, Wickhambrook St Mary's Primary
  Poppy Fairbrother, 4 (DOB 30/08/2021) - Reception, St Mary's
  Mum: Gemma Fairbrother (30). Rob Hensley (34), Gemma's partner + Poppy's dad, lives at home.
  Tyler's dad: no contact.
  Nan: Carol Fairbrother (Gemma's mum), lives in Hallbridge.
  Category: neglect + emotional abuse (both). Chair: Adrian Moss (IRO).

WHY (short version)
  - 3 police call-outs since Oct for rows between Gemma + Rob, the last on 02/01 when Rob
    smashed the front door lock. Tyler rang Carol from the bathroom.
  - Rob uses cocaine + cannabis; cannabis and a grinder seen on the kitchen table at my visit
    on 09/01, within Poppy's reach.
  - Gemma has depression (GP prescribes sertraline). Some days she doesn't get up; Tyler has
    been doing Poppy's breakfast and walking her to school.
  - Attendance this term: Tyler 86%, Poppy 81%. Poppy often wet and in yesterday's clothes.

WHAT THE KIDS SAID
  Tyler (seen alone at school 15/01): "When they shout I take Poppy in the bathroom and lock
  it." "I want Rob to stop the white stuff." "I'd like to live near Nan." Scored home 3/10.
  Poppy (at home 09/01): showed me her "hiding den" behind the sofa, said "Mummy sleeping,
  Tyler does my cereal". Ran to Tyler, not Gemma, when the door banged.

WHAT WE WANT FOR THEM (agreed at conf)
  1. Tyler and Poppy live in a home with no drugs and no violence.
  2. They get to school on time every day, fed and in clean clothes (95%+).
  3. Tyler doesn't have to look after Poppy or his mum.
  4. Both kids know who to tell if they're scared, and have a safe place to go.

ON THE MOVE
  Gemma has been offered a Hallbridge Homes flat near Carol; the move is planned for Mon 16/03.
  Hallbridge Children's Services have had the transfer-in request (sent 14/01) and say they'll
  set a date for their transfer-in conference once the move date is confirmed. The plan carries
  on here, in full, until that conference.

ACTIONS (who: what / when / proof)
 1) Me (Kirsty, SW): visit T + P at home, 1 in 3 unannounced, T seen on his own each time.
    When: wkly until the transfer-in conf in Hallbridge.
    Proof: visit recs on Mosaic with T's own words + what I saw of P.
 2) Gemma: get T + P to school for 8.50, washed, fed and in clean clothes.
    When: every school day.
    Proof: St Mary's Friday attendance email (95%+, no lates).
 3) Mrs Farida Khan (DSL, St Mary's): look out for T + P each morning (clothes, hunger, mood).
    When: daily.
    Proof: school to monitor.
 4) Rob: self-refer to Wickhambrook Recovery re the cocaine + cannabis.
    When: by Fri 30/01.
    Proof: -
 5) Wickhambrook Recovery (Dev Sharma, recovery worker): assess Rob, then key-work with a drug
    test each session; written report before each CG on his use and how it affects the kids.
    When: assessment w/in 2 wks of his referral, then f/n.
    Proof: report + test results on Mosaic before each CG.
 6) Rob: no drugs in the house and no using when he's got the kids.
    When: every day, from 19/01.
    Proof: nothing found at my unannounced visits; Recovery's tests.
 7) Dr Ameet Shah (GP, Brookside Surgery): review Gemma's sertraline + write to me on how her
    mood is affecting the kids' mornings.
    When: asap.
    Proof: GP letter on file.
 8) Leah Morgan (IDVA, Wickhambrook DA Service): DASH + safety plan with Gemma.
    When: by Tue 27/01.
    Proof: signed safety plan, copy to me.
 9) PC Joe Rana (DA Unit): flag the address + tell me about any call-out.
    When: flag by Fri 23/01; call-outs w/in 24 hrs.
    Proof: flag ref no. emailed to me; every call-out logged on Mosaic.
10) Lee Barton (housing officer, Wickhambrook Homes): home visit to sort the broken front door
    lock and the damp in the kids' room.
    When: TBC.
    Proof: new lock fitted + damp treated, seen by me at my next visit.
11) Sarah Bell (school nurse): see Poppy about her wetting, start a wetting diary, and measure
    both kids' height + weight.
    When: by end Feb.
    Proof: wetting diary + letter to me; measurements on their health records.
12) Me (Kirsty): Three Houses with T and with P, separately.
    When: by Fri 13/02.
    Proof: their Three Houses on file and shown at CG2 (26/02).
13) Carol (Nan): have T + P at hers in Hallbridge every other weekend.
    When: alt Sats 10am to Sun 5pm, from 31/01.
    Proof: Carol texts me Sat + Sun evening; T asked at my visits.
14) Everyone: tell me the same day about any worry - rows, drugs, kids hungry or scared.
    When: same day.
    Proof: logged on Mosaic.
15) Hallbridge Children's Services: parenting assessment of Gemma + Rob - NOT starting here,
    Hallbridge to do it after the move.
    When: w/in 6 wks of their transfer-in conf.
    Proof: assessment report to their first CG.
16) Me (Kirsty): send our records, chronology and this plan to Hallbridge.
    When: by Fri 06/03 (10 days before the move).
    Proof: Hallbridge confirm receipt in writing.

IF IT GOES WRONG (agreed at conf)
  - Rob using or dealing at the house, drugs found where the kids can get them, or Rob under
    the influence while he has the kids: Rob leaves that day (he can go to his brother's) and I
    hold a strategy discussion with police the same day.
  - Any DA incident: 999, police attend, strategy discussion the same day, IDVA sees Gemma
    within 24 hrs.
  - Gemma too low to get up and care for the kids 2 days running: T + P go to Carol's that
    night, and the GP or crisis team sees Gemma the same day.
  - If Carol can't have them (ill, away or says no): emergency foster placement in Wickhambrook
    the same day through EDT / duty.
  - If Rob's tests are still positive at CG2 (26/02), or there's another DA call-out before the
    move, I'll ask Hayley for a legal planning meeting within 5 working days - whatever is
    happening with the move.

DATES
  CG1: Thurs 29/01/26, 1.30pm, St Mary's. Then every 4 wks: CG2 26/02, CG3 26/03 (if still ours).
  RCPC: TBC - conference team to confirm.

Any problems, ring me.

Thanks,
Kirsty

Kirsty Doyle | Social Worker | Family Safeguarding Team (West) | Wickhambrook County Council
01632 961 552 | kirsty.doyle@wickhambrook.example.gov.uk
""",
    "findings": [
        F("M002", "look out for T + P each morning (clothes, hunger, mood)"),
        F("M001", "self-refer to Wickhambrook Recovery re the cocaine + cannabis"),
        F("T002", "review Gemma's sertraline + write to me on how her"),
        F("T002", "home visit to sort the broken front door"),
        F("W002", "tell me the same day about any worry - rows, drugs"),
        F("X001", "parenting assessment of Gemma + Rob - NOT starting here"),
        F("R001"),
    ],
})
