"""Batch 191, module d: seven fictional plans (held-out material), places beginning with "d".

Everything here is made up: children, families, professionals, services,
schools, hospitals, police forces and councils. Labels were written by hand
from docs/rules.md and the conventions in sample_plans/README.md, without
running planlint or reading its code.

Focus: every action timed, in the many ways real writers time their work.
Every action in these plans has a real timescale (no T001 anywhere, and at
most one T002 in a plan), given in a column or field under headers the
writer worded ("From" / "Until", "Happens", "Dates", "Start" / "How often" /
"Next due" / "Finish by", "Frequency and duration"), inside the action's
sentence (rhythms such as "every fortnight", "on Tuesdays and Thursdays",
"each school day at home time"; durations such as "six sessions, one a
week from 09/02/2026"; events such as "before discharge", "within 24 hours
of any missed session", "the day Ayo starts", "the day a charging decision
is made", "within 4 weeks of this conference"; school terms; the baby's
weight), or once for a group (a time heading, a lead-in line over a list of
rules). The faulty plans hold a few faults of other kinds: missing and
collective owners, missing and unobservable measures, and now and then a
Child Z fault (a mental health service that only supports, an adult-only
outcome, no adult service, a vague contingency, family help with no
fallback, no legal planning, no dated review conference, work handed to the
receiving authority).

1. an initial conference plan for a 9-year-old and a 3-year-old after their
   mother's partner assaulted her and the 9-year-old rang 999; the mother
   drinks in the evenings. Landscape action table with the time split over
   "From" and "Until" columns, how often written in the row (docx,
   exemplary);
2. a first core group plan for a 4-year-old and a 9-month-old (neglect, the
   mother's depression, the baby's falling weight), bullets grouped under
   numbered time headings ("Straight away: everything here is done by
   Friday 6 February 2026", "Every school day", "Every week until the review
   conference", "At every visit and every contact", "By the Easter
   holidays", "At each core group") (md): faults are the talking therapies
   booking "when she feels ready" under a dated heading, the family support
   worker's sessions measured by "monitor her engagement", the CPN only
   supporting the mother, "Everyone in the network" checking the baby's
   sleeping place, the father's dentist visit for the 4-year-old with no
   check, an outcome about the mother only, and no legal planning (T002,
   M002, H001, W002, M001, F002, R002);
3. a review conference plan printed from a case system for an 11-year-old
   and a 7-year-old whose father drinks and cares for them alone after
   school: one block of dotted-leader fields per task, "Start", "How
   often", "Next due", "Finish by", "Evidence" (txt): faults are the young
   carers referral "Assigned to ... -", the school nurse's health assessment
   with "Evidence ... N/A", the learning mentor's check-ins evidenced by
   "Monitored by school", the father's drinking recorded with no adult
   service owning a task, and the uncle's and grandmother's help with no
   fallback in the contingency (W001, M001, M002, F004, C003);
4. an initial conference plan for a 14-week-old baby looked after under
   section 20 and still on a children's ward (faltering weight, her
   father's cocaine use), two tables ("While Kemi is on Puffin Ward", "From
   the day Kemi leaves hospital") with a "Happens" column, page header and
   footer (pdf, exemplary);
5. a review conference plan for a 13-, an 8- and a 4-year-old whose mother
   has PTSD and depression and took an overdose at home, typed numbered
   sentences under four outcome headings, the time inside each sentence and
   the check in the next (docx): faults are the nursery hours that "will be
   increased" with no one named, the family support worker's sessions
   checked by "keep an eye on how she is managing", the CPN only supporting
   the mother (the psychiatrist does report on change), an outcome heading
   about the mother only, a contingency of "further concerns" met by a
   discussion and a review, and no legal planning (W001, M002, H001, F002,
   C002, R002);
6. a Signs of Safety plan for a 10-year-old and a 6-year-old after their
   father hit the younger child with a belt: the family's safety rules timed
   once by a lead-in ("All of these rules start on Monday 2 February 2026
   and carry on every day until the review conference ..."), then a next
   steps table with a "Dates" column (md, exemplary);
7. a review conference plan for a 12-year-old and a 3-year-old six weeks
   before the family moves to another authority: landscape table under
   outcome banner rows with "Frequency and duration" and "Target (what we
   will see, by when)" columns, page header and footer (pdf): faults are
   the 12-year-old's CAMHS referral handed to the receiving authority
   "within four weeks of the transfer-in conference", the help with the
   move owned by "Family network", the dental check-ups "When she can", the
   Year 7 school application with "-" for its target, speech therapy
   checked by "Improvement in Ellie-Mae's speech", the grandmother's and
   family's help with no fallback, and a transfer-in conference "date to be
   confirmed" as the only next conference (X001, W002, T002, M001, M002,
   C003, R001).

Three plans (1, 4 and 6) are exemplary: every action has a named owner, a
real timescale and something that can be seen, counted or read; every
outcome is about the children; each contingency has specific triggers and
protective responses, and says what happens if a relative's help fails;
each records the children's words or the baby's observed days, core group
dates and a dated review conference, and legal planning after named
triggers; a drug and alcohol service (and in plan 1 the GP) owns actions
where a parent drinks or uses drugs; no adult mental health service is
involved in them.

Counting convention used for "actions" (README convention 1): each row of
an action table (outcome banner rows excepted), each bullet under a time
heading, each task block of the case print, each numbered sentence under an
outcome heading and each numbered safety rule counts once, whatever number
of sentences it holds. Details, worries, what is going well, the children's
words, outcomes, the safety network and scaling tables, contingencies,
meeting dates and distribution lines are not actions.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. Initial conference plan: details table, worries, going well, the
#    children's words, outcomes, then an action table whose time is split
#    over two columns, "From" and "Until", with how often written into the
#    row. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b191_dorveston_icpc_from_until_columns_adebayo.docx",
    "doc_title": "Child Protection Plan - Temi Adebayo and Ayo Fenwick-Adebayo",
    "split": "heldout",
    "actions": 16,
    "landscape": True,
    "template": "icpc-plan-docx-landscape-details-table-why-there-is-a-plan-going-well-temis-words-and-ayos-days-numbered-outcomes-then-ref-what-will-happen-lead-from-until-split-time-columns-what-we-will-see-how-often-in-the-row-then-if-things-go-wrong-core-group-review",
    "description": (
        "Exemplary initial conference plan for a 9-year-old and a 3-year-old after their mother's partner "
        "assaulted her while the children hid in the bathroom and the 9-year-old rang 999; the mother "
        "drinks most evenings and was drunk that night. The action table gives each row's time in two "
        "columns, 'From' and 'Until', filled with dates, events and the child's life ('The day Ayo "
        "starts (26/01/2026)', 'Today, 13/01/2026', 'Kyle's trial at Dorveston Magistrates' Court "
        "(03/03/2026)', 'End of summer term (17/07/2026)', 'Review conference, 14/04/2026'), with how "
        "often written into the row ('every week', 'Monday and Friday mornings', 'every Saturday from "
        "10am to 11am'). Every row has a named lead and something that will be seen, counted or read; "
        "the drug and alcohol service and the GP own actions, the aunt's help has a fallback, legal "
        "planning follows named triggers, core group dates and the review conference are set, and the "
        "children's words and days are recorded."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Dorveston Borough Council, Children's Services. Plan agreed at the initial child protection "
              "conference on Tuesday 13/01/2026, chaired by Helen Strachan (independent chair)."),
        ("table", {
            "rows": [
                ["Children", "Temi Adebayo, born 04/05/2016 (9, Year 5, St Aldhelm's C of E Primary School); "
                             "Ayo Fenwick-Adebayo, born 18/11/2022 (3, starting at Little Oaks Nursery)"],
                ["Address", "41 Saltmarsh Road, Dorveston DV2 6LT"],
                ["Mother", "Grace Adebayo (34), lives with both children"],
                ["Ayo's father", "Kyle Fenwick (31). On police bail until 03/03/2026: not to contact Grace or "
                                 "to go to Saltmarsh Road. Staying with his brother in Harnley."],
                ["Temi's father", "Femi Adebayo, lives in Wexcombe; has Temi for a week in each school "
                                  "holiday"],
                ["Maternal aunt", "Funmi Adebayo-Lewis, 6 Quarry Close, Dorveston (ten minutes' walk)"],
                ["Category", "Emotional abuse (both children)"],
                ["Social worker", "Niamh Corrigan, Family Safeguarding Team East (team manager: Paul "
                                  "Ridley)"],
                ["School", "St Aldhelm's C of E Primary School: Mrs Janet Oduya, deputy head and DSL"],
                ["Nursery", "Little Oaks Nursery: Zainab Ali, Ayo's key person"],
            ],
            "widths": [4.5, 21.2],
            "bold_first_col": True,
        }),
        ("h1", "Why there is a plan"),
        ("p", "Just before 11pm on 21/12/2025 Temi rang 999 from her mum's phone. Kyle had pushed Grace into "
              "the kitchen door, punched the wall beside her head and smashed her phone screen. Temi had "
              "taken Ayo into the bathroom and locked the door. Police arrested Kyle and found Grace had drunk "
              "most of a bottle of wine; Temi and Ayo spent the night at Funmi's. The police had been called "
              "to the house three times before in 2025, each time for shouting, and Temi told school in "
              "October that 'Kyle breaks things'."),
        ("p", "Grace says she drinks wine most evenings 'to get to sleep' and has done since Kyle's temper got "
              "worse last summer. On two of Niamh's visits in January, at 5pm, Grace smelled of alcohol; Temi "
              "says she puts Ayo to bed when Mummy falls asleep on the sofa. Ayo has about 50 words, fewer than "
              "expected at three, and his health review at two and a half was missed."),
        ("h1", "What is going well"),
        ("bullets", [
            "Grace rang Funmi on the night of 21/12/2025 and agreed at once that the children should stay with "
            "her.",
            "Grace has spoken to the IDVA service, has not let Kyle back, and has blocked his number.",
            "Grace agreed at the conference to be breathalysed at visits and to go to Dorveston Recovery "
            "Service.",
            "Temi's attendance is 97% and her teacher says she is a kind, hard-working girl with good friends.",
            "Ayo is well fed, warm and clean, and his immunisations are up to date.",
            "Funmi sees the children most days and has offered two afternoons a week.",
        ]),
        ("h1", "What Temi says, and Ayo's days"),
        ("p", "Temi (seen on her own at school by Niamh on 07/01/2026): \"I rang 999 because Kyle was hurting "
              "Mummy and I was scared he would hurt Ayo.\" \"Mummy drinks wine and then she goes to sleep on "
              "the sofa and I put Ayo in his bed.\" She scored how safe she feels at home at 4 out of 10, and "
              "said it would be higher \"if Kyle never comes back and Mummy stops the wine\". Her three wishes "
              "were a puppy, \"for Ayo to talk properly\" and \"for Mummy to be happy\"."),
        ("p", "Ayo is three and says a few words and short phrases. On Niamh's visits he ran behind the sofa "
              "when someone knocked at the door, and he played at \"shouting\" with his toy figures, banging "
              "them together. He asks for \"Tee-Tee\" (Temi) at bedtime and settles when she reads to him. "
              "At Funmi's he eats well and plays happily with his cousins."),
        ("h1", "What we want for Temi and Ayo"),
        ("numbers", [
            "Temi and Ayo live at home without violence or shouting, and Ayo sees his dad only at the family "
            "centre.",
            "Every evening and night, Temi and Ayo are looked after by a mum who is sober.",
            "Temi no longer has to put Ayo to bed or ring the police, and she scores how safe she feels at "
            "home at 7 out of 10 or more.",
            "Ayo settles at nursery, and his speech is checked and any help he needs has started.",
        ]),
        ("h1", "The plan"),
        ("p", "Each row starts on the date in the From column and runs until the date in the Until column. "
              "How often it happens is written in the row."),
        ("table", {
            "header": ["Ref", "What will happen", "Lead", "From", "Until", "What we will see"],
            "widths": [1.2, 8.2, 4.3, 3.0, 3.4, 5.6],
            "rows": [
                ["1",
                 "Visit Temi and Ayo at home every week, one visit in three unannounced: see Temi on her own, "
                 "see Ayo awake, and ask Grace to blow into the breathalyser",
                 "Niamh Corrigan, social worker",
                 "14/01/2026",
                 "Review conference, 14/04/2026",
                 "Visit record on the case file within 2 working days, with Temi's words, the breath reading "
                 "and who was in the house"],
                ["2",
                 "Six sessions of direct work with Temi at school, one a week, about the night of 21 December, "
                 "her worries, and a safety plan of her own (who she rings and where she takes Ayo)",
                 "Niamh Corrigan, social worker",
                 "Wednesday 21/01/2026",
                 "Wednesday 25/02/2026",
                 "Temi's safety plan card in her book bag and on file; her safe-at-home score at the first "
                 "and the sixth session written on the session record"],
                ["3",
                 "Check in with Temi first thing on Monday and Friday mornings, and pass on anything she says "
                 "about home",
                 "Mrs Janet Oduya, DSL, St Aldhelm's Primary",
                 "19/01/2026",
                 "End of summer term (17/07/2026)",
                 "Check-ins logged on CPOMS and sent to Niamh each Friday; anything Temi says about Kyle or "
                 "drink phoned to Niamh the same day"],
                ["4",
                 "Settle Ayo into his funded nursery place (Monday to Wednesday, 9am to 2pm) and write down "
                 "how he plays, sleeps and talks",
                 "Zainab Ali, key person, Little Oaks Nursery",
                 "The day Ayo starts (26/01/2026)",
                 "Review conference, 14/04/2026",
                 "Learning journal note e-mailed to Niamh each Friday; ASQ:SE-2 completed with Grace by "
                 "27/02/2026 and the score sent to Niamh"],
                ["5",
                 "Ayo's missed two-and-a-half-year health review at home, with a speech and language screen; "
                 "refer him to speech and language therapy if he scores below the cut-off",
                 "Lorna Beattie, health visitor, Dorveston 0-19 Service",
                 "19/01/2026",
                 "13/02/2026",
                 "ASQ-3 scores on Ayo's health record and in a letter to Niamh; the therapy service's "
                 "acknowledgement on file if he is referred"],
                ["6",
                 "Safety planning with Grace, with a call or a meeting every fortnight, and Grace's case taken "
                 "to the MARAC on 05/02/2026",
                 "Shona Reid, IDVA, Dorveston Domestic Abuse Service",
                 "15/01/2026",
                 "Kyle's trial at Dorveston Magistrates' Court (03/03/2026)",
                 "Safety plan signed by Grace and copied to Niamh by 23/01/2026; MARAC actions on Niamh's "
                 "file the day after the MARAC"],
                ["7",
                 "Go to the Freedom Programme at Dorveston Family Hub every Tuesday, 10am to 12 noon (12 "
                 "sessions)",
                 "Grace Adebayo (Mum)",
                 "20/01/2026",
                 "07/04/2026",
                 "Family Hub register e-mailed to Niamh at the end of each month; Grace tells Niamh at a "
                 "visit what she has learned about how Kyle's behaviour affected Temi and Ayo"],
                ["8",
                 "Tell Niamh of any breach of Kyle's bail conditions (no contact with Grace, not to go to "
                 "Saltmarsh Road) on the day it is reported, and what the police did",
                 "DC Mark Elswick, Domestic Abuse Investigation Team, Dorveston Police",
                 "13/01/2026",
                 "Kyle's trial (03/03/2026)",
                 "Each breach and its outcome e-mailed to Niamh the same day; a bail update in writing to "
                 "each core group"],
                ["9",
                 "Key-work sessions with Grace about her drinking every fortnight, with a breath test at "
                 "every session and an AUDIT at the first and the sixth; then a written report on whether "
                 "Grace has cut down and is likely to stay sober in the evenings",
                 "Dev Sharma, recovery worker, Dorveston Recovery Service (drug and alcohol)",
                 "21/01/2026",
                 "31/03/2026",
                 "Breath readings and AUDIT scores e-mailed to Niamh after each session; Dev's report on "
                 "Niamh's file by 31/03/2026"],
                ["10",
                 "Liver function blood test for Grace, repeated after ten weeks, with the results sent to Dev "
                 "and Niamh",
                 "Dr Ruth Hollis, GP, Saltmarsh Medical Practice",
                 "21/01/2026",
                 "01/04/2026",
                 "Both results on the GP record and copied to Niamh within a week of each test"],
                ["11",
                 "Not drink any alcohol while looking after Temi and Ayo, and blow into the breathalyser at "
                 "every social work and recovery worker visit",
                 "Grace Adebayo (Mum)",
                 "Today, 13/01/2026",
                 "Review conference, 14/04/2026",
                 "Every breath reading 0.00 on Niamh's visit records and Dev's session notes"],
                ["12",
                 "Walk Temi to school on Tuesdays and Thursdays, have Temi and Ayo for tea at her house, and "
                 "bring them home by 6pm",
                 "Funmi Adebayo-Lewis (maternal aunt)",
                 "20/01/2026",
                 "14/04/2026",
                 "School register shows Temi in by 8.50am on those days; Funmi texts Niamh each Thursday "
                 "evening"],
                ["13",
                 "Supervise Ayo's time with his dad every Saturday from 10am to 11am at Dorveston Family "
                 "Centre, with separate arrival and leaving times so Kyle and Grace do not meet",
                 "Amy Dowd, family time worker, Dorveston Family Time Service",
                 "24/01/2026",
                 "Review conference, 14/04/2026",
                 "Family time record sent to Niamh within 2 working days, saying how Ayo greeted and left his "
                 "dad"],
                ["14",
                 "Go to the assessment for the Change Course (for men who have been abusive to a partner) "
                 "and, if accepted, to every weekly group",
                 "Kyle Fenwick (Ayo's dad)",
                 "02/02/2026",
                 "Assessment by 27/02/2026; groups weekly to 14/04/2026",
                 "Assessment outcome letter from the Change Course to Niamh by 27/02/2026; attendance "
                 "register sent to Niamh each month"],
                ["15",
                 "Update the child and family assessment, with Temi's and Ayo's views, Grace's safety plan "
                 "and what Femi can offer Temi",
                 "Niamh Corrigan, social worker",
                 "13/01/2026",
                 "24/02/2026",
                 "Assessment, with a recommendation for the review conference, shared with Grace and the "
                 "core group by 24/02/2026"],
                ["16",
                 "Fit a video doorbell, a door chain and a new lock on the back door under the sanctuary "
                 "scheme",
                 "Lee Tranter, sanctuary scheme officer, Dorveston Homes",
                 "14/01/2026",
                 "30/01/2026",
                 "Works completion sheet e-mailed to Niamh; Grace shows Niamh the doorbell app at the next "
                 "visit"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Kyle comes to the house, contacts Grace, or is seen near the house or the school: Grace rings "
            "999 and the police attend and arrest him for breach of bail; Mrs Oduya keeps Temi in school "
            "until Grace or Funmi collects her; Niamh holds a strategy discussion with the police the same "
            "day.",
            "If a breath reading is above 0.00 while Grace is looking after the children, or she is seen "
            "drunk: Temi and Ayo go to Funmi's at 6 Quarry Close that day (agreed by Funmi on 12/01/2026), "
            "Niamh holds a strategy discussion the same day, and the children do not sleep at home until "
            "Niamh and Paul Ridley agree it is safe.",
            "If Funmi cannot do the Tuesday or Thursday school run, she rings Niamh by 7.30am: Temi goes to "
            "the school Breakfast Club (Mrs Oduya holds a place for her) and Niamh visits that evening. If "
            "Funmi cannot have the children in an emergency, Niamh (or the Emergency Duty Team out of hours) "
            "arranges a foster placement for Temi and Ayo together that day.",
            "If Grace drinks while looking after the children twice, lets Kyle into the house, or Dev's "
            "report of 31/03/2026 says she has not cut down, Niamh will ask Paul Ridley for a legal "
            "planning meeting within 5 working days to decide whether to start the Public Law Outline.",
        ]),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks, Thursdays at 1.30pm at Dorveston Family Hub: 22/01/2026, "
            "19/02/2026 and 19/03/2026.",
            "Review child protection conference: Tuesday 14/04/2026 at 10am, Dorveston Civic Centre.",
        ]),
        ("p", "Plan sent to Grace, Kyle (the parts about Ayo), Funmi and every agency on 15/01/2026."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. First core group plan with the actions grouped under time headings
#    ("Straight away: by Friday 6 February", "Every school day", "Every week
#    until the review conference", "At every visit", "By the Easter
#    holidays", "At each core group"), each bullet with a bold owner and its
#    check in the same bullet. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b191_daskerby_core_group_time_headed_sections_whitmore.md",
    "split": "heldout",
    "actions": 19,
    "template": "first-core-group-plan-md-present-line-details-table-worries-going-well-maisies-words-leos-day-outcomes-then-numbered-time-headings-straight-away-every-school-day-every-week-until-review-every-visit-by-easter-each-core-group-owning-the-time-of-bold-owner-bullets-then-if-things-go-wrong-meetings",
    "description": (
        "First core group plan for a 4-year-old and a 9-month-old living with neglect: their mother has "
        "depression and anxiety and is under the community mental health team, the baby's weight has "
        "fallen from the 50th to the 9th centile, and the 4-year-old is often late and hungry. The plan "
        "groups its bullets under headings that give the time once for everything under them "
        "('Straight away: everything here is done by Friday 6 February 2026', 'Every school day, from "
        "Monday 9 February 2026', 'Every week until the review conference on Thursday 23 April 2026', "
        "'At every visit and every contact', 'By the Easter holidays', 'At each core group'), and a few "
        "bullets give their own time ('every fortnight', 'at her 8-week appointment'). Faults: the "
        "mother books the talking therapies group 'when she feels ready' (a vague time of its own under "
        "a dated heading); the family support worker's sessions are measured only by 'monitor her "
        "engagement'; the CPN only supports the mother with her mood and medication; 'Everyone in the "
        "network' checks the baby's sleeping place; the father's dentist visit for the 4-year-old has no "
        "check; one outcome is about the mother only; and nothing says legal planning follows if the "
        "plan does not work."
    ),
    "text": """\
