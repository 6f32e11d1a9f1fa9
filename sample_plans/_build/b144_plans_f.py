"""Batch 144, module f: seven fictional plans (held-out material), places beginning with "f".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: plans as they look when they are updated, not when they are first
written. A first review conference record that opens with the decision (two
areas without enough progress, so a legal planning meeting is booked),
attendance and views, gives the chair's summary of progress against each
outcome with a scaling score "then -> now", and restates the live plan under
outcome banner rows with a Status column ("Revised today", "Carried forward:
was ..., now ...", "New"), keeping the closed actions in a separate table; a
baby's plan as made detailed at the first core group from the conference's
outline plan, with the outcome and the lead merged down a Word table and a
RAG column written in words; a transfer-in conference record that reads the
previous authority's plan through and restates it with an Origin column;
core group minutes half-way to the review with an "Update 12/02" column; a
live Markdown copy of a disabled boy's plan with old wording struck through,
a new social worker and recovery worker, moved dates, a closed row and a
change log; a core group progress record in Markdown with dated progress
notes under each action and a scaling table; and a plain-text case-system
print of a second review conference with "Due (set)" and "Due (now)" fields,
a change of owner, step-down criteria and a list of closed tasks. Families
live with a mother's drinking, domestic abuse, a mother's bipolar disorder,
a mother's depression, a father's drinking while caring for a disabled son,
a father's cocaine and cannabis use, and a veteran father's PTSD and
depression; relatives help in four of them.

Five plans are exemplary (no findings): Fallowmere (review conference
record, docx), Fernhallow (first core group detailed plan, docx), Foxholme
(transfer-in conference, pdf), Ferrybrook (struck-through live copy, md) and
Farthingmoor (second review case print, txt). Two carry a realistic mix of
faults among mostly good rows: the Fordingley core group minutes (pdf) and
the Firlingham progress record (md).

Counting convention used for "actions" (sample_plans/README.md, convention 1
and "not work already done"): every live row of an action table, every
action bullet or card and every TASK block of the live plan counts, whether
its status says continues, revised, carried forward, new or achieved for
work that goes on. Not counted: rows in a separate "closed" table or list,
one-off actions marked done, a struck-through row closed as no longer
needed, the outline plan quoted from the conference, the previous
authority's plan read through in prose, progress notes, change-log lines,
the contingency and the meeting dates.
"""
from build_batch5 import F, H, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. First review conference record: decision first (legal planning meeting
#    booked because two areas have not moved), attendance table, views, the
#    chair's progress summary with scaling then -> now, then the revised plan
#    under outcome banner rows with a Status column, and a separate table of
#    closed actions. Mother's drinking, grandmother helping. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b144_fallowmere_rcpc_record_decision_first_outcome_banners_ostrowska.docx",
    "doc_title": "Review Child Protection Conference - Record and Revised Plan - Maja and Kuba",
    "split": "heldout",
    "actions": 12,
    "landscape": True,
    "template": "rcpc1-record-docx-landscape-decision-first-legal-planning-booked-attendance-table-childrens-and-family-views-chairs-progress-summary-per-outcome-scaling-then-now-then-revised-plan-outcome-banner-rows-lead-by-when-how-well-know-status-then-separate-closed-actions-table-contingency-meetings",
    "description": (
        "Exemplary record of a first review conference for an 11-year-old and a 4-year-old whose "
        "mother drinks. It opens with the decision: the plan continues, progress is not enough in "
        "two areas and a legal planning meeting is booked for a set date. Then attendance, the "
        "children's and family's views, and the chair's summary of progress against each outcome "
        "with a scaling score then and now. The revised plan is a landscape Word table under "
        "outcome banner rows with a Status column (continues, revised today, carried forward with "
        "the old and new date, new); closed and no-longer-needed actions sit in a separate table. "
        "The alcohol service reports on change and the GP owns an action, the grandmother's part "
        "has a foster-care fallback, legal triggers are named, core group and review dates are set."
    ),
    "blocks": [
        ("title", "Review Child Protection Conference – Record and Revised Plan"),
        ("p", "Fallowmere Borough Council · Children's Services · Safeguarding and Reviewing Unit"),
        ("kv", [
            ("Children", "Maja Ostrowska (11), DOB 02/06/2014, Year 6, St Brannock's Primary School; Kuba "
                         "Ostrowski (4), DOB 19/09/2021, Little Owls Nursery"),
            ("Address", "31 Tanner's Row, Fallowmere FM4 2JD"),
            ("Mother", "Agnieszka Ostrowska (34)"),
            ("Maternal grandmother", "Halina Nowak (61), 7 Millstream Court, Fallowmere (ten minutes by bus)"),
            ("Father", "Lives abroad and has had no contact since 2022; he was sent the conference invitation "
                       "by letter"),
            ("Category", "Neglect (both children)"),
            ("Initial conference", "11/11/2025"),
            ("This conference", "First review child protection conference, Tuesday 10/02/2026, Fallowmere Civic "
                                "Offices, Room 4"),
            ("Chair", "Helen Marchetti, Independent Reviewing Officer"),
            ("Social worker", "Daniel Achterberg (team manager: Rosalind Quaye)"),
        ]),
        ("h1", "1. Decision"),
        ("p", "Maja and Kuba will remain subject to child protection plans under the category of neglect. "
              "Agnieszka agreed with the decision. Halina asked for it to be written down that she thinks the "
              "children are safer than they were in November, and the conference agreed with her."),
        ("p", "Progress is not enough in two areas. Agnieszka had positive breath tests on 06/01/2026 and "
              "20/01/2026, both on mornings when she took Kuba to nursery, and Kuba's nursery attendance has "
              "fallen to 71% this half term. For that reason the chair asked for legal planning: Rosalind Quaye "
              "has booked a legal planning meeting with Fallowmere Legal Services for Tuesday 24/02/2026 at 2pm, "
              "to decide whether the Public Law Outline should start. Daniel will tell Agnieszka the outcome in "
              "person that afternoon and confirm it by letter."),
        ("p", "The conference also agreed four changes to the plan: breath tests twice a week with random tests "
              "at home; Halina to take Kuba to nursery three mornings a week; a family group conference; and the "
              "second review conference brought forward to three months."),
        ("h1", "2. Who attended"),
        ("table", {
            "header": ["Name", "Role", "Attended"],
            "widths": [6.0, 12.0, 7.7],
            "rows": [
                ["Helen Marchetti", "Independent Reviewing Officer (chair)", "Present"],
                ["Agnieszka Ostrowska", "Mother", "Present, with her friend Ewa for support"],
                ["Halina Nowak", "Maternal grandmother", "Present"],
                ["Daniel Achterberg", "Social worker, Fallowmere Children's Services",
                 "Present; report shared five working days before"],
                ["Rosalind Quaye", "Team manager", "Present for the decision"],
                ["Callum Tierney", "Recovery worker, Fallowmere Alcohol Recovery Service",
                 "Present; written report"],
                ["Mr Paul Devlin", "Designated safeguarding lead, St Brannock's Primary School", "Present"],
                ["Tamsin Hale", "Key worker, Little Owls Nursery", "Written report"],
                ["Grace Lindqvist", "Health visitor, Fallowmere Community Health", "Present"],
                ["Dr Nkechi Obi", "GP, Kestrel Lane Surgery", "Written report"],
                ["Aled Morgan", "Fallowmere Young Carers", "Apologies; update by e-mail"],
                ["Nadia Rahman", "Business support", "Minutes"],
            ],
        }),
        ("h1", "3. What Maja and Kuba have told us"),
        ("p", "Maja was seen on her own at school on 03/02/2026. She said: “It's better than before Christmas. "
              "Mum goes to her meetings and Babcia has us on Fridays, which is the best night. But two times in "
              "January Mum smelled of drink when she took Kuba to nursery, and I told my teacher I felt sick so I "
              "could go home and check on them. I don't want to be the one who checks.” Asked where home is on a "
              "scale where 10 means everything is fine, she said 5; in November she said 2."),
        ("p", "Maja wants Daniel to keep coming, wants more nights at her nan's, and asked that her mum “gets a "
              "test that shows she's OK every day, not just on Tuesdays”."),
        ("p", "Kuba is four. On the last three home visits he showed Daniel his dinosaur floor puzzle, asked for "
              "a drink in Polish and then in English, and ran to his mum for a cuddle when he bumped his head; "
              "she picked him up straight away. On 20/01/2026 nursery noted that he arrived at 10.40am, hungry "
              "and in the clothes he had worn the day before, and that he told his key worker “Mama was "
              "sleepy”."),
        ("h1", "4. What the family said"),
        ("p", "Agnieszka: “I know January was bad. It was the anniversary of my dad dying and I drank. I want "
              "the children to see me sober every day and I will do the extra tests.” She agrees to Halina "
              "taking Kuba to nursery."),
        ("p", "Halina: she can take Kuba three mornings a week but works on Mondays and Fridays. She would care "
              "for both children if Agnieszka drank again, but her flat has one bedroom."),
        ("h1", "5. The chair's summary of progress against each outcome"),
        ("p", "Scores are the conference's agreed scaling: 0 means the children are not safe and 10 means the "
              "plan can end. The first score was agreed at the initial conference on 11/11/2025, the second at "
              "this conference."),
        ("bullets", [
            "Outcome 1 – Maja and Kuba are cared for every day by a sober adult who is awake, feeds them and gets "
            "them to school and nursery. Score 3/10 → 5/10. Partly met: 22 of 26 key-work sessions kept, but two "
            "positive breath tests in January.",
            "Outcome 2 – Kuba goes to nursery for every session he is booked for, fed and on time, and his speech "
            "keeps developing. Score 4/10 → 4/10. Not met: attendance 71% this half term, and his speech review "
            "has not yet taken place.",
            "Outcome 3 – Maja goes to school on time, no longer looks after her brother or her mum, and has adults "
            "she trusts to talk to. Score 3/10 → 6/10. Mostly met: attendance 96% and weekly talks with Mrs "
            "Jenkins, but she still goes home to check on her mum.",
            "Outcome 4 – Maja and Kuba have a safe adult in their family who can care for them at short notice. "
            "Score 5/10 → 7/10. Met for now: every Friday at Halina's kept; there is no second family carer yet.",
        ]),
        ("h1", "6. The revised plan"),
        ("p", "The live plan is set out under the four outcomes. The Status column says whether a row continues "
              "as agreed in November, was revised today, was carried forward with a new date, or is new. Actions "
              "that are finished or no longer needed are in section 7 and are not part of the live plan."),
        ("table", {
            "header": ["No.", "What will happen", "Lead", "By when", "How we will know", "Status at this review"],
            "widths": [1.3, 7.6, 4.2, 4.0, 5.6, 3.0],
            "band_fill": "DDEBF7",
            "rows": [
                ["Outcome 1 – Maja and Kuba are cared for every day by a sober adult", H, H, H, H, H],
                ["1.1",
                 "Visit Maja and Kuba at home, at least one visit in three unannounced, and see Maja on her own",
                 "Daniel Achterberg, SW",
                 "Weekly until the second review conference",
                 "Visit records show both children seen each week, Maja seen alone at least every other week and "
                 "her words written down",
                 "Continues – 12 of 13 weeks done"],
                ["1.2",
                 "Go to key-work at Fallowmere Alcohol Recovery Service and take a breath test at every session, "
                 "so that she is sober whenever she is caring for Maja and Kuba",
                 "Agnieszka Ostrowska (Mum)",
                 "Every Tuesday and Friday from 13/02/2026 (was weekly)",
                 "The service's attendance record shows every session kept and every breath test reading zero",
                 "Revised today: now twice a week"],
                ["1.3",
                 "Key-work and breath tests with Agnieszka, random breath tests at home, and a written report "
                 "before each core group on whether she is making the changes Maja and Kuba need, what still has "
                 "to change and how long it is likely to take",
                 "Callum Tierney, recovery worker, Fallowmere Alcohol Recovery Service",
                 "As 1.2; a random home test at least once a week from 16/02/2026; report two working days before "
                 "each core group",
                 "Test results and the written report on the children's file before every core group",
                 "Continues; home tests new today"],
                ["1.4",
                 "Check Agnieszka's liver function and medication, and tell the SW within two working days if she "
                 "misses a GP or blood test appointment, so that the core group knows if her drinking is "
                 "affecting her care of Maja and Kuba",
                 "Dr Nkechi Obi, GP, Kestrel Lane Surgery",
                 "Blood test by 06/03/2026 (carried forward: was by 31/01/2026); results letter by 13/03/2026",
                 "GP letter with the results on the children's file by 13/03/2026; any missed appointment e-mailed "
                 "to the SW",
                 "Carried forward – Agnieszka missed the test on 27/01/2026"],
                ["Outcome 2 – Kuba goes to nursery fed and on time, and his speech keeps developing", H, H, H, H, H],
                ["2.1",
                 "Record Kuba's arrival time and how he presents, and phone the SW by 10am if he has not arrived",
                 "Tamsin Hale, key worker, Little Owls Nursery",
                 "Every booked session (Monday to Thursday mornings)",
                 "Attendance sheet e-mailed to the SW each Friday, showing 90% or more by the next core group; "
                 "every 10am call logged",
                 "Revised today: 10am call added"],
                ["2.2",
                 "Take Kuba to nursery on Tuesday, Wednesday and Thursday mornings",
                 "Halina Nowak (maternal grandmother)",
                 "From 17/02/2026 until the second review conference",
                 "Little Owls signing-in book shows Halina bringing Kuba on those mornings; the SW checks it every "
                 "two weeks",
                 "New – agreed today"],
                ["2.3",
                 "Check Kuba's speech and language, and refer him to speech and language therapy if he is behind "
                 "for his age",
                 "Grace Lindqvist, health visitor",
                 "Review by 13/03/2026 (carried forward: was by 31/01/2026)",
                 "Review summary sent to the SW; if needed, the referral letter on file within a week of the "
                 "review",
                 "Carried forward – no one in at two home visits"],
                ["Outcome 3 – Maja can be a child, gets to school on time and has adults she trusts", H, H, H, H, H],
                ["3.1",
                 "Meet Maja every Monday with her key adult, Mrs Jenkins, and check her attendance and lateness",
                 "Mr Paul Devlin, DSL, St Brannock's Primary School",
                 "Every Monday in term time",
                 "Meetings logged on CPOMS; attendance e-mailed to the SW each Friday, at 95% or more with no "
                 "more than one late mark a half term",
                 "Continues – on track"],
                ["3.2",
                 "Give Maja a place at the Thursday young carers' group and a one-to-one session each half term",
                 "Aled Morgan, Fallowmere Young Carers",
                 "Every Thursday, 4pm to 5.30pm; one-to-one once each half term",
                 "Group register sent to the SW each month; one-to-one notes shared with Maja's agreement",
                 "Continues – 9 of 10 groups attended"],
                ["3.3",
                 "Four direct work sessions with Maja using the three houses, so that her worries and wishes reach "
                 "the core group in her own words",
                 "Daniel Achterberg, SW",
                 "All four by 27/03/2026",
                 "Maja's drawings and words on file and brought to each core group",
                 "New – agreed today"],
                ["Outcome 4 – Maja and Kuba have a safe family adult at short notice", H, H, H, H, H],
                ["4.1",
                 "Have Maja and Kuba to stay every Friday night, and be the adult Maja phones if her mum has been "
                 "drinking",
                 "Halina Nowak (maternal grandmother)",
                 "Every Friday from 14/11/2025; the same night whenever Maja calls",
                 "Halina texts the SW each Saturday morning; Maja tells the SW at visits whether she could reach "
                 "her nan",
                 "Continues – every Friday kept"],
                ["4.2",
                 "Hold a family group conference so that the wider family agree who will care for Maja and Kuba "
                 "if Agnieszka drinks and Halina cannot",
                 "Olu Bankole, coordinator, Fallowmere Family Group Conference Service",
                 "Conference held by 20/03/2026",
                 "Written family plan shared with the core group on 31/03/2026",
                 "New – referred by the SW today"],
            ],
        }),
        ("h1", "7. Actions closed at this review"),
        ("p", "These are kept for the record and are not part of the live plan."),
        ("table", {
            "header": ["Ref", "Action in the November plan", "Who", "Closed", "Evidence"],
            "widths": [1.3, 8.0, 5.0, 4.0, 7.4],
            "rows": [
                ["C1", "Refer Agnieszka to Fallowmere Alcohol Recovery Service", "Daniel Achterberg, SW",
                 "Done 14/11/2025", "Acceptance letter on file; first key-work session 18/11/2025"],
                ["C2", "Home fire safety visit and smoke alarms fitted", "Fallowmere Fire and Rescue Service",
                 "Done 03/12/2025", "Visit certificate on file; alarms seen working on 09/12/2025"],
                ["C3", "Find Kuba a nursery place nearer home", "Daniel Achterberg, SW",
                 "No longer needed",
                 "Kuba keeps his place at Little Owls now that Halina takes him three mornings a week (row 2.2)"],
            ],
        }),
        ("h1", "8. Contingency plan"),
        ("p", "If Agnieszka has a positive breath test, is seen or smelt to have been drinking while the children "
              "are with her, or Maja or Kuba tell anyone that she has been drinking, Daniel (or the emergency duty "
              "team out of hours) will make sure the children go to Halina's at 7 Millstream Court that day, and "
              "will hold a strategy discussion with Fallowmere Police the same day. The children will not go home "
              "until that discussion has agreed a plan."),
        ("p", "If Halina cannot have the children (she is ill, working or away, or says she cannot cope), Daniel "
              "will place Maja and Kuba together with Fallowmere foster carers that day. On a nursery morning "
              "Halina cannot do, Bev Cartwright, family support worker, will collect Kuba at 8.30am."),
        ("p", "The legal planning meeting on 24/02/2026 goes ahead whatever happens before then. If there is a "
              "further positive test, or Kuba's attendance is below 80% in any two weeks before that date, "
              "Rosalind Quaye will bring the meeting forward to within two working days."),
        ("h1", "9. Core group and review"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 10am at Fallowmere Family Hub: 03/03/2026, 31/03/2026 and "
            "28/04/2026. Daniel chairs; Agnieszka and Halina are members.",
            "Legal planning meeting: Tuesday 24/02/2026, 2pm (section 1).",
            "Second review child protection conference, brought forward to three months: Tuesday 12/05/2026, "
            "10am, Fallowmere Civic Offices.",
        ]),
        ("p", "Record agreed by Helen Marchetti (IRO) on 12/02/2026 and sent to everyone who attended or sent a "
              "report. A copy in Polish is sent to Agnieszka and Halina."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. A baby's plan as made detailed at the first core group from the
#    initial conference's outline plan. Portrait Word table with the outcome
#    merged down its rows, one lead merged over two rows and a RAG column in
#    words. Domestic abuse, father living apart, paternal grandmother
#    supervising Sunday contact. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b144_fernhallow_first_core_group_outline_made_detailed_adeyemi.docx",
    "doc_title": "Child Protection Plan agreed at the First Core Group - Zion Adeyemi",
    "split": "heldout",
    "actions": 10,
    "check_vmerge": 4,
    "template": "first-core-group-detailed-plan-docx-portrait-details-list-why-a-plan-babys-world-how-the-outline-plan-was-made-detailed-then-outcome-merged-down-what-will-happen-lead-merged-over-rows-when-how-we-will-know-rag-in-words-table-if-things-go-wrong-meetings",
    "description": (
        "Exemplary child protection plan for a 10-week-old boy after domestic abuse by his father, "
        "written at the first core group from the initial conference's outline plan. A short list "
        "says how each outline line ('Dad to do work on his behaviour', 'contact to be supervised') "
        "became a row with a lead, a date and a check. The portrait Word table merges each outcome "
        "down its rows and the father's name over his two rows, and has a RAG column written in "
        "words. Baby's world observed, IDVA and police rows, the grandmother's supervised Sundays "
        "with a family-centre fallback, triggers with refuge and strategy discussion, legal planning "
        "on named breaches, core group and review dates set."
    ),
    "blocks": [
        ("title", "Child Protection Plan – agreed at the first core group"),
        ("p", "Fernhallow Council · Children and Young People's Service · Eastside Safeguarding Team"),
        ("kv", [
            ("Child", "Zion Adeyemi, born 07/11/2025 (10 weeks old at this meeting)"),
            ("Lives with", "Precious Adeyemi (22), his mother, Flat 4, Bramble Court, Hawthorn Road, Fernhallow "
                           "FH2 8PL"),
            ("Father", "Tyrell Grant (25), living with his mother, Marcia Grant, at 22 Sorrel Way, Fernhallow, "
                       "under a written agreement since 19/12/2025"),
            ("Category", "Emotional abuse (harm from domestic abuse)"),
            ("Initial conference", "06/01/2026, chaired by Simone Blackwood (IRO)"),
            ("First core group", "Friday 16/01/2026, Fernhallow Family Centre – this plan"),
            ("Social worker", "Hannah Okafor (team manager: Gideon Mensah)"),
            ("Present", "Precious Adeyemi; Tyrell Grant (first half, by agreement); Marcia Grant; Hannah Okafor "
                        "(SW); Lucy Brennan (HV); Kemi Adebayo (IDVA, Fernhallow Women's Aid); Dean Whitfield "
                        "(Fernhallow Family Centre); Shanice Doyle (family support worker)"),
            ("Apologies", "DS Mark Ellery, Fernhallow Police (written update received)"),
        ]),
        ("h1", "Why Zion has a plan"),
        ("p", "The police were called to Bramble Court twice while Precious was pregnant and once after Zion was "
              "born. On 18/12/2025 Tyrell pushed Precious against the kitchen door while she was holding Zion, "
              "and she rang 999. Tyrell was arrested and released on bail, and Precious was granted a "
              "non-molestation order on 30/12/2025. Tyrell accepts that he shouted and pushed her, and says he "
              "wants to be in Zion's life in a safe way."),
        ("h1", "Zion's world"),
        ("p", "Zion has been seen at every visit since the conference. He takes about 150 ml of formula every "
              "three to four hours and smiles when Precious talks to him. On 14/01/2026 he was awake in his Moses "
              "basket; when he started to grizzle Precious picked him up, swayed and hummed, and he settled "
              "within a minute. When a door slammed downstairs he startled and cried hard, and took longer to "
              "calm. At the family centre the same day he fed from Tyrell's bottle, held his gaze and fell "
              "asleep on his chest."),
        ("p", "Precious says: “I want Zion to grow up without any of that shouting. I want his dad in his life "
              "but only if he's changed.” Tyrell says: “I don't want my son scared of me like I was of my "
              "dad.”"),
        ("h1", "How the outline plan became this plan"),
        ("p", "The initial conference agreed an outline plan. At this core group each line was given a lead, a "
              "date and a way of checking it:"),
        ("bullets", [
            "“Dad to do work on his behaviour” is now a named programme with a start date (row 3).",
            "“Health visiting to continue” is now a weigh every two weeks with a centile to keep to (row 6).",
            "“Contact to be supervised” is now two supervised times a week, at the family centre and at "
            "Marcia's, each with its own record (rows 9 and 10).",
            "“Mum to be supported” is now the IDVA's fortnightly safety planning and eight Baby and Me sessions "
            "(rows 4 and 8).",
        ]),
        ("h1", "The plan"),
        ("p", "RAG: GREEN on track; AMBER started late or at risk; RED not happening; NEW not yet due. Where one "
              "person leads two rows, the name is written once."),
        ("table", {
            "header": ["What we want for Zion", "What will happen", "Lead", "When", "How we will know",
                       "RAG at core group 1"],
            "widths": [2.7, 3.9, 2.3, 2.3, 3.2, 2.6],
            "rows": [
                ["Zion lives in a home where he does not see, hear or get hurt by violence, and his mum is safe.",
                 "1. Visit Zion at home, at least one visit in four unannounced, and note where he sleeps, how he "
                 "is handled and how Precious answers when he cries",
                 "Hannah Okafor, SW",
                 "Weekly from 07/01/2026 until the review conference",
                 "Visit records show Zion seen awake at every visit, with what was seen written down",
                 "GREEN – seen 07/01 and 14/01"],
                [V,
                 "2. Keep to the non-molestation order and the written agreement: do not go to Bramble Court, and "
                 "see Zion only at the supervised times in rows 9 and 10",
                 "Tyrell Grant (Dad)",
                 "From 19/12/2025 until the review conference",
                 "No police call-outs or sightings at Bramble Court; Precious asked at every SW visit and her "
                 "answer recorded",
                 "GREEN – kept to"],
                [V,
                 "3. Attend the 26-week Fernhallow Respect Programme for fathers who have been abusive, so that he "
                 "understands how his violence puts Zion at risk",
                 V,
                 "Every Wednesday from 21/01/2026",
                 "Programme worker's attendance report to the SW after every fourth session; end-of-programme "
                 "report",
                 "AMBER – place confirmed, starts 21/01"],
                [V,
                 "4. Safety planning with Precious, and a DASH risk review after any incident and at least every "
                 "eight weeks",
                 "Kemi Adebayo, IDVA, Fernhallow Women's Aid",
                 "Fortnightly from 09/01/2026",
                 "Updated safety plan and DASH score copied to the SW after each meeting",
                 "GREEN – first meeting 09/01, DASH 14"],
                [V,
                 "5. Tell the SW of any call-out, report or arrest involving Tyrell and Precious, and of any "
                 "breach of the order",
                 "DS Mark Ellery, Fernhallow Police Domestic Abuse Safeguarding Unit",
                 "Within one working day of any incident, until the review conference",
                 "Police notifications logged on Zion's file with the date received",
                 "GREEN – no incidents since 18/12/2025"],
                ["Zion is fed, warm and growing, and the adults who care for him notice and answer his cues.",
                 "6. Weigh Zion at Fernhallow Health Centre, plot his weight in his red book, and check his "
                 "sleeping space at home",
                 "Lucy Brennan, HV",
                 "Every two weeks until he is six months old (10/05/2026)",
                 "Weight stays on or above the 25th centile; sleeping space seen clear at each home visit",
                 "GREEN – 25th centile on 13/01"],
                [V,
                 "7. Take Zion for his 12-week and 16-week immunisations",
                 "Precious Adeyemi (Mum)",
                 "By 06/02/2026 and by 06/03/2026",
                 "Red book and GP record checked by the HV after each date",
                 "NEW – not yet due"],
                [V,
                 "8. Eight Baby and Me sessions at home on reading Zion's cues and soothing him",
                 "Shanice Doyle, family support worker",
                 "Weekly from 19/01/2026, all eight by 13/03/2026",
                 "Session notes to the SW; cue-reading checklist scored with Precious at week 1 and week 8",
                 "NEW – starts 19/01"],
                ["Zion has safe, regular time with his dad and his dad's family.",
                 "9. Supervise Tyrell's time with Zion at Fernhallow Family Centre",
                 "Dean Whitfield, contact worker, Fernhallow Family Centre",
                 "Every Wednesday, 10am to 12 noon",
                 "Written record of each session sent to the SW within two working days",
                 "GREEN – two sessions held"],
                [V,
                 "10. Supervise Tyrell's Sunday afternoon with Zion at her home, and never leave Zion alone with "
                 "him",
                 "Marcia Grant (paternal grandmother)",
                 "Every Sunday, 2pm to 5pm, from 18/01/2026",
                 "Marcia signs the contact book each Sunday; the SW reads it at visits and makes one unannounced "
                 "Sunday check a month",
                 "NEW – Marcia's assessment approved 14/01"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Tyrell comes to Bramble Court, contacts Precious outside the agreed arrangements, or the police "
            "are called to any incident between them: Precious rings 999; Hannah (or the emergency duty team out "
            "of hours) holds a strategy discussion with the police the same day; if Precious does not feel safe "
            "at the flat, Kemi arranges a refuge place for her and Zion that night.",
            "If Precious lets Tyrell stay at the flat, or Zion is found with Tyrell without a supervisor: Hannah "
            "arranges for Zion and Precious to move to a Fernhallow parent and child foster placement that day, "
            "and asks Gideon Mensah for a legal planning meeting within five working days.",
            "If Marcia cannot supervise on a Sunday (she is ill or away, or Tyrell arrives angry): the Sunday "
            "visit does not happen, Marcia rings Hannah, and Hannah arranges an extra supervised session at the "
            "family centre within seven days. If Marcia ever leaves Zion alone with Tyrell, Sundays at her home "
            "stop and all contact moves to the family centre.",
            "If Tyrell breaks the order or the written agreement, or misses three Respect sessions: Hannah asks "
            "Gideon Mensah for a legal planning meeting within five working days.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks, Fridays at 1pm at Fernhallow Family Centre: 13/02/2026 and 13/03/2026.",
            "Review child protection conference: Tuesday 31/03/2026, 10am, Fernhallow Town Hall.",
            "Hannah brings what she has seen of Zion, and what Precious and Tyrell say, to every core group.",
        ]),
        ("p", "Plan typed by Hannah Okafor on 19/01/2026 and sent to everyone named in it."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Transfer-in conference record: the previous authority's plan read
#    through in prose, then restated as the receiving authority's plan with
#    an Origin column. Mother with bipolar disorder, uncle nearby. Word
#    document printed to PDF with a page header and footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b144_foxholme_transfer_in_conference_plan_restated_origin_column_hollins.pdf",
    "doc_title": "Transfer-in Child Protection Conference - Record and Plan - Kian and Maisie Hollins",
    "split": "heldout",
    "actions": 11,
    "template": "transfer-in-conference-record-printed-to-pdf-page-header-footer-details-list-decision-how-the-family-came-previous-authority-plan-read-through-bullets-childrens-views-outcomes-then-no-what-who-when-how-we-will-know-origin-column-table-contingency-meetings",
    "description": (
        "Exemplary transfer-in conference record for a 14-year-old and a 9-year-old whose mother has "
        "bipolar disorder and was admitted in the autumn, after the family moved to be near her "
        "brother. A Word record printed to PDF with a page header and footer: decision, how the "
        "family came, the previous authority's plan read through with where each part had got to, "
        "the children's words, outcomes, then the receiving authority's plan with an Origin column "
        "('Thornlow row 2 – changed', 'New at transfer-in'). The CMHT care coordinator and the "
        "psychiatrist both report on capacity to change and timescale, the GP owns an action, the "
        "uncle's part has a foster-care fallback, legal planning follows named triggers, core "
        "group and review dates are set."
    ),
    "header": "OFFICIAL-SENSITIVE – Foxholme City Council – Children's Services",
    "footer": "Kian and Maisie Hollins – transfer-in conference, 20/01/2026 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Transfer-in Child Protection Conference: Record and Plan"),
        ("kv", [
            ("Children", "Kian Hollins (14), DOB 11/05/2011, Year 9, Foxholme Academy; Maisie Hollins (9), DOB "
                         "28/03/2016, Year 4, St Jude's Primary, Foxholme"),
            ("Mother", "Rebecca Hollins (38)"),
            ("Address", "5 Weaver's Yard, Foxholme FX3 7RE (since 08/12/2025)"),
            ("Maternal uncle", "Stephen Hollins, 14 Larch Avenue, Foxholme"),
            ("Previous authority", "Thornlow County Council; initial conference there on 02/10/2025"),
            ("Category", "Neglect (both children)"),
            ("Conference", "Transfer-in conference, Tuesday 20/01/2026, Foxholme Civic Centre. Chair: Imogen "
                           "Hartley"),
            ("Social worker", "Joel Adams, Foxholme, from today (team manager: Farah Siddiqui). Previous social "
                              "worker Priya Raman, Thornlow, attended"),
        ]),
        ("h1", "1. Decision"),
        ("p", "Kian and Maisie will remain subject to child protection plans under the category of neglect. Case "
              "responsibility passes to Foxholme City Council at the end of this conference. The conference read "
              "Thornlow's plan through line by line; the plan in section 6 keeps what is still needed, changes "
              "what had to change because the family has moved, and adds what was missing."),
        ("h1", "2. How the family came to Foxholme"),
        ("p", "Rebecca has bipolar disorder, diagnosed in 2014. In September 2025 she stopped her lithium, "
              "became manic, spent her rent money and was admitted to hospital for three weeks. Kian and Maisie "
              "were alone at home for two nights before a neighbour called the police; Kian had been cooking and "
              "getting Maisie to school. They stayed with a family friend until Rebecca came home. She moved to "
              "Foxholme on 08/12/2025 to be near her brother Stephen. Thornlow told Foxholme of the move on "
              "10/12/2025, and Priya and Joel visited the family together on 15/01/2026."),
        ("h1", "3. What Thornlow's plan asked, and where it had got to"),
        ("bullets", [
            "Weekly visits by the Thornlow social worker: kept to until the move, then joint visits.",
            "Thornlow community mental health team to see Rebecca every two weeks: kept to; her care was handed "
            "to Foxholme CMHT at a meeting on 13/01/2026.",
            "Rebecca to take her lithium and have her levels checked: levels in range since October; she "
            "registered with Harcourt Road Surgery on 11/12/2025.",
            "Schools to check attendance: Kian 92% and Maisie 97% last term; both started at their Foxholme "
            "schools on 05/01/2026.",
            "Young carer's assessment for Kian: not started before the move; restated below with a date.",
            "Stephen to be the children's emergency carer: agreed in principle in Thornlow; Foxholme's checks "
            "were completed on 16/01/2026.",
        ]),
        ("p", "Priya handed over the full file on 12/01/2026."),
        ("h1", "4. What Kian and Maisie say"),
        ("p", "Kian (seen on his own at home by both social workers, 15/01/2026): “When Mum stopped her tablets I "
              "didn't tell anyone because I thought they'd take us away. I'd tell someone now. I like it here "
              "because Uncle Steve is round the corner. I want Mum to stay well, and I want to stop being the one "
              "who notices.” He would like to go to his uncle's every other weekend and to join the school "
              "football club."),
        ("p", "Maisie (seen at school, 16/01/2026) drew the new flat, her mum “smiling with her tablets” and "
              "Uncle Steve's dog. She said: “I was scared when Mum didn't sleep and talked really fast. Kian made "
              "us beans.” She likes her new teacher and wants to know “what happens if Mum gets poorly again”."),
        ("h1", "5. Outcomes for Kian and Maisie"),
        ("bullets", [
            "Kian and Maisie are cared for every day by their mum while she is well, and straight away by a safe "
            "adult they know if she becomes unwell.",
            "Kian and Maisie are never left alone overnight, and each knows who to phone if their mum's illness "
            "comes back.",
            "Kian goes to school every day, no longer cares for his sister or his mum, and has time for himself.",
            "Maisie goes to school every day and understands her mum's illness in a way that makes her less "
            "worried.",
        ]),
        ("h1", "6. The Foxholme plan"),
        ("p", "The Origin column shows where each row came from: a Thornlow row kept or changed, or new at this "
              "conference."),
        ("table", {
            "header": ["No.", "What will happen", "Who", "When", "How we will know", "Origin"],
            "widths": [0.9, 4.6, 2.9, 2.6, 3.9, 2.1],
            "rows": [
                ["1",
                 "Visit Kian and Maisie at home, at least one visit in three unannounced, and see each child on "
                 "their own",
                 "Joel Adams, SW, Foxholme",
                 "Weekly from 21/01/2026 until the review conference",
                 "Visit records show both children seen each week and each seen alone at least every other week, "
                 "with their words written down",
                 "Thornlow row 1 – kept; new worker"],
                ["2",
                 "See Rebecca every two weeks, go through her relapse signs with her, and write a report before "
                 "each core group on whether her mental health lets her meet Kian's and Maisie's needs, what "
                 "still has to change and how long that is likely to take",
                 "Bernadette Lyle, care coordinator (CPN), Foxholme Community Mental Health Team",
                 "Fortnightly from 22/01/2026; report two working days before each core group",
                 "Written report on the children's file before every core group",
                 "Thornlow row 2 – changed: report added"],
                ["3",
                 "Review Rebecca's lithium at clinic and give the core group her view of Rebecca's capacity to "
                 "stay well enough to care for Kian and Maisie, the steps still needed and the likely timescale",
                 "Dr Aurelia Santos, consultant psychiatrist, Foxholme CMHT",
                 "First review by 27/02/2026, then every three months",
                 "Clinic letter with that view copied to the SW within a week of each review",
                 "New at transfer-in"],
                ["4",
                 "Take lithium every evening and go to every CMHT appointment and blood test, so that she stays "
                 "well enough to care for Kian and Maisie",
                 "Rebecca Hollins (Mum)",
                 "Daily; each appointment as booked",
                 "CMHT and GP records show every appointment kept and lithium levels in the range Dr Santos sets",
                 "Thornlow row 3 – kept"],
                ["5",
                 "Check Rebecca's lithium blood levels and tell the SW within two working days of a missed test "
                 "or a level out of range, so that the children's plan can act on it",
                 "Dr Fiona McRae, GP, Harcourt Road Surgery",
                 "Every three months; first test by 06/02/2026",
                 "Results letter to the SW after each test; any missed test e-mailed the same week",
                 "Thornlow row 3 – changed: new GP"],
                ["6",
                 "Meet Kian weekly with his mentor, check his attendance, and tell the SW the same day if he is "
                 "absent or says he has been caring at home",
                 "Ms Yasmin Farouk, DSL, Foxholme Academy",
                 "Every Wednesday in term time; same day for any absence",
                 "Mentor meetings logged on CPOMS; attendance e-mailed to the SW each Friday, at 95% or more",
                 "Thornlow row 4 – changed: new school"],
                ["7",
                 "Complete a young carer's assessment with Kian and offer him a place at the Monday club",
                 "Dev Sharma, Foxholme Young Carers",
                 "Assessment by 20/02/2026; club every Monday after that",
                 "Assessment report to the SW by 20/02/2026; club register sent each month",
                 "Thornlow row 6 – carried over with a date"],
                ["8",
                 "Check Maisie's attendance, her lunch and how she presents each morning",
                 "Mr Ben Carver, DSL, St Jude's Primary",
                 "Every school day",
                 "Attendance and a short note e-mailed to the SW each Friday; a same-day call if Maisie is absent "
                 "without a reason",
                 "Thornlow row 5 – changed: new school"],
                ["9",
                 "Six sessions with Maisie about her mum's illness, using a story book about bipolar disorder",
                 "Mrs Hannah Pryor, ELSA, St Jude's Primary",
                 "Weekly from 27/01/2026, all six by 10/03/2026",
                 "Session notes to the SW; Maisie's worry score at the first and last sessions, recorded by Mrs "
                 "Pryor",
                 "New at transfer-in"],
                ["10",
                 "Have Kian and Maisie every other weekend, and be the adult they go to straight away if Rebecca "
                 "becomes unwell",
                 "Stephen Hollins (maternal uncle)",
                 "Every other weekend, Friday 5pm to Sunday 5pm, from 23/01/2026",
                 "Stephen texts the SW each Monday after a weekend; the children tell the SW at visits",
                 "Thornlow row 7 – changed: now in Foxholme"],
                ["11",
                 "Write a family crisis plan with Rebecca, Kian, Maisie and Stephen: the early signs, who the "
                 "children phone, and where they go",
                 "Joel Adams, SW, with Bernadette Lyle (CPN)",
                 "By 13/02/2026",
                 "Signed crisis plan on file and copied to both schools; at the next visit Kian and Maisie can "
                 "each say who they would phone",
                 "New at transfer-in"],
            ],
        }),
        ("h1", "7. Contingency plan"),
        ("bullets", [
            "If Rebecca shows her early relapse signs (less than four hours' sleep two nights running, spending "
            "she cannot afford, talking very fast), misses two evening lithium doses, or a lithium level is out "
            "of range, Bernadette will arrange for the Foxholme crisis team to see her the same day, and Joel "
            "will arrange for Kian and Maisie to stay with Stephen at 14 Larch Avenue from that evening.",
            "If Kian and Maisie are left without an adult overnight, or Rebecca is admitted to hospital, Joel (or "
            "the emergency duty team out of hours) will hold a strategy discussion the same day and the children "
            "will go to Stephen's.",
            "If Stephen cannot have the children (he is away or unwell, or cannot manage), Joel will place Kian "
            "and Maisie together with Foxholme foster carers that day, close enough for both to stay at their "
            "schools.",
            "If Rebecca needs another hospital admission, stops her lithium, or the children are left alone "
            "overnight before the review conference, Joel will ask Farah Siddiqui for a legal planning meeting "
            "within five working days.",
        ]),
        ("h1", "8. Core group and review"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 3.30pm at Foxholme Civic Centre: 17/02/2026, 17/03/2026 "
            "and 14/04/2026.",
            "First Foxholme review child protection conference: Tuesday 21/04/2026, 10am, Foxholme Civic Centre.",
        ]),
        ("p", "Record written by Imogen Hartley, chair, on 21/01/2026. Copies to Rebecca, Stephen, Thornlow "
              "Children's Services and every agency named above."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Minutes of the third core group, half-way between the initial and the
#    first review conference, with an action plan that has an "Update 12/02"
#    column. Mother with depression, three children. Landscape Word minutes
#    printed to PDF with a page header and footer. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b144_fordingley_core_group_three_minutes_update_column_turner.pdf",
    "doc_title": "Core Group 3 - Minutes and Updated Action Plan - Turner children",
    "split": "heldout",
    "actions": 11,
    "landscape": True,
    "template": "core-group-minutes-printed-to-pdf-landscape-page-header-footer-details-list-where-things-are-agency-update-paragraphs-childrens-views-outcomes-from-icpc-then-no-action-lead-when-how-we-will-know-update-column-carried-forward-and-new-rows-contingency-dates",
    "description": (
        "Minutes of the third core group, half-way to the first review conference, for a 7-year-old, "
        "a 5-year-old and an 18-month-old whose mother has depression; landscape Word minutes "
        "printed to PDF with a page header and footer and an action plan with an 'Update 12/02' "
        "column. Most rows are sound (weekly visits, fortnightly weighs, the school's checks, the "
        "GP letter carried forward with a new date, new direct work). Faults: the CPN only "
        "supports the mother and is measured by attendance; a referral carried forward with 'new "
        "date TBC'; housing help 'Ongoing'; 'All agencies' share concerns; the new cot row is "
        "measured by 'Reviewed at core group'; one outcome is about the mother only; the "
        "contingency has no trigger and only says the case will be discussed, with no legal step."
    ),
    "header": "RESTRICTED – Fordingley District Council – Children's Social Care",
    "footer": "Turner children – core group 3 minutes, 12/02/2026 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Core Group 3 – Minutes and Updated Action Plan"),
        ("kv", [
            ("Children", "Lacey-Mae Turner (7), DOB 14/04/2018; Riley Turner (5), DOB 02/09/2020; Ava Marsh (18 "
                         "months), DOB 22/07/2024"),
            ("Address", "19 Coopers Walk, Fordingley FD7 3HS"),
            ("Mother", "Kayleigh Turner (27)"),
            ("Ava's father", "Jordan Marsh (29), works away in the week and comes home most weekends"),
            ("Category", "Neglect (all three children)"),
            ("Meetings so far", "Initial conference 27/11/2025; core groups 10/12/2025 and 13/01/2026"),
            ("This meeting", "Core group 3, Thursday 12/02/2026, 1.30pm, Fordingley Children's Centre"),
            ("Chair", "Nicola Benson, social worker"),
            ("Present", "Kayleigh Turner; Nicola Benson (SW); Anita Rowe (HV); Mrs Lorna Speight (DSL, Fordingley "
                        "Park Primary); Chloe Birch (family support worker); Gareth Lowe (CPN, Fordingley CMHT)"),
            ("Apologies", "Dr Samir Haddad (GP, Coopers Walk Medical Centre); Jordan Marsh"),
        ]),
        ("h1", "1. Where things are, half-way to the review"),
        ("p", "At the initial conference the house was dirty, with dog mess on the kitchen floor; Ava had a "
              "nappy rash that had not been treated; and Lacey-Mae and Riley were late to school most days, "
              "often without a coat or lunch. Kayleigh has depression and had stopped taking her sertraline in "
              "the autumn."),
        ("p", "Since then the kitchen has been cleared and the dog rehomed, Ava's rash has healed, and Kayleigh "
              "restarted her sertraline on 02/12/2025. Lateness is better but has not gone: Riley was late eight "
              "times since the last core group. Kayleigh says she is “getting up now but the afternoons are "
              "hard”."),
        ("h1", "2. Updates"),
        ("p", "Health visitor: Ava was weighed on 06/02/2026 and is on the 50th centile. Her rash has healed, she "
              "is walking and has six words. At the visit on 06/02 there were clothes piled on Ava's cot and the "
              "bedroom floor was covered."),
        ("p", "School: attendance since core group 2 is Lacey-Mae 94% and Riley 89%. Both have had a packed "
              "lunch every day this half term."),
        ("p", "CPN: Gareth has seen Kayleigh three times since the last core group. He says she is taking her "
              "medication and seems “a bit brighter”."),
        ("p", "GP: sent apologies. The letter asked for at core group 2 has not arrived."),
        ("h1", "3. The children's views"),
        ("p", "Lacey-Mae (seen on her own at school, 09/02/2026): “Mum gets up now and does our breakfast. I "
              "don't like it when she goes back to bed after school and I have to put the telly on for Ava.” She "
              "gave home 6 out of 10; at the initial conference she gave it 4."),
        ("p", "Riley (seen at home, 10/02/2026) showed Nicola his reading book and said the best thing is "
              "“when Jordan comes and we go to the park”."),
        ("p", "Ava (seen at home, 10/02/2026) toddled over with a book, sat on Kayleigh's knee for the story and "
              "pointed at the ducks. She was clean and in a dry nappy."),
        ("h1", "4. Outcomes (agreed at the initial conference)"),
        ("bullets", [
            "Lacey-Mae, Riley and Ava live in a clean, safe home and are washed, dressed and fed every day.",
            "Lacey-Mae and Riley get to school on time every day with what they need.",
            "Ava's health and development are checked and she is kept safe at home.",
            "Kayleigh's mood is more stable and she feels less isolated.",
        ]),
        ("h1", "5. Action plan with today's update"),
        ("p", "C/F = carried forward from an earlier core group. Updates are as reported at this meeting."),
        ("table", {
            "header": ["No.", "Action", "Lead", "When", "How we will know", "Update 12/02"],
            "widths": [1.2, 7.3, 4.2, 3.7, 5.6, 3.7],
            "rows": [
                ["1",
                 "Visit the children at home, one visit in three unannounced, and see Lacey-Mae and Riley on their "
                 "own",
                 "Nicola Benson, SW",
                 "Weekly until the review conference",
                 "Visit records show all three children seen each week and the older two seen alone, with their "
                 "words recorded",
                 "On track – seen every week"],
                ["2",
                 "Weigh Ava, check her development and look at where she sleeps",
                 "Anita Rowe, HV",
                 "Every two weeks at home until the review conference",
                 "Weight in the red book stays on or above the 50th centile; sleeping space recorded at each "
                 "visit",
                 "On track – 50th centile on 06/02"],
                ["3",
                 "Fortnightly visits to support Kayleigh with her low mood and to help her keep taking her "
                 "medication",
                 "Gareth Lowe, CPN, Fordingley CMHT",
                 "Fortnightly",
                 "Visits attended, as recorded in CMHT notes",
                 "Continues to support Kayleigh – three visits since CG2"],
                ["4",
                 "Review Kayleigh's sertraline and write to the SW about how her depression affects her care of "
                 "the children",
                 "Dr Samir Haddad, GP",
                 "By 20/02/2026 (C/F from CG2: was 16/01/2026)",
                 "GP letter on the children's file",
                 "C/F – letter not received; new date agreed with the surgery"],
                ["5",
                 "Referral to the Fordingley Family Friends volunteer scheme for help with the school morning "
                 "routine",
                 "Chloe Birch, family support worker",
                 "C/F from CG1 – new date TBC",
                 "Acceptance letter and the volunteer's first visit date on file",
                 "C/F again – the scheme has a waiting list"],
                ["6",
                 "Check Lacey-Mae's and Riley's attendance, lateness, lunch and coats, and phone the SW the same "
                 "day with any worry",
                 "Mrs Lorna Speight, DSL, Fordingley Park Primary",
                 "Every school day",
                 "Attendance and late marks e-mailed to the SW every Friday; same-day calls logged on CPOMS",
                 "94% and 89% since CG2"],
                ["7",
                 "Get Lacey-Mae and Riley to school by 8.50am every day with their coats and lunch",
                 "Kayleigh Turner (Mum)",
                 "Every school day",
                 "School late book shows no more than one late mark each per half term",
                 "Partly – Riley late eight times since CG2"],
                ["8",
                 "Help Kayleigh apply for a larger flat and set up a plan to pay off her rent arrears",
                 "Chloe Birch, family support worker",
                 "Ongoing",
                 "Housing register reference and arrears payment plan on file",
                 "Ongoing – form half done"],
                ["9",
                 "Share any concern about the children's care with the SW the same day",
                 "All agencies",
                 "Same day",
                 "Concern logged on the children's file with the date",
                 "No concerns raised since CG2"],
                ["10",
                 "Make sure Ava's cot and the children's bedroom are kept clear and clean",
                 "Kayleigh Turner (Mum)",
                 "Daily from 12/02/2026",
                 "Reviewed at core group",
                 "New – agreed today after the HV's visit"],
                ["11",
                 "Six sessions with Lacey-Mae using the All About Me workbook, so that her worries come to the "
                 "core group in her own words",
                 "Nicola Benson, SW",
                 "Fortnightly from 19/02/2026, all six by 30/04/2026",
                 "Workbook pages on file; Lacey-Mae's words brought to each core group",
                 "New – agreed today"],
            ],
        }),
        ("h1", "6. Contingency"),
        ("p", "If the situation at home deteriorates, Nicola will discuss the case with her manager and the core "
              "group will consider next steps."),
        ("h1", "7. Dates"),
        ("bullets", [
            "First review child protection conference: Tuesday 24/02/2026, 10am, Fordingley Council Offices.",
            "Core group every four weeks after the review; next on Thursday 12/03/2026, 1.30pm, Fordingley "
            "Children's Centre.",
        ]),
        ("p", "Minutes taken by Josh Pearce, business support, and circulated on 16/02/2026."),
    ],
    "findings": [
        F("F002", "Kayleigh's mood is more stable and she feels less isolated."),
        F("H001", "Fortnightly visits to support Kayleigh with her low mood"),
        F("T002", "Referral to the Fordingley Family Friends volunteer scheme"),
        F("T002", "Help Kayleigh apply for a larger flat"),
        F("W002", "Share any concern about the children's care with the SW"),
        F("M002", "Make sure Ava's cot and the children's bedroom"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Live Markdown copy of a disabled boy's plan after the first core group
#    since the review conference: old wording struck through with the new
#    after it, a new social worker and a new recovery worker, moved dates,
#    a closed row, a done one-off and a change log. Father's drinking, aunt
#    doing two evenings a week. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b144_ferrybrook_live_copy_struck_wording_change_log_pryce.md",
    "split": "heldout",
    "actions": 13,
    "template": "live-plan-md-details-table-how-to-read-note-about-ellis-how-ellis-tells-us-things-outcomes-then-themed-h3-groups-bold-numbered-action-bullets-with-who-when-how-well-know-update-sub-bullets-struck-old-wording-owner-changes-closed-row-done-line-contingency-meetings-change-log-table",
    "description": (
        "Exemplary live copy of the child protection plan for an 8-year-old boy with cerebral "
        "palsy, fed by gastrostomy and using no speech, whose widowed father drinks; updated at the "
        "first core group after the review conference. Each numbered action has Who, When, How "
        "we'll know and 'Update 12/02' sub-bullets; old owners and dates are struck through with "
        "the new after them (a new social worker and recovery worker, a carried-forward GP review, "
        "a moved wheelchair clinic), a row closed as no longer needed is struck through, a done "
        "one-off is kept, and a change log ends the plan. The boy's voice is his eye-gaze choices "
        "and signs; the drug and alcohol service reports on change, the GP owns an action, the "
        "aunt's evenings have a short-breaks and fostering fallback, legal planning follows named "
        "triggers, core group and review dates are set."
    ),
    "text": """\
# Ferrybrook Council — Child Protection Plan (live copy)

**Ellis Pryce** · updated at the core group on Thursday 12/02/2026

| | |
|---|---|
| Child | Ellis Pryce, 8 (DOB 30/06/2017), Ferrybrook Hill School |
| Lives with | Gareth Pryce, 41, his dad, 2 Quay Cottages, Ferrybrook FB1 4TN |
| Aunt | Nerys Pryce, Gareth's sister, 18 Chapel Lane, Ferrybrook |
| Category | Neglect |
| Initial conference | 21/10/2025 |
| First review conference | 15/01/2026 — plan continued |
| Social worker | ~~Ruth Jones~~ Anil Patel, Disabled Children's Team, from 10/02/2026 |
| Team manager | Carys Whitlow |

> **How to read this copy.** Old wording is struck through and the new wording follows it. A row closed at
> this core group is struck through with the reason. One-off jobs that are finished say **DONE** and the date.
> Every change since the review conference is in the change log at the end.

## About Ellis

Ellis has quadriplegic cerebral palsy and epilepsy. He is fed through a gastrostomy, uses a wheelchair and a
hoist, and does not use speech. His mum, Sian, died in 2023, and since then Gareth has cared for him on his own.
By the summer of 2025 Gareth was drinking heavily most evenings. Ellis missed three hospital appointments, lost
1.8 kg, and in October school found a pressure sore on his left hip. Gareth has been going to key-work at
Ferrybrook Drug and Alcohol Service since November and says he has not drunk since 01/12/2025.

## How Ellis tells us things

Ellis's communication passport says that he smiles and says "ah" for yes, and turns his head away for no. At
school on 09/02/2026 he used his eye-gaze board to choose "Dad", "swimming" and "happy" when asked about home, and
looked at "tired" when asked about evenings. At home on 05/02/2026 he laughed and kicked his legs when Gareth sang
to him during his feed, and turned his head away and cried when the hoist sling went on too quickly. Nerys says
he "lights up" when he hears her car.

## What we want for Ellis

1. Ellis gets every feed, his medicines and his personal care on time, keeps his weight at 21.5 kg or more, and
   his skin stays healthy.
2. Ellis is looked after by an adult who is sober whenever they are caring for him.
3. Ellis goes to every health appointment he needs and has the right equipment.
4. Ellis has family who help him and a back-up he knows if they cannot.

## The plan

### 1. Feeds, skin and care

- **1.1 Give Ellis every gastrostomy feed and his medicines as the dietitian's regime sets out, and write each
  one on the feed chart**
  - Who: Gareth (Dad); Nerys on Tuesday and Thursday evenings (see 4.1)
  - When: every feed and every medicine time, every day
  - How we'll know: the chart is complete whenever the community nurse or the SW looks at it, and Ellis's weight
    stays at 21.5 kg or more (see 1.3)
  - Update 12/02: chart complete on 13 of the 14 days checked; one 10pm entry missing on 31/01 — the feed was
    given (Nerys was there)
- **1.2 Check Ellis's gastrostomy site, his skin and the pressure area on his left hip, and grade the pressure
  area on a body map**
  - Who: Joanne Kemble, community children's nurse
  - When: ~~weekly~~ twice a week, Mondays and Thursdays, until the pressure area has healed, then weekly
  - How we'll know: body map and grade written at every visit and a copy e-mailed to the SW each Friday; the
    pressure area graded as healed by the second review conference
  - Update 12/02: grade 2 on 09/02 (grade 3 in October); visits went up after the area broke down again on 27/01
- **1.3 Weigh Ellis and adjust his feed regime**
  - Who: Leanne Ashby, paediatric dietitian, Ferrybrook Children's Community Health
  - When: ~~every eight weeks~~ every four weeks, next on 26/02/2026
  - How we'll know: weight and any change to the regime sent to Gareth and the SW within a week of each weigh;
    weight at 21.5 kg or more
  - Update 12/02: 21.2 kg on 29/01 (20.1 kg in October)

### 2. A sober adult

- **2.1 Not drink on any day he is caring for Ellis, go to key-work every Wednesday and take a breath test at
  each session, so that Ellis is always cared for by someone sober**
  - Who: Gareth (Dad)
  - When: every day; key-work every Wednesday since 19/11/2025
  - How we'll know: every breath test reads zero (in the report at 2.2); the SW's unannounced visits record no
    smell of alcohol
  - Update 12/02: 11 of 12 sessions kept; every test zero
- **2.2 Key-work and breath tests with Gareth, and a written report before each core group on whether he is
  making the changes Ellis needs, what still has to change and how long that is likely to take**
  - Who: ~~Liam Shaw~~ Fiona Keane, recovery worker, Ferrybrook Drug and Alcohol Service (from 02/02/2026; Liam
    has left the service)
  - When: every Wednesday; report two working days before each core group
  - How we'll know: the report and the test results are on Ellis's file before every core group
  - Update 12/02: first report from Fiona received 10/02
- **2.3 Prescribe and review Gareth's acamprosate, check his liver function, and write to the SW after each
  review saying whether he has kept his appointments, so that the core group knows if Ellis's care could be
  affected**
  - Who: Dr Rhodri Vaughan, GP, Quayside Surgery
  - When: ~~by 31/01/2026~~ by 28/02/2026, then every three months (carried forward: the lab lost the January
    blood sample)
  - How we'll know: GP letter on Ellis's file after each review
  - Update 12/02: repeat blood test taken 11/02

### 3. Appointments and equipment

- **3.1 Take Ellis to every hospital and clinic appointment on his list (next: orthopaedic clinic 03/03/2026,
  epilepsy review 24/03/2026)**
  - Who: Gareth (Dad), with Nerys driving
  - When: every appointment, on the booked date
  - How we'll know: the SW checks the hospital's attendance list against the appointment letters at the first
    visit of each month; no appointment missed
  - Update 12/02: both January appointments kept
- **3.2 Assess Ellis for a new seating system in his wheelchair, and fit it**
  - Who: Rachel Odell, occupational therapist, Ferrybrook Wheelchair Service
  - When: assessment ~~by 31/01/2026~~ by 27/02/2026; new seat fitted by 31/03/2026 (moved: the service
    cancelled the January clinic)
  - How we'll know: assessment report sent to the SW; school records that Ellis sits through the morning with
    no red marks on his skin
  - Update 12/02: clinic rebooked for 24/02
- ~~**3.3 Refer Ellis to Ferrybrook Hospice at Home for two night sits a month**~~ — closed at this core group as
  no longer needed: Gareth would rather have the overnight short breaks at 3.4, which give him the same rest.
- **3.4 A Friday overnight stay for Ellis at Oak House short breaks centre every other week** (new at this core
  group)
  - Who: Dawn Reilly, manager, Oak House
  - When: every other Friday, 4pm to Saturday 4pm, from 20/02/2026
  - How we'll know: Oak House's stay record, with Ellis's feeds, a skin check and how he seemed, sent to the SW
    after each stay
  - Update 12/02: first stay booked
- **DONE 19/01/2026** — pressure-relieving mattress and wheelchair cushion delivered by Ferrybrook Community
  Equipment Service; Joanne saw both in use on 22/01.

### 4. Family help, and a back-up

- **4.1 Do Ellis's Tuesday and Thursday evening routine: hoist, bath, the 6pm and 10pm feeds and his night
  positioning**
  - Who: Nerys Pryce (aunt)
  - When: every Tuesday and Thursday, 5pm to 10.30pm
  - How we'll know: Nerys signs the feed chart for those evenings, and the SW checks it at visits
  - Update 12/02: every evening kept except 27/01, when Nerys was ill (see the contingency)
- **4.2 Hold a family network meeting to find a second family member who can be trained in Ellis's hoisting and
  feeds**
  - Who: Anil Patel, SW
  - When: by 13/03/2026
  - How we'll know: a written network plan naming the second carer and the date of their training, shared at the
    core group on 12/03/2026
  - Update 12/02: Ellis's godmother, Lowri Evans, has offered; meeting booked for 05/03/2026

### 5. Seeing Ellis and hearing him

- **5.1 Visit Ellis at home every week, one visit in three unannounced, and see him at school each month with
  his eye-gaze board**
  - Who: ~~Ruth Jones~~ Anil Patel, SW (from 10/02/2026)
  - When: weekly at home; at school in the first week of each month
  - How we'll know: visit records say what Ellis chose on his board or showed with his face and sounds, and
    whether his chart, skin and feeds were as planned
  - Update 12/02: Ruth's last visit 05/02; Anil's first visit 11/02, with Ruth, as a handover
- **5.2 Record Ellis's arrival, his feeds and pad changes, any marks on his skin and how he seems, using his
  communication passport**
  - Who: Mrs Bethan Howells, class teacher and DSL, Ferrybrook Hill School
  - When: every school day
  - How we'll know: home-school book copied to the SW every Friday; any new mark phoned through the same day
  - Update 12/02: no new marks since 27/01

## If things go wrong

- **If Gareth has been drinking while caring for Ellis** (a positive breath test, alcohol smelt at a visit, or
  Nerys, school or Oak House tell us), or two feeds in one day are missed: Nerys has Ellis at 18 Chapel Lane from
  that day, and the SW (or the emergency duty team) holds a strategy discussion the same day.
- **If Nerys cannot step in, or cannot do her evenings** (she is ill or away, as on 27/01): Oak House gives Ellis
  an emergency bed that night; if Oak House is full, the SW places Ellis the same day with a carer from the
  Ferrybrook specialist fostering scheme who is trained in gastrostomy feeding. On 27/01 Gareth did the evening
  himself and Liam, his recovery worker then, breath-tested him the next morning (zero).
- **If a new pressure sore appears or the grade goes up:** Joanne asks the community paediatrician to see Ellis
  within 48 hours, and the SW holds a strategy discussion the same day.
- **If progress stops:** if Gareth has a positive test, misses two key-work sessions, or Ellis misses another
  hospital appointment before the second review conference, the SW asks Carys Whitlow for a legal planning
  meeting within five working days.

## Meetings

- Core group every four weeks, Thursdays at 2pm at Ferrybrook Hill School: 12/03/2026, 09/04/2026 and 07/05/2026.
- Second review child protection conference: Thursday 09/07/2026, 10am, Ferrybrook Guildhall.

## Change log

| Date | What changed | Agreed by |
|---|---|---|
| 12/02/2026 | 1.2 community nurse visits now twice a week (pressure area broke down again) | Core group |
| 12/02/2026 | 1.3 weighs now every four weeks | Core group |
| 12/02/2026 | 2.3 GP review carried forward to 28/02/2026 | Core group |
| 12/02/2026 | 3.2 wheelchair assessment moved to 27/02/2026 | Core group |
| 12/02/2026 | 3.3 closed as no longer needed; 3.4 added | Core group |
| 10/02/2026 | Social worker now Anil Patel (Ruth Jones has moved team) | Carys Whitlow, team manager |
| 02/02/2026 | 2.2 recovery worker now Fiona Keane | Ferrybrook Drug and Alcohol Service |
| 19/01/2026 | Mattress and cushion delivered; marked DONE | Ruth Jones, SW |
| 15/01/2026 | Plan continued; 4.2 added | First review conference |
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Core group 2 progress record in Markdown: one H3 card per action with
#    Who / When / How we'll know and dated progress notes from each core
#    group, a scaling table then and now. Father's cocaine and cannabis use,
#    grandparents doing school runs and Fridays. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b144_firlingham_core_group_two_dated_progress_notes_nightingale.md",
    "split": "heldout",
    "actions": 12,
    "template": "core-group-progress-record-md-bold-field-lines-why-a-plan-what-has-changed-scaling-table-icpc-and-now-childrens-words-outcomes-then-h3-action-cards-who-when-how-well-know-dated-progress-notes-per-core-group-new-card-contingency-meetings",
    "description": (
        "Progress record after the second core group for a 13-year-old and a 7-year-old whose father "
        "uses cocaine and cannabis and ran up a drug debt that brought men to the door. One H3 card "
        "per action with Who, When, How we'll know and dated progress notes from each core group, "
        "and a scaling table then and now. Most cards are sound (weekly visits, the schools, the "
        "police, the grandparents' school runs and Friday nights, new work with the younger boy). "
        "Faults: the father's 'keep drug users away' card has no measure; the mother's carers' "
        "group is 'when she feels ready'; counselling is measured by 'improvement'; the young "
        "carers referral is passive with no one named; no adult service owns an action (the father "
        "only goes to the drug service himself); the grandparents carry the plan and the "
        "contingency sends the children to them with no fallback; the review conference date is "
        "'to be confirmed'."
    ),
    "text": """\
# Child Protection Plan: progress record after core group 2

Firlingham Metropolitan Council · Children's Social Work Service · Northgate Team

**Children:** Amber Nightingale (13), Year 8, Firlingham High School · Leo Nightingale (7), Year 2, Brookfield
Primary
**Parents:** Tracey Nightingale (38) and Dean Nightingale (40), 27 Sandpiper Road, Firlingham FG5 9LW
**Grandparents:** Pat and Keith Shaw (Tracey's parents), 3 Heron Close, Firlingham
**Category:** Emotional abuse
**Plan made:** initial child protection conference, 09/01/2026
**This record:** core group 2, Wednesday 11/02/2026, Northgate Family Hub
**Social worker:** Sophie Marchant · **Team manager:** Andrew Castell

## Why Amber and Leo have a plan

Dean uses cocaine at weekends and smokes cannabis most evenings. In December 2025 two men came to the house late at
night demanding money Dean owed for drugs, and one of them kicked the front door in while Amber and Leo were
upstairs. The police found cannabis and a small amount of cocaine in the kitchen. Amber told her form tutor that
she sleeps with a chair against her bedroom door. Tracey knew about the cannabis but not about the debt.

## What has changed since the conference

- Nobody has come to the house about money since 19/12/2025 (police checks).
- Dean referred himself to Firlingham Recovery Hub on 05/01/2026 and has been to four of five Thursday sessions.
  He says he has not used cocaine since Christmas; no test results have been shared.
- Pat and Keith have taken Leo to and from school every day, and both children have stayed with them every
  Friday.
- Amber's attendance is 88% this half term, down from 95% in the autumn.

## Scaling

Sophie asked each person where things are now: 0 means the children are not safe at home, 10 means the plan can
end.

| Who | At the conference (09/01) | At core group 2 (11/02) |
|---|---|---|
| Amber | 2 | 4 |
| Tracey | 5 | 7 |
| Dean | 6 | 8 |
| Sophie (SW) | 3 | 4 |

## What Amber and Leo say

**Amber** (seen on her own at school, 06/02/2026): "It's calmer, but I still put the chair against my door. I
don't believe Dad has stopped, he just goes out to do it now. I like Fridays at Nan and Grandad's because I
actually sleep." She wants her dad to "do proper tests so we know".

**Leo** (seen at home, 09/02/2026) told Sophie about his Lego and that "the door is fixed now". He said he doesn't
like "the funny smell in the garden", and that Grandad makes the best fish fingers.

## What we want for Amber and Leo

1. Amber and Leo live in a home free from drugs, drug debts and people coming to the door for money.
2. Amber feels safe enough at home to sleep without blocking her door, and goes to school every day.
3. Leo is collected, fed and put to bed by a sober adult every day.

## The plan and progress

Each action keeps the dated notes from each core group. New actions from core group 2 are marked NEW.

### 1. Visit Amber and Leo at home, one visit in three unannounced, and see each of them alone

- **Who:** Sophie Marchant, SW
- **When:** weekly until the review conference
- **How we'll know:** visit records show both children seen every week and each seen alone at least every other
  week, with what they say written down
- **Progress notes:**
  - 21/01/2026 (CG1): two visits; Amber would not talk at home.
  - 11/02/2026 (CG2): five of five weekly visits; Amber also seen twice at school.

### 2. Keep anyone connected with drug use away from the house, and never use or keep drugs at home

- **Who:** Dean Nightingale (Dad)
- **When:** every day, from 09/01/2026
- **How we'll know:** –
- **Progress notes:**
  - 21/01/2026 (CG1): Dean says nobody has been round.
  - 11/02/2026 (CG2): Leo mentioned a smell in the garden; Dean says it came from next door.

### 3. Go to key-work at Firlingham Recovery Hub every Thursday, so that Amber and Leo are not around drugs

- **Who:** Dean Nightingale (Dad)
- **When:** every Thursday from 15/01/2026
- **How we'll know:** Dean brings his Hub attendance card to Sophie's first visit each month and shows her any
  test result at the next visit after the test
- **Progress notes:**
  - 11/02/2026 (CG2): four of five sessions; no test results shown yet.

### 4. Tracey to go to the Firlingham Family Carers group for partners and relatives of people who use drugs

- **Who:** Tracey Nightingale (Mum)
- **When:** when she feels ready
- **How we'll know:** the group leader e-mails Sophie the dates Tracey attended
- **Progress notes:**
  - 11/02/2026 (CG2): Tracey has the leaflet and says she is "not there yet".

### 5. Meet Amber every Monday with her head of year and check her attendance

- **Who:** Mr Tom Ashdown, DSL, Firlingham High School
- **When:** every Monday in term time
- **How we'll know:** meetings logged on CPOMS; attendance e-mailed to Sophie every Friday, back to 95% by the
  review conference
- **Progress notes:**
  - 21/01/2026 (CG1): 91%.
  - 11/02/2026 (CG2): 88%; two days off after late nights.

### 6. Weekly sessions with the school counsellor about what is happening at home

- **Who:** Mrs Gwen Hartley, school counsellor, Firlingham High School
- **When:** every Tuesday, period 4, from 20/01/2026
- **How we'll know:** improvement in Amber's mood and confidence
- **Progress notes:**
  - 11/02/2026 (CG2): four sessions held; Amber is "opening up a bit".

### 7. Check Leo's attendance and how he is each morning, and tell Sophie the same day if he is upset or talks about home

- **Who:** Mrs Farah Iqbal, DSL, Brookfield Primary
- **When:** every school day
- **How we'll know:** attendance and a short note to Sophie every Friday; same-day calls logged on CPOMS
- **Progress notes:**
  - 11/02/2026 (CG2): 98%; no same-day calls needed.

### 8. A referral to Firlingham Young Carers for Amber will be made

- **Who:** –
- **When:** by 27/02/2026 (carried forward from CG1: was by 23/01/2026)
- **How we'll know:** acceptance letter and the date of Amber's first session on file
- **Progress notes:**
  - 21/01/2026 (CG1): not done; Sophie and the school each thought the other was making it.
  - 11/02/2026 (CG2): still not done.

### 9. Take Leo to school and collect him every day, and give him his tea until Tracey finishes work at 6pm

- **Who:** Pat and Keith Shaw (grandparents)
- **When:** every school day
- **How we'll know:** Brookfield's collection book signed by Pat or Keith; Pat texts Sophie each Friday
- **Progress notes:**
  - 11/02/2026 (CG2): every day kept.

### 10. Have Amber and Leo to stay every Friday night

- **Who:** Pat and Keith Shaw (grandparents)
- **When:** every Friday, 5pm until Saturday lunchtime
- **How we'll know:** Pat texts Sophie each Saturday morning; the children are asked at visits and Sophie records
  what they say
- **Progress notes:**
  - 11/02/2026 (CG2): every Friday kept since 16/01.

### 11. Tell Sophie within one working day of any call-out, intelligence or report about drugs or debt collectors at 27 Sandpiper Road

- **Who:** PC Jade Summers, Firlingham Police, Northgate Neighbourhood Team
- **When:** within one working day of any report
- **How we'll know:** police notifications logged on the children's file with the date received
- **Progress notes:**
  - 11/02/2026 (CG2): none since 19/12/2025.

### 12. NEW: Three sessions with Leo using a worry monster, so that his worries reach the core group in his own words

- **Who:** Sophie Marchant, SW
- **When:** all three by 27/03/2026
- **How we'll know:** Leo's drawings and words on file and brought to the next core group
- **Progress notes:**
  - 11/02/2026 (CG2): agreed today.

## If things go wrong

If Dean uses or keeps drugs at 27 Sandpiper Road, or anybody comes to the house about a drug debt, Dean will leave
the house that day, Amber and Leo will go to Pat and Keith's at 3 Heron Close, and Sophie will hold a strategy
discussion with the police the same day. If this happens twice, or Dean will not leave, Sophie will ask Andrew
Castell for a legal planning meeting within five working days.

## Meetings

- Core group every four weeks, Wednesdays at 4pm at Northgate Family Hub: next on 11/03/2026, then 08/04/2026.
- Review child protection conference: date to be confirmed by the conference team.
""",
    "findings": [
        F("M001", "Keep anyone connected with drug use away from the house"),
        F("T002", "Tracey to go to the Firlingham Family Carers group"),
        F("M002", "Weekly sessions with the school counsellor about what is happening"),
        F("W001", "A referral to Firlingham Young Carers for Amber will be made"),
        F("F004"),
        F("C003"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Plain-text case-system print of a second review conference: decision,
#    children's views with scores at each conference, the IRO's progress by
#    outcome, TASK blocks with Due (set) and Due (now) fields and a change
#    of owner, step-down criteria for the next review, closed tasks listed
#    apart, contingency as trigger / response fields. Veteran father with
#    PTSD and depression. Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b144_farthingmoor_rcpc2_case_print_due_set_and_now_kilbride.txt",
    "split": "heldout",
    "actions": 9,
    "template": "rcpc2-case-system-plain-text-print-dotted-field-header-numbered-caps-sections-decision-background-childrens-views-with-scores-at-each-conference-iro-progress-by-outcome-then-task-n-of-m-blocks-status-owner-due-set-due-now-measure-update-then-step-down-criteria-closed-tasks-trigger-response-contingency-meetings",
    "description": (
        "Exemplary plain-text print from a case system after the second review conference for a "
        "13-year-old and a 6-year-old whose father, an army veteran, has PTSD and depression and had "
        "violent outbursts at home. Decision, the children's words with their scores at each "
        "conference, the IRO's progress by outcome, then TASK n of 9 blocks with Status, Owner (one "
        "changed, with the previous owner shown), Due (set) and Due (now), Measure and Update; "
        "step-down criteria for the third review; closed tasks listed apart. The veterans' mental "
        "health psychologist reports on capacity to change and timescale, the GP owns an action, "
        "the contingency gives triggers and responses with a fallback for the father's brother, "
        "legal planning follows named triggers, core group and review dates are set."
    ),
    "text": """\
FARTHINGMOOR COUNCIL - CHILDREN'S SOCIAL CARE                      CASE RECORD SYSTEM v4
==========================================================================================
REVIEW CHILD PROTECTION CONFERENCE - OUTCOME AND PLAN                  PRINTED 20/02/2026
==========================================================================================
Subject(s) ............ CALLUM KILBRIDE (13)   DOB 04/03/2012   Farthingmoor Academy, Yr 8
                        EVIE KILBRIDE (6)      DOB 17/08/2019   Beckside Infant School, Yr 1
Address ............... 41 Beckside Terrace, Farthingmoor FM9 2QA
Parents ............... Louise Kilbride (42), mother; Darren Kilbride (44), father
Category .............. Emotional abuse
Conference ............ Second review CPC, 17/02/2026, Farthingmoor Town Hall
Earlier conferences ... ICPC 05/08/2025; first review 28/10/2025
Chair ................. Martin Greaves, Independent Reviewing Officer
Allocated SW .......... Tariq Hussain, from 02/02/2026 (previously Megan Hulme)
Team manager .......... Sarah Oyelaran

------------------------------------------------------------------------------------------
1. DECISION
------------------------------------------------------------------------------------------
Callum and Evie remain subject to child protection plans (emotional abuse) for a
further three months. There has been no outburst at home since 14/11/2025 and both
children say home feels different, but the change is three months old and Darren's
therapy has eight sessions left. The chair recorded that if the step-down criteria at
section 6 are met at the third review on 12/05/2026, the plans are likely to end there
and a child in need plan will follow. Louise and Darren agreed.

------------------------------------------------------------------------------------------
2. BACKGROUND
------------------------------------------------------------------------------------------
Darren left the army in 2021. He has post-traumatic stress disorder and depression.
Until the summer of 2025 he had outbursts at home most weeks: punching doors, smashing
plates, and on 29/07/2025 throwing a mug that cut Callum's head. Louise and the
children "walked on eggshells". Since the initial conference Darren has had weekly
trauma-focused therapy with Farthingmoor Veterans' Mental Health Service.

------------------------------------------------------------------------------------------
3. WHAT CALLUM AND EVIE SAY
------------------------------------------------------------------------------------------
CALLUM (seen alone at his youth club, 10/02/2026):
  "Dad's different. He goes for a walk when he's getting wound up, and he said sorry
  about the mug. I don't jump when the door goes now."
  Home score: ICPC 2/10 - first review 5/10 - now 7/10.
  He wants the plan to end "but not yet, in case".

EVIE (seen at school, 11/02/2026):
  Drew her family at the beach. Said "Daddy doesn't shout any more, only at the telly
  when football's on" and laughed. Her teacher says she has stopped hiding under her
  table when the classroom gets noisy.
  Home score (faces scale): ICPC sad face - now "the happy one".

------------------------------------------------------------------------------------------
4. IRO SUMMARY OF PROGRESS BY OUTCOME
------------------------------------------------------------------------------------------
OUTCOME 1  Callum and Evie live in a calm home where no one shouts at them, hurts them
           or breaks things.
           Scaling (conference): 2/10 -> 4/10 -> 7/10.   Met since 14/11/2025.
OUTCOME 2  Callum and Evie can talk about what happened and feel less frightened.
           Scaling (conference): 3/10 -> 5/10 -> 6/10.   Partly met.
OUTCOME 3  Callum goes to school every day, and Evie's behaviour at school shows she
           feels safe.
           Scaling (conference): 4/10 -> 6/10 -> 8/10.   Met.

------------------------------------------------------------------------------------------
5. TASKS (LIVE PLAN)
------------------------------------------------------------------------------------------
TASK 1 of 9        STATUS: CONTINUES - FREQUENCY REVISED
  Task ........... Visit Callum and Evie at home, one visit a month unannounced, and
                   see each child on their own
  Owner .......... Tariq Hussain, SW (from 02/02/2026; was Megan Hulme, SW)
  Due (set) ...... Weekly from 05/08/2025
  Due (now) ...... Fortnightly from 17/02/2026 until the third review conference
  Measure ........ Visit records show both children seen every fortnight and each seen
                   alone, with their words written down
  Update ......... 27 of 28 weekly visits; handover visit with Megan on 04/02/2026

TASK 2 of 9        STATUS: CONTINUES
  Task ........... Trauma-focused therapy with Darren, and a written report before each
                   core group on whether he is making the changes Callum and Evie need,
                   what is still to change and how long that is likely to take
  Owner .......... Dr Naomi Adjei, clinical psychologist, Farthingmoor Veterans' Mental
                   Health Service
  Due (set) ...... Weekly from 02/09/2025
  Due (now) ...... Weekly until 12/05/2026; report two working days before each core
                   group
  Measure ........ Report on the children's file before every core group, with the
                   number of sessions attended
  Update ......... 20 of 22 sessions; reports received for every core group

TASK 3 of 9        STATUS: CONTINUES
  Task ........... Go to every therapy session and use his calm-down plan (leave the room
                   and walk when he feels his temper rising), so that Callum and Evie are
                   not frightened at home
  Owner .......... Darren Kilbride (Dad)
  Due (set) ...... Every session and every day from 02/09/2025
  Due (now) ...... No change
  Measure ........ Attendance shown in Dr Adjei's report; Louise, Callum and Evie asked at
                   each SW visit whether there has been shouting or breaking things, and
                   their answers recorded; no police call-outs
  Update ......... No outburst reported since 14/11/2025

TASK 4 of 9        STATUS: CARRIED FORWARD - NEW DATE
  Task ........... Review Darren's sertraline and sleep medication, and write to the SW
                   after each review, including any missed appointment, so that the core
                   group knows if his health may affect Callum and Evie
  Owner .......... Dr Lena Fairclough, GP, Beckside Medical Practice
  Due (set) ...... By 31/01/2026
  Due (now) ...... By 27/02/2026 (the January review was moved while the GP was on
                   leave), then every three months
  Measure ........ GP letter on the children's file after each review
  Update ......... Review booked for 24/02/2026

TASK 5 of 9        STATUS: CONTINUES
  Task ........... Eight sessions of trauma-focused CBT with Callum
  Owner .......... Jo Whitaker, CAMHS practitioner, Farthingmoor CAMHS
  Due (set) ...... Weekly from 12/01/2026, all eight by 09/03/2026
  Due (now) ...... No change
  Measure ........ Attendance, and Callum's anxiety questionnaire score at sessions 1 and
                   8, shared with the SW
  Update ......... Five of eight sessions; score down from 31 to 22

TASK 6 of 9        STATUS: CONTINUES
  Task ........... Meet Callum each Friday with his mentor and check his attendance
  Owner .......... Mr Gavin Oakes, DSL, Farthingmoor Academy
  Due (set) ...... Every Friday in term time
  Due (now) ...... No change
  Measure ........ Meetings logged on CPOMS; attendance sent to the SW every two weeks,
                   at 95% or more
  Update ......... 97% this term

TASK 7 of 9        STATUS: CONTINUES
  Task ........... Write down any time Evie hides, cries or goes very quiet in class, and
                   what seemed to set it off
  Owner .......... Miss Rosa Lund, class teacher, Beckside Infant School (DSL Mrs Amrit
                   Kaur)
  Due (set) ...... Every school day
  Due (now) ...... No change
  Measure ........ Behaviour log e-mailed to the SW every two weeks, with the number of
                   hiding episodes each half term
  Update ......... No hiding since 20/11/2025

TASK 8 of 9        STATUS: NEW AT THIS REVIEW
  Task ........... Eight-week Parenting Teens Together group, so that Louise and Darren
                   can handle Callum's moods calmly as he gets older
  Owner .......... Louise and Darren Kilbride; places booked by Karen Bates, family
                   support worker
  Due (set) ...... Wednesdays, 04/03/2026 to 22/04/2026
  Due (now) ...... As set (new task)
  Measure ........ Group register shows six or more of eight sessions attended by each
                   parent; leader's end-of-group report to the SW
  Update ......... Places confirmed 18/02/2026

TASK 9 of 9        STATUS: NEW AT THIS REVIEW
  Task ........... Four sessions with Evie using a feelings book about her dad's illness
  Owner .......... Mrs Pam Rigby, learning mentor, Beckside Infant School
  Due (set) ...... Weekly from 23/02/2026, all four by 20/03/2026
  Due (now) ...... As set (new task)
  Measure ........ Evie's book pages and the mentor's notes sent to the SW; Evie's own
                   words brought to the third review
  Update ......... First session booked for 23/02/2026

------------------------------------------------------------------------------------------
6. STEP-DOWN CRITERIA FOR THE THIRD REVIEW (12/05/2026)
------------------------------------------------------------------------------------------
  a. No outburst at home for six months (since 14/11/2025), on what Louise, Callum and
     Evie tell the SW and on police checks.
  b. Dr Adjei's report to the third review says Darren can keep the changes going after
     therapy ends.
  c. Callum's and Evie's own scores are 7/10 or higher.

------------------------------------------------------------------------------------------
7. TASKS CLOSED AT THIS REVIEW (NOT PART OF THE LIVE PLAN)
------------------------------------------------------------------------------------------
  C1  Refer Darren to Farthingmoor Veterans' Mental Health Service
      CLOSED - completed 14/08/2025; accepted, therapy started 02/09/2025
  C2  Hand Darren's air rifle to the police
      CLOSED - completed 09/08/2025; police receipt on file
  C3  Refer Callum to the school counselling service
      CLOSED - no longer needed; his CAMHS work (task 5) started 12/01/2026

------------------------------------------------------------------------------------------
8. CONTINGENCY
------------------------------------------------------------------------------------------
TRIGGER 1 ...... Darren shouts at, threatens or hurts anyone in the house or breaks
                 things, or Callum or Evie tell anyone they are frightened of him.
RESPONSE 1 ..... Darren leaves the house that day and stays with his brother, Rob
                 Kilbride, at 6 Ouse Street. If Rob cannot have him, Tariq books him a
                 room at the Farthingmoor veterans' hostel that day. Louise rings 999 if
                 she or the children are in danger. Tariq (or the emergency duty team)
                 holds a strategy discussion the same day.
TRIGGER 2 ...... Darren misses two therapy sessions in a row, stops his medication, or
                 Dr Adjei tells the SW that his risk has gone up.
RESPONSE 2 ..... Dr Adjei sees Darren within 48 hours; Tariq visits and sees Callum and
                 Evie alone within 24 hours; Darren agrees to stay at Rob's (or at the
                 hostel, as above) until Dr Adjei has seen him.
LEGAL .......... If trigger 1 happens, or trigger 2 happens twice before 12/05/2026,
                 Tariq will ask Sarah Oyelaran for a legal planning meeting within five
                 working days.

------------------------------------------------------------------------------------------
9. CORE GROUP AND REVIEW
------------------------------------------------------------------------------------------
Core group ............ Every four weeks, Tuesdays 4pm, Beckside Family Centre:
                        10/03/2026, 07/04/2026, 05/05/2026
Third review CPC ...... Tuesday 12/05/2026, 10.00, Farthingmoor Town Hall, Committee Room 2
==========================================================================================
END OF PRINT
""",
    "findings": [],
})
