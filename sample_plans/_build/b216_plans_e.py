"""Batch 216, module e: seven fictional plans (tuning material), places beginning with "e".

Batch: 216. Letter: e. Split: tune (every plan).

Everything here is made up: children, families, professionals, schools,
nurseries, hospitals, surgeries, services, housing associations, police
teams and councils. Any resemblance to real people, places or cases is a
coincidence. The labels were written by hand from docs/rules.md and the
conventions in sample_plans/README.md (conventions 1 to 13), without
running planlint or reading its code.

Focus: timescales, real ones written unusually and vague ones that look
real. Four of the seven plans are exemplary, and their times are real but
written in the ways services write them: a period in a banner row over a
stage of the plan ("Stage 3 - The first four weeks at home, counted from
the day the baby comes home"), a part heading with a deadline ("Part 1 -
Straight away: everything here is done by Friday 23/01/2026"), times
relative to an event or a meeting ("before discharge", "the day after the
baby comes home", "before the core group on 10 February", "within two
working days of each blood test result", "within two working days of each
missed visit"), the pregnancy and the baby's age ("by 36 weeks", "at the
6-8 week check", "at the 9-12 month review"), the school calendar ("by
February half term", "every Friday in term"), recurrences ("each nursery
session", "fortnightly on Tuesdays", "each contact"), a start with a
length or a review, a timeline section whose numbers match the actions,
time columns under unusual headers ("Timeframe", "Due/freq."), and the
owner and the time in one "Who and when" cell. The three faulty plans hold
vague times written as confidently as the real ones ("Ongoing", "As soon
as possible", "In due course", "Regularly", "Throughout", "At the next
opportunity" with no meeting named, "as and when Stacey asks", "when
needed"), actions with no time at all (an empty Target date cell, "-" in a
When by column, a bullet with no time), and a few other faults.

1. Egglewick (docx, exemplary): pre-birth child protection plan for an
   unborn baby and her 4-year-old sister (the mother's recurrent
   depression with a severe postnatal episode after her first child, a
   row in which the baby's father broke a door); the plan table (What
   will happen / Who / Timeframe / How we will know) is split by banner
   rows into four stages: before 36 weeks, in hospital before the baby
   goes home, the first four weeks at home counted from the day the baby
   comes home, and weeks 5 to 12. The perinatal psychiatrist and nurse
   report on the mother's potential to change; the grandmother's nights
   and Saturdays have a fallback.
2. Erlesdon (docx): first review conference plan for a 9-year-old and a
   3-year-old (the mother's weekend cocaine and alcohol use, the
   grandparents helping), an Action / Lead / Target date / Measure of
   success table. Faults: the mother's key-work sessions "Ongoing"
   (T002); the young carers' referral "As soon as possible" (T002); the
   dental registration "In due course" (T002); the school nurse's health
   review with an empty Target date (T001); the family hub's routines
   sessions measured by "Improvement in home conditions" (M002); "Family
   network" being in the house at weekends (W002); and a contingency that
   sends the children to the grandparents with nothing said if they
   cannot help (C003).
3. Elstrand (md, exemplary): core group plan for a 10-year-old and a
   7-year-old whose father, their sole carer, drinks; numbered actions in
   three parts (Dad's part, the children's part, the family's part), each
   with Who and "How we'll know" lines, and the times in a separate
   timeline whose numbers match the actions ("fortnightly on Tuesdays",
   "every Friday in term", "by February half term", "before the core
   group on 10 February"). The recovery service and the GP own actions;
   the aunt's Wednesdays have a fallback.
4. Etterbury (pdf, header and footer): core group 2 minutes for a
   10-week-old baby whose mother has postnatal depression, with an action
   log (No. / Action / By whom / When by / How we'll know). Faults: the
   psychologist's CBT that only treats the mother, measured by attendance
   (H001); the social worker's visits "Regularly" (T002); the father's
   night feeds "Throughout" (T002); the GP's medication review "At the
   next opportunity" (T002); the parenting assessment with "-" in When by
   (T001); and the review conference "to be arranged" (R001).
5. Embridge (pdf, header and footer, exemplary): initial conference plan
   for a 12-year-old boy hit with a belt by his mother's ex-partner (on
   bail), a What needs to happen / Who and when / What we will see table
   in three parts whose banner rows carry their own times ("Straight
   away: everything here is done by Friday 23/01/2026", "Every week until
   the review conference", "By the review conference on 09/04/2026"); the
   owner and the time share one cell. The grandfather's part has a
   fallback.
6. Ewelmarsh (md): initial conference plan for a 9-year-old left alone at
   night while her mother works nights, bullets under theme headings with
   owner, time and check in each sentence. Faults: the rubbish and mouse
   droppings to be cleared, passive with no one named (W001); the family
   support worker's sessions "as and when Stacey asks for one" (T002);
   the housing request with no check (M001); the school nurse's health
   review with no time (T001); ELSA sessions "when needed" (T002); reading
   at home with no time (T001); and nothing on legal planning (R002).
7. Eskerfield (txt, exemplary): case-system print of a core group plan
   for a 4-year-old and an 8-month-old whose mother has bipolar disorder
   and came home from a psychiatric ward in December; action blocks with
   dot-leader fields (Outcome / Action / Responsible / Due/freq. /
   Evidence) keyed to three outcomes, times such as "Within two working
   days of each blood test result", "Each nursery session", "Fortnightly
   on Thursdays" and "At the 9-12 month review (booked 03/02/2026)". The
   care coordinator reports on the mother's capacity to change; the
   grandmother's days have a fallback.

Plans 1, 3, 5 and 7 are exemplary: every action has a named owner, a real
timescale (its own, or its stage's, part's or timeline's) and something
that can be seen, counted or read; every outcome is about the child; each
contingency has specific triggers and protective responses and says what
happens if a relative's help fails; each records the child's words or
observed day, core group dates and a dated review conference, and a legal
planning meeting after named triggers; where a parent is ill or drinks an
adult service owns actions, and every adult mental health service's action
asks for its view of the parent's capacity to change and the likely
timescale. The three faulty plans hold 20 expected findings between them.

Counting convention used for "actions" (README convention 1): each row of
an action table (banner rows excepted), each numbered action of a plan
section (its Who / How we'll know lines belong to it), each bullet of an
action section, and each action block of a case print counts once. The
timeline, outcomes, contingency, meeting dates, attendance lists, progress
updates, the children's words, worries and strengths are not actions.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. Pre-birth plan whose table is split into four stages by banner rows,
#    each stage headed with its period. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b216_egglewick_prebirth_plan_stage_banners_timeframe_hartigan.docx",
    "doc_title": "Pre-birth Child Protection Plan - Baby Hartigan and Maisie Hartigan",
    "split": "tune",
    "actions": 16,
    "template": "prebirth-cp-plan-docx-details-kv-why-worried-going-well-maisies-words-and-the-babys-day-outcomes-then-what-will-happen-who-timeframe-how-we-will-know-table-split-by-four-stage-banner-rows-each-with-its-period-before-36-weeks-in-hospital-first-four-weeks-from-the-day-baby-comes-home-weeks-5-to-12-then-if-things-go-wrong-core-group-and-review",
    "description": (
        "Exemplary pre-birth child protection plan for an unborn baby (due 16/02/2026) and her "
        "4-year-old sister. The mother had severe postnatal depression after her first child, who "
        "dropped from the 50th to the 9th centile, and her mood dropped again in autumn 2025; the "
        "baby's father punched a hole in a door during a row the older girl heard. The plan table "
        "(What will happen / Who / Timeframe / How we will know) is split into four stages by banner "
        "rows that carry their period ('now until 36 weeks', 'in hospital: before the baby goes "
        "home', 'the first four weeks at home, counted from the day the baby comes home', 'weeks 5 to "
        "12'), and each row gives its own time in the pregnancy's, the ward's or the baby's terms "
        "('seen at 35 weeks', 'every shift until discharge', 'the day after the baby comes home, then "
        "every Tuesday', 'at the 6-8 week check'). The perinatal psychiatrist and nurse report on the "
        "mother's potential to change, the GP owns an action, the grandmother's nights and Saturdays "
        "have a fallback, legal planning follows named triggers, and core group and review dates are "
        "set."
    ),
    "blocks": [
        ("title", "Pre-birth Child Protection Plan"),
        ("p", "Egglewick Borough Council, Children's Services: Safeguarding and Family Support. Agreed at the "
              "initial child protection conference held on Thursday 08/01/2026 at Egglewick Civic Hall."),
        ("kv", [
            ("Unborn baby", "Baby Hartigan, a girl, due 16/02/2026 (Chloe was 34 weeks pregnant at the "
                            "conference)"),
            ("Sister", "Maisie Hartigan, born 22/05/2021 (4), Little Acorns Nursery, Egglewick"),
            ("Mum", "Chloe Hartigan (24), 15 Wrenfield Road, Egglewick EG3 7PN"),
            ("Baby's dad", "Liam Doyle (27), lives with Chloe and Maisie; Maisie's own father has no contact"),
            ("Nana", "Janet Hartigan (52), Chloe's mum, 4 Saxon Close, Egglewick (ten minutes' walk away)"),
            ("Category", "Neglect (the unborn baby and Maisie)"),
            ("Social worker", "Gemma Rowntree, Egglewick Assessment and Child Protection Team (team manager: "
                              "Martin Oyelaran)"),
            ("Chair", "Sunita Rai, child protection chair"),
        ]),
        ("h1", "Why we are worried"),
        ("p", "After Maisie was born in May 2021 Chloe had severe postnatal depression. For several weeks she "
              "could not get out of bed, Maisie was often left in a wet nappy, and by 7 weeks Maisie had "
              "dropped from the 50th to the 9th centile before the health visitor raised the alarm. Chloe was "
              "treated by the perinatal mental health service and got better, and Maisie was on a child in "
              "need plan until 2022. Chloe's mood dropped again in the autumn of 2025 and she restarted "
              "sertraline in October."),
        ("p", "On 19/10/2025 a neighbour called the police to shouting at the house. Liam had punched a hole "
              "in the bedroom door during an argument with Chloe. Maisie was in the house and told nursery "
              "staff the next day that \"Liam broke the door and Mummy was crying\"."),
        ("h1", "What is working well"),
        ("bullets", [
            "Chloe asked her GP for help herself when her mood dropped in October, and has taken her "
            "sertraline every day since (she showed Gemma the pharmacy record).",
            "Liam accepts that the argument frightened Maisie and has booked himself onto the Steady Dads "
            "course.",
            "Janet lives nearby, helped after Maisie was born and has offered to stay at night when the "
            "baby comes home.",
            "Maisie goes to every nursery session, is well cared for and is doing well there.",
        ]),
        ("h1", "What Maisie says, and the baby's day"),
        ("p", "Gemma saw Maisie at nursery on 06/01/2026 with her key person. Maisie said: \"The baby is in "
              "Mummy's tummy. She's going to sleep in my old cot and I'm going to give her my bunny.\" About "
              "home she said \"Liam is funny, he does piggybacks\" and \"I don't like shouting, it makes my "
              "ears hurt.\" She drew the house with everyone in it, and Nana Janet \"on the sofa\". Nursery "
              "staff say Maisie is a chatty, confident girl who goes quiet and sucks her thumb on the days "
              "after a row at home."),
        ("p", "The baby will not be able to tell us what her life is like, so the adults will watch and write "
              "it down: how quickly her cries are answered, whether her feeds come on time, where she sleeps, "
              "and how Chloe and Liam hold her and talk to her. Every visit record will describe the baby's "
              "day in these terms."),
        ("h1", "What we want for the baby and Maisie"),
        ("numbers", [
            "The baby is fed on time, kept warm and clean, sleeps on her back in her own Moses basket, and "
            "gains weight along her birth centile.",
            "The baby and Maisie are cared for by a mum whose mood is stable enough to answer their needs "
            "day and night, and if Chloe starts to become unwell again the adults around the girls notice "
            "within days, not weeks.",
            "The baby and Maisie live in a calm home where they do not see or hear the adults shouting, "
            "breaking things or hurting each other.",
            "Maisie keeps going to nursery, keeps her routines and has time that is just hers while the "
            "adults care for the new baby.",
        ]),
        ("h1", "Our plan"),
        ("p", "The plan is set out in four stages. Each stage's banner gives the period it covers, and the "
              "Timeframe column says exactly when, within that stage, each action happens. \"The day the baby "
              "comes home\" is the day she is discharged from Ward 14 at Egglewick Royal Infirmary."),
        ("table", {
            "header": ["What will happen", "Who", "Timeframe", "How we will know"],
            "widths": [6.2, 3.6, 3.3, 3.9],
            "rows": [
                ["Stage 1 - Before the birth: now until 36 weeks (Monday 19/01/2026)", H, H, H],
                ["Assess Chloe's mental health, her early warning signs and the risk of a postnatal relapse, "
                 "and write to the core group on her potential to change, the steps she needs to take and how "
                 "long that is likely to take",
                 "Dr Priya Nandra, consultant perinatal psychiatrist, Egglewick Perinatal Mental Health Service",
                 "Seen at 35 weeks (12/01/2026); letter by 36 weeks",
                 "Dr Nandra's letter to Gemma and the core group, with her view on whether Chloe can safely "
                 "care for the baby at night"],
                ["Write the birth and discharge alert plan with Chloe and Liam, and put the alert on the "
                 "maternity system so that Ward 14 rings Gemma when the baby is born",
                 "Lorna Pike, safeguarding midwife, Egglewick Royal Infirmary",
                 "At the 36-week antenatal appointment",
                 "Alert on the maternity system; signed copy of the birth plan on the baby's file and with "
                 "Gemma"],
                ["Antenatal home visit: see the Moses basket and the room the baby will sleep in, and go "
                 "through safe sleep, feeding and crying with Chloe and Liam",
                 "Amira Saleh, health visitor",
                 "Before 37 weeks (26/01/2026)",
                 "Moses basket seen in Chloe and Liam's room; safe sleep checklist signed by both parents and "
                 "scanned to the health record"],
                ["Complete the pre-birth assessment, including Liam's part and Janet's, and share it with "
                 "Chloe, Liam and the core group",
                 "Gemma Rowntree, social worker",
                 "Shared on or before 19/01/2026",
                 "Assessment report sent to Chloe, Liam and every core group member"],
                ["Go to the eight-week Steady Dads course on anger and conflict in front of children, and talk "
                 "through with Gemma what he has learnt about Maisie hearing the row in October",
                 "Liam Doyle (baby's dad)",
                 "Thursdays, 6pm to 8pm, for 8 weeks from 15/01/2026",
                 "Course register sent to Gemma each week; facilitator's end-of-course report by 12/03/2026"],
                ["Stage 2 - In hospital: before the baby goes home", H, H, H],
                ["Record each feed and how Chloe and Liam respond to the baby's cues, and note anything that "
                 "worries staff",
                 "Midwife in charge of Ward 14, Egglewick Royal Infirmary",
                 "Every shift until discharge",
                 "Ward feeding chart and parenting observation sheet, copied to Gemma on the day of discharge"],
                ["Hold a discharge planning meeting on the ward with Chloe, Liam, Janet, the ward midwife, the "
                 "health visitor and Rachel Moss, and agree the first week's visits",
                 "Gemma Rowntree, social worker",
                 "When the baby is 24 to 48 hours old, and always before discharge",
                 "Signed discharge plan sent to every core group member the same day"],
                ["Stage 3 - The first four weeks at home, counted from the day the baby comes home", H, H, H],
                ["Stay overnight at Chloe and Liam's and share the night feeds, so that Chloe sleeps at least "
                 "one block of five hours a night",
                 "Janet Hartigan (Nana)",
                 "Every night for the first 28 nights",
                 "Night feed chart on the fridge, signed by Janet each morning and read by Gemma at every "
                 "visit"],
                ["Home visits to Chloe to check her mood and early warning signs, and a written view to each "
                 "core group on whether she is making the changes Dr Nandra set out and how long further "
                 "change is likely to take",
                 "Rachel Moss, perinatal community psychiatric nurse, Egglewick Perinatal Mental Health Service",
                 "Within 3 days of the day the baby comes home, then weekly",
                 "Visit notes shared with Gemma; Rachel's written update on file before each core group"],
                ["New birth visit, then weighing the baby at home and looking at feeding, sleeping position "
                 "and how the baby is handled",
                 "Amira Saleh, health visitor",
                 "The day after the baby comes home, then every Tuesday",
                 "Weight plotted in the red book, staying on or above her birth centile; contact record "
                 "shared with Gemma"],
                ["Visit the home, seeing the baby awake and Maisie on her own, and write down what the baby's "
                 "day looks like",
                 "Gemma Rowntree, social worker",
                 "Twice a week, one visit unannounced",
                 "Visit record within 2 working days, noting feeds, sleep and how the baby's cries are "
                 "answered"],
                ["Take sertraline as prescribed, and tell Rachel or Gemma if two of her early warning signs "
                 "appear (not sleeping when the baby sleeps, not eating, not wanting to hold the baby), so "
                 "that help comes before the baby's care slips",
                 "Chloe Hartigan (Mum)",
                 "Every day; the same day for warning signs",
                 "Pharmacy collection record, seen by Rachel at each visit; Chloe's call logged by Rachel or "
                 "Gemma"],
                ["Stage 4 - Weeks 5 to 12 at home (until the baby is 12 weeks old)", H, H, H],
                ["Have Maisie for a sleepover and take her to her dance class, so that she has time that is "
                 "just hers",
                 "Janet Hartigan (Nana)",
                 "Every other Saturday from the baby's fifth week",
                 "Janet texts Gemma when Maisie is collected and dropped back; Maisie tells Gemma about it "
                 "at visits"],
                ["Postnatal check for Chloe (mood, medication and sleep) and the baby's 6-8 week check, with a "
                 "letter to Gemma and the health visitor",
                 "Dr Owen Blake, GP, Egglewick Lane Surgery",
                 "At the 6-8 week check",
                 "GP letter to Gemma within a week of the check"],
                ["Record how Maisie presents, what she says about home and the baby, and any change in her "
                 "play or thumb-sucking, and ring Gemma the same day about any worry",
                 "Jo Freer, Maisie's key person, Little Acorns Nursery",
                 "Each nursery session (Monday, Tuesday and Thursday mornings)",
                 "Key person log e-mailed to Gemma every Friday; Maisie at every session offered"],
                ["Visit the home to see the baby and Maisie, one visit in two unannounced and at least one a "
                 "fortnight after Liam is home from work",
                 "Gemma Rowntree, social worker",
                 "Weekly",
                 "Visit record within 2 working days, with the baby's weight from the red book and Maisie's "
                 "own words"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Chloe shows two or more early warning signs, stops her sertraline or says she cannot cope, "
            "Liam or Janet rings Rachel Moss (the Egglewick mental health crisis team out of hours) the same "
            "day, the baby is not left alone in Chloe's care, and Gemma (or the Emergency Duty Team) holds a "
            "strategy discussion that day.",
            "If Janet cannot stay on any of the first 28 nights, she tells Gemma (or the Emergency Duty Team) "
            "by 5pm that day; Liam takes the night feeds that night, and if he is working, his sister Kerry "
            "Doyle stays instead (agreed with her on 07/01/2026). If Janet cannot have Maisie on one of her "
            "Saturdays, Kerry takes Maisie to her dance class.",
            "If the police are called to the home for an argument or violence, or Maisie says she has seen "
            "the adults fight, Liam leaves that night and stays with Kerry, and Gemma holds a strategy "
            "discussion with the police the same day. If Chloe cannot keep the girls safe on her own, they "
            "stay with Janet; if Janet cannot have them, Gemma or the Emergency Duty Team finds foster carers "
            "that day.",
            "If the baby drops across two centile lines, two health visitor contacts are missed, or Chloe "
            "becomes unwell and does not accept treatment, Martin Oyelaran (team manager) will request a "
            "legal planning meeting within 5 working days to decide whether to start pre-proceedings under "
            "the Public Law Outline.",
        ]),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks on Thursdays at 10am, Egglewick Family Hub: 29/01/2026, 26/02/2026 "
            "and 26/03/2026.",
            "Review child protection conference: Thursday 02/04/2026 at 1.30pm, Egglewick Civic Hall.",
        ]),
        ("p", "Plan sent to Chloe, Liam and Janet, and to every agency named in it, on 09/01/2026."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. First review conference plan, Action / Lead / Target date / Measure of
#    success table; vague targets written as firmly as real ones. Faulty
#    (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b216_erlesdon_rcpc_plan_target_date_column_price.docx",
    "doc_title": "Review Child Protection Plan - Jayden and Mia Price",
    "split": "tune",
    "actions": 11,
    "template": "rcpc1-plan-docx-details-kv-progress-since-icpc-what-jayden-and-mia-say-worries-and-strengths-outcomes-then-action-lead-target-date-measure-of-success-table-then-contingency-meetings",
    "description": (
        "First review conference plan for a 9-year-old and a 3-year-old whose mother uses cocaine and "
        "drinks at weekends (the boy was found by police at 11pm walking to a shop for her cigarettes); "
        "the maternal grandparents help. An Action / Lead / Target date / Measure of success table "
        "whose vague targets are written as firmly as the real ones. Faults: the mother's key-work "
        "sessions 'Ongoing'; the young carers' referral 'As soon as possible'; the dental registration "
        "'In due course'; the school nurse's health review with an empty Target date; the family hub's "
        "routines sessions measured by 'Improvement in home conditions'; 'Family network' being in the "
        "house at weekends; and a contingency that sends the children to the grandparents with nothing "
        "said if the grandparents cannot help."
    ),
    "blocks": [
        ("title", "Child Protection Plan (First Review)"),
        ("p", "Erlesdon Metropolitan Borough Council - Children and Families Service. Agreed at the first review "
              "child protection conference on Tuesday 13/01/2026, Erlesdon Town Hall, Committee Room 2."),
        ("kv", [
            ("Children", "Jayden Price, born 04/06/2016 (9), Year 5, Erlesdon Park Primary School; Mia Price, "
                         "born 30/08/2022 (3), Erlesdon Park Nursery"),
            ("Address", "27 Kestrel Walk, Erlesdon ER2 5TY"),
            ("Mum", "Danielle Price (31)"),
            ("Nan and Grandad", "Linda and Graham Price, 9 Cedar Grove, Erlesdon (two miles away)"),
            ("Category", "Neglect"),
            ("Social worker", "Kelly Ashworth, Erlesdon Child Protection Team (team manager: Paul Nkemelu)"),
            ("Chair", "Rebecca Tully, independent chair"),
            ("Decision", "Jayden and Mia remain subject to a child protection plan under the category of "
                         "neglect."),
        ]),
        ("h1", "Progress since the initial conference (14/10/2025)"),
        ("p", "The initial conference was held after police found Jayden at 11pm on a Saturday walking to the "
              "garage on Moor Lane to buy his mum cigarettes; Mia was asleep at home and Danielle was under the "
              "influence of cocaine and alcohol. Since then Danielle has started at Erlesdon Drug and Alcohol "
              "Service and her urine screens in December were negative. She admits two weekends in November "
              "when she used cocaine with friends at the house. The kitchen is cleaner, but Jayden's bedroom "
              "still has no curtains and both children went to the dentist for the last time in 2023. Jayden "
              "has been late to school 11 times this term."),
        ("h1", "What Jayden and Mia say"),
        ("p", "Jayden, seen on his own at school on 07/01/2026: \"Mum's better now, she doesn't have parties.\" "
              "\"I still get Mia's breakfast because Mum's tired in the mornings.\" \"I like going to Nan's on "
              "Saturdays, Grandad lets me help with the car.\" He scored home 7 out of 10, up from 4 in "
              "October. Mia told Kelly about her \"big bed at Nanny's\" and showed her a drawing of Nanny's "
              "dog. At nursery Mia is lively and chatty, and staff say she is hungry on Monday mornings."),
        ("h1", "What we are worried about and what is going well"),
        ("bullets", [
            "Worried: Danielle used cocaine twice in November with Jayden and Mia in the house; Jayden is "
            "still doing jobs a 9-year-old should not have to do; the children's health and dental care have "
            "been missed.",
            "Going well: Danielle's December screens were negative and she has been to every EDAS session; "
            "Linda and Graham have the children every Saturday; the kitchen is clean and there is food in "
            "the cupboards.",
        ]),
        ("h1", "What we want for Jayden and Mia"),
        ("numbers", [
            "Jayden and Mia are always cared for by a sober adult, and are never left alone or sent out at "
            "night.",
            "Jayden is a child at home, not his mum's or his sister's carer, and gets to school on time.",
            "Jayden and Mia are registered with a dentist and a GP, and their health checks are up to date.",
            "Mia and Jayden wake up to breakfast and a clean, warm bedroom with curtains.",
        ]),
        ("h1", "The plan"),
        ("table", {
            "header": ["Action", "Lead", "Target date", "Measure of success"],
            "widths": [6.2, 3.6, 3.0, 4.2],
            "rows": [
                ["Visit the family at home and see Jayden and Mia on their own; at least one visit a month "
                 "unannounced at the weekend",
                 "Kelly Ashworth (SW)",
                 "Every two weeks until the next review",
                 "Visit records within 48 hours, with the children's words and the state of the kitchen and "
                 "bedrooms"],
                ["Attend key-work sessions at Erlesdon Drug and Alcohol Service and give a urine screen at "
                 "each session",
                 "Danielle Price (Mum)",
                 "Ongoing",
                 "Urine screens negative for cocaine; results sent to Kelly by EDAS"],
                ["Arrange a three-month hair strand test and write to the core group on Danielle's drug and "
                 "alcohol use, whether she is making the changes Jayden and Mia need and how long that is "
                 "likely to take",
                 "Omar Siddiqui, recovery worker, Erlesdon Drug and Alcohol Service",
                 "Test by 06/02/2026; report by 24/02/2026",
                 "Hair strand result and written report on the children's file"],
                ["Check Jayden's and Mia's attendance and lateness, and whether they arrive fed and in clean "
                 "clothes, and send Kelly a summary",
                 "Mrs Tracey Bell, DSL, Erlesdon Park Primary School",
                 "Every Friday",
                 "Weekly summary e-mail; Jayden's attendance 95% or more, with no more than 2 lates a half "
                 "term"],
                ["Refer Jayden to Erlesdon Young Carers for an assessment of what he does at home for his mum "
                 "and sister",
                 "Kelly Ashworth (SW)",
                 "As soon as possible",
                 "Referral accepted letter on file; Jayden's assessment shared with the core group"],
                ["Register Jayden and Mia with a dentist and take them both for a check-up",
                 "Danielle Price (Mum)",
                 "In due course",
                 "Registration letter and appointment cards seen by Kelly"],
                ["Health review for both children: height, weight, immunisations and Mia's speech",
                 "Hannah Crossley, school nurse",
                 "",
                 "Health review forms shared with Kelly; immunisations brought up to date on the GP record"],
                ["Home routines sessions with Danielle: morning and bedtime routines, meals, and curtains and "
                 "bedding for Jayden's room",
                 "Rosie Kemp, family support worker, Erlesdon Family Hub",
                 "Mondays at 4pm, for 8 weeks from 19/01/2026",
                 "Improvement in home conditions"],
                ["Be in the house with Danielle from Friday teatime to Sunday evening, so that the children "
                 "are never cared for by her alone at the weekend",
                 "Family network",
                 "Every weekend until the next review",
                 "Weekend log kept at the house and read by Kelly at each visit"],
                ["Have Jayden and Mia for tea and a sleepover on Saturday nights",
                 "Linda Price (Nan)",
                 "Every Saturday, 4pm to Sunday 11am",
                 "Linda texts Kelly when the children arrive and when they go home"],
                ["Check how Mia presents at each session, including whether she is hungry or tired, and ring "
                 "Kelly the same day about any concern",
                 "Mrs Gill Porter, manager, Erlesdon Park Nursery",
                 "Every nursery session (Monday to Friday mornings)",
                 "Nursery log e-mailed to Kelly every Friday"],
            ],
        }),
        ("h1", "Contingency"),
        ("p", "If Danielle uses cocaine or drinks while Jayden and Mia are in her care (a positive screen, or "
              "any professional sees or smells that she is under the influence), the children will go to "
              "Linda and Graham Price's house that day and Kelly will hold a strategy discussion with the "
              "police the same day. If Danielle has a second positive screen, or misses three EDAS sessions "
              "in a row, Paul Nkemelu (team manager) will request a legal planning meeting within 5 working "
              "days."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks at Erlesdon Park Primary School, Tuesdays at 3.30pm: 27/01/2026, "
            "24/02/2026 and 24/03/2026.",
            "Next review child protection conference: Tuesday 14/07/2026 at 10am, Erlesdon Town Hall.",
        ]),
    ],
    "findings": [
        F("T002", "Attend key-work sessions at Erlesdon Drug and Alcohol Service"),
        F("T002", "Refer Jayden to Erlesdon Young Carers for an assessment"),
        F("T002", "Register Jayden and Mia with a dentist"),
        F("T001", "Health review for both children: height, weight, immunisations"),
        F("M002", "Home routines sessions with Danielle: morning and bedtime routines"),
        F("W002", "Be in the house with Danielle from Friday teatime"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Core group plan with numbered actions in three parts and the times in a
#    timeline whose numbers match the actions. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b216_elstrand_core_group_plan_numbered_timeline_brennan.md",
    "split": "tune",
    "actions": 10,
    "template": "core-group-plan-md-numbered-sections-about-the-family-worries-going-well-what-tyler-and-ruby-say-outcomes-then-numbered-actions-in-dads-part-childrens-part-familys-part-each-with-who-and-how-well-know-lines-then-timeline-table-keyed-by-action-number-then-if-things-go-wrong-core-group-and-review",
    "description": (
        "Exemplary core group plan for a 10-year-old boy and a 7-year-old girl whose father, their sole "
        "carer since their mother left, drinks most evenings and has been found asleep and drunk with "
        "the children unfed. Ten numbered actions in three parts (Dad's part, the children's part, the "
        "family's part), each with Who and 'How we'll know' lines; when each happens is set out once in a "
        "timeline whose numbers match the actions ('fortnightly on Tuesdays at 10am, from 20 January "
        "2026', 'every Friday in term', 'by February half term (Friday 13 February 2026)', 'before the "
        "core group on 10 February 2026', 'the working day before each core group'). The recovery "
        "service reports on the father's capacity to change and the GP owns an action; the aunt's "
        "Wednesdays have a fallback; legal planning follows named triggers."
    ),
    "text": """\
