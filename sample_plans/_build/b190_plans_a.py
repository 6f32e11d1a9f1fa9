"""Batch 190, module a: seven fictional plans (tuning material), places beginning with "a".

Everything here is made up: children, families, professionals, services,
schools, hospitals, police forces and councils. Labels were written by hand
from docs/rules.md and the conventions in sample_plans/README.md (1 to 13),
without running planlint or reading its code.

Focus: every action timed, in the many ways real writers time their work.
No action in these plans lacks a timescale (no T001 at all) and no plan has
more than one vague one (T002). The time is given in a column under a header
the writer chose ("From" / "Until", a column per month, "Happens" / "How
often", "Next due"), in the action's sentence (frequencies such as "every
Monday", "on Tuesdays and Thursdays", "each school day", "every other
Sunday"; durations such as "for eight weeks", "six sessions from 16/04";
events such as "the day Amara starts nursery (13/04/2026)", "at 8 weeks
(30/03/2026)", "within 24 hours of any missed appointment", "before the
review conference on 15/06/2026"; the child's age, "until Finn is 16 weeks
old", "Chidi's 1-year review"), or once for a group (time headings over
bullets, day-of-the-week headings, banner rows across a table, a lead-in
sentence over numbered items). The faults in the four plans that are not
exemplary are of other kinds: owners, measures, mental health support
without an assessment of change, adult-centred outcomes, adult services,
contingencies, family fallbacks, review dates, legal planning and the
child's voice.

1. an initial conference plan for a 3-year-old and an 8-month-old whose
   mother drinks, a landscape Word table whose time is split over "From"
   and "Until" columns with how often in the sentence (docx, exemplary);
2. a review conference plan for a 9-year-old and a 5-year-old whose mother
   has depression and has taken two overdoses, bold-owner bullets under
   five time headings ("Straight away: by Friday 13 March 2026", "Every week
   from Monday 16 March until the review conference", "Each school day",
   ...) (md): faults are "The family" clearing Josh a bedroom, the
   psychologist's CBT only treating the mother, the family support worker's
   sessions "monitored and reviewed at core group", the Reception teacher's
   toileting help with no measure, an outcome about the mother only, and no
   fallback if the grandparents cannot help (W002, H001, M002, M001, F002,
   C003);
3. an initial conference plan after a 14-month-old ate cannabis resin, a
   landscape planning grid with a column per month (Mar to Jun) holding
   each row's time, page header and footer (pdf): faults are the police
   joint visit "As needed" in every month, a nursery place with "-" for its
   lead, the learning mentor's group measured by "Engagement in the
   sessions", the family support worker's sessions with "-" for how we will
   know, the parents' cannabis use with no adult service owning an action,
   and a review conference "to be confirmed" (T002, W001, M002, M001, F004,
   R001);
4. an initial conference plan for an 11-year-old and a 4-year-old whose
   father has paranoid schizophrenia, an "our week" text plan with numbered
   actions under day-of-the-week headings and "NOT EVERY WEEK" items with
   "Next due" lines (txt, exemplary);
5. a review conference plan for a 2-year-old and a 6-week-old whose mother
   has emotionally unstable personality disorder and self-harms, a
   landscape Word table with "Happens" and "How often" columns (docx):
   faults are the DBT programme only treating the mother, speech and
   language therapy measured by "Improvement in Ruby's speech", "Everyone in
   the core group" telling the social worker about self-harm, the family
   support worker's sessions with an empty measure cell, a contingency that
   only says the core group will review and consider, and no legal planning
   (H001, M002, W002, M001, C002, R002);
6. an initial conference plan for an 8-month-old looked after under
   section 20 and on a children's ward with an unexplained fracture, a
   three-column table timed by banner rows ("While Kezia is on Robin Ward",
   "Before and on the day Kezia leaves hospital", "From discharge until the
   review conference on 28/05/2026", ...), page header and footer (pdf,
   exemplary);
7. a first core group's plan for a 10-year-old and a 7-year-old after
   domestic abuse, numbered items under theme headings timed by one lead-in
   sentence unless an item gives its own rhythm or deadline (md): faults
   are the Freedom Programme "when she feels ready", the DSL's check-ins
   measured only by "his progress will be monitored", a passive referral
   with no one named, the aunt's after-school care with no measure, no
   record of the children's views, and no fallback if the grandfather
   cannot have the children (T002, M002, W001, M001, F003, C003).

Three plans (1, 4 and 6) are exemplary: every action has a named owner, a
real timescale and something that can be seen, counted or read; every
outcome is about the child; each contingency has specific triggers and
protective responses and says what happens if a relative's or carer's help
fails; each records the children's words or observed days, core group dates
and a dated review conference, and legal planning after named triggers;
adult services (a drug and alcohol service, the GP, the community mental
health team) own actions where a parent is ill or drinks, and every mental
health row asks for a view of the parent's capacity to change and how long
it will take; the looked-after baby on the ward is visited twice a week by
her social worker and every day by her foster carer.

Counting convention used for "actions" (README convention 1): each row of
an action table (banner rows excepted), each bullet under the plan's time
headings, each numbered item of the "our week" plan (in OUR WEEK and NOT
EVERY WEEK) and each numbered item of the core group plan counts once,
whatever number of sentences it holds. Details tables and lines, the
family table, worries, what is going well, the children's words and days,
outcomes, lead-in lines and notes above tables, warning signs, the
contingency, meeting dates and the who's who are not actions.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. Initial conference plan, mother's drinking: a Word table whose time is
#    split over a "From" and an "Until" column, with how often in the
#    sentence where work repeats. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b190_ardleymoor_icpc_from_until_columns_okafor.docx",
    "doc_title": "Child Protection Plan - Amara and Chidi Okafor",
    "split": "tune",
    "actions": 14,
    "landscape": True,
    "template": "icpc-plan-docx-landscape-details-table-why-going-well-amaras-words-and-chidis-day-numbered-outcomes-then-no-what-needs-to-happen-lead-from-until-how-we-will-know-table-time-split-over-from-and-until-columns-how-often-in-the-sentence-then-if-things-go-wrong-core-group-review",
    "description": (
        "Exemplary initial conference plan for a 3-year-old and an 8-month-old whose mother has been "
        "drinking heavily since she separated from the children's father; in February the police found "
        "her asleep drunk in the afternoon with the baby crying in his cot. The plan is a landscape Word "
        "table whose time is split over two columns, 'From' (a date, 'today', 'the day Amara starts "
        "nursery (13/04/2026)') and 'Until' (a date, 'the review conference (21/05/2026)', 'Chidi's "
        "1-year review'), with how often written into the sentence where work repeats ('every Monday', "
        "'every two weeks', 'Monday, Wednesday and Friday, 4pm to 8pm'). Every row has a named lead and "
        "something that can be seen or read; the recovery service reports on the mother's capacity to "
        "change and the GP owns an action; the contingency names triggers, carers and a fallback if the "
        "aunt cannot come; legal planning follows named triggers; core group dates and the review "
        "conference are set; Amara's words and Chidi's day are recorded."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Ardleymoor City Council, Children's Services, Safeguarding Team East. Plan agreed at the "
              "initial child protection conference on Monday 02/03/2026, chaired by Yvonne Castle "
              "(independent chair)."),
        ("table", {
            "rows": [
                ["Children", "Amara Okafor, born 14/01/2023 (3); Chidi Okafor, born 02/07/2025 (8 months)"],
                ["Address", "Flat 9, Beacon House, Milner Street, Ardleymoor AM4 2JT"],
                ["Mother", "Grace Okafor (28)"],
                ["Father", "Daniel Mensah (30), 41 Larch Way, Ardleymoor; lives with his mother, Abena Mensah"],
                ["Maternal aunt", "Ngozi Okafor (31), 5 Rowan Terrace, Ardleymoor (ten minutes' walk)"],
                ["Category", "Neglect (both children)"],
                ["Social worker", "Rachel Dunmore (team manager: Marcus Hale)"],
                ["Health visitor", "Bethan Lloyd, Ardleymoor 0-19 Service"],
                ["Recovery worker", "Sam Tully, Ardleymoor Recovery Service (drug and alcohol)"],
                ["GP", "Dr Harriet Moss, Fernside Surgery"],
            ],
            "widths": [5.0, 20.7],
            "bold_first_col": True,
        }),
        ("h1", "Why Amara and Chidi need a plan"),
        ("p", "Grace and Daniel separated in July 2025, two weeks after Chidi was born. Grace told the "
              "conference she started drinking vodka in the evenings to help her sleep, and that by Christmas "
              "she was drinking in the day as well. On 14/02/2026 a neighbour rang the police because Chidi "
              "had been crying for over an hour. Officers found Grace asleep on the sofa at 3pm and could not "
              "wake her at first; Chidi was in his cot in a soaked nappy and Amara was in the hallway in her "
              "pyjamas, eating dry cereal from the box. There were two empty vodka bottles in the kitchen."),
        ("p", "Chidi missed his 16-week immunisations and was not brought to two health visitor appointments "
              "in January. On two of Rachel's visits in February the flat was cold and there was little food "
              "in the fridge."),
        ("h1", "What is going well"),
        ("bullets", [
            "Grace told the truth about her drinking at the conference and asked for help herself; she went to "
            "her first appointment at the Recovery Service on 26/02/2026.",
            "Ngozi has been coming round most evenings since 14/02/2026 and has offered three evenings a week.",
            "Daniel has seen the children every Saturday since the separation and wants to do more.",
            "Chidi is growing well: his weight on 20/02/2026 was on the 25th centile, where it has been since "
            "birth.",
            "Amara is chatty and curious and knows lots of colours and animals.",
        ]),
        ("h1", "What Amara says, and what Chidi's day is like"),
        ("p", "Amara (3) played with Rachel's puppets on 25/02/2026. She made the mummy puppet lie down and "
              "said \"Mummy sleeps on the sofa, a long, long time.\" She said \"Auntie Ngozi does bath with "
              "bubbles\" and \"Daddy's house has a big telly and Nana Abena.\" When Rachel asked what makes her "
              "happy she said \"nursery\" (she has been on a taster morning) and \"Chidi laughing\"."),
        ("p", "Chidi is 8 months old. Bethan saw him on 20/02/2026: he sits on his own, babbles, and reaches "
              "for Grace when a stranger comes in. He settles quickly on Grace's or Ngozi's shoulder. On the "
              "day the police came he had been in his cot since the morning; Ngozi says he now screams when he "
              "is put in his cot in the day, and he sleeps better in the pram in the front room."),
        ("h1", "What we want for Amara and Chidi"),
        ("numbers", [
            "Amara and Chidi are always cared for by a sober adult who can wake up, feed them and keep them "
            "safe, day and night.",
            "Chidi is fed, changed and put down to sleep safely, has his missed immunisations, and keeps "
            "growing along his centile line.",
            "Amara goes to nursery from April, and her talking and play are where they should be for a "
            "3-year-old.",
            "Amara and Chidi see their dad every week and live in a warm flat with food in it.",
        ]),
        ("h1", "The plan"),
        ("p", "Each row says when the work starts (From) and when it runs until (Until). Where something "
              "happens more than once, the row says how often. The review conference is on 21/05/2026."),
        ("table", {
            "header": ["No.", "What needs to happen", "Lead", "From", "Until", "How we will know"],
            "widths": [1.1, 8.4, 4.2, 2.9, 3.1, 6.0],
            "rows": [
                ["1",
                 "Home visits every week, at least one in three unannounced and one in three after 3pm; see "
                 "Amara on her own and Chidi awake, and look in the fridge and the kitchen bin",
                 "Rachel Dunmore, social worker",
                 "05/03/2026",
                 "The review conference (21/05/2026)",
                 "Visit record on the case file within 2 working days, saying who was caring for the children, "
                 "any breath reading, and what Amara said"],
                ["2",
                 "Drink no alcohol at all while caring for Amara and Chidi, and take a breath test whenever "
                 "Rachel or Sam asks",
                 "Grace Okafor (Mum)",
                 "Today (02/03/2026)",
                 "21/05/2026",
                 "Every breath reading 0.00 and written on the visit record; Ngozi's texts and Daniel's contact "
                 "book say Grace was sober at each handover"],
                ["3",
                 "Key-work sessions with Grace on her drinking every Monday, with a breath test at each "
                 "session, and a written report on how far she has changed, whether she is likely to stay "
                 "sober while caring for two young children, and how long that would take",
                 "Sam Tully, recovery worker, Ardleymoor Recovery Service",
                 "09/03/2026",
                 "21/05/2026 (report by 12/05/2026)",
                 "Attendance and breath readings e-mailed to Rachel every Monday; Sam's written report on "
                 "Rachel's file by 12/05/2026"],
                ["4",
                 "Alcohol health check for Grace (liver blood tests and an AUDIT score), and a referral for "
                 "community detox if Dr Moss thinks she needs one",
                 "Dr Harriet Moss, GP, Fernside Surgery",
                 "03/03/2026",
                 "20/03/2026",
                 "GP letter to Rachel by 20/03/2026 with the blood results, the AUDIT score and whether a "
                 "detox referral was made"],
                ["5",
                 "Give Chidi his missed 16-week immunisations",
                 "Practice nurse, Fernside Surgery",
                 "03/03/2026",
                 "27/03/2026",
                 "Immunisations written in the red book and on the GP record; Rachel sees the red book at "
                 "her next visit"],
                ["6",
                 "Visit every two weeks to weigh Chidi, watch a feed and a nappy change, and see where he "
                 "sleeps in the day and at night",
                 "Bethan Lloyd, health visitor",
                 "09/03/2026",
                 "Chidi's 1-year review (by 02/07/2026)",
                 "Each weight plotted in the red book; safe sleep seen and written in the health visiting "
                 "record, which is e-mailed to Rachel after each visit"],
                ["7",
                 "Settle Amara into her funded place, Monday to Wednesday, 9am to 2pm, and phone Rachel if "
                 "she is not in by 10am and no one has rung",
                 "Jo Harper, manager, Little Acorns Nursery",
                 "The day Amara starts nursery (13/04/2026)",
                 "21/05/2026",
                 "Nursery register e-mailed to Rachel every Friday; each missed morning phoned to Rachel the "
                 "same day"],
                ["8",
                 "WellComm speech and language screen for Amara, with the next steps shared with Grace",
                 "Kerry Wade, SENCO, Little Acorns Nursery",
                 "20/04/2026",
                 "08/05/2026",
                 "WellComm score and next steps on Amara's nursery file, copied to Grace and Rachel by "
                 "08/05/2026"],
                ["9",
                 "Come to the flat on Monday, Wednesday and Friday, 4pm to 8pm, give the children their tea "
                 "and bath, and stay until both are in bed",
                 "Ngozi Okafor, maternal aunt",
                 "02/03/2026",
                 "21/05/2026",
                 "Ngozi texts Rachel each of those nights when she leaves, saying the children are asleep; "
                 "Rachel reads the texts with Ngozi at her weekly visit"],
                ["10",
                 "Have Amara and Chidi at his home every Saturday, 10am to 5pm, and hand them back only if "
                 "Grace is sober",
                 "Daniel Mensah (Dad)",
                 "07/03/2026",
                 "21/05/2026",
                 "Handover times, and how Grace seemed, written in the contact book; Rachel reads it at each "
                 "visit"],
                ["11",
                 "Six 'Steady Days' sessions at home with Grace, every Tuesday, on routines for meals, naps "
                 "and bedtime, ending with a routine chart on the fridge",
                 "Lou Bennett, family support worker, Ardleymoor Family Hub",
                 "10/03/2026",
                 "14/04/2026",
                 "Session record after each session; the routine chart seen on the fridge by Rachel, filled "
                 "in for Chidi's naps and feeds"],
                ["12",
                 "Three weekly play sessions with Amara, using puppets and her 'my house' drawing, to hear "
                 "what home is like for her",
                 "Rachel Dunmore, social worker",
                 "16/03/2026",
                 "30/03/2026",
                 "Amara's drawings and words written up on her file after each session and shared at the core "
                 "group on 09/04/2026"],
                ["13",
                 "Parenting assessment of Grace, including how her drinking affects her care of the children, "
                 "and of Daniel's part in their care",
                 "Rachel Dunmore, social worker",
                 "09/03/2026",
                 "12/05/2026",
                 "Assessment report with a recommendation shared with Grace, Daniel and the core group by "
                 "12/05/2026"],
                ["14",
                 "Go to the SMART Recovery group at the Bridge Centre every Thursday at 11am, using the "
                 "centre's creche for Chidi",
                 "Grace Okafor (Mum)",
                 "12/03/2026",
                 "21/05/2026",
                 "Attendance sheet signed by the group facilitator, sent to Sam and passed on to Rachel each "
                 "week"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Grace smells of alcohol, has a breath reading above 0.00, or seems drunk while she is caring for "
            "the children or at a handover: the adult with her (Ngozi, Daniel or a worker) keeps the children "
            "and rings Rachel, or the Emergency Duty Team out of hours. The children go to Daniel's at 41 Larch "
            "Way that day, Rachel holds a strategy discussion the same day, and Rachel asks Marcus Hale for a "
            "legal planning meeting within 5 working days.",
            "If the children are found alone, or no one can wake Grace, the adult rings 999. The children go to "
            "Daniel and Abena, or to Ngozi if Daniel cannot be reached, and Rachel holds a strategy discussion "
            "the same day.",
            "If Ngozi cannot come on one of her evenings, she rings Grace and Rachel by 2pm. Abena Mensah "
            "(paternal grandmother, agreed with Rachel on 27/02/2026) comes to the flat instead. If neither can "
            "come, Grace takes the children to Abena's for tea and bed that night, and Rachel or the duty "
            "social worker visits at 5pm to check.",
            "If Daniel cannot have the children on a Saturday, he tells Rachel by Friday at noon and Ngozi has "
            "them at her home from 10am to 5pm.",
            "If Sam's report on 12/05/2026 says Grace is unlikely to stay sober, or she has two breath readings "
            "above 0.00, Rachel will ask for a legal planning meeting before the review conference, to decide "
            "whether to start the Public Law Outline.",
        ]),
        ("h1", "Core group and review"),
        ("bullets", [
            "First core group: Thursday 12/03/2026 at 1pm, Ardleymoor Family Hub; then every four weeks on "
            "Thursdays at 1pm: 09/04/2026 and 07/05/2026.",
            "Review child protection conference: Thursday 21/05/2026 at 10am, Ardleymoor Civic Centre.",
        ]),
        ("p", "Plan sent to Grace, Daniel, Ngozi and every agency on 04/03/2026."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Review conference plan, mother's depression and overdoses: the plan's
#    bullets grouped under headings that give the time ("Straight away: by
#    ...", "Every week from ... until the review conference", "Each school
#    day", "Ahead of the review conference on ..."). Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b190_ashtonleigh_rcpc_bullets_under_time_headings_wisbey.md",
    "split": "tune",
    "actions": 19,
    "template": "rcpc-plan-md-bold-details-lines-why-still-a-plan-since-last-time-what-maisie-and-josh-say-what-we-are-aiming-for-then-plan-as-bold-owner-bullets-under-five-time-headings-straight-away-next-four-weeks-every-week-each-school-day-ahead-of-review-each-with-well-know-then-if-things-go-wrong-meetings",
    "description": (
        "Review conference plan for a 9-year-old and a 5-year-old whose mother has depression and "
        "anxiety and has taken two overdoses, the second found by the 9-year-old. The plan's bullets "
        "(bold owner, the work, then 'We'll know:') sit under five headings that give the time once for "
        "the group: 'Straight away: by Friday 13 March 2026', 'In the next four weeks: by the core group "
        "on Tuesday 7 April 2026', 'Every week from Monday 16 March until the review conference', 'Each "
        "school day' and 'Ahead of the review conference on Tuesday 16 June 2026'; a bullet that gives "
        "its own day keeps it. Every bullet is timed. Faults: 'The family' own clearing Josh a bedroom; "
        "the psychologist's CBT only treats the mother; the family support worker's sessions are "
        "measured by 'monitored and reviewed at core group'; the Reception teacher's toileting help has "
        "no measure; one outcome is about the mother only; and the grandparents carry much of the plan "
        "but the contingency sends the children to them with nothing said if they cannot help."
    ),
    "text": """\
