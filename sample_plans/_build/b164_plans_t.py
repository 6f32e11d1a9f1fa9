"""Batch 164, module t: seven fictional plans (tuning material), places beginning with "t".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Any likeness to real people or cases is a
coincidence. Labels were written by hand from docs/rules.md and the
labelling conventions in sample_plans/README.md, without running planlint or
reading its code.

Focus: layouts that hide the actions - grids, boards, questions and forms.
No plan keeps its actions in a plain "Action | Who | When" table or a plain
list; each is a house style or a practitioner's own document:

1. an initial conference plan for a 7-year-old and a 3-year-old (neglect;
   mother's depression, her partner's drinking) whose plan is a landscape
   Word grid with one ROW PER PERSON OR SERVICE and one COLUMN PER PERIOD
   ("Weeks 1-4", "Weeks 5-8", "Weeks 9-12, by the review"), one piece of
   work per box, "-" where there is none (docx, faulty): the mental health
   care co-ordinator only supports the mother and measures it by her saying
   her mood is improving (H001, M002), the father's group is "when he feels
   ready" (T002), the "Family network" row owns the school runs (W002), the
   family support worker's sessions have no check (M001), and nothing anywhere
   says what legal planning follows if nothing changes (R002);
2. a "plan on a page" for a 4-month-old baby (mother's severe postnatal
   depression, father's cocaine use) laid out as a board of cards in lanes:
   "Keep doing", "This week", "This month", "Before the review", with a
   "Done" lane, the owner named inside each card's words (md, exemplary);
3. a first review conference plan for a 14-year-old and a 10-year-old
   (domestic abuse, mother's drinking and anxiety) written as question
   blocks: "What needs to happen? / Who will do it? / By when? / How will we
   know it has worked?" with each answer beneath its question, printed to
   PDF with a page header and footer (pdf, faulty): an "All agencies"
   answer (W002), the IDVA's support "Ongoing" (T002), Talking Therapies
   treating the mother's anxiety with no view on change (H001), the school's
   mentoring "Monitored by school" (M002), a group place with no answer to
   "How will we know" (M001), a contingency that only says the core group
   will review if things get worse (C002), and the next review conference
   "date to be confirmed" (R001);
4. a pre-birth plan (mother with a personality disorder diagnosis who
   self-harms, father with a history of violence to a former partner) in a
   council's Word template that gives every action its own two-column form
   (field and value), with tick boxes for how often and which outcome it
   serves, grouped under three stages (docx, exemplary);
5. a Signs of Safety plan for a 9-year-old and a 6-year-old whose mother
   is on methadone after a heroin relapse and is about to move to another
   council's area: danger statements, safety goals, scaling, then numbered
   next steps with Who / By when / How we'll know lines (txt, faulty): one
   safety goal is only about the mother (F002), a young carers referral has
   "Who: -" (W001), the parenting assessment is put on hold and handed to the
   new council (X001), the family support sessions are measured by "Jodie's
   engagement" (M002), the learning mentor sees Kayden "as and when" (T002),
   and the grandparents carry three next steps with no word in the
   contingency on what happens if they cannot (C003);
6. a plan for a 10-year-old young carer whose father has schizophrenia,
   printed to PDF as one landscape table whose last column, "What this means
   for me", puts each grown-up's job in the girl's own words beside the
   adults' What / Who / When / How we'll know (pdf, exemplary);
7. a social worker's letter to a mother after the initial conference for
   her 10-month-old son (unexplained bruising, father's temper, mother's
   anxiety), one sentence per paragraph under "What I will do", "What you
   will do", "What Ryan will do", "What June will do" and "What other
   people will do" (md, faulty): the parenting course "as soon as a place
   comes up" (T002), the grandmother's supervision of contact with no check
   (M001), the perinatal team's support sessions with no view on change
   (H001), a nursery place that "will be found" by nobody (W001), and a
   contingency with nothing on the grandmother being unable to supervise
   (C003).

Plans 2, 4 and 6 are exemplary: every live action has a named owner, a real
timescale and something that can be seen or counted; outcomes are about the
children; the contingency names triggers and protective responses and a
fallback where relatives help; each records the children's voice or a
baby's observed days, core group dates and a dated review conference, and
legal planning after named triggers; adult services own work where a parent
is ill or uses drugs, and each mental health service is asked for its view of
the parent's capacity to change and how long it will take.

How actions were counted ("actions", README convention 1 and the later
conventions on grids, boards and forms):
- plan 1: each box of the grid with a piece of work in it is one action
  (its owner the row's person, its time the column's period unless the box
  gives its own); "-" boxes are not counted: 19;
- plan 2: each card in the Keep doing, This week, This month and Before the
  review lanes is one action; the card in the Done lane is a closed one-off
  and is not counted: 16;
- plan 3: each question block is one action (its four answers are one
  action's what, who, when and measure): 13;
- plan 4: each form ("Action n of 16") is one action: 16;
- plan 5: each numbered next step, with its Who / By when / How we'll know
  lines, is one action; danger statements, safety goals, scaling and the
  contingency are not: 15;
- plan 6: each row of the table is one grown-up's action; the "What this
  means for me" column is the girl's own version of that row, not another
  action, and her words elsewhere are her views: 14;
- plan 7: each one-sentence paragraph under the "What will happen" headings
  is one action ("I" is the social worker who signs, "you" is Chloe); the
  letter's other paragraphs are not actions: 14.

Expected findings in all: 24 (plan 1: 6, plan 3: 7, plan 5: 6, plan 7: 5).
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. Initial conference plan, neglect, mother's depression, partner's
#    drinking. Landscape grid: people down the side, periods across the
#    top, one piece of work per box. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b164_tissingford_icpc_person_by_period_grid_pilkington.docx",
    "doc_title": "Child Protection Plan - Maisie Pilkington and Alfie Walsh",
    "split": "tune",
    "actions": 19,
    "landscape": True,
    "font_size": 9.5,
    "template": "icpc-plan-docx-landscape-details-kv-worries-going-well-childrens-words-outcomes-then-person-by-period-grid-one-row-per-person-or-service-columns-weeks-1-4-weeks-5-8-weeks-9-12-by-review-one-job-per-box-check-line-dash-for-none-then-if-things-go-wrong-meetings",
    "description": (
        "Initial conference plan for a 7-year-old and a 3-year-old (neglect) whose mother has "
        "depression and whose mother's partner drinks heavily at weekends. The plan is a landscape "
        "Word grid: one row per person or service, one column per period (weeks 1-4, weeks 5-8, "
        "weeks 9-12 by the review), each box one piece of work with a 'Check:' line, '-' where "
        "there is none. Most boxes are sound and the mental health team's last box asks for a "
        "report on capacity to change. Faults: the care co-ordinator's first box only supports the "
        "mother, checked by her saying her mood is improving; the father's group is 'when he feels "
        "ready'; a 'Family network' row owns the school runs; the family support worker's sessions "
        "have no check; and no legal planning follows anywhere if things do not change."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Tissingford Borough Council · Children's Services · Safeguarding and Family Support (North)"),
        ("kv", [
            ("Children", "Maisie Pilkington, 7 (DOB 14/05/2018), Year 3, St Peter's C of E Primary; "
                         "Alfie Walsh, 3 (DOB 22/09/2022), Little Acorns Nursery"),
            ("Address", "27 Linnet Way, Tissingford TS7 4LW"),
            ("Mother", "Kerry Pilkington (31)"),
            ("Kerry's partner", "Dean Walsh (34), Alfie's father, lives at Linnet Way"),
            ("Maisie's father", "Craig Hume, lives in Portugal; no contact since 2020"),
            ("Maternal grandmother", "Sandra Pilkington (58), 3 Heron Close, Tissingford (ten minutes' walk)"),
            ("Maternal uncle", "Gary Pilkington (35), 9 Mill Street, Tissingford"),
            ("Category", "Neglect (both children)"),
            ("Conference", "Initial child protection conference, Thursday 11/12/2025. Chair: Helen Brookes (IRO)"),
            ("Social worker", "Nadia Rahman (team manager: Stuart Kemp)"),
        ]),
        ("h1", "Why we are worried"),
        ("p", "St Peter's first raised concerns in October: Maisie's attendance had fallen to 83%, she was "
              "often late, hungry and in the same uniform all week, and she had untreated head lice for a "
              "month. Alfie missed his two-year review in October and two rearranged appointments. When Nadia "
              "visited on 25/11/2025 at 2pm Kerry was in bed, there was no food in the fridge except a bottle "
              "of ketchup, the kitchen floor was covered in dog mess and Alfie was in a nappy that had not been "
              "changed since the morning."),
        ("p", "Kerry has had depression since 2019 and took an overdose in 2024. She has a care co-ordinator "
              "at the Tissingford Community Mental Health Team. She stopped her sertraline in October without "
              "telling anyone and restarted it on 01/12/2025. Dean works weekdays on a building site and "
              "drinks up to twelve cans a night from Friday to Sunday. On Saturday 15/11/2025 neighbours rang "
              "the police about shouting; Dean was drunk, Kerry was crying, and it was Maisie who opened the "
              "door to the officers at 11pm."),
        ("h1", "What is going well"),
        ("bullets", [
            "Kerry and Dean love Maisie and Alfie, came to the conference and agreed with most of the worries.",
            "Kerry restarted her sertraline on 01/12/2025 and has seen her care co-ordinator twice since.",
            "Dean has agreed to an alcohol assessment and says he wants to be \"a proper dad to both of them\".",
            "Sandra lives close by, has the children most Sundays and has offered to help with the school run.",
            "Maisie is a strong reader and her teacher says she is kind to the younger children.",
        ]),
        ("h1", "What Maisie and Alfie have told and shown us"),
        ("p", "Maisie (seen on her own at school by Nadia, 02/12/2025): \"Mum stays in bed a lot. I make "
              "Alfie's breakfast, it's cereal, but with no milk if there's no milk.\" About Dean: \"When he has "
              "his cans he's loud. He's funny sometimes but not when he's shouting.\" In her house of worries "
              "she drew \"shouting on Saturday\" and \"no clean socks\". In her house of dreams she drew her mum "
              "at the school gate \"like the other mums\" and a sleepover at Nana's."),
        ("p", "Alfie (seen by Beth, health visitor, 28/11/2025, and by Nadia): Alfie says a few single words "
              "and points for what he wants. He brought Nadia his empty beaker and said \"juice\". At his "
              "nursery taster session on 04/12/2025 he ate two lunches and cried when his nappy was changed."),
        ("h1", "What must be different for Maisie and Alfie"),
        ("numbers", [
            "Maisie and Alfie are looked after every day and night by an adult who is sober and up and about, "
            "and are never left to look after themselves.",
            "Maisie gets to school on time, fed and in clean clothes every day (95% attendance or more by the "
            "review conference).",
            "Alfie goes to all his nursery sessions and his speech and development are checked and helped.",
            "The children live in a clean, warm home with food in the cupboards, and Maisie no longer makes "
            "Alfie's breakfast.",
            "Maisie can tell a safe adult when she is worried, and says she feels listened to.",
        ]),
        ("h1", "The plan: who does what, and when"),
        ("p", "Read along a row to see everything one person has agreed to do; read down a column to see what "
              "happens in that period. Each box is one piece of work, to be done in that column's period "
              "unless the box gives its own time. \"-\" means nothing new for that person in that period. "
              "\"Check:\" says what will show the work has been done."),
        ("table", {
            "header": ["Who", "Weeks 1-4\n12/12/2025 to 08/01/2026", "Weeks 5-8\n09/01/2026 to 05/02/2026",
                       "Weeks 9-12\nby the review conference on 05/03/2026"],
            "widths": [3.7, 7.3, 7.4, 7.3],
            "bold_first_col": True,
            "rows": [
                ["Nadia Rahman\nSocial worker",
                 "Visit Maisie and Alfie at home every week until the review, one visit in three unannounced "
                 "and one a fortnight after 6pm on a Friday or Saturday; see Maisie on her own each time.\n"
                 "Check: visit records show both children seen, where they slept, what food was in and what "
                 "Maisie said.",
                 "Complete the child and family assessment, with Maisie's and Alfie's days, Dean's drinking "
                 "and what Sandra and Gary can offer, and go through it with Kerry and Dean.\n"
                 "Check: assessment on file and read with Kerry and Dean by 05/02/2026.",
                 "Hold a family network meeting with Kerry, Dean, Sandra and Gary to agree who has the "
                 "children if Kerry or Dean cannot care for them safely.\n"
                 "Check: written network plan naming two back-up adults, given to the core group by "
                 "19/02/2026."],
                ["Beth Kinsella\nHealth visitor, 0-19 Service",
                 "Home visit to weigh and measure Alfie and do the two-year review (ASQ-3) he missed in "
                 "October.\n"
                 "Check: weight, height and ASQ-3 scores in the red book and sent to Nadia by 08/01/2026.",
                 "-",
                 "Repeat the communication part of Alfie's ASQ-3 and refer him to speech and language therapy "
                 "if he is still below the cut-off.\n"
                 "Check: second score on file; referral letter copied to Nadia if one is made."],
                ["Joanne Hale\nDSL, St Peter's Primary",
                 "Meet Maisie at the gate at 8.45 every school day until the review, note whether she has eaten and the state "
                 "of her uniform, give her breakfast club if she has not eaten, and ring Nadia by 10am if she "
                 "is absent.\n"
                 "Check: attendance and gate notes to Nadia every Friday; 95% or more by the review.",
                 "Six weekly sessions for Maisie with the learning mentor, Mr Osei, using her worry box.\n"
                 "Check: Maisie's worry box sheets and Mr Osei's notes shared with Nadia after each session.",
                 "-"],
                ["Rachel Dunn\nManager, Little Acorns Nursery",
                 "Start Alfie on 15 hours a week from 05/01/2026 (Monday to Wednesday, 8.30 to 1.30) and log his "
                 "arrival time at every session until the review, whether he has eaten, and the state of his nappy and clothes.\n"
                 "Check: arrival log to Nadia every Friday, with Alfie at 90% or more of his sessions.",
                 "-",
                 "-"],
                ["Paul Ferris\nCare co-ordinator (CPN), Tissingford Community Mental Health Team",
                 "Carry on fortnightly visits to Kerry to support her with her low mood and make sure she "
                 "keeps taking her sertraline.\n"
                 "Check: Kerry says her mood is improving.",
                 "-",
                 "Write a report for the review conference on whether Kerry's mood is stable enough for her "
                 "to get up, feed the children and get them to school every day, whether she is making the "
                 "changes they need, and how long that is likely to take.\n"
                 "Check: report with Nadia by 26/02/2026 and read with Kerry before the conference."],
                ["Sinead Moran\nRecovery worker, Tissingford Recovery Hub (alcohol)",
                 "Complete a full alcohol assessment with Dean, including how much he drinks at weekends and "
                 "what the children see and hear when he has been drinking.\n"
                 "Check: written assessment with Nadia by 08/01/2026.",
                 "Key-work with Dean every week, with a breath test at each session, and report to each core "
                 "group on whether his drinking is changing.\n"
                 "Check: attendance and breath test readings to Nadia every Friday; written update before each "
                 "core group.",
                 "-"],
                ["Dr Anil Mehta\nGP, Riverside Surgery",
                 "See Kerry to review her sertraline now she has restarted it, and send Nadia a summary of "
                 "Kerry's and Dean's health histories.\n"
                 "Check: GP letter with Nadia by 08/01/2026.",
                 "-",
                 "-"],
                ["Tasha Reid\nFamily support worker, Tissingford Early Help",
                 "-",
                 "Six sessions at home with Kerry and Dean on routines: getting up, meals, bath and bedtime, "
                 "and getting Maisie ready for school.",
                 "-"],
                ["Kerry (Mum)",
                 "From now until the review, be up and dressed by 8am on school and nursery days, give the children breakfast, and get "
                 "Maisie to school by 8.50 and Alfie to nursery on his days.\n"
                 "Check: the school's gate notes and the nursery's arrival log show both children on time and "
                 "fed.",
                 "Go to the eight-week Family Foundations group at Tissingford Family Hub (Tuesdays from "
                 "13/01/2026).\n"
                 "Check: the group register shows at least six of the eight sessions; the group leader's end "
                 "report to Nadia.",
                 "-"],
                ["Dean (Alfie's dad)",
                 "From now until the review, drink no alcohol in the house or while either child is in his "
                 "care, and go to every Recovery Hub appointment.\n"
                 "Check: breath tests at zero at every session and at Nadia's unannounced visits.",
                 "Join the Tissingford Dads' Group at the Family Hub when he feels ready.\n"
                 "Check: the group register shows Dean at each session.",
                 "-"],
                ["Family network",
                 "Take Maisie to school on Mondays and Thursdays and have both children for tea every "
                 "Saturday until the review.\n"
                 "Check: who did each school run and each Saturday written on the kitchen calendar, seen by "
                 "Nadia at her visits.",
                 "-",
                 "-"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Dean has been drinking while either child is in his care (a breath test over zero, or a call "
              "from the police, the school, the nursery or a neighbour), if Kerry is in bed and the children "
              "have not been fed or taken to school, or if either child is left on their own: Maisie and Alfie "
              "will go to Sandra's at 3 Heron Close that day, and Nadia will hold a strategy discussion with "
              "the police the same day."),
        ("p", "If Sandra cannot have them (she is ill or away), Gary will have them at 9 Mill Street. If neither "
              "of them can, Nadia will arrange for Maisie and Alfie to go together to Tissingford foster carers "
              "the same day."),
        ("p", "If the school runs and Saturday teas stop because Sandra and Gary cannot keep them up, Kerry will "
              "tell Nadia that week, St Peter's will give Maisie a breakfast club place every day from 8am, and "
              "Tasha will walk Maisie to school on the mornings that are not covered until the core group "
              "agrees who else can help."),
        ("p", "If Kerry talks about harming herself, or stops her sertraline again, whoever hears it will ring "
              "Paul, or the Tissingford Crisis Team out of hours, the same day, and the children will stay at "
              "Sandra's until Kerry has been seen."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks at St Peter's Primary, 3.30pm: 23/12/2025, 20/01/2026 and 17/02/2026.",
            "Review child protection conference: Thursday 05/03/2026, 10am, Tissingford Civic Centre.",
            "Nadia will bring Maisie's words and drawings, and Alfie's nursery log, to every core group.",
        ]),
        ("p", "Plan agreed at the initial conference on 11/12/2025. Copies to Kerry, Dean, Sandra and everyone "
              "named in the grid."),
    ],
    "findings": [
        F("H001", "fortnightly visits to Kerry to support her with her low mood"),
        F("M002", "fortnightly visits to Kerry to support her with her low mood"),
        F("T002", "Dads' Group at the Family Hub when he feels ready"),
        F("W002", "Take Maisie to school on Mondays and Thursdays and have both"),
        F("M001", "Six sessions at home with Kerry and Dean on routines"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 2. Plan on a page for a 4-month-old baby: mother's severe postnatal
#    depression with intrusive thoughts, father's weekend cocaine use,
#    grandmother covering mornings. A board of cards in lanes (Keep doing /
#    This week / This month / Before the review / Done), the owner named in
#    each card's words. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b164_thrushcombe_plan_on_a_page_card_board_lanes_pennock.md",
    "split": "tune",
    "actions": 16,
    "template": "icpc-plan-on-a-page-md-details-table-worries-going-well-ezras-day-outcomes-then-card-board-lanes-keep-doing-this-week-this-month-before-review-done-lane-owner-inside-card-words-well-know-line-then-if-things-go-wrong-fallback-legal-meetings",
    "description": (
        "Exemplary initial conference plan for a 4-month-old boy whose mother has severe postnatal "
        "depression with frightening intrusive thoughts and whose father uses cocaine at weekends; "
        "the maternal grandmother covers the mornings. The actions are a 'plan on a page' board of "
        "cards in lanes (Keep doing every week, This week, This month, Before the review), each card "
        "naming its owner in its own words with a 'We'll know' line; a Done lane holds one closed "
        "referral (not counted). The perinatal nurse and psychiatrist report on the mother's "
        "capacity to change, the drug service and GP own cards, the grandmother's mornings have a "
        "fallback, legal planning follows named triggers, core group and review dates are set, and "
        "the baby's day is described."
    ),
    "text": """\
