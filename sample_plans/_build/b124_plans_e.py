"""Batch 124, module e: seven fictional plans (held-out material), places beginning with "e".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: good practice written in ways a template-bound reader could misread,
going past the initials keys, banner rows of agencies, case exports and
nested bullets of batches 119 to 122. Here the unusual parts are: a landscape
table whose last column, "Checked at", names the meeting where a row is looked
at (the real measure sits in "What will we see?" before it); a pre-birth table
whose columns run time-first ("By when | Who | What will happen | Proof") with
timescales in the midwives' notation (32/40, 36/40) explained once in a key;
a young person's plan whose action table is grouped under TIME banner rows
("Every week until the review conference (14 April)") rather than agency
banners, with "you" and first names as owners; a Markdown table with no Who
column at all, the owner in a bracket at the end of each action; a
plain-text review plan in aligned columns with dates in many forms, owners by
first name from a who's-who and one closed row. Owners are also joint ("Siobhan
and Conor together", "Miss Coyle with Mrs Dunne", "Tobi with Kemi"), a role
("the HV") or a service. Timescales are ages and weeks of pregnancy ("until
Jack is 6 months old (27 Mar 26)", "by 34/40"), events dated elsewhere ("by the
review conference") and dates in many forms. Measures are records and numbers
(feed chart initials, 25th centile, three clear screens in a row, 95%
attendance, blister pack matching the chart). Other sections: who's-who tables,
a baby's world before birth, "What Ellis shows us" for a non-verbal child,
"In your words", danger statement and safety goals, Plan B If | Then | Who
tables, meeting tables.

Five plans are exemplary (no findings): Eckersgill (docx, landscape ICPC plan,
safety goals merged down, Lead and "Checked at" columns, Plan B table),
Elderbeck (pdf, pre-birth plan, time-first columns and gestation timescales,
page header and footer), Emmerholt (pdf, a 14-year-old at risk of online
sexual exploitation who self-harms, written to him, time banner rows, page
header and footer), Esterfold (md, an autistic non-verbal 9-year-old with
epilepsy, no Who column, owners in brackets) and Elphinmoor (txt, review plan
in aligned columns, first names, dates in many forms). Two carry a realistic
mix of faults among mostly good actions: the Ebbingdale review plan (docx), a
real Word outline numbered 1 / 1.1 / a) with outcome > action > Who / When /
Proof, and the Eversleat core group plan (md) of nested theme > action >
"Who's doing it / By / We'll see" bullets.

Counting actions (convention 1; README "Files", actions): each live row of an
action table (time banner rows are not actions); each level-1.1 item of the
Ebbingdale outline (its a) Who / When / Proof sub-items belong to it and the
level-1 outcomes are not actions); each action-level bullet of the Eversleat
nested list (its sub-points belong to it). A one-off row marked DONE and closed
(one in Elphinmoor) is work already done and is not counted. Who's-who tables,
views, outcomes, Plan B tables, contingency bullets and meeting tables are not
counted.

Readings used where a definition could be taken more than one way: a time
banner row ("Straight away, before the first core group (29 January)") is the
timescale of the rows under it (convention 12, a timescale given once for a
group), and a row that gives its own frequency keeps it; gestation written as
32/40 is a timescale because the plan explains it once; "Checked at" is a
meeting, not the measure, so a row is judged on "What will we see?"; an owner in
a bracket at the end of an action cell owns it (convention 13); a Proof line
that is only a parent's feeling ("she feels calmer") is M002, and a Proof line
of "-" under an assessment is M001.
"""
from build_batch5 import F, H, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Initial conference plan, mother with bipolar disorder who stopped her
#    lithium, a baby and a 6-year-old, father away four nights a week,
#    grandmother staying. Landscape Word plan: who's-who table, danger
#    statement, safety goals merged down the first column, Lead, Start ->
#    finish, "What will we see?" and "Checked at" columns; Plan B table;
#    meeting table. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b124_eckersgill_icpc_landscape_goal_steps_checked_at_hartigan.docx",
    "doc_title": "Child Protection Plan - Ruby and Jack Hartigan",
    "split": "heldout",
    "actions": 12,
    "landscape": True,
    "check_vmerge": 3,
    "template": "icpc-landscape-word-plan-whos-who-table-called-in-this-plan-column-rubys-words-jacks-day-danger-statement-then-safety-goal-merged-down-step-lead-start-finish-what-will-we-see-checked-at-columns-plan-b-if-then-who-table-meetings-table",
    "description": (
        "Exemplary initial conference plan for a 6-year-old and a 3-month-old whose mother has bipolar "
        "disorder and stopped her lithium in pregnancy; their father drives lorries and is away four "
        "nights a week. A landscape Word table: the safety goal is merged down the first column, each "
        "step has a Lead named as the who's-who table says they will be called (Priya, the HV, Granny "
        "Mo, Dr Anand, 'Siobhan and Conor together', 'Miss Coyle with Mrs Dunne'), a 'Start → finish' "
        "cell ('until Jack is 6 months old (27 Mar 26)', 'w/c 12.01.26, then fortnightly'), an "
        "observable 'What will we see?' and a last 'Checked at' column naming the meeting where the "
        "row is looked at. The psychiatrist and CPN both report on capacity to change, the GP owns an "
        "action, the Plan B table covers Granny Mo being unable to stay and sets a legal planning "
        "trigger; core group and review dates are in a table."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Eckersgill Metropolitan Borough Council · Children and Young People's Service · "
              "Safeguarding Team North"),
        ("kv", [
            ("Children", "Ruby Hartigan (6), DOB 02/06/2019, Year 2 at Fellgate Primary; Jack Hartigan "
                         "(3 months), DOB 27/09/2025"),
            ("Home", "31 Weaver's Rise, Eckersgill EK4 9DP"),
            ("Category", "Neglect (both children)"),
            ("Conference", "Initial child protection conference, Thursday 8 January 2026. Chair: Olwen "
                           "Prescott (IRO)"),
        ]),
        ("h1", "Who's who"),
        ("p", "People are called in the plan by the name in the last column."),
        ("table", {
            "header": ["Name", "Who they are", "Called in this plan"],
            "widths": [6.0, 13.7, 6.0],
            "rows": [
                ["Siobhan Hartigan", "Mum, 29", "Siobhan"],
                ["Conor Hartigan", "Dad, 33; HGV driver, away Monday to Thursday nights", "Conor"],
                ["Maureen Doyle", "Siobhan's mother, 7 Tanner's Row, Eckersgill (five minutes by car)",
                 "Granny Mo"],
                ["Aoife Hartigan", "Conor's sister, 40 Beck Lane, Eckersgill", "Aunt Aoife"],
                ["Priya Mehta", "Social worker, Safeguarding Team North (team manager: Leon Abbott)", "Priya"],
                ["Tamsin Reilly", "Health visitor, Eckersgill 0-19 Service", "the HV"],
                ["Dr Kofi Anand", "Consultant psychiatrist, Eckersgill Community Mental Health Team (CMHT)",
                 "Dr Anand"],
                ["Gail Brennan", "Community psychiatric nurse and Siobhan's care co-ordinator, CMHT", "Gail"],
                ["Dr Helen Marsh", "GP, Millrace Surgery", "Dr Marsh"],
                ["Miss Jenna Coyle", "Ruby's class teacher, Fellgate Primary", "Miss Coyle"],
                ["Mrs Bernie Dunne", "Learning mentor and deputy DSL, Fellgate Primary", "Mrs Dunne"],
            ],
        }),
        ("h1", "Why we are worried"),
        ("p", "Siobhan has bipolar disorder. She stopped taking lithium when she found out she was pregnant "
              "with Jack, and in November 2025 she became very high: she did not sleep for four nights, spent "
              "the rent money, and on 21 November was found by a neighbour walking in the town centre at 2am "
              "with Jack in his pram and no coat on him. Ruby had been left asleep at home on her own. Siobhan "
              "was admitted to Oakridge Ward for nine days and restarted lithium. Conor was working away and did "
              "not know how unwell she had become."),
        ("h1", "Ruby's words and Jack's day"),
        ("p", "Ruby (seen on her own at school by Priya, 5 January 2026) drew her house with a big moon over "
              "it. She said: “Mummy was all zoomy and she didn't go to bed. I woke up and nobody was there and I "
              "hid under the duvet until Granny Mo came.” She said she likes it when Granny Mo sleeps over "
              "“because she does pancakes”, and that she wants Daddy to be home more. When Priya asked what "
              "would make home feel safe, she said “Mummy taking her medicine and not being zoomy.”"),
        ("p", "Jack (seen at home by Priya and the HV, 6 January 2026) was clean, in a dry nappy and alert. He "
              "took his full bottle from Siobhan, held her gaze and smiled when she talked to him. He settled "
              "quickly in his cot. He was on the 25th centile at his last weigh, having dropped from the 50th "
              "in November."),
        ("h1", "Danger statement and safety goals"),
        ("p", "Danger statement: Children's Services and the conference are worried that if Siobhan becomes "
              "unwell again, as she did in November after she stopped her lithium, Jack could go without feeds "
              "or be taken out at night in the cold, and Ruby could be left on her own at night or left to look "
              "after her brother."),
        ("p", "The three safety goals are in the first column of the table below. Each goal says what everyone "
              "will see for Ruby and Jack when the plan has worked."),
        ("h1", "The plan"),
        ("table", {
            "header": ["Safety goal", "Step", "Lead", "Start → finish", "What will we see?", "Checked at"],
            "widths": [4.2, 6.3, 3.2, 3.6, 5.4, 3.0],
            "rows": [
                ["1. Ruby and Jack are looked after every day and every night by an adult who is well enough "
                 "to feed them, keep them warm and notice what they need.",
                 "See Ruby and Jack at home, one visit in four unannounced, and talk to Ruby on her own; write "
                 "down her words and how Jack is with each parent",
                 "Priya",
                 "Weekly from 12 Jan 26 → the review conference",
                 "Visit notes show both children seen every week and Ruby seen alone at least every other visit",
                 "Each core group"],
                [V,
                 "See Siobhan every two weeks, check her lithium levels, and write an assessment of how her "
                 "illness affects her care of Ruby and Jack, whether she can make the changes they need and "
                 "how long that is likely to take",
                 "Dr Anand",
                 "w/c 12.01.26, then fortnightly; written assessment by 20 Feb 26",
                 "Lithium levels in range at each test; the written assessment on the children's file by "
                 "20 February",
                 "Core group 19 Feb"],
                [V,
                 "Home visit to go through Siobhan's relapse signature with her and Conor, copy it to Granny "
                 "Mo, and send a short report before each core group on whether the early signs are showing and "
                 "whether the changes Ruby and Jack need are happening",
                 "Gail",
                 "Weekly from 13 Jan 26; report 2 working days before each core group",
                 "Relapse signature signed by Siobhan, Conor and Granny Mo by 23 January; a report on file "
                 "before every core group",
                 "Each core group"],
                [V,
                 "Take lithium every evening from the blister pack and go to every blood test, so that she "
                 "stays well enough to care for Ruby and Jack",
                 "Siobhan",
                 "Every evening from 8 Jan 26; blood tests on the dates Gail gives",
                 "Blister pack matches the days when Priya or Gail checks it; no blood test missed",
                 "Each core group"],
                [V,
                 "Stay at Weaver's Rise on the nights Conor is away, do Jack's night feed and get Ruby to school "
                 "the next morning",
                 "Granny Mo",
                 "Mon–Thu nights from 12 Jan 26 until Jack is 6 months old (27 Mar 26)",
                 "Granny Mo's initials against every night feed on Jack's feed chart; Ruby on time at school on "
                 "those mornings",
                 "Each core group"],
                [V,
                 "Ring Siobhan and Granny Mo every evening he is away, and come home that night if either of "
                 "them says Siobhan's early signs are showing",
                 "Conor",
                 "Every night he is away, from 12 Jan 26",
                 "Call log on Conor's phone shown to Priya at visits; Granny Mo tells Priya of any night he "
                 "came home",
                 "Core group 22 Jan"],
                ["2. Jack sleeps safely in his own cot, is fed on time and keeps growing along his centile.",
                 "Weigh Jack at home, look at his feed chart and his sleeping space",
                 "the HV",
                 "Fortnightly at home until Jack is 6 months old (27 Mar 26)",
                 "Jack's weight on or above the 25th centile in the red book; cot clear and Jack put down on his "
                 "back at every visit",
                 "Each core group"],
                [V,
                 "Put Jack down in his own cot, on his back, for every sleep, and never fall asleep with him on "
                 "the sofa or in their bed",
                 "Siobhan and Conor together",
                 "Every sleep, from 8 Jan 26",
                 "Cot seen clear at every HV and social work visit; Granny Mo has seen no sofa or bed sleeping",
                 "Review conference"],
                [V,
                 "Check at each monthly prescription review that Siobhan's lithium is being collected, and tell "
                 "Priya within 2 working days of a missed collection or a missed review, so that Jack is not "
                 "left with an unwell parent",
                 "Dr Marsh",
                 "Monthly; first review by 31 Jan 26",
                 "An email from Dr Marsh to Priya after each review; the pharmacy record shows no missed "
                 "collections",
                 "Each core group"],
                ["3. Ruby goes to school on time, knows who to tell when Mummy is poorly, and no longer has to "
                 "look after Jack or worry about her mum at night.",
                 "Check Ruby's attendance and arrival each morning, and give her a 10-minute check-in every "
                 "Monday and Thursday",
                 "Miss Coyle with Mrs Dunne",
                 "Every school day from 12 Jan 26",
                 "Attendance of 95% or more; check-ins logged on CPOMS; attendance printout to Priya every "
                 "Friday",
                 "Each core group"],
                [V,
                 "Three sessions of direct work with Ruby using a 'helping hand', so that she has five adults "
                 "she can tell when Mummy is poorly",
                 "Priya",
                 "Three sessions by 13 Feb 26",
                 "Ruby's helping hand with five named adults kept on file and shown at the review conference",
                 "Review conference"],
                [V,
                 "Refer Ruby to Eckersgill Young Carers for their under-8s group",
                 "Priya",
                 "Referral by 23 Jan 26; first session by half-term (13 Feb 26)",
                 "Acceptance letter and the date of Ruby's first session on file",
                 "Core group 19 Feb"],
            ],
        }),
        ("h1", "Plan B"),
        ("p", "Everyone in the table has a copy of Plan B. Siobhan and Conor agreed it at the conference."),
        ("table", {
            "header": ["If", "Then", "Who"],
            "widths": [8.0, 12.7, 5.0],
            "rows": [
                ["Siobhan shows two or more of the early signs on her relapse signature (not sleeping, talking "
                 "very fast, spending) or misses two evening doses of lithium",
                 "Granny Mo stays at Weaver's Rise day and night and Siobhan is not left alone with Jack; the CMHT "
                 "crisis team sees Siobhan the same day; Conor comes home that night",
                 "Gail (crisis team referral); Granny Mo; Conor"],
                ["Granny Mo cannot stay (she is ill, or cannot manage)",
                 "Conor stays home from work; if he cannot, Ruby and Jack go to Aunt Aoife's at 40 Beck Lane that "
                 "day; if neither can, Priya places Ruby and Jack together with Eckersgill foster carers that day",
                 "Priya"],
                ["Jack drops below the 9th centile, or is found asleep on the sofa or in a bed with an adult",
                 "Priya holds a strategy discussion with the police and the HV the same day",
                 "Priya"],
                ["Siobhan is admitted to hospital again",
                 "Ruby and Jack stay with Conor, who takes leave, or with Granny Mo; Priya sees them within 24 "
                 "hours",
                 "Conor; Priya"],
                ["By the review conference Dr Anand's assessment says Siobhan cannot make the changes in Jack's "
                 "timescale, or she has become unwell twice",
                 "Priya asks Leon Abbott (team manager) for a legal planning meeting within 5 working days to "
                 "decide whether to start the Public Law Outline",
                 "Priya"],
            ],
        }),
        ("h1", "Meetings"),
        ("table", {
            "header": ["Meeting", "Date", "Where"],
            "widths": [8.0, 8.0, 9.7],
            "rows": [
                ["Core group 1", "Thursday 22 January 2026, 1.30pm", "Fellgate Family Hub"],
                ["Core group 2", "Thursday 19 February 2026, 1.30pm", "Fellgate Family Hub"],
                ["Core group 3", "Thursday 19 March 2026, 1.30pm", "Fellgate Family Hub"],
                ["Review child protection conference", "Thursday 2 April 2026, 10am", "Eckersgill Town Hall"],
            ],
        }),
        ("p", "The core group meets every four weeks until the review conference. Copies of this plan to "
              "Siobhan, Conor, Granny Mo and every person in the who's-who table."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. First review conference plan, mother's drinking and anxiety, two
#    children, an aunt helping after school. A real Word outline numbered
#    1 / 1.1 / a): each outcome, the actions under it, and Who / When / Proof
#    sub-items under each action. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b124_ebbingdale_rcpc_word_outline_outcome_action_who_when_proof_pillai.docx",
    "doc_title": "Review Child Protection Plan - Maya and Rohan Pillai",
    "split": "heldout",
    "actions": 13,
    "template": "rcpc-word-plan-details-what-has-changed-childrens-words-then-real-word-outline-numbered-1-outcome-1-1-action-a-who-b-when-c-proof-sub-items-then-contingency-paragraphs-meetings-bullets",
    "description": (
        "First review conference plan for an 11-year-old and a 7-year-old whose mother drinks and has "
        "anxiety; their aunt collects them from school and their father has them every other weekend. "
        "The plan is a real Word outline numbered 1 / 1.1 / a): each outcome, then the actions under "
        "it, then a) Who, b) When and c) Proof under each action. Most actions are sound (weekly "
        "visits, the alcohol service reporting on change, 'When: before the next core group (26 "
        "March)', the GP writing about the children). Faults: 'the family' keeps the house free of "
        "alcohol, the aunt's sleepovers are 'When she can', the children's attendance 'will be "
        "checked' by nobody, the parenting assessment has '-' as its proof, talking therapy only "
        "treats the mother and is proved by her feeling calmer, the third outcome is only about the "
        "mother, and the contingency says nothing about the aunt being unable to help."
    ),
    "blocks": [
        ("title", "Review Child Protection Plan"),
        ("p", "Ebbingdale Council · Children's Social Work Service · Area Team East"),
        ("kv", [
            ("Children", "Maya Pillai (11), DOB 09/03/2014, Year 6; Rohan Pillai (7), DOB 22/07/2018, Year 2; "
                         "both at Copperfield Primary School"),
            ("Lives with", "Anjali Pillai (Mum, 34), 6 Linden Walk, Ebbingdale EB3 5TY"),
            ("Father", "Vikram Pillai (38), 2 Mill Yard, Harrowfield; has the children every other weekend"),
            ("Aunt", "Priti Sharma (Anjali's sister), 18 Linden Walk (Aunt Priti)"),
            ("Category", "Neglect (both children)"),
            ("Initial conference", "13/11/2025"),
            ("This conference", "First review child protection conference, Thursday 12/02/2026. Chair: "
                                "Glenys Moorcroft (IRO)"),
            ("Social worker", "Rhys Talbot (team manager: Carmen Diaz)"),
        ]),
        ("h1", "What has changed since the initial conference"),
        ("p", "In October 2025 Maya rang 999 when she could not wake her mum, who had been drinking vodka since "
              "the afternoon; Rohan had not eaten since school lunch. Anjali told the initial conference that "
              "she drinks to cope with panic attacks that started after her divorce. Since November she has "
              "gone to 11 of 13 sessions at Ebbingdale Recovery Hub and her last six breath tests have read "
              "zero. She still drinks at weekends when the children are with Vikram, she says. Maya was late "
              "to school 9 times last term, down from 22 the term before."),
        ("h1", "What Maya and Rohan say"),
        ("p", "Maya (seen on her own at school, 04/02/2026): “Mum's better. She doesn't fall asleep on the sofa "
              "now. I still check the recycling for bottles.” She scored home 6 out of 10 (3 in November) and "
              "wants to go to the young carers club “because there's a girl there from my class”."),
        ("p", "Rohan (seen at home, 06/02/2026) showed Rhys his Lego and said Aunt Priti makes “the best "
              "dhal”. He drew himself and Maya at Aunt Priti's table. He said he is scared “when Mum's voice "
              "goes funny”."),
        ("h1", "The plan"),
        ("p", "Each outcome is numbered (1, 2, 3). The actions under it are numbered 1.1, 1.2 and so on, and "
              "under each action a) says who will do it, b) when, and c) what will prove it has been done."),
        ("mlist", [
            (0, "Outcome: Maya and Rohan are cared for every day by a sober adult, and are never left in "
                "charge of their mum."),
            (1, "Rhys will visit Maya and Rohan at home, one visit in three unannounced, and see each child "
                "on their own."),
            (2, "Who: Rhys Talbot, social worker"),
            (2, "When: weekly until the second review conference"),
            (2, "Proof: visit notes show both children seen every week and each seen alone at least every "
                "other week"),
            (1, "Anjali will not drink on any day she is caring for Maya and Rohan, and will take a breath "
                "test at every key-work session."),
            (2, "Who: Anjali"),
            (2, "When: every day from 12/02/2026"),
            (2, "Proof: zero breath test readings at every session; no smell of alcohol noted at any visit"),
            (1, "Key-work with Anjali, a breath test at every session, and a written report on whether she "
                "is making the changes Maya and Rohan need and how long that is likely to take."),
            (2, "Who: Lorna Fisk, recovery worker, Ebbingdale Recovery Hub"),
            (2, "When: every Tuesday; report two working days before each core group"),
            (2, "Proof: the report and the test results on the children's file before every core group"),
            (1, "Keep the house free of alcohol whenever the children are there."),
            (2, "Who: the family"),
            (2, "When: every day from 12/02/2026"),
            (2, "Proof: no alcohol found when Rhys looks in the kitchen and the recycling at unannounced "
                "visits"),
            (1, "Pick Maya and Rohan up from school on Tuesdays and Thursdays and give them their tea at her "
                "house."),
            (2, "Who: Aunt Priti"),
            (2, "When: every Tuesday and Thursday in term time, from 24/02/2026"),
            (2, "Proof: the school's collection log shows Priti signing both children out"),
            (1, "Have Maya and Rohan for a sleepover at the weekends they are not with Vikram."),
            (2, "Who: Aunt Priti"),
            (2, "When: when she can"),
            (2, "Proof: Priti texts Rhys on the Sunday to say the children stayed"),
            (0, "Outcome: Maya and Rohan go to school every day, on time, and each has an adult they trust to "
                "talk to about home."),
            (1, "Maya's and Rohan's attendance and punctuality will be checked every Friday and sent to the "
                "social worker."),
            (2, "Who: -"),
            (2, "When: every Friday"),
            (2, "Proof: attendance of 95% or more for both children, with no more than one late mark a "
                "half-term"),
            (1, "Weekly time for Maya with Mrs Dale, the learning mentor, and a place for Rohan in the "
                "school's Rainbows group about changes at home."),
            (2, "Who: Mr Aaron Webb, DSL, Copperfield Primary School"),
            (2, "When: Maya every Wednesday; Rohan's group for 10 weeks from 23/02/2026"),
            (2, "Proof: Maya's sessions logged on CPOMS; the Rainbows register shows Rohan at 8 or more of "
                "the 10 sessions"),
            (1, "Complete a parenting assessment of Anjali, including how she manages the mornings, "
                "bedtimes and weekends."),
            (2, "Who: Rhys Talbot, social worker"),
            (2, "When: by 27/03/2026"),
            (2, "Proof: -"),
            (1, "Have Maya and Rohan every other weekend, Friday 5pm to Sunday 5pm, and go through the week "
                "ahead with them before they go home."),
            (2, "Who: Vikram (Dad)"),
            (2, "When: alternate weekends from 20/02/2026"),
            (2, "Proof: Vikram texts Rhys each Sunday evening; Maya and Rohan tell Rhys about the weekend at "
                "his next visit"),
            (1, "Three sessions with Maya about being a young carer, and a place at the Ebbingdale Young "
                "Carers club she asked for."),
            (2, "Who: Rhys Talbot, social worker"),
            (2, "When: sessions before the next core group (26 March); club from 04/03/2026"),
            (2, "Proof: Maya's 'my week' sheet on file; the club register shows her at 4 or more sessions by "
                "the next core group"),
            (0, "Outcome: Anjali stays sober and feels less anxious."),
            (1, "Twelve weekly sessions of talking therapy for Anjali's anxiety and panic attacks."),
            (2, "Who: Ben Chowdhury, therapist, Ebbingdale Talking Therapies"),
            (2, "When: Mondays, 12 sessions from 16/02/2026"),
            (2, "Proof: Anjali says she feels calmer"),
            (1, "Review Anjali's sertraline and her drinking at a double appointment, and write to Rhys "
                "about anything that affects her care of Maya and Rohan."),
            (2, "Who: Dr Farida Noor, GP, Orchard Street Surgery"),
            (2, "When: by 06/03/2026, then every two months"),
            (2, "Proof: GP letter on the children's file by 13/03/2026"),
        ]),
        ("h1", "If things go wrong"),
        ("p", "If Anjali has been drinking while Maya and Rohan are in her care (a breath test above zero, "
              "alcohol smelt at a visit, or the children or school tell us), Vikram will collect the children "
              "that day and they will stay with him in Harrowfield until Rhys has held a strategy discussion, "
              "within 24 hours, and it agrees that they can go home."),
        ("p", "If Anjali is found drunk and alone with the children, whoever finds her will call the police, "
              "and the children will go to Vikram's that night."),
        ("p", "If Anjali has two breath tests above zero or misses three key-work sessions before the next "
              "core group, Rhys will ask Carmen Diaz for a legal planning meeting within five working days to "
              "decide whether to start the Public Law Outline."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every six weeks, Thursdays at 3.45pm, Copperfield Primary School: 26/03/2026 and "
            "07/05/2026.",
            "Second review child protection conference: Thursday 06/08/2026, 10am, Ebbingdale Civic Offices.",
        ]),
        ("p", "Copies to Anjali, Vikram, Priti and everyone named in the plan."),
    ],
    "findings": [
        F("W002", "Keep the house free of alcohol whenever the children are there."),
        F("T002", "Have Maya and Rohan for a sleepover at the weekends"),
        F("W001", "attendance and punctuality will be checked every Friday"),
        F("M001", "Complete a parenting assessment of Anjali, including how she manages"),
        F("H001", "Twelve weekly sessions of talking therapy for Anjali's anxiety"),
        F("M002", "Twelve weekly sessions of talking therapy for Anjali's anxiety"),
        F("F002", "Anjali stays sober and feels less anxious."),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Pre-birth plan, mother with depression who smokes cannabis, father with
#    a history of violence to a former partner, great support from the
#    mother's aunt. Word plan printed to PDF with a page header and footer;
#    the action table runs time-first: By when | Who | What will happen |
#    Proof, with timescales in weeks of pregnancy (32/40) explained in a key.
#    Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b124_elderbeck_prebirth_by_when_first_gestation_weeks_kowalczyk.pdf",
    "doc_title": "Pre-birth Child Protection Plan - Baby Kowalczyk-Tate",
    "split": "heldout",
    "actions": 12,
    "template": "prebirth-plan-printed-to-pdf-page-header-footer-details-kv-whos-who-key-to-gestation-notation-why-we-are-worried-babys-world-so-far-parents-views-outcomes-then-time-first-table-by-when-who-what-will-happen-proof-then-if-things-go-wrong-paragraphs-meeting-dates",
    "description": (
        "Exemplary pre-birth plan for the unborn baby of a 24-year-old care leaver who has depression "
        "and smokes cannabis, and a father who was violent to a former partner; the mother's aunt will "
        "stay after the birth. A Word plan printed to PDF with a page header and footer. The action "
        "table runs time-first (By when | Who | What will happen | Proof), and many timescales are in "
        "the midwives' notation ('By 32/40', 'Every 2 weeks to 36/40, then weekly until baby is 8 "
        "weeks old'), explained once in a key with the dates they fall on. Owners include a hospital "
        "ward, a service with a named worker, 'Ryan, with Sol Haddad reporting to Megan' and 'Ciocia "
        "Ewa' (the aunt, in the who's-who). The perinatal team assesses capacity to change, the drug "
        "service reports on change, the GP owns an action; the aunt's part has a fallback; legal "
        "planning follows named triggers before the birth; core group and review dates are set."
    ),
    "header": "OFFICIAL-SENSITIVE – Elderbeck City Council – Pre-birth Child Protection Plan",
    "footer": "Baby Kowalczyk-Tate – pre-birth plan, 02/02/2026 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Pre-birth Child Protection Plan"),
        ("kv", [
            ("Unborn baby", "Baby Kowalczyk-Tate, due 13 April 2026 (Elderbeck General Hospital)"),
            ("Mother", "Natalia Kowalczyk (24), Flat 9, Corder House, Elderbeck EL2 7RS"),
            ("Father", "Ryan Tate (27), lives with Natalia"),
            ("Category", "Emotional abuse and neglect (risk of)"),
            ("Conference", "Pre-birth child protection conference, Monday 2 February 2026. Chair: Anwen "
                           "Pryce (IRO)"),
        ]),
        ("h1", "Who's who"),
        ("kv", [
            ("Megan", "Megan Farley, social worker, Elderbeck Children's Services, Pre-birth and Infant Team "
                      "(team manager: Tom Berry)"),
            ("Ciocia Ewa", "Ewa Nowicka, Natalia's aunt, 52 Kiln Street, Elderbeck (“ciocia” is Polish for "
                           "aunt)"),
            ("The HV", "Lucy Grant, health visitor, Elderbeck 0-19 Service"),
            ("Hannah", "Hannah Price, specialist safeguarding midwife, Elderbeck General Hospital"),
            ("Dr Achterberg", "Dr Grace Achterberg, consultant perinatal psychiatrist, Elderbeck Perinatal "
                              "Mental Health Team"),
            ("Jamie", "Jamie Noakes, recovery worker, Elderbeck Drug and Alcohol Service"),
            ("Rosa", "Rosa Lindqvist, independent domestic violence adviser (IDVA), Elderbeck Domestic "
                     "Abuse Service"),
            ("Sol Haddad", "Programme worker, Elderbeck Men and Change programme"),
            ("Dr Iqbal", "Dr Sam Iqbal, GP, Elderbeck Road Surgery"),
        ]),
        ("h1", "How to read the dates"),
        ("p", "Weeks of pregnancy are written the way the midwives write them: 34/40 means 34 weeks pregnant. "
              "Natalia is 30 weeks pregnant on the day of the conference, so 32/40 is Monday 16 February, "
              "34/40 is Monday 2 March, 36/40 is Monday 16 March and 38/40 is Monday 30 March 2026."),
        ("h1", "Why we are worried"),
        ("p", "Natalia grew up in care in Elderbeck and left her last placement at 18. She has had depression "
              "since she was 16 and takes sertraline. She smokes cannabis most evenings and says it helps her "
              "sleep. Ryan was convicted in 2023 of assaulting a former partner, and on 14 December 2025 the "
              "police were called by a neighbour to shouting at the flat; Natalia had a red mark on her cheek "
              "and said she had walked into a door."),
        ("h1", "Baby's world so far"),
        ("p", "Baby is growing well: the 28-week scan put baby on the 50th centile. Natalia says baby kicks hard "
              "when she plays music in the evening and goes quiet when Ryan talks to her bump. Hannah has seen "
              "Natalia at every antenatal appointment since 16 weeks. The flat has a Moses basket and a cot "
              "still in its box, and the spare room smells of cannabis smoke. Baby will come home to a flat "
              "where, as things stand, there could be smoke in the air and shouting between the adults."),
        ("h1", "What Natalia and Ryan say"),
        ("p", "Natalia: “I want to be the mum I never had. I know the weed has to stop before the baby comes. "
              "Ryan's not like he was with his ex.” Ryan: “I lost my temper in December and I'm ashamed of it. "
              "I'll do the course.”"),
        ("h1", "What we want for baby"),
        ("numbers", [
            "Baby is born safely and goes home to a flat free of cannabis smoke, where the adults do not "
            "shout, hit or threaten each other.",
            "Baby is fed on time, kept warm and sleeps on their back in their own cot for every sleep.",
            "Baby is cared for by a mum whose mood is steady enough to notice baby's cries and answer them, "
            "with Ciocia Ewa close by in the first weeks.",
        ]),
        ("h1", "What will happen, and when"),
        ("p", "Read each row from left to right: by when, who, what, and the proof we will look for."),
        ("table", {
            "header": ["By when", "Who", "What will happen", "Proof"],
            "widths": [3.0, 3.4, 6.0, 4.6],
            "rows": [
                ["Fortnightly until the birth; weekly from the day baby comes home until the review conference",
                 "Megan",
                 "Visit Natalia and Ryan at home; after the birth see baby at every visit and write down where "
                 "baby sleeps and how each parent answers baby's cries",
                 "Visit records show every visit made, with baby's sleeping place and last feed written down"],
                ["By 32/40",
                 "Hannah",
                 "Write a birth plan with Natalia and Ryan saying who may visit on the ward, and that baby does "
                 "not go home before the discharge planning meeting",
                 "Birth plan on the maternity record and a copy with Megan by 16 February"],
                ["Every 2 weeks to 36/40, then weekly until baby is 8 weeks old",
                 "Dr Achterberg, Elderbeck Perinatal Mental Health Team",
                 "See Natalia; assess how her depression affects her readiness to care for baby, whether she "
                 "can stay well after the birth, and how long any change is likely to take",
                 "Written assessment to Megan by 36/40, and an update before every core group"],
                ["Weekly from 3 Feb 2026; screens every 2 weeks",
                 "Jamie",
                 "Key-work with Natalia about her cannabis use, with a urine screen every two weeks, and a "
                 "report on whether she has stopped and what still needs to change before baby comes home",
                 "Three clear screens in a row by 36/40; Jamie's report on file before each core group"],
                ["Tuesdays from 10 Feb 2026, for 20 weeks",
                 "Ryan, with Sol Haddad reporting to Megan",
                 "Go to the Men and Change domestic abuse programme, so that baby grows up in a home without "
                 "violence",
                 "Attendance report after every fourth session; mid-course risk summary to Megan by 36/40"],
                ["Fortnightly from 16 Feb 2026 until 38/40",
                 "Rosa",
                 "Safety planning with Natalia for herself and baby, and a DASH risk review after any incident "
                 "or new worry",
                 "Updated safety plan and DASH score copied to Megan after each meeting"],
                ["By 34/40",
                 "Megan",
                 "Complete the pre-birth parenting assessment of Natalia and Ryan, including what each knows "
                 "about feeding, settling and safe sleep",
                 "Assessment report shared with Natalia, Ryan and the core group by 2 March, with a "
                 "recommendation for after the birth"],
                ["By 36/40",
                 "The HV",
                 "Antenatal home visit: see the cot built and the baby's space, and go through safe sleep and "
                 "coping with crying with both parents",
                 "Cot seen set up; safe sleep and coping-with-crying checklist signed by Natalia and Ryan"],
                ["At 34/40, and again at baby's 6-8 week check",
                 "Dr Iqbal",
                 "Review Natalia's sertraline in pregnancy and after the birth, and write to Megan after each "
                 "review about anything that affects her care of baby",
                 "GP letter on file within a week of each review"],
                ["On the day of birth; the meeting before baby leaves hospital",
                 "Elderbeck General Hospital maternity ward (ward manager Claire Ashdown)",
                 "Phone Megan the day baby is born, and hold the discharge planning meeting on the ward before "
                 "baby goes home",
                 "Megan's case note of the call on the day of birth; discharge plan signed by everyone at the "
                 "meeting"],
                ["From the day baby comes home until baby is 2 weeks old",
                 "Ciocia Ewa",
                 "Stay at the flat and be up with Natalia for every night feed",
                 "Ewa's initials against each night feed on baby's feed chart; the HV sees Ewa at the new-birth "
                 "visit"],
                ["The same day, whenever Natalia rings, until baby is 8 weeks old",
                 "Ciocia Ewa",
                 "Be the adult Natalia rings if she feels low or wants to smoke, and come round that day",
                 "Ewa notes each call and visit in the notebook that Megan reads at every visit"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Natalia or Ryan has smoked cannabis or been drinking when baby is due to go home, or the "
              "police are called to an argument at Corder House before or after the birth: baby will not go "
              "home to the flat. Natalia and baby will go to Ciocia Ewa's at 52 Kiln Street, and Megan will hold "
              "a strategy discussion with the police and the ward the same day."),
        ("p", "If Ryan hurts or threatens Natalia: Natalia calls 999; Ryan leaves the flat and does not return "
              "while a strategy discussion is held the same day; Rosa arranges a refuge place for Natalia and "
              "baby that day if Natalia wants one."),
        ("p", "If Ciocia Ewa cannot stay after the birth, or cannot come when Natalia rings: Natalia and baby "
              "go into a parent and baby foster placement, which Megan has asked Elderbeck's placements team to "
              "hold for the expected week of the birth, or baby stays on the ward until Ewa or another adult "
              "agreed by Megan can be there."),
        ("p", "If by 36/40 Natalia has not had three clear screens in a row, Ryan has missed two programme "
              "sessions, or Dr Achterberg's assessment says Natalia cannot keep baby safe in baby's timescale, "
              "Megan will ask Tom Berry for a legal planning meeting within five working days, so that the "
              "decision on pre-proceedings under the Public Law Outline is made before the birth."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every three weeks, Mondays at 2pm, Elderbeck Family Hub: 16 February, 9 March and "
            "30 March 2026.",
            "An extra core group within five working days of the birth.",
            "Review child protection conference: Monday 11 May 2026, 10am, Elderbeck Civic Centre (about four "
            "weeks after baby's due date).",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Initial conference plan for a 14-year-old boy groomed online, who has
#    met an adult man and cuts himself. Word plan printed to PDF with a page
#    header and footer, written to him; the action table is grouped under
#    TIME banner rows (straight away / every week until the review / by the
#    review), so most rows carry no date of their own. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b124_emmerholt_young_person_time_banner_rows_to_you_adeyemi.pdf",
    "doc_title": "Child Protection Plan - Tobi Adeyemi",
    "split": "heldout",
    "actions": 13,
    "template": "icpc-young-person-online-exploitation-self-harm-printed-to-pdf-page-header-footer-written-to-him-people-in-your-plan-in-your-words-what-we-are-worried-about-what-we-want-for-you-then-what-who-how-well-know-table-grouped-under-time-banner-rows-then-if-things-go-wrong-bullets-meetings-table",
    "description": (
        "Exemplary initial conference plan for a 14-year-old boy groomed online by adult men, who has "
        "met one of them twice, gone missing overnight and cuts his arms. A Word plan printed to PDF "
        "with a page header and footer, written to him. The action table has What will happen | Who | "
        "How we'll know columns and is grouped under three time banner rows that span the table "
        "('Straight away: before the first core group (Thursday 29 January 2026)', 'Every week until "
        "the review conference (Tuesday 14 April 2026)', 'By the review conference'), so most rows give "
        "no date of their own; some add a frequency ('each evening', 'every other weekend'). Owners are "
        "'You and Kemi together', 'Mum and Gary together', 'You', first names and roles from the "
        "'People in your plan' list. CAMHS owns the self-harm work, the nana's weekends have a "
        "fallback, the contingency has specific triggers and protective responses, legal planning "
        "follows named triggers, core group and review dates are set."
    ),
    "header": "OFFICIAL-SENSITIVE – Emmerholt Borough Council – Adolescent Safeguarding Service",
    "footer": "Tobi's plan – initial conference 20/01/2026 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Tobi's Child Protection Plan"),
        ("kv", [
            ("Name", "Tobi Adeyemi, 14 (DOB 03/09/2011), Year 10, Emmerholt Academy"),
            ("Lives with", "Funmi Adeyemi (Mum) and Gary Pryce (Mum's husband), 12 Osprey Close, Emmerholt "
                           "EM5 2JW"),
            ("Category", "Sexual abuse (risk outside the home: online grooming and sexual exploitation)"),
            ("Conference", "Initial child protection conference, Tuesday 20 January 2026. Chair: Kieran "
                           "Mallory (IRO)"),
        ]),
        ("h1", "Tobi, this is your plan"),
        ("p", "You told Sam you wanted a plan you could read without “social worker words”, so most of it is "
              "written to you. Where it says “you”, it means you, Tobi. The police part is in its own section "
              "of the conference record and not in your copy."),
        ("h1", "People in your plan"),
        ("kv", [
            ("Sam", "Sam Whitlock, your social worker (team manager: Joanne Earle)"),
            ("Kemi", "Kemi Lawal, your worker at Horizon, Emmerholt's child exploitation team"),
            ("DC Osei", "DC Harriet Osei, Emmerholt Police Child Exploitation Unit"),
            ("Aled", "Aled Price, your CAMHS practitioner, Emmerholt CAMHS"),
            ("Dr Allard", "Dr Ruth Allard, your GP, Osprey Medical Centre"),
            ("Mr Greaves", "Mr Paul Greaves, designated safeguarding lead, Emmerholt Academy"),
            ("Nana", "Blessing Adeyemi, your dad's mum, 4 Heron Way, Emmerholt"),
            ("Mum and Gary", "Funmi Adeyemi and Gary Pryce"),
        ]),
        ("h1", "In your words"),
        ("p", "You told Sam at the skate park on 15 January: “Jay was the only one who actually listened. He "
              "bought me stuff and he said I was mature.” You said you sent pictures because “everyone does” "
              "and you didn't think they would be shared. You said you cut your arms “when my head gets too "
              "loud” and that you hid it because you didn't want Mum to cry. You scored how safe you feel "
              "online at 2 out of 10 and at Nana's at 9. You want to do boxing again, and you want Gary to "
              "stop going on about your grades."),
        ("h1", "What we are worried about"),
        ("p", "Since October 2025 you have been talking online with adult men you don't know. One of them, "
              "who calls himself Jay and is in his thirties, met you twice at Emmerholt bus station and gave "
              "you vapes and money. You stayed out all night on 28 December and 9 January and would not say "
              "where you had been. The school nurse saw fresh cuts on your arms on 12 January. Images of you "
              "have been shared online. Mum and Gary love you and want to keep you safe, but did not know any "
              "of this until the school rang."),
        ("h1", "What we want for you"),
        ("bullets", [
            "You are safe online and offline, and Jay and the other men are kept away from you.",
            "You are home every night, and Mum always knows where you are.",
            "You have fewer days when your head gets too loud, and when you do, you tell someone and get help "
            "before you hurt yourself.",
            "You are back in all your lessons and doing something you enjoy outside school.",
        ]),
        ("h1", "What will happen"),
        ("p", "The table is set out by when things happen. The shaded line says by when, or how often, for "
              "every row under it, unless a row says its own time."),
        ("table", {
            "header": ["What will happen", "Who", "How we'll know"],
            "widths": [7.6, 3.4, 6.0],
            "rows": [
                ["Straight away: before the first core group (Thursday 29 January 2026)", H, H],
                ["Go through your phone and apps together, switch on the safety settings, and block and report "
                 "the accounts you showed Sam",
                 "You and Kemi together",
                 "A safety-settings sheet listing every account blocked and reported, signed by you and Kemi"],
                ["Find out who Jay is and check the places he took you, and serve a Child Abduction Warning "
                 "Notice on him if the evidence allows",
                 "DC Osei",
                 "Written update to the first core group on the checks made and whether a notice was served"],
                ["Refer you to CAMHS for an urgent assessment of your self-harm",
                 "Dr Allard",
                 "Your CAMHS appointment letter, with a copy on your file"],
                ["Put a lock box in the bathroom for all tablets and razor blades, and check it is locked each "
                 "evening",
                 "Mum and Gary together",
                 "The box seen locked at every visit by Sam; Mum's evening tick sheet"],
                ["Every week until the review conference (Tuesday 14 April 2026)", H, H],
                ["See you on your own, somewhere you choose, and write down what you say in your own words",
                 "Sam",
                 "Visit notes show you seen alone every week, with your words and your 0-10 safety score"],
                ["One-to-one sessions on grooming, online safety and healthy relationships, working through "
                 "the 'Know the signs' workbook with you",
                 "Kemi",
                 "Session notes on file within two days of each session; the workbook finished by session 8"],
                ["Therapy sessions about your self-harm, and a written safety plan that you agree, copied to "
                 "Mum and Sam",
                 "Aled",
                 "Your safety plan in your hand and on file after the first session; a short CAMHS report "
                 "before each core group"],
                ["Meet you at the start of each school day and again at lunch, and check your attendance",
                 "Mr Greaves",
                 "Attendance of 95% or more; check-ins logged on CPOMS and sent to Sam every Friday"],
                ["Have you to stay every other weekend, Friday after school to Sunday 6pm, and be someone you "
                 "can ring at any hour",
                 "Nana",
                 "Nana texts Sam each Sunday evening; your weekends at Nana's are written on the calendar "
                 "Sam checks at visits"],
                ["Tell Mum, Nana or Kemi on the same day when someone you don't know messages you, or when you "
                 "feel like hurting yourself",
                 "You",
                 "Your 'who I told' card, filled in and gone through with Sam at each visit"],
                ["By the review conference (Tuesday 14 April 2026)", H, H],
                ["Get you a place at Emmerholt Boxing Academy on Saturday mornings, as you asked, and pay for "
                 "the first term",
                 "Kemi",
                 "The club register shows you at four or more sessions"],
                ["Agree a written family safety plan with you, Mum, Gary and Nana, saying what each person "
                 "does if you go missing or someone from online turns up",
                 "Sam",
                 "The plan signed by you, Mum, Gary and Nana, with a copy for each of you"],
                ["Make a return-to-lessons timetable with you, so you are back in all your lessons and not "
                 "just the learning base",
                 "Mr Greaves",
                 "Your timetable shows all lessons, and the attendance printout shows you in them"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If you are not home by your curfew (9pm on school nights, 10pm on Fridays and Saturdays) and Mum "
            "cannot reach you within 30 minutes: Mum reports you missing to the police; Sam holds a strategy "
            "discussion the next working day; Kemi does a return home interview with you within 72 hours.",
            "If you hurt yourself badly enough to need medical help, or take tablets: Mum or Nana takes you "
            "straight to A&E at Emmerholt General, and the CAMHS crisis team sees you before you leave.",
            "If Jay or anyone you met online contacts you or comes near the house or school: you, Mum or "
            "school ring 999, and DC Osei is told the same day so the police can act on the warning notice.",
            "If Nana cannot have you for a weekend: you stay at home with Mum and Gary, Kemi meets you on the "
            "Saturday, and if home is not safe that weekend Sam arranges for you to stay with Emmerholt "
            "foster carers until Monday.",
            "If you go missing three more times, or you are found with Jay again, before the review conference: "
            "Sam will ask Joanne Earle for a legal planning meeting within five working days to decide whether "
            "you need to be looked after for a while to keep you safe.",
        ]),
        ("h1", "Meetings"),
        ("table", {
            "header": ["Meeting", "When", "Where"],
            "widths": [6.0, 6.0, 5.0],
            "rows": [
                ["Core group (every three weeks)", "Thursdays 29 January, 19 February, 12 March and 2 April "
                 "2026, 4pm", "Emmerholt Academy"],
                ["Review child protection conference", "Tuesday 14 April 2026, 10am", "Emmerholt Civic Centre"],
            ],
        }),
        ("p", "You can come to any core group, or send your views with Sam or Kemi."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Initial conference plan for an autistic, non-verbal 9-year-old with
#    epilepsy whose mother drinks in the evenings; his uncle helps twice a
#    week. Markdown plan whose table has no Who column: When | What will
#    happen (and who) | Success looks like, with each owner in a bracket at
#    the end of the action. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b124_esterfold_disabled_child_when_first_owner_in_bracket_mcbride.md",
    "split": "heldout",
    "actions": 11,
    "template": "icpc-markdown-plan-disabled-child-details-whos-who-bullets-what-ellis-shows-us-observed-lived-experience-worries-safety-goals-then-when-what-will-happen-and-who-success-looks-like-table-no-who-column-owner-in-bracket-at-end-then-plan-b-bullets-meetings",
    "description": (
        "Exemplary initial conference plan for an autistic 9-year-old who does not speak, has epilepsy "
        "and missed three days of medicine before a long seizure at school; his mother drinks in the "
        "evenings and his uncle helps twice a week. A Markdown plan whose action table has no Who "
        "column: When | What will happen (and who) | Success looks like, with the owner in a bracket at "
        "the end of each action ('(Mum)', '(Uncle Stu)', '(Jo, SW)', '(Dean Moss, Esterfold Recovery "
        "Partnership)'). His voice is what he shows through his PECS book, his choices and how he "
        "behaves. The alcohol service reports on change, the GP and epilepsy nurse own actions, Plan B "
        "covers the uncle being unable to help, legal planning follows named triggers, core group and "
        "review dates are set."
    ),
    "text": """\
# Child Protection Plan: Ellis McBride

**Esterfold County Council · Children with Disabilities Social Work Team**
Initial child protection conference, Wednesday 14 January 2026 · Chair: Ruth Ogunbiyi (IRO) · Category: neglect

| | |
|---|---|
| **Ellis McBride** | 9 (DOB 11/05/2016), Year 5, Brookvale Special School |
| **Lives with** | Tracey McBride (Mum, 41) and Keira McBride (sister, 17), 5 Tenter Lane, Esterfold ES6 3NA |
| **Health** | Autism; non-verbal, uses PECS and some Makaton signs; epilepsy (focal seizures), on levetiracetam twice a day |

## Who's who

- **Jo** – Jo Kendal, social worker, Children with Disabilities Team (team manager: Graham Holt)
- **Uncle Stu** – Stuart McBride, Tracey's brother, 21 Mill Green, Esterfold
- **Anna** – Anna Blake, epilepsy nurse specialist, Esterfold Children's Hospital
- **Dean Moss** – recovery worker, Esterfold Recovery Partnership (adult alcohol service)
- **Mrs Rao** – Lata Rao, Ellis's class teacher, Brookvale Special School
- **Faye Lindo** – short breaks co-ordinator, Children's Disability Team
- **Dr Bankole** – Ellis's and Tracey's GP, Kingsway Surgery

## What Ellis shows us

Ellis cannot tell us in words how things are at home, so this is what he shows us. At school on 9 January he
chose the "home" and "sad" cards from his PECS book when Jo asked about evenings, and the "Uncle Stu" and
"trampoline" cards when she asked about Saturdays. At home on 12 January he stood by the fridge and tapped the
medicine chart, then pulled Jo by the sleeve to show her his seizure diary. When the television was loud he
covered his ears and went to Keira's room. He led Tracey by the hand to the bath and signed "bath" and "Mum"
together. Mrs Rao says he arrives calm on days when Uncle Stu has had him and is unsettled on Monday mornings.

## What we are worried about

On 16 December 2025 Ellis had a seizure lasting 12 minutes at school and went to hospital by ambulance. He had
missed his medicine for three days; the bottle at home was nearly full. Tracey drinks most evenings. On 15
December Keira came home at 7pm to find Tracey asleep on the sofa after drinking and Ellis alone in the bath.
Tracey says she drinks because she is exhausted and that she loves Ellis and wants help.

## Safety goals

1. Ellis has every dose of his epilepsy medicine on time, and the adults around him know what to do if he has a
   seizure.
2. Ellis is looked after every evening by an adult who is sober and awake, and is never left alone in the bath.
3. Ellis has a break away from home that he enjoys, and Keira is no longer his carer.

## The plan

| When | What will happen (and who) | Success looks like |
|---|---|---|
| Twice a day, 8am and 8pm, from 14 Jan 2026 | Give Ellis his levetiracetam and tick each dose on the fridge medicine chart (Mum) | Every dose ticked, and the blister pack count matches the chart when Jo checks it each week |
| Every week until the review conference | See Ellis at home and at school, use his PECS book to ask him about his day, and check the medicine chart (Jo, SW) | Visit notes with Ellis's PECS choices written down, and a photo of the chart, every week |
| Seizure care plan by 6 Feb 2026; training by 20 Feb 2026 | Write one seizure care plan for home, school and Uncle Stu, and train each of them to give rescue medicine (Anna, epilepsy nurse) | Signed training record for Mum, Uncle Stu and two school staff; the care plan in Ellis's school bag and on the fridge |
| Every Thursday from 15 Jan 2026; report 2 working days before each core group | Key-work with Tracey on her drinking, with a breath test at each session and a written report on whether she is sober when caring for Ellis and what still has to change (Dean Moss, Esterfold Recovery Partnership) | Dean's report on file before every core group; every breath test reads zero |
| Every evening from 14 Jan 2026 | Stay sober from Ellis's tea until he is asleep, and stay in the bathroom whenever he is in the bath (Mum) | Zero readings on the two evening home breath tests Dean does each month; no alcohol seen or smelt at any evening visit |
| Every school day | Check Ellis arrives with his medicine bag and seizure diary, give his lunchtime check, and email Jo the same day if anything is missing (Mrs Rao) | Seizure diary filled in for every school day; each missing-item email on Ellis's file |
| Every Saturday, 10am to 4pm, from 17 Jan 2026 | Have Ellis for the day and take him to the trampoline park he chose on his PECS board (Uncle Stu) | Stu writes in Ellis's home–school book and texts Jo every Saturday evening |
| Every Wednesday, 3.30pm to 7pm, from 21 Jan 2026 | Meet Ellis off the school bus and give him his tea while Tracey is at her recovery group (Uncle Stu) | The bus escort's sheet shows Stu meeting the bus; Ellis's tea written in the home–school book |
| Assessment by 27 Feb 2026; first overnight by the review conference (9 Apr 2026) | Assess Ellis for overnight short breaks and take the assessment to the short breaks panel (Faye Lindo, Children's Disability Team) | Panel decision letter on file; first overnight at Hazel Lodge booked |
| Monthly, at each repeat prescription | Prescribe Ellis's epilepsy medicine and tell Jo within 2 working days if it is not collected (Dr Bankole) | Pharmacy record shows every monthly prescription collected on time |
| Three sessions by 27 Mar 2026 | Meet Keira and agree with her what she does and does not do for Ellis, and refer her to Esterfold Young Carers (Jo, SW) | Keira's young carer plan on file; acceptance letter from Esterfold Young Carers |

## Plan B

- **If Ellis misses a dose** (a gap on the chart, or the pack count is wrong): Tracey rings Anna the same day for
  advice, Jo visits within 24 hours, and Ellis's medicine is given at school and by Uncle Stu each day until the
  next core group.
- **If Ellis has a seizure lasting more than 5 minutes**: whoever is with him gives rescue medicine as Anna has
  trained them and calls 999.
- **If Tracey has been drinking while Ellis is in her care** (a breath test above zero, or alcohol seen or smelt
  at a visit): Ellis goes to Uncle Stu's for the night; if Stu cannot have him, Jo arranges an emergency bed at
  Hazel Lodge or with an Esterfold foster carer trained in epilepsy the same evening. Keira is not asked to
  look after him.
- **If Uncle Stu cannot do a Saturday or a Wednesday** (he is ill, working or away): Tracey misses her group
  that Wednesday and Jo or the family support worker, Kim Hale, visits at teatime; on Saturdays Ellis goes to
  the Brookvale Saturday club, which Faye Lindo has kept a place at for him.
- **If by the review conference** Tracey has had two breath tests above zero, or Ellis has missed doses in more
  than one week, Jo will ask Graham Holt for a legal planning meeting within five working days.

## Meetings

- Core group every four weeks, Wednesdays at 1pm, Brookvale Special School: 28 January, 25 February and
  25 March 2026.
- Review child protection conference: Thursday 9 April 2026, 10am, Esterfold County Hall.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Plan as revised at the second core group: domestic abuse by the younger
#    child's father, mother's depression, nana helping. Markdown plan of
#    nested bullets: theme > action > "Who's doing it / By / We'll see".
#    Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b124_eversleat_core_group_nested_whos_doing_it_by_well_see_gallagher.md",
    "split": "heldout",
    "actions": 14,
    "template": "core-group-2-markdown-plan-details-what-has-happened-alfie-and-grace-then-outcomes-then-nested-bullets-theme-then-bold-action-then-whos-doing-it-by-well-see-sub-points-some-owners-in-bracket-then-if-things-go-wrong-meetings",
    "description": (
        "Child protection plan for an 8-year-old and a 3-year-old, as revised at the second core "
        "group, after domestic abuse by the younger child's father; the mother has depression and the "
        "grandmother helps. Nested Markdown bullets: theme > bold action > 'Who's doing it / By / "
        "We'll see' sub-points, with the nana's action owned by a bracket at its end. Many rows are "
        "sound (IDVA safety planning, a police marker 'by 30 January', the HV's 3-year review, the GP "
        "writing about Grace). Faults: 'the family network' keeps the address from the father, "
        "contact is 'as and when the centre has a slot', the CPN only supports the mother, the "
        "nursery registration has no By line, the school 'keeps an eye on' Alfie with his wellbeing "
        "'monitored', the CAMHS assessment has no We'll see line; the review conference date is still "
        "to be confirmed and nothing says legal planning follows if things do not change."
    ),
    "text": """\
# Child Protection Plan – Alfie and Grace Gallagher

Eversleat Borough Council · Children's Services · Family Safeguarding Team 3
Plan revised at core group 2, Tuesday 3 February 2026 (initial conference: 13 January 2026)

- **Alfie Gallagher**, 8 (DOB 19/08/2017), Year 4, Eversleat Junior School
- **Grace Gallagher**, 3 (DOB 02/02/2023), at home
- **Leanne Gallagher**, 30, Mum – Flat 4, Willow Court, Eversleat EV9 1HB (moved here in January)
- **Darren Shaw**, 34, Grace's dad – on police bail not to go to Willow Court or contact Leanne
- **Nana Sue** – Susan Gallagher, Leanne's mum, 30 Pinfold Street, Eversleat
- **Social worker** – Kerry Flint (team manager: Omar Siddiqui)
- **Category** – emotional abuse (both children)

## What has happened

Darren assaulted Leanne in front of both children on 27 December 2025, the third police call-out in 2025. Leanne
and the children moved to Willow Court with help from Eversleat Women's Aid. Leanne has depression and says
that since the move she has struggled to get up with Grace in the mornings. Alfie has been waking with
nightmares and has started wetting the bed again.

## Alfie and Grace

Alfie (seen on his own at school by Kerry, 29 January): "I don't want Darren to know where we live. At night I
think he's at the door." He put himself at 4 on his worry ladder (8 in December). He said the best thing is
sleeping at Nana's "because she has a dog".

Grace (seen at home, 30 January) played with her dolls' house and put the daddy doll "outside, in the bin". She
went to Leanne for a cuddle when the buzzer went and would not let go until Kerry said who it was.

## What we want for Alfie and Grace

1. Alfie and Grace live in a home where they do not see or hear violence, and Darren cannot find or frighten
   them.
2. Grace is up, dressed, fed and playing with other children every day.
3. Alfie sleeps through the night, goes to school every day and has an adult at school he can talk to.

## The plan

### 1. Keeping Alfie and Grace safe from Darren

- **Darren stays away from Willow Court and texts Leanne only about Grace's contact.**
  - Who's doing it: Darren Shaw
  - By: from 13 January, as his bail conditions say
  - We'll see: no police call-outs; Leanne and Alfie tell Kerry at each visit whether Darren has been near the flat
- **Safety planning with Leanne, and a DASH risk review after any incident or new contact from Darren.**
  - Who's doing it: Jess Obi, IDVA, Eversleat Women's Aid
  - By: fortnightly from 20 January
  - We'll see: the updated safety plan and DASH score emailed to Kerry after each meeting
- **Put a marker on Willow Court so any 999 call gets an immediate response, and check Darren keeps his bail.**
  - Who's doing it: PC Rob Hart, Eversleat Police Domestic Abuse Unit
  - By: 30 January, then at each bail date
  - We'll see: marker reference emailed to Kerry; any breach of bail reported to Kerry the same day
- **Make sure nobody passes Leanne's new address or the children's school on to Darren.**
  - Who's doing it: the family network
  - By: from 13 January
  - We'll see: no contact from Darren at the flat or the school reported to Jess or Kerry
- **Supervised contact for Grace with her dad at Eversleat Family Contact Centre.**
  - Who's doing it: Darren, with the contact centre worker
  - By: as and when the centre has a slot
  - We'll see: contact notes sent to Kerry after each session

### 2. Grace's day and Leanne's health

- **Visits from Marie, Leanne's CPN, to support her with her low mood and sleep.**
  - Who's doing it: Marie Lawson, CPN, Eversleat Community Mental Health Team
  - By: every two weeks from 27 January
  - We'll see: Leanne has a written sleep and mood plan by 24 February, copied to Kerry
- **Check Grace's weight, speech and development at home, and do her 3-year review.**
  - Who's doing it: the HV (Tasha Reid, Eversleat 0-19 Service)
  - By: monthly from February; 3-year review by 27 February
  - We'll see: the ASQ scores and weight sent to Kerry after each visit
- **Register Grace for her funded nursery place at Little Owls, so she can play with children her own age.**
  - Who's doing it: Leanne
  - We'll see: nursery start date confirmed in writing by Little Owls
- **Review Leanne's antidepressant, and tell Kerry within two working days if she misses a review, because Leanne finds mornings with Grace hardest when her tablets run out.**
  - Who's doing it: Dr Colin Ferris, GP, Pinfold Surgery
  - By: 20 February, then monthly
  - We'll see: GP letter on the children's file after each review
- **Have Alfie and Grace for tea every Wednesday and to stay on Saturday nights (Nana Sue).**
  - By: every Wednesday and Saturday from 21 January
  - We'll see: Nana texts Kerry each Sunday morning to say how it went

### 3. Alfie at school and how he feels

- **Keep an eye on Alfie in class and at playtimes and tell Kerry of any concerns.**
  - Who's doing it: Mrs Kaur, DSL, Eversleat Junior School
  - By: every school day
  - We'll see: Alfie's wellbeing monitored
- **CAMHS assessment of Alfie's nightmares and wetting the bed.**
  - Who's doing it: Eversleat CAMHS (Dr Nina Shah)
  - By: first appointment by 13 March
- **See Alfie on his own at school and Grace at home, and write down what they say and how they play.**
  - Who's doing it: Kerry Flint, SW
  - By: weekly
  - We'll see: visit notes with Alfie's words and his worry ladder score each week
- **Check Alfie's attendance and send Kerry a printout.**
  - Who's doing it: Mrs Kaur, DSL
  - By: every Friday
  - We'll see: attendance of 95% or more, with no more than one late mark a half-term

## If things go wrong

- If Darren comes to Willow Court, or to Alfie's school, or contacts Leanne other than about contact: Leanne or the
  school ring 999; the police arrest him for breach of bail; Kerry holds a strategy discussion the same day, and
  Leanne and the children go to a refuge that day if Darren has found the flat.
- If Leanne tells anyone she cannot keep herself safe, or she is not up with Grace by 10am on two days running:
  Grace and Alfie go to Nana Sue's, and Marie asks the crisis team to see Leanne that day.
- If Nana Sue cannot have the children (she is ill or away): Leanne's cousin, Toni Gallagher, has them at 8
  Pinfold Street; if Toni cannot, Kerry arranges Eversleat foster carers for both children together that day.

## Meetings

- Core group every four weeks, Tuesdays at 10am, Eversleat Family Hub: 3 March and 31 March 2026.
- Review child protection conference: date to be confirmed by the conference team.
""",
    "findings": [
        F("W002", "Make sure nobody passes Leanne's new address or the children's"),
        F("T002", "Supervised contact for Grace with her dad at Eversleat"),
        F("H001", "Visits from Marie, Leanne's CPN, to support her with"),
        F("T001", "Register Grace for her funded nursery place at Little Owls"),
        F("M002", "Keep an eye on Alfie in class and at playtimes"),
        F("M001", "CAMHS assessment of Alfie's nightmares and wetting the bed"),
        F("R001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 7. First review conference plan, father with depression after his wife's
#    death, two children, grandmother and aunt each taking a day. Plain text
#    with dot-leader details, a who's-who of first names, and the plan in
#    aligned, wrapped columns with target dates in many forms; one closed
#    row kept for the record. Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b124_elphinmoor_rcpc_aligned_columns_target_date_forms_oyelaran.txt",
    "split": "heldout",
    "actions": 12,
    "template": "rcpc-plain-text-caps-headings-dot-leader-details-whos-who-first-names-what-has-changed-views-outcomes-then-aligned-wrapped-columns-no-what-who-target-date-what-will-we-see-closed-row-kept-then-if-things-go-wrong-asterisk-bullets-meetings",
    "description": (
        "Exemplary first review conference plan for a 12-year-old and a 5-year-old whose father has "
        "depression since their mother died. Plain text: dot-leader details, a who's-who whose left "
        "column gives the name used in the plan (Tamsin, Nana Pearl, Auntie Efua, Ravi, Dr Lale, Nurse "
        "Beth), then the plan in aligned columns whose cells wrap over several lines (NO | WHAT | WHO | "
        "TARGET DATE | WHAT WILL WE SEE?). Target dates come in many forms ('Fortnightly from "
        "17.02.26; report by 17/3', 'Every other Thurs from 12 Feb', 'Wkly, Wed 3.30-7pm', 'by Feb "
        "half-term (20/2/26)', 'Fri each wk', '6 wkly sessions from w/c 23/2'). One one-off row is "
        "marked CLOSED and DONE (not counted). The CMHT psychologist and care co-ordinator both report "
        "on change, the GP owns an action, the grandmother's and aunt's days have a fallback, legal "
        "planning follows named triggers, core group and second review dates are set."
    ),
    "text": """\
ELPHINMOOR CITY COUNCIL - CHILDREN'S SOCIAL CARE
REVIEW CHILD PROTECTION PLAN
==========================================================================================

Children ......... Zara Oyelaran (12), DOB 30/06/2013, Year 8, Elphinmoor High School
                   Kofi Oyelaran (5), DOB 14/04/2020, Reception, St Cuthbert's Infants
Address .......... 17 Quarry Bank, Elphinmoor EP1 4GT
Parent ........... Kwame Oyelaran (Dad, 41). The children's mum, Abena, died in February 2025.
Category ......... Neglect (both children)
Conferences ...... Initial 18/11/2025; first review Tuesday 10/02/2026 (chair: Delyth Brannigan, IRO)
Plan updated ..... at the first review conference, 10/02/2026

WHO'S WHO (the plan uses the name on the left)
------------------------------------------------------------------------------------------
Tamsin ........... Tamsin Ure, social worker (team manager: Andrew Pask)
Nana Pearl ....... Pearl Mensah, Abena's mum, 3 Chapel Fold, Elphinmoor
Auntie Efua ...... Efua Mensah, Abena's sister, 26 Quarry Bank (six doors away)
Dr Lale .......... Dr Ines Lale, clinical psychologist, Elphinmoor Community Mental Health Team (CMHT)
Ravi ............. Ravi Sandhu, community psychiatric nurse and Kwame's care co-ordinator, CMHT
Dr Whitby ........ Dr Alan Whitby, GP, Quarry Bank Medical Practice
Mrs Addo ......... Grace Addo, DSL, St Cuthbert's Infants
Ms Fenn .......... Carys Fenn, head of year 8 and DSL, Elphinmoor High School
Holly ............ Holly Marsh, worker, Elphinmoor Young Carers
Dionne ........... Dionne Clarke, family support worker, Elphinmoor Family Hub
Nurse Beth ....... Beth Okoro, school nurse, Elphinmoor 5-19 Service

WHAT HAS CHANGED SINCE NOVEMBER
------------------------------------------------------------------------------------------
At the initial conference Kwame was in bed for most of the day, there was often no food in
the house, and Kofi had been late to school 14 times and twice arrived hungry and in dirty
clothes. Zara was cooking, getting Kofi ready and taking money from her dad's wallet to buy
bread and milk. Kwame has depression that started after Abena's death.

Since then Kwame has been seen by the CMHT, started sertraline in December and has begun
therapy with Dr Lale. Kofi has been late four times since Christmas. Nana Pearl and Auntie
Efua have each taken on a day a week. The referral to the CMHT was made and accepted, so
that row is closed below.

WHAT ZARA AND KOFI SAY
------------------------------------------------------------------------------------------
Zara (seen on her own at school, 03/02/2026): "Dad's getting up more. He made jollof on
Sunday like Mum did and it was actually good. I still do Kofi's bath because he likes me
doing it. I don't want to be the mum, I just want to be normal." She put home at 6 out of
10 (2 in November). She wants to keep going to Auntie Efua's on Wednesdays.

Kofi (seen at home, 05/02/2026) drew his family with his mum "up in the sky with the
stars". He said "Daddy walks me to school now and we count the red cars." He showed
Tamsin his swimming badge from Nana Pearl's Sunday trip.

WHAT WE WANT FOR ZARA AND KOFI
------------------------------------------------------------------------------------------
1. Zara and Kofi have food in the house, clean clothes and a dad who is up and caring for
   them every day.
2. Kofi gets to school on time every day, fed and ready to learn.
3. Zara is a 12-year-old again: she is not her brother's carer or her dad's, and goes to
   school and the young carers group.
4. Zara and Kofi have help to grieve for their mum.

THE PLAN
------------------------------------------------------------------------------------------
Target dates are written as the core group wrote them. Row 13 is kept for the record.

NO   WHAT                                WHO            TARGET DATE       WHAT WILL WE SEE?
---  ----------------------------------  -------------  ----------------  -------------------------------
1    Visit Zara and Kofi at home, one    Tamsin         Weekly to the     Notes show both children seen
     visit a month unannounced; see                     2nd review (4     each week and Zara seen alone
     Zara on her own away from the                      Aug 26)           every other week, her words
     house                                                                written down

2    Therapy with Kwame for his grief    Dr Lale        Fortnightly from  Report on the children's file a
     and depression, and a written view                 17.02.26; report  week before the 24 March core
     on whether he can get back to                      by 17/3           group, updated before the
     caring for Zara and Kofi every                                       review
     day, and how long that is likely
     to take

3    Care co-ordinator visits: check     Ravi           Every other       Pill count at each visit
     Kwame's sertraline, and report on                  Thurs from 12     matches the days; written
     whether he is making the changes                   Feb               update before every core group
     Zara and Kofi need (up, cooking,
     getting Kofi to school)

4    Get up by 7.30am on school days,    Kwame          Every school day  Kofi signed in by 8.50am on at
     make breakfast and walk Kofi to                    from 11th Feb     least 19 of every 20 days (St
     school                                                               Cuthbert's register)

5    Check Kofi arrives fed, clean and   Mrs Addo       Daily in term     Register and breakfast club
     on time; offer breakfast club;                     time              list emailed to Tamsin each
     ring Tamsin the same day if he is                                    Fri; no more than 1 late a
     not in by 9.15am                                                     half-term

6    Batch-cook the week's tea with      Nana Pearl     Every Sunday      Meals for the week in the
     Kwame and Zara, and take Kofi                      from 15th Feb     freezer at Tamsin's Monday
     swimming                                                             visits; Kofi's swimming card
                                                                          stamped

7    Have Zara and Kofi for tea and      Auntie Efua    Wkly, Wed         Efua texts Tamsin on Wednesday
     homework after school                              3.30-7pm          night; Zara's homework planner
                                                                          signed by Efua

8    Young carer's assessment for Zara,  Holly          Assessment by     Assessment copy on file; group
     then a place in the fortnightly                    Feb half-term     register shows Zara at 4 or
     group                                              (20/2/26)         more sessions by the review

9    Check-in with Zara and check her    Ms Fenn        Fri each wk       Attendance 95%+; check-ins
     attendance                                                           logged on CPOMS and sent to
                                                                          Tamsin

10   Six sessions with Kwame on a        Dionne         6 sessions by     Food in the fridge at every
     morning routine chart and a                        end of spring     visit; weekly budget sheet
     shopping and money plan, so there                  term (27/3/26)    kept; 6 of 6 sessions signed
     is food in for Zara and Kofi every                                   off
     day

11   Memory box sessions with Kofi       Nurse Beth     6 wkly sessions   Kofi's memory box finished; a
     about his mum                                      from w/c 23/2     note to Tamsin after each
                                                                          session

12   Review Kwame's sertraline, and      Dr Whitby      06.03.26, then    GP letter on file after each
     write to Tamsin about anything                     every 2 months    review
     that affects his care of the
     children

13   CLOSED - Refer Kwame to Elphinmoor  Dr Whitby      By 25/11/25 -     Acceptance letter on file
     CMHT                                               DONE 21/11/25     (received 28/11/25)

IF THINGS GO WRONG
------------------------------------------------------------------------------------------
* If Kofi is not at school by 9.15am and nobody has rung in, or Kwame is found in bed at
  9am on a school day: Mrs Addo rings Tamsin, who visits that morning; Kofi goes to Nana
  Pearl's after school and stays until Tamsin has seen Kwame.
* If Kwame says he has thoughts of ending his life, or Ravi or Dr Lale think his mood has
  fallen sharply: Ravi asks the CMHT crisis team to see him the same day, and Zara and
  Kofi stay with Nana Pearl until the crisis team says Kwame is safe to care for them.
* If Nana Pearl or Auntie Efua cannot do their day (illness, work, being away): the other
  one covers it; if neither can, Dionne visits at teatime that day, and if Kwame is not
  well enough to care for the children Tamsin places Zara and Kofi together with
  Elphinmoor foster carers that evening.
* If at the core group on 24 March Kofi has been late more than five times since this
  review, or Dr Lale's report says Kwame cannot get back to caring for the children in
  their timescale, Tamsin will ask Andrew Pask for a legal planning meeting within five
  working days.

MEETINGS
------------------------------------------------------------------------------------------
Core group ....... every six weeks, Tuesdays at 4pm, Elphinmoor Family Hub:
                   24/03/2026, 05/05/2026, 16/06/2026
Second review .... Tuesday 04/08/2026, 10am, Elphinmoor Civic Centre

Copies to Kwame, Nana Pearl, Auntie Efua, Zara (her own copy, read with Tamsin) and every
person in the who's-who.
""",
    "findings": [],
})