# Ashtonleigh Borough Council: Children's Services

## Child protection plan: Maisie and Josh Wisbey

**Review child protection conference:** Tuesday 10/03/2026, Ashtonleigh Civic Offices. Chair: Nadine Orme (IRO).
**Children:** Maisie Wisbey, born 22/08/2016 (9, Year 4); Josh Wisbey, born 03/11/2020 (5, Reception). Both at St Oswin's CE Primary School.
**Home:** 31 Hawthorn Road, Ashtonleigh AL2 6PW, with their mum, Kerry Wisbey (33).
**Dad:** Steven Wisbey (36), lives in Carnford, 40 miles away, and works away in the week.
**Maternal grandparents:** Sue and Alan Platt, 12 Clover Rise, Ashtonleigh (a mile away).
**Category:** Neglect. Initial conference 09/12/2025.
**Social worker:** Leanne Holt, Family Safeguarding Team North (team manager: Paul Grieves).
**Mental health:** Kerry is under Ashtonleigh Community Mental Health Team (care coordinator Marta Nowak; consultant psychiatrist Dr Hannah Greer).

### Why there is still a plan

Kerry has had depression and anxiety since Josh was born. On 21/11/2025 she took an overdose of her
sertraline and paracetamol while the children were at school, and rang 999 herself. On 10/01/2026 she took
a second overdose in the evening; Maisie found her on the bathroom floor and could not wake her, and rang
her Nan, who rang 999. Kerry was in hospital for two nights and the children stayed with Sue and Alan.

On bad days Kerry does not get up. Maisie gets Josh dressed and makes toast, and the children have been
late 19 times this school year. Josh still wets and soils himself at school most days and his spare
clothes often come back unwashed. He sleeps in Kerry's bed because his room is full of boxes.

### What has happened since the initial conference