# Elstrand City Council - Children's Services

## Child protection plan: Tyler and Ruby Brennan

**Agreed at the first core group, Tuesday 13 January 2026, Elstrand C of E Primary School.**
This plan puts into action the outline plan made at the initial child protection conference on
Tuesday 30 December 2025.

| | |
|---|---|
| **Children** | Tyler Brennan, born 02/09/2015 (10), Year 6; Ruby Brennan, born 17/05/2018 (7), Year 2. Both at Elstrand C of E Primary School. |
| **Address** | 41 Foundry Lane, Elstrand EL6 2RQ |
| **Dad** | Sean Brennan (38), the children's sole carer since their mum moved abroad in 2023 |
| **Aunt** | Nicola Brennan ("Aunt Nicky"), Sean's sister, 12 Holly Bank, Elstrand |
| **Category** | Neglect |
| **Social worker** | Katie Moorcroft, Elstrand Child Protection Team (team manager: Jo Whitlam) |
| **Core group** | Sean, Nicola, Katie Moorcroft, Dev Mistry (Elstrand Recovery Service), Mr Andrew Lyle (DSL), Nisha Patel (school nurse), Carl Jessop (Elstrand Family Hub) |

## 1. What we are worried about

Sean drinks most evenings, usually four to six cans of strong lager and sometimes vodka. On
04/12/2025 Tyler rang 999 because he could not wake his dad; the police found Sean asleep on the sofa,
no food in the house, and Ruby still in her school uniform at 10pm. School say the children are often
late, Ruby has had head lice for most of the autumn term, and Tyler has told staff he makes the tea
"when Dad's tired". Sean says he "likes a drink" but has never hurt the children.

