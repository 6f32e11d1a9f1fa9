"""Batch 176, module i: seven fictional plans (tuning material), places beginning with "i".

Everything here is made up: children, families, professionals, services,
schools, hospitals, police forces and councils. Labels were written by hand
from docs/rules.md and the conventions in sample_plans/README.md, without
running planlint or reading its code.

Focus: who does each action, said once for many actions, wherever the
writer's template puts it. Each plan is in a template of its own, and in
each many actions take their owner from somewhere other than their own
sentence or row: a Lead column merged down beside all of one person's rows,
bold lead-ins ("Shannon (Mum) has agreed to:", "Your mum, Jackie, has agreed
to:", "Dad has agreed to:"), a heading per worker or grown-up over bullets
that start with a verb, shaded "Lead: ..." banner rows across a table with
no Who column, a letter's "I will" from the social worker who signs it and
its "you" for the mother it is written to, a young person's own "I will" in
her own plan, "ASSIGNED TO:" blocks in a case-system print, and Who cells
holding only initials or short names that a who's who or key explains
("RB", "KD", "Nne", "DSL-V", "SN", "DAU"). Some actions are joint ("Joint
visit with MA", "Sian and me together") or done to a child ("Zara will be
seen at home by AS", "Make sure I'm seen by Mrs Ash"), with the doer still
clear, and a row naming someone else under a group owner is that person's
("Leanne Doyle (Steven's sister) will have Ellis and Nova"). In the four
faulty plans a few actions have no owner anywhere (a passive referral, "will
be supported to", a "-" Who cell, a "[Not assigned]" block, a part "Other
things agreed" with no owner) or only a collective or unsettled one ("The
family will:", "Lead: all agencies", "Lead: to be confirmed at the next core
group", "TBC", "Professionals", "ASSIGNED TO: All agencies"); each group
owner's reach is plain from the layout (it covers the rows or bullets down
to the next owner line, heading or banner).

1. a review conference plan for a 10-year-old and a 3-year-old whose mother
   drinks, with a who's who of initials and short names and one table whose
   Lead column is merged down beside each person's rows (docx, exemplary);
2. an initial conference plan for a 6-year-old and an 18-month-old
   (neglect, the mother's depression, her partner's cannabis): the family's
   part as bold "X has agreed to:" lead-ins over Word bullets, the workers'
   part as a heading per worker over bullets, then "Other things agreed at
   the conference" (docx): faults are the two bullets under "The family
   will:", a passive food bank and mattress referral and "Mason will be
   supported to" go to football club under the last part, the
   developmental review "when Shannon feels ready", the social worker's
   "keep an eye on how she is coping", the family support worker's sessions
   measured by "engagement", the nurture group with no check, and the mental
   health nurse's sessions that only support the mother (W002 x2, W001 x2,
   T002, M002 x2, M001, H001);
3. a first core group plan for an 8-year-old and an 11-month-old after the
   mother's partner, on methadone, relapsed on heroin and overdosed at home:
   a table with no Who column whose shaded "Lead: ..." banner rows own the
   rows under them unless a row names someone else, page header and footer
   (pdf): faults are the naloxone training with "-" for how we will know,
   the one-year review "as and when Kerry-Ann can get to clinic", the ELSA
   sessions measured by "improvement in Ellis's behaviour", the "Lead: all
   agencies" row, the two rows under "Lead: to be confirmed at the next
   core group" (the housing request also with "-" for when), and a review
   conference date still to be confirmed (M001, T002, M002, W002 x3, T001,
   R001);
4. the social worker's letter to a 20-year-old mother with postnatal
   depression after the initial conference for her 4-month-old son, the plan
   typed-numbered under "What I will do", "What you have agreed to do",
   "Your mum, Jackie, has agreed to:" and a bold line per worker, with a
   letterhead header and page footer (pdf, exemplary);
5. a 15-year-old's own plan (risk of sexual exploitation, going missing,
   her father's drinking): "What I will do", then an h3 heading per grown-up
   over verb-first bullets, each with a bold "How we'll know", and a joint
   "Sian and me together" part (md, exemplary);
6. a review conference plan for a 12-year-old and a 7-year-old after
   domestic abuse, with a who's who key and a table whose Who column holds
   only keyed initials and short names (md): faults are the mentor sessions
   measured by "improvement in Leo's mood", a "TBC" lead for the group
   referral, the weekend calls "as and when needed", "Professionals"
   sharing sightings, the grant application with "-" for who, the dentist
   row with "-" for how we'll know, a contingency that only says the core
   group will meet to discuss, and no fallback if the grandmother cannot
   help (M002, W002 x2, T002, W001, M001, C002, C003);
7. an initial conference plan for a 5-year-old and a 3-month-old (neglect,
   the mother's postnatal depression, a kettle burn) printed from a case
   system as plain text, its tasks grouped under "ASSIGNED TO:" blocks with
   Due and Evidence lines (txt): faults are the family support worker's
   sessions evidenced by "Engagement with sessions", the safe sleep check
   "Ongoing", the father's talk with his employer with "N/A" evidence, the
   "All agencies" task, the two "[Not assigned]" tasks (one also with "-"
   for due), and the mother's depression with no adult service owning any
   task (M002, T002, M001, W002, W001 x2, T001, F004).

Three plans (1, 4 and 5) are exemplary: every action has an owner (in its
own words, or from the merged Lead cell, lead-in, heading or signature it
sits under), a real timescale and something that can be seen, counted or
read; every outcome is about the children; each contingency has specific
triggers and protective responses and says what happens if a relative's
help fails; each records the children's words or observed days, core group
dates and a dated review conference, and legal planning after named
triggers; adult services (an alcohol service, the GP, a perinatal mental
health team) own actions where a parent drinks or is unwell, and the
perinatal mental health team reports on the mother's capacity to change and
its likely timescale.

Counting convention used for "actions" (README convention 1): each row of
an action table (banner rows excepted), each bullet or typed-numbered item
of the plan's parts, and each "Task n of m" block counts once, whatever
number of sentences it holds. Lead-in lines, owner headings and banners,
details, who's who tables and keys, worries, strengths, the children's
words, outcomes, the contingency, meeting dates and signatures are not
actions.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. Review conference plan: a who's who of initials and short names, then
#    one action table whose Lead column is merged down beside every row that
#    person leads. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b176_ilverton_rcpc_lead_column_merged_down_initials_key_okafor.docx",
    "doc_title": "Child Protection Plan - Tobi and Zara Okafor",
    "split": "tune",
    "actions": 20,
    "check_vmerge": 7,
    "template": "rcpc-plan-docx-details-table-whos-who-table-of-initials-and-short-names-why-still-a-plan-what-has-changed-tobis-words-and-zaras-day-numbered-outcomes-then-note-then-lead-no-what-will-happen-when-how-we-will-know-table-with-the-lead-column-merged-down-beside-each-persons-rows-then-if-things-go-wrong-core-group-and-review",
    "description": (
        "Exemplary review conference plan for a 10-year-old and a 3-year-old whose mother drinks; their "
        "father has moved to day shifts and their grandmother helps after school and at weekends. A "
        "who's who table explains the initials and short names ('RB', 'KD', 'MA', 'PK', 'JC', 'AS', "
        "'Nne') used after it. The plan is one table whose Lead column is merged down beside every row "
        "that person leads (the social worker's four rows, Mum's three, the recovery worker's two, "
        "Dad's two, Nne's two, the school's two, the family support worker's two), with single rows for "
        "the nursery, the health visitor and the GP; some rows are joint ('with MA', 'with KD walking "
        "with her on Mondays') or done to a child ('Zara will be seen at home by AS'). Every row has a "
        "real time and an observable check; the alcohol service and the GP own actions and report on "
        "change, the grandmother's help has a fallback, legal planning follows named triggers, core "
        "group and review dates are set, and the 10-year-old's words and the 3-year-old's day are "
        "recorded."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Ilverton Metropolitan Borough Council, Children's Social Care. Review child protection "
              "conference, 20/01/2026. Chair: Deborah Akers (independent reviewing officer). This plan replaces "
              "the plan made at the initial conference on 21/10/2025."),
        ("table", {
            "rows": [
                ["Children", "Tobi Okafor, born 02/05/2015 (10, Year 5, Ilverton St Mark's CE Primary); Zara "
                             "Okafor, born 11/08/2022 (3, Little Acorns Nursery, mornings and Tuesday and "
                             "Thursday afternoons)"],
                ["Home", "14 Wren Road, Ilverton IL6 2TD, with Mum and Dad"],
                ["Mum", "Grace Okafor (34)"],
                ["Dad", "Emeka Okafor (38), warehouse supervisor at Northgate Distribution"],
                ["Grandmother", "Ngozi Eze (Grace's mother), 12 Cedar Walk, Ilverton; the children call her Nne"],
                ["Category", "Neglect (both children)"],
                ["Social worker", "Ruth Bamford, Ilverton Safeguarding Team North (team manager: Owen Fisk)"],
            ],
            "widths": [3.5, 13.5],
            "bold_first_col": True,
        }),
        ("h1", "Who's who in this plan"),
        ("p", "After this table the plan uses these short names."),
        ("table", {
            "header": ["Short name", "Who they are"],
            "widths": [3.0, 14.0],
            "rows": [
                ["RB", "Ruth Bamford, social worker"],
                ["KD", "Kelly Dunn, family support worker, Ilverton North Family Hub"],
                ["MA", "Marcus Allen, recovery worker, Ilverton Alcohol and Drug Service (IADS)"],
                ["AS", "Amira Sultan, health visitor, Ilverton 0-19 Service"],
                ["PK", "Mr Paul Kerr, deputy head and designated safeguarding lead, Ilverton St Mark's CE Primary"],
                ["JC", "Jenny Clough, manager, Little Acorns Nursery"],
                ["Dr Sato", "Dr Helen Sato, GP, Riverside Surgery (Grace's and the children's GP)"],
                ["Mum, Dad", "Grace and Emeka Okafor"],
                ["Nne", "Ngozi Eze, Grace's mother"],
            ],
        }),
        ("h1", "Why Tobi and Zara still have a plan"),
        ("p", "Tobi and Zara became subject to a plan in October because Grace was drinking vodka during the day "
              "while Emeka was at work on nights. On 03/10/2025 Tobi came home from school to find Grace asleep on "
              "the sofa and could not wake her; Zara was in a wet nappy from the morning and had not eaten since "
              "breakfast. Tobi rang his dad at work. The school had noticed Tobi coming in hungry and tired, and "
              "he had missed nine days since September."),
        ("p", "Grace has worked hard since October, but she drank again over Christmas: on 27/12/2025 Emeka came "
              "home to find her drunk with both children in the house. She has not had a drink since, as far as "
              "her breath tests show. The conference agreed that the plan needs to go on until Grace's recovery "
              "has lasted, and until the children's days are reliably safe when Emeka is not at home."),
        ("h1", "What has changed since October"),
        ("bullets", [
            "Grace has been to IADS every week since 29/10/2025, and her breath tests at key work were 0.00 at "
            "every session except on 30/12/2025.",
            "Emeka has asked his employer to move him onto day shifts, and has been home every evening since "
            "05/01/2026.",
            "Nne has the children for tea twice a week and Tobi says he loves going to her house.",
            "Tobi's attendance this term is 97%, and Zara has been at nursery every morning since November.",
        ]),
        ("h1", "What Tobi says, and Zara's day"),
        ("p", "Tobi (seen on his own at school by RB, 14/01/2026): \"Mum is better now but at Christmas it was "
              "bad again.\" \"I don't want to be the one who finds her.\" \"I like it when Dad is home for tea.\" "
              "He scored how worried he is when he walks home from school as 6 out of 10, and said it would be 1 "
              "\"if I knew Mum was OK every day\". He would like to go to the Friday football club again."),
        ("p", "Zara's day (from JC's notes at nursery and RB's visits): Zara arrives at nursery with Grace "
              "most days at 8.45am, clean and dressed. She runs to the home corner and \"makes tea\" for the "
              "staff. She uses short sentences, fewer words than most children her age, and points or pulls an "
              "adult's hand when she wants something. At home on 09/01/2026 RB saw Zara climb onto Grace's lap "
              "and fall asleep there; Grace stroked her hair and sang to her."),
        ("h1", "What we want for Tobi and Zara"),
        ("numbers", [
            "Tobi and Zara are cared for every day by an adult who has not been drinking.",
            "Tobi can be a 10-year-old, not the person who looks after his mum and sister, and he says he worries "
            "less (his walking-home score 3 or lower by the review conference).",
            "Zara has a steady routine of meals, bath and bed, and her speech is checked and helped.",
            "Both children go to school and nursery every day, on time, fed and clean.",
        ]),
        ("h1", "The plan"),
        ("p", "The Lead column is merged down beside the rows that person leads: the person named there makes sure "
              "the work on those rows happens and tells the core group how it went. Short names are in the who's "
              "who above."),
        ("table", {
            "header": ["Lead", "No.", "What will happen", "When", "How we will know"],
            "widths": [2.5, 1.0, 6.0, 3.3, 4.2],
            "rows": [
                ["RB (social worker)", "1",
                 "Home visits, at least one in three unannounced: see Tobi on his own each time, see where Zara "
                 "sleeps, and ask Grace to do a breath test",
                 "Every 2 weeks until the review conference on 14/07/2026",
                 "Visit records on the case file within 2 working days, with Tobi's own words and the breath "
                 "test reading"],
                [V, "2",
                 "Four sessions of direct work with Tobi at school about Mum's drinking and whose job it is to look "
                 "after Zara, using Three Houses",
                 "Wednesdays after school, 04/02/2026 to 25/02/2026",
                 "Tobi's Three Houses sheets on file; his walking-home score at the first and last session"],
                [V, "3",
                 "Joint visit with MA to Grace and Emeka to write the family's safety plan: what happens, and who "
                 "Tobi rings, if Grace has been drinking",
                 "By 13/02/2026",
                 "Safety plan signed by Grace, Emeka and Nne, copied to every core group member by 13/02/2026"],
                [V, "4",
                 "Update the parenting assessment of Grace and Emeka, including what the children's days are "
                 "like when Emeka is at work",
                 "By 16/06/2026",
                 "Report with a clear recommendation shared with Grace, Emeka and the core group by 16/06/2026"],
                ["Mum (Grace)", "5",
                 "Have no alcohol at all while Tobi and Zara are in her care, and do a breath test whenever RB, "
                 "KD or MA asks",
                 "Every day, from 20/01/2026",
                 "Every breath test reading 0.00, written on the visit or session record"],
                [V, "6",
                 "Go to key work at IADS and to the women's recovery group",
                 "Key work every Monday; group every Wednesday at 1pm",
                 "IADS attendance sheet sent to RB at the end of each month"],
                [V, "7",
                 "Take Zara to nursery and collect her herself, with KD walking with her on Mondays for the first "
                 "four weeks",
                 "Every nursery day",
                 "Nursery signing-in sheet, checked by JC each week; Zara's attendance 90% or more"],
                ["MA (IADS)", "8",
                 "Key work with Grace, with a breath test at every session, and a written report on whether she has "
                 "stopped drinking, whether it is likely to last, and what that means for her care of Tobi and Zara",
                 "Weekly; report by 30/06/2026",
                 "Breath test results e-mailed to RB after each session; MA's report on RB's file by 30/06/2026"],
                [V, "9",
                 "Arrange with Dr Sato for Grace to have liver function and CDT blood tests, and go through the "
                 "results with Grace",
                 "First tests by 06/02/2026, then every 12 weeks",
                 "Results on RB's file; CDT in the normal range by the review conference"],
                ["Dr Sato (GP)", "10",
                 "See Grace to review her health and drinking, and write to RB about anything in her health that "
                 "affects her care of the children",
                 "By 27/02/2026, and again by 30/06/2026",
                 "GP letters on RB's file after each appointment"],
                ["Dad (Emeka)", "11",
                 "Work day shifts only, so that he is home for tea, bath and bedtime every evening",
                 "From 05/01/2026 until the review conference",
                 "Shift rota letter from Northgate Distribution on RB's file by 13/02/2026; Tobi tells RB at visits "
                 "who put him to bed"],
                [V, "12",
                 "Go to the IADS family and friends group for partners of people in recovery",
                 "Six Thursdays at 6pm, 05/02/2026 to 12/03/2026",
                 "IADS attendance letter to RB after the last session"],
                ["Nne (Ngozi Eze)", "13",
                 "Collect Zara from nursery and Tobi from school, and give both children their tea at Cedar Walk "
                 "until Emeka collects them at 6pm",
                 "Every Tuesday and Thursday, until the review conference",
                 "Nursery and school signing-out sheets; Nne texts RB each Thursday evening with the time Emeka "
                 "collected them"],
                [V, "14",
                 "Stay overnight at 14 Wren Road on Friday and Saturday nights, the nights Grace drank most before",
                 "Every Friday and Saturday night until the review conference",
                 "Nne signs the weekend sheet on the kitchen wall each Sunday; RB reads it at each visit"],
                ["PK (school)", "15",
                 "Check Tobi in at the classroom door, ask how his night was, and ring RB the same day if he is "
                 "late, absent, hungry or says anything about Mum being unwell",
                 "Every school day",
                 "Register and CPOMS notes e-mailed to RB every Friday; attendance 95% or more at the review"],
                [V, "16",
                 "Tobi will be seen by Mrs Fay Dale, learning mentor, for a 20-minute worry time, set up by PK",
                 "Tuesdays and Fridays, from 27/01/2026",
                 "Mrs Dale's session log, with Tobi's worry score each week, sent to RB every half term"],
                ["JC (nursery)", "17",
                 "Write down what time Zara arrives, who brings her, and whether she is clean, fed and in dry "
                 "clothes, and tell RB the same day of any worry",
                 "Every nursery session",
                 "Arrival log, copied to RB every two weeks"],
                ["AS (health visitor)", "18",
                 "Zara will be seen at home by AS for an ASQ-3 review of her development, including her speech, "
                 "with a referral to speech and language therapy if she scores below the cut-off",
                 "By 27/02/2026",
                 "ASQ-3 scores sent to RB and JC; referral letter on file if needed"],
                ["KD (family support)", "19",
                 "Six sessions at home with Grace and Emeka on a daily routine for Zara (meals, bath, bed by "
                 "7.30pm), using a routine chart on the kitchen wall",
                 "Mondays, 26/01/2026 to 02/03/2026",
                 "The chart filled in each day and seen by KD; Zara in bed by 7.30pm on at least 5 nights a week"],
                [V, "20",
                 "Go with Grace to her first two Wednesday recovery group sessions",
                 "21/01/2026 and 28/01/2026",
                 "IADS attendance sheet shows Grace signed in at both sessions"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Grace has been drinking while caring for Tobi or Zara (a breath test over 0.00, she smells of "
            "alcohol, or Tobi or Emeka says so): whoever finds out rings RB, or the Emergency Duty Team out of "
            "hours, straight away. Emeka or Nne looks after the children from then, and Grace does not care for "
            "them on her own until RB and MA have seen her. If the children were alone with her, RB holds a "
            "strategy discussion with the police and health the same day.",
            "If Tobi cannot wake his mum, he rings 999 and then his dad, as his safety plan says. Emeka comes "
            "home, or Nne comes if Emeka cannot, and RB visits the same day.",
            "If Nne cannot do a Tuesday, a Thursday or a weekend night (she is ill, away, or it is too much), "
            "she or Grace rings RB that day. Grace's sister, Chioma Eze (Flat 4, Larch Court), has agreed to do "
            "it instead. If neither can, Zara stays at nursery until 5.30pm (booked by RB), Tobi goes to the "
            "school's after-school club, and Emeka takes emergency leave for the weekend night, as Northgate "
            "Distribution has agreed.",
            "If Grace drinks while caring for the children again, or if MA's report or the parenting assessment "
            "says the children's care is not yet safe enough by 30/06/2026, RB will ask Owen Fisk (team "
            "manager) for a legal planning meeting within 5 working days, to decide whether to start the "
            "Public Law Outline.",
        ]),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks at Ilverton North Family Hub, Tuesdays at 10am: 03/02/2026, "
            "03/03/2026, 31/03/2026, 28/04/2026, 26/05/2026 and 23/06/2026.",
            "Review child protection conference: 14/07/2026 at 10am, Ilverton Town Hall.",
        ]),
        ("p", "Plan sent to Grace, Emeka, Nne and every agency on 22/01/2026."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Initial conference plan in Word: the family's part as bold "X has
#    agreed to:" lead-ins over bullets, the workers' part as a heading per
#    worker over bullets, then "Other things agreed" with no owner. Faulty
#    (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b176_isselby_icpc_agreed_to_lead_ins_worker_headings_hartley.docx",
    "doc_title": "Child Protection Plan - Mason and Kayla Hartley",
    "split": "tune",
    "actions": 24,
    "template": "icpc-plan-docx-details-table-why-worried-going-well-masons-words-and-kaylas-day-outcomes-then-part-1-family-bold-x-has-agreed-to-lead-in-paragraphs-over-list-bullets-and-a-the-family-will-lead-in-then-part-2-one-heading-per-named-worker-over-list-bullets-then-part-3-other-things-agreed-passive-bullets-then-if-things-go-wrong-meetings",
    "description": (
        "Initial conference plan for a 6-year-old and an 18-month-old living with neglect: the "
        "toddler's weight has fallen from the 50th to the 9th centile, the 6-year-old was found in the "
        "street at night, their mother has depression and her partner smokes cannabis in the house. The "
        "family's part is bold lead-ins ('Shannon (Mum) has agreed to:', 'Nan (Pauline Hartley) has "
        "agreed to:') over Word bullets that carry no owner of their own, and one lead-in 'The family "
        "will:'; the workers' part is a heading per worker ('Leanne Marsh, health visitor (Isselby 0-19 "
        "Service)') over bullets in the same style; the last part, 'Other things agreed at the "
        "conference', has no owner. The grandmother's and uncle's help has a fallback and legal planning "
        "follows named triggers. Faults: the two bullets under 'The family will:'; a passive food bank "
        "and mattress referral and a 6-year-old who 'will be supported to' go to football club, both "
        "under the last part; the developmental review 'when Shannon feels ready'; the social worker's "
        "'keep an eye on how she is coping'; the family support worker's sessions measured by "
        "'engagement'; the nurture group with no check; and the mental health nurse's sessions that only "
        "support the mother."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Isselby Borough Council, Children's Services. Initial child protection conference held on "
              "09/02/2026 at Isselby Civic Centre. Chair: Mark Benson (child protection chair)."),
        ("table", {
            "rows": [
                ["Children", "Mason Hartley, born 21/11/2019 (6, Year 1, Isselby Brook Primary School); Kayla "
                             "Hartley, born 04/08/2024 (18 months)"],
                ["Home", "27 Arkwright Street, Isselby IS4 6PW"],
                ["Mum", "Shannon Hartley (24)"],
                ["Kayla's dad", "Jay Pickering (26), lives at the house"],
                ["Mason's dad", "Ryan Cole, lives in Spain; no contact for three years"],
                ["Family nearby", "Nan: Pauline Hartley (Shannon's mum), 3 Bank Top, Isselby. Uncle Rob: Rob "
                                  "Hartley (Shannon's brother), 40 Mill Street, Isselby"],
                ["Category", "Neglect (both children)"],
                ["Social worker", "Sam Greaves, Isselby Safeguarding Team (team manager: Alison Doyle)"],
            ],
            "widths": [3.5, 13.5],
            "bold_first_col": True,
        }),
        ("h1", "What we are worried about"),
        ("p", "Kayla weighed in on the 50th centile at 8 months. At her last weighing, at 16 months, she had "
              "dropped to the 9th centile. She missed three health visitor appointments between October and "
              "January, and when Leanne visited on 13/01/2026 there was little food in the kitchen and Kayla "
              "was eating crisps from the floor."),
        ("p", "On 14/01/2026 at about 8pm a neighbour found Mason in the street in his pyjamas, looking for "
              "his mum's cat. Shannon was asleep upstairs and Jay was out. Mason has been late to school 19 "
              "times this year, and his teacher says he is often hungry and tired."),
        ("p", "Shannon has depression. Her GP diagnosed it in spring 2025 and prescribes sertraline; she was "
              "referred to the Community Mental Health Team in December and has seen a nurse twice. Shannon "
              "says that on bad days she cannot get out of bed until the afternoon. Jay smokes cannabis every "
              "day, and Sam smelled it in the front room on both of her visits in January, with Kayla in the "
              "room. The house has no stair gate and there is dog mess in the back yard where Kayla plays."),
        ("h1", "What is going well"),
        ("bullets", [
            "Shannon loves her children and they go to her for comfort. She came to the conference and told "
            "it honestly about her bad days.",
            "Jay came to the conference, said the cannabis has to stop, and has booked an appointment at "
            "Isselby Recovery Service.",
            "Nan walks Mason to school on the days she can, and Mason is on time on those days.",
            "Mason is doing well with his reading and loves football.",
        ]),
        ("h1", "What Mason says, and Kayla's day"),
        ("p", "Mason (seen on his own at school by Sam, 03/02/2026): \"Mummy is sad a lot and stays in bed.\" "
              "\"I make my own breakfast. I can do cereal.\" \"I went out to find Smudge because nobody was "
              "awake.\" He would like \"Nan to come every day\" and \"to go to football club like Alfie\". He "
              "gave his home a 5 out of 10 and said it would be 10 \"if Mummy got up and Jay didn't smoke the "
              "smelly stuff\"."),
        ("p", "Kayla's day (from Leanne's and Sam's visits): Kayla is a smiley little girl who babbles and "
              "says \"Mama\", \"Nan\" and \"dog\". On 13/01/2026 Leanne saw her in the same nappy from the "
              "night before at 11am, and she had not had breakfast. She reached for Shannon to be picked up and "
              "settled when Shannon cuddled her. She crawls fast towards the stairs, which have no gate."),
        ("h1", "What we want for Mason and Kayla"),
        ("numbers", [
            "Kayla has enough to eat every day and grows back up to the 25th centile.",
            "Mason and Kayla live in a clean, safe house with a stair gate, a clean yard and no cannabis smoke.",
            "Mason gets to school on time every day, after breakfast, and is never out on his own at night.",
            "Mason and Kayla are looked after every day by a mum who is well enough to get up with them.",
        ]),
        ("h1", "The plan"),
        ("p", "Part 1 is what Mason and Kayla's family have agreed to do: each list is for the person named in "
              "the line above it. Part 2 is what each worker will do: the worker named in the heading will do "
              "everything on the list under it. Part 3 is the other things agreed at the conference."),
        ("h2", "Part 1: What the family have agreed to do"),
        ("boldp", "Shannon (Mum) has agreed to:"),
        ("bullets", [
            "Take Kayla to the baby clinic at Isselby Health Centre every two weeks to be weighed, and keep her "
            "red book with her, so that Leanne can see the weights at each home visit.",
            "Give Kayla three meals and two snacks every day and fill in the food diary each evening; Leanne "
            "and Sam will read the diary at every visit.",
            "Take her sertraline every day and go to every appointment with Nina Bell, so that she is well "
            "enough to get up with Mason and Kayla in the mornings; Nina sends Sam a copy of each appointment "
            "letter.",
        ]),
        ("boldp", "Jay (Kayla's dad) has agreed to:"),
        ("bullets", [
            "Not smoke cannabis in the house, in the yard, or at any time he is looking after Mason or Kayla, "
            "from 09/02/2026; Sam checks for the smell at every visit, and Jay does an oral fluid test at "
            "Isselby Recovery Service whenever Sam asks, with the result sent to her.",
            "Go to his assessment at Isselby Recovery Service on 17/02/2026 and then to key work every week; "
            "the service sends Sam an attendance letter each month.",
        ]),
        ("boldp", "Nan (Pauline Hartley) has agreed to:"),
        ("bullets", [
            "Walk Mason to school every weekday morning, leaving Arkwright Street by 8.30am; the school register "
            "will show him in on time.",
            "Have Mason and Kayla at Bank Top for tea every Wednesday and Friday from 3.30pm to 6.30pm, and text "
            "Sam each Friday night to say what time Shannon collected them.",
        ]),
        ("boldp", "Uncle Rob (Rob Hartley) has agreed to:"),
        ("bullets", [
            "Fit a stair gate at the bottom of the stairs and clear the dog mess and rubbish from the back "
            "yard by 20/02/2026; Sam will see the gate fitted and the yard clear at her next visit.",
        ]),
        ("boldp", "The family will:"),
        ("bullets", [
            "Keep the front door locked at night with the key on the high hook by the door, from tonight, "
            "so that Mason cannot go out on his own; Sam checks the hook at every visit.",
            "Ring Sam the same day if they are worried that Shannon is not coping or has stayed in bed, and "
            "Sam writes each call on the case file.",
        ]),
        ("h2", "Part 2: What the workers will do"),
        ("h3", "Sam Greaves, social worker (Isselby Children's Services)"),
        ("bullets", [
            "Visit Mason and Kayla at home every week, one visit in three unannounced, and see Mason on his own "
            "each time; visit records on the case file within 48 hours.",
            "Complete a parenting assessment of Shannon and Jay by 30/04/2026, with a report and recommendation "
            "shared with them and the core group.",
            "Four sessions of direct work with Mason at school on Fridays from 20/02/2026, about home, his "
            "worries and who he can go to; his Three Houses drawings kept on file.",
            "At every visit, talk with Shannon about her low mood and keep an eye on how she is coping with "
            "Kayla.",
        ]),
        ("h3", "Leanne Marsh, health visitor (Isselby 0-19 Service)"),
        ("bullets", [
            "Weigh Kayla at home every week until she is back on the 25th centile, and plot every weight in "
            "her red book and send it to Sam.",
            "Do Kayla's developmental review (ASQ-3) early, when Shannon feels ready, and send the scores to "
            "Sam.",
            "Go through safe storage, the stair gate and the food diary with Shannon at a home visit on "
            "12/02/2026, and leave a home safety checklist signed by Shannon on the health visiting record.",
        ]),
        ("h3", "Nina Bell, community psychiatric nurse (Isselby Community Mental Health Team)"),
        ("bullets", [
            "See Shannon at home every two weeks to support her with her low mood and her medication, and send "
            "Sam a copy of each appointment letter.",
        ]),
        ("h3", "Mrs Kirsty Walsh, designated safeguarding lead, Isselby Brook Primary School"),
        ("bullets", [
            "Check Mason in at the classroom door every school day, give him breakfast club if he has not "
            "eaten, and ring Sam the same day if he is late or absent; register and CPOMS notes sent to Sam "
            "every Friday.",
            "Mason will be seen in the Rainbow Room nurture group every Tuesday and Thursday afternoon from "
            "24/02/2026.",
        ]),
        ("h3", "Dee Fowler, family support worker (Isselby Family Hub)"),
        ("bullets", [
            "Six sessions at home with Shannon on a morning routine for Mason and Kayla and keeping the kitchen "
            "clean, every Monday from 16/02/2026; engagement with the sessions recorded.",
            "Help Shannon apply for Kayla's funded two-year-old nursery place, to start in September 2026, by "
            "31/03/2026; the nursery's offer letter on Sam's file.",
        ]),
        ("h2", "Part 3: Other things agreed at the conference"),
        ("bullets", [
            "A referral will be made to Isselby Food Bank and the Household Support Fund by 13/02/2026, for "
            "food and a new cot mattress for Kayla; the delivery notes will be kept on file.",
            "Mason will be supported to go to the Wednesday after-school football club from 25/02/2026, shown "
            "on the club register.",
        ]),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Mason is found out of the house on his own, or either child is found alone in the house: "
            "whoever finds them rings the police and Sam (the Emergency Duty Team out of hours). The children "
            "go to Nan's at Bank Top that night, and Sam holds a strategy discussion with the police and health "
            "the same day.",
            "If Shannon cannot get up to care for the children, she or Jay rings Nan, and Nan comes to the house "
            "or takes the children to Bank Top; Sam visits the same day and asks Nina for an urgent "
            "appointment with the CMHT duty worker.",
            "If Nan cannot walk Mason to school or have the children for tea (she is ill, away, or it is too "
            "much for her), she rings Sam that day. Uncle Rob will do the school walk instead; if he cannot, "
            "Mrs Walsh has a breakfast club place for Mason and Sam books it for that week. If neither Nan nor "
            "Rob can have the children for tea, Shannon collects Mason from school and Dee visits at teatime.",
            "If Kayla's weight falls below the 9th centile, or there is cannabis smoke in the house on two "
            "visits, or the parenting assessment finds the children's care is not safe enough, Sam will ask "
            "Alison Doyle (team manager) for a legal planning meeting within 5 working days to decide whether "
            "to start the Public Law Outline.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group at Isselby Family Hub at 10am: 20/02/2026, then every four weeks, on 20/03/2026 and "
            "17/04/2026.",
            "Review child protection conference: 05/05/2026 at 1.30pm, Isselby Civic Centre.",
        ]),
        ("p", "Plan sent to Shannon, Jay, Nan, Rob and every agency on 11/02/2026."),
    ],
    "findings": [
        F("W002", "Keep the front door locked at night with the key"),
        F("W002", "Ring Sam the same day if they are worried that Shannon"),
        F("M002", "talk with Shannon about her low mood and keep an eye"),
        F("T002", "Do Kayla's developmental review (ASQ-3) early, when Shannon feels ready"),
        F("H001", "See Shannon at home every two weeks to support her"),
        F("M001", "Mason will be seen in the Rainbow Room nurture group"),
        F("M002", "Six sessions at home with Shannon on a morning routine"),
        F("W001", "A referral will be made to Isselby Food Bank"),
        F("W001", "Mason will be supported to go to the Wednesday after-school"),
    ],
})


# ---------------------------------------------------------------------------
# 3. First core group plan printed to PDF: an action table with no Who
#    column, each group of rows opened by a shaded "Lead: ..." banner row
#    that owns them unless a row names someone else. Page header and
#    footer. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b176_ivelmoor_core_group_lead_banner_rows_no_who_column_mcallister.pdf",
    "doc_title": "Core Group Plan - Ellis and Nova McAllister",
    "split": "tune",
    "actions": 18,
    "min_pages": 2,
    "header": "Ivelmoor City Council · Children and Families · Core Group Plan",
    "footer": "Ellis and Nova McAllister · first core group 24/02/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "core-group-1-plan-paged-header-footer-details-table-what-happened-going-well-ellis-says-and-novas-day-outcomes-then-how-to-read-note-ref-what-will-happen-when-how-we-will-know-table-with-no-who-column-shaded-lead-banner-rows-owning-the-rows-under-them-unless-a-row-names-someone-else-collective-and-to-be-confirmed-lead-banners-then-if-things-go-wrong-meetings",
    "description": (
        "Plan as agreed at the first core group for an 8-year-old and an 11-month-old whose mother's "
        "partner, on a methadone script, relapsed on heroin and overdosed at home; the 8-year-old had "
        "found a used needle on the bathroom floor. The action table has no Who column: a shaded "
        "'Lead: ...' banner row opens each group (the social worker, the recovery service, the health "
        "visitor, the school's DSL, the parents) and owns the rows under it, unless a row names someone "
        "else (the paternal aunt's Saturdays under the parents' banner; the ELSA who sees the "
        "8-year-old under the school's). The recovery service reports on change and the aunt's help has "
        "a fallback. Faults: the naloxone training with '-' for how we will know; the 1-year review 'as "
        "and when Kerry-Ann can get to clinic'; the ELSA sessions measured by 'improvement in Ellis's "
        "behaviour'; a banner 'Lead: all agencies' over the row about passing on concerns; a banner "
        "'Lead: to be confirmed at the next core group' over a parenting programme and a housing request, "
        "the housing request with '-' for when; and a review conference whose date is still to be "
        "confirmed."
    ),
    "blocks": [
        ("title", "Core Group Plan"),
        ("p", "Agreed at the first core group meeting on 24/02/2026, following the initial child protection "
              "conference on 10/02/2026 (chair: Imogen Lacey). The outline plan made at the conference has been "
              "written out in full here."),
        ("table", {
            "rows": [
                ["Children", "Ellis McAllister, born 09/07/2017 (8, Year 3, Ivelmoor Fields Primary School); "
                             "Nova McAllister, born 18/03/2025 (11 months)"],
                ["Home", "6 Wellgate Close, Ivelmoor IV3 8DS"],
                ["Mum", "Kerry-Ann McAllister (29)"],
                ["Nova's dad", "Steven Doyle (34), lives at the house. Prescribed methadone by Ivelmoor Recovery "
                               "Partnership since 2023."],
                ["Ellis's dad", "Gary Parr, lives in Leeds; phone calls on Sundays"],
                ["Family", "Leanne Doyle (Steven's sister), 22 Hawthorn Rise, Ivelmoor"],
                ["Category", "Neglect (both children)"],
                ["Social worker", "Mia Thornton, Ivelmoor Safeguarding Team East (team manager: Jon Pearce)"],
            ],
            "widths": [3.5, 13.5],
            "bold_first_col": True,
        }),
        ("h1", "What happened"),
        ("p", "Steven has been on a methadone script for three years and had not used heroin since 2023. In "
              "December he started using again. On 22/01/2026 Ellis found a used needle on the bathroom floor and "
              "took it to show his mum. On 24/01/2026 Kerry-Ann found Steven unconscious in the bathroom in the "
              "evening, with both children at home; she rang 999 and the paramedics gave him naloxone. Ellis saw "
              "him being carried out. Steven spent one night in Ivelmoor Royal Infirmary."),
        ("p", "Kerry-Ann says she did not know Steven was using again. She does not use drugs, and her test at "
              "the recovery service on 03/02/2026 was clear. Ellis's school had noticed that since Christmas he "
              "has been tired, tearful and quick to lose his temper, and he has missed six days."),
        ("h1", "What is going well"),
        ("bullets", [
            "Kerry-Ann acted quickly on 24/01/2026 and saved Steven's life.",
            "Steven went back to his recovery coordinator the day he left hospital, and his tests since "
            "05/02/2026 have shown no heroin.",
            "Nova is a happy, well-cared-for baby who is growing well and is up to date with her checks.",
            "Leanne is close to the children and has offered to help every weekend.",
        ]),
        ("pagebreak",),
        ("h1", "What Ellis says, and Nova's day"),
        ("p", "Ellis (seen on his own at school by Mia, 17/02/2026): \"I thought Steven was dead.\" \"I don't go "
              "in the bathroom now unless Mum checks it.\" \"I want Steven to get better and not do the needles.\" "
              "He gave home a 6 out of 10 and said he feels safest at Auntie Leanne's \"because it's calm\"."),
        ("p", "Nova's day (from Tasha's visit on 12/02/2026 and Mia's visits): Nova is crawling and pulling "
              "herself up on the furniture, and reaches into anything at her level. She was clean, dressed and "
              "fed at every visit, and babbled and laughed with Kerry-Ann. She settles for her nap in her cot "
              "after a bottle."),
        ("h1", "What we want for Ellis and Nova"),
        ("numbers", [
            "Ellis and Nova never come across drugs, needles or medication at home.",
            "Ellis and Nova are always looked after by an adult who has not used drugs.",
            "Ellis understands what happened, knows what to do if an adult will not wake, and feels safe at "
            "home again.",
            "Nova keeps growing and developing well, and her health checks and immunisations are on time.",
        ]),
        ("h1", "The plan"),
        ("p", "There is no 'Who' column. Each shaded row says who leads the rows under it, down to the next "
              "shaded row; where a row names someone else, that person does it. Each lead brings an update on their "
              "rows to every core group."),
        ("table", {
            "header": ["Ref", "What will happen", "When", "How we will know"],
            "widths": [1.2, 7.3, 3.7, 4.8],
            "rows": [
                ["Lead: Mia Thornton, social worker (Ivelmoor Children and Families)", H, H, H],
                ["1", "Home visits to Ellis and Nova, at least one in three unannounced: see Ellis on his own, and "
                      "check the bathroom and the locked box",
                 "Every week until the review conference",
                 "Visit records within 2 working days, with what Ellis said and whether the box was locked"],
                ["2", "Direct work with Ellis about what happened on 24/01/2026 and what he does if an adult will "
                      "not wake, ending with his own safety card",
                 "Four sessions, Thursdays 26/02/2026 to 19/03/2026",
                 "Ellis's safety card on file, and a copy at school"],
                ["3", "Parenting assessment of Kerry-Ann and Steven, including how they keep the children away "
                      "from drugs and equipment",
                 "By 28/04/2026",
                 "Report and recommendation shared with Kerry-Ann, Steven and the core group by 28/04/2026"],
                ["4", "Write a safety plan with Kerry-Ann and Steven: where medication and equipment are kept, and "
                      "who cares for the children if Steven has used",
                 "By 03/03/2026",
                 "Safety plan signed by both parents, copy to every core group member"],
                ["Lead: Ivelmoor Recovery Partnership (IRP): Dean Hollis, recovery coordinator", H, H, H],
                ["5", "Supervised methadone at Wellgate Pharmacy every day, and a review of Steven's script with "
                      "the IRP doctor",
                 "Daily; script review by 10/03/2026",
                 "Pharmacy consumption record sent to Mia every Friday; script review letter on file"],
                ["6", "Key work with Steven with a urine drug screen each time, and a report on whether he has "
                      "stopped using heroin, whether it will last, and what that means for Ellis and Nova",
                 "Every Tuesday; report by 21/04/2026",
                 "Test results e-mailed to Mia after each session; report on file by 21/04/2026"],
                ["7", "Naloxone kit and overdose awareness training for Kerry-Ann and Leanne",
                 "By 06/03/2026",
                 "-"],
                ["Lead: Tasha Greene, health visitor (Ivelmoor 0-19 Service)", H, H, H],
                ["8", "Home visits: weigh Nova, see where she sleeps, and check the sharps bin and locked box are "
                      "out of her reach",
                 "Every two weeks",
                 "Weights plotted in the red book; home safety checklist sent to Mia after each visit"],
                ["9", "Nova's one-year development review (ASQ-3) at the Wellgate clinic",
                 "As and when Kerry-Ann can get to clinic",
                 "ASQ-3 scores shared with Mia and the GP"],
                ["Lead: Mrs Amanda Reid, designated safeguarding lead, Ivelmoor Fields Primary", H, H, H],
                ["10", "Soft start for Ellis with his class teacher, Mr Lowe, who tells Mrs Reid the same day of "
                       "anything Ellis says about home",
                 "Every school day",
                 "CPOMS notes sent to Mia every Friday; attendance 95% or more by the review conference"],
                ["11", "Ellis will be seen by the school's ELSA, Mrs Gill Patel, for a session on worries and "
                       "feelings",
                 "Every Monday for six weeks from 02/03/2026",
                 "Improvement in Ellis's behaviour in class"],
                ["Lead: Kerry-Ann and Steven", H, H, H],
                ["12", "Keep all of Steven's medication and equipment in the locked box in the top kitchen "
                       "cupboard, and used needles in the sharps bin",
                 "Every day, from 24/02/2026",
                 "Mia and Tasha see the box locked and the bin sealed at every visit"],
                ["13", "Steven is never alone in charge of Ellis or Nova",
                 "From 24/02/2026 until IRP's report on 21/04/2026",
                 "Kerry-Ann, Leanne and Ellis each tell Mia at visits who was looking after the children"],
                ["14", "Take Nova to Wellgate Surgery for her one-year immunisations",
                 "By 20/03/2026",
                 "Immunisations recorded in the red book and on the GP record"],
                ["15", "Leanne Doyle (Steven's sister) will have Ellis and Nova at her flat so that Kerry-Ann "
                       "and Steven can go to the Saturday family recovery group",
                 "Every Saturday, 10am to 2pm",
                 "Leanne texts Mia each Saturday when the children are home; IRP group register"],
                ["Lead: all agencies", H, H, H],
                ["16", "Tell Mia the same day if anyone sees Steven or Kerry-Ann under the influence while caring "
                       "for the children, or finds drugs or equipment within their reach",
                 "Same day",
                 "Each concern recorded on the case file with the time Mia was told"],
                ["Lead: to be confirmed at the next core group", H, H, H],
                ["17", "A place on the Parents Under Pressure programme for Kerry-Ann and Steven",
                 "To start by 31/03/2026",
                 "Programme register sent to Mia each month"],
                ["18", "Ask Ivelmoor Homes for a move away from Wellgate Close, where Steven's dealer lives",
                 "-",
                 "Housing application reference number given to Mia"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Steven is found under the influence of anything other than his methadone, or drugs or "
            "equipment are found outside the locked box: Steven leaves the house that day and stays with his "
            "friend Carl Moss (8 Tanner Street) until Mia and Dean have seen him; Mia holds a strategy "
            "discussion with the police and health the same day.",
            "If Ellis or Kerry-Ann cannot wake Steven, they ring 999 straight away and Kerry-Ann uses the "
            "naloxone kit; Leanne comes to look after the children, and Mia visits the next morning.",
            "If Leanne cannot have the children on a Saturday (she is ill, working, or it is not working out), "
            "she rings Mia by the Friday. Kerry-Ann stays home with the children that Saturday and Steven goes "
            "to the group alone; if Leanne cannot help in an emergency, Kerry-Ann's friend Sophie Grant (12 "
            "Wellgate Close) has agreed to have the children, and if neither can, Mia (or the Emergency Duty "
            "Team) arranges a foster placement that night.",
            "If Steven uses heroin again, or IRP's report on 21/04/2026 says his recovery is not secure enough "
            "for the children, Mia will ask Jon Pearce (team manager) for a legal planning meeting within 5 "
            "working days to decide whether to start the Public Law Outline.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks at Ivelmoor Fields Primary, Tuesdays at 9.30am: 24/03/2026 and "
            "21/04/2026.",
            "Review child protection conference: date to be confirmed by the conference office.",
        ]),
        ("p", "Plan sent to Kerry-Ann, Steven, Leanne and every core group member on 26/02/2026."),
    ],
    "findings": [
        F("M001", "Naloxone kit and overdose awareness training for Kerry-Ann and Leanne"),
        F("T002", "Nova's one-year development review (ASQ-3) at the Wellgate clinic"),
        F("M002", "Ellis will be seen by the school's ELSA, Mrs Gill Patel"),
        F("W002", "Tell Mia the same day if anyone sees Steven"),
        F("W002", "A place on the Parents Under Pressure programme"),
        F("W002", "Ask Ivelmoor Homes for a move away from Wellgate Close"),
        F("T001", "Ask Ivelmoor Homes for a move away from Wellgate Close"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 4. The social worker's letter to a 20-year-old mother after an initial
#    conference: "What I will do" (the signed author), "What you have
#    agreed to do", "Your mum, Jackie, has agreed to:", and a bold line per
#    worker over their items, all typed-numbered. Letterhead header and page
#    footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b176_ickerwell_icpc_letter_i_you_your_mum_worker_lines_dacosta.pdf",
    "doc_title": "Letter to Leah Da Costa - Isaac's child protection plan",
    "split": "tune",
    "actions": 16,
    "min_pages": 2,
    "header": "Ickerwell Borough Council · Children's Services · Ferris House, Ickerwell IK2 3LB",
    "footer": "Letter to Leah Da Costa, 05/03/2026 · Isaac's plan · Page {PAGE} of {NUMPAGES}",
    "template": "sw-letter-to-20-year-old-mother-after-icpc-paged-letterhead-header-footer-address-lines-dear-leah-why-we-met-going-well-isaacs-days-what-we-want-then-plan-in-four-owner-parts-what-i-will-do-signed-author-what-you-have-agreed-to-do-your-mum-has-agreed-to-lead-in-and-a-bold-name-line-per-worker-over-typed-numbered-items-then-if-things-go-wrong-meetings-yours-sincerely",
    "description": (
        "Exemplary letter from the social worker to a 20-year-old mother after the initial conference "
        "for her 4-month-old son: she has postnatal depression and anxiety, the baby's weight has fallen "
        "and he missed his immunisations, and her mother helps at weekends and bedtimes. The plan is in "
        "the letter, typed-numbered 1 to 16 under owner parts: 'What I will do' (I is the social worker "
        "who signs the letter), 'What you have agreed to do' (you is Leah), a lead-in 'Your mum, Jackie, "
        "has agreed to:', and a bold line naming each other worker (the perinatal psychiatrist, the "
        "perinatal mental health nurse, the health visitor, the GP, a Home-Start volunteer) over items "
        "that start with a verb. The perinatal team treats the mother and reports on her capacity to "
        "change and its timescale, the grandmother's help has a fallback, legal planning follows named "
        "triggers, core group and review dates are set, and the baby's days are recorded as seen."
    ),
    "blocks": [
        ("pl", "Leah Da Costa"),
        ("pl", "Flat 9, Wharf House, Canal Street"),
        ("pl", "Ickerwell IK4 7NL"),
        ("pr", "05/03/2026"),
        ("p", "Copy to: Jackie Da Costa, and the agencies at the conference"),
        ("p", "Dear Leah,"),
        ("p", "Thank you for coming to Isaac's conference on Tuesday 03/03/2026 with your mum. I know it was a "
              "long meeting and that some of it was hard to hear. This letter sets out what was decided and the "
              "plan we agreed, so that you have it in writing. Please ring me if anything is not clear."),
        ("h2", "What was decided"),
        ("p", "The conference, chaired by Gillian Moss, decided that Isaac needs a child protection plan under "
              "the category of neglect. I am Isaac's social worker, and my manager is Neil Graves."),
        ("h2", "Why we met"),
        ("p", "Isaac was born on 02/11/2025 on the 50th centile. By 10/02/2026 his weight had dropped to just "
              "above the 9th centile, and he missed his 8-week and 12-week immunisations. You have postnatal "
              "depression and anxiety, and since January you have often stayed in bed until the afternoon. On "
              "11/02/2026 Ruth, your health visitor, found Isaac crying in his cot in a nappy that had not been "
              "changed since the night before, while you were asleep after two nights without sleep. On "
              "04/02/2026 you told Ruth that you sometimes had thoughts of harming yourself, and you were seen "
              "by the Perinatal Mental Health Team the next day. Isaac's dad, Tyrone Bailey, is in prison until "
              "2027 and has no contact with Isaac."),
        ("h2", "What is going well"),
        ("p", "You asked for help yourself, and you have been to every appointment with the Perinatal Mental "
              "Health Team since 05/02/2026. You started your medication on 06/02/2026. You are gentle with "
              "Isaac, you talk and sing to him, and he calms when you hold him. Your mum has been coming round "
              "most evenings and has said she will do more."),
        ("h2", "Isaac's days"),
        ("p", "Isaac cannot tell us what his days are like, so Ruth and I have written down what we have seen. "
              "When I visited on 24/02/2026 he was awake, clean and in a fresh sleepsuit, and he fed well from "
              "his bottle on your lap. He smiles and coos at you and follows your face. On the mornings you are "
              "low he spends long spells in his cot, and Ruth has seen a flat patch starting on the back of his "
              "head. When your mum bathes him in the evening he kicks and laughs, and he sleeps best on the "
              "nights she stays."),
        ("h2", "What we all want for Isaac"),
        ("bullets", [
            "Isaac is fed every three to four hours, day and night, and is back on the 50th centile by the "
            "review conference.",
            "Isaac has all his immunisations and health checks, and is up to date by the end of March.",
            "Isaac is looked after every day by a mum who is well enough to get up with him, play with him and "
            "answer him when he cries.",
            "Isaac has time out of his cot every day to play on the floor and on your lap.",
        ]),
        ("h2", "The plan"),
        ("p", "Each part of the plan says whose it is. In it, \"I\" means me, Tamsin Oduya, and \"you\" means "
              "you, Leah."),
        ("boldp", "What I will do"),
        ("pi", "1. Visit you and Isaac at home every week until the review conference on 26/05/2026, one visit in "
               "three unannounced. I will see Isaac awake and out of his cot each time, and write up each visit "
               "within two working days."),
        ("pi", "2. Do a parenting assessment with you, with your mum at some sessions, and share the report and "
               "my recommendation with you and the core group by 12/05/2026."),
        ("pi", "3. Write a safety plan with you and your mum by 13/03/2026, saying what you do on a bad day or "
               "night and who you ring. You, your mum and I will sign it, and every core group member will have "
               "a copy."),
        ("pi", "4. Refer you to Home-Start Ickerwell by 10/03/2026, and send the core group the letter that "
               "confirms your volunteer."),
        ("boldp", "What you have agreed to do"),
        ("pi", "5. Take your sertraline every day, as Dr Qureshi has prescribed, so that you are well enough to "
               "look after Isaac. Beth will check your tablets with you at each visit and write it in her notes, "
               "which she shares with me."),
        ("pi", "6. Feed Isaac every three to four hours, day and night, and write each feed on the feed chart "
               "Ruth gave you. Ruth and I will look at the chart at every visit."),
        ("pi", "7. Take Isaac to the baby clinic at Canal Street Family Hub every two weeks to be weighed, with "
               "his red book, until he is back on the 50th centile. The clinic nurse writes each weight in the "
               "red book and plots it on his chart."),
        ("pi", "8. Go to the Bumps and Babies group at Canal Street Family Hub with Isaac every Thursday at 10am "
               "from 12/03/2026. The group leader sends me the register each month."),
        ("boldp", "Your mum, Jackie, has agreed to:"),
        ("pi", "9. Stay at your flat every Friday and Saturday night and do the 2am feed, so that you get a full "
               "night's sleep twice a week. She will sign the feed chart for the feeds she does."),
        ("pi", "10. Come round every weekday at 5pm after work and help with Isaac's bath and bedtime, until the "
               "review conference. She will text me each Friday with the days she came."),
        ("boldp", "Dr Farah Qureshi, consultant perinatal psychiatrist, Ickerwell Perinatal Mental Health Team"),
        ("pi", "11. See you every four weeks to review your mood and medication, and write a report for the review "
               "conference on how your mood affects your care of Isaac, whether you are making the changes he "
               "needs, and how long any further change is likely to take. The report will reach me by "
               "15/05/2026."),
        ("boldp", "Beth Yates, perinatal mental health nurse, Ickerwell Perinatal Mental Health Team"),
        ("pi", "12. Visit you at home every week for eight sessions of work on anxiety and low mood, from "
               "09/03/2026, and give each core group a written update on whether you are making the changes "
               "Isaac needs and how long she thinks further change will take."),
        ("boldp", "Ruth Ambrose, health visitor, Ickerwell 0-19 Service"),
        ("pi", "13. Visit you and Isaac at home every week until he is back on the 50th centile: weigh him, watch "
               "a feed and see where he sleeps. Weights go in his red book, and her visit notes come to me the "
               "same week."),
        ("pi", "14. Go through the Edinburgh Postnatal Depression Scale with you every four weeks, and send the "
               "score to Beth and me."),
        ("boldp", "Dr Simon Hale, your GP, Canal Street Medical Centre"),
        ("pi", "15. Give Isaac the immunisations he missed by 27/03/2026, and record them in his red book and on "
               "his GP record."),
        ("boldp", "Sue Platt, Home-Start Ickerwell volunteer"),
        ("pi", "16. Visit you every Tuesday morning for two hours from 17/03/2026 and help with Isaac, or go with "
               "you both to the park or a group. The Home-Start coordinator sends me Sue's visit log each month."),
        ("h2", "If things go wrong"),
        ("bullets", [
            "If you have thoughts of harming yourself or Isaac, or feel you cannot keep him safe: ring your mum "
            "and the Perinatal Mental Health Team's crisis line (or 999). Your mum or your sister Mel comes and "
            "looks after Isaac, the crisis team or Beth sees you the same day, and I visit the same day.",
            "If Isaac misses feeds, is found on his own in a dirty nappy, or his weight drops below the 9th "
            "centile: I hold a strategy discussion with health and the police the same day, and Isaac stays "
            "with your mum at 5 Orchard Way until a new plan is agreed.",
            "If your mum cannot stay a weekend night or come at teatime (she is ill, working late, or it is "
            "too much), she or you ring me that day. Your sister, Mel Da Costa (16 Lime Grove), has agreed to "
            "come instead. If neither of them can, I will book a night support worker from Ickerwell Family "
            "Support for that night, and Ruth or Sue will visit the next morning.",
            "If you stop your medication and are too unwell to care for Isaac, if his weight drops below the "
            "9th centile, or if Dr Qureshi's report says the changes will not come in time for Isaac, Neil "
            "Graves will hold a legal planning meeting within 5 working days to decide whether to start the "
            "Public Law Outline.",
        ]),
        ("h2", "When we will meet"),
        ("p", "The core group (you, your mum, me, Dr Qureshi or Beth, Ruth, Dr Hale and Sue) will meet every four "
              "weeks at Canal Street Family Hub at 10am: on 17/03/2026, 14/04/2026 and 12/05/2026. The review "
              "conference will be on Tuesday 26/05/2026 at 1.30pm at Ferris House."),
        ("p", "You can bring someone with you to any of these meetings. My number is 01632 960 552, and out of "
              "hours you can ring the Emergency Duty Team on 01632 960 000."),
        ("p", "Yours sincerely,"),
        ("pl", "Tamsin Oduya"),
        ("pl", "Social worker, Ickerwell Children's Services, Safeguarding and Family Support Team"),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. A 15-year-old's own plan: a who's who of first names, "What I will do"
#    (I is the young person), then an h3 heading per grown-up over bullets
#    that start with a verb, and a joint part. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b176_idlecombe_my_plan_i_will_then_heading_per_grown_up_warrender.md",
    "split": "tune",
    "actions": 19,
    "template": "icpc-young-persons-own-plan-md-i-means-tilly-about-me-lines-whos-who-by-first-name-why-in-my-words-and-the-grown-ups-going-well-what-i-want-what-the-grown-ups-want-then-my-plan-what-i-will-do-then-h3-heading-per-grown-up-over-verb-first-bullets-dad-lead-in-and-sian-and-me-together-each-bullet-with-bold-how-well-know-then-if-things-go-wrong-meetings-signed",
    "description": (
        "Exemplary child protection plan written with and for a 15-year-old at risk of sexual "
        "exploitation (missing five times, found at a flat where a 20-year-old and older men live), "
        "whose father, her only carer, drinks most evenings and was slow to report her missing. It is "
        "her own plan: 'I' is Tilly; a who's who gives each grown-up's short name ('Sian', 'Rachel', "
        "'PC Dale', 'Mr Hughes', 'Ben', 'Aunt Nicky'); 'What I will do' comes first, then an h3 heading "
        "per grown-up ('What Dad will do' with 'Dad has agreed to:', 'Sian (my social worker) will', "
        "'PC Dale will', 'Ben (Dad's worker at ICAS) will') over bullets that start with a verb, one "
        "done to her ('Make sure I'm seen by Mrs Ash'), and a joint part ('Sian and me together'). "
        "Every bullet has a real time and a bold 'How we'll know'. The alcohol service reports on "
        "change, the aunt's help has a fallback, legal planning follows named triggers, core group and "
        "review dates are set, and the plan is in the young person's words."
    ),
    "text": """\
