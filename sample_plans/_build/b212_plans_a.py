"""Batch 212, module a: seven fictional plans (tuning material), places beginning with "a".

Batch: 212. Letter: a. Split: tune (every plan).

Everything here is made up: children, families, professionals, schools,
nurseries, hospitals, services, case systems and councils. Any resemblance
to real people, places or cases is a coincidence. The labels were written
by hand from docs/rules.md and the conventions in sample_plans/README.md
(conventions 1 to 13), without running planlint or reading its code.

Focus: good plans written in unusual ways, in every part. Five of the seven
plans are exemplary, each written the way one council, service or worker
writes rather than in the usual template: outcomes as a "what will be
different" sentence opening each part, "By the review conference ..."
sentences, goals in the family's words, an outcome under each worry and a
"So that ..." column; owners as "I" in a letter the social worker signs,
"you" said to a named parent, relatives introduced once, lead-ins over
lists, initials explained in a key, teams named by their service; times as
events, school terms, the baby's age, recurrences, start dates and stages;
checks as someone telling, sending, showing or seeing something, records
kept and shared, results, and a child's own account to a named worker; the
child's voice as a drawing described, a baby's cues as her carers see them,
a quote box, a young person's own words and children's words in two
languages; contingencies as a paragraph, a "plan B" table per arrangement,
"If ... then ..." lines and a stage table; review arrangements in a closing
paragraph, a page header, a table and minutes. The other two plans have a
handful of realistic faults each.

1. Aldenfleet (docx, exemplary): a plan letter to a mother with depression
   from her social worker ("I" is the signer, "you" is Kayleigh), for a
   7-year-old and a 3-year-old on plans for neglect: the girl's drawing of
   her house, four parts each opening with "What will be different", lead-ins
   over bullets ("You have agreed to:", "Nana (Pat Harding, your mum) has
   agreed to:"), the community mental health team reporting on capacity to
   change, a contingency paragraph with a fallback for Nana, and the meetings
   in the closing paragraph.
2. Ashwold (pdf, exemplary): a case-system print of a plan for a 5-week-old
   baby whose mother has bipolar disorder: core group and review dates in
   the page header, a key to initials, "Isla's day and her cues (as her
   carers see them)", outcomes as "By the review conference ..." sentences,
   tasks timed by the baby's age and the 6-8 week check, the perinatal team
   reporting on the potential for change, and a "plan B" table per
   arrangement (the father's night feeds, the grandmother's nights).
3. Alderlyn (md, exemplary): a Signs of Safety style plan for a 10-year-old
   and a 6-year-old after domestic abuse: the children's words in quote
   boxes, each worry followed by its goal in the family's own words and a
   set of action cards with Who / When / How we'll know lines, relatives in
   a who's-who, "If ... then ..." contingency lines with fallbacks for the
   uncle and grandmother, and the meetings in a table.
4. Averlane (txt, exemplary): minutes of the first core group for a
   14-year-old young carer and her 8-year-old brother, whose widowed father
   drinks: numbered minutes, Maisie's own words section, outcomes restated,
   then an action log whose times are school terms, meetings and
   recurrences and whose checks include Maisie's own account to her worker;
   the alcohol service reports on the father's capacity to change, and the
   aunt's help has a fallback.
5. Aberhelyg (pdf, exemplary): a Welsh council's bilingual plan for a
   9-year-old and a 5-year-old after their father hit the older boy:
   Welsh-then-English headings, the children's words in both languages, a
   drawing described, then a table per stage (Who / What / When / How we'll
   know / So that ...) whose "So that" cells are the outcomes, and a stage
   table of triggers and responses with a fallback for the grandmother who
   supervises contact; page header and footer.
6. Alnwold (docx): a plan for a 4-month-old baby accommodated under section
   20 and on a children's ward, whose mother has depression and plans to
   move to another council. Faults: no one visits the baby on the ward at a
   stated frequency (L001); the parenting assessment handed to the receiving
   council after the transfer (X001); the community mental health team's
   support sessions only treating the mother (H001); the ward nurses'
   feeding support measured by the mother's confidence (M002); a family
   group conference referral "ASAP" (T002); and an outcome about the mother
   only (F002).
7. Ardmarsh (md): a review conference plan set out as a numbered outline
   with goals in the family's words, for an 11-year-old and a 4-year-old
   whose mother uses cocaine and alcohol at weekends. Faults: no adult
   service owns an action (F004); "Family" supervising the weekends (W002);
   no fallback if the grandparents cannot help (C003); a school nurse's
   check with no measure (M001); a dental registration with no time (T001);
   a youth club place measured by "engagement" (M002); and nothing on legal
   planning (R002).

Plans 1 to 5 are exemplary: every action has a named owner, a real timescale
and something someone will see, count, read or be told; every outcome is
about the child; each contingency has specific triggers and protective
responses, says what happens if a relative's help fails, and names a legal
planning meeting after insufficient progress or a named trigger; each
records the child's voice or observed day, core group dates or frequency and
a dated review conference; where a parent is ill or drinks, an adult service
owns an action and any adult mental health service is asked to assess the
parent's capacity to change and the likely timescale.

Counting convention used for "actions" (README convention 1): each bullet
under a lead-in in the letter's parts, each task row of the case print,
each action card, each line of the minutes' action log, each row of the
stage tables, each row of the ward plan and each numbered step of the
outline counts once. Letterheads, keys, who's-whos, reasons, the children's
words, worries, goals, outcomes, "So that" cells, contingencies, meeting
dates, attendance, agency updates, signatures and distribution lists are
not actions.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. A plan letter from the social worker to a mother with depression: "I"
#    is the signer, "you" is Kayleigh; each part opens with "What will be
#    different"; lead-ins over bullets. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b212_aldenfleet_plan_letter_what_will_be_different_harding.docx",
    "doc_title": "Child protection plan letter - Ellie-Mae and Jack Harding",
    "split": "tune",
    "actions": 15,
    "template": "plan-letter-docx-sw-to-mother-letterhead-i-is-signer-you-is-kayleigh-why-there-is-a-plan-childs-drawing-described-then-four-parts-each-opening-what-will-be-different-then-lead-ins-you-have-agreed-to-nana-has-agreed-to-named-worker-will-over-bullets-then-if-things-go-wrong-paragraphs-meetings-in-closing-paragraph-signature-copies",
    "description": (
        "Exemplary plan letter from the social worker to a mother with depression after the initial "
        "conference for her 7-year-old daughter and 3-year-old son (neglect: lateness, hunger, wet "
        "mattresses, a missed development check). 'I' is the social worker who signs the letter and "
        "'you' is Kayleigh; the girl's drawing of her house and the boy's observed behaviour are the "
        "children's voice. Four parts each open with 'What will be different' for the children, then "
        "lead-ins over bullets name the owner (you, Nana introduced once as Pat Harding, the DSL, the "
        "family support worker, the GP, the care coordinator, the health visitor, the learning mentor, "
        "I). The community mental health team reports on capacity to change and its timescale; the "
        "contingency paragraph has a fallback for Nana and a legal planning meeting after named "
        "triggers; core group dates and the review conference are in the closing paragraph."
    ),
    "blocks": [
        ("pr", "Aldenfleet Council"),
        ("pr", "Children's Services - Family Safeguarding Team"),
        ("pr", "Aldenfleet Civic Centre, Quay Street, Aldenfleet AF1 3DN"),
        ("pr", "Direct line: 01632 960418"),
        ("pr", "19 January 2026"),
        ("p", ""),
        ("pl", "Ms Kayleigh Harding"),
        ("pl", "14 Marsh Lane"),
        ("pl", "Aldenfleet AF4 7RS"),
        ("p", ""),
        ("p", "Dear Kayleigh,"),
        ("boldp", "Ellie-Mae and Jack's child protection plan"),
        ("p", "Thank you for coming to the initial child protection conference on 15 January 2026 and for "
              "speaking so honestly about how hard the last few months have been. As I promised, this letter "
              "sets out the plan the conference agreed for Ellie-Mae (7) and Jack (3), who are both on child "
              "protection plans under the category of neglect. In this letter \"I\" means me, Megan Rowe, your "
              "social worker, and \"you\" means you, Kayleigh. Everyone else is named the first time they come "
              "up. We will read it together at my visit on Thursday, and if anything is wrong or unclear we "
              "will change it."),
        ("h2", "Why there is a plan"),
        ("p", "Since the autumn you have been very low. You told the conference that some days you cannot get "
              "out of bed, and Dr Hussain diagnosed depression in November and started you on sertraline. "
              "Ellie-Mae has been late to school 23 times this term and has missed 11 days; twice she came in "
              "hungry and in the same clothes as the day before. When I visited on 08/01/2026 there was no "
              "food in the fridge, both children's mattresses were wet and there was dog mess on the landing. "
              "Jack has not been to nursery since before Christmas and his 2½-year check was missed. Nobody "
              "doubts that you love the children. The conference was worried that your illness means their "
              "needs are being missed day after day."),
        ("h2", "What Ellie-Mae and Jack told us"),
        ("p", "Ellie-Mae drew her house for me when I saw her at school on 13/01/2026. She drew herself and Jack "
              "sitting on the stairs, you in bed \"with the curtains shut because Mummy's poorly\", and Nana's "
              "red car outside with a big yellow sun over it. When I asked what would make home better she "
              "said \"Mummy getting up and doing pancakes\" and \"a proper bed that's not smelly\". The best "
              "bit of her week is Tuesday, \"because Nana does tea\". She worries about you when she is at "
              "school, and she said: \"I don't like leaving Jack.\""),
        ("p", "Jack says only a few words. When I visited he brought me his shoes and said \"out, out\"; he ate "
              "two rounds of toast very quickly, and he cried when you went upstairs and stopped as soon as "
              "you came back down. At Nana's house he plays with the garage and sings along to the television."),
        ("h2", "How the plan is set out"),
        ("p", "The plan has four parts. Each part starts with what will be different for Ellie-Mae and Jack by "
              "the review conference. Underneath, each person's part starts with their name, and each point "
              "says what they will do, when, and how we will all know it is happening."),
        ("h2", "Part 1: Getting to school and nursery"),
        ("p", "What will be different: Ellie-Mae gets to school by 8.50am every day, washed, in clean uniform "
              "and having had breakfast, and Jack is at nursery on his three mornings and is starting to use "
              "more words."),
        ("boldp", "You have agreed to:"),
        ("bullets", [
            "Get Ellie-Mae and Jack up, washed and dressed by 8am every weekday from Monday 19/01/2026; the "
            "school's late book and the nursery register, which I read every Friday, will show whether they "
            "arrived on time.",
            "Take Jack to Little Acorns Nursery for 9am on Monday, Wednesday and Friday mornings from "
            "21/01/2026; Sandra Blake, the nursery manager, will e-mail me his attendance every other Friday.",
        ]),
        ("boldp", "Nana (Pat Harding, your mum) has agreed to:"),
        ("bullets", [
            "Walk Ellie-Mae to Aldenfleet Primary on Tuesday and Thursday mornings until the review "
            "conference, and text me if she is not ready by 8.20am; the late book will show whether she "
            "arrived by 8.50am.",
        ]),
        ("boldp", "Mrs Anita Patel, designated safeguarding lead at Aldenfleet Primary, will:"),
        ("bullets", [
            "Give Ellie-Mae a free breakfast club place from 19/01/2026 and ring me by 9.30am on any day she "
            "is not in school; she will e-mail me the week's attendance and late marks every Friday.",
        ]),
        ("h2", "Part 2: A home that is warm, clean and safe"),
        ("p", "What will be different: Ellie-Mae and Jack sleep in clean, dry beds, there is food in the "
              "cupboards, and the floors and landing are clear and clean enough for Jack to play on."),
        ("boldp", "I will:"),
        ("bullets", [
            "Visit you and the children at home every week until the review conference, at least one visit "
            "in four unannounced; I will look in every room and write what I see in my visit record within "
            "two working days.",
            "Apply to the Aldenfleet Household Support Fund for two beds, mattresses and bedding by "
            "30/01/2026 and show you the award letter; I will check the beds are up at my first visit after "
            "they are delivered.",
        ]),
        ("boldp", "Gemma Lowe, family support worker at Aldenfleet Family Hub, will:"),
        ("bullets", [
            "Visit every Monday and Thursday morning for twelve weeks from 22/01/2026 to help you set up a "
            "cleaning and laundry routine; at each visit she will fill in the home conditions checklist with "
            "you, and she will send me the checklists every fortnight.",
            "Help you register with the Aldenfleet Community Pantry by 29/01/2026 and go with you on Thursday "
            "afternoons until the review conference; she will write what was bought for the children on the "
            "home conditions checklist.",
        ]),
        ("h2", "Part 3: Getting you well enough to care for the children"),
        ("p", "What will be different: Ellie-Mae and Jack have a mum who is well enough to get up with them in "
              "the mornings, play with them after school and notice when they are hungry, tired or upset."),
        ("boldp", "You have agreed to:"),
        ("bullets", [
            "Take your sertraline every day and go to your GP reviews every four weeks, so that you can be up "
            "with the children in the mornings; Dr Hussain will tell me after each review whether you came.",
        ]),
        ("boldp", "Dr Omar Hussain, your GP at Aldenfleet Medical Practice, will:"),
        ("bullets", [
            "Review your medication every four weeks from 26/01/2026 and write to me before each core group "
            "saying whether you came, any change to your treatment and anything that affects your care of "
            "the children.",
        ]),
        ("boldp", "Chris Adeyemi, your care coordinator at the Aldenfleet Community Mental Health Team, will:"),
        ("bullets", [
            "See you every two weeks from 28/01/2026 for the talking sessions you asked for, and by 20/03/2026 "
            "send me and the core group a written report on how your depression is affecting your care of "
            "Ellie-Mae and Jack, whether you can make the changes this plan asks for, and how long that is "
            "likely to take.",
        ]),
        ("h2", "Part 4: Ellie-Mae's and Jack's own health and worries"),
        ("p", "What will be different: Jack's development has been checked and any help he needs has started, "
              "Ellie-Mae's teeth have been seen to, and Ellie-Mae has an adult in school she can tell about her "
              "worries."),
        ("boldp", "Sarah Quinn, your health visitor, will:"),
        ("bullets", [
            "Do Jack's 2½-year development review (ASQ-3) at home by 13/02/2026 and send me and Sandra at the "
            "nursery the scores and what Jack needs next; if he needs speech and language help she will refer "
            "him within a week of the review.",
        ]),
        ("boldp", "You have agreed to:"),
        ("bullets", [
            "Take Ellie-Mae to her dental check-up at Aldenfleet Smiles on 04/02/2026 at 3.45pm (already "
            "booked), and show me the practice's appointment card at my next visit.",
        ]),
        ("boldp", "Jo Wainwright, learning mentor at Aldenfleet Primary, will:"),
        ("bullets", [
            "Meet Ellie-Mae for six \"Worry Monster\" sessions on Wednesday afternoons from 21/01/2026, and "
            "send me her feelings chart from the first and last sessions and anything she says about home.",
        ]),
        ("boldp", "I will:"),
        ("bullets", [
            "See Ellie-Mae on her own at school every two weeks and Jack at nursery once a month, and write "
            "down what they say and do in my visit records.",
        ]),
        ("h2", "If things go wrong"),
        ("p", "If Ellie-Mae is not in school by 9.30am and Mrs Patel cannot reach you, she will ring me (or the "
              "duty social worker if I am away), and one of us will visit the same morning. If we find the "
              "children without food or a clean, dry place to sleep, or you are too unwell to look after them "
              "safely, the children will stay with Nana that night."),
        ("p", "Nana has told me she will ring me straight away if she is ill or away and cannot do the Tuesday "
              "and Thursday walks or have the children. If that happens, Gemma will walk Ellie-Mae to school "
              "on those mornings, and if the children need somewhere to stay and Nana cannot have them, I will "
              "arrange for them to stay together with emergency foster carers that day."),
        ("p", "If you stop taking your sertraline, or your mood drops so low that you think about harming "
              "yourself, you have agreed to ring Chris (or the Aldenfleet crisis line out of hours), and Chris "
              "will see you within two working days and tell me. The children will stay with Nana until Chris "
              "has seen you."),
        ("p", "If by the core group on 26/03/2026 Ellie-Mae has still been late or absent more than five times "
              "in a month, or the home conditions checklist has not reached \"good enough\", my manager, Dawn "
              "Fairley, will hold a legal planning meeting within 10 working days to decide whether to start "
              "the pre-proceedings stage of the Public Law Outline. She will call that meeting straight away "
              "if the children are found alone or hurt."),
        ("h2", "Our meetings"),
        ("p", "The core group (you, Nana, me, Mrs Patel, Sandra, Gemma, Sarah, Chris and Dr Hussain or his "
              "practice nurse) will meet every four weeks at Aldenfleet Primary at 1.30pm, on 29/01/2026, "
              "26/02/2026 and 26/03/2026. The review child protection conference will be on 09/04/2026 at "
              "10am at Aldenfleet Civic Centre. I will bring this letter to every core group so that we can "
              "go through it point by point. Please ring me on the number above if you want to talk about "
              "any of it before Thursday."),
        ("p", "Yours sincerely,"),
        ("p", "Megan Rowe"),
        ("pl", "Social Worker, Family Safeguarding Team (team manager: Dawn Fairley)"),
        ("p", ""),
        ("p", "Copies to: Pat Harding; Mrs Anita Patel (Aldenfleet Primary); Sandra Blake (Little Acorns "
              "Nursery); Gemma Lowe (Aldenfleet Family Hub); Sarah Quinn (health visitor); Chris Adeyemi "
              "(Aldenfleet Community Mental Health Team); Dr Omar Hussain (Aldenfleet Medical Practice); the "
              "conference chair."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. A case-system print of a baby's plan: core group and review dates in
#    the page header, a key to initials, the baby's cues as her carers see
#    them, "By the review conference ..." outcomes, tasks timed by the
#    baby's age, a "plan B" table per arrangement. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b212_ashwold_case_print_key_initials_baby_cues_brennan.pdf",
    "doc_title": "AtlasCare print - Child protection plan - Isla Brennan",
    "split": "tune",
    "actions": 12,
    "min_pages": 2,
    "header": "OFFICIAL-SENSITIVE · AtlasCare · Isla Brennan (ID 4471920) · Core group every 3 weeks from "
              "22/01/2026 · Review conference 26/03/2026",
    "footer": "Ashwold Borough Council Children's Services · Printed 14/01/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "case-system-print-pdf-paged-review-and-core-group-in-page-header-record-fields-table-key-to-initials-reason-babys-day-and-cues-as-carers-see-them-parents-views-strengths-outcomes-as-by-the-review-conference-sentences-then-task-table-task-description-assigned-initials-due-or-recurs-completion-evidence-then-plan-b-table-arrangement-if-then",
    "description": (
        "Exemplary case-system print of the initial plan for a 5-week-old baby whose mother has bipolar "
        "disorder and had a hypomanic episode ten days after the birth, and whose weight fell from the "
        "50th to the 9th centile. Core group frequency and the review conference are in the page header "
        "on every page; owners are initials explained in a key; the baby's voice is her day and cues as "
        "her mother, father, grandmother and health visitor see them; outcomes are 'By the review "
        "conference, Isla ...' sentences; task rows are timed by the baby's age, the 6-8 week check, "
        "every feed and start dates, and checked by weights plotted, letters, feed charts and blood "
        "results. The perinatal team assesses the mother's potential for change and its timescale; the "
        "contingency is a 'plan B' table per arrangement (the father's night feeds, the grandmother's "
        "nights, the mother's relapse signs, the baby's weight) with a legal planning meeting after named "
        "triggers."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "AtlasCare record print. Record type: Child protection plan. Version 1, agreed at the initial "
              "child protection conference on 08/01/2026. Status: Live."),
        ("table", {
            "rows": [
                ["Child", "Isla Grace Brennan, born 02/12/2025 (5 weeks old at conference)"],
                ["Address", "Flat 3, 22 Kestrel Road, Ashwold AW2 5HF"],
                ["Household", "Isla; Chloe Brennan (mother, 22); Tom Marsh (father, 25)"],
                ["Legal status", "Not looked after. Lives at home with both parents."],
                ["Category", "Neglect"],
                ["Conference chair", "Helen Moss, child protection chair"],
                ["Allocated worker", "NP (see key)"],
            ],
            "widths": [4.0, 13.0],
            "bold_first_col": True,
        }),
        ("h2", "Key to initials"),
        ("table", {
            "header": ["Initials", "Name", "Role and agency"],
            "widths": [2.0, 4.5, 10.5],
            "rows": [
                ["NP", "Nadia Price", "Social worker, Ashwold Children's Services, Infant Safeguarding Team"],
                ["JR", "Jas Rahman", "Team manager, Infant Safeguarding Team"],
                ["RO", "Ruth Osei", "Health visitor, Ashwold Healthy Child Service"],
                ["GL", "Gareth Lyle", "Community psychiatric nurse, Ashwold Perinatal Mental Health Service"],
                ["PD", "Dr Priya Dhillon", "Consultant perinatal psychiatrist, Ashwold Perinatal Mental Health "
                                       "Service"],
                ["BC", "Dr Ben Carver", "GP, Ashwold Lane Surgery"],
                ["KA", "Kerry Aston", "Family support worker, Ashwold Family Hub"],
                ["CB", "Chloe Brennan", "Isla's mum"],
                ["TM", "Tom Marsh", "Isla's dad"],
                ["DB", "Debbie Brennan", "Isla's nan (Chloe's mother), 7 Cherry Row, Ashwold"],
            ],
        }),
        ("h2", "Reason for the plan"),
        ("p", "CB has bipolar affective disorder, diagnosed when she was 19. On her psychiatrist's advice she "
              "stopped lithium early in the pregnancy and restarted it on 16/12/2025. On 12/12/2025, ten days "
              "after Isla's birth, CB had not slept for three nights, believed Isla was being watched through "
              "the baby monitor and would not let anyone else hold her. TM took them both to Ashwold General "
              "Hospital; the crisis team saw CB and she was not admitted. TM was working nights at the time "
              "and CB was alone with Isla from 9pm to 7am. By her 4-week weigh-in Isla had dropped from the "
              "50th to the 9th centile. The conference agreed that Isla is at risk of neglect if CB becomes "
              "unwell again while caring for her alone."),
        ("h2", "Isla's day and her cues (as her carers see them)"),
        ("bullets", [
            "CB: \"When she's hungry she does fish lips and turns her head into my arm. She likes me singing "
            "the bus song when I change her.\"",
            "TM: \"When she's had enough she arches her back and goes red and stiff. She calms down if I walk "
            "her round the kitchen.\"",
            "DB: \"She settles on my shoulder with the hoover going. She hates her hat.\"",
            "RO saw a feed at home on 06/01/2026: Isla took 90ml in 20 minutes, held CB's gaze and quietened "
            "to her voice. When CB was tired and flat later in the visit, Isla cried for several minutes "
            "before she was picked up.",
            "Isla wakes for a feed about every three hours, day and night. She sleeps in a Moses basket next "
            "to her parents' bed and is bathed at 7pm, which TM does when he is home.",
        ]),
        ("h2", "What Isla's parents say"),
        ("p", "CB: \"I was really ill, I know that now. I want to be the one who looks after her, but I don't "
              "want her to be on her own with me if I'm going high again.\" TM: \"I should never have been on "
              "nights. I've asked to go on days and they've said yes until April.\""),
        ("h2", "What is going well"),
        ("bullets", [
            "CB has taken her lithium every day since 16/12/2025 and her blood level on 06/01/2026 was in "
            "range.",
            "TM moved to day shifts from 05/01/2026 and does the evening bath and the first night feed.",
            "DB lives ten minutes' walk away and has stayed two nights a week since Isla came home.",
            "Isla gained 210g in the week to 06/01/2026.",
        ]),
        ("h2", "Outcomes"),
        ("p", "AtlasCare field: \"By the review conference, the child will ...\""),
        ("numbers", [
            "By the review conference, Isla is feeding well and growing steadily, back on or above the 25th "
            "centile.",
            "By the review conference, Isla is fed and settled every night by an adult who is awake and well, "
            "and she is never left alone with CB when CB is showing signs of becoming unwell.",
            "By the review conference, Isla has a mum whose bipolar disorder is stable and closely watched, so "
            "that any signs of CB becoming unwell are seen early and Isla is kept safe.",
            "By the review conference, Isla has had her 6-8 week checks and first immunisations on time.",
        ]),
        ("h2", "Tasks"),
        ("p", "\"Assigned\" uses the key above. \"Due / recurs\" is a date, a frequency or an event in Isla's "
              "life. \"Completion evidence\" is what will be seen or received, and by whom."),
        ("table", {
            "header": ["Task", "Description", "Assigned", "Due / recurs", "Completion evidence"],
            "widths": [1.3, 5.9, 2.3, 3.5, 4.0],
            "rows": [
                ["T1", "Home visits to weigh Isla and watch a feed, going over her hunger and fullness cues with "
                       "CB and TM", "RO",
                 "Weekly until Isla is 12 weeks old (24/02/2026), then every 2 weeks",
                 "Weight plotted in the red book and on the health record; centile e-mailed to NP after each "
                 "visit"],
                ["T2", "Isla's 6-8 week health visitor review at home, with the maternal mood questions for CB",
                 "RO", "At the 6-8 week check, by 27/01/2026",
                 "Review record and scores sent to NP and GL within 2 working days"],
                ["T3", "Isla's 8-week baby check and first immunisations", "BC",
                 "When Isla is 8 weeks old (week of 26/01/2026)",
                 "Check and immunisations recorded in the red book; the surgery rings NP the same day if the "
                 "appointment is missed"],
                ["T4", "Home visits to CB: check her lithium blood tests are done, go through her sleep and mood "
                       "against her relapse signature, and assess whether she is making the changes needed to "
                       "care safely for Isla and how long that is likely to take", "GL",
                 "Weekly from 15/01/2026 until the review conference",
                 "Written update to each core group; capacity-to-change report to the review conference by "
                 "19/03/2026"],
                ["T5", "Psychiatric review of CB's lithium and relapse prevention plan, with an opinion on her "
                       "prognosis, her potential to make and keep the changes, the likely timescale, and "
                       "whether she can safely care for Isla alone at night", "PD",
                 "By 30/01/2026, then every 6 weeks",
                 "Clinic letter to BC, GL and NP within 5 working days of each review"],
                ["T6", "Take lithium every evening and have blood levels taken as booked, so that CB is well "
                       "enough to care for Isla", "CB",
                 "Every evening; blood test every 4 weeks (next 22/01/2026)",
                 "Blood results in GL's update; CB shows NP her blister pack at each visit"],
                ["T7", "Keep Isla's feed chart: time, amount and who fed her", "CB and TM",
                 "Every feed, from 09/01/2026", "Chart read by RO and NP at each visit"],
                ["T8", "Do the 11pm and 2am feeds and stay up for them, so that CB gets six hours' sleep; TM "
                       "stays on day shifts until the review conference", "TM",
                 "Every night except Tuesday and Friday", "Feed chart shows TM's initials on the night feeds; "
                                                            "CB's sleep diary read by GL"],
                ["T9", "Stay overnight and do Isla's night feeds", "DB",
                 "Every Tuesday and Friday night, from 13/01/2026",
                 "Feed chart shows DB's initials on those nights; NP asks DB at each visit"],
                ["T10", "\"Baby Steps\" sessions with CB and TM on Isla's routine, safe sleep and bath time",
                 "KA", "Every Wednesday at 10am, 8 sessions from 21/01/2026",
                 "Session records and the safe sleep checklist signed at session 8, sent to NP"],
                ["T11", "Home visits seeing Isla awake and being fed or bathed; one visit in three unannounced "
                        "and one in three in the evening", "NP", "Weekly until the review conference",
                 "AtlasCare visit records within 48 hours, saying what Isla was doing and how she responded "
                 "to each parent"],
                ["T12", "Send this plan and CB's relapse signature to the Ashwold crisis team and the "
                        "out-of-hours service, so that any call about CB is linked to Isla", "NP",
                 "By 16/01/2026", "Crisis team's e-mail confirming the alert, saved on AtlasCare"],
            ],
        }),
        ("h2", "Contingency: plan B for each arrangement"),
        ("table", {
            "header": ["Arrangement", "If ...", "Then (plan B)"],
            "widths": [3.6, 5.4, 8.0],
            "rows": [
                ["TM does the night feeds (T8)",
                 "TM is ill, or his employer moves him back to nights",
                 "TM tells NP the same day. DB stays over on those nights; if she cannot, Isla sleeps at DB's "
                 "house with DB until TM is back on days."],
                ["DB stays on Tuesday and Friday nights (T9)",
                 "DB is ill or cannot come",
                 "DB rings TM and NP the same day. TM does those nights (he can take up to four days' carer's "
                 "leave). If neither DB nor TM can, NP arranges emergency foster carers for Isla that night."],
                ["CB's mental health (T4, T5, T6)",
                 "CB has not slept for two nights, misses her lithium, or shows any sign on her relapse "
                 "signature (racing thoughts, believing she is watched)",
                 "TM or DB rings the perinatal duty line (9am to 5pm) or the Ashwold crisis team (out of hours) "
                 "the same day. Isla is not left alone with CB until GL or the crisis team has seen her. If CB "
                 "needs admission, PD asks for a mother and baby unit bed. If Isla has been alone with CB while "
                 "CB was unwell, NP holds a strategy discussion the same day."],
                ["Isla's growth (T1)",
                 "Isla drops below the 9th centile, or misses two weigh-ins",
                 "RO tells NP the same day and arranges a paediatric review at Ashwold General Hospital within "
                 "48 hours."],
                ["Legal planning",
                 "Isla is left alone with CB while CB is unwell; or CB stops her lithium and will not see the "
                 "perinatal team; or Isla is not back on the 25th centile by the review conference",
                 "JR holds a legal planning meeting within 5 working days to decide whether to issue care "
                 "proceedings or start the Public Law Outline."],
            ],
        }),
        ("p", "Plan sent to CB, TM, DB and every agency in the key on 14/01/2026. Core group dates: 22/01/2026, "
              "12/02/2026 and 05/03/2026, at Ashwold Family Hub, 2pm."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. A Signs of Safety style plan after domestic abuse: the children's words
#    in quote boxes, each worry with its goal in the family's own words and a
#    set of action cards, "If ... then ..." contingency lines, meetings in a
#    table. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b212_alderlyn_worry_goal_cards_if_then_kerr.md",
    "split": "tune",
    "actions": 12,
    "template": "signs-of-safety-md-details-table-whos-who-table-relatives-introduced-once-childrens-words-in-quote-boxes-three-houses-grown-ups-views-then-per-worry-danger-statement-goal-in-familys-own-words-and-h4-action-cards-what-who-when-how-well-know-lines-then-if-then-contingency-lines-meetings-table",
    "description": (
        "Exemplary Signs of Safety style plan for a 10-year-old boy and his 6-year-old sister after their "
        "mother's partner (the girl's father) assaulted her in front of them; he has moved out, is on "
        "police bail and a non-molestation order is in force. A who's-who introduces Uncle Jamie and "
        "Grandma Linda once; the children's words sit in quote boxes (the boy's 999 call, the girl's "
        "three houses). Each of three worries has a danger statement, a goal in the family's own words "
        "about the children, and action cards with What / Who / When / How we'll know lines (the IDVA, "
        "the police, the perpetrator programme, the children's domestic abuse worker, the school, the "
        "contact centre, the mother, the uncle and the grandmother). The contingency is 'If ... then "
        "...' lines with fallbacks for the uncle's collections and the grandmother's contact handovers "
        "and a legal planning meeting after named triggers; the meetings are in a table."
    ),
    "text": """\
