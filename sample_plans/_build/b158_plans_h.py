"""Batch 158, module h: seven fictional plans (tuning material), places beginning with "h".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: mostly exemplary plans, each in a house style of its own, so that a
reader has to understand the plan rather than recognise a template:

1. an initial conference plan for a toddler and a baby (mother's drinking,
   grandmother helping) laid out as a landscape Word "swimlane" grid: one
   row per period ("first two weeks", "every week", "before the review"),
   one column per person, one numbered job with a "We'll see:" line in each
   box (docx, exemplary);
2. a transfer-in conference plan for two children who fled domestic abuse,
   exported from a case system to PDF with page headers and footers, whose
   task list is a RACI table (R does it, A answers for it, C is asked, I is
   told), with a key (pdf, exemplary);
3. a child-friendly "Now and Next" board for an autistic six-year-old whose
   mother has bipolar disorder, in his school's symbol-supported style, with
   a small-print part for the grown-ups (md, exemplary);
4. a social worker's clipped notes of a second core group for a 15-year-old
   at risk of sexual exploitation, with the actions grouped under each
   person's initials (txt, the one faulty plan);
5. a pre-birth plan written as signed commitments: each one a bold title,
   an "I will" / "We will" paragraph, a "How we will know" line and an
   "Agreed by:" signature line naming the person who does it (docx,
   exemplary);
6. a looked-after toddler's hospital-stay plan (care plan addendum and child
   protection plan update) set out as the questions the core group asked,
   each answered with "What will happen" items, printed to PDF with a page
   header and footer (pdf, exemplary);
7. an IRO's letter to a 15-year-old young carer after the review
   conference, in "You asked: / We agreed:" pairs, then the other things
   agreed (md, exemplary).

Six plans are exemplary: every live action has a named owner, a real
timescale and something that can be seen or counted; outcomes are about the
children; each contingency names triggers and protective responses, and
what happens if relatives' help fails where the plan leans on them; each
records the children's voice, core group dates and a review conference date,
and legal planning after named triggers; where a parent is ill or uses
substances an adult service owns work, and every mental health service is
asked for its view of the parent's capacity to change and its timescale.
Plan 4 keeps mostly good rows with a few faults (an "asap", a missing time,
a missing measure, "keep an eye on", an "ALL AGENCIES" heading, and no
fallback for the aunt the plan depends on).

Counting convention used for "actions" (README convention 1): every live
job in the action part counts once: each row of an action table, each box
of the swimlane grid that holds a job, each numbered or bulleted item, each
signed commitment, each "We agreed" block. The contingency, meeting dates,
views, outcomes and one-off work already done ("DONE" lines in plan 4) are
not counted.
"""
from build_batch5 import F

PLANS = []