## 2. What is going well

- Sean came to the conference and to today's core group, and has been to two sessions at Elstrand
  Recovery Service.
- The children love their dad and he loves them; the house is warm and they each have a bed.
- Aunt Nicky is close to the children and has them after school on Wednesdays.
- Both children are in school nearly every day, even when they are late.

## 3. What Tyler and Ruby say

Katie saw Tyler on his own at school on 08/01/2026. He said: "When Dad's been drinking he sleeps on
the sofa and I do Ruby's tea, usually toast or noodles." "I don't want us to go to foster carers, I
want Dad to stop." "Aunt Nicky's is the best, she does proper dinners." He scored home 5 out of 10.

Ruby drew her house with a big sofa and her dad "asleep", and herself and Tyler "watching telly". She
said: "I like it when Daddy does bath time, he does bubbles." She told Katie she gets "a bit scared"
when she cannot wake him in the morning.

## 4. What we want for Tyler and Ruby

1. Tyler and Ruby are cared for every day and night by a dad who is sober enough to feed them, get
   them to bed and wake them for school.
2. Tyler is a 10-year-old at home, not Ruby's carer, and has time for his own friends and football.
3. Ruby and Tyler arrive at school on time, fed, clean and free of head lice.
4. Ruby and Tyler know who to ring if they cannot wake their dad, and are never left in the house
   without a sober adult.