# Alderlyn Council Children's Services

## Reece and Lily's safety plan (child protection plan)

| | |
|---|---|
| **Children** | Reece Kerr, born 02/06/2015 (10), Year 6 at St Mark's Primary, Alderlyn; Lily Kerr, born 19/09/2019 (6), Year 1 at St Mark's Primary |
| **Home** | 9 Linnet Close, Alderlyn AL6 2WE, with their mum, Sophie Kerr (31) |
| **Category** | Emotional abuse (domestic abuse) |
| **Conference** | Initial child protection conference, 13/01/2026 |
| **Social worker** | Owen Parry, Alderlyn Children's Services, Family Safety Team |
| **Team manager** | Samira Wood |

## Who's who

The people in this plan are named in full once, here. After this the plan uses the names on the left.

| Name in this plan | Who they are |
|---|---|
| Sophie | Sophie Kerr, Reece and Lily's mum |
| Darren | Darren Fox, Lily's dad and Reece's stepdad; moved out on 28/11/2025, living at his brother's in Alderlyn |
| Uncle Jamie | Jamie Kerr, Sophie's brother, 4 Wren Court, Alderlyn (five minutes from school) |
| Grandma Linda | Linda Kerr, Sophie's mum, 12 Sorrel Way, Alderlyn |
| Owen | Owen Parry, social worker |
| Tasha | Tasha Green, independent domestic violence adviser (IDVA), Alderlyn Domestic Abuse Service |
| Hannah | Hannah Sowerby, children's worker, Alderlyn Domestic Abuse Service |
| DC Grant | DC Lisa Grant, Alderlyn Police Domestic Abuse Investigation Unit |
| Rob | Rob Tate, group worker, Alderlyn Change Project (domestic abuse perpetrator programme) |
| Mr Rhodes | Mr Kevin Rhodes, designated safeguarding lead, St Mark's Primary |
| Mandy | Mandy Fry, contact supervisor, Alderlyn Contact Centre |
| Carol | Carol Innes, Freedom Programme leader, Alderlyn Family Hub |