# My plan - Tilly Warrender

*Idlecombe Council Children's Services - child protection plan*

I wrote this plan with Sian, my social worker, after my child protection conference on 13/01/2026, and
everyone at the conference agreed it. When it says "I" or "me", it means me, Tilly. The grown-ups' parts
are under their own names, and what they will do is under their name.

## About me

- **Name:** Tilly Warrender, born 30/06/2010 (15), Year 11 at Idlecombe Academy
- **I live with:** my dad, Craig Warrender (46), 19 Fenton Road, Idlecombe ID5 2RR
- **My mum:** Joanne Pike, lives in Dundee. We FaceTime on Sundays.
- **My aunt:** Nicola (Nicky) Warrender, Dad's sister, 7 Priory Lane, Idlecombe
- **Category:** sexual abuse (risk of exploitation outside the home) and neglect
- **Conference chair:** Paul Ekwueme, independent reviewing officer

## Who's who

- **Sian** - Sian Price, my social worker, Idlecombe Adolescent Safeguarding Team. Her manager is Gill Ward.
- **Rachel** - Rachel Boyd, my worker at Safe Choices, Idlecombe's exploitation team
- **PC Dale** - PC Kat Dale, missing from home coordinator, Idlecombe Police
- **Mr Hughes** - Mr Gareth Hughes, Head of Year 11 and designated safeguarding lead, Idlecombe Academy
- **Mrs Ash** - Mrs Joy Ash, school nurse, Idlecombe 0-19 Service
- **Ben** - Ben Salter, Dad's recovery worker at Idlecombe Community Alcohol Service (ICAS)
- **Dad** and **Aunt Nicky**