# ---------------------------------------------------------------------------
# 1. Initial conference plan, neglect, mother's drinking, grandmother
#    helping. Landscape swimlane grid: periods down the side, people across
#    the top, one numbered job per box. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b158_hagglestow_icpc_swimlane_period_by_person_grid_mcandrew.docx",
    "doc_title": "Child Protection Plan - Tayla McAndrew and Reuben Pace",
    "split": "tune",
    "actions": 18,
    "landscape": True,
    "font_size": 9.5,
    "template": "icpc-plan-docx-landscape-details-kv-worries-going-well-childrens-days-outcomes-then-swimlane-grid-period-rows-first-two-weeks-every-week-before-review-by-person-columns-numbered-job-per-box-with-well-see-line-then-if-things-go-wrong-meetings",
    "description": (
        "Exemplary initial conference plan for a 2-year-old and a 5-month-old whose mother drinks in "
        "the evenings and left them unfed and unsupervised. The plan is a landscape Word 'swimlane' "
        "grid: three rows of time (first two weeks, all by a date; every week until the review; "
        "before the review, all by a date) and six columns, one per person or service (social "
        "worker, health visitor, the adult alcohol service, mother, grandmother, nursery), with one "
        "numbered job and a 'We'll see:' line in every box. The alcohol service reports on change, "
        "the grandmother's evenings have a fallback, legal planning follows named triggers, core "
        "group and review dates are set, and the children's days are described."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Hagglestow Metropolitan Borough Council · Children's Services · Safeguarding Team (East)"),
        ("kv", [
            ("Children", "Tayla McAndrew, 2 years 4 months (DOB 02/07/2023); Reuben Pace, 5 months (DOB 09/06/2025)"),
            ("Address", "Flat 3, 17 Wharf Street, Hagglestow HG4 2RT"),
            ("Mother", "Shannon McAndrew (24)"),
            ("Father", "Jordan Pace (27), father of both children; lives in Colnbury and has not seen them since "
                       "August. He gave his views to the chair by phone."),
            ("Maternal grandmother", "Lorraine McAndrew (51), 6 Canal View, Hagglestow (five minutes' walk)"),
            ("Maternal aunt", "Chantelle McAndrew (29), 40 Bridge Row, Hagglestow"),
            ("Category", "Neglect (both children)"),
            ("Conference", "Initial child protection conference, Thursday 13/11/2025. Chair: Sunita Bhatt (IRO)"),
            ("Social worker", "Rhian Cole (team manager: Owen Farrelly)"),
        ]),
        ("h1", "Why we are worried"),
        ("p", "On 21/10/2025 the police found Tayla alone on the landing outside the flat at 9pm. Shannon was "
              "asleep on the sofa after drinking most of a bottle of vodka, and Reuben was in his cot in a soaked "
              "nappy with no feed made up since the afternoon. The health visitor was already worried: between "
              "his 8-week and 16-week checks Reuben's weight fell from the 50th centile to just under the 9th, "
              "Tayla has been to 11 of her 33 booked nursery sessions since September, and on two visits there "
              "was no food in the flat and the heating was off."),
        ("p", "Shannon told the conference that since Jordan left in the summer she has been drinking 'to get "
              "through the evenings', usually once the children are in bed, and that she does not drink in the "
              "day. Lorraine said Shannon drank heavily as a teenager and stopped when she was expecting Tayla."),
        ("h1", "What is going well"),
        ("bullets", [
            "Shannon loves Tayla and Reuben and was open with the conference about her drinking. She saw her GP "
            "on 04/11/2025 and agreed to a referral to Hagglestow Alcohol Service.",
            "Lorraine lives five minutes away, sees the children most days and has offered practical help.",
            "Reuben's immunisations are up to date and both children are registered with the GP.",
        ]),
        ("h1", "Tayla's and Reuben's days: what we have seen and heard"),
        ("p", "Tayla is a chatty two-year-old with about 30 words. When Rhian visited on 05/11/2025 Tayla pointed "
              "at the sofa and said \u201cMummy sleeping\u201d, then led Rhian by the hand to the kitchen and said "
              "\u201cbic-bic\u201d. Nursery say she eats two helpings at lunch and hides crackers in her coat to take "
              "home. At Nana's she runs to the toy box and sings; on 08/11/2025 she cried and held on to Lorraine "
              "when it was time to go back to the flat."),
        ("p", "Reuben is a smiley baby who turns his head when he hears his mum's voice. When Gemma watched a "
              "feed on 06/11/2025 he drank a 7oz bottle in under ten minutes and cried for more. He settles "
              "quickly on Lorraine's shoulder, and was in the same nappy for the whole of a two-hour visit."),
        ("p", "Shannon said: \u201cI want them to have a mum who's there in the evenings, not asleep.\u201d"),
        ("h1", "What must be different for Tayla and Reuben"),
        ("numbers", [
            "Tayla and Reuben are always looked after by a sober adult, day and night, and are never left on "
            "their own.",
            "Reuben is fed regularly and his weight climbs back to at least the 25th centile by the review "
            "conference.",
            "Tayla goes to nursery for at least 90% of her booked sessions and her talking catches up with other "
            "two-year-olds.",
            "Tayla and Reuben live in a warm flat with food in the cupboards every day.",
        ]),
        ("h1", "The plan: who does what, and when"),
        ("p", "Read across a row to see everything that happens in that period; read down a column to see "
              "everything one person has agreed to do. Each box is one job, numbered by its row (A, B or C), "
              "with the date or how often in the left-hand column unless the box gives its own. \u201cWe'll see\u201d "
              "is what will show the job has been done and is making a difference."),
        ("table", {
            "header": ["When", "Rhian Cole\nSocial worker", "Gemma Tait\nHealth visitor, 0-19 team",
                       "Dan Oyelaran\nrecovery worker, Hagglestow Alcohol Service",
                       "Shannon\n(Mum)", "Lorraine\n(Nana)", "Kelly Byrne\nroom leader, Tiny Steps Nursery"],
            "widths": [2.9, 3.8, 3.8, 3.8, 3.8, 3.8, 3.8],
            "bold_first_col": True,
            "rows": [
                ["A. First two weeks\nAll by Thursday 27/11/2025",
                 "A1. Visit Tayla and Reuben at home, check the cupboards, fridge and heating, and write a safety "
                 "plan with Shannon and Lorraine saying who cares for the children if Shannon has had a drink.\n"
                 "We'll see: the signed safety plan, copied to the core group; the visit record noting food in "
                 "and the heating on.",
                 "A2. Weigh Reuben at home and do an ASQ-3 development check with Tayla.\n"
                 "We'll see: Reuben's weight plotted in his red book; Tayla's ASQ-3 scores sent to Rhian and "
                 "Kelly.",
                 "A3. Complete Shannon's full alcohol assessment and take her first breath test, including how "
                 "her drinking affects her evenings with the children.\n"
                 "We'll see: the written assessment and breath test reading on the children's file by "
                 "27/11/2025.",
                 "A4. Go to her first appointment at Hagglestow Alcohol Service on Wednesday 19/11/2025 at 10am, "
                 "and clear all alcohol out of the flat.\n"
                 "We'll see: Dan confirms to Rhian that Shannon came; no alcohol found when Rhian looks at her "
                 "unannounced visit.",
                 "A5. Agree with Shannon and Rhian the evenings she will come for bath and bedtime, and keep her "
                 "phone on at night so that Shannon or Rhian can reach her.\n"
                 "We'll see: Lorraine's evenings written into the safety plan and signed by her.",
                 "A6. Offer Tayla her funded sessions on Monday, Tuesday and Wednesday mornings, and set up a "
                 "check of her arrival each morning.\n"
                 "We'll see: Tayla's sessions and the name of her key person confirmed to Rhian in writing."],
                ["B. Every week\nFrom Monday 17/11/2025 until the review conference",
                 "B1. See both children at home every week, one visit in three unannounced and one a month after "
                 "6pm; play with Tayla using her toys and drawings to hear what home is like for her.\n"
                 "We'll see: visit records showing both children seen each week, what Tayla said or showed, and "
                 "whether Shannon was sober.",
                 "B2. Weigh Reuben at the Tuesday baby clinic at Hagglestow Health Centre every week until he is "
                 "back on the 25th centile, then every two weeks.\n"
                 "We'll see: each weight in the red book and emailed to Rhian on the day; the line rising "
                 "towards the 25th centile.",
                 "B3. Key-work with Shannon every Wednesday with a breath test at each session, and a short note "
                 "to Rhian every Friday.\n"
                 "We'll see: Friday notes showing each session attended and each breath test reading zero.",
                 "B4. Drink no alcohol while she is looking after Tayla and Reuben, and fill in the feeds and "
                 "meals chart on the fridge every day.\n"
                 "We'll see: breath tests at zero; the chart filled in daily and checked by Rhian and Gemma at "
                 "their visits.",
                 "B5. Come to the flat for bath and bedtime on Monday, Wednesday and Friday evenings, and have "
                 "both children to stay at Canal View every Saturday night.\n"
                 "We'll see: Lorraine texts Rhian after each evening to say the children were fed, bathed and "
                 "settled; Rhian reads the texts at the Monday visit.",
                 "B6. Note Tayla's arrival time, whether she has eaten, and the state of her clothes and nappy at "
                 "every session, and ring Rhian the same day with any worry.\n"
                 "We'll see: a weekly attendance sheet to Rhian (90% or more); every same-day call logged."],
                ["C. Before the review\nAll by Thursday 05/02/2026",
                 "C1. Complete the single assessment, with Tayla's and Reuben's days and Lorraine's and Jordan's "
                 "views in it, and go through it with Shannon.\n"
                 "We'll see: the assessment shared with Shannon and the core group at the meeting on "
                 "15/01/2026.",
                 "C2. Repeat Tayla's ASQ-3 and, if her communication score is still below the cut-off, refer her "
                 "to speech and language therapy.\n"
                 "We'll see: the second ASQ-3 scores on file, and the referral letter if one is needed.",
                 "C3. Write a report for the review conference on whether Shannon is making the changes Tayla "
                 "and Reuben need, what still has to change and how long that is likely to take.\n"
                 "We'll see: the report sent to Rhian by 29/01/2026 and read with Shannon before the "
                 "conference.",
                 "C4. Go to the eight-week Little Steps group at Hagglestow Family Hub (Thursdays from "
                 "04/12/2025) to learn Reuben's hunger cues and plan Tayla's meals.\n"
                 "We'll see: the group register showing at least six of the eight sessions, and the group "
                 "leader's end report to Rhian.",
                 "C5. With Chantelle, agree at the family network meeting on 16/12/2025 (Rhian will arrange it) "
                 "who covers her evenings and Saturdays if she is ill or away.\n"
                 "We'll see: a written network plan naming two back-up adults, given to Rhian and the core "
                 "group.",
                 "C6. Complete Tayla's two-year progress check with Shannon and send it to Gemma.\n"
                 "We'll see: the progress check with Gemma and Rhian by 23/01/2026."],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Shannon has been drinking while she is on her own with the children (a positive breath test, "
              "or Lorraine, nursery, a neighbour or the police tell us), if either child is found alone, or if "
              "Reuben's weight drops at two weighs in a row: Tayla and Reuben go to Lorraine's at 6 Canal View "
              "that day, and Rhian holds a strategy discussion with the police and Gemma the same day."),
        ("p", "If Lorraine cannot have them or cannot keep up her evenings (she is ill, away or it is too much "
              "for her), Chantelle steps in for those nights. If neither of them can, Rhian will arrange for "
              "Tayla and Reuben to go together to Hagglestow foster carers the same day."),
        ("p", "If Shannon has two positive breath tests or misses two Alcohol Service appointments before the "
              "review, or Reuben's weight falls below the 2nd centile, Rhian will ask Owen Farrelly for a legal "
              "planning meeting within five working days to decide whether to start the Public Law Outline."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks at Hagglestow Family Hub, 2pm: 27/11/2025, 18/12/2025 and 15/01/2026.",
            "Review child protection conference: Thursday 05/02/2026, 10am, Hagglestow Town Hall.",
            "Rhian brings what Tayla has said and shown, and Reuben's weights, to every core group.",
        ]),
        ("p", "Plan agreed at the initial conference on 13/11/2025. Copies to Shannon, Lorraine, Jordan and "
              "everyone named in the grid."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Transfer-in conference plan, domestic abuse, mother's depression and
#    trauma, two children who moved to a refuge and then a flat. Case-system
#    export to PDF with a page header and footer; the task list is a RACI
#    table with a key. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b158_harpendell_transfer_in_raci_task_export_nwachukwu.pdf",
    "doc_title": "Child Protection Plan (Transfer In) - Daniel and Esther Nwachukwu",
    "split": "tune",
    "actions": 12,
    "landscape": True,
    "font_size": 9.5,
    "template": "transfer-in-cp-plan-case-system-pdf-export-landscape-page-header-footer-record-fields-how-the-family-came-brackwood-plan-where-it-got-to-prose-then-raci-task-table-ref-task-r-a-c-i-when-evidence-with-key-then-contingency-and-meeting-fields",
    "description": (
        "Exemplary transfer-in conference plan for a 14-year-old and an 11-year-old who fled "
        "domestic abuse from their mother's ex-partner and moved from another council's area. A "
        "case-system export printed to PDF, landscape, with a page header and footer; the task list "
        "is a RACI table (R does the task, A answers for it, C is asked first, I is told) with a key, "
        "a When column and an Evidence column. The mental health team's psychologist assesses the "
        "mother's capacity to change and her care co-ordinator reports on change, the GP owns an "
        "action, the previous authority kept visiting until the conference, the aunt's part has a "
        "fallback, legal planning follows named triggers, core group and review dates are set, and "
        "both children's words are recorded."
    ),
    "header": "HARPENDELL CITY COUNCIL \u2013 CaseView \u2013 Child Protection Plan (Transfer In) \u2013 OFFICIAL-SENSITIVE",
    "footer": "Exported 21/11/2025 16:42 by J.ANSAH \u2013 Case 7731-204 \u2013 Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan \u2013 Transfer In"),
        ("kv", [
            ("Record", "CP-PLAN-TI v1.0, status AGREED"),
            ("Subjects", "Daniel Nwachukwu, 14 (DOB 11/03/2011), Year 10, Harpendell Academy; Esther Nwachukwu, "
                         "11 (DOB 27/08/2014), Year 6, St Anselm's Primary"),
            ("Address", "Flat 12, Orchard Court, Eastgate, Harpendell HP6 3LW (tenancy from 03/11/2025)"),
            ("Mother", "Ngozi Nwachukwu (38)"),
            ("Father", "Chidi Nwachukwu (41), lives abroad; phones the children on Sundays; not a risk"),
            ("Person posing risk", "Marcus Hale (36), mother's ex-partner; non-molestation order made 26/09/2025 "
                                   "by Brackwood Family Court, in force to 26/09/2026"),
            ("Maternal aunt", "Grace Eze (45), Lime Street, Eastgate (ten minutes' walk)"),
            ("Category", "Emotional abuse (both children)"),
            ("Plan history", "ICPC Brackwood Council 02/09/2025; transfer-in conference Harpendell 20/11/2025. "
                             "Chair: Colin Daubney (IRO)"),
            ("Allocated worker", "Joel Ansah, social worker, Eastgate Safeguarding Team (team manager: Ruth "
                                 "Penhaligon)"),
        ]),
        ("h1", "How the family came to Harpendell"),
        ("p", "Ngozi and the children lived in Brackwood with Marcus Hale for two years. On 19/08/2025 Marcus "
              "assaulted Ngozi in the kitchen while Esther watched from the doorway; Daniel, who had tried to "
              "pull Marcus away, was pushed into the door frame and cut his head. It was the fourth police "
              "call-out to the house in 2025. Brackwood held an initial conference on 02/09/2025. On 30/09/2025 "
              "Marcus followed Ngozi from the children's school, and with Harpendell Women's Aid she moved the "
              "children to a refuge in Harpendell, near her sister Grace, and then to Orchard Court."),
        ("p", "Ngozi has had depression since 2021 and was diagnosed with post-traumatic stress disorder in "
              "Brackwood in September. She takes sertraline. She says she has nightmares most nights and some "
              "mornings cannot face the school run; Daniel then takes Esther to school. Daniel has been "
              "excluded for two days for fighting since he started at Harpendell Academy."),
        ("h1", "Brackwood plan \u2013 where it got to (for the record)"),
        ("p", "The Brackwood social worker, Lisa Hurd, kept visiting every week, at the refuge and then at "
              "Orchard Court, until this conference, and attended it. Brackwood had completed a DASH (score 19, "
              "heard at Brackwood MARAC on 11/09/2025), secured the non-molestation order and referred Ngozi to "
              "their mental health team; she was seen once before the move. Brackwood's case records were sent "
              "to Harpendell on 14/11/2025. Every task below is Harpendell's from the date of this conference; "
              "where a Brackwood task was still open it has been taken on here with a Harpendell owner."),
        ("h1", "Children's views"),
        ("p", "Daniel (seen on his own at school by Joel, 17/11/2025): \u201cI'm the man of the house now. If he "
              "comes I'll deal with it.\u201d Later he said he can't sleep until he has checked the door chain "
              "twice, and that he wants to stay at Harpendell Academy until Year 11 \u201cbecause I've got mates "
              "now\u201d. He scored how safe he feels at home 6 out of 10."),
        ("p", "Esther (seen on her own at the flat, 18/11/2025): \u201cI like our new flat because he doesn't know "
              "where it is. Sometimes Mum cries in the bathroom and I wait outside.\u201d She has started wetting "
              "the bed again. She put a drawing of Auntie Grace's kitchen in her 'happy' box and Marcus in her "
              "'scary' box. She wants \u201cDaniel to stop being angry\u201d and to have a sleepover at Grace's."),
        ("h1", "Outcomes for Daniel and Esther"),
        ("numbers", [
            "Daniel and Esther live free from violence and from fear of Marcus, and both know what to do if he "
            "comes near them.",
            "Both children go to school every day (95% or more) and Daniel keeps his place at Harpendell "
            "Academy.",
            "Daniel gets help with his anger and low mood and no longer feels he has to protect his mum and "
            "sister.",
            "Esther sleeps through the night, can name three safe adults and tells one of them when she is "
            "worried.",
            "Daniel and Esther are cared for by a mum whose mood and trauma symptoms are well enough managed for "
            "her to do the school run, keep the safety plan and notice when they are upset.",
        ]),
        ("h1", "Tasks"),
        ("p", "Key: R = Responsible, the person who does the task and is named as its owner. A = Accountable, "
              "the manager who answers to the core group if it is not done. C = Consulted before or while it "
              "is done. I = Informed of the result. When = the date or frequency the task is due. Evidence = "
              "what the core group will see."),
        ("table", {
            "header": ["Ref", "Task", "R", "A", "C", "I", "When", "Evidence"],
            "widths": [1.1, 6.2, 3.4, 2.5, 2.2, 2.0, 4.0, 4.3],
            "rows": [
                ["T01",
                 "See Daniel and Esther at home every week, and each child on their own at least every other "
                 "week (Daniel at school if he prefers), using Esther's worry jar and Daniel's 0-10 scale",
                 "Joel Ansah, SW",
                 "Ruth Penhaligon, TM",
                 "Ngozi",
                 "IRO",
                 "Weekly from 24/11/2025 until the review conference",
                 "Visit records show both children seen weekly, each seen alone at least fortnightly, with their "
                 "scores and own words"],
                ["T02",
                 "Complete a new DASH with Ngozi, agree a written safety plan with her and the children, and "
                 "refer to Harpendell MARAC if the score is 14 or more",
                 "Sade Bright, IDVA, Harpendell Women's Aid",
                 "Ceri Vaughan, service manager",
                 "Ngozi; Joel",
                 "PC Morgan",
                 "DASH and safety plan by 04/12/2025; contact with Ngozi every two weeks after that",
                 "DASH score and a copy of the safety plan sent to Joel by 04/12/2025; MARAC reference on the "
                 "file if referred"],
                ["T03",
                 "Put a flag on the Orchard Court address so that any call from the flat gets an emergency "
                 "response, and tell Joel of any sighting of Marcus or breach of the order",
                 "PC Aled Morgan, Harpendell Police DA Unit",
                 "DS Fiona Lake",
                 "Sade Bright",
                 "Joel; both schools",
                 "Flag by 27/11/2025; sightings and breaches the same day",
                 "Flag confirmed to Joel by email; every sighting or breach logged and emailed to Joel the "
                 "same day"],
                ["T04",
                 "Assess Ngozi's depression and trauma symptoms and report on her capacity to make and keep the "
                 "changes Daniel and Esther need (the school run, the safety plan, responding to Daniel's anger), "
                 "the steps still needed and the likely timescale",
                 "Dr Hannah Stroud, clinical psychologist, Harpendell CMHT",
                 "Dr Raj Bhandari, consultant psychiatrist",
                 "Ngozi; Kemal Arslan",
                 "Joel; IRO",
                 "First appointment by 05/12/2025; written report by 27/01/2026",
                 "Capacity-to-change report with a likely timescale, sent to Joel and shared at the core group "
                 "on 03/02/2026"],
                ["T05",
                 "Visit Ngozi every other week, check her medication and sleep, and give each core group a "
                 "written update on how her mood is affecting her care of the children and whether she is "
                 "making the changes needed",
                 "Kemal Arslan, care co-ordinator (CPN), Harpendell CMHT",
                 "Dr Raj Bhandari",
                 "Ngozi",
                 "Joel",
                 "Every other Wednesday from 26/11/2025; update two working days before each core group",
                 "Written update on Joel's file before every core group, with visit dates and Kemal's view of "
                 "the changes made"],
                ["T06",
                 "Register Ngozi, Daniel and Esther at the practice, get their records from Brackwood, and "
                 "review Ngozi's sertraline",
                 "Dr Claire Whitmore, GP, Eastgate Surgery",
                 "Dr Claire Whitmore",
                 "Ngozi",
                 "Joel; Kemal",
                 "By 05/12/2025",
                 "GP letter to Joel confirming all three registered, records received and the medication review "
                 "done"],
                ["T07",
                 "Check Daniel's attendance each morning, give him a daily check-in with his learning mentor, "
                 "and phone Joel the same day if he is absent, excluded or in crisis",
                 "Mr Tom Quayle, DSL, Harpendell Academy",
                 "Mrs Ann Fry, head of Year 10",
                 "Daniel",
                 "Joel; Ngozi",
                 "Every school day from 24/11/2025",
                 "Attendance emailed to Joel every Friday (target 95%); check-ins and calls logged on CPOMS"],
                ["T08",
                 "Give Esther a place in the nurture group, check her attendance and how she presents each "
                 "morning, and phone Joel the same day with any worry",
                 "Mrs Farida Noor, DSL, St Anselm's Primary",
                 "Mr Peter Lund, headteacher",
                 "Esther; Ngozi",
                 "Joel",
                 "Every school day; nurture group Tuesdays and Thursdays from 25/11/2025",
                 "Attendance emailed to Joel weekly (target 95%); nurture group record; calls logged on CPOMS"],
                ["T09",
                 "Assess Daniel's low mood, sleep and anger, and agree with him what help he wants",
                 "Leah Fenwick, practitioner, Harpendell CAMHS",
                 "CAMHS team lead",
                 "Daniel; Ngozi",
                 "Joel; Mr Quayle",
                 "Assessment by 12/12/2025",
                 "Assessment letter with Daniel's agreed plan, sent to Joel and Ngozi"],
                ["T10",
                 "Six direct-work sessions with Esther about what happened in Brackwood, her bedwetting worries "
                 "and her safe people",
                 "Nadia Rahman, family support worker",
                 "Joel Ansah, SW",
                 "Esther; Ngozi",
                 "IRO",
                 "Six sessions between 01/12/2025 and 23/01/2026",
                 "Esther's 'my safe people' hand and the session notes on file; Esther names three safe adults "
                 "to Joel at a visit"],
                ["T11",
                 "Keep to the safety plan: no contact with Marcus, door chain on, 999 if he comes near the flat "
                 "or either school, and get Daniel and Esther to school every day",
                 "Ngozi Nwachukwu (Mum)",
                 "Joel Ansah, SW",
                 "Sade Bright",
                 "Both schools",
                 "Every day from 20/11/2025",
                 "No contact recorded by the police; both children's attendance 95% or more; Sade confirms the "
                 "plan is kept at each fortnightly contact"],
                ["T12",
                 "Have Daniel and Esther for tea every Wednesday after school, and be the adult they go to if "
                 "their mum is unwell or Marcus is seen",
                 "Grace Eze (maternal aunt)",
                 "Joel Ansah, SW",
                 "Ngozi",
                 "Joel",
                 "Every Wednesday, 3.30pm to 7pm; the same day whenever needed",
                 "Grace texts Joel every Wednesday evening; both children show Joel Grace's number saved in "
                 "their phones"],
            ],
        }),
        ("h1", "Contingency"),
        ("kv", [
            ("Trigger 1", "Marcus comes to the flat, either school or near the children, or contacts Ngozi or the "
                          "children in any way"),
            ("Response 1", "Ngozi or the school calls 999; PC Morgan's team treats it as a breach of the order; "
                           "Joel holds a strategy discussion with the police the same day; if the address is "
                           "known to Marcus, Sade arranges an emergency refuge space for Ngozi and the children "
                           "that day."),
            ("Trigger 2", "Ngozi cannot get up to care for the children for two days running, stops her "
                          "medication, or tells anyone she has thoughts of harming herself"),
            ("Response 2", "Kemal arranges a same-day assessment by the Harpendell crisis team; Daniel and Esther "
                           "go to Grace's home in Lime Street that day and stay until Joel and Kemal agree it is "
                           "safe to go home."),
            ("If Grace cannot help", "If Grace is ill, away or cannot have them, Joel places Daniel and Esther "
                                     "together with Harpendell foster carers the same day."),
            ("Legal planning", "If Ngozi lets Marcus back into the children's lives, or either child's attendance "
                               "is below 85% at the second core group, or Dr Stroud's report says the changes "
                               "cannot be made in the children's timescale, Joel will ask Ruth Penhaligon for a "
                               "legal planning meeting within five working days."),
        ]),
        ("h1", "Meetings"),
        ("kv", [
            ("Core group", "Every four weeks, Tuesdays 4pm, Eastgate Family Centre: 04/12/2025, 06/01/2026, "
                           "03/02/2026"),
            ("Review conference", "Thursday 19/02/2026, 10am, Harpendell Civic Offices"),
            ("Children's voice", "Joel sees each child on their own before every core group and brings their "
                                 "words and scores to it"),
        ]),
        ("p", "END OF EXPORT"),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Child-friendly "Now and Next" plan for an autistic six-year-old who uses
#    a few words and Makaton; mother has bipolar disorder and stopped her
#    lithium; grandmother helping. Symbol-supported Markdown with an
#    "Every week" strip, a "Now" board and a "Next" board, then small print
#    for the grown-ups. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b158_hellingsby_now_and_next_board_my_plan_quigley.md",
    "split": "tune",
    "actions": 12,
    "template": "child-friendly-my-plan-md-symbol-supported-now-and-next-board-for-autistic-6-year-old-my-people-key-how-i-tell-you-things-every-week-strip-now-board-next-board-one-card-per-grown-up-job-then-small-print-for-grown-ups-outcomes-if-things-go-wrong-meetings",
    "description": (
        "Exemplary child protection plan for an autistic 6-year-old who uses a few words and Makaton "
        "signs, whose mother has bipolar disorder and stopped her lithium in the summer. Written for "
        "him the way his special school writes his timetable, as a 'Now and Next' board with picture "
        "cues: an 'Every week' strip, a 'Now' board (before the Christmas holidays) and a 'Next' board "
        "(January, before the review), one card per grown-up's job naming who, when and how we'll "
        "know; a 'My people' key introduces everyone by first name. A small-print part for grown-ups "
        "holds the outcomes, the contingency (with a fallback if Nana cannot help), legal planning "
        "after named triggers, and the meeting dates. The care co-ordinator and the psychiatrist both "
        "give a view on the mother's capacity to change."
    ),
    "text": """\
# My plan: Oscar Quigley

*Hellingsby Council Children's Services. Made with Oscar, his mum and the grown-ups who help him, at the
meeting on Tuesday 25 November 2025. Grown-ups: please read this with Oscar using his symbols. The small
print for grown-ups is at the end.*

(picture: Oscar) **This is me.** I am Oscar. I am 6. I live with my mum, Leanne, at 9 Fellside Road, Hellingsby.
I go to Hellingsby Brook School on the blue bus. I am autistic. I say some words and I use Makaton signs.

## My people

| Picture | Name | Who they are |
|---|---|---|
| (picture: Mum) | **Mum** | Leanne Quigley, my mum |
| (picture: Nana) | **Nana** | Pat Quigley, my nana; she lives on Moor Lane, round the corner |
| (picture: Dad) | **Dad** | Craig Nolan, my dad; he lives in Farnleigh and sees me at Nana's on Saturdays |
| (picture: Auntie Kim) | **Auntie Kim** | Kim Rowntree, Mum's sister; she lives in Hellingsby |
| (picture: Jess) | **Jess** | Jess Lindqvist, my social worker |
| (picture: teacher) | **Mrs Okoro** | Adaeze Okoro, my class teacher at Hellingsby Brook School |
| (picture: school) | **Mr Bell** | Simon Bell, who keeps children safe at my school (DSL) |
| (picture: talking) | **Sophie** | Sophie Grant, my speech and language therapist at school |
| (picture: nurse) | **Kofi** | Kofi Boateng, Mum's nurse (care co-ordinator, Hellingsby Community Mental Health Team) |
| (picture: doctor) | **Dr Sandhu** | Dr Manjit Sandhu, Mum's doctor (consultant psychiatrist, same team) |
| (picture: house) | **Ann and Dev** | Ann and Dev Kerridge, my short-break carers |

## Why the grown-ups made a plan

In the summer Mum got poorly. Her illness is called bipolar disorder. She stopped her medicine, called lithium.
She did not sleep. Some days I did not go to school. One night in September I went out of the front door on my
own and a lady found me at the bus stop in my pyjamas. The grown-ups want me to be safe, day and night.

## How I tell you things

- I say "no", "Nana", "bus", "more" and "finished". I sign "more", "finished", "help" and "home".
- When I am happy I flap my hands and hum. When there is shouting I cover my ears and go under the table.
- When Mum was poorly I would not eat at home and I cried at the school gate in the afternoons.
- At Nana's I sleep all night. I line up my cars on her windowsill. Nana says I sign "home" when I mean her
  house.
- At school on 20 November I pointed to the "happy" face for Nana and the "sad" face for "Mum in bed".
- Mum says: "I want to be the mum who gets Oscar on that bus every morning. I know I can't do it poorly."

## Every week (until the big meeting on 24 February)

**(picture: Jess) Jess**
Jess comes to my house every Tuesday after the bus drops me home. Once a month she comes at bedtime instead,
without telling us first. She brings my feelings cards and I point to one.
*How we'll know:* Jess writes down the card I point to, what I was doing and where Mum was, after every visit.

**(picture: teacher) Mrs Okoro**
Every school morning Mrs Okoro writes in my home-school book whether I came on the bus on time, had my
breakfast and had clean clothes. If I am not on the bus, Mr Bell rings Jess by 10 o'clock.
*How we'll know:* the home-school book, and my attendance sent to Jess every Friday (95% or more).

**(picture: nurse) Kofi**
Kofi sees Mum at home every Thursday. He checks she is taking her lithium and looks at her blood test results.
Before every core group he writes to Jess about whether Mum is staying well enough to look after me, whether she
is making the changes I need, and how long that might take.
*How we'll know:* Kofi's written note is with Jess before each core group.

**(picture: Mum) Mum**
Mum takes her lithium every night at 8 o'clock, after my bath, and goes for her blood test every other Monday,
so that she stays well enough to get me up and on the bus.
*How we'll know:* Kofi tells Jess the blood results are in the right range; Mum's tablet box is checked at
Kofi's visits.

**(picture: Nana) Nana**
Nana meets my bus at Fellside Road and gives me my tea on Mondays, Wednesdays and Fridays. I sleep at Nana's
every Saturday night, and Dad sees me there on Saturday afternoons.
*How we'll know:* Nana writes in my home-school book on her days, and texts Jess every Sunday.

## Now: before the Christmas holidays (by Friday 19 December)

**(picture: talking) Sophie**
Sophie makes me a "my safe people" board with photos of Mum, Nana, Auntie Kim, Mrs Okoro and Jess, one for my
bag and one for home, by Friday 12 December.
*How we'll know:* Jess sees me use the board at a visit, and Sophie writes it down in my communication log.

**(picture: Jess) Jess**
Jess plays "three houses" with me using my symbols and photos (the house of worries, the house of good things,
the house of dreams), in two sessions at school by Wednesday 17 December.
*How we'll know:* my three houses pictures go in my file and Jess brings them to the next meeting.

**(picture: doctor) Dr Sandhu**
Dr Sandhu sees Mum in her clinic by Friday 12 December. She looks at Mum's illness and medicine and starts to
assess whether Mum can make and keep the changes I need, so that she stays well enough to look after me.
*How we'll know:* Dr Sandhu's clinic letter, with what she has found so far, is sent to Jess and Kofi within a
week of the appointment.

## Next: January, before the big meeting (by Tuesday 24 February)

**(picture: doctor) Dr Sandhu**
Dr Sandhu writes her report about whether Mum can make and keep the changes I need, what still has to change
and how long that is likely to take, by Friday 30 January.
*How we'll know:* the report is sent to Jess and read at the core group on 3 February.

**(picture: Jess) Jess**
Jess holds a family meeting with Mum, Nana, Dad and Auntie Kim on Tuesday 13 January, so that everyone knows
who looks after me if Nana can't.
*How we'll know:* a written family plan with the names of my back-up grown-ups, given to everyone in my core
group.

**(picture: house) Ann and Dev**
Ann and Dev have me for a short-break sleepover one Friday night a month, starting on 9 January, so I know their
house if I ever need to stay there.
*How we'll know:* Ann and Dev's short-break diary, sent to Jess after each stay, says how I slept and ate.

**(picture: school) Mr Bell**
Mr Bell asks the school nurse to check my height and weight, and sends Jess the results, by Friday 30 January.
*How we'll know:* my height and weight are on my school health record and in Jess's file.

---

## Small print for grown-ups

**What we want for Oscar (outcomes)**

1. Oscar always has a grown-up who is well enough to look after him, day and night, and he is never out of the
   house on his own.
2. Oscar gets on the school bus every school day, fed and in clean clothes (95% attendance or more).
3. Oscar can show a safe grown-up when he is worried, using his "my safe people" board.
4. Oscar lives with his mum while she is well enough to keep him safe, and spends time with Nana and his dad
   every week.

**If things go wrong**

- *Triggers:* Mum misses her lithium two nights running, her blood level is out of range, or she shows her
  early warning signs (not sleeping for two nights, talking fast, spending money she does not have, keeping
  Oscar home); or Oscar is found outside without an adult; or Oscar is found alone with Mum too unwell to care
  for him.
- *What happens:* Nana takes Oscar to her house on Moor Lane the same day and he stays there until Jess and
  Kofi agree it is safe to go home. Kofi arranges an assessment by the Hellingsby crisis team the same day. If
  Oscar was found outside, Jess holds a strategy discussion with the police the same day.
- *If Nana cannot help* (she is ill, away, or it is too much for her): Auntie Kim has Oscar at her house; if
  neither of them can, Jess arranges for Oscar to stay with Ann and Dev, his short-break carers, that day.
- *Legal planning:* if Mum becomes unwell again and Oscar is left without a safe adult, or Mum stops her
  treatment, or Dr Sandhu's report says the changes cannot be made in Oscar's timescale, Jess will ask her
  manager, Helen Cho, for a legal planning meeting within five working days.

**Meetings**

- Core group every four weeks at Hellingsby Brook School, 3.45pm: 9 December 2025, 6 January 2026 and 3 February
  2026.
- Review child protection conference ("the big meeting"): Tuesday 24 February 2026, 10am, Hellingsby Civic
  Centre. Jess will bring Oscar's feelings cards, his three houses pictures and the home-school book.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Second core group for a 15-year-old at risk of sexual exploitation and
#    going missing; her aunt has her every weekend. The social worker's
#    clipped typed notes: key of initials, updates, her views, scaling, aims,
#    closed one-offs, then actions grouped under each person's initials.
#    Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b158_hoddingvale_core_group_clipped_notes_by_initials_dyer.txt",
    "split": "tune",
    "actions": 16,
    "template": "core-group-2-sw-clipped-typed-notes-txt-key-of-initials-numbered-headings-updates-her-views-scaling-aims-done-one-offs-then-actions-grouped-under-owner-initials-headings-dash-items-with-evid-sublines-then-contingency-next-mtgs",
    "description": (
        "Social worker's clipped typed notes of the second core group for a 15-year-old at risk of "
        "sexual exploitation who goes missing; her aunt has her every weekend away from the estate. "
        "A key of initials, updates, her own words, scaling, aims and closed one-off actions (not "
        "counted), then the actions grouped under each person's initials, with 'evid:' lines and "
        "abbreviations (wkly, w/c, f/up, RHI, CAWN). Most rows are sound. Faults: the school nurse's "
        "sexual health review is 'asap'; the housing enquiry has no time; the CAMHS follow-up has no "
        "measure; the police only 'keep an eye on' the garages; an 'ALL AGENCIES' heading owns "
        "information sharing; and the contingency sends her to her aunt's with nothing said about "
        "the aunt being unable."
    ),
    "text": """\
HODDINGVALE BOROUGH COUNCIL - CHILDREN'S SOCIAL CARE - EXPLOITATION & MISSING TEAM

CORE GROUP 2 - NOTES & ACTIONS  (typed up by RB from notebook, 21/11/2025)

YP ........ Kacey DYER, DOB 09/06/2010 (15), Yr 11, Hoddingvale High
Address ... 31 Carr Road, Hoddingvale HV3 8PD (Carr Rd estate)
CP cat .... Sexual abuse (risk of CSE). ICPC 23/10/2025, chair Lorna Haig (IRO)
Mtg ....... Thurs 20/11/2025, 4pm, Hoddingvale High, small mtg room

PRESENT / KEY
  RB   Ryan Bostock, SW, Exploitation & Missing Team
  MD   Michelle Dyer, Mum
  SP   Shelley Platt, maternal aunt ("Auntie Shell"), lives in Thornley
  KH   Kirsty Hume, DSL, Hoddingvale High
  DL   PC Dan Leigh, Missing & Exploitation Unit, Hoddingvale Police
  JN   Jade Nuttall, youth worker, Hoddingvale Reach (exploitation service)
  AL   Amy Lord, school nurse
  Apols: SR  Sam Reyes, CAMHS (update by email).
  K chose not to come - seen alone by RB 18/11 (see 2).

1. SINCE CG1 (30/10)
 - 2 missing eps since ICPC: 01/11 overnight, found 6am at Carr Rd garages in a car w/ 2
   older males; 14/11 missing 7pm-1am, came home by taxi (not paid for by her).
 - Both RHIs done by JN w/in 72 hrs.
 - No missing eps on any wknd at Shell's. K says Thornley is "boring but fine".
 - Attendance 81% this half term (was 64%). One fixed-term excl (vaping), 2 days.
 - K has a new phone, MD doesn't know who bought it. Snap name changed again.
 - DL: the 2 males identified (19 and 23), intel submitted, both known for supplying
   cannabis to under-18s.

2. K'S VIEWS (seen alone at school 18/11, RB)
 "I'm not stupid, I know what they're like. They just drive me about and we get food."
 "I hate the curfew but I get why Mum does it."
 Wants: to finish Yr 11, do hair & beauty at Hoddingvale College, and for "people to stop
 going on about the car". Says Jade is "the only one who actually listens". Scored her own
 safety 6/10. Wants to keep going to Shell's at wknds - "nobody knows me there".

3. SCALING (0 = K will be seriously harmed through exploitation, 10 = K safe from it)
 MD 4 / RB 3 / KH 5 / DL 3 / JN 4 / AL 5. SP had left by then.

4. AIMS (from ICPC plan, no change)
 a) K doesn't go missing and sleeps at home or at Shell's every night.
 b) K has no contact w/ the adult males who put her at risk, online or in person.
 c) K is in school every day (90%+) and gets her GCSEs and a college place.
 d) K understands grooming and exploitation and knows who to call if she's in trouble.

