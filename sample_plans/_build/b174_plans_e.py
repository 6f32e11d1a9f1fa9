"""Batch 174, module e: seven fictional plans (tuning material), places beginning with "e".

Everything here is made up: children, families, professionals, services,
schools, hospitals, police forces and councils. Labels were written by hand
from docs/rules.md and the conventions in sample_plans/README.md, without
running planlint or reading its code.

Focus: when and how we will know, given once for many actions, wherever the
writer's template puts it. Each plan is in a template of its own, and in
each many actions take their time or their check from somewhere other than
their own sentence or row: a part's heading ("Part 2: Every week from Monday
09/02/2026 until the review conference on 21/04/2026"), banner rows across a
table with no When column, a separate plan calendar listing action numbers,
ticks in columns headed "Every week", "Every 2 weeks" and "By 06/03/2026",
an outcome card's own "By when" and "How we will know" lines, a closing
line ("Items 1 to 7 are to be done by 36 weeks (13/03/2026)", "Each of B1 to
B6 to be done by the first core group, 24/02/2026"), a "Timescale for this
part:" line, an opening line ("All of the following start this week and run
every week until the review conference on 05/05/2026"), a "How we will know"
list keyed by item number, a How we'll know cell merged down several rows,
and one check for a whole block ("For every item in 6A the core group will
see ..."); some actions give their own time as an event in the child's life
("before each contact", "every nursery session", "within 2 hours of the
birth", "every night Hannah works a night shift"). In the four faulty plans
a few actions fall outside any group time or check (a banner or part with
no time, "Other things agreed", "Other work agreed", a keyed list that
leaves an item out, a tick grid row with no tick) or carry only a vague
time or check of their own ("when Ama is ready", "when she feels ready",
"as and when", "When appropriate", "Discussed at core group", "Monitored by
the core group", "to be discussed at core group", "monitored by school").

1. an initial conference plan for a 4-year-old and a 14-month-old whose
   mother drinks, in three parts whose headings give the time for every
   action in them, each part closed by a "How we will know" list keyed by
   item number (Part 2's opening with one check for all its actions)
   (docx, exemplary);
2. an initial conference plan for an 11-year-old and a 6-year-old after
   domestic abuse, their mother depressed after an overdose: one table with
   no When column, the time given by banner rows across it and How we will
   know merged down rows 1-3 and 6-7 (docx): faults are the CMHT nurse's
   support sessions only treating the mother, they and the family support
   worker's sessions sharing a merged "Discussed at core group", the
   learning mentor's sessions "when Ama is ready", the housing transfer
   application under the last banner ("Also agreed at the conference",
   no time), the dental check with "-" for how we will know, and "All
   professionals" passing on sightings (H001, M002 x2, T002, T001, M001,
   W002);
3. an initial conference plan for a 7-year-old and a 2-year-old whose
   father has schizophrenia and shut the family in while unwell: an action
   table with no time column and a separate plan calendar giving each
   action's time by number, a contingency table, page header and footer
   (pdf, exemplary);
4. a plan as updated at the first core group for a 3-year-old and a
   5-month-old living with neglect (faltering weight, a dirty damp house,
   the father's cannabis use): a landscape table whose times are an X in
   columns headed "Every week", "Every 2 weeks" and "By 06/03/2026" or an
   entry under "Other (say when)", How we'll know merged down rows 1-3 and
   8-9, page header and footer (pdf): faults are the nursery's notes and
   the Home-Start volunteer's help sharing a merged "Monitored by the core
   group", the volunteer's help "As and when", clearing the garden with no
   X and nothing under Other, the damp repair request with "-" for how
   we'll know, the social worker's talk with Skye "When appropriate", a
   contingency that only discusses and considers if things do not improve,
   and no legal planning (M002 x2, T002 x2, T001, M001, C002, R002);
5. an initial conference plan for a 10-year-old and a 4-year-old after
   their father, who drinks, assaulted their mother: four outcome cards,
   each with one "By when" and one "How we will know" line for the
   bold-owner bullets under it, a few bullets giving their own time or
   check (md, exemplary);
6. a pre-birth plan for an unborn girl whose mother is a care leaver who
   smoked cannabis and whose first child was adopted: 17 numbered items in
   four parts (a closing deadline line, event times at the birth, a
   "Timescale for this part:" line, and "Other things agreed" with no
   time), then a "How we will know" list keyed by item number (md): faults
   are the partner's drug service assessment left out of the keyed list,
   the antenatal course "when she feels ready", the family support
   worker's sessions checked by "to be discussed at core group", "All
   professionals" reporting signs of cannabis, the two "Other things
   agreed" items with no time, and an outcome only about the mother (M001,
   T002, M002, W002, T001 x2, F002);
7. an initial conference plan for an 8-year-old grabbed and bruised by his
   mother's partner, and his 3-year-old sister, printed from a case system
   as plain text: block 6A under an opening line giving its time and
   closed by one check for all its items, block 6B with its own Evidence
   lines closed by a deadline line, block 6C "Other work agreed" with no
   group time or check (txt): faults are the grandfather's bedtime help
   "as and when Gemma asks", the pastoral support plan "monitored by
   school", the direct work in 6C with no time, "Family network" owning
   the Sundays, a housing request with neither time nor evidence, and a
   contingency that sends the children to their grandparents with nothing
   said if they cannot help (T002, M002, T001 x2, W002, M001, C003).

Three plans (1, 3 and 5) are exemplary: every action has a named owner, a
real timescale and something that can be seen, counted or read, whether in
its own words or given once for its part, card, block or calendar row;
every outcome is about the children; each contingency has specific
triggers and protective responses and says what happens if a relative's
help fails; each records the children's words or observed days, core group
dates and a dated review conference, and legal planning after named
triggers; adult services (a drug and alcohol service, the GP, the CMHT, a
carers' centre) own actions where a parent drinks or is ill, and the
CMHT's care coordinator and psychiatrist report on the parent's capacity
to change and how long it is likely to take. 29 findings in all.

Counting convention used for "actions" (README convention 1): each typed
numbered item of a plan part, each row of an action table (banner rows
excepted), each bold-owner bullet under an outcome card, each numbered item
of the pre-birth plan and each A/B/C item of the case print counts once,
whatever number of sentences it holds. Part headings, banner rows, the
"How we will know" lists and paragraphs, the plan calendar, outcome cards'
"By when" and "How we will know" lines, opening, closing and timescale
lines, the contingency, meeting dates and the children's views are not
actions.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. Initial conference plan in three parts, each part headed by its time
#    and closed by a "How we will know" list keyed by action number.
#    Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b174_embleford_icpc_time_headed_parts_part_checks_carver.docx",
    "doc_title": "Child Protection Plan - Maisie and Jack Carver",
    "split": "tune",
    "actions": 19,
    "template": "icpc-plan-docx-kv-details-why-going-well-childrens-days-numbered-outcomes-then-plan-in-three-parts-each-heading-giving-the-time-for-every-action-in-it-typed-numbered-owner-first-items-and-a-how-we-will-know-list-per-part-keyed-by-item-number-then-if-things-go-wrong-core-group-and-review",
    "description": (
        "Exemplary initial conference plan for a 4-year-old and a 14-month-old whose mother drinks: "
        "the police found her asleep and drunk with the baby crying in a soaked nappy and the "
        "4-year-old opening the front door. The plan is in three parts whose headings give the time "
        "once for every action in them ('Within ten working days of the conference (all by the first "
        "core group, 10/02/2026)', 'Every week from Monday 09/02/2026 until the review conference on "
        "21/04/2026', 'Before the review conference (all by 14/04/2026)'), a few actions giving their "
        "own time ('every school day at registration', 'every two weeks', 'Thursdays 10am, 26/02/2026 "
        "to 02/04/2026'); each part ends with a 'How we will know' list keyed by item number, Part 2's "
        "opening with one check for all its actions. The drug and alcohol service and the GP own "
        "actions and report on change, the grandmother's help has a fallback, legal planning follows "
        "named triggers, core group and review dates are set, and the children's words and days are "
        "recorded."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Embleford Metropolitan Borough Council, Children's Social Care. Agreed at the initial child "
              "protection conference on 27/01/2026, chaired by Hazel Brook (independent reviewing officer)."),
        ("kv", [
            ("Children", "Maisie Carver, born 03/05/2021 (4, Reception, Hollybank Primary School); Jack Carver, "
                        "born 10/11/2024 (14 months)"),
            ("Address", "12 Sorrel Close, Embleford EM4 6TD"),
            ("Mum", "Leanne Carver (28)"),
            ("Dad", "Ryan Pyke (30), lives at 5 Fenner Street, Embleford; sees the children on Sundays"),
            ("Maternal grandmother", "Pauline Carver, 22 Beech Walk, Embleford (ten minutes' walk)"),
            ("Category", "Neglect (both children)"),
            ("Social worker", "Kate Morley, Safeguarding and Support Team 2 (team manager: Tom Fairley)"),
            ("Other workers", "Gemma Rowe (recovery worker, Embleford Alcohol and Drug Service, EADS); Nicola "
                              "Barnes (health visitor); Mrs Sue Patel (DSL, Hollybank Primary); Jade Hollis "
                              "(family support worker, Embleford Family Hub); Dr Amir Rahman (GP, Carlton Road "
                              "Surgery)"),
        ]),
        ("h1", "Why Maisie and Jack need a plan"),
        ("p", "Leanne has been drinking heavily since the summer, when she and Ryan separated. She told the "
              "conference she drinks \"a bottle of wine most nights, more at weekends\". On the evening of "
              "31/12/2025 a neighbour rang the police after hearing Jack crying for over an hour. Maisie opened "
              "the front door to the officers. Leanne was asleep on the settee and could not be woken at first; "
              "Jack was in his cot in a nappy that had not been changed all afternoon, and there was no milk in "
              "the fridge. Pauline collected the children that night."),
        ("p", "Maisie was late to school 19 times in the autumn term and has missed 11 days. Her teacher says she "
              "is often hungry in the morning and has twice told staff she \"made Jack's bottle\". Jack has "
              "missed his 12-month review twice. At Kate's visits on 08/01/2026 and 15/01/2026 there were empty "
              "bottles in the kitchen and little food in the cupboards, and the stair gate was broken."),
        ("h1", "What is going well"),
        ("bullets", [
            "Leanne was honest at the conference about how much she drinks, and rang EADS herself on 12/01/2026.",
            "Pauline has had the children every night since 31/12/2025 when Leanne asked her to, and they are "
            "relaxed and happy with her.",
            "Maisie loves school, is learning her sounds and has good friends in her class.",
            "Jack is walking round the furniture, babbling and eating well at Pauline's.",
            "Ryan has seen the children every Sunday since the summer and came to the conference.",
        ]),
        ("h1", "Maisie's and Jack's days"),
        ("p", "Kate saw Maisie on her own at school on 20/01/2026. Maisie said: \"Mummy's juice makes her go to "
              "sleep on the settee.\" \"I opened the door because Jack was crying and crying.\" \"I like it at "
              "Nanny's because she makes pancakes.\" When Kate asked what would make home better, Maisie said "
              "\"Mummy awake\" and \"more cereal\". She drew her house with Jack in his cot and herself at the door."),
        ("p", "Jack cannot tell us in words. At Pauline's on 22/01/2026 Kate saw him crawl to Leanne as soon as "
              "she came in and pull himself up on her knee; he babbled and smiled at her and settled on her "
              "shoulder. Pauline says he sleeps through at her house but used to wake crying at home. The "
              "nursery nurse who saw him on 16/01/2026 noted a sore nappy rash."),
        ("h1", "What we want for Maisie and Jack"),
        ("numbers", [
            "Maisie and Jack are cared for every day and night by an adult who is sober and awake.",
            "Jack is fed, changed and safe in his cot, and is reaching his milestones.",
            "Maisie gets to school on time every day, has breakfast, and no longer feels she has to look "
            "after Jack or answer the door.",
            "There is food in the house, a safe place for Jack to sleep, and no alcohol where the children "
            "can reach it.",
        ]),
        ("h1", "The plan"),
        ("p", "The plan is in three parts. Each part's heading says when everything in it will be done; where an "
              "action needs a different time, the action says so. At the end of each part, 'How we will know' "
              "says what the core group will see for each action, by its number."),
        ("h2", "Part 1: Within ten working days of the conference (all by the first core group, 10/02/2026)"),
        ("pi", "1.1  Leanne will go to her assessment appointment at EADS, Carlton House, and tell the worker "
               "honestly how much and when she has been drinking."),
        ("pi", "1.2  Gemma Rowe (EADS) will complete Leanne's assessment, with an AUDIT questionnaire and a "
               "breath test, and agree a recovery plan with her."),
        ("pi", "1.3  Kate Morley (SW) will write a safety plan with Leanne and Pauline saying who looks after "
               "Maisie and Jack if Leanne has had a drink, and give copies to Leanne, Pauline and the school."),
        ("pi", "1.4  Nicola Barnes (health visitor) will do Jack's overdue 12-month review at home, with an "
               "ASQ-3, and look at where he sleeps."),
        ("pi", "1.5  Kate Morley will see Maisie on her own at school and do a Three Houses drawing with her "
               "about home, Nanny's and school."),
        ("pi", "1.6  Leanne will sign consent for EADS, Dr Rahman and Hollybank Primary to share what they know "
               "about her drinking and the children's care with Kate."),
        ("boldp", "How we will know (Part 1)"),
        ("bullets", [
            "1.1 and 1.2: EADS's assessment letter on Kate's file, with Leanne's AUDIT score, her breath test "
            "reading and a copy of her recovery plan.",
            "1.3: the safety plan signed by Leanne and Pauline; Kate sees a copy on Leanne's fridge and at "
            "Pauline's, and the school logs its copy on CPOMS.",
            "1.4: ASQ-3 scores and Jack's weight in his red book, and Nicola's review record e-mailed to Kate.",
            "1.5: Maisie's Three Houses drawing, with her own words written on it, on file and read out at the "
            "first core group.",
            "1.6: the signed consent form on Kate's file.",
        ]),
        ("h2", "Part 2: Every week from Monday 09/02/2026 until the review conference on 21/04/2026"),
        ("p", "Everything in Part 2 happens every week between those dates, unless the action gives its own time."),
        ("pi", "2.1  Gemma Rowe (EADS) will see Leanne for key work, with a breath test at every session, and "
               "write to Kate before each core group saying whether Leanne is drinking less, whether she is "
               "sober when she has the children, and how long further change is likely to take."),
        ("pi", "2.2  Leanne will not drink at all while she is looking after Maisie and Jack, every day, and "
               "will keep no alcohol in the house."),
        ("pi", "2.3  Kate Morley will visit at home, at least one visit in three unannounced and one a fortnight "
               "after 4pm, and see Maisie on her own and Jack awake."),
        ("pi", "2.4  Pauline will have Maisie and Jack for tea and a bath every Wednesday and Saturday, 3pm to "
               "7pm, so that Leanne can go to her Wednesday EADS group."),
        ("pi", "2.5  Mrs Sue Patel (DSL) will check Maisie in at registration every school day, and ring Kate "
               "the same day if Maisie is late, absent with no call, hungry, or says anything about home."),
        ("pi", "2.6  Nicola Barnes (health visitor) will visit every two weeks to weigh Jack, see where he "
               "sleeps and watch him have a meal."),
        ("pi", "2.7  Jade Hollis (family support worker) will do sessions at home with Leanne on a morning and "
               "bedtime routine for Maisie and Jack, and on shopping and cooking on a budget."),
        ("pi", "2.8  Ryan will see Maisie and Jack every Sunday, 1pm to 4pm, at Pauline's house, and ring Kate "
               "the same day if anything they say about home worries him."),
        ("boldp", "How we will know (Part 2)"),
        ("p", "For every action in Part 2, the person who leads it e-mails Kate a dated note after each visit, "
              "session or contact, saying who was seen and who was caring for the children; Kate adds each note "
              "to the children's chronology and brings a count of visits made and missed to each core group. "
              "For each action the core group will also see:"),
        ("bullets", [
            "2.1: every breath test reading from EADS (0.00 expected on the days Leanne has the children), and "
            "Gemma's letter on Kate's file before each core group.",
            "2.2: a breath test reading of 0.00 at every afternoon visit by Kate or Gemma, and no alcohol seen "
            "in the house.",
            "2.3: visit records within 48 hours, with Maisie's words and what was in the fridge.",
            "2.4: Pauline texts Kate after each Wednesday and Saturday; the EADS group register shows Leanne "
            "there on Wednesdays.",
            "2.5: the register and CPOMS notes e-mailed to Kate every Friday; Maisie in by 8.50am on at least "
            "9 of every 10 school days by the review conference.",
            "2.6: each weight plotted on the red book centile chart, and where Jack slept written in the health "
            "visiting record.",
            "2.7: Jade's session notes, with the routine chart on the kitchen wall ticked by Leanne and seen "
            "by Kate.",
            "2.8: Pauline texts Kate after each Sunday visit to say it took place; Ryan's calls logged by Kate.",
        ]),
        ("h2", "Part 3: Before the review conference (all by 14/04/2026, a week before it)"),
        ("pi", "3.1  Kate Morley will complete a parenting assessment of Leanne, saying what Maisie and Jack "
               "need from her and what has changed since the conference."),
        ("pi", "3.2  Gemma Rowe will repeat the AUDIT with Leanne at the 12-week point, arrange a 3-month hair "
               "strand test for alcohol, and write a report for the review conference."),
        ("pi", "3.3  Leanne will go to all six sessions of the Little Eyes group at Embleford Family Hub (for "
               "parents who drink, about what children see), Thursdays 10am, 26/02/2026 to 02/04/2026."),
        ("pi", "3.4  Kate Morley will do four sessions of direct work with Maisie about Mummy's drinking, ending "
               "with her own safety card saying who she can tell."),
        ("pi", "3.5  Dr Amir Rahman (GP) will see Leanne for a health check with liver function blood tests, "
               "and write to Kate and Gemma with the results."),
        ("boldp", "How we will know (Part 3)"),
        ("bullets", [
            "3.1: the assessment report, with a recommendation, shared with Leanne and the core group by "
            "14/04/2026.",
            "3.2: the repeat AUDIT score beside the first one, the hair strand result and Gemma's report on "
            "Kate's file by 14/04/2026.",
            "3.3: the group register, sent to Kate by the Family Hub after each session, with Leanne at all "
            "six.",
            "3.4: Maisie's safety card and her worry score (0-10) at the first and last session on file; "
            "Maisie can tell Mrs Patel who she would ring.",
            "3.5: Dr Rahman's letter with the blood results on Kate's file.",
        ]),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Leanne is found drunk or smelling of alcohol while she is caring for the children, or a breath "
            "test on a day she has them is over 0.00: the worker rings Kate (or the Emergency Duty Team out of "
            "hours) straight away; Maisie and Jack go to Pauline's that day and stay there; Kate holds a "
            "strategy discussion with the police and health the same day; and Kate asks Tom Fairley for a "
            "legal planning meeting within 5 working days.",
            "If Maisie is not collected from school by 3.30pm and no one has rung, Mrs Patel rings Pauline and "
            "then Kate; if no adult can be found, Kate (or the Emergency Duty Team) collects her.",
            "If Pauline cannot have the children or host the Sundays (she is ill, away, or it becomes too "
            "much), she or Leanne rings Kate that day. Ryan's Sunday visits move to Embleford Family Hub with "
            "a contact worker, booked by Kate; if Maisie and Jack need somewhere to stay and Pauline cannot "
            "have them, they stay with Ryan's sister, Donna Pyke (agreed on 23/01/2026), and if she cannot "
            "either, Kate arranges a foster placement the same day.",
            "If Leanne misses three EADS sessions in a row, or the parenting assessment or Gemma's report on "
            "14/04/2026 says Leanne cannot yet keep the children safe, Kate will ask for a legal planning "
            "meeting before the review conference to decide whether to start the Public Law Outline.",
        ]),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks at Hollybank Primary, Tuesdays at 1.30pm: 10/02/2026, 10/03/2026 and "
            "07/04/2026.",
            "Review child protection conference: 21/04/2026 at 10am, Embleford Civic Centre.",
        ]),
        ("p", "Plan sent to Leanne, Ryan, Pauline and every agency on 29/01/2026."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Initial conference plan as one table with no When column: the time is
#    given by banner rows across the table, and the How we will know cell is
#    merged down some rows. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b174_esselby_icpc_time_banners_merged_checks_column_mensah.docx",
    "doc_title": "Child Protection Plan - Kofi and Ama Mensah",
    "split": "tune",
    "actions": 16,
    "check_vmerge": 2,
    "template": "icpc-plan-docx-details-table-why-worried-strengths-childrens-words-outcomes-then-no-what-needs-to-happen-lead-how-we-will-know-table-with-no-when-column-time-given-by-banner-rows-across-the-table-and-how-we-will-know-merged-down-some-rows-last-banner-with-no-time-then-safety-and-contingency-meetings",
    "description": (
        "Initial conference plan for an 11-year-old and a 6-year-old after their mother's ex-partner "
        "assaulted her in front of them; their mother has depression and took an overdose in October, "
        "and the 11-year-old has been caring for his sister. The action table has no When column: "
        "banner rows across the table give the time once for the rows under them ('Straight away: each "
        "of these by Friday 13/02/2026', 'Every week from 16/02/2026 until the review conference on "
        "28/04/2026', 'Before the review conference: all by 21/04/2026'), a few rows give their own, and "
        "the last banner ('Also agreed at the conference') gives none; the How we will know cell is "
        "merged down rows 1 to 3 and rows 6 and 7. The psychiatrist reports on capacity to change and "
        "the grandmother's help has a fallback. Faults: the CMHT nurse's support sessions only treat the "
        "mother, and they and the family support worker's sessions share a merged 'Discussed at core "
        "group'; the learning mentor's sessions with the 6-year-old are 'when Ama is ready'; the "
        "housing transfer application under the last banner has no time; the dental check has '-' for "
        "how we will know; and 'All professionals' pass on sightings of the ex-partner."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Esselby Borough Council, Children and Families. Initial child protection conference, 03/02/2026. "
              "Chair: Martin Oduya (child protection chair)."),
        ("table", {
            "rows": [
                ["Children", "Kofi Mensah, born 14/09/2014 (11, Year 6); Ama Mensah, born 22/01/2020 (6, Year 1). "
                             "Both at Esselby Park Primary School."],
                ["Lives with", "Mum, Abena Mensah (34), 41 Quarry Road, Esselby ES2 9LN"],
                ["Mum's ex-partner", "Curtis Boyd (37), Ama's father. Non-molestation order (no contact with "
                                     "Abena, not to come to Quarry Road or the school) until 30/09/2026."],
                ["Family", "Grandma Efua Asante (Abena's mother), 8 Wren Terrace; Aunt Akosua Asante "
                           "(Abena's sister), Flat 3, Mill Court"],
                ["Category", "Emotional abuse and neglect (both children)"],
                ["Social worker", "Joanne Fox, Esselby Safeguarding Team (team manager: Claire Whitby)"],
                ["Mum's mental health", "Esselby Community Mental Health Team (CMHT): Ryan Okoro, community "
                                        "psychiatric nurse; Dr Priya Menon, consultant psychiatrist"],
            ],
            "widths": [4.0, 13.0],
            "bold_first_col": True,
        }),
        ("h1", "What we are worried about"),
        ("p", "On 16/08/2025 Curtis punched Abena and pushed her down the stairs in front of Kofi and Ama. Kofi "
              "rang 999. Curtis was charged and a non-molestation order was made, but on 05/12/2025 he waited "
              "at the school gate and shouted at Abena when she came to collect Ama."),
        ("p", "Abena has depression. In October she took an overdose of her tablets at home; Kofi found her and "
              "rang his grandma. Abena was in Esselby General Hospital for two nights and is now seen by the "
              "CMHT. Since the summer Kofi has been getting Ama up, dressed and to school most days. He has "
              "missed 14 days of school this year and stopped going to football. Ama has had nine late marks "
              "and her teacher says she hides under the table when there is a loud noise."),
        ("h1", "What is going well"),
        ("bullets", [
            "Abena went to every appointment at the CMHT in December and January, and is taking her tablets.",
            "Abena agreed to the non-molestation order and rang the police herself on 05/12/2025.",
            "Grandma Efua has the children after school twice a week and they love going to her house.",
            "Kofi is doing well in maths and wants to go to Esselby High in September.",
        ]),
        ("h1", "What Kofi and Ama say"),
        ("p", "Kofi (seen on his own at school by Joanne, 27/01/2026): \"I have to get Ama ready because Mum is "
              "tired. I don't mind.\" \"I stopped football because I need to get Ama.\" \"When Curtis came to "
              "school I wanted to hide.\" He scored how safe he feels at home as 6 out of 10 and said it would be "
              "10 \"if Mum was happy and Curtis never came\"."),
        ("p", "Ama (seen at school, 28/01/2026) drew her house with a big door and a lock on it. She said \"Kofi "
              "does my hair\" and \"I don't like shouting\". She wants to \"go to Grandma's every day\"."),
        ("h1", "What we want for Kofi and Ama"),
        ("numbers", [
            "Kofi and Ama are safe from Curtis at home, at school and on the way there.",
            "Kofi and Ama are cared for every day by an adult who is well enough to look after them, and Kofi "
            "can be an 11-year-old again: at school every day and back at football.",
            "Ama feels safe, sleeps in her own bed and is no longer frightened of loud noises.",
        ]),
        ("h1", "What needs to happen"),
        ("p", "There is no 'When' column: the shaded rows give the time for the rows under them, unless a row "
              "says its own time."),
        ("table", {
            "header": ["No.", "What needs to happen", "Lead", "How we will know"],
            "widths": [1.1, 7.6, 3.8, 4.5],
            "rows": [
                ["Straight away: each of these by Friday 13/02/2026", H, H, H],
                ["1", "Update the school's list of who can collect Kofi and Ama (Abena, Grandma Efua and Aunt "
                      "Akosua only), and keep a copy of the court order and Curtis's photo in the office",
                 "Mr Daniel Price, DSL, Esselby Park Primary",
                 "A copy of each on Joanne's file by 13/02/2026: the school's collection list, the Young "
                 "Carers acceptance letter, and the safety plan signed by Abena and Kofi"],
                ["2", "Refer Kofi to Esselby Young Carers for an assessment and a place at their Tuesday club",
                 "Joanne Fox, social worker", V],
                ["3", "Write a safety plan with Abena, Kofi and Ama: what they do if Curtis comes to the house or "
                      "the school, and who Kofi rings if Mum will not wake up",
                 "Joanne Fox, social worker", V],
                ["4", "Fit a video doorbell, a door chain and window locks at 41 Quarry Road through the "
                      "sanctuary scheme",
                 "Lorna Pike, sanctuary officer, Esselby Women's Aid",
                 "Fitting job sheet signed by Abena, copy to Joanne"],
                ["Every week from 16/02/2026 until the review conference on 28/04/2026", H, H, H],
                ["5", "Home visits, one in three unannounced: see Kofi and Ama on their own, and ask about Mum's "
                      "mood and any contact from Curtis",
                 "Joanne Fox, social worker",
                 "Visit records within 48 hours, with what each child said"],
                ["6", "Support sessions with Abena at home about her low mood and her medication",
                 "Ryan Okoro, community psychiatric nurse, Esselby CMHT",
                 "Discussed at core group"],
                ["7", "Sessions with Abena at home on a morning and bedtime routine for Kofi and Ama that she can "
                      "keep to on her bad days",
                 "Mags Doherty, family support worker", V],
                ["8", "Check Kofi and Ama in at the classroom door every school day, and ring Joanne the same day "
                      "if either is late, absent or says anything about home",
                 "Mr Daniel Price, DSL, Esselby Park Primary",
                 "Register and CPOMS notes e-mailed to Joanne every Friday; both children at 95% or above by "
                 "the review conference"],
                ["9", "Collect Kofi and Ama from school on Mondays and Thursdays and give them their tea at her "
                      "house until 7pm",
                 "Grandma Efua Asante",
                 "The school's signing-out sheet; Efua texts Joanne each Thursday evening"],
                ["10", "Worry Monster sessions with Ama at school about loud noises, shouting and bedtime, when "
                       "Ama is ready",
                 "Mrs Jo Hayes, learning mentor, Esselby Park Primary",
                 "Ama's worry score (0-10) written down at each session and e-mailed to Joanne"],
                ["Before the review conference: all by 21/04/2026", H, H, H],
                ["11", "Psychiatric review of Abena, with a written report on whether her depression is being "
                       "treated, whether she can keep Kofi and Ama safe and cared for, and how long any change "
                       "is likely to take",
                 "Dr Priya Menon, consultant psychiatrist, Esselby CMHT",
                 "Report on Joanne's file by 21/04/2026 and shared with the core group"],
                ["12", "Go to the 12-week Freedom Programme at Esselby Women's Aid, Wednesdays at 10am from "
                       "18/02/2026",
                 "Abena Mensah",
                 "The programme's register e-mailed to Joanne each month; certificate at the end"],
                ["13", "Six sessions of direct work with Kofi about what happened, the order, and being a boy and "
                       "not a carer, ending with his own safety card",
                 "Joanne Fox, social worker",
                 "Kofi's safety card on file; his 'how safe at home' score at the first and last session"],
                ["Also agreed at the conference", H, H, H],
                ["14", "Complete Abena's housing transfer application on domestic abuse grounds, so the family can "
                       "move away from the area Curtis lives in",
                 "Sian Lowry, housing officer, Esselby Homes",
                 "Application reference number given to Joanne"],
                ["15", "Take Kofi and Ama for a dental check at Quarry Road Dental Practice (both overdue), by "
                       "27/02/2026",
                 "Abena Mensah",
                 "-"],
                ["16", "Pass on any sighting of Curtis near the house or the school to the police (999 if he is "
                       "there now) and to Joanne the same day",
                 "All professionals",
                 "Police log number given to Joanne and added to the chronology"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Curtis comes to the house, the school or near the children: Abena, the school or whoever sees "
            "him rings 999 straight away, and the police attend and arrest him for breaching the order. Joanne "
            "holds a strategy discussion with the police and the school the same day.",
            "If Abena talks about harming herself, stops taking her tablets or cannot get up to care for the "
            "children: Kofi rings Grandma Efua (and 999 if Mum will not wake). Ryan or the CMHT crisis team sees "
            "Abena the same day, and Kofi and Ama go to Grandma Efua's until Joanne and the CMHT agree it is "
            "safe for them to go home.",
            "If Grandma Efua cannot have the children (she is ill, away, or it is too much), she or Abena rings "
            "Joanne that day. Aunt Akosua has agreed to collect them and have them at Mill Court instead; if "
            "neither can, Joanne books the school's after-school club for the Monday and Thursday and, if the "
            "children need somewhere to stay, arranges a foster placement the same day.",
            "If Curtis is allowed back into the house, if Abena takes another overdose, or if either child's "
            "attendance is below 90% at the review conference, Joanne will ask Claire Whitby for a legal "
            "planning meeting within 5 working days to decide whether to start the Public Law Outline.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks at Esselby Park Primary, Tuesdays at 9.30am: 17/02/2026, 17/03/2026 "
            "and 14/04/2026.",
            "Review child protection conference: 28/04/2026 at 1.30pm, Esselby Town Hall.",
        ]),
    ],
    "findings": [
        F("H001", "Support sessions with Abena at home about her low mood"),
        F("M002", "Support sessions with Abena at home about her low mood"),
        F("M002", "Sessions with Abena at home on a morning and bedtime routine"),
        F("T002", "Worry Monster sessions with Ama at school about loud noises"),
        F("T001", "Complete Abena's housing transfer application on domestic abuse grounds"),
        F("M001", "Take Kofi and Ama for a dental check at Quarry Road"),
        F("W002", "Pass on any sighting of Curtis near the house"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Initial conference plan printed to PDF: an action table with no time
#    column, then a plan calendar that gives each action's time by its
#    number. Page header and footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b174_elvercombe_icpc_plan_calendar_by_action_number_whitlock.pdf",
    "doc_title": "Child Protection Plan - Ruby and Finn Whitlock",
    "split": "tune",
    "actions": 14,
    "min_pages": 2,
    "header": "Elvercombe County Council · Children's Services · OFFICIAL-SENSITIVE",
    "footer": "Ruby and Finn Whitlock · Child protection plan (ICPC 10/02/2026) · Page {PAGE} of {NUMPAGES}",
    "template": "icpc-plan-paged-header-footer-plan-on-a-page-kv-why-worried-strengths-ruby-says-finns-day-goals-then-numbered-action-table-action-lead-how-well-know-with-no-time-column-then-separate-plan-calendar-table-when-by-action-numbers-then-contingency-table-if-this-happens-what-happens-who-then-meetings",
    "description": (
        "Exemplary initial conference plan for a 7-year-old and a 2-year-old whose father has "
        "schizophrenia, stopped his medication and kept the family shut in the house for two days while "
        "unwell; their mother works night shifts and their paternal grandmother stays on those nights. "
        "The action table (No. / Action / Lead / How we'll know) has no time column: a separate plan "
        "calendar gives every action's time by its number ('every school day and every nursery session: "
        "6, 7', 'every two weeks, on the day of each depot injection; the report two working days before "
        "each core group: 1', 'every night Hannah works a night shift: 3', 'by 13/03/2026: 8, 11, 14'). "
        "The CMHT care coordinator and the psychiatrist report on the "
        "father's capacity to change, the grandmother's nights have a fallback, legal planning follows "
        "named triggers, core group and review dates are set, and the children's words and days are "
        "recorded. Page header and footer on every page."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Agreed at the initial child protection conference on 10/02/2026 (chair: Deborah Nwosu, "
              "independent reviewing officer), with Hannah, Marcus and Jean Whitlock."),
        ("h1", "Plan on a page"),
        ("kv", [
            ("Children", "Ruby Whitlock, born 02/03/2018 (7, Year 3, Wellmead Primary School); Finn Whitlock, "
                        "born 19/08/2023 (2, Little Steps Nursery, four mornings a week)"),
            ("Address", "27 Harrier Way, Wellmead, Elvercombe EV7 3PJ"),
            ("Mum", "Hannah Whitlock (34), care assistant at Elm Lodge care home, three night shifts a week"),
            ("Dad", "Marcus Whitlock (36), paranoid schizophrenia; under Elvercombe CMHT (Kestrel Team)"),
            ("Paternal grandmother", "Jean Whitlock, 4 Plover Court, Wellmead"),
            ("Hannah's sister", "Sarah Gill, 61 Kingfisher Road, Elvercombe"),
            ("Category", "Neglect and emotional abuse (both children)"),
            ("Social worker", "Claire Nolan, Elvercombe South Safeguarding Team (team manager: Rob Dempsey)"),
            ("Marcus's care coordinator", "Sunil Varma, community psychiatric nurse, Kestrel Team"),
            ("Marcus's consultant", "Dr Chidi Okafor, consultant psychiatrist, Kestrel Team"),
        ]),
        ("h1", "What we are worried about"),
        ("p", "Marcus has paranoid schizophrenia. He was well for five years on a depot injection every two "
              "weeks, but stopped going for it in October 2025. By December he believed the neighbours were "
              "filming the family. From 12/12/2025 to 14/12/2025, while Hannah was on night shifts, he locked "
              "the doors, covered the windows and would not let Ruby go to school or anyone into the house. On "
              "the second night Finn had no milk. Ruby rang her grandma from Marcus's phone while he was "
              "asleep; Jean called the police, who found the children frightened and hungry. Marcus was detained "
              "under section 2 of the Mental Health Act and came home on 20/01/2026, back on his depot."),
        ("p", "Hannah did not know he had stopped his injections. She works three nights a week, and until "
              "December Marcus looked after the children on his own on those nights."),
        ("h1", "What is going well"),
        ("bullets", [
            "Marcus has had his depot on time since 06/01/2026 and talks openly with Sunil about what happened.",
            "Hannah has moved two of her shifts to days and has told her manager why.",
            "Jean has stayed at Harrier Way on every night Hannah has worked since Marcus came home.",
            "Ruby is bright, kind and well liked at school; Finn is lively, affectionate and eating well.",
        ]),
        ("h1", "What Ruby says, and Finn's day"),
        ("p", "Ruby (seen on her own at school by Claire, 04/02/2026): \"Daddy's brain got poorly and he thought "
              "people were spying.\" \"I was scared when he put the blankets on the windows.\" \"I rang Nana "
              "when he was asleep.\" She wants \"Daddy to have his injection\" and \"Nana to stay when Mummy "
              "works\". She rated how safe she feels at home now as 7 out of 10."),
        ("p", "Finn is 2 and says a few words. At home on 06/02/2026 Claire saw him run to Marcus with a book and "
              "sit on his knee; he called Jean \"Nana\" and asked her for \"milk, more\". His key person at "
              "nursery says he was clingy and cried at drop-off in December but is settling again. He has not "
              "had his 2-year review."),
        ("h1", "Goals for Ruby and Finn"),
        ("numbers", [
            "Ruby and Finn are never left in the care of their dad alone at night, or at any time he shows "
            "signs of becoming unwell.",
            "Ruby and Finn go to school and nursery every day, are fed and are free to come and go from "
            "their home.",
            "Ruby understands her dad's illness in words she can use, knows who to ring, and no longer feels "
            "she has to keep watch.",
            "Finn's health and development are checked, and any help he needs is in place.",
        ]),
        ("h1", "Actions"),
        ("p", "The table says what will happen, who leads it, and how we will know. When each action happens is "
              "in the plan calendar after it, by the action's number."),
        ("table", {
            "header": ["No.", "Action", "Lead", "How we'll know"],
            "widths": [1.1, 7.4, 3.9, 4.6],
            "rows": [
                ["1", "Give Marcus his depot injection at Wellmead Clinic, check his relapse signature with him "
                      "(sleep, voices, feeling watched, stopping eating), and write a report for each core group "
                      "on whether Marcus is well enough to be alone with Ruby and Finn, what would need to change "
                      "and how long that is likely to take",
                 "Sunil Varma, care coordinator (CPN), Kestrel Team",
                 "Depot record at Wellmead Clinic; a dated note to Claire after each depot saying whether any "
                 "relapse signs were seen; Sunil's report on Claire's file before each core group"],
                ["2", "Outpatient review of Marcus's medication and risk, with a written opinion for the review "
                      "conference on his capacity to care for Ruby and Finn, including on his own at night",
                 "Dr Chidi Okafor, consultant psychiatrist",
                 "Dr Okafor's opinion letter on Claire's file and shared with the core group"],
                ["3", "Stay at Harrier Way overnight whenever Hannah works a night shift, so that Marcus is never "
                      "alone with Ruby and Finn at night",
                 "Jean Whitlock, paternal grandmother",
                 "Jean signs the night rota each morning; Claire sees it at her visits, and one of her visits "
                 "each month is before 8am"],
                ["4", "Send Claire and Jean her shifts for the coming week, naming who is staying on each night "
                      "she works, and not work a night unless Jean or Sarah is booked",
                 "Hannah Whitlock",
                 "The rota e-mailed to Claire, with a name against every night shift"],
                ["5", "Home visits, one in three unannounced: see Ruby on her own and Finn awake, and talk with "
                      "Marcus about his relapse signature",
                 "Claire Nolan, social worker",
                 "Visit records within 48 hours, with Ruby's words and who was caring for Finn"],
                ["6", "Check Ruby in at the classroom door and ring Claire the same day if she is upset, very "
                      "tired, absent with no call, or talks about Daddy being poorly",
                 "Mrs Angela Shaw, DSL, Wellmead Primary School",
                 "CPOMS notes and the register e-mailed to Claire every Friday"],
                ["7", "Note who brings and collects Finn and how he is, and ring Claire the same day if Marcus "
                      "seems unwell or Finn is not brought in with no call",
                 "Bethany Cole, key person, Little Steps Nursery",
                 "Nursery log e-mailed to Claire every Friday"],
                ["8", "Finn's 2-year review at home, with an ASQ-3 and a check of his speech, and a referral to "
                      "speech and language therapy if his scores are low",
                 "Gail Morris, health visitor",
                 "ASQ-3 scores in Finn's red book and e-mailed to Claire; the referral letter if one is made"],
                ["9", "Five sessions of direct work with Ruby about her dad's illness, using the 'My Dad's "
                       "Illness' workbook, ending with her own safety card",
                 "Claire Nolan, social worker",
                 "Ruby's safety card on file; her 'how safe' score at the first and last session; Ruby can "
                 "tell Mrs Shaw who she would ring"],
                ["10", "Go with Ruby to the Kidstime family workshop (for families where a parent has a mental "
                       "illness) at Wellmead Family Hub",
                 "Hannah Whitlock",
                 "The workshop register, sent to Claire by the Family Hub"],
                ["11", "Update Marcus's crisis and relapse plan with Marcus, Hannah and Jean, saying which signs "
                       "mean Marcus must not care for Ruby and Finn and who cares for them at each stage, and send "
                       "it to the GP, school, nursery and the Emergency Duty Team",
                 "Sunil Varma, care coordinator (CPN), Kestrel Team",
                 "Crisis plan on Claire's file, and its receipt logged by the school and nursery"],
                ["12", "Go to every depot appointment and clinic review, and tell Sunil or Hannah the same day if "
                       "he notices any of his relapse signs",
                 "Marcus Whitlock",
                 "Depot record shows no missed appointment; any call to Sunil noted in Sunil's records"],
                ["13", "Parenting assessment of Hannah and Marcus, with what Jean can and cannot offer, and a "
                       "recommendation for the review conference",
                 "Claire Nolan, social worker",
                 "Assessment report shared with Hannah, Marcus, Jean and the core group"],
                ["14", "Carer's assessment for Hannah and Jean as Marcus's carers, with a support plan",
                 "Tessa Bell, carers' assessor, Elvercombe Carers' Centre",
                 "Carer's assessment and support plan copied to Claire"],
            ],
        }),
        ("h1", "The plan calendar: when each action happens"),
        ("p", "Every action number from 1 to 14 is in this calendar once. 'The review conference' is on "
              "05/05/2026."),
        ("table", {
            "header": ["When", "Actions (by number)"],
            "widths": [12.5, 4.5],
            "rows": [
                ["Every school day (Ruby) and every nursery session (Finn), until the review conference", "6, 7"],
                ["Every two weeks, on the day of each depot injection (next on 17/02/2026); the report two "
                 "working days before each core group (20/02/2026, 20/03/2026 and 17/04/2026)", "1"],
                ["At every depot appointment and clinic review; the same day if a relapse sign is noticed", "12"],
                ["Every week from 11/02/2026 until the review conference", "5"],
                ["Every Sunday by 6pm, for the week ahead", "4"],
                ["Every night Hannah works a night shift, from 10/02/2026 until the review conference", "3"],
                ["Weekly, Mondays from 23/02/2026 to 23/03/2026 (five sessions)", "9"],
                ["Saturday 14/03/2026, 10am to 1pm", "10"],
                ["By 13/03/2026", "8, 11, 14"],
                ["By 21/04/2026 (two weeks before the review conference)", "2, 13"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("table", {
            "header": ["If this happens", "What happens", "Who"],
            "widths": [5.0, 8.5, 3.5],
            "rows": [
                ["Marcus shows any relapse sign (not sleeping, talking about being watched, covering windows, "
                 "missing his depot)",
                 "Sunil or the Home Treatment Team sees Marcus the same day. Marcus is not left alone with Ruby "
                 "or Finn: Jean or Hannah stays with them, or the children go to Jean's until Sunil says Marcus "
                 "is well again.",
                 "Sunil Varma; Hannah; Jean"],
                ["Marcus stops anyone leaving the house, or the children cannot be seen",
                 "Anyone who knows rings 999; the police attend. Claire (or the Emergency Duty Team) holds a "
                 "strategy discussion the same day.",
                 "Anyone; Claire Nolan"],
                ["Jean cannot stay on a night Hannah is working (she is ill, away, or it is too much)",
                 "Jean or Hannah rings Claire that day. Sarah Gill stays instead (agreed on 09/02/2026); if "
                 "neither can, Hannah does not work the shift (agreed with her manager at Elm Lodge), and if "
                 "Hannah has to be away overnight the children stay at Sarah's.",
                 "Hannah; Claire Nolan"],
                ["Marcus misses two depots, is found caring for the children alone at night, or Dr Okafor's "
                 "opinion says he cannot yet care for them safely",
                 "Claire asks Rob Dempsey for a legal planning meeting within 5 working days, to decide whether "
                 "to start the Public Law Outline.",
                 "Claire Nolan"],
            ],
        }),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks at Wellmead Family Hub, Tuesdays at 10am: 24/02/2026, 24/03/2026 and "
            "21/04/2026.",
            "Review child protection conference: 05/05/2026 at 10am, Elvercombe County Hall.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Plan as updated at the first core group, printed to PDF: a landscape
#    table whose frequency and deadline are ticks in columns headed "Every
#    week", "Every 2 weeks" and "By 06/03/2026", with an "Other (say when)"
#    column, and How we'll know merged down some rows. Page header and
#    footer. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b174_eddlesworth_core_group_frequency_tick_columns_merged_checks_hollins.pdf",
    "doc_title": "Core Group Plan - Skye and Leo Hollins",
    "split": "tune",
    "actions": 15,
    "landscape": True,
    "min_pages": 2,
    "check_vmerge": 2,
    "header": "Eddlesworth Council · Children's Services · Core group plan",
    "footer": "Skye and Leo Hollins · Plan updated at core group 1 (17/02/2026) · Page {PAGE} of {NUMPAGES}",
    "template": "core-group-1-plan-paged-landscape-header-footer-kv-details-why-going-well-skye-says-leos-day-outcomes-then-tick-column-table-no-what-will-happen-who-every-week-every-2-weeks-by-date-other-say-when-how-well-know-merged-down-some-rows-then-if-things-get-worse-meetings",
    "description": (
        "Plan as updated at the first core group for a 3-year-old and a 5-month-old living with neglect: "
        "the baby's weight has dropped from the 50th to the 9th centile, the house is dirty and damp, and "
        "their father smokes cannabis every day. The action table gives no time in words: an X in a "
        "column headed 'Every week', 'Every 2 weeks' (both running, a note says, from 16/02/2026 until "
        "the review conference on 28/04/2026) or 'By 06/03/2026' is the row's time, and an 'Other (say "
        "when)' column holds the rest ('Every day', 'Every session', 'Report by 14/04/2026'); How we'll "
        "know is merged down rows 1 to 3 (visit notes) and rows 8 and 9. The drug service reports on "
        "change. Faults: the nursery's notes and the Home-Start volunteer's help share a merged "
        "'Monitored by the core group', and the volunteer's help is 'As and when'; clearing the garden "
        "has no X and nothing under Other; the damp repair request has '-' for how we'll know; the "
        "social worker's talk with Skye is 'When appropriate'; the contingency only says things will be "
        "discussed and considered if they do not improve; and nothing says legal planning follows."
    ),
    "blocks": [
        ("title", "Core Group Plan"),
        ("p", "Child protection plan from the initial conference on 03/02/2026, as updated at the first core "
              "group on 17/02/2026 at Eddlesworth Family Hub. Present: Chloe Hollins, Nathan Price, Amy "
              "Sutcliffe (SW), Rebecca Lowe (HV), Kelly Ward (FSW), Liam Burke (EDAS), Megan Ellis (Tiny Steps "
              "Nursery)."),
        ("kv", [
            ("Children", "Skye Hollins, born 30/10/2022 (3, Tiny Steps Nursery, four mornings a week); Leo "
                         "Hollins, born 12/09/2025 (5 months)"),
            ("Address", "9 Tanner Street, Eddlesworth ED5 1QW"),
            ("Parents", "Chloe Hollins (23) and Nathan Price (25), both children's parents, living together"),
            ("Category", "Neglect (both children)"),
            ("Social worker", "Amy Sutcliffe, Children's Safeguarding Team North"),
            ("Health visitor", "Rebecca Lowe, Eddlesworth 0-19 Service"),
            ("Drug service", "Liam Burke, recovery worker, Eddlesworth Drug and Alcohol Service (EDAS)"),
        ]),
        ("h1", "Why there is a plan"),
        ("p", "Leo's weight has dropped from the 50th centile at birth to the 9th at 5 months. Rebecca has seen "
              "him given cold bottles made up hours before, and Chloe has said she \"lets him sleep through "
              "feeds\". The house smells of cannabis and dog mess; there are bags of rubbish in the back garden "
              "and the second bedroom, and black mould on the wall by Leo's cot. Nathan says he smokes cannabis "
              "\"all day, to stay calm\" and Chloe says she smokes \"a bit at night\". Skye went to nursery for "
              "only 58% of her sessions in the autumn term, often arrived hungry, and has two decayed front "
              "teeth. Leo has not had his 8- or 12-week immunisations."),
        ("h1", "What is going well"),
        ("bullets", [
            "Chloe and Nathan both came to the conference and the core group, and want to keep the children.",
            "Nathan has started going to EDAS and has had two key-work sessions.",
            "Skye is chatty and confident at nursery and loves the home corner.",
            "Leo smiles, holds his head well and is loved: both parents cuddle and talk to him.",
        ]),
        ("h1", "What Skye says, and Leo's day"),
        ("p", "Skye (at nursery with Amy, 12/02/2026) said: \"Daddy's smoke is stinky.\" \"My teeth hurt when I "
              "eat crunchy.\" \"Leo cries and cries for milk.\" She put her teddy to bed in the home corner and "
              "said \"no more rubbish, teddy\"."),
        ("p", "Leo is 5 months old. On Rebecca's visit on 10/02/2026 he was in a damp babygrow in his cot by the "
              "mouldy wall, and fed hungrily when Chloe gave him a warm bottle Rebecca helped her make. He "
              "followed Chloe's voice round the room and smiled when Nathan sang to him."),
        ("h1", "What we want for Skye and Leo"),
        ("numbers", [
            "Leo is fed enough, at the right times, and his weight is back on the 25th centile or above.",
            "Skye and Leo live in a clean, warm, dry home with no cannabis smoke and no rubbish or dog mess.",
            "Skye goes to nursery every morning she is booked, fed and on time, and her teeth are treated.",
            "Skye and Leo are cared for by parents who are not under the influence of cannabis.",
        ]),
        ("h1", "The plan"),
        ("p", "Put an X under how often or by when. 'Every week' and 'Every 2 weeks' run from 16/02/2026 until "
              "the review conference on 28/04/2026. Anything else goes under 'Other (say when)'."),
        ("table", {
            "header": ["No.", "What will happen", "Who", "Every week", "Every 2 weeks", "By 06/03/2026",
                       "Other (say when)", "How we'll know"],
            "widths": [1.0, 6.8, 3.6, 1.6, 1.7, 2.4, 3.3, 5.3],
            "rows": [
                ["1", "Home visits, one in two unannounced: see Skye and Leo, where Leo sleeps and what food is "
                      "in the house",
                 "Amy Sutcliffe, social worker", "X", "", "", "",
                 "A dated visit note e-mailed to Amy within 2 working days of every visit, saying who was seen, "
                 "where Leo slept and what food was in the house; Leo's weight plotted in his red book at each "
                 "health visit"],
                ["2", "Weigh Leo, plot his weight in his red book, and watch Chloe or Nathan make up and give a "
                      "feed",
                 "Rebecca Lowe, health visitor", "X", "", "", "", V],
                ["3", "Sessions at home with Chloe and Nathan on Leo's feeds, a daily routine for both children "
                      "and keeping the house clean, using the home conditions checklist",
                 "Kelly Ward, family support worker", "", "X", "", "", V],
                ["4", "Key work with Nathan on stopping cannabis, with a urine test at each session, and a "
                      "written view before each core group on whether he has stopped and is likely to stay "
                      "stopped",
                 "Liam Burke, recovery worker, EDAS", "X", "", "", "",
                 "Urine results e-mailed to Amy after each session; Liam's written view on Amy's file before "
                 "each core group"],
                ["5", "Not smoke cannabis in the house or the car, or at any time he is caring for Skye or Leo",
                 "Nathan Price", "", "", "", "Every day",
                 "EDAS urine results; no smell of cannabis at any visit, written in the visit notes"],
                ["6", "Refer Leo to the paediatric dietitian at Eddlesworth General Hospital about his weight",
                 "Rebecca Lowe, health visitor", "", "", "X", "",
                 "Referral acceptance letter, with the first appointment date, on Amy's file"],
                ["7", "Take Skye to nursery by 9.15am on each of her four booked mornings, with breakfast eaten",
                 "Chloe Hollins", "", "", "", "Monday to Thursday mornings",
                 "Nursery register e-mailed to Amy every Friday; Skye in on at least 9 of every 10 sessions"],
                ["8", "Note who brings Skye, whether she is hungry or in clean clothes, and ring Amy the same "
                      "day with any worry",
                 "Megan Ellis, key person, Tiny Steps Nursery", "", "", "", "Every session",
                 "Monitored by the core group"],
                ["9", "Help Chloe with the washing and the weekly shop, and show her how to plan cheap meals",
                 "Jo Marsh, Home-Start volunteer", "", "", "", "As and when", V],
                ["10", "Clear the rubbish and dog mess from the back garden and the second bedroom, using the "
                       "council's bulky waste collection",
                 "Chloe and Nathan", "", "", "", "",
                 "Amy sees the garden and bedroom clear at a visit and photographs them for the file"],
                ["11", "Report the damp and black mould in the children's bedroom to Eddlesworth Homes for "
                       "repair",
                 "Amy Sutcliffe, social worker", "", "", "X", "",
                 "-"],
                ["12", "Take Skye to Market Street Dental Practice for a check-up about her front teeth",
                 "Chloe Hollins", "", "", "X", "",
                 "Appointment card seen by Amy; the dentist's letter if treatment is needed"],
                ["13", "Give Leo his overdue 8-week and 12-week immunisations",
                 "Dr Faisal Hussain, GP, Eddlesworth Health Centre", "", "", "X", "",
                 "Immunisations recorded in Leo's red book and the GP record"],
                ["14", "Parenting assessment of Chloe and Nathan, with a recommendation for the review conference",
                 "Amy Sutcliffe, social worker", "", "", "", "Report by 14/04/2026",
                 "Report shared with Chloe, Nathan and the core group by 14/04/2026"],
                ["15", "Talk with Skye at nursery about home, using her 'house of good things and worries'",
                 "Amy Sutcliffe, social worker", "", "", "", "When appropriate",
                 "Skye's drawings and her words on file"],
            ],
        }),
        ("h1", "If things get worse"),
        ("p", "If things do not improve, or there are further concerns about Leo's weight or the state of the "
              "house, Amy will discuss this with her team manager and the core group will consider what needs "
              "to happen next. Anyone worried about Skye or Leo should contact Amy or the duty team."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks at Eddlesworth Family Hub, Tuesdays at 2pm: 17/03/2026 and 14/04/2026.",
            "Review child protection conference: 28/04/2026 at 10am, Eddlesworth Council House.",
        ]),
    ],
    "findings": [
        F("M002", "Note who brings Skye, whether she is hungry or in clean clothes"),
        F("M002", "Help Chloe with the washing and the weekly shop"),
        F("T002", "Help Chloe with the washing and the weekly shop"),
        F("T001", "Clear the rubbish and dog mess from the back garden"),
        F("M001", "Report the damp and black mould in the children's bedroom"),
        F("T002", "Talk with Skye at nursery about home, using her"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Initial conference plan as four outcome cards: each outcome has one
#    "By when" and one "How we will know" line for every action under it,
#    and the actions are bold-owner bullets, a few with their own time or
#    check. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b174_ellisford_icpc_outcome_cards_shared_when_and_check_nowak.md",
    "split": "tune",
    "actions": 14,
    "template": "icpc-plan-md-bold-details-lines-why-working-well-childrens-words-then-plan-as-four-outcome-cards-each-with-one-by-when-and-one-how-we-will-know-line-for-its-actions-then-bold-owner-bullets-some-with-own-time-or-check-then-if-things-go-wrong-meetings",
    "description": (
        "Exemplary initial conference plan for a 10-year-old and a 4-year-old after their father, who "
        "drinks, assaulted their mother; he has left the home under a non-molestation order and sees "
        "the children on Saturdays at his brother's, who supervises. The plan is four outcome cards, "
        "each with one 'By when' line ('every day from 16/02/2026 until the review conference on "
        "11/05/2026', 'at every Saturday contact, from 21/02/2026 until the review conference') and "
        "one 'How we will know' line for every action under it (the police record checked before each "
        "core group, the contact sheet with the breath test reading, EARS and Change Path reports, the "
        "10-year-old's worry score), then bold-owner bullets, a few with their own time or check "
        "('before each contact', 'every two weeks', 'by 06/03/2026'). The alcohol service and the GP "
        "own actions and report on change, the uncle's supervision has a fallback, legal planning "
        "follows named triggers, core group and review dates are set, and both children's words are "
        "recorded."
    ),
    "text": """\
