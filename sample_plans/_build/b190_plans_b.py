"""Batch 190, module b: seven fictional plans (tuning material), places beginning with "b".

Everything here is made up: children, families, professionals, services,
schools, hospitals, police forces and councils. Any likeness to real people
or cases is a coincidence. Labels were written by hand from docs/rules.md
and the labelling conventions in sample_plans/README.md, without running,
importing or reading planlint.

Focus: every action timed, in the many ways real writers time their work.
Every action in these plans has a real timescale (there is no T001, and no
plan has more than one T002), but the time is given in different places
and words: split over "From" and "Until" columns; by banner rows across a
table ("Straight away: within 5 working days of this conference", "Every
week until the review conference on 09/06/2026", "By the end of the summer
term", "Each time it happens: the same day"); in the item's own words
("every week until he is back on the 25th centile, then every two weeks
until his 1-year check", "every morning and bedtime", "on Tuesdays and
Fridays for six weeks from 10/03/2026", "from the day Ava starts nursery",
"within 24 hours of any missed appointment") with a week-commencing
calendar keyed by item number for the one-off items; by stage headings in
weeks of pregnancy and events ("Now until 32 weeks", "On the ward: from the
birth until baby goes home", "until baby's 6-8 week check"); in a case
system's "Happens" and "Next due" lines; in "Happens" and "Finish by"
columns tied to a move between authorities; and in lead-in lines over
parts ("All of Part 1 starts today and runs until the day Rosie is
discharged") with "How often", "Frequency and duration" and "Dates"
columns. The four faulty plans hold a few faults of other kinds: owners
missing or collective, measures missing or vague, a mental health service
that only supports, an outcome about an adult only, family help with no
fallback, a vague contingency, no legal planning, no adult service owning
any action, a referral handed on until transfer, and a core group with no
frequency or dates.

1. an initial conference plan for a 5-year-old and a 14-month-old whose
   father drinks and was violent to their mother, a landscape Word table
   "Ref / What needs to happen / Lead / From / Until / What we will see"
   (docx, exemplary);
2. a review conference plan for three children living with neglect, their
   mother depressed and under the community mental health team, one table
   "What will happen / Who / How we'll know" timed by banner rows, page
   header and footer (pdf): faults are the young carers referral "when
   Kayla feels ready" under a dated banner, the CPN's fortnightly visits
   that only support the mother's mood and medication, "Family network"
   owning the school mornings, the nursery's checks "Monitored by
   nursery", an outcome about the mother only, and the grandmother's and
   aunt's help with no fallback (T002, H001, W002, M002, F002, C003);
3. an initial conference plan for a 2-year-old and a 9-month-old living
   with neglect, fifteen numbered items with a bold owner and a "We'll
   know" sentence, timed in their own words or by a week-commencing
   calendar keyed by item number (md, exemplary);
4. a pre-birth plan for an unborn baby whose father uses cannabis and
   cocaine, owner-first bullets under stage headings that carry the time
   (md): faults are the Family Nurse Partnership referral that "will be
   made" by no one, the father's Dads to Be group with nothing to say how
   we will know, the grandmother's first week measured by "keep an eye
   on", the grandmother's help with no fallback, and no legal planning
   (W001, M001, M002, C003, R002);
5. a third core group record printed from a case system for a 13-year-old
   and a 9-year-old after domestic abuse, an action list of blocks with
   "Happens" and "Next due" lines (txt): faults are the mother's group
   evidenced by "engagement with the group", the learning mentor's
   sessions with "-" for evidence, the play therapy referral "as and when a
   place comes up" and next due "TBC", the bus pass with "-" for its owner, a
   contingency that only says the core group will review and consider if
   things do not improve, and no legal planning (M002, M001, T002, W001,
   C002, R002);
6. a review conference plan for a 10-year-old and a 6-year-old whose
   mother drinks, the family moving to another authority, a landscape
   table with "Happens" and "Finish by" columns (docx): faults are the
   young carers referral handed to the receiving authority's social worker
   to make once the case has transferred, "All agencies" sharing worries,
   the family support worker's sessions with "-" for success, the
   mother's drinking recorded with no adult service owning any action, and
   a core group that only meets "regularly" (X001, W002, M001, F004, R001);
7. an initial conference plan for a 4-month-old looked after under section
   20 and still on a children's ward, in three parts each opened by a line
   giving its time, with "How often", "Frequency and duration" and "Dates"
   columns, page header and footer (pdf, exemplary).

Three plans (1, 3 and 7) are exemplary: every action has a named owner, a
real timescale and something that can be seen, counted or read; every
outcome is about the child; each contingency has specific triggers and
protective responses, and a fallback where a relative helps; each records
the child's words or observed days, core group dates and a dated review
conference, and legal planning after named triggers; adult services (a
recovery service, a GP, a drug and alcohol service, a perinatal mental
health team) own actions where a parent drinks, uses drugs or is ill, and
the perinatal mental health team is asked for its view of the mother's
capacity to change and how long it would take; the looked-after baby in
hospital is visited twice a week.

Counting convention used for "actions" (README convention 1): each row of
an action table (banner rows excepted), each numbered item of the plan and
each bullet under the plan's stage headings, and each block of the case
system's action list counts once, whatever number of sentences it holds.
The week calendar (which only times items by number), part lead-in lines,
details, worries, what is going well, the children's words and days,
outcomes, contingencies, meeting dates, the core group record's updates
(including the action it records as closed) and distribution lines are not
actions.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. Initial conference plan, a father's drinking and violence: Word table
#    with "From" and "Until" columns beside the owner. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b190_bruncliffe_icpc_from_until_columns_price.docx",
    "doc_title": "Child Protection Plan - Zion and Ada Price",
    "split": "tune",
    "actions": 15,
    "landscape": True,
    "template": "icpc-plan-docx-landscape-kv-details-why-we-are-worried-going-well-zions-words-and-adas-day-numbered-outcomes-then-ref-what-needs-to-happen-lead-from-until-what-we-will-see-table-time-split-over-two-columns-then-if-things-go-wrong-with-grandmother-fallback-core-group-and-review-lines",
    "description": (
        "Exemplary initial conference plan for a 5-year-old and a 14-month-old whose father drinks most "
        "nights and pushed their mother into a door while they were at home; the paternal grandmother collects "
        "the 5-year-old from school twice a week. The plan is a landscape Word table whose time is split "
        "over two columns, 'From' and 'Until', with dates, events and the review conference in them "
        "('02/03/2026 (today)', 'Review conference, 19/05/2026', 'End of the summer term (22/07/2026)', "
        "'Report by 05/05/2026'), and rhythms inside the action ('every Thursday', 'every school day', "
        "'within 24 hours of any call-out'). Every row has a named lead and something that can be seen "
        "or read; the recovery service reports on the father's drinking and change; the contingency "
        "has specific triggers, protective responses, a fallback if the grandmother cannot help and "
        "legal planning; core group dates and the review conference are set; Zion's words and Ada's "
        "day are recorded."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Bruncliffe Borough Council, Children's Social Care - Safeguarding and Family Support Team East"),
        ("p", "Initial child protection conference held on 02/03/2026 at Bruncliffe Civic Offices. Chair: "
              "Patrick Oyelowo (Child Protection Chair). This plan was agreed at the conference and talked "
              "through with Kemi and Jordan before they left."),
        ("h1", "About Zion and Ada"),
        ("kv", [
            ("Children", "Zion Price, born 11/01/2021 (5, Reception, St Luke's CE Primary School); Ada Price, "
                         "born 29/12/2024 (14 months, at home)"),
            ("Category", "Emotional abuse (both children)"),
            ("Home", "Flat 6, Hollis Court, Weaver Lane, Bruncliffe BR4 2JD"),
            ("Mum", "Kemi Okafor (27)"),
            ("Dad", "Jordan Price (30), lives at the flat"),
            ("Paternal grandmother", "Gloria Price, 21 Selby Road, Bruncliffe (ten minutes' walk)"),
            ("Dad's brother", "Marcus Price, 14 Carder Street, Bruncliffe"),
            ("Social worker", "Hannah Quayle (team manager: Rachel Dunn)"),
            ("Health visitor", "Sunita Rai, Bruncliffe 0-19 Service"),
            ("School", "St Luke's CE Primary School: Mrs Gail Fenwick, Designated Safeguarding Lead"),
            ("GP", "Dr Fiona Baird, Rowan Street Surgery"),
        ]),
        ("h1", "Why we are worried"),
        ("p", "Jordan drinks four or five cans of strong lager most evenings and more at weekends. On "
              "14/02/2026 the police were called by a neighbour at 11.40pm. Jordan had been drinking since "
              "the afternoon; he pushed Kemi into the kitchen door and she cut her head. Zion was found by "
              "the officers hiding under his duvet with Ada in his arms. Jordan was arrested and released "
              "under investigation. This was the third police call-out to the flat in a year; the first two "
              "were for shouting."),
        ("p", "Zion has started wetting the bed again and told his teacher he is \"scared of the smelly drink\". "
              "Ada missed her 12-month immunisations, and at the strategy discussion the health visitor said "
              "that Ada's bedtimes are late and irregular and she is often still up at 10pm when Jordan has "
              "friends round. There is no suggestion that either parent has any mental health difficulty."),
        ("h1", "What is going well"),
        ("bullets", [
            "Kemi called the police herself on 14/02/2026 and has been honest with Hannah about what Zion and "
            "Ada have seen.",
            "Jordan told the conference \"I know it's the drink\" and has agreed to see the Bruncliffe "
            "Recovery Service.",
            "Zion's attendance this year is 97%; his teacher says he is a kind boy who loves the construction "
            "area.",
            "Gloria is close to the children and already collects Zion from school on Mondays and Wednesdays.",
            "Ada is well fed and her weight follows the 50th centile.",
        ]),
        ("h1", "What Zion says and what Ada's day is like"),
        ("p", "Zion (seen on his own at school by Hannah on 24/02/2026) said: \"Daddy shouts when he has the "
              "smelly drink. I get Ada and we hide under my covers.\" \"Mummy had blood on her head.\" He "
              "would like \"Daddy to be nice and not shout\", and he wants to keep going to \"Granny Gloria's "
              "for fish fingers\". On a scale of sad to happy faces he pointed to the middle face for home "
              "and the happiest face for Granny's."),
        ("p", "Ada is 14 months old and cannot tell us in words. Sunita saw her at home on 26/02/2026: she is "
              "walking around the furniture, says \"Mama\" and \"Zi\" (for Zion), and goes to Kemi for a cuddle "
              "when a stranger comes in. Kemi says that on nights when Jordan is drinking Ada wakes several "
              "times and will only settle in Kemi's bed. When the buzzer went during the visit Ada froze and "
              "looked at the door until Kemi picked her up."),
        ("h1", "What we want for Zion and Ada"),
        ("numbers", [
            "Zion and Ada live in a home where no one is drunk around them and where the adults do not "
            "shout at or hurt each other.",
            "Zion feels safe at home, sleeps in a dry bed, and knows who to tell if he is frightened.",
            "Ada has a calm bedtime routine, is in bed by 7.30pm most nights, and is up to date with her "
            "immunisations and health checks.",
            "Zion and Ada keep seeing Granny Gloria, who helps keep their weeks calm and predictable.",
        ]),
        ("h1", "The plan"),
        ("p", "The From and Until columns say when each piece of work starts and when it finishes or is next "
              "looked at. Unless the row says otherwise, work that runs \"until the review\" is looked at again "
              "at the review conference on 19/05/2026."),
        ("table", {
            "header": ["Ref", "What needs to happen", "Lead", "From", "Until", "What we will see"],
            "widths": [1.2, 8.0, 4.3, 2.7, 3.0, 6.5],
            "rows": [
                ["1", "Visit Zion and Ada at home every week, one visit in three unannounced; see Zion on his "
                      "own and Ada awake, and look at the food, the beds and where Ada sleeps",
                 "Hannah Quayle, social worker", "02/03/2026 (today)", "Review conference, 19/05/2026",
                 "Visit record on the case file within 48 hours, with Zion's words and what Ada was doing"],
                ["2", "Write a safety plan with Kemi: who she rings, where she and the children go if Jordan "
                      "comes home drunk, and the words Zion can use to ask for help",
                 "Hannah Quayle, social worker, with Kemi", "03/03/2026", "13/03/2026",
                 "Safety plan signed by Kemi, with copies on the case file and with Mrs Fenwick by 13/03/2026"],
                ["3", "Go to an assessment at the Bruncliffe Recovery Service, then to key-work sessions about "
                      "his drinking every Thursday at 4pm",
                 "Jordan Price (Dad)", "05/03/2026 (assessment)", "Review conference, 19/05/2026",
                 "Attendance letter from the Recovery Service to Hannah at the end of each month, showing every "
                 "session attended"],
                ["4", "Breath test Jordan at every key-work session, and write a report on his drinking, what he "
                      "has changed and how likely he is to stay sober while caring for Zion and Ada",
                 "Dev Mistry, recovery worker, Bruncliffe Recovery Service (drug and alcohol service)",
                 "05/03/2026", "Report by 05/05/2026",
                 "Breathalyser readings e-mailed to Hannah after each session; written report shared with the "
                 "core group on 07/05/2026"],
                ["5", "Not look after Zion or Ada, or stay at the flat, on any day he has had a drink; stay at his "
                      "brother Marcus's flat at 14 Carder Street instead",
                 "Jordan Price (Dad)", "02/03/2026 (today)", "Review conference, 19/05/2026",
                 "Kemi texts Hannah each Sunday saying where Jordan slept each night; no drink seen or smelled "
                 "at Hannah's unannounced visits"],
                ["6", "Go to the Pathways group for women who have lived with domestic abuse, ten Tuesday "
                      "mornings at Bruncliffe Family Hub, with a crèche place for Ada",
                 "Kemi Okafor (Mum)", "10/03/2026", "12/05/2026 (tenth session)",
                 "Group register sent to Hannah by the Family Hub every fortnight; Kemi's end-of-group review "
                 "with the group worker on file"],
                ["7", "Go to the assessment for the Change Ahead programme for men who have been abusive to a "
                      "partner and, if offered a place, to every Monday evening session",
                 "Jordan Price (Dad)", "16/03/2026", "Assessment done by 30/04/2026",
                 "Assessment letter from Change Ahead to Hannah by 30/04/2026; attendance register e-mailed to "
                 "Hannah monthly once sessions start"],
                ["8", "Visit Ada at home every four weeks: weigh her, complete an ASQ-3 at the first visit and "
                      "again in May, and talk through a bedtime routine with Kemi",
                 "Sunita Rai, health visitor", "09/03/2026", "Review conference, 19/05/2026",
                 "Weights plotted in the red book; both ASQ-3 scores in the health visiting record and e-mailed "
                 "to Hannah after each visit"],
                ["9", "Take Ada to Rowan Street Surgery for her missed 12-month immunisations",
                 "Kemi Okafor (Mum)", "02/03/2026", "31/03/2026",
                 "Immunisations written in the red book and on the GP record; Sunita checks them at her April "
                 "visit"],
                ["10", "Check in with Zion at the classroom door every school day, and ring Hannah the same day "
                       "if he is hungry, hurt or says something worrying about home",
                 "Mrs Gail Fenwick, DSL, St Luke's CE Primary School", "03/03/2026",
                 "End of the summer term (22/07/2026)",
                 "Check-ins logged on CPOMS; attendance and a CPOMS summary e-mailed to Hannah each Friday; "
                 "Zion's attendance stays at 95% or more"],
                ["11", "Home sessions with Kemi on Ada's day (meals, naps and a bedtime routine), every Thursday "
                       "morning for eight weeks",
                 "Lewis Okoro, family support worker, Bruncliffe Family Hub", "12/03/2026", "30/04/2026",
                 "Ada's routine chart kept by Kemi and seen at each session; Lewis's closing summary on file by "
                 "07/05/2026 showing Ada in bed by 7.30pm on at least five nights a week"],
                ["12", "Collect Zion from school on Mondays and Wednesdays and give him his tea at her house "
                       "until Kemi collects him at 6pm",
                 "Gloria Price, paternal grandmother", "02/03/2026", "Review conference, 19/05/2026",
                 "School signing-out sheet shows Gloria collecting Zion; Gloria texts Hannah each Wednesday "
                 "evening"],
                ["13", "Four sessions of direct work with Zion at school about his feelings and home, using the "
                       "Three Houses and his worry monster",
                 "Hannah Quayle, social worker", "16/03/2026", "06/04/2026 (four Mondays)",
                 "Zion's Three Houses drawings on file; his words written into Hannah's report for the review "
                 "conference"],
                ["14", "Put a domestic abuse marker on the flat's address, and tell Hannah within 24 hours of any "
                       "call-out to the flat",
                 "PC Aaron Lowe, Domestic Abuse Unit, Bruncliffe Police", "02/03/2026",
                 "Review conference, 19/05/2026",
                 "Marker confirmed to Hannah in writing by 06/03/2026; police notification of any call-out on "
                 "the case file within 24 hours"],
                ["15", "See Jordan about his drinking, take liver function bloods, and write to Hannah with the "
                       "results and any treatment offered",
                 "Dr Fiona Baird, GP, Rowan Street Surgery", "09/03/2026", "06/04/2026",
                 "GP letter with the blood results on Hannah's file by 06/04/2026"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Jordan comes to the flat after drinking, or there is shouting or violence: Kemi rings 999 and "
            "takes the children into Ada's room as the safety plan says; Jordan leaves for Marcus's flat that "
            "night; Hannah (or the Emergency Duty Team) holds a strategy discussion with the police and health "
            "the same day, and Kemi and the children can go to Bruncliffe Women's Refuge that night if Kemi "
            "wants or it is not safe to stay.",
            "If Jordan is found drunk while caring for Zion or Ada, the police are called to the flat again, or "
            "Jordan's breath tests show he is still drinking at the core group on 07/05/2026, Hannah will ask "
            "Rachel Dunn (team manager) for a legal planning meeting within 5 working days, to decide whether to "
            "start the Public Law Outline.",
            "If Gloria cannot collect Zion on a Monday or Wednesday, she rings Kemi and the school office by "
            "noon; Zion stays at the school's Owls after-school club until 5.30pm (a place paid for by "
            "children's services and booked from 09/03/2026) and Kemi collects him. If Gloria has to stop "
            "helping altogether, Hannah books Owls Club for both days within 2 working days.",
        ]),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks at Bruncliffe Family Hub, Thursdays at 10am: 12/03/2026, 09/04/2026 "
            "and 07/05/2026.",
            "Review child protection conference: 19/05/2026 at 10am, Bruncliffe Civic Offices.",
        ]),
        ("p", "Plan sent to Kemi, Jordan, Gloria and every agency on 04/03/2026."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Review conference plan, neglect, a mother's depression: one table whose
#    time is given by banner rows ("Straight away...", "Every week until the
#    review...", "By the end of the summer term", "Each time it happens").
#    Page header and footer. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b190_barrowmere_rcpc_time_banner_rows_haslam.pdf",
    "doc_title": "Review Child Protection Plan - Kayla, Reece and Mia Haslam",
    "split": "tune",
    "actions": 15,
    "min_pages": 2,
    "header": "OFFICIAL-SENSITIVE · Barrowmere Council Children's Services",
    "footer": "Kayla, Reece and Mia Haslam · Review child protection plan (10/03/2026) · Page {PAGE} of {NUMPAGES}",
    "template": "rcpc-plan-paged-header-footer-details-kv-what-has-changed-worries-childrens-words-outcomes-then-what-who-how-well-know-table-time-given-by-banner-rows-straight-away-every-week-until-review-by-end-of-summer-term-each-time-it-happens-rows-with-own-rhythm-then-contingency-meetings",
    "description": (
        "Review conference plan for an 11-year-old, a 7-year-old and a 3-year-old living with neglect; "
        "their mother has depression and anxiety and is under the community mental health team, and "
        "their grandmother and aunt help. The plan is one table with no When column: the time is given "
        "by banner rows across it ('Straight away: within 5 working days of this conference (by "
        "17/03/2026)', 'Every week until the review conference on 09/06/2026', 'By the end of the "
        "summer term (22/07/2026)', 'Each time it happens: the same day'), and some rows give their own "
        "rhythm ('fortnightly', 'on Tuesdays and Fridays', 'at every session'). Faults: the young carers "
        "referral is made 'when Kayla feels ready', overriding its banner; the CPN's fortnightly visits "
        "only support the mother's mood and medication; 'Family network' owns the school-morning row; "
        "the nursery's checks are measured by 'Monitored by nursery'; one outcome is about the mother "
        "only; and the plan leans on the grandmother and aunt with no fallback if they cannot help."
    ),
    "blocks": [
        ("title", "Review Child Protection Plan"),
        ("p", "Review child protection conference, Tuesday 10/03/2026, Barrowmere Town Hall. Chair: Moira "
              "Saddler (Independent Reviewing Officer). The children remain subject to child protection plans "
              "under the category of neglect."),
        ("h1", "Details"),
        ("kv", [
            ("Children", "Kayla Haslam, born 14/08/2014 (11, Year 6); Reece Haslam, born 03/02/2019 (7, Year 2), "
                         "both at Barrowmere Moor Primary School; Mia Haslam, born 20/11/2022 (3, Little Oaks "
                         "Nursery)"),
            ("Address", "27 Fenwick Terrace, Barrowmere BA2 8LT"),
            ("Mum", "Leanne Haslam (34)"),
            ("Dads", "Darren Cole (Kayla's and Reece's dad) lives in Tilsford and has them every other weekend; "
                     "Mia's dad is not in contact"),
            ("Maternal grandmother", "June Haslam, 3 Mill Row, Barrowmere"),
            ("Maternal aunt", "Stacey Haslam, 40 Fenwick Terrace"),
            ("Social worker", "Carly Benson, Children in Need and Protection Team 2 (team manager: Gemma Rourke)"),
            ("Date of initial conference", "08/12/2025"),
        ]),
        ("h1", "What has changed since December"),
        ("p", "Leanne has depression and anxiety. She has been under the Barrowmere Community Mental Health "
              "Team since 2023, and her CPN, Rob Ainsley, has seen her every fortnight since the initial "
              "conference. She restarted her antidepressant in January. June now comes to the house three "
              "mornings a week, and on those days the children have been in school on time. Kayla's and "
              "Reece's attendance has gone up from 84% to 91%. New mattresses have not been bought yet and "
              "both boys' beds were still wet and unwashed on Carly's visit on 26/02/2026."),
        ("h1", "What we are still worried about"),
        ("bullets", [
            "On the mornings June does not come, Leanne often stays in bed and Kayla gets Reece and Mia up, "
            "dressed and fed. Kayla has been late four times this term because she walked Mia to nursery "
            "first.",
            "Mia arrives at nursery in clothes from the day before, without a coat, and asks for food as soon "
            "as she comes in.",
            "There is often little food in the house by the end of the week.",
            "Kayla starts at Barrowmere High School in September and her teacher says she is worried about "
            "leaving Mia and Reece.",
        ]),
        ("h1", "What the children say"),
        ("p", "Kayla (seen on her own at school, 02/03/2026): \"When Mum's bad I do the breakfasts. I don't mind "
              "but I'm always late and then I get a detention.\" \"I want Mum to get better and I want to go to "
              "the Year 6 residential.\" On a scale of 0 to 10 for how safe home feels she gave 6, \"because "
              "Nana June comes now\"."),
        ("p", "Reece (at home, 26/02/2026) showed Carly his bed and said \"it's a bit smelly\". He likes Auntie "
              "Stacey's on Sundays \"because we have a bath with bubbles and roast dinner\"."),
        ("p", "Mia (observed at nursery by Carly, 04/03/2026) ran to the snack table as soon as she came in and "
              "ate three pieces of toast. She chatted to her keyworker about \"Kayla my big sister\" and drew a "
              "picture of Kayla holding her hand."),
        ("h1", "What we want for Kayla, Reece and Mia"),
        ("numbers", [
            "Kayla, Reece and Mia get up to a warm, clean home, have breakfast, and get to school and nursery "
            "on time every day.",
            "Kayla no longer has to look after Reece and Mia in the mornings, and has time to be an 11-year-old "
            "and get ready for high school.",
            "Mia is clean, dressed for the weather, eats enough, and reaches the milestones expected of a "
            "3-year-old.",
            "Leanne's mental health is stable and she takes her medication every day.",
        ]),
        ("h1", "The plan"),
        ("p", "The shaded rows say when the rows under them happen. Where a row gives its own rhythm, that "
              "rhythm applies."),
        ("table", {
            "header": ["What will happen", "Who", "How we'll know"],
            "widths": [8.0, 4.0, 5.0],
            "rows": [
                ["Straight away: within 5 working days of this conference (by 17/03/2026)", H, H],
                ["Book an appointment with her GP about her antidepressant and how she is sleeping, and tell "
                 "Carly the date",
                 "Leanne Haslam (Mum)",
                 "Leanne shows Carly the appointment text; GP letter after the appointment copied to Carly"],
                ["Order two new mattresses and waterproof covers, and bedding for all three children, from the "
                 "Family Hub essentials fund",
                 "Carly Benson, social worker",
                 "Mattresses and bedding delivered and seen on the boys' beds at Carly's next visit"],
                ["Talk to Kayla about the Barrowmere Young Carers group, and make the referral when Kayla feels "
                 "ready",
                 "Carly Benson, social worker",
                 "Referral acknowledged by Barrowmere Young Carers; date of Kayla's first group on file"],
                ["Every week until the review conference on 09/06/2026", H, H],
                ["Visit the children at home, one visit in three unannounced; see each child on their own and "
                 "look at the beds, the food cupboards and the washing",
                 "Carly Benson, social worker",
                 "Visit records within 48 hours, with each child's words and what was in the cupboards"],
                ["Fortnightly home visits to support Leanne with her mood and her medication",
                 "Rob Ainsley, CPN, Barrowmere Community Mental Health Team",
                 "Visit notes on the CMHT record; Leanne's PHQ-9 score recorded at each visit"],
                ["Make sure an adult is up with the children by 7.30am on school days and gets Kayla and Reece to "
                 "school by 8.45am and Mia to nursery by 9am",
                 "Family network",
                 "School and nursery registers show all three children in on time, in the school's Friday "
                 "e-mail to Carly"],
                ["Collect Mia from nursery on Tuesdays and Fridays, and give all three children their tea at her "
                 "house until 6pm",
                 "June Haslam, maternal grandmother",
                 "Nursery signing-out sheet shows June collecting Mia; June texts Carly each Friday evening"],
                ["Have the children on Sunday afternoons for a bath, clean clothes for the week and a cooked "
                 "dinner",
                 "Stacey Haslam, maternal aunt",
                 "Children arrive at school and nursery in clean clothes on Mondays, recorded at registration "
                 "and in the Friday e-mail"],
                ["Check how Mia is when she arrives at every session: whether she is clean, dressed for the "
                 "weather and has eaten, and give her breakfast if she has not",
                 "Hayley Moss, manager, Little Oaks Nursery",
                 "Monitored by nursery"],
                ["Give Kayla and Reece a free Breakfast Club place, and send Carly their attendance and any "
                 "worries",
                 "Mr Dean Parry, DSL, Barrowmere Moor Primary School",
                 "Breakfast Club register and attendance in the Friday e-mail; attendance 95% or more for both "
                 "by the review conference"],
                ["Home sessions with Leanne on a daily routine (meals, shopping, laundry and bedtimes), with a "
                 "home conditions checklist scored with Carly at the first and last sessions, ending 12/05/2026",
                 "Jodie Marr, family support worker, Barrowmere Family Hub",
                 "Checklist score up from 9/20 to at least 15/20 at the last session, agreed by Jodie and Carly"],
                ["By the end of the summer term (22/07/2026)", H, H],
                ["Arrange three extra transition visits for Kayla to Barrowmere High School and a meeting with "
                 "her new Head of Year 7",
                 "Mr Dean Parry, DSL, Barrowmere Moor Primary School",
                 "Visit dates and the meeting note on Kayla's transition file, copied to Carly"],
                ["Complete Mia's development review with an ASQ-3, and refer her for a hearing test if the "
                 "review shows any speech delay",
                 "Anita Cole, health visitor, Barrowmere 0-19 Service",
                 "ASQ-3 scores in the health visiting record, e-mailed to Carly; hearing test letter on file if "
                 "referred"],
                ["Each time it happens: the same day", H, H],
                ["If Mia is not at nursery by 9.30am, ring Leanne, and ring Carly if Leanne has not answered by "
                 "10am",
                 "Hayley Moss, manager, Little Oaks Nursery",
                 "Absence call log at nursery; Carly's note of each call on the case file"],
                ["If any of the children has an injury or says something worrying, ring Carly (or the duty "
                 "social worker) and write it down",
                 "Mr Dean Parry (school) and Hayley Moss (nursery)",
                 "Entry on CPOMS or the nursery's safeguarding log; Carly's record of the call"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("bullets", [
            "If any of the children is not in school or nursery by 10am and Leanne cannot be reached, Carly (or "
            "the duty social worker) visits the house that morning and sees all three children.",
            "If the children are found at home without an adult who is up and able to care for them, they go "
            "to June's house at 3 Mill Row that day, and Carly holds a strategy discussion with the police and "
            "health the same day.",
            "If Leanne says she has thoughts of harming herself, or Rob finds her mood has dropped sharply, "
            "Rob refers her to the CMHT crisis team the same day and tells Carly, and the children stay with "
            "June until Carly and Rob agree it is safe for them to go home.",
            "If by the core group on 19/05/2026 Kayla's and Reece's attendance is below 90% or the home "
            "conditions checklist score is below 15/20, Carly will ask Gemma Rourke for a legal planning "
            "meeting within 10 working days.",
        ]),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks at Barrowmere Family Hub, Tuesdays at 1.30pm: 24/03/2026, 21/04/2026 "
            "and 19/05/2026.",
            "Next review child protection conference: 09/06/2026 at 10am, Barrowmere Town Hall.",
        ]),
        ("p", "Plan sent to Leanne, Darren, June, Stacey and every agency on 12/03/2026."),
    ],
    "findings": [
        F("T002", "make the referral when Kayla feels ready"),
        F("H001", "Fortnightly home visits to support Leanne with her mood"),
        F("W002", "Make sure an adult is up with the children by 7.30am"),
        F("M002", "Check how Mia is when she arrives at every session"),
        F("F002", "Leanne's mental health is stable and she takes her medication every day."),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Initial conference plan, neglect of a toddler and a baby: numbered
#    actions with the owner and "We'll know" in each, most timed in their
#    own words, the one-off ones timed by a week-by-week calendar keyed by
#    action number. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b190_bexthorpe_icpc_numbered_items_week_calendar_tennant.md",
    "split": "tune",
    "actions": 15,
    "template": "icpc-plan-md-bold-details-lines-why-worried-going-well-avas-words-and-leos-day-outcomes-then-numbered-items-bold-owner-first-well-know-sentence-times-in-the-item-rhythms-ages-and-events-then-when-part-week-commencing-calendar-table-keyed-by-item-number-for-one-off-items-then-if-things-go-wrong-meetings",
    "description": (
        "Exemplary initial conference plan for a 2-year-old and a 9-month-old living with neglect: the "
        "baby's weight has dropped from the 50th to the 9th centile, the toddler needs four teeth out and "
        "her speech is behind, and the flat is dirty with dog mess on the floor. The plan is fifteen "
        "numbered items, each with a bold owner and a 'We'll know' sentence. Most give their own time in "
        "ordinary words ('every week until he is back on the 25th centile, then every two weeks until his "
        "1-year check', 'every morning and bedtime', 'on Tuesdays and Fridays for six weeks from "
        "10/03/2026', 'from the day Ava starts nursery', 'within 24 hours of any missed appointment'); "
        "the one-off items are timed by a 'When' calendar keyed by item number (week commencing). The "
        "grandmother's and aunt's help has a fallback, legal planning follows named triggers, core group "
        "and review dates are set, and Ava's words and Leo's day are recorded."
    ),
    "text": """\