5. DONE SINCE CG1 (one-offs, closed)
 - DONE 03/11  RB: referral to Hoddingvale Reach - accepted, JN allocated.
 - DONE 07/11  DL/JN: RHI arrangements agreed (RHIs by JN, copy to police).
 - DONE 12/11  KH: K's timetable changed, no lessons in teh portakabin by the back gate.

6. ACTIONS AGREED AT CG2 - BY PERSON

RB (SW)
 - see K on her own wkly, alternating home and school; ask about missing eps, the phone,
   new contacts.
     evid: visit recs w/ K's own words + her safety score each visit.
 - complete CE screening tool w/ JN and present K at MACE panel on 04/12.
     evid: screening tool on file; MACE actions in K's chronology.
 - ask housing about a move off the Carr Rd estate for MD and K.
     evid: written reply from Hoddingvale Homes on file.

MD (Mum)
 - ring 101 (999 if she thinks K is in danger) and text RB every night K isn't home by
   the 9.30pm curfew.
     evid: police log numbers given to RB at next visit.
 - K's phone on charge in the kitchen from 10pm every night (K agreed this at CG2).
     evid: RB sees it there on his eve visits (1 a fortnight, unannounced).

SP (Auntie Shell)
 - have K every wknd, Fri 6pm to Sun 6pm, at her house in Thornley.
     evid: Shell texts RB Sat and Sun eve - K in, who she was with.
 - collect K from school every Fri at 3.15 and drive her to Thornley.
     evid: KH logs the collection on the school signing-out sheet.