# Ellisford City Council - Children's Social Care

## Child protection plan: Kacper and Zofia Nowak

Agreed at the initial child protection conference on 16/02/2026 (chair: Rhiannon Blake, independent
reviewing officer). Marta and Tomasz each had a Polish interpreter at the conference, and this plan has been
translated for them.

**Children:** Kacper Nowak, born 08/11/2015 (10, Year 5); Zofia Nowak, born 14/06/2021 (4, Reception). Both
at Linden Park Primary School.
**Home:** 4 Linden Close, Ellisford EF3 8RG, with their mum, Marta Nowak (35)
**Dad:** Tomasz Nowak (38), staying with his brother Piotr Nowak at Flat 6, Canal House, Ellisford.
Non-molestation order: no contact with Marta and not to come to Linden Close, until 12/08/2026.
**Category:** Emotional abuse (both children)
**Social worker:** Helen Ward, Ellisford Central Safeguarding Team (team manager: Gareth Moyes)

### Why there is a plan

On 24/01/2026 Tomasz came home drunk, shouted at Marta and hit her across the face, in front of Kacper and
Zofia. Kacper stood between them and was pushed against the radiator; he rang 999 from his tablet. Marta
says there have been "many" nights of shouting when Tomasz has been drinking, and that he pushed her in
the summer. Tomasz drinks most days, more at weekends, and told the conference "I drink too much, I know."
Kacper's teacher says he has been tired and tearful, and he told her he "has to listen at night in case
Tata gets angry". Zofia has started wetting the bed again and says very few words at school.