# Ezra's plan on a page

**Thrushcombe City Council - Children's Social Care - Child Protection Plan**
Agreed at the initial child protection conference on Thursday 8 January 2026. Chair: Rebecca Lowe (IRO).
This is the whole plan. The cards move along the board at each core group; a finished one-off card moves to
"Done".

| | |
|---|---|
| **Baby** | Ezra Pennock, born 2 September 2025 (4 months) |
| **Lives at** | 12 Orchard Rise, Thrushcombe TC2 8NF |
| **Mum** | Holly Pennock (26) |
| **Dad** | Josh Abbott (29), lives with Holly and Ezra |
| **Nana** | Denise Pennock (52), Holly's mum, 4 Cedar Walk (two streets away) |
| **Auntie** | Gemma Pennock (30), Holly's sister, Thrushcombe |
| **Category** | Neglect |
| **Social worker** | Priya Nandra (team manager: Andrew Fell) |

## Why Ezra has a plan

Holly has severe postnatal depression and has been under the Thrushcombe Perinatal Mental Health Team since
October. On 12 December 2025 she rang 111 at 4am to say she had thoughts of shaking Ezra to make him stop
crying and was frightened she might do it; she has never acted on the thoughts. Over the following days the
health visitor found that Ezra was being left in his cot for long spells in the mornings and had dropped from
the 50th to the 25th centile. On 20 December, after a night out, Josh was found by Denise asleep on the sofa
with Ezra on his chest; Josh told the conference he had used cocaine that night and uses it most weekends.

## What is going well

- Holly asked for help herself on 12 December, and she takes her mirtazapine every night.
- Josh was honest with the conference about his cocaine use and went to his first Compass Point appointment on
  23 December.
- Denise has come every weekday morning since 15 December and Ezra's weight has started to rise again.
- Holly and Josh both love Ezra and want to learn to read his cues.

## Ezra's day (what we have seen)