## Why we are here

On 27/11/2025, after a row about money, Darren pushed Sophie against the kitchen door and held her by the
throat until she slid to the floor. Reece saw it from the stairs, took Lily up to his room and rang
999. Darren was arrested and is on police bail with a condition not to contact Sophie or go to Linnet
Close. The family court made a non-molestation order on 12/12/2025 that lasts until 12/12/2026.
Sophie told the conference that Darren had hit her before, "but never with the kids there". Darren
says he "lost it once" and wants to see Lily.

## What Reece and Lily say

> **Reece, to Owen at school on 09/01/2026:**
> "When Darren shouts I take Lily upstairs and put my headphones on her. I rang 999 because Mum
> went quiet." "I don't want him back. I want him to say sorry to Mum." "I have to look after
> everyone now." Reece scored how safe he feels at home at 6 out of 10 ("10 is nobody shouting
> ever").

> **Lily, doing her three houses with Owen on 09/01/2026:**
> House of worries: "Daddy shouting and Mummy crying on the kitchen floor." House of good things:
> "Uncle Jamie's dog Biscuit. My unicorn bed. Grandma's chips." House of dreams: "Daddy being kind
> and taking me to the park. Me sleeping in my own bed not Mummy's."

## What the grown-ups say

- **Sophie:** "I want the kids to feel safe in their own house again. I don't want Lily to lose her
  dad, but he's not coming back here."