# Bexthorpe Council - Children's Services

## Child protection plan for Ava and Leo Tennant

**Initial child protection conference:** Wednesday 04/03/2026, Bexthorpe Children's Centre
**Chair:** Lorraine Pugh (Child Protection Chair)
**Category:** Neglect (both children)

**Ava Tennant**, born 10/11/2023 (2 years 3 months)
**Leo Tennant**, born 02/06/2025 (9 months)
**Home:** 5 Coppice Walk, Bexthorpe BX7 3QN, with Mum, **Chloe Tennant** (24), and Dad, **Aaron Wright** (27)
**Nana Sue:** Sue Tennant, Chloe's mum, 18 Alder Close, Bexthorpe
**Auntie Kerry:** Kerry Wright, Aaron's sister, 2 Coppice Walk (two doors away)
**Social worker:** Priya Shah, Bexthorpe Safeguarding Team (team manager: Mark Bolton)
**Health visitor:** Tom Keane, Bexthorpe 0-19 Service

### Why we are worried

At Leo's 9-month review on 12/02/2026 Tom found that Leo's weight had dropped from the 50th centile at
birth to just above the 9th. His bottles are often propped on a cushion while he lies in his bouncer, and
Chloe said she sometimes "loses track" of his feeds. Ava has four decayed front teeth that the dentist says
must come out under a general anaesthetic; she goes to bed with a bottle of juice. Ava says only a few
words and does not yet put two words together. When Priya visited on 19/02/2026 and 25/02/2026 there was
dog mess on the kitchen and living room floors, where Leo crawls, and the sink was full of dirty bottles.
Three health appointments for the children have been missed since November.

