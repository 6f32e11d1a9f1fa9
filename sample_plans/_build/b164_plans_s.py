"""Batch 164, letter s: seven fictional plans (tuning material, split "tune"), places beginning with "s".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: layouts that hide the actions (grids, boards, questions and forms),
each plan in a template and voice of its own:

1. an initial conference plan (neglect, mother's depression, grandfather
   doing school runs) as a landscape Word grid with one row per person or
   service and one column per four-week period, one job per box and "-"
   where a person has nothing in that period (docx, exemplary);
2. a core group "plan board" after an initial conference (baby and
   4-year-old, mother's postnatal depression, father's drinking,
   grandmother helping): Now / Next / Later / Keep going lanes, each lane
   heading giving the deadline, one checkbox card per job with the owner in
   its words and a "We'll see" line (md, faulty);
3. an initial conference plan (domestic abuse, father out of the home,
   aunt collecting from school) where every action is a numbered block of
   four bold questions - What needs to happen? Who will do it? By when? How
   will we know it has worked? - with the answers beneath, printed to PDF
   with a page header and footer (pdf, exemplary);
4. a review conference plan (mother with emotionally unstable personality
   disorder after an overdose, grandmother and relatives covering evenings
   and nights) in a council's Word template with one two-column form per
   action and tick boxes for the area and how often (docx, faulty);
5. a Signs of Safety plan (physical abuse by the mother's partner, who uses
   cocaine; nan supervising) as a plain-text export: danger statements,
   safety goals, scaling, then numbered next steps under each goal (txt,
   faulty);
6. an initial conference plan for a 10-year-old young carer whose mother is
   on a methadone script, with the grown-ups' agreed action and, beside it
   in the same row, what it means for her in her own words (md, exemplary);
7. the social worker's letter to both parents after the initial conference
   for a 9-week-old with an unexplained bruise, what each person will do
   set out in one-sentence paragraphs under bold lines naming whose part it
   is, printed to PDF with a page footer (pdf, faulty).

Plans 1, 3 and 6 are exemplary: every action has one named owner, a real
timescale and something that can be seen or counted; outcomes are about the
children; each contingency names triggers and protective responses and says
what happens if relatives' help fails; legal planning follows named
triggers; core group dates and a review conference date are set; the
children's words or days are recorded; where a parent is ill or uses drugs
an adult service owns work, and every mental health or drug service is asked
for its view of the parent's capacity to change.

The others hold a few realistic faults among mostly sound actions:
- plan 2: the GP's medication review has no measure (M001); the recovery
  worker's assessment is measured by "engagement" (M002); a nursery place
  "will be found" by nobody (W001); the perinatal nurse only supports the
  mother, measured by her mood being "more stable" (H001, M002); a bedtime
  routine "when Hollie is ready" (T002, overriding its lane's date); the
  grandmother has the children "as and when" (T002); one outcome is only
  about the mother (F002); the children go to the grandmother in the
  contingency with nothing said if she cannot have them (C003);
- plan 4: the care co-ordinator only offers a skills group and support,
  measured by attendance (H001); the grandmother's evenings are ticked
  "[X] Other: ongoing" with no dates (T002); "Family network" leads the
  weekend nights (W002); the health visitor's monthly checks are "Monitored
  by HV" (M002); the young carers referral has no box ticked and no dates
  (T001); the GP's measure is "N/A" (M001); no fallback if the grandmother
  or relatives cannot do their part (C003);
- plan 5: the partner is to get help for his cocaine use "as soon as
  possible", measured by his feeling calmer (T002, M002); "the safety
  network" owns the rule that he is never alone with the children (W002);
  the class teacher will "keep an eye on" the boy, with no time (M002,
  T001); the cocaine use is recorded but no adult service owns a step
  (F004); the review conference date is "to be confirmed" (R001);
- plan 7: the mother goes to her perinatal appointments "as often as you
  can", with nothing to show it (T002, M001); the uncle has the baby "as
  and when" (T002); the perinatal nurse "will carry on supporting" the
  mother and "monitor" her mood (H001, M002); the infant feeding referral
  "will be made" by nobody (W001); the contingency only talks with the
  manager if worries grow (C002), says nothing about the grandmother being
  unable to supervise (C003), and there is no legal planning (R002).

Counting convention used for "actions" (README convention 1, and 12 and 13
for times and owners given once for a group): every live piece of work in
the action part counts once, whatever its layout. In plan 1 each grid box
with work in it is one action (its owner the row's, its time the column's
period unless the box gives its own); "-" boxes are not counted (17). In
plan 2 each card is one action, its lane heading its deadline unless the
card gives its own time (16). In plan 3 each numbered question block is one
action (14). In plan 4 each form is one action, read from its "What needs
to happen" field; the blank progress field is no fault (13). In plan 5 each
numbered next step is one action; the danger statements, goals, scaling and
contingency are not (13). In plan 6 each numbered row is one action, read
from the grown-ups' column only; Poppy's words beside it and her safety
card are her voice, not actions (12). In plan 7 each one-sentence paragraph
under "What each person will do" is one action; the bold lines naming whose
part it is are headings (15). Contingencies, meeting dates, views and
outcomes are never counted.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. Initial conference plan, neglect, mother's depression, grandfather
#    helping. Landscape Word grid: one row per person or service, one column
#    per four-week period, one piece of work per box ("-" where nothing is
#    due). Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b164_stubbledene_icpc_person_by_period_grid_harrower.docx",
    "doc_title": "Child Protection Plan - Kai and Esme Harrower",
    "split": "tune",
    "actions": 17,
    "landscape": True,
    "font_size": 9.5,
    "template": "icpc-plan-docx-landscape-details-kv-why-going-well-kais-three-houses-esmes-day-outcomes-then-person-by-period-grid-one-row-per-person-or-service-columns-weeks-1-4-5-8-9-12-one-job-per-box-with-well-see-line-dash-for-empty-boxes-then-if-things-go-wrong-meetings",
    "description": (
        "Exemplary initial conference plan for a 7-year-old and a 3-year-old living with their mother, "
        "whose depression has left them hungry, late or absent from school, with a cold, dirty home and "
        "the boy sent to the shop alone after dark; their grandfather does three school runs a week. "
        "The plan is a landscape Word grid with one row per person or service and one column per "
        "four-week period (weeks 1-4, 5-8 and 9-12 up to the review), each box one job with a 'We'll "
        "see' line and '-' where a person has nothing in that period. The community mental health "
        "nurse assesses and reports on the mother's capacity to change, the grandfather's help has a "
        "fallback, legal planning follows named triggers, core group and review dates are set, and the "
        "children's words and days are recorded."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Stubbledene Borough Council · Children's Services · Assessment and Safeguarding Team (North)"),
        ("kv", [
            ("Children", "Kai Harrower, born 14/05/2018 (7), Year 3 at Stubbledene Primary School; Esme "
                         "Harrower, born 02/10/2022 (3), Little Acorns Nursery (Monday, Tuesday and Thursday "
                         "mornings)"),
            ("Address", "41 Weaver Close, Stubbledene SB6 2LT"),
            ("Mother", "Jodie Harrower (28)"),
            ("Kai's father", "Daniel Pike, serving with the army in Cyprus; rings Kai every Sunday"),
            ("Esme's father", "Liam Frost; no contact with Esme since 2024, his views were asked for by "
                              "letter"),
            ("Grandfather", "Ray Harrower (61), Jodie's father, 22 Tanners Row, five minutes' walk away"),
            ("Aunt", "Nicola Harrower (33), Jodie's sister, Mill Hill, Stubbledene"),
            ("Category", "Neglect"),
            ("Conference", "Initial child protection conference, Tuesday 06/01/2026. Chair: Helen Akers "
                           "(independent chair)"),
            ("Social worker", "Aisha Rahman (team manager: Paul Grieve)"),
        ]),
        ("h1", "Why Kai and Esme have a plan"),
        ("p", "Jodie has had depression since 2023. She stopped her sertraline in the summer of 2025 without "
              "telling her GP, and by the autumn she was staying in bed most mornings. Kai's attendance for the "
              "autumn term was 79% (31 sessions missed), and on most days he was late and told staff he had not "
              "had breakfast. Esme missed two dental appointments and has tooth decay that needs treatment. On "
              "two home visits in December there was no food in the fridge, no bedding on Kai's bed and dog "
              "mess in the kitchen, and the heating was off."),
        ("p", "At 9.10pm on 12/12/2025 police found Kai, then seven, alone in the Spar on Weaver Road buying "
              "bread. He said Mum was asleep and Esme was hungry. Jodie was found asleep at home with Esme in "
              "the living room in a wet nappy."),
        ("h1", "What is going well"),
        ("bullets", [
            "Jodie loves her children and they love her; she is warm and gentle with them when she is well, "
            "and she told the conference she wants help.",
            "Jodie went back to her GP on 15/12/2025, restarted her sertraline and was referred to the "
            "Stubbledene Community Mental Health Team, who saw her on 30/12/2025.",
            "Ray has taken Kai to school on Mondays, Wednesdays and Fridays since 15/12/2025, and on those days "
            "Kai has been on time.",
            "Kai's reading is at the level expected for his age, and he is proud of it.",
        ]),
        ("h1", "What Kai says and what Esme's days are like"),
        ("p", "Kai drew his three houses with Aisha at school on 18/12/2025."),
        ("bullets", [
            "House of worries: \u201cWhen Mum stays in bed I get me and Esme cereal but sometimes there's no milk. "
            "I don't like going to the shop when it's dark.\u201d",
            "House of good things: \u201cGrandad's house, football, our dog Biscuit, reading my dinosaur book.\u201d",
            "House of dreams: \u201cMum gets up and walks me to school and we have tea at the table.\u201d",
        ]),
        ("p", "Esme is three and speaks in short phrases. At nursery she eats two helpings at snack time and "
              "asks staff \u201cmore?\u201d. She runs to Ray at the door and holds on to him. On the home visit of "
              "19/12/2025 she was in the same clothes as the day before and had a sore nappy rash; she brought "
              "Aisha a cereal box and said \u201cEsme hungry\u201d."),
        ("h1", "What we want for Kai and Esme"),
        ("numbers", [
            "Kai is in school and on time every day, with his attendance at 95% or more by the review, and he "
            "arrives having had breakfast.",
            "Esme's teeth are treated, her teeth are brushed morning and night, and she gets to nursery for "
            "all three of her mornings.",
            "Kai and Esme live in a warm, clean home with food in the cupboards and clean bedding on their "
            "beds.",
            "Kai and Esme are always cared for by an adult who is up and able to look after them; Kai is never "
            "left in charge of Esme or sent out alone after dark.",
        ]),
        ("h1", "The plan: who does what, and when"),
        ("p", "Read across a row to see what one person has agreed to do; read down a column to see everything "
              "due in that period. Each box with work in it is one job, and it is due by the end of its column's "
              "period unless the box says how often. \u201c\u2013\u201d means that person has nothing new in that "
              "period. \u201cWe'll see\u201d is how the core group will know the job has been done and is making a "
              "difference for Kai and Esme."),
        ("table", {
            "header": ["Who",
                       "Weeks 1-4\n06/01/2026 to 02/02/2026",
                       "Weeks 5-8\n03/02/2026 to 02/03/2026",
                       "Weeks 9-12\n03/03/2026 to 30/03/2026 (before the review)"],
            "widths": [3.5, 7.4, 7.4, 7.4],
            "bold_first_col": True,
            "rows": [
                ["Aisha Rahman\nSocial worker",
                 "Visit Kai and Esme at home every week until the review, one visit in two unannounced; see Kai "
                 "on his own and look at the fridge, the beds and the heating.\n"
                 "We'll see: a visit record for each week with Kai's own words and a note of food, bedding and "
                 "heating.",
                 "Hold a family network meeting with Jodie, Ray and Nicola to agree who steps in if Ray is ill "
                 "or away.\n"
                 "We'll see: a written network plan naming two back-up adults, signed by all three and copied "
                 "to the core group.",
                 "Complete the child and family assessment, with Kai's three houses and Esme's day at nursery in "
                 "it, and go through it with Jodie.\n"
                 "We'll see: the assessment shared with Jodie and with the core group on 17/03/2026."],
                ["Jodie Harrower\nMum",
                 "Get Kai to school by 8.45am and Esme to nursery on Tuesdays and Thursdays, and ring school or "
                 "nursery by 9am if either child is ill.\n"
                 "We'll see: Kai's attendance at 95% or more for weeks 1-4 on the school register, and every "
                 "nursery session kept or phoned in.",
                 "Go to the four Home Basics sessions at Stubbledene Family Hub (Wednesdays, 04/02/2026 to "
                 "25/02/2026) and use what she learns to keep the kitchen and bedrooms clean.\n"
                 "We'll see: at least three of the four sessions on the register, and the home conditions "
                 "checklist scoring 4 or more at Dean's visits.",
                 "Take Esme to each of her treatment appointments at Sandy Lane Dental Practice, and brush "
                 "Esme's teeth with her every morning and night.\n"
                 "We'll see: the dentist's letter saying the treatment is finished, and Esme's brushing chart "
                 "seen by Priya."],
                ["Ray Harrower\nGrandad",
                 "Take Kai to school and Esme to nursery on Monday, Wednesday and Friday mornings, and have both "
                 "children for tea at 22 Tanners Row every Thursday, until the review.\n"
                 "We'll see: Ray's name in the school and nursery signing-in books on those days, and Ray's "
                 "text to Aisha after each Thursday tea.",
                 "\u2013",
                 "\u2013"],
                ["Owen Birch\nCommunity psychiatric nurse, Stubbledene Community Mental Health Team",
                 "Assess Jodie's mental health at home, including how her low mood affects getting up, meals and "
                 "school mornings for Kai and Esme, and give a first view on whether she can make the changes they "
                 "need.\n"
                 "We'll see: the written assessment sent to Aisha by 02/02/2026.",
                 "See Jodie every two weeks for therapy and a medication check, and tell each core group whether "
                 "she is making the changes Kai and Esme need and how long that is likely to take.\n"
                 "We'll see: Owen's written update on the children's file before each core group.",
                 "Write a report for the review conference on Jodie's capacity to make and keep those changes, "
                 "and the likely timescale.\n"
                 "We'll see: the report with Aisha by 24/03/2026 and read with Jodie before the conference."],
                ["Karen Lyle\nDesignated safeguarding lead, Stubbledene Primary School",
                 "Check Kai in by 8.45am each day, give him breakfast club, note if he is hungry, tired or in "
                 "unwashed uniform, and ring Aisha the same day if he is absent with no call.\n"
                 "We'll see: a daily log sent to Aisha every Friday, with each same-day call written in it.",
                 "Set up a weekly session for Kai with the learning mentor, Tom Fenwick, using his worry book to "
                 "talk about home.\n"
                 "We'll see: Tom's note of each session with Kai's own words, sent to Aisha every Friday.",
                 "\u2013"],
                ["Priya Nandra\nHealth visitor, Stubbledene 0-19 Service",
                 "Do Esme's development review at home (ASQ-3), weigh her, look at her teeth, and book her first "
                 "appointment at Sandy Lane Dental Practice.\n"
                 "We'll see: the ASQ-3 scores, her weight and the dental appointment date in her red book and "
                 "sent to Aisha.",
                 "\u2013",
                 "Repeat the communication part of the ASQ-3 and, if Esme is still below the cut-off, refer her to "
                 "speech and language therapy.\n"
                 "We'll see: the new score on file, and the referral letter if one is needed."],
                ["Dean Whitlock\nFamily support worker, Stubbledene Family Hub",
                 "Visit Jodie at home on Tuesday and Friday mornings to set up a morning routine chart and a "
                 "weekly food shopping list with her.\n"
                 "We'll see: the routine chart on the fridge ticked each school day, and a shopping receipt seen "
                 "each week.",
                 "Score the home conditions checklist with Jodie at each of his visits.\n"
                 "We'll see: the scores on file, with every room at 4 or more by 02/03/2026.",
                 "Write a summary for the review conference of what has changed at home and what still needs "
                 "to.\n"
                 "We'll see: the summary with Aisha by 24/03/2026."],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Kai is found out alone after dark, if either child is left without an adult who is up and able "
              "to care for them, or if Jodie tells anyone she cannot cope or has thoughts of harming herself: Ray "
              "takes Kai and Esme to 22 Tanners Row that day, Owen arranges a same-day assessment by the crisis "
              "team, and Aisha (or the Emergency Duty Team out of hours) holds a strategy discussion with the "
              "police the same day."),
        ("p", "If Ray cannot do his mornings or have the children (he is ill, away, or it is too much for him), "
              "he rings Aisha that day and Nicola steps in for those days. If neither of them can, Dean does the "
              "school and nursery runs for up to two weeks while Aisha agrees new back-up adults with the "
              "family; if the children need looking after overnight and no one in the network can, Aisha "
              "arranges for Kai and Esme to stay together with Stubbledene foster carers that day."),
        ("p", "If the children are left without a safe adult again, if Kai's attendance is below 90% at the core "
              "group on 17/03/2026, or if Owen's report says Jodie cannot make the changes in the children's "
              "timescale, Aisha will ask Paul Grieve for a legal planning meeting within five working days to "
              "decide whether to start the Public Law Outline."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks at Stubbledene Primary School, Tuesdays at 3.30pm: 20/01/2026, "
            "17/02/2026 and 17/03/2026.",
            "Review child protection conference: Tuesday 31/03/2026, 10am, Stubbledene Civic Centre.",
            "Aisha brings Kai's words and what has been seen of Esme's days to every core group.",
        ]),
        ("p", "Plan agreed at the initial conference on 06/01/2026. Copies to Jodie, Ray, Nicola and everyone "
              "named in the grid."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Core group plan board after an initial conference: baby and 4-year-old,
#    mother's postnatal depression and anxiety, father's drinking, maternal
#    grandmother helping. Now / Next / Later / Keep going lanes, one card per
#    job, the owner inside the card's words. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b164_sparrowcote_now_next_later_board_cards_keeley.md",
    "split": "tune",
    "actions": 16,
    "template": "core-group-plan-board-md-details-table-who-is-who-why-worried-going-well-childrens-days-what-we-want-then-four-lanes-now-this-week-next-this-month-later-before-review-keep-going-each-with-deadline-heading-checkbox-cards-owner-inside-words-well-see-line-then-if-things-go-wrong-meetings",
    "description": (
        "Core group 'plan board' for a 5-month-old and a 4-year-old after an initial conference: their "
        "mother has postnatal depression and anxiety, their father drinks heavily at weekends and the "
        "police have been called to two arguments; the maternal grandmother helps at weekends. The "
        "actions are cards in four lanes (Now - this week; Next - this month; Later - before the "
        "review; Keep going - until the review), each lane heading giving the deadline, each card "
        "naming its owner in its words and ending with a 'We'll see' line. Most cards are sound. "
        "Faults: the GP's medication review has no measure; the recovery worker's assessment is "
        "measured by 'engagement'; a nursery place 'will be found' by nobody; the perinatal nurse only "
        "supports the mother, measured by her mood; the bedtime routine waits 'until Hollie is ready'; "
        "the grandmother has the children 'as and when'; one outcome is only about the mother; and the "
        "contingency sends the children to the grandmother with nothing said if she cannot have them."
    ),
    "text": """\