# Daskerby Council - Children's Services

## Core group plan: Maisie and Leo Whitmore

**First core group, Tuesday 3 February 2026, Daskerby Vale Family Hub.** This plan builds on the outline
plan agreed at the initial child protection conference on Thursday 22 January 2026.

Present: Sam Prentice (social worker), Jade Whitmore (Mum), Ryan Cole (Dad), Kirsty Dale (health visitor),
Mrs Helen Boyce (DSL, Daskerby Vale Primary School), Donna Keane (family support worker, Daskerby Vale
Family Hub), Brenda Cole (Nan, Ryan's mum). Owen Platt (CPN) sent a written update.

| | |
|---|---|
| **Children** | Maisie Whitmore, born 14/03/2021 (4, Reception at Daskerby Vale Primary School); Leo Whitmore, born 29/04/2025 (9 months) |
| **Home** | 12 Fenwick Close, Daskerby DK3 8RW, with Mum and Dad |
| **Mum** | Jade Whitmore (24). Depression and anxiety; on sertraline since November 2025; under the Daskerby Community Mental Health Team (care coordinator Owen Platt, CPN) |
| **Dad** | Ryan Cole (27). Works nights at Northway Distribution, 10pm to 6am, four nights a week |
| **Nan** | Brenda Cole, 3 Linnet Way, Daskerby (five minutes by car) |
| **Category** | Neglect (both children) |
| **Social worker** | Sam Prentice, Daskerby Children's Services, Locality Team North (team manager: Rita Mensah) |
| **GP** | Dr Farah Malik, Daskerby Vale Surgery |

### What we are worried about

Leo weighed in at the 50th centile at birth and followed it until he was 5 months old. Since then his
weight has fallen to just above the 9th centile. Jade missed three of his health visitor appointments
in the autumn. On visits in December and January Sam and Kirsty found dirty bottles in the sink, old
milk in the fridge, dog mess on the kitchen floor and Leo asleep on the sofa cushions.

Jade told her GP in November that she had thought about ending her life. She was started on sertraline
and referred to the community mental health team. On bad days she stays in bed until the afternoon.
Ryan sleeps in the day after his night shifts, so for much of the day no one is up and looking after Leo.

Maisie was late 19 times in the autumn term and her attendance was 84%. She often comes to school
hungry, without her book bag or PE kit, and she had head lice for most of December. The school nurse
saw two decayed front teeth; Maisie has never been to a dentist.

### What is going well

- Jade is taking her sertraline and has seen Owen three times since December.
- Brenda has had Leo on Wednesdays since the conference and Leo fed well there.
- At Sam's last visit, on 30/01/2026, the kitchen was clean and Leo had a clean cot to sleep in.
- Maisie loves school and reading, and her teacher says she is "a little ray of sunshine".
- Ryan came to the conference and to this core group, and wants to move to day shifts.

### What Maisie says, and Leo's day

**Maisie** (with Sam in her classroom's book corner, 28/01/2026): "Mummy stays in bed and I get my own
crisps." "I don't like it when the dog does a poo and nobody cleans it." "I like Nanny's house because
there's pancakes." On her happy and sad faces sheet she put a sad face for "mornings" and a happy face
for "school" and "Leo".

**Leo** is nine months old. On visits he is quiet, watches the adults closely and does not cry much,
even when he has not been fed for four hours. He sits on his own and smiles when Maisie plays peekaboo.
At Nan's on Wednesdays he takes a full bottle and some porridge and naps in a travel cot. Kirsty saw
him on 26/01/2026 in a nappy that had not been changed for a long time, with a sore rash.

### What needs to be different

1. Leo is fed regularly, sleeps safely in his cot, and is back up to at least the 25th centile by his
   1-year check.
2. Maisie gets to school by 8.45am every day, having had breakfast, clean and with her things.
3. Maisie and Leo live in a clean home where someone is up and looking after them all day.
4. Jade's mood is better and she feels less overwhelmed.

## The plan: what will happen, and when

The plan is set out by when things happen. The time in a heading is the time for every line under it,
unless a line gives its own.

### 1. Straight away: everything here is done by Friday 6 February 2026

- **Sam Prentice (SW)** will apply to the Daskerby Family Support Fund for a cot mattress, a steriliser
  and two stair gates, and will note on his visit record that they are in place at the first visit
  after they arrive.
- **Kirsty Dale (HV)** will refer Leo to the community paediatric dietitian at Daskerby Children's Centre;
  the dietitian's acceptance letter goes on Sam's file.
- **Jade** will book a place on the Daskerby Talking Therapies "Coping with low mood" group when she
  feels ready, and show Sam the booking text.
- **Ryan** will ask his manager at Northway Distribution to move him onto day shifts until the review
  conference, and give Sam the letter confirming his new shifts.

### 2. Every school day, from Monday 9 February 2026

- **Jade and Ryan** will get Maisie to school by 8.45am, having had breakfast, in clean uniform and with
  her book bag. The school register, sent to Sam by Mrs Boyce each Friday, will show it.
- **Mrs Helen Boyce (DSL)** will ring Jade if Maisie is not in by 9.15am, and ring Sam if Jade has not
  answered by 10am. Each call goes on the school's first-day call log.
- **Miss Ellie Parr (Maisie's class teacher)** will check Maisie's hair and uniform and ask if she has had
  breakfast at registration, logging anything on CPOMS; Mrs Boyce sends Sam a summary each Friday.

### 3. Every week until the review conference on Thursday 23 April 2026

- **Sam** will visit, one visit in three unannounced, and see Maisie on her own and Leo awake, looking at
  the fridge, the kitchen and Leo's cot. Each visit record goes on file within two working days, with a
  photo of Leo's sleeping space and what Maisie said.
- **Kirsty** will weigh Leo at home and plot his weight in his red book, and e-mail Sam the weight the same
  day. We want to see his weight climb back to the 25th centile line by his 1-year check.
- **Donna Keane (family support worker)** will do a session with Jade every Tuesday morning on Leo's
  feeds, meals for the family and keeping on top of the washing, and will monitor her engagement.
- **Owen Platt (CPN, Daskerby Community Mental Health Team)** will visit Jade every fortnight to support
  her with her mood and her sertraline, and e-mail Sam the date of each visit.
- **Brenda Cole (Nan)** will have Leo at her house every Wednesday from 9am to 3pm so that Jade can get to
  her appointments and rest, and will text Sam each Wednesday evening to say how much Leo took at each
  feed.

### 4. At every visit and every contact

- **Everyone in the network** will look at where Leo is sleeping and ring Sam the same day if it is not
  safe; Sam will log each call on the children's chronology.
- **Jade** will fill in Leo's feed chart at every feed and show it at each home visit by Sam, Kirsty or
  Donna, who will sign it. The signed charts go to the core group.

### 5. By the Easter holidays (Friday 27 March 2026)

- **Dr Farah Malik (GP)** will review Jade's sertraline at her 8-week appointment, and write to Sam about
  Jade's mood and how it affects her care of Maisie and Leo.
- **Ryan** will take Maisie to Linnet Way Dental Practice for a check-up and fluoride varnish.
- **Donna and Kirsty** will score the home together on the Daskerby home conditions checklist at a joint
  visit in the week of 23 March, and send the score to Sam. We want 4 or more out of 5 in every room.

### 6. Before Leo's 1-year check (by Wednesday 29 April 2026)

- **Kirsty** will do Leo's 1-year health review with an ASQ-3 and send Sam a letter with his scores and
  his weight.

### 7. At each core group

- **Sam** will ask Maisie in the week before each core group what is better and what is worse at home,
  using her happy and sad faces sheet, and bring her sheet and her words to the meeting.

## If things go wrong

- If Maisie is not in school by 10am and no one has answered Mrs Boyce, Sam (or the duty social worker)
  visits the house that morning and sees both children.
- If Leo loses weight at two weigh-ins in a row, or drops below the 9th centile line, Kirsty gets him a
  same-day appointment with Dr Malik and tells Sam, and Sam holds a strategy discussion with health that
  day.
- If Jade is too unwell to get up and look after Leo, Ryan stays off work that day or Brenda takes both
  children to her house. If neither of them can, Sam arranges a foster placement for Maisie and Leo
  together that day.
- If Brenda cannot have Leo on a Wednesday, Jade rings Sam that morning and Leo goes to the Daskerby Vale
  Family Hub creche (a place is held for him by Donna).
- If Jade tells anyone she is thinking of ending her life, they ring the mental health crisis team and
  Sam straight away, and Ryan or Brenda stays with the children until the crisis team has seen her.

## Meetings

- Core group every four weeks, Tuesdays at 1pm at Daskerby Vale Family Hub: 03/03/2026 and 31/03/2026.
- Review child protection conference: Thursday 23 April 2026 at 10am, Daskerby Town Hall.

Plan typed by Sam Prentice on 04/02/2026 and sent to Jade, Ryan, Brenda and everyone at the core group.
""",
    "findings": [
        F("T002", "group when she feels ready, and show Sam the booking text"),
        F("M002", "the washing, and will monitor her engagement"),
        F("H001", "visit Jade every fortnight to support her with her mood"),
        F("W002", "will look at where Leo is sleeping and ring Sam"),
        F("M001", "will take Maisie to Linnet Way Dental Practice"),
        F("F002", "Jade's mood is better and she feels less overwhelmed."),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Review conference plan printed from a case system ("CareTrack"): dotted
#    leader fields, then one task block per action with "Start", "How
#    often", "Next due" and "Finish by" fields and an "Evidence" field, then
#    trigger / response contingency fields and meeting fields. Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b191_drumlenny_case_print_how_often_next_due_fields_kowalczyk.txt",
    "split": "heldout",
    "actions": 14,
    "template": "rcpc-plan-case-system-print-txt-equals-rules-dot-leader-fields-household-adult-services-concerns-progress-childrens-views-outcomes-then-task-n-of-14-blocks-task-assigned-to-start-how-often-next-due-finish-by-evidence-then-trigger-response-contingency-blocks-meeting-fields",
    "description": (
        "Review conference plan for an 11-year-old and a 7-year-old whose father drinks heavily and "
        "cares for them alone after school while their mother works long shifts; the 11-year-old cooks "
        "for her brother and once could not wake her father. Printed from a case system, each task is a "
        "block of dotted-leader fields, with its time spread over 'Start', 'How often', 'Next due' and "
        "'Finish by' ('Fortnightly' and 'Review conference 21/04/2026', 'Each school day at home time', "
        "'Weekly on Wednesdays, five sessions', 'Before the Year 6 transition day (02/07/2026)'), and "
        "every task has a real time. Faults: the young carers referral is assigned to '-'; the school "
        "nurse's health assessment has 'N/A' for evidence; the learning mentor's check-ins are "
        "evidenced only by 'Monitored by school'; the father's drinking is recorded but no adult "
        "service owns any task (the alcohol service is only where he goes); and the plan leans on the "
        "uncle and the grandmother, with the contingency sending the children to the uncle, but says "
        "nothing about what happens if they cannot help."
    ),
    "text": """\
================================================================================
 CARETRACK   Drumlenny Metropolitan Borough Council - Children's Services
 PLAN PRINT  Child protection plan                  Printed 29/01/2026 09:42
================================================================================

 Plan type ............ Child protection plan (review)
 Plan ID .............. CP-0041187
 Conference ........... Review child protection conference, 27/01/2026
                        (initial conference 28/10/2025)
 Category ............. Neglect (both children)
 Chair ................ Lorna Haig, independent reviewing officer
 Allocated worker ..... Ailsa Monteith, social worker, Family Support and
                        Protection Team 2 (team manager: Graham Pollock)

--------------------------------------------------------------------------------
 SUBJECTS
--------------------------------------------------------------------------------
 Child 1 .............. Zofia KOWALCZYK, dob 02/10/2014 (11), Year 6,
                        St Columba's RC Primary School
 Child 2 .............. Jakub (Kuba) KOWALCZYK, dob 15/06/2018 (7), Year 3,
                        St Columba's RC Primary School
 Address .............. 27 Ropewalk Terrace, Drumlenny DL5 2NA

--------------------------------------------------------------------------------
 HOUSEHOLD AND NETWORK
--------------------------------------------------------------------------------
 Mother ............... Agnieszka Kowalczyk (37). Works at Halden Foods,
                        6am to 6pm, four days a week
 Father ............... Tomasz Kowalczyk (40). Out of work since 06/2025.
                        Prefers to speak Polish; interpreter booked for
                        all meetings
 Paternal uncle ....... Marek Kowalczyk, 14 Kiln Lane, Drumlenny
 Paternal gran ........ Halina Kowalczyk ("Babcia"), 3 Abbey Row, Drumlenny
 Adult services ....... Drumlenny Alcohol Service: Tomasz self-referred on
                        19/11/2025. Not at the conference; no report
                        received.

--------------------------------------------------------------------------------
 CONCERNS
--------------------------------------------------------------------------------
 Tomasz drinks vodka most days and has done since he lost his job in June
 2025. Agnieszka works until 6pm, so from 3.15pm Tomasz cares for the
 children on his own. On 14/10/2025 he came to collect Kuba smelling
 strongly of alcohol and unsteady on his feet; the school kept Kuba until
 Agnieszka came. On 09/01/2026 Zofia rang her mum at work at 7pm because
 Dad was asleep on the floor and would not wake up, and she had made pasta
 for Kuba. Zofia is often tired in school and her homework is not done.
 Kuba has missed 11 days this year and both children's teeth have not been
 checked for over two years.

--------------------------------------------------------------------------------
 PROGRESS SINCE THE INITIAL CONFERENCE
--------------------------------------------------------------------------------
 Tomasz has been to two appointments at the alcohol service and says he has
 cut down to "only beer at weekends". His breath reading was 0.00 on three
 of Ailsa's five visits. Marek has collected the children on Tuesdays since
 December. Agnieszka has asked her manager about earlier shifts. Kuba's
 attendance this half term is 94%.

--------------------------------------------------------------------------------
 CHILDREN'S VIEWS
--------------------------------------------------------------------------------
 Zofia (seen on her own at school, 20/01/2026, in English): "When Tata
 drinks I do the tea and I put Kuba in the bath." "I was scared when he
 wouldn't wake up. I thought he was dead." "I want to go to the club where
 they do cooking and I want Tata to stop for real." Scored home 5/10
 ("better when Wujek Marek comes").

 Kuba (seen at home, 22/01/2026): drew his dad "sleeping on the floor" and
 himself "watching cartoons with Zosia". "I like Babcia's house, she makes
 pierogi and takes me to football." Put three worry stones in his jar:
 "Tata sleeping", "Mama at work", "my tooth hurts".

--------------------------------------------------------------------------------
 OUTCOMES FOR THE CHILDREN
--------------------------------------------------------------------------------
 1  Zofia and Kuba are always looked after by a sober adult after school,
    in the evening, at night and at weekends.
 2  Zofia no longer cooks for or looks after Kuba, goes to young carers'
    club, and gets her homework done.
 3  Kuba is in school every day and on time, and can name an adult he
    tells his worries to.
 4  Both children have had their health and teeth checked and are
    registered with a dentist.

--------------------------------------------------------------------------------
 TASKS (14)
--------------------------------------------------------------------------------
 TASK 01 of 14
   Task ............. Visit Zofia and Kuba at home, one visit in two
                      unannounced and at least one a month after 5pm; see
                      each child on their own; breath test for Tomasz
   Assigned to ...... Ailsa Monteith (SW)
   Start ............ 28/01/2026
   How often ........ Fortnightly
   Next due ......... 11/02/2026
   Finish by ........ Review conference 21/04/2026
   Evidence ......... Visit record within 2 working days, with each
                      child's words and Tomasz's breath reading

 TASK 02 of 14
   Task ............. Direct work with Kuba using his worry jar: what
                      happens at home after school, and who he can tell
   Assigned to ...... Ailsa Monteith (SW)
   Start ............ 04/02/2026
   How often ........ Weekly on Wednesdays, five sessions
   Next due ......... 04/02/2026
   Finish by ........ 04/03/2026
   Evidence ......... Kuba's worry jar sheets on file; his "home feels"
                      score at the first and fifth sessions

 TASK 03 of 14
   Task ............. Refer Zofia to Drumlenny Young Carers for an
                      assessment and a place at the Thursday club
   Assigned to ...... -
   Start ............ 28/01/2026
   How often ........ -
   Next due ......... -
   Finish by ........ 13/02/2026
   Evidence ......... Acceptance letter on file; date of Zofia's first
                      club night

 TASK 04 of 14
   Task ............. Check who collects Zofia and Kuba. Do not let either
                      child leave with an adult who smells of alcohol;
                      ring Agnieszka and Ailsa straight away
   Assigned to ...... Mrs Fiona Baird, DSL, St Columba's RC Primary
   Start ............ 28/01/2026
   How often ........ Each school day at home time
   Next due ......... 28/01/2026, 3.15pm
   Finish by ........ Review conference 21/04/2026
   Evidence ......... Collection log on CPOMS, e-mailed to Ailsa every
                      second Friday

 TASK 05 of 14
   Task ............. Go to key-work sessions at Drumlenny Alcohol Service
                      and take the breath test at each one
   Assigned to ...... Tomasz Kowalczyk (father)
   Start ............ 29/01/2026
   How often ........ Weekly (Thursdays, 11am)
   Next due ......... 29/01/2026
   Finish by ........ 21/04/2026
   Evidence ......... Appointment card stamped at each session, seen by
                      Ailsa at her visits

 TASK 06 of 14
   Task ............. Not drink any alcohol on a day he is looking after
                      Zofia and Kuba; breath test at every SW visit
   Assigned to ...... Tomasz Kowalczyk (father)
   Start ............ 27/01/2026
   How often ........ Every day
   Next due ......... At every visit
   Finish by ........ 21/04/2026
   Evidence ......... Breath reading of 0.00 on every visit record

 TASK 07 of 14
   Task ............. Ask Halden Foods for shifts that have her home by
                      4pm, Monday to Friday
   Assigned to ...... Agnieszka Kowalczyk (mother)
   Start ............ 28/01/2026
   How often ........ -
   Next due ......... -
   Finish by ........ 27/02/2026
   Evidence ......... Letter from Halden Foods confirming the shifts, copy
                      on file

 TASK 08 of 14
   Task ............. Collect Zofia and Kuba from school and give them
                      their tea at his flat until Agnieszka finishes work
   Assigned to ...... Marek Kowalczyk (paternal uncle)
   Start ............ 03/02/2026
   How often ........ Tuesdays and Thursdays, 3.15pm to 6.30pm
   Next due ......... 03/02/2026
   Finish by ........ 21/04/2026
   Evidence ......... School collection log shows Marek on those days

 TASK 09 of 14
   Task ............. Have Zofia and Kuba at her house for the day, and
                      take Kuba to his football match
   Assigned to ...... Halina Kowalczyk (paternal grandmother)
   Start ............ 31/01/2026
   How often ........ Every Saturday, 10am to 6pm
   Next due ......... 31/01/2026
   Finish by ........ 18/04/2026
   Evidence ......... Halina rings Ailsa each Sunday evening; Kuba's coach
                      signs his attendance card

 TASK 10 of 14
   Task ............. Health assessment for Zofia and Kuba (height, weight,
                      eyes, teeth), and help Agnieszka register them with
                      a dentist
   Assigned to ...... Rhona Kerr, school nurse, Drumlenny 0-19 Service
   Start ............ 02/02/2026
   How often ........ -
   Next due ......... -
   Finish by ........ 13/03/2026
   Evidence ......... N/A

 TASK 11 of 14
   Task ............. Check in with Zofia every Thursday at lunchtime about
                      home, her worries and her homework
   Assigned to ...... Mr Kevin Lowrie, learning mentor, St Columba's
   Start ............ 29/01/2026
   How often ........ Weekly (Thursdays, 12.30pm)
   Next due ......... 29/01/2026
   Finish by ........ End of spring term (27/03/2026)
   Evidence ......... Monitored by school

 TASK 12 of 14
   Task ............. Start Zofia's move to secondary school early: meet
                      the Year 7 pastoral lead at Drumlenny Academy with
                      Zofia and Agnieszka and share her young carer needs
   Assigned to ...... Mrs Fiona Baird, DSL, St Columba's RC Primary
   Start ............ First week after the Easter holidays (13/04/2026)
   How often ........ -
   Next due ......... -
   Finish by ........ Before the Year 6 transition day (02/07/2026)
   Evidence ......... Meeting notes and Zofia's "all about me" page sent
                      to Ailsa and to Drumlenny Academy

 TASK 13 of 14
   Task ............. Update the child and family assessment, with a
                      chronology of Tomasz's drinking and the children's
                      views; share it in Polish and English
   Assigned to ...... Ailsa Monteith (SW)
   Start ............ 28/01/2026
   How often ........ -
   Next due ......... -
   Finish by ........ 10/03/2026
   Evidence ......... Assessment shared with Tomasz (in Polish),
                      Agnieszka and the core group by 10/03/2026

 TASK 14 of 14
   Task ............. Family group conference with the Kowalczyk family to
                      plan after-school and weekend care with the wider
                      family and friends
   Assigned to ...... Tariq Hussain, FGC coordinator, Drumlenny Family
                      Group Conference Service
   Start ............ 02/02/2026
   How often ........ -
   Next due ......... -
   Finish by ........ 20/03/2026
   Evidence ......... Family plan typed up and copied to the core group

--------------------------------------------------------------------------------
 CONTINGENCY
--------------------------------------------------------------------------------
 Trigger 1 ............ Tomasz smells of alcohol or is drunk when he comes
                        to collect the children, or while he is caring
                        for them
 Response 1 ........... The school keeps the children and rings Agnieszka
                        and Ailsa. The children go to Marek's flat (14 Kiln
                        Lane) for the night. Ailsa holds a strategy
                        discussion the same day, and Tomasz does not care
                        for the children alone until she agrees it.

 Trigger 2 ............ The children are found alone, or Zofia says she
                        had to look after Kuba because Dad was drunk
 Response 2 ........... Ailsa (or the Emergency Duty Team after 5pm)
                        visits that day and sees both children. A strategy
                        discussion with the police is held the same day.

 Trigger 3 ............ Tomasz is drunk in sole care again, or his breath
                        reading is above 0.00 at two visits
 Response 3 ........... Ailsa asks Graham Pollock for a legal planning
                        meeting within 5 working days, to decide whether
                        to start the Public Law Outline.

--------------------------------------------------------------------------------
 MEETINGS
--------------------------------------------------------------------------------
 Core group ........... Every 6 weeks, Tuesdays 3.45pm at St Columba's:
                        10/02/2026, 24/03/2026
 Next review .......... Review child protection conference, 21/04/2026,
                        10.00, Drumlenny Civic Centre
 Interpreter .......... Polish, booked for every meeting

================================================================================
 END OF PRINT                                              CP-0041187  p.1/1
================================================================================
""",
    "findings": [
        F("W001", "Refer Zofia to Drumlenny Young Carers for an assessment"),
        F("M001", "Health assessment for Zofia and Kuba (height, weight, eyes, teeth)"),
        F("M002", "Check in with Zofia every Thursday at lunchtime"),
        F("F004"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Initial conference plan for a looked-after baby on a children's ward:
#    legal status, Kemi's days on the ward, then two tables, "While Kemi is
#    on Puffin Ward" and "From the day Kemi leaves hospital", each with a
#    "Happens" column (days of the week, every ward round, before discharge,
#    within 24 hours of a missed session). Page header and footer.
#    Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b191_delphbury_lac_baby_ward_happens_column_nwosu.pdf",
    "doc_title": "Child Protection Plan - Kemi Nwosu (looked after, Puffin Ward)",
    "split": "heldout",
    "actions": 17,
    "min_pages": 2,
    "header": "OFFICIAL-SENSITIVE · Delphbury Council Children's Services · Child protection plan",
    "footer": "Kemi Nwosu · looked after (section 20) · ICPC 20/01/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "icpc-lac-baby-on-childrens-ward-paged-header-footer-kv-legal-status-why-kemi-is-in-hospital-going-well-kemis-days-on-the-ward-outcomes-then-two-tables-while-on-ward-and-from-discharge-what-will-happen-who-happens-column-how-we-will-know-then-if-things-go-wrong-meetings",
    "description": (
        "Exemplary initial conference plan for a 14-week-old baby who is looked after under section 20 "
        "and still on a children's ward: she was admitted with bronchiolitis and her weight had fallen "
        "below the 0.4th centile; her parents were away from the ward for long periods and her father "
        "came onto the ward under the influence of cocaine. The plan is two tables, one for the time on "
        "the ward and one from the day she leaves hospital for her foster carers, each with a 'Happens' "
        "column giving the time as days and hours ('Every Monday and Thursday at 2pm until discharge', "
        "'At each ward round (Monday, Wednesday, Friday)', 'Before discharge: at least 48 hours before "
        "Kemi leaves the ward', 'Within 5 days of discharge, then every week until ...', 'At every "
        "family time session'). The social worker and the foster carer visit her on the ward at a "
        "stated frequency, the drug and alcohol service reports on change, pre-proceedings are under "
        "way with a named trigger for reconvening the legal planning meeting, the core group and the "
        "review conference are dated, and Kemi's days on the ward are recorded."
    ),
    "blocks": [
        ("title", "Child Protection Plan: Kemi Nwosu"),
        ("p", "Initial child protection conference, Tuesday 20/01/2026, held on Puffin Ward's family room, "
              "Delphbury General Hospital. Chair: Maggie Ndlovu (independent reviewing officer)."),
        ("kv", [
            ("Child", "Kemi Nwosu, born 12/10/2025 (14 weeks)"),
            ("Where Kemi is now", "Puffin Ward (children's ward), Delphbury General Hospital, since 08/01/2026"),
            ("Legal status", "Looked after under section 20, Children Act 1989, since 14/01/2026, with "
                             "Blessing's written agreement. Pre-proceedings under the Public Law Outline "
                             "agreed at the legal planning meeting on 16/01/2026."),
            ("Where Kemi will go from hospital", "Carol and Steve Pendle, foster carers, Delphbury Fostering "
                                                 "Service (Kemi's bed and buggy are ready)"),
            ("Mother", "Blessing Nwosu (20), care leaver, own flat at 9 Larch House, Delphbury"),
            ("Father", "Dan Hewitt (22), lives with his mother in Southgate, Delphbury"),
            ("Category", "Neglect"),
            ("Social worker", "Rosa Delaney, Children in Care and Protection Team (team manager: Imran Shah)"),
            ("Consultant", "Dr Anjali Rao, consultant paediatrician, Delphbury General Hospital"),
            ("Health visitor", "Abi Greene, Delphbury 0-19 Service"),
        ]),
        ("h1", "Why Kemi is in hospital and has a plan"),
        ("p", "Kemi was born at term weighing 3.4kg, on the 50th centile. She was last weighed at clinic at 8 "
              "weeks, on the 25th centile, and then missed two health visitor appointments. On 08/01/2026 "
              "Blessing took her to the emergency department with bronchiolitis. She weighed 4.1kg, below the "
              "0.4th centile. Blessing told the nurses she had been making the bottles \"a bit weaker\" so the "
              "formula would last until her money came in."),
        ("p", "In her first week on the ward Kemi's parents were away for long spells, and the nurses fed and "
              "held her. On 11/01/2026 Dan came onto the ward at 11pm, shouting at staff; a urine test he "
              "agreed to the next day was positive for cocaine. The police were called. After a strategy "
              "discussion on 12/01/2026 Blessing agreed that Kemi should be looked after, and that she will "
              "go to foster carers when she is well enough to leave hospital."),
        ("h1", "What is going well"),
        ("bullets", [
            "Blessing visits most afternoons, holds Kemi skin to skin, and has asked the nurses to show her "
            "how to make up a bottle properly.",
            "Dan has agreed to be tested and has booked his first appointment with Delphbury Drug and Alcohol "
            "Service.",
            "Kemi is feeding well on the ward: she has put on 280g in ten days.",
            "Blessing's personal adviser knows her well and is helping her with money.",
            "Carol has met Blessing on the ward, and Blessing says she is \"kind and not judgy\".",
        ]),
        ("h1", "Kemi's days on Puffin Ward"),
        ("p", "Kemi cannot tell us what her days are like, so this is what the nurses, Carol and Rosa have seen. "
              "She is in a cot in a side room near the nurses' station. She wakes for feeds about every three "
              "hours and now takes her full 150ml bottle. She was very quiet when she came in and rarely "
              "cried; she now cries when she is hungry, and settles quickly when she is held upright against "
              "someone's shoulder. She follows faces and has started to smile, most of all at Blessing and at "
              "the nurse Kerry on nights. When no one has visited by teatime she lies awake watching the "
              "mobile the nurses tied to her cot. Carol has started to learn her routine."),
        ("h1", "What we want for Kemi"),
        ("numbers", [
            "Kemi keeps gaining weight and is back on at least the 9th centile by the review conference on "
            "14/04/2026.",
            "On the ward and at Carol's, Kemi is fed, held and settled every day by the same few adults she "
            "knows.",
            "Whenever Kemi is with her parents, they are sober and make up and give her feeds as her feeding "
            "plan says.",
            "Where Kemi grows up is decided without delay: at home if her parents can make the changes she "
            "needs in time, and if not, with another family.",
        ]),
        ("h1", "The plan"),
        ("p", "The Happens column says when each thing happens and until when."),
        ("h2", "While Kemi is on Puffin Ward"),
        ("table", {
            "header": ["What will happen", "Who", "Happens", "How we will know"],
            "widths": [6.0, 3.4, 3.5, 4.1],
            "rows": [
                ["Visit Kemi on the ward: see her awake and being held or fed, read her feed and weight chart, "
                 "and talk to the nurse in charge",
                 "Rosa Delaney, social worker",
                 "Every Monday and Thursday at 2pm until discharge",
                 "Visit record within 24 hours, with Kemi's weight, how she fed and who has visited her"],
                ["Spend the afternoon with Kemi, give her 2pm and 5pm feeds, and learn her feeding plan and "
                 "routine from the nurses",
                 "Carol Pendle, foster carer",
                 "Every day, 1pm to 6pm, until discharge",
                 "Carol signs each feed on the ward feed chart; her diary of the day e-mailed to Rosa each "
                 "evening"],
                ["Weigh Kemi every morning, write down every feed and the amount she takes, and log every "
                 "visitor with times in and out",
                 "Nurse in charge, Puffin Ward (ward manager: Sister Janet Fairbrother)",
                 "Every day until discharge",
                 "Weight and feed chart and the ward visitors' log, copied to Rosa every Monday and Thursday"],
                ["Review Kemi on the ward round, and write a medical opinion on why her weight fell and what "
                 "she needs to keep gaining",
                 "Dr Anjali Rao, consultant paediatrician",
                 "At each ward round (Monday, Wednesday, Friday); opinion before the discharge planning "
                 "meeting",
                 "Written medical opinion on Rosa's file before the discharge planning meeting"],
                ["Supervise Blessing's and Dan's time with Kemi on the ward, and help them make up and give "
                 "a bottle",
                 "Tom Ferris, family time worker, Delphbury Family Time Service",
                 "Tuesdays, Fridays and Sundays, 2pm to 4pm, until discharge",
                 "Family time record to Rosa within 2 working days: how each parent made up and gave the feed, "
                 "and how Kemi responded"],
                ["Write Kemi's feeding plan (how much and how often) and teach it to Carol, Blessing and Dan",
                 "Priya Chandran, paediatric dietitian",
                 "Before discharge, and again 2 weeks after discharge",
                 "Feeding plan in Kemi's red book and on the ward record; her weight 2 weeks after discharge "
                 "checked against the plan"],
                ["Hold the discharge planning meeting with Rosa, Carol, Blessing, Dan, Abi and Priya, and "
                 "agree the day Kemi goes to Carol and Steve's",
                 "Leanne Coutts, discharge coordinator, Puffin Ward",
                 "Before discharge: at least 48 hours before Kemi leaves the ward",
                 "Written discharge plan sent to everyone within 1 working day of the meeting"],
            ],
        }),
        ("h2", "From the day Kemi leaves hospital"),
        ("table", {
            "header": ["What will happen", "Who", "Happens", "How we will know"],
            "widths": [6.0, 3.4, 3.5, 4.1],
            "rows": [
                ["Give Kemi her feeds as the dietitian's plan says, and keep a diary of her feeds, sleep, "
                 "weight and new things she does",
                 "Carol Pendle, foster carer",
                 "Every day from discharge",
                 "Diary sent to Rosa each Friday; Kemi's weight at the health visitor's weekly weigh"],
                ["Visit Kemi at Carol and Steve's, see her awake, and read Carol's diary",
                 "Rosa Delaney, social worker",
                 "Within 2 days of discharge, then every week until the review conference",
                 "Visit record on Kemi's file within 2 working days"],
                ["Visit Kemi at Carol's, weigh her and plot her weight, and check her feeding plan is working",
                 "Abi Greene, health visitor",
                 "Within 5 days of discharge, then every week until she is back on the 9th centile, then "
                 "every two weeks",
                 "Each weight plotted in Kemi's red book and e-mailed to Rosa the same day"],
                ["Supervise Blessing's and Dan's time with Kemi at Delphbury Family Centre, and ring Rosa if "
                 "a parent does not come",
                 "Tom Ferris, family time worker",
                 "Tuesdays, Fridays and Sundays, 10am to 12 noon; Rosa rung within 24 hours of any missed "
                 "session",
                 "Family time record to Rosa within 2 working days of each session"],
                ["Come to family time on time, make up and give Kemi's feed as her plan says, and tell Tom by "
                 "9am on the day if she cannot come",
                 "Blessing Nwosu (Mum)",
                 "At every family time session",
                 "Family time records show Blessing arriving on time and Kemi taking her full feed"],
                ["Go to key-work at Delphbury Drug and Alcohol Service and give an oral fluid sample whenever "
                 "asked",
                 "Dan Hewitt (Dad)",
                 "Every Wednesday from 21/01/2026",
                 "Attendance and every result in Marcus Bell's monthly letter to Rosa"],
                ["Key-work with Dan about his cocaine use, a weekly oral fluid test and a hair strand test, and "
                 "a written report on whether he has stopped and is likely to stay stopped",
                 "Marcus Bell, recovery worker, Delphbury Drug and Alcohol Service",
                 "Weekly from 21/01/2026; hair strand test by 13/03/2026; report by 31/03/2026",
                 "Each result e-mailed to Rosa within 2 working days; Marcus's report on Rosa's file by "
                 "31/03/2026"],
                ["Parenting assessment of Blessing and Dan, using the family time records and six sessions "
                 "at Blessing's flat",
                 "Rosa Delaney, social worker",
                 "For 10 weeks from the week Kemi leaves hospital; report by 07/04/2026",
                 "Report, with a recommendation for Kemi's care, shared with Blessing, Dan, their solicitors "
                 "and the core group by 07/04/2026"],
                ["Help Blessing to budget for formula and bills and keep her tenancy, and update her pathway "
                 "plan with what she needs to care for Kemi",
                 "Joanne Kiely, personal adviser, Delphbury Leaving Care Service",
                 "Every two weeks; pathway plan updated by 27/02/2026",
                 "Updated pathway plan on file by 27/02/2026, copied to Rosa with Blessing's agreement"],
                ["Hold the pre-proceedings meeting with Blessing, Dan and their solicitors, and send the "
                 "letter saying what must change for Kemi to go home",
                 "Imran Shah, team manager",
                 "29/01/2026, then a review meeting on 26/03/2026",
                 "Letter before proceedings and the notes of both meetings on Kemi's file"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Blessing or Dan try to take Kemi off the ward, the nurse in charge rings hospital security and "
            "the police on 999, and then Rosa (or the Emergency Duty Team out of hours). If Blessing takes "
            "back her agreement to section 20, Imran Shah applies for an emergency protection order that day.",
            "If Dan comes onto the ward or to family time under the influence of drink or drugs, the session "
            "stops and he is asked to leave; Tom tells Rosa the same day, and Dan has no more family time until "
            "he has given a clear oral fluid test.",
            "If Carol cannot spend the afternoon with Kemi, she rings the nurse in charge and Rosa by 10am, "
            "and Rosa sends the second carer, Lynn Beck (Delphbury Fostering Service), or Tom Ferris to be "
            "with Kemi that afternoon. If Rosa cannot visit on a Monday or Thursday, Imran Shah sends another "
            "social worker that day.",
            "If Kemi loses weight at two weigh-ins in a row after discharge, Abi arranges for Dr Rao to see "
            "her that day and Rosa holds a strategy discussion the same day.",
            "If Dan tests positive for cocaine twice, or the parenting assessment or Marcus's report says "
            "Blessing and Dan cannot make the changes Kemi needs in time, Imran Shah will reconvene the legal "
            "planning meeting within 5 working days to decide whether to issue care proceedings.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every three weeks, Tuesdays at 11am (on Puffin Ward while Kemi is there, then at "
            "Delphbury Family Centre): 27/01/2026, 17/02/2026, 10/03/2026 and 31/03/2026.",
            "Kemi's first looked-after review: 10/02/2026, chaired by Maggie Ndlovu.",
            "Review child protection conference: Tuesday 14/04/2026 at 10am, Delphbury Family Centre.",
        ]),
        ("p", "Plan sent to Blessing, Dan, Carol and Steve Pendle, and every agency on 21/01/2026."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Review conference plan written as numbered sentences (1.1, 1.2 ...)
#    under a heading for each outcome; the time sits inside each sentence
#    (rhythms, durations, events, school terms) and the check in a second
#    sentence. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b191_dannockmere_rcpc_outcome_headed_numbered_sentences_farrow.docx",
    "doc_title": "Review Child Protection Plan - Kayla, Riley and Poppy Farrow",
    "split": "heldout",
    "actions": 17,
    "template": "rcpc-plan-docx-kv-details-progress-since-icpc-worries-childrens-words-then-the-plan-under-outcome-headings-typed-numbered-sentences-1-1-owner-first-time-inside-the-sentence-check-in-second-sentence-then-contingency-paragraph-meetings",
    "description": (
        "Review conference plan for a 13-year-old, an 8-year-old and a 4-year-old whose mother has "
        "PTSD and depression and took an overdose at home in October; the 13-year-old found her and "
        "has been missing school to look after her sister. The plan sits under four outcome headings "
        "as typed numbered sentences, each with its owner first, its time inside the sentence ('every "
        "fortnight', 'within 4 weeks of this conference', 'on Thursday mornings from 05/03/2026', "
        "'every other weekend', 'every Monday for ten weeks from 23/02/2026', 'after any day Kayla "
        "tells school Mum is unwell') and its check in the next sentence. Faults: the nursery hours "
        "'will be increased' with no one named; the family support worker's sessions are checked "
        "only by 'keep an eye on how she is managing'; the CPN only supports the mother (the "
        "psychiatrist's row does report on change); one outcome heading is about the mother only; "
        "the contingency is only 'further concerns' leading to a discussion and a review; and nothing "
        "says legal planning follows if the plan does not work."
    ),
    "blocks": [
        ("title", "Review Child Protection Plan"),
        ("p", "Dannockmere City Council, Children's Services. Review child protection conference held on "
              "Wednesday 04/02/2026 at Dannockmere Civic Offices. Chair: Philip Grange (independent chair)."),
        ("kv", [
            ("Children", "Kayla Farrow, born 21/08/2012 (13, Year 8, Dannockmere High School); Riley Farrow, "
                         "born 11/05/2017 (8, Year 3, Mill Brook Primary School); Poppy Farrow, born "
                         "02/12/2021 (4, nursery class at Mill Brook Primary School)"),
            ("Address", "7 Chandlers Yard, Dannockmere DN4 1PE"),
            ("Mother", "Stacey Farrow (35): post-traumatic stress disorder and depression; under the "
                       "Dannockmere Adult Community Mental Health Team since October 2025"),
            ("Father", "Lee Farrow (37), lives in Oldcastle; sees the children every other weekend"),
            ("Category", "Neglect (all three children). Initial conference 05/11/2025."),
            ("Social worker", "Louise Garner, Dannockmere Children's Services, Child Protection Team 1 "
                              "(team manager: Andrea Birch)"),
        ]),
        ("h1", "Why the children have a plan"),
        ("p", "On 02/10/2025 Stacey took an overdose of her antidepressants at home in the afternoon while "
              "Poppy was in the house. Kayla found her when she came in from school and rang 999. Stacey "
              "spent two nights in Dannockmere General Hospital. She has had flashbacks and nightmares since "
              "a violent relationship that ended in 2023, and on bad days she does not get out of bed."),
        ("p", "Before the initial conference Kayla was doing most of the care for Poppy and Riley: getting "
              "them up, making their tea and putting Poppy to bed. Her attendance in the autumn term was 79% "
              "and she was often late. Riley came to school unwashed and hungry, and the house was cluttered "
              "with washing and rubbish bags."),
        ("h1", "What has changed since November"),
        ("bullets", [
            "Stacey has seen her CPN every fortnight and has had no further overdose.",
            "Lee has had Riley and Poppy every other weekend without missing one.",
            "Riley's attendance is up from 88% to 94%, and he has been at Breakfast Club most days.",
            "Kayla is still doing most mornings and bedtimes. Her attendance this term is 83%.",
            "The living room and kitchen were clean at Louise's last two visits; the bedrooms were not.",
        ]),
        ("h1", "What the children say"),
        ("p", "Kayla (seen on her own at school, 27/01/2026): \"I'm the one who does everything. If I go to "
              "school who's going to check on Mum?\" \"I want to go to the young carers group my friend goes "
              "to.\" She scored \"how much I have to do at home\" at 9 out of 10, where 10 is everything."),
        ("p", "Riley (at school, 27/01/2026): \"When Mum's sad she stays in bed, and Kayla makes us beans.\" He "
              "likes Breakfast Club \"because of the toast\" and wants \"Mum to come to my assembly\"."),
        ("p", "Poppy (at home, 30/01/2026) showed Louise her bed and said \"Kayla reads me the bear book.\" At "
              "nursery she is quiet in the mornings and often asks if it is home time, and her key person says "
              "she eats her snack quickly and asks for more."),
        ("h1", "The plan"),
        ("p", "The plan is set out under the four outcomes agreed at the conference. Each numbered line says "
              "who will do what and when; the next sentence says how we will know it has been done."),
        ("h2", "Outcome 1: Kayla stops being the main carer for Poppy and Riley, and is in school every day"),
        ("pi", "1.1 Louise Garner (social worker) will see Kayla on her own every fortnight, at school or after "
               "school in town, and ask her what she has had to do at home that week. Her answers, and her own "
               "score out of 10 for \"how much I have to do\", will be in each visit record."),
        ("pi", "1.2 Mr Adam Rigby, Kayla's head of year at Dannockmere High School, will send Louise Kayla's "
               "attendance and late marks every Friday. We want Kayla at 95% or more, with no late marks, by "
               "the May half term."),
        ("pi", "1.3 Sophie Hale of Dannockmere Young Carers will assess Kayla within 4 weeks of this conference "
               "and offer her a place at the Tuesday group for the spring and summer terms. The assessment and "
               "Kayla's attendance at the group will be sent to Louise."),
        ("h2", "Outcome 2: Riley and Poppy are fed, washed and taken to school and nursery on time by an adult"),
        ("pi", "2.1 Stacey will take Riley to Breakfast Club by 8.15am and Poppy to nursery by 9am every school "
               "day, without Kayla's help. Both registers will be e-mailed to Louise each Friday by the "
               "school office."),
        ("pi", "2.2 Mrs Nadine Shaw, DSL at Mill Brook Primary School, will keep Riley's free Breakfast Club "
               "place every school day from 09/02/2026. The Breakfast Club register will show him in by "
               "8.15am."),
        ("pi", "2.3 Poppy's nursery place will be increased from 15 to 30 hours a week from the start of the "
               "summer term (13/04/2026). Her attendance will be sent to Louise every Friday."),
        ("pi", "2.4 Karen Lowe (family support worker, Dannockmere Family Hub) will do six sessions with "
               "Stacey at home on morning routines, meals and bedtime, on Thursday mornings from 05/03/2026, "
               "and will keep an eye on how she is managing."),
        ("pi", "2.5 Lee Farrow (Dad) will have Riley and Poppy every other weekend, from Friday at 5pm to "
               "Sunday at 5pm, and bring them home fed and bathed. Louise will ask the children about each "
               "weekend at her next visit and write down what they say."),
        ("pi", "2.6 Amy Clarke (health visitor) will do Poppy's pre-school health review, with her height, "
               "weight, teeth and an ASQ-3, before the end of the spring term (27/03/2026). The ASQ-3 scores "
               "and her letter will be on Louise's file."),
        ("h2", "Outcome 3: Stacey feels more able to cope"),
        ("pi", "3.1 Jo Pike (CPN, Dannockmere Adult Community Mental Health Team) will visit Stacey at home "
               "every two weeks to support her with her mood, her medication and her urges to self-harm. Jo "
               "will send Louise the dates of her visits."),
        ("pi", "3.2 Dr Ifeoma Obi, consultant psychiatrist, will review Stacey at the CMHT clinic by "
               "13/03/2026 and write to Louise and the GP about how Stacey's PTSD and low mood affect her "
               "care of the children, what needs to change and how long it is likely to take. Her letter "
               "will be shared with the core group on 15/04/2026."),
        ("pi", "3.3 Stacey will go to the Safe to Talk trauma stabilisation group at Dannockmere Wellbeing "
               "Centre every Monday for ten weeks from 23/02/2026. The group's register will be sent to Jo "
               "and Louise at the end of each month."),
        ("pi", "3.4 Dr Ravi Menon (GP, Chandlers Yard Surgery) will review Stacey's medication every four "
               "weeks and prescribe no more than a week's tablets at a time. He will write to Louise after "
               "each review."),
        ("h2", "Outcome 4: The children know what to do and who to ring if Mum is unwell or hurts herself"),
        ("pi", "4.1 Louise will do four sessions of direct work with Riley, one a week from 09/02/2026, using "
               "the \"When Mum feels sad\" storybook, and make a \"who I ring\" card with him. His card and what "
               "he says in the sessions will go on his file."),
        ("pi", "4.2 Louise, Stacey and Kayla will write a family safety plan together by the next core group "
               "(04/03/2026), saying who looks after the children if Mum is unwell and which numbers to ring. "
               "A signed copy will be on the fridge and on file."),
        ("pi", "4.3 Mrs Shaw will check in with Riley at the start of every Monday, and after any day Kayla "
               "tells school that Mum is unwell. She will log what he says on CPOMS and send Louise a summary "
               "each Friday."),
        ("pi", "4.4 Ms Jess Turner, Poppy's key person, will write down each morning how Poppy is when she "
               "arrives (fed, clean, tired or upset) in the nursery's daily log. Louise will read the log at "
               "each of her fortnightly visits."),
        ("h1", "Contingency"),
        ("p", "If things get worse at home or there are further concerns about the children's care, Louise "
              "will discuss this with her manager, and the core group will meet to review the plan and "
              "consider what else is needed."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every six weeks, Wednesdays at 3.45pm at Mill Brook Primary School: 04/03/2026, "
            "15/04/2026, 27/05/2026 and 08/07/2026.",
            "Review child protection conference: Wednesday 29/07/2026 at 10am, Dannockmere Civic Offices.",
        ]),
        ("p", "Plan sent to Stacey, Lee, Kayla (her own copy) and every agency on 06/02/2026."),
    ],
    "findings": [
        F("W001", "Poppy's nursery place will be increased from 15 to 30 hours"),
        F("M002", "will keep an eye on how she is managing"),
        F("H001", "visit Stacey at home every two weeks to support her"),
        F("F002", "Outcome 3: Stacey feels more able to cope"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Signs of Safety plan: danger statement, safety goal, network, scaling,
#    the children's three houses, then the family's safety rules timed once
#    by a lead-in ("All of these rules start on Monday 2 February 2026 and
#    carry on every day until the review conference ..."), then a next steps
#    table with a "Dates" column. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b191_dyrebeck_sos_rules_lead_in_next_steps_dates_rafiq.md",
    "split": "heldout",
    "actions": 15,
    "template": "signs-of-safety-safety-plan-md-details-table-what-happened-danger-statement-safety-goal-network-table-scaling-three-houses-then-safety-rules-timed-once-by-a-lead-in-line-each-rule-owner-and-how-we-will-know-then-next-steps-table-who-does-what-dates-well-know-because-then-if-the-rules-are-broken-meetings",
    "description": (
        "Exemplary Signs of Safety plan for a 10-year-old and a 6-year-old after their father hit the "
        "6-year-old with a belt, leaving bruises. The family's safety rules are timed once by a lead-in "
        "('All of these rules start on Monday 2 February 2026 and carry on every day until the review "
        "conference on Thursday 23 April 2026'), each rule adding its own rhythm where it has one "
        "('every Monday, Wednesday and Friday from 4pm to 8pm', 'every Saturday morning', 'each time "
        "he feels his temper rising'), and the next steps table has a 'Dates' column ('Every Friday at "
        "2.45pm', 'By the February half term (13/02/2026)', 'The day a charging decision is made', 'In "
        "the two weeks before the review conference'). Every rule and step has an owner and a check; "
        "the grandmother's and uncle's help has a fallback, a broken rule leads to a same-day response "
        "and legal planning, core group dates and the review conference are set, and both children's "
        "three houses are recorded."
    ),
    "text": """\
# Dyrebeck Borough Council - Children's Services

## Safety plan for Hana and Zayn Rafiq

Agreed at the initial child protection conference on Thursday 29 January 2026 (category: physical abuse),
with Samina and Imran Rafiq and their family network.

| | |
|---|---|
| **Children** | Hana Rafiq, born 09/09/2015 (10, Year 5); Zayn Rafiq, born 20/02/2019 (6, Year 2). Both at Dyrebeck Park Primary School. |
| **Parents** | Samina Rafiq (32) and Imran Rafiq (38), 15 Heron Street, Dyrebeck DY2 4JA |
| **Social worker** | Sarah Quinn, Dyrebeck Children's Services, Safeguarding Team 3 (team manager: Mark Doherty) |
| **School** | Dyrebeck Park Primary School: Mrs Carol Walsh, DSL |
| **Police** | PC Jess Hamer, Child Abuse Investigation Team |

### What happened

On Monday 12 January 2026 Zayn's teacher saw long, thin bruises on the back of his legs and his upper
arm when he changed for PE. Zayn said, "Daddy hit me with his belt because I broke the TV remote." A child
protection medical on 13 January found the bruises were caused by a belt. Imran told the police he had
hit Zayn "once, because he would not stop lying", and that he had been hit with a belt as a child. Hana
told Sarah that Dad shouts a lot and has smacked Zayn before, "but not with the belt". Imran stayed with
his sister Rubina from 12 to 26 January while the family and their network wrote this safety plan with
Sarah.

### Danger statement

Children's services and the police are worried that when Imran is angry he might hit Zayn or Hana with a
belt or his hand, hard enough to leave marks, and that they will be hurt, frightened of their dad, and
believe it is their fault.

### Safety goal

Everyone, including Hana and Zayn, will know that the children are never hit, and that Samina, Imran and
the family look after them calmly even when they break something or misbehave. Zayn will say he is not
scared of his dad, and both children will have their worries listened to.

### The safety network

| Person | Who they are | What they know |
|---|---|---|
| Nasreen Akhtar (Nani) | Samina's mum, 2 Ash Grove | Has read the danger statement and the rules |
| Bilal Akhtar | Samina's brother, 40 Weir Road | Has read the danger statement and the rules |
| Rubina Shah | Imran's sister, 12 Kestrel Street | Has read the danger statement and the rules; Imran stays with her if he has to leave home |
| Mrs Carol Walsh | DSL, Dyrebeck Park Primary | Knows the rules and the children's worry hand |

### Scaling

On a scale where 10 means everyone is sure the children are safe and the plan can close, and 0 means
the children cannot live at home: Sarah 4, Mrs Walsh 5, Samina 7, Imran 6, Nani 6. Sarah would move up
when Imran has kept to the rules for eight weeks, the children's worry hands stay clear, and Zayn says he
is not scared at home.

### Hana's and Zayn's three houses

**Zayn** (with Sarah at school, 22/01/2026). House of worries: "Daddy's belt." "When Daddy shouts I go
under the table." House of good things: "Nani's curry and football with Uncle Bilal." "Daddy plays FIFA
with me." House of dreams: "Daddy says sorry and never does the belt again."

**Hana** (with Sarah at school, 22/01/2026). House of worries: "Dad gets angry really fast and Mum
cries." "I'm scared Zayn will get taken away." House of good things: "Mum makes us laugh. Nani comes on
Fridays." House of dreams: "Dad stays calm and we go to Pakistan in the summer to see Dada-ji."

### The safety rules

All of these rules start on Monday 2 February 2026 and carry on every day until the review conference
on Thursday 23 April 2026. Each rule says who keeps it and how we will know.

1. **Imran and Samina** will not hit, smack or use a belt on Zayn or Hana for any reason. We will know
   because both children's worry hands with Mrs Walsh each Friday stay clear, and the children tell
   Sarah on their own that no one has hit them.
2. **Imran** will leave the room and go for a walk for at least 20 minutes each time he feels his temper
   rising, and Samina will take over. He will write each time in his calm-down log and show it to Sarah
   at every visit.
3. **Samina** will make sure that Imran is never the only adult at home with the children between 5pm
   and 8pm on weekdays, or when Zayn is in trouble. She will write on the family calendar who was home
   each evening, and Sarah will read it at every visit.
4. **Nani** will come to the house every Monday, Wednesday and Friday from 4pm to 8pm and stay for tea
   and bedtime. She will sign the family calendar each evening she is there.
5. **Uncle Bilal** will take Zayn to football every Saturday morning and talk with him on the way about
   his week. He will text Sarah after each Saturday to say how Zayn seemed and anything he said.
6. **Samina** will keep the children's safety card, with Nani's and Bilal's numbers, on the fridge. At
   each visit Sarah will check it is there and ask both children to show her how they would ring Nani.

### Next steps

| Who | Does what | Dates | We'll know because |
|---|---|---|---|
| Sarah Quinn (SW) | Visits the family at home, one visit in three unannounced; sees Hana and Zayn on their own and reads the family calendar and Imran's calm-down log | Every week (Tuesday or Thursday after school) until 23/04/2026 | Visit record within 2 working days, with each child's words and what the calendar and log show |
| Sarah Quinn (SW), with Samina and Imran | Writes a Words and Pictures story with Samina and Imran explaining why Sarah is involved and what the rules are, and reads it with Hana and Zayn | By the February half term (13/02/2026) | Story signed by both parents, read to both children, and a copy on file |
| Imran Rafiq | Goes to the Caring Dads programme at Dyrebeck Family Hub | Every Wednesday, 6pm to 8pm, 17 sessions from 04/02/2026 | Register e-mailed to Sarah at the end of each month; the facilitator's mid-point report by 25/03/2026 |
| Samina Rafiq | Goes to the Calm Parenting group at Dyrebeck Family Hub | Thursdays at 10am, six sessions from 05/02/2026 | Register to Sarah after the last session; Samina's score for "I know how to stay calm with Zayn" at sessions 1 and 6, agreed with the group leader |
| Mrs Carol Walsh (DSL) | Meets Hana and Zayn for their worry hand check, and rings Sarah the same day if either child has a mark or says they have been hurt | Every Friday at 2.45pm | Worry hands logged on CPOMS and a summary e-mailed to Sarah by 4pm each Friday |
| Fiona Grant, school nurse | Four sessions with Hana about her feelings, her worries at home and her sleep | Fortnightly from 09/02/2026 | Hana's feelings scale at the first and fourth sessions shared with Sarah |
| PC Jess Hamer | Tells Sarah the outcome of the investigation into the assault on Zayn | The day a charging decision is made; a written update to each core group | E-mail to Sarah the same day; the update in the core group notes |
| Sarah Quinn (SW) | Holds a network meeting with Samina, Imran, Nani, Bilal and Rubina to go through the rules and rescale | 26/02/2026 and 26/03/2026 | Updated safety plan and everyone's scores typed and sent to the network within 3 working days |
| Sarah Quinn (SW) | Does the three houses again with Hana and Zayn | In the two weeks before the review conference (by 16/04/2026) | Both children's three houses on file and in Sarah's report to the review conference |

### If the rules are broken

- If Zayn or Hana has a mark that no one can explain, or says they have been hit: Mrs Walsh (or whoever
  hears it) rings Sarah straight away, or the police on 999 after school hours. Imran leaves the house
  that day and stays at Rubina's, 12 Kestrel Street. Sarah holds a strategy discussion with the police
  the same day and asks Mark Doherty for a legal planning meeting within 5 working days.
- If Imran loses his temper and will not leave the room, Samina rings Bilal, who comes round and takes
  Imran to Rubina's for the night. Samina tells Sarah the next morning, and Sarah visits that day.
- If Nani cannot come on one of her evenings, Samina rings Rubina, who comes instead (agreed by Rubina
  on 28/01/2026). If neither of them can come, Imran stays at Rubina's from 5pm until the children are
  in bed, and Samina tells Sarah the next day.
- If Bilal cannot take Zayn to football, Samina takes him, and Sarah asks Zayn about his Saturday at her
  next visit.
- If Imran stops going to Caring Dads or breaks rule 1 or rule 3 twice, Sarah asks Mark Doherty for a
  legal planning meeting within 5 working days.

### Meetings

- Core group every four weeks, Thursdays at 3.30pm at Dyrebeck Park Primary School: 12/02/2026,
  12/03/2026 and 09/04/2026.
- Review child protection conference: Thursday 23 April 2026 at 1.30pm, Dyrebeck Town Hall.

Safety plan signed by Samina, Imran, Nasreen, Bilal and Rubina on 29/01/2026. Copies to everyone in the
network and to each agency.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. Review conference plan before a move to another authority: landscape
#    table with outcome banner rows and the time in a "Frequency and
#    duration" column, the check in a "Target (what we will see, by when)"
#    column. Page header and footer. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b191_dunwhistle_rcpc_frequency_duration_target_columns_moss.pdf",
    "doc_title": "Review Child Protection Plan - Tyler and Ellie-Mae Moss",
    "split": "heldout",
    "actions": 16,
    "landscape": True,
    "min_pages": 2,
    "header": "Dunwhistle Council · Children's Services · Review child protection plan",
    "footer": "Tyler and Ellie-Mae Moss · RCPC 03/02/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "rcpc-plan-paged-landscape-header-footer-kv-details-the-move-to-harrowfell-worries-going-well-childrens-words-then-table-no-what-needs-to-happen-lead-frequency-and-duration-target-what-we-will-see-by-when-under-outcome-banner-rows-then-contingency-bullets-meetings-and-transfer",
    "description": (
        "Review conference plan for a 12-year-old and a 3-year-old living with neglect, whose mother "
        "uses cannabis, six weeks before the family moves to another authority to live near the "
        "maternal grandmother. The action table sits under outcome banner rows, with the time in a "
        "'Frequency and duration' column ('Tuesdays at 10am, five sessions, 10/02/2026 to "
        "10/03/2026', 'Weekly until the transfer-in conference', 'Mondays and Thursdays, 9am to 3pm, "
        "for eight weeks from 19/03/2026', 'Every night at bedtime', 'Moving week, 13/03/2026 to "
        "17/03/2026') and the check in a 'Target (what we will see, by when)' column. Faults: the "
        "12-year-old's CAMHS referral for his low mood is handed to the receiving authority 'within "
        "four weeks of the transfer-in conference'; the help with the move is owned by 'Family "
        "network'; the dental check-ups are 'When she can'; the Year 7 school application has '-' for "
        "its target; speech and language therapy is checked only by 'Improvement in Ellie-Mae's "
        "speech'; the plan leans on the grandmother and the family, and the contingency sends the "
        "children to her with nothing said if she cannot help; and the only next conference is a "
        "transfer-in conference with its date to be confirmed."
    ),
    "blocks": [
        ("title", "Review Child Protection Plan"),
        ("p", "Dunwhistle Council, Children's Services. Review child protection conference held on Tuesday "
              "03/02/2026 at Dunwhistle Family Hub. Chair: Anita Sorensen (independent chair). The children "
              "remain subject to child protection plans under the category of neglect."),
        ("kv", [
            ("Children", "Tyler Moss, born 30/11/2013 (12, Year 7, Dunwhistle Academy); Ellie-Mae Moss, born "
                         "08/12/2022 (3)"),
            ("Address", "Flat 6, Cooper House, Dunwhistle DW1 3TT, until the move on 16/03/2026; then 22 "
                        "Mallard Road, Harrowfell HF4 2BE"),
            ("Mother", "Kerry Moss (28)"),
            ("Maternal grandmother", "June Moss, 9 Mallard Road, Harrowfell"),
            ("Fathers", "Tyler's father is not in touch. Ellie-Mae's father, Jordan Pell, is in prison until "
                        "2027."),
            ("Social worker", "Chloe Barnard, Dunwhistle Children's Services, Safeguarding Team West (team "
                              "manager: Alan Price)"),
            ("Receiving authority", "Harrowfell County Council Children's Services (transfer-in to be "
                                    "requested by 20/02/2026)"),
        ]),
        ("h1", "The move to Harrowfell"),
        ("p", "Kerry has been offered a two-bedroom housing association house in Harrowfell, two doors from "
              "her mum, and will move on Monday 16/03/2026. She says being near June will help her most. "
              "Tyler's last day at Dunwhistle Academy will be Friday 13/03/2026. Dunwhistle stays "
              "responsible for the plan until Harrowfell holds its transfer-in conference."),
        ("h1", "What we are still worried about"),
        ("p", "At the initial conference in November the flat was cold, with no gas credit, mouldy food in the "
              "fridge and dirty nappies on the floor, and Ellie-Mae had not been seen by a health visitor for "
              "over a year. Kerry said she smokes cannabis \"most nights, when the kids are in bed\". Since "
              "then the flat has been better on most visits, but on 09/01/2026 Chloe found no food in the "
              "house and Ellie-Mae in a wet nappy at 2pm. Ellie-Mae has very few words. Tyler has told his "
              "head of year he feels \"low all the time\" and sometimes thinks \"everyone would be better off "
              "without me\"."),
        ("h1", "What is going well"),
        ("bullets", [
            "Kerry's last three oral fluid tests at the drug and alcohol service were negative.",
            "The gas and electricity have had credit on every visit since 18/12/2025.",
            "Tyler's attendance this term is 96%, and he has joined the school's film club.",
            "June has had Ellie-Mae for weekends and says Ellie-Mae is \"a different child\" at her house.",
        ]),
        ("h1", "What Tyler and Ellie-Mae say"),
        ("p", "Tyler (seen on his own at school, 27/01/2026): \"I'm glad we're moving near Nan. Mum's better when "
              "Nan's around.\" \"I don't want to change school again.\" He scored his mood at 3 out of 10 and "
              "said he would like \"someone to talk to who isn't a teacher\"."),
        ("p", "Ellie-Mae (at home, 27/01/2026) brought Chloe her shoes and said \"Nanny house\". She points and "
              "pulls adults by the hand instead of asking, and gets upset when she is not understood. June "
              "says she sleeps through the night at her house and eats everything."),
        ("h1", "The plan"),
        ("table", {
            "header": ["No.", "What needs to happen", "Lead", "Frequency and duration",
                       "Target (what we will see, by when)"],
            "widths": [1.1, 8.4, 4.4, 5.0, 6.8],
            "rows": [
                ["Outcome 1: Tyler and Ellie-Mae live in a clean, warm home with food in the cupboards, before "
                 "and after the move", H, H, H, H],
                ["1",
                 "Visit Tyler and Ellie-Mae at home, one visit in three unannounced: see Tyler on his own and "
                 "Ellie-Mae awake, and look at the food, the bedding and the heating",
                 "Chloe Barnard, social worker",
                 "Weekly from 04/02/2026 until the transfer-in conference (visits in Harrowfell after the "
                 "move)",
                 "Visit record within 2 working days, with Tyler's words, what was in the fridge and where "
                 "Ellie-Mae slept"],
                ["2",
                 "Do a food shop with the budget plan, and keep gas and electricity credit on",
                 "Kerry Moss (Mum)",
                 "Every Friday from 06/02/2026",
                 "Home conditions score of 4 or more out of 5 at every visit, agreed by Chloe and Kerry"],
                ["3",
                 "Budgeting and home routine sessions with Kerry",
                 "Dean Archer, family support worker, Dunwhistle Family Hub",
                 "Tuesdays at 10am, five sessions, 10/02/2026 to 10/03/2026",
                 "Weekly budget sheet signed by Kerry and copied to Chloe; no week without gas or electricity "
                 "credit"],
                ["4",
                 "Help Kerry pack and move, and look after Ellie-Mae on moving day",
                 "Family network",
                 "Moving week, 13/03/2026 to 17/03/2026",
                 "Ellie-Mae at June's on 16/03/2026; Kerry texts Chloe the same day to say the move is done"],
                ["5",
                 "Have Ellie-Mae at her house while Kerry unpacks, settles in and registers with services",
                 "June Moss (maternal grandmother)",
                 "Mondays and Thursdays, 9am to 3pm, for eight weeks from 19/03/2026",
                 "June texts Chloe each Thursday evening; June's notebook of Ellie-Mae's days read at each "
                 "visit"],
                ["Outcome 2: Ellie-Mae's speech and development catch up and she is ready for nursery", H, H,
                 H, H],
                ["6",
                 "Speech and language therapy sessions at Dunwhistle Children's Centre for Ellie-Mae, with "
                 "Kerry taking part",
                 "Nadia Brook, speech and language therapist",
                 "Fortnightly, six sessions from 10/02/2026",
                 "Improvement in Ellie-Mae's speech"],
                ["7",
                 "Ellie-Mae's overdue two-year review with an ASQ-3, and her height and weight",
                 "Lisa Kemp, health visitor, Dunwhistle 0-19 Service",
                 "By 20/02/2026",
                 "ASQ-3 scores and growth on her health record and in a letter to Chloe by 20/02/2026"],
                ["8",
                 "Read a book with Ellie-Mae at bedtime using her Bookstart pack, and fill in the reading "
                 "chart",
                 "Kerry Moss (Mum)",
                 "Every night at bedtime",
                 "Reading chart seen by Lisa and Chloe at every visit, with a sticker for each night"],
                ["9",
                 "Take both children to Seaton Road Dental Practice for a check-up",
                 "Kerry Moss (Mum)",
                 "When she can",
                 "Both check-up letters seen by Chloe"],
                ["Outcome 3: Tyler feels safe, goes to school every day, and has someone to talk to about how "
                 "low he feels", H, H, H, H],
                ["10",
                 "Check in with Tyler about his mood and his week, and pass on anything worrying the same day",
                 "Mr Ryan Osei, head of Year 7, Dunwhistle Academy",
                 "Every Monday, period 1, until Tyler's last day (13/03/2026)",
                 "Check-in notes and attendance e-mailed to Chloe each Friday; attendance at 95% or more"],
                ["11",
                 "Referral for a CAMHS assessment of Tyler's low mood and his thoughts that everyone would be "
                 "better off without him, to be made by the Harrowfell social worker once the case has "
                 "transferred",
                 "Harrowfell Children's Services (receiving social worker)",
                 "Within four weeks of the transfer-in conference",
                 "CAMHS acceptance letter on Tyler's file"],
                ["12",
                 "Apply for a Year 7 place for Tyler at Harrowfell High School and visit the school with him",
                 "Kerry Moss (Mum)",
                 "By 27/02/2026",
                 "-"],
                ["13",
                 "Three sessions with Tyler about the move, his worries and a safety plan for when he feels "
                 "low",
                 "Chloe Barnard, social worker",
                 "Weekly, 11/02/2026 to 25/02/2026",
                 "Tyler's written safety plan for low moods, with names and numbers, on file and given to "
                 "the school"],
                ["Outcome 4: Tyler and Ellie-Mae are cared for by a mum who is not using cannabis", H, H, H, H],
                ["14",
                 "Key-work with Kerry about her cannabis use, with an oral fluid test every week, and a "
                 "written report on whether she has stopped and is likely to stay stopped after the move",
                 "Gary Fenton, recovery worker, Dunwhistle Drug and Alcohol Service",
                 "Weekly until 13/03/2026; report by 06/03/2026",
                 "Oral fluid results e-mailed to Chloe each week; Gary's report on file by 06/03/2026"],
                ["15",
                 "Not use cannabis in the home or while caring for the children, and take an oral fluid test "
                 "at every social work visit",
                 "Kerry Moss (Mum)",
                 "Every day; a test at every visit",
                 "Every test result negative on the visit records"],
                ["16",
                 "Send the transfer-in request, the chronology and this plan to Harrowfell, and do a joint "
                 "visit with the Harrowfell social worker",
                 "Chloe Barnard, social worker",
                 "Request by 20/02/2026; joint visit in the week after the move",
                 "Harrowfell's acknowledgement of the request and the joint visit record on file"],
            ],
        }),
        ("h1", "Contingency"),
        ("bullets", [
            "If Kerry tests positive for cannabis, or is found under the influence while caring for the "
            "children, Tyler and Ellie-Mae go to June's that day, and Chloe holds a strategy discussion the "
            "same day.",
            "If Tyler says he wants to hurt himself, or the school sees signs of self-harm, Mr Osei or Kerry "
            "takes him to the emergency department at Dunwhistle General Hospital and rings Chloe straight "
            "away.",
            "If there is no food or no gas or electricity credit at a visit, Chloe gives a food bank voucher "
            "and emergency credit that day and visits again within 48 hours.",
            "If Kerry tests positive twice, or the home conditions score is below 3 at two visits in a row, "
            "Chloe will ask Alan Price for a legal planning meeting within 5 working days and send the outcome "
            "to Harrowfell.",
        ]),
        ("h1", "Meetings and transfer"),
        ("bullets", [
            "Core group every three weeks, Tuesdays at 10am at Dunwhistle Family Hub: 17/02/2026 and "
            "10/03/2026.",
            "Transfer-in conference: to be held by Harrowfell Children's Services after the move; date to be "
            "confirmed by Harrowfell.",
        ]),
        ("p", "Plan sent to Kerry, June and every agency on 05/02/2026."),
    ],
    "findings": [
        F("X001", "Referral for a CAMHS assessment of Tyler's low mood"),
        F("W002", "Help Kerry pack and move, and look after"),
        F("T002", "Take both children to Seaton Road Dental Practice"),
        F("M001", "Apply for a Year 7 place for Tyler at Harrowfell High"),
        F("M002", "Speech and language therapy sessions at Dunwhistle Children's Centre"),
        F("C003"),
        F("R001"),
    ],
})
