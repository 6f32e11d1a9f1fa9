"""Batch 28, module 1: seven fictional exemplary plans (tuning material).

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.

All seven are exemplary (no finding expected). Their actions sit in tables,
forms and labelled case-system blocks of different shapes, and each says how
progress will be known in its own everyday way: a column with an unusual
header, a "so that ..." clause inside the action cell, the check the core
group will look at, counts and targets, "Mum and Dad will show us ...",
what the school or nursery will report. Non-action tables (contacts,
chronology, worries, strengths, home conditions scores, missing episodes,
attendance) sit beside them.
"""
from build_batch5 import F, V  # noqa: F401  (F kept for the shared format)

PLANS = []


# ---------------------------------------------------------------------------
# 1. ICPC plan, landscape docx: contacts table, worries / going well table,
#    then a transposed step grid (one column per step; rows What / Who /
#    When / How we'll know). Exemplary.
# ---------------------------------------------------------------------------
_STEPS_1A = [
    ("Visit Kit and Poppy at home, see Kit on his own, and look at the fridge, the children's beds "
     "and Poppy's nappies and bottles",
     "Rhiannon Tait (SW)",
     "Every 10 working days; every other visit unannounced",
     "Visit notes show Kit seen alone each time, and the home conditions checklist scores 3 or more "
     "out of 4 in every room"),
    ("Assess Leanne's drinking, breath test her at every appointment and agree a written plan for "
     "cutting down safely",
     "Sunil Dass, recovery worker, Marrowgate Recovery Partnership",
     "Weekly appointments from 21/05/2025; written plan by 04/06/2025",
     "Breath test results emailed to the SW every Friday; every reading zero on school mornings; a "
     "letter to each core group saying whether Leanne is keeping to her drink diary"),
    ("Get Kit to school for 8.45am and Poppy to nursery for 9.15am, with breakfast eaten",
     "Leanne Hensley (mum)",
     "Every school and nursery day from 19/05/2025",
     "Ashlea Primary and Little Wrens send the SW attendance figures each Friday: Kit 95% or more "
     "with no late marks, Poppy at 9 of every 10 sessions"),
    ("Bring Poppy's 2-year review forward, check her speech, and weigh her",
     "Dawn Okafor (HV)",
     "2-year review by 13/06/2025; weighed every 4 weeks after that",
     "ASQ-3 scores and weights in the red book and copied to the SW; Poppy's weight back on the "
     "25th centile by the review conference"),
    ("Check in with Kit every week using his worry jar, and pass on anything he says about home",
     "Mr Gareth Pim, DSL, Ashlea Primary",
     "Every Monday in term time",
     "Check-in sheet records what Kit says in his own words; any worry about home is rung through "
     "to the SW the same day"),
]
_STEPS_1B = [
    ("Walk Kit to school on Tuesdays and Thursdays, and have Kit and Poppy to stay every Saturday night",
     "Carol Hensley (Nanna, mum's mum)",
     "Tue and Thu from 20/05/2025; every Saturday, 4pm to Sunday 11am",
     "Kit's register shows him in by 8.45am on Tuesdays and Thursdays; Carol signs the overnight "
     "sheet on the fridge, which the SW checks at each visit"),
    ("Collect Poppy from nursery every Wednesday and give both children their tea at her flat",
     "Jodie Hensley (auntie, mum's sister)",
     "Every Wednesday: Poppy at 12pm, Kit at 3.15pm, both home by 6pm",
     "Little Wrens' collection book shows Jodie signing Poppy out every Wednesday"),
    ("See Leanne about her drinking and her sleep, check her liver function, and tell the SW how "
     "her drinking affects her care of Kit and Poppy",
     "Dr Ellen Frome, GP, Copse Lane Surgery",
     "Appointment by 30/05/2025, then every 8 weeks",
     "GP letter to the SW after each appointment with the blood results and her view on Leanne's "
     "care of the children"),
    ("Six sessions with Leanne on the children's routines: bedtimes, meals and getting out of the "
     "house in the morning",
     "Tasha Greaves (FSW)",
     "Weekly, w/c 26/05/2025 to w/c 30/06/2025",
     "Leanne will show Tasha a bedtime chart kept for 4 weeks; Kit in bed by 7.30pm on at least 5 "
     "nights a week"),
]


def _grid(steps, first):
    header = [""] + [f"Step {first + i}" for i in range(len(steps))]
    rows = [
        ["What will happen"] + [s[0] for s in steps],
        ["Who"] + [s[1] for s in steps],
        ["When"] + [s[2] for s in steps],
        ["How we'll know"] + [s[3] for s in steps],
    ]
    n = len(steps)
    w = (25.7 - 3.0) / n
    return ("table", {"header": header, "rows": rows, "widths": [3.0] + [w] * n, "bold_first_col": True})


