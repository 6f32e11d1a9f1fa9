"""Batch 79, module d: seven fictional plans (tuning material), places beginning with "d".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: actions written well in ways a template never prompts for - owners
given as a pair ("Mum and the HV together"), as "we" in a family's own plan,
or as a service with a named deputy; timescales such as "by half term",
"within 10 working days of today", "from now until the review", "at every
home visit", "each Saturday", "until the baby is six weeks old"; measures as
something a person will see, hear, count or record - beside plans with the
same look whose actions only look complete ("monitor", "support", "continue
to engage", "as needed", "ongoing", "asap", a date with no owner, an owner
with no date, a check nobody does). Two plans are exemplary.
"""
from build_batch5 import F, H, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Landscape action table with horizontally merged theme rows; mum's
#    postnatal depression, perinatal team asked about change (docx, exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b79_dunmarrow_landscape_theme_rows_plan_kowalski.docx",
    "doc_title": "Child Protection Plan - Zofia and Kyle Kowalski",
    "split": "tune",
    "actions": 10,
    "template": "icpc-plan-docx-landscape-what-who-when-how-we-will-know-table-with-horizontally-merged-theme-rows",
    "description": (
        "Initial conference plan for a 3-week-old and a 6-year-old (mother's postnatal depression and "
        "anxiety, baby not regaining birth weight, the 6-year-old left in charge of the baby). Landscape "
        "What needs to happen | Who | When | How we will know table split by theme rows merged across "
        "all four columns. Owners as a pair ('Mum and the HV together'), a parent and a grandmother "
        "sharing a task, a service with a named deputy; timescales as 'at every home visit', 'until the "
        "baby is six weeks old', 'within 10 working days of today', 'from now until the review', 'each "
        "Saturday'; measures a person will see or count ('the school register will show', 'Kyle will "
        "tell Mrs Okoye', 'fewer than two missed appointments in the month'). The perinatal team reports "
        "on Ania's capacity to change, the GP owns an action, the grandmother's part has a fallback, "
        "dates and legal step set. Exemplary."
    ),
    "landscape": True,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Dunmarrow Borough Council · Children's Social Care · Early Help and Safeguarding (South)"),
        ("kv", [
            ("Children", "Zofia Kowalski, born 20/08/2025 (3 weeks old); Kyle Kowalski (6), Year 2, "
                         "Hatherley Road Primary School"),
            ("Mother", "Ania Kowalska (27)"),
            ("Father", "Tomasz Kowalski (30), warehouse operative, on nights Monday to Thursday"),
            ("Maternal grandmother", "Ewa Nowak (54), lives on Quarry Lane, a five-minute walk away"),
            ("Address", "22 Saddler's Way, Dunmarrow"),
            ("Conference", "Initial child protection conference, Wednesday 10/09/2025"),
            ("Category", "Neglect"),
            ("Social worker", "Joel Hartigan, Early Help and Safeguarding (South)"),
            ("Chair", "Rosalind Achebe, Conference Chair"),
        ]),
        ("h1", "Why Zofia and Kyle need a plan"),
        ("p", "Ania has been low in mood and very anxious since Zofia was born. On 1 September she told the "
              "midwife she sometimes thought the children would be better off without her. Zofia was 3.1 kg "
              "at birth and was still 2.9 kg at 14 days; the midwife found that some night feeds were being "
              "missed when Tomasz was at work. On 4 September a neighbour found Kyle (6) alone in the flat "
              "with Zofia at 7.30am while Ania had gone out walking \"to clear my head\". Kyle has been late "
              "to school nine times this term. Ania has started sertraline and was referred to the "
              "Dunmarrow Perinatal Mental Health Team on 5 September. Tomasz has no history of drug or "
              "alcohol use."),
        ("h1", "What is going well"),
        ("bullets", [
            "Ania and Tomasz both came to conference, spoke openly and agreed to everything in this plan.",
            "Ewa is close to the family and has already stayed over twice to help with night feeds.",
            "Ania has seen the perinatal team once and says the visit helped.",
        ]),
        ("h1", "What Kyle told us and what we have seen of Zofia"),
        ("p", "Kyle talked to Joel at school on 8 September with Mrs Okoye there. He said: \"When Mummy is "
              "sad she stays in bed and I give Zofia her dummy.\" He said he was scared on the morning he "
              "was on his own with Zofia \"because she wouldn't stop crying and I didn't know where Mummy "
              "went\". He likes going to football with his dad on Saturdays and wants Nana to \"come for "
              "sleepovers lots\". He put home at 5 out of 10."),
        ("p", "Zofia is three weeks old. At the health visitor's and Joel's visits she was sleepy and slow to "
              "feed, taking about 60 ml before falling asleep. She settled quickly on Ewa's shoulder and "
              "turned towards Ania's voice when Ania sang to her. Her Moses basket is in her parents' room."),
        ("h1", "What we want for Zofia and Kyle by the review conference"),
        ("bullets", [
            "Zofia is fed about every three hours, day and night, is back on her birth centile (25th) by "
            "8 weeks, and sleeps on her back in her own Moses basket or cot.",
            "Kyle is never left in charge of his sister and gets to school on time every day.",
            "Zofia and Kyle are cared for by a mum whose depression is treated and whose mood is steady "
            "enough to feed, settle and play with them, with Dad and Nana sharing the nights.",
            "Kyle has an adult at school he can tell when he is worried, and tells us home feels better.",
        ]),
        ("h1", "Action plan"),
        ("table", {
            "header": ["What needs to happen", "Who", "When", "How we will know"],
            "widths": [8.4, 5.6, 5.2, 6.5],
            "rows": [
                ["1. Zofia's feeding, growth and sleep", H, H, H],
                ["Weigh Zofia, watch a whole feed and look at where she is sleeping",
                 "HV Bethan Lloyd, Dunmarrow 0-19 Service",
                 "At every home visit: weekly until the baby is six weeks old, then every two weeks until "
                 "the review",
                 "Weight plotted in the red book and back on the 25th centile by 8 weeks; the HV record notes "
                 "where Zofia slept"],
                ["Write a day-and-night feeding plan with Ania and go through it with Tomasz, with a feed "
                 "chart for the fridge",
                 "Mum and the HV together (Ania Kowalska and HV Bethan Lloyd)",
                 "Within 10 working days of today (by 24/09/2025)",
                 "Plan on the fridge; a feed chart filled in for every feed, which the HV checks at each "
                 "visit"],
                ["Stay over at the flat and give Zofia her 2am feed so that Ania can sleep",
                 "Ewa Nowak (maternal grandmother)",
                 "Each night Tomasz works (Monday to Thursday), until the baby is six weeks old",
                 "Ewa signs the feed chart for each night feed she gives"],
                ["2. Kyle's school and his worries", H, H, H],
                ["Walk Kyle to school and collect him, so he is never at home alone with Zofia",
                 "Tomasz on the days he is not working; Ewa on the days he is",
                 "Every school day",
                 "The school register will show Kyle in by 8.50am; the office logs who collects him"],
                ["Worry time with Kyle in the nurture room: how his week has been at home and at school",
                 "Mrs Grace Okoye, learning mentor, Hatherley Road Primary (deputy: Mr Sean Price, DSL)",
                 "Every Tuesday afternoon in term time, from now until the review",
                 "Kyle will tell Mrs Okoye about his week in his own words; she writes it in the mentor log "
                 "and passes any worry to the DSL and SW the same day"],
                ["3. Mum's mood and what it means for Zofia and Kyle", H, H, H],
                ["See Ania at home for assessment and treatment of her depression and anxiety, and write to "
                 "the core group on whether she is making the changes she needs to care safely for Zofia and "
                 "Kyle, and how long that is likely to take",
                 "Dunmarrow Perinatal Mental Health Team: CPN Marsha Quayle (deputy: Dr Ivo Brennan, "
                 "consultant psychiatrist)",
                 "Weekly visits from now until the review; first written report by the core group on "
                 "22/10/2025",
                 "Written report to each core group, read by the SW beforehand"],
                ["Review Ania's sertraline dose and her sleep, and agree with the perinatal team who prescribes",
                 "Dr Farah Siddiqui, GP, Lanthorn Medical Centre",
                 "By 24/09/2025",
                 "GP letter to the SW and the perinatal team setting out the plan agreed"],
                ["Go to every perinatal and GP appointment, with Tomasz caring for both children while Ania "
                 "is there, so that she gets the treatment that lets her look after Zofia and Kyle",
                 "Ania, with Tomasz",
                 "Every appointment, from now until the review",
                 "Fewer than two missed appointments in the month, counted by the perinatal team"],
                ["4. Seeing the children", H, H, H],
                ["Visit at home, see Zofia awake and Kyle on his own, look at Zofia's basket and the feed "
                 "chart; at least one visit in three unannounced",
                 "SW Joel Hartigan",
                 "Weekly until the baby is six weeks old, then every two weeks until the review",
                 "The SW will see Zofia awake and where she sleeps; visit notes record Kyle's own words"],
                ["Take Kyle to football at Dunmarrow Juniors so he has time that is just his",
                 "Tomasz Kowalski",
                 "Each Saturday morning",
                 "Kyle's name on the club register; Kyle tells the SW about his matches"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If Ania tells anyone she is thinking of harming herself or the children, if Zofia is found "
              "alone with Kyle, or if Zofia loses weight at two weighings in a row, the adult who finds out "
              "will ring the SW (or the emergency duty team out of hours) straight away. Tomasz or Ewa will "
              "stay with the children, the perinatal crisis line will see Ania the same day, and the SW will "
              "hold a strategy discussion the same day."),
        ("p", "If Ewa cannot stay over or do the school run (for example if she is ill), Tomasz's manager "
              "has agreed he can swap to day shifts at a day's notice. If neither Ewa nor Tomasz can be with "
              "the children, the SW will arrange for Zofia and Kyle to stay with Tomasz's sister, Marta "
              "Kowalska, in Dunmarrow, and if she cannot, with foster carers that day."),
        ("p", "If Zofia has not gained weight by the core group on 22/10/2025, or Kyle is found in charge of "
              "his sister again, the SW will ask the team manager for a legal planning meeting within 5 "
              "working days."),
        ("h1", "Core group and review"),
        ("p", "Core group every 4 weeks, 1.30pm, Hatherley Road Children's Centre: Wednesday 24/09/2025, "
              "22/10/2025 and 19/11/2025. Review child protection conference: Wednesday 03/12/2025, 10am, "
              "Dunmarrow Civic Centre."),
        ("p", "Plan typed by Joel Hartigan (SW) on 11/09/2025 and sent to Ania, Tomasz, Ewa and every agency "
              "named above."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Signs of Safety plan written with the family: the safety plan is in the
#    parents' own words ("we" = Shannon and Lee, said at the top), then the
#    professionals' part (md, exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b79_dellingford_signs_of_safety_family_we_plan_mcbride.md",
    "split": "tune",
    "actions": 10,
    "template": "signs-of-safety-md-danger-statement-safety-goal-worries-working-well-scaling-then-family-safety-plan-in-first-person-we-bullets-and-professional-bullets",
    "description": (
        "Signs of Safety child protection plan for a 9-year-old and a 2-year-old (father's weekend "
        "drinking, arguments and one assault on the mother). Danger statement, safety goal, worries and "
        "what's working well, scaling, the children's words, then a safety plan "
        "written in the parents' own voice ('we', defined at the top as Shannon and Lee) and the "
        "professionals' part. Timescales as 'each Saturday and Sunday at 5pm', 'from now until the "
        "review', 'by half term', 'every Monday'; measures as breath-test photos kept by Nan, the nursery "
        "register, 'Kai will be able to tell Mr Dunne'. The recovery service reports on change; Nan's "
        "part has a fallback; dates and legal step set. Exemplary."
    ),
    "text": """\
# Our Family Safety Plan – Kai and Ellie-May McBride

**Dellingford City Council · Children's Services · Signs of Safety child protection plan**

Agreed at the initial child protection conference on Wednesday 17 September 2025 and
written up with Shannon and Lee on 19 September. The safety plan is in their words.
**In this plan "we" means Shannon and Lee, Kai and Ellie-May's mum and dad.**

**Children:** Kai McBride (9), Year 5, St Wilfrid's Primary; Ellie-May McBride (2), Little Owls
Nursery (Monday, Tuesday and Thursday mornings)
**Parents:** Shannon McBride (31) and Lee McBride (34), 41 Ferrier Close, Dellingford
**Family network:** Pauline McBride ("Nan", Lee's mum), 3 Ferrier Close; Kerry Dodds
(Shannon's sister), Ashgrove Road, Dellingford
**Social worker:** Sian Abbott, Dellingford Family Safeguarding Team (North)
**Category:** Emotional abuse

## Danger statement

Professionals are worried that when Lee drinks at weekends he and Shannon argue, and
that Kai and Ellie-May could be hurt or frightened, as on 30 August when Lee pushed
Shannon against the kitchen door while Ellie-May was in her highchair and Kai rang his
Nan. If nothing changes, Kai could keep spending his weekends scared and on guard, and
Ellie-May could be hurt in the middle of a fight.

## Safety goal

Kai and Ellie-May live at home with Mum and Dad, are always looked after by an adult
who is sober, and never see or hear fighting. Kai says he feels safe at home (7 or more
out of 10) and Ellie-May goes to nursery happy and settled.

## What are we worried about?

- Lee drinks six to ten cans on Friday and Saturday nights. Police came to the house on
  30 August and on 13 July, both after he had been drinking.
- Kai has been ringing Nan when his parents argue and hides in his wardrobe.
- Ellie-May has been waking and screaming at night since August.

## What's working well?

- Shannon does not drink and has looked after the children sober throughout.
- Nan lives three doors away and the children love being at her house.
- Lee has not had a drink on a weekday since he started with the Dellingford Recovery
  Service on 8 September, and his breath tests there have been clear.
- Kai gets on well with Mr Dunne, his class teacher, and tells him when things are bad.

## Scaling

On a scale of 0 (the children will be harmed again) to 10 (the children are safe enough
for the plan to end): Sian 4, Shannon 7, Lee 6, Nan 5, Mr Dunne 4.

## What Kai and Ellie-May have told and shown us

Kai did his Three Houses with Sian at school on 15 September. House of worries: "Dad
shouting when he's had his cans and Mum crying." House of good things: "Nan's house,
football, when Dad takes me fishing." House of dreams: "Dad never drinks and we have a
dog." Kai said: "I want Dad to live with us but not if he's drunk." He put home at 4.

Ellie-May is 2. At nursery she plays happily in the home corner but cries when a door
bangs. At home visits she runs to Lee when he comes in and holds his leg; Shannon says
she wakes screaming on the nights after an argument.

## Our safety plan – who does what

What we, Shannon and Lee, will do:

- We will not drink any alcohol while we are looking after Kai and Ellie-May. Lee will blow into the breathalyser each Saturday and Sunday at 5pm and send Nan the photo, and Nan keeps the photos for Sian to see at her visits.
- If Lee has had a drink after 5pm on a Friday or Saturday, he will sleep at Nan's that night; Shannon will text Nan by 9pm each Friday and Saturday to say which it is, and Nan writes it in the safety diary.
- We will get Ellie-May to Little Owls Nursery on her three mornings; the nursery register will show her in by 9.30am.
- We will sit down with Sian and go through the words and pictures story with Kai by the first core group (1 October), and afterwards Kai will be able to tell Mr Dunne who he rings if Dad has been drinking.

What Nan will do:

- Nan (Pauline McBride) will have Kai and Ellie-May for tea each Saturday, bring them home by 7pm and write in the safety diary how they were.

What the professionals will do:

- Sian Abbott (social worker) will visit every week from now until the review, see Kai on his own and Ellie-May awake, read the safety diary, and write down what Kai says in his own words.
- Jo Pryce, keyworker at Dellingford Recovery Service, will see Lee every Tuesday for alcohol work with a breath test, and write to Sian before each core group on whether Lee's drinking is changing and what that means for Kai and Ellie-May.
- Lee will go to the Recovery Service's Thursday evening group from 25 September, and the group register will show fewer than two missed sessions in the month.
- Mr Dunne, St Wilfrid's Primary, will have a check-in with Kai every Monday morning about his weekend, write it in the class safeguarding log, and tell Sian the same day if anything worries him.
- Carla Moon (health visitor) will do Ellie-May's 2-year review at home by half term (24 October) and share the scores and her sleep advice with Sian, Shannon and the nursery.

## If our plan doesn't work

- If Lee drinks while he is looking after the children, does not send the 5pm photo, or Kai tells anyone Dad has been drinking, Shannon will take Kai and Ellie-May to Nan's that night and Lee will not come back until he is sober. Sian (or the emergency duty team out of hours) will hold a strategy discussion the same day.
- If Nan cannot have the children (she is ill, away or Lee is at her house), they will go to Auntie Kerry's on Ashgrove Road; if neither Nan nor Kerry can have them, Sian will arrange a foster placement that day.
- If there is any violence, Shannon will ring 999.
- If Lee drinks while caring for the children twice before the review, or misses three Recovery Service sessions in a month, Sian will ask her team manager for a legal planning meeting within 5 working days.

## Meetings

- Core group every 3 weeks, 3.30pm at St Wilfrid's Primary: Wednesday 1 October, 22 October and 12 November 2025.
- Review child protection conference: Wednesday 10 December 2025, 10am, Dellingford Civic Offices.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Actions grouped under per-person headings ("What Jade will do", "What
#    school will do"...); good bullets beside ones that only look complete;
#    paged PDF with header and footer
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b79_drayscombe_per_person_headings_plan_bennett.pdf",
    "doc_title": "Child Protection Plan - Tyler and Poppy Bennett",
    "split": "tune",
    "actions": 15,
    "template": "icpc-plan-paged-pdf-actions-as-bullets-under-per-person-headings-what-jade-will-do-what-school-will-do",
    "description": (
        "Initial conference plan for a 7-year-old and an 18-month-old (domestic abuse by the father, who "
        "has moved out; mother's depression and anxiety under the CMHT). The plan is bullets under "
        "per-person headings ('What Jade will do', 'What Nan will do', 'What school will do'...). Good "
        "bullets ('every Saturday from 10am to 12 noon', 'Tyler will tell Miss Cole one good thing and "
        "one worry', 'the red book will show') sit beside ones that only look complete: 'continue to "
        "engage ... on an ongoing basis ... monitored' (T002, M002), an owner with no date (T001), "
        "'monitor his presentation' (M002), 'as needed' and 'asap' (T002), the CMHT only supporting "
        "(H001), two passive checks nobody owns (W001), an outcome about Jade only (F002), a contingency "
        "that leans on Nan with no fallback (C003) and no legal step (R002). Header and page footer."
    ),
    "header": "OFFICIAL-SENSITIVE · Drayscombe Council · Children's Services",
    "footer": "Tyler and Poppy Bennett – child protection plan – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("kv", [
            ("Children", "Tyler Bennett (7), Year 3, Drayscombe Vale Primary; Poppy Bennett (18 months), at "
                         "home"),
            ("Mother", "Jade Bennett (26), 7 Linnet Walk, Drayscombe – the children live with her"),
            ("Father", "Ricky Shaw (29), moved out on 21/08/2025 and now lives with a friend in Drayscombe"),
            ("Maternal grandmother", "Carol Bennett (52), 15 Pippin Road, Drayscombe"),
            ("Conference", "Initial child protection conference, Thursday 18/09/2025"),
            ("Category", "Emotional abuse"),
            ("Social worker", "Ryan Okafor, Drayscombe Children's Safeguarding Team"),
            ("Chair", "Helen Marchbank"),
        ]),
        ("h1", "Why there is a plan"),
        ("p", "Police were called to Linnet Walk three times between May and August 2025. On 20 August "
              "Ricky threw a mug at Jade while she was holding Poppy; it hit the wall beside them and Tyler "
              "saw it from the stairs. Ricky was arrested and agreed to move out. He has no history of drug "
              "or alcohol use. Jade has had depression and anxiety since Poppy was born and is open to the "
              "Drayscombe Community Mental Health Team; her GP prescribes sertraline. She finds it hard to "
              "leave the house, and Tyler has been late to school on 11 of the last 20 school days. Poppy "
              "missed her 12-month check."),
        ("h1", "What is going well"),
        ("bullets", [
            "Jade called the police herself on 20 August and has kept Ricky away from the house since.",
            "Carol sees the children most days and has offered to supervise Ricky's time with them.",
            "Tyler is doing well in reading and loves his after-school Lego club.",
        ]),
        ("h1", "What Tyler says and how Poppy is"),
        ("p", "Tyler (seen on his own at school on 15/09/2025): \"I don't like it when Dad throws things. I go "
              "upstairs and put my fingers in my ears.\" He said he misses his dad and wants to see him \"at "
              "Nan's, not at our house\". He worries about Mum \"being sad in bed\" and said the mornings are "
              "rushed and he gets told off at school for being late. He put home at 6 out of 10 and Nan's at "
              "10."),
        ("p", "Poppy is walking and says a few words (\"Mama\", \"Nana\", \"dog\"). On the SW's visits she "
              "played with her shape sorter, brought her cup to Jade when she was thirsty and went to Carol "
              "for a cuddle when a door slammed."),
        ("h1", "What we want for Tyler and Poppy"),
        ("bullets", [
            "Tyler gets to school on time every day and tells us he feels safe at home.",
            "Poppy keeps growing along her centile and her 18-month review is done.",
            "Tyler and Poppy see their dad only when Nan is there, and never see or hear violence again.",
            "Jade will feel less anxious and will be able to leave the house on her own.",
        ]),
        ("h1", "The plan: who will do what"),
        ("h2", "What Jade will do"),
        ("bullets", [
            "Jade will take Poppy to her 18-month review at Drayscombe Health Centre on 2 October and to "
            "every health appointment after that; the red book will show each check done.",
            "Jade will continue to engage with the Community Mental Health Team on an ongoing basis, and her "
            "engagement will be monitored.",
            "Jade will make sure Tyler gets to school on time every day; the school register will show him "
            "in by 8.55am.",
        ]),
        ("h2", "What Ricky will do"),
        ("bullets", [
            "Ricky will start the Drayscombe Choices programme for men who have been abusive to a partner, "
            "and the facilitator will send his attendance to Ryan.",
        ]),
        ("h2", "What Nan (Carol Bennett) will do"),
        ("bullets", [
            "Carol will supervise Ricky's contact with Tyler and Poppy at her house every Saturday from 10am "
            "to 12 noon, and write in the contact book how the children were before and after.",
        ]),
        ("h2", "What school will do"),
        ("bullets", [
            "Mrs Ahmed (DSL, Drayscombe Vale Primary) will check in with Tyler every Monday morning and "
            "monitor his presentation.",
            "Miss Cole (learning mentor) will see Tyler every Thursday afternoon for a feelings session; "
            "Tyler will tell Miss Cole one good thing and one worry from his week, and she will write both "
            "in the mentor log.",
        ]),
        ("h2", "What the health visitor will do"),
        ("bullets", [
            "HV Nadia Roberts will visit Poppy at home every two weeks and weigh her; the red book will show "
            "her weight staying on or above the 25th centile.",
        ]),
        ("h2", "What the social worker will do"),
        ("bullets", [
            "Ryan Okafor (SW) will visit every week until the review, see Tyler on his own and Poppy awake, "
            "and write down what Tyler says in his visit notes.",
            "Ryan will go through the plan with Jade as needed and write any changes onto the plan.",
            "Ryan will refer Tyler to Drayscombe Young Carers asap, and the service's acceptance letter will "
            "go on file.",
        ]),
        ("h2", "What the mental health team will do"),
        ("bullets", [
            "Lorna Blake, care coordinator at the Drayscombe Community Mental Health Team, will continue to "
            "support Jade with her low mood and anxiety at fortnightly appointments, recorded in the CMHT "
            "diary.",
        ]),
        ("h2", "Other"),
        ("bullets", [
            "A home safety check will be completed by 10 October, with stair gates and a fireguard seen in "
            "place.",
            "Home conditions will be checked at each visit and recorded on the visit notes.",
            "Drayscombe Police (Domestic Abuse Unit) will tell Ryan about any call-out to Jade's address "
            "within 24 hours, and Ryan will log each one on the children's file.",
        ]),
        ("h1", "If things go wrong"),
        ("p", "If Ricky comes to Linnet Walk, or contacts Jade or the children outside Saturday contact, Jade "
              "will ring 999 and Ryan (or the emergency duty team out of hours) will hold a strategy "
              "discussion the same day. Contact will stop until it has been risk assessed again."),
        ("p", "If Jade's mood drops so that she cannot get up to care for Poppy or get Tyler to school, Ryan "
              "will visit that day and ask the GP to see Jade the same day, and Tyler and Poppy will stay "
              "with Carol until Jade is well enough to care for them."),
        ("h1", "Core group and review"),
        ("p", "Core group every 4 weeks at Drayscombe Vale Primary, 3.30pm: Thursday 02/10/2025, 30/10/2025 "
              "and 27/11/2025. Review child protection conference: Thursday 11/12/2025, 10am, Drayscombe "
              "Council Offices."),
        ("p", "Plan written by Ryan Okafor (SW) and agreed with the chair on 19/09/2025."),
    ],
    "findings": [
        F("F002", "Jade will feel less anxious and will be able to leave the house on her own."),
        F("T002", "continue to engage with the Community Mental Health Team"),
        F("M002", "continue to engage with the Community Mental Health Team"),
        F("T001", "Ricky will start the Drayscombe Choices programme"),
        F("M002", "will check in with Tyler every Monday morning"),
        F("T002", "Ryan will go through the plan with Jade as needed"),
        F("T002", "Ryan will refer Tyler to Drayscombe Young Carers asap"),
        F("H001", "will continue to support Jade with her low mood"),
        F("W001", "A home safety check will be completed by 10 October"),
        F("W001", "Home conditions will be checked at each visit"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Review conference record with the plan carried forward in a RAG-rated
#    table; family about to move to another authority; paged landscape PDF
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b79_dulverholt_rcpc_rag_rated_plan_harris.pdf",
    "doc_title": "Review Child Protection Conference - Lacey and Jayden Harris",
    "split": "tune",
    "actions": 12,
    "template": "rcpc-record-paged-landscape-pdf-plan-carried-forward-in-rag-rated-table-no-action-lead-by-when-how-we-will-know-rag-progress",
    "description": (
        "First review conference record for a 12-year-old and a 5-year-old (father's heroin and crack use, "
        "on a methadone script; family moving to another authority in December). The plan is carried "
        "forward in a No. | Action | Lead | By when | How we will know | RAG | Progress table. Good rows "
        "('weekly until the transfer-in conference in Deepwick', a service with a named deputy, 'the "
        "school register will show fewer than two lates in the month') beside a parenting assessment put "
        "on hold until the case transfers and a family group conference handed to the receiving "
        "authority (X001), 'Ongoing' and 'Reviewed at core group' (T002, M002), an empty measure (M001), "
        "'Core group' as lead (W002), 'TBC' (T002), a dash as lead (W001), an outcome about the father "
        "only (F002), a contingency that only discusses (C002) and core groups 'to be arranged' (R001). "
        "The legal step is in the conference decision. Header and page footer."
    ),
    "header": "RESTRICTED · Dulverholt Borough Council · Safeguarding and Quality Assurance",
    "footer": "Review conference record – Harris – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "landscape": True,
    "blocks": [
        ("title", "Review Child Protection Conference – Record and Plan"),
        ("kv", [
            ("Children", "Lacey Harris (12), Year 8, Dulverholt Academy; Jayden Harris (5), Reception, Marlpit "
                         "Infant School"),
            ("Parents", "Stacey Harris (33) and Connor Harris (36), 19 Tanner's Row, Dulverholt"),
            ("Conference", "First review, Wednesday 19/11/2025, 10am, Dulverholt Town Hall"),
            ("Initial conference", "Wednesday 27/08/2025"),
            ("Category", "Neglect"),
            ("Social worker", "Hannah Frost, Dulverholt Children's Safeguarding Team"),
            ("Chair", "Michael Adeyemi, Independent Reviewing Officer"),
        ]),
        ("h2", "Attendance"),
        ("p", "Stacey Harris; Connor Harris; Hannah Frost (SW); Ben Osei (keyworker, Dulverholt Substance "
              "Misuse Service); Mrs Joanne Keane (school counsellor, Dulverholt Academy); Mr Paul Grady (DSL, "
              "Marlpit Infant School); Ama Boateng (school nurse). Apologies: Dr Kaur (GP), report received."),
        ("h2", "Progress since the initial conference"),
        ("p", "Connor has been on a methadone script since June and collects it daily from the chemist. Two of "
              "his urine screens in October were positive for cocaine; all his screens have been negative for "
              "heroin since September. Stacey has no history of mental health difficulties or drug use. The "
              "family have been offered a council house in Deepwick, near Stacey's work, and expect to move in "
              "the week of 8 December. Jayden's lateness has improved. Lacey still gets Jayden ready for school "
              "on the mornings Connor does not get up."),
        ("h2", "What Lacey and Jayden say"),
        ("p", "Lacey (seen on her own at school, 12/11/2025): \"Dad's better than he was in the summer, but some "
              "mornings he just won't wake up and I have to do Jayden's breakfast and his book bag.\" She wants "
              "to move to Deepwick \"because it's a fresh start\" but is worried about leaving her friends. She "
              "said she likes her sessions with Mrs Keane \"because she doesn't make me talk about stuff I "
              "don't want to\"."),
        ("p", "Jayden told Hannah he likes \"the big slide\" at school and that Lacey \"makes the best toast\". "
              "He showed Hannah his bedroom and the box where \"Daddy's medicine lives\"."),
        ("h2", "Decision"),
        ("p", "Conference agreed that Lacey and Jayden remain at risk of significant harm and that the child "
              "protection plan continues under the category of neglect until the receiving authority holds its "
              "transfer-in conference. The chair asked Hannah to request a legal planning meeting if either of "
              "Connor's next two screens is positive for heroin or crack."),
        ("h2", "Outcomes agreed at the initial conference"),
        ("bullets", [
            "Lacey and Jayden are cared for by parents who are not using street drugs, and never see drugs or "
            "drug equipment at home.",
            "Jayden gets to school on time every day and his speech is checked.",
            "Lacey is a 12-year-old, not the one who gets Jayden up and ready.",
            "Connor will stop using heroin and crack.",
        ]),
        ("h2", "The plan, carried forward with its RAG rating at this review"),
        ("p", "RAG: G = on track; A = started but not yet showing the change needed; R = not started or off "
              "track."),
        ("table", {
            "header": ["No.", "Action", "Lead", "By when", "How we will know", "RAG", "Progress at review"],
            "widths": [1.2, 5.6, 3.8, 3.6, 4.8, 1.5, 5.2],
            "rows": [
                ["1", "See Lacey and Jayden at home, Lacey on her own, and check the bedrooms and the locked "
                      "methadone box",
                 "SW Hannah Frost", "Weekly until the transfer-in conference in Deepwick",
                 "Visit notes record what Lacey says and that the box was locked", "G",
                 "Seen 12 times since the ICPC; the box was locked at every visit"],
                ["2", "Parenting assessment of Stacey and Connor",
                 "SW Hannah Frost", "On hold until the case transfers to Deepwick",
                 "Assessment report shared with the core group", "R",
                 "Not started"],
                ["3", "Methadone script, supervised consumption and urine screens for Connor, with a written "
                      "report on whether he is staying off heroin and crack and what this means for Lacey and "
                      "Jayden",
                 "Ben Osei, keyworker, Dulverholt Substance Misuse Service",
                 "Screens weekly; report before each core group",
                 "Screen results and the written report sent to the SW", "A",
                 "Two screens positive for cocaine in October; reports received for both core groups"],
                ["4", "Connor to attend all his appointments with the substance misuse service",
                 "Connor Harris", "Ongoing", "Reviewed at core group", "A",
                 "Missed 3 of 12 since the ICPC"],
                ["5", "Counselling for Lacey about her worries at home and the move",
                 "Dulverholt Academy (Mrs Keane, school counsellor)", "Every Wednesday in term time",
                 "Lacey will tell the SW whether the sessions help; Mrs Keane sends a summary to the SW each "
                 "half term", "G",
                 "Lacey has been to 9 of 10 sessions"],
                ["6", "Young carer's assessment for Lacey",
                 "Dulverholt Young Carers (Priya Nandra; deputy Tom Ellis)",
                 "By 12/12/2025 (the half-term date was missed)", "", "R",
                 "Referral accepted on 03/10/2025"],
                ["7", "Share information about the family's move with Deepwick Children's Services",
                 "Core group", "Before the move (due w/c 08/12/2025)",
                 "Transfer summary sent, with a copy on file", "A",
                 "Deepwick have been told of the move by phone"],
                ["8", "Health review for Jayden and a referral to the community paediatrician about his "
                      "speech",
                 "School nurse Ama Boateng, Dulverholt 5-19 Service", "TBC",
                 "Referral letter on file and the appointment date given to Stacey", "R",
                 "Not yet done"],
                ["9", "Take Jayden to school every day",
                 "Stacey Harris", "Every school day",
                 "The school register will show fewer than two lates in the month", "G",
                 "Late 4 times in October, once so far in November"],
                ["10", "Check there is food in the house and the gas and electric are on",
                 "–", "At every home visit", "Recorded on the visit notes", "G",
                 "Food seen at every visit"],
                ["11", "Family group conference to find who in the wider family can help Stacey with the "
                       "children",
                 "Deepwick Children's Services, once the case has transferred", "After the transfer",
                 "Family group conference plan shared with the core group", "R",
                 "Not started"],
                ["12", "Keep the methadone in the locked box and show it to the SW at each visit",
                 "Connor Harris", "Every day", "The SW will see the box locked at each visit", "G",
                 "Box locked at every visit"],
            ],
        }),
        ("h2", "Contingency"),
        ("p", "If there are further concerns about drug use or about the children's care, the core group will "
              "meet to discuss next steps and the plan will be reviewed."),
        ("h2", "Next meetings"),
        ("p", "Core groups: to be arranged with Deepwick after the move. Next review child protection "
              "conference: Wednesday 18/02/2026, 10am, Dulverholt Town Hall, if the case has not transferred "
              "by then."),
        ("p", "Record approved by the chair, Michael Adeyemi, on 21/11/2025."),
    ],
    "findings": [
        F("F002", "Connor will stop using heroin and crack."),
        F("X001", "Parenting assessment of Stacey and Connor"),
        F("T002", "Connor to attend all his appointments with the substance misuse service"),
        F("M002", "Connor to attend all his appointments with the substance misuse service"),
        F("M001", "Young carer's assessment for Lacey"),
        F("W002", "Share information about the family's move with Deepwick"),
        F("T002", "Health review for Jayden and a referral to the community paediatrician"),
        F("W001", "Check there is food in the house and the gas"),
        F("X001", "Family group conference to find who in the wider family"),
        F("C002"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Looked-after baby's care plan (s20) that also carries the child
#    protection plan; baby on the children's ward; Area column merged down
#    (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b79_dennerby_lac_care_plan_baby_on_ward_doyle.docx",
    "doc_title": "Care Plan and Child Protection Plan - Archie Doyle",
    "split": "tune",
    "actions": 13,
    "template": "lac-care-plan-docx-kv-legal-status-permanence-then-area-what-who-by-when-how-we-will-know-table-area-merged-down",
    "description": (
        "Care plan for a 5-month-old accommodated under section 20 who also stays on a child protection "
        "plan (mother's heroin and crack use, overdose with the baby in the flat). He is on the children's "
        "ward with bronchiolitis. Area | What will be done | Who | By when | How we will know table with "
        "the Area column merged down (four real Word vertical merges). Nobody is set to visit him on the "
        "ward at a stated frequency: the foster carer visits 'when she can', statutory visits restart at "
        "discharge and contact is paused (L001). Kayleigh's drug use and low mood are hers alone to "
        "sort out (F004). Also 'When she can' and 'Ongoing' (T002), 'Monitored' (M002), no date for the "
        "GP (T001), an assessment with no one to do it (W001) and a viability assessment with no output "
        "(M001). Contingency, legal step and meetings are set."
    ),
    "check_vmerge": 4,
    "blocks": [
        ("title", "Care Plan and Child Protection Plan"),
        ("p", "Dennerby City Council · Children in Care and Safeguarding · Infant Team"),
        ("kv", [
            ("Child", "Archie Doyle, born 12/05/2025 (5 months)"),
            ("Legal status", "Looked after, accommodated under section 20 since 29/08/2025 with Kayleigh's "
                             "agreement; subject to a child protection plan (category: neglect) since the "
                             "initial conference on 21/08/2025"),
            ("Placement", "Lorraine and Paul Blake, Dennerby foster carers, 6 Brookfield Crescent, Dennerby"),
            ("Where Archie is now", "Puffin Ward (children's ward), Dennerby Royal Infirmary, since 02/10/2025, "
                                    "with bronchiolitis; on high-flow oxygen and tube feeds; the ward expect him "
                                    "to stay at least another week"),
            ("Mother", "Kayleigh Doyle (20), 14 Marsh Court, Dennerby"),
            ("Father", "Dylan Marsh (22), named on the birth certificate; has not replied to the SW's letters"),
            ("Social worker", "Megan Hale, Infant Team"),
            ("IRO", "Simon Achterberg"),
            ("Plan updated", "Wednesday 08/10/2025"),
        ]),
        ("h1", "Why Archie is looked after"),
        ("p", "On 27/08/2025 paramedics found Kayleigh unresponsive in her flat after using heroin and crack "
              "cocaine, with Archie alone in his cot; he had not been fed or changed for several hours. "
              "Kayleigh was treated with naloxone and has since said she has used heroin on and off since "
              "she was 16 and that her mood has been very low since Archie was born. She agreed to Archie "
              "being looked after while she gets help. She has not yet started any treatment."),
        ("h1", "Archie's days"),
        ("p", "Lorraine says that before he went into hospital Archie had settled well: he smiled and "
              "babbled at her in the mornings, fed well from his bottle and slept best on his back with his "
              "knitted rabbit. At contact he turns towards Kayleigh's voice and quietens when she sings to "
              "him. The ward nurses told Megan on 07/10/2025 that he is fretful at night, pulls at his oxygen "
              "tubes and settles when he is held upright."),
        ("h1", "What we want for Archie"),
        ("bullets", [
            "Archie gets well, leaves hospital and goes back to the Blakes, where he is fed, warm and settled.",
            "Archie has a permanent home by his first birthday: with Kayleigh if she can stay off drugs and "
            "care for him safely, or with family or another permanent carer if she cannot.",
            "Archie keeps his bond with his mum through regular, safe contact.",
        ]),
        ("h1", "Plan for permanence"),
        ("p", "The plan is for Archie to return to Kayleigh's care if the parenting assessment is positive. "
              "The parallel plan is for Archie to live with his great-aunt, Tina Doyle, if she is assessed as "
              "able to care for him, or otherwise to be placed for adoption."),
        ("h1", "Care plan actions"),
        ("table", {
            "header": ["Area", "What will be done", "Who", "By when", "How we will know"],
            "widths": [2.2, 5.6, 3.4, 2.8, 3.0],
            "rows": [
                ["Health",
                 "Liaise with Puffin Ward about Archie's treatment and agree his discharge plan with the "
                 "ward and the foster carers",
                 "SW Megan Hale", "Before discharge",
                 "Written discharge plan on Archie's file, copied to the foster carers and the IRO"],
                [V,
                 "Initial health assessment for a child in care (postponed by the admission)",
                 "Dr Imran Shah, designated doctor for looked after children", "Within 2 weeks of discharge",
                 "Health assessment report on file and shared with the IRO and the foster carers"],
                [V,
                 "Foster carer to visit Archie on the ward",
                 "Lorraine Blake (foster carer)", "When she can",
                 "Visits noted in the foster carer's log"],
                [V,
                 "Monitor Archie's weight and feeding after discharge",
                 "HV Sunita Rao", "Weekly for 6 weeks after discharge",
                 "Monitored"],
                ["Placement and day-to-day care",
                 "Keep a daily diary of Archie's feeds, sleep and health, and of how he is before and after "
                 "contact",
                 "Lorraine Blake", "Every day Archie is at home with the Blakes",
                 "Diary read by the SW at each statutory visit and shared with the IRO"],
                [V,
                 "Statutory visits to Archie at the foster home, restarting once he is discharged",
                 "SW Megan Hale", "Every 6 weeks from discharge",
                 "Visit record on Archie's file, with what the SW saw of him"],
                [V,
                 "Life story work and a memory box for Archie",
                 "Lorraine Blake, with SW Megan Hale", "Ongoing",
                 "Memory box seen at statutory visits"],
                ["Contact",
                 "Supervised contact for Kayleigh and Archie at Dennerby Family Centre (paused while Archie "
                 "is in hospital)",
                 "Contact worker Sadie Moss", "Monday, Wednesday and Friday, 10-11.30am",
                 "Contact recording sent to the SW within 2 working days"],
                ["Kayleigh",
                 "Kayleigh to attend Dennerby Drug and Alcohol Service and give urine screens",
                 "Kayleigh Doyle", "Weekly",
                 "Kayleigh brings her screen result letter to contact each Friday"],
                [V,
                 "Kayleigh to see her GP about her low mood",
                 "Kayleigh Doyle", "",
                 "GP letter seen by the SW"],
                [V,
                 "Parenting assessment of Kayleigh, to be commissioned from an independent assessor",
                 "", "By 14/11/2025",
                 "Assessment report sent to the IRO and legal services"],
                ["Family and legal",
                 "Viability assessment of Archie's great-aunt, Tina Doyle, as a possible carer",
                 "SW Megan Hale", "By the LAC review (27/11/2025)",
                 ""],
                [V,
                 "Legal planning meeting to decide whether to start pre-proceedings (PLO)",
                 "SW Megan Hale and team manager Jon Price", "By 31/10/2025",
                 "Minutes on file; letter before proceedings sent to Kayleigh if agreed"],
            ],
        }),
        ("h1", "Contingency"),
        ("p", "If Kayleigh has a screen positive for heroin or crack, or misses two contacts in a row, her "
              "contact will drop to twice a week and the SW will request a legal planning meeting within 5 "
              "working days. If Lorraine and Paul cannot care for Archie when he is discharged (Paul has an "
              "operation booked for November), Archie will move to Mr and Mrs Okonjo, foster carers who have "
              "already met him, on the day he leaves hospital."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every 3 weeks at Dennerby Family Centre, 2pm: Wednesday 15/10/2025 and Wednesday "
            "05/11/2025.",
            "Review child protection conference: Thursday 13/11/2025, 10am, Dennerby Civic Centre.",
            "Looked after child review (IRO Simon Achterberg): Thursday 27/11/2025, 2pm, at the Blakes' home.",
        ]),
        ("p", "Care plan written by Megan Hale (SW) and agreed with team manager Jon Price on 08/10/2025."),
    ],
    "findings": [
        F("T002", "Foster carer to visit Archie on the ward"),
        F("M002", "Monitor Archie's weight and feeding after discharge"),
        F("T002", "Life story work and a memory box for Archie"),
        F("T001", "Kayleigh to see her GP about her low mood"),
        F("W001", "Parenting assessment of Kayleigh, to be commissioned from"),
        F("M001", "Viability assessment of Archie's great-aunt, Tina Doyle"),
        F("L001"),
        F("F004"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Case-system print of a first core group record: numbered actions, most
#    with no time at all; built around mum's needs; no outcomes, no
#    contingency, Reece's views "not obtained" (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b79_daskett_core_group_record_print_walsh.txt",
    "split": "tune",
    "actions": 11,
    "template": "core-group-1-record-case-system-print-txt-upper-case-sections-numbered-one-line-actions",
    "description": (
        "Case-system print of a first core group record for a 14-year-old (mother's alcohol dependence and "
        "depression). Eleven numbered one-line actions: six are about Donna's own drinking, mood, "
        "housing and confidence with no link to Reece (F001); three have no time at all (T001), Talking "
        "Therapies only treats (H001), keywork with no measure (M001), 'keep an eye on' (M002), 'All "
        "agencies ... as and when needed' (W002, T002, M001). No outcome for Reece (O001), his views "
        "'not obtained' (F003), no contingency although his uncle and nan carry part of the plan (C001, "
        "C003), and no legal step (R002). The alcohol service owning an action is the hard negative for "
        "F004; 'every other weekend', 'every evening', 'by the next core group' are real timescales."
    ),
    "text": """\
DASKETT METROPOLITAN COUNCIL          CHILDREN'S SERVICES          CareLink 5
CORE GROUP MEETING RECORD                          printed 02/10/2025 16:12
==========================================================================
CHILD ........... Reece WALSH   DOB 11/03/2011 (14)   CL-0773914
SCHOOL .......... Daskett High School, Year 10
ADDRESS ......... 3 Coopers Yard, Daskett
MOTHER .......... Donna WALSH (38)
FAMILY .......... Irene WALSH (66), maternal grandmother, Elm Row, Daskett
                  Gary WALSH (41), maternal uncle, Stanton Drive, Daskett
PLAN ............ Child protection plan since ICPC 17/09/2025 - Neglect
MEETING ......... Core group 1, Wednesday 01/10/2025, 3.30pm, Daskett High
KEY SW .......... Leanne Dwyer, Daskett North Safeguarding Team

PRESENT
  Donna Walsh; Leanne Dwyer (SW); Mr Colin Ashby (DSL, Daskett High
  School); Shaun Pike (keyworker, Daskett Alcohol Service); Irene Walsh.
  Apologies: Daskett Talking Therapies; Dr Rahman (GP).

BACKGROUND
  Donna's drinking has increased since her partner Wayne Price left in
  July. Police attended twice in August when Donna was heavily
  intoxicated and there was shouting in the street. On 02/09/2025 Donna
  was admitted to Daskett General with alcohol poisoning. She has been
  diagnosed with depression and is prescribed citalopram by her GP.
  Reece's attendance this term is 78%. On the SW's visit of 24/09/2025
  there was very little food in the house.

UPDATES SINCE CONFERENCE
  SW visited 24/09/2025 and 29/09/2025. Donna has been assessed by the
  Alcohol Service (first appointment 26/09/2025). School reported two
  lates last week. Irene has been calling round most evenings.

REECE'S VIEWS
  Not obtained before the meeting - Reece was at school.

ACTIONS AGREED
   1. Donna to attend the Daskett Alcohol Service for keywork sessions.
   2. Daskett Alcohol Service (keyworker Shaun Pike) to offer Donna a
      detox assessment by the next core group and send the outcome to
      the SW.
   3. Donna to see her GP about her depression and her medication; GP
      letter to the SW.
   4. Daskett Talking Therapies to provide Donna with CBT for her low
      mood, weekly for 8 weeks, and send the SW her attendance.
   5. SW to help Donna apply for a housing transfer away from Wayne by
      31/10/2025; letter of application on file.
   6. Donna to go to the drop-in at Daskett Women's Centre every Thursday
      morning for support with her confidence; the drop-in register will
      show she attended.
   7. Uncle Gary Walsh to have Reece to stay every other weekend, Friday
      to Sunday, and tell the SW how the weekend went.
   8. Nan (Irene Walsh) to call in on Donna and Reece every evening to
      check Donna is sober, and note it on the calendar the SW checks.
   9. Daskett High School to keep an eye on Reece.
  10. All agencies to share information as and when needed.
  11. SW to visit Reece at home every two weeks and see him on his own,
      recording what he says.

NEXT MEETINGS
  Core group every 4 weeks at Daskett High School, 3.30pm: next on
  Wednesday 29/10/2025, then Wednesday 26/11/2025.
  Review child protection conference: Wednesday 10/12/2025, 10am, Daskett
  Civic Hall.
==========================================================================
END OF RECORD
""",
    "findings": [
        F("T001", "Donna to attend the Daskett Alcohol Service for keywork"),
        F("M001", "Donna to attend the Daskett Alcohol Service for keywork"),
        F("T001", "Donna to see her GP about her depression"),
        F("H001", "Daskett Talking Therapies to provide Donna with CBT"),
        F("T001", "Daskett High School to keep an eye on Reece."),
        F("M002", "Daskett High School to keep an eye on Reece."),
        F("W002", "All agencies to share information as and when needed."),
        F("T002", "All agencies to share information as and when needed."),
        F("M001", "All agencies to share information as and when needed."),
        F("F001"),
        F("O001"),
        F("F003"),
        F("C001"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Same look as plan 1 (landscape table, theme rows merged across), but
#    rows that only look complete; mum's anxiety and depression under the
#    CMHT (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b79_darrowfield_landscape_theme_rows_plan_harper.docx",
    "doc_title": "Child Protection Plan - Alfie and Mia Harper",
    "split": "tune",
    "actions": 13,
    "template": "icpc-plan-docx-landscape-what-who-when-how-we-will-know-table-with-horizontally-merged-theme-rows",
    "description": (
        "Initial conference plan for a 7-week-old and a 4-year-old (mother's anxiety and depression under "
        "the CMHT, baby dropping centiles and found asleep with her on the sofa). The same landscape "
        "table with merged theme rows as the exemplary Dunmarrow plan, but with rows that only look "
        "complete: 'ASAP' and 'As needed' (T002), 'Monitor ... Monitored' (M002), the CMHT's CPN only "
        "supporting (H001, beside a psychiatrist's row that asks about change), 'continue to engage ... "
        "Ongoing ... Engagement' (T002, M002), 'All professionals' (W002), an empty measure (M001), a "
        "dated referral with no one to make it (W001), an outcome about mum only (F002), and a "
        "contingency that only reviews, does not cover the aunt's help failing and has no legal step "
        "(C002, C003, R002). Hard negatives: 'Mum and Auntie Jess together', 'Weekly, ongoing', 'the "
        "nursery register will show'."
    ),
    "landscape": True,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Darrowfield District Council · Children and Families · Safeguarding Team West"),
        ("kv", [
            ("Children", "Alfie Harper, born 29/07/2025 (7 weeks old); Mia Harper (4), Sunny Days Nursery, "
                         "Monday, Wednesday and Friday"),
            ("Mother", "Chloe Harper (24), 5 Wren Court, Darrowfield"),
            ("Father", "Kieran Lowe (27), left the family in June and has not seen the children since"),
            ("Maternal aunt", "Jess Harper (29), Fieldgate Road, Darrowfield"),
            ("Conference", "Initial child protection conference, Tuesday 16/09/2025"),
            ("Category", "Neglect"),
            ("Social worker", "Owen Marsh, Safeguarding Team West"),
            ("Chair", "Priya Lakhani"),
        ]),
        ("h1", "Why Alfie and Mia need a plan"),
        ("p", "Chloe has had anxiety and depression since her teens and has been open to the Darrowfield "
              "Community Mental Health Team since July. Since Alfie was born she has slept very little and "
              "has stopped going out. Alfie's weight has dropped from the 50th to the 9th centile. On "
              "5 September the HV found Chloe and Alfie asleep together on the sofa at 11am and Mia eating "
              "dry cereal from the box. Mia has missed 9 of her last 15 nursery sessions. There are no "
              "concerns about alcohol or drug use."),
        ("h1", "What is going well"),
        ("bullets", [
            "Chloe asked the HV for help herself and agreed to every part of this plan.",
            "Jess lives ten minutes away and has been staying over at weekends since Alfie was born.",
            "Mia is happy and confident at nursery when she gets there.",
        ]),
        ("h1", "How Alfie and Mia are"),
        ("p", "Mia told her keyworker, Lola, that \"Mummy is tired all the time\" and that she likes it when "
              "Auntie Jess comes \"because she does pancakes\". She says she wants to go to nursery \"every "
              "day, not just some days\". Alfie is 7 weeks old. On visits he was alert and watched Chloe's "
              "face while feeding, but he was often due a feed, and on 5 September his nappy had not been "
              "changed since the night before."),
        ("h1", "What we want for Alfie and Mia"),
        ("bullets", [
            "Alfie is fed on time, climbs back towards his birth centile and sleeps on his back in his own "
            "Moses basket or cot.",
            "Mia goes to nursery on all her days and has breakfast before she goes.",
            "Alfie and Mia are cared for by a mum whose mood is steady enough to get up, feed them and get "
            "Mia to nursery.",
            "Chloe's mental health will improve and she will engage with services.",
        ]),
        ("h1", "Action plan"),
        ("table", {
            "header": ["What needs to happen", "Who", "When", "How we will know"],
            "widths": [8.4, 5.6, 5.2, 6.5],
            "rows": [
                ["1. Alfie's feeding, weight and sleep", H, H, H],
                ["Weigh Alfie, watch a feed and check where he sleeps",
                 "HV Gemma Tull, Darrowfield Health Visiting",
                 "At every home visit (weekly until the review)",
                 "Weight plotted in the red book, staying on or above the 9th centile"],
                ["Safe sleep advice and a Moses basket for downstairs, so Alfie is not put down on the sofa",
                 "HV Gemma Tull", "ASAP",
                 "Moses basket seen in the living room"],
                ["Stay over to help with Alfie's night feeds so that Chloe can sleep",
                 "Jess Harper (maternal aunt)",
                 "Each Friday and Saturday night until the review",
                 "Jess signs the feed chart for the feeds she gives"],
                ["2. Mia's nursery and her days", H, H, H],
                ["Take Mia to nursery on her three days",
                 "Mum and Auntie Jess together (Chloe Harper and Jess Harper)",
                 "Every Monday, Wednesday and Friday",
                 "The nursery register will show Mia in by 9.15am on at least 9 days out of 10"],
                ["Monitor Mia's presentation at nursery and share any concerns with the SW",
                 "Sunny Days Nursery (keyworker Lola Grant)", "Every session",
                 "Monitored"],
                ["Review whether Mia needs a speech and language referral",
                 "HV Gemma Tull", "As needed",
                 "Referral letter on file if she does"],
                ["3. Mum's mental health and what it means for the children", H, H, H],
                ["Continue to support Chloe with her anxiety and low mood",
                 "Darrowfield Community Mental Health Team (CPN Raj Dhillon)", "Fortnightly",
                 "Chloe attends her appointments (CMHT diary)"],
                ["Psychiatric review, with a written opinion on whether Chloe can make the changes needed to "
                 "care for Alfie and Mia, and how long that would take",
                 "Dr Aisling Varga, consultant psychiatrist, Darrowfield CMHT",
                 "By the core group on 28/10/2025",
                 "Written opinion sent to the SW and shared with the core group"],
                ["Chloe to continue to engage with her GP and take her medication",
                 "Chloe Harper", "Ongoing", "Engagement"],
                ["4. Seeing the children and keeping them safe", H, H, H],
                ["Unannounced home visits to see Alfie and Mia, and where Alfie sleeps",
                 "SW Owen Marsh", "Weekly, ongoing",
                 "The SW will see both children awake; visit notes record what Mia says"],
                ["Share any concern about the children's care the same day",
                 "All professionals", "Same day",
                 "Each concern logged on the children's file by the SW"],
                ["Complete a parenting assessment of Chloe",
                 "SW Owen Marsh", "By 21/11/2025", ""],
                ["Referral to Darrowfield Home-Start for a volunteer to help Chloe with the children in the "
                 "daytime",
                 "", "By 26/09/2025",
                 "Volunteer's start date confirmed in writing"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If things do not improve, or there are further concerns about Alfie or Mia, the core group will "
              "meet to review the plan and consider next steps."),
        ("h1", "Core group and review"),
        ("p", "Core group every 4 weeks, 10am, Darrowfield Family Hub: Tuesday 30/09/2025, 28/10/2025 and "
              "25/11/2025. Review child protection conference: Tuesday 09/12/2025, 1.30pm, Darrowfield "
              "District Offices."),
        ("p", "Plan typed by Owen Marsh (SW) on 17/09/2025 and sent to Chloe and every agency named above."),
    ],
    "findings": [
        F("F002", "Chloe's mental health will improve and she will engage with services."),
        F("T002", "Safe sleep advice and a Moses basket for downstairs"),
        F("M002", "Monitor Mia's presentation at nursery and share any concerns"),
        F("T002", "Review whether Mia needs a speech and language referral"),
        F("H001", "Continue to support Chloe with her anxiety and low mood"),
        F("T002", "Chloe to continue to engage with her GP"),
        F("M002", "Chloe to continue to engage with her GP"),
        F("W002", "Share any concern about the children's care the same day"),
        F("M001", "Complete a parenting assessment of Chloe"),
        F("W001", "Referral to Darrowfield Home-Start for a volunteer"),
        F("C002"),
        F("C003"),
        F("R002"),
    ],
})
