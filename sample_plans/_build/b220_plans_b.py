"""Batch 220, module b: seven fictional plans (tuning material), places beginning with "b".

Batch: 220. Letter: b. Split: tune (every plan).

Everything here is made up: children, families, professionals, schools,
nurseries, surgeries, hospitals, services, housing associations, police
forces and councils (Brantingley, Bessingdale, Byrnemouth, Buckinfold,
Blythemoor, Brookhythe, Bollinghurst and the places and services in them).
Any resemblance to real people, places or cases is a coincidence. The
labels were written by hand from docs/rules.md and the conventions in
sample_plans/README.md (conventions 1 to 13), without running planlint or
reading its code.

Focus: plans built on practice frameworks' own templates, so that the parts
of a plan sit under that framework's headings and in its words: Signs of
Safety (danger statements, safety goals, scaling, the safety network's job
cards, words and pictures, Three Houses), a Family Group Conference family
plan (the family's own words, "Nan will", "Our family will", the social
worker's bottom lines and the professionals' part below), Safe and
Together (the perpetrator's pattern, the protective parent's efforts, the
perpetrator's own actions and accountability, joined to the MARAC's
actions), a Graded Care Profile 2 plan scored by area, a Family
Safeguarding plan with the adult workers in the team (the workbook, group
case supervision's hypothesis), a pre-birth plan in birth, ward and
discharge stages, and a Team Around the Family plan stepped up to child
protection with Family Star Plus readings. The contingency, the child's
voice, the outcomes and the review are each in the framework's own words
("If the safety network can't ...", "What Maisie said when we scaled",
"safety goals", "Next network meetings").

1. Brantingley (docx, exemplary): Signs of Safety plan for an 8-year-old
   and a 4-year-old (neglect; the father's drinking; the paternal
   grandmother and the maternal aunt in the safety network): words and
   pictures, Maisie's Three Houses and scaling, worries, what's working
   well, danger statements, safety goals, scaling, then the network's
   jobs (No. / Job / Whose job / When / How the network will know); the
   alcohol service reports on the father's capacity to change.
2. Bessingdale (md): Family Group Conference family plan for a 9-year-old
   and a 6-year-old (neglect; the mother's cocaine and alcohol use at
   weekends) in the family's own words under the family's headings, then
   the social worker's agreement and the professionals' part. Faults:
   "Our family will" keeping someone at the house on Friday nights
   (W002); Uncle Dev's football "whenever he can" (T002); the school
   nurse's health review with an empty check (M001); no fallback if Nan
   or the family cannot help (C003); and the review conference "to be
   arranged" (R001).
3. Byrnemouth (pdf, header and footer, exemplary): Safe and Together plan
   for a 10-year-old and a 5-year-old after the father's coercive control
   and assault of the mother (emotional abuse): the perpetrator's pattern,
   its impact on the children, the mother's protective efforts, then
   "What Liam will do", "How we will partner with Kirsty" and "What the
   agencies will do" tables, the MARAC's actions joined to the plan.
4. Buckinfold (docx): Graded Care Profile 2 plan for a 6-year-old and a
   2-year-old (neglect; the mother's depression; the father's daily
   cannabis use), one table per GCP2 area with the area's score now and
   its target. Faults: the home conditions row measured by "Improvement
   in home conditions" (M002); a passive Home-Start referral with "-" for
   who (W001); the nursery's sessions "Ongoing" (T002); an outcome about
   the parents only (F002); the mother's depression and the father's
   cannabis use with no adult service owning an action (F004); and no
   legal planning (R002).
5. Blythemoor (txt, exemplary): Family Safeguarding case-system print
   for an 11-year-old and a 5-year-old (the mother's depression and
   self-harm; her partner's drinking), group case supervision's
   hypothesis, the workbook modules, then tasks with Lead / Timescale /
   Evidence lines shared between the social worker and the team's adult
   mental health practitioner and substance misuse worker, who report on
   each parent's capacity to change.
6. Brookhythe (pdf, header and footer, exemplary): pre-birth plan for an
   unborn baby (an older child adopted in 2023; the mother's past heroin
   use and depression, now under the perinatal mental health team), in
   three stages (before the birth, birth and the ward, discharge and the
   first 12 weeks) with Who / When / How we'll know columns, and a visit
   rule if the baby is looked after before discharge.
7. Bollinghurst (md): Team Around the Family plan stepped up to child
   protection for a 10-year-old and a 4-year-old (the mother's
   depression and an overdose found by her son), with Family Star Plus
   readings and the TAF's table carried into the plan. Faults: the
   community mental health team's support visits that only support the
   mother, checked by attendance (H001); the young carers' group "as soon
   as possible" (T002); the family support worker's sessions measured by
   "engagement" (M002); "All agencies" sharing concerns (W002); a
   contingency that only says the lead professional will call a meeting
   to review and consider next steps (C002); and nothing on legal
   planning (R002).

Plans 1, 3, 5 and 6 are exemplary: every action has a named owner, a real
timescale and a real check; every outcome, safety goal and "what we want"
is about the children; each records the children's words or observed
days, has a contingency with specific triggers and concrete protective
responses and a fallback for any relative's help, a legal planning meeting
after named triggers, and core group dates with a dated review
conference; where a parent is ill or uses drink or drugs an adult service
owns an action and reports on the parent's capacity to change. The three
faulty plans (2, 4 and 7) hold 17 expected findings between them (5, 6 and
6), written in each framework's voice as confidently as the good parts.

Counting convention used for "actions" (README convention 1): each row of
a jobs, plan or professionals' table (header and banner rows excepted),
each bullet of the family's plan, and each task block of a case print
counts once. Words and pictures, Three Houses, scaling tables, worries,
what's working well, danger statements, safety goals and outcomes, the
perpetrator's pattern, GCP2 scores, Family Star readings, bottom lines,
hypotheses, the contingency, meeting dates and distribution lists are not
actions.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. Signs of Safety plan: words and pictures, Three Houses, danger
#    statements, safety goals, scaling, the safety network's jobs.
#    Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b220_brantingley_sos_danger_statements_network_jobs_quinlan.docx",
    "doc_title": "Signs of Safety Child Protection Plan - Maisie and Alfie Quinlan",
    "split": "tune",
    "actions": 14,
    "template": "signs-of-safety-cp-plan-docx-details-table-words-and-pictures-story-maisies-three-houses-table-and-scaling-alfies-days-what-are-we-worried-about-whats-working-well-danger-statements-safety-goals-scaling-table-then-network-jobs-table-no-job-whose-job-when-how-the-network-will-know-then-if-the-safety-network-cant-keep-the-plan-going-next-network-meetings",
    "description": (
        "Exemplary Signs of Safety child protection plan for an 8-year-old girl and a 4-year-old boy "
        "(neglect) after the 4-year-old was found in the road at 11pm while his father was asleep drunk "
        "and his mother was at work on a night shift. The plan is in the framework's own parts: the words "
        "and pictures story for the children, Maisie's Three Houses and her scaling, Alfie's days as the "
        "adults see them, what we are worried about, what's working well, danger statements, safety goals "
        "(the outcomes), everyone's scaling, then the safety network's jobs (No. / Job / Whose job / When "
        "/ How the network will know): the father's alcohol treatment with breath readings, the alcohol "
        "service's capacity to change report, GP liver tests, the grandmother's and aunt's nights, the "
        "safety book, door alarms, words and pictures read with the children, visits, school and nursery "
        "checks. 'If the safety network can't keep the plan going' has specific triggers, a fallback for "
        "each relative and a legal planning meeting after named triggers; the next network meetings and "
        "the review conference are dated."
    ),
    "blocks": [
        ("title", "Signs of Safety Child Protection Plan"),
        ("p", "Brantingley Borough Council, Children's Services: Brantingley East Safeguarding Team. This plan "
              "was built at the initial child protection conference on 13/01/2026 with Danielle and Craig "
              "Quinlan and the people in their safety network, using the Signs of Safety framework. Chair: "
              "Gail Featherstone (child protection chair)."),
        ("table", {
            "rows": [
                ["Children", "Maisie Quinlan, born 02/05/2017 (8), Year 4, Brantingley Moor Primary School\n"
                             "Alfie Quinlan, born 30/08/2021 (4), Butterbur Nursery (mornings)"],
                ["Parents", "Danielle Quinlan (30), night care assistant at Birchenden Nursing Home; Craig Quinlan "
                            "(34), scaffolder, out of work since October 2025"],
                ["Home", "11 Byrecroft Close, Brantingley BG3 8LT"],
                ["Safety network", "Pat Quinlan (Nan, Craig's mum), 40 Byrecroft Close; Lisa Carter (Auntie Lisa, "
                                   "Danielle's sister), Brimstone Lane, Brantingley; Jodie Mills (neighbour and "
                                   "Danielle's friend), 9 Byrecroft Close"],
                ["Category", "Neglect (both children)"],
                ["Social worker", "Rachel Benson, Brantingley East Safeguarding Team (team manager: Sunita Rao)"],
            ],
            "widths": [3.8, 13.2],
            "bold_first_col": True,
        }),
        ("h1", "Words and pictures: the story for Maisie and Alfie"),
        ("p", "Rachel wrote this with Mum and Dad on 12/01/2026, in the words they want to use with the children. "
              "It will be finished with drawings by 06/02/2026 (job 9)."),
        ("p", "\"Mum and Dad love Maisie and Alfie very much. After Christmas, Dad drank too much beer one night "
              "while Mum was at work looking after old people. Dad fell asleep and could not wake up. Alfie "
              "went out of the front door on his own in the dark, and Jodie from next door found him on the "
              "road in his pyjamas. The police came. Lots of grown-ups were worried, because Alfie could have "
              "been hurt by a car. Now Nan sleeps at our house when Mum works on Tuesdays and Wednesdays, and "
              "on Fridays we have a sleepover at Auntie Lisa's. Dad is seeing Owen to help him stop drinking. "
              "Rachel is the social worker who comes to check that everyone is doing their jobs. If Maisie is "
              "ever worried that Dad has been drinking, she can tell Nan, Mum, Mrs Okafor at school or Rachel, "
              "and she will not be in trouble.\""),
        ("h1", "What Maisie said when we scaled"),
        ("p", "Rachel saw Maisie on her own at school on 08/01/2026 and did the Three Houses with her. These are "
              "Maisie's words, as she said them."),
        ("table", {
            "header": ["House of worries", "House of good things", "House of dreams"],
            "widths": [5.7, 5.6, 5.7],
            "rows": [
                ["\"When Daddy drinks the brown beer he goes on the sofa and you can't wake him.\" \"I made "
                 "Alfie's cereal when Daddy was asleep.\" \"I'm scared Alfie will go out again and a car will "
                 "get him.\"",
                 "\"Nan does our hair and makes pancakes.\" \"Auntie Lisa's sleepovers, we watch films.\" "
                 "\"Daddy takes us to the park when he's not poorly.\"",
                 "\"Daddy doesn't do beer ever again.\" \"Mummy works in the day, not in the night.\" \"We get "
                 "a dog.\""],
            ],
        }),
        ("p", "Rachel asked Maisie to scale how safe she feels at home, where 10 means \"really, really safe\" "
              "and 0 means \"not safe at all\". Maisie said 5 \"when Mummy's at work\" and 9 \"when Nan's "
              "there\". She said she wants Nan to \"keep sleeping at ours\"."),
        ("h1", "Alfie's days, as the adults see them"),
        ("p", "Alfie is 4 and chatty. At nursery on 07/01/2026 his key person saw him play \"police\" and say "
              "\"the man put me in the car with the lights\". At home on 09/01/2026 Rachel saw him check the "
              "front door was shut twice, and climb onto Nan's knee as soon as she came in. Danielle says he has "
              "woken in the night every night since 28/12/2025 and comes into her bed when she is home."),
        ("h1", "What are we worried about?"),
        ("boldp", "Harm that has happened"),
        ("bullets", [
            "At 11.10pm on 28/12/2025 Jodie Mills found Alfie, in his pyjamas and barefoot, on Byrecroft Close "
            "by the main road. Craig was asleep on the sofa and could not be woken for several minutes. The "
            "police found 14 empty cans in the lounge. Danielle was at work.",
            "Maisie told her teacher on 05/01/2026 that she often gets Alfie's breakfast because \"Daddy won't "
            "wake up\", and that she had been late for school because of it.",
        ]),
        ("boldp", "Complicating factors"),
        ("bullets", [
            "Craig has drunk heavily since he lost his job in October 2025, usually eight to ten cans a day, "
            "and more on the nights Danielle works.",
            "Danielle works three night shifts a week (Tuesday, Wednesday and Friday, 8pm to 8am) and the family "
            "need the money.",
        ]),
        ("h1", "What's working well?"),
        ("bullets", [
            "Danielle and Craig have told the truth about what happened and want the children to stay at home.",
            "Craig went to Brantingley Alcohol and Drug Service himself on 02/01/2026 and has had his assessment.",
            "Pat has slept at the house on every one of Danielle's Tuesday and Wednesday shifts since 30/12/2025.",
            "Maisie and Alfie are warm, well dressed and well fed, and Maisie's school says she is a kind, "
            "hard-working girl.",
        ]),
        ("h1", "Danger statements"),
        ("p", "Children's services, the police and Maisie's school are worried that if Craig drinks while he is "
              "looking after Maisie and Alfie, he will fall asleep and not be able to wake, and Alfie could get "
              "out of the house again and be hit by a car, or be hurt at home with no adult to help him. We are "
              "also worried that Maisie will go on feeling she has to look after Alfie and her dad, and be late "
              "for school and frightened at night."),
        ("h1", "Safety goals"),
        ("numbers", [
            "Maisie and Alfie are looked after every evening and every night by an adult who has not been "
            "drinking, and everyone in the safety network, including Maisie, knows who that adult is.",
            "Alfie cannot get out of the house on his own, and is never left without a sober adult awake or "
            "in the house.",
            "Maisie is a little girl again: she is not getting Alfie's breakfast or waking Dad, and she is at "
            "school on time every day.",
            "Maisie and Alfie know the words and pictures story, and know who they can tell if they are worried.",
        ]),
        ("h1", "Scaling"),
        ("p", "Everyone at the conference was asked: on a scale of 0 to 10, where 10 means everyone is confident "
              "Maisie and Alfie are safe enough for the child protection plan to end, and 0 means the children "
              "cannot safely stay at home, where are things today?"),
        ("table", {
            "header": ["Who", "Score", "Why"],
            "widths": [4.2, 1.8, 11.0],
            "rows": [
                ["Rachel Benson (social worker)", "3", "Nan's nights are working, but Craig is still drinking every "
                                                       "day and the door has no alarm yet."],
                ["Danielle", "6", "\"Pat's there, and Craig knows he messed up.\""],
                ["Craig", "7", "\"I haven't had a drink on a night Danni's at work since.\""],
                ["Pat (Nan)", "5", "\"He's trying but he's not there yet.\""],
                ["Mrs Okafor (DSL, school)", "4", "Maisie has been on time since the holiday, but is tired and "
                                                  "worried."],
            ],
        }),
        ("h1", "What needs to happen: the safety network's jobs"),
        ("p", "Each job says whose job it is, when it happens, and how the network will know it is being done. "
              "Rachel goes through the jobs with everyone at each network meeting."),
        ("table", {
            "header": ["No.", "Job", "Whose job", "When", "How the network will know"],
            "widths": [1.0, 6.0, 3.4, 3.0, 3.6],
            "rows": [
                ["1",
                 "Go to Brantingley Alcohol and Drug Service for one-to-one alcohol treatment and take a breath "
                 "test at each session, so that he is sober whenever he is with Maisie and Alfie",
                 "Craig Quinlan (Dad), with Owen Marsh (recovery worker)",
                 "Every Monday at 11am from 19/01/2026",
                 "A breath reading of 0.00 at every session; Owen e-mails Rachel the readings every Friday"],
                ["2",
                 "Write to the network on Craig's capacity to change: how much he is drinking, what has changed, "
                 "what still has to change before he can look after the children on his own, and how long that "
                 "is likely to take",
                 "Owen Marsh, recovery worker, Brantingley Alcohol and Drug Service",
                 "Report by 27/02/2026; an update by 27/03/2026",
                 "Written report on Rachel's file covering all four points, read at the network meeting on "
                 "19/03/2026"],
                ["3",
                 "Liver function blood tests for Craig, repeated after three months, and an AUDIT drinking "
                 "questionnaire at each test",
                 "Dr Farah Noor, GP, Brantingley Health Centre",
                 "First test by 30/01/2026; repeat by 30/04/2026",
                 "Results letter with the AUDIT score to Rachel after each test"],
                ["4",
                 "Not drink at all at home, and not look after Maisie and Alfie on his own, until the network "
                 "agrees at a network meeting that he can",
                 "Craig Quinlan (Dad)",
                 "Every day until the review conference on 07/04/2026",
                 "Pat or Danielle write in the safety book each evening whether Craig has been drinking; Rachel "
                 "reads the book at each visit"],
                ["5",
                 "Sleep at 11 Byrecroft Close on Danielle's Tuesday and Wednesday night shifts, put the children "
                 "to bed and get them up and to school and nursery",
                 "Pat Quinlan (Nan)",
                 "Every Tuesday and Wednesday night from 13/01/2026",
                 "Pat signs the safety book each morning and texts Rachel by 9am on Wednesdays and Thursdays"],
                ["6",
                 "Have Maisie and Alfie for a sleepover at her house on Friday nights while Danielle works, and "
                 "bring them home at 12 noon on Saturday",
                 "Lisa Carter (Auntie Lisa)",
                 "Every Friday night from 16/01/2026",
                 "Lisa texts Danielle and Rachel when the children arrive and when they are home, and writes it "
                 "in the safety book"],
                ["7",
                 "Keep the safety book on the fridge: who looked after the children each evening and night, and "
                 "whether anyone had been drinking",
                 "Danielle Quinlan (Mum)",
                 "Every day from 14/01/2026",
                 "The book is filled in for every day; Rachel reads and signs it at each visit"],
                ["8",
                 "Fit a door alarm and a high bolt to the front and back doors so that Alfie cannot open them on "
                 "his own",
                 "Dean Ashby, tenancy officer, Brantingley Homes",
                 "By 30/01/2026",
                 "Signed job sheet sent to Rachel; Rachel tests the alarm and the bolts at her next visit"],
                ["9",
                 "Finish the words and pictures story with drawings, and read it with Maisie and Alfie together "
                 "with Mum and Dad",
                 "Rachel Benson (social worker), with Danielle and Craig",
                 "By 06/02/2026",
                 "A copy for each child and each network member; Maisie tells Rachel the story in her own words "
                 "at the next visit and Rachel writes it down"],
                ["10",
                 "Home visits: see Maisie on her own and Alfie at play, look at the safety book; at least one "
                 "visit in three unannounced, after 7pm",
                 "Rachel Benson (social worker)",
                 "Every week until the review conference",
                 "Visit record within 48 hours: who was caring for the children, whether Craig was sober, and "
                 "what Maisie said in her own words"],
                ["11",
                 "Four direct work sessions with Maisie to make her \"safety hand\": five adults she can tell, and "
                 "what to do if Dad cannot be woken",
                 "Rachel Benson (social worker)",
                 "Fortnightly from 20/01/2026; all four by 13/03/2026",
                 "Maisie's finished safety hand, copied to Mrs Okafor and the safety book; at the last session "
                 "Maisie can tell Rachel her five adults"],
                ["12",
                 "Ring Danielle by 9.30am if Maisie is not in school, and check in with Maisie every Monday using "
                 "her worry scale",
                 "Mrs Grace Okafor, DSL, Brantingley Moor Primary School",
                 "Every school day; check-ins every Monday at 9am",
                 "Register and Maisie's worry score, in her words, e-mailed to Rachel every Friday"],
                ["13",
                 "Write down Alfie's arrival time, who brought him, whether he has had breakfast, and anything he "
                 "says about home",
                 "Kirsty Hale, Alfie's key person, Butterbur Nursery",
                 "Every nursery session (Monday to Thursday mornings)",
                 "Daily sheet sent to Rachel every Friday"],
                ["14",
                 "Go together to the Brantingley Family Hub's \"Parents, Children and Alcohol\" group, about how "
                 "drinking affects children and what Maisie and Alfie need",
                 "Danielle and Craig Quinlan, with Tariq Shah (family hub worker)",
                 "Thursdays 6pm to 8pm for 6 weeks from 29/01/2026",
                 "Group register, and Tariq's end-of-group review of what each parent has learned, sent to "
                 "Rachel by 13/03/2026"],
            ],
        }),
        ("h1", "If the safety network can't keep the plan going"),
        ("bullets", [
            "If Craig has been drinking while Maisie or Alfie are in his care (a breath reading above 0.00, "
            "smelling of drink, a network member seeing it, or Maisie saying so), whoever finds out rings Rachel "
            "straight away, or the Emergency Duty Team out of hours. Craig leaves the house that evening and "
            "sleeps at Pat's, and Rachel (or the Emergency Duty Team) holds a strategy discussion with the police "
            "the same day if a child has been hurt or left without a sober adult.",
            "If Pat cannot sleep over on a Tuesday or Wednesday, she rings Danielle and Rachel by 4pm that day, "
            "and Lisa sleeps at the house instead. If Lisa cannot have the children on a Friday, Pat has them "
            "at 40 Byrecroft Close. If neither Pat nor Lisa can do a night, Danielle does not go to work that "
            "night (her manager at Birchenden Nursing Home agreed this on 12/01/2026).",
            "If Alfie is found outside on his own again, or either child is hurt, the children go to Lisa's that "
            "night, or to an emergency foster placement arranged by Rachel or the Emergency Duty Team if Lisa "
            "cannot have them.",
            "If Craig has two breath readings above 0.00, misses three Monday sessions in a row, or is found drunk "
            "while caring for the children before the review conference, Sunita Rao (team manager) will hold a "
            "legal planning meeting within 5 working days to decide whether to start pre-proceedings under the "
            "Public Law Outline.",
        ]),
        ("h1", "Next network meetings"),
        ("bullets", [
            "Core group (safety network meeting) every four weeks at Brantingley Moor Primary School, Thursdays at "
            "4pm: 22/01/2026, 19/02/2026 and 19/03/2026.",
            "Review child protection conference: 07/04/2026 at 10am, Brantingley Town Hall.",
        ]),
        ("p", "Plan sent to Danielle, Craig, Pat, Lisa, Jodie and every agency on 15/01/2026. Maisie and Alfie have "
              "their own copy of the words and pictures story."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Family Group Conference family plan in the family's own words, the
#    social worker's agreement and the professionals' part below. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b220_bessingdale_fgc_family_plan_nan_will_pierce.md",
    "split": "tune",
    "actions": 14,
    "template": "family-group-conference-family-plan-md-fgc-details-who-came-table-information-giving-the-question-for-the-family-bottom-lines-what-kayden-and-lacey-want-what-we-want-our-words-then-our-family-plan-bullets-under-family-headings-nan-will-our-family-will-then-if-the-plan-isnt-working-our-words-agreeing-the-plan-sw-part-professionals-table-who-what-we-will-do-when-how-well-know-meetings",
    "description": (
        "Family Group Conference family plan for a 9-year-old boy and a 6-year-old girl on child "
        "protection plans for neglect after they were found alone at 2am while their mother, who uses "
        "cocaine and drinks at weekends, was at a party. The FGC's own parts: who came, information "
        "giving, the question for the family, the social worker's bottom lines, the children's words "
        "through an advocate and a drawing, what the family want for the children, then the family plan "
        "in private family time's words ('Nan will', 'Grandad Tony will', 'Our family will', 'Uncle Dev "
        "will'), the family's 'If the plan isn't working', the social worker's agreement and the "
        "professionals' part (Who / What we will do / When / How we'll know). Faults: 'Our family will' "
        "keep someone at the house on Friday nights (W002); Uncle Dev's football 'whenever he can' "
        "(T002); the school nurse's health review with an empty check (M001); the plan leans on Nan, "
        "Grandad Tony, Kelsey and Dev but nothing says what happens if their help fails (C003); and the "
        "review conference is 'to be arranged' (R001)."
    ),
    "text": """\
