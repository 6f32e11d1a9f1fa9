"""Batch 83, module i: seven fictional plans (tuning material), places beginning with "i".

Everything here is made up: children, families, professionals, services,
hospitals, schools and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: whether a measure, a timescale, an outcome and a parent's illness are
read right, written the many ways practitioners write them. Measures that are
things someone will see, hear, count, weigh, receive or record, beside
"measures" that are only a promise, a feeling or a review. Timescales that are
dates, frequencies and events, beside "asap", "in due course", "when
possible", "ongoing" and dates that are only a past meeting or the day the
plan was agreed. Outcomes for the child in columns, closing paragraphs and
the family's or young person's own words, beside outcomes that are only an
adult's change or a service delivered. Parents' health: a current illness, a
past one now over, a grandparent's, a child's own, and a parent who works on
a mental health ward. Templates: a pre-birth plan, a young person's own plan,
a two-column Action | Update core group record, a RAG review table, a
case-system PDF export with labelled lines, a letter to parents and a family
group conference plan. Two plans are exemplary.
"""
from build_batch5 import F

PLANS = []


# ---------------------------------------------------------------------------
# 1. Pre-birth plan: mother with bipolar disorder and a past postpartum
#    psychosis, father a nurse on a mental health ward (docx, exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b83_ilverscombe_pre_birth_plan_pryde.docx",
    "doc_title": "Pre-Birth Child Protection Plan - Unborn baby Pryde and Tyler Pryde",
    "split": "tune",
    "actions": 11,
    "template": "pre-birth-icpc-docx-kv-details-narrative-sections-what-who-when-how-we-will-know-table-before-and-after-birth-event-timescales",
    "description": (
        "Pre-birth conference plan for an unborn baby and a 5-year-old brother: mother has bipolar "
        "disorder and had postpartum psychosis after her first birth; the baby's father is a staff "
        "nurse on an adult mental health ward and is not ill; the grandfather's COPD is mentioned. "
        "What | Who | When | How we will know table with event timescales ('before discharge', 'every "
        "shift from the birth until discharge', 'by 34 weeks', 'when the baby is 6 to 8 weeks old'). "
        "The perinatal team assesses capacity to change and the GP owns an action; the grandmother's "
        "nights have a fallback; the brother's words and the baby's scan are recorded; core group "
        "dates, review conference and legal step set. Exemplary."
    ),
    "blocks": [
        ("title", "Pre-Birth Child Protection Plan"),
        ("p", "Ilverscombe Borough Council · Children's Services · Early Help and Safeguarding Team (South)"),
        ("kv", [
            ("Unborn baby", "Baby Pryde, due 16/06/2025, booked at the maternity unit, Ilverscombe General "
                            "Hospital"),
            ("Brother", "Tyler Pryde (5), Reception class, St Columba's Primary School"),
            ("Mother", "Shannon Pryde (23)"),
            ("Baby's father", "Kieran Lowe (26), Shannon's partner; he lives with Shannon and Tyler"),
            ("Address", "7 Mallard Walk, Ilverscombe"),
            ("Conference", "Initial (pre-birth) child protection conference, Tuesday 01/04/2025"),
            ("Category", "Neglect"),
            ("Social worker", "Daniel Fairclough"),
            ("Chair", "Ruth Amankwah"),
        ]),
        ("h1", "Why we are worried"),
        ("p", "Shannon has bipolar affective disorder, diagnosed in 2019. Three weeks after Tyler was born in "
              "2020 she became very unwell with postpartum psychosis and spent five weeks at the Inglestone "
              "Mother and Baby Unit, while Tyler stayed with his grandmother, Carol Pryde. A woman who has had "
              "postpartum psychosis once is at high risk of it happening again after another birth."),
        ("p", "Shannon stopped her medication when she found out she was pregnant in November, without telling "
              "the perinatal team. By late January she was sleeping two or three hours a night, talking very "
              "fast and spending money she did not have. Tyler missed six days of school, and on 29 January a "
              "neighbour found him playing on his own at the park at 8pm. The crisis team saw Shannon the next "
              "day and she restarted medication (quetiapine) on 31 January. She is much more settled now, and "
              "told the conference she was frightened by how quickly she became ill and wants help to stay well."),
        ("p", "Kieran is a staff nurse on Ashdown Ward, the adult mental health ward at Ilverscombe General, and "
              "works long day and night shifts. He has no health problems of his own. He says he did not see how "
              "ill Shannon was becoming in January because he was on nights for most of the month."),
        ("h1", "What is going well"),
        ("bullets", [
            "Shannon has taken her medication every day since 31 January. Kieran sees her take it in the "
            "evening and the perinatal team have checked her blood levels.",
            "Shannon and Kieran came together to every antenatal appointment in February and March, and to "
            "the conference.",
            "Carol lives ten minutes away, has looked after Tyler before and has offered to stay for the first "
            "four weeks after the birth.",
            "Tyler has not missed a day of school since February half-term.",
        ]),
        ("h1", "Tyler and the baby"),
        ("p", "Tyler (seen by Daniel at school on 18 March and at home on 25 March) said: \"When Mummy was poorly "
              "she talked really, really fast and we went to the park in the dark and I was cold.\" He likes it "
              "best \"when Mummy and Kieran do pancakes\", and Nanny Carol's house is \"where I sleep when "
              "Mummy's tired\". He is excited about being a big brother and wants to teach the baby \"all the "
              "dinosaurs\". He asked Daniel who would pick him up from school when the baby comes."),
        ("p", "At the 28-week scan on 24 March the baby was growing on the 50th centile. Shannon says the baby "
              "kicks hard whenever Tyler talks to the bump, and Tyler now does this every night at bedtime."),
        ("h1", "What we want for Tyler and the baby"),
        ("bullets", [
            "The baby is born safely and goes home to a mum whose health is watched closely by people who know "
            "her, and is fed on time, kept warm and put down to sleep safely.",
            "Tyler goes to school every day, is collected on time and is never left to look after himself, his "
            "mum or the baby.",
            "If Shannon starts to become unwell, Tyler and the baby are straight away looked after by Kieran or "
            "Carol and are not left alone with her.",
            "Tyler knows who to tell, and who will look after him, if Mummy gets poorly again.",
        ]),
        ("h1", "The plan"),
        ("table", {
            "header": ["What needs to happen", "Who", "When", "How we will know"],
            "widths": [6.0, 3.6, 3.4, 4.0],
            "rows": [
                ["See Shannon at home, check her mental state and early warning signs, and write an assessment "
                 "of whether she can make and keep the changes she needs to care safely for a newborn and for "
                 "Tyler, and how long that is likely to take",
                 "Dr Anjali Rao, consultant perinatal psychiatrist, with CPN Beth Carver, Ilverscombe Perinatal "
                 "Mental Health Team",
                 "CPN visits fortnightly until the birth, then weekly until the baby is 12 weeks old; written "
                 "assessment by 36 weeks (26/05/2025)",
                 "Assessment sent to the SW and read at the core group on 10/06/2025; a written summary of the "
                 "CPN's visits sent before each core group"],
                ["Write a birth and postnatal ward plan with Shannon and Kieran: her medication in labour and "
                 "after, protected sleep on the ward, and at least five nights on the postnatal ward before "
                 "she goes home",
                 "Grace Lomas, specialist midwife (vulnerable women)",
                 "By 34 weeks (12/05/2025)",
                 "Plan filed in Shannon's hand-held notes and copied to the ward, the perinatal team and the SW"],
                ["Record each feed, how Shannon handles and settles the baby, how much she sleeps and any of "
                 "the early warning signs in her relapse plan",
                 "Sister Ruth Okoye, ward manager, Juniper postnatal ward",
                 "Every shift from the birth until discharge",
                 "Ward checklist emailed to the SW each morning (to the emergency duty team at weekends)"],
                ["Discharge planning meeting with Shannon, Kieran, Carol, the perinatal team, the HV and the "
                 "SW, to agree the day the baby goes home and who will be at home each night",
                 "SW Daniel Fairclough",
                 "Before discharge from the postnatal ward",
                 "Written discharge plan given to Shannon and Kieran and sent to every agency the same day"],
                ["Antenatal home visit, then visits after the birth to weigh the baby and check feeding, safe "
                 "sleep and how Shannon is",
                 "HV Leanne Moss, Ilverscombe 0-19 Service",
                 "Antenatal visit by 36 weeks; then weekly from the new birth visit until the baby is 8 weeks "
                 "old",
                 "Baby weighed and plotted in the red book at each visit; Edinburgh scale scored at each visit "
                 "and sent to the perinatal team and the SW"],
                ["See Tyler on his own, and after the birth the baby awake, at home; look at the cot and where "
                 "the baby sleeps, and check that Shannon's blister pack is up to date",
                 "SW Daniel Fairclough",
                 "Every two weeks until the birth; weekly for the first 8 weeks after the baby comes home",
                 "Visit records with Tyler's own words written down, where the baby slept, and the blister "
                 "pack seen"],
                ["Stay overnight at Mallard Walk and do the night feeds between 2am and 6am so that Shannon "
                 "gets unbroken sleep",
                 "Carol Pryde (maternal grandmother)",
                 "Every night for the first 4 weeks after the baby comes home",
                 "Carol signs the night feed chart each morning; the SW and HV look at it at each visit"],
                ["Take two weeks' paternity leave from the day the baby comes home, then work day shifts "
                 "only, and see Shannon take her medication each evening",
                 "Kieran Lowe",
                 "Paternity leave from discharge; day shifts until the review conference",
                 "Letter from Kieran's ward manager confirming his rota, copied to the SW; medication chart "
                 "initialled by Kieran each evening"],
                ["Make a picture plan with Tyler showing who picks him up from school, where he sleeps and who "
                 "he can tell if Mummy seems poorly",
                 "FSW Jenna Maddox",
                 "By the first core group (15/04/2025)",
                 "Picture plan on the fridge and in Tyler's book bag; Tyler can explain it to the SW at the "
                 "next visit"],
                ["Record Tyler's attendance and who collects him, and ring the SW the same day if he is absent "
                 "without a reason or not collected by 3.30pm",
                 "Mrs Hannah Bright, DSL, St Columba's Primary School",
                 "Every school day",
                 "The DSL logs every absence and every late pick-up; the weekly attendance printout is "
                 "emailed to the SW on Fridays"],
                ["Shannon's postnatal check and medication review, and the baby's 6 to 8 week check",
                 "Dr Omar Siddiqui, GP, Riverside Medical Practice",
                 "When the baby is 6 to 8 weeks old",
                 "Checks recorded in the red book and on the GP record; letter to the SW, HV and perinatal "
                 "team"],
            ],
        }),
        ("h1", "If things start to go wrong"),
        ("p", "If Shannon shows any of the early warning signs written in her relapse plan (sleeping less than "
              "four hours on two nights running, talking fast, spending sprees, or missing a dose of her "
              "medication), whoever notices will ring the perinatal team's duty line and the SW that day. Kieran "
              "or Carol will look after Tyler and the baby, and the children will not be left alone with "
              "Shannon. The perinatal team will see Shannon within 24 hours; if she needs to be admitted, the "
              "plan is for her and the baby to go to the Inglestone Mother and Baby Unit together, with Tyler "
              "staying at Carol's."),
        ("p", "If Carol cannot stay overnight on any of the first 28 nights (for example if her husband Dennis's "
              "COPD flares up and he needs her at home), Kieran's mother, Angela Lowe, will stay instead. If "
              "neither of them can, the baby will not be discharged until one of them can; if the baby is "
              "already home, the SW will hold a strategy discussion the same day and Shannon and the baby will "
              "be offered a place at the Inglestone Mother and Baby Unit."),
        ("p", "If Shannon stops her medication again, becomes unwell while she is caring for Tyler or the baby on "
              "her own, or the perinatal team's assessment says she is unlikely to be well enough to care for "
              "the baby, the SW will ask the team manager for a legal planning meeting within five working "
              "days."),
        ("h1", "Core group and review"),
        ("bullets", [
            "First core group: Tuesday 15/04/2025, 2pm, Ilverscombe Family Hub. Then every four weeks: "
            "Tuesday 13/05/2025 and Tuesday 10/06/2025, same time and place.",
            "If the baby is born before 10/06/2025, a core group will be held on the postnatal ward before "
            "discharge.",
            "Review child protection conference: Tuesday 08/07/2025, 10am, Ilverscombe Civic Centre.",
        ]),
        ("p", "Plan written by Daniel Fairclough (SW) on 02/04/2025 and shared with Shannon, Kieran, Carol and "
              "every agency named above."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. A young person's own plan, in her words: stepfather's drinking and
#    violence, her own self-harm (CAMHS), mother a nurse on a mental health
#    ward, grandfather with Parkinson's (md, exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b83_imbrickham_young_persons_own_plan_marlow.md",
    "split": "tune",
    "actions": 10,
    "template": "young-persons-own-plan-md-first-person-sections-whats-happening-who-when-how-well-know-its-working-table",
    "description": (
        "A 15-year-old's own child protection plan, written with her social worker in the first person "
        "(stepfather's drinking and violence; her own self-harm, seen by CAMHS; her mum is a staff nurse "
        "on an adult mental health ward and is not ill; her grandad has Parkinson's). Outcomes in her own "
        "words under 'What I want my life to look like by the summer'. What's happening | Who | When | "
        "How we'll know it's working table with measures such as the breath test log, Nan's texts and "
        "the DSL's log of each use of her pass. The alcohol service owns an action and reports on "
        "change; the contingency covers Nan not being able to have her; legal step, core group dates "
        "and review conference set. Exemplary."
    ),
    "text": """\
# My Child Protection Plan – Kacey Marlow

**Imbrickham Metropolitan Council – Children and Young People's Service**

*This is my plan. I wrote the first parts with Aisha Rahman, my social worker, at school on
20 March 2025, in my own words. The conference agreed the rest on Tuesday 25 March 2025.
Aisha typed it up and I checked it with her on 27 March. Where it says "I" or "me", that's
me, Kacey.*

## About me

I'm Kacey. I'm 15 (born 9 August 2009) and I'm in Year 10 at Imbrickham Academy. I live at
31 Heron Street with my mum, Lorraine Marlow, and her partner, Gavin Shaw. My nan and grandad,
Pauline and Alan Marlow, live on Lark Rise, five minutes' walk away. My Auntie Michelle (Mum's
sister) lives near the leisure centre.

Mum is a staff nurse on Willow Ward, the adult mental health ward at Imbrickham Community
Hospital. She works three long days a week (usually Tuesday, Thursday and Saturday), so on
those days I go to Nan and Grandad's after school.

Plan category: emotional abuse. Social worker: Aisha Rahman, Imbrickham Adolescent
Safeguarding Team. Conference chair: Peter Nkemelu.

## Why I've got a plan

*(Aisha wrote this part and I agreed it.)*

Gavin drinks most nights. Since October the police have been called to our house three times
because of fights between Gavin and Mum after he had been drinking. On 11 January Gavin pushed
me into the hall door when I tried to stop him shouting at Mum, and I had a bruise on my arm.
I have been cutting my arms since before Christmas. My form tutor saw the marks in February and
I am now seeing CAMHS. Gavin told the conference he wants to stop drinking, and he went to his
first appointment at the alcohol service on 21 March.

I also help a lot with Grandad, who has Parkinson's. Nan says I'm brilliant with him, but when
Nan is at work I sometimes do his tablets and help him up out of his chair, and then my homework
doesn't get done.

## What I want people to know

- "When Gavin's had a drink I go in my room and put my music on, but I can still hear it. I don't sleep properly till he's gone to bed."
- "I cut because it's the only thing that makes the noise in my head stop. I don't want to die. I just want it quiet."
- "Mum's not bad. She looks after people all day at work and then she comes home to this."
- "I like being at Nan's. It's calm there. But I don't want to move out for good, I want it to be OK at home."
- "I don't want loads of different people asking me the same questions. I'd rather just talk to Aisha and Nadia."

On a scale of 0 to 10, where 10 means completely safe, I put home at 3 and Nan's at 9.

## What I want my life to look like by the summer

- I can go to sleep without listening out for shouting.
- Nobody hurts me or Mum, and Gavin doesn't come home drunk.
- I've got other ways to cope when I want to cut, and people at school I can go to.
- I still help Grandad, but looking after him isn't my job, and my homework gets done.

## Who's doing what

| What's happening | Who | When | How we'll know it's working |
|---|---|---|---|
| Seeing me on my own, at school or somewhere I choose, and writing down what I say | Aisha Rahman (SW) | Every week until the review conference, with at least one visit in three at home | Aisha's visit notes with my words in them; she reads them back to me and I can have a copy |
| Sessions about my cutting and what helps, and writing a safety plan with me | Nadia Hussain, Imbrickham CAMHS | Every Tuesday at 4pm for 12 weeks from 1 April; safety plan by 15 April | My written safety plan, with copies for Mum and Mrs Hale; Nadia tells Aisha before each core group how often I've hurt myself (I've agreed to this) |
| Not drinking at home, and not coming home after drinking anywhere else | Gavin Shaw | Every day | Mum breath tests him at 7pm with the breathalyser from the alcohol service and writes the reading in the log; Aisha checks the log at every visit |
| Keywork with Gavin, breath tests, and a written report on whether he is changing his drinking and what that means for me and Mum | Ryan Cole, keyworker, Imbrickham Alcohol and Drug Service | Weekly from 3 April; report before each core group | Breath test results and the report sent to Aisha and read out at the core group |
| Domestic abuse programme for Gavin (the Imbrickham Change Project) | Gavin Shaw; the facilitator, Carl Dempsey, reports to Aisha | Every Thursday evening for 20 weeks from 10 April | Attendance sent to Aisha every month; a mid-way report ahead of the review conference |
| Safety plan for Mum and me, with a code word I can text to Mum or Nan | Sam Oyelaran, IDVA, Imbrickham Domestic Abuse Service | By 11 April | Written safety plan on Aisha's file; the code word saved in my phone |
| A pass so I can go to the pastoral base whenever I need to; Mrs Hale tells Aisha if I say I'm not OK or she sees new marks | Mrs Deborah Hale, DSL, Imbrickham Academy | Every school day; Aisha told the same day | Mrs Hale logs every time I use my pass and every call she makes to Aisha |
| Having me at Nan's after school and overnight, and any other night I ask | Nan (Pauline Marlow) | Every Tuesday, Thursday and Saturday (Mum's long days), plus any other night I ask; Nan texts Aisha by 9am the next morning | Nan's texts, which Aisha notes on my file |
| Young carer's assessment of what I do for Grandad, and a place at the young carers' club if I want one | Leah Grant, Imbrickham Young Carers | Assessment by 2 May; club on Fridays 4–6pm | Written assessment sent to me and Aisha; the club register |
| A course for parents of teenagers who self-harm, so Mum knows what to say and do when I'm struggling | Mum (Lorraine Marlow) | Wednesdays for 6 weeks from 16 April, at the Imbrickham Family Hub | Attendance sheet sent to Aisha; at the end Mum and I fill in the "what helps" sheet together and give Nadia a copy |

## If things go wrong

- If Gavin comes home drunk, his breath test is over zero, or he shouts at or threatens Mum or me, Mum will tell him to leave and he will go to his brother Lee's flat for the night (Gavin agreed this at the conference). If he won't go, Mum rings 999. I go to Nan's that night, and Aisha (or the emergency duty team out of hours) will hold a strategy discussion the same day.
- If Nan can't have me, because she is away or Grandad is poorly, I go to Auntie Michelle's. If neither of them can, Aisha or the out-of-hours team will find me a foster placement for that night. I won't be sent back to the house while Gavin is there drunk.
- If I hurt myself badly enough to need stitches, or I take any tablets, Mum or Nan takes me to A&E at Imbrickham General and the CAMHS crisis team sees me before I go home.
- If Gavin drinks at home again, there is any more violence, or he stops going to the alcohol service before the review conference, Aisha will ask her manager for a legal planning meeting within 5 working days. Aisha explained this means looking at whether a court needs to be involved to keep me safe.

## Meetings

- Core group every four weeks, 3.30pm at Imbrickham Academy: Tuesday 8 April, Tuesday 6 May and Tuesday 3 June 2025. I'll go to the first half of each one.
- Review child protection conference: Tuesday 24 June 2025, 10am, Imbrickham Town Hall.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Second core group record: a two-column Action | Update table, with the
#    owner, timescale and measure written into each action; outcomes in a
#    closing paragraph; no contingency (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b83_inchwater_core_group_action_update_table_dobson.docx",
    "doc_title": "Core Group 2 - Plan and Progress - Riley and Esmae Dobson",
    "split": "tune",
    "actions": 14,
    "template": "core-group-2-record-docx-two-column-action-update-table-owner-when-measure-written-into-action-cell-closing-paragraph-outcomes-unusual-heading",
    "description": (
        "Second core group record for a 6-year-old and an 18-month-old (neglect: home conditions, "
        "faltering weight). The plan is a two-column Action | Update table; each action cell names "
        "who, when and how we will know, and the update column says what has happened since. Father's "
        "depression ended in 2018 and there are no current health concerns (no F004). Hard negatives: "
        "'weighed fortnightly and plotted', 'the nursery will tell the SW the same day', 'the DSL logs "
        "every late pick-up', 'weekly ... ongoing', 'by the end of the Easter holidays'. Faults: 'to be "
        "monitored' and 'progress will be reviewed' (M002), 'asap' and 'when possible' (T002), a "
        "passive referral (W001), a parenting assessment dated only by the past conference and with no "
        "output (T001, M001), an outcome that parents attend appointments (F002), no contingency (C001) "
        "and no legal step (R002)."
    ),
    "blocks": [
        ("title", "Core Group Meeting 2 – Plan and Progress"),
        ("p", "Inchwater District Council · Children's Services · Family Safeguarding Team (East)"),
        ("kv", [
            ("Children", "Riley Dobson (6), Year 1, St Barnabas C of E Primary; Esmae Dobson (18 months), "
                         "Little Otters Nursery (Monday, Wednesday and Friday)"),
            ("Parents", "Nicole Dobson (27) and Craig Dobson (30), married and living together"),
            ("Address", "22 Cooper's Yard, Inchwater"),
            ("Meeting", "Core group 2, Monday 14/04/2025, 10am, Inchwater Family Hub"),
            ("Plan since", "Initial child protection conference, 12/03/2025 (category: neglect)"),
            ("Social worker", "Hollie Brennan"),
        ]),
        ("h2", "Present"),
        ("p", "Nicole Dobson, Craig Dobson, Hollie Brennan (SW), Priya Nandra (HV), Mrs Jas Kaur (DSL, St "
              "Barnabas), Dawn Ashby (keyworker, Little Otters Nursery), Tom Greaves (family support worker). "
              "Apologies: Dr Chima (GP)."),
        ("h2", "Background"),
        ("p", "Riley and Esmae have plans because of the state of the home (rubbish and dog mess on the floors, "
              "black mould in the children's bedroom), Esmae's weight falling from the 25th centile to below the "
              "2nd between 9 and 15 months, and Riley's lateness and missed health appointments. Craig had "
              "depression in 2017; his GP treated him and he has not needed any treatment since 2018. Neither "
              "parent has any current health difficulties, and there are no concerns about alcohol or drugs."),
        ("h2", "How Riley and Esmae are"),
        ("p", "Riley (seen on his own at school by Hollie on 08/04): \"My bedroom smells funny and it's cold. I "
              "like it when Dad walks me to school because we race.\" He said he feels sad when other children "
              "say his jumper smells. He wants a bedroom \"with no black on the walls\" and wants to go to the "
              "Easter holiday club with his friend Jayden."),
        ("p", "Esmae was seen at home on all three visits. She is walking and says a few words (\"Mama\", "
              "\"dog\", \"more\"). On 09/04 she ate a full bowl of pasta very quickly and cried when the bowl "
              "was taken away. Dawn says that at nursery she is happy, goes straight to the snack table when "
              "she arrives and sleeps for two hours after lunch."),
        ("h2", "Plan and progress"),
        ("p", "Each action says who is doing it, by when, and how we will know. The update column was filled in "
              "at this meeting."),
        ("table", {
            "header": ["Action", "Update at core group 2"],
            "widths": [11.0, 6.0],
            "rows": [
                ["SW Hollie Brennan to visit at least fortnightly, one visit in three unannounced, seeing Riley "
                 "on his own and Esmae awake; her visit notes will record the state of the kitchen, the "
                 "bathroom and the children's bedroom.",
                 "Visits on 18/03, 27/03 (unannounced) and 09/04. Kitchen floor clear on 09/04."],
                ["HV Priya Nandra to weigh Esmae fortnightly, at clinic or at home, and plot each weight on "
                 "her centile chart; the weight goes to the SW the same week.",
                 "Weighed 20/03 (8.1 kg) and 03/04 (8.2 kg), just above the 2nd centile."],
                ["Little Otters Nursery (keyworker Dawn Ashby) will tell the SW the same day if Esmae arrives "
                 "hungry, in a dirty nappy or without a coat, and note it on her daily sheet.",
                 "Two calls so far: hungry on 24/03, no coat on 02/04."],
                ["Mrs Kaur (DSL, St Barnabas) logs every late arrival and every late pick-up for Riley and "
                 "emails the log to the SW each Friday.",
                 "Late 4 times in March, once in April so far."],
                ["Nicole and Craig to keep the kitchen floor clear and the stair gate shut every day; to be "
                 "monitored.",
                 "Better at the last two visits."],
                ["Craig to take Riley to the asthma clinic at Inchwater Health Centre on 29/04/2025 and collect "
                 "his brown preventer inhaler every month; a copy of the repeat prescription record to the SW.",
                 "Appointment booked."],
                ["SW to chase Inchwater Homes asap about the black mould in the children's bedroom; a copy of "
                 "the landlord's repair letter will go on file.",
                 "Not done yet."],
                ["Nicole to go to the Incredible Years parenting group at Inchwater Family Hub on Tuesday "
                 "mornings for 10 weeks from 22/04/2025; the group leader will send the SW the attendance "
                 "sheet and her end-of-course report.",
                 "Place confirmed."],
                ["Riley to be referred to the school nurse for a health check (height, weight, teeth and "
                 "eyesight), with the results shared with the SW before May half-term.",
                 "Not yet."],
                ["FSW Tom Greaves to do weekly sessions at home with Nicole and Craig on meals, routines and "
                 "bedtimes, ongoing; a meals and bedtime chart will be on the fridge, filled in each day and "
                 "checked at each session.",
                 "Started 24/03. Chart up since 31/03."],
                ["SW to complete a parenting assessment of Nicole and Craig (agreed at conference 12/03/2025).",
                 "Started; two sessions so far."],
                ["Craig to register Riley and Esmae with a dentist by the end of the Easter holidays "
                 "(25/04/2025) and bring the registration letter to the SW.",
                 "Craig has rung two practices."],
                ["Dr Chima (GP) to see Esmae about her weight and check her bloods when possible, and write to "
                 "the HV and the SW with the results.",
                 "Not booked yet."],
                ["Nicole to apply for Healthy Start vouchers and free school meals for Riley by 30/04/2025; "
                 "progress will be reviewed.",
                 "Form half filled in."],
            ],
        }),
        ("h2", "Where we want to be by the review conference"),
        ("p", "By the review conference we want Riley to be in school on time every day, with breakfast inside "
              "him and clean clothes, so that nobody teases him about his jumper. We want Esmae to be gaining "
              "weight steadily, back above the 9th centile, and to have food at home whenever she is hungry. We "
              "want both children to sleep in a warm bedroom with no mould on the walls."),
        ("p", "Nicole and Craig attend every appointment offered to them."),
        ("h2", "Next meetings"),
        ("p", "Core group 3: Monday 12/05/2025, 10am, Inchwater Family Hub. Core group 4: Monday 09/06/2025, same "
              "time and place (every four weeks). Review child protection conference: Wednesday 25/06/2025, "
              "1.30pm, Inchwater Council Offices."),
        ("p", "Record typed by Hollie Brennan (SW) on 15/04/2025 and sent to everyone present."),
    ],
    "findings": [
        F("M002", "keep the kitchen floor clear and the stair gate shut"),
        F("T002", "chase Inchwater Homes asap about the black mould"),
        F("W001", "Riley to be referred to the school nurse"),
        F("T001", "complete a parenting assessment of Nicole and Craig"),
        F("M001", "complete a parenting assessment of Nicole and Craig"),
        F("T002", "see Esmae about her weight and check her bloods"),
        F("M002", "apply for Healthy Start vouchers and free school meals"),
        F("F002", "Nicole and Craig attend every appointment offered to them."),
        F("C001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Progress review with a RAG-rated table and an outcome column; mother
#    with bipolar disorder under the CMHT; no child's voice (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b83_isselwick_rag_rated_review_table_hartley.docx",
    "doc_title": "Child Protection Plan - Progress Review - Jaxon and Lily-Mae Hartley",
    "split": "tune",
    "actions": 13,
    "landscape": True,
    "template": "core-group-progress-review-docx-landscape-rag-table-no-what-lead-by-when-how-we-will-know-outcome-for-children-column-rag",
    "description": (
        "Core group progress review for a 9-year-old and a 4-year-old (neglect; mother's bipolar disorder, "
        "current, under the CMHT). Landscape No. | What needs to happen | Lead | By when | How we will "
        "know | What this means for Jaxon and Lily-Mae | RAG table, so each row carries its own outcome. "
        "The CMHT care coordinator only supports (H001) beside the consultant's capacity-to-change report; "
        "the GP owns an action. One outcome cell is only the mother's mood (F002). 'In due course' and 'TBC' "
        "(T002), 'engage well' and 'keep an eye on' (M002), 'Professionals' as lead (W002), beside "
        "'every session', 'same day' and 'the nursery will tell the SW the same day'. No child's words or views anywhere (F003) and the review conference is 'to be "
        "confirmed' (R001); the contingency has a fallback and a legal step."
    ),
    "blocks": [
        ("title", "Child Protection Plan – Progress Review"),
        ("p", "Isselwick Council · Children's Social Care · Safeguarding Team 2 · Core group 3, Thursday "
              "22/05/2025"),
        ("kv", [
            ("Children", "Jaxon Hartley (9), Year 4, Marsh Lane Primary; Lily-Mae Hartley (4), Bright Beginnings "
                         "Nursery"),
            ("Mother", "Danielle Hartley (34). The children's father, Wayne Tait, lives abroad and has had no "
                       "contact since 2022."),
            ("Maternal grandmother", "Brenda Hartley, 12 Kestrel Way, Isselwick"),
            ("Address", "4 Tanner's Close, Isselwick"),
            ("Plan since", "Initial child protection conference, 27/02/2025 (category: neglect)"),
            ("Social worker", "Marcus Fenn"),
            ("Care coordinator", "Karen Webb, Isselwick Community Mental Health Team (CMHT)"),
        ]),
        ("h2", "Why there is a plan"),
        ("p", "Danielle has bipolar disorder. In January 2025 she stopped taking her lithium and became manic: "
              "she did not sleep for several nights, spent her rent money, and on 19 January left Jaxon and "
              "Lily-Mae alone at home overnight while she went to a party. Police found the children at 2am "
              "after a neighbour called them. Danielle was admitted to hospital under section 2 for three "
              "weeks and the children stayed with Brenda. Danielle has been home since 12 February, is back on "
              "lithium and is seen by the CMHT."),
        ("h2", "Progress since core group 2"),
        ("p", "The CMHT report that Danielle's mood has been stable since March and her lithium levels are in "
              "range. She has kept all her CMHT appointments. Jaxon's attendance is 96% this half-term but he "
              "has been late 6 times. Lily-Mae's nursery attendance is 88%. The stair gate and window locks "
              "have not been fitted; Isselwick Homes say they need to survey the house first."),
        ("h2", "Plan review"),
        ("p", "RAG: Green – on track. Amber – started but behind. Red – not started, or not working."),
        ("table", {
            "header": ["No.", "What needs to happen", "Lead", "By when", "How we will know",
                       "What this means for Jaxon and Lily-Mae", "RAG"],
            "widths": [1.0, 6.0, 3.8, 3.8, 4.6, 4.9, 1.6],
            "rows": [
                ["1", "See Jaxon on his own, and Lily-Mae, at home and at school or nursery; look at the food "
                      "in the house and at the children's bedroom",
                 "SW Marcus Fenn", "Every 2 weeks until the review conference",
                 "Visit records on the children's file, saying who was seen and where",
                 "Both children are seen regularly by someone who checks they are safe", "Green"],
                ["2", "Continue fortnightly home visits to support Danielle with her mood and her lithium",
                 "Karen Webb, care coordinator, Isselwick CMHT", "Fortnightly",
                 "Visit dates recorded on the CMHT system and shared with the SW",
                 "Danielle's mood stays stable", "Green"],
                ["3", "Review Danielle's medication and write a report on her relapse signs, whether she can "
                      "make and keep the changes the children need, and how long that is likely to take",
                 "Dr Ewa Nowak, consultant psychiatrist, Isselwick CMHT", "By 30/06/2025",
                 "Written report sent to the SW and shared at the core group",
                 "Jaxon and Lily-Mae are never again left alone because their mum is unwell", "Amber"],
                ["4", "Young carer's assessment for Jaxon, looking at what he does for his mum and sister at "
                      "home",
                 "Amir Baig, Isselwick Young Carers", "In due course",
                 "Assessment report sent to the SW and to Jaxon's school",
                 "Jaxon does the things a 9-year-old does and is not looking after his mum or Lily-Mae", "Red"],
                ["5", "Record Jaxon's attendance and lateness, and ring the SW the same day if he is absent "
                      "without a reason",
                 "Mrs Yvonne Clarke, DSL, Marsh Lane Primary", "Every school day",
                 "The DSL logs every absence and late arrival; the weekly printout is emailed to the SW",
                 "Jaxon is in school on time every day, with his PE kit and his homework", "Amber"],
                ["6", "Note how Lily-Mae arrives at each session: whether she has eaten, is clean, and who "
                      "brought her",
                 "Sasha Cole, keyworker, Bright Beginnings Nursery", "Every session",
                 "The nursery will tell the SW the same day if she arrives hungry or in dirty clothes",
                 "Lily-Mae is fed, clean and brought to nursery by an adult who is well", "Green"],
                ["7", "Take lithium every evening as prescribed, and keep taking it when she feels well",
                 "Danielle Hartley", "Every evening",
                 "Danielle will engage well with the plan",
                 "Jaxon and Lily-Mae have a mum who is well enough to look after them every day", "Green"],
                ["8", "Tell the SW the same day about any sign that Danielle is becoming unwell (not sleeping, "
                      "spending, missing medication)",
                 "Professionals", "Same day",
                 "Each concern logged on the children's file by the SW",
                 "Early signs are picked up before the children are at risk", "Green"],
                ["9", "Check Danielle's lithium levels and kidney and thyroid function, and send the results to "
                      "the CMHT and the SW",
                 "Dr Liam Shore, GP, Isselwick Health Centre", "Every 3 months; next by 15/06/2025",
                 "Blood results letter on the children's file",
                 "Danielle stays well enough to care for Jaxon and Lily-Mae", "Green"],
                ["10", "Have Jaxon and Lily-Mae for tea, and help with homework and bath time",
                 "Brenda Hartley (MGM)", "Every Wednesday and Saturday",
                 "Brenda will keep an eye on how the children are",
                 "The children have a second safe home they know well", "Green"],
                ["11", "Weekly sessions at home with Danielle and Jaxon on morning and bedtime routines, and a "
                       "picture routine chart for Lily-Mae",
                 "Jade Parry, family support worker",
                 "Weekly",
                 "Routine chart on the fridge; FSW session notes shared with the SW monthly",
                 "Mornings are calm and both children get to school and nursery on time", "Amber"],
                ["12", "Fit a stair gate and window locks at 4 Tanner's Close",
                 "Gary Pugh, repairs, Isselwick Homes",
                 "TBC",
                 "Job completion slip copied to the SW",
                 "Lily-Mae cannot fall down the stairs or climb out of a window", "Red"],
                ["13", "'Talking to children about mental health' course at Isselwick Family Hub, so Danielle "
                       "can explain her illness to Jaxon in a way he understands",
                 "Danielle Hartley", "Mondays for 6 weeks from 09/06/2025",
                 "Attendance sheet and the course leader's end-of-course note sent to the SW",
                 "Jaxon understands his mum's illness and knows who to tell if she becomes unwell", "Amber"],
            ],
        }),
        ("h2", "Contingency"),
        ("p", "If Danielle misses two evening doses of lithium in a row, sleeps less than four hours on two nights "
              "running, or leaves the children with anyone other than Brenda, whoever knows will tell the SW (or "
              "the emergency duty team out of hours) that day, and the CMHT crisis team will assess Danielle the "
              "same day. Jaxon and Lily-Mae will stay with Brenda at 12 Kestrel Way until the crisis team and "
              "the SW agree it is safe for them to go home. If Brenda cannot have them, the SW will arrange an "
              "emergency foster placement that day."),
        ("p", "If Danielle becomes unwell again while the children are in her sole care, or stops her lithium, "
              "before the review conference, the SW will ask the team manager for a legal planning meeting "
              "within five working days."),
        ("h2", "Meetings"),
        ("p", "Core group every 4 weeks, 3.30pm at Marsh Lane Primary: next on Thursday 19/06/2025 and Thursday "
              "17/07/2025. Review child protection conference: date to be confirmed."),
        ("p", "Review written by Marcus Fenn (SW) on 23/05/2025 and sent to Danielle, Brenda and every agency."),
    ],
    "findings": [
        F("H001", "Continue fortnightly home visits to support Danielle with her mood"),
        F("F002", "Danielle's mood stays stable"),
        F("T002", "Young carer's assessment for Jaxon, looking at what he does"),
        F("M002", "Take lithium every evening as prescribed, and keep taking it"),
        F("W002", "Tell the SW the same day about any sign"),
        F("M002", "Have Jaxon and Lily-Mae for tea, and help with homework"),
        F("T002", "Fit a stair gate and window locks at 4 Tanner's Close"),
        F("F003"),
        F("R001"),
    ],
})


def _task(n, total, task, who, when, measure, status):
    """One task of a case-system export: a bold task number, then labelled lines."""
    return [
        ("boldp", f"Task {n} of {total}"),
        ("kv", [("Task", task), ("Responsible", who), ("Timescale", when), ("Measure of success", measure),
                ("Status", status)]),
    ]


# ---------------------------------------------------------------------------
# 5. Case-system PDF export with labelled lines: a 13-year-old accommodated
#    under section 20 and on the children's ward after an overdose; no
#    outcomes, no visits while she is in hospital (pdf, header and footer)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b83_ivorydene_case_system_export_labelled_lines_quinn.pdf",
    "doc_title": "CareView export - Child Protection Plan - Keeley Quinn",
    "split": "tune",
    "actions": 10,
    "template": "case-system-export-pdf-paged-header-footer-numbered-sections-kv-details-task-blocks-task-responsible-timescale-measure-of-success-status-lines",
    "description": (
        "Case-system PDF export of a child protection plan for a 13-year-old accommodated under section 20 "
        "who is on the children's ward after an overdose (her own mental health, CAMHS; mother's drinking, "
        "current, with the recovery service owning an action; grandmother's cancer). Each task is a block "
        "of labelled lines (Task / Responsible / Timescale / Measure of success / Status). Hard negatives: "
        "'before discharge', 'within five working days of any missing episode', 'breath test at every "
        "contact', 'daily while Keeley is on the ward', CAMHS and the recovery service owning actions. "
        "Faults: nobody is set to visit Keeley on the ward (L001), no outcome for her anywhere (O001), "
        "family time with a '-' owner and 'ASAP' (W001, T002), an assessment update with no output "
        "(M001), the mother's task dated only by the past initial conference and measured by her feeling "
        "better (T001, M002), a vague contingency (C002) and no legal step (R002). Header and page "
        "footer on every page."
    ),
    "header": "IVORYDENE COUNCIL - CHILDREN'S SERVICES - CareView export - OFFICIAL SENSITIVE",
    "footer": "CP plan - Keeley QUINN - CV 5510832 - exported 29/04/2025 - page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Record type: Child protection plan (review) · Status: Authorised · Authorised by: Angela Drummond, "
              "Team Manager, 29/04/2025"),
        ("h2", "Section 1 – Child details"),
        ("kv", [
            ("Name", "Keeley QUINN"),
            ("Date of birth", "14/11/2011 (13)"),
            ("CareView ID", "5510832"),
            ("Legal status", "Accommodated under section 20, Children Act 1989, since 02/04/2025"),
            ("Placement", "Foster carers Jackie and Martin Doyle, Ivorydene (since 02/04/2025)"),
            ("Current location", "Rainbow Ward (children's ward), Ivorydene Royal Infirmary, since 22/04/2025"),
            ("School", "Ivorydene High School, Year 8"),
            ("Plan start", "14/03/2025 (initial child protection conference); category: neglect"),
            ("Allocated worker", "Becky Armitage, Ivorydene Safeguarding and Children in Care Team"),
            ("Independent reviewing officer", "Kofi Mensah"),
        ]),
        ("h2", "Section 2 – Household and significant others"),
        ("kv", [
            ("Mother", "Gemma QUINN (36), 17 Larch Avenue, Ivorydene"),
            ("Father", "Shane QUINN (39), no contact since 2019"),
            ("Maternal grandmother", "Irene QUINN (61); has lung cancer and is having chemotherapy, so cannot "
                                     "offer care"),
            ("Brother", "Callum QUINN (19), lives independently in Ivorydene"),
        ]),
        ("h2", "Section 3 – Reason for plan and current situation"),
        ("p", "Keeley was made subject to a child protection plan on 14/03/2025 because of neglect linked to "
              "Gemma's drinking: there was often no food in the house, Keeley was looking after her mum when she "
              "was drunk, and she had missed 40% of school since September. On 01/04/2025 Gemma was found "
              "unconscious after drinking; Keeley had been alone with her for two days and rang 999. Gemma "
              "agreed to Keeley being accommodated under section 20 and Keeley moved to Jackie and Martin Doyle "
              "the next day."),
        ("p", "On 21/04/2025 Keeley took an overdose of paracetamol at the foster home and told Jackie straight "
              "away. She was admitted to Rainbow Ward on 22/04/2025. She is now medically fit but remains on "
              "the ward while CAMHS assess her, and may move to an adolescent mental health unit if a bed is "
              "needed. Gemma has been seeing the Ivorydene Recovery Service since 08/04/2025 and says she has "
              "not had a drink since 02/04/2025."),
        ("h2", "Section 4 – Child's views"),
        ("p", "Keeley (seen on the ward by the allocated worker on 24/04/2025): \"I didn't want to die, I just "
              "wanted everything to stop for a bit. I miss Mum. I'm not angry at Jackie and Martin, they're "
              "nice. I want to go back to theirs when I get out, not some unit.\" She said the ward is noisy at "
              "night and she is bored. She wants to see her mum and Callum, and wants her friends at school to "
              "be told she has \"got an infection\"."),
        ("h2", "Section 5 – Plan tasks"),
        *_task(1, 10,
               "Liaise with Rainbow Ward and CAMHS about Keeley's discharge and her return to the Doyles' "
               "foster home",
               "Becky Armitage (allocated worker)", "Before discharge",
               "Discharge plan recorded on CareView and shared with the foster carers", "Open"),
        *_task(2, 10,
               "Assess Keeley's mental health on the ward and write a risk assessment and safety plan for her "
               "return to the foster home",
               "Tom Ferris, CAMHS paediatric liaison nurse", "Before discharge",
               "Risk assessment and safety plan sent to the allocated worker, the foster carers and the school",
               "In progress"),
        *_task(3, 10,
               "Ring the ward every day for an update on Keeley and pass it on to the allocated worker",
               "Jackie Doyle (foster carer)", "Daily while Keeley is on the ward",
               "Calls recorded in the foster carer's daily log, sent to the supervising social worker weekly",
               "Open"),
        *_task(4, 10,
               "Arrange family time for Keeley with her mum and her brother Callum",
               "-", "ASAP", "Family time records on CareView", "Open"),
        *_task(5, 10,
               "Alcohol keywork with Gemma, and a monthly written report on her drinking and what it means for "
               "Keeley returning home",
               "Lisa Mendes, keyworker, Ivorydene Recovery Service",
               "Weekly; breath test at every contact; report on the last Friday of each month",
               "Breath test results and the monthly report uploaded to CareView", "In progress"),
        *_task(6, 10,
               "Send Keeley's school work to the ward each week and agree a part-time return-to-school plan "
               "with her and the foster carers",
               "Mr Dale Fenwick, Head of Year 8, Ivorydene High School",
               "Work weekly while Keeley is in hospital; return plan before discharge",
               "Return-to-school plan uploaded to CareView; the hospital teacher confirms each week's work "
               "arrived", "Open"),
        *_task(7, 10,
               "Update the child and family assessment, including Keeley's wishes about where she lives",
               "Becky Armitage (allocated worker)", "By 30/05/2025", "-", "Open"),
        *_task(8, 10,
               "Gemma to stay off alcohol and keep going to the Recovery Service",
               "Gemma Quinn", "As agreed at the ICPC on 14/03/2025",
               "Gemma says she feels better in herself", "Open"),
        *_task(9, 10,
               "Return interview with Keeley after any time she goes missing from the ward or the foster home",
               "Rhian Cole, Ivorydene Missing Children Team",
               "Within five working days of any missing episode",
               "Return interview form on CareView with Keeley's own words", "Open"),
        *_task(10, 10,
               "Tell the allocated worker the same day if Keeley self-harms on the ward, tries to leave the "
               "ward, or has a visitor who is not on the agreed list",
               "Sister Amy Clough, ward manager, Rainbow Ward", "Same day",
               "Incident form copied to the allocated worker and placed on CareView", "Open"),
        ("h2", "Section 6 – Contingency plan"),
        ("p", "If there are further concerns about Keeley's safety or the plan is not working, the core group will "
              "meet to review the plan and consider next steps."),
        ("h2", "Section 7 – Review arrangements"),
        ("kv", [
            ("Core group", "Every 4 weeks, Tuesdays 2pm, Ivorydene Civic Centre: 06/05/2025, 03/06/2025, "
                           "01/07/2025"),
            ("First looked-after child review", "30/04/2025, 10am, chaired by the IRO"),
            ("Review child protection conference", "12/06/2025, 10am, Ivorydene Civic Centre"),
        ]),
        ("p", "End of export. Printed by BARMITAGE on 29/04/2025 at 16:12."),
    ],
    "findings": [
        F("W001", "Arrange family time for Keeley with her mum"),
        F("T002", "Arrange family time for Keeley with her mum"),
        F("M001", "Update the child and family assessment, including Keeley's wishes"),
        F("T001", "Gemma to stay off alcohol and keep going"),
        F("M002", "Gemma to stay off alcohol and keep going"),
        F("L001"),
        F("O001"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Letter to both parents setting out the plan after conference: father's
#    drinking and cocaine use, mother's depression, a planned move to another
#    authority; most actions are about the parents' own needs (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b83_ickleharrow_letter_to_parents_kendall.pdf",
    "doc_title": "Letter to Jodie and Ryan Kendall - Ellie-Mae and Harvey's child protection plan",
    "split": "tune",
    "actions": 11,
    "template": "letter-to-parents-pdf-letterhead-right-aligned-second-person-sections-numbered-what-will-happen-list-header-footer",
    "description": (
        "The social worker's letter to both parents after the initial conference for a 7-year-old and a "
        "3-year-old (neglect; father's drinking and cocaine use and mother's depression, both current; a "
        "planned move to another authority). The plan is a numbered 'What will happen' list written to "
        "the parents ('Ryan, you will...', 'I will...'). Six of the eleven actions are about the parents' "
        "own health or support with no link to the children (F001), and only the parents themselves own "
        "the drug, alcohol and GP actions (F004). Hard negatives: 'within the next two weeks', 'tell me "
        "what the GP says', 'a copy of your new tenancy letter', the DSL logging late pick-ups, weekly "
        "visits kept up until the other authority's transfer-in conference. Faults: the wellbeing group "
        "'when possible, so that you feel better' (T002, M002), the parenting assessment left to the new "
        "authority after transfer (X001), two outcomes about the parents only (F002) and no legal step "
        "(R002). Letterhead header and page footer."
    ),
    "header": "OFFICIAL-SENSITIVE - Ickleharrow Borough Council - Children's Services",
    "footer": "Letter to Jodie and Ryan Kendall, 9 May 2025 - page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("pr", "Ickleharrow Borough Council"),
        ("pr", "Children's Services – North Locality Team"),
        ("pr", "Bellfounder House, 2 Market Street, Ickleharrow"),
        ("pr", "Telephone: 01632 960418"),
        ("p", ""),
        ("pl", "Ms Jodie Kendall and Mr Ryan Kendall"),
        ("pl", "15 Saltings Road"),
        ("pl", "Ickleharrow"),
        ("p", ""),
        ("p", "Friday 9 May 2025"),
        ("p", "Our reference: NL/ELK/2291"),
        ("p", "Dear Jodie and Ryan,"),
        ("boldp", "Ellie-Mae and Harvey's child protection plan"),
        ("p", "Thank you both for coming to the initial child protection conference on Tuesday 6 May. I know it "
              "was a hard meeting, and that you both found it upsetting to hear what the school and the police "
              "had to say. As you heard, the conference decided that Ellie-Mae and Harvey need a child "
              "protection plan under the category of neglect. I am writing to set out the plan in plain words, "
              "so that you know exactly what is going to happen and what we are asking of you. Please ring me "
              "if anything in it is not clear."),
        ("boldp", "Why we are worried"),
        ("p", "Ryan, you told the conference that you have been drinking most evenings since you lost your job in "
              "January and that you use cocaine at weekends. Twice in March the police were called to your "
              "house because of shouting in the garden late at night, and on 12 April Ellie-Mae's school could "
              "not reach either of you when she was ill, and nobody collected her until 5pm. Jodie, you told us "
              "you have been feeling very low since the winter. Your GP has started you on sertraline and you "
              "are on the waiting list for Ickleharrow Talking Therapies. At both of my visits the house was "
              "cold and there was very little food in the cupboards."),
        ("p", "You also told me that you hope to move to Inglemere in June to be nearer Jodie's sister, Kerry. If "
              "you do, your case will transfer to Inglemere Council, but the plan stays with us until Inglemere "
              "hold their own conference."),
        ("boldp", "What Ellie-Mae and Harvey have told us"),
        ("p", "When I saw Ellie-Mae at school on 30 April she said: \"Daddy's loud when he's had his drinks. I put "
              "my headphones on and sing to Harvey.\" She said she gets hungry at home \"when there's only "
              "crackers\", and that her favourite thing is going to Auntie Kerry's because \"she does proper "
              "dinners\". She told me she worries about Mummy being sad. Harvey is three and does not say much "
              "yet. At my visits he stayed close to Jodie, brought me his toy tractor, and ate two bananas "
              "straight away when Jodie gave them to him."),
        ("boldp", "What we all want for Ellie-Mae and Harvey"),
        ("bullets", [
            "Ellie-Mae and Harvey have food in the house, a warm home, and a sober adult looking after them "
            "every day and every night.",
            "Ellie-Mae goes to school every day, is collected on time, and does not have to look after Harvey "
            "when there is shouting.",
            "Harvey's speech and development are checked, and he starts his funded nursery place in September.",
            "Ryan stops using cocaine.",
            "Jodie goes to all her appointments.",
        ]),
        ("boldp", "What will happen"),
        ("numbers", [
            "Ryan, you will refer yourself to the Ickleharrow Drug and Alcohol Service (IDAS) by Friday 16 May "
            "and give me the letter confirming your first appointment.",
            "Ryan, you will go to the SMART Recovery group at the Ickleharrow Wellbeing Centre every Monday "
            "evening from 19 May, and bring me your signed attendance card each month.",
            "Ryan, you will see your GP about your sleep and your blood pressure by 30 May and bring me the "
            "appointment card.",
            "Ryan, you will go to the Ickleharrow Money Advice Centre about your debts by 30 May and bring me "
            "the letter they give you.",
            "Jodie, you will see your GP about your medication within the next two weeks and tell me what the "
            "GP says.",
            "Jodie, you will go to the women's wellbeing group at the Ickleharrow Family Hub when possible, so "
            "that you feel better.",
            "I will help you both fill in the housing transfer form by 23 May, and put a copy of your new "
            "tenancy letter on file when it comes.",
            "I will visit you at home every week, and keep doing so after any move until Inglemere hold their "
            "transfer-in conference, seeing Ellie-Mae on her own and Harvey awake and writing down what "
            "Ellie-Mae tells me.",
            "Mrs Pritchard, the DSL at Ellie-Mae's school, will ring me the same day if Ellie-Mae is absent, "
            "arrives hungry or is not collected by 3.30pm, and will log every late pick-up.",
            "Amy Clarke, your health visitor, will check Harvey's speech, weight and development at her visit "
            "on 20 May and send me the results.",
            "The parenting assessment will be done by Inglemere Council's family assessment team once your "
            "case transfers to them, and they will share the report with you.",
        ]),
        ("boldp", "If things go wrong"),
        ("p", "If Ryan is drunk or has taken drugs while he is looking after the children, if the police are "
              "called to the house again, or if Ellie-Mae or Harvey are left without an adult, I (or the "
              "emergency duty team out of hours) will hold a strategy discussion the same day, and the children "
              "will go to stay with Kerry at 3 Brine Lane, Inglemere, until we have agreed a safe plan. If "
              "Kerry cannot have them, I will arrange a foster placement for them that day."),
        ("boldp", "Meetings"),
        ("p", "The first core group meeting will be on Wednesday 21 May at 10am at the Ickleharrow Family Hub, and "
              "then every four weeks (18 June and 16 July). The review child protection conference will be on "
              "Tuesday 5 August 2025 at 10am at Ickleharrow Town Hall."),
        ("p", "I know this is a lot to take in. Please keep this letter and bring it to the core group meetings. "
              "You can ring me on the number above, Monday to Friday, 9am to 5pm."),
        ("p", "Yours sincerely,"),
        ("pl", "Sophie Marchetti"),
        ("pl", "Social Worker, North Locality Team"),
        ("p", ""),
        ("p", "Copies to: Mrs Pritchard (DSL), Ellie-Mae's school; Amy Clarke (health visitor); Dr Ferreira, "
              "Saltings Surgery; Bernard Ikeme, conference chair."),
    ],
    "findings": [
        F("F002", "Ryan stops using cocaine."),
        F("F002", "Jodie goes to all her appointments."),
        F("T002", "go to the women's wellbeing group at the Ickleharrow Family Hub"),
        F("M002", "go to the women's wellbeing group at the Ickleharrow Family Hub"),
        F("X001", "The parenting assessment will be done by Inglemere Council's"),
        F("F001"),
        F("F004"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Family group conference plan in the family's words, adopted into the
#    child protection plan; leans on Nan, Grandad, an aunt and an uncle with
#    no fallback (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b83_ithelby_family_group_conference_plan_mcbride.txt",
    "split": "tune",
    "actions": 12,
    "template": "family-group-conference-plan-txt-upper-case-headings-family-words-outcomes-numbered-what-who-when-how-will-we-know-blocks",
    "description": (
        "Family group conference plan for a 10-year-old and a 6-year-old with epilepsy (neglect: mother "
        "going out at night and leaving them, missed seizure medicine), adopted into the child protection "
        "plan. Numbered WHAT / WHO / WHEN / HOW WILL WE KNOW blocks in the family's words; outcomes in "
        "the family's words. The mother's postnatal depression ended in 2020, there are no concerns about "
        "drink or drugs, and the grandfather has heart failure (no F004); the epilepsy nurse owns an "
        "action. Hard negatives: 'the chart is ticked and signed', 'Nan sends Jess a photo of the "
        "calendar every Sunday', 'same day, every time', 'by the end of June'. Faults: 'as and when he "
        "can' with 'Connor will be happier' (T002, M002), 'the whole family' (W002), a course dated only "
        "by the day of the FGC (T001), 'Grandad will keep an eye on things' (M002), 'Ongoing' with no "
        "measure (T002, M001), an outcome about the mother only (F002), a contingency that rests on Nan "
        "with no fallback (C003) and no core group frequency or dates (R001)."
    ),
    "text": """\
ITHELBY COUNCIL - FAMILY GROUP CONFERENCE SERVICE
FAMILY PLAN
(agreed as part of Tayla and Connor's child protection plan)

Family:          McBride
Children:        Tayla McBride (10), Year 5, Holy Trinity Primary
                 Connor McBride (6), Year 1, Holy Trinity Primary
Mum:             Stacey McBride (31), 9 Fernhill Close, Ithelby
FGC held:        Saturday 24 May 2025, Ithelby Community Centre
Coordinator:     Amrit Sohal, independent FGC coordinator
Social worker:   Jess Thornton, Ithelby Children's Safeguarding Team

The social worker agreed this plan on 27 May 2025 and it has been sent to everyone who came.
It is written in the family's own words.


WHO CAME

Stacey (Mum); Maureen McBride (Nan); Tony McBride (Grandad); Leanne Price (Stacey's sister);
Dean McBride (Stacey's brother); Tayla, for the first part and the lunch; Jess Thornton (SW);
Mrs Grace Oduya (DSL, Holy Trinity Primary); Sister Jan Rudd (children's epilepsy nurse,
Ithelby Children's Hospital). Hayley Burns from the Ithelby Children's Rights Service was
Tayla and Connor's advocate.


WHAT THE PROFESSIONALS ARE WORRIED ABOUT (BOTTOM LINES)

Jess told the family that since February Stacey has gone out on Friday and Saturday nights
and left Tayla in charge of Connor until the early hours, at least six times that we know of.
Connor has epilepsy. On 3 May he had a seizure at home at midnight while Stacey was out. Tayla
rang 999, and the paramedics found his evening medicine had not been given. Connor has missed
his Keppra on other days too, and school have seen him tired and falling asleep in class.

The bottom lines are: the children are never left without an adult; Connor gets his medicine
every morning and every evening; and there is always an adult with him who knows what to do if
he has a seizure.

Stacey had postnatal depression after Connor was born. The perinatal team discharged her in
2020 and she has been well, with no treatment, since then. There are no concerns about Stacey
drinking or using drugs; she goes out to see friends. Grandad Tony has heart failure and Nan
looks after him, so Nan cannot help every day.


WHAT TAYLA AND CONNOR SAID

Tayla (to Hayley, and at the FGC): "I don't mind looking after Connor but I'm scared when he
goes funny and shakes. I don't want Mum to go out when it's dark." She wants to go to Nan's on
Fridays "because Nan does fish and chips", and she would like to go back to Brownies.

Connor (drawing with Hayley): he drew himself, Mum and "Uncle Dean's big dog". He said he likes
football with Uncle Dean. He doesn't like his medicine "because it's yucky" but will have it
"with juice".


WHAT WE WANT FOR TAYLA AND CONNOR

- "We want the kids never to be left on their own at night, not once."
- "We want Connor to get his medicine on time every day, so he doesn't have any more fits
  because he missed it."
- "We want Tayla to be a kid again and not have to be Connor's mum."
- "We want Stacey to get her life back on track and have some time for herself."


OUR PLAN

1.  WHAT: Nan will have Tayla and Connor to stay every Friday and Saturday night.
    WHO: Maureen McBride (Nan)
    WHEN: Every Friday and Saturday night, starting Friday 30 May
    HOW WILL WE KNOW: Nan marks each night on the calendar and sends Jess a photo of it every Sunday.

2.  WHAT: Leanne will do the school run on Mondays, Wednesdays and Fridays.
    WHO: Leanne Price (Auntie Leanne)
    WHEN: Every school week from Monday 2 June
    HOW WILL WE KNOW: Mrs Oduya notes who brings the children in and tells Jess if they are late.

3.  WHAT: Uncle Dean will take Connor to football and to the park with the dog.
    WHO: Dean McBride (Uncle Dean)
    WHEN: As and when he can
    HOW WILL WE KNOW: Connor will be happier.

4.  WHAT: Stacey will give Connor his Keppra and tick the medicine chart on the fridge.
    WHO: Stacey (Nan when the children are at hers)
    WHEN: Every day, 8am and 8pm
    HOW WILL WE KNOW: The chart is ticked and signed; Jess and Sister Rudd look at it at their
    visits, and the pharmacy tells Jess if a prescription is not collected.

5.  WHAT: Training for Stacey, Nan and Leanne in what to do when Connor has a seizure.
    WHO: Sister Jan Rudd, children's epilepsy nurse
    WHEN: By Friday 20 June
    HOW WILL WE KNOW: A training record signed by each person and sent to Jess; a copy of
    Connor's seizure plan kept at Mum's, at Nan's and at Leanne's.

6.  WHAT: Make sure the children are never left at home without an adult.
    WHO: The whole family
    WHEN: Every night
    HOW WILL WE KNOW: Tayla will tell Jess at her visits if she has been left at home with Connor.

7.  WHAT: Stacey will go on the Ithelby Family Hub parenting course.
    WHO: Stacey
    WHEN: Agreed at the FGC on 24 May
    HOW WILL WE KNOW: Certificate at the end of the course, with a copy to Jess.

8.  WHAT: Jess will see Tayla and Connor on their own, at home or at school.
    WHO: Jess Thornton (SW)
    WHEN: Every two weeks until the review conference
    HOW WILL WE KNOW: Jess's visit notes, with the children's own words, read out at each core
    group.

9.  WHAT: School will tell Jess if Tayla or Connor arrive late, tired or hungry.
    WHO: Mrs Grace Oduya, DSL, Holy Trinity Primary
    WHEN: Same day, every time
    HOW WILL WE KNOW: Mrs Oduya logs each call on the school safeguarding system.

10. WHAT: Grandad will ring the house to check Stacey is in with the children.
    WHO: Tony McBride (Grandad)
    WHEN: 9pm, every Sunday to Thursday night
    HOW WILL WE KNOW: Grandad will keep an eye on things.

11. WHAT: Leanne will help Stacey sort out her money and the rent arrears.
    WHO: Leanne and Stacey
    WHEN: Ongoing
    HOW WILL WE KNOW: -

12. WHAT: Jess will refer Tayla to Ithelby Young Carers so she has a worker of her own.
    WHO: Jess Thornton (SW)
    WHEN: By the end of June
    HOW WILL WE KNOW: Tayla starts at the Tuesday young carers' club; the club register is sent
    to Jess.


IF THE PLAN ISN'T WORKING

If Stacey goes out and leaves the children without an adult, Tayla will ring Nan straight away
(her number is saved in Tayla's phone as "NAN 1"), and Nan or Grandad will come and get both
children and take them back to theirs. Nan will tell Jess the next morning, and Jess (or the
emergency duty team) will hold a strategy discussion that same day. If this happens twice, Jess
will ask her manager for a legal planning meeting.

If Connor has a seizure that lasts more than five minutes, whoever is with him gives his rescue
medicine and rings 999.


REVIEWING THE PLAN

The family will meet again with Amrit on Saturday 12 July 2025 to see how the plan is going.
The core group will meet to look at the plan. The review child protection conference is on
Thursday 7 August 2025 at 10am at Ithelby Civic Centre.
""",
    "findings": [
        F("T002", "Uncle Dean will take Connor to football and to the park"),
        F("M002", "Uncle Dean will take Connor to football and to the park"),
        F("W002", "Make sure the children are never left at home"),
        F("T001", "Stacey will go on the Ithelby Family Hub parenting course"),
        F("M002", "Grandad will ring the house to check Stacey is in"),
        F("T002", "Leanne will help Stacey sort out her money"),
        F("M001", "Leanne will help Stacey sort out her money"),
        F("F002", "We want Stacey to get her life back on track"),
        F("C003"),
        F("R001"),
    ],
})
