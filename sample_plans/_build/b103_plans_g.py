"""Batch 103, module g: seven fictional plans (tuning material), places beginning with "g".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: good plans whose format makes them hard to read, each in a layout of
its own. Five are exemplary: a PDF whose action table runs over several pages
with its column titles printed once, as an ordinary first row; a Word table
whose "Who and when" cells stack the lead and the dates on separate lines and
whose measures are two sentences or a small bullet list; a landscape PDF with
nine narrow columns so that every cell wraps; a markdown plan where each
action is a small block of bold labels; and a Word plan set out by agency
whose typed numbering restarts at 1 under each heading. The other two carry
realistic faults among good rows: a Word table whose first row is a title
merged across all columns above the real header, and a plain-text case-system
print whose fields run together on one line per action.
"""
from build_batch5 import F, H

PLANS = []


# ---------------------------------------------------------------------------
# 1. ICPC plan, mother on methadone using heroin on top, partner drinking,
#    three children. A PDF whose action table runs over pages; the column
#    titles are an ordinary first row, printed once. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b103_gannetsby_icpc_long_table_titles_first_page_only_hollis.pdf",
    "doc_title": "Child Protection Plan - Kayden Hollis, Lacey Hollis and Milo Tandy",
    "split": "tune",
    "actions": 14,
    "template": "icpc-word-plan-printed-to-pdf-page-header-footer-details-list-reasons-childrens-words-working-well-outcomes-then-five-column-action-table-over-several-pages-column-titles-an-ordinary-first-row-not-repeated-contingency-meetings",
    "description": (
        "Exemplary initial conference plan for a 13-year-old, a 9-year-old and a 3-year-old whose "
        "mother is on methadone but still uses heroin and whose mother's partner drinks most "
        "evenings. A Word plan printed to PDF with a page header and footer; its fourteen-row action "
        "table runs over the page breaks, and the column titles are typed as an ordinary first row, "
        "so they appear once and later pages start mid-table. Every row has a named lead, a date or "
        "frequency and something that will be seen; the recovery service reports on change, the "
        "grandmother's nights have a fallback, legal planning follows named triggers, dates are set."
    ),
    "header": "OFFICIAL-SENSITIVE – Gannetsby Borough Council – Children's Services",
    "footer": "Hollis and Tandy children – Child Protection Plan (ICPC 12/08/2025) – Page {PAGE} of {NUMPAGES}",
    "min_pages": 3,
    "must_contain": ["By when / how often"],
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Gannetsby Borough Council · Children's Services · Safeguarding and Assessment Team (South)"),
        ("kv", [
            ("Children", "Kayden Hollis (13), DOB 14/02/2012; Lacey Hollis (9), DOB 30/06/2016; "
                         "Milo Tandy (3), DOB 08/01/2022"),
            ("Address", "22 Ropewalk Terrace, Gannetsby GN4 7HB"),
            ("Mother", "Danielle Hollis (33)"),
            ("Mother's partner", "Reece Tandy (36), Milo's father; lives at the address and works early shifts "
                                 "at the fish dock"),
            ("Maternal grandmother", "Carol Hollis, 12 Coble Street, Gannetsby (ten minutes' walk)"),
            ("Category", "Neglect (all three children)"),
            ("Conference", "Initial child protection conference, 12/08/2025, Gannetsby Civic Hall. "
                           "Chair: Yvonne Achebe"),
            ("Social worker", "Sophie Marlow (team manager: Gareth Lyle)"),
        ]),
        ("h1", "Why the children need a plan"),
        ("p", "Danielle used heroin for six years before Milo was born. She has had a methadone prescription from "
              "the Gannetsby Recovery Service since 2021, but three of her last five urine screens showed heroin. "
              "Reece drinks most evenings; police were called twice in June 2025 after he and Danielle argued in "
              "the street while the children were in the flat. On 24/07/2025 a neighbour found Milo, aged 3, alone "
              "on the landing of the flats at 9.30am; Danielle was asleep and Reece had gone to work. Kayden told "
              "his head of year in July that he gets Lacey and Milo up, makes their breakfast and takes Milo to the "
              "shop because “Mum can't get up”. At the first home visit there were methadone bottles on the "
              "kitchen worktop within Milo's reach."),
        ("h1", "What the children have told us"),
        ("p", "Kayden (seen on his own at the youth centre, 04/08/2025): “I don't mind looking after them but I "
              "miss football. When Mum's on it she just sleeps. Reece is alright when he's not drinking.” He "
              "scored home 4 out of 10 and Nan Carol's house 9 out of 10. He would like “Mum to be like she was "
              "last Christmas”."),
        ("p", "Lacey (seen on her own in her bedroom, 06/08/2025): “I don't like it when they shout outside. I "
              "put my pillow over my head.” She drew her family with Nan Carol next to her and said her wish is "
              "“to go to swimming club like my friend Ava”."),
        ("p", "Milo is 3 and has only a few words. On both home visits he was grubby and in the previous day's "
              "nappy, and he ate a packet of crisps very quickly when Kayden gave it to him. When he banged his "
              "head on the table he went to Kayden, not to his mum, and stopped crying once Kayden picked him up."),
        ("h1", "What is going well"),
        ("p", "Danielle came to conference, accepted that the children have been left to look after themselves "
              "and agreed to every action. She collects her methadone from the pharmacy every day and has not "
              "missed a pick-up this year. Carol sees the children most weekends and wants to help more. Kayden "
              "and Lacey both like school and their attendance in term time has been good."),
        ("h1", "What we want for Kayden, Lacey and Milo"),
        ("bullets", [
            "Kayden, Lacey and Milo are looked after every day and every night by a sober adult who is awake, "
            "gets them up, feeds them and knows where they are.",
            "Milo is never left alone, cannot reach any medicine, and goes to nursery and to his health checks.",
            "Kayden goes to school and to football like other 13-year-olds and is no longer the carer for his "
            "brother and sister.",
            "The children no longer see or hear their mum and Reece fighting.",
        ]),
        ("h1", "Action plan"),
        ("p", "Each row of the table is one action, with the person who will do it, when, and what will show "
              "that it is happening."),
        ("table", {
            "widths": [1.0, 5.8, 3.4, 3.0, 3.8],
            "rows": [
                ["No.", "What will happen", "Who will do it", "By when / how often",
                 "How we will know it is working"],
                ["1", "Visit Kayden, Lacey and Milo at home, with at least one unannounced visit each month, and "
                      "see each child on their own; look at Milo's room, his toys and the food cupboards at each "
                      "visit.",
                 "Sophie Marlow, social worker",
                 "Every week from 14/08/2025",
                 "Visit records on the case file show all three children seen every week and Kayden and Lacey "
                 "seen alone, with their words written down."],
                ["2", "Carry out random urine screens with Danielle, review her methadone dose with her prescriber, "
                      "and report to each core group on whether she is making the changes the children need and "
                      "how long further change is likely to take.",
                 "Aaron Bright, recovery worker, Gannetsby Recovery Service",
                 "Screens every week; written report three days before each core group",
                 "Screen results emailed to the SW every Friday; the written report is on file before each core "
                 "group."],
                ["3", "Assess Reece's drinking, agree a plan with him to cut down and stop, and take a breath "
                      "reading at each appointment.",
                 "Nadia Kerr, alcohol worker, Gannetsby Recovery Service",
                 "Assessment by 29/08/2025, then every fortnight",
                 "Plan copied to the SW by 05/09/2025; breath readings sent to the SW after each appointment."],
                ["4", "Keep all methadone in the locked box on top of the kitchen cupboard, with the key on "
                      "Danielle's keyring, and never take it into the children's rooms.",
                 "Danielle Hollis (Mum)",
                 "Every day from 12/08/2025",
                 "The SW and the health visitor see the box locked, and no bottles left out, at every visit."],
                ["5", "Complete Milo's developmental review (ASQ-3), weigh and measure him, and refer him to speech "
                      "and language therapy if his words are delayed.",
                 "Bethan Lowry, health visitor",
                 "By 12/09/2025",
                 "ASQ-3 scores, his weight and any referral letter sent to the SW and to Milo's nursery by "
                 "19/09/2025."],
                ["6", "Take Milo to Little Acorns Nursery for his funded morning sessions, dressed, fed and in a "
                      "clean nappy.",
                 "Danielle Hollis, with Reece Tandy on his days off",
                 "Monday, Tuesday and Wednesday mornings from 01/09/2025",
                 "The nursery register, emailed to the SW each Friday, shows Milo at 9 of every 10 sessions; staff "
                 "note how he arrives."],
                ["7", "Check Lacey's attendance and how she presents every morning, and phone the SW the same day "
                      "if she is absent without a reason, hungry or unkempt.",
                 "Mr Tom Varley, DSL, St Aidan's Primary",
                 "Every school day from 03/09/2025",
                 "Attendance sent to the SW each Friday, at 95% or more; each same-day call logged on CPOMS."],
                ["8", "Give Kayden a named key adult and a check-in every Monday morning, and make sure he can "
                      "leave on time for football training on Thursdays.",
                 "Ms Rukhsana Ali, DSL, Gannetsby Academy",
                 "Every Monday from 08/09/2025",
                 "Check-in notes, with what Kayden says about home, copied to the SW every month; Kayden can name "
                 "his key adult when the SW asks."],
                ["9", "Refer Kayden to Gannetsby Young Carers, and do two sessions of direct work with him about "
                      "the jobs he does at home.",
                 "Sophie Marlow, social worker",
                 "Referral by 22/08/2025; both sessions by 26/09/2025",
                 "Acceptance letter on file; the list of Kayden's jobs at home, written with him, is shorter at the "
                 "second session."],
                ["10", "Have Kayden, Lacey and Milo for tea and to stay the night, and take Lacey to her swimming "
                       "lesson the next morning.",
                 "Carol Hollis (maternal grandmother)",
                 "Every Friday night from 15/08/2025",
                 "Carol's diary of each stay, seen by the SW at the first visit each month; the swimming club "
                 "register."],
                ["11", "Drink no alcohol on any day he is looking after the children, and keep no alcohol in the "
                       "flat.",
                 "Reece Tandy",
                 "Every day from 12/08/2025",
                 "No alcohol seen at any SW or health visitor visit; his breath readings at the alcohol team "
                 "(row 3) are zero."],
                ["12", "Six home sessions with Danielle and Reece on morning and bedtime routines, with a picture "
                       "routine chart for Lacey and Milo.",
                 "Liam Oakes, family support worker",
                 "Weekly, 18/08/2025 to 26/09/2025",
                 "Session records sent to the SW; the chart is filled in on at least 5 mornings and 5 nights a "
                 "week when the family support worker checks it."],
                ["13", "Complete a parenting assessment of Danielle and Reece, looking at how their drug and alcohol "
                       "use affects their care of the three children.",
                 "Sophie Marlow, social worker",
                 "Start by 01/09/2025; report by 10/10/2025",
                 "Report shared with Danielle, Reece and the core group by 10/10/2025, and with the review "
                 "conference."],
                ["14", "Give Danielle and Reece each a health check, and write to the SW about any health problem "
                       "that affects their care of the children.",
                 "Dr Imran Sethi, GP, Harbour Lane Surgery",
                 "By 26/09/2025",
                 "GP letter on each child's file by 03/10/2025."],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If Danielle's urine screen shows heroin, if either adult is found under the influence of drugs or "
              "alcohol while caring for the children, or if any child is found alone, the children will go to "
              "Carol's home at 12 Coble Street that day and Sophie will hold a strategy discussion with Gannetsby "
              "Police the same day."),
        ("p", "If Carol cannot have the children (she is ill, away, or cannot manage all three), Sophie will place "
              "Kayden, Lacey and Milo together with Gannetsby foster carers that day, and will ask Danielle's "
              "sister, Jade Hollis, within two days whether she can be assessed to care for them."),
        ("p", "If Danielle has two screens showing heroin in any six weeks, or the children's attendance at school "
              "and nursery has not improved by the review conference, Sophie will ask Gareth Lyle for a legal "
              "planning meeting within five working days to decide whether to start the Public Law Outline."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks, Thursdays at 4pm, Gannetsby Family Hub: 21/08/2025, 18/09/2025 and "
            "16/10/2025.",
            "Review child protection conference: Tuesday 04/11/2025, 10am, Gannetsby Civic Hall.",
            "Before each core group Sophie will ask Kayden and Lacey what has changed at home and take their views "
            "to the meeting.",
        ]),
        ("p", "Plan agreed at conference on 12/08/2025. Copies to Danielle, Reece, Carol and every person named in "
              "the action plan."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Review plan, mother with PTSD and a past overdose, a 6-year-old and a
#    baby. "Who and when" cells stack the lead and dates on separate lines;
#    measures are two sentences or a small bullet list. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b103_glavenhurst_rcpc_stacked_who_when_cells_corrigan.docx",
    "doc_title": "Review Child Protection Plan - Ellie and Finn Corrigan",
    "split": "tune",
    "actions": 10,
    "template": "rcpc-word-plan-details-list-since-initial-conference-what-they-say-and-what-we-see-outcomes-then-four-column-table-who-and-when-cell-stacking-lead-frequency-start-on-separate-lines-measure-two-sentences-or-bullet-list-in-cell-contingency-meetings",
    "description": (
        "Exemplary first review conference plan for a 6-year-old and an 11-month-old whose mother "
        "has post-traumatic stress disorder and took an overdose at home in May. Four-column Word "
        "table whose 'Who and when' cell stacks the lead, the frequency and the start date on "
        "separate lines, and whose 'How we will know' cell is two sentences or a small bullet list. "
        "The CPN and the psychologist both assess and report on change, the aunt's mornings and the "
        "father's weekends have a fallback, legal planning follows named triggers, dates are set."
    ),
    "blocks": [
        ("title", "Review Child Protection Plan"),
        ("p", "Glavenhurst City Council · Children and Families · Safeguarding Team West"),
        ("kv", [
            ("Children", "Ellie Corrigan (6), DOB 12/05/2019; Finn Corrigan (11 months), DOB 02/10/2024"),
            ("Address", "41 Weaver's Rise, Glavenhurst GH2 9LS"),
            ("Mother", "Aisling Corrigan (29)"),
            ("Father", "Sean Corrigan (32), Flat 3, 8 Canal Street, Glavenhurst; the parents separated in "
                       "March 2025"),
            ("Maternal aunt", "Orla Byrne, 6 Weaver's Rise (three doors away)"),
            ("Category", "Neglect"),
            ("Conference", "First review child protection conference, 03/09/2025. Chair: Helen Swarbrick (IRO)"),
            ("Social worker", "Hannah Price (team manager: Martin Cole)"),
        ]),
        ("h1", "What has happened since the initial conference (04/06/2025)"),
        ("p", "Aisling has post-traumatic stress disorder and a history of self-harm. In May 2025 she took an "
              "overdose at home while Ellie was at school and Finn was in his cot; Orla found her. Since the "
              "initial conference Aisling has been seen by the Glavenhurst Community Mental Health Team (CMHT), "
              "has not self-harmed and takes her medication. The house is tidier and Finn's weight has risen from "
              "the 9th to the 25th centile. Mornings are still very hard for Aisling: Ellie was late for school "
              "14 times last term and twice arrived without breakfast, and Orla has been getting the children up "
              "on most school days."),
        ("h1", "Ellie and Finn: what they say and what we see"),
        ("p", "Ellie (seen on her own at school, 27/08/2025): “Mummy is better now but sometimes she stays in bed "
              "and Auntie Orla does my hair. I like it when Daddy takes us to the park.” In her three houses she "
              "put “Mummy crying” in the house of worries and “Finn laughing” and “Auntie Orla's pancakes” in the "
              "house of good things. Her wish is for “Mummy to come to my assembly”."),
        ("p", "Finn is 11 months old. On visits he crawls to Aisling and pulls himself up on her knee; she now "
              "talks to him and he babbles back. On her low days he is left in his cot for long spells, and on "
              "19/08/2025 the health visitor found him at 11am in a wet nappy, quiet and not crying."),
        ("h1", "What we want for Ellie and Finn"),
        ("bullets", [
            "Ellie gets to school on time every day, washed, fed and with her hair done, and her attendance is 96% "
            "or more.",
            "Finn is fed, changed and played with through the day and keeps growing along the 25th centile.",
            "Ellie and Finn are always cared for by an adult who is well enough to look after them, and Ellie knows "
            "who to tell if Mummy is poorly.",
        ]),
        ("h1", "The plan"),
        ("p", "The “Who and when” cell gives the lead first, then when the action happens, on separate lines. "
              "“How we will know” says what the core group will be able to see."),
        ("table", {
            "header": ["No.", "What we will do", "Who and when", "How we will know"],
            "widths": [1.0, 6.0, 4.4, 5.6],
            "rows": [
                ["1", "Visit Ellie and Finn at home and see Ellie on her own.",
                 "Lead: Hannah Price, SW\nEvery Tuesday from 09/09/2025\nOne visit a month unannounced",
                 "Visit notes on the case record for every week. Ellie's own words are written down each time."],
                ["2", "See Aisling at home to check her mood, her medication and any risk of self-harm, and assess "
                      "whether she can make and keep the changes Ellie and Finn need.",
                 "Lead: Dylan Mercer, CPN, Glavenhurst CMHT\nEvery other Wednesday from 10/09/2025\nWritten "
                 "assessment by 24/10/2025",
                 "• Visit dates and risk rating sent to the SW after each visit\n• Written assessment of Aisling's "
                 "capacity to change, with the likely timescale, sent to the SW and the core group by 24/10/2025"],
                ["3", "Give Aisling 12 sessions of trauma-focused therapy, and report on what she has changed in her "
                      "care of Ellie and Finn and what is still to change.",
                 "Lead: Dr Ines Okoro, clinical psychologist, Glavenhurst Psychological Therapies\nWeekly from "
                 "15/09/2025\nReports after sessions 6 and 12",
                 "Session 6 and session 12 reports sent to the SW and the core group. Each report says how likely "
                 "further change is and how long it may take."],
                ["4", "Weigh Finn, check his development, and check where and how he sleeps.",
                 "Lead: Marie Doyle, health visitor\nEvery other Thursday\nUntil 03/03/2026",
                 "• Weight plotted in the red book, on or above the 25th centile\n• Safe sleep noted at each visit "
                 "and emailed to the SW"],
                ["5", "Come to the house to help get Ellie ready for school and give Finn his breakfast.",
                 "Lead: Orla Byrne, maternal aunt\nEvery school day, 7.30am to 8.45am\nFrom 08/09/2025",
                 "Orla signs the diary kept in the kitchen. The SW reads the diary at each Tuesday visit."],
                ["6", "Have Ellie and Finn to stay at his flat and take them to the park or the library.",
                 "Lead: Sean Corrigan (Dad)\nEvery Saturday 10am to Sunday 5pm\nFrom 06/09/2025",
                 "Sean texts the SW when the children arrive and when they go home. The SW sees the children at "
                 "Sean's flat once a month."],
                ["7", "Check Ellie's attendance and how she arrives each morning, and give her a weekly session with "
                      "the learning mentor.",
                 "Lead: Mrs Janice Holt, DSL, Canal Side Primary\nEvery school day\nMentor session every Wednesday",
                 "• Attendance and lateness sent to the SW every Friday\n• Mentor's note of what Ellie says, "
                 "shared with the SW each month"],
                ["8", "Give Finn a funded nursery place and tell the SW the same day if he does not arrive.",
                 "Lead: Kerry Nash, manager, Rainbow Bridge Nursery\nTuesdays and Thursdays\nFrom 16/09/2025",
                 "Nursery register sent to the SW every Friday. Finn is there for at least 9 of every 10 "
                 "sessions."],
                ["9", "Take her medication every day, and tell Dylan or the SW that day if she has thoughts of "
                      "harming herself.",
                 "Lead: Aisling Corrigan (Mum)\nEvery day\nFrom 03/09/2025",
                 "Dylan's tablet count at each visit matches the prescription. Any call Aisling makes is written "
                 "on the case record that day."],
                ["10", "Do three sessions of direct work with Ellie about Mummy's illness and who she can tell when "
                       "Mummy is poorly.",
                 "Lead: Hannah Price, SW\nThree sessions\nAll by 17/10/2025",
                 "Ellie's drawings and her “who I can tell” hand are kept on her file. Ellie can name her safe "
                 "adults at the review."],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Aisling self-harms, tells anyone she has thoughts of harming herself or the children, or is found "
              "too unwell to care for them (still in bed, children not fed or changed), Ellie and Finn will go to "
              "Sean's flat that day, Hannah will hold a strategy discussion the same day, and Dylan will arrange a "
              "same-day mental health assessment for Aisling."),
        ("p", "If Orla cannot come in the mornings (she is ill or away), Sean will do the school run and Finn's "
              "breakfast that day. If neither Orla nor Sean can help, Hannah will send a family support worker to "
              "the house from 7.30am the next school day; and if Sean and Orla cannot keep the children safe, "
              "Hannah will place Ellie and Finn together with Glavenhurst foster carers that day."),
        ("p", "If Aisling is admitted to hospital again, or Dylan's assessment says she cannot make the changes "
              "within Finn's timescale, Hannah will ask Martin Cole for a legal planning meeting within five "
              "working days."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every six weeks, Wednesdays at 3.30pm, Canal Side Children's Centre: 17/09/2025, "
            "29/10/2025, 10/12/2025 and 21/01/2026.",
            "Second review child protection conference: Tuesday 03/03/2026, 10am, Glavenhurst Civic Offices.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. ICPC plan, domestic abuse and mother's drinking, a 12-year-old and a
#    7-year-old. Word table whose first row is a title merged across all
#    columns, above the real column headings. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b103_gorbymoor_icpc_title_row_merged_over_header_mallinson.docx",
    "doc_title": "Child Protection Plan - Jayden Mallinson and Amber Royce",
    "split": "tune",
    "actions": 12,
    "template": "icpc-word-plan-details-list-reasons-childrens-words-working-well-outcomes-then-action-table-first-row-a-title-merged-across-all-five-columns-real-ref-action-lead-person-timescale-evidence-headings-in-second-row-contingency-core-group",
    "description": (
        "Initial conference plan for a 12-year-old and a 7-year-old after domestic abuse by the "
        "younger child's father, who has left; their mother drinks most evenings and has low mood. "
        "The Word action table's first row is a title merged across all five columns, with the real "
        "column headings in the second row. Most rows are sound (the alcohol service reports on "
        "change, the grandfather and aunt have set days). Faults: Mum to attend the alcohol service "
        "'As and when offered' measured by 'Engagement', counselling that only treats her low mood, "
        "a DASH assessment with no evidence given, a Freedom Programme referral with no lead, 'All "
        "professionals' to keep an eye on Amber 'Throughout the plan', an outcome about the mother "
        "only; the contingency rests on the grandfather with no fallback, and there is no legal step."
    ),
    "must_contain": ["Gorbymoor Council – Child Protection Action Plan for Jayden and Amber"],
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Gorbymoor Council · Children's Services · Family Safeguarding Team 2 · Initial Child Protection "
              "Conference"),
        ("kv", [
            ("Children", "Jayden Mallinson (12), DOB 21/03/2013; Amber Royce (7), DOB 11/12/2017"),
            ("Address", "15 Heron Way, Gorbymoor GB7 4AX"),
            ("Mother", "Kerry Mallinson (35)"),
            ("Amber's father", "Dean Royce (40); left the home on 02/08/2025. A non-molestation order protects "
                               "Kerry and the children until 01/08/2026"),
            ("Maternal grandfather", "Ron Mallinson, 4 Tern Close, Gorbymoor"),
            ("Maternal aunt", "Denise Hart, 30 Kestrel Road, Gorbymoor"),
            ("Category", "Emotional abuse"),
            ("Conference", "28/08/2025, Gorbymoor Town Hall. Chair: Philippa Strand"),
            ("Social worker", "Rachel Dunmore"),
        ]),
        ("h1", "Why Jayden and Amber need a plan"),
        ("p", "Police have been called to the house five times since January 2025 because of arguments between "
              "Kerry and Dean. On 31/07/2025 Dean threw a glass at Kerry; it cut Jayden's hand when he stood "
              "between them, and Amber hid in the bathroom. Kerry drinks most evenings, often two bottles of wine, "
              "and has told her GP that she has low mood and anxiety. Jayden's school has seen him arrive tired "
              "and angry, and Amber has started wetting the bed again."),
        ("h1", "What Jayden and Amber have told us"),
        ("p", "Jayden (seen on his own at school, 20/08/2025): “I'm glad Dean's gone but I still listen at night "
              "in case he comes back. Mum drinks wine every night and then she cries.” He gave home 5 out of 10 "
              "and said Grandad's is “a 10 because it's quiet”."),
        ("p", "Amber (seen at home, 22/08/2025): “I hide in the bathroom when there's shouting. I want Mummy to be "
              "happy.” She asked if she can keep going swimming with Auntie Denise."),
        ("h1", "What is working well"),
        ("p", "Kerry took out a non-molestation order and Dean has moved out. Kerry agreed with the plan and says "
              "she wants help with her drinking. Ron and Denise see the children every week and both want to help. "
              "Both children like school and have friends there."),
        ("h1", "What we want for Jayden and Amber"),
        ("bullets", [
            "Jayden and Amber are cared for every evening by a sober adult.",
            "Jayden and Amber do not see or hear violence at home, and Dean does not come to the house.",
            "Amber goes to school every day on time, fed and in clean uniform, and her bedwetting settles.",
            "Kerry will reduce her drinking.",
        ]),
        ("h1", "Action plan"),
        ("table", {
            "header": ["Gorbymoor Council – Child Protection Action Plan for Jayden and Amber (agreed at the "
                       "initial conference, 28/08/2025)", H, H, H, H],
            "widths": [1.1, 5.6, 3.6, 3.0, 3.7],
            "rows": [
                ["Ref", "Action", "Lead person", "Timescale", "Evidence of progress"],
                ["1", "Visit Jayden and Amber at home, with at least one unannounced visit a month, and see each "
                      "child on their own",
                 "Rachel Dunmore, social worker", "Weekly from 01/09/2025",
                 "Visit records show both children seen alone every week, with their words written down"],
                ["2", "Assess Kerry's drinking, agree a treatment plan and breathalyse her at each appointment; "
                      "report to each core group on whether she is making the changes Jayden and Amber need",
                 "Sam Okonkwo, recovery worker, Gorbymoor Alcohol Service",
                 "Assessment by 12/09/2025, then weekly",
                 "Treatment plan and breath readings sent to the SW before each core group"],
                ["3", "Attend all of Kerry's appointments at Gorbymoor Alcohol Service",
                 "Kerry Mallinson (Mum)", "As and when offered", "Engagement with the service"],
                ["4", "Weekly counselling sessions for Kerry's low mood and anxiety",
                 "Gorbymoor Wellbeing Service (adult mental health)", "Weekly from 15/09/2025",
                 "Attendance record sent to the SW monthly"],
                ["5", "Complete a DASH risk assessment with Kerry and refer to MARAC if the score is high",
                 "DC Lee Farrow, Gorbymoor Police Domestic Abuse Unit", "By 05/09/2025", ""],
                ["6", "Referral to the Freedom Programme to be made for Kerry",
                 "", "By 30/09/2025", "Start date confirmed in writing and copied to the SW"],
                ["7", "Have Jayden and Amber for tea after school and stay with them until Kerry gets home from "
                      "work",
                 "Ron Mallinson (maternal grandfather)", "Every Monday, Wednesday and Friday from 01/09/2025",
                 "Ron's diary, seen by the SW at each visit"],
                ["8", "Take Amber to her Saturday swimming lesson and have both children for lunch afterwards",
                 "Denise Hart (maternal aunt)", "Every Saturday from 06/09/2025",
                 "Swimming club register; Denise texts the SW after each Saturday"],
                ["9", "Keep an eye on Amber's presentation and share any worries",
                 "All professionals", "Throughout the plan", "Monitored at core group"],
                ["10", "Check Jayden's attendance each day and give him a weekly session with his mentor, Mr Osei",
                 "Ms Priya Lall, DSL, Gorbymoor High School",
                 "Every school day; mentor session every Thursday",
                 "Attendance emailed to the SW each Friday; mentor's notes of Jayden's views shared monthly"],
                ["11", "Check that Amber arrives on time, fed and in clean uniform, and ring the SW the same day if "
                       "not",
                 "Mr Ian Rowe, DSL, Beckside Primary", "Every school day from 03/09/2025",
                 "Each call logged on CPOMS; weekly attendance sent to the SW"],
                ["12", "Complete the child and family assessment, including both children's views",
                 "Rachel Dunmore, SW", "By 17/10/2025",
                 "Assessment shared with Kerry and the core group by 17/10/2025"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If Kerry is found to have been drinking while caring for Jayden and Amber, or Dean comes to the house "
              "or contacts the children, the children will go to stay with their grandad Ron at 4 Tern Close that "
              "night, and Rachel will hold a strategy discussion with Gorbymoor Police the same day. Kerry will ring "
              "999 if Dean comes to the house."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 4pm, Heron Way Family Centre: 09/09/2025, 07/10/2025 and "
            "04/11/2025.",
            "Review child protection conference: Tuesday 25/11/2025, 2pm, Gorbymoor Town Hall.",
        ]),
    ],
    "findings": [
        F("T002", "Attend all of Kerry's appointments at Gorbymoor Alcohol Service"),
        F("M002", "Attend all of Kerry's appointments at Gorbymoor Alcohol Service"),
        F("H001", "Weekly counselling sessions for Kerry's low mood and anxiety"),
        F("M001", "Complete a DASH risk assessment with Kerry and refer"),
        F("W001", "Referral to the Freedom Programme to be made for Kerry"),
        F("W002", "Keep an eye on Amber's presentation and share any worries"),
        F("T002", "Keep an eye on Amber's presentation and share any worries"),
        F("M002", "Keep an eye on Amber's presentation and share any worries"),
        F("F002", "Kerry will reduce her drinking."),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Review plan, father recovering from psychosis after cannabis use, a
#    5-year-old and a 2-year-old. Landscape PDF with nine narrow columns, so
#    every cell wraps. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b103_grantleyholm_rcpc_landscape_nine_narrow_columns_nowak.pdf",
    "doc_title": "Review Child Protection Plan - Zofia and Adam Nowak",
    "split": "tune",
    "actions": 11,
    "landscape": True,
    "template": "rcpc-landscape-word-plan-printed-to-pdf-page-header-footer-details-list-why-what-children-show-and-tell-numbered-outcomes-then-nine-narrow-columns-ref-outcome-action-lead-working-with-start-how-often-finish-what-we-will-see-checked-by-every-cell-wrapping-contingency-meetings",
    "description": (
        "Exemplary first review conference plan for a 5-year-old and a 2-year-old whose father had a "
        "first episode of psychosis after heavy cannabis use and is now at home under the early "
        "intervention team. A landscape Word plan printed to PDF with header and footer; the action "
        "table has nine narrow columns (Ref, Outcome, Action, Lead, Working with, Start, How often / "
        "finish, What we will see, Checked by), so every cell wraps over several lines. The care "
        "co-ordinator and the psychiatrist both assess and report on change, the drug service and "
        "grandmother have set days, the grandmother's care has a fallback, legal planning follows "
        "readmission or a negative assessment, dates are set."
    ),
    "header": "OFFICIAL-SENSITIVE · Grantleyholm Metropolitan Council · Children's Social Care",
    "footer": "Nowak – Review Child Protection Plan 07/10/2025 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Review Child Protection Plan"),
        ("p", "Grantleyholm Metropolitan Council · Children's Social Care · Safeguarding (Central)"),
        ("kv", [
            ("Children", "Zofia Nowak (5), DOB 17/04/2020; Adam Nowak (2), DOB 05/09/2023"),
            ("Address", "9 Tanner's Yard, Grantleyholm GY3 6DN"),
            ("Mother", "Paulina Nowak (27), works at Grantleyholm Bakery on Monday, Wednesday and Friday, 6am to "
                       "2pm"),
            ("Father", "Tomasz Nowak (29)"),
            ("Paternal grandmother", "Halina Nowak, 31 Orchard Street, Grantleyholm (speaks Polish; an interpreter "
                                     "is booked for every visit and meeting with her)"),
            ("Category", "Neglect"),
            ("Conference", "First review conference, 07/10/2025 (initial conference 08/07/2025). Chair: Rosemary "
                           "Quint (IRO)"),
            ("Social worker", "Kofi Mensah (team manager: Sarah Blewitt)"),
        ]),
        ("h1", "Why Zofia and Adam have a plan"),
        ("p", "In June 2025 Tomasz became acutely unwell with psychosis after months of heavy cannabis use. He "
              "believed the neighbours were poisoning the family's food and would not let anyone feed Adam; on "
              "21/06/2025 police found him at home with Adam, who had not eaten all day, while Paulina was at "
              "work. Tomasz was detained under section 2 of the Mental Health Act for four weeks. Since August he "
              "has been at home under the Grantleyholm Early Intervention in Psychosis (EIP) team, takes his "
              "antipsychotic medication and says he has stopped using cannabis; his last two urine tests were "
              "clear."),
        ("h1", "What Zofia and Adam show and tell us"),
        ("p", "Zofia (seen on her own at school, 29/09/2025) drew her family with “Tata” far away from the house "
              "and said: “Tata was poorly in his head and said funny things. Now he takes medicine and he's not "
              "scary. I like it when Babcia picks me up.” Her teacher says she is quiet on Monday mornings and asks "
              "every day who is collecting her."),
        ("p", "Adam is 2 and says a few words in Polish and English. On visits he runs to Tomasz for a cuddle and "
              "brings him books. While Tomasz was unwell Adam's nursery saw him hungry and grabbing food; since "
              "August he has eaten normally and is gaining weight."),
        ("h1", "What we want for Zofia and Adam"),
        ("bullets", [
            "O1: Zofia and Adam are always cared for by an adult who is well, and they are fed and kept safe every "
            "day.",
            "O2: Adam's speech and development catch up, and Zofia is settled and happy at school.",
            "O3: Zofia and Adam have a safe adult to go to straight away if their dad becomes unwell again.",
        ]),
        ("h1", "The plan"),
        ("p", "Each row is one action. The Lead makes sure it happens; Start and “How often / finish” are the "
              "timescale; “What we will see” and “Checked by” say how we will know it is working."),
        ("table", {
            "header": ["Ref", "Outcome", "Action", "Lead", "Working with", "Start", "How often / finish",
                       "What we will see", "Checked by"],
            "widths": [1.1, 1.6, 4.8, 2.8, 2.6, 2.0, 2.6, 4.6, 3.6],
            "rows": [
                ["1", "O1, O3",
                 "Visit Zofia and Adam at home, see Zofia on her own, and look at the food in the house and at "
                 "Adam's cot",
                 "Kofi Mensah, social worker", "Polish interpreter when Halina is there", "08/10/2025",
                 "Every week; one visit a month unannounced",
                 "Both children seen at every visit; Zofia's words and the food in the cupboards written down",
                 "Sarah Blewitt, team manager, at monthly supervision"],
                ["2", "O1",
                 "Visit Tomasz at home, check he is taking his medication, go through his early warning signs, and "
                 "report to each core group on whether he is making and keeping the changes the children need",
                 "Nicola Brant, EIP care co-ordinator", "Tomasz and Paulina", "08/10/2025",
                 "Every week; report before each core group",
                 "Tablet count matches the prescription; written report on file 3 days before each core group, "
                 "with her view of how likely he is to stay well",
                 "Kofi Mensah, SW"],
                ["3", "O1",
                 "Review Tomasz's diagnosis and medication, and write an assessment of his capacity to change: what "
                 "he has changed, what is still needed and how long it is likely to take",
                 "Dr Ravi Anand, consultant psychiatrist, Grantleyholm EIP team", "Nicola Brant",
                 "Clinic on 15/10/2025", "Written assessment by 14/11/2025",
                 "Assessment sent to the SW and the core group by 14/11/2025, and to the review conference",
                 "Kofi Mensah, SW"],
                ["4", "O1",
                 "Carry out random urine drug tests with Tomasz and run the cannabis group he attends, with a "
                 "written note of each result",
                 "Lee Marsh, drug worker, Grantleyholm Substance Misuse Service", "Nicola Brant", "13/10/2025",
                 "Test every two weeks; group every Thursday",
                 "Each result sent to the SW within 2 days; all tests clear",
                 "Kofi Mensah, SW"],
                ["5", "O1, O3",
                 "Not leave Zofia or Adam alone with Tomasz if he shows any of his early warning signs, and phone "
                 "Nicola or the SW that day",
                 "Paulina Nowak (Mum)", "Tomasz", "07/10/2025", "Every day",
                 "Paulina can name the warning signs at each SW visit; every call logged on the case record",
                 "Kofi Mensah, SW"],
                ["6", "O1",
                 "Look after Adam at her home and collect Zofia from school while Paulina is at work",
                 "Halina Nowak (paternal grandmother)", "Paulina", "08/10/2025",
                 "Monday, Wednesday and Friday, 6am to 3.30pm",
                 "Halina on the school's collection list; her diary of each day seen at SW visits",
                 "Kofi Mensah, SW, with interpreter"],
                ["7", "O2",
                 "Carry out Adam's two-year review and refer him to speech and language therapy",
                 "Amy Castle, health visitor", "Paulina", "14/10/2025", "Review by 31/10/2025",
                 "ASQ-3 scores and the speech therapy referral letter sent to the SW and nursery by 07/11/2025",
                 "Kofi Mensah, SW"],
                ["8", "O2",
                 "Give Adam his funded nursery place with speech activities from his key person, and tell the SW "
                 "the same day if he misses a session",
                 "Jess Kaur, manager, Little Owls Nursery", "Adam's key person", "14/10/2025",
                 "Tuesdays and Thursdays",
                 "Register sent to the SW every Friday; Adam's new words logged each month",
                 "Amy Castle, health visitor"],
                ["9", "O2, O3",
                 "Check Zofia's attendance and how she arrives, and give her a talk with her teaching assistant "
                 "about her weekend every Monday morning",
                 "Mrs Clare Hood, DSL, Tanner's Lane Primary", "Zofia's class teacher", "08/10/2025",
                 "Every school day; talk every Monday",
                 "Attendance of 96% or more, sent to the SW each Friday; anything Zofia says about home logged on "
                 "CPOMS",
                 "Kofi Mensah, SW"],
                ["10", "O3",
                 "Do three sessions of direct work with Zofia using a story book about a parent's illness, and make "
                 "her a “who I can tell” card",
                 "Kofi Mensah, social worker", "Paulina", "15/10/2025", "All three by 28/11/2025",
                 "Card kept in Zofia's school bag; she names two safe adults when asked at a visit",
                 "Sarah Blewitt, team manager"],
                ["11", "O3",
                 "Hold a family group conference so that the wider family agree who cares for the children if "
                 "Tomasz becomes unwell and Halina cannot",
                 "Magda Zielinska, family group conference co-ordinator", "Kofi Mensah, SW", "20/10/2025",
                 "Conference held by 21/11/2025",
                 "Written family plan, with names and phone numbers, copied to the SW and the core group",
                 "Kofi Mensah, SW"],
            ],
        }),
        ("h1", "Contingency"),
        ("p", "If Tomasz shows two or more of his early warning signs (not sleeping, saying the food is poisoned, "
              "refusing his medication) or a urine test shows cannabis, Nicola will arrange a mental health "
              "assessment that day, Tomasz will stay with his brother Piotr at 4 Mill Lane and will not care for "
              "the children until the EIP team say he is well, and Kofi will hold a strategy discussion the same "
              "day."),
        ("p", "If Halina cannot care for Adam and collect Zofia (she is ill or away), Paulina will take the "
              "emergency leave her employer has agreed; if she cannot, Kofi will place Zofia and Adam together "
              "with Grantleyholm foster carers that day."),
        ("p", "If Tomasz is readmitted to hospital, or Dr Anand's assessment says he cannot stay well within the "
              "children's timescales, Kofi will ask Sarah Blewitt for a legal planning meeting within five working "
              "days."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 10am, Tanner's Lane Children's Centre: 21/10/2025, "
            "18/11/2025, 16/12/2025 and 13/01/2026.",
            "Second review child protection conference: Tuesday 07/04/2026, 2pm, Grantleyholm Civic Centre.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Review plan, mother with anxiety, a 10-year-old and a 5-year-old.
#    Plain-text print from a case system; each action's fields run together
#    on one line ("Who: SW When: weekly Check: ..."). Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b103_gusselby_rcpc_case_print_run_on_fields_brierley.txt",
    "split": "tune",
    "actions": 11,
    "template": "rcpc-case-system-print-txt-bracketed-caps-sections-header-fields-run-together-then-numbered-action-lines-action-who-when-check-fields-run-together-on-one-line-review-fields-on-one-line",
    "description": (
        "First review conference plan for a 10-year-old young carer and his 5-year-old sister whose "
        "mother has anxiety with panic attacks. A plain-text print from a case system in which each "
        "action is one numbered line with its Action, Who, When and Check fields run together. Most "
        "lines are sound. Faults: talking therapy that only treats the mother, 'All professionals' "
        "to keep an eye on home conditions 'ongoing' with the check 'Monitored', a parenting "
        "assessment with the check '-', the father's overnight stays 'TBC', a young carers referral "
        "with no one in the Who field; the contingency is to meet and discuss, with no legal step, "
        "and the next review conference is 'TBC'."
    ),
    "text": """\
GUSSELBY BOROUGH COUNCIL | GCS CASE RECORD | CHILD PROTECTION PLAN (REVIEW)
Printed: 23/09/2025 14:02 User: JHARTE Record: CP-2025-0417 Status: Current Version: 2
===============================================================================================
Subject 1: Kyle BRIERLEY DOB: 04/06/2015 Age: 10 Subject 2: Maya BRIERLEY DOB: 19/01/2020 Age: 5
Address: 27 Quarry Bank, Gusselby GU6 3TR Category: Neglect Plan start: 23/06/2025
Household: Stacey BRIERLEY (Mother, 30) Not in household: Lewis BRIERLEY (Father, 33) 9 Kiln Row, Gusselby
Meeting: Review Child Protection Conference Date: 22/09/2025 Chair: Alan Pruitt (IRO) SW: Jodie Harte TM: Neil Carver
===============================================================================================

[REASON FOR PLAN]
Stacey has anxiety with panic attacks and rarely leaves the house. At the initial conference on 23/06/2025 the home was dirty with little food, Maya had untreated tooth decay and Kyle was doing the shopping and taking Maya to school. Since then the home has improved and there has been food in the cupboards at most visits. Stacey still misses appointments, and school says Kyle is often tired and late. Lewis sees the children most weekends.

[CHILD VIEWS]
Kyle (seen alone 15/09/2025): "It's better now Mum's got the cupboards full. I still do the shopping on Saturdays. I want to go to Dad's more." Score: 6/10 (was 3/10 at ICPC).
Maya (seen at home 18/09/2025): showed the SW her new bed and said "my tooth hurts when I eat sweets". She held Kyle's hand for most of the visit and asked him, not Mum, for a drink.

[OUTCOMES]
O1 Kyle and Maya have food, clean clothes and a clean home every day.
O2 Maya's teeth are treated and she eats without pain.
O3 Kyle goes to school on time and no longer does the shopping or takes his sister to school.

[ACTIONS] Fields: Action / Who / When / Check
01 Action: Visit Kyle and Maya at home and see Kyle on his own Who: SW (Jodie Harte) When: weekly, one visit a month unannounced Check: GCS visit log shows both children seen and Kyle seen alone
02 Action: Take Maya to Gusselby Community Dental Service for her tooth decay Who: Mum (Stacey) When: by 17/10/2025 Check: dental letter on GCS and treatment dates sent to SW
03 Action: Check Kyle's and Maya's attendance daily and ring the SW by 10am if either is absent Who: DSL (Mrs Coyle, Gusselby Primary) When: every school day Check: attendance printout to SW every Friday, both at 95% or more
04 Action: Weekly sessions for Stacey's anxiety and panic attacks Who: Gusselby Talking Therapies When: weekly from 29/09/2025 Check: attendance sheet sent to SW monthly
05 Action: Keep an eye on home conditions and food in the house Who: All professionals When: ongoing Check: Monitored
06 Action: Complete a parenting assessment of Stacey's care of both children Who: SW (Jodie Harte) When: by 31/10/2025 Check: -
07 Action: Dad to have Kyle and Maya to stay overnight at his flat Who: Dad (Lewis) When: TBC Check: contact record kept by Lewis and seen by SW
08 Action: Refer Kyle to Gusselby Young Carers for a carer's assessment Who: When: by 10/10/2025 Check: acceptance letter on GCS
09 Action: Set up a morning routine chart with Stacey, Kyle and Maya, and a weekly food budget Who: FSW (Carl Mendes) When: weekly for 8 weeks from 29/09/2025 Check: chart filled in 5 mornings in 7; SW sees food in cupboards at each visit
10 Action: Three sessions of direct work with Kyle using his worry book Who: SW (Jodie Harte) When: all by 31/10/2025 Check: worry book pages scanned to GCS
11 Action: Weigh and measure Maya and test her eyesight Who: School nurse (Anita Shore) When: by 24/10/2025 Check: results letter sent to SW and Stacey

[CONTINGENCY]
If things do not improve or there are further concerns, the core group will meet to discuss next steps and the plan will be reviewed.

[REVIEW ARRANGEMENTS]
Core group: every 4 weeks Next core group: 14/10/2025 10:00 Gusselby Family Hub Next RCPC: TBC Venue: TBC
===============================================================================================
*** END OF RECORD ***
""",
    "findings": [
        F("H001", "Weekly sessions for Stacey's anxiety and panic attacks"),
        F("W002", "Keep an eye on home conditions and food in the house"),
        F("T002", "Keep an eye on home conditions and food in the house"),
        F("M002", "Keep an eye on home conditions and food in the house"),
        F("M001", "Complete a parenting assessment of Stacey's care of both children"),
        F("T002", "Dad to have Kyle and Maya to stay overnight"),
        F("W001", "Refer Kyle to Gusselby Young Carers for a carer's assessment"),
        F("C002"),
        F("R001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 6. ICPC plan, mother's new partner a registered sex offender, a
#    14-year-old and a 9-year-old. Markdown plan where each action is a small
#    block of bold labels (What / Who / When / How we'll know). Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b103_gwentholt_icpc_bold_label_action_blocks_ashby.md",
    "split": "tune",
    "actions": 8,
    "template": "icpc-markdown-family-bullets-worries-working-well-childrens-words-numbered-outcomes-then-one-h3-per-action-with-bold-what-who-when-how-well-know-label-lines-then-if-things-go-wrong-bullets-meetings",
    "description": (
        "Exemplary initial conference plan for a 14-year-old girl and her 9-year-old brother after "
        "their mother let a new partner, a registered sex offender, stay at the house. A markdown "
        "plan in which each action is a small block under its own subheading, with bold What, Who, "
        "When and How we'll know labels on separate lines. No parent is ill or misusing substances. "
        "The police offender manager, the school, the protective parents' programme and the "
        "grandmother's evenings all have dates and evidence; the grandmother's care has a fallback, "
        "legal planning follows contact with the partner or a negative assessment, dates are set."
    ),
    "text": """\
# Child Protection Plan: Tia and Noah Ashby

**Gwentholt County Council – Children's Services – Family Safeguarding (North)**
Initial child protection conference: Tuesday 09/09/2025, Gwentholt County Hall · Chair: Marcus Webb · Category: sexual abuse (risk of)

## Who is in the family

- **Tia Ashby**, 14 (DOB 22/01/2011), Year 10 at Gwentholt High School
- **Noah Ashby**, 9 (DOB 03/03/2016), Year 5 at Millbrook Primary
- **Jenna Ashby**, 34, mum; works at Elmcroft Care Home on Tuesdays and Thursdays, 2pm to 10pm
- **Sue Ashby**, 61, maternal grandmother; lives at 18 Larch Avenue, five minutes' walk away
- The children's father, **Paul Dean**, lives abroad and phones them on Sundays.

## What we are worried about

In July 2025 Jenna began a relationship with **Craig Holden**, 41. Craig was convicted in 2016 of sexually
assaulting a 13-year-old girl and is a registered sex offender, managed by Gwentholt Police. Jenna knew about his
conviction. On 22/08/2025 Tia told her form tutor that Craig had stayed at the house on several nights over the
summer, that he had come into the bathroom while she was in the shower, and that he sends her messages on
Snapchat. Jenna at first said she believed Craig had changed and did not accept that he is a risk to Tia and
Noah. Craig's bail conditions now stop him having contact with anyone under 18 and from entering Larch Avenue or
the family's road.

## What is working well

Since 26/08/2025 Jenna has told Craig not to come to the house, has helped Tia block him on her phone and has
agreed to every part of this plan. Tia told her tutor straight away, which shows she knows who to go to. Sue is
close to both children and has looked after them after school for years. Noah is doing well at school and loves
football.

## What Tia and Noah say

Tia (seen on her own at school, 01/09/2025): *"I told because it felt wrong. I don't want him at our house ever
again. I'm not angry at Mum but she needs to believe me."* She scored how safe she feels at home as 5 out of 10
when Craig was around and 8 out of 10 now. She wants to keep seeing her friends and does not want the police "at
school all the time".

Noah (seen at home, 03/09/2025): *"Craig was OK, he bought me a football. Mum said he can't come any more."*
He drew his house with Mum, Tia, Nan Sue and their cat, and said he talks to Nan when he is worried.

## What we want for Tia and Noah

1. Tia and Noah have no contact with Craig, at home, online or anywhere else.
2. Tia and Noah live with a mum who believes Tia and knows how to keep them both safe from anyone who may harm them.
3. Tia and Noah each have adults they trust and can tell if anyone makes them feel unsafe.

## Action plan

Each action is a small block: **What** is to be done, **Who** does it, **When**, and **How we'll know** it has
happened.

### Action 1 — seeing Tia and Noah
**What:** Visit Tia and Noah at home and see each of them on their own, with one unannounced evening visit each month.
**Who:** Leah Chambers, social worker
**When:** every Thursday from 11/09/2025
**How we'll know:** visit records show both children seen alone every week, with their own words written down.

### Action 2 — keeping Craig away from the children
**What:** Keep Craig out of the home and away from Tia and Noah, and tell the SW the same day if he makes any contact.
**Who:** Jenna Ashby (Mum)
**When:** every day, from 09/09/2025
**How we'll know:** no sign of Craig at any visit, announced or not; any contact he makes is reported to the SW that day and logged on the case record.

### Action 3 — police management of Craig
**What:** Make home visits to Craig, check his phone and social media, and tell the SW within 24 hours of any breach of his conditions.
**Who:** DC Anna Price, Management of Sexual or Violent Offenders (MOSOVO) team, Gwentholt Police
**When:** at least every two weeks from 12/09/2025
**How we'll know:** written update from DC Price to the SW before each core group, with the dates of her visits and any breach.

### Action 4 — Jenna's protective parents' programme
**What:** Complete the "Keeping Children Safe" protective parents' programme.
**Who:** Jenna, with Hayley Moss, Gwentholt family safeguarding practitioner
**When:** eight weekly sessions, Mondays from 15/09/2025 to 03/11/2025
**How we'll know:** Jenna attends all 8 sessions, and the end-of-course report sent to the SW says whether she can name the risk Craig poses and how she will protect the children.

### Action 5 — protective capacity assessment
**What:** Assess Jenna's ability to protect Tia and Noah, using the programme report and what she says and does at visits.
**Who:** Leah Chambers, social worker
**When:** report by 14/11/2025
**How we'll know:** the written assessment is shared with Jenna, the core group and the review conference.

### Action 6 — Tia at school
**What:** Give Tia a key adult she has chosen, a weekly check-in and a quiet room pass for when she needs it.
**Who:** Mr Daniel Fry, DSL, Gwentholt High School
**When:** every Wednesday from 10/09/2025
**How we'll know:** the check-in log, including anything Tia says about Craig or online contact, is emailed to the SW every month.

### Action 7 — Noah's keeping-safe work
**What:** Do four keeping-safe sessions with Noah (safe and unsafe secrets, his body, his trusted adults).
**Who:** Mrs Rachel Osei, learning mentor, Millbrook Primary
**When:** Friday afternoons, all four by 17/10/2025
**How we'll know:** session sheets sent to the SW; Noah can name three trusted adults when the SW asks him on 23/10/2025.

### Action 8 — after school with Nan Sue
**What:** Collect Noah from school, have both children at her home until Jenna finishes work, and give them their tea.
**Who:** Sue Ashby (maternal grandmother)
**When:** every Tuesday and Thursday, 3.15pm to 10.30pm
**How we'll know:** Sue is on Millbrook's collection list; she texts the SW when the children go home, and the SW reads her diary once a month.

## If things go wrong

- If Craig is found at the house, is seen with the children, or contacts Tia or Noah in any way, Tia and Noah will stay with Sue at 18 Larch Avenue that night, DC Price will be told at once, and Leah will hold a strategy discussion with Gwentholt Police the same day.
- If Sue cannot have the children (she is ill or away), Jenna will change her shifts so that she is at home; if she cannot, Leah will place Tia and Noah together with Gwentholt foster carers that day.
- If Jenna lets Craig have any contact with the children, or Leah's assessment on 14/11/2025 says Jenna cannot protect them, Leah will ask her team manager, Gwen Doherty, for a legal planning meeting within five working days.

## Meetings

- Core group every four weeks, Thursdays at 4pm, Millbrook Family Centre: 18/09/2025, 16/10/2025 and 13/11/2025.
- Review child protection conference: Tuesday 02/12/2025, 10am, Gwentholt County Hall.
- Tia can come to the first part of any core group, or send her views with Mr Fry.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. Review plan, mother with depression and alcohol misuse, three children.
#    Word plan set out by agency, typed numbering restarting at 1 under each
#    heading. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b103_gibbleton_rcpc_numbering_restarts_by_agency_thackeray.docx",
    "doc_title": "Review Child Protection Plan - Casey, Jack and Poppy Thackeray",
    "split": "tune",
    "actions": 18,
    "template": "rcpc-word-plan-details-list-progress-summary-what-children-say-and-show-outcomes-then-plan-by-agency-lettered-headings-typed-numbered-sentences-restarting-at-1-under-each-heading-contingency-meetings",
    "description": (
        "Exemplary first review conference plan for a 15-year-old, an 11-year-old and a 3-year-old "
        "whose mother has recurrent depression and drinks heavily when low. The plan is set out by "
        "agency under lettered headings, and the typed numbering starts again at 1 under each one "
        "(Social Care 1-4, Health 1-4, Schools 1-3, Adult services 1-3, Family 1-4). Each numbered "
        "sentence names who, when and what will be seen. The CPN and the psychiatrist both assess "
        "change, the GP and alcohol service own actions, the grandmother's evenings have a fallback, "
        "legal planning follows named triggers, dates are set."
    ),
    "blocks": [
        ("title", "Review Child Protection Plan"),
        ("p", "Gibbleton Borough Council – Children's Social Care – Safeguarding Team East"),
        ("kv", [
            ("Children", "Casey Thackeray (15), DOB 09/02/2010; Jack Thackeray (11), DOB 27/07/2014; "
                         "Poppy Thackeray (3), DOB 15/05/2022"),
            ("Address", "3 Foundry Lane, Gibbleton GB9 2RQ"),
            ("Mother", "Leanne Thackeray (38), sole carer"),
            ("Fathers", "Gary Thackeray (Casey and Jack), no contact since 2021; Shaun Pollard (Poppy), lives in "
                        "Gibbleton"),
            ("Maternal grandmother", "Maureen Platt, 27 Chapel Row, Gibbleton"),
            ("Category", "Neglect"),
            ("Conference", "First review conference, 14/10/2025 (initial conference 15/07/2025). Chair: Derek "
                           "Onyango (IRO)"),
            ("Social worker", "Omar Haddad (team manager: Claire Binns)"),
        ]),
        ("h1", "Progress since the initial conference"),
        ("p", "Leanne has recurrent depression and drinks heavily when she is low. At the initial conference the "
              "house had no working cooker, Poppy had missed her immunisations and Casey was missing school to "
              "look after her. Since July Leanne has been seen by the Gibbleton Community Mental Health Team (CMHT) "
              "and the Gibbleton Recovery Service, and she has had two spells of ten days without a drink. The "
              "cooker has been replaced. But on 26/09/2025 police found Leanne asleep and smelling of alcohol at "
              "4pm with Poppy alone in the kitchen, and Casey's attendance this term is 81%."),
        ("h1", "What the children say and show us"),
        ("p", "Casey (seen on her own at the youth hub, 02/10/2025): “I'm sick of being the mum. I want to do my "
              "GCSEs. When Mum's drinking she's either crying or asleep.” She gave home 5 out of 10, up from 3 in "
              "July."),
        ("p", "Jack (seen on his own at school, 06/10/2025): “I like it when Nan comes because there's proper tea. "
              "I don't like it when Mum's sad.” He wants to get into the school football team."),
        ("p", "Poppy is 3 and talks in short sentences. On visits she plays happily with her dolls and runs to "
              "Casey, not Leanne, when she needs help. On 26/09/2025 police found her in a wet nappy, eating dry "
              "cereal from the box on the kitchen floor."),
        ("h1", "What we want for the children"),
        ("bullets", [
            "Casey, Jack and Poppy are cared for every day by a sober adult who is well enough to look after them.",
            "Poppy is never left alone, and her health checks and immunisations are up to date.",
            "Casey goes to school every day and is no longer caring for her brother and sister.",
            "Casey and Jack have someone they can talk to about their mum's illness and drinking.",
        ]),
        ("h1", "The plan"),
        ("p", "The plan is set out by agency. The numbers start again at 1 under each heading, so please give the "
              "heading and the number (for example “B2”) at core groups. Each action says who will do it, when, "
              "and how we will know."),
        ("h2", "A. Children's Social Care"),
        ("pi", "1. Omar Haddad (SW) will visit the children at home every Wednesday, with at least two visits a "
               "month unannounced and after 4pm, and will record on the case file each time what the children say, "
               "what food is in the house and whether Leanne is sober."),
        ("pi", "2. Omar Haddad (SW) will complete the parenting assessment of Leanne by 21/11/2025 and share the "
               "written report with Leanne, the core group and the second review conference."),
        ("pi", "3. Omar Haddad (SW) will refer Casey and Jack to Gibbleton Young Carers by 24/10/2025, and the "
               "acceptance letter and the dates of their first sessions will be on file by 14/11/2025."),
        ("pi", "4. Leah Dunn (family support worker) will do six weekly home sessions with Leanne on Poppy's daily "
               "routine from 20/10/2025, and will send the SW a routine chart each week showing Poppy's meals, "
               "nappy changes and bedtimes."),
        ("h2", "B. Health"),
        ("pi", "1. Sally Kerr (health visitor) will give Poppy her missed pre-school immunisations by 31/10/2025 and "
               "record them in the red book, which the SW will check at the next visit."),
        ("pi", "2. Sally Kerr (health visitor) will visit Poppy every two weeks until the review conference, weigh "
               "her and note her development, and will email the SW a short summary after each visit."),
        ("pi", "3. Dr Helen Mayhew (GP, Foundry Lane Surgery) will review Leanne's antidepressant and her liver "
               "tests by 07/11/2025 and write to the SW and the CMHT with the results and any change in her "
               "medication."),
        ("pi", "4. Jo Reed (primary mental health worker, Gibbleton CAMHS) will see Casey for four sessions about "
               "her low mood and her caring role, starting by 31/10/2025, and will send the SW a summary letter "
               "after the fourth session."),
        ("h2", "C. Schools and nursery"),
        ("pi", "1. Mrs Karen Walsh (DSL, Gibbleton Academy) will check Casey's attendance every morning, phone "
               "Leanne and the SW by 10am whenever Casey is absent, and send the SW an attendance report every "
               "Friday, aiming for 95% by the review."),
        ("pi", "2. Mr Paul Okafor (DSL, St Luke's Primary) will give Jack a free breakfast club place every school "
               "day, check that he arrives on time, and log any concern on CPOMS and tell the SW the same day."),
        ("pi", "3. Tina Boyd (manager, Little Stars Nursery) will keep Poppy's funded place on Monday, Tuesday and "
               "Wednesday mornings, phone the SW by 10am if Poppy does not arrive, and send the register to the SW "
               "each Friday."),
        ("h2", "D. Adult services"),
        ("pi", "1. Ben Oduya (alcohol worker, Gibbleton Recovery Service) will see Leanne every Monday, take a "
               "breath reading at each session and report in writing to each core group on how much she is "
               "drinking and whether she is making the changes the children need."),
        ("pi", "2. Fiona Hughes (community psychiatric nurse, Gibbleton CMHT) will visit Leanne every fortnight to "
               "check her mood and medication, and will report in writing to each core group on whether Leanne is "
               "making and keeping the changes needed and how long further change is likely to take."),
        ("pi", "3. Dr Simon Ekwueme (consultant psychiatrist, Gibbleton CMHT) will see Leanne by 14/11/2025 and "
               "write to the SW by 28/11/2025 with his assessment of her capacity to change, the steps still "
               "needed and the likely timescale."),
        ("h2", "E. Family"),
        ("pi", "1. Leanne will drink no alcohol on any day she is caring for the children, from 14/10/2025, and "
               "Omar and Ben will write down at every visit and session whether she is sober."),
        ("pi", "2. Leanne will take Poppy to nursery on her three mornings each week from 20/10/2025, and the "
               "nursery register will show Poppy at 9 of every 10 sessions or more."),
        ("pi", "3. Maureen Platt (maternal grandmother) will come to the house every weekday from 3.30pm to 7pm to "
               "give the children their tea, and will sign the visitors' sheet, which the SW will read at each "
               "visit."),
        ("pi", "4. Shaun Pollard (Poppy's dad) will have Poppy every other Saturday, 10am to 5pm, from 18/10/2025, "
               "and will text the SW when she arrives and when she goes home."),
        ("h1", "Contingency plan"),
        ("p", "If Leanne is found drunk or asleep while caring for the children, or Poppy is found alone, the "
              "children will go to Maureen's home at 27 Chapel Row that day and Omar will hold a strategy "
              "discussion with Gibbleton Police the same day; Fiona will arrange a same-day mental health review "
              "if Leanne says she feels unsafe."),
        ("p", "If Maureen cannot come or cannot have the children (she is unwell or away), Omar will ask Shaun to "
              "have Poppy and will place Casey and Jack with Gibbleton foster carers that day; if Shaun cannot "
              "have Poppy, all three children will be placed together."),
        ("p", "If there is another incident like the one on 26/09/2025 before the second review, or Dr Ekwueme's "
              "assessment says Leanne cannot make the changes in time for the children, Omar will ask Claire Binns "
              "for a legal planning meeting within five working days to decide whether to start the Public Law "
              "Outline."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 3.45pm, Foundry Lane Family Centre: 28/10/2025, 25/11/2025, "
            "06/01/2026 (moved for Christmas), 03/02/2026 and 03/03/2026.",
            "Second review child protection conference: Tuesday 14/04/2026, 10am, Gibbleton Civic Centre.",
        ]),
    ],
    "findings": [],
})