### What is going well

- Chloe and Aaron love the children, came to the conference together and agreed with most of what was said.
- Aaron has found a new home for the dog; it goes to his cousin's on 08/03/2026.
- Nana Sue and Auntie Kerry both came to the conference and have offered practical help.
- Ava is affectionate and curious, and Leo smiles and babbles when he is talked to.

### What Ava says and what Leo's day is like

Ava is 2 and has few words. When Priya asked her about her teeth on 25/02/2026 she pointed to her mouth and
said "ow teeth, ow". She brought Priya her favourite book about a bear and said "read, read", and sat on
Priya's knee for the whole story. At Nana Sue's she runs to the bathroom to "bath, bubbles".

Leo is 9 months old. On Priya's visits he spent most of the time in his bouncer facing the television,
with his bottle propped on a cushion; when the bottle slipped he cried until Aaron fixed it. When Chloe
picked him up and talked to him he stopped crying straight away, smiled and grabbed at her hair. Tom saw
that he was hungry during the review and fed fast from a bottle Chloe made up.

### What we want for Ava and Leo

1. Leo is held for his feeds, gets enough milk and food, and is back on the 25th centile by his first birthday.
2. Ava has her bad teeth taken out, has no new decay, and goes to bed without a bottle.
3. Ava's speech is helped at home and at nursery, and she is putting two words together by the review.
4. Ava and Leo live in a clean flat where they can crawl and play on the floor safely.
5. Every health appointment Ava and Leo need is kept.

