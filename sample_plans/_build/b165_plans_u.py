"""Batch 165, module u: seven fictional plans (held-out material), places beginning with "u".

Everything here is made up: children, families, professionals, services,
schools, hospitals, councils and addresses. Any likeness to real people or
cases is a coincidence. Labels were written by hand from docs/rules.md and
the labelling conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: layouts that hide the actions. None of the seven puts its actions in
a plain "Action | Who | When" table or a plain list; each is a house style
of its own (a grid, a board, questions, forms, a Signs of Safety plan, a
child's version beside the adults', a letter):

1. an initial conference plan for a 4-year-old and a 10-week-old baby
   (mother's postnatal depression, father on nights, grandmother doing
   mornings) laid out as a landscape person-by-period grid: one row per
   person or service, one column per period ("Weeks 1-4 / Weeks 5-8 /
   Weeks 9-12, up to the review", each with its end date), one piece of
   work with a "We'll see:" line in each box and "-" where a person has
   nothing new (docx, exemplary);
2. a family's "board" written after an initial conference on domestic
   abuse, with Now / Next / Later lanes (this week, this month, before the
   review), each lane's end date at its top and the owner inside each
   card's words (md). Faults: a referral "to be sent" by nobody (W001), a
   nurture group card with no "We'll know" (M001), the grandfather popping
   round "when he can to keep an eye on things" (T002, M002), the housing
   transfer "ongoing" (T002), "Everyone" to report sightings (W002); the
   aunt and grandfather carry part of the plan but the contingency never
   says what happens if their help stops (C003), and nothing leads to legal
   planning (R002);
3. a pre-birth plan printed to PDF (page header and footer) where every
   action is a block of four questions ("What needs to happen? / Who will
   do it? / By when? / How will we know it has worked?") with the answers
   indented beneath (pdf). Faults: weekly psychology sessions for the
   mother measured only by attendance (H001), the father's drug key-work
   measured by "engagement" (M002), a course booking owned by "TBC"
   (W002), the mother's self-harm safety plan "Ongoing" (T002), an outcome
   about the mother only (F002), and a review conference "to be arranged
   once the baby is born" (R001);
4. a review conference plan as a council's Word form, one two-column
   field-and-value table per action with tick boxes for how often and for
   status (docx). One form is ticked Complete (a one-off fire safety
   visit) and is not counted. Faults: a "Family network" lead (W002),
   home-conditions sessions measured by "Improvement in home conditions"
   (M002), a young carers referral with "N/A" as its measure (M001), the
   school nurse's "[X] Other: as and when needed" with no dates (T002), a
   Graded Care Profile with no box ticked and no dates (T001); the
   mother's drinking is recorded but no adult service owns a form (F004),
   the contingency is only "further concerns ... review the plan" (C002),
   and it says nothing of the grandmother's and uncle's help failing
   (C003);
5. a Signs of Safety plan (danger statement, complicating factors, what is
   working well, scaling, the children's Three Houses, then safety goals
   with numbered next steps under each, each step with Who / When / How
   we'll know sub-bullets) for a father's depression and anger (md).
   Faults: the grandmother staying "when she can" (T002), the school
   "keeping an eye on" Zain (M002), a family network meeting that "will be
   held" by no one (W001), the CPN's fortnightly support measured by the
   father feeling better (H001, M002), and a safety goal about the father
   only (F002);
6. a child protection plan for a 9-year-old set out as two columns, the
   adults' plan on the left (each cell one action with When and How we'll
   know lines) and "my plan" in her own words on the right, printed to PDF
   with page header and footer (pdf, exemplary);
7. the social worker's letter to both parents after an initial
   conference, "I" being the social worker who signs it and each parent
   addressed by name, with what each person will do in one-sentence
   paragraphs under a heading per person (txt, exemplary).

Plans 1, 6 and 7 are exemplary: every action has a named owner, a real
timescale and something that can be seen or counted; outcomes are about the
children; each contingency names triggers and protective responses and what
happens if relatives' help fails; each records the children's voice, core
group dates and a dated review conference, and legal planning after named
triggers; where a parent is ill or uses drugs an adult service owns work,
and every mental health service is asked for its view of the parent's
capacity to change and its likely timescale.

Counting convention used for "actions" (README convention 1, and 12 and 13
for times and owners given once for a group): in the grid (plan 1) each box
with work in it is one action, its owner the row's and its time the
column's unless the box gives its own, and a "-" box is none; on the board
(plan 2) each card is one action, timed by its lane unless it gives its own
time; in the question plan (plan 3) each block of four questions is one
action, read from its answers; in the form plan (plan 4) each form is one
action, and the form ticked Complete is not counted; in the Signs of Safety
plan (plan 5) each numbered next step (with its sub-bullets) is one action,
and the danger statement, goals, scaling and Three Houses are not actions;
in plan 6 each left-hand cell is one action and the child's words beside it
are not counted; in the letter (plan 7) each sentence under "What each
person will do" is one action. Contingencies, meeting dates, views and
outcomes are never counted.
"""
from build_batch5 import F, H, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Initial conference plan, neglect, mother's postnatal depression. Person-
#    by-period grid: people down the side, periods across. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b165_ulverholt_icpc_person_by_period_grid_farrell.docx",
    "doc_title": "Child Protection Plan - Kai and Esme Farrell",
    "split": "heldout",
    "actions": 22,
    "landscape": True,
    "font_size": 9,
    "template": "icpc-plan-docx-landscape-details-kv-worries-going-well-childrens-days-outcomes-then-person-by-period-grid-rows-people-and-services-columns-weeks-1-4-weeks-5-8-weeks-9-12-with-end-dates-one-piece-of-work-and-well-see-line-per-box-dash-for-none-then-if-things-go-wrong-meetings",
    "description": (
        "Exemplary initial conference plan for a 4-year-old and a 10-week-old baby, neglect: their "
        "mother has postnatal depression and stopped her sertraline, their father works nights and "
        "sleeps in the day, and the 4-year-old was found outside alone in his pyjamas. The plan is a "
        "landscape grid with one row per person or service (social worker, health visitor, perinatal "
        "mental health nurse, GP, mother, father, paternal grandmother, nursery) and one column per "
        "period, each headed with its end date; every box with work holds one piece of work and a "
        "'We'll see:' line, and a dash where a person has nothing new. The perinatal team reports on "
        "capacity to change in each period, the GP owns work, the grandmother's mornings have a "
        "fallback, legal planning follows named triggers, core group and review dates are set, and "
        "the children's days are described."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Ulverholt Borough Council · Children's Services · Assessment and Safeguarding Team"),
        ("kv", [
            ("Children", "Kai Farrell, 4 (DOB 22/08/2021); Esme Farrell, 10 weeks (DOB 03/11/2025)"),
            ("Address", "12 Larch Close, Ulverholt UV2 6HD"),
            ("Mother", "Jodie Farrell (28)"),
            ("Father", "Liam Farrell (31), lives at home; works Monday, Tuesday and Wednesday nights at the Holt "
                       "Park distribution centre"),
            ("Paternal grandmother", "Maureen Farrell (58), 4 Birch Walk, Ulverholt (ten minutes' walk)"),
            ("Category", "Neglect (both children)"),
            ("Conference", "Initial child protection conference, Tuesday 13/01/2026. Chair: Deborah Quinn "
                           "(Independent Reviewing Officer)"),
            ("Social worker", "Hannah Greer (team manager: Paul Rowntree)"),
        ]),
        ("h1", "Why we are worried"),
        ("p", "At 8.10am on 05/01/2026 a neighbour found Kai on the pavement outside 12 Larch Close in his "
              "pyjamas and bare feet, looking for his dad. Jodie was asleep upstairs with Esme beside her in the "
              "bed; Liam was on his way home from a night shift. The neighbour rang the police."),
        ("p", "Esme was born on the 50th centile and was just under the 9th centile at her 8-week check. The "
              "health visitor has twice found bottles of made-up formula left out overnight, and Esme in the same "
              "nappy for most of a visit. Kai has been to 14 of his 32 nursery sessions since September and is "
              "often brought late and hungry."),
        ("p", "Jodie told her GP on 07/01/2026 that she has felt flat and frightened since Esme was born, that "
              "she stopped her sertraline when she found out she was pregnant, and that on the worst days she "
              "cannot get out of bed until Liam is home. She has had thoughts that the children would be better "
              "off without her; she says she has no plans to harm herself or them. On the mornings after his "
              "night shifts Liam sleeps until early afternoon, so Jodie is alone with both children."),
        ("h1", "What is going well"),
        ("bullets", [
            "Jodie was honest with the GP and with the conference about how low she has been, and she wants help.",
            "Liam loves the children and is proud of them; Kai lights up when he talks about his dad.",
            "Maureen lives ten minutes away, knows the children well and has offered three mornings a week.",
            "Esme's immunisations are up to date, and Little Acorns Nursery has kept Kai's place open.",
        ]),
        ("h1", "Kai's and Esme's days"),
        ("p", "Kai drew his family for Hannah on 09/01/2026: Daddy in bed \u201cbecause he works in the dark\u201d, "
              "Mummy in bed \u201cbecause she's sad\u201d, and Esme in her cot \u201ccrying for milk\u201d. He said: "
              "\u201cI do my own cereal. Sometimes there's no milk so I have it dry.\u201d Asked what he likes best, he "
              "said \u201cNana's, she does dippy eggs and I can go on the swings.\u201d He said he went outside on "
              "05/01/2026 \u201cto find Daddy's car\u201d."),
        ("p", "Esme is a small, watchful baby. When the health visitor watched a feed on 08/01/2026 she drank "
              "quickly and cried when the bottle was taken away to wind her. She stopped crying and turned towards "
              "Jodie when Jodie sang to her, and settled on Liam's chest within a few minutes. She had a red nappy "
              "rash."),
        ("h1", "What must be different for Kai and Esme"),
        ("numbers", [
            "Kai and Esme are looked after every morning and every night by an adult who is awake and well enough "
            "to care for them, and Kai is never outside on his own.",
            "Esme is fed as her feeding plan says and her weight climbs back to at least the 25th centile by the "
            "review conference.",
            "Kai goes to nursery for at least 90% of his sessions and arrives on time, fed and dressed for the "
            "weather.",
            "Kai and Esme have a mum who notices when they need her and responds to them, because her depression "
            "is being treated.",
        ]),
        ("h1", "The plan: who does what, and when"),
        ("p", "Read along a row to see everything one person has agreed to do; read down a column to see what "
              "happens in that period. Each box with work in it is one piece of work: the person in the row does "
              "it, by the date at the top of its column unless the box gives its own time. \u201cWe'll see\u201d is "
              "what will show the work has been done and is making a difference for Kai and Esme. A dash means "
              "nothing new for that person in that period."),
        ("table", {
            "header": ["Who", "Weeks 1-4\nall by Tuesday 10/02/2026", "Weeks 5-8\nall by Tuesday 10/03/2026",
                       "Weeks 9-12, up to the review\nall by Tuesday 07/04/2026"],
            "widths": [3.7, 7.3, 7.3, 7.4],
            "bold_first_col": True,
            "rows": [
                ["Hannah Greer\nSocial worker, Ulverholt Children's Services",
                 "Write a morning safety plan with Jodie, Liam and Maureen saying who is up with Kai and Esme each "
                 "morning, and visit every week (one visit in three unannounced, one before 8.30am), seeing Kai on "
                 "his own with his drawing book.\n"
                 "We'll see: the signed safety plan copied to the core group by 27/01/2026; a visit record for "
                 "every week with Kai's words and how Esme was.",
                 "Complete the child and family assessment, with Kai's words, Esme's weights, Liam's shifts and "
                 "Maureen's help in it, go through it with Jodie and Liam, and keep visiting every week.\n"
                 "We'll see: the assessment shared at the core group on 24/02/2026; a visit record for every "
                 "week.",
                 "Visit every week, and write the report for the review conference with Kai's own words and what "
                 "has changed in his and Esme's days, sharing it with Jodie and Liam first.\n"
                 "We'll see: the report sent to Jodie, Liam and the conference team by 31/03/2026."],
                ["Claire Moffat\nHealth visitor, Ulverholt 0-19 Service",
                 "Weigh Esme at home every week and watch a full feed, and write a feeding plan with Jodie and "
                 "Liam saying how much Esme takes and how often.\n"
                 "We'll see: each weight in Esme's red book and emailed to Hannah the same day; the feeding plan "
                 "on the fridge by 20/01/2026.",
                 "Weigh Esme every Thursday at the Ulverholt Health Centre baby clinic, and do an ASQ-3 "
                 "development check with Kai at home.\n"
                 "We'll see: Esme's weight line rising towards the 25th centile; Kai's ASQ-3 scores sent to "
                 "Hannah and the nursery.",
                 "Weigh Esme every week until she reaches the 25th centile, then every two weeks, and write to the "
                 "review conference on her growth and on Kai's development.\n"
                 "We'll see: the health visiting report, with Esme's growth chart, on file by 31/03/2026."],
                ["Tess Lund\nPerinatal mental health nurse, Ulverholt Perinatal Mental Health Service (with Dr "
                 "Amara Quayle, consultant perinatal psychiatrist)",
                 "Assess Jodie at home with Dr Quayle (first visit by 20/01/2026), agree a treatment plan with "
                 "her, and write to Hannah on how her depression affects her care of Kai and Esme, whether she can "
                 "make the changes they need and how long that is likely to take.\n"
                 "We'll see: the assessment letter on the children's file by 10/02/2026.",
                 "Visit Jodie at home every week to check her mood, sleep and medication, and report to the core "
                 "group on whether she is making the changes the children need, and the likely timescale.\n"
                 "We'll see: Tess's written report, with Jodie's PHQ-9 scores, on file before the core group on "
                 "24/02/2026.",
                 "Keep the weekly visits going, and write to the review conference on Jodie's progress, whether "
                 "she can keep the changes going for Kai and Esme, and over what time.\n"
                 "We'll see: the written report to Hannah by 31/03/2026, shared with Jodie first."],
                ["Dr Neil Ashdown\nGP, Riverside Medical Practice",
                 "See Jodie to restart her sertraline, review her after two weeks, and ring Hannah the same day if "
                 "Jodie does not come to the review.\n"
                 "We'll see: a GP letter to Hannah by 03/02/2026 giving the dose and how the review went.",
                 "-",
                 "Send the review conference a report on Jodie's treatment and on Kai's and Esme's health "
                 "appointments, including any that were missed.\n"
                 "We'll see: the GP report received by the conference team by 31/03/2026."],
                ["Jodie\n(Mum)",
                 "Follow Esme's feeding plan at every feed and write each feed on the chart on the fridge; on the "
                 "mornings Liam is asleep after a night shift, let Maureen in at 7.30am.\n"
                 "We'll see: the chart filled in every day and checked by Claire and Hannah at their visits.",
                 "Go to every appointment with Tess and Dr Ashdown and take her sertraline each day, so that she "
                 "is well enough to get up with Kai and Esme.\n"
                 "We'll see: every appointment kept, as Tess's report to the core group on 24/02/2026 shows.",
                 "Take Esme to the Thursday baby clinic herself each week with her red book and feed chart, and "
                 "collect Kai from nursery at 12 noon every Monday to Thursday.\n"
                 "We'll see: Claire records Jodie bringing Esme each week; the nursery's collection log shows "
                 "Jodie there at 12 noon."],
                ["Liam\n(Dad)",
                 "Agree with Hannah the hours he sleeps after night shifts, so that an awake adult is always with "
                 "the children, and take Kai to nursery every Monday.\n"
                 "We'll see: Liam's sleeping hours written into the safety plan; the nursery register shows Kai "
                 "brought on Mondays.",
                 "Go with Jodie to the six Thursday afternoon Baby and Me sessions at Ulverholt Family Hub, "
                 "starting 12/02/2026.\n"
                 "We'll see: the family hub's attendance sheet shows Liam at five of the six sessions or more.",
                 "-"],
                ["Maureen\n(Nana, Liam's mum)",
                 "Come to Larch Close at 7.30am on Tuesday, Wednesday and Thursday mornings (after Liam's night "
                 "shifts), give Kai his breakfast, help Jodie with Esme's first feed and walk Kai to nursery.\n"
                 "We'll see: Maureen texts Hannah when Kai is at nursery; the nursery register shows him in on "
                 "those days.",
                 "Carry on the three mornings each week, and have Kai at Birch Walk every Saturday from 10am to "
                 "3pm.\n"
                 "We'll see: Maureen's texts to Hannah; Kai tells Hannah at her visits what he did at Nana's.",
                 "Carry on the Tuesday, Wednesday and Thursday mornings up to the review, and ring Hannah the same "
                 "day if she cannot do a morning.\n"
                 "We'll see: the nursery register shows Kai in on her mornings; any missed morning logged by "
                 "Hannah."],
                ["Lorna Gill\nManager, Little Acorns Nursery",
                 "Ring Jodie at 9.15am if Kai is not in, and ring Hannah the same day if he is still not in by "
                 "10am; note each morning whether Kai is clean, fed and dressed for the weather.\n"
                 "We'll see: an attendance and arrival note emailed to Hannah every Friday.",
                 "Start Kai in the nursery's Talk Boost group, twice a week for ten weeks.\n"
                 "We'll see: Kai's Talk Boost scores at the start and the end sent to Claire and Hannah.",
                 "Write a report for the review conference on Kai's attendance, how he arrives each morning and "
                 "his talking.\n"
                 "We'll see: the nursery report received by the conference team by 31/03/2026."],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Kai is found outside on his own, or either child is found with no adult awake to care for them, "
              "whoever finds them will ring the police on 999 and then Hannah (or the Emergency Duty Team out of "
              "hours). Hannah will visit that day, the children will go to Maureen's at 4 Birch Walk, and Hannah "
              "will hold a strategy discussion with the police the same day."),
        ("p", "If Jodie says she has thoughts of harming herself or the children, or she stops her sertraline, "
              "whoever she tells will ring Tess (or the Ulverholt Crisis Team out of hours) that day and tell "
              "Hannah. Jodie will be seen the same day, and until she has been seen she will not care for the "
              "children on her own: Liam will stay off work, or Maureen will stay at Larch Close."),
        ("p", "If Maureen cannot do her mornings (she is ill, away, or feels she can no longer manage), she will "
              "ring Hannah that day. Liam will stay up until Kai is at nursery on those mornings, and Hannah will "
              "arrange a breakfast club place at Little Acorns from 8am and a family support worker for the "
              "mornings within two working days."),
        ("p", "If Esme's weight falls below the 9th centile again, if Kai's nursery attendance is below 75% over "
              "any four weeks, or if Kai is found outside alone again, Hannah will ask Paul Rowntree for a legal "
              "planning meeting within five working days to decide whether to start pre-proceedings under the "
              "Public Law Outline."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group: every four weeks at Ulverholt Family Hub, Tuesdays at 10am: 27/01/2026, 24/02/2026 and "
            "24/03/2026.",
            "Review child protection conference: Tuesday 07/04/2026, 10am, Ulverholt Civic Centre.",
        ]),
        ("p", "Agreed at the initial conference on 13/01/2026. Copies to Jodie, Liam, Maureen and everyone named in "
              "the grid."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. The family's board after an initial conference, domestic abuse. Now /
#    Next / Later lanes with the end date at the top of each lane; the owner
#    inside each card's words. Mostly good cards, a few faults (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b165_ummerby_icpc_now_next_later_board_osei.md",
    "split": "heldout",
    "actions": 16,
    "template": "icpc-family-board-md-details-table-why-going-well-childrens-words-three-houses-outcomes-then-now-next-later-lanes-this-week-this-month-before-the-review-end-date-in-lane-heading-checkbox-cards-owner-inside-words-well-know-italic-then-if-darren-comes-meetings",
    "description": (
        "An initial conference plan for a 12-year-old and an 8-year-old after their father broke in "
        "and assaulted their mother (emotional abuse), written by the social worker as the family's "
        "board: Now, Next and Later lanes (this week, this month, before the review), each lane's end "
        "date in its heading, and checkbox cards with the owner inside the words and a 'We'll know' "
        "line. Most cards are sound (police marker, the IDVA's DASH review, weekly visits, the "
        "aunt's after-school days, the school nurse's wetting diary, the Freedom Programme). Faults: "
        "a referral 'to be sent' with no one named, a nurture group card with no measure, the "
        "grandfather popping round 'when he can to keep an eye on things', the housing transfer "
        "'ongoing', 'Everyone' to report sightings; the aunt and grandfather carry part of the plan "
        "but the contingency never says what happens if they cannot, and nothing leads to legal "
        "planning."
    ),
    "text": """\
# Jayden and Ama's plan — our board

**Ummerby Borough Council · Children's Social Care · Safeguarding and Family Support (North)**

Written by Sade Adeyemi (social worker) with Abena, Jayden and Ama after the initial child protection conference on Tuesday 20/01/2026. This is the family's working copy of the child protection plan. A copy is on the fridge at home and the same board is on Sade's wall at the office.

| | |
|---|---|
| **Children** | Jayden Osei (12), Year 7, Ummerby Academy; Ama Osei (8), Year 3, Hollins Lane Primary |
| **Lives with** | Mum, Abena Osei (37), 22 Ropewalk Gardens, Ummerby UM5 3JS |
| **Dad** | Darren Pike (40), father of both children. A non-molestation order made on 06/01/2026 (for 12 months) stops him coming to Ropewalk Gardens or contacting Abena. He has no contact with the children at present. |
| **Family who help** | Auntie Efua Mensah (Abena's sister), 9 Quay Street; Grandad Kofi Osei (Abena's dad), 41 Mill Rise |
| **Category** | Emotional abuse (both children) |
| **Conference chair** | Helen Bracewell (Independent Reviewing Officer) |
| **Social worker** | Sade Adeyemi (team manager: Marcus Lyle) |

## Why there is a plan

Just before midnight on 30/12/2025 Darren came to the house, kicked in the back door and pushed Abena against the kitchen wall by her throat while Jayden and Ama watched from the stairs. Jayden rang 999. It was the fourth time the police had been called to the family since June 2025; in October a mug Darren threw hit Ama on the arm. Darren was arrested and is on bail not to come to Ummerby, and Abena got a non-molestation order on 06/01/2026.

Since then Darren has twice been seen outside Hollins Lane Primary at home time, and he has sent Jayden messages on Snapchat asking where they are staying. Jayden has been in trouble at school for fighting and told his form tutor he keeps a hammer under his bed "in case". Ama has wet the bed most nights since October and hides under the table when the doorbell rings.

## What's going well

- Abena applied for the non-molestation order herself and has kept the children away from Darren since 30/12/2025.
- Abena meets Lucy Tran, the IDVA, and has a safety plan for herself.
- Efua and Kofi live close by, see the children most days and both came to the conference.
- Both schools know the children well and acted quickly when Darren was seen.

## What Jayden and Ama told us

**Jayden** (with Sade at school, 14/01/2026): "I'm the one who rang the police. I'm not scared of him, I'm scared for Mum." "I don't want to see him yet. Maybe when he's sorted himself out." He scored how safe home feels at 4 out of 10: "It would be a 7 if the door was proper and he didn't know where we live."

**Ama** (with Sade at home, Three Houses, 15/01/2026):

- House of worries: "Daddy banging the door." "The shouting in the kitchen." "Wet sheets."
- House of good things: "Auntie Efua's jollof." "My top bunk." "Grandad's dog Biscuit."
- House of dreams: "A house where the door doesn't break and nobody shouts."

## What we all want for Jayden and Ama

1. Jayden and Ama live in a home Darren cannot get into, and both know what to do if he comes.
2. Jayden and Ama see and hear no more violence or threats, at home, at school or online.
3. Ama sleeps through the night in a dry bed and is not frightened when the doorbell rings.
4. Jayden can talk about what happened with someone he trusts, and stays in school without fights.

## The board

How to read the board: there are three lanes. Everything in a lane is to be done by the date at the top of the lane, unless the card gives its own time. Each card says who is doing it, and "We'll know" says how we will all be able to see it has happened. Cards are ticked off at core group.

### NOW — this week (all by Friday 23/01/2026)

- [ ] Sade (SW) goes through the new safety plan with Abena, Jayden and Ama at home and leaves a copy on the fridge. *We'll know:* the plan is signed by Abena and on file, and both children can tell Sade who to ring if Darren comes.
- [ ] PC Leon Marsh (Ummerby Police, Domestic Abuse Unit) puts an urgent marker on 22 Ropewalk Gardens so that any 999 call from the house gets an immediate response. *We'll know:* PC Marsh emails Sade the marker reference.
- [ ] Ms Hendry (DSL, Ummerby Academy) gives the front office a copy of the order and Darren's photo so that he is never let into the school. *We'll know:* Ms Hendry confirms to Sade by email that every front office member of staff has seen them.
- [ ] Referral to be sent for Abena to start the Freedom Programme at Ummerby Family Hub. *We'll know:* a start date confirmed in writing by the family hub.

### NEXT — this month (all by Friday 20/02/2026)

- [ ] Sade (SW) visits at home every week, one visit in three unannounced, and sees Jayden and Ama each on their own at school every two weeks with the worry-and-wish cards. *We'll know:* a visit record for each visit, with the children's own words in it.
- [ ] Lucy Tran (IDVA, Ummerby Domestic Abuse Service) meets Abena every week, redoes her DASH risk checklist and updates her safety plan. *We'll know:* the new DASH score and the updated safety plan sent to Sade by 06/02/2026.
- [ ] Mrs Dyer (DSL, Hollins Lane Primary) starts Ama in the Friday nurture group with Mrs Lowe.
- [ ] Auntie Efua has Jayden and Ama at 9 Quay Street after school every Tuesday and Thursday until 6.30pm, while Abena is at work. *We'll know:* Ama's class teacher sees Efua collect her, and Efua texts Sade the same day if either child does not arrive.
- [ ] Grandad Kofi pops round to the house when he can to keep an eye on things.
- [ ] Nurse Joy Baptiste (school nurse, Ummerby 0-19 Service) sees Ama about her wetting and starts a wetting diary with Abena. *We'll know:* the diary shows the number of dry nights each week, and Nurse Baptiste sends Sade a copy every two weeks.

### LATER — before the review (all by Tuesday 14/04/2026)

- [ ] Abena goes to the 12 Wednesday-morning Freedom Programme sessions at Ummerby Family Hub. *We'll know:* the hub's attendance sheet shows her at 10 of the 12 sessions or more.
- [ ] Ms Hendry (DSL) arranges six sessions for Jayden with Mr Bliss, the school counsellor, the first by 06/02/2026. *We'll know:* Mr Bliss tells Sade how many sessions Jayden came to, and Jayden's own score of how safe he feels is written down at the first and the last.
- [ ] Sade (SW) completes the child and family assessment, including what Jayden and Ama want about seeing their dad, and goes through it with Abena. *We'll know:* the assessment is shared at the core group on 31/03/2026.
- [ ] Dean Fell (housing officer, Ummerby Homes) keeps working on Abena's request for a management transfer to a new address — ongoing. *We'll know:* an offer of a new tenancy in writing.
- [ ] PC Marsh tells Sade within one working day of any breach of the order or of Darren's bail. *We'll know:* each breach, and what the police did about it, logged on the children's file.
- [ ] Everyone tells Sade the same day if Darren is seen near the house, the schools or Efua's flat. *We'll know:* each sighting logged on the children's file and passed to PC Marsh.

## If Darren comes (contingency plan)

- If Darren comes to the house, either school or Efua's flat, or contacts Abena or the children in any way (including Snapchat), whoever is with the children rings 999 straight away and keeps them inside. The police will treat it as a breach of the order, and Sade will hold a strategy discussion with the police the same day.
- If Darren finds out where the family lives after a move, or breaks in again, Abena and the children will go that night to the Ummerby refuge; Lucy Tran holds the referral and will confirm the room.
- If Darren messages Jayden, Jayden shows his mum, who screenshots the messages and sends them to PC Marsh the same day.

## When we meet

- Core group: Tuesday 03/02/2026, 10am, Ummerby Family Hub, then every four weeks: 03/03/2026 and 31/03/2026.
- Review child protection conference: Tuesday 14/04/2026, 1.30pm, Ummerby Town Hall.

Board updated by Sade Adeyemi, 21/01/2026.
""",
    "findings": [
        F("W001", "Referral to be sent for Abena to start the Freedom Programme"),
        F("M001", "starts Ama in the Friday nurture group with Mrs Lowe"),
        F("T002", "pops round to the house when he can to keep"),
        F("M002", "pops round to the house when he can to keep"),
        F("T002", "keeps working on Abena's request for a management transfer"),
        F("W002", "Everyone tells Sade the same day if Darren is seen"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Pre-birth plan printed to PDF, every action a block of four questions
#    with the answers indented beneath. Mostly good blocks, a few faults (pdf)
# ---------------------------------------------------------------------------
def _qblock(num, title, what, who, when, how):
    """One action as the council's four questions, each answer indented under its question."""
    return [
        ("boldp", f"Action {num}: {title}"),
        ("pi", "What needs to happen?"),
        ("pi2", what),
        ("pi", "Who will do it?"),
        ("pi2", who),
        ("pi", "By when?"),
        ("pi2", when),
        ("pi", "How will we know it has worked?"),
        ("pi2", how),
    ]


_UPTHORLEY_ACTIONS = (
    _qblock(1, "Midwifery care until the birth",
            "See Chloe at the antenatal clinic every two weeks until 36 weeks and then every week, check the "
            "baby's growth, and ask Chloe about her mood and any self-harm at every appointment.",
            "Gail Ferris, specialist safeguarding midwife, Upthorley General Hospital",
            "Every two weeks until 26/03/2026 (36 weeks), then every week until the birth",
            "Every appointment is recorded in the maternity notes with the baby's growth on the chart; Gail "
            "emails Martin after each appointment, and the same day if Chloe misses one.")
    + _qblock(2, "Psychology for Chloe",
              "Weekly one-to-one sessions for Chloe with the perinatal psychologist to help her manage her "
              "emotions and her urges to self-harm.",
              "Dr Imogen Varley, clinical psychologist, Upthorley Perinatal Mental Health Service",
              "Every Monday from 19/01/2026",
              "Chloe attends her sessions (attendance recorded by the service).")
    + _qblock(3, "Psychiatric report for the core group",
              "Review Chloe's mental health and medication, and write a report on how her emotionally unstable "
              "personality disorder is likely to affect her care of the baby, whether she can make the changes "
              "needed, and how long that is likely to take.",
              "Dr Tomasz Wren, consultant perinatal psychiatrist, Upthorley Perinatal Mental Health Service",
              "Review by 30/01/2026; report by 20/02/2026",
              "The report is sent to Martin by 20/02/2026 and shared at the core group on 26/02/2026.")
    + _qblock(4, "Ryan's cannabis",
              "Stop smoking cannabis, and give hair strand samples so that his use can be tested over the months "
              "before the birth.",
              "Ryan Kemp (dad); Martin books the tests",
              "First sample by 06/02/2026; second sample by 26/03/2026 (36 weeks)",
              "The second hair strand result shows no cannabis use since the first test; both results are sent "
              "to Martin by the testing company.")
    + _qblock(5, "Drug service",
              "Key-work sessions with Ryan about his cannabis use and what it will mean for the baby.",
              "Jade Pollitt, recovery worker, Upthorley Recovery Hub",
              "Weekly, from 22/01/2026",
              "Ryan's engagement with the service.")
    + _qblock(6, "Pre-birth assessment",
              "Complete a pre-birth assessment of Chloe and Ryan, including what they understand of a newborn's "
              "needs, Denise's part after the birth, and what they say about their own childhoods.",
              "Martin Oyelowo, social worker",
              "By 26/02/2026 (32 weeks)",
              "The assessment report, with a recommendation for the baby's discharge plan, is shared with Chloe "
              "and Ryan and then with the core group on 26/02/2026.")
    + _qblock(7, "Home visits",
              "Visit Chloe and Ryan at Ferris Court, one visit in three unannounced, seeing each of them on their "
              "own at least once a month, and check how the flat is getting ready for the baby.",
              "Martin Oyelowo, social worker",
              "Every two weeks until the birth, then twice a week for the baby's first month at home",
              "A visit record on the baby's file for every visit, with what was seen in the flat and what Chloe "
              "and Ryan said.")
    + _qblock(8, "Antenatal parenting course",
              "Book Chloe and Ryan onto the six-week Baby Steps antenatal course at Upthorley Family Hub.",
              "TBC",
              "By 28/01/2026, for the course starting on Wednesday 04/02/2026",
              "Places confirmed in writing; the course leader's attendance sheet shows both parents at five of "
              "the six sessions or more.")
    + _qblock(9, "Health visiting",
              "An antenatal visit at home to talk about safe sleep, feeding and the baby's first weeks, then the "
              "new birth visit.",
              "Nasreen Akhtar, health visitor, Upthorley 0-19 Service",
              "Antenatal visit by 12/03/2026 (34 weeks); new birth visit 10 to 14 days after the birth",
              "A safe sleep checklist completed with both parents and a copy sent to Martin; visit notes shared "
              "with Martin within two working days of each visit.")
    + _qblock(10, "Nana's nights",
              "Stay at Ferris Court for the first 14 nights after Chloe and the baby come home, do the night "
              "feeds with Ryan, and ring Martin if she is worried about Chloe.",
              "Denise Pryor (maternal grandmother)",
              "Nights 1 to 14 after discharge",
              "The night feed chart is filled in every night and checked by the community midwife at her visits; "
              "Denise texts Martin each morning.")
    + _qblock(11, "Chloe's own safety plan",
              "Keep to her own safety plan for self-harm: use her distraction box, ring the crisis line or Denise "
              "when she has urges, and tell the midwife if she has hurt herself.",
              "Chloe Pryor (mum)",
              "Ongoing",
              "Chloe tells Gail at each antenatal appointment whether she has self-harmed, and Gail records it in "
              "the maternity notes.")
    + _qblock(12, "Discharge planning meeting",
              "Hold a discharge planning meeting on Ward 11 with Chloe, Ryan, Denise, the ward and the core "
              "group, and agree the baby's discharge plan.",
              "Martin Oyelowo, social worker, with the Ward 11 manager",
              "By 26/03/2026 (36 weeks), and the plan checked again on the day of discharge",
              "A written discharge plan in the maternity notes and on the baby's file; the baby does not go home "
              "until the ward and Martin have both signed it.")
    + _qblock(13, "Getting the flat ready",
              "Get the flat ready for the baby: a cot with a new mattress, a Moses basket, a steriliser, bottles "
              "and clothes, and no smoking of any kind inside the flat.",
              "Chloe and Ryan together",
              "By 26/03/2026 (36 weeks)",
              "Martin sees the baby's things in place and the flat smoke-free at his visit in the week of "
              "23/03/2026, and writes it in his visit record.")
)

PLANS.append({
    "name": "b165_upthorley_prebirth_question_blocks_pryor.pdf",
    "doc_title": "Pre-birth Child Protection Plan - Baby Pryor",
    "split": "heldout",
    "actions": 13,
    "min_pages": 3,
    "header": "OFFICIAL-SENSITIVE · Upthorley Council Children's Services · Pre-birth child protection plan",
    "footer": "Unborn baby of Chloe Pryor · plan agreed 15/01/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "prebirth-icpc-plan-paged-header-footer-details-kv-why-going-well-babys-world-parents-say-outcomes-then-action-n-blocks-four-questions-what-needs-to-happen-who-will-do-it-by-when-how-will-we-know-answers-indented-beneath-then-if-things-go-wrong-meetings",
    "description": (
        "A pre-birth initial conference plan for the unborn baby of a 22-year-old with emotionally "
        "unstable personality disorder and a history of self-harm, whose partner smokes cannabis "
        "daily; the maternal grandmother will stay for the first two weeks. Printed to PDF with a "
        "page header and footer. Every action is a block of four questions with the answers indented "
        "beneath them. Most blocks are sound (the midwife, the psychiatrist's report on capacity to "
        "change, hair strand tests, the pre-birth assessment, the grandmother's nights, the "
        "discharge planning meeting). Faults: weekly psychology sessions measured only by attendance, "
        "the drug service's key-work measured by 'engagement', a course booking owned by 'TBC', the "
        "mother's self-harm safety plan 'Ongoing', an outcome about the mother only, and a review "
        "conference 'to be arranged once the baby is born'."
    ),
    "blocks": [
        ("title", "Pre-birth Child Protection Plan"),
        ("p", "Upthorley Council · Children's Services · Family Safeguarding Team (West)"),
        ("kv", [
            ("Unborn baby", "Baby Pryor, due 23/04/2026 (Chloe was 26 weeks pregnant at the conference)"),
            ("Mother", "Chloe Pryor (22), 5 Ferris Court, Upthorley UT3 8LN"),
            ("Father", "Ryan Kemp (25), lives with Chloe"),
            ("Maternal grandmother", "Denise Pryor (49), 18 Ashgrove, Upthorley"),
            ("Category", "Neglect (unborn baby)"),
            ("Conference", "Pre-birth initial child protection conference, Thursday 15/01/2026. Chair: Yvonne "
                           "Atherton (Independent Reviewing Officer)"),
            ("Social worker", "Martin Oyelowo (team manager: Claire Stroud)"),
        ]),
        ("h1", "Why there is a plan"),
        ("p", "Chloe was diagnosed with emotionally unstable personality disorder in 2022. She has cut herself "
              "since she was 14 and has taken two overdoses, the last in August 2025 when she was eight weeks "
              "pregnant; she spent a night on the medical ward at Upthorley General Hospital. When she is "
              "overwhelmed she stops eating and sleeping and has told the midwife she \u201cshuts down\u201d."),
        ("p", "Ryan has smoked cannabis every day since he was 16, about \u00a315 a day, mostly in the living room "
              "of the flat. He has never cared for a baby. The flat has damp in the bedroom that will be the "
              "baby's, and at the first home visit on 08/01/2026 there was nothing ready for the baby."),
        ("h1", "What is going well"),
        ("bullets", [
            "Chloe has been to every antenatal appointment since 16 weeks and has seen the perinatal team since "
            "September 2025.",
            "Chloe says she has not self-harmed since October 2025, and the midwife has seen no new injuries.",
            "Ryan came to the conference, spoke openly about his cannabis use and says he wants to stop before "
            "the baby comes.",
            "Denise has offered to stay at the flat for the first two weeks after the birth and has booked the "
            "time off work.",
        ]),
        ("h1", "The baby's world"),
        ("p", "At the 20-week scan the baby was growing well. The midwife has seen Chloe rub her bump and talk to "
              "the baby when she is calm, and Chloe says the baby kicks when Ryan plays his guitar. On the two "
              "days before her appointment on 06/01/2026, when Chloe was upset after an argument, she ate almost "
              "nothing."),
        ("p", "If nothing changes, the baby would come home to a bedroom with damp on the walls and no cot, to a "
              "living room where cannabis is smoked, and to a mum who, when things get too much, has hurt herself "
              "and stopped looking after herself."),
        ("h1", "What Chloe and Ryan said"),
        ("p", "Chloe: \u201cI know I've got to keep myself safe now it's not just me. I want to do this properly.\u201d "
              "Ryan: \u201cI'll stop. I don't want the baby breathing it in.\u201d"),
        ("h1", "What we want for the baby"),
        ("numbers", [
            "The baby is born into a home that is warm, smoke-free and ready, with a cot, clothes and feeding "
            "things, by 36 weeks.",
            "The baby is cared for every day and night by an adult who is not under the influence of cannabis and "
            "is well enough to notice and respond to her or him.",
            "Chloe will learn to manage her emotions and keep herself safe.",
            "The baby is seen by a professional at least twice a week in the first month at home.",
        ]),
        ("h1", "The plan"),
        ("p", "Each part of the plan is set out as the council's four questions, with the answers under them. "
              "The action numbers are the ones used at core group."),
    ] + _UPTHORLEY_ACTIONS + [
        ("h1", "If things go wrong"),
        ("p", "If Chloe self-harms or takes an overdose before the birth, whoever knows will ring the Upthorley "
              "Crisis Team (or 999) straight away and tell Martin, who will hold a strategy discussion the same "
              "day."),
        ("p", "If, when the baby is born, Chloe is self-harming or too unwell to care for the baby, or Ryan is "
              "under the influence of cannabis on the ward, the baby will stay on the ward and Martin will "
              "arrange for the baby to go home with Denise to 18 Ashgrove under a written safety plan."),
        ("p", "If Denise cannot do the 14 nights or has to stop (she is ill, or feels she cannot manage), she will "
              "ring Martin that day. Martin will arrange a mother and baby placement at Oakfield Family Centre, "
              "or, if no place is free, foster carers for the baby, before the baby leaves hospital."),
        ("p", "If Ryan's second hair strand test shows cannabis use, or Chloe self-harms again before 36 weeks, "
              "Martin will ask Claire Stroud for a legal planning meeting within five working days to decide "
              "whether to start pre-proceedings under the Public Law Outline before the birth."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group: every four weeks at Upthorley Children's Centre, Thursdays at 2pm: 29/01/2026, "
            "26/02/2026 and 26/03/2026.",
            "Review child protection conference: to be arranged once the baby is born.",
        ]),
    ],
    "findings": [
        F("H001", "Weekly one-to-one sessions for Chloe with the perinatal psychologist"),
        F("M002", "Key-work sessions with Ryan about his cannabis use"),
        F("W002", "Book Chloe and Ryan onto the six-week Baby Steps"),
        F("T002", "Keep to her own safety plan for self-harm"),
        F("F002", "Chloe will learn to manage her emotions and keep herself safe."),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Review conference plan as a council's Word form: one two-column field
#    and value table per action, tick boxes for how often and for status.
#    Mostly good forms, a few faults (docx)
# ---------------------------------------------------------------------------
_OFTEN = ["Weekly", "Fortnightly", "Monthly", "Once", "Other"]


def _often(ticked=None, other=""):
    """The form's "How often" tick boxes: only the ticked box is marked [X]."""
    boxes = []
    for opt in _OFTEN:
        mark = "[X]" if opt == ticked else "[ ]"
        boxes.append(f"{mark} {opt}: {other}" if opt == "Other" and other else f"{mark} {opt}")
    return "   ".join(boxes)


def _status(ticked, note=""):
    opts = ["New at this review", "Continued from the ICPC plan", "Complete"]
    out = "   ".join(("[X] " if o == ticked else "[ ] ") + o for o in opts)
    return out + (f" ({note})" if note else "")


def _form(num, what, lead, agency, start, often, by, how, outcome, status):
    return ("table", {
        "widths": [4.6, 12.4],
        "bold_first_col": True,
        "rows": [
            [f"ACTION {num}", H],
            ["What needs to happen", what],
            ["Lead person", lead],
            ["Agency", agency],
            ["Start date", start],
            ["How often", often],
            ["Complete by", by],
            ["How will we know it has worked?", how],
            ["For outcome", outcome],
            ["Status", status],
        ],
    })


_USKELBY_FORMS = [
    _form(1,
          "Visit Tyler, Lily-Mae and Alfie at home, one visit in three unannounced, seeing Tyler and Lily-Mae on "
          "their own and checking the kitchen cupboards, bedding and heating each time.",
          "Joanne Reece, social worker", "Uskelby Children's Services", "09/12/2025",
          _often("Weekly"), "09/06/2026 (second review conference)",
          "A visit record for every visit, with the children's own words and the home conditions checklist "
          "filled in.",
          "1, 3 and 4", _status("Continued from the ICPC plan")),
    _form(2,
          "Go to her weekly sessions at Clearwater and give a breath test at each one, so that she is sober "
          "whenever she is caring for the children.",
          "Nicola Callaghan (mum)", "Parent", "09/12/2025",
          _often("Weekly"), "09/06/2026",
          "Nicola brings Joanne Clearwater's attendance letter each month, showing every session attended and "
          "every breath test at zero.",
          "1", _status("Continued from the ICPC plan")),
    _form(3,
          "Do Alfie's two-year review with an ASQ-3, weigh him, and check the house is safe for a toddler (stair "
          "gate, cleaning products and medicines out of reach).",
          "Sonia Marr, health visitor", "Uskelby 0-19 Service", "05/01/2026",
          _often("Monthly"), "09/06/2026",
          "ASQ-3 scores and weights sent to Joanne after each visit; the home safety checklist all ticked by "
          "02/02/2026.",
          "3", _status("New at this review")),
    _form(4,
          "Check Tyler's and Lily-Mae's attendance, punctuality, clothes and hunger every morning, and ring Joanne "
          "the same day if either is absent without a reason or arrives hungry or unwashed.",
          "Mrs Karen Doyle, designated safeguarding lead", "St Bede's Catholic Primary School", "09/12/2025",
          _often("Other", "every school day"), "09/06/2026",
          "An attendance email to Joanne every Friday; each same-day call logged on CPOMS; attendance at 95% or "
          "more for both children.",
          "2", _status("Continued from the ICPC plan")),
    _form(5,
          "Take up Alfie's funded two-year-old place at Little Owls Nursery on Monday, Wednesday and Friday "
          "mornings, and have him there by 9am.",
          "Nicola Callaghan (mum)", "Parent", "05/01/2026",
          _often("Other", "Monday, Wednesday and Friday mornings"), "09/06/2026",
          "Little Owls' register, sent to Joanne each month, shows Alfie in on at least 9 of every 10 booked "
          "mornings.",
          "2", _status("New at this review")),
    _form(6,
          "Have the children at 27 Foundry Street for tea, a bath and homework on Monday, Wednesday and Friday "
          "evenings, and bring them home by 7.30pm.",
          "Family network", "Family", "10/12/2025",
          _often("Other", "Monday, Wednesday and Friday evenings"), "09/06/2026",
          "The children tell Joanne at her visits where they had their tea, and Pat marks each evening on the "
          "calendar that Joanne checks.",
          "1 and 2", _status("Continued from the ICPC plan")),
    _form(7,
          "Take Tyler and Lily-Mae to school on Tuesday and Thursday mornings, collecting them from the house at "
          "8.20am.",
          "Lee Callaghan (maternal uncle)", "Family", "16/12/2025",
          _often("Other", "Tuesday and Thursday mornings"), "09/06/2026",
          "The school register shows both children in by 8.50am on Tuesdays and Thursdays.",
          "2", _status("Continued from the ICPC plan")),
    _form(8,
          "Have Alfie at 3 Tanner's Yard every Saturday from 10am to 5pm, and ring Joanne if Nicola has been "
          "drinking at handover.",
          "Craig Hollis (Alfie's dad)", "Parent", "13/12/2025",
          _often("Weekly"), "09/06/2026",
          "Craig texts Joanne at each handover saying whether Nicola was sober; Joanne checks the texts at her "
          "Monday visit.",
          "1", _status("Continued from the ICPC plan")),
    _form(9,
          "Weekly sessions with Nicola at home on routines, cleaning and meal planning, using the home "
          "conditions checklist.",
          "Gary Pugh, family support worker", "Uskelby Early Help", "12/01/2026",
          _often("Weekly"), "06/04/2026 (12 sessions)",
          "Improvement in home conditions.",
          "3", _status("New at this review")),
    _form(10,
          "Refer Tyler to Uskelby Young Carers so that he has time away from looking after his brother and "
          "sister.",
          "Joanne Reece, social worker", "Uskelby Children's Services", "-",
          _often("Once"), "16/01/2026",
          "N/A",
          "4", _status("New at this review")),
    _form(11,
          "See Lily-Mae about her bedwetting and give Nicola advice on a bedtime routine and a wetting diary.",
          "Ama Boateng, school nurse", "Uskelby 0-19 Service", "-",
          _often("Other", "as and when needed"), "-",
          "The wetting diary shows how many dry nights Lily-Mae has each week, and the school nurse checks it at "
          "each appointment.",
          "4", _status("New at this review")),
    _form(12,
          "Complete a Graded Care Profile 2 with Nicola, looking at the children's physical care, safety, love "
          "and care, and stimulation.",
          "Joanne Reece, social worker", "Uskelby Children's Services", "-",
          _often(), "-",
          "The GCP2 scores are shared with Nicola and the core group, with the areas that need to change.",
          "3", _status("New at this review")),
    _form(13,
          "Weekly one-to-one sessions with Tyler on his worries and who he can talk to, starting each session "
          "with his worry scale.",
          "Mrs Jan Fenn, learning mentor", "St Bede's Catholic Primary School", "12/01/2026",
          _often("Weekly"), "27/03/2026 (end of the spring term)",
          "Tyler's worry score recorded at every session, and a summary sent to Joanne before each core group.",
          "4", _status("New at this review")),
    _form(14,
          "Home fire safety visit: fit smoke alarms and check the cooker and heaters.",
          "Watch Manager Ian Ross", "Uskelby Fire and Rescue Service", "20/09/2025",
          _often("Once"), "30/11/2025",
          "Smoke alarms fitted and the visit certificate sent to Joanne.",
          "3", _status("Complete", "done 25/11/2025, certificate on file")),
]

PLANS.append({
    "name": "b165_uskelby_rcpc_form_per_action_tick_boxes_callaghan.docx",
    "doc_title": "Child Protection Plan (review) - Tyler, Lily-Mae and Alfie",
    "split": "heldout",
    "actions": 13,
    "template": "rcpc-plan-docx-council-word-form-details-kv-why-progress-since-icpc-childrens-views-outcomes-numbered-then-one-two-column-field-value-form-per-action-what-lead-agency-start-how-often-tick-boxes-complete-by-how-will-we-know-for-outcome-status-tick-boxes-one-complete-then-contingency-review-and-escalation",
    "description": (
        "A first review conference plan for three children (9, 6 and 2), neglect, whose mother drinks "
        "most afternoons and evenings; the maternal grandmother and uncle do teas and school runs. "
        "The plan is the council's Word form: one two-column table of field and value per action, "
        "with tick boxes for how often and for status; a one-off fire safety visit is ticked "
        "Complete and not counted. Most forms are sound (weekly visits, the health visitor's "
        "two-year review, school checks, the nursery place, the uncle's school runs, the learning "
        "mentor). Faults: a 'Family network' lead, home-conditions sessions measured by "
        "'Improvement in home conditions', a young carers referral measured 'N/A', the school "
        "nurse's '[X] Other: as and when needed' with no dates, a Graded Care Profile with no box "
        "ticked and no dates; the drinking is recorded but no adult service owns a form, the "
        "contingency is only 'further concerns ... review the plan', and nothing covers the "
        "family's help failing."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Uskelby Borough Council · Children's Services · Child Protection Plan form CP3 (review)"),
        ("kv", [
            ("Children", "Tyler Callaghan, 9 (Year 5); Lily-Mae Callaghan, 6 (Year 2), both at St Bede's "
                         "Catholic Primary School; Alfie Hollis, 2"),
            ("Address", "16 Weaver Street, Uskelby US6 1TB"),
            ("Mother", "Nicola Callaghan (34)"),
            ("Fathers", "Craig Hollis (29), Alfie's father, 3 Tanner's Yard, Uskelby; Sean Callaghan, Tyler's and "
                        "Lily-Mae's father, lives in Scotland and has had no contact since 2021"),
            ("Family network", "Pat Callaghan (maternal grandmother), 27 Foundry Street; Lee Callaghan (maternal "
                               "uncle), lives with Pat"),
            ("Category", "Neglect (all three children)"),
            ("Conference", "First review child protection conference, Tuesday 09/12/2025 (initial conference "
                           "16/09/2025). Chair: Simon Achebe (Independent Reviewing Officer)"),
            ("Social worker", "Joanne Reece (team manager: Rachel Oduya)"),
        ]),
        ("h1", "Why the children have a plan"),
        ("p", "Nicola drinks wine most afternoons and evenings. In August 2025 police on a welfare check found her "
              "asleep and unrousable at 6pm, with Alfie in a soaked nappy and Tyler, then 8, making toast for his "
              "brother and sister. The house was cold, there was little food in, and Lily-Mae had head lice and "
              "sores that had not been treated. Both older children were often late or absent from school."),
        ("h1", "Progress since the initial conference"),
        ("bullets", [
            "Nicola started going to Clearwater, Uskelby's alcohol service, in October and says she now drinks only "
            "at weekends. She has been to 7 of 10 sessions. Clearwater were invited to this conference but did "
            "not attend or send a report.",
            "School attendance has risen from 81% to 90% for Tyler and from 78% to 88% for Lily-Mae, mostly on "
            "the mornings Lee takes them.",
            "Pat has the children for tea three evenings a week and says they are \u201cmuch more settled\u201d.",
            "The fire service fitted smoke alarms on 25/11/2025. The house was still cold and untidy at the two "
            "unannounced visits in November.",
        ]),
        ("h1", "What the children told us"),
        ("p", "Tyler (with Joanne at school, 02/12/2025): \u201cIt's better when Nana does tea. When Mum's poorly "
              "I make the little ones toast and put Alfie's telly on.\u201d He said he worries about his mum \u201call "
              "the time, even at school\u201d, and scored his worries at 8 out of 10."),
        ("p", "Lily-Mae drew her house with a big bed for Mum \u201cbecause she's always tired\u201d and a smiley sun "
              "over Nana's house. She said: \u201cI like Uncle Lee's car, it's got music.\u201d Alfie ran to Joanne "
              "with his shoes on both visits, wanting to go out; his nappy was wet and his cheeks chapped."),
        ("h1", "What needs to be different for the children"),
        ("numbers", [
            "Tyler, Lily-Mae and Alfie are looked after every day and night by a sober adult, and Tyler no "
            "longer has to care for his brother and sister.",
            "The children go to school and nursery every day, on time, fed and in clean clothes.",
            "The house is clean, warm and safe for a 2-year-old, with food in the cupboards every day.",
            "Tyler and Lily-Mae can tell a trusted adult how things are at home, and are listened to.",
        ]),
        ("h1", "The plan"),
        ("p", "One form for each action. Tick the box that applies. \u201cFor outcome\u201d gives the number of the "
              "outcome above that the action is for."),
    ] + _USKELBY_FORMS + [
        ("h1", "Contingency plan"),
        ("p", "If there are further concerns about the children's care, or Nicola is not following the plan, "
              "Joanne will discuss this with her manager and the core group will meet to review the plan and "
              "consider what needs to happen next."),
        ("h1", "Review and escalation"),
        ("bullets", [
            "Core group: every four weeks at St Bede's Catholic Primary School, Tuesdays at 3.45pm: 13/01/2026, "
            "10/02/2026, 10/03/2026, 07/04/2026 and 05/05/2026.",
            "Second review child protection conference: Tuesday 09/06/2026, 10am, Uskelby Civic Centre.",
            "If the second review conference finds the children's care has not improved enough for them to come "
            "off a plan, or Nicola is still drinking, Joanne will ask Rachel Oduya for a legal planning meeting "
            "within ten working days of the conference.",
        ]),
    ],
    "findings": [
        F("W002", "Have the children at 27 Foundry Street for tea"),
        F("M002", "Weekly sessions with Nicola at home on routines, cleaning and meal planning"),
        F("M001", "Refer Tyler to Uskelby Young Carers so that he has"),
        F("T002", "See Lily-Mae about her bedwetting and give Nicola advice"),
        F("T001", "Complete a Graded Care Profile 2 with Nicola"),
        F("F004"),
        F("C002"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Signs of Safety plan: danger statement, goals, scaling, Three Houses,
#    then numbered next steps under each safety goal with Who / When / How
#    we'll know sub-bullets. Mostly good steps, a few faults (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b165_undrigg_sos_goals_with_next_steps_bashir.md",
    "split": "heldout",
    "actions": 13,
    "template": "signs-of-safety-icpc-md-details-bold-lines-danger-statement-complicating-factors-working-well-scaling-table-three-houses-then-safety-goal-headings-each-with-numbered-next-steps-bold-step-then-who-when-how-well-know-sub-bullets-then-if-the-safety-plan-breaks-down-meetings",
    "description": (
        "A Signs of Safety initial conference plan for a 10-year-old and a 5-year-old whose father "
        "has depression and becomes frightening when low and angry (he threw a plate that cut the "
        "younger child); his brother takes him in when he walks away and the maternal grandmother "
        "stays some weekends. Danger statement, complicating factors, working well, a scaling table "
        "and the children's Three Houses, then three safety goals, each with numbered next steps "
        "whose Who / When / How we'll know sub-bullets sit under them. Most steps are sound (the "
        "walk-away rule, the uncle's part, the psychiatrist's report on change, the IDVA, weekly "
        "visits, words and pictures, the Reception teacher's check-ins, the father's programme). "
        "Faults: the grandmother staying 'when she can', the school 'keeping an eye on' the older "
        "boy, a family network meeting that 'will be held' by no one, the CPN's fortnightly "
        "support measured by the father feeling better, and a safety goal about the father only."
    ),
    "text": """\
# Safety Plan — Zain and Hana Bashir

**Undrigg Metropolitan Borough Council · Children's Social Work Service · Signs of Safety**

**Children:** Zain Bashir (10), Year 5, and Hana Bashir (5), Reception, both at Undrigg Primary School  
**Address:** 28 Clough Street, Undrigg UD7 4NR  
**Parents:** Imran Bashir (38) and Sana Bashir (34), both at home  
**Safety network so far:** Tariq Bashir (Imran's brother), 14 Cross Lane, Undrigg; Rukhsana Begum (Nani, Sana's mother), Bradworth  
**Category:** Emotional abuse (both children)  
**Initial child protection conference:** Wednesday 14/01/2026. Chair: Marion Frost (Independent Reviewing Officer)  
**Social worker:** Ellie Marsh (team manager: Rob Kettle)

## Danger statement

Children's Services, Undrigg Police and Undrigg Primary School are worried that when Imran is very low and angry he will shout, throw things or lash out, and that Zain and Hana could be hurt, as Hana was on 21/12/2025 when a plate Imran threw cut her arm and she needed three paper stitches at Undrigg Royal Infirmary. We are also worried that the children will keep living with the fear of not knowing what Dad's mood will be when they get home, and that Zain will keep trying to protect his sister and his mum.

## Complicating factors

- Imran has had depression since 2023. He took an overdose in October 2025 and is now under the Undrigg Community Mental Health Team (CMHT). He stops his sertraline when he feels better and then becomes low again.
- Sana has told Ellie that she does not always feel able to say no to Imran, and that she minimises what happens at home "so that the family isn't talked about".
- Nani lives 40 minutes away by bus and works Saturdays.

## What's working well

- Imran told the conference what happened on 21/12/2025 and said he is ashamed. He has agreed to leave the house when he feels his anger building.
- Tariq lives two streets away and has already taken Imran in twice in January when he walked away.
- Sana keeps the children's routines going: they are at school every day, clean and fed.
- Zain has a good relationship with his teacher and with the school's learning mentor.

## Scaling

0 means the children are not safe at home and must live elsewhere; 10 means everyone agrees they are safe enough for the plan to end.

| Who | Score | Why |
|---|---|---|
| Ellie Marsh (SW) | 3 | Hana was hurt, and nothing is yet in place that everyone trusts. |
| Imran | 6 | "I've started walking away. I'm not the person I was in December." |
| Sana | 6 | "It's calmer since Christmas." |
| Tariq | 5 | "He's trying, but he needs to stay on his tablets." |
| Mr Coates (school) | 4 | Zain has been tearful and tired on Monday mornings. |

## Zain's and Hana's words (Three Houses, with Ellie, 09/01/2026)

**Zain** — House of worries: "When Dad goes quiet and then starts slamming doors." "When Hana cries I don't know what to do." House of good things: "Football with Uncle Tariq." "Mum's biryani." House of dreams: "Dad being happy all the time and not shouting."

**Hana** — she drew a plate in pieces and said: "Daddy broke it and it hurt me." Good things: "my unicorn", "Nani's hugs". Dreams: "Daddy and Mummy laughing."

## Safety goals and next steps

### Safety goal 1: Zain and Hana are safe at home when Dad is low or angry: a calm adult is always there, nothing is thrown, and no one is hurt.

**1.1** Imran leaves the house and walks to Tariq's as soon as he feels his anger building, and does not come back until he is calm.
- Who: Imran
- When: every time, from 14/01/2026
- How we'll know: Tariq texts Ellie each time Imran arrives, and Sana and Zain tell Ellie at her visits whether Dad walked away.

**1.2** Tariq takes Imran in at 14 Cross Lane whenever he walks away, day or night, and lets Ellie know.
- Who: Tariq Bashir (Imran's brother)
- When: whenever Imran comes, from 14/01/2026
- How we'll know: Tariq's texts to Ellie, logged on the children's file.

**1.3** Nani stays at Clough Street at the weekends to help Sana with the children.
- Who: Rukhsana Begum (Nani)
- When: when she can
- How we'll know: Zain and Hana tell Ellie at her Monday visits who stayed at the weekend.

**1.4** Joy Hart meets Sana every week to go through what has happened at home and update Sana's own safety plan.
- Who: Joy Hart, IDVA, Undrigg Domestic Abuse Service
- When: every week until 13/03/2026
- How we'll know: Sana's DASH risk checklist redone and her safety plan updated, both sent to Ellie by 13/02/2026.

**1.5** Ellie visits the family at home, one visit in three unannounced and one a month in the evening, and sees Zain and Hana on their own.
- Who: Ellie Marsh, social worker
- When: every week until the review conference
- How we'll know: a visit record for each visit saying who was at home, how Imran was, and what Zain and Hana said on their own.

### Safety goal 2: Zain and Hana know who to tell when they are worried, and the grown-ups listen and act.

**2.1** Ellie does words-and-pictures work with Zain and Hana, explaining why there is a plan and who they can tell.
- Who: Ellie Marsh, social worker
- When: by 13/02/2026
- How we'll know: the words-and-pictures book is shared with Sana, Imran and the network, and each child has a safety card with three names on it.

**2.2** Mr Coates keeps an eye on Zain at school, especially on Monday mornings after the weekend.
- Who: Mr Paul Coates, designated safeguarding lead, Undrigg Primary School
- When: every school day
- How we'll know: Mr Coates will keep an eye on how Zain is.

**2.3** Miss Patel does a feelings check-in with Hana every morning and writes down what Hana says about home.
- Who: Miss Rosie Patel, Hana's Reception teacher, Undrigg Primary School
- When: every school morning
- How we'll know: the check-in sheet, with Hana's own words, emailed to Ellie every Friday.

**2.4** A family network meeting will be held so that everyone in Zain and Hana's network knows the safety plan and their part in it.
- When: by 06/02/2026
- How we'll know: the network's written safety plan, signed by everyone who comes.

### Safety goal 3: Imran manages his depression and anger and takes his medication every day.

**3.1** Imran's CPN carries on seeing him for his depression and his medication.
- Who: Owen Pell, community psychiatric nurse, Undrigg CMHT
- When: every two weeks
- How we'll know: Imran says he feels better in himself.

**3.2** Dr Essop reviews Imran's treatment and writes to the core group on whether his mood and anger are changing enough for Zain and Hana to be safe, and how long that is likely to take.
- Who: Dr Nadia Essop, consultant psychiatrist, Undrigg CMHT
- When: review by 06/02/2026; letter by 20/02/2026
- How we'll know: the letter is shared at the core group on 25/02/2026.

**3.3** Imran goes to the 16-week Respect for Change programme for men who have been abusive at home.
- Who: Imran, with Undrigg Respect for Change
- When: every Tuesday evening from 03/02/2026
- How we'll know: the programme facilitator's mid-point report to Ellie by 31/03/2026, saying which sessions Imran came to and what he has taken on.

**3.4** Imran takes his sertraline every morning and keeps his tablets in the dosette box the pharmacy fills each week.
- Who: Imran
- When: every day
- How we'll know: Owen counts the tablets left in the dosette box at each visit and tells Ellie of any missed days.

## If the safety plan breaks down

- If Imran throws or breaks anything, hits anyone, or threatens to, with the children in the house, Sana rings 999 and takes the children to a neighbour's or into Zain's room with the door locked; Imran leaves that day and stays at Tariq's, and Ellie holds a strategy discussion with the police the same day.
- If Tariq is away or cannot take Imran in, Imran goes to the Undrigg Crisis Café on Market Street (open 6pm to 2am) or rings the CMHT crisis line, and does not come home that night until Ellie or the Emergency Duty Team agree it is safe.
- If Nani cannot come at a weekend, Sana tells Ellie on the Friday and Imran spends the Saturday night at Tariq's.
- If Imran says he is thinking of ending his life, or stops his sertraline, Sana or whoever he tells rings the CMHT (or the Crisis Team out of hours) the same day, and Imran does not look after the children on his own until he has been seen.
- If Hana or Zain is hurt again, or Imran breaks the walk-away rule twice, Ellie will ask Rob Kettle for a legal planning meeting within five working days to decide whether to start pre-proceedings under the Public Law Outline.

## Meetings

- Core group: Wednesday 28/01/2026, then every four weeks: 25/02/2026 and 25/03/2026, 4pm at Undrigg Primary School.
- Review child protection conference: Wednesday 08/04/2026, 10am, Undrigg Town Hall.
""",
    "findings": [
        F("T002", "Nani stays at Clough Street at the weekends to help"),
        F("M002", "Mr Coates keeps an eye on Zain at school"),
        F("W001", "A family network meeting will be held so that everyone"),
        F("H001", "Imran's CPN carries on seeing him for his depression"),
        F("M002", "Imran's CPN carries on seeing him for his depression"),
        F("F002", "Imran manages his depression and anger and takes his medication every day."),
    ],
})


# ---------------------------------------------------------------------------
# 6. Child protection plan for a 9-year-old as two columns: the adults' plan
#    on the left (one action per cell, with When and How we'll know lines),
#    "my plan" in her own words on the right. Printed to PDF. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b165_urlescombe_adults_plan_beside_my_words_thackeray.pdf",
    "doc_title": "Child Protection Plan and My Plan - Poppy Thackeray",
    "split": "heldout",
    "actions": 12,
    "min_pages": 2,
    "header": "OFFICIAL-SENSITIVE · Urlescombe City Council · Child Protection Plan",
    "footer": "Poppy Thackeray · child protection plan and my plan · agreed 19/01/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "icpc-plan-paged-header-footer-details-kv-why-going-well-poppys-words-outcomes-with-what-i-want-then-two-column-table-adults-plan-cell-numbered-action-when-and-how-well-know-lines-beside-my-plan-in-childs-words-then-if-things-go-wrong-meetings",
    "description": (
        "Exemplary initial conference plan for a 9-year-old whose mother uses cocaine and alcohol at "
        "weekends and held a party at home with the child there; the maternal grandmother has her "
        "on Friday nights and is her person to ring, and her father has her every other weekend. "
        "Printed to PDF with a page header and footer. The plan is a two-column table: the adults' "
        "plan on the left, each cell one action naming its owner with When and How we'll know lines, "
        "and beside it 'my plan', the same thing in the girl's own words, written with her social "
        "worker (not counted as actions). The drug and alcohol service reports on change, the GP owns "
        "work, the grandmother's part has a fallback, legal planning follows named triggers, core "
        "group and review dates are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan and My Plan"),
        ("p", "Urlescombe City Council · Children's Services · Child Protection and Family Support Team"),
        ("kv", [
            ("Child", "Poppy Thackeray, 9 (DOB 11/05/2016), Year 5, Saltmarsh Junior School"),
            ("Lives with", "Her mum, Kirsty Thackeray (33), 7 Kestrel Walk, Urlescombe UC4 9PB"),
            ("Dad", "Mark Thackeray (38), 2 Chapel Row, Holtby (20 miles away)"),
            ("Nan", "Sheila Ward (60), Kirsty's mum, 31 Linnet Road, Urlescombe"),
            ("Category", "Neglect"),
            ("Conference", "Initial child protection conference, Monday 19/01/2026. Chair: Femi Adebayo "
                           "(Independent Reviewing Officer)"),
            ("Social worker", "Lucy Barnard (team manager: Jon Hale)"),
        ]),
        ("h1", "Why Poppy has a plan"),
        ("p", "At 2am on 27/12/2025 police went to 7 Kestrel Walk after neighbours complained about noise. They "
              "found about ten adults drinking, cocaine on the coffee table, and Poppy asleep on the sofa in the "
              "same room. Kirsty was too drunk to talk to the officers, and Sheila came to take Poppy home with "
              "her."),
        ("p", "In November Poppy told her teacher she had been \u201clooking after Mum\u201d, who was being sick in "
              "the bathroom on a Sunday morning. Her attendance this year is 86% and she has been late 14 times, "
              "often without breakfast. Kirsty told the conference she uses cocaine and drinks at weekends, and "
              "that she thought Poppy was asleep and \u201cdidn't know\u201d."),
        ("h1", "What is going well"),
        ("bullets", [
            "Kirsty loves Poppy and wants to keep her at home; she agreed at the conference to be tested every "
            "week and has already seen the drug and alcohol service.",
            "Sheila is close to Poppy, lives ten minutes away and came out at 2am on 27/12/2025 to collect her.",
            "Mark has seen Poppy every other weekend for five years and has never missed a handover.",
            "Poppy is doing well in reading and loves gymnastics club.",
        ]),
        ("h1", "Poppy's words"),
        ("p", "Poppy met Lucy at school on 13/01/2026 and 15/01/2026. Together they wrote \u201cmy plan\u201d, which is "
              "in the right-hand column of the plan below, in Poppy's own words. She also said:"),
        ("bullets", [
            "\u201cI like it when it's just me and Mum and we watch Bake Off with popcorn.\u201d",
            "\u201cI don't like parties. I can't sleep, the people are loud and they smell funny.\u201d",
            "\u201cNan's house is my safe house.\u201d",
            "Asked how safe she feels at home, Poppy put her counter at 5 on a line from 0 to 10: \u201cIt's a 10 in "
            "the week and a 2 when it's a party.\u201d",
        ]),
        ("h1", "What we want for Poppy"),
        ("numbers", [
            "Poppy is cared for every day and night by a sober adult she knows, and there are no parties at home.",
            "Poppy gets to school on time every day, having had breakfast, and her attendance is back over 95%.",
            "Poppy knows who to ring if she is worried, and can say so without getting anyone into trouble.",
            "Poppy keeps her time with her dad and her nan.",
        ]),
        ("p", "Poppy's version: \u201cI want no more parties. I want to get to school on time and have breakfast. I "
              "want to know who to ring. I want to keep going to Dad's and Nan's.\u201d"),
        ("h1", "The plan"),
        ("p", "The left-hand column is the plan the grown-ups agreed at the conference; each box is one job with "
              "the person doing it, when, and how we will know. The right-hand column is the same job as Poppy "
              "put it, so that she knows what is happening."),
        ("table", {
            "header": ["The plan (what the grown-ups agreed)", "My plan (in Poppy's words)"],
            "widths": [11.0, 6.0],
            "rows": [
                ["1. Lucy Barnard (social worker) will visit Poppy at home every week, one visit in three "
                 "unannounced and one a month on a Saturday morning, and see Poppy on her own each time.\n"
                 "When: every week until the review conference on 13/04/2026.\n"
                 "How we'll know: a visit record for every visit, with what Poppy said in her own words.",
                 "Lucy comes to my house every week. Sometimes she doesn't tell us first. I get to talk to her on "
                 "my own in my room."],
                ["2. Kirsty will not drink alcohol or take any drugs while Poppy is in her care, and will give an "
                 "oral fluid drug test and a breath test at Pathways every Tuesday.\n"
                 "When: every day; tests every Tuesday from 20/01/2026.\n"
                 "How we'll know: every test result clear, sent by Pathways to Lucy each week.",
                 "Mum won't drink or take drugs when I'm with her. She does a test every Tuesday to show it."],
                ["3. Dom Ferreira (recovery worker, Pathways, Urlescombe Drug and Alcohol Service) will key-work "
                 "with Kirsty and report before each core group on whether her drug and alcohol use is changing "
                 "enough for her to look after Poppy safely, and how long that is likely to take.\n"
                 "When: every Tuesday; report three working days before each core group.\n"
                 "How we'll know: Dom's written report, with the test results, on Poppy's file before each core "
                 "group.",
                 "Mum has a worker called Dom who helps her stop. He tells Lucy how Mum is getting on."],
                ["4. Dr Sunita Rao (GP, Marsh Lane Surgery) will send Lucy a summary of Kirsty's health and "
                 "prescriptions, and tell Lucy if Kirsty goes to A&E or the surgery because of drink or drugs.\n"
                 "When: summary by 02/02/2026; then within one working day of any such visit.\n"
                 "How we'll know: the GP summary on Poppy's file by 02/02/2026; each call logged by Lucy.",
                 "Mum's doctor will tell Lucy if Mum is poorly because of drinking."],
                ["5. Sheila Ward (Nan) will collect Poppy from school every Friday and have her to stay at 31 "
                 "Linnet Road on Friday night, bringing her home on Saturday at 12 noon.\n"
                 "When: every Friday from 23/01/2026.\n"
                 "How we'll know: the school sees Nan collect Poppy; Sheila texts Lucy on Saturday when Poppy is "
                 "home.",
                 "I go to Nan's every Friday after school and sleep over. We have fish and chips."],
                ["6. Sheila Ward (Nan) will keep her phone on day and night so that Poppy can ring her, and will "
                 "go straight to Kestrel Walk, or ring 999, if Poppy rings her worried.\n"
                 "When: every day and night until the review conference.\n"
                 "How we'll know: Nan's number is on Poppy's safety card, and Lucy checks with Poppy at each visit "
                 "that she still has the card and knows the number.",
                 "If I'm worried I can ring Nan any time, even at night. Her number is on my card."],
                ["7. Mark Thackeray (Dad) will have Poppy every other weekend at 2 Chapel Row, collecting her "
                 "from Nan's on Saturday at 12 noon and bringing her home on Sunday at 5pm.\n"
                 "When: every other weekend from Saturday 24/01/2026.\n"
                 "How we'll know: Mark texts Lucy at each handover to say whether Kirsty was sober; Poppy tells "
                 "Lucy about her weekends.",
                 "Every other weekend I go to Dad's. He picks me up from Nan's."],
                ["8. Kirsty will have no parties and no visitors staying overnight at Kestrel Walk, and will leave "
                 "Poppy only with Sheila or Mark if she goes out.\n"
                 "When: every day, from 19/01/2026.\n"
                 "How we'll know: what Poppy tells Lucy on her own at each visit; Lucy's unannounced Saturday "
                 "morning visits find no one else staying.",
                 "No more parties at our house. If Mum has to go out I go to Nan's or Dad's, not anyone else."],
                ["9. Mrs Grace Okafor (designated safeguarding lead, Saltmarsh Junior School) will give Poppy a "
                 "free breakfast club place, check each morning that she has arrived, and ring Kirsty at 9.15am "
                 "and Lucy the same day if Poppy is not in.\n"
                 "When: every school day from 20/01/2026.\n"
                 "How we'll know: an attendance email to Lucy every Friday; attendance back over 95% by the "
                 "review.",
                 "I go to breakfast club. If I'm not at school Mrs Okafor rings Mum and Lucy."],
                ["10. Miss Kate Rhodes (ELSA, Saltmarsh Junior School) will see Poppy for six sessions on "
                 "feelings and worries, and write down Poppy's own worry score at the first and last session.\n"
                 "When: Wednesdays 28/01/2026, 04/02/2026, 11/02/2026, 25/02/2026, 04/03/2026 and 11/03/2026.\n"
                 "How we'll know: the two worry scores and a summary of the sessions sent to Lucy by 13/03/2026.",
                 "I see Miss Rhodes on Wednesdays. We talk about feelings and I fill in my worry scale."],
                ["11. PC Aisha Naylor (Urlescombe Police, Child Protection Unit) will tell Lucy of any police "
                 "call-out to Kestrel Walk and what the officers saw of Poppy.\n"
                 "When: within one working day of each call-out, until the review conference.\n"
                 "How we'll know: each police notification logged on Poppy's file.",
                 "If the police come to my house they tell Lucy."],
                ["12. Lucy Barnard (social worker) will complete the child and family assessment, with Poppy's "
                 "views, Mark's and Sheila's parts and what Pathways report, and go through it with Kirsty and "
                 "Mark.\n"
                 "When: by 27/02/2026.\n"
                 "How we'll know: the assessment shared at the core group on 02/03/2026.",
                 "Lucy is writing about me and my family so everyone understands. She will read it with Mum and "
                 "Dad."],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Kirsty has been drinking or taking drugs while Poppy is in her care, a test is positive, or a "
              "party is held at Kestrel Walk, Poppy will go to Nan's at 31 Linnet Road that night. Whoever finds "
              "out will tell Lucy (or the Emergency Duty Team out of hours) the same day, and Lucy will hold a "
              "strategy discussion with the police the same day. If Poppy is in danger, anyone will ring 999."),
        ("p", "If Sheila cannot have Poppy (she is ill, away, or can no longer help), Mark will collect Poppy and "
              "have her at Chapel Row. If neither of them can, Lucy (or the Emergency Duty Team) will place Poppy "
              "with Urlescombe foster carers that night."),
        ("p", "If Kirsty has two positive tests, or there is another party with Poppy at home, Lucy will ask Jon "
              "Hale for a legal planning meeting within five working days to decide whether to start "
              "pre-proceedings under the Public Law Outline."),
        ("p", "Poppy's version: \u201cIf Mum has been drinking I go to Nan's. If Nan can't, Dad comes. If I'm scared I "
              "ring 999.\u201d"),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group: Monday 02/02/2026, 4pm, Saltmarsh Junior School, then every four weeks: 02/03/2026 and "
            "30/03/2026.",
            "Review child protection conference: Monday 13/04/2026, 10am, Urlescombe Civic Centre.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. The social worker's letter to both parents after an initial conference:
#    what each person will do, one sentence per action under a heading per
#    person. Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b165_ulbrigg_letter_to_parents_each_person_paragraphs_draper.txt",
    "split": "heldout",
    "actions": 16,
    "template": "sw-letter-to-both-parents-after-icpc-txt-letterhead-address-block-dear-caps-headings-why-going-well-what-jack-told-me-and-what-i-saw-of-freya-what-we-all-want-then-what-each-person-will-do-subheading-per-person-one-sentence-paragraph-per-action-i-you-named-then-if-things-go-wrong-meetings-signature-cc",
    "description": (
        "Exemplary letter from the social worker to both parents after the initial conference for a "
        "6-year-old and an 18-month-old, neglect: the father has depression and took an overdose, the "
        "mother smokes cannabis daily, and the paternal grandmother does school runs and Saturdays. "
        "Plain text with a letterhead, address block and caps headings. The plan sits under 'What "
        "each person will do', with a subheading per person and one sentence per action, 'I' being "
        "the social worker who signs the letter and each parent named ('Stacey, you will ...'). The "
        "community mental health team's care coordinator and psychiatrist both report on capacity to "
        "change, the substance misuse service and GP own actions, the grandmother's part has a "
        "fallback, legal planning follows named triggers, core group and review dates are set."
    ),
    "text": """\
ULBRIGG COUNCIL
Children and Families Service - Safeguarding Team (South)
Ulbrigg Civic Offices, Market Square, Ulbrigg UB1 2AA
Telephone: 01632 960418

Stacey Draper and Aaron Mills
14 Heron Way
Ulbrigg UB4 7SE

Friday 23 January 2026

Our reference: CF/22013 (Jack Draper and Freya Mills)


Dear Stacey and Aaron,

JACK AND FREYA'S CHILD PROTECTION PLAN

Thank you both for coming to the initial child protection conference for Jack and Freya on Thursday 22 January 2026. I know it was a hard morning. The conference decided that Jack and Freya need a child protection plan, under the category of neglect. The chair, Rebecca Lowry, will send you the full record of the conference within 20 working days. This letter sets out the plan in my own words, so that you both know exactly what each person has agreed to do. Please ring me if anything in it is not clear.


WHY THE CONFERENCE WAS WORRIED

On 9 November 2025 Jack, who is 6, found Aaron on the bathroom floor after he had taken an overdose, and rang his nan. Aaron has had depression since 2021 and had stopped his medication in the summer. Stacey, you told the conference you smoke cannabis every day, usually from the afternoon, and that on some days you have not woken when Freya cried.

Jack has been late to school 19 times this year and has twice told his teacher he had no breakfast. Freya, who is 18 months old, has had nappy rash that bled, she missed her 12-month immunisations, and on two of my visits the flat was cold and there was no food for her in the fridge.


WHAT IS GOING WELL

Aaron, you have been back on your medication since November and you see Kate Hollins at the community mental health team. Stacey, you told the conference honestly about your cannabis use and you have been to your first appointment at Horizons. You both clearly love Jack and Freya, and Jack told me the best thing at home is "when Dad reads me the dinosaur book". June has done the school run most mornings since November, and Jack has not been late on those days.


WHAT JACK TOLD ME, AND WHAT I SAW OF FREYA

When I saw Jack at school on 15 January he said: "Dad was asleep on the floor and I couldn't wake him up. I was really scared." He said he likes it "when Mum makes pancakes" and when Nana June takes him to school "because we get a hot chocolate on Saturdays". He said he does not like "when the flat smells funny" and when "Mum's too tired to play". He scored home as a 6 out of 10 and said it would be a 10 "if Dad didn't get sad".

On my visit on 19 January Freya was in a wet nappy with red, sore skin. She pulled herself up on the sofa to reach for you, Stacey, and settled quickly when you picked her up and sang to her. She ate a whole banana and a yoghurt quickly while I was there.


WHAT WE ALL WANT FOR JACK AND FREYA

1. Jack and Freya are looked after every day by a parent who is awake, well and not under the influence of cannabis.
2. Jack gets to school on time every day, having had breakfast.
3. Freya is kept clean and dry, her nappy rash heals, and she has all her immunisations and health checks.
4. Jack does not have to worry about looking after his dad, and knows who to tell if he is frightened.
5. The flat is warm, with food for both children every day.


WHAT EACH PERSON WILL DO

What I will do (Priya Sandhu, your social worker)

I will visit Jack and Freya at home every week until the review conference, one visit in three unannounced, and each time I will see Jack on his own and write down what he tells me in my visit record.

I will complete the child and family assessment by 27 February 2026, go through it with you both first, and share it at the core group on 5 March 2026.

I will refer you both to the "Little Steps" home routines programme at Ulbrigg Family Hub by 30 January 2026, and I will know it has started when the hub sends me the date of your first session.

What you will do, Stacey

Stacey, you will stop smoking cannabis from today and go to your weekly appointments with Sam Reid at Horizons, and your drug screens there will show your use going down each month until they are clear by the review conference.

Stacey, you will get Jack to school by 8.50am on every Tuesday and Thursday, when June is not doing the school run, and the school register will show that he is in on time on those days.

Stacey, you will take Freya to the Heron Way clinic for her missed 12-month immunisations by 13 February 2026, and Gill Barker will see them recorded in Freya's red book.

What you will do, Aaron

Aaron, you will take your medication every day and go to every appointment with Kate Hollins and Dr Moyo at the community mental health team, and Kate will confirm your attendance in her report to each core group.

Aaron, you will give Jack and Freya their tea, bath and bedtime every evening from Monday 26 January 2026, and you will fill in the bedtime chart on the fridge, which I will check at each visit.

What June will do

June (Nana June Mills, Aaron's mum) has agreed to take Jack to school on Mondays, Wednesdays and Fridays, collecting him from the flat at 8.20am, and she will text me when he is in school so that I can check this against the register each week.

June has also agreed to have Jack and Freya at her house, 6 Kingfisher Close, every Saturday from 10am to 4pm, and she will text me when the children are home so that each Saturday is logged on their file.

What other people will do

Kate Hollins, Aaron's care coordinator at the Ulbrigg Community Mental Health Team, will see Aaron every two weeks and write to me before every core group saying whether he is making the changes Jack and Freya need and how long this is likely to take, and her reports will be kept on the children's file.

Dr Adaeze Moyo, consultant psychiatrist at the community mental health team, will review Aaron's medication and his risk to himself by 20 February 2026 and send me a letter saying whether his recovery is likely to let him care safely for the children and over what time, which I will share at the core group on 5 March 2026.

Sam Reid, Stacey's recovery worker at Horizons (Ulbrigg Substance Misuse Service), will see Stacey every week with a drug screen and write to me before each core group about whether her cannabis use is going down and what this means for her care of Jack and Freya, with the screen results in each report.

Gill Barker, the health visitor, will visit Freya at home every two weeks to weigh her and check her nappy rash and her development, and will send me her notes within two working days of each visit.

Mr Tom Rowley, the designated safeguarding lead at Ulbrigg Church of England Primary School, will check every morning that Jack is in school, fed and in clean uniform, ring me the same day if he is not, and email me Jack's attendance every Friday.

Dr Fiona McAllister, your GP at Ferry Road Surgery, will tell me within one working day if either of you misses an appointment about your mental health or medication, or if Jack or Freya miss a health appointment, and I will log each call on the children's file.


WHAT WILL HAPPEN IF THINGS GO WRONG

If Aaron tells anyone he is thinking of ending his life, or harms himself, the person he tells will ring the Ulbrigg Crisis Team (or 999) straight away, Stacey will take the children to June's, and I will visit the same day; Aaron will not look after the children on his own until the Crisis Team or Kate have seen him.

If either of you is under the influence of cannabis or anything else while looking after the children on your own, or Jack is not brought to school and none of you can be reached, I (or the Emergency Duty Team out of hours) will visit that day and the children will go to June's until it is safe for them to come home; we will ask the police to do a welfare check if we cannot get in.

If June cannot do the school runs or the Saturdays (because she is ill, away or can no longer manage), she will ring me the same day. I will arrange a breakfast club place for Jack at school within two working days, and if the children need to leave home and June cannot have them, I will place them with Ulbrigg foster carers that day.

If Aaron harms himself again, or Stacey's screens show no fall in her cannabis use by 5 March 2026, or either of you has not made the changes in this letter by the review conference, I will ask my manager, Gareth Bowen, for a legal planning meeting within five working days, and we will decide whether to start the Public Law Outline.


WHEN WE WILL MEET AGAIN

Core group: Thursday 5 February 2026 at 10am at Ulbrigg Family Hub, then every four weeks: 5 March 2026 and 2 April 2026.

Review child protection conference: Thursday 16 April 2026 at 1.30pm at Ulbrigg Civic Offices.

I will bring what Jack tells me, and what I see of Freya, to every core group.


Yours sincerely,

Priya Sandhu
Social Worker, Safeguarding Team (South)
Team manager: Gareth Bowen

cc: Rebecca Lowry (Chair); June Mills; Kate Hollins (CMHT); Dr Adaeze Moyo (CMHT); Sam Reid (Horizons); Gill Barker (Health Visitor); Mr Tom Rowley (Ulbrigg CE Primary School); Dr Fiona McAllister (GP)
""",
    "findings": [],
})