# Sparrowcote Council - Children's Services

## Child protection plan board: Jayden and Mila Keeley

*Agreed at the first core group, Monday 16 February 2026, 1.30pm, Sparrowcote Family Hub. This board is the
plan from the initial child protection conference on Thursday 5 February 2026, set out so that everyone can
see at a glance what is due now, next and later. Tick the box when a card is done and bring the board to
every core group.*

| | |
|---|---|
| **Children** | Jayden Keeley, born 22/06/2021 (4); Mila Keeley, born 04/09/2025 (5 months) |
| **Address** | 17 Linnet Way, Sparrowcote SP2 9RW |
| **Parents** | Hollie Brennan (24) and Shaun Keeley (27), both at home |
| **Category** | Neglect (chair: Denise Whitcombe) |
| **Social worker** | Laura Penrose (team manager: Marie Dunstan) |

## Who is who on the cards

- **Laura** - Laura Penrose, social worker, Sparrowcote Children's Services
- **Nadia** - Nadia Hussain, health visitor, Sparrowcote 0-19 Service
- **Becca** - Becca Lowe, perinatal mental health nurse, Sparrowcote Perinatal Mental Health Team
- **Aaron** - Aaron Pell, recovery worker, Sparrowcote Recovery Hub (alcohol service)
- **Dr Okafor** - Dr Chidi Okafor, GP, Meadow Lane Surgery
- **Sian** - Sian Roberts, family support worker, Sparrowcote Family Hub
- **Carol** - Carol Brennan, Hollie's mum ("Nana Carol"), Hillside Road, ten minutes away
- **Jordan** - Jordan Keeley, Shaun's brother, Kestrel Street