KH (DSL)
 - check-in w/ K 8.40am every school day; if K absent, call MD + RB by 10am.
     evid: CPOMS log; wkly attendance to RB, target 90%+ by CG3.
 - 6 wkly sessions on consent & healthy relationships w/ K's PSHE tutor from w/c 24/11.
     evid: session record + K's own feedback sheet.

DL (Police)
 - CAWN notices to both males by 05/12, copy to RB.
     evid: served notices on K's file.
 - keep an eye on the Carr Rd garages and the park, Fri and Sat eves.

JN (Reach)
 - 1:1 wkly, Thurs 4-5pm, grooming, healthy relationships, online safety.
     evid: session notes to RB wkly; K's own scaling recorded each session.
 - RHI w/in 72 hrs of every return from a missing ep.
     evid: RHI form to RB and DL w/in 72 hrs.

AL (school nurse)
 - sexual health review + C-card chat with K, asap.
     evid: appt attended, confirmed to RB.

SR (CAMHS - by email)
 - f/up appt with K re sleep and low mood, by 12/12.

ALL AGENCIES
 - pass on any info about K's whereabouts, cars or new names to RB + police same day.
     evid: logged as intel on K's chronology.

7. CONTINGENCY
 - K not home by 9.30pm: MD rings 101 (999 if in danger) + texts RB, as above. If missing
   overnight: police treat as high-risk missing, RB's TM told first thing, RHI w/in 72 hrs.
 - K found with either of the 2 males, or in a car with adults she doesn't know: strategy
   mtg same day (RB/DL), DL to act on any CAWN breach, K goes to Shell's that night.
 - 3+ missing eps in a calendar month, or K found with the males after the CAWNs are
   served: RB to ask TM (Neil Agbaje) for a legal planning mtg w/in 5 working days
   (secure accommodation / care proceedings to be looked at by legal).

