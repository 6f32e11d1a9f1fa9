"""Batch 84, module o: seven fictional plans (held-out material), places beginning with "o".

Everything here is made up: children, families, professionals, services,
councils, hospitals, schools and places. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: whether a measure, a timescale, an outcome and a parent's illness are
read right when practitioners write them in their own ways. Measures as what
someone will see, hear, count, weigh, receive or record ("the nursery will
tell us the same day if she arrives hungry", "weighed fortnightly and
plotted", "a copy of the tenancy letter to the SW", "the DSL logs every late
pick-up") beside measures that are only a promise, a feeling, "engage well",
"to be monitored", "progress will be reviewed" or a repeat of the action.
Timescales as dates, frequencies and events ("before discharge", "ahead of
the review conference", "by the end of the Easter holidays", "within five
working days of any missing episode", "on the nights Nadia works") beside
"ongoing", "asap", "in due course", "when possible", "as and when", "when she
is ready" and a date that is only the conference that agreed the action.
Outcomes for the child under unfamiliar headings, in a closing paragraph and
in the family's and the young person's own words, beside outcomes that are
only a service delivered to an adult. Parents' health: a current illness in
one parent, a past illness now over, a grandparent's illness, a sibling's
illness, a young person's own mental health (CAMHS) and a parent who works as
a nurse on a mental health ward. Templates: a pre-birth plan, a family group
conference plan, a two-column Action | Update core group table, a RAG review
table, a case-system PDF export with labelled lines, a letter to parents and
a young person's own plan. Two plans are exemplary.
"""
from build_batch5 import F

PLANS = []