- **Darren** (to Rob, 12/01/2026): "I know I scared them. I want to see Lily and I'll do the course
  if that's what it takes."
- **Grandma Linda:** "I'll do whatever's needed, but I'm not having him in my house."

## Worry 1: Darren's violence

**Danger statement:** We are worried that if Darren comes back to the house, or Sophie lets him back
in, he could hurt Sophie again in front of Reece and Lily, and that Reece could be hurt trying to
protect his mum or his sister.

**Goal, in Sophie's words:** "The kids never see anything like that again. Darren doesn't come to the
house, and if he turns up, I ring 999 and Reece and Lily know exactly what to do."

#### Card 1.1 · The order and the bail conditions
- **What:** Ring 999 if Darren comes to the house or the close, or contacts Sophie or the children in any way, and tell Owen the same day.
- **Who:** Sophie
- **When:** Every time, from 13/01/2026 until the non-molestation order ends on 12/12/2026
- **How we'll know:** The police log number, which DC Grant sends to Owen; Owen asks Sophie and Reece at every visit whether Darren has been in touch.

#### Card 1.2 · A flag on the house
- **What:** Put a flag on 9 Linnet Close so that any 999 call from the address gets an immediate response, and tell Sophie and Owen whenever Darren's bail or the charging decision changes.
- **Who:** DC Grant
- **When:** Flag by 16/01/2026; news of bail or charge the same day it changes
- **How we'll know:** The flag reference, e-mailed to Owen; DC Grant's updates noted on the police file and in Owen's case notes.

#### Card 1.3 · Sophie's safety plan
- **What:** Safety planning with Sophie, including the school run, and a door chain and video doorbell fitted through the Alderlyn Sanctuary Scheme.
- **Who:** Tasha
- **When:** Weekly for 12 weeks from 14/01/2026; chain and doorbell fitted by 30/01/2026
- **How we'll know:** The Sanctuary Scheme completion sheet and Sophie's written safety plan, sent to Owen; Tasha's written update to each core group.

#### Card 1.4 · Darren's part
- **What:** Assess Darren for the Change Project programme and, if he is accepted, run his weekly group sessions, reporting on whether he is taking responsibility for the harm to Reece and Lily.
- **Who:** Rob
- **When:** Assessment by 06/02/2026; group every Thursday evening from 12/02/2026
- **How we'll know:** Rob's written assessment to Owen by 13/02/2026, then an attendance and progress report before each core group.

#### Card 1.5 · Sophie's group
- **What:** Go to the 12-week Freedom Programme, so that Sophie can spot controlling behaviour early and keep Reece and Lily safe from it.
- **Who:** Sophie
- **When:** Every Wednesday, 4pm to 6pm, from 21/01/2026
- **How we'll know:** Carol sends Owen the attendance sheet at week 6 and the certificate at week 12.

## Worry 2: What Reece and Lily carry with them

**Danger statement:** We are worried that Reece thinks it is his job to keep everyone safe, and that
Lily is frightened at night and at school, and that without help what they saw will keep hurting them.

**Goal, in Reece's words:** "I want to stop being the one who looks after everyone and just be
normal." **In Sophie's words:** "Lily sleeps in her own bed and doesn't cry when I leave her at school."

#### Card 2.1 · Reece's sessions
- **What:** Ten "Bounce Back" one-to-one sessions with Reece about what he saw, whose job it is to keep people safe, and his own safety plan.
- **Who:** Hannah
- **When:** Every Tuesday at 2pm in school, from 20/01/2026 to 24/03/2026
- **How we'll know:** Reece's worry scale at sessions 1, 5 and 10, and his own safety plan, which Hannah sends to Owen.

#### Card 2.2 · Lily's mornings
- **What:** A check-in for Lily with her teaching assistant, Mrs Carr, when she arrives, and a worry box in her classroom.
- **Who:** Mr Rhodes
- **When:** Every school morning at 8.50am from 14/01/2026
- **How we'll know:** Mrs Carr's check-in sheet; Mr Rhodes e-mails Owen a summary every Friday, with any worry Lily has posted.

#### Card 2.3 · Seeing the children on their own
- **What:** See Reece at school and Lily at home on their own, redoing the three houses with Lily and the safety scale with Reece.
- **Who:** Owen
- **When:** Every two weeks until the review conference
- **How we'll know:** Visit records written within two working days, with the children's own words and a photo of Lily's houses.

#### Card 2.4 · Lily's bedtime
- **What:** Read the "Mummy's safe now" story book with Lily at bedtime and settle her in her own bed.
- **Who:** Sophie
- **When:** Every night from 14/01/2026
- **How we'll know:** Sophie's sleep chart for Lily, shown to Owen at visits; Lily tells Owen where she has been sleeping.

## Worry 3: Lily's time with her dad

**Danger statement:** We are worried that Darren could use his time with Lily to find out where
Sophie is, to send her messages, or to frighten Lily by shouting.

**Goal, in Grandma Linda's words:** "Lily sees her dad somewhere he can't kick off, Sophie and him
never have to meet, and Lily comes back happy."

#### Card 3.1 · Supervised contact
- **What:** Supervise Lily's time with Darren at the contact centre; Darren arrives 15 minutes before Lily and leaves 15 minutes after her.
- **Who:** Mandy
- **When:** Every other Saturday, 10am to 12 noon, from 24/01/2026
- **How we'll know:** Mandy's written record of each contact, sent to Owen within two days, saying how Lily was before, during and after.

#### Card 3.2 · Getting Lily there and back
- **What:** Take Lily to and from the contact centre, so that Sophie and Darren never meet.
- **Who:** Grandma Linda
- **When:** Every contact Saturday, from 24/01/2026
- **How we'll know:** Mandy signs Lily in and out with Grandma Linda's name on the contact record.

#### Card 3.3 · After school on Wednesdays and Fridays
- **What:** Collect Reece and Lily from school and give them their tea at his flat, on Wednesdays while Sophie is at her group and on Fridays.
- **Who:** Uncle Jamie
- **When:** Every Wednesday and Friday, 3.15pm to 6.30pm, until the review conference
- **How we'll know:** The school's collection log, which Mr Rhodes sends Owen on Fridays; Uncle Jamie texts Sophie and Owen when the children are home.

## If things go wrong

- **If** Darren comes to the house or the close, or contacts Sophie or the children, **then** Sophie
  (or Reece, who knows how) rings 999; because of the flag the police come straight away, DC Grant
  tells Owen the same day, and Owen holds a strategy discussion with the police that day.
- **If** Sophie lets Darren back into the house, or takes the children to meet him, **then** Owen holds
  a strategy discussion the same day, and Reece and Lily stay with Grandma Linda at 12 Sorrel Way
  until it has decided what happens next.
- **If** Grandma Linda cannot have the children when they need somewhere safe, **then** Owen (or the
  Emergency Duty Team out of hours) finds emergency foster carers who can keep Reece and Lily together,
  that day.
