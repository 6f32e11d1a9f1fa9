"""Batch 141, module z: seven fictional plans (tuning material), places beginning with "z".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md (conventions 12
and 13 in particular), without running planlint or reading its code.

Focus: plans whose measures, timescales and sometimes owners are NOT written
beside each action, but given once for a group, in house styles and voices
the earlier batches of this kind (113 to 118) did not use. The time is given
once in shaded phase rows inside one Word table, in a "When" column merged
down beside each group of rows, in stage headings with their dates or events
("from the day of discharge until the baby is 12 weeks old"), in the caption
over each part of a core group's action log, in the two time headings of a
child's own plan, and in a plain-text week calendar whose rows list the task
codes due that week. Measures are given once for a group too: a "What we
will look for at each core group" table keyed by action number, checks
written into the outcomes with a "For outcome" column pointing at them, a
"How we'll know" cell merged down beside two schools, a "We'll know
because" line inside each goal of a child's plan with "(for 3)" after each
job, an appendix of success criteria keyed by reference, and a "How we will
know" list keyed by task code. Owners are given once as well: a Who column
of initials from the attendance list merged down, and "Jo will:" lead-ins in
a plan written to a nine-year-old. The children: a 10-year-old with
cerebral palsy, epilepsy and a gastrostomy and his sister; three children
living with domestic abuse; an unborn baby likely to withdraw from methadone;
a 13-year-old young carer whose father drinks and has liver disease; a
9-year-old whose father hurt her mother; two young children whose mother uses
cannabis and cocaine; and a 10-week-old baby with a cleft lip and palate
whose mother has postnatal depression.

Five plans are exemplary (no findings): the Zennorwick review plan with
phase banner rows and a "look for" table by number (docx), the Zeddingham
pre-birth plan in dated stages with outcome checks (pdf), the Zolbridge core
group record with an initials Who column merged down (pdf), Ellie's own plan
from Zilverton (md) and the Zathercombe case-system print with a task
calendar (txt). Two carry a realistic mix of faults among mostly good rows:
the Zarrowby initial conference plan with a merged "When" column, whose last
group is only "Ongoing" (docx), and the Zouchmoor review plan with stage
tables and an appendix of success criteria that leaves one row out (md).

Counting convention used for "actions" (convention 1): every live row of an
action table, every numbered task and every job bullet under an owner's
lead-in counts once. Banner rows, stage headings and captions, the calendar,
the "look for" table, the outcome checks and the appendix of criteria, the
outcomes, the contingency, the meeting dates and the list of things done
since the last core group (closed one-off work, convention 1 and batches 131
and 132) are not actions. Reading of conventions 12 and 13 used: a time given
once for a phase, group, part or heading is the time of every action under
it unless the action gives its own, and a group timed only "Ongoing" or
"when things have settled" gives a vague time (T002) to each of its actions;
a measure counts for an action when a table or list keyed by its number or
code, a merged cell beside it, or the check of the outcome it says it is
"for" gives it; an action such a list leaves out, with no measure of its own,
gets M001; a merged measure cell that is vague is the only measure of each
row beside it (M002 for each).
"""
from build_batch5 import F, H, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. First review conference plan, a 10-year-old with four-limb cerebral
#    palsy, epilepsy and a gastrostomy, and his 6-year-old sister; mother
#    with depression, grandmother helping in the evenings. Landscape Word
#    table with three shaded phase rows giving the time, no measure column;
#    a "What we will look for at each core group" table after it, keyed by
#    action number. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b141_zennorwick_rcpc_cerebral_palsy_phase_banners_look_for_box_treharne.docx",
    "doc_title": "Child Protection Plan - First Review - Kai and Maisie Treharne",
    "split": "tune",
    "actions": 15,
    "landscape": True,
    "template": "rcpc-disabled-child-docx-landscape-details-kv-kais-needs-what-has-changed-eye-gaze-views-numbered-outcomes-then-no-what-lead-table-three-shaded-phase-banner-rows-carry-the-time-then-separate-what-we-will-look-for-at-each-core-group-table-keyed-by-action-number",
    "description": (
        "Exemplary first review conference plan for a 10-year-old with four-limb cerebral palsy, "
        "epilepsy and a gastrostomy, and his 6-year-old sister, whose mother has depression and "
        "had let his feeds, medicines and appointments slip. One landscape Word table holds the "
        "actions with only No., What and Lead columns; three shaded phase rows ('Phase 1 - now "
        "until the first core group: all done by Tuesday 03/02/2026', 'every week from 03/02/2026 "
        "until the second review conference on 14/04/2026', 'by the second review conference') "
        "give the time of every row under them, and a separate 'What we will look for at each "
        "core group' table gives each action's measure by number. Kai's voice is his eye-gaze "
        "answers and what adults see; the CMHT psychologist and CPN both report on capacity to "
        "change, the GP and adult social care own actions, the grandmother's evenings have a "
        "fallback, legal planning follows named triggers, core group and review dates are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan – First Review Conference"),
        ("p", "Zennorwick County Council · Children's Services · Disabled Children's Service (Safeguarding)"),
        ("kv", [
            ("Child", "Kai Treharne, DOB 03/02/2015 (10), Zennorwick Brook School (special school)"),
            ("Sister", "Maisie Treharne, DOB 21/09/2019 (6), Year 2, Holm Lane Primary School"),
            ("Address", "7 Tamsin Court, Zennorwick ZN3 8QD"),
            ("Mother", "Leanne Treharne (38), sole carer"),
            ("Father", "Gareth Treharne (40), lives in Penvale; has Maisie every other Saturday and visits Kai "
                       "at Tamsin Court"),
            ("Maternal grandmother", "Pam Rowe (63), 31 Quarry Row, Zennorwick (two streets away)"),
            ("Category", "Neglect (Kai and Maisie)"),
            ("Initial conference", "14/10/2025"),
            ("This review", "First review child protection conference, 13/01/2026. Chair (IRO): Delyth Ambrose"),
            ("Social worker", "Owen Pascoe, Disabled Children's Service (team manager: Ruth Halloran)"),
        ]),
        ("h1", "Kai's needs"),
        ("p", "Kai has four-limb cerebral palsy and epilepsy. He does not walk or talk, and he has all of his food, "
              "fluids and medicines through a gastrostomy tube. He sits in his wheelchair for most of the day, so "
              "his skin needs checking at every change, and he needs turning three times a night. He has buccal "
              "midazolam for any seizure that lasts longer than five minutes."),
        ("h1", "Why there is a plan, and what has changed since October"),
        ("p", "At the initial conference Kai had missed three epilepsy clinic appointments and two gastrostomy "
              "reviews, his weight had fallen from the 25th to the 9th centile in six months, and school had found "
              "a pressure sore at the base of his spine. The midazolam at home was out of date. Leanne told the "
              "conference that she had been low since the summer, was sleeping three or four hours a night and had "
              "stopped answering the phone. Maisie was flushing Kai's tube at night and had missed school on the "
              "days Kai was unwell."),
        ("p", "Since then Leanne has started an antidepressant and has been seen twice by the Community Mental "
              "Health Team. The pressure sore has healed. Kai's weight is just above the 9th centile. Two of the "
              "three rebooked appointments were kept, but the epilepsy clinic on 09/12/2025 was missed again "
              "because no transport had been booked. Maisie's attendance this term is 94%."),
        ("h1", "What Kai and Maisie have told us, and what we have seen"),
        ("p", "Kai uses an eye-gaze board of pictures and answers yes by looking up and no by looking away. At "
              "school on 06/01/2026, with his teaching assistant Mrs Jenkins, he looked at 'home', 'Nana' and "
              "'bath' when asked what he likes best, and at 'sad' when shown the picture of his tube being "
              "flushed at night. He smiles and makes his happy sound when Pam sings to him at bedtime. On home "
              "visits he has gone stiff and cried after a long time in his chair, and settled as soon as he was "
              "lifted onto his side on the mat."),
        ("p", "Maisie (seen on her own at school, 07/01/2026): “I help Mummy with Kai's tube when she's too sad. I "
              "don't mind but I get really tired. I like it when Nana comes because then Mummy laughs.” She drew "
              "herself on the trampoline with Kai in his chair beside it, and said she would like “to go to the "
              "club for kids who have a brother like Kai”."),
        ("p", "Leanne: “I know I let things slip. I want the help so I can do it properly, not people taking him "
              "off me.”"),
        ("h1", "What we want for Kai and Maisie"),
        ("numbers", [
            "Kai gets every feed, fluid and medicine his plan sets out, and his weight climbs back to the 25th "
            "centile.",
            "Kai's skin stays healthy, with no new pressure sores, and he is turned through the night.",
            "Kai goes to every health appointment, and any long seizure is treated with in-date medicine by an "
            "adult who knows his epilepsy plan.",
            "Maisie does no part of Kai's medical care, goes to school every day and has time to play and see "
            "friends.",
            "Kai and Maisie are cared for every day by a mum who is well enough, and has enough help, to meet "
            "Kai's needs.",
        ]),
        ("h1", "The plan"),
        ("p", "The plan runs in three phases. The time for each phase is in the shaded row above its actions and "
              "applies to every action in it. The table has no 'how we will know' column: what the core group "
              "will look for is set out in the second table, by action number."),
        ("table", {
            "header": ["No.", "What will happen", "Lead (and who helps)"],
            "widths": [1.3, 15.4, 9.0],
            "rows": [
                ["PHASE 1 – NOW UNTIL THE FIRST CORE GROUP: all done by Tuesday 03/02/2026", H, H],
                ["1", "Replace Kai's buccal midazolam at home and in his school bag, and write a new epilepsy care "
                      "plan with Leanne for home, school and Cedar Lodge",
                 "Sian Probert, epilepsy nurse specialist, Zennorwick Children's Hospital"],
                ["2", "Weigh Kai, check his gastrostomy site and agree a new feed and fluid plan with Leanne, "
                      "written on one page for the fridge",
                 "Harriet Cole, paediatric dietitian, with Nia Bevan, community children's nurse"],
                ["3", "Rebook the missed epilepsy clinic with hospital transport, and put every appointment Kai has "
                      "until April into a shared calendar on Leanne's phone",
                 "Owen Pascoe, social worker"],
                ["4", "Assess Leanne's depression and how it affects her care of Kai and Maisie, and write to the "
                      "social worker with a view on whether she can make the changes the children need and how "
                      "long that is likely to take",
                 "Dr Naomi Pryce, clinical psychologist, Zennorwick Community Mental Health Team"],
                ["5", "Carry out a carer's assessment with Leanne and agree paid evening care for Kai's bedtime "
                      "routine on the nights Pam does not come",
                 "Aled Morgan, carers' assessor, Zennorwick Adult Social Care"],
                ["6", "Refer Maisie to the Zennorwick Young Carers Club and take her to her first session",
                 "Bethan Lloyd, family support worker"],
                ["PHASE 2 – EVERY WEEK FROM 03/02/2026 UNTIL THE SECOND REVIEW CONFERENCE ON 14/04/2026", H, H],
                ["7", "Visit Kai and Maisie at home, one visit in two unannounced and one a fortnight at Kai's "
                      "bedtime; see Maisie on her own and look at the feed chart, the turning chart and the "
                      "medicine box",
                 "Owen Pascoe, social worker"],
                ["8", "Give Kai every feed, fluid and medicine on the fridge plan, turn him at 11pm, 2am and 5am, "
                      "and write each one on the home chart",
                 "Leanne Treharne (Mum)"],
                ["9", "Check Kai's skin at every change, write his feeds, fluids and any seizures in the "
                      "home-school book, and ring the social worker the same day about any mark, missed feed or "
                      "missing medicine",
                 "Carys Jenkins, school nurse, Zennorwick Brook School"],
                ["10", "Come to Tamsin Court on Tuesday and Thursday evenings, 6pm to 9pm, to help with Kai's last "
                       "feed, his bath and bed",
                 "Pam Rowe (maternal grandmother)"],
                ["11", "See Leanne for CBT and, before each core group, report in writing on whether her mood and "
                       "her daily routine are changing in the ways Kai and Maisie need, and the likely timescale",
                 "Gwen Tudor, community psychiatric nurse, Zennorwick Community Mental Health Team"],
                ["12", "Review Leanne's antidepressant every four weeks, and tell the social worker within two "
                       "working days if she misses a review or stops taking it",
                 "Dr Iestyn Morris, GP, Tamsin Court Surgery"],
                ["PHASE 3 – BY THE SECOND REVIEW CONFERENCE, TUESDAY 14/04/2026", H, H],
                ["13", "Complete a parenting assessment built around Kai's day, with two observed evenings and one "
                       "observed morning",
                 "Owen Pascoe, social worker"],
                ["14", "Hold a family network meeting with Leanne, Pam and Gareth to agree who covers Kai's evenings "
                       "and Maisie's school run if Pam cannot",
                 "Owen Pascoe, social worker"],
                ["15", "Set up a weekend short break at Cedar Lodge once a month so that Kai gets used to staying "
                       "there",
                 "Ffion Hughes, short breaks co-ordinator, Disabled Children's Service"],
            ],
        }),
        ("h2", "What we will look for at each core group"),
        ("table", {
            "header": ["Action", "What we will look for"],
            "widths": [3.2, 22.5],
            "rows": [
                ["1", "In-date midazolam seen at home and in Kai's school bag; the signed epilepsy care plan on "
                      "file at home, at school and at Cedar Lodge"],
                ["2 and 8", "Kai weighed every two weeks by Nia Bevan and plotted on his growth chart, rising "
                            "towards the 25th centile; the home chart filled in for every feed, fluid, medicine "
                            "and night turn when the social worker checks it"],
                ["3", "Transport booking confirmed in writing; the shared calendar seen on Leanne's phone; the "
                      "clinic letter shows Kai was seen"],
                ["4 and 11", "Dr Pryce's letter on file; Gwen Tudor's written report with the social worker two "
                             "working days before each core group, giving her view of the likely timescale"],
                ["5", "The carer's assessment and the agreed evening care hours in writing; the care agency's rota "
                      "shows the first evening visit"],
                ["6", "The Young Carers Club register shows Maisie at her first session and each week after"],
                ["7", "Visit records show both children seen every week, Maisie's own words and Kai's eye-gaze "
                      "answers written down, and the charts and medicine box checked"],
                ["9", "The home-school book seen at each visit; every same-day call logged by the school and by the "
                      "social worker; no new pressure area found"],
                ["10", "Pam writes in the home book each evening she comes; her evenings are seen at the observed "
                       "bedtime visits"],
                ["12", "The GP's four-weekly letter on file; any missed review reported within two working days"],
                ["13", "The written parenting assessment shared with the review conference"],
                ["14", "The written family network plan, naming who covers if Pam cannot, sent to every core group "
                       "member"],
                ["15", "Cedar Lodge's booking record shows one weekend stay each month, with the staff's notes on "
                       "how Kai settled"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If Kai misses two feeds in one day or any dose of his epilepsy medicine, loses weight at two weighs "
              "in a row, has a new pressure sore, or has a seizure longer than five minutes with no midazolam to "
              "hand, whoever finds it will ring Owen (or the duty social worker) that day. Owen will hold a "
              "strategy discussion the same day, and until it has been held Kai will stay in the emergency bed at "
              "Cedar Lodge and Maisie will stay with Pam at Quarry Row."),
        ("p", "If Pam cannot come on her evenings or cannot have Maisie (she is ill or away), Owen will book the "
              "Adult Social Care emergency carers for those evenings that day, or Kai will stay at Cedar Lodge "
              "overnight. Gareth has agreed to have Maisie at his home in Penvale for up to a week."),
        ("p", "If Kai's weight is not back to the 25th centile by the second review, he misses another health "
              "appointment, or Dr Pryce's or Gwen Tudor's reports say Leanne cannot make the changes in Kai's "
              "timescale, Owen will ask Ruth Halloran for a legal planning meeting within five working days."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every three weeks, Tuesdays at 3.30pm, Zennorwick Brook School: 03/02/2026, 24/02/2026, "
            "17/03/2026 and 07/04/2026.",
            "Second review child protection conference: Tuesday 14/04/2026, 10am, Zennorwick County Hall.",
            "Before each core group Owen and Mrs Jenkins will ask Kai about his week with his eye-gaze board and "
            "bring his answers to the meeting.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Initial conference plan, three children, father's violence and cocaine
#    use, mother's anxiety, maternal aunt helping. Landscape Word table whose
#    first column, "When", is merged down beside each group of rows; one
#    "How we will know" cell merged beside two adult-service rows. Faulty
#    (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b141_zarrowby_icpc_domestic_abuse_when_column_merged_oakley.docx",
    "doc_title": "Initial Child Protection Plan - Tyler, Ruby and Freddie Oakley",
    "split": "tune",
    "actions": 16,
    "landscape": True,
    "check_vmerge": 5,
    "template": "icpc-domestic-abuse-docx-landscape-details-kv-reasons-childrens-words-outcomes-then-when-column-merged-down-beside-each-group-no-what-needs-to-happen-who-how-we-will-know-one-measure-cell-merged-over-two-rows-last-group-ongoing",
    "description": (
        "Initial conference plan for an 11-year-old, a 7-year-old and a 2-year-old after their "
        "father, who uses cocaine, assaulted their mother; he has left the house on bail. A "
        "landscape Word table whose first column, 'When', is merged down beside each group of "
        "rows ('Within 10 working days of this conference - by Friday 27/02/2026', 'Every week "
        "until the review conference on Tuesday 12/05/2026', 'By the review conference'), with "
        "per-row owners and measures. Most rows are sound (the IDVA and the order, the police "
        "flag, weekly visits, the three settings, the perpetrator programme, the aunt's days). "
        "Faults: the talking therapies row only treats the mother, and the one merged cell beside "
        "it and the drug service row says only 'Engagement with the service'; the parenting "
        "assessment has no output; 'Family' keeps the children away from the father; the last "
        "group's time is only 'Ongoing' (two rows); one outcome is the mother's alone; the "
        "contingency has no trigger or response, no fallback for the aunt and no legal step."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Zarrowby Metropolitan Borough Council – Children and Families – Initial Child Protection Conference"),
        ("kv", [
            ("Children", "Tyler Oakley (11), DOB 22/03/2014, Year 7, Zarrowby Academy; Ruby Oakley (7), DOB "
                         "08/08/2018, Year 3, St Bede's Primary; Freddie Oakley (2), DOB 30/11/2023, Busy Bees "
                         "Nursery"),
            ("Address", "14 Coldwell Road, Zarrowby ZW5 2JR"),
            ("Mother", "Shannon Oakley (33)"),
            ("Father", "Dean Oakley (36); on police bail not to come to Coldwell Road, living at his brother's in "
                       "Zarrowby"),
            ("Maternal aunt", "Jodie Kerr (30), 2 Pelham Street, Zarrowby"),
            ("Category", "Emotional abuse (all three children)"),
            ("Conference", "Initial child protection conference, Thursday 12/02/2026. Chair: Anwen Price (IRO)"),
            ("Social worker", "Marta Kowal, Safeguarding Team North (team manager: Colin Reddy)"),
        ]),
        ("h1", "Why the conference was held"),
        ("p", "On 24/01/2026 Dean came home after using cocaine, accused Shannon of seeing someone else and "
              "pushed her down the stairs. Tyler rang 999 from his bedroom while Ruby held Freddie. Dean was "
              "arrested and is on bail not to come to the house. There were two earlier police call-outs in 2025, "
              "each after an argument when Dean had been using. Shannon has anxiety and has not slept properly "
              "since Christmas; she is on the waiting list for Zarrowby Talking Therapies. Dean has been referred "
              "to the Zarrowby Drug and Alcohol Service. Tyler has been in three fights at school since January."),
        ("h1", "What the children said"),
        ("p", "Tyler (seen on his own at school, 04/02/2026): “I rang them because I thought he was going to kill "
              "her. I'm the man of the house now. I don't want to see him till he's said sorry to Mum.”"),
        ("p", "Ruby (seen on her own at home, 05/02/2026): “I put my hands on Freddie's ears. I want Daddy to come "
              "back but not the shouting Daddy.” She drew her family with Dean standing outside the house."),
        ("p", "Freddie (seen at nursery, 06/02/2026) played in the home corner, but cried and ran to his key worker "
              "when another child shouted. Nursery say he has started waking from naps screaming."),
        ("h1", "What we want to achieve"),
        ("bullets", [
            "Tyler, Ruby and Freddie live free from violence and shouting, and never again see or hear their dad "
            "hurt their mum.",
            "Tyler and Ruby are at school every day and Freddie is at nursery every session, fed and on time.",
            "Tyler can talk to an adult he trusts about what he has seen, and has no more fights at school.",
            "Shannon feels confident and able to keep herself safe.",
        ]),
        ("h1", "The plan"),
        ("p", "The 'When' column is merged down beside each group of actions: the time it gives is the time for "
              "every action in that group."),
        ("table", {
            "header": ["When", "No.", "What needs to happen", "Who", "How we will know"],
            "widths": [4.0, 1.0, 8.4, 5.4, 6.9],
            "rows": [
                ["Within 10 working days of this conference – by Friday 27/02/2026",
                 "1",
                 "Apply for a non-molestation order with the IDVA's help, and give a copy to both schools and the "
                 "nursery",
                 "Shannon Oakley (Mum), with Precious Nwankwo, IDVA, Zarrowby Domestic Abuse Service",
                 "Copy of the order seen by the SW and held by Zarrowby Academy, St Bede's and Busy Bees"],
                [V, "2",
                 "Put a flag on 14 Coldwell Road so that any 999 call is treated as urgent, and tell the SW the "
                 "next working day of any call-out",
                 "DC Sam Rourke, Zarrowby Police, Domestic Abuse Unit",
                 "Flag confirmed in writing to the SW; each call-out e-mailed to the SW the next working day"],
                [V, "3",
                 "Send each setting and the GP a copy of the plan with the contingency",
                 "Marta Kowal, SW",
                 "Each setting and the GP confirm by e-mail that they have the plan"],
                [V, "4",
                 "Put a child protection alert on all three children's records and tell the SW of any missed "
                 "appointment",
                 "Dr Helen Sutcliffe, GP, Coldwell Medical Practice",
                 "GP letter confirming the alerts; missed appointments e-mailed to the SW within two working days"],
                ["Every week until the review conference on Tuesday 12/05/2026",
                 "5",
                 "Visit the children at home, one visit in two unannounced, and see Tyler and Ruby on their own",
                 "Marta Kowal, SW",
                 "Visit records show all three children seen each week and Tyler's and Ruby's words written down"],
                [V, "6",
                 "Check each child's attendance and how they are, and ring the SW the same day with any worry",
                 "Mr Luke Addy, DSL, Zarrowby Academy; Mrs Grace Lin, DSL, St Bede's; Kayla Moss, key worker, "
                 "Busy Bees",
                 "Attendance e-mailed to the SW each Friday (95% or more); every same-day call logged on CPOMS"],
                [V, "7",
                 "Weekly guided self-help sessions for Shannon's anxiety and sleep",
                 "Jo Farrant, psychological wellbeing practitioner, Zarrowby Talking Therapies",
                 "Engagement with the service"],
                [V, "8",
                 "Key-work with Dean about his cocaine use and his temper",
                 "Phil Ashe, recovery worker, Zarrowby Drug and Alcohol Service",
                 V],
                [V, "9",
                 "Attend the Zarrowby Safer Relationships programme for men who have been abusive",
                 "Dean Oakley (Dad)",
                 "Programme worker's attendance report to the SW every four weeks"],
                [V, "10",
                 "Collect Ruby and Freddie on Tuesdays and Thursdays and give them tea until Shannon finishes work",
                 "Jodie Kerr (maternal aunt)",
                 "Jodie texts the SW each Tuesday and Thursday evening; St Bede's gate log shows her collecting"],
                [V, "11",
                 "Have all three children to stay on Saturday nights so that Shannon can sleep",
                 "Jodie Kerr (maternal aunt)",
                 "Jodie's diary seen by the SW at each visit"],
                [V, "12",
                 "Keep the children away from Dean if he comes to the house",
                 "Family",
                 "Shannon tells the SW of any visit the same day; the SW asks Tyler and Ruby when she sees them "
                 "alone"],
                ["By the review conference, 12/05/2026",
                 "13",
                 "Complete a parenting assessment of Shannon",
                 "Marta Kowal, SW",
                 "–"],
                [V, "14",
                 "Three sessions of direct work with Tyler on what he saw, using the 'My Safe Place' pack",
                 "Marta Kowal, SW",
                 "Tyler's work and his own words kept on file and brought to the review"],
                ["Ongoing",
                 "15",
                 "Help Shannon apply for a move to a house away from Coldwell Road",
                 "Dawn Price, family support worker",
                 "Housing register reference on file"],
                [V, "16",
                 "Offer Tyler sessions with the school counsellor about his anger in class",
                 "Mr Luke Addy, DSL, Zarrowby Academy",
                 "Sessions logged on CPOMS, with Tyler's own view of them"],
            ],
        }),
        ("h1", "Contingency"),
        ("p", "If there are any further incidents or concerns, the core group will meet to discuss the plan and "
              "consider what needs to happen next."),
        ("h1", "Core group and review"),
        ("p", "Core group every four weeks, Wednesdays at 1pm, Zarrowby Family Hub: 04/03/2026, 01/04/2026 and "
              "29/04/2026. Review child protection conference: Tuesday 12/05/2026, 10am, Zarrowby Town Hall."),
    ],
    "findings": [
        F("F002", "Shannon feels confident and able to keep herself safe."),
        F("H001", "Weekly guided self-help sessions for Shannon's anxiety and sleep"),
        F("M002", "Weekly guided self-help sessions for Shannon's anxiety and sleep"),
        F("M002", "Key-work with Dean about his cocaine use and his temper"),
        F("W002", "Keep the children away from Dean if he comes"),
        F("M001", "Complete a parenting assessment of Shannon"),
        F("T002", "Help Shannon apply for a move to a house"),
        F("T002", "Offer Tyler sessions with the school counsellor about his anger"),
        F("C002"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Pre-birth initial conference plan: mother on methadone with two recent
#    positive heroin screens, father drinking at weekends, paternal
#    grandmother helping; the baby is likely to need watching for
#    withdrawal. Word plan printed to PDF with a page header and footer:
#    outcomes table with the checks, then three stage headings that carry
#    the time, each over a Ref / What / Who / For outcome table. Exemplary
#    (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b141_zeddingham_prebirth_stage_headings_for_outcome_checks_pattinson.pdf",
    "doc_title": "Pre-birth Child Protection Plan - Baby of Chloe Pattinson",
    "split": "tune",
    "actions": 16,
    "template": "prebirth-icpc-printed-to-pdf-page-header-footer-details-kv-why-the-baby-needs-a-plan-the-babys-world-parents-views-outcomes-table-with-how-we-will-know-checks-then-three-stage-headings-with-dates-or-events-each-over-ref-what-who-for-outcome-table",
    "description": (
        "Exemplary pre-birth plan for the unborn baby of a 24-year-old on methadone, whose last two "
        "screens were positive for heroin, and her partner, who drinks heavily at weekends; his "
        "mother will stay on weekend nights. A Word plan printed to PDF with a page header and "
        "footer. The outcomes table carries the checks ('How we will know'); the actions sit in "
        "three tables under stage headings that give the time once ('Stage 1 - now until the baby "
        "is born', 'Stage 2 - from the birth until the day the baby goes home', 'Stage 3 - from "
        "the day of discharge until the baby is 12 weeks old'), each row saying which outcome it "
        "is for. The baby's world is described before birth; the drug and alcohol service reports "
        "on change, the GP owns an action, the grandmother's nights have a fallback, legal "
        "planning follows named triggers, core group and review dates are set."
    ),
    "header": "OFFICIAL-SENSITIVE – Zeddingham City Council – Pre-birth Child Protection Plan",
    "footer": "Baby of Chloe Pattinson – initial conference 10/03/2026 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Pre-birth Child Protection Plan"),
        ("kv", [
            ("Unborn baby", "Baby of Chloe Pattinson, due 14/05/2026, to be born at Zeddingham General Hospital"),
            ("Mother", "Chloe Pattinson (24), 3 Lantern Yard, Zeddingham ZD4 1HP"),
            ("Father", "Liam Dorsey (27), same address"),
            ("Paternal grandmother", "Carol Dorsey (55), 18 Mill Bank, Zeddingham (ten minutes by bus)"),
            ("Category", "Neglect (unborn)"),
            ("Conference", "Initial child protection conference, 10/03/2026, at 29 weeks of pregnancy. Chair: "
                           "Imran Sadiq (IRO)"),
            ("Social worker", "Holly Brannigan, Pre-birth and Infant Team (team manager: Lorna Keeble)"),
        ]),
        ("h1", "Why the baby needs a plan"),
        ("p", "Chloe used heroin from the age of 17 and has been on a methadone script since 2024; she now takes "
              "45ml a day, collected under supervision at Lantern Pharmacy. After her father died in January her "
              "screens on 14/01/2026 and 28/01/2026 were positive for heroin; the two since have been clear. Liam "
              "drinks up to twelve cans on Friday and Saturday nights, and the police were called in November "
              "2025 to an argument when he was drunk. Chloe's first child, Ava (4), has lived with her paternal "
              "grandparents under a special guardianship order since 2023, after neglect linked to Chloe's drug "
              "use. Because of the methadone the baby is likely to need watching, and possibly treating, for "
              "withdrawal after the birth."),
        ("h1", "The baby's world"),
        ("p", "At the 20-week scan the baby was growing well. Chloe says the baby kicks most in the evening and "
              "goes quiet when Liam talks to her bump; Liam felt the baby kick on the visit of 03/03/2026 and said "
              "“that's my lad or lass”. The Moses basket is bought and is in the bedroom. Right now the baby is "
              "growing inside a mum whose body is used to methadone, and is due to come home to a flat where "
              "there is heavy drinking every weekend. After the birth the neonatal nurses, the health visitor and "
              "Holly will write down what they see of the baby's day (feeding, sleeping, how the baby settles and "
              "who comforts them) and bring it to every core group."),
        ("p", "Chloe: “I want to be the mum I couldn't be for Ava. I slipped when Dad died but I've been clean "
              "since.” Liam: “I'll cut the drinking. Mum's said she'll come and stop over.”"),
        ("h1", "What we want for the baby, and how we will know"),
        ("table", {
            "header": ["Outcome", "What we want for the baby", "How we will know"],
            "widths": [2.3, 6.4, 8.3],
            "rows": [
                ["A", "The baby comes home to a flat that is ready: a clear Moses basket, methadone locked away, "
                      "and no drugs or drink in the home.",
                 "Holly and the specialist midwife see the Moses basket set up and clear and the methadone in the "
                 "locked box at the joint visit at 36 weeks, and the same at every visit after the birth (visit "
                 "notes)."],
                ["B", "The baby's withdrawal is noticed early and treated, and the baby feeds well and gains "
                      "weight.",
                 "Withdrawal scores recorded by the neonatal nurses every four hours, with any treatment on the "
                 "drug chart; every feed on the ward chart; the baby back to birth weight by 14 days and gaining "
                 "at every weekly weigh in the red book."],
                ["C", "The baby is cared for at every moment by an adult who is sober and free of drugs.",
                 "The pharmacy record shows Chloe's methadone collected under supervision every day; Chloe's "
                 "fortnightly screens are clear of heroin and cocaine; Liam's Monday breath tests read zero; "
                 "Carol's diary of the nights she stays is seen by Holly at each visit; no one is found under the "
                 "influence at any planned or unannounced visit (visit notes)."],
                ["D", "The baby is fed, settled and comforted by parents who notice and answer the baby's cues.",
                 "Holly's and the neonatal nurses' notes of how Chloe and Liam feed and settle the baby; the "
                 "Parent-Infant Team's video scores go up between the first and the sixth session."],
            ],
        }),
        ("h1", "What will happen"),
        ("p", "The actions are in three stages. The time for each stage is in its heading and is not repeated in "
              "the table. The last column says which outcome each action is for: the check for that outcome, "
              "above, is how we will know the action is working."),
        ("h2", "Stage 1 – now until the baby is born (from 10/03/2026; baby due 14/05/2026)"),
        ("table", {
            "header": ["Ref", "What will happen", "Who", "For outcome"],
            "widths": [1.2, 8.1, 5.4, 2.3],
            "rows": [
                ["1.1", "See Chloe every two weeks, and every week from 36 weeks, and agree a written birth plan with "
                        "the neonatal team, copied to the social worker, so that the baby is watched for withdrawal "
                        "from birth",
                 "Janine Ormerod, specialist substance misuse midwife, Zeddingham General Hospital", "B"],
                ["1.2", "Key-work with Chloe and urine screens every two weeks until the baby is 12 weeks old, and a "
                        "written report before each core group on whether she is stable on her script, what "
                        "still needs to change for the baby and how long that is likely to take",
                 "Dev Rahman, recovery worker, Zeddingham Recovery Hub (adult drug and alcohol service)", "C"],
                ["1.3", "Key-work with Liam about his weekend drinking, with a breath test every Monday, and the "
                        "same written report before each core group",
                 "Sally Kember, alcohol worker, Zeddingham Recovery Hub", "C"],
                ["1.4", "Collect her methadone under supervision every day and keep any take-home dose in the "
                        "locked box",
                 "Chloe Pattinson (Mum)", "C"],
                ["1.5", "Joint home visit at 36 weeks to see the baby's sleeping place, the locked box and the flat",
                 "Holly Brannigan, SW, with Janine Ormerod", "A"],
                ["1.6", "Complete a pre-birth parenting assessment of Chloe and Liam and share the written report "
                        "with the core group",
                 "Holly Brannigan, SW", "C, D"],
                ["1.7", "Hold a family network meeting with Chloe, Liam and Carol to agree who stays at the flat "
                        "after the birth and who steps in if Carol cannot, and send everyone the written network "
                        "plan",
                 "Holly Brannigan, SW", "C"],
                ["1.8", "Send the social worker a letter with Chloe's and Liam's relevant medical history and "
                        "current prescriptions, to be kept on the baby's file",
                 "Dr Ruth Okafor, GP, Lantern Yard Medical Centre", "C"],
            ],
        }),
        ("h2", "Stage 2 – from the birth until the day the baby goes home (at least five days on the Neonatal "
               "Unit's transitional care ward)"),
        ("table", {
            "header": ["Ref", "What will happen", "Who", "For outcome"],
            "widths": [1.2, 8.1, 5.4, 2.3],
            "rows": [
                ["2.1", "Score the baby for withdrawal every four hours and start treatment if the scores call "
                        "for it",
                 "Sister Amy Clegg, ward lead, Neonatal Unit, Zeddingham General Hospital", "B"],
                ["2.2", "Write every feed and every visit by Chloe and Liam on the ward chart, and ring the "
                        "social worker the same day if either parent seems under the influence",
                 "Sister Amy Clegg, ward lead", "B, C"],
                ["2.3", "Visit the baby on the ward at least twice a week and see the baby with Chloe and Liam",
                 "Holly Brannigan, SW", "D"],
                ["2.4", "Hold a discharge planning meeting and send the written discharge plan to every core group "
                        "member before the baby goes home",
                 "Holly Brannigan, SW", "A, C"],
            ],
        }),
        ("h2", "Stage 3 – from the day of discharge until the baby is 12 weeks old"),
        ("table", {
            "header": ["Ref", "What will happen", "Who", "For outcome"],
            "widths": [1.2, 8.1, 5.4, 2.3],
            "rows": [
                ["3.1", "Visit every week, weigh the baby and plot the weight in the red book, and look at where "
                        "the baby sleeps",
                 "Abi Nolan, health visitor", "A, B"],
                ["3.2", "Visit every week, one visit in two unannounced, and see the baby awake and being fed",
                 "Holly Brannigan, SW", "C, D"],
                ["3.3", "Stay at the flat on Friday and Saturday nights so that there is always a sober adult with "
                        "the baby",
                 "Carol Dorsey (paternal grandmother)", "C"],
                ["3.4", "Six video-feedback sessions at home, one a week, with Chloe, Liam and the baby, and a "
                        "note to Holly after the third and sixth sessions on whether their responses to the baby "
                        "are changing and how quickly",
                 "Marie Tanner, Zeddingham Parent-Infant Team", "D"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "Before the birth: if Chloe has a screen positive for heroin or misses two methadone pick-ups in a "
              "row, Dev will tell Holly the same day and Holly will hold a strategy discussion within two working "
              "days to decide where the baby will go from hospital."),
        ("p", "After the birth: if either parent is found under the influence while caring for the baby, or the "
              "baby is not fed for more than four hours, Holly will hold a strategy discussion the same day. Until "
              "it is held the baby stays on the ward if not yet discharged, or goes with Chloe to Carol's home at "
              "18 Mill Bank; Liam will stay away from the baby until he is sober."),
        ("p", "If Carol cannot stay on her nights or have the baby (she is ill or away), Holly will arrange that "
              "day for Chloe and the baby to go to a Zeddingham parent-and-baby foster placement, or for the baby "
              "to go to emergency foster carers."),
        ("p", "If Chloe has another positive heroin screen after 32 weeks, Liam has two breath tests over zero, or "
              "the pre-birth assessment says the parents cannot keep the baby safe, Holly will ask Lorna Keeble "
              "for a legal planning meeting within five working days, so that a decision on pre-proceedings under "
              "the PLO is made before the birth."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 11am, Lantern Yard Children's Centre: 24/03/2026 and "
            "21/04/2026; then within five working days of the birth, and every four weeks after that.",
            "Review child protection conference: Tuesday 09/06/2026, 10am, Zeddingham Civic Centre.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Second core group record, a 13-year-old young carer and his sister;
#    father with alcohol dependence and liver disease, paternal aunt
#    helping. Word record printed to PDF with a page header and footer:
#    attendance list with an initials key, a "done since last time" list,
#    then the action log in two parts whose captions give the time, with a
#    Who column of initials merged down over each person's rows and one
#    "How we'll know" cell merged beside the two schools. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b141_zolbridge_core_group_young_carer_initials_merged_who_hollins.pdf",
    "doc_title": "Core Group Record - Callum and Evie Hollins - 10/02/2026",
    "split": "tune",
    "actions": 14,
    "check_vmerge": 3,
    "template": "core-group-record-printed-to-pdf-page-header-footer-attendance-initials-key-done-since-last-time-updates-childrens-views-outcomes-then-action-log-two-parts-captions-give-time-who-initials-column-merged-down-how-well-know-merged-over-two-schools",
    "description": (
        "Exemplary record of the second core group for a 13-year-old young carer and his "
        "8-year-old sister, whose father has alcohol dependence and alcohol-related liver disease; "
        "their mother died in 2021 and a paternal aunt helps. A Word record printed to PDF with a "
        "page header and footer. The attendance list defines each person's initials, and the "
        "action log uses the initials alone in a Who column merged down over each person's rows. "
        "The log is in two parts whose captions give the time once ('Part A - by the next core "
        "group, Tuesday 10/03/2026', 'Part B - every week from today until the review "
        "conference'); one 'How we'll know' cell is merged beside the two schools' rows. Two "
        "referrals done since the first core group are listed apart and not counted. The alcohol "
        "service assesses and reports on change, the liver nurse and GP own actions, the aunt's "
        "part has a fallback, legal planning follows named triggers, meeting dates are set."
    ),
    "header": "OFFICIAL-SENSITIVE – Zolbridge Borough Council – Core Group Record",
    "footer": "Callum and Evie Hollins – core group 2, 10/02/2026 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Core Group Record"),
        ("kv", [
            ("Children", "Callum Hollins (13), DOB 05/06/2012, Year 8, Zolbridge High School; Evie Hollins (8), "
                         "DOB 19/11/2017, Year 4, Marsh Lane Primary"),
            ("Address", "40 Brewer's Walk, Zolbridge ZB2 7TN"),
            ("Category", "Neglect (both children), from the initial conference of 13/01/2026"),
            ("Meeting", "Core group 2, Tuesday 10/02/2026, 4pm, Zolbridge High School"),
            ("Review conference", "Tuesday 14/04/2026, 1.30pm, Zolbridge Town Hall"),
        ]),
        ("h2", "Present (initials are used in the action log)"),
        ("bullets", [
            "MH – Mark Hollins, father",
            "BH – Bev Hollins, paternal aunt",
            "RT – Rosie Tang, social worker, Zolbridge Children's Services (chair)",
            "KA – Kofi Asante, recovery worker, Zolbridge Alcohol Service",
            "NC – Nadia Chowdhury, hepatology nurse specialist, Zolbridge Hospital liver clinic",
            "JO – Jenny Oduya, designated safeguarding lead, Zolbridge High School",
            "PW – Paul Wren, designated safeguarding lead, Marsh Lane Primary",
            "LF – Leah Ford, young carers worker, Zolbridge Young Carers",
        ]),
        ("p", "Apologies: SB – Dr Sanjay Bhatt, GP, Fern Walk Surgery (written update sent, and agreed his action "
              "by e-mail). Minutes taken by Gill Parry, business support."),
        ("h1", "1. Done since the first core group"),
        ("bullets", [
            "DONE 20/01/2026 – RT referred Callum and Evie to Zolbridge Young Carers; the referral was accepted on "
            "27/01/2026.",
            "DONE 22/01/2026 – MH self-referred to Zolbridge Alcohol Service; KA saw him for a first appointment "
            "on 29/01/2026.",
        ]),
        ("h1", "2. How things have been"),
        ("p", "Mark told the group he has cut down from a litre of vodka a day to about half that, and has not "
              "drunk before midday since the conference. KA confirmed that Mark has kept both Wednesday sessions "
              "and that his breath test on 04/02/2026 was over the limit at 11am. NC said Mark's liver scan in "
              "January showed cirrhosis; he has been told that any yellowing, confusion or vomiting blood means "
              "going straight to A&E. Bev has had the children for tea on Mondays and Fridays every week. JO said "
              "Callum has been late eight times this half term and has handed in no homework since Christmas; PW "
              "said Evie's attendance is 96% but she has twice come in without a packed lunch."),
        ("h1", "3. What Callum and Evie say"),
        ("p", "Callum (seen on his own at school by RT, 05/02/2026): “I do the tea most nights and I make sure Evie "
              "gets to bed. When Dad's been drinking I check he's breathing before I go to sleep. I don't want to "
              "get him in trouble, I just want him to get better.” He gave home 4 out of 10 and said the best bit "
              "of the week is Auntie Bev's on Fridays."),
        ("p", "Evie (seen on her own at home by RT, 03/02/2026): “Daddy sleeps on the settee a lot. Callum does my "
              "hair. I like it when we have fish fingers at Auntie Bev's.” She drew Callum holding her hand and "
              "Dad asleep."),
        ("h1", "4. Outcomes from the plan"),
        ("bullets", [
            "Callum and Evie are looked after every day by an adult who is sober, who makes their meals and gets "
            "them to school on time.",
            "Callum no longer cares for his dad or his sister, goes to school on time and has time for homework "
            "and friends.",
            "Evie goes to school every day with a packed lunch and clean uniform.",
            "Callum and Evie know what to do, and who to ring, if their dad is drunk or becomes ill.",
        ]),
        ("h1", "5. Action log"),
        ("p", "Owners are shown by the initials in the attendance list above. The time for each part is in its "
              "caption and applies to every action in that part."),
        ("boldp", "Part A – to be done by the next core group, Tuesday 10/03/2026"),
        ("table", {
            "header": ["Who", "No.", "Action", "How we'll know"],
            "widths": [1.6, 1.2, 8.0, 6.2],
            "rows": [
                ["RT", "A1",
                 "Hold a family network meeting with MH, BH and Mark's cousin Steve Hollins to agree who has the "
                 "children if Mark is drunk or admitted to hospital",
                 "The written network plan sent to every core group member"],
                [V, "A2",
                 "Two sessions of direct work with Callum on what he does at home, using the young carers' 'My "
                 "caring week' sheet",
                 "Callum's own list of his jobs at home on file, to compare with a new list at the review"],
                [V, "A3",
                 "Book Evie's missed dental check and hearing test, and go with MH to both",
                 "Appointment letters on file; the clinic letters show Evie was seen"],
                ["KA", "A4",
                 "Complete a full alcohol assessment with Mark and write a report on whether he can stop "
                 "drinking, what needs to change for Callum and Evie, and how long that is likely to take",
                 "The written report with RT and shared at the next core group"],
                ["NC", "A5",
                 "Write to RT about how Mark's liver disease affects his care of the children, and which "
                 "symptoms would mean he must be admitted",
                 "The clinic letter on the children's file"],
                ["SB", "A6",
                 "Review Mark's medication with him and send RT his latest liver blood results",
                 "The GP letter with the results on the children's file"],
                ["LF", "A7",
                 "Give Callum a place at the Thursday young carers' group and Evie a place at the Saturday "
                 "junior group",
                 "The group registers show both children at their first session"],
            ],
        }),
        ("boldp", "Part B – every week from today until the review conference, Tuesday 14/04/2026"),
        ("table", {
            "header": ["Who", "No.", "Action", "How we'll know"],
            "widths": [1.6, 1.2, 8.0, 6.2],
            "rows": [
                ["RT", "B1",
                 "Visit at home, one visit in two unannounced, see Callum and Evie on their own and check there "
                 "is food in the house",
                 "Visit notes show both children seen alone every week, with their own words and what food was "
                 "seen"],
                ["MH", "B2",
                 "Stay sober whenever he is looking after Callum and Evie, and go to his key-work session at the "
                 "Alcohol Service every Wednesday",
                 "KA's record shows a breath test reading zero at every Wednesday session; Callum and Evie "
                 "tell RT when seen alone that they have not seen Dad drunk"],
                [V, "B3",
                 "Make the children's tea each evening and be up to get them to school, so that Callum does "
                 "not have to",
                 "Callum and Evie tell RT at each visit who made tea and who got them up; Zolbridge High's late "
                 "book shows Callum on time"],
                ["KA", "B4",
                 "Key-work with Mark every Wednesday with a breath test, and a written update to RT before each "
                 "core group on whether he is making the changes the children need and the likely timescale",
                 "Breath test results and the written update with RT two working days before each core group"],
                ["BH", "B5",
                 "Have Callum and Evie for tea every Monday and Friday, and take Evie to school on Fridays",
                 "BH texts RT each Monday and Friday evening; Marsh Lane's gate log shows her on Fridays"],
                ["JO", "B6",
                 "Meet Callum every Monday with his form tutor, check his attendance and homework, and ring RT "
                 "the same day with any worry",
                 "Each school e-mails RT its attendance every Friday (95% or more); every worry is phoned "
                 "through the same day and logged on CPOMS"],
                ["PW", "B7",
                 "Check Evie's attendance, her lunch and her uniform each morning, and ring RT the same day "
                 "with any worry",
                 V],
            ],
        }),
        ("h1", "6. Contingency"),
        ("p", "If Mark is drunk while he is looking after Callum and Evie (a breath test over the limit, or "
              "either child, a school or BH tells RT), is admitted to hospital, or there is no food or heating in "
              "the house, BH will take the children to her home at 12 Fern Walk that day and RT will hold a "
              "strategy discussion the same day. Callum has BH's and RT's numbers on his phone and will ring 999 "
              "if his dad cannot be woken, is confused or is vomiting blood."),
        ("p", "If BH cannot have the children (she is ill, away or cannot manage), Steve Hollins will have them "
              "for that night; if neither can, RT will place Callum and Evie together with Zolbridge foster "
              "carers the same day."),
        ("p", "If Mark has two breath tests over the limit before the review, the children are found on their own "
              "overnight, or KA's report says he cannot make the changes in the children's timescale, RT will ask "
              "her team manager, Imogen Clarke, for a legal planning meeting within five working days."),
        ("h1", "7. Next meetings"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 4pm, Zolbridge High School: 10/03/2026 and 07/04/2026.",
            "Review child protection conference: Tuesday 14/04/2026, 1.30pm, Zolbridge Town Hall.",
            "RT will see Callum and Evie on their own before each core group and bring their words to it.",
        ]),
        ("p", "Record circulated on 12/02/2026 to everyone present and to Dr Bhatt."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. A nine-year-old's own plan after the initial conference: her father
#    hurt her mother and has left under a court order; her nana helps.
#    Markdown written to Ellie ("you"): goals with a "We'll know because"
#    line each, then two parts whose headings give the time, with owners'
#    "Jo will:" lead-ins over nested job bullets that say which goal they
#    are for. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b141_zilverton_my_plan_child_friendly_two_parts_goal_checks_booth.md",
    "split": "tune",
    "actions": 16,
    "template": "childs-own-plan-md-written-to-the-child-about-you-why-there-is-a-plan-three-houses-then-numbered-goals-each-with-well-know-because-line-then-two-time-headed-parts-owner-lead-ins-with-nested-job-bullets-for-goal-n-then-if-things-go-wrong-and-grown-ups-meetings",
    "description": (
        "Exemplary child protection plan written to a 9-year-old after the initial conference: her "
        "father pushed and hit her mother and has left under a non-molestation order; her nana "
        "collects her from school twice a week. Markdown in the second person. Each of five goals "
        "carries its own 'We'll know because' line; the jobs are in two parts whose headings give "
        "the time once ('Part 1 - before half term: all done by Friday 13 February 2026', 'Part "
        "2 - every week from 16 February 2026 until the big review meeting on Tuesday 28 April "
        "2026'), under owners' lead-ins ('Jo (your social worker) will:') with nested bullets, "
        "each job saying which goal it is for or giving its own check. Ellie's words and three "
        "houses, a contingency with a fallback for Nana and the refuge, legal planning explained "
        "in plain words, core group and review dates."
    ),
    "text": """\
# My plan – for Ellie

*Zilverton Borough Council, Children's Services. This is your child protection plan. It was agreed at the
meeting about you on Tuesday 27 January 2026, and Jo wrote it out for you on 30 January 2026. Mum has a copy
too, and so does everyone named in it.*

## About you

- **Your name:** Ellie Booth. You are 9 (your birthday is 4 July).
- **School:** Zilverton Park Primary, Year 5. Your teacher is Mrs Patel, and Miss Kaur is the learning mentor.
- **You live with:** Mum (Gemma Booth) at 22 Orchard Rise, Zilverton ZL3 5PW.
- **Dad** (Ryan Booth) has lived at his friend's flat in Dock Street since the police came on 2 December 2025.
  A judge has made an order that says he must not come to Orchard Rise or contact Mum, until 2 June 2026.
- **Nana Sue** (Mum's mum, Sue Lacey) lives at 5 Quarry Lane with Biscuit the dog.
- **Your social worker** is Jo Marsh. Her phone number is on your safety card.

## Why there is a plan

On 2 December Dad shouted at Mum, pushed her into the kitchen door and hit her. You heard it from your room and
rang 999, which was a brave and right thing to do. Before that, Dad had shouted and thrown things lots of times,
and you often hid in your wardrobe. The meeting decided that you need a plan so that all the grown-ups work
together to keep you safe and help you feel better. The grown-ups call this kind of harm "emotional abuse". It is
never a child's fault.

## What you told us

You talked to Jo at school on 20 January and did your three houses with her.

- **House of worries:** "Dad shouting and banging the doors." "Mum crying in the bathroom." "Dad coming back at
  night when we're asleep."
- **House of good things:** "Nana's dog Biscuit." "Swimming on Saturdays." "Miss Kaur's lunch club."
- **House of dreams:** "Everybody is calm. I can see Dad at the place with the toys but not at home. Mum smiles
  again."

You said: "I don't want Dad to live with us but I still love him. I want to see him somewhere with a grown-up
there." You gave feeling safe at home 5 out of 10. You said you would like to talk to someone who is "not a
teacher and not Mum" about the things you saw.

## What we want for you, and how we'll know

1. **You feel safe at home and nobody hurts Mum.** *We'll know because* the police tell Jo about any call to
   Orchard Rise, Dad does not come to the house, and the safe score you give Jo when you see her on your own
   goes up (Jo writes it down each time).
2. **You see Dad safely, with a grown-up there, if you want to.** *We'll know because* the contact centre writes
   down every visit and how it went, and you tell Jo on your own how you felt about each one.
3. **You are at school every day, enjoying it, with a grown-up there you can talk to.** *We'll know because*
   the school register shows you in school (95% or more), and your Tuesday chats with Miss Kaur are written down
   and shared with Jo.
4. **You know that what happened was not your fault, and you know what to do if you feel scared.** *We'll know
   because* you can show Jo your safety card and tell her the three people on it, and Amy writes to Jo about your
   sessions.
5. **You are looked after by Mum, who has the help she needs to keep you both safe from Dad.** *We'll know
   because* Mum's Freedom Programme attendance sheet and Kemi's notes are sent to Jo, and Mum rings the police
   straight away if Dad comes near the house (the police tell Jo).

## Who will do what, and when

The plan has two parts. The time is at the top of each part and counts for every job in it. After each job it
says which number from "What we want for you" it is for: the "We'll know because" for that number is how we
will check the job is working.

### Part 1 – before half term: all done by Friday 13 February 2026

- **Jo (your social worker) will:**
  - take you to meet Amy at the Zilverton Children's Counselling Service and book your six sessions (for 4)
  - make you a safety card with three grown-ups' numbers on it, and put one copy in your school bag and one by
    your bed (for 4)
  - tell the Zilverton Family Contact Centre the rules for your time with Dad and book your Saturday visits
    (for 2)
- **Mum will:**
  - have the locks changed and the window alarms fitted through the Zilverton Sanctuary Scheme, and show Jo
    that they work (for 1)
- **PC Dan Hale (Zilverton Police, Domestic Abuse Team) will:**
  - put a marker on 22 Orchard Rise so the police come fast to any 999 call from there, and tell Jo in writing
    when it is done (for 1)
- **Dad will:**
  - go to the first meeting of the Zilverton Respect programme, for dads who have hurt someone at home, and the
    programme will write to Jo to say he went

### Part 2 – every week from 16 February 2026 until the big review meeting on Tuesday 28 April 2026

- **Jo will:**
  - come to see you and Mum at home, and see you on your own at school every other week (for 1 and 3)
  - ask Mum at each visit whether Dad has been in touch, and check with PC Hale that there have been no calls
    (for 1)
- **Mrs Patel and Miss Kaur (school) will:**
  - have a chat with you every Tuesday after lunch, and ring Jo the same day if you seem worried or upset (for 3)
  - check each morning that you are in school, and ring Mum by 9.30am if you are not (for 3)
- **Amy (your counsellor, Zilverton Children's Counselling Service) will:**
  - see you every Wednesday after school for six weeks, and write to Jo after the third and the sixth session
    about how you are getting on (for 4)
- **Marcia Obi (Zilverton Family Contact Centre) will:**
  - stay with you and Dad for the whole of your visit every Saturday from 10am to 11.30am, and stop the visit if
    Dad talks about Mum or about coming home (for 2)
- **Dad will:**
  - go to his Respect group every Monday evening; the programme will tell Jo every four weeks whether he has
    been
- **Mum will:**
  - go to the Freedom Programme every Thursday morning at Zilverton Family Hub, so she knows the signs and can
    keep you both safe (for 5)
- **Kemi Adebayo (Mum's IDVA, Zilverton Domestic Abuse Service) will:**
  - see Mum every two weeks to go over her safety plan, and tell Jo the same day about any contact from Dad
    (for 5)
- **Nana Sue will:**
  - pick you up from school every Wednesday and Friday and give you your tea, and write in the home book, which
    Jo reads at each visit

## If things go wrong

- **If Dad comes to the house, or rings or messages Mum or you:** Mum rings 999 (or you do, using your card).
  The police will come. You and Mum will go to Nana Sue's that night, and Jo will have a meeting with the police
  the same day (a strategy discussion) to decide what happens next to keep you safe.
- **If Nana Sue cannot have you** (she is poorly or away): Jo will find you and Mum a safe place the same day,
  such as the family flat at the Zilverton Women's Refuge.
- **If Dad breaks the rules at the contact centre, or misses two Respect groups:** your visits with Dad stop
  until the big review meeting, and Jo will tell you why.
- **If Dad comes to the house again, or Mum lets him move back in:** Jo will ask her manager, Sean Carter, for a
  legal planning meeting within five working days. That is a meeting with the council's lawyers to decide
  whether to ask a court to help keep you safe.

## The grown-ups' meetings

- **Core group:** Mum, Jo, Mrs Patel, Miss Kaur, Amy, Kemi, PC Hale and Nana Sue meet every four weeks at your
  school at 3.45pm: Tuesday 10 February, Tuesday 10 March and Tuesday 7 April 2026.
- **The big review meeting** (review child protection conference): Tuesday 28 April 2026 at 10am, Zilverton
  Town Hall. You can come for the first part, or write or draw what you want to say and Jo will take it for you.
- Jo will see you on your own before each meeting and tell the grown-ups what you said.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. First review conference plan, two young children, mother using cannabis
#    daily and cocaine at weekends, maternal grandfather helping. Markdown:
#    Ref / Action / Lead tables under three stage headings (the third timed
#    only "when things have settled"), success criteria in an appendix table
#    keyed by Ref. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b141_zouchmoor_rcpc_neglect_stage_tables_appendix_criteria_fenwick.md",
    "split": "tune",
    "actions": 14,
    "template": "rcpc-md-details-table-progress-since-icpc-childrens-views-outcomes-then-ref-action-lead-tables-under-three-stage-headings-with-time-third-stage-when-settled-then-appendix-success-criteria-keyed-by-ref-contingency-meetings",
    "description": (
        "First review conference plan for a 6-year-old and a 3-year-old whose mother smokes "
        "cannabis daily and uses cocaine at weekends; their grandfather takes the older boy to "
        "school and has them both for tea. Markdown: the actions sit in Ref / Action / Lead tables "
        "under stage headings that give the time ('Stage 1 - the next six weeks, by 17/03/2026', "
        "'Stage 2 - every week until the next review conference'), and their measures are in an "
        "appendix of success criteria keyed by Ref. Most rows are sound. Faults: the appendix says "
        "only 'Engagement with the service' for the drug service row and leaves out the school's "
        "row; 'Family network' keeps "
        "the mother from being alone with the children when she has used; a passive home "
        "conditions row with no lead; Stage 3 is timed only 'when things have settled' (two rows); "
        "one outcome is the mother's alone; the contingency rests on the grandfather with no "
        "fallback; the next review conference is 'to be confirmed'."
    ),
    "text": """\
# Zouchmoor City Council – Children's Social Care

## Child Protection Plan (first review)

| | |
|---|---|
| Children | Harley Fenwick, DOB 11/06/2019 (6), Year 2, Zouchmoor Primary; Mia Fenwick, DOB 02/09/2022 (3), Little Larks Nursery |
| Address | Flat 6, Tanner House, Kettle Row, Zouchmoor ZC1 4DD |
| Mother | Danielle Fenwick (27) |
| Father | Jordan Pike (29), lives in Zouchmoor with his mother; sees the children on Sunday afternoons at her house |
| Maternal grandfather | Ray Fenwick (61), 9 Kettle Row (same street) |
| Category | Neglect (both children) |
| Initial conference | 04/11/2025 |
| First review conference | 03/02/2026. Chair: Kath Dunmore (IRO) |
| Social worker | Megan Hoyle, Locality Team Central (team manager: Adrian Nkosi) |

## 1. Why there is a plan, and progress since the initial conference

Danielle smokes cannabis every day and has told us she uses cocaine most weekends. At the initial conference the
flat smelt strongly of cannabis, there was little food in, Mia had missed her 2-year health review and two sets of
immunisations, and Harley had been late to school 21 times in the autumn term and often came in hungry. In
October Harley was found by a neighbour at 9pm looking for his mum on the landing.

Since then Danielle has had two appointments with the drug service and says she has stopped using cocaine, though
her test on 13/01/2026 was positive for it. The flat has been cleaner at most visits. Ray has taken Harley to
school three days a week since November and Harley's lateness has halved. Mia's health review has still not
happened.

## 2. What Harley and Mia have told us

Harley (seen on his own at school, 27/01/2026): "Mum's smoke makes my eyes sting. When she's sleepy I get Mia
crisps. Grandad's the best because he does proper tea." He said he wants "Mum to not be sleepy all the time" and
to keep going to Grandad's.

Mia (seen at home, 22/01/2026) chatted about her nursery painting and showed the social worker her bed. She went to
the fridge twice asking for food and ate a yoghurt quickly. At nursery she is said to be a happy, busy girl who
eats everything at snack time.

## 3. Outcomes

1. Harley and Mia are cared for every day and night by an adult who is not under the influence of drugs.
2. Harley gets to school on time every day, with breakfast, and Mia goes to every nursery session.
3. Mia's health needs are met: her 2-year review and all her immunisations are up to date.
4. The children live in a clean, warm flat with food in the cupboards and no drugs within reach.
5. Danielle is drug-free and able to manage her own life.

## 4. The plan

The time for each stage is in its heading. How we will know each action has worked is in the appendix at the end
(section 7), by its Ref.

### Stage 1 – the next six weeks (from 03/02/2026, all by 17/03/2026)

| Ref | Action | Lead |
|---|---|---|
| 1.1 | Agree a written testing plan with Danielle and the drug service (a hair-strand test now, then urine screens) | Megan Hoyle, SW |
| 1.2 | Clear the flat of cannabis and anything used to smoke it, and keep all drugs out of the home | Danielle Fenwick (Mum) |
| 1.3 | Fit a stair gate and a fireguard and put locks on the cupboard with the cleaning products | Carl Dunne, family support worker |
| 1.4 | Get Mia's 2-year health review and her missed immunisations done | Tasha Bright, health visitor |
| 1.5 | Meet Jordan to go through the plan and ask what he can offer beyond Sunday afternoons | Megan Hoyle, SW |

### Stage 2 – every week until the next review conference

| Ref | Action | Lead |
|---|---|---|
| 2.1 | Visit Harley and Mia at home, at least one visit in two unannounced, and see Harley on his own | Megan Hoyle, SW |
| 2.2 | Key-work sessions and drug tests for Danielle at Zouchmoor Drug and Alcohol Service | Gary Platt, recovery worker, Zouchmoor Drug and Alcohol Service |
| 2.3 | Take Harley to school on Mondays, Wednesdays and Fridays, and have both children for tea on Wednesdays | Ray Fenwick (maternal grandfather) |
| 2.4 | Check Harley's attendance, whether he has had breakfast and how he presents each morning | Mrs Lorna Quigley, DSL, Zouchmoor Primary |
| 2.5 | Check that Mia is at nursery for every funded session and tell the SW about any absence the same day | Jade Cole, key worker, Little Larks Nursery |
| 2.6 | Make sure Danielle is never on her own with the children after she has used | Family network |
| 2.7 | Home conditions to be checked at each visit, including food in the cupboards and clean bedding | – |

### Stage 3 – when things have settled

| Ref | Action | Lead |
|---|---|---|
| 3.1 | Book Danielle a place on the Zouchmoor Incredible Years parenting group | Megan Hoyle, SW |
| 3.2 | Hold a family group conference with Danielle, Ray and Jordan's family to plan longer-term help | Megan Hoyle, SW |

## 5. Contingency plan

If Danielle is found under the influence of drugs while she is caring for Harley and Mia, or one of her tests is
positive for cocaine, Megan will hold a strategy discussion the same day, and the children will go to Ray's home
at 9 Kettle Row until it has taken place.

If Danielle has two more tests positive for cocaine before the next review, or the children are found without a
sober adult, Megan will ask Adrian Nkosi for a legal planning meeting within five working days.

## 6. Core group and review

- Core group every four weeks, Tuesdays at 1.30pm, Kettle Row Children's Centre: 17/02/2026, 17/03/2026 and
  14/04/2026.
- Next review child protection conference: date to be confirmed by the conference team.

## 7. Appendix – success criteria

| Ref | What success looks like |
|---|---|
| 1.1 | The testing plan, signed by Danielle and the service, on file, and the hair-strand result shared at the core group on 17/02/2026 |
| 1.2 | No cannabis smelt or seen, and nothing used for smoking it, at any planned or unannounced visit (SW and HV visit notes) |
| 1.3 | Gate, guard and cupboard locks seen fitted and in use by the SW |
| 1.4 | Mia's red book shows the review done and every missed immunisation given; the HV's letter to the SW on file |
| 1.5 | Note of the meeting and of Jordan's offer on the children's file |
| 2.1 | Visit notes show both children seen every week and Harley's own words written down |
| 2.2 | Engagement with the service |
| 2.3 | Ray writes the days in the diary on his fridge, which Megan checks every two weeks; the school gate log shows him on Mondays, Wednesdays and Fridays |
| 2.5 | Nursery register e-mailed to the SW each Friday, showing 90% or more |
| 2.6 | Any day Danielle has used is reported to the SW the same day; Harley is asked on his own who looked after him |
| 2.7 | Visit checklist shows food in the cupboards and clean bedding on both beds at every visit |
| 3.1 | Certificate of attendance from the group leader |
| 3.2 | The family's written plan shared with the core group |
""",
    "findings": [
        F("F002", "Danielle is drug-free and able to manage her own life."),
        F("M002", "Key-work sessions and drug tests for Danielle at Zouchmoor"),
        F("M001", "Check Harley's attendance, whether he has had breakfast"),
        F("W002", "Make sure Danielle is never on her own with the children"),
        F("W001", "Home conditions to be checked at each visit"),
        F("T002", "Book Danielle a place on the Zouchmoor Incredible Years"),
        F("T002", "Hold a family group conference with Danielle, Ray and Jordan's"),
        F("C003"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Initial conference plan for a 10-week-old baby with a cleft lip and
#    palate whose weight has faltered; mother (19, a care leaver) with
#    postnatal depression, father smoking cannabis, paternal grandmother
#    doing two nights a week. Plain-text case-system print: a task list with
#    owners only, a week-by-week task calendar whose rows list the task codes
#    due that week (and a DAILY row), then "How we will know" by task code.
#    Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b141_zathercombe_icpc_cleft_baby_task_calendar_print_kilbride.txt",
    "split": "tune",
    "actions": 14,
    "template": "icpc-case-system-print-txt-dot-leader-details-reasons-noahs-day-parents-views-outcomes-then-task-list-code-owner-task-no-times-then-week-by-week-task-calendar-rows-list-codes-daily-row-then-how-we-will-know-by-task-code-contingency-meetings",
    "description": (
        "Exemplary initial conference plan for a 10-week-old with a cleft lip and palate whose "
        "weight fell from the 50th to below the 9th centile after missed cleft team appointments; "
        "his 19-year-old mother, a care leaver, has postnatal depression, his father smokes "
        "cannabis, and the father's mother does two nights a week. A plain-text case-system "
        "print: a task list gives only each task's code, owner and wording; a week-by-week "
        "calendar up to the review conference lists the codes due each week (with a DAILY row), "
        "and a 'How we will know' list gives each task's measure by code. Noah's day as the "
        "workers see it; the perinatal mental health team assesses and reports on change, the GP "
        "and the drug service own tasks, the grandmother's nights have a fallback, legal planning "
        "follows named triggers, core group and review dates are set."
    ),
    "text": """\
ZATHERCOMBE COUNCIL  -  CHILDREN'S SERVICES  -  ZCS CASE SYSTEM
CHILD PROTECTION PLAN (INITIAL CONFERENCE)                 PRINTED 12/02/2026 09:41
==================================================================================
CHILD ............... Noah KILBRIDE, DOB 02/12/2025 (10 weeks)
ADDRESS ............. Flat 2, 17 Gull Road, Zathercombe ZT6 3NB
MOTHER .............. Jade KILBRIDE (19). Care leaver (Zathercombe, until 18);
                      Personal Adviser Hannah Grieve, Leaving Care Team
FATHER .............. Connor HALE (21), lives with Jade and Noah
PATERNAL GRANDMOTHER  Lorraine HALE (48), 41 Gull Road (same road)
CATEGORY ............ Neglect
CONFERENCE .......... ICPC 10/02/2026. Chair: Fiona Redfern (IRO)
SOCIAL WORKER ....... Dominic Fenn, Infant Safeguarding Team (TM: Asha Mistry)
==================================================================================

1. WHY NOAH HAS A PLAN

Noah was born with a cleft lip and palate. He is fed with a special squeezy
bottle and needs feeding at least every three hours, which takes time and
patience. He missed two cleft team appointments in January and his weight fell
from the 50th centile at birth to just below the 9th at eight weeks. His lip
repair is booked for Monday 16/03/2026 at Zathercombe Children's Hospital.

Jade was diagnosed with postnatal depression by her GP on 20/01/2026 and has
started sertraline. She says she sleeps in the day and "can't face" the long
feeds. Connor smokes cannabis every day, in the flat, and has fallen asleep on
the sofa with Noah on his chest. Jade grew up in foster care and has no family
she is in touch with; her former foster carer, Anne Pryor, still sees her.

2. NOAH'S DAY (WHAT WORKERS HAVE SEEN)

At the HV visit on 03/02/2026 Noah took 60ml in 40 minutes, sucking hard and
milk coming down his nose; he calmed when Jade held him upright against her
shoulder and rubbed his back. At the SW visit on 06/02/2026 he was awake and
crying in his Moses basket for ten minutes while Jade slept and Connor was out;
he stopped as soon as Lorraine picked him up and he watched her face while she
talked to him. He smiles now, mostly at Connor. The flat smelt of cannabis on
both visits.

Jade: "I love him but I'm so tired, and I'm scared of hurting his lip when I
feed him." Connor: "I'll smoke outside. I didn't know it mattered for a baby."

3. OUTCOMES FOR NOAH

O1  Noah is fed safely at least every three hours, day and night, and his
    weight is back on or above the 25th centile by the review conference.
O2  Noah goes to every cleft and hospital appointment, including his lip
    repair and the checks after it.
O3  Noah lives in a home free of cannabis smoke, and sleeps on his back in his
    own Moses basket, never on an adult.
O4  Noah is cared for by parents who notice his cues and comfort him, with a
    mum well enough to do this every day.

4. TASKS
----------------------------------------------------------------------------------
Each task below gives WHO and WHAT only. WHEN each task happens is set in the
TASK CALENDAR (section 5). HOW WE WILL KNOW is set by task code in section 6.

T01  WHO  Jade Kilbride (Mum) and Connor Hale (Dad)
     WHAT Feed Noah with his cleft bottle at least every three hours, day and
          night, holding him upright, and write each feed on the chart
T02  WHO  Mel Harker, cleft nurse specialist, Zathercombe Cleft Service
     WHAT Visit Noah at home, watch a full feed, weigh him and plot his weight
T03  WHO  Dominic Fenn (SW)
     WHAT Visit Noah at home, one visit in two unannounced; see him awake and
          being fed, and see where he sleeps
T04  WHO  Carla Ince, health visitor
     WHAT See Jade and Noah at home, check Noah's development and ask Jade the
          postnatal mood questions (EPDS)
T05  WHO  Dr Amara Okonkwo, consultant perinatal psychiatrist, Zathercombe
          Perinatal Mental Health Service
     WHAT Assess Jade's depression and how it affects her care of Noah, and
          write to the SW with a view on whether she can make the changes Noah
          needs and how long that is likely to take
T06  WHO  Sasha Reid, nursery nurse, Zathercombe Perinatal Mental Health
          Service
     WHAT Home session with Jade and Noah on reading his cues and feeding, and
          a report before each core group on whether Jade's responses to Noah
          are changing and how quickly
T07  WHO  Dr Paul Lennox, GP, Harbour Street Surgery
     WHAT Review Jade's sertraline, and tell the SW within two working days if
          she misses a review
T08  WHO  Rob Yates, recovery worker, Zathercombe Drug and Alcohol Service
     WHAT Key-work with Connor about his cannabis use, with a urine screen every
          four weeks, and a report before each core group on whether he has
          stopped smoking in the flat and what still needs to change for Noah
T09  WHO  Connor Hale (Dad)
     WHAT Never smoke cannabis in the flat or while he is caring for Noah
T10  WHO  Lorraine Hale (paternal grandmother)
     WHAT Stay at Gull Road on Tuesday and Saturday nights and do Noah's night
          feeds so that Jade can sleep
T11  WHO  Dominic Fenn (SW)
     WHAT Hold a family network meeting with Jade, Connor, Lorraine and Anne
          Pryor to agree who steps in if Lorraine cannot
T12  WHO  Dominic Fenn (SW), with Mel Harker
     WHAT Book hospital transport for the pre-operation check and the lip
          repair, and go with Jade and Noah to the pre-operation check
T13  WHO  Hannah Grieve, Personal Adviser, Zathercombe Leaving Care Team
     WHAT Help Jade claim Universal Credit and child benefit for Noah, so that
          there is money for his special bottles, formula and nappies
T14  WHO  Dominic Fenn (SW)
     WHAT Complete a parenting assessment of Jade and Connor, with two
          observed feeds and one observed night-time settle

5. TASK CALENDAR (ICPC 10/02/2026 TO REVIEW CONFERENCE 28/04/2026)
----------------------------------------------------------------------------------
WEEK BEGINNING   TASKS THAT WEEK                      NOTES
DAILY            T01  T09                             every day, 10/02 to 28/04
16/02/2026       T02 T03 T04 T06 T07 T08 T10          core group 1 Tue 24/02
23/02/2026       T02 T03 T05 T06 T08 T10 T13
02/03/2026       T02 T03 T04 T06 T08 T10 T11
09/03/2026       T02 T03 T06 T08 T10 T12              pre-op check Wed 11/03
16/03/2026       T02 T03 T04 T06 T07 T08 T10          LIP REPAIR Mon 16/03;
                                                      core group 2 Tue 17/03
23/03/2026       T02 T03 T06 T08 T10
30/03/2026       T02 T03 T04 T06 T08 T10
06/04/2026       T02 T03 T06 T08 T10                  core group 3 Tue 07/04
13/04/2026       T02 T03 T04 T06 T07 T08 T10 T14      T14 report due Fri 17/04
20/04/2026       T02 T03 T06 T08 T10
27/04/2026       T02 T03 T04 T08 T10                  REVIEW CONFERENCE Tue 28/04
----------------------------------------------------------------------------------
A code in a week's row means the task happens (or is finished) that week. T04
falls every other week and T07 every four weeks; T10 is every Tuesday and
Saturday night in each week shown.

6. HOW WE WILL KNOW (BY TASK CODE)
----------------------------------------------------------------------------------
T01  The feed chart on the fridge has every feed written in, with no gap
     longer than three hours by day or four hours at night; Mel and Dominic
     check it at each visit and note it on their records.
T02  Noah's weight plotted in his red book every week, going up each week and
     on or above the 25th centile by 28/04/2026.
T03  Visit records show Noah seen awake every week, how he fed and who
     comforted him, and his Moses basket seen clear with him on his back.
T04  Noah's checks written in his red book; Jade's EPDS score recorded at each
     visit and sent to Dominic.
T05  Dr Okonkwo's letter with her view on change on the file in the week
     shown, and shared at core group 2.
T06  Sasha's written report with Dominic two working days before each core
     group, with her scores of Jade's responses to Noah.
T07  The GP's letter after each review on the file; any missed review reported
     within two working days.
T08  Rob's written report with Dominic before each core group, with the screen
     results; the screens show Connor's cannabis levels falling.
T09  No cannabis smelt at any SW, HV or cleft nurse visit, planned or
     unannounced (visit records); Rob's screens as in T08.
T10  Lorraine writes the night feeds on the fridge chart; Dominic checks the
     chart at each visit.
T11  The written network plan, naming who steps in if Lorraine cannot, sent
     to every core group member.
T12  The transport booking confirmed in writing; the hospital's letters show
     Noah seen at the pre-operation check and admitted for the repair on
     16/03/2026.
T13  The benefit award letters seen by Hannah and a copy sent to Dominic.
T14  The written parenting assessment shared with the review conference.

7. CONTINGENCY
----------------------------------------------------------------------------------
IF Noah's weight drops at two weighs in a row, the feed chart shows a gap of
more than four hours twice in one week, he misses a cleft appointment, cannabis
is smelt in the flat, or he is found asleep on an adult, THEN Dominic holds a
strategy discussion the same day and Noah and Jade go to Lorraine's home at 41
Gull Road until it has been held; Connor stays away from Noah until the
strategy discussion agrees he can return.
IF Jade tells anyone she has thoughts of harming herself or Noah, THEN the
perinatal team sees her the same day and Noah stays with Lorraine.
IF Lorraine cannot do her nights or have Noah (she is ill or away), THEN Anne
Pryor stays at Gull Road those nights; if neither can, Dominic arranges a
Zathercombe parent-and-baby foster placement for Jade and Noah the same day.
IF Noah is not on the 25th centile by the review conference, Connor has two
screens showing rising cannabis levels, or Dr Okonkwo's view is that Jade
cannot make the changes in Noah's timescale, THEN Dominic asks Asha Mistry
for a legal planning meeting within five working days.

8. MEETINGS
----------------------------------------------------------------------------------
CORE GROUP ........ every three weeks, Tuesdays 2pm, Gull Road Children's
                    Centre: 24/02/2026, 17/03/2026, 07/04/2026
REVIEW CPC ........ Tuesday 28/04/2026, 10am, Zathercombe Civic Centre
NOAH'S DAY ........ Dominic brings a written note of what he has seen of
                    Noah's day to every core group and to the review
==================================================================================
END OF PRINT
""",
    "findings": [],
})
