"""Batch 23, module 4: seven fictional plans (tuning material), places beginning with "z".

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.

Focus: unusual mixes - prose, bullets and a table in one plan; an action
table that runs over pages with its header repeated; tables that are not
action tables (family composition, chronology, scaling, professional
contacts, review of the last plan) beside the real one; sub-headings per
child; a plan translated for the parents (English / Romanian); a plan set out
as What / Why / Who / When cards.
"""
from build_batch5 import F, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. ICPC plan mixing a family table, prose, outcome bullets, an action table
#    and "also agreed" bullets under the same heading (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b23_zarrowmead_mixed_prose_bullets_table_brannigan.docx",
    "doc_title": "Child Protection Plan - Tia Brannigan and Finn Brannigan-Shaw",
    "split": "tune",
    "template": "icpc-family-composition-table-prose-outcome-bullets-action-table-then-also-agreed-bullets",
    "description": (
        "ICPC plan for a 7-year-old and a 2-year-old (mother's drinking) mixing a 'Who is in the family' "
        "table, prose, outcome bullets, a four-column action table and 'Also agreed at conference' bullets "
        "under the same heading. 'As required', 'Monitored', a 'Family' / 'Ongoing' row, a blank measure, "
        "a passive referral with no measure, one adult-only outcome, and a grandmother and aunt carrying "
        "care with a contingency that sends the children back to the grandmother."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Zarrowmead Borough Council · Children's Services · Initial child protection conference held 08/05/2025"),
        ("kv", [
            ("Children", "Tia Brannigan (7, DOB 19/01/2018) and Finn Brannigan-Shaw (2, DOB 02/03/2023)"),
            ("Address", "14 Tenter Row, Zarrowmead"),
            ("Category", "Neglect"),
            ("Social worker", "Priya Nandra (SW), Zarrowmead Family Safeguarding Team"),
            ("Conference chair", "Malcolm Ure (IRO)"),
        ]),
        ("h2", "Who is in the family"),
        ("table", {
            "header": ["Name", "Relationship", "Age", "Where they live", "Notes"],
            "widths": [3.4, 3.2, 1.4, 3.6, 5.4],
            "rows": [
                ["Leanne Brannigan", "Mum", "31", "14 Tenter Row (home)",
                 "Main carer for both children. Works mornings at Zarrowmead Leisure Centre."],
                ["Tia Brannigan", "Daughter", "7", "Home", "Year 2 at Zarrowmead Primary."],
                ["Finn Brannigan-Shaw", "Son", "2", "Home", "Not in nursery yet. Funded place offered at Little Wrens."],
                ["Kyle Shaw", "Finn's dad", "29", "Flat 3, Gorsey Lane",
                 "Sees Finn on Sundays. Not Tia's father; Tia's father has no contact."],
                ["Sandra Brannigan", "Maternal grandmother (MGM)", "58", "Aldred Street, 5 minutes' walk",
                 "Has the children most Saturdays. Came to conference."],
                ["Jade Brannigan", "Maternal aunt", "26", "Lives with Sandra",
                 "Works nights Sunday to Wednesday."],
            ],
        }),
        ("h2", "Why we are worried"),
        ("p", "Since January the police have been to 14 Tenter Row three times. On 12/04/2025 officers found "
              "Leanne asleep on the sofa at 7pm after drinking, with Finn in a soaked nappy in his cot and Tia "
              "making toast for both of them. Leanne told the conference she drinks a bottle of wine most "
              "nights and more at weekends, and that she has fallen twice on the stairs. Her GP found raised "
              "liver enzymes in March. Tia's attendance is 84% and she has been late 14 times this term. Finn "
              "has few words for his age and has not had his 2-year review."),
        ("p", "Leanne loves her children and they are warm with her. She asked for help with her drinking at "
              "the conference and has already been to the Harbour Recovery Service drop-in once. Sandra and "
              "Jade want to help and both came to the meeting."),
        ("h2", "What Tia says, and what we see for Finn"),
        ("p", "I saw Tia on her own at school on 30/04/2025. She said: \"Mummy has her wine and then she's "
              "sleepy, so I do Finn's tea. I can do toast and cereal.\" She said she likes Saturdays best "
              "\"because Nanna does proper dinners and Auntie Jade does my hair\". When I asked what would make "
              "things better she said \"Mummy not being sleepy, and not being late so Miss doesn't tell me off\". "
              "Finn was seen at home on 02/05/2025: he toddled to Tia when he fell over rather than to Leanne, "
              "ate a banana quickly, and pointed and babbled but used only two clear words (\"Tia\" and \"no\")."),
        ("h2", "What needs to be different for Tia and Finn"),
        ("bullets", [
            "Tia and Finn are looked after every day and every night by an adult who is sober.",
            "Tia gets to school on time every day (attendance above 95%) and no longer makes Finn's meals or "
            "puts him to bed.",
            "Finn is clean, fed and going to nursery, and his speech and development are checked and on track "
            "by his third birthday.",
            "Leanne will cut down her drinking and go to the Harbour Recovery Service.",
        ]),
        ("h2", "The plan"),
        ("table", {
            "header": ["What needs to happen", "Who", "When", "How we'll know"],
            "widths": [5.6, 3.4, 3.4, 4.6],
            "rows": [
                ["Unannounced home visits: see Tia on her own, see Finn awake, and check the kitchen, the fridge "
                 "and where the children sleep",
                 "SW Priya Nandra",
                 "Every 10 working days, first by 16/05/2025",
                 "Visit records show Tia seen alone, Finn seen awake and food in the fridge at each visit"],
                ["Alcohol assessment with Leanne, then weekly key work; report on whether she is keeping alcohol "
                 "away from the times she is caring for Tia and Finn",
                 "Harbour Recovery Service – Dean Okafor (recovery worker)",
                 "Assessment by 23/05/2025, then weekly",
                 "Breath test at each session recorded; written report to every core group on Leanne's "
                 "drinking and progress"],
                ["Take Finn to his funded nursery place at Little Wrens three mornings a week",
                 "Leanne",
                 "Mon, Wed and Fri mornings from 19/05/2025",
                 "Nursery register shows Finn at 3 sessions each week"],
                ["Check Finn's growth, speech and development and complete his 2-year review",
                 "HV Carol Jessop",
                 "As required",
                 "ASQ-3, weight and height recorded in the red book and copied to the SW"],
                ["Keep track of Tia's attendance and lateness and have a weekly chat with her about home",
                 "DSL Ian Peel, Zarrowmead Primary",
                 "Weekly (Fridays)",
                 "Monitored"],
                ["Have Tia and Finn for tea after school on Tuesdays and Thursdays and walk Tia to school the "
                 "next morning",
                 "Sandra Brannigan (MGM)",
                 "Every Tue and Thu",
                 "Tea and school-run diary signed by Sandra; register shows Tia in by 8.50am on Wed and Fri"],
                ["Stay over at Leanne's on Friday and Saturday nights so that a sober adult is in the house",
                 "Jade Brannigan (maternal aunt)",
                 "Every Fri and Sat night",
                 "Overnight diary signed by Jade and checked by the SW at each visit"],
                ["Make sure there is no alcohol kept in the house",
                 "Family",
                 "Ongoing",
                 "No alcohol seen at SW and HV visits"],
                ["Complete the Strengthening Families parenting course (8 sessions)",
                 "Leanne, with FSW Ros Adebayo",
                 "Weekly from 20/05/2025",
                 ""],
            ],
        }),
        ("boldp", "Also agreed at conference"),
        ("bullets", [
            "Kyle Shaw will have Finn every Sunday from 10am to 4pm at his flat; the SW will check with Kyle "
            "and Leanne at each visit that contact took place and record it on the visit note.",
            "A referral to Zarrowmead Young Carers will be made for Tia by 23/05/2025.",
            "Dr Farah Quinn (GP) will repeat Leanne's liver function tests by 30/05/2025 and send the results "
            "to the SW and to Harbour Recovery Service.",
        ]),
        ("h2", "If things go wrong"),
        ("p", "If Leanne is found drunk while she is the only adult with the children, if the children are "
              "left on their own, or if Tia tells anyone that she has looked after Finn by herself, the SW (or "
              "the emergency duty team out of hours) will visit the same day. Tia and Finn will go to Sandra's "
              "house on Aldred Street and stay there while a strategy discussion is held within 24 hours."),
        ("h2", "Meetings"),
        ("bullets", [
            "Core group: every 4 weeks, first on 22/05/2025 at Zarrowmead Primary, then 19/06/2025 and 17/07/2025.",
            "Review child protection conference: 31/07/2025 at 10am, Zarrowmead Town Hall.",
            "If by the review conference Leanne is still drinking while she is caring for the children, or "
            "Tia's attendance has not improved, the SW will request a legal planning meeting.",
        ]),
    ],
    "findings": [
        F("F002", "Leanne will cut down her drinking and go to the Harbour Recovery Service."),
        F("T002", "Check Finn's growth, speech and development"),
        F("M002", "Keep track of Tia's attendance and lateness"),
        F("W002", "Make sure there is no alcohol kept in the house"),
        F("T002", "Make sure there is no alcohol kept in the house"),
        F("M001", "Complete the Strengthening Families parenting course (8 sessions)"),
        F("W001", "A referral to Zarrowmead Young Carers will be made"),
        F("M001", "A referral to Zarrowmead Young Carers will be made"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 2. RCPC plan: chronology table, then a long action table that runs over two
#    pages with its header row repeated; header and page footer. Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b23_zellingford_split_table_repeated_header_ferrier.pdf",
    "doc_title": "Review Child Protection Plan - Ferrier children",
    "split": "tune",
    "template": "rcpc-chronology-table-then-long-action-table-split-across-pages-repeated-header-paged",
    "description": (
        "Exemplary review plan for three children (father's schizophrenia, frightening behaviour when "
        "unwell) with a key-events chronology table that is not an action table, then a 14-row action table "
        "that breaks across pages with its header row repeated; OFFICIAL-SENSITIVE header and 'Page N of M' "
        "footer. CMHT asked to report on change, psychiatrist's capacity assessment, GP owns an action, "
        "grandmother and uncle covered in a specific contingency, dates and legal planning."
    ),
    "header": "OFFICIAL-SENSITIVE | Zellingford Council Children's Services | Ref ZCS/CP/25/0911",
    "footer": "Review child protection plan – Ferrier children – Page {PAGE} of {NUMPAGES}",
    "min_pages": 3,
    "blocks": [
        ("title", "Review Child Protection Plan"),
        ("kv", [
            ("Children", "Isaac Ferrier (11), Poppy Ferrier (6), Rosa Ferrier (8 months)"),
            ("Parents", "Ruth Ferrier (35) and Daniel Ferrier (38), 22 Quarry Hill Road, Zellingford"),
            ("Conference", "Review child protection conference, 14/05/2025 (initial conference 26/02/2025)"),
            ("Category", "Emotional abuse"),
            ("Social worker", "Owen Latimer, Zellingford Children's Services (Locality East)"),
            ("Chair", "Marion Achebe (IRO)"),
        ]),
        ("h1", "Key events"),
        ("table", {
            "header": ["Date", "What happened", "Source"],
            "widths": [2.6, 11.4, 3.0],
            "rows": [
                ["02/2024", "Daniel stopped his depot injection and became very unwell. He believed the "
                 "children's tablets were recording the family.", "CMHT"],
                ["14/03/2024", "Daniel was detained under section 2 of the Mental Health Act at Brookfield Unit "
                 "for five weeks. The children stayed at home with Ruth.", "Police / CMHT"],
                ["09/2024", "Rosa was born. Ruth told the HV she was frightened Daniel would stop his "
                 "medication again.", "HV"],
                ["05/02/2025", "Isaac told his teacher that his dad had taken all the phones and made the family "
                 "sit in the dark \"so they can't see us\".", "School"],
                ["19/02/2025", "Strategy discussion; section 47 enquiries started.", "Children's Services"],
                ["26/02/2025", "Initial conference: Isaac, Poppy and Rosa made subject to child protection "
                 "plans (emotional abuse).", "Children's Services"],
                ["28/02/2025 to now", "Daniel has had every depot dose on time. No further incidents "
                 "reported by the family, school or police.", "CMHT / SW"],
            ],
        }),
        ("h1", "What the children have told us and what we have seen"),
        ("p", "Isaac (seen alone at school, 07/05/2025) said: \"Dad is better when he has his injection.\" He "
              "said the worst time was \"when he took the phones and it was dark and scary\", and that he wants "
              "\"a normal dad, and for Mum not to cry in the kitchen\". He worries that it will happen again and "
              "that nobody will believe him. He would like to keep going to chess club on Thursdays."),
        ("p", "Poppy (seen alone at school, 08/05/2025) drew her family holding hands under a rainbow. She said "
              "her worry is \"when Daddy whispers at the window\" and that her best thing is \"Nana Irene's "
              "on Wednesdays\"."),
        ("p", "Rosa (8 months) was seen at home on 12/05/2025. She was smiley, reached for Ruth and babbled. "
              "She settled on Daniel's lap while Ruth was in the room and was crawling towards the toy box."),
        ("h1", "What we want for Isaac, Poppy and Rosa"),
        ("bullets", [
            "Isaac and Poppy live in a calm home where nobody frightens them, and they each know who to tell "
            "if Dad starts to become unwell.",
            "Isaac is a child, not his dad's carer: he goes to school and chess club and does not worry about "
            "watching his dad.",
            "Rosa is never left alone with a parent who is unwell, and she keeps gaining weight and reaching "
            "her milestones.",
            "If Daniel becomes unwell again, the children are kept safe that same day without having to "
            "raise the alarm themselves.",
        ]),
        ("h1", "What is working well"),
        ("p", "Daniel has had every depot injection since February and talks openly with Amira, his care "
              "coordinator. Ruth rang the CMHT herself in April when Daniel slept badly for two nights. Irene "
              "(Daniel's mum) and Carl (Daniel's brother) both came to conference and want to help."),
        ("h1", "The plan"),
        ("table", {
            "header": ["What needs to happen", "Who", "When", "How we will know"],
            "widths": [5.8, 3.6, 3.4, 4.2],
            "rows": [
                ["See Isaac, Poppy and Rosa at home, see Isaac and Poppy each on their own, and go through "
                 "their worries and wishes sheets with them",
                 "SW Owen Latimer",
                 "Every 2 weeks, unannounced at least once a month",
                 "Visit records show each child seen and Isaac and Poppy seen alone; their sheets are kept on "
                 "file and shared at each core group"],
                ["Give Daniel his depot injection, check his mental state and early warning signs, and report "
                 "to each core group on whether he is keeping to his relapse plan and what still needs to change",
                 "Care coordinator Amira Shah, Zellingford East CMHT",
                 "Every 14 days (next 21/05/2025); a missed dose reported to the SW the same day",
                 "Written report to every core group; depot dates sent to the SW after each appointment"],
                ["Psychiatric review of Daniel and a written assessment of his capacity to stay well, the risk "
                 "of relapse for the children and the likely timescale for any further change",
                 "Dr Rhys Pengelly, consultant psychiatrist, Zellingford East CMHT",
                 "By 20/06/2025",
                 "Assessment shared with the SW and the core group by 20/06/2025 and discussed at the core group "
                 "of 26/06/2025"],
                ["Write a relapse and safety plan naming Daniel's early warning signs, who Ruth rings and where "
                 "the children go",
                 "Ruth and Daniel, with SW Owen Latimer",
                 "By 04/06/2025",
                 "Signed plan on file, with copies at home and with both school DSLs"],
                ["Daniel not to look after Rosa on his own until the psychiatric assessment has been discussed; "
                 "Ruth to keep a simple diary of who cared for Rosa each day",
                 "Ruth and Daniel",
                 "From 14/05/2025 until the core group of 26/06/2025",
                 "Diary checked by the SW at each visit shows another adult there whenever Daniel had Rosa"],
                ["Check Rosa's weight and development and see how she responds to each parent",
                 "HV Leah Moorcroft",
                 "Monthly, next 28/05/2025; 1-year review by 30/09/2025",
                 "Weights and ASQ-3 in the red book; notes on Rosa's responses to each parent sent to the SW"],
                ["Weekly check-in with Isaac, passing on anything he says about home",
                 "DSL Jo Kendrick, Zellingford Academy",
                 "Weekly, every Tuesday",
                 "Check-in notes record Isaac's own words; any worry passed to the SW the same day"],
                ["Talk with Poppy using her feelings fan and note any change in her play, sleep or mood in class",
                 "DSL Sunil Barot, St Anne's Infant School",
                 "Weekly, every Thursday",
                 "Weekly note to the SW of what Poppy said and did; any worry passed on the same day"],
                ["Six sessions for Isaac with a young carers worker about his dad's illness and who he can talk to",
                 "Beth Lowry, Zellingford Young Carers",
                 "Fortnightly from 02/06/2025, finished by 31/08/2025",
                 "Isaac's feedback sheet after each session and the worker's summary letter to the SW; Isaac "
                 "can name three adults he would tell"],
                ["Have Poppy and Rosa on Wednesday and Friday afternoons so that Ruth has time with Isaac",
                 "Irene Ferrier (paternal grandmother)",
                 "Every Wednesday and Friday, 3.15pm to 6pm",
                 "St Anne's pick-up book signed by Irene; Ruth's diary shows her time with Isaac"],
                ["Drive Daniel to each depot appointment if he has no lift, and ring the SW if he refuses to go",
                 "Carl Ferrier (paternal uncle)",
                 "Every depot date (every 14 days)",
                 "Attendance confirmed by the CMHT to the SW after each depot date"],
                ["Hold a family network meeting to agree who can help if Daniel becomes unwell, and write the "
                 "network's plan down",
                 "FSW Hayley Grant",
                 "By 13/06/2025",
                 "Written network plan signed by those who attend and shared with the core group"],
                ["Put a flag on Daniel's GP record so that any medication change or missed appointment is shared "
                 "with the SW",
                 "Dr Nadia Ellis (GP), Castle Street Surgery",
                 "Flag by 23/05/2025; any change shared within 1 working day",
                 "GP letter confirming the flag; GP updates logged on the children's file"],
                ["Ring the CMHT crisis line and the SW (EDT out of hours) if Daniel shows any early warning sign "
                 "in the relapse plan",
                 "Ruth",
                 "The same day the sign is seen",
                 "Calls logged on the children's record with the time and what was done"],
            ],
        }),
        ("h1", "If Daniel becomes unwell again"),
        ("p", "If Daniel misses a depot dose by more than 3 days, refuses his medication, or shows any of his "
              "early warning signs (sleeping less than 4 hours, talking about devices recording the family, "
              "taking the phones or covering the windows), Ruth or any professional who knows will tell the SW "
              "that day. The SW (EDT out of hours) will hold a strategy discussion the same day and the CMHT "
              "crisis team will assess Daniel the same day. Daniel will go to stay with Carl on Mill Street, and "
              "the children will stay at home with Ruth."),
        ("p", "If Daniel will not leave, or Ruth cannot keep the children safe, the SW will ask the police to "
              "attend and the children will go to Irene's house. If Irene or Carl cannot do this, the children "
              "will be placed together with approved foster carers the same day. If Irene cannot do the "
              "Wednesday and Friday afternoons, FSW Hayley Grant will book Poppy into St Anne's after-school "
              "club and Rosa into the Little Acorns crèche on those days, paid for by Children's Services. "
              "In all of these situations the SW will request a legal planning meeting within 5 working days."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every 4 weeks: 29/05/2025, 26/06/2025, 24/07/2025 and 21/08/2025, at Zellingford Academy.",
            "Review child protection conference: 11/09/2025 at 10am, Zellingford Civic Offices.",
            "If Dr Pengelly's assessment says that Daniel is unlikely to stay well within the children's "
            "timescales, or if the plan has not moved on by the core group of 21/08/2025, the team manager "
            "will request a legal planning meeting (PLO) within 5 working days.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. RCPC plan (md): scaling table, then a sub-heading and an action table
#    per child and one for the whole family
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b23_zandlethorpe_per_child_tables_scaling_fairweather.md",
    "split": "tune",
    "template": "rcpc-scaling-table-then-per-child-subheading-action-tables-and-whole-family-table-md",
    "description": (
        "Review plan for three children after domestic abuse (mother's depression) in markdown: a children "
        "table and a scaling table that are not action tables, then a sub-heading, a goal line and an action "
        "table for each child and one for the whole family. 'When appropriate', 'ASAP', a blank owner, a "
        "blank measure, 'monitored', a counsellor who only treats with 'mood improves', contact supervised by "
        "'Family'; vague contingency with no fallback and no legal step."
    ),
    "text": """\
# Child Protection Plan – Fairweather children

**Zandlethorpe Metropolitan Council · Children's Social Care**
Review child protection conference: 15/05/2025 · Category: emotional abuse (domestic abuse)
Social worker: Kirsty Oyelaran (SW) · Chair: Tom Beddows (IRO)

| Child | Age | School / nursery |
|---|---|---|
| Maya Fairweather | 13 | Year 8, Zandlethorpe Academy |
| Leo Fairweather | 9 | Year 4, Moorside Primary |
| Ava Fairweather | 4 | Moorside Primary nursery class |

Parents: Chloe Fairweather (mum, main carer). Ross Fairweather (dad) left the family
home in January 2025 and lives with his mother, Brenda Fairweather, on Kiln Lane.

## Why there is a plan

Ross assaulted Chloe in front of the children in November, December and January.
In January Maya rang 999 herself while Leo hid Ava in the bathroom. Ross's bail
conditions ended in April and he now messages Chloe most days. Chloe has had
depression since Leo was born; she takes sertraline and has stopped going out
except for the school run. Maya is doing a lot of the caring at home and has
missed 11 days of school this term. Leo has hit two children at school since
March. Ava's nursery are worried about her speech.

Since the initial conference Chloe has kept Ross away from the house, has met the
IDVA four times and has not missed a nursery day with Ava.

## Scaling – where are we now?

0 = the children are not safe at all; 10 = safe enough for the plan to end.

| Who | Score | Why they gave that score |
|---|---|---|
| Maya | 4 | "Dad still messages Mum and she still answers him." |
| Leo | 5 | Drew himself in the middle, "because it's quieter but Dad is cross". |
| Chloe | 7 | "He isn't here any more and I've done everything you asked." |
| SW | 4 | The house is calmer, but Ross has done no work on his behaviour and contact is not yet safe. |
| Moorside Primary | 5 | Leo is calmer in the mornings; Ava's attendance is good. |

## What the children have told us

Maya (seen alone at school on 07/05/2025) said she is "sick of being the mum" and
that she wants "Mum to be happy and Dad to leave her alone". She would like to go
back to netball. Leo told me he likes seeing his dad "when Nana Brenda is there"
and that he gets "a hot feeling" in class when someone shouts. Ava showed me her
dolls' house and put the daddy doll "outside in the garden because he's shouty".

## The plan

### Maya (13)

**What we want for Maya:** Maya feels safe at home, is in school every day and does
not have to look after her mum, Leo and Ava.

| Action | Who | By when | How we'll know |
|---|---|---|---|
| Weekly sessions for Maya with the school counsellor about what has happened at home | Mrs Harpreet Dhillon, school counsellor | Every Wednesday from 21/05/2025 | Maya's own 0–10 score recorded at each session and shared with the SW monthly |
| Talk to Maya about healthy relationships and staying safe online | School nurse Gail Overton | When appropriate | Session notes shared with the SW |
| Help Maya block her dad's numbers and accounts on her phone | | By 30/05/2025 | Maya shows the SW her blocked list |
| Refer Maya to Zandlethorpe Young Carers so she gets a break from looking after the others | SW Kirsty Oyelaran | By 30/05/2025 | Young Carers assessment done and Maya on the Tuesday group register |

### Leo (9)

**What we want for Leo:** Leo feels calm at home and at school and does not hurt
other children.

| Action | Who | By when | How we'll know |
|---|---|---|---|
| See Leo on his own at school or at home and do a three houses with him | SW Kirsty Oyelaran | Every 3 weeks | Three houses kept on file and shared at each core group |
| Leo to go to Kidz Club, the children's domestic abuse recovery group | Sam Nwosu, children's worker, Zandlethorpe Women's Aid | 10 weekly sessions from w/c 09/06/2025 | |
| Keep an eye on Leo's behaviour in class and tell the SW about incidents | Class teacher, Mr Frost | Daily | Behaviour monitored |

### Ava (4)

**What we want for Ava:** Ava's speech is checked and helped, and she goes to
nursery every day happy and ready to play.

| Action | Who | By when | How we'll know |
|---|---|---|---|
| Check Ava's speech and language and refer her to speech and language therapy if needed | HV Tessa Grainger | By 18/07/2025 | WellComm screen result and any referral copied to the SW |
| Get Ava to nursery every morning | Chloe | Every weekday from 02/06/2025 | Nursery register shows at least 9 of 10 sessions each fortnight |

### The whole family

| Action | Who | By when | How we'll know |
|---|---|---|---|
| Weekly counselling for Chloe with Talking Space | Talking Space counsellor (Dean Ashe) | Weekly | Chloe's mood improves |
| GP to review Chloe's sertraline and tell the SW if she stops collecting her prescription | Dr Amal Haddad, Moorside Medical Practice | By 06/06/2025, then monthly | GP letter to the SW after each review |
| Safety planning with Chloe and the children, and extra locks and a video doorbell (sanctuary scheme) | IDVA Rhona Baird | By 20/06/2025 | Written safety plan copied to the SW; sanctuary works signed off by the housing officer |
| Ross to complete the Changing Paths domestic abuse perpetrator programme | Ross Fairweather | ASAP | Programme report and completion letter sent to the SW |
| Tell the SW about any call-out to the address or any report involving Ross | Zandlethorpe Police, Domestic Abuse Unit | Within 24 hours of any call-out | Call-outs logged on the children's file |
| Supervise Saturday contact between Ross and the children at Brenda's house | Family | Every other Saturday, 1pm to 4pm | Contact log signed and shown to the SW |

## If things go wrong

If there are further incidents or the plan is not followed, the core group will meet
to discuss what has happened and consider whether the plan needs to change.

## Core group and review

- Core group every 4 weeks: 29/05/2025, 26/06/2025 and 24/07/2025, at Moorside Primary.
- Review child protection conference: 13/11/2025, 1.30pm, Zandlethorpe Civic Hall.
""",
    "findings": [
        F("T002", "Talk to Maya about healthy relationships and staying safe online"),
        F("W001", "Help Maya block her dad's numbers and accounts"),
        F("M001", "Leo to go to Kidz Club"),
        F("M002", "Keep an eye on Leo's behaviour in class"),
        F("H001", "Weekly counselling for Chloe with Talking Space"),
        F("M002", "Weekly counselling for Chloe with Talking Space"),
        F("T002", "Ross to complete the Changing Paths domestic abuse perpetrator programme"),
        F("W002", "Supervise Saturday contact between Ross and the children"),
        F("C002"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Plan translated for the parents: English then Romanian under each
#    heading, numbered actions with Who / When / How we will know lines (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b23_zorvale_bilingual_romanian_translated_vladescu.txt",
    "split": "tune",
    "template": "bilingual-english-romanian-translated-plan-numbered-actions-field-lines-txt",
    "description": (
        "ICPC plan for a 10-year-old and a 3-year-old (physical chastisement; father's weekend drinking) "
        "translated for the parents: every section and action in English then Romanian, with Who / When / "
        "How we will know lines (each numbered item is one action; its RO lines are its translation). 'Improvement in parenting', 'as soon as possible', 'Professionals', a '-' "
        "measure and a passive interpreter booking with no owner; father only told to refer himself, so no "
        "adult service owns an action; review conference 'date to be confirmed'."
    ),
    "text": """\
ZORVALE COUNCIL - CHILDREN'S SERVICES
CONSILIUL ZORVALE - SERVICII PENTRU COPII

CHILD PROTECTION PLAN - TRANSLATED COPY FOR PARENTS
PLAN DE PROTECȚIE A COPILULUI - COPIE TRADUSĂ PENTRU PĂRINȚI

Children / Copii:          Andrei Vlădescu (10), Daria Vlădescu (3)
Parents / Părinți:         Elena Vlădescu (mother / mama), Mihai Vlădescu (father / tata)
Address / Adresa:          Flat 9, Linnet House, Wharf Street, Zorvale
Conference / Conferința:   Initial child protection conference, 22/05/2025
                           Conferința inițială de protecție a copilului, 22/05/2025
Category / Categoria:      Physical abuse / Abuz fizic
Social worker:             Helen Marsh, Zorvale Safeguarding Team 3
Asistent social:           Helen Marsh, Echipa de Protecție 3 Zorvale
Translation / Traducere:   Zorvale Language Line, ref. ZLL-55821 (Cristina Pop)

Note: the English text is the plan agreed at the conference. If anything in the
two versions is different, please ask Helen.
Notă: textul în limba engleză este planul stabilit la conferință. Dacă ceva
diferă între cele două versiuni, vă rugăm să o întrebați pe Helen.

--------------------------------------------------------------------------------
1. WHY WE ARE WORRIED / DE CE SUNTEM ÎNGRIJORAȚI
--------------------------------------------------------------------------------
EN  On 29/04/2025 Andrei came to school with a bruise on his upper arm and a
    long mark on his back. He told his teacher that his dad hit him with a belt
    because he lost his phone. Mihai told the police he "smacked" Andrei and
    that this is how he was brought up. Police were also called twice in March
    after neighbours heard shouting; both times Mihai was drunk. Mihai told us
    he drinks 6 to 8 cans of beer on Friday and Saturday nights, and Elena says
    he is angrier when he has been drinking. The family live in a one-bedroom
    flat and Andrei sleeps on the sofa.

RO  Pe 29/04/2025 Andrei a venit la școală cu o vânătaie pe braț și cu o urmă
    lungă pe spate. I-a spus învățătoarei că tatăl lui l-a lovit cu cureaua
    pentru că și-a pierdut telefonul. Mihai a spus poliției că l-a "plesnit" pe
    Andrei și că așa a fost crescut și el. Poliția a fost chemată și de două ori
    în martie, după ce vecinii au auzit țipete; de ambele dăți Mihai era beat.
    Mihai ne-a spus că bea 6-8 doze de bere vineri și sâmbătă seara, iar Elena
    spune că este mai nervos când a băut. Familia locuiește într-un apartament
    cu un dormitor, iar Andrei doarme pe canapea.

--------------------------------------------------------------------------------
2. WHAT ANDREI SAYS AND WHAT WE SEE FOR DARIA /
   CE SPUNE ANDREI ȘI CE VEDEM LA DARIA
--------------------------------------------------------------------------------
EN  Helen saw Andrei on his own at school on 06/05/2025 with an interpreter; he
    chose to speak English. He said: "I love my dad but I don't want the
    belt." He is scared on Saturday nights when his dad is "loud", and he wants
    "my own bed and a place to do homework". Daria was seen at home on
    13/05/2025. She played with her dolls' house, went to Elena for cuddles and
    ran to Mihai when he came in. She has no nursery place and spends most
    days indoors.

RO  Helen l-a văzut pe Andrei singur la școală pe 06/05/2025, cu un interpret;
    el a ales să vorbească în engleză. A spus: "Îl iubesc pe tata, dar nu vreau
    cureaua." Îi este frică sâmbătă seara când tatăl lui este "gălăgios" și își
    dorește "patul meu și un loc unde să-mi fac temele". Daria a fost văzută
    acasă pe 13/05/2025. S-a jucat cu căsuța de păpuși, a mers la Elena să o
    îmbrățișeze și a alergat la Mihai când a intrat. Nu are loc la grădiniță și
    își petrece cea mai mare parte a zilelor în casă.

--------------------------------------------------------------------------------
3. WHAT WE WANT FOR ANDREI AND DARIA / CE DORIM PENTRU ANDREI ȘI DARIA
--------------------------------------------------------------------------------
EN  - Andrei and Daria are never hit or hurt at home.
    - Andrei feels safe to tell his parents, his school or Helen if something
      is wrong at home.
    - Daria goes to nursery and plays with other children.
    - Both children have a safe place to sleep, and Andrei has a space to do
      his homework.

RO  - Andrei și Daria nu sunt niciodată loviți sau răniți acasă.
    - Andrei se simte în siguranță să le spună părinților, școlii sau lui Helen
      dacă ceva nu este în regulă acasă.
    - Daria merge la grădiniță și se joacă cu alți copii.
    - Ambii copii au un loc sigur unde să doarmă, iar Andrei are un loc unde
      să-și facă temele.

--------------------------------------------------------------------------------
4. WHAT WILL HAPPEN / CE SE VA ÎNTÂMPLA
--------------------------------------------------------------------------------
4.1 EN  Helen will visit Andrei and Daria at home and see Andrei on his own.
        Who: Helen Marsh (SW)
        When: every 2 weeks, first visit by 30/05/2025
        How we will know: visit records show Andrei seen alone at every visit
    RO  Helen îi va vizita acasă pe Andrei și pe Daria și va vorbi cu Andrei
        singur.
        Cine: Helen Marsh (asistent social)
        Când: la fiecare 2 săptămâni, prima vizită până la 30/05/2025
        Cum vom ști: notele vizitelor arată că Andrei a fost văzut singur de
        fiecare dată

4.2 EN  Mihai and Elena will go to the Calm Parenting course (8 weekly
        sessions) to learn ways to manage Andrei's behaviour without hitting.
        Who: Mihai and Elena
        When: weekly from 10/06/2025
        How we will know: improvement in parenting
    RO  Mihai și Elena vor merge la cursul Calm Parenting (8 întâlniri, o dată
        pe săptămână) ca să învețe cum să se poarte cu Andrei fără să-l lovească.
        Cine: Mihai și Elena
        Când: săptămânal, începând cu 10/06/2025
        Cum vom ști: îmbunătățirea modului de a fi părinte

4.3 EN  Mihai will refer himself to Zorvale Drug and Alcohol Service about his
        drinking.
        Who: Mihai
        When: by 06/06/2025
        How we will know: the service confirms the referral to Helen in writing
    RO  Mihai se va înscrie singur la Serviciul pentru Droguri și Alcool Zorvale
        pentru problema cu băutura.
        Cine: Mihai
        Când: până la 06/06/2025
        Cum vom ști: serviciul îi confirmă lui Helen înscrierea, în scris

4.4 EN  Mrs Pryce will check Andrei for marks and talk with him every week.
        Who: Mrs Amanda Pryce (DSL, Zorvale Park Primary)
        When: every Monday
        How we will know: weekly note to Helen; if a mark is seen, a body map
        and a phone call to Helen the same day
    RO  Doamna Pryce va verifica dacă Andrei are urme pe corp și va vorbi cu el
        în fiecare săptămână.
        Cine: doamna Amanda Pryce (responsabil cu protecția copilului, Zorvale
        Park Primary)
        Când: în fiecare luni
        Cum vom ști: o notă săptămânală către Helen; dacă se vede o urmă, o
        schiță a corpului și un telefon către Helen în aceeași zi

4.5 EN  Ana will help Elena apply for Daria's free nursery place.
        Who: Ana Dumitru (family support worker, speaks Romanian)
        When: as soon as possible
        How we will know: Daria starts nursery and the register is copied to
        Helen
    RO  Ana o va ajuta pe Elena să facă cererea pentru locul gratuit la
        grădiniță pentru Daria.
        Cine: Ana Dumitru (lucrător de sprijin pentru familie, vorbește română)
        Când: cât mai curând posibil
        Cum vom ști: Daria începe grădinița, iar condica de prezență îi este
        trimisă lui Helen

4.6 EN  Support the family's housing application for a bigger home.
        Who: Professionals
        When: by 31/07/2025
        How we will know: housing band letter copied to Helen
    RO  Sprijin pentru cererea familiei de a primi o locuință mai mare.
        Cine: profesioniștii
        Când: până la 31/07/2025
        Cum vom ști: scrisoarea de la serviciul de locuințe îi este trimisă lui
        Helen

4.7 EN  Helen will explain this plan to Andrei in words he understands,
        using his own worksheet.
        Who: Helen Marsh (SW)
        When: by 13/06/2025
        How we will know: -
    RO  Helen îi va explica lui Andrei acest plan în cuvinte pe care le
        înțelege, folosind fișa lui.
        Cine: Helen Marsh (asistent social)
        Când: până la 13/06/2025
        Cum vom ști: -

4.8 EN  A Romanian interpreter will be booked for every visit and meeting
        with Elena and Mihai.
        Who: -
        When: every visit and meeting
        How we will know: the interpreter's name is on every visit record
    RO  Se va rezerva un interpret de limba română pentru fiecare vizită și
        întâlnire cu Elena și Mihai.
        Cine: -
        Când: la fiecare vizită și întâlnire
        Cum vom ști: numele interpretului apare în fiecare notă de vizită

4.9 EN  Nobody in the house will hit the children. If Mihai or Elena feel
        angry they will walk away and ring Helen or Elena's sister Maria.
        Who: Mihai and Elena
        When: from 22/05/2025, every day
        How we will know: Andrei tells Helen at each visit whether anyone has
        hit him; no marks seen at school
    RO  Nimeni din casă nu îi va lovi pe copii. Dacă Mihai sau Elena se simt
        furioși, vor pleca din cameră și o vor suna pe Helen sau pe Maria, sora
        Elenei.
        Cine: Mihai și Elena
        Când: începând cu 22/05/2025, în fiecare zi
        Cum vom ști: Andrei îi spune lui Helen la fiecare vizită dacă l-a lovit
        cineva; la școală nu se văd urme

--------------------------------------------------------------------------------
5. IF THINGS GO WRONG / DACĂ LUCRURILE MERG RĂU
--------------------------------------------------------------------------------
EN  If Andrei or Daria has a mark that nobody can explain, or either child
    says they have been hit, the school or any professional will tell Helen
    that day and Helen will hold a strategy discussion with the police the
    same day. Mihai will be asked to stay away from the flat and the children
    will stay with Elena. If Elena cannot keep Mihai away, the children will go
    to Elena's sister, Maria Stan, on Brook Road; if Maria cannot have them,
    they will go to foster carers the same day. The same will happen if the
    police are called because Mihai is drunk at home.
    If the children are hit again, or Mihai and Elena have not finished the
    Calm Parenting course by the review conference, Helen will ask her manager
    for a legal planning meeting.

RO  Dacă Andrei sau Daria are o urmă pe care nimeni nu o poate explica, sau
    unul dintre copii spune că a fost lovit, școala sau orice profesionist îi
    va spune lui Helen în aceeași zi, iar Helen va organiza o discuție de
    strategie cu poliția în aceeași zi. Lui Mihai i se va cere să stea departe
    de apartament, iar copiii vor rămâne cu Elena. Dacă Elena nu îl poate ține
    pe Mihai departe, copiii vor merge la sora Elenei, Maria Stan, pe Brook
    Road; dacă Maria nu îi poate primi, vor merge la asistenți maternali în
    aceeași zi. La fel se va întâmpla dacă poliția este chemată pentru că
    Mihai este beat acasă.
    Dacă copiii sunt loviți din nou, sau Mihai și Elena nu au terminat cursul
    Calm Parenting până la conferința de revizuire, Helen îi va cere șefei ei
    o întâlnire de planificare juridică.

--------------------------------------------------------------------------------
6. MEETINGS / ÎNTÂLNIRI
--------------------------------------------------------------------------------
EN  Core group: every 4 weeks, first on 05/06/2025 at Zorvale Park Primary,
    then 03/07/2025.
    Review child protection conference: date to be confirmed.
RO  Grupul de lucru: la fiecare 4 săptămâni, prima dată pe 05/06/2025 la
    Zorvale Park Primary, apoi pe 03/07/2025.
    Conferința de revizuire: data urmează să fie confirmată.

Plan written by Helen Marsh (SW), 23/05/2025. Translated 27/05/2025.
Plan scris de Helen Marsh (asistent social), 23/05/2025. Tradus 27/05/2025.
""",
    "findings": [
        F("M002", "Mihai and Elena will go to the Calm Parenting course"),
        F("T002", "Ana will help Elena apply for Daria's free nursery place"),
        F("W002", "Support the family's housing application for a bigger home"),
        F("M001", "Helen will explain this plan to Andrei in words"),
        F("W001", "A Romanian interpreter will be booked for every visit"),
        F("F004"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 5. ICPC plan as What / Why / Who / When cards of short paragraphs, with a
#    professional contacts table that is not an action table (docx). Exemplary.
# ---------------------------------------------------------------------------
def _card(title, what, why, who, when, know):
    return [("boldp", title), ("kv", [("What", what), ("Why", why), ("Who", who), ("When", when),
                                       ("How we'll know", know)])]


PLANS.append({
    "name": "b23_zimbleham_what_why_who_when_cards_mercer.docx",
    "doc_title": "Child Protection Plan - Kayden and Ella Mercer",
    "split": "tune",
    "template": "icpc-contacts-table-then-what-why-who-when-plan-cards",
    "description": (
        "Exemplary ICPC plan for a 14-year-old being criminally exploited and his 9-year-old sister "
        "(mother's depression) with a professional contacts table that is not an action table, then twelve "
        "plan cards of short What / Why / Who / When / How we'll know paragraphs. Named owners, real "
        "timescales, observable measures, the mental health team asked to assess and report on change, "
        "GP owns an action, grandmother and uncle covered by a fallback, dates and legal planning."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Zimbleham City Council – Children and Young People's Service – Adolescent Safeguarding Team"),
        ("kv", [
            ("Young people", "Kayden Mercer (14, Year 9) and Ella Mercer (9, Year 4)"),
            ("Mum", "Shona Mercer (39), 31 Netherfield Close, Zimbleham"),
            ("Conference", "Initial child protection conference, 15/05/2025"),
            ("Category", "Neglect (Kayden and Ella); Kayden also at risk of criminal exploitation"),
            ("Social worker", "Marcus Doyle (SW)"),
        ]),
        ("h2", "Who's involved"),
        ("table", {
            "header": ["Name", "Role", "Agency", "Contact"],
            "widths": [3.6, 4.6, 5.0, 3.8],
            "rows": [
                ["Marcus Doyle", "Social worker", "Zimbleham CYPS, Adolescent Safeguarding", "07700 900311"],
                ["Kerry Oduya", "Return home interview worker", "Zimbleham Runaways Service", "07700 900482"],
                ["DS Paul Ormerod", "Missing and exploitation lead", "Zimbleham Police", "Via 101, ref MX-7"],
                ["Rachel Onu", "Designated safeguarding lead", "Zimbleham High School", "school office"],
                ["Priya Shah", "Designated safeguarding lead", "Netherfield Primary", "school office"],
                ["Jordan Hale", "Youth worker (mentor)", "Zimbleham Youth Service", "07700 900177"],
                ["Siobhan Kerr", "Mental health practitioner", "Zimbleham Primary Care Mental Health Team",
                 "via GP surgery"],
                ["Dr Imran Patel", "GP", "Netherfield Medical Centre", "surgery"],
            ],
        }),
        ("h2", "What we are worried about"),
        ("p", "Kayden has been reported missing six times since February. Twice he was found in Ottercombe, "
              "40 miles away, once with £340 in cash and two phones that were not his. Police believe older "
              "males are using him to carry drugs. He has been on a reduced timetable since March."),
        ("p", "Shona has depression and has been in bed for much of the day since the winter. When Kayden "
              "goes missing she goes out looking for him in the evenings, and Ella, who is 9, has been left "
              "at home on her own until after midnight on at least three occasions."),
        ("h2", "What Kayden and Ella say"),
        ("p", "Kayden (seen alone in the car on 09/05/2025): \"I'm not a kid, I can look after myself.\" He "
              "said he owes \"some people\" money and does not want to talk about who. He wants to play for "
              "the under-15s again and wants \"Mum to get up in the mornings like she used to\"."),
        ("p", "Ella (seen alone at school on 12/05/2025): \"I don't like it when Mum goes out looking for Kayden "
              "and I'm on my own with the telly.\" She likes Friday nights at Nan's because \"we do baking "
              "and I sleep in the big bed\". She would like \"everyone to be home at night\"."),
        ("h2", "What we want to be different"),
        ("bullets", [
            "Kayden is home by 9pm every night, is not going missing, and is safe from the adults who are "
            "using him.",
            "Kayden is back in school full time and playing football on Saturdays.",
            "Ella is never left at home on her own, and there is always an adult up and looking after her in "
            "the mornings and evenings.",
            "Both children live with a mum who is well enough to know where they are and to get them to school.",
        ]),
        ("h2", "The plan, card by card"),
        *_card("Card 1 – Seeing Kayden and Ella",
               "Marcus will see Kayden and Ella at home and see each of them on their own, with Kayden seen "
               "away from the house (in the car or at a café) at least every other visit.",
               "So that both children can tell us how things really are.",
               "SW Marcus Doyle",
               "Every week; first visit by 22/05/2025",
               "Visit records show each child seen alone, with their own words written down."),
        *_card("Card 2 – After every missing episode",
               "Kerry will offer Kayden a return home interview after every missing episode.",
               "To find out where he went, who he was with and what would stop it happening again.",
               "Kerry Oduya, Zimbleham Runaways Service",
               "Within 72 hours of Kayden coming home, every time",
               "Interview report sent to the SW and police within 5 working days; names and places added to "
               "Kayden's exploitation map."),
        *_card("Card 3 – Reporting Kayden missing",
               "Shona will ring the police if Kayden is not home by 9pm and is not answering his phone.",
               "Police can start looking straight away, and Shona does not go out and leave Ella.",
               "Shona",
               "By 9.30pm on any night he is not home",
               "Police log number texted to the SW by 10am the next working day; the SW checks police "
               "missing records every Monday."),
        *_card("Card 4 – Stopping the adults",
               "DS Ormerod will serve Child Abduction Warning Notices on the two adults Kayden has been found "
               "with and share the disruption plan.",
               "To keep those adults away from Kayden.",
               "DS Paul Ormerod, Zimbleham Police",
               "Notices by 13/06/2025; update at every core group",
               "Notices logged on the police system; written update given to each core group."),
        *_card("Card 5 – Back to school full time",
               "Rachel will put Kayden back on a full timetable with a key adult he checks in with every morning.",
               "School keeps Kayden busy, safe and seen in the daytime.",
               "Rachel Onu, DSL, Zimbleham High School",
               "Full timetable from 02/06/2025; attendance sent every Friday",
               "Weekly register sent to the SW; attendance at least 90% by 18/07/2025."),
        *_card("Card 6 – Kayden's mentor",
               "Jordan will meet Kayden twice a week for mentoring and activities.",
               "Kayden gets a trusted adult and something to do in the evenings when he is most at risk.",
               "Jordan Hale, Zimbleham Youth Service",
               "Tuesday and Thursday, 6pm to 8pm, from 20/05/2025",
               "Session log sent to the SW monthly; Kayden attends at least 6 of every 8 sessions."),
        *_card("Card 7 – Shona's depression",
               "Siobhan will see Shona weekly for six sessions and assess whether Shona is able to make and "
               "keep the changes the children need (getting up, knowing where Kayden is, being home with Ella "
               "in the evenings) and how long this is likely to take.",
               "So that the plan knows whether Shona's mood is likely to lift in time for Kayden and Ella.",
               "Siobhan Kerr, Zimbleham Primary Care Mental Health Team",
               "Weekly from 21/05/2025; written assessment by 04/07/2025",
               "Written assessment of Shona's capacity to change shared with the core group by 04/07/2025."),
        *_card("Card 8 – Shona's medication",
               "Dr Patel will review Shona's antidepressant and tell the SW if she stops collecting it.",
               "Shona stopped her tablets in January and her mood dropped.",
               "Dr Imran Patel, GP, Netherfield Medical Centre",
               "Review by 30/05/2025, then monthly",
               "GP letter to the SW after the review; prescription collection dates checked monthly."),
        *_card("Card 9 – Ella's evenings and Fridays",
               "Pauline will collect Ella from school on Mondays and Wednesdays and have her to stay every "
               "Friday night.",
               "Ella has a grown-up with her and a break at her Nan's.",
               "Pauline Mercer (maternal grandmother)",
               "Every Monday and Wednesday 3.15pm, and every Friday night",
               "School pick-up book signed by Pauline; Ella's 'my week' sheet checked by the SW at each visit."),
        *_card("Card 10 – Kayden's Saturdays",
               "Darren will take Kayden to football training and matches and bring him home afterwards.",
               "Saturday is the day Kayden has gone missing most often.",
               "Darren Mercer (maternal uncle)",
               "Every Saturday, 9am to 2pm",
               "Club attendance list; Darren texts Shona and the SW when Kayden is home."),
        *_card("Card 11 – National Referral Mechanism",
               "Marcus will make an NRM referral for Kayden as a possible victim of criminal exploitation.",
               "So that Kayden is treated as a victim and the decision is known if he is charged.",
               "SW Marcus Doyle",
               "By 23/05/2025",
               "NRM reference number on file; the decision shared with the core group when it arrives."),
        *_card("Card 12 – Checking in with Ella",
               "Priya will have a check-in with Ella every week using her worry monster and pass on what Ella says.",
               "Ella has a safe adult at school who notices how she is.",
               "Priya Shah, DSL, Netherfield Primary",
               "Every Tuesday",
               "Check-in notes kept; anything worrying passed to the SW the same day."),
        ("h2", "If things go wrong"),
        ("p", "If Kayden is missing overnight, is found outside Zimbleham, or is found with drugs, a weapon, "
              "cash or a new phone, Shona or the professional who knows will tell the police at once and the SW "
              "(EDT out of hours) the same day. A strategy meeting will be held by the next working day, or the "
              "same day if Kayden is hurt. If Kayden is found with a weapon or is missing for more than 24 hours, "
              "the SW will ask for an emergency placement with specialist foster carers outside Zimbleham the "
              "same day."),
        ("p", "If Shona goes out to look for Kayden, Ella goes to Pauline's. If Pauline cannot have Ella, the "
              "SW or EDT will arrange an emergency foster carer for Ella that night. If Pauline cannot do the "
              "Monday and Wednesday pick-ups, Ella will go to Netherfield Primary's after-school club, paid for by "
              "CYPS; if Darren cannot do a Saturday, Jordan will take Kayden to the Youth Service Saturday "
              "session instead."),
        ("h2", "Meetings and what happens if things don't change"),
        ("bullets", [
            "Core group every 2 weeks while Kayden is going missing: 29/05/2025, 12/06/2025, 26/06/2025, "
            "10/07/2025 and 24/07/2025, at Zimbleham High School.",
            "Review child protection conference: 07/08/2025 at 2pm, Zimbleham Civic Centre.",
            "If Kayden is missing overnight twice in any month, or Siobhan's assessment says that Shona cannot "
            "make the changes in time, the SW will request a legal planning meeting within 5 working days.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. RCPC plan: review-of-the-last-plan RAG table and a contacts table next to
#    the new action table; family moving to another council (pdf, paged)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b23_zennerby_previous_plan_review_contacts_transfer_rudd.pdf",
    "doc_title": "Review Child Protection Conference Plan - Nevaeh Rudd and Kobe Cavanagh",
    "split": "tune",
    "template": "rcpc-previous-plan-rag-review-and-contacts-tables-then-new-action-table-transfer-pending-paged",
    "description": (
        "Review plan for a 6-year-old and a toddler (mother on methadone, low mood) whose family are moving "
        "to another council, with a RAG review of the last plan and a professional contacts table that are "
        "not action tables beside the new plan table; header and page footer. Three actions handed on or "
        "deferred until the move (two with vague timescales), 'Monitored', a CPN who only supports, a blank "
        "measure, 'Ongoing', an adult-only outcome, and a review conference left for the new council to set."
    ),
    "header": "OFFICIAL-SENSITIVE – Zennerby Borough Council – Children's Social Care",
    "footer": "RCPC plan 22/05/2025 – Rudd / Cavanagh – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Review Child Protection Conference – Plan"),
        ("kv", [
            ("Children", "Nevaeh Rudd (6) and Kobe Cavanagh (18 months)"),
            ("Mother", "Stacey Rudd (27)"),
            ("Kobe's father / Stacey's partner", "Liam Cavanagh (30)"),
            ("Address", "7 Sorrel Walk, Zennerby (moving to Brindlecross on 16/06/2025)"),
            ("Conference", "Review child protection conference, 22/05/2025"),
            ("Category", "Neglect"),
            ("Social worker", "Callum Brierley, Zennerby Children's Social Care (Team 4)"),
        ]),
        ("h1", "1. How the last plan went (initial conference, 20/02/2025)"),
        ("table", {
            "header": ["Action in the last plan", "Lead", "RAG", "What has happened"],
            "widths": [5.0, 3.8, 1.4, 6.8],
            "rows": [
                ["Weekly drug tests for Stacey", "Zennerby Recovery Service", "Green",
                 "12 of 13 tests negative for opiates other than prescribed methadone; one positive for cocaine "
                 "on 08/04/2025, which Stacey admitted."],
                ["Methadone kept in a lockbox at home", "Stacey", "Green",
                 "Lockbox seen locked at every SW visit since 03/03/2025."],
                ["Nevaeh's school attendance", "DSL, Zennerby Church Primary", "Amber",
                 "Up from 81% to 89%; late 9 times this term."],
                ["Kobe's 18-month developmental review", "Health visitor", "Red",
                 "Not done: family not at home on 14/03/2025 or 11/04/2025."],
                ["Parenting group for Liam", "Liam", "Red",
                 "Not started; Liam says his shifts at the warehouse clash with the group."],
            ],
        }),
        ("h1", "2. Professional contacts"),
        ("table", {
            "header": ["Name", "Role", "Agency", "Phone"],
            "widths": [3.8, 4.4, 5.2, 3.6],
            "rows": [
                ["Callum Brierley", "Social worker", "Zennerby Children's Social Care", "01632 960412"],
                ["Tanya Wilde", "Recovery key worker", "Zennerby Recovery Service", "01632 960788"],
                ["Gary Lund", "Community psychiatric nurse", "Zennerby Adult Community Mental Health Team",
                 "01632 960255"],
                ["Donna Pike", "Health visitor", "Zennerby 0-19 Service", "01632 960930"],
                ["Farida Khan", "Designated safeguarding lead", "Zennerby Church Primary", "01632 960161"],
                ["Abi Kowalczyk", "Family support worker", "Zennerby Family Hub", "01632 960577"],
            ],
        }),
        ("h1", "3. What has changed and what still worries us"),
        ("p", "Stacey has kept her methadone safe and most of her tests are clear, but she used cocaine in April "
              "and says her mood has been low since Christmas. Kobe has still not had his developmental review "
              "and is not yet walking on his own. Nevaeh's attendance is better but she is still often late "
              "and hungry on arrival. The family have been offered a tenancy in Brindlecross and move on "
              "16/06/2025; the case will transfer to Brindlecross Council."),
        ("h1", "4. Nevaeh's views and what we see for Kobe"),
        ("p", "Nevaeh (seen alone at school, 15/05/2025) said she is \"a bit sad about leaving Miss Khan\" and "
              "\"happy about having my own bedroom\". She said Mummy is \"sleepy in the mornings\" and that she "
              "gets her own breakfast \"if there is some\". She wants to take her rabbit to the new house. Kobe "
              "was seen at home on 19/05/2025: he pulled himself up on the sofa, brought his cup to Stacey and "
              "laughed when Liam played peekaboo; his nappy was wet through."),
        ("h1", "5. What we want for Nevaeh and Kobe"),
        ("bullets", [
            "Nevaeh and Kobe are looked after by parents who are not using drugs, and the methadone is never "
            "where the children can reach it.",
            "Nevaeh gets to school on time every day with breakfast, in Zennerby and then at her new school.",
            "Kobe has his developmental review and any help he needs with walking and talking.",
            "Stacey stays off heroin and engages with the new drug service in Brindlecross.",
        ]),
        ("h1", "6. The plan from today"),
        ("table", {
            "header": ["Action", "Lead", "Timescale", "Evidence of progress"],
            "widths": [5.6, 3.8, 3.2, 4.4],
            "rows": [
                ["Visit Nevaeh and Kobe at home, see Nevaeh on her own and check the methadone lockbox is locked "
                 "and out of reach",
                 "SW Callum Brierley",
                 "Weekly until the transfer-in conference",
                 "Visit records show Nevaeh seen alone and the lockbox checked at every visit"],
                ["Random urine drug tests for Stacey",
                 "Zennerby Recovery Service (Tanya Wilde)",
                 "Weekly",
                 "Monitored"],
                ["Pass Stacey's key work and methadone prescribing to Brindlecross drug service for them to pick "
                 "up after the move",
                 "Zennerby Recovery Service (Tanya Wilde)",
                 "On transfer",
                 "Handover letter copied to the SW"],
                ["Support Stacey with her low mood and anxiety",
                 "CPN Gary Lund, Zennerby Adult Community Mental Health Team",
                 "Fortnightly",
                 "Appointments attended, recorded and shared with the SW"],
                ["Parenting assessment of Stacey and Liam to be completed by Brindlecross once the family have moved",
                 "Brindlecross Children's Services",
                 "TBC after the move",
                 "Assessment report to the transfer-in conference"],
                ["Kobe's missed 18-month developmental review to be done by the new health visiting team after "
                 "the move",
                 "HV Donna Pike",
                 "When the family are settled",
                 "ASQ-3 results shared with the SW"],
                ["Check Nevaeh's attendance, lateness and whether she has eaten, and talk with her about home",
                 "DSL Farida Khan, Zennerby Church Primary",
                 "Every Friday until she leaves; records to the new school before her first day",
                 "Attendance figures and check-in notes emailed to the SW every Friday"],
                ["Liam to start the Stepping Stones fathers' parenting group (online)",
                 "Liam Cavanagh",
                 "10 weekly sessions from 05/06/2025",
                 ""],
                ["Help the family with the move: removals, a new GP and a school place for Nevaeh",
                 "FSW Abi Kowalczyk",
                 "Ongoing",
                 "New GP registration and school place confirmed to the SW in writing"],
                ["Send the children's files and this plan to Brindlecross and ask for a transfer-in conference "
                 "within 15 working days of the move",
                 "Team manager Helen Ashworth",
                 "Transfer request by 06/06/2025",
                 "Transfer-in conference date confirmed in writing by Brindlecross"],
                ["Keep Kobe at Busy Bees nursery until the move and find him a nursery place in Brindlecross",
                 "Stacey",
                 "Tue and Thu until 13/06/2025; new place by 30/06/2025",
                 "Nursery register, and the new place confirmed by letter copied to the SW"],
            ],
        }),
        ("h1", "7. If things go wrong"),
        ("p", "If Stacey tests positive for heroin or cocaine, if the lockbox is found open or methadone is within "
              "the children's reach, or if either adult is found under the influence while caring for the "
              "children, the SW will visit the same day and a strategy discussion will be held within 24 hours. "
              "Nevaeh and Kobe will stay with their maternal grandmother, Linda Rudd, in Zennerby while this "
              "happens, or with foster carers if Linda cannot have them, and the SW will request a legal "
              "planning meeting."),
        ("h1", "8. Transfer, core group and review"),
        ("p", "Zennerby remains responsible for the plan until Brindlecross hold the transfer-in conference. The "
              "core group will meet every 2 weeks until then: 05/06/2025 and 19/06/2025 (the second by video "
              "with Brindlecross). Review conference: to be set by Brindlecross at transfer-in."),
    ],
    "findings": [
        F("M002", "Random urine drug tests for Stacey"),
        F("X001", "Pass Stacey's key work and methadone prescribing to Brindlecross"),
        F("H001", "Support Stacey with her low mood and anxiety"),
        F("X001", "Parenting assessment of Stacey and Liam to be completed"),
        F("T002", "Parenting assessment of Stacey and Liam to be completed"),
        F("X001", "Kobe's missed 18-month developmental review to be done"),
        F("T002", "Kobe's missed 18-month developmental review to be done"),
        F("M001", "Liam to start the Stepping Stones fathers' parenting group"),
        F("T002", "Help the family with the move: removals, a new GP"),
        F("F002", "Stacey stays off heroin and engages with the new drug service in Brindlecross."),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 7. ICPC plan (md): who's-who and scaling tables, prose, then the plan under a
#    sub-heading per child with bold-owner bullets. Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b23_zulhaven_per_child_bullets_whos_who_lomax.md",
    "split": "tune",
    "template": "icpc-whos-who-and-scaling-tables-then-per-child-subheading-bullets-bold-owner-md",
    "description": (
        "Exemplary ICPC plan for three children (mother's misuse of codeine with chronic pain; faltering "
        "growth in the baby) in markdown: a who's-who table and a scaling table that are not action tables, "
        "prose, then the plan under a sub-heading per child, one for the parents and one for family help, "
        "each bullet naming the owner in bold with when and how we'll know. Drug service asked to report on "
        "change, GP owns an action, aunt and grandmother covered by a fallback, dates and legal planning."
    ),
    "text": """\
# Zulhaven Council – Child Protection Plan

**Children:** Jayden Lomax (8), Esme Lomax (5), Teddy Lomax (4 months)
**Parents:** Kirsty Lomax (29) and Stuart Lomax (33), 5 Fennel Court, Zulhaven
**Initial child protection conference:** 20/05/2025 · **Category:** Neglect
**Social worker:** Nadia Rahim (SW), Zulhaven Children's Services, Family Safeguarding West

## Who's who

| Name | Who they are | Where they live |
|---|---|---|
| Kirsty Lomax | Mum, main carer | Home |
| Stuart Lomax | Dad, HGV driver, away Monday to Thursday nights | Home at weekends |
| Jayden Lomax | Son, Year 3, Zulhaven Juniors | Home |
| Esme Lomax | Daughter, Reception, Zulhaven Infants | Home |
| Teddy Lomax | Son, 4 months | Home |
| Gemma Hart | Kirsty's sister | Marsh Lane, 10 minutes away |
| Val Lomax | Stuart's mum (paternal grandmother) | Orchard Way, Zulhaven |

## Where things are now (scaling)

0 = we are so worried the children can't stay at home; 10 = the children are safe
and well cared for and the plan can end.

| Who | Score | What they said |
|---|---|---|
| Kirsty | 6 | "I know I've let things slip with the tablets, but the kids are fed." |
| Stuart | 5 | "I'm away too much to see what's going on." |
| Gemma | 5 | "Some mornings Kirsty can't get up at all." |
| HV | 3 | Teddy has dropped from the 50th to the 9th centile in 8 weeks. |
| SW | 3 | Kirsty has been found drowsy twice with the children in her care. |

## What we are worried about

Kirsty has had chronic back pain since Esme was born. She is prescribed codeine
and has been buying more online; she told us she takes "about double" her
prescription. Twice in April she was found very drowsy at home with the three
children, once by Gemma and once by the health visitor. Teddy is not gaining
weight and his bottles are not always made up properly. Jayden has been late for
school 20 times this year and Esme has tooth decay that needs treatment.

## What the children tell us and what we see

Jayden (seen alone at school, 13/05/2025) said: "We're always late because Mum's
really tired in the mornings." He likes it when Auntie Gemma comes "because she
does toast and plaits Esme's hair". He worries about Teddy crying. Esme said her
teeth "hurt when I eat ice lollies" and that she wants "sparkly teeth like
Jayden". Teddy (seen at home, 15/05/2025) cried hard and sucked his fists until
he was fed; he finished a 6oz bottle quickly, then smiled and settled on Gemma's
shoulder.

## What we want for the children

- **Jayden** is in school on time every day and does not worry about his mum or Teddy.
- **Esme** has her teeth treated, is not in pain and goes to school every day.
- **Teddy** is fed regularly and gains weight, back on the 25th centile by the end of July.
- All three children are always cared for by an adult who is awake and alert.

## The plan

### For Jayden (8)

- **SW Nadia Rahim** will see Jayden on his own at school or at home every two weeks. *We'll know because* each visit record has Jayden's own words about home and mornings, shared at every core group.
- **Daniel Osei (DSL, Zulhaven Juniors)** will send Jayden's attendance and lateness to the SW every Friday. *We'll know because* the weekly figures are on file, with Jayden in by 8.50am on 9 of every 10 days by 18/07/2025.

### For Esme (5)

- **Kirsty** will take Esme to the Zulhaven Community Dental Service on 04/06/2025 and to every treatment appointment after that. *We'll know because* the dental service's letter confirming attendance and treatment is copied to the SW.
- **Leila Ahmed (DSL, Zulhaven Infants)** will check in with Esme using her feelings pictures every Wednesday. *We'll know because* check-in notes record what Esme says and anything worrying reaches the SW the same day.

### For Teddy (4 months)

- **HV Joanne Birch** will weigh Teddy at home every week until he is back on the 25th centile, then fortnightly. *We'll know because* weights are plotted in the red book and emailed to the SW after each visit.
- **Kirsty** will keep a feed chart for Teddy every day, with the time and amount of each bottle. *We'll know because* the HV and SW check the chart at each visit and it shows at least 6 feeds a day.
- **Dr Priya Venkat (community paediatrician)** will see Teddy about his weight by 13/06/2025. *We'll know because* the clinic letter with her findings and plan is copied to the SW and GP.

### For Kirsty and Stuart, so the children have an alert parent

- **Zulhaven Drug and Alcohol Service (key worker Lee Marsden)** will assess Kirsty's codeine use by 06/06/2025, then see her weekly for a supervised reduction. *We'll know because* Lee writes to every core group, with test results, on whether Kirsty is making the changes the children need and how long a safe reduction is likely to take.
- **GP Dr Hugh Barraclough** will move Kirsty's codeine to weekly prescriptions and review her pain relief with the drug service by 30/05/2025. *We'll know because* the prescribing record shows weekly collection and is copied to the SW monthly.
- **Kirsty** will keep all her medicines in the locked box in the kitchen, out of the children's reach, from 20/05/2025. *We'll know because* the SW and HV see the box locked at every visit.
- **Stuart** will ring Kirsty at 7.30am every morning he is away, and ring Gemma or the SW straight away if Kirsty does not answer or sounds drowsy. *We'll know because* the SW checks Stuart's call log at each visit and any call to Gemma or the SW is recorded that day.

### Family help

- **Gemma Hart (maternal aunt)** will come at 7.30am every Monday to Thursday to help get Jayden and Esme up and to school. *We'll know because* the school registers show both children in on time on those days and Gemma signs the kitchen diary.
- **Val Lomax (paternal grandmother)** will stay over every Tuesday night and have the children every Saturday from 10am to 5pm. *We'll know because* Val signs the kitchen diary and the SW checks it at each visit.

## If things go wrong

If Kirsty is found drowsy, slurring or unable to wake while she is caring for the
children, if she takes codeine that is not prescribed to her, or if Teddy loses
weight at two weighs in a row, whoever finds this will ring the SW (EDT out of
hours) straight away and the SW will visit the same day. Stuart will come home,
and until he arrives the children will go to Val's house.

If Val cannot have the children, they will be placed together with approved
foster carers the same day. If Gemma cannot do the mornings more than once in a
week, the SW will book Jayden and Esme into the Zulhaven Juniors breakfast club
(paid for by Children's Services) and the HV will visit Teddy that morning.

A strategy discussion will be held within 24 hours of any of these events. If it
happens a second time, the team manager will request a legal planning meeting
within 5 working days.

## Meetings

- **Core group:** every 4 weeks – 03/06/2025, 01/07/2025 and 29/07/2025, at Zulhaven Infants.
- **Review child protection conference:** 14/08/2025, 10am, Zulhaven Civic Centre.
- If by the core group on 29/07/2025 Kirsty is not on a supervised reduction, or Teddy's weight is not rising, the SW will request a legal planning meeting.
""",
    "findings": [],
})