## Why we are worried

Hollie has had postnatal depression and anxiety since Mila was born. She has struggled to get up in the
mornings and there have been days when Mila's feeds were late and Jayden was still in his pyjamas at 2pm.
Mila dropped from the 50th to the 9th centile between her 8-week and 16-week checks. Shaun drinks heavily
from Friday night to Sunday. The police were called on 27/12/2025 and 18/01/2026 after loud arguments when
Shaun was drunk; on the second night Jayden was found on the stairs crying, and Shaun had been holding Mila
while drunk.

## What is going well

- Hollie and Shaun both came to the conference and agree that things need to change.
- Hollie has kept every appointment with Becca since December.
- Carol has had the children every Saturday afternoon since January and they are settled with her.
- Jayden is a chatty, funny boy who loves his trains, and Mila smiles and babbles at everyone.

## Jayden and Mila

Jayden told Laura, with his feelings cards, on 03/02/2026: "I don't like it when Daddy shouts. I go on the
stairs. Nana Carol's house is quiet and she does pancakes." He picked the "sad" card for "Mummy in bed" and
the "happy" card for "Nana".

Mila is five months old. Nadia saw on 29/01/2026 that she settles quickly when Hollie holds her close and
talks to her, but that she was left in her bouncer for most of a two-hour visit and her bottle was an hour
late. At the Saturday visits Carol says she feeds well and sleeps through.

## What we want for Jayden and Mila

1. Mila is fed on time, gains weight and is back on the 25th centile by the review.
2. Jayden and Mila are never cared for by an adult who is drunk, and they do not see or hear shouting.
3. Jayden is up, dressed and fed each morning, and goes to nursery for three mornings a week.
4. Hollie feels less anxious and more confident in herself as a mum.

## The board

Each card is one job. The lane heading says when it is due, unless the card gives its own time.
"We'll see" is how the core group will know the job is done.

### NOW - this week (by Friday 20/02/2026)

- [ ] **Laura** will see Jayden and Mila at home, see Jayden on his own with his feelings cards, and write a
  safety plan with Hollie, Shaun and Carol saying who looks after the children if Shaun has been drinking.
  *We'll see:* the safety plan signed by Hollie, Shaun and Carol, and copied to the core group.
- [ ] **Nadia** will weigh Mila at home and check her feeds, her bottles and where she sleeps.
  *We'll see:* Mila's weight plotted in her red book and emailed to Laura the same day.
- [ ] **Shaun** will take all the alcohol out of the house, and on any night he has been drinking he will
  stay at Jordan's. *We'll see:* no alcohol found on Laura's unannounced visits; Jordan texts Laura on the
  mornings after Shaun has stayed.
- [ ] **Dr Okafor** will review Hollie's sertraline and how she is sleeping.

### NEXT - this month (by Friday 13/03/2026)

- [ ] **Aaron** will complete Shaun's alcohol assessment and start key-work with him every Thursday.
  *We'll see:* Shaun's engagement with the service.
- [ ] A nursery place will be found for Jayden for three mornings a week.
  *We'll see:* Jayden's start date at Little Owls Nursery.
- [ ] **Becca** will carry on her fortnightly home visits to support Hollie with her anxiety and low
  mood. *We'll see:* Hollie's mood is more stable.
- [ ] **Hollie** will take Mila to the Baby Steps group at Sparrowcote Family Hub every Wednesday at 10am.
  *We'll see:* the group register, with Hollie and Mila at three of the four sessions this month.
- [ ] **Sian** will help Hollie set up a bedtime routine for Jayden when Hollie is ready.
  *We'll see:* Jayden in bed by 7.30pm on five nights out of seven on Sian's sleep diary.

### LATER - before the review (by Friday 24/04/2026)

- [ ] **Laura** will finish the child and family assessment, with Jayden's and Mila's days in it, and go
  through it with Hollie and Shaun. *We'll see:* the assessment on file and read with both parents before
  the review.
- [ ] **Aaron** will write a report for the review on whether Shaun has cut down his drinking.
  *We'll see:* the report with Laura by 24/04/2026, with every breath test result in it.
- [ ] **Nadia** will do Jayden's WellComm speech and language check and refer him on if he scores in the
  red. *We'll see:* the WellComm score on file, and the referral letter if one is needed.

### KEEP GOING - until the review on 05/05/2026

- [ ] **Laura** will visit every week, one visit in two unannounced, and see both children each time.
  *We'll see:* a visit record for every week showing Jayden and Mila both seen.
- [ ] **Nadia** will weigh Mila at the Tuesday baby clinic every two weeks.
  *We'll see:* each weight in the red book, with Mila back on the 25th centile by the review.
- [ ] **Carol** will come to Linnet Way on Friday and Saturday evenings from 6pm until the children are in
  bed. *We'll see:* Carol texts Laura on Saturday and Sunday mornings to say how the evenings went.
- [ ] **Carol** will have Jayden and Mila at her house on Hillside Road as and when Hollie needs a break.
  *We'll see:* Carol writes the days on the calendar on Hollie's fridge.

## If things go wrong

- If Shaun has been drinking while he is with the children, or the police are called to another argument,
  Hollie will ring Carol and the children will go to Carol's house that night. Laura (or the Emergency Duty
  Team out of hours) will hold a strategy discussion with the police the next working day at the latest.
- If Hollie says she has thoughts of harming herself or Mila, Becca (or the crisis team out of hours) will
  see her the same day and Carol will look after the children until she has been seen.
- If Shaun is drunk in the home again after 13/03/2026, or Mila's weight falls below the 2nd centile, Laura
  will ask Marie Dunstan for a legal planning meeting within five working days.

## Meetings

- Core group every four weeks at Sparrowcote Family Hub, Mondays at 1.30pm: 16/02/2026, 16/03/2026 and
  13/04/2026.
