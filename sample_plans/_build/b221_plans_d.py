"""Batch 221, module d: seven fictional plans (held-out material), places beginning with "d".

Batch: 221. Letter: d. Split: heldout (every plan).

Everything here is made up: children, families, professionals, police
officers, schools, nurseries, hospitals, services and councils (Dorrelby,
Dumbrellow, Dackenmoor, Dibbleshaw, Dowerthorpe, Drindlecote, Dunsallow, Drennickton,
Duffleworth and the services named after them). Any resemblance to real
people, places or cases is a coincidence. The labels were written by hand
from docs/rules.md and the labelling conventions in sample_plans/README.md
(1 to 13), without running planlint, importing it or reading its code.

Focus: plans built on practice frameworks' own templates, so that the parts
of a plan sit under the framework's headings and in its vocabulary rather
than under the usual labels: a Signs of Safety plan (harm, danger statement,
safety goal, scaling, words and pictures, the safety network's rules and
next steps, "If the safety network can't ..."), a family group conference's
family plan in the family's own words with the professionals' part below, a
Safe and Together plan (the perpetrator's pattern, the protective parent's
strengths, his own actions and accountability), a Graded Care Profile 2
neglect plan scored by area, an early help Team Around the Family plan
stepped up to child protection and printed from the case system with Family
Star Plus readings, a MARAC safety plan joined to the children's plan, and a
Family Safeguarding pre-birth plan with adult workers in the team and
stages before the birth, on the ward and after discharge. Each framework's
sections still carry every part a plan needs in the framework's words
(outcomes as "safety goal" or "what we want", the child's voice as "words
and pictures" or an advocate's notes, the contingency as "If the safety
network can't ..." or "If our plan isn't working", review as "next network
meeting"); owners, times and checks sit in the framework's own places.

1. Dorrelby (docx, exemplary): Signs of Safety child protection plan for an
   8-year-old and a 2-year-old whose mother drinks until she cannot wake
   (the 2-year-old was found in the street at night): front sheet, the
   safety network (who's who), harm and danger statement, a "What are we
   worried about? / What's working well?" grid, scaling, Maisie's words and
   pictures and Finn's days, the safety goal, then "What needs to happen"
   as the network's safety rules (Whose job / When / How the network will
   know) and next steps (Who / What / By when / How we'll know); the alcohol
   service writes on the mother's capacity to change; "If the safety
   network can't keep to the plan" covers the grandfather and aunt failing
   and sets a legal planning meeting after named triggers.
2. Dumbrellow (md): family group conference family plan for an 8-year-old
   and a 4-year-old whose mother drinks, in the family's words ("Nan will",
   "Auntie Stacey will"), Kayden's wishes through his advocate, the
   professionals' bottom lines, agreement and their part below. Faults: the
   uncle's outings "whenever he can get time off work" (T002); "Our whole
   family" as an owner (W002); the school's breakfast club place with
   nothing to show it worked (M001); the mother's drinking recorded with no
   adult service owning any action, the recovery service only a place she
   goes (F004); and a contingency that rests on Nan with nothing said if Nan
   cannot (C003).
3. Dackenmoor (pdf, header and footer, exemplary): Safe and Together child
   protection plan for a 9-year-old and a 6-year-old after the father's
   strangulation of the mother: his pattern of coercive control and its
   effect on the children, Sophie's protective efforts, the children's
   words, then three tables (Jason's actions and accountability, partnering
   with Sophie, for Ruby and Oscar) with Who / When / How we'll know, a
   contingency with police, a fallback for the aunt and legal planning.
4. Dibbleshaw (docx): Graded Care Profile 2 neglect plan for a 6-year-old
   and a 20-month-old whose mother has depression, with scores by area, an
   outcome per area and a table whose area cell (score now and target) is
   merged down over its actions. Faults: the community mental health
   team's support visits that only treat the mother (H001); the home
   sessions measured by "Improvement in home conditions" (M002); the
   immunisations with "-" for when (T001); the bed referral with "-" for
   who (W001); an outcome about the mother's confidence only (F002); a
   contingency of "further concerns" met by a core group discussion (C002);
   and no legal planning anywhere (R002).
5. Dowerthorpe (txt, exemplary): case-system print of an early help Team
   Around the Family plan stepped up to child protection for an 11-year-old
   and a 9-year-old (neglect, the mother's depression, the father working
   away, the grandmother helping): TAF history, Family Star Plus readings
   by area, actions tagged as kept from the TAF plan, changed at step-up or
   new, each with Lead / When / Evidence fields; Talking Therapies reports
   on the mother's capacity to change.
6. Drindlecote (md): MARAC safety plan joined to the children's plan for a
   7-year-old and a 3-year-old whose mother is moving to a refuge in
   another council: the MARAC actions table and the child protection
   actions table. Faults: the IDVA's safety planning paused and handed to
   the receiving council's service after the transfer (X001); the police
   bail checks "Monitored by police" (M002); the learning mentor "as and
   when needed" (T002); no wishes, feelings or views of either child
   anywhere (F003); and the review conference left to the receiving council
   with no date (R001).
7. Duffleworth (pdf, header and footer, exemplary): Family Safeguarding
   pre-birth plan for an unborn baby and her 6-year-old sister (the
   mother's recurrent depression, the father's daily cannabis use), with
   the team's adult mental health and substance use practitioners, the
   perinatal mental health team, and stage tables for now to 36 weeks, the
   birth and the ward, and discharge and the first eight weeks; adult
   workers report on each parent's capacity to change and how long it will
   take; the grandmother's fortnight has a fallback.

Four plans (1, 3, 5 and 7) are exemplary: every action has a named owner, a
real timescale and something that can be seen, counted or read; every
outcome is about the children; each contingency has specific triggers and
concrete protective responses, says what happens if relatives' help fails,
and leads to a legal planning meeting after named triggers; each records
the children's words, core group (network meeting) dates and a dated review
conference; where a parent is ill or uses alcohol or drugs an adult service
owns actions, and any adult mental health service is asked for its view of
the parent's capacity to change and how long it will take. The three faulty
plans hold 17 expected findings between them.

Counting convention used for "actions" (README convention 1 and its notes
for Signs of Safety plans and family group conference plans): each row of
the safety rules and next steps tables, each numbered item of the family
plan and each bullet of the professionals' part, each row of the Safe and
Together, GCP2, MARAC, child protection and stage tables (banner rows
excepted), and each [Ann] block of the case print counts once. The safety
network and who's-who tables, harm and danger statements, "worried about /
working well" grids, scaling, the children's words, bottom lines, outcomes
and safety goals, the perpetrator's pattern, GCP2 scores, Family Star Plus
readings, closed TAF actions, the contingency and the meeting dates are not
actions.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. Signs of Safety child protection plan: danger statement, safety goal,
#    scaling, words and pictures, the network's safety rules and next steps.
#    Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b221_dorrelby_sos_danger_goal_network_rules_next_steps_pryor.docx",
    "doc_title": "Signs of Safety Child Protection Plan - Maisie and Finn Pryor",
    "split": "heldout",
    "actions": 14,
    "template": "signs-of-safety-cp-plan-docx-front-sheet-kv-safety-network-whos-who-table-harm-danger-statement-worried-about-working-well-grid-scaling-table-words-and-pictures-three-houses-finns-days-safety-goal-then-what-needs-to-happen-safety-rules-table-whose-job-when-how-network-will-know-then-next-steps-table-who-what-by-when-how-well-know-then-if-the-safety-network-cant-next-network-meetings",
    "description": (
        "Exemplary Signs of Safety child protection plan for an 8-year-old and a 2-year-old (neglect): "
        "their mother drinks wine until she cannot be woken, and the 2-year-old was found by a passer-by "
        "in the street at 10.15pm in a nappy while she was asleep. Harm and danger statement, a "
        "'What are we worried about? / What's working well?' grid, scaling by each network member and by "
        "Maisie, Maisie's words and pictures and Three Houses, Finn's days at nursery, and the safety goal; "
        "then 'What needs to happen' as the network's safety rules (Whose job / When / How the network will "
        "know: the mother, the grandfather's 7pm call, the aunt's weekend nights, the neighbour, Maisie's own "
        "safety plan) and next steps (the social worker, the alcohol service's key work with breath and "
        "PEth tests and a letter on the mother's capacity to change, the school, the nursery, the health "
        "visitor). 'If the safety network can't keep to the plan' has triggers, the grandfather's house, "
        "a fallback if he or the aunt cannot help, emergency foster carers and a legal planning meeting "
        "after named triggers; network meeting (core group) dates and the review conference are set."
    ),
    "blocks": [
        ("title", "Signs of Safety Child Protection Plan"),
        ("p", "Dorrelby Metropolitan Borough Council, Children's Services. In Dorrelby the child protection "
              "plan is the family's safety plan: it is written with the family and their safety network in "
              "the Signs of Safety framework, and the network's rules and next steps below are the plan's "
              "actions."),
        ("kv", [
            ("Children", "Maisie Pryor, born 02/05/2017 (8), Year 4 at Dorrelby Parkside Primary School; "
                         "Finn Pryor, born 11/09/2023 (2), Dorrelby Children's Centre Nursery"),
            ("Mum", "Kerry Pryor (33), 14 Ferrers Walk, Dorrelby DR3 5LP"),
            ("Dad", "Jamie Pryor (35), lives in Drennickton; phones Maisie on Sundays and is not part of the "
                    "day-to-day care"),
            ("Conference", "Initial child protection conference, 13/01/2026 (category: neglect). This plan "
                           "was agreed there and written up with the network on 20/01/2026."),
            ("Social worker", "Wendy Marsh, Dorrelby Safeguarding Team North (team manager: Alan Brightwell)"),
            ("Chair", "Rosalind Fenn, child protection chair"),
        ]),
        ("h1", "The safety network"),
        ("p", "These are the people around Maisie and Finn who know the danger statement and have a job in the "
              "safety plan. Their jobs are in the safety rules under \"What needs to happen\"."),
        ("table", {
            "header": ["Name", "Who they are to Maisie and Finn", "How to reach them"],
            "widths": [4.0, 7.5, 5.5],
            "rows": [
                ["Ray Hollins", "Grandad (Kerry's dad), 3 Marlow Rise, ten minutes' drive away", "Mobile, and on speed-dial 1 on the kitchen phone"],
                ["Gemma Hollins", "Auntie Gemma (Kerry's sister)", "Mobile; works days at Dorrelby Retail Park"],
                ["Pat Ainsworth", "Next-door neighbour at number 12, known to the children since Finn was born", "Landline and mobile"],
                ["Wendy Marsh", "Social worker", "Office, and the Emergency Duty Team out of hours"],
                ["Sunil Chaudhry", "Recovery worker, Dorrelby Drug and Alcohol Service (DDAS)", "DDAS, Wharf Street"],
                ["Mrs Grace Okoro", "Designated safeguarding lead, Dorrelby Parkside Primary", "School office from 8am"],
                ["Jo Raines", "Finn's key person, Dorrelby Children's Centre Nursery", "Nursery office"],
                ["Beth Allard", "Health visitor, Dorrelby 0-19 Service", "Dorrelby Moor Clinic"],
            ],
        }),
        ("h1", "What has happened (harm)"),
        ("p", "On 06/12/2025 at 10.15pm a passer-by found Finn, then 2 years and 2 months, on his own on Ferrers "
              "Walk in a nappy and T-shirt in the rain, and called the police. Officers found the front door "
              "open and Kerry asleep on the sofa; they could not wake her for several minutes, and there were "
              "two empty wine bottles in the kitchen. Maisie was asleep upstairs. The children went to Ray's "
              "that night. Before this, Maisie told her teacher in November that she \"does Finn's tea when "
              "Mummy is tired\", and the police were called by Pat on 18/10/2025 because Finn had been crying "
              "for over an hour and no one answered the door. Kerry has told Wendy that she has been drinking "
              "two or three bottles of wine most evenings since she and Jamie separated in 2024."),
        ("h1", "Danger statement"),
        ("p", "Children's services, the police, the school, the nursery and the health visitor are worried that "
              "if Kerry drinks until she falls asleep or cannot be woken while she is looking after Maisie and "
              "Finn, Finn could get out of the house again at night and be hit by a car or taken by a stranger, "
              "or be hurt at home by falling, a fire or something he swallows, with no adult awake to help; and "
              "that Maisie will be left frightened and looking after her little brother and her mum on her own."),
        ("h1", "What are we worried about? What's working well?"),
        ("table", {
            "header": ["What are we worried about?", "What's working well?"],
            "widths": [8.5, 8.5],
            "rows": [
                ["Finn was found in the street at night while Kerry was asleep after drinking.",
                 "Kerry rang DDAS herself on 08/12/2025 and has been to every appointment since. Her breath "
                 "tests at DDAS on 16/12/2025, 06/01/2026 and 13/01/2026 were all clear."],
                ["Maisie has been making Finn's tea and putting him to bed when Kerry is \"tired\".",
                 "Ray came within 15 minutes on 06/12/2025 and had both children overnight. He and Gemma have "
                 "said they will do whatever the plan needs."],
                ["Kerry has been drinking most evenings for over a year, on her own, once the children are up "
                 "to bed or earlier.",
                 "Maisie's attendance is 96% and she is doing well in reading. Finn is at nursery three "
                 "mornings a week and has not missed a session since December."],
                ["The front door was left unlocked and Finn can reach the handle by standing on the step stool.",
                 "Kerry is warm with both children: at visits she gets down on the floor to play with Finn and "
                 "listens to Maisie read."],
            ],
        }),
        ("h1", "Scaling"),
        ("p", "Scaling question: on a scale of 0 to 10, where 10 means everyone knows Maisie and Finn will be safe "
              "at home with Kerry and the plan can end, and 0 means the children cannot stay at home, where are "
              "things today (20/01/2026)?"),
        ("table", {
            "header": ["Who", "Score", "Why"],
            "widths": [4.0, 1.5, 11.5],
            "rows": [
                ["Kerry", "6", "\"I haven't had a drink since that night and I know what could have happened.\""],
                ["Ray", "5", "\"She's trying, but she's said she'd stop before.\""],
                ["Wendy (social worker)", "3", "Kerry is working hard, but it is six weeks after years of drinking "
                 "and the network is new."],
                ["Mrs Okoro (school)", "4", "Maisie is calmer in class since December."],
                ["Beth (health visitor)", "4", "Finn is well cared for at visits; the house was not safe for a "
                 "toddler in December."],
            ],
        }),
        ("h1", "Maisie's words and pictures, and Finn's days"),
        ("p", "Wendy did the Three Houses with Maisie on her own at school on 16/01/2026. In her House of Worries "
              "Maisie drew the sofa and wrote: \"When Mummy has the wine she goes to sleep on the settee and I "
              "can't wake her up. Finn cries and I give him crisps.\" She said she was \"really scared when the "
              "police came and Finn was all wet\". In her House of Good Things she drew Grandad's Sunday dinners "
              "and Auntie Gemma doing her hair. In her House of Dreams: \"Mummy doesn't have wine any more and we "
              "go to Dorrelby Sands and Finn goes on the donkeys.\" Maisie scaled how safe she feels at home at "
              "night as 4 out of 10 and at Grandad's as 10."),
        ("p", "Finn is 2 and says a few words. At nursery Jo sees him run to her at drop-off and cry when it is "
              "home time on Mondays. He sleeps heavily at nap time after weekends. At home he follows Maisie "
              "everywhere and calls her \"Maisie-mum\"; at Beth's visit on 09/01/2026 he climbed onto the "
              "kitchen worktop from the step stool in the few seconds Kerry was at the door."),
        ("h1", "Safety goal"),
        ("p", "Children's services will be confident to end the child protection plan when, for at least six "
              "months, Maisie and Finn are always looked after by an adult who is sober and awake, Finn cannot "
              "get out of the house on his own, Maisie no longer has to look after Finn or her mum, and Kerry "
              "and the network use the safety plan every day without being reminded."),
        ("p", "What this will look like for the children:"),
        ("bullets", [
            "Maisie can tell her network that she has not had to look after Finn or wake Mummy, and scales her "
            "safety at home at night at 8 or more.",
            "Finn is never found outside on his own, and is clean, fed and rested at nursery every session.",
            "Both children are at school and nursery every day they should be, and Finn reaches the milestones "
            "for his age.",
        ]),
        ("h1", "What needs to happen: the safety rules"),
        ("p", "The network agreed these rules on 20/01/2026. Each rule says whose job it is, when, and how the "
              "network will know it is happening. Maisie knows the rules that are about her, in her words and "
              "pictures book."),
        ("table", {
            "header": ["No.", "Safety rule", "Whose job", "When", "How the network will know"],
            "widths": [1.0, 6.0, 3.0, 3.0, 4.0],
            "rows": [
                ["1", "No alcohol in the house, and no drink at all while Kerry is looking after Maisie and "
                      "Finn, day or night",
                 "Kerry Pryor (Mum)", "Every day from 13/01/2026",
                 "Breath test at each DDAS session and the monthly PEth blood test (next steps 2); any bottle "
                 "found by Ray, Gemma or Wendy written in the safety book"],
                ["2", "Ring the house at 7pm and speak to Kerry and then to Maisie; if Kerry does not answer or "
                      "sounds as if she has been drinking, drive round and stay until she is sober, or take the "
                      "children back to his house",
                 "Ray Hollins (Grandad)", "Every evening at 7pm",
                 "Ray's call log in the safety book, and Maisie's sticker calendar (a sticker for every call); "
                 "Wendy reads both at each visit"],
                ["3", "Stay the night at Kerry's on Fridays and Saturdays and do the children's bedtime and "
                      "breakfast",
                 "Gemma Hollins (Auntie Gemma)", "Every Friday and Saturday night until the review conference",
                 "Gemma signs the safety book each Saturday and Sunday morning; Wendy checks it at her visits"],
                ["4", "Lock the front door with the top bolt and chain, and keep the back door key on the hook "
                      "above the fridge where Finn cannot reach it",
                 "Kerry Pryor (Mum)", "Every night by 7pm",
                 "Wendy checks the bolt and the key hook at each evening visit; Ray checks them when he "
                 "calls in for Sunday dinner"],
                ["5", "If she sees Finn outside on his own, or hears the children crying and gets no answer at "
                      "Kerry's door, ring 999 and then Ray",
                 "Pat Ainsworth (neighbour)", "Within 5 minutes, every time",
                 "Police log number and Pat's note in the safety book the same day"],
                ["6", "Practise Maisie's own safety plan with her, using her words and pictures book: if she "
                      "cannot wake Mummy she presses 1 on the kitchen phone for Grandad, or rings 999 if Finn "
                      "is hurt or has gone",
                 "Wendy Marsh (social worker), with Kerry", "At every visit until the review conference",
                 "Maisie shows Wendy and Mrs Okoro what she would do; written in the visit record in Maisie's "
                 "own words"],
            ],
        }),
        ("h1", "What needs to happen: next steps"),
        ("table", {
            "header": ["No.", "Who", "What", "By when", "How we'll know"],
            "widths": [1.0, 3.5, 6.0, 3.0, 3.5],
            "rows": [
                ["1", "Wendy Marsh, social worker",
                 "Visit and see Maisie and Finn, Maisie on her own; one visit in three unannounced after 6pm",
                 "Every week until the review conference",
                 "Visit records on the case system within 2 working days, with what Maisie said and how Finn "
                 "was"],
                ["2", "Sunil Chaudhry, recovery worker, DDAS",
                 "Key-work sessions with Kerry on her drinking and what it has meant for Maisie and Finn, with "
                 "a breath test at each session and a PEth blood test each month",
                 "Tuesdays at 10am from 20/01/2026",
                 "Breath test and PEth results sent to Wendy within 2 working days of each"],
                ["3", "Sunil Chaudhry, recovery worker, DDAS",
                 "Write to the network on whether Kerry is making the changes to her drinking that Maisie and "
                 "Finn need, what still has to change and how long that is likely to take",
                 "By 07/04/2026",
                 "Letter to Wendy, read at the network meeting on 14/04/2026 and sent to the review conference"],
                ["4", "Mrs Grace Okoro, DSL, Dorrelby Parkside Primary",
                 "Check in with Maisie at 8.50am using her feelings fan, and ring Wendy the same day if Maisie "
                 "says she looked after Finn or could not wake Mummy",
                 "Every school day",
                 "Check-in record on CPOMS, sent to Wendy every Friday"],
                ["5", "Jo Raines, Finn's key person, Dorrelby Children's Centre Nursery",
                 "Note Finn's arrival time, whether he is clean, fed and dressed for the weather, and anything "
                 "he says or shows about home",
                 "Every session: Monday, Wednesday and Friday mornings",
                 "Nursery daily sheet, sent to Wendy every Friday"],
                ["6", "Beth Allard, health visitor",
                 "Finn's 2-year review with an ASQ-3, and a home visit with Kerry on safety for a toddler "
                 "(stair gate, window locks, medicines up high)",
                 "By 20/02/2026",
                 "ASQ-3 scores and the home safety checklist sent to Wendy by 27/02/2026"],
                ["7", "Wendy Marsh, social worker",
                 "Finish the words and pictures explanation with Maisie and Kerry, so that Maisie knows why "
                 "the network is there and who she can tell",
                 "By 13/02/2026",
                 "Maisie has her own copy, and can name her network people in her own words (visit record)"],
                ["8", "Kerry Pryor (Mum)",
                 "Go through the danger statement and the safety rules with Pat Ainsworth, so that Pat knows "
                 "her job in the plan",
                 "By 30/01/2026",
                 "Pat signs the network page of the safety book; Wendy sees it at her next visit"],
            ],
        }),
        ("h1", "If the safety network can't keep to the plan"),
        ("bullets", [
            "If Kerry drinks while she is looking after the children, or Ray gets no answer at 7pm, or Finn is "
            "found outside on his own: Ray goes straight round and takes Maisie and Finn to his house for the "
            "night, and rings Wendy (or the Emergency Duty Team out of hours). Wendy visits the next morning "
            "at the latest and holds a strategy discussion with the police that day. The children stay at "
            "Ray's until a network meeting agrees, with a clear DDAS breath test, that they can go home.",
            "If Ray cannot make the 7pm call or get to the house (he is away or unwell), Gemma makes the call "
            "and goes round instead. If Gemma cannot stay on a Friday or Saturday, Ray stays that night. If "
            "neither of them can, Kerry rings Wendy or the Emergency Duty Team before 5pm, and the children "
            "stay with Ray's sister Pauline Hollins (assessed and agreed on 19/01/2026) or, if she cannot, "
            "with emergency foster carers found by Wendy or the Emergency Duty Team that night.",
            "If Maisie rings 999, or Pat does, the police attend and the children go to Ray's or to emergency "
            "foster carers that night.",
            "If Kerry drinks while caring for Maisie and Finn twice before the review conference, or a PEth "
            "test after 28/02/2026 shows heavy drinking, or Finn is found outside alone again, Alan Brightwell "
            "(team manager) will hold a legal planning meeting within 5 working days to decide whether to "
            "start the Public Law Outline.",
        ]),
        ("h1", "Next network meetings and review"),
        ("bullets", [
            "The network meeting is the core group. It meets every four weeks at Dorrelby Parkside Primary on "
            "Tuesdays at 4pm: 17/02/2026, 17/03/2026 and 14/04/2026. Each meeting scales again and reads the "
            "safety book.",
            "Review child protection conference: 21/04/2026 at 10am, Dorrelby Town Hall.",
        ]),
        ("p", "Copies to Kerry, Ray, Gemma, Pat and every agency on 21/01/2026. Maisie has her words and "
              "pictures book."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Family group conference family plan in the family's own words, with the
#    professionals' bottom lines, agreement and their part below. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b221_dumbrellow_fgc_family_plan_our_words_professionals_part_ransome.md",
    "split": "heldout",
    "actions": 13,
    "template": "family-group-conference-family-plan-md-conference-details-who-came-table-information-giving-bottom-lines-kaydens-wishes-with-advocate-lolas-days-then-our-family-plan-in-family-words-what-we-want-numbered-nan-will-items-then-professionals-agreement-and-their-part-bullets-then-if-our-plan-isnt-working-reviewing-our-plan",
    "description": (
        "Family group conference family plan for an 8-year-old and a 4-year-old on child protection plans "
        "for neglect: their mother drinks heavily at home, the 8-year-old rang 999 when he could not wake "
        "her, and he makes his sister's tea. The plan is in the family's own words ('Nan will', 'Auntie "
        "Stacey will'), after the information the professionals gave, their bottom lines, Kayden's wishes "
        "read out by his advocate and Lola's days, with the professionals' agreement and their part below. "
        "Faults: the uncle's outings 'whenever he can get time off work'; 'Our whole family' as the owner "
        "of keeping the mother from caring after drinking; the school's breakfast club place with nothing "
        "to show it worked; the mother's drinking recorded with no adult service owning any action (the "
        "recovery service is only a place she goes, and the social worker goes with her); and a "
        "contingency that rests on Nan with nothing said if Nan cannot come."
    ),
    "text": """\
