"""Batch 177, module l: seven fictional plans (held-out material), places beginning with "l".

Everything here is made up: children, families, professionals, services,
schools, hospitals, police forces and councils. Labels were written by hand
from docs/rules.md and the conventions in sample_plans/README.md (conventions
1 to 13), without running planlint or reading its code.

Focus: who does each action, said once for many actions, wherever the
writer's template puts it. Each plan is in a template of its own, and in each
many actions take their owner from somewhere other than their own sentence or
row: a who's-who key of short names and initials ("KB", "RP", "DSL", "Nan")
and a Who cell merged down over each person's rows; a letter's "I will" from
the social worker who signs it, "you" said to the named mother, and a worker's
lead-in line ("Shona Reid, community psychiatric nurse ..., will:") over the
bullets that are hers; a young person's own plan where "I" is Leah and each
grown-up has a bold "Mum will:" / "Nan will:" lead-in; an action log grouped
under "LEAD: NH (social worker)" lines by the initials of a present list;
full-width banner rows in a table with no Who column naming the person or
pair who owns the rows beneath ("Abi and Femi together"); a "Lead for this
part:" line over each part's table; and one heading per person or pair
("Sadia and Zara together"). Joint work ("Nicola and Gary will ...", "Shannon
and Craig") and work done to or for a child ("Mason will be seen by Amira
Patel, the school nurse", "Lacey will be seen by Joanne Cole") name the doer.
In the four faulty plans a few actions sit where no one is named ("A referral
will be made ...", "to be found", "I will be supported to ...", a "-" Who
cell, a "Still to sort out" list, a "NOT YET ALLOCATED" block, a part whose
lead was not agreed), or under a collective owner ("All agencies", "TBC",
"Everyone in my network will:", "LEAD: ALL", "Lead for this part: the
family"); the groups are drawn so that it is clear which actions a group
owner covers (a row or step naming its own person is theirs, not the
group's).

1. an initial conference plan for a 6-year-old and a 2-year-old (neglect,
   the mother's drinking, arguments, the grandmother helping), with a
   who's-who key of short names and a landscape table whose Who cell is
   merged down over each person's rows (docx): faults are a passive speech
   and language referral with "-" for who, "All agencies" passing on signs
   of drinking, "TBC" contacting the older child's father, budgeting
   sessions measured by "Shannon's engagement with the Family Hub", Nan's
   teas "as and when needed", and no legal planning anywhere (W001, W002 x2,
   M002, T002, R002);
2. the social worker's letter to a mother with depression after the initial
   conference for her 9-year-old young carer and 4-year-old: "What I will
   do", "What you have agreed to do, Gemma", "What Liam has agreed to do",
   Nana Jean's lead-in, each other worker's lead-in line over her bullets,
   and health checks done to the children; letterhead header and page
   footer (pdf, exemplary);
3. a 15-year-old's own plan (going missing, older men, self-harm, her
   mother's weekend drinking): "What I will do" is Leah's, then each
   grown-up's bold "X will:" lead-in, "Everyone in my network will:" and
   "Still to sort out" (md): faults are Leah telling her workers about going
   missing "when I feel ready", the youth worker's boxing club with no
   check, both "Everyone in my network" bullets, a passive CAMHS referral
   and "I will be supported to" with no one named, and the mother's
   drinking with no adult service owning any action (T002, M001, W002 x2,
   W001 x2, F004);
4. a second core group record for a 3-year-old and a 5-month-old (the
   mother's postnatal depression, the father's cannabis, the baby's falling
   weight, the paternal grandmother helping): numbered minutes, then an
   action log grouped under LEAD lines by the present list's initials, an
   "ALL" block and a "NOT YET ALLOCATED" block (txt): faults are the
   health visitor's safe sleep talk with "-" for when, the perinatal mental
   health nurse's supportive visits only, routine sessions checked "to be
   discussed at CG3", both "ALL" actions, both passive "NOT YET ALLOCATED"
   actions, and the review conference date "to be confirmed" (T001, H001,
   M002, W002 x2, W001 x2, R001);
5. a Signs of Safety plan after a father grabbed and smacked his
   7-year-old, leaving bruises: network, danger statement, safety goal,
   scaling and the children's words, then a "What / When / How we will
   know" table with no Who column whose full-width banner rows name the
   person or pair owning the rows under them (docx, exemplary);
6. a review conference plan for an 11-year-old young carer and an
   8-year-old whose mother has bipolar disorder, in five parts each opening
   with a "Lead for this part:" line over a table with no Who column; page
   header and footer (pdf): faults are the community mental health team's
   weekly mood and lithium visits only (its other row asks for a capacity
   report), a secondary transition plan with "-" for how we will know, two
   rows in the part led by "the family", a passive young carers referral
   and a passive damp repair "when a worker is free" in the part with no
   lead, an outcome about the mother only, and a contingency that sends the
   children to Gran with nothing if she cannot have them (H001, M001, W002
   x2, W001 x2, T002, F002, C003);
7. an initial conference plan for a 13-year-old and a 5-year-old after
   their father's violence to their mother (police bail, MARAC, the
   mother's brother helping), with a who's-who table and the plan under one
   H3 heading per person or pair, steps done to or for a child naming who
   does them (md, exemplary).

Three plans (2, 5 and 7) are exemplary: every action has an owner (its own,
or its heading's, lead-in's, banner's or letter's "I" / "you"), a real
timescale and something that can be seen, counted or read; every outcome is
about the children; each contingency has specific triggers and protective
responses and says what happens if a relative's help fails; each records the
children's voice, core group dates and a dated review conference, and legal
planning after named triggers; in plan 2 the community mental health team
owns an action asking for its view of the mother's capacity to change and
how long it would take.

Counting convention used for "actions" (README convention 1): each row of
an action table (banner rows excepted; plans 1, 5 and 6), each bullet of the
letter's plan under its heading or lead-in (plan 2), each numbered "I will"
item and each bullet under a grown-up's, the network's or "Still to sort
out" lead-in (plan 3), each A-numbered entry of the action log (plan 4) and
each bullet under a person's heading (plan 7) counts once, whatever number
of sentences it holds. Who's-who keys and tables, details, minutes and
updates, views, scaling, outcomes, the contingency and meeting dates are not
actions.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. Initial conference plan, neglect and the mother's drinking: a who's-who
#    key of short names, then one landscape table whose Who column is merged
#    down over each person's rows. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b177_larkhollow_icpc_who_column_merged_down_initials_key_quayle.docx",
    "doc_title": "Child Protection Plan - Ellie-Mae and Harvey Quayle",
    "split": "heldout",
    "actions": 21,
    "landscape": True,
    "check_vmerge": 6,
    "template": "icpc-plan-docx-landscape-kv-details-whos-who-key-of-short-names-and-initials-why-going-well-ellie-maes-three-houses-and-harveys-day-numbered-outcomes-then-no-what-needs-to-happen-who-by-when-how-we-will-know-table-who-cell-merged-down-over-each-persons-rows-then-single-rows-for-one-off-owners-then-if-things-go-wrong-meetings",
    "description": (
        "Initial conference plan for a 6-year-old and a 2-year-old living with neglect: their mother "
        "drinks most evenings, the police have been called twice to arguments between her and her "
        "partner, and the maternal grandmother walks the 6-year-old to school. A who's-who key explains "
        "the short names used in the Who column (KB, RP, DSL, FSW, AW, Nan); in the landscape action "
        "table the Who cell is merged down over each person's rows (the social worker's four, the health "
        "visitor's two, the school's three, the family support worker's two, the alcohol service's two, "
        "Nan's two), and single rows name the parents, the parents jointly, and the one-off owners. "
        "Faults: a passive speech and language referral whose Who cell is '-'; 'All agencies' passing on "
        "signs of drinking; 'TBC' asking the older child's father whether he wants to be involved; the "
        "budgeting sessions measured by 'engagement with the Family Hub'; Nan's teas 'as and when "
        "needed'; and nothing anywhere about legal planning if the plan does not work."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Larkhollow Borough Council Children's Services. Initial child protection conference held on "
              "20/01/2026 at Larkhollow Civic Centre."),
        ("kv", [
            ("Children", "Ellie-Mae Quayle, born 02/05/2019 (6, Year 2 at Larkhollow Church Primary School); "
                         "Harvey Quayle, born 11/09/2023 (2)"),
            ("Address", "23 Fenwick Court, Larkhollow LK2 6TW"),
            ("Mum", "Shannon Quayle (27)"),
            ("Harvey's dad", "Craig Bannerman (30), lives with Shannon and the children"),
            ("Ellie-Mae's dad", "Jordan Hale, lives in Mardon; has not seen Ellie-Mae since 2023"),
            ("Maternal grandmother", "Lorraine Quayle (\"Nan\"), 14 Mill View, Larkhollow"),
            ("Category", "Neglect (both children)"),
            ("Chair", "Anita Kaur, independent reviewing officer"),
            ("Social worker", "Kate Brennock, Safeguarding and Family Support Team 2 (team manager: Paul "
                              "Ridley)"),
        ]),
        ("h1", "Who's who: the names used in the Who column"),
        ("table", {
            "header": ["In the plan", "Who this is"],
            "widths": [4.0, 21.7],
            "rows": [
                ["KB", "Kate Brennock, social worker, Larkhollow Children's Services"],
                ["RP", "Ruth Pagett, health visitor, Larkhollow 0-19 Service"],
                ["DSL", "Mr Tom Aske, deputy head and designated safeguarding lead, Larkhollow Church Primary "
                        "School"],
                ["FSW", "Jade Munro, family support worker, Larkhollow Family Hub"],
                ["AW", "Aaron Whitby, recovery worker, Turning Tide (Larkhollow's drug and alcohol service)"],
                ["Nan", "Lorraine Quayle, maternal grandmother"],
                ["Shannon / Craig", "Mum / Harvey's dad"],
            ],
            "bold_first_col": True,
        }),
        ("h1", "Why we are worried"),
        ("p", "Shannon has told us that she drinks most evenings, usually a bottle of wine or more, and more "
              "at weekends. On 02/01/2026 a neighbour called the police to an argument between Shannon and "
              "Craig; the officers found Shannon asleep on the sofa and hard to wake, with Harvey awake in the "
              "living room at 11pm. The police were also called on 11/12/2025, when Shannon and Craig were "
              "shouting at each other in the stairwell and Ellie-Mae was crying at the door of the flat."),
        ("p", "In the autumn term Ellie-Mae was late 19 times and missed 14 days of school. Staff often saw "
              "her arrive hungry and in the same uniform for several days. Harvey missed his 2-year review in "
              "November and says only a few single words. The lock on the back door is broken, and there was "
              "very little food in the kitchen on two of Kate's three visits."),
        ("h1", "What is going well"),
        ("bullets", [
            "Shannon was honest at the conference about how much she drinks, and she has already rung "
            "Turning Tide herself.",
            "Nan has walked Ellie-Mae to school three mornings a week since December, and Ellie-Mae was on "
            "time on every one of those days.",
            "Craig came to the conference and agreed to go on a course about arguments and anger.",
            "Both children are warm and affectionate with Shannon, and Harvey's immunisations are up to date.",
        ]),
        ("h1", "What Ellie-Mae says and what Harvey's day is like"),
        ("p", "Ellie-Mae talked to Kate at school on 14/01/2026, using the three houses. In her house of "
              "worries she drew Mummy asleep on the settee and said: \"Mummy's drink makes her sleepy and "
              "then I have to get Harvey his crisps.\" She also said: \"I don't like the shouting, it makes "
              "Harvey cry.\" In her house of good things she drew Nan's kitchen: \"Nan does pancakes and walks "
              "me to school.\" In her house of dreams: \"Mummy doesn't have the wine any more and we go to the "
              "park.\""),
        ("p", "Harvey is 2 and cannot tell us in words. When Ruth visited on 09/01/2026 he was in a nappy "
              "that needed changing, and he ate a packet of crisps, which Shannon said was his lunch. He "
              "brightened when Ellie-Mae came home from school and followed her from room to room. He points "
              "and says \"dat\" and \"Nana\" but few other words. When a door slammed he went to Shannon and "
              "settled quickly on her lap."),
        ("h1", "What we want for Ellie-Mae and Harvey"),
        ("numbers", [
            "Ellie-Mae and Harvey are looked after, every day and every night, by an adult who is sober.",
            "Ellie-Mae gets to school on time every day, with breakfast inside her and clean clothes on.",
            "Harvey eats proper meals, sleeps in a safe cot, and gets the help he needs with his talking.",
            "The children do not see or hear shouting or fighting between the adults at home.",
        ]),
        ("h1", "The plan"),
        ("p", "The Who column uses the names in the who's-who above. Where one person leads several steps, "
              "their name is given once in a cell that runs down beside all of their steps."),
        ("table", {
            "header": ["No.", "What needs to happen", "Who", "By when", "How we will know"],
            "widths": [1.2, 9.0, 3.2, 4.8, 7.5],
            "rows": [
                ["1",
                 "Visit Ellie-Mae and Harvey at home, at least one visit in three unannounced, and see Ellie-Mae "
                 "on her own each time",
                 "KB",
                 "Every week until the review conference",
                 "Visit records on the file within 48 hours, saying where each child was and what Ellie-Mae "
                 "said"],
                ["2",
                 "Complete a parenting assessment with Shannon and Craig, looking closely at evenings and "
                 "weekends",
                 V,
                 "By 13/03/2026",
                 "Written assessment with recommendations, shared with Shannon, Craig and the core group by "
                 "13/03/2026"],
                ["3",
                 "Talk with Ellie-Mae about her worries using her three houses, and write down what she wants "
                 "from the plan",
                 V,
                 "Before every core group",
                 "Ellie-Mae's drawings and words on file and read out at each core group"],
                ["4",
                 "Ask Larkhollow Homes to repair the broken back door lock",
                 V,
                 "By 06/02/2026",
                 "Repair job number on file; the lock seen working at the next visit"],
                ["5",
                 "Do Harvey's missed 2-year review (ASQ-3) at home, and weigh and measure him",
                 "RP",
                 "By 13/02/2026",
                 "ASQ-3 scores, weight and height in Harvey's red book, with a copy to KB"],
                ["6",
                 "Home visits to see where Harvey sleeps, what food is in the flat and how he is fed at teatime",
                 V,
                 "Every 2 weeks until the review conference",
                 "Home conditions checklist sent to KB after each visit, showing a made-up cot and food in the "
                 "cupboards"],
                ["7",
                 "A referral will be made to Little Talkers, the Family Hub's speech and language group, for "
                 "Harvey",
                 "-",
                 "By 06/02/2026",
                 "Letter from Little Talkers offering Harvey a start date"],
                ["8",
                 "Check Ellie-Mae is in school by 8.50am, and ring Shannon by 9.30am if she is not",
                 "DSL",
                 "Every school day",
                 "Register and first-day call log; Ellie-Mae's attendance for the week e-mailed to KB every "
                 "Friday"],
                ["9",
                 "Give Ellie-Mae a place at breakfast club, and note any day she arrives hungry or in unwashed "
                 "uniform",
                 V,
                 "Every school day from 26/01/2026",
                 "Breakfast club register, and a CPOMS entry for each day she arrives hungry or unkempt"],
                ["10",
                 "Arrange a weekly worry time for Ellie-Mae with Mrs Oduya, the learning mentor",
                 V,
                 "Every Wednesday from 28/01/2026",
                 "Mrs Oduya's session notes on CPOMS, with Ellie-Mae's worry score (0 to 10) each week"],
                ["11",
                 "Evening routine sessions at the flat with Shannon: teatime, bath and bed for both children",
                 "FSW",
                 "Mondays and Thursdays, 4pm to 7pm, for 8 weeks from 26/01/2026",
                 "Routine chart signed at each session; Jade's notes to KB every Friday, showing both children "
                 "in bed by 7.30pm"],
                ["12",
                 "Weekly budgeting and shopping sessions with Shannon so that there is food in for the children "
                 "every day",
                 V,
                 "Every Tuesday for 8 weeks from 27/01/2026",
                 "Shannon's engagement with the Family Hub"],
                ["13",
                 "Alcohol assessment with Shannon, and a recovery plan that covers the times she looks after the "
                 "children alone",
                 "AW",
                 "By 06/02/2026",
                 "Recovery plan copied to KB by 06/02/2026"],
                ["14",
                 "Key-work sessions with Shannon, with a breath test each time, and a written report to each "
                 "core group on her drinking and whether she is likely to stop",
                 V,
                 "Every week from 09/02/2026",
                 "Breath test results and attendance e-mailed to KB every week; report to every core group"],
                ["15",
                 "Not drink any alcohol while looking after Ellie-Mae and Harvey on her own, and take a breath "
                 "test whenever KB or AW asks",
                 "Shannon",
                 "Every day, from 20/01/2026",
                 "Breath tests at unannounced visits read zero; no police call-outs to the flat"],
                ["16",
                 "Go to the Safe Start course for men about anger and arguments at home (12 weekly sessions)",
                 "Craig",
                 "Assessment by 13/02/2026, then every Thursday evening",
                 "Course register sent to KB at the end of each month, and the course leader's end report"],
                ["17",
                 "Get Ellie-Mae to school by 8.45am on the mornings Nan does not walk her, taking turns",
                 "Shannon and Craig",
                 "Every Tuesday and Thursday",
                 "School register shows no late marks on those days (19 late marks last term)"],
                ["18",
                 "Walk Ellie-Mae to school and see her into breakfast club",
                 "Nan",
                 "Mondays, Wednesdays and Fridays from 26/01/2026",
                 "Breakfast club register shows Ellie-Mae in by 8.15am on those days"],
                ["19",
                 "Have Ellie-Mae and Harvey round for tea at 14 Mill View when Shannon is not coping",
                 V,
                 "As and when needed",
                 "Nan texts KB each time the children come for tea"],
                ["20",
                 "Tell KB the same day about any sign that Shannon has been drinking while caring for the "
                 "children",
                 "All agencies",
                 "The same day",
                 "Call or e-mail logged on the children's file"],
                ["21",
                 "Contact Jordan Hale to ask whether he wants to see Ellie-Mae and be part of her plan",
                 "TBC",
                 "By the first core group (03/02/2026)",
                 "Jordan's answer written in the notes of the first core group"],
            ],
        }),
        ("h1", "What will happen if things go wrong"),
        ("bullets", [
            "If Shannon is found to have been drinking while she is looking after the children on her own, or "
            "a breath test is above zero: whoever finds it rings Kate (or the Emergency Duty Team on 01632 "
            "960 412 out of hours) straight away, and 999 if a child is in danger. Nan will come to the flat, "
            "or take Ellie-Mae and Harvey to 14 Mill View, that night, and Kate will hold a strategy discussion "
            "with the police and health the same working day.",
            "If the police are called to an argument at the flat, Craig will leave that night and stay with "
            "his brother, Dean Bannerman, at 7 Fold Lane, and Kate will see both children within 24 hours.",
            "If Nan cannot walk Ellie-Mae to school or have the children (she is ill, away, or it is too much "
            "for her), she will ring Kate that day. Jade will walk Ellie-Mae to school on Nan's mornings until "
            "Nan can again. If there is no sober adult for the children in the evening, Nan's sister, Bev "
            "Quayle (2 Mill View), has agreed to have them; if she cannot, Kate will arrange a foster "
            "placement for that night.",
        ]),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks at Larkhollow Family Hub, 10am: 03/02/2026, 03/03/2026 and "
            "31/03/2026.",
            "Review child protection conference: 14/04/2026 at 1.30pm, Larkhollow Civic Centre.",
        ]),
        ("p", "Plan sent to Shannon, Craig, Nan and every agency on 22/01/2026."),
    ],
    "findings": [
        F("W001", "A referral will be made to Little Talkers"),
        F("M002", "Weekly budgeting and shopping sessions with Shannon"),
        F("T002", "Have Ellie-Mae and Harvey round for tea at 14 Mill View"),
        F("W002", "Tell KB the same day about any sign that Shannon"),
        F("W002", "Contact Jordan Hale to ask whether he wants"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 2. The social worker's letter to the mother after the initial conference:
#    "I" is the signed social worker, "you" is Gemma, then a heading for each
#    other person and a lead-in line naming each worker over the bullets that
#    are theirs. Letterhead header and page footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b177_lindenfold_icpc_letter_i_will_you_will_headed_parts_halloran.pdf",
    "doc_title": "Letter to Gemma Halloran - Mason and Poppy's child protection plan",
    "split": "heldout",
    "actions": 18,
    "min_pages": 2,
    "header": "Lindenfold City Council · Children's Services · Brook House, 2 Canal Street, Lindenfold LF1 2BH",
    "footer": "Letter to Gemma Halloran, 06/02/2026 · Mason and Poppy's plan · Page {PAGE} of {NUMPAGES}",
    "template": "sw-letter-to-mother-after-icpc-paged-letterhead-header-footer-right-aligned-sender-address-block-dear-gemma-bold-headings-why-going-well-what-the-children-told-me-what-we-want-then-plan-by-person-what-i-will-do-i-is-signed-sw-what-you-have-agreed-you-is-gemma-what-liam-and-nana-jean-have-agreed-then-other-workers-each-a-lead-in-line-over-bullets-and-done-to-child-health-checks-then-if-things-go-wrong-meetings-signature",
    "description": (
        "Exemplary letter from the social worker to a mother with depression after the initial "
        "conference for her 9-year-old son, who has been getting his 4-year-old sister ready and making "
        "tea, and the 4-year-old. The plan is set out by person: 'What I will do' (I is the social "
        "worker who signs the letter), 'What you have agreed to do, Gemma', 'What Liam has agreed to do', "
        "'What Nana Jean has agreed to do' under a lead-in line, then each other worker's lead-in line "
        "('Shona Reid, community psychiatric nurse ... will:') over the bullets that are theirs, and two "
        "health checks written as done to the children ('Mason will be seen by Amira Patel, the school "
        "nurse, ...'). Every bullet has its time and its check; the community mental health team is asked "
        "for its view of the mother's capacity to change and how long it would take; the grandmother's "
        "help has a fallback; legal planning follows named triggers; core group dates and a dated review "
        "conference are set."
    ),
    "blocks": [
        ("pr", "Priya Shah, Social Worker"),
        ("pr", "Safeguarding Team North"),
        ("pr", "Telephone 01632 960 218"),
        ("pr", "6 February 2026"),
        ("pl", "Ms Gemma Halloran"),
        ("pl", "22 Larch Close"),
        ("pl", "Lindenfold LF4 8QT"),
        ("p", ""),
        ("p", "Dear Gemma,"),
        ("boldp", "Mason and Poppy's child protection plan"),
        ("p", "I am writing, as I promised, to set out the plan we agreed for Mason and Poppy at the initial "
              "child protection conference on Tuesday 3 February. In this letter \"I\" means me, Priya Shah, "
              "Mason and Poppy's social worker, and \"you\" means you, Gemma. Liam has his own copy. Mason "
              "and Poppy are on a child protection plan under the category of neglect."),
        ("boldp", "Why Mason and Poppy have a plan"),
        ("p", "You have had depression since Poppy was born. You stopped your medication in October, and "
              "since then you have found it very hard to get up, go out or cook. Mason, who is 9, has been "
              "getting Poppy dressed for nursery and making tea most evenings, usually toast or cereal. Poppy "
              "missed 11 of her 20 nursery sessions in December. On two of my visits in January there was "
              "almost no food in the house and the heating was off. Poppy has tooth decay and missed her "
              "dental appointment in November. Mason's teacher has noticed that he is tired, falls asleep in "
              "lessons and worries about you during the day."),
        ("boldp", "What is going well"),
        ("p", "You told the conference honestly how low you have been, and you agreed to go back to Shona and "
              "to Dr Barker. You love Mason and Poppy very much and they are close to you. Liam sees the "
              "children every Saturday and they enjoy their days with him. Nana Jean is willing to help, and "
              "Mason's school and Poppy's nursery know the family well."),
        ("boldp", "What Mason and Poppy told me, and what I have seen"),
        ("p", "Mason talked to me at school on 29 January. He said: \"I do the tea because Mum's tired. I'm "
              "good at beans on toast.\" When I asked what would make things better, he said: \"If Mum got "
              "up in the mornings and I didn't have to do Poppy's hair.\" He gave himself 4 out of 10 for how "
              "happy he is at home, and 8 out of 10 at Nana Jean's. Poppy told me her nursery is \"the best\" "
              "and showed me her painting of \"Mummy in bed\". At home she stays close to Mason and asks him, "
              "not you, for a drink."),
        ("boldp", "What we all want for Mason and Poppy"),
        ("bullets", [
            "Mason and Poppy have a hot meal made by an adult every evening, and the house is warm.",
            "Mason gets to be a 9-year-old: he is in school on time and rested, and he is not the one who "
            "looks after Poppy.",
            "Poppy goes to every nursery session and has her teeth treated.",
            "Mason and Poppy know who to go to if you are too unwell to look after them.",
        ]),
        ("boldp", "The plan: who will do what"),
        ("p", "Under each heading below is what that person has agreed to do, when they will do it, and how "
              "we will know it has happened. Where a heading or a line names one person, everything under it "
              "is theirs."),
        ("boldp", "What I will do"),
        ("bullets", [
            "I will visit you, Mason and Poppy at home every week until the review conference, and at least "
            "one visit in three will be unannounced. I will see Mason on his own each time and write down "
            "what he tells me on his file within two working days.",
            "I will complete an assessment of how the children's needs are being met, with you and Liam, by "
            "27 March 2026, and share my written report and recommendations with you, Liam and the core group "
            "before the core group on 14 April.",
            "I will refer Mason to Lindenfold Young Carers by 13 February 2026. The letter confirming his "
            "first group session will go on his file.",
            "I will apply to the Lindenfold Warm Homes Fund for help with your heating by 20 February 2026. "
            "The application number will be on file, and I will check at my next visit after the decision "
            "that the heating is on and the house is warm.",
        ]),
        ("boldp", "What you have agreed to do, Gemma"),
        ("bullets", [
            "You will take Poppy to all five of her morning sessions at Puddleducks Nursery every week, from "
            "Monday 9 February. The nursery will tell me every Friday how many sessions she came to.",
            "You will make Mason and Poppy's tea every evening, so that Mason does not have to, and keep the "
            "food diary Jo has given you. I will read the diary on every visit.",
            "You will take Poppy to the Lindenfold Smile Centre on 24 February 2026 (the appointment is "
            "booked) and give me the dentist's treatment letter.",
            "You will see Shona every two weeks and take your medication as Dr Barker prescribes, from now "
            "until the review conference, so that you can get Mason and Poppy up and out in the mornings. "
            "Shona will send me her record of your appointments each month.",
        ]),
        ("boldp", "What Liam has agreed to do"),
        ("bullets", [
            "Liam will have Mason and Poppy at his flat every Saturday from 10am to 5pm and give them lunch "
            "and tea. I will ask Mason about his Saturdays at each visit and write down what he says.",
        ]),
        ("boldp", "What Nana Jean has agreed to do"),
        ("p", "Jean Halloran (Liam's mum, 5 Alder Way) came to the conference and agreed to:"),
        ("bullets", [
            "come to your house at 7.30am every Monday, Wednesday and Friday until the review conference, to "
            "help get Mason and Poppy up, fed and ready. She will sign the morning chart on the fridge, and I "
            "will read it at every visit.",
            "have Mason and Poppy at her house for tea every Thursday after school, and text me that evening "
            "to say they have eaten and are home.",
        ]),
        ("boldp", "What the other workers will do"),
        ("p", "Shona Reid, community psychiatric nurse and your care co-ordinator at Lindenfold Community "
              "Mental Health Team, will:"),
        ("bullets", [
            "see you at home every two weeks, write to me after each visit, and by 20 April 2026 write a "
            "report for the review conference giving her view, with Dr Barker's, of whether you are able to "
            "make the changes Mason and Poppy need, the steps that would take, and how long it is likely to "
            "take.",
        ]),
        ("p", "Mrs Kate Lane, designated safeguarding lead at Lindenfold Park Primary School, will:"),
        ("bullets", [
            "check every school day that Mason is in by 8.50am, ring you by 9.30am if he is not, and e-mail me "
            "his attendance every Friday;",
            "give Mason a place at breakfast club every day from 9 February, and note on CPOMS any day he "
            "arrives hungry or very tired, sending me those notes every Friday;",
            "arrange a session for Mason with Mr Dale, the learning mentor, every Tuesday from 10 February, "
            "with Mason's \"how I feel\" score written down each week and shared at each core group.",
        ]),
        ("p", "Mrs Erin Todd, manager of Puddleducks Nursery, will:"),
        ("bullets", [
            "ring me by 10am on any morning Poppy has not arrived, and keep a note of how she is when she "
            "arrives (clothes, hunger, tiredness), which she will bring to each core group.",
        ]),
        ("p", "Health checks for the children:"),
        ("bullets", [
            "Mason will be seen by Amira Patel, the school nurse, at school on 18 February 2026 for a check of "
            "his height, weight, sleep and eyesight. Amira will send me the results by 25 February.",
            "Poppy will have her weight and development (ASQ-3) checked at home by Jo Marsh, your health "
            "visitor, by 27 February 2026. Jo will write the results in Poppy's red book and send me a copy.",
        ]),
        ("boldp", "If things go wrong"),
        ("bullets", [
            "If Mason and Poppy are found at home without an adult able to look after them, or you feel too "
            "unwell to care for them, you or whoever finds them will ring me (or the Emergency Duty Team on "
            "01632 960 999 out of hours). Nana Jean will take the children to 5 Alder Way that day, and I "
            "will hold a strategy discussion with the police and health the same day.",
            "If Shona tells me you have stopped your medication or are becoming more unwell, I will visit "
            "within 24 hours, and Shona will ask for an urgent review with Dr Barker within 48 hours.",
            "If Nana Jean cannot help in the mornings or on Thursdays (she is ill, away, or it is not "
            "working), she or you will ring me that day. Liam has agreed to start work late and come at "
            "7.30am on those days. If neither of them can, I will arrange for a family support worker from "
            "Lindenfold North Family Hub to come each morning until the core group agrees a new plan.",
            "If Poppy misses more than two nursery sessions in any two weeks, if Mason is late or absent more "
            "than twice in a week, or if by the review conference the children are still not getting a meal "
            "every evening, I will ask my team manager, Mark Obi, for a legal planning meeting to decide "
            "whether to start the Public Law Outline.",
        ]),
        ("boldp", "When we will meet"),
        ("bullets", [
            "Core group every four weeks at Lindenfold Park Primary School at 9.30am: 17 February, 17 March "
            "and 14 April 2026.",
            "Review child protection conference: 28 April 2026 at 10am, Brook House.",
        ]),
        ("p", "If anything in this letter is not what you remember agreeing, please ring me and we will put "
              "it right before the first core group. A copy has gone to Liam, to Nana Jean and to everyone "
              "who was at the conference."),
        ("p", "Yours sincerely,"),
        ("pl", "Priya Shah"),
        ("pl", "Social Worker, Safeguarding Team North"),
        ("pl", "Team manager: Mark Obi"),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. A 15-year-old's own plan, written with her social worker and youth
#    worker: "I will" is Leah, then the grown-ups' part as "X will:" lead-ins,
#    an "Everyone in my network will:" part and a "Still to sort out" part
#    with nobody's name on it. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b177_loxcombe_young_persons_own_plan_grown_ups_lead_ins_varley.md",
    "split": "heldout",
    "actions": 24,
    "template": "young-persons-own-cp-plan-md-written-with-her-after-rcpc-i-is-leah-about-me-whos-who-list-what-worries-the-grown-ups-whats-going-ok-what-i-think-my-goals-then-what-i-will-do-numbered-then-grown-ups-part-bold-x-will-lead-ins-over-bullets-then-everyone-in-my-network-will-then-still-to-sort-out-then-if-things-go-wrong-meetings",
    "description": (
        "Review conference plan written with and in the voice of a 15-year-old who goes missing, has been "
        "found in cars with older men, cuts her arms, and whose mother drinks heavily at weekends. 'What I "
        "will do' is Leah's; the grown-ups' part gives each person a bold 'X will:' lead-in over their "
        "bullets (Mum, Nan, Jess the social worker, Dev the youth worker, Ms Carr the DSL, Mrs Boyd the "
        "school nurse, PC Doyle), then an 'Everyone in my network will:' part and a 'Still to sort out' "
        "part that names no one. Faults: Leah telling her workers about going missing 'when I feel "
        "ready'; the youth worker's boxing club with no check; both network bullets owned only by "
        "'everyone in my network'; a passive CAMHS referral and 'I will be supported to' get onto college "
        "taster days with no one named; and the mother's drinking recorded with no adult service owning "
        "any action."
    ),
    "text": """\