### Our plan

Each item says who will do it and how we will know. Where an item says when, that is its time; the
one-off items are given their week in the calendar under "When" below.

1. **Priya Shah (social worker)** will visit Ava and Leo at home every week until the review conference,
   on different days and one visit in three unannounced, and will see Leo feed and Ava play. We'll know:
   Priya's visit notes, written within 48 hours, say how Leo was fed, what Ava said and what the floors
   were like.
2. **Tom Keane (health visitor)** will weigh Leo at home every week until he is back on the 25th centile,
   then every two weeks until his 1-year check. We'll know: each weight is plotted in the red book and
   e-mailed to Priya the same day.
3. **Chloe** will hold Leo for every bottle and give him three meals a day, and will write every feed and
   meal in the feeding diary each day. We'll know: Tom reads the diary at each weighing and Leo's weight
   goes up along the chart.
4. **Chloe and Aaron** will take Ava to the Bexthorpe Community Dental Service for her teeth to be taken
   out under a general anaesthetic (see the calendar). We'll know: the dental service's discharge letter
   is on Priya's file.
5. **Chloe and Aaron** will brush Ava's teeth with fluoride toothpaste every morning and bedtime, and will
   stop the bedtime bottle from tonight. We'll know: the brushing chart on the fridge is filled in and
   seen at every visit, and the dentist finds no new decay at Ava's check three months after her treatment.
6. **Priya** will apply for Ava's funded nursery place at Little Acorns Nursery (see the calendar). We'll
   know: the nursery's offer letter, with Ava's start date, is on file.