- Review child protection conference: Tuesday 05/05/2026, 10am, Sparrowcote Town Hall.
""",
    "findings": [
        F("M001", "will review Hollie's sertraline and how she is sleeping"),
        F("M002", "will complete Shaun's alcohol assessment and start key-work"),
        F("W001", "A nursery place will be found for Jayden for three mornings"),
        F("H001", "will carry on her fortnightly home visits to support Hollie"),
        F("M002", "will carry on her fortnightly home visits to support Hollie"),
        F("T002", "will help Hollie set up a bedtime routine for Jayden"),
        F("T002", "will have Jayden and Mila at her house on Hillside Road"),
        F("F002", "Hollie feels less anxious and more confident in herself as a mum."),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Initial conference plan, domestic abuse, father out of the home under a
#    non-molestation order, aunt collecting from school. Each action is a
#    small block of four questions with the answers beneath. Word printed to
#    PDF with a page header and footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
def _qa(no, title, what, who, when, know):
    """One action as a block of questions, each answered in the paragraph beneath it."""
    return [
        ("h3", f"{no}. {title}"),
        ("boldp", "What needs to happen?"),
        ("p", what),
        ("boldp", "Who will do it?"),
        ("p", who),
        ("boldp", "By when?"),
        ("p", when),
        ("boldp", "How will we know it has worked?"),
        ("p", know),
    ]


PLANS.append({
    "name": "b164_skimbleby_icpc_question_and_answer_blocks_sorensen.pdf",
    "doc_title": "Child Protection Plan - Ruby and Alfie Sorensen",
    "split": "tune",
    "actions": 14,
    "min_pages": 3,
    "header": "OFFICIAL - SENSITIVE · Skimbleby Borough Council Children's Services",
    "footer": "Child protection plan: Ruby and Alfie Sorensen · Page {PAGE} of {NUMPAGES}",
    "template": "icpc-plan-word-printed-to-pdf-page-header-footer-details-kv-why-going-well-what-ruby-and-alfie-told-us-what-we-want-then-numbered-action-blocks-under-theme-headings-each-four-bold-questions-what-needs-to-happen-who-will-do-it-by-when-how-will-we-know-with-answers-beneath-then-if-things-go-wrong-meetings",
    "description": (
        "Exemplary initial conference plan for an 11-year-old and a 6-year-old after their father "
        "assaulted their mother in front of them; he has left the home and a non-molestation order is "
        "in place, he sees the children at a contact centre, and their aunt collects them from school "
        "twice a week. Word printed to PDF with a page header and footer. Every action is a numbered "
        "block of four bold questions (What needs to happen? Who will do it? By when? How will we know "
        "it has worked?) with the answers beneath, grouped under theme headings. One owner, a real "
        "time and something seen or counted for every block; the father's programme reports on "
        "change; the aunt's help has a fallback; legal planning follows named triggers; core group and "
        "review dates are set and the children's words are recorded."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Agreed at the initial child protection conference on Wednesday 10/12/2025"),
        ("kv", [
            ("Children", "Ruby Sorensen, born 03/04/2014 (11), Year 7 at Skimbleby Academy; Alfie Sorensen, "
                         "born 21/08/2019 (6), Year 2 at Moorgate Infant School"),
            ("Address", "8 Cragg Lane, Skimbleby SK4 6DF"),
            ("Mother", "Tanya Sorensen (34)"),
            ("Father", "Lee Sorensen (37), now living at 2 Brewery Yard, Skimbleby; non-molestation order made "
                       "05/12/2025 for twelve months; charged with assault, trial listed for 16/03/2026"),
            ("Aunt", "Kerry Dunn (31), Tanya's sister, Highfield Road, Skimbleby"),
            ("Grandmother", "Brenda Dunn (58), Tanya's mother, Highfield Road, Skimbleby"),
            ("Category", "Emotional abuse"),
            ("Chair", "Rob Lindley, child protection chair"),
            ("Social worker", "Mel Okoro (team manager: Sunita Bhatt)"),
        ]),
        ("h1", "Why Ruby and Alfie have a plan"),
        ("p", "On 14/11/2025, after an argument about money, Lee pushed Tanya into the kitchen door and held her by the throat. "
              "Ruby rang 999 from her bedroom while Alfie hid under his bed. Police have been called to the "
              "house three times since 2023, and Ruby told her head of year in October that \u201cDad gets nasty "
              "when he's in a mood\u201d. Lee was arrested, bailed not to go to Cragg Lane, and has since been "
              "charged. Tanya applied for a non-molestation order, which was made on 05/12/2025."),
        ("h1", "What is going well"),
        ("bullets", [
            "Tanya ended the relationship, went to the police herself for the order and is working with an "
            "independent domestic violence adviser (IDVA).",
            "Ruby knew to ring 999 and did; she is doing well at school and has a close friend, Ava, whose "
            "mum she trusts.",
            "Lee has kept to his bail and to the order so far, and has said he will go on a programme.",
            "Kerry and Brenda live close by and both want to help.",
        ]),
        ("h1", "What Ruby and Alfie told us"),
        ("p", "Ruby, talking with Mel at school on 03/12/2025: \u201cI want to still see Dad but not at our house. "
              " I don't want Mum to let him back. I worry about Mum when I'm at "
              "school.\u201d"),
        ("p", "Alfie drew his family with Mel on 04/12/2025. He drew Dad \u201cbig and cross\u201d outside the "
              "house and said, \u201cI hide under my bed when it's loud.\u201d He has had nightmares and wet the bed "
              "most nights since November. His teacher says he has hit other children five times in a week when "
              "he is frightened by a loud noise."),
        ("h1", "What we want for Ruby and Alfie"),
        ("numbers", [
            "Ruby and Alfie live at home free from violence, and neither sees nor hears their dad hurting their "
            "mum again.",
            "Ruby and Alfie each know the safety plan: who to ring, where to go, and the code word.",
            "Time with their dad is safe and happens in the way Ruby and Alfie want.",
            "Alfie sleeps through most nights, his outbursts at school settle, and Ruby stops worrying about her "
            "mum while she is at school.",
        ]),
        ("h1", "Our plan as questions and answers"),
        ("p", "Each numbered block below is one part of the plan. Every block answers the same four questions: "
              "what needs to happen, who will do it, by when, and how we will know it has worked."),
        ("h2", "Keeping Ruby and Alfie safe at home"),
        *_qa(1, "Seeing Ruby and Alfie",
             "Mel will visit Ruby and Alfie at home and see each of them on their own, with at least one visit "
             "in three unannounced, to hear how things are at home and whether their dad has been near the "
             "house.",
             "Mel Okoro, social worker, Skimbleby Children's Services.",
             "Every week until the review conference on 04/03/2026; first visit by 17/12/2025.",
             "A visit record on file for every visit, with what Ruby and Alfie said in their own words; any "
             "sighting of Lee reported to the police the same day and written in the record."),
        *_qa(2, "Making the house safer",
             "Fit a video doorbell and window alarms at 8 Cragg Lane through the Sanctuary Scheme, and go through "
             "the home safety plan and the code word with Tanya, Ruby and Alfie.",
             "PC Dan Hollis, Skimbleby Police Domestic Abuse Safeguarding Unit, with the Sanctuary Scheme "
             "fitter.",
             "By 19/12/2025.",
             "The fitting sheet signed by Tanya; at Mel's next visit Ruby and Alfie can each tell her what they "
             "would do and who they would ring."),
        *_qa(3, "A fast police response",
             "Put a flag on 8 Cragg Lane so that any 999 call gets an immediate response, and tell Mel about every "
             "call-out or breach of the order.",
             "PC Dan Hollis, Skimbleby Police Domestic Abuse Safeguarding Unit.",
             "Flag in place by 12/12/2025; each call-out or breach reported to Mel within 24 hours.",
             "The flag confirmation emailed to Mel; every call-out on the children's file within a day of it "
             "happening."),
        ("h2", "Mum's safety"),
        *_qa(4, "Support through the court case",
             "Work with Tanya on her safety plan through the criminal case and the MARAC, repeat her risk "
             "assessment, and tell Mel the same day if her risk level goes up.",
             "Gemma Rowntree, IDVA, Skimbleby Domestic Abuse Service.",
             "A phone call every week and a face-to-face meeting every two weeks until the trial on 16/03/2026.",
             "The risk checklist repeated at each face-to-face meeting and the score sent to Mel the same week; "
             "a same-day call to Mel logged for any rise."),
        *_qa(5, "The Freedom Programme",
             "Tanya will go to the twelve-week Freedom Programme at Skimbleby Family Hub and talk with Mel each "
             "month about what she has learned and how she is using it to keep Ruby and Alfie safe.",
             "Tanya Sorensen.",
             "Thursdays at 10am, from 08/01/2026 to 26/03/2026.",
             "The register shows at least ten of the twelve sessions; the facilitator's mid-point letter to Mel "
             "by 19/02/2026."),
        ("h2", "Time with Dad"),
        *_qa(6, "Supervised contact",
             "Supervise Lee's time with Ruby and Alfie at Skimbleby Family Contact Centre, and write down how "
             "the children are before, during and after each session.",
             "Jo Parry, contact supervisor, Skimbleby Family Contact Centre.",
             "Every other Saturday, 10am to 11.30am, from 20/12/2025.",
             "A contact record sent to Mel after every session, including anything Ruby or Alfie say about "
             "wanting to go, or not."),
        *_qa(7, "Dad's programme",
             "Lee will do the Skimbleby Choices programme for men who have been abusive, going to every group "
             "and keeping to the contact centre's rules.",
             "Lee Sorensen.",
             "Assessment by 16/01/2026; weekly group from 27/01/2026.",
             "The programme's letter confirming each session attended; every contact record notes that Lee "
             "kept to the centre's rules."),
        *_qa(8, "A report on Dad's progress",
             "Write a report on Lee's attendance, what he has taken responsibility for, and whether the risk he "
             "poses to Tanya and the children has changed.",
             "Sam Tierney, group facilitator, Skimbleby Choices Programme.",
             "By 25/02/2026.",
             "The report with Mel by 25/02/2026 and in the papers for the review conference."),
        ("h2", "School, health and feelings"),
        *_qa(9, "Ruby at school",
             "Check in with Ruby each morning and give her a weekly session with the pastoral mentor using the "
             "Helping Hands workbook about what happened at home.",
             "Mrs Anita Shah, designated safeguarding lead, Skimbleby Academy.",
             "Morning check-in every school day; sessions every Wednesday from 07/01/2026.",
             "Session notes with Ruby's own words sent to Mel every two weeks; Ruby's attendance stays above 95% "
             "on the register."),
        *_qa(10, "Alfie at school",
             "Keep a log of Alfie's outbursts in class and agree a calm plan with Tanya so that staff and home "
             "respond to him in the same way.",
             "Mr Owen Price, designated safeguarding lead, Moorgate Infant School.",
             "Calm plan agreed by 16/01/2026; the log sent to Mel every Friday.",
             "The log shows Alfie's outbursts falling from five a week in November to one or fewer a week by the "
             "review."),
        *_qa(11, "Help for Alfie's nightmares",
             "Refer Alfie to the Skimbleby Children's Wellbeing Service (CAMHS) for his nightmares and "
             "bed-wetting, with the school's log attached.",
             "Dr Nisha Kapoor, GP, Cragg Lane Surgery.",
             "By 09/01/2026.",
             "The referral acceptance letter on file, and the first appointment date shared with Mel."),
        *_qa(12, "Finding out what Alfie needs",
             "See Alfie for a four-session play-based assessment and tell the core group what help he needs.",
             "Leah Morton, practitioner, Skimbleby Children's Wellbeing Service (CAMHS).",
             "Weekly from 30/01/2026; written findings by 27/02/2026.",
             "The written findings with Mel by 27/02/2026, with the help recommended for Alfie."),
        ("h2", "Help from the family"),
        *_qa(13, "School pick-ups",
             "Kerry will collect Ruby and Alfie from school on Tuesdays and Thursdays and bring them home to "
             "Tanya, and ring Tanya and the police if she sees Lee near either school.",
             "Kerry Dunn, the children's aunt.",
             "Every Tuesday and Thursday in term time, from 06/01/2026.",
             "Both schools' collection logs show Kerry's name on those days."),
        *_qa(14, "A family network plan",
             "Hold a family network meeting with Tanya, Kerry and Brenda to agree who collects the children and "
             "who has them on the days Tanya is at court.",
             "Mel Okoro, social worker.",
             "By 23/01/2026.",
             "A written family network plan saying who covers each day, signed by Tanya, Kerry and Brenda and "
             "given to both schools."),
        ("h1", "If things go wrong"),
        ("p", "If Lee comes to 8 Cragg Lane or to either school, contacts Tanya or the children outside the "
              "contact centre, or breaks the order in any other way, Tanya or the school rings 999 and the police "
              "respond under the flag; Mel (or the Emergency Duty Team) holds a strategy discussion with the "
              "police the same day. If Tanya and the children are not safe at Cragg Lane, Gemma finds them a "
              "refuge place that day."),
        ("p", "If Kerry cannot collect on her days (she is ill, working, or Lee has approached her), Brenda "
              "collects instead; if neither of them can, Mel books the children into Skimbleby Academy's homework "
              "club and Moorgate's after-school club until Tanya collects them at 5.30pm."),
        ("p", "If Tanya lets Lee back into the home, if Lee breaks the order, or if either child tells us of "
              "further violence, Mel will ask Sunita Bhatt for a legal planning meeting within five working days "
              "to decide whether to start the Public Law Outline."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks, Mondays at 3.45pm at Skimbleby Family Hub: 22/12/2025, 19/01/2026 and "
            "16/02/2026.",
            "Review child protection conference: Wednesday 04/03/2026, 10am, Skimbleby Civic Offices.",
            "Mel brings Ruby's and Alfie's words and the contact records to every core group.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Review conference plan, mother with emotionally unstable personality
#    disorder after an overdose, a 6-year-old and a baby, grandmother
#    helping. The council's Word template: one two-column form per action
#    (field name | value), with tick boxes for the area and how often.
#    Faulty (docx)
# ---------------------------------------------------------------------------
_OFTEN = ["Daily", "Weekly", "Fortnightly", "Monthly", "One-off"]
_AREAS = ["Safety", "Health", "Education", "Home and family"]


def _ticks(options, chosen=None, other=None):
    """A row of Word-form tick boxes, '[X]' for the one chosen; 'Other:' last when asked for."""
    parts = [f"[{'X' if o == chosen else ' '}] {o}" for o in options]
    if other is not None:
        parts.append(f"[{'X' if other else ' '}] Other: {other or '________'}")
    return "   ".join(parts)


def _form(no, total, area, what, lead, agency, often, start, end, know, other=None):
    """One action as the council's two-column Word form."""
    return ("table", {
        "widths": [4.6, 12.4],
        "bold_first_col": True,
        "band_fill": "DDEBF7",
        "rows": [
            [f"Action {no} of {total}", H],
            ["Area", _ticks(_AREAS, area)],
            ["What needs to happen", what],
            ["Lead person (name and role)", lead],
            ["Agency", agency],
            ["How often", _ticks(_OFTEN, often, other if other is not None else "")],
            ["Start date", start],
            ["Complete by", end],
            ["How we will know it has worked", know],
            ["Progress (for core group use)", ""],
        ],
    })