PLANS.append({
    "name": "b28_marrowgate_transposed_step_grid_hensley.docx",
    "doc_title": "Child Protection Plan - Kit and Poppy Hensley",
    "split": "tune",
    "template": "icpc-plan-landscape-contacts-and-worried-going-well-tables-then-transposed-step-grid-one-column-per-step",
    "description": (
        "Exemplary ICPC plan (neglect; mother's daily drinking) for a 6-year-old and a toddler, on "
        "landscape pages: a contacts table and a worried about / going well table, then the plan as "
        "a transposed grid where each column is a step and the rows are What / Who / When / How we'll "
        "know. Recovery service and GP own actions, measures are attendance figures, breath tests, a "
        "home conditions score and a bedtime chart; Nanna's and the aunt's help is covered in a "
        "specific contingency; core group and review dates; legal planning meeting."
    ),
    "landscape": True,
    "font_size": 9.5,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Marrowgate Metropolitan Borough Council – Children's Services, Safeguarding Team East"),
        ("kv", [
            ("Children", "Kit Hensley (6, born 02/02/2019) and Poppy Hensley (20 months, born 11/09/2023)"),
            ("Address", "14 Quarry View, Marrowgate"),
            ("Mum", "Leanne Hensley (29)"),
            ("Dads", "Kit's dad, Aaron Shaw, lives abroad and has no contact. Poppy's dad, Jordan Pryde, "
                     "has not seen her since March 2024 and did not come to conference."),
            ("Conference", "Initial child protection conference, 12/05/2025 – both children made subject "
                           "to a plan, category neglect"),
            ("Chair", "Hazel Brind, Child Protection Chair"),
            ("Social worker", "Rhiannon Tait (SW), 07700 900 318"),
        ]),
        ("h1", "People in Kit and Poppy's lives"),
        ("table", {
            "header": ["Name", "Who they are", "How to reach them"],
            "widths": [6.0, 12.0, 7.7],
            "rows": [
                ["Carol Hensley", "Nanna (mum's mum), five minutes' walk away; works early shifts at the bakery", "07700 900 127"],
                ["Jodie Hensley", "Auntie (mum's sister), lives on the Ridge estate", "07700 900 554"],
                ["Mr Gareth Pim", "Designated safeguarding lead (DSL), Ashlea Primary – Kit is in Year 1", "School office 01632 960 732"],
                ["Shona Petts", "Poppy's keyworker, Little Wrens Nursery", "01632 960 219"],
                ["Dawn Okafor", "Health visitor (HV), Marrowgate East 0-19 team", "01632 960 884"],
                ["Sunil Dass", "Recovery worker, Marrowgate Recovery Partnership", "01632 960 405"],
                ["Dr Ellen Frome", "GP, Copse Lane Surgery", "01632 960 660"],
                ["Tasha Greaves", "Family support worker (FSW), Safeguarding Team East", "01632 960 318"],
                ["Emergency Duty Team", "Out of hours: 5pm to 8.30am and weekends", "01632 960 999"],
            ],
        }),
        ("h1", "What we are worried about, and what is going well"),
        ("table", {
            "header": ["Worried about", "Going well"],
            "widths": [12.85, 12.85],
            "rows": [
                ["On 3 April police found Leanne asleep and hard to wake at 6pm, with Poppy in her cot in a "
                 "soaked nappy and Kit making himself toast. Leanne told conference she drinks two or three "
                 "bottles of wine most days, more at weekends.",
                 "Leanne rang the Recovery Partnership herself on 28 April and has been to both "
                 "appointments offered so far. She was open with conference about how much she drinks."],
                ["Kit's attendance this year is 81% and he has been late 19 times. He has come in without "
                 "breakfast on most Mondays.",
                 "Kit is doing well with his reading and is proud of his certificates. His teacher says "
                 "he is kind to younger children."],
                ["Poppy has dropped from the 50th to the 9th centile for weight since her 1-year check and "
                 "says only a few words.",
                 "Carol sees the children most days and has always stepped in when asked. Jodie has offered "
                 "Wednesdays."],
                ["At 2 of 4 visits the fridge was empty apart from milk, and there were empty bottles in the "
                 "kitchen and bathroom.",
                 "The children are warm and close to their mum; Poppy runs to her when she comes to nursery."],
            ],
        }),
        ("h1", "What Kit says, and what we see for Poppy"),
        ("p", "I saw Kit on his own in the school library on 8 May. He said \"Mummy's wine juice makes her "
              "sleepy\" and that when she is asleep he \"does toast and the telly\". He said he likes "
              "Nanna's because \"we have fish fingers at the table and she does my reading\". His three "
              "wishes were a bike, \"Mummy not sleepy\" and to go to Nanna's every weekend. He asked if he "
              "was in trouble for telling the police lady; I told him he was not."),
        ("p", "Poppy was observed at nursery and at home. She eats quickly and asks for more, and her "
              "keyworker says she is often very hungry on Monday mornings. She has nappy rash most weeks. "
              "She points and babbles rather than using words, goes straight to her mum for a cuddle at "
              "pick-up, and settles well for Carol."),
        ("h1", "What we want for Kit and Poppy"),
        ("bullets", [
            "Kit and Poppy are looked after every day and night by an adult who is sober and awake, and "
            "Kit is never the one in charge.",
            "Kit gets to school on time every day with breakfast inside him, and tells his teacher he is "
            "not worried about Mummy being sleepy.",
            "Poppy's weight gets back to the 25th centile, she goes to nursery every session and her "
            "words start to catch up.",
        ]),
        ("pagebreak",),
        ("h1", "The plan"),
        ("p", "Each column is one step. Read it downwards: what will happen, who will do it, when, and how "
              "we will know it is working."),
        _grid(_STEPS_1A, 1),
        ("pagebreak",),
        _grid(_STEPS_1B, 6),
        ("h1", "If things go wrong"),
        ("p", "If Leanne is found to have been drinking while she is the only adult with Kit and Poppy, if "
              "a breath test on a school morning is not zero, or if Kit is not in school and nobody has "
              "rung by 10am, the SW (or the Emergency Duty Team out of hours) will visit the same day. The "
              "children will go to Carol's house and stay there while a strategy discussion is held within "
              "24 hours. If Carol cannot have them, or tells us she can no longer help, the SW will place "
              "Kit and Poppy together with approved foster carers that day. If Carol or Jodie cannot do a "
              "school run or a Wednesday pick-up, Leanne will ring Mr Pim or Little Wrens by 8am and the "
              "SW will visit the home that morning to see both children. If there is a second incident of "
              "Leanne drinking while caring for the children, the team manager will request a legal "
              "planning meeting within 5 working days."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group: every 4 weeks – 22/05/2025 (first meeting), 19/06/2025 and 17/07/2025, 10am at "
            "Ashlea Primary.",
            "Review child protection conference: 07/08/2025 at 10am, Marrowgate Civic Offices.",
            "If by the core group on 19/06/2025 Leanne's breath tests are not clear on school mornings or "
            "Kit's attendance is still below 90%, the SW will request a legal planning meeting (PLO).",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Review CP plan, PDF with header and page footer: chronology table,
#    then an action table whose fourth column names what the core group
#    will look at. Mother with bipolar disorder; CMHT assesses change.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b28_melverby_rcpc_core_group_check_column_quinlan.pdf",
    "doc_title": "Review Child Protection Plan - Maisie and Josh Quinlan",
    "split": "tune",
    "template": "rcpc-plan-chronology-since-icpc-table-then-action-table-what-the-core-group-will-look-at-column-paged",
    "description": (
        "Exemplary review CP plan (neglect; mother's bipolar disorder, a 14-year-old young carer and a "
        "9-year-old) with an OFFICIAL-SENSITIVE header and 'Page N of M' footer: a chronology table "
        "since the first conference, the children's words, outcomes, then an action table whose last "
        "column names the evidence the core group will look at (printouts, a contact diary, a worry "
        "scale, written reports). CMHT care coordinator and psychiatrist report on capacity to change; "
        "dad and aunt in a specific contingency with a foster care fallback; legal planning meeting."
    ),
    "header": "OFFICIAL-SENSITIVE | Melverby Council Children's Services | CP plan ref MEL-CP-0962",
    "footer": "Quinlan – review child protection plan – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Review Child Protection Plan"),
        ("kv", [
            ("Children", "Maisie Quinlan (14), Year 9, Brackenholt High; Josh Quinlan (9), Year 4, Holme "
                         "Park Primary"),
            ("Living with", "Siobhan Quinlan (mum), 31 Wickham Drive, Melverby"),
            ("Dad", "Declan Quinlan, separated, lives in Farley Lane, Melverby (ten minutes by car)"),
            ("Review conference", "05/06/2025 – plan continues, category neglect"),
            ("Chair", "Anil Rao"),
            ("Social worker", "Priya Venn, Melverby Children's Services, Safeguarding Team North"),
        ]),
        ("h1", "What has happened since the plan started"),
        ("table", {
            "header": ["Date", "What happened", "Where this comes from"],
            "widths": [2.6, 10.6, 3.8],
            "rows": [
                ["14/02/2025", "Siobhan admitted to Fernhill Ward, Melverby General, under section 2 after "
                               "stopping her lithium in January. Maisie had looked after Josh on her own for "
                               "four days and missed school.", "Police log; Brackenholt High"],
                ["17/02/2025", "Strategy discussion. Children stayed with Declan while Siobhan was in hospital.",
                 "Strategy record"],
                ["13/03/2025", "Initial child protection conference: both children made subject to a plan.",
                 "ICPC minutes"],
                ["28/03/2025", "Siobhan discharged on lithium with a CMHT care coordinator, Owen Fairley. "
                               "Children home with her from 04/04/2025.", "Discharge summary"],
                ["April–May", "Lithium levels in range at 3 of 3 tests. Maisie's attendance 92% (71% in "
                              "the spring term); Josh's 97%.", "GP; school printouts"],
                ["19/05/2025", "Siobhan slept badly for a week after her mother died. She rang Owen herself, "
                               "her medication was adjusted and the children stayed two nights with Declan.",
                 "CMHT; SW visit note"],
                ["05/06/2025", "Review conference: plan continues for three months so that Siobhan's health "
                               "can be seen to hold through the summer holidays, when school will not be "
                               "seeing the children.", "RCPC"],
            ],
        }),
        ("h1", "What Maisie and Josh told us"),
        ("p", "Maisie (seen alone at school, 29/05/2025): \"It's loads better than before. Mum's taking her "
              "tablets, I check.\" She said she still does most of the cooking and gets Josh up, and that "
              "she would like \"to go to the young carers' thing and not have to be the one who notices\". "
              "She is worried about the summer because \"there's no school to go to if it goes wrong\". She "
              "wants to stay living with her mum."),
        ("p", "Josh (seen alone at home, 27/05/2025) put himself at 6 on his worry scale (10 is very "
              "worried). He said \"when Mummy went to hospital I didn't know if she was coming back\". He "
              "likes Wednesdays at Dad's \"because we go to the chippy\" and wants someone to tell him "
              "\"if Mum is getting poorly, not just Maisie\"."),
        ("h1", "What we want for Maisie and Josh"),
        ("bullets", [
            "Maisie and Josh are looked after every day by a parent who is well enough to do it, and "
            "Maisie is not the one doing the cooking, the getting up and the noticing.",
            "Maisie goes to school every day (95% or more), has time for herself and goes to the young "
            "carers' group.",
            "Josh knows what will happen if Mum becomes unwell, and his worry score comes down.",
        ]),
        ("h1", "The plan from 5 June 2025"),
        ("table", {
            "header": ["What will happen", "Who", "When", "What the core group will look at"],
            "widths": [5.4, 3.6, 3.4, 4.6],
            "rows": [
                ["Visit Maisie and Josh at home and see each of them on their own, including at Declan's in "
                 "the summer holidays",
                 "SW Priya Venn",
                 "Every 2 weeks; every other visit unannounced",
                 "The SW's visit notes, with what each child said in their own words, and Maisie's weekly "
                 "jobs list (target: no more than 3 caring jobs a week)"],
                ["Visit Siobhan at home, check her lithium, sleep and early warning signs against her relapse "
                 "plan, and assess whether she can keep making the changes Maisie and Josh need, and how long "
                 "that is likely to take",
                 "Owen Fairley, care coordinator, Melverby Community Mental Health Team (CMHT)",
                 "Weekly visits; written assessment by 24/07/2025",
                 "Owen's written update before each core group (lithium levels, sleep diary, warning signs), "
                 "and his assessment of Siobhan's capacity to change and the likely timescale"],
                ["Outpatient review of Siobhan's medication and relapse plan, with the consultant's view on "
                 "her prognosis and her capacity to change over the summer",
                 "Dr Imogen Salt, consultant psychiatrist, Melverby CMHT",
                 "By 11/07/2025",
                 "Clinic letter copied to the SW with the updated relapse plan and the consultant's view"],
                ["Lithium blood tests and 28-day prescriptions, with results sent to the CMHT and the SW",
                 "Dr Nkem Adeyemi, GP, Rowan Street Surgery",
                 "Every 3 months, next test w/c 16/06/2025; prescriptions every 28 days",
                 "Blood results and prescription collection dates: every level in range and no gap between "
                 "prescriptions"],
                ["Young carer's assessment for Maisie, and a place at the Thursday young carers' group and the "
                 "summer programme",
                 "Lucy Dane, Melverby Young Carers Project",
                 "Assessment by 04/07/2025; group every Thursday",
                 "Assessment shared with Maisie and the SW; the group register, which Lucy brings to each "
                 "core group"],
                ["Have Maisie and Josh every Wednesday after school and on alternate weekends, and ring the SW "
                 "the same day if he has any worry about Siobhan's health",
                 "Declan Quinlan (dad)",
                 "Every Wednesday; alternate weekends from 14/06/2025",
                 "The contact diary Declan keeps: every planned day kept and any worry rung through the same "
                 "day"],
                ["Check in with Maisie every week, and send her attendance and any late marks to the SW",
                 "Mrs Anita Lowry, DSL, Brackenholt High",
                 "Every Monday in term time",
                 "The attendance printout Mrs Lowry brings: 95% or more and no late marks after 9am"],
                ["Weekly sessions with Josh on his worries about Mum, using his worry scale",
                 "Mr Chris Adair, learning mentor, Holme Park Primary",
                 "Every Wednesday from 11/06/2025: 6 sessions before the summer, 4 in September",
                 "Josh's worry scale at the first and sixth sessions, and the mentor's notes of what Josh "
                 "says about home"],
                ["Be the adult Maisie rings if Mum is unwell and Declan can't be reached, and have both "
                 "children overnight at short notice",
                 "Bernie Coyle (Siobhan's sister)",
                 "Same day, whenever Maisie rings",
                 "Maisie shows the SW Bernie's number saved in her phone; Bernie's note of any call, passed "
                 "to the SW the same day"],
                ["Make an 'if Mum is poorly' card with Maisie and Josh, and give a copy to both schools, "
                 "Declan and Bernie",
                 "SW Priya Venn",
                 "By 20/06/2025, and again within a week of any change",
                 "The card itself, with the names and numbers the children chose, and both schools' "
                 "confirmation that they hold a copy"],
            ],
        }),
        ("h1", "If Mum becomes unwell again"),
        ("p", "If Siobhan stops her lithium, sleeps less than 4 hours on two nights running, or shows the "
              "warning signs written in her relapse plan (spending, talking fast, not eating), Maisie, Declan "
              "or any professional will ring Owen Fairley (the CMHT crisis line out of hours) and the SW the "
              "same day. The CMHT will see Siobhan within 24 hours. Maisie and Josh will go to Declan's that "
              "day; if Declan is on nights or cannot be reached, they will go to Bernie. If neither Declan nor "
              "Bernie can have them, the SW (or the emergency duty team) will place them together with foster "
              "carers that night. Maisie will not be left to look after Josh at any point. If Siobhan is "
              "admitted to hospital again, the SW will request a legal planning meeting within 5 working days."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group: every 4 weeks – 26/06/2025, 24/07/2025, 21/08/2025 and 18/09/2025, at Holme Park "
            "Primary (the August meeting at the Melverby family centre).",
            "Review child protection conference: 02/10/2025, 1.30pm, Melverby Town Hall, Room 4.",
            "If Owen's assessment says Siobhan is unlikely to stay well enough to care for the children, or "
            "Maisie's attendance is below 90% at the September core group, the team manager will request a "
            "legal planning meeting.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. ICPC plan in markdown: a worries table (numbered), strengths, the
#    children's words, outcomes, then a worry-keyed action table whose
#    action cells carry the measure in a "so that ..." clause. Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b28_minchcombe_worry_keyed_so_that_cells_farouk.md",
    "split": "tune",
    "template": "icpc-plan-md-numbered-worries-table-strengths-then-worry-keyed-action-table-measure-in-so-that-clause-lead-timing",
    "description": (
        "Exemplary ICPC plan in markdown (domestic abuse; father's daily cannabis use) for an 8-year-old "
        "and a 4-year-old: a numbered worries table and strengths, the children's words and outcomes, "
        "then an action table keyed to the worries whose action cells end in a 'so that ...' clause "
        "saying what will be seen, with Lead and Timing columns. Substance misuse service owns an action; "
        "paternal grandmother supervises contact and the maternal uncle collects from nursery, both "
        "covered by a fallback to the family centre; core group and review dates; legal planning."
    ),
    "text": """\
# Child Protection Plan

**Minchcombe District Council – Children and Families Service**
Initial child protection conference held 15 May 2025 · Category: emotional abuse

| | |
|---|---|
| Children | Amira Farouk (8), Year 3 at St Wilfrid's Primary; Yusuf Farouk (4), Little Oaks Nursery |
| Live with | Nadia Farouk (mum), 9 Linnet Close, Minchcombe |
| Dad | Karim Farouk – living with his mother, Khadija Farouk, at 22 Station Terrace since 2 May 2025 |
| Social worker | Ceri Hollis, Safeguarding Team 3 – 01632 960 771 |
| Conference chair | Malcolm Dyer |

## What we are worried about

| No. | Worry | Who told us |
|---|---|---|
| W1 | Amira and Yusuf have seen and heard their dad hurting their mum. On 26 April Karim grabbed Nadia by the throat in the kitchen while Yusuf was at the table; Amira rang her uncle from the bathroom. Police have been called three times since October. | Police; Amira; Nadia |
| W2 | Karim smokes cannabis every day, including in the house, and is quick to anger when he hasn't. He told the SW he "can't sleep without it". | Karim; Nadia |
| W3 | Yusuf has missed a third of his nursery sessions this term, is not dry in the day and uses only a few two-word phrases. | Little Oaks Nursery; HV |

## What's going well

- Nadia rang the police herself on 26 April and has kept Karim away from the house since. Bail
  conditions stop him coming to Linnet Close until 30 May.
- Karim told conference he wants to keep seeing the children and agreed that his mum will
  supervise. He has booked his own appointment with the substance misuse service.
- Amira is doing well at school, reads above her age and has a best friend, Leah.
- Nadia's brother, Sami Haddad, lives nearby and has offered to help with nursery pick-ups.

## What Amira and Yusuf have told us

Amira (seen on her own at school, 8 May): "When they shout I get Yusuf and we go under my duvet
with cartoons on loud." She said she misses her dad "but not the shouting one" and that she wants
him "to come for tea when he's nice again". She gave home a 4 out of 10 for feeling safe "because
Daddy might come back angry". She would like to keep seeing Nana Khadija.

Yusuf (at nursery, 9 May) played "police" with the small world figures and put the daddy figure in
the car "because he was naughty". His keyworker says he jumps at loud noises and hides under the
table when other children shout.

## What we want for Amira and Yusuf

1. Amira and Yusuf live without shouting, hitting or threats at home, and Amira says she feels safe
   at bedtime.
2. They see their dad only when he is sober and another adult is with them, and they come back from
   contact calm.
3. Yusuf goes to nursery every session, is dry in the day by Christmas and can be understood by
   adults outside the family.

## The plan

Each step says what will be done and then, after "so that", what we will see if it is working.

| Worry | What will be done, so that… | Lead | Timing |
|---|---|---|---|
| W1 | See Amira on her own at school and do her "safe and unsafe places" map with her, so that each visit note records in Amira's own words whether she has seen or heard any fighting, and her safety score out of 10. | SW Ceri Hollis | Every 2 weeks; map redone monthly |
| W1 | Visit Nadia, Amira and Yusuf at home, at least one visit in three unannounced, so that the SW sees both children's rooms and the visit notes show who was in the house. | SW Ceri Hollis | Every 2 weeks, alternating with the school visit |
| W1 | Complete a safety plan with Nadia and help her apply for a non-molestation order, so that the SW has a copy of the signed safety plan and the court's order or hearing date. | Grace Ellery, IDVA, Minchcombe Domestic Abuse Service | Safety plan by 30/05/2025; application by 13/06/2025 |
| W1 | Karim will start the Changing Course programme for men who use abuse, so that the facilitator's register shows him at 20 or more of the 22 sessions and her mid-point report is sent to the SW. | Karim Farouk; facilitator Lewis Brandt | Starts 04/06/2025; mid-point report by 30/07/2025 |
| W2 | Assess Karim's cannabis use and test him fortnightly, so that the test results reach the SW every month and show whether he is cannabis-free before any unsupervised contact is discussed. | Jess Coombe, Minchcombe Substance Misuse Service | Assessment by 23/05/2025; tests every 2 weeks |
| W2 | Supervise Karim's contact with Amira and Yusuf at her house, so that every visit is written in the contact book and signed by her, and any visit where Karim smells of cannabis is ended and rung through to the SW that day. | Khadija Farouk (paternal grandmother) | Every Sunday, 2pm to 4pm |
| W3 | Collect Yusuf from nursery on the days Nadia is at college, so that the nursery's collection log shows Sami or Nadia signing him out every time. | Sami Haddad (maternal uncle) | Every Tuesday and Thursday, 12pm |
| W3 | Refer Yusuf to speech and language therapy and start a toileting plan with Nadia, so that the SALT acceptance letter is on file and the same toileting chart is kept at home and at nursery, showing dry days each week. | HV Orla Mahoney | Referral by 23/05/2025; toileting plan started by 06/06/2025 |
| W3 | Send the SW Yusuf's attendance and the toileting chart, so that the SW can see he attends at least 9 of every 10 sessions. | Ruth Salisbury, keyworker, Little Oaks Nursery | Every Friday |

## If things go wrong

If Karim comes to the house or contacts Nadia against his bail conditions or the court order,
Nadia will ring 999 and the police will attend; the SW will hold a strategy discussion the next
working day. If Karim arrives at contact smelling of cannabis or is aggressive, Khadija will end
the visit, Karim will leave, and Khadija will ring the SW that day; contact then stops until the
core group agrees it can restart.

If Khadija cannot supervise, or lets Karim take the children out on his own, contact moves to the
Minchcombe Family Centre, supervised by centre staff, and the SW will book it within 5 working
days. If Sami cannot collect Yusuf, Nadia will miss that college session and collect him herself
(her tutor has agreed this), and will tell the nursery by 10am who is coming.

If Nadia lets Karim back into the house, or there is another incident of violence with the children
there, the SW will request a legal planning meeting within 5 working days.

## How we'll keep the plan on track

- **Core group:** every 4 weeks – 29 May 2025 (first), 26 June 2025 and 24 July 2025, 1.30pm at
  Little Oaks Nursery.
- **Review child protection conference:** 21 August 2025, 10am, Minchcombe District Offices.
- If the core group on 24 July finds Karim is still using cannabis every day, or Yusuf's attendance
  is still below 80%, the SW will take the plan to the team manager and request a legal planning
  meeting.

*Plan written by Ceri Hollis (SW) with Nadia on 16 May 2025. Copies: Nadia, Karim, all agencies above.*
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Looked-after baby on a neonatal unit: case-system print with one
#    labelled block per plan step ("Progress shown by:"), a contacts list
#    and a contact log that are not actions. Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b28_mottisley_nnu_case_print_plan_steps_oakes.txt",
    "split": "tune",
    "template": "lac-nnu-cp-plan-careview-print-bracket-numbered-step-blocks-progress-shown-by-line-contacts-and-contact-log-txt",
    "description": (
        "Exemplary ICPC plan for a 2-week-old baby with neonatal abstinence syndrome, accommodated under "
        "section 20 and still on the neonatal unit (mother on methadone, heroin use in pregnancy), as a "
        "case-system print: numbered step blocks with Step / Worker / When / Progress shown by / Step "
        "status lines, then a contacts list and a contact log that are not actions. SW visits twice a "
        "week and the foster carer daily; drug service owns testing; specific contingency with police "
        "protection and a second foster carer; core group, LAC review and review conference dates; PLO."
    ),
    "text": """\
MOTTISLEY BOROUGH COUNCIL                         CHILDREN'S SERVICES
CareView case record - document print           Printed 16/05/2025 11:42
                                                 by HCREWE (Hannah Crewe)
=======================================================================
DOCUMENT  : Child Protection Plan (ICPC 13/05/2025)
CHILD     : Ruby OAKES         DOB 28/04/2025 (2 wks)      ID 3308127
LEGAL     : Looked after - s20 Children Act 1989 from 09/05/2025
            (mother's written consent)
LOCATION  : Neonatal Unit, Ward 21, Mottisley Royal Infirmary
CATEGORY  : Neglect
SW        : Hannah Crewe, Children in Care Team 1   07700 900 612
IRO       : Martin Cole
=======================================================================

1  FAMILY
   Mother   Kelly OAKES (27), 3 Kiln Row, Mottisley. Supervised
            methadone 60ml daily through Mottisley Drug and Alcohol
            Service (MDAS). Told the midwife she used heroin on top
            "most weekends" until 34 weeks.
   Father   Not named by Kelly. Kelly is the only person with PR.
   MGM      Denise Oakes, lives in Penhallow (about 200 miles). Rings
            Kelly every day; has said she cannot care for Ruby.

2  HOW RUBY IS DOING (what the nurses and the SW have seen)
   Ruby was born at 34+2 weeks weighing 2.04kg. She has neonatal
   abstinence syndrome: on day 3 her withdrawal scores reached 11 and
   she was started on oral morphine, which is now being weaned. She
   has a high-pitched cry, sneezes and yawns a lot, and settles best
   swaddled and held skin to skin. At the 14/05 contact she calmed on
   Kelly's chest within a few minutes and fed 40ml for her. She takes
   45ml bottles 3-hourly and possets after most feeds. Weight on
   15/05/2025: 2.11kg. Ruby is too young to tell us what she wants;
   what she needs, from how she is on the unit, is to be held, fed on
   time and kept calm by the same few people.

3  OUTCOMES FOR RUBY
   OUT1  Ruby's withdrawal settles: she is off morphine, feeding well
         by bottle and gaining weight before she leaves the unit.
   OUT2  Ruby leaves hospital to a carer who has shown the nurses she
         can feed, settle and give Ruby's medicines safely.
   OUT3  Ruby has safe, regular time with her mum, with Kelly free of
         heroin and awake and alert whenever she holds her.

4  PLAN STEPS
-----------------------------------------------------------------------
[4.01]  Outcome:      OUT1, OUT2
        Step:         Visit Ruby on Ward 21, see her fed and held, read
                      her chart and speak to the nurse in charge
        Worker:       SW Hannah Crewe
        When:         Twice a week (Tuesday and Friday) until
                      discharge
        Progress      Visit note on CareView within 24 hours of each
        shown by:     visit, with Ruby's weight, feeds and withdrawal
                      scores copied from her chart
        Step status:  Open
-----------------------------------------------------------------------
[4.02]  Outcome:      OUT2
        Step:         Foster carer to spend time on the unit learning
                      Ruby's feeding, settling and medicines with the
                      nurses
        Worker:       Anne Ballard (foster carer, Mottisley fostering
                      service)
        When:         Daily, 1pm to 4pm, from 12/05/2025 until
                      discharge
        Progress      Nurse in charge signs each part of Anne's
        shown by:     competency checklist (bottle feeds, winding and
                      settling, morphine doses) before discharge
        Step status:  Open
-----------------------------------------------------------------------
[4.03]  Outcome:      OUT3
        Step:         Supervise Kelly's time with Ruby on the unit
        Worker:       Nurse in charge, Ward 21
        When:         Daily, 10am to 12pm; Kelly to arrive by 10.15am
        Progress      Contact sheet for every session: the time Kelly
        shown by:     arrived, whether she was drowsy or smelled of
                      alcohol, and how she held and fed Ruby; copies
                      to the SW every Monday
        Step status:  Open
-----------------------------------------------------------------------
[4.04]  Outcome:      OUT3
        Step:         Kelly to do Ruby's feeds, nappy changes and skin
                      to skin with the nurses at each contact
        Worker:       Kelly Oakes (mum)
        When:         Every contact session until discharge
        Progress      Nurses tick the parent skills checklist; by
        shown by:     discharge Kelly has done at least 10 supervised
                      feeds safely
        Step status:  Open
-----------------------------------------------------------------------
[4.05]  Outcome:      OUT3
        Step:         Review Kelly's methadone, take a urine test at
                      every appointment and report on her drug use and
                      what it means for her care of Ruby
        Worker:       Carl Mensah, keyworker, Mottisley Drug and
                      Alcohol Service (MDAS)
        When:         Weekly appointments; written report before each
                      core group
        Progress      Urine results and methadone dose emailed to the
        shown by:     SW every Friday; no heroin in any test from
                      31/05/2025
        Step status:  Open
-----------------------------------------------------------------------
[4.06]  Outcome:      OUT1
        Step:         Write Ruby's morphine weaning plan and her medical
                      discharge criteria
        Worker:       Dr Farah Iqbal, consultant neonatologist
        When:         Weaning plan by 16/05/2025; discharge criteria
                      agreed at the discharge planning meeting
        Progress      Weaning plan on Ruby's hospital record and copied
        shown by:     to the SW; Ruby off morphine for 72 hours and
                      gaining weight 3 days running before discharge
        Step status:  Open
-----------------------------------------------------------------------
[4.07]  Outcome:      OUT2
        Step:         Chair a discharge planning meeting with the ward,
                      the foster carers, Kelly and the HV
        Worker:       SW Hannah Crewe
        When:         At least 2 working days before discharge
        Progress      Written discharge plan signed by the ward, the
        shown by:     foster carers and Kelly, copied to the IRO and
                      the HV
        Step status:  Open
-----------------------------------------------------------------------
[4.08]  Outcome:      OUT1, OUT2
        Step:         Visit Ruby at the foster home and weigh her
        Worker:       HV Lorna Pike
        When:         Within 48 hours of discharge, then weekly for 6
                      weeks
        Progress      Weights plotted in the red book and sent to the
        shown by:     SW; Ruby stays on or above the 9th centile
        Step status:  Not yet due
-----------------------------------------------------------------------
[4.09]  Outcome:      OUT3
        Step:         Parenting assessment of Kelly, with MDAS, on
                      whether she can care for Ruby safely
        Worker:       SW Hannah Crewe
        When:         Started 20/05/2025; report by 25/07/2025
        Progress      Written assessment with a recommendation about
        shown by:     Ruby's long-term care, shared with Kelly, the
                      core group and the IRO
        Step status:  Open
-----------------------------------------------------------------------
[4.10]  Outcome:      OUT1, OUT2, OUT3
        Step:         Visit Ruby on the unit and meet the foster carer
                      and Kelly before the first looked after review
        Worker:       IRO Martin Cole
        When:         Before the looked after review on 06/06/2025
        Progress      IRO's visit note on CareView, with his view on
        shown by:     how Ruby is and whether the plan is on track
        Step status:  Open
-----------------------------------------------------------------------

5  IF THINGS GO WRONG (CONTINGENCY)
   - If Kelly arrives for contact drowsy, smelling of alcohol, or after
     a test showing heroin, the nurse in charge will stop that session
     and ring the SW the same day. After two such sessions in any
     fortnight, Kelly's contact moves to the Mottisley Family Centre
     twice a week, supervised by centre staff.
   - If Kelly tries to take Ruby from the unit, ward staff will call
     security and the police on 999, and the SW (or the emergency duty
     team) will ask the police to take Ruby into police protection;
     the SW will apply for an emergency protection order the same day.
   - If Kelly withdraws her consent to section 20, Ruby stays on the
     unit and the SW will request an urgent legal planning meeting the
     same day.
   - If Anne and Trevor Ballard cannot take Ruby at discharge, Ruby
     will stay on the unit until the fostering service has placed her
     with another approved foster carer; she will not be discharged to
     Kelly.

6  REVIEW
   Core group:           every 3 weeks - 20/05/2025, 10/06/2025,
                         01/07/2025 (Ward 21 seminar room until
                         discharge)
   Looked after review:  06/06/2025 (IRO Martin Cole)
   Review CP conference: 24/07/2025, 2pm, Mottisley Civic Centre
   Legal planning:       if any test after 31/05/2025 shows heroin, or
                         the parenting assessment says Kelly cannot
                         care for Ruby safely, the team manager will
                         request a legal planning meeting (PLO) within
                         5 working days.

7  CONTACTS
   Name                 Role                               Phone
   Hannah Crewe         SW, Children in Care Team 1        07700 900 612
   Martin Cole          IRO                                01632 960 140
   Ward 21              Neonatal unit, nurse in charge     01632 960 521
   Dr Farah Iqbal       Consultant neonatologist           via Ward 21
   Anne/Trevor Ballard  Foster carers                      07700 900 833
   Carl Mensah          MDAS keyworker                     01632 960 377
   Lorna Pike           HV, Mottisley North 0-19 team      01632 960 290
   EDT                  Out of hours                       01632 960 999

8  CONTACT LOG (last 7 days)
   Date        By              Note
   09/05/2025  H Crewe (SW)    s20 agreed with Kelly on the ward; Kelly
                               signed consent with MDAS worker present.
   13/05/2025  ICPC            Plan agreed. Kelly attended.
   13/05/2025  H Crewe (SW)    Ward visit; Ruby 2.08kg, scores 4-6.
   14/05/2025  Ward 21         Kelly at contact 10.05am, alert, fed
                               40ml, held Ruby skin to skin.
   15/05/2025  Ward 21         Kelly 40 minutes late, tired but alert.
   16/05/2025  H Crewe (SW)    Ward visit; Anne Ballard there, feeding
                               Ruby with the nursery nurse.

-- End of document --
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. ICPC plan, docx: a home conditions score table (not actions), then an
#    action table with a vertically merged Area column and a last column
#    headed "What Mum and Dad will show us, and what others will see".
#    Mother with postnatal depression; perinatal team assesses change.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b28_mudgeworth_area_merged_show_us_column_kowalczyk.docx",
    "doc_title": "Child Protection Plan - Lena and Oskar Kowalczyk",
    "split": "tune",
    "template": "icpc-plan-home-conditions-score-table-then-area-merged-first-column-action-table-what-mum-and-dad-will-show-us-column",
    "description": (
        "Exemplary ICPC plan (neglect; mother's postnatal depression) for a 7-week-old and a 3-year-old: a "
        "home conditions score table by room that holds no actions, the children's days as observed, "
        "outcomes, then an action table with an Area column merged down the rows (real Word merges) and "
        "a measure column headed 'What Mum and Dad will show us, and what others will see'. Perinatal "
        "team reports on capacity to change, GP owns an action, aunt and uncle's help is covered by a "
        "fallback; core group and review dates; legal planning meeting."
    ),
    "check_vmerge": 4,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Mudgeworth City Council · Children and Young People's Services · Locality Team South"),
        ("kv", [
            ("Children", "Lena Kowalczyk, born 20/03/2025 (7 weeks); Oskar Kowalczyk, born 02/01/2022 (3 years)"),
            ("Parents", "Agata Kowalczyk (31) and Tomasz Kowalczyk (34), 48 Tanner Street, Mudgeworth"),
            ("Language", "Polish is the family's first language. A Polish interpreter was used at conference, "
                         "and a translated copy of this plan was given to Agata and Tomasz on 12/05/2025."),
            ("Conference", "Initial child protection conference, 08/05/2025 – category neglect"),
            ("Social worker", "Joanna Reid, 01632 960 645"),
        ]),
        ("h1", "How the home has been"),
        ("p", "The SW scores each part of the home from 1 (unsafe for the children) to 5 (good) at every "
              "visit, using the council's home conditions checklist."),
        ("table", {
            "header": ["Part of the home", "First visit 22/04/2025", "Visit before conference 06/05/2025",
                       "What we saw on 06/05/2025"],
            "widths": [3.4, 2.6, 2.8, 8.2],
            "rows": [
                ["Kitchen", "1", "2", "Dirty bottles in the sink with old milk; no clean bottles ready; bin "
                                      "overflowing. Fridge had food in it."],
                ["Bathroom", "2", "2", "Nappy bin full; wet towels on the floor; bath usable."],
                ["Living room", "2", "3", "Dog mess by the back door; sofa covered in washing."],
                ["Where the children sleep", "1", "2", "Lena's cot full of washing, so she had been sleeping in "
                                                       "the adults' bed. Oskar's sheet wet and smelling of urine."],
                ["Yard", "1", "1", "The dog is loose in the house and yard; the pen Tomasz built is not being used."],
            ],
        }),
        ("h1", "What worries us, and what is working"),
        ("p", "Agata has postnatal depression. She told the HV she cries most days, sleeps in the daytime "
              "when Tomasz is home and \"cannot make herself do anything\". Her EPDS score on 29/04/2025 was "
              "19. Tomasz works 12-hour shifts at a distribution warehouse, four days on and four off. Lena "
              "has dropped from the 50th to the 25th centile and has had nappy rash for three weeks; on "
              "22/04 she was asleep on the sofa on her own."),
        ("p", "Both parents came to conference, agreed with the worries and said they want help. Tomasz "
              "has already asked his manager about day shifts. Agata has restarted the sertraline her GP "
              "gave her, and her sister Ewa and Ewa's husband Marek live ten minutes away and have offered "
              "to help."),
        ("h1", "What Lena's and Oskar's days are like"),
        ("p", "Oskar (seen at nursery and at home, with the interpreter) told the SW: \"the dog did a poo on "
              "my bed\" and \"Mama is sleeping\". He said his favourite thing is nursery dinners, \"pizza and "
              "the orange jelly\", and he wants \"a bed with cars\". He was hungry at both home visits and "
              "ate two bananas while the SW was there."),
        ("p", "Lena was seen at every visit. She sucks her fists and roots for a feed soon after she has "
              "been fed, and cries hard when her nappy is changed because of the rash. She settles quickly "
              "when Tomasz holds her and follows his face. At the HV visit on 29/04 she had not been fed for "
              "five hours."),
        ("h1", "What we want for Lena and Oskar"),
        ("numbers", [
            "Lena is fed on time, kept clean and dry, sleeps safely in her own cot and grows back along the "
            "50th centile.",
            "Oskar lives in a clean home, sleeps in a dry bed, has breakfast every day and goes to nursery "
            "every session.",
            "Both children are cared for by parents who know what to do, and who to ring, on the days Agata "
            "is struggling.",
        ]),
        ("h1", "The plan"),
        ("table", {
            "header": ["Area", "What needs to happen", "Person", "By / how often",
                       "What Mum and Dad will show us, and what others will see"],
            "widths": [2.2, 4.6, 3.0, 2.8, 4.4],
            "rows": [
                ["Home",
                 "Deep clean the kitchen and bathroom, move the washing out of the children's beds, and keep "
                 "the dog in its pen in the yard",
                 "Tomasz and Agata, with FSW Beata Nowak",
                 "By 30/05/2025, then every day",
                 "Mum and Dad will show Beata the kitchen and bathroom at every session; the SW's home "
                 "conditions score is 4 or more in every part of the home by 30/05/2025"],
                [V,
                 "Sessions at home on a cleaning routine, sterilising bottles and keeping on top of the washing",
                 "FSW Beata Nowak (speaks Polish)",
                 "Every Wednesday for 8 weeks from 14/05/2025",
                 "Beata's session checklist: bottles sterilised and ready, nappy bin emptied, clean bedding on "
                 "both children's beds"],
                [V,
                 "Unannounced visits to see Lena and Oskar, their beds and the kitchen, and score the home",
                 "SW Joanna Reid",
                 "Every 10 working days",
                 "Home conditions score in every visit note; Lena's cot and Oskar's bed made up with clean "
                 "bedding at each visit"],
                ["Feeding, sleep and health",
                 "Weigh Lena and check her feeding, nappy rash and where she sleeps",
                 "HV Sally Egan",
                 "Weekly until Lena is 12 weeks old, then every 2 weeks",
                 "Lena's weight plotted in the red book and copied to the SW; back on the 50th centile by "
                 "30/06/2025; rash cleared"],
                [V,
                 "Keep a chart of every feed Lena has: the time, how much, and who gave it",
                 "Agata (mum)",
                 "Every feed, from 09/05/2025",
                 "Mum will show the HV the chart at each visit: 6 to 8 feeds a day, made up with freshly "
                 "boiled water"],
                [V,
                 "Make sure Lena sleeps on her back in her own cot, and never on the sofa or in the adults' bed",
                 "Tomasz and Agata",
                 "Every sleep, day and night, from 08/05/2025",
                 "Mum and Dad will show the HV and SW Lena's cot, clear and next to their bed, and the safe "
                 "sleep checklist they signed with the HV"],
                [V,
                 "Take Oskar to nursery for his funded mornings, after breakfast and in clean clothes",
                 "Tomasz (dad)",
                 "Monday, Wednesday and Friday mornings from 12/05/2025",
                 "Acorn Lane Nursery will report Oskar's attendance to the SW every Friday: 3 out of 3 "
                 "sessions, clean and fed"],
                ["Agata's health, so she can care for Lena and Oskar",
                 "Assess Agata's depression, start treatment, and assess whether she can make and keep the "
                 "changes Lena and Oskar need",
                 "Grainne O'Toole, CPN, Mudgeworth Perinatal Mental Health Team",
                 "First visit by 16/05/2025, then every 2 weeks; written report by 18/07/2025",
                 "Report to the SW and core group on how Agata's depression affects her care of the "
                 "children, her capacity to change and how long that is likely to take"],
                [V,
                 "Review Agata's antidepressant and her EPDS score",
                 "Dr Helen Marsh, GP, Brook Street Surgery",
                 "By 16/05/2025, then every 4 weeks",
                 "EPDS score and medication sent to the HV and SW after each appointment"],
                ["Help from family",
                 "Come every weekday morning to help Agata get Oskar up and Lena fed and changed",
                 "Ewa Nowicka (Agata's sister)",
                 "Monday to Friday, 7.30am to 9am, until the review conference",
                 "Ewa signs the sheet on the fridge each morning; the SW checks it at every visit"],
                [V,
                 "Have Oskar at their flat on Saturdays so Agata can rest and spend time with Lena",
                 "Marek Nowicki (Ewa's husband)",
                 "Every Saturday, 9am to 3pm",
                 "Marek signs the fridge sheet each Saturday; Oskar's drawings from Uncle Marek's shown to "
                 "the SW"],
            ],
        }),
        ("h1", "If things get worse"),
        ("p", "If the home conditions score is 2 or less in any part of the home at two visits running, if "
              "Lena is found asleep on the sofa or in the adults' bed, or if her weight drops below the 9th "
              "centile, the SW will visit the same day and a strategy discussion will be held within 24 "
              "hours. Lena and Oskar will stay with Ewa and Marek, who were assessed and agreed at "
              "conference, while that happens."),
        ("p", "If Agata tells anyone she is thinking of harming herself or Lena, that person will ring the "
              "perinatal team's duty line and the SW straight away; the perinatal team will see her the same "
              "day, and Tomasz will stay at home with the children (his manager has agreed emergency leave)."),
        ("p", "If Ewa or Marek cannot help, or stop coming, Tomasz will move to day shifts (his manager has "
              "agreed this in writing) and the FSW will visit every morning that week. If neither parent can "
              "care for the children safely and Ewa and Marek cannot have them, the SW will place Lena and "
              "Oskar together with foster carers the same day."),
        ("h1", "Checking the plan"),
        ("bullets", [
            "Core group every 4 weeks: 22/05/2025 (first meeting), 19/06/2025 and 17/07/2025, 10am at "
            "Acorn Lane Nursery, with the interpreter booked for each.",
            "Review child protection conference: 31/07/2025, 2pm, Mudgeworth Civic Hall.",
            "If the home conditions score is not 4 or more in every part of the home by the core group on "
            "19/06/2025, or Lena's weight drops again, the SW will request a legal planning meeting.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. ICPC plan for a 15-year-old at risk of criminal exploitation, PDF with
#    header and footer: missing episodes table (not actions), then an
#    action table with "Where things are now" and "What we want to see, and
#    who counts it" columns. Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b28_maddlecote_cce_now_and_target_columns_reilly.pdf",
    "doc_title": "Child Protection Plan - Ashton Reilly",
    "split": "tune",
    "template": "icpc-cce-15yo-missing-episodes-table-then-action-table-now-and-what-we-want-to-see-who-counts-columns-paged",
    "description": (
        "Exemplary ICPC plan for a 15-year-old at risk of criminal exploitation, with a RESTRICTED header "
        "and 'Page N of M' footer: a table of missing episodes (not actions), Ashton's own words and "
        "outcomes, then a five-column action table with 'Where things are now' and 'What we want to see, "
        "and who counts it' columns (counts of visits, interviews, sessions, attendance figures, police "
        "log times). Specific contingency with an aunt and an out-of-area foster placement, fortnightly "
        "core groups, review date, legal planning meeting."
    ),
    "header": "RESTRICTED – Maddlecote Council Children's Services – Child protection plan",
    "footer": "Ashton Reilly · ICPC 20/05/2025 · Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("kv", [
            ("Young person", "Ashton Reilly, born 12/10/2009 (15), Year 10, Maddlecote Academy"),
            ("Lives with", "Lorraine Reilly (mum) and Gavin Tully (mum's partner), 6 Copper Row, Maddlecote"),
            ("Conference", "Initial child protection conference, 20/05/2025"),
            ("Category", "Physical abuse – risk of serious harm from criminal exploitation outside the home"),
            ("Social worker", "Femi Adebola, Adolescent Safeguarding Team, 07700 900 274"),
            ("Chair", "Ruth Mallinson"),
        ]),
        ("h1", "Why Ashton has a plan"),
        ("p", "Since March Ashton has been missing four times. He has been found twice in Kestonbridge with "
              "adults who are known to the police for supplying drugs, and on 6 May he was stopped in a car "
              "with 24 wraps of crack cocaine and £410 in cash. He was arrested and released under "
              "investigation. He told his youth offending worker that he \"owes\" money. Lorraine and Gavin "
              "care about him and have tried to keep him in, but did not know the signs and twice waited until "
              "morning to report him missing."),
        ("h1", "Missing episodes since March"),
        ("table", {
            "header": ["Date", "How long", "Where he was found", "Return interview"],
            "widths": [2.9, 2.4, 7.3, 4.4],
            "rows": [
                ["14/03/2025", "2 nights", "A flat in Kestonbridge with two adults, with two phones and £300",
                 "Done 16/03/2025 (Sam Ogun)"],
                ["02/04/2025", "1 night", "Kestonbridge railway station, by British Transport Police",
                 "Offered; Ashton refused"],
                ["19/04/2025", "11pm to 4am", "Came home himself; would not say where he had been",
                 "Done 22/04/2025 (Sam Ogun)"],
                ["06/05/2025", "3 nights", "Stopped in a car on the Kestonbridge road with drugs and cash; "
                                           "arrested", "Done 10/05/2025 (Sam Ogun)"],
            ],
        }),
        ("h1", "What Ashton says"),
        ("p", "Ashton met the SW at the McDonald's on the ring road on 15 May and read the conference report "
              "with her. He said: \"I'm not stupid, I know what they're doing. But I owe them and they know "
              "where I live.\" He said home is \"alright, Gavin's alright\" and that his mum \"worries too "
              "much\". He wants to be a mechanic and would go to the motor vehicle course at college in "
              "September \"if I can get in\". He wants the police \"to stop stopping me every time I'm in "
              "town\". He said the person he trusts most is his uncle Ryan, and he asked that his nan "
              "is not told about the drugs."),
        ("h1", "What we want for Ashton"),
        ("bullets", [
            "Ashton is safe from the adults who have been using him to carry drugs, and he is not going "
            "missing.",
            "Ashton is in school most days, finishes Year 10, and has a place on the motor vehicle course "
            "for September.",
            "Ashton has at least two adults he trusts and tells when he is frightened or being pressured.",
        ]),
        ("h1", "The plan"),
        ("table", {
            "header": ["What will happen", "Lead", "When", "Where things are now",
                       "What we want to see, and who counts it"],
            "widths": [4.4, 3.0, 2.8, 2.9, 3.9],
            "rows": [
                ["See Ashton on his own, away from home, somewhere he chooses, and talk about who he is "
                 "spending time with",
                 "SW Femi Adebola", "Every week",
                 "Seen 3 times in the last 5 weeks; he did not turn up twice",
                 "Seen alone every week, with his own words in each visit note (the SW's visit count on "
                 "the system)"],
                ["Return home interview after every missing episode",
                 "Sam Ogun, Maddlecote Missing and Exploitation Team",
                 "Within 72 hours of Ashton coming home",
                 "3 of 4 episodes had an interview",
                 "Every episode has an interview on file within 72 hours (Sam keeps the count and brings it "
                 "to each core group)"],
                ["Motor vehicle project with a youth worker at the Forge youth centre",
                 "Kyle Ferris, Maddlecote Youth Service",
                 "Thursdays, 4pm to 6pm, from 29/05/2025",
                 "Not started",
                 "Ashton at 3 of every 4 sessions (youth service register, sent to the SW monthly)"],
                ["Serve child abduction warning notices on the two adults Ashton was found with in March "
                 "and May",
                 "DC Rachel Aske, Maddlecote Police Exploitation Hub",
                 "By 13/06/2025",
                 "Both adults identified; notices not yet served",
                 "Notices served and logged; no police sightings of Ashton with either adult for 6 weeks "
                 "(police intelligence check)"],
                ["Report Ashton missing to the police if he is not home by 10pm, and then ring the SW or "
                 "the emergency duty team",
                 "Lorraine Reilly (mum)",
                 "Every night Ashton is not home by 10pm",
                 "Twice waited until the next morning",
                 "Every missing report made by 10.30pm (times on the police log)"],
                ["Send the SW Ashton's attendance and tell her the same day about any adult seen waiting for "
                 "him outside school",
                 "Mr Dale Mercer, head of Year 10, Maddlecote Academy",
                 "Every Friday; same day for sightings",
                 "Attendance 61% since Easter",
                 "Attendance 85% or more by 18/07/2025 on the school register"],
                ["Sessions with Ashton on his cannabis use",
                 "Zoe Pritchard, Maddlecote Young People's Substance Service",
                 "Fortnightly from 02/06/2025",
                 "Smoking most days, he says",
                 "Ashton at 5 of the first 6 sessions; his own diary shows at least 3 days a week without "
                 "cannabis by the review conference"],
                ["Take Ashton to boxing club on Tuesday evenings and Saturday mornings",
                 "Ryan Reilly (uncle, Lorraine's brother)",
                 "Every Tuesday 6pm and Saturday 10am",
                 "Went twice in May",
                 "Club register shows Ashton at both sessions each week; Ryan texts the SW the same day if "
                 "Ashton does not turn up"],
                ["National Referral Mechanism referral for Ashton as a possible victim of exploitation",
                 "SW Femi Adebola",
                 "By 30/05/2025",
                 "Not made",
                 "Reasonable grounds decision letter on file"],
                ["Four sessions with Lorraine and Gavin on the signs of exploitation (new phones, cash, "
                 "clothes, taxis) and what to do when they see them",
                 "Sam Ogun, Maddlecote Missing and Exploitation Team",
                 "Weekly from 02/06/2025",
                 "Did not know the signs",
                 "All 4 sessions done (Sam's register); any new phone, cash or clothes they find reported to "
                 "the SW within 24 hours and logged"],
            ],
        }),
        ("h1", "If Ashton goes missing or is found with drugs again"),
        ("p", "If Ashton is not home by 10pm, Lorraine will report him missing to the police and ring the "
              "emergency duty team. If he is found in Kestonbridge, with adults known to the police, or "
              "carrying drugs or cash, the police will bring him home or to the police station and the SW "
              "will hold a strategy meeting within 24 hours. Until that meeting Ashton will stay with his "
              "aunt, Michelle Reilly, in Thornleigh (out of the area; she has agreed and was checked before "
              "conference). If Michelle cannot have him, the SW will place him with emergency foster carers "
              "outside Maddlecote that night. If there are threats about the debt to Ashton or the family, "
              "the police will assess the threat the same day and the family can go to Michelle's."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every 2 weeks: 03/06/2025, 17/06/2025, 01/07/2025, 15/07/2025 and 29/07/2025, at "
            "Maddlecote Academy (the July meetings at the Forge youth centre).",
            "Review child protection conference: 12/08/2025, 11am, Maddlecote Council House.",
            "If Ashton goes missing three or more times in any 4 weeks after the first core group, or is "
            "found carrying drugs again, the SW will request a legal planning meeting.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. Core group record in markdown: attendance table with initials, a
#    "better / still worried" table, agency updates and the children's
#    words (none of them actions), then an "Agreed today" table whose
#    measure column is headed "How it will show". Father dependent on
#    prescribed painkillers; drug service and GP own actions. Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b28_merriwick_core_group_how_it_will_show_boateng.md",
    "split": "tune",
    "template": "core-group-record-md-attendance-initials-better-still-worried-table-updates-then-agreed-today-table-how-it-will-show-column",
    "description": (
        "Exemplary core group record in markdown for a 10-year-old and a 6-year-old (neglect; lone "
        "father dependent on prescribed codeine and buying more online): attendance table with "
        "initials, a 'better since last time / still worried about' table, agency updates and the "
        "children's words, the conference outcomes, then an 'Agreed today' table with a 'How it will "
        "show' column (pill counts, school reports, gate book, morning chart). Drug service reports on "
        "capacity to change, GP owns an action; grandmother's and uncle's help covered by a fallback; "
        "next core group, review conference date and legal planning meeting."
    ),
    "text": """\
# Core group meeting – record

**Merriwick Borough Council · Children's Services · Family Safeguarding Team 1**

**Children:** Kezia Boateng (10), Year 5, and Nathaniel Boateng (6), Year 1 – both at Castle Mount Primary
**Plan:** child protection plan from the initial conference on 05/06/2025 (category: neglect)
**Meeting:** second core group, 03/07/2025, 9.30am, Castle Mount Primary (family room)
**Chair:** Nadia Bello (SW) · **Notes:** Lucy Fenn, business support

## Who came

| Name | Role | Initials |
|---|---|---|
| Marcus Boateng | Dad | MB |
| Grace Boateng | Nana (Marcus's mum) | GB |
| Nadia Bello | Social worker | NB |
| Joanne Pryor | DSL, Castle Mount Primary | JP |
| Tom Sefton | Keyworker, prescribed medicines team, Merriwick Drug and Alcohol Service | TS |
| Amy Fielding | School nurse | AF |

Apologies: Dr Ruth Ademola (GP, Kingsway Surgery) – sent a written update. Kofi Boateng (Marcus's
brother) – at work; NB spoke to him by phone on 01/07/2025.

## Since the last core group

| Better | Still worried about |
|---|---|
| Both children in school every day since 09/06; Kezia 100%, Nathaniel 96%. | Nathaniel late 3 times in the last fortnight; twice he had not had breakfast. |
| MB has been to all 4 appointments with TS and has started a reduction plan. | On 24/06 NB found MB asleep on the sofa at 4pm when the children came in from school with GB. |
| GB has done every Monday and Thursday school run and every Wednesday tea. | MB's pill count on 26/06 was 6 tablets short; he said he had "a bad back week". |
| Kezia says she is "not doing Nathaniel's breakfast any more, only sometimes". | Nathaniel is still wetting the bed most nights. |

## Updates

**MB** said the reduction is "harder than I thought" but he has not bought any tablets online since
the conference and has deleted the seller's number. He asked for help with the mornings.

**TS** said MB has come to every appointment. Pill counts matched on 3 of 4 checks. The plan is to
reduce the codeine by a quarter every two weeks alongside the pain clinic referral. TS said MB is
honest about the days he takes extra.

**GP (written)** Dr Ademola has moved MB to weekly prescriptions with the pharmacy making up a dosette
box, and referred him to the pain clinic on 20/06/2025.

**JP** gave the attendance figures above. Kezia is settled and has joined the choir. Nathaniel is tired
on Mondays and Tuesdays.

**AF** has seen Nathaniel and thinks the bedwetting needs a referral if it carries on over the summer.

**GB** said she is happy to keep going with her days but is 71 and has angina, and could not manage
the children full time.

## What Kezia and Nathaniel have said

Kezia (seen on her own at school, 30/06/2025): "Dad's better in the mornings on Nana days." She said
she still worries "when Dad goes to sleep in the day because you can't wake him up properly". She
would like to go on the Year 5 residential in October and wants "Dad to be like he was before his
back". She gave home 6 out of 10 (it was 3 at conference).

Nathaniel (seen at home, 30/06/2025) showed NB his sticker chart and said he likes "Nana's jollof and
Uncle Kofi's car". He said the bed "gets wet in the night and I put my towel on it".

## Outcomes from the conference plan

1. Kezia and Nathaniel are got up, fed and taken to school on time every day by an adult who is awake
   and alert.
2. Kezia is a child at home, not Nathaniel's carer: she no longer makes his breakfast or gets him ready.
3. Nathaniel is dry at night, or is getting help for it, and comes to school rested.

## Agreed today

| # | Agreed action | Owner | By | How it will show |
|---|---|---|---|---|
| 1 | Early home visits to see the children getting up and ready for school, and see each child on their own | NB (SW) | Weekly, one visit a fortnight at 7.45am; next 08/07/2025 | Visit notes show both children up, dressed and fed by 8.15am at every early visit, and what each child said |
| 2 | Continue the codeine reduction plan with a pill count at every appointment, and give a written view on whether MB can come off the extra tablets and how long it is likely to take | TS, Merriwick Drug and Alcohol Service | Weekly appointments; written view by 31/07/2025 | Pill count matches the dosette box at every appointment; written view sent to NB before the August core group |
| 3 | Weekly prescriptions in a dosette box and a pain clinic appointment, so MB is awake and alert for the children's mornings | Dr Ruth Ademola, GP | Weekly prescriptions from 07/07/2025; pain clinic appointment by 31/08/2025 | Pharmacy confirms each weekly collection to NB; pain clinic letter copied to NB |
| 4 | Send both children's attendance and late marks to NB | JP (DSL) | Every Friday | School report: both children 95% or more, and no more than one late mark a fortnight |
| 5 | Nurture sessions with Kezia on her worries and her jobs at home | JP (DSL), with Kezia's class teacher | Every Tuesday, 10 sessions from 08/07/2025 (4 before the holidays) | Kezia's own jobs and worries sheet from each session; the school will report to NB the same day if she says she made breakfast or got Nathaniel ready |
| 6 | Health check for Nathaniel (height, weight, teeth) and an enuresis clinic referral if he is still wet most nights | AF (school nurse) | Check by 18/07/2025; referral by 05/09/2025 | Measurements sent to NB; referral letter on file, or the wet-night chart showing fewer than 2 wet nights a week |
| 7 | Get the children up, dressed and fed by 8.15am, using the morning chart with them | MB (dad) | Every school day | Morning chart on the fridge with Nathaniel's stickers; the school reports both children in by 8.50am |
| 8 | Take the children to school on Mondays and Thursdays and have them for tea and homework on Wednesdays | GB (Nana) | Every Monday, Wednesday and Thursday in term | The school gate book shows GB dropping off on Mondays and Thursdays; GB texts NB if she cannot come |
| 9 | Have the children for the day every other Saturday, including over the summer | Kofi Boateng (uncle) | Alternate Saturdays, 10am to 5pm, from 12/07/2025 | Kofi signs the calendar at MB's house, which NB checks at each visit |

## Contingency (from the conference plan, checked today – no changes)

If MB is found asleep and hard to wake, or under the influence, while he is the only adult with the
children, or a pill count is short by more than 3 tablets, or the children are not in school by 9.15am
and nobody has rung, JP will ring NB (or the emergency duty team) and NB will visit that day. The
children will go to GB's house while a strategy discussion is held within 24 hours.

If GB cannot have them (her health), Kofi will collect them that evening. If GB or Kofi cannot do one
of their days, MB will ring JP by 8am and the family support worker will do that school run. If GB
and Kofi both say they can no longer help, NB will arrange a same-day visit and increase early visits to
twice a week; if the children cannot be cared for safely at home, NB will place them together with
foster carers the same day.

If MB buys tablets online again, or the pill counts are still short at the August core group, NB
will request a legal planning meeting within 5 working days.

## Next meetings

- Core group every 4 weeks: **31/07/2025** and **28/08/2025**, 9.30am, Castle Mount Primary (the
  August meeting at the Merriwick family centre).
- Review child protection conference: **04/09/2025**, 2pm, Merriwick Town Hall.

*Record typed by LF and checked by NB on 04/07/2025. Copies to everyone above and to Kofi Boateng.*
""",
    "findings": [],
})