8. NEXT MTGS
 - CG3: Thurs 18/12/2025, 4pm, Hoddingvale High. Then every 4 wks (next 15/01/2026).
 - RCPC: Thurs 22/01/2026, 10am, Hoddingvale Civic Centre.
 - RB to see K before CG3 and bring her views.

Notes circulated 21/11/2025 to all present + SR. RB
""",
    "findings": [
        F("T001", "ask housing about a move off the Carr Rd estate"),
        F("M002", "keep an eye on the Carr Rd garages and the park"),
        F("T002", "sexual health review + C-card chat with K, asap."),
        F("M001", "f/up appt with K re sleep and low mood, by 12/12."),
        F("W002", "pass on any info about K's whereabouts, cars or new names"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Pre-birth plan, mother a 19-year-old care leaver with PTSD, father on
#    methadone with recent heroin use, paternal grandmother staying after
#    the birth. Signed commitments: bold numbered title, an "I will" / "We
#    will" paragraph, a "How we will know" line and an "Agreed by:" line
#    naming who does it, grouped by stage. Exemplary (docx)
# ---------------------------------------------------------------------------
def _commit(no, title, text, know, agreed):
    return [("boldp", f"{no}. {title}"), ("p", text), ("p", "How we will know: " + know),
            ("p", "Agreed by: " + agreed)]


_HULMESFORD_COMMITMENTS_BEFORE = (
    _commit(1, "Antenatal care and the maternity alert",
            "I will see Amber at the Hulmesford Maternity Unit antenatal clinic every two weeks until 36 weeks "
            "and then every week until the birth, and I will put a safeguarding alert and this plan on the "
            "maternity system by 25/11/2025.",
            "the alert confirmed to Tom by email by 25/11/2025; my clinic notes shared at each core group.",
            "Rosa Delaney, specialist safeguarding midwife, Hulmesford Maternity Unit \u2013 18/11/2025")
    + _commit(2, "Seeing Amber and Liam, and later the baby, at home",
              "I will visit Amber and Liam at home every week until the birth, looking each time at where the baby "
              "will sleep. After the birth I will visit twice a week for the first four weeks at home and then "
              "every week until the review conference, and I will see the baby awake and undressed at least once "
              "a week.",
              "my visit records, which say where the baby slept, who was in the flat and how Amber and Liam "
              "responded to her.",
              "Tom Ashdown, social worker, Hulmesford Children's Services \u2013 18/11/2025")
    + _commit(3, "The pre-birth assessment",
              "I will complete the pre-birth parenting assessment with Amber and Liam, including what Janet and Sue "
              "can offer, by 36 weeks (Friday 12/12/2025).",
              "the assessment report shared with Amber and Liam first and then with the core group by "
              "12/12/2025.",
              "Tom Ashdown, social worker \u2013 18/11/2025")
    + _commit(4, "Amber's mental health: assessment of change",
              "I will see Amber every four weeks in pregnancy and at two and six weeks after the birth. By "
              "19/12/2025 I will write a report on whether Amber can make and keep the changes the baby needs "
              "(managing her panic attacks and flashbacks while caring for a newborn, day and night), what help "
              "she still needs, and how long those changes are likely to take.",
              "my written report sent to Tom by 19/12/2025 and discussed at the core group on 23/12/2025.",
              "Dr Imogen Wray, consultant perinatal psychiatrist, Hulmesford Perinatal Mental Health Team "
              "\u2013 18/11/2025")
    + _commit(5, "Amber's trauma work",
              "I will see Amber every Thursday for trauma-focused sessions until the baby is 12 weeks old, and "
              "before every core group I will write to Tom saying whether Amber is using her grounding plan, "
              "whether she is making the changes the baby needs and how quickly.",
              "my written update on Tom's file before each core group.",
              "Aisha Karim, perinatal mental health nurse, Hulmesford Perinatal Mental Health Team \u2013 "
              "18/11/2025")
    + _commit(6, "Liam's treatment and testing",
              "I will see Liam every Monday, keep his methadone collection supervised at the pharmacy, test his "
              "urine every week until the baby is 12 weeks old and send the results to Tom every Friday. Before "
              "each core group I will report on whether Liam has stopped using heroin on top of his script and "
              "how long further change is likely to take.",
              "weekly results with Tom every Friday; my written report before each core group.",
              "Neil Barker, recovery worker, Pathway (Hulmesford Drug and Alcohol Service) \u2013 18/11/2025")
    + _commit(7, "Liam's part",
              "I will take my methadone as prescribed every day, use no heroin or other drugs from 18/11/2025, "
              "and keep my methadone in the locked box in the kitchen cupboard, so that the baby comes home to a safe flat "
              "and a sober dad.",
              "my weekly urine tests are clear, and Tom sees the locked box at his visits.",
              "Liam Stott \u2013 18/11/2025")
    + _commit(8, "Amber's part",
              "I will go to every antenatal appointment and to all four sessions of the Getting Ready for Baby "
              "course at Hulmesford Children's Centre (Wednesdays from 26/11/2025).",
              "Rosa's clinic record and the course register show me at every one.",
              "Amber Tollett \u2013 18/11/2025")
    + _commit(9, "Getting the flat ready",
              "I will help Amber buy and set up a cot and Moses basket, a carbon monoxide alarm and a stair gate "
              "by 36 weeks (12/12/2025), using her leaving care setting-up grant.",
              "Tom sees everything in place at his visit in the week of 12/12/2025; receipts kept on Amber's "
              "pathway plan.",
              "Sam Okon, personal adviser, Hulmesford Leaving Care Team \u2013 18/11/2025")
    + _commit(10, "Health history and the postnatal check",
              "I will send Tom a summary of Amber's and Liam's health history by 28/11/2025. I will see Amber for "
              "her six-week postnatal check and tell Tom the same day if she does not come.",
              "my letter on the baby's file by 28/11/2025; the postnatal check recorded, or Tom told of a missed "
              "appointment the same day.",
              "Dr Priya Nair, GP, Hulmesford Medical Practice \u2013 18/11/2025")
)

_HULMESFORD_COMMITMENTS_WARD = (
    _commit(11, "Telling Tom about the birth",
            "I will phone Tom within one working day of the birth, and I will not agree the baby's discharge until "
            "the discharge planning meeting below has been held.",
            "Tom's case note of my call; the discharge planning meeting minutes on the baby's file before she "
            "leaves the ward.",
            "Rosa Delaney, specialist safeguarding midwife \u2013 18/11/2025")
    + _commit(12, "Discharge planning meeting",
              "I will hold a discharge planning meeting on the postnatal ward with Amber, Liam, Janet, Rosa and "
              "Lauren before the baby goes home.",
              "minutes with the agreed going-home plan, given to everyone before discharge.",
              "Tom Ashdown, social worker \u2013 18/11/2025")
)

_HULMESFORD_COMMITMENTS_HOME = (
    _commit(13, "Weighing and checking the baby",
            "I will make the new-birth visit between day 10 and day 14, then weigh the baby every week until she "
            "is 12 weeks old, and check at each visit that she is sleeping on her back in her own Moses basket.",
            "weights in the red book and emailed to Tom the same day; safe sleep seen and recorded at every "
            "visit.",
            "Lauren Pryce, health visitor, Hulmesford Community Health \u2013 18/11/2025")
    + _commit(14, "The first two weeks at home",
              "I will stay at the flat for the first 14 nights after the baby comes home and do the night feeds "
              "with Amber, so that Amber can sleep and the baby always has a sober adult awake with her.",
              "I sign the night-feed chart each morning and Tom or Lauren check it at every visit.",
              "Janet Stott, Liam's mother \u2013 18/11/2025")
    + _commit(15, "Weeks three to six",
              "From the third week until the baby is six weeks old I will come to the flat every afternoon from "
              "2pm to 6pm.",
              "I text Tom every evening to say I was there and how the baby fed; Tom checks the texts at his "
              "visits.",
              "Janet Stott \u2013 18/11/2025")
    + _commit(16, "Our part at home",
              "We will write every feed and every sleep on the chart on the fridge from the day the baby comes "
              "home until she is 12 weeks old, and she will always sleep on her back in her Moses basket in our "
              "room.",
              "Lauren and Tom check the chart at each visit and see where the baby sleeps; no gap between feeds "
              "longer than four hours.",
              "Amber Tollett and Liam Stott \u2013 18/11/2025")
)

PLANS.append({
    "name": "b158_hulmesford_prebirth_signed_commitments_agreed_by_lines_tollett.docx",
    "doc_title": "Pre-birth Child Protection Plan - Baby of Amber Tollett",
    "split": "tune",
    "actions": 16,
    "template": "prebirth-icpc-plan-docx-details-kv-why-we-are-worried-babys-world-outcomes-then-signed-commitments-by-stage-before-birth-on-the-ward-first-twelve-weeks-bold-numbered-title-i-or-we-will-paragraph-how-we-will-know-line-agreed-by-signature-line-then-if-things-go-wrong-meetings",
    "description": (
        "Exemplary pre-birth child protection plan for the baby of a 19-year-old care leaver with "
        "post-traumatic stress disorder and a father on methadone who used heroin on top in "
        "September. The plan is a set of signed commitments under three stage headings (before the "
        "birth, on the ward, the first twelve weeks at home): each has a bold numbered title, an "
        "'I will' or 'We will' paragraph with its timing in gestation weeks, dates or events, a "
        "'How we will know' line and an 'Agreed by:' line naming the person who will do it. The "
        "perinatal psychiatrist assesses capacity to change and the perinatal nurse reports on change, "
        "the drug service and GP own actions, the paternal grandmother's help has a fallback, legal "
        "planning follows named triggers, core group and review dates are set, and the baby's world "
        "is described."
    ),
    "blocks": [
        ("title", "Pre-birth Child Protection Plan"),
        ("p", "Hulmesford Council \u2013 Children's Services \u2013 Assessment and Safeguarding Service"),
        ("kv", [
            ("Unborn baby", "Baby girl, expected 10/01/2026 (32 weeks at this conference)"),
            ("Mother", "Amber Tollett (19), care leaver, Flat 2, 58 Kiln Lane, Hulmesford HU2 7DP"),
            ("Father", "Liam Stott (27), lives with Amber"),
            ("Paternal grandmother", "Janet Stott (55), 11 Quarry Road, Hulmesford"),
            ("Amber's former foster carer", "Sue Halliday (60), Orchard Way, Hulmesford; Amber lived with her "
                                            "from 13 to 18 and still visits every week"),
            ("Category", "Neglect (unborn)"),
            ("Conference", "Initial pre-birth child protection conference, 18/11/2025. Chair: Nadine Osei (IRO)"),
            ("Social worker", "Tom Ashdown (team manager: Bev Ryland)"),
        ]),
        ("h1", "Why we are worried"),
        ("p", "Amber came into care at 13 after years of neglect and abuse at home. She has post-traumatic "
              "stress disorder, with panic attacks and flashbacks that leave her 'frozen' for up to an hour, and "
              "self-harmed last year. Liam has used heroin since he was 20. He has been on a methadone script "
              "with Pathway since March, but his urine screen on 29/09/2025 was positive for heroin, and in "
              "October the police found him asleep in his car with used foil on the seat. Neither has cared for "
              "a baby before."),
        ("h1", "What is going well"),
        ("bullets", [
            "Amber has been to every antenatal appointment since 16 weeks and has stopped smoking.",
            "Liam's last four screens, since 13/10/2025, have been clear of heroin, and he has told the "
            "conference openly what led to his September lapse.",
            "Janet and Sue both came to the conference and want to help.",
        ]),
        ("h1", "The baby's world"),
        ("p", "The baby is due on 10 January. At the growth scan on 11/11/2025 she was growing on the 50th "
              "centile and moving a lot; Amber says she kicks hardest when Liam talks to her bump. Amber and Liam "
              "live in a one-bedroom first-floor flat; on Tom's visit on 14/11/2025 the flat was warm and clean, "
              "there was no cot yet, and Liam's methadone was on the kitchen worktop. Amber has chosen the name "
              "Isla and has washed a drawer of baby clothes given by Sue."),
        ("p", "Amber said: \u201cI want her to have everything I didn't \u2013 a mum who's there and a home that's "
              "calm.\u201d Liam said: \u201cShe's the reason I'm doing this.\u201d"),
        ("h1", "What we want for the baby"),
        ("numbers", [
            "The baby is born safely and goes home only when a safe going-home plan is in place.",
            "The baby is cared for every day and night by adults who are sober and well enough to feed, settle "
            "and protect her.",
            "The baby sleeps safely on her back in her own Moses basket or cot at every sleep.",
            "The baby is fed regularly and gains weight along her centile.",
        ]),
        ("h1", "Our commitments"),
        ("p", "Each commitment below says who will do it, when, and how we will all know it is happening. The "
              "person who signs each one is the person who will do it."),
        ("h2", "Before the baby is born"),
        *_HULMESFORD_COMMITMENTS_BEFORE,
        ("h2", "When the baby is born and on the ward"),
        *_HULMESFORD_COMMITMENTS_WARD,
        ("h2", "The first twelve weeks at home"),
        *_HULMESFORD_COMMITMENTS_HOME,
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Liam has a positive screen, misses two methadone collections in a row, or drugs or methadone are "
            "found outside the locked box: Liam goes to stay at Janet's that day and may only see the baby "
            "with Janet or Sue there; Tom holds a strategy discussion the same day.",
            "If Amber has a flashback or panic attack that leaves her unable to care for the baby, or she "
            "self-harms: the adult with her (Janet, Sue or Liam if sober) takes over the baby's care, calls Aisha "
            "or the perinatal crisis line the same day, and tells Tom; Tom holds a strategy discussion the same "
            "day.",
            "If Janet cannot stay or come as agreed (she is ill or cannot manage it): Sue Halliday stays at the "
            "flat instead. If neither Janet nor Sue can, the baby does not go home until Tom has arranged a "
            "parent-and-baby foster placement for Amber and the baby, or a foster placement for the baby, that "
            "day.",
            "If the baby misses two health visitor visits, or loses weight at two weighs in a row: Tom and "
            "Lauren visit together the same day and the baby is seen by the GP that day.",
            "Legal planning: if Liam has a positive screen before 36 weeks, or the pre-birth assessment or Dr "
            "Wray's report says Amber and Liam cannot keep the baby safe within her timescale, Tom will ask Bev "
            "Ryland for a legal planning meeting by 37 weeks (19/12/2025), to decide whether to start the "
            "Public Law Outline before the birth.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group at Hulmesford Children's Centre, 1.30pm: 02/12/2025, 23/12/2025 and 20/01/2026 (every "
            "three to four weeks), with an extra core group within five working days of the birth.",
            "Review child protection conference: Tuesday 17/02/2026, 10am, Hulmesford Town Hall.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Looked-after toddler (section 20, foster carers) on a child protection
#    plan, now on a children's ward with faltering growth; both parents use
#    cocaine and alcohol. A hospital-stay plan written as the questions the
#    core group asked on the ward, each answered with numbered "What will
#    happen" items; printed to PDF with a page header and footer.
#    Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b158_hestlebury_lac_ward_stay_questions_answered_brannigan.pdf",
    "doc_title": "Mason Brannigan - Hospital Stay Plan (Care Plan Addendum and Child Protection Plan Update)",
    "split": "tune",
    "actions": 14,
    "template": "lac-toddler-on-childrens-ward-cp-plan-update-paged-header-footer-details-kv-then-questions-the-core-group-asked-as-headings-each-answered-with-prose-and-numbered-what-will-happen-items-owner-first-when-and-well-know-in-the-item-visits-family-time-adult-services-after-discharge",
    "description": (
        "Exemplary hospital-stay plan for a 20-month-old who is looked after under section 20 with "
        "foster carers and on a child protection plan for neglect, now on a children's ward with "
        "faltering growth; both parents use cocaine and alcohol. Printed to PDF with a page header "
        "and footer, and set out as the questions the core group asked on the ward ('Who will visit "
        "Mason, and how often?', 'What are the adult services doing?'), each answered in prose with "
        "numbered 'What will happen' items giving owner, timing and what we will see. The social "
        "worker visits twice a week and the foster carers daily, the drug and alcohol service reports "
        "on change, a legal planning meeting is booked because progress at home was not enough, and "
        "core group, looked-after review and review conference dates are set."
    ),
    "header": "HESTLEBURY COUNCIL \u2013 CHILDREN IN CARE \u2013 HOSPITAL STAY PLAN \u2013 OFFICIAL-SENSITIVE",
    "footer": "Mason Brannigan \u2013 agreed at the core group on Kestrel Ward, 24/11/2025 \u2013 Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Mason's hospital stay: our plan"),
        ("p", "Care plan addendum and child protection plan update, agreed at the core group held on Kestrel "
              "Ward, Hestlebury Royal Infirmary, on Monday 24/11/2025."),
        ("kv", [
            ("Child", "Mason Brannigan, 20 months (DOB 18/03/2024)"),
            ("Legal status", "Looked after, accommodated under section 20 with his parents' agreement since "
                             "28/10/2025"),
            ("Placement", "Carol and Des Whitby, Hestlebury foster carers, 4 Heron Close, Hestlebury HE5 1BN"),
            ("Child protection plan", "Since the initial conference on 06/10/2025; category neglect"),
            ("In hospital", "Kestrel Ward (children's ward), Hestlebury Royal Infirmary, since 17/11/2025; "
                            "expected stay one to two weeks"),
            ("Mother", "Kerry Brannigan (23), 22 Sefton Walk, Hestlebury"),
            ("Father", "Jason Lowe (26), same address"),
            ("Social worker", "Kat Wilde, Children in Care Team (team manager: Priya Rowe)"),
            ("IRO", "Dawn Keating (chairs both the child protection conference and the looked-after review)"),
        ]),
        ("p", "How to read this plan: each heading is a question the core group asked on 24/11/2025. The answer "
              "says what we know. The numbered items under \u201cWhat will happen\u201d are the actions: each says "
              "who, when, and what we will see."),
        ("h1", "1. Why is Mason in hospital?"),
        ("p", "Mason came into care on 28/10/2025, after police found him at home in a dirty nappy with an empty "
              "bottle while Kerry and Jason were asleep after a night of drinking and using cocaine. He was on "
              "the 2nd centile for weight. He had been eating poorly with Carol and Des, and on 17/11/2025 he was "
              "admitted with vomiting and dehydration. On the ward he has had fluids, is on top-up feeds through "
              "a nose tube, and the doctors are assessing why he is not growing."),
        ("h1", "2. How is Mason, and what is he showing us?"),
        ("p", "Mason says \u201cmama\u201d, \u201cdada\u201d, \u201cno\u201d and \u201cCa\u201d for Carol. On the ward he reaches "
              "for Carol as soon as she comes in, and cries and holds his arms out to her when she leaves. He "
              "turns his head away from the spoon, but he will eat toast fingers from the play specialist's tray "
              "while he is playing. At family time on 21/11/2025 he toddled straight to Jason and pulled at his "
              "jacket, then brought Kerry his toy bus; he cried when they left and settled on the nurse's knee. "
              "At night he wakes two or three times and settles quickly when Carol or Des pats his back."),
        ("p", "Kerry said: \u201cI want him home, but I know he needs to eat first and we need to be clean.\u201d"),
        ("h1", "3. What are we working towards?"),
        ("numbers", [
            "Mason eats well enough to leave hospital without a feeding tube and gains weight back up to the "
            "9th centile by the review conference.",
            "Mason is seen by his social worker and by people he knows throughout his stay, and is never on the "
            "ward for a day without a familiar adult.",
            "Mason keeps a close relationship with his mum and dad through safe, sober family time.",
            "Mason has a permanent home, with his parents if they can care for him sober, decided without "
            "delay.",
        ]),
        ("h1", "4. Who will visit Mason on the ward, and how often?"),
        ("p", "What will happen:"),
        ("pi", "4.1 Kat Wilde (social worker) will visit Mason on Kestrel Ward every Monday and Thursday until he "
            "is discharged, and will write up each visit the same day, recording his feeding, his weight, "
            "his mood and who was with him."),
        ("pi", "4.2 Carol Whitby will be with Mason on the ward every day from 9am to 5pm, and Des Whitby every "
            "evening until he is asleep, until discharge; Carol signs the ward visitors' book and texts Kat "
            "each evening with how his day went."),
        ("pi", "4.3 Dawn Keating (IRO) will visit Mason on the ward before he is discharged and, in any case, by "
            "the looked-after review on 25/11/2025, and will write her visit into the review record."),
        ("h1", "5. How will his feeding and weight be put right?"),
        ("p", "What will happen:"),
        ("pi", "5.1 Dr Owen Price (consultant paediatrician) will have Mason weighed every morning and will agree "
            "his discharge only when he has gained weight for five days in a row without tube top-ups; the "
            "weight chart will be copied to Kat every Friday."),
        ("pi", "5.2 Lucy Ng (paediatric dietitian) will complete Mason's feeding assessment by 28/11/2025 and write "
            "a feeding plan for the ward and for Carol and Des, which will be in Carol's hands and on Kat's "
            "file before discharge."),
        ("pi", "5.3 Holly Ames (hospital play specialist) will run a messy-food play session with Mason every "
            "weekday morning until discharge; his food chart will show what he touched, tasted and ate at "
            "each session."),
        ("h1", "6. When will Mason see his mum and dad?"),
        ("p", "What will happen:"),
        ("pi", "6.1 Gail Ormsby (family time worker) will supervise Kerry and Jason's time with Mason in the ward "
            "playroom every Tuesday and Friday, 2pm to 3.30pm, and will send Kat a family time record after "
            "each session saying how they fed, played with and settled him."),
        ("pi", "6.2 Kerry and Jason will arrive on time and sober for every family time session and give Mason his "
            "afternoon snack with the nurse; Gail's record of each session will note that they were on time "
            "and sober."),
        ("h1", "7. What are the adult services doing to help Kerry and Jason change?"),
        ("p", "Kerry and Jason both use cocaine at weekends and drink most days. They were referred to "
              "Hestlebury Drug and Alcohol Service (HDAS) in October and, since Mason came into care, have each "
              "been to three of the four appointments offered."),
        ("p", "What will happen:"),
        ("pi", "7.1 Marie Quinn (recovery worker, HDAS) will see Kerry and Jason every Wednesday, test them every "
            "two weeks, and write to each core group on whether they are making the changes Mason needs to "
            "come home and how long that is likely to take."),
        ("pi", "7.2 Kerry and Jason will each go to their HDAS appointment every Wednesday and take every test "
            "offered; Marie's attendance record and the test results will be on Kat's file before each core "
            "group."),
        ("h1", "8. What happens when Mason leaves hospital?"),
        ("p", "What will happen:"),
        ("pi", "8.1 Nina Pask (health visitor) will see Mason at Heron Close within two working days of discharge "
            "and then weigh him every week until the review conference, sending each weight to Kat the same "
            "day."),
        ("pi", "8.2 Kat Wilde will visit Mason at Heron Close within five working days of discharge and then every "
            "two weeks, seeing him awake and at a mealtime, with each visit written up on his file."),
        ("pi", "8.3 Carol and Des Whitby will follow Lucy's feeding plan at every meal and keep his food diary "
            "every day from discharge; Nina will read the diary at each weekly visit "
            "and note how much he ate."),
        ("h1", "9. What will decide where Mason lives in the long term?"),
        ("p", "Before Mason came into care, Kerry and Jason had five weeks on the child protection plan in "
              "which they did not start their HDAS appointments and Mason lost weight. Because this was not "
              "enough progress, Priya Rowe has booked a legal planning meeting for 02/12/2025 to decide whether "
              "to start the Public Law Outline."),
        ("p", "What will happen:"),
        ("pi", "9.1 Kat Wilde will complete a parenting assessment of Kerry and Jason, including what Marie and "
            "Gail have seen, by 19/12/2025, and go through it with them before it is shared with the review "
            "conference."),
        ("h1", "10. What if things go wrong?"),
        ("bullets", [
            "If Kerry or Jason come to the ward drunk or under the influence, family time ends at once and the "
            "next session goes ahead only after Marie confirms a negative test.",
            "If either parent tries to take Mason off the ward, or withdraws their agreement to section 20, the "
            "ward calls the police and Kat straight away; Kat will seek legal advice that day and, if needed, "
            "an emergency protection order the same day.",
            "If Carol or Des cannot be with Mason on the ward for a day (illness or an emergency), Kat arranges "
            "for Gail or another family time worker Mason knows to sit with him from 9am to 5pm that day.",
            "If Mason loses weight on two weighs in a row after discharge, Nina tells Kat the same day and Mason "
            "is seen by Dr Price at the rapid-access clinic within two working days.",
            "If Kerry or Jason have a positive test or miss two HDAS appointments before the legal planning "
            "meeting, Kat will ask Priya Rowe to bring the legal planning meeting forward to within two "
            "working days.",
        ]),
        ("h1", "11. When will we meet again?"),
        ("bullets", [
            "Looked-after review: Tuesday 25/11/2025, on Kestrel Ward, chaired by Dawn Keating.",
            "Core group every two weeks while Mason is in hospital and then every four weeks: 08/12/2025 and "
            "22/12/2025.",
            "Review child protection conference: Monday 05/01/2026, 10am, Hestlebury Civic Centre.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. The IRO's letter to a 15-year-old young carer after the first review
#    conference: his mother misuses her prescribed opioids and drinks, his
#    sister has cerebral palsy, his uncle helps. "You asked: / We agreed:"
#    pairs, then the other things agreed, then aims, what happens if things
#    go wrong, and dates. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b158_hawcrofton_iro_letter_you_asked_we_agreed_frimpong.md",
    "split": "tune",
    "actions": 14,
    "template": "iro-letter-to-15-year-old-young-carer-after-rcpc-md-dear-kobi-what-the-conference-decided-what-you-and-ama-told-us-aims-then-you-asked-we-agreed-pairs-one-commitment-each-then-other-things-we-agreed-bullets-then-if-things-go-wrong-dates-signature",
    "description": (
        "Exemplary plan written as the IRO's letter to a 15-year-old young carer after the first "
        "review conference. His mother takes more of her prescribed opioid painkillers than she should "
        "and drinks with them (she was found unresponsive in September), and his 8-year-old sister has "
        "cerebral palsy; their uncle helps. The plan is a run of 'You asked: / We agreed:' pairs, each "
        "agreement one commitment naming who, when and how Kobi will know, then the other things "
        "agreed as bullets. The GP and the adult drug and alcohol service own actions and the service "
        "reports on change, the uncle's help has a fallback, legal planning follows named triggers, "
        "core group and review dates are set, and both children's views are recorded."
    ),
    "text": """\