## 5. The actions

Each action says who will do it and how we will know it is happening. When each action happens is
in section 6: the numbers in the timeline match the numbers here.

### Dad's part

**1.** Go to his key-work sessions at Elstrand Recovery Service and give a breath test at each one,
so that he is sober every time he is looking after Tyler and Ruby.
- Who: Sean Brennan (Dad)
- How we'll know: Dev sends Katie the attendance and breath test readings after each session; a
  reading of 0.00 at every session.

**2.** Assess Sean's drinking with him (AUDIT score and drinking diary), start a community detox if he
agrees, and write to the core group on whether he is making the changes Tyler and Ruby need and how
long further change is likely to take.
- Who: Dev Mistry, recovery worker, Elstrand Recovery Service
- How we'll know: Dev's written update on Katie's file, with the AUDIT score and the breath test
  readings since the last core group.

**3.** Get Tyler and Ruby up, give them breakfast and have them at school by 8.45am with a packed
lunch or dinner money.
- Who: Sean Brennan (Dad)
- How we'll know: the school register and late book, in Mr Lyle's Friday summary (action 6).

**4.** Blood tests for Sean's liver, a review of his medication for alcohol withdrawal, and a letter
to Katie on his physical health and whether a detox at home is safe while he cares for Tyler and
Ruby.
- Who: Dr Helen Achebe, GP, Elstrand Park Surgery
- How we'll know: Dr Achebe's letter to Katie with the blood results.

### The children's part

**5.** Visit Tyler and Ruby at home and see each of them on their own, check there is food in the
house and that Sean is sober, and talk with the children about their week; one visit in two after
5pm and unannounced.
- Who: Katie Moorcroft (social worker)
- How we'll know: visit record within two working days, with the children's own words and what was
  in the fridge and cupboards.

**6.** Check Tyler's and Ruby's attendance, punctuality, uniform and lunches, note anything either
says about home, and send Katie a summary.
- Who: Mr Andrew Lyle, DSL, Elstrand C of E Primary School
- How we'll know: Mr Lyle's summary e-mail to Katie; attendance at 95% or more for both children by
  Easter, with no more than two lates a half term.

**7.** Health review for both children, with Ruby's head lice treated and checked, a hearing test for
Ruby, and both children registered with a dentist.
- Who: Nisha Patel, school nurse, Elstrand School Nursing Service
- How we'll know: health review forms and dental registration letters copied to Katie; Ruby's hair
  checked clear of lice by Nisha.

**8.** Young carer's assessment with Tyler about what he does at home for his dad and Ruby, and what
he would like help with.
- Who: Bethan Lloyd, young carers' worker, Elstrand Young Carers
- How we'll know: the assessment, with Tyler's own words, shared with Katie and the core group, and a
  place at the Tuesday young carers' club offered if Tyler wants it.

**9.** Six home sessions with Sean on the after-school routine (tea, homework, bath and bedtime),
using a routine chart the children help to make.
- Who: Carl Jessop, family support worker, Elstrand Family Hub
- How we'll know: Carl's session records; the routine chart shows both children in bed by 8.30pm on
  at least five nights a week by the sixth session.

### The family's part

**10.** Have Tyler and Ruby for tea after school, help with homework, and text Katie if Sean seems to
have been drinking when he collects them.
- Who: Nicola Brennan (Aunt Nicky)
- How we'll know: Nicola's text to Katie after each Wednesday; the children's account at Katie's
  visits.

## 6. Timeline (the numbers match section 5)

| No. | When |
|---|---|
| 1 | Fortnightly on Tuesdays at 10am, from 20 January 2026 (weekly if Dev asks for it) |
| 2 | Assessment by 30 January 2026; written update the working day before each core group (9 February and 9 March 2026) |
| 3 | Every school day |
| 4 | Blood tests by 6 February 2026; letter within a week of the results |
| 5 | Every week until the review conference on 31 March 2026 |
| 6 | Every Friday in term |
| 7 | By February half term (Friday 13 February 2026) |
| 8 | Before the core group on 10 February 2026 |
| 9 | Thursdays, 3.30pm to 5pm, for six weeks from 15 January 2026 |
| 10 | Every Wednesday, 3.15pm to 6.30pm |

## 7. If things go wrong

- If Sean smells of alcohol or seems drunk when he comes to collect the children, school will not
  let them go with him and Mr Lyle rings Katie (the Emergency Duty Team after 5pm). Aunt Nicky
  collects Tyler and Ruby and they stay with her that night, and Katie holds a strategy discussion
  the same day.
- If Tyler rings because he cannot wake his dad, or Katie finds Sean drunk while caring for the
  children, the police and Katie (or the Emergency Duty Team) attend, and the children go to Aunt
  Nicky's that night.
