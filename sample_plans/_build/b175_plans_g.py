"""Batch 175, module g: seven fictional plans (held-out material), places beginning with "g".

Everything here is made up: children, families, professionals, services,
schools, hospitals, police forces and councils. Labels were written by hand
from docs/rules.md and the labelling conventions in sample_plans/README.md,
without running planlint or reading its code.

Focus: when and how we will know, given once for many actions, wherever the
writer's template puts it. Each plan is in a template of its own, and in
each many actions take their time or their check from somewhere other than
their own sentence or row: a "Timescale for this part" line under a dated
part heading and a "How we will know" list keyed by step number; banner rows
over a table with no When column, and "How we will know" cells merged down
several rows; a "When" calendar and a "How we'll know" list, both keyed by
action number, apart from the numbered actions; a "By when" and a "We'll know
it's working when" line under each safety goal; a closing line ("Each of the
above to be done by 36 weeks ... unless its line gives its own time"), an
opening line ("All of the following start on the day baby comes home and run
until the review conference ...") and one "How we will know" line per part
naming the items it covers; a "When" and a "How we'll know" line under each
outcome heading; a When column merged down over rows that share an event in
the children's week ("Before each contact", "At every nursery session",
"The first school day after each contact"). Actions that give their own
rhythm or check follow it. In the four faulty plans a few actions have only a
vague time of their own ("Ongoing, as needed", "when he feels ready", "when
she is able", a calendar entry "Ongoing"), sit under a heading or banner with
no time ("Also agreed at the conference", "Other things agreed"), or share a
check that cannot be observed ("reviewed at core group", "improvement in
Tia's and Callum's mood", "monitored by the GP"), or are left out of the part
check or keyed lists that cover the actions around them.

1. an initial conference plan for a 7-year-old and a 2-year-old (neglect,
   their father's drinking, their mother's evening shifts), the action plan
   in three dated parts, each opening with a "Timescale for this part" line
   and closing with a "How we will know" list keyed by step (docx,
   exemplary);
2. a review conference plan for an 11-year-old and a 5-year-old whose mother
   has depression and took an overdose at home, a landscape table with no
   When column whose banner rows time the rows under them and whose "How we
   will know" cells are merged down over two or three rows, page header and
   footer (pdf): faults are the family support worker's own "Ongoing, as
   needed", the Reception teacher's and school nurse's rows sharing a merged
   "reviewed at core group", the care coordinator only supporting the mother
   with her medication and mood, the GP's CAMHS referral under an "Also
   agreed at the conference" banner with no time, and no legal planning
   (T002, M002 x2, H001, T001, R002);
3. a core group plan for a 4-year-old and a 7-month-old (neglect, faltering
   weight, a cold flat), numbered actions with a separate "When" calendar
   and a "How we'll know" list, both keyed by action number (md): faults are
   the GP's check "monitored by the GP", "Family" owning the
   help with shopping and cooking, timed "Ongoing" in the calendar, with no
   fallback if that help stops, and the Freedom Programme item that neither
   the calendar nor the checks list (M002, W002, T002, C003, T001, M001);
4. a Signs of Safety plan for a 9-year-old and a 4-year-old after domestic
   abuse, four safety goals each with one "By when" and one "We'll know it's
   working when" line shared by the next steps under it (md, exemplary);
5. a pre-birth plan as plain text for an unborn girl (her mother's
   depression and past self-harm, her father's cannabis), in three parts
   timed by a closing or an opening line, each with one "How we will know"
   line naming the items it covers, then "Other things agreed" (txt):
   faults are the perinatal nurse's sessions that only help with the
   mother's low mood, the father stopping cannabis "when he feels ready",
   the health visitor's "keep an eye on" bonding, which the Part 3 check
   leaves out, the Dads to Be group with no time or check, and an outcome
   about the mother's mental health only (H001, T002, M002, T001, M001,
   F002);
6. a review conference plan for a 14-year-old young carer and a
   10-year-old (neglect, their mother's drinking), each outcome a heading
   with one "When" and one "How we'll know" line shared by the bullets
   under it (docx): faults are the mother taking over the morning jobs "when
   she is able", the school nurse's and learning mentor's sessions under an
   outcome checked only by "improvement in Tia's and Callum's mood", the
   uncle's help with the bills under "Other things agreed" with no time, the
   mother's drinking with no adult service owning an action, and the next
   review conference "to be confirmed" (T002, M002 x2, T001, F004, R001);
7. a core group plan for an 8-year-old and a 3-year-old after domestic
   abuse, a landscape table whose When column is merged down over the rows
   that share an event in the children's week, page header and footer (pdf,
   exemplary).

Three plans (1, 4 and 7) are exemplary: every action has a named owner, a
real timescale (its own, or its part's, goal's or merged cell's) and
something that can be seen, counted or read (its own, or keyed or shared
explicitly); every outcome is about the children; each contingency has
specific triggers and protective responses and says what happens if a
relative's help fails; each records the children's words or a young child's
observed day, core group dates and a dated review conference, and legal
planning after named triggers; in plan 1 the drug and alcohol service owns
actions and reports on the father's capacity to change. No adult mental
health service appears in them.

Counting convention used for "actions" (README convention 1): each numbered
step, numbered item, bullet or next step of an action part, and each row of
an action table (banner rows excepted), counts once, whatever number of
sentences it holds. Part, outcome and goal headings, "Timescale for this
part", "By when", "When" and "How we will know" lines, keyed check lists and
calendars (which only give times and checks to actions by number), notes
above tables, details, worries, what is going well, scaling, the children's
words, outcomes, the contingency and meeting dates are not actions.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. Initial conference plan, neglect and a father's drinking. The action
#    plan is in three dated parts; each part opens with a "Timescale for this
#    part" line, holds numbered steps (A1, B1...) with the lead named in each,
#    and closes with a "How we will know" list keyed by step number.
#    Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b175_gannerdale_icpc_dated_parts_timescale_line_checks_by_step_reilly.docx",
    "doc_title": "Child Protection Plan - Niamh and Rory Reilly",
    "split": "heldout",
    "actions": 15,
    "template": "icpc-plan-docx-kv-details-why-worried-going-well-what-niamh-says-and-rorys-day-numbered-outcomes-then-action-plan-in-three-dated-parts-each-opening-with-a-timescale-for-this-part-line-then-lettered-step-paragraphs-lead-named-in-each-then-a-how-we-will-know-list-keyed-by-step-then-if-things-go-wrong-core-group-review",
    "description": (
        "Exemplary initial conference plan for a 7-year-old and a 2-year-old living with neglect: their "
        "father drinks most days and was twice in charge of them while drunk, and their mother works "
        "evening shifts. The action plan is in three parts (to the first core group, weeks 3 to 12, "
        "before the review conference); each part opens with a 'Timescale for this part' line that "
        "times every step in it unless a step gives its own rhythm ('at every nursery session', 'on "
        "any day Niamh is absent', 'every fortnight'), and closes with a 'How we will know' list keyed "
        "by step number. The drug and alcohol service reports on the father's capacity to change, the "
        "grandmother's evenings have a fallback, legal planning follows named triggers, and core group "
        "and review dates are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Gannerdale Borough Council, Children's Services - Safeguarding and Family Help (North)"),
        ("kv", [
            ("Children", "Niamh Reilly, born 11/06/2018 (7, Year 3 at Copperfield Road Primary School); "
                         "Rory Byrne-Reilly, born 02/09/2023 (2 years 4 months, Bramblewick Day Nursery, "
                         "Monday to Friday mornings)"),
            ("Address", "14 Saddler's Walk, Gannerdale GN4 7RT"),
            ("Mother", "Shauna Reilly (29), care assistant at Oakridge Care Home, evening shifts"),
            ("Father", "Declan Byrne (33), father of both children, lives at home"),
            ("Maternal grandmother", "Teresa Reilly (Nan Tess), 3 Mill Bank, Gannerdale"),
            ("Category", "Neglect (both children)"),
            ("Initial conference", "Monday 19/01/2026, chaired by Farida Haq (Independent Reviewing Officer)"),
            ("Social worker", "Kate Marsh, Safeguarding Team North (team manager: Owen Pritchard)"),
        ]),
        ("h1", "Why we are worried"),
        ("p", "Declan drinks most days, usually three or four litres of strong cider, and he is the adult "
              "at home with the children on the three evenings a week that Shauna works. On 04/12/2025 he "
              "came to collect Rory from Bramblewick Day Nursery smelling of alcohol and unsteady on his "
              "feet; the nursery did not hand Rory over and rang Shauna. On 28/12/2025 at 8.40pm the police "
              "found Niamh in the street in her pyjamas looking for her dad, who had gone to the Railway "
              "Inn; Rory was asleep in the house on his own."),
        ("p", "At three visits since November there was little food in the house, dog mess on the kitchen "
              "floor and no clean bedding on the children's beds. Rory has missed his 2-year health review "
              "twice, has not seen a dentist and has two decayed front teeth. Niamh was in school for 83% "
              "of the autumn term and was late 19 times."),
        ("h1", "What is going well"),
        ("bullets", [
            "Shauna has been honest about how things are at home, and she rang the nursery herself to ask "
            "them never to hand Rory to Declan if he has been drinking.",
            "Declan asked for his own referral to Gannerdale Recovery Partnership on 06/01/2026 and says he "
            "wants to stop before he loses the children.",
            "Nan Tess lives ten minutes away, sees the children most days and has offered to have them on "
            "Shauna's work evenings.",
            "Niamh reads well for her age and loves swimming. Nursery say Rory is chatty and happy once he "
            "has settled in the morning.",
        ]),
        ("h1", "What Niamh says, and Rory's day"),
        ("p", "Niamh (seen on her own at school by Kate, 13/01/2026): \"When Daddy has his cans he falls "
              "asleep on the settee and I can't wake him up.\" \"I like it when Nan does my hair for school.\" "
              "Her three wishes were a bed with a curtain round it, for her dad to stop the cans, and to go "
              "swimming every Saturday. She scored feeling safe at home 4 out of 10."),
        ("p", "Rory cannot yet tell us in words. At nursery (seen by Kate on 14/01/2026) he ran to the "
              "breakfast table as soon as he arrived and ate two bowls of cereal; his key person says he "
              "often arrives hungry and in yesterday's nappy. At home he follows Niamh everywhere and holds "
              "her hand when Declan raises his voice."),
        ("h1", "What we want for Niamh and Rory"),
        ("numbers", [
            "Niamh and Rory are always looked after by a sober adult, and are never left alone or without "
            "an adult who knows where they are.",
            "They have regular meals, clean clothes and a clean, safe home every day.",
            "Rory's health review, teeth and nursery place are kept up, so that he is healthy and ready to "
            "learn.",
            "Niamh is in school every day and on time, and says she feels safe at home.",
        ]),
        ("h1", "The action plan"),
        ("p", "The plan is in three parts. Each part starts with a line that says when everything in it "
              "will happen; a step that gives its own day or rhythm follows that instead. Each part ends "
              "with a list, step by step, of what the core group will see to know the step has been done "
              "and is working."),
        ("h2", "Part A - From this conference to the first core group (19/01/2026 to 02/02/2026)"),
        ("boldp", "Timescale for this part: every step in Part A is to be done by the first core group on "
                  "Monday 02/02/2026."),
        ("pi", "A1. Declan will go to his assessment appointment at Gannerdale Recovery Partnership, "
               "Station Road, and agree a recovery plan with his worker there."),
        ("pi", "A2. Kate Marsh, social worker, will agree a written safety plan with Shauna and Declan: no "
               "alcohol kept in the house, Declan never in sole charge of the children after a drink, and "
               "who looks after them on each of Shauna's work evenings."),
        ("pi", "A3. Shauna will book Rory's 2-year health review at Mill Street Clinic and his first check "
               "with the Gannerdale Community Dental Service, and write both dates in his red book."),
        ("pi", "A4. Kate Marsh will refer the family to the Gannerdale Family Help Team for a family support "
               "worker, sending the conference's worries and outcomes with the referral."),
        ("boldp", "How we will know (Part A)"),
        ("bullets", [
            "A1: a letter from the Recovery Partnership to Kate confirming that Declan came to the "
            "assessment, with a copy of his recovery plan.",
            "A2: the safety plan, signed by Shauna and Declan, on the file and copied to the school, the "
            "nursery and Nan Tess.",
            "A3: both appointment dates written in Rory's red book and seen by Kate, each date no later "
            "than 13/03/2026; the results then come in Aisha's health report (C3).",
            "A4: the Family Help Team's e-mail accepting the referral and naming the family support worker.",
        ]),
        ("h2", "Part B - Weeks 3 to 12 (02/02/2026 until the review conference on 14/04/2026)"),
        ("boldp", "Timescale for this part: every step in Part B happens every week from 02/02/2026 until "
                  "the review conference, unless the step gives its own rhythm."),
        ("pi", "B1. Kate Marsh will visit the home and see Niamh and Rory, seeing Niamh on her own at least "
               "every other visit. One visit in three will be unannounced, including at least one evening "
               "visit a month while Shauna is at work."),
        ("pi", "B2. Jo Whitlow, recovery worker at Gannerdale Recovery Partnership, will see Declan for a "
               "key-work session on his drinking, with a breath test at every session, and write to Kate "
               "before each core group saying whether he is cutting down, whether he can stay sober when "
               "he is caring for the children, and how long the change is likely to take."),
        ("pi", "B3. Declan will go to every key-work session and keep the house free of alcohol, as the "
               "safety plan says."),
        ("pi", "B4. Leah Crowther, family support worker, Gannerdale Family Help Team, will spend two "
               "sessions a week at home with Shauna and Declan on meals, the children's bedtimes and "
               "keeping the kitchen, bathroom and bedrooms clean, using the home conditions checklist."),
        ("pi", "B5. Teresa Reilly (Nan Tess) will have Niamh and Rory at her house on each of Shauna's work "
               "evenings (Tuesday, Thursday and Saturday), from 4pm until Shauna collects them after her "
               "shift."),
        ("pi", "B6. Bramblewick Day Nursery (Helen Adeyemi, manager) will check who collects Rory at every "
               "nursery session, and will not hand him to anyone who seems to have been drinking."),
        ("pi", "B7. Tom Ellery, designated safeguarding lead at Copperfield Road Primary, will ring home by "
               "9.30am on any day Niamh is absent, and tell Kate the same day if no good reason is given."),
        ("pi", "B8. Aisha Kamara, health visitor, Gannerdale 0-19 Service, will see Rory at home every "
               "fortnight, weigh him, and help Shauna with brushing his teeth twice a day and a bedtime "
               "routine."),
        ("boldp", "How we will know (Part B)"),
        ("bullets", [
            "B1: Kate's visit records on the file within two working days of each visit, saying what Niamh "
            "said when seen on her own, her safe-at-home score out of 10, what food was in and where each "
            "child slept.",
            "B2 and B3: Jo's letter before each core group, with the dates Declan came and every breath "
            "test reading; every reading 0.00 from 02/03/2026 on.",
            "B4: the home conditions checklist, scored out of 20 by Leah at every session and by Kate at her "
            "visits; a score of 16 or more, agreed by both, on four visits running before the review "
            "conference.",
            "B5: Nan Tess's diary of the times the children arrive and are collected, read by Kate at each "
            "visit.",
            "B6: the nursery's collection log, checked by Aisha once a month; any refused handover rung "
            "through to Kate (or the Emergency Duty Team) the same day.",
            "B7: the register and first-day call log, e-mailed to Kate every Friday; Niamh in school for at "
            "least 95% of sessions and late no more than once a fortnight.",
            "B8: Rory's weights and his tooth-brushing chart in the red book, read by Aisha at each visit "
            "and summed up in her report to each core group.",
        ]),
        ("h2", "Part C - Reports for the review conference"),
        ("boldp", "Timescale for this part: every report reaches Farida Haq (chair) and is shared with "
                  "Shauna and Declan by Tuesday 31/03/2026, two weeks before the review conference."),
        ("pi", "C1. Kate Marsh will complete the child and family assessment, with Niamh's and Rory's "
               "experience of the plan, and a recommendation to the review conference."),
        ("pi", "C2. Jo Whitlow will write a report on Declan's drinking since January: his breath tests, "
               "whether he can stay sober, and how long he would need to make the change safely for the "
               "children."),
        ("pi", "C3. Aisha Kamara will write a health report on Rory, with his weight, the result of his "
               "2-year review (ASQ-3 scores) and what the dentist found."),
        ("boldp", "How we will know (Part C)"),
        ("bullets", [
            "C1 to C3: each report in the chair's inbox by 31/03/2026, with its recommendation, and a "
            "note on the file of the day it was read through with Shauna and Declan.",
        ]),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Declan is drunk while he is the only adult with the children, or comes to school or nursery "
            "to collect a child after drinking: the school or nursery keeps the child and rings Shauna and "
            "Kate (the Emergency Duty Team out of hours). Declan leaves the house that day and stays with "
            "his brother, Conor Byrne, at 27 Kiln Road, until the strategy discussion that Kate holds the "
            "same day decides what happens next. Kate asks Owen Pritchard for a legal planning meeting "
            "within five working days.",
            "If Niamh or Rory is found alone, or out after dark without an adult: Shauna or whoever finds "
            "them rings 999, the children stay at Nan Tess's that night, and Kate holds a strategy "
            "discussion the same day.",
            "If Nan Tess cannot have the children on a work evening (she is ill, away, or it becomes too "
            "much for her), she or Shauna rings Kate that day. Shauna will not go to work that evening; her "
            "manager at Oakridge agreed on 15/01/2026 that she can swap shifts at short notice. If Nan Tess "
            "cannot carry on at all, Kate will agree another carer with Shauna within five working days, "
            "and until then Shauna works day shifts only.",
            "If the home conditions score is below 12 at the second core group (02/03/2026), if any breath "
            "test after 02/03/2026 is not 0.00, or if the review conference finds the plan has not made "
            "enough progress, Kate will ask for a legal planning meeting to decide whether to start the "
            "Public Law Outline.",
        ]),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group: every four weeks, Mondays at 10am at Copperfield Road Primary School, on "
            "02/02/2026, 02/03/2026 and 30/03/2026.",
            "Review child protection conference: Tuesday 14/04/2026 at 1.30pm, Gannerdale Civic Centre.",
        ]),
        ("p", "Plan agreed at the conference on 19/01/2026. Copies to Shauna, Declan and every agency named "
              "above on 20/01/2026."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Review conference plan, a mother's depression after an overdose and a
#    father's past violence. Landscape table with no When column: three
#    banner rows give the time of the rows under them, and some "How we will
#    know" cells are merged down over two or three rows. Page header and
#    footer. Faulty (pdf)
# ---------------------------------------------------------------------------
_PEMBERTON_ROWS = [
    ["Part 1 - Now until the first core group: every row in this part is done by Wednesday 18/02/2026",
     H, H, H],
    ["1", "Agree a written safety plan with Kerry, Jayden and Lacey: who Jayden rings if Mum is unwell, "
          "who collects Lacey from school on a day Kerry cannot, and where the spare key is kept.",
     "Hannah Greaves, social worker",
     "For rows 1 and 2: the safety plan signed by Kerry and on the file, with a copy at each school; "
     "Jayden can tell Hannah, on his own, who he would ring and what he would say (written in her visit "
     "record)."],
    ["2", "Give Jayden a card with the safety plan's phone numbers for his school bag, and go through with "
          "him in school what he would do if Mum was unwell at home.",
     "Ravi Sandhu, pastoral lead, Gelthorpe Academy", V],
    ["3", "Refer Jayden to Gelthorpe Young Carers for an assessment of what he does at home for his mum "
          "and Lacey.",
     "Hannah Greaves, social worker",
     "Young carers' assessment date on the file; the assessment letter shared with the core group."],
    ["4", "See Kerry in clinic and write to the core group on how her depression affects her care of Jayden "
          "and Lacey, whether she can make and keep the changes this plan asks of her, and how long that "
          "is likely to take.",
     "Dr Nadia Ansari, consultant psychiatrist, Gelthorpe Community Mental Health Team",
     "Dr Ansari's letter on the children's file, read at the core group on 18/02/2026."],
    ["Part 2 - From 18/02/2026 until the next review conference on 29/07/2026: weekly, unless the row "
     "gives its own rhythm or date", H, H, H],
    ["5", "Visit Kerry, Jayden and Lacey at home, seeing each child on their own at least every other visit; "
          "one visit in three unannounced, after school.",
     "Hannah Greaves, social worker",
     "For rows 5, 6 and 7: visit and session records on the file within two working days, saying where "
     "the children were seen, what each of them said, whether Kerry was up and dressed when they came "
     "home from school, and whether Lacey had had breakfast."],
    ["6", "Support Kerry at home with the morning and bedtime routines, so that Lacey gets to school on "
          "time and both children are in bed by 8.30pm. Ongoing, as needed.",
     "Shelley Moran, family support worker, Gelthorpe Family Hub", V],
    ["7", "Walk Lacey to Holm Lane Infants every school morning so that she is in class by 8.50am, and "
          "collect her at 3.15pm.",
     "Kerry Pemberton", V],
    ["8", "Check in with Lacey every school morning and look out for signs that she is tired, hungry or "
          "upset, telling Hannah the same day of any worry.",
     "Julie Foster, Reception teacher, Holm Lane Infants",
     "For rows 8 and 9: reviewed at core group."],
    ["9", "Sessions with Jayden in school every two weeks about worry and sleep, and how to talk to someone "
          "when Mum is low.",
     "Amira Shah, school nurse, Gelthorpe 0-19 Service", V],
    ["10", "Visit Kerry at home every two weeks to support her with her medication and her mood, as her "
           "care coordinator.",
     "Sophie Dunmore, care coordinator, Gelthorpe Community Mental Health Team",
     "A note of each visit that Kerry is in for, sent to Hannah."],
    ["11", "Take her medication every day as prescribed, and go to every appointment with Dr Ansari and "
           "Sophie, so that she is well enough to get the children up and to school.",
     "Kerry Pemberton",
     "Weekly pharmacy record of her blister packs collected; the CMHT's appointment letters show each one "
     "kept."],
    ["12", "Go to every session of the 20-week Gelthorpe Choices programme for men who have been abusive "
           "to a partner, on Monday evenings from 23/02/2026.",
     "Dale Pemberton",
     "Attendance register sent to Hannah monthly; the facilitator's mid-point report by 11/05/2026."],
    ["13", "Supervise Dale's contact with Jayden and Lacey every other Saturday, 10am to 12 noon, and stop "
           "it if Dale talks about Kerry or the court case.",
     "Gelthorpe Family Contact Centre (Marcia Boyd, contact supervisor)",
     "Contact record after every contact, sent to Hannah by the Monday."],
    ["Also agreed at the conference", H, H, H],
    ["14", "By 13/03/2026, apply to Gelthorpe Homes for a move to a two-bedroom flat nearer Holm Lane Infants, so that "
           "Jayden no longer shares a room with Lacey.",
     "Hannah Greaves, social worker, with Kerry",
     "The housing register letter with Kerry's band on the file."],
    ["15", "Refer Jayden to CAMHS for an assessment of his low mood and his trouble sleeping since the "
           "night he found his mum.",
     "Dr Colin Marsh, GP, Holm Lane Surgery",
     "CAMHS letter accepting the referral, with the date of Jayden's first appointment, on the file."],
]

PLANS.append({
    "name": "b175_gelthorpe_rcpc_landscape_time_banners_merged_checks_pemberton.pdf",
    "doc_title": "Review Child Protection Plan - Jayden and Lacey Pemberton",
    "split": "heldout",
    "actions": 15,
    "landscape": True,
    "min_pages": 2,
    "check_vmerge": 3,
    "header": "Gelthorpe Metropolitan Council · Children's Social Care · Child Protection Plan",
    "footer": "Jayden and Lacey Pemberton · Review CP plan (RCPC 04/02/2026) · Page {PAGE} of {NUMPAGES}",
    "template": "rcpc-plan-paged-landscape-details-table-why-still-a-plan-progress-childrens-words-outcomes-then-no-what-will-happen-lead-how-we-will-know-table-with-no-when-column-three-banner-rows-giving-the-time-of-the-rows-under-them-how-we-will-know-cells-merged-down-over-two-or-three-rows-then-contingency-meetings",
    "description": (
        "Review conference plan for an 11-year-old and a 5-year-old whose mother has depression and took "
        "an overdose at home in October, when her son found her; their father, who was violent to her, "
        "now has supervised contact. The plan table has no When column: banner rows give the time of the "
        "rows under them ('every row in this part is done by 18/02/2026'; 'weekly, unless the row gives "
        "its own rhythm or date' until the next review), and some 'How we will know' cells are merged "
        "down over two or three rows. Faults: the family support worker's row gives its own time as "
        "'Ongoing, as needed'; the Reception teacher's and school nurse's rows share a merged check that "
        "only says 'reviewed at core group'; the care coordinator only supports the mother with her "
        "medication and mood; the GP's CAMHS referral sits under an 'Also agreed' banner with no time and "
        "gives none of its own; and nothing says legal planning follows if the plan does not work."
    ),
    "blocks": [
        ("title", "Review Child Protection Plan"),
        ("table", {
            "rows": [
                ["Children", "Jayden Pemberton, born 14/03/2014 (11, Year 7, Gelthorpe Academy); Lacey Pemberton, "
                             "born 30/08/2020 (5, Reception, Holm Lane Infants)"],
                ["Lives with", "Mum, Kerry Pemberton (31), 22 Coldwell Terrace, Gelthorpe GT6 2LN"],
                ["Dad", "Dale Pemberton (35), lives with his mother at 5 Fern Bank; supervised contact only"],
                ["Category", "Emotional abuse (both children)"],
                ["Initial conference", "05/11/2025"],
                ["This review", "Wednesday 04/02/2026, chaired by Graham Ollerton (IRO)"],
                ["Social worker", "Hannah Greaves, Children and Families Team East (manager: Rachel Stroud)"],
                ["Decision", "Jayden and Lacey stay on a child protection plan."],
            ],
            "widths": [5.0, 20.7],
            "bold_first_col": True,
        }),
        ("h1", "Why there is still a plan"),
        ("p", "Kerry has depression and has been under Gelthorpe Community Mental Health Team since 2022. On "
              "19/10/2025 she took an overdose of her tablets in the afternoon while Lacey was at home; "
              "Jayden found her when he got in from school and rang 999. Before that, Jayden had been getting "
              "Lacey up and to school on many days, and both children had seen their dad hit and threaten "
              "their mum until he left in the spring of 2025."),
        ("p", "Kerry has been out of hospital since 27/10/2025 and is taking her medication. She is still low "
              "on most mornings. Lacey was late for school 11 times in the last half term, and Jayden says he "
              "cannot sleep until he has checked on his mum."),
        ("h1", "What has gone well since November"),
        ("bullets", [
            "Kerry has kept every appointment with Dr Ansari and Sophie Dunmore, and says she feels more "
            "like herself most afternoons.",
            "There has been no more violence. Dale has kept to supervised contact and has a place on the "
            "Choices programme.",
            "Kerry's sister Amy Pemberton has agreed to be the children's safe adult if Kerry is unwell.",
            "Lacey's teacher says she is a bright, sociable girl who has made two good friends.",
        ]),
        ("h1", "What Jayden and Lacey say"),
        ("p", "Jayden (seen on his own at the Academy, 28/01/2026): \"I just want to know someone else is "
              "looking out for Mum so it's not just me.\" \"I don't mind seeing Dad at the centre but I don't "
              "want him at our house.\" He scored feeling safe at home 6 out of 10 and worry at night 8 out "
              "of 10."),
        ("p", "Lacey drew her house with \"Mummy in bed\" and herself \"having cereal with Jayden\". She told "
              "Hannah that the best bit of the day is \"when Mummy picks me up and we get a snack\"."),
        ("h1", "What we want for Jayden and Lacey"),
        ("numbers", [
            "Jayden and Lacey are looked after every day by a mum who is well enough to get them up, fed and "
            "to school, and they know what to do and who to ring if she is not.",
            "Jayden is not caring for his mum or his sister on his own, sleeps through the night and can "
            "talk to someone about how he feels.",
            "Jayden and Lacey are safe from their dad's violence and see him only at supervised contact.",
        ]),
        ("pagebreak",),
        ("h1", "The plan"),
        ("p", "This table has no When column. The shaded banner above each part says when the rows in it "
              "happen; a row that gives its own day or rhythm follows that instead. Where one 'How we will "
              "know' cell runs down beside several rows, it is the check for each of them."),
        ("table", {
            "header": ["No.", "What will happen", "Lead", "How we will know"],
            "widths": [1.2, 10.3, 5.2, 9.0],
            "rows": _PEMBERTON_ROWS,
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Kerry tells anyone she is thinking of harming herself, or is found unwell and unable to care "
            "for the children: whoever is with her rings 999 or the CMHT crisis line; Jayden and Lacey go to "
            "Amy Pemberton at 8 Ashby Road (agreed by Amy on 30/01/2026) for as long as Kerry needs; and "
            "Hannah, or the Emergency Duty Team out of hours, holds a strategy discussion the same day.",
            "If Kerry misses two CMHT appointments in a row, or stops collecting her tablets, Sophie rings "
            "Hannah the same day and Hannah visits that day.",
            "If Dale comes to the house or contacts Kerry or the children outside the contact centre: Kerry "
            "rings 999, contact stops at once, and Hannah tells the police and the contact centre that day.",
            "If Amy cannot have the children, Hannah will arrange an emergency foster placement the same day, "
            "so that Jayden and Lacey stay together.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks, Wednesdays at 3.45pm at Holm Lane Infants: 18/02/2026, 18/03/2026, "
            "15/04/2026, 13/05/2026, 10/06/2026 and 08/07/2026.",
            "Next review child protection conference: Wednesday 29/07/2026 at 10am, Gelthorpe Town Hall.",
        ]),
        ("p", "Plan written by Hannah Greaves and agreed at the review conference on 04/02/2026."),
    ],
    "findings": [
        F("T002", "Support Kerry at home with the morning and bedtime routines"),
        F("M002", "Check in with Lacey every school morning and look out"),
        F("M002", "Sessions with Jayden in school every two weeks about worry"),
        F("H001", "to support her with her medication and her mood"),
        F("T001", "Refer Jayden to CAMHS for an assessment of his low mood"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Core group plan, neglect and faltering weight. Numbered actions with the
#    owner in each; their times are in a separate "When" calendar table that
#    lists action numbers, and their checks in a "How we'll know" list keyed
#    by number. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b175_gistlebury_core_group_numbered_actions_calendar_and_checks_keyed_mensah.md",
    "split": "heldout",
    "actions": 15,
    "template": "core-group-plan-md-details-list-why-a-plan-going-well-kwame-and-esi-outcomes-then-numbered-who-does-what-list-owner-in-each-item-then-separate-when-calendar-table-of-rhythms-and-dates-listing-action-numbers-then-how-well-know-list-keyed-by-number-then-if-things-go-wrong-meetings",
    "description": (
        "Core group plan for a 4-year-old and a 7-month-old living with neglect: the baby's weight has "
        "fallen from the 50th to the 9th centile, the flat has had no heating since November, the "
        "4-year-old's speech is delayed, and the baby's father shouts at their mother. The plan is a "
        "numbered list of who does what, with every time given in a separate 'When' calendar that lists "
        "action numbers against rhythms and dates ('every day', 'at every nursery session', 'by Friday "
        "20/02/2026'), and every check in a 'How we'll know' list keyed by number. Faults: the GP's check "
        "is only 'monitored by the GP'; 'Family' owns the help with shopping and cooking, which the "
        "calendar times as 'Ongoing', and nothing says what happens if that help stops; and the "
        "Freedom Programme item added at the end is in neither the calendar nor the checks."
    ),
    "text": """\
