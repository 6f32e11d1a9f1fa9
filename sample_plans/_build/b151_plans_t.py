"""Batch 151, module t: seven fictional plans (tuning material), places beginning with "t".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: plans whose measures of progress (how we will know the work is
working) and whose timing sit somewhere other than a column of the action
table. A Word initial conference plan whose SMART outcomes each carry their
own evidence and a worker-scored scale, with What / Who / By when tables
under them; a Word review plan whose action table is followed by a separate
"Evidence of progress" table keyed by reference; a pre-birth plan printed to
PDF whose stage headings carry the timing and whose "Signs of progress" list
is keyed by action number; a core group plan printed to PDF with tick-box
frequencies, a "Done?" tick box and the measure written into each action
sentence; a Markdown review plan for a 15-year-old whose parts carry one
deadline or frequency for the group and whose bullets carry their own check;
a Signs of Safety Markdown plan with scaled safety goals, a next-steps table
and "What the review will look at" prose keyed by step number; and a
plain-text core group plan whose timing is a week-by-week timeline of action
references and whose measures are "Review criteria" keyed by reference.

Three plans are exemplary: the Tarnwick outcome-evidence plan (docx), the
Tollesmere pre-birth stage plan (pdf) and the Tidderley grouped-deadline
plan (md). Four carry a realistic mix of faults among mostly good rows: the
Thistlecombe evidence-table plan (docx), the Trewellan tick-box plan (pdf),
the Tammerfold Signs of Safety plan (md) and the Tuxmoor timeline plan
(txt). Where a measure is given in an outcome's evidence, a keyed evidence
table or list, or the action's own sentence, the action is not missing its
measure; only actions the plan measures nowhere are labelled M001.

Counting convention used for "actions" (README convention 1): every live row
of an action table and every bullet of an action section counts, including
items under a "Later on" heading of the action section; outcomes, their
evidence and scales, evidence tables, signs of progress, review prose,
timelines, contingencies and meeting dates are not actions. A one-off action
whose "Done?" box is ticked Yes is work already done and is not counted.
"""
from build_batch5 import F

PLANS = []