7. **Jess Ahmed (Ava's keyworker, Little Acorns Nursery)** will write down Ava's new words and how she
   plays and eats at every session from the day Ava starts nursery. We'll know: Ava's learning journal,
   and a summary sent to Priya at the end of each month.
8. **Auntie Kerry** will take Ava to nursery on Mondays and Thursdays, from the day Ava starts nursery.
   We'll know: the nursery register shows Ava in by 9am on those days.
9. **Dan Ibe (family support worker, Bexthorpe Family Hub)** will work with Chloe and Aaron at home on
   Tuesdays and Fridays for six weeks from 10/03/2026, cleaning, sterilising bottles and making a safe
   space on the floor for Leo. We'll know: the home conditions checklist, scored by Dan and Priya
   together, goes up from 6/20 at the first session to at least 16/20 at the last.
10. **Nana Sue** will have Ava and Leo at her house every Saturday from 10am to 4pm while Chloe and Aaron
    do the weekly clean. We'll know: Sue texts Priya each Saturday evening, and Dan finds the flat clean
    at Tuesday's session.
11. **Aaron** will go to the Being Dad course at Bexthorpe Family Hub, eight Wednesday evenings (see the
    calendar for the start). We'll know: the course register, and the course worker's end-of-course note
    to Priya.
12. **Mel Grant (practice nurse, Bexthorpe Lane Surgery)** will ring Chloe within 24 hours of any missed
    appointment for Ava or Leo, rebook it and tell Priya. We'll know: the surgery's missed-appointment log
    is e-mailed to Priya on the first Monday of each month, and no appointment is left unbooked.
13. **Tom** will repeat Leo's developmental check with an ASQ-3 (see the calendar), to see whether the
    help with feeds and play is making a difference. We'll know: the ASQ-3 scores are in the health
    visiting record and sent to Priya.
14. **Ellen Morrow (speech and language therapist, Bexthorpe Children's Therapies)** will assess Ava's
    speech and set targets for home and nursery (see the calendar). We'll know: her report with the
    targets is sent to Chloe, Aaron, the nursery and Priya, and the targets are in Ava's nursery plan.
15. **Priya** will watch Ava play at nursery and at home twice before the review, and write down what Ava
    says and does (see the calendar). We'll know: both observations are in Priya's report to the review
    conference.

### When: the calendar for the one-off items

| Week commencing | Item | What happens that week |
|---|---|---|
| 09/03/2026 | 6 | Nursery place applied for and confirmed by Friday 13/03/2026; Ava starts on Monday 16/03/2026 |
| 16/03/2026 | 11 | Being Dad starts on Wednesday 18/03/2026 and runs every Wednesday to 06/05/2026 |
| 23/03/2026 | 4 | Ava's dental treatment, Thursday 26/03/2026, 8am at Bexthorpe Community Dental Service |
| 30/03/2026 | 13 | Leo's development review with an ASQ-3, Wednesday 01/04/2026 |
| 13/04/2026 | 15 | First observation of Ava (at nursery) |
| 20/04/2026 | 14 | Ava's speech and language assessment; report to be sent by 08/05/2026 |
| 11/05/2026 | 15 | Second observation of Ava (at home) |

### If things go wrong

- If Leo loses weight at any weighing, or his weight falls below the 9th centile, Tom will ring the GP that
  day for Leo to be seen the same day or referred to the paediatric assessment unit at Bexthorpe General,
  and Priya will visit that day.
- If Priya or Dan finds dog mess or rubbish on a floor where Leo crawls, or no clean bottles, the children
  go to Nana Sue's that day while the flat is cleaned with Dan the next working day. If Nana Sue cannot have
  them, Priya will ask Chloe and Aaron to agree to the children staying with Bexthorpe foster carers until
  the flat is safe.
- If Nana Sue cannot do a Saturday, she tells Priya by Friday evening and Dan visits on the Monday morning
  to do the weekly clean with Chloe. If Auntie Kerry cannot do the nursery run, she tells Chloe by 8am and
  Aaron takes Ava before work; if that arrangement breaks down, Priya will book a taxi through the Family
  Hub's transport budget for Ava's nursery sessions within 2 working days.
- If Ava or Leo has an injury no one can explain, Priya will hold a strategy discussion with the police and
  health that day.
- If Leo is not back above the 9th centile and gaining by the core group on 13/05/2026, or two more health
  appointments are missed, Priya will ask Mark Bolton for a legal planning meeting within 10 working days
  to decide whether to start the Public Law Outline.

### Meetings

- Core group every four weeks at Bexthorpe Children's Centre, Wednesdays at 10am: 18/03/2026, 15/04/2026
  and 13/05/2026.
- Review child protection conference: Wednesday 27/05/2026 at 1pm, Bexthorpe Children's Centre.

Plan sent to Chloe, Aaron, Sue, Kerry and every agency on 06/03/2026.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Pre-birth plan, a father's drug use: bullets under stage headings that
#    carry the time (weeks of pregnancy, dates, the birth, discharge, the
#    6-8 week check), some bullets with their own rhythm. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b190_blakewater_prebirth_stage_headings_timed_bullets_reeve.md",
    "split": "tune",
    "actions": 17,
    "template": "prebirth-icpc-plan-md-details-list-why-worried-going-well-babys-world-what-we-want-then-plan-as-owner-first-bullets-under-four-stage-headings-that-carry-the-time-weeks-of-pregnancy-birth-discharge-6-8-week-check-well-know-in-each-bullet-then-if-things-go-wrong-meetings",
    "description": (
        "Pre-birth initial conference plan for an unborn baby whose 20-year-old mother is a care leaver "
        "and whose father smokes cannabis daily and uses cocaine at weekends, with one police call-out "
        "for an argument. The plan is owner-first bullets under four stage headings that carry the time "
        "('Now until 32 weeks (05/03/2026 to 02/04/2026)', 'From 32 weeks until the birth', 'On the "
        "ward: from the birth until baby goes home', 'At home: from discharge until baby's 6-8 week "
        "check'), with some bullets giving their own rhythm ('every two weeks until 36 weeks', 'every "
        "Wednesday evening for six weeks from 08/04/2026', 'within 2 hours of the birth', 'every night "
        "for the first seven nights after discharge'). The drug service reports on the father's use. "
        "Faults: the Family Nurse Partnership referral 'will be made' by no one; the father's Dads to "
        "Be group has nothing to say how we will know; the grandmother's first week is measured by "
        "'keep an eye on'; the plan leans on the grandmother with no fallback if she cannot help; and "
        "nothing says legal planning follows if things do not change."
    ),
    "text": """\
# Blakewater Council - Children and Families

## Pre-birth child protection plan: Baby Reeve (unborn)

Agreed at the pre-birth initial child protection conference on Thursday 05/03/2026, Blakewater Civic
Centre. Chair: Dennis Achterberg (Child Protection Chair). Category: neglect (unborn baby).

### Who is who

- **Baby Reeve**, unborn. Due 28/05/2026; Shannon was 28 weeks pregnant on the day of the conference.
- **Shannon Doyle** (20), Mum. Lives with Callum at Flat 9, Quarry House, Blakewater BW3 6EE.
- **Callum Reeve** (23), Dad.
- **Nana Jackie**: Jackie Doyle, Shannon's mum, 31 Kiln Street, Blakewater.
- **Marie Lomas**, social worker, Blakewater Safeguarding Team (team manager: Paul Henshaw).
- **Kelly Burns**, community midwife, Riverside midwifery team.
- **Zoe Grant**, specialist safeguarding midwife, Blakewater General Hospital.
- **Lisa Hart**, health visitor, Blakewater 0-19 Service.
- **Gita Parmar**, recovery worker, Blakewater Drug and Alcohol Service.
- **Dr Neil Osei**, GP, Quarry Lane Medical Practice.

### Why we are worried

Callum smokes cannabis every day and told Marie he uses cocaine "most weekends" with friends. He says
he has never used at home, but Kelly smelled cannabis in the flat at the booking visit and again on
19/02/2026. On 27/12/2025 neighbours called the police about shouting; Shannon had a red mark on her
arm and said Callum had grabbed her when she tried to take his phone. No one was arrested. Shannon was
in foster care from the age of 9 to 18 and has had little help from anyone in learning to care for a
baby. The flat has no cot or Moses basket yet, and the couple have rent arrears of £740.

### What is going well

- Shannon has been to every antenatal appointment and her scans show baby is growing well.
- Callum has agreed to go to the Blakewater Drug and Alcohol Service and came to the conference.
- Shannon and Nana Jackie have grown closer during the pregnancy, and Jackie has offered to stay for
  the first week after the birth.
- Shannon's personal adviser from the leaving care team, Ryan Fox, helped her apply for a Sure Start
  Maternity Grant, which has been paid.

### Baby's world

Baby cannot tell us what she needs yet, so we have written down what we know. At the 20-week scan
baby was active and measuring well, and Kelly has plotted her growth on the chart at every appointment
since. Shannon talks to her bump and has chosen the name Isla-Rose. Baby will come home to a first
floor flat where, at the moment, people smoke cannabis. She will need feeding every two to three hours,
a clear cot with no smoke around her, and two calm, sober adults.

### What we want for baby

1. Baby is born safely and only goes home when the discharge planning meeting has agreed who will care
   for her and how.
2. Baby lives in a smoke-free and drug-free home, with no drugs or equipment anywhere she can reach.
3. Baby is fed, held and settled by calm, sober parents, and grows along her centile line.
4. Baby never sees or hears her parents hurting or frightening each other.

### The plan

Each heading below says when the work under it happens. A bullet that gives its own rhythm follows it.

#### Now until 32 weeks (05/03/2026 to 02/04/2026)

- **Marie Lomas (SW)** will complete a pre-birth parenting assessment with Shannon and Callum in
  weekly sessions, including what Shannon learned from her own childhood. We'll know: the assessment
  report, with a recommendation for the birth and discharge, is shared with the core group by 32 weeks
  (02/04/2026).
- A referral will be made to the Family Nurse Partnership so that Shannon has a family nurse before
  baby is born. We'll know: FNP's acceptance letter, with the name of Shannon's family nurse, is on file.
- **Callum** will go to an assessment at Blakewater Drug and Alcohol Service, then to key-work sessions
  every Monday at 11am. We'll know: the service's attendance letter to Marie at the end of each month.
- **Gita Parmar (recovery worker)** will take a urine drug screen from Callum at every key-work session
  and write a report on his cannabis and cocaine use, what he has changed and whether he is likely to
  stay off drugs once baby is home. We'll know: each result is e-mailed to Marie after the session, and
  Gita's report is on Marie's file by 36 weeks (30/04/2026).
- **Shannon** will go to her antenatal appointments with Kelly every two weeks until 36 weeks, then every
  week. We'll know: Kelly's appointment notes, and any missed appointment phoned to Marie the same day.
- **Kelly Burns (midwife)** will put the safeguarding birth plan on the maternity record, so that the
  labour ward knows to tell Marie of the birth and not to discharge baby before the discharge planning
  meeting. We'll know: a copy of the birth plan is on Marie's file.

#### From 32 weeks until the birth (from 02/04/2026)

- **Shannon and Callum** will go to four "Ready for Baby" classes at Blakewater Family Hub, Thursdays
  6pm to 8pm. We'll know: the class register is sent to Marie after each session.
- **Callum** will go to the Dads to Be group at Blakewater Family Hub every Wednesday evening for six
  weeks from 08/04/2026.
- **Lisa Hart (HV)** will make an antenatal home visit by 36 weeks (30/04/2026) to talk about safe sleep
  and coping with crying, and to check the cot and smoke alarm. We'll know: the antenatal contact record
  and home safety checklist are e-mailed to Marie.
- **Marie Lomas (SW)** will visit Shannon and Callum at home every week, with one unannounced visit each
  fortnight, and see Shannon on her own at least once a fortnight. We'll know: visit records within 48
  hours, saying whether cannabis was smelled in the flat and what Shannon said on her own.

#### On the ward: from the birth until baby goes home

- **The midwife in charge of the labour ward** will ring Marie (or the Emergency Duty Team out of hours)
  within 2 hours of the birth. We'll know: the call is written in the maternity notes and on Marie's
  case file.
- **Zoe Grant (safeguarding midwife)** will chair a discharge planning meeting on the ward before baby
  goes home. We'll know: the written discharge plan, signed by Shannon and Callum, is sent to the core
  group the same day.
- **Heron Ward midwives** (the midwife in charge of each shift) will write down how Shannon and Callum
  feed, change, hold and settle baby every shift. We'll know: the parenting observation sheet in baby's
  notes is copied to Marie before the discharge planning meeting.

#### At home: from discharge until baby's 6-8 week check

- **Lisa Hart (HV)** will do the new birth visit at 10-14 days and then visit every week. We'll know:
  each weight is plotted in the red book and safe sleep is seen and written in the health visiting
  record at every visit.
- **Nana Jackie** will stay at the flat every night for the first seven nights after discharge, and keep
  an eye on how Shannon is coping.
- **Nana Jackie** will drive Shannon and baby to every hospital follow-up and GP appointment. We'll know:
  each appointment letter shows baby was seen, and Jackie texts Marie after each one.
- **Dr Neil Osei (GP)** will do baby's 6-8 week check and Shannon's postnatal check, and write to Marie
  about anything in baby's care that worries him. We'll know: the GP letter is on Marie's file within a
  week of the check.

### If things go wrong

- If any of Callum's drug screens shows cocaine, or Shannon or Callum is seen under the influence of any
  drug, Marie will hold a strategy discussion with the police and health that day, and Zoe will update
  the birth plan so that baby stays on the ward until a new plan is agreed.
- If there is shouting or violence between Shannon and Callum, or the police are called to the flat,
  Shannon rings 999 if she or baby is in danger, Callum leaves the flat that day and stays with his
  friend Liam at 6 Brook Lane, and Marie holds a strategy discussion the same day.
- If Shannon or Callum tries to take baby off the ward before the discharge planning meeting has agreed
  it, the midwife in charge rings the police and Marie (or the Emergency Duty Team) straight away.

### Meetings

- Core group every four weeks at Blakewater Family Hub, Thursdays at 2pm: 19/03/2026, 16/04/2026 and
  14/05/2026, then within 10 working days of baby's birth.
- Review child protection conference: Thursday 04/06/2026 at 10am, Blakewater Civic Centre (or within 10
  working days of the birth if baby is born before 21/05/2026).

Plan sent to Shannon, Callum, Jackie and every agency on 09/03/2026.
""",
    "findings": [
        F("W001", "A referral will be made to the Family Nurse Partnership"),
        F("M001", "will go to the Dads to Be group at Blakewater Family Hub"),
        F("M002", "stay at the flat every night for the first seven nights"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Third core group record printed from a case system: attendance,
#    updates, the children's words, then an action list of blocks with
#    "Happens:" (how often) and "Next due:" (a date or event) lines beside
#    Owner and Evidence. Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b190_bramhollow_core_group_record_happens_next_due_kerr.txt",
    "split": "tune",
    "actions": 16,
    "template": "core-group-3-record-txt-case-system-print-caps-headings-dot-leader-details-present-initials-updates-since-last-core-group-childrens-words-outcomes-then-action-list-blocks-what-owner-happens-next-due-evidence-lines-then-contingency-next-meetings",
    "description": (
        "Third core group record for a 13-year-old and a 9-year-old after domestic abuse by the "
        "younger child's father, printed from the council's case system: their mother let him into the "
        "house in breach of a non-molestation order, the older boy's attendance has fallen and the younger girl comes to "
        "school hungry. After the attendance, updates and the children's words, the plan is an action "
        "list of blocks with two time lines, 'Happens:' for how often ('every week, one in three "
        "unannounced', 'alternate Saturdays, 10am to 12pm', 'within 24 hours of any call-out', "
        "'Wednesdays 4pm to 5.30pm for eight weeks') and 'Next due:' for the next date or event. Faults: "
        "the play therapy referral 'as and when a place comes up', next due 'TBC'; the bus pass has '-' for its "
        "owner; the learning mentor's sessions have '-' for evidence; the mother's group is evidenced by "
        "'engagement with the group'; the contingency only says the core group will review and consider "
        "next steps if things do not improve; and nothing says legal planning follows."
    ),
    "text": """\
BRAMHOLLOW CITY COUNCIL - CHILDREN'S SOCIAL CARE                 Printed from CareLink 18/03/2026 09:12
CORE GROUP RECORD
==========================================================================================================

Children ........................ Tyler Kerr (13, born 07/09/2012), Year 8, Bramhollow Academy
                                  Skye Hollis (9, born 22/06/2016), Year 4, Hollin Bank Primary School
Address ......................... 9 Pennine Walk, Bramhollow BH5 1TW
Mother .......................... Dawn Kerr (38)
Skye's father ................... Wayne Hollis (41), 22 Gantry Road, Bramhollow (non-molestation order
                                  made 19/01/2026, in force to 19/01/2027)
Category ........................ Emotional abuse (both children)
Plan started .................... Initial child protection conference, 27/01/2026
Meeting ......................... Core group 3, Tuesday 17/03/2026, 3.30pm, Hollin Bank Primary School
Social worker ................... Sam Okoro (SO), Family Safeguarding Team North
Team manager .................... Helen Ashworth

PRESENT
  Sam Okoro (SO), social worker; Dawn Kerr (DK), mother; Rania Malik (RM), IDVA, Bramhollow Women's Aid;
  Mrs Pat Greenwood (PG), DSL, Hollin Bank Primary; Mr Ian Vause (IV), Head of Year 8, Bramhollow
  Academy; Nina Cross (NC), family support worker, Bramhollow Early Help; Fran Oduya (FO), school nurse.
  Apologies: DC Lee Howarth, Public Protection Unit.

1. UPDATES SINCE CORE GROUP 2 (17/02/2026)
  1.1 Wayne came to the house on 28/02/2026 and Dawn let him in "to talk about Skye". Tyler rang the
      police when Wayne started shouting. Wayne was arrested for breaching the non-molestation order
      and is on bail not to come to Pennine Walk. Dawn told SO she will not let him in again.
  1.2 Tyler's attendance since half term is 72%. IV says he has been found twice in the toilets during
      lessons and is "angry with everyone".
  1.3 PG reports Skye came in hungry on six mornings in the last four weeks and had head lice twice.
  1.4 DK has been to six of the Stronger Steps group sessions. The locks at 9 Pennine Walk were changed
      on 02/03/2026 (action closed).
  1.5 NC's first home conditions checklist (04/03/2026) scored 8/20: little food, no clean school
      uniform for Skye, and Tyler's room with no bedding.

2. WHAT THE CHILDREN SAY
  Tyler (seen on his own by SO at school, 12/03/2026): "I'm sick of it. Every time he comes it kicks off
  and I'm the one who rings the police." "I'd go to school more if I could sleep." He wants his mum to
  "stop feeling sorry for him" and wants "my own room sorted". Home scored 4 out of 10.
  Skye (seen at home by SO, 14/03/2026, and at school with PG): "I miss Daddy but not the shouting." "I
  get hungry at night." She wants to keep seeing her dad "at the centre where it's safe" and she wants
  "a pet hamster". Home scored 6 out of 10.

3. WHAT WE WANT FOR TYLER AND SKYE (from the initial conference)
  a) Tyler and Skye are safe from Wayne's violence and never again have to call the police or hide.
  b) Skye has breakfast and tea every day, clean uniform, and is free of head lice.
  c) Tyler is in school every day, sleeps in a proper bed, and has someone he trusts to talk to.
  d) Skye sees her dad only in ways that are safe, and both children can talk about what happened.

4. ACTION LIST (carried forward and updated at this core group)

ACTION 01
  What ......... Visit Tyler and Skye at home and see each of them on their own, and look at the food,
                 the beds and the uniform
  Owner ........ Sam Okoro (SO), social worker
  Happens ...... Every week, one visit in three unannounced
  Next due ..... Week of 23/03/2026
  Evidence ..... Visit records within 48 hours, with each child's words and what was in the fridge

ACTION 02
  What ......... Go to the Stronger Steps group for women who have lived with domestic abuse
  Owner ........ Dawn Kerr (DK)
  Happens ...... Tuesdays 10am to 12pm, twelve sessions from 03/02/2026
  Next due ..... 24/03/2026 (session 8)
  Evidence ..... Dawn's engagement with the group

ACTION 03
  What ......... Safety planning with Dawn: review her risk assessment and safety plan, including what
                 she does if Wayne comes to the house
  Owner ........ Rania Malik (RM), IDVA, Bramhollow Women's Aid
  Happens ...... Phone call every fortnight and a face-to-face meeting every month
  Next due ..... 25/03/2026 (face to face)
  Evidence ..... Updated risk assessment score and signed safety plan sent to SO after each meeting

ACTION 04
  What ......... Treat any call from 9 Pennine Walk as urgent under the address marker, and tell SO of
                 any breach of bail or of the non-molestation order
  Owner ........ DC Lee Howarth, Public Protection Unit, Bramhollow Police
  Happens ...... Within 24 hours of any call-out or breach
  Next due ..... Each call-out
  Evidence ..... Police notification on the children's case file within 24 hours

ACTION 05
  What ......... Keep to his bail conditions and the non-molestation order: no contact with Dawn, no
                 visits to Pennine Walk, and see Skye only at the contact centre
  Owner ........ Wayne Hollis (Skye's dad)
  Happens ...... At all times, until the order ends on 19/01/2027
  Next due ..... Checked at every core group
  Evidence ..... No police reports of Wayne at Pennine Walk; contact centre records show every contact
                 kept to the rules

ACTION 06
  What ......... Supervise Skye's contact with her dad at the contact centre, and write down what Skye
                 says before and after
  Owner ........ Ruth Day, contact supervisor, Bramhollow Family Contact Centre
  Happens ...... Alternate Saturdays, 10am to 12pm
  Next due ..... 21/03/2026
  Evidence ..... Contact record e-mailed to SO by the Monday after each contact, with Skye's words

ACTION 07
  What ......... First-day calling for Tyler, and a weekly report to SO of his attendance and any
                 incidents
  Owner ........ Mr Ian Vause (IV), Head of Year 8, Bramhollow Academy
  Happens ...... Each school day by 9.30am; report every Friday
  Next due ..... Friday 20/03/2026
  Evidence ..... Tyler's attendance up from 72% to at least 90% by the review conference, shown in the
                 Friday reports

ACTION 08
  What ......... Weekly mentoring sessions with Tyler about his anger, sleep and what happened at home
  Owner ........ Kez Ali, learning mentor, Bramhollow Academy
  Happens ...... Thursdays, period 3, to the end of the summer term
  Next due ..... 19/03/2026
  Evidence ..... -

ACTION 09
  What ......... Breakfast Club place for Skye, and a hair and uniform check each morning, with spare
                 uniform from school if needed
  Owner ........ Mrs Pat Greenwood (PG), DSL, Hollin Bank Primary School
  Happens ...... Each school day at 8am
  Next due ..... Summary to SO Friday 20/03/2026
  Evidence ..... Breakfast Club register; hair checks and spare uniform logged on CPOMS; summary e-mailed
                 to SO each Friday

ACTION 10
  What ......... Refer Skye to the Willow Project for play therapy about what she saw at home
  Owner ........ Sam Okoro (SO), social worker
  Happens ...... As and when a place comes up
  Next due ..... TBC
  Evidence ..... Willow Project's assessment letter on Skye's file

ACTION 11
  What ......... Apply for a bus pass for Tyler so that he can get the 8.05 bus to Bramhollow Academy
  Owner ........ -
  Happens ...... Once
  Next due ..... 27/03/2026
  Evidence ..... Bus pass issued and a copy on file

ACTION 12
  What ......... Home sessions with Dawn on meals, shopping on a budget, laundry and a bedtime routine for
                 both children
  Owner ........ Nina Cross (NC), family support worker, Bramhollow Early Help
  Happens ...... Wednesdays 4pm to 5.30pm for eight weeks from 04/03/2026
  Next due ..... 18/03/2026
  Evidence ..... Home conditions checklist up from 8/20 to at least 15/20 at the last session, scored by
                 NC and SO together

ACTION 13
  What ......... Health review for both children (height, weight, eyes and teeth), and help Dawn register
                 them with a dentist
  Owner ........ Fran Oduya (FO), school nurse, Bramhollow 0-19 Service
  Happens ...... Once
  Next due ..... By 10/04/2026
  Evidence ..... Health review letters copied to SO; both children registered with a dentist

ACTION 14
  What ......... Get Tyler a bed and bedding, using the Early Help essentials grant NC has applied for
  Owner ........ Dawn Kerr (DK)
  Happens ...... Once
  Next due ..... By 03/04/2026
  Evidence ..... Bed and bedding seen in Tyler's room at SO's next visit

ACTION 15
  What ......... Make sure Tyler is up and out for the 8.05 bus, and that Skye has breakfast or is at
                 Breakfast Club by 8.30am
  Owner ........ Dawn Kerr (DK)
  Happens ...... Every school day
  Next due ..... Checked in the Friday school reports
  Evidence ..... Both children's registers show them in on time, in the Friday reports to SO

ACTION 16
  What ......... Write a letter to Bramhollow Homes supporting Dawn's request for a management move away
                 from Gantry Road
  Owner ........ Sam Okoro (SO), social worker
  Happens ...... Once
  Next due ..... By 27/03/2026
  Evidence ..... Letter on file and Bramhollow Homes' reply

5. CONTINGENCY
  If things do not improve for Tyler and Skye, or there are further concerns about Wayne coming to the
  house, the core group will meet to review the plan and consider what else is needed.

6. NEXT MEETINGS
  Core group 4 ............. Tuesday 14/04/2026, 3.30pm, Hollin Bank Primary School
  Core groups after that ... every four weeks, on Tuesdays at 3.30pm
  Review conference ........ Tuesday 28/04/2026, 10am, Bramhollow Civic Centre

Record typed by SO, 18/03/2026. Copies to everyone present, Wayne Hollis (actions 05 and 06 only) and
DC Howarth.
""",
    "findings": [
        F("M002", "Go to the Stronger Steps group for women who have"),
        F("M001", "Weekly mentoring sessions with Tyler about his anger, sleep"),
        F("T002", "Refer Skye to the Willow Project for play therapy"),
        F("W001", "Apply for a bus pass for Tyler so that he"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Review conference plan for a family moving to another authority: a
#    table with two time columns, "Happens" (how often or when) and "Finish
#    by" (a date or event), beside "Success looks like". Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b190_burnsettle_rcpc_moving_area_happens_finish_by_marlow.docx",
    "doc_title": "Review Child Protection Plan - Jack and Poppy Marlow",
    "split": "tune",
    "actions": 15,
    "landscape": True,
    "template": "rcpc-plan-docx-landscape-moving-to-another-authority-kv-details-the-move-why-plan-continues-worries-going-well-what-jack-and-poppy-say-outcomes-then-no-what-we-will-do-lead-happens-finish-by-success-looks-like-table-two-time-columns-then-contingency-core-group-and-transfer-in-conference",
    "description": (
        "Review conference plan for a 10-year-old and a 6-year-old whose mother drinks a bottle of wine "
        "or more most nights and was found asleep drunk when the 6-year-old came home; the family move "
        "to another local authority (Ashenby) on 13/04/2026, and Ashenby has booked the transfer-in "
        "conference for 21/05/2026. The plan is a landscape table with two time columns, 'Happens' (how "
        "often or when: 'every school day', 'every Tuesday after school', 'in the first week after the "
        "move') and 'Finish by' (a date or event: 'the transfer-in conference (21/05/2026)', 'the "
        "children's last day at Burnsettle Park (10/04/2026)', 'within 5 school days of the children "
        "starting at their new school'). Faults: the young carers referral is handed to Ashenby's social "
        "worker to make once the case has transferred; 'All agencies' share worries; the family support "
        "worker's sessions have '-' for success; the mother's drinking is recorded but no adult service "
        "owns any action (she is only to refer herself); and the core group is only to meet "
        "'regularly', with no frequency or dates."
    ),
    "blocks": [
        ("title", "Review Child Protection Plan"),
        ("p", "Burnsettle Metropolitan Borough Council - Children's Services, Safeguarding Team West"),
        ("p", "Review child protection conference, Thursday 12/03/2026, Burnsettle Town Hall. Chair: Andrea "
              "Phipps (IRO). Jack and Poppy remain on child protection plans (category: neglect)."),
        ("h1", "Family details"),
        ("kv", [
            ("Children", "Jack Marlow, born 02/10/2015 (10, Year 5); Poppy Marlow, born 17/07/2019 (6, Year 2). "
                         "Both at Burnsettle Park Primary School."),
            ("Mum", "Nicola Marlow (31)"),
            ("Dad", "Scott Marlow, lives in Spain; phones the children most Sundays"),
            ("Address now", "11 Linnet Close, Burnsettle BT6 4FA"),
            ("Address from 13/04/2026", "4 Sandpiper Row, Ashenby AH2 9DW (near Nicola's sister)"),
            ("Social worker", "Ben Ortiz (team manager: Claire Whitlow)"),
            ("Receiving authority", "Ashenby Metropolitan Borough Council Children's Services; social worker "
                                    "allocated: Zara Iqbal"),
        ]),
        ("h1", "The move, and who holds the plan"),
        ("p", "Nicola has accepted a housing association tenancy in Ashenby and the family will move on "
              "13/04/2026. Burnsettle sent the transfer-in request to Ashenby on 05/03/2026. Ashenby have "
              "booked the transfer-in conference for 21/05/2026. Burnsettle keeps full responsibility for Jack "
              "and Poppy's plan, and Ben keeps visiting, until that conference."),
        ("h1", "Why there is still a plan"),
        ("p", "Nicola drinks a bottle of wine or more most nights, and more at weekends. On 06/01/2026 Poppy "
              "came home from a friend's house to find Nicola asleep on the sofa, drunk, with the back door "
              "open; Jack had made them both toast for tea. Since the initial conference Nicola says she has "
              "cut down, but Ben found empty bottles in the recycling on each of his last three visits, and on "
              "27/02/2026 Nicola smelled of alcohol at 4pm when she collected the children. Jack gets himself "
              "and Poppy ready for school on most days. Poppy has missed eleven days this year."),
        ("h1", "What is going well"),
        ("bullets", [
            "Nicola has been honest that drinking is the problem and wants to move near her sister for help.",
            "Jack's attendance is 96% and his teacher says he is \"a natural leader\".",
            "The children are warm and close, and the house has food in it on every visit since January.",
        ]),
        ("h1", "What Jack and Poppy say"),
        ("p", "Jack (seen on his own at school, 05/03/2026): \"I do the mornings because Mum's tired. I don't "
              "mind but I'd rather play football.\" \"When Mum drinks she's funny and then she's asleep.\" He "
              "is worried about moving: \"I won't know anyone and who'll be my goalie?\" Home scored 5 out of "
              "10."),
        ("p", "Poppy (at home, 09/03/2026) drew the new house \"with a garden for a trampoline\". She said \"I "
              "don't like it when Mummy won't wake up\" and \"I want Auntie Lou to do my plaits\". Home scored "
              "7 out of 10."),
        ("h1", "What needs to be different for Jack and Poppy"),
        ("numbers", [
            "Jack and Poppy are always cared for by a sober adult who is awake and able to look after them.",
            "Jack no longer has to look after Poppy and himself, and has time for football and friends.",
            "Poppy is in school every day, and both children settle into their new school after the move.",
            "The move to Ashenby does not leave a gap: someone who knows them sees Jack and Poppy every week "
            "before and after it.",
        ]),
        ("h1", "The plan"),
        ("table", {
            "header": ["No.", "What we will do", "Lead", "Happens", "Finish by", "Success looks like"],
            "widths": [1.0, 7.6, 4.0, 3.8, 3.5, 5.8],
            "rows": [
                ["1", "Visit Jack and Poppy at home, one visit in three unannounced; see each child on their own "
                      "and check whether Nicola has been drinking",
                 "Ben Ortiz, social worker", "Every week, before and after the move",
                 "The transfer-in conference (21/05/2026)",
                 "Visit records within 48 hours with each child's words and what Ben saw of Nicola's drinking"],
                ["2", "Not drink any alcohol at any time she is caring for Jack and Poppy, and keep no alcohol "
                      "in the house",
                 "Nicola Marlow (Mum)", "Every day", "The transfer-in conference (21/05/2026)",
                 "No alcohol seen or smelled at Ben's unannounced visits; Jack and Poppy tell Ben Mum has been "
                 "awake and sober"],
                ["3", "Refer herself to the Burnsettle Recovery Hub for help with her drinking, and go to the "
                      "appointments she is offered",
                 "Nicola Marlow (Mum)", "Self-referral this week, then weekly", "27/03/2026",
                 "Recovery Hub appointment letter shown to Ben"],
                ["4", "Check in with Jack and Poppy at the start of every school day, and send Ben a weekly "
                      "summary of attendance and anything the children say",
                 "Mrs Anne Leckie, DSL, Burnsettle Park Primary School", "Every school day; summary on "
                      "Fridays", "The children's last day at Burnsettle Park (10/04/2026)",
                 "Poppy's attendance 95% or more in the Friday summaries; worries logged on CPOMS"],
                ["5", "Send both children's safeguarding files to their new school in Ashenby",
                 "Mrs Anne Leckie, DSL, Burnsettle Park Primary School", "Once",
                 "Within 5 school days of the children starting at their new school",
                 "New school's signed receipt for the files on Ben's case file"],
                ["6", "Find school places for Jack and Poppy in Ashenby, and agree their start date with Nicola",
                 "Ben Ortiz, social worker", "Once", "10/04/2026",
                 "Offer letters for both children, with a start date no later than 20/04/2026"],
                ["7", "Hand the referral to Ashenby Young Carers for Jack to Ashenby's social worker, to be made "
                      "once the case has transferred",
                 "Ben Ortiz, social worker", "At the transfer-in conference",
                 "Within four weeks of the transfer-in conference (18/06/2026)",
                 "Date of Jack's first Young Carers session confirmed in writing"],
                ["8", "Share any worry about Jack or Poppy with Ben the same day",
                 "All agencies", "The same day", "The transfer-in conference (21/05/2026)",
                 "Worries logged on the children's chronology"],
                ["9", "Home sessions with Nicola on a morning routine for school days and a bedtime routine, so "
                      "that Jack no longer does the mornings",
                 "Kerry Dunne, family support worker, Burnsettle Family Hub",
                 "Every Tuesday after school, 4pm to 5.30pm", "07/04/2026 (last session before the move)",
                 "-"],
                ["10", "Health review of both children (height, weight, eyes and teeth), copied to the Ashenby "
                       "school nursing team",
                 "Gail Monteith, school nurse, Burnsettle 0-19 Service", "Once", "03/04/2026",
                 "Health review letters on Ben's file and confirmed received by Ashenby school nursing"],
                ["11", "Four sessions of direct work with Jack about being a young carer and about the move, "
                       "using his 'my week' diary",
                 "Ben Ortiz, social worker", "Thursdays after school, from 19/03/2026", "09/04/2026",
                 "Jack's diary on file; his words in Ben's transfer report"],
                ["12", "Write the transfer report and send it, with the chronology, to Ashenby Children's "
                       "Services",
                 "Ben Ortiz, social worker", "Once",
                 "10 working days before the transfer-in conference (07/05/2026)",
                 "Receipt of the report acknowledged by Zara Iqbal in writing"],
                ["13", "Joint home visit with Zara Iqbal, Ashenby's social worker, to introduce her to Jack, Poppy "
                       "and Nicola",
                 "Ben Ortiz, social worker", "In the first week after the move", "17/04/2026",
                 "Joint visit record on both authorities' files"],
                ["14", "Get both children to bed by 8pm on school nights and up at 7am, using Poppy's sticker "
                       "chart",
                 "Nicola Marlow (Mum)", "Every school night", "The transfer-in conference (21/05/2026)",
                 "Sticker chart seen at Ben's visits; school reports both children arriving on time and not "
                 "tired"],
                ["15", "Ring Jack and Poppy, and tell Ben if either child says anything worrying about home",
                 "Scott Marlow (Dad)", "Every Sunday evening", "The transfer-in conference (21/05/2026)",
                 "Scott texts Ben after each call; Ben asks the children about the calls at his visits"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Nicola is found drunk while caring for the children, or the children are left without a sober "
            "adult, Ben (or the Emergency Duty Team) will visit that day and hold a strategy discussion with the "
            "police the same day; if no sober adult can care for them that night, Jack and Poppy will be looked "
            "after by Burnsettle foster carers until a safe plan is agreed.",
            "If Nicola has not referred herself to the Recovery Hub by 27/03/2026, or is found drunk in charge "
            "of the children again, Claire Whitlow (team manager) will hold a legal planning meeting within 5 "
            "working days, and will tell Ashenby's legal team of its outcome.",
            "If the move is delayed, Burnsettle keeps the plan and every action continues until the transfer-in "
            "conference.",
        ]),
        ("h1", "Core group and review"),
        ("bullets", [
            "The core group will keep meeting regularly until the case transfers.",
            "Transfer-in conference (reviews this plan): 21/05/2026 at 10am, Ashenby Civic Centre, booked by "
            "Ashenby Children's Services.",
        ]),
        ("p", "Plan sent to Nicola, Scott, Zara Iqbal and every agency on 16/03/2026."),
    ],
    "findings": [
        F("X001", "Hand the referral to Ashenby Young Carers for Jack"),
        F("W002", "Share any worry about Jack or Poppy with Ben"),
        F("M001", "Home sessions with Nicola on a morning routine for school"),
        F("F004"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Initial conference plan for a looked-after baby on a children's ward:
#    three parts, each opened by a line giving the part's time (on the
#    ward; the day of discharge; from discharge to the review), the first
#    two with a "How often" column and the third with "Frequency and
#    duration" and "Dates" columns. Page header and footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b190_belcaster_lac_baby_ward_parts_frequency_dates_carver.pdf",
    "doc_title": "Child Protection Plan - Rosie Carver",
    "split": "tune",
    "actions": 17,
    "min_pages": 3,
    "header": "OFFICIAL-SENSITIVE · Belcaster City Council Children's Services",
    "footer": "Rosie Carver · Child protection plan (ICPC 09/03/2026) · Page {PAGE} of {NUMPAGES}",
    "template": "icpc-lac-baby-on-childrens-ward-paged-header-footer-kv-details-legal-status-why-worried-going-well-rosies-days-on-the-ward-outcomes-then-three-parts-each-opened-by-a-time-line-on-the-ward-day-of-discharge-from-discharge-to-review-what-who-how-often-tables-then-frequency-and-duration-and-dates-columns-then-contingency-meetings",
    "description": (
        "Exemplary initial conference plan for a 4-month-old looked after under section 20 and still on "
        "a children's ward after faltering growth and an unexplained bruise; her mother has postnatal "
        "depression under the perinatal mental health team and her father smokes cannabis daily; she "
        "goes to foster carers on discharge. The plan is in three parts, each opened by a line giving "
        "its time ('All of Part 1 starts today, 09/03/2026, and runs until the day Rosie is "
        "discharged', 'Everything in Part 2 happens on the day Rosie leaves hospital', 'Part 3 runs from "
        "discharge until the review conference on 01/06/2026'), with a 'How often' column in the first "
        "two and 'Frequency and duration' and 'Dates' columns in the third. The social worker visits "
        "Rosie on the ward twice a week and weekly in foster care; the perinatal team reports on the "
        "mother's capacity to change and how long it would take; the drug service reports on the "
        "father; legal planning follows named triggers; core group and review dates are set; and "
        "Rosie's days on the ward are recorded."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Belcaster City Council Children's Services - Initial child protection conference, Monday "
              "09/03/2026, Belcaster Royal Infirmary (Education Centre). Chair: Hugh Castellan (Child "
              "Protection Chair). Category: physical abuse and neglect."),
        ("h1", "About Rosie"),
        ("kv", [
            ("Child", "Rosie Carver, born 01/11/2025 (18 weeks)"),
            ("Where Rosie is now", "Kestrel Ward (children's ward), Belcaster Royal Infirmary, since 18/02/2026"),
            ("Legal status", "Looked after under section 20 of the Children Act 1989 since 20/02/2026, with "
                             "Jade's and Ryan's written agreement. Pre-proceedings under the Public Law Outline "
                             "started on 27/02/2026."),
            ("Where Rosie will go on discharge", "Sue and Martin Allerton, Belcaster City Council foster "
                                                 "carers, Beech House, Ridge Lane, Belcaster"),
            ("Mum", "Jade Carver (22), 12 Foundry Court, Belcaster BL4 7NN"),
            ("Dad", "Ryan Holt (25), lives with Jade"),
            ("Social worker", "Amy Rhodes, Belcaster Children in Care Team (team manager: Simon Pryor)"),
            ("Independent Reviewing Officer", "Lorna Pike"),
            ("Consultant paediatrician", "Dr Kwame Asante, Belcaster Royal Infirmary"),
            ("Health visitor", "Claire Benn, Belcaster 0-19 Service"),
        ]),
        ("h1", "Why we are worried"),
        ("p", "Rosie was brought to the Emergency Department on 18/02/2026 by Jade, who was worried about a "
              "mark on her face. Rosie had a 2cm bruise on her left cheek that neither parent could explain, and "
              "her weight had fallen from the 50th centile at birth to below the 9th. Dr Asante's view is that "
              "a bruise on a baby who cannot yet roll is very unlikely to be accidental, and that Rosie was not "
              "getting enough milk. Her skeletal survey and blood tests were normal. On the ward Rosie has fed "
              "well and gained 420g in 18 days."),
        ("p", "Jade has postnatal depression. Her GP referred her to the Belcaster Perinatal Mental Health "
              "Team in December 2025, and she started an antidepressant in January. Jade told Amy she often "
              "slept through Rosie's night feeds. Ryan smokes cannabis every day, including at home, and says "
              "he did the night feeds \"when he could\". Neither parent has said how Rosie got the bruise."),
        ("h1", "What is going well"),
        ("bullets", [
            "Jade brought Rosie to hospital herself and agreed to Rosie being looked after while the "
            "assessments are done.",
            "Jade and Ryan have come to every contact on the ward, on time, and the nurses say they are gentle "
            "with Rosie.",
            "Jade is seeing the perinatal team every fortnight and says her mood is lifting.",
            "Ryan has booked his own assessment at the Belcaster Drug and Alcohol Service.",
        ]),
        ("h1", "Rosie's days on the ward"),
        ("p", "Rosie cannot tell us how she feels, so the nurses and Amy have written down what they see. "
              "Rosie feeds 150ml every three hours and finishes most bottles; she cries hard if a feed is late. "
              "She smiles at the nurses she knows and follows faces with her eyes, and she startles and cries at "
              "sudden noises on the ward. During contact she settles best on Jade's chest, and she reaches for "
              "Ryan's face when he sings to her. The nurse who has looked after her most says she is \"a "
              "different baby\" from the one admitted: more alert, and much less floppy."),
        ("h1", "What we want for Rosie"),
        ("numbers", [
            "Rosie is safe from harm, and no one who cares for her hurts her.",
            "Rosie is fed enough, day and night, and is back on the 25th centile by the review conference.",
            "Rosie is visited and seen by the people responsible for her while she is in hospital and in "
            "foster care, and keeps her bond with Jade and Ryan through safe, regular family time.",
            "A decision about where Rosie will grow up is made without delay, based on whether Jade and Ryan "
            "can make the changes she needs.",
        ]),
        ("h1", "Part 1: While Rosie is on Kestrel Ward"),
        ("p", "All of Part 1 starts today, 09/03/2026, and runs until the day Rosie is discharged (expected in "
              "the week of 16/03/2026)."),
        ("table", {
            "header": ["What will happen", "Who", "How often", "How we will know"],
            "widths": [6.8, 3.6, 2.6, 4.0],
            "rows": [
                ["Visit Rosie on the ward, see her awake and at a feed, and talk to the nurse in charge about "
                 "how she has been",
                 "Amy Rhodes, social worker", "Twice a week, Mondays and Thursdays",
                 "Visit records within 24 hours: Rosie's weight that day, how she fed and who held her"],
                ["Feed Rosie on a three-hourly plan, weigh her every morning, and write down how Jade and Ryan "
                 "feed, hold and settle her during contact",
                 "Nurse in charge, Kestrel Ward", "Every shift",
                 "Feed and weight charts; parenting observation notes copied to Amy before the discharge "
                 "planning meeting"],
                ["Supervise Jade's and Ryan's family time with Rosie on the ward",
                 "Tanya Greer, contact worker, Belcaster Family Time Service", "Every day, 2pm to 4pm",
                 "Family time record e-mailed to Amy the next working day, with the feeds given and how Rosie "
                 "responded"],
                ["Complete Rosie's discharge medical and write a feeding plan with a target weight gain",
                 "Dr Kwame Asante, consultant paediatrician", "Once, before discharge",
                 "Discharge summary and feeding plan copied to Amy, the foster carers and the health visitor"],
                ["Chair the discharge planning meeting with Jade, Ryan, the foster carers, Amy and the ward",
                 "Lynne Okafor, safeguarding nurse, Belcaster Royal Infirmary",
                 "Once, at least 2 working days before discharge",
                 "Written discharge plan sent to the core group the same day"],
            ],
        }),
        ("h1", "Part 2: The day Rosie leaves hospital"),
        ("p", "Everything in Part 2 happens on the day Rosie leaves hospital."),
        ("table", {
            "header": ["What will happen", "Who", "How often", "How we will know"],
            "widths": [6.8, 3.6, 2.6, 4.0],
            "rows": [
                ["Hand Rosie's feeding plan, red book and any medicines to Sue Allerton in person, and go "
                 "through a feed with her",
                 "Nurse in charge, Kestrel Ward", "Once",
                 "Handover sheet signed by the nurse and Sue, copied to Amy"],
                ["Take Rosie to Beech House with her belongings, and sign the placement plan with Sue and Martin",
                 "Amy Rhodes, social worker", "Once",
                 "Placement plan signed by Sue, Martin and Amy on Rosie's file that day"],
            ],
        }),
        ("h1", "Part 3: From discharge until the review conference"),
        ("p", "Part 3 runs from the day Rosie is discharged until the review conference on 01/06/2026. The "
              "Dates column gives each row's start and end."),
        ("table", {
            "header": ["What will happen", "Who", "Frequency and duration", "Dates", "How we will know"],
            "widths": [5.2, 3.2, 2.8, 2.4, 3.4],
            "rows": [
                ["Visit Rosie at Beech House, see her awake and undressed, and talk to Sue and Martin about her "
                 "feeds, sleep and family time",
                 "Amy Rhodes, social worker",
                 "Weekly for the first four weeks, then every two weeks",
                 "Discharge to 01/06/2026",
                 "Visit records within 48 hours, with what Amy saw of Rosie and her weight from the red book"],
                ["Feed Rosie to the hospital's feeding plan and keep her feed and sleep diary",
                 "Sue and Martin Allerton, foster carers", "Every feed, day and night",
                 "Discharge to 01/06/2026",
                 "Diary read by Amy and Claire at every visit; Rosie's weight back on the 25th centile by "
                 "01/06/2026"],
                ["Weigh Rosie at Beech House and plot her weight",
                 "Claire Benn, health visitor",
                 "Weekly until she is back on the 25th centile, then every two weeks",
                 "First week after discharge to 01/06/2026",
                 "Weights plotted in the red book and e-mailed to Amy the same day"],
                ["Supervise Jade's and Ryan's family time with Rosie at the Family Time Centre",
                 "Tanya Greer, contact worker, Belcaster Family Time Service",
                 "Three times a week (Monday, Wednesday, Friday), 90 minutes",
                 "From the first Monday after discharge to 01/06/2026",
                 "Family time records e-mailed to Amy the next working day, with feeds given and Rosie's "
                 "responses"],
                ["Home visits to Jade for her depression, and a written view on whether Jade can meet Rosie's "
                 "needs, what would need to change and how long that is likely to take",
                 "Grace Whitby, CPN, Belcaster Perinatal Mental Health Team",
                 "Every two weeks; report once",
                 "Visits from 12/03/2026; report by 30/04/2026",
                 "Grace's report shared with the core group on 14/05/2026"],
                ["Take her antidepressant every day and go to her appointments with Grace",
                 "Jade Carver (Mum)", "Daily; appointments every two weeks",
                 "From 09/03/2026 to 01/06/2026",
                 "Grace's report confirms the appointments kept and the medication taken"],
                ["Go to key-work sessions about his cannabis use, with a urine drug screen at each",
                 "Ryan Holt (Dad)", "Weekly, Tuesdays at 2pm",
                 "17/03/2026 to 01/06/2026",
                 "Attendance and urine results e-mailed to Amy after each session"],
                ["Write a report on Ryan's cannabis use, what he has changed and whether he can stay off "
                 "cannabis while caring for Rosie",
                 "Mo Haddad, recovery worker, Belcaster Drug and Alcohol Service",
                 "Once",
                 "By 07/05/2026",
                 "Report on Amy's file and shared with the core group on 14/05/2026"],
                ["Parenting assessment of Jade and Ryan, including how Rosie was hurt and how they will feed "
                 "her at night",
                 "Amy Rhodes, social worker",
                 "Weekly sessions for ten weeks",
                 "12/03/2026 to 14/05/2026",
                 "Assessment report with a recommendation, shared with Jade, Ryan and the core group by "
                 "18/05/2026"],
                ["Chair Rosie's first looked-after review and agree her care plan",
                 "Lorna Pike, Independent Reviewing Officer", "Once",
                 "By 19/03/2026",
                 "Review record and Rosie's care plan sent to Jade, Ryan and the foster carers"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Jade or Ryan tries to take Rosie off the ward or from Beech House without agreement, the nurse "
            "in charge or the foster carers ring 999 and Amy (or the Emergency Duty Team) straight away.",
            "If Jade or Ryan withdraws consent to section 20, Amy will ask Simon Pryor that day for an urgent "
            "legal planning meeting to decide whether to apply for an interim care order, and Rosie stays on "
            "the ward or at Beech House while the meeting is held.",
            "If Rosie loses weight at two weighings in a row in foster care, Claire will ask the GP to see her "
            "that day and Dr Asante's team will review her within 48 hours.",
            "If Rosie's placement with Sue and Martin ends for any reason, Belcaster Fostering will place her "
            "with another approved foster carer the same day, and Amy visits her there within 24 hours.",
            "If by the core group on 14/05/2026 Jade and Ryan have not explained the bruise, Ryan's drug screens "
            "still show daily cannabis, or the assessments say Rosie could not be cared for safely at home, Amy "
            "will ask Simon Pryor for a legal planning meeting within 5 working days to decide whether to issue "
            "care proceedings.",
        ]),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks at Belcaster Family Time Centre, Thursdays at 10am: 19/03/2026, "
            "16/04/2026 and 14/05/2026.",
            "Review child protection conference: Monday 01/06/2026 at 1.30pm, Belcaster Civic Centre.",
        ]),
        ("p", "Plan sent to Jade, Ryan, the foster carers and every agency on 11/03/2026."),
    ],
    "findings": [],
})