# Gistlebury Council – Children's Services

## Core group plan: Kwame and Esi Mensah

*Agreed at the first core group on Monday 09/02/2026, after the initial child protection conference on
26/01/2026. This plan replaces the outline plan from the conference.*

- **Children:** Kwame Mensah, born 18/11/2021 (4, nursery class at Wrenfield Primary School, mornings);
  Esi Mensah-Price, born 02/07/2025 (7 months)
- **Home:** Flat 9, Linnet House, Carver Street, Gistlebury GS2 8HU, with their mum, Abena Mensah (26)
- **Esi's dad:** Jordan Price (28), lives in Gistlebury with his brother; not living at the flat
- **Kwame's dad:** lives in London and has not seen Kwame since 2023
- **Family nearby:** Abena's mother, Ama Mensah, and her sister, Efua Mensah, both on Poplar Road
- **Category:** Neglect (both children)
- **Social worker:** Ruth Ferncombe, Gistlebury Safeguarding Team (team manager: Gareth Pole)
- **Core group:** Abena, Jordan (items 10 and 13 only), Ruth Ferncombe (SW), Lorna Tate (health visitor),
  Becky Stirling (family support worker, Gistlebury Family Hub), Mrs Kirsty Lowe (Kwame's key person,
  Wrenfield Primary nursery class), Dr Priya Raman (GP, Wrenfield Surgery, by report)