### What is working well

- Marta rang the police herself in the summer and asked for the non-molestation order this time.
- Tomasz has kept to the order since it was made, and referred himself to EARS on 03/02/2026.
- Piotr has offered to supervise the children's time with their dad, and the children trust him.
- Kacper is doing well at school and plays in the school football team.

### What Kacper and Zofia say

**Kacper** (seen on his own at school by Helen, with no interpreter needed, 10/02/2026): "I want to see
Tata but not when he has had beer." "I stay awake to listen." "It's my job to look after Mama and Zofia."
He scored how worried he is at night as 8 out of 10. He wants to "see Tata at Uncle Piotr's on Saturdays"
and "stop being scared when the door goes".

**Zofia** (at school with Helen and her teacher, 11/02/2026) drew her family with Tata "far away" and
said "Tata shouty" and "Kacper my friend". Her teacher says she follows Kacper at playtime and hides her
face when an adult raises their voice.

### The plan: four outcomes

Each outcome has one **By when** line and one **How we will know** line. They are for every action under
that outcome; where an action needs its own time or its own check, it says so.

#### Outcome 1: Kacper and Zofia are safe at home, and their dad does not come to the house or frighten their mum

**By when:** every day from 16/02/2026 until the review conference on 11/05/2026.
**How we will know:** the police record shows no call-out to 4 Linden Close and no breach of the order
(checked by PC Quinn before each core group); Marta, Kacper and Zofia each tell Helen, on their own, that
Tomasz has not come to the house; Helen's visit records are on file within 48 hours of each visit.