_SALTRIGG_FORMS = [
    ("Safety",
     "See Tia and Leo at home, Tia on her own at least every other visit, and record what Tia says about home "
     "and about her mum's health.",
     "Gareth Mills, social worker", "Saltrigg Children's Services", "Weekly",
     "30/01/2026", "23/07/2026",
     "A visit record for each visit, with Tia's own words and a note on how Leo is being cared for."),
    ("Health",
     "Offer Dawn a place in the DBT skills group and see her for one-to-one support sessions.",
     "Marcus Dale, care co-ordinator", "Saltrigg Community Mental Health Team", "Weekly",
     "02/02/2026", "23/07/2026",
     "Attendance record of Dawn's group and one-to-one sessions, sent to the social worker each month."),
    ("Health",
     "Review Dawn's medication and crisis plan, and write a report on her capacity to make the changes Tia and "
     "Leo need, and the likely timescale.",
     "Dr Anjali Rao, consultant psychiatrist", "Saltrigg Community Mental Health Team", "One-off",
     "02/02/2026", "30/04/2026",
     "Report with the social worker by 30/04/2026 and shared at the core group on 21/05/2026."),
    ("Home and family",
     "Be with Dawn and the children at teatime and bedtime, and stay overnight if Dawn is distressed.",
     "Pauline Heseltine, maternal grandmother", "-", None,
     "-", "-",
     "Pauline keeps a diary of the times she is there, which the social worker reads at visits.", "ongoing"),
    ("Home and family",
     "Cover the evenings and nights on Pauline's two nights off (Fridays and Saturdays), so that Dawn is never "
     "alone with the children overnight.",
     "Family network", "-", "Weekly",
     "30/01/2026", "23/07/2026",
     "The name of the relative staying each night written on the rota on Dawn's fridge, checked by the social "
     "worker."),
    ("Health",
     "Bring Leo's immunisations up to date and do his 12-month development review.",
     "Sonia Price, health visitor", "Saltrigg 0-19 Service", "One-off",
     "02/02/2026", "27/02/2026",
     "Immunisations and review recorded in Leo's red book; ASQ-3 scores sent to the social worker."),
    ("Health",
     "Weigh Leo and check his development and his safe sleeping at home.",
     "Sonia Price, health visitor", "Saltrigg 0-19 Service", "Monthly",
     "02/03/2026", "23/07/2026",
     "Monitored by HV."),
    ("Education",
     "Check in with Tia each morning, note whether she has eaten and is ready for the day, and ring the social "
     "worker the same day if she is absent or says she is worried about her mum.",
     "Mrs Jane Corby, designated safeguarding lead", "Saltrigg Church of England Primary School", "Daily",
     "02/02/2026", "23/07/2026",
     "Check-in sheet sent to the social worker every Friday; Tia's attendance 95% or more on the register."),
    ("Home and family",
     "Refer Tia to Saltrigg Young Carers for a young carer's assessment and a place at the Saturday club.",
     "Gareth Mills, social worker", "Saltrigg Children's Services", None,
     "", "",
     "Young carer's assessment on file and Tia's club place confirmed in writing."),
    ("Safety",
     "Keep all her tablets in the locked box Pauline holds the key to, and take her medication only as "
     "prescribed.",
     "Dawn Heseltine, mum", "-", "Daily",
     "29/01/2026", "23/07/2026",
     "Pauline's tablet count every Sunday, written in her diary and checked by the social worker."),
    ("Safety",
     "Prescribe Dawn's medication weekly instead of monthly, and tell the social worker if a prescription is "
     "not collected.",
     "Dr Farid Hussain, GP", "Saltrigg Medical Centre", "Weekly",
     "02/02/2026", "23/07/2026",
     "N/A"),
    ("Home and family",
     "Spend every Sunday with Leo at Pauline's house, and give his views on the plan at each core group.",
     "Craig Baines, Leo's dad", "-", "Weekly",
     "01/02/2026", "23/07/2026",
     "Pauline's diary records each Sunday; Craig's views written in the core group notes."),
    ("Safety",
     "Six sessions of direct work with Tia about her mum's illness, using the Mum's Blue Days workbook, so that "
     "Tia knows it is not her job to look after Mum and who she can tell.",
     "Kerry Walsh, family support worker", "Saltrigg Family Hub", "Weekly",
     "04/02/2026", "11/03/2026",
     "Tia's finished workbook and session notes in her own words, shared with the social worker; Tia can name "
     "three adults she would tell."),
]