## Why I have a plan

### What I think

"Since September I've been hanging round with Jordan and his mates. They're older and they buy me stuff,
vapes and food, and they give me lifts. I didn't think it was a big deal. I stayed out because home is
boring and Dad's always asleep on the sofa by ten. I know now that some of what they were asking me for
wasn't OK."

### What the grown-ups are worried about

Tilly has been missing from home five times since 22/09/2025. Twice she was found by the police at 24
Harlow Street, a flat where Jordan Blake (20) lives and where older men come and go; on 14/12/2025 she
had been given vodka and could not stand. The police found that men at the flat had sent Tilly money and
asked her for pictures. Craig drinks most evenings (four to six cans and some whisky) and is often asleep
by 10pm; on two of the five nights he did not report Tilly missing until the next morning. Tilly's
attendance this year is 71%.

## What's going well

- I told Sian and PC Dale about the messages and the money myself, and I gave them my old phone.
- Dad came to the conference and said, "I've let her down with the drink." He went to ICAS for his first
  appointment on 08/01/2026.
- Aunt Nicky and I get on really well, and I've never gone missing from hers.
- I want to go to Idlecombe College in September to do hair and beauty.

## What I want

"I want to go to college. I want Dad to stop drinking so much so I can talk to him. I want to see Aunt
Nicky more. I don't want to see Jordan any more, but I don't want to be stuck in the house either."

