"""Batch 124, module f: seven fictional plans (held-out material), places beginning with "f".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: good practice written in ways a template-bound reader would misread,
so that precision is tested (a correct plan wrongly criticised costs trust),
going past batches 119 and 121. Owners are who's-who names used alone ("Nana
Bev", "Mo", "the HV", "Dr Okafor"), joint owners ("You and Dr Sohal
together", "Lorna with Shannon", "Precious and Dean together"), a service or
team alone in the owner cell, a young person addressed as "you", and, in one
table, a "Lead" column beside a "Supported by" column that sometimes holds a
collective ("All school staff", "The family") or a dash, while the lead is
always one named person or service. Timescales are weeks of pregnancy ("by 36
weeks pregnant"), a baby's age ("until Ruby is 3 months old"), events dated
elsewhere ("by the review conference", "before the baby goes home from
Furzeley General", "within three working days of you coming home, every
time"), a "Review date" column with dates in many forms (12.05.26, w/c 22
June, summer half term) and a visit frequency that runs "until Hollinbeck's
transfer-in conference" (a transfer that does not stall the plan). Measures
sit in columns headed in the family's words ("What will we see?", "How we'll
know it's working", "Evidence") and are numbers or records (no missed doses
on the MAR chart, three clear breath tests in a row, 95% attendance, the 9th
centile). Other sections: a Signs of Safety danger statement with safety
goals merged down a landscape table, a Three Houses table, "In Maisie's
words", a Markdown task list whose ticks mark finished one-off tasks and one
ongoing task that is on track, an If | Then | Who Plan B table, numbered
trigger / response pairs, a core group record typed into a case system's
free-text box with pipe-separated fields, and a case-system export with
labelled task fields and a page header and footer.

Five plans are exemplary (no findings): Furzeley (docx, landscape pre-birth
Signs of Safety plan, safety goals merged, Three Houses, Plan B table,
meetings table), Fendleholt (pdf, review plan for a 9-year-old with epilepsy
whose mother drinks, Lead and Supported-by columns, Start and Review date
columns, header and footer), Foxwardine (docx, a 15-year-old at risk of
sexual exploitation who self-harms, the plan written to her), Frithcombe (md,
plan updated after core group 2 as a task list with ticks, inline and nested
Who / When / We'll know) and Fallowdene (txt, core group record in a
case-system free-text box, a premature baby home from the neonatal unit, a
mother with a learning disability, numbered actions with pipe-separated
lead | when | check fields). Two carry a realistic mix of faults among mostly
good rows: the Flintlowe case-system export (pdf: talking therapy that only
treats, "Core Group" as an owner, a parenting assessment with "-" as its
measure, "Chiara's confidence improves", "TBC", an unallocated referral, an
outcome for the mother alone, review conference "To be confirmed") and the
Fenmarrow plan in Markdown theme tables (md: "Family" as an owner, a passive
referral with a dash owner, "When she can", "Agnieszka feels more
confident", an assessment with an empty measure cell, the father's drinking
recorded with no adult service owning an action, and no legal step).

Counting actions (convention 1; README "Files", actions): each live row of
an action table, each numbered action of the free-text record (its wrapped
lines and pipe fields belong to it), each "Task n of m" block of the export,
and each task-list item of the Frithcombe plan, nested Who / When / We'll
know points belonging to the item above them. One-off tasks ticked as done
(the GP's referral, the family network meeting) are work already done and are
not counted; Grandma Yemi's Friday nights, ticked as on track and carrying on,
are ongoing work and are counted. Safety goals, the who's-who, contingency
rows and meeting tables are not actions.
"""
from build_batch5 import F, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Pre-birth initial conference plan: mother with bipolar disorder, her
#    partner's weekend drinking and one assault, a brother of 5. Landscape
#    Word table, six columns, safety goals merged down; owners by who's-who
#    names; timescales in weeks of pregnancy, the baby's age and events.
#    Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b124_furzeley_prebirth_sos_goals_merged_three_houses_kinsella.docx",
    "doc_title": "Pre-birth Child Protection Plan - Baby Kinsella-Rooney and Tyler Kinsella",
    "split": "heldout",
    "actions": 14,
    "landscape": True,
    "check_vmerge": 3,
    "template": "prebirth-icpc-landscape-word-plan-whos-who-kv-danger-statement-three-houses-table-babys-world-then-six-column-table-safety-goal-merged-down-no-what-needs-to-happen-lead-target-date-what-will-we-see-then-plan-b-if-then-who-table-meetings-table",
    "description": (
        "Exemplary pre-birth initial conference plan for an unborn baby (mother 31 weeks pregnant) "
        "and a 5-year-old brother; the mother has bipolar disorder and was admitted after her "
        "first birth, her partner binge-drinks at weekends and pushed her into a door in January. "
        "A landscape Word table of six columns with the Signs of Safety safety goals merged down "
        "the first column; leads are who's-who names used alone ('Mo', 'Nana Bev', 'the HV', "
        "'Lorna with Shannon'); target dates are weeks of pregnancy, the baby's age, 'before the "
        "baby goes home from Furzeley General', 'by the review conference' and dates in several "
        "forms; 'What will we see?' holds the measures. The perinatal psychiatrist and CPN both "
        "assess change, the alcohol service reports on change, Tyler's voice is a Three Houses "
        "table, the Plan B table covers the grandmother's help failing and legal planning, core "
        "group and review dates are in a meetings table."
    ),
    "blocks": [
        ("title", "Pre-birth Child Protection Plan"),
        ("p", "Furzeley Metropolitan Borough Council · Children and Families · Assessment and Safeguarding "
              "Team North"),
        ("kv", [
            ("Unborn baby", "Due 14/04/2026. Shannon was 31 weeks pregnant at the conference"),
            ("Tyler Kinsella", "5 (born 22/09/2020), Reception class at Furzeley Road Primary"),
            ("Address", "Flat 3, 61 Tanner's Brow, Furzeley FZ4 8RW"),
            ("Category", "Emotional abuse and risk of neglect (unborn baby and Tyler)"),
            ("Initial conference", "Tuesday 10/02/2026, Furzeley Civic Centre. Chair: Rosalind Adeyinka (IRO)"),
        ]),
        ("h1", "Who's who"),
        ("p", "After this list, people are called by the name in bold type on the left."),
        ("kv", [
            ("Shannon", "Shannon Kinsella (24), Mum"),
            ("Dale", "Dale Rooney (29), Shannon's partner, the baby's father and Tyler's stepdad"),
            ("Nana Bev", "Beverley Kinsella, Shannon's mum, 7 Heathview Close (five minutes by car)"),
            ("Gemma", "Gemma Rooney, Dale's sister, 12 Lark Way, Furzeley"),
            ("Lorna", "Lorna Castellan, social worker (team manager: Ifan Reece)"),
            ("Katie", "Katie Moss, community midwife, Furzeley General Hospital"),
            ("Dr Okafor", "Dr Chidi Okafor, consultant perinatal psychiatrist, Furzeley Perinatal Mental "
                          "Health Team"),
            ("Mo", "Maureen Latham, community psychiatric nurse, Furzeley Perinatal Mental Health Team"),
            ("Priya", "Priya Das, recovery worker, Furzeley Alcohol Service"),
            ("the HV", "Sian Hollis, health visitor, Furzeley 0-19 Team"),
            ("Mrs Adair", "Jenny Adair, designated safeguarding lead, Furzeley Road Primary"),
        ]),
        ("h1", "Danger statement"),
        ("p", "Everyone at the conference is worried that after the baby is born Shannon could become very "
              "unwell again, as she did after Tyler's birth, when she stopped sleeping, believed Tyler was in "
              "danger from the neighbours and spent five weeks in a mother and baby unit. Shannon stopped her "
              "lithium when she found out she was pregnant. We are also worried that Dale drinks heavily from "
              "Friday night to Sunday, and on 03/01/2026 he pushed Shannon into the kitchen door while Tyler "
              "watched; the police were called. If nothing changes, a newborn baby could be left with a parent "
              "who is too unwell or too drunk to feed her, hold her and keep her safe, and Tyler could be hurt "
              "or frightened again."),
        ("h1", "What is working well"),
        ("bullets", [
            "Shannon went back to the perinatal team herself on 20/01/2026 and restarted lithium on a "
            "pregnancy plan on 27/01/2026.",
            "Dale has not had a drink since 18/01/2026, he says, and booked his own first appointment at the "
            "alcohol service.",
            "Nana Bev has looked after Tyler through Shannon's last illness and is offering to stay at night "
            "after the birth.",
            "Tyler's attendance is 94% and his teacher says he is a happy, chatty boy in class.",
        ]),
        ("h1", "Tyler's Three Houses"),
        ("p", "Lorna did the Three Houses with Tyler at school on 04/02/2026, with his teaching assistant "
              "Miss Byrne sitting with him. These are his words, written down as he said them."),
        ("table", {
            "header": ["House of Worries", "House of Good Things", "House of Dreams"],
            "widths": [8.5, 8.6, 8.6],
            "rows": [
                ["“When Dale was shouting and Mummy hurt her head on the door. I hid in my bed.”\n"
                 "“When Mummy was poorly before she didn't get up and Nana came.”\n"
                 "“Dale's beer cans make a big noise in the bin.”",
                 "“Nana's house because she does pancakes.”\n"
                 "“Dale plays Mario Kart with me and lets me win.”\n"
                 "“Mummy reads the dinosaur book at bedtime.”",
                 "“The baby is a girl and I can push the pram.”\n"
                 "“No shouting ever and Mummy not poorly.”\n"
                 "“I want to go to Nana's on Thursdays forever.”"],
            ],
        }),
        ("h1", "The baby's world now"),
        ("p", "The baby is growing well: her scan on 26/01/2026 put her on the 50th centile, and Katie has heard a "
              "strong heartbeat at every appointment. Shannon says the baby kicks hardest at night and when Tyler "
              "sings to her. Shannon and Dale have bought a Moses basket and a cot, which Lorna saw set up in "
              "their bedroom on 06/02/2026."),
        ("h1", "The plan"),
        ("p", "The safety goals in the first column are what we want for the baby and Tyler. Each row under a "
              "safety goal is one thing that needs to happen for it."),
        ("table", {
            "header": ["Safety goal", "No.", "What needs to happen", "Lead", "Target date", "What will we see?"],
            "widths": [4.6, 1.0, 7.2, 3.4, 3.8, 5.7],
            "rows": [
                ["1. The baby is born with a plan in place and is fed, held and kept safe by a parent who is "
                 "well; if Shannon becomes unwell, another safe adult cares for the baby straight away.",
                 "1.1",
                 "Review Shannon's medication for the rest of the pregnancy and after the birth, and write an "
                 "assessment of her capacity to make and keep the changes the baby will need, the steps still "
                 "needed and the likely timescale",
                 "Dr Okafor",
                 "Clinic every 2 weeks; written assessment by 36 weeks (w/c 16 Mar)",
                 "Assessment letter sent to Lorna and every core group member by 17/03/2026 and discussed at core "
                 "group 2 (24 Mar); clinic letters copied to Lorna"],
                [V, "1.2",
                 "Visit Shannon at home, check her mood against her relapse signature, and tell the core group "
                 "whether she is making and keeping the changes that will let her care for a newborn",
                 "Mo",
                 "Weekly from 12 Feb until the baby is 3 months old",
                 "Mood chart and Mo's written update, with her view on change, on Lorna's file before every core "
                 "group"],
                [V, "1.3",
                 "Take her lithium every night from the weekly blister pack and go for every blood test, so that "
                 "she stays well enough to care for Tyler and the baby",
                 "Shannon",
                 "Every night; blood tests every 4 weeks (next 03.03.26)",
                 "No missed doses at Mo's weekly pack count; lithium level in range at each blood test"],
                [V, "1.4",
                 "Write the birth and postnatal plan with Shannon, with a mental health alert on her maternity "
                 "record and a note of who stays with her on the ward",
                 "Katie",
                 "By 36 weeks pregnant",
                 "Signed birth plan on the maternity record; copy sent to Lorna and Mo"],
                [V, "1.5",
                 "Hold a discharge planning meeting on the ward with Shannon, Dale, Nana Bev, Katie and Mo",
                 "Lorna",
                 "Before the baby goes home from Furzeley General",
                 "Written discharge plan saying who is with Shannon and the baby each night for the first two "
                 "weeks, sent to everyone the same day"],
                [V, "1.6",
                 "Visit at home after the birth, weigh the baby, watch a feed and check where she sleeps",
                 "the HV",
                 "New birth visit within 10 days of the birth, then weekly until the baby is 8 weeks old",
                 "Weight plotted in the red book at or above the birth centile; safe sleep checklist signed at "
                 "each visit"],
                [V, "1.7",
                 "Stay at the flat every night for the first two weeks after the baby comes home, and do the 2am "
                 "feed so that Shannon can sleep",
                 "Nana Bev",
                 "14 nights from the day of discharge",
                 "Night-feed chart filled in and signed by Nana Bev, checked by the HV at each visit"],
                ["2. Tyler and the baby live in a calm home where the adults caring for them are sober, and "
                 "where there is no pushing, shouting or hitting.",
                 "2.1",
                 "Go to key-work and a breath test every week, and drink nothing from Friday to Sunday, so that "
                 "there is always a sober adult for Tyler and the baby",
                 "Dale",
                 "Every Tuesday from 17/02/2026",
                 "Three clear breath tests in a row before core group 2; Priya's register shows every session "
                 "kept"],
                [V, "2.2",
                 "Key-work with Dale, and a written report on whether his drinking has changed in ways Tyler and "
                 "the baby would notice",
                 "Priya (Furzeley Alcohol Service)",
                 "Report 2 working days before each core group",
                 "Report with the breath test results on Lorna's file before every core group"],
                [V, "2.3",
                 "Start and complete the Changing Paths domestic abuse programme",
                 "Dale",
                 "Assessment by Fri 6 March; then 20 weekly sessions from 18/03/2026",
                 "Programme worker's attendance report sent to Lorna after every fifth session"],
                [V, "2.4",
                 "Visit Tyler at home, see him on his own and write down what he says about home; one visit in "
                 "three unannounced",
                 "Lorna",
                 "Weekly until the review conference",
                 "Visit record shows Tyler seen alone each week, with his words and his home score out of 10"],
                ["3. Tyler gets to school every day, on time and fed, and has grown-ups he can tell when he is "
                 "worried.",
                 "3.1",
                 "Check Tyler's attendance and lateness, give him a breakfast club place, and a Monday check-in "
                 "with Miss Byrne",
                 "Mrs Adair",
                 "Every school day; check-in each Monday",
                 "Attendance of 95% or more on the weekly print sent to Lorna; check-ins logged on CPOMS"],
                [V, "3.2",
                 "Take Tyler to school on Monday, Wednesday and Friday, and have him for tea on Thursdays",
                 "Nana Bev",
                 "Term time, from 11 Feb",
                 "School register shows Tyler in by 8.50am on Nana Bev's days; Nana Bev texts Lorna each Friday"],
                [V, "3.3",
                 "Three Words and Pictures sessions with Tyler about the new baby and about what happened on 3 "
                 "January",
                 "Lorna with Shannon",
                 "By the review conference",
                 "Tyler's book, with his drawings and his words, kept on file and brought to the review"],
            ],
        }),
        ("h1", "Plan B – if things go wrong"),
        ("table", {
            "header": ["If", "Then", "Who"],
            "widths": [8.0, 12.2, 5.5],
            "rows": [
                ["Shannon shows two signs from her relapse signature (two nights without sleep, talking very "
                 "fast, spending money she does not have, worrying about the neighbours), or stops her lithium",
                 "Mo sees Shannon the same day and arranges a crisis assessment. Lorna holds a strategy "
                 "discussion the same day. After the birth, the baby is cared for by Nana Bev, or by Dale if he "
                 "is sober, until Shannon has been assessed; Shannon is not left alone with the baby.",
                 "Mo; Lorna"],
                ["Dale drinks while he is caring for Tyler or the baby, has a positive breath test, or there is "
                 "any pushing, shouting or violence",
                 "Dale leaves the flat that day and stays at his sister Gemma's; Shannon rings 999 if he will not "
                 "go. Lorna holds a strategy discussion with Furzeley Police the same day.",
                 "Shannon; Lorna"],
                ["Nana Bev cannot stay at night or do the school runs (she is ill, away or cannot manage)",
                 "Gemma stays at the flat or takes Tyler to school instead. If neither can, Lorna arranges a "
                 "parent and baby foster placement for Shannon and the baby that day, and Tyler stays with Gemma "
                 "or goes with them.",
                 "Lorna"],
                ["By 36 weeks Dr Okafor's assessment says Shannon cannot make the changes within the baby's "
                 "timescale, or Dale has two positive breath tests, or there is any further violence",
                 "Lorna requests a legal planning meeting within 5 working days, so that a decision on a "
                 "pre-birth PLO letter is made before the baby is born.",
                 "Lorna and Ifan Reece"],
            ],
        }),
        ("h1", "Meetings"),
        ("p", "The core group meets every four weeks. Lorna will see Tyler on his own before each one and bring "
              "his words to the meeting."),
        ("table", {
            "header": ["Meeting", "Date", "Where"],
            "widths": [9.0, 8.0, 8.7],
            "rows": [
                ["Core group 1", "Tuesday 24/02/2026, 10am", "Furzeley Family Hub"],
                ["Core group 2", "Tuesday 24/03/2026, 10am", "Furzeley Family Hub"],
                ["Core group 3", "Tuesday 21/04/2026, 10am (or on the ward if the baby is not yet home)",
                 "Furzeley Family Hub"],
                ["Review child protection conference", "Tuesday 05/05/2026, 2pm", "Furzeley Civic Centre"],
            ],
        }),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. First review conference plan: a 9-year-old with epilepsy whose doses
#    were missed when her mother drank, a brother of 3; the family may move
#    to another council. Word plan printed to PDF, landscape, header and
#    footer; Lead and Supported-by columns, Start and Review date columns.
#    Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b124_fendleholt_rcpc_lead_supported_by_review_date_treloar.pdf",
    "doc_title": "Review Child Protection Plan - Maisie and Kian Treloar",
    "split": "heldout",
    "actions": 11,
    "landscape": True,
    "template": "rcpc-word-plan-printed-to-pdf-landscape-page-header-footer-details-kv-why-in-maisies-words-kian-observed-outcomes-then-table-no-action-lead-supported-by-start-review-date-evidence-then-numbered-trigger-response-contingency-meetings-table",
    "description": (
        "Exemplary first review conference plan for a 9-year-old girl with epilepsy, whose doses "
        "were missed on evenings her mother had been drinking, and her 3-year-old brother; the "
        "father lives apart and there are no concerns about his drinking. A landscape Word plan "
        "printed to PDF with a page header and footer. The table has a Lead column and a "
        "'Supported by' column that sometimes holds a collective ('All school staff', 'The "
        "family') or a dash, a Start column and a Review date column with dates in many forms "
        "(12.05.26, w/c 22 June, summer half term); the SW's weekly visits run 'until Hollinbeck's "
        "transfer-in conference' if the family move. Measures are records (no missed doses on the "
        "MAR chart, 95% attendance). The alcohol team reports on change, the GP and epilepsy nurse "
        "own actions, the grandmother's bedtimes have a fallback, legal planning follows named "
        "triggers, meeting dates are set, Maisie's words and Kian's play are recorded."
    ),
    "header": "OFFICIAL-SENSITIVE – Fendleholt Borough Council – Children's Services",
    "footer": "Treloar – review child protection plan, 14/04/2026 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Review Child Protection Plan"),
        ("p", "Fendleholt Borough Council · Children's Services · Family Safeguarding Team (East)"),
        ("kv", [
            ("Children", "Maisie Treloar (9), DOB 30/05/2016; Kian Treloar (3), DOB 11/12/2022"),
            ("Address", "15 Weaver's Row, Fendleholt FD2 4QJ"),
            ("Mother", "Kerry-Ann Treloar (34), main carer"),
            ("Father", "Josh Treloar (36), 2 Canal Side, Fendleholt; has the children every other weekend"),
            ("Paternal grandmother", "Pauline Treloar (Nana Pauline), 4 Mill Street, Fendleholt"),
            ("Category", "Neglect (both children)"),
            ("Conferences", "Initial 13/01/2026; first review 14/04/2026. Chair (IRO): Colm Brady"),
            ("Social worker", "Ruth Ambrose (team manager: Ade Okonjo)"),
        ]),
        ("h1", "Why Maisie and Kian have a plan"),
        ("p", "Maisie has epilepsy and takes levetiracetam morning and evening. In 2025 she was taken to A&E "
              "three times with long seizures after missed evening doses. Each time Kerry-Ann had been drinking "
              "and had fallen asleep before Maisie's medicine. On 28/12/2025 Maisie, then 9, rang 999 herself "
              "when Kian could not wake their mum. There are no concerns about Josh's drinking or drug use."),
        ("p", "Since the initial conference Kerry-Ann has kept 12 of 13 key-work sessions and her last six "
              "breath tests were clear. Maisie missed one evening dose in February and none since. The family "
              "have been offered a council house in Hollinbeck, the next borough, and may move in the summer."),
        ("h1", "In Maisie's words"),
        ("p", "Seen on her own at school on 07/04/2026: “I do the tick on my chart now after my tablets and Mum "
              "does her tick too. I don't have to remember for Mum any more. When I had the big fit at Christmas "
              "I woke up in the ambulance and Kian was crying. Nana Pauline's nights are the best because she "
              "does my tablets and then we do my hair.” Maisie gave home 7 out of 10, up from 3 in January. A "
              "10 would be “no wine in the fridge and moving to the new house with a garden”."),
        ("h1", "Kian"),
        ("p", "Kian is 3. At home on 09/04/2026 he showed Ruth the sticker chart by Maisie's tablets and said "
              "“Maisie tablets, tick!”. He played ambulances with his cars, ran to Kerry-Ann when the dog "
              "barked and let her pick him up. Nursery say he is settled and talking in short sentences."),
        ("h1", "What we want for Maisie and Kian"),
        ("numbers", [
            "Maisie gets every dose of her medicine on time, has fewer seizures, and has no more A&E visits "
            "because a dose was missed.",
            "Maisie and Kian are always cared for by an adult who is sober and knows what to do if Maisie has "
            "a seizure.",
            "Maisie goes to school every day and Kian goes to every nursery session, fed and clean.",
            "Maisie no longer feels she has to look after her mum or Kian.",
        ]),
        ("h1", "The plan"),
        ("p", "The Lead is the person or service who makes sure the action happens. Others in “Supported by” "
              "help them. The Review date is when the core group will check the action."),
        ("table", {
            "header": ["No.", "Action", "Lead", "Supported by", "Start", "Review date", "Evidence"],
            "widths": [0.9, 6.4, 3.4, 3.0, 2.4, 2.6, 7.0],
            "rows": [
                ["1",
                 "Visit Maisie and Kian at home every week, see Maisie on her own, and check the MAR chart and "
                 "the seizure diary. If the family's move to Hollinbeck goes ahead, keep visiting weekly until "
                 "Hollinbeck's transfer-in conference",
                 "Ruth Ambrose (SW)",
                 "Bethan Cole, family support worker",
                 "14/04/2026",
                 "12.05.26",
                 "Visit records show Maisie seen alone every week, with her own words, and the MAR chart "
                 "checked and photographed"],
                ["2",
                 "Give Maisie her levetiracetam at 7.30am and 7.30pm and sign the MAR chart straight after each "
                 "dose",
                 "Kerry-Ann (Mum)",
                 "Josh, on his weekends",
                 "Started at the ICPC",
                 "12/05/2026",
                 "No missed or late doses on the MAR chart at any SW or nurse check; levetiracetam level in "
                 "range at the June clinic"],
                ["3",
                 "Check the seizure diary and MAR chart at home, keep Maisie's seizure care plan up to date, and "
                 "write to the consultant and the SW after each check",
                 "Sister Aisha Rahman, paediatric epilepsy nurse, Fendleholt Children's Hospital",
                 "School nurse, Fendleholt Road Juniors",
                 "April 2026",
                 "Monthly; next 20 May",
                 "Letter to the consultant and the SW after each check; the diary shows fewer than two seizures "
                 "a month by the next review"],
                ["4",
                 "Teach Kerry-Ann, Josh and Nana Pauline seizure first aid and how to give buccal midazolam",
                 "Sister Rahman",
                 "–",
                 "28/04/2026",
                 "By summer half term",
                 "Training record signed by all three; each shows the SW where the rescue medicine is kept in "
                 "their home"],
                ["5",
                 "Key-work with Kerry-Ann with a breath test each session, and a written report before each core "
                 "group on whether her drinking has changed enough for her to give Maisie every dose on time",
                 "Gary Mbeki, Fendleholt Alcohol Team",
                 "Dr Osei (GP)",
                 "Weekly since 03/02/2026",
                 "2 working days before each core group",
                 "Report with breath test results on the SW's file before every core group"],
                ["6",
                 "Go to every Thursday key-work session, and drink nothing on any evening she is caring for "
                 "Maisie and Kian on her own",
                 "Kerry-Ann (Mum)",
                 "Gary Mbeki",
                 "Every Thursday",
                 "w/c 22 June",
                 "Breath tests all zero at key-work and at unannounced SW visits; four of four sessions a month "
                 "on Gary's register"],
                ["7",
                 "Review Kerry-Ann's liver tests and prescribing, and tell the SW within two working days if she "
                 "misses a review or does not collect a prescription",
                 "Dr Helen Osei, GP, Millgate Surgery",
                 "Practice nurse",
                 "From 14/04/2026",
                 "23/06/2026",
                 "GP letter on the children's file before each core group"],
                ["8",
                 "Record Maisie's attendance, lateness and any seizure at school, and ring the SW the same day if "
                 "she seems drowsy or says she missed her tablets",
                 "Mr Declan Price, DSL, Fendleholt Road Juniors",
                 "All school staff",
                 "Summer term (from 15/04/2026)",
                 "Summer half term",
                 "Attendance print emailed to the SW every Friday, 95% or more; seizure log and same-day calls "
                 "recorded on CPOMS"],
                ["9",
                 "Check Kian's attendance and whether he arrives fed, clean and on time, and note what he says "
                 "and plays",
                 "Little Herons Nursery (key worker Sasha Kemp)",
                 "The HV",
                 "From 15/04/2026",
                 "12.05.26",
                 "Weekly attendance sheet to the SW showing 90% or more; notes of Kian's play and words at each "
                 "core group"],
                ["10",
                 "Do Maisie's evening dose and both children's bedtime at Mill Street on Tuesdays and Thursdays, "
                 "when Kerry-Ann works late",
                 "Nana Pauline (paternal grandmother)",
                 "The family",
                 "From 14/04/2026",
                 "04/08/2026 (core group 3)",
                 "MAR chart signed by Pauline on every Tuesday and Thursday; Pauline texts the SW after each "
                 "bedtime"],
                ["11",
                 "Three direct work sessions with Maisie using her seizure superhero workbook, so she can say "
                 "what happens at home when Mum has been drinking",
                 "Ruth Ambrose (SW)",
                 "Mr Lowe, Maisie's class teacher",
                 "May 2026",
                 "By the next review (13 Oct)",
                 "Maisie's workbook pages and her own words brought to each core group and to the review"],
            ],
        }),
        ("h1", "Contingency: triggers and responses"),
        ("numbers", [
            "Trigger: Maisie misses two doses in a week (MAR chart, the epilepsy nurse or school), or Kerry-Ann "
            "is found to have been drinking while caring for the children on her own. Response: Ruth holds a "
            "strategy discussion the same day, and Maisie and Kian go to Nana Pauline at 4 Mill Street that "
            "night.",
            "Trigger: Nana Pauline cannot have the children or do a Tuesday or Thursday bedtime (she is ill or "
            "away). Response: Josh collects Maisie and Kian and keeps them at 2 Canal Side that night; if "
            "neither can, Ruth places the children together with Fendleholt foster carers the same day.",
            "Trigger: Maisie has a seizure at home lasting more than five minutes and no rescue medicine was "
            "given. Response: the adult rings 999; the hospital social work team tells Ruth, who holds a "
            "strategy discussion the same day.",
            "Trigger: by core group 2 (23/06/2026) the MAR chart shows more than two missed doses in any month, "
            "or Kerry-Ann has two positive breath tests. Response: Ruth requests a legal planning meeting with "
            "Ade Okonjo within 5 working days.",
        ]),
        ("h1", "Meetings"),
        ("table", {
            "header": ["Meeting", "Date and time", "Where"],
            "widths": [9.0, 8.0, 8.7],
            "rows": [
                ["Core group (every six weeks)", "Tuesday 12/05/2026, 1pm", "Fendleholt Family Hub"],
                ["Core group", "Tuesday 23/06/2026, 1pm", "Fendleholt Family Hub"],
                ["Core group", "Tuesday 04/08/2026, 1pm", "Fendleholt Family Hub"],
                ["Second review child protection conference", "Tuesday 13/10/2026, 10am",
                 "Fendleholt Town Hall"],
            ],
        }),
        ("p", "If the family move to Hollinbeck, Ruth will ask Hollinbeck Children's Services for a transfer-in "
              "conference within 15 working days of the move, and this plan stays in force until that conference "
              "is held."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Initial conference plan for a 15-year-old at risk of sexual
#    exploitation who self-harms, written to her ("you"), with a who's-who
#    of first names; "What happens if..." as bold run-in paragraphs.
#    Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b124_foxwardine_cse_self_harm_plan_written_to_you_lockhart.docx",
    "doc_title": "Kayla's Child Protection Plan",
    "split": "heldout",
    "actions": 11,
    "template": "young-person-icpc-word-plan-written-to-her-you-details-kv-whos-who-first-names-what-you-told-us-worries-what-we-want-for-you-then-table-no-whats-going-to-happen-who-when-how-well-know-its-working-then-bold-run-in-what-happens-if-paragraphs-meetings-paragraph",
    "description": (
        "Exemplary initial conference plan for a 15-year-old girl at risk of sexual exploitation by "
        "a 24-year-old man, who has been missing overnight six times and cuts herself; written to "
        "her, with 'you' as the owner of her own actions and a who's-who of first names ('Nat', "
        "'Carla', 'Mrs Kaur', 'Auntie Dee') used alone in the Who column, joint owners ('You and Dr "
        "Sohal together', 'You, with Ms Ellery'), timescales such as 'within three working days of "
        "you coming home, every time' and 'every night shift', and a 'How we'll know it's working' "
        "column. CAMHS, the exploitation project, police and school own actions; the mother's "
        "course is a parenting course; the aunt's nights have a fallback; legal planning follows "
        "named triggers; core group and review dates are set; her own words are recorded."
    ),
    "blocks": [
        ("title", "Kayla's Plan"),
        ("p", "Foxwardine City Council – Children's Social Care – Adolescent Safeguarding Team"),
        ("p", "This is your child protection plan, Kayla. We wrote it with you after the initial child protection "
              "conference. Where it says “you”, it means you. Some parts are written for the professionals, and "
              "we have said so."),
        ("kv", [
            ("Name", "Kayla Lockhart, 15 (born 14/07/2010), Year 10 at Foxwardine Academy"),
            ("Lives with", "Mum, Nicole Lockhart, 22 Orchard Walk, Foxwardine FX3 2PL"),
            ("Category", "Sexual abuse (risk of child sexual exploitation)"),
            ("Conference", "Initial child protection conference, Tuesday 03/03/2026. Chair: Jan Mortimer (IRO)"),
        ]),
        ("h1", "Who's who"),
        ("bullets", [
            "Carla – Carla Nunes, your social worker (her manager is Dev Patel)",
            "Nat – Natalie Brook, your worker at Safe Spaces, the Foxwardine exploitation project",
            "Dr Sohal – Dr Amrit Sohal, clinical psychologist, Foxwardine CAMHS",
            "Mrs Kaur – Harpreet Kaur, designated safeguarding lead at Foxwardine Academy",
            "Ms Ellery – Grace Ellery, school nurse at Foxwardine Academy",
            "PC Reid – PC Jon Reid, Missing and Exploitation Team, Foxwardine Police",
            "Auntie Dee – Deanna Lockhart, your mum's sister, 9 Plover Rise",
            "Your mum – Nicole Lockhart. Mum works nights as a care assistant, two or three nights a week.",
        ]),
        ("h1", "What you told us"),
        ("p", "Carla saw you on your own at school on 24/02/2026. You said: “He's not a creep, he buys me stuff "
              "and drives me places. Everyone's making it into something it's not.” Later you said: “Sometimes "
              "he goes funny if I don't answer straight away.” About cutting you said: “I do it when my head's "
              "too loud. I don't want to die, I just want it to stop.”"),
        ("p", "You gave home 6 out of 10 and school 3 out of 10. You told us you want your phone back from Mum "
              "at night, to do hair and beauty at college in September, and for people to stop “talking about me "
              "without me”. You came to the last half-hour of the conference and asked for your meetings to be "
              "after school."),
        ("h1", "What we are worried about (for the professionals)"),
        ("p", "Since November 2025 Kayla has been missing from home overnight six times. Twice police found her "
              "in a car with Reece Carver (24), who has a caution for supplying cannabis to under-18s; she had "
              "alcohol and a new phone she would not explain. She has cut her arms since December and went to "
              "A&E at Foxwardine General on 14/02/2026 for stitches. Her attendance this year is 71%. Nicole "
              "has no history of mental health difficulties or substance misuse; she is worried, tired and "
              "wants help to keep Kayla safe."),
        ("h1", "What we want for you"),
        ("numbers", [
            "You are safe from adults who want to use you, and you are at home, or somewhere your mum knows "
            "about, every night.",
            "You have other ways to cope when your head is too loud, you cut less often, and never badly enough "
            "to need hospital.",
            "You are in school every day (95% or more by the summer) and you have a college place for "
            "September.",
            "You have at least one adult you trust and can tell when something feels wrong.",
        ]),
        ("h1", "What's going to happen"),
        ("table", {
            "header": ["", "What's going to happen", "Who", "When", "How we'll know it's working"],
            "widths": [0.8, 6.0, 2.8, 3.4, 4.0],
            "rows": [
                ["1",
                 "Be home by 9pm on school nights and by 10.30pm on Fridays and Saturdays, and text Mum at 8pm "
                 "to say where you are",
                 "You",
                 "Every day from 04/03/2026",
                 "Mum's log shows you home on time; Carla goes through it with you each week"],
                ["2",
                 "Keep a log of the time Kayla comes in, and ring the police (101, or 999 if she is with Reece) "
                 "if she is not home an hour after her time",
                 "Your mum",
                 "Every night; the call within one hour",
                 "Log seen by Carla each week; every missing report has a police reference on Kayla's file"],
                ["3",
                 "Ten one-to-one sessions on safe relationships, grooming and staying safe online",
                 "Nat",
                 "Every Wednesday after school, from 04/03/2026",
                 "Session notes to Carla after each session; your own safety map finished and shared by "
                 "session 10"],
                ["4",
                 "A return home interview with you after every missing episode, and what you say shared (with "
                 "your agreement) with Carla and PC Reid",
                 "Nat",
                 "Within three working days of you coming home, every time",
                 "Interview record on the police and social care systems for every episode"],
                ["5",
                 "Weekly sessions on what sets off your self-harm and what helps, and a safety plan you both "
                 "sign",
                 "You and Dr Sohal together",
                 "Mondays at 4pm from 09/03/2026; safety plan by 23/03/2026",
                 "Signed safety plan copied to Carla, Mum and Mrs Kaur; letter from Dr Sohal before each core "
                 "group"],
                ["6",
                 "Check in with you at 8.40 every morning, and ring Carla the same day if you are absent or leave "
                 "school",
                 "Mrs Kaur",
                 "Every school day",
                 "Attendance print to Carla each Friday, 95% or more by the summer half term; check-ins and "
                 "calls logged on CPOMS"],
                ["7",
                 "Serve a Child Abduction Warning Notice on Reece Carver, and log any sighting of his car near "
                 "the school or Orchard Walk",
                 "PC Reid",
                 "By 13/03/2026",
                 "Notice recorded on police systems and a copy on Kayla's file; sightings shared with Carla "
                 "within 24 hours"],
                ["8",
                 "See you on your own, at home or at school, and write down what you say and your score out of "
                 "10",
                 "Carla",
                 "Every week; at least one visit a fortnight at school",
                 "Visit notes show you seen alone every week, with your own words"],
                ["9",
                 "Stay at Auntie Dee's on the nights Mum is working",
                 "You and Auntie Dee together",
                 "Every night shift (Mum gives Carla her rota each month)",
                 "Auntie Dee texts Carla by 10pm on each of those nights to say you are in"],
                ["10",
                 "A sexual health appointment at the school drop-in, with a friend or Ms Ellery there if you "
                 "want",
                 "You, with Ms Ellery",
                 "By 20/03/2026",
                 "Ms Ellery tells Carla the appointment happened (nothing else is shared unless you agree)"],
                ["11",
                 "Go to the six-session Foxwardine Parents' Circle course on exploitation, so she can spot the "
                 "signs and talk to you about them",
                 "Your mum",
                 "Fortnightly from 05/03/2026",
                 "Course register and end-of-course letter sent to Carla"],
            ],
        }),
        ("h1", "What happens if..."),
        ("boldp", "...you go missing"),
        ("p", "Mum rings the police within an hour of your time. PC Reid's team look for you. If you are found "
              "with Reece or any adult over 18, or you are away overnight, Carla holds a strategy discussion the "
              "same day, and you stay at Auntie Dee's or at home with Mum that night, not on your own."),
        ("boldp", "...you hurt yourself badly, or tell anyone you want to end your life"),
        ("p", "Mum, Auntie Dee or school take you to A&E at Foxwardine General straight away, and the CAMHS crisis "
              "team see you the same day. Carla is told the same day."),
        ("boldp", "...Auntie Dee can't have you on a night Mum is working"),
        ("p", "Mum does not go to work that night. If she has to, Carla arranges an emergency short-break foster "
              "placement for you for that night, with someone you have met first if at all possible."),
        ("boldp", "...things don't get safer"),
        ("p", "If you go missing three times in any month, or you are found with Reece after the notice is served, "
              "Carla will ask Dev Patel for a legal planning meeting within 5 working days, to decide whether you "
              "need to be looked after somewhere safer for a while. You and Mum will be told first."),
        ("h1", "Meetings"),
        ("p", "Your core group meets every four weeks at Foxwardine Academy at 3.45pm, after school: Tuesday "
              "17/03/2026, Tuesday 14/04/2026 and Tuesday 12/05/2026. Your review child protection conference is "
              "on Tuesday 26/05/2026 at 3.45pm at Foxwardine Civic Centre. Carla will see you before each meeting "
              "so your views are there even if you don't want to come."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Plan updated after core group 2: father, sole carer, with PTSD and
#    night drinking; a young carer of 11 and her brother of 6. Markdown task
#    list: "- [ ]" live tasks, "- [x]" finished one-offs and one ongoing
#    task ticked as on track; Who / When / We'll know inline or nested.
#    Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b124_frithcombe_core_group_task_list_ticks_adeyemi.md",
    "split": "heldout",
    "actions": 11,
    "template": "cp-plan-updated-after-core-group-2-markdown-whos-who-how-to-read-the-ticks-why-what-zara-and-ellis-told-us-what-will-be-different-then-task-list-checkboxes-under-goal-headings-bold-owner-inline-or-nested-when-well-know-done-ticks-kept-then-plan-b-bullets-meetings-table",
    "description": (
        "Exemplary plan for an 11-year-old young carer and her 6-year-old brother, updated after the "
        "second core group; their father, their sole carer, is an army veteran with PTSD who drinks "
        "at night. A Markdown task list under goal headings: '- [ ]' for live tasks, '- [x]' for two "
        "finished one-off tasks kept for the record (not counted) and for the grandmother's Friday "
        "nights, ticked as on track but carrying on (counted). Each task has a bold owner from the "
        "who's-who, with When and We'll know written inline in one goal and as nested points in "
        "another. The veterans' mental health therapist gives a view on capacity to change, the "
        "alcohol service reports on change, the GP owns an action, the grandmother's part has a "
        "fallback, legal planning follows named triggers, meetings are in a table, the children's "
        "words and drawings are recorded."
    ),
    "text": """\
# Zara and Ellis Adeyemi — child protection plan

Frithcombe District Council · Children's Services · Safeguarding Team 1

Initial conference: 27/01/2026 (chair: Helen Achterberg, IRO). Category: neglect.
This version was updated by Ellie after **core group 2 on Tuesday 10/03/2026**.

## Who's who

- **Zara** Adeyemi, 11 (born 02/06/2014), Year 6, St Aldhelm's Primary
- **Ellis** Adeyemi, 6 (born 19/08/2019), Year 1, St Aldhelm's Primary
- **Michael** Adeyemi, 41, Dad and sole carer — 27 Ropewalk, Frithcombe FR1 6DL
- **Grandma Yemi** — Yemisi Adeyemi, Michael's mum, 18 Beacon Rise (ten minutes' walk)
- **Dayo** — Dayo Adeyemi, Michael's brother, 5 Kestrel Court, Frithcombe
- **Ellie** — Ellie Rowe, social worker (team manager Marcus Dunn)
- **Sam** — Sam Okoro, therapist, Frithcombe Veterans' Mental Health Service
- **Leon** — Leon Hatch, recovery worker, Frithcombe Alcohol and Drug Service (FADS)
- **Dr Lin** — Dr May Lin, GP, Beacon Rise Surgery
- **Mr Quinn** — Tom Quinn, designated safeguarding lead, St Aldhelm's Primary
- **Jess** — Jess Marr, school nurse, Frithcombe 0-19 Team

The children's mum, Lauren, moved to Scotland in 2024. She phones on Sundays and knows about this plan.

## How to read the ticks

- [ ] means the task is live.
- [x] with **DONE** means a one-off task that is finished; it stays here for the record.
- [x] with **ON TRACK** means a task that has happened every time so far and **carries on**.

## Why Zara and Ellis have a plan

Michael left the army in 2022 and has post-traumatic stress disorder. When his nightmares are bad he
drinks late into the night. On 14/12/2025 police found Ellis, then 6, on the doorstep at 8am in his
pyjamas because he had gone out to look for the cat and could not wake his dad to let him back in.
Zara had been getting Ellis up, giving him breakfast and walking him to school most days since the
autumn, and was late 22 times that term.

Since the conference Michael has had no positive breath tests in six, started therapy with Sam on
18/02/2026 and has been up at 7am at each of Ellie's four early visits.

## What Zara and Ellis have told us

**Zara** (seen on her own at school, 05/03/2026) put her worry at 5 on her worry scale; it was 8 in
January. She said: "I still listen for Dad at night in case he shouts in his sleep. But I don't do
Ellis's breakfast any more, Dad does it. I want to go to netball club and not be the mum."

**Ellis** (seen at home, 06/03/2026) drew "Daddy's bad dream monster" and a big red heart "that's
Grandma's house". He said: "Daddy was sleeping on the floor and I was cold. Now he has a alarm clock
that is a rooster."

## What will be different for Zara and Ellis

1. Zara and Ellis are always looked after by an adult who is sober and awake enough to care for them,
   day and night.
2. Zara is a child again: she is not getting Ellis ready or looking after her dad, and she has time
   for netball and friends.
3. Both children get to school on time every day, with attendance of 95% or more.
4. Zara and Ellis know who to ring if Dad is unwell or has been drinking, and are safe the same night
   when they do.

## The plan

### So that Zara and Ellis have a sober dad at night

- [ ] **Michael** — drink no alcohol at home, and nothing at all on any evening he is looking after Zara
  and Ellis.
  - When: every day, from 27/01/2026
  - We'll know: Leon's breath tests and Ellie's unannounced evening visits all read zero; two clear
    months by the review conference
- [ ] **Leon (FADS)** — key-work with Michael and a breath test each Monday, and a written report to each
  core group on whether his drinking has changed in ways Zara and Ellis would notice.
  - When: every Monday; report two working days before each core group
  - We'll know: report and test results on Ellie's file before the meeting
- [ ] **Sam (Veterans' Mental Health Service)** — trauma-focused therapy with Michael, and a written view
  for the review conference on whether he can make and keep the changes the children need, and how
  long that is likely to take.
  - When: weekly sessions from 18/02/2026; written view by 14/04/2026
  - We'll know: Sam's report reaches Ellie and the IRO a week before the review conference
- [x] **DONE** — Dr Lin referred Michael to the Veterans' Mental Health Service on 04/02/2026; the
  acceptance letter is on file.
- [ ] **Dr Lin (GP)** — review Michael's sleep medication, and tell Ellie within two working days if he
  stops it or misses a review.
  - When: monthly appointments; next on 24/03/2026
  - We'll know: GP update on Ellie's file before each core group

### So that Zara can be a child, not a carer

- [ ] **Frithcombe Young Carers (Priti Shah)** — young carer's assessment with Zara and a place at the
  Tuesday club. *When:* assessment by 27/03/2026, then the club every Tuesday. *We'll know:* Zara's young
  carer's plan sent to Ellie; the club register shows her there.
- [ ] **Jess** — see Zara in school about her sleep and her worries. *When:* every other Thursday from
  12/03/2026. *We'll know:* Zara's sleep diary and worry score at each session, with a summary to Ellie
  each month.
- [x] **ON TRACK** — **Grandma Yemi** has Zara and Ellis at Beacon Rise every Friday night until
  Saturday teatime, so that Michael has one full night's sleep a week. *When:* every Friday until the
  review conference (kept every week since 30/01/2026). *We'll know:* Grandma Yemi texts Ellie each
  Saturday evening when the children are home.
- [ ] **Grandma Yemi** — be the person Zara rings if Dad has been drinking or is too unwell, and collect
  both children that night. *When:* any night, the same night Zara rings. *We'll know:* Zara shows Ellie
  Grandma's number on her phone at each visit; Grandma texts Ellie by 9am after any call.

### So that Zara and Ellis get to school and are seen

- [ ] **Mr Quinn** — check both children's attendance and lateness every morning, and ring Ellie the same
  day if either is absent without a reason. *When:* every school day. *We'll know:* attendance emailed to
  Ellie each Friday, 95% or more for both; calls logged on CPOMS.
- [ ] **Ellie** — visit at home every week, with an unannounced evening visit after 7pm at least once a
  fortnight, and see each child on their own. *When:* weekly until the review conference. *We'll know:*
  visit records show both children seen alone, with their own words and Zara's worry score.
- [ ] **Ellie with Michael** — write the children's evening routine and a "what to do if Dad is unwell"
  card with Grandma Yemi's and Dayo's numbers on it. *When:* by 24/03/2026. *We'll know:* the card is on
  the fridge and in Zara's school bag, seen at Ellie's next visit.
- [x] **DONE** — Ellie held a family network meeting with Michael, Grandma Yemi and Dayo on 03/03/2026;
  the written network plan was sent to everyone on 04/03/2026.

## Plan B

- **If Michael has been drinking while the children are in his care** (a positive test, Zara rings, or
  alcohol is smelt at a visit): Grandma Yemi collects Zara and Ellis that night, and Ellie holds a
  strategy discussion the same day.
- **If Grandma Yemi cannot do it** (she is ill or away): Dayo collects the children and keeps them at 5
  Kestrel Court. If neither can, Ellie, or the emergency duty team out of hours, places Zara and Ellis
  together with Frithcombe foster carers that night.
- **If Michael talks about harming himself, or a flashback leaves him unable to care for the children**:
  the children go to Grandma Yemi the same day and Sam arranges a same-day assessment by the crisis team.
- **If things are not changing fast enough**: if Michael has two positive breath tests before the review,
  or Sam's view is that he cannot make the changes in time for Zara and Ellis, Ellie will ask Marcus Dunn
  for a legal planning meeting within five working days.

## Meetings

| Meeting | Date | Where |
|---|---|---|
| Core group 3 | Tuesday 07/04/2026, 3.30pm | St Aldhelm's Primary |
| Review child protection conference | Tuesday 21/04/2026, 10am | Frithcombe Council Offices |
| Core groups after the review | every four weeks, first on 19/05/2026 | St Aldhelm's Primary |

Ellie will see Zara and Ellis on their own before each meeting and bring their words to it.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Core group 1 record typed into a case system's free-text box: a baby
#    born at 34 weeks, home from the neonatal unit; mother with a mild
#    learning disability, father with depression; the plan as numbered
#    actions with pipe-separated lead | when | check fields. Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b124_fallowdene_core_group_free_text_pipe_fields_oyelaran.txt",
    "split": "heldout",
    "actions": 12,
    "template": "core-group-record-plain-text-case-system-free-text-box-header-lines-people-in-this-record-why-rubys-day-what-we-want-then-numbered-actions-action-pipe-lead-pipe-when-pipe-how-we-will-check-wrapped-lines-then-if-then-lines-meetings",
    "description": (
        "Exemplary record of the first core group for a baby born at 34 weeks and home from the "
        "neonatal unit for a week; her mother has a mild learning disability and her father has "
        "depression. Typed into a case system's free-text box as plain text: the plan is a numbered "
        "list whose items each carry 'action | lead | when | how we will check' fields separated by "
        "pipes and wrapping over several lines. Leads are who's-who names ('the HV', 'Aunt Grace', "
        "'Precious and Dean together') or a team; timescales include 'until Ruby is 3 months old' "
        "and 'every feed, day and night'. The adult learning disability team and the talking "
        "therapist both report on change, the GP owns an action, the aunt's evenings have a "
        "fallback, legal planning follows named triggers, core group and review dates are set, "
        "Ruby's day is described."
    ),
    "text": """\
FALLOWDENE COUNCIL  CHILDREN'S SERVICES  CASE NOTE                    Ref 118843/CG1
Note type ...... CORE GROUP RECORD (free text)
Child .......... Ruby OYELARAN-VARLEY, born 02/02/2026 at 34 weeks (4 weeks 5 days old)
Meeting ........ Core group 1, Thursday 05/03/2026, 1.30pm, Fallowdene Family Hub
Typed by ....... Abi Thorne, social worker, 05/03/2026 16:12
-------------------------------------------------------------------------------------

PEOPLE IN THIS RECORD (names used below)
Precious ....... Precious Oyelaran (20), Mum, Flat 9 Corby House, Fallowdene FD6 2NS
Dean ........... Dean Varley (23), Dad, lives with Precious and Ruby
Aunt Grace ..... Grace Oyelaran, Precious's older sister, 14 Corby Road (two streets away)
Abi ............ Abi Thorne, social worker (manager: Neil Forsyth)
the HV ......... Jo Pike, health visitor, Fallowdene 0-19 Service
Kim ............ Kim Ashby, neonatal outreach nurse, Fallowdene Royal Hospital
Leanne ......... Leanne Cho, community nurse, Fallowdene Adult Learning Disability Team
Rhys ........... Rhys Morgan, high-intensity therapist, Fallowdene Talking Therapies
Dr Iqbal ....... Dr Nadia Iqbal, GP, Fallow Lane Surgery
Tom ............ Tom Fairley, family support worker, Fallowdene Family Hub
Present today: Precious, Dean, Aunt Grace, Abi, the HV, Kim, Leanne, Tom.
Apologies: Rhys and Dr Iqbal (written updates sent).

WHY RUBY HAS A PLAN
Ruby was born at 34 weeks and spent 25 days on the neonatal unit. The initial
conference was held on the unit on 19/02/2026. On the unit Precious found it hard
to make up feeds: twice she used double the powder, and she did not always notice
when Ruby was hungry. Precious has a mild learning disability and learns best by
being shown and then doing it herself. Dean has depression and takes sertraline;
in January there were days he did not get out of bed. The flat has damp and black
mould in the small bedroom. Ruby came home on 27/02/2026.

RUBY'S DAY (what we have seen since she came home)
Ruby feeds every three hours and takes about 60ml. On Abi's visit on 02/03/2026
she was asleep on her back in her Moses basket in the living room, which is dry
and warm. She woke and cried and Precious picked her up, talked to her and fed
her; Ruby looked at her face all through the feed. At the 2am feed on 03/03/2026,
Dean says, he fed her and she went back down quickly. Kim says Ruby is a "sleepy
feeder" and has to be woken for some feeds. Her weight on 03/03/2026 was 2.41kg,
on the 9th centile for her corrected age.

WHAT WE WANT FOR RUBY
- Ruby is fed enough, on time, every time, and grows along or above the 9th centile.
- Ruby sleeps on her back, in her own space, in a room that is dry and warm.
- Ruby is cared for by parents who notice when she is hungry, cold or unwell, and
  know who to call.
- Ruby goes to every hospital and health appointment she needs.

THE PLAN (agreed at the initial conference, checked line by line today)
Each action reads: what | lead | when | how we will check
1)  See Ruby at home, watch a feed being made up and given, and check where she
    sleeps | Abi | twice a week until 10/04/2026, then weekly | visit notes record
    how much Ruby took, who made the feed and where she was sleeping
2)  Weigh Ruby and go through her feed chart | the HV | every Tuesday until Ruby
    is 3 months old (02/05/2026) | weight on or above the 9th centile in the red
    book; the chart shows a feed at least every three hours
3)  Neonatal outreach visits to check Ruby's feeding and breathing | Kim (Neonatal
    Outreach Team) | three times a week to 13/03/2026, then weekly to 10/04/2026 |
    outreach notes sent to Abi and the HV after each visit