**Hawcrofton Borough Council**
Independent Reviewing Service, Civic Centre, Market Street, Hawcrofton HW1 4AA

21 November 2025

Kobi Frimpong
7 Linnet Street
Hawcrofton HW3 9QS

# Dear Kobi,

Thank you for coming to the review conference on Wednesday 19 November, and for staying for the whole of it
even when it was hard to hear. I chaired the meeting. I promised I would write to you myself and tell you what
we decided and what everyone has agreed to do, in plain words. Your mum has her own copy of this letter, and
Ruth Akande, your social worker, will go through it with Ama using her symbols.

## What the conference decided

You and Ama will stay on a child protection plan, under the category of neglect, for now. In September you
found your mum unresponsive after she had taken more of her painkillers than prescribed and drunk alcohol with
them. Everyone at the meeting, including you, agreed that things are better than in August: your mum has not
needed an ambulance since then, and your attendance has gone up from 78% to 88%. But you are still doing Ama's
mornings, and your mum is still not taking her painkillers the way the doctor prescribed.

## What you and Ama told us

You said: "I don't mind helping with Ama. I mind being the only one. I want to go to football without worrying
the whole time." You also said: "Last time I found Mum I thought she was dead. I don't ever want to do that
again." You told us you would rather people asked you things than talked about you.

