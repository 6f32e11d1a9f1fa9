"""Batch 53, module c: seven fictional plans (tuning material), places beginning with "c".

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.

Focus: parents with a mental illness, a learning disability, drug or alcohol
misuse, or domestic abuse in the home. Adult services (perinatal team, CMHT,
community learning disability team, drug and alcohol services, probation,
GP, IDVA) own actions in several wordings in four plans and are only places a
parent goes in one; outcomes are written in the child's, the family's and the
professionals' voices, under headings such as "Danger statement", "Safety
goal", "Our hopes for", "What we are worried about" and "What needs to
happen". Four plans are exemplary.
"""
from build_batch5 import F, H, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. ICPC plan for a 14-week-old (mother's bipolar disorder, relapse after the
#    birth). Household table, danger statement and safety goal, then a plan
#    table split by banner rows: nights / days / Georgia's health / Nell's
#    health. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b53_caddowfield_icpc_danger_safety_goal_night_day_banners_ashdown.docx",
    "doc_title": "Child Protection Plan - Nell Ashdown",
    "split": "tune",
    "actions": 10,
    "template": "icpc-baby-plan-docx-household-table-danger-statement-and-safety-goal-subheadings-nells-day-and-night-then-what-will-happen-who-is-doing-it-when-how-we-will-know-table-with-nights-days-mums-health-babys-health-banner-rows",
    "description": (
        "Exemplary initial conference plan for a 14-week-old whose mother relapsed into mania after the "
        "birth (bipolar disorder, MBU admission, now sedated at night by quetiapine). Household table, "
        "danger statement and safety goal, the baby's observed day and night, then a table whose banner "
        "rows group the actions by night, day, mum's health and baby's health. The perinatal CPN and "
        "psychiatrist report on relapse risk and capacity, the GP controls prescriptions, the "
        "grandmother's nights and mornings have a fallback, and dates and the legal step are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Caddowfield Council – Children and Families – Under-Ones Safeguarding Team"),
        ("table", {
            "header": ["Name", "Age", "Who they are to Nell", "Where they live"],
            "widths": [3.6, 3.4, 4.0, 6.0],
            "rows": [
                ["Nell Ashdown", "14 weeks (born 02/06/2025)", "The baby this plan is for",
                 "12 Wren Court, Caddowfield, with both parents"],
                ["Georgia Ashdown", "29", "Mum", "12 Wren Court"],
                ["Tom Ashdown", "31", "Dad (bus driver, Caddowfield Buses)", "12 Wren Court"],
                ["Pauline Kerr", "58", "Maternal grandmother (retired)",
                 "4 Ivel Gardens, Caddowfield – 10 minutes by car"],
                ["Lauren Kerr", "33", "Maternal aunt", "Flat 2, 19 Mill Lane, Caddowfield"],
            ],
        }),
        ("kv", [
            ("Initial child protection conference", "Tuesday 9 September 2025, Caddowfield Civic Centre"),
            ("Category", "Neglect"),
            ("Independent chair", "Marion Fell"),
            ("Social worker", "Amrit Basi, Under-Ones Safeguarding Team"),
            ("Perinatal care co-ordinator", "Rhona Lacey, CPN, Caddowfield Perinatal Mental Health Team"),
        ]),
        ("h1", "What happened"),
        ("p", "Georgia has bipolar affective disorder, diagnosed in 2019. On advice she stopped her lithium when "
              "she found out she was pregnant, and she stayed well through the pregnancy. Nine days after Nell "
              "was born Georgia became high: she stopped sleeping, spent money she did not have and talked so "
              "fast that Tom could not follow her. At about 3am on 24 June 2025 police found her car parked at "
              "Saltmarsh Point with Nell in her car seat in the back; Nell was cold and had not been fed since "
              "the evening. Georgia and Nell were admitted to the Fernhollow Mother and Baby Unit the same day "
              "and came home on 20 August 2025."),
        ("p", "Georgia now takes quetiapine, which makes her very drowsy at night. Twice since coming home Tom "
              "has found Nell asleep on Georgia's chest on the sofa after the late feed. Tom goes back to work "
              "on 13 October, on late shifts on Tuesdays, Wednesdays and Thursdays."),
        ("h2", "Danger statement"),
        ("p", "Everyone at conference is worried that if Georgia becomes unwell again and the adults around her "
              "do not notice in time, Nell could be taken out at night, go hours without a feed, or suffocate "
              "while asleep on a parent who is heavily sedated by her medication."),
        ("h2", "Safety goal"),
        ("p", "By the review conference, Georgia, Tom, Pauline and the professionals want to be sure that:"),
        ("bullets", [
            "Nell is fed on time and sleeps on her back in her own Moses basket, every sleep, day and night.",
            "Whenever Georgia is drowsy from her medication at night, Nell is being cared for by Tom or Pauline, "
            "who are awake.",
            "If Georgia starts to become unwell, the adults around Nell spot it within a day and Nell stays "
            "with someone safe while Georgia gets help.",
            "Nell keeps growing along her centile and has all her checks and immunisations.",
        ]),
        ("h1", "Nell's day and night"),
        ("p", "Nell is too young to tell us how things are for her, so this is what the health visitor, the "
              "social worker and the Fernhollow nursery nurses have seen. Nell is a settled baby who feeds well "
              "from a bottle and likes to be held upright over a shoulder. She follows Georgia's face and "
              "quietens when Georgia sings to her; at Fernhollow the staff noted that she turned towards "
              "Georgia's voice by ten weeks. She is fretful in the evenings and the late feed can take an hour. "
              "On the visit of 2 September she was asleep in her bouncer while Georgia dozed in the chair next "
              "to her."),
        ("p", "Georgia told conference: \"I didn't know what I was doing in June. I'm frightened of it happening "
              "again and I want people watching – I'd rather that than lose her.\" Tom said he missed the signs "
              "last time because he thought Georgia was \"just buzzing about the baby\"."),
        ("h1", "The plan"),
        ("table", {
            "header": ["What will happen", "Who is doing it", "When", "How we will know it is working"],
            "widths": [6.0, 3.6, 3.2, 4.2],
            "band_fill": "E2EFD9",
            "rows": [
                ["Nights", H, H, H],
                ["Tom or Pauline stays awake for Nell's late feed (about 11pm) and her night feed (about 3am), "
                 "so that Georgia can take her quetiapine and go to bed",
                 "Tom Ashdown (Friday to Monday nights); Pauline Kerr, MGM (Tuesday to Thursday nights, staying "
                 "over)",
                 "Every night from 9 September 2025",
                 "Feed chart on the kitchen wall shows the time, the amount and who fed Nell; the HV and SW check "
                 "and sign it at every visit"],
                ["Put Nell down on her back in the Moses basket beside her parents' bed for every sleep; the "
                 "bouncer and the sofa are not used for sleep",
                 "Georgia and Tom",
                 "Every sleep, day and night",
                 "Where Nell slept is written on the feed chart; the SW sees the basket made up, with no pillows "
                 "or toys in it, on each visit"],
                ["Days", H, H, H],
                ["Come to the house on weekday mornings to give Nell her 7am feed and bath her with Georgia while "
                 "Georgia's medication wears off",
                 "Pauline Kerr, MGM",
                 "Monday to Friday, 7am to 11am, until the core group on 7 October 2025",
                 "Pauline writes the times she arrived and left in the family diary; the SW reads it at each "
                 "visit"],
                ["Visit Nell at home; in each fortnight one visit is unannounced and is before 8am or after 9pm, "
                 "to see who is looking after her and where she is sleeping",
                 "Amrit Basi, social worker",
                 "Every week",
                 "Each visit record notes who was caring for Nell, where she last slept and how she responded "
                 "to Georgia"],
                ["Georgia's health and what it means for Nell", H, H, H],
                ["See Georgia at home, check her sleep, mood and early warning signs against her relapse plan, "
                 "and tell the core group in writing whether she is well enough to care for Nell on her own in "
                 "the day and what still needs to change",
                 "Rhona Lacey, CPN, Caddowfield Perinatal Mental Health Team",
                 "Weekly; written update 2 working days before each core group",
                 "Written update at every core group covering Georgia's sleep, the relapse plan checklist and "
                 "what Rhona has seen of Georgia caring for Nell"],
                ["Review Georgia's medication and give a written opinion on her risk of relapse over the next "
                 "year, the early signs to watch for, and how long it may be before she can safely care for "
                 "Nell overnight",
                 "Dr Kwame Osei, consultant perinatal psychiatrist",
                 "Outpatient review by 3 October 2025; written opinion by 17 October 2025",
                 "Written opinion shared with the core group and the review conference"],
                ["Write Georgia's relapse plan together – her early signs, what Tom and Pauline should do, and "
                 "the crisis numbers – and give copies to Pauline, the HV and the SW",
                 "Georgia Ashdown (lead) and Tom Ashdown",
                 "By 26 September 2025",
                 "Signed relapse plan on the fridge and on Nell's file; Tom and Pauline can each tell the SW the "
                 "first three signs when asked"],
                ["Issue Georgia's quetiapine on a weekly prescription and tell Rhona and the SW if a week's "
                 "supply is not collected",
                 "Dr Helen Marr, GP, Orchard Street Surgery",
                 "Weekly; a missed collection reported the same working day",
                 "Pharmacy collection record checked by Rhona at each visit; any missed collection emailed to "
                 "the SW the same day"],
                ["Nell's health", H, H, H],
                ["Weigh Nell, check her feeding and watch a feed with Georgia, and go over safer sleep with "
                 "whichever adult is doing the night feeds",
                 "Siobhan Carrick, health visitor",
                 "Every 2 weeks until Nell is 6 months old",
                 "Nell's weight plotted in her red book and staying on or above the 25th centile; contact notes "
                 "emailed to the SW after each visit"],
                ["Take Nell for her 12-week immunisations, which fell due while she was at Fernhollow",
                 "Tom Ashdown",
                 "By 3 October 2025",
                 "Red book entry, and Orchard Street Surgery confirms to the HV that they were given"],
            ],
        }),
        ("h1", "If Georgia becomes unwell"),
        ("p", "If Georgia sleeps less than four hours on two nights running, stops taking her quetiapine, talks "
              "about going out at night or about Nell being in danger, or shows any other sign on her relapse "
              "plan, Tom or Pauline will take over Nell's care straight away and stay with her at all times, "
              "ring the perinatal crisis line (01632 960418) and ring Amrit, or the emergency duty team out of "
              "hours. Amrit will hold a strategy discussion the same day, and Georgia will not be alone with "
              "Nell until the perinatal team has assessed her."),
        ("p", "If Pauline is ill or cannot stay on a Tuesday, Wednesday or Thursday night, Tom will not work his "
              "late shift that night; his depot manager has agreed this in writing. If Pauline cannot come in "
              "the morning, Tom will stay at home until 11am. If neither Tom nor Pauline can be there, Amrit or "
              "the emergency duty team will arrange that day for Nell to stay with her aunt, Lauren Kerr, who "
              "has been checked as a safe carer, and if Lauren cannot have her, with approved foster carers."),
        ("h1", "Core group and review"),
        ("p", "Core group every 4 weeks at Caddowfield Family Hub, 10am: 7 October, 4 November and 2 December "
              "2025."),
        ("p", "Review child protection conference: 9 December 2025, 1.30pm, Caddowfield Civic Centre."),
        ("p", "If Georgia relapses and Nell has to be moved to another carer, or Dr Osei's opinion is that "
              "Georgia is unlikely to be able to care for Nell safely within Nell's timescale, Amrit will ask "
              "the team manager for a legal planning meeting within 5 working days."),
        ("p", "Plan agreed at conference on 9 September 2025 and sent to Georgia, Tom, Pauline and all agencies "
              "on 10 September 2025."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. ICPC "Safety and Change Plan" (father's drinking and violence), worry /
#    "what we want to happen instead" table holding the outcomes, then a
#    numbered action table. PDF with header and page footer
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b53_corlanby_icpc_worry_instead_table_numbered_actions_pilling.pdf",
    "doc_title": "Safety and Change Plan - Kacey and Reece Pilling",
    "split": "tune",
    "actions": 11,
    "template": "icpc-safety-and-change-plan-paged-numbered-sections-worry-and-what-we-want-to-happen-instead-two-column-table-then-no-action-named-person-deadline-or-how-often-evidence-table",
    "description": (
        "Initial conference plan for a 13- and a 9-year-old after their father's drunken assault on their "
        "mother (community order with alcohol treatment and BBR requirements; paternal grandmother "
        "supervises Saturday contact). Outcomes sit in a 'what we want to happen instead' column beside "
        "each worry; two of them are only about the parents. Probation's measure is 'engagement', the "
        "IDVA works 'as and when', the Freedom Programme is 'ongoing', housing is 'ASAP', the DSL row has "
        "no evidence, the group referral has no owner, 'All agencies' share incidents, and the contingency "
        "says nothing about the grandmother being unable to supervise."
    ),
    "header": "OFFICIAL – SENSITIVE | Corlanby County Council | Children's Services",
    "footer": "Pilling – Safety and Change Plan – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Safety and Change Plan"),
        ("p", "Child protection plan agreed at the initial child protection conference, 25 September 2025"),
        ("kv", [
            ("Children", "Kacey Pilling (13), Year 9, Corlanby High School; Reece Pilling (9), Year 5, "
                         "St Oswin's Primary"),
            ("Home", "27 Fennel Street, Corlanby – Kacey and Reece live with their mum"),
            ("Mum", "Sharon Pilling (40), care assistant"),
            ("Dad", "Wayne Pilling (44), living with his mother, Irene Pilling, at 5 Lark Rise, Corlanby, "
                    "since 18 August 2025"),
            ("Category", "Emotional abuse"),
            ("Social worker", "Bethany Oyelaran, Corlanby Safeguarding Team 3"),
            ("Conference chair", "Howard Tsang"),
        ]),
        ("h1", "1. What has happened"),
        ("p", "Police have been called to Fennel Street four times since January 2025. On 16 August, after a "
              "day's drinking, Wayne pushed Sharon into the kitchen door and held her by the throat; Kacey got "
              "between them and was knocked to the floor. Reece hid in the bathroom and rang his nan. Wayne was "
              "arrested, and on 10 September 2025 he was given a 12-month community order for assault by "
              "beating, with a six-month alcohol treatment requirement and a Building Better Relationships "
              "requirement. He has not been back to Fennel Street since. Wayne tells professionals he drinks "
              "\"a few cans\"; Sharon says he has drunk most days for years, up to three litres of cider."),
        ("h1", "2. What we are worried about"),
        ("table", {
            "header": ["What we are worried about", "What we want to happen instead"],
            "widths": [8.5, 8.5],
            "rows": [
                ["Kacey and Reece have seen and heard their dad hurt their mum many times, and Kacey was hurt "
                 "trying to stop it.",
                 "Kacey and Reece live in a home where nobody is hurt or frightened, and Kacey no longer feels "
                 "she has to protect her mum."],
                ["Wayne's drinking goes with his violence: every police call-out has come after he had been "
                 "drinking.",
                 "Wayne stops drinking and understands the impact of his behaviour."],
                ["Reece has started wetting the bed again and has hit two children at school since August.",
                 "Reece feels safe and settled enough to sleep through the night and stay calm in class."],
                ["Sharon let Wayne come back after incidents in 2022 and 2024, and has told the SW she "
                 "\"can't see him managing on his own for long\".",
                 "Sharon recognises the signs of abuse and is confident to keep firm boundaries with Wayne."],
            ],
        }),
        ("h1", "3. What is working well"),
        ("p", "Sharon rang the police herself on 16 August and has kept Wayne away from the house since. Both "
              "children have been at school every day this term. Irene Pilling has supervised Saturday contact "
              "since 23 August and the children look forward to it. Wayne has kept all his probation "
              "appointments so far and says he wants to \"put things right with the kids\"."),
        ("h1", "4. Kacey and Reece in their own words"),
        ("p", "Kacey (seen on her own at school, 19 September): \"I'm glad he's gone but I feel bad saying it. "
              "I'm tired of being the one who calms everyone down. Saturdays at Nan Irene's are OK because Nan's "
              "there.\" She put home at 7 out of 10 for feeling safe now, and 2 before August."),
        ("p", "Reece (seen at home, 22 September) drew the kitchen with \"the shouting\" coloured in red. He said "
              "\"I want Dad back but not the angry dad\", and that he would like to go back to Cubs."),
        ("h1", "5. Who will do what"),
        ("table", {
            "header": ["No.", "Action", "Named person", "Deadline or how often", "Evidence"],
            "widths": [1.0, 5.6, 3.6, 3.0, 3.8],
            "rows": [
                ["1", "Home visits to see Kacey and Reece, each on their own, with one visit a month unannounced",
                 "Bethany Oyelaran, SW", "Every 2 weeks",
                 "Visit notes record each child's words and who was at home"],
                ["2", "Supervise Wayne's community order, including his alcohol treatment requirement",
                 "Gary Foulds, probation officer, Corlanby Probation Delivery Unit",
                 "Weekly appointments until 10/09/2026",
                 "Wayne's engagement with probation"],
                ["3", "Alcohol key work and a breath test at every appointment, as part of the treatment "
                      "requirement",
                 "Lisa Brennan, recovery worker, Corlanby Recovery Partnership",
                 "Every Monday until 10/03/2026",
                 "Breath test readings emailed to probation and the SW every Friday"],
                ["4", "Building Better Relationships programme, including the sessions on how children are "
                      "affected by abuse at home",
                 "Wayne Pilling; the tutor reports to Gary Foulds",
                 "Weekly from 06/10/2025 (24 sessions)",
                 "Attendance list sent to the SW monthly; end-of-programme report shared with the core group"],
                ["5", "Safety planning with Sharon, including what Kacey and Reece do and who they ring if their "
                      "dad comes to the house",
                 "Jo Merritt, IDVA, Corlanby Women's Safety Service",
                 "As and when Sharon needs it",
                 "Updated safety plan kept by Sharon, with a copy on the children's file"],
                ["6", "Freedom Programme for Sharon at the Corlanby Women's Centre",
                 "Sharon Pilling", "Ongoing",
                 "Certificate of completion shown to the SW"],
                ["7", "Weekly check-ins for Kacey with her head of year, Mr Shah",
                 "Mrs Paula Aldous, DSL, Corlanby High School", "Weekly", ""],
                ["8", "Reece to be referred to the Little Lights group for children who have lived with "
                      "domestic abuse",
                 "", "By 31/10/2025",
                 "Referral acceptance letter on file"],
                ["9", "Supervise Wayne's contact with Kacey and Reece at her home, and end it if he has been "
                      "drinking",
                 "Irene Pilling (PGM)", "Every Saturday, 10am to 2pm",
                 "Contact record signed by Irene each week and read by the SW at each visit"],
                ["10", "Tell the SW and the police about any incident, or any sighting of Wayne near Fennel "
                       "Street",
                 "All agencies", "Within 24 hours",
                 "Each report logged on the children's file"],
                ["11", "Support Sharon's housing transfer so that she and the children can move further from "
                       "Lark Rise",
                 "Dan Whitley, housing officer, Corlanby Homes", "ASAP",
                 "Offer of a new tenancy"],
            ],
        }),
        ("h1", "6. Contingency plan"),
        ("p", "If Wayne comes to Fennel Street, contacts Sharon other than by text about Saturday contact, or is "
              "arrested for any further incident, Sharon will ring 999 and the SW (or the emergency duty team) "
              "will hold a strategy discussion the same day. Saturday contact will stop until a new risk "
              "assessment has been done."),
        ("p", "If Sharon lets Wayne back into the family home, the SW will request a legal planning meeting "
              "within 5 working days."),
        ("h1", "7. Meetings"),
        ("p", "Core group every 4 weeks at Corlanby High School, 4pm: 7 October, 4 November and 2 December 2025."),
        ("p", "Review child protection conference: 18 December 2025, 10am, County Hall, Corlanby."),
        ("p", "Plan written by Bethany Oyelaran, SW, and agreed by the chair on 26 September 2025."),
    ],
    "findings": [
        F("F002", "Wayne stops drinking and understands the impact of his behaviour."),
        F("F002", "Sharon recognises the signs of abuse and is confident to keep firm boundaries with Wayne."),
        F("M002", "Supervise Wayne's community order, including his alcohol treatment requirement"),
        F("T002", "Safety planning with Sharon, including what Kacey and Reece do"),
        F("T002", "Freedom Programme for Sharon at the Corlanby Women's Centre"),
        F("M001", "Weekly check-ins for Kacey with her head of year"),
        F("W001", "Reece to be referred to the Little Lights group"),
        F("W002", "Tell the SW and the police about any incident"),
        F("T002", "Support Sharon's housing transfer so that she and the children"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Easy-read ICPC plan for parents with a learning disability and cannabis
#    use: words-we-use list, "Our hopes for" in the parents' words and the
#    workers' words, then two tables (jobs for Mum and Dad / jobs for the
#    workers). Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b53_clunderwick_easy_read_words_we_use_two_job_tables_birtles.md",
    "split": "tune",
    "actions": 14,
    "template": "icpc-easy-read-plan-md-for-parent-with-learning-disability-details-table-words-we-use-list-worries-going-well-what-children-show-us-our-hopes-for-in-parents-and-workers-words-then-jobs-for-mum-and-dad-and-jobs-for-the-workers-tables",
    "description": (
        "Exemplary easy-read initial conference plan for a 2-year-old and a 7-month-old (neglect: "
        "faltering weight, unsafe bottles, father's daily cannabis; mother has a learning disability). "
        "'Our hopes for Ruby and Jax' in the parents' words and the workers' words, then one table of "
        "jobs for the parents and one for the workers. The community learning disability nurse, Adult "
        "Social Care, the drug and alcohol service and an advocate all own actions; every job has a "
        "person, a time and a check; the contingency, dates and legal step are in plain words."
    ),
    "text": """\
# Ruby and Jax's plan – easy read

**Clunderwick Borough Council – Children's Social Care**

This is the child protection plan from the meeting on **Tuesday 16 September 2025**.
It is written in easy words because Kayleigh asked for it like this. Bev, Kayleigh's
advocate, read it through with Kayleigh and Jordan on 18 September 2025.

| About the plan | |
|---|---|
| Children | Ruby Birtles (2 years 3 months) and Jax Mace (7 months) |
| Mum | Kayleigh Birtles |
| Dad | Jordan Mace |
| Home | 31 Tansy Row, Clunderwick |
| Why there is a plan | Neglect |
| Social worker | Chloe Varley |
| Chair of the meeting | Graham Oakes |

## Words we use

- **Core group** – the small meeting of Kayleigh, Jordan and the workers. It checks the plan every month.
- **Review conference** – the big meeting that decides if Ruby and Jax still need a plan.
- **Centile** – the line in Jax's red book that shows if he is growing as he should.
- **PAMS** – a way of finding out what help a mum and dad need to look after their children. It is made for parents who learn in a different way.

## What we are worried about

- Jax is not putting on enough weight. Since May he has dropped from the 50th centile to below the 9th.
- Bottles are sometimes made with too much water, and some are left out all day.
- Ruby has had very sore nappy rash, and twice she was found eating from the bin.
- Jordan smokes cannabis every day. In August Ruby was found with Jordan's grinder in her mouth.
- Kayleigh has a learning disability. She finds it hard to remember times and to read the numbers on the milk tin. She has not had the right help with this before.

## What is going well

- Kayleigh and Jordan love Ruby and Jax and have come to every appointment.
- Ruby is happy and chatty and loves her dad's songs.
- Kayleigh rang the GP herself when Jax was sick in August.
- Jordan has stopped using cocaine (his test in August was clear) and has cut down his cannabis.

## What Ruby and Jax show us

Ruby and Jax are too little to tell us in words. This is what the workers have seen:

- Ruby runs to the door to meet visitors and shows them her toy dog, Biscuit. She says "Mama", "Dada" and "more", and points at the fridge when she is hungry.
- Jax smiles and kicks his legs when Kayleigh talks to him. He cries a lot in the late afternoon and settles quickly once he has had a full bottle.
- At her nursery taster session on 12 September Ruby ate two helpings of lunch and did not want to go home.

## Our hopes for Ruby and Jax

Kayleigh and Jordan said:

- "We want Jax to drink all his bottles and get big and strong."
- "We want Ruby to eat at the table with us and go to nursery."
- "We want our house to be safe for them, with nothing they can get hurt with."

The workers want to see, by the review conference:

- Jax is back on or above the 25th centile.
- Ruby and Jax have their meals or the right bottles every day, clean nappies and no sore skin.
- Ruby and Jax cannot get to cannabis or anything used to smoke it, and nobody smokes in the house or the car.

## What will happen

Every job has a person, a time and a way we will check it.

### Jobs for Kayleigh and Jordan

| What | Who | When | How we will know |
|---|---|---|---|
| Make Jax's bottles with the picture card: water first, then one scoop for every 30 ml | Kayleigh | Every feed, from 16 September 2025 | Chloe and Nadia watch a bottle being made at each visit; Jax's weight goes up at every weigh |
| Feed Jax every 3 hours in the day and write each bottle on the feed chart | Kayleigh | Every day, 7am to 7pm | Feed chart on the fridge, checked by Nadia every week |
| Give Ruby breakfast, lunch and tea at the table in her high chair | Kayleigh and Jordan | Every day | Dean sees Ruby's tea at each of his visits; Ruby's weight at clinic stays on her centile |
| Keep cannabis, grinders, papers and lighters in the locked box on top of the wardrobe, and only smoke outside, away from the children | Jordan | Every day, from 16 September 2025 | Chloe or Dean check the box is locked and the house does not smell of cannabis at every visit |
| Go to the Clunderwick Drug and Alcohol Service and give a urine test | Jordan | Every Thursday from 18 September 2025 | Test results sent to Chloe every month |
| Take Ruby to Little Acorns nursery | Kayleigh or Jordan | Tuesdays and Thursdays, 9am to 3pm, from 7 October 2025 | Nursery register sent to Chloe every Friday |

### Jobs for the workers

| What | Who | When | How we will know |
|---|---|---|---|
| Visit at home, see Ruby and Jax awake, and look at the feed chart, the locked box and where the children sleep | Chloe Varley, social worker | Every week; at least 2 visits a month without saying first | Chloe's visit notes say what she saw each time |
| Weigh Jax and Ruby, and show Kayleigh how to make bottles with the picture card | Nadia Pearce, health visitor | Every week until Jax is back on the 25th centile, then every 2 weeks | Weights written in the red book and sent to Chloe the same day |
| Help at teatime, bath and bedtime, using the picture routine on the fridge | Dean Holt, family support worker, Clunderwick Family Hub | Monday, Wednesday and Friday, 4pm to 7pm, for 10 weeks from 22 September 2025 | Dean's notes say which jobs Kayleigh and Jordan did without help; notes sent to Chloe every Friday |
| Find out how Kayleigh learns best and what help she will always need to look after Ruby and Jax, and write it down for the PAMS worker | Emma Quayle, learning disability nurse, Clunderwick Community Learning Disability Team | Report by 17 October 2025 | Report shared with Kayleigh (in easy read), Chloe and the core group |
| Care Act assessment: how Kayleigh manages at home and what help Adult Social Care can give her so she can look after Ruby and Jax | Priya Mann, Adult Social Care | By 31 October 2025 | Assessment and support plan sent to Chloe and read at the core group |
| See Jordan, test his urine, and write to Chloe about whether his cannabis use is going down and what this means for Ruby and Jax | Mark Tennant, recovery worker, Clunderwick Drug and Alcohol Service | Every Thursday; letter before each core group | Test results and Mark's letter read at each core group |
| PAMS parenting assessment with Kayleigh and Jordan, using Emma's advice on how Kayleigh learns | Sam Ridley, PAMS assessor, Clunderwick Parenting Assessment Service | Starts 27 October 2025; report by 5 December 2025 | Report shared with Kayleigh and Jordan (easy read) and with the review conference |
| Go through the plan with Kayleigh in easy words, and come to every meeting with her | Bev Nolan, advocate, Speak Up Clunderwick | Before every core group, and at every meeting | Kayleigh signs the easy-read plan after each core group and can tell Chloe her jobs in her own words |

## If things go wrong

- If Jax loses weight at two weighs in a row, or Ruby or Jax gets hold of cannabis or anything used to smoke it, Chloe (or the out-of-hours team) will visit that day and hold a strategy meeting the same day.
- If Ruby and Jax are not safe at home, they will go to a foster family that day, with Kayleigh and Jordan's agreement, or Kayleigh and the children will go together to a parent and child foster placement, while a new plan is made.
- If Jax is not back on the 25th centile by 30 November 2025, or the PAMS report says Kayleigh and Jordan cannot keep Ruby and Jax safe even with help, Chloe will ask her manager for a legal planning meeting within 5 working days. Bev will explain to Kayleigh what this means.

## Meetings

- Core group every 4 weeks at Clunderwick Family Hub, 10am: 30 September, 28 October and 25 November 2025.
- Review conference: Thursday 11 December 2025, 1.30pm, Clunderwick Town Hall.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Family network meeting typed up from the whiteboard (mother's heroin and
#    crack use): boards for worries and danger statement, safety goals, the
#    children's three houses, scaling, next steps, "if Mum uses" and meetings.
#    The drug service is only where Mum goes (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b53_cindervale_network_meeting_whiteboard_typed_up_rooke.txt",
    "split": "tune",
    "actions": 9,
    "template": "family-network-meeting-whiteboard-typed-up-txt-where-when-typed-by-lines-then-numbered-boards-worries-and-danger-statement-working-well-safety-goals-three-houses-scaling-next-steps-if-mum-uses-meetings",
    "description": (
        "A social worker's typed copy of the whiteboard from a family network meeting for an 11- and a "
        "6-year-old (mother's heroin and crack use on top of a methadone script). One safety goal is "
        "only about the mother. The drug service and pharmacy appear only as places she goes; no adult "
        "service owns an action. Nan has the children 'whenever Danielle is struggling' with nothing "
        "to check it, 'someone from the family' does the school run, the school 'keeps an eye on' the "
        "children, the young carers referral is passive with no measure, the parenting course waits "
        "for a place, the 'if Mum uses' plan ends at Nan's, and the core group and review are not "
        "fixed."
    ),
    "text": """\
CINDERVALE COUNCIL - CHILDREN'S SERVICES
Family network meeting - whiteboard typed up

Where:      Jean Rooke's house (Nan), 7 Gorse Walk, Cindervale
When:       Thursday 2 October 2025, 4pm to 6.15pm
Typed by:   Lauren Fitch, social worker, from photos of the whiteboard
            (typed 3 October 2025; the photos are on the children's file)
Children:   Tyler Rooke (11, Year 6) and Maisie Rooke (6, Year 2), both at
            Cindervale Primary. Child protection plans since the initial
            conference on 11 September 2025 (category: neglect).
There:      Danielle Rooke (Mum), Jean Rooke (Nan), Craig Rooke (Uncle
            Craig, Mum's brother), Lauren Fitch (SW), Mrs Anne Hollis
            (Maisie's class teacher, first half hour only)
Not there:  Gavin Shaw, the children's dad (in prison until 2027)

We wrote on the board in the words people used, so not everything is in
"professional" language. Lauren has added a few notes in [square brackets].

======================================================================
BOARD 1 - WHAT WE ARE WORRIED ABOUT
======================================================================
* Danielle has used heroin on and off since she was 19 and started
  smoking crack last winter. She is on a methadone script but her tests
  in August and September showed she was still using on top.
* On 21 August Tyler couldn't wake Mum at 8am and got Maisie ready for
  school himself. They were both late and Maisie had no breakfast.
* Lauren found foil and a lighter in the bathroom on 4 September.
* The flat on Ashby Court has rent arrears and Danielle has a notice
  seeking possession. [Court hearing due in November.]
* Tyler does a lot of the looking after - Maisie's tea, her bath, the
  washing. His teacher says he falls asleep in class.

DANGER STATEMENT (Lauren wrote this and everyone agreed it)
Lauren and the school are worried that if Danielle uses heroin or crack
while she is looking after Tyler and Maisie, she could overdose or not
wake up, and the children would be left with no adult to feed them, get
them to school or get help - and Tyler would go on being the one who
looks after everyone.

======================================================================
BOARD 2 - WHAT IS WORKING WELL
======================================================================
* Nan lives five minutes away and the kids love being at hers.
* Danielle has picked up her script every day since 15 September.
  [Boots on Hadley Road confirmed this to Lauren.]
* Craig takes Tyler to football and Tyler is "really good in goal".
* Danielle was honest at the meeting about using in September.

======================================================================
BOARD 3 - SAFETY GOALS (what we want to see by the review conference)
======================================================================
* Tyler and Maisie always have a grown-up looking after them who is not
  using, and who is awake and able to look after them.
* Maisie has breakfast and gets to school on time every day, and Tyler
  does not have to be the one who does it.
* Tyler gets to be 11 - football, sleepovers at Nan's, not worrying
  about Mum.
* Danielle is off heroin and crack for good and keeps her flat.

======================================================================
BOARD 4 - WHAT TYLER AND MAISIE SAID
[Three Houses, done with Lauren at school on 29 September]
======================================================================
Tyler
  House of worries: "When Mum won't wake up." "When Maisie cries for
  Mum." "If we have to move."
  House of good things: "Football with Uncle Craig. Nan's chips."
  House of dreams: "Mum not being poorly any more, and me going to Year 7
  with my mates."
Maisie
  Drew Nan's house with a big rainbow and said "I like sleeping at
  Nanny's, she does my hair in plaits." Worries: "Mummy sleeping in the
  day." Dreams: "A puppy, and Mummy taking me to school."

======================================================================
BOARD 5 - SCALING
0 = the kids can't live with Mum; 10 = everyone is sure the kids are
safe with Mum and the plan can end
======================================================================
Danielle 6   Nan 5   Craig 6   Lauren 3   Mrs Hollis 4

======================================================================
BOARD 6 - NEXT STEPS (who is doing what)
======================================================================
1. Lauren (SW) to visit every week and see Tyler and Maisie on their own,
   one visit a fortnight at 7.45am to see the mornings. Her visit notes
   will say what the children said and who got them up.
2. Danielle to keep going to Cindervale Recovery every Wednesday and pick
   up her methadone from Boots every day - she will show Lauren her test
   results every two weeks.
3. Nan to have Tyler and Maisie at hers whenever Danielle is struggling.
4. Someone from the family to walk Maisie and Tyler to school every
   morning - the register will show them in by 8.50am.
5. Craig to take Tyler to Cindervale Colts training on Tuesdays and
   Thursdays at 6pm and to his Saturday match - Tyler's name will be on
   the team sheet each week.
6. Nan to have Tyler and Maisie for a sleepover every Friday night and
   write it on the calendar in her kitchen, which Lauren will look at when
   she visits.
7. Cindervale Primary (Mrs Hollis) to keep an eye on Tyler and Maisie
   every day.
8. Referral to be made to Cindervale Young Carers for Tyler by half term
   (24 October).
9. Danielle to do the Incredible Years parenting course at the Family Hub
   when a place comes up, and show Lauren the certificate.

======================================================================
BOARD 7 - IF MUM USES
======================================================================
If Danielle uses, or Nan or Lauren think she has (drowsy, pinned eyes,
foil in the flat), Tyler and Maisie go straight to Nan's and stay there
until Danielle gives a clear test. Nan will ring Lauren the same day, or
the out-of-hours team (number on Nan's fridge) at night or at the
weekend.

If Danielle has two tests positive for heroin or crack before the review
conference, Lauren will ask her manager for a legal planning meeting.

======================================================================
BOARD 8 - MEETINGS
======================================================================
Next family network meeting: at Nan's in about six weeks - Lauren to
text everyone a date.
Core group: to be arranged after half term.
Review conference: date to be confirmed by the conference team.
""",
    "findings": [
        F("F002", "Danielle is off heroin and crack for good and keeps her flat."),
        F("F004"),
        F("T002", "have Tyler and Maisie at hers whenever Danielle"),
        F("M001", "have Tyler and Maisie at hers whenever Danielle"),
        F("W002", "Someone from the family to walk Maisie and Tyler"),
        F("M002", "Cindervale Primary (Mrs Hollis) to keep an eye on Tyler"),
        F("W001", "Referral to be made to Cindervale Young Carers for Tyler"),
        F("M001", "Referral to be made to Cindervale Young Carers for Tyler"),
        F("T002", "parenting course at the Family Hub when a place comes up"),
        F("C003"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 5. ICPC plan after a father's release on licence (non-fatal strangulation;
#    mother's PTSD and depression). "What needs to happen" holds the outcomes
#    for the children and then a landscape table with the agency merged down
#    the first column. PDF with header and page footer. Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b53_crellinford_icpc_what_needs_to_happen_agency_merged_brannigan.pdf",
    "doc_title": "Child Protection Plan - Evie and Finn Brannigan",
    "split": "tune",
    "actions": 11,
    "template": "icpc-da-plan-paged-landscape-what-happened-what-children-told-and-showed-us-then-what-needs-to-happen-with-what-we-want-for-subheading-and-agency-merged-down-what-we-will-do-lead-worker-when-how-the-core-group-will-know-table",
    "description": (
        "Exemplary initial conference plan for a 10-year-old and a 3-year-old whose father is on licence "
        "for strangling their mother, who has PTSD and depression and replied to his messages. Under "
        "'What needs to happen' come the outcomes (one in the child's own words) and a landscape table "
        "with the agency merged down the first column: social care, probation, police, Women's Aid "
        "(IDVA and children's worker), the CMHT (assessment and report on change), GP, school and "
        "nursery each have a named lead, a timescale and something the core group will see. Specific "
        "contingency with a checked aunt and foster carers, dates and the legal step."
    ),
    "landscape": True,
    "header": "OFFICIAL-SENSITIVE | Crellinford City Council | Children's Social Care",
    "footer": "Evie and Finn Brannigan – child protection plan – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "check_vmerge": 3,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Initial child protection conference held on 14 October 2025 at Crellinford Civic Centre"),
        ("kv", [
            ("Children", "Evie Brannigan, born 21/03/2015 (10), Year 6, St Mark's CE Primary; "
                         "Finn Brannigan, born 08/01/2022 (3), Little Wrens Nursery"),
            ("Living with", "Leah Brannigan (mum, 35), 9 Tennyson Road, Crellinford"),
            ("Father", "Scott Brannigan (37), released on licence on 1 August 2025; living at Haldane House "
                       "approved premises until 1 February 2026"),
            ("Category", "Emotional abuse"),
            ("Social worker", "Ellie Sandford, Crellinford Assessment and Intervention Team"),
            ("Chair", "Rajesh Moore, Child Protection Chair"),
        ]),
        ("h1", "What happened"),
        ("p", "In June 2024 Scott strangled Leah in the kitchen while Evie watched from the stairs; Evie ran "
              "next door for help. Scott was convicted of assault occasioning actual bodily harm and sentenced "
              "to 28 months. He was released on licence on 1 August 2025, with conditions not to contact Leah "
              "or the children and not to enter an exclusion zone around Tennyson Road, the school and the "
              "nursery. On 26 September Leah told the social worker that Scott had messaged her from a new "
              "number asking to see the children, and that she had replied."),
        ("p", "Leah was diagnosed with post-traumatic stress disorder and depression in 2024 and is under the "
              "Crellinford Community Mental Health Team. She has nightmares most nights and on some mornings "
              "cannot get up; on those days Evie dresses Finn and gives him his breakfast."),
        ("h1", "What Evie and Finn have told us and shown us"),
        ("p", "Evie (seen on her own at school, 7 October): \"I don't want Dad to come back. I know Mum misses "
              "him sometimes but he scares me. When he lived with us I used to put my headphones on so I "
              "couldn't hear.\" She put home at 4 out of 10 for feeling safe, \"because Mum is sad a lot and I "
              "worry Dad will find us\". She would like her mum to be happy again and to go back to Brownies."),
        ("p", "Finn is not yet able to talk about home. At nursery he plays \"daddies shouting\" with the dolls "
              "and jumps when a door bangs, and at home time he asks for Evie. On the home visit of 10 October "
              "he climbed on to Leah's lap for a story and laughed when she did the voices."),
        ("h1", "What needs to happen"),
        ("h2", "What we want for Evie and Finn"),
        ("bullets", [
            "In Evie's words: \"I want to feel 10 out of 10 safe at home and not have to worry about Dad "
            "turning up.\"",
            "Evie and Finn have no contact with their dad – in person, by phone or by message – unless the core "
            "group has agreed it is safe.",
            "An adult gets Finn up and gives him breakfast every morning, so Evie no longer has to.",
            "Finn can play and sleep without being frightened, and nursery sees the shouting games stop.",
            "Evie and Finn live with a mum who understands the risk their dad poses to them and keeps to her "
            "safety plan.",
        ]),
        ("h2", "Who will do what"),
        ("table", {
            "header": ["Agency", "What we will do", "Lead worker", "When", "How the core group will know"],
            "widths": [3.3, 8.4, 4.0, 4.0, 6.0],
            "bold_first_col": True,
            "rows": [
                ["Children's Social Care",
                 "Visit Evie and Finn at home, see each child on their own, and see the morning routine at "
                 "least once a month by calling before 8.15am",
                 "Ellie Sandford, social worker", "Every 2 weeks",
                 "Visit records include each child's words or play, and who got Finn ready that morning"],
                [V,
                 "Complete a parenting assessment of Leah, covering her understanding of the risk from Scott, "
                 "her contact with him since his release, and how her PTSD affects the children's care",
                 "Ellie Sandford, social worker", "Completed by 21 November 2025",
                 "Assessment shared with Leah and with the core group on 25 November 2025"],
                ["Probation Service – Crellinford",
                 "Enforce Scott's licence conditions (no contact with Leah, Evie or Finn; the exclusion zone; "
                 "residence at Haldane House) and tell the SW the same day about any breach or any request he "
                 "makes to see the children",
                 "Gareth Lyle, probation officer", "Weekly supervision; any breach reported the same day",
                 "Monthly email to the SW listing appointments kept and any breach; each breach recorded on the "
                 "children's file with the action taken"],
                [V,
                 "Start Scott on the Building Better Relationships programme and share the facilitators' view "
                 "of his attitude to Leah and the children",
                 "Gareth Lyle, probation officer", "First session by 27 November 2025",
                 "Attendance list each month and a written progress report to the review conference"],
                ["Crellinford Police – Domestic Abuse Unit",
                 "Keep the domestic abuse warning marker on 9 Tennyson Road so that any 999 call there gets an "
                 "emergency response",
                 "DS Carol Whitlock", "Marker confirmed by 17 October 2025, then checked every 3 months",
                 "Email from the control room confirming the marker; any call-out shared with the SW within "
                 "24 hours"],
                ["Crellinford Women's Aid",
                 "Update Leah's safety plan with her, including what she does if Scott contacts her, and "
                 "Evie's own part (her code word, who she rings, where she goes)",
                 "Naomi Frost, IDVA", "By 24 October 2025, then every 4 weeks",
                 "Updated plan signed by Leah and on file; Evie can tell the SW her part of the plan at the "
                 "next visit"],
                [V,
                 "Eight one-to-one sessions with Evie on what happened at home and on feeling safe, using the "
                 "Safe Hands workbook",
                 "Lucy Amadi, children's domestic abuse worker", "Weekly from 5 November 2025 (8 weeks)",
                 "Evie's own safety score recorded at the first and last sessions and sent to the SW with a "
                 "short closing summary"],
                ["Crellinford Community Mental Health Team",
                 "Assess Leah for trauma-focused therapy and start it; report to each core group on whether her "
                 "nightmares, mood and mornings are changing, how this shows in her care of Evie and Finn, and "
                 "how long therapy is likely to take",
                 "Joanna Bright, care co-ordinator (CPN)",
                 "Assessment by 7 November 2025; written update before each core group",
                 "Written update at each core group; assessment letter giving the likely length of therapy "
                 "shared with the SW"],
                ["Elm Road Surgery",
                 "See Leah about her sleep and her antidepressant dose, and share the outcome with her care "
                 "co-ordinator and the SW",
                 "Dr Hannah Iqbal, GP", "By 31 October 2025",
                 "GP letter to Joanna Bright and the SW setting out what was agreed"],
                ["St Mark's CE Primary",
                 "Check in with Evie every Monday morning and pass anything she says about home or her dad to "
                 "the SW the same day; track her attendance and punctuality",
                 "Mr Femi Adeyemi, DSL", "Every Monday in term time",
                 "Check-in log; attendance at 96% or above and Evie in class by 8.50am, sent to the SW every "
                 "2 weeks"],
                ["Little Wrens Nursery",
                 "Note how Finn arrives, who brings him, what he plays and how he separates, and send a weekly "
                 "summary",
                 "Sinead Walsh, keyworker", "Each session (Monday to Thursday); summary every Friday",
                 "Weekly summary emailed to the SW, noting any shouting play"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Scott contacts Leah or the children in any way, comes into the exclusion zone or to the house, "
              "Leah will ring 999. Police will arrest him for the breach, probation will start recall the same "
              "day, and Ellie (or the emergency duty team) will hold a strategy discussion that day."),
        ("p", "If Leah meets Scott, lets him into the house or lets him speak to the children, Ellie will hold a "
              "strategy discussion the same day, and Evie and Finn will stay with their aunt, Rosie Kane, at 22 "
              "Dunmore Lane while a new safety plan is made. If Rosie cannot have them, they will go to approved "
              "foster carers that day."),
        ("p", "If Leah is too unwell to get up and care for Finn, or tells anyone she has thoughts of ending her "
              "life, the CMHT crisis team will assess her that day and the children will stay with Rosie (or "
              "with foster carers if Rosie cannot) until it is safe for them to go home."),
        ("h1", "Meetings"),
        ("p", "Core group every 4 weeks at St Mark's CE Primary, 3.30pm: 28 October, 25 November and 16 December "
              "2025 (brought forward a week for Christmas)."),
        ("p", "Review child protection conference: 13 January 2026, 10am, Crellinford Civic Centre."),
        ("p", "If Leah has contact with Scott again, or the parenting assessment finds she cannot protect Evie "
              "and Finn from him, Ellie will ask the team manager for a legal planning meeting within 5 working "
              "days."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. RCPC plan for a 12-year-old young carer (mother's schizoaffective
#    disorder, drinking when unwell). Leon's wishes numbered W1-W4 in his own
#    words, the conference's outcomes, then an action table with a "Leon's
#    wish" link column (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b53_coldharrow_rcpc_leons_wishes_link_column_barraclough.docx",
    "doc_title": "Child Protection Plan - Leon Barraclough",
    "split": "tune",
    "actions": 10,
    "template": "rcpc-plan-docx-progress-since-icpc-leons-views-then-what-leon-wants-w1-w4-in-his-words-and-conference-outcomes-then-action-lead-agency-and-worker-target-date-how-we-will-measure-success-leons-wish-link-column",
    "description": (
        "First review conference plan for a 12-year-old living with his mother, who has schizoaffective "
        "disorder and drinks when unwell. Leon's wishes are numbered in his own words and each action "
        "is linked to one. One conference outcome is only about the mother; the care co-ordinator only "
        "supports her (measured by 'engagement') and the psychiatrist only reviews medication; the GP's "
        "alcohol check has no measure; young carers is 'ongoing'; the mentor has no date; 'All "
        "professionals' pass on concerns; the second review conference is 'to be confirmed'."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Coldharrow Metropolitan Borough Council – Children's Social Care – Review Child Protection "
              "Conference"),
        ("kv", [
            ("Child", "Leon Barraclough, born 19/05/2013 (12), Year 8 at Coldharrow Academy"),
            ("Lives with", "Tasha Barraclough (mum), 6 Quarry Bank, Coldharrow"),
            ("Father", "Not involved; no contact since 2019"),
            ("Conference", "First review, 22/10/2025 (initial conference 30/07/2025)"),
            ("Category", "Neglect – plan continues"),
            ("Chair", "Moira Fenwick"),
            ("Social worker", "Ryan Cleary"),
            ("Advocate", "Jo Tate, Coldharrow Children's Rights Service"),
        ]),
        ("h1", "Progress since the initial conference"),
        ("p", "Tasha has schizoaffective disorder and has been under the Coldharrow Community Mental Health "
              "Team since 2016. Before the initial conference she had stopped her monthly depot injection and "
              "was drinking cider most evenings; Leon missed 19 school days last year and told school he stayed "
              "at home because Mum \"was talking to people who weren't there\". Since July Tasha has had her "
              "depot in August and September but was nine days late in October. Leon's attendance this term is "
              "88%. There has been food in the house at most visits. Tasha says she is down to \"a couple of "
              "cans at the weekend\", and no professional has seen her drunk since August."),
        ("h1", "Leon's views"),
        ("p", "Leon met Jo, his advocate, on 14 October and wrote his own page for conference: \"Things are "
              "better than before the summer. Mum is having her injection but when she misses it she gets weird "
              "and stays up all night, and I don't like leaving her on her own then. I like going to Auntie "
              "Sharon's for tea. I don't want to go into care.\" He said he would like \"someone at school I "
              "can talk to who isn't my form tutor\"."),
        ("h1", "What Leon wants"),
        ("p", "W1 – \"I want to go to school every day and not have to stay home to look after Mum.\""),
        ("p", "W2 – \"I want time for me, like football and being with my mates.\""),
        ("p", "W3 – \"I want there to be food in and my uniform washed.\""),
        ("p", "W4 – \"I want to know what to do if Mum gets poorly again.\""),
        ("h1", "What the conference wants for Leon by the next review"),
        ("bullets", [
            "Leon is in school every day, with attendance at 95% or above, and never misses school to look "
            "after his mum.",
            "Leon lives in a home with food, clean clothes and an adult who is well enough to look after him.",
            "Tasha takes her depot injection every month and stays well.",
        ]),
        ("h1", "Action plan"),
        ("table", {
            "header": ["Action", "Lead agency and worker", "Target date", "How we will measure success",
                       "Leon's wish"],
            "widths": [5.2, 3.6, 2.6, 4.2, 1.4],
            "rows": [
                ["See Leon at home and on his own at school; check there is food in the house and his uniform "
                 "is clean",
                 "Children's Social Care – Ryan Cleary (SW)", "Every 10 working days",
                 "Visit records note Leon's words, the food in the house and the state of his uniform",
                 "W1, W3"],
                ["Visit Tasha at home to support her with her mood and remind her about her depot appointments",
                 "Coldharrow CMHT – Jen Oakes, care co-ordinator", "Fortnightly",
                 "Tasha's engagement with the care co-ordinator", "W1"],
                ["Outpatient medication review for Tasha, including whether her depot dose needs to change",
                 "Coldharrow CMHT – Dr Imran Baig, consultant psychiatrist", "By 28/11/2025",
                 "Clinic letter to the GP, copied to the SW", "W1"],
                ["Attend the depot clinic at Bramley House for the monthly injection",
                 "Tasha Barraclough", "Every 4 weeks; next due 04/11/2025",
                 "Depot clinic record, confirmed to the SW by the care co-ordinator each month", "W1"],
                ["Offer Tasha an alcohol check (AUDIT) and liver function tests, and talk to her about the "
                 "Coldharrow Alcohol Team",
                 "GP – Dr Lucy Penrose, Ferncliffe Medical Practice", "By 14/11/2025", "", "W1"],
                ["Young carers assessment for Leon and a place at the Tuesday young carers football session",
                 "Coldharrow Young Carers – Gemma Fisk", "Ongoing",
                 "Assessment sent to the SW; the club register shows Leon attending", "W2"],
                ["Arrange a learning mentor for Leon and a quiet place he can go at break if he is worried",
                 "Coldharrow Academy – Mr Dev Patel (DSL)", "",
                 "Mentor sessions logged on CPOMS and shared with the SW", "W1"],
                ["Breakfast club place and free school meals for Leon",
                 "Coldharrow Academy – Mrs Anne Holroyd, family liaison officer",
                 "From 03/11/2025, every school day",
                 "Breakfast club register; Leon in class by 8.45am", "W1, W3"],
                ["Go through Leon's 'if Mum is poorly' card with him and practise who he rings and where he goes",
                 "Children's Social Care – Ryan Cleary (SW), with Leon", "By 07/11/2025, then every other visit",
                 "Leon can tell the SW the three steps and the numbers; the card is in his blazer pocket", "W4"],
                ["Tell the SW the same day if Tasha seems unwell or has been drinking, or Leon says he is "
                 "worried about her",
                 "All professionals", "Same day",
                 "Each contact logged on Leon's file", "W1, W4"],
            ],
        }),
        ("h1", "Contingency"),
        ("p", "If Tasha is more than seven days late for her depot, tells Leon or anyone else that she is hearing "
              "voices, or is found drunk while caring for Leon, the SW (or the emergency duty team) will see "
              "Leon the same day and hold a strategy discussion, and the CMHT duty worker will arrange an "
              "assessment of Tasha that day. Leon will stay with his aunt, Sharon Barraclough, at 14 Pellow "
              "Street until Tasha is well again; if Sharon cannot have him, he will stay with foster carers."),
        ("h1", "Core group and review conference"),
        ("p", "Core group every 4 weeks at Coldharrow Academy, 3.45pm: 12/11/2025 and 10/12/2025."),
        ("p", "Second review child protection conference: date to be confirmed by the Conference and Review "
              "Team."),
        ("p", "If Tasha misses her depot two months running, or Leon's attendance falls below 90% again, the SW "
              "will request a legal planning meeting."),
    ],
    "findings": [
        F("F002", "Tasha takes her depot injection every month and stays well."),
        F("H001", "Visit Tasha at home to support her with her mood"),
        F("M002", "Visit Tasha at home to support her with her mood"),
        F("H001", "Outpatient medication review for Tasha, including whether her depot"),
        F("M001", "Offer Tasha an alcohol check (AUDIT) and liver function tests"),
        F("T002", "Young carers assessment for Leon and a place"),
        F("T001", "Arrange a learning mentor for Leon and a quiet place"),
        F("W002", "Tell the SW the same day if Tasha seems unwell"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 7. RCPC plan typed in a plain-text template with roman-numbered sections;
#    actions are numbered blocks with the owner on the first line and a
#    "We will know because" line (father's cocaine and alcohol use and
#    violence; paternal grandparents supervise contact). Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b53_cassenby_rcpc_roman_sections_owner_first_blocks_dunmore.txt",
    "split": "tune",
    "actions": 11,
    "template": "rcpc-plan-txt-dot-leader-details-roman-numbered-sections-what-we-are-aiming-for-lettered-then-numbered-5-n-blocks-owner-on-first-line-what-and-when-then-we-will-know-because-line",
    "description": (
        "Exemplary first review conference plan for a 14-year-old and a 5-year-old whose father's cocaine "
        "and alcohol use went with violence to their mother; he now lives with his parents, who supervise "
        "and drive Sunday contact. Outcomes in the teenager's words and the conference's; each action is "
        "a numbered block with the owner first and a 'We will know because' line. The drug and alcohol "
        "service reports on change, the GP owns an action, the IDVA, perpetrator programme, schools and "
        "a youth worker are all in; the grandparents have a fallback, dates are set and legal planning "
        "follows a return home or further violence."
    ),
    "text": """\
CASSENBY BOROUGH COUNCIL
Children's Services - Safeguarding and Family Support (South)

CHILD PROTECTION PLAN - AS AGREED AT THE REVIEW CONFERENCE
==========================================================

Children ........ Harley Dunmore, 14 (Year 10, Cassenby Academy)
                  Bonnie Dunmore, 5 (Year 1, Holmefield Infants)
Living with ..... Shannon Dunmore (mum), 40 Larch Avenue, Cassenby
Dad ............. Ricky Dunmore, staying with his parents, Val and Pete
                  Dunmore, at 3 Cobden Street since 19/07/2025
Conference ...... First review, 30/09/2025 (initial conference 08/07/2025)
Category ........ Emotional abuse - plan continues
Chair ........... Angela Wray
Social worker ... Tom Fairley


I.   WHY THERE IS A PLAN

Ricky has used cocaine at weekends for about three years and drinks
heavily when he uses. Police were called to Larch Avenue five times
between January and June 2025. On 14 June Ricky punched a hole in the
bedroom door while Shannon was holding Bonnie, and Harley, trying to get
between them, was shoved into the banister. Shannon asked Ricky to leave
in July and he has been living with his parents since.


II.  WHAT HAS CHANGED SINCE JULY

There have been no police call-outs since Ricky moved out. He has been
to Horizons every week since 22 July; two of his first four saliva tests
were positive for cocaine, but the six since August have been clear.
Shannon has met the IDVA every fortnight and has changed the locks.
Bonnie has seen her dad every Sunday at Val and Pete's. Harley's
attendance last term was 81% and he was excluded for a day in June for
fighting; this term it is 94%.


III. HARLEY AND BONNIE

Harley (seen on his own at the library, 23 September): "It's calmer.
Mum's not on edge all the time. I'm not ready to see him yet - maybe
after Christmas, if he's actually changed." He put home at 7 out of 10
for feeling safe, up from 3 in July. He said he still stays in some
mornings "to make sure Mum's all right", and that the thing he wants
most is "to stop feeling angry all the time".

Bonnie (seen at home and at school, 17 and 25 September) drew Sunday at
Nanny Val's with "Daddy and me doing Lego". She told her teacher "Daddy
doesn't shout at Nanny's house". Her teacher says Bonnie is tired and
clingy on some Mondays but settles by break time.


IV.  WHAT WE ARE AIMING FOR

In Harley's words: "Home stays calm, I don't have to check on Mum, and
I get my GCSEs."

The conference agreed that by the next review:
  (a) Harley and Bonnie live at home with no shouting, threats or
      violence, and Harley scores home at 8 or more out of 10 for
      feeling safe.
  (b) Bonnie sees her dad every Sunday in a way that is safe, and the
      visit ends if he has used or been drinking.
  (c) Harley is in school every day and no longer stays at home to look
      after his mum.


V.   WHO WILL DO WHAT

5.1  Tom Fairley, social worker
     Sees Harley and Bonnie every two weeks - Harley on his own away from
     the house (he has asked for the library), Bonnie at home and at
     school. One visit a month is unannounced.
     We will know because: the visit notes record what each child says,
     in their own words, and Harley's safety score.

5.2  Ricky Dunmore (Dad)
     Goes to Horizons every Tuesday at 10am for key work and gives a
     saliva test for cocaine and a breath test for alcohol.
     We will know because: Horizons sends the test results to Tom every
     Friday.

5.3  Ayesha Raine, recovery worker, Horizons (Cassenby Drug and Alcohol
     Service)
     Writes a report for every core group on whether Ricky's use is going
     down, what his tests show, and what this means for the safety of
     Sunday contact with Bonnie; the report reaches Tom two working days
     before each core group.
     We will know because: the report, with the test results attached,
     is read at each core group.

5.4  Dr Nadim Sattar, GP, Millgate Surgery
     Sees Ricky by 17/10/2025 about his drinking, takes blood for liver
     function tests and talks through a community alcohol detox.
     We will know because: Dr Sattar writes to Ayesha and Tom with the
     results and what was agreed.

5.5  Ricky Dunmore, with the Changing Ways programme (Cassenby DAPP)
     Goes to the 26-week men's group every Thursday, 6.30 to 8.30pm, from
     02/10/2025.
     We will know because: the facilitator, Owen Pryce, sends Tom the
     attendance on the last Friday of each month and a mid-point report
     by 15/01/2026.

5.6  Marcia Bell, IDVA, Cassenby Domestic Abuse Service
     Meets Shannon every two weeks to keep her safety plan up to date,
     including the code word Harley texts to his mum or to Val if he is
     worried, and what Bonnie's school does if Ricky turns up there.
     We will know because: the updated plan is signed by Shannon and kept
     on file, and Harley can tell Tom the code word and who it goes to.

5.7  Val Dunmore (Nanny Val, Ricky's mum)
     Stays in the room for all of Ricky's time with Bonnie, every Sunday
     from 12 noon to 4pm at 3 Cobden Street, and ends the visit if Ricky
     has been drinking or using.
     We will know because: Val and Ricky sign the contact book each
     Sunday and Tom reads it at every visit.

5.8  Pete Dunmore (Grandad, Ricky's dad)
     Collects Bonnie from Larch Avenue at 11.45am on Sundays and brings
     her home by 4.15pm, so that Ricky never comes to the house.
     We will know because: Shannon writes the pick-up and drop-off times
     in the contact book, which Tom checks at each visit.

5.9  Miss Ella Rowe, Bonnie's class teacher, with Mr Ian Yates, DSL,
     Holmefield Infants
     Writes a short note every Monday on how Bonnie is after the weekend:
     her mood, whether she is tired, and anything she says about home or
     her dad.
     We will know because: the Monday note is emailed to Tom by the end
     of each Monday.

5.10 Mrs Jas Kaur, DSL, Cassenby Academy
     Meets Harley every Monday in period 1 and rings home by 10am on any
     day he is absent.
     We will know because: Harley's attendance is at 95% or above by the
     review conference, and the DSL log goes to Tom every two weeks.

5.11 Nyla Stone, youth worker, Cassenby Safe Space project
     Sees Harley for eight one-to-one sessions, on Wednesdays in period 5
     from 08/10/2025, on what happened at home, his anger and healthy
     relationships.
     We will know because: Nyla sends Tom a summary after sessions 4 and
     8, with Harley's own scores for how safe and how angry he feels.


VI.  IF THE PLAN IS NOT KEEPING HARLEY AND BONNIE SAFE

If Ricky comes to 40 Larch Avenue, contacts Shannon other than by the
agreed text about Sundays, tests positive for cocaine, or Val or Pete
see that he has been drinking or using on a Sunday, contact stops that
day. If Ricky is at the house, Shannon or Harley will ring 999. Tom (or
the emergency duty team out of hours) will hold a strategy discussion
the same day, and contact will not restart until a new risk assessment
has been done.

If Val or Pete cannot do a Sunday (illness, holiday, or Val does not
feel able to keep Ricky to the rules), that Sunday's contact does not go
ahead with anyone else in the family. Tom will book supervised contact
at Cassenby Family Centre within 7 days instead.

If Shannon lets Ricky move back into the house before the Horizons and
Changing Ways reports say it is safe, or there is any further violence,
Tom will ask the team manager for a legal planning meeting within 5
working days.


VII. MEETINGS

Core group every 6 weeks at Cassenby Academy, 4pm: 28/10/2025,
09/12/2025, 20/01/2026 and 03/03/2026.
Second review child protection conference: 24/03/2026, 10am, Cassenby
Town Hall.

Typed by Tom Fairley, SW, 01/10/2025. Copies to Shannon, Ricky, Val and
Pete Dunmore and all agencies named in section V.
""",
    "findings": [],
})