4)  Make up every feed using the picture card stuck on the kettle, and write it on
    the feed chart | Precious | every feed, day and night | chart complete at each
    HV and SW visit; no feed made up wrongly in the ten feeds Abi or the HV watch
    before core group 2
5)  Home sessions on feeding, bathing and safe sleep using the easy-read "Baby and
    Me" pack, and a report to core group 3 on how Precious learns best and what she
    can now do for Ruby without help | Leanne | every Friday, eight sessions from
    06/03/2026 | Leanne's checklist signed at each session; by session 8 Precious
    makes a feed, baths Ruby and puts her down to sleep with no prompts
6)  Care Act assessment of Precious and a support plan | Fallowdene Adult Social
    Care (Learning Disability) | by 27/03/2026 | assessment and support plan sent
    to Abi and shared at core group 2
7)  Do the 2am feed every night so that Precious gets four hours' sleep | Dean |
    every night from 27/02/2026 | the feed chart shows Dean's initials on each 2am
    feed, checked by the HV each Tuesday
8)  Six sessions for Dean's low mood, and a letter to each core group on whether
    his mood is letting him do his share of Ruby's care at night, what still needs
    to change and how long that is likely to take | Rhys | fortnightly from
    10/03/2026 | letter on Abi's file before each core group
9)  Review Dean's sertraline and tell Abi within two working days if he stops it or
    misses a review | Dr Iqbal | every four weeks, next 12/03/2026 | GP update on
    file before each core group