## What the grown-ups want for me

1. Tilly is safe from Jordan and the men at Harlow Street, and is not missing from home.
2. Tilly is home at night with a dad who is sober, and if she is late he reports her missing straight away.
3. Tilly is in school every day, gets her GCSEs and starts college in September 2026.
4. Tilly has grown-ups she trusts and talks to, and knows how to get out of a situation that feels wrong.

## My plan

Each part says whose it is. Every line says when, and how we'll know.

### What I will do

- Text Dad or Aunt Nicky where I am and who I'm with by 9pm every night I'm out, and be home by 10pm on
  school nights and 11pm on Fridays and Saturdays. **How we'll know:** Dad writes the time I got in on the
  kitchen calendar, and Sian looks at it every week.
- Go to school every day and sign in at the Year 11 office by 8.40am. **How we'll know:** the register;
  my attendance is 90% or more by the review conference.
- Meet Rachel at The Base every Wednesday at 3.30pm for my six Safe Choices sessions, from 21/01/2026.
  **How we'll know:** Rachel's session notes, and my own safety map at the end.
- Keep away from Harlow Street and from Jordan from 13/01/2026, and block him on Snapchat and Instagram by
  16/01/2026. **How we'll know:** I show Sian my blocked list at her next visit, and PC Dale's checks of
  the flat do not find me there.