- Kerry has seen Marta every two weeks since December and has been taking her medication, which her GP
  now gives her a week at a time.
- Sue and Alan have had the children every Saturday night since January and walk them to school twice a
  week; on those days the children are not late.
- Kerry and Leanne put together a safety plan with Maisie in February: Maisie has a card with who to ring.
- Attendance since January: Maisie 93%, Josh 89% (autumn term: 86% and 81%).

### What Maisie and Josh say

**Maisie** (seen on her own at school, 02/03/2026): "I check on Mum before school. If she's asleep I do
Josh's breakfast." "I was really scared when Mum wouldn't wake up. I thought she was dead." "I like
Saturdays at Nan's because I don't have to listen out for Mum." She scored home 4 out of 10 and said it
would be 8 "if Mum was happy and got up".

**Josh** (at home, drawing, 05/03/2026): drew himself in Mummy's bed "because my room has the boxes". He
said "Mummy cries in the daytime" and "I want a Spider-Man bed". He said he doesn't like it when he has
"an accident" at school "because people say I smell".

### What we are aiming for

1. Maisie and Josh are looked after every day by an adult who is up and able to care for them, so Maisie
   no longer looks after Josh or checks on Mum before school.
2. Maisie and Josh are in school every day and on time, having had breakfast, in clean uniform.
3. Josh has a bed of his own and is dry and clean at school.
4. Maisie and Josh know what to do and who to ring if Mum is unwell, and are never again the ones who
   find her.
5. Kerry's depression is well managed and she takes her medication as prescribed.

## The plan

Each heading below says when the bullets under it happen. A bullet that gives its own day or date keeps
it.

### Straight away: by Friday 13 March 2026

- **Leanne Holt (social worker)** will give Kerry, Sue and Alan, Steven and the school a copy of the
  updated safety plan, saying who Maisie rings if Mum will not wake up. *We'll know:* signed copies on the
  case file and the safety plan on CPOMS for both children.
- **Kerry** will take all her spare medicines back to Hillside Pharmacy and keep her weekly supply in the
  locked box Leanne brought. *We'll know:* Leanne sees the pharmacy's returns slip and the locked box at her
  next visit.
- **Dr Anil Varma (GP, Ashtonleigh Medical Practice)** will keep all of Kerry's prescriptions on weekly
  dispensing, including paracetamol. *We'll know:* Dr Varma confirms the weekly prescriptions to Leanne in
  writing.

### In the next four weeks: by the core group on Tuesday 7 April 2026

- **Marta Nowak (care coordinator, Ashtonleigh Community Mental Health Team)** will review Kerry's care
  plan with her and Leanne, and write a report on whether Kerry is making the changes Maisie and Josh need
  and how long further change is likely to take. *We'll know:* the care plan review letter and Marta's
  report on Leanne's file before the core group.
- **Leanne** will refer Maisie to Ashtonleigh Young Carers. *We'll know:* the service's acceptance letter
  and Maisie's first session date on file.
- **The family** will clear the boxes from the back bedroom and get Josh a bed of his own. *We'll know:*
  Leanne sees Josh's bed made up in his room at a visit.
- **Jenna Marsh (school nurse, Ashtonleigh 0-19 Service)** will assess Josh's wetting and soiling with
  Kerry and refer him to the children's continence service if he needs it. *We'll know:* Jenna's letter to
  Kerry and Leanne saying what she found and whether a referral was made.

### Every week from Monday 16 March until the review conference

- **Leanne** will visit the children at home, one visit in three unannounced and one before school; she
  will see each child on their own and look at Josh's room. *We'll know:* visit record within 2 working
  days, with each child's words and whether Kerry was up.
- **Dr Owen Price (clinical psychologist, Ashtonleigh Community Mental Health Team)** will offer Kerry
  twelve weekly CBT sessions for her depression and anxiety. *We'll know:* attendance letter to Leanne
  after the sixth and twelfth sessions.
- **Nikki Shaw (family support worker, Ashtonleigh Family Hub)** will do a home session with Kerry every
  Thursday on the morning routine, meals and washing. *We'll know:* this will be monitored and reviewed at
  core group.
- **Sue and Alan Platt (Nan and Grandad)** will have Maisie and Josh to stay from Saturday at 5pm until
  Sunday at 4pm. *We'll know:* Sue texts Leanne on Sunday evening, and the children tell Leanne about the
  weekend at her visits.
- **Steven (Dad)** will video call the children every Wednesday at 6pm and have them for the day every
  other Sunday from 22/03/2026. *We'll know:* the calls and visits written in the family diary, which
  Leanne reads.
- **Tom Quayle (young carers worker, Ashtonleigh Young Carers)** will run six group sessions for Maisie on
  Thursdays after school from 16/04/2026. *We'll know:* the group register, and Maisie's "worry jar" score
  at the first and last sessions, sent to Leanne.

### Each school day