### Why there is a plan

Esi's weight has fallen from the 50th centile at 8 weeks to just under the 9th centile at her last
weigh-in on 20/01/2026. Abena missed three health visitor appointments in the autumn and did not take Esi
to the infant feeding clinic when she was referred. The boiler in the flat has not worked since November,
and on two visits Abena had the oven on with the door open to heat the kitchen. Kwame often arrives at
nursery hungry and in thin clothes, and at 4 he says only a few two-word phrases.

Jordan visits most weekends. On 11/12/2025 a neighbour called the police because of shouting; Kwame was
found hiding in the bathroom with Esi in her car seat beside him.

### What is going well

- Abena loves her children and both are clean and well cared for in their clothes and nappies.
- Abena has been to every appointment since the conference and let Lorna weigh Esi on 30/01/2026.
- Kwame's key person says he is kind to the younger children and has started to join in at story time.
- Ama and Efua came to the conference and want to help.

### Kwame and Esi

Kwame (with Ruth at nursery, using the nursery's picture cards, 05/02/2026) pointed to the "sad" card for
home and said "Esi cry, Mummy cry." He pointed to "happy" for nursery and for "Nana Ama's house". When
Ruth asked what he would like, he said "warm" and "chips".

Esi was seen at home on 04/02/2026. She is a smiley baby who reaches for her mum and babbles when spoken
to. She finished her bottle quickly and cried for more; her feeds were far apart that day. She is not yet
sitting on her own, and her skin felt cold when she was undressed to be weighed.

### What we want for Kwame and Esi

1. Esi feeds well and grows: her weight is back on at least the 25th centile line.
2. Kwame and Esi live in a warm flat, with enough food and a daily routine they can count on.
3. Kwame can say what he needs, and is ready to start Reception in September 2026.
4. Kwame and Esi do not see or hear shouting or violence between the adults who care for them.

### Who will do what

1. Ruth Ferncombe (SW) will visit Abena, Kwame and Esi at home, seeing Esi awake and undressed and
   looking at Kwame's bedroom and the food in the flat.
2. Lorna Tate (HV) will weigh Esi at home and plot each weight on the centile chart in her red book.
3. Abena will take Esi to the infant feeding clinic at Gistlebury Family Hub.
4. Becky Stirling (FSW) will work with Abena at home on Esi's feeds and weaning, and on a daily routine for
   Kwame with a picture timetable.
5. Abena will give Esi at least five milk feeds and three small meals a day, and write each one in the feed
   diary Lorna gave her.
6. Ruth will apply to the Household Support Fund for heating credit and ask Gistlebury Homes to repair the
   boiler.
7. Abena will keep the living room and the children's bedroom at 18°C or warmer, using the room
   thermometer, and will not use the oven to heat the flat.
8. Mrs Lowe will work on Kwame's speech and language targets with him in a small group.
9. Mrs Lowe will check at every nursery session that Kwame has eaten, is dressed for the weather and is
   settled, and tell Ruth the same day of any worry.
10. Jordan will see Esi only at Gistlebury Contact Centre, supervised by the centre's staff.
11. Dr Raman (GP) will see Esi to check for any medical reason for her slow weight gain.
12. Mrs Lowe will refer Kwame to Gistlebury Speech and Language Therapy Service, with his nursery
    assessment.
13. Ruth will complete a parenting assessment with Abena, and with Jordan for his part, with a
    recommendation to the review conference.
14. Family will help Abena with the shopping and cooking and give her a break with the children.
15. Abena will go to the Freedom Programme at Gistlebury Women's Centre, to understand how the shouting
    and Jordan's behaviour affect Kwame and Esi.

### When: the calendar

The numbers in the right-hand column are the numbers of the actions above.

| When | Actions |
|---|---|
| Every day | 5, 7 |
| Every week, from Monday 09/02/2026 until the review conference on 21/04/2026 | 1, 2, 4 |
| Every two weeks, Wednesdays at 1.30pm, from 11/02/2026 | 3 |
| Tuesday and Thursday mornings, every week in term time | 8 |
| At every nursery session (Monday to Friday mornings) | 9 |
| Every other Saturday, 10am to 11.30am, from 14/02/2026 | 10 |
| By Friday 20/02/2026 | 6, 11, 12 |
| Report to the chair and shared with Abena by Friday 10/04/2026 | 13 |
| Ongoing | 14 |

### How we'll know

Each line gives the check for the action with that number.

- **1:** Ruth's visit records on the file within two working days, saying how Esi looked undressed, what
  food was in and how warm the flat was; one visit in three unannounced.
- **2:** every weight plotted in the red book and on the health visiting record; Esi's weight back on the
  25th centile line by the review conference.
- **3:** the clinic's attendance list and the feeding plan it sends to Lorna after each appointment.
- **4:** Becky's session notes sent to Ruth each week, with the weaning plan and Kwame's picture timetable;
  Becky sees Esi fed at least twice a month.
- **5:** the feed diary, read and counted by Lorna and Becky at every visit.
- **6:** the Household Support Fund award letter and Gistlebury Homes' repair job sheet on the file.
- **7:** the thermometer reading written down by Ruth, Lorna or Becky at every visit.
- **8:** Kwame's targets on his nursery plan, and his WellComm score at the end of the spring term, shared
  with the core group.
- **9:** the nursery's daily log, e-mailed to Ruth every Friday.
- **10:** the centre's record after every contact, sent to Ruth.
- **11:** monitored by the GP.
- **12:** the therapy service's letter accepting the referral, with the date of Kwame's first appointment.
- **13:** the assessment report on the file, with its recommendation, by 10/04/2026.
- **14:** Efua's text to Ruth each Sunday saying what help was given that week; the food in the cupboards,
  seen by Ruth at her visits.

### If things go wrong

- If Esi's weight drops below the 2nd centile, or she is unwell and not feeding, Lorna or Dr Raman arranges
  for her to be seen at the children's assessment unit at Gistlebury Royal Infirmary that day, and Ruth
  holds a strategy discussion the same day.
- If Jordan comes to the flat, or there is any shouting or violence when the children are there, Abena
  rings 999. Contact at the centre stops until Ruth has held a strategy discussion, which she will do the
  same day.
- If the flat is below 16°C at two visits running, or the oven is being used for heat, Ruth brings two
  oil-filled heaters from the Family Hub that day and chases the boiler repair with the housing manager.
- If Esi's weight is not back on the 25th centile by the review conference, or Abena misses three
  appointments in a row, Ruth will ask Gareth Pole for a legal planning meeting to decide whether the
  Public Law Outline should start.

### Meetings

- Core group every three weeks, Mondays at 1pm at Gistlebury Family Hub: 02/03/2026, 23/03/2026 and
  13/04/2026.
- Review child protection conference: Tuesday 21/04/2026 at 10am, Gistlebury Civic Offices.
""",
    "findings": [
        F("M002", "Dr Raman (GP) will see Esi to check for any"),
        F("W002", "Family will help Abena with the shopping and cooking"),
        F("T002", "Family will help Abena with the shopping and cooking"),
        F("T001", "Abena will go to the Freedom Programme at Gistlebury"),
        F("M001", "Abena will go to the Freedom Programme at Gistlebury"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Signs of Safety plan after domestic abuse: danger statement, working
#    well, scaling, Three Houses; then four safety goals, each with one "By
#    when" line and one "We'll know it's working when" line shared by the
#    next steps under it; a step that gives its own time or check follows
#    that. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b175_glossmere_sos_safety_goals_shared_by_when_and_know_lines_fairclough.md",
    "split": "heldout",
    "actions": 14,
    "template": "signs-of-safety-plan-md-network-list-danger-statement-working-well-scaling-table-three-houses-and-what-ollie-shows-us-then-four-safety-goals-each-with-one-by-when-line-and-one-well-know-its-working-when-line-shared-by-the-bold-owner-next-steps-under-it-then-if-things-go-wrong-meetings",
    "description": (
        "Exemplary Signs of Safety plan for a 9-year-old and a 4-year-old after the younger child's "
        "father grabbed their mother by the throat; he is on bail not to contact her, and has "
        "supervised contact with his son. The plan's four safety goals each carry one 'By when' line "
        "and one 'We'll know it's working when' line that the next steps under them share ('every day "
        "from 22/01/2026 until the review conference', 'all by Friday 13/03/2026, before the trial', "
        "'every Tuesday and Thursday until 6.45pm, and on the trial day'); steps that need their own "
        "rhythm or check give it ('on the day of the trial', 'every other Saturday'). The grandfather's "
        "and aunt's care has a fallback, legal planning follows named triggers, the children's words "
        "and scales are recorded, and core group and review dates are set."
    ),
    "text": """\
# Glossmere Council – Children's Social Care

## Safety plan for Maisie and Ollie Fairclough

**Agreed at the initial child protection conference, Thursday 22/01/2026** · Chair: Anita Szabo ·
Social worker: Holly Brennan (team manager: Steph Noakes) · Category: emotional abuse (both children)

### Maisie and Ollie's family and safety network

- **Maisie Fairclough**, born 07/05/2016 (9, Year 4) and **Ollie Tolland-Fairclough**, born 19/02/2021 (4,
  Reception), both at St Cuthbert's C of E Primary School, Glossmere
- **Leanne Fairclough** (30), their mum, 6 Juniper Close, Glossmere GL3 9PE; works at the Co-op on
  Tuesdays and Thursdays until 6.30pm
- **Wayne Tolland** (34), Ollie's dad; on bail not to contact Leanne or come to Juniper Close until his
  trial at Glossmere Magistrates' Court on Monday 16/03/2026
- **Paul Hewitt**, Maisie's dad, sees her every Sunday
- **Grandad Mick** (Michael Fairclough), Leanne's dad, 31 Tern Avenue
- **Auntie Gemma** (Gemma Fairclough), Leanne's sister, 14 Heron Way

### What we are worried about

On 03/01/2026 Wayne grabbed Leanne by the throat in the kitchen and pushed her against the fridge while
Ollie was at the table. Maisie rang 999 from the bathroom. This was the third time the police have come to
Juniper Close since June 2025, and twice before Leanne let Wayne move back in. Children's Social Care is
worried that if Wayne comes back, Maisie and Ollie will see or hear more violence, could be hurt if they
get in the way, and will go on feeling that keeping Mum safe is their job.

### What is working well

- Leanne rang the police herself in December, has not let Wayne into the house since 03/01/2026, and
  agreed to the warning marker and to see the IDVA.
- Grandad Mick and Auntie Gemma came to the conference and have said what they can and cannot do.
- Maisie knows how to ring 999 and did it; Ollie's teacher says he is settling well in Reception.
- Wayne has kept to his bail conditions and has asked for a place on a programme.

### Scaling

Where is this family on 0 to 10, where 10 means everyone is sure Maisie and Ollie are safe enough for
the plan to end, and 0 means they cannot live at home?

| Person | Score | Why |
|---|---|---|
| Leanne | 7 | "Wayne's not coming back. I've done it this time." |
| Grandad Mick | 6 | "She's stronger than she was, but he's got a way with her." |
| Holly Brennan (SW) | 4 | Leanne has kept Wayne away for three weeks, but twice before she let him back. |
| Anita Szabo (chair) | 4 | The safety network is new and has not yet been tested. |

### Maisie's Three Houses, and what Ollie shows us

Maisie did her Three Houses with Holly at school on 16/01/2026.

- **House of worries:** "Wayne squeezing Mum's neck. Ollie crying under the table. That Mum will let him
  back because she's lonely."
- **House of good things:** "Grandad's house on Tuesdays. My dad on Sundays. Swimming."
- **House of dreams:** "No more shouting ever. Mum laughing. Ollie not wetting the bed."

She scored feeling safe at home 5 out of 10. Ollie is too young for the houses. His teacher says he plays
"police cars" with the toy cars every day and tells her "Daddy is naughty". At home he wets the bed most
nights and will not sleep unless Maisie is in the room.

### Safety goals and next steps

Each safety goal has one **By when** and one **We'll know it's working when**. They apply to every next
step under that goal; a step that gives its own day, rhythm or check follows that as well.

#### Safety goal 1 – Maisie and Ollie live in a home where no one is hurt, and Wayne does not come to the house or contact their mum.

*By when:* every day from 22/01/2026 until the review conference on 16/04/2026.

*We'll know it's working when:* the police log shows no call-out to Juniper Close and no breach of Wayne's
bail; Leanne shows Holly her phone's blocked list at each visit; Maisie scores feeling safe at home 8 out
of 10 or more with Holly by the review conference.

- **Leanne:** keep Wayne out of the house and off the phone: do not answer or reply to him, block any new
  number he uses, and ring 999 if he comes near the house, the school or the Co-op.
- **DC Sam Whitely, Glossmere Police Domestic Abuse Investigation Team:** keep the warning marker on
  6 Juniper Close and tell Holly within 24 hours of any call-out, sighting or breach; on the day of the
  trial, tell Holly and Leanne the outcome and any new conditions.
- **Jade Ricketts, IDVA, Glossmere Women's Aid:** safety-planning sessions with Leanne every two weeks, and
  a written plan for the day of the trial agreed with her by 09/03/2026. Each signed safety plan goes on
  Holly's file.
- **Wayne:** go to his assessment at the Glossmere Change Project by 20/02/2026 and, if offered a place,
  to every weekly session. The project sends Holly a letter after the assessment and its register each
  month.
- **Glossmere Family Contact Centre (Dionne Hart, contact supervisor):** supervise Wayne's time with Ollie
  every other Saturday, 10am to 11.30am, and end it if Wayne talks about Leanne or the court case. The
  contact record reaches Holly by the Monday after each contact.

#### Safety goal 2 – Maisie and Ollie know that what happened is not their fault, know who their safe people are, and can say how home feels.

*By when:* all by Friday 13/03/2026, before the trial, unless a step gives its own time.

*We'll know it's working when:* Maisie can tell Holly, in her own words, who is on her safety hand and
what she would do if there was shouting; Ollie can point to his safe people in his words-and-pictures
book; both children's worries, drawn or scored with Holly at each visit, are written in her records.

- **Holly Brennan (SW):** make a words-and-pictures story with Leanne, Maisie and Ollie about what
  happened on 03/01/2026 and who keeps them safe now, and give each child a copy.
- **Holly Brennan (SW):** see Maisie and Ollie, each on their own, at school or at home every two weeks
  until the review conference, and do a safety hand with each of them.
- **Mrs Carla Benn, learning mentor, St Cuthbert's:** a "time to talk" session with Maisie every
  Wednesday, with her score on the worry scale written in the session log.
- **Kerry Lang, children's worker, Glossmere Women's Aid:** the eight-week Stepping Stones group for
  Maisie, Thursdays after school from 05/02/2026 to 26/03/2026. The group register, and Kerry's
  end-of-group report to Holly by 02/04/2026.

#### Safety goal 3 – Maisie and Ollie are always looked after by an adult from their safety network when their mum is at work or at court.

*By when:* every Tuesday and Thursday until 6.45pm, and on the trial day (16/03/2026), from now until the
review conference.

*We'll know it's working when:* the network diary kept at Grandad Mick's shows who had the children and
when, and Holly reads it at every visit; the school's collection log shows only Leanne, Mick, Gemma or
Paul collecting the children.

- **Grandad Mick:** collect Maisie and Ollie from school at 3.15pm and look after them at his house until
  Leanne collects them at 6.45pm.
- **Auntie Gemma:** have the children from 8am on the trial day, and on any other day Leanne has to be at
  court or the police station, and take them to and from school.
- **Holly Brennan (SW):** meet the safety network (Leanne, Mick, Gemma and Paul) every four weeks from
  29/01/2026 to go over the family's safety rules. Each member signs the rules, and a copy goes to the
  school.

#### Safety goal 4 – Maisie and Ollie are in school every day and on time.

*By when:* every school day from Monday 26/01/2026 until the review conference.

*We'll know it's working when:* St Cuthbert's register, e-mailed to Holly every Friday, shows each child
in at least 96% of sessions and late no more than once a fortnight.

- **Leanne:** walk Maisie and Ollie to school so they are in the playground by 8.50am.
- **Mrs Tasha Grey, Reception teacher:** greet Ollie at the classroom door each morning and give him his
  morning job, writing in his home-school book how he settled and ringing Holly the same day if he talks
  about his dad or seems frightened.

### If things go wrong

- **If Wayne comes to the house, the school or the Co-op, or contacts Leanne or the children** outside
  the contact centre: Leanne rings 999 and the police arrest him for breaching his bail. Holly, or the
  Emergency Duty Team out of hours, holds a strategy discussion with the police the same day, and the
  children sleep at Grandad Mick's that night.
- **If Grandad Mick or Auntie Gemma cannot look after the children** (they are ill, away, or no longer
  feel able to), they or Leanne ring Holly that day. On a work day Leanne leaves at 3pm (her manager at
  the Co-op agreed this on 20/01/2026). On the trial day the children go to St Cuthbert's breakfast and
  after-school club, booked and paid for by Holly, and Paul Hewitt, who has agreed to have both children,
  collects them at 5pm.
- **If Leanne lets Wayne back into the house, or takes the children to meet him,** Holly will ask Steph
  Noakes for a legal planning meeting within five working days to decide whether to start the Public Law
  Outline.
- **If the trial ends with Wayne free of any conditions,** Leanne applies for a non-molestation order with
  Jade's help within five working days, and the core group meets within a week to change this plan.

### Meetings

- Core group every four weeks, Thursdays at 9.15am at St Cuthbert's: 05/02/2026, 05/03/2026 and
  02/04/2026.
- Safety network meeting with Holly every four weeks from 29/01/2026 (see safety goal 3).
- Review child protection conference: Thursday 16/04/2026 at 2pm, Glossmere Council House.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Pre-birth plan as a plain-text export: three parts of the plan (until
#    the birth, on the ward, at home) whose times are said once, in a closing
#    line or an opening line, and whose checks are said once in a "How we
#    will know" line per part; then an "Other things agreed" part with no
#    time. Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b175_gorlingham_prebirth_text_opening_and_closing_time_lines_tranter.txt",
    "split": "heldout",
    "actions": 19,
    "template": "prebirth-icpc-plan-plain-text-equals-rules-caps-headings-details-lines-worries-going-well-babys-world-outcomes-then-plan-in-three-parts-numbered-1-1-to-3-6-part-one-timed-by-a-closing-each-of-the-above-line-part-two-and-three-by-opening-lines-a-how-we-will-know-line-per-part-naming-the-items-it-covers-then-other-things-agreed-with-no-time-then-contingency-meetings",
    "description": (
        "Pre-birth initial conference plan, as plain text, for an unborn girl: her mother has recurrent "
        "depression and a history of self-harm and is under the perinatal mental health team, and her "
        "father smokes cannabis every day in the flat and punched a door in December. The plan has "
        "three parts whose times are said once, Part 1 by a closing line ('Each of the above to be done "
        "by 36 weeks (26/03/2026) unless its line gives its own time'), Parts 2 and 3 by opening lines "
        "('from the birth until baby goes home', 'start on the day baby comes home and run until the "
        "review conference'), and whose checks are said once per part in a 'How we will know' line that "
        "names the items it covers. Faults: the perinatal nurse's sessions only help with the mother's "
        "low mood; the father will stop cannabis 'when he feels ready'; the health visitor will 'keep "
        "an eye on' bonding, an item the Part 3 check leaves out; the father's Dads to Be group, under "
        "'Other things agreed', has no time and no check; and one outcome is only about the mother's "
        "mental health."
    ),
    "text": """\
GORLINGHAM COUNCIL - CHILDREN'S SERVICES
PRE-BIRTH CHILD PROTECTION PLAN
==============================================================================

Unborn baby:      Baby girl Tranter-Kelsall, due 23/04/2026
Mother:           Chloe Tranter (22), Flat 3, 17 Cobden Street, Gorlingham GM5 1RD
Father:           Aaron Kelsall (24), lives with Chloe
Grandmother:      Diane Tranter (48), Chloe's mother, 40 Ribble Street, Gorlingham
Category:         Neglect (unborn baby)
Conference:       Initial child protection conference (pre-birth), Thursday 26/02/2026,
                  at 32 weeks of pregnancy. Chair: Martin Oduya (IRO)
Social worker:    Sarah Quayle, Children and Families Team West (manager: Lynne Haworth)
Plan typed by:    Sarah Quayle, 27/02/2026

WHY WE ARE WORRIED
------------------------------------------------------------------------------
Chloe has had depression since she was 15. She self-harmed between the ages of
15 and 19 and took an overdose in March 2024. She has been under Gorlingham
Perinatal Mental Health Team since 20 weeks and takes sertraline, but she has
stopped taking it twice in this pregnancy and on bad days she stays in bed
until the afternoon.

Aaron smokes about six joints of cannabis a day, in the flat. In December 2025
he punched a hole in the bedroom door during an argument with Chloe. At the
last home visit on 19/02/2026 the flat smelled strongly of cannabis and there
was nothing ready for the baby: no Moses basket, no clothes, no bottles.

WHAT IS GOING WELL
------------------------------------------------------------------------------
- Chloe has been to every antenatal appointment and told her midwife herself
  when her mood dropped at 24 weeks.
- Aaron came to the conference, was honest about his cannabis use and agreed
  to see Compass Gorlingham.
- Diane is close to Chloe, visits most days and has offered to stay at the
  flat for the first week after the birth.

BABY'S WORLD
------------------------------------------------------------------------------
At the 20-week scan baby was growing well, and her growth since has followed
the 40th centile. Chloe sings to her bump in the evenings and says baby kicks
"like she's dancing". Aaron has felt her move. Chloe told Sarah on 19/02/2026:
"I want her to have a mum who gets up in the morning and takes her out." Baby
will come home to a one-bedroom flat on the first floor, where at the moment
the windows are kept shut and the air is full of smoke.

WHAT WE WANT FOR BABY
------------------------------------------------------------------------------
1. Baby is born safely and goes home only when a safe plan for her care has
   been agreed.
2. Baby is fed, kept warm and sleeps on her back in her own Moses basket, in a
   flat free of cannabis smoke.
3. Chloe's mental health is stable and she manages her low mood.
4. Baby has parents who notice and answer her cries, and no adult around her
   shouts or lashes out.

THE PLAN
==============================================================================

PART 1 - UNTIL BABY IS BORN
------------------------------------------------------------------------------
1.1  Sarah Quayle (social worker) will visit Chloe and Aaron at home every
     week, one visit in three unannounced, and see Chloe on her own at every
     other visit.
1.2  Sarah Quayle will complete the pre-birth parenting assessment, with a
     recommendation for the birth and for discharge, by 34 weeks (12/03/2026).
1.3  Jenna Woodall, perinatal mental health nurse, Gorlingham Perinatal Mental
     Health Team, will offer Chloe fortnightly sessions to help her with her
     low mood and her worries about the birth.
1.4  Dr Femi Adebayo, consultant perinatal psychiatrist, will see Chloe and
     write to Sarah with his view of how her illness may affect her care of
     baby, whether she can make the changes baby needs, and how long that is
     likely to take.
1.5  Kate Bellamy, named community midwife, will put the safeguarding birth
     plan on the maternity record, so that the labour ward and Wren Ward know
     to tell Sarah of the birth and not to let baby go home before the
     discharge planning meeting.
1.6  Dean Royle, recovery worker at Compass Gorlingham (drug and alcohol
     service), will see Aaron every week with a urine test, and write to Sarah
     before each core group saying whether he has stopped smoking cannabis and
     can stay stopped once baby is home.
1.7  Aaron will cut down and then stop smoking cannabis when he feels ready.
1.8  Tamsin Rowe, health visitor, will make an antenatal home visit to talk
     through safe sleep and coping with a crying baby (ICON), and check that
     the flat is ready for baby.

Each of the above to be done by 36 weeks (Thursday 26/03/2026) unless its
line gives its own time.

HOW WE WILL KNOW, FOR ALL OF PART 1: each worker's visit record, letter or
report on Sarah's file, saying what was done and what was found: for 1.1 what
Chloe said when seen on her own; for 1.2 the assessment report, shared with
Chloe, Aaron and the core group; for 1.3 a note of each session Chloe goes to;
for 1.4 Dr Adebayo's letter; for 1.5 the birth plan on BadgerNet; for 1.6 and
1.7 every urine result, each one clear from 36 weeks; for 1.8 the home safety
checklist.

PART 2 - ON THE WARD
------------------------------------------------------------------------------
From the birth until baby goes home (expected 48 hours after the birth):

2.1  The midwife in charge of the labour ward will ring Sarah, or the
     Emergency Duty Team out of hours, within 2 hours of the birth.
2.2  The Wren Ward midwives will write down, on every shift, how Chloe and
     Aaron feed, change, hold and settle baby, and who visits.
2.3  Sarah will see Chloe, Aaron and baby on the ward within one working day
     of the birth, and chair the discharge planning meeting before baby goes
     home.

HOW WE WILL KNOW (2.1 TO 2.3): the call written in the maternity notes and on
Sarah's file; the ward's parenting observation sheet, copied to Sarah before
discharge; the discharge plan, signed by Chloe and Aaron, sent to the core
group within two working days of the meeting.

PART 3 - AT HOME
------------------------------------------------------------------------------
All of the following start on the day baby comes home and run until the
review conference on Thursday 21/05/2026, at the times each line gives.

3.1  Tamsin Rowe (HV) will do the new birth visit at 10 to 14 days, then weigh
     baby at home every week.
3.2  Sarah will visit twice a week for the first four weeks, then every week,
     and see baby awake and undressed at each visit.
3.3  Chloe and Aaron will put baby down on her back in her Moses basket for
     every sleep, day and night.
3.4  Diane Tranter will stay at the flat for the first seven nights and do one
     night feed each night so that Chloe can sleep.
3.5  Chloe will take baby to the Baby Steps group at Gorlingham Family Hub
     every Wednesday morning from when baby is 4 weeks old.
3.6  Tamsin will keep an eye on how Chloe and baby are bonding at each visit.

HOW WE WILL KNOW (3.1 TO 3.5): baby's weights in her red book, back to birth
weight by day 14 and then following her centile; Sarah's visit records; safe
sleep seen and written down at every HV and SW visit; Diane's night feed
chart, signed each morning; the Baby Steps register.

OTHER THINGS AGREED
------------------------------------------------------------------------------
4.1  Sarah will help Chloe and Aaron apply to Gorlingham Homes for a
     two-bedroom flat, with the application in by 13/03/2026 and the housing
     register letter on the file.
4.2  Aaron will go to the Dads to Be group at Gorlingham Family Hub to learn
     about caring for a newborn.

IF THINGS GO WRONG (CONTINGENCY)
==============================================================================
- If Chloe stops her sertraline, tells anyone she is thinking of harming
  herself, or Jenna or Dr Adebayo think she is becoming unwell: the perinatal
  crisis team sees her the same day, and Sarah holds a strategy discussion the
  same day. Once baby is born, baby is cared for by Diane at 40 Ribble Street,
  with Chloe's time with her supervised, until the strategy discussion has
  agreed a new plan.
- If any of Aaron's urine tests after 36 weeks shows cannabis, or he smokes in
  the flat once baby is home: Aaron moves to his mother's (Lorraine Kelsall,
  9 Mersey Road) the same day, and Sarah asks Lynne Haworth for a legal
  planning meeting within five working days.
- If there is any shouting, damage or violence in the flat: Chloe rings 999,
  and Sarah holds a strategy discussion with the police the same day.
- If Diane cannot stay for the first seven nights (she is ill, or cannot get
  the time off work): baby stays on Wren Ward until the discharge planning
  meeting agrees another adult to stay; if baby is already home, the
  community midwife or Tamsin visits every day for those seven days.
- If the pre-birth assessment on 12/03/2026 says baby cannot be cared for
  safely at home, Sarah will ask for a legal planning meeting before 36 weeks
  to decide whether to start pre-proceedings under the Public Law Outline.

CORE GROUP AND REVIEW
==============================================================================
Core group:         Thursdays at 2pm at Gorlingham Family Hub, every four
                    weeks: 12/03/2026, 09/04/2026 and 07/05/2026
Review conference:  Thursday 21/05/2026, 10am, Gorlingham Town Hall

Copies to: Chloe, Aaron, Diane (her part and the contingency only), and every
professional named above.
""",
    "findings": [
        F("H001", "will offer Chloe fortnightly sessions to help her with her"),
        F("T002", "Aaron will cut down and then stop smoking cannabis"),
        F("M002", "Tamsin will keep an eye on how Chloe and baby"),
        F("T001", "Aaron will go to the Dads to Be group"),
        F("M001", "Aaron will go to the Dads to Be group"),
        F("F002", "Chloe's mental health is stable and she manages her low mood."),
    ],
})