- If Aunt Nicky cannot have the children on a Wednesday, she tells Katie by 12 noon; the children go
  to the after-school club at Elstrand C of E Primary until 6pm (paid for by Children's Services) and
  Sean collects them there. If Nicky cannot have them in an emergency, Katie or the Emergency Duty
  Team finds foster carers in Elstrand that night, so that the children stay at their school.
- If Sean is found drunk while caring for the children twice before the review conference, or his
  breath tests are not all clear by the core group on 10 March 2026, Jo Whitlam (team manager) will
  request a legal planning meeting within 5 working days.

## 8. Core group and review

- Core group every four weeks on Tuesdays at 3.30pm at Elstrand C of E Primary School: 13 January
  (today), 10 February and 10 March 2026.
- Review child protection conference: Tuesday 31 March 2026 at 10am, Elstrand Civic Centre.

Plan typed by Katie Moorcroft on 13/01/2026 and sent to Sean, Nicola and every member of the core
group. Tyler and Ruby have their own picture version, talked through with Katie on 15/01/2026.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Core group 2 minutes with an action log (No. / Action / By whom / When by
#    / How we'll know); page header and footer. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b216_etterbury_core_group_minutes_action_log_when_by_quinn.pdf",
    "doc_title": "Core Group Meeting 2 - Minutes and Action Log - Poppy Quinn",
    "split": "tune",
    "actions": 11,
    "min_pages": 2,
    "header": "OFFICIAL-SENSITIVE · Etterbury District Council Children's Social Care · Core group minutes",
    "footer": "Poppy Quinn · Core group 2, 12/01/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "core-group-2-minutes-pdf-paged-header-footer-meeting-kv-attendance-table-then-numbered-minute-items-progress-from-each-agency-poppys-day-what-we-want-for-poppy-then-action-log-no-action-by-whom-when-by-how-well-know-then-contingency-next-meetings",
    "description": (
        "Minutes of the second core group for a 10-week-old baby whose mother has postnatal depression "
        "and is under the perinatal mental health team; the baby's weight fell from the 50th to the 9th "
        "centile and the mother slept through feeds. After an attendance table, updates from each "
        "agency, the baby's day as professionals have seen it and the outcomes, the plan is the "
        "meeting's action log (No. / Action / By whom / When by / How we'll know), whose vague times "
        "sit among real ones as confidently. Faults: the psychologist's CBT that only treats the mother, "
        "measured by attendance; the social worker's visits 'Regularly'; the father's night feeds "
        "'Throughout'; the GP's medication review 'At the next opportunity' (no meeting named); the "
        "parenting assessment with '-' in When by; and the review conference 'to be arranged'."
    ),
    "blocks": [
        ("title", "Core Group Meeting 2: Minutes and Action Log"),
        ("kv", [
            ("Child", "Poppy Quinn, born 03/11/2025 (10 weeks)"),
            ("Address", "Flat 3, 18 Mercer Street, Etterbury ET1 4HB"),
            ("Parents", "Hollie Quinn (22) and Aaron Webb (25), who live together with Poppy"),
            ("Plan", "Child protection plan since the initial conference on 11/12/2025 (neglect)"),
            ("Meeting", "Monday 12/01/2026, 10am to 11.30am, Etterbury Children's Centre"),
            ("Chair and minutes", "Jade Kirkby, social worker, Etterbury Children's Social Care"),
        ]),
        ("h1", "Attendance"),
        ("table", {
            "header": ["Name", "Role", "Attended"],
            "widths": [5.0, 9.0, 3.0],
            "rows": [
                ["Hollie Quinn", "Mum", "Yes"],
                ["Aaron Webb", "Dad", "Yes"],
                ["Jade Kirkby", "Social worker (chair)", "Yes"],
                ["Sarah Fenwick", "Health visitor, Etterbury Health Visiting Team", "Yes"],
                ["Lucy Grange", "Community psychiatric nurse, Etterbury Perinatal Mental Health Team", "Yes"],
                ["Dr Mira Kaye", "Clinical psychologist, Etterbury Perinatal Mental Health Team", "Report sent"],
                ["Kim Dale", "Family support worker, Etterbury Family Hub", "Yes"],
                ["Maureen Webb", "Aaron's mum", "Yes"],
                ["Dr Ian Marsh", "GP, Etterbury Medical Centre", "Apologies"],
            ],
        }),
        ("h1", "1. Progress since core group 1 (22/12/2025)"),
        ("p", "Sarah (HV): Poppy weighed 4.62kg on 07/01/2026, on the 9th centile; she had dropped from the 50th "
              "at birth to the 25th at 4 weeks and the 9th at 8 weeks. Since Aaron started doing the late "
              "feeds she has gained 180g in a week. Poppy was sleeping on the sofa with Hollie at the visit "
              "on 29/12/2025."),
        ("p", "Lucy (CPN): Hollie has postnatal depression. She restarted sertraline on 15/12/2025 and has "
              "been seen at home weekly. Her EPDS score was 19 on 15/12/2025 and 16 on 08/01/2026. She says "
              "she still finds it hard to get up for the early feeds."),
        ("p", "Dr Kaye (report): Hollie has been offered a course of CBT and came to her first session on "
              "08/01/2026."),
        ("p", "Kim (FSW): Hollie and Poppy have a place at baby massage from 20/01/2026."),
        ("p", "Hollie and Aaron: Hollie said: \"I feel like a rubbish mum, but I'm trying. I want her to be "
              "big and chubby.\" Aaron has swapped to day shifts at the warehouse so he is home from 6pm."),
        ("h1", "2. Poppy's day"),
        ("p", "Poppy cannot tell us about her day, so this is what the professionals have seen. At the visits "
              "on 07/01/2026 and 09/01/2026 she was clean and in a fresh sleepsuit. She fed well from a "
              "bottle with Aaron, holding his finger, and settled on his chest. With Hollie she fussed and "
              "turned her head away when the bottle came too fast; Hollie put her down in the bouncer "
              "quickly and Poppy cried for several minutes before Hollie picked her up again. Poppy smiles "
              "at faces now and follows Maureen's voice around the room."),
        ("h1", "3. What we want for Poppy"),
        ("numbers", [
            "Poppy is fed on time, day and night, and her weight is back on the 25th centile by the spring.",
            "Poppy sleeps safely on her back in her own cot, never on the sofa or in the adults' bed.",
            "Poppy is cared for by parents who notice her cues and answer her cries quickly, including on "
            "the days Hollie's mood is low.",
        ]),
        ("h1", "4. Action log"),
        ("p", "Actions agreed at this meeting. Actions from core group 1 that are finished (the safe sleep leaflet, "
              "the GP registration) are closed and not repeated here."),
        ("table", {
            "header": ["No.", "Action", "By whom", "When by", "How we'll know"],
            "widths": [1.0, 6.0, 3.6, 2.8, 3.6],
            "rows": [
                ["1", "Weigh Poppy and plot her weight on her chart, and watch a feed at clinic",
                 "Sarah Fenwick, health visitor",
                 "Weekly, at the Wednesday clinic",
                 "Weight in the red book, gaining at least 150g a week; feed observation recorded"],
                ["2", "CBT sessions with Hollie for her low mood and anxiety",
                 "Dr Mira Kaye, clinical psychologist, Etterbury Perinatal Mental Health Team",
                 "Fortnightly on Thursdays from 15/01/2026",
                 "Attendance recorded by the perinatal team and sent to Jade"],
                ["3", "Home visits to see Poppy awake, with a feed and a nappy change",
                 "Jade Kirkby, social worker",
                 "Regularly",
                 "Visit record with what Poppy's day looked like and how her cries were answered"],
                ["4", "Take the night feeds so that Hollie can sleep, and keep the feeding chart",
                 "Aaron Webb (Dad)",
                 "Throughout",
                 "Feeding chart kept by the cot, read by Sarah each week"],
                ["5", "Review Hollie's antidepressant dose and tell Jade of any change",
                 "Dr Ian Marsh, GP, Etterbury Medical Centre",
                 "At the next opportunity",
                 "Letter from Dr Marsh to Jade"],
                ["6", "Complete the parenting assessment of Hollie and Aaron and share it with the core group",
                 "Jade Kirkby, social worker",
                 "-",
                 "Assessment report shared with Hollie, Aaron and the core group"],
                ["7", "Home visits to check Hollie's mood and relapse signs, and a written view on whether she "
                 "is making the changes Poppy needs and how long that is likely to take",
                 "Lucy Grange, community psychiatric nurse, Etterbury Perinatal Mental Health Team",
                 "Weekly on Tuesdays; written view before each core group",
                 "EPDS score at each visit and Lucy's written view, both sent to Jade"],
                ["8", "Baby massage and play group with Hollie and Poppy",
                 "Kim Dale, family support worker, Etterbury Family Hub",
                 "Tuesdays at 10am for 6 weeks from 20/01/2026",
                 "Group register; Kim's note of how Hollie answers Poppy's cues at each session"],
                ["9", "Take Poppy to her 12-week immunisations",
                 "Hollie Quinn (Mum)",
                 "By 30/01/2026",
                 "Red book and GP immunisation record seen by Sarah"],
                ["10", "Have Poppy on Wednesday afternoons so that Hollie can go to appointments and rest",
                 "Maureen Webb (Aaron's mum)",
                 "Every Wednesday, 1pm to 5pm",
                 "Maureen texts Jade when Poppy is collected and brought home"],
                ["11", "Go through safe sleep again with Hollie and Aaron and check Poppy's cot",
                 "Sarah Fenwick, health visitor",
                 "Before the next core group on 09/02/2026",
                 "Safe sleep checklist signed by both parents; cot seen made up in the parents' room"],
            ],
        }),
        ("h1", "5. Contingency"),
        ("p", "If Poppy's weight falls below the 9th centile, or she is found sleeping on the sofa or in the "
              "adults' bed, or Hollie says she has thoughts of harming herself or Poppy, Jade (or the "
              "Emergency Duty Team) will hold a strategy discussion the same day and Poppy will be cared for "
              "by Aaron, who will take leave from work, with Maureen staying at the flat. If Maureen cannot "
              "help on a Wednesday or in an emergency, Aaron takes Poppy to his sister Leanne Webb's; if "
              "neither can care for Poppy, Jade will arrange an emergency foster placement the same day. "
              "If Poppy has not gained weight by the next core group, Jade's manager, Simon Oduya, will "
              "request a legal planning meeting within 5 working days."),
        ("h1", "6. Next meetings"),
        ("bullets", [
            "Core group every four weeks: next on Monday 09/02/2026 at 10am, Etterbury Children's Centre, "
            "then Monday 09/03/2026.",
            "Review child protection conference: to be arranged by the Safeguarding Unit.",
        ]),
        ("p", "Minutes typed by Jade Kirkby on 12/01/2026 and sent to everyone invited."),
    ],
    "findings": [
        F("H001", "CBT sessions with Hollie for her low mood and anxiety"),
        F("T002", "Home visits to see Poppy awake, with a feed"),
        F("T002", "Take the night feeds so that Hollie can sleep"),
        F("T002", "Review Hollie's antidepressant dose and tell Jade of any change"),
        F("T001", "Complete the parenting assessment of Hollie and Aaron"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Initial conference plan in three parts, each banner carrying its time;
#    owner and time share one "Who and when" cell. Page header and footer.
#    Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b216_embridge_icpc_plan_who_and_when_column_whitfield.pdf",
    "doc_title": "Child Protection Plan - Kai Whitfield",
    "split": "tune",
    "actions": 13,
    "min_pages": 2,
    "header": "OFFICIAL-SENSITIVE · Embridge City Council Children's Services · Child protection plan",
    "footer": "Kai Whitfield · Initial conference 15/01/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "icpc-plan-pdf-paged-header-footer-details-kv-what-happened-kais-words-worries-and-strengths-outcomes-then-what-needs-to-happen-who-and-when-what-we-will-see-table-in-three-parts-banner-rows-with-their-own-times-straight-away-every-week-by-the-review-then-if-mark-comes-back-or-kai-is-hurt-meetings",
    "description": (
        "Exemplary initial conference plan for a 12-year-old boy with ADHD whose mother's ex-partner "
        "hit him with a belt at Christmas and is on police bail not to contact him; the mother let the "
        "man back once before, in 2024. A What needs to happen / Who and when / What we will see table, "
        "the owner and the time in one cell ('DC Ffion Rees, Embridge Police Domestic Abuse Unit - "
        "marker within 2 working days of this conference; any breach the same day'), in three parts "
        "whose banner rows carry their own times ('Straight away: everything here is done by Friday "
        "23/01/2026', 'Every week until the review conference on 09/04/2026', 'By the review conference "
        "on 09/04/2026'). The boy's words are strong, the contingency covers the ex-partner returning "
        "and the grandfather being unable to help, and legal planning follows named triggers."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Embridge City Council Children's Services. Agreed at the initial child protection conference on "
              "Thursday 15/01/2026 at Embridge Council House, chaired by Declan Harte."),
        ("kv", [
            ("Child", "Kai Whitfield, born 19/09/2013 (12), Year 8, Embridge Vale Academy"),
            ("Lives with", "Gemma Whitfield (Mum, 36), 8 Larkspur Way, Embridge EM4 6RD"),
            ("Grandad", "Tom Whitfield (Gemma's dad), 22 Orchard Rise, Embridge"),
            ("Mum's ex-partner", "Mark Tierney (40); on police bail not to contact Kai or Gemma or go to "
                                 "Larkspur Way, until 25/02/2026"),
            ("Category", "Physical abuse"),
            ("Social worker", "Rhian Morgan, Embridge Safeguarding Team (team manager: Jane Ashdown)"),
        ]),
        ("h1", "What happened"),
        ("p", "On 28/12/2025 Mark, who had been living at Larkspur Way since the summer, hit Kai several times "
              "with a belt after Kai broke a games controller. Kai went to school on 05/01/2026 with welts on "
              "his back and legs and told his form tutor. Mark was arrested and is on bail. In 2024 Gemma "
              "ended the relationship after Mark pushed Kai down the stairs, but let him move back in within "
              "three months. Kai has ADHD and takes medication; his sleep and behaviour at school have got "
              "worse since December."),
        ("h1", "What Kai says"),
        ("p", "Kai spoke to Rhian on his own at school on 09/01/2026 and again on 13/01/2026. He said: \"He "
              "always said I was doing it on purpose, the ADHD stuff.\" \"Mum always takes him back. She "
              "says he's changed, then he hasn't.\" \"I'm not scared of him, I just don't want him in my "
              "house.\" \"Grandad's is where I feel normal.\" Kai wants to keep playing for Embridge Colts, "
              "wants Mark \"gone for good\", and asked that his teachers do not talk about it in front of "
              "his class. He scored how safe he feels at home now at 7 out of 10, and \"if Mark came back\" "
              "at 1."),
        ("h1", "What we are worried about, and what is going well"),
        ("bullets", [
            "Worried: Mark has hurt Kai twice; Gemma let him come back after the last time; Mark's bail "
            "ends on 25/02/2026; Kai is sleeping badly and has had two detentions for walking out of "
            "lessons.",
            "Going well: Kai told a teacher straight away; Gemma called the police herself when she saw "
            "the welts, and says the relationship is over; Kai is close to his grandad; Kai has not missed "
            "a day of school.",
        ]),
        ("h1", "What we want for Kai"),
        ("numbers", [
            "Kai is not hit or hurt again by anyone at home.",
            "Kai lives in a home where Mark does not come, and Kai knows what to do and who to ring if he "
            "does.",
            "Kai sleeps well enough to cope at school, stays in his lessons, and gets help with his feelings "
            "about what happened.",
            "Kai keeps his football and his time with his grandad.",
        ]),
        ("h1", "The plan"),
        ("p", "Each part's banner gives the time for that part. The \"Who and when\" column gives the person who "
              "leads each action and exactly when, within that part, it happens."),
        ("table", {
            "header": ["What needs to happen", "Who and when", "What we will see"],
            "widths": [6.6, 5.0, 5.4],
            "rows": [
                ["Part 1 - Straight away: everything here is done by Friday 23/01/2026", H, H],
                ["Make a safety plan with Kai: who he can ring, a code word for Grandad, and what to do if "
                 "Mark comes to the house or the school gate",
                 "Rhian Morgan, social worker - with Kai at school on Tuesday 20/01/2026",
                 "Kai's safety card in his blazer pocket and a copy on file; Kai can tell Rhian the three "
                 "people he would ring"],
                ["Fit a video doorbell and a door chain, and change the locks Mark had keys to",
                 "Paul Eames, housing officer, Embridge Homes - job booked for 21/01/2026",
                 "Completed job sheet sent to Rhian; Rhian sees the doorbell working at her next visit"],
                ["Put a warning marker on 8 Larkspur Way so that any call is treated as urgent, and tell "
                 "Rhian about any breach of Mark's bail",
                 "DC Ffion Rees, Embridge Police Domestic Abuse Unit - marker within 2 working days of this "
                 "conference; any breach the same day",
                 "Marker reference e-mailed to Rhian; breach log numbers passed to Rhian"],
                ["Tell Kai's form tutor, head of year and reception staff that Mark must not collect or "
                 "contact Kai, and keep his photo at reception",
                 "Mr Tomasz Nowak, DSL, Embridge Vale Academy - staff briefing on Monday 19/01/2026",
                 "Briefing note and photo held at reception, seen by Rhian at her school visit"],
                ["Part 2 - Every week until the review conference on 09/04/2026", H, H],
                ["See Kai on his own at home or at school, and see Gemma; one visit in two unannounced",
                 "Rhian Morgan, social worker - every week, with a home visit after 5pm at least every "
                 "fortnight",
                 "Visit record within 2 working days, with Kai's own words and his safety score out of 10"],
                ["Morning check-in with Kai: how he slept, how things are at home, and any sign of injury",
                 "Mrs Helen Barr, pastoral manager, Embridge Vale Academy - Mondays and Fridays at 8.35am in "
                 "term",
                 "Check-in sheet on the school's safeguarding system, sent to Rhian every Friday"],
                ["Safety planning and risk assessment with Gemma, including what she will do if Mark asks to "
                 "come back",
                 "Nia Price, IDVA, Embridge Domestic Abuse Service - fortnightly on Tuesdays from 20/01/2026",
                 "DASH risk score at the first and fourth sessions sent to Rhian; Gemma's written safety plan "
                 "on file"],
                ["Not let Mark into the house or let him speak to Kai, and ring 999 if he comes to the house",
                 "Gemma Whitfield (Mum) - every day; 999 at the time, and Rhian told the same day",
                 "No contact in the police log or at Rhian's visits; any call's log number given to Rhian"],
                ["Take Kai to Embridge Colts football training and his Saturday match, and have him for "
                 "Sunday tea",
                 "Grandad (Tom Whitfield) - Tuesdays at 6pm, Saturday mornings and Sundays",
                 "Tom texts Rhian on Sundays; Kai talks about it at Rhian's visits"],
                ["Part 3 - By the review conference on 09/04/2026", H, H],
                ["Assess Kai's feelings, sleep and anger since Mark hurt him, and recommend any help he needs",
                 "Dr Sam Okoye, Embridge CAMHS Getting Help Team - first appointment by February half term "
                 "(13/02/2026)",
                 "SDQ scores at the first appointment; assessment letter with recommendations to Rhian and "
                 "the GP"],
                ["Go to the Freedom Programme, 12 weekly group sessions on domestic abuse and its effect on "
                 "children, and talk through with Rhian after week 6 what it means for Kai",
                 "Gemma Whitfield (Mum) - Thursdays at 10am from 22/01/2026",
                 "Course register sent to Rhian by the facilitator; Rhian's record of the week 6 talk"],
                ["ADHD medication review, including Kai's sleep and appetite since December",
                 "Dr Anna Levy, community paediatrician, Embridge Child Development Centre - clinic booked for "
                 "05/03/2026",
                 "Clinic letter to Gemma, Rhian and the GP"],
                ["Complete the child and family assessment, including Grandad's part, and share it with "
                 "Gemma, the core group and Kai (in a version he helps to write)",
                 "Rhian Morgan, social worker - by 26/02/2026",
                 "Assessment on file and shared; Kai's version signed by him"],
            ],
        }),
        ("h1", "If Mark comes back, or Kai is hurt"),
        ("bullets", [
            "If Mark comes to the house or the school, or contacts Kai in any way, Gemma or the school rings "
            "999 and the police deal with the bail breach. Rhian (or the Emergency Duty Team) holds a "
            "strategy discussion with the police the same day, and Kai stays at Grandad's that night.",
            "If Grandad cannot have Kai when he is needed, or cannot take him to football, he rings Rhian "
            "straight away; Gemma takes Kai to football herself, and if Kai cannot stay at home safely and "
            "Grandad cannot have him, Rhian or the Emergency Duty Team finds an emergency foster placement "
            "in Embridge that night so that Kai stays at his school.",
            "If Kai has an injury he cannot explain, or says anyone has hurt him, the school rings Rhian "
            "straight away and Rhian holds a strategy discussion with the police that day.",
            "If Gemma lets Mark back into the home, or lets him have contact with Kai, or Kai is hurt again, "
            "Jane Ashdown (team manager) will request a legal planning meeting within 5 working days.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks on Wednesdays at 3.45pm, Embridge Vale Academy: 28/01/2026, "
            "25/02/2026 and 25/03/2026.",
            "Review child protection conference: Thursday 09/04/2026 at 10am, Embridge Council House.",
        ]),
        ("p", "Plan sent to Gemma, Kai (his own copy, talked through with Rhian), Tom and every agency on "
              "16/01/2026."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Initial conference plan, bullets under theme headings with owner, time
#    and check in each sentence. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b216_ewelmarsh_icpc_plan_theme_bullets_carter.md",
    "split": "tune",
    "actions": 12,
    "template": "icpc-plan-md-details-table-why-ellie-has-a-plan-what-ellie-told-us-going-well-what-needs-to-change-for-ellie-then-the-plan-as-bullets-under-theme-headings-nights-home-health-school-weekends-owner-time-and-check-in-each-sentence-then-if-ellie-is-left-alone-meetings",
    "description": (
        "Initial conference plan for a 9-year-old girl left alone in the house at night while her "
        "mother works nights at a care home; the home has rubbish bags in the yard, mouse droppings in "
        "the kitchen and a damp bedroom, and the girl's teeth need fillings. The plan is bullets under "
        "theme headings (Nights, Home, Health, School, Weekends), each meant to carry its owner, time "
        "and check in one sentence. Faults: the rubbish and mouse droppings 'will be cleared', passive "
        "with no one named; the family support worker's sessions 'as and when Stacey asks for a "
        "session'; the social worker's request to the housing association with nothing to show it "
        "happened; the school nurse's health review with no time; ELSA sessions 'when needed'; the "
        "mother hearing her read with no time; and nothing says legal planning follows if the plan "
        "does not work."
    ),
    "text": """\
# Ewelmarsh Council - Children's Services

## Child Protection Plan: Ellie Carter

Agreed at the initial child protection conference on Wednesday 7 January 2026, Ewelmarsh Civic
Offices. Chair: Graham Pennell.

| | |
|---|---|
| Child | Ellie Carter, born 11/07/2016 (9), Year 5, Ewelmarsh Junior School |
| Lives with | Stacey Carter (Mum, 33), 6 Tanners Row, Ewelmarsh EW3 8JD |
| Dad | Craig Carter (35), Flat 2, 40 Mill Street, Ewelmarsh; sees Ellie every Saturday |
| Category | Neglect |
| Social worker | Leah Oduya, Ewelmarsh Children's Social Work Team (team manager: Sandra Bloom) |

## Why Ellie has a plan

Stacey works nights as a care assistant at Ewelmarsh Grange care home, Sunday to Thursday, 9pm to 7am.
Since the autumn Ellie has been left on her own in the house on many of those nights. On 02/12/2025 a
neighbour found Ellie at 11pm on the doorstep in her pyjamas because she had heard a noise and was
frightened. Ellie has been late to school or hungry on most Monday to Friday mornings this term. There
are bags of rubbish in the back yard, mouse droppings in the kitchen and black mould on Ellie's
bedroom wall. The dentist has said Ellie needs two fillings, and she has missed two appointments.

## What Ellie told us

Leah saw Ellie on her own at school on 05/01/2026. Ellie said: "I put the telly on loud so I can't
hear the noises." "Mum has to work or we won't have money, it's not her fault." "I like it at Dad's,
his flat is small but it's warm." "I don't like my room, it smells and there's black stuff on the
wall." She would like "someone to be there at night" and wants to keep swimming with her dad on
Saturdays. She scored how safe she feels at night 2 out of 10, and in the day 8 out of 10.

## What is going well

- Stacey was honest at the conference about leaving Ellie and says she wants help to sort out the nights.
- Craig has offered to have Ellie two nights a week.
- Ellie has not missed a day of school this year, and she loves reading.

## What needs to change for Ellie

1. Ellie is never on her own in the house at night, and always has an adult she knows with her.
2. Ellie arrives at school on time, having slept and eaten breakfast.
3. Ellie sleeps in a clean, dry bedroom in a home without rubbish or mice.
4. Ellie's teeth are treated and her health checks are up to date.

## The plan

### Nights

- Stacey will make sure an adult Ellie knows sleeps at the house every night she is at work (Sunday
  to Thursday, 9pm to 7am), and will send Leah the names for the week every Friday; Leah will ask
  Ellie at each visit who was there.
- Craig will have Ellie to stay at his flat on Tuesday and Wednesday nights while Stacey is working,
  and take her to school the next morning; the breakfast club register will show she arrives by 8am
  on those days.
- Leah Oduya (social worker) will visit every week, with one visit in three after 9.30pm on a night
  Stacey is working, and write down who is in the house and what Ellie says.

### Home

- The rubbish bags in the back yard and the mouse droppings in the kitchen will be cleared by 30
  January 2026; photographs taken at Leah's next visit will show it.
- Tina Rhodes (family support worker, Ewelmarsh Family Hub) will help Stacey set up a cleaning and
  meals routine, as and when Stacey asks for a session; Tina's session notes will record the state
  of the kitchen and Ellie's bedroom.
- Leah will ask Ewelmarsh Homes to inspect the damp and mould in Ellie's bedroom by 23 January 2026.

### Health

- Stacey will take Ellie to Ewelmarsh Dental Practice for the two fillings on her treatment plan by
  27 February 2026, and the dentist will send Leah a letter when the treatment is done.
- Amy Ng (school nurse) will do a health review with Ellie, covering her height, weight, eyesight and
  sleep, and will share the completed review form with Leah.

### School

- Mrs Kaur (DSL, Ewelmarsh Junior School) will check at breakfast club every school day at 8am that
  Ellie has slept and eaten, and will send Leah the breakfast club register and her notes each Friday.
- Miss Joanne Platt (ELSA, Ewelmarsh Junior School) will run ELSA sessions with Ellie on her worries
  and feelings when needed, and Ellie's feelings scores will be kept in her ELSA log and shared with
  Leah.
- Stacey will hear Ellie read and sign her reading record, and Ellie's class teacher, Mr Hughes, will
  tell Leah how many entries are signed.

### Weekends

- Craig will take Ellie swimming at Ewelmarsh Leisure Centre every Saturday morning, and Ellie will
  tell Leah about it at her visits.

## If Ellie is left alone

If Ellie is found on her own in the house at night, or tells anyone she was left alone, or no adult
is named for a night Stacey is working, Leah (or the Emergency Duty Team out of hours) will go to the
house that night. Ellie will stay with Craig that night; if Craig cannot have her, the Emergency Duty
Team will find an emergency foster placement in Ewelmarsh. Leah will hold a strategy discussion with
the police the next working day.

## Meetings

- Core group every four weeks on Wednesdays at 3.30pm, Ewelmarsh Junior School: 21/01/2026,
  18/02/2026 and 18/03/2026.
- Review child protection conference: Wednesday 01/04/2026 at 1pm, Ewelmarsh Civic Offices.

Plan sent to Stacey, Craig and every agency on 08/01/2026. Ellie has her own copy, read with Leah.
""",
    "findings": [
        F("W001", "The rubbish bags in the back yard and the mouse droppings"),
        F("T002", "help Stacey set up a cleaning and meals routine"),
        F("M001", "Leah will ask Ewelmarsh Homes to inspect the damp"),
        F("T001", "Amy Ng (school nurse) will do a health review with Ellie"),
        F("T002", "will run ELSA sessions with Ellie on her worries"),
        F("T001", "Stacey will hear Ellie read and sign her reading record"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Case-system print of a core group plan, action blocks with dot-leader
#    fields (Outcome / Action / Responsible / Due/freq. / Evidence). Exemplary
#    (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b216_eskerfield_case_system_print_due_freq_field_morton.txt",
    "split": "tune",
    "actions": 11,
    "template": "case-system-print-txt-eskerfield-child-record-caps-headings-dot-leader-person-fields-reasons-childrens-views-and-daily-life-strengths-outcomes-out1-to-out3-then-action-blocks-act01-to-act11-outcome-action-responsible-due-freq-evidence-then-contingency-meetings-print-footer",
    "description": (
        "Exemplary core group plan printed from an invented case system for a 4-year-old girl and an "
        "8-month-old boy whose mother has bipolar disorder and came home in December after five weeks "
        "on an adult psychiatric ward (a manic episode in which she left the children asleep and drove "
        "off at 3am); their father drives lorries on shifts and their paternal grandmother helps. Action "
        "blocks with dot-leader fields (Outcome / Action / Responsible / Due/freq. / Evidence) keyed to "
        "three outcomes, times such as 'Fortnightly on Thursdays; report 2 working days before each core "
        "group', 'Within two working days of each blood test result', 'Every two weeks; a missed visit "
        "rebooked within two working days of each missed visit', 'At the 9-12 month review (booked "
        "03/02/2026)', 'Each nursery session'. The care coordinator reports on the mother's capacity to "
        "change and its likely timescale, the GP owns an action, the grandmother's days have a fallback, "
        "and legal planning follows named triggers."
    ),
    "text": """\
ESKERFIELD COUNCIL - CHILDREN'S SERVICES
ESKERFIELD CHILD RECORD (ECR)                              Printed 09/01/2026 16:42 by K.OWUSU
=============================================================================================
CHILD PROTECTION PLAN - VERSION 2 (CORE GROUP 1, 08/01/2026)
=============================================================================================

CHILDREN
  Lily MORTON ......... born 12/03/2021 (4). Eskerfield Bright Start Nursery.
  Archie MORTON ....... born 18/04/2025 (8 months).
ADDRESS ............... 31 Heron Way, Eskerfield ES7 2LP
PARENTS
  Kayleigh MORTON ..... Mum (29). Bipolar affective disorder.
  Ross MORTON ......... Dad (31). HGV driver, Eskerfield Freight; early and late shifts.
FAMILY NETWORK
  Pat MORTON .......... Paternal grandmother (58), 5 Linnet Close, Eskerfield.
CATEGORY .............. Neglect
ICPC .................. 18/12/2025
SOCIAL WORKER ......... Kwame Owusu, Eskerfield Child Protection Team (TM: Ruth Saddler)
CARE COORDINATOR ...... Joanne Fairley, Eskerfield Community Mental Health Team (Adult)

---------------------------------------------------------------------------------------------
1. REASONS FOR THE PLAN
---------------------------------------------------------------------------------------------
  Kayleigh was admitted to Eskerfield Park Hospital under section 2 of the Mental Health Act on
  02/11/2025 during a manic episode. That night she left Lily and Archie asleep at home and drove
  to the coast at 3am; Ross was on a night shift and Lily woke and rang Pat. Kayleigh was on the
  ward until 05/12/2025, and the children stayed with Pat by family arrangement while Ross worked.
  Kayleigh is home and back on lithium. She had one earlier episode in 2019, before the children
  were born. The conference was worried about the children's safety if she becomes unwell again,
  particularly when Ross is on early shifts and she is alone with them all day.

---------------------------------------------------------------------------------------------
2. THE CHILDREN'S VIEWS AND DAILY LIFE
---------------------------------------------------------------------------------------------
  Lily (seen alone by KO at nursery, 06/01/2026): "Mummy was poorly in the hospital and now she's
  better." "I rang Nanny Pat on the big phone when Mummy went." "I like it when Mummy does
  painting with me." Lily drew her family holding hands, with Archie "in his buggy". Nursery staff
  say Lily is chatty and settled, but asks at pick-up "is Mummy coming?" and is clingy on Mondays.

  Archie (observed by KO and the health visitor at home, 30/12/2025 and 07/01/2026): Archie is a
  smiley, sturdy baby who is crawling and pulling himself up on the sofa. He reaches for Kayleigh
  and Ross and settles quickly when either picks him up. He has three meals a day and bottles at
  bedtime; he sleeps in his cot in his parents' room from 7pm, waking once.

---------------------------------------------------------------------------------------------
3. STRENGTHS
---------------------------------------------------------------------------------------------
  - Kayleigh knows her early warning signs and agreed the plan; she has taken her lithium every
    day since discharge.
  - Ross has moved to days where he can and told his manager about the plan.
  - Pat is close to both children and cared for them well for five weeks.
  - Lily goes to nursery every session.

---------------------------------------------------------------------------------------------
4. OUTCOMES
---------------------------------------------------------------------------------------------
  OUT1  Lily and Archie are always cared for by an adult who is well enough to keep them safe,
        and are never left alone.
  OUT2  Lily and Archie are cared for by a mum whose health is checked closely enough that any
        early sign of relapse is seen, and acted on, before it affects their care.
  OUT3  Lily and Archie keep growing and learning well: Lily at nursery and Archie at home.

---------------------------------------------------------------------------------------------
5. ACTIONS
---------------------------------------------------------------------------------------------

ACT01
  Outcome ......... OUT2
  Action .......... Visit Kayleigh at home, check her early warning signs and her lithium, and
                    write to each core group on her capacity to change, the steps still needed
                    and the likely timescale, and what her health means for her care of Lily and
                    Archie.
  Responsible ..... Joanne Fairley, care coordinator, Eskerfield CMHT (Adult)
  Due/freq. ....... Fortnightly on Thursdays; report 2 working days before each core group
  Evidence ........ Written report on ECR before each core group; CPA review letter copied to KO

ACT02
  Outcome ......... OUT2
  Action .......... Take lithium every evening and go for lithium level blood tests, so that she
                    stays well enough to care for Lily and Archie.
  Responsible ..... Kayleigh Morton (Mum)
  Due/freq. ....... Lithium daily; blood tests every 12 weeks, next one w/c 19/01/2026
  Evidence ........ Lithium levels in the range set by the psychiatrist, sent by the GP (ACT03)

ACT03
  Outcome ......... OUT2
  Action .......... Send Kayleigh's lithium levels and any change to her medication to Joanne
                    Fairley and KO.
  Responsible ..... Dr Raj Sethi, GP, Eskerfield Health Centre
  Due/freq. ....... Within two working days of each blood test result
  Evidence ........ GP results letter on ECR

ACT04
  Outcome ......... OUT1
  Action .......... Home visits: see Lily on her own, see Archie awake, and talk with Kayleigh
                    and Ross about how the week has been; one visit in three unannounced.
  Responsible ..... Kwame Owusu (KO), social worker
  Due/freq. ....... Weekly; Lily seen on her own at each contact
  Evidence ........ Visit record on ECR within 2 working days, with Lily's words and Archie's
                    observed day

ACT05
  Outcome ......... OUT3
  Action .......... Home visits to weigh Archie, look at his feeding and sleep, and see how
                    Kayleigh is managing.
  Responsible ..... Femi Adeyemi, health visitor, Eskerfield Health Visiting Service
  Due/freq. ....... Every two weeks; a missed visit rebooked within two working days of each
                    missed visit
  Evidence ........ Weight in the red book along his centile; contact record shared with KO

ACT06
  Outcome ......... OUT3
  Action .......... Archie's development review with the ASQ-3, and a referral on if any area
                    is below the expected range.
  Responsible ..... Femi Adeyemi, health visitor
  Due/freq. ....... At the 9-12 month review (booked 03/02/2026)
  Evidence ........ ASQ-3 scores sent to KO; copy of any referral on ECR

ACT07
  Outcome ......... OUT3
  Action .......... Record Lily's arrival, who brings and collects her, how she presents and what
                    she says about home, and ring KO the same day about any worry.
  Responsible ..... Mrs Sadia Khan, Lily's key person, Eskerfield Bright Start Nursery
  Due/freq. ....... Each nursery session (Monday, Wednesday and Friday, 9am to 3pm)
  Evidence ........ Nursery log e-mailed to KO every Friday; Lily at every session offered

ACT08
  Outcome ......... OUT1
  Action .......... Be at the house from 6am until Ross is home, so that Kayleigh is not alone
                    with the children for a whole day while her recovery is checked.
  Responsible ..... Pat Morton (paternal grandmother)
  Due/freq. ....... Each of Ross's early-shift days (from his weekly rota)
  Evidence ........ Day sheet by the kettle, signed by Pat each day and read by KO at visits

ACT09
  Outcome ......... OUT1
  Action .......... Send his shift rota for the coming week to Pat and KO.
  Responsible ..... Ross Morton (Dad)
  Due/freq. ....... Each Sunday by 6pm
  Evidence ........ Rota e-mails saved on ECR

ACT10
  Outcome ......... OUT2
  Action .......... Write a crisis plan together (Kayleigh's warning signs, who looks after the
                    children, who to ring) on the form Joanne has given them, and put a copy on
                    the fridge and at Pat's.
  Responsible ..... Kayleigh and Ross Morton (parents)
  Due/freq. ....... Before the core group on 05/02/2026
  Evidence ........ Signed crisis plan seen by KO on the fridge and scanned to ECR

ACT11
  Outcome ......... OUT3
  Action .......... Play and routine sessions at home with Kayleigh and Lily: messy play, tea
                    and a bedtime routine that works on the days Ross is away.
  Responsible ..... Dominic Hale, family support worker, Eskerfield Family Hub
  Due/freq. ....... Tuesdays 4pm to 6pm for 8 weeks, from 13/01/2026
  Evidence ........ Session records to KO; Lily's bedtime chart shows her in bed by 7.30pm on at
                    least 5 nights a week by the last session

---------------------------------------------------------------------------------------------
6. CONTINGENCY
---------------------------------------------------------------------------------------------
  Triggers: Kayleigh sleeping less than four hours on two nights running, spending large sums,
  talking very fast or about unusual ideas, missing two evening doses of lithium, or a lithium
  level outside range.
  Response: Ross or Pat rings Joanne Fairley (the Eskerfield crisis team out of hours) the same
  day; the children are not left alone with Kayleigh; Pat moves into the house; KO (or the
  Emergency Duty Team) holds a strategy discussion that day.
  If Pat cannot be at the house on an early-shift day, or cannot move in, she rings KO by 7pm the
  evening before; Ross swaps to a late shift (agreed with his manager on 07/01/2026) or takes
  carer's leave, and if neither Pat nor Ross can care for the children, KO or the Emergency Duty
  Team finds emergency foster carers in Eskerfield the same day.
  If Kayleigh is readmitted to hospital, stops her lithium and will not accept treatment, or the
  children are found alone again, Ruth Saddler (TM) will request a legal planning meeting within
  5 working days.

---------------------------------------------------------------------------------------------
7. MEETINGS
---------------------------------------------------------------------------------------------
  Core group ............ Every four weeks, Thursdays at 2pm, Eskerfield Family Hub:
                          08/01/2026 (held), 05/02/2026, 05/03/2026
  Review conference ..... Thursday 12/03/2026, 10am, Eskerfield Town Hall

=============================================================================================
ECR  CHILD PROTECTION PLAN  MORTON, Lily / MORTON, Archie          END OF PRINT (2 pages)
=============================================================================================
""",
    "findings": [],
})