### What Dad will do

Dad has agreed to:

- Report me missing on 101 (or 999 if he thinks I'm in danger) if I'm not home and not answering by
  10.30pm on a school night or 11.30pm at the weekend. **How we'll know:** the police missing record shows
  the time he rang, and PC Dale checks it after every missing episode.
- Have no alcohol from 6pm until I'm home and in bed, every night. **How we'll know:** a breath test
  reading of 0.00 whenever Sian or Ben asks, and what I tell Sian each week.
- Go to key work with Ben at ICAS every Monday at 10am. **How we'll know:** ICAS sends Sian an attendance
  letter each month.

### What Aunt Nicky will do

- Pick me up from school every Thursday and have me for tea at hers, then drop me home by 8pm. **How
  we'll know:** Nicky texts Sian every Thursday night when I'm home.
- Have me to stay every other weekend, Friday after school until Sunday at 6pm, from 23/01/2026. **How
  we'll know:** Nicky's weekend log, signed by her and me, which Sian reads at her next visit.

### Sian (my social worker) will

- See me on my own every week, at school or at home, and see Dad at home every two weeks. **How we'll
  know:** Sian's visit notes on my file within 2 working days, with what I said in my own words.
- Meet me, Dad, Rachel and PC Dale to write my safety map (who I ring, where I go, what I say to get
  out) by 30/01/2026. **How we'll know:** my safety map signed by me and Dad, with a copy for everyone in
  the core group.
- Update the assessment of what I need and of Dad's care, and share it with me, Dad and the core group by
  24/03/2026. **How we'll know:** the written assessment on my file by 24/03/2026.

### Rachel (Safe Choices) will

- Do my return home interview within 72 hours of every time I come back after being missing, and send
  what I say to Sian and PC Dale. **How we'll know:** the return interview form is on my file within
  72 hours.

### PC Dale will

- Serve a Child Abduction Warning Notice on Jordan Blake by 23/01/2026. **How we'll know:** a copy of the
  notice on the police record, and PC Dale tells Sian the date it was served.
- Put 24 Harlow Street on the patrol list and check it every week, and tell Sian the same day if I'm seen
  there. **How we'll know:** the patrol log, shared at every core group.

### Mr Hughes will

- Check in with me in his office for 10 minutes every Monday morning, and ring Dad and Sian by 10am on
  any day I'm not in school. **How we'll know:** the first-day call log and CPOMS notes, sent to Sian
  every Friday.
- Make sure I'm seen by Mrs Ash, the school nurse, for a health and wellbeing appointment (including
  sexual health) by 06/02/2026. **How we'll know:** Mrs Ash writes to Sian that I've been seen.