# ---------------------------------------------------------------------------
# 1. Initial conference plan, domestic abuse and the father's drinking, a
#    6-year-old and a 2-year-old, grandmother and uncle helping. Four SMART
#    outcomes, each with its own "How we will know" evidence and a scale
#    scored by a worker; the table under each outcome gives only what, who
#    and by when. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b151_tarnwick_icpc_smart_outcomes_evidence_scale_okafor.docx",
    "doc_title": "Child Protection Plan - Maya Okafor and Tobi Salter",
    "split": "tune",
    "actions": 13,
    "template": "icpc-word-plan-details-list-why-childrens-words-and-what-we-saw-then-four-smart-outcome-headings-each-with-how-we-will-know-paragraph-and-worker-scored-scale-now-and-by-review-then-ref-what-who-by-when-table-no-measure-column-contingency-meetings",
    "description": (
        "Exemplary initial conference plan for a 6-year-old and a 2-year-old after their "
        "mother's partner, who drinks heavily at weekends, assaulted her in front of them. The "
        "plan is written under four SMART outcomes for the children; each outcome has its own "
        "'How we will know' paragraph naming what will be seen for every action under it and a "
        "scale scored by a worker (now and by the review), and the small table under each outcome "
        "gives only what, who and by when. The alcohol service reports on change, the "
        "grandmother's and uncle's help has a fallback, legal planning follows named triggers, "
        "core group and review dates are set, and Maya's words and Tobi's day are recorded."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Tarnwick Metropolitan Borough Council · Children's Services · Safeguarding Team East"),
        ("kv", [
            ("Children", "Maya Okafor (6), DOB 22/09/2019, Year 2, Heronsgate Primary; "
                         "Tobi Salter (2), DOB 04/01/2024, Little Wrens Nursery"),
            ("Address", "14 Heron Walk, Tarnwick TK3 8PL"),
            ("Mother", "Adaeze Okafor (30)"),
            ("Tobi's father", "Dean Salter (35), now living at 61 Mill Lane, Tarnwick, under a written "
                              "agreement not to come to Heron Walk"),
            ("Maternal grandmother", "Grace Okafor, 3 Vine Terrace, Tarnwick (ten minutes by bus)"),
            ("Maternal uncle", "Emeka Okafor, 27 Quarry Road, Tarnwick"),
            ("Category", "Emotional abuse (both children)"),
            ("Initial conference", "Thursday 12/02/2026. Chair: Lorna McBride (IRO)"),
            ("Social worker", "Chloe Brannan (team manager: Idris Kemal)"),
        ]),
        ("h1", "Why Maya and Tobi need a plan"),
        ("p", "On 24/01/2026 Tarnwick Police were called to Heron Walk at 11.40pm. Dean had been drinking since "
              "the afternoon; he pushed Adaeze against the kitchen door and broke her phone. Maya was on the "
              "stairs and saw it, and Tobi was in his cot in the next room. It was the third call-out since "
              "August 2025, and each time Dean had been drinking. Dean says he drinks \"a bottle of vodka on a "
              "Saturday\" and that he would like help. He moved out on 26/01/2026 and has signed a written "
              "agreement not to come to the house. Maya's attendance this school year is 84%, and her "
              "teacher says she often arrives tired and quiet on Mondays."),
        ("h1", "What Maya has told us, and what we have seen of Tobi's day"),
        ("p", "Maya (seen on her own at school, 05/02/2026): \"When Dean drinks he gets loud and Mummy cries. I "
              "went on the stairs because I wanted to see if Mummy was OK. I like it at Nana Grace's because it's "
              "quiet and she does jollof.\" She drew the house with a black cloud over the kitchen, and said she "
              "would like Dean to \"stop the drinks and come back but only nice\". On the SW's safety scale, where "
              "10 means home always feels safe, Maya chose 4."),
        ("p", "Tobi (seen at home, 03/02/2026 and 09/02/2026) is a busy little boy with about 20 words. When the "
              "front door banged on 03/02/2026 he froze, then crawled behind the sofa and would not come out "
              "until Maya fetched him. He calls for \"Dada\" at bedtime. His nursery say he bites other children "
              "when it is noisy and settles best with his key worker, Aimee."),
        ("h1", "Outcomes and the plan"),
        ("p", "The plan is set out under four outcomes for Maya and Tobi. Under each outcome, 'How we will know' "
              "says what will be seen or counted for every action beneath it, and the scale says where we are "
              "now and where we want to be by the review conference. Scores are given by the worker named and "
              "written on the case file. The table under each outcome says what will happen, who will do it and "
              "by when."),
        ("h2", "Outcome 1: Maya and Tobi live at home without seeing or hearing violence, and every adult who "
               "cares for them is sober"),
        ("p", "How we will know: Tarnwick Police confirm to the SW before each core group that there have been "
              "no call-outs to Heron Walk (ref 1.1); the SW's visit records show both children seen every week "
              "and Maya seen alone, with her own words written down (ref 1.1); the Choices programme's attendance "
              "letter after every fourth session shows Dean at every session (ref 1.2); Liam Foley's written "
              "report, with Dean's breath test results and his view of whether Dean is changing and how long it "
              "is likely to take, is on file before every core group (ref 1.3); Adaeze's safety plan, signed by "
              "her and by Hannah Price, is on the case file by 13/03/2026 (ref 1.4); the family centre's contact "
              "record, sent to the SW every Monday, shows each Saturday contact taking place with Dean sober on "
              "arrival (ref 1.5)."),
        ("p", "Scale (0 = not safe at all, 10 = always safe), scored by Chloe Brannan, SW, with Adaeze at each "
              "core group: now 3; by the review conference, 7 or higher."),
        ("table", {
            "header": ["Ref", "What will happen", "Who", "By when"],
            "widths": [1.2, 8.0, 4.4, 3.4],
            "rows": [
                ["1.1",
                 "Visit Maya and Tobi at home, one visit in four unannounced, and see Maya on her own in her room "
                 "or at school; check the police log for Heron Walk before each core group",
                 "Chloe Brannan, SW",
                 "Weekly from 16/02/2026 until the review conference"],
                ["1.2",
                 "Attend the Tarnwick Choices domestic abuse perpetrator programme (26 weekly group sessions)",
                 "Dean Salter; programme worker Rhys Adeyemi writes to the SW",
                 "Every Tuesday evening from 03/03/2026"],
                ["1.3",
                 "Key-work with Dean about his drinking, a breath test at each session, and a written report on "
                 "whether he is making the changes Maya and Tobi need and how long further change is likely to "
                 "take",
                 "Liam Foley, recovery worker, Tarnwick Alcohol and Drug Service",
                 "Weekly from 19/02/2026; report two working days before each core group"],
                ["1.4",
                 "Four safety-planning sessions with Adaeze, including how she will keep the children safe if Dean "
                 "comes to the house, and help with a non-molestation order if she wants one",
                 "Hannah Price, IDVA, Tarnwick Women's Aid",
                 "Four sessions by 13/03/2026"],
                ["1.5",
                 "Supervise Dean's contact with Tobi (and with Maya when she chooses to go) at Tarnwick Family "
                 "Centre, and end the session if Dean smells of alcohol",
                 "Rachel Innes, contact supervisor, Tarnwick Family Centre",
                 "Every Saturday, 10am to 12 noon, from 21/02/2026"],
            ],
        }),
        ("h2", "Outcome 2: Maya is in school on time every day and has an adult there she trusts to talk to"),
        ("p", "How we will know: the school's attendance printout, e-mailed to the SW every Friday, shows Maya's "
              "attendance rising from 84% to at least 95% by the review conference and any unexplained absence "
              "phoned through the same day (ref 2.1); Mrs Nair's log of the Wednesday sessions is sent to the SW "
              "before each core group, and Maya can tell the SW at visits who her trusted adult is (ref 2.2)."),
        ("p", "Scale (0 = Maya is not getting what she needs at school, 10 = fully), scored by Mr Yeo, DSL, at "
              "each core group: now 4; by the review conference, 8."),
        ("table", {
            "header": ["Ref", "What will happen", "Who", "By when"],
            "widths": [1.2, 8.0, 4.4, 3.4],
            "rows": [
                ["2.1",
                 "Check Maya's attendance each morning and phone the SW the same day if she is absent with no "
                 "reason given, or arrives upset, hungry or tired",
                 "Mr Daniel Yeo, DSL, Heronsgate Primary",
                 "Every school day from 16/02/2026"],
                ["2.2",
                 "Hold a 'worry time' session with Maya, using her feelings cards, and pass on anything she says "
                 "about home to the SW",
                 "Mrs Priya Nair, learning mentor, Heronsgate Primary",
                 "Every Wednesday in term time from 25/02/2026"],
            ],
        }),
        ("h2", "Outcome 3: Tobi's health and development are on track for a two-year-old and he is settled at "
               "nursery"),
        ("p", "How we will know: Tobi's two-year review summary, with his ASQ scores, is sent to the SW by "
              "27/03/2026 and any referral it recommends is made within two weeks (ref 3.1); the nursery's "
              "Friday e-mail shows Tobi at 90% or more of his sessions, fewer biting incidents each month and a "
              "rising count of his clear words, from about 20 now towards 50 by the review (ref 3.2)."),
        ("p", "Scale (0 = Tobi is very unsettled, 10 = settled and developing well), scored by Aimee Clarke, key "
              "worker, at each core group: now 4; by the review conference, 7."),
        ("table", {
            "header": ["Ref", "What will happen", "Who", "By when"],
            "widths": [1.2, 8.0, 4.4, 3.4],
            "rows": [
                ["3.1",
                 "Carry out Tobi's two-year development review at home, including his speech and his behaviour "
                 "at bedtime",
                 "Jess Ormond, health visitor",
                 "By 27/03/2026"],
                ["3.2",
                 "Keep a record of Tobi's attendance, how he arrives, any biting and his new words, and e-mail it "
                 "to the SW",
                 "Aimee Clarke, key worker, Little Wrens Nursery",
                 "Every Friday from 20/02/2026"],
            ],
        }),
        ("h2", "Outcome 4: Maya and Tobi always have a safe adult to go to, the same day, if Dean comes to the "
               "house or Adaeze cannot cope"),
        ("p", "How we will know: Grace texts the SW every Thursday evening and the morning after any night the "
              "children stay with her, and the SW checks her diary at the first visit of each month (ref 4.1); "
              "the school's collection log shows Emeka collecting Maya every Monday and Tuesday (ref 4.2); the "
              "written network safety plan, signed by Adaeze, Grace and Emeka, is sent to every core group "
              "member by 13/03/2026 (ref 4.3); Maya can show the SW her 'safe hands' card with Grace's and "
              "Emeka's numbers at each visit from March (ref 4.4)."),
        ("p", "Scale (0 = no one to go to, 10 = a safe adult always there), scored by Chloe Brannan, SW, with "
              "Maya at a visit before each core group: now 5; by the review conference, 9."),
        ("table", {
            "header": ["Ref", "What will happen", "Who", "By when"],
            "widths": [1.2, 8.0, 4.4, 3.4],
            "rows": [
                ["4.1",
                 "Have Maya and Tobi after school and for tea every Thursday, and take both children to Vine "
                 "Terrace for the night whenever Adaeze calls her",
                 "Grace Okafor (maternal grandmother)",
                 "Every Thursday from 19/02/2026; the same night whenever Adaeze calls"],
                ["4.2",
                 "Collect Maya from school and stay with the children at Heron Walk until Adaeze is home from work",
                 "Emeka Okafor (maternal uncle)",
                 "Every Monday and Tuesday from 16/02/2026"],
                ["4.3",
                 "Hold a family network meeting with Adaeze, Grace and Emeka and write down who does what if Dean "
                 "comes to the house",
                 "Chloe Brannan, SW",
                 "By 13/03/2026"],
                ["4.4",
                 "Make a 'safe hands' card with Maya showing who she can phone or go to, and go over it with her",
                 "Chloe Brannan, SW",
                 "Card made by 06/03/2026, then gone over at every visit"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("bullets", [
            "If Dean comes to Heron Walk, contacts Adaeze against the written agreement, or the police are called "
            "to an incident involving him: Adaeze will call 999, the children will go to Grace's home at 3 Vine "
            "Terrace that evening, and Chloe will hold a strategy discussion with Tarnwick Police the same day.",
            "If Dean arrives at contact smelling of alcohol or has a positive breath test at Tarnwick Alcohol and "
            "Drug Service: that session is cancelled or ended at once and contact moves to fortnightly, supervised "
            "by the family centre, until the next core group.",
            "If Grace or Emeka cannot help (illness, work, or they find it too much): Emeka covers for Grace, or "
            "Grace for Emeka; if neither can, Chloe arranges an after-school place at Heronsgate's club that day "
            "and, if the children need somewhere to stay, a Tarnwick foster placement for both together the same "
            "night.",
            "If there is another incident of violence before the review conference, or Dean misses two Choices "
            "sessions and the children still have contact with him, Chloe will ask Idris Kemal for a legal "
            "planning meeting within 5 working days.",
        ]),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks, Thursdays at 3.45pm, Heronsgate Primary: 26/02/2026, 26/03/2026 and "
            "23/04/2026.",
            "Review child protection conference: Tuesday 12/05/2026, 10am, Tarnwick Town Hall.",
            "Each outcome's scale is scored at every core group and the scores are written into the minutes.",
        ]),
        ("p", "Plan agreed at the initial conference on 12/02/2026. Copies to Adaeze, Dean, Grace, Emeka and "
              "every person named in the tables."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. First review conference plan, mother's alcohol dependence and anxiety,
#    a 14-year-old and a 9-year-old, an aunt and a grandfather helping.
#    Action table with Ref / Action / Lead / Timescale, then a separate
#    "Evidence of progress" table, one row per reference. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b151_thistlecombe_rcpc_ref_table_evidence_by_ref_pickering.docx",
    "doc_title": "Review Child Protection Plan - Jade and Alfie Pickering",
    "split": "tune",
    "actions": 12,
    "template": "rcpc-word-plan-details-list-what-has-changed-childrens-views-outcome-bullets-then-ref-action-lead-timescale-table-no-measure-column-then-separate-evidence-of-progress-table-keyed-by-ref-contingency-meetings",
    "description": (
        "First review conference plan for a 14-year-old and a 9-year-old whose mother is alcohol "
        "dependent and has anxiety; their aunt has them on Friday nights and their grandfather "
        "does two school collections. A Word plan whose action table gives Ref, Action, Lead and "
        "Timescale, followed by a separate 'Evidence of progress' table with one row per "
        "reference. Most rows are sound (visits, the recovery worker's report on change, the GP, "
        "Jade's school, the aunt's Friday nights, direct work with Jade). Faults: the evidence "
        "table leaves out the young carer's assessment, Alfie's school is 'monitored by school', "
        "the grandfather's collections are 'Ongoing', 'Family' keeps the house free of alcohol, the "
        "CPN only supports the mother, one outcome is about the mother only, and the contingency "
        "sends the children to the aunt with nothing said if she or the grandfather cannot help."
    ),
    "blocks": [
        ("title", "Review Child Protection Plan"),
        ("p", "Thistlecombe County Council – Children, Families and Education – Family Safeguarding (North)"),
        ("kv", [
            ("Children", "Jade Pickering (14), DOB 16/06/2011, Year 9, Thistlecombe High School; Alfie Pickering "
                         "(9), DOB 02/03/2016, Year 4, Brookfield Primary"),
            ("Address", "28 Lowther Crescent, Thistlecombe TC5 2HD"),
            ("Mother", "Louise Pickering (41)"),
            ("Maternal aunt", "Tracy Gill, 9 Orchard Rise, Thistlecombe"),
            ("Maternal grandfather", "Ken Pickering, Flat 4, Abbey Court, Thistlecombe"),
            ("Category", "Neglect (both children)"),
            ("Initial conference", "04/11/2025"),
            ("This plan", "First review child protection conference, Tuesday 27/01/2026. Chair: Gwen Thackeray "
                          "(IRO)"),
            ("Social worker", "Megan Ashworth (team manager: Saeed Rahman)"),
        ]),
        ("h1", "What has changed since the initial conference"),
        ("p", "Louise has been drinking every day for about two years, and in October 2025 Alfie was found by a "
              "neighbour walking to the shop at 9pm to buy bread because his mum was asleep on the sofa. Jade "
              "had missed 31 sessions of school since September, most of them on Mondays. Since the initial "
              "conference Louise has started at Thistlecombe Recovery Hub and has been to 9 of 12 Tuesday "
              "sessions; four of her nine breath tests were negative. She was prescribed acamprosate in "
              "December. On 31/12/2025 Jade rang Tracy at 10pm because Louise had fallen in the bathroom after "
              "drinking, and both children stayed with Tracy for three nights. Jade's attendance since the "
              "initial conference is 88%. Louise has also told her GP that she has panic attacks most days and "
              "was referred to the Community Mental Health Team in December."),
        ("h1", "What Jade and Alfie have told us"),
        ("p", "Jade (seen on her own at school, 20/01/2026): \"I pour Mum's wine down the sink when she's asleep "
              "but she just gets more. I miss Mondays because I don't want to leave Alfie with her after a bad "
              "Sunday. Fridays at Auntie Tracy's are the only time I can relax.\" She put her worry about home "
              "at 8 out of 10 and said she wants her mum \"to get better but I don't want to be the one who has "
              "to make her\"."),
        ("p", "Alfie (seen at home, 22/01/2026) showed the SW his Lego and said \"Grandad makes the best chips\". "
              "Asked what he would change, he said \"Mum not being sleepy in the day\". His teacher says he "
              "often asks if he is being picked up, and is tearful at home time when he is not sure who is "
              "coming."),
        ("h1", "What needs to be different for Jade and Alfie"),
        ("bullets", [
            "Jade and Alfie are looked after every evening and night by an adult who has not been drinking.",
            "Jade is in school at least 95% of the time and no longer has to look after Alfie or her mum.",
            "Alfie is collected from school on time by an adult he knows, is fed, and is settled in class.",
            "Louise is sober, stops drinking and goes to every appointment at the Recovery Hub.",
        ]),
        ("h1", "The plan"),
        ("p", "The evidence for each action, what the core group and the next review will look for, is in the "
              "'Evidence of progress' table after this one, under the same reference."),
        ("table", {
            "header": ["Ref", "Action", "Lead", "Timescale"],
            "widths": [1.2, 8.2, 4.2, 3.4],
            "rows": [
                ["A1",
                 "Visit Jade and Alfie at home, see each of them alone, and look for alcohol in the kitchen and "
                 "the recycling",
                 "Megan Ashworth, SW",
                 "Every two weeks until the next review conference"],
                ["A2",
                 "Go to key-work and a breath test at Thistlecombe Recovery Hub, and drink no alcohol while Jade "
                 "and Alfie are in her care",
                 "Louise Pickering (Mum)",
                 "Every Tuesday from 03/02/2026"],
                ["A3",
                 "Report in writing on Louise's breath tests and attendance, and on whether she is making the "
                 "changes Jade and Alfie need, with the likely timescale",
                 "Sam Kerr, recovery worker, Thistlecombe Recovery Hub",
                 "Two working days before each core group"],
                ["A4",
                 "Review Louise's acamprosate prescription and liver function tests and write to the SW with the "
                 "results",
                 "Dr Imran Shah, GP, Abbeyfield Surgery",
                 "By 27/02/2026"],
                ["A5",
                 "Complete a young carer's assessment with Jade",
                 "Kim Dale, Thistlecombe Young Carers",
                 "By 13/03/2026"],
                ["A6",
                 "Check Jade's attendance every day and see her each week with her head of year, Mr Gough",
                 "Ms Carol Finch, DSL, Thistlecombe High School",
                 "Every Monday in term time"],
                ["A7",
                 "Check Alfie's attendance and give him a place in the Thursday nurture group",
                 "Mr Paul Dixon, DSL, Brookfield Primary",
                 "Every Thursday in term time"],
                ["A8",
                 "Have Jade and Alfie for tea and to stay the night",
                 "Tracy Gill (maternal aunt)",
                 "Every Friday from 30/01/2026"],
                ["A9",
                 "Collect Alfie from school on Mondays and Wednesdays and give him his tea at Abbey Court",
                 "Ken Pickering (maternal grandfather)",
                 "Ongoing"],
                ["A10",
                 "Keep the house free of alcohol and make sure a sober adult is with Jade and Alfie in the evening",
                 "Family",
                 "Every evening from 27/01/2026"],
                ["A11",
                 "Support sessions with Louise for her anxiety and low mood",
                 "Ruth Bell, CPN, Thistlecombe Community Mental Health Team",
                 "Fortnightly from 10/02/2026"],
                ["A12",
                 "Six sessions of direct work with Jade about her worries and who she can talk to",
                 "Megan Ashworth, SW",
                 "All six by 30/04/2026"],
            ],
        }),
        ("h1", "Evidence of progress"),
        ("table", {
            "header": ["Ref", "What we will see"],
            "widths": [1.2, 15.8],
            "rows": [
                ["A1", "Visit records show both children seen alone every fortnight, their words written down, and "
                       "whether any alcohol was found."],
                ["A2", "The Hub's attendance sheet shows Louise at every Tuesday session, and her breath tests are "
                       "negative at eight sessions in a row by the next review."],
                ["A3", "Sam's written report is on the case file before every core group."],
                ["A4", "Dr Shah's letter with the test results is on the children's file by 27/02/2026."],
                ["A6", "The school e-mails Jade's attendance to the SW every Friday; it is 95% or more over each "
                       "half-term, and Mr Gough's weekly notes are on CPOMS."],
                ["A7", "Monitored by school."],
                ["A8", "Tracy texts the SW every Saturday morning; the SW checks Tracy's diary at the first visit of "
                       "each month."],
                ["A9", "Brookfield's collection log shows Ken collecting Alfie on both days each week."],
                ["A10", "Unannounced visits by the SW find no alcohol in the house and an adult who has not been "
                        "drinking with the children."],
                ["A11", "Ruth's visit log shows Louise seen at home every fortnight."],
                ["A12", "Jade's workbook is kept on file with her own words, and the worry score she gives the SW "
                        "falls from 8 to 4 or lower by the last session."],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If Louise is found to have been drinking while she is caring for Jade and Alfie (a positive breath "
              "test, alcohol smelt at a visit, or either child tells anyone), the children will go to Tracy's "
              "home at 9 Orchard Rise that evening and Megan will hold a strategy discussion with Thistlecombe "
              "Police the same day."),
        ("p", "If Louise is found drunk in charge of the children again, or has three positive breath tests before "
              "the next review, Megan will ask Saeed Rahman for a legal planning meeting within 5 working days."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 4pm, Thistlecombe Family Hub: 24/02/2026, 24/03/2026, "
            "21/04/2026 and 19/05/2026.",
            "Second review child protection conference: Tuesday 21/07/2026, 1.30pm, County Hall, Thistlecombe.",
        ]),
    ],
    "findings": [
        F("F002", "Louise is sober, stops drinking and goes to every appointment at the Recovery Hub."),
        F("M001", "Complete a young carer's assessment with Jade"),
        F("M002", "Check Alfie's attendance and give him a place"),
        F("T002", "Collect Alfie from school on Mondays and Wednesdays"),
        F("W002", "Keep the house free of alcohol and make sure"),
        F("H001", "Support sessions with Louise for her anxiety and low mood"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Pre-birth initial conference plan, mother on methadone with depression,
#    father using cannabis and cocaine, paternal grandmother and maternal
#    aunt helping. Three stage headings carry the timing ("everything by 36
#    weeks", "from the birth until discharge", "from discharge until baby is
#    eight weeks old"); the tables give only number, what and who, and a
#    "Signs of progress" list is keyed by number. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b151_tollesmere_prebirth_stage_headings_signs_by_number_mercer.pdf",
    "doc_title": "Pre-birth Child Protection Plan - Baby of Shannon Mercer",
    "split": "tune",
    "actions": 15,
    "template": "prebirth-icpc-plan-printed-to-pdf-page-header-footer-details-list-why-babys-world-siblings-words-outcomes-then-three-stage-headings-carrying-the-timing-each-with-no-what-who-table-then-signs-of-progress-list-keyed-by-number-contingency-meetings",
    "description": (
        "Exemplary pre-birth initial conference plan for the unborn baby of a mother on methadone "
        "who has depression and whose first child lives with a special guardian; the father uses "
        "cannabis and cocaine. A Word plan printed to PDF with a page header and footer. The plan "
        "is split into three stages whose headings carry the timing (everything by 36 weeks, "
        "05/03/2026, unless a row says otherwise; from the birth until discharge; from discharge "
        "until the baby is eight weeks old); each stage's table gives only number, what and who, "
        "and a 'Signs of progress' list says for every number what will be seen. The drug service "
        "and the perinatal psychiatrist report on change, the grandmother's and aunt's help has a "
        "fallback, legal planning follows named triggers, core group and review dates are set."
    ),
    "header": "OFFICIAL-SENSITIVE – Tollesmere Borough Council – Children's Social Care",
    "footer": "Pre-birth plan – baby of Shannon Mercer – ICPC 08/01/2026 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Pre-birth Child Protection Plan"),
        ("kv", [
            ("Unborn baby", "Baby of Shannon Mercer, due 02/04/2026 (28 weeks at conference); a boy"),
            ("Mother", "Shannon Mercer (22), 5 Kiln Yard, Tollesmere TL2 4RD"),
            ("Father", "Kyle Dunn (24), living with Shannon"),
            ("Half-brother", "Mason Mercer (4), living with his paternal grandmother, Pat Hughes, under a "
                             "special guardianship order made in 2023"),
            ("Paternal grandmother", "Bernie Dunn, 12 Ashby Row, Tollesmere"),
            ("Maternal aunt", "Carla Mercer, 40 Wharf Street, Tollesmere"),
            ("Category", "Neglect (unborn)"),
            ("Initial conference", "Thursday 08/01/2026. Chair: Yvonne Castell (IRO)"),
            ("Social worker", "Nadia Fenwick (team manager: Paul Oakes)"),
        ]),
        ("h1", "Why the baby needs a plan"),
        ("p", "Shannon used heroin from the age of 17. Mason was removed from her care in 2023 after he was found "
              "alone in the flat, and a special guardianship order was made to his grandmother. Shannon has been "
              "on a methadone script since March 2024 and says she has not used heroin since. Her last three "
              "urine screens were clear of heroin but one, in November 2025, showed street diazepam. She has "
              "depression and is seen by the perinatal mental health team. Kyle smokes cannabis most days and "
              "has used cocaine at weekends; he says he stopped the cocaine in December. The flat has been "
              "clean and warm at both visits since the referral."),
        ("h1", "The baby's world, and what Mason has said"),
        ("p", "At the scans on 11/12/2025 and 06/01/2026 the baby was growing well and moving a lot. Shannon has "
              "started talking to her bump when he kicks, and Kyle has built the cot and put it in their bedroom "
              "away from the window. The baby will be born with methadone in his system and may need care on "
              "the ward for withdrawal for some days: for the first weeks his world will be feeds, being held "
              "and being settled by whoever is with him, so the plan is built around who that will be."),
        ("p", "Mason (seen at his grandmother's, 30/12/2025) knows that his mum is having a baby. He asked the SW "
              "\"Will the baby live at Mummy's house or at a Nana house like me?\" and said he would like to "
              "\"give him my old teddy\". Pat says Mason sees Shannon every other Sunday and looks forward to it."),
        ("h1", "What we want for the baby"),
        ("numbers", [
            "The baby is born safely, his withdrawal is treated on the ward, and he goes home only when his "
            "scores are settled and a safe plan is in place.",
            "The baby is cared for every day and night by an adult who is not under the influence of drugs and "
            "who notices when he is hungry, tired or unwell.",
            "The baby is fed, gains weight and sleeps safely in his own cot.",
            "The baby has a family network around him who know what to do if his parents cannot care for him "
            "safely.",
        ]),
        ("h1", "The plan"),
        ("p", "The plan is in three stages. The heading of each stage gives the time for every action in it, "
              "unless a row gives its own. How we will know each action is working is under 'Signs of progress', "
              "by the same number."),
        ("h2", "Stage 1 – Before the baby is born: everything here by 36 weeks (05/03/2026), unless the row says "
               "otherwise"),
        ("table", {
            "header": ["No.", "What will happen", "Who"],
            "widths": [1.2, 10.6, 5.2],
            "rows": [
                ["1",
                 "Complete a pre-birth parenting assessment with Shannon and Kyle, including what they have "
                 "learnt from Mason's proceedings",
                 "Nadia Fenwick, SW"],
                ["2",
                 "See Shannon for key-work every week with a urine screen each time, and report to each core "
                 "group on whether she is stable and making the changes the baby needs, and how long that is "
                 "likely to take",
                 "Greg Talbot, recovery worker, Tollesmere Drug and Alcohol Service (weekly until the review "
                 "conference; report two working days before each core group)"],
                ["3",
                 "See Shannon every two weeks about her depression and write an assessment of how her mood may "
                 "affect her care of the baby, her capacity to change and the likely timescale",
                 "Dr Ellen Marsh, consultant perinatal psychiatrist, Tollesmere Perinatal Mental Health Team"],
                ["4",
                 "Hold Shannon's antenatal appointments every two weeks and write a birth plan that includes "
                 "watching the baby for withdrawal",
                 "Jo Whitby, specialist drugs and alcohol midwife, Tollesmere General Hospital"],
                ["5",
                 "Give a hair strand sample for cannabis and cocaine at the clinic the SW books",
                 "Kyle Dunn (Dad)"],
                ["6",
                 "Hold a family network meeting with Shannon, Kyle, Bernie, Carla and Kyle's sister Leah, and "
                 "agree who will stay and help in the baby's first weeks",
                 "Nadia Fenwick, SW"],
                ["7",
                 "Take her methadone at Kiln Yard Pharmacy every day under supervision and use no other drugs, so "
                 "that she is well enough to care for the baby",
                 "Shannon Mercer (Mum), from 08/01/2026"],
            ],
        }),
        ("h2", "Stage 2 – On the ward: from the birth until the day the baby goes home"),
        ("table", {
            "header": ["No.", "What will happen", "Who"],
            "widths": [1.2, 10.6, 5.2],
            "rows": [
                ["8",
                 "Phone the SW, or the emergency duty team out of hours, on the day the baby is born",
                 "Helen Brooks, safeguarding midwife, Tollesmere General maternity unit"],
                ["9",
                 "Score the baby for withdrawal every four hours for at least 72 hours, and keep him on the ward "
                 "until his scores have settled",
                 "Dr Amir Haddad, consultant paediatrician, Tollesmere General neonatal team"],
                ["10",
                 "Visit Shannon, Kyle and the baby on the ward at least every other day, and see how they feed, "
                 "hold and settle him",
                 "Nadia Fenwick, SW"],
                ["11",
                 "Hold a discharge planning meeting with Shannon, Kyle, Bernie, the ward and the health visitor "
                 "before the baby leaves hospital",
                 "Nadia Fenwick, SW"],
            ],
        }),
        ("h2", "Stage 3 – At home: from discharge until the baby is eight weeks old"),
        ("table", {
            "header": ["No.", "What will happen", "Who"],
            "widths": [1.2, 10.6, 5.2],
            "rows": [
                ["12",
                 "Visit the baby at home every week, one visit in four unannounced, and see where he sleeps",
                 "Nadia Fenwick, SW"],
                ["13",
                 "Visit every week, weigh the baby and go through safe sleep and feeding with Shannon and Kyle",
                 "Sophie Rudd, health visitor"],
                ["14",
                 "Stay at Kiln Yard every night for the first two weeks at home, then every Friday and Saturday "
                 "night, and help with the night feeds",
                 "Bernie Dunn (paternal grandmother)"],
                ["15",
                 "Come to Kiln Yard every weekday afternoon, 2pm to 5pm, for the first four weeks at home",
                 "Carla Mercer (maternal aunt)"],
            ],
        }),
        ("h1", "Signs of progress"),
        ("p", "For each numbered action, this is what we will see or count:"),
        ("pi", "1 – The assessment report is shared with Shannon, Kyle and the core group by 05/03/2026, with a "
               "clear recommendation on whether the baby can go home with his parents."),
        ("pi", "2 – Greg's written report, with every screen result, is on the case file before each core group; "
               "every screen from now on is clear of heroin and street drugs."),
        ("pi", "3 – Dr Marsh's written assessment is sent to the SW by 05/03/2026 and a short update before each "
               "core group after that."),
        ("pi", "4 – Every antenatal appointment is attended (recorded on the maternity notes), and the birth plan "
               "with the withdrawal scoring is on the maternity record by 36 weeks."),
        ("pi", "5 – The laboratory result is sent to the SW by 05/03/2026 and shows no cocaine."),
        ("pi", "6 – A written network plan, signed by everyone at the meeting, is sent to each core group member "
               "by 05/03/2026."),
        ("pi", "7 – The pharmacy's supervised consumption record, checked by Greg each week, shows no missed "
               "doses, and the screens in 2 stay clear."),
        ("pi", "8 – The SW's case note records the call on the day of the birth."),
        ("pi", "9 – The withdrawal charts are in the baby's notes, and the ward confirms to the SW in writing "
               "that his scores have settled before discharge."),
        ("pi", "10 – The SW's visit notes record each visit, and how Shannon and Kyle fed, held and settled the "
               "baby."),
        ("pi", "11 – The written discharge plan is sent to everyone at the meeting before the baby goes home."),
        ("pi", "12 – Visit records show the baby seen every week, on his back in his own cot whenever he is "
               "asleep at a visit, and where he slept the night before."),
        ("pi", "13 – The baby's weight is plotted in his red book every week and is back to his birth weight by two "
               "weeks, then follows his centile."),
        ("pi", "14 – Bernie writes each night feed on the chart on the fridge, which the SW checks at every "
               "visit."),
        ("pi", "15 – Carla texts the SW each Friday with the afternoons she came, and the SW checks it against "
               "what Shannon says at the next visit."),
        ("h1", "Contingency plan"),
        ("bullets", [
            "If Shannon has a screen showing heroin, cocaine or street benzodiazepines, or misses three methadone "
            "doses in a row: Greg tells the SW the same day, and Nadia holds a strategy discussion within one "
            "working day to agree where the baby will go at birth.",
            "If, after the birth, Shannon or Kyle is found under the influence of drugs while caring for the baby, "
            "or the baby is found left with no sober adult: Bernie takes the baby to 12 Ashby Row that day, and "
            "Nadia holds a strategy discussion the same day.",
            "If Bernie or Carla cannot do their part (illness, work, or they find it too much): Kyle's sister, "
            "Leah Dunn, stays instead; if no one in the family can, Nadia arranges a parent and baby foster "
            "placement for Shannon and the baby that day, or an emergency foster carer for the baby if Shannon "
            "does not agree.",
            "If the parenting assessment or Dr Marsh's assessment says the baby cannot safely go home with "
            "Shannon and Kyle, or Shannon has a screen showing heroin after 32 weeks, Nadia will ask Paul Oakes "
            "for a legal planning meeting within 5 working days.",
        ]),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks, Thursdays at 2pm, Tollesmere Family Centre: 22/01/2026, 19/02/2026 and "
            "19/03/2026, then 16/04/2026 after the birth.",
            "Review child protection conference: Tuesday 07/04/2026, 10am, Tollesmere Civic Centre (moved to the "
            "maternity unit's family room if the baby is still on the ward).",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Core group plan, neglect of an autistic, non-verbal 11-year-old with
#    epilepsy, father with depression, sister of 15. Word plan printed to
#    PDF: the measure is written into each action sentence, the frequency is
#    a row of tick boxes and a "Done?" tick box closes a finished row.
#    Faulty (pdf)
# ---------------------------------------------------------------------------
TICK_W = "[X] Weekly\n[ ] Fortnightly\n[ ] Monthly\n[ ] Other: ________"
TICK_F = "[ ] Weekly\n[X] Fortnightly\n[ ] Monthly\n[ ] Other: ________"
TICK_M = "[ ] Weekly\n[ ] Fortnightly\n[X] Monthly\n[ ] Other: ________"
TICK_NONE = "[ ] Weekly\n[ ] Fortnightly\n[ ] Monthly\n[ ] Other: ________"
NOT_DONE = "[ ] Yes\n[X] No"

PLANS.append({
    "name": "b151_trewellan_core_group_tick_boxes_measure_in_sentence_quayle.pdf",
    "doc_title": "Core Group Child Protection Plan - Reuben and Millie Quayle",
    "split": "tune",
    "actions": 12,
    "template": "core-group-plan-printed-to-pdf-page-header-footer-details-list-reason-reubens-signs-millies-words-outcomes-then-no-action-with-measure-in-sentence-who-how-often-tick-boxes-done-yes-no-tick-box-table-contingency-meetings",
    "description": (
        "Core group plan for an autistic, non-verbal 11-year-old with epilepsy and his 15-year-old "
        "sister, whose father has depression and has been missing Reuben's medicine. A Word plan "
        "printed to PDF with a page header and footer. Each action sentence carries its own "
        "measure ('so that ...', 'and send the SW ...'), the frequency is a row of tick boxes "
        "('[X] Weekly', '[ ] Fortnightly' ...) and a 'Done?' tick box marks one finished referral "
        "(not counted). Most rows are sound (visits, the medicine chart, the epilepsy nurse, the "
        "psychiatrist's report on change, school, short breaks, the OT). Faults: the CPN only "
        "supports the father and is measured by his mood improving, the young carer's assessment "
        "has no box ticked, dental and eye checks are 'when he is able', Millie's school will "
        "'keep an eye on' her, 'All professionals' share worries; the contingency only says the "
        "plan will be discussed and reviewed, and nothing leads to legal planning."
    ),
    "header": "OFFICIAL-SENSITIVE – Trewellan County Borough Council – Children's Services",
    "footer": "Core group plan – Reuben and Millie Quayle – 19/03/2026 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Core Group Child Protection Plan"),
        ("kv", [
            ("Children", "Reuben Quayle (11), DOB 07/07/2014, Hawthorn Bank School; Millie Quayle (15), DOB "
                         "21/10/2010, Year 10, Trewellan High School"),
            ("Address", "17 Pengarth Road, Trewellan TW4 1BN"),
            ("Father", "Gareth Quayle (46), sole carer since the children's mother left in May 2025"),
            ("Category", "Neglect (both children)"),
            ("Initial conference", "Thursday 05/02/2026. Chair: Rhiannon Vaughan (IRO)"),
            ("This plan", "Agreed at core group 2, Thursday 19/03/2026"),
            ("Social worker", "Bethan Rowe (team manager: Huw Jeffries)"),
        ]),
        ("h1", "Why Reuben and Millie have a plan"),
        ("p", "Reuben is autistic and does not use spoken words; he uses Makaton signs and a picture board. He has "
              "epilepsy. Since his mother left, Gareth has been low in mood and was diagnosed with depression in "
              "October 2025. Between November and January Reuben had seven seizures at school, and his "
              "medicine chart showed 19 missed doses. He often arrived at school in the clothes he had slept in, "
              "and twice without breakfast. Millie has been getting Reuben up and giving him his medicine when "
              "she remembers; she has missed 14 days of school this year."),
        ("h1", "What Reuben shows us and what Millie says"),
        ("p", "Reuben (seen at home on 10/03/2026 and at school on 12/03/2026): when he is content he hums and "
              "lines up his cars on the windowsill; when he is upset he bites his wrist and goes under the table. "
              "At home on 10/03/2026 he signed 'drink' twice and took the SW to the fridge, which had only milk "
              "and butter in it. At school he goes to his teacher, Miss Lloyd, with his picture board to ask for "
              "his snack, and he hums through music lessons."),
        ("p", "Millie (seen on her own at school, 12/03/2026): \"I love Reuben but I can't be his mum. Dad just "
              "sits there. I want to go to college and I can't even get to school.\" She said what would help "
              "most is \"someone making sure Reuben's had his tablets so I don't have to\"."),
        ("h1", "Outcomes for Reuben and Millie"),
        ("numbers", [
            "Reuben has his epilepsy medicine every morning and evening and has fewer seizures.",
            "Reuben arrives at school every day clean, in fresh clothes and having had breakfast.",
            "Reuben's home is safe for him, with medicines locked away and the upstairs windows secured.",
            "Millie has time to be 15, goes to school every day and is not Reuben's main carer.",
        ]),
        ("h1", "Action plan"),
        ("p", "How we will know each action is working is written into the action itself. Tick how often; tick "
              "'Done? Yes' only when a one-off action is finished."),
        ("table", {
            "header": ["No.", "Action (and how we will know)", "Who", "How often", "Done?"],
            "widths": [1.1, 6.9, 3.4, 3.8, 1.8],
            "rows": [
                ["1",
                 "Visit Reuben at home, see his bedroom and how he is communicating, and write down his signs of "
                 "being content or upset, so that the visit records show how Reuben is from week to week",
                 "Bethan Rowe, SW",
                 TICK_W, NOT_DONE],
                ["2",
                 "Give Reuben his epilepsy medicine at 7.30am and 7.30pm and sign the medicine chart each time; "
                 "the SW checks the chart at every visit and it shows no missed doses",
                 "Gareth Quayle (Dad)",
                 "[ ] Weekly\n[ ] Fortnightly\n[ ] Monthly\n[X] Other: twice a day",
                 NOT_DONE],
                ["3",
                 "Go through Reuben's seizure diary and medicine chart with Gareth and write to the SW, so that "
                 "the letter shows whether his seizures have fallen from the two a week seen in January",
                 "Kerry Dale, paediatric epilepsy nurse, Trewellan Children's Centre",
                 TICK_M, NOT_DONE],
                ["4",
                 "Home visits to Gareth to support him with his low mood and encourage him to keep taking his "
                 "antidepressants, so that his mood improves",
                 "Owen Lewis, CPN, Trewellan Community Mental Health Team",
                 TICK_F, NOT_DONE],
                ["5",
                 "Assess Gareth's depression and write a report on how it affects his care of Reuben and Millie, "
                 "whether he can make the changes they need and how long that is likely to take; the report is "
                 "shared with the core group",
                 "Dr Sian Morgan, consultant psychiatrist, Trewellan Community Mental Health Team",
                 "[ ] Weekly\n[ ] Fortnightly\n[ ] Monthly\n[X] Other: by 09/04/2026",
                 NOT_DONE],
                ["6",
                 "Note each morning whether Reuben arrives clean, in fresh clothes, fed and having had his "
                 "medicine, and e-mail the week's record to the SW every Friday",
                 "Mrs Anwen Hughes, DSL, Hawthorn Bank School",
                 TICK_W, NOT_DONE],
                ["7",
                 "Give Reuben two nights at Maple Lodge, and send the SW the staff record of his sleep, seizures "
                 "and mood after each stay",
                 "Joanna Pryce, manager, Maple Lodge short breaks unit",
                 TICK_M, NOT_DONE],
                ["8",
                 "Complete a young carer's assessment with Millie and share her support plan with the core group",
                 "Dylan Morris, Trewellan Young Carers",
                 TICK_NONE, NOT_DONE],
                ["9",
                 "Take Reuben to the dentist and the optician, so that both check-ups are written in his health "
                 "passport",
                 "Gareth Quayle (Dad)",
                 "[ ] Weekly\n[ ] Fortnightly\n[ ] Monthly\n[X] Other: when he is able",
                 NOT_DONE],
                ["10",
                 "Assess the house for the safety equipment Reuben needs (window restrictors upstairs, a lock on "
                 "the medicine cupboard) and order it, so that the SW sees it fitted at a visit",
                 "Ffion Jenkins, occupational therapist, Trewellan Children's Disability Team",
                 "[ ] Weekly\n[ ] Fortnightly\n[ ] Monthly\n[X] Other: by 03/04/2026",
                 NOT_DONE],
                ["11",
                 "Keep an eye on Millie at school and let the SW know of any worries",
                 "Mr Iwan Parry, head of Year 10, Trewellan High School",
                 TICK_W, NOT_DONE],
                ["12",
                 "Tell the SW the same day about any worry about Reuben's care, so that each worry is logged on "
                 "his file with the date and time",
                 "All professionals",
                 "[ ] Weekly\n[ ] Fortnightly\n[ ] Monthly\n[X] Other: same day",
                 NOT_DONE],
                ["13",
                 "Refer Reuben to the Children's Disability Team for an assessment of his care needs",
                 "Bethan Rowe, SW",
                 "[ ] Weekly\n[ ] Fortnightly\n[ ] Monthly\n[X] Other: by 26/02/2026",
                 "[X] Yes\n[ ] No"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If things get worse at home, or Gareth's mental health deteriorates, Bethan will discuss the case "
              "with her manager and the core group will meet to review the plan."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks, Thursdays at 1.30pm, Hawthorn Bank School: 16/04/2026 and 14/05/2026.",
            "Review child protection conference: Thursday 30/04/2026, 10am, Trewellan Civic Offices.",
        ]),
    ],
    "findings": [
        F("H001", "Home visits to Gareth to support him with his low mood"),
        F("M002", "Home visits to Gareth to support him with his low mood"),
        F("T001", "Complete a young carer's assessment with Millie and share"),
        F("T002", "Take Reuben to the dentist and the optician"),
        F("M002", "Keep an eye on Millie at school"),
        F("W002", "Tell the SW the same day about any worry"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 5. First review conference plan, criminal exploitation and going missing,
#    a 15-year-old and his 8-year-old sister, mother with depression, an
#    uncle helping. Markdown plan in three parts whose headings carry the
#    timing (all by a date; every week until the review; each time Kian is
#    missing, to the time in the line); each bullet carries its own check
#    in the sentence. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b151_tidderley_rcpc_grouped_deadlines_check_in_sentence_mallory.md",
    "split": "tune",
    "actions": 14,
    "template": "rcpc-markdown-plan-details-bullets-since-last-conference-kian-and-rubys-words-outcomes-then-three-part-headings-carrying-timing-by-date-every-week-until-review-each-missing-episode-bold-owner-bullets-with-check-in-sentence-contingency-meetings",
    "description": (
        "Exemplary first review conference plan for a 15-year-old boy being criminally exploited "
        "and going missing, and his 8-year-old sister, whose mother has depression. A Markdown "
        "plan in three parts whose headings carry the timing: 'all by 10/03/2026', 'every week "
        "from 02/03/2026 until the next review conference', and 'each time Kian is missing', with "
        "the time in each line. Each bullet names its owner and carries its own check in the "
        "sentence ('the signed timetable...', 'attendance should rise from 61% to 85%...', a risk "
        "rating given by the youth worker). The mental health care co-ordinator reports on change, "
        "the GP owns an action, the uncle's part has a fallback, legal planning follows named "
        "triggers, core group and review dates are set, and both children's words are recorded."
    ),
    "text": """\
# Child Protection Plan: Kian and Ruby Mallory

**Tidderley City Council — Children and Young People's Services — Adolescent Safeguarding Team**

- **Children:** Kian Mallory (15), DOB 30/04/2010, Year 10, Tidderley Academy; Ruby Mallory (8), DOB 12/09/2017,
  Year 3, Greenholme Primary
- **Address:** 33 Fenner Close, Tidderley TD6 3SJ
- **Mother:** Stacey Mallory (39). The children's father has not been in touch since 2019.
- **Maternal uncle:** Marcus Bell, 8 Canal View, Tidderley
- **Kian's godmother:** Donna Fry, 51 Fenner Close (three doors away)
- **Category:** Neglect (both children)
- **Initial conference:** 25/11/2025
- **This plan:** agreed at the first review child protection conference, Tuesday 24/02/2026. Chair: Ayesha Rahim
  (IRO)
- **Social worker:** Kate Ingram (team manager: Oliver Grant)

## What has happened since the initial conference

Kian has been missing six times since October 2025, four of them since the initial conference. On 31/01/2026 he
was found by Carlport Police in a flat on Calder Street used for selling drugs, with £300 and two phones that were
not his. He says he owes money to "older lads" and that they will "sort" his family if he stops. Stacey has
depression; she sleeps for much of the day and twice did not report Kian missing until the next afternoon. Her GP
referred her to the Community Mental Health Team in December and she now has a care co-ordinator. Kian's attendance
this year is 61%. Ruby has been left on her own in the evening at least twice while Stacey went out looking for
Kian.

## What Kian and Ruby have told us

**Kian** (seen on his own at the boxing club, 17/02/2026): "I'm not stupid, I know they're using me. But if I stop
they'll come round. Boxing's the only time my head's quiet." He gave 3 out of 10 for how safe he feels and said
he wants "to do the building course and not end up inside".

**Ruby** (seen on her own at school, 18/02/2026): "When Kian's gone Mum cries and goes out to find him and I'm by
myself with the telly. I don't like the dark." She said her favourite place is Auntie Donna's "because she's got a
dog and she's always in".

## What we want for Kian and Ruby

1. Kian is at home every night by his 10pm curfew and is no longer going missing.
2. Kian is kept away from the adults who are exploiting him, and knows how to get out if he is asked to carry
   drugs or money.
3. Kian is in school or on his college course on at least 85% of days.
4. Ruby is never left on her own, and feels safe at home when Kian is missing.
5. Kian and Ruby are cared for by a mum who is well enough to set and keep boundaries and to report Kian missing
   straight away.

## The plan

Each part's heading says when the actions in it happen, unless a line gives its own time. Each line says how we
will know it is working.

### Part 1 — All by 10/03/2026

- **PC Dan Ruddock (Tidderley Police exploitation team)** will complete a disruption plan for the Calder Street
  address in Carlport and share it with Kate; we will know it is done when the written plan is on Kian's file and
  the address has been visited.
- **Kate Ingram (SW)** will refer Kian to the Tidderley Switch exploitation project; the acceptance letter and the
  date of Kian's first session will be on his file.
- **Dr Nimisha Patel (GP, Greenholme Surgery)** will review Stacey's antidepressant and write to Kate about her
  medication plan and any missed appointments; the letter will be on the children's file.
- **Mr Colin Ashby (head of Year 10, Tidderley Academy)** will agree a new timetable with Kian that includes two
  days a week on the Tidderley College construction course, signed by Kian, Stacey and the college.
- **Kate Ingram (SW)** will hold a family network meeting with Stacey, Marcus and Donna and agree who Ruby goes to
  if Stacey cannot look after her; the network plan, signed by everyone there, will be sent to every core group
  member.

### Part 2 — Every week, from 02/03/2026 until the next review conference (18/08/2026)

- **Kate Ingram (SW)** will see Kian on his own, somewhere he chooses, and write down his words and the score he
  gives for how safe he feels; the visit records should show that score rising from 3 to 6 by the review.
- **Jordan Akers (youth worker, Switch project)** will see Kian every Thursday afternoon to work on exploitation,
  debt and ways out; Jordan's session log, sent to Kate each month, will show the sessions held and Jordan's own
  rating of Kian's risk falling from high to medium by the review.
- **Mr Colin Ashby** will e-mail Kian's school and college attendance to Kate every Friday; it should rise from
  61% to 85% by the review.
- **Lorna Beck (care co-ordinator, Tidderley Community Mental Health Team)** will see Stacey every other week and
  write to each core group on whether she is making the changes Kian and Ruby need, what still has to change and
  how long that is likely to take; the letter will be on file two working days before each core group.
- **Mrs Helen Osei (learning mentor, Greenholme Primary)** will see Ruby every Monday and write down the worry
  score Ruby gives her; the log goes to Kate before each core group and the score should fall from 7 to 4 by the
  review.
- **Marcus Bell (uncle)** will take Kian to Tidderley Boxing Club every Tuesday and Thursday evening and bring him
  home by 9pm; the club register and Marcus's text to Kate after each session will show it happened.
- **Stacey** will write in a diary the time Kian comes in each night; Kate will read it at every visit, and by the
  review it should show him home by 10pm on at least six nights in seven.

### Part 3 — Each time Kian is missing, to the time given in the line

- **Stacey** will report Kian missing to Tidderley Police by 10.30pm on every night he is not home by his 10pm
  curfew; the police missing log, checked by Kate before each core group, will match her diary.
- **Amy Coles (return home interview worker, Tidderley Children's Services)** will offer Kian a return home
  interview within 72 hours of every return and send the record to Kate within two working days; there will be a
  record on file for every episode.

## If things go wrong

- **If Kian is missing overnight, is found outside Tidderley, or is found with drugs, cash or a phone that is not
  his:** the police are told at once, Kian comes home or goes to Marcus's flat when found, and Kate holds a
  strategy discussion with the police the same day.
- **If Stacey cannot look after Ruby** (she is too low, asleep in the day, or out looking for Kian): Ruby goes to
  Donna's at 51 Fenner Close; if Donna cannot have her, Marcus collects her; if neither can, Kate arranges a
  foster placement for Ruby that day.
- **If Marcus cannot do the boxing evenings** (work, illness, or he finds it too much): Jordan picks Kian up from
  school on those days and takes him to the club, and Kate tells Kian the same day who is coming instead.
- **If Kian goes missing three or more times in a month, or is found again in a house used for selling drugs,**
  Kate will ask Oliver Grant for a legal planning meeting within 5 working days.

## Core group and review

- Core group every four weeks, Tuesdays at 4.15pm, Tidderley Academy: 24/03/2026, 21/04/2026, 19/05/2026,
  16/06/2026 and 14/07/2026.
- Second review child protection conference: Tuesday 18/08/2026, 10am, Tidderley Civic Centre.
- Kate will ask Kian and Ruby before each core group what has changed and take their words to the meeting.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Initial conference Signs of Safety plan, domestic abuse and the
#    father's cocaine use, a 4-year-old and a 7-month-old, grandmother
#    supervising the father's time with them. Scaled safety goals, a
#    next-steps table (step, what, who, when), a "Later on" list, then
#    "What the review will look at" prose keyed by step number. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b151_tammerfold_sos_scaled_goals_review_prose_by_step_reeve.md",
    "split": "tune",
    "actions": 11,
    "template": "signs-of-safety-markdown-plan-details-danger-statement-scaled-safety-goals-working-well-and-worries-lists-poppys-three-houses-archies-day-then-step-what-who-when-next-steps-table-and-later-on-list-then-what-the-review-will-look-at-prose-keyed-by-step-contingency-meetings",
    "description": (
        "Initial conference Signs of Safety plan for a 4-year-old and a 7-month-old after domestic "
        "abuse by their father, who uses cocaine; their grandmother supervises his Saturday time "
        "with them. Safety goals are scaled (now / by the review, agreed by the SW and the mother), "
        "the next steps table gives step, what, who and when, a 'Later on' list follows it, and "
        "'What the review will look at' is prose keyed by step number. Most steps are sound "
        "(visits, the drug service's report on change, the grandmother's supervision, the HV, "
        "nursery, Poppy's Three Houses). Faults: the IDVA sessions are judged by the mother's "
        "engagement, the perpetrator programme is 'as soon as possible', 'Family network' helps "
        "with shopping, the speech therapy referral is left out of the review prose, the women's "
        "group under 'Later on' has no time, one goal is about the father only, and the "
        "contingency sends the children to the grandmother with no fallback if she cannot."
    ),
    "text": """\
# Safety Plan — Poppy and Archie Reeve

Tammerfold Council · Children's Social Care · Signs of Safety plan agreed at the initial child protection
conference, Monday 02/03/2026 (chair: Graham Lowry, IRO)

- **Children:** Poppy Reeve (4), DOB 11/11/2021, Bramble Tots Nursery; Archie Reeve (7 months), DOB 26/07/2025
- **Address:** 6 Linnet Court, Tammerfold TF1 7WG
- **Mother:** Leanne Reeve (26)
- **Father:** Connor Baxter (28), living with a friend at 90 Station Parade since 14/02/2026
- **Maternal grandmother:** Pauline Reeve, 2 Elm Row, Tammerfold
- **Category:** Emotional abuse (both children)
- **Social worker:** Holly Grainger (practice manager: Andrew Vasquez)

## Danger statement

Children's services and the police are worried that Connor, when he has taken cocaine, shouts at, pushes and
hits Leanne while Poppy and Archie are in the room. On 13/02/2026 he threw a mug that hit the wall above Archie's
bouncer and Poppy hid in the wardrobe. If nothing changes, we are worried that Archie could be hurt by something
thrown or by being caught in a fight, and that Poppy will keep growing up frightened in her own home.

## Safety goals

**Goal 1:** Poppy and Archie live in a home where they never see or hear fighting, and they only see their dad
when Nana Pauline is with them. Where we are now (0 to 10, agreed by Holly and Leanne): 3. Where we want to be by
the review conference: 7.

**Goal 2:** Archie is fed, changed and taken to every health appointment, and his weight stays on the 50th
centile. Now: 5. By the review: 8 (agreed by Holly and the health visitor).

**Goal 3:** Connor stops using cocaine and learns to control his temper. Now: 2. By the review: 6.

## What's working well

- Leanne called the police herself on 13/02/2026 and asked Connor to leave, and he has not come back to the flat.
- Archie is a contented baby who feeds well; his weight has stayed on the 50th centile since birth.
- Pauline lives five minutes' walk away and has had the children every weekend since February.
- Connor says he wants to stop the cocaine and has booked his own first appointment at the drug service.

## What we are worried about

- Connor has used cocaine most weekends for two years and the police have been called to the flat three times.
- Leanne has let Connor back before, in November 2025, after saying he had left.
- Poppy says very few words for her age and wets herself when there is shouting.

## Poppy's Three Houses and Archie's day

Poppy drew her Three Houses with Holly at nursery on 25/02/2026. In her **house of worries** she drew "Daddy's
shouting" and "the mug". In her **house of good things** she put "Nana's dog", "Archie laughing" and "Mummy's
pancakes". In her **house of dreams** she said "Daddy nice and not shouting, and he can come to the park".

Archie was seen at home on 19/02/2026 and 26/02/2026. He smiled and babbled at Leanne, reached for Poppy when she
came into the room, and fed well from his bottle. When the door buzzer went he startled and cried, and settled
only when Leanne held him close.

## Next steps

| Step | What needs to happen | Who | When |
|---|---|---|---|
| 1 | Visit Poppy and Archie at home, at least one visit in three unannounced, and see Poppy on her own at nursery | Holly Grainger (SW) | Weekly until the review conference |
| 2 | Safety planning sessions with Leanne about Connor and how she will keep the children safe if he comes round | Tamsin Rowe, IDVA, Tammerfold Domestic Abuse Service | Four sessions by 03/04/2026 |
| 3 | Key-work with Connor on his cocaine use, with a drug test each month, and a written report on whether he is making the changes Poppy and Archie need | Rob Feeney, recovery worker, Tammerfold Drug and Alcohol Service | Weekly from 09/03/2026; report before each core group |
| 4 | Go to the Tammerfold Respect Group programme for men who have been abusive to a partner | Connor Baxter (Dad) | As soon as possible |
| 5 | Supervise Connor's time with Poppy and Archie at her house, and end it if he seems to have taken anything | Pauline Reeve (maternal grandmother) | Every Saturday, 10am to 12 noon |
| 6 | Weigh Archie and check his development and his feeding | Sam Okoro, health visitor | Every two weeks at Tammerfold Health Centre |
| 7 | Check Poppy's attendance and how she arrives, and phone Holly the same day if she is absent or upset | Gemma Price, manager, Bramble Tots Nursery | Every session (Monday to Wednesday mornings) |
| 8 | Help Leanne with shopping, lifts to Archie's appointments and babysitting | Family network | Weekly |
| 9 | Refer Poppy to the speech and language therapy service | Sam Okoro, health visitor | By 20/03/2026 |

### Later on

- 10. **Leanne** will go to the Tammerfold Women's Recovery Group course, to understand how the abuse has
  affected her and the children.
- 11. **Holly** will do Poppy's Three Houses with her again before the review conference and bring the new
  drawings, and what Poppy said about each house, to the review.

## What the review will look at

For **step 1**, Holly's visit records will show both children seen every week and Poppy seen on her own, with her
words written down. For **step 2**, the review will look at how well Leanne is engaging with Tamsin. For **step 3**,
Rob's written report will be on file before each core group, and Connor's monthly tests will be negative for
cocaine. For **step 4**, the programme's attendance letter after every fourth session will show Connor at each
one. For **step 5**, Pauline will write in the contact book after each Saturday, and Holly will read it at her
visits; every visit should be logged, with no time missed.

For **step 6**, Archie's weight will be plotted in his red book at each weigh and should stay on the 50th centile.
For **step 7**, the nursery will e-mail Holly Poppy's attendance every Friday, and it should be 90% or more. For
**step 8**, whoever helps will write it on the calendar in Leanne's kitchen, which Holly will look at when she
visits. For **step 10**, the group leader's letter at the end of the course will be on file, with Leanne's
attendance. Step 11 will be seen in Poppy's new drawings at the review.

## If things go wrong

- If Connor comes to the flat, Leanne lets him in, or the police are called to an argument: Leanne will call 999,
  Poppy and Archie will go to Pauline's house at 2 Elm Row that night, and Holly will hold a strategy discussion
  with Tammerfold Police the same day.
- If Connor has a test positive for cocaine: his Saturday time stops until the next core group.
- If Connor comes to the flat again, or Archie's weight falls below the 25th centile, Holly will ask Andrew
  Vasquez for a legal planning meeting within 5 working days.

## Meetings

- Core group every four weeks, Mondays at 1pm, Tammerfold Children's Centre: 16/03/2026, 13/04/2026 and
  11/05/2026.
- Review child protection conference: Monday 01/06/2026, 10am, Tammerfold Council Offices.
""",
    "findings": [
        F("F002", "Connor stops using cocaine and learns to control his temper."),
        F("M002", "Safety planning sessions with Leanne about Connor"),
        F("M001", "Refer Poppy to the speech and language therapy service"),
        F("T002", "Go to the Tammerfold Respect Group programme for men"),
        F("W002", "Help Leanne with shopping, lifts to Archie's appointments"),
        F("T001", "will go to the Tammerfold Women's Recovery Group course"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Core group plan, neglect, mother with bipolar disorder, her partner
#    drinking, a 10-year-old and a 7-year-old, grandmother helping. Plain
#    text: numbered actions with WHO only, an eight-week timeline of action
#    references (X in the weeks each happens), then "Review criteria" keyed
#    by reference. Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b151_tuxmoor_core_group_week_timeline_review_criteria_drummond.txt",
    "split": "tune",
    "actions": 12,
    "template": "core-group-plan-plain-text-caps-headings-dashed-rules-details-why-childrens-words-outcomes-then-ref-action-who-lines-then-eight-week-timeline-grid-of-refs-x-marks-then-review-criteria-keyed-by-ref-contingency-meetings",
    "description": (
        "Core group plan for a 10-year-old and a 7-year-old in a neglected home, whose mother has "
        "bipolar disorder and whose mother's partner drinks; their grandmother has them twice a "
        "week. A plain-text plan: numbered actions with only WHO, then an eight-week timeline grid "
        "with an X in each week an action happens, then 'Review criteria' keyed by reference. Most "
        "actions are sound (visits, bedrooms, the family support worker, the alcohol service's "
        "report on change, school, the grandmother, the psychiatrist's view of change). Faults: the "
        "CPN only supports the mother and is judged by her feeling better, the school nurse's "
        "health check is 'monitored', the 'Core group' shares information, the dentist row has no "
        "week marked on the timeline, the review criteria leave out Kayla's sessions with her "
        "learning mentor, and the review conference date is to be confirmed."
    ),
    "text": """\
TUXMOOR BOROUGH COUNCIL - CHILDREN'S SERVICES - FAMILY SAFEGUARDING TEAM 3
CHILD PROTECTION PLAN - AS AGREED AT CORE GROUP 3, THURSDAY 05/03/2026
------------------------------------------------------------------------------

Children ....... Kayla Drummond (10), DOB 19/05/2015, Year 5, Moorside Primary
                 Jack Drummond (7), DOB 02/12/2018, Year 2, Moorside Primary
Address ........ 47 Gorse Lane, Tuxmoor TX8 5NA
Mother ......... Sharon Drummond (34)
Mother's partner Wayne Tate (38), lives at Gorse Lane
Grandmother .... Irene Drummond (maternal), 15 Bracken Walk, Tuxmoor
Category ....... Neglect (both children)
ICPC ........... Wednesday 07/01/2026, chair Martin Okoye (IRO)
Social worker .. Gemma Lord (team manager: Carol Whitely)

------------------------------------------------------------------------------
WHY THERE IS A PLAN
------------------------------------------------------------------------------
Sharon has bipolar disorder. Over Christmas she stopped her lithium, did not
sleep for several nights and spent the rent. The house was found by the police
on 27/12/2025 with no food, dog mess on the floors and Jack sleeping on a
mattress on the floor with no bedding. Wayne drinks most evenings and was asleep
on the sofa when the police came. Kayla had been giving Jack cereal for tea. Since
the initial conference Sharon has restarted her lithium, the kitchen has been
cleaned and there has been food in the house at every visit, but Jack still has
no bed and the children's bedrooms have not been cleared.

------------------------------------------------------------------------------
WHAT KAYLA AND JACK SAY
------------------------------------------------------------------------------
Kayla (seen on her own at school, 26/02/2026): "It's better because there's food
now. I still do Jack's breakfast when Mum's asleep. I want a proper bed for Jack
and for Wayne to stop the cans." She put home at 5 out of 10, up from 2 in
January.

Jack (seen at home, 02/03/2026) showed Gemma the mattress on his floor and said
"Nana's house has a real bed with a dinosaur cover". He said he likes it when
Mum "does the funny voices" at bedtime.

------------------------------------------------------------------------------
WHAT NEEDS TO BE DIFFERENT FOR KAYLA AND JACK
------------------------------------------------------------------------------
1. Kayla and Jack live in a clean home with food, each with a bed and clean
   bedding of their own.
2. Kayla and Jack are cared for by adults who are well and sober enough to get
   them up, fed and to school every day.
3. Kayla no longer makes Jack's meals or looks after her mum.
4. Jack's health needs, including his bedwetting, are checked and met.

------------------------------------------------------------------------------
ACTIONS
------------------------------------------------------------------------------
When each action happens is on the TIMELINE below; how we will know it is
working is under REVIEW CRITERIA, by the same reference.

A1   Visit Kayla and Jack at home, one visit in three unannounced, see each
     child on their own and look at their bedrooms
     WHO: Gemma Lord, SW

A2   Clear both children's bedrooms, get a bed for Jack, and put clean bedding
     on both beds
     WHO: Sharon Drummond (Mum) and Wayne Tate, with help from Dawn Pike (FSW)

A3   Sessions at home on the children's morning and bedtime routines: getting
     up, breakfast, bath and bed
     WHO: Dawn Pike, family support worker

A4   Home visits to Sharon to support her and remind her to take her lithium
     WHO: Neil Hardy, CPN, Tuxmoor Community Mental Health Team

A5   Key-work with Wayne about his drinking, with a breath test each session,
     and a written report on whether he is making the changes Kayla and Jack
     need and how long that is likely to take
     WHO: Pete Gale, recovery worker, Tuxmoor Alcohol Service

A6   Check Kayla's and Jack's attendance and whether they arrive hungry or in
     dirty uniform, and give them both a breakfast club place
     WHO: Mrs Janet Holt, DSL, Moorside Primary

A7   Have Kayla and Jack for tea on Wednesdays and Sundays, and wash their
     school uniforms
     WHO: Irene Drummond (maternal grandmother)

A8   Health check for Jack, including his bedwetting, and refer him on if
     needed
     WHO: Lucy Finch, school nurse, Tuxmoor Community Health

A9   Share information and any worries about the children with the SW
     WHO: Core group

A10  Register Kayla and Jack with a dentist
     WHO: Sharon Drummond (Mum)

A11  Review Sharon's lithium and give a written view of her relapse signs and
     whether she can make the changes Kayla and Jack need, with the likely
     timescale
     WHO: Dr Farid Aziz, consultant psychiatrist, Tuxmoor Community Mental
          Health Team

A12  Sessions with Kayla about her worries at home and the jobs she does for
     Jack and her mum
     WHO: Mr Sam Bright, learning mentor, Moorside Primary

------------------------------------------------------------------------------
TIMELINE - X = the action happens that week (weeks start on a Monday)
------------------------------------------------------------------------------
        Wk1    Wk2    Wk3    Wk4    Wk5    Wk6    Wk7    Wk8
        09/03  16/03  23/03  30/03  06/04  13/04  20/04  27/04
A1      X      X      X      X      X      X      X      X
A2      X      X      .      .      .      .      .      .
A3      X      X      X      X      X      X      X      X
A4      .      X      .      X      .      X      .      X
A5      X      X      X      X      X      X      X      X
A6      X      X      X      X      X      X      X      X
A7      X      X      X      X      X      X      X      X
A8      .      .      X      .      .      .      .      .
A9      X      X      X      X      X      X      X      X
A10     .      .      .      .      .      .      .      .
A11     .      .      .      X      .      .      .      .
A12     X      .      X      .      X      .      X      .

The timeline runs to core group 5 on 30/04/2026, when it will be redrawn.
Pete's report (A5) is due two working days before each core group.

------------------------------------------------------------------------------
REVIEW CRITERIA (by reference)
------------------------------------------------------------------------------
A1   Visit records show both children seen on their own every week, their words
     written down, and the state of their bedrooms noted.
A2   At the SW's visit in week 3 Jack has a bed, and both beds have clean
     bedding; photos on file.
A3   Dawn's session notes, and the routine chart on the kitchen wall, show the
     children up, fed and at school by 8.50am on school days.
A4   Sharon feels better in herself.
A5   Pete's written report is on the case file before each core group, and the
     breath tests are negative at every session from week 4.
A6   The school e-mails the attendance to the SW every Friday (95% or more),
     and the breakfast club register shows both children there.
A7   Irene writes the tea days in her diary, which the SW sees at each visit,
     and the uniforms are clean at the school's checks.
A8   Monitored by school nurse.
A9   Each worry is logged on the children's file on the day it is shared.
A10  The dentist's registration letters are seen by the SW.
A11  Dr Aziz's letter is on file and shared at core group 4 (02/04/2026).

------------------------------------------------------------------------------
CONTINGENCY
------------------------------------------------------------------------------
If Sharon stops her lithium or shows her warning signs (not sleeping for two
nights, spending money she does not have, talking very fast), or Wayne is drunk
while he is looking after the children: Kayla and Jack go to Irene's at 15
Bracken Walk that night, the crisis team is asked to see Sharon the same day,
and Gemma holds a strategy discussion within one working day.
If Irene cannot have the children, Sharon's cousin Lisa Grant will; if neither
can, Gemma arranges a foster placement for both children together that day.
If Sharon is admitted to hospital, or the house is found as it was in December
at two visits in a row, Gemma will ask Carol Whitely for a legal planning
meeting within 5 working days.

------------------------------------------------------------------------------
MEETINGS
------------------------------------------------------------------------------
Core group ..... every four weeks, Thursdays 3.30pm, Moorside Primary:
                 02/04/2026 and 30/04/2026
Review CPC ..... date to be confirmed by the conference team
------------------------------------------------------------------------------
""",
    "findings": [
        F("H001", "Home visits to Sharon to support her and remind her"),
        F("M002", "Home visits to Sharon to support her and remind her"),
        F("M002", "Health check for Jack, including his bedwetting"),
        F("W002", "Share information and any worries about the children"),
        F("T001", "Register Kayla and Jack with a dentist"),
        F("M001", "Sessions with Kayla about her worries at home"),
        F("R001"),
    ],
})