Ama told Ruth, with her eye-gaze board, that she is "happy" when Uncle Kofi comes and "tired" in the mornings. She
chose the symbol "sad" when Ruth asked about you, then "Kobi" and "football". Her teacher says she is
giggling more in class and that she asks for you at home time.

## What we are all aiming for

1. Kobi goes to school every day, on time (95% or more), and has time every week for football and friends.
2. Ama's washing, dressing and lifting are done by trained adults, not by Kobi.
3. Kobi and Ama live with a mum who takes her medicine safely, does not drink with it, and is awake and able to
   look after them.
4. Kobi and Ama both know what to do in an emergency and who to ring, and never have to deal with one on their
   own.

## What you asked for, and what we agreed

**You asked:** not to have to get Ama up, washed and dressed before school any more.
**We agreed:** from Monday 24 November, a carer from Hawcrofton Home Support (Ama's care agency) will come at
7.15am every school day to get Ama up, washed, dressed and given her breakfast. You'll know it is working because
you will be leaving for school by 8.15; the agency sends Ruth its visit log every Friday.

**You asked:** for somebody else to be in charge of Mum's tablets so you don't have to count them.
**We agreed:** Dr Helen Varga, your mum's GP at Hawcrofton Health Centre, will change Mum's prescription to a
weekly collection from Linnet Street Pharmacy from 1 December, review her painkillers every four weeks, and
write to Ruth after each review saying whether Mum is taking them as prescribed.

**You asked:** for Mum to get proper help, "not just be told off".
**We agreed:** Lee Marsh, Mum's recovery worker at Horizon (Hawcrofton's drug and alcohol service for adults),
will see Mum every Wednesday, do a test each time, and write a report for every core group saying whether Mum is
making the changes you and Ama need and how long that is likely to take.