### Ben (Dad's worker at ICAS) will

- See Dad for key work every week with a breath test each time, and write a report for the review
  conference on whether Dad has cut down, whether it will last, and what it means for me being safe in
  the evenings. **How we'll know:** breath test readings e-mailed to Sian every Friday, and Ben's report
  on my file by 31/03/2026.

### Sian and me together

- Four sessions on healthy relationships, consent and staying safe online, using the "Trust Me"
  workbook, on Fridays after school from 30/01/2026. **How we'll know:** my finished workbook, and my
  "how safe I feel" score at the first and last session.

## If things go wrong

- **If I'm not home and not answering by 10.30pm (11.30pm at the weekend):** Dad rings 101, or 999 if he
  thinks I'm in danger, and the police look for me. Dad tells Sian or the Emergency Duty Team that night.
  Rachel does my return home interview within 72 hours, and Sian holds a strategy discussion with the
  police the next working day.
- **If I'm found at Harlow Street or with Jordan:** the police take me to Aunt Nicky's or home, and Jordan
  is arrested if he has broken the warning notice. Sian holds a strategy discussion the next working day.
- **If Dad has been drinking when I get home, or when the police bring me back:** I go to Aunt Nicky's
  for the night (she collects me), and Sian and Ben see Dad the next day.
- **If Aunt Nicky can't have me** on a Thursday, a weekend or a night when Dad has been drinking (she is
  ill, away or on a night shift), she or Dad rings Sian that day, or the Emergency Duty Team at night.
  On a Thursday I go to the Academy's homework club until 6pm and Dad collects me; at night, Sian or the
  Emergency Duty Team arranges a foster placement for me for that night.
- **If I go missing again and I'm found with Jordan or at Harlow Street, if Dad drinks and does not
  report me missing, or if Ben's report says Dad has not cut down by the review conference,** Gill Ward
  will hold a legal planning meeting within 5 working days to decide whether I need to be looked after
  and whether to go to court.

## Meetings

- Core group every four weeks at Idlecombe Academy, Tuesdays at 3.45pm: 27/01/2026, 24/02/2026 and
  24/03/2026. I'll come to the first half of each one.
