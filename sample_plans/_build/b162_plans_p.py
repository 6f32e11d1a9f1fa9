"""Batch 162, module p: seven fictional plans (tuning material), places beginning with "p".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: deep and nested plans (sibling groups, levels and hierarchies), where
an owner, a time or a check is given once at a higher level and holds for
every action under it (conventions 12 and 13), and where some lower items
are only details of the action above them:

1. an initial conference plan for four children aged 13, 9, 5 and 18 months:
   a whole-family table with a Who column, then one heading per child with
   bold "For Connor - Pellowmarsh Academy will:" lead-ins over small What /
   When / How we will know tables that have no Who column (docx). Faults
   among mostly good rows: Talking Therapies' guided self-help for the
   mother's low mood with no view on change (H001); the aunt's help
   "Ongoing" (T002); "Everyone in the core group" to share worries (W002);
   "Keep an eye on" Lacey, "Monitored by class teacher" (M002); the social
   worker's puppet work with Mason with a blank When (T001); Esme's
   immunisations with a blank measure (M001); an outcome only about the
   mother's depression (F002); no legal planning anywhere (R002);
2. a case-system print (KINDRA) as a tree, NEED > OUTCOME > TASK > SUB-TASK:
   each Need has a lead, each Outcome a target date and a "How we will
   know", each Task Assigned to / Due / Evidence; a legend says a blank task
   field takes the value from the level above, and sub-tasks are details of
   their task; one task marked COMPLETED (txt). Faults: "All agencies"
   (W002); a play therapy referral "Due: TBC" (T002); an outcome only about
   the mother's anxiety (F002) whose check is "Kerry says she feels better;
   reviewed at core group", which is the only measure of its two tasks
   (M002 on each), one of them Talking Therapies' CBT with no view on change
   (H001); Leah's direct work handed to the receiving council "once the
   family are settled" (X001 and T002); a contingency of "further concerns"
   answered by discussing and reviewing (C002);
3. an initial conference plan for a baby and a toddler (mother with
   emotionally unstable personality disorder) as one real Word outline
   list, 1 / 1.1 / a): parts are outcomes with a part lead, second-level
   items are actions or an owner's "will:" lead-in, lettered items are the
   lead-in's actions or, under an action, its details (docx, exemplary);
4. a review conference plan for three children (parental conflict, father's
   cocaine use), landscape, printed to PDF with a page header and footer:
   one table per outcome with its own header row, banner rows by child, a
   "How we will know" cell merged over two rows and a "Steps and dates"
   column with several dated steps in one cell (pdf, exemplary);
5. second core group minutes for a 9-year-old and a 3-year-old (mother on
   methadone with anxiety): each agenda item has its discussion and its own
   "Agreed actions" numbered by item, not gathered at the end (md). Faults:
   Talking Therapies to carry on weekly anxiety sessions, measured by
   attendance (H001); NA meetings "when she feels ready" with nothing to
   show it (T002 and M001); a dental check "to be booked" (W001); Nan to
   "keep an eye on" the children (M002); "Family" to keep the methadone
   locked away (W002); the review conference date to be confirmed (R001);
6. a long review conference plan (24 rows) for a 6-year-old, a 3-year-old
   and an unborn baby (father with bipolar disorder), landscape, printed to
   PDF with a page header and footer: one table with stage banners giving
   the time and "Lead:" banners inside them giving the owner, a blank When
   taking the stage's time (pdf). Faults: the CMHT's fortnightly support
   visits to the father (H001); the midwife's "Monitored" (M002); an "All
   agencies" banner over two rows (W002 on each); routines sessions "As and
   when needed" (T002); under "ALSO AGREED AT CONFERENCE", a banner with no
   time, a housing assessment with a blank When (T001) and a grant
   application with a blank measure (M001); an outcome only about the
   father's mental health (F002); the grandparents carry two rows and the
   contingency sends the father to them, with no word on their being unable
   to help (C003);
7. a review conference plan for three children living with their widowed
   father, who drinks: goals with a goal lead and a goal check, bold steps
   with Who / When / How we'll know sub-bullets, and "What this means"
   detail bullets under some steps; a step with no Who line is the goal
   lead's (md, exemplary).

Plans 3, 4 and 7 are exemplary: every action has an owner (its own or its
lead-in's, part lead's or goal lead's), a real timescale and something that
can be seen or counted; outcomes are about the children; each contingency
names triggers and protective responses, with a fallback for every relative
the plan leans on; each records the children's voice, core group dates and a
dated review conference, and legal planning after named triggers; adult
services own work where a parent is ill or uses substances, and the mental
health team is asked to assess and report on capacity to change.

Counting convention used for "actions" (README convention 1, and 12 and 13
for levels): every live action counts once at the level where the work is
stated. A table row, a KINDRA TASK, a numbered agreed action, a bold step
and a second-level outline item that is itself an action each count once;
the lettered items under an owner's "will:" lead-in count one each and the
lead-in does not; lettered items under an action, KINDRA SUB-TASKs and
"What this means" bullets are details of their action and are not counted.
Banner rows, part / Need / Outcome / goal headings and their lead, target
date and check lines, the contingency, meeting dates, views and outcomes
are not actions; the COMPLETED task in plan 2 is not counted. Counts: 21,
15, 15, 15, 13, 24 and 13.

Expected findings: 33 in all (plan 1: 8, plan 2: 9, plan 5: 7, plan 6: 9).
"""
from build_batch5 import F, H, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Initial conference plan for four children (two fathers), neglect,
#    mother's depression, stepfather's drinking. Part One is a whole-family
#    table with a Who column; Part Two has one heading per child, and under
#    it bold "For X - <owner> will:" lead-ins, each over a small What / When /
#    How we will know table with no Who column. Faults mixed among mostly
#    good rows (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b162_pellowmarsh_icpc_family_part_then_per_child_tables_harrigan.docx",
    "doc_title": "Child Protection Plan - Harrigan and Pike children",
    "split": "tune",
    "actions": 21,
    "template": "icpc-plan-docx-details-kv-household-table-worries-going-well-each-childs-words-outcomes-family-and-per-child-then-part-one-whole-family-table-what-who-when-how-well-know-then-part-two-h2-per-child-bold-for-child-owner-will-lead-ins-over-three-column-what-when-how-well-know-tables-contingency-meetings",
    "description": (
        "Initial conference plan for four children aged 13, 9, 5 and 18 months (neglect): their "
        "mother has depression, the younger two's father drinks at weekends, and a maternal aunt "
        "helps. Part One is a whole-family table with a Who column; Part Two has a heading per "
        "child and, under it, bold 'For Connor - Pellowmarsh Academy will:' lead-ins over small "
        "What / When / How we will know tables with no Who column, so the owner is given once at "
        "the higher level. Most rows are sound (weekly visits, the GP and the alcohol service "
        "reporting, school checks, the health visitor). Faults: Talking Therapies' guided "
        "self-help for the mother's low mood with no view on change; the aunt's help 'Ongoing'; "
        "'Everyone in the core group' to share worries; keeping 'an eye on' Lacey, 'Monitored'; "
        "the social worker's talk with Mason with no time; Esme's immunisations with no measure; "
        "an outcome only about the mother's depression; no legal planning anywhere."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Pellowmarsh City Council · Children and Families Service · Initial Child Protection Conference"),
        ("kv", [
            ("Date of conference", "08/01/2026, Pellowmarsh Civic Centre, Room 4"),
            ("Chair", "Hazel Openshaw, independent chair"),
            ("Category", "Neglect (all four children)"),
            ("Social worker", "Nadia Rahman, Pellowmarsh Children and Families, Locality Team East (team "
                              "manager: Paul Whitlow)"),
            ("Address", "27 Kestrel Way, Pellowmarsh PW6 2LD"),
        ]),
        ("h1", "Who lives at home"),
        ("table", {
            "header": ["Name", "Age / date of birth", "Relationship", "School or nursery"],
            "widths": [4.0, 3.6, 5.0, 4.4],
            "rows": [
                ["Connor Harrigan", "13 (02/05/2012)", "Leanne's son", "Pellowmarsh Academy, Year 8"],
                ["Lacey Harrigan", "9 (19/09/2016)", "Leanne's daughter", "Pellowmarsh Primary, Year 4"],
                ["Mason Pike", "5 (27/03/2020)", "Leanne and Darren's son", "Pellowmarsh Primary, Reception"],
                ["Esme Pike", "18 months (10/07/2024)", "Leanne and Darren's daughter", "At home"],
                ["Leanne Harrigan", "34", "Mother of all four children", "-"],
                ["Darren Pike", "37", "Father of Mason and Esme; Leanne's partner", "-"],
            ],
        }),
        ("p", "Connor and Lacey's father, Wayne Moss, lives in Spain and has had no contact for three years. "
              "Leanne's sister, Tracy Harrigan, lives at 5 Linnet Close, a five-minute walk away, and helps most "
              "weeks."),
        ("h1", "What we are worried about"),
        ("bullets", [
            "The home has been dirty and cold at three visits since October: rubbish bags in the kitchen, no "
            "clean bedding on Lacey's or Mason's beds, and no food in the fridge on 11/12/2025.",
            "Connor has missed 31 sessions of school this term. He says he stays at home to give Esme her "
            "bottle and take Mason to school when Leanne cannot get up.",
            "Leanne has depression. She stopped her sertraline in the summer and restarted it on 15/12/2025. "
            "She told the social worker that on bad days she stays in bed until the afternoon.",
            "Darren drinks heavily at weekends. On 13/12/2025 police were called to an argument at the house at "
            "1am; Darren was drunk and the four children were awake.",
            "Esme has missed her 12-month immunisations and two health visitor appointments. Lacey has had head "
            "lice since September and her eczema is sore and untreated.",
        ]),
        ("h1", "What is going well"),
        ("bullets", [
            "Leanne and Darren love their children and both came to conference. Leanne agrees the house got "
            "on top of her and wants help.",
            "Since 15/12/2025 Leanne has been seeing her GP again and has restarted her tablets.",
            "Tracy has done the school run on most mornings since the Christmas holidays began and the children "
            "are fond of her.",
            "Mason is a friendly boy who has settled into Reception, and his teacher says he is keen to learn.",
        ]),
        ("h1", "What the children told us"),
        ("kv", [
            ("Connor", "Seen alone at school on 05/01/2026. “I do Esme's bottle in the morning because Mum's "
                       "asleep. I don't mind but I get in trouble for being late. When Darren's been drinking "
                       "I put my headphones on.”"),
            ("Lacey", "Seen alone at school on 05/01/2026. “My head itches all the time and people say I smell. "
                      "I'd like my own clean bed and a lock on the bathroom.”"),
            ("Mason", "Seen at home with Leanne on 06/01/2026. He showed the social worker his bed and said "
                      "“no covers”. He said he likes “Auntie Tracy's fish fingers”."),
            ("Esme", "Seen at home on 06/01/2026. Esme crawled to Leanne and lifted her arms to be picked up; "
                     "she was in a full nappy and her bottle had curdled milk in it. She smiled and babbled when "
                     "Connor played peek-a-boo with her."),
        ]),
        ("h1", "What we want for the children"),
        ("bullets", [
            "Connor, Lacey, Mason and Esme live in a clean, warm home with food in the cupboards and a clean "
            "bed each.",
            "Connor goes to school every day and no longer has to get his brothers and sisters up and ready.",
            "Lacey gets to school fed, in clean uniform, and free of head lice, and her eczema is treated.",
            "Mason's speech and hearing are checked and he gets the help he needs to talk with his friends.",
            "Esme is up to date with her immunisations, gains weight steadily and meets her milestones.",
            "Leanne's depression lifts and she feels able to cope with day-to-day life.",
        ]),
        ("h1", "The plan – Part One: for the whole family"),
        ("table", {
            "header": ["What will happen", "Who", "When", "How we will know"],
            "widths": [6.0, 3.4, 3.2, 4.4],
            "rows": [
                ["Visit the home at least weekly, one visit in three unannounced; see each child, and Connor and "
                 "Lacey alone, and check the bedrooms, kitchen and fridge",
                 "Nadia Rahman (SW)",
                 "Weekly until the review conference on 31/03/2026",
                 "A visit record for every visit naming each child seen and the state of the bedrooms and "
                 "kitchen"],
                ["Keep the kitchen, bathroom and the children's bedrooms clean, with clean bedding on all four "
                 "beds and no rubbish bags kept indoors",
                 "Leanne and Darren",
                 "Every day; checked at each SW visit",
                 "Home conditions checklist scored at each visit; 4 out of 5 or better at every visit from "
                 "February"],
                ["Eight home sessions with Leanne and Darren on morning and bedtime routines for all four "
                 "children, using a wall chart",
                 "Joanne Fitch, family support worker, Pellowmarsh Family Hub",
                 "Weekly from 19/01/2026",
                 "Session records sent to the SW; routine chart filled in on at least 5 days out of 7 by the "
                 "sixth session"],
                ["Weekly guided self-help sessions with Leanne for her low mood",
                 "Pellowmarsh Talking Therapies (Emma Collins)",
                 "Weekly for 8 weeks from 12/01/2026",
                 "Attendance letter to the SW after the eighth session"],
                ["Review Leanne's sertraline and tell the SW in writing how her mood is affecting her care of the "
                 "children",
                 "Dr Saira Ahmed, GP, Orchard Street Surgery",
                 "By 30/01/2026, then every 8 weeks",
                 "GP letter on the case file by 30/01/2026"],
                ["Assess Darren's drinking and write a report on whether he is cutting down and how his drinking "
                 "affects his care of the children",
                 "Mike Dawes, recovery worker, Harbour Lane Recovery (alcohol service)",
                 "Assessment by 30/01/2026; report before each core group",
                 "Written report with breath test results on the case file before every core group"],
                ["Drink no alcohol while caring for any of the children, and never be the only adult at home "
                 "after drinking",
                 "Darren Pike",
                 "Every day from 08/01/2026",
                 "Breath tests at Harbour Lane and at SW visits read zero; no police call-outs to 27 Kestrel Way"],
                ["Help with the school run and have the children for tea at 5 Linnet Close",
                 "Tracy Harrigan (maternal aunt)",
                 "Ongoing",
                 "Tracy texts Nadia each Friday with the days she helped"],
                ["Share any worry about any of the four children with the SW the same day",
                 "Everyone in the core group",
                 "Same day",
                 "Each worry logged on the case file by the SW"],
            ],
        }),
        ("h1", "The plan – Part Two: for each child"),
        ("p", "Each child has their own part. The bold line says who does the things in the table under it."),
        ("h2", "Connor (13)"),
        ("boldp", "For Connor – Pellowmarsh Academy (Mrs Kate Oduya, designated safeguarding lead) will:"),
        ("table", {
            "header": ["What", "When", "How we will know"],
            "widths": [8.0, 4.0, 5.0],
            "rows": [
                ["Check Connor's attendance and punctuality each morning and ring Leanne by 9.30am if he is not "
                 "in",
                 "Every school day",
                 "Weekly attendance email to the SW; Connor's attendance at 95% or more by the review"],
                ["Give Connor a weekly check-in with his learning mentor about home and about looking after his "
                 "brother and sisters",
                 "Weekly from 12/01/2026",
                 "Mentor's notes of each check-in shared with the SW every half term"],
            ],
        }),
        ("boldp", "For Connor – Nadia (social worker) will:"),
        ("table", {
            "header": ["What", "When", "How we will know"],
            "widths": [8.0, 4.0, 5.0],
            "rows": [
                ["Refer Connor to Pellowmarsh Young Carers and do three direct-work sessions with him on what he "
                 "does at home",
                 "Referral by 16/01/2026; sessions by 27/02/2026",
                 "Referral accepted letter; Connor's own “what I do at home” chart on file"],
            ],
        }),
        ("h2", "Lacey (9)"),
        ("boldp", "For Lacey – Pellowmarsh Primary (Mr Ian Greaves, designated safeguarding lead) will:"),
        ("table", {
            "header": ["What", "When", "How we will know"],
            "widths": [8.0, 4.0, 5.0],
            "rows": [
                ["Check each morning that Lacey has had breakfast and is in clean uniform, and give her a place "
                 "at breakfast club",
                 "Every school day from 12/01/2026",
                 "Daily record on CPOMS; the SW rung the same day if Lacey is hungry or in dirty uniform two days "
                 "running"],
                ["Keep an eye on Lacey's mood and friendships in class",
                 "Every school day",
                 "Monitored by class teacher"],
            ],
        }),
        ("boldp", "For Lacey – the school nurse (Beth Arnott) will:"),
        ("table", {
            "header": ["What", "When", "How we will know"],
            "widths": [8.0, 4.0, 5.0],
            "rows": [
                ["See Lacey about her head lice and eczema and give Leanne a written treatment plan",
                 "First appointment by 23/01/2026, then every 4 weeks",
                 "Treatment plan copied to the SW; Lacey's scalp clear of lice and her skin healing at the "
                 "review"],
            ],
        }),
        ("h2", "Mason (5)"),
        ("boldp", "For Mason – Pellowmarsh Primary (Mr Ian Greaves) will:"),
        ("table", {
            "header": ["What", "When", "How we will know"],
            "widths": [8.0, 4.0, 5.0],
            "rows": [
                ["Send a referral to Pellowmarsh Speech and Language Therapy for Mason, with Leanne's consent",
                 "By 23/01/2026",
                 "Referral acknowledgement and first appointment date sent to the SW"],
            ],
        }),
        ("boldp", "For Mason – Leanne and Darren will:"),
        ("table", {
            "header": ["What", "When", "How we will know"],
            "widths": [8.0, 4.0, 5.0],
            "rows": [
                ["Take Mason to his hearing test at Pellowmarsh Children's Centre",
                 "Appointment on 04/02/2026",
                 "Audiology letter with the result sent to the SW and the school"],
            ],
        }),
        ("boldp", "For Mason – Nadia (social worker) will:"),
        ("table", {
            "header": ["What", "When", "How we will know"],
            "widths": [8.0, 4.0, 5.0],
            "rows": [
                ["Talk to Mason with puppets and drawings about home and what worries him",
                 "",
                 "Mason's words and drawings recorded on the case file"],
            ],
        }),
        ("h2", "Esme (18 months)"),
        ("boldp", "For Esme – the health visitor (Chloe Banks, Pellowmarsh 0-19 Service) will:"),
        ("table", {
            "header": ["What", "When", "How we will know"],
            "widths": [8.0, 4.0, 5.0],
            "rows": [
                ["Visit Esme at home, weigh her and check her feeding, sleep and bottles",
                 "Every two weeks until the review conference",
                 "Weights plotted in Esme's red book; Esme on or above the 25th centile; visit notes sent to the "
                 "SW"],
                ["Do Esme's 18-month development review (ASQ-3) and refer on anything that is behind",
                 "By 13/02/2026",
                 "ASQ-3 scores shared with the SW; any referral made within a week of the review"],
            ],
        }),
        ("boldp", "For Esme – Leanne will:"),
        ("table", {
            "header": ["What", "When", "How we will know"],
            "widths": [8.0, 4.0, 5.0],
            "rows": [
                ["Take Esme to Orchard Street Surgery for her missed immunisations",
                 "By 30/01/2026",
                 ""],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Leanne says she has thoughts of harming herself, or cannot get up to care for Mason and Esme, "
            "Darren (if sober) or Tracy will care for the children that day, and Nadia (or the Emergency Duty "
            "Team) will get Leanne a same-day appointment with her GP or the crisis team.",
            "If Darren is drunk while caring for the children, Leanne will ask him to leave and ring the police "
            "if he will not go; Nadia will hold a strategy discussion with Pellowmarsh Police the same day.",
            "If the children are found alone, or there is no food, heating or clean bed at a visit, Nadia will "
            "arrange for the children to stay with Tracy that night; if Tracy cannot have them, Nadia will "
            "place them with Pellowmarsh foster carers the same day.",
        ]),
        ("h1", "Core group and review"),
        ("bullets", [
            "The core group will meet every four weeks at Pellowmarsh Family Hub: 20/01/2026, 17/02/2026 and "
            "17/03/2026, all at 10am.",
            "The review child protection conference will be on 31/03/2026 at 1.30pm, Pellowmarsh Civic Centre.",
        ]),
    ],
    "findings": [
        F("H001", "Weekly guided self-help sessions with Leanne for her low mood"),
        F("T002", "Help with the school run and have the children for tea"),
        F("W002", "Share any worry about any of the four children"),
        F("M002", "Keep an eye on Lacey's mood and friendships in class"),
        F("T001", "Talk to Mason with puppets and drawings about home"),
        F("M001", "Take Esme to Orchard Street Surgery for her missed immunisations"),
        F("F002", "Leanne's depression lifts and she feels able to cope with day-to-day life."),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 2. Case-system print (KINDRA) of a child protection plan for three
#    children after domestic abuse, printed as a tree: NEED (with a Need
#    lead) > OUTCOME (with a target date and "How we will know") > TASK
#    (Assigned to / Due / Evidence) > SUB-TASK detail lines. A legend says a
#    blank task field takes the value from the level above. One task is
#    handed to the receiving council "once the family are settled". Faults
#    mixed among mostly good tasks (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b162_pendrassock_case_print_need_outcome_task_tree_tonkin.txt",
    "split": "tune",
    "actions": 15,
    "template": "cp-plan-case-system-print-txt-kindra-page-headers-legend-blank-task-field-inherits-from-level-above-subject-household-reason-childrens-views-then-need-outcome-task-sub-task-tree-need-lead-outcome-target-date-and-how-we-will-know-task-assigned-due-evidence-completed-task-kept-contingency-trigger-response-review-and-escalation-fields",
    "description": (
        "Child protection plan for a 13-year-old, a 10-year-old and a 6-year-old after domestic "
        "abuse by the youngest's father, printed from a case system as a tree: each Need has a "
        "lead, each Outcome a target date and a 'How we will know', each Task its Assigned to, "
        "Due and Evidence fields, and sub-tasks that only detail their task; a legend says a "
        "blank task field takes its value from the level above. The mother has accepted a "
        "housing transfer to another council. Most tasks are sound (weekly visits, the police "
        "flag, the IDVA, the perpetrator programme, supervised contact, school checks, CAMHS). "
        "Faults: 'All agencies' to share sightings; a play therapy referral 'Due: TBC'; an "
        "outcome only about the mother's anxiety whose check is 'Kerry says she feels better; "
        "reviewed at core group', leaving its two tasks (Talking Therapies' CBT with no view on "
        "change, and the Freedom Programme) with that vague measure; Leah's direct work handed "
        "to the receiving council 'once the family are settled'; and a contingency of 'further "
        "concerns' answered by discussing and reviewing."
    ),
    "text": """\
KINDRA Case Management 4.2            CHILD PROTECTION PLAN            Page 1 of 3
Printed 15/01/2026 10:42 by S.OKAFOR                     OFFICIAL-SENSITIVE
================================================================================

PLAN ID ............: CPP-2026-00117
Local authority ....: Pendrassock Borough Council, Children's Services
Plan type ..........: Child Protection Plan (initial)
Conference date ....: 13/01/2026
Category ...........: Emotional abuse (all three children)
Key worker .........: Sam Okafor, Social Worker, Family Safeguarding Team South
Team manager .......: Jenna Rowe

SUBJECTS
  Leah Tonkin ......... F  13  (04/06/2012)  Pendrassock Academy, Year 9
  Jayden Tonkin ....... M  10  (21/02/2015)  Trewellan Primary, Year 6
  Mia Penhale ......... F   6  (30/08/2019)  Trewellan Primary, Year 2

HOUSEHOLD
  Kerry Tonkin ........ Mother (33). 9 Tregarth Close, Pendrassock PD2 5HN
  Lee Penhale ......... Mia's father; Leah and Jayden's stepfather (36). Left the
                        home 14/11/2025; now at 31 Chyvelah Road, Pendrassock

REASON FOR PLAN
  On 14/11/2025 police were called to 9 Tregarth Close. Lee had pushed Kerry
  down the stairs and broken the kitchen door; all three children saw it and
  Leah rang 999. Kerry told police of two years of shouting, threats and
  control of money, and of two earlier assaults she had not reported. Kerry has
  anxiety and panic attacks and is on the waiting list for talking therapy.
  Leah has been cutting her arms since the autumn. Kerry has accepted a
  management transfer to a Hallowmere Homes flat in Hallowmere (Hallowmere
  Council), expected in February 2026, to be further from Lee.

STRENGTHS
  Kerry ended the relationship and has kept to her safety plan since November.
  The children's attendance is good. Leah is close to her form tutor.

CHILDREN'S VIEWS (recorded by key worker)
  Leah (seen alone at school 08/01/2026): "I don't want him back, ever. I'm
  the one who rang the police. I cut because it stops my head going round."
  Jayden (seen alone at school 08/01/2026): "It's quieter now. I still check
  the door's locked before bed. I don't want to move school."
  Mia (seen at home 09/01/2026): drew her family with Daddy "in a different
  house". Said she misses him and wants "to see Daddy at the play place".

LEGEND
  Plan tree: NEED > OUTCOME > TASK > SUB-TASK. A SUB-TASK is a detail of the
  task above it. A blank field at task level takes its value from the Outcome
  or Need above it (Need lead -> Assigned to; Target date -> Due;
  How we will know -> Evidence).

================================================================================
PLAN TREE
================================================================================

NEED 1  SAFETY FROM DOMESTIC ABUSE
  Need lead ..........: Sam Okafor, Social Worker

  OUTCOME 1.1  Leah, Jayden and Mia live at home without seeing or hearing any
               violence, and Lee does not come to the house.
    Target date ......: 26/03/2026
    How we will know .: No police call-outs to 9 Tregarth Close; each child's
                        safety score, asked by the key worker at each visit,
                        at 7 out of 10 or more by the review conference.

    TASK 1.1.1  Visit the children at home and see each child alone
      Assigned to ....:
      Due ............: Weekly until the review conference
      Evidence .......: Visit record for each visit with each child's words
        SUB-TASK a  See Leah alone at school once a month
        SUB-TASK b  Check the door chain and window locks at every visit

    TASK 1.1.2  Keep to the written safety plan: do not let Lee into the
                house and call 999 if he comes to the door
      Assigned to ....: Kerry Tonkin (mother)
      Due ............: Every day from 13/01/2026
      Evidence .......:

    TASK 1.1.3  Flag 9 Tregarth Close for an urgent response, and tell the key
                worker within 24 hours of any call-out
      Assigned to ....: Pendrassock Police, Domestic Abuse Unit (DS Carly Pender)
      Due ............: Flag by 16/01/2026; then within 24 hours of any call-out
      Evidence .......: Flag confirmation email on file; call-out notices logged

    TASK 1.1.4  Safety planning with Kerry and support with her application
                for a non-molestation order
      Assigned to ....: Rhiannon Pascoe, IDVA, Pendrassock Women's Aid
      Due ............: Weekly contact until the order is decided, then every
                        two weeks
      Evidence .......: Updated safety plan copied to the key worker by
                        30/01/2026; order (if granted) on file

    TASK 1.1.5  Share any sighting of Lee near the house or the schools with
                the key worker the same day
      Assigned to ....: All agencies
      Due ............: Same day
      Evidence .......:

    TASK 1.1.6  Fit a door chain and window locks (Safe Partnership scheme)
      Assigned to ....: Pendrassock Safe Partnership
      Status .........: COMPLETED 22/12/2025

  OUTCOME 1.2  Mia, Leah and Jayden only see Lee at supervised contact that
               they enjoy and that leaves them feeling safe.
    Target date ......: 26/03/2026
    How we will know .: Contact records show every contact supervised, with
                        no threats or talk about Kerry in front of the
                        children.

    TASK 1.2.1  Attend the Reset domestic abuse perpetrator programme
      Assigned to ....: Lee Penhale (Mia's father)
      Due ............: Weekly from 20/01/2026 (24 weeks)
      Evidence .......: Reset attendance record and the facilitator's
                        mid-point report to the key worker by 14/04/2026

    TASK 1.2.2  Supervised contact for Mia with her dad (Leah and Jayden may
                join if they want to)
      Assigned to ....: Pendrassock Family Centre (contact supervisor)
      Due ............: Every other Saturday, 10am-12pm, from 17/01/2026
      Evidence .......:

NEED 2  HOME LIFE AND KERRY'S WELLBEING
  Need lead ..........: Sam Okafor, Social Worker

  OUTCOME 2.1  Jayden and Mia get to school on time, fed and ready to learn,
               and home has a calm routine.
    Target date ......: 26/03/2026
    How we will know .: Attendance at 95% or more for both; no late marks
                        after 9am; routine chart kept on 5 days out of 7.

    TASK 2.1.1  Home sessions with Kerry on morning and bedtime routines
      Assigned to ....: Nicky Hosking, Family Support Worker
      Due ............: Weekly, eight sessions from 19/01/2026
      Evidence .......:
        SUB-TASK a  Make a picture routine chart with Mia
        SUB-TASK b  Include how to talk to the children about the move

    TASK 2.1.2  Check Jayden's and Mia's attendance and lateness each morning
                and ring the key worker the same day if either is absent
      Assigned to ....: Trewellan Primary (Mrs Karen Jago, DSL)
      Due ............: Every school day
      Evidence .......: Weekly attendance email to the key worker

    TASK 2.1.3  Referral for Mia to Rainbows play therapy at school
      Assigned to ....: Trewellan Primary (Mrs Karen Jago, DSL)
      Due ............: TBC
      Evidence .......: Referral accepted and session dates sent to the key
                        worker

  OUTCOME 2.2  Kerry's anxiety is better managed and she feels more
               confident as a parent.
    Target date ......: 26/03/2026
    How we will know .: Kerry says she feels better; reviewed at core group.

    TASK 2.2.1  Weekly CBT sessions with Kerry for her anxiety and panic
                attacks
      Assigned to ....: Pendrassock Talking Therapies
      Due ............: Weekly, 12 sessions from 14/01/2026
      Evidence .......:

    TASK 2.2.2  Complete the Freedom Programme at Pendrassock Family Hub
      Assigned to ....: Kerry Tonkin (mother)
      Due ............: Tuesdays from 20/01/2026 (12 weeks)
      Evidence .......:

KINDRA Case Management 4.2            CHILD PROTECTION PLAN            Page 2 of 3
Printed 15/01/2026 10:42 by S.OKAFOR                     OFFICIAL-SENSITIVE
================================================================================

NEED 3  LEAH'S EMOTIONAL HEALTH
  Need lead ..........: Mr Alan Trevithick, DSL, Pendrassock Academy

  OUTCOME 3.1  Leah stops cutting, has a trusted adult at school she talks to,
               and knows what a safe relationship looks like.
    Target date ......: 13/03/2026
    How we will know .: Leah's own weekly score with her mentor, recorded by
                        the mentor; no new cuts seen by the school nurse.

    TASK 3.1.1  Assess Leah's emotional health and self-harm and write to the
                key worker and GP with recommendations
      Assigned to ....: Pendrassock CAMHS (Dr Nia Roberts)
      Due ............:
      Evidence .......: CAMHS assessment letter with recommendations on file

    TASK 3.1.2  Weekly check-in with her mentor, Miss Polglase
      Assigned to ....:
      Due ............: Weekly, Mondays from 19/01/2026
      Evidence .......:

    TASK 3.1.3  Direct work with Leah on healthy relationships and staying
                safe online
      Assigned to ....: Hallowmere Children's Services (receiving authority)
      Due ............: After the move, once the family are settled
      Evidence .......: Session notes on file

================================================================================
CONTINGENCY
  Trigger ............: Any further concerns about the children's safety, or
                        if the plan is not working.
  Response ...........: Key worker to discuss with team manager and review the
                        plan.

REVIEW AND ESCALATION
  Core group .........: Every 4 weeks, Pendrassock Family Hub, 10am:
                        22/01/2026, 19/02/2026, 19/03/2026
  Review conference ..: 26/03/2026, 2pm, Pendrassock Guildhall
  Transfer ...........: When the family move, the key worker will ask
                        Hallowmere Council for a transfer-in conference. The
                        plan stays with Pendrassock until that conference.
  Escalation .........: If Kerry lets Lee back into the home, or Outcome 1.1
                        is not met by the review conference, the key worker
                        will request a Legal Planning Meeting within 5 working
                        days.

KINDRA Case Management 4.2            CHILD PROTECTION PLAN            Page 3 of 3
Printed 15/01/2026 10:42 by S.OKAFOR                     OFFICIAL-SENSITIVE
================================================================================
Plan agreed at conference 13/01/2026. Distribution: Kerry Tonkin; Lee Penhale
(parts 1.2 and 2 only); core group members.
*** END OF PRINT ***
""",
    "findings": [
        F("W002", "Share any sighting of Lee near the house or the schools"),
        F("T002", "Referral for Mia to Rainbows play therapy at school"),
        F("F002", "Kerry's anxiety is better managed and she feels more confident as a parent."),
        F("H001", "Weekly CBT sessions with Kerry for her anxiety and panic"),
        F("M002", "Weekly CBT sessions with Kerry for her anxiety and panic"),
        F("M002", "Complete the Freedom Programme at Pendrassock Family Hub"),
        F("X001", "Direct work with Leah on healthy relationships and staying"),
        F("T002", "Direct work with Leah on healthy relationships and staying"),
        F("C002"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Initial conference plan for a baby and a toddler whose mother has
#    emotionally unstable personality disorder and self-harms, written as
#    one real Word outline list numbered 1 / 1.1 / a): each part is an
#    outcome with its lead; each second-level item is an action, or an
#    owner's "will:" lead-in whose lettered items are the actions; lettered
#    items under an action are only its details. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b162_pyrtonbridge_outline_plan_parts_items_details_whitcombe.docx",
    "doc_title": "Child Protection Plan - Orla and Finley Whitcombe",
    "split": "tune",
    "actions": 15,
    "template": "icpc-plan-docx-details-kv-why-a-plan-going-well-finleys-words-and-orlas-day-family-views-then-how-to-read-note-then-one-word-multilevel-outline-1-1-1-a-parts-are-outcomes-with-part-lead-second-level-actions-or-owner-will-lead-ins-lettered-items-actions-under-lead-ins-details-under-actions-then-if-things-go-wrong-meetings",
    "description": (
        "Exemplary initial conference plan for a 4-month-old and a 2-year-old whose mother has "
        "emotionally unstable personality disorder and took an overdose while caring for them; "
        "both grandmothers help. The plan is one real Word multilevel list (1 / 1.1 / a)): each "
        "part is an outcome for the children with a part lead; a second-level item is either an "
        "action with its owner, time and check in the sentence, or an owner's 'will:' lead-in "
        "whose lettered items are that owner's actions; lettered items under an action are only "
        "its details, as a note before the list says. The community mental health team assesses "
        "and reports on capacity to change, the GP owns an action, each grandmother's part has "
        "a fallback, legal planning follows named triggers, and core group and review dates are "
        "set; the baby's day and the toddler's words are recorded."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Pyrtonbridge District Council · Children's Social Care · Initial Child Protection Conference"),
        ("kv", [
            ("Children", "Orla Whitcombe, born 02/09/2025 (4 months); Finley Whitcombe, born 18/11/2023 (2)"),
            ("Address", "Flat 6, Weaver House, Canal Street, Pyrtonbridge PB1 4TE"),
            ("Mother", "Georgia Whitcombe (22), lives with the children"),
            ("Father", "Kyle Pryor (25), father of both children, lives with his mother"),
            ("Maternal grandmother", "Sandra Whitcombe, 22 Ferrier Road, Pyrtonbridge"),
            ("Paternal grandmother", "Denise Pryor, 8 Mill Row, Pyrtonbridge"),
            ("Conference", "13/01/2026, chaired by Martin Greaves; category: neglect"),
            ("Social worker", "Lucy Marsh, Pyrtonbridge Children's Social Care (team manager: Aisha Bello)"),
        ]),
        ("h1", "Why Orla and Finley have a plan"),
        ("p", "Georgia has emotionally unstable personality disorder. She has cut herself since she was 15. On "
              "28/12/2025 she took an overdose of her own tablets and paracetamol in the flat at about 9pm while "
              "the children were asleep; she rang Sandra, who found Orla still in her bouncer and Finley in his "
              "cot with a wet nappy, and called an ambulance. Georgia had stopped seeing the community mental "
              "health team in the autumn. In August Kyle left Finley asleep in his car outside a shop for about "
              "twenty minutes, and since then his time with the children has been at Denise's house."),
        ("h1", "What is going well"),
        ("bullets", [
            "Georgia loves her children and agreed at the conference that she needs help to stay safe. She has "
            "gone back to the community mental health team and been offered a place in a DBT skills group.",
            "Orla has been weighed twice since the overdose and is gaining weight on the 50th centile.",
            "Sandra and Denise get on, live close by, and both came to the conference to offer help.",
        ]),
        ("h1", "Finley's words and Orla's day"),
        ("p", "Finley has about twenty words. At home on 07/01/2026 he took the social worker's hand, led her to "
              "the bathroom door and said “Mummy poorly, door shut”. He said “Nana” and “Nanny Dee” happily "
              "when shown photos, and played with his garage while Georgia made his tea."),
        ("p", "Orla wakes at about 6am and feeds every three to four hours. On the social worker's visit on "
              "07/01/2026 she was clean, babbling on her play mat and turned to Georgia's voice. Sandra says "
              "that when Georgia is low Orla is left in her bouncer for long spells and her bottles are made up "
              "late."),
        ("h1", "What Georgia, Kyle and the grandmothers say"),
        ("p", "Georgia says she took the overdose after a row with Kyle and “didn't think about the kids at the "
              "time”, which frightens her now. She wants the children to stay with her and will accept help. "
              "Kyle wants more time with the children. Sandra and Denise both say they will help but cannot "
              "have the children to live with them because of their work."),
        ("h1", "How to read the plan"),
        ("p", "Each numbered part is an outcome for Orla and Finley, with the person who leads that part. Each "
              "item under it (1.1, 1.2 …) is an action with its owner, when it happens and how we will know. "
              "Where an item only names who leads and ends “will:”, each lettered item under it is one of that "
              "person's actions. Where an item is already an action, the lettered items under it are the "
              "details of that action."),
        ("h1", "The plan"),
        ("mlist", [
            (0, "Orla and Finley are cared for by a safe, well adult every day and night, including when "
                "Georgia is in crisis. Part lead: Lucy Marsh, social worker."),
            (1, "Lucy Marsh (social worker) will visit Orla and Finley at home every week until the review "
                "conference, one visit in three unannounced, and write up each visit on the case file with "
                "what each child was doing and how Georgia responded to them."),
            (2, "at every visit: check Orla's sleeping space, the locked medicine box and that Georgia's "
                "tablets are in it;"),
            (2, "one visit a month at 7pm or later, to see the children's tea and bedtime."),
            (1, "Georgia will keep all her tablets and anything sharp in the locked box Sandra has fitted, and "
                "give Sandra the spare key, every day from 13/01/2026; Lucy checks the box at each visit and "
                "records that it was locked."),
            (1, "Sandra Whitcombe (maternal grandmother) will:"),
            (2, "stay overnight at the flat every Friday, and on any night Georgia tells her she has thoughts "
                "of harming herself, until the review conference; she texts Lucy the next morning, and the "
                "nights are written in Georgia's safety diary, which Lucy sees at each visit;"),
            (2, "have Orla and Finley at 22 Ferrier Road every Wednesday from 10am to 4pm, from 14/01/2026, so "
                "that Georgia can go to her DBT group; Sandra texts Lucy when the children arrive, and the DBT "
                "register shows Georgia attended."),
            (1, "Denise Pryor (paternal grandmother) will supervise all of Kyle's time with Orla and Finley at "
                "8 Mill Row every Saturday from 10am to 1pm, and sign the contact sheet each time; Lucy collects "
                "the sheets every two weeks."),
            (0, "Orla and Finley are cared for by a mum who is safe and well enough to look after them, and the "
                "adults around them know early if she is not. Part lead: Dr Ruth Kaur, consultant "
                "psychiatrist, Pyrtonbridge Community Mental Health Team."),
            (1, "Pyrtonbridge Community Mental Health Team (Dr Ruth Kaur, with Ellis Grant, care coordinator) "
                "will:"),
            (2, "see Georgia at home every week from 15/01/2026, update her crisis plan with her, and in a "
                "written report two working days before each core group say whether she is making the changes "
                "Orla and Finley need and how long that is likely to take;"),
            (2, "complete a full assessment of Georgia's capacity to change, with the DBT team's view and the "
                "likely timescale, in a written report to Lucy by 20/02/2026, shared at the core group on "
                "24/02/2026."),
            (1, "Georgia will go to her DBT skills group every Wednesday and her individual DBT session every "
                "Monday from 14/01/2026; the DBT team's register, in the care coordinator's report, shows each "
                "session she attends."),
            (1, "Dr Owen Price, GP at Ferrier Road Surgery, will review Georgia's medication every four weeks "
                "from 16/01/2026, prescribe it weekly so that no large supply is kept in the flat, and tell Lucy "
                "the same day if Georgia misses a review or collection; his review letters go on the case file."),
            (2, "this includes checking at each review that no other service has prescribed her anything."),
            (0, "Orla grows and develops well, and Finley's talking and play come on. Part lead: Megan Doyle, "
                "health visitor, Pyrtonbridge 0-19 Service."),
            (1, "Megan Doyle (health visitor) will visit Orla at home every two weeks until the review "
                "conference and weigh her; her weights are plotted in the red book and should stay on or near "
                "the 50th centile, and each visit note is sent to Lucy."),
            (2, "at each visit: Orla's feeding and sleep position, and how Georgia responds when Orla cries;"),
            (2, "at each visit: ask Georgia how she has slept and how her mood has been."),
            (1, "Little Acorns Nursery (Mrs Priya Patel, manager) will:"),
            (2, "give Finley his place on Mondays, Tuesdays and Thursdays from 19/01/2026, and ring Lucy by "
                "10am if he is not brought; the nursery register, sent to Lucy each Friday, and Lucy's call "
                "log show this;"),
            (2, "do a WellComm speech check with Finley by 13/02/2026 and refer him to Pyrtonbridge Speech and "
                "Language Therapy if he is behind; the WellComm score and any referral are sent to Lucy and "
                "Megan."),
            (1, "Megan Doyle will do Finley's two-year review (ASQ-3) at home by 06/02/2026 and share the scores "
                "with Lucy and the nursery by 13/02/2026."),
            (0, "Finley and Orla's days are calm and predictable, and everyone caring for them knows what to do "
                "if Georgia becomes unwell. Part lead: Lucy Marsh, social worker."),
            (1, "Lucy will write a family safety plan with Georgia, Sandra and Denise by 23/01/2026, saying who "
                "the children go to, who to ring and where the spare key is; the signed plan is kept on the "
                "case file and on Georgia's fridge."),
            (2, "the plan will include the crisis team's number and Sandra's and Denise's numbers."),
            (1, "Jess Allan, family support worker at Pyrtonbridge Family Hub, will do six weekly “Calm Days” "
                "routine sessions with Georgia at home from 19/01/2026; by the sixth session the routine chart "
                "is filled in on 5 days out of 7, checked by Jess and Lucy."),
        ]),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Georgia harms herself, takes an overdose or tells anyone she has a plan to end her life, that "
            "person rings 999 or the Pyrtonbridge Crisis Team at once. The children go to Sandra at 22 Ferrier "
            "Road that day, and Lucy (or the Emergency Duty Team) holds a strategy discussion with the police "
            "and the CMHT the same day.",
            "If Sandra cannot have the children (she is ill, away or at work), they go to Denise at 8 Mill Row. "
            "If neither grandmother can have them, Lucy (or the Emergency Duty Team) will place them with "
            "Pyrtonbridge foster carers the same day.",
            "If Sandra cannot do a Friday night, Denise stays at the flat instead; if Denise cannot leave her "
            "own home that night, Georgia and the children sleep at 8 Mill Row with Denise.",
            "If Denise cannot supervise a Saturday, Kyle's time with the children moves to Pyrtonbridge Family "
            "Centre the next Saturday, supervised by centre staff. Kyle will not see the children unsupervised.",
            "If Georgia harms herself again while the children are in her care, or the CMHT's assessment due on "
            "20/02/2026 says she cannot make the changes the children need in time for them, Lucy will ask "
            "Aisha Bello for a legal planning meeting within five working days to decide whether to begin the "
            "Public Law Outline.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks at Pyrtonbridge Family Hub, 10am: 27/01/2026, 24/02/2026 and "
            "24/03/2026.",
            "Review child protection conference: 07/04/2026, 2pm, Pyrtonbridge Town Hall.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Review conference plan for three children (parental conflict, father's
#    cocaine use), printed to PDF with a page header and footer: one Word
#    table per outcome, each with its own header row, banner rows splitting
#    the rows by child, a "How we will know" cell merged over two rows, and a
#    "Steps and dates" column holding several dated steps in one cell.
#    Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b162_polverley_rcpc_table_per_outcome_child_banners_okoye.pdf",
    "doc_title": "Review Child Protection Plan - Amara, Deji and Tobi Okoye",
    "split": "tune",
    "actions": 15,
    "landscape": True,
    "font_size": 9.5,
    "check_vmerge": 1,
    "min_pages": 3,
    "header": "Polverley Borough Council – Children's Services – Review Child Protection Plan – OFFICIAL-SENSITIVE",
    "footer": "Okoye children – review conference 12/02/2026 – page {PAGE} of {NUMPAGES}",
    "template": "rcpc-plan-word-landscape-printed-to-pdf-header-footer-details-kv-since-the-last-conference-each-childs-words-then-one-table-per-outcome-own-header-row-what-will-happen-lead-steps-and-dates-how-well-know-banner-rows-per-child-merged-measure-cell-several-dated-steps-per-cell-then-if-things-go-wrong-meetings",
    "description": (
        "Exemplary review conference plan for a 15-year-old, a 12-year-old and a 7-year-old: "
        "emotional harm from their parents' fights and their father's cocaine use; the father "
        "now lives with his brother, who supervises his time with the children. Word, landscape, "
        "printed to PDF with a header and footer on every page. Each of three outcomes has its own "
        "table with its own header row; banner rows split the rows by child ('For all three', "
        "'For Amara', 'For Deji', 'For Tobi'), one 'How we will know' cell is merged over two "
        "school rows, and the 'Steps and dates' column holds several dated steps in one cell. "
        "The drug service tests and reports on the father's capacity to change, the uncle's part "
        "has a fallback, legal planning follows named triggers, core group and review dates are "
        "set, and each child's words are recorded."
    ),
    "blocks": [
        ("title", "Review Child Protection Plan"),
        ("kv", [
            ("Children", "Amara Okoye (15, 03/04/2010), Deji Okoye (12, 17/10/2013), Tobi Okoye (7, 25/06/2018)"),
            ("Lives with", "Grace Okoye (mother, 41), 4 Penmarsh Road, Polverley PV3 8JS"),
            ("Father", "Chidi Okoye (44), living with his brother Emeka Okoye at Flat 12, Ashdown Court, "
                       "Polverley, since 21/11/2025"),
            ("Conference", "First review conference, 12/02/2026, chaired by Ruth Ainsley. The children stay "
                           "on child protection plans under the category of emotional abuse."),
            ("Social worker", "Priya Shah, Polverley Children's Services, Safeguarding Team 2 (team manager: "
                              "Colin Mayfield)"),
        ]),
        ("h1", "Since the last conference"),
        ("p", "At the initial conference on 20/11/2025 the children were made subject to plans after Chidi, "
              "who had been using cocaine at weekends, punched through the glass in the kitchen door during a "
              "row with Grace; Deji, standing behind it, needed stitches in his hand. Chidi moved to Emeka's "
              "flat the next day. Since then there have been no police call-outs. Chidi has had two negative "
              "tests and one positive test for cocaine (17/01/2026). Grace works three night shifts a week as a "
              "care assistant, and on those nights Amara has been left to look after Tobi."),
        ("h1", "What the children say"),
        ("bullets", [
            "Amara (seen alone at home, 04/02/2026): “It's calmer without Dad's shouting, but I'm the one doing "
            "Tobi's bedtime three nights a week and then I'm tired at school. I want to see Dad, but not if "
            "he's using.”",
            "Deji (seen alone at school, 05/02/2026): “My hand's fine now. I get angry at school and I don't "
            "know why. I like Sundays at Uncle Emeka's because Dad's normal there.”",
            "Tobi (seen at home, 04/02/2026): drew his house with “Mummy, Amara, Deji and me” and Dad “at "
            "Uncle's”. Said the shouting made him hide under the table, and that he likes it when Mummy is "
            "home at bedtime.",
        ]),
        ("h1", "The plan"),
        ("p", "There is one table for each outcome. Banner rows show which child the rows under them are for. "
              "The Lead column names who does each row."),
        ("h2", "Outcome 1 – Amara, Deji and Tobi live in a home with no shouting, violence or drug use, and "
               "feel safe there"),
        ("table", {
            "header": ["What will happen", "Lead", "Steps and dates", "How we will know"],
            "widths": [8.2, 4.6, 6.0, 6.9],
            "rows": [
                ["For all three children", H, H, H],
                ["Visit the children at home, see each one alone, and ask each child for their safety score out "
                 "of 10",
                 "Priya Shah, social worker",
                 "From 16/02/2026: every week.\nBy 27/03/2026: at least four visits unannounced.\nUntil the "
                 "review conference on 14/05/2026.",
                 "Visit record for each visit shows each child seen alone and their score written down"],
                ["Supervise all of Chidi's time with the children at Emeka's flat, and end it if Chidi seems to "
                 "have taken drugs or been drinking",
                 "Emeka Okoye (uncle)",
                 "Every Sunday, 1pm to 5pm, from 15/02/2026.",
                 "Emeka's contact sheet, signed each Sunday and sent to Priya each Monday; the children asked at "
                 "visits"],
                ["Stay away from 4 Penmarsh Road unless Priya agrees a visit in writing",
                 "Chidi Okoye (father)",
                 "Every day from 12/02/2026.",
                 "No call-outs to 4 Penmarsh Road; the children and Grace say at each visit that Chidi has not "
                 "come"],
                ["For Amara", H, H, H],
                ["Make sure an adult other than Amara is at home with Tobi on every night Grace works",
                 "Grace Okoye (mother)",
                 "By 20/02/2026: rota to Priya.\nFrom 23/02/2026: every night shift.",
                 "Grace's rota, naming the adult at home each night, on file; Amara asked at each visit who was "
                 "there"],
                ["Young carers assessment with Amara and a place at the Polverley Young Carers group",
                 "Tom Reed, Polverley Young Carers",
                 "By 06/03/2026: assessment.\nFrom 12/03/2026: group every other Thursday.",
                 "Assessment shared with Amara and Priya; group register"],
                ["For Deji", H, H, H],
                ["Weekly session with Deji's learning mentor on anger and on what he saw at home",
                 "Polverley Academy (Ms Jo Hart, learning mentor)",
                 "From 16/02/2026: every Monday.\n27/03/2026: six-week review with Deji.",
                 "School behaviour log and Deji's own weekly score sheet sent to Priya every second Friday; "
                 "fewer behaviour incidents each half term"],
                ["Tell Priya the same day about any fight, outburst or exclusion",
                 "Polverley Academy (Mr Sam Lowe, DSL)",
                 "Same day, every time, from 12/02/2026.",
                 V],
                ["For Tobi", H, H, H],
                ["Check each morning that Tobi is fed and in clean uniform, and give him a place at breakfast "
                 "club",
                 "Polverley Infant School (Mrs Anne Dunn, DSL)",
                 "Every school day from 16/02/2026.",
                 "Daily note on CPOMS; Priya rung the same day if Tobi is hungry or unkempt two days running"],
                ["Play sessions with Tobi about feelings and feeling safe",
                 "Ellie Marsh, play worker, Polverley Family Hub",
                 "From 23/02/2026: six weekly sessions.\nBy 10/04/2026: summary to Priya.",
                 "Tobi's own “feelings faces” chart and the play worker's written summary"],
            ],
        }),
        ("h2", "Outcome 2 – Amara, Deji and Tobi can spend time with their dad safely, because he no longer "
               "uses cocaine or drinks heavily"),
        ("table", {
            "header": ["What will happen", "Lead", "Steps and dates", "How we will know"],
            "widths": [8.2, 4.6, 6.0, 6.9],
            "rows": [
                ["Dad's recovery", H, H, H],
                ["Key-work and drug tests with Chidi, and a written report on whether he has stopped using "
                 "cocaine, how likely he is to stay stopped, and over what time",
                 "Jason Ferris, recovery worker, Polverley Drug and Alcohol Service",
                 "From 16/02/2026: weekly key-work.\nBy 06/03/2026: hair strand test.\nThree working days "
                 "before each core group: report.",
                 "Test results and Jason's written report on the case file before every core group"],
                ["Go to every key-work session and give a test each time",
                 "Chidi Okoye (father)",
                 "Every Tuesday from 17/02/2026.",
                 "Attendance and negative tests shown in Jason's report"],
                ["Complete the Polverley Choices domestic abuse perpetrator programme",
                 "Chidi Okoye (father)",
                 "By 27/02/2026: assessment.\nFrom 05/03/2026: weekly group for 20 weeks.",
                 "Choices facilitator's mid-point report to Priya by 14/05/2026"],
            ],
        }),
        ("h2", "Outcome 3 – The children are cared for by their mum in a calm routine, and she can protect "
               "them if their dad breaks the rules"),
        ("table", {
            "header": ["What will happen", "Lead", "Steps and dates", "How we will know"],
            "widths": [8.2, 4.6, 6.0, 6.9],
            "rows": [
                ["Mum's part", H, H, H],
                ["Go to the Freedom Programme at Polverley Family Hub",
                 "Grace Okoye (mother)",
                 "From 23/02/2026: every Monday for 12 weeks.",
                 "Attendance register and certificate of completion"],
                ["Safety planning with Grace, and help to apply for a non-molestation order if Chidi comes to "
                 "the house",
                 "Sana Qureshi, IDVA, Polverley Women's Aid",
                 "By 20/02/2026: first meeting.\nBy 27/02/2026: written safety plan.\nThen every two weeks "
                 "until the review conference.",
                 "Written safety plan on file by 27/02/2026; IDVA notes shared with Priya before each core "
                 "group"],
                ["Wider family", H, H, H],
                ["Family group conference to agree who in the wider family can help with the children on "
                 "Grace's night shifts",
                 "Alan Price, co-ordinator, Polverley Family Group Conference Service",
                 "By 20/02/2026: referral made by Priya.\nBy 27/03/2026: conference held.",
                 "Family plan from the conference shared with the core group on 07/04/2026"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Chidi comes to 4 Penmarsh Road, Grace will not let him in and will ring 999; Priya will hold a "
            "strategy discussion with Polverley Police the same day, and Sana will help Grace apply for a "
            "non-molestation order that week.",
            "If Chidi seems to have taken drugs or been drinking at contact, Emeka ends the contact at once, "
            "keeps the children with him and rings Grace to collect them, and tells Priya that day; there is no "
            "more contact until Jason confirms a clear test.",
            "If Emeka cannot supervise on a Sunday (illness or work), there is no contact that week and it "
            "moves to Polverley Family Centre the following Saturday, supervised by centre staff.",
            "If no adult is at home with Tobi on a night Grace works, Grace will not go to work that night; if "
            "it happens again, Priya will arrange for the children to stay with Grace's friend Mrs Bisi Adeyemi, "
            "who has agreed, on Grace's work nights until the family group conference has agreed a plan.",
            "If Chidi has another positive test after 30/03/2026, or there is any further violence, Priya will "
            "ask Colin Mayfield for a legal planning meeting within five working days.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks at Polverley Family Hub, 4pm (after school): 10/03/2026, 07/04/2026 and "
            "05/05/2026.",
            "Second review child protection conference: 14/05/2026, 10am, Polverley Town Hall.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Second core group minutes for a 9-year-old and a 3-year-old (mother on
#    methadone with anxiety, father in prison, grandmother helping). Each
#    numbered item has its discussion and then its own "Agreed actions"
#    list, numbered by item (3.1, 4.2 ...); the actions are not gathered
#    into a list at the end. Faults mixed among mostly good actions (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b162_pexworth_core_group_minutes_actions_by_item_kettering.md",
    "split": "tune",
    "actions": 13,
    "template": "core-group-2-minutes-md-details-list-present-initials-key-then-numbered-agenda-items-each-with-discussion-paragraphs-and-its-own-agreed-actions-numbered-by-item-not-gathered-at-the-end-contingency-item-dates-item",
    "description": (
        "Minutes of the second core group for a 9-year-old and a 3-year-old: their mother is on "
        "methadone after heroin use and has anxiety, the younger child's father is in prison and "
        "the maternal grandmother helps. Each numbered agenda item records the discussion and "
        "then its own 'Agreed actions', numbered by item (3.1, 4.2 ...), and the actions are not "
        "gathered into a list at the end. Most actions are sound (the social worker's visits and "
        "direct work, the recovery service's tests and report, the health visitor, school and "
        "nursery checks, a Home-Start referral). Faults: Talking Therapies to carry on weekly "
        "anxiety sessions, measured by attendance, with no view on change; NA meetings 'when she "
        "feels ready' with nothing to show they happened; a dental check 'to be booked' by no one; "
        "the grandmother to 'keep an eye on' the children; 'Family' to keep the methadone locked "
        "away; and the review conference date 'to be confirmed'."
    ),
    "text": """\
# Pexworth Council – Children's Services
## Core Group Meeting 2 – Minutes

**Children:** Nevaeh Kettering (9, 14/02/2016) and Riley Bostock (3, 22/08/2022)
**Address:** 18 Sorrel Walk, Pexworth PX4 9BD
**Plan:** Child protection plans (neglect) since the initial conference on 12/01/2026
**Meeting:** Tuesday 10/02/2026, 1.30pm, Pexworth Family Hub, Room 2
**Chair and minutes:** Kerry Moss, social worker

**What we want for Nevaeh and Riley (outcomes from the plan, unchanged):**

- Nevaeh and Riley are cared for every day by an adult who is not under the influence of drugs or alcohol.
- Nevaeh gets to school every day on time and no longer worries about looking after her mum.
- Riley's health, teeth and speech are checked and he gets help to catch up with his talking.
- The children's home is safe: Jade's methadone is always locked away out of reach.

## 1. Present and apologies

| Initials | Name | Role |
|---|---|---|
| KM | Kerry Moss | Social worker, Pexworth Children's Services (team manager: Dave Ollerton) |
| JK | Jade Kettering | Mum |
| CK | Carol Kettering | Maternal grandmother ("Nan"), 3 Thistle Court |
| AH | Alison Hurst | Recovery worker, Pexworth Recovery Partnership (drug and alcohol service) |
| SN | Sunita Nair | Health visitor, Pexworth 0-19 Service |
| BL | Ben Lockwood | Designated safeguarding lead, Pexworth Road Primary |
| TP | Toni Price | Manager, Little Owls Nursery |

Apologies: Lisa Fenwick (LF), psychological wellbeing practitioner, Pexworth Talking Therapies (update sent by email).
Riley's dad, Liam Bostock, is in HMP Ashgrove (release date 17/04/2026) and was sent the minutes of the conference.

## 2. Actions from core group 1 (27/01/2026)

KM has seen the children four times, one visit unannounced. The lockbox for Jade's methadone has been fitted. Nevaeh's referral to the school counsellor was made and she has started. Riley's 2½-year check was not done: the appointment was missed. Jade's first appointment with Talking Therapies was on 03/02/2026.

## 3. Nevaeh and Riley – what they say and how they are

KM saw Nevaeh alone at school on 05/02/2026. Nevaeh said: "Mum's better than before Christmas, she gets up now. I still worry when she goes to the chemist in case she doesn't come back. I like it when Nan picks me up because we go to the park." She scored home 6 out of 10 (4 at conference).

KM saw Riley at home on 06/02/2026. He was clean and dressed, and pulled KM by the hand to show her his new bed. He has very few words for his age. He went to Jade for a cuddle when the doorbell made him jump.

**Agreed actions**

- 3.1 KM to see Nevaeh alone at school every two weeks and at home on the other weeks, and to write down her words and her score on the case file each time.
- 3.2 KM to do three direct-work sessions with Nevaeh using the Three Houses by 27/02/2026, with her drawings shared at core group 3.

## 4. Jade's recovery and health

AH said Jade is on 60ml methadone a day, collected daily from Bridge Street Pharmacy and taken there under supervision. She has been to all her key-work sessions. Her test on 20/01/2026 was positive for heroin; her tests on 27/01 and 03/02 were clear. Jade said the positive test was "one slip" after an argument with Liam on the phone.

LF's email: Jade has had two of her sessions for anxiety and is "engaging well". Jade told the meeting that the sessions help with her panic in shops.

**Agreed actions**

- 4.1 AH to carry on weekly key-work with Jade with a urine test at each session, and to send KM a written report before each core group saying whether Jade is using on top of her script and what that means for her care of Nevaeh and Riley.
- 4.2 JK to go to every key-work session and to collect her methadone every day from Bridge Street Pharmacy; AH's report to show any missed session or collection.
- 4.3 LF (Talking Therapies) to carry on weekly sessions with Jade for her anxiety, 8 more sessions from 12/02/2026, with her attendance shared with KM.
- 4.4 Jade to go to Narcotics Anonymous meetings when she feels ready.

## 5. Health

SN has visited twice. Riley weighs 14.2kg (50th centile). His speech is behind: about 30 words. He has not been to a dentist.

**Agreed actions**

- 5.1 SN to visit Riley at home every four weeks and do his 2½-year check (ASQ-3) by 13/03/2026, sharing the scores and any speech referral with KM.
- 5.2 Riley's dental check to be booked at Pexworth Smile Dental Practice by 27/02/2026, and the appointment letter to be seen by KM at her next visit.

## 6. School and nursery

BL: Nevaeh's attendance is 96% since conference (88% last term). She was late twice. TP: Riley has come to nursery every day since 19/01/2026, and was collected by Carol on Mondays, Wednesdays and Fridays.

**Agreed actions**

- 6.1 BL to send KM Nevaeh's attendance and lateness every Friday and to ring KM the same day if Nevaeh is absent without a reason.
- 6.2 TP to tell KM the same day if Riley is not brought to nursery by 10am or is collected by someone not on his list, and to send KM the sign-in sheet every Friday.
- 6.3 CK to keep an eye on the children after school on the Mondays, Wednesdays and Fridays she collects them.

## 7. Home and money

The lockbox is in the kitchen cupboard; on KM's visit on 06/02/2026 it was locked. Jade has rent arrears of £420 and says she does not open her post.

**Agreed actions**

- 7.1 Family to make sure Jade's methadone is locked in the lockbox every day, out of Riley's reach, with KM checking the lockbox at every visit.
- 7.2 KM to refer Jade to Pexworth Home-Start by 17/02/2026 for a weekly volunteer, and to report at core group 3 that the referral was accepted and the date the volunteer starts.

## 8. Contingency (read out and agreed)

If Jade is found under the influence of drugs or alcohol while caring for the children, tests positive for heroin or another drug not prescribed, or misses two methadone collections in a row, KM (or the Emergency Duty Team) will arrange for Nevaeh and Riley to stay with Carol at 3 Thistle Court that day and will hold a strategy discussion the same day.

If Carol cannot have the children or collect them from school (she is ill or away), KM will arrange for them to be placed with Pexworth foster carers that day.

If Liam is released and comes to 18 Sorrel Walk before a risk assessment has been done, Jade will not let him in and will ring KM or the police.

If Jade has another positive test for heroin before core group 3, or the children are found without a sober adult, KM will ask Dave Ollerton for a legal planning meeting within five working days.

## 9. Dates

- Core group 3: Tuesday 10/03/2026, 1.30pm, Pexworth Family Hub; then every four weeks.
- Review child protection conference: date to be confirmed by the conference team.

There is no separate action list: the agreed actions are the numbered ones under each item above.

Minutes sent on 11/02/2026 to everyone present, LF, and the children's GP (Dr Oyelaran, Sorrel Walk Surgery).
""",
    "findings": [
        F("H001", "carry on weekly sessions with Jade for her anxiety"),
        F("T002", "Jade to go to Narcotics Anonymous meetings when she feels ready."),
        F("M001", "Jade to go to Narcotics Anonymous meetings when she feels ready."),
        F("W001", "Riley's dental check to be booked at Pexworth Smile Dental Practice"),
        F("M002", "CK to keep an eye on the children after school"),
        F("W002", "Family to make sure Jade's methadone is locked in the lockbox"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 6. A long review conference plan (24 actions) for a 6-year-old, a
#    3-year-old and an unborn baby; the father has bipolar disorder and the
#    paternal grandparents help. One landscape table with two levels of
#    banner rows: a stage banner that gives the time ("all by 17/03/2026")
#    and, inside it, "Lead:" banners naming who does the rows under them; a
#    note says a blank When cell takes the stage's time. The last banner,
#    "Also agreed at conference", gives no time. Printed to PDF with a page
#    header and footer. Faults mixed among mostly good rows (pdf)
# ---------------------------------------------------------------------------
_P6_HEAD = ["Ref", "What will happen", "When (blank = the stage's time)", "How we will know"]

PLANS.append({
    "name": "b162_pillingsby_rcpc_stage_and_lead_banners_rowntree.pdf",
    "doc_title": "Child Protection Plan - Harvey, Isla-Rose and unborn baby",
    "split": "tune",
    "actions": 24,
    "landscape": True,
    "font_size": 9.5,
    "min_pages": 3,
    "header": "Pillingsby Metropolitan Borough Council – Child Protection Plan – OFFICIAL-SENSITIVE",
    "footer": "Hale children and unborn baby (Rowntree) – review conference 03/02/2026 – page {PAGE} of {NUMPAGES}",
    "template": "rcpc-plan-with-unborn-baby-word-landscape-printed-to-pdf-header-footer-details-kv-why-still-a-plan-going-well-harveys-words-isla-roses-day-outcomes-numbered-then-one-long-table-ref-what-when-how-well-know-stage-banners-giving-the-time-and-lead-banners-inside-them-giving-the-owner-blank-when-takes-stage-time-also-agreed-banner-with-no-time-then-contingency-meetings",
    "description": (
        "A long first review conference plan for a 6-year-old, a 3-year-old and an unborn baby "
        "(due 14/04/2026); the father has bipolar disorder and stopped his lithium last year, and "
        "the paternal grandparents help. One landscape table, printed to PDF with a header and "
        "footer, has two levels of banner rows: stage banners giving the time (now to 36 weeks, "
        "all by 17/03/2026; birth and the first 14 days at home; until the next review) and "
        "'Lead:' banners inside them naming who does the rows below; a note says a blank When "
        "cell takes the stage's time. Most of its 24 rows are sound. Faults: the community "
        "mental health team's fortnightly support visits to the father with no view on change; "
        "the midwife's 'Monitored' check; an 'All agencies' banner over two rows; routines "
        "sessions 'As and when needed'; under the 'Also agreed at conference' banner, which gives "
        "no time, a housing assessment with no time and a grant application with no measure; an "
        "outcome only about the father's mental health; and a contingency that sends the father "
        "to his parents with no word on what happens if they cannot help."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "First review child protection conference, including the unborn baby"),
        ("kv", [
            ("Children", "Harvey Hale (6, 09/06/2019); Isla-Rose Hale (3, 28/02/2022); unborn baby, due "
                         "14/04/2026"),
            ("Address", "41 Saxby Street, Pillingsby PG7 3NW"),
            ("Parents", "Chelsea Rowntree (26), mother, 30 weeks pregnant; Marcus Hale (29), father"),
            ("Paternal grandparents", "Pauline and Keith Hale, 14 Orchard Rise, Pillingsby"),
            ("Conference", "03/02/2026, chaired by Imran Sheikh. Harvey and Isla-Rose stay on plans (emotional "
                           "abuse, neglect); the unborn baby is added to the plan."),
            ("Social worker", "Amy Clarke, Pillingsby Children's Services, Family Safeguarding Team (team "
                              "manager: Rachel Burrows)"),
        ]),
        ("h1", "Why the children still have a plan"),
        ("p", "Marcus has bipolar disorder. He stopped his lithium in the summer of 2025, and in October he "
              "did not sleep for four days, smashed the television and threw a chair while the children were "
              "in the room; he was admitted to Larchfield Ward for five weeks. Since coming home on 02/12/2025 "
              "he has taken his lithium and seen his care coordinator, but he has missed two blood tests. "
              "Chelsea is pregnant with their third child and is tired and anxious about coping with three "
              "children if Marcus becomes unwell again after the birth, as he did after Isla-Rose was born."),
        ("h1", "What is going well"),
        ("bullets", [
            "Marcus has been well since December and is open with the care coordinator about how he feels.",
            "Harvey's attendance is 97% this term. Isla-Rose started at Rainbow Nursery in January and has "
            "settled well.",
            "Pauline and Keith have the children every Saturday and came to the conference to offer help "
            "after the birth.",
        ]),
        ("h1", "Harvey's words and Isla-Rose's day"),
        ("p", "Harvey (seen alone at school, 27/01/2026): “Daddy was scary when he broke the telly, he had "
              "loud eyes. He's better now. I want the baby to be a boy. I like Saturdays at Grandma's because "
              "we make pizza.” He scored home 7 out of 10."),
        ("p", "Isla-Rose (seen at home, 28/01/2026) was playing with her dolls' house and put the daddy doll "
              "“in the hospital”. She ran to Chelsea when the social worker arrived, then showed her a "
              "painting from nursery. Nursery say she is quiet on Monday mornings."),
        ("h1", "What we want for the children"),
        ("numbers", [
            "Harvey, Isla-Rose and the baby are cared for every day by a parent who is well, and are kept safe "
            "straight away if Marcus becomes unwell.",
            "The baby is born safely, feeds well, sleeps safely on their back and gains weight.",
            "Harvey goes to school every day and has someone to talk to about his worries.",
            "Isla-Rose's speech and play come on and she goes to nursery every session.",
            "Marcus's mental health is stable and he accepts his diagnosis and treatment.",
        ]),
        ("h1", "The plan"),
        ("p", "The plan runs in three stages. A stage banner gives the time for the rows in that stage: where "
              "a row's When cell is blank, the row is due by the stage's time. A “Lead:” banner names who "
              "does the rows under it."),
        ("table", {
            "header": _P6_HEAD,
            "widths": [1.3, 10.4, 5.6, 8.4],
            "rows": [
                ["STAGE 1 – Now until 36 weeks of pregnancy: all by 17/03/2026 unless the row gives its own time",
                 H, H, H],
                ["Lead: Pillingsby Children's Services – Amy Clarke, social worker", H, H, H],
                ["1.1", "Visit the home, seeing Harvey and Isla-Rose each time and Harvey alone at least every "
                        "other visit", "Weekly",
                 "Visit record names each child seen and gives Harvey's own words"],
                ["1.2", "Update the pre-birth assessment with the CMHT's relapse plan and with what Pauline and "
                        "Keith can offer after the birth", "",
                 "Updated assessment shared with Chelsea, Marcus and the core group"],
                ["1.3", "Hold a family network meeting to write the family's plan for the birth and the first "
                        "weeks at home", "By 03/03/2026",
                 "Family plan signed by everyone who came, on the case file"],
                ["Lead: Pillingsby Community Mental Health Team – Gavin Reilly, care coordinator (consultant "
                 "psychiatrist: Dr Tunde Nwosu)", H, H, H],
                ["1.4", "Fortnightly visits to Marcus to support him with his mood and his medication",
                 "Fortnightly",
                 "Each contact recorded on the CMHT record and shared with the SW"],
                ["1.5", "Assess whether Marcus can spot his early relapse signs and act on them, and how likely "
                        "he is to stay well after the birth, with the timescale; write his relapse plan for the "
                        "birth", "By 10/03/2026",
                 "Written assessment and relapse plan sent to the SW and the safeguarding midwife"],
                ["Lead: Pillingsby Hospitals Maternity – Lorna Baines, safeguarding midwife", H, H, H],
                ["1.6", "Monitor Chelsea's wellbeing and the baby's growth at her antenatal appointments",
                 "At each antenatal appointment",
                 "Monitored"],
                ["1.7", "Write the birth plan with a safeguarding alert and share it with the labour ward and "
                        "the SW", "By 03/03/2026",
                 "Alert on the maternity system; copy of the birth plan on the case file"],
                ["Lead: Brook Lane Primary – Mr Neil Sutton, designated safeguarding lead", H, H, H],
                ["1.8", "Check Harvey's attendance each morning and ring the SW the same day if he is absent "
                        "without a reason", "Every school day",
                 "Attendance email to the SW each Friday; attendance at 95% or more"],
                ["1.9", "ELSA sessions with Harvey about his worries at home and about the new baby",
                 "Weekly from 09/02/2026",
                 "Harvey's worry scale recorded at each session and shared with the SW each half term"],
                ["Lead: Marcus Hale (father)", H, H, H],
                ["1.10", "Take his lithium every day and go to every CMHT appointment and blood test",
                 "Every day",
                 "Lithium levels in range at every blood test; CMHT record shows no missed appointment"],
                ["Lead: Pauline and Keith Hale (paternal grandparents)", H, H, H],
                ["1.11", "Have Harvey and Isla-Rose at 14 Orchard Rise so that Chelsea can rest",
                 "Every Saturday, 10am to 4pm",
                 "Pauline texts the SW each Saturday when the children arrive and when they go home"],
                ["STAGE 2 – Birth and the first 14 days at home (from the birth until 14 days after discharge)",
                 H, H, H],
                ["Lead: Pillingsby Hospitals Maternity – Lorna Baines, safeguarding midwife", H, H, H],
                ["2.1", "Hold a discharge planning meeting on the ward with the SW, the health visitor, Chelsea "
                        "and Marcus", "Before discharge",
                 "Discharge plan signed and sent to the core group before the baby goes home"],
                ["Lead: Pillingsby Children's Services – Amy Clarke, social worker", H, H, H],
                ["2.2", "Visit the baby, Harvey and Isla-Rose at home",
                 "Within 24 hours of discharge, then twice a week",
                 "Visit record for each visit, including where the baby sleeps and how the baby is fed"],
                ["Lead: Pillingsby 0-19 Service – Ravi Dutta, health visitor", H, H, H],
                ["2.3", "New birth visit: weigh the baby and check feeding and safe sleep",
                 "Day 10 to 14 after the birth",
                 "Weight in the red book; new birth visit notes sent to the SW"],
                ["Lead: Pauline Hale (paternal grandmother)", H, H, H],
                ["2.4", "Stay overnight at 41 Saxby Street to help with night feeds and be there if Marcus "
                        "becomes unwell", "Every night for the first 14 nights at home",
                 "Night feed chart filled in each night and seen by the health visitor and the SW"],
                ["Lead: All agencies", H, H, H],
                ["2.5", "Tell the SW the same day of any sign that Marcus is becoming unwell", "Same day",
                 "Each call logged on the case file"],
                ["2.6", "Share any missed appointment for Chelsea, Marcus or the children with the SW",
                 "Within 24 hours",
                 "Missed appointments logged by the SW"],
                ["STAGE 3 – From 14 days after discharge until the review conference on 28/07/2026", H, H, H],
                ["Lead: Pillingsby Children's Services – Amy Clarke, social worker", H, H, H],
                ["3.1", "Visit the home and see all three children, one visit in three unannounced", "Weekly",
                 "Visit records describe each child's day and give Harvey's words"],
                ["Lead: Pillingsby Family Hub – Kerry-Ann Frost, family support worker", H, H, H],
                ["3.2", "Routines and safe sleep sessions with Chelsea at home with all three children",
                 "As and when needed",
                 "Routine chart kept on the fridge; safe sleep checklist signed at each session"],
                ["Lead: Pillingsby 0-19 Service – Ravi Dutta, health visitor", H, H, H],
                ["3.3", "Visit the baby at home, weigh the baby and check development, and check Isla-Rose's "
                        "speech", "Every two weeks until the baby is 12 weeks old, then monthly",
                 "Weights plotted in the red book on or near the birth centile; visit notes sent to the SW"],
                ["Lead: Pillingsby Community Mental Health Team – Gavin Reilly, care coordinator", H, H, H],
                ["3.4", "Report to each core group on whether Marcus is keeping to his relapse plan, whether "
                        "he can care for the children safely, and how long any further change is likely to take",
                 "Two working days before each core group",
                 "Written report on the case file"],
                ["Lead: Rainbow Nursery – Mrs Leah Brook, manager", H, H, H],
                ["3.5", "Give Isla-Rose her funded place and ring the SW by 10am if she is not brought",
                 "Monday to Wednesday mornings",
                 "Nursery register sent to the SW each Friday"],
                ["ALSO AGREED AT CONFERENCE", H, H, H],
                ["4.1", "Pillingsby Homes (Dean Ashby, housing officer) to assess the family's priority for a move "
                        "to a three-bedroom house", "",
                 "Banding decision letter sent to Chelsea and the SW"],
                ["4.2", "Chelsea to apply for the Sure Start Maternity Grant and Healthy Start vouchers",
                 "By 17/03/2026", ""],
            ],
        }),
        ("h1", "Contingency plan"),
        ("bullets", [
            "If Marcus shows his early relapse signs (sleeping less than four hours on two nights running, "
            "talking very fast, spending money he does not have, or missing his lithium), whoever notices rings "
            "Gavin Reilly, or the Pillingsby Crisis Team out of hours, that day. Marcus will go to stay with "
            "Pauline and Keith at 14 Orchard Rise until the crisis team has seen him, and Chelsea will care for "
            "the children at home.",
            "If Marcus is aggressive or threatening at home, Chelsea will take the children to her bedroom and "
            "ring 999, and Amy (or the Emergency Duty Team) will hold a strategy discussion with Pillingsby "
            "Police the same day.",
            "If Marcus stops his lithium, becomes unwell while caring for the children, or the CMHT's "
            "assessment due by 10/03/2026 says he is unlikely to stay well after the birth, Amy will ask "
            "Rachel Burrows for a legal planning meeting within five working days.",
        ]),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks at Pillingsby Family Hub, 10am: 17/02/2026, 17/03/2026, then every "
            "four weeks after the birth, with the dates set at the 17/03/2026 meeting.",
            "Next review child protection conference: 28/07/2026, 2pm, Pillingsby Town Hall.",
        ]),
    ],
    "findings": [
        F("H001", "Fortnightly visits to Marcus to support him with his mood"),
        F("M002", "Monitor Chelsea's wellbeing and the baby's growth at her antenatal"),
        F("W002", "Tell the SW the same day of any sign that Marcus"),
        F("W002", "Share any missed appointment for Chelsea, Marcus or the children"),
        F("T002", "Routines and safe sleep sessions with Chelsea at home"),
        F("T001", "to assess the family's priority for a move"),
        F("M001", "Chelsea to apply for the Sure Start Maternity Grant"),
        F("F002", "Marcus's mental health is stable and he accepts his diagnosis and treatment."),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Review conference plan for three children living with their widowed
#    father, who drinks; an aunt helps. Markdown goals, each with a goal
#    lead and a goal check, then nested bullets: a bold step, its Who / When
#    / How we'll know lines, and under some steps a "What this means" list
#    of details. A note says a step with no Who line is the goal lead's.
#    Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b162_pennockfield_rcpc_goals_steps_nested_bullets_ashworth.md",
    "split": "tune",
    "actions": 13,
    "template": "rcpc-plan-md-bold-details-whos-who-bullets-why-still-a-plan-what-has-got-better-what-the-children-say-how-to-read-then-h3-goals-with-goal-lead-and-goal-check-lines-nested-bullets-bold-step-then-who-when-how-well-know-sub-bullets-and-what-this-means-detail-sub-sub-bullets-step-without-who-is-goal-leads-then-if-things-go-wrong-meetings",
    "description": (
        "Exemplary first review conference plan for a 14-year-old, a 10-year-old and a 4-year-old "
        "who live with their father since their mother died; he has been drinking heavily and "
        "the eldest has been missing school to look after the youngest; their aunt helps at "
        "weekends. Markdown in three levels: goals (each with a goal lead and a goal check), "
        "bold numbered steps with Who / When / How we'll know sub-bullets, and under some steps "
        "a 'What this means' list of details that belong to the step; a note says a step with no "
        "Who line is the goal lead's. The recovery service reports on the father's capacity to "
        "stay sober, the GP owns a step, the aunt's part has a fallback, legal planning follows "
        "named triggers, core group and review dates are set, and each child's words are "
        "recorded."
    ),
    "text": """\
# Pennockfield Council – Children's Services

## Child Protection Plan – agreed at the first review conference

**Children:** Sienna Ashworth (14, 11/03/2011), Ethan Ashworth (10, 02/07/2015), Theo Ashworth (4, 19/10/2021)
**Address:** 7 Quarry Lane, Pennockfield PK2 6RA
**Lives with:** Tom Ashworth (41), their father
**Conference:** 20/01/2026, chaired by Sue Lanyon. The children stay on child protection plans (neglect).
**Social worker:** Hannah Pryce, Pennockfield Children's Services (team manager: Gareth Moyle)

## Who's who

- **Tom** – the children's dad.
- **Rachel Ashworth** – Tom's sister, the children's aunt, 2 Hollins Court, Pennockfield.
- **Hannah Pryce** – social worker.
- **Carl Jennings** – recovery worker, Pennockfield Recovery Service (drug and alcohol service).
- **Dr Amira Lewis** – GP, Harbour Road Surgery.
- **Mrs Efua Asante** – designated safeguarding lead, Pennockfield High School (Sienna).
- **Miss Laura Clarke** – ELSA, Trevose Primary (Ethan).
- **Mrs Gill Kemp** – manager, Little Gulls Nursery (Theo).
- **Sam Oduya** – family support worker, Pennockfield Family Help.

## Why the children still have a plan

The children's mum, Joanne, died in March 2025. Since then Tom has been drinking most evenings, often a litre of cider and half a bottle of vodka. At the initial conference in October 2025 Sienna had missed 40% of school, mostly to take Theo to nursery and collect him, and twice Theo had been found by a neighbour in the street in his pyjamas. Tom started at Pennockfield Recovery Service in November. He says he has cut down, and his last three breath tests were clear, but Hannah found empty bottles in the recycling on 08/01/2026.

## What has got better

- Tom has been to nine of his ten Recovery sessions and has been honest about two bad weekends.
- Sienna's attendance this half term is 89% (61% last term).
- The house is warmer and cleaner, and there is food in the cupboards at every visit.
- Rachel has had Ethan and Theo every Saturday night since November.

## What Sienna, Ethan and Theo say

- **Sienna** (seen alone at school, 13/01/2026): "I don't mind helping with Theo but I want to be normal and go to school. Dad's better, but I can tell when he's had a drink because he goes quiet and sad. I miss Mum all the time."
- **Ethan** (seen alone at school, 13/01/2026): "I like it when Auntie Rachel has us. Dad cries sometimes. I want to talk about Mum but it makes Dad sad." He scored home 6 out of 10.
- **Theo** (seen at home, 14/01/2026) showed Hannah his drawing of "Mummy in the stars". He sat on Tom's knee for a story and said "Daddy not poorly today".

## How to read the plan

The plan has three goals. Each goal has a **goal lead** and a **goal check** (how we will know the goal has been met). Each numbered step has its own Who, When and How we'll know. **A step with no "Who" line is done by the goal lead.** The "What this means" points under a step are details of that step, not extra steps.

## The plan

### Goal 1 – Sienna, Ethan and Theo are cared for every day and night by a sober adult

*Goal lead:* Hannah Pryce, social worker.
*Goal check:* every breath test clear at Recovery sessions and Hannah's visits; no bottles found in the house; the children say at visits that Dad has not been drinking.

- **1.1 Tom will drink no alcohol at all while the children are in his care.**
  - Who: Tom
  - When: every day, from 20/01/2026
  - How we'll know: breath test reads zero at every Recovery session and every one of Hannah's visits; Hannah checks the recycling at each visit.
- **1.2 Key-work with Tom, with breath tests, and a written report on whether he is staying sober, whether he can keep it up, and how long it is likely to take before the children are safe without a plan.**
  - Who: Carl Jennings, Pennockfield Recovery Service
  - When: weekly from 21/01/2026; report three working days before each core group
  - How we'll know: Carl's written report, with breath test results, on the case file before every core group.
- **1.3 Visit the children at home, one visit in three unannounced and one in four in the evening.**
  - When: weekly until the next review conference
  - How we'll know: a visit record for every visit, with what each child said and what Hannah saw.
  - What this means:
    - see each child alone at least once a month;
    - check the fridge, the cupboards and the recycling;
    - ask Theo's nursery and Ethan's school before each visit if anything has worried them.
- **1.4 Rachel will have Ethan and Theo at 2 Hollins Court from Friday evening to Saturday teatime, so that Tom can go to his SMART Recovery meeting on Friday night.**
  - Who: Rachel Ashworth (aunt)
  - When: every Friday 5pm to Saturday 5pm
  - How we'll know: Rachel texts Hannah on Saturday morning; Tom's SMART attendance is in Carl's report.
- **1.5 Check Tom's liver tests and his general health, and write to Hannah about any drinking-related harm.**
  - Who: Dr Amira Lewis, GP
  - When: blood tests by 13/02/2026, then every eight weeks
  - How we'll know: GP letter with the results on the case file by 20/02/2026 and after each test.

### Goal 2 – Sienna can be a 14-year-old at school, not Theo's carer

*Goal lead:* Mrs Efua Asante, designated safeguarding lead, Pennockfield High School.
*Goal check:* Sienna's attendance at 95% or more by the next review; no days missed to look after Theo.

- **2.1 Check Sienna's attendance each morning and ring Hannah the same day if she is not in school.**
  - When: every school day
  - How we'll know: attendance sheet sent to Hannah every Friday; calls logged on CPOMS.
- **2.2 Young carers assessment with Sienna, and a place in the Thursday group.**
  - Who: Jo Tremayne, Pennockfield Young Carers
  - When: assessment by 27/02/2026; group every Thursday from 05/03/2026
  - How we'll know: assessment and Sienna's own young carer plan shared with her and Hannah; group register.
- **2.3 Take Theo to nursery and collect him himself, or ask Rachel, so that Sienna never has to.**
  - Who: Tom
  - When: every weekday from 26/01/2026
  - How we'll know: the nursery sign-in sheet, sent to Hannah each Friday, shows Tom or Rachel dropping off and collecting Theo.
  - What this means:
    - Sienna's name comes off Theo's collection list from 26/01/2026.
- **2.4 Weekly check-in with Sienna about home, school work and her mum.**
  - Who: Mr Dale Hicks, head of Year 9, Pennockfield High School
  - When: every Wednesday from 21/01/2026
  - How we'll know: Sienna's own score out of 10 for the week, written down by Mr Hicks and sent to Hannah every two weeks.

### Goal 3 – Ethan and Theo are healthy, have a routine, and are helped with losing their mum

*Goal lead:* Hannah Pryce, social worker.
*Goal check:* both boys' health checks done; the routine chart kept on at least 5 days out of 7; Ethan's own feelings score recorded each week.

- **3.1 Eight home sessions with Tom on meals, bedtimes and the morning routine, with a routine chart for Ethan and Theo.**
  - Who: Sam Oduya, Pennockfield Family Help
  - When: weekly from 02/02/2026
  - How we'll know: the routine chart, checked by Sam at each session, is kept on 5 days out of 7 by the sixth session.
- **3.2 Take Ethan and Theo to the dentist and Ethan to the optician.**
  - Who: Tom
  - When: by 27/02/2026
  - How we'll know: appointment letters seen by Hannah at her next visit.
- **3.3 Weekly ELSA sessions with Ethan about losing his mum and his worries about his dad.**
  - Who: Miss Laura Clarke, Trevose Primary
  - When: every Tuesday from 27/01/2026, for twelve weeks
  - How we'll know: Ethan's own feelings score written down at each session and shared with Hannah every four weeks.
- **3.4 Tell Hannah the same day if Theo is not brought by 9.30am, is collected by Sienna or anyone not on his list, or seems unwell or hungry.**
  - Who: Mrs Gill Kemp, Little Gulls Nursery
  - When: every nursery day
  - How we'll know: nursery register and a note of every call, sent to Hannah each Friday.

## If things go wrong

- If Tom drinks while caring for the children, a breath test is not clear, or the children are found without a sober adult, Hannah (or the Emergency Duty Team) will arrange for Rachel to collect the children that day and keep them at 2 Hollins Court. If Rachel cannot have them, Hannah will place them with Pennockfield foster carers the same day.
- If Rachel cannot have Ethan and Theo on a Friday, Tom will go to the Tuesday lunchtime SMART meeting that week instead, while the boys are at school and nursery, and will not go out on the Friday.
- If Sienna misses a day of school to look after Theo, Mrs Asante rings Hannah that day and Hannah visits that evening.
- If Tom drinks while caring for the children again, or Carl's report says he is not able to stay sober, Hannah will ask Gareth Moyle for a legal planning meeting within five working days.

## Meetings

- Core group every four weeks at Pennockfield Family Hub, 4pm: 03/02/2026, 03/03/2026, 31/03/2026, 28/04/2026, 26/05/2026 and 23/06/2026.
- Next review child protection conference: 21/07/2026, 10am, Pennockfield Civic Centre.
""",
    "findings": [],
})
