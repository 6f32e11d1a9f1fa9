"""Batch 42, module 1: seven fictional plans (tuning material), places beginning with "h".

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.

Focus: outcome-led plans. Outcomes in the family's or the child's own words
("What we want", "Our goal", "What needs to be different"), merged down
several rows of an action table; RAG and "progress since last meeting"
columns; measures written as "How will we know" or "What good looks like";
multi-level 1 / 1.1 / a) outlines with actions under theme headings; owner
and date sharing one cell; two-column Action | Comments tables with the owner
and the date written into the comment. Three of the seven are exemplary.
"""
from build_batch5 import F, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Review conference plan, landscape: "What we want (in our own words)"
#    merged down the rows, "Who and by when" in one cell, "What good looks
#    like", "Progress since last meeting" and RAG columns (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b42_hindlewick_rcpc_family_words_merged_rag_mensahward.docx",
    "doc_title": "Review Child Protection Plan - Tiana and Kofi Mensah-Ward",
    "split": "tune",
    "landscape": True,
    "check_vmerge": 4,
    "header": "OFFICIAL – SENSITIVE · Hindlewick MBC Children and Families",
    "template": "rcpc-review-plan-docx-landscape-where-things-are-now-then-what-we-want-in-our-own-words-merged-column-what-will-happen-who-and-by-when-one-cell-what-good-looks-like-progress-since-last-meeting-rag",
    "description": (
        "First review conference plan for a 7-year-old and a 2-year-old (neglect; mother's depression "
        "and anxiety, father's cannabis use). Landscape table: the family's and Tiana's own words merged "
        "down the rows, then action, one 'Who and by when' cell, 'What good looks like', progress since "
        "the last meeting and RAG. The drug service reports and the contingency covers the aunt, but one "
        "row is owned by 'Family network', one has only a date, one only a GP, a nursery place waits "
        "'when a place becomes available', breakfast club has no measure, play sessions measure "
        "'Improvement', the CPN only supports (measured by engagement), and one outcome is Mum's alone."
    ),
    "blocks": [
        ("title", "Review Child Protection Plan"),
        ("p", "Hindlewick Metropolitan Borough Council – Children and Families Service – Locality Team West"),
        ("kv", [
            ("Children", "Tiana Mensah-Ward, 7 (Year 2, St Bede's C of E Primary); "
                         "Kofi Mensah-Ward, 2 years 3 months (at home)"),
            ("Parents", "Nadia Mensah (mum) and Jerome Ward (dad), 17 Calder Rise, Hindlewick"),
            ("Plan since", "Initial child protection conference, 06/02/2025 – category: neglect"),
            ("This review", "First review child protection conference, 01/05/2025, chaired by Pauline Haig (IRO)"),
            ("Decision", "Both children remain subject to a child protection plan (neglect)"),
            ("Social worker", "Efua Boateng, Locality Team West (team manager Simon Rudd)"),
        ]),
        ("h1", "Where things are now"),
        ("p", "In the autumn term Tiana was late 31 times and often came in without breakfast. Kofi had missed "
              "his one-year and two-year health reviews and was saying only a handful of words. Nadia has had "
              "depression and anxiety since 2023 and stopped her medication in December; she told the "
              "conference in February that most mornings she \"couldn't face getting out of bed\". Jerome was "
              "smoking cannabis every day in the flat, and the smell was noted on four visits."),
        ("p", "Since February Nadia has restarted sertraline and has seen the community mental health team. "
              "Jerome has been to every appointment at the drug service and three of his four screens have been "
              "clear. Tiana has been on time on 92% of days since half term. Conference agreed that things are "
              "moving in the right direction but that the mornings, Kofi's speech and Nadia's health are still "
              "fragile, so the plan continues."),
        ("h1", "Tiana in her own words"),
        ("p", "Seen on her own at school on 24/04/2025: \"Mummy gets up more now. Sometimes Auntie Grace takes "
              "me to school and we go past the ducks.\" She said the best thing at home is \"when Daddy does "
              "pancakes on Saturday\" and the worst is \"when the flat smells funny and Daddy's all sleepy\". "
              "She still makes Kofi's toast some mornings \"because he cries\"."),
        ("h1", "Kofi's day"),
        ("p", "Kofi is a busy, smiley little boy who brings his toy bus to visitors. He points and uses about ten "
              "words (\"bus\", \"Tee\" for Tiana, \"more\"). On visits he was dressed and fed, and he went to "
              "Nadia for a cuddle when he bumped his head. He spends most of the day in the flat; he has not yet "
              "been to any group with other children."),
        ("h1", "Our plan"),
        ("p", "The first column is what the family told us they want, in their own words. \"Progress\" is what "
              "has happened since the core group on 10/04/2025. RAG: Green – on track; Amber – started but not "
              "there yet; Red – not started or off track."),
        ("table", {
            "header": ["What we want (in our own words)", "What will happen", "Who and by when",
                       "What good looks like", "Progress since last meeting", "RAG"],
            "widths": [4.6, 6.0, 3.8, 5.0, 4.3, 2.0],
            "rows": [
                ["Tiana: \"I want Mummy to be up in the morning and make my breakfast, and I want to get to "
                 "school before the bell goes.\"",
                 "Visit before 8.30am once a month to see the morning routine, and see Tiana on her own at "
                 "every visit",
                 "Efua Boateng (SW) – every 2 weeks",
                 "Visit notes say what Tiana ate, what time she left for school and what she told the SW",
                 "5 visits since February, 2 of them early; Tiana seen alone each time",
                 "Green"],
                [V,
                 "Walk Tiana to school on Mondays and Wednesdays while Nadia has her early appointments",
                 "Family network – Mondays and Wednesdays",
                 "St Bede's register shows Tiana in by 8.50am on those days",
                 "Auntie Grace has done most weeks; missed twice in April",
                 "Amber"],
                [V,
                 "Offer Tiana a place at breakfast club every morning and check she has eaten",
                 "Mrs Orla Keane (DSL) – every school day",
                 "",
                 "Tiana has been most days and says she likes the toast",
                 "Green"],
                [V,
                 "Refer Tiana to Hindlewick Young Carers for an assessment of what she does at home",
                 "– by 13/06/2025",
                 "Assessment letter sent to the family and the SW, with Tiana's own list of jobs she no longer "
                 "has to do",
                 "Not started",
                 "Red"],
                ["Nadia: \"I want Kofi to be chatting away and playing with other kids before he starts nursery "
                 "properly.\"",
                 "Complete Kofi's overdue 2-year review, with an ASQ-3 and a hearing check",
                 "Layla Pearce (HV) – by 30/05/2025",
                 "ASQ-3 scores and weight in the red book and sent to the SW; speech and language referral made "
                 "if he scores below the cut-off",
                 "Booked for 20/05/2025",
                 "Amber"],
                [V,
                 "Take up Kofi's funded two-year-old place at Little Acorns, three mornings a week",
                 "Nadia, with Hollie Dunn (FSW) – when a place becomes available",
                 "Little Acorns register shows Kofi at 3 sessions every week",
                 "On the waiting list",
                 "Amber"],
                [V,
                 "Play and talk sessions at home with Kofi and Nadia, using the Chatterbox pack",
                 "Hollie Dunn (FSW) – weekly for 8 weeks from 12/05/2025",
                 "Improvement in Kofi's speech",
                 "New",
                 "–"],
                ["Nadia: \"I want to feel like myself again, not anxious all day and crying all the time.\"",
                 "Appointments at home to support Nadia with her anxiety and low mood",
                 "Marcus Bell (CPN), Hindlewick CMHT – every 2 weeks",
                 "Nadia engages with her appointments",
                 "Seen 4 times",
                 "Green"],
                [V,
                 "Review Nadia's sertraline and how she is getting on with it",
                 "Dr Farah Sheikh (GP)",
                 "GP letter to the SW and the CPN after each review",
                 "Last reviewed 14/03/2025",
                 "Amber"],
                ["Tiana: \"I want Daddy not to smell funny and to take me to the park on Saturdays.\"",
                 "Drug key-work with Jerome, with a urine screen at each session and a written update on his "
                 "cannabis use and what it means for how he cares for Tiana and Kofi",
                 "Leon Carter, Hindlewick Drug and Alcohol Service – every 2 weeks; update before each core group",
                 "Screen results and the written update read out at every core group",
                 "3 of 4 screens clear",
                 "Amber"],
                [V,
                 "Keep cannabis out of the flat and the car, and never smoke when he is looking after the "
                 "children",
                 "Jerome Ward – from 01/05/2025",
                 "No smell of cannabis and none found at SW and HV visits, written on each visit record; screens "
                 "stay clear",
                 "Jerome says he now only smokes at a friend's",
                 "Amber"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Tiana arrives at school hungry or after 9am on three days in one week, if Nadia tells anyone she "
              "has thoughts of harming herself, or if Jerome is found under the influence of cannabis while he is "
              "looking after the children on his own, the SW (or the Emergency Duty Team out of hours) will visit "
              "the same day and hold a strategy discussion. Tiana and Kofi will stay with their aunt, Grace "
              "Mensah, at 4 Oakley Court while this happens; if Grace cannot have them, they will stay together "
              "with approved foster carers that night."),
        ("p", "If Grace or anyone else in the family cannot do the Monday or Wednesday school run, Nadia will ring "
              "Hollie Dunn by 7.30am and Hollie will walk Tiana to school that morning."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every 6 weeks at St Bede's, 3.30pm: 12/06/2025, 24/07/2025 and 04/09/2025.",
            "Second review child protection conference: 30/10/2025, 10am, Hindlewick Town Hall.",
            "If Tiana is still late or hungry most weeks, or Jerome's screens show daily cannabis use again, by "
            "the core group on 24/07/2025, the SW will ask the team manager for a legal planning meeting to "
            "decide whether to start the Public Law Outline.",
        ]),
        ("p", "Plan typed by Efua Boateng, SW, 02/05/2025, and sent to the family and everyone at conference."),
    ],
    "findings": [
        F("W002", "Walk Tiana to school on Mondays and Wednesdays"),
        F("M001", "Offer Tiana a place at breakfast club every morning"),
        F("W001", "Refer Tiana to Hindlewick Young Carers for an assessment"),
        F("T002", "Take up Kofi's funded two-year-old place at Little Acorns"),
        F("M002", "Play and talk sessions at home with Kofi and Nadia"),
        F("H001", "support Nadia with her anxiety and low mood"),
        F("M002", "support Nadia with her anxiety and low mood"),
        F("T001", "Review Nadia's sertraline and how she is getting on"),
        F("F002", "I want to feel like myself again, not anxious all day"),
    ],
})