10) Come round each weekday evening to help with Ruby's bath and the 6pm and 9pm
    feeds | Aunt Grace | Monday to Friday until Ruby is 3 months old | Aunt Grace
    signs the feed chart at 6pm and 9pm; Abi checks it at each visit
11) Write to the landlord about the damp and mould in Ruby's room, and help Precious
    and Dean apply for a transfer to a dry flat | Tom | letter by 13/03/2026; repair
    or move by the review conference | landlord's reply and repair date on file;
    Ruby's room seen dry and heated at visits
12) Take Ruby to her neonatal follow-up clinic, her eye screening and her 8-week
    jabs | Precious and Dean together | clinic 18/03/2026; jabs at 8 weeks
    (30/03/2026) | appointment letters and red book entries seen by the HV

IF THINGS GO WRONG
IF Ruby loses weight at two Tuesday weighs in a row, or a feed is made up wrongly
   again after the first two Baby and Me sessions
THEN the HV tells Abi the same day; Aunt Grace or Dean makes up every feed until
   Leanne has seen Precious, and Abi visits the next day.
IF Ruby is found asleep anywhere but her Moses basket or cot, or either parent
   cannot be woken to feed her
THEN Abi holds a strategy discussion the same day, and Ruby is cared for at Aunt
   Grace's until it has taken place.