# Dumbrellow Family Group Conference Service

## Our family plan for Kayden and Lola Ransome

| | |
|---|---|
| **Conference held** | Thursday 15/01/2026, 10am to 2.30pm, Dumbrellow Family Hub, Station Parade |
| **Coordinator** | Sadia Karim, independent coordinator, Dumbrellow Family Group Conference Service |
| **Kayden's advocate** | Jo Tennant, Dumbrellow Advocacy for Children |
| **Social worker** | Hannah Pell, Dumbrellow Council Children's Social Care, Safeguarding Team East (team manager: Rob Castle) |
| **Children** | Kayden Ransome, born 19/06/2017 (8), Year 4 at Dumbrellow Fields Primary; Lola Ransome, born 02/03/2021 (4), nursery class at Dumbrellow Children's Centre |
| **Home** | 41 Canal Terrace, Dumbrellow DU6 2RH, with Mum (Amy Ransome, 29) |
| **Child protection plan** | Neglect, since the initial conference on 08/01/2026. The conference asked for a family group conference and agreed that the family's plan, with the professionals' part, becomes the children's child protection plan. |

### Who came

| Name | Who they are |
|---|---|
| Amy Ransome | Mum |
| June Ransome | Nan (Amy's mum), 7 Burnham Road, five minutes' walk away |
| Stacey Ransome | Auntie Stacey (Amy's sister) |
| Mark Ransome | Uncle Mark (Amy's brother), works shifts at Dumbrellow Freight |
| Tyler Gibbs | Lola's dad, by phone for the information part only |
| Kayden | with Jo, for the first hour |
| Hannah Pell | social worker |
| Mrs Nadia Farrell | designated safeguarding lead, Dumbrellow Fields Primary |
| Kirsty Lomax | health visitor, Dumbrellow Healthy Child Service |

### What the professionals told the family

Hannah explained why Kayden and Lola are on child protection plans. Amy has been drinking heavily at home,
mostly in the evenings and at weekends, since her dad died in 2023. On 06/12/2025 Kayden rang 999 at 9pm
because he could not wake his mum and Lola was crying; the police found Amy asleep on the kitchen floor. On
20/12/2025 a neighbour rang the police when Lola, in her pyjamas, knocked on her door at 8am asking for
breakfast. Kayden has been late to school 23 times this term and often arrives hungry. Lola has missed most
Monday sessions at nursery, had nappy rash that would not clear in November, and has four decayed teeth.
Amy told the conference she knows she drinks too much and has started going to the Tuesday drop-in at
Dumbrellow Recovery Service.

**The professionals' bottom lines** (things the family's plan had to cover):

- Kayden and Lola must never be looked after by an adult who has been drinking.
- Kayden must not be the one who looks after Lola or his mum.
- Hannah must be told the same day if Amy drinks when she has the children.

### What Kayden said

Kayden wrote down his wishes with Jo before the conference, and Jo read them out in the family's time with
him there:

> "I want to live with Mum but I want her to stop the wine."
> "I don't like it when Mum is asleep and Lola is hungry. I make her toast and Coco Pops."
> "I like going to Nan's, she does proper tea and I can play with Biscuit (Nan's dog)."
> "I want to do football like my friends. Uncle Mark is good at football."

Kayden scored how happy he is at home as 5 out of 10, and at Nan's as 9.

**Lola** is 4. At nursery she tells staff about Nan's dog, and when Kirsty asked her about home she said
"Mummy sleep" and "Kayden makes toast". Nursery see her eat two breakfasts on Mondays.

### Our family plan

*We wrote this together in private family time. These are our words.*

**What we want for Kayden and Lola**

- Kayden and Lola are looked after by a grown-up who is sober, every day and every night.
- Kayden gets to school on time with breakfast inside him, and doesn't have to look after Lola or Mum.
- Lola goes to nursery every day she is booked in, clean and with her teeth brushed, and gets her teeth
  made better.
- Kayden gets to play football like his mates.

**Our plan**

1. **Mum (Amy)** will not drink any alcohol at all when she is looking after Kayden and Lola. She will go
   to the Tuesday group at Dumbrellow Recovery Service every week and show Hannah her attendance card at
   every visit.
2. **Nan (June)** will have Kayden and Lola to stay at her house every Friday and Saturday night, picking
   them up from school and nursery at 3.15pm on Friday and bringing them home at 5pm on Sunday. Nan will
   write each weekend in the family diary, and Hannah will read it when she visits.
3. **Nan** will ring Amy every morning at 7.30am. If Amy doesn't answer or sounds like she has been
   drinking, Nan will go round before school and take Kayden to school and Lola to nursery herself. Nan
   will write every call in the family diary.
4. **Auntie Stacey** will come round every Monday and Wednesday at teatime, do tea and bath with Amy and
   the kids, and stay until they are asleep. Stacey will write in the family diary each time.
5. **Uncle Mark** will take Kayden out, to football at Dumbrellow Juniors or to the park, whenever he can
   get time off work. Kayden will tell Hannah what they did.
6. Every day, **our whole family** will make sure Amy is never on her own with the kids after she has had
   a drink, and whoever steps in will write it in the family diary that day.
7. **Mum** will take Lola to nursery every Monday to Thursday by 9am with her teeth brushed. The nursery
   register and Lola's tooth-brushing chart on the fridge will show it.
8. **Mum** will take Lola to Dumbrellow Dental Practice on Market Street to have her teeth seen to by
   13/02/2026. The dentist's treatment letter will show it.

### What the professionals agreed, and their part

The professionals agreed the family's plan at the end of the conference, because it meets the bottom
lines. Rob Castle (team manager) signed it off on 16/01/2026. This is what the professionals will do.

- **Hannah Pell (social worker)** will visit every week, see Kayden on his own and see Lola, read the family
  diary and check the kitchen for alcohol. Her visit notes will say what the children said and what she
  saw.
- **Hannah** will go with Amy to her first assessment appointment at Dumbrellow Recovery Service on
  28/01/2026, and put the appointment letter on the children's file.
- **Dumbrellow Fields Primary (Mrs Farrell, DSL)** will offer Kayden a free place at breakfast club from
  Monday 26/01/2026.
- **Mrs Farrell** will check Kayden in at the gate each morning and ring Hannah the same day if he is late,
  hungry or says his mum was asleep. She will send Hannah the late book and attendance figures every
  Friday.
- **Kirsty Lomax (health visitor)** will visit Lola at home every four weeks, check her skin and teeth and
  weigh her, and send Hannah a note of what she saw after each visit.

### If our plan isn't working

- If Amy drinks when she has the kids, or Nan can't get an answer at 7.30am, Kayden knows to ring Nan (her
  number is on the fridge and in his school bag). Nan will come straight round and take Kayden and Lola back
  to her house for as long as it takes, and ring Hannah that day (or the out-of-hours team at the weekend).
- If Nan finds the kids on their own or hurt, she will ring 999.
- If Amy drinks while she is looking after the children, Hannah will hold a strategy discussion with the
  police the same day, and the children will stay at Nan's until a core group meeting agrees they can go
  home.
- If this happens twice before the review conference, or Amy stops going to the Tuesday group, Rob Castle
  will hold a legal planning meeting within 10 working days.

### Reviewing our plan

- The family diary stays in the kitchen drawer at Amy's.
- Core group every four weeks at Dumbrellow Fields Primary, Thursdays at 3.30pm: 22/01/2026, 19/02/2026
  and 19/03/2026.
- Review family group conference with Sadia: 12/03/2026 at Dumbrellow Family Hub.
- Review child protection conference: 07/04/2026 at 10am, Dumbrellow Civic Centre.

Plan typed up by Sadia Karim on 16/01/2026 and given to everyone who came. Kayden has his own copy with
Jo's drawings.
""",
    "findings": [
        F("T002", "will take Kayden out, to football at Dumbrellow Juniors"),
        F("W002", "will make sure Amy is never on her own"),
        F("M001", "will offer Kayden a free place at breakfast club"),
        F("F004"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Safe and Together child protection plan: the perpetrator's pattern, the
#    protective parent's efforts, then three tables (Jason's actions and
#    accountability, partnering with Sophie, for Ruby and Oscar). Page header
#    and footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b221_dackenmoor_safe_together_pattern_accountability_tables_lane.pdf",
    "doc_title": "Safe and Together Child Protection Plan - Ruby and Oscar Lane",
    "split": "heldout",
    "actions": 15,
    "min_pages": 2,
    "header": "OFFICIAL-SENSITIVE · Dackenmoor Council Children's Services · Safe and Together plan",
    "footer": "Ruby and Oscar Lane · Agreed at the initial conference on 14/01/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "safe-and-together-cp-plan-paged-header-footer-family-kv-what-happened-then-jasons-pattern-of-coercive-control-bullets-its-effect-on-ruby-and-oscar-sophies-protective-efforts-the-childrens-words-what-we-want-then-three-tables-jasons-actions-and-accountability-partnering-with-sophie-for-ruby-and-oscar-what-will-happen-who-when-how-well-know-then-if-jason-breaks-the-conditions-meetings",
    "description": (
        "Exemplary Safe and Together child protection plan (emotional abuse) for a 9-year-old and a "
        "6-year-old after their father strangled their mother in the kitchen while the 9-year-old watched "
        "from the doorway; he is charged and on bail with no contact, and a non-molestation order is in "
        "place. The plan maps Jason's pattern of coercive control (money, tracking her phone, cutting her "
        "off from her sister, calling her a useless mum in front of the children, smashing Oscar's tablet) "
        "and its effect on the children, and Sophie's protective efforts, with Ruby's and Oscar's words. "
        "Three tables (What will happen / Who / When / How we'll know): Jason's actions and accountability "
        "(bail and order, the perpetrator programme and its assessor's report on his readiness to change, "
        "the social worker's meetings with him, child maintenance, the police's news), partnering with "
        "Sophie (IDVA, sanctuary scheme, her course, the children's safety plan, the aunt's after-school "
        "care), and for Ruby and Oscar (visits, one-to-one recovery work, school, the school nurse). The "
        "contingency has police responses, a fallback for the aunt, a refuge, and a legal planning meeting "
        "after named triggers; core group and review dates are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan: Safe and Together"),
        ("p", "Dackenmoor Council Children's Services uses the Safe and Together model for children living with "
              "domestic abuse. This plan keeps Ruby and Oscar safe and well with their mum, holds their dad "
              "responsible for the harm his behaviour has caused, and asks the agencies to work with his "
              "behaviour rather than expecting Sophie to manage it."),
        ("kv", [
            ("Children", "Ruby Lane, born 23/04/2016 (9), and Oscar Lane, born 30/08/2019 (6), both at "
                         "Dackenmoor Hillside Primary School"),
            ("Mum", "Sophie Lane (31), 22 Delph Street, Dackenmoor DK4 7NW; works at Dackenmoor Library, "
                    "Tuesday to Thursday"),
            ("Dad", "Jason Lane (35), on bail at his mother's address, 9 Quarry Bank, Dackenmoor"),
            ("Conference", "Initial child protection conference, 14/01/2026. Category: emotional abuse."),
            ("Criminal case", "Jason is charged with intentional strangulation and controlling or coercive "
                              "behaviour. Conditional bail: no contact with Sophie, Ruby or Oscar directly or "
                              "indirectly, and not to enter Delph Street. Trial at Dackenmoor Crown Court on "
                              "08/06/2026."),
            ("Non-molestation order", "Granted to Sophie on 10/12/2025 for 12 months, to 09/12/2026"),
            ("Social worker", "Tom Ashdown, Safeguarding and Family Support Team 2 (team manager: Lorna Haig)"),
        ]),
        ("h1", "What happened"),
        ("p", "On the evening of 26/11/2025 Jason put his hands round Sophie's neck in the kitchen after she said "
              "she was going to see her sister. Ruby saw it from the doorway. Sophie rang 999 when Jason went "
              "outside. He was arrested that night and charged on 28/11/2025. Sophie has since told Tom and "
              "the IDVA about four years of his controlling behaviour."),
        ("h1", "Jason's pattern of behaviour"),
        ("p", "These are Jason's choices, as Sophie, the children, the police and the school have described "
              "them. They are mapped here so that the plan works with what he does, not with what Sophie did "
              "or did not do to stop it."),
        ("bullets", [
            "Money: since 2022 Sophie's wages have gone into Jason's account, and he gave her £40 a week for "
            "food and the children's things.",
            "Watching her: he put a tracking app on Sophie's phone and read her messages every night.",
            "Cutting her off: he stopped her seeing her sister Claire, saying Claire \"turns her against him\".",
            "Undermining her as a mum: he called her \"a useless mum\" in front of the children and told Ruby "
            "her mum was \"crazy\".",
            "Violence: he pushed Sophie into the bannister in 2023 (no report at the time) and strangled her "
            "on 26/11/2025.",
            "Towards the children: he smashed Oscar's tablet on the floor when Oscar would not stop crying, "
            "and made the children sit in silence at meals when he was angry.",
        ]),
        ("h1", "How it has affected Ruby and Oscar"),
        ("p", "Ruby took Oscar into the bathroom and ran the taps when Jason shouted, so that Oscar would not hear. "
              "She watches her mum closely and checks her phone at school. Oscar began wetting the bed again in "
              "the autumn and still does most nights. Both children were late or absent on the mornings after "
              "the worst nights, and their school noticed Ruby falling asleep in class."),
        ("h1", "Sophie's protective efforts"),
        ("bullets", [
            "She kept the children's routines going, made sure they were at school, and hid money for Ruby's "
            "school trip.",
            "She took the children to Claire's when Jason's mood turned, even after he told her not to see "
            "Claire.",
            "She rang 999 on 26/11/2025, gave a full statement, and applied for the non-molestation order with "
            "the Dackenmoor Family Law Clinic.",
            "She told both children that what happened was not their fault, and told the school so that "
            "staff could look out for them.",
        ]),
        ("h1", "What Ruby and Oscar say"),
        ("p", "Tom saw Ruby on her own at school on 08/01/2026. She said: \"I hid in the bathroom with Oscar and "
              "put the taps on so he wouldn't hear.\" \"I don't want Dad to come back to live with us. I miss "
              "him at my football though.\" \"Mum laughs more now.\" She scored how safe she feels at home now "
              "at 8 out of 10 and \"before\" at 2."),
        ("p", "Oscar drew his family for Tom on the same day: Dad with \"a big shouty mouth\" at the edge of the "
              "page, and himself holding Ruby's hand. He said, \"I want Daddy to say sorry to Mummy,\" and that "
              "his bed is \"wet a lot and it's yucky\"."),
        ("h1", "What we want for Ruby and Oscar"),
        ("numbers", [
            "Ruby and Oscar live safely with their mum, free from their dad's violence and control, in a home "
            "where they are not frightened.",
            "Any time Ruby and Oscar spend with their dad is safe, is what they want, and happens only once he "
            "has taken responsibility for what he did.",
            "Ruby and Oscar know that what happened was not their fault, Ruby no longer feels she has to look "
            "after her mum and brother, and Oscar is dry at night again.",
            "Ruby and Oscar stay close to their mum and to their Aunt Claire, and are at school every day.",
        ]),
        ("h1", "The plan"),
        ("h2", "Part A. Jason's actions and accountability"),
        ("table", {
            "header": ["What will happen", "Who", "When", "How we'll know"],
            "widths": [6.2, 3.6, 3.4, 3.8],
            "rows": [
                ["Keep to his bail conditions and the non-molestation order: no contact with Sophie, Ruby or "
                 "Oscar directly or through anyone else, and stay away from Delph Street and the school",
                 "Jason Lane",
                 "Every day until the trial on 08/06/2026, and until the order ends on 09/12/2026",
                 "Any contact logged by Sophie or the school and reported to DC Burrows; the police tell Tom "
                 "of any breach within 24 hours"],
                ["Go to the assessment for the Dackenmoor Change Programme (a domestic abuse perpetrator "
                 "programme) and, if accepted, the 26-week group on Wednesday evenings",
                 "Jason Lane",
                 "Assessment by 06/02/2026; then every Wednesday from the group's start",
                 "Attendance record from the programme sent to Tom every 4 weeks"],
                ["Assess Jason's account of his behaviour, his readiness and motivation to change, and the risk "
                 "he poses to Sophie and the children, and recommend whether and how he could safely see Ruby "
                 "and Oscar",
                 "Marcus Field, assessor, Dackenmoor Change Programme",
                 "Report by 06/03/2026",
                 "Written report to Tom, shared at the core group on 10/03/2026"],
                ["Meet Jason at the Dackenmoor Civic Centre office to go through his pattern of behaviour as "
                 "mapped in this plan and its effect on Ruby and Oscar, and record what he accepts",
                 "Tom Ashdown (SW); Lorna Haig at the first meeting",
                 "Every 4 weeks from 27/01/2026",
                 "Notes of each meeting with Jason's own words, shared with the core group"],
                ["Set up child maintenance through the Child Maintenance Service so that Sophie and the "
                 "children are not left short of money",
                 "Jason Lane",
                 "By 27/02/2026",
                 "CMS payment schedule shown to Tom; Sophie confirms the first payment"],
                ["Tell Tom and the IDVA of any charge decision, bail change, breach or arrest involving Jason",
                 "DC Helen Burrows, Dackenmoor Police Domestic Abuse Investigation Unit",
                 "Within 24 hours of each event",
                 "E-mail on the children's file, and the IDVA's safety plan updated"],
            ],
        }),
        ("h2", "Part B. Partnering with Sophie"),
        ("table", {
            "header": ["What will happen", "Who", "When", "How we'll know"],
            "widths": [6.2, 3.6, 3.4, 3.8],
            "rows": [
                ["Safety planning with Sophie for herself and the children, a DASH risk assessment at the start "
                 "and at the end of the weekly sessions, and support through the criminal case",
                 "Michelle Rees, IDVA, Dackenmoor Women's Aid",
                 "Weekly for 8 weeks from 19/01/2026, then every 2 weeks until the trial",
                 "Written safety plan updated after each session, and the repeat DASH score, sent to Tom"],
                ["Fit a video doorbell, door chains and London bars to the front and back doors, and a "
                 "fire-safe letterbox",
                 "Gary Platt, surveyor, Dackenmoor Homes Sanctuary Scheme",
                 "By 30/01/2026",
                 "Completion sheet signed by Sophie; Tom sees the fittings at his next visit"],
                ["Go to the \"Own My Life\" course for women on Thursday mornings, which Sophie chose herself",
                 "Sophie Lane",
                 "Thursdays at 10am for 12 weeks from 22/01/2026",
                 "Attendance record from the course facilitator"],
                ["Write a family safety plan with Ruby and Oscar: a code word, where to go in the house, and who "
                 "to ring",
                 "Sophie Lane and Tom Ashdown together",
                 "By 13/02/2026",
                 "Ruby and Oscar can each tell Tom what they would do; the plan is on the fridge and on file"],
                ["Have Ruby and Oscar after school while Sophie is at work, and take them to Ruby's football "
                 "on Thursdays",
                 "Claire Webb (Aunt Claire)",
                 "Every Tuesday and Thursday, 3.15pm to 6pm",
                 "The school's collection log; Claire texts Sophie at pick-up and drop-off"],
            ],
        }),
        ("h2", "Part C. For Ruby and Oscar"),
        ("table", {
            "header": ["What will happen", "Who", "When", "How we'll know"],
            "widths": [6.2, 3.6, 3.4, 3.8],
            "rows": [
                ["Visit at home, seeing Ruby and Oscar together and each on their own",
                 "Tom Ashdown (SW)",
                 "Every 2 weeks until the review conference",
                 "Visit records within 2 working days, with the children's own words"],
                ["Ten one-to-one sessions for Ruby about what happened at home and that it was not her fault",
                 "Asha Patel, Dackenmoor Children's Recovery Service",
                 "Weekly from 02/02/2026",
                 "Ruby's worry scale at the first and last sessions, and Asha's end-of-work report to Tom"],
                ["Check in with Ruby and Oscar, and act on every Operation Encompass notice before the "
                 "children arrive",
                 "Mr Simon Bright, DSL, Dackenmoor Hillside Primary",
                 "Mondays and Fridays; Encompass notices by 8.45am the next school day",
                 "Check-in notes on CPOMS sent to Tom every 2 weeks"],
                ["See Oscar and Sophie about Oscar's bedwetting, and start a plan with a chart and an alarm",
                 "Fiona Reid, school nurse, Dackenmoor 5-19 Service",
                 "By 13/02/2026, then every 4 weeks",
                 "Oscar's dry-night chart; Fiona reports the number of dry nights at each core group"],
            ],
        }),
        ("h1", "If Jason breaks the conditions, or the children are not safe"),
        ("bullets", [
            "If Jason comes to Delph Street, the school or the library, or contacts Sophie or the children in "
            "any way: Sophie or the school rings 999. The address has a police marker, so officers attend at "
            "once and arrest Jason for the breach. Tom holds a strategy discussion with the police the same day.",
            "If Jason's bail conditions end or change before the trial, DC Burrows tells Tom and Michelle within "
            "24 hours; Michelle updates Sophie's safety plan within 2 working days and refers to MARAC that day.",
            "If Sophie and the children have to leave the house, Michelle finds a refuge place that day, and Tom "
            "tells the school where the children will be.",
            "If Claire cannot have the children on a Tuesday or Thursday, Sophie's manager has agreed she can "
            "leave work at 3pm to collect them; if she cannot, Dackenmoor Hillside's after-school club keeps "
            "them until 6pm (places held open for them).",
            "If Jason breaches the bail conditions or the order twice before the review conference, or moves back "
            "into the home, Lorna Haig (team manager) will hold a legal planning meeting within 5 working days to "
            "decide whether to start the Public Law Outline.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks at Dackenmoor Hillside Primary, Tuesdays at 3.45pm: 10/02/2026, "
            "10/03/2026 and 07/04/2026.",
            "Review child protection conference: 14/04/2026 at 10am, Dackenmoor Civic Centre.",
        ]),
        ("p", "Copies to Sophie and every agency on 15/01/2026. Jason is sent Part A and the meetings only; "
              "Sophie's address details are not in his copy."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Graded Care Profile 2 neglect plan: scores by area, an outcome per area,
#    then one table whose area cell (score now / target) is merged down over
#    its actions. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b221_dibbleshaw_gcp2_scored_areas_merged_area_cell_tully.docx",
    "doc_title": "Child Protection Plan (Graded Care Profile 2) - Kai and Bella Tully",
    "split": "heldout",
    "actions": 13,
    "landscape": True,
    "check_vmerge": 5,
    "template": "gcp2-neglect-cp-plan-docx-landscape-front-sheet-kv-why-the-plan-gcp2-score-table-area-sub-area-score-what-we-saw-kais-views-bellas-day-what-we-want-by-area-then-plan-table-gcp2-area-score-now-and-target-merged-down-what-needs-to-happen-who-by-when-how-well-know-then-if-things-dont-get-better-meetings",
    "description": (
        "Child protection plan for a 6-year-old and a 20-month-old (neglect) built on a Graded Care Profile 2 "
        "completed with their mother, who has depression and is seen by the community mental health team: "
        "Kai sleeps on the settee, Bella has missed her immunisations, the home is dirty and cluttered, and "
        "Kai's attendance is 81%. The GCP2 scores by area and sub-area with what was seen, Kai's words and "
        "Bella's day, an outcome for each area, then one landscape table whose first cell (the GCP2 area "
        "with its score now and the score wanted by review) is merged down over that area's actions. "
        "Faults: the care coordinator's monthly visits only support the mother's mood and medication; the "
        "home sessions are measured by 'Improvement in home conditions'; Bella's immunisations have '-' for "
        "when; the referral for Kai's bed has '-' for who; the Love area's outcome is about the mother's "
        "confidence only; the contingency is 'further concerns' met by a core group discussion and review; "
        "and nothing anywhere leads to legal planning."
    ),
    "blocks": [
        ("title", "Child Protection Plan: Graded Care Profile 2"),
        ("p", "Dibbleshaw Borough Council, Children and Families Service. Neglect pathway: the plan is built on "
              "the Graded Care Profile 2 (GCP2), so that everyone works on the areas of care the GCP2 found "
              "weakest and the same tool shows whether care has improved."),
        ("kv", [
            ("Children", "Kai Tully, born 14/07/2019 (6), Year 2 at Dibbleshaw Meadow Primary; Bella Tully, born "
                         "21/04/2024 (20 months)"),
            ("Mum", "Shannon Tully (26), 5 Ropewalk Court, Dibbleshaw DB2 8TE"),
            ("Fathers", "Kai's father has not been in touch since 2021. Bella's father, Connor Briggs, lives in "
                        "Dibbleshaw and sees Bella at his mother's house on Sundays."),
            ("Conference", "Initial child protection conference, 07/01/2026. Category: neglect."),
            ("GCP2", "Completed at home with Shannon on 10/12/2025 by Naomi Price (social worker) and Sue Kendal "
                     "(health visitor)"),
            ("Social worker", "Naomi Price, Dibbleshaw Children and Families Service, Neglect Pathway Team"),
        ]),
        ("h1", "Why Kai and Bella have a plan"),
        ("p", "The health visitor referred in November 2025 after three visits at which the home was cold and "
              "dirty, with dog mess on the kitchen floor and Bella in the same nappy for hours. Kai has been "
              "sleeping on the settee since his bed broke in the summer. Bella has missed her 12-month "
              "immunisations and two HV reviews; Kai needs four teeth out. Kai's attendance this year is 81%, "
              "and he is often late and hungry. Shannon has had depression since 2022 and takes sertraline; she "
              "has a care coordinator at the Dibbleshaw Community Mental Health Team. She says that most days "
              "she \"can't face\" the housework or the school run."),
        ("h1", "GCP2 scores"),
        ("p", "GCP2 grades each area of care from 1 (the child's needs are met, child first) to 5 (the child's "
              "needs are not met, the child is not considered)."),
        ("table", {
            "header": ["Area", "Sub-area", "Score", "What we saw"],
            "widths": [4.5, 4.5, 2.0, 14.7],
            "rows": [
                ["Physical care", "Nutrition", "3", "Kai has toast or nothing before school; hot tea most days "
                 "but often late and mostly crisps and chips"],
                [V, "Housing", "4", "Kitchen floor dirty with dog mess; Kai has no bed; damp in the back bedroom"],
                [V, "Clothing", "3", "Kai's uniform unwashed most days; Bella's clothes clean but too small"],
                [V, "Hygiene", "4", "Bella left in wet nappies for long periods; both children had head lice in "
                 "November"],
                [V, "Health", "4", "Bella's immunisations and two HV reviews missed; Kai's dental decay untreated"],
                ["Care of safety", "In and out of the home", "3", "No stair gate; Shannon's tablets on the kitchen "
                 "worktop"],
                ["Love", "Sensitivity and responsiveness", "2", "Shannon is warm with both children and Bella "
                 "goes to her for comfort, but she is slow to respond when low"],
                ["Esteem", "Stimulation, approval, acceptance", "3", "Few toys or books for Bella; Kai's reading "
                 "book not read at home"],
            ],
        }),
        ("h1", "Kai's views and Bella's day"),
        ("p", "Naomi saw Kai on his own at school on 05/01/2026. He said: \"I sleep on the settee because my bed "
              "broke. It's OK but the telly is on.\" \"I like it when Mum does pancakes.\" \"Bella cries in the "
              "night and I get her bottle because Mum's asleep.\" He would like \"a Spider-Man bed\" and to go to "
              "after-school football. He scored home as 6 out of 10 and school as 8."),
        ("p", "Bella is 20 months old. At the HV visits she was in her cot or highchair most of the time, pulled "
              "herself up to the kitchen worktop, and went straight to Shannon for a cuddle when Sue came in. "
              "She says \"Mama\", \"Kai\" and \"dog\"."),
        ("h1", "What we want for Kai and Bella, by GCP2 area"),
        ("bullets", [
            "Physical care: Kai and Bella eat breakfast and a hot tea every day, sleep in their own clean beds, "
            "and have their immunisations and dental treatment done.",
            "Care of safety: Bella is safe at home, with the stair gate up and all medicines locked away.",
            "Love: Shannon will feel more confident as a mum and less overwhelmed.",
            "Esteem: Kai is at school every day and on time, and Bella has toys and books and someone to "
            "play with her every day.",
        ]),
        ("h1", "The plan"),
        ("p", "The first column gives the GCP2 area, its score now and the score we want by the review "
              "conference. The GCP2 will be scored again with Shannon before the review."),
        ("table", {
            "header": ["GCP2 area (score now / by review)", "What needs to happen", "Who", "By when",
                       "How we'll know"],
            "widths": [3.8, 8.4, 4.2, 3.9, 5.4],
            "rows": [
                ["Physical care (4 / 2)",
                 "Weekly sessions at home with Shannon on meal planning, shopping on a budget and cooking a hot "
                 "tea for the children",
                 "Leanne Moss, family support worker, Dibbleshaw Family Hub",
                 "Thursdays at 2pm for 8 weeks from 15/01/2026",
                 "Food diary for Kai and Bella kept by Shannon and read by Leanne at each session; Kai tells "
                 "Naomi what he had for tea"],
                [V,
                 "Deep clean and declutter of the house with Shannon, room by room, starting with the kitchen and "
                 "the children's bedroom",
                 "Leanne Moss, family support worker",
                 "Tuesday mornings for 6 weeks from 20/01/2026",
                 "Improvement in home conditions"],
                [V,
                 "Referral to Dibbleshaw Furniture Project for a bed and mattress for Kai",
                 "-",
                 "By 23/01/2026",
                 "Bed seen in Kai's room by Naomi"],
                [V,
                 "Book and take Bella for her missed 12-month immunisations",
                 "Shannon Tully (Mum)",
                 "-",
                 "Red book checked by Sue; GP immunisation record"],
                [V,
                 "Take Kai to the Dibbleshaw Community Dental Service for his extractions",
                 "Shannon Tully (Mum)",
                 "Appointment on 29/01/2026",
                 "Dental service's discharge letter to Naomi"],
                [V,
                 "Home visits to weigh Bella, check her nappy area and development, and check that the house "
                 "is warm",
                 "Sue Kendal, health visitor",
                 "Every 2 weeks until the review conference",
                 "Bella's weight in her red book, on the 25th centile or above; HV notes sent to Naomi"],
                ["Care of safety (3 / 1)",
                 "Fit the stair gate Sue brought, and keep all medicines, including Shannon's sertraline, in the "
                 "locked box",
                 "Shannon Tully (Mum)",
                 "By 16/01/2026",
                 "Gate and locked box seen in place by Sue and Naomi at every visit"],
                [V,
                 "Visit the children at home, seeing Kai on his own and Bella with Shannon, one visit in two "
                 "unannounced",
                 "Naomi Price, social worker",
                 "Every week until the review conference",
                 "Visit records with Kai's words; GCP2 scored again with Shannon by 25/03/2026"],
                ["Love (2 / 1)",
                 "Continue monthly visits to support Shannon with her low mood and help her with her medication",
                 "Lorraine Okafor, care coordinator, Dibbleshaw CMHT",
                 "Monthly",
                 "CMHT visit record shared with Naomi"],
                [V,
                 "Video interaction guidance: filmed play between Shannon and Bella, watched back with Shannon",
                 "Ruth Gale, VIG practitioner, Dibbleshaw Parenting Team",
                 "Six sessions, every 2 weeks from 26/01/2026",
                 "VIG end report on how Bella responds and how Shannon notices her cues, sent to Naomi"],
                ["Esteem (3 / 2)",
                 "Ring Shannon at 9.15am if Kai is not in school, and go to the house if there is no answer",
                 "Mr Paul Hughes, attendance officer, Dibbleshaw Meadow Primary",
                 "Every school day",
                 "Register: attendance 95% or above from now to the February half term (13/02/2026)"],
                [V,
                 "Read with Kai for ten minutes each evening from his school reading book",
                 "Shannon Tully (Mum)",
                 "Every school night",
                 "Kai's reading record signed by Shannon and checked by his teacher on Fridays"],
                [V,
                 "Learning mentor sessions on Kai's worries and friendships",
                 "Mrs Jan Ellis, learning mentor, Dibbleshaw Meadow Primary",
                 "Wednesdays after lunch from 21/01/2026",
                 "Kai's \"worry monster\" score at each session and his words, sent to Naomi monthly"],
            ],
        }),
        ("h1", "If things don't get better"),
        ("p", "If the GCP2 scores do not improve, or there are further concerns about the children's care, the "
              "core group will discuss this and the plan will be reviewed."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks at Dibbleshaw Family Hub, Wednesdays at 1.30pm: 21/01/2026, 18/02/2026 "
            "and 18/03/2026.",
            "GCP2 rescore with Shannon by 25/03/2026, shared at the review conference.",
            "Review child protection conference: 07/04/2026 at 2pm, Dibbleshaw Town Hall.",
        ]),
        ("p", "Plan given to Shannon on 08/01/2026 and talked through with her by Naomi. Copies to all agencies."),
    ],
    "findings": [
        F("H001", "Continue monthly visits to support Shannon with her low mood"),
        F("M002", "Deep clean and declutter of the house with Shannon"),
        F("W001", "Referral to Dibbleshaw Furniture Project for a bed"),
        F("T001", "Book and take Bella for her missed 12-month immunisations"),
        F("F002", "Shannon will feel more confident as a mum and less overwhelmed"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Case-system print of an early help Team Around the Family plan stepped up
#    to child protection: TAF history, Family Star Plus readings, actions
#    tagged kept / changed / new with Lead / When / Evidence fields.
#    Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b221_dowerthorpe_taf_step_up_family_star_case_print_hughes.txt",
    "split": "heldout",
    "actions": 13,
    "template": "early-help-taf-plan-stepped-up-to-cp-case-system-print-txt-dot-leader-fields-taf-history-why-stepped-up-family-star-plus-readings-table-childrens-views-outcomes-then-action-blocks-tagged-taf-kept-changed-at-step-up-new-with-lead-when-evidence-star-area-fields-closed-taf-actions-contingency-meetings",
    "description": (
        "Exemplary child protection plan for an 11-year-old and a 9-year-old (neglect), printed from the "
        "council's case system after an early help Team Around the Family plan was stepped up: the "
        "9-year-old's burn went untreated for four days and the 11-year-old said she does everything "
        "because her mum stays in bed. The mother has depression; the father drives lorries and is away "
        "Monday to Friday; the paternal grandmother has the children two afternoons a week. The print gives "
        "the TAF history, why the plan was stepped up, Family Star Plus readings by area (agreed by the "
        "mother and the family worker) at the TAF start, TAF review and step-up with targets, the "
        "children's words and outcomes, then [A01] to [A13] action blocks tagged TAF KEPT, TAF CHANGED AT "
        "STEP-UP or NEW AT STEP-UP, each with Lead / When / Evidence / Star area fields; Talking Therapies "
        "reports on the mother's capacity to change and its likely timescale, and the GP writes on her "
        "health and the children. Closed TAF actions are listed apart. The contingency has triggers, a "
        "fallback if the grandmother cannot help, and a legal planning meeting after named triggers; core "
        "group dates and the review conference are set."
    ),
    "text": """\
DOWERTHORPE COUNCIL - CHILDREN AND FAMILIES
DCP (Dowerthorpe Children's Portal)          PLAN PRINT          Printed 12/01/2026 14:07 by KODUYA
==========================================================================================

PLAN TYPE ............. Child protection plan (stepped up from Early Help TAF plan EH-31884)
CHILDREN .............. Poppy HUGHES, DOB 04/08/2014 (11), Year 7, Dowerthorpe Academy
                        Reece HUGHES, DOB 17/02/2016 (9), Year 5, Dowerthorpe Brookside Primary
ADDRESS ............... 63 Tannery Lane, Dowerthorpe DW5 1QS
MOTHER ................ Natalie HUGHES (38)
FATHER ................ Gary HUGHES (40), HGV driver, away Monday to Friday, home Friday night to Monday
                        morning
GRANDMOTHER ........... Irene HUGHES (66), paternal grandmother, 4 Mill Croft, Dowerthorpe
CATEGORY .............. Neglect
ICPC .................. 08/01/2026
SOCIAL WORKER ......... Kemi ODUYA, Dowerthorpe Safeguarding Team (team manager: Neil ASHWORTH)
FAMILY WORKER ......... Sarah NCUBE, Dowerthorpe Family Hub (TAF lead professional June to December 2025)

------------------------------------------------------------------------------------------
SECTION 1  TAF HISTORY
------------------------------------------------------------------------------------------
12/06/2025  Early help assessment with Natalie after school attendance concerns (Poppy 84%,
            Reece 88%) and Natalie telling the school she was "struggling to get up".
Jun-Nov 25  TAF meetings every six weeks at Dowerthorpe Family Hub. Free school meals in place,
            Reece's eye test done, Natalie referred by her GP to Dowerthorpe Talking Therapies.
20/11/2025  TAF review: attendance no better (Poppy 82%, Reece 86%); Natalie low and sleeping in
            the day; Family Star Plus readings flat or falling.
03/12/2025  Reece came to school with a burn across the back of his right hand, infected and
            four days old. He said Poppy burned him on the oven tray making tea. Poppy told her
            form tutor: "Mum stays in bed all day. I do everything." Home visit that afternoon:
            no food in the fridge, Natalie in bed at 3pm.
05/12/2025  Strategy discussion; section 47 enquiry (Kemi Oduya); Reece's burn treated at
            Dowerthorpe General Hospital minor injuries unit.
08/01/2026  Initial child protection conference. TAF plan stepped up; the TAF actions that are
            still needed are carried into this plan below.

------------------------------------------------------------------------------------------
SECTION 2  PARENTS' HEALTH
------------------------------------------------------------------------------------------
Natalie has had depression and anxiety since Reece was born. Her GP restarted sertraline in
November 2025. She is on the waiting list for step 3 CBT at Dowerthorpe Talking Therapies, which
has brought her start date forward to 14/01/2026. Gary has no health problems he or his GP know
of.

------------------------------------------------------------------------------------------
SECTION 3  FAMILY STAR PLUS READINGS
------------------------------------------------------------------------------------------
Readings are 1 to 10 on the Journey of Change (1-2 stuck, 3-4 accepting help, 5-6 trying,
7-8 finding what works, 9-10 effective parenting). Each reading is agreed between Natalie and
Sarah Ncube and entered on DCP. Targets are for the review conference.

AREA                           JUN-25   NOV-25   JAN-26   TARGET
Physical health                   5        5        4        6
Your well-being                   3        3        2        5
Meeting emotional needs           6        6        5        7
Keeping your children safe        5        5        3        6
Social networks                   4        5        5        6
Education and learning            4        4        3        6
Boundaries and behaviour          6        6        6        7
Family routine                    3        4        2        6
Home and money                    4        4        3        5
Progress to work                  2        2        2        not a focus

------------------------------------------------------------------------------------------
SECTION 4  CHILDREN'S VIEWS
------------------------------------------------------------------------------------------
POPPY (seen alone at school by Kemi, 06/01/2026):
  "Mum stays in bed. I do Reece's tea and his uniform and I wake him up."
  "I don't want Mum to get in trouble. She's not bad, she's just sad."
  "I want to go to drama club on Wednesdays but I can't because of Reece."
  Scaled home 5/10, Gran's 9/10.
REECE (seen alone at school by Kemi, 06/01/2026):
  "My hand hurt for ages. Poppy put butter on it."
  "I like Gran's because she has Sky and does fish fingers."
  "I want Mum to get up and take me to school like before."
  Scaled home 6/10, school 8/10.

------------------------------------------------------------------------------------------
SECTION 5  OUTCOMES FOR THE CHILDREN (what we want by the review conference)
------------------------------------------------------------------------------------------
O1  Poppy and Reece are in school every day and on time (attendance 95% or above).
O2  Poppy and Reece eat breakfast and a hot tea every day, and any illness or injury is seen to
    by an adult the same day.
O3  Poppy is a child at home, not the carer: she does jobs for her age, and goes to drama club.
O4  Reece's burn heals fully and he has his school nurse checks.

------------------------------------------------------------------------------------------
SECTION 6  ACTIONS
------------------------------------------------------------------------------------------
Source tags: [TAF KEPT] carried over unchanged from the TAF plan; [TAF CHANGED AT STEP-UP]
carried over with new wording or timing; [NEW AT STEP-UP] added at the conference.

[A01] [TAF CHANGED AT STEP-UP]
  What .......... Home sessions with Natalie on the morning routine: alarms set, bags and
                  uniforms ready the night before, breakfast on the table by 7.45am.
  Lead .......... Sarah Ncube, family worker, Dowerthorpe Family Hub
  When .......... Mondays and Thursdays at 7.30am for 8 weeks from 12/01/2026
  Evidence ...... Both children in school by 8.40am on the registers; "Family routine" reading
                  agreed by Natalie and Sarah at each core group (target 6)
  Star area ..... Family routine

[A02] [TAF CHANGED AT STEP-UP]
  What .......... First-day call to Natalie at 9am if Reece is not in school; if there is no
                  answer by 9.30am, ring Kemi, who visits or sends the duty worker.
  Lead .......... Mrs Lisa Ward, attendance officer, Dowerthorpe Brookside Primary
  When .......... Every school day
  Evidence ...... Register and call log e-mailed to Kemi every Friday; Reece's attendance 95%
                  or above from 12/01/2026 to the Easter holidays (27/03/2026)
  Star area ..... Education and learning

[A03] [TAF CHANGED AT STEP-UP]
  What .......... First-day call to Natalie at 8.50am if Poppy is not in school, and a call to
                  Kemi if there is no answer by 10am.
  Lead .......... Mr Owen Pike, pastoral manager, Dowerthorpe Academy
  When .......... Every school day
  Evidence ...... Register and call log e-mailed to Kemi every Friday; Poppy's attendance 95%
                  or above from 12/01/2026 to the Easter holidays (27/03/2026)
  Star area ..... Education and learning

[A04] [NEW AT STEP-UP]
  What .......... Home visits seeing Poppy and Reece each on their own, and checking there is
                  food in for breakfast and tea; one visit in two unannounced after school.
  Lead .......... Kemi Oduya, social worker
  When .......... Every week until the review conference
  Evidence ...... Visit records on DCP within 2 working days, with the children's words and
                  what was in the cupboards
  Star area ..... Keeping your children safe

[A05] [TAF CHANGED AT STEP-UP]
  What .......... Step 3 CBT with Natalie for her depression, and a written report before each
                  core group on whether Natalie is making the changes she needs to make to get up
                  and care for Poppy and Reece, what is getting in the way, and how long those
                  changes are likely to take.
  Lead .......... Amira Shah, high intensity therapist, Dowerthorpe Talking Therapies
  When .......... Weekly sessions on Wednesdays from 14/01/2026 for 16 weeks; each report 3
                  working days before the core group
  Evidence ...... Reports on DCP before each core group; Natalie's PHQ-9 score at each session
                  shared with Kemi with Natalie's agreement
  Star area ..... Your well-being

[A06] [NEW AT STEP-UP]
  What .......... Review Natalie's sertraline and her sleep, and write to Kemi on how Natalie's
                  health is affecting her care of Poppy and Reece.
  Lead .......... Dr Helen Marsh, GP, Dowerthorpe Riverside Surgery
  When .......... By 30/01/2026
  Evidence ...... GP letter on DCP by 30/01/2026
  Star area ..... Physical health

[A07] [NEW AT STEP-UP]
  What .......... Young carers assessment for Poppy and, if she is eligible, a place at the
                  young carers' club.
  Lead .......... Jack Reilly, Dowerthorpe Young Carers Service
  When .......... Assessment by 13/02/2026; club every Tuesday, 5pm to 7pm, from the week after
  Evidence ...... Assessment report sent to Kemi; club register
  Star area ..... Meeting emotional needs

[A08] [NEW AT STEP-UP]
  What .......... Check Reece's burn and dressing at school, and do his height and weight.
  Lead .......... Carol Tate, school nurse, Dowerthorpe 5-19 Service
  When .......... Every Monday until the burn is signed off as healed
  Evidence ...... Wound check notes sent to Kemi after each check; healed date recorded on DCP
  Star area ..... Physical health

[A09] [TAF KEPT]
  What .......... Collect Reece from school on Tuesdays and Thursdays, give both children
                  their tea at Mill Croft, and hand them back to Natalie at 6pm.
  Lead .......... Irene Hughes (Gran)
  When .......... Every Tuesday and Thursday, 3.15pm to 6pm
  Evidence ...... School collection log; Irene writes each tea in the family planner, which
                  Kemi reads at visits
  Star area ..... Social networks

[A10] [TAF KEPT]
  What .......... Ring home at 7.30am to check the children are up and dressed, and speak to
                  Poppy and Reece at 7pm.
  Lead .......... Gary Hughes (Dad)
  When .......... Every weekday
  Evidence ...... Gary's call log, shown to Kemi at the monthly weekend visit ([A11]); the
                  children tell Kemi about the calls
  Star area ..... Family routine

[A11] [NEW AT STEP-UP]
  What .......... Weekend home visit to go through the plan with Gary and Natalie together and
                  record Gary's view of the children's care.
  Lead .......... Kemi Oduya, social worker
  When .......... Once a month on a Saturday morning, first on 17/01/2026
  Evidence ...... Visit record with Gary's own words on DCP
  Star area ..... Keeping your children safe

[A12] [NEW AT STEP-UP]
  What .......... Weekly food shop on Saturday with Natalie, from a written list of five
                  breakfasts and five teas for the children, kept on the fridge.
  Lead .......... Gary Hughes (Dad), with Natalie
  When .......... Every Saturday
  Evidence ...... List and receipt seen by Kemi at visits; Sarah checks the cupboards at her
                  Monday session
  Star area ..... Home and money

[A13] [TAF KEPT]
  What .......... Benefits and debt check with Natalie and Gary, and an application to the
                  Dowerthorpe household support fund for a new cooker.
  Lead .......... Hannah Price, money adviser, Dowerthorpe Citizens Advice
  When .......... By 27/02/2026
  Evidence ...... Budget plan and the fund's decision letter sent to Kemi
  Star area ..... Home and money

------------------------------------------------------------------------------------------
SECTION 7  TAF ACTIONS CLOSED (not carried into the plan)
------------------------------------------------------------------------------------------
TAF-04  Apply for free school meals ........................ Done 10/09/2025
TAF-07  Reece's eye test at Dowerthorpe Opticians ........... Done 02/10/2025
TAF-09  "Being a Parent" course ............................. Closed 20/11/2025 (6 of 8
                                                              sessions; replaced by [A01])

------------------------------------------------------------------------------------------
SECTION 8  CONTINGENCY
------------------------------------------------------------------------------------------
TRIGGER 1 ..... Either child is not in school and Natalie cannot be reached by 10am.
RESPONSE ...... The school rings Kemi; Kemi or the duty social worker visits before 12 noon.
                If there is no answer, Kemi asks the police for a welfare check that afternoon.
TRIGGER 2 ..... A child is hurt and not taken for treatment, there is no food in the house, or
                Natalie is in bed and cannot care for the children when a worker visits.
RESPONSE ...... Kemi holds a strategy discussion the same day. Poppy and Reece go to Irene's
                that night, and Gary comes home (his employer has agreed he can be back within
                a day).
TRIGGER 3 ..... Irene cannot collect Reece or have the children (she is unwell or away).
RESPONSE ...... Irene rings Kemi and the school that morning; Dowerthorpe Brookside's
                after-school club keeps Reece until 6pm (place funded by the Family Hub), and
                Poppy goes to drama club or the Academy's homework club until Natalie collects
                them both. If the children need somewhere to stay and neither Irene nor Gary can
                have them, Kemi (or the Emergency Duty Team) finds emergency foster carers that
                night.
LEGAL ......... If either child is harmed again through a lack of care, or either child's
                attendance is below 90% at the February half term, or the Family Star Plus
                readings for "Family routine" and "Keeping your children safe" have not moved by
                the core group on 19/03/2026, Neil Ashworth (team manager) will hold a legal
                planning meeting within 10 working days to decide whether to start
                pre-proceedings under the Public Law Outline.

------------------------------------------------------------------------------------------
SECTION 9  MEETINGS
------------------------------------------------------------------------------------------
CORE GROUP .... Every 4 weeks, Thursdays at 4pm, Dowerthorpe Family Hub: 22/01/2026,
                19/02/2026, 19/03/2026
RCPC .......... 02/04/2026 at 10am, Dowerthorpe Civic Offices
DISTRIBUTION .. Natalie and Gary Hughes, Irene Hughes, both schools, GP, Talking Therapies,
                school nurse, Family Hub, Young Carers Service, Citizens Advice

END OF PRINT                                                                 Page 1 of 1
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. MARAC safety plan joined to the children's child protection plan: the
#    MARAC actions table and the child protection actions table, while the
#    family move to a refuge in another council. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b221_drindlecote_marac_actions_joined_cp_table_refuge_move_whitmore.md",
    "split": "heldout",
    "actions": 12,
    "template": "marac-safety-plan-joined-to-cp-plan-md-reference-table-risk-summary-from-marac-the-children-facts-only-what-the-plan-is-for-then-marac-actions-table-ref-agency-action-owner-due-evidence-update-then-cp-actions-table-no-what-needs-to-happen-who-when-how-well-know-then-safety-contingency-transfer-and-meetings",
    "description": (
        "A MARAC safety plan joined to the child protection plan (emotional abuse) for a 7-year-old and a "
        "3-year-old after their mother was punched and threatened with death by the younger child's father "
        "(DASH 18, high risk; he is on police bail); the mother is taking a refuge place in another "
        "council, so the children's plan will transfer. A reference table, the risk summary from the MARAC, "
        "the children's details (facts only), what the plan is for, then the MARAC actions table (Ref / "
        "Agency / Action / Owner / Due / Evidence / Update) and the child protection actions table (No. / "
        "What needs to happen / Who / When / How we'll know), a safety contingency with a legal planning "
        "meeting, and the transfer. Faults: the IDVA's weekly safety planning paused while the family move "
        "and handed to the receiving council's service after the transfer; the police's bail checks "
        "evidenced only by 'Monitored by police'; the learning mentor's sessions for Leo 'As and when "
        "needed'; no wishes, feelings or views of either child anywhere (the plan notes they were not "
        "gathered); and the review conference left to the receiving council with no date."
    ),
    "text": """\
# Drindlecote MARAC and Child Protection Plan (joined)

**Drindlecote Community Safety Partnership** and **Drindlecote Council Children's Services**

This document joins the safety plan agreed at the Drindlecote MARAC on 08/01/2026 to the children's
child protection plan agreed at the initial child protection conference on 14/01/2026, so that every
agency works from one list. MARAC actions keep their MARAC reference.

| Reference | Detail |
|---|---|
| MARAC case | DRM-26-0042, heard 08/01/2026 (chair: DI Sean Holt, Drindlecote Police) |
| Adult at risk | Jade Whitmore (27) |
| Children | Leo Whitmore, born 12/05/2018 (7), Year 3 at Drindlecote Vale Primary; Mia Barton, born 30/09/2022 (3), Drindlecote Little Oaks Nursery |
| Person causing harm | Kyle Barton (29), Mia's father |
| Category | Emotional abuse (both children) |
| Social worker | Laura Finch, Drindlecote Children's Services, Assessment and Intervention Team (team manager: Graham Pryce) |
| IDVA | Priya Shah, Drindlecote Domestic Abuse Service |
| Police | PC Aaron Kelsall, Drindlecote Police Domestic Abuse Unit |

## Risk summary (from the MARAC)

- DASH risk checklist 18/27 (high risk), completed by PC Kelsall on 28/12/2025.
- 28/12/2025: Kyle punched Jade in the face at 16 Fenwick Road, took her phone and said he would kill
  her if she left. The children were at home at the time. Kyle was arrested the next day and released
  on police bail until 20/02/2026: not to contact Jade directly or indirectly, and not to enter Fenwick
  Road.
- Three earlier police call-outs in 2025 (March, July, October); Jade did not support prosecution.
- Jade has accepted a refuge place at Dunsallow Women's Refuge, in Dunsallow Borough Council's area,
  from 26/01/2026. Leo and Mia will move with her. The child protection plan will transfer to
  Dunsallow Borough Council.

## The children

Leo is in Year 3 at Drindlecote Vale Primary; his attendance this year is 93%. Mia goes to Drindlecote
Little Oaks Nursery three mornings a week. Both children are registered at Drindlecote Green Surgery.
Children's views: not gathered for the MARAC or the conference.

## What the plan is for

- Leo and Mia live safely with their mum, away from Kyle and his violence, and the refuge's address is
  kept from him.
- Leo and Mia keep going to school and nursery up to the move, and start a new school and nursery
  within two weeks of it.
- Leo and Mia have the health and development checks they are due, and their new school, GP and
  health visitor know their history on the day they start.

## MARAC actions

| Ref | Agency | Action | Owner | Due | Evidence | Update |
|---|---|---|---|---|---|---|
| M1 | Police | Check Kyle's compliance with his bail conditions (no contact with Jade, not to enter Fenwick Road) | PC Aaron Kelsall, DA Unit | Weekly until the bail date, 20/02/2026 | Monitored by police | Bail checks started 09/01 |
| M2 | IDVA | Weekly safety planning sessions with Jade to pause while the family move, and be picked up by Dunsallow's IDVA service once the case transfers | Priya Shah, IDVA | Within 2 weeks of the transfer-in conference | Dunsallow IDVA's acceptance e-mail on file | Referral form drafted |
| M3 | Housing | Confirm Jade's refuge place with Dunsallow Women's Refuge and book transport for Jade, Leo and Mia on moving day | Beth Carey, housing options officer, Drindlecote Council | By 23/01/2026 | Refuge's written confirmation and the taxi booking on the housing file | Place offered 07/01 |
| M4 | Health | Put a MARAC flag on Jade's, Leo's and Mia's GP records and tell the health visitor | Dr Omar Haq, safeguarding lead GP, Drindlecote Green Surgery | By 16/01/2026 | Flag confirmed by e-mail to the MARAC coordinator | |
| M5 | Education | Set a collection password for Leo and Mia and give school and nursery the list of adults who may collect them | Mrs Julie Grant, DSL, Drindlecote Vale Primary | By 16/01/2026 | Password and named-adults list on both settings' files | |
| M6 | Police | Tell Laura and Priya within 24 hours of any breach, arrest or charging decision involving Kyle | PC Aaron Kelsall, DA Unit | Within 24 hours of each event | E-mail on the children's file | |

## Child protection actions

| No. | What needs to happen | Who | When | How we'll know |
|---|---|---|---|---|
| 1 | Visit Jade, Leo and Mia at home, and then at the refuge | Laura Finch, social worker | Every week until the transfer-in conference | Visit records on the case file within 2 working days |
| 2 | Send the transfer request, this plan and the case records to Dunsallow Borough Council's children's services | Laura Finch, social worker | By 23/01/2026 | Dunsallow's written acknowledgement on file |
| 3 | Learning mentor sessions for Leo about feelings and worries at home | Mrs Tess Cole, learning mentor, Drindlecote Vale Primary | As and when needed | Session notes shared with Laura |
| 4 | Mia's development review with an ASQ-3 before she moves | Helen Ford, health visitor, Drindlecote 0-19 Service | By 23/01/2026 | ASQ-3 scores sent to Laura and to the Dunsallow health visitor |
| 5 | Register Leo at a primary school and Mia at a nursery near the refuge, with the refuge's help | Jade Whitmore (Mum) | Within 2 weeks of moving in | School and nursery offer letters seen by Laura |
| 6 | Sessions for Leo and Mia in the refuge's children's programme | Nikki Shore, children's worker, Dunsallow Women's Refuge | Weekly from the first week in the refuge | Session records sent to Laura until the transfer-in conference, then to the Dunsallow social worker |

## Safety contingency

- If Kyle comes to Fenwick Road, to the school or nursery, or to the refuge, or contacts Jade in any way,
  Jade (or the school, nursery or refuge staff) rings 999 and quotes the MARAC marker; the police attend
  and arrest Kyle for the breach, and Laura holds a strategy discussion with the police the same day.
- If the refuge's address becomes known to Kyle, Priya (or the Dunsallow IDVA after the move) finds
  Jade and the children another refuge place that day.
- If Jade goes back to Kyle, or lets him see the children outside an agreed arrangement, Laura holds a
  strategy discussion that day and Graham Pryce (team manager) holds a legal planning meeting within 5
  working days.

## Transfer and meetings

- Core group: 21/01/2026 at 2pm, Drindlecote Vale Primary, before the move.
- Transfer-in conference: to be arranged by Dunsallow Borough Council; date to be confirmed.
- Review child protection conference: to be arranged by Dunsallow after the transfer-in conference.
- MARAC: the case will be flagged to Dunsallow MARAC by the Drindlecote MARAC coordinator after the move.

Plan shared with Jade and every MARAC and core group agency on 15/01/2026. Kyle receives no copy.
""",
    "findings": [
        F("X001", "safety planning sessions with Jade to pause while the family move"),
        F("M002", "Check Kyle's compliance with his bail conditions"),
        F("T002", "Learning mentor sessions for Leo about feelings and worries"),
        F("F003"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Family Safeguarding pre-birth plan with the team's adult workers: stage
#    tables for now to 36 weeks, the birth and the ward, and discharge and
#    the first eight weeks. Page header and footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b221_duffleworth_family_safeguarding_prebirth_stage_tables_brennan.pdf",
    "doc_title": "Family Safeguarding Pre-birth Child Protection Plan - Baby Brennan-Pike and Tia Brennan",
    "split": "heldout",
    "actions": 21,
    "min_pages": 3,
    "header": "OFFICIAL-SENSITIVE · Duffleworth Council · Family Safeguarding pre-birth plan",
    "footer": "Baby Brennan-Pike (due 23/03/2026) and Tia Brennan · Pre-birth conference 12/01/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "family-safeguarding-prebirth-cp-plan-paged-header-footer-family-kv-the-team-around-the-family-table-with-adult-workers-why-parents-health-tias-words-the-babys-world-now-what-we-want-then-stage-tables-now-to-36-weeks-birth-and-ward-discharge-and-first-eight-weeks-what-will-happen-who-when-how-we-will-know-then-if-things-go-wrong-by-stage-fallback-legal-meetings",
    "description": (
        "Exemplary Family Safeguarding pre-birth child protection plan for an unborn baby girl (due "
        "23/03/2026) and her 6-year-old half-sister (neglect): the mother has recurrent depression (an "
        "overdose in 2022, postnatal depression after her first child, antidepressants stopped in "
        "pregnancy) and the baby's father smokes cannabis every day in the house. The team's own adult "
        "mental health and substance use practitioners, the perinatal mental health team, the midwife, "
        "the health visitor, the school, the GP, the parents and the maternal grandmother own the work "
        "in three stage tables (now to 36 weeks; the birth and Willow Ward; discharge and the first "
        "eight weeks) with What will happen / Who / When / How we will know. Every adult mental health "
        "row asks for a view on the mother's capacity to change and how long it will take, and the "
        "substance use practitioner gives the same view on the father. Tia's words and the baby's world "
        "now are recorded. The contingency is set out by stage, has a fallback if the grandmother cannot "
        "stay or have Tia, and a legal planning meeting on PLO pre-proceedings after named triggers; "
        "core group dates and the review conference are set."
    ),
    "blocks": [
        ("title", "Pre-birth Child Protection Plan"),
        ("p", "Duffleworth Council Children's Services, Family Safeguarding Team West. In the Family Safeguarding "
              "model the social worker works in one team with adult mental health, substance use and domestic "
              "abuse practitioners, and the whole team plans with the family through motivational "
              "conversations and group case supervision. This plan was agreed at the pre-birth child "
              "protection conference on 12/01/2026, when Chloe was 30 weeks and 2 days pregnant."),
        ("kv", [
            ("Unborn baby", "Baby girl Brennan-Pike, due 23/03/2026, to be born at Duffleworth Royal Infirmary"),
            ("Sister", "Tia Brennan, born 15/06/2019 (6), Year 2 at Duffleworth Orchard Primary School"),
            ("Mum", "Chloe Brennan (24), 8 Kiln Row, Duffleworth DF1 3WA"),
            ("Baby's dad", "Aaron Pike (26), lives with Chloe and Tia; Tia's father is not in touch"),
            ("Grandma", "Lorraine Brennan (52), Chloe's mum, 30 Orchard Way, Duffleworth"),
            ("Category", "Neglect (unborn baby and Tia)"),
            ("Social worker", "Rachel Okoye, Family Safeguarding Team West (team manager: Mark Ellison)"),
        ]),
        ("h1", "The team around the family"),
        ("table", {
            "header": ["Name", "Role", "Works with"],
            "widths": [4.0, 8.0, 5.0],
            "rows": [
                ["Rachel Okoye", "Social worker, Family Safeguarding Team West", "The whole family"],
                ["Ben Harper", "Adult mental health practitioner, Family Safeguarding Team West", "Chloe"],
                ["Lucy Dunn", "Substance use practitioner, Family Safeguarding Team West", "Aaron"],
                ["Dr Anjali Rao", "Consultant perinatal psychiatrist, Duffleworth Perinatal Mental Health Team", "Chloe"],
                ["Sam Kirby", "Perinatal mental health nurse, Duffleworth Perinatal Mental Health Team", "Chloe"],
                ["Gemma Shaw", "Specialist safeguarding midwife, Duffleworth Royal Infirmary", "Chloe and the baby"],
                ["Amy Clarke", "Health visitor, Duffleworth Health Visiting Service", "The baby, Chloe and Aaron"],
                ["Mrs Helen Yates", "Designated safeguarding lead, Duffleworth Orchard Primary", "Tia"],
                ["Dr Farah Malik", "GP, Duffleworth Abbey Surgery", "The whole family"],
            ],
        }),
        ("h1", "Why there is a plan"),
        ("p", "Chloe has had depression since she was 17. After Tia was born she had postnatal depression and "
              "in 2022, after Tia's father left, she took an overdose and spent a week on an adult mental health "
              "ward. She stopped her sertraline when she found out she was pregnant in August 2025, and since "
              "November she has told the midwife she is \"low most days\". Aaron smokes cannabis every day, "
              "mostly in the house in the evenings, and says he needs it to sleep. In December the school found "
              "Tia had come in without breakfast on eight days, and on 11/12/2025 no one collected her until "
              "5pm; Chloe was asleep and Aaron said he had \"lost track of time\". Both parents want to look "
              "after the baby and have taken part in every meeting."),
        ("h1", "What Tia says"),
        ("p", "Rachel saw Tia on her own at school on 07/01/2026. Tia said: \"I'm going to be a big sister. I'm "
              "going to teach her to ride my scooter.\" \"Mummy cries in the bathroom sometimes and I give her "
              "a tissue.\" \"Aaron smells funny when he comes in from the garden.\" \"I want Grandma to come and "
              "stay when the baby comes.\" She drew her family with the baby in a pram and Grandma holding the "
              "handle. She scaled how happy she is at home at 6 out of 10 and at Grandma's at 10."),
        ("h1", "The baby's world now"),
        ("p", "At the 28-week scan the baby was growing on the 40th centile and moving well. Chloe talks to her "
              "bump and has a Moses basket and clothes ready. The baby is living with Chloe's low mood and with "
              "cannabis smoke in the house; Chloe's carbon monoxide reading at the midwife's appointment on "
              "05/01/2026 was 6 ppm (the safe level is under 4)."),
        ("h1", "What we want for the baby and for Tia"),
        ("numbers", [
            "The baby is born safely and goes home to parents who are well enough, free of cannabis and ready to "
            "meet her needs day and night.",
            "The baby is fed, sleeps safely in her own Moses basket, gains weight along her centile, and is seen "
            "by a professional every week for her first eight weeks.",
            "Tia is at school every day, on time and with breakfast, is collected on time, and is not worrying "
            "about or looking after her mum.",
            "The baby and Tia live in a home that is free of smoke.",
        ]),
        ("h1", "The plan by stage"),
        ("h2", "Stage 1. Now to 36 weeks (by 21/02/2026)"),
        ("table", {
            "header": ["No.", "What will happen", "Who", "When", "How we will know"],
            "widths": [1.0, 6.2, 3.4, 3.0, 3.4],
            "rows": [
                ["1.1", "Weekly sessions with Chloe on her mood, her early warning signs and what helped after "
                        "Tia was born, and a written assessment of whether she can make and keep the changes the "
                        "baby needs, and how long that is likely to take",
                 "Ben Harper, adult mental health practitioner", "Weekly from 14/01/2026; assessment by 20/02/2026",
                 "Written assessment shared at the core group on 24/02/2026"],
                ["1.2", "Psychiatric review of Chloe, a perinatal mental health care plan for the birth and the "
                        "first weeks, and a letter on her risk of relapse after the birth and whether she can stay "
                        "well enough to care for the baby, with the likely timescale",
                 "Dr Anjali Rao, perinatal psychiatrist", "Review at 32 weeks (by 26/01/2026); letter by 06/02/2026",
                 "Letter and care plan sent to Rachel and Gemma; care plan filed in Chloe's maternity notes"],
                ["1.3", "Motivational sessions with Aaron on stopping cannabis so the baby comes home to a "
                        "cannabis-free house, a urine drug screen at each session, and a written view of whether he "
                        "can stop and stay stopped, and how long that is likely to take",
                 "Lucy Dunn, substance use practitioner", "Weekly from 15/01/2026; written view by 20/02/2026",
                 "Screen results to Rachel each week; written view at the core group on 24/02/2026"],
                ["1.4", "Stop smoking cannabis, keep none in the house, garden or car, and smoke nothing indoors, "
                        "so that the baby and Tia live in a smoke-free home",
                 "Aaron Pike", "From 15/01/2026; screens clear by 36 weeks (21/02/2026)",
                 "Negative urine screens from 36 weeks (1.3); no smell or sign of cannabis at Rachel's visits"],
                ["1.5", "Antenatal appointments with a carbon monoxide reading and Chloe's mood score (EPDS) at each",
                 "Gemma Shaw, safeguarding midwife", "Every 2 weeks to 36 weeks, then weekly",
                 "CO readings (target under 4 ppm) and EPDS scores in the maternity notes, sent to Rachel"],
                ["1.6", "Pre-birth parenting assessment with Chloe and Aaron, including their plan for the baby's "
                        "nights and for Tia's mornings",
                 "Rachel Okoye, social worker", "Report by 20/02/2026",
                 "Report with recommendations shared with Chloe and Aaron and at the core group on 24/02/2026"],
                ["1.7", "Home visits, seeing Tia on her own and checking there is breakfast food in",
                 "Rachel Okoye, social worker", "Every week until the review conference",
                 "Visit records within 2 working days, with Tia's words"],
                ["1.8", "Antenatal contact on safe sleep, feeding and a smoke-free home, with both parents",
                 "Amy Clarke, health visitor", "By 34 weeks (07/02/2026)",
                 "Safe sleep checklist signed by Chloe and Aaron; Moses basket seen in place"],
                ["1.9", "Check in with Tia on Mondays and Fridays, and tell Rachel the same day if Tia is late, "
                        "hungry, not collected or worried about her mum",
                 "Mrs Helen Yates, DSL", "Every Monday and Friday",
                 "CPOMS notes and Tia's attendance sent to Rachel every 2 weeks"],
                ["1.10", "Family network meeting with Chloe, Aaron, Lorraine and Chloe's aunt Janet Brennan to "
                         "agree who helps after the birth and who steps in if they cannot",
                 "Rachel Okoye, social worker", "By 06/02/2026",
                 "Network plan signed by everyone who came, filed before the core group on 24/02/2026"],
            ],
        }),
        ("h2", "Stage 2. The birth and Willow Ward, Duffleworth Royal Infirmary"),
        ("table", {
            "header": ["No.", "What will happen", "Who", "When", "How we will know"],
            "widths": [1.0, 6.2, 3.4, 3.0, 3.4],
            "rows": [
                ["2.1", "Put this plan and the birth plan in Chloe's maternity notes and alert the labour ward "
                        "and Willow Ward",
                 "Gemma Shaw, safeguarding midwife", "By 36 weeks (21/02/2026)",
                 "Alert on the maternity system; birth plan in the notes, seen by Rachel"],
                ["2.2", "Record how Chloe and Aaron feed, hold, settle and respond to the baby, and any sign of "
                        "intoxication or of Chloe's mood dropping, on the ward observation chart",
                 "Willow Ward midwife in charge of each shift", "Every shift from the birth until discharge",
                 "Observation chart e-mailed to Rachel each morning"],
                ["2.3", "Visit Chloe and the baby on the ward, and chair the discharge planning meeting there",
                 "Rachel Okoye, social worker", "Visit within 1 working day of the birth; meeting before discharge",
                 "Visit record; discharge plan signed by Chloe, Aaron and the ward"],
                ["2.4", "See Chloe on the ward, update her care plan, and give a written view of whether she is "
                        "well enough to care for the baby at home, is keeping the changes she has made, and how long any "
                        "further change is likely to take",
                 "Sam Kirby, perinatal mental health nurse", "Before the discharge planning meeting",
                 "Updated care plan and written view sent to Rachel before the meeting"],
                ["2.5", "Look after Tia at Orchard Way while Chloe is in hospital, and take her to and from school",
                 "Lorraine Brennan (Grandma)", "From Chloe's admission until she comes home",
                 "School register; Lorraine texts Rachel each evening"],
            ],
        }),
        ("h2", "Stage 3. Discharge and the first eight weeks at home (until the baby is 8 weeks old)"),
        ("table", {
            "header": ["No.", "What will happen", "Who", "When", "How we will know"],
            "widths": [1.0, 6.2, 3.4, 3.0, 3.4],
            "rows": [
                ["3.1", "Stay at Kiln Row and help with the night feeds",
                 "Lorraine Brennan (Grandma)", "The first 14 nights after discharge",
                 "Lorraine signs the night-feed chart each morning; Rachel reads it at her visits"],
                ["3.2", "New birth visit, then home visits to weigh the baby, check where she sleeps and score "
                        "Chloe's mood (EPDS)",
                 "Amy Clarke, health visitor", "New birth visit at 10 to 14 days, then weekly until 8 weeks",
                 "Weights in the red book, on or above her birth centile; EPDS scores sent to Rachel"],
                ["3.3", "Weekly sessions with Chloe, and a written update on whether she is staying well and "
                        "keeping the changes the baby needs, and how long that is likely to take",
                 "Ben Harper, adult mental health practitioner", "Weekly until the baby is 8 weeks old; an update "
                        "before each core group",
                 "Written update at each core group"],
                ["3.4", "Urine drug screens for Aaron, with his view and Lucy's of how he is managing without "
                        "cannabis at home with a new baby",
                 "Lucy Dunn, substance use practitioner", "Weekly until the baby is 8 weeks old",
                 "Results and notes to Rachel within 2 working days"],
                ["3.5", "Home visits, seeing the baby awake and in her sleeping place, and Tia on her own",
                 "Rachel Okoye, social worker", "Twice a week for the first 2 weeks after discharge, then weekly",
                 "Visit records with what Rachel saw and Tia's words"],
                ["3.6", "The baby's 6 to 8 week check, and Chloe's postnatal check including her mood and whether "
                        "to restart medication",
                 "Dr Farah Malik, GP", "When the baby is 6 to 8 weeks old",
                 "GP letter to Rachel within a week of the checks"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "Before the birth: if Aaron's screens are not clear by 36 weeks, or Chloe's EPDS score is 13 or more, "
            "or she talks of harming herself, Ben tells Rachel that day and the perinatal team sees Chloe within "
            "48 hours (the crisis team the same day if she is at risk); Rachel holds a strategy discussion the "
            "same day if Chloe is at risk, and Mark Ellison (team manager) holds a legal planning meeting within "
            "5 working days to decide whether to start pre-proceedings under the Public Law Outline before the "
            "birth.",
            "On the ward: if either parent is intoxicated, or Chloe is too unwell to care for the baby, the baby "
            "stays on the ward in the midwives' care and is not discharged; Aaron is asked to leave the ward; "
            "Rachel holds a strategy discussion that day and the discharge planning meeting decides whether the "
            "baby goes home with Lorraine staying, or to foster carers found by Rachel.",
            "After discharge: if the baby loses weight or is found sleeping unsafely, or cannabis is found or "
            "smelt in the house, Amy or Rachel visits that day; the baby and Tia go to Lorraine's that night and "
            "Rachel holds a strategy discussion the same day.",
            "If Lorraine cannot stay the 14 nights or have Tia (she is unwell or her work changes), Janet Brennan "
            "stays instead, as agreed at the network meeting. If neither can, Rachel arranges a mother-and-baby "
            "foster placement for Chloe and the baby that day, and Tia stays with Chloe and the baby, or with "
            "emergency foster carers if that placement cannot take her.",
            "If Aaron's screens are positive after the birth, or Chloe stops her sessions with Ben or the perinatal "
            "team, Mark Ellison will hold a legal planning meeting within 5 working days.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks at the Family Safeguarding hub, Kiln Street, Tuesdays at 10am: "
            "27/01/2026, 24/02/2026 and 24/03/2026. A discharge planning meeting on Willow Ward before discharge.",
            "Group case supervision on the family every four weeks, the week before each core group.",
            "Review child protection conference: 07/04/2026 at 2pm, Duffleworth Town Hall.",
        ]),
        ("p", "Plan shared with Chloe, Aaron and Lorraine on 13/01/2026, and with every agency in the team around "
              "the family."),
    ],
    "findings": [],
})