# ---------------------------------------------------------------------------
# 2. Initial plan, paged: one "Our goal for ..." line per child, then a
#    two-column Action | Comments table per child and one for both, with
#    owner, date and measure written into the comment (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b42_huxtonbury_icpc_our_goal_action_comments_sutcliffe.pdf",
    "doc_title": "Initial Child Protection Plan - Kieran Sutcliffe and Maisie Pybus",
    "split": "tune",
    "header": "OFFICIAL-SENSITIVE | Huxtonbury City Council | Children's Social Care",
    "footer": "Kieran and Maisie – Initial Child Protection Plan – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "template": "icpc-plan-paged-our-goal-for-each-child-in-family-words-line-then-per-child-two-column-action-comments-tables-and-a-both-children-table-owner-date-measure-in-comment-prose-separate-escalation-section",
    "description": (
        "Initial plan for an 11-year-old and a 3-year-old (domestic abuse by the younger child's father, "
        "mother's drinking and low mood). An 'Our goal for ...' line in the family's words over each "
        "child's two-column Action | Comments table, then a table for both children. Comments carry the "
        "owner, the date and how we'll know. Faults: the learning mentor's sessions have no measure, the "
        "Heroes group is 'as soon as possible', the HV will 'keep an eye on' Maisie, reading is left to "
        "'Family' 'as and when', talking therapies only support Mum (measured by her feeling more in "
        "control), the Freedom Programme referral has no agent, the father's programme waits until he is "
        "ready, and the contingency is 'further concerns' and a core group review; legal planning is in a "
        "separate escalation section."
    ),
    "blocks": [
        ("title", "Initial Child Protection Plan"),
        ("kv", [
            ("Children", "Kieran Sutcliffe, 11 (Year 6, Moorgate Primary); Maisie Pybus, 3 (Bluebells Pre-school)"),
            ("Address", "9 Larch Walk, Huxtonbury"),
            ("Mother", "Danielle Sutcliffe"),
            ("Maisie's father", "Craig Pybus – on police bail not to contact Danielle or go to Larch Walk"),
            ("Kieran's father", "Paul Sutcliffe, lives in Brinsworth and rings Kieran on Sundays"),
            ("Conference", "Initial child protection conference, 18/06/2025, Huxtonbury Civic Centre"),
            ("Category", "Emotional abuse (both children)"),
            ("Social worker", "Ollie Frankland, Assessment and Intervention Team 3"),
            ("Chair", "Rehana Mir, Child Protection Chair"),
        ]),
        ("h1", "Why there is a plan"),
        ("p", "Police have been called to Larch Walk four times since January. On 31 May Craig pushed Danielle "
              "against the kitchen door while she was holding Maisie, and Kieran rang 999 from his bedroom. "
              "Craig was arrested and is on bail. Danielle told conference she drinks three or four cans most "
              "evenings \"to get to sleep\", and on two of the police call-outs officers recorded that she was "
              "drunk. She has been low and anxious since the spring and says she feels \"on edge all the "
              "time\". Danielle has been open with the SW and wants the children to feel safe at home."),
        ("h1", "What Kieran and Maisie have told us"),
        ("p", "Kieran (seen on his own at school, 12/06/2025): \"I listen out at night in case they start. When "
              "it kicks off I go in Maisie's room and put my headphones on her.\" He would like his friends to "
              "come round again \"like before Craig\" and wants to go to the Year 6 leavers' trip. He said his "
              "mum is \"nicer when she hasn't had cans\"."),
        ("p", "Maisie is not yet able to say much about home. At pre-school she has started hiding under the "
              "table when other children shout, and she wet herself twice in the week after 31 May. At home "
              "she followed Kieran everywhere and went to him, not Danielle, when she was upset."),
        ("h1", "Kieran's plan"),
        ("p", "Our goal for Kieran (Kieran and his mum chose the words): \"Kieran can sleep at night without "
              "listening out for shouting, and he has his mates round again.\""),
        ("table", {
            "header": ["Action", "Comments"],
            "widths": [7.0, 10.0],
            "rows": [
                ["Home visits to see Kieran on his own, at home and at school",
                 "Ollie Frankland (SW), every 2 weeks, at least one visit a month unannounced. Ollie will write "
                 "down what Kieran says in his own words and read it out at each core group."],
                ["Weekly worry sessions for Kieran with the school learning mentor",
                 "Mr Dale Firth, learning mentor, Moorgate Primary – every Thursday afternoon from 26/06/2025. "
                 "Kieran chose Mr Firth himself and gets on well with him."],
                ["Place for Kieran on the Heroes group for children who have lived with domestic abuse",
                 "Aisha Lamb, children's worker, Huxtonbury Women's Aid. As soon as possible. Aisha will send the "
                 "attendance register and her end-of-group summary to Ollie."],
                ["Help Kieran to make his own safety card for his school bag: who to ring and where to go",
                 "Ollie Frankland (SW), with Kieran, by 04/07/2025. Done when Kieran can tell Ollie the three "
                 "things on his card and a copy is on his file."],
            ],
        }),
        ("h1", "Maisie's plan"),
        ("p", "Our goal for Maisie (in Danielle's words): \"Maisie is happy and chatty again, and she never "
              "sees anyone get hurt.\""),
        ("table", {
            "header": ["Action", "Comments"],
            "widths": [7.0, 10.0],
            "rows": [
                ["Check Maisie's development and book her overdue 3-year review",
                 "Sunita Rao (HV), by 18/07/2025. Keep an eye on her weight and speech."],
                ["Share books with Maisie and talk about the pictures, to help her speech",
                 "Family. As and when. The Bluebells keyworker will write each new word Maisie uses in her "
                 "learning journal."],
                ["Keywork at Bluebells: note how Maisie arrives, how she plays and anything she says about home",
                 "Bluebells Pre-school (keyworker Tara Nunn), every session Maisie attends. Notes emailed to "
                 "Ollie each Friday; any worry phoned through the same day."],
            ],
        }),
        ("h1", "For both children"),
        ("table", {
            "header": ["Action", "Comments"],
            "widths": [7.0, 10.0],
            "rows": [
                ["Alcohol assessment for Danielle, breath tests, and an update on whether her drinking is "
                 "affecting Kieran and Maisie",
                 "Rob Stanier, Huxtonbury Recovery Service. First appointment by 27/06/2025, then every week. Rob "
                 "will send the breath test results and a written update to Ollie before each core group."],
                ["Support for Danielle with her low mood and anxiety after what has happened",
                 "Huxtonbury Minds Matter (talking therapies), six sessions from 23/06/2025. Success will be "
                 "Danielle feeling more in control."],
                ["A referral to be made to the Freedom Programme for Danielle",
                 "By 04/07/2025. Freedom Programme attendance certificate to be copied to the SW."],
                ["Craig to go on the Step Up programme for men who have been abusive to a partner",
                 "Craig Pybus. He has told Ollie he will start when he is ready. The facilitator will send the "
                 "attendance register to Ollie each month."],
                ["Go through the DASH risk checklist with Danielle and agree a safety plan for her, Kieran and "
                 "Maisie",
                 "Jo Kershaw, IDVA, Huxtonbury DA Service – by 27/06/2025 and again within 2 days of any "
                 "incident. Updated safety plan and DASH score sent to Ollie; copies of the plan given to school "
                 "and pre-school."],
                ["Tell the SW about any police call-out to Larch Walk or any sighting of Craig there",
                 "PC Hannah Voss, Huxtonbury Police Domestic Abuse Unit. Same day, by phone then email. Each one "
                 "logged on the children's file with what was done."],
            ],
        }),
        ("h1", "Contingency"),
        ("p", "If there are any further concerns about the children's safety, the core group will meet to look "
              "at the plan again and decide what else is needed."),
        ("h1", "Core group and review"),
        ("p", "Core group every 4 weeks at Moorgate Primary, 9.30am: 02/07/2025, 30/07/2025 and 27/08/2025. "
              "Review child protection conference: 17/09/2025, 2pm, Huxtonbury Civic Centre."),
        ("h1", "Escalation"),
        ("p", "If Craig breaches his bail, Danielle is found drunk while she is looking after Maisie, or the "
              "police are called to Larch Walk again before the review conference, the team manager will hold a "
              "legal planning meeting within 5 working days."),
        ("p", "Plan agreed at conference on 18/06/2025. Copies to Danielle, Craig (his part only), Paul, and "
              "everyone invited to conference."),
    ],
    "findings": [
        F("M001", "Weekly worry sessions for Kieran with the school learning mentor"),
        F("T002", "Place for Kieran on the Heroes group for children"),
        F("M002", "Check Maisie's development and book her overdue 3-year review"),
        F("W002", "Share books with Maisie and talk about the pictures"),
        F("T002", "Share books with Maisie and talk about the pictures"),
        F("H001", "Support for Danielle with her low mood and anxiety"),
        F("M002", "Support for Danielle with her low mood and anxiety"),
        F("W001", "A referral to be made to the Freedom Programme"),
        F("T002", "Craig to go on the Step Up programme"),
        F("C002"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Initial plan as one real Word multi-level list: "1" themes, "1.1"
#    sub-themes, "a)" actions, each with "how will we know". Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b42_hallowgarth_icpc_word_outline_themes_greaves.docx",
    "doc_title": "Child Protection Plan - Rosie and Alfie Greaves",
    "split": "tune",
    "template": "icpc-plan-docx-what-needs-to-be-different-bullets-then-real-word-multilevel-list-1-theme-1-1-subtheme-a-action-sentences-owner-when-and-how-will-we-know-clause",
    "description": (
        "Exemplary initial plan for an 11-week-old baby and a 3-year-old whose mother has bipolar "
        "disorder and relapsed after the birth. 'What needs to be different' bullets, then the plan as "
        "one Word multi-level list: themes (1), sub-themes (1.1) and lettered actions (a), each naming "
        "who, when and 'how will we know'. The perinatal psychiatrist reports on capacity and likely "
        "timescale, the CPN reports on change, the grandmother's night cover has a fallback, dates and "
        "a legal step are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Hallowgarth Council · Children's Services · Initial child protection conference, 12 June 2025"),
        ("kv", [
            ("Children", "Rosie Greaves, born 27/03/2025 (11 weeks); Alfie Greaves, 3, Little Wrens Nursery"),
            ("Parents", "Hannah Greaves and Luke Greaves, 6 Weaver's Yard, Hallowgarth"),
            ("Family network", "Carol Dixon (maternal grandmother), Amy Greaves (Luke's sister)"),
            ("Category", "Neglect"),
            ("Social worker", "Nina Patel"),
            ("Conference chair", "Graham Ostler"),
        ]),
        ("h1", "What has happened"),
        ("p", "Hannah has bipolar disorder. She stopped her lithium when she found out she was pregnant and "
              "became unwell about six weeks after Rosie was born. On 9 May police found her walking along the "
              "ring road at 3am with Rosie in the pram in the rain, while Luke was on a night shift and Alfie "
              "was asleep at home on his own. Hannah spent nine days on the mother and baby unit and was "
              "discharged on lithium. She is now well and says she is \"frightened of it happening again\". "
              "Luke and Carol have done most of Rosie's care since."),
        ("h1", "What Alfie says and how Rosie is"),
        ("p", "Alfie (seen at nursery, 5 June): \"Mummy was poorly and went to the baby hospital. Nana Carol "
              "sleeps at our house now.\" He likes \"doing bath\" with his dad and showed the SW Rosie's cot "
              "\"so she doesn't fall out\". He said he woke up in the night \"and nobody was there\" and he was "
              "scared."),
        ("p", "Rosie is feeding well and is on the 50th centile. The HV and SW have seen her settle on Luke's "
              "chest and follow Hannah's face. She sleeps in a Moses basket in her parents' room and was on "
              "her back on every visit."),
        ("h1", "What needs to be different for Rosie and Alfie"),
        ("bullets", [
            "Rosie and Alfie are never left without an adult who is well enough to look after them, day or night.",
            "Rosie keeps growing along her centile, sleeps safely and has her immunisations on time.",
            "Alfie goes to nursery three days a week and tells us he feels safe at home at night.",
        ]),
        ("h1", "The plan"),
        ("p", "The plan is set out in three themes. Every lettered action says who will do it, when, and how we "
              "will know it is working."),
        ("mlist", [
            (0, "Rosie's care, day and night"),
            (1, "Sleep and feeding"),
            (2, "Luke will do Rosie's 10pm and 2am feeds and put her down on her back in her Moses basket every "
                "night he is at home, and fill in the feed chart; how will we know: the chart is on the fridge and "
                "the HV and SW look at it on every visit."),
            (2, "Carol Dixon will stay overnight at Weaver's Yard on the nights Luke works (Monday and Friday) and "
                "do Rosie's night feeds; how will we know: Carol signs the feed chart on those nights and the SW "
                "checks it at each visit."),
            (2, "Jenny Marsh (HV) will visit every week until Rosie is 6 months old, weigh her every 2 weeks and "
                "look at where she sleeps; how will we know: weights in the red book stay on or above the 25th "
                "centile and each visit note records Rosie's sleep space."),
            (1, "Health"),
            (2, "Hannah and Luke will take Rosie for her 12- and 16-week immunisations at Hallowgarth Medical "
                "Centre by 31 July 2025; how will we know: the practice confirms both in writing to the SW and "
                "they are in the red book."),
            (0, "Hannah's health and what it means for Rosie and Alfie"),
            (1, "Treatment and recovery"),
            (2, "Dr Imran Qureshi (perinatal psychiatrist) will see Hannah every 4 weeks and, by 18 July 2025, "
                "write a report on her capacity to care safely for Rosie and Alfie, the early signs that she is "
                "becoming unwell and how long her recovery is likely to take; how will we know: the report is "
                "shared at the core group on 24 July 2025."),
            (2, "Beth Carney (perinatal CPN) will visit Hannah every week, check her lithium and her sleep, and "
                "report to every core group on whether Hannah is making and keeping the changes Rosie and Alfie "
                "need; how will we know: her written update is read at each core group."),
            (2, "Hannah and Luke will write a relapse plan with Beth by 4 July 2025, saying what Hannah's early "
                "warning signs are and who looks after Rosie and Alfie if they appear; how will we know: a "
                "signed copy is on the kitchen wall and on the SW's file."),
            (1, "Medication"),
            (2, "Dr Ruth Alder (GP) will prescribe Hannah's lithium a week at a time and arrange a lithium blood "
                "test every 4 weeks, telling Beth and the SW the same day if a prescription is not collected or "
                "a test is missed; how will we know: the pharmacy collection record and the blood results on "
                "Beth's file, with levels in the therapeutic range."),
            (0, "Alfie"),
            (1, "Nursery"),
            (2, "Carol Dixon will take Alfie to Little Wrens Nursery on Tuesdays, Wednesdays and Thursdays; how "
                "will we know: the nursery register shows him in by 9.15am on those days."),
            (2, "Mrs Ana Costa, Alfie's keyworker, will write down at every session how Alfie arrives and anything "
                "he says about home, and email it to the SW each Friday; how will we know: the weekly notes are "
                "on the SW's file."),
            (1, "Seeing Alfie and Rosie"),
            (2, "Nina Patel (SW) will visit every 2 weeks, at least one visit a month unannounced and one in the "
                "evening, see Alfie on his own and see Rosie awake; how will we know: visit records with Alfie's "
                "words and what was seen of Rosie's care."),
        ]),
        ("h1", "If things go wrong"),
        ("p", "If Hannah goes two nights running with less than four hours' sleep, misses her lithium or a blood "
              "test, or starts talking fast and about the \"messages\" she heard in May (her relapse signs in "
              "the relapse plan), Luke or Carol will ring the perinatal crisis line the same day and tell the SW "
              "(or the Emergency Duty Team out of hours). Hannah will not be left alone with Rosie or Alfie "
              "until she has been assessed, Luke will stay home from work, and the SW will hold a strategy "
              "discussion the same day."),
        ("p", "If Carol cannot stay on a night Luke is working, Luke will swap his shift or take leave. If neither "
              "of them can be there, Amy Greaves will stay instead, and if Amy cannot, the SW will arrange for "
              "Rosie and Alfie to stay together with approved foster carers that night. If Carol cannot do the "
              "nursery run, Luke will take Alfie on his way home, and the nursery will ring the SW if Alfie is "
              "not in by 10am."),
        ("h1", "How we will check the plan is working"),
        ("bullets", [
            "Core group every 4 weeks at Little Wrens Nursery, 1.30pm: 26 June, 24 July and 21 August 2025.",
            "Review child protection conference: 4 September 2025, 10am, Hallowgarth Civic Hall.",
            "If Hannah relapses and the relapse plan does not keep the children safe, or Dr Qureshi's report "
            "finds she is unlikely to be well enough to care for Rosie within Rosie's timescale, the SW will ask "
            "the team manager for a legal planning meeting within 5 working days.",
        ]),
        ("p", "Typed by Nina Patel, SW, 13/06/2025. Copies to Hannah and Luke, Carol Dixon, and all agencies at "
              "conference."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Core group review record, md: one "### Goal" heading per goal in a
#    child's or parent's words, each over its own table with a "Who – by
#    when" cell, "How will we know", "Since last core group" and RAG last
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b42_hemmerdale_core_group_goal_tables_rag_last_pickering.md",
    "split": "tune",
    "template": "core-group-review-record-md-since-last-time-paragraphs-then-goal-headings-in-childs-or-mums-words-each-over-table-what-we-agreed-who-dash-by-when-how-will-we-know-since-last-core-group-rag-last",
    "description": (
        "Third core group record for a 13-year-old and a 6-year-old (neglect, mother's alcohol "
        "dependence). Each goal, in Lacey's, Reuben's or Gemma's words, heads its own table with a "
        "shared 'Who – by when' cell, 'How will we know', a progress column and RAG last. Faults: the "
        "counsellor waits 'when Lacey feels ready', Wayne's bedtime row is 'Reviewed at core group', "
        "'All professionals – ongoing', the SW's visits have no timescale, the family support row has "
        "no measure, a referral has only a date, only Gemma herself owns anything about her drinking, "
        "and the review conference date is 'to be confirmed'."
    ),
    "text": """\
# Hemmerdale Council · Core group plan review

**Children:** Lacey Pickering (13, Year 8, Hemmerdale Academy) and Reuben Pickering (6, Year 1, Hemmerdale Primary)
**Living with:** Gemma Pickering (mum) and Wayne Ashworth (Reuben's dad, Lacey's stepdad), 31 Foundry Lane, Hemmerdale
**On a plan since:** initial child protection conference, 03/04/2025 (neglect)
**This meeting:** core group 3, 26/06/2025, Hemmerdale Family Hub
**Social worker:** Tom Reddy · **Notes by:** Anjali Shah, business support

Present: Gemma Pickering, Wayne Ashworth, Tom Reddy (SW), Kerry Bowes (family support worker), Mrs Paula Greer (school counsellor, Hemmerdale Academy), Mr Ian Sale (attendance officer, Hemmerdale Primary), Ruth Egan (Hemmerdale Young Carers). Apologies: school nurse.

## Since the last core group (22/05/2025)

Gemma is dependent on alcohol; she has drunk most days since her mum died in 2023 and told conference in April that she gets through "a bottle of vodka over two days". Her GP referred her to the Hemmerdale Recovery Hub in May and she went to her first group on 10 June. She says she now drinks "only after the kids are in bed".

On 6 June Lacey came home at 4pm with Reuben and could not wake Gemma, who was asleep on the settee. Lacey rang Wayne at work and he came home. There has been no repeat since. The kitchen has been cleared and both children have clean bedding. Reuben's attendance this half term is 88%.

## What Lacey and Reuben say

Lacey (seen on her own at school, 19/06/2025): "I'm basically Reuben's mum after school. I do his tea and check Mum's breathing. I want to go to netball club but I can't because of him." She said things are "a bit better since Mum started the group" and she likes that Wayne now does Reuben's bath.

Reuben (seen at home, 24/06/2025) drew his family with Mum "asleep on the sofa" and himself "watching Bluey". He said his favourite thing is "when Mummy walks me to school" and the worst is "when she won't wake up".

## The plan, goal by goal

*RAG: G on track · A started, not there yet · R not started or off track. "Since last core group" is what has happened since 22/05/2025.*

### Goal 1 – Lacey: "I want to be a normal 13-year-old, not Reuben's mum."

| What we agreed | Who – by when | How will we know | Since last core group | RAG |
|---|---|---|---|---|
| Young carers assessment for Lacey, with a plan for what she no longer has to do at home | Ruth Egan, Hemmerdale Young Carers – by 18/07/2025 | Assessment and Lacey's own plan sent to the SW and to Lacey | Referral accepted 12/06/2025 | A |
| Lacey to see the school counsellor about how things are at home | Mrs Paula Greer (school counsellor) – when Lacey feels ready | Counsellor tells the DSL how many sessions Lacey has been to | Lacey says "not yet" | R |
| Wayne to do Reuben's tea, bath and bedtime on weeknights so Lacey does not have to | Wayne Ashworth – every weeknight | Reviewed at core group | Most nights, not on his late shifts | A |
| Netball club place for Lacey on Tuesdays and Thursdays after school | Mrs Jan Cole, PE, Hemmerdale Academy – from 01/07/2025 | Club register shows Lacey at both sessions each week | Lacey has been once | A |

### Goal 2 – Reuben: "I want Mummy to be awake when I get home from school."

| What we agreed | Who – by when | How will we know | Since last core group | RAG |
|---|---|---|---|---|
| Take a breath test at 3pm every school day before Reuben gets home and send the photo to Wayne | Gemma Pickering – every school day by 3pm | Photo log on Wayne's phone, seen by the SW at every visit | Started 16/06/2025, every day so far | G |
| Go to the Recovery Hub group every week and have a breath test there | Gemma Pickering – every Tuesday | Attendance sheet from the Recovery Hub sent to the SW monthly | Been twice | A |
| Check how Gemma is at school pick-up and pass on any sign she has been drinking | All professionals – ongoing | Each sign written on the children's file with the date and what was done | None reported | G |
| Visit at home, see Lacey and Reuben on their own, and look in the fridge and the children's rooms | SW Tom Reddy | Visit notes record what each child says and what food is in the house | 3 visits since 22/05/2025 | G |

### Goal 3 – Gemma: "I want the kids clean, fed and in school every day, and the house to feel like a home again."

| What we agreed | Who – by when | How will we know | Since last core group | RAG |
|---|---|---|---|---|
| Help Gemma and Wayne set up a morning routine and a weekly shopping list | Kerry Bowes (family support worker) – weekly for 8 weeks from 30/06/2025 | | New | – |
| Referral to the school nursing team for Reuben's bedwetting and his weight | by 31/07/2025 | School nurse's letter to the SW and the GP | Not done | R |
| Ring home on the first morning Reuben is absent and tell the SW before midday | Mr Ian Sale, attendance officer – every school day | Reuben's attendance at 95% or above by the end of term (school register) | 88% this half term | A |

## What happens if things go wrong

If Gemma is found drunk or cannot be woken while she is alone with Reuben, or Lacey rings anyone because she cannot wake her mum, whoever is told will ring Tom Reddy (or the Emergency Duty Team out of hours) straight away. Tom or the duty worker will visit that day and hold a strategy discussion. Lacey and Reuben will stay at home with Wayne if he is there and sober; if he is not, they will stay together with approved foster carers that night.

If Gemma has not stopped drinking in the daytime, or the children are still finding her asleep after school, by the core group on 21/08/2025, Tom will ask his team manager for a legal planning meeting.

## Next meetings

- Core group every 4 weeks, 10am, Hemmerdale Family Hub: 24/07/2025 and 21/08/2025.
- Review child protection conference: date to be confirmed by the conference team.
""",
    "findings": [
        F("T002", "Lacey to see the school counsellor about how things are at home"),
        F("M002", "Wayne to do Reuben's tea, bath and bedtime on weeknights"),
        F("W002", "Check how Gemma is at school pick-up"),
        F("T002", "Check how Gemma is at school pick-up"),
        F("T001", "look in the fridge and the children's rooms"),
        F("M001", "set up a morning routine and a weekly shopping list"),
        F("W001", "Referral to the school nursing team for Reuben's bedwetting"),
        F("F004"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Plan saved from Word as plain text with a typed 1 / 1.1 / a) outline
#    under theme headings, and "Who / when" and "How will we know" lines
#    under each lettered action (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b42_hoddesby_typed_outline_who_when_lines_jankowski.txt",
    "split": "tune",
    "template": "icpc-plan-txt-saved-from-word-dash-ruled-caps-sections-our-goals-then-typed-1-theme-1-1-subtheme-a-action-with-indented-who-slash-when-one-line-and-how-will-we-know-line",
    "description": (
        "Initial plan for a 5-year-old and an 18-month-old (neglect; cold, damp, overcrowded flat; "
        "mother's anxiety and depression). Typed outline: themes (1), sub-themes (1.1), lettered actions "
        "with 'Who / when' (owner and date on one line) and 'How will we know'. Five of the nine actions "
        "are the mother's own health, housing and money with no link to the children; one goal is hers "
        "alone. The counsellor only supports, the coffee morning is 'as and when', the housing officer "
        "has no date, the benefits check is 'monitored', and reading is left to 'Family'."
    ),
    "text": """\
HODDESBY BOROUGH COUNCIL
Children's Social Care - Safeguarding and Family Support (South)

CHILD PROTECTION PLAN
Agreed at the initial child protection conference on 19/06/2025
-------------------------------------------------------------------------------

Children       Oliwia Jankowska, 5 (Reception, Mill Brook Primary)
               Filip Jankowski, 18 months (at home)
Parents        Katarzyna (Kasia) Jankowska and Tomasz Jankowski
Address        Flat 3, 22 Tanners Row, Hoddesby
Category       Neglect
Social worker  Adam Rhodes, Safeguarding Team South
Chair          Lorraine Fitch, Child Protection Chair
Interpreter    Polish interpreter at conference (Ewa Kaminska)

-------------------------------------------------------------------------------
WHY THERE IS A PLAN
-------------------------------------------------------------------------------
The family live in a one-bedroom flat with black mould in the bedroom and no
working heating since February. All four sleep in one room. Filip has been
taken to A&E three times since January with chest infections, twice after
the GP surgery had asked Kasia to bring him in and she had not. Oliwia has
been late or absent on 14 days this term and her teacher says she is often
tired and hungry. Kasia has had anxiety and depression since she came to the
UK in 2021. She is on sertraline from her GP and told conference she does
not go out "because I don't understand people and I am frightened". Tomasz
works twelve-hour shifts at a warehouse six days a week.

-------------------------------------------------------------------------------
WHAT OLIWIA AND FILIP TELL US
-------------------------------------------------------------------------------
Oliwia (seen at school with the interpreter, 16/06/2025): "It is cold in our
house and the wall is black. I sleep with Mama and Filip. I like school
because there is breakfast and Miss Hart reads stories." She said she would
like "a bed for me and a warm house".

Filip was seen at home by the HV and the SW. He was wearing a coat indoors
and had a runny nose and a cough on both visits. He walks and babbles, waves
to visitors and goes to Kasia when strangers come in. He has no toys of his
own in the flat apart from a ball.

-------------------------------------------------------------------------------
OUR GOALS
-------------------------------------------------------------------------------
 - Oliwia and Filip live in a warm, dry home and each has a bed of their own.
 - Filip's chest infections are treated quickly and he is seen by the GP
   whenever the surgery asks.
 - Oliwia gets to school on time every day, fed and rested.
 - Kasia feels less anxious and is able to cope day to day.

-------------------------------------------------------------------------------
THE PLAN
-------------------------------------------------------------------------------
The plan is set out under three themes. Each lettered action has its own
"Who / when" line (owner and date) and "How will we know" line.

1  KASIA'S HEALTH

1.1  Anxiety and low mood

  a) Weekly counselling sessions for Kasia at the Hoddesby Wellbeing Service,
     with a Polish interpreter
     Who / when:        Marta Lis (counsellor) - weekly, 6 sessions from 30/06/2025
     How will we know:  attendance record sent to the SW after each session

  b) GP review of Kasia's sertraline and her sleep
     Who / when:        Dr Owen Marsh (GP, Tanners Row Surgery) - by 11/07/2025
     How will we know:  GP letter to the SW after the review

1.2  Getting out and meeting people

  a) Kasia to join the Polish mums' coffee morning at the Family Hub
     Who / when:        Kasia - as and when she feels up to it
     How will we know:  Family Hub sign-in sheet

2  HOME AND MONEY

2.1  Housing

  a) Apply for a priority transfer to a bigger, dry home
     Who / when:        Rachel Ince (housing officer, Hoddesby Homes)
     How will we know:  banding letter copied to the SW

2.2  Money

  a) Benefits check and help with the energy debt
     Who / when:        Piotr Zielinski (Citizens Advice Hoddesby) - by 25/07/2025
     How will we know:  monitored by the SW

3  OLIWIA AND FILIP

3.1  Health and development

  a) Filip's 2-year review brought forward, with a check on his chest and
     where he sleeps
     Who / when:        Gosia Wrona (HV) - by 14/08/2025
     How will we know:  ASQ-3, weight and sleep space written in the red book
                        and sent to the SW and GP

  b) Two-year-old funded nursery place for Filip at Little Owls, 3 mornings
     Who / when:        Tomasz and Kasia, with Adam Rhodes (SW) - start by 01/09/2025
     How will we know:  Little Owls register shows Filip at 3 sessions a week

3.2  School and home

  a) Read with Oliwia at home and practise her phonics sounds
     Who / when:        Family - every evening
     How will we know:  reading record signed at least 3 times a week;
                        Miss Hart checks it on Fridays

  b) Home visits to see Oliwia and Filip, with Oliwia seen on her own
     Who / when:        Adam Rhodes (SW) - every 10 working days
     How will we know:  visit records with Oliwia's own words, the
                        temperature of the flat and what was seen of
                        Filip's care

-------------------------------------------------------------------------------
IF THINGS GO WRONG
-------------------------------------------------------------------------------
If Filip has a cough or a temperature and has not been taken to the GP
within 24 hours of the surgery asking to see him, if there is no heating or
no food in the flat at a visit, or if Kasia tells anyone she cannot cope or
has thoughts of harming herself, Adam Rhodes (or the out-of-hours team) will
visit the same day and hold a strategy discussion. Tomasz will take
emergency leave to look after the children; if he cannot, Oliwia and Filip
will stay together with approved foster carers that day.

-------------------------------------------------------------------------------
MEETINGS
-------------------------------------------------------------------------------
Core group every 4 weeks at Mill Brook Primary, 2pm: 10/07/2025,
07/08/2025 and 04/09/2025.
Review child protection conference: 18/09/2025, 10am, Hoddesby Civic Centre.
If Filip's health appointments are still being missed, or the children are
still found cold and hungry, by the core group on 07/08/2025, Adam Rhodes
will ask the team manager for a legal planning meeting.
""",
    "findings": [
        F("H001", "Weekly counselling sessions for Kasia at the Hoddesby Wellbeing Service"),
        F("T002", "Kasia to join the Polish mums' coffee morning"),
        F("T001", "Apply for a priority transfer to a bigger, dry home"),
        F("M002", "Benefits check and help with the energy debt"),
        F("W002", "Read with Oliwia at home and practise her phonics sounds"),
        F("F001"),
        F("F002", "Kasia feels less anxious and is able to cope day to day."),
    ],
})


# ---------------------------------------------------------------------------
# 6. Review plan, paged landscape: "Our goal" and "What good looks like"
#    both merged down the steps under them, then Step | Who and when |
#    Progress since last meeting | RAG. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b42_halsgrove_goal_and_good_looks_like_merged_lumsden.pdf",
    "doc_title": "Child Protection Plan (review) - Summer and Jack Lumsden",
    "split": "tune",
    "landscape": True,
    "check_vmerge": 6,
    "header": "Halsgrove Borough Council · Children's Services · OFFICIAL – SENSITIVE",
    "footer": "Summer and Jack Lumsden – plan updated at core group 03/07/2025 – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "template": "rcpc-plan-paged-landscape-our-goal-and-what-good-looks-like-both-merged-down-steps-then-step-who-and-when-one-cell-progress-since-last-meeting-rag",
    "description": (
        "Exemplary plan, updated at a core group, for an 8-year-old with type 1 diabetes whose insulin "
        "was being missed and her 12-year-old brother who had been doing her injections (medical "
        "neglect; mother's depression). Landscape table with 'Our goal' (the children's words) and "
        "'What good looks like' both merged down the steps under them, then step, a shared 'Who and "
        "when' cell, progress since last meeting and RAG. The CPN reports on change, grandad's weekend "
        "nights have a fallback, dates and a legal step are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan – updated at core group"),
        ("kv", [
            ("Children", "Summer Lumsden, 8 (Year 3, Copley Lane Primary) – type 1 diabetes since 2022; "
                         "Jack Lumsden, 12 (Year 7, Halsgrove High)"),
            ("Lives with", "Chloe Lumsden (mum), 48 Ashby Road, Halsgrove"),
            ("Family", "Terry Lumsden (grandad, Chloe's dad), lives on Ashby Road; Lisa Lumsden (aunt)"),
            ("Plan since", "Initial conference 10/04/2025; first review conference 26/06/2025 – plan continues "
                           "(neglect)"),
            ("Updated", "Core group 4, 03/07/2025 – progress column covers 05/06/2025 to 03/07/2025"),
            ("Social worker", "Precious Ndlovu"),
        ]),
        ("h1", "Why Summer and Jack have a plan"),
        ("p", "Summer was admitted to Halsgrove General twice this year with diabetic ketoacidosis, in January and "
              "March, after insulin doses were missed. She had missed four diabetes clinic appointments. Jack, "
              "aged 11 at the time, had been giving Summer most of her injections and checking her sugars at "
              "night, because Chloe has severe depression and was sleeping for much of the day. Since April "
              "Chloe has been seeing the mental health team, Terry has been staying at weekends, and school has "
              "taken over the lunchtime dose. Summer has had no admissions since March."),
        ("h1", "What Summer and Jack say"),
        ("p", "Summer (seen at home, 30/06/2025): \"I don't want to go in hospital again, the drip hurts. Mum "
              "does my pen now and I press the button.\" She is proud of her sticker chart for \"good numbers\" "
              "and wants to go back to gymnastics on Saturdays."),
        ("p", "Jack (seen on his own at school, 27/06/2025): \"I used to set an alarm for 3 o'clock to check her. "
              "I don't now, Grandad does the weekends.\" He said he still \"listens out\" for Summer at night. "
              "Asked what he wants, he said: \"I just want Mum to be Mum again, and to go to football "
              "without worrying.\""),
        ("h1", "Our plan"),
        ("p", "Each goal is in the children's own words. \"What good looks like\" is what we will see when the "
              "goal is met, and it is how every step under that goal will be checked. RAG: G on track, A some "
              "progress, R not started or off track."),
        ("table", {
            "header": ["Our goal", "What good looks like", "Step", "Who and when",
                       "Progress since last meeting", "RAG"],
            "widths": [3.8, 5.0, 6.0, 4.5, 4.4, 2.0],
            "rows": [
                ["Summer: \"I want my sugars to be good so I don't have to go in hospital again.\"",
                 "Every insulin dose and blood sugar reading is written in Summer's diabetes diary; the diabetes "
                 "nurse's meter download every 2 weeks shows no missed doses; no hospital admissions for high "
                 "sugars; HbA1c under 58 at the September clinic.",
                 "Give Summer her breakfast and tea-time insulin and write each dose and reading in her diary",
                 "Chloe Lumsden – every day, 7.45am and 5.30pm",
                 "Diary complete on 38 of 42 days; the 4 gaps were weekends when Terry gave the dose",
                 "A"],
                [V, V,
                 "Home visit to download Summer's meter and go through the diary with Chloe and Summer",
                 "Kate Ellery, paediatric diabetes nurse, Halsgrove General – every 2 weeks",
                 "2 visits; no missed doses on the download",
                 "G"],
                [V, V,
                 "Give Summer's lunchtime insulin at school and record it on her school care plan sheet",
                 "Mrs Dawn Pike, trained teaching assistant, Copley Lane Primary – every school day",
                 "Every dose given and signed for",
                 "G"],
                [V, V,
                 "Take Summer to her diabetes clinic and her dietitian appointment",
                 "Chloe, with Terry Lumsden driving – clinic 12/08/2025; dietitian 26/08/2025",
                 "May clinic attended; both appointments booked",
                 "G"],
                ["Jack: \"I want to stop doing Summer's injections and just be her brother.\"",
                 "Jack tells the SW and his young carers worker that he no longer does Summer's injections or "
                 "night checks; the diabetes diary shows every dose given by Chloe, Terry or school; Jack is at "
                 "football training every Tuesday.",
                 "Young carers assessment for Jack, and a place at the Wednesday young carers group",
                 "Liam Sturgess, Halsgrove Young Carers – assessment by 18/07/2025; group every Wednesday "
                 "from 09/07/2025",
                 "Referral accepted 20/06/2025",
                 "A"],
                [V, V,
                 "See Jack on his own at every visit and ask him what he has done for Summer that week",
                 "Precious Ndlovu (SW) – every 2 weeks",
                 "Seen alone twice; Jack said he has not done any injections",
                 "G"],
                [V, V,
                 "Stay over at Ashby Road on Friday and Saturday nights and do Summer's bedtime and 3am sugar "
                 "checks",
                 "Terry Lumsden (grandad) – every Friday and Saturday night",
                 "Every weekend since April; signs the diary",
                 "G"],
                ["Summer and Jack come home to a mum who is up and well enough to look after them. (Jack: \"I "
                 "just want Mum to be Mum again.\")",
                 "The CPN's report to each core group says Chloe is making the changes the children need; "
                 "Chloe's PHQ-9 score is under 10 by the next review conference; at after-school visits the SW "
                 "finds Chloe up and Summer's tea and tea-time insulin under way.",
                 "See Chloe every 2 weeks for her depression and report to each core group on whether she is "
                 "making the changes Summer and Jack need, and how long that is likely to take",
                 "Sam Harker, CPN, Halsgrove Community Mental Health Team – every 2 weeks; report before each "
                 "core group",
                 "Report read today: mood lifting, PHQ-9 down from 21 to 14",
                 "A"],
                [V, V,
                 "Review Chloe's antidepressant dose and write to the CPN and the SW with the outcome",
                 "Dr Ian Fearn (GP, Ashby Road Surgery) – by 11/07/2025",
                 "Appointment booked for 08/07/2025",
                 "A"],
                [V, V,
                 "Visit after school to see tea-time and Summer's evening insulin, at least once a month "
                 "unannounced",
                 "Precious Ndlovu (SW) – monthly, the first by 17/07/2025",
                 "New",
                 "–"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Summer misses two insulin doses in a week, has a blood sugar above 20 with ketones, has no "
              "reading in her diary for 12 hours, or Chloe is found in bed and unable to respond while she is "
              "looking after the children, the adult who finds it will ring the Halsgrove General diabetes "
              "on-call line (or 999 if Summer is unwell) and tell Precious Ndlovu (or the Emergency Duty Team "
              "out of hours) straight away. Precious will hold a strategy discussion the same day, and Summer "
              "and Jack will stay with Terry until Chloe has been seen by the mental health team."),
        ("p", "If Terry cannot stay on a Friday or Saturday night, or cannot have the children, Lisa Lumsden "
              "(aunt), who has been trained by the diabetes nurse, will stay instead. If neither can, Precious or "
              "the duty team will arrange for Summer and Jack to stay together with approved foster carers that "
              "night, with Summer's care plan and insulin going with them."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every 4 weeks, 4pm, Copley Lane Primary: 31/07/2025, 28/08/2025 and 25/09/2025.",
            "Second review child protection conference: 09/10/2025, 10am, Halsgrove Civic Offices.",
            "If Summer is admitted with high sugars again, or the diary shows missed doses in two fortnights "
            "running, Precious will ask her team manager for a legal planning meeting within 5 working days.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. Plan after the first core group, md: "What needs to be different" in
#    each child's words, then one two-column Action | Comments table with
#    owner, date, how we'll know and an update inside each comment. Exemplary
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b42_heskerby_core_group_action_comments_ormerod.md",
    "split": "tune",
    "template": "icpc-plan-updated-at-first-core-group-md-what-needs-to-be-different-in-each-childs-words-then-single-two-column-action-comments-table-owner-when-well-know-and-dated-update-written-in-comment",
    "description": (
        "Exemplary plan, brought up to date at the first core group, for a 15-year-old at risk of "
        "criminal exploitation who goes missing and his 10-year-old sister (neglect; father's drinking "
        "since their mother died). 'What needs to be different' in each child's words, then one "
        "Action | Comments table whose comments give who, when, how we'll know and a dated update. "
        "The alcohol service reports on change, the aunt's weekends have a fallback, the police "
        "exploitation team and the missing service have rows, dates and a legal step are set."
    ),
    "text": """\
# Heskerby Council – Children's Services

## Child protection plan: Kayden and Ava Ormerod

> Agreed at the initial child protection conference on 04/06/2025 (category: neglect) and brought up to date at the first core group on 17/06/2025. Social worker: Naomi Pratt. Conference chair: Alan Whitcombe.

- **Kayden Ormerod**, 15, Horizon Centre (alternative provision), 4 days a week
- **Ava Ormerod**, 10, Year 5, Heskerby Park Primary
- **Martin Ormerod**, their dad, 12 Pennine View, Heskerby
- **Jo Ormerod**, their aunt (Martin's sister), Millbeck Close
- Their mum, Sarah, died in March 2023

## What's been happening

Since their mum died Martin has been drinking heavily, most days from mid-afternoon. In May Ava was found by a neighbour sitting on the doorstep at 8pm because she could not wake him. Kayden has been reported missing six times since February, twice overnight, and was found by police in a flat on Carter Street with two men in their twenties, £300 in cash and two phones. Police believe he is being used to carry drugs. Martin told conference he "knows it's got out of hand" and went to his first appointment at the alcohol service on 12 June.

## What Kayden and Ava say

Kayden (seen on his own at the skate park café, 12/06/2025): "Nobody's making me do anything, I just go out. Home's dead, Dad's always asleep." Later he said the men "say they'll sort you out if you owe them" and that he would like to do the bike mechanics course at Horizon "if I'm still there".

Ava (seen at school, 10/06/2025): "I miss Mum. Dad is sad and drinks his beer and falls asleep. I like Auntie Jo's because we make tea together and she does my hair." She said she worries about Kayden "when he doesn't come home and his phone's off".

## What needs to be different

- Kayden (in his words): "I want to stay out of trouble and do the bike course." **We will know when** Kayden is home by 9pm most nights, has no missing episodes, and is at Horizon four days a week.
- Ava (in her words): "I want Dad to be awake and make tea." **We will know when** Ava is looked after every evening by an adult who is sober, and tells her SW and her teacher she feels safe at home.
- Both children have a dad who is sober when he is looking after them, and Ava has time to remember her mum with someone who can help.

## The plan

| Action | Comments |
|---|---|
| See Kayden on his own every week, somewhere he chooses, and talk about where he goes and who with | Naomi Pratt (SW), every Thursday after Horizon. Naomi writes up what Kayden says and passes any names or places to police the same day. *Update 17/06: seen twice, both times at the skate park café.* |
| Report Kayden missing to police if he is not home by 9pm and is not answering his phone | Martin, every time, by 9.30pm at the latest. The police missing log and the return home interview records show each time. *Update 17/06: reported once (11/06), Kayden home at 1am.* |
| Return home interview with Kayden after every missing episode | Ellie Sharrock, Heskerby Missing Service, within 72 hours of Kayden coming home. The written interview is shared with Naomi and the police. *Update 17/06: done on 13/06.* |
| Share what is known about the men at the Carter Street flat and plan disruption | DS Rob Imrie, Heskerby Police Child Exploitation Team, at the MACE meeting on 10/07/2025 and every month after. MACE minutes with the actions taken are shared with Naomi. |
| Keep Kayden's week full at Horizon, including the bike mechanics course, and ring home by 10am if he is not in | Mr Greg Tolley, head of centre, Horizon, every school day. Register emailed to Naomi each Friday; we are aiming for 90% attendance by the end of term. *Update 17/06: 78% since conference.* |
| Alcohol assessment for Martin, breath tests, and a report on whether his drinking is changing and what that means for Kayden and Ava | Nadine Howe, Heskerby Alcohol Service. First assessment done 12/06/2025; key-work and a breath test every Monday. Written report to every core group, with test results. |
| Stay alcohol-free from 3pm every day Ava is at home, and blow into the breathalyser at 6pm and text the reading to Jo | Martin, every day from 18/06/2025. Jo keeps the texts and shows them to Naomi at each visit. |
| Ava to stay at Auntie Jo's on Friday and Saturday nights | Jo Ormerod, every Friday and Saturday night until the review conference. Jo writes the weekends in the family diary; Naomi reads it at each visit. *Update 17/06: every weekend since conference.* |
| Collect Ava from school on Wednesdays and give her tea | Jo Ormerod, every Wednesday. School signs Ava out to Jo in the collection log. |
| Check in with Ava every Monday and write down how her weekend was and who looked after her | Mrs Kemi Adeyinka, DSL, Heskerby Park Primary, every Monday in term. Notes emailed to Naomi each Monday; any worry phoned through the same day. |
| Bereavement sessions with Ava about her mum | Lucy Orme, children's bereavement worker, Heskerby Hospice, 8 weekly sessions from 01/07/2025. Ava's memory book, and Lucy's end-of-sessions letter to Martin and Naomi. |
| Home visits, one a month unannounced and one in the evening, seeing Ava awake and the fridge and her bedroom | Naomi Pratt (SW), every 2 weeks. Visit records note what Ava says, whether Martin is sober and what food is in the house. *Update 17/06: 2 visits, 1 in the evening; Martin sober both times.* |

## If things go wrong

- If Kayden is missing overnight, is found with cash, drugs or a phone that isn't his, or tells anyone he owes money, the police will be called straight away and Naomi (or the Emergency Duty Team) will hold a strategy meeting the same day to decide whether Kayden needs to be placed away from Heskerby for his safety.
- If Martin is found drunk while he is looking after Ava, or a breathalyser reading is missing or over zero, Jo will collect Ava that evening and Naomi (or the duty team) will be told the same night. Ava will stay at Jo's until Martin has had a clear breath test at the alcohol service.
- If Jo cannot have Ava on a weekend or collect her on a Wednesday, she will tell Naomi by 12 noon that day, and Ava will go to the Heskerby Park after-school club until 6pm and stay with approved foster carers for the night if no other safe adult is found.

## Meetings

- Core group every 3 weeks at Heskerby Park Primary, 3.45pm: 08/07/2025, 29/07/2025, 19/08/2025.
- Review child protection conference: 27/08/2025, 10am, Heskerby Town Hall.
- If Kayden goes missing overnight again, or Martin has not stopped daytime drinking by the core group on 29/07/2025, Naomi will ask her team manager for a legal planning meeting within 5 working days.
""",
    "findings": [],
})