- **Mrs Dawn Kirby (deputy head and DSL, St Oswin's)** will check in with Maisie at 8.50am and ask how her
  morning was. *We'll know:* check-ins logged on CPOMS and a summary e-mailed to Leanne every Friday.
- **Mrs Lynn Carter (attendance officer, St Oswin's)** will ring Kerry if either child is not in by 9.15am,
  and ring Leanne if Kerry has not answered by 10am. *We'll know:* the first-day call log, and Leanne's note
  of each call.
- **Sue or Alan** will walk Maisie and Josh to school on Tuesdays and Thursdays. *We'll know:* the register
  shows both children in by 8.50am on those days.
- **Miss Ruth Akers (Josh's Reception teacher)** will take Josh to the toilet at every break and at
  lunchtime, and keep a set of spare clothes for him in class.

### Ahead of the review conference on Tuesday 16 June 2026

- **Dr Hannah Greer (consultant psychiatrist, Ashtonleigh Community Mental Health Team)** will review
  Kerry's medication at an outpatient appointment by 29/05/2026 and give a written view on her prognosis,
  what would need to change for her to care safely for Maisie and Josh, and how long that is likely to
  take. *We'll know:* the clinic letter on Leanne's file by 29/05/2026.
- **Leanne** will update the children's assessment with Kerry and Steven, including what Maisie and Josh
  have said since March. *We'll know:* the updated assessment shared with Kerry, Steven and the core group
  by 02/06/2026.

## If things go wrong

- **If Maisie or Josh cannot wake Mum, or find her hurt or with tablets,** Maisie rings 999 (she has
  practised this with Leanne) and then Nan. The children go to Sue and Alan's at 12 Clover Rise that night,
  and Leanne (or the Emergency Duty Team) holds a strategy discussion the same day.
- **If Kerry tells anyone she is thinking of ending her life, or misses two days of her medication,** that
  person rings the CMHT crisis team the same day. Kerry is not left alone with the children, who stay at Sue
  and Alan's until the crisis team or Dr Greer says she is well enough.
- **If either child is not in school by 9.15am and Kerry has not answered by 10am,** Leanne or the duty
  social worker visits the house that morning.
- **If Kerry takes another overdose while the children are in her care, or either child's attendance is
  below 90% at the May half term,** Leanne will ask Paul Grieves for a legal planning meeting within 5
  working days, to decide whether to start the Public Law Outline.

## Meetings

- Core group every four weeks, Tuesdays at 4pm at St Oswin's: 07/04/2026, 05/05/2026 and 02/06/2026.
- Next review child protection conference: Tuesday 16/06/2026 at 10am, Ashtonleigh Civic Offices.

Plan sent to Kerry, Steven, Sue and Alan and every agency on 12/03/2026.
""",
    "findings": [
        F("W002", "will clear the boxes from the back bedroom and get Josh"),
        F("H001", "twelve weekly CBT sessions for her depression and anxiety"),
        F("M002", "do a home session with Kerry every Thursday on the morning routine"),
        F("M001", "will take Josh to the toilet at every break"),
        F("F002", "Kerry's depression is well managed and she takes her medication as prescribed."),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Initial conference plan after a toddler ate cannabis: a landscape
#    planning grid with a column for each month (Mar, Apr, May, Jun) saying
#    when each row's work happens. Page header and footer. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b190_amberstoke_icpc_month_column_grid_pryor.pdf",
    "doc_title": "Child Protection Plan - Ellie-May and Reuben Pryor",
    "split": "tune",
    "actions": 15,
    "landscape": True,
    "font_size": 9.5,
    "min_pages": 2,
    "header": "OFFICIAL-SENSITIVE · Amberstoke Council Children's Services · Child protection plan",
    "footer": "Ellie-May and Reuben Pryor · ICPC 04/03/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "icpc-plan-paged-landscape-header-footer-kv-details-why-going-well-what-ellie-may-says-and-reubens-day-outcomes-then-planning-grid-ref-what-will-happen-lead-one-column-per-month-mar-apr-may-jun-holding-the-time-how-we-will-know-then-if-things-go-wrong-meetings",
    "description": (
        "Initial conference plan for a 6-year-old and a 14-month-old after the toddler was admitted to "
        "hospital having eaten cannabis resin from the living room floor; both parents smoke cannabis "
        "every day. The plan is a landscape planning grid with a column for each month (Mar, Apr, May, "
        "Jun 2026) holding the time of each row's work ('Weekly', 'Every school day', 'Samples 16/03', "
        "'Thursdays from 16/04', 'Clinic 21/04', 'Repeat 15/06'). Faults: the police joint visit is "
        "'As needed' in every month; the nursery place has '-' for its lead; the learning mentor's "
        "group is measured by 'Engagement in the sessions'; the family support worker's sessions have "
        "'-' for how we will know; the parents' cannabis use is recorded but no adult service owns an "
        "action (the parents own going to the drug service); and the review conference date is to be "
        "confirmed."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Agreed at the initial child protection conference on Wednesday 04/03/2026 at Amberstoke Civic "
              "Centre, chaired by Martin Dyer (independent chair)."),
        ("kv", [
            ("Children", "Ellie-May Pryor, born 19/05/2019 (6, Year 1, Millbrook Infant School); Reuben Pryor, "
                         "born 28/12/2024 (14 months)"),
            ("Address", "22 Quarry Close, Amberstoke AS3 9LN"),
            ("Parents", "Kayleigh Pryor (27) and Shane Pryor (30), both live at home"),
            ("Paternal grandmother", "Linda Pryor, 7 Ashgrove, Amberstoke"),
            ("Category", "Neglect (both children)"),
            ("Social worker", "Kirsty Elton, Children's Safeguarding Team (team manager: Joanne Pike)"),
            ("Health visitor", "Nadine Foster, Amberstoke Healthy Child Service"),
        ]),
        ("h1", "Why there is a plan"),
        ("p", "On 12/02/2026 Reuben was taken to Amberstoke General Hospital by ambulance because he was floppy "
              "and would not wake properly. His urine test was positive for cannabis. Kayleigh said he must "
              "have found a piece of resin that Shane had dropped on the living room floor. Reuben was kept in "
              "for 24 hours and recovered."),
        ("p", "Kayleigh and Shane both told the conference that they smoke cannabis every day, usually in the "
              "evening in the living room, and that they have done so since before Ellie-May was born. The "
              "police found resin, grinders and a bag of cannabis in a kitchen drawer and in the car. The flat "
              "smells strongly of cannabis, and the school has noticed the smell on Ellie-May's clothes. "
              "Ellie-May has been late 21 times this year and her attendance is 88%. Reuben missed his 12-month "
              "immunisations."),
        ("h1", "What is going well"),
        ("bullets", [
            "Kayleigh and Shane came to the conference together and agreed that cannabis must not be in the "
            "flat or the car.",
            "Both children are warmly dressed and fed; Reuben's weight is on the 50th centile.",
            "Ellie-May is doing well with her reading and her teacher says she is kind to younger children.",
            "Linda Pryor sees the children every week and has offered to have them in an emergency.",
        ]),
        ("h1", "What Ellie-May says, and Reuben's day"),
        ("p", "Ellie-May (6) talked to Kirsty at school on 27/02/2026. She said: \"Daddy's smoke makes me cough. I "
              "go in my room and shut the door.\" \"Reuben ate the brown stuff and went floppy like a teddy. I was "
              "scared he was going to die.\" She would like \"no smoke in the house\" and \"to go to Nanna "
              "Linda's on Saturdays\". She scored how safe she feels at home as 6 out of 10."),
        ("p", "Reuben is 14 months old and has just started walking. He pulls himself up on the furniture and "
              "puts everything he finds in his mouth. Nadine saw him on 26/02/2026: he was babbling, waved, and "
              "went to Kayleigh for a cuddle when he was unsure. He sleeps in a cot in his parents' bedroom, "
              "where the ashtrays were kept until the conference."),
        ("h1", "What we want for Ellie-May and Reuben"),
        ("numbers", [
            "Ellie-May and Reuben live in a home with no cannabis and no smoke in it, where nothing that could "
            "harm them is within reach.",
            "Reuben is safe, has his immunisations, keeps meeting his milestones and goes to nursery three days "
            "a week.",
            "Ellie-May is in school every day and on time, and can tell a grown-up at school when she is "
            "worried.",
            "Ellie-May and Reuben are cared for by parents who are never under the influence of drugs.",
        ]),
        ("h1", "The plan"),
        ("p", "The month columns show when each piece of work happens (Mar is March 2026, and so on). A date in "
              "a box is a deadline or the day it happens; 'Weekly', 'Fortnightly' or 'Every school day' means "
              "the work carries on all that month. A '-' means nothing is planned for that row in that month."),
        ("table", {
            "header": ["Ref", "What will happen", "Lead", "Mar", "Apr", "May", "Jun", "How we will know"],
            "widths": [1.0, 6.9, 3.8, 2.5, 2.5, 2.5, 2.5, 4.0],
            "rows": [
                ["1",
                 "Home visits to see Ellie-May and Reuben, one in two unannounced; look in every room, and in "
                 "the car, for cannabis and for anything Reuben could reach",
                 "Kirsty Elton, social worker",
                 "Weekly", "Weekly", "Weekly", "Weekly",
                 "Visit record within 2 working days, saying what was seen in each room and what Ellie-May "
                 "said"],
                ["2",
                 "Keep no cannabis, or anything used to smoke it, in the flat or the car, and never smoke "
                 "anything indoors or near the children",
                 "Kayleigh and Shane Pryor (parents)",
                 "Every day", "Every day", "Every day", "Every day",
                 "Oral fluid test clear at every unannounced visit (taken by Kirsty); nothing found in the "
                 "rooms Kirsty checks"],
                ["3",
                 "Go to the assessment at Amberstoke Drug and Alcohol Service (ADAS), then to every key-work "
                 "appointment there",
                 "Shane Pryor (Dad)",
                 "Assessment by 13/03, then weekly", "Weekly", "Weekly", "Weekly",
                 "Shane's appointment card, stamped at each appointment, shown to Kirsty at her visits"],
                ["4",
                 "Go to the ADAS women's group every Tuesday morning, using the group's creche for Reuben",
                 "Kayleigh Pryor (Mum)",
                 "From 17/03", "Tuesdays", "Tuesdays", "Tuesdays",
                 "Kayleigh's attendance slip from each group, shown to Kirsty at her next visit"],
                ["5",
                 "Hair strand tests for both parents (three one-month segments), through Forensa Testing",
                 "Kirsty Elton, social worker",
                 "Samples 16/03", "-", "-", "Repeat 15/06",
                 "Both results letters on file; the June result shows no cannabis since March"],
                ["6",
                 "Visit to weigh Reuben and do his 12-month review with an ASQ-3, then go through home safety "
                 "and safe storage with Kayleigh and Shane",
                 "Nadine Foster, health visitor",
                 "ASQ-3 by 20/03, then fortnightly", "Fortnightly", "Fortnightly", "Fortnightly",
                 "ASQ-3 scores and the home safety checklist e-mailed to Kirsty; weights in the red book"],
                ["7",
                 "A day nursery place for Reuben, three days a week, paid for from the Early Help fund",
                 "-",
                 "Place found by 27/03", "Starts 13/04", "-", "-",
                 "Nursery's start letter on Kirsty's file; Reuben's days in the nursery register"],
                ["8",
                 "Check in with Ellie-May at the classroom door, and ring Kirsty the same day if she is late, "
                 "smells of smoke or says anything worrying about home",
                 "Mrs Helen Baines, DSL, Millbrook Infant School",
                 "Every school day", "Every school day", "Every school day", "Every school day",
                 "Check-ins logged on CPOMS; attendance and lates e-mailed to Kirsty every Friday"],
                ["9",
                 "Six 'Feelings Friends' small-group sessions with Ellie-May about worries and who to tell",
                 "Mr Josh Farrell, learning mentor, Millbrook Infant School",
                 "-", "Thursdays from 16/04", "Thursdays, last one 21/05", "-",
                 "Engagement in the sessions"],
                ["10",
                 "Home sessions with Kayleigh and Shane on a daily routine, a clean flat, and a safe high "
                 "place for medicines and lighters",
                 "Rob Kettle, family support worker, Amberstoke Family Hub",
                 "Weekly from 10/03", "Weekly", "Weekly", "-",
                 "-"],
                ["11",
                 "Joint visit with Kirsty to talk with Shane and Kayleigh about who comes to the flat and "
                 "where the cannabis came from",
                 "PC Gareth Hume, Amberstoke Neighbourhood Policing Team",
                 "As needed", "As needed", "As needed", "As needed",
                 "Visit logged on the police system, with a note sent to Kirsty"],
                ["12",
                 "Direct work with Ellie-May using 'My three houses' and a worry monster, to hear what home is "
                 "like for her",
                 "Kirsty Elton, social worker",
                 "Sessions 16/03 and 23/03", "Third session 20/04", "-", "-",
                 "Ellie-May's three houses and her words on file, shared at the next core group"],
                ["13",
                 "Follow-up clinic for Reuben after his admission: his development, his sleep and any "
                 "after-effects of the cannabis",
                 "Dr Ama Owusu, consultant paediatrician, Amberstoke General Hospital",
                 "-", "Clinic 21/04", "-", "-",
                 "Clinic letter to the GP and Kirsty within 10 working days"],
                ["14",
                 "Go together to the Triple P group for parents of young children (eight sessions)",
                 "Kayleigh and Shane Pryor (parents)",
                 "-", "Wednesdays from 22/04", "Wednesdays", "Last session 10/06",
                 "Group register sent to Kirsty; each parent's certificate of completion"],
                ["15",
                 "Parenting and risk assessment, including the parents' cannabis use and what it means for "
                 "Ellie-May and Reuben",
                 "Kirsty Elton, social worker",
                 "Starts 09/03", "-", "Report by 22/05", "-",
                 "Report shared with both parents and the core group by 22/05/2026"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Ellie-May or Reuben is found with cannabis or any drug, or seems to have taken something: the "
            "adult with them rings 999 and the child goes to hospital. Kirsty (or the Emergency Duty Team) "
            "holds a strategy discussion the same day, and the children stay with Linda Pryor at 7 Ashgrove "
            "(agreed with Kirsty on 02/03/2026). If Linda cannot have them, Kirsty arranges a foster placement "
            "that day. Kirsty asks Joanne Pike for a legal planning meeting within 5 working days.",
            "If cannabis is found in the flat or the car, or either parent's oral fluid test is positive: that "
            "parent does not care for the children alone until Kirsty has held a strategy discussion, which she "
            "does the same day, and Kirsty asks Joanne Pike for a legal planning meeting within 5 working days "
            "to decide whether to start the Public Law Outline.",
            "If the June hair strand results show that either parent is still using cannabis, Kirsty asks for "
            "a legal planning meeting before the review conference.",
            "If Ellie-May is not in school by 9.30am and no one has rung, Mrs Baines rings Kirsty, who visits "
            "that morning.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 10am at Amberstoke Family Hub: 17/03/2026, 14/04/2026, "
            "12/05/2026 and 09/06/2026.",
            "Review child protection conference: date to be confirmed by the Safeguarding and Quality Unit.",
        ]),
    ],
    "findings": [
        F("W001", "A day nursery place for Reuben, three days a week"),
        F("M002", "Six 'Feelings Friends' small-group sessions with Ellie-May"),
        F("M001", "Home sessions with Kayleigh and Shane on a daily routine"),
        F("T002", "Joint visit with Kirsty to talk with Shane and Kayleigh"),
        F("F004"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Initial conference plan, father's schizophrenia: an "our week" plan
#    laid out by the days of the week (EVERY DAY, EVERY SCHOOL DAY, MONDAYS,
#    TUESDAYS AND FRIDAYS, EVERY OTHER WEDNESDAY, THURSDAYS, SATURDAYS), then
#    work that is not weekly with a "Next due" line. Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b190_alnthorpe_our_week_day_headings_next_due_hussain.txt",
    "split": "tune",
    "actions": 15,
    "template": "icpc-plan-txt-caps-headings-equals-rules-about-the-family-label-lines-why-going-well-what-yusuf-and-amina-say-outcomes-then-our-week-actions-in-square-bracket-numbers-under-day-of-week-headings-owner-first-evidence-line-then-not-every-week-items-with-next-due-and-evidence-lines-then-if-imran-becomes-unwell-warning-signs-and-responses-meetings-whos-who",
    "description": (
        "Exemplary initial conference plan for an 11-year-old and a 4-year-old whose father has paranoid "
        "schizophrenia: in December he stopped his depot injection, believed the neighbours were "
        "poisoning the water, kept the children off school and nursery for six days and taped up the "
        "windows, and was detained. Laid out as the family asked, by the days of the week: numbered "
        "actions under 'EVERY DAY', 'EVERY SCHOOL DAY', 'MONDAYS', 'TUESDAYS AND FRIDAYS', 'EVERY OTHER "
        "WEDNESDAY (from 18/02/2026)', 'THURSDAYS' and 'SATURDAYS', each owner-first with an Evidence "
        "line, then 'NOT EVERY WEEK' items with a 'Next due' line ('24/02/2026, then weekly to "
        "17/03/2026', 'CPA review 10/03/2026, then 28/04/2026'). The care coordinator and the "
        "psychiatrist both report on the father's capacity to change and its timescale; the GP owns an "
        "action; the contingency names warning signs, responses and a fallback if the grandmother or "
        "uncle cannot help; legal planning follows named triggers; core group dates and the review "
        "conference are set; the children's words are recorded."
    ),
    "text": """\
ALNTHORPE METROPOLITAN BOROUGH COUNCIL
Children's Social Care - Safeguarding and Family Support (North)
==========================================================================
CHILD PROTECTION PLAN: YUSUF AND AMINA HUSSAIN
"Our week" version, agreed at the initial conference on Thursday 12/02/2026
==========================================================================

This plan is laid out the way Saira and Imran asked for it: by the days of
the week, so that everyone can see who is doing what on each day. Work that
does not happen every week is at the end, under NOT EVERY WEEK, with the
date it is next due. The numbers in square brackets are the action numbers
we use at core group. Everything in OUR WEEK starts on Monday 16/02/2026 and
carries on until the review conference on 07/05/2026, unless it says
otherwise.


ABOUT THE FAMILY
----------------
Children:        Yusuf Hussain, born 04/10/2014 (11), Year 6, Fernlea Primary School
                 Amina Hussain, born 30/06/2021 (4), nursery class, Fernlea Primary School
Home:            58 Brunswick Street, Alnthorpe AN5 3DR
Mum:             Saira Hussain (36), healthcare assistant, Alnthorpe General Hospital
Dad:             Imran Hussain (38)
Nani:            Nasreen Akhtar (Saira's mum), 12 Brunswick Street
Uncle:           Tariq Akhtar (Saira's brother), 3 Albion Mews, Alnthorpe
Category:        Emotional abuse and neglect (both children)
Social worker:   Joanne Tate (team manager: Farid Malik)
Chair:           Helen Pratt (independent chair)


WHY THERE IS A PLAN
-------------------
Imran has had paranoid schizophrenia for eleven years. He is under the
Alnthorpe Community Mental Health Team (Recovery Team East) and has a depot
injection every two weeks. In November he stopped going for his injection.
By early December he believed the neighbours were putting poison in the
water. From 08/12/2025 to 13/12/2025 he kept Yusuf and Amina off school and
nursery, taped up the windows, and would not let them drink tap water or
leave the house while Saira was at work. On 13/12/2025 Yusuf texted his
uncle Tariq, who came round and rang the police. Imran was detained under
section 3 of the Mental Health Act at the Larchfield Unit and came home on
30/01/2026 on a community treatment order, back on his depot.

Saira works three long shifts a week. She says she knew Imran was "not
right" in November but did not know who to tell, and that she did not want
him "taken away again".


WHAT IS GOING WELL
------------------
- Imran is well again. He has had every depot injection since 02/01/2026
  and came to the conference with his care coordinator.
- Saira has changed her shifts so that she is at home every night.
- Nani and Uncle Tariq see the children every week and have said they will
  help with the plan.
- Yusuf was brave and clever: he texted Tariq when he knew things were wrong.
- Amina loves nursery and has settled back in well.


WHAT YUSUF AND AMINA SAY
------------------------
Yusuf (seen on his own at school by Joanne, 06/02/2026):
  "Dad thought the water was poison so we had to drink Coke. It was scary
   because he was whispering all the time."
  "I don't want Dad to go back to hospital. I want someone to tell me when
   he's getting poorly, not just leave me to find out."
  "Football with Uncle Tariq is the best bit of my week."
  He scored home 6 out of 10 now ("it was 1 in December").

Amina (at home with her dolls, 09/02/2026): put the daddy doll behind the
sofa "because he's hiding from the bad water", then brought him back "for
dinner". She told Joanne "Nani makes roti on Tuesdays" and "I like nursery,
Miss Kate has a hamster". Her nursery teacher says she has started asking
for water in a bottle "from the shop".


WHAT WE WANT FOR YUSUF AND AMINA
--------------------------------
1. Yusuf and Amina are never again kept at home, or kept from food, water or
   school, because Dad is unwell.
2. Someone notices the first signs of Dad becoming unwell, and acts, before
   Yusuf or Amina are frightened or kept in.
3. Yusuf understands Dad's illness in words that make sense to him, knows who
   to tell, and no longer feels it is his job to get help.
4. Yusuf and Amina go to school and nursery every day, and Yusuf starts
   secondary school in September feeling ready.


OUR WEEK
========

EVERY DAY
  [1] Saira will fill in Dad's warning-signs sheet at bedtime (his sleep, how
      he is talking, and whether he has said anything about the water or the
      neighbours).
      Evidence: the sheet, which Chris reads at each visit and Joanne reads
      at each visit.
  [2] Imran will not be the only adult looking after Yusuf and Amina
      overnight or for a whole day.
      Evidence: Saira's shift rota, kept on the fridge, shows who is with the
      children on each of her shifts; Joanne checks it at each visit.

EVERY SCHOOL DAY
  [3] Mrs Anjali Shah (DSL, Fernlea Primary) will check in with Yusuf at
      8.45am, and ring Joanne the same day if he says anything worrying about
      home.
      Evidence: check-ins logged on CPOMS; a summary e-mailed to Joanne every
      Friday.
  [4] Miss Kate Lowther (nursery teacher, Fernlea Primary) will ring Saira if
      Amina is not in by 9.15am, and ring Joanne if Saira has not answered by
      10am.
      Evidence: the nursery register and the first-day call log, e-mailed to
      Joanne every Friday.

MONDAYS
  [5] Joanne Tate (social worker) will visit after school, with one visit in
      three unannounced and at a different time; she will see each child on
      their own and see Imran.
      Evidence: visit record within 2 working days, with the children's words
      and how Imran seemed.

TUESDAYS AND FRIDAYS
  [6] Nani (Nasreen Akhtar) will have Yusuf and Amina for tea at her house
      from 3.30pm to 7pm, the two days Saira finishes late.
      Evidence: Nani writes each visit in the family book; Joanne reads it at
      her Monday visits.

EVERY OTHER WEDNESDAY (from 18/02/2026)
  [7] Chris Otway (care coordinator, CPN, Alnthorpe CMHT Recovery Team East)
      will visit Imran at home, give his depot injection, go through his
      warning-signs sheet, and write a short view before each core group on
      whether Imran is making the changes the children need, how likely a
      relapse is, and how long further change is likely to take.
      Evidence: depot given, on the CMHT record; Chris's written view on
      Joanne's file two working days before each core group.

THURSDAYS
  [8] Priya Lal (young carers worker, Alnthorpe Young Carers) will run
      Yusuf's after-school group, 4pm to 5.30pm, six sessions from
      19/02/2026 to 26/03/2026.
      Evidence: the group register, and Yusuf's own worry score at the first
      and last sessions, sent to Joanne.

SATURDAYS
  [9] Uncle Tariq will take Yusuf to Alnthorpe Juniors football training,
      9.30am to 12pm, and bring him home for lunch.
      Evidence: Yusuf's name on the club's team sheet; Tariq texts Saira when
      they leave and when they are back.


NOT EVERY WEEK
==============
  [10] Dr Ruth Adebayo (consultant psychiatrist, Alnthorpe CMHT) will review
       Imran's care and his community treatment order at his CPA reviews, and
       give a written view on whether he can keep well enough to share the
       care of Yusuf and Amina, what would need to change, and how long that
       is likely to take.
       Next due: CPA review 10/03/2026, then 28/04/2026.
       Evidence: CPA review letter copied to Joanne within 5 working days of
       each review.
  [11] Dr Owen Pike (GP, Brunswick Medical Centre) will do Imran's physical
       health check for people on antipsychotic medicine (bloods, weight and
       blood pressure) and send the results to Chris.
       Next due: 13/03/2026.
       Evidence: results on the GP record and a letter to Chris and Joanne by
       20/03/2026.
  [12] Joanne will do four sessions with Yusuf about Dad's illness, using the
       "Weather in our house" workbook, ending with his own "who I tell" card.
       Next due: 24/02/2026, then weekly to 17/03/2026.
       Evidence: the workbook and card on file; Yusuf can name three of Dad's
       warning signs and who he would ring.
  [13] Joanne and Chris will write the family's crisis plan with Saira,
       Imran, Nani and Tariq, and send it to the school, the nursery, the
       CMHT crisis team and the Emergency Duty Team.
       Next due: 26/02/2026.
       Evidence: the crisis plan signed by Saira and Imran, on Joanne's file
       and on Imran's CMHT record.
  [14] Gemma Royle (health visitor, Alnthorpe 0-19 Service) will see Amina
       at home for a development review with an ASQ-3.
       Next due: 03/03/2026.
       Evidence: ASQ-3 scores shared with Saira and Joanne by 10/03/2026.
  [15] Joanne will complete the assessment of how Imran's illness affects the
       children, and of how Saira keeps them safe when he is unwell.
       Next due: report by 23/04/2026.
       Evidence: the report, with a recommendation, shared with Saira, Imran
       and the core group by 23/04/2026.


IF IMRAN BECOMES UNWELL AGAIN
=============================
Imran's warning signs (from his CPA crisis plan): sleeping less than five
hours a night; talking about the water, the neighbours or being watched;
closing the curtains in the day or taping the windows; saying he does not
need his injection.

- If Saira, Nani, Tariq or a worker sees two or more of these signs, or
  Imran misses his depot by more than 3 days: they ring Chris (or the CMHT
  crisis team out of hours) the same day, and the crisis team sees Imran
  within 24 hours. Imran is not left alone with the children until Chris or
  Dr Adebayo says he is well. Saira takes the children to Nani's, or Nani
  comes to the house, that day.
- If the children are kept home from school or nursery without a reason, or
  Yusuf texts anyone that Dad is "being weird again": the school rings
  Joanne, who visits that morning with the police if needed, and holds a
  strategy discussion the same day.
- If Nani cannot have the children on a Tuesday or Friday (she is ill or
  away), Saira finishes at 3pm that day (agreed with her ward manager on
  10/02/2026). If Tariq cannot do Saturday football, Saira takes Yusuf. If
  no adult other than Imran can be with the children overnight, Joanne or
  the Emergency Duty Team arranges for them to stay with Saira's cousin,
  Rubina Hussain (agreed on 11/02/2026), or with foster carers that night.
- If Imran becomes unwell again and the children are kept in or frightened,
  or he refuses his depot twice, Joanne will ask Farid Malik for a legal
  planning meeting within 5 working days, to decide whether to start the
  Public Law Outline.


MEETINGS
========
Core group:       every four weeks, Tuesdays at 3.30pm at Fernlea Primary:
                  24/02/2026, 24/03/2026 and 21/04/2026
Review conference: Thursday 07/05/2026 at 10am, Alnthorpe Town Hall


WHO'S WHO
=========
Joanne Tate, social worker ............ 01632 960 271
Chris Otway, care coordinator (CPN) ... 01632 960 388
CMHT crisis team (24 hours) ........... 01632 960 900
Emergency Duty Team (after 5pm) ....... 01632 960 000
Mrs Anjali Shah, DSL, Fernlea ......... 01632 960 145
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Review conference plan, mother's personality disorder and self-harm, a
#    6-week-old baby: a Word table with a "Happens" column (start, event or
#    deadline) and a "How often" column. Landscape. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b190_arbourvale_rcpc_happens_how_often_columns_daly.docx",
    "doc_title": "Child Protection Plan (Review) - Ruby and Finn Daly",
    "split": "tune",
    "actions": 15,
    "landscape": True,
    "template": "rcpc-plan-docx-landscape-who-is-in-the-family-table-name-relationship-age-notes-then-why-still-a-plan-strengths-rubys-and-finns-days-outcomes-then-no-what-well-do-who-happens-how-often-well-know-because-table-happens-holds-start-event-or-deadline-how-often-holds-frequency-then-if-things-get-worse-core-group-review",
    "description": (
        "Review conference plan for a 2-year-old and a 6-week-old whose mother has emotionally unstable "
        "personality disorder and cut her arms in the bathroom while alone with them. The plan is a "
        "landscape Word table in which the time is split over a 'Happens' column (a start date, an event "
        "or a deadline: 'From today (16/03/2026)', 'At 8 weeks (30/03/2026)', 'The day Ruby starts "
        "(20/04/2026) until the review conference', 'Within 24 hours of any missed appointment', 'Before "
        "the review conference on 15/06/2026') and a 'How often' column ('Weekly; one visit in three "
        "unannounced', 'Every evening', 'Fortnightly, six sessions', 'Each time'). Every row is timed; the "
        "care coordinator reports on capacity to change. Faults: the DBT programme only treats the "
        "mother; speech and language therapy is measured by 'Improvement in Ruby's speech'; 'Everyone in "
        "the core group' owns telling the social worker about self-harm; the family support worker's "
        "sessions have an empty 'We'll know because' cell; the contingency only says the core group will "
        "review and consider if things get worse; and nothing says legal planning follows."
    ),
    "blocks": [
        ("title", "Child Protection Plan: Review"),
        ("p", "Arbourvale District Council, Children and Families. Agreed at the review child protection "
              "conference on Monday 16/03/2026, chaired by Gillian Royce (IRO). Ruby and Finn have been on a "
              "plan since the pre-birth conference on 16/12/2025, under the category of neglect."),
        ("h2", "Who is in the family"),
        ("table", {
            "header": ["Name", "Relationship", "Age", "Notes"],
            "widths": [5.0, 5.0, 3.0, 12.7],
            "rows": [
                ["Ruby Daly", "Daughter", "2 (born 04/11/2023)", "Lives at home. Starts at Busy Bees Nursery on "
                 "20/04/2026."],
                ["Finn Daly", "Son", "6 weeks (born 02/02/2026)", "Lives at home. Born at 38 weeks, 3.2kg."],
                ["Niamh Daly", "Mother", "24", "Lives at home. Emotionally unstable personality disorder; under "
                 "the Arbourvale Perinatal Mental Health Team."],
                ["Conor Byrne", "Father of both children", "26", "Lives at home. Warehouse team leader, now on "
                 "day shifts."],
            ],
        }),
        ("p", "Address: 8 Kestrel Walk, Arbourvale AV7 1HN. Social worker: Helen Carr (team manager: Simon "
              "Oakes). Niamh's mother lives in Galway and speaks to Niamh most days on the phone."),
        ("h2", "Why there is still a plan"),
        ("p", "Niamh was diagnosed with emotionally unstable personality disorder at 19. She has cut her arms "
              "and legs when distressed since she was 14, and took an overdose in 2023, when Ruby was on a child "
              "in need plan. The pre-birth conference was held because of her self-harm and because Ruby's "
              "care had slipped when Niamh was unwell."),
        ("p", "On 28/02/2026, while Conor was at work, Niamh cut her arms in the bathroom after an argument on "
              "the phone. Ruby found her and was seen by a neighbour in the hallway in her nappy with blood on "
              "her hands. Finn was in his Moses basket. Niamh rang Conor, who came home and took her to A&E. "
              "Since then Niamh has said she feels \"on edge all the time\" with two children, and Conor says "
              "they argue most evenings."),
        ("h2", "What is working"),
        ("bullets", [
            "Niamh rang Conor herself on 28/02/2026, and has been honest with Helen and Mark about how she "
            "feels.",
            "Conor moved onto day shifts from 09/03/2026 so that he is home every evening and night.",
            "Finn is feeding well and his weight is on the 50th centile.",
            "Niamh has never missed a health visitor appointment for Finn.",
        ]),
        ("h2", "Ruby's and Finn's days"),
        ("p", "Ruby is 2 and says about ten words (\"Mama\", \"Da\", \"Finn\", \"juice\", \"no\"). When Helen "
              "visited on 09/03/2026 Ruby took her to the bathroom door, pointed, and said \"Mama owie\". She "
              "follows Niamh from room to room and cries if the bathroom door is shut. She lights up when Conor "
              "comes home and brings him her shoes to go to the park. Ruby likes bubbles, the Gruffalo and "
              "feeding the ducks."),
        ("p", "Finn is 6 weeks old. Sophie has seen him feed well from Niamh, who talks to him softly while he "
              "feeds. He sleeps in a Moses basket in his parents' room. He startles and cries when voices are "
              "raised."),
        ("h2", "What we want for Ruby and Finn"),
        ("numbers", [
            "Ruby and Finn are always looked after by an adult who is safe and calm, and are never left alone "
            "with Niamh when she is in crisis.",
            "Finn is fed, settled and sleeps safely, and keeps growing along his centile line.",
            "Ruby's talking comes on, and she goes to nursery three days a week.",
            "Ruby and Finn do not see self-harm or hear arguments at home.",
        ]),
        ("h2", "The plan"),
        ("p", "'Happens' says when each piece of work starts, the event it is tied to, or the date it must be "
              "done by; 'How often' says how many times."),
        ("table", {
            "header": ["No.", "What we'll do", "Who", "Happens", "How often", "We'll know because"],
            "widths": [1.0, 8.3, 4.5, 4.0, 3.2, 4.7],
            "rows": [
                ["1",
                 "See Ruby and Finn at home, Finn awake and undressed and Ruby at play, and go through Niamh's "
                 "safety plan with her and Conor",
                 "Helen Carr, social worker",
                 "From 17/03/2026 until the review conference",
                 "Weekly; one visit in three unannounced",
                 "Visit record within 2 working days, with what was seen of each child and who was looking "
                 "after them"],
                ["2",
                 "Weigh Finn, watch a feed, and check where and how he sleeps",
                 "Sophie Ward, health visitor",
                 "From 18/03/2026 until Finn is 16 weeks old (25/05/2026)",
                 "Weekly",
                 "Weights plotted in the red book; health visiting record e-mailed to Helen after each visit"],
                ["3",
                 "Dialectical behaviour therapy (DBT) for Niamh: the skills group and individual DBT sessions",
                 "Dr Lisa Kemp, clinical psychologist, Arbourvale Personality Disorder Service",
                 "From 24/03/2026, for 24 weeks",
                 "Weekly (Tuesday group, Thursday session)",
                 "Attendance letter to Helen every six weeks"],
                ["4",
                 "Visit Niamh at home, go through her crisis and safety plan, and report in writing before each "
                 "core group on whether she is making the changes Ruby and Finn need and how long further "
                 "change is likely to take",
                 "Mark Sutton, care coordinator, Arbourvale Perinatal Mental Health Team",
                 "From 17/03/2026",
                 "Fortnightly",
                 "Mark's written report on Helen's file two working days before each core group"],
                ["5",
                 "Be at home every evening from 6pm, do Finn's bath and night feeds, and take over the "
                 "children's care whenever Niamh says she needs a break",
                 "Conor Byrne (Dad)",
                 "From today (16/03/2026)",
                 "Every evening",
                 "Night feed chart signed by Conor, seen by Helen and Sophie at their visits"],
                ["6",
                 "Keep her medicines and razors in the locked box, and give the key to Conor",
                 "Niamh Daly (Mum)",
                 "From today (16/03/2026)",
                 "Every day",
                 "Helen sees the locked box, and Conor holding the key, at each visit"],
                ["7",
                 "Put Niamh's prescriptions on weekly dispensing and review her medication with her",
                 "Dr Paul Fenn, GP, Arbourvale Health Centre",
                 "By 27/03/2026",
                 "Once, then weekly dispensing",
                 "GP letter to Helen confirming weekly dispensing and any change to Niamh's medication"],
                ["8",
                 "Finn's 6-8 week check and his first immunisations",
                 "Dr Paul Fenn, GP",
                 "At 8 weeks (30/03/2026)",
                 "Once",
                 "Check and immunisations written in the red book; GP letter to Helen"],
                ["9",
                 "Settle Ruby into her funded 2-year-old place, and send her attendance to Helen",
                 "Tara Mills, manager, Busy Bees Nursery",
                 "The day Ruby starts (20/04/2026) until the review conference",
                 "Tuesdays, Wednesdays and Thursdays, 9am to 3pm",
                 "Nursery register e-mailed to Helen every Friday; any missed day phoned to Helen by 10am"],
                ["10",
                 "Speech and language therapy for Ruby, with a home programme of words and games for Niamh "
                 "and Conor",
                 "Amy Harland, speech and language therapist, Arbourvale Children's Therapies",
                 "From 13/04/2026",
                 "Fortnightly, six sessions",
                 "Improvement in Ruby's speech"],
                ["11",
                 "Tell Helen about any self-harm, any mark on Ruby or Finn, or Niamh saying she cannot cope",
                 "Everyone in the core group",
                 "The same day it is seen or heard",
                 "Every time",
                 "Logged on the children's chronology within 24 hours"],
                ["12",
                 "Home sessions with Niamh and Conor on Ruby's routine, play and bedtime",
                 "Gail Moore, family support worker, Arbourvale Family Hub",
                 "From 23/03/2026, for eight weeks",
                 "Weekly (Mondays)",
                 ""],
                ["13",
                 "Ring Niamh, and visit if she does not answer, whenever she misses a DBT or care coordinator "
                 "appointment",
                 "Helen Carr, social worker",
                 "Within 24 hours of any missed appointment",
                 "Each time",
                 "Call or visit written in the case notes, with how Niamh and the children were"],
                ["14",
                 "Video interaction guidance (VIG) with Niamh and Ruby, then with Conor and Ruby",
                 "Joy Asante, VIG practitioner, Arbourvale Family Hub",
                 "From 30/03/2026",
                 "Fortnightly, six sessions",
                 "Clips reviewed with each parent; session notes shared with Helen after each session"],
                ["15",
                 "Update the parenting assessment, including what Niamh's care team and the VIG sessions show",
                 "Helen Carr, social worker",
                 "Before the review conference on 15/06/2026 (report by 01/06/2026)",
                 "Once",
                 "Report shared with Niamh, Conor and the core group by 01/06/2026"],
            ],
        }),
        ("h2", "If things get worse"),
        ("p", "If things get worse for Niamh, or the plan is not being followed, anyone who is worried should "
              "discuss it with Helen. The core group will then meet to review the plan and consider what else "
              "is needed for Ruby and Finn."),
        ("h2", "Core group and review"),
        ("bullets", [
            "Core group every four weeks at Arbourvale Family Hub at 1.30pm: Monday 30/03/2026, Monday "
            "27/04/2026 and Tuesday 26/05/2026.",
            "Next review child protection conference: Monday 15/06/2026 at 10am, Arbourvale District Council "
            "offices.",
        ]),
    ],
    "findings": [
        F("H001", "Dialectical behaviour therapy (DBT) for Niamh: the skills group"),
        F("M002", "Speech and language therapy for Ruby, with a home programme"),
        F("W002", "Tell Helen about any self-harm, any mark on Ruby"),
        F("M001", "Home sessions with Niamh and Conor on Ruby's routine"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Initial conference plan for a looked-after baby on a children's ward
#    with an unexplained fracture: a three-column table (What / Who / How we
#    will know) whose time is given by banner rows ("While Kezia is on Robin
#    Ward ...", "Before and on the day Kezia leaves hospital", "From
#    discharge until ...") unless a row gives its own. Page header and
#    footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b190_axwellbury_lac_ward_time_banner_rows_nwosu.pdf",
    "doc_title": "Child Protection Plan - Kezia Nwosu",
    "split": "tune",
    "actions": 17,
    "min_pages": 2,
    "header": "OFFICIAL-SENSITIVE · Axwellbury Council Children's Services · Child protection plan",
    "footer": "Kezia Nwosu (looked after, s20) · ICPC 05/03/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "icpc-lac-baby-on-childrens-ward-paged-header-footer-kv-legal-status-why-going-well-kezias-days-on-the-ward-outcomes-then-three-column-what-who-how-we-will-know-table-timed-by-four-banner-rows-on-the-ward-before-and-on-discharge-day-from-discharge-to-review-before-review-rows-giving-own-frequency-or-date-then-if-things-go-wrong-meetings",
    "description": (
        "Exemplary initial conference plan for an 8-month-old accommodated under section 20 and still on "
        "a children's ward in a spica cast after an unexplained spiral fracture of the femur and a "
        "healing rib fracture. The plan is a three-column table (What will happen / Who / How we will "
        "know) with no time column: the time is given once by banner rows ('While Kezia is on Robin Ward: "
        "from today until she is discharged', 'Before and on the day Kezia leaves hospital', 'From "
        "discharge until the review conference on 28/05/2026', 'Before the review conference on "
        "28/05/2026'), and rows give their own frequency or date where it differs ('every Monday and "
        "Thursday', 'every day from 10am to 4pm', 'by 13/03/2026', 'at 3 and 6 weeks after discharge'). "
        "The social worker visits the ward twice a week and the foster carer every day; the legal "
        "planning meeting is a row and legal steps follow named triggers; the contingency covers the "
        "foster carer being unable to care; core group, looked-after review and review conference dates "
        "are set; Kezia's days on the ward are recorded."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Axwellbury Council, Children's Services, Child Protection and Court Team. Agreed at the initial "
              "child protection conference held in Robin Ward's family room, Axwellbury Royal Infirmary, on "
              "Thursday 05/03/2026, chaired by Andrea Whyte (independent chair)."),
        ("kv", [
            ("Child", "Kezia Nwosu, born 10/06/2025 (8 months)"),
            ("Where Kezia is", "Robin Ward (children's ward), Axwellbury Royal Infirmary, since 20/02/2026"),
            ("Legal status", "Looked after under section 20 of the Children Act 1989 since 23/02/2026"),
            ("Carers on discharge", "Carol and Graham Fenton, foster carers, Axwellbury Fostering"),
            ("Mother", "Blessing Nwosu (23), 17 Weaver Court, Axwellbury AX2 4TB"),
            ("Father", "Jordan Marsh (25), same address"),
            ("Maternal grandmother", "Comfort Nwosu, Cressington (being assessed as a carer)"),
            ("Category", "Physical abuse"),
            ("Social worker", "Sian Protheroe (team manager: Karen Whitely)"),
        ]),
        ("h1", "Why Kezia has a plan"),
        ("p", "On 20/02/2026 Blessing and Jordan brought Kezia to the emergency department because she was "
              "screaming when her left leg was moved. An x-ray showed a spiral fracture of her left femur. A "
              "skeletal survey on 21/02/2026 also showed a healing fracture of a rib on her right side, about "
              "two to four weeks old. Neither parent has been able to say how either injury happened. Kezia "
              "is not yet walking. Dr Qureshi's first opinion is that the injuries are very unlikely to have "
              "been accidental; her full report is awaited. The police are investigating."),
        ("p", "Kezia's leg is in a spica cast. Blessing and Jordan agreed to her being accommodated under "
              "section 20 on 23/02/2026 and to supervised family time only. A legal planning meeting was held "
              "on 27/02/2026: it decided that Kezia stays accommodated while the assessments are done, and that "
              "care proceedings will be issued straight away if her parents withdraw their agreement."),
        ("h1", "What is going well"),
        ("bullets", [
            "Blessing and Jordan have come to every family time session on the ward, on time, and are gentle "
            "with Kezia and her cast.",
            "They agreed to section 20 and have worked with Sian, the ward and the police.",
            "Kezia's bloods show no bone disease so far, and her cast is comfortable.",
            "Carol Fenton has already met Kezia and has started learning her care on the ward.",
        ]),
        ("h1", "Kezia's days on the ward"),
        ("p", "Kezia is 8 months old. The nurses' notes and Sian's visits show a baby who is alert and "
              "interested in people. She babbles (\"ba-ba\", \"da-da\"), claps, and reaches for the bubbles the "
              "play specialist blows. She cries when the nurses lift her in her cast and settles quickly on "
              "Blessing's or Carol's chest. She takes her bottle well, and has started on mashed food. When "
              "Jordan raised his voice on the phone during family time on 02/03/2026 she startled and cried "
              "for several minutes. At night she wakes twice and settles with a bottle and a cuddle from the "
              "nurse."),
        ("h1", "What we want for Kezia"),
        ("numbers", [
            "Kezia is safe from being hurt again, wherever she is living.",
            "Kezia's leg heals, and she gets back to sitting, crawling and pulling herself up.",
            "Kezia is cared for by people she knows, and keeps her bond with her parents through safe, "
            "supervised family time.",
            "Kezia has a plan for where she will grow up, made within her timescale.",
        ]),
        ("h1", "The plan"),
        ("p", "The shaded rows say when the work under them happens. Where a row gives its own days, frequency "
              "or date, that is when it happens."),
        ("table", {
            "header": ["What will happen", "Who", "How we will know"],
            "widths": [8.0, 4.2, 4.8],
            "rows": [
                ["While Kezia is on Robin Ward: from today until she is discharged (expected about "
                 "17/03/2026)", H, H],
                ["Visit Kezia on Robin Ward every Monday and Thursday: see her awake, read the nursing notes "
                 "and family time records, and talk to the nurse in charge",
                 "Sian Protheroe, social worker",
                 "Visit record within 2 working days, with how Kezia was and what the nurses said"],
                ["Visit Kezia on the ward every day from 10am to 4pm, and learn her cast care, nappy changes "
                 "and feeds from the nurses",
                 "Carol Fenton, foster carer",
                 "Ward visitors' book; the nurses sign off Carol's cast care checklist before discharge"],
                ["Supervise Blessing's and Jordan's family time with Kezia on the ward, every day from 1pm to "
                 "3pm",
                 "Dawn Heald, family time supervisor, Axwellbury Family Time Service",
                 "Written record of each session sent to Sian within 24 hours"],
                ["Keep Kezia's visitors list at the nurses' station, allow no unsupervised visits, and ring "
                 "Sian (or the Emergency Duty Team) straight away if anyone not on the list asks to see her",
                 "Nurse in charge, Robin Ward (each shift)",
                 "Visitors' book; any call written in the nursing notes and on the EDT log"],
                ["Complete the child protection medical report, with the radiology opinion on both fractures "
                 "and the bone health results, by 13/03/2026",
                 "Dr Rehana Qureshi, consultant paediatrician",
                 "Written report sent to Sian and DC Tierney by 13/03/2026"],
                ["Complete Kezia's initial health assessment as a looked-after child by 20/03/2026",
                 "Dr Fiona Blake, designated doctor for looked-after children",
                 "Initial health assessment report on Kezia's file and shared with Carol by 20/03/2026"],
                ["Interview Blessing and Jordan about Kezia's injuries by 20/03/2026, and update Sian on the "
                 "investigation before each core group",
                 "DC Mark Tierney, Child Abuse Investigation Team, Axwellbury Police",
                 "Written update to Sian by 20/03/2026, then two working days before each core group"],
                ["Before and on the day Kezia leaves hospital", H, H],
                ["Chair a discharge planning meeting on the ward with Blessing, Jordan, Carol, Sian and the "
                 "orthopaedic team, and agree the plan for Kezia's cast and her family time after discharge",
                 "Sister Joy Adeleke, ward manager, Robin Ward",
                 "Written discharge plan sent to everyone at the meeting by the day of discharge"],
                ["Take Kezia home to the Fentons' with her discharge letter, cast care plan and medicines, and "
                 "ring Sian when she is settled",
                 "Carol Fenton, foster carer",
                 "Discharge letter and cast care plan copied to Sian and the GP that day; Sian's note of "
                 "Carol's call"],
                ["From discharge until the review conference on 28/05/2026", H, H],
                ["Visit Kezia at the Fentons' every week for the first four weeks, then every two weeks; see "
                 "her awake and check her skin around the cast",
                 "Sian Protheroe, social worker",
                 "Visit records within 2 working days, with how Kezia is feeding, sleeping and moving"],
                ["Supervised family time for Blessing and Jordan with Kezia at Axwellbury Family Time Centre, "
                 "Monday, Wednesday and Friday, 10am to 12pm",
                 "Dawn Heald, family time supervisor",
                 "Written record of each session to Sian within 24 hours, saying how Blessing and Jordan "
                 "handled Kezia and her cast"],
                ["Come to every family time session on time, and ring the centre by 9am if they cannot come",
                 "Blessing Nwosu and Jordan Marsh (parents)",
                 "Arrival times on the family time record; any missed session rung through by 9am"],
                ["Visit Kezia at the Fentons' every four weeks, and complete her 9-12 month review with an "
                 "ASQ-3 by 12/05/2026",
                 "Anita Roy, health visitor, Axwellbury 0-19 Service",
                 "ASQ-3 scores and weights in the red book, shared with Sian and Carol"],
                ["Fracture clinic at 3 and 6 weeks after discharge: x-rays, and the cast off when the leg has "
                 "healed",
                 "Mr James Oduya, paediatric orthopaedic surgeon",
                 "Clinic letter to the GP, Carol and Sian after each appointment"],
                ["Parenting assessment of Blessing and Jordan, together and on their own, in sessions twice a "
                 "week, including their account of how Kezia was hurt",
                 "Lucy Gray, parenting assessor, Axwellbury Parenting Assessment Team",
                 "Report shared with the parents, their solicitors and the core group by 14/05/2026"],
                ["Viability assessment of Comfort Nwosu as a carer for Kezia, by 03/04/2026",
                 "Tom Ridley, kinship assessor, Axwellbury Fostering",
                 "Viability report, with a recommendation, on Sian's file by 03/04/2026"],
                ["Before the review conference on 28/05/2026", H, H],
                ["Present the medical report, the police update and the assessments to the legal planning "
                 "meeting on 19/05/2026, for a decision on Kezia's plan and on issuing care proceedings",
                 "Sian Protheroe, with Karen Whitely (team manager)",
                 "Minutes of the legal planning meeting on file; the decision shared with Blessing, Jordan and "
                 "their solicitors within 2 working days"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Blessing or Jordan withdraw their agreement to section 20, or anyone tries to take Kezia off the "
            "ward or from the Fentons' home: the nurse in charge or Carol rings 999 and Sian (or the Emergency "
            "Duty Team). Sian asks Karen Whitely for an urgent legal planning meeting that day, to apply for an "
            "emergency protection order or an interim care order.",
            "If Kezia has any new bruise, mark or swelling, on the ward, at the Fentons' or after family time: "
            "the adult who sees it rings Sian (or the Emergency Duty Team) straight away, the on-call "
            "paediatrician examines Kezia the same day, and Sian holds a strategy discussion the same day. "
            "Family time stops until the strategy discussion has decided what happens next.",
            "If Carol and Graham cannot care for Kezia (illness or a family emergency), Axwellbury Fostering's "
            "duty team places her that day with another approved foster carer, who is shown her cast care by "
            "Carol or the ward.",
            "If Dr Qureshi's report on 13/03/2026 says the injuries were inflicted and no account explains "
            "them, Sian asks for the legal planning meeting to be brought forward to within 5 working days of "
            "the report.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks at 2pm: Monday 16/03/2026 (Robin Ward family room), then 13/04/2026 "
            "and 11/05/2026 at Axwellbury Family Time Centre.",
            "Kezia's first looked-after review: Friday 20/03/2026 at 11am, chaired by her independent "
            "reviewing officer, Paul Mensah.",
            "Review child protection conference: Thursday 28/05/2026 at 10am, Axwellbury Civic Centre.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. First core group's plan after domestic abuse: numbered items under
#    theme headings, timed once by a lead-in ("Unless an item gives its own
#    day or date, everything below starts on Monday 9 March 2026 and happens
#    every week until the review conference ...") or by the item's own
#    rhythm or deadline. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b190_acrebrook_core_group_lead_in_time_theme_items_hollis.md",
    "split": "tune",
    "actions": 16,
    "template": "core-group-plan-md-present-line-details-lines-what-happened-whats-working-what-needs-to-be-better-then-numbered-items-under-theme-headings-timed-by-one-lead-in-sentence-start-date-every-week-until-review-unless-item-gives-own-rhythm-or-deadline-well-know-in-item-then-if-ryan-comes-back-meetings",
    "description": (
        "Plan agreed at the first core group for a 10-year-old and a 7-year-old after their mother's "
        "ex-partner strangled her in the kitchen; he is on bail not to contact her. The plan is sixteen "
        "numbered items under theme headings that name no one ('Safety at home', 'At school', 'Support "
        "after the abuse', 'Before and after school', 'Assessment'), timed once by a lead-in ('Unless an "
        "item gives its own day or date, everything below starts on Monday 9 March 2026 and happens "
        "every week until the review conference on Tuesday 19 May 2026') or by the item's own rhythm or "
        "deadline ('each Monday morning', 'the same day', 'by 20/03/2026, then fortnightly', 'every "
        "Tuesday'). Faults: the Freedom Programme 'when she feels ready'; the DSL's Monday check-ins "
        "measured only by 'his progress will be monitored'; a passive referral to the children's domestic "
        "abuse service with no one named; the aunt's after-school care with no measure; no record "
        "anywhere of what Kai or Poppy think, feel or want; and the grandfather and aunt carry the "
        "school run and teas but the contingency sends the children to the grandfather with nothing said "
        "if he cannot have them."
    ),
    "text": """\
# Acrebrook City Council: Children's Services

## Child protection plan: Kai and Poppy Hollis (first core group)

**Core group held:** Monday 09/03/2026, Hollow Lane Primary School. The outline plan from the initial
conference on 26/02/2026 was filled in and agreed at this meeting.
**Present:** Jade Hollis (Mum); Amy Castle (social worker); Mrs Grace Okoro (DSL, Hollow Lane Primary);
PC Sarah Nolan (Acrebrook Police Domestic Abuse Unit); Zara Ahmed (IDVA, Acrebrook Domestic Abuse
Service); Jo Marsh (school nurse); Mick Hollis (Grandad).

**Children:** Kai Hollis, born 15/07/2015 (10, Year 5); Poppy Hollis, born 02/12/2018 (7, Year 2). Both
at Hollow Lane Primary School.
**Home:** 27 Acrebrook Road, Acrebrook AC6 2RS, with their mum, Jade Hollis (31).
**Dad:** Lewis Grant, lives in Spain; no contact since 2021.
**Grandad:** Mick Hollis (Jade's dad), 40 Fern Street, Acrebrook.
**Auntie:** Stacey Hollis (Jade's sister), 9 Linnet Close, Acrebrook.
**Category:** Emotional abuse (both children).
**Social worker:** Amy Castle, Safeguarding Team West (team manager: Lee Barnes).

### What happened

Jade's ex-partner, Ryan Kerr (34), lived with the family for two years. The police were called to the
house three times in 2025 after arguments, and Jade let Ryan move back in twice. On 14/02/2026 Ryan
put his hands round Jade's neck in the kitchen until she could not breathe. Both children were at home.
Ryan was arrested and charged, and he is on bail not to contact Jade or the children or come to
Acrebrook Road. His trial is listed for 22/06/2026. The DASH risk assessment was high and the family
were heard at MARAC on 24/02/2026.

### What's working

- Jade rang the police herself on 14/02/2026 and has supported the prosecution.
- Ryan has not been to the house since his arrest, as far as anyone knows.
- Grandad Mick and Auntie Stacey have helped every day since the incident.
- Both children's attendance is over 95% this term.

### What needs to be better for Kai and Poppy

1. Kai and Poppy live in a home where no one is hurt or frightened, and Ryan does not come to the house.
2. Kai and Poppy know what to do if Ryan comes, and who to tell.
3. Kai and Poppy go to school every day and on time, and Kai sleeps through the night.

## The plan

Unless an item gives its own day or date, everything below starts on Monday 9 March 2026 and happens
every week until the review conference on Tuesday 19 May 2026.

### Safety at home

1. Jade will not let Ryan into the house or be in contact with him, and will ring 999 if he comes to
   Acrebrook Road or tries to contact her or the children. *We'll know:* any call is on the police log,
   which PC Nolan shares with Amy, and Amy asks Jade about contact at each visit.
2. Amy Castle (social worker) will visit the children at home, one visit in three unannounced, and see
   Kai and Poppy on their own each time. *We'll know:* visit records on file within 2 working days,
   saying who was in the house.
3. PC Sarah Nolan will put a marker on the address by 13/03/2026, then check Ryan's bail conditions with
   Jade fortnightly. *We'll know:* the marker confirmed to Amy in writing, and the bail check records
   shared at each core group.
4. Mark Dyson (Sanctuary Scheme officer, Acrebrook Domestic Abuse Service) will fit a door chain, a spy
   hole and window locks by 20/03/2026. *We'll know:* Amy sees the locks fitted at her next visit.

### At school

5. Mrs Okoro (DSL) will check in with Kai each Monday morning, and his progress will be monitored.
6. Miss Hannah Reed (Poppy's class teacher) will tell Mrs Okoro and Amy the same day if Poppy is upset,
   mentions Ryan, or has any mark on her. *We'll know:* each report logged on CPOMS and on the
   children's chronology.
7. Mrs Okoro will keep the collection list at the school office, so that only Jade, Grandad Mick or
   Auntie Stacey can collect the children, and ring Jade and Amy straight away if anyone else tries.
   *We'll know:* the signing-out sheet, checked by Mrs Okoro every Friday.

### Support after the abuse

8. Jade will start the Freedom Programme when she feels ready. *We'll know:* the programme's attendance
   register and Jade's certificate, shown to Amy.
9. Zara Ahmed (IDVA) will meet Jade every Tuesday, update her safety plan and support her through the
   court case. *We'll know:* Zara's updated safety plan and DASH review shared with Amy before each
   core group.
10. A referral will be made to Stepping Stones, Acrebrook's children's domestic abuse service, for Kai
    and Poppy to join its group for children, by 20/03/2026. *We'll know:* the acceptance letter on the
    children's file.
11. Amy will do three sessions of direct work with each child, on their own, about what happened and
    how to stay safe, by 10/04/2026. *We'll know:* each child's safety card on file, and the session
    notes shared at the core group on 07/04/2026.
12. Jo Marsh (school nurse) will see Kai about his sleep and bedwetting by 27/03/2026. *We'll know:*
    Jo's letter to Jade and Amy saying what she found and what happens next.

### Before and after school

13. Grandad Mick will walk Kai and Poppy to school every Monday, Wednesday and Friday. *We'll know:* the
    register shows both children in by 8.50am on those days.
14. Auntie Stacey will collect Kai and Poppy from school on Tuesdays and Thursdays and give them their
    tea at hers until 6pm.
15. Jade will take the children to school on Tuesdays and Thursdays and collect them on Mondays,
    Wednesdays and Fridays. *We'll know:* the register and the signing-out sheet.

### Assessment

16. Amy will complete the children and family assessment by 24/04/2026. *We'll know:* the assessment,
    with a recommendation, shared with Jade and the core group by 24/04/2026.

## If Ryan comes back

- **If Ryan comes to the house, or contacts Jade or the children,** Jade rings 999 and the police attend
  and arrest him for breaching his bail. Amy (or the Emergency Duty Team) holds a strategy discussion the
  same day, and the children stay at Grandad Mick's at 40 Fern Street until it has decided what happens
  next.
- **If Jade lets Ryan back into the house, or the children are found to have seen him,** Amy holds a
  strategy discussion the same day and asks Lee Barnes for a legal planning meeting within 5 working
  days, to decide whether to start the Public Law Outline.
- **If either child is not in school by 9.15am and Jade has not rung,** Mrs Okoro rings Amy, who visits
  the house that morning.

## Meetings

- Core group every four weeks at 3.30pm at Acrebrook Family Hub: Tuesday 07/04/2026 and Tuesday 05/05/2026.
- Review child protection conference: Tuesday 19/05/2026 at 10am, Acrebrook Council House.

Plan typed up by Amy Castle and sent to Jade, Mick, Stacey and every agency on 10/03/2026.
""",
    "findings": [
        F("M002", "will check in with Kai each Monday morning, and his progress"),
        F("T002", "Jade will start the Freedom Programme when she feels ready"),
        F("W001", "A referral will be made to Stepping Stones"),
        F("M001", "will collect Kai and Poppy from school on Tuesdays and Thursdays"),
        F("F003"),
        F("C003"),
    ],
})