# Bessingdale Family Group Conference Service

## Our family plan for Kayden and Lacey

**Family group conference:** Wednesday 21/01/2026, 5pm, Bessingdale Community Centre, Birchley Street
**Coordinator:** Abi Thornton, independent FGC coordinator
**Social worker:** Marcus Lyle, Bessingdale Children's Social Care, Safeguarding Team 2 (team manager: Helen Grey)

Kayden (9) and Lacey (6) have been on child protection plans under the category of neglect since their
initial child protection conference on 18/12/2025. The conference asked for a family group conference so
that the family could make their own plan. This is that plan. The family wrote it in private family
time, in their own words, and Abi typed it up as they said it. Marcus agreed it at the end of the
meeting, and the professionals' part is under the family's.

### Who came

| Name | Who they are |
|---|---|
| Shannon Pierce | Mum, 17 Baltridge Court, Bessingdale BS4 2WE |
| Julie Pierce | Nan (Shannon's mum), 3 Baldwick Row, Bessingdale |
| Tony Walsh | Grandad Tony (Julie's partner) |
| Dev Pierce | Uncle Dev (Shannon's brother) |
| Kelsey Ward | Shannon's cousin and Lacey's godmother |
| Kayden Pierce | came for the first half, with his advocate |
| Tasha Reid | Kayden's advocate, Bessingdale Advocacy for Children |
| Marcus Lyle | Social worker (information giving and agreeing the plan) |
| Mrs Joanne Hayes | DSL, Bessingdale Fields Primary School (information giving only) |
| Jade Okoye | Recovery worker, Bessingdale Recovery Service (information giving only) |

The children's dad, Ryan Cole, was invited but did not come. He has not seen the children since 2023.

### Information giving: why the family were asked to make a plan

Marcus told the family:

- At 2am on 29/11/2025 the police found Kayden and Lacey on their own at home. Shannon was at a party.
  Kayden had made toast for Lacey and put her to bed. Shannon came home at 4am; she had taken cocaine
  and been drinking.
- Since September Lacey has missed 21 sessions of school and been late 30 times. Both children have had
  head lice since the autumn. Lacey has toothache and has never been to a dentist.
- Shannon told the conference she has used cocaine and drunk "most weekends" since she split up with
  her partner in the summer, and that she wants to stop. She started at Bessingdale Recovery Service on
  07/01/2026.

### The question for the family

"How will our family make sure that Kayden and Lacey always have a sober adult looking after them, get
to school on time every day, and are kept clean, healthy and happy?"

### The social worker's bottom lines

- Shannon must not look after the children when she has taken drugs or been drinking.
- The children must never be left without an adult, day or night.
- Kayden and Lacey must be in school every day unless they are ill.

### What Kayden and Lacey want

Kayden told Tasha on 14/01/2026, and she read it out at the start of the conference: "I want to live
with Mum but I don't want her going out." "I don't like being the man of the house." "I like it at
Nan's, she has Sky." "I want to go to football like my mates." He scored how happy he is at home at 6
out of 10: "It'd be 10 if Mum stayed in."

Lacey drew her house for Tasha with "Mummy, me, Kayden and Nan" in it and a big sun. She said: "I don't
like it when it's dark and Mummy isn't there." "My tooth hurts when I eat sweets."

### What we want for Kayden and Lacey (our words)

1. Kayden and Lacey are never on their own, and there is always a grown-up who hasn't been drinking or
   using looking after them.
2. Kayden and Lacey go to school every day, on time, clean and with their hair done.
3. Lacey's teeth get sorted and the nits go for good.
4. Kayden gets to be a kid, not the one looking after everyone.

## Our family plan

We, the Pierce family, agreed this plan in private family time on 21/01/2026.

### Keeping the kids safe at weekends

- **Nan will** have Kayden and Lacey to stay at her house every Saturday night from 24/01/2026, and
  bring them home at 4pm on Sunday. Nan will text Marcus on Sunday night to say how the weekend went.
- **Our family will** make sure one of us is always at the house with Shannon and the kids on Friday
  nights from 23/01/2026. Whoever it is writes their name on the calendar in the kitchen, and Marcus
  looks at it when he visits.
- **Shannon will** not drink or use anything on a day she has the kids, from today (21/01/2026). She
  will do a saliva test for Jade every Wednesday, and Jade will send the results to Marcus.
- **Shannon will** go to her key-work sessions with Jade at Bessingdale Recovery Service every
  Wednesday at 10am, and Jade will tell Marcus at the end of every month if she has missed any.

### Getting to school

- **Grandad Tony will** take Kayden and Lacey to school every Monday and Friday morning from
  26/01/2026, so Shannon can't be late after the weekend. Mrs Hayes will see them arrive and mark it on
  the register.
- **Shannon will** take the kids on Tuesdays, Wednesdays and Thursdays and have them at the gate by
  8.45am. The school register will show they are on time.

### Health and looking after the kids

- **Kelsey will** take Lacey and Kayden to Bessingdale Smiles Dental Practice by half term
  (13/02/2026), and show Marcus the appointment card.
- **Nan will** comb both kids' hair with the nit comb, and treat it if she finds any, every Sunday
  before they go home from 25/01/2026. She writes it on the kitchen calendar, and Mrs Hayes will tell
  Marcus if the school sees nits again.

### Kayden being a kid

- **Uncle Dev will** take Kayden to football training at Bessingdale Rovers juniors whenever he can,
  and text Marcus a photo from the pitch.

## If the plan isn't working (our words)

- If Shannon drinks or uses when she's got the kids, whoever finds out rings Nan and Marcus straight
  away. The kids go to Nan's and stay there until Marcus says they can come home.
- If Shannon misses two Wednesdays with Jade, Dev and Nan will sit down with her that week and ring
  Marcus.
- If the kids are ever found on their own, Nan will come and get them that night and ring Marcus.

## Agreeing the plan: the social worker's part

Marcus agreed the family plan at the end of the conference, because it meets the bottom lines.
Children's services add:

- If Kayden or Lacey are found without a sober adult, or Shannon has been drinking or using while she is
  caring for them, Marcus (or the Emergency Duty Team out of hours) will hold a strategy discussion with
  the police the same day.
- If Shannon has two positive saliva tests, or the children are found on their own again, before the
  review conference, Helen Grey (team manager) will hold a legal planning meeting within 5 working days.

### What the professionals will do

| Who | What we will do | When | How we'll know |
|---|---|---|---|
| Marcus Lyle, social worker | Visit the kids at home and see Kayden and Lacey on their own; one visit in three on a Friday evening or at the weekend | Every week until the review conference | Visit records within 48 hours, with what the kids said in their own words |
| Jade Okoye, Bessingdale Recovery Service | Write to Marcus on Shannon's drug and alcohol use: her test results, what has changed, whether she can make the changes the kids need, and how long that is likely to take | By 27/02/2026 | Written report on Marcus's file, read at the core group on 04/03/2026 |
| Mrs Joanne Hayes, DSL, Bessingdale Fields Primary School | Ring Shannon by 9.30am on any day the kids aren't in, and ring Marcus if she can't reach her | Every school day | Register and call log e-mailed to Marcus every Friday |
| Beth Grant, school nurse | Health review for Kayden and Lacey: growth, teeth, eyes and immunisations | By 13/02/2026 | |
| Tasha Reid, Bessingdale Advocacy for Children | See Kayden before each core group and the review conference, and take his views | Before each meeting | Kayden's views written on his "My say" form and read out at the meeting |

## Meetings

- Review family group conference: 11/03/2026 at 5pm, Bessingdale Community Centre, with Abi.
- Core group every four weeks at Bessingdale Fields Primary School, at 3.30pm: 04/02/2026, 04/03/2026
  and 01/04/2026.
- Review child protection conference: to be arranged by the Bessingdale child protection conference
  service; the family will be sent the date.

Agreed by: Shannon Pierce, Julie Pierce, Tony Walsh, Dev Pierce, Kelsey Ward (family); Marcus Lyle
(social worker), 21/01/2026. Typed up by Abi Thornton and sent to everyone on 23/01/2026.
""",
    "findings": [
        F("W002", "make sure one of us is always at the house"),
        F("T002", "take Kayden to football training at Bessingdale Rovers juniors"),
        F("M001", "Health review for Kayden and Lacey: growth, teeth"),
        F("C003"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Safe and Together plan: the perpetrator's pattern, its impact on the
#    children, the mother's protective efforts, then Liam's part, the
#    partnership with Kirsty, the agencies' part and the MARAC's actions.
#    Page header and footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
_B3_HEAD = ["Ref", "What will happen", "Who", "When", "How we will know"]
_B3_W = [1.2, 6.4, 3.3, 2.9, 3.2]

PLANS.append({
    "name": "b220_byrnemouth_safe_and_together_perpetrator_pattern_ashworth.pdf",
    "doc_title": "Safe and Together Child Protection Plan - Freya and Noah Ashworth",
    "split": "tune",
    "actions": 16,
    "min_pages": 2,
    "header": "OFFICIAL-SENSITIVE · Byrnemouth City Council · Safe and Together child protection plan · ASHWORTH",
    "footer": "Agreed at the initial child protection conference on 19/01/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "safe-and-together-cp-plan-pdf-paged-header-footer-about-this-plan-kv-family-mapping-liams-pattern-of-behaviour-impact-on-freya-and-noah-kirstys-protective-efforts-what-freya-and-noah-told-us-what-kirsty-wants-what-we-want-for-the-children-then-four-tables-ref-what-will-happen-who-when-how-we-will-know-liams-part-partnering-with-kirsty-agencies-part-marac-actions-then-if-liam-breaches-or-the-risk-rises-meetings",
    "description": (
        "Exemplary Safe and Together child protection plan for a 10-year-old girl and a 5-year-old boy "
        "(emotional abuse) after their father's years of coercive control of their mother ended in an "
        "assault on the landing in front of them; he is on bail not to contact her and is charged, and "
        "the MARAC heard the case. The plan is in the model's parts: mapping Liam's pattern of behaviour "
        "as his choices, the impact on each child, the full range of Kirsty's protective efforts, the "
        "children's words and Kirsty's, what we want for the children, then four tables (Ref / What will "
        "happen / Who / When / How we will know): what Liam will do to take responsibility (a perpetrator "
        "programme with monthly reports, bail conditions, returning Kirsty's documents, parenting "
        "sessions with the social worker), how the agencies will partner with Kirsty, what they will do "
        "for Freya and Noah, and the MARAC's actions joined to the plan. The contingency has specific "
        "triggers, a refuge, a fallback if Kirsty's sister cannot have them, and a legal planning meeting "
        "after named triggers; core group and review dates are set. Page header and footer on every page."
    ),
    "blocks": [
        ("title", "Child Protection Plan: Safe and Together"),
        ("p", "Byrnemouth City Council Children's Services works to the Safe and Together model. This plan keeps "
              "Freya and Noah safe and together with their mum, partners with Kirsty as their protective parent, "
              "and holds Liam responsible for the harm his behaviour has done and for changing it. It was agreed "
              "at the initial child protection conference on 19/01/2026. Chair: Carol Ndlovu."),
        ("h1", "About the family"),
        ("kv", [
            ("Children", "Freya Ashworth, born 14/03/2015 (10), Year 6, and Noah Ashworth, born 22/07/2020 (5), "
                         "Reception, both at Byrnemouth St Aidan's Primary School"),
            ("Mum", "Kirsty Ashworth (36), 8 Bellcroft Road, Byrnemouth BY5 3DL, with Freya and Noah"),
            ("Dad", "Liam Ashworth (38), staying with his brother at Bywater Court, Byrnemouth, since 04/01/2026. "
                    "On bail not to contact Kirsty or go to Bellcroft Road; charged with assault by beating and "
                    "controlling or coercive behaviour; first hearing at Byrnemouth Magistrates' Court on "
                    "05/03/2026."),
            ("Category", "Emotional abuse (both children)"),
            ("MARAC", "Heard at Byrnemouth MARAC on 15/01/2026 (DASH score 18, high risk)"),
            ("Social worker", "Dan Morley, Byrnemouth Domestic Abuse and Safeguarding Team (team manager: Sarah "
                              "Quayle)"),
            ("IDVA", "Sian Parry, Byrnemouth Domestic Abuse Service"),
        ]),
        ("h1", "Mapping Liam's pattern of behaviour"),
        ("p", "These are Liam's choices. They are set out here so that every agency is clear about what Liam has "
              "done and what has to change, and so that no one asks Kirsty to carry his responsibility."),
        ("bullets", [
            "Control of money: since 2021 Liam has kept Kirsty's wages going into an account only he can use and "
            "given her £40 a week for food, and asked for receipts.",
            "Monitoring and isolation: he tracked Kirsty's phone, read her messages, and stopped her seeing her "
            "sister Joanne, saying Joanne was \"turning her against him\".",
            "Undermining her as a mother: he called Kirsty \"useless\" and \"a psycho\" in front of the children, "
            "and told Freya that \"Mummy can't cope without me\".",
            "Fear and violence: he punched holes in two doors in 2024, and on 03/01/2026 he pushed Kirsty "
            "against the banister on the landing and held her by the throat while Freya and Noah watched from "
            "Freya's bedroom. He took her phone so she could not call for help.",
            "After the assault he kept Kirsty's passport and the children's birth certificates.",
        ]),
        ("h1", "How Liam's behaviour has affected Freya and Noah"),
        ("bullets", [
            "Freya has taken on looking after Kirsty and Noah. She has not slept in her own bed since 03/01/2026 "
            "and has missed six days of school, saying she has stomach aches. Her teacher says she watches the "
            "door.",
            "Noah has started hitting Kirsty and calling her \"stupid\", the words he has heard his dad use, "
            "and wets the bed most nights.",
            "Both children have been kept from their aunt and cousins for four years.",
        ]),
        ("h1", "Kirsty's protective efforts"),
        ("bullets", [
            "For years Kirsty kept the children's routines going, took them to school every day and kept Freya's "
            "swimming lessons going from the money Liam gave her for food.",
            "When Liam started shouting she took the children upstairs and put on a film for them.",
            "On 03/01/2026 she got her phone back, locked herself and the children in the bathroom and rang 999.",
            "She told the school what had happened the next morning and asked them to watch Freya.",
            "She has met Sian twice and made a safety plan, and has got back in touch with Joanne.",
        ]),
        ("h1", "What Freya and Noah told us"),
        ("p", "Dan saw Freya on her own at school on 13/01/2026: \"I heard Mum's voice go funny. I thought he was "
              "going to kill her.\" \"I have to stay awake in case he comes back.\" \"I don't want to see Dad. Maybe "
              "when he's said sorry properly.\" She scored how safe she feels at home at 6 out of 10, \"because "
              "the door's got a chain now but he knows where we live\"."),
        ("p", "Noah, seen at home on 14/01/2026 with his Lego: \"Daddy shouted and Mummy cried on the stairs.\" \"I "
              "want Daddy to come to my party.\" He built a \"police house\" for the family with a big wall round "
              "it."),
        ("h1", "What Kirsty wants"),
        ("p", "\"I want my kids to sleep. I want Freya to stop being the mum. I want Liam to see what he's done to "
              "them, and if he wants to be their dad he has to change, not me.\" Kirsty wants Noah to see his dad "
              "if it is safe and Noah still wants to, and does not want Freya made to."),
        ("h1", "What we want for Freya and Noah"),
        ("numbers", [
            "Freya and Noah live safely with their mum, and do not see or hear any more violence or abuse.",
            "Freya goes back to being a 10-year-old: sleeping in her own bed, in school every day, and not "
            "looking after her mum or brother.",
            "Noah's behaviour settles: he stops hitting and name-calling, and has more dry nights than wet.",
            "If Freya or Noah see their dad, it is safe, supervised and what they want.",
        ]),
        ("h1", "The plan"),
        ("boldp", "Part A: What Liam will do to take responsibility and change"),
        ("table", {
            "header": _B3_HEAD,
            "widths": _B3_W,
            "rows": [
                ["A1",
                 "Have a suitability assessment for the Byrnemouth Choices for Change domestic abuse perpetrator "
                 "programme, then go to every weekly group for 26 weeks",
                 "Liam Ashworth, with the programme's facilitator, Gareth Innes",
                 "Assessment by 06/02/2026; group every Tuesday at 6.30pm from 17/02/2026",
                 "Gareth writes to Dan every month with Liam's attendance and what he is saying about his "
                 "behaviour and its effect on Freya and Noah"],
                ["A2",
                 "Keep to his bail conditions: no contact with Kirsty, no visits to Bellcroft Road or the school, "
                 "and contact with the children only at the contact centre",
                 "Liam Ashworth",
                 "Every day until the hearing on 05/03/2026, and any order made then",
                 "PC Hughes tells Dan the same day of any breach; Dan checks the police record every fortnight"],
                ["A3",
                 "Give back Kirsty's passport and Freya's and Noah's birth certificates, through his solicitor",
                 "Liam Ashworth",
                 "By 30/01/2026",
                 "Kirsty tells Sian she has them, and Sian tells Dan the same day"],
                ["A4",
                 "Four sessions with Liam about his parenting: what Freya and Noah saw and heard, how his "
                 "behaviour has affected them, and what a safe father would do now",
                 "Dan Morley (social worker)",
                 "Fortnightly from 27/01/2026; all four by 10/03/2026",
                 "Session records with Liam's own words about the effect on the children; a summary in Dan's "
                 "report to the review conference"],
            ],
        }),
        ("boldp", "Part B: How we will partner with Kirsty"),
        ("table", {
            "header": _B3_HEAD,
            "widths": _B3_W,
            "rows": [
                ["B1",
                 "Go through Kirsty's safety plan with her, including the school run and Liam's court date, and "
                 "update it after any change",
                 "Sian Parry, IDVA, Byrnemouth Domestic Abuse Service",
                 "Every two weeks until the review conference",
                 "Updated safety plan sent to Dan after each meeting"],
                ["B2",
                 "Meet the family law solicitor Sian has found (legal aid) to decide about a non-molestation "
                 "order and about child arrangements",
                 "Kirsty Ashworth, with Sian Parry",
                 "By 06/02/2026",
                 "Kirsty tells Sian what she has decided; Sian records it and tells Dan"],
                ["B3",
                 "Open a bank account in her own name and move her wages into it, with help from the "
                 "domestic abuse service's money adviser",
                 "Kirsty Ashworth, with Rhona Tait (money adviser)",
                 "By 13/02/2026",
                 "Rhona confirms to Dan that the account is open and the first wages are paid into it"],
            ],
        }),
        ("boldp", "Part C: What the agencies will do for Freya and Noah"),
        ("table", {
            "header": _B3_HEAD,
            "widths": _B3_W,
            "rows": [
                ["C1",
                 "Home visits, seeing Freya and Noah each on their own, and asking Kirsty what is helping and "
                 "what Liam's behaviour is still making hard",
                 "Dan Morley (social worker)",
                 "Every week until the review conference",
                 "Visit records within 48 hours, with each child's own words"],
                ["C2",
                 "Six direct work sessions with Freya about what happened and about being a child, not a carer, "
                 "ending with her \"safe people\" map",
                 "Dan Morley (social worker)",
                 "Fortnightly from 28/01/2026; all six by 08/04/2026",
                 "Freya's finished safe people map, copied to school; Dan records what she says at each session"],
                ["C3",
                 "Check in with Freya each morning, and run six ELSA sessions with her on worry and sleep",
                 "Mrs Helen Brook, DSL, Byrnemouth St Aidan's Primary School, with Miss Kaye (ELSA)",
                 "Check-ins every school day at 8.45am; ELSA sessions weekly from 26/01/2026",
                 "Attendance, check-in notes and Freya's worry score e-mailed to Dan every Friday"],
                ["C4",
                 "Tell Dan and the police the same day if Liam is seen at or near the school",
                 "Mrs Helen Brook, DSL",
                 "The same day as any sighting",
                 "Sighting recorded on CPOMS and a police log number given to Dan"],
                ["C5",
                 "Supervise Noah's contact with his dad, with Liam's agreed rules (no talk about Kirsty or the "
                 "court case); Freya goes only if she asks to",
                 "Marie Dunn, contact supervisor, Byrnemouth Family Contact Centre",
                 "Every other Saturday, 10am to 11.30am, from 14/02/2026",
                 "Contact record, with what Noah says before and after, sent to Dan within two working days"],
                ["C6",
                 "Assess Freya's sleep, stomach aches and worry, and Noah's bedwetting and anger, and say what "
                 "help each needs",
                 "Priya Sandhu, practitioner, Byrnemouth Children's Wellbeing Service",
                 "Assessments by 27/02/2026",
                 "A letter to Kirsty and Dan for each child saying what help they need, who gives it and when"],
            ],
        }),
        ("boldp", "Part D: MARAC actions (15/01/2026) that are part of this plan"),
        ("table", {
            "header": _B3_HEAD,
            "widths": _B3_W,
            "rows": [
                ["D1",
                 "Put a marker on 8 Bellcroft Road so that any 999 call is treated as an emergency",
                 "PC Owen Hughes, Byrnemouth Police Domestic Abuse Unit",
                 "By 23/01/2026",
                 "Marker reference e-mailed to Dan and Sian"],
                ["D2",
                 "Tell the school by 9am the next school day about any incident at the house that Freya or Noah "
                 "were there for",
                 "Byrnemouth Police Domestic Abuse Unit",
                 "By 9am the next school day after any incident",
                 "The notice logged on CPOMS by Mrs Brook, who rings Dan the same morning"],
                ["D3",
                 "Fit sanctuary scheme locks, a door chain and a video doorbell",
                 "Neil Ross, tenancy officer, Byrnemouth Homes",
                 "By 06/02/2026",
                 "Completion sheet signed by Kirsty, copied to Sian and Dan"],
            ],
        }),
        ("h1", "If Liam breaches, or the risk rises"),
        ("bullets", [
            "If Liam comes to Bellcroft Road or the school, or contacts Kirsty or the children in any way outside "
            "the contact centre: Kirsty (or the school) rings 999, and the police deal with the breach of bail. "
            "Dan, or the Emergency Duty Team out of hours, holds a strategy discussion with the police the same "
            "day, and Noah's contact stops until that discussion decides otherwise.",
            "If Kirsty and the children are not safe at home, Sian finds a refuge place that day, or they stay "
            "with Joanne in Byrnemouth East (Joanne agreed on 16/01/2026) until it is ready. If Joanne cannot "
            "have them, Dan arranges emergency accommodation through Byrnemouth Housing Options that night.",
            "If Liam misses two groups or is found unsuitable for the programme, or breaks a contact rule, "
            "contact at the centre stops and Dan tells Liam in writing what he must do before it can start "
            "again.",
            "If Liam breaches his bail twice, the children are at another incident, or Liam is found to be "
            "living at the house before the review conference, Sarah Quayle (team manager) will hold a legal "
            "planning meeting within 5 working days.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks at Byrnemouth St Aidan's Primary School, Wednesdays at 1.30pm: "
            "28/01/2026, 25/02/2026 and 25/03/2026. Liam's part is reviewed with him separately by Dan before "
            "each core group, so that Kirsty does not have to be in the same room.",
            "MARAC review: 16/04/2026.",
            "Review child protection conference: 09/04/2026 at 10am, Byrnemouth Civic Centre.",
        ]),
        ("p", "Plan sent to Kirsty and every agency on 21/01/2026. Liam has been sent Part A, Part C5 and the "
              "contingency, without Kirsty's address."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Graded Care Profile 2 plan: scores by area, then for each area its
#    score now, its target, what we want to see and a table of what needs
#    to happen. Faulty (docx)
# ---------------------------------------------------------------------------
_B4_HEAD = ["What needs to happen", "Who", "By when", "How we'll know"]
_B4_W = [7.0, 3.6, 2.8, 3.6]

PLANS.append({
    "name": "b220_buckinfold_gcp2_scored_by_area_tables_moss.docx",
    "doc_title": "Neglect Child Protection Plan (Graded Care Profile 2) - Jayden and Summer Moss",
    "split": "tune",
    "actions": 15,
    "template": "gcp2-neglect-cp-plan-docx-details-kv-why-gcp2-scores-summary-table-area-subareas-score-now-target-jaydens-words-summers-day-then-one-section-per-gcp2-area-score-now-target-what-we-want-to-see-and-table-what-needs-to-happen-who-by-when-how-well-know-then-if-things-get-worse-meetings",
    "description": (
        "Child protection plan for a 6-year-old boy and a 2-year-old girl (neglect) built on a Graded Care "
        "Profile 2 done by the health visitor and the social worker: a summary of scores by area and "
        "sub-area (1 best, 5 worst) with a target for each area by the review conference, Jayden's words "
        "and Summer's day, then one part per GCP2 area (physical care, safety, love and care, stimulation "
        "and education) with its score now, its target, 'What we want to see' and a table (What needs to "
        "happen / Who / By when / How we'll know). The mother has depression and has stopped her "
        "medication; the father smokes cannabis every day. Faults: the family support worker's home "
        "sessions measured by 'Improvement in home conditions' (M002); 'A referral will be made to "
        "Buckinfold Home-Start' with '-' for who (W001); Summer's nursery place 'Ongoing' (T002); the "
        "love and care area's 'What we want to see' is about the parents only (F002); no adult service "
        "(GP, mental health or drug service) owns any action (F004); and nothing says legal planning "
        "follows if the scores do not come down (R002)."
    ),
    "blocks": [
        ("title", "Child Protection Plan: Neglect (Graded Care Profile 2)"),
        ("p", "Buckinfold Council, Children and Young People's Service. Initial child protection conference "
              "held on 20/01/2026 at Buckinfold House. Chair: Imran Siddiqui (child protection chair)."),
        ("kv", [
            ("Children", "Jayden Moss, born 11/06/2019 (6), Year 2, Buckinfold Wharf Primary School; Summer "
                         "Moss, born 03/10/2023 (2)"),
            ("Parents", "Kerry Moss (26) and Dean Moss (29), 23 Burdock Way, Buckinfold BK7 1SA"),
            ("Maternal grandmother", "Linda Hobbs, Bramshaw Road, Buckinfold"),
            ("Category", "Neglect (both children)"),
            ("Social worker", "Lauren Price, Buckinfold South Safeguarding Team (team manager: Rob Finch)"),
            ("Health visitor", "Amy Shaw, Buckinfold Health Visiting Service"),
        ]),
        ("h1", "Why Jayden and Summer have a plan"),
        ("p", "The school and the health visitor have been worried since the summer. Jayden has come to school "
              "hungry, in the same clothes for days, and has missed 24 sessions this term. Summer missed her "
              "2-year review and her immunisations, and is not yet saying any words. On 06/01/2026 Lauren found "
              "the kitchen with no food except dry cereal, dog mess on the landing, no working heating, and "
              "Summer asleep in a cot with a wet, dirty mattress. Kerry has depression; her GP prescribed "
              "sertraline in August 2025, but she stopped taking it in November and says she \"can't get off "
              "the sofa some days\". Dean smokes cannabis every day, he says \"to take the edge off\", and is "
              "often asleep until midday."),
        ("h1", "Graded Care Profile 2 scores"),
        ("p", "The GCP2 was done by Amy Shaw and Lauren Price, with Kerry and Dean, on 08/01/2026 and 12/01/2026. "
              "Each sub-area is scored from 1 (the child's needs are met all the time) to 5 (the child's needs "
              "are not met at all). Amy and Lauren will score it again with Kerry and Dean by 27/03/2026, for "
              "the review conference."),
        ("table", {
            "header": ["GCP2 area", "Sub-areas and scores (12/01/2026)", "Area score now", "Target by review"],
            "widths": [3.4, 8.6, 2.5, 2.5],
            "rows": [
                ["1. Physical care", "Nutrition 4; Housing 4; Clothing 3; Hygiene 4; Health 4", "4", "2"],
                ["2. Care of safety", "In the carer's presence 3; in the carer's absence 3", "3", "2"],
                ["3. Love and care", "Carer 2; mutual engagement 2", "2", "2"],
                ["4. Stimulation and education", "Stimulation 3; approval 2; disapproval 2; acceptance 2; "
                                                 "education 4", "3", "2"],
            ],
        }),
        ("h1", "What Jayden told us"),
        ("p", "Lauren saw Jayden on his own at school on 14/01/2026. He drew his house with \"Mummy on the sofa, "
              "Daddy in bed, and me and Summer and the dog\". He said: \"Sometimes there's no breakfast so I have "
              "crisps.\" \"My bedroom is cold and it smells.\" \"I like it when Daddy plays Mario with me.\" \"I "
              "want Mummy to be happy again.\" He said his favourite place is Nanny Linda's \"because she has "
              "a warm bath\"."),
        ("h1", "Summer's day"),
        ("p", "Summer is 2. At the visit on 12/01/2026 Amy saw her spend most of the morning in her cot with a "
              "bottle of juice, in a nappy that had not been changed overnight. She pointed and grunted for "
              "things rather than saying words, and brightened when Amy got down on the floor with blocks. "
              "Kerry stroked her hair and sang to her when she cried."),
        ("h1", "Area 1: Physical care"),
        ("kv", [
            ("Score now", "4 (nutrition, housing, hygiene and health all 4)"),
            ("Target by review", "2"),
            ("What we want to see", "Jayden and Summer have breakfast, lunch and tea every day, sleep in warm, "
                                    "clean, dry beds in a warm home, wear clean clothes, and have their health "
                                    "appointments kept."),
        ]),
        ("table", {
            "header": _B4_HEAD,
            "widths": _B4_W,
            "rows": [
                ["Weekly home sessions with Kerry and Dean to sort, clean and clear the kitchen, the bathroom and "
                 "the children's bedrooms, and set up a cleaning rota",
                 "Bev Nolan, family support worker, Buckinfold Family Hub",
                 "Thursdays 1pm to 3pm for 8 weeks from 22/01/2026",
                 "Improvement in home conditions"],
                ["Repair the boiler and the heating, and treat the damp in the children's bedroom",
                 "Sean Kelly, repairs officer, Buckinfold Homes",
                 "By 06/02/2026",
                 "Signed job sheet sent to Lauren; Lauren checks the heating and the bedroom at her next visit"],
                ["A referral will be made to Buckinfold Home-Start for a volunteer to help Kerry with shopping, "
                 "meal planning and cooking tea",
                 "-",
                 "By 30/01/2026",
                 "Home-Start's acceptance letter on Lauren's file"],
                ["Take Summer to her 2-year review and her missed immunisations at the Buckinfold Wharf Health "
                 "Centre",
                 "Kerry Moss (Mum)",
                 "By 13/02/2026",
                 "Amy records the review and the immunisations in Summer's red book and tells Lauren"],
                ["Weigh and measure Summer and look at her skin, nappy area and teeth",
                 "Amy Shaw, health visitor",
                 "Every month until the review conference",
                 "Weight and height plotted in the red book and sent to Lauren; Summer on or above her 25th "
                 "centile"],
                ["Take Jayden and Summer to Buckinfold Dental Care for check-ups",
                 "Dean Moss (Dad)",
                 "By 27/02/2026",
                 "Appointment cards and the practice's treatment record, seen by Lauren"],
            ],
        }),
        ("h1", "Area 2: Care of safety"),
        ("kv", [
            ("Score now", "3"),
            ("Target by review", "2"),
            ("What we want to see", "Summer is safe from the stairs, the windows and the dog's mess, and Jayden "
                                    "and Summer are always looked after by an adult who is awake and has not "
                                    "been smoking cannabis."),
        ]),
        ("table", {
            "header": _B4_HEAD,
            "widths": _B4_W,
            "rows": [
                ["Fit the stair gate and the window restrictors given by the family hub, and keep the dog out of "
                 "the bedrooms and the kitchen",
                 "Dean Moss (Dad)",
                 "By 30/01/2026",
                 "Lauren sees the gate and restrictors fitted and the dog's area clean at her next visit"],
                ["Not smoke cannabis in the house, and not look after Jayden and Summer on his own after "
                 "smoking it",
                 "Dean Moss (Dad)",
                 "Every day from 20/01/2026",
                 "Lauren records at each visit whether the house smells of cannabis and who is caring for "
                 "the children"],
                ["Unannounced home visits, seeing Jayden on his own and Summer awake; at least one visit in "
                 "three after 5pm",
                 "Lauren Price (social worker)",
                 "Every week until the review conference",
                 "Visit record within 48 hours, with what was in the fridge, the state of the beds, and Jayden's "
                 "own words"],
            ],
        }),
        ("h1", "Area 3: Love and care"),
        ("kv", [
            ("Score now", "2"),
            ("Target by review", "2 (keep it there)"),
            ("What we want to see", "Kerry and Dean feel less stressed, more motivated and more able to cope "
                                    "day to day."),
        ]),
        ("table", {
            "header": _B4_HEAD,
            "widths": _B4_W,
            "rows": [
                ["Book an appointment with the GP to talk about her mood and whether to restart her medication",
                 "Kerry Moss (Mum)",
                 "By 06/02/2026",
                 "Kerry shows Lauren the appointment text"],
                ["Go to the Incredible Years parenting group together, with a crèche for Summer",
                 "Kerry and Dean Moss, with Bev Nolan (family hub)",
                 "Tuesdays 10am to 12 noon for 12 weeks from 27/01/2026",
                 "Group register and Bev's end-of-group report, sent to Lauren"],
            ],
        }),
        ("h1", "Area 4: Stimulation and education"),
        ("kv", [
            ("Score now", "3 (education 4)"),
            ("Target by review", "2"),
            ("What we want to see", "Jayden is in school every day and on time, and Summer is at nursery, "
                                    "playing and starting to use words."),
        ]),
        ("table", {
            "header": _B4_HEAD,
            "widths": _B4_W,
            "rows": [
                ["Ring Kerry by 9.30am on any day Jayden is not in school, and visit with Lauren if he is off "
                 "two days in a row",
                 "Mrs Nicola Bright, attendance officer, Buckinfold Wharf Primary School",
                 "Every school day",
                 "Register and call log e-mailed to Lauren every Friday; attendance 95% by the end of March"],
                ["Read with Jayden for ten minutes after tea and sign his reading record",
                 "Dean Moss (Dad)",
                 "Every school night",
                 "Reading record signed, checked by Jayden's class teacher every Monday"],
                ["Funded early years nursery place for Summer with a key person, and a WellComm language "
                 "screen",
                 "Jo Fenton, manager, Bullrush Lane Day Nursery",
                 "Ongoing",
                 "Nursery register and Summer's WellComm score sent to Amy and Lauren"],
                ["Pick up Summer from nursery and Jayden from school, on time",
                 "Kerry Moss (Mum)",
                 "Every weekday at 12 noon (Summer) and 3.15pm (Jayden)",
                 "Nursery and school sign-out sheets, sent to Lauren each Friday"],
            ],
        }),
        ("h1", "If things get worse"),
        ("bullets", [
            "If Jayden comes to school hungry or in the same clothes on two days in the same week, the school "
            "rings Lauren that day and Lauren visits the same day.",
            "If Lauren finds the house with no food, no heating, or Summer in a wet or dirty cot, she arranges "
            "food and heating that day through the family hub, and visits again within 48 hours.",
            "If Summer or Jayden is found on their own, or in the care of an adult who is asleep or under the "
            "influence of cannabis, Lauren (or the Emergency Duty Team) holds a strategy discussion with the "
            "police the same day, and the children go to Linda Hobbs' house that night, or to emergency foster "
            "carers if Linda cannot have them.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks at Buckinfold Family Hub, Tuesdays at 2pm: 03/02/2026, 03/03/2026 and "
            "31/03/2026.",
            "GCP2 re-score by Amy and Lauren with Kerry and Dean: by 27/03/2026.",
            "Review child protection conference: 14/04/2026 at 10am, Buckinfold House.",
        ]),
        ("p", "Plan sent to Kerry, Dean and every agency on 22/01/2026."),
    ],
    "findings": [
        F("M002", "Weekly home sessions with Kerry and Dean to sort"),
        F("W001", "A referral will be made to Buckinfold Home-Start"),
        F("T002", "Funded early years nursery place for Summer with a key person"),
        F("F002", "Kerry and Dean feel less stressed, more motivated"),
        F("F004"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Family Safeguarding case-system print: the team's adult workers,
#    group case supervision's hypothesis, the workbook, tasks with Lead /
#    Timescale / Evidence lines. Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b220_blythemoor_family_safeguarding_workbook_tasks_brannigan.txt",
    "split": "tune",
    "actions": 13,
    "template": "family-safeguarding-case-system-print-txt-dot-leader-fields-family-team-key-of-initials-with-adult-workers-why-group-case-supervision-hypothesis-childrens-voices-outcomes-then-task-blocks-what-lead-timescale-evidence-for-outcome-then-contingency-legal-planning-meetings",
    "description": (
        "Exemplary Family Safeguarding child protection plan, printed from the case system, for an "
        "11-year-old boy and a 5-year-old girl (neglect). Their mother has depression and cut her arms "
        "in December, when the boy found her and rang 999; her partner, the girl's father, drinks most "
        "evenings. The team's own parts: the Family Safeguarding team with its adult mental health "
        "practitioner and substance misuse practitioner in a key of initials, group case supervision's "
        "hypothesis, the children's voices, outcomes, then task blocks (What / Lead / Timescale / Evidence "
        "/ For outcome) using the Family Safeguarding workbook's modules: the adult workers' sessions "
        "each with a report on the parent's capacity to change and the likely timescale, PHQ-9 scores and "
        "breath readings, the GP's medication review, the family worker's routines module, visits, direct "
        "work with Kian, a young carers' assessment, school checks and the grandfather's after-school "
        "days. The contingency has specific triggers and a fallback for the grandfather, a legal planning "
        "meeting follows named triggers, and core group, group case supervision and review dates are set."
    ),
    "text": """\
BLYTHEMOOR COUNTY COUNCIL - CHILDREN'S SERVICES
FAMILY SAFEGUARDING SERVICE                                 BlytheCare case record
CHILD PROTECTION PLAN (INITIAL)                             Record no. CP-26-00418
Printed 23/01/2026 10:42 by C. Abbott                       Status: LIVE
===============================================================================

SECTION 1  FAMILY
-------------------------------------------------------------------------------
Child 1 ................ Kian BRANNIGAN, DOB 05/09/2014 (11)
                         Year 7, Blythemoor Ridge Academy
Child 2 ................ Rosie KEANE, DOB 17/02/2020 (5)
                         Reception, Blythemoor Vale Primary School
Mother ................. Hollie BRANNIGAN (33)
Rosie's father,
Kian's stepfather ...... Scott KEANE (37), lives in the home
Address ................ 14 Brakefield Crescent, Blythemoor BM2 6JX
Maternal grandfather ... Alan BRANNIGAN (61), Bellflower Row, Blythemoor
Kian's father .......... Not involved since 2016
Category ............... Neglect (both children)
ICPC ................... 19/01/2026, Blythemoor County Hall. Chair: Nadia Hussain

SECTION 2  THE FAMILY SAFEGUARDING TEAM (key to initials)
-------------------------------------------------------------------------------
CA ..... Chloe Abbott, social worker and lead practitioner, Family Safeguarding
         Team 3 (Blythemoor North)
GL ..... Gemma Lowe, adult mental health practitioner (RMN), Family
         Safeguarding Team 3
MF ..... Martin Flynn, substance misuse practitioner, Family Safeguarding Team 3
TG ..... Tasha Green, family worker, Family Safeguarding Team 3
JR ..... Jonathan Reed, team manager, Family Safeguarding Team 3

The adult workers are part of the children's team. They work with Hollie and
Scott using the Family Safeguarding workbook and motivational interviewing,
and they tell the core group what they see and what they think of each
parent's capacity to change.

SECTION 3  WHY THERE IS A PLAN
-------------------------------------------------------------------------------
Hollie has had depression since Kian was a baby. On 14/12/2025 she cut her
arms in the bathroom after an argument with Scott. Kian found her, rang 999
and looked after Rosie until the ambulance came; Scott was at the pub. Hollie
was treated at Blythemoor General Hospital and went home the next day. She had
stopped taking her antidepressant in October.

Scott drinks most evenings, usually six to eight cans and more at weekends.
When he drinks he and Hollie argue, and he has twice driven the children after
drinking (Kian told his school on 08/01/2026). Kian has missed 14 days at his
new secondary school, often because he stays home "to keep an eye on Mum".
Rosie is often late, and her teacher says she is tired and clingy.

SECTION 4  GROUP CASE SUPERVISION, 15/01/2026: OUR HYPOTHESIS
-------------------------------------------------------------------------------
CA, GL, MF, TG and JR met for group case supervision. Our working hypothesis
is that when Scott drinks, the arguments pull Hollie's mood down; as her mood
drops she withdraws, Scott drinks more, and Kian steps in to look after his
mum and his sister. We think that if Scott's drinking and Hollie's mood are
both worked on together, and Kian is released from caring, the children will
be safer. We will test this at group case supervision each month.

SECTION 5  THE CHILDREN'S VOICES
-------------------------------------------------------------------------------
Kian (seen alone by CA at school on 13/01/2026): "If I'm not there who's going
to check on her?" "I'm not scared of Scott, I'm scared of him driving." "I
just want it normal, like Mum up and making tea and Scott not stinking of
beer." He wants to go back to football and said school is "alright when I'm
actually there". He scored home at 4 out of 10.

Rosie (seen at home by CA and TG on 16/01/2026): She drew her family with
Mummy "in bed with a sad face" and "Daddy with his cans". She said: "Kian
makes my toast." "I like it when Grandad picks me up." TG saw her follow
Hollie from room to room and climb onto Kian's knee when Scott came in.

SECTION 6  WHAT WE WANT FOR KIAN AND ROSIE (OUTCOMES)
-------------------------------------------------------------------------------
1. Kian and Rosie are cared for by adults who are sober and well enough to
   look after them, and they are never driven by anyone who has been drinking.
2. Kian is a child again: he is in school every day and is not the one
   caring for his mum or his sister.
3. Rosie is at school on time every day, rested, and feels safe at home.
4. If Hollie's mood drops, the children are kept safe by an adult, not by Kian.

SECTION 7  TASKS
-------------------------------------------------------------------------------
Each task has a lead (initials from Section 2, or a named person), a
timescale and the evidence the core group will look at.

TASK 01  Mood and me (workbook module 4) with Hollie
  What ......... Weekly sessions with Hollie on her mood, her triggers and
                 safer ways to cope with urges to self-harm; assess and write
                 to the core group on her capacity to change: how her mood
                 affects her care of Kian and Rosie, what has changed, what
                 still needs to change and how long that is likely to take
  Lead ......... GL
  Timescale .... Every Wednesday at 10am from 21/01/2026; written report by
                 06/03/2026; an update before the review conference
  Evidence ..... PHQ-9 score every fortnight, recorded in the workbook and on
                 BlytheCare; GL's written report at the core group on
                 25/03/2026
  For outcome .. 1, 4

TASK 02  Hollie's crisis plan
  What ......... Write her own crisis plan with GL: the early signs her mood
                 is dropping, who she rings, and what Kian and Rosie will be
                 told and who will look after them (so that it is never Kian)
  Lead ......... Hollie Brannigan (Mum), with GL
  Timescale .... By 30/01/2026
  Evidence ..... Signed crisis plan on the fridge and on file; copies to
                 Scott, Alan and both schools
  For outcome .. 4

TASK 03  Medication review
  What ......... Review Hollie's antidepressant with her and prescribe it
                 monthly, not three-monthly, while she restarts it
  Lead ......... Dr Sam Oduya, GP, Blythemoor Vale Surgery
  Timescale .... Review by 06/02/2026; prescriptions monthly from then until
                 the review conference
  Evidence ..... Review letter to CA; monthly collection shown on the surgery
                 record and told to GL
  For outcome .. 1

TASK 04  Alcohol and me (workbook module 6) with Scott
  What ......... Weekly sessions with Scott on his drinking and its effect on
                 Kian and Rosie, with a breath test at each session, so that
                 he is sober whenever he is caring for the children
  Lead ......... Scott Keane, with MF
  Timescale .... Every Thursday at 5pm from 22/01/2026
  Evidence ..... Breath readings recorded at each session and sent by MF to
                 CA every fortnight; a reading of 0.00 at every session
  For outcome .. 1

TASK 05  Scott's capacity to change
  What ......... Assess and write to the core group on Scott's capacity to
                 change: how much he is drinking, what has changed, what
                 still needs to change before he can care for the children
                 safely, and how long that is likely to take
  Lead ......... MF
  Timescale .... Report by 06/03/2026; an update before the review
                 conference
  Evidence ..... MF's written report, read at the core group on 25/03/2026
  For outcome .. 1

TASK 06  No drink at home, no drink-driving
  What ......... Not drink at home, not drive after drinking, and not look
                 after Kian and Rosie on his own after drinking
  Lead ......... Scott Keane
  Timescale .... Every day until the review conference
  Evidence ..... A breath test at every visit by CA or TG, recorded on the
                 visit record
  For outcome .. 1

TASK 07  Parenting through the storm (workbook module 8)
  What ......... Sessions with Hollie and Scott together on morning and
                 bedtime routines, and on how to talk to Kian and Rosie about
                 Mum's mood and Scott's drinking
  Lead ......... TG
  Timescale .... Tuesdays 4pm to 5.30pm for 8 weeks from 27/01/2026
  Evidence ..... Routine chart photographed at each session; TG's
                 end-of-module review sent to CA by 20/03/2026
  For outcome .. 2, 3

TASK 08  Visits
  What ......... Home visits, seeing Kian and Rosie each on their own; at
                 least one visit in three unannounced, after 6pm
  Lead ......... CA
  Timescale .... Every week until the review conference
  Evidence ..... Visit record on BlytheCare within 48 hours, with the
                 children's own words and a note of who was caring for them
  For outcome .. 1, 2, 3

TASK 09  "Not my job" direct work with Kian
  What ......... Four sessions with Kian about his mum's illness, whose job
                 it is to look after her, and who he can tell
  Lead ......... CA
  Timescale .... Fortnightly from 26/01/2026; all four by 09/03/2026
  Evidence ..... Kian's finished "who I can tell" map, copied to his head of
                 year; CA writes down what Kian says at each session
  For outcome .. 2

TASK 10  Young carers
  What ......... Young carers' assessment for Kian and a place at the
                 Friday young carers' club
  Lead ......... Leah Dunn, Blythemoor Young Carers Service
  Timescale .... Assessment by 20/02/2026; club every Friday 4pm to 6pm from
                 27/02/2026
  Evidence ..... Assessment report to CA; club register sent to CA monthly
  For outcome .. 2

TASK 11  Kian at school
  What ......... Ring Hollie by 9.30am on any day Kian is not in, and check
                 in with Kian every Monday morning
  Lead ......... Mr Raj Bains, head of year 7, Blythemoor Ridge Academy
  Timescale .... Every school day; check-ins every Monday at 8.40am
  Evidence ..... Register, call log and check-in notes e-mailed to CA every
                 Friday
  For outcome .. 2

TASK 12  Rosie at school
  What ......... Record Rosie's arrival time, how she seems, and what she
                 says on her feelings faces chart
  Lead ......... Mrs Ann Whitley, DSL, Blythemoor Vale Primary School
  Timescale .... Every school day
  Evidence ..... Daily log and the feelings chart sent to CA every Friday
  For outcome .. 3

TASK 13  Grandad's days
  What ......... Collect Rosie from school on Wednesdays and Thursdays and
                 give both children their tea at his house until 6pm
  Lead ......... Alan Brannigan (Grandad)
  Timescale .... Every Wednesday and Thursday from 21/01/2026
  Evidence ..... School sign-out sheet; Alan texts CA each Thursday evening
  For outcome .. 2, 3

SECTION 8  CONTINGENCY
-------------------------------------------------------------------------------
Trigger 1 ... Hollie self-harms, tells anyone she has thoughts of harming
              herself, or her PHQ-9 score is 20 or more.
Response 1 .. The worker rings GL straight away (the Blythemoor crisis team out
              of hours). Kian and Rosie are cared for by Scott if he is sober
              or by Alan, never by Kian alone; CA visits the same day.
Trigger 2 ... Scott drinks at home, drives after drinking, or is drunk while
              caring for the children (a breath reading above 0.00, or Kian or
              Rosie saying so).
Response 2 .. Scott leaves the house that night and stays with his brother in
              Blythemoor East; CA (or the Emergency Duty Team) holds a
              strategy discussion with the police the same day if he has
              driven the children.
Trigger 3 ... Alan cannot collect Rosie on a Wednesday or Thursday.
Response 3 .. Alan rings the school and CA by 12 noon; Rosie goes to the
              school's after-school club until 5.30pm (the place is agreed
              and paid for) and TG takes her home.
Trigger 4 ... Neither parent can safely care for the children and Alan cannot
              have them.
Response 4 .. CA or the Emergency Duty Team arranges an emergency foster
              placement for both children together that night.

SECTION 9  LEGAL PLANNING
-------------------------------------------------------------------------------
If Scott has two breath readings above 0.00 or drives the children after
drinking, if Hollie self-harms while the children are in the house, or if
Kian has to ring 999 again before the review conference, JR will hold a legal
planning meeting within 5 working days.

SECTION 10  MEETINGS
-------------------------------------------------------------------------------
Core group ............. Every four weeks at Blythemoor Vale Primary School,
                         Wednesdays at 1.30pm: 28/01/2026, 25/02/2026
                         and 25/03/2026
Group case supervision . Monthly: 12/02/2026, 12/03/2026
Review conference ...... 14/04/2026 at 10am, Blythemoor County Hall

Plan sent to Hollie, Scott, Alan and every agency on 23/01/2026.
===============================================================================
END OF PRINT                                                        Page 1 of 1
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Pre-birth plan in three stages: before the birth, birth and the ward,
#    discharge and the first 12 weeks. Page header and footer. Exemplary
#    (pdf)
# ---------------------------------------------------------------------------
_B6_HEAD = ["No.", "What will happen", "Who", "When", "How we'll know"]
_B6_W = [1.1, 6.1, 3.4, 3.0, 3.4]

PLANS.append({
    "name": "b220_brookhythe_prebirth_birth_ward_discharge_stages_hartley.pdf",
    "doc_title": "Pre-birth Child Protection Plan - Baby Hartley",
    "split": "tune",
    "actions": 19,
    "min_pages": 2,
    "header": "OFFICIAL-SENSITIVE · Brookhythe Council · Pre-birth child protection plan · Baby HARTLEY (due 18/03/2026)",
    "footer": "Pre-birth conference 20/01/2026 · Version 1 · Page {PAGE} of {NUMPAGES}",
    "template": "pre-birth-cp-plan-pdf-paged-header-footer-kv-details-why-legal-planning-so-far-the-babys-world-what-megan-and-connor-say-what-we-want-for-the-baby-then-three-stage-tables-before-the-birth-birth-and-the-ward-discharge-and-first-12-weeks-no-what-will-happen-who-when-how-well-know-then-if-things-change-at-each-stage-meetings",
    "description": (
        "Exemplary pre-birth child protection plan for an unborn baby (due 18/03/2026) whose mother, 24, "
        "had her first child adopted in 2023 after care proceedings about her heroin use and depression. "
        "She has been stable on a buprenorphine script for 18 months and is under the perinatal mental "
        "health team; the baby's father has no concerns recorded, and the mother's sister will stay after "
        "the birth. After a legal planning meeting held pre-proceedings, the plan is in three stages, "
        "each a table (No. / What will happen / Who / When / How we'll know): before the birth (antenatal "
        "care, the recovery service's tests and capacity report, the perinatal team's assessment and "
        "report, the pre-birth assessment, safe sleep), birth and the ward (a call on admission, neonatal "
        "abstinence scoring, ward observations, the social worker's ward visits, a discharge planning "
        "meeting) and discharge and the first 12 weeks (health visitor, community midwife, visits, the "
        "aunt's nights, paternity leave, the perinatal team's postnatal visits with a capacity update). "
        "The baby's world, the parents' words, outcomes for the baby, a contingency at each stage with "
        "ward visits if the baby is looked after before discharge, fallbacks for the aunt, legal planning "
        "after named triggers, and core group and review dates. Page header and footer on every page."
    ),
    "blocks": [
        ("title", "Pre-birth Child Protection Plan"),
        ("p", "Brookhythe Council, Children's Social Care: Brookhythe Pre-birth and Infant Team. Pre-birth child "
              "protection conference held on 20/01/2026 at Brookhythe Guildhall, when Megan was 31 weeks "
              "pregnant. Chair: Joy Adewale (child protection chair)."),
        ("kv", [
            ("Baby", "Unborn baby Hartley, due 18/03/2026, to be born at Brookhythe General Hospital"),
            ("Mother", "Megan Hartley (24), Flat 2, 31 Bowerstall Street, Brookhythe BH6 4RP"),
            ("Father", "Connor Lacey (27), lives with Megan; delivery driver for Brookhythe Parcels"),
            ("Mum's sister", "Sarah Hartley (29), Byfellow Avenue, Brookhythe"),
            ("Dad's mum", "Pauline Lacey (55), Brookhythe West"),
            ("Category", "Neglect (unborn baby)"),
            ("Social worker", "Ellen Forsyth, Brookhythe Pre-birth and Infant Team (team manager: Jamal Idris)"),
            ("Midwife", "Jenna Walsh, specialist safeguarding midwife, Brookhythe General Hospital"),
        ]),
        ("h1", "Why there is a plan"),
        ("p", "Megan's daughter Ellie was adopted in 2023, after care proceedings about neglect when Megan was "
              "using heroin and was very depressed. Since July 2024 Megan has been stable on a buprenorphine "
              "script from Brookhythe Drug and Alcohol Service, and every test since then has been negative for "
              "anything else. Her depression came back in the autumn, and she was referred to Brookhythe "
              "Perinatal Mental Health Team in November 2025; her EPDS score was 17 on 05/01/2026. Connor has "
              "no drug, alcohol or mental health problems and has no police record. The conference agreed that "
              "the changes Megan has made are real, but that the baby would be at risk of neglect if her mood "
              "fell or she used again, and that the baby may need treatment for withdrawal after birth."),
        ("h1", "Legal planning so far"),
        ("p", "A legal planning meeting on 14/01/2026 decided that the threshold for care proceedings is not "
              "met now, and that the local authority will work with Megan and Connor under the pre-proceedings "
              "stage of the Public Law Outline. Megan and Connor have each had a letter before proceedings and "
              "met the local authority's solicitor with their own solicitors on 16/01/2026."),
        ("h1", "The baby's world"),
        ("p", "The 28-week scan on 07/01/2026 showed the baby growing well, on the 50th centile. Megan says the "
              "baby \"goes mad\" kicking when Connor plays his guitar, and that she talks to the bump every night. "
              "The nursery is ready: Ellen saw the Moses basket, a cot with a new mattress and a baby bath on "
              "21/01/2026. The baby will need to be fed every three to four hours, day and night, to be kept warm "
              "and safe in their own basket, and, after birth, may need watching for withdrawal from "
              "buprenorphine for several days."),
        ("h1", "What Megan and Connor say"),
        ("p", "Megan: \"I know why you're worried, I lost Ellie. I'm not that person now. I want to show you I can "
              "do it, and I want help with my head before the baby comes, not after.\" Connor: \"I'll do whatever "
              "it takes. I've booked my paternity leave.\" They want the baby to come home from hospital with "
              "them, and want Sarah to stay for the first two weeks."),
        ("h1", "What we want for the baby"),
        ("numbers", [
            "The baby is born safely, and any withdrawal is found and treated before the baby leaves hospital.",
            "The baby goes home with parents who are free of non-prescribed drugs and whose mood is stable enough "
            "to feed, settle and keep the baby safe, day and night.",
            "The baby is fed on time, gains weight along their centile, sleeps safely in their own basket, and "
            "is seen by a professional every week in the first 12 weeks.",
        ]),
        ("h1", "The plan"),
        ("p", "The plan is in three stages. Each stage has its own table; each row says who does what, when, "
              "and how we will know it has happened."),
        ("boldp", "Stage 1: Before the birth (now until the baby is born)"),
        ("table", {
            "header": _B6_HEAD,
            "widths": _B6_W,
            "rows": [
                ["1.1",
                 "Antenatal appointments, checking the baby's growth and Megan's wellbeing, and talking through "
                 "the birth plan with Megan and Connor",
                 "Jenna Walsh, specialist safeguarding midwife",
                 "Every two weeks until 36 weeks (25/02/2026), then weekly until the birth",
                 "Growth and appointments recorded in the hand-held notes; Jenna e-mails Ellen after each one"],
                ["1.2",
                 "Key-work sessions and her buprenorphine script at Brookhythe Drug and Alcohol Service, with an "
                 "oral fluid test at each session",
                 "Megan Hartley, with Kev Morton (recovery worker)",
                 "Every other Monday from 26/01/2026 until the review conference",
                 "Test results (negative for anything not prescribed) e-mailed by Kev to Ellen at the end of "
                 "each month"],
                ["1.3",
                 "Write to the core group on Megan's capacity to change: her drug use and script, what has "
                 "changed since Ellie, what still needs to change to care for the baby, and how long that is "
                 "likely to take",
                 "Kev Morton, recovery worker, Brookhythe Drug and Alcohol Service",
                 "By 20/02/2026",
                 "Written report on Ellen's file, read at the core group on 24/02/2026"],
                ["1.4",
                 "Assess Megan's depression and her risk of it worsening after the birth, treat it, and write to "
                 "the core group on her capacity to change, what needs to change to care for the baby and how "
                 "long that is likely to take",
                 "Ruth Ellis, community psychiatric nurse, Brookhythe Perinatal Mental Health Team",
                 "Visits every two weeks from 22/01/2026; report by 20/02/2026",
                 "EPDS score at each visit sent to Ellen; written report read at the core group on 24/02/2026"],
                ["1.5",
                 "Pre-birth parenting assessment of Megan and Connor, with a recommendation on whether the baby "
                 "can go home with them",
                 "Ellen Forsyth (social worker)",
                 "By 20/02/2026 (35 weeks)",
                 "Written assessment shared with Megan, Connor and their solicitors, and at the core group on "
                 "24/02/2026"],
                ["1.6",
                 "Antenatal home visit: safe sleep, feeding plans and the home, with Megan and Connor",
                 "Lucy Amos, health visitor, Brookhythe Health Visiting Service",
                 "By 34 weeks (11/02/2026)",
                 "Safe sleep checklist signed by Megan and Connor; Lucy's visit note sent to Ellen"],
                ["1.7",
                 "Four \"Getting ready for baby\" sessions at home: feeds, bathing, crying and coping, using a "
                 "practice doll",
                 "Megan and Connor, with Sophie Grant (family hub worker, Brookhythe Family Hub)",
                 "Weekly from 28/01/2026; all four by 18/02/2026",
                 "Sophie's session notes and a checklist of each skill shown, sent to Ellen by 20/02/2026"],
            ],
        }),
        ("boldp", "Stage 2: Birth and the ward (from the day Megan is admitted until discharge)"),
        ("table", {
            "header": _B6_HEAD,
            "widths": _B6_W,
            "rows": [
                ["2.1",
                 "Tell Ellen (or the Emergency Duty Team out of hours) that Megan has been admitted in labour, "
                 "and again when the baby is born",
                 "Jenna Walsh, or the midwife in charge of the labour ward",
                 "The same day as admission and birth",
                 "Call logged in the maternity safeguarding log and on Ellen's file"],
                ["2.2",
                 "Score the baby for signs of withdrawal on the neonatal abstinence chart, and treat any "
                 "withdrawal before discharge",
                 "Dr Neil Barker, consultant paediatrician, Brookhythe General Hospital",
                 "Every 4 hours for at least 72 hours after birth",
                 "Scores on the baby's chart; Dr Barker tells Ellen the result before discharge"],
                ["2.3",
                 "Observe and record each feed, nappy change and settling, and how Megan and Connor handle and "
                 "respond to the baby",
                 "Midwife in charge of Bluewren Ward, Brookhythe General Hospital",
                 "Every shift until discharge",
                 "Ward observation chart, read to Ellen by phone each day"],
                ["2.4",
                 "Visit Megan, Connor and the baby on the ward",
                 "Ellen Forsyth (social worker)",
                 "Within 1 working day of the birth, then every working day until discharge",
                 "Visit record on the baby's file, with what Ellen saw of feeds and handling"],
                ["2.5",
                 "Hold a discharge planning meeting on the ward with Megan, Connor, Sarah, the ward, the health "
                 "visitor and the community midwife, and write the discharge plan",
                 "Ellen Forsyth (social worker)",
                 "Before discharge, and not before the 72 hours of scoring are done",
                 "Written discharge plan sent to everyone on the day of the meeting"],
            ],
        }),
        ("boldp", "Stage 3: Discharge and the first 12 weeks at home (until the baby is 12 weeks old)"),
        ("table", {
            "header": _B6_HEAD,
            "widths": _B6_W,
            "rows": [
                ["3.1",
                 "Home visits: weigh the baby, check feeding, sleep position and the Moses basket",
                 "Lucy Amos, health visitor",
                 "Within 24 hours of discharge, then weekly until the baby is 12 weeks old",
                 "Weights plotted in the red book; Lucy's visit note e-mailed to Ellen after each visit"],
                ["3.2",
                 "Postnatal visits to Megan and the baby, including the newborn blood spot test",
                 "Community midwife, Brookhythe General Hospital",
                 "Days 1, 3, 5 and 10 after discharge",
                 "Visits and the blood spot test recorded in the red book; discharge letter to Lucy and Ellen "
                 "on day 10"],
                ["3.3",
                 "Home visits, seeing the baby awake, fed and changed; at least one visit in three unannounced",
                 "Ellen Forsyth (social worker)",
                 "Twice a week for the first 4 weeks at home, then weekly until the baby is 12 weeks old",
                 "Visit record within 48 hours: how the baby looked, where the baby was sleeping, and what "
                 "the feed diary showed"],
                ["3.4",
                 "Stay at the flat and do the 2am feed, so that Megan sleeps",
                 "Sarah Hartley (Megan's sister)",
                 "Every night for the first 14 nights after discharge",
                 "Sarah writes the night feeds in the feed diary; Ellen reads it at each visit"],
                ["3.5",
                 "Take two weeks' paternity leave from the day of discharge, and do the 10pm feed every night",
                 "Connor Lacey (Dad)",
                 "Leave for the first 2 weeks; 10pm feed every night until the baby is 12 weeks old",
                 "Connor's initials against the 10pm feeds in the feed diary, read by Lucy at each visit"],
                ["3.6",
                 "Postnatal visits to Megan: her mood, sleep and bonding with the baby, with a written update to "
                 "the review conference on her progress and capacity to change",
                 "Ruth Ellis, Brookhythe Perinatal Mental Health Team",
                 "Within 7 days of the birth, then every two weeks until the review conference",
                 "EPDS score at each visit sent to Ellen; written update by 14/04/2026"],
                ["3.7",
                 "Baby massage and \"Chat, Play, Read\" group for Megan and the baby",
                 "Sophie Grant, Brookhythe Family Hub",
                 "Weekly for 6 weeks, starting when the baby is 4 weeks old",
                 "Group register and Sophie's note of how Megan reads the baby's cues, sent to Ellen after "
                 "weeks 3 and 6"],
            ],
        }),
        ("h1", "If things change"),
        ("boldp", "Before the birth"),
        ("bullets", [
            "If Megan tests positive for any drug not prescribed, misses two key-work sessions in a row, or her "
            "EPDS score is 20 or more, Kev or Ruth tells Ellen the same day and Ellen visits within 2 working "
            "days.",
            "If Megan tells anyone she has thoughts of harming herself or the baby, the worker rings the "
            "perinatal team's duty line (the crisis team out of hours) straight away, and Ellen visits the same "
            "day.",
        ]),
        ("boldp", "At the birth and on the ward"),
        ("bullets", [
            "If Megan or Connor is under the influence on the ward, or the baby is not safe in their care, the "
            "midwife in charge stops unsupervised care at once and rings Ellen (or the Emergency Duty Team), "
            "who holds a strategy discussion the same day.",
            "If the baby cannot go home with Megan and Connor, the baby goes from the ward to Sarah (if her "
            "viability assessment is complete) or to foster carers, with Megan's agreement or under an interim "
            "care order. If the baby becomes looked after while still in hospital, Ellen visits the baby on the "
            "ward every day until discharge, and the foster carer visits every day from the day of that "
            "decision.",
        ]),
        ("boldp", "At home"),
        ("bullets", [
            "If Sarah cannot stay for the first 14 nights, Pauline Lacey stays instead (she agreed on "
            "19/01/2026). If neither can, Connor does the 2am feed as well and Sophie visits every evening at "
            "7pm for the first week, and Ellen visits every day until one of them can stay.",
            "If the baby loses weight at two weighs in a row, Lucy rings the GP and Ellen the same day, and the "
            "baby is seen by a doctor that day.",
            "If Megan uses any drug not prescribed, or the baby is found unattended, hurt, or in the care of an "
            "adult under the influence, Ellen (or the Emergency Duty Team) holds a strategy discussion the same "
            "day and the baby goes to Sarah's that night, or to foster carers if Sarah cannot have the baby.",
        ]),
        ("boldp", "Legal planning"),
        ("p", "If Megan tests positive for anything not prescribed, misses two key-work sessions in a row, or the "
              "pre-birth assessment recommends that the baby cannot go home safely, Jamal Idris (team manager) will "
              "reconvene the legal planning meeting within 5 working days to decide whether to apply for an "
              "interim care order at birth."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every three weeks before the birth at Brookhythe Family Hub, Tuesdays at 10am: "
            "03/02/2026, 24/02/2026 and 17/03/2026; after the birth, within 5 working days of discharge, then "
            "every four weeks.",
            "Review child protection conference: 21/04/2026 at 10am, Brookhythe Guildhall (about five weeks after "
            "the due date).",
        ]),
        ("p", "Plan sent to Megan, Connor, Sarah, Pauline, their solicitors and every agency on 22/01/2026."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. Team Around the Family plan stepped up to child protection, with Family
#    Star Plus readings and the TAF's table carried into the plan. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b220_bollinghurst_taf_step_up_family_star_dunn.md",
    "split": "tune",
    "actions": 12,
    "template": "early-help-taf-plan-stepped-up-to-cp-md-family-details-table-our-story-so-far-taf-history-family-star-plus-readings-table-area-sep-jan-what-oakley-and-ivy-say-what-the-family-wants-then-taf-actions-carried-into-cp-plan-table-no-what-we-agreed-who-by-when-how-well-know-then-if-things-dont-get-better-taf-and-core-group-meetings",
    "description": (
        "Team Around the Family plan stepped up to child protection for a 10-year-old boy and a "
        "4-year-old girl (neglect) after their mother, who has depression, took an overdose and was found "
        "by her son, who rang 999; the family had been open to early help since September. The early help "
        "template's own parts: the family's story so far, Family Star Plus readings for September and "
        "January, the children's words, 'What the family wants', then the TAF's actions carried into the "
        "child protection plan (No. / What we agreed / Who / By when / How we'll know). Faults: the "
        "community mental health team's weekly visits only support the mother and are checked by "
        "attendance (H001); the young carers' assessment 'As soon as possible' (T002); the family support "
        "worker's routines sessions measured by 'Nikki's engagement with the sessions' (M002); 'All "
        "agencies' sharing worries (W002); 'If things don't get better' only says the lead professional "
        "will call a meeting to review the plan and consider next steps (C002); and nothing says legal "
        "planning follows if the plan does not work (R002)."
    ),
    "text": """\
# Bollinghurst Early Help and Children's Social Care

## Team Around the Family plan: stepped up to child protection

**Family:** Dunn  **Early help assessment:** 18/09/2025  **TAF meetings:** 02/10/2025, 06/11/2025, 11/12/2025
**Stepped up:** 05/01/2026  **Initial child protection conference:** 16/01/2026 (neglect, both children)

This was the family's Team Around the Family plan. After the initial child protection conference agreed
that Oakley and Ivy need child protection plans, the TAF's actions were carried over into this plan so
that the family keep the workers they know. The lead professional is now the social worker.

| | |
|---|---|
| **Oakley Dunn** | born 21/04/2015 (10), Year 6, Bollinghurst St Wilfrid's Primary School |
| **Ivy Dunn** | born 09/12/2021 (4), Bollinghurst Bumblebrook Pre-school (mornings) |
| **Nikki Dunn** | Mum (35), 6 Bexendale Mews, Bollinghurst BL8 3QY |
| **Lead professional** | Jess Harlow, social worker, Bollinghurst Children's Social Care (team manager: Owen Pryce) |
| **Early help worker** | Carla Shore, family support worker, Bollinghurst Early Help (TAF lead until 05/01/2026) |
| **Health visitor** | Priya Mehta, Bollinghurst Health Visiting Team |

### Our story so far

Nikki asked for help in September 2025, when she was struggling with her mood, with Oakley missing school
and with Ivy's speech. The TAF has met three times. Carla has helped with a routine chart and a food bank
referral, and Ivy started pre-school in October.

Nikki has had depression since Ivy was born and is under the Bollinghurst Community Mental Health Team.
Over Christmas her mood got much worse. On 02/01/2026 Oakley came home from a friend's and found her
unconscious on the sofa with Ivy asleep beside her; she had taken an overdose of her tablets. Oakley rang
999 and looked after Ivy until the ambulance came. Nikki was in Bollinghurst General Hospital for two
nights. Oakley has missed 19 days of school this year, most of them since November, and says he stays
home "to check on Mum". The family is £1,400 behind with the rent.

### Family Star Plus readings

Carla and Nikki did the Family Star Plus together at the start of the TAF and again on 09/01/2026. Each
area is scored on the Journey of Change from 1 (stuck) to 10 (effective parenting).

| Area | September 2025 | January 2026 |
|---|---|---|
| Physical health | 5 | 4 |
| Your well-being | 3 | 2 |
| Meeting emotional needs | 5 | 4 |
| Keeping your children safe | 6 | 3 |
| Social networks | 3 | 3 |
| Education and learning | 4 | 3 |
| Boundaries and behaviour | 6 | 6 |
| Family routine | 3 | 4 |
| Home and money | 4 | 3 |
| Progress to work | 2 | 2 |

### What Oakley and Ivy say

Oakley talked to Jess on his own at school on 12/01/2026: "I thought she was dead. I kept shaking her."
"I don't want to go to school in case it happens again and no one's there." "I like it when Mum's
happy and we do pancakes." "Ivy doesn't get it, she's only little." He said he would like "someone to
talk to who isn't a teacher".

Ivy is 4 and uses a few words. At pre-school she has been playing "ambulances" with the dolls and putting
them to bed. At home on 14/01/2026 Jess saw her bring Nikki a blanket and stroke her hair, and run to
Oakley when the doorbell went.

### What the family wants

1. Oakley doesn't have to look after his mum, goes to school every day, and gets to be a kid.
2. Ivy is safe with an adult who is well enough to look after her, talks more, and is ready for school
   in September 2026.
3. Oakley and Ivy have a mum who is well enough to look after them every day, and they know who to
   ring if she isn't.

### TAF actions carried into the child protection plan

| No. | What we agreed | Who | By when | How we'll know |
|---|---|---|---|---|
| 1 | Home visits, seeing Oakley and Ivy each on their own; one visit in three after school, unannounced | Jess Harlow (social worker) | Every week until the review conference | Visit records within 48 hours, with the children's own words |
| 2 | Weekly visits from the community mental health team's support worker to support Nikki with her mood, sleep and getting out of the house | Dean Morris, support time and recovery worker, Bollinghurst Community Mental Health Team | Every Monday from 26/01/2026 | Attendance recorded on the CMHT record and shared with Jess |
| 3 | Review Nikki's medication after the overdose, and prescribe it a week at a time | Dr Aisha Rahman, GP, Bollinghurst Market Surgery | Review by 30/01/2026, then weekly prescriptions | Review letter to Jess; weekly collections on the pharmacy record |
| 4 | Keep all medication in the locked box Jess has given her, so that Oakley and Ivy cannot reach it | Nikki Dunn (Mum) | Every day from 23/01/2026 | Jess checks the box at each visit and records it |
| 5 | Home sessions with Nikki on morning routines, meals and bedtime, using the family's routine chart | Carla Shore, family support worker, Bollinghurst Early Help | Wednesdays at 9.30am for 8 weeks from 28/01/2026 | Nikki's engagement with the sessions |
| 6 | Young carers' assessment for Oakley and a place at the Bollinghurst Young Carers group | Ryan Platt, Bollinghurst Young Carers | As soon as possible | Assessment report to Jess; group register |
| 7 | Four direct work sessions with Oakley about what happened on 02/01/2026, whose job it is to look after Mum, and who he can ring | Jess Harlow (social worker) | Fortnightly from 27/01/2026; all four by 10/03/2026 | Oakley's finished "help hand" with five people he can ring; Jess writes down what he says |
| 8 | Ring Nikki by 9.30am on any day Oakley is not in, and check in with him every Monday using his worry jar | Mrs Fiona Webb, DSL, Bollinghurst St Wilfrid's Primary School | Every school day; check-ins every Monday at 9am | Register and check-in notes e-mailed to Jess every Friday |
| 9 | Take Ivy to pre-school every morning by 9am | Nikki Dunn (Mum) | Every weekday in term time | Pre-school register sent to Jess every Friday |
| 10 | WellComm language screen for Ivy, and a referral to speech and language therapy if she scores in the red | Priya Mehta, health visitor | By 13/02/2026 | WellComm score in Ivy's red book and sent to Jess; a copy of any referral on file |
| 11 | Help Nikki agree a repayment plan for the rent arrears with her landlord | Tom Everett, money adviser, Bollinghurst Citizens Advice | By 27/02/2026 | Signed repayment plan, copied to Jess |
| 12 | Share any worry about Oakley's or Ivy's care with Jess the same day | All agencies | The same day as the worry | Worry logged on the case file |

### If things don't get better

If things do not improve, or there are further concerns about Oakley or Ivy, Jess will call an early
core group meeting to review the plan and consider next steps with the family. Nikki knows she can talk
to anyone in the TAF if she is struggling.

### TAF and core group meetings

- The TAF now meets as the core group, every four weeks at Bollinghurst St Wilfrid's Primary School,
  Thursdays at 3.30pm: 29/01/2026, 26/02/2026 and 26/03/2026.
- Family Star Plus to be done again by Carla and Nikki before the core group on 26/03/2026.
- Review child protection conference: 09/04/2026 at 1.30pm, Bollinghurst Town Hall.

Plan shared with Nikki, Oakley (talked through with him by Jess) and every member of the TAF on
20/01/2026.
""",
    "findings": [
        F("H001", "Weekly visits from the community mental health team's support worker"),
        F("T002", "Young carers' assessment for Oakley and a place"),
        F("M002", "Home sessions with Nikki on morning routines, meals and bedtime"),
        F("W002", "Share any worry about Oakley's or Ivy's care"),
        F("C002"),
        F("R002"),
    ],
})