# ---------------------------------------------------------------------------
# 6. Review conference plan, neglect and a mother's drinking, a 14-year-old
#    young carer. Each outcome is a heading followed by one "When" line and
#    one "How we'll know" line that the bulleted actions under it share; a
#    last heading, "Other things agreed", has neither. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b175_greevesby_rcpc_outcome_headings_shared_when_and_know_lines_hollis.docx",
    "doc_title": "Child Protection Plan - Tia and Callum Hollis",
    "split": "heldout",
    "actions": 13,
    "template": "rcpc-plan-docx-kv-details-why-still-a-plan-what-has-changed-tia-and-callum-say-then-our-plan-with-each-outcome-a-heading-followed-by-one-when-line-and-one-how-well-know-line-shared-by-the-list-bullet-actions-under-it-then-other-things-agreed-heading-with-neither-then-if-things-go-wrong-meetings",
    "description": (
        "Review conference plan for a 14-year-old and a 10-year-old living with neglect: their mother "
        "drinks from the morning on most days, and the 14-year-old gets her brother up and to school "
        "and looks after her mother. Each outcome is a heading with one 'When' line and one 'How we'll "
        "know' line that the bulleted actions under it share ('every week from 10/02/2026 until the next "
        "review conference', 'by the May half term (22/05/2026)'); a last heading, 'Other things agreed', "
        "gives neither. Faults: the mother takes over her daughter's morning jobs 'when she is able'; "
        "the school nurse's and learning mentor's sessions sit under an outcome whose only check is "
        "'improvement in Tia's and Callum's mood'; the uncle's help with the bills, under 'Other things "
        "agreed', has no time; the mother's drinking is recorded but no adult service owns an action; "
        "and the next review conference's date is to be confirmed."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Greevesby City Council - Children's Social Work Service. Plan agreed at the first review "
              "child protection conference on Tuesday 10/02/2026."),
        ("kv", [
            ("Children", "Tia Hollis, born 23/07/2011 (14, Year 9, Saltmarsh Academy); Callum Hollis, born "
                         "04/12/2015 (10, Year 5, Priory Fields Primary School)"),
            ("Address", "41 Lindley Street, Greevesby GV1 3TJ"),
            ("Mother", "Donna Hollis (39)"),
            ("Father", "Steve Hollis, lives in Spain; no contact since 2022"),
            ("Uncle", "Gary Hollis (42), Donna's brother, 12 Dock Street, Greevesby"),
            ("Category", "Neglect (both children), since the initial conference on 11/11/2025"),
            ("Chair", "Yvonne Carr (IRO)"),
            ("Social worker", "Sam Okoro, Family Safeguarding Team 2 (team manager: Anne Ruddock)"),
        ]),
        ("h1", "Why there is still a plan"),
        ("p", "Donna has drunk heavily for several years. Since her mother died in 2024 she has started "
              "drinking in the morning, and on most days she has had at least a bottle of wine and several "
              "cans by the time the children come home. In October 2025 Callum's school could not reach "
              "anyone to collect him when he was sick, and Tia left school at lunchtime to fetch him and "
              "found her mum asleep on the kitchen floor."),
        ("p", "Tia gets Callum up, makes his breakfast and walks him to school on most days before going "
              "to her own school late. Her attendance was 84% last term. There is often little food in the "
              "house, and Callum has come to school in dirty uniform and without a packed lunch."),
        ("h1", "What has changed since November"),
        ("bullets", [
            "Donna has been to four appointments at Greevesby Recovery Service and says she no longer drinks "
            "before midday.",
            "Gary has Callum for his tea twice a week and says he will keep doing so.",
            "Callum has had a packed lunch every day since Christmas, and his uniform is clean most days.",
            "Tia's attendance is still 86%, and she is still doing most of the morning jobs.",
        ]),
        ("h1", "What Tia and Callum say"),
        ("p", "Tia (seen on her own at Saltmarsh Academy, 03/02/2026): \"I don't mind doing Callum's "
              "breakfast, it's just that I'm always late and then I get a detention.\" \"Mum's better than she "
              "was but I still check on her when I get in.\" She said she has not been to her friend's house "
              "since the summer."),
        ("p", "Callum (at home, 05/02/2026): \"Uncle Gary does proper tea, like sausages.\" He said he worries "
              "when his mum \"goes to sleep in the day\" and that he likes it best \"when it's just normal\". "
              "He scored home 6 out of 10."),
        ("h1", "Our plan"),
        ("p", "Each outcome below has one 'When' line and one 'How we'll know' line. They belong to every "
              "action listed under that outcome; an action that gives its own time or check follows that."),
        ("h2", "Outcome 1 - Tia and Callum are looked after every day by a sober adult, and there is food in "
               "the house and clean clothes for school"),
        ("kv", [
            ("When", "every week from 10/02/2026 until the next review conference"),
            ("How we'll know", "Sam's visit records, with at least one unannounced visit a fortnight, saying "
                               "whether Donna was sober, what food was in the kitchen and what each child "
                               "said; Callum's packed lunch and uniform checked by Priory Fields each morning "
                               "and written in the class log"),
        ]),
        ("bullets", [
            "Sam Okoro (social worker) will visit Tia and Callum at home, seeing each of them on their own at "
            "least every other visit, with one visit in three after 6pm.",
            "Donna will not drink during the day, and will not drink at all on any evening she is the only "
            "adult at home with Callum.",
            "Donna will go to her appointments at Greevesby Recovery Service and do the breath tests they ask "
            "for.",
            "Gary Hollis will have Callum at his house for tea every Wednesday and Friday after school, and "
            "bring him home by 7pm.",
            "Michelle Pike, family support worker, Greevesby Family Help, will plan the week's meals and "
            "shopping with Donna and Tia every Monday, and cook a meal with them once a week.",
        ]),
        ("h2", "Outcome 2 - Tia has time to be 14: she is in school every day, sees her friends, and is not "
               "caring for her mum or her brother on her own"),
        ("kv", [
            ("When", "by the May half term (22/05/2026), unless an action says otherwise"),
            ("How we'll know", "Saltmarsh Academy's register shows Tia in at least 95% of sessions; Tia's "
                               "young carer's assessment is on the file; the list of caring jobs Tia keeps "
                               "with her young carers worker is shorter each month when they go through it "
                               "together"),
        ]),
        ("bullets", [
            "Priya Desai, Greevesby Young Carers, will complete a young carer's assessment with Tia and give "
            "her a place at the Tuesday evening young carers' club.",
            "Mrs Hannah Cole, head of Year 9 at Saltmarsh Academy, will meet Tia every Monday morning to go "
            "through her attendance, her homework and how home is.",
            "Donna will take over the morning jobs Tia does now (getting Callum up, his breakfast and his "
            "walk to school) when she is able.",
        ]),
        ("h2", "Outcome 3 - Tia and Callum feel better in themselves and can talk to someone about what home "
               "has been like"),
        ("kv", [
            ("When", "from 24/02/2026 until the next review conference"),
            ("How we'll know", "improvement in Tia's and Callum's mood"),
        ]),
        ("bullets", [
            "Ruth Allen, school nurse, Greevesby 0-19 Service, will see Tia at school every two weeks about "
            "her sleep and her worries.",
            "Mrs Jo Finch, learning mentor at Priory Fields Primary, will do a worry box session with Callum "
            "every Thursday afternoon.",
            "Sam Okoro will refer Tia and Callum to the Hidden Harm group at Greevesby Family Help, for "
            "children whose parents drink, by 06/03/2026; the group worker's end-of-course letter will be on "
            "the file.",
        ]),
        ("h2", "Other things agreed"),
        ("bullets", [
            "Sam Okoro will apply for a school uniform grant for Callum by 06/03/2026, and see the new uniform "
            "at her next visit after it arrives.",
            "Gary Hollis will help Donna sort out her rent arrears and bills, going through the letters with "
            "her; the bills folder, with each letter answered, will be shown to Sam.",
        ]),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Donna is drunk while she is the only adult with Callum, or Tia has to look after Callum "
            "because her mum is too drunk: Tia rings Gary, or 999 if anyone is hurt or Donna cannot be "
            "woken. The children stay at Gary's at 12 Dock Street that night, and Sam, or the Emergency Duty "
            "Team out of hours, holds a strategy discussion the same day.",
            "If Gary cannot have Callum on a Wednesday or Friday, or cannot have the children overnight (he "
            "works away some weeks): Gary rings Sam that day. Callum goes to the Priory Fields after-school "
            "club, paid for by Family Help, and Michelle brings him home at 6pm. If the children cannot stay "
            "at home safely overnight, Sam arranges an emergency foster placement for them together.",
            "If Donna is still drinking during the day at the core group on 21/04/2026, or either child "
            "misses more than three days of school in a fortnight, Sam will ask Anne Ruddock for a legal "
            "planning meeting.",
        ]),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 4pm at Priory Fields Primary: 24/02/2026, 24/03/2026, "
            "21/04/2026 and 19/05/2026.",
            "Next review child protection conference: date to be confirmed by the Safeguarding Unit.",
        ]),
    ],
    "findings": [
        F("T002", "Donna will take over the morning jobs Tia does now"),
        F("M002", "will see Tia at school every two weeks about"),
        F("M002", "will do a worry box session with Callum"),
        F("T001", "Gary Hollis will help Donna sort out her rent arrears"),
        F("F004"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Core group plan after domestic abuse. A landscape table whose When
#    column is merged down over the rows that share a time, most of them
#    events in the children's week ("Before each contact", "At every nursery
#    session", "The first school day after each contact"); two "How we will
#    know" cells are merged down over two rows. Page header and footer.
#    Exemplary (pdf)
# ---------------------------------------------------------------------------
_BRANNOCK_ROWS = [
    ["1", "Before each contact (Saturdays at 10am, from 07/03/2026)",
     "Talk Jacob and Ava through the visit, using Ava's picture timetable, and remind them they can ask "
     "to go home at any time.",
     "Siobhan Brannock (Mum)",
     "The contact record says how each child arrived; Jacob can tell Naomi, at her visits, what he was told "
     "(written in her visit record)."],
    ["2", V,
     "Check that Martin has signed the contact agreement and has come in 15 minutes early by the side "
     "entrance, so that he and Siobhan never meet; cancel the contact if he is late or angry.",
     "Bev Okoye, contact supervisor, Gulverstone Family Contact Centre",
     "For rows 2 and 3: the contact record, with arrival times and what was said, sent to Naomi by the "
     "Monday after each contact."],
    ["3", "At every contact",
     "Stay in the room the whole time, and stop the contact if Martin talks about Siobhan, the court case "
     "or coming back home.",
     "Bev Okoye, contact supervisor", V],
    ["4", "At every nursery session (Monday to Friday, 8.45am to 11.45am)",
     "Greet Ava, write down how she arrives and how she is after a weekend contact, and record any hitting "
     "or biting and what happened just before it.",
     "Joanne Platt, Ava's key person, Little Wrens Nursery",
     "For rows 4 and 5: Ava's daily diary, behaviour chart and the signed collection log, e-mailed to Naomi "
     "every Friday; fewer incidents of hitting in April than in March."],
    ["5", V,
     "Hand Ava only to Siobhan or Nana Rose (the two names on her collection list), and ring Naomi straight "
     "away if Martin comes to the nursery.",
     "Sue Harland, manager, Little Wrens Nursery", V],
    ["6", "The first school day after each contact (usually a Monday)",
     "Check in with Jacob first thing: how contact went, how he slept, and his score out of 10 for feeling "
     "safe at home.",
     "Dev Kapoor, learning mentor, Fenwick Street Primary",
     "Check-in sheet with Jacob's score e-mailed to Naomi the same day; his score at 7 or more by the review "
     "conference."],
    ["7", "Every Wednesday",
     "Collect Ava from nursery at 11.45am and look after her until Siobhan finishes her college course at "
     "3.30pm.",
     "Rose Doyle (Nana Rose), Siobhan's mum",
     "Nursery collection log; Nana Rose texts Naomi each Wednesday once Siobhan has collected Ava."],
    ["8", "Every week until the review conference on 12/05/2026, unless the row says otherwise",
     "Visit Siobhan, Jacob and Ava at home, seeing Jacob and Ava each on their own at least every other "
     "visit; one visit in three unannounced.",
     "Naomi Achterberg, social worker",
     "Visit records on the file within two working days, with each child's words, or what Ava showed and "
     "did."],
    ["9", V,
     "Safety-planning sessions with Siobhan every two weeks, including the school run, the court day and "
     "what to do if Martin makes contact.",
     "Kirsty Dunn, IDVA, Gulverstone Domestic Abuse Service",
     "Signed safety plan on Naomi's file; Kirsty's session notes sent to Naomi after each session."],
    ["10", "Assessment on Tuesday 10/03/2026, then every Tuesday evening from 17/03/2026 until the review "
           "conference",
     "Go to the assessment for the Gulverstone Change programme, and then to every weekly session.",
     "Martin Brannock (Dad)",
     "Assessment letter to Naomi by 13/03/2026; attendance register sent to Naomi monthly; facilitator's "
     "progress report before the review conference."],
    ["11", "By the second core group (Tuesday 31/03/2026)",
     "Refer Jacob to the Rainbow group for children who have lived with domestic abuse.",
     "Naomi Achterberg, social worker",
     "The service's letter accepting Jacob, with his start date, on the file."],
    ["12", V,
     "See Jacob about his bedwetting and agree a plan with him and Siobhan.",
     "Lucy Tran, school nurse, Gulverstone 0-19 Service",
     "The plan on the school nursing record and copied to Naomi; Jacob's dry-nights chart, which he brings "
     "to each appointment."],
    ["13", "On the day of the court hearing (30/04/2026), or any day Martin's bail conditions change",
     "Tell Naomi and Siobhan the outcome of the hearing and any new conditions.",
     "DC Lisa Farrow, Gulverstone Police Domestic Abuse Safeguarding Unit",
     "E-mail to Naomi with the outcome and conditions, on the file the same day."],
    ["14", V,
     "Meet Siobhan within two working days to update the safety plan and the contact arrangements.",
     "Naomi Achterberg, social worker",
     "Updated safety plan signed by Siobhan, copied to the school, the nursery and the contact centre."],
]

PLANS.append({
    "name": "b175_gulverstone_core_group_when_column_merged_by_event_brannock.pdf",
    "doc_title": "Core Group Plan - Jacob and Ava Brannock",
    "split": "heldout",
    "actions": 14,
    "landscape": True,
    "min_pages": 2,
    "check_vmerge": 7,
    "header": "Gulverstone Council · Children's Services · Core group plan",
    "footer": "Jacob and Ava Brannock · Core group plan (CG1 03/03/2026) · Page {PAGE} of {NUMPAGES}",
    "template": "core-group-plan-paged-landscape-kv-details-what-happened-going-well-jacob-says-and-avas-day-outcomes-then-no-when-what-who-how-we-will-know-table-with-the-when-column-merged-down-over-the-rows-sharing-a-time-mostly-events-in-the-childrens-week-two-how-we-will-know-cells-merged-over-two-rows-then-if-things-go-wrong-meetings",
    "description": (
        "Exemplary core group plan for an 8-year-old and a 3-year-old after their father threw a mug at "
        "their mother, cutting her head, while she held the 3-year-old; he is on bail not to contact "
        "her and sees the children at a contact centre. The plan table's When column is merged down over "
        "the rows that share a time, most of them events in the children's week ('Before each contact', "
        "'At every nursery session', 'The first school day after each contact', 'On the day of the "
        "court hearing'), and two 'How we will know' cells are merged over two rows each. The "
        "grandmother's Wednesdays have a fallback, legal planning follows named triggers, the children's "
        "words and days are recorded, and core group and review dates are set."
    ),
    "blocks": [
        ("title", "Core Group Plan"),
        ("p", "Gulverstone Council, Children's Services - Safeguarding and Support Team South. Agreed at the "
              "first core group on Tuesday 03/03/2026, after the initial child protection conference on "
              "17/02/2026."),
        ("kv", [
            ("Children", "Jacob Brannock, born 09/10/2017 (8, Year 3, Fenwick Street Primary School); Ava "
                         "Brannock, born 26/06/2022 (3, Little Wrens Nursery at Gulverstone Family Hub)"),
            ("Home", "8 Harrier Road, Gulverstone GU8 4NB, with their mum, Siobhan Brannock (28)"),
            ("Dad", "Martin Brannock (32), on bail not to contact Siobhan or come to Harrier Road until his "
                    "hearing at Gulverstone Magistrates' Court on Thursday 30/04/2026"),
            ("Maternal grandmother", "Rose Doyle (Nana Rose), 2 Plover Close"),
            ("Category", "Emotional abuse (both children)"),
            ("Social worker", "Naomi Achterberg (team manager: Claire Hendry)"),
        ]),
        ("h1", "What happened"),
        ("p", "On 02/02/2026 Martin threw a mug at Siobhan during an argument about money. It cut her head "
              "while she was holding Ava. Jacob saw it from the stairs and ran to a neighbour's. Martin was "
              "arrested and charged with assault occasioning actual bodily harm. Siobhan told the police "
              "that Martin had pushed and slapped her before, and that the children had seen some of it."),
        ("p", "Since then Jacob has wet the bed most nights and checks the front door is locked before he "
              "goes to sleep. Ava has hit and bitten other children at nursery, mostly on Mondays."),
        ("h1", "What is going well"),
        ("bullets", [
            "Siobhan has kept the bail conditions and rang the police herself when Martin messaged her on "
            "10/02/2026.",
            "Martin has been to every contact so far, on time, and the contact centre says he plays well with "
            "both children.",
            "Nana Rose is close to the children and is already on Ava's collection list.",
            "Jacob is doing well in his reading and has joined the school football team.",
        ]),
        ("h1", "What Jacob says, and Ava's day"),
        ("p", "Jacob (seen on his own at school by Naomi, 24/02/2026): \"I want Dad to stop shouting and come "
              "to my football, but not live with us yet.\" \"I lock the door so no one can get in.\" He scored "
              "feeling safe at home 5 out of 10."),
        ("p", "Ava cannot yet say what she feels. At nursery she plays at putting the dolls to bed and tells "
              "them \"shhh, Daddy cross\". She is clingy at drop-off on Mondays and calmer by Wednesday. At "
              "home she sleeps in Siobhan's bed and wakes two or three times a night."),
        ("h1", "What we want for Jacob and Ava"),
        ("numbers", [
            "Jacob and Ava are safe from their dad's violence: he does not come to the house, and they see "
            "him only at contact that is supervised.",
            "Ava is settled at nursery and her hitting and biting stop, because she feels safe.",
            "Jacob sleeps through the night, is dry most nights and can talk to someone about what he saw.",
            "Jacob and Ava live with a mum whose safety plan works, and they know what to do if they feel "
            "unsafe.",
        ]),
        ("pagebreak",),
        ("h1", "Our plan"),
        ("p", "The When column says when each row happens. Where one When cell runs down beside several rows, "
              "that time is each of theirs unless a row gives its own. A 'How we will know' cell that runs "
              "down beside two rows is the check for both."),
        ("table", {
            "header": ["No.", "When", "What will happen", "Who", "How we will know"],
            "widths": [1.0, 4.3, 9.0, 4.4, 7.0],
            "rows": _BRANNOCK_ROWS,
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Martin comes to the house, the school or the nursery, or contacts Siobhan or the children "
            "outside the contact centre: Siobhan or the school rings 999 and the police arrest him for "
            "breaching his bail. Naomi, or the Emergency Duty Team out of hours, holds a strategy discussion "
            "the same day, and contact stops until the core group has met.",
            "If a contact has to be stopped twice because of what Martin says or does, contact moves to one "
            "hour a month at the centre, supervised by Bev, until the review conference.",
            "If Nana Rose cannot collect Ava on a Wednesday (she is ill or away), she or Siobhan rings the "
            "nursery by 10am; Ava stays for the Family Hub's afternoon session, which Sue Harland agreed on "
            "02/03/2026, and Siobhan collects her at 3.45pm. If Nana Rose cannot help at all any more, Naomi "
            "arranges a childminder for Wednesday afternoons within a week.",
            "If Siobhan lets Martin back into the house or takes the children to meet him, or if the court "
            "ends his bail conditions and he tries to return home, Naomi will ask Claire Hendry for a legal "
            "planning meeting within five working days to decide whether to start the Public Law Outline.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 9.30am at Fenwick Street Primary: 03/03/2026, "
            "31/03/2026 and 28/04/2026.",
            "Review child protection conference: Tuesday 12/05/2026 at 10am, Gulverstone Town Hall.",
        ]),
        ("p", "Plan typed by Naomi Achterberg on 04/03/2026 and sent to Siobhan, Martin (rows 2, 3 and 10 "
              "and the contact rules only) and every agency named above."),
    ],
    "findings": [],
})