- Review child protection conference: 07/04/2026 at 4pm, Idlecombe Civic Hall.

Signed: Tilly Warrender (me) and Sian Price (social worker), 15/01/2026
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Review conference plan in markdown: a who's who key of initials and
#    short names, then one table whose Who column holds only those initials
#    and names ("LB", "DSL-V", "SN", "Nan", "DAU"). Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b176_ingleworth_rcpc_who_key_initials_table_pemberton.md",
    "split": "tune",
    "actions": 18,
    "template": "rcpc-plan-md-details-list-whos-who-key-table-of-initials-and-short-names-why-still-a-plan-what-has-changed-maya-and-leo-say-outcomes-then-hash-what-will-happen-who-when-how-well-know-table-who-column-only-keyed-initials-and-short-names-then-if-things-get-worse-review-and-legal-planning",
    "description": (
        "Review conference plan for a 12-year-old and a 7-year-old after domestic abuse: the 7-year-old's "
        "father, their mother's ex-partner, came back to the house twice despite a non-molestation order, "
        "and the children's grandmother helps with school runs and teas. A who's who key explains the "
        "initials and short names used in the Who column ('LB', 'FSW', 'IDVA', 'DSL-V', 'DSL-H', 'SN', "
        "'DAU', 'Mum', 'Nan', 'Chris'); some rows are done to a child ('Maya will be seen by SN') or name "
        "a helper inside the row. Faults: the 12-year-old's mentor sessions measured by 'improvement in "
        "Leo's mood'; a 'TBC' lead for his group referral; the family support worker's weekend calls 'as "
        "and when needed'; 'Professionals' sharing sightings; a free school meals and uniform grant "
        "application with '-' for who; a dentist row with '-' for how we'll know; a contingency that only "
        "says the core group will meet to discuss; and no fallback if the grandmother cannot help."
    ),
    "text": """\
# Ingleworth Council - Children's Services

## Child protection plan: Leo and Maya Pemberton

**Review child protection conference:** 27/01/2026, Ingleworth Civic Centre (chair: Hannah Dobbs)
**First conference:** 28/10/2025
**Children:** Leo Pemberton, born 12/03/2013 (12, Year 7, Ingleworth High School); Maya Pemberton, born
05/09/2018 (7, Year 3, Ingleworth Vale Primary School)
**Home:** 11 Oakfield Drive, Ingleworth IN2 4HG, with their mum, Kerry Pemberton (35)
**Maya's dad:** Dale Carver (38), Kerry's ex-partner. Non-molestation order: no contact with Kerry, not to
come to Oakfield Drive, until 31/10/2026. Charged with assaulting Kerry; trial listed for March 2026.
**Leo's dad:** Chris Ward, 30 Quarry Lane, Ingleworth. Leo sees him every other Saturday.
**Category:** Emotional abuse (both children)

### Who's who

The Who column of the plan uses these short names.

| Short name | Who |
|---|---|
| LB | Lucy Barnes, social worker, Ingleworth Children's Services (team manager: Karen Osei) |
| FSW | Priya Shah, family support worker, Ingleworth Family Hub |
| IDVA | Gemma Lowe, independent domestic violence adviser, Ingleworth Domestic Abuse Service |
| DAU | DC Owen Hart, Ingleworth Police Domestic Abuse Unit |
| DSL-V | Mr Tom Reilly, designated safeguarding lead, Ingleworth Vale Primary (Maya's school) |
| DSL-H | Ms Sana Aziz, designated safeguarding lead, Ingleworth High (Leo's school) |
| SN | Claire Ford, school nurse, Ingleworth 0-19 Service |
| Mum | Kerry Pemberton |
| Nan | Sandra Pemberton, Kerry's mum, 4 Elm Close, Ingleworth |
| Chris | Chris Ward, Leo's dad |

### Why the children still have a plan

In October Dale attacked Kerry in the kitchen while Leo and Maya were upstairs; Leo came down and tried to
pull Dale off her. Since the first conference Dale has come to the house twice: on 22/11/2025, when Kerry
did not open the door and rang the police, and on 25/12/2025, when Kerry let him in "for Maya's sake" and
he shouted and smashed a plate. Maya told her teacher about Christmas two weeks later. Leo has been in
four fights at school this term and was excluded for two days in January. Maya has started wetting the
bed again most nights and will not sleep in her own room.

### What has changed since October

- Kerry has been to eight of the twelve Freedom Programme sessions and says it has "opened her eyes".
- Kerry rang the police herself in November, and has told Lucy she will not let Dale in again.
- Nan has the children after school twice a week and takes them to school on Kerry's early shifts.
- Leo's time with his dad has gone well, and he has joined Chris's Saturday football team.

### What Maya and Leo say

**Maya** (seen on her own at school by Lucy, 20/01/2026): "Daddy came at Christmas and shouted and the
plate broke." "I sleep in Mummy's bed so I can hear if he comes." She drew her house with "a big lock and
Nan outside". Her three wishes: "Daddy to be kind, Leo not to be cross, and a puppy."

**Leo** (seen on his own at home by Lucy, 19/01/2026): "I'm not scared of him. I'll hit him if he touches
Mum." "School's rubbish. Everyone winds me up." He said he likes Saturdays at his dad's "because it's
normal there", and scored how safe he feels at home as 5 out of 10.

### What we want for Leo and Maya

1. Leo and Maya are safe from Dale at home, at school and on the way there, and never again see or hear
   violence at home.
2. Maya sleeps in her own bed, is dry at night most nights, and knows who her safe people are.
3. Leo can manage his anger, stays in school and does not feel he has to protect his mum.
4. Both children are in school every day, on time.

### The plan

| # | What will happen | Who | When | How we'll know |
|---|---|---|---|---|
| 1 | Visit Leo and Maya at home, one visit in three unannounced, seeing each child on their own | LB | Every 2 weeks until the review conference on 21/04/2026 | Visit records on file within 2 working days, with each child's own words |
| 2 | Direct work with Maya about the night Dale came at Christmas and what she does if he comes again, ending with her "my safe people" hand | LB | Four Monday sessions after school, 02/02/2026 to 23/02/2026 | Maya's safe hand on file, with a copy at school |
| 3 | Finish the Freedom Programme (sessions 9 to 12) | Mum | Thursdays at 10am, until 26/02/2026 | Attendance register and certificate sent to LB |
| 4 | Not let Dale into the house or have any contact with him, as the order says | Mum | From 27/01/2026 until the order ends on 31/10/2026 | Police record shows no call-out or breach; Leo and Maya tell LB at visits that Dale has not been |
| 5 | Safety planning with Kerry, with a new written safety plan that has a part for each child | IDVA | Every 2 weeks; new safety plan by 13/02/2026 | Safety plan signed by Kerry on LB's file by 13/02/2026; DASH score shared at each core group |
| 6 | Keep the warning marker on 11 Oakfield Drive, and check for any call-out or breach of the order | DAU | Before each core group | Police record check e-mailed to LB before each core group |
| 7 | Check Maya in at the classroom door and tell LB the same day if she says anything about Dale or home | DSL-V | Every school day | CPOMS notes sent to LB every Friday |
| 8 | Maya will be seen by SN for a night-time wetting assessment, and a plan agreed with Kerry | SN | By 27/02/2026 | SN's letter and the continence plan on LB's file |
| 9 | Mentor sessions for Leo with the pastoral mentor, Mr Dev Patel, about anger and what happened at home | DSL-H | Every Tuesday from 03/02/2026 | Improvement in Leo's mood |
| 10 | Referral for Leo to the Step Up group for boys who have lived with domestic abuse | TBC | By 28/02/2026 | Letter offering Leo a place, on file |
| 11 | Have Leo and Maya at Elm Close after school until Kerry finishes work at 6pm | Nan | Mondays and Wednesdays | Nan texts LB each Wednesday night with the times |
| 12 | Take Leo and Maya to school on Kerry's early shifts | Nan | Tuesdays and Thursdays, leaving by 8am | The school registers show both children in on time |
| 13 | Have Leo for the day and take him to Saturday football | Chris | Every other Saturday, 10am to 6pm | Chris texts LB when Leo is home; Leo tells LB at visits how his Saturdays went |
| 14 | Home sessions with Kerry, Maya and Leo on evening routines, including a bedtime plan for Maya | FSW | Wednesdays from 04/02/2026, for 8 weeks | Bedtime chart seen by FSW at each session; Maya sleeping in her own room by the review conference |
| 15 | Phone Kerry at the weekend to check how things are and go through the safety plan | FSW | As and when needed | FSW's contact notes sent to LB on the Monday |
| 16 | Share any sighting of Dale near the house or the schools with LB and the police | Professionals | Same day | Sighting recorded on the case file with the police log number |
| 17 | Apply for free school meals and the school uniform grant for both children | - | By 13/02/2026 | Award letters on file |
| 18 | Register Leo and Maya with a dentist and take them for a check-up | Mum | By 27/03/2026 | - |

### If things get worse

If things get worse for the children, or Kerry is not keeping to the plan, the core group will meet to
discuss what needs to happen next and whether the plan needs to change.

### Core group, review and legal planning

- Core group every four weeks at Ingleworth Family Hub, Tuesdays at 10am: 10/02/2026, 10/03/2026 and
  07/04/2026.
- Review child protection conference: 21/04/2026 at 1pm, Ingleworth Civic Centre.
- If there has not been enough progress by the review conference, Lucy will ask Karen Osei (team manager)
  for a legal planning meeting.

Plan sent to Kerry, Chris, Nan and every agency on 29/01/2026.
""",
    "findings": [
        F("M002", "Mentor sessions for Leo with the pastoral mentor, Mr Dev Patel"),
        F("W002", "Referral for Leo to the Step Up group"),
        F("T002", "Phone Kerry at the weekend to check how things are"),
        F("W002", "Share any sighting of Dale near the house or the schools"),
        F("W001", "Apply for free school meals and the school uniform grant"),
        F("M001", "Register Leo and Maya with a dentist and take them"),
        F("C002"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Initial conference plan printed from a case system as plain text, its
#    tasks grouped under "ASSIGNED TO:" blocks, one per assignee, each task
#    with Due and Evidence lines but no owner of its own. Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b176_ironhythe_case_print_tasks_grouped_by_assignee_quigley.txt",
    "split": "tune",
    "actions": 20,
    "template": "icpc-plan-case-system-plain-text-print-caretrack-header-dot-leader-case-fields-household-reason-strengths-childs-voice-outcomes-then-plan-tasks-grouped-by-assignee-blocks-assigned-to-line-over-task-n-of-m-due-evidence-lines-all-agencies-and-not-assigned-blocks-then-contingency-trigger-response-fields-review-fields",
    "description": (
        "Initial conference plan for a 5-year-old and a 3-month-old living with neglect, printed from a "
        "case system: their mother has postnatal depression, the baby's weight has dropped, and the "
        "5-year-old burnt his hand on the kettle making his own breakfast; the paternal grandfather "
        "collects him from school and helps on Saturdays. The tasks are printed grouped by assignee: an "
        "'ASSIGNED TO:' line (the social worker, the family support worker, the health visitor, the "
        "school's DSL, each parent, the grandfather) owns the 'Task n of 20' blocks under it, each with "
        "its own Due and Evidence lines; the last two blocks are 'ASSIGNED TO: All agencies' and "
        "'ASSIGNED TO: [Not assigned]'. The grandfather's help has a fallback and legal planning follows "
        "named triggers. Faults: the family support worker's sessions evidenced by 'Engagement with "
        "sessions'; the safe sleep check 'Ongoing'; the father's talk with his employer with 'N/A' for "
        "evidence; the 'All agencies' task; the two unassigned tasks, one with '-' for due; and the "
        "mother's depression recorded with no adult service owning any task."
    ),
    "text": """\
IRONHYTHE COUNCIL - CHILDREN'S SERVICES                              CareTrack 6.2
CHILD PROTECTION PLAN - PRINT (TASKS GROUPED BY ASSIGNEE)         Printed 24/02/2026 10:14
==========================================================================================

CASE DETAILS
------------------------------------------------------------------------------------------
Case ref ...................... IR-CT-448213
Children ...................... Harley QUIGLEY, DOB 19/01/2021 (5), Reception,
                                Ironhythe St Anne's Primary School
                                Roxie QUIGLEY, DOB 10/11/2025 (3 months)
Address ....................... 52 Foundry Lane, Ironhythe IR7 3BX
Plan type ..................... Child protection plan (initial conference 17/02/2026)
Category ...................... Neglect (both children)
Chair ......................... Rebecca Yeung, child protection chair
Allocated social worker ....... Sam Okoye, Ironhythe Safeguarding Team
Team manager .................. Daniel Frost

HOUSEHOLD
------------------------------------------------------------------------------------------
Chantelle QUIGLEY ............. Mother, 26
Aaron QUIGLEY ................. Father, 29. Delivery driver, works 6am to 6pm,
                                Monday to Saturday.
Ray QUIGLEY ................... Paternal grandfather, 58, 9 Furnace Row, Ironhythe
                                (not in household)

REASON FOR PLAN
------------------------------------------------------------------------------------------
Chantelle has postnatal depression, diagnosed by her GP in December 2025; she takes
sertraline. Most days she stays in bed until late morning. Roxie was born on the 50th
centile and was on the 9th centile when weighed on 02/02/2026. On 05/02/2026 Harley
came to school with a burn across the back of his hand: he said he had made his own
noodles with the kettle because "Mummy was asleep and Daddy was at work". Harley has
been late on 31 of 58 school days this year. The two-bedroom flat is cluttered, the
kitchen is dirty, and there is no gate on the kitchen door.

STRENGTHS
------------------------------------------------------------------------------------------
- Chantelle and Aaron both came to the conference and agreed with the plan.
- Aaron does the night feeds when he is not working the next day, and Roxie settles
  well for him.
- Ray is close to Harley and has offered to collect him from school three days a week.
- Harley is a friendly, chatty boy who is doing well with his phonics.

CHILD'S VOICE / LIVED EXPERIENCE
------------------------------------------------------------------------------------------
Harley (seen at school by Sam Okoye, 12/02/2026): "I make my own breakfast. I'm big."
"The kettle hurt me." "Mummy is tired all the time." "I like Grandad's because he does
fish fingers." He drew his family with Roxie "crying in her basket".

Roxie (seen at home by Gemma Rudd, HV, and Sam Okoye): a small, quiet baby who feeds
hungrily when offered a bottle. On 09/02/2026 at 11am she had not been fed since 5am
and was in a heavily soiled nappy. She smiles at Aaron and watches Harley.

OUTCOMES FOR THE CHILDREN
------------------------------------------------------------------------------------------
1. Roxie is fed every 3-4 hours, day and night, and is back on the 25th centile by the
   review conference.
2. Harley is never left to make food or drinks himself and has no more burns or
   injuries from things left in reach.
3. Harley gets to school on time every day, after breakfast.
4. Harley and Roxie are cared for every day by an adult who is up and able to look
   after them.

PLAN TASKS (grouped by assignee)
------------------------------------------------------------------------------------------
Each ASSIGNED TO line is the owner of every task printed under it.

==========================================================================================
ASSIGNED TO: Sam Okoye - Social Worker - Ironhythe Safeguarding Team
==========================================================================================
Task 1 of 20
  Task ........ Home visits, one in three unannounced: see Harley on his own and Roxie
                awake, and check the kitchen gate and where Roxie sleeps
  Due ......... Weekly from 18/02/2026 until the review conference (12/05/2026)
  Evidence .... Visit records on CareTrack within 2 working days
Task 2 of 20
  Task ........ Parenting assessment of Chantelle and Aaron
  Due ......... 21/04/2026
  Evidence .... Report and recommendation shared with the parents and the core group
Task 3 of 20
  Task ........ Three sessions of direct work with Harley at school, making his
                "All about me" book
  Due ......... Fridays, 27/02/2026 to 13/03/2026
  Evidence .... Harley's book scanned onto CareTrack
Task 4 of 20
  Task ........ Written safety plan with Chantelle and Aaron: who gets Harley's breakfast,
                who Harley tells if Mummy will not wake, kettle and hot drinks out of reach
  Due ......... 27/02/2026
  Evidence .... Safety plan signed by both parents, copy to every core group member

==========================================================================================
ASSIGNED TO: Jo Hill - Family Support Worker - Ironhythe Family Hub
==========================================================================================
Task 5 of 20
  Task ........ Six home sessions with Chantelle and Aaron on Roxie's feeding routine and
                Harley's mornings
  Due ......... Thursdays, 26/02/2026 to 02/04/2026
  Evidence .... Engagement with sessions
Task 6 of 20
  Task ........ Help Chantelle and Aaron clear and clean the kitchen and Harley's bedroom
  Due ......... 13/03/2026
  Evidence .... Home conditions checklist scored by Jo and agreed by Sam, 4 or more out of 5

==========================================================================================
ASSIGNED TO: Gemma Rudd - Health Visitor - Ironhythe 0-19 Service
==========================================================================================
Task 7 of 20
  Task ........ Weigh Roxie at home and plot her weight in the red book
  Due ......... Weekly until she is back on the 25th centile
  Evidence .... Weights e-mailed to Sam after each visit
Task 8 of 20
  Task ........ Safe sleep and safe bottle-making check with Chantelle
  Due ......... Ongoing
  Evidence .... Safe sleep checklist signed by Chantelle on the health visiting record
Task 9 of 20
  Task ........ Edinburgh Postnatal Depression Scale with Chantelle
  Due ......... Every 4 weeks from 24/02/2026
  Evidence .... Score sent to Sam after each one

==========================================================================================
ASSIGNED TO: Mrs Joan Pike - Designated Safeguarding Lead - Ironhythe St Anne's Primary
==========================================================================================
Task 10 of 20
  Task ........ Check Harley in at the classroom door and ring Sam the same day if he
                is late, absent, hurt or hungry
  Due ......... Every school day
  Evidence .... Register and CPOMS notes sent to Sam every Friday
Task 11 of 20
  Task ........ Free breakfast club place for Harley
  Due ......... Every school day from 23/02/2026
  Evidence .... Breakfast club register sent to Sam every two weeks

==========================================================================================
ASSIGNED TO: Chantelle Quigley - Mother
==========================================================================================
Task 12 of 20
  Task ........ Take Harley to breakfast club for 8am
  Due ......... Every school day from 23/02/2026, leaving Foundry Lane by 7.45am
  Evidence .... Breakfast club register
Task 13 of 20
  Task ........ Keep the kettle, hot drinks and the iron out of Harley's and Roxie's
                reach, and keep the new kitchen gate shut
  Due ......... Every day from 17/02/2026
  Evidence .... Sam and Gemma see the gate shut and the kettle at the back of the worktop
                at every visit

==========================================================================================
ASSIGNED TO: Aaron Quigley - Father
==========================================================================================
Task 14 of 20
  Task ........ Give Roxie her 10pm and 2am feeds so that Chantelle gets a block of sleep
  Due ......... Every night from 17/02/2026
  Evidence .... Feed chart signed by Aaron, seen by Gemma at each visit
Task 15 of 20
  Task ........ Ask his employer about changing his hours so he can be home earlier
  Due ......... 06/03/2026
  Evidence .... N/A

==========================================================================================
ASSIGNED TO: Ray Quigley - Paternal Grandfather
==========================================================================================
Task 16 of 20
  Task ........ Collect Harley from school and give him his tea at Furnace Row until
                Aaron collects him at 6.30pm
  Due ......... Mondays, Wednesdays and Fridays from 18/02/2026
  Evidence .... School signing-out log
Task 17 of 20
  Task ........ Come to Foundry Lane on Saturday mornings, get Harley and Roxie up and
                give them breakfast while Chantelle sleeps until 11am
  Due ......... Every Saturday, 7am to 11am
  Evidence .... Ray texts Sam each Saturday; Harley tells Sam about his Saturdays

==========================================================================================
ASSIGNED TO: All agencies
==========================================================================================
Task 18 of 20
  Task ........ Tell Sam about any new injury to Harley or Roxie, or either child found
                without an adult awake in the flat
  Due ......... Same day
  Evidence .... Recorded on CareTrack as a contact, with the time Sam was told

==========================================================================================
ASSIGNED TO: [Not assigned]
==========================================================================================
Task 19 of 20
  Task ........ Housing Options application for a three-bedroom home, as the flat is
                overcrowded
  Due ......... 20/03/2026
  Evidence .... Housing application reference number on CareTrack
Task 20 of 20
  Task ........ Referral to Home-Start Ironhythe for a volunteer to help Chantelle with
                Roxie during the day
  Due ......... -
  Evidence .... Volunteer match letter on CareTrack

CONTINGENCY
------------------------------------------------------------------------------------------
Trigger 1 ..... Harley or Roxie has a new burn or injury, or either child is found
                without an adult awake in the flat
Response ...... Sam (or the Emergency Duty Team) holds a strategy discussion with the
                police and health the same day; the children stay with Ray at Furnace
                Row until it has decided what happens next.
Trigger 2 ..... Roxie's weight falls below the 2nd centile, or she misses feeds again
Response ...... Gemma arranges a same-day review at Ironhythe Children's Hospital, and Sam
                visits the same day.
Trigger 3 ..... Ray cannot collect Harley or cannot come on a Saturday (ill, away, or
                it is too much for him)
Response ...... Ray or Aaron rings Sam that day. Harley goes to St Anne's after-school
                club until 6pm (Mrs Pike has agreed a place) and Aaron collects him. On a
                Saturday Aaron takes the day off, as his employer has agreed for
                emergencies; if he cannot, Aaron's sister Kelly Quigley (14 Anvil Court)
                has agreed to come.
Trigger 4 ..... Any of triggers 1 or 2 happens twice, or the parenting assessment on
                21/04/2026 finds the children's care is not safe enough
Response ...... Sam asks Daniel Frost for a legal planning meeting within 5 working
                days, to decide whether to start the Public Law Outline.

REVIEW
------------------------------------------------------------------------------------------
Core group frequency .......... Every 4 weeks
Core group dates .............. 03/03/2026, 31/03/2026, 28/04/2026 (Ironhythe Family Hub,
                                10am)
Review conference ............. 12/05/2026, 1.30pm, Ironhythe Civic Centre

End of print. OFFICIAL-SENSITIVE.
""",
    "findings": [
        F("M002", "Six home sessions with Chantelle and Aaron on Roxie's feeding"),
        F("T002", "Safe sleep and safe bottle-making check with Chantelle"),
        F("M001", "Ask his employer about changing his hours"),
        F("W002", "Tell Sam about any new injury to Harley or Roxie"),
        F("W001", "Housing Options application for a three-bedroom home"),
        F("W001", "Referral to Home-Start Ironhythe for a volunteer to help"),
        F("T001", "Referral to Home-Start Ironhythe for a volunteer to help"),
        F("F004"),
    ],
})