# My plan - Leah Varley

**Loxcombe Council Children's Services - child protection plan agreed at my review conference on
10/02/2026**

I wrote this plan with Jess (my social worker) and Dev (my youth worker) on 12/02/2026, the Thursday
after my review conference. When it says "I", that's me, Leah. The grown-ups' part comes after mine, and
each grown-up has their own list under their name.

## About me

- I'm Leah Varley, I'm 15 (born 23/07/2010) and I'm in Year 10 at Loxcombe Academy.
- I live with my mum, Donna Varley (41), and my brother Kai (10) at 9 Heron Walk, Loxcombe LX3 9PD.
- My nan, Sandra Varley (Mum's mum), lives at 31 Quarry Road. My dad lives in Spain and I speak to him
  on FaceTime sometimes.
- I've been on a child protection plan since 07/10/2025 (category: neglect).

## Who's who

- **Jess** - Jess Okonkwo, my social worker, Loxcombe Children's Services (her manager is Tom Reeves)
- **Dev** - Dev Sandhu, my youth worker at The Yard (Loxcombe Youth Hub)
- **Ms Carr** - Ms Rachel Carr, designated safeguarding lead at Loxcombe Academy
- **Mrs Boyd** - Helen Boyd, school nurse at Loxcombe Academy
- **PC Doyle** - PC Amy Doyle, missing persons coordinator, Loxcombe Police
- **Nan** - Sandra Varley

## What worries the grown-ups

- I've been missing seven times since September, mostly overnight. Twice the police found me in a car
  in Marlow Street with men in their twenties, and once I had a new phone nobody knew about.
- I've been seeing Jay, who is 19. The police think he is involved with older men who give girls
  lifts, drink and vapes.
- I've been cutting my arms. Mrs Boyd saw the cuts in December and I told her I do it when I can't
  sleep.
- Mum drinks a lot at weekends (she says two bottles of wine on a Friday and Saturday), and when she's
  drunk we argue and I leave. Mum doesn't want to see the alcohol service yet. Kai is at home when this
  happens.
- My attendance last term was 71%.

## What's going OK

- I haven't been missing since 18/01/2026.
- I go to The Yard every Tuesday and I get on with Dev.
- Nan has had me on Friday nights since Christmas and I've come home every Saturday morning.
- Mum came to the conference and said sorry for the drinking in front of everyone.

## What I think

I don't think Jay is bad, but I know he's older and the grown-ups are scared about the other men. I go
missing when home feels like too much, mostly on Fridays when Mum's been drinking. Kai hates it when I
go. On a scale of 0 to 10 for how safe I feel at home I'd say 5, and 9 at Nan's. I want Mum to stop
drinking at weekends, and I want to do hair and beauty at college. I want a worker I can talk to about
the cutting, but not in front of Mum.

## My goals

1. I'm safe, I'm home every night by 10pm, and the grown-ups know where I am.
2. I'm not hurting myself, and I have someone to talk to when I feel bad.
3. I'm in school every day and my GCSE options are sorted.
4. Home is calmer, and Mum isn't drunk when Kai and me are at home.

## What I will do

1. I will be home by 9pm on school nights and 10pm at weekends, and if I'm going to be late I'll text
   Mum and Nan before 9pm. How we'll know: Mum writes the time I got in on the calendar in the kitchen,
   and Jess looks at it every time she visits.
2. I will keep my phone charged and on, and answer when Mum, Nan or Jess ring, every evening I'm
   out. How we'll know: Mum or Nan tell Jess at her weekly visit if they couldn't get hold of me.
3. I will see Dev at The Yard every Tuesday at 4pm and do the "Healthy Relationships" pack with him
   (six sessions, finishing on 17/03/2026). How we'll know: Dev's session sheets, which I sign.
4. I will go to school every day and go to my Friday check-in with Ms Carr. How we'll know: the
   register, and Ms Carr's e-mail to Jess every Friday with my attendance for the week.
5. I will tell Dev or Jess what really happens when I go missing, when I feel ready. How we'll know:
   Dev or Jess write down what I tell them.
6. I will use my safety card (Nan, Jess, Childline) instead of cutting, and tell Mrs Boyd how I've been
   at her drop-in every Thursday. How we'll know: Mrs Boyd writes my "how I'm doing" score (0 to 10)
   in her notes each week.

## What the grown-ups will do

**Mum will:**

- Be at home every night I'm due in, and ring 101 and Jess (or the out of hours team) if I'm not back
  by 10.30pm and not answering. How we'll know: the police missing log and Mum's calendar.
- Not drink on the nights Kai and me are at home from Sunday to Thursday, and do a breath test when
  Jess asks. How we'll know: the breath tests at Jess's visits read zero.
- Go to the "Parenting Teens" group at The Yard every Wednesday, 6pm to 8pm, for eight weeks from
  18/02/2026. How we'll know: the group register, sent to Jess.

**Nan will:**

- Have me to stay every Friday night, and come and get me from anywhere in Loxcombe if I ring her
  before midnight. How we'll know: Nan texts Jess every Saturday morning to say I stayed.

**Jess will:**

- See me on my own every week until my next conference, somewhere I choose (not always at home).
  How we'll know: Jess's visit notes, which say what I told her.
- Do a return home interview with me within 72 hours every time I've been missing, or ask Dev to do it
  if I'd rather. How we'll know: the interview form is on my file within 72 hours.
- Hold an exploitation strategy meeting with PC Doyle and Ms Carr about Jay and the men in the car by
  20/02/2026. How we'll know: the meeting notes and the safety plan it agrees are on my file.
- Visit Mum and Kai at home every two weeks, at least once a month without saying first, and do a
  breath test with Mum. How we'll know: the visit notes and breath test results on Kai's file and mine.

**Dev will:**

- Take me to Loxcombe Boxing Club every Tuesday after our session at The Yard, and sort out a free
  membership for me.

**Ms Carr will:**

- Meet me every Friday at 12.30 for my check-in, and e-mail Jess my attendance and anything I want
  passed on. How we'll know: Jess has the e-mail every Friday.
- Ring Mum and Jess by 10am on any day I'm not in school. How we'll know: the school's first-day call
  log.
- Book my GCSE options meeting with Mr Hale, head of Year 10, by 06/03/2026, with Mum there. How
  we'll know: my options form, signed by me and Mum.

**Mrs Boyd will:**

- See me at her drop-in every Thursday lunchtime, look at my arms if I say it's OK, and go through my
  self-harm safety plan with me. How we'll know: her notes and my weekly score.

**PC Doyle will:**

- Put a missing-from-home marker on my name and a flag on Jay's car registration by 16/02/2026, and
  tell Jess when it's done. How we'll know: PC Doyle's e-mail to Jess.

**Everyone in my network will:**

- Tell Jess the same day if they see me with Jay or in a car with older men. How we'll know: Jess
  logs every call on my file.
- Look out for new phones, clothes or money I can't explain, and pass it on to Jess within 24 hours.
  How we'll know: Jess's log.

**Still to sort out:**

- A referral will be made to CAMHS for me about the cutting by 27/02/2026. How we'll know: the letter
  saying I'm on the list goes on my file.
- I will be supported to get onto the hair and beauty taster days at Loxcombe College before Easter
  (27/03/2026). How we'll know: an e-mail confirming my place.

## If things go wrong

- If I'm not home by 10.30pm and not answering: Mum rings 101 to report me missing and rings Jess (or
  the out of hours team on 01632 960 555). Nan drives round the places I usually go. When the police
  find me, they take me to Nan's if Mum has been drinking, and Jess or Dev does my return home interview
  within 72 hours.