PLANS.append({
    "name": "b164_saltrigg_rcpc_word_form_per_action_tickboxes_heseltine.docx",
    "doc_title": "Review Child Protection Plan - Tia and Leo Heseltine",
    "split": "tune",
    "actions": len(_SALTRIGG_FORMS),
    "template": "rcpc-plan-docx-council-template-details-kv-reason-progress-since-icpc-tias-words-leos-day-outcomes-then-one-two-column-word-form-per-action-banner-action-n-of-m-area-tick-boxes-what-lead-agency-how-often-tick-boxes-start-complete-by-how-we-will-know-blank-progress-field-then-contingency-meetings",
    "description": (
        "Review conference plan for a 6-year-old and an 11-month-old whose mother, who has emotionally "
        "unstable personality disorder, took an overdose with the children in the house; the maternal "
        "grandmother spends every evening with them and relatives cover her nights off. The council's "
        "Word template gives every action its own two-column form (field name | value) with tick boxes "
        "for the area and how often, start and complete-by dates and a blank progress field. Most forms "
        "are sound, and the psychiatrist reports on capacity to change. Faults: the care co-ordinator "
        "only offers groups and support, measured by attendance; the grandmother's evenings are ticked "
        "'Other: ongoing' with no dates; 'Family network' is the lead for the weekend nights; the health "
        "visitor's monthly checks are 'Monitored by HV'; the young carers referral has no box ticked and "
        "no dates; the GP's measure is 'N/A'; and the contingency never says what happens if the "
        "grandmother or the relatives cannot do their part."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Saltrigg County Council · Children's Services · Safeguarding and Family Support (West)"),
        ("kv", [
            ("Children", "Tia Heseltine, born 11/03/2019 (6), Year 2 at Saltrigg Church of England Primary "
                         "School; Leo Heseltine, born 19/02/2025 (11 months)"),
            ("Address", "5 Quarry Bank, Saltrigg SR3 8NE"),
            ("Mother", "Dawn Heseltine (31)"),
            ("Leo's father", "Craig Baines (33), Lowther Street, Saltrigg"),
            ("Tia's father", "Not in contact"),
            ("Maternal grandmother", "Pauline Heseltine (56), 4 Fell View, Saltrigg"),
            ("Category", "Neglect"),
            ("Meeting", "Review child protection conference, Thursday 29/01/2026 (initial conference "
                        "06/11/2025). Chair: Andrew Neale"),
            ("Social worker", "Gareth Mills (team manager: Sue Parkin)"),
        ]),
        ("h1", "Why there is a plan"),
        ("p", "Dawn has emotionally unstable personality disorder and has self-harmed since she was fifteen. On "
              "24/10/2025 she took an overdose of her prescribed tablets at home in the afternoon. Tia found her "
              "on the bathroom floor, rang 999 and looked after Leo until the ambulance came. Before this Tia had "
              "missed school on eleven days to stay home with her mum, and Leo had missed his 8-month review and "
              "two sets of immunisations."),
        ("h1", "What has changed since the initial conference"),
        ("bullets", [
            "Dawn has been seen by the Saltrigg Community Mental Health Team every week since November and "
            "has not self-harmed since 24/10/2025.",
            "Pauline has been at the house every evening and has kept a diary. Tia's attendance this term is "
            "97%.",
            "Dawn's tablets are now kept in a locked box and collected weekly.",
            "Leo's immunisations are still not up to date, and Tia still asks at school whether she can ring "
            "home at lunchtime to check on her mum.",
        ]),
        ("h1", "What Tia says and what Leo's days are like"),
        ("p", "Tia, with Gareth at school on 20/01/2026: \u201cI like it when Nana comes for tea because then I "
              "don't have to watch Mum. I still think about the bathroom. I want Mum to get better and I want "
              "to go to Young Carers like my friend Jess.\u201d"),
        ("p", "Leo is eleven months old and crawling. On visits he pulls himself up on the sofa, babbles and "
              "looks for Tia when she leaves the room. He settles quickly with Pauline at bedtime; Dawn says "
              "she finds it hard to get him down when she is low, and on two visits he was still up at 10pm."),
        ("h1", "What we want for Tia and Leo"),
        ("numbers", [
            "Tia and Leo are always looked after by an adult who is well enough and safe to care for them, and "
            "Tia never again has to find or look after her mum in a crisis.",
            "Tia goes to school every day and does not have to stay home to care for her mum.",
            "Leo's immunisations and health checks are up to date and he is in bed by 8pm.",
            "Tia understands her mum's illness in words she can manage and knows who to tell when she is "
            "worried.",
        ]),
        ("h1", "Action plan"),
        ("p", "One form for each action. Tick one box for how often; the start and complete-by dates are when "
              "the action begins and ends. The progress field is filled in at each core group."),
        *[_form(i, len(_SALTRIGG_FORMS), *f) for i, f in enumerate(_SALTRIGG_FORMS, start=1)],
        ("h1", "Contingency plan"),
        ("p", "If Dawn self-harms, takes an overdose, or tells anyone she feels unsafe while the children are in "
              "her care, Pauline will take Tia and Leo to 4 Fell View that day; Marcus (or the crisis team out of "
              "hours) will see Dawn the same day, and Gareth (or the Emergency Duty Team) will hold a strategy "
              "discussion with the police the same day."),
        ("p", "If Dawn takes another overdose, if Tia is kept off school to look after her mum on three or more "
              "days in a half term, or if Dr Rao's report says Dawn cannot make the changes in the children's "
              "timescale, Gareth will ask Sue Parkin for a legal planning meeting within five working days."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks at Saltrigg Family Hub, Thursdays at 1pm: 26/02/2026, 26/03/2026, "
            "23/04/2026, 21/05/2026 and 18/06/2026.",
            "Review child protection conference: Thursday 23/07/2026, 10am, Saltrigg County Hall.",
        ]),
    ],
    "findings": [
        F("H001", "Offer Dawn a place in the DBT skills group"),
        F("T002", "Be with Dawn and the children at teatime and bedtime"),
        F("W002", "Cover the evenings and nights on Pauline's two nights off"),
        F("M002", "Weigh Leo and check his development and his safe sleeping"),
        F("T001", "Refer Tia to Saltrigg Young Carers for a young carer's assessment"),
        F("M001", "Prescribe Dawn's medication weekly instead of monthly"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Signs of Safety child protection plan after an initial conference:
#    physical abuse of an 8-year-old by his mother's partner, who uses
#    cocaine; toddler; nan supervising. Danger statements, safety goals,
#    scaling, then numbered next steps under each goal, the owner inside
#    each step's words. Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b164_sennerwick_sos_danger_goals_scaling_next_steps_whitworth.txt",
    "split": "tune",
    "actions": 13,
    "template": "signs-of-safety-plan-txt-caps-headings-details-lines-danger-statements-safety-goals-working-well-complicating-factors-what-the-children-say-scaling-table-then-next-steps-numbered-1-1-under-each-safety-goal-owner-inside-words-well-know-sentence-then-if-the-plan-isnt-working-meetings",
    "description": (
        "Signs of Safety child protection plan, as a plain-text export, for an 8-year-old who was "
        "grabbed and bruised by his mother's partner and their 2-year-old daughter; the partner uses "
        "cocaine at weekends and is staying at his mother's, seeing the children only with the nan "
        "or the mother present. Danger statements, safety goals, what is working well, the children's "
        "words and scaling, then numbered next steps under each safety goal (1.1, 2.3...), each naming "
        "its owner in its words with a 'We'll know' sentence. Most steps are sound and the contingency "
        "has a fallback and legal planning. Faults: the partner is to get help with his cocaine use "
        "'as soon as possible', measured by his feeling calmer; 'the safety network' owns the rule that "
        "he is never alone with the children; the class teacher will 'keep an eye on' the boy with no "
        "time; no drug service or other adult service owns any step although the cocaine use is "
        "recorded; and the review conference date is still to be confirmed."
    ),
    "text": """\
SENNERWICK CITY COUNCIL - CHILDREN'S SERVICES
SIGNS OF SAFETY CHILD PROTECTION PLAN

Children ............ Mason Whitworth, born 02/02/2017 (8), Year 4, Sennerwick Road Primary School
                      Lacey Ashby, born 15/07/2023 (2)
Mum ................. Jade Whitworth (27)
Mum's partner ....... Kyle Ashby (30), Lacey's dad; staying at his mum's, 19 Ropewalk, Sennerwick
Address ............. 62 Tenter Street, Sennerwick SN8 4BB
Safety network ...... Gail Whitworth (Jade's mum, "Nan"), Sandra Ashby (Kyle's mum), Amy Ashby (Kyle's sister)
Category ............ Physical abuse
Conference .......... Initial child protection conference, Monday 12/01/2026. Chair: Farah Iqbal
Social worker ....... Nicola Brand (practice manager: Tom Reddy)
Others .............. Hannah Kerr, health visitor; Mrs Sally Dunne, DSL, Sennerwick Road Primary School;
                      Mr Ben Lewis, Mason's class teacher; PC Gary Holt, Child Abuse Investigation Team

--------------------------------------------------------------------------------------------------
DANGER STATEMENTS
--------------------------------------------------------------------------------------------------
1. Children's services, the school and the police are worried that Kyle could hurt Mason again when he is
   angry, especially on the days after he has used cocaine, as he did on 17/11/2025 when he grabbed Mason by
   the arm and left a hand-shaped bruise. Mason could be injured and could grow up frightened in his own home.
2. We are also worried that Lacey, who is two, could be hurt if she is near Kyle when he loses his temper,
   and that both children will see and hear shouting that frightens them.

--------------------------------------------------------------------------------------------------
SAFETY GOALS
--------------------------------------------------------------------------------------------------
Goal 1. Mason and Lacey are never hurt by an adult at home and Kyle is never alone with them until
        everyone, including Mason, agrees it is safe. Jade, Gail and Sandra will show Nicola and the core
        group that this happens every day.
Goal 2. Mason and Lacey are well cared for and growing up calm: Mason is settled at school and knows who he
        can tell, and Lacey's talking catches up with other two-year-olds.

--------------------------------------------------------------------------------------------------
WHAT IS WORKING WELL
--------------------------------------------------------------------------------------------------
- Jade believed Mason, agreed Kyle would leave, and has kept to the agreement since 18/11/2025.
- Gail lives in Mill Street, five minutes away, and has been at the house on every evening Kyle has visited.
- Kyle has admitted he grabbed Mason and says he is ashamed; he has kept to the written agreement so far.
- Mason's teachers describe him as bright and kind; Lacey is a busy, happy toddler at home.

--------------------------------------------------------------------------------------------------
COMPLICATING FACTORS
--------------------------------------------------------------------------------------------------
- Kyle told the conference he uses cocaine "most weekends" with friends. Jade says he is short-tempered and
  does not sleep on the days after. He has not had any help for it.
- Jade wants Kyle back home soon and says Mason "winds him up".
- Police were called to the house in March 2025 after neighbours heard shouting.

--------------------------------------------------------------------------------------------------
WHAT MASON AND LACEY SAY
--------------------------------------------------------------------------------------------------
Mason (three houses with Nicola at school, 08/01/2026):
  House of worries:  "When Kyle's in a mood I go in my room. He grabbed me and it hurt. I don't want him to
                      be cross with Mum about it."
  House of good things: "Nan's house, Minecraft, my sister when she laughs."
  House of dreams:   "Kyle is nice all the time and we go to the seaside."
Lacey (observed): at Nicola's visits Lacey plays happily with her bricks and babbles, but when a door slams
she freezes and looks at Jade. Hannah saw at the 18-month review that she uses about ten words.

--------------------------------------------------------------------------------------------------
SCALING (0 = Mason and Lacey cannot safely live at home; 10 = everyone is confident they are safe enough
for the child protection plan to end)
--------------------------------------------------------------------------------------------------
  Nicola Brand (SW) ........ 3      Jade ..................... 7
  Hannah Kerr (HV) ......... 4      Kyle ..................... 6
  Sally Dunne (school) ..... 4      Gail ..................... 5
  PC Gary Holt ............. 3      Chair's judgement ........ 3

--------------------------------------------------------------------------------------------------
NEXT STEPS
--------------------------------------------------------------------------------------------------
Towards Goal 1 - Mason and Lacey safe from harm at home

1.1 Nicola (SW) will see Mason on his own every week, alternately at school and at home, until the review
    conference, and use his three houses to ask how home feels. We'll know from her visit records, which
    will have Mason's own words each week.
1.2 Kyle will stay at Sandra's at 19 Ropewalk and will only see Mason and Lacey when Jade or Gail is in the
    room, from 12/01/2026. We'll know from Sandra's text to Nicola every Sunday saying where Kyle slept each
    night, and from the visit book.
1.3 Kyle will stop using cocaine and get help for it as soon as possible. We'll know it is working when
    Kyle feels calmer in himself.
1.4 Gail will be at the house every Friday and Saturday evening that Kyle visits, from 6pm until he leaves.
    We'll know from Gail's text to Nicola each Sunday, and from the visit book.
1.5 The safety network will make sure Kyle is never alone with Mason or Lacey, at every visit. We'll know
    from the visit book on the kitchen shelf, signed by the adult present each time.
1.6 PC Gary Holt will tell Nicola the outcome of the investigation into Mason's bruise by 30/01/2026.
    We'll know from the police outcome letter on the children's file.
1.7 Nicola will hold a family network meeting with Jade, Gail, Sandra and Amy by 30/01/2026 to agree who
    supervises each visit. We'll know from the written network plan, signed by everyone there and copied to
    the core group.

Towards Goal 2 - Mason and Lacey well cared for and growing up calm

2.1 Hannah (HV) will do Lacey's two-year review with an ASQ-3 by 13/02/2026. We'll know from the ASQ-3
    scores sent to Nicola and put on the children's file.
2.2 Mrs Dunne (DSL) will have a short check-in with Mason every Monday morning and tell Nicola the same day
    about any mark, injury or worry. We'll know from the school's weekly log, emailed to Nicola on Fridays.
2.3 Mr Lewis (class teacher) will keep an eye on how Mason is in class.
2.4 Jade will take Lacey to the Chatterbox speech and language drop-in at Sennerwick Children's Centre every
    Tuesday from 20/01/2026. We'll know from the drop-in register, and Lacey using 50 words by the review.
2.5 Nicola will write a words and pictures story with Jade and Kyle by 27/02/2026, so that Mason knows why
    Kyle lives at Sandra's. We'll know when Mason can tell Nicola, in his own words, why the plan is there
    and who he can go to.
2.6 Jade and Kyle will do the eight-week Calmer Parenting course at Sennerwick Family Hub, Wednesdays from
    21/01/2026. We'll know from the course register (at least seven of eight sessions each) and the course
    leader's end report to Nicola.

--------------------------------------------------------------------------------------------------
IF THE PLAN ISN'T WORKING
--------------------------------------------------------------------------------------------------
- If Kyle is at the house without Jade or Gail there, if Mason or Lacey has a mark no one can explain, or
  if Kyle has used cocaine before a visit: Jade will ask Kyle to leave and ring Nicola, and Nicola (or the
  Emergency Duty Team) will hold a strategy discussion with the police the same day. If Jade cannot keep
  Kyle away, Mason and Lacey will go to Gail's at 7 Mill Street that day.
- If Gail cannot be there on a Friday or Saturday (she is ill, working or it is too much for her), Kyle does
  not visit that evening unless another adult named in the network plan is there. If no one in the network
  can supervise, Kyle sees the children only at Sennerwick Family Centre, booked by Nicola within a week.
- If Kyle is found at the house without a safe adult twice, or Mason or Lacey is hurt again, Nicola will
  ask Tom Reddy for a legal planning meeting within five working days.

--------------------------------------------------------------------------------------------------
MEETINGS
--------------------------------------------------------------------------------------------------
Core group ............ every four weeks, Mondays at 3.30pm at Sennerwick Road Primary School:
                        26/01/2026, 23/02/2026 and 23/03/2026
Review conference ..... date to be confirmed (April 2026)
""",
    "findings": [
        F("T002", "Kyle will stop using cocaine and get help for it"),
        F("M002", "Kyle will stop using cocaine and get help for it"),
        F("W002", "The safety network will make sure Kyle is never alone"),
        F("T001", "Mr Lewis (class teacher) will keep an eye on how Mason"),
        F("M002", "Mr Lewis (class teacher) will keep an eye on how Mason"),
        F("F004"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Initial conference plan for a 10-year-old young carer whose mother is
#    on a methadone script and has used heroin on top; father and gran
#    help. Each row of the plan has the grown-ups' agreed action on the
#    left and, beside it, what it means for Poppy in her own words.
#    Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b164_stythorpe_grown_ups_plan_beside_my_words_delaney.md",
    "split": "tune",
    "actions": 12,
    "template": "icpc-plan-md-two-versions-side-by-side-details-list-why-going-well-poppy-in-her-own-words-what-we-want-then-three-column-table-no-grown-ups-action-with-bold-owner-when-how-well-know-and-what-it-means-for-me-in-poppys-words-then-if-things-go-wrong-for-grown-ups-and-poppys-safety-card-meetings",
    "description": (
        "Exemplary initial conference plan for a 10-year-old girl who has been looking after her "
        "mother, who is on a methadone script and used heroin on top of it twice in the autumn; her "
        "father has her every other weekend and her gran twice a week after school. Each row of the "
        "plan table holds the grown-ups' agreed action (a bold owner, then When and How we'll know) "
        "and, beside it, what that action means for her in the words she chose with her social "
        "worker; only the grown-ups' column is counted. The recovery worker reports on the mother's "
        "capacity to change, the GP owns an action, the father's and gran's help has a fallback, "
        "legal planning follows named triggers, and core group and review dates are set."
    ),
    "text": """\
# Stythorpe Borough Council - Children's Services

## Child protection plan for Poppy Delaney

**Two versions side by side.** The left-hand column is the plan the grown-ups agreed at the initial child
protection conference on Monday 19 January 2026. The right-hand column is what each part means for Poppy,
in the words she chose with Ellie, her social worker, on 21 January 2026. Only the left-hand column is the
agreed plan; Poppy's words are there so that she can read it and know what everyone will do.

- **Child:** Poppy Delaney, born 08/06/2015 (10), Year 5 at Stythorpe Junior School
- **Address:** Flat 6, Carlton House, Wharf Road, Stythorpe ST2 5JJ
- **Mum:** Gemma Delaney (33)
- **Dad:** Mark Delaney (36), 14 Orchard Rise, Hollinsby (twelve miles away)
- **Gran:** Irene Walsh (60), Gemma's mum, 3 Cole Street, Stythorpe (ten minutes' walk)
- **Category:** Neglect. Chair: Simon Adebayo
- **Social worker:** Ellie Marsh (team manager: Karen Tully)

## Why Poppy has a plan

Gemma has used heroin since she was nineteen and has been on a methadone script with Stythorpe Recovery
Service since 2022. In October and November 2025 two of her tests showed heroin on top of her methadone.
On 27/11/2025 Poppy could not wake her mum in the morning, rang her gran, and was late for school; a used
needle was later found on the bathroom windowsill. Poppy has been getting her own breakfast, doing the
shopping and checking on her mum at night. Her attendance this term is 88%.

## What is going well

- Gemma loves Poppy and was honest with the conference about using on top. She has collected every
  methadone dose at the pharmacy since 28/11/2025.
- Poppy is close to her dad, who has had her every other weekend for three years without a break.
- Irene is round the corner and Poppy goes to her when she is worried.
- Poppy is a keen swimmer and is doing well in maths.

## Poppy in her own words

Poppy talked to Ellie at school on 14/01/2026 and drew her "worry jar":

- "When Mum won't wake up I get scared and I ring Gran. I don't go to school until someone comes."
- "I check on Mum before I go to sleep. I'm not meant to but I do."
- "I like Dad's weekends because I don't have to think about anything. I like Gran's tea."
- "I want Mum to be OK and I want to go to swimming club on Wednesdays again."

## What we want for Poppy

1. Poppy is always looked after by an adult who is awake, sober and not using drugs, and she never again
   has to wake or look after her mum.
2. Poppy is at school on time every day (attendance 95% or more by the review) and back at swimming club.
3. Poppy lives in a home with no drugs, needles or methadone where she could find them.
4. Poppy knows who to ring and where to go if she is worried, and has time to be ten.

## The plan

| No. | What the grown-ups will do | What this means for me (Poppy's words) |
|---|---|---|
| 1 | **Ellie Marsh, social worker,** will visit Poppy every week, seeing her on her own at school and at home in alternate weeks, and check the bathroom and the locked box at each home visit. *When:* every week until the review conference on 14/04/2026. *How we'll know:* a visit record for every visit with Poppy's own words, and a note that the box was locked and the bathroom clear. | "Ellie comes every week. Sometimes at school and sometimes at home. I can tell her stuff and she writes it down the way I say it." |
| 2 | **Ruth Okafor, recovery worker, Stythorpe Recovery Service,** will key-work with Gemma and test her every week, and report to each core group on whether Gemma has stopped using on top and can keep Poppy safe, and how long that is likely to take. *When:* weekly sessions; report two working days before each core group. *How we'll know:* Ruth's written report with the test results on the file before every core group. | "Mum sees Ruth every week so she can get better. Ruth tells the meeting how Mum is doing." |
| 3 | **Gemma** will take her methadone at Wharf Road Pharmacy in front of the pharmacist, use no heroin or other drugs, and keep her medicines and sharps in the locked box. *When:* every day from 20/01/2026. *How we'll know:* the pharmacy's supervised dose record, clear weekly tests, and the box locked at every visit. | "Mum takes her medicine at the chemist. There won't be needles in the bathroom any more." |
| 4 | **Gemma** will be up every school morning, give Poppy breakfast and get her to school for 8.50am. *When:* every school day from 20/01/2026. *How we'll know:* the school register shows Poppy on time, with 95% or more attendance by the review. | "Mum gets up and does breakfast. I don't have to do it." |
| 5 | **Dr Yusuf Hassan, GP, Stythorpe Health Centre,** will review Gemma's other prescribed medicines with Ruth and tell Ellie the same day if Gemma asks for extra prescriptions. *When:* joint review by 06/02/2026, then at each monthly prescription review. *How we'll know:* the GP's letter to Ellie after each review; any same-day call logged by Ellie. | "The doctor checks Mum's tablets." |
| 6 | **Mrs Bev Oakley, designated safeguarding lead, Stythorpe Junior School,** will check in with Poppy each morning and ring Ellie the same day if Poppy is absent with no call or says she is worried about home. *When:* every school day. *How we'll know:* the check-in log emailed to Ellie every Friday, with each same-day call in it. | "Mrs Oakley says hello in the morning. If I'm worried I can tell her and she'll ring Ellie." |
| 7 | **Liam Reid, Stythorpe Young Carers,** will do Poppy's young carer's assessment and give her a place at the Thursday club. *When:* assessment by 13/02/2026; club every Thursday from 19/02/2026. *How we'll know:* the assessment sent to Ellie, and the club register. | "I go to Young Carers on Thursdays and meet other kids who look after their mums and dads." |
| 8 | **Mark (Dad)** will have Poppy every other weekend from Friday 5pm to Sunday 5pm, and take her to swimming club every Wednesday evening. *When:* every other weekend and every Wednesday, from 23/01/2026. *How we'll know:* Mark texts Ellie each Sunday evening to say how the weekend went; the swimming club register shows Poppy there on Wednesdays. | "Dad's weekends stay the same. Dad takes me swimming again!" |
| 9 | **Irene (Gran)** will collect Poppy from school on Mondays and Tuesdays and give her tea at Cole Street, and ring Ellie if Gemma seems under the influence when she takes Poppy home. *When:* every Monday and Tuesday in term time, from 19/01/2026. *How we'll know:* the school's collection log shows Irene's name on those days; any call logged by Ellie. | "Gran picks me up on Mondays and Tuesdays and I have tea at hers." |
| 10 | **Ruth Okafor** will give Gemma and Irene naloxone training and a naloxone kit each. *When:* by 06/02/2026. *How we'll know:* the training record, and Ellie sees the kits at Wharf Road and Cole Street. | "Gran and Mum have a special kit in case Mum gets poorly from drugs. It's not my job to use it." |
| 11 | **Ellie Marsh** will do four sessions of direct work with Poppy about her mum's drug use, using the "Not My Job" booklet, and make Poppy's own safety card with her. *When:* weekly from 26/01/2026, finished by 20/02/2026. *How we'll know:* Poppy's finished safety card naming three people she can ring, with a copy given to Mrs Oakley. | "Ellie and me make my safety card. It says who I ring." |
| 12 | **Ellie Marsh** will hold a family network meeting with Gemma, Mark and Irene to agree who has Poppy if Gemma uses or is unwell, and who steps in if Mark or Irene cannot. *When:* by 13/02/2026. *How we'll know:* a written network plan signed by Gemma, Mark and Irene, copied to the core group. | "There's a meeting so everyone knows where I go if Mum isn't OK." |

## If things go wrong (for the grown-ups)

- **Triggers:** Gemma has a test showing heroin or another drug not prescribed to her; Gemma is found
  drowsy or under the influence with Poppy; Poppy cannot wake her mum; or a needle or drugs are found
  anywhere Poppy could reach them.
- **What happens:** if Gemma cannot be woken, whoever finds her rings 999. Poppy goes to Irene's at Cole
  Street that day, or to Mark's if Irene cannot have her, and stays there until Ellie and Ruth agree it is
  safe to go home. Ellie (or the Emergency Duty Team) holds a strategy discussion with the police the same
  day.
- **If Irene and Mark cannot help** (they are ill, away or it becomes too much): Ellie arranges for Poppy to
  stay with Stythorpe foster carers that day, close enough for her to get to Stythorpe Junior School.
- **Legal planning:** if Gemma has two tests showing heroin after 02/03/2026, stops her script, or Ruth's
  report says she cannot make the changes within Poppy's timescale, Ellie will ask Karen Tully for a legal
  planning meeting within five working days.

## Poppy's safety card (in her words)

"If I can't wake Mum I ring 999 and then Gran. If Gran doesn't answer I ring Dad. I go to Mrs Oakley if I'm
worried at school. It's not my job to look after Mum."

## Meetings

- Core group every four weeks at Stythorpe Junior School, Mondays at 3.30pm: 02/02/2026, 02/03/2026 and
  30/03/2026.
- Review child protection conference: Tuesday 14/04/2026, 10am, Stythorpe Civic Centre.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. Social worker's letter to both parents after an initial conference for
#    a 9-week-old baby with an unexplained bruise; mother's postnatal
#    depression, father's cannabis use, paternal grandmother living in to
#    supervise. What each person will do is set out in paragraphs, one
#    commitment to a paragraph, under bold lines naming whose part it is.
#    Word printed to PDF with a page footer. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b164_soddenham_letter_to_parents_what_each_person_will_do_marsden.pdf",
    "doc_title": "Letter to Sophie Marsden and Ryan Doyle - child protection plan for Noah",
    "split": "tune",
    "actions": 15,
    "min_pages": 2,
    "footer": "Soddenham District Council · Children's Services · Page {PAGE} of {NUMPAGES}",
    "template": "sw-letter-to-both-parents-after-icpc-word-printed-to-pdf-page-footer-letterhead-address-block-dear-sophie-and-ryan-why-noah-has-a-plan-what-we-have-seen-of-noahs-days-what-we-all-want-then-what-each-person-will-do-bold-whose-part-lines-one-sentence-paragraph-per-commitment-i-you-named-workers-then-if-things-go-wrong-meetings-signature-copies",
    "description": (
        "The social worker's letter to a young couple after the initial conference for their 9-week-old "
        "son, who had an unexplained bruise on his cheek; the mother has postnatal depression, the "
        "father smokes cannabis daily, and his mother has moved in to be with the baby whenever either "
        "parent cares for him. Word printed to PDF with a page footer. What each person will do is set "
        "out in one-sentence paragraphs under bold lines naming whose part it is ('I' is the social "
        "worker who signs, 'you' the parent named). Most commitments are sound. Faults: the mother is to "
        "go to her perinatal appointments 'as often as you can', with nothing to show it; the uncle "
        "has the baby 'as and when'; the perinatal nurse only supports the mother and will 'monitor' "
        "her mood; the infant feeding referral 'will be made' by nobody; the contingency is to talk "
        "with the manager if worries grow, says nothing about the grandmother being unable to "
        "supervise, and there is no legal planning anywhere."
    ),
    "blocks": [
        ("pl", "Soddenham District Council · Children's Services"),
        ("pl", "Safeguarding and Assessment Team 2, Riverside Offices, Mill Lane, Soddenham SD1 4PQ"),
        ("pl", "Telephone: 01632 960 552"),
        ("p", ""),
        ("pl", "Sophie Marsden and Ryan Doyle"),
        ("pl", "12 Chandlers Court"),
        ("pl", "Soddenham SD3 7HU"),
        ("pr", "Friday 09/01/2026"),
        ("p", "Dear Sophie and Ryan,"),
        ("boldp", "Noah's child protection plan"),
        ("p", "Thank you both for coming to the initial child protection conference on Wednesday 7 January. I "
              "know it was a hard morning. I said I would write to you with the plan in plain words, so that "
              "you both know what everyone has agreed to do for Noah. Please keep this letter with Noah's red "
              "book and bring it to the core group meetings."),
        ("boldp", "Why Noah has a plan"),
        ("p", "On 11 December your health visitor saw a bruise on Noah's left cheek when he was seven weeks old. "
              "Babies who are not yet rolling should not have bruises, and the doctor who examined him at "
              "Soddenham General Hospital said it looked like the mark of a grip. Neither of you has been able "
              "to say how it happened. The conference also heard that you, Sophie, have had postnatal "
              "depression since Noah was born, and that you, Ryan, smoke cannabis every day. The conference "
              "agreed that Noah needs a child protection plan under the category of physical abuse."),
        ("p", "Since 13 December Ryan's mum, Maxine Doyle, has been living with you at Chandlers Court so that "
              "she is there whenever either of you is looking after Noah. Ryan's brother, Connor Doyle, lives "
              "nearby on Tanyard Street."),
        ("boldp", "What we have seen of Noah's days"),
        ("p", "Noah is now nine weeks old. On my visits he has been clean, warm and well fed, and he feeds "
              "every three to four hours. He settles quickly when Maxine holds him against her shoulder, and he "
              "watches your face, Sophie, when you sing to him. On 2 January he cried for twenty minutes while "
              "you were both asleep on the sofa, until Maxine came downstairs and fed him. Anna has seen that "
              "his weight has stayed on the 50th centile."),
        ("boldp", "What we all want for Noah"),
        ("p", "We want Noah to be safe from any injury, to be cared for at every moment by an adult who is awake "
              "and not under the influence of cannabis, to keep growing along his centile, and to have his "
              "cries answered quickly, day and night."),
        ("boldp", "What each person will do"),
        ("boldp", "What I will do (Kirsty Hale, social worker)"),
        ("p", "I will visit you and Noah at home every week until the review conference, with at least one "
              "visit in three unannounced, and each visit record will say how Noah was, where he was sleeping "
              "and who was caring for him."),
        ("p", "I will hold a family network meeting with you both, Maxine and Connor by 23/01/2026, and write up "
              "a plan that says who is with Noah at every hour of the day and night, signed by each of you."),
        ("p", "I will complete a parenting assessment with you both by 13/03/2026 and share the report with you "
              "and with the core group before the review conference."),
        ("boldp", "What you will do, Sophie"),
        ("p", "Sophie, you will take Noah to the baby clinic at Soddenham Health Centre every Tuesday so that "
              "Anna can weigh him and check his skin, and his red book will show each visit."),
        ("p", "Sophie, you will go to your appointments with the perinatal team as often as you can."),
        ("boldp", "What you will do, Ryan"),
        ("p", "Ryan, you will stop smoking cannabis in the flat and on the balcony from today, and give a urine "
              "sample at every appointment with Jamie, and the results should show your use going down."),
        ("p", "Ryan, you will go to the Dads Matter group at Soddenham Family Hub every Saturday morning from "
              "10/01/2026, and the group leader will send me the register each month."),
        ("boldp", "What Maxine and Connor will do"),
        ("p", "Maxine has agreed to stay at your flat and be in the room whenever either of you is caring for "
              "Noah, every day and night until the review conference, and to write in the care diary each day "
              "who was with him."),
        ("p", "Connor will have Noah at his flat as and when you need a break, and will text me each time he "
              "does."),
        ("boldp", "What the professionals will do"),
        ("p", "Anna Price, your health visitor, will see Noah at the Tuesday clinic each week and at home every "
              "two weeks, check his weight, skin and development, and send me her notes after each contact."),
        ("p", "Rachel Ngata, your perinatal mental health nurse, will carry on supporting you, Sophie, with home "
              "visits every two weeks and will monitor your mood."),
        ("p", "Jamie Fox, Ryan's recovery worker at Soddenham Drug and Alcohol Service, will see Ryan every "
              "Thursday and send me a report with his test results before each core group."),
        ("p", "Dr Ian Patel, your GP, will review Sophie's antidepressant by 30/01/2026 and write to me with what "
              "he has changed."),
        ("p", "DC Laura Whitby of the Soddenham Police Child Abuse Investigation Team will tell me the outcome of "
              "the investigation into Noah's bruise by 20/02/2026, and I will put her letter on Noah's file."),
        ("p", "A referral will be made to the Soddenham Infant Feeding Team by 16/01/2026, and the team's first "
              "visit will be written in Noah's red book."),
        ("boldp", "If things go wrong"),
        ("p", "If I become more worried about Noah, or if the plan is not being followed, I will talk with my "
              "manager and the core group about what needs to happen next."),
        ("boldp", "Meetings"),
        ("p", "The first core group meeting will be on Monday 19/01/2026 at 10am at Soddenham Family Hub, and "
              "then every four weeks, on 16/02/2026 and 16/03/2026. The review child protection conference is "
              "on Tuesday 24/03/2026 at 10am at Soddenham Civic Offices. Maxine and Connor are welcome at the "
              "core group."),
        ("p", "If anything in this letter is not clear, or you disagree with any of it, please ring me on the "
              "number above. Out of hours, the Emergency Duty Team is on 01632 960 999."),
        ("p", "Yours sincerely,"),
        ("pl", "Kirsty Hale"),
        ("pl", "Social Worker, Safeguarding and Assessment Team 2"),
        ("pl", "Copies: Maxine Doyle; Connor Doyle; Anna Price; Rachel Ngata; Jamie Fox; Dr Ian Patel; DC Laura "
               "Whitby"),
    ],
    "findings": [
        F("T002", "you will go to your appointments with the perinatal team"),
        F("M001", "you will go to your appointments with the perinatal team"),
        F("T002", "Connor will have Noah at his flat as and when"),
        F("H001", "will carry on supporting you, Sophie, with home visits"),
        F("M002", "will carry on supporting you, Sophie, with home visits"),
        F("W001", "A referral will be made to the Soddenham Infant Feeding Team"),
        F("C002"),
        F("C003"),
        F("R002"),
    ],
})