IF Aunt Grace cannot come in the evenings (she is ill or away)
THEN Tom does the bath and 6pm feed at the flat from the next day; if no safe adult
   can help, Abi arranges a parent and baby foster placement for Precious and Ruby
   that day.
IF Ruby has not gained weight by core group 2, or Leanne's report says Precious
   cannot yet feed Ruby safely without prompts, or Dean stops his medication and
   cannot do the night feeds
THEN Abi asks Neil Forsyth for a legal planning meeting within five working days.

MEETINGS
Core group ..... every four weeks, Thursdays 1.30pm, Fallowdene Family Hub:
                 02/04/2026 and 30/04/2026
Review CPC ..... Thursday 14/05/2026, 10am, Fallowdene Civic Centre
Abi will write what she has seen of Ruby's day in a short note for each meeting.
-------------------------------------------------------------------------------------
END OF NOTE
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Initial conference plan printed from a case system to PDF: labelled
#    fields for the case, outcomes, twelve "Task n of 12" blocks, trigger /
#    response contingency fields and review fields; page header and footer.
#    Mother's depression and anxiety, her partner's cocaine use.
#    Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b124_flintlowe_icpc_case_export_task_fields_marchetti.pdf",
    "doc_title": "Child Protection Plan export - Gianni and Rosa Marchetti",
    "split": "heldout",
    "actions": 12,
    "template": "icpc-case-system-export-printed-to-pdf-page-header-footer-labelled-field-lines-subjects-household-parental-health-childs-views-outcomes-then-task-n-of-m-blocks-description-owner-due-success-measure-status-then-trigger-response-lead-contingency-fields-review-fields",
    "description": (
        "Initial conference plan for an 8-year-old and a 4-year-old whose mother has depression and "
        "anxiety and whose mother's partner uses cocaine and has damaged the house in temper, "
        "printed from a case system to PDF with a page header and footer: labelled fields for the "
        "case, the children's views and the outcomes, then twelve 'Task n of 12' blocks with "
        "Description, Owner, Due, Success measure and Status fields, then trigger / response / "
        "lead contingency fields and review fields. Most tasks are sound (weekly visits, the drug "
        "service reporting on change, the grandfather's school runs, the GP, team-only owners). "
        "Faults: CBT that only treats the mother, measured by attendance; 'Core Group' as the owner "
        "of the safety plan; the parenting assessment with '-' as its measure; 'Chiara's confidence "
        "improves'; dental registration due 'TBC'; a speech referral '(not allocated)'; an outcome "
        "for the mother alone; the review conference 'To be confirmed'."
    ),
    "header": "Flintlowe Council · LiquidCare case record · Child Protection Plan (export)",
    "footer": "Exported 13/03/2026 09:42 by CPEARSON · OFFICIAL-SENSITIVE · Page {PAGE} of {NUMPAGES}",
    "min_pages": 3,
    "font_size": 10,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("kv", [
            ("Plan ID", "CPP-2026-00417"),
            ("Plan type", "Initial child protection plan"),
            ("Plan status", "Active"),
            ("Plan start", "24/02/2026 (initial child protection conference)"),
            ("Conference chair", "Val Okereke (IRO)"),
            ("Allocated worker", "Claire Pearson, social worker, Family Safeguarding Team B"),
            ("Team manager", "Rhian Gower"),
        ]),
        ("h2", "Subjects"),
        ("kv", [
            ("Subject 1", "Gianni MARCHETTI, DOB 21/06/2017 (8), Year 4, Flintlowe Green Primary; category: "
                          "emotional abuse"),
            ("Subject 2", "Rosa MARCHETTI, DOB 09/10/2021 (4), Little Kites Nursery; category: emotional abuse"),
        ]),
        ("h2", "Household"),
        ("kv", [
            ("Address", "31 Larch Crescent, Flintlowe FL3 7BD"),
            ("Mother", "Chiara Marchetti (31)"),
            ("Mother's partner", "Scott Bell (33), living at the address since 2024"),
            ("Maternal grandfather", "Enzo Marchetti (Nonno), 6 Station Parade, Flintlowe"),
            ("Children's father", "Luca Ferri, lives in Italy; video calls twice a month"),
        ]),
        ("h2", "Parental health and substance use"),
        ("kv", [
            ("Chiara", "Depression and anxiety since 2022; prescribed citalopram; referred to Flintlowe Talking "
                       "Therapies in January 2026."),
            ("Scott", "Uses cocaine most weekends, by his own account. On 31/01/2026 police were called after he "
                      "punched holes in two doors while high; Gianni was in the next room."),
        ]),
        ("h2", "Reason for the plan"),
        ("kv", [
            ("Summary", "Three police call-outs since October 2025 for shouting and damage at the house. Chiara "
                        "stays in bed most mornings; Gianni has been late 17 times this term and Rosa has "
                        "missed a third of her nursery sessions. Rosa's speech is behind for her age."),
        ]),
        ("h2", "Child's views"),
        ("kv", [
            ("Gianni", "Seen alone at school on 18/02/2026: “When Scott's eyes go big and he's loud I take Rosa "
                       "in my room and put the Switch on loud. I like Nonno's because it's quiet and we have "
                       "pasta.” Scored home 4 out of 10."),
            ("Rosa", "Seen at nursery on 19/02/2026: played with the dolls' house and put the “daddy doll” "
                     "outside, saying “he's shouty”. Ran to her key worker when a chair was dropped."),
        ]),
        ("h2", "Outcomes"),
        ("kv", [
            ("Outcome 1", "Gianni and Rosa live in a home free of drugs and violence, with an adult who is sober "
                          "and well enough to care for them."),
            ("Outcome 2", "Gianni gets to school on time every day and Rosa goes to every nursery session, fed "
                          "and clean."),
            ("Outcome 3", "Rosa's speech catches up, and she is understood by adults outside the family."),
            ("Outcome 4", "Chiara's mental health is better managed."),
        ]),
        ("pagebreak",),
        ("h2", "Tasks"),
        ("boldp", "Task 1 of 12"),
        ("kv", [
            ("Description", "Visit Gianni and Rosa at home, see Gianni on his own, and make one visit in three "
                            "unannounced."),
            ("Owner", "Claire Pearson (SW)"),
            ("Due", "Weekly until the review conference"),
            ("Success measure", "Visit records show both children seen and Gianni seen alone each week, with his "
                                "own words recorded."),
            ("Status", "Open"),
        ]),
        ("boldp", "Task 2 of 12"),
        ("kv", [
            ("Description", "Weekly CBT sessions for Chiara's anxiety and low mood."),
            ("Owner", "Flintlowe Talking Therapies (Kate Rowley, CBT therapist)"),
            ("Due", "Weekly, 12 sessions from 10/03/2026"),
            ("Success measure", "Attendance sent to the SW each month."),
            ("Status", "Open"),
        ]),
        ("boldp", "Task 3 of 12"),
        ("kv", [
            ("Description", "Review Chiara's citalopram, and send the SW a summary of her mental health history "
                            "and any missed appointments."),
            ("Owner", "Dr Paul Whitehead, GP, Larch Medical Practice"),
            ("Due", "By 27/03/2026, then before each core group"),
            ("Success measure", "GP letter on the children's file by 27/03/2026."),
            ("Status", "Open"),
        ]),
        ("boldp", "Task 4 of 12"),
        ("kv", [
            ("Description", "Key-work with Scott, with a urine test at each session, and a written report on "
                            "whether he has stopped using cocaine and what that means for Gianni and Rosa."),
            ("Owner", "Flintlowe Drug and Alcohol Service (Jamie Cole, recovery worker)"),
            ("Due", "Fortnightly; report 2 working days before each core group"),
            ("Success measure", "Test results and report on the SW's file before every core group."),
            ("Status", "Open"),
        ]),
        ("boldp", "Task 5 of 12"),
        ("kv", [
            ("Description", "Use no cocaine or other drugs, and stay away from Larch Crescent on any day he has "
                            "used, so that Gianni and Rosa are never with him when he is high."),
            ("Owner", "Scott Bell"),
            ("Due", "Every day from 24/02/2026"),
            ("Success measure", "Every urine test negative; three clear tests in a row by core group 2."),
            ("Status", "Open"),
        ]),
        ("boldp", "Task 6 of 12"),
        ("kv", [
            ("Description", "Take Gianni to school every morning and collect Rosa from nursery at 11.45am."),
            ("Owner", "Nonno (Enzo Marchetti, maternal grandfather)"),
            ("Due", "Every school day, Monday to Friday"),
            ("Success measure", "School register shows Gianni in by 8.50am; nursery signing-out book signed by "
                                "Enzo."),
            ("Status", "Open"),
        ]),
        ("boldp", "Task 7 of 12"),
        ("kv", [
            ("Description", "Agree a written safety plan for the times Scott is at the house."),
            ("Owner", "Core Group"),
            ("Due", "By core group 2 (07/04/2026)"),
            ("Success measure", "Signed safety plan on the children's file."),
            ("Status", "Open"),
        ]),
        ("boldp", "Task 8 of 12"),
        ("kv", [
            ("Description", "Parenting assessment of Chiara and Scott."),
            ("Owner", "Claire Pearson (SW)"),
            ("Due", "By 14/04/2026"),
            ("Success measure", "-"),
            ("Status", "Open"),
        ]),
        ("boldp", "Task 9 of 12"),
        ("kv", [
            ("Description", "Home sessions with Chiara on the morning routine, meals and getting the children "
                            "out on time."),
            ("Owner", "Becky Lund, family support worker"),
            ("Due", "Weekly, six sessions from 12/03/2026"),
            ("Success measure", "Chiara's confidence improves."),
            ("Status", "Open"),
        ]),
        ("boldp", "Task 10 of 12"),
        ("kv", [
            ("Description", "Register Gianni and Rosa with a dentist and take them for a check-up."),
            ("Owner", "Chiara Marchetti"),
            ("Due", "TBC"),
            ("Success measure", "Registration letter and appointment cards seen by the SW."),
            ("Status", "Open"),
        ]),
        ("boldp", "Task 11 of 12"),
        ("kv", [
            ("Description", "Referral to the Flintlowe speech and language therapy drop-in for Rosa."),
            ("Owner", "(not allocated)"),
            ("Due", "By 27/03/2026"),
            ("Success measure", "Rosa's first appointment date on file."),
            ("Status", "Open"),
        ]),
        ("boldp", "Task 12 of 12"),
        ("kv", [
            ("Description", "Check Rosa's attendance, whether she arrives fed and clean, and her new words, and "
                            "ring the SW the same day with any worry."),
            ("Owner", "Little Kites Nursery (key worker Amy Hale)"),
            ("Due", "Every session (Monday to Thursday mornings)"),
            ("Success measure", "Weekly attendance sheet to the SW, 90% or more; same-day calls logged."),
            ("Status", "Open"),
        ]),
        ("h2", "Contingency"),
        ("kv", [
            ("Trigger 1", "Scott is at the house under the influence, has a positive test, or the police are "
                          "called to any incident."),
            ("Response 1", "Scott leaves that day and stays away until a strategy discussion, which the SW holds "
                           "the same day; Nonno stays at Larch Crescent with Chiara and the children until then."),
            ("Lead 1", "Claire Pearson (SW)"),
            ("Trigger 2", "Nonno cannot do the school and nursery runs or stay at the house (ill, away)."),
            ("Response 2", "Becky Lund does the runs from the next day; if no safe adult can be with the children, "
                           "the SW places Gianni and Rosa together with Flintlowe foster carers the same day."),
            ("Lead 2", "Claire Pearson (SW)"),
            ("Trigger 3", "Two positive tests for Scott, or any further violence at the house, before the review."),
            ("Response 3", "The SW requests a legal planning meeting within 5 working days."),
            ("Lead 3", "Claire Pearson (SW) and Rhian Gower (team manager)"),
        ]),
        ("h2", "Review"),
        ("kv", [
            ("Core group frequency", "Every 4 weeks"),
            ("Core group 1", "10/03/2026 (held)"),
            ("Next core group", "07/04/2026, 10am, Flintlowe Family Hub"),
            ("Review conference", "To be confirmed"),
        ]),
    ],
    "findings": [
        F("H001", "Weekly CBT sessions for Chiara's anxiety and low mood."),
        F("W002", "Agree a written safety plan for the times Scott"),
        F("M001", "Parenting assessment of Chiara and Scott."),
        F("M002", "Home sessions with Chiara on the morning routine, meals"),
        F("T002", "Register Gianni and Rosa with a dentist"),
        F("W001", "Referral to the Flintlowe speech and language therapy"),
        F("F002", "Chiara's mental health is better managed."),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Initial conference plan in Markdown: a who's-who of first names, a
#    Words and Pictures paragraph, then one small table per theme (Step |
#    Who | Target date | What will we see?); father's drinking, verbal
#    abuse at home, two children. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b124_fenmarrow_icpc_theme_tables_words_pictures_szymanski.md",
    "split": "heldout",
    "actions": 13,
    "template": "icpc-plan-markdown-whos-who-first-names-why-words-and-pictures-paragraph-olek-observed-outcomes-then-one-step-who-target-date-what-will-we-see-table-per-theme-then-if-then-paragraphs-meetings-list",
    "description": (
        "Initial conference plan for an 8-year-old and a 3-year-old whose father drinks heavily and "
        "shouts and swears at their mother; a Markdown plan with a who's-who of first names, a "
        "Words and Pictures paragraph, and one small table per theme (Step, Who, Target date, What "
        "will we see?). Most rows are sound, with owners such as 'Agnieszka and Tomasz together', "
        "'Babcia' and 'the HV', and target dates in several forms. Faults: 'Family' as the owner "
        "of keeping the father from driving the children after drinking; a passive speech "
        "referral with a dash in the Who cell; dental check-ups 'When she can'; routine sessions "
        "measured by 'Agnieszka feels more confident'; a parenting assessment with an empty "
        "measure cell; the father's drinking is recorded but no adult service owns an action; the "
        "contingency has no legal step."
    ),
    "text": """\
# Child protection plan: Kasia and Olek Szymański

Fenmarrow Borough Council — Children's Social Care — Riverside Locality Team
Initial child protection conference: Tuesday 17 March 2026, Fenmarrow Town Hall. Chair: Derek Ashworth (IRO).
Category: emotional abuse (both children).

## Who's who

- **Kasia** Szymańska, 8 (born 30/04/2017), Year 3 at Fenmarrow St Mary's Primary
- **Olek** Szymański, 3 (born 12/01/2023), Little Acorns Nursery
- **Agnieszka** Szymańska, 34, Mum
- **Tomasz** Szymański, 37, Dad — all four live at 8 Cooper's Yard, Fenmarrow FN2 9HL
- **Babcia** — Halina Szymańska, Tomasz's mum, 40 Quay Street (a short bus ride)
- **Marta** — Marta Kowal, social worker (team manager: Gary Pilling)
- **the HV** — Rachel Fenn, health visitor, Fenmarrow 0-19 Team
- **Mrs Oduya** — Grace Oduya, designated safeguarding lead, Fenmarrow St Mary's
- **Ola** — Aleksandra Nowak, family support worker, Riverside Family Hub (Polish speaker)

## Why we are worried

Tomasz drinks most evenings and heavily at weekends, usually vodka. When he has been drinking he shouts and
swears at Agnieszka, and on 22/02/2026 he threw a plate that smashed beside Olek. Police were called by a
neighbour. Tomasz has twice driven the children to Babcia's after drinking. He says he has cut down and has
been to the Fenmarrow Recovery Café "a couple of times". Agnieszka works early shifts at the bakery and the
children are often late: Kasia has been late 19 times this year. Olek has few words in Polish or English.

## Words and Pictures

On 10/03/2026 Marta and Agnieszka read Kasia a Words and Pictures story, in Polish and English, about why
grown-ups are helping her family. Kasia drew the kitchen with "Tata's bottles" on the table and herself and
Olek behind the sofa. She said: "Tata is nice in the day and scary at night. When he shouts I put my hands on
Olek's ears." She wants "Tata to stop the vodka" and to "still go to Babcia's on Saturdays because she makes
pierogi and nobody shouts".

Olek was seen at home on 12/03/2026. He brought Marta his toy cars one by one and said "auto". When a door
banged he ran to Kasia, not to his mum, and stayed by her until Marta left.

## What we want for Kasia and Olek

1. Kasia and Olek live in a calm home where nobody shouts, swears or throws things, and no adult caring for
   them is drunk.
2. Kasia and Olek are never driven by anyone who has been drinking.
3. Kasia gets to school on time every day, with attendance of 95% or more.
4. Olek's speech develops, and he can make himself understood at nursery.

## The plan

### A calm, sober home

| Step | Who | Target date | What will we see? |
|---|---|---|---|
| Visit Kasia and Olek at home, see Kasia on her own and write down what she says | Marta | Weekly until the review conference | Visit notes with Kasia's own words and what Olek did, every week |
| Drink no alcohol on any day he is looking after the children, and never come home drunk | Tomasz | Every day from 18/03/2026 | No alcohol seen or smelt at any of Marta's visits, one in three of them unannounced; Agnieszka and Kasia tell Marta at each visit |
| Make sure Tomasz never drives Kasia and Olek after he has been drinking | Family | Every day | No report from school, nursery, Babcia or the police of Tomasz driving the children after drinking |
| Go to the eight-week Calm Homes course for parents on arguments and children | Agnieszka and Tomasz together | Thursdays from 26 March | Course register sent to Marta: 6 of 8 sessions for each of them |

### Olek's speech and health

| Step | Who | Target date | What will we see? |
|---|---|---|---|
| Do Olek's 3-year development review, with a Polish interpreter, and check his hearing has been tested | the HV | By 17 Apr 2026 | Review scores and the hearing result sent to Marta |
| A referral will be made to speech and language therapy for Olek | — | By 31/03/2026 | Referral acceptance letter on file |
| Take Kasia and Olek for a dental check-up | Agnieszka | When she can | Appointment cards seen by Marta |

### Kasia in school, on time

| Step | Who | Target date | What will we see? |
|---|---|---|---|
| Check Kasia's attendance and lateness each morning, and ring Marta the same day if she is absent without a reason | Mrs Oduya | Every school day | Attendance emailed to Marta every Friday, 95% or more; same-day calls logged on CPOMS |
| Take Kasia to school and collect Olek from nursery on Agnieszka's early shifts | Babcia | Tue & Thu, from 19.03.26 | School register shows Kasia in by 8.50am on those days; nursery signing-out book signed by Babcia |
| Have Kasia and Olek for the day at Quay Street every Saturday | Babcia | Saturdays, 9am to 5pm | Babcia texts Marta each Saturday evening when the children are home |

### Home and routine

| Step | Who | Target date | What will we see? |
|---|---|---|---|
| Sessions with Agnieszka on the morning routine, meals and bedtime | Ola | Weekly, six sessions from 23/03/2026 | Agnieszka feels more confident |
| Complete a parenting assessment of Agnieszka and Tomasz | Marta | By 8 May 2026 | |
| Three sessions with Kasia about her worries at home, using her worry jar | Marta | By the review conference | Kasia's worry jar notes and drawings kept on file and brought to the review |

## If things go wrong

If Tomasz is drunk while caring for the children, throws anything or the police are called to Cooper's Yard,
Agnieszka will take Kasia and Olek to Babcia's that night, and Marta will hold a strategy discussion with
Fenmarrow Police the same day. Tomasz will stay away from the house until the strategy discussion agrees he can
return.

If Babcia cannot do the school runs or have the children (she is ill or away), Ola will do the Tuesday and
Thursday runs from the next day; if the children have nowhere safe to go that night, Marta will place them
together with Fenmarrow foster carers.

## Meetings

- Core group every four weeks, Tuesdays at 3.30pm, Riverside Family Hub: 31/03/2026, 28/04/2026 and 26/05/2026.
- Review child protection conference: Tuesday 9 June 2026, 10am, Fenmarrow Town Hall.
""",
    "findings": [
        F("W002", "Make sure Tomasz never drives Kasia and Olek"),
        F("W001", "A referral will be made to speech and language therapy"),
        F("T002", "Take Kasia and Olek for a dental check-up"),
        F("M002", "Sessions with Agnieszka on the morning routine, meals and bedtime"),
        F("M001", "Complete a parenting assessment of Agnieszka and Tomasz"),
        F("F004"),
        F("R002"),
    ],
})