**You asked:** to go to football training on Tuesday and Thursday evenings.
**We agreed:** your Uncle Kofi (Kofi Asare) will be at your house with Ama and your mum every Tuesday and Thursday
from 6pm to 8.30pm, starting on 25 November. Uncle Kofi will text Ruth each of those evenings, and the coach at
Hawcrofton Rovers Juniors will keep the training register, which Ruth will ask to see each month.

**You asked:** not to keep telling your story to new people.
**We agreed:** Ruth Akande will stay your social worker until the next review, and she will see you on your own
every two weeks, at school or wherever you choose. She will write down what you say in your own words and show
you what she has written.

**You asked:** what happens if Mum collapses again.
**We agreed:** Chloe Dunn, the school nurse, will meet you by 12 December to go through an emergency card with
you: what to do, who to ring and in what order. You'll have the card in your phone case, and Chloe will send Ruth
a note that it is done.

**You asked:** to meet other young people who look after someone.
**We agreed:** Tasha Greene at Hawcrofton Young Carers will do your young carer's assessment with you by 19
December and offer you a place at the Friday youth club. You'll get a copy of your assessment, and the club
register will show you there.

## Other things we agreed

- **Your mum** has agreed to take her painkillers only as Dr Varga prescribes, to drink no alcohol at all, and to
  go to Horizon every Wednesday, so that she is awake and safe to look after you both. Horizon's tests and the
  pharmacy's weekly record will show whether she has.
- **Uncle Kofi** will have Ama at his flat every Saturday from 10am to 4pm, so that your mum can rest and you can
  have a Saturday of your own. He will text Ruth every Saturday evening to say
  how the day went.
- **Mrs Nisha Iyer**, the safeguarding lead at Ama's school, Orchard Lea School, will check every morning that Ama
  arrives clean, fed and on time, and ring Ruth the same day if she does not; she will send Ruth Ama's attendance
  every Friday.
- **Mr Gareth Pugh**, the safeguarding lead at Hawcrofton Academy, will meet you every Monday morning for ten
  minutes to ask how home is, and send Ruth your attendance every Friday.
- **Raj Mistry**, occupational therapist in the Children with Disabilities Team, will assess your house for a
  hoist and a wet room for Ama by 16 January and send his report and the equipment order to Ruth and your mum.
- **Ruth Akande** will see Ama at home every two weeks, using her eye-gaze board, and write down what Ama tells
  her and how she is cared for.
- **I** will ring you in the week of 9 March to ask how the plan is going, and I will write what you tell me into
  my midway review note, which Ruth will show you.

## If things go wrong

- If your mum is drowsy, confused or you cannot wake her, or you find extra tablets or alcohol: ring 999 first,
  then Uncle Kofi. You and Ama will stay at Uncle Kofi's flat (14 Mercer Court) that night, and Ruth will hold a
  strategy discussion with the police and Dr Varga the same day.
- If Mum misses two weekly collections, has a test showing alcohol or tablets she was not prescribed, or misses
  two Horizon appointments: Ruth visits that day and you and Ama stay at Uncle Kofi's until Ruth and Lee agree it
  is safe at home.
- If Uncle Kofi cannot help (he works away some weeks, or is ill): Ruth will arrange that day for you and Ama to
  stay together with Hawcrofton foster carers who are trained to look after Ama, and Home Support will keep coming
  to do Ama's care.
- If the Home Support carer does not come by 7.30am: ring Ruth or the duty team rather than doing Ama's care
  yourself; the duty team will send the agency's back-up carer within the hour.
- Legal planning: if your mum has another overdose, or two tests showing alcohol or unprescribed tablets before
  the next review, or Lee's report says she cannot make the changes in time for you and Ama, Ruth will ask her
  manager, Graham Shaw, for a legal planning meeting within five working days.

## When we will meet again

- Core group every four weeks at Linnet Street Family Centre, 4pm: 9 December 2025, 13 January, 10 February,
  10 March and 7 April 2026. You can come to any of them, or send your views with Ruth.
- Next review child protection conference: Thursday 14 May 2026, 10am, Hawcrofton Civic Centre. I will chair it.

If anything in this letter is wrong, or you want to change something, ring me on 01632 960 418 or tell Ruth.

Best wishes,

Marguerite Blake
Independent Reviewing Officer (conference chair), Hawcrofton Borough Council
""",
    "findings": [],
})
