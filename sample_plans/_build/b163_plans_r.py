"""Batch 163, module r: seven fictional plans (held-out material), places beginning with "r".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the labelling conventions in sample_plans/README.md,
without running planlint or reading its code.

Focus: deep and nested plans for sibling groups, whose structure has levels
(a whole-family part then a part per child, Need -> Outcome -> Task ->
sub-task, a 1 / 1.1 / 1.1.1 outline, a table per outcome with banner rows,
minutes whose agreed actions are gathered into a log, a long plan with two
banner levels, a goal tree), with owners, times and measures given once at a
higher level for everything under them:

1. an initial conference plan for four siblings (11, 8, 4 and 9 months):
   Part 1 for the whole family (a table with a Who column), then Parts 2 to
   5, one per child, each with its own outcome and small What / When / How
   we'll know tables owned by a bold lead-in ("For Kian - Rendlewick
   Academy ... will:") (docx, exemplary);
2. a case-system print for three children nested Need (lead, review date)
   -> Outcome (How we will know) -> Task table, task fields in square
   brackets taking their value from the level above, lettered sub-tasks,
   and two tasks not linked to a need, with page header and footer (pdf).
   Faults: the CPN's fortnightly support visits only (H001); an outcome
   about the mother alone (F002) whose check "engagement ... monitored at
   core group" is the only measure of both tasks under it (M002 x2); the
   aunt's mornings "Ongoing" (T002); routines work owned by the Need lead
   "Core group" (W002); an unlinked housing task with an empty Evidence
   field (M001) and a young carers referral "TBC" (T002); no fallback if
   the aunt cannot help (C003); no legal planning anywhere (R002);
3. a typed outline for three children after domestic abuse: level 1 the
   outcome, level 2 who is responsible (sometimes with a time for all
   under it), level 3 the action with a "We'll know" sentence, dash lines
   its details (md). Faults: the father's programme sessions with no
   measure (M001); an "Everyone working with the family will:" lead-in
   (W002); ELSA sessions with only "keep an eye on" (M002); a passive
   referral under "Other:" (W001); the aunt's overnights "as and when"
   (T002); the father's drinking and the mother's low mood recorded with
   no adult service owning any action (F004); review conference date to
   be confirmed (R001);
4. core group minutes for three brothers, physical abuse, the family about
   to move to a neighbouring council: each agenda item ends with what was
   agreed and its log number, and the action log at the end gathers every
   agreed action under WHOLE FAMILY / TAYO / DAMI / FEMI (txt). Faults:
   the parenting programme left to the new council "at some point after
   the transfer" (X001, T002); family support sessions checked by
   "engagement" (M002); "[All agencies]" (W002); a talk with Tayo with
   "When: -" (T001); a CAMHS referral with "Check: -" (M001); a
   contingency of "further concerns" and "consider next steps" (C002);
   no legal planning (R002);
5. a first review conference plan for three children, one landscape table
   per outcome with its own header row, "For Mia" banner rows, a Who cell
   merged down two rows and a last column of several dated steps in one
   cell, with page header and footer (pdf, exemplary);
6. a long initial conference plan (26 actions) for five children, one
   landscape table with two banner levels: a row per child, then
   "Responsible: X" rows owning every row below them until the next
   (docx). Faults: the care coordinator's monthly support visits (H001);
   home conditions measured by "Improvement" (M002); grandad's afternoons
   "As often as he can" (T002); a "Responsible: All agencies" banner
   (W002) and a "Responsible: to be agreed at the first core group" banner
   (W002); dental appointments with an empty measure (M001); the parents'
   speech activities with an empty When (T001); an outcome about the
   mother alone (F002); no fallback if grandad cannot help (C003);
7. a pre-birth and siblings plan built as a goal tree: a family goal, then
   goals A to D (the home, Harry, Poppy, the baby), each with a goal lead
   and a date, then bold steps with Who / When / How we'll know lines and
   lettered detail lines (md, exemplary).

Plans 1, 5 and 7 are exemplary: every action has a named owner, a real
timescale and something that can be seen or counted; outcomes are about the
children; each contingency names triggers and protective responses and what
happens if relatives' help fails; each records the children's voice, core
group dates and a review conference date, and legal planning after named
triggers; where a parent is ill or uses substances an adult service owns
work, and every mental health service is asked for its view of the parent's
capacity to change and its timescale.

Counting convention used for "actions" (README convention 1, with 12 and
13): every live action in the action part counts once: each row of an action
table (banner rows, "For X" rows, "Responsible:" rows and owner lead-ins are
not actions), each task of the case print (its lettered sub-tasks are part
of it), each level-3 item of the outline (its dash lines are details of it,
and the level-1 outcomes and level-2 owner lead-ins are not actions), each
A-numbered line of the minutes' action log (the "AGREED:" notes in the
discussion only point to it), each step of the goal tree (its lettered lines
are details). The contingency, meeting dates, views and outcomes are not
counted. An owner, time or measure given once at a higher level (a lead-in,
a "Responsible:" banner, a Need lead or review date, an outcome's "How we
will know" brought down as a bracketed field, a level-2 time) counts for
every action under it unless the action gives its own.
"""
from build_batch5 import F, H, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Initial conference plan for four siblings: a whole-family part with a
#    Who column, then one part per child, each with an outcome line and one
#    or more small What / When / How we'll know tables, each owned by a bold
#    "For Kian - X will:" lead-in above it. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b163_rendlewick_icpc_household_part_then_child_parts_ashdown.docx",
    "doc_title": "Child Protection Plan - Kian, Maisie, Alfie and Ruby",
    "split": "heldout",
    "actions": 21,
    "template": "icpc-plan-docx-sibling-group-of-four-children-table-then-part-1-whole-family-ref-what-who-when-how-table-then-parts-2-to-5-one-per-child-each-with-outcome-line-and-bold-for-child-owner-will-lead-ins-over-what-when-how-tables-contingency-meetings",
    "description": (
        "Exemplary initial conference plan for four siblings (11, 8, 4 and 9 months), neglect: "
        "their mother has depression since the baby's birth and her partner drinks most evenings; "
        "the eldest has been getting the others ready. Part 1 is a whole-family table with a Who "
        "column; Parts 2 to 5 are one per child, each with its own outcome and small What / When / "
        "How we'll know tables whose owner is given once in a bold lead-in ('For Kian - "
        "Rendlewick Academy will:'). The adult mental health team is asked for its view on the "
        "mother's capacity to change, the GP and the alcohol service own actions, the "
        "grandmother's school run has a fallback, legal planning follows named triggers, and core "
        "group and review dates are set; every child's words or day are recorded."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Rendlewick Borough Council · Children's Services · Initial Child Protection Conference held on "
              "14/01/2026 at Rendlewick Civic Centre"),
        ("kv", [
            ("Address", "22 Saddler's Walk, Rendlewick RW6 3JN"),
            ("Mother", "Jade Ashdown (31)"),
            ("Mother's partner", "Craig Leverett (34), father of Alfie and Ruby, lives at home"),
            ("Kian and Maisie's father", "Dean Ashdown, lives in Portugal; phones the children once a month"),
            ("Maternal grandmother", "Sue Ashdown (“Nana Sue”), 9 Orchard Rise, Rendlewick, ten minutes' walk"),
            ("Category", "Neglect (all four children)"),
            ("Chair", "Helen Marsh, independent chair"),
            ("Social worker", "Priya Lal, Rendlewick Children's Services (team manager: Martin Cole)"),
        ]),
        ("table", {
            "header": ["Child", "Born", "School or nursery", "Father"],
            "widths": [3.6, 3.4, 5.6, 4.4],
            "rows": [
                ["Kian Ashdown", "03/05/2014 (11)", "Rendlewick Academy, Year 7", "Dean Ashdown"],
                ["Maisie Ashdown", "19/09/2017 (8)", "St Bride's Primary, Year 4", "Dean Ashdown"],
                ["Alfie Leverett", "27/02/2021 (4)", "Little Acorns Nursery, 15 hours a week", "Craig Leverett"],
                ["Ruby Leverett", "02/04/2025 (9 months)", "At home", "Craig Leverett"],
            ],
        }),
        ("h1", "How this plan is set out"),
        ("p", "Part 1 is for the whole family and covers all four children. Parts 2 to 5 are one for each child. "
              "In each child's part, the line in bold above a table says who will do everything in that table; "
              "the table says what, when, and how we will know it has happened and made a difference."),
        ("h1", "Why the children have a plan"),
        ("p", "Jade has been very low since Ruby was born. By November she was staying in bed until the afternoon "
              "on most days and had stopped taking her sertraline. Craig lost his job in August 2025 and has been "
              "drinking six to eight cans most evenings; on two of Priya's visits he smelt of alcohol before "
              "midday. Kian has been getting Maisie and Alfie up, dressed and out of the house most mornings, and "
              "was late for school eleven times last term."),
        ("p", "On 10/12/2025 a neighbour found Alfie at the end of Saddler's Walk at 8am, in his pyjamas and "
              "without shoes; Jade and Craig were asleep. Ruby's weight has dropped from the 50th to just above "
              "the 9th centile since September. On two visits there was no food in the house for the children, "
              "and there was dog mess on the kitchen floor."),
        ("h1", "What is going well"),
        ("bullets", [
            "Jade went back to her GP on 05/01/2026, restarted her sertraline, and has been referred to the "
            "Rendlewick Adult Community Mental Health Team. She says she wants to be “a proper mum again”.",
            "Craig agrees he is drinking too much. He went to his first appointment at the Rendlewick Alcohol "
            "and Drug Service (RADS) on 09/01/2026.",
            "Nana Sue has done the school and nursery run on Tuesdays and Thursdays since early December, and "
            "the children eat breakfast at her house on those days.",
            "The house was cleaned after 10/12/2025 and Craig has fitted a stair gate.",
            "The four children are close. Kian is gentle with Ruby, and Maisie reads to Alfie at bedtime.",
        ]),
        ("h1", "What the children say and what we see"),
        ("p", "Kian (seen on his own at school, 08/01/2026): “I do the mornings because Mum's too tired and Craig "
              "won't wake up. I don't mind, but I get told off for being late and it's not my fault. I want Mum "
              "to get better and I want Craig to stop the cans.” He gave home 4 out of 10 and said 10 would be "
              "“Mum up and making breakfast”."),
        ("p", "Maisie (seen at home, 09/01/2026) drew her family with Nana Sue in the middle. She said: “My tummy "
              "hurts in the mornings. I like Tuesdays best because Nana does pancakes. Sometimes I wet at school "
              "and the other girls say I smell.”"),
        ("p", "Alfie (seen at nursery, 07/01/2026) told his key worker: “I went to find Kian at the big road. "
              "Mummy was sleeping.” Nursery say he eats two helpings at lunch most days."),
        ("p", "Ruby (seen at home, 09/01/2026) was in a wet nappy in her cot at 11am, awake and quiet. She smiled "
              "and reached up when Kian came in. When Jade fed her a bottle on the sofa she fed well and held "
              "Jade's finger. She is not yet crawling."),
        ("h1", "What we want for the children"),
        ("numbers", [
            "All four children are fed, clean and warm every day, in a home that is safe and clean.",
            "Every morning an adult who is up, sober and well gets the children ready and to school and "
            "nursery on time, so that Kian no longer has to.",
            "The children are never left without an awake, sober adult, and Alfie is never outside on his own.",
        ]),
        ("p", "Each child's part below also says what we want for that child."),
        ("h1", "Part 1 – the whole family"),
        ("table", {
            "header": ["Ref", "What will happen", "Who", "When", "How we'll know"],
            "widths": [1.0, 5.6, 3.4, 3.0, 4.0],
            "rows": [
                ["1.1",
                 "Visit the family at home, see all four children, and speak to Kian and Maisie on their own; "
                 "check the food in the house, the children's beds and the kitchen. At least one visit in three "
                 "unannounced and one in three before 8.30am",
                 "Priya Lal, social worker",
                 "Weekly from 15/01/2026 until the review conference",
                 "A visit record for every visit naming each child seen, with what Kian and Maisie said and "
                 "what was in the fridge and on the beds"],
                ["1.2",
                 "Review Jade's sertraline, her mood and her sleep, and write to Priya on how her mood is "
                 "affecting her care of the children",
                 "Dr Ann Whitby, GP, Kingsgate Surgery",
                 "First review by 30/01/2026, then every four weeks",
                 "GP letter to Priya after each review, shared at the next core group"],
                ["1.3",
                 "Assess Jade's depression and what treatment she needs, and give a written view on whether she "
                 "is likely to make the changes the children need and how long that is likely to take",
                 "Tom Reyes, senior practitioner, Rendlewick Adult Community Mental Health Team",
                 "Assessment by 13/02/2026; report by 24/02/2026; an update before each core group after that",
                 "Report to Priya by 24/02/2026, shared at the core group that day; an update letter on file "
                 "before every later core group"],
                ["1.4",
                 "Weekly key-work with Craig, with a breath test at each session, and a written report on whether "
                 "his drinking has changed enough for him to care for the children safely",
                 "Ellie Grant, recovery worker, Rendlewick Alcohol and Drug Service (RADS)",
                 "Every Monday from 19/01/2026; report two working days before each core group",
                 "Breath test results and Ellie's report on Priya's file before each core group"],
                ["1.5",
                 "Go to every Monday session at RADS, and drink no alcohol from 7am until all the children are "
                 "in bed, or at any time he is the only adult at home",
                 "Craig Leverett",
                 "Every Monday session from 19/01/2026; no alcohol while caring, every day",
                 "RADS register shows every session kept; every breath test at RADS and on Priya's visits reads "
                 "zero"],
                ["1.6",
                 "Ten home sessions with Jade and Craig on the morning routine, meals and a weekly food shop, "
                 "using a routine board on the kitchen wall",
                 "Kelly Firth, family support worker, Rendlewick Family Hub",
                 "Wednesdays at 9am, 21/01/2026 to 25/03/2026",
                 "Kelly's session notes; the routine board filled in when Kelly visits on at least 8 of the 10 "
                 "weeks; food for the children's meals in the cupboards at each visit"],
                ["1.7",
                 "Walk Maisie and Alfie to school and nursery on Tuesdays and Thursdays, after giving all the "
                 "children breakfast at 9 Orchard Rise",
                 "Sue Ashdown (Nana Sue)",
                 "Every Tuesday and Thursday in term time from 20/01/2026",
                 "St Bride's and Little Acorns registers show both children in on time on those days; Sue texts "
                 "Priya by 8am if she cannot do it"],
                ["1.8",
                 "Get up by 7.15am, get Maisie and Alfie washed, dressed and fed, and take them to school and "
                 "nursery on time without Kian's help",
                 "Jade and Craig",
                 "Every Monday, Wednesday and Friday in term time from 19/01/2026",
                 "Registers show Maisie and Alfie in on time on those days; Kian tells Priya on her visits that "
                 "he no longer does the mornings"],
            ],
        }),
        ("h1", "Part 2 – Kian (11)"),
        ("p", "What we want for Kian: Kian gets to be an 11-year-old. He goes to school on time without getting "
              "his brother and sister ready first, and he has an adult at school he trusts to talk to."),
        ("boldp", "For Kian – Rendlewick Academy (Mr Dale Orton, designated safeguarding lead) will:"),
        ("table", {
            "header": ["What", "When", "How we'll know"],
            "widths": [7.6, 4.2, 5.2],
            "rows": [
                ["Check Kian in at the start of each day, and tell Priya the same day if he is late, absent or "
                 "hungry, or says he got the others ready",
                 "Every school day from 15/01/2026",
                 "Attendance and same-day calls logged on the school's safeguarding system; attendance email to "
                 "Priya every Friday"],
                ["Give Kian a weekly session with the school's young carers lead, Mrs Joy Adeyemi, to talk about "
                 "home and what worries him",
                 "Every Wednesday lunchtime from 21/01/2026 until the review conference",
                 "Mrs Adeyemi's session log, with the worry score (0–10) she and Kian agree at each session, sent "
                 "to Priya monthly"],
            ],
        }),
        ("boldp", "For Kian – Priya Lal (social worker) will:"),
        ("table", {
            "header": ["What", "When", "How we'll know"],
            "widths": [7.6, 4.2, 5.2],
            "rows": [
                ["Three direct work sessions with Kian about his worries and who he can tell, ending with his own "
                 "safety card",
                 "Sessions by 06/02/2026, 20/02/2026 and 06/03/2026",
                 "Kian's safety card and his own words on file, brought to the core group on 24/03/2026"],
                ["Refer Kian to Rendlewick Young Carers for a young carer's assessment and a place at their "
                 "Saturday club",
                 "Referral by 23/01/2026",
                 "Young Carers confirm the referral in writing; Kian's first Saturday club date on file"],
            ],
        }),
        ("h1", "Part 3 – Maisie (8)"),
        ("p", "What we want for Maisie: Maisie comes to school washed, in clean clothes and with her hair free of "
              "lice, her wetting and tummy aches are looked into, and she feels comfortable with her friends."),
        ("boldp", "For Maisie – St Bride's Primary (Mrs Lorna Hay, designated safeguarding lead) will:"),
        ("table", {
            "header": ["What", "When", "How we'll know"],
            "widths": [7.6, 4.2, 5.2],
            "rows": [
                ["Check Maisie each morning for hunger, clean clothes and her hair, give her a breakfast club place, "
                 "and ring Priya the same day if she is unwashed or hungry two days running",
                 "Every school day from 15/01/2026",
                 "Daily check sheet; breakfast club register; summary to Priya every Friday"],
            ],
        }),
        ("boldp", "For Maisie – the school nurse (Gemma Price, Rendlewick 0–19 Service) will:"),
        ("table", {
            "header": ["What", "When", "How we'll know"],
            "widths": [7.6, 4.2, 5.2],
            "rows": [
                ["See Maisie about her daytime wetting and tummy aches, agree a wetting plan with her and Jade, and "
                 "refer her to the continence clinic if she is not dry in the day by the review conference",
                 "First appointment by 30/01/2026, then every two weeks",
                 "Wetting diary and plan copied to Priya; the number of dry school days counted each fortnight"],
                ["Treat Maisie's head lice with Jade at home, and show Jade how to wet-comb Maisie's hair each "
                 "week",
                 "Home visit by 23/01/2026, then a check at each fortnightly appointment",
                 "Maisie's hair clear of lice at each check, recorded in Gemma's notes"],
            ],
        }),
        ("h1", "Part 4 – Alfie (4)"),
        ("p", "What we want for Alfie: Alfie is at nursery for every session he has a place, is never outside on "
              "his own, and his talking catches up with other four-year-olds."),
        ("boldp", "For Alfie – Little Acorns Nursery (Sarah Bloom, manager and safeguarding lead) will:"),
        ("table", {
            "header": ["What", "When", "How we'll know"],
            "widths": [7.6, 4.2, 5.2],
            "rows": [
                ["Write down when Alfie arrives, who brings him, whether he has eaten, and any mark or worry, and "
                 "ring Priya the same day about any worry",
                 "Every nursery session from 15/01/2026",
                 "Daily record sheet sent to Priya every Friday"],
                ["Refer Alfie to Rendlewick Speech and Language Therapy, and do the therapist's activities with him "
                 "in nursery",
                 "Referral by 23/01/2026; activities three times a week from the week the therapist's plan arrives",
                 "Referral acknowledgement on file; activity log; the therapist's first report shared at the core "
                 "group"],
            ],
        }),
        ("boldp", "For Alfie – Jade and Craig will:"),
        ("table", {
            "header": ["What", "When", "How we'll know"],
            "widths": [7.6, 4.2, 5.2],
            "rows": [
                ["Fit the door chain Priya has ordered, and keep the front door locked with the key out of Alfie's "
                 "reach",
                 "Chain fitted by 23/01/2026; door locked every day",
                 "Priya sees the chain fitted and the door locked at each visit; no report of Alfie outside alone"],
            ],
        }),
        ("h1", "Part 5 – Ruby (9 months)"),
        ("p", "What we want for Ruby: Ruby is fed on time, changed and played with, sleeps safely in her own cot, "
              "and her weight climbs back towards the 50th centile she was born on."),
        ("boldp", "For Ruby – the health visitor (Naomi Frost, Rendlewick 0–19 Service) will:"),
        ("table", {
            "header": ["What", "When", "How we'll know"],
            "widths": [7.6, 4.2, 5.2],
            "rows": [
                ["Weigh Ruby at home, check her feeding, sleep and development, and show Jade and Craig how to make "
                 "up her meals and bottles",
                 "Weekly until she is back on the 25th centile, then every two weeks",
                 "Weights plotted in Ruby's red book and emailed to Priya; Ruby on the 25th centile or above by the "
                 "review conference"],
                ["Complete an Ages and Stages check with Ruby and refer her on if she is below the cut-off in any "
                 "area",
                 "By 13/02/2026",
                 "ASQ scores and any referral shared with Priya and at the core group on 24/02/2026"],
            ],
        }),
        ("boldp", "For Ruby – Jade will:"),
        ("table", {
            "header": ["What", "When", "How we'll know"],
            "widths": [7.6, 4.2, 5.2],
            "rows": [
                ["Give Ruby three meals and her milk at the times on her feeding chart, and fill in the chart each "
                 "day",
                 "Every day from 15/01/2026",
                 "The chart filled in every day, checked by Naomi and Priya at their visits; Ruby's weight rising "
                 "at each weighing"],
            ],
        }),
        ("h1", "If things go wrong (contingency plan)"),
        ("p", "If Jade cannot get up to care for the children, or tells anyone she has thoughts of harming herself, "
              "and there is no sober adult at home, Priya (or the Emergency Duty Team out of hours) will arrange "
              "for all four children to stay with Nana Sue at 9 Orchard Rise that night, and will ask the Adult "
              "Community Mental Health Team's crisis service to see Jade the same day."),
        ("p", "If Craig is found under the influence of alcohol while he is the only adult with the children, he "
              "will leave the house that day and stay with his brother Ryan at 31 Ferry Lane, and Priya will hold a "
              "strategy discussion with Rendlewick Police the same day."),
        ("p", "If Nana Sue cannot do the Tuesday and Thursday mornings or have the children to stay (she is ill, "
              "or feels she cannot carry on), she will ring Priya that day. Kelly Firth will do those mornings for "
              "up to two weeks while the core group looks for someone else, and if the children need somewhere to "
              "stay, Priya will arrange a Rendlewick foster placement the same day, keeping the four together if "
              "she can."),
        ("p", "If any child is found outside alone, Ruby's weight falls below the 9th centile, or Craig has two "
              "positive breath tests, Priya will ask Martin Cole for a legal planning meeting within five working "
              "days to decide whether to start the Public Law Outline."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 10am at Rendlewick Family Hub: 27/01/2026, 24/02/2026 and "
            "24/03/2026.",
            "Review child protection conference: 09/04/2026, 10am, Rendlewick Civic Centre.",
        ]),
        ("p", "Copies to Jade, Craig, Sue Ashdown and everyone named in this plan. Dean Ashdown was sent the parts "
              "of the plan about Kian and Maisie."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Case-system print nested Need -> Outcome -> Task -> sub-task. Each
#    Need has a lead and a review date, each Outcome a "How we will know";
#    task fields in square brackets take the value from the level above.
#    Unlinked tasks at the end. Header and footer on every page. (pdf)
# ---------------------------------------------------------------------------
_ROX_TASK_HEAD = ["Task", "Task description (sub-tasks are parts of the task)", "Responsible", "Target date",
                  "Evidence"]
_ROX_W = [1.6, 5.8, 3.3, 2.7, 3.6]

PLANS.append({
    "name": "b163_roxbarrow_case_print_need_outcome_task_levels_fairweather.pdf",
    "doc_title": "CarePath - Child Protection Plan - Fairweather and Dooley children",
    "split": "heldout",
    "actions": 18,
    "min_pages": 3,
    "font_size": 10,
    "header": "OFFICIAL-SENSITIVE · Roxbarrow Borough Council · CarePath plan print",
    "footer": "Fairweather/Dooley sibling group · CP plan from ICPC 20/01/2026 · printed 22/01/2026 · "
              "Page {PAGE} of {NUMPAGES}",
    "template": "cp-plan-case-system-print-paged-header-footer-case-fields-worries-strengths-childs-views-fields-then-need-level-lead-and-review-date-outcome-level-how-we-will-know-then-task-table-per-outcome-with-inherited-bracket-fields-and-lettered-sub-tasks-then-unlinked-tasks-contingency-trigger-response-review-fields",
    "description": (
        "Initial conference plan for a 13-year-old, a 9-year-old and a 2-year-old (emotional abuse "
        "and neglect) printed from a case system with header and footer: their mother has "
        "recurrent depression and took an overdose after the youngest child's father broke a "
        "non-molestation order; an aunt helps with mornings. The plan is nested Need (lead, review "
        "date) -> Outcome (How we will know) -> Task table, where a task field in square brackets "
        "takes its value from the level above and lettered sub-tasks are parts of their task; two "
        "tasks sit unlinked at the end. Most tasks are sound (the psychiatrist's capacity report, "
        "police, IDVA, schools, nursery, health visitor). Faults: the CPN's fortnightly support "
        "visits only; an outcome about the mother alone whose check, 'engagement monitored at core "
        "group', is the only measure of the two tasks under it; the aunt's mornings 'Ongoing'; "
        "routines work left to the Need lead 'Core group'; an unlinked housing task with no "
        "evidence and a young carers referral 'TBC'; no fallback if the aunt cannot help, and no "
        "legal planning."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "CarePath · Plan print · Plan status: LIVE · Plan ID CP-26-00117"),
        ("kv", [
            ("Subjects", "Tyler Fairweather (DOB 11/06/2012, 13); Skye Fairweather (DOB 30/03/2016, 9); Bella "
                         "Dooley (DOB 15/08/2023, 2)"),
            ("Household", "Natalie Fairweather (35), mother, 18 Tanner's Row, Roxbarrow RX4 8PL"),
            ("Other significant adults", "Kerry Fairweather (maternal aunt), 6 Quarry Lane, Roxbarrow; Lee "
                                         "Harker (father of Tyler and Skye), sees them alternate weekends; "
                                         "Shane Dooley (father of Bella), non-molestation order until "
                                         "04/12/2026, no contact"),
            ("Category", "Emotional abuse (all three children); neglect (Bella)"),
            ("Conference", "Initial child protection conference, 20/01/2026. Chair: Angela Swift"),
            ("Allocated worker", "Hannah Corbett, social worker, Roxbarrow Children's Services (team manager: Ian "
                                 "Pike)"),
            ("Parental health", "Natalie: recurrent depression and anxiety, known to Roxbarrow Community Mental "
                                "Health Team (CMHT) since 2019; care coordinator Dawn Okafor (CPN); consultant Dr "
                                "Raj Menon. Overdose of paracetamol 22/11/2025. No alcohol or drug use known."),
        ]),
        ("h1", "Summary of concerns"),
        ("p", "Shane Dooley came to the house on 20/11/2025, in breach of the non-molestation order, and shouted "
              "threats at Natalie through the letterbox while the children were home. Two days later Natalie took "
              "an overdose; Tyler found her and rang 999, and Skye and Bella were in the house. Natalie was "
              "admitted overnight. Since then she has spent most days in bed. Skye has been late to school 14 "
              "times this term and often arrives without breakfast; Bella has had nappy rash for weeks and was "
              "found in the same clothes on three visits. Tyler has been missing school to look after Bella."),
        ("h1", "Strengths"),
        ("p", "Natalie rang the police herself when Shane came to the house and has kept to the order. She has "
              "seen the CMHT every fortnight since her overdose and takes her medication. Kerry has done the "
              "Monday, Wednesday and Friday mornings for Skye since December. Lee has the older two every other "
              "weekend and has never missed. The children love their mum and each other."),
        ("h1", "Child's views"),
        ("kv", [
            ("Tyler (seen alone 14/01/2026)", "“I had to ring the ambulance. I don't want to go to school in case "
                                              "it happens again. If Mum's OK I'd go.” Tyler wants to stay with "
                                              "Mum and would like someone to talk to who isn't a teacher."),
            ("Skye (seen alone 15/01/2026)", "“I don't like it when Mum stays in bed. Aunty Kerry does eggs. I'm "
                                             "scared Shane will come back.” Skye scored feeling safe at home 5 "
                                             "out of 10."),
            ("Bella (observed 15/01/2026)", "Bella was in her cot at 10.30am in a full nappy. She went to Tyler "
                                            "for comfort, not to Natalie, and cried when the letterbox rattled. "
                                            "At nursery she is quiet, eats everything offered and startles at "
                                            "loud voices."),
        ]),
        ("h1", "Plan"),
        ("p", "How to read this print: each Need has a lead and a review date. Each Outcome under a Need has a "
              "“How we will know” field. A task field shown in square brackets takes its value from the level "
              "above: [Need lead], [Need review date] or [Outcome – how we will know]. Sub-tasks (a, b, c) are "
              "parts of the task above them and share its fields."),
        ("h2", "NEED 1 of 3 – Safe from harm when Mum is unwell"),
        ("kv", [
            ("Need lead", "Hannah Corbett, social worker"),
            ("Need review date", "14/04/2026 (review conference)"),
        ]),
        ("h3", "OUTCOME 1.1 – Tyler, Skye and Bella are never left alone with Mum when she is in a mental health "
               "crisis, and Tyler and Skye each know a safe adult to ring"),
        ("kv", [("How we will know", "Visit records show each child seen and the older two seen alone at every "
                                     "visit; Tyler and Skye can each name the adult they would ring and show their "
                                     "safety card")]),
        ("table", {
            "header": _ROX_TASK_HEAD,
            "widths": _ROX_W,
            "rows": [
                ["1.1.1",
                 "Home visits to see all three children, Tyler and Skye on their own\n"
                 "a) at least one visit in three unannounced\n"
                 "b) at least one visit in three after 4pm",
                 "[Need lead]",
                 "Weekly from 21/01/2026",
                 "[Outcome – how we will know]"],
                ["1.1.2",
                 "Direct work with Tyler and Skye on who they can ring when Mum is unwell\n"
                 "a) Tyler's own safety card, with Kerry's, Lee's and the CMHT crisis numbers\n"
                 "b) Skye's safety card in pictures",
                 "[Need lead]",
                 "Both cards done by 20/02/2026",
                 "Safety cards on file; both children can tell Hannah who they would ring"],
                ["1.1.3",
                 "Psychiatric review of Natalie, and a written report on her capacity to make the changes the "
                 "children need, the steps and the likely timescale",
                 "Dr Raj Menon, consultant psychiatrist, Roxbarrow CMHT",
                 "Review by 13/02/2026; report by 27/02/2026",
                 "Report received by Hannah and shared at the core group on 03/03/2026"],
                ["1.1.4",
                 "Continue fortnightly home visits to support Natalie with her mood and her medication",
                 "Dawn Okafor, CPN (care coordinator), Roxbarrow CMHT",
                 "Fortnightly",
                 "Visit dates sent to Hannah at the end of each month"],
            ],
        }),
        ("h3", "OUTCOME 1.2 – Natalie's mood is stable and she engages with her mental health care plan"),
        ("kv", [("How we will know", "Natalie's engagement will be monitored at core group")]),
        ("table", {
            "header": _ROX_TASK_HEAD,
            "widths": _ROX_W,
            "rows": [
                ["1.2.1",
                 "Natalie to take her prescribed medication every day and keep her CMHT appointments",
                 "Natalie Fairweather",
                 "[Need review date]",
                 "[Outcome – how we will know]"],
                ["1.2.2",
                 "GP to review Natalie's antidepressant and her physical health after the overdose",
                 "Dr Fiona Lam, GP, Tanner's Row Surgery",
                 "By 06/02/2026",
                 "[Outcome – how we will know]"],
            ],
        }),
        ("h2", "NEED 2 of 3 – Safe from Shane Dooley and from abuse at home"),
        ("kv", [
            ("Need lead", "Hannah Corbett, social worker"),
            ("Need review date", "14/04/2026 (review conference)"),
        ]),
        ("h3", "OUTCOME 2.1 – The children do not see or hear Shane Dooley, and any breach of the order is acted "
               "on the same day"),
        ("kv", [("How we will know", "Police records show any call-out answered as a priority and passed to "
                                     "Hannah; Natalie reports any contact from Shane the same day")]),
        ("table", {
            "header": _ROX_TASK_HEAD,
            "widths": _ROX_W,
            "rows": [
                ["2.1.1",
                 "Flag 18 Tanner's Row on the police system for a priority response, and tell Hannah of any "
                 "call-out by the next working day",
                 "PC Amy Rudd, Roxbarrow Police Domestic Abuse Unit",
                 "Flag by 23/01/2026; then after every call-out",
                 "Email confirming the flag; call-out notices on the case file"],
                ["2.1.2",
                 "Safety planning with Natalie and help to renew the non-molestation order\n"
                 "a) written safety plan, copy to Hannah\n"
                 "b) renewal application lodged before the order ends",
                 "Claire Nolan, IDVA, Roxbarrow Domestic Abuse Service",
                 "a) by 30/01/2026; b) by 01/11/2026",
                 "Safety plan on file; court confirmation of the renewed order on file"],
                ["2.1.3",
                 "Attend the Freedom Programme (12 weekly sessions)",
                 "Natalie Fairweather",
                 "Tuesdays from 03/02/2026 to 21/04/2026",
                 "Attendance certificate showing at least 10 of 12 sessions"],
            ],
        }),
        ("h3", "OUTCOME 2.2 – Bella's play, sleep and eating show she feels safe"),
        ("kv", [("How we will know", "The nursery key worker's weekly notes on Bella's play, eating and how "
                                     "she reacts to loud noises, sent to Hannah; the health visitor's "
                                     "development scores")]),
        ("table", {
            "header": _ROX_TASK_HEAD,
            "widths": _ROX_W,
            "rows": [
                ["2.2.1",
                 "Record how Bella arrives (clean, fed, nappy), her play and any startle or upset, and ring Hannah "
                 "the same day about any mark or worry",
                 "Jo Marsh, manager, Pebbles Day Nursery",
                 "Every session (Monday to Wednesday) from 21/01/2026",
                 "[Outcome – how we will know]"],
                ["2.2.2",
                 "Bella's two-year review with an Ages and Stages check, and treatment of her nappy rash",
                 "Linda Shaw, health visitor, Roxbarrow 0–19 Service",
                 "By 20/02/2026",
                 "ASQ scores and skin check shared with Hannah; rash cleared at the follow-up visit"],
            ],
        }),
        ("h2", "NEED 3 of 3 – Day-to-day care and getting to school"),
        ("kv", [
            ("Need lead", "Core group"),
            ("Need review date", "14/04/2026 (review conference)"),
        ]),
        ("h3", "OUTCOME 3.1 – Tyler and Skye get to school on time, fed and in clean uniform, and Bella is fed, "
               "changed and dressed every morning"),
        ("kv", [("How we will know", "School registers show both older children in on time on at least 95% of "
                                     "days; nursery and visit records show Bella clean and fed")]),
        ("table", {
            "header": _ROX_TASK_HEAD,
            "widths": _ROX_W,
            "rows": [
                ["3.1.1",
                 "Breakfast at 6 Quarry Lane and the walk to school for Skye on Mondays, Wednesdays and Fridays",
                 "Kerry Fairweather (maternal aunt)",
                 "Ongoing",
                 "Skye's register shows her in by 8.50am on those days"],
                ["3.1.2",
                 "Have Bella at 6 Quarry Lane on the days Natalie has a CMHT or Freedom Programme appointment",
                 "Kerry Fairweather (maternal aunt)",
                 "Every appointment day (Natalie gives Kerry the dates)",
                 "Kerry texts Hannah when Bella arrives and leaves"],
                ["3.1.3",
                 "Eight sessions on the morning routine, washing and meals\n"
                 "a) morning routine chart on the fridge\n"
                 "b) a washing rota for the children's uniforms and Bella's clothes\n"
                 "c) a shopping list and a meal plan for the week",
                 "[Need lead]",
                 "Weekly from 28/01/2026",
                 "Routine chart in use; clean uniform and food for the children seen at visits"],
                ["3.1.4",
                 "Check Skye in each morning, give her breakfast club, and ring Hannah the same day if she is late, "
                 "hungry or absent",
                 "Mr Paul Eddy, DSL, Roxbarrow Community Primary",
                 "Every school day",
                 "Attendance and breakfast club registers emailed to Hannah every Friday"],
                ["3.1.5",
                 "Check Tyler's attendance and ring Natalie, then Hannah, by 10am on any day he is absent",
                 "Ms Gita Shah, DSL, Castlegate Academy",
                 "Every school day",
                 "Calls logged; Tyler's attendance at 95% or above by the review conference"],
            ],
        }),
        ("h2", "TASKS NOT LINKED TO A NEED"),
        ("table", {
            "header": _ROX_TASK_HEAD,
            "widths": _ROX_W,
            "rows": [
                ["U1",
                 "Support Natalie's application for a housing move away from the area Shane Dooley knows",
                 "Hannah Corbett, social worker",
                 "By 13/02/2026",
                 ""],
                ["U2",
                 "Refer Tyler to Roxbarrow Young Carers for an assessment and a weekly group",
                 "Hannah Corbett, social worker",
                 "TBC",
                 "Young Carers confirm the referral and Tyler's first group date"],
            ],
        }),
        ("h1", "Contingency"),
        ("kv", [
            ("Trigger 1", "Natalie harms herself, tells anyone she is thinking of ending her life, or cannot get up "
                          "to care for Bella."),
            ("Response 1", "Hannah (or the Emergency Duty Team out of hours) arranges for all three children to "
                           "stay with Kerry at 6 Quarry Lane that night; the CMHT crisis team is asked to see "
                           "Natalie the same day."),
            ("Trigger 2", "Shane Dooley comes to the house or contacts Natalie or the children."),
            ("Response 2", "Natalie rings 999; the children go to Kerry's that night; Hannah holds a strategy "
                           "discussion with the police the same day."),
            ("Trigger 3", "The plan is not making progress by the review conference."),
            ("Response 3", "Hannah will discuss the case with Ian Pike in supervision."),
        ]),
        ("h1", "Review arrangements"),
        ("kv", [
            ("Core group frequency", "Monthly"),
            ("Core group dates", "03/02/2026, 03/03/2026, 31/03/2026 (Roxbarrow Family Centre, 10am)"),
            ("Review conference", "14/04/2026, 1pm, Roxbarrow Town Hall"),
        ]),
    ],
    "findings": [
        F("H001", "Continue fortnightly home visits to support Natalie with her mood"),
        F("F002", "Natalie's mood is stable and she engages with her mental health care plan"),
        F("M002", "Natalie to take her prescribed medication every day"),
        F("M002", "GP to review Natalie's antidepressant and her physical health"),
        F("T002", "Breakfast at 6 Quarry Lane and the walk to school"),
        F("W002", "Eight sessions on the morning routine, washing and meals"),
        F("M001", "Support Natalie's application for a housing move away"),
        F("T002", "Refer Tyler to Roxbarrow Young Carers for an assessment"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Initial conference plan as a typed outline: level 1 is the outcome,
#    level 2 names who is responsible (sometimes with a time for everything
#    under it), level 3 is the action, and dash lines under an action are
#    details of it. Three children, domestic abuse. (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b163_rimmerton_icpc_outline_three_levels_kowalczyk.md",
    "split": "heldout",
    "actions": 19,
    "template": "icpc-plan-md-bold-fields-family-list-worries-going-well-childrens-words-then-typed-outline-level-1-outcome-bold-level-2-owner-lead-in-with-optional-group-time-level-3-numbered-actions-with-well-know-sentence-dash-detail-lines-then-if-things-go-wrong-meetings",
    "description": (
        "Initial conference plan for a 7-year-old, a 4-year-old and a 6-week-old baby after their "
        "father, who drinks at weekends, pushed their mother while she held the baby; he has moved "
        "out and sees the children at their aunt's. Markdown typed outline: level 1 (1, 2, 3, 4) is "
        "the outcome, level 2 (1.1, 1.2...) names who is responsible and sometimes a time for "
        "everything under it, level 3 (1.1.1...) is the action with a 'We'll know' sentence, and "
        "dash lines under an action are its details. Most actions are sound. Faults: the father's "
        "programme sessions with nothing to show they happened; an 'Everyone working with the "
        "family will:' lead-in; the ELSA sessions measured by 'keep an eye on'; a passive referral "
        "under 'Other:' with no one named; the aunt's overnight help 'as and when'; the father's "
        "drinking and the mother's low mood are recorded but no adult service owns any action; "
        "and the review conference date is still to be confirmed."
    ),
    "text": """\
# Rimmerton City Council – Children's Social Care

## Child Protection Plan – Oliwia, Szymon and Zofia Kowalczyk

**Made at:** initial child protection conference, 22/01/2026, Rimmerton Civic Hall
**Category:** emotional abuse (all three children)
**Chair:** Sunita Rao · **Social worker:** Anna Brooks (team manager: Gareth Lowe)
**Language:** Marta speaks English well; Paweł prefers Polish. A Polish interpreter (Ewelina Marek) was at
the conference and is booked for every core group.

## 1. The family

- **Oliwia Kowalczyk**, 7 (born 12/05/2018), Year 3 at Oakfield Primary
- **Szymon Kowalczyk**, 4 (born 03/09/2021), Little Steps Nursery, mornings
- **Zofia Kowalczyk**, 6 weeks (born 10/12/2025)
- **Marta Kowalczyk** (30), mother, 41 Weaver Street, Rimmerton RM2 5TB
- **Paweł Kowalczyk** (34), father; since 03/01/2026 living with a friend at 14 Mill Street under a
  written agreement
- **Kasia Nowak**, Marta's sister, 8 Weaver Close (five minutes away), two children of her own

## 2. Why we are worried

The police have been called to 41 Weaver Street three times since September 2025. On 02/01/2026 Paweł,
who had been drinking vodka all afternoon, pushed Marta into the door frame while she was holding Zofia.
Oliwia rang 999 from her tablet and hid with Szymon in the bathroom. Paweł was arrested and cautioned.

Paweł drinks most weekends and more since his hours at the warehouse were cut; the police say he was drunk
at each call-out. He says he is "not an alcoholic" but agrees he gets angry when he drinks.

Marta says she has felt anxious and low since Zofia was born, sleeps little, and sometimes cannot face
going out. She has not yet seen her GP about it.

## 3. What is working well

- Marta asked Paweł to leave on 03/01/2026 and he has kept to the written agreement since.
- Zofia is feeding well and has regained her birth weight.
- Kasia has supervised Paweł's time with the children at her house every Saturday since 10/01/2026, and
  has told Anna honestly when he was late and irritable.
- Oliwia knows how to ring 999 and did so.

## 4. What the children say and how they are

- **Oliwia** (seen on her own at school, 15/01/2026): "When Tata drinks the vodka he goes red and
  shouts at Mama. I took Szymon in the bathroom and locked it. I miss Tata but I don't want him to live
  at home till he stops the drinking." She scored feeling safe at home 6 out of 10 now, and 2 before he
  left.
- **Szymon** (seen at nursery, 16/01/2026) played with the dolls' house and made the daddy doll "go
  away in a car". He told his key worker "Tata was loud and Mama cried". Nursery say he has started
  hitting other children when he is told no.
- **Zofia** (seen at home, 19/01/2026) was settled in Marta's arms and fed well from a bottle. She was
  asleep in her Moses basket on her back when Anna arrived. Marta looked tired and said Zofia wakes every
  two hours.

## 5. The plan

How to read it: level 1 (1, 2, 3, 4) is what we want for the children. Level 2 (1.1, 1.2 ...) says who
is responsible for everything under it, and sometimes gives a time for all of it. Level 3 (1.1.1 ...)
is an action. A dash line under an action is a detail of that action, not a separate action.

**1. Oliwia, Szymon and Zofia live without violence or shouting at home, and see their dad only when it
is safe.**

**1.1 Anna Brooks, social worker, will:**

1.1.1 Visit 41 Weaver Street every week from 26/01/2026, see all three children, and talk to Oliwia on
her own; at least one visit in three unannounced. We'll know: a visit record for every visit, with
Oliwia's own words.

1.1.2 Complete a written safety plan with Marta by 13/02/2026. We'll know: the safety plan signed by
Marta and on file, with a copy to PC Hewitt.
- go through the DASH risk checklist again with Marta, and refer to MARAC if the score is 14 or more;
- go through the written agreement with Paweł, with the interpreter, and both sign it again.

1.1.3 Refer Paweł to the Changing Paths domestic abuse programme by 06/02/2026. We'll know: Changing
Paths confirm the referral in writing and give an assessment date.

**1.2 Rimmerton Police (PC Dan Hewitt, Domestic Abuse Unit) will:**

1.2.1 Put a marker on 41 Weaver Street by 30/01/2026 so that any 999 call gets a priority response, and
tell Anna about any call-out by the next working day. We'll know: the marker confirmed by email, and
call-out notices on the case file.

**1.3 Paweł will:**

1.3.1 Stay at 14 Mill Street and not come to 41 Weaver Street, from 22/01/2026 until the review
conference. We'll know: no police call-outs, and Marta and Oliwia say at Anna's visits that he has not
come.

1.3.2 Go to the Changing Paths assessment and every weekly group session from 09/03/2026.

1.3.3 Refer himself to Rimmerton Recovery Service about his drinking by 30/01/2026, and go to every
appointment he is offered. We'll know: Paweł brings a letter from Recovery to each core group listing the
appointments he went to.

**1.4 Everyone working with the family will:**

1.4.1 Tell Anna the same day about any sign that Paweł has been at 41 Weaver Street, or any injury to
Marta or the children. We'll know: each report logged on the case file.

**2. Zofia is fed, sleeps safely and keeps gaining weight, and her mum has the help she needs to look
after her.**

**2.1 The health visitor, Emma Lund, will (every two weeks until Zofia is six months old, then monthly
until the review conference):**

2.1.1 Weigh Zofia at home and check her feeding and where she sleeps. We'll know: weights in Zofia's red
book, following her centile, and a safe sleep checklist signed at each visit.

2.1.2 Ask Marta to fill in the mood questionnaire (EPDS) at each visit, and send the score to Anna and to
Marta's GP. We'll know: an EPDS score on file after every visit.

**2.2 Marta will:**

2.2.1 See her GP about her anxiety and low mood by 06/02/2026, and take the treatment she is offered.
We'll know: Marta shows Anna the GP's letter or prescription.

2.2.2 Put Zofia down on her back in her Moses basket for every sleep, day and night, and never sleep with
her on the sofa. We'll know: Emma and Anna see the Moses basket made up and clear at each visit.

**3. Oliwia and Szymon are at school and nursery every day, and each has an adult there to tell about
worries.**

**3.1 Oakfield Primary (Mrs Janet Carr, designated safeguarding lead) will:**

3.1.1 Check Oliwia in each morning, and ring Anna the same day if she is absent, upset or talks about
home, every school day. We'll know: attendance and calls logged on CPOMS and emailed to Anna each Friday.

3.1.2 Give Oliwia weekly sessions with the school's ELSA, Mrs Bell, from 26/01/2026, and keep an eye on
how she is in class.

**3.2 Little Steps Nursery (Tracy Lane, manager) will:**

3.2.1 At every session, write down who brings and collects Szymon and anything he says or does that
worries staff, and ring Anna the same day about it. We'll know: the daily notes emailed to Anna every
Friday.

**3.3 Other:**

3.3.1 A referral to be made to Rimmerton Children's Centre for Szymon's speech and language drop-in by
13/02/2026. We'll know: Szymon's first drop-in date on file.

**4. Oliwia, Szymon and Zofia keep seeing their dad, safely, with a sober adult there the whole time.**

**4.1 Kasia Nowak (Marta's sister) will:**

4.1.1 Supervise Paweł's time with the children at 8 Weaver Close every Saturday, 10am to 1pm, and not let
him in if he has been drinking. We'll know: Kasia's short contact notes sent to Anna each Monday.

4.1.2 Have the children for a night when Marta needs a break, as and when Marta asks. We'll know: Kasia
texts Anna the dates the children stayed.

**4.2 Anna Brooks will:**

4.2.1 Meet Kasia by 06/02/2026 and write down, in Polish and English, what she will do if Paweł arrives
drunk or angry for contact. We'll know: the contact agreement signed by Kasia and Paweł, on file.

## 6. If things go wrong

- If Paweł comes to 41 Weaver Street, or Marta lets him in, Marta (or Oliwia) will ring 999 and the police
  will respond as a priority. Anna, or the Emergency Duty Team out of hours, will hold a strategy
  discussion with the police the same day, and Marta and the children will go to Kasia's that night.
- If Paweł has been drinking when he arrives for contact, Kasia will not let him in and will ring Anna;
  that Saturday's contact will not happen.
- If Kasia cannot supervise contact or have the children (she is ill, away, or the arrangement breaks
  down), she will tell Anna that day. Contact will move to Rimmerton Family Centre, supervised by centre
  staff, within a week, and there will be no contact until then.
- If there is another incident of violence, or Marta lets Paweł move back in before the review
  conference, Anna will ask Gareth Lowe for a legal planning meeting within five working days.

## 7. Meetings

- Core group every four weeks, Thursdays at 4pm at Rimmerton Family Centre, with a Polish interpreter:
  05/02/2026, 05/03/2026 and 02/04/2026.
- Review child protection conference: date to be confirmed by the Safeguarding Unit (within three months
  of 22/01/2026).

Plan sent to Marta and Paweł (Polish copy to Paweł), Kasia Nowak and everyone named above.
""",
    "findings": [
        F("M001", "Go to the Changing Paths assessment and every weekly group session"),
        F("W002", "Tell Anna the same day about any sign that Paweł"),
        F("M002", "Give Oliwia weekly sessions with the school's ELSA, Mrs Bell"),
        F("W001", "A referral to be made to Rimmerton Children's Centre"),
        F("T002", "Have the children for a night when Marta needs a break"),
        F("F004"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Core group minutes: each agenda item ends with what was agreed and the
#    action log number it went into; the action log at the end gathers
#    every agreed action, grouped WHOLE FAMILY / TAYO / DAMI / FEMI, each an
#    [initials] line with When and Check lines. Family about to move to a
#    neighbouring council. (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b163_rakesby_core_group_minutes_agreed_per_item_gathered_log_oyelaran.txt",
    "split": "heldout",
    "actions": 13,
    "template": "core-group-minutes-txt-present-initials-numbered-agenda-items-per-child-each-ending-agreed-with-log-number-then-views-outcomes-contingency-dates-then-action-log-gathering-every-agreed-action-grouped-whole-family-and-per-child-bracket-initials-when-check-lines",
    "description": (
        "Minutes of the second core group for three brothers (14, 11 and 6), physical abuse: the "
        "11-year-old was hit with a belt, and the family are about to move to a neighbouring "
        "council on a house exchange. Numbered agenda items per child end with what was agreed "
        "and the number of the action log line it went into; the action log at the end gathers "
        "them all, grouped whole family / Tayo / Dami / Femi, each an [initials] line with When "
        "and Check lines. Most lines are sound (fortnightly visits until the transfer-in "
        "conference, records sent by a date, school checks, direct work, the asthma review). "
        "Faults: the parenting programme left for the new council 'at some point after the "
        "transfer'; the family support sessions checked by 'engagement'; 'All agencies' to report "
        "marks; the talk with Tayo about the move with no time; the school nurse's CAMHS referral "
        "with no check; a contingency of 'further concerns' and 'consider next steps' with no "
        "legal planning."
    ),
    "text": """\
RAKESBY METROPOLITAN BOROUGH COUNCIL - CHILDREN'S SERVICES
CORE GROUP MEETING - MINUTES
Children: Tayo Oyelaran (14), Dami Oyelaran (11), Femi Oyelaran (6)
Meeting: Core group 2 - Tuesday 17/02/2026, 4pm - Rakesby Family Centre, Room 3
Plan: child protection plan from the ICPC on 20/01/2026 (category: physical abuse, all three children)
================================================================================

PRESENT (initials used in these minutes and in the action log)
  SR   Sam Reid, social worker, Rakesby Children's Services (chair, minutes)
  FO   Funmi Oyelaran, Mum
  TO   Tunde Oyelaran, Dad
  CA   Colin Ashe, designated safeguarding lead, Rakesby High School (Tayo)
  PA   Patience Akande, designated safeguarding lead, Greenlane Primary (Dami, Femi)
  RK   Ruth Kaye, school nurse, Rakesby 0-19 Service
  LG   Lou Graham, family support worker, Rakesby Family Centre
APOLOGIES
  Dr Kemi Adebayo, GP, Greenlane Medical Centre (short report sent)

1. SINCE THE LAST CORE GROUP (03/02/2026)
1.1 SR has visited 3 times (1 unannounced, 11/02). Saw all three boys each
    time; Tayo and Dami seen on their own at school. House calm each visit.
1.2 TO and FO signed the written agreement at the ICPC: no physical
    punishment. TO says he has kept to it. FO agrees.
1.3 PA: on 05/02 a PE teacher saw a bruise on Dami's upper arm. Dami said he
    fell in PE; the teacher had not seen a fall. SR spoke to Dami the same
    day; he said "Dad grabbed me when I was rude, he didn't use the belt".
    Strategy discussion with police 06/02: no further police action, single
    agency follow-up.
1.4 GP report: Femi missed his asthma review in January. No other concerns.
1.5 The family have been offered a house exchange to Harlowmere (the next
    council). Move expected in the last week of March.

2. TAYO (14)
Tayo is doing well in school (attendance 97%). He is quiet at home and
protective of Dami. CA says he is worried about changing school in the
middle of Year 10 and has asked whether he can stay at Rakesby High.
AGREED: the learning mentor sessions carry on until he leaves (A7). SR to
find out what Tayo wants about the move and school (A8).

3. DAMI (11)
The bruise on 05/02 was discussed. TO said he took hold of Dami's arm
because Dami swore at his mother; he accepts this was physical and should
not have happened. Dami told RK on 10/02 that he "wishes he wasn't born"
and that "nobody listens at home". RK does not think he is at immediate
risk but wants CAMHS to see him.
AGREED: daily check-ins at school (A9); school nurse referral to CAMHS and
fortnightly nurse sessions in the meantime (A10); SR's direct work on his
safe people (A11). The family support sessions are to focus on Dami's
behaviour (A4).

4. FEMI (6)
Femi is settled at school and happy. He has asthma; his inhaler ran out
at school twice this month. He missed his January asthma review.
AGREED: FO to take Femi to a new review (A13); class teacher's morning
check-in (A12).

5. PARENTS AND THE MOVE
TO said that where he grew up children were disciplined with a belt, but
he understands this is against the law here and hurts the boys. He and FO
would like a parenting course. SR explained that the case will transfer to
Harlowmere once the family move, and that Rakesby stays responsible until
Harlowmere hold a transfer-in conference.
AGREED: written agreement stands (A2); the parenting course (A3); SR to
send the records to Harlowmere (A6); all agencies to report any mark to SR
(A5); SR's visits to continue until the transfer-in conference (A1).

6. WHAT THE CHILDREN SAY
- Tayo (seen at school 12/02): "It's better since the meeting. Dad hasn't
  used the belt. I don't want to move school, all my mates are here."
- Dami (seen at school 12/02): "Dad grabbed me but it wasn't hard. I still
  get scared when he shouts. I'd tell Mr Ashe or Tayo." He scored home 5/10.
- Femi (seen at home 11/02) drew his family in a big house with a garden:
  "that's the new house, there's a room for me". He said Mum does the best
  jollof and Dad shouts "only at Dami".

7. OUTCOMES (from the ICPC plan)
 a) Tayo, Dami and Femi are never hit, with a belt, a hand or anything else,
    by anyone at home.
 b) Dami's low mood is understood and he has someone to talk to, and he no
    longer says he wishes he wasn't born.
 c) Femi's asthma is controlled, with an in-date inhaler in school.
 d) The boys are disciplined with calm words, time-out and rewards, and
    each can tell an adult if they are hurt.

8. CONTINGENCY
If there are any further concerns about the children's safety, SR will
discuss with her team manager, and the core group will meet to consider
next steps.

9. DATES
Next core group: Tuesday 17/03/2026, 4pm, Rakesby Family Centre (every 4
weeks while the family are in Rakesby).
Transfer-in conference: Harlowmere to hold it within 15 working days of the
move. If the family have not moved by then, the review conference will be
in Rakesby on 21/04/2026, 10am, Rakesby Town Hall.

10. ACTION LOG - everything agreed above, in one place
(initials as in the present list; When = by when or how often;
Check = how we will know it has been done)

WHOLE FAMILY
A1  [SR] Visit the family at home and see each boy on his own (Tayo and
         Dami away from the house), at least 1 visit in 2 unannounced.
         When: every 2 weeks until the Harlowmere transfer-in conference,
         with a joint visit with the Harlowmere SW in the week of the move.
         Check: visit records naming each child seen alone and what he said.
A2  [TO] No physical punishment of any child, with a belt, a hand or
         anything else; use the time-out and reward plan agreed with LG.
         When: every day (written agreement signed 20/01/2026).
         Check: each boy says at SR's visits that nobody has hurt him; no
         marks seen at school.
A3  [SR] Parenting programme (Triple P Teen) for FO + TO: to be left for
         Harlowmere to arrange after the move.
         When: at some point after the transfer.
         Check: Harlowmere confirm a place on a course.
A4  [LG] 6 home sessions with FO + TO on managing Dami's behaviour without
         hitting (time-out, rewards, calm words).
         When: weekly, Wednesdays, from 18/02/2026.
         Check: engagement with sessions.
A5  [All agencies] Tell SR the same day about any mark, injury or report
         from a child of being hit.
         When: same day.
         Check: each report logged on the Rakesby case file.
A6  [SR] Send the full file and chronology to Harlowmere Children's
         Services and ask them to book the transfer-in conference.
         When: by 06/03/2026.
         Check: Harlowmere confirm receipt in writing and give the date.

TAYO
A7  [CA] Weekly sessions for Tayo with Mr Obi, learning mentor, about home,
         school and the move.
         When: Thursdays from 19/02/2026 until he leaves Rakesby High.
         Check: mentor's log with the score Tayo and Mr Obi agree for "how
         home feels" (0-10), sent to SR monthly.
A8  [SR] Talk with Tayo about the move and changing school in Year 10, and
         write down what he wants to happen.
         When: -
         Check: Tayo's views, in his own words, on file and sent to
         Harlowmere.

DAMI
A9  [PA] Check Dami in each morning, ask how things are at home, and ring
         SR the same day about any mark, injury or worry.
         When: every school day.
         Check: daily check sheet; summary emailed to SR each Friday.
A10 [RK] Refer Dami to Rakesby CAMHS about his low mood, and see him in
         school until CAMHS take him on.
         When: referral by 20/02/2026, then every 2 weeks.
         Check: -
A11 [SR] 3 direct work sessions with Dami on his "safe people" hand and
         what to do if he is hurt.
         When: all 3 by 13/03/2026.
         Check: Dami's safe-people hand on file; Dami can tell SR who he
         would go to.

FEMI
A12 [PA] Femi's class teacher, Miss Ola, to do a feelings check-in with
         Femi as he arrives.
         When: every school day.
         Check: check-in sheet sent to SR each Friday.
A13 [FO] Take Femi to a new asthma review at Greenlane Medical Centre and
         bring his new inhaler plan and inhaler into school.
         When: by 27/02/2026.
         Check: GP confirms the review to SR; inhaler plan and in-date
         inhaler in school's medical file.

Minutes by SR, 18/02/2026. Sent to everyone present, the GP, and (after the
move) Harlowmere Children's Services.
""",
    "findings": [
        F("X001", "to be left for Harlowmere to arrange after the move"),
        F("T002", "to be left for Harlowmere to arrange after the move"),
        F("M002", "6 home sessions with FO + TO on managing Dami's behaviour"),
        F("W002", "Tell SR the same day about any mark, injury"),
        F("T001", "Talk with Tayo about the move and changing school"),
        F("M001", "Refer Dami to Rakesby CAMHS about his low mood"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Review conference plan, one landscape Word table per outcome, each with
#    its own header row, banner rows saying which child the rows below are
#    for, one Who cell merged down two rows, and a last column holding
#    several dated steps in one cell. Printed to PDF with header and
#    footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
_RAV_HEAD = ["What will happen", "Who", "How we'll know", "Steps and dates"]
_RAV_W = [8.2, 4.6, 6.5, 6.4]

PLANS.append({
    "name": "b163_ravelstoke_rcpc_table_per_outcome_dated_steps_cell_achterberg.pdf",
    "doc_title": "Review Child Protection Plan - Mia, Jack and Lily Hilliard",
    "split": "heldout",
    "actions": 14,
    "landscape": True,
    "font_size": 9.5,
    "check_vmerge": 1,
    "min_pages": 3,
    "header": "OFFICIAL-SENSITIVE – Ravelstoke County Council – Review Child Protection Plan",
    "footer": "Mia, Jack and Lily Hilliard – plan agreed at the review conference on 10/02/2026 – "
              "Page {PAGE} of {NUMPAGES}",
    "template": "rcpc-plan-word-printed-to-pdf-landscape-header-footer-kv-progress-since-icpc-worries-going-well-parents-and-childrens-views-then-one-table-per-outcome-own-header-row-for-child-banner-rows-who-merged-down-two-rows-last-column-several-dated-steps-in-one-cell-contingency-meetings",
    "description": (
        "Exemplary first review conference plan for a 12-year-old, an 8-year-old and a 3-year-old: "
        "their father took an overdose in October with the children at home and is under the "
        "community mental health team; their mother drinks wine in the evenings. A landscape Word "
        "plan printed to PDF with header and footer on every page: progress since the initial "
        "conference, worries, what is going well, the parents' and children's views, then one "
        "table per outcome, each with its own header row, banner rows saying which child the rows "
        "below are for, a Who cell merged down two rows for the care coordinator, and a last "
        "column holding several dated steps in one cell. The mental health team reports on "
        "capacity to change and its timescale, the alcohol service reports on change, the "
        "grandparents' part has a fallback, legal planning follows named triggers, and core group "
        "and review dates are set."
    ),
    "blocks": [
        ("title", "Review Child Protection Plan"),
        ("p", "Ravelstoke County Council · Children's Social Care · Review child protection conference, "
              "10/02/2026, Ravelstoke Shire Hall"),
        ("kv", [
            ("Children", "Mia Hilliard (born 04/06/2013, 12), Ravelstoke Academy; Jack Hilliard (born "
                         "22/01/2018, 8), Ravelstoke Church Primary; Lily Hilliard (born 09/11/2022, 3), Harebell "
                         "Nursery"),
            ("Parents", "Sanne Achterberg (38) and Rob Hilliard (41), 12 Mallard Way, Ravelstoke RV2 9EN"),
            ("Paternal grandparents", "Pat and Derek Hilliard, 4 Linnet Close, Ravelstoke (a mile away)"),
            ("Category", "Neglect and emotional abuse (all three children), since the initial conference on "
                         "11/11/2025"),
            ("Decision today", "The children remain subject to child protection plans"),
            ("Chair", "Beverley Shaw, independent reviewing officer"),
            ("Social worker", "Amira Haddad (team manager: Jon Sayer)"),
        ]),
        ("h1", "Progress since the initial conference"),
        ("bullets", [
            "Rob has been seen by the Ravelstoke Community Mental Health Team every two weeks since November "
            "and has taken his medication. There has been no further crisis since his overdose on 12/10/2025.",
            "Sanne has been to 11 of 12 sessions at Ravelstoke Alcohol Service. Nine of her eleven breath tests "
            "read zero; two over Christmas did not.",
            "Mia's attendance has risen from 84% to 91%. Jack has settled at school. Lily started at nursery "
            "two days a week in January.",
        ]),
        ("h1", "What still worries us"),
        ("p", "On 27/12/2025 Amira found Sanne had been drinking at 7pm while she was the only adult at home; Mia "
              "had bathed Lily and put her to bed. Rob's care coordinator says he is better but still fragile, "
              "and his crisis plan has not yet been shared with Sanne or his parents. Lily's two-year review has "
              "still not been done, and nursery think her speech is behind."),
        ("h1", "What is going well"),
        ("p", "Both parents have kept to every appointment with adult services since November. Rob talks openly "
              "about his low mood. Pat and Derek have Lily on Tuesdays and Thursdays and the children every Sunday, "
              "and have never let the family down. The children are warm, well dressed and fed at every visit."),
        ("h1", "What the parents say"),
        ("p", "Sanne: “I know Christmas was a slip. I don't want Mia doing my job. I've poured the wine away and "
              "I want the tests to prove it.” Rob: “I never want the kids to find me like that again. I'm "
              "taking the tablets and I ring Kirsty when it gets bad.”"),
        ("h1", "What the children say"),
        ("p", "Mia (seen on her own at school, 04/02/2026): “It's better than before. I still check Mum's glass. "
              "At Christmas I had to do Lily's bath again. I'd like to just be at school and not worry.” She "
              "scored home 6 out of 10 (3 in November)."),
        ("p", "Jack (seen on his own at home, 05/02/2026) said his worry is “Dad going to hospital again”. He "
              "likes Sunday dinners at Nan and Grandad's and his football club. He scored home 7 out of 10."),
        ("p", "Lily (seen at nursery, 03/02/2026, and at home) ran to her key worker at the door and played with "
              "the farm set, naming the animals in two-word phrases. At home she went to Mia, not to her mum, "
              "when she fell over."),
        ("h1", "The plan"),
        ("p", "There is one table for each outcome. A shaded row says which child the rows under it are for. The "
              "last column gives each step of an action with its own date."),
        ("pagebreak",),
        ("h2", "Outcome 1 – Every evening and night the children are cared for by a sober adult, and Mia no "
               "longer bathes Lily or puts her to bed"),
        ("table", {
            "header": _RAV_HEAD,
            "widths": _RAV_W,
            "rows": [
                ["For all three children", H, H, H],
                ["Key-work with Sanne, with a breath test at each session, and a written report on whether her "
                 "drinking has changed enough for her to care for the children on her own, and how long that is "
                 "likely to take",
                 "Chris Dowd, alcohol worker, Ravelstoke Alcohol Service",
                 "Chris's report on Amira's file before each core group, with every breath test result",
                 "• Every Tuesday at 10am from 17/02/2026\n• First report by 06/03/2026\n• Then a report two "
                 "working days before each core group"],
                ["Go to every Tuesday session, and drink no alcohol at home or at any time she is caring for the "
                 "children",
                 "Sanne Achterberg",
                 "The attendance record shows every session kept; every breath test at sessions and on Amira's "
                 "visits reads zero",
                 "• Every Tuesday from 17/02/2026\n• No alcohol at home, every day from 10/02/2026"],
                ["Visit the home, see all three children and talk to Mia and Jack on their own; at least one "
                 "visit in two after 6pm and unannounced, with a breath test for Sanne",
                 "Amira Haddad, social worker",
                 "A visit record for every visit, with the breath test result and what the children were doing "
                 "and said",
                 "• Weekly from 11/02/2026\n• Until the review conference on 28/07/2026"],
                ["For Mia", H, H, H],
                ["Six one-to-one sessions with Mia on living with a parent who drinks, using the Hidden Harm "
                 "workbook",
                 "Jo Finch, young carers worker, Ravelstoke Young Carers",
                 "Mia's finished workbook, and Jo's summary of what Mia said, shared with Amira",
                 "• First session by 27/02/2026\n• Then every two weeks, six sessions in all\n• Summary to Amira "
                 "by 22/05/2026"],
            ],
        }),
        ("h2", "Outcome 2 – The children are never left in the care of a parent in crisis, and Mia and Jack know "
               "what to do and who to ring if Dad or Mum is unwell"),
        ("table", {
            "header": _RAV_HEAD,
            "widths": _RAV_W,
            "rows": [
                ["For all three children", H, H, H],
                ["See Rob at home, keep his crisis plan up to date and share it with Sanne, Pat and Derek and "
                 "Amira, and report to each core group on the changes Rob is making and whether they are enough "
                 "for the children to be safe in his care",
                 "Kirsty Vale, care coordinator, Ravelstoke Community Mental Health Team",
                 "Crisis plan on Amira's file; Kirsty's written report before each core group on Rob's progress and "
                 "what it means for the children",
                 "• Every two weeks from 12/02/2026\n• Crisis plan updated and shared by 27/02/2026\n• Report "
                 "before each core group"],
                ["Arrange Rob's medication review with Dr Neil Oduya, consultant psychiatrist, and send Amira the "
                 "team's written opinion on whether Rob can make and keep the changes the children need, and the "
                 "likely timescale",
                 V,
                 "Written opinion on Amira's file and shared at the core group on 24/03/2026",
                 "• Medication review by 06/03/2026\n• Written opinion by 20/03/2026"],
                ["Take his medication as prescribed, keep his crisis plan by the phone, and ring the crisis line "
                 "or Kirsty if he has thoughts of harming himself",
                 "Rob Hilliard",
                 "Kirsty's tablet count at her visits matches the prescription; any crisis call confirmed to "
                 "Amira by the crisis team",
                 "• Every day from 10/02/2026"],
                ["For Mia and Jack", H, H, H],
                ["Direct work with Mia and Jack, each on their own, on what to do if Dad or Mum is unwell, ending "
                 "with a card of who to ring",
                 "Amira Haddad, social worker",
                 "Each child's card on file; Mia and Jack can each tell Amira what they would do",
                 "• Mia: two sessions by 13/03/2026\n• Jack: two sessions by 13/03/2026"],
                ["For Jack", H, H, H],
                ["Weekly sessions with the school's ELSA about his worries at home",
                 "Mrs Claire Penrose, ELSA, Ravelstoke Church Primary",
                 "The ELSA log, with the worry thermometer score Jack and Mrs Penrose agree at each session, sent "
                 "to Amira each half term",
                 "• Weekly from 23/02/2026\n• Eight sessions, the last by 01/05/2026"],
            ],
        }),
        ("pagebreak",),
        ("h2", "Outcome 3 – Lily goes to nursery three days a week, her talking and toilet training come on, and "
               "she is seen by someone outside the family every weekday"),
        ("table", {
            "header": _RAV_HEAD,
            "widths": _RAV_W,
            "rows": [
                ["For Lily", H, H, H],
                ["Give Lily a place on Mondays, Wednesdays and Fridays, write down how she arrives and anything "
                 "that worries staff, and ring Amira the same day about any worry",
                 "Sam Kerr, manager, Harebell Nursery",
                 "Daily record and register sent to Amira every Friday; Lily at 90% or more of her sessions",
                 "• Every Monday, Wednesday and Friday from 16/02/2026"],
                ["Complete Lily's overdue two-year review with an Ages and Stages check, and refer her to speech "
                 "and language therapy if she is below the cut-off",
                 "Helen Tuck, health visitor, Ravelstoke 0–19 Service",
                 "ASQ scores and any referral letter shared with Amira",
                 "• Review by 06/03/2026\n• Any referral within a week of the review"],
                ["Care for Lily at 4 Linnet Close on Tuesdays and Thursdays",
                 "Pat and Derek Hilliard (paternal grandparents)",
                 "Pat texts Amira when Lily arrives and when she goes home; Amira sees Lily there on one visit a "
                 "month",
                 "• Every Tuesday and Thursday, 8.30am to 5.30pm, from 17/02/2026"],
            ],
        }),
        ("h2", "Outcome 4 – Mia and Jack are in school every day and on time, and Mia's attendance is back above "
               "95%"),
        ("table", {
            "header": _RAV_HEAD,
            "widths": _RAV_W,
            "rows": [
                ["For Mia", H, H, H],
                ["Ring home by 9.30am on any day Mia is absent, tell Amira the same day, and meet Mia each week to "
                 "go through her attendance",
                 "Mr Rhys Evans, attendance officer, Ravelstoke Academy",
                 "Attendance emailed to Amira every Friday; Mia at 95% or above by the review conference",
                 "• Every school day from 11/02/2026\n• Weekly meeting with Mia, Mondays"],
                ["For Jack", H, H, H],
                ["Check Jack in each morning, and ring Amira the same day if he is late, absent, hungry or upset",
                 "Mrs Ann Blake, designated safeguarding lead, Ravelstoke Church Primary",
                 "Daily check sheet; summary to Amira every Friday",
                 "• Every school day from 11/02/2026"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Sanne has been drinking while she is caring for the children, or a breath test on a visit is not "
            "zero, Amira (or the Emergency Duty Team out of hours) will arrange for the children to go to Pat and "
            "Derek's that night, unless Rob is well and at home to care for them.",
            "If Rob shows the warning signs in his crisis plan (not sleeping, talking about ending his life, "
            "stopping his tablets), whoever notices will ring Kirsty, or the crisis team out of hours, that day. "
            "He will not care for the children on his own until the crisis team have seen him, and the children "
            "will stay with Sanne if she is sober, or with Pat and Derek.",
            "If Pat and Derek cannot have Lily or the children (they are ill, away or feel they cannot go on), "
            "they will tell Amira that day. Harebell Nursery will take Lily on Tuesdays and Thursdays as well "
            "from the following week, and if the children need somewhere to stay that night, Amira will "
            "arrange a Ravelstoke foster placement the same day, keeping the three together.",
            "If Sanne has two more breath tests that are not zero, or is found drunk in charge of the children, "
            "or Rob has another overdose, or Chris Dowd or the mental health team say change is unlikely in the "
            "children's timescale, Amira will ask Jon Sayer for a legal planning meeting within five working "
            "days to decide whether to start the Public Law Outline.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 4pm at Ravelstoke Family Hub: 24/02/2026, 24/03/2026, "
            "21/04/2026, 19/05/2026, 16/06/2026 and 14/07/2026.",
            "Next review child protection conference: 28/07/2026, 10am, Ravelstoke Shire Hall.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Long initial conference plan for five children, one landscape table
#    with two levels of banner rows: a child banner (WHOLE FAMILY, MEGAN
#    (15) ...) and under it "Responsible: X" banners that own every row
#    below them until the next one. 26 actions. (docx)
# ---------------------------------------------------------------------------
def _rw(text):
    return [text, H, H, H]


PLANS.append({
    "name": "b163_ruthwick_long_plan_child_banners_responsible_subbanners_mcgarrigle.docx",
    "doc_title": "Child Protection Plan - McGarrigle and Breen children",
    "split": "heldout",
    "actions": 26,
    "landscape": True,
    "font_size": 9.5,
    "template": "icpc-long-plan-docx-landscape-five-children-kv-and-children-table-worries-going-well-each-childs-words-numbered-outcomes-then-one-no-what-when-how-table-with-two-banner-levels-child-banner-then-responsible-sub-banners-owning-rows-below-contingency-meetings",
    "description": (
        "Long initial conference plan (26 actions) for five children aged 15 to 2, neglect: their "
        "mother has depression under the community mental health team, her partner uses cocaine "
        "and drinks at weekends, the eldest is a young carer and the 12-year-old has been "
        "shoplifting with older boys; their grandad helps. One landscape table with two banner "
        "levels: a row per child (WHOLE FAMILY, MEGAN (15) ...), then 'Responsible: X' rows that "
        "own every row below them until the next one, unless a row names someone else. Most rows "
        "are sound (weekly visits, section 17 money, the psychiatrist's capacity report, the drug "
        "service's report, schools, youth justice, paediatrics, health visitor). Faults: the "
        "care coordinator's monthly support visits only; home conditions measured by "
        "'improvement'; grandad's afternoons 'as often as he can'; an 'All agencies' banner; the "
        "dental appointments with no measure; the nursery place under 'Responsible: to be agreed "
        "at the first core group'; the parents' speech activities with no time; an outcome about "
        "the mother alone; and no fallback if grandad cannot help."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Ruthwick City Council · Children's Services · Initial Child Protection Conference, 03/02/2026, "
              "Ruthwick Guildhall"),
        ("kv", [
            ("Address", "27 Foundry Road, Ruthwick RT5 1HS (three-bedroom council house)"),
            ("Mother", "Siobhan McGarrigle (37)"),
            ("Mother's partner", "Liam Breen (35), father of Daniel and Niamh, lives at home"),
            ("Father of Megan, Conor and Aoife", "Sean McGarrigle, lives in Glasgow, no contact since 2021"),
            ("Maternal grandfather", "Frank McGarrigle (66), 7 Brook Lane, Ruthwick (five minutes' walk)"),
            ("Category", "Neglect (all five children)"),
            ("Chair", "Rachel Osei, independent chair"),
            ("Social worker", "Gemma Doyle, Ruthwick Children's Services (team manager: Paul Rigby)"),
        ]),
        ("table", {
            "header": ["Child", "Born", "School or nursery"],
            "widths": [7.0, 6.0, 12.7],
            "rows": [
                ["Megan McGarrigle", "14/03/2010 (15)", "Ruthwick Academy, Year 11"],
                ["Conor McGarrigle", "02/08/2013 (12)", "Ruthwick Academy, Year 8"],
                ["Aoife McGarrigle", "25/10/2016 (9)", "St Columba's Primary, Year 5"],
                ["Daniel Breen", "11/06/2019 (6)", "St Columba's Primary, Year 2"],
                ["Niamh Breen", "30/09/2023 (2)", "At home"],
            ],
        }),
        ("h1", "Why the children have a plan"),
        ("p", "Siobhan has had depression since 2019 and is under the Ruthwick Community Mental Health Team. Since "
              "the autumn she has spent most days in bed. Liam works long shifts in the week and uses cocaine and "
              "drinks heavily at weekends; police were called to a loud argument on 11/01/2026 and found Liam "
              "under the influence with the children in the house. Megan has been doing the school runs, the "
              "cooking and most of Niamh's care; her attendance has fallen to 71%."),
        ("p", "The house is dirty and overcrowded: Conor and Daniel share a single mattress on the floor, and "
              "there was dog mess in the kitchen on two visits. Aoife has had head lice since September and needs "
              "fillings. Niamh has missed her 12-month and 18-month immunisations and her two-year review, and is "
              "saying very few words. Conor was arrested for shoplifting with older boys in December and has been "
              "excluded from school twice. Daniel is waiting for an ADHD assessment."),
        ("h1", "What is going well"),
        ("bullets", [
            "Siobhan and Liam both came to the conference and agreed with most of what was said. Siobhan "
            "said: “I know the kids have been carrying me.”",
            "Liam has asked for help with his drug use himself and has an appointment at the Ruthwick Drug and "
            "Alcohol Service (RDAS) on 13/02/2026.",
            "Frank sees the children most days and has done the Friday school run since Christmas.",
            "The children are close and loyal to each other; Megan is a loving big sister.",
        ]),
        ("h1", "What the children say and how they are"),
        ("p", "Megan (seen on her own, 28/01/2026): “I don't mind helping but I'm doing my GCSEs and I'm always "
              "behind. If I don't do it nobody does. I want Mum to get better and I want a lock on my door.”"),
        ("p", "Conor (seen on his own, 29/01/2026): “It's boring at home and there's no space. The lads I hang "
              "about with are older. I didn't want to nick stuff.” He said he would like to play football again."),
        ("p", "Aoife (seen at school, 29/01/2026): “My head's always itchy and my tooth hurts. I like school "
              "dinners.” She drew her bedroom with “the mess” in a big scribble."),
        ("p", "Daniel (seen at school, 29/01/2026) would not sit still to talk but said his favourite thing is "
              "“Grandad's dog” and that Megan makes his tea."),
        ("p", "Niamh (seen at home, 30/01/2026) was in her cot at 11am in a full nappy, with a bottle of cold milk. "
              "She brightened and reached out when Megan came home, said “Meg” and “more”, and walked to her. She "
              "did not go to Siobhan."),
        ("h1", "What we want to be different"),
        ("numbers", [
            "All five children live in a clean, warm home where each has their own bed and there is food "
            "every day.",
            "Megan goes to school every day and is no longer the one caring for Daniel and Niamh.",
            "Conor is safe when he is out, is kept away from the older boys, and stays out of trouble with the "
            "police.",
            "Aoife is clean and free of head lice, and her teeth are treated.",
            "Daniel gets help with his behaviour at home and at school.",
            "Niamh is up to date with her immunisations, is fed and changed on time, and her talking catches up.",
            "The children are never cared for by an adult who is under the influence of cocaine or alcohol.",
            "Siobhan's depression is under control and she takes her medication every day.",
        ]),
        ("h1", "The plan"),
        ("p", "The table is grouped by child. A row in capitals names the child; a row beginning “Responsible:” "
              "names who does every row under it, until the next “Responsible:” row, unless the row itself names "
              "someone else."),
        ("table", {
            "header": ["No.", "What will happen", "When", "How we will know"],
            "widths": [1.2, 11.5, 5.5, 7.5],
            "rows": [
                _rw("WHOLE FAMILY"),
                _rw("Responsible: Gemma Doyle, social worker, Ruthwick Children's Services"),
                ["1",
                 "Visit the family at home and see all five children, talking to Megan, Conor and Aoife on their "
                 "own; at least one visit in three unannounced and one in three after 5pm",
                 "Weekly from 04/02/2026 until the review conference",
                 "A visit record for every visit naming each child seen, with what the older three said"],
                ["2",
                 "Apply for section 17 money for two sets of bunk beds, bedding and a washing machine",
                 "Application by 13/02/2026",
                 "Beds, bedding and the washing machine seen in place at a home visit by 13/03/2026"],
                ["3",
                 "Hold a family network meeting with Siobhan, Liam, Frank and Siobhan's cousin Orla to agree who "
                 "can help with mornings, after school and in an emergency",
                 "By 27/02/2026",
                 "A written network plan signed by those who came, shared at the core group on 17/03/2026"],
                _rw("Responsible: Ruthwick Community Mental Health Team (Bernie Walsh, care coordinator)"),
                ["4",
                 "Continue monthly support visits with Siobhan for her mood and her medication",
                 "Monthly",
                 "CPA review notes sent to Gemma after each visit"],
                ["5",
                 "Dr Anil Sethi, consultant psychiatrist, to review Siobhan and write a report on whether she can "
                 "make the changes the children need, and the likely timescale",
                 "Review by 06/03/2026; report by 13/03/2026",
                 "Report on Gemma's file and shared at the core group on 17/03/2026"],
                _rw("Responsible: Ruthwick Drug and Alcohol Service (Kyle Dunn, recovery worker)"),
                ["6",
                 "Assess Liam's cocaine and alcohol use, then weekly key-work with a urine screen at each session, "
                 "and a written report on whether he has stopped using when the children are in his care",
                 "Assessment on 13/02/2026; key-work weekly from then; report before each core group",
                 "Screen results and Kyle's report on Gemma's file before each core group"],
                _rw("Responsible: Siobhan McGarrigle and Liam Breen"),
                ["7",
                 "Liam to go to every RDAS session, and use no cocaine or alcohol at home or at any time he is "
                 "caring for the children",
                 "Weekly sessions from 13/02/2026; no use at home, every day",
                 "RDAS attendance record shows every session kept; every urine screen negative"],
                ["8",
                 "Keep the kitchen and bathroom clean, empty the bins and clear up after the dog",
                 "Every day from 04/02/2026",
                 "Improvement in home conditions"],
                _rw("Responsible: Frank McGarrigle (Grandad)"),
                ["9",
                 "Walk Aoife and Daniel to St Columba's on Mondays, Wednesdays and Fridays",
                 "Every Monday, Wednesday and Friday in term time from 09/02/2026",
                 "School registers show both in by 8.50am on those days"],
                ["10",
                 "Have Daniel and Niamh after school so that Megan does not have to look after them",
                 "As often as he can",
                 "Megan tells Gemma at her visits which afternoons she was free"],
                _rw("Responsible: All agencies"),
                ["11",
                 "Share any worry about any of the children with Gemma the same day",
                 "Same day",
                 "Each worry logged on the case file"],
                _rw("MEGAN (15)"),
                _rw("Responsible: Ruthwick Academy (Mr Ewan Holt, designated safeguarding lead)"),
                ["12",
                 "Ring home by 9.30am on any day Megan is absent, tell Gemma the same day, and give Megan a place "
                 "in the morning homework club",
                 "Every school day from 04/02/2026",
                 "Attendance emailed to Gemma every Friday; Megan's attendance up from 71% to 90% or more by the "
                 "review conference"],
                ["13",
                 "Weekly session with the school's young carers lead, Miss Tara Boyle, so that Megan can talk "
                 "about home and catch up on missed work",
                 "Every Tuesday from 10/02/2026",
                 "Session log, listing the missed work Megan has caught up, sent to Gemma monthly"],
                _rw("Responsible: Gemma Doyle, social worker"),
                ["14",
                 "Young carer's assessment with Megan, writing down what she does at home and what should stop",
                 "By 06/03/2026",
                 "Assessment shared with Megan and at the core group on 17/03/2026; Megan's caring hours written "
                 "down at each visit after that, and falling"],
                _rw("CONOR (12)"),
                _rw("Responsible: Ruthwick Academy (Mr Ewan Holt, designated safeguarding lead)"),
                ["15",
                 "Weekly mentor sessions for Conor with Mr Dev Patel, learning mentor, about school, home and the "
                 "older boys he has been spending time with",
                 "Every Thursday from 12/02/2026",
                 "Mentor log sent to Gemma monthly; no further exclusion this term"],
                _rw("Responsible: Ruthwick Youth Justice Service (Aaron Price, case worker)"),
                ["16",
                 "Eight sessions with Conor as part of his out-of-court outcome for the shoplifting in December",
                 "Weekly from 16/02/2026, eight sessions",
                 "Sessions recorded and reported to Gemma; no further offence recorded"],
                _rw("Responsible: Gemma Doyle, social worker"),
                ["17",
                 "Four direct work sessions with Conor on who he spends time with, ending with his own safety plan "
                 "for when he is out",
                 "All four by 20/03/2026",
                 "Conor's safety plan, in his words, on file and shared at the core group"],
                _rw("AOIFE (9)"),
                _rw("Responsible: St Columba's Primary (Mrs Anne Quinn, designated safeguarding lead)"),
                ["18",
                 "Check Aoife each morning for hunger, clean clothes and head lice, give her a breakfast club place, "
                 "and ring Gemma the same day about any worry",
                 "Every school day from 04/02/2026",
                 "Daily check sheet and breakfast club register sent to Gemma every Friday"],
                _rw("Responsible: Siobhan McGarrigle"),
                ["19",
                 "Take Aoife to Castle Street Dental for a check-up and the fillings she needs",
                 "First appointment by 27/02/2026, then every appointment the dentist books",
                 ""],
                _rw("DANIEL (6)"),
                _rw("Responsible: St Columba's Primary (Mrs Anne Quinn, designated safeguarding lead)"),
                ["20",
                 "Keep a daily log of Daniel's behaviour, meals and mood, and put his support plan in place in "
                 "class",
                 "Log every school day from 04/02/2026; support plan by 20/02/2026",
                 "Daily log sent to Gemma weekly; support plan on file"],
                _rw("Responsible: Ruthwick Community Paediatrics (Dr Helen Moy, community paediatrician)"),
                ["21",
                 "Complete Daniel's ADHD assessment, using the school's log, and send the outcome to Gemma and the "
                 "school",
                 "Appointment on 24/03/2026; outcome letter within two weeks of it",
                 "Outcome letter on Gemma's file and shared at the core group"],
                _rw("NIAMH (2)"),
                _rw("Responsible: Ruthwick 0–19 Service (Sally Burke, health visitor)"),
                ["22",
                 "Book Niamh's missed immunisations at the surgery and remind Siobhan the day before each one",
                 "Booked by 20/02/2026; all given by 31/03/2026",
                 "Red book and GP record show the immunisations given"],
                ["23",
                 "Complete Niamh's two-year review with an Ages and Stages check, and refer her to speech and "
                 "language therapy",
                 "By 06/03/2026",
                 "ASQ scores and the referral letter shared with Gemma"],
                ["24",
                 "Weigh Niamh and check her meals, sleep and nappy area at home",
                 "Every two weeks from 11/02/2026",
                 "Weights in the red book on or above her centile; visit notes sent to Gemma"],
                _rw("Responsible: to be agreed at the first core group"),
                ["25",
                 "Find Niamh a funded two-year-old nursery place, 15 hours a week",
                 "Place to start by 13/04/2026",
                 "Niamh's start date and her nursery register on file"],
                _rw("Responsible: Siobhan McGarrigle and Liam Breen"),
                ["26",
                 "Do the speech and language activities the therapist gives with Niamh, and look at picture books "
                 "with her",
                 "",
                 "The therapist's notes show the activities practised and Niamh's new words counted at each "
                 "appointment"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("bullets", [
            "If Siobhan tells anyone she is thinking of ending her life, or cannot get up to care for Daniel and "
            "Niamh, and Liam is at work or not sober, Gemma (or the Emergency Duty Team out of hours) will arrange "
            "for the younger children to stay with Frank at 7 Brook Lane that night, and ask the CMHT crisis team "
            "to see Siobhan the same day.",
            "If Liam is under the influence of cocaine or alcohol while caring for the children, or drugs are "
            "found in the house, he will leave that day and stay with his mother at 52 Canal Street, and Gemma "
            "will hold a strategy discussion with Ruthwick Police the same day.",
            "If Conor is missing after 10pm, Siobhan or Frank will report him missing to the police, and the "
            "Youth Justice Service will do a return interview within 72 hours of his return.",
            "If Niamh's immunisations are not all given by 31/03/2026, or Liam has two positive screens, or "
            "Megan's attendance is still below 80% at the core group on 14/04/2026, Gemma will ask Paul Rigby for "
            "a legal planning meeting within five working days.",
        ]),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 3.30pm at Ruthwick Family Hub: 17/02/2026, 17/03/2026 and "
            "14/04/2026.",
            "Review child protection conference: 28/04/2026, 10am, Ruthwick Guildhall.",
        ]),
    ],
    "findings": [
        F("H001", "Continue monthly support visits with Siobhan for her mood"),
        F("M002", "Keep the kitchen and bathroom clean, empty the bins"),
        F("T002", "Have Daniel and Niamh after school so that Megan"),
        F("W002", "Share any worry about any of the children with Gemma"),
        F("M001", "Take Aoife to Castle Street Dental for a check-up"),
        F("W002", "Find Niamh a funded two-year-old nursery place"),
        F("T001", "Do the speech and language activities the therapist gives"),
        F("F002", "Siobhan's depression is under control and she takes her medication every day"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Pre-birth and siblings plan built as a goal tree: a family goal, then
#    goals A to D (the home, each child, the baby), each with a goal lead
#    and a date, then bold steps with Who / When / How we'll know lines and
#    lettered detail lines under some steps. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b163_rindhurst_prebirth_goal_tree_family_goal_child_goals_steps_trevenna.md",
    "split": "heldout",
    "actions": 17,
    "template": "icpc-prebirth-and-siblings-md-details-table-worries-going-well-each-childs-words-then-goal-tree-family-goal-then-goals-a-to-d-with-italic-goal-lead-and-date-line-then-bold-steps-with-who-when-how-well-know-lines-and-lettered-detail-sub-lines-if-things-go-wrong-meetings",
    "description": (
        "Exemplary initial conference plan for a 5-year-old, a 2-year-old and an unborn baby, "
        "neglect: the 2-year-old's weight has fallen, the 5-year-old needs dental treatment under "
        "anaesthetic, their father smokes cannabis daily and their mother has a mild learning "
        "disability; the paternal grandmother does two bath evenings a week. Markdown goal tree: "
        "a family goal, then goals A to D (the home, Harry, Poppy, the baby), each with a goal "
        "lead and a date, then bold steps with Who / When / How we'll know lines, and lettered "
        "detail lines under some steps that belong to the step. The drug service reports on "
        "change and the adult learning disability team owns a step; the grandmother's evenings "
        "have a fallback; legal planning follows named triggers; core group and review dates are "
        "set; the children's words and days are recorded."
    ),
    "text": """\
# Rindhurst Council · Children and Families Service

## Child protection plan for Harry, Poppy and the baby

| | |
|---|---|
| **Children** | Harry Trevenna, 5 (born 17/07/2020), Reception at Polwyn Primary · Poppy Trevenna, 2 (born 04/12/2023) · unborn baby, due 22/03/2026 |
| **Parents** | Demelza Pengelly (24) and Jory Trevenna (27), 5 Wheal Rose, Rindhurst RN7 4PL |
| **Nan** | Morwenna Trevenna, Jory's mum, 14 Polglaze Terrace (ten minutes' walk) |
| **Conference** | Initial child protection conference, 29/01/2026 (Chair: Imogen Tate) |
| **Category** | Neglect (Harry, Poppy and the unborn baby) |
| **Social worker** | Kerensa Hosking (team manager: Alan Jeffery) |

## Why there is a plan

Poppy's weight has dropped from the 25th centile to just below the 2nd since the summer. On visits there
has been little food in the house that Poppy can eat, and she has been given crisps and squash for
breakfast. Harry has eight decayed teeth and needs treatment under a general anaesthetic; he has missed
three dental appointments and has been in pain at school. Jory smokes cannabis every day, often in the
house; the flat smelt of it on four of six visits, and on 14/01/2026 Harry brought a grinder into school
in his bag.

Demelza has a mild learning disability. She loves the children and wants to do things right, but she
finds written information hard and was unsure how much food Poppy needs. The baby is due on 22/03/2026,
and there is no Moses basket or cot yet.

## What is going well

- Demelza and Jory came to the conference, listened, and agreed to every part of this plan.
- Demelza has been to every antenatal appointment.
- Morwenna has bathed the children and put them to bed two evenings a week since November.
- Harry is happy at school and has good friends. Poppy is a smiley, sociable little girl.

## What the children tell us and what we see

**Harry (5)**, seen at school on his own, 22/01/2026: "My teeth hurt when I eat. Daddy's smoke is
stinky, it makes me cough. I like Nan's bath nights because we have bubbles." He said he is excited
about the baby and wants to "help with the bottles".

**Poppy (2)**, seen at home, 20/01/2026: Poppy was in her high chair at 12.30pm with a bag of crisps.
She ate a banana Kerensa offered very quickly and reached for more. She laughed when Harry came in from
school and followed him around. She had a heavy nappy and sore skin.

**The baby**: Demelza is 31 weeks pregnant. She says the baby kicks most when Harry sings to her bump.

## How this plan is built

This plan is a tree. At the top is the goal for the whole family. Under it are four goals: one for the
home (A) and one each for Harry (B), Poppy (C) and the baby (D). Each goal has a goal lead, who checks
that its steps happen and reports on it at every core group, and a date by which it should be met. Under
each goal are its steps. Every step says who does it, when, and how we'll know. Lettered lines (a, b)
under a step are details of that step, not separate steps.

## The plan

### Family goal

Harry, Poppy and the new baby live safely at home with Mum and Dad: fed well, clean and warm, taken to
every health appointment, and never around cannabis.

### Goal A – a safe, clean home without cannabis

*Goal lead: Kerensa Hosking, social worker · to be met by the review conference on 23/04/2026*

**A1. Visit the family at home, and see Harry and Poppy every time.**
- Who: Kerensa Hosking, social worker
- When: weekly from 02/02/2026, at least one visit in three unannounced
- How we'll know: a visit record for every visit, saying what Harry and Poppy were doing, what they had
  eaten and what the kitchen and bedrooms were like
  - a) talk to Harry on his own at least once a fortnight
  - b) from 36 weeks, check the baby's sleeping place and feeding things

**A2. Key-work with Jory on his cannabis use, with a urine screen at each session, and a written report
to each core group on whether he has stopped using at home and around the children.**
- Who: Tom Bray, recovery worker, Rindhurst Drug and Alcohol Service
- When: every Thursday from 05/02/2026; report two working days before each core group
- How we'll know: screen results and Tom's report on Kerensa's file before each core group

**A3. Go to every Thursday session, give a screen each time, and keep no cannabis in the house, the car
or the shed.**
- Who: Jory Trevenna
- When: every Thursday from 05/02/2026; no cannabis at home, every day
- How we'll know: the attendance record shows every session kept; screen levels lower at each test and
  negative by the review conference

**A4. Ten home sessions with Demelza and Jory on a daily routine, cleaning, and cooking simple meals,
using picture cards and a chart on the fridge.**
- Who: Lowenna Pascoe, family support worker, Rindhurst Family Hub
- When: Tuesdays at 10am, 03/02/2026 to 07/04/2026
- How we'll know: Lowenna's session notes; the fridge chart filled in; the kitchen and bathroom clean
  on Kerensa's visits, scored on the home conditions scale each time

**A5. A parenting assessment adapted for Demelza's learning disability (PAMS), with Demelza and Jory.**
- Who: Sian Treloar, independent PAMS assessor (commissioned by Kerensa)
- When: sessions from 09/02/2026; report by 27/03/2026
- How we'll know: a written report with recommendations, given to Demelza in easy read and shared at the
  core group on 07/04/2026

**A6. Go through this plan with Demelza in easy read, and teach her to use the picture guides to Poppy's
meals and the baby's feeds.**
- Who: Nerys Cole, community nurse, Rindhurst Community Learning Disability Team
- When: every two weeks from 04/02/2026 until the baby is 12 weeks old
- How we'll know: Nerys's notes to Kerensa after each visit; Demelza can explain each part of the plan to
  Kerensa and makes up a bottle correctly while Nerys watches

**A7. Bath Harry and Poppy and put them to bed at 5 Wheal Rose on Tuesday and Thursday evenings.**
- Who: Morwenna Trevenna (Nan)
- When: every Tuesday and Thursday, 6pm to 7.30pm, from 03/02/2026
- How we'll know: Morwenna writes each evening in the family diary, which Kerensa reads at her visits;
  Harry and Poppy arrive clean at school and nursery the next day

### Goal B – Harry's teeth are treated, and he is at school every day without pain

*Goal lead: Mrs Tamsin Rowe, designated safeguarding lead, Polwyn Primary · to be met by 23/04/2026*

**B1. Take Harry to every appointment at the Rindhurst Community Dental Service, including his treatment
under general anaesthetic.**
- Who: Demelza and Jory
- When: first appointment 11/02/2026, then every appointment the dental service books; treatment done by
  31/03/2026
- How we'll know: the dental service's letters to Kerensa show every appointment kept and the treatment
  done
  - a) brush Harry's teeth twice a day with the toothpaste the dentist gives
  - b) no sweet drinks at bedtime

**B2. Check Harry in each morning, and ring Kerensa the same day if he is absent, late, hungry or in
pain.**
- Who: Mrs Tamsin Rowe
- When: every school day from 30/01/2026
- How we'll know: attendance and calls logged, with a summary to Kerensa every Friday; Harry's attendance
  at 95% or more by the review conference

**B3. Three sessions with Harry using the Three Houses, to hear what life at home is like for him.**
- Who: Kerensa Hosking
- When: by 20/02/2026, 06/03/2026 and 20/03/2026
- How we'll know: Harry's drawings and his own words on file, shared at the core group on 07/04/2026

### Goal C – Poppy gains weight and is fed, changed and cared for well

*Goal lead: Jenna Carne, health visitor · to be met by 23/04/2026*

**C1. Weigh Poppy at home, check her meals, nappy area and sleep, and watch a mealtime.**
- Who: Jenna Carne, health visitor, Rindhurst 0–19 Service
- When: weekly until she is back on the 9th centile, then every two weeks
- How we'll know: weights plotted in Poppy's red book and sent to Kerensa; Poppy back on the 9th centile
  by the review conference

**C2. Give Poppy three meals and two snacks at the times on the picture chart, using the portion plate,
and fill in the food diary.**
- Who: Demelza, with Jory at weekends
- When: every day from 30/01/2026
- How we'll know: the food diary filled in each day and checked by Jenna at each visit; Poppy's weight
  rising at each weighing

**C3. Refer Poppy to the paediatric dietitian, and check for any medical reason for her weight loss.**
- Who: Dr Mark Hendra, GP, Polwyn Surgery
- When: referral by 06/02/2026; blood tests by 20/02/2026
- How we'll know: the referral letter and test results copied to Kerensa; the dietitian's plan on file

**C4. Give Poppy a funded two-year-old place on Monday, Wednesday and Friday mornings, and tell Kerensa
the same day if she is absent or arrives hungry or unwashed.**
- Who: Little Gulls Nursery (Becky Tregear, manager)
- When: every Monday, Wednesday and Friday morning from 09/02/2026
- How we'll know: the register and daily notes sent to Kerensa every Friday; Poppy at 90% or more of her
  sessions

### Goal D – the baby is born safely and comes home to a safe sleeping place, with a plan ready first

*Goal lead: Kerensa Hosking · to be met by the day the baby comes home*

**D1. Antenatal care, with an alert and this plan on the maternity record.**
- Who: Claire Jewell, community midwife, Rindhurst General Hospital
- When: alert by 13/02/2026; appointments every two weeks to 36 weeks, then weekly until the birth
- How we'll know: the alert confirmed to Kerensa by email; antenatal notes show each appointment kept

**D2. Hold a discharge planning meeting before the birth, and agree who will be with the baby at home in
the first two weeks.**
- Who: Kerensa Hosking
- When: by 36 weeks (22/02/2026)
- How we'll know: a written discharge plan, signed by Demelza, Jory and the ward manager, on file before
  the baby is born

**D3. Set up the Moses basket in Demelza and Jory's room and keep it clear, and never sleep with the baby
on the sofa.**
- Who: Demelza and Jory
- When: basket set up by 36 weeks (22/02/2026); every sleep after the birth
- How we'll know: Kerensa and Jenna see the basket made up and clear at their visits

## If things go wrong

- If Jory uses cannabis at home, or is under the influence while caring for the children, he will leave
  the house that day and stay with Morwenna at 14 Polglaze Terrace, and Kerensa will visit the next
  working day.
- If Poppy loses weight at two weighings in a row, or falls below the 0.4th centile, Jenna will arrange a
  same-day paediatric review at Rindhurst General Hospital and Kerensa will hold a strategy discussion the
  same day.
- If Morwenna cannot do the Tuesday and Thursday evenings (she is ill, or the arrangement breaks down),
  she will tell Kerensa that day. Lowenna Pascoe will visit on those evenings for up to four weeks while
  the core group finds another adult to help.
- If Poppy has not gained weight by the core group on 10/03/2026, Harry's treatment has been missed, or
  Jory's screens are still positive then, Kerensa will ask Alan Jeffery for a legal planning meeting within
  five working days, before the baby is born, to decide whether to start PLO pre-proceedings.

## Meetings

- Core group every four weeks, Tuesdays at 1pm at Rindhurst Family Hub: 10/02/2026, 10/03/2026 and
  07/04/2026.
- Review child protection conference: 23/04/2026, 10am, Rindhurst Council Offices.

Plan given to Demelza in easy read and to Jory, and sent to Morwenna and everyone named in it.
""",
    "findings": [],
})