Ezra wakes at about 6am. On mornings when Denise is there he is changed, fed and on his play mat by 7.30, and he
kicks and coos at the mobile. On 5 January Priya watched Holly feed him at 11am: she held him close and talked to
him, and he fed well and fell asleep on her shoulder. Emma saw him on 22 December, before Denise started coming
every day: he was in his cot at 10.30am in a wet sleepsuit, had not been fed since 5am and cried until he was
sick. Ezra smiles at Josh and calms when Josh sings to him. He startles at loud noises and cries hard when the
television is loud.

## What we want for Ezra

1. Ezra is fed, changed and comforted by an adult who is well, awake and sober, every day and every night.
2. Ezra gains weight steadily and is back on the 50th centile by the review conference.
3. Ezra always sleeps on his back in his own cot, never on a sofa or in an adult's bed.
4. Ezra's mum and dad learn to read his cues, and he is picked up and soothed when he cries.

## The board

### KEEP DOING - every week until the review conference (19 March 2026)

- **Card K1.** Priya Nandra (social worker) sees Ezra at home every week, one visit in three unannounced and one
  a month at the weekend, and sees him awake and undressed each time.
  *We'll know:* Priya's visit records say where Ezra slept, when he was last fed, and how Holly and Josh
  responded to him.
- **Card K2.** Emma Clough (health visitor) weighs Ezra at home every week until he is back on the 50th
  centile, then every two weeks, and looks at where he sleeps.
  *We'll know:* each weight in the red book and emailed to Priya the same day; his cot seen and recorded at
  every visit.
- **Card K3.** Lorna Beckett (perinatal mental health nurse) sees Holly at home every Tuesday, checks her
  medication and her thoughts about Ezra, and before each core group writes to Priya on whether Holly is
  making the changes Ezra needs and how long that is likely to take.
  *We'll know:* Lorna's written update is on Ezra's file before every core group.
- **Card K4.** Holly takes her mirtazapine every night, and tells Lorna, Denise or the perinatal crisis line the
  same day if the frightening thoughts come back.
  *We'll know:* Lorna's medication check each Tuesday; any call logged by Lorna and passed to Priya the same
  day.
- **Card K5.** Josh uses no cocaine or other drugs, drinks nothing while he is looking after Ezra, and never
  sleeps with Ezra on the sofa or in the bed.
  *We'll know:* weekly urine screens at Compass Point are clear; Ezra is in his cot at every visit.
- **Card K6.** Denise comes to Orchard Rise from 7am to 10am Monday to Friday, so that Holly is not on her own
  with Ezra in the mornings, when her thoughts are worst.
  *We'll know:* Denise signs the morning sheet on the fridge, checked by Priya and Emma at their visits.
- **Card K7.** Marcus Idowu (recovery worker, Compass Point drug and alcohol service) sees Josh every Thursday
  with a urine screen, and reports to each core group on whether Josh has stopped using cocaine and how likely
  he is to stay stopped.
  *We'll know:* screen results to Priya every Friday; Marcus's written report before each core group.

### THIS WEEK - by Friday 16 January 2026

- **Card W1.** Priya writes the family safety plan with Holly, Josh and Denise: who is with Ezra in the
  mornings, what Holly does if the thoughts come, and who Josh hands Ezra to after a night out.
  *We'll know:* the safety plan signed by all three and copied to the core group by 16 January.
- **Card W2.** Dr Farah Qureshi (GP, Thrushcombe Health Centre) sees Holly to review her mirtazapine, and sends
  Priya Holly's and Josh's health histories.
  *We'll know:* the GP's letter on Ezra's file by 16 January.
- **Card W3.** Emma goes through safer sleep with Holly and Josh at home and watches them put Ezra down on his
  back in his cot.
  *We'll know:* the talk and Ezra's sleeping place written in Emma's notes, copied to Priya by 16 January.

### THIS MONTH - by Friday 6 February 2026

- **Card M1.** Dr Helen Ashworth (consultant perinatal psychiatrist) reviews Holly's treatment and assesses
  whether Holly can keep Ezra safe and make the changes he needs, and the likely timescale.
  *We'll know:* Dr Ashworth's assessment letter with Priya and Lorna by 6 February, read at the core group on
  11 February.
- **Card M2.** Marcus arranges a hair strand test for Josh covering the last three months.
  *We'll know:* the result with Priya by 6 February.
- **Card M3.** Holly and Josh go to the six "Baby and Me" video interaction sessions with Sian Morgan at
  Thrushcombe Family Hub (Wednesdays, 21 January to 25 February).
  *We'll know:* the session register, and Sian's notes on how Holly and Josh read Ezra's cues, sent to Priya
  after each session.

### BEFORE THE REVIEW - by Thursday 12 March 2026

- **Card R1.** Priya completes the child and family assessment, with Ezra's day, Holly's and Josh's views and
  what Denise and Gemma can offer.
  *We'll know:* the assessment read with Holly and Josh and sent to the chair by 12 March.
- **Card R2.** Priya holds a family network meeting with Holly, Josh, Denise and Gemma to agree who covers
  Denise's mornings if she is ill or away.
  *We'll know:* a written network plan naming Gemma and one other back-up adult, given to the core group.
- **Card R3.** Lorna and Dr Ashworth write a joint report for the review conference on Holly's progress, what
  still has to change and how long it is likely to take.
  *We'll know:* the report with Priya by 12 March and read with Holly before the conference.

### DONE

- ~~Card D1. Priya refers Josh to Compass Point.~~ Done 19 December 2025; Josh seen on 23 December.

## If things go wrong

- **If Holly's frightening thoughts come back and she feels she might act on them, or she stops her
  mirtazapine:** Holly is not left alone with Ezra. Denise comes to the house, or Holly takes Ezra to Cedar
  Walk, the same day; Lorna arranges a same-day assessment by the perinatal team (the crisis line out of hours).
- **If Josh uses cocaine or drinks while caring for Ezra, or is found asleep with him on a sofa or bed:** Josh
  leaves the house that day and stays with his brother at 31 Mill Lane, and Priya holds a strategy discussion
  with the police the same day.
- **If Denise cannot do the mornings** (she is ill, away, or it becomes too much for her): Gemma covers them. If
  neither of them can, Priya arranges a place for Holly and Ezra together at Thrushcombe Parent and Baby House,
  or, if no place is free, a foster placement for Ezra the same day.
- **Legal planning:** if Holly acts on her thoughts or Ezra is hurt, if Josh has a positive screen or hair strand
  result after 8 January, or if Ezra's weight falls below the 9th centile, Priya asks Andrew Fell for a legal
  planning meeting within five working days to decide whether to start the Public Law Outline.

## Meetings

- Core group every three weeks at Thrushcombe Family Hub, 1.30pm: 21 January, 11 February and 4 March 2026.
- Review child protection conference: Thursday 19 March 2026, 10am, Thrushcombe Civic Centre.
- Priya brings Ezra's weights and what she has seen of his day to every core group.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. First review conference plan, domestic abuse, mother's drinking and
#    anxiety, a 14-year-old and a 10-year-old. The plan is written as
#    question blocks: four questions per action, each answer beneath its
#    question. Printed to PDF with a page header and footer. Faulty (pdf)
# ---------------------------------------------------------------------------
def _qa(no, title, what, who, when, know):
    return [
        ("h3", f"{no}. {title}"),
        ("boldp", "What needs to happen?"), ("pi", what),
        ("boldp", "Who will do it?"), ("pi", who),
        ("boldp", "By when?"), ("pi", when),
        ("boldp", "How will we know it has worked?"), ("pi", know),
    ]


_TREVELBY_QA = (
    _qa(1, "Seeing Jayden and Lily",
        "See Jayden and Lily on their own, at home and at school, and ask them about home, Mum's drinking and "
        "whether they have seen or heard from Wayne.",
        "Ffion Hughes, social worker",
        "Every two weeks until the next review conference, one visit in three unannounced.",
        "Ffion's visit records hold each child's own words and the safety score they give out of 10.")
    + _qa(2, "Claire's drinking: treatment and a view on change",
          "Key-work with Claire every week, with a breath test at each session, and a written report before each "
          "core group on whether her drinking is changing and what that means for Jayden and Lily.",
          "Mark Ellison, recovery worker, Trevelby Alcohol Service (TAS)",
          "Every Monday from 09/02/2026; report two working days before each core group.",
          "Attendance, breath test readings and Mark's report on the children's file before every core group.")
    + _qa(3, "Claire's part",
          "Drink no alcohol while Jayden and Lily are in her care, and go to every TAS session.",
          "Claire Gallagher (Mum)",
          "Every day from 04/02/2026.",
          "Breath tests at zero at TAS and at Ffion's visits; Jayden and Lily tell Ffion that Mum has not been "
          "drinking.")
    + _qa(4, "Claire's anxiety",
          "Twelve weekly sessions of cognitive behavioural therapy for Claire's anxiety and panic attacks.",
          "Dawn Pryce, psychological wellbeing practitioner, Trevelby Talking Therapies",
          "Weekly from 12/02/2026.",
          "Claire attends her sessions, confirmed to Ffion by Talking Therapies each month.")
    + _qa(5, "If Wayne makes contact",
          "Tell Ffion and the police the same day if Wayne contacts Claire or the children, or is seen near "
          "the house or the schools.",
          "All agencies",
          "The same day.",
          "Each report logged on the children's chronology and on the police system.")
    + _qa(6, "Police response to the house",
          "Put a priority marker on 14 Fenwick Road, respond to any call there as an emergency, and arrest "
          "Wayne on any breach of the non-molestation order.",
          "PC Sarah Kent, Domestic Abuse Unit, Trevelby Police",
          "Marker in place by 06/02/2026; every call until the order ends on 30/09/2026.",
          "Marker confirmed to Ffion in writing; every call and its outcome shared with Ffion within 24 hours.")
    + _qa(7, "Claire's safety and the court",
          "Support for Claire from the IDVA with her safety plan and the non-molestation order.",
          "Kim Lowther, IDVA, Trevelby Women's Aid",
          "Ongoing.",
          "Claire's safety plan updated and copied to Ffion after each meeting.")
    + _qa(8, "Lily at school",
          "Check Lily in with her key adult at 8.45 every school day, and ring Ffion by 10am if she is absent.",
          "Mrs Anwen Price, DSL, Trevelby Park Primary",
          "Every school day.",
          "Weekly attendance sent to Ffion every Friday; Lily at 95% or more by the next review.")
    + _qa(9, "Jayden at school",
          "Jayden to be offered mentoring and support at school around his anger and his attendance.",
          "Mr Gareth Owens, head of Year 9, Trevelby High School",
          "Weekly from 23/02/2026.",
          "Monitored by school.")
    + _qa(10, "Jayden's group",
          "A place for Jayden on the Safe Space group for young people who have lived with domestic abuse, "
          "eight sessions.",
          "Jess Rowley, children's worker, Trevelby Women's Aid",
          "Thursdays from 26/02/2026 to 16/04/2026.",
          "-")
    + _qa(11, "Lily's worries",
          "Ten play-based sessions for Lily with the school counsellor about her worries at home and at night.",
          "Mrs Lowri Evans, school counsellor, Trevelby Park Primary",
          "Weekly from 10/02/2026 for ten weeks.",
          "Lily's own score of how worried she feels, recorded by Lowri at each session and sent to Ffion "
          "every month.")
    + _qa(12, "Claire's physical health",
          "See Claire about her sleep and her liver function tests, and tell Ffion the results.",
          "Dr Rhodri Bevan, GP, Fenwick Surgery",
          "By 27/02/2026.",
          "Blood test results and the GP's letter with Ffion by 27/02/2026.")
    + _qa(13, "The updated assessment",
          "Complete the updated child and family assessment, including Sean's views and whether Jayden and "
          "Lily could spend more time with him.",
          "Ffion Hughes, social worker",
          "By 31/03/2026.",
          "The assessment read with Claire and Sean and on the children's file by 31/03/2026.")
)