- **Marta** will keep Tomasz out of the house as the order says, and ring 999 if he comes to the door or
  to the school.
- **PC Sarah Quinn (Ellisford Police, Domestic Abuse Unit)** will keep the warning marker on 4 Linden
  Close, and check the police record for any call-out or breach before each core group.
- **Gwen Price (IDVA, Ellisford Women's Aid)** will do safety planning with Marta, with a Polish
  interpreter, every two weeks; her own check is Marta's written safety plan, signed and sent to Helen by
  06/03/2026.
- **Helen Ward (social worker)** will visit Marta and the children at home every week, one visit in three
  unannounced, and see Kacper and Zofia each on their own.

#### Outcome 2: Kacper and Zofia see their dad safely, with a sober dad and a trusted adult in the room

**By when:** at every Saturday contact, 10am to 12 noon, from 21/02/2026 until the review conference.
**How we will know:** Piotr's contact sheet for every visit, signed by Piotr and Tomasz and sent to Helen
by the Monday, with the breath test reading (0.00) and what the children did; Helen's written record of
each contact she watches; what Kacper and Zofia tell Helen about contact at her next visit.

- **Piotr Nowak (uncle)** will supervise contact at his flat, stay in the room the whole time, and end
  the visit and take the children home if Tomasz smells of drink or talks about Marta.
- **Tomasz** will do a breath test with Piotr before each contact, and not come at all if he has had a
  drink in the 24 hours before.
- **Helen Ward** will watch the first contact on 21/02/2026 and then one in every four, and ask Kacper
  and Zofia afterwards how it was.

#### Outcome 3: Kacper and Zofia no longer hear shouting or see violence, because their dad has stopped drinking and learned to stay calm

**By when:** by the review conference on 11/05/2026, with progress checked at each core group.
**How we will know:** EARS breath test results after every session and Jon's report on Helen's file by
04/05/2026; the Change Path register sent to Helen every month and the facilitator's mid-point report;
Tomasz's CDT blood result back in the normal range; what the children tell Helen about contact.

- **Jon Reid (recovery worker, Ellisford Alcohol Recovery Service, EARS)** will see Tomasz for key work
  every week with a breath test at each session, and write a report for the review conference on whether
  he has stopped drinking, whether it is likely to last, and what that means for the children's contact.
- **Tomasz** will go to every session of the 24-week Change Path programme (for men who have been
  abusive to a partner), Thursdays at 6pm from 05/03/2026.
- **Dr Ewa Lis (GP, Linden Park Surgery)** will take Tomasz's liver function and CDT blood tests at the
  start (by 27/02/2026) and after 8 weeks (by 24/04/2026), and send the results to Jon and Helen.

#### Outcome 4: Kacper can be a ten-year-old, not his mum's protector, and Zofia's speech and confidence grow

**By when:** from 23/02/2026 until the review conference, unless the action says otherwise.
**How we will know:** Kacper's worry score, asked each week by Mr Hale and written in his session notes
e-mailed to Helen, down from 8 to 4 or below by the review conference; Kacper's safety card on file; the
speech and language therapy acceptance letter, the therapist's record of Zofia's attendance, and Zofia's
assessment report on Helen's file and shared with Marta and the school.

- **Mr Owen Hale (learning mentor, Linden Park Primary)** will see Kacper for a 30-minute session every
  Tuesday, using his worry scale.
- **Helen Ward** will do four sessions of direct work with Kacper, Wednesdays after school from
  04/03/2026, about what happened and whose job it is to keep Mama safe, ending with his own safety card.
- **Mrs Lena Kaur (SENCO, Linden Park Primary)** will refer Zofia to the speech and language therapy
  service, with Marta's consent, by 06/03/2026.
- **Marta** will take Zofia to her speech and language assessment and to every therapy session she is
  offered, and do the home activities the therapist gives her.

### If things go wrong

- If Tomasz comes to the house or the school, or contacts Marta: Marta (or the school) rings 999 and the
  police attend and arrest him for breaching the order. Helen holds a strategy discussion with the police
  the same day.
- If Tomasz's breath test before contact is over 0.00, or he smells of drink or becomes angry: Piotr does
  not start the visit, or ends it, takes the children home to Marta and rings Helen that day. There is no
  contact until Helen and Jon have seen Tomasz.
- If Piotr cannot supervise a Saturday (he is ill, away, or the arrangement is not working), he rings
  Helen by the Thursday before. That week's contact takes place at Ellisford Family Contact Centre with a
  contact worker, booked by Helen; if the centre has no slot, there is no contact that week. Contact never
  goes ahead without a supervisor.
- If Marta lets Tomasz back into the house, if Tomasz breaches the order, or if he drinks before contact
  twice, Helen will ask Gareth Moyes for a legal planning meeting within 5 working days to decide whether
  to start the Public Law Outline.

### Meetings

- Core group every four weeks at Linden Park Primary, Mondays at 3.30pm: 02/03/2026, 30/03/2026 and
  27/04/2026.
- Review child protection conference: 11/05/2026 at 10am, Ellisford Civic Offices.

Plan sent to Marta, Tomasz (in English and Polish), Piotr and every agency on 18/02/2026.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Pre-birth plan: numbered items in four parts, whose time is a closing
#    line, a "Timescale for this part" line, the item's own event, or (for
#    the last part) nothing; how we will know is a list after the plan
#    keyed by item number. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b174_emmerdown_prebirth_part_closing_lines_keyed_checks_dunn.md",
    "split": "tune",
    "actions": 17,
    "template": "prebirth-icpc-plan-md-details-table-why-going-well-babys-world-and-mums-words-outcomes-then-numbered-items-in-four-parts-before-birth-closed-by-a-deadline-line-at-the-birth-with-event-times-at-home-under-a-timescale-for-this-part-line-other-things-agreed-with-no-time-then-how-we-will-know-list-keyed-by-item-number-then-if-things-go-wrong-meetings",
    "description": (
        "Pre-birth initial conference plan for an unborn girl whose mother, a 21-year-old care leaver, "
        "smoked cannabis daily until 16 weeks of pregnancy and whose first child was adopted; her "
        "partner also smokes cannabis. The plan is 17 numbered items in four parts: 'Before the baby is "
        "born', closed by 'Items 1 to 7 are to be done by 36 weeks (13/03/2026), unless the item says "
        "otherwise'; 'When baby is born', each item with its own event ('within 2 hours of the birth', "
        "'every shift until discharge'); 'At home', under 'Timescale for this part: every week from the "
        "day baby comes home until baby is 12 weeks old'; and 'Other things agreed', with no time. How we "
        "will know is a list after the plan keyed by item number. The drug service reports on change, "
        "legal planning follows named triggers, core group and review dates are set, and baby's world "
        "is recorded. Faults: the partner's drug service assessment is left out of the keyed list; the "
        "antenatal course is 'when she feels ready'; the family support worker's sessions are checked by "
        "'to be discussed at core group'; 'All professionals' report signs of cannabis; the two items "
        "under 'Other things agreed' have no time; and one outcome is only about the mother."
    ),
    "text": """\
# Emmerdown Council - Children's Services

## Pre-birth child protection plan: Baby Dunn (unborn)

Agreed at the pre-birth initial child protection conference on 20/01/2026, at 28+4 weeks of pregnancy.
Chair: Yvonne Chalk (IRO).

| | |
|---|---|
| **Baby** | Unborn girl, due 10/04/2026 (36 weeks is 13/03/2026). Birth booked at Emmerdown General Hospital. |
| **Mum** | Kirsty Dunn (21), care leaver; Flat 11, Ashby House, Station Road, Emmerdown EM9 2BX |
| **Dad** | Josh Tate (24), lives with Kirsty |
| **Baby's brother** | Mason (2), adopted in 2024; no contact |
| **Category** | Neglect (unborn baby) |
| **Social worker** | Sam Kerr, Emmerdown Children's Safeguarding Team (team manager: Colette Byrne) |
| **Other workers** | Lucy Webb (specialist safeguarding midwife); Ade Bello (recovery worker, Emmerdown Recovery Hub, ERH); Maria Costa (personal adviser, Leaving Care Team); Nadia Iqbal (health visitor); Ben Lowe (family support worker, Emmerdown Family Hub) |

### Why baby has a plan before she is born

Kirsty's son Mason was removed in 2023, when she was 19, because he was left hungry and alone while Kirsty
and her then partner smoked cannabis, and he was adopted in 2024. Kirsty smoked cannabis every day until
she found out she was pregnant at 16 weeks. She has been in key work at ERH since October, and her urine
tests since 13/11/2025 have been clear. Josh says he smokes cannabis "a few nights a week, never in the
flat", but Kirsty's personal adviser smelt cannabis there on 08/01/2026. The flat has one bedroom, damp in
the bathroom, and no cot or Moses basket yet.

### What is going well

- Kirsty has been to every antenatal appointment since she booked, and to every ERH session since October.
- Kirsty is open about what happened with Mason and says "I'm not the same person now".
- Josh came to the conference and said he would "do whatever it takes".
- Maria has known Kirsty since she was 16 and Kirsty trusts her.

### Baby's world, and what Kirsty says

Baby cannot tell us what she needs. At the 20-week scan she was growing well, and Lucy says her growth is
following the 50th centile on the GROW chart. Kirsty talks to her bump and has chosen the name Lily. Baby
will come home to a one-bedroom flat on the third floor with no lift; she will need feeding every two to
three hours, a safe place to sleep on her back, a smoke-free home, and parents who are awake and clear-
headed for her, day and night.

Kirsty told Sam on 14/01/2026: "I want her to have what Mason didn't. I know you're going to watch me, and
that's fine."

### What we want

1. Baby is born safely, and goes home only when the discharge planning meeting agrees it is safe.
2. Baby is fed, warm and gaining weight, and sleeps on her back in her own Moses basket.
3. Baby lives in a flat free of cannabis, cared for by parents who do not use it.
4. Kirsty feels confident as a mum and is proud of how far she has come.

## What needs to happen

The items are numbered 1 to 17. When each part is to be done is said once, in the part's closing line or
its timescale line, unless an item gives its own time. How we will know is in the list after the plan, by
item number.

### Before the baby is born

1. Kirsty will go to her key-work session at ERH every Thursday and give a urine sample at each one.
2. Ade Bello (ERH) will arrange a 3-month hair strand test for Kirsty and write a report for the core
   group on whether she has stopped cannabis and is likely to stay stopped once baby is here.
3. Lucy Webb (safeguarding midwife) will put the safeguarding birth plan on Kirsty's maternity record, so
   that the labour ward knows to ring Sam at the birth.
4. Sam Kerr (social worker) will complete the pre-birth parenting assessment with Kirsty and Josh, with a
   recommendation for the birth and discharge.
5. Josh will go to ERH for an assessment of his cannabis use, and start key work if it is offered.
6. Kirsty will go to the Baby Steps antenatal parenting course at Emmerdown Family Hub when she feels ready.
7. Maria Costa (personal adviser) will help Kirsty and Josh buy a cot, a Moses basket and a pram with
   Kirsty's setting-up-home allowance.

Items 1 to 7 are to be done by 36 weeks (13/03/2026), unless the item says otherwise.

### When baby is born

Each item here gives its own time.

8. The midwife in charge of the labour ward will ring Sam, or the Emergency Duty Team out of hours, within
   2 hours of the birth.
9. The midwife in charge of Maple Ward on each shift will write down how Kirsty and Josh feed, hold and
   settle baby, on every shift until discharge.
10. Sam Kerr will see baby, Kirsty and Josh on the ward within 24 hours of the birth, and hold the
    discharge planning meeting before baby leaves the ward.

### At home

Timescale for this part: every week from the day baby comes home until baby is 12 weeks old, unless the
item says otherwise.

11. Sam Kerr will visit at home, one visit in three unannounced, and see baby awake and where she sleeps.
12. Nadia Iqbal (health visitor) will do the new birth visit at 10 to 14 days, then visit every week to
    weigh baby and watch a feed.
13. Ben Lowe (family support worker) will do sessions at home with Kirsty and Josh on feeds, sleep and a
    daily routine for baby.
14. Kirsty and Josh will not smoke cannabis at all, every day, and will keep the flat and the stairwell
    outside it smoke-free.
15. All professionals will tell Sam the same day about any smell of cannabis or sign of use at the flat.

### Other things agreed

16. Josh will go to the Dads Matter group at Emmerdown Family Hub.
17. Sam Kerr will ask Emmerdown Homes to move Kirsty and Josh to a flat with a second bedroom and no damp.

## How we will know (by item number)

- 1 and 2: urine results e-mailed to Sam after each session; the hair strand result and Ade's report on
  Sam's file.
- 3: the birth plan on BadgerNet, and a copy on Sam's file.
- 4: the assessment report shared with Kirsty, Josh and the core group.
- 6: the course register sent to Sam by the Family Hub.
- 7: the cot, Moses basket and pram seen by Sam at the flat.
- 8: the call written in the maternity notes and on Sam's case file or the EDT log.
- 9: the parenting observation sheets, copied to Sam before discharge.
- 10: Sam's visit record, and the discharge plan signed by Kirsty and Josh and sent to the core group.
- 11: visit records within 48 hours, saying where baby slept and who was in the flat.
- 12: each weight plotted on the red book centile chart.
- 13: to be discussed at core group.
- 14: no smell of cannabis at any visit, written in the visit records; Kirsty's ERH urine results clear.
- 15: each report logged on baby's chronology by Sam.
- 16: the group register e-mailed to Sam.
- 17: Emmerdown Homes' reply on Sam's file.

## If things go wrong

- If any urine or hair strand test shows cannabis since 20/01/2026, or Kirsty or Josh is seen under the
  influence: Sam holds a strategy discussion with the police and health that day; Lucy updates the birth
  plan so that baby stays on the ward until a new plan is agreed; and Sam asks Colette Byrne for a legal
  planning meeting within 5 working days, to decide whether to start pre-proceedings under the Public Law
  Outline before baby is born.
- If Kirsty or Josh try to take baby off the ward before the discharge planning meeting has agreed it,
  the midwife in charge rings the police and Sam (or the Emergency Duty Team) straight away.
- If baby loses weight, or is found asleep anywhere but on her back in her Moses basket, Nadia rings Sam
  the same day and Sam visits that day.
- If the pre-birth assessment says baby could not be cared for safely at home, Sam will ask for a legal
  planning meeting before 36 weeks.

## Meetings

- Core group every four weeks at Emmerdown Family Hub, Tuesdays at 11am: 03/02/2026 and 03/03/2026;
  then within 10 working days of the birth.
- Review child protection conference: 31/03/2026 at 2pm, Emmerdown Civic Centre (38+4 weeks).
""",
    "findings": [
        F("M001", "Josh will go to ERH for an assessment of his cannabis use"),
        F("T002", "Baby Steps antenatal parenting course at Emmerdown Family Hub"),
        F("M002", "Ben Lowe (family support worker) will do sessions at home"),
        F("W002", "All professionals will tell Sam the same day"),
        F("T001", "Josh will go to the Dads Matter group"),
        F("T001", "will ask Emmerdown Homes to move Kirsty and Josh"),
        F("F002", "Kirsty feels confident as a mum and is proud of how far she has come."),
    ],
})


