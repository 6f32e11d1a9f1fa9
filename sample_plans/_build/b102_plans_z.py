"""Batch 102, module z: seven fictional plans (held-out material), places beginning with "z".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: expected outcomes written in places and voices a linter rarely meets.
A Word table whose first column, "What good looks like", is merged down over
each outcome's actions (exemplary); a PDF of numbered sentences each ending in
a "so that ..." clause, the plan's only statement of outcomes; a Markdown
Signs of Safety plan with danger statements, safety goals and a scaling goal;
a plain-text case export whose outcomes are the children's own "I want ..."
words; a landscape PDF with "Our hopes" and a "The difference this will make
for Harper" column (exemplary); a Word core group record grouped under merged
"Area of concern" cells that states no outcome at all; and a social worker's
letter to a mother whose hopes for the baby sit in one paragraph.
"""
from build_batch5 import F, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. ICPC plan, mother with depression and self-harm, father drinks at
#    weekends, a 4-year-old and a 5-month-old. Word table whose first column
#    "What good looks like for Isla and Alfie" is merged down over each
#    outcome's actions. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b102_zaverley_icpc_what_good_looks_like_merged_first_column_penrose.docx",
    "doc_title": "Child Protection Plan - Isla and Alfie Penrose",
    "split": "heldout",
    "actions": 12,
    "template": "icpc-word-plan-details-list-reasons-going-well-childrens-words-and-observed-experience-then-what-good-looks-like-first-column-merged-over-rows-action-who-by-when-how-we-will-know-contingency-core-group",
    "description": (
        "Exemplary initial conference plan for a 4-year-old and a 5-month-old whose mother has "
        "depression and took an overdose while alone with them, and whose father drinks heavily at "
        "weekends. The outcomes are the first column of the action table, 'What good looks like for "
        "Isla and Alfie', each merged down over the actions that serve it. Every row has an owner, a "
        "timescale and an observable measure; the CMHT care co-ordinator and psychiatrist both assess "
        "change, the alcohol service reports on change, the grandmother's part has a fallback, legal "
        "planning follows named triggers, core group and review dates are set."
    ),
    "check_vmerge": 3,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Zaverley District Council · Children and Families Service · Safeguarding Team (West)"),
        ("kv", [
            ("Children", "Isla Penrose (4), DOB 12/02/2021; Alfie Penrose (5 months), DOB 02/04/2025"),
            ("Address", "22 Tanner's Row, Zaverley ZV2 6LS"),
            ("Mother", "Chloe Penrose (27)"),
            ("Father", "Ross Penrose (30), lives at home; works as a scaffolder Monday to Friday"),
            ("Maternal grandmother", "Valerie Shaw, 5 Orchard Rise, Zaverley (ten minutes by car)"),
            ("Category", "Neglect"),
            ("Initial conference", "09/09/2025, Zaverley Civic Hall. Chair: Margaret Oyelowo"),
            ("Social worker", "Nadia Farrell (team manager: Owen Pritchard)"),
        ]),
        ("h1", "Why Isla and Alfie need a plan"),
        ("p", "Chloe has had depression since her teens and has self-harmed three times since Alfie was born. "
              "On 21/08/2025 she took an overdose of her antidepressants at home while she was alone with both "
              "children; Isla opened the front door to a neighbour, who called an ambulance. Ross drinks heavily "
              "from Friday night to Sunday, and on two weekends in August the police were called to arguments at "
              "the house. The health visitor has found Alfie in the same nappy for hours, and his weight has "
              "dropped from the 50th to the 9th centile. Alfie has missed his 16-week immunisations. Isla's "
              "nursery has noticed that she arrives hungry on Mondays."),
        ("h1", "What is going well"),
        ("p", "Chloe and Ross love their children and both came to the conference. Chloe has been seen by the "
              "Adult Community Mental Health Team every week since her overdose and has restarted her medication. "
              "Ross has not had a drink during the week for a month. Valerie sees the children every weekend and "
              "Isla calls her house “the happy house”."),
        ("h1", "What Isla and Alfie have shown and told us"),
        ("p", "Isla (seen at nursery with her key worker, 03/09/2025) drew her family with Mummy lying down "
              "“because she is tired”. She said: “Mummy went in the ambulance. I was brave and I opened the door. "
              "I like it when Daddy does bath time but not when he is shouty.” She put a sticker on the happy "
              "face for Nana Val's house and on the middle face for home."),
        ("p", "Alfie is 5 months old. On four visits he was quiet and watchful; he brightened and kicked when "
              "Valerie or Ross spoke to him. He was slow to settle and his hungry cry was weak. When Chloe held "
              "him close and talked to him on 04/09/2025 he held her gaze and smiled."),
        ("h1", "The plan"),
        ("p", "Read each row across. The first column says what good looks like for Isla and Alfie; every "
              "action beside it is there to get them there."),
        ("table", {
            "header": ["What good looks like for Isla and Alfie", "What will happen", "Who", "By when",
                       "How we will know"],
            "widths": [3.4, 4.8, 2.9, 2.7, 3.2],
            "rows": [
                ["Isla and Alfie are cared for every day and every night by an adult who is well and sober "
                 "enough to keep them safe, feed them and notice when they need comfort.",
                 "Visit Isla and Alfie at home, with one visit a month unannounced and one at a weekend, and "
                 "see Isla on her own at nursery",
                 "Nadia Farrell, social worker (SW)",
                 "Every week from 10/09/2025",
                 "Visit records show both children seen each week, Isla seen alone, and her words written "
                 "down"],
                [V,
                 "See Chloe at home, go through her crisis plan, and assess whether she is making the changes "
                 "Isla and Alfie need and how long that is likely to take",
                 "Gareth Lyle, care co-ordinator (CPN), Zaverley Adult CMHT",
                 "Fortnightly from 12/09/2025",
                 "Written report to the SW before each core group on Chloe's mood, any self-harm and her "
                 "capacity to change"],
                [V,
                 "Review Chloe's medication and give a written opinion on her prognosis and whether she can "
                 "care safely for Isla and Alfie within their timescales",
                 "Dr Helen Achebe, consultant psychiatrist, Zaverley Adult CMHT",
                 "By 10/10/2025",
                 "Psychiatric report sent to the SW and shared at the core group on 17/10/2025"],
                [V,
                 "Assess Ross's drinking, agree a treatment plan, breath-test him at each session and report "
                 "whether his drinking is changing in ways that keep Isla and Alfie safe",
                 "Priya Rao, recovery worker, Zaverley Alcohol Service",
                 "Assessment by 26/09/2025, then every Monday",
                 "Breath test results and a written progress report emailed to the SW before each core group"],
                [V,
                 "Drink no alcohol on any day or night he is caring for Isla and Alfie, weekends included",
                 "Ross Penrose (Dad)",
                 "Every day from 09/09/2025",
                 "Negative breath tests at every Monday session and at every unannounced SW visit"],
                ["Alfie is fed on time, kept clean and warm, and his weight climbs back towards the 50th "
                 "centile; Isla arrives at nursery fed and dressed.",
                 "Weigh Alfie at home, check his feeding and nappy care, and show Chloe and Ross how to read "
                 "his hunger cues",
                 "Bethan Crewe, health visitor (HV)",
                 "Every other Tuesday from 16/09/2025",
                 "Weights plotted in the red book and emailed to the SW the same day; Alfie on the 25th "
                 "centile or above by 04/12/2025"],
                [V,
                 "Check Isla's attendance and how she arrives each morning, and phone the SW the same day if "
                 "she is absent, hungry or unkempt",
                 "Mrs Ayo Lamptey, DSL, Little Acorns Nursery",
                 "Every nursery day (Monday to Friday mornings)",
                 "Attendance emailed to the SW every Friday; each same-day call logged on CPOMS"],
                [V,
                 "Book and give Alfie's missed 16-week immunisations and check his development",
                 "Dr Simon Tait, GP, Millbrook Surgery",
                 "By 03/10/2025",
                 "Immunisations recorded in Alfie's red book; GP letter to the SW"],
                ["Isla and Alfie always have a safe adult to go to when Mum is unwell or Dad has been "
                 "drinking, and Isla says she feels safe at home.",
                 "Have Isla and Alfie at her home every Saturday from 10am to 6pm, and have them overnight "
                 "whenever the SW or Chloe asks",
                 "Valerie Shaw (maternal grandmother)",
                 "Every Saturday from 13/09/2025; the same day when asked",
                 "Valerie's diary of each stay, seen by the SW at her first visit each month"],
                [V,
                 "Follow her crisis plan: ring the crisis line and Valerie if she has thoughts of self-harm, "
                 "and not be alone with Isla and Alfie while she feels unsafe",
                 "Chloe Penrose (Mum)",
                 "From 09/09/2025, every time she feels unsafe",
                 "Crisis line contacts and Valerie's texts logged by Gareth and shared with the SW within a "
                 "day"],
                [V,
                 "Do four sessions of direct work with Isla using “three houses”, and bring her drawings to "
                 "the core group",
                 "Nadia Farrell, SW",
                 "Weekly from 15/09/2025; done by 10/10/2025",
                 "Isla's drawings and words kept on her file; her happy-face scores compared at each session"],
                [V,
                 "Write a family safety plan with Chloe, Ross, Valerie and Gareth: the warning signs, who "
                 "Isla can go to, and who rings whom",
                 "Nadia Farrell, SW, with Gareth Lyle",
                 "By 26/09/2025",
                 "Signed plan on the fridge and on file; Valerie and Ross can describe it at the next visit"],
            ],
        }),
        ("h1", "If things go wrong (contingency plan)"),
        ("p", "If Chloe self-harms, tells anyone she has thoughts of ending her life, or is found alone with the "
              "children while unwell, or Ross is found to have been drinking while caring for them, Isla and "
              "Alfie will go to Valerie's home at 5 Orchard Rise that day, Gareth will arrange a crisis mental "
              "health assessment for Chloe the same day, and Nadia will hold a strategy discussion with Zaverley "
              "Police by the end of that day."),
        ("p", "If Valerie cannot have the children (she is ill, away or cannot cope), Nadia will place Isla and "
              "Alfie together with Zaverley foster carers the same day, and the children will see their parents "
              "at the family centre within two days."),
        ("p", "If Dr Achebe's report says Chloe cannot make the changes needed within Isla's and Alfie's "
              "timescales, Ross has two positive breath tests in any four weeks, or Alfie's weight has not "
              "climbed by the review conference, Nadia will ask Owen Pritchard for a legal planning meeting "
              "within 5 working days to decide whether to start the Public Law Outline."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every 4 weeks, Fridays at 1.30pm, Zaverley Family Hub: 19/09/2025, 17/10/2025 and "
            "14/11/2025.",
            "Review child protection conference: 04/12/2025 at 10am, Zaverley Civic Hall.",
            "Before each core group Nadia will ask Isla how home feels and bring her sticker chart to the "
            "meeting.",
        ]),
        ("p", "Plan agreed at conference on 09/09/2025. Copies to Chloe, Ross, Valerie and every worker named "
              "above."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. First review plan, neglect, mother with depression who uses cannabis,
#    two primary-age children. Word plan printed to PDF: numbered sentences,
#    each ending in a "so that ..." clause, the only statement of outcomes.
#    Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b102_zeckleford_rcpc_so_that_clauses_numbered_sentences_kilbride.pdf",
    "doc_title": "Child Protection Plan - Jayden and Poppy Kilbride",
    "split": "heldout",
    "actions": 10,
    "template": "rcpc-word-plan-printed-to-pdf-page-header-footer-details-list-since-last-conference-childrens-words-then-numbered-sentences-owner-time-measure-each-ending-in-so-that-outcome-clause-contingency-meetings",
    "description": (
        "First review conference plan for a 9-year-old and a 6-year-old whose mother has depression "
        "and smokes cannabis most evenings. A Word plan printed to PDF with a page header and footer; "
        "the plan has no outcomes section: each numbered action sentence ends in a 'so that ...' clause "
        "saying what it should change for the children. Faults: the school nurse's health assessment "
        "has no stated output, rubbish clearance 'as soon as possible', 'Professionals' own sharing "
        "worries, Talking Therapies only treat the mother and count 'engagement reviewed at core "
        "group', a passive hair strand test with no one named, direct work with no timescale; the "
        "contingency is 'if things do not get better' / 'review', no legal step, and the second "
        "review conference is 'to be arranged'."
    ),
    "header": "OFFICIAL-SENSITIVE – Zeckleford Borough Council – Children's Services",
    "footer": "Jayden and Poppy Kilbride – Child Protection Plan (review 16/09/2025) – Page {PAGE} of {NUMPAGES}",
    "blocks": [
        ("title", "Child Protection Plan – First Review"),
        ("p", "Zeckleford Borough Council · Children's Services · Family Safeguarding Team 4"),
        ("kv", [
            ("Children", "Jayden Kilbride (9), DOB 14/01/2016; Poppy Kilbride (6), DOB 30/06/2019"),
            ("Address", "Flat 3, 41 Ropewalk, Zeckleford ZK4 1NB"),
            ("Mother", "Leanne Kilbride (31), sole carer"),
            ("Father", "Aaron Kilbride; no contact with the children since 2022"),
            ("Category", "Neglect"),
            ("Conference", "First review conference, 16/09/2025 (initial conference 17/06/2025). "
                           "Chair: Rhys Underwood"),
            ("Social worker", "Sam Whitcombe"),
        ]),
        ("h1", "Since the initial conference"),
        ("p", "Leanne has depression and smokes cannabis most evenings. At the initial conference the flat was "
              "full of rubbish bags, the children were often late or absent from school and Poppy had untreated "
              "tooth decay. Leanne ended her relationship with Craig Dutton in May after he damaged the flat "
              "during an argument that Jayden saw. Since then Poppy has had two teeth out, the kitchen is "
              "usually clean, and Jayden's attendance rose from 79% to 88% last term. Leanne still sleeps late "
              "on most school days and has missed three appointments with her GP, and the back bedroom and the "
              "garden are still full of rubbish."),
        ("h1", "What Jayden and Poppy have said"),
        ("p", "Jayden (seen on his own at school, 09/09/2025): “It's better now Craig's gone. I still have to "
              "wake Mum up some days and make Poppy's cereal. I'd like my friends to come round but I don't want "
              "them to see the garden.”"),
        ("p", "Poppy (seen at home, 11/09/2025) showed the SW the gap in her teeth and said the dentist was "
              "“kind”. She said she likes it when Mummy walks her to school and holds her hand, and that she is "
              "scared of the spiders in the back bedroom."),
        ("h1", "What will happen"),
        ("p", "Each numbered action says who will do it, when, and how we will know it has been done. It ends "
              "with what it is for: the difference it should make to Jayden and Poppy."),
        ("numbers", [
            "Sam Whitcombe (SW) will visit Jayden and Poppy at home every week from 22/09/2025, seeing each "
            "child on their own at least once a month and writing down what they say on the case file, so that "
            "both children are seen and listened to every week.",
            "Kerry Blythe (school nurse) will complete a health assessment for Poppy by 31/10/2025, so that "
            "Poppy's teeth, eyes and growth are looked after.",
            "Mrs Nina Farrow (DSL, St Anne's Primary) will send Jayden's and Poppy's attendance and late marks "
            "to the SW every Friday from 19/09/2025, so that both children are in school on time every day.",
            "Leanne will clear the rubbish bags from the garden and the back bedroom as soon as possible and "
            "send the SW photographs of both, so that Jayden can have friends round and Poppy can sleep without "
            "being frightened.",
            "Professionals will tell the SW on the same day about any worry about the children's care, logged "
            "on the case file, so that nothing about Jayden or Poppy is missed.",
            "Zeckleford Talking Therapies will give Leanne eight sessions of CBT for her low mood from October "
            "2025, with her engagement reviewed at core group, so that she has the energy to get the children "
            "up for school.",
            "Leanne's cannabis use will be checked by a hair strand test by 17/10/2025, with the results sent "
            "to the SW, so that we know whether the children are cared for by a sober mum.",
            "Dan Osei (recovery worker, Zeckleford Drug and Alcohol Service) will see Leanne every Thursday "
            "from 25/09/2025 for key-work on her cannabis use and send her test results and a progress report "
            "to the SW before each core group, so that Jayden and Poppy are looked after by a mum who is not "
            "under the influence of cannabis in the evenings.",
            "Jo Akande (family support worker) will do a morning routine session at the flat every Tuesday and "
            "Thursday for six weeks from 23/09/2025, ticking on a checklist whether the children are up, "
            "dressed and fed by 8.15am, so that Jayden and Poppy get to school on time and ready to learn.",
            "Sam Whitcombe (SW) will do four sessions of direct work with Jayden about the argument he saw and "
            "how he looks after Poppy, keeping his worksheets on file, so that Jayden has a safe adult to talk "
            "to about what happened.",
        ]),
        ("h1", "If things get worse"),
        ("p", "If things do not get better for Jayden and Poppy, the core group will meet to review the plan and "
              "consider what else can be done to help the family."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every three weeks at St Anne's Primary: 07/10/2025, 28/10/2025 and 18/11/2025.",
            "Second review child protection conference: to be arranged.",
        ]),
    ],
    "findings": [
        F("M001", "Kerry Blythe (school nurse) will complete a health assessment"),
        F("T002", "Leanne will clear the rubbish bags from the garden"),
        F("W002", "Professionals will tell the SW on the same day"),
        F("H001", "Zeckleford Talking Therapies will give Leanne eight sessions of CBT"),
        F("M002", "Zeckleford Talking Therapies will give Leanne eight sessions of CBT"),
        F("W001", "Leanne's cannabis use will be checked by a hair strand test"),
        F("T001", "four sessions of direct work with Jayden about the argument"),
        F("C002"),
        F("R001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 3. ICPC plan, domestic abuse and father's cocaine use, mother's anxiety,
#    a 7-year-old and an 18-month-old. Markdown Signs of Safety plan: danger
#    statements, safety goals (one only about the father), a scaling goal,
#    next-steps table. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b102_zinnerwold_sos_danger_statements_safety_goals_scaling_marchetti.md",
    "split": "heldout",
    "actions": 12,
    "template": "signs-of-safety-markdown-family-bullets-danger-statements-quoted-working-well-childrens-voice-three-houses-safety-goals-with-scaling-goal-then-next-steps-table-safety-plan-meetings",
    "description": (
        "Signs of Safety initial conference plan for a 7-year-old and an 18-month-old after their "
        "father, who uses cocaine, threw a mug that hit the baby's high chair; their mother has "
        "anxiety. Markdown: danger statements, safety goals including a scaling goal ('from 3/10 to "
        "7/10 by the review'), then a next-steps table. Most rows are sound. Faults: one safety goal "
        "is only about the father, the drug service's tests are 'Monitored by the SW', counselling "
        "only treats the mother, the health visitor's review has no measure, nursery registration "
        "'TBC', 'Family network' owns reporting; the aunt supervises contact and the grandmother "
        "collects from school, but the safety plan has no fallback if they cannot."
    ),
    "text": """\
# Signs of Safety Child Protection Plan: Luca and Gia Marchetti

**Zinnerwold City Council – Children's Social Work Service – Locality Team North**
Initial child protection conference, 02/10/2025 · Chair (IRO): Fiona Achterberg · Category: emotional abuse
Social worker: Tamsin Rudd · Team manager: Colin Awe

## Who is in the family

- **Luca Marchetti**, 7 (DOB 19/03/2018) — Year 3 at Zinnerwold Abbey Primary
- **Gia Marchetti**, 18 months (DOB 11/04/2024)
- **Sophie Hart**, 29 — mum; Luca and Gia live with her at 17 Weaver's Court, Zinnerwold ZN2 8QD
- **Paolo Marchetti**, 33 — dad; living with his mother since 15/09/2025, on police bail not to go to the
  family home
- **Rosa Marchetti** — Paolo's sister, Luca and Gia's aunt
- **Lucia Marchetti** — Paolo's mother, "Nonna", 8 Quay Street, Zinnerwold

## What we are worried about (danger statements)

> **Danger statement 1.** Children's Services, Zinnerwold Police and Luca's school are worried that when
> Paolo has used cocaine he may hurt Sophie again, and that Luca and Gia could be hurt, as Gia nearly was
> on 13/09/2025 when Paolo threw a mug that smashed against her high chair. Luca could keep seeing his mum
> hurt and hearing the shouting, and this is making him frightened to go home.

> **Danger statement 2.** We are worried that on days when Sophie's anxiety is bad she cannot leave the
> flat or get Luca to school, and that Gia could be left in her cot for long periods without food, play or
> a clean nappy.

## What is working well

Sophie rang the police herself on 13/09/2025 and has applied for a non-molestation order. She has kept
both children's health appointments. Paolo has told the SW that he wants to change and has agreed to a
perpetrator programme. Nonna Lucia and Auntie Rosa see the children every week and both came to the
conference. Luca is a good reader and has a close friend, Sami. Gia is a healthy weight and is walking.

## Luca's and Gia's voice

Luca (seen on his own at school, 25/09/2025) did "three houses" with Tamsin.

- *House of worries:* "Daddy shouting and the mug. Mummy crying in the bathroom."
- *House of good things:* "Nonna's pasta. My bike. Sami."
- *House of dreams:* "Daddy says sorry and we all go to the park but no shouting."

He scored how safe home feels at 3 out of 10 and Nonna's at 10 out of 10.

Gia is 18 months old. On three visits she was clean and babbling and took toys to Sophie to share. When a
door banged on 29/09/2025 she froze and then crawled under the table, and would only come out for Luca.

## Safety goals (what needs to be different)

1. Luca and Gia live in a home where they never see or hear an adult hurt or frighten another adult.
2. Gia is fed, changed and played with through the day, and Luca gets to school on time, even on days when
   Sophie's anxiety is bad.
3. Paolo completes the Turning Point programme and stops using cocaine.
4. Luca and Gia only see their dad when an adult named in the safety plan is with them, and Luca knows who
   to call if he is scared.
5. Scaling goal: Luca's own score for how safe home feels goes from 3/10 now to 7/10 by the review
   conference, and Tamsin's safety score for the children goes from 3/10 to 6/10.

## Next steps

| # | Next step | Who | By when | How we will know |
|---|---|---|---|---|
| 1 | Visit Luca and Gia at home, including one unannounced visit a month; see Luca on his own and ask him to re-score home | Tamsin Rudd (SW) | Weekly from 06/10/2025 | Visit notes record both children seen, Luca seen alone and his score at each visit |
| 2 | Complete a DASH risk assessment with Sophie and refer to MARAC if the risk is high | DC Imran Shah, Zinnerwold Police Domestic Abuse Unit | By 09/10/2025 | DASH score and any MARAC referral emailed to the SW |
| 3 | Meet Sophie to build a safety plan for her and the children, and go with her to the non-molestation hearing | Precious Ndlovu, IDVA, Zinnerwold Women's Aid | Every Wednesday from 08/10/2025 | Updated safety plan, with that week's risk score, copied to the SW |
| 4 | Attend the 24-week Turning Point domestic abuse perpetrator programme | Paolo Marchetti (Dad) | Starts 14/10/2025 | Attendance and end-of-programme report from the facilitator to the SW |
| 5 | Assess Paolo's cocaine use and carry out drug tests | Ben Hollis, Zinnerwold Substance Misuse Service | Fortnightly from 09/10/2025 | Monitored by the SW |
| 6 | Six counselling sessions for Sophie's anxiety | Zinnerwold Wellbeing Service (adult talking therapies) | Weekly from 13/10/2025 | Attendance letter to the SW after each session |
| 7 | Bring forward Gia's two-year review, checking her speech and play | Lorna Baxter, health visitor | By 31/10/2025 | - |
| 8 | Register Gia at a nursery for her funded two-year-old place | Sophie Hart (Mum) | TBC | Nursery offer letter shown to the SW |
| 9 | Supervise Paolo's contact with Luca and Gia at her flat and write down how it went | Rosa Marchetti (paternal aunt) | Every Sunday, 2pm to 4pm | Contact notes signed by Rosa and read by the SW each Monday |
| 10 | Collect Luca from school and give him his tea at 8 Quay Street | Lucia Marchetti (paternal grandmother) | Every Monday and Wednesday | School collection book signed by Lucia, checked by the DSL each Friday |
| 11 | Tell the SW the same day if Paolo comes to the family home or contacts Sophie | Family network | Same day | Each call or text logged by the SW on the case file |
| 12 | Check Luca's attendance and how he seems every morning, and phone the SW the same day if he is absent or upset | Mr Dev Patel, DSL, Zinnerwold Abbey Primary | Every school day | Register and CPOMS notes emailed to the SW each Friday |

## Safety plan if things go wrong

- If Paolo comes to 17 Weaver's Court, breaks his bail conditions or the non-molestation order, or Luca or
  Sophie says he has threatened them, Sophie will ring 999, Tamsin will hold a strategy discussion with
  Zinnerwold Police the same day, and Paolo will not see the children until that discussion has decided
  what happens next.
- If Paolo has two positive cocaine tests in a row, or Sophie lets him into the flat, Tamsin will ask Colin
  Awe for a legal planning meeting within 5 working days.

## Meetings

- Core group every 4 weeks, Thursdays at 10am, Zinnerwold Abbey Children's Centre: 16/10/2025, 13/11/2025
  and 11/12/2025.
- Review child protection conference: 08/01/2026 at 2pm, Zinnerwold City Hall.
""",
    "findings": [
        F("F002", "Paolo completes the Turning Point programme and stops using cocaine."),
        F("M002", "Assess Paolo's cocaine use and carry out drug tests"),
        F("H001", "Six counselling sessions for Sophie's anxiety"),
        F("M001", "Bring forward Gia's two-year review, checking her speech and play"),
        F("T002", "Register Gia at a nursery for her funded two-year-old place"),
        F("W002", "Tell the SW the same day if Paolo comes"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 4. ICPC plan, mother misusing codeine, 12-year-old young carer and her
#    brother. Plain-text case-system export; the outcomes are the children's
#    own "I want ..." words; action records with WHAT / WHO / WHEN / EVIDENCE
#    fields. Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b102_zolbeck_icpc_case_export_childrens_own_words_outcomes_treharne.txt",
    "split": "heldout",
    "actions": 10,
    "template": "icpc-plain-text-case-system-export-dotted-field-header-sections-reasons-then-childrens-own-i-want-words-as-outcomes-then-action-records-what-who-when-evidence-contingency-meetings",
    "description": (
        "Initial conference plan for a 12-year-old young carer and her 8-year-old brother whose mother "
        "takes far more codeine than prescribed. A plain-text case-system export: the outcomes are the "
        "children's own 'I want ...' sentences, adopted by the conference; each action is a record with "
        "WHAT, WHO, WHEN and EVIDENCE fields. Faults: one of the children's wants is only about their "
        "mother ('I want Mum to stop taking too many tablets'), the breakfast club place has no owner, "
        "direct work is 'Ongoing', the aunt's football runs are 'Monitored', 'All professionals' share "
        "worries, the morning routine support has no evidence; the codeine misuse is recorded but no "
        "adult service owns an action."
    ),
    "text": """\
ZOLBECK COUNCIL  |  CHILDREN'S SERVICES  |  CASE RECORD EXPORT (ZCR)
Document ........ Child Protection Plan (initial conference)
Exported ........ 07/10/2025 16:40 by T.OKONKWO
==============================================================================
CHILDREN ........ Amber TREHARNE (12), DOB 28/02/2013
                  Cody TREHARNE (8), DOB 05/08/2017
ADDRESS ......... 9 Wherry Lane, Zolbeck ZB6 3TE
MOTHER .......... Donna Treharne (41), sole carer
FATHERS ......... Lee Treharne (Amber's father), no contact
                  Mark Sully (Cody's father), sees Cody one Saturday a month
AUNT ............ Shelley Treharne (maternal aunt), 30 Quarry Hill, Zolbeck
CATEGORY ........ Neglect
CONFERENCE ...... ICPC 06/10/2025, Zolbeck Guildhall. Chair: Paula Mensah
SOCIAL WORKER ... Tomi Okonkwo (team manager: Hazel Brigg)
==============================================================================

SECTION 1  REASONS FOR THE PLAN
------------------------------------------------------------------------------
Donna has fibromyalgia. For two years she has taken more codeine than she is
prescribed and has bought extra tablets online. On 19/09/2025 Cody could not
wake her after school and rang Shelley, who found Donna drowsy and confused on
the bathroom floor. Amber, who is 12, does most of the cooking and washing and
gets Cody to school; her attendance at Zolbeck High is 81% and she has stopped
going to football. Cody's school says he often has no packed lunch. Donna told
the conference that her GP does not know how many tablets she takes.

SECTION 2  WHAT AMBER AND CODY WANT (IN THEIR OWN WORDS)
------------------------------------------------------------------------------
The conference agreed that these are the outcomes of this plan. By the review
conference each of them should be true, and Amber and Cody will be asked.

Amber (seen on her own at school, 30/09/2025):
  - I want to go to school every day and not be the one who looks after everyone.
  - I want to play football on Tuesdays again.
  - I want to know someone will come if Mum won't wake up.

Cody (seen at home, 02/10/2025):
  - I want Mum to stop taking too many tablets.
  - I want my packed lunch and my tea at the proper time.

SECTION 3  ACTIONS
------------------------------------------------------------------------------
ACTION 01
  WHAT ......... Visit Amber and Cody at home, see each of them on their own,
                 and check there is food in the house
  WHO .......... Tomi Okonkwo (SW)
  WHEN ......... Every week from 08/10/2025
  EVIDENCE ..... Visit records show both children seen alone and the food
                 cupboards checked

ACTION 02
  WHAT ......... Carry out a young carer's assessment with Amber and agree her
                 young carer's plan
  WHO .......... Jenna Moss, Zolbeck Young Carers
  WHEN ......... By 31/10/2025
  EVIDENCE ..... Young carer's plan signed by Amber and sent to the SW

ACTION 03
  WHAT ......... Check Amber's attendance each morning and meet her each week
                 with her key adult
  WHO .......... Mr Phil Garner, DSL, Zolbeck High School
  WHEN ......... Every school day; key adult meeting each Monday
  EVIDENCE ..... Attendance and meeting notes emailed to the SW every Friday;
                 Amber at 95% or more by the review

ACTION 04
  WHAT ......... Keep all her medication in the locked box, out of Amber's and
                 Cody's reach, and take only what is prescribed
  WHO .......... Donna Treharne (Mum)
  WHEN ......... Every day from 06/10/2025
  EVIDENCE ..... Tablet count at every SW visit matches the prescription label

ACTION 05
  WHAT ......... Breakfast club place to be offered to Cody at Wherry Lane
                 Primary
  WHO .......... -
  WHEN ......... From 13/10/2025
  EVIDENCE ..... Breakfast club register sent to the SW each Friday

ACTION 06
  WHAT ......... Direct work with Cody about what happened on 19/09/2025 and
                 who he can call
  WHO .......... Tomi Okonkwo (SW)
  WHEN ......... Ongoing
  EVIDENCE ..... Cody's worksheets and his "who I can call" card kept on file

ACTION 07
  WHAT ......... Take Amber to football training and bring her home afterwards
  WHO .......... Shelley Treharne (maternal aunt)
  WHEN ......... Every Tuesday, 6pm to 8pm
  EVIDENCE ..... Monitored

ACTION 08
  WHAT ......... Share any worry about Amber or Cody with the SW
  WHO .......... All professionals
  WHEN ......... Same day
  EVIDENCE ..... Each worry logged on the ZCR case record

ACTION 09
  WHAT ......... Morning routine support at home: getting up, breakfast,
                 packed lunches and the walk to school
  WHO .......... Kath Dunmore, family support worker
  WHEN ......... Monday, Wednesday and Friday at 7.30am for six weeks from
                 13/10/2025
  EVIDENCE ..... -

ACTION 10
  WHAT ......... Complete a parenting assessment of Donna, including how her
                 codeine use affects her care of Amber and Cody
  WHO .......... Tomi Okonkwo (SW)
  WHEN ......... Report by 21/11/2025
  EVIDENCE ..... Report shared with Donna and the core group before the review
                 conference

SECTION 4  CONTINGENCY
------------------------------------------------------------------------------
If Donna is found drowsy, confused or unable to wake while she is alone with
the children, or either child rings for help, Shelley will take Amber and Cody
to 30 Quarry Hill that day and the SW (out of hours, the Emergency Duty Team)
will hold a strategy discussion the same day. If Shelley cannot take them, the
SW will place Amber and Cody together with Zolbeck foster carers that night.

If the tablet count does not match at two visits, or Amber's attendance is
below 90% at the review, the SW will request a legal planning meeting within 5
working days.

SECTION 5  MEETINGS
------------------------------------------------------------------------------
CORE GROUP ...... every 4 weeks, Wednesdays 3.30pm, Zolbeck High School:
                  15/10/2025, 12/11/2025, 10/12/2025
REVIEW CPC ...... 05/01/2026, 10am, Zolbeck Guildhall
==============================================================================
END OF EXPORT
""",
    "findings": [
        F("F002", "I want Mum to stop taking too many tablets."),
        F("W001", "Breakfast club place to be offered to Cody"),
        F("T002", "Direct work with Cody about what happened on 19/09/2025"),
        F("M002", "Take Amber to football training and bring her home"),
        F("W002", "Share any worry about Amber or Cody with the SW"),
        F("M001", "Morning routine support at home: getting up, breakfast,"),
        F("F004"),
    ],
})


# ---------------------------------------------------------------------------
# 5. ICPC plan, father with schizophrenia who cares for a 3-year-old while
#    her mother works. Landscape Word plan printed to PDF: "Our hopes for
#    Harper" and a last column "The difference this will make for Harper".
#    Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b102_zurringham_icpc_our_hopes_difference_column_fenwick.pdf",
    "doc_title": "Child Protection Plan - Harper Fenwick",
    "split": "heldout",
    "actions": 9,
    "landscape": True,
    "template": "icpc-landscape-word-plan-printed-to-pdf-page-header-footer-details-list-reasons-childs-words-and-observed-our-hopes-bullets-then-table-with-the-difference-this-will-make-column-contingency-core-group",
    "description": (
        "Exemplary initial conference plan for a 3-year-old found alone on the pavement while her "
        "father, who has schizophrenia and had stopped his depot, was unwell; he cares for her while "
        "her mother works. A landscape Word plan printed to PDF with a header and footer: outcomes "
        "under 'Our hopes for Harper' and again in a last column, 'The difference this will make for "
        "Harper'. The EIP care co-ordinator and psychiatrist both assess change, the grandmother's "
        "days have a fallback (mother, then foster care), legal planning follows readmission or a "
        "poor prognosis, core group and review dates set."
    ),
    "header": "OFFICIAL-SENSITIVE – Zurringham Metropolitan Council – Children's Social Care",
    "footer": "Harper Fenwick – Child Protection Plan (ICPC 23/09/2025) – Page {PAGE} of {NUMPAGES}",
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Zurringham Metropolitan Council · Children's Social Care · Safeguarding (South)"),
        ("kv", [
            ("Child", "Harper Fenwick (3), DOB 17/05/2022"),
            ("Address", "40 Lark Street, Zurringham ZU5 7HB"),
            ("Mother", "Beth Fenwick (29), pharmacy technician at Zurringham General; works Tuesdays and "
                       "Thursdays"),
            ("Father", "Jamal Fenwick (32), Harper's main carer on weekdays"),
            ("Paternal grandmother", "Marcia Fenwick, 14 Elm Terrace, Zurringham"),
            ("Category", "Neglect"),
            ("Conference", "Initial conference, 23/09/2025, Zurringham Town Hall. Chair: Deborah Hince"),
            ("Social worker", "Kofi Asante (team manager: Lynne Corbett)"),
        ]),
        ("h1", "Why Harper needs a plan"),
        ("p", "Jamal has schizophrenia and has been under the Zurringham Early Intervention in Psychosis (EIP) "
              "team since 2023. In July he stopped his depot injection. On 28/08/2025 a neighbour found Harper "
              "alone on the pavement outside the house at 4pm; Jamal was inside, hearing voices, and did not "
              "know she had gone out. He was admitted to Linden Ward for nine days and came home on 10/09/2025 "
              "on a new depot. Harper's nursery says she is late or missing on days Jamal brings her, and her "
              "speech is behind for her age."),
        ("h1", "What Harper has told us and what we have seen"),
        ("p", "Harper (seen at nursery with her key worker, 17/09/2025) pointed to the door in her picture and "
              "said: “I went out to find the cat. Daddy was poorly in his head. Daddy has a poorly day and then a "
              "good day.” She said she likes “Nanny Marcia's garden” and “Mummy's stories”."),
        ("p", "On three home visits Harper was clean and chatty and ran to Jamal to show him her painting. On "
              "15/09/2025 Jamal was slow to answer her and Harper climbed onto the kitchen worktop for a "
              "biscuit; she got down when Beth came in and said her name."),
        ("h1", "Our hopes for Harper"),
        ("bullets", [
            "Harper is looked after every day by an adult who is well enough to watch her, play with her and "
            "keep her safe indoors and out.",
            "Harper goes to nursery on time for every session she is booked in for, and her talking catches up "
            "with other children of her age.",
            "Harper understands, in words she can use, that Daddy is sometimes poorly, and always has Mummy, "
            "Nanny Marcia or another safe adult with her when he is.",
        ]),
        ("h1", "The plan"),
        ("p", "Each row says what will happen, who does it and when, how we will know, and the difference it "
              "will make for Harper."),
        ("table", {
            "header": ["What will happen", "Who", "When", "How we will know",
                       "The difference this will make for Harper"],
            "widths": [7.0, 4.2, 3.8, 5.4, 5.3],
            "rows": [
                ["Visit Harper at home, including one unannounced visit a month and one visit while Jamal is "
                 "caring for her on his own; see her at nursery once a month",
                 "Kofi Asante, social worker (SW)",
                 "Every week from 24/09/2025",
                 "Visit records show Harper seen every week, with what she said and did",
                 "Someone outside the family sees Harper every week and hears what her days are like"],
                ["Visit Jamal at home, check he has had his depot and look for early warning signs, and report "
                 "to each core group on whether he is making and keeping the changes Harper needs",
                 "Grace Oduya, care co-ordinator, Zurringham EIP team",
                 "Every Monday from 29/09/2025; report 2 days before each core group",
                 "Written report to the SW and core group, with depot dates and any warning signs",
                 "The adults around Harper know at once if her dad is becoming unwell"],
                ["Review Jamal's depot medication and give a written assessment of his capacity to change, "
                 "whether he can safely care for Harper on his own, and the likely timescale",
                 "Dr Victor Haines, consultant psychiatrist, Zurringham EIP team",
                 "By 24/10/2025",
                 "Psychiatric report sent to the SW and shared at the core group on 30/10/2025",
                 "Decisions about who looks after Harper rest on an expert view of her dad's health"],
                ["Have his depot injection at the EIP clinic every two weeks, so that he stays well enough to "
                 "look after Harper",
                 "Jamal Fenwick (Dad)",
                 "Every other Monday from 29/09/2025",
                 "Clinic record of each injection, sent to the SW by Grace",
                 "Harper's dad is well on the days he looks after her"],
                ["Not leave Harper in Jamal's sole care on any day he has missed his depot or shows a warning "
                 "sign, and arrange for Marcia to have her instead",
                 "Beth Fenwick (Mum)",
                 "Every day from 23/09/2025",
                 "Beth's childcare diary, checked by the SW at every visit; Grace's reports show no day Harper "
                 "was left with Jamal while he was unwell",
                 "Harper is never alone with an adult who cannot keep her safe"],
                ["Look after Harper at her home while Beth is at work",
                 "Marcia Fenwick (paternal grandmother)",
                 "Every Tuesday and Thursday, 8am to 5.30pm",
                 "Marcia's diary of each day, seen by the SW at her first visit each month",
                 "Harper spends her mum's working days with a safe adult she loves"],
                ["Check Harper's attendance at her Monday, Wednesday and Friday morning sessions, and phone the "
                 "SW the same day if she is absent, late or not collected",
                 "Mrs Olu Briggs, DSL, Zurringham Rainbow Nursery",
                 "Every session from 24/09/2025",
                 "Attendance emailed to the SW every Friday; every same-day call logged",
                 "Harper gets to nursery, and the adults who see her most know if something is wrong"],
                ["Carry out Harper's speech and language screen and refer her to speech and language therapy "
                 "if she is below the expected range",
                 "Aisha Kerr, health visitor (HV)",
                 "By 24/10/2025",
                 "Screen results and any referral letter sent to the SW and the nursery",
                 "Harper gets help with her talking early, before she starts school"],
                ["Write a family safety plan with Beth, Jamal, Marcia and Grace, including a “words and "
                 "pictures” story for Harper about Daddy's poorly days",
                 "Kofi Asante, SW, with Grace Oduya",
                 "By 10/10/2025",
                 "Signed plan and Harper's picture story on file and on the fridge; Harper can show the SW her "
                 "story",
                 "Harper knows what happens, and who looks after her, when Daddy is poorly"],
            ],
        }),
        ("h1", "If things go wrong (contingency)"),
        ("p", "If Jamal misses a depot by more than three days, shows two or more of his early warning signs (not "
              "sleeping, talking to his voices, leaving the cooker on, staying in bed all day), or Harper is "
              "found alone or outside without an adult, Beth or Marcia will take Harper to 14 Elm Terrace "
              "straight away, Grace will arrange a mental health assessment for Jamal the same day, and Kofi "
              "will hold a strategy discussion with Zurringham Police by the end of that day."),
        ("p", "If Marcia cannot look after Harper (she is ill, away or not able to manage), Beth will not go to "
              "work that day and will care for Harper herself; if neither of them can, Kofi will place Harper "
              "with a Zurringham foster carer the same day, with family time for Beth and Jamal every day."),
        ("p", "If Jamal is admitted to hospital again, Dr Haines's report says he cannot make the changes Harper "
              "needs within her timescale, or Harper is found without an adult again, Kofi will ask Lynne "
              "Corbett for a legal planning meeting within 5 working days to decide whether to begin the Public "
              "Law Outline."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every 4 weeks, Thursdays at 11am, Zurringham Rainbow Nursery: 02/10/2025, 30/10/2025 "
            "and 27/11/2025.",
            "Review child protection conference: 18/12/2025 at 2pm, Zurringham Town Hall.",
            "Before each core group Kofi will ask Harper, with her key worker, about her “good days and poorly "
            "days” and bring her drawing to the meeting.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Core group record with a revised plan, neglect, mother's depression and
#    father's methadone, a 14-year-old who goes missing and an 11-year-old.
#    Word table grouped under an "Area of concern" column merged down over
#    each area's rows. No outcome anywhere. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b102_zathrop_core_group_record_merged_area_of_concern_rows_birtles.docx",
    "doc_title": "Core Group 3 - Revised Child Protection Plan - Kian and Maddie Birtles",
    "split": "heldout",
    "actions": 11,
    "template": "core-group-record-word-details-list-attendance-update-then-area-of-concern-first-column-merged-over-rows-action-lead-by-when-evidence-of-progress-contingency-meetings-no-outcomes",
    "description": (
        "Revised plan from the third core group for a 14-year-old who has gone missing overnight and "
        "an 11-year-old, in a home where the mother has long-standing depression and the father is on "
        "methadone. A Word record whose action table is grouped under an 'Area of concern' column "
        "merged down over each area's rows. Most rows are sound. Faults: no outcome for the children "
        "anywhere and nothing of what they say or feel; the CPN visits only treat the mother; the "
        "father's dose reduction is 'When ready'; the Academy's attendance check is measured by "
        "'Improvement in attendance'; the breakfast club place has no lead; the contingency names no "
        "legal step."
    ),
    "check_vmerge": 5,
    "blocks": [
        ("title", "Revised Child Protection Plan"),
        ("p", "Zathrop Borough Council – Children's Services – Record of Core Group 3 and revised plan"),
        ("kv", [
            ("Children", "Kian Birtles (14), DOB 02/12/2010; Maddie Birtles (11), DOB 20/04/2014"),
            ("Parents", "Tracy Birtles (38) and Wayne Birtles (41), both at 61 Cinder Lane, Zathrop ZT3 9HD"),
            ("Category", "Neglect"),
            ("Plan made", "Initial conference 15/07/2025 (chair: Graham Oakes)"),
            ("This meeting", "Core group 3, 16/09/2025, Zathrop Academy"),
            ("Social worker", "Anita Doshi (team manager: Ray Kettle)"),
            ("Present", "Anita Doshi (SW); Alison Reid (CPN, Adult CMHT); Jordan Webb (Zathrop Recovery "
                        "Partnership); Mrs Carol Finch (DSL, Zathrop Academy); Ms Jess Ibe (DSL, Brook Lane "
                        "Primary); Tracy and Wayne Birtles"),
            ("Apologies", "Dr Sunil Mehta (GP, Cinder Lane Surgery)"),
        ]),
        ("h1", "Update since core group 2"),
        ("p", "Tracy has had depression for many years and has been under the Zathrop Adult CMHT since March; "
              "she spends most days in bed. Wayne has a methadone prescription and was using heroin on top of it "
              "until August; his last two urine tests were clear. On the last two visits there was no food in "
              "the kitchen except cereal and the bathroom was out of use. Kian's attendance at Zathrop Academy "
              "this term is 68%, and he was reported missing overnight on 12/09/2025 and found by police in the "
              "town centre the next morning. Maddie's attendance at Brook Lane Primary is 86%."),
        ("h1", "Revised plan"),
        ("p", "Actions are grouped by area of concern. Each lead reports on their own rows at the next core "
              "group."),
        ("table", {
            "header": ["Area of concern", "Action", "Lead", "By when", "Evidence of progress"],
            "widths": [2.8, 5.4, 3.0, 2.5, 3.3],
            "rows": [
                ["Home conditions and basic care",
                 "Visit Kian and Maddie at home and see each of them alone, including one visit after school "
                 "and one at a weekend each month",
                 "Anita Doshi, SW",
                 "Fortnightly from 17/09/2025",
                 "Visit records on the case file show both children seen alone at each visit"],
                [V,
                 "Complete a parenting assessment of Tracy and Wayne, including food, hygiene and supervision",
                 "Anita Doshi, SW",
                 "By 10/10/2025",
                 "Written report shared with the parents and the core group by 10/10/2025"],
                ["Tracy's mental health",
                 "Continue fortnightly CPN visits to Tracy for her depression",
                 "Alison Reid, CPN, Zathrop Adult CMHT",
                 "Fortnightly",
                 "Visit dates sent to the SW before each core group"],
                [V,
                 "Psychiatric review of Tracy's medication, with a written view of her capacity to change and "
                 "how long it is likely to take",
                 "Dr Malcolm Tey, consultant psychiatrist, Zathrop Adult CMHT",
                 "By 03/10/2025",
                 "Letter to the SW and the core group"],
                ["Wayne's methadone and drug use",
                 "Supervised methadone dispensing and weekly urine tests for Wayne, with results and a progress "
                 "report to the SW",
                 "Jordan Webb, recovery worker, Zathrop Recovery Partnership",
                 "Weekly; report before each core group",
                 "Urine test results on file; written progress report at each core group"],
                [V,
                 "Reduce his methadone dose with his prescriber",
                 "Wayne Birtles",
                 "When ready",
                 "Dose changes on the prescription record sent to the SW"],
                ["Kian: school and going missing",
                 "Refer Kian to Zathrop Youth Service for a mentor, and arrange a return home interview after "
                 "any missing episode",
                 "Anita Doshi, SW",
                 "Referral by 23/09/2025; return interview within 72 hours of any episode",
                 "Referral acceptance and return interview records on Kian's file"],
                [V,
                 "Check Kian's attendance every morning and phone home by 10am if he is absent",
                 "Mrs Carol Finch, DSL, Zathrop Academy",
                 "Every school day",
                 "Improvement in attendance"],
                ["Maddie: health and school",
                 "Breakfast club place for Maddie, with a free breakfast each school day",
                 "-",
                 "From 22/09/2025",
                 "Breakfast club register sent to the SW each Friday"],
                [V,
                 "Health assessment for Maddie, including a dental check and a hearing test",
                 "Ellen Shaw, school nurse",
                 "By 17/10/2025",
                 "Health assessment report sent to the SW"],
                [V,
                 "Share Tracy's and Wayne's health history and any concerns about Kian's and Maddie's health",
                 "Dr Sunil Mehta, GP, Cinder Lane Surgery",
                 "By 26/09/2025",
                 "GP report on both children's files"],
            ],
        }),
        ("h1", "Contingency"),
        ("p", "If Kian is missing overnight again, Wayne has a urine test positive for heroin, or Tracy is found "
              "unable to get up to care for Maddie on two visits in a row, Anita will hold a strategy discussion "
              "with Zathrop Police the same day, and if the children cannot stay safely at home that night they "
              "will be placed with Zathrop foster carers."),
        ("h1", "Meetings"),
        ("bullets", [
            "Review child protection conference: 14/10/2025 at 10am, Zathrop Town Hall.",
            "Core group every 4 weeks at Zathrop Academy, Tuesdays at 3.30pm: 07/10/2025 (before the review), "
            "then 04/11/2025 and 02/12/2025.",
        ]),
    ],
    "findings": [
        F("H001", "Continue fortnightly CPN visits to Tracy for her depression"),
        F("T002", "Reduce his methadone dose with his prescriber"),
        F("M002", "Check Kian's attendance every morning and phone home by 10am"),
        F("W001", "Breakfast club place for Maddie, with a free breakfast"),
        F("O001"),
        F("F003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 7. ICPC plan for a 7-month-old, mother with severe anxiety, father smokes
#    cannabis, family planning to move to another authority. The social
#    worker's letter to the mother: hopes in one paragraph, actions as
#    numbered paragraphs in the letter's voice. Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b102_zyllowbank_letter_to_mother_hopes_paragraph_quennell.txt",
    "split": "heldout",
    "actions": 11,
    "template": "icpc-social-worker-letter-to-parent-plain-text-address-block-why-what-i-have-seen-hopes-paragraph-then-numbered-letter-paragraphs-what-will-happen-if-things-go-wrong-meetings",
    "description": (
        "Initial conference plan for a 7-month-old whose weight has fallen, written as the social "
        "worker's letter to the mother, who has severe anxiety; the father smokes cannabis and the "
        "family plan to move to another authority. The outcomes are one paragraph, 'What we all hope "
        "for', whose last sentence is only about the mother. Actions are numbered letter paragraphs "
        "('I will ...', 'Your mum ...'). Faults: the perinatal team only supports, the drug service "
        "assesses 'as soon as possible', the aunt's baby group run is something the SW will 'keep an "
        "eye on', the parent-infant referral waits for the transfer with nothing to show for it, the "
        "father's promise has no "
        "timescale or measure, 'everyone in your family network' owns reporting worries; the plan "
        "leans on the grandmother and aunt but the contingency has no fallback if they cannot help."
    ),
    "text": """\
Zyllowbank Council
Children's Social Care - Harbourside Safeguarding Team
Civic Offices, Marine Parade, Zyllowbank ZY1 2AA

Ms Kirsty Quennell
Flat 6, Gull House
Anchor Street
Zyllowbank ZY3 5PF

15 October 2025

Dear Kirsty,

Freya's child protection plan

Thank you for coming to Freya's initial child protection conference on 13/10/2025 with Dale. I know it was a hard morning. As I promised, this letter sets out Freya's plan in plain words. The chair, Mrs Angela Forde, will send you the full minutes as well.

Why Freya has a plan

Freya is 7 months old. Since she was born you have had severe anxiety and panic attacks, and you told the conference that on bad days you cannot pick her up because your hands shake. Dale smokes cannabis most days, sometimes in the flat with Freya there. On 29/09/2025 the police were called when you and Dale argued on the landing while Freya was alone in the flat. Freya's weight has dropped from the 50th to the 9th centile. You and Dale have told me you want to move to Castlebrook in December, where Dale's brother has found you a house.

What I have seen of Freya

When I visit, Freya watches your face and smiles when you sing to her. She is slow to settle and cries when she is put down in her cot, and on 08/10/2025 I saw her wait a long time to be fed while you and Dale looked for her bottle. Your mum tells me Freya sleeps best when she is held.

What we all hope for

By the review conference we want Freya to be gaining weight steadily, to be fed on time day and night, and to sleep safely on her back in her own cot. We want her to be cared for by adults who are sober and who notice when she needs them. We also want you to feel less anxious and to get back to your job at the library.

What will happen

1. I (Rhian Moss, Freya's social worker) will visit you and Freya at home every Wednesday from 22/10/2025, with one visit a month unannounced, and I will write down on Freya's file how she is and what I see.

2. Hannah Pike, your health visitor, will weigh Freya at Zyllowbank Harbour clinic every other Monday from 20/10/2025 and email me her weight chart the same day.

3. Dr Ruth Okonedo's perinatal mental health team will keep seeing you every fortnight to support you with your anxiety, and will send me the dates you attend.

4. Zyllowbank Drug and Alcohol Service will assess Dale's cannabis use as soon as possible and send me a copy of the assessment report.

5. Your mum, Pauline Quennell, will stay over every Friday and Saturday night to help with Freya's night feeds, and will write each feed on the feed chart for me to see.

6. Your sister Lorraine will take Freya to the Tuesday baby group at Harbourside Children's Centre every week, and I will keep an eye on how Freya is getting on.

7. I will put your referral to the Zyllowbank Parent-Infant Partnership on hold until your case has transferred to Castlebrook Council in December.

8. Dale will stop smoking cannabis in the flat and in the car when Freya is with him.

9. Everyone in your family network will ring me the same day if they are worried about Freya, and I will log every call on her file.

10. Dr Amit Patel, your GP, will review your medication by 31/10/2025 and write to me and the perinatal team about how it may affect your care of Freya.

11. I will complete a parenting assessment with you and Dale by 28/11/2025 and share the report with you and the core group before the review conference.

If things go wrong

If you tell anyone you are having thoughts of harming yourself or Freya, if Freya is left alone in the flat again, or if Dale is caring for her after smoking cannabis, I will hold a strategy discussion with the police the same day and Freya will go to stay with your mum at 12 Ferry Walk until it is safe for her to come home.

If by the review conference Freya has not gained weight, or Dale's tests show he is still using cannabis every day, I will ask my manager, Neil Oduya, for a legal planning meeting within 5 working days.

Meetings

The core group will meet every three weeks at Harbourside Children's Centre: on 24/10/2025, 14/11/2025 and 05/12/2025. The review conference is on 12/01/2026 at 10am at the Civic Offices. If you move before then, Castlebrook will hold a transfer-in conference and I will carry on visiting Freya until it has taken place.

Please ring me on 01632 960 418 if anything in this letter is not clear.

Yours sincerely,

Rhian Moss
Social Worker, Harbourside Safeguarding Team
""",
    "findings": [
        F("F002", "We also want you to feel less anxious and to get back to your job at the library."),
        F("H001", "Dr Ruth Okonedo's perinatal mental health team will keep seeing you"),
        F("T002", "Zyllowbank Drug and Alcohol Service will assess Dale's cannabis use"),
        F("M002", "Your sister Lorraine will take Freya to the Tuesday baby group"),
        F("X001", "I will put your referral to the Zyllowbank Parent-Infant Partnership on hold"),
        F("M001", "I will put your referral to the Zyllowbank Parent-Infant Partnership on hold"),
        F("T001", "Dale will stop smoking cannabis in the flat and in the car"),
        F("M001", "Dale will stop smoking cannabis in the flat and in the car"),
        F("W002", "Everyone in your family network will ring me the same day"),
        F("C003"),
    ],
})