PLANS.append({
    "name": "b164_trevelby_rcpc_question_blocks_answers_beneath_gallagher.pdf",
    "doc_title": "Review Child Protection Plan - Jayden and Lily Gallagher",
    "split": "tune",
    "actions": 13,
    "min_pages": 3,
    "header": "Trevelby Council - Children's Services - Review Child Protection Plan - OFFICIAL-SENSITIVE",
    "footer": "Jayden and Lily Gallagher - plan agreed 04/02/2026 - Page {PAGE} of {NUMPAGES}",
    "template": "rcpc-plan-paged-header-footer-kv-progress-since-icpc-worries-going-well-childrens-views-outcomes-then-numbered-question-blocks-what-needs-to-happen-who-will-do-it-by-when-how-will-we-know-it-has-worked-answers-indented-beneath-then-if-things-get-worse-review",
    "description": (
        "First review conference plan for a 14-year-old boy and a 10-year-old girl who lived with "
        "domestic abuse from their mother's ex-partner (now under a non-molestation order); their "
        "mother drinks and has anxiety. Printed to PDF with a page header and footer. The plan is "
        "thirteen numbered question blocks, each asking 'What needs to happen? / Who will do it? / "
        "By when? / How will we know it has worked?' with the answer beneath each question. Most "
        "blocks are sound and the alcohol service reports on change. Faults: one block is answered "
        "'All agencies'; the IDVA's support is 'Ongoing'; Talking Therapies only treats the "
        "mother's anxiety; the school's mentoring is 'Monitored by school'; the group place has no "
        "answer to how we will know; the contingency only has the core group review if things get "
        "worse; and the next review conference date is to be confirmed."
    ),
    "blocks": [
        ("title", "Review Child Protection Plan"),
        ("kv", [
            ("Children", "Jayden Gallagher, 14 (DOB 03/06/2011), Year 9, Trevelby High School; Lily Gallagher, "
                         "10 (DOB 19/01/2016), Year 5, Trevelby Park Primary"),
            ("Address", "14 Fenwick Road, Trevelby TV3 5HA"),
            ("Mother", "Claire Gallagher (38)"),
            ("Father", "Sean Gallagher (40), lives in Trevelby; sees the children every other weekend"),
            ("Person posing risk", "Wayne Tully (41), Claire's ex-partner; non-molestation order made "
                                   "30/09/2025, in force until 30/09/2026"),
            ("Category", "Emotional abuse (both children)"),
            ("Conference", "First review child protection conference, 04/02/2026. Chair: Martin Rees (IRO). "
                           "Initial conference: 06/11/2025"),
            ("Social worker", "Ffion Hughes (team manager: Gwen Ashley)"),
        ]),
        ("h1", "Progress since the initial conference"),
        ("p", "Wayne has not lived at Fenwick Road since September and there have been no police call-outs "
              "since the order was made. He sent Claire eleven messages on New Year's Eve; she reported them and "
              "he was cautioned. Claire went to four of seven appointments at Trevelby Alcohol Service in "
              "December and January, and two of her four breath tests at Ffion's visits read over zero. Lily's "
              "attendance has gone up to 92%. Jayden has had two fixed-term exclusions for fighting."),
        ("h1", "What we are still worried about"),
        ("bullets", [
            "Claire drinks most evenings, and on at least two evenings since Christmas she was too drunk to "
            "make the children's tea; Jayden cooked for Lily.",
            "Claire has anxiety and panic attacks and says the drink \"takes the edge off\".",
            "Jayden is angry and gets into fights, and he says he would \"sort Wayne out\" if he came back.",
            "Lily wets the bed and is frightened at night when Mum is asleep on the sofa.",
        ]),
        ("h1", "What is going well"),
        ("bullets", [
            "Claire has kept Wayne away from the home and reported every contact from him.",
            "Sean has the children every other weekend and both enjoy their time with him.",
            "Lily likes her key adult at school and goes to her every morning.",
        ]),
        ("h1", "What Jayden and Lily say"),
        ("p", "Jayden (seen alone at school, 28/01/2026): \"It's better without Wayne. But Mum's on the wine "
              "every night and I end up doing everything.\" He gave his safety at home 6 out of 10 and said he "
              "would like to stay at his dad's more."),
        ("p", "Lily (seen alone at home, 29/01/2026): \"I don't like it when Mum falls asleep on the sofa and "
              "I can't wake her up.\" She scored home 5 out of 10, and said what would make it a 10 is \"Mum "
              "not drinking and Wayne never coming back\"."),
        ("h1", "What we want for Jayden and Lily"),
        ("numbers", [
            "Jayden and Lily live free from domestic abuse and never see or hear violence at home.",
            "Jayden and Lily are cared for every evening by a parent who is sober, and Jayden no longer has to "
            "look after Lily.",
            "Jayden and Lily go to school every day (95% or more), and Jayden has no more exclusions.",
            "Lily sleeps through the night and can tell a safe adult when she is worried.",
        ]),
        ("h1", "Our plan: what needs to happen"),
        ("p", "Each part of the plan is set out as the four questions the conference asked, with the answer "
              "under each question."),
    ] + list(_TREVELBY_QA) + [
        ("h1", "If things get worse"),
        ("p", "If things get worse at home, or the plan is not being followed, the core group will meet to "
              "review the plan and consider what else is needed to keep Jayden and Lily safe."),
        ("h1", "Review"),
        ("bullets", [
            "Core group every four weeks at Trevelby Park Primary, 3.45pm: 18/02/2026, 18/03/2026 and "
            "15/04/2026.",
            "Next review child protection conference: date to be confirmed by the Safeguarding Unit.",
            "If at the next review Claire is still drinking while she is caring for Jayden and Lily, or Wayne "
            "has been back in the home, Ffion will ask Gwen Ashley for a legal planning meeting.",
        ]),
        ("p", "Plan agreed at the review conference on 04/02/2026. Copies to Claire, Sean and everyone named "
              "in the plan."),
    ],
    "findings": [
        F("H001", "sessions of cognitive behavioural therapy for Claire's anxiety"),
        F("W002", "Tell Ffion and the police the same day if Wayne contacts"),
        F("T002", "Support for Claire from the IDVA with her safety plan"),
        F("M002", "Jayden to be offered mentoring and support at school"),
        F("M001", "A place for Jayden on the Safe Space group"),
        F("C002"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Pre-birth plan: mother a care leaver with a personality disorder
#    diagnosis who self-harms, father with a conviction for violence to a
#    former partner, former foster carer and paternal grandmother helping.
#    A council Word template giving every action its own two-column form
#    with tick boxes, grouped by stage. Exemplary (docx)
# ---------------------------------------------------------------------------
_TICK_OFTEN = ["Once", "Weekly", "Every two weeks", "Monthly", "Other"]


def _often(ticked, other=""):
    boxes = []
    for label in _TICK_OFTEN:
        mark = "[X]" if label == ticked else "[ ]"
        if label == "Other":
            boxes.append(f"{mark} Other: {other if ticked == 'Other' else '________'}")
        else:
            boxes.append(f"{mark} {label}")
    return "   ".join(boxes)


def _outcomes(*nums):
    return "   ".join(f"[{'X' if n in nums else ' '}] {n}" for n in range(1, 5))


def _form(no, total, what, lead, start, finish, often, know, outcomes):
    return [("table", {
        "widths": [4.4, 12.6],
        "bold_first_col": True,
        "band_fill": "DEEAF6",
        "rows": [
            [f"Action {no} of {total}", H],
            ["What will happen", what],
            ["Lead person", lead],
            ["Start", start],
            ["Complete by", finish],
            ["How often", often],
            ["What will tell us it has worked", know],
            ["For outcome", outcomes],
        ],
    })]


_T = 16
_TOLVERSTONE_BEFORE = (
    _form(1, _T,
          "Visit Keeley and Connor at home, one visit in three unannounced; see each of them on their own at "
          "least once a month, and look at where Isla will sleep.",
          "Kirsty Lane, social worker, Tolverstone Children's Services",
          "14/01/2026", "The review conference on 02/04/2026",
          _often("Weekly"),
          "Visit records show every visit, who was seen on their own, and the state of Isla's room.",
          _outcomes(2, 3))
    + _form(2, _T,
            "Complete the pre-birth assessment with Keeley and Connor, including what Margaret and Linda can offer "
            "and what Keeley's and Connor's histories mean for Isla.",
            "Kirsty Lane, social worker",
            "14/01/2026", "12/02/2026 (36 weeks)",
            _often("Once"),
            "The assessment report read with Keeley and Connor first, then shared with the core group by "
            "12/02/2026.",
            _outcomes(1, 2))
    + _form(3, _T,
            "See Keeley in clinic, review her diagnosis and medication, and write an assessment of whether Keeley "
            "can manage her distress and urges to self-harm while caring for a newborn, what would need to change, "
            "and how long that is likely to take.",
            "Dr Olusegun Adebayo, consultant perinatal psychiatrist, Tolverstone Perinatal Mental Health Service",
            "20/01/2026", "06/02/2026",
            _often("Once"),
            "The written assessment with Kirsty by 06/02/2026 and discussed at the core group on 10/02/2026.",
            _outcomes(2))
    + _form(4, _T,
            "Skills sessions with Keeley on managing distress and using her crisis plan, and a written update before "
            "each core group on whether Keeley is using her skills when she is upset, whether she is making the "
            "changes Isla needs, and how long that is likely to take.",
            "Ruth Kenyon, perinatal mental health nurse, Tolverstone Perinatal Mental Health Service",
            "15/01/2026", "Until Isla is 12 weeks old",
            _often("Weekly"),
            "Ruth's written update on Kirsty's file before every core group.",
            _outcomes(2))
    + _form(5, _T,
            "Go to every antenatal and perinatal appointment, keep her crisis plan on the fridge, and ring Ruth (or "
            "the perinatal crisis line out of hours) the same day if she has urges to self-harm.",
            "Keeley Ashby (Mum)",
            "13/01/2026", "Until Isla is 12 weeks old",
            _often("Weekly"),
            "Ruth's and Jenny's records show every appointment kept; any call logged by Ruth and passed to Kirsty "
            "the same day.",
            _outcomes(2))
    + _form(6, _T,
            "Antenatal care at the hospital clinic, and a safeguarding alert with this plan attached on Keeley's "
            "maternity record.",
            "Jenny Cartwright, specialist safeguarding midwife, Tolverstone Maternity Unit",
            "13/01/2026 (alert by 20/01/2026)", "Isla's birth",
            _often("Other", "every two weeks until 36 weeks, then weekly"),
            "The alert confirmed to Kirsty by email by 20/01/2026; Jenny's clinic notes shared at each core group.",
            _outcomes(1))
    + _form(7, _T,
            "Go to all 24 sessions of the Changing Course programme at Tolverstone Domestic Abuse Service, on "
            "Tuesday evenings.",
            "Connor Briggs (Dad)",
            "03/02/2026", "14/07/2026",
            _often("Weekly"),
            "The programme register shows every session kept, and Imran's report (action 8) says what has changed.",
            _outcomes(3))
    + _form(8, _T,
            "Assess Connor for the Changing Course programme, and write a progress report at session 8 on what he "
            "has learned, whether his behaviour at home has changed and the risk he poses to Keeley and Isla.",
            "Imran Shah, programme facilitator, Tolverstone Domestic Abuse Service",
            "20/01/2026 (assessment by 30/01/2026)", "Progress report by 24/03/2026",
            _often("Once"),
            "The assessment and the progress report on Isla's file, and read at the core group that follows each.",
            _outcomes(3))
    + _form(9, _T,
            "Share Connor's full police history with Kirsty, including the 2022 conviction and the call-out to "
            "Alder Court on 09/11/2025.",
            "PC Lewis Tranter, Safeguarding Hub, Tolverstone Police",
            "13/01/2026", "23/01/2026",
            _often("Once"),
            "The police disclosure letter on Isla's file by 23/01/2026.",
            _outcomes(3))
    + _form(10, _T,
            "Help Keeley buy and put up a cot and mattress, a steriliser and a stair gate, using her leaving care "
            "setting-up grant.",
            "Dan Feeney, personal adviser, Tolverstone Leaving Care Team",
            "14/01/2026", "12/02/2026",
            _often("Once"),
            "Kirsty sees everything in place at her visit in the week of 12/02/2026; receipts kept on Keeley's "
            "pathway plan.",
            _outcomes(4))
    + _form(11, _T,
            "Send Kirsty a summary of Keeley's and Connor's health histories, then see Keeley for her six-week "
            "postnatal check and tell Kirsty the same day if she does not come.",
            "Dr Helen Moss, GP, Alder Medical Practice",
            "13/01/2026 (summary by 30/01/2026)", "Six-week postnatal check",
            _often("Once"),
            "The GP's letter on Isla's file by 30/01/2026; the postnatal check recorded, or a missed appointment "
            "reported to Kirsty the same day.",
            _outcomes(2, 4))
)

_TOLVERSTONE_WARD = (
    _form(12, _T,
          "Phone Kirsty within one working day of Isla's birth, and make sure Isla is not discharged until the "
          "discharge planning meeting (action 13) has been held.",
          "Jenny Cartwright, specialist safeguarding midwife",
          "Isla's birth", "Within one working day of the birth",
          _often("Once"),
          "Kirsty's case note of the call; the discharge planning minutes in Isla's hospital notes before she "
          "leaves the ward.",
          _outcomes(1))
    + _form(13, _T,
            "Hold a discharge planning meeting on the postnatal ward with Keeley, Connor, Margaret, Linda, Jenny "
            "and Sophie, and agree the going-home plan.",
            "Kirsty Lane, social worker",
            "Isla's birth", "Before Isla is discharged",
            _often("Once"),
            "Minutes with the agreed going-home plan given to everyone before discharge.",
            _outcomes(1, 2))
)

_TOLVERSTONE_HOME = (
    _form(14, _T,
          "Antenatal contact, then the new birth visit between day 10 and day 14, then weigh Isla at home every "
          "week until she is eight weeks old, and check at each visit that she sleeps on her back in her own cot.",
          "Sophie Tran, health visitor, Tolverstone 0-19 Service",
          "Antenatal contact by 12/02/2026", "Isla eight weeks old",
          _often("Weekly"),
          "Weights in Isla's red book and emailed to Kirsty the same day; safe sleep seen and recorded at every "
          "visit.",
          _outcomes(4))
    + _form(15, _T,
            "Stay at Alder Court for the first 14 nights after Isla comes home and share the night feeds with "
            "Keeley, so that Keeley sleeps and Isla always has a calm adult awake with her.",
            "Margaret Doyle (Keeley's former foster carer, \"Mags\")",
            "The day Isla comes home", "Night 14 after discharge",
            _often("Other", "every night for 14 nights"),
            "Margaret signs the night-feed chart each morning; Sophie or Kirsty check it at every visit.",
            _outcomes(2, 4))
    + _form(16, _T,
            "Come to Alder Court every weekday afternoon, 1pm to 5pm, from the third week at home until Isla is "
            "eight weeks old, and ring Kirsty the same day if there is shouting or Keeley is very distressed.",
            "Linda Briggs (Connor's mum)",
            "Day 15 after discharge", "Isla eight weeks old",
            _often("Other", "every weekday afternoon"),
            "Linda texts Kirsty each evening to say she was there and how Isla fed; Kirsty reads the texts at her "
            "visits.",
            _outcomes(2, 3))
)

PLANS.append({
    "name": "b164_tolverstone_prebirth_form_per_action_tick_boxes_ashby.docx",
    "doc_title": "Pre-birth Child Protection Plan - Baby of Keeley Ashby (Isla)",
    "split": "tune",
    "actions": 16,
    "template": "prebirth-icpc-plan-docx-council-template-kv-details-worries-strengths-isla-world-parents-wishes-outcomes-numbered-then-one-two-column-form-per-action-field-value-action-n-of-16-banner-how-often-and-for-outcome-tick-boxes-grouped-by-stage-then-contingency-meetings",
    "description": (
        "Exemplary pre-birth plan for an unborn girl whose 20-year-old mother, a care leaver, has a "
        "diagnosis of emotionally unstable personality disorder and self-harms, and whose father has "
        "a conviction for assaulting a former partner; her former foster carer and the paternal "
        "grandmother will help after the birth. A council Word template gives every action its own "
        "two-column form ('Action n of 16': what, lead person, start, complete by, how often with "
        "tick boxes, what will tell us it has worked, and the outcome it serves, also ticked), "
        "grouped under before the birth, on the ward and the first weeks at home. The perinatal "
        "psychiatrist and nurse report on capacity to change, the domestic abuse programme reports on "
        "change, the GP owns work, the helpers' parts have a fallback, legal planning follows named "
        "triggers, core group and review dates are set, and the baby's expected world and her "
        "parents' wishes are recorded."
    ),
    "blocks": [
        ("title", "Pre-birth Child Protection Plan"),
        ("p", "Tolverstone Council · Children's Services · Child Protection Plan (template CP3, pre-birth)"),
        ("kv", [
            ("Unborn baby", "Girl, to be called Isla; due 12/03/2026 (31+5 weeks at conference)"),
            ("Mother", "Keeley Ashby (20), care leaver"),
            ("Father", "Connor Briggs (24), lives with Keeley"),
            ("Address", "Flat 6, Alder Court, Tolverstone TL4 9JD"),
            ("Former foster carer", "Margaret Doyle (61), 22 Willow Bank, Tolverstone; Keeley lived with her from "
                                    "2016 to 2023 and calls her \"Mags\""),
            ("Paternal grandmother", "Linda Briggs (50), 5 Hawthorn Road, Tolverstone"),
            ("Category", "Emotional abuse (unborn)"),
            ("Conference", "Pre-birth initial child protection conference, 13/01/2026. Chair: Angela Morrow (IRO)"),
            ("Social worker", "Kirsty Lane (team manager: Richard Hallam)"),
        ]),
        ("h1", "What we are worried about"),
        ("p", "Keeley was diagnosed with emotionally unstable personality disorder in 2023. She has cut her arms "
              "when distressed since she was 14, took two overdoses in 2023, and last cut herself in August 2025, "
              "after an argument with Connor. She stopped seeing the adult mental health team when she found out "
              "she was pregnant and was re-referred to the perinatal service in December."),
        ("p", "In 2022 Connor was convicted of assaulting his former partner and given a community order. On "
              "09/11/2025 neighbours called the police to Alder Court because of shouting; Keeley had a scratch on "
              "her neck and said it happened when she grabbed Connor's phone. No one was charged. Keeley and "
              "Connor both say they argue when money is short."),
        ("h1", "What is going well"),
        ("bullets", [
            "Keeley asked for the perinatal referral herself and has been to every antenatal appointment since "
            "20 weeks.",
            "Connor has agreed to go on a domestic abuse programme and told the conference he does not want Isla "
            "to grow up the way he did.",
            "Margaret has stayed close to Keeley since she left care and has offered to stay for the first two "
            "weeks; Linda has offered weekday afternoons.",
            "The flat is clean and warm, and Keeley has a leaving care grant for the baby's things.",
        ]),
        ("h1", "Isla's world: what life will be like for her"),
        ("p", "Isla will be born into a small two-bedroom flat on the third floor with a lift. She will need to be "
              "fed every three to four hours, day and night, by someone calm enough to notice when she is hungry, "
              "tired or uncomfortable. If her mum is overwhelmed and self-harms, or her parents argue and shout, "
              "Isla will hear it and will be frightened, and she could be left without anyone able to care for "
              "her. When Keeley is calm, staff at the antenatal clinic see her talk to her bump and rub it, and "
              "she has already set up a corner of the bedroom for Isla."),
        ("p", "Keeley said: \"I want her to have what I never had, the same mum every day.\" Connor said: \"I "
              "don't want her hearing what I heard when I was a kid.\""),
        ("h1", "What we want for Isla"),
        ("numbers", [
            "Isla is born safely and goes home only when a safe plan for her care is in place.",
            "Isla is cared for day and night by an adult who is calm and well enough to meet her needs, and is "
            "never left with someone who is distressed or has self-harmed.",
            "Isla lives in a home free from violence and shouting, and is never there when adults fight.",
            "Isla gains weight, sleeps safely on her back in her own cot, and has all her health checks.",
        ]),
        ("h1", "The plan"),
        ("p", "Each action has its own form. Tick boxes show how often it happens and which of the four outcomes "
              "above it is for."),
        ("h2", "Stage 1: before Isla is born"),
    ] + list(_TOLVERSTONE_BEFORE) + [
        ("h2", "Stage 2: on the ward"),
    ] + list(_TOLVERSTONE_WARD) + [
        ("h2", "Stage 3: the first weeks at home"),
    ] + list(_TOLVERSTONE_HOME) + [
        ("h1", "Contingency plan"),
        ("bullets", [
            "If Keeley self-harms, or tells anyone she has urges she cannot manage, Ruth (or the perinatal crisis "
            "line out of hours) will arrange an assessment the same day. Once Isla is born, Isla will be cared for "
            "by Margaret, at Alder Court or at 22 Willow Bank, until Keeley has been assessed.",
            "If there is any violence or a police call-out between Keeley and Connor, Connor will leave that day "
            "and stay at 5 Hawthorn Road, and Kirsty will hold a strategy discussion with the police the same day. "
            "If Isla is still in hospital she will not be discharged until a new plan is agreed.",
            "If Margaret or Linda cannot do her part (she is ill, away or it is too much for her), the other will "
            "cover it. If neither can, Kirsty will arrange a mother and baby foster placement for Keeley and Isla "
            "together, or, if there is none, a foster placement for Isla the same day.",
            "If either assessment (actions 2 and 3) says Keeley cannot keep Isla safe, or there is any self-harm "
            "or violence before the birth, Kirsty will ask Richard Hallam for a legal planning meeting within five "
            "working days to decide whether to start pre-proceedings under the Public Law Outline before Isla is "
            "born.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks at Tolverstone Family Hub, 10am: 27/01/2026, 24/02/2026 and 24/03/2026.",
            "Discharge planning meeting on the postnatal ward before Isla goes home (action 13).",
            "Review child protection conference: Thursday 02/04/2026, 1.30pm, Tolverstone Town Hall.",
        ]),
        ("p", "Plan agreed at the pre-birth conference on 13/01/2026. Copies to Keeley, Connor, Margaret, Linda "
              "and every lead person named in the forms."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Signs of Safety child protection plan, mother on methadone after a
#    heroin relapse, grandparents helping, family about to move to another
#    council's area. Danger statements, safety goals, scaling, then numbered
#    next steps with Who / By when / How we'll know lines. Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b164_tunsworth_sos_danger_goals_scaling_next_steps_marsden.txt",
    "split": "tune",
    "actions": 15,
    "template": "signs-of-safety-cp-plan-txt-caps-headings-details-lines-danger-statements-safety-goals-complicating-factors-working-well-childrens-words-scaling-then-numbered-next-steps-with-who-by-when-how-well-know-lines-then-if-things-go-wrong-and-meetings",
    "description": (
        "Signs of Safety child protection plan for a 9-year-old boy and a 6-year-old girl whose "
        "mother relapsed on heroin while on a methadone script and is due to move to a flat in "
        "another council's area; the maternal grandparents help after school and at weekends. Plain "
        "text: danger statements, safety goals, complicating factors, what is working well, the "
        "children's words, scaling, then fifteen numbered next steps each with Who / By when / How "
        "we'll know lines, the contingency and meetings. Most next steps are sound and the drug "
        "service reports on change. Faults: one safety goal is only about the mother; the young "
        "carers referral has 'Who: -'; the parenting assessment is put on hold and handed to the new "
        "council; the family support sessions are measured by the mother's engagement; the learning "
        "mentor sees the boy 'as and when'; and the grandparents carry three next steps with nothing "
        "in the contingency on what happens if they cannot."
    ),
    "text": """\
TUNSWORTH COUNCIL - CHILDREN'S SERVICES
SIGNS OF SAFETY CHILD PROTECTION PLAN
=====================================

Children ......... Kayden Marsden, 9 (DOB 11/07/2016), Year 5, Tunsworth Road Primary
                   Poppy Marsden, 6 (DOB 02/03/2019), Year 2, Tunsworth Road Primary
Address .......... 41 Beckside, Tunsworth TW5 2JR
Mother ........... Jodie Marsden (29)
Father ........... Liam Carter (33), children's father; in HMP Oakfield until 2027, no contact
Grandparents ..... Pauline Marsden (61) and Roy Marsden (64), maternal grandparents,
                   8 Saxon Way, Tunsworth (five minutes by car)
Category ......... Neglect (both children)
Conference ....... Initial child protection conference, 22/01/2026. Chair: Diane Foulds (IRO)
Social worker .... Owen Tate (team manager: Lisa Marchant)
Moving ........... Jodie has been offered a housing association flat at 3 Kestrel Court,
                   Ravensmoor (Ravensmoor City Council area), tenancy from 23/02/2026


DANGER STATEMENTS
-----------------
Owen, the school and Pauline and Roy are worried that if Jodie uses heroin again while she is
looking after Kayden and Poppy, they will be left without an adult who can care for them, could
find and swallow methadone or touch needles, and Kayden will carry on having to look after Poppy
and get her to school.

They are also worried that, if Jodie is using, she will let people she buys from into the house
while the children are there.


SAFETY GOALS
------------
1. Kayden and Poppy are always cared for by an adult who is not under the influence of heroin or
   any other drug, day and night.
2. Kayden and Poppy get to school every day, fed and on time, and Kayden no longer has to get
   Poppy ready.
3. Jodie will stay off heroin and engage with The Bridge.
4. Methadone, needles and anything used to take drugs are never where the children can find them,
   and no one who uses or sells drugs comes to the house.


COMPLICATING FACTORS
--------------------
- Jodie used heroin for six years before Poppy was born and was stable on methadone from 2019
  until October 2025, when she relapsed after her partner left. She had positive screens for
  heroin on 03/11/2025 and 01/12/2025.
- On 09/12/2025 Kayden rang Pauline at 8.30am because he could not wake his mum. Pauline found a
  used foil and a lighter on the bedroom floor.
- The move to Ravensmoor means a new school, a new GP and a new drug service for the family.


WHAT'S WORKING WELL
-------------------
- Jodie told Owen and her recovery worker about the relapse herself, and her screens since
  15/12/2025 have been clear of heroin.
- Pauline and Roy are close by, see the children every week and have looked after them before.
- Kayden and Poppy are well liked at school and Poppy's reading is above her age.
- Jodie keeps a clean home and the children are always well dressed.


WHAT KAYDEN AND POPPY SAY
-------------------------
Kayden (three houses, seen alone at school by Owen, 14/01/2026):
  House of worries: "When Mum won't wake up and Poppy's crying." "If I'm late and I get told off."
  House of good things: "Nan's tea on Tuesdays. Football with Grandad. Mum's better now."
  House of dreams: "Mum always being awake in the morning. Moving house but not school."

Poppy (fairy wizard, seen alone at home by Owen, 16/01/2026):
  Poppy drew her mum "smiling and not sleepy". She said: "I like it when Kayden does my hair but I
  want Mummy to." She does not want to leave her friend Ruby when they move.


SCALING
-------
0 = Kayden and Poppy will be left without a safe adult because of Jodie's drug use
10 = everyone is confident the children are safe enough to close the case

  Jodie 7   Owen 3   Pauline 5   Roy 4   school 4   The Bridge 5


NEXT STEPS
----------
 1. Owen will see Kayden and Poppy on their own, at home and at school, and talk with them using
    their three houses and wizard drawings.
    Who: Owen Tate (SW)
    By when: every week until the transfer-in conference, one visit in three unannounced
    How we'll know: visit records with the children's own words and what Owen saw in the house

 2. Key-work with Jodie, daily supervised methadone at the pharmacy, a urine screen every week,
    and a written report to each core group on whether Jodie is staying off heroin and how likely
    she is to keep the change going.
    Who: Nikki Shaw, recovery worker, The Bridge (Tunsworth drug and alcohol service)
    By when: key-work every Wednesday; report two working days before each core group
    How we'll know: screen results to Owen every Friday; Nikki's report on file before each
    core group

 3. Jodie will collect and take her methadone at the pharmacy every day and use no heroin or
    other drugs.
    Who: Jodie
    By when: every day from 22/01/2026
    How we'll know: pharmacy record of daily pick-ups; every urine screen clear of heroin

 4. Jodie will keep her methadone and any take-home doses in the locked box in the top kitchen
    cupboard, with the key on her.
    Who: Jodie
    By when: from 22/01/2026, every day
    How we'll know: Owen and Nikki see the locked box at their visits

 5. Have Kayden and Poppy for tea and bath at Saxon Way every Tuesday and Thursday after school.
    Who: Pauline (Nan)
    By when: every Tuesday and Thursday, 3.15pm to 7pm
    How we'll know: Pauline texts Owen each of those evenings to say the children were fed and
    how Jodie was when they went home

 6. Collect Kayden and Poppy from school every Friday and have them to stay on Friday nights.
    Who: Roy (Grandad)
    By when: every Friday, from 3.15pm to Saturday noon
    How we'll know: the school's signing-out sheet shows Roy collected them

 7. Pauline and Roy to come to Beckside every weekday morning at 8am until the family move, to
    see that Jodie is up and the children are ready for school.
    Who: Pauline and Roy
    By when: every weekday, 8am, until 23/02/2026
    How we'll know: school's check-in record shows the children in on time and fed

 8. Check Kayden and Poppy in with their class teachers at 8.50 every morning, note whether they
    have eaten, and ring Owen by 9.30am if either is absent.
    Who: Mr Dev Chauhan, DSL, Tunsworth Road Primary
    By when: every school day until the children change school
    How we'll know: attendance to Owen every Friday; both children at 95% or more

 9. Kayden referred to Tunsworth Young Carers so he has time that is just for him.
    Who: -
    By when: 27/02/2026
    How we'll know: Kayden goes to the Tuesday young carers club

10. Health check for both children (height, weight, eyesight), and make sure Poppy's asthma
    review and both dental check-ups are booked.
    Who: Amy Holt, school nurse, Tunsworth 5-19 Service
    By when: 13/02/2026
    How we'll know: results and appointment dates sent to Owen by 13/02/2026

11. Send Owen Jodie's health history and the children's health records, and review Jodie's
    physical health now she has relapsed (bloods, liver function, hepatitis C test).
    Who: Dr Sunita Rao, GP, Tunsworth Medical Centre
    By when: 06/02/2026
    How we'll know: GP letter and results on the children's file by 06/02/2026

12. Jodie's parenting assessment to be put on hold until the family move, then handed to
    Ravensmoor Children's Services to complete.
    Who: Owen Tate (SW), who will send the referral and the file to Ravensmoor
    By when: within five working days of the move (23/02/2026)
    How we'll know: Ravensmoor confirms in writing that they have the referral and will do
    the assessment

13. Ask Ravensmoor for a transfer-in conference, send them this plan and the chronology, and
    visit the family at Kestrel Court jointly with the Ravensmoor social worker.
    Who: Owen Tate (SW)
    By when: transfer request by 02/02/2026; joint visit in the first week after the move
    How we'll know: Ravensmoor's written acceptance and the date of the transfer-in conference
    on file; joint visit recorded by both workers

14. Eight sessions at home with Jodie on morning and bedtime routines and meals on a budget.
    Who: Lisa Grant, family support worker, Tunsworth Family Hub
    By when: every Monday from 26/01/2026 to 16/03/2026
    How we'll know: Jodie's engagement with the sessions

15. Kayden to see the learning mentor about his worries at home and about the move.
    Who: Mrs Helen Garside, learning mentor, Tunsworth Road Primary
    By when: as and when Kayden asks
    How we'll know: the mentor keeps a note of each session and sends it to Owen every Friday


IF THINGS GO WRONG
------------------
- If Jodie has used heroin or any other drug while she is looking after Kayden and Poppy (a
  positive screen, Pauline, Roy or the school see that she is under the influence, or she cannot
  be woken), Kayden and Poppy will go to Pauline and Roy's at 8 Saxon Way that day, and Owen will
  hold a strategy discussion with the police the same day.
- If Jodie misses her methadone at the pharmacy two days running, Nikki will tell Owen the same
  day and Owen will visit that day.
- If anyone other than family is found in the house using or selling drugs while the children
  are there, Jodie will ring Owen, and Owen will ask the police to attend the same day.
- If Jodie has two positive screens for heroin before the review, or the children are found with
  no safe adult, Owen will ask Lisa Marchant for a legal planning meeting within five working
  days to decide whether the threshold for proceedings is met.


MEETINGS
--------
Core group ........... every three weeks at Tunsworth Road Primary, 3.30pm:
                       05/02/2026 and 26/02/2026 (Tunsworth), then as agreed with Ravensmoor
Review conference .... 16/04/2026, Tunsworth Civic Centre, unless a Ravensmoor transfer-in
                       conference has been held first
Transfer ............. Tunsworth keeps the plan, the visits and every next step above until
                       Ravensmoor's transfer-in conference is held.

Plan agreed at the initial conference on 22/01/2026. Copies to Jodie, Pauline, Roy and everyone
named in the next steps.
""",
    "findings": [
        F("F002", "Jodie will stay off heroin and engage with The Bridge."),
        F("W001", "Kayden referred to Tunsworth Young Carers so he has time"),
        F("X001", "parenting assessment to be put on hold until the family move"),
        F("M002", "Eight sessions at home with Jodie on morning and bedtime routines"),
        F("T002", "Kayden to see the learning mentor about his worries"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Initial conference plan for a 10-year-old young carer whose father has
#    schizophrenia and stopped his depot. One landscape table: each row a
#    grown-up's job (what, who, when, how we'll know) with the girl's own
#    words for it in the last column. Printed to PDF with a footer.
#    Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b164_trimbleford_my_words_beside_adults_plan_hollins.pdf",
    "doc_title": "Tia's Plan - Child Protection Plan - Tia Hollins",
    "split": "tune",
    "actions": 14,
    "landscape": True,
    "font_size": 9.5,
    "min_pages": 2,
    "footer": "Tia Hollins - my plan and the grown-ups' plan - agreed 04/12/2025 - Page {PAGE} of {NUMPAGES}",
    "template": "icpc-plan-child-friendly-paged-landscape-footer-kv-why-going-well-in-my-own-words-outcomes-two-column-grown-ups-and-tia-then-one-table-no-what-who-when-how-well-know-plus-what-this-means-for-me-column-in-childs-words-then-if-dad-gets-poorly-grown-ups-and-tias-version-meetings",
    "description": (
        "Exemplary initial conference plan for a 10-year-old girl who cares for her father, who has "
        "paranoid schizophrenia, stopped his depot injection and kept her at home for nine school days "
        "while unwell. Printed to PDF, landscape, with a page footer. One table holds the whole plan: "
        "each row is a grown-up's job with What / Who / When / How we'll know, and a last column, "
        "'What this means for me', puts it in Tia's own words; outcomes and the contingency also "
        "have her version beside the adults'. The care co-ordinator and psychiatrist report on the "
        "father's capacity to change, the GP owns a row, the aunt's part has a fallback, legal "
        "planning follows named triggers, and core group and review dates are set."
    ),
    "blocks": [
        ("title", "Tia's Plan"),
        ("p", "Trimbleford Borough Council · Children's Services · Child protection plan agreed at the initial "
              "conference on 04/12/2025. This is the grown-ups' plan with what it means for Tia, in the words she "
              "chose with Leah on 01/12/2025."),
        ("kv", [
            ("Child", "Tia Hollins, 10 (DOB 30/08/2015), Year 6, Trimbleford Junior School"),
            ("Address", "19 Quarry Lane, Trimbleford TB6 1PE"),
            ("Lives with", "Her dad, Marcus Hollins (46)"),
            ("Mum", "Nicola Reid (41), lives in Inverness; phones Tia every Sunday"),
            ("Paternal aunt", "Bernadette (\"Auntie Bernie\") Hollins (49), 7 Chapel Row, Trimbleford"),
            ("Godmother", "Sue Kemp (45), 40 Mill Road, Trimbleford"),
            ("Category", "Neglect"),
            ("Conference", "Initial child protection conference, 04/12/2025. Chair: Joanne Petrie (IRO)"),
            ("Social worker", "Leah Dunmore (team manager: Graham Sykes)"),
        ]),
        ("h1", "Why Tia has a plan"),
        ("p", "Marcus has had paranoid schizophrenia since 2009 and has stayed well for many years on a depot "
              "injection every two weeks. In July 2025 his care co-ordinator left and Marcus stopped having his "
              "injection. By September he believed the neighbours were putting poison in the food and the water. "
              "He kept Tia at home with the curtains closed for nine school days; she ate dry cereal and drank only "
              "bottled water he sent her to buy. On 29/09/2025 Tia rang Auntie Bernie from the corner shop. Marcus "
              "was admitted to the Birchfield Unit under section 2 of the Mental Health Act from 30/09/2025 to "
              "28/10/2025, and Tia stayed with Bernie. She went home on 03/11/2025."),
        ("p", "Tia does a lot at home: she does some of the shopping, reminds her dad about his appointments and "
              "keeps an eye on how he is. She told no one about September at first \"because I didn't want him "
              "to get taken away\"."),
        ("h1", "What is going well"),
        ("bullets", [
            "Marcus has had every depot injection on time since October. He is calm, warm and very proud of Tia, "
            "and he agreed to everything in this plan.",
            "Bernie lives ten minutes away and Tia loves staying with her.",
            "Tia has been in school every day since she went home, and she is in the netball team and the drama "
            "club.",
        ]),
        ("h1", "In my own words"),
        ("p", "Tia talked to Leah on her own at school on 25/11/2025 and 01/12/2025, and filled in her \"all "
              "about me\" sheet for the conference."),
        ("bullets", [
            "\"I love my dad. When he's poorly he's not my dad, he's scared of everything.\"",
            "\"I didn't tell anyone at first because I didn't want him to get taken away.\"",
            "\"I like staying at Auntie Bernie's because she does proper dinners and I don't have to do "
            "anything.\"",
            "\"I want to go to big school in September with my friends.\"",
            "How safe Tia feels at home now: 8 out of 10. \"It would be a 10 if I knew Dad would never stop his "
            "injection again.\"",
        ]),
        ("h1", "What we want for Tia"),
        ("table", {
            "header": ["", "What the grown-ups want", "What I want (Tia)"],
            "widths": [1.0, 12.4, 12.3],
            "rows": [
                ["1", "Tia is cared for every day by an adult who is well enough to look after her, and she is "
                      "never kept at home or left to cope with her dad's illness on her own.",
                 "\"Dad stays well, and if he gets poorly I don't have to sort it out.\""],
                ["2", "Tia goes to school every day (97% or more) and moves up to secondary school in September "
                      "with her friends.",
                 "\"I go to school every day and go to big school with Maddie and Jas.\""],
                ["3", "Tia has time to be a child, with clubs and friends, and does not do the grown-up jobs at "
                      "home.",
                 "\"I do netball and drama and I don't worry about the shopping.\""],
                ["4", "Tia knows who to tell if her dad is becoming unwell, and is confident to tell them.",
                 "\"I know who to ring and it's not snitching.\""],
            ],
        }),
        ("h1", "The plan: what the grown-ups will do, and what it means for me"),
        ("p", "Each row is one grown-up's job. The last column is Tia's own version of that row."),
        ("table", {
            "header": ["No.", "What will happen", "Who", "When", "How we'll know", "What this means for me"],
            "widths": [1.0, 6.3, 3.6, 3.6, 5.2, 6.0],
            "rows": [
                ["1",
                 "Visit Tia at home every week, one visit in three unannounced, and see her on her own at home "
                 "or at school each time, using her worry scale.",
                 "Leah Dunmore, social worker",
                 "Every week until the review conference on 26/02/2026",
                 "Visit records with Tia's own words, her worry score, and what Leah saw of the house and of "
                 "Marcus.",
                 "\"Leah comes every week and sees me on my own. I can tell her about Dad without him getting "
                 "upset.\""],
                ["2",
                 "Give Marcus his depot injection, check his early warning signs, and write to Leah before each "
                 "core group on whether Marcus is staying well and making the changes Tia needs, and how long "
                 "those changes are likely to take.",
                 "Femi Adeyinka, care co-ordinator (CPN), Trimbleford Community Mental Health Team",
                 "Every other Thursday; report two working days before each core group",
                 "Depot dates on Marcus's record; Femi's written update on Tia's file before every core group.",
                 "\"Femi gives Dad the injection that keeps him well, and tells Leah how Dad is doing.\""],
                ["3",
                 "Review Marcus's treatment and write an assessment of whether he can stay well and keep Tia "
                 "safe, what would need to change, and how long that is likely to take.",
                 "Dr Rachel Imrie, consultant psychiatrist, Trimbleford Community Mental Health Team",
                 "By 06/02/2026",
                 "Dr Imrie's letter with Leah by 06/02/2026, read at the core group on 10/02/2026.",
                 "\"Dad's doctor is writing down if Dad can stay well.\""],
                ["4",
                 "Have his depot every two weeks and never stop it without talking to Femi, and tell Femi, Bernie "
                 "or Leah the same day if the frightening thoughts come back.",
                 "Marcus Hollins (Dad)",
                 "Every two weeks; the same day if the thoughts come back",
                 "Femi's record shows every depot on time; any call logged and passed to Leah the same day.",
                 "\"Dad has his injection and tells a grown-up if he feels scared again. It's not my job to "
                 "make him.\""],
                ["5",
                 "Get Tia to school by 8.45 every day with breakfast eaten and a packed lunch or dinner money.",
                 "Marcus Hollins (Dad)",
                 "Every school day",
                 "Attendance 97% or more; Mrs Benn's morning check (row 6) shows Tia has eaten.",
                 "\"Dad gets me to school every day, even when he's tired.\""],
                ["6",
                 "Say good morning to Tia at 8.45, check she has had breakfast, and ring Leah by 9.30am if Tia "
                 "is not in school.",
                 "Mrs Carol Benn, DSL, Trimbleford Junior School",
                 "Every school day",
                 "Morning check log and attendance sent to Leah every Friday.",
                 "\"Mrs Benn says hello every morning. If I'm not in she rings Leah, so nobody can keep me at "
                 "home.\""],
                ["7",
                 "Young carers assessment with Tia, then a place at the Tuesday young carers club.",
                 "Tom Fairweather, Trimbleford Young Carers",
                 "Assessment by 16/01/2026; club every Tuesday from 20/01/2026",
                 "Assessment on Tia's file; the club register shows Tia at six or more of the eight sessions "
                 "each half term.",
                 "\"I go to the club on Tuesdays with other kids who help at home. We're going bowling.\""],
                ["8",
                 "Have Tia to stay every Saturday night and take her to netball on Saturday mornings.",
                 "Bernie Hollins (Auntie Bernie)",
                 "Every Saturday, 9am to Sunday 11am",
                 "Bernie texts Leah every Sunday to say how Tia was and how Marcus seemed at handover.",
                 "\"I sleep at Auntie Bernie's every Saturday and she takes me to netball.\""],
                ["9",
                 "Come to Quarry Lane for tea every Wednesday, look in the fridge and cupboards, and ring Femi "
                 "the same day if Marcus seems unwell.",
                 "Bernie Hollins (Auntie Bernie)",
                 "Every Wednesday, 5pm to 7pm",
                 "Bernie's Wednesday text to Leah; any call logged by Femi and passed to Leah.",
                 "\"Auntie Bernie comes for tea on Wednesdays and checks we've got food.\""],
                ["10",
                 "Six sessions with Tia on her worries and on what to do if her dad becomes unwell, making her "
                 "own \"if Dad gets poorly\" card.",
                 "Hannah Lowe, children's wellbeing practitioner, Trimbleford Mental Health Support Team in "
                 "schools",
                 "Every Tuesday lunchtime, 13/01/2026 to 17/02/2026",
                 "Tia's card made and in her school bag; her worry score recorded at each session and sent to "
                 "Leah.",
                 "\"Hannah helps me with my worries. We made a card that says who I ring.\""],
                ["11",
                 "Hold a family network meeting with Marcus, Bernie, Sue and Tia's mum (by video) to agree who "
                 "looks after Tia if Marcus becomes unwell and Bernie cannot.",
                 "Leah Dunmore, social worker",
                 "By 23/01/2026",
                 "A written network plan naming the back-up carers, signed and given to the core group.",
                 "\"The grown-ups are making a plan for who I stay with if Dad gets poorly and Auntie Bernie "
                 "can't have me.\""],
                ["12",
                 "Complete the child and family assessment, with Tia's views, Marcus's health and what Bernie, "
                 "Sue and Tia's mum can offer.",
                 "Leah Dunmore, social worker",
                 "By 13/02/2026",
                 "The assessment read with Marcus and with Tia, and on file by 13/02/2026.",
                 "\"Leah is writing down what my life is like. She's going to read it to me first.\""],
                ["13",
                 "Health check for Tia (height, weight, eyesight) and book her dental check-up.",
                 "Gail Newby, school nurse, Trimbleford 5-19 Service",
                 "By 30/01/2026",
                 "Results and the dental appointment date sent to Leah by 30/01/2026.",
                 "\"The school nurse checks I'm growing OK.\""],
                ["14",
                 "Physical health check for Marcus on his antipsychotic medication (bloods, weight, heart), and "
                 "a letter to Leah on anything that affects his care of Tia.",
                 "Dr Paul Greaves, GP, Quarry Lane Surgery",
                 "By 30/01/2026",
                 "The GP's letter with Leah by 30/01/2026.",
                 "\"Dad's GP checks his body is healthy too.\""],
            ],
        }),
        ("h1", "If Dad gets poorly (contingency)"),
        ("table", {
            "header": ["What the grown-ups will do", "What I will do (Tia)"],
            "widths": [15.2, 10.5],
            "rows": [
                ["If Marcus misses a depot, or shows his early warning signs (not sleeping, keeping the curtains "
                 "closed in the day, talking about poison or the neighbours, not letting Tia go out or to school), "
                 "or Tia is not in school and no one has rung in: whoever notices rings Femi, or the Trimbleford "
                 "Crisis Team out of hours, the same day, and Marcus is assessed that day. Tia goes to Bernie's at "
                 "7 Chapel Row that day and stays until Femi and Leah agree Marcus is well. If Tia has been kept in "
                 "the house or Marcus has frightened her, Leah holds a strategy discussion with the police the "
                 "same day.",
                 "\"If Dad gets poorly I ring Auntie Bernie or Leah, or I tell Mrs Benn. I go to Auntie "
                 "Bernie's. It's not my fault and it's not my job to make him better.\""],
                ["If Bernie cannot have Tia (she is ill or away), Tia goes to her godmother, Sue Kemp, at 40 Mill "
                 "Road. If neither of them can, Leah arranges for Tia to stay with Trimbleford foster carers the "
                 "same day, near enough for her to keep going to her school.",
                 "\"If Auntie Bernie can't, I go to Sue's.\""],
                ["If Marcus stops his depot again, is admitted to hospital again, or keeps Tia off school because "
                 "of his illness, or if Dr Imrie's assessment says he cannot stay well in the time Tia needs, Leah "
                 "will ask Graham Sykes for a legal planning meeting within five working days.",
                 "\"The grown-ups will have a meeting about what happens next.\""],
            ],
        }),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks at Trimbleford Junior School, 3.30pm: 16/12/2025, 13/01/2026 and "
            "10/02/2026.",
            "Review child protection conference: Thursday 26/02/2026, 10am, Trimbleford Town Hall. Tia will come "
            "to the first part with Leah, or send her \"all about me\" sheet.",
        ]),
        ("p", "Copies to Marcus, Tia (read with Leah), Bernie and everyone named in the plan."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. Social worker's letter to a mother after the initial conference for
#    her 10-month-old son: unexplained bruising, father's temper, mother's
#    anxiety; paternal grandmother supervising the father's contact. One
#    sentence per paragraph under "What I / you / Ryan / June / other people
#    will do". Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b164_tebbingdale_letter_to_mum_after_conference_darby.md",
    "split": "tune",
    "actions": 14,
    "template": "sw-letter-to-mother-after-icpc-md-letterhead-dear-chloe-why-we-met-decision-worries-going-well-what-leo-is-like-outcomes-then-what-will-happen-headings-what-i-will-do-what-you-will-do-what-ryan-will-do-what-june-will-do-what-other-people-will-do-one-sentence-paragraph-per-action-then-if-things-go-wrong-meetings-signed",
    "description": (
        "The social worker's letter to a 23-year-old mother after the initial conference for her "
        "10-month-old son, who had bruising to his ear and cheek that no one has explained; his "
        "parents have separated, the father has a temper and a history of violence to a former "
        "partner, and the mother has anxiety and low mood; the paternal grandmother supervises the "
        "father's contact. Under 'What will happen' each action is a one-sentence paragraph under a "
        "heading for whose part it is ('I' is the social worker who signs, 'you' is the mother). Most "
        "are sound. Faults: the parenting course is 'as soon as a place comes up'; the grandmother's "
        "supervision of contact has no check; the perinatal team only supports the mother, checked by "
        "attendance; a nursery place 'will be found' by nobody; and the contingency says nothing about "
        "what happens if the grandmother cannot supervise."
    ),
    "text": """\
**Tebbingdale Council - Children's Services**
Safeguarding Team (South), Tebbingdale House, Market Street, Tebbingdale TB2 4AH
Telephone 01632 960 418

Ms Chloe Darby
Flat 4, 22 Clement Street
Tebbingdale TB3 7RW

Friday 16 January 2026

Dear Chloe,

# Leo's child protection plan: what we agreed on 15 January

Thank you for coming to Leo's initial child protection conference yesterday, and for staying to the end when I
know it was hard to hear. I said I would write to you with the plan, so that you have it in one place. Ryan will
get his own letter, and June has a copy of the parts that are about her.

The conference decided that Leo should have a child protection plan under the category of **physical abuse**.
The chair was Mrs Samina Aziz. Leo's plan will be looked at again at a review conference in April (the date is
below).

## Why we are worried

When Claire Ormerod, your health visitor, saw Leo for his 9-month review on 17 December, he had a bruise behind
his left ear and two small bruises on his right cheek. You said he had fallen against the cot; Ryan said he had
not seen Leo that day. Dr Ruth Akande, the paediatrician who saw Leo on 18 December, said the bruising was not
what she would expect from a fall against a cot at his age and was likely to have been caused by someone. We still
do not know how Leo was hurt.

You and Ryan separated on 20 December, and Ryan is living with his mum, June. Ryan was cautioned in 2023 for
assaulting a former partner, and you told me he shouts and punches walls when he is stressed. You have had anxiety
and low mood since Leo was born, and you see the perinatal mental health team and take sertraline.

## What is going well

- You have taken Leo to every health appointment since December and he is up to date with his immunisations.
- You have been open with me about how you have been feeling and about Ryan's temper.
- June has offered her home for Ryan's time with Leo and has been there for every visit so far.
- Leo is clean, well fed and his weight is on the 50th centile.

## What Leo is like now

When I visited on 8 January, Leo was crawling fast around the living room and pulling himself up on the sofa.
He babbled "da-da" and "ba" and laughed when you played peekaboo with him. When the door buzzer went he froze and
watched the door until you picked him up, and he settled quickly with you. Claire saw him on 12 January reach for
you when she undressed him to weigh him. June says that at her house he crawls straight to her toy box and lets
Ryan feed him his tea.

## What we want for Leo

1. Leo is safe from harm and has no more injuries that nobody can explain.
2. Leo is looked after only by adults who are calm with him and never rough, and he never sees or hears
   shouting or violence.
3. Leo keeps growing and developing well, and has all his health checks.
4. Leo has safe time with his dad, always with June there.

## What will happen

### What I will do

I will visit you and Leo at home every week until the review conference, at least one visit in three unannounced, and after each visit I will write down where Leo was, what he was doing and how he was with you.

I will complete Leo's child and family assessment, including what Ryan and June can offer, by 27 February 2026 and go through it with you before it goes to the core group.

I will see Ryan with Leo at June's house during one contact each month and write up how Ryan handles and speaks to Leo.

### What you will do

You agreed to take Leo to the Tuesday baby clinic at Tebbingdale Children's Centre every week, so that Claire can weigh him and check him, and the clinic record will show every visit.

You agreed that, from now until the review conference, Leo will be looked after only by you, June or the people named in the safety plan, and I will check the list of who has looked after him at every one of my visits.

You will go to the Little Steps parenting course at the Children's Centre as soon as a place comes up, and the course leader will send me your attendance.

### What Ryan will do

Ryan agreed to go to the Changing Patterns programme at Tebbingdale Domestic Abuse Service every Thursday evening from 5 February for 20 weeks, and the facilitator will send me a report on his progress at week 10.

Ryan will see Leo only at June's house with June there the whole time, on Wednesdays and Saturdays from 2pm to 5pm, and June will write up each contact in the contact book I have given her.

### What June will do

June agreed to supervise every contact between Ryan and Leo at her house and never to leave them alone together.

### What other people will do

Claire Ormerod, your health visitor, will check Leo all over for marks at the clinic every week and at home every month, and send me her notes after each check.

The perinatal mental health team (Amira Saleh, your nurse) will keep seeing you every two weeks for support with your anxiety and low mood, and will tell me if you miss an appointment.

Dr Kapoor, your GP, will review your sertraline with you by 6 February and write to me with anything that affects how you care for Leo.

Dr Akande will see Leo at the child development centre by 20 February to check his skin and his development, and will write to me and to Claire.

A nursery place will be found for Leo for two mornings a week from the start of March, and his attendance will be sent to me every Friday.

## If things go wrong

If Leo has any new mark or bruise that is not clearly explained, whoever sees it will tell me or the duty team the
same day; Leo will be seen by a paediatrician that day and I will hold a strategy discussion with the police the
same day. Leo will stay with you only if that discussion agrees he is safe; if not, he will go to foster carers.

If Ryan comes to your flat, you will not let him in and you will ring me (or the police on 999 if anyone is in
danger) straight away, and I will tell the police the same day so that they can visit.

If Leo has another injury that nobody can explain, or Ryan comes to your flat again, I will ask my manager,
Mr Neil Forsyth, for a legal planning meeting within five working days.

## Meetings

- The core group (you, Ryan, June, Claire, Amira and me) will meet every four weeks at Tebbingdale Children's
  Centre at 10am: 29 January, 26 February and 26 March 2026.
- Leo's review child protection conference is on Thursday 9 April 2026 at 10am at Tebbingdale House.

If anything in this letter is not clear, or you do not agree with something, please ring me. You can also
ask Jade Phillips from Tebbingdale Family Advocacy to help you, and I have put her leaflet in with this letter.

Yours sincerely,

Kate Mulholland
Social Worker, Safeguarding Team (South)
""",
    "findings": [
        F("T002", "Little Steps parenting course at the Children's Centre as soon"),
        F("M001", "supervise every contact between Ryan and Leo at her house"),
        F("H001", "every two weeks for support with your anxiety and low mood"),
        F("W001", "A nursery place will be found for Leo for two mornings"),
        F("C003"),
    ],
})