- If I've hurt myself badly, whoever is with me rings 999 or takes me to A&E at Loxcombe General, and
  Jess is told the same day.
- If Mum has been drinking when Kai and me get home, I take Kai to Nan's and ring Jess. Jess visits
  the next day, and if Mum was drunk while Kai was on his own, Jess holds a strategy discussion that
  day.
- If Nan can't have me on a Friday or can't come and get me (she's ill or away), she tells Jess or the
  out of hours team. My Auntie Claire (Mum's sister, 4 Beck Lane) has said I can stay with her, and if
  she can't either, Jess or the out of hours team will find me a foster carer for that night.
- If I go missing three times in a month, or I'm found with Jay or the older men again, Jess will ask
  her manager, Tom Reeves, for a legal planning meeting to decide whether I need to live somewhere
  safer for a while.

## Meetings

- Core group every four weeks at Loxcombe Academy, Thursdays at 3.30pm (I come for the last half
  hour): 26/02/2026, 26/03/2026 and 23/04/2026.
- Next review child protection conference: 12/05/2026 at 10am, Loxcombe Town Hall.

Signed: Leah Varley. Written with Jess Okonkwo and Dev Sandhu, 12/02/2026. Copies to me, Mum, Nan and
everyone at my conference.
""",
    "findings": [
        F("T002", "I will tell Dev or Jess what really happens"),
        F("M001", "Take me to Loxcombe Boxing Club every Tuesday"),
        F("W002", "Tell Jess the same day if they see me with Jay"),
        F("W002", "Look out for new phones, clothes or money I can't explain"),
        F("W001", "A referral will be made to CAMHS for me"),
        F("W001", "I will be supported to get onto the hair and beauty"),
        F("F004"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Second core group record: present list of initials, numbered minutes,
#    then an action log grouped under LEAD lines (one lead for every action
#    under it), an ALL block and a NOT YET ALLOCATED block. Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b177_lathersby_core_group_action_log_grouped_by_lead_pickering.txt",
    "split": "heldout",
    "actions": 19,
    "template": "core-group-2-record-txt-caps-title-dot-leader-details-present-list-of-initials-numbered-minutes-actions-from-cg1-agency-updates-reported-speech-children-scaling-outcomes-contingency-next-meetings-then-action-log-grouped-under-lead-lines-initials-a-numbered-actions-with-when-and-check-lines-all-block-and-not-yet-allocated-block",
    "description": (
        "Second core group record for a 3-year-old and a 5-month-old living with neglect: their mother "
        "has postnatal depression and anxiety, their father smokes cannabis in the flat, the baby has "
        "dropped from the 25th to the 9th centile, and the paternal grandmother helps. After numbered "
        "minutes, the action log is grouped under LEAD lines giving one owner, by the initials in the "
        "present list, for every action under it (the social worker, health visitor, perinatal mental "
        "health nurse, recovery worker, family support worker, the parents jointly, the grandmother), "
        "then an 'ALL' block and a 'NOT YET ALLOCATED' block. Faults: the health visitor's safe sleep "
        "talk with '-' for when; the perinatal nurse's supportive visits only; the family support "
        "worker's routine sessions checked only 'to be discussed at CG3'; both actions under 'ALL'; "
        "both passive actions under 'NOT YET ALLOCATED'; and the review conference date 'to be "
        "confirmed'."
    ),
    "text": """\
LATHERSBY COUNCIL - CHILDREN'S SERVICES
CORE GROUP MEETING 2 - RECORD AND ACTION LOG
==========================================================================

Children ............ Alfie Pickering, born 14/12/2022 (3)
                      Isla Pickering, born 19/09/2025 (5 months)
Address ............. 41 Sowerby Street, Lathersby LA6 2JD
Parents ............. Chantelle Pickering (22) and Ryan Pickering (24)
Plan ................ Initial child protection conference 08/01/2026
                      Category: neglect (both children)
Meeting ............. Core group 2, Tuesday 17/02/2026, 10am,
                      Lathersby Family Hub
Chair ............... Nadia Holroyd, social worker
Minutes ............. Beth Carver, business support

PRESENT (these initials are used in the minutes and the action log)
  NH   Nadia Holroyd, social worker, Lathersby Children's Services
  TG   Tracy Gill, health visitor, Lathersby 0-19 Service
  MK   Megan Kerr, perinatal mental health nurse, Lathersby Perinatal
       Mental Health Team
  LR   Liam Rhodes, recovery worker, Lathersby Recovery Service (drugs
       and alcohol)
  SB   Sam Birch, family support worker, Lathersby Family Hub
  CP   Chantelle Pickering, Mum
  RP   Ryan Pickering, Dad
  DP   Denise Pickering, paternal grandmother (Ryan's mum), 12 Garth Road

APOLOGIES
  Dr Farid Anand, GP, Sowerby Street Surgery (written report sent)

--------------------------------------------------------------------------
1. WELCOME AND PURPOSE
--------------------------------------------------------------------------
NH welcomed everyone and reminded the group that the plan is about
making sure Alfie and Isla are fed, safe and cared for by parents who are
well enough and not using cannabis around them.

--------------------------------------------------------------------------
2. ACTIONS FROM CORE GROUP 1 (20/01/2026)
--------------------------------------------------------------------------
NH visited every week (five visits, two unannounced). TG weighed Isla on
27/01 and 10/02. SB started the routine sessions on 26/01 and Chantelle
was at six of the eight. LR assessed Ryan on 29/01. MK saw Chantelle at
home on 28/01 and 11/02. The GP increased Chantelle's sertraline on 03/02.
Nobody had yet found a nursery place for Alfie.

--------------------------------------------------------------------------
3. UPDATES
--------------------------------------------------------------------------
3.1 TG said Isla weighed 6.1kg on 10/02, on the 9th centile; she was on
    the 25th at birth. Chantelle is giving 4oz feeds but sometimes only
    every five hours. Isla still sleeps in a Moses basket she has nearly
    outgrown, and in her pram in the living room in the day.
3.2 MK said Chantelle's mood was low but a little better since her
    sertraline was increased. She has no thoughts of harming herself.
3.3 LR said Ryan's urine screens on 29/01 and 05/02 were positive for
    cannabis and the one on 12/02 showed a lower level. Ryan says he now
    smokes only on the balcony, which NH said is not good enough while the
    children are in the flat.
3.4 SB said Alfie's bedtime is now 7.30pm on the nights she is there, and
    that Chantelle is more confident bathing Isla.
3.5 The GP's report said Chantelle missed one appointment in January.
3.6 Chantelle said she feels "a bit better than last month" and likes the
    stay-and-play. Ryan said he wants to stop but finds the evenings hard.
3.7 Denise said she is happy to keep having Alfie and to stay at weekends.

--------------------------------------------------------------------------
4. ALFIE AND ISLA
--------------------------------------------------------------------------
At NH's visit on 12/02 Alfie pointed at the balcony and said "Daddy
smoky". He told NH "Nanny Denise makes pancakes" and showed her the cars
he keeps at Denise's. His talking is at about a two-year-old's level. He
ate toast and a yoghurt while NH was there and asked for more.
Isla was seen awake at every visit. She smiles at Chantelle and follows
her voice, but she cried for long spells on 05/02 while Chantelle was in
bed, and Ryan fed her. She has a flat patch on the back of her head.

--------------------------------------------------------------------------
5. WORKING WELL / STILL WORRIED ABOUT
--------------------------------------------------------------------------
Working well: Chantelle goes to the stay-and-play and the routine
sessions; Ryan's last screen was lower; Denise's help on Mondays,
Thursdays and weekend nights is reliable; both children are warm and
clean at visits.
Still worried about: Isla's weight; cannabis smoke in the flat; long
gaps between Isla's feeds on Chantelle's low days; Alfie's talking and
that he has no nursery place.

--------------------------------------------------------------------------
6. SCALING (0 = the children will be harmed, 10 = safe enough to end)
--------------------------------------------------------------------------
NH 3, TG 4, MK 4, LR 3, SB 5, Chantelle 7, Ryan 7, Denise 6.

--------------------------------------------------------------------------
7. OUTCOMES (from the conference, unchanged)
--------------------------------------------------------------------------
- Isla gains weight steadily and gets back to her 25th centile line.
- Alfie goes to nursery and gets help with his talking.
- Alfie and Isla live in a flat and travel in a car that are free of
  cannabis smoke.
- The children are fed on time and cared for by parents who are well
  enough to look after them.

--------------------------------------------------------------------------
8. CONTINGENCY (reviewed and agreed)
--------------------------------------------------------------------------
- If Isla's weight falls below the 9th centile, or she misses two weighs
  in a row, TG tells NH the same day, Isla is seen by Dr Anand within 24
  hours, and NH visits the same day.
- If either parent is found under the influence of cannabis while caring
  for the children alone, or cannabis is found in the flat or the car, NH
  visits the same day; Denise comes to the flat, or takes the children to
  12 Garth Road, that night; and NH holds a strategy discussion with the
  police and health the same working day.
- If Chantelle stops getting up or feeding Isla, or talks about harming
  herself, Ryan or Denise rings MK (or the crisis team out of hours) the
  same day, and MK arranges for Chantelle to be seen by the perinatal
  team within 24 hours.
- If Denise cannot have Alfie or do the weekend nights (she is ill or
  away), she rings NH that day. Alfie goes to the Family Hub creche on
  Mondays and Thursdays (place agreed with SB), and Ryan does the weekend
  night feeds, with TG checking the feed chart at her next visit.
- If Isla is not back on her 25th centile line by CG3, or Ryan's screens
  are still positive at CG3, NH will ask her team manager, Andrew Kirk,
  for a legal planning meeting before the review conference.

--------------------------------------------------------------------------
9. NEXT MEETINGS
--------------------------------------------------------------------------
Core group every four weeks, 10am, Lathersby Family Hub:
  CG3 Tuesday 17/03/2026; CG4 Tuesday 14/04/2026.
Review child protection conference: date to be confirmed by the
Conference and Review Team.

==========================================================================
ACTION LOG (agreed at CG2)
==========================================================================
The log is grouped by lead. The person or agency on each LEAD line owns
every action under it. Initials are as in the PRESENT list above.

LEAD: NH (social worker)
  A1  Visit Alfie and Isla at home, one visit in two unannounced; see
      Isla awake and undressed and Alfie at play
      When:  every week until the review conference
      Check: visit record on LCS within 48 hours, noting where Isla
             sleeps and what Alfie has eaten
  A2  Finish the parenting assessment with Chantelle and Ryan
      When:  by 13/03/2026
      Check: report with recommendations to the parents and to CG3
  A3  Apply to the Lathersby Local Welfare Fund for a cot for Isla
      When:  by 24/02/2026
      Check: cot seen put up in the parents' room at the first visit
             after it arrives

LEAD: TG (health visitor)
  A4  Weigh Isla at home and go through her feeds with Chantelle (how
      much and how often)
      When:  every 2 weeks until the review conference
      Check: weights plotted in the red book; Isla back on her 25th
             centile line
  A5  ASQ-3 review of Alfie's development, including his talking
      When:  by 06/03/2026
      Check: ASQ-3 scores sent to NH and brought to CG3
  A6  Go through safe sleep and coping with crying (ICON) with Chantelle
      and Ryan together
      When:  -
      Check: safe sleep checklist signed by both parents, copy to NH

LEAD: MK (perinatal mental health nurse)
  A7  Continue supportive home visits with Chantelle for her low mood
      and anxiety
      When:  every 2 weeks
      Check: visits attended, recorded on RiO and confirmed to NH each
             month

LEAD: LR (recovery worker)
  A8  Key-work sessions with Ryan about his cannabis use, with a urine
      screen each time, and a written update for each core group on
      whether he has stopped and is likely to stay stopped
      When:  every Thursday
      Check: urine results e-mailed to NH weekly; written update at CG3

LEAD: SB (family support worker)
  A9  Routine sessions with Chantelle: Isla's feeds, Alfie's mealtimes
      and both children's bedtimes
      When:  Mondays and Wednesdays, 4pm to 6pm, for 8 weeks from
             23/02/2026
      Check: to be discussed at CG3
  A10 Take Chantelle and Alfie to the stay-and-play at Lathersby Family
      Hub
      When:  every Tuesday, 10am to 11.30am, from 24/02/2026
      Check: stay-and-play register; SB's note of how Chantelle and
             Alfie play together

LEAD: CP AND RP (the parents, jointly)
  A11 Keep the flat and the car free of cannabis: no smoking it or
      keeping it there
      When:  every day, from 17/02/2026
      Check: LR's urine screens; no smell of cannabis at NH's and TG's
             visits, written in their visit records
  A12 Take Isla for her 16-week immunisations at Sowerby Street Surgery
      When:  03/03/2026 (booked)
      Check: immunisations in the red book and on the GP record
  A13 Chantelle to see Dr Anand about her sertraline, so that she can
      manage Isla's night feeds
      When:  26/02/2026 (booked)
      Check: Dr Anand's letter to NH

LEAD: DP (paternal grandmother)
  A14 Have Alfie at 12 Garth Road so that Chantelle can rest and give
      Isla her feeds on time
      When:  every Monday and Thursday, 9am to 3pm
      Check: Denise signs the family diary; NH reads it at her visits
  A15 Stay at the flat on Friday and Saturday nights and do one night
      feed so that Chantelle can sleep
      When:  every Friday and Saturday night until the review conference
      Check: night feed chart signed by Denise

LEAD: ALL (every agency at the core group)
  A16 Tell NH the same day about any mark or bruise on Alfie or Isla,
      or either parent seeming under the influence
      When:  same day
      Check: logged on LCS
  A17 Let NH know about any missed appointment for Chantelle, Ryan or
      the children
      When:  by the end of the next working day
      Check: logged on the LCS chronology

NOT YET ALLOCATED (a lead to be agreed at CG3)
  A18 Nursery place to be found for Alfie using his 15 funded hours
      When:  before the summer term starts (13/04/2026)
      Check: start date confirmed in writing by the nursery
  A19 Referral to be made to the Lathersby Dads' Group for Ryan
      When:  by 06/03/2026
      Check: start date confirmed by the group

Record and action log sent to everyone present, and to Dr Anand, on
19/02/2026.
""",
    "findings": [
        F("T001", "Go through safe sleep and coping with crying (ICON)"),
        F("H001", "Continue supportive home visits with Chantelle for her low mood"),
        F("M002", "Routine sessions with Chantelle: Isla's feeds, Alfie's mealtimes"),
        F("W002", "Tell NH the same day about any mark or bruise"),
        F("W002", "Let NH know about any missed appointment"),
        F("W001", "Nursery place to be found for Alfie using his 15 funded hours"),
        F("W001", "Referral to be made to the Lathersby Dads' Group for Ryan"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Signs of Safety child protection plan: network table, danger statement,
#    safety goal, working well, scaling, the children's words, then one
#    "who will do what" table whose full-width banner rows name the person
#    who owns the rows under them. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b177_lowenmere_sos_safety_plan_banner_row_per_person_nwosu.docx",
    "doc_title": "Signs of Safety Child Protection Plan - Ruby and Theo Nwosu",
    "split": "heldout",
    "actions": 18,
    "template": "signs-of-safety-icpc-plan-docx-safety-network-table-danger-statement-safety-goal-working-well-scaling-table-rubys-three-houses-and-theos-words-then-who-will-do-what-table-what-when-how-we-will-know-with-full-width-banner-row-naming-each-person-or-pair-over-their-rows-then-if-the-plan-is-not-working-meetings",
    "description": (
        "Exemplary Signs of Safety plan after a father grabbed and smacked his 7-year-old daughter, "
        "leaving fingertip bruises; he has moved to his mother's house and sees the children only with "
        "his mother or sister there. After the safety network, danger statement, safety goal, working "
        "well, scaling and the children's words, the plan is one 'What / When / How we will know' table "
        "with no Who column: a full-width banner row names the person (or pair) who owns the rows under "
        "it (Mum, Dad, Mum and Dad together, Grandma Grace, Auntie Ngozi, the social worker, the school's "
        "DSL, the nursery manager, the Calm Dads facilitator), and a row that involves someone else names "
        "them. Every row has a real time and a check; the grandmother's and aunt's supervision have a "
        "fallback; legal planning follows named triggers; core group dates and a dated review "
        "conference are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan (Signs of Safety)"),
        ("p", "Lowenmere Council Children's Services. Agreed at the initial child protection conference on "
              "20/01/2026, Lowenmere Civic Hall. Category: physical abuse (Ruby and Theo)."),
        ("kv", [
            ("Children", "Ruby Nwosu, born 30/03/2018 (7, Year 3, St Barnabas Primary School); Theo Nwosu, "
                         "born 08/08/2021 (4, Little Owls Nursery)"),
            ("Home", "48 Kestrel Road, Lowenmere LW5 1RN, with their mum"),
            ("Social worker", "Kate Thornley, Lowenmere Children's Services, Safeguarding Team East (team "
                              "manager: Rachel Burrows)"),
            ("Chair", "David Ambrose, independent reviewing officer"),
        ]),
        ("h1", "Ruby and Theo's safety network"),
        ("table", {
            "header": ["Name", "Who they are", "Where"],
            "widths": [4.0, 7.0, 6.0],
            "rows": [
                ["Abi Nwosu", "Mum", "48 Kestrel Road"],
                ["Femi Nwosu", "Dad; living at his mother's house since 12/01/2026", "12 Palmer Road"],
                ["Grace Nwosu", "Grandma Grace, Femi's mum", "12 Palmer Road"],
                ["Ngozi Adeyemi", "Auntie Ngozi, Femi's sister", "7 Linnet Close"],
                ["Pastor James Okoye and Esther Okoye", "Family friends from church; back-up supervisors",
                 "3 Chapel Row"],
                ["Kate Thornley", "Social worker", "Lowenmere Children's Services"],
                ["Mrs Joy Evans", "Designated safeguarding lead, St Barnabas Primary School", "Ruby's school"],
                ["Sarah Greene", "Manager, Little Owls Nursery", "Theo's nursery"],
                ["Marcus Lee", "Facilitator, Calm Dads programme, Lowenmere Family Hub", "Lowenmere Family Hub"],
            ],
        }),
        ("h1", "What happened and what we are worried about"),
        ("p", "On 05/01/2026 Ruby came to school with four fingertip bruises on her upper arm. She told Mrs "
              "Evans: \"Daddy grabbed me and smacked me because I spilt my juice on his laptop.\" Femi told "
              "the police and Kate that he grabbed and smacked Ruby because he lost his temper, and that he "
              "smacks the children \"when they need it\". In 2025 the school noticed Ruby flinching when an "
              "adult raised a hand, and Theo has told nursery staff that \"Daddy shouts big\"."),
        ("p", "Danger statement: Kate, the school, the nursery and the police are worried that if Femi loses "
              "his temper again he may hit, grab or smack Ruby or Theo, and hurt them badly enough to leave "
              "marks or injuries, and that the children will keep feeling frightened of their dad."),
        ("p", "Safety goal: Ruby and Theo will be cared for by grown-ups who stay calm when they are cross and "
              "never hit, grab or smack them, and the children will tell their safe adults that they feel "
              "safe at home and at Grandma's. Everyone in the network will see this for at least six months "
              "before the plan ends."),
        ("h1", "What is working well"),
        ("bullets", [
            "Femi told the truth about what he did, moved to Grace's house the same week, and has kept away "
            "from the family home.",
            "Abi acted straight away and has kept to every arrangement for contact since 12/01/2026.",
            "Grace and Ngozi came to the conference and have supervised every contact so far.",
            "Ruby is doing well at school and has a good friend, Maisie. Theo is settled at nursery.",
        ]),
        ("h1", "Scaling"),
        ("p", "0 means the children are sure to be hurt again; 10 means everyone is confident the children "
              "are safe enough for the plan to end."),
        ("table", {
            "header": ["Person", "Score", "Why"],
            "widths": [4.0, 2.0, 11.0],
            "rows": [
                ["Kate (SW)", "4", "Femi is honest and away from home, but he still thinks smacking is "
                                  "acceptable and has not yet started the programme."],
                ["Abi", "7", "Femi is at his mum's and the children are calmer."],
                ["Femi", "6", "He knows he went too far and wants to learn other ways."],
                ["Grace", "7", "She watches every minute of contact."],
            ],
        }),
        ("h1", "What Ruby and Theo say"),
        ("p", "Ruby did the three houses with Kate at school on 14/01/2026. House of worries: \"When Daddy "
              "goes red I hide under the table. I don't want to be smacked again.\" House of good things: "
              "\"Grandma Grace lets me make chin-chin. Mummy reads me Matilda.\" House of dreams: \"Daddy "
              "comes home and he is never cross and he never smacks.\" Ruby gave herself 6 out of 10 for "
              "feeling safe at home and 9 at Grandma's."),
        ("p", "Theo (4) showed Kate his toy lion and said: \"Lion is loud like Daddy. Daddy lives at "
              "Grandma's now.\" At nursery he plays happily, but he covers his ears when a member of staff "
              "raises her voice."),
        ("h1", "Who will do what"),
        ("p", "Each shaded row names the person (or people) who will do every step in the rows beneath it, "
              "up to the next shaded row. Where a step involves someone else as well, the step names them."),
        ("table", {
            "header": ["What will happen", "When", "How we will know"],
            "widths": [7.5, 4.0, 5.5],
            "rows": [
                ["Abi (Mum)", H, H],
                ["Make sure Femi is never alone with Ruby or Theo, and that Grace or Ngozi is with them "
                 "whenever he sees them",
                 "Every contact, until the review conference",
                 "Contact diary signed by Grace or Ngozi after each contact; Ruby and Theo asked at Kate's "
                 "visits who was there"],
                ["Use the calm-down plan on the fridge with Ruby when she is upset, and write in the family "
                 "diary what happened",
                 "Every day",
                 "Family diary read by Kate at every visit"],
                ["Take Theo to his nursery sessions, 8.30am to 2.30pm",
                 "Monday to Friday, from 26/01/2026",
                 "Nursery register, sent to Kate by Sarah every Friday"],
                ["Femi (Dad)", H, H],
                ["Live at Grandma Grace's house and not go to 48 Kestrel Road or stay there overnight",
                 "From 12/01/2026 until the review conference decides otherwise",
                 "Kate's unannounced visits to both houses, at least one a fortnight after 7pm, find Femi at "
                 "12 Palmer Road and not at Kestrel Road"],
                ["Go to all 10 sessions of the Calm Dads programme at Lowenmere Family Hub",
                 "Tuesdays 6pm to 8pm, 27/01/2026 to 31/03/2026",
                 "Attendance register sent to Kate every fortnight"],
                ["Write a letter to Ruby saying sorry and what he will do differently, and read it through "
                 "with Kate before Ruby is given it",
                 "By 13/02/2026",
                 "Letter on file, and what Ruby says about it written in Kate's visit record"],
                ["Abi and Femi together", H, H],
                ["Three safety planning sessions with Kate to make Ruby and Theo's words-and-pictures story "
                 "about why Dad lives at Grandma's and how the family is keeping them safe",
                 "27/01/2026, 03/02/2026 and 10/02/2026",
                 "Finished words-and-pictures book, read to Ruby and Theo by both parents by 17/02/2026, with "
                 "a copy on file"],
                ["Grandma Grace (Grace Nwosu)", H, H],
                ["Supervise Femi's time with Ruby and Theo at 12 Palmer Road, staying in the same room the "
                 "whole time",
                 "Every Wednesday 4pm to 6pm and Saturday 10am to 1pm",
                 "Grace signs the contact diary after each visit and texts Kate the same evening if anything "
                 "worried her"],
                ["Ring Kate the same day if Femi loses his temper, shouts at anyone or hurts anyone",
                 "The same day, every time",
                 "Kate logs every call on the children's file"],
                ["Auntie Ngozi (Ngozi Adeyemi)", H, H],
                ["Supervise a Sunday outing with Femi and the children (park, swimming or church lunch), never "
                 "leaving them alone with him",
                 "Every Sunday, 1pm to 4pm",
                 "Ngozi signs the contact diary and sends Kate a photo of the page each Sunday evening"],
                ["Kate Thornley (social worker)", H, H],
                ["Visit Ruby and Theo at home, and see Ruby on her own at home or school each time",
                 "Every week until the review conference, at least one visit in three unannounced",
                 "Visit records on file within 2 working days, with what Ruby and Theo said"],
                ["Read the contact diary with Grace and Ngozi, and talk with Femi about how contact is going",
                 "Every 2 weeks",
                 "Diary pages copied to the file; Kate's notes of each talk with Femi"],
                ["Do the three houses again with Ruby, and talk with Theo using his toy lion",
                 "Before each core group",
                 "Ruby's three houses and Theo's words on file, set beside January's at each core group"],
                ["Hold a family network meeting to agree back-up supervisors for when Grace or Ngozi cannot "
                 "supervise",
                 "By 30/01/2026",
                 "Network meeting notes naming the back-up supervisors, sent to everyone by 06/02/2026"],
                ["Mrs Joy Evans (DSL, St Barnabas Primary School)", H, H],
                ["Greet Ruby at the classroom door, notice her mood, and record any mark on a body map",
                 "Every school day",
                 "CPOMS entry for any concern; body map sent to Kate the same day if a mark is seen"],
                ["Arrange a feelings session for Ruby with Miss Ward, the school's ELSA",
                 "Every Thursday for 8 weeks from 22/01/2026",
                 "Ruby's feelings thermometer score in Miss Ward's ELSA record each week, shared at each core "
                 "group"],
                ["Sarah Greene (manager, Little Owls Nursery)", H, H],
                ["Make sure Theo's key person writes down how he plays and anything he says about home, and "
                 "ring Kate the same day about any mark or worrying words",
                 "Every session Theo attends",
                 "Entries in Theo's learning journal and the nursery safeguarding log, shared at each core "
                 "group"],
                ["Marcus Lee (Calm Dads facilitator)", H, H],
                ["Write a mid-course and an end-of-course report on what Femi has learned about discipline "
                 "without hitting and whether he is using it",
                 "Mid-course by 03/03/2026; end of course by 07/04/2026",
                 "Both reports on Kate's file and shared with the core group"],
            ],
        }),
        ("h1", "If the plan is not working"),
        ("bullets", [
            "If Femi is found alone with Ruby or Theo, or at 48 Kestrel Road without Kate's agreement: Abi or "
            "whoever knows rings Kate (or the Emergency Duty Team on 01632 960 733 out of hours). Femi leaves "
            "that day, Kate holds a strategy discussion with the police the same day, and contact stops until "
            "it can be supervised at Lowenmere Family Centre.",
            "If Ruby or Theo has a mark that has not been explained, or says that someone has hurt them: the "
            "school or nursery rings Kate and Lowenmere Children's Front Door the same day; Kate holds a "
            "strategy discussion that day and arranges a child protection medical if the police and "
            "paediatrician agree one is needed.",
            "If Grace or Ngozi cannot supervise (illness, travel, or Femi not keeping to the rules), that "
            "contact does not happen unless Pastor James or Esther Okoye can supervise it instead. If none of "
            "them can, Kate will arrange supervised contact at Lowenmere Family Centre within 5 working days.",
            "If Femi hits, grabs or smacks either child again, breaks the contact rules twice, or by the review "
            "conference the safety goal is not being met, Kate will ask Rachel Burrows (team manager) for a "
            "legal planning meeting within 5 working days to decide whether to start the Public Law Outline.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks at St Barnabas Primary School, Mondays at 3.30pm: 02/02/2026, "
            "02/03/2026 and 30/03/2026.",
            "Review child protection conference: 14/04/2026 at 10am, Lowenmere Civic Hall.",
        ]),
        ("p", "Plan shared with Abi, Femi, Grace and Ngozi, and with every agency, on 22/01/2026."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Review conference plan in five parts, each opening with a "Lead for this
#    part:" line over a What / When / How we will know table with no Who
#    column; one part led by "the family", one with no lead. Page header and
#    footer. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b177_lusterby_rcpc_five_parts_lead_for_this_part_line_mcbride.pdf",
    "doc_title": "Child Protection Plan (review) - Kayden and Lacey McBride",
    "split": "heldout",
    "actions": 16,
    "min_pages": 2,
    "header": "Lusterby Council Children's Services · Child Protection Plan (review) · OFFICIAL-SENSITIVE",
    "footer": "Kayden and Lacey McBride · Review conference 24/02/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "rcpc-plan-paged-header-footer-kv-details-why-still-a-plan-what-has-changed-what-kayden-and-lacey-say-numbered-outcomes-then-plan-in-five-h2-parts-each-opening-with-a-lead-for-this-part-line-over-a-no-what-will-happen-when-how-we-will-know-table-without-a-who-column-steps-naming-someone-else-part-led-by-the-family-part-with-no-lead-then-if-things-go-wrong-meetings",
    "description": (
        "Review conference plan for an 11-year-old and an 8-year-old whose mother has bipolar disorder "
        "and was detained in October after leaving them alone at night; the 11-year-old cares for his "
        "mother and sister, the 8-year-old wets herself at school, and their grandmother has them every "
        "other weekend. The plan is in five parts, each opening with a 'Lead for this part:' line over a "
        "table with no Who column; the lead owns every step unless the step names someone else (the "
        "parents, the stepfather, the school nurse, Gran). Faults: the community mental health team's "
        "weekly visits only check mood and lithium (its other row asks for a capacity report); the "
        "secondary transition plan with '-' for how we will know; two rows in the part whose lead is "
        "'the family'; a passive young carers referral and a passive damp repair (also 'when a worker "
        "is free') in the part with no lead; an outcome about the mother only; and a contingency that "
        "sends the children to Gran with nothing said if she cannot have them."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Review child protection conference, 24/02/2026, Lusterby Town Hall. Kayden and Lacey have been "
              "on a plan since the initial conference on 11/11/2025 (category: neglect)."),
        ("kv", [
            ("Children", "Kayden McBride, born 04/06/2014 (11, Year 6); Lacey McBride, born 17/10/2017 (8, "
                         "Year 3); both at Lusterby Park Primary School"),
            ("Home", "15 Ashgrove Terrace, Lusterby LU7 3EE, with Mum and Gary"),
            ("Mum", "Nicola McBride (35)"),
            ("Stepdad", "Gary Hollis (40), Nicola's partner, lives at the house"),
            ("Dad", "Stuart McBride, lives in Dundee; phones the children every Sunday"),
            ("Gran", "Maureen McBride (62), Nicola's mum, 6 Tern Close, Lusterby"),
            ("Social worker", "Owen Marsh (OM), Family Safeguarding Team (team manager: Claire Boyle)"),
            ("Chair", "Sandra Whitfield, independent reviewing officer"),
        ]),
        ("h1", "Why there is still a plan"),
        ("p", "Nicola has bipolar disorder. In October 2025 she became very unwell: she stopped sleeping, "
              "stopped taking her lithium and spent all of the month's money. At 11pm on 21/10/2025 Kayden "
              "rang Gran because Nicola had gone out and he and Lacey were alone. Nicola was admitted to "
              "Lusterby Park Hospital under the Mental Health Act for three weeks, and the children stayed "
              "with Gran. Since coming home on 12/11/2025 Nicola has taken her lithium and her mood has been "
              "steady, but she is very tired and some days cannot get up. On those days Kayden makes Lacey's "
              "breakfast and walks her to school, and he worries about leaving his mum. Lacey has been "
              "wetting herself at school, and her attendance this year is 88%."),
        ("h1", "What has changed since November"),
        ("bullets", [
            "Nicola sees her care co-ordinator every week and her lithium levels have been in range since "
            "December.",
            "Gary has moved to day shifts, Monday to Friday, so he is at home every evening.",
            "Gran has had the children every other weekend since December.",
            "Kayden's attendance this term is 97%, and he has joined the school football team.",
        ]),
        ("h1", "What Kayden and Lacey say"),
        ("p", "Kayden (11) talked to Owen at school on 10/02/2026: \"When Mum was in hospital I didn't know "
              "if she was coming back. Now I check she's taken her tablets before I go to bed.\" He would "
              "like more time for football and said he feels 6 out of 10 at home, \"better than before\"."),
        ("p", "Lacey (8) said: \"I like it when Gary does my bath and reads to me.\" She also said: \"I don't "
              "like it when my pants get wet at school, because everyone can smell it.\" She drew her family "
              "with Gran holding her hand."),
        ("h1", "What we want for Kayden and Lacey"),
        ("numbers", [
            "Kayden and Lacey are cared for every day by an adult who is well enough to get them up, fed "
            "and to school.",
            "Kayden gets to be a child, not his mum's carer: he has time for football and friends, and "
            "someone to talk to.",
            "Lacey is dry at school, sleeps well and is in school every day.",
            "Nicola's mental health will be stable and she will take her medication every day.",
        ]),
        ("h1", "The plan"),
        ("p", "The plan is in five parts. Each part starts with a line naming its lead. The lead does every "
              "step in that part unless the step names someone else."),
        ("h2", "Part 1: Kayden and Lacey's safety and care at home"),
        ("p", "Lead for this part: Owen Marsh, social worker (OM)"),
        ("table", {
            "header": ["No.", "What will happen", "When", "How we will know"],
            "widths": [1.2, 7.8, 3.5, 4.5],
            "rows": [
                ["1.1",
                 "Visit Kayden and Lacey at home and see each child on their own",
                 "Every two weeks; at least one visit a month unannounced",
                 "Visit records within 2 working days, with what each child said"],
                ["1.2",
                 "Make a \"when Mum is poorly\" plan with each child, so that Kayden and Lacey know who to "
                 "ring and where they will go",
                 "By 13/03/2026",
                 "Each child's own signed copy, and a copy on the file"],
                ["1.3",
                 "Nicola and Gary will keep the early warning signs card on the fridge, and ring Sian or Owen "
                 "on the day they notice two signs",
                 "Every day; a call the same day the signs are noticed",
                 "Calls logged by Sian and Owen, with the date and the signs noticed"],
                ["1.4",
                 "Gary will do the children's tea, bath and bedtime so that Nicola can rest",
                 "Every weekday evening",
                 "Bedtime chart on the fridge, seen by Owen at each visit; the children asked who put them "
                 "to bed"],
            ],
        }),
        ("h2", "Part 2: Nicola's health and what it means for Kayden and Lacey"),
        ("p", "Lead for this part: Sian Evans, care co-ordinator, Lusterby Community Mental Health Team "
              "(CMHT)"),
        ("table", {
            "header": ["No.", "What will happen", "When", "How we will know"],
            "widths": [1.2, 7.8, 3.5, 4.5],
            "rows": [
                ["2.1",
                 "See Nicola at home, check her mood and sleep, and make sure her lithium levels are taken",
                 "Every week",
                 "Visit notes on RiO; lithium levels within range"],
                ["2.2",
                 "Write a report for the next review conference on whether Nicola can stay well enough to care "
                 "for Kayden and Lacey, what would need to change, and how long that is likely to take",
                 "By 05/05/2026",
                 "Report sent to Owen and shared with the core group by 05/05/2026"],
                ["2.3",
                 "Nicola will take her lithium every evening and go for her lithium blood tests at Lusterby "
                 "Health Centre",
                 "Every evening; blood test every 3 months, next on 10/03/2026",
                 "Blood test results sent to Sian and to Dr Rahman (consultant psychiatrist)"],
            ],
        }),
        ("h2", "Part 3: School and health"),
        ("p", "Lead for this part: Mrs Hannah Dean, designated safeguarding lead, Lusterby Park Primary School"),
        ("table", {
            "header": ["No.", "What will happen", "When", "How we will know"],
            "widths": [1.2, 7.8, 3.5, 4.5],
            "rows": [
                ["3.1",
                 "Check Kayden and Lacey are in school by 8.50am, and ring Nicola, then Owen, by 9.30am if "
                 "either is not",
                 "Every school day",
                 "Register and first-day call log; both children's attendance e-mailed to Owen every Friday"],
                ["3.2",
                 "A weekly session for Kayden with Mr Price, the school's young carers lead, to talk about home "
                 "and his worries about his mum",
                 "Every Monday from 02/03/2026",
                 "Mr Price's notes on CPOMS, with Kayden's worry score each week"],
                ["3.3",
                 "Lacey will be seen by Joanne Cole, the school nurse, about wetting at school and her sleep",
                 "By 20/03/2026",
                 "Joanne's health plan for Lacey sent to Owen and the school by 27/03/2026"],
                ["3.4",
                 "Plan Kayden's move to Lusterby High School in September, with an extra transition visit and "
                 "a named adult there",
                 "By 22/05/2026",
                 "-"],
            ],
        }),
        ("h2", "Part 4: Help from the family"),
        ("p", "Lead for this part: the family"),
        ("table", {
            "header": ["No.", "What will happen", "When", "How we will know"],
            "widths": [1.2, 7.8, 3.5, 4.5],
            "rows": [
                ["4.1",
                 "Make sure Kayden and Lacey have a hot meal on the weekends they are at home",
                 "Every Saturday and Sunday they are at home",
                 "Meals written in the family diary, which Owen reads at his visits"],
                ["4.2",
                 "Take Kayden to football training on Tuesdays and Lacey to Brownies on Thursdays",
                 "Every Tuesday and Thursday",
                 "Club registers"],
                ["4.3",
                 "Gran (Maureen) will have Kayden and Lacey to stay from Friday teatime to Sunday teatime",
                 "Every other weekend from 27/02/2026",
                 "Gran texts Owen each Sunday evening when the children are home"],
            ],
        }),
        ("h2", "Part 5: Other things agreed at the conference"),
        ("p", "No lead was agreed for these at the conference; one will be named at the first core group."),
        ("table", {
            "header": ["No.", "What will happen", "When", "How we will know"],
            "widths": [1.2, 7.8, 3.5, 4.5],
            "rows": [
                ["5.1",
                 "A referral will be made to Lusterby Young Carers for Kayden",
                 "By 13/03/2026",
                 "Letter from Lusterby Young Carers giving Kayden's start date"],
                ["5.2",
                 "Damp and mould in the children's bedroom to be reported to Lusterby Homes and the repair "
                 "chased",
                 "When a worker is free",
                 "Repair done, and no mould in the bedroom at the next visit"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Nicola shows two or more early warning signs in a week (sleeping less than four hours, missing "
            "her lithium, spending, racing thoughts): Nicola or Gary rings Sian the same day, Sian arranges for "
            "the crisis team to see Nicola within 24 hours, and Owen sees the children within 24 hours.",
            "If Nicola becomes very unwell while she is caring for the children alone, or the children are "
            "found without an adult who can look after them: Kayden rings Gran or 999 (this is in his \"when "
            "Mum is poorly\" plan), Gran collects Kayden and Lacey and they stay at 6 Tern Close, and Owen holds "
            "a strategy discussion the same working day.",
            "If Nicola is admitted to hospital again, Kayden and Lacey will stay with Gran until Nicola is home "
            "and well, and Owen will visit them at Gran's every week.",
            "If Nicola is admitted again, if the children are left without a well adult a second time, or if by "
            "the next review conference either child's attendance is below 95%, Owen will ask Claire Boyle, his "
            "team manager, for a legal planning meeting within 5 working days.",
        ]),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks at Lusterby Park Primary School, Wednesdays at 9.15am: 11/03/2026, "
            "08/04/2026 and 06/05/2026.",
            "Next review child protection conference: 19/05/2026 at 2pm, Lusterby Town Hall.",
        ]),
        ("p", "Plan sent to Nicola, Gary, Gran, Stuart and every agency on 26/02/2026."),
    ],
    "findings": [
        F("F002", "Nicola's mental health will be stable and she will take her medication every day."),
        F("H001", "See Nicola at home, check her mood and sleep"),
        F("M001", "Plan Kayden's move to Lusterby High School in September"),
        F("W002", "Make sure Kayden and Lacey have a hot meal"),
        F("W002", "Take Kayden to football training on Tuesdays"),
        F("W001", "A referral will be made to Lusterby Young Carers"),
        F("W001", "Damp and mould in the children's bedroom to be reported"),
        F("T002", "Damp and mould in the children's bedroom to be reported"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Initial conference plan after domestic abuse: a who's-who table, then
#    the plan set out under one H3 heading per person or pair ("Sadia and
#    Zara together"), with steps done to or for a child naming who does
#    them. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b177_langwithy_icpc_plan_headed_by_person_joint_steps_choudhury.md",
    "split": "heldout",
    "actions": 22,
    "template": "icpc-plan-md-details-list-whos-who-table-what-happened-going-well-what-zara-and-ayaan-say-outcomes-then-plan-under-one-h3-heading-per-person-or-pair-bullets-with-time-and-how-well-know-in-each-joint-steps-and-done-to-the-child-steps-naming-the-worker-then-if-things-go-wrong-meetings",
    "description": (
        "Exemplary initial conference plan for a 13-year-old and a 5-year-old after their father pushed "
        "their mother into a door and pushed the 13-year-old when she stepped in; he is on police bail "
        "not to contact the family, and the mother's brother helps with school pick-ups and Friday "
        "nights. After a who's-who table, the plan is set out under one heading per person or pair (the "
        "social worker, Mum, 'Sadia and Zara together', Dad, the police domestic abuse unit, the IDVA, "
        "the children's domestic abuse worker, each school's DSL, Uncle Jamil); every bullet under a "
        "heading is that person's, steps done to or for a child name who does them ('Zara will be seen "
        "by Hana at school ...'), and every bullet has its own time and check. The uncle's help has a "
        "fallback; legal planning follows named triggers; core group dates and a dated review "
        "conference are set."
    ),
    "text": """\
# Child Protection Plan - Zara and Ayaan Choudhury

**Langwithy Council Children's Services.** Initial child protection conference, 13/01/2026, Langwithy
Civic Centre. Category: emotional abuse (both children).

- **Children:** Zara Choudhury, born 02/02/2012 (13, Year 8, Langwithy High School); Ayaan Choudhury,
  born 21/06/2020 (5, Reception, St Anne's Infant School)
- **Home:** 27 Marigold Way, Langwithy LG4 8SX, with their mum
- **Mum:** Sadia Choudhury (34), works at Langwithy Library, 9am to 5.30pm
- **Dad:** Kamran Choudhury (38), staying with a friend at 9 Foundry Street since 29/12/2025
- **Uncle:** Jamil Rahman (29), Sadia's brother, 16 Elm Grove
- **Chair:** Paula Greenwood, independent reviewing officer

## Who's who

| Name used in the plan | Who they are |
|---|---|
| Sophie | Sophie Kerr, social worker, Langwithy Children's Services (team manager: Neil Ashton) |
| DS Grant | Detective Sergeant Paul Grant, Langwithy Police domestic abuse unit |
| Leanne | Leanne Foster, independent domestic violence adviser (IDVA), Langwithy Women's Aid |
| Hana | Hana Qureshi, children's worker, the Harbour Project (children who have lived with domestic abuse) |
| Mr Cole | Mr Dean Cole, designated safeguarding lead, Langwithy High School |
| Mrs Ford | Mrs Ruth Ford, designated safeguarding lead, St Anne's Infant School |
| Uncle Jamil | Jamil Rahman, Sadia's brother |

## What happened

On 28/12/2025 Kamran pushed Sadia into the kitchen door during an argument, cutting her head. Zara (13)
stood between them and Kamran pushed her to the floor. Ayaan (5) was upstairs and heard it all. Police
arrested Kamran; he is on bail until 20/03/2026 with conditions not to contact Sadia or the children
and not to go to Marigold Way. Sadia has told Leanne about shouting, name-calling and control of money
for several years, and the police have been called twice before (2023 and 2024). The case went to
MARAC on 08/01/2026 and is due back on 12/03/2026.

Since then Zara has been sleeping badly, not eating at school, and checking the doors at night. Ayaan
has started wetting the bed and hitting other children at school.

## What is going well

- Sadia called the police herself on 28/12/2025 and has kept to the bail arrangements since.
- Sadia has been to two sessions with Leanne and wants the Freedom Programme.
- Uncle Jamil has collected Ayaan from school on Tuesdays and Thursdays since New Year.
- Zara has a close friend, Amira, and loves art. Ayaan loves his teacher, Miss Hobbs.

## What Zara and Ayaan say

Zara told Sophie at school on 09/01/2026: "I don't want Dad back in the house. I want to see him, but
somewhere else, and not for a bit." She said she feels 4 out of 10 safe at home at night, "because I
keep thinking he'll come", and 8 out of 10 when Uncle Jamil stays over. She wants to "stop being the
one who sorts everything out".

Ayaan drew a picture of his house with "a big noise" in the kitchen. He told Sophie: "Daddy pushed
Mummy and Zara. I hid under my bed." When asked what would make him happy he said: "Mummy not
crying, and Uncle Jamil's football."

## What we want for Zara and Ayaan

1. Zara and Ayaan live in a home where nobody is hurt, pushed, shouted at or frightened.
2. Zara sleeps, eats and feels safe, and is not the one who keeps everyone safe.
3. Ayaan is dry at night, settled at school, and can talk about his feelings instead of hitting.
4. If the children see their dad again, it is only when it is safe and they want to.

## What will happen: who will do what

Each heading below names who will do the steps under it. Where a step is done with or for someone
else, the step says so.

### Sophie Kerr, social worker

- Visit Zara and Ayaan at home every week until the review conference, and see Zara on her own at
  school every other week; visit notes on the file within 2 working days, with what each child said.
- Complete a single assessment, with a domestic abuse risk assessment of Kamran, by 27/03/2026, and
  share the written report and recommendations with Sadia, Kamran and the core group by 27/03/2026.
- Refer Zara and Ayaan to the Harbour Project by 20/01/2026; the Harbour Project's letter giving each
  child's start date goes on the file.

### Sadia (Mum)

- Keep Kamran out of the house and do not meet or message him while his bail conditions last (until
  20/03/2026), ringing 999 if he comes to Marigold Way; Sophie asks Zara and Ayaan at each visit
  whether Dad has been, and DS Grant checks the police log every week.
- Go to the Freedom Programme at Langwithy Family Hub every Monday, 10am to 12pm, for 12 weeks from
  19/01/2026; the attendance register is sent to Sophie at the end of each month.
- Take Ayaan to the continence clinic at Langwithy Children's Centre on 10/02/2026 and use the star
  chart the nurse gives him every night after that; Sophie looks at the chart at every visit.

### Sadia and Zara together

- Write Zara's own safety plan (who to ring, where to go, and a code word) with Hana by 06/02/2026;
  Zara keeps a copy on her phone and a copy goes on the file.
- Spend a "just us" hour together every Sunday afternoon, doing something Zara chooses; Zara tells
  Sophie how it went at each visit and Sophie writes it down.

### Kamran (Dad)

- Keep to his bail conditions and have no contact with Sadia, Zara or Ayaan until 20/03/2026, or
  until the police or the court change them; DS Grant's weekly bail checks, and what Sadia and the
  children tell Sophie, show he has kept to them.
- Go to the Langwithy Respect programme assessment on 04/02/2026 and, if offered a place, every
  Wednesday session after that; the assessment letter and the attendance register are sent to Sophie.
- Meet Sophie for his part of the assessment, three sessions by 20/03/2026, at Langwithy Civic Centre;
  Sophie's notes of each session go on the file.

### DS Grant, Langwithy Police domestic abuse unit

- Check that Kamran is keeping to his bail conditions, and tell Sophie the same day about any breach,
  every week until 20/03/2026; the bail check log is e-mailed to Sophie every Friday.
- Tell Sadia and Sophie the charging decision within one working day of it being made; DS Grant's
  e-mail to Sophie goes on the file.

### Leanne Foster, IDVA

- See Sadia every week until the MARAC review on 12/03/2026, and update her DASH risk assessment
  before it; the DASH score and Sadia's safety plan are sent to Sophie by 10/03/2026.
- Arrange sanctuary scheme locks and a door chain for 27 Marigold Way by 30/01/2026; the fitting
  certificate is copied to Sophie.

### Hana Qureshi, Harbour Project

- Zara will be seen by Hana at school every Wednesday for 10 weeks from 28/01/2026 for "Power to
  Talk" sessions; Hana writes down Zara's "how safe I feel" score each week and sends Sophie a
  summary at the end of each month.
- Ayaan will have play sessions with Hana at the Harbour Project every Friday after school for 8
  weeks from 30/01/2026; Hana sends Sophie a short note after each session about what Ayaan showed
  in his play.

### Mr Cole, Langwithy High School

- Arrange a check-in for Zara with Ms Reid, her head of year, at 8.40am every school day, and a
  lunch pass to the library; the check-in sheet and Zara's lunch record are e-mailed to Sophie every
  Friday.

### Mrs Ford, St Anne's Infant School

- Record on CPOMS every school day any hitting or upset, and anything Ayaan says about home; the
  CPOMS log is sent to Sophie every Friday and brought to each core group.
- Ayaan will have a place in the Sunflower Room nurture group with Mrs Patel on Monday, Wednesday and
  Friday afternoons from 19/01/2026; Mrs Patel completes his Boxall profile at the start and after 8
  weeks, and Mrs Ford sends both to Sophie.

### Uncle Jamil

- Collect Ayaan from St Anne's at 3.15pm every Tuesday and Thursday and stay at Marigold Way until
  Sadia is home at 6pm; the school's collection book shows Jamil's signature on those days.
- Stay at Marigold Way every Friday night until Kamran's bail ends on 20/03/2026; Jamil texts Sophie
  each Saturday morning, and Zara tells Sophie at her visits how Friday nights have been.

## If things go wrong

- If Kamran comes to Marigold Way, contacts Sadia or the children, or is seen near either school:
  Sadia, the school or whoever sees him rings 999; the police arrest him for breach of bail; and
  Sophie holds a strategy discussion with the police the same working day.
- If Sadia lets Kamran into the house or meets him with the children while the bail conditions last,
  Sophie holds a strategy discussion the same day, and the children stay with Uncle Jamil at 16 Elm
  Grove that night.
- If Uncle Jamil cannot collect Ayaan or stay on a Friday (he is ill or away), he rings Sadia and
  Sophie that day. Sadia leaves work at 3pm on those days (her manager has agreed), and on a Friday
  night Sadia's cousin, Nasreen Begum (4 Dale Court), will stay instead. If neither can, Ayaan goes to
  St Anne's after-school club until Sadia collects him at 5.45pm.
- If there is another incident of violence, if Sadia and Kamran get back together while he has not
  finished the Respect programme, or if by the review conference Zara and Ayaan still do not feel safe
  at home, Sophie will ask Neil Ashton (team manager) for a legal planning meeting within 5 working
  days to decide whether to start the Public Law Outline.
- When Kamran's bail ends, Sophie will hold a core group meeting within 5 working days to agree what
  contact, if any, the children will have with him, and where.

## Meetings

- Core group every four weeks at Langwithy Civic Centre, Mondays at 2pm: 26/01/2026, 23/02/2026 and
  23/03/2026.
- Review child protection conference: 07/04/2026 at 10am, Langwithy Civic Centre.

Plan sent to Sadia, Kamran (without the address details of Uncle Jamil and Nasreen), Jamil and every
agency on 15/01/2026.
""",
    "findings": [],
})