# ---------------------------------------------------------------------------
# 1. Pre-birth plan: mother with bipolar disorder under the perinatal team,
#    grandmother with MS, father's sister staying nights (docx, exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b84_orrindale_pre_birth_plan_kestrel.docx",
    "doc_title": "Pre-Birth Child Protection Plan - Baby of Jodie Kestrel",
    "split": "heldout",
    "actions": 12,
    "template": "pre-birth-icpc-docx-kv-details-unborn-lived-experience-what-needs-to-happen-who-when-how-we-will-know-table",
    "description": (
        "Pre-birth conference plan for an unborn girl whose mother has bipolar disorder (admitted in "
        "October during the pregnancy, now on quetiapine under the perinatal mental health service). "
        "What needs to happen | Who | When | How we will know table with timescales as events ('at every "
        "antenatal appointment', 'before discharge (by day 4 after the birth)', 'every night for the "
        "first 14 nights after Isla comes home', 'at 6 weeks after the birth') and measures as what is "
        "counted, weighed or received ('blister packs counted by the CPN', 'weighed fortnightly and "
        "plotted in the red book', 'a copy of the employer's letter to the SW'). The maternal "
        "grandmother's MS is recorded (not a parent). The perinatal team reports on capacity to change, "
        "the GP owns an action, the contingency covers the aunt and grandmother not being able to help, "
        "dates and legal step set. Exemplary."
    ),
    "blocks": [
        ("title", "Pre-Birth Child Protection Plan"),
        ("p", "Orrindale Borough Council · Children's Services · Pre-Birth and Infant Team"),
        ("kv", [
            ("Unborn baby", "Baby girl of Jodie Kestrel, due 14/06/2025; her parents plan to call her Isla"),
            ("Mother", "Jodie Kestrel (26)"),
            ("Father", "Liam Farrant (29). Jodie and Liam live together at 22 Osier Close, Orrindale, and "
                       "Liam will be named on the birth certificate."),
            ("Conference", "Initial (pre-birth) child protection conference, Tuesday 15/04/2025, Orrindale "
                           "Civic Centre"),
            ("Category", "Neglect"),
            ("Social worker", "Tomasz Wilk"),
            ("Chair", "Helen Ashdown"),
        ]),
        ("h1", "Why there is a plan for Isla"),
        ("p", "Jodie has bipolar disorder, diagnosed in 2019. In October 2024, when she was about 8 weeks "
              "pregnant, she stopped sleeping, spent all of her savings in three days and believed the "
              "neighbours were watching the flat. She was admitted to Larch Ward at the Orrindale Mental "
              "Health Unit for 19 days. She now takes quetiapine every night and is under the Orrindale "
              "Perinatal Mental Health Service. Women with bipolar disorder are at high risk of becoming "
              "unwell in the weeks after a baby is born, and Jodie stopped her medication twice in 2023 "
              "without telling anyone."),
        ("p", "Liam works shifts at a distribution warehouse in Orrindale. He has no history of mental ill "
              "health or of drug or alcohol use. Jodie's mother, Carol Kestrel, lives five minutes away; "
              "she has multiple sclerosis and uses a wheelchair outdoors, so she can help in the daytime but "
              "cannot lift or carry a baby or do night feeds. Liam's sister, Shannon Farrant, has two "
              "children of her own at school and has offered to stay for Isla's first two weeks at home."),
        ("h1", "Isla's life so far"),
        ("p", "Isla cannot tell us anything yet, so this is what the midwife and the social worker know of "
              "her life before birth. While Jodie was on Larch Ward in October she missed her booking "
              "appointment, and her pregnancy was not checked by a midwife for three weeks. Since November Jodie has "
              "been to every appointment. At the 28-week scan Isla was growing on the 40th centile and "
              "moving well. The midwife noticed that Isla kicks hard when Liam talks to the bump, which he "
              "does every evening, and Jodie laughed about it for the first time at the 30-week check. "
              "Liam has already bought the cot. Jodie told the social worker: \"I want her to have a "
              "calm mum, not the mum I was in October.\""),
        ("h1", "What is going well"),
        ("bullets", [
            "Jodie has taken her quetiapine every night since she left hospital; her CPN has counted the "
            "blister packs at every visit.",
            "Jodie and Liam came to conference together, read the reports beforehand and asked what would "
            "happen if Jodie became unwell.",
            "Jodie has started writing down her own early warning signs with her CPN.",
            "Shannon and Carol both came to conference and have offered practical help.",
        ]),
        ("h1", "What we want for Isla"),
        ("bullets", [
            "Isla is born safely and goes home to a calm, warm flat with her own cot in her parents' room.",
            "Isla is fed and settled, day and night, by an adult who is well and has slept.",
            "If her mum starts to become unwell it is noticed within a day, and Isla is never left on her "
            "own with her mum while she is unwell.",
            "Isla grows well, is seen by her health visitor and has her checks and immunisations on time.",
        ]),
        ("h1", "The plan"),
        ("table", {
            "header": ["What needs to happen", "Who", "When", "How we will know"],
            "widths": [6.0, 3.6, 3.6, 3.8],
            "rows": [
                ["See Jodie before and after the birth, write a perinatal relapse-prevention plan with Jodie "
                 "and Liam, and report on whether Jodie's mood is stable, whether she can make and keep the "
                 "changes needed to care for Isla, and how long that is likely to take",
                 "Ruth Okafor, perinatal CPN, with Dr Anjali Rao, consultant perinatal psychiatrist, Orrindale "
                 "Perinatal Mental Health Service",
                 "Fortnightly until the birth, then weekly for 12 weeks; relapse-prevention plan by 36 weeks "
                 "(17/05/2025)",
                 "Relapse-prevention plan copied to the midwife, the maternity unit, the GP, the HV and the "
                 "SW; written report to the SW before each core group"],
                ["Ask Jodie about her mood and her sleep and complete the EPDS",
                 "Community midwife Fiona Adair",
                 "At every antenatal appointment (fortnightly from 32 weeks)",
                 "EPDS score written in the maternity notes; a score of 13 or more, or any sign from the "
                 "relapse plan, phoned to the CPN and the SW the same day"],
                ["Take quetiapine every night as prescribed, so that Jodie stays well enough to care for "
                 "Isla; Liam keeps the tablets in the locked box",
                 "Jodie, with Liam",
                 "Every night, before and after the birth",
                 "Blister packs counted by the CPN at each visit; the box seen locked by the SW"],
                ["Set up Isla's cot and Moses basket in Jodie and Liam's bedroom, with a firm mattress and no "
                 "bumpers or pillows",
                 "Jodie and Liam",
                 "By 36 weeks (17/05/2025)",
                 "The SW sees the cot and basket set up at the home visit in the week of 19/05/2025"],
                ["Keep Jodie and Isla on the postnatal ward for at least five nights after the birth; the "
                 "midwives record Jodie's sleep and mood and how she feeds and handles Isla",
                 "Sister Meg Hollis, Orrindale Maternity Unit",
                 "From the birth until discharge (not before day 5)",
                 "Ward observation notes read out at the discharge planning meeting"],
                ["Hold a discharge planning meeting with Jodie, Liam, Shannon, the ward, the CPN, the HV and "
                 "the SW to agree the day Isla goes home",
                 "SW Tomasz Wilk",
                 "Before discharge (by day 4 after the birth)",
                 "Written discharge plan sent to the parents and to every agency on the day of the meeting"],
                ["Visit at home; once Isla is born, see her awake, see where she sleeps and how Jodie and "
                 "Liam respond to her cries, and speak to Jodie and Liam separately once a month",
                 "SW Tomasz Wilk",
                 "Weekly until the birth; twice a week for the first 4 weeks after Isla comes home, then "
                 "weekly until the review conference",
                 "Visit notes record where Isla slept, how she was handled and what each parent said"],
                ["New birth visit, then check Isla's feeding, weight and sleeping position",
                 "HV Nkechi Obi, Orrindale 0-19 Service",
                 "New birth visit on day 10 to 14, then fortnightly until Isla is 8 weeks old",
                 "Isla weighed fortnightly and plotted in the red book; back to her birth weight by day 14"],
                ["Stay at the flat and do the 2am feed so that Jodie gets at least six hours' sleep a night",
                 "Shannon Farrant (Liam's sister)",
                 "Every night for the first 14 nights after Isla comes home",
                 "Shannon signs the night feed chart each morning; the SW checks it at each visit"],
                ["Come to the flat each afternoon so that Jodie can nap, and ring the CPN if Jodie seems "
                 "\"high\" or says she is not sleeping",
                 "Carol Kestrel (maternal grandmother)",
                 "1pm to 4pm every weekday for the first 4 weeks after Isla comes home",
                 "Carol's visits marked on the calendar by the fridge and seen by the SW; any call written "
                 "in the CPN notes"],
                ["Take two weeks' paternity leave from the day Isla is born, then do the night feeds on "
                 "Friday and Saturday nights",
                 "Liam Farrant",
                 "From the birth for 2 weeks; then every Friday and Saturday night until the review "
                 "conference",
                 "A copy of the employer's letter confirming the leave dates to the SW by 31/05/2025; the "
                 "night feed chart"],
                ["Postnatal check for Jodie with a review of her medication, and Isla's 6 to 8 week check",
                 "Dr Harriet Lowe, GP, Orrindale Health Centre",
                 "At 6 weeks after the birth",
                 "Checks recorded in the red book and the GP notes; letter to the SW and the CPN"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If Jodie shows any of the early warning signs in her relapse-prevention plan (two nights in a "
              "row with less than four hours' sleep, talking very fast or not making sense, spending large "
              "amounts of money, or saying that she or Isla is in danger), or misses two nights of "
              "quetiapine, Liam, Shannon or Carol will ring the perinatal team (the crisis team out of "
              "hours) straight away, and Jodie will not care for Isla on her own until she has been seen. "
              "The perinatal team will assess Jodie the same day. If she needs to go into hospital, she will "
              "go to the Orrindale Mother and Baby Unit with Isla if the psychiatrist says that is safe; if "
              "not, Isla will stay at home with Liam, with Shannon staying too, and the SW will hold a "
              "strategy discussion the same day."),
        ("p", "If Shannon cannot stay (for example if one of her own children is ill), or Carol's MS flares "
              "up so that she cannot come, Liam will take annual leave to cover the nights or afternoons, and "
              "if he cannot, the SW will arrange a family support worker for the hours not covered; Jodie will "
              "not be left to do the nights alone. If neither Liam nor anyone in the family can care for Isla "
              "while Jodie is unwell, the SW will arrange a foster placement that day."),
        ("p", "If Jodie stops her medication before the birth, if there is no agreed relapse-prevention plan "
              "by 36 weeks, or if she becomes unwell after the birth and the safety plan is not kept, the SW "
              "will ask the team manager for a legal planning meeting within 5 working days."),
        ("h1", "Core group and review"),
        ("bullets", [
            "First core group: Tuesday 29/04/2025, 10am, Orrindale Family Hub.",
            "Then every 4 weeks: Tuesday 27/05/2025 and Tuesday 24/06/2025 (after the birth, at the flat if "
            "Jodie prefers).",
            "Review child protection conference: Tuesday 15/07/2025, 2pm, Orrindale Civic Centre.",
        ]),
        ("p", "Plan typed by Tomasz Wilk (SW) on 16/04/2025 and sent to Jodie, Liam and every agency named above."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Family group conference plan in the family's own words, with a
#    "what the professionals will do" list and a back-up plan (md, exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b84_oswelby_fgc_family_plan_mcbride.md",
    "split": "heldout",
    "actions": 12,
    "template": "fgc-family-plan-md-family-words-outcomes-bold-owner-bullets-family-and-professional-sections-back-up-plan",
    "description": (
        "Family plan written at a family group conference and added to the child protection plan of a "
        "10-year-old and a 7-year-old (mother's drinking; the younger child has type 1 diabetes). The "
        "outcomes are in the family's own words under 'What we all want for Kacey and Reece'; each bullet "
        "of the family's and the professionals' lists names who, when and what will show it (a 6pm "
        "breath-test photo sent to Nan, readings in Reece's diabetes book, the club register, 'Lisa will "
        "text Chloe on the Saturday morning', the DSL's weekly summary). The alcohol service reports on "
        "whether the drinking is changing and what it means for the children; the back-up plan says what "
        "happens if Nan, the uncle and aunt, or Dad cannot help, and when legal planning follows. "
        "Reece's diabetes is a child's illness, not a parent's. Exemplary."
    ),
    "text": """\
# Family Plan for Kacey and Reece McBride

**Oswelby Council · Children's Services · Family Group Conference Service**

*Written by Kacey and Reece's family in private family time at their family group
conference on Saturday 10 May 2025 at Oswelby Community Centre, and agreed with
their social worker the same afternoon. It is now part of Kacey and Reece's child
protection plan (initial child protection conference 22 April 2025, category:
neglect). FGC coordinator: Ade Balogun. Social worker: Chloe Marsh.*

## Who came

Donna (Mum), Sean (Dad), Pauline McBride (Nan, Donna's mum), Gary and Lisa McBride
(Donna's brother and his wife), and Kacey with her advocate, Jess Pereira. Reece
did not want to come to the meeting, so he drew a picture and Kacey brought it.

## What the professionals told the family

Chloe told the family the worries in the conference report. Donna has been drinking
most evenings since the winter; she told the conference it is "a bottle of wine,
sometimes more at the weekend". On 2 March the police found Donna asleep on the
settee at 11pm after Kacey rang Nan, and Reece's bedtime insulin had not been
given. Reece's diabetes nurse has seen three other nights since January when his
insulin was late or missed. Kacey has been checking Reece's blood sugar herself.

Chloe's bottom lines for the plan were: a sober adult in charge of the children
every evening and every night; Reece's insulin given and checked by an adult; and
Kacey not being the one who looks after Reece.

## What Kacey and Reece said

Kacey told Jess before the meeting: "When Mum has wine she goes all floppy and
forgets Reece's jab. I have to do his numbers." She said she likes it at Nan's
"because Nan does the jab and I can just watch telly", and that she wants Mum "not
to drink on school nights, ever". She misses gymnastics and wants to go back on
Thursdays.

Reece's picture showed everyone in Nan's garden: Nan, Kacey, himself "with my
sensor" and Mum "smiling not sleeping". He told Jess he doesn't like it when
"Mum's eyes go funny".

## What we all want for Kacey and Reece

- "Kacey gets to be a kid again: gymnastics, friends round, and not doing Reece's bloods."
- "Reece's blood sugar gets checked and his insulin done right every night, by a grown-up who's sober."
- "The kids go to bed in a quiet house with a sober adult in it, every night of the week."
- "Kacey and Reece know they can ring Nan any time and won't get Mum into trouble for it."

## Our family plan: what the family will do

- **Donna** will not drink any alcohol from Sunday afternoon to Friday teatime, so she is sober for the children, and on those evenings she will use the breathalyser at 6pm and send the photo to Nan, who keeps the photos on her phone for Chloe to see at each visit.
- **Donna** will give Reece his bedtime insulin at 7.30pm every night and text Nan the reading and the dose; if no text has come by 8pm, Nan rings Donna and goes round if there is no answer.
- **Donna** will go to Orchard House Recovery every Wednesday, starting with her assessment on 14 May; Orchard House will let Chloe know if she misses a session.
- **Nan (Pauline)** will have Kacey and Reece for tea every Tuesday and Thursday after school until the review conference, do Reece's 5pm blood test and write the reading in his diabetes book, which the diabetes nurse looks at every fortnight.
- **Nan** will take Kacey to gymnastics at Oswelby Leisure Centre every Thursday at 6pm from 15 May; the club register will show she has been.
- **Gary and Lisa** will have the children for a sleepover every other Friday from 16 May, so that Donna has a weekend evening without the children, and Lisa will text Chloe on the Saturday morning to say how it went.
- **Sean** will have the children every Saturday from 10am to 6pm, as now, and give Reece his lunchtime insulin; his readings show up on the follower app that the diabetes nurse downloads each fortnight.

## What the professionals will do

- **Chloe Marsh (social worker)** will visit every week until the review conference, at least one visit in three unannounced and in the evening, see Kacey and Reece on their own, and write what they say in her visit notes.
- **Marcus Lyle, keyworker at Orchard House Recovery (Oswelby Alcohol Service)**, will see Donna every week with a breath test at each session, and send Chloe a written update before each core group on whether Donna's drinking is changing and what that means for Kacey and Reece.
- **Sue Penrose, paediatric diabetes nurse, Oswelby Children's Hospital**, will download Reece's glucose readings every fortnight and tell Chloe the same day if any night shows a missed dose or a reading over 20.
- **Mrs Hendry, DSL at Oakfield Lane Primary**, will tell Chloe the same day if Kacey or Reece arrive late or hungry or say anything about drinking at home, and will send Chloe a summary of the school's safeguarding log every Friday.
- **Jess Pereira (advocate)** will meet Kacey at school before each core group to hear what she thinks of the plan, and write her views down for the meeting.

## If the plan isn't working: our back-up plan

- If Donna has been drinking while she is looking after the children (the 6pm photo isn't sent or shows a reading over zero, or Nan, Sean, school or the children smell or see drink), the children go to Nan's that night, and Chloe (or the emergency duty team at night) is told straight away and holds a strategy discussion the same day.
- If Nan can't have the children (if she is ill, away or her knees are bad), they go to Gary and Lisa's. If Gary and Lisa can't have them either, Sean has them at his flat. If nobody in the family can, Chloe will find an emergency foster carer that night.
- If Sean can't do a Saturday, Nan has the children instead and does Reece's lunchtime insulin.
- If Donna drinks while caring for the children twice before the review conference, or Reece misses another dose of insulin while he is in her care, Chloe will ask her manager for a legal planning meeting.

## Checking how the plan is going

- Family review meeting with Ade: Saturday 21 June 2025, Oswelby Community Centre.
- Core group every 4 weeks at Oakfield Lane Primary, 3.30pm: Tuesday 3 June and Tuesday 1 July 2025 (the first was on 6 May).
- Review child protection conference: Tuesday 22 July 2025, 10am, Oswelby Town Hall.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Core group record with a two-column Action | Update table; each action
#    cell is a whole sentence naming who, when and what will show it (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b84_olvercombe_core_group_action_update_haldane.docx",
    "doc_title": "Core Group 3 - Plan and Updates - Rhys and Ellie-May Haldane",
    "split": "heldout",
    "actions": 12,
    "template": "core-group-3-record-docx-two-column-action-agreed-at-conference-update-at-core-group-table-whole-sentence-actions",
    "description": (
        "Third core group record for an 8-year-old and a 2-year-old (neglect; father's depression and "
        "anxiety under the CMHT). The plan is a two-column table, 'Action (agreed at conference on "
        "08/04/2025)' | 'Update at core group 3', and each action cell is a whole sentence that names its "
        "owner, timescale and measure, so the structure can be read from the action text. Good rows "
        "beside faulty ones: the DSL logs every late pick-up, the nursery tells the SW the same day if "
        "Ellie-May arrives hungry, the psychiatrist reports on capacity to change. Faults: the CMHT only "
        "supporting (H001), 'engage well' and 'so that he feels less tired' (M002), 'asap' and 'in due "
        "course' (T002), a row with no time at all (T001), a passive booking (W001), 'All professionals' "
        "(W002), a parenting assessment with no output (M001), an outcome that is only the father "
        "attending his appointments (F002), and a contingency whose only triggers are 'things do not "
        "improve' and 'further concerns' (C002), though it does lead to a legal planning meeting."
    ),
    "blocks": [
        ("title", "Core Group Meeting 3 – Plan and Updates"),
        ("p", "Olvercombe District Council · Children and Families Service · Family Safeguarding Team East"),
        ("kv", [
            ("Children", "Rhys Haldane (8), Year 3, Osprey Road Primary; Ellie-May Haldane (2), Little Owls "
                         "Nursery, three mornings a week"),
            ("Parents", "Craig Haldane (35) and Leanne Haldane (31), 9 Otter Walk, Olvercombe"),
            ("Plan since", "Initial child protection conference, Tuesday 08/04/2025 (category: neglect)"),
            ("Meeting", "Core group 3, Tuesday 17/06/2025, 1.30pm, Olvercombe Family Hub"),
            ("Social worker", "Gemma Rourke"),
        ]),
        ("h2", "Present"),
        ("p", "Craig Haldane; Leanne Haldane; Gemma Rourke (SW, chair); Dan Cole (family support worker); "
              "Mrs Farrah Quinn (DSL, Osprey Road Primary); Amy Shaw (keyworker, Little Owls Nursery); Sally "
              "Evans (HV). Apologies: Paula Brennan (CMHT), update sent by email."),
        ("h2", "Why Rhys and Ellie-May have a plan"),
        ("p", "Craig has depression and anxiety and has been open to the Olvercombe Community Mental Health "
              "Team since January; he takes sertraline. Leanne works 7am to 3pm at Osborne Court care home, "
              "so Craig looks after Ellie-May in the mornings and takes Rhys to school. Before conference the "
              "school reported Rhys late on 14 of 40 days and twice not collected until 4.30pm, the nursery "
              "reported Ellie-May arriving hungry and in a soaked nappy, and the SW found Craig asleep at "
              "11am with Ellie-May still in her cot and the kitchen floor covered in rubbish. The family are "
              "behind with the rent and have had a notice from Olvercombe Homes."),
        ("h2", "What Rhys and Ellie-May have told us and shown us"),
        ("p", "Rhys (seen on his own at school, 10/06/2025): \"When Dad's in bed I make my own breakfast. Cereal "
              "with no milk, because the milk's gone off.\" He said he wants his dad \"to get up and do "
              "stuff with me like before\" and that the best day this month was when Leanne took him to the "
              "park after work. Ellie-May brought the SW her shoes on the last visit and said \"park\"; at "
              "nursery she goes straight to the snack table when she arrives and eats quickly."),
        ("h2", "What needs to be different for Rhys and Ellie-May"),
        ("bullets", [
            "Rhys gets to school on time every day with breakfast inside him, and is collected at 3.15pm.",
            "Ellie-May is changed, fed and up and about in the mornings, and arrives at nursery clean and "
            "not hungry.",
            "Rhys and Ellie-May live in a clean home that they are not at risk of losing.",
            "Craig attends all his CMHT appointments and takes his medication.",
        ]),
        ("h2", "The plan and how it is going"),
        ("p", "The left-hand column is the plan agreed at conference; the right-hand column is what the core "
              "group heard today."),
        ("table", {
            "header": ["Action (agreed at conference on 08/04/2025)", "Update at core group 3 (17/06/2025)"],
            "widths": [10.5, 6.5],
            "rows": [
                ["SW Gemma Rourke will visit every week, at least one visit in three unannounced, see Rhys on "
                 "his own and Ellie-May awake, and write what Rhys says in her visit notes.",
                 "Seven visits since core group 2, two of them unannounced. Rhys seen on his own five times."],
                ["Paula Brennan, CMHT care coordinator, will carry on her fortnightly support visits to Craig "
                 "for his low mood and anxiety, and record them in the CMHT diary.",
                 "Craig has been seen three times since the last meeting (email from Paula)."],
                ["Dr Omar Sayeed, consultant psychiatrist, will review Craig's medication by 27/06/2025 and "
                 "write to the SW on whether Craig is making the changes needed to look after Rhys and "
                 "Ellie-May during the day, and how long that is likely to take.",
                 "Appointment booked for 24/06/2025."],
                ["Craig and Leanne will have weekly sessions with FSW Dan Cole on the morning routine for "
                 "Rhys and Ellie-May, and will engage well with them.",
                 "Sessions started in the week of 12/05/2025. Leanne said the first one was \"useful\"."],
                ["Craig will sort out the rent arrears with Olvercombe Homes asap and give the SW a copy of "
                 "the tenancy letter.",
                 "Craig has spoken to the housing officer; the arrears are now lower."],
                ["Ellie-May's two-year check to be booked at Olvercombe Health Centre by 30/06/2025, with the "
                 "ASQ-3 scores shared with the SW.",
                 "Not booked yet."],
                ["All professionals will tell the SW the same day if Rhys or Ellie-May are seen with an injury "
                 "or are not collected; each call is logged on the children's file.",
                 "Two calls from school about late collection, both logged."],
                ["Mrs Farrah Quinn, DSL at Osprey Road Primary, will log every late arrival and every late "
                 "pick-up for Rhys and email the log to the SW every Friday.",
                 "Rhys late 6 times in May and collected late twice; the log has come every Friday."],
                ["Craig will ask his GP for help with his sleep so that he feels less tired.",
                 "Craig says he will ring the surgery."],
                ["Leanne will put the family on Olvercombe Council's housing register in due course and give "
                 "the SW the reference number.",
                 "Leanne has the form."],
                ["Little Owls Nursery (keyworker Amy Shaw) will tell the SW the same day if Ellie-May arrives "
                 "hungry, in a wet or dirty nappy or without a coat, and note it on her daily sheet, at every "
                 "session she attends.",
                 "Ellie-May arrived hungry at 3 of 14 sessions; the SW was told each time."],
                ["SW Gemma Rourke will complete a parenting assessment of Craig and Leanne by 27/06/2025.",
                 "Started in May."],
            ],
        }),
        ("h2", "If things do not improve"),
        ("p", "If things do not improve, or if there are any further concerns about Rhys or Ellie-May, the core "
              "group will meet earlier to review the plan and consider what else is needed, and the SW will "
              "request a legal planning meeting."),
        ("h2", "Next meetings"),
        ("p", "Review child protection conference: Tuesday 08/07/2025, 10am, Olvercombe Civic Offices. Core "
              "groups continue every 4 weeks after the review; the next date will be set at the conference."),
        ("p", "Record typed by Gemma Rourke (SW) on 18/06/2025 and sent to Craig, Leanne and everyone present."),
    ],
    "findings": [
        F("F002", "Craig attends all his CMHT appointments and takes his medication."),
        F("H001", "will carry on her fortnightly support visits to Craig"),
        F("M002", "weekly sessions with FSW Dan Cole on the morning routine"),
        F("T002", "Craig will sort out the rent arrears with Olvercombe Homes"),
        F("W001", "Ellie-May's two-year check to be booked at Olvercombe Health Centre"),
        F("W002", "All professionals will tell the SW the same day"),
        F("T001", "Craig will ask his GP for help with his sleep"),
        F("M002", "Craig will ask his GP for help with his sleep"),
        F("T002", "Leanne will put the family on Olvercombe Council's housing register"),
        F("M001", "will complete a parenting assessment of Craig and Leanne"),
        F("C002"),
    ],
})


# ---------------------------------------------------------------------------
# 4. First review conference: the plan as a RAG review table, outcomes in a
#    closing "good day" paragraph; paged landscape PDF with header and footer
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b84_ovingwold_rcpc_rag_review_table_pennick.pdf",
    "doc_title": "Review Child Protection Conference - Plan Review - Ava and Jayden Pennick",
    "split": "heldout",
    "actions": 15,
    "template": "rcpc-plan-review-paged-landscape-no-action-lead-by-when-how-we-will-know-rag-table-outcomes-in-closing-good-day-paragraph",
    "description": (
        "First review conference plan for a 4-year-old and a 20-month-old (neglect). The plan is a RAG "
        "review table (No. | Action | Lead | By when | How we will know | RAG). The mother's postnatal "
        "depression ended in 2021 and the grandfather who lives with them has dementia; neither is a "
        "parent's current ill health, and no adult service owns an action. The outcomes for the children "
        "are a closing paragraph headed 'What a good day looks like for Ava and Jayden'. Good rows: "
        "'weighed fortnightly and plotted', 'the nursery will tell us the same day if she arrives hungry', "
        "'the nursery manager logs every late drop-off and every late pick-up', 'by the end of the Easter "
        "holidays', 'over the Easter holidays', 'ahead of the review conference'. Faults: a promise, "
        "'progress will be reviewed at core group' and 'bedtime routine support provided' as the only "
        "measure (M002), a By when cell that is only the date of the conference that agreed the action "
        "(T001), 'in due course' and 'when possible' (T002), a '-' lead (W001), 'Everyone in the "
        "network' (W002). Header and page footer on every page."
    ),
    "header": "OFFICIAL-SENSITIVE · Ovingwold County Council · Children's Services",
    "footer": "RCPC plan review – Ava and Jayden Pennick – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "landscape": True,
    "blocks": [
        ("title", "Review Child Protection Conference – Plan Review"),
        ("kv", [
            ("Children", "Ava Pennick (4), Oakapple Nursery; Jayden Pennick (20 months), at home"),
            ("Parents", "Stacey Pennick (27) and Ryan Cole (30), 14 Orchard Row, Ovingwold"),
            ("Also at the address", "Derek Cole (68), Ryan's father, since July 2024"),
            ("Conference", "First review child protection conference, Tuesday 11/02/2025, Ovingwold County Hall"),
            ("Initial conference", "18/11/2024"),
            ("Category", "Neglect"),
            ("Social worker", "Kwame Asante"),
            ("Chair", "Janet Lyons, Child Protection Chair"),
        ]),
        ("h1", "1. What has happened since the initial conference"),
        ("p", "The house was cleaner in December but had gone back by the middle of January: on 28 January the "
              "SW found dog mess on the landing, no stair gate at the top of the stairs and only crisps and "
              "bread in the kitchen. Jayden's weight has dropped from the 25th to the 9th centile since "
              "November. Ava's dental appointment was missed, and she arrived at nursery hungry on six mornings "
              "in January. Stacey and Ryan came to every core group and have been honest about how hard things "
              "are."),
        ("p", "Stacey had postnatal depression after Ava was born in 2020. She was treated by her GP and the "
              "Ovingwold Wellbeing Service and discharged in 2021; she has been well since, takes no "
              "medication, and her GP has no current concerns about her mental health."),
        ("p", "Ryan's father, Derek, moved in last July. He has vascular dementia: he has left the gas on twice "
              "and once walked out of the front door at 3am. Carers from Ovingwold Adult Social Care come in "
              "twice a day, and Ryan is his main carer the rest of the time. Ryan told conference he is "
              "exhausted and that Derek is up most nights."),
        ("h1", "2. What Ava and Jayden tell us"),
        ("p", "Ava (seen on her own at nursery, 04/02/2025) said: \"Grandad Derek shouts in the night and I get "
              "scared.\" She said her favourite food is \"nursery pasta\" and that at home \"sometimes there's "
              "only crisps\". She drew her bedroom with the dog asleep on her bed. Jayden is not yet talking. On "
              "visits he crawls over to whoever comes in and holds his arms up to be lifted, and on 28 January "
              "he drank a whole beaker of milk very quickly."),
        ("h1", "3. Decision"),
        ("p", "Conference agreed that Ava and Jayden are still at risk of significant harm and that the child "
              "protection plan continues under the category of neglect."),
        ("h1", "4. The plan, with progress at this review"),
        ("p", "RAG: Green – on track; Amber – some progress; Red – not started or no progress; New – added at "
              "this review."),
        ("table", {
            "header": ["No.", "Action", "Lead", "By when", "How we will know", "RAG"],
            "widths": [1.2, 7.0, 4.0, 4.3, 7.0, 2.2],
            "rows": [
                ["1", "See Ava and Jayden at home, Ava on her own, and look in the kitchen cupboards, the "
                      "children's bedroom and at the stair gate",
                 "SW Kwame Asante", "Fortnightly until the next review conference",
                 "Visit notes record what Ava says and what was in the cupboards; photos of the stair gate on "
                 "file", "Green"],
                ["2", "Weigh Jayden and check his feeding and what he eats in the day",
                 "HV Lorna Gilchrist", "Every two weeks",
                 "Jayden weighed fortnightly and plotted on his centile chart; back on the 25th centile by the "
                 "next review", "Amber"],
                ["3", "Give Ava breakfast when she arrives, and note whether she is hungry, unwashed or without "
                      "a coat",
                 "Oakapple Nursery (keyworker Mrs Shabana Begum)", "Every session Ava attends",
                 "The nursery will tell us the same day if she arrives hungry; a count of hungry mornings "
                 "emailed to the SW every Friday", "Amber"],
                ["4", "Bring Ava to nursery by 9am and collect her by 3pm",
                 "Stacey or Ryan", "Every weekday in term time",
                 "The nursery manager logs every late drop-off and every late pick-up and sends the log to the "
                 "SW each Friday", "Red"],
                ["5", "Keep the kitchen floor and the stairs clear, and keep the dog out of the children's "
                      "bedroom",
                 "Stacey and Ryan", "Every day",
                 "Stacey and Ryan have promised to keep on top of it", "Amber"],
                ["6", "Take Ava to the dentist for a check-up and have her broken tooth looked at",
                 "Stacey", "Agreed at ICPC 18/11/2024",
                 "Dentist's letter to the SW", "Red"],
                ["7", "Steady Steps parenting course at Ovingwold Family Hub for both parents",
                 "Stacey and Ryan", "Weekly for 10 weeks from 04/03/2025",
                 "Progress will be reviewed at core group", "New"],
                ["8", "Help Stacey and Ryan set up a bath and bedtime routine for Ava and Jayden",
                 "FSW Dawn Mercer", "Weekly visits until 30/05/2025",
                 "Bedtime routine support provided", "Amber"],
                ["9", "Take Jayden to the paediatric dietitian at Ovingwold Hospital and follow the feeding plan",
                 "Stacey", "In due course",
                 "Dietitian's letter to the HV and the SW", "Red"],
                ["10", "Refer Ava to the speech and language therapy service",
                 "-", "By the end of the Easter holidays (25/04/2025)",
                 "Referral acceptance letter on the children's file", "New"],
                ["11", "Share any worry about Ava or Jayden with the SW",
                 "Everyone in the network", "Same day",
                 "Each worry logged on the children's file", "Green"],
                ["12", "Home fire safety check, and fit a second stair gate and a smoke alarm on the landing",
                 "Ovingwold Fire and Rescue, Home Safety Team",
                 "By 28/02/2025 (date agreed with the fire service)",
                 "Safety check report to the SW; gate and alarm seen fitted at the next SW visit", "New"],
                ["13", "Holiday club for Ava at Ovingwold Leisure Centre on Tuesdays and Thursdays",
                 "Stacey", "Over the Easter holidays (14 to 25 April 2025)",
                 "Club sign-in sheet, seen by the SW", "New"],
                ["14", "Ask Ovingwold Adult Social Care for a carer's assessment for Ryan and more home care for "
                       "Derek, so that Ryan gets more rest",
                 "Ryan", "When possible",
                 "Date of the carer's assessment given to the SW", "Red"],
                ["15", "Write the report for the next review conference, with Ava's views in her own words and "
                       "what has been seen of Jayden",
                 "SW Kwame Asante", "Ahead of the review conference (at least 3 working days before)",
                 "Report shared with Stacey and Ryan and sent to the chair", "New"],
            ],
        }),
        ("h1", "5. Contingency plan"),
        ("p", "If Jayden's weight falls below the 9th centile, if the children are found on their own with "
              "Derek, or if the nursery tells us that Ava has arrived hungry on three mornings in one week, "
              "Kwame (or the emergency duty team out of hours) will visit the same day and hold a strategy "
              "discussion. If the children cannot stay safely at home, they will go to Ryan's sister, Kerry "
              "Cole, in Ovingwold; if Kerry cannot have them, Kwame will arrange a foster placement that day."),
        ("p", "If Jayden is not back on the 25th centile by the core group on 03/06/2025, or home conditions "
              "are still rated Red at that core group, Kwame will ask his manager for a legal planning meeting "
              "within 10 working days."),
        ("h1", "6. Core group and next review"),
        ("p", "Core group every 6 weeks, 2pm, at Oakapple Nursery: 11/03/2025, 22/04/2025, 03/06/2025 and "
              "15/07/2025. Next review child protection conference: Tuesday 12/08/2025, 10am, Ovingwold "
              "County Hall."),
        ("h1", "7. What a good day looks like for Ava and Jayden"),
        ("p", "By the next review we want most days to look like this. Ava and Jayden wake up in a clean, warm "
              "house and have breakfast before Ava goes to nursery on time. Jayden is back on his growth line "
              "and eating three meals a day. The stairs are gated and the dog sleeps downstairs. Ava is not "
              "frightened at night, because Grandad Derek is being looked after properly and her mum and dad "
              "have had some sleep."),
        ("p", "Plan typed by Kwame Asante (SW) on 12/02/2025 and agreed with the chair."),
    ],
    "findings": [
        F("M002", "Keep the kitchen floor and the stairs clear"),
        F("T001", "Take Ava to the dentist for a check-up"),
        F("M002", "Steady Steps parenting course at Ovingwold Family Hub"),
        F("M002", "Help Stacey and Ryan set up a bath and bedtime routine"),
        F("T002", "Take Jayden to the paediatric dietitian at Ovingwold Hospital"),
        F("W001", "Refer Ava to the speech and language therapy service"),
        F("W002", "Share any worry about Ava or Jayden with the SW"),
        F("T002", "Ask Ovingwold Adult Social Care for a carer's assessment"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Case-system export of a plan for a looked-after baby on the children's
#    ward: lettered sections and labelled lines, each task an Action /
#    Responsible / Target date / Measure of success / Status block (pdf)
# ---------------------------------------------------------------------------
def _task(n, area, action, who, when, measure, status="Open"):
    return [
        ("boldp", f"Task {n} of 10 – {area}"),
        ("kv", [
            ("Action", action),
            ("Responsible", who),
            ("Target date", when),
            ("Measure of success", measure),
            ("Status", status),
        ]),
    ]


PLANS.append({
    "name": "b84_ordenshaw_carelink_case_export_varga.pdf",
    "doc_title": "CareLink export - Child Protection Plan - Noah Varga",
    "split": "heldout",
    "actions": 10,
    "template": "case-system-export-paged-lettered-sections-labelled-lines-task-blocks-action-responsible-target-date-measure-of-success-status",
    "description": (
        "Case-system (CareLink) export of an initial conference plan for a 9-week-old who is looked after "
        "under section 20 and is an inpatient on the children's ward with faltering growth; the father has "
        "first-episode psychosis under the Early Intervention in Psychosis team and the parents are moving "
        "to another local authority. Lettered sections of labelled lines; each task is an Action / "
        "Responsible / Target date / Measure of success / Status block. Faults: nobody is set to visit "
        "Noah on the ward (L001; the SW only liaises about discharge), six of the ten tasks are about the "
        "parents' own health, benefits, college and tenancy (F001), 'Child's wishes and feelings: Not "
        "applicable' and nothing observed of Noah's days (F003), 'Desired outcomes: Not recorded' (O001), "
        "the EIP team only supporting (H001), 'Ongoing' (T002), 'Chloe feels more settled' and 'To be "
        "monitored' (M002), a blank Responsible line (W001), the parenting assessment put on hold for the "
        "receiving authority (X001), a contingency of 'if concerns increase' and 'considered' (C002) and "
        "the review conference 'to be arranged' (R001). The GP and the EIP team own tasks, so F004 does "
        "not apply; legal advice follows non-cooperation, so R002 does not. Header and page footer on "
        "every page."
    ),
    "header": "ORDENSHAW CITY COUNCIL · CareLink · Child Protection Plan · OFFICIAL-SENSITIVE",
    "footer": "CareLink export CP-55817 · printed 03/06/2025 10:14 by SMORLEY · Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("boldp", "Section A – Plan details"),
        ("kv", [
            ("Plan ID", "CP-55817"),
            ("Plan status", "Active"),
            ("Start date", "28/05/2025 (initial child protection conference)"),
            ("Category", "Neglect"),
            ("Allocated worker", "Simon Morley, Children's Safeguarding Team 2"),
            ("Team manager", "Priya Lal"),
            ("Conference chair", "Ruth Anand"),
        ]),
        ("boldp", "Section B – Child"),
        ("kv", [
            ("Name", "Noah VARGA"),
            ("Date of birth", "01/04/2025 (9 weeks)"),
            ("CareLink ID", "2210457"),
            ("Legal status", "Looked after – accommodated under section 20, Children Act 1989, since 23/05/2025, "
                             "with both parents' agreement"),
            ("Current location", "Inpatient, Ward 12 (children's ward), Ordenshaw Royal Infirmary, since "
                                 "20/05/2025"),
            ("Placement on discharge", "Foster care – carer not yet identified"),
        ]),
        ("boldp", "Section C – Family"),
        ("kv", [
            ("Mother", "Chloe BRIGHT (22). Care leaver; personal adviser Jade Omar, Ordenshaw Leaving Care Team"),
            ("Father", "Daniel VARGA (28). First-episode psychosis diagnosed February 2025; open to the Ordenshaw "
                       "Early Intervention in Psychosis Team"),
            ("Address", "4 Oldfield Court, Ordenshaw (tenancy ends 30/06/2025)"),
            ("Planned move", "The parents have a tenancy in Ombledon (Ombledon Borough Council) from 01/07/2025, "
                             "near Chloe's aunt"),
        ]),
        ("boldp", "Section D – Reason for plan"),
        ("p", "Noah was readmitted to hospital on 20/05/2025, aged 7 weeks, with faltering growth: his weight had "
              "fallen from the 25th centile at birth to below the 2nd. Ward staff found that his feeds at home "
              "had been made up with too much water. Daniel stopped taking his aripiprazole for about two weeks "
              "in May and told the ward he believed the formula had been tampered with. Chloe said she did not "
              "know how much powder to use and had followed Daniel's instructions. A strategy discussion on "
              "21/05/2025 led to a section 47 enquiry. Both parents agreed to Noah being accommodated on "
              "23/05/2025, and he will go to foster carers when he is fit for discharge."),
        ("boldp", "Section E – Child's wishes and feelings"),
        ("kv", [("Child's wishes and feelings", "Not applicable – Noah is 9 weeks old.")]),
        ("boldp", "Section F – Parents' views"),
        ("p", "Chloe and Daniel said they love Noah and want him home. Daniel said he is back on his medication "
              "and feels much better. They both want to move to Ombledon to be near Chloe's aunt, Marie."),
        ("boldp", "Section G – Desired outcomes"),
        ("kv", [("Desired outcomes", "Not recorded")]),
        ("boldp", "Section H – Tasks"),
        *_task(1, "Adult mental health",
               "Continue to support Daniel with his medication and his mental health through home visits.",
               "Ben Hale, care coordinator, Ordenshaw Early Intervention in Psychosis Team",
               "Weekly",
               "Daniel attends his appointments and takes his aripiprazole (EIP records)."),
        *_task(2, "Health (father)",
               "Physical health check for Daniel (weight, bloods and ECG) because he takes antipsychotic "
               "medication.",
               "Dr Paul Ng, GP, Oxbow Street Surgery",
               "By 30/06/2025",
               "Results letter sent to the EIP care coordinator."),
        *_task(3, "Finances",
               "Daniel to make his benefits claim with help from the Ordenshaw Welfare Rights Service.",
               "Daniel Varga",
               "Ongoing",
               "Award letter copied to the SW."),
        *_task(4, "Leaving care",
               "Support Chloe with her college application and her budgeting as a care leaver.",
               "Jade Omar, personal adviser, Ordenshaw Leaving Care Team",
               "Fortnightly",
               "Chloe feels more settled and confident."),
        *_task(5, "Housing",
               "Chloe and Daniel to attend a tenancy-readiness course with Ombledon Homes before their move.",
               "Chloe Bright and Daniel Varga",
               "Before 01/07/2025",
               "To be monitored."),
        *_task(6, "Health (mother)",
               "Postnatal check for Chloe, including her mood and contraception.",
               "Dr Paul Ng, GP, Oxbow Street Surgery",
               "By 13/06/2025",
               "Check recorded on the GP record; letter to the SW."),
        *_task(7, "Health (child)",
               "Weigh Noah daily and plot his weight on his growth chart; the paediatrician reviews the trend "
               "at each ward round.",
               "Ward 12 nursing staff and Dr Kemi Adebayo, consultant paediatrician",
               "Daily until discharge",
               "Daily weights plotted on the growth chart; a copy of the chart emailed to the SW every Monday."),
        *_task(8, "Discharge",
               "Liaise with Ward 12 about Noah's discharge planning and attend the discharge planning meeting.",
               "SW Simon Morley",
               "By 13/06/2025",
               "Discharge plan recorded on CareLink."),
        *_task(9, "Placement",
               "Foster placement to be identified for Noah's discharge from hospital.",
               "",
               "Before discharge",
               "Placement confirmed in writing to the ward and to the parents."),
        *_task(10, "Assessment",
               "Parenting assessment of Chloe and Daniel – on hold, to be completed by Ombledon Children's "
               "Services after the case transfers.",
               "Ombledon Children's Services",
               "Within 6 weeks of the transfer-in conference",
               "Assessment report shared with the core group.",
               status="On hold"),
        ("boldp", "Section I – Contingency plan"),
        ("kv", [("Contingency", "If concerns increase, a strategy discussion will be considered. If Chloe and "
                                "Daniel do not cooperate with the plan, legal advice will be sought from "
                                "Ordenshaw Legal Services.")]),
        ("boldp", "Section J – Review arrangements"),
        ("kv", [
            ("Core group", "Every 4 weeks. First core group 10/06/2025, 2pm, Ward 12 seminar room, Ordenshaw "
                           "Royal Infirmary"),
            ("Review conference", "To be arranged – the case is due to transfer to Ombledon Borough Council, "
                                  "which will hold a transfer-in conference"),
            ("Plan authorised by", "Priya Lal, Team Manager, 30/05/2025"),
        ]),
    ],
    "findings": [
        F("H001", "Continue to support Daniel with his medication and his mental health"),
        F("T002", "Daniel to make his benefits claim with help from"),
        F("M002", "Support Chloe with her college application and her budgeting"),
        F("M002", "Chloe and Daniel to attend a tenancy-readiness course"),
        F("W001", "Foster placement to be identified for Noah's discharge from hospital"),
        F("X001", "on hold, to be completed by Ombledon Children's Services"),
        F("L001"),
        F("F001"),
        F("F003"),
        F("O001"),
        F("C002"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 6. The chair's letter to the parents setting out the plan in plain words;
#    the mother is a mental health nurse, not a patient (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b84_ottlebury_letter_to_parents_adeyemi.docx",
    "doc_title": "Letter to parents - child protection plan for Tyler and Grace Adeyemi",
    "split": "heldout",
    "actions": 12,
    "template": "letter-from-conference-chair-to-parents-docx-address-block-bold-run-in-headings-what-will-happen-now-bullets-no-contingency",
    "description": (
        "The conference chair's letter to separated parents after an initial conference for an 8-year-old "
        "and a 5-year-old (physical abuse: the father hit the older child with a belt and now lives with "
        "his parents). The plan is the bulleted 'What will happen now' list; the outcomes are 'What we want "
        "to see for Tyler and Grace'. The mother works nights as a staff nurse on an adult mental health "
        "ward, and the letter says neither parent has any history of mental health or substance problems, "
        "so no parent's ill health is recorded. Good bullets give timescales as 'every Sunday afternoon', "
        "'on the nights Nadia works', 'at every contact', 'every Wednesday in term time' and 'by 27 June'. "
        "Faults: an outcome that is only the father completing his course (F002), a bullet whose only date "
        "is the conference that agreed it and another with no time at all (T001), 'as soon as he can' "
        "(T002), 'The family' as owner (W002), two bullets with nothing to show progress (M001), no "
        "contingency at all while the grandparents supervise contact and care for the children overnight "
        "(C001, C003), the review conference date 'still to be confirmed' (R001) and no legal step (R002)."
    ),
    "blocks": [
        ("pr", "Ottlebury Borough Council"),
        ("pr", "Children's Services – Child Protection Conference Service"),
        ("pr", "Ottlebury Civic Offices, Old Market Row, Ottlebury"),
        ("pr", "9 May 2025"),
        ("p", ""),
        ("pl", "Ms Nadia Adeyemi, 12 Oriel Way, Ottlebury"),
        ("pl", "Mr Callum Adeyemi, c/o 7 Osborne Rise, Ottlebury"),
        ("p", ""),
        ("p", "Dear Nadia and Callum,"),
        ("boldp", "Tyler and Grace's child protection plan"),
        ("p", "Thank you both for coming to the initial child protection conference on Wednesday 7 May 2025. I "
              "chaired the meeting, and I promised to write to you both to set out, in plain words, what was "
              "decided and what everyone agreed to do. Please keep this letter: it is Tyler and Grace's child "
              "protection plan. Megan Doyle will carry on as your social worker."),
        ("p", "The conference decided that Tyler (8) and Grace (5) need a child protection plan under the "
              "category of physical abuse."),
        ("boldp", "Why we are worried"),
        ("p", "On 17 March Callum hit Tyler with a belt after Tyler broke the television, leaving three marks on "
              "his legs and back that his teacher saw the next morning. Tyler told the police it had happened "
              "before. Callum told the conference that he was brought up that way, that he is ashamed of it "
              "and that he wants to learn another way. Since the police interview Callum has been living with "
              "his parents, Frank and Maureen, at Osborne Rise."),
        ("p", "Nadia, you told us that you work three nights a week as a staff nurse on Beech Ward, the adult "
              "mental health ward at Ottlebury General Hospital, and that on those nights the children sleep at "
              "their grandmother Irene Walsh's flat. Neither of you has any history of mental health problems "
              "or of drug or alcohol misuse, and nobody at the conference raised any concern about that."),
        ("boldp", "What Tyler and Grace told us"),
        ("p", "Tyler told Megan at school: \"Dad gets really angry really fast, and then he's sorry. I don't want "
              "him to get in trouble, I just want him to stop with the belt.\" He said he misses his dad at "
              "bedtime and likes Sundays at Nana Maureen's. Grace told her teacher that she \"hides under the "
              "table when Daddy shouts\". She has started wetting the bed again since March, and she says she "
              "wants \"Mummy and Daddy and Nana Irene all in one house\"."),
        ("boldp", "What we want to see for Tyler and Grace"),
        ("bullets", [
            "Tyler and Grace are never hit, and are told off in ways that do not frighten them.",
            "Tyler feels able to tell an adult at school or at home if he is worried, and tells us he feels "
            "safe at home.",
            "Grace is not frightened at bedtime and her bedwetting settles.",
            "Tyler and Grace keep seeing their dad, safely, because they love him and want to.",
            "Callum completes the Safer Dads course.",
        ]),
        ("boldp", "What will happen now"),
        ("p", "Everyone at the conference agreed to the following."),
        ("bullets", [
            "Megan Doyle, your social worker, will see Tyler and Grace every week, at least once a fortnight on "
            "their own at school, and write down what they tell her.",
            "Callum will go to the Safer Dads programme at Ottlebury Family Centre every Monday evening for 20 "
            "weeks from 19 May, and the facilitator will send Megan a report every month on what he is "
            "learning about keeping the children safe.",
            "Frank and Maureen will supervise Callum's time with the children at their house every Sunday "
            "afternoon, and Maureen will write a short note of each visit for Megan.",
            "Irene will have Tyler and Grace at her flat on the nights Nadia works and take them to school the "
            "next morning; the school will tell Megan the same day if they arrive late.",
            "At the conference on 7 May, Callum agreed to give the school a signed note saying that only "
            "Nadia, Irene or Frank may collect the children, which the school will keep on file.",
            "Mr Dhillon, the learning mentor at Ottlebury Park Primary, will see Tyler every Wednesday in term "
            "time to talk about his feelings, and will write down anything Tyler says about home.",
            "Grace's school nurse, Jo Ashby, will ask Grace how her nights have been at every contact and tell "
            "Megan anything Grace says about home.",
            "Nadia will take Grace to the GP about her bedwetting and tell Megan what the doctor says.",
            "The family will make sure that Callum is never alone with Tyler and Grace until the review "
            "conference.",
            "Callum will find somewhere of his own to live as soon as he can.",
            "Nadia and Callum will go to the Calmer Parenting course at Ottlebury Family Hub, starting with the "
            "September group on Tuesday 9 September, and the course leader will give Megan a record of the "
            "sessions they attend.",
            "Megan will complete an assessment of your parenting by 27 June and share her report with you both "
            "and with the core group.",
        ]),
        ("boldp", "Meetings"),
        ("p", "The core group (you both, Megan, the school, Jo Ashby, Irene, Frank and Maureen) will meet every "
              "four weeks; the first meeting is on Thursday 22 May 2025 at 3.30pm at Ottlebury Park Primary. "
              "The review conference will be held within three months of the first conference. The date is "
              "still to be confirmed, and Megan will write to you with it."),
        ("p", "If anything in this letter is wrong, or you do not agree with it, please ring me on the number "
              "above. You are welcome to bring a friend or an advocate to the core group."),
        ("p", "Yours sincerely,"),
        ("pl", "Pauline Drummond"),
        ("pl", "Independent Chair, Child Protection Conferences"),
        ("p", ""),
        ("p", "Copies to: Megan Doyle (SW); Ottlebury Park Primary; Jo Ashby (school nurse); Ottlebury Family "
              "Centre."),
    ],
    "findings": [
        F("F002", "Callum completes the Safer Dads course."),
        F("T001", "Callum agreed to give the school a signed note"),
        F("T001", "Nadia will take Grace to the GP about her bedwetting"),
        F("W002", "The family will make sure that Callum is never alone"),
        F("M001", "The family will make sure that Callum is never alone"),
        F("T002", "Callum will find somewhere of his own to live"),
        F("M001", "Callum will find somewhere of his own to live"),
        F("C001"),
        F("C003"),
        F("R001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 7. A 15-year-old's own plan, written in her words with her social worker
#    and advocate; her own self-harm (CAMHS) and her mum's drinking (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b84_orminster_young_persons_own_plan_kaczmarek.txt",
    "split": "heldout",
    "actions": 12,
    "template": "young-persons-own-plan-txt-first-person-underlined-caps-headings-my-goals-numbered-whos-going-to-do-what-if-things-go-wrong",
    "description": (
        "A 15-year-old's own child protection plan after her review conference, in the first person: "
        "'About me', 'What I want (my goals)', a numbered 'Who's going to do what' list, 'If things go "
        "wrong' and 'Meetings'. Her own self-harm is under CAMHS, whose support-only action is not H001. "
        "Good actions: 'within five working days of any missing episode', 'every Monday morning' with the "
        "DSL logging every morning she is not in by 9am, 'on Friday nights' with Gran texting the SW, 'by "
        "October half-term'. Faults: her mum's drinking is recorded but no adult service owns an action "
        "(F004); one goal is only 'Mum gets help with her drinking' (F002); 'when she is ready' and 'as and "
        "when' (T002); a bullet with no time (T001); 'Mum will engage well' (M002); 'My family' as owner "
        "(W002); a passive referral (W001); two bullets with nothing to show progress (M001); and no legal "
        "step in an otherwise specific contingency that covers Gran not being able to help (R002)."
    ),
    "text": """\
MY CHILD PROTECTION PLAN
========================
Tegan Kaczmarek, 15

Orminster Council - Children's Services - Adolescent Support Team

Written with Kirsty Pryce (my social worker) and Sam Ojo (my advocate) after my review child protection conference on Tuesday 2 September 2025. Kirsty typed it up on 3 September. It's in my words, and it's the plan everyone at the conference agreed to.

ABOUT ME
--------
I'm Tegan. I'm 15 and in Year 11 at Orminster Vale Academy. I live at 31 Otterfield Walk with my mum, Joanne, and my little sister Maisie, who is 9. My dad lives in Ollaby and I video-call him most Sundays. My gran, Halina, lives on Orpen Street, five minutes' walk away. I love art and I want to do it at college.

WHAT'S BEEN HAPPENING
---------------------
Mum drinks most nights, usually vodka, and when she's drunk she shouts at me and says horrible things about my dad. A lot of nights I put Maisie to bed and get her up for school in the morning. Since April I've been cutting my arms when things get bad at home, and in June I went to A&E because I'd cut too deep. I'm seeing CAMHS now. In July I went missing twice and stayed out all night at a friend's in Ossbury Park; the police found me the second time. My attendance last year was 78%.

Mum's view (Kirsty wrote this down at the conference): she drinks "to cope with everything" and she is going to cut down. She didn't know about the cutting until the hospital rang her.

WHAT I WANT (MY GOALS)
----------------------
* To not need to cut, and to know what to do instead when I feel like it.
* To feel safe at home at night and not be the one who puts Maisie to bed.
* To be in school every day and pass my GCSEs, especially art.
* Mum gets help with her drinking.
* To have my own room, or somewhere at home that's just mine.

WHO'S GOING TO DO WHAT
----------------------
 1. Kirsty (my social worker) will see me on my own every two weeks, somewhere I choose, and write down what I say in my own words.
 2. Dr Aylin Demir at CAMHS will see me every Tuesday after school for support with my self-harm, and will give me and Kirsty a copy of my updated safety plan after each session.
 3. Mum says she will cut down on her drinking when she is ready.
 4. Mum will engage well with Lee, the family support worker, who is coming round on Thursdays.
 5. Kirsty will see me within five working days of any missing episode to talk about where I went and who with, and will put what I say on my file.
 6. Mr Okafor (my head of year) will meet me every Monday morning in the learning hub, and the DSL will log every morning I'm not in by 9am and ring Mum.
 7. My family will make sure I've got someone to talk to at weekends.
 8. The school nurse will help me with my sleep as and when, and write down how many hours I'm sleeping.
 9. I'll go to art club at Orminster Youth Zone on Wednesdays and Fridays, and the youth worker will tell Kirsty if I don't turn up.
10. Gran will have Maisie and me to stay on Friday nights, and she'll text Kirsty on Saturday morning to say we were there.
11. A referral to Orminster Young Carers will be made by October half-term, and they'll write to me with a start date.
12. Kirsty will ask the housing officer about getting me my own bedroom, and tell me what they say.

IF THINGS GO WRONG
------------------
* If I feel like cutting, I'll use my safety plan: text Gran or ring the Orminster Night Line. If I've hurt myself badly, Gran or Mum will take me to A&E straight away.
* If Mum is drunk and shouting at night, I'll take Maisie to Gran's and text Kirsty. Kirsty, or the out-of-hours team, will ring Gran that night and visit us the next day.
* If Gran is away or can't have us, Kirsty or the out-of-hours team will find somewhere safe for Maisie and me that night, with a foster carer if they have to.
* If I go missing, Mum will ring the police straight away and tell Kirsty.

MEETINGS
--------
* Core group every 4 weeks at school, 3.30pm: 16 September, 14 October and 11 November 2025.
* My next review conference: Tuesday 2 December 2025. Sam will help me write down what I want to say.
""",
    "findings": [
        F("F002", "Mum gets help with her drinking."),
        F("T002", "Mum says she will cut down on her drinking"),
        F("M001", "Mum says she will cut down on her drinking"),
        F("M002", "Mum will engage well with Lee, the family support worker"),
        F("W002", "My family will make sure I've got someone to talk to"),
        F("M001", "My family will make sure I've got someone to talk to"),
        F("T002", "The school nurse will help me with my sleep"),
        F("W001", "A referral to Orminster Young Carers will be made"),
        F("T001", "Kirsty will ask the housing officer about getting me"),
        F("F004"),
        F("R002"),
    ],
})