- **If** Uncle Jamie cannot collect on a Wednesday or a Friday, **then** he texts Sophie and Owen by 12
  noon; on Fridays Sophie collects, and on Wednesdays Reece and Lily go to St Mark's after-school club
  until 6pm (a place kept open and paid for by Children's Services) and Sophie collects them after her
  group.
- **If** Grandma Linda cannot take Lily to contact, **then** she tells Owen by 5pm on the Friday, and
  Mandy does the handover with Sophie at the centre's side door after Darren is inside, so that they
  never meet; if Mandy cannot, that contact moves to the next Saturday.
- **If** Darren breaks the non-molestation order or his bail, or Sophie lets him back, or Reece's worry
  scale has not come down by his tenth session, **then** Samira will hold a legal planning meeting
  within 10 working days to decide whether to start the Public Law Outline.

## Meetings

| Meeting | Date and time | Where |
|---|---|---|
| Core group 1 | 22/01/2026, 3.30pm | St Mark's Primary |
| Core group 2 | 19/02/2026, 3.30pm | St Mark's Primary |
| Core group 3 | 19/03/2026, 3.30pm | St Mark's Primary |
| Review child protection conference | 08/04/2026, 1.30pm | Alderlyn Town Hall |

The core group meets every four weeks. Sophie, Uncle Jamie and Grandma Linda are invited to every
core group; Darren is invited to the review conference. Plan sent to Sophie, Darren (without the
address details), Uncle Jamie, Grandma Linda and every agency on 15/01/2026.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Minutes of the first core group for a young carer and her brother:
#    numbered minutes, Maisie's own words, outcomes restated, contingency
#    and dates agreed, then an action log timed by school terms, meetings
#    and recurrences. Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b212_averlane_core_group_minutes_own_words_doyle.txt",
    "split": "tune",
    "actions": 13,
    "template": "core-group-1-minutes-txt-caps-heading-present-list-initials-then-numbered-minutes-purpose-maisies-own-words-as-written-finns-views-agency-updates-outcomes-restated-contingency-lettered-dates-aob-then-action-log-a1-a13-owner-action-when-check-lines-times-as-school-terms-meetings-recurrences",
    "description": (
        "Exemplary minutes of the first core group for a 14-year-old girl who has become her family's "
        "carer and her 8-year-old brother, on plans for neglect since their widowed father's drinking "
        "worsened (found collapsed drunk on the path with the boy alone inside). Initials are explained "
        "in the attendance list; Maisie's own words are copied as she wrote them and Finn's words are "
        "recorded; agency updates are minutes, not actions. The action log (A1 to A13) gives each "
        "action an owner, a time as a school term, a meeting or a recurrence, and a check (attendance "
        "figures, breath test results, letters, Maisie's own account to her young carers worker). The "
        "alcohol service reports on the father's capacity to change; the aunt's teas and Saturday "
        "nights have a fallback; legal planning follows named triggers; core group dates and the review "
        "conference are minuted."
    ),
    "text": """\
AVERLANE METROPOLITAN BOROUGH COUNCIL - CHILDREN'S SERVICES
CORE GROUP MEETING: MINUTES
============================================================

Children ....... Maisie Doyle, born 11/04/2011 (14), Year 9, Averlane Academy
                 Finn Doyle, born 30/08/2017 (8), Year 3, Averlane Fields Primary
Address ........ 31 Coldwell Terrace, Averlane AV7 3PD, with their father
Plan ........... Child protection plans (neglect) from the initial conference on 20/01/2026
Meeting ........ Core group 1, Thursday 29/01/2026, 4pm, Averlane Academy (room S12)
Chair .......... Laura Benson, social worker
Minutes ........ Amy Cole, business support

PRESENT (initials used in these minutes)
  LB   Laura Benson, social worker, Averlane Children's Services (chair)
  MD   Martin Doyle, father
  CB   Claire Bamford, maternal aunt (the children's mum Karen's sister)
  RH   Rachel Hume, designated safeguarding lead, Averlane Academy
  GT   Gill Taylor, designated safeguarding lead, Averlane Fields Primary
  SK   Sunil Kapoor, recovery worker, Averlane Recovery Service (drug and alcohol service)
  JA   Jess Allen, young carers worker, Averlane Young Carers Service
  HM   Helen Marsh, school nurse, Averlane 0-19 Service
  Maisie joined for item 2.

APOLOGIES
  Dr Nkem Obi, GP, Averlane Road Surgery (written report sent)


1. PURPOSE OF THE MEETING
   LB explained that this core group turns the outline plan from the conference on 20/01/2026
   into a full plan. The action log at item 9 is the plan until the review conference. Everyone
   present has a copy of the conference minutes.

2. MAISIE'S OWN WORDS
   Maisie wrote this with JA on 27/01/2026 and asked for it to go in the minutes exactly as she
   wrote it. She read it out herself.

   "I'm Maisie. I do most of the cooking and I get Finn up and to school. I don't mind doing it,
   I mind that nobody asks if I'm OK. Dad's not a bad dad, he's sad since Mum died and the vodka
   makes it worse not better. The night he fell over outside I was at Lauren's and Finn was on his
   own and that's my fault too. What I want: Dad to not drink in the week. Finn not to be scared
   at night. Me to go back to netball and not be late all the time. I do NOT want to be split up
   from Finn or go into care. I want Auntie Claire to be more in our lives. I'll talk to Jess but
   I'm not ready for a counsellor."

   Maisie scored things at home at 4 out of 10 and said it was 2 out of 10 "before Christmas".

3. FINN'S VIEWS
   LB saw Finn on his own at school on 26/01/2026. He said: "I like it when Auntie Claire does spag
   bol. I don't like it when Dad falls asleep on the floor and won't wake up." He wants Dad and
   Maisie to come to his class assembly. GT said Finn has been asking the lunchtime staff for
   seconds most days.

4. AGENCY UPDATES
   4.1 SK: MD was assessed on 23/01/2026. He drinks about a litre of vodka on most weekday nights.
       His AUDIT score was 31. He has agreed to weekly sessions and is thinking about a community
       detox.
   4.2 RH: Maisie's attendance this year is 81%. She has been late 19 times, mostly on days she
       takes Finn to school first.
   4.3 GT: Finn's attendance is 93%. He is often hungry and his uniform is not always clean.
   4.4 Dr Obi's report: MD has not seen his GP since 2024. He has been offered blood tests.
   4.5 CB said she did not know how bad things had got. She can help on Mondays, Wednesdays and
       Saturdays.
   4.6 MD said he knows he has let the children down since Karen died and wants help to stop.

5. OUTCOMES (from the conference plan, agreed again today)
   5.1 Maisie and Finn are cared for every evening and night by a sober adult, and Finn is never
       left on his own.
   5.2 Maisie is in school on time every day, is back at netball, and does no more caring than a
       14-year-old should.
   5.3 Finn gets to school on time, fed and in clean uniform, and is not frightened at night.
   5.4 Maisie and Finn can talk about their mum and get help with their grief when they are ready.

6. CONTINGENCY (agreed)
   a) If MD is found drunk while he is caring for the children (seen by a professional, or told by
      Maisie or Finn), the children go to CB's house (18 Beck Lane) that night, and LB (or the
      Emergency Duty Team out of hours) visits MD the next morning.
   b) If CB cannot have the children in an emergency because she is ill or away, she tells LB the
      same day, and LB arranges emergency foster carers who can take Maisie and Finn together.
   c) If CB cannot do a Monday or Wednesday tea, she texts LB and Maisie by 12 noon; Finn stays at
      the Averlane Fields after-school club until 6pm (a paid place LB has set up) and LB or the
      duty social worker visits the home that evening. If CB cannot have Finn on a Saturday night,
      Finn stays at home and LB or the Emergency Duty Team rings MD at 9pm and speaks to Maisie.
   d) If MD misses two recovery sessions in a row or gives a positive breath test, SK tells LB the
      same day and LB visits that evening.
   e) If SK's report to core group 3 on 26/03/2026 shows MD's drinking has not reduced, or MD is
      found drunk in charge of the children again, LB's team manager, Mark Ellis, will hold a legal
      planning meeting within 10 working days.

7. MEETINGS
   Core groups every four weeks at Averlane Academy, 4pm: 26/02/2026 (core group 2) and 26/03/2026
   (core group 3). Review child protection conference: 16/04/2026 at 10am, Averlane Town Hall.

8. ANY OTHER BUSINESS
   None. MD and CB thanked everyone. Maisie asked for a copy of the minutes for herself.

9. ACTION LOG (this is the plan until the review conference)

A1  Owner: MD
    Action: Go to recovery sessions with SK and give a breath test at each one, so that he is
            sober when Maisie and Finn get home.
    When:   Every Tuesday at 10am from 03/02/2026 until the review conference
    Check:  Attendance and breath test results in SK's report to each core group

A2  Owner: SK, Averlane Recovery Service
    Action: Agree MD's treatment plan, including whether he needs a community or inpatient detox,
            and report on his capacity to change, the steps he needs to take, how long that is
            likely to take, and how his drinking is affecting Maisie and Finn.
    When:   Treatment plan by core group 2 (26/02/2026); written report before each core group
    Check:  Treatment plan and reports sent to LB and read at each core group

A3  Owner: Dr Obi, Averlane Road Surgery
    Action: Liver function and blood tests for MD, and a medication review before any detox.
    When:   By 13/02/2026
    Check:  GP letter with the results and any prescribing, sent to LB and SK

A4  Owner: MD
    Action: Not drink any alcohol while he is looking after Maisie and Finn, and keep no
            spirits in the house.
    When:   Every day from 29/01/2026
    Check:  Breath tests at SK's sessions; what LB sees at her evening visits; Maisie's own
            account to JA at each club night

A5  Owner: JA, Averlane Young Carers Service
    Action: Young carer's needs assessment with Maisie, and a place at the Thursday young carers'
            club.
    When:   Assessment by the February half term (13/02/2026); club every Thursday, 5pm to 7pm,
            from 19/02/2026
    Check:  Assessment sent to LB and to Maisie; club register; Maisie's own account to JA of how
            much caring she is doing, written in JA's notes each week

A6  Owner: RH, Averlane Academy
    Action: First-day calling for Maisie, and a Monday check-in with her form tutor about her week.
    When:   Calls every school day by 9.30am; check-in every Monday until the end of the summer
            term (22/07/2026)
    Check:  Attendance and late marks e-mailed to LB every Friday; attendance above 95% by the
            Easter holidays

A7  Owner: GT, Averlane Fields Primary
    Action: Free breakfast club place for Finn, and a check of his uniform and lunch each morning,
            so that Maisie no longer has to get him ready before her own school.
    When:   Every school day from 02/02/2026 until the end of the summer term
    Check:  Breakfast club register and GT's weekly note to LB on Fridays

A8  Owner: CB
    Action: Give Maisie and Finn their tea at her house and bring them home by 7pm.
    When:   Every Monday and Wednesday until the review conference
    Check:  CB texts LB each Monday and Wednesday evening; Maisie and Finn tell LB about it at her
            visits

A9  Owner: CB
    Action: Have Finn to stay overnight, so that Maisie has a night off.
    When:   Every Saturday night from 31/01/2026
    Check:  CB's Sunday text to LB; Finn tells LB about his weekend at her school visits

A10 Owner: LB
    Action: Home visits seeing Maisie and Finn on their own; at least one visit a fortnight after
            6pm.
    When:   Every week until the review conference
    Check:  Visit records on the case file within 2 working days, with the children's words and
            what LB sees of MD's drinking

A11 Owner: HM, Averlane 0-19 Service
    Action: Health check for Finn (height, weight, hearing and eyesight) and a sleep and wellbeing
            check with Maisie.
    When:   By the end of the spring term (27/03/2026)
    Check:  Results sent to LB and Dr Obi

A12 Owner: LB
    Action: With Maisie's and Finn's agreement, refer them to the Averlane Child Bereavement
            Service.
    When:   By core group 2 (26/02/2026)
    Check:  The service's acceptance letter on file and first appointment dates reported at core
            group 2

A13 Owner: MD
    Action: Go to Finn's class assembly and Maisie's Year 9 parents' evening.
    When:   Assembly 06/03/2026 at 9am; parents' evening 18/03/2026
    Check:  GT and RH tell LB whether MD came, and Finn and Maisie tell LB what it was like

Minutes agreed by LB, 30/01/2026. Copies to everyone present, Dr Obi, Maisie (her own copy) and the
conference chair.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. A Welsh council's bilingual plan: Welsh-then-English headings, the
#    children's words in both languages, a table per stage with a "So that"
#    column, a trigger table, meetings table. Header and footer. Exemplary
#    (pdf, landscape)
# ---------------------------------------------------------------------------
_AB_HEAD = ["Pwy / Who", "Beth / What", "Pryd / When", "Sut byddwn ni'n gwybod / How we'll know",
            "Fel bod ... / So that ..."]
_AB_W = [3.6, 7.0, 4.0, 5.6, 5.5]

PLANS.append({
    "name": "b212_aberhelyg_bilingual_stage_tables_so_that_pritchard.pdf",
    "doc_title": "Cynllun Amddiffyn Plant / Child Protection Plan - Osian a/and Cadi Pritchard",
    "split": "tune",
    "actions": 12,
    "landscape": True,
    "min_pages": 3,
    "header": "SWYDDOGOL-SENSITIF / OFFICIAL-SENSITIVE · Cyngor Bwrdeistref Sirol Aberhelyg / Aberhelyg "
              "County Borough Council",
    "footer": "Osian a Cadi Pritchard · Cynllun Amddiffyn Plant / Child Protection Plan · Tudalen {PAGE} o "
              "{NUMPAGES} / Page {PAGE} of {NUMPAGES}",
    "template": "welsh-council-bilingual-cp-plan-pdf-landscape-header-footer-welsh-then-english-headings-details-table-why-childrens-words-in-welsh-and-english-drawing-described-parents-views-going-well-what-will-be-different-then-table-per-stage-dated-pwy-who-beth-what-pryd-when-sut-byddwn-nin-gwybod-how-well-know-fel-bod-so-that-then-trigger-response-who-table-meetings-table",
    "description": (
        "Exemplary bilingual plan from a Welsh council for a 9-year-old boy and a 5-year-old girl after "
        "their father hit the boy with a belt; the father is on bail and lives with his mother, who "
        "supervises his Saturday contact. Headings are Welsh then English; the children's words are "
        "given in Welsh with an English translation, and the girl's drawing is described. 'What will "
        "be different' outcomes are about the children; the plan is a table per dated stage (Who / What "
        "/ When / How we'll know / So that ...) whose 'So that' cells name what changes for the "
        "children. Checks are records, letters, SDQ scores, the grandmother's contact notes and the "
        "children's own account to the social worker. The contingency is a table of triggers, "
        "responses and owners, with a fallback to the family centre if the grandmother cannot "
        "supervise, another for the aunt, and a legal planning meeting after named triggers; the "
        "meetings are in a table; a page header and footer are on every page."
    ),
    "blocks": [
        ("title", "Cynllun Amddiffyn Plant / Child Protection Plan"),
        ("p", "Gwasanaethau Plant, Cyngor Bwrdeistref Sirol Aberhelyg / Children's Services, Aberhelyg County "
              "Borough Council. Mae'r cynllun hwn ar gael yn Gymraeg ac yn Saesneg. / This plan is available in "
              "Welsh and in English; the family's first language is Welsh."),
        ("table", {
            "rows": [
                ["Plant / Children", "Osian Pritchard, born 14/03/2016 (9), Year 5; Cadi Pritchard, born "
                                     "22/07/2020 (5), Reception; both at Ysgol Gymraeg Aberhelyg"],
                ["Cartref / Home", "5 Heol y Bont, Aberhelyg, with their mother, Sioned Pritchard (35)"],
                ["Tad / Father", "Gareth Pritchard (38), living with his mother, Eirlys Pritchard (Nain), at "
                                 "2 Maes y Dderwen, Aberhelyg, since 05/12/2025"],
                ["Categori / Category", "Physical abuse (Osian); Cadi at risk of physical abuse"],
                ["Cynhadledd / Conference", "Initial child protection conference, 08/01/2026"],
                ["Gweithiwr cymdeithasol / Social worker", "Ffion Hughes, Aberhelyg Children's Services "
                                                           "(team manager: Bethan Hopkins)"],
            ],
            "widths": [6.0, 19.7],
            "bold_first_col": True,
        }),
        ("h2", "Pam mae cynllun / Why there is a plan"),
        ("p", "On 04/12/2025 Osian's teacher saw red marks across the back of his legs when he changed for PE. "
              "Osian said Dad had hit him with his belt because he would not turn off his games console. A "
              "child protection medical on 04/12/2025 found four linear bruises consistent with a belt. Gareth "
              "was arrested the same evening and released on bail with conditions not to go to 5 Heol y Bont "
              "and not to have unsupervised contact with the children. Sioned believes Osian, has kept to the "
              "safety agreement and asked for help. Gareth said he \"snapped\" after a long shift and that it "
              "had not happened before; Osian told Ffion Dad had \"smacked him hard\" twice before."),
        ("h2", "Llais y plant / The children's voice"),
        ("p", "Osian, to Ffion at school on 06/01/2026, in Welsh: \"Dw i ddim eisiau i Dad fod yn grac. Dw i "
              "eisiau chwarae rygbi gyda fe eto, ond dim ond os yw Nain yna.\" (\"I don't want Dad to be angry. "
              "I want to play rugby with him again, but only if Nain is there.\") He scored how safe he feels "
              "at home at 8 out of 10 now, and 3 out of 10 \"when Dad lived here and was tired\"."),
        ("p", "Cadi drew her family for Ffion on 06/01/2026: Mam and Cadi holding hands under a rainbow, Osian "
              "with a rugby ball, and Dad standing on his own by \"tŷ Nain\" (Nain's house) with a sad mouth. "
              "She said: \"Mae Dad yn byw gyda Nain nawr achos roedd e'n gas i Osian.\" (\"Dad lives with Nain "
              "now because he was nasty to Osian.\") She asked if she could still see Dad on Saturdays."),
        ("h2", "Beth mae'r rhieni yn ei ddweud / What the parents say"),
        ("p", "Sioned: \"I want the children to feel safe and I want Gareth to learn another way. I won't let "
              "him back until everyone is sure.\" Gareth: \"I'm ashamed. I'll do any course you want. I just "
              "want to see them.\" Nain Eirlys: \"I'll make sure he is never alone with them in my house.\""),
        ("h2", "Beth sy'n mynd yn dda / What is going well"),
        ("bullets", [
            "Sioned rang Ffion herself when Gareth texted asking to come round on 20/12/2025, and said no.",
            "Osian and Cadi have been in school every day this term and Osian is captain of the Year 5 rugby "
            "team.",
            "Nain Eirlys passed Ffion's check as a contact supervisor on 07/01/2026 and has signed the "
            "supervision agreement.",
        ]),
        ("h2", "Beth fydd yn wahanol / What will be different"),
        ("numbers", [
            "Osian and Cadi are never hit or hurt by an adult, at home or at Nain's.",
            "Osian and Cadi see their dad safely, with an adult in the room, and come back happy.",
            "Osian can talk about what happened without blaming himself, and sleeps without nightmares.",
            "By the review conference Osian and Cadi are cared for by parents who set limits calmly and "
            "safely, in a way the children can describe.",
        ]),
        ("h2", "Y cynllun, cam wrth gam / The plan, stage by stage"),
        ("p", "Each stage has its own dates. Each row still says when it happens. \"Fel bod ... / So that "
              "...\" says what will be different for Osian and Cadi."),
        ("h3", "Cam 1: Cadw Osian a Cadi'n ddiogel nawr / Stage 1: Keeping Osian and Cadi safe now "
               "(08/01/2026 to core group 1 on 22/01/2026)"),
        ("table", {
            "header": _AB_HEAD,
            "widths": _AB_W,
            "rows": [
                ["Sioned (Mam)",
                 "Keep to the signed safety agreement: Gareth does not come to 5 Heol y Bont and is never alone "
                 "with Osian or Cadi",
                 "Every day from 08/01/2026",
                 "Osian and Cadi tell Ffion at each visit who has been at home; Ffion reads the agreement with "
                 "Sioned each month",
                 "So that Osian and Cadi are never alone with their dad while the risk is assessed"],
                ["Ffion Hughes, social worker",
                 "See Osian and Cadi on their own, at school and at home, in Welsh unless they choose English",
                 "Every week until the review conference",
                 "Visit records within 2 working days, with the children's words in Welsh and English",
                 "So that Osian and Cadi can say how they feel and know they are heard"],
                ["DC Rhys Morgan, Aberhelyg Police Child Protection Unit",
                 "Tell Sioned and Ffion of any change to Gareth's bail conditions, and of the charging decision",
                 "The same day as any change; charging decision expected by 20/02/2026",
                 "Update e-mailed to Ffion and noted on the police file",
                 "So that Osian and Cadi are protected by a safety plan that always matches the bail conditions"],
                ["Mrs Nia Evans, designated safeguarding lead, Ysgol Gymraeg Aberhelyg",
                 "Meet Osian at the gate and check in with him before registration; record any mark or worry on "
                 "MyConcern and ring Ffion the same day",
                 "Every school morning from 09/01/2026",
                 "MyConcern entries; Mrs Evans's summary to Ffion every Friday",
                 "So that Osian has a trusted adult at school and any injury is seen the same day"],
            ],
        }),
        ("h3", "Cam 2: Adeiladu diogelwch / Stage 2: Building safety (22/01/2026 to core group 3 on "
               "19/03/2026)"),
        ("table", {
            "header": _AB_HEAD,
            "widths": _AB_W,
            "rows": [
                ["Nain (Eirlys Pritchard)",
                 "Supervise all of Gareth's time with Osian and Cadi at her house, staying in the room the whole "
                 "time",
                 "Every Saturday, 2pm to 4pm, from 24/01/2026",
                 "Nain's contact note each Saturday (what they did, how the children were), read by Ffion at her "
                 "Monday visit; Osian and Cadi tell Ffion how it went",
                 "So that Osian and Cadi keep their relationship with their dad, safely"],
                ["Gareth (Dad)",
                 "Complete the \"Rhianta heb Drais / Parenting without Violence\" programme at Aberhelyg Family "
                 "Centre",
                 "Every Thursday, 6pm to 8pm, for 10 weeks from 22/01/2026",
                 "Register, and the facilitator Aled Jones's end-of-programme report to Ffion by 31/03/2026",
                 "So that Osian and Cadi have a dad who sets limits without hitting or shouting"],
                ["Ffion Hughes, social worker",
                 "Parenting assessment of Gareth: what he understands of the harm to Osian, and how he would keep "
                 "the children safe",
                 "Start 26/01/2026; report by 12/03/2026",
                 "Written assessment shared with Sioned, Gareth and the core group at core group 3",
                 "So that Osian and Cadi only spend more time with their dad if it is safe for them"],
                ["Carys Thomas, Aberhelyg Children's Emotional Wellbeing Service",
                 "Six \"Coeden Bryderon / Worry Tree\" sessions with Osian, in Welsh",
                 "Tuesdays after lunch, 27/01/2026 to 03/03/2026",
                 "Osian's SDQ at the first and last sessions, sent to Ffion and Sioned",
                 "So that Osian can talk about what happened and sleeps without nightmares"],
                ["Sioned (Mam)",
                 "Keep the same bedtime routine for Osian and Cadi, and write down any nightmares or wet beds",
                 "Every night from 22/01/2026",
                 "Sioned's diary, read with Ffion at each visit",
                 "So that Osian and Cadi sleep well and any worry shows early"],
                ["Megan Lloyd, school nurse",
                 "Health check for Cadi (height, weight, hearing) and a picture-card talk with her about home",
                 "By the February half term (13/02/2026)",
                 "Results and Cadi's picture cards sent to Ffion",
                 "So that Cadi's health is checked and she has another adult to tell"],
            ],
        }),
        ("h3", "Cam 3: Dangos bod y newid yn para / Stage 3: Showing the change lasts (19/03/2026 to the "
               "review conference on 02/04/2026)"),
        ("table", {
            "header": _AB_HEAD,
            "widths": _AB_W,
            "rows": [
                ["Ffion Hughes, social worker",
                 "Watch one Saturday contact at Nain's house, then talk to Osian and Cadi about it on their own",
                 "One Saturday before 28/03/2026",
                 "Observation record and the children's words in the review report",
                 "So that Osian and Cadi's own view of their time with Dad is heard at the review"],
                ["Ffion Hughes, social worker",
                 "Write the review report with Osian's and Cadi's views in their own words, in Welsh and English",
                 "By 26/03/2026",
                 "Report sent to Sioned, Gareth and the chair by that date",
                 "So that Osian's and Cadi's views shape what the review decides"],
            ],
        }),
        ("h2", "Os bydd pethau'n mynd o chwith / If things go wrong"),
        ("table", {
            "header": ["Os ... / If ...", "Yna ... / Then ...", "Pwy / Who"],
            "widths": [7.5, 13.2, 5.0],
            "rows": [
                ["Gareth comes to 5 Heol y Bont, is alone with Osian or Cadi, or breaks his bail",
                 "Sioned rings 999. DC Morgan tells Ffion the same day and Ffion holds a strategy discussion "
                 "that day. Saturday contact stops until the strategy discussion decides.",
                 "Sioned; DC Morgan; Ffion"],
                ["Osian or Cadi has a new mark or injury, or says an adult hurt them",
                 "Ffion is told straight away; a strategy discussion is held the same day and Ffion arranges a "
                 "child protection medical with the paediatrician on call.",
                 "Mrs Evans or Sioned; Ffion"],
                ["Nain cannot supervise on a Saturday (ill or away), or contact was not supervised",
                 "Nain rings Ffion by 5pm on the Friday. That week's contact moves to Aberhelyg Family Centre, "
                 "10am to 12 noon, supervised by centre staff. If contact was ever unsupervised, all contact "
                 "moves to the family centre.",
                 "Nain; Ffion"],
                ["Sioned lets Gareth stay, or cannot keep the children safe",
                 "Osian and Cadi stay with Sioned's sister, Elin Parry, 11 Stryd y Castell, that night. If Elin "
                 "cannot have them, Ffion (or the Emergency Duty Team) finds Welsh-speaking emergency foster "
                 "carers who can keep them together, the same day.",
                 "Ffion; Elin"],
                ["Gareth does not finish the programme, the parenting assessment finds by 12/03/2026 that he "
                 "does not accept the harm, or either child is hurt again",
                 "Bethan Hopkins holds a legal planning meeting within 5 working days to decide whether to start "
                 "the Public Law Outline.",
                 "Bethan Hopkins, team manager"],
            ],
        }),
        ("h2", "Cyfarfodydd / Meetings"),
        ("table", {
            "header": ["Cyfarfod / Meeting", "Dyddiad / Date", "Lle / Where"],
            "widths": [9.0, 8.0, 8.7],
            "rows": [
                ["Grŵp craidd 1 / Core group 1", "22/01/2026, 3.30pm", "Ysgol Gymraeg Aberhelyg"],
                ["Grŵp craidd 2 / Core group 2", "19/02/2026, 3.30pm", "Ysgol Gymraeg Aberhelyg"],
                ["Grŵp craidd 3 / Core group 3", "19/03/2026, 3.30pm", "Ysgol Gymraeg Aberhelyg"],
                ["Cynhadledd adolygu / Review child protection conference", "02/04/2026, 10am",
                 "Canolfan Ddinesig Aberhelyg / Aberhelyg Civic Centre"],
            ],
        }),
        ("p", "Anfonwyd y cynllun at / Plan sent to: Sioned, Gareth, Nain Eirlys, Elin, and every agency named, "
              "on 12/01/2026, in Welsh and in English."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. A plan for a 4-month-old baby accommodated under section 20 and on a
#    children's ward; his mother has depression and plans to move to
#    another council. Banner rows by area. Faulty (docx)
# ---------------------------------------------------------------------------
def _al_band(text):
    return [text, H, H, H, H]


PLANS.append({
    "name": "b212_alnwold_lac_ward_baby_banner_rows_cartwright.docx",
    "doc_title": "Child Protection Plan - Freddie Cartwright",
    "split": "tune",
    "actions": 12,
    "template": "icpc-plan-docx-lac-baby-on-childrens-ward-details-table-reasons-freddies-days-on-ward-12-observed-jades-views-strengths-outcomes-list-then-no-what-needs-to-happen-lead-timescale-evidence-of-progress-table-with-banner-rows-by-area-then-contingency-bullets-meetings",
    "description": (
        "Initial conference plan for a 4-month-old baby on a children's ward with faltering growth and "
        "an unexplained bruise, accommodated under section 20 with his 19-year-old mother's agreement "
        "and due to go to foster carers on discharge; his mother has depression and a history of "
        "self-harm and means to move to her mother's in another council. A table with banner rows by "
        "area (No. / What needs to happen / Lead / Timescale / Evidence of progress); the baby's days on "
        "the ward are observed. Faults: the social worker only phones the ward and the mother visits "
        "'as often as she can', so no one visits the looked-after baby in hospital at a stated "
        "frequency; the mother's visits have only that vague time; the parenting assessment is handed "
        "to the receiving council after the transfer; the community mental health team's sessions only "
        "support the mother, measured by attendance; the ward nurses' feeding support is measured by "
        "the mother's confidence improving; the family group conference referral is 'ASAP'; and one "
        "outcome is about the mother only."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Alnwold Council Children's Services. Plan agreed at the initial child protection conference on "
              "13/01/2026."),
        ("table", {
            "rows": [
                ["Child", "Freddie Cartwright, born 14/09/2025 (4 months)"],
                ["Where Freddie is", "Ward 12 (children's ward), Alnwold Royal Infirmary, since 02/01/2026"],
                ["Legal status", "Looked after: accommodated under section 20 since 06/01/2026 with Jade's "
                                 "agreement. Foster carers (Lynne and Martin Ogden) identified for discharge."],
                ["Mother", "Jade Cartwright (19), 6 Riverside Flats, Alnwold AN3 8QP"],
                ["Father", "Not named on the birth certificate; Jade has not said who he is"],
                ["Category", "Neglect and physical abuse"],
                ["Social worker", "Daniel Okoye, Alnwold Children's Services, Children in Care Team (team "
                                  "manager: Ruth Garside)"],
                ["Chair", "Anne Whitely, independent chair"],
            ],
            "widths": [4.0, 13.0],
            "bold_first_col": True,
        }),
        ("h1", "Why Freddie has a plan"),
        ("p", "At his 16-week health visitor check on 02/01/2026 Freddie weighed 5.1kg, down from the 50th "
              "centile at birth to below the 0.4th, and had a fingertip bruise behind his left ear. He was "
              "admitted to Ward 12 the same day. His skeletal survey was clear; the bruise has not been "
              "explained. Jade said Freddie \"won't take his bottle\" and that she \"didn't notice\" the "
              "bruise. Jade has depression and has self-harmed twice since Freddie's birth; she is on "
              "sertraline from her GP and is open to the Alnwold Community Mental Health Team. She agreed to "
              "Freddie being accommodated on 06/01/2026. She has told the conference that she intends to move "
              "to her mother's home in Ambersby in February, and the conference agreed that the plan will "
              "transfer to Ambersby County Council if she does."),
        ("h1", "Freddie's days on Ward 12"),
        ("p", "Freddie is fed through a nasogastric tube overnight and by bottle in the day. The nurses say he "
              "feeds best held upright, watches faces closely and smiles at the play specialist's songs. He "
              "startles and cries at loud noises and at the monitor alarms, and settles when his back is "
              "rubbed. When Jade visited on 08/01/2026 he turned to her voice and took 60ml from her; when she "
              "left after 40 minutes he cried until a nurse picked him up. On the days Jade does not come he "
              "is held by the nurses and the play specialist between their other patients."),
        ("h1", "What Jade says"),
        ("p", "\"I love him, I just didn't know what I was doing. I want him back when I'm better. My mum says "
              "she'll help me in Ambersby.\" Jade agreed to the plan but does not want to stay in Alnwold."),
        ("h1", "What is going well"),
        ("bullets", [
            "Freddie has gained 380g since admission on the ward's feeding plan.",
            "Jade came to the conference and agreed to section 20 accommodation.",
            "Lynne and Martin Ogden have fostered babies with feeding tubes before.",
        ]),
        ("h1", "Outcomes"),
        ("numbers", [
            "Freddie gains weight steadily and is above the 2nd centile by the review conference.",
            "Freddie is kept safe from injury, and the cause of his bruise is understood.",
            "Freddie keeps a warm relationship with his mum through regular family time.",
            "Jade is emotionally well, managing her low mood and keeping herself safe.",
        ]),
        ("h1", "The plan"),
        ("table", {
            "header": ["No.", "What needs to happen", "Lead", "Timescale", "Evidence of progress"],
            "widths": [1.0, 6.0, 3.3, 3.0, 3.7],
            "rows": [
                _al_band("Freddie's health and growth"),
                ["1", "Medical plan for Freddie's faltering growth (tube and bottle feeds, daily weights, a "
                      "dietitian's plan) and a written opinion on the cause of his bruise and weight loss",
                 "Dr Sunita Rao, consultant paediatrician, Alnwold Royal Infirmary",
                 "Daily weights until discharge; opinion by 23/01/2026",
                 "Weights on the ward chart; Dr Rao's letter to Daniel and the chair"],
                ["2", "Support Jade with Freddie's bottle feeds when she is on the ward, and teach her how to "
                      "care for his NG tube",
                 "Ward 12 nursing team", "At each of Jade's visits until discharge",
                 "Jade's confidence with feeding improves"],
                ["3", "Weigh Freddie at the foster home and check his development once he is discharged",
                 "Lorna Kemp, health visitor, Alnwold Health Visiting Service",
                 "Within 5 days of discharge, then weekly for 6 weeks",
                 "Weights plotted in the red book and shared with Dr Rao and Daniel"],
                _al_band("Freddie's care while he is looked after"),
                ["4", "Phone Ward 12 for an update on Freddie's weight and feeding, and go to the discharge "
                      "planning meeting",
                 "Daniel Okoye, social worker", "Tuesdays and Fridays until discharge",
                 "Note of each call and of the discharge meeting on the case record"],
                ["5", "Visit Freddie on Ward 12 and help the nurses with his bottle feeds, nappies and bath",
                 "Jade", "As often as she can",
                 "Ward visiting log, shared with Daniel at the discharge planning meeting"],
                ["6", "Meet Freddie on the ward and learn his NG tube care from the nurses before he comes to "
                      "them",
                 "Lynne and Martin Ogden, foster carers (supervising social worker: Karen Holt, Alnwold "
                 "Fostering Service)",
                 "Before discharge (expected week of 26/01/2026)",
                 "Ward training sign-off sheet sent to Daniel and Karen Holt"],
                ["7", "Supervised family time for Jade and Freddie at Alnwold Family Time Centre after discharge",
                 "Daniel Okoye, social worker",
                 "Three times a week, 90 minutes each, from the first week after discharge",
                 "Family time records after each session, saying how Freddie responds to Jade and how she "
                 "feeds him"],
                _al_band("Jade's health"),
                ["8", "Fortnightly support sessions for Jade around her low mood and self-harm",
                 "Liam Fraser, care coordinator, Alnwold Community Mental Health Team",
                 "Fortnightly from 20/01/2026",
                 "Attendance at each session recorded and sent to Daniel"],
                ["9", "Review Jade's sertraline and write to Daniel about her mood and any risk of self-harm",
                 "Dr Paula Strand, GP, Alnwold Green Practice", "By 30/01/2026",
                 "GP letter on the case record"],
                _al_band("Planning for Freddie's future"),
                ["10", "Parenting assessment of Jade, to be started by Ambersby Children's Services once the "
                       "case has transferred",
                 "Ambersby Children's Services", "Within four weeks of the transfer-in conference",
                 "Assessment report to the Ambersby core group"],
                ["11", "Refer the family to the Alnwold Family Group Conference Service to find out who in "
                       "the family could care for or support Freddie",
                 "Daniel Okoye, social worker", "ASAP",
                 "Referral acknowledgement on file; the FGC date shared with the core group"],
                ["12", "Send Ambersby County Council the transfer request with this plan, the chronology and "
                       "Dr Rao's reports",
                 "Daniel Okoye, social worker", "By 30/01/2026",
                 "Ambersby's acknowledgement e-mail on the case record"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("bullets", [
            "If Jade tries to take Freddie off the ward, or withdraws her consent to section 20, the ward "
            "rings the police and Daniel (or the Emergency Duty Team) straight away, and Ruth Garside holds a "
            "legal planning meeting the same day to decide whether to apply for an emergency protection "
            "order or an interim care order.",
            "If Dr Rao's opinion is that the bruise was inflicted, Daniel holds a strategy discussion with the "
            "police the same day and Ruth Garside holds a legal planning meeting within 5 working days.",
            "If Freddie loses weight after discharge (a fall of more than 100g, or below the 0.4th centile), "
            "Lorna Kemp arranges a paediatric review at Alnwold Royal Infirmary within 24 hours and tells "
            "Daniel the same day.",
            "If Jade self-harms or says she is thinking of ending her life, the crisis team sees her the same "
            "day and family time is moved until Liam Fraser has seen her.",
        ]),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks at Alnwold Family Time Centre, 2pm: 23/01/2026, 20/02/2026 and "
            "20/03/2026.",
            "Review child protection conference: 07/04/2026 at 10am, Alnwold Civic Offices, unless the case "
            "has transferred by then, in which case Ambersby holds its transfer-in conference.",
        ]),
        ("p", "Plan sent to Jade, the foster carers and every agency on 15/01/2026."),
    ],
    "findings": [
        F("M002", "Support Jade with Freddie's bottle feeds when she is on the ward"),
        F("T002", "Visit Freddie on Ward 12 and help the nurses"),
        F("H001", "Fortnightly support sessions for Jade around her low mood"),
        F("X001", "Parenting assessment of Jade, to be started by Ambersby"),
        F("T002", "Refer the family to the Alnwold Family Group Conference Service"),
        F("F002", "Jade is emotionally well, managing her low mood and keeping herself safe."),
        F("L001"),
    ],
})


# ---------------------------------------------------------------------------
# 7. A review conference plan set out as a numbered outline, each part with
#    its goal in the family's words and Who / When / How we'll know
#    sub-bullets under each step. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b212_ardmarsh_outline_goals_family_words_fenwick.md",
    "split": "tune",
    "actions": 11,
    "template": "rcpc-plan-md-details-table-what-has-changed-since-icpc-childrens-words-gemmas-and-grandparents-views-then-numbered-outline-parts-each-with-goal-in-family-words-and-numbered-steps-with-who-when-how-well-know-sub-bullets-then-if-things-go-wrong-bullets-meetings",
    "description": (
        "First review conference plan for an 11-year-old boy and a 4-year-old girl on plans for neglect "
        "since the girl was found alone at 2am while their mother was at a neighbour's party; the mother "
        "uses cocaine and drinks at weekends, and the maternal grandparents have the children on Friday "
        "and Saturday nights. A numbered outline: each part opens with a goal in the family's own words, "
        "then numbered steps with Who / When / How we'll know sub-bullets. Faults: the mother's cocaine "
        "and alcohol use is recorded but no adult service owns any step (she is to self-refer, and the "
        "social worker encourages her); 'Family' owns the weekend care; the contingency sends the "
        "children to the grandparents with no fallback if they cannot have them; the school nurse's "
        "health check has '-' for how we'll know; the dental registration has no time; the youth club "
        "place is measured by Leo's 'engagement'; and nothing says insufficient progress leads to legal "
        "planning."
    ),
    "text": """\
# Ardmarsh Borough Council - Children's Services

## Child protection plan agreed at the first review conference

| | |
|---|---|
| Children | Leo Fenwick, born 08/10/2014 (11), Year 7, Ardmarsh High School; Ruby Fenwick, born 27/06/2021 (4), Ardmarsh Ducklings Nursery |
| Home | 40 Salter Street, Ardmarsh AD5 1LY, with their mum, Gemma Fenwick (29) |
| Grandparents | Pauline and Steve Fenwick (Gemma's parents), 3 Ferry Lane, Ardmarsh |
| Category | Neglect |
| Initial conference | 10/11/2025 |
| Review conference | 05/02/2026 (this plan) |
| Social worker | Kirsty Lamb, Ardmarsh Children's Services, Safeguarding Team 2 |
| Chair | Neil Carr, independent chair |

## What has changed since the initial conference

On 01/11/2025 police found Ruby alone in the flat at 2am, crying at the window, while Gemma was at a
party two doors away; Leo was staying at a friend's. Gemma told the initial conference she uses
cocaine and drinks "at weekends, when the kids are at Mum's", and that the night Ruby was left was
"a one-off". Since then Pauline and Steve have had the children every Friday and Saturday night.
Gemma has not yet been to the recovery service. In December a neighbour rang the police at 11pm on a
Sunday to say Gemma was shouting in the street; Leo told Kirsty his mum "had been out" and he had put
Ruby to bed. Ruby's attendance at nursery is 76%, and Leo has been late to school 14 times this term.

## What Leo and Ruby say

- **Leo** (to Kirsty on his own, 27/01/2026): "Weekdays are fine. Sundays are the worst, Mum's
  tired and snappy and I do Ruby's tea." "I like Nan and Grandad's, but I want to be at home with my
  own stuff." "Can I go to the youth club with Callum?" He scored home at 5 out of 10.
- **Ruby** can't yet say much about home. Her nursery key person says she is quiet on Mondays and
  clings at drop-off, and she told Kirsty "Mummy sleeping" when Kirsty asked about Sunday.

## What the adults say

- **Gemma:** "I know I messed up. I'm not a junkie, it's only weekends, but I'll go to the recovery
  place if I have to."
- **Pauline and Steve:** "We'll have them every weekend as long as we're able. Steve's got his
  operation coming up in March, so we'll see."

## The plan

### 1. Weekends: Leo and Ruby safe and looked after

**Goal, in Gemma's words:** "The kids are never on their own, and I'm never off my face when I've
got them."

- **1.1** Not use cocaine or drink alcohol while Leo and Ruby are in her care, including Sundays.
  - Who: Gemma
  - When: Every day from 05/02/2026
  - How we'll know: Hair strand test results (1.3) and what Kirsty sees at unannounced visits
- **1.2** Have Leo and Ruby to stay on Friday and Saturday nights, and bring them home on Sunday only if Gemma is sober.
  - Who: Family
  - When: Every weekend until the next review conference
  - How we'll know: Pauline texts Kirsty each Sunday when the children are home; Leo tells Kirsty about his weekends
- **1.3** Arrange a hair strand test for Gemma for cocaine and alcohol, and a repeat test before the next review.
  - Who: Kirsty Lamb (SW)
  - When: Sample by 20/02/2026; repeat by 17/04/2026
  - How we'll know: Test results shared with Gemma and the core group
- **1.4** Home visits seeing Leo and Ruby, with one visit a month on a Sunday and Leo seen on his own every time.
  - Who: Kirsty Lamb (SW)
  - When: Every two weeks until the next review conference
  - How we'll know: Visit records within two working days, with Leo's words and what Kirsty sees of Ruby

### 2. Gemma's drug and alcohol use

**Goal, in Gemma's words:** "The kids have a mum who's clean every weekend, so Sundays are normal for
them again."

- **2.1** Self-refer to Ardmarsh Recovery Service and go to the first assessment appointment.
  - Who: Gemma
  - When: By 13/02/2026
  - How we'll know: Gemma shows Kirsty her appointment letter
- **2.2** Talk with Gemma about how her weekends affect Leo and Ruby, and encourage her to keep going to the recovery service.
  - Who: Kirsty Lamb (SW)
  - When: At every visit until the next review conference
  - How we'll know: What was talked about is written in each visit record

### 3. Leo

**Goal, in Leo's words:** "Mum being normal on Sundays, and going to youth club with my mates."

- **3.1** A place for Leo at the Tuesday junior youth club, with transport home.
  - Who: Dean Hollis, youth worker, Ardmarsh Youth Service
  - When: Every Tuesday, 6pm to 8pm, from 10/02/2026
  - How we'll know: Leo's engagement with the club
- **3.2** Check in with Leo every Monday morning about his weekend, and ring Kirsty the same day if he says he was left in charge of Ruby.
  - Who: Mrs Yvonne Shaw, DSL, Ardmarsh High School
  - When: Every Monday at 8.40am until the end of the summer term
  - How we'll know: Check-in notes on the school's safeguarding record, sent to Kirsty every Friday with Leo's lates

### 4. Ruby

**Goal, in Pauline's words:** "Ruby's happy at nursery, and she's not behind when she starts school in September."

- **4.1** Health check for Ruby (height, weight, hearing and vision) before she starts school.
  - Who: Anna Brook, school nurse, Ardmarsh 0-19 Service
  - When: By the Easter holidays (27/03/2026)
  - How we'll know: -
- **4.2** Register Leo and Ruby with a dentist and book them both a check-up.
  - Who: Gemma
  - When: -
  - How we'll know: Gemma shows Kirsty the practice's registration letter
- **4.3** Do Ruby's pre-school progress check (ASQ-3), and record her attendance and how she is on Mondays.
  - Who: Jess Moore, key person, Ardmarsh Ducklings Nursery
  - When: Progress check by 06/03/2026; attendance sent every Friday
  - How we'll know: ASQ-3 scores and the weekly attendance e-mail to Kirsty

## If things go wrong

- If Gemma is found under the influence of drugs or alcohol while caring for Leo or Ruby, or either
  child is left alone, whoever finds out rings Kirsty (or the Emergency Duty Team out of hours) and
  the police, and Leo and Ruby go to Pauline and Steve's that night. Kirsty holds a strategy
  discussion with the police the next working day.
- If Gemma has not been to the recovery service by 13/02/2026, Kirsty visits her within two working
  days to go through what stops her.
- If a hair strand test is positive for cocaine, Kirsty visits within two working days and Leo and
  Ruby stay with Pauline and Steve from Friday to Monday morning until the core group has agreed a new
  safety plan.

## Meetings

- Core group every six weeks at Ardmarsh High School, 3.45pm: 19/02/2026 and 02/04/2026.
- Next review child protection conference: 07/05/2026 at 10am, Ardmarsh Town Hall.

Plan sent to Gemma, Pauline and Steve, and every agency named on 09/02/2026.
""",
    "findings": [
        F("W002", "Have Leo and Ruby to stay on Friday and Saturday nights"),
        F("M002", "A place for Leo at the Tuesday junior youth club"),
        F("M001", "Health check for Ruby (height, weight, hearing and vision)"),
        F("T001", "Register Leo and Ruby with a dentist and book"),
        F("F004"),
        F("C003"),
        F("R002"),
    ],
})
