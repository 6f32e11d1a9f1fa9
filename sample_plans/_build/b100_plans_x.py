"""Batch 100, module x: seven fictional plans (held-out material), places beginning with "x".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: plans whose timescale, owner or measure is stated once for a group of
actions rather than on each one. A Word table whose "By when" cell is merged
down over each group of rows; a Markdown plan that names each owner once above
a list of their tasks; a PDF timeline (weeks 1-2, weeks 3-6, by the review,
"throughout the plan"); a Word plan whose actions sit under each worry with a
shared "We will know this is working when" line; a plain-text print whose
headings give the time for everything under them; a landscape PDF whose goal
banner rows say how the goal's actions will be checked; and a Markdown core
group plan with owner group lines, two of them collectives. Where a group line
really gives the time, owner or measure, the actions under it are labelled as
having it (a careful reader reads the plan that way); where the group line is
vague or missing, the gap is labelled on each action it leaves bare. Two plans
are exemplary.
"""
from build_batch5 import F, H, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. ICPC plan, baby and pre-schooler, mother with bipolar disorder after a
#    psychiatric admission. Word table whose "By when" cell is merged down
#    over each group of rows. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b100_xembridge_icpc_merged_by_when_cells_okonjo.docx",
    "doc_title": "Child Protection Plan - Zara and Tobi Okonjo",
    "split": "heldout",
    "actions": 13,
    "template": "icpc-word-plan-details-list-worries-working-well-childrens-views-outcomes-then-action-who-by-when-merged-down-over-row-groups-how-we-will-know-table-contingency-core-group",
    "description": (
        "Exemplary initial conference plan for a 5-month-old and her 4-year-old brother whose mother "
        "has bipolar disorder and was admitted to a psychiatric unit in August after leaving the "
        "house at night with the baby. The action table's 'By when' cell is merged down over each "
        "group of rows (within 10 working days; every week until the review; by the end of October; "
        "before each core group), so each row's timescale is the merged cell beside it, as a reader "
        "sees it; every row has its own owner and 'How we will know'. The CPN and the perinatal "
        "psychiatrist both assess and report on change, the GP owns actions, the aunt's overnight "
        "stays have a fallback, legal planning follows named triggers, core group and review dates "
        "are set."
    ),
    "check_vmerge": 4,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Xembridge City Council · Children's Services · Safeguarding and Assessment Team (South)"),
        ("kv", [
            ("Children", "Zara Okonjo, 5 months (DOB 28/04/2025); Tobi Okonjo, 4 (DOB 11/01/2021)"),
            ("Address", "27 Heron Walk, Xembridge XB4 6LN"),
            ("Mother", "Adaeze Okonjo (29)"),
            ("Father", "Daniel Ferris (32), lives at the address; works nights on Tuesdays and Fridays"),
            ("Maternal aunt", "Ngozi Okonjo (35), 3 Vale Mews, Xembridge"),
            ("Category", "Neglect (both children)"),
            ("Initial conference", "02/10/2025, Xembridge Civic Hall. Chair: Anthony Lusk"),
            ("Social worker", "Marcus Ellery (team manager: Joanne Pryor)"),
        ]),
        ("h1", "What we are worried about"),
        ("p", "Adaeze has had bipolar disorder since 2018. She stopped taking lithium when she became pregnant "
              "with Zara and did not restart it after the birth. In the early hours of 21/08/2025 police found "
              "her walking along the ring road in the rain with Zara in her pram, with no coat or blanket for "
              "the baby; she said she was taking Zara to see the sea. She was admitted to Birchfield Unit for "
              "twelve days. Tobi was found asleep alone in the house by Daniel when he came home from work. "
              "Zara's weight dropped from the 50th to the 25th centile during August, and Tobi missed most of "
              "his nursery sessions that month."),
        ("h1", "What is working well"),
        ("p", "Since coming home on 02/09/2025 Adaeze has taken her lithium every day and has seen her CPN "
              "weekly. She talks openly about her illness and agreed to every part of this plan. Daniel has "
              "changed his shifts so that he is home four nights a week, and Ngozi has stayed over on the "
              "other nights. The home is warm and well kept, and both children are affectionate with both "
              "parents."),
        ("h1", "What Tobi and Zara have told us"),
        ("p", "Tobi (seen at nursery on his own, 26/09/2025): “Mummy was poorly in the hospital and now she's "
              "better. Auntie Ngozi makes jollof and sleeps in my room when Daddy goes to work. I don't like it "
              "when it's dark and Mummy isn't there.” He drew his family holding hands, with Zara in the middle."),
        ("p", "Zara is 5 months old. On three visits she was clean and content, smiled at both parents and "
              "settled quickly when Daniel rocked her. On 24/09/2025 she cried for several minutes while "
              "Adaeze, who said she was tired, sat with her eyes closed; Zara calmed when Adaeze picked her up "
              "and sang to her."),
        ("h1", "What we want for Zara and Tobi"),
        ("bullets", [
            "Zara is fed at least every four hours, day and night, and her weight stays on or above the 25th "
            "centile and moves back towards the 50th.",
            "Zara and Tobi are always cared for by an adult who is well, awake and able to respond to them, "
            "including at night.",
            "Tobi goes to nursery on time on every day he is booked in, and knows who he can tell if his mum "
            "seems poorly.",
            "If Adaeze's mood starts to change, the adults around Zara and Tobi notice early and act the same "
            "day to keep them safe.",
        ]),
        ("h1", "Action plan"),
        ("p", "The 'By when' column is shared: one date or frequency covers every action beside it."),
        ("table", {
            "header": ["Action", "Who", "By when", "How we will know"],
            "widths": [5.6, 3.4, 3.0, 5.0],
            "rows": [
                ["Refer Adaeze to the Xembridge Perinatal Mental Health Team and copy the referral to her CPN",
                 "Dr Helen Marsh, GP, Ferry Lane Surgery",
                 "Within 10 working days of conference: by 16/10/2025",
                 "Referral acceptance letter on Zara's file and copied to the SW"],
                ["Agree a written weekly routine with Adaeze and Daniel showing who feeds Zara, who takes Tobi "
                 "to nursery and who is at home on the nights Daniel works",
                 "Marcus Ellery, SW", V,
                 "Routine signed by both parents, on the kitchen wall, and copied to every core group member"],
                ["Go through safe sleep and home safety with Adaeze and Daniel, including Zara's cot and the "
                 "stair gate",
                 "Bronwen Tate, HV", V,
                 "Signed home safety checklist on the HV record; Zara's cot seen clear at every later visit"],
                ["Visit Zara and Tobi at home, one visit in three unannounced, and spend time with Tobi on his "
                 "own",
                 "Marcus Ellery, SW",
                 "Every week until the review conference on 18/12/2025",
                 "Visit records show both children seen, Tobi's own words written down, and how Zara responds "
                 "to each parent"],
                ["Weigh Zara and check her feeding and development, at Quay Street clinic or at home",
                 "Bronwen Tate, HV", V,
                 "Weight plotted in the red book and emailed to the SW the same day; it stays on or above the "
                 "25th centile"],
                ["See Adaeze at home with Zara to check her mood, sleep and lithium level, and assess whether "
                 "her care of Zara is changing",
                 "Joel Mensah, CPN, Xembridge Community Mental Health Team", V,
                 "Weekly note to the SW with Adaeze's mood rating, her lithium result and what Joel saw of her "
                 "care of Zara"],
                ["Send the SW Tobi's attendance for the week and how he arrived each morning, and phone the SW "
                 "the same day if he is absent without a reason",
                 "Mrs Priya Shah, DSL, Rainbow Lane Nursery", V,
                 "Friday email on Tobi's file; any same-day call logged by the SW"],
                ["Stay overnight at the family home on the nights Daniel works (Tuesdays and Fridays) and do "
                 "Zara's night feeds",
                 "Ngozi Okonjo, maternal aunt", V,
                 "Ngozi writes each night feed on the feed chart, which the HV checks at every weigh"],
                ["Do Zara's 10pm and 2am feeds on the nights he is at home and write every feed on the feed "
                 "chart",
                 "Daniel Ferris, Dad", V,
                 "Feed chart shows no gap longer than four hours, checked by the HV and the SW"],
                ["Assess Adaeze's capacity to change: her risk of relapse, what still needs to change for her "
                 "to care safely for Zara and Tobi, and how long that is likely to take",
                 "Dr Farah Qureshi, consultant psychiatrist, Xembridge Perinatal Mental Health Team",
                 "By the end of October: 31/10/2025",
                 "Written report to the SW and every core group member by 31/10/2025"],
                ["Agree a written relapse and crisis plan with Adaeze, Daniel and Ngozi, with the CPN's advice, "
                 "naming Adaeze's early warning signs and who cares for the children if they appear",
                 "Marcus Ellery, SW", V,
                 "Signed plan copied to the GP, CPN, HV and nursery, and kept in Zara's red book"],
                ["Report in writing on whether Adaeze is keeping well and making the changes Zara and Tobi "
                 "need, and how long any further change is likely to take",
                 "Joel Mensah, CPN",
                 "Two working days before each core group",
                 "Written report on the SW's file before each core group"],
                ["Tell the SW whether Adaeze has collected each lithium prescription and had her blood tests",
                 "Dr Helen Marsh, GP", V,
                 "Prescription and blood test record emailed to the SW"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If Adaeze shows any of the early warning signs in her relapse plan (sleeping less than four hours "
              "a night, talking very fast, spending large sums, going out at night with the children), misses "
              "two doses of lithium, or Zara's feed chart shows a gap of more than four hours: whoever notices "
              "rings Marcus (or the duty team out of hours) the same day; Adaeze will not be left alone caring "
              "for Zara or Tobi; Daniel or Ngozi will be with the children at all times; and Marcus will hold a "
              "strategy discussion the same day and ask the crisis team to see Adaeze within 24 hours."),
        ("p", "If Ngozi cannot stay on a night Daniel works, Daniel will not work that shift (his manager has "
              "agreed this in writing). If neither Daniel nor Ngozi can be with the children, Marcus will "
              "arrange for Zara and Tobi to stay together with approved Xembridge foster carers that night."),
        ("p", "If Adaeze needs another admission, Dr Qureshi's report says she cannot make the changes needed "
              "within Zara's timescale, or Zara's weight falls below the 9th centile, Marcus will ask Joanne "
              "Pryor for a legal planning meeting within 5 working days, to decide whether to start the Public "
              "Law Outline."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every three weeks, Thursdays at 1.30pm, Quay Street Children's Centre: 16/10/2025, "
            "06/11/2025 and 27/11/2025.",
            "Review child protection conference: 18/12/2025, 10am, Xembridge Civic Hall.",
        ]),
        ("p", "Plan agreed at conference on 02/10/2025. Copies to Adaeze, Daniel, Ngozi and every professional "
              "named above."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. ICPC plan, two primary-age children, father's alcohol dependence.
#    Markdown plan naming each owner once above a list of their tasks, with a
#    "We'll see" line under each task. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b100_xulverham_icpc_owner_once_task_lists_brennock.md",
    "split": "heldout",
    "actions": 15,
    "template": "icpc-markdown-family-table-worries-childrens-words-working-well-outcomes-then-owner-named-once-subheading-will-colon-task-bullets-with-well-see-line-contingency-meetings",
    "description": (
        "Exemplary initial conference plan for a 10-year-old and a 6-year-old whose father, their sole "
        "carer, is dependent on alcohol; the 10-year-old rang her grandmother when he fell down the "
        "stairs drunk. Markdown: each owner is named once in a subheading ('Sam Achebe (social worker) "
        "will:') above a list of that person's tasks, so each bullet's owner is the subheading, as a "
        "reader sees it; two subheadings also carry the time ('will, every week from 08/10/2025:', "
        "'will, by 24/10/2025:'). Each bullet has a time or takes the subheading's, and a 'We'll see' "
        "line. The alcohol service reports on change, the GP owns an action, the grandmother's part has "
        "a fallback, legal planning follows named triggers, core group and review dates are set."
    ),
    "text": """\
# Child Protection Plan: Ellie and Josh Brennock

**Xulverham Borough Council, Children's Services, Safeguarding Team 2**
Initial child protection conference: 07/10/2025, Xulverham Town Hall. Chair: Deborah Kemp.
Category: neglect. Social worker: Sam Achebe (team manager: Rhys Morgan).

## Who is in the family

| Name | Who they are |
|---|---|
| Ellie Brennock, 10 (DOB 14/03/2015) | Year 6, St Anne's C of E Primary |
| Josh Brennock, 6 (DOB 30/06/2019) | Year 2, St Anne's C of E Primary |
| Liam Brennock, 41 | Dad; has cared for Ellie and Josh on his own since 2023 |
| Jodie Hart, 38 | Mum; lives in Porthavon and has the children one weekend a month |
| Maureen Brennock, 66 | Nan (Liam's mum), 22 Wren Road, Xulverham |

## What we are worried about

Liam has been drinking heavily since he lost his job in March 2025. At 11pm on 19/09/2025 Ellie rang her
Nan because her dad had fallen down the stairs and could not get up; Josh was crying on the landing.
Maureen called an ambulance and Liam was kept in overnight. He told the hospital he drinks a litre of
vodka most days. Since June Josh has been late to school 14 times and has twice come in without
breakfast. Ellie told her teacher she makes Josh's packed lunch and "checks Dad is breathing" before
she goes to bed.

## What Ellie and Josh have told us

Ellie (seen on her own at school, 01/10/2025): "I'm not scared of Dad, he's kind. I'm scared when he
goes to sleep on the floor. I want him to stop drinking and I want to go to netball club again."
She gave home 5 out of 10 and Nan's 10 out of 10.

Josh (seen at home with his Lego, 03/10/2025) said his dad "falls over sometimes" and that his best
thing is "tea at Nanny's on Mondays". He sat next to Ellie the whole time and asked her if he was
allowed to talk.

## What is working well

Liam has said the drinking has to stop and asked for help himself. He loves the children and they
love him. Maureen sees them most days. The house is warm, clean and has food in it. Both children
are doing well in reading, and Ellie is a school librarian.

## What we want for Ellie and Josh

1. Ellie and Josh are looked after every day and every night by a sober adult, and never have to
   look after their dad.
2. Josh gets to school on time every day, fed and with a lunch.
3. Ellie gets her childhood back: netball club, time with friends, and no worrying at night.
4. Both children know who to ring if their dad has been drinking, and ring without being afraid.

## The plan: what each person will do

Each person is named once, above the things they have agreed to do. The time is in each task (or in
the person's line, where it is the same for all their tasks), and the *We'll see* line says what will
show that it has happened.

### Sam Achebe (social worker) will:

- see Ellie and Josh at home every week until the review conference, with one visit in three
  unannounced, and talk with each child on their own.
  *We'll see:* visit records showing both children seen alone each week, with their own words written down.
- complete a parenting assessment of Liam, focused on how his drinking affects Ellie's and Josh's care,
  by 21/11/2025.
  *We'll see:* the report shared with Liam and every core group member by that date.
- refer Ellie to Xulverham Young Carers by 17/10/2025.
  *We'll see:* the acceptance letter on Ellie's file and her first session date known by the first core group.
- do three sessions of direct work with Josh about his worries at home, using his "three houses"
  drawings, by 14/11/2025.
  *We'll see:* Josh's drawings and words on his file and shared at the review conference.

### Rick Dunmore (recovery worker, Xulverham Alcohol Recovery Service) will:

- assess Liam's drinking by 17/10/2025 and agree a community detox and treatment plan with him and
  Dr Sood.
  *We'll see:* the written treatment plan sent to Sam by 20/10/2025.
- meet Liam for key-work every Wednesday at 10am, with a breath test each time.
  *We'll see:* breath test results emailed to Sam every Thursday.
- report on whether Liam is staying sober and well enough to care for Ellie and Josh, what still needs
  to change and how long that is likely to take, two working days before each core group.
  *We'll see:* the written report on Sam's file before each meeting.

### Dr Anil Sood (GP, Canal Street Surgery) will, by 24/10/2025:

- check Liam's liver function and agree his detox medication with Rick.
  *We'll see:* blood results and the prescribing plan copied to Sam and Rick by 27/10/2025.

### Liam Brennock (Dad) will:

- drink no alcohol at all while Ellie and Josh are in his care, from 07/10/2025.
  *We'll see:* negative breath tests at every Wednesday session and at every unannounced visit.
- walk Ellie and Josh to school for 8.40am every school day, with a packed lunch or dinner money.
  *We'll see:* the St Anne's register shows both children in before the bell.
- go to every Tuesday evening session of the 10-week Parenting Under Pressure group, starting
  14/10/2025.
  *We'll see:* the group leader's attendance sheet and end-of-course report sent to Sam.

### Maureen Brennock (Nan) will, every week from 08/10/2025:

- collect Ellie and Josh from school on Mondays and Thursdays, give them their tea and bring them home
  at 7pm.
  *We'll see:* Maureen signs the St Anne's collection book, which Sam looks at on the first visit each month.
- be the adult Ellie and Josh ring if their dad has been drinking, and take them to 22 Wren Road that
  same night.
  *We'll see:* both children show Sam Nan's number saved in Ellie's phone; Maureen texts Sam about every
  call by 9am the next day.

### Mrs Claire Hollis (DSL, St Anne's C of E Primary) will:

- check Ellie's and Josh's attendance, lateness and how they present every school day, and ring Sam
  the same day about any concern.
  *We'll see:* an attendance printout emailed to Sam every Friday; every call logged on CPOMS.
- give Ellie fifteen minutes with the learning mentor, Mr Odell, every Friday lunchtime.
  *We'll see:* Ellie's check-in sheet, with her own score for the week, copied to Sam each Friday.

## If things go wrong

- **If Liam drinks while caring for the children** (a positive breath test, a call from Ellie or Josh,
  or a report from school or a neighbour): the children go to Maureen's at 22 Wren Road that day, and
  Sam holds a strategy discussion with Xulverham Police the same day.
- **If Maureen cannot have the children** (she is ill, away or cannot be reached): Sam, or the
  out-of-hours team, places Ellie and Josh together with Xulverham foster carers that night, and asks
  Jodie the next morning whether she can care for them while she is assessed.
- **If Liam has two positive breath tests in any four weeks, or has not finished his detox by
  28/11/2025**: Sam asks Rhys Morgan for a legal planning meeting within 5 working days, to decide
  whether to start the Public Law Outline.

## Meetings

- Core group: every 4 weeks, Tuesdays at 3.30pm at Xulverham Family Hub: 21/10/2025, 18/11/2025 and
  16/12/2025.
- Review child protection conference: 06/01/2026, 10am, Xulverham Town Hall.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. ICPC plan, neglect, mother's cocaine and alcohol use. Word plan printed
#    to PDF laid out as a timeline: the time for each action is the heading
#    above it. One heading is "Throughout the plan". Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b100_xirkdale_icpc_timeline_weeks_hallam.pdf",
    "doc_title": "Child Protection Plan - Ava and Mason Hallam",
    "split": "heldout",
    "actions": 14,
    "template": "icpc-word-plan-printed-to-pdf-page-header-footer-details-worries-childrens-views-outcomes-then-timeline-headings-weeks-1-2-weeks-3-6-by-the-review-throughout-the-plan-bullets-owner-action-dash-measure-contingency-meetings",
    "description": (
        "Initial conference plan for an 8-year-old and a 3-year-old in a neglected home whose mother "
        "uses cocaine and alcohol. A Word plan printed to PDF, set out as a timeline: each action sits "
        "under a dated heading (weeks 1-2, weeks 3-6, weeks 7-11 by the review), which gives its "
        "timescale, as a reader sees it; most bullets name an owner and end with what will be seen. "
        "Faults: a passive referral with no one named, CBT that only treats the mother and is "
        "'reviewed at core group', a developmental review with no output; the last heading is "
        "'Throughout the plan', so its two actions have only a vague time, one of them owned by "
        "'Everyone in the network' who will 'keep an eye on' the children; an outcome about the "
        "mother only; the contingency is 'if things do not improve... review' with no legal step."
    ),
    "header": "OFFICIAL-SENSITIVE – Xirkdale County Council – Children's Social Care",
    "footer": "Ava and Mason Hallam – Child Protection Plan (ICPC 02/10/2025) – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Xirkdale County Council · Children's Social Care · Family Safeguarding Team, Xirkdale West"),
        ("kv", [
            ("Children", "Ava Hallam, 8 (DOB 09/05/2017); Mason Hallam, 3 (DOB 21/02/2022)"),
            ("Address", "6 Tanner's Row, Xirkdale XK2 9PE"),
            ("Mother", "Chantelle Hallam (26)"),
            ("Mason's father", "Reece Doyle (29), lives in Xirkdale; sees Mason on Sundays"),
            ("Ava's father", "Not involved; whereabouts not known"),
            ("Category", "Neglect"),
            ("Initial conference", "02/10/2025, Xirkdale County Hall. Chair: Valerie Ahmed"),
            ("Social worker", "Lorna Pike"),
        ]),
        ("h1", "Why Ava and Mason need a plan"),
        ("p", "On 11/09/2025 Ava told her teacher that she had had no tea the night before because “Mum "
              "was asleep and the kitchen is too dirty”. When the social worker visited that afternoon "
              "the kitchen had rotting food on the sides, there was dog mess on the landing, and Mason "
              "was in a soaked nappy with a sore rash. Chantelle said she had been out the night before "
              "and had “a few lines and a bottle of wine”. Neighbours say friends of hers visit late at "
              "night. Chantelle also says she has felt low since her mum died last year. Ava has been "
              "late to school 19 times since January and Mason is not at nursery although he has a "
              "funded place."),
        ("h1", "What Ava and Mason have told us"),
        ("p", "Ava (seen on her own at school, 16/09/2025): “Mum is funny and nice when she's not tired. "
              "I give Mason cereal when she's asleep. I'd like my room to be tidy so my friend Kiera can "
              "come for a sleepover.”"),
        ("p", "Mason is 3 and says only a few words. On two visits he followed Ava everywhere, ate a "
              "whole banana very quickly, and pointed at the fridge saying “more”. He laughed when "
              "Chantelle tickled him and went to her for a cuddle."),
        ("h1", "What we want to happen"),
        ("bullets", [
            "Ava and Mason have a clean, safe home, with clean beds, and eat three meals every day.",
            "Ava gets to school on time every day and Mason goes to nursery three mornings a week.",
            "Mason's nappy rash clears and his speech is checked and helped.",
            "Chantelle stays off cocaine and alcohol.",
        ]),
        ("h1", "The plan as a timeline"),
        ("p", "Each action sits under the weeks in which it must be done. The person named does it; the "
              "words after the dash say what will show it has been done."),
        ("h2", "Weeks 1–2 (6 to 17 October 2025)"),
        ("bullets", [
            "Lorna Pike (SW) will see Ava and Mason at home twice, once unannounced, and talk with Ava on her "
            "own – visit notes record what Ava says and the state of the kitchen and bedrooms.",
            "Chantelle to be referred to Xirkdale Substance Misuse Service for an assessment of her cocaine "
            "and alcohol use – acceptance letter on the children's files.",
            "Gill Dent (family support worker) will help Chantelle clear the children's bedrooms and set up "
            "the beds from the Xirkdale furniture scheme – photographs of both bedrooms on file, seen by the "
            "SW at her next visit.",
            "Mrs Joy Akhtar (DSL, Brook Lane Primary) will give Ava a free breakfast club place – Ava's "
            "attendance and lateness emailed to the SW every Friday.",
        ]),
        ("h2", "Weeks 3–6 (20 October to 14 November 2025)"),
        ("bullets", [
            "Leanne Cobb (recovery worker, Xirkdale Substance Misuse Service) will assess Chantelle's drug "
            "and alcohol use and start fortnightly urine tests – each result emailed to the SW within two "
            "days.",
            "Xirkdale Talking Therapies will give Chantelle six sessions of CBT for her low mood – progress "
            "to be reviewed at core group.",
            "Hannah Reid (HV) will complete Mason's 2½-year developmental review at home.",
            "Gill Dent (FSW) will do six sessions with Chantelle on meals, bedtimes and getting Ava to "
            "school, using the Family Routines pack – a weekly routine chart signed by Chantelle and checked "
            "by the SW.",
            "Lorna Pike (SW) will do three sessions of direct work with Ava about home and what helps her "
            "feel safe – Ava's worksheets on file and her views taken to the review.",
        ]),
        ("h2", "Weeks 7–11 (17 November to 18 December 2025): by the review conference"),
        ("bullets", [
            "Lorna Pike (SW) will update the child and family assessment with Chantelle's test results and "
            "the school and nursery reports – the updated assessment sent to the core group a week before "
            "the review.",
            "Chantelle will take Mason to his funded place at Little Oaks Nursery on Monday, Wednesday and "
            "Friday mornings – the nursery register shows him there on those mornings.",
            "Mrs Joy Akhtar (DSL) will write a report for the review on Ava's attendance, presentation and "
            "what she has said in school – report sent to the SW by 11/12/2025.",
        ]),
        ("h2", "Throughout the plan"),
        ("bullets", [
            "Everyone in the network will keep an eye on how Ava and Mason present and pass on any worries.",
            "Chantelle will keep the kitchen and the children's bedrooms clean and safe – the SW's visit "
            "notes record the state of both rooms.",
        ]),
        ("h1", "Contingency"),
        ("p", "If things do not improve, or there are further concerns about the children, the core group will "
              "meet to review the plan and consider what to do next."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 10am, Brook Lane Family Hub: 14/10/2025, 11/11/2025 and "
            "09/12/2025.",
            "Review child protection conference: 18/12/2025 at 2pm, Xirkdale County Hall.",
        ]),
    ],
    "findings": [
        F("W001", "Chantelle to be referred to Xirkdale Substance Misuse Service"),
        F("H001", "Xirkdale Talking Therapies will give Chantelle six sessions of CBT"),
        F("M002", "Xirkdale Talking Therapies will give Chantelle six sessions of CBT"),
        F("M001", "will complete Mason's 2½-year developmental review at home"),
        F("W002", "Everyone in the network will keep an eye on"),
        F("M002", "Everyone in the network will keep an eye on"),
        F("T002", "Everyone in the network will keep an eye on"),
        F("T002", "Chantelle will keep the kitchen and the children's bedrooms"),
        F("F002", "Chantelle stays off cocaine and alcohol."),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 4. ICPC plan, domestic abuse and the mother's depression, a teenager going
#    missing. Word plan whose actions sit under each worry, with a shared
#    "We will know this is working when" line under two of them. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b100_xumbleford_icpc_worry_sections_shared_check_tierney.docx",
    "doc_title": "Child Protection Plan - Niamh Tierney and Finn Walsh",
    "split": "heldout",
    "actions": 12,
    "template": "icpc-word-plan-details-list-what-happened-childrens-words-strengths-outcomes-then-worry-subheadings-bullet-actions-shared-we-will-know-this-is-working-when-line-contingency-meetings",
    "description": (
        "Initial conference plan for a 13-year-old and a 4-year-old who have seen their mother's partner "
        "assault her; the mother is depressed and the teenager is staying out past midnight. Actions sit "
        "under each worry. Worry 1 ends with an observable 'We will know this is working when...' line "
        "(police log, children's accounts), which a reader takes as the measure of every action under "
        "it; Worry 2's shared line is 'Siobhan's mood improves and she is engaging well', which leaves "
        "the GP review and the CPN's support with only a vague measure; Worry 3 has no shared line, so "
        "its two actions with no measure of their own have none. Other faults: 'Professionals' to share "
        "information with no time, the CPN only supports, an outcome about the mother, the review "
        "conference date 'to be confirmed', no legal step."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Xumbleford Metropolitan Borough Council – Children's Social Care – Initial Child Protection "
              "Conference"),
        ("kv", [
            ("Children", "Niamh Tierney, 13 (DOB 02/02/2012), Year 9, Xumbleford Academy; Finn Walsh, 4 "
                         "(DOB 19/07/2021), Sunflower Nursery"),
            ("Address", "14 Larch Close, Xumbleford XU5 1DW"),
            ("Mother", "Siobhan Tierney (34)"),
            ("Mother's partner", "Connor Walsh (36), Finn's father; staying with his mother at 31 Oak Street "
                                 "since 20/09/2025 under a written agreement"),
            ("Category", "Emotional abuse"),
            ("Conference", "06/10/2025, Xumbleford Town Hall. Chair: Marion Quill"),
            ("Social worker", "Ciara Lowe, Safeguarding and Support Team"),
        ]),
        ("h1", "What has happened"),
        ("p", "On 18/09/2025 police were called by Niamh after Connor pushed Siobhan into the kitchen door and "
              "threw a chair; Finn was in the room. It was the third police call-out this year. Siobhan has "
              "depression and has been off work since June; the nursery says Finn often arrives after 10am, "
              "hungry and in yesterday's clothes, or does not come at all. Niamh has missed 22 days of school "
              "this year and has come home after midnight at least four times since the summer; on one night "
              "police found her in the park with older teenagers."),
        ("h1", "What Niamh and Finn have told us"),
        ("p", "Niamh (seen on her own at school, 25/09/2025): “I stay out because I don't want to be there when "
              "they start. Mum cries all day. I'd come home if it was just me, Mum and Finn.”"),
        ("p", "Finn (seen at nursery, 29/09/2025) played with the farm animals and made the big horse knock the "
              "others over, saying “Daddy shouty”. His key worker says he flinches at loud noises and clings "
              "to her at drop-off."),
        ("h1", "What is going well"),
        ("p", "Siobhan has told the police everything that happened and agreed that Connor should live "
              "elsewhere for now. Connor has kept to the written agreement so far and has asked to go on a "
              "programme. Niamh is close to her aunt Orla and talks to her most days. Finn is affectionate "
              "and loves nursery when he gets there."),
        ("h1", "What needs to be different"),
        ("bullets", [
            "Niamh and Finn live in a home with no shouting, hitting or threats, and feel safe when they go "
            "to sleep.",
            "Finn is washed, fed and at nursery by 9.15am on every day he is booked in.",
            "Niamh is in school every day and home by 10pm, and has an adult she trusts to talk to.",
            "Siobhan feels better in herself.",
        ]),
        ("h1", "Our plan, worry by worry"),
        ("h2", "Worry 1: Connor's violence towards Siobhan, which Niamh and Finn have seen and heard"),
        ("bullets", [
            "Connor will go to every session of the 26-week Xumbleford Safer Futures perpetrator programme, "
            "starting on 14/10/2025.",
            "DC Ellen Marr (Xumbleford Police, Domestic Abuse Unit) will put an urgent-response marker on "
            "14 Larch Close by 10/10/2025 and send Ciara the log of any call-outs each month.",
            "Tanya Briggs (IDVA, Xumbleford Women's Aid) will meet Siobhan every Tuesday to go through and "
            "update her safety plan.",
            "Ciara Lowe (SW) will see Niamh and Finn at home every week, one visit in three unannounced, and "
            "see Niamh on her own at school every fortnight.",
            "Professionals will share anything they hear about Connor coming to the house or contacting "
            "Siobhan.",
        ]),
        ("boldp", "We will know this is working when: the police log sent to Ciara each month shows no call-outs "
                  "to 14 Larch Close, and at every visit Niamh and Finn tell Ciara (in words or in play) that "
                  "there has been no shouting or fighting at home."),
        ("h2", "Worry 2: Siobhan's low mood means Finn is not always fed, washed or taken to nursery"),
        ("bullets", [
            "Dr Rachel Okafor (GP, Millbrook Health Centre) will review Siobhan's antidepressant medication by "
            "17/10/2025.",
            "Wendy Cole (CPN, Xumbleford Community Mental Health Team) will see Siobhan every fortnight to "
            "support her with her low mood.",
            "Jas Bains (family support worker) will come every Monday and Thursday morning to help Siobhan with "
            "Finn's breakfast and the nursery run; the Sunflower Nursery register will show Finn in by 9.15am "
            "on those days.",
            "Mrs Kate Fenn (manager, Sunflower Nursery) will ring Ciara by 10am on any day Finn has not "
            "arrived, and email Ciara a list of his missed days every Friday.",
        ]),
        ("boldp", "We will know this is working when Siobhan's mood improves and she is engaging well with "
                  "services."),
        ("h2", "Worry 3: Niamh is missing school and coming home after midnight"),
        ("bullets", [
            "Mr Dean Prior (DSL, Xumbleford Academy) will set up a part-time timetable and a daily check-in for "
            "Niamh by 17/10/2025; her attendance will be emailed to Ciara every Friday.",
            "Ciara Lowe (SW) will refer Niamh to the Xumbleford Young People's Service for a youth worker by "
            "10/10/2025.",
            "Siobhan will agree a 10pm home time with Niamh from 06/10/2025 and ring the police if she is not "
            "home by 11pm.",
        ]),
        ("h1", "If things go wrong"),
        ("p", "If Connor comes to the house, contacts Siobhan against the agreement, or the police are called to "
              "any incident involving him, Siobhan will ring 999 and take Niamh and Finn to her sister Orla "
              "Tierney's home at 5 Reed Street that night, and Ciara will hold a strategy discussion with the "
              "police the same day."),
        ("p", "If Niamh is missing overnight, Siobhan will report her missing to the police straight away and "
              "Ciara will arrange a return home interview within 72 hours."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group: every four weeks at Millbrook Family Centre, first meeting 21/10/2025 at 2pm.",
            "Review child protection conference: date to be confirmed.",
        ]),
    ],
    "findings": [
        F("W002", "Professionals will share anything they hear about Connor"),
        F("T001", "Professionals will share anything they hear about Connor"),
        F("M002", "will review Siobhan's antidepressant medication by 17/10/2025"),
        F("H001", "will see Siobhan every fortnight to support her with her low mood"),
        F("M002", "will see Siobhan every fortnight to support her with her low mood"),
        F("M001", "will refer Niamh to the Xumbleford Young People's Service"),
        F("M001", "Siobhan will agree a 10pm home time with Niamh"),
        F("F002", "Siobhan feels better in herself."),
        F("R001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Review plan, a 5-year-old and a baby, father on a methadone script with
#    recent cocaine use, mother with anxiety. Plain-text print whose upper-case
#    headings give the time for everything under them; the last heading gives
#    none. Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b100_xethering_rcpc_heading_timescales_print_mcgurk.txt",
    "split": "heldout",
    "actions": 17,
    "template": "rcpc-plain-text-print-field-lines-upper-case-sections-reasons-outcomes-then-time-headings-in-the-first-four-weeks-by-the-end-of-november-every-week-until-the-review-other-things-dash-bullets-contingency-meetings",
    "description": (
        "First review conference plan for a 5-year-old and an 11-month-old; the father has been on a "
        "methadone script since 2022 and tested positive for cocaine in August, the mother has anxiety "
        "and panic attacks, and methadone was found within the baby's reach. A plain-text print whose "
        "upper-case headings give the time for every action under them ('IN THE FIRST FOUR WEEKS (BY "
        "06/11/2025)', 'BY THE END OF NOVEMBER', 'EVERY WEEK UNTIL THE REVIEW'), which a reader takes "
        "as each bullet's timescale; most bullets are sound. The last heading, 'OTHER THINGS THAT NEED "
        "TO HAPPEN', gives no time: a passive housing application with no one named and no measure, a "
        "hearing test to be 'chased when possible' by no one, and the father's consent with no date. "
        "Also a drop-in whose only measure is 'engagement reviewed at core group'; no child's views or "
        "lived experience anywhere, and no adult service owns an action."
    ),
    "text": """\
XETHERING COUNCIL                               CHILDREN'S SOCIAL CARE - CASE PRINT
CHILD PROTECTION PLAN (REVIEW)                                   Printed 10/10/2025 11:07

Children ........ Kacey McGURK, DOB 03/06/2020 (5), Year 1, Xethering Infants
                  Tommy McGURK, DOB 08/11/2024 (11 months)
Address ......... Flat 4, 61 Cole Street, Xethering XT3 7AB
Mother .......... Becky Lyle (27)
Father .......... Shaun McGurk (30), lives at the address
Category ........ Neglect
Conference ...... First review conference, 09/10/2025. Chair: Graham Peel
Social worker ... Anna Wilde, Children and Families Team 4
Decision ........ Both children to remain subject to a child protection plan

REASONS FOR THE PLAN
--------------------
Shaun used heroin until 2022 and has been on a daily methadone script since then.
He tested positive for cocaine in August 2025. On 12/09/2025 the health visitor
found an open bottle of methadone on the living room table, within Tommy's reach.
Becky has anxiety and panic attacks and has not left the flat on her own for
several weeks; she has not seen anyone about it. Kacey has been late to school
20 times since September 2024 and Tommy has dropped from the 25th to the 9th
centile since the spring. The flat has one bedroom, and it is damp.

OUTCOMES WE WANT FOR KACEY AND TOMMY
------------------------------------
- Kacey and Tommy never have access to methadone or any other drug.
- Tommy is weighed every week and is back on the 25th centile by the review.
- Kacey arrives at school on time every day, with breakfast.
- Both children sleep in a warm, dry room.

IN THE FIRST FOUR WEEKS (BY 06/11/2025)
---------------------------------------
- Anna Wilde (SW) will do a home safety check with Becky and Shaun, including the
  stair gate and where the methadone is kept; the signed checklist goes on both
  children's files.
- Shaun will buy and fit a lockable box for his methadone and show it to Anna at
  her next visit, with the key kept on him.
- Mrs Val Ingram (DSL, Xethering Infants) will meet Becky to agree a plan for
  Kacey's mornings; the written plan is copied to Anna.
- Sue Farr (HV) will refer Tommy to the community paediatrician about his weight;
  the referral letter is copied to Anna.
- Anna Wilde (SW) will write to Xethering Homes in support of a move to a two-
  bedroom property; a copy of the letter goes on file.

BY THE END OF NOVEMBER (28/11/2025)
-----------------------------------
- Anna Wilde (SW) will finish the parenting assessment of Becky and Shaun; the
  report is shared with both parents and the core group.
- Dr Esi Boateng (community paediatrician) will see Tommy and write to Anna and
  Sue Farr with her findings and any treatment plan.
- Becky and Shaun will complete the 8-week Growing Together parenting course at
  Fernlea Children's Centre; the course leader sends attendance and an end-of-
  course report to Anna.
- Sue Farr (HV) will check Tommy's speech and play at his 1-year review; her
  report is sent to Anna and the GP.

EVERY WEEK UNTIL THE REVIEW (15/01/2026)
----------------------------------------
- Anna Wilde (SW) will visit, with at least one unannounced visit a month, and
  see Kacey and Tommy awake; visit records note the kitchen, the bedroom and
  whether the methadone box is locked.
- Sue Farr (HV) will weigh Tommy at Fernlea clinic or at home and plot it in his
  red book; his weight stays on or above the 9th centile.
- Becky will go to the Thursday parents' drop-in at Fernlea Children's Centre -
  engagement reviewed at core group.
- Kacey's school will email Anna her attendance and lateness; she is in before
  the bell at least four days out of five.
- Shaun will show Anna or Sue the locked methadone box at each of their visits;
  the visit record notes that it was locked.

OTHER THINGS THAT NEED TO HAPPEN
--------------------------------
- A housing application for a two-bedroom flat to be made to Xethering
  Homes.
- Tommy's hearing test at Xethering General to be chased when possible.
- Shaun will give signed consent for his drug worker at Xethering Recovery
  Service to share his test results with Anna; the signed form goes on file.

CONTINGENCY
-----------
If Shaun's tests show heroin or cocaine, methadone is found outside the locked
box, or Tommy loses weight at two weighs in a row, Anna will hold a strategy
discussion the same day and Kacey and Tommy will stay with Becky's mother, Pam
Lyle, at 4 Mill Row, Xethering, until it has taken place. If the parenting
assessment finds the children's needs are still not being met by the review, or
Shaun tests positive for heroin or cocaine twice before then, Anna will request a
legal planning meeting within 5 working days.

MEETINGS
--------
Core group ............ every 4 weeks, Tuesdays 1pm, Fernlea Children's Centre:
                        21/10/2025, 18/11/2025, 16/12/2025
Next review conference  15/01/2026, 10am, Xethering Civic Offices
""",
    "findings": [
        F("M002", "Becky will go to the Thursday parents' drop-in"),
        F("W001", "A housing application for a two-bedroom flat to be made"),
        F("T001", "A housing application for a two-bedroom flat to be made"),
        F("M001", "A housing application for a two-bedroom flat to be made"),
        F("W001", "Tommy's hearing test at Xethering General to be chased"),
        F("T002", "Tommy's hearing test at Xethering General to be chased"),
        F("M001", "Tommy's hearing test at Xethering General to be chased"),
        F("T001", "Shaun will give signed consent for his drug worker"),
        F("F003"),
        F("F004"),
    ],
})


# ---------------------------------------------------------------------------
# 6. ICPC plan, a 7-week-old with a fracture, looked after and still on the
#    children's ward, her brother with his grandparents. Landscape Word plan
#    printed to PDF; goal banner rows say how each goal's actions will be
#    checked, and the table has no measure column. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b100_xapperly_icpc_goal_banner_rows_checked_by_ashdown.pdf",
    "doc_title": "Child Protection Plan - Theo and Ivy Ashdown",
    "split": "heldout",
    "actions": 12,
    "template": "icpc-landscape-word-plan-printed-to-pdf-page-header-footer-details-worries-childrens-experience-outcomes-then-numbered-table-with-merged-goal-banner-rows-how-we-will-check-lead-when-no-measure-column-contingency-meetings",
    "description": (
        "Initial conference plan for a 7-week-old with an unexplained fracture, accommodated under "
        "section 20 and still on the children's ward, and her 3-year-old brother staying with his "
        "grandparents. Landscape PDF: a numbered table (action, lead, when) with no measure column; "
        "each goal has a merged banner row, and the banner's 'How we will check' line is the measure "
        "of every row under it, as a reader sees it. Goal 1's check is observable; Goal 2's is "
        "'progress reviewed at core group', so its rows without their own output have only a vague "
        "measure; Goal 3's banner says nothing about checking, so its rows with no output of their own "
        "have none. Other faults: the SW visits the ward 'as often as possible' (no visits at a stated "
        "frequency for a looked-after baby in hospital), police interviews 'TBC', perinatal support "
        "only, and the grandparents carry Theo's care with no fallback."
    ),
    "header": "OFFICIAL-SENSITIVE – Xapperly Borough Council – Children's Services",
    "footer": "Theo and Ivy Ashdown – Child Protection Plan – ICPC 03/10/2025 – Page {PAGE} of {NUMPAGES}",
    "landscape": True,
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan – Initial Conference"),
        ("p", "Xapperly Borough Council · Children's Services · Assessment and Intervention Team 1"),
        ("kv", [
            ("Children", "Theo Ashdown, 3 (DOB 14/07/2022); Ivy Ashdown, 7 weeks (DOB 12/08/2025)"),
            ("Where the children are", "Ivy: Rowan Ward (children's ward), Xapperly Royal Infirmary; "
                                       "accommodated under section 20 since 26/09/2025. Theo: with his "
                                       "paternal grandparents, Carol and Pete Pryce, 8 Linden Way, by agreement "
                                       "with his parents"),
            ("Mother", "Jade Ashdown (22)"),
            ("Father", "Callum Pryce (25)"),
            ("Category", "Physical abuse (Ivy); neglect (Theo)"),
            ("Conference", "03/10/2025, Xapperly Town Hall. Chair: Neil Osei"),
            ("Social worker", "Priya Nair (team manager: Lisa Hart)"),
        ]),
        ("h1", "What we are worried about"),
        ("p", "Jade and Callum took Ivy to A&E on 24/09/2025 because she would not stop crying when her left "
              "arm was moved. An X-ray showed a spiral fracture of the upper arm. Neither parent can explain "
              "how it happened, and the consultant's view is that it is very unlikely to have been accidental. "
              "Ivy is still on the ward for treatment and observation and is expected to be well enough to "
              "leave in about two weeks. Jade was diagnosed with postnatal depression by her GP in September. "
              "Police have opened an investigation. Theo's nursery attendance has been poor and he has had "
              "two recent bruises on his shins, which his grandparents say came from his scooter."),
        ("h1", "What Theo and Ivy are telling us"),
        ("p", "Theo (seen at Linden Way, 30/09/2025) showed Priya his bedroom and said “Nanny Carol's got a dog "
              "called Biscuit. I'm sleeping here now. Baby Ivy is poorly in the hospital.” He asked twice when "
              "he would see his mummy."),
        ("p", "Ivy is 7 weeks old. Nurses say she cries when her arm is moved and settles when she is held "
              "close and rocked. On 01/10/2025 she fed well from a bottle with Jade, and cried and stiffened "
              "when Callum picked her up quickly."),
        ("h1", "Outcomes for Theo and Ivy"),
        ("bullets", [
            "Ivy is safe and free from injury, and leaves hospital to a home where she is cared for gently "
            "and fed on time.",
            "Theo is safe, settled and goes to nursery every weekday, and sees his parents safely.",
            "Both children are cared for only by adults who can keep them safe from harm.",
        ]),
        ("h1", "Action plan"),
        ("p", "Each goal starts with a shaded row saying how we will check the actions under it."),
        ("table", {
            "header": ["No.", "What will happen", "Lead", "When"],
            "widths": [1.3, 13.0, 6.2, 5.2],
            "rows": [
                ["GOAL 1 – Ivy is safe on the ward and leaves hospital to a safe home. How we will check: the "
                 "ward's daily care notes and the SW's visit records, read at each core group, show who has "
                 "seen Ivy and how she is feeding and gaining weight; a signed discharge plan is on file before "
                 "she leaves.", H, H, H],
                ["1.1", "Visit Ivy on Rowan Ward, see her awake and talk to the nurse caring for her",
                 "Priya Nair, SW", "As often as possible"],
                ["1.2", "Supervise every visit by Jade and Callum to Ivy on the ward and note how they handle "
                        "her",
                 "Sister Megan Holt, Rowan Ward", "At every parental visit"],
                ["1.3", "Complete the skeletal survey and child protection medical, and send the report to the "
                        "SW and police",
                 "Dr Femi Ade, consultant paediatrician", "By 10/10/2025"],
                ["1.4", "Find foster carers for Ivy and hold a discharge planning meeting on the ward with them, "
                        "the parents and the ward team",
                 "Priya Nair, SW, with the Xapperly fostering team",
                 "Carers named by 13/10/2025; meeting before discharge"],
                ["GOAL 2 – Theo is safe, settled and well cared for at his grandparents' home. How we will "
                 "check: progress reviewed at core group.", H, H, H],
                ["2.1", "Care for Theo full time at 8 Linden Way and take him to Little Acorns Nursery each "
                        "weekday",
                 "Carol and Pete Pryce (PGPs)", "From 26/09/2025 until the review conference"],
                ["2.2", "Supervise all of Jade's and Callum's time with Theo at 8 Linden Way",
                 "Carol Pryce (PGM)", "Tuesdays and Saturdays, 10am to 12 noon"],
                ["2.3", "Complete a viability assessment of Carol and Pete as Theo's carers and share the "
                        "report with the core group",
                 "Priya Nair, SW", "By 24/10/2025"],
                ["2.4", "See Theo at Linden Way and at nursery, and talk with him about how he is",
                 "Priya Nair, SW", "Every week"],
                ["GOAL 3 – Jade and Callum understand how Ivy was hurt and show they can keep both children "
                 "safe.", H, H, H],
                ["3.1", "Interview Jade and Callum about how Ivy was injured and tell the SW the outcome",
                 "DC Sam Royle, Xapperly Police Child Abuse Investigation Team", "TBC"],
                ["3.2", "Weekly support sessions for Jade's low mood",
                 "Xapperly Perinatal Mental Health Team", "Weekly from 06/10/2025"],
                ["3.3", "Attend the six-week Safe Baby course on coping with a crying baby",
                 "Jade and Callum", "Starts 14/10/2025"],
                ["3.4", "Begin a parenting assessment of Jade and Callum, focused on Ivy's injury",
                 "Priya Nair, SW", "By 31/10/2025"],
            ],
        }),
        ("h1", "Contingency"),
        ("p", "If Jade or Callum try to take Ivy from the ward, or arrive on the ward under the influence or "
              "aggressive, ward staff will call the police at once and Priya will hold a strategy discussion "
              "the same day. If Jade or Callum come to 8 Linden Way outside the agreed times, Carol will not "
              "let them in and will ring the police and Priya."),
        ("p", "If the medical or the police investigation finds that Ivy's injury was not accidental, or Jade "
              "and Callum do not start the Safe Baby course, Priya will request a legal planning meeting within "
              "5 working days."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every three weeks on Thursdays at 11am, Xapperly Family Centre: 16/10/2025, 06/11/2025 "
            "and 27/11/2025.",
            "Review child protection conference: 19/12/2025, 2pm, Xapperly Town Hall.",
        ]),
    ],
    "findings": [
        F("T002", "Visit Ivy on Rowan Ward, see her awake"),
        F("M002", "Care for Theo full time at 8 Linden Way"),
        F("M002", "Supervise all of Jade's and Callum's time with Theo"),
        F("M002", "See Theo at Linden Way and at nursery"),
        F("T002", "Interview Jade and Callum about how Ivy was injured"),
        F("H001", "Weekly support sessions for Jade's low mood"),
        F("M001", "Weekly support sessions for Jade's low mood"),
        F("M001", "Attend the six-week Safe Baby course on coping"),
        F("M001", "Begin a parenting assessment of Jade and Callum"),
        F("L001"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Revised plan after a core group, a 12-year-old young carer and her
#    brother, father misusing codeine, family moving to another authority.
#    Markdown with owner group lines ("X will:"), two of them collectives.
#    Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b100_xolkirk_core_group_owner_group_lines_varga.md",
    "split": "heldout",
    "actions": 11,
    "template": "core-group-revised-plan-markdown-summary-childrens-views-outcomes-then-owner-group-lines-will-colon-bullets-with-we-will-see-line-contingency-meetings",
    "description": (
        "Plan revised at the third core group for a 12-year-old young carer and her 7-year-old brother "
        "whose widowed father misuses prescribed co-codamol and buys codeine online; the family is to "
        "move to another authority in the new year. Markdown with owner group lines: each bold line "
        "('Kasia Nowak (social worker) will, every week until the review conference on 27/01/2026:') "
        "gives the owner, and sometimes the time, for the bullets under it, as a reader sees it. Faults: "
        "'The family network will:' and 'Professionals will:' are collective owners, one with 'as and "
        "when' and one with no time and 'keep an eye on'; the CAMHS referral is put on hold until the "
        "move, with no measure; the father's drug service appointments are measured by 'engagement "
        "reviewed at core group'; an outcome about the father only."
    ),
    "text": """\
# Xolkirk Council: revised child protection plan

**Mia and Noah Varga** · plan revised at core group 3 on 05/11/2025 · social worker: Kasia Nowak
Category: neglect · initial conference 11/09/2025 · Chair: Harriet Bloom

## Where things are

Adam Varga (39) has cared for Mia (12, Year 8, Xolkirk High School) and Noah (7, Year 3, Heathfield
Primary) on his own since their mum, Katalin, died in 2022. He has chronic back pain after a fall at
work and has been taking more co-codamol than he is prescribed and buying codeine online. On
28/08/2025 Mia found him asleep on the sofa and could not wake him; she rang 999. Since the
conference Adam has kept his tablets in a locked cabinet and has started seeing the drug service,
but Mia is still doing most of the cooking and getting Noah to school. Adam's sister, Zsófia Kovács,
and a neighbour, Denise Hart, help at weekends. The family has been offered a council bungalow in
Dunmere (Dunmere City Council) and expect to move there in February 2026.

## What Mia and Noah say

Mia (seen on her own at school, 29/10/2025): "I don't mind cooking, but I want to go to drama club
and I can't because I have to get Noah. I check Dad's tablets when he's asleep. I'm worried about
moving because I won't know anyone."

Noah (seen at home, 31/10/2025) said he likes "Auntie Zsófi's pancakes" and that "Daddy sleeps a lot
on the sofa". He has asked his teacher twice whether his dad is going to die like his mum.

## What we want for Mia and Noah

- Mia and Noah are cared for by a dad who is awake, well and able to look after them, every day.
- Mia can be twelve: she goes to drama club and is not responsible for her dad's tablets or for Noah.
- Noah gets help with his worries about his dad and about his mum's death.
- Adam is free of codeine and his pain is properly managed.

## Who will do what

**Kasia Nowak (social worker) will, every week until the review conference on 27/01/2026:**

- see Mia and Noah at home, with one visit in three unannounced, and talk with each of them alone.
  *We will see:* visit records showing both children seen alone, with their own words.
- count Adam's tablets with him and check that they are in the locked cabinet.
  *We will see:* the tablet count written on each visit record and matched to the pharmacy list.

**Kasia Nowak (social worker) will also:**

- put Noah's referral to Xolkirk CAMHS on hold until the family has moved to Dunmere and the new
  social worker is in place.
- finish the parenting assessment of Adam by 12/12/2025.
  *We will see:* the report shared with Adam and the core group by that date.

**Adam Varga (Dad) will:**

- go to his fortnightly appointments with Gary at the drug service.
  *We will see:* engagement reviewed at core group.

**Gary Lowes (prescription drug worker, Xolkirk Community Drug and Alcohol Service) will:**

- assess Adam's use of codeine and co-codamol by 21/11/2025 and agree a reduction plan with him and
  his GP, Dr Hale.
  *We will see:* the reduction plan copied to Kasia by 24/11/2025.
- report on whether Adam is keeping to the reduction plan and is well enough to care for Mia and
  Noah, and how long further change is likely to take, two working days before each core group.
  *We will see:* a written report on Kasia's file before each meeting.

**The family network will:**

- have Mia and Noah for tea and help with homework as and when Adam is unwell.
  *We will see:* noted in Kasia's visit records.
- make sure an adult calls in on Mia and Noah every Saturday and Sunday while Adam is reducing his
  tablets.
  *We will see:* a text to Kasia after each call.

**Professionals will:**

- keep an eye on how Mia is coping with looking after Noah and her dad.

**Jo Carver (school nurse, Xolkirk High School) will, every fortnight from 12/11/2025:**

- meet Mia in school for a young carers' check-in.
  *We will see:* Mia's check-in sheet, with her own score out of 10, sent to Kasia after each meeting.

## If things go wrong

If Adam is found asleep and hard to wake, a tablet count does not match the pharmacy list, or
codeine bought online is found in the house, Mia or whoever finds it rings 999 or Kasia; the
children go to Zsófia's at 12 Poplar Court that night and Kasia holds a strategy discussion the same
day. If Zsófia or Denise cannot have the children or call in as agreed, Kasia (or the out-of-hours
team) will place Mia and Noah together with Xolkirk foster carers that night.

If Adam has not kept to the reduction plan by 12/12/2025, or a second overdose happens, Kasia will
ask her team manager, Owen Price, for a legal planning meeting within 5 working days.

## Meetings

- Core group: every 4 weeks, Wednesdays at 4pm, Heathfield Primary: 03/12/2025 and 07/01/2026.
- Review child protection conference: 27/01/2026, 10am, Xolkirk Civic Centre.
""",
    "findings": [
        F("X001", "put Noah's referral to Xolkirk CAMHS on hold"),
        F("M001", "put Noah's referral to Xolkirk CAMHS on hold"),
        F("M002", "go to his fortnightly appointments with Gary"),
        F("W002", "have Mia and Noah for tea and help with homework"),
        F("T002", "have Mia and Noah for tea and help with homework"),
        F("W002", "make sure an adult calls in on Mia and Noah"),
        F("W002", "keep an eye on how Mia is coping"),
        F("M002", "keep an eye on how Mia is coping"),
        F("T001", "keep an eye on how Mia is coping"),
        F("F002", "Adam is free of codeine and his pain is properly managed."),
    ],
})