# ---------------------------------------------------------------------------
# 7. Initial conference plan printed from a case system as plain text: the
#    plan in three blocks, the first under an opening line giving its time
#    and closed by one check for all its items, the second closed by one
#    deadline line, the third with no time. Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b174_emberholt_icpc_case_print_opening_and_closing_group_lines_barker.txt",
    "split": "tune",
    "actions": 18,
    "template": "icpc-plan-case-system-plain-text-print-numbered-sections-dot-leader-details-worries-strengths-childrens-views-outcomes-then-plan-in-three-blocks-6a-under-an-opening-line-giving-the-time-and-closed-by-one-check-for-all-items-6b-with-own-evidence-lines-closed-by-one-deadline-line-6c-other-work-with-no-group-time-then-contingency-meetings",
    "description": (
        "Initial conference plan for an 8-year-old with ADHD, whose mother's partner grabbed him and "
        "left finger-mark bruises, and his 3-year-old sister; the maternal grandparents do school runs "
        "and have the children overnight. Printed from a case system as plain text: the plan's block "
        "6A opens with 'All of the following start this week and run every week until the review "
        "conference on 05/05/2026, unless an item says otherwise' and closes with one check for every "
        "item in it ('For every item in 6A the core group will see ...'); block 6B's items each have an "
        "Evidence line and the block closes with 'Each of B1 to B6 to be done by the first core group, "
        "24/02/2026'; block 6C, 'Other work agreed', has no group time or check. Faults: the grandfather "
        "helps at bedtime 'as and when Gemma asks'; the school's pastoral support plan has 'monitored by "
        "school' as its evidence; in 6C the direct work with the 8-year-old has no time, the family "
        "network's Sundays are owned by 'Family network', and the housing request has neither a time "
        "nor evidence; and the contingency sends the children to their grandparents with nothing said "
        "if they cannot help."
    ),
    "text": """\
EMBERHOLT BOROUGH COUNCIL - CHILDREN'S SOCIAL CARE             CaseLink  Printed 12/02/2026 14:22
CHILD PROTECTION PLAN                                         Case ref: CL-448291
==================================================================================================

1. DETAILS
----------
Children .............. Kyle BARKER, born 21/05/2017 (8), Year 4, St Mark's C of E Primary
                        Poppy BARKER, born 09/09/2022 (3), Busy Bees Nursery (mornings)
Address ............... 33 Kiln Lane, Emberholt EB6 4HA
Mother ................ Gemma Barker (30), works evening shifts at Foodmart, 5pm to 10pm, Mon-Thu
Mother's partner ...... Lee Stokes (33), lives at the address
Father ................ not involved; lives in Aberdeen, no contact since 2022
Grandparents .......... Sue and Alan Barker (Gemma's parents), 2 Pottery Row, Emberholt
Category .............. Physical abuse (Kyle); emotional abuse (Kyle and Poppy)
Conference ............ Initial child protection conference, 10/02/2026
Chair ................. Nigel Osei (IRO)
Social worker ......... Rachel Amos, Emberholt Safeguarding Team 1 (team manager: Fiona Grant)

2. WHAT WE ARE WORRIED ABOUT
----------------------------
On 13/01/2026 Kyle's teacher saw four finger-mark bruises on his upper arm. Kyle said "Lee grabbed me
because I wouldn't go to bed." A child protection medical on 14/01/2026 found the bruises were consistent
with a hard grip. Lee says he "held him to stop him running off" and that Kyle "knows how to wind people
up". Gemma works four evenings a week and Lee puts the children to bed on those nights. Kyle has ADHD and
bedtime is hard; he told his teacher that Lee "shouts in my face" and once locked him in his room. Poppy's
nursery attendance this term is 64%, and she missed her hearing test in November.

3. WHAT IS WORKING WELL
-----------------------
- Gemma believed Kyle, and since 14/01/2026 has swapped two of her evening shifts so that she does bedtime.
- Sue and Alan take Kyle to school three mornings a week and the children love staying at their house.
- Lee has said he wants help to manage his temper and came to the conference.
- Kyle is good at reading and loves Lego; Poppy is happy and sociable at nursery.

4. WHAT KYLE AND POPPY SAY
--------------------------
Kyle (seen on his own at school by Rachel, 06/02/2026): "I don't like bedtime when Mum's at work." "Lee
grabs my arm and it hurts." "Nana's house is the best, she lets me build Lego till late." He scored how
safe he feels at home as 4 out of 10 and said it would go up "if Mum did bedtime every night".
Poppy (at nursery, 05/02/2026) played families with the dolls, put the "daddy" doll in the bin and said
"no shouting, go away". She told her key person she likes "Nana's and Grandad's, pancakes".

5. WHAT WE WANT FOR KYLE AND POPPY
---------------------------------
5.1 Kyle and Poppy are never hurt, grabbed or locked in a room by any adult.
5.2 Bedtime is calm, and an adult who can manage Kyle's ADHD without rough handling puts him to bed.
5.3 Poppy goes to nursery every morning she is booked, and her hearing is checked.
5.4 Kyle's score for how safe he feels at home is 8 out of 10 or more by the review conference.

6. THE PLAN
-----------

6A WEEKLY WORK
All of the following start this week and run every week until the review conference on 05/05/2026,
unless an item says otherwise.

A1  Rachel Amos (SW) will visit at home, one visit in three unannounced and one a fortnight at bedtime,
    and see Kyle and Poppy each on their own.
A2  Ben Hughes (family support worker, Emberholt Family Hub) will do sessions at home with Gemma and Lee
    on bedtime for a child with ADHD: a routine, a reward chart, and calming down without grabbing or
    shouting.
A3  Mrs Claire Dunn (DSL, St Mark's) will check Kyle in at registration every school day, look out for
    marks and ring Rachel the same day if she sees one or Kyle says anything about home.
A4  Sue and Alan Barker will take Kyle to school on Mondays, Wednesdays and Fridays.
A5  Sue Barker will have Kyle and Poppy to stay at Pottery Row every Friday night, until Saturday teatime.
A6  Lisa Grant (key person, Busy Bees Nursery) will note Poppy's arrival time, who brings her and how she
    is, at every nursery session.
A7  Gemma will work day shifts only (agreed with her manager at Foodmart from 16/02/2026) and do Kyle's
    and Poppy's bedtime herself every night; Lee will not put Kyle to bed or be alone with him at bedtime.
A8  Alan Barker will come round at bedtime to help settle Kyle, as and when Gemma asks him.

For every item in 6A the core group will see a dated entry on the children's chronology for each visit,
session, school run, night or bedtime, sent to Rachel within 2 working days by whoever did it (Sue, Alan
and Gemma by text), saying who was seen and any mark, injury or worry; and Kyle's own "safe at home" score,
asked by Rachel on her own with him every week.

6B ONE-OFF TASKS

B1  Rachel Amos (SW) will write a safety plan with Gemma, Lee, Sue and Alan: who does bedtime, and what
    Gemma does if Lee loses his temper.
    Evidence: the safety plan signed by all four, on file and given to the school and nursery.
B2  Dr Kaye Lin (community paediatrician, Emberholt Child Development Centre) will review Kyle's ADHD
    medication and his sleep.
    Evidence: clinic letter to Gemma, the GP and Rachel.
B3  DC Tom Reid (Emberholt Police, Child Abuse Investigation Team) will tell Rachel in writing where the
    investigation into Kyle's bruising has got to.
    Evidence: the written update on Kyle's file.
B4  Mrs Claire Dunn (DSL, St Mark's) will set up a pastoral support plan for Kyle with a daily check-in
    card.
    Evidence: monitored by school.
B5  Gemma will rebook Poppy's missed hearing test at Emberholt Audiology.
    Evidence: the appointment letter, seen by Rachel.
B6  Lee will meet Rachel on his own to talk about what happened on 12/01/2026 and agree his part of the
    safety plan.
    Evidence: Rachel's record of the meeting, signed by Lee.

Each of B1 to B6 to be done by the first core group, 24/02/2026.

6C OTHER WORK AGREED

C1  Lee will go to the 10-week "Dads in Control" course at Emberholt Family Hub, Tuesdays at 7pm from
    03/03/2026.
    Evidence: the course register, e-mailed to Rachel each month.
C2  Rachel Amos (SW) will do direct work with Kyle about home and bedtime, using the "All About Me"
    workbook, ending with his own safety card.
    Evidence: Kyle's safety card and his words on file.
C3  Family network will have Kyle and Poppy for the day every other Sunday, so that Gemma can rest.
    Evidence: Sue texts Rachel after each Sunday.
C4  Rachel Amos (SW) will ask Emberholt Homes about a bigger house so that Kyle has a room of his own.

7. IF THINGS GO WRONG
---------------------
- If Kyle or Poppy has any mark or injury, or says that Lee or anyone has hurt them: the school or nursery
  rings Rachel (or the Emergency Duty Team) straight away, and Rachel holds a strategy discussion with the
  police the same day. Lee leaves the house that day and stays with his brother at 17 Mill Street, and the
  children stay at Sue and Alan's until the strategy discussion decides what happens next.
- If Lee puts Kyle to bed, or is alone with him at bedtime, Gemma or whoever knows rings Rachel that day
  and Rachel visits the same evening.
- If Kyle is hurt again, if Lee goes back to putting Kyle to bed, or if Kyle's "safe at home" score is
  still below 6 at the second core group, Rachel will ask Fiona Grant for a legal planning meeting within
  5 working days to decide whether to start the Public Law Outline.

8. MEETINGS
-----------
Core group ............ every 4 weeks at St Mark's, Tuesdays 3.30pm: 24/02/2026, 24/03/2026, 21/04/2026
Review conference ..... 05/05/2026, 10am, Emberholt Civic Centre

Plan sent to Gemma, Lee, Sue and Alan and every agency on 12/02/2026.
==================================================================================================
""",
    "findings": [
        F("T002", "Alan Barker will come round at bedtime to help settle Kyle"),
        F("M002", "will set up a pastoral support plan for Kyle"),
        F("T001", "will do direct work with Kyle about home and bedtime"),
        F("W002", "Family network will have Kyle and Poppy for the day"),
        F("T001", "will ask Emberholt Homes about a bigger house"),
        F("M001", "will ask Emberholt Homes about a bigger house"),
        F("C003"),
    ],
})
