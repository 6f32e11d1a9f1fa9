"""Batch 101, module a: seven fictional plans (tuning material), places beginning with "a".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: a parent's health, drinking or drug use written about in many ways,
and adult services named in many ways. Some illness is real and current;
some is past and resolved, a worry that was checked and ruled out, a
relative's (a grandmother's dementia, an uncle's or a grandfather's
drinking) or a hypothetical ("If Dad starts using drugs again"). Adult
workers are named by a local brand explained once in plain words ("The
Cedar Project", "Horizons", "Talking Matters", "The Lantern"), by initials
explained only in the minutes' attendance list, by person only with their
service given once in a who's who field block or in a letter's copy list,
or as a team inside a hospital. Five plans are exemplary (a Word table, core
group minutes printed to PDF, a child-friendly Markdown plan, a plain-text
case-system print and a letter printed to PDF); two (a Word table built
around the mother's needs and a plain-text email whose adult service owns
nothing) carry a realistic mix of faults among good rows.
"""
from build_batch5 import F

PLANS = []


# ---------------------------------------------------------------------------
# 1. ICPC plan, mother's current alcohol dependence; the adult alcohol
#    service is named by its local brand, "The Cedar Project", explained once.
#    Father's past depression is resolved; grandmother's dementia is a
#    relative's illness. Word table. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b101_aldwinsey_icpc_word_table_cedar_project_greenhalgh.docx",
    "doc_title": "Child Protection Plan - Callum and Rosie Greenhalgh",
    "split": "tune",
    "actions": 14,
    "template": "icpc-word-plan-details-list-services-explained-reasons-childrens-words-working-well-outcomes-then-four-column-what-will-happen-who-by-when-how-we-will-know-table-contingency-core-group",
    "description": (
        "Exemplary initial conference plan for a 9-year-old and a 4-year-old whose mother is "
        "alcohol dependent. The adult alcohol service appears under its local brand, 'The Cedar "
        "Project', explained once in plain words, and its recovery worker assesses, breath tests "
        "and reports on change; the GP owns the liver tests. The father's depression in 2021 is "
        "resolved (GP confirms no current concerns) and the grandmother's dementia is a relative's. "
        "Every row has a named owner, a date or frequency and something seen; the aunt's and "
        "father's care have a fallback, legal planning follows named triggers, dates are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Aldwinsey Metropolitan Borough Council – Children's Social Care – Initial Child Protection "
              "Conference"),
        ("kv", [
            ("Children", "Callum Greenhalgh (9), DOB 14/02/2016; Rosie Greenhalgh (4), DOB 30/09/2020"),
            ("Address", "22 Tanner's Row, Aldwinsey AW4 6JN"),
            ("Mother", "Kelly Greenhalgh (33)"),
            ("Father", "Wayne Ashby (36), 5 Mortlake Close, Aldwinsey; has the children every other weekend"),
            ("Paternal aunt", "Tina Ashby, 40 Garside Street, Aldwinsey"),
            ("Maternal grandmother", "Pauline Greenhalgh (71), Hollins Court care home"),
            ("Category", "Neglect (both children)"),
            ("Conference", "05/08/2025, Aldwinsey Town Hall. Chair: Imran Qureshi"),
            ("Social worker", "Abby Thwaite, Safeguarding Team 2 (team manager: Neil Farrow)"),
        ]),
        ("h1", "Services in this plan"),
        ("p", "The Cedar Project is the name of Aldwinsey's adult drug and alcohol service. It is run by the "
              "local NHS trust from the Cedar Centre on Market Street and helps adults who want to stop or cut "
              "down drinking or using drugs. Kelly's recovery worker there is Ravi Sandhu."),
        ("p", "Sunnybank Nursery (Rosie), St Bede's Primary School (Callum), Brook Lane Surgery (the family's GP) "
              "and the Aldwinsey 0-19 health visiting team are also part of this plan."),
        ("h1", "Why Callum and Rosie need a plan"),
        ("p", "Kelly has been drinking heavily since the spring. Her mum, Pauline, who used to have the children "
              "after school, has dementia and moved into Hollins Court care home in January 2025, and Kelly says "
              "that is when her drinking got worse. On 12/07/2025 Callum came home from a friend's house at 7pm "
              "and could not wake Kelly, who was on the kitchen floor; Rosie was alone in the bath. Callum rang "
              "his dad, who called an ambulance. Kelly's blood alcohol was more than three times the drink-drive "
              "limit. Her GP has recorded alcohol dependence and raised liver enzymes. Rosie missed 40% of her "
              "nursery sessions in the summer term and Callum told his teacher he often makes the tea."),
        ("p", "Wayne had depression in 2021 and was treated by his GP. The GP confirmed on 30/07/2025 that he has "
              "had no treatment since early 2022 and that there are no current concerns about his mental health. "
              "Wayne does not drink."),
        ("h1", "What Callum and Rosie have told us"),
        ("p", "Callum (seen on his own at school, 21/07/2025): “When Mum has had her wine she goes to sleep and I "
              "do Rosie's tea. I don't want Mum to get told off. I was really scared when she wouldn't wake up.” "
              "He scored home 3 out of 10 and Dad's and Auntie Tina's 9 out of 10. He wants “Mum to stop the wine "
              "and to go to Cubs again on Mondays”."),
        ("p", "Rosie (seen at home, 24/07/2025) showed Abby her bedroom and her teddy, Biscuit. She said “Mummy "
              "was poorly on the floor” and that Callum “does my bath”. She held Callum's hand for most of the "
              "visit and ran to him, not to Kelly, when she bumped her knee."),
        ("h1", "What is working well"),
        ("p", "Kelly told conference that her drinking is hurting the children and asked for help. She went to the "
              "Cedar Centre for the first time on 28/07/2025. The children are close to their mum and to each "
              "other. Wayne has never missed his weekends and wants to do more. Tina loves the children and "
              "already has them for tea once a week. Callum's school says he is kind and works hard."),
        ("h1", "What we want for Callum and Rosie"),
        ("bullets", [
            "Callum and Rosie are cared for every day and every night by a sober adult who gives them their tea, "
            "baths Rosie and gets them both to bed.",
            "Rosie goes to every nursery session and Callum gets to school on time, fed and in clean uniform.",
            "Callum no longer looks after his mum or his sister, and has time for Cubs and his friends.",
            "Both children know who to ring if their mum has been drinking, and feel safe to do it.",
        ]),
        ("h1", "Action plan"),
        ("table", {
            "header": ["What will happen", "Who", "By when", "How we will know"],
            "widths": [6.0, 3.6, 3.2, 4.2],
            "rows": [
                ["Visit Callum and Rosie at home, including one unannounced visit each month, and see Callum on "
                 "his own",
                 "Abby Thwaite, social worker (SW)", "Every week from 07/08/2025",
                 "Visit records show both children seen every week and Callum seen alone, with his words written "
                 "down"],
                ["Assess Kelly's drinking, agree a treatment plan with her and breath test her at every "
                 "appointment",
                 "Ravi Sandhu, recovery worker, The Cedar Project",
                 "Assessment by 15/08/2025, then every Monday",
                 "Treatment plan copied to the SW by 18/08/2025; breath test results emailed to the SW every "
                 "Monday"],
                ["Report in writing on whether Kelly is cutting down, what still needs to change for Callum and "
                 "Rosie and how long that is likely to take",
                 "Ravi Sandhu, The Cedar Project",
                 "Two working days before each core group",
                 "Written report on the children's file before each core group meeting"],
                ["Offer Kelly a place in the Wednesday Parents in Recovery group and tell the SW whether she went",
                 "Ravi Sandhu, The Cedar Project", "Every Wednesday from 20/08/2025",
                 "Attendance emailed to the SW each Thursday"],
                ["Repeat Kelly's liver function blood tests and write to the SW about her physical health and "
                 "any medically supported detox",
                 "Dr Hannah Lowe, GP, Brook Lane Surgery", "By 29/08/2025",
                 "GP letter with the blood results on file, copied to Ravi"],
                ["Drink no alcohol while Callum and Rosie are in her care, and keep no alcohol in the house",
                 "Kelly Greenhalgh (Mum)", "Every day from 05/08/2025",
                 "Breath tests negative at every Cedar Project appointment and every SW visit; no alcohol seen in "
                 "the house"],
                ["Take Rosie to Sunnybank Nursery and collect her on her nursery days",
                 "Kelly Greenhalgh (Mum)", "Every Monday, Wednesday and Friday from 01/09/2025",
                 "Nursery register shows Rosie in by 9:15am on each of those days"],
                ["Collect Rosie from nursery on her Tuesday and Thursday sessions and give both children their "
                 "tea at her house until 6:30pm",
                 "Tina Ashby (paternal aunt)", "Every Tuesday and Thursday from 12/08/2025",
                 "Nursery collection book signed by Tina; the SW checks the book at her first visit each month"],
                ["Care for Callum and Rosie from Friday 5pm to Sunday 5pm, and phone the SW if Kelly seems to "
                 "have been drinking at handover",
                 "Wayne Ashby (Dad)", "Every other weekend from 08/08/2025",
                 "Wayne texts the SW after each handover; the SW asks both children about the weekend at her "
                 "next visit"],
                ["Give Callum a mobile phone with his dad's, Tina's and the SW's numbers saved, and practise with "
                 "him who to ring",
                 "Abby Thwaite, SW", "By 15/08/2025",
                 "Callum shows the SW the saved numbers and tells her who he would ring"],
                ["Refer Callum to Aldwinsey Young Carers and do three sessions of direct work with him about his "
                 "mum's drinking",
                 "Abby Thwaite, SW", "Referral by 15/08/2025; sessions done by 30/09/2025",
                 "Acceptance letter on file; Callum's worksheet from each session kept on his record"],
                ["Check Callum's attendance, punctuality and presentation each morning and phone the SW the same "
                 "day if he is absent, late or hungry",
                 "Mr Owen Price, DSL, St Bede's Primary", "Every school day from 03/09/2025",
                 "Attendance emailed to the SW each Friday; every same-day call logged on CPOMS"],
                ["Weigh and measure Rosie and complete her development check (ASQ-3)",
                 "Lucy Barraclough, health visitor", "By 29/08/2025, then every 3 months",
                 "Growth chart and ASQ-3 scores sent to the SW"],
                ["Complete a parenting assessment of Kelly, focused on how her drinking affects her care of "
                 "Callum and Rosie",
                 "Abby Thwaite, SW", "Report by 10/10/2025",
                 "Report shared with Kelly and the core group and presented to the review conference"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If Kelly is found to have been drinking while caring for the children (a positive breath test, a "
              "call from Callum, or a report from school, nursery or a neighbour), Callum and Rosie will go to "
              "Wayne's home that day and Abby will hold a strategy discussion with Aldwinsey Police the same day."),
        ("p", "If Wayne cannot have the children, they will stay with Tina. If neither Wayne nor Tina can care for "
              "them (for example because of illness or work), Abby will place Callum and Rosie together with "
              "Aldwinsey foster carers the same day. If Tina cannot do a Tuesday or Thursday collection, she will "
              "tell Abby by noon and Abby or the duty social worker will collect Rosie and stay with the children "
              "until Wayne can take them."),
        ("p", "If Kelly has two positive breath tests in any four weeks, misses two Cedar Project appointments in "
              "a row, or Ravi's report to the second core group says she is not cutting down, Abby will ask Neil "
              "Farrow for a legal planning meeting within five working days to decide whether to start the Public "
              "Law Outline."),
        ("h1", "Core group and review conference"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 3:30pm at Aldwinsey Family Hub: 19/08/2025, 16/09/2025 and "
            "14/10/2025.",
            "Review child protection conference: 30/10/2025 at 10am, Aldwinsey Town Hall.",
            "Abby will ask Callum before each core group what has changed at home and bring his views.",
        ]),
        ("p", "Plan agreed at conference on 05/08/2025. Copies to Kelly, Wayne, Tina and every person named above."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Second core group minutes, father's current depression after an
#    overdose. Adult workers appear by initials in the agreed actions; their
#    service is given once, in the attendance list. A worry about the
#    mother's postnatal depression was checked and ruled out. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b101_arnsheld_core_group_minutes_initials_kowalczyk.pdf",
    "doc_title": "Core Group Minutes - Kacper and Zofia Kowalczyk",
    "split": "tune",
    "actions": 10,
    "template": "core-group-minutes-printed-to-pdf-page-header-footer-details-attendance-table-with-initials-and-agencies-discussion-childrens-views-outcomes-then-numbered-agreed-action-sentences-by-initials-contingency-next-meetings",
    "description": (
        "Exemplary minutes of a second core group for a 6-year-old and a 5-month-old whose father "
        "took an overdose while caring for them and has severe depression. Word minutes printed "
        "to PDF with a header and a page footer. The agreed actions are numbered sentences that "
        "name people by initials only; the attendance table is the only place that gives each "
        "person's service (the care co-ordinator and psychiatrist of the community mental health "
        "team, both of whom assess and report on change). A worry about the mother's postnatal "
        "depression was checked by the GP and ruled out. The aunt's overnight stays have a "
        "fallback, legal planning follows named triggers, dates are set."
    ),
    "header": "OFFICIAL-SENSITIVE – Arnsheld Council – Children's Services",
    "footer": "Kowalczyk core group 2 (19/08/2025) – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Core Group Meeting – Minutes"),
        ("kv", [
            ("Children", "Kacper Kowalczyk (6), DOB 11/03/2019; Zofia Kowalczyk (5 months), DOB 02/03/2025"),
            ("Address", "8 Larch Gardens, Arnsheld AR2 9PW"),
            ("Parents", "Agnieszka Kowalczyk (31) and Tomasz Kowalczyk (34)"),
            ("Plan made", "Initial child protection conference, 22/07/2025. Category: neglect"),
            ("Meeting", "Second core group, Tuesday 19/08/2025, 10am, Arnsheld Family Hub"),
            ("Chair and minutes", "Beth Mallory, social worker"),
        ]),
        ("h2", "Present"),
        ("table", {
            "header": ["Initials", "Name", "Role and agency"],
            "widths": [2.0, 4.5, 10.5],
            "bold_first_col": True,
            "rows": [
                ["BM", "Beth Mallory", "Social worker and lead professional, Arnsheld Children's Services"],
                ["AK", "Agnieszka Kowalczyk", "Mum"],
                ["TK", "Tomasz Kowalczyk", "Dad"],
                ["JM", "Joanne Murtagh", "Care co-ordinator (community psychiatric nurse), Arnsheld North Community "
                                        "Mental Health Team"],
                ["RH", "Rachel Hext", "Health visitor, Arnsheld Community Health"],
                ["GD", "Gail Dunn", "Designated safeguarding lead, Holmfield Primary School"],
                ["EN", "Ewa Nowak", "Agnieszka's sister"],
                ["MS", "Marta Sowa", "Polish interpreter (for AK)"],
            ],
        }),
        ("p", "Apologies: PL – Dr Pavel Lis, consultant psychiatrist, Arnsheld North Community Mental Health Team "
              "(written update sent to BM on 15/08/2025)."),
        ("h2", "1. Why Kacper and Zofia have a plan"),
        ("p", "Tomasz has severe depression. On 28/06/2025 he took an overdose of his tablets at home while he was "
              "looking after Kacper and Zofia on his own; Kacper phoned his mum at work because he could not wake "
              "his dad. Tomasz was seen by the psychiatric liaison team at Arnsheld Royal Infirmary and was "
              "discharged to the Community Mental Health Team on 01/07/2025. Agnieszka works night shifts at a "
              "care home three nights a week."),
        ("p", "At conference the health visitor asked whether Agnieszka might also have postnatal depression. Her "
              "GP saw her on 30/07/2025 and found no signs of it (Edinburgh score 3), and RH has no concerns about "
              "Agnieszka's mental health. This worry is closed."),
        ("h2", "2. Updates"),
        ("p", "JM: Tomasz has been seen every week since July and has taken his medication. His mood score has "
              "come down from 22 to 15 and he is sleeping better, but mornings are still hard and he is not yet "
              "back at work. He has talked openly about the overdose and about Kacper finding him."),
        ("p", "PL (written update): Tomasz's antidepressant was increased on 29/07/2025. PL will see him again on "
              "02/09/2025 and will then give the core group a view on his recovery."),
        ("p", "RH: Zofia weighed 7.1kg on 12/08/2025, on the 50th centile. She is smiley and rolling. AK and TK "
              "both handled her gently and confidently at the visit."),
        ("p", "GD: Kacper's attendance in the summer term was 97%. He was quieter after the overdose and told his "
              "teacher that he “has to watch Daddy”. School has given him a key adult, Miss Reid."),
        ("p", "EN: Ewa has stayed at the house on every night shift since the conference (nine nights) and has "
              "signed the calendar each time."),
        ("h2", "3. What Kacper and Zofia are telling us"),
        ("p", "Kacper (seen on his own at home by BM, 14/08/2025): “Daddy was in hospital because he was sad in "
              "his head. I like it when Ciocia Ewa sleeps over because she makes pancakes. Sometimes I check "
              "Daddy is breathing when he is asleep on the sofa.” He drew his family with his dad in bed and "
              "himself standing next to him."),
        ("p", "Zofia (observed by BM and RH): she settles quickly when Agnieszka or Ewa holds her, smiles and "
              "reaches for Tomasz when he comes into the room, and feeds well from a bottle. She sleeps in her "
              "cot in her parents' room."),
        ("h2", "4. Outcomes we are working towards (from the conference plan)"),
        ("bullets", [
            "Kacper and Zofia are cared for every day and every night by an adult who is well enough to keep "
            "them safe.",
            "Kacper does not have to watch over his dad or get help for him, and knows that the adults will do "
            "this.",
            "Zofia keeps growing along her centile and her health appointments are kept.",
        ]),
        ("h2", "5. Agreed actions"),
        ("numbers", [
            "BM will visit Kacper and Zofia at home every Thursday, with at least one unannounced visit each "
            "month, and will record in each visit note Kacper's own words and how Zofia is fed, held and "
            "settled.",
            "JM will visit Tomasz at home every Tuesday and will send BM, by 12/09/2025, a written assessment of "
            "whether he is making the changes needed to care safely for Kacper and Zofia and how long any "
            "further change is likely to take.",
            "PL will review Tomasz's antidepressant at the outpatient clinic on 02/09/2025 and will send the core "
            "group, before its meeting on 16/09/2025, a written view of his risk to himself, his capacity to "
            "change and the likely timescale of his recovery.",
            "TK will write down his own warning signs and the people he will ring, so that Kacper is never the "
            "one who has to get help, and will give copies to BM, AK and EN by 29/08/2025.",
            "TK will not be the only adult looking after Kacper and Zofia overnight until JM's assessment is "
            "received, and AK will mark every night shift on the family calendar for BM to see at each Thursday "
            "visit.",
            "EN will stay at the family home on every night that AK works a night shift and will initial the "
            "family calendar each morning after her stay.",
            "RH will weigh Zofia at home every two weeks, check her development against the ASQ-3, and email BM "
            "her weight plotted on the red book chart after each visit.",
            "GD will meet Kacper with Miss Reid on the first day of term, 03/09/2025, and every Monday morning "
            "after that, and will email BM each Friday a note of his attendance and how he has seemed.",
            "BM will refer Kacper to Arnsheld Young Carers by 22/08/2025 and will put the service's acceptance "
            "letter on his file.",
            "AK will take Zofia to her hip check at the children's outpatient clinic, Arnsheld Royal Infirmary, "
            "on 04/09/2025 and will show RH the clinic letter at her next home visit.",
        ]),
        ("h2", "6. Contingency plan (confirmed; no change from conference)"),
        ("p", "If Tomasz tells anyone he is thinking of harming himself, or shows two of the warning signs in his "
              "list (not sleeping, not taking his tablets, talking about being a burden, staying in bed all day), "
              "AK or EN will ring the Arnsheld mental health crisis line, or 999 if he is in danger, and the "
              "children will go with EN to her flat at 3 Rowan Court that night. BM will hold a strategy "
              "discussion the same day."),
        ("p", "If EN cannot stay on a night shift, AK will not work that shift (her manager has agreed this in "
              "writing). If neither AK nor EN can be with the children overnight, BM will arrange for Kacper and "
              "Zofia to stay together with emergency foster carers that night."),
        ("p", "If Tomasz takes another overdose, or JM's assessment or PL's view says he cannot make the changes "
              "needed within the children's timescale, BM will request a legal planning meeting within five "
              "working days."),
        ("h2", "7. Next meetings"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 10am, Arnsheld Family Hub: 16/09/2025 and 14/10/2025.",
            "Review child protection conference: Tuesday 21/10/2025, 2pm, Arnsheld Civic Centre.",
        ]),
        ("p", "Minutes agreed by everyone present. Sent to all core group members and to PL by BM on 20/08/2025."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Child-friendly version of an ICPC plan, written to a 10-year-old. Mum's
#    depression is current and "Horizons" (the community mental health team)
#    is explained in plain words; Dad's drug use is past, and "If Dad starts
#    using drugs again" is a hypothetical; Grandad's drinking is a
#    relative's. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b101_appleskeld_child_friendly_my_plan_lightfoot.md",
    "split": "tune",
    "actions": 8,
    "template": "child-friendly-markdown-plan-addressed-to-child-hello-whos-who-why-there-is-a-plan-what-you-told-us-what-we-want-for-you-then-bold-name-bullets-with-when-and-well-know-because-if-things-go-wrong-when-the-grown-ups-meet",
    "description": (
        "Exemplary child-friendly version of an initial conference plan, written to a 10-year-old "
        "young carer whose mum has severe depression. Each action is a bullet that starts with the "
        "person's name in bold and says when and how 'we'll know'. Mum's nurse works for "
        "'Horizons', explained in plain words as the community mental health team, and writes to "
        "the social worker on whether Mum can get well enough in time. Dad stopped using drugs in "
        "2021 with clear tests ('If Dad starts using drugs again' is only a hypothetical), and "
        "Grandad's drinking is a relative's. The nan's days have a fallback, legal planning is "
        "explained, dates are set."
    ),
    "text": """\
# My plan — for Maddie

*Appleskeld Council Children's Services. This is the child-friendly version of the child protection plan made
at the conference on Tuesday 12/08/2025. Jo wrote it for Maddie, and read it with her on 14/08/2025. Alfie has
his own picture version.*

## Hello Maddie

This is your plan. It says what the grown-ups who help your family are going to do, and when, so that you and
Alfie are looked after properly and you don't have to do so many grown-up jobs. If any of it doesn't make
sense, ask Jo and she will explain it.

## Who's who in your plan

- **Jo Hartley** — your social worker. Her job is to make sure you and Alfie are safe and well looked after.
- **Mum (Sam)** and **Dad (Lee)**.
- **Dev Patel** — Mum's nurse at Horizons. Horizons is the name of the team of nurses and doctors in
  Appleskeld who help grown-ups who are poorly in their mind, like Mum. (Grown-ups call it the Community
  Mental Health Team.)
- **Nana Jean** — Dad's mum. She lives on Cherry Lane, five minutes from your house.
- **Mrs Carter** — the teacher at Hillcrest Primary whose job is to keep children safe.
- **Kim** — from Appleskeld Young Carers, a club for children who look after someone at home.

## Why there is a plan

Mum has been very poorly with depression since the spring. Depression is an illness that makes people feel
very sad and tired, and most days Mum has stayed in bed until after you got home from school. You have been
getting Alfie up, making breakfast and walking him to school, and you were both late 19 times last term. Dad
works long shifts driving a delivery van and often isn't home until after 8pm. One day in June you and Alfie
had no tea because there was no food in the house.

Dad used to take drugs, but he stopped in 2021, and all his tests this year have been clear. Nobody is worried
about that now.

## What you told us

You told Jo: *"I do Alfie's cereal and his book bag. I don't mind really but I'm tired and I get told off for
being late. I worry about Mum when I'm at school. I like Nana's because she does proper tea."* You said you
don't like going to Grandad Mick's because *"he drinks loads of beer and shouts at the telly"*. You gave home
4 out of 10 and Nana's 9 out of 10. Your three wishes were: Mum gets better, no more being late, and going back
to gymnastics on Saturdays.

Alfie (6) told Jo that Maddie is "the boss of breakfast". He drew Mum in bed with the curtains shut.

## What we want for you and Alfie

1. You and Alfie get to school on time every day, having had breakfast.
2. You don't have to look after Mum or Alfie, and you have time to play, see your friends and do gymnastics.
3. You are looked after by a mum who is well enough to care for you, and when she isn't, another safe grown-up
   is there straight away.
4. You know who to ring if you are worried, and you feel OK about ringing them.

## Who is going to do what

- **Jo** will come to see you and Alfie at home every Wednesday after school, and will talk to you on your own
  each time. We'll know because Jo writes down what you tell her after every visit and reads it back to you
  the next week.
- **Dev** will visit Mum at home every Monday and Thursday to see how she is and help her with her medicine, and
  by 26/09/2025 Dev will write to Jo to say whether Mum is getting well enough to look after you and Alfie,
  what still needs to change and how long that might take. We'll know because Jo gets Dev's letter and shares
  it at the next grown-ups' meeting.
- **Mum** will get up and take you and Alfie to school every Monday, Tuesday and Thursday, starting on
  03/09/2025. We'll know because the school register shows you both there before the bell at 8:50.
- **Nana Jean** will take you and Alfie to school every Wednesday and Friday morning, and have you both at her
  house for tea every Tuesday after school, from 03/09/2025. We'll know because Mrs Carter sees Nana drop you
  off, and Nana texts Jo every Tuesday night.
- **Dad** will change his shifts so that he is home by 5pm every weekday from 01/09/2025, and will make tea and
  do bedtime on those nights. We'll know because Dad shows Jo his new rota, and you tell Jo who made your tea.
- **Mrs Carter** will check every morning from 03/09/2025 that you and Alfie are in school on time and have
  had breakfast, and will ring Jo the same day if not. We'll know because she emails Jo your attendance every
  Friday.
- **Kim** will meet you by 19/09/2025 to talk about all the jobs you do at home, and then see you at the
  Thursday young carers' club every week. We'll know because Kim sends Jo your young carer's plan and the
  club register.
- **Jo** will make a family safety plan with you, Mum and Dad by 29/08/2025, saying who you ring and what
  happens if Mum is too poorly to look after you. We'll know because a copy goes on the fridge and you can
  tell Jo what it says without looking.

## If things go wrong

- **If you can't wake Mum in the morning, or Mum says she wants to hurt herself:** ring Dad first, then Nana
  Jean, and if nobody answers ring 999. Nana Jean will come and take you and Alfie to her house, Horizons'
  crisis team will see Mum that day, and Jo will hold a meeting with the police and the doctors the same day
  (a strategy discussion) to decide where you will stay until Mum is safe.
- **If Nana Jean is poorly or away and can't do her days:** Dad will take that morning or evening off work (his
  manager has agreed this with Jo). If Dad can't either, Jo will arrange for you and Alfie to stay together
  with a foster carer that day.
- **If Dad starts using drugs again:** he will not look after you on his own, you and Alfie will stay at Nana
  Jean's, and Jo will hold a strategy discussion the same day.
- **If things have not got better by the review meeting on 06/11/2025** (if you are still often late or hungry
  at school, or Dev says Mum can't get well enough in time): Jo will ask for a legal planning meeting within
  five working days. That is a meeting with the council's lawyers to decide whether a court needs to help
  make decisions about you and Alfie.

## When the grown-ups meet

- The grown-ups who help your family (the **core group**) will meet every 4 weeks, on Tuesdays at 3:30pm at
  Hillcrest Primary: 26/08/2025, 23/09/2025 and 21/10/2025. Jo will ask you before each one what you want
  them to know.
- The **review child protection conference** is on Thursday 06/11/2025 at 10am at Appleskeld Town Hall. You can
  come for the first part, or write or draw what you want to say and Jo will read it out.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Review conference plan, plain-text case-system print. Mother's type 1
#    diabetes with severe hypos (current physical illness); the diabetes team
#    inside the district hospital owns tasks, its staff named by person only
#    in the tasks and by service once in the who's who fields. Father's past
#    drinking is negated by a normal test; an uncle's drinking is a
#    relative's. Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b101_ashwyndle_rcpc_case_system_print_rendell.txt",
    "split": "tune",
    "actions": 11,
    "template": "rcpc-plain-text-case-system-print-dotted-field-header-who-is-who-field-block-numbered-sections-reason-childrens-experience-outcomes-then-numbered-tasks-with-action-owner-timescale-measure-fields-contingency-meetings",
    "description": (
        "Exemplary first review conference plan for a 4-year-old and a 9-month-old whose mother has "
        "type 1 diabetes and has had three severe hypos while caring for them alone. A plain-text "
        "case-system print: a who's who field block gives each professional's service once, and "
        "the numbered tasks name them by person only (the diabetes specialist nurse and consultant "
        "of the Diabetes Centre inside the district hospital, and the GP). The father's past heavy "
        "drinking is negated by a normal blood test; the mother's brother's drinking is a "
        "relative's. Every task has owner, timescale and measure; the grandmother's days have a "
        "fallback, legal planning follows named triggers, dates are set."
    ),
    "text": """\
ASHWYNDLE COUNCIL                                  CARELINK CHILDREN'S RECORD v7.2
CP PLAN - REVIEW CONFERENCE                                PRINTED 27/08/2025 11:06
USER: PNAIR                                                            PAGE 1 OF 1
===================================================================================
CHILDREN ...... Jayden RENDELL, DOB 03/06/2021 (4)        CARELINK ID 774120
                Ivy RENDELL, DOB 19/11/2024 (9 months)    CARELINK ID 774121
ADDRESS ....... 31 Pitt Street, Ashwyndle AS6 2LQ
MOTHER ........ Leanne Rendell (28)
FATHER ........ Dean Rendell (31), HGV driver, works away Monday to Thursday nights
MAT. GRANDMOTHER Brenda Holt (58), 4 Weaver Close, Ashwyndle
CATEGORY ...... Neglect
CONFERENCE .... First review conference 26/08/2025 (ICPC 03/06/2025). Chair: Tom Ellery
===================================================================================

WHO IS WHO
-----------------------------------------------------------------------------------
Priya Nair ......... Social worker (lead professional), Ashwyndle Children's Services
Gemma Fowler ....... Health visitor, Ashwyndle 0-19 Service
Claire Openshaw .... Diabetes specialist nurse, Diabetes Centre, Ashwyndle General
                     Hospital
Dr M Farooq ........ Consultant diabetologist, Diabetes Centre, Ashwyndle General
                     Hospital
Dr S Adebayo ....... GP, Fernlea Surgery
Helen Pryor ........ Designated safeguarding lead, Robin's Nest Nursery

SECTION 1  WHY THE CHILDREN ARE ON A PLAN
-----------------------------------------------------------------------------------
Leanne has type 1 diabetes. Between February and May 2025 she had three severe
hypos (very low blood sugar) while she was alone with the children; each time she
needed an ambulance. On 14/05/2025 Jayden found her unconscious on the bathroom
floor with Ivy in the bath seat, and a neighbour heard him crying and called 999.
Leanne had missed four of her last six Diabetes Centre appointments and was not
checking her blood sugar before meals. Since the initial conference she has been to
every appointment, and there has been one severe hypo (on 02/07/2025, at night,
with Dean at home).

Dean told the initial conference that he drank heavily until 2023. There are no
current concerns about his drinking: his CDT blood test on 01/07/2025 was normal
and nobody has seen him drink. Leanne's brother, Craig Holt, drinks heavily and
has been asked by the family not to look after the children.

SECTION 2  THE CHILDREN'S EXPERIENCE
-----------------------------------------------------------------------------------
Jayden (seen on his own at nursery by PN, 19/08/2025): "Mummy fell asleep on the
floor and I couldn't wake her up. I gave her my juice. Now Mummy has a beeper on
her arm and it beeps when she needs sweets." He said he likes Nana Brenda's
because "she has a trampoline". He gave home a big smiley face and drew the
ambulance.

Ivy is 9 months. On four visits since June she was clean and well dressed, babbled
to her mum and crawled to her for cuddles. She is on the 25th centile for weight.
She cried and clung to Leanne when the paramedics came on 02/07/2025 (Dean's
account).

SECTION 3  OUTCOMES FOR JAYDEN AND IVY
-----------------------------------------------------------------------------------
3.1 Jayden and Ivy are never left alone with a parent who is unconscious or too
    unwell to care for them.
3.2 Jayden knows what to do if he cannot wake his mum, and has an adult to go to.
3.3 Ivy keeps growing along her centile and reaches her milestones.
3.4 Jayden goes to nursery on every one of his days and starts school in
    September 2026 settled.

SECTION 4  TASKS
-----------------------------------------------------------------------------------
TASK 01
  ACTION ...... Visit Jayden and Ivy at home, one visit in four unannounced, and
                see Jayden on his own
  OWNER ....... Priya Nair (SW)
  TIMESCALE ... Every Thursday from 28/08/2025
  MEASURE ..... CareLink visit entries record Jayden's words and how Ivy was fed,
                changed and settled

TASK 02
  ACTION ...... Fit Leanne with a glucose sensor whose low-sugar alarm also sounds
                on Dean's and Brenda's phones, and teach all three what to do when
                it goes off
  OWNER ....... Claire Openshaw
  TIMESCALE ... By 12/09/2025
  MEASURE ..... Clinic letter to the SW confirming the sensor is fitted, the alarm
                is shared and who was trained

TASK 03
  ACTION ...... See Leanne in clinic to adjust her insulin, and give a written
                view on whether her diabetes is controlled well enough for her to
                care for Jayden and Ivy on her own
  OWNER ....... Dr Farooq
  TIMESCALE ... 16/09/2025, then every 6 weeks
  MEASURE ..... Clinic letter to the SW and GP after each appointment, with her
                HbA1c and the number of hypos since the last one

TASK 04
  ACTION ...... Wear the sensor at all times, check her sugar before every feed or
                bath of Ivy and before the nursery run with Jayden, and keep glucose
                tablets in the changing bag
  OWNER ....... Leanne Rendell (mother)
  TIMESCALE ... Every day from 28/08/2025
  MEASURE ..... Sensor download shared at each clinic; the HV and SW see the
                tablets in the changing bag at their visits

TASK 05
  ACTION ...... Prescribe a glucagon injection kit for the home and show Dean and
                Brenda how to use it
  OWNER ....... Dr S Adebayo
  TIMESCALE ... By 05/09/2025
  MEASURE ..... GP letter to the SW; the SW sees the kit in the kitchen cupboard at
                her next visit

TASK 06
  ACTION ...... Weigh Ivy and check her development
  OWNER ....... Gemma Fowler (HV)
  TIMESCALE ... Every other Tuesday from 02/09/2025
  MEASURE ..... Weight plotted on the red book chart and emailed to the SW after
                each visit; ASQ-3 scores at 12 months

TASK 07
  ACTION ...... Do direct work with Jayden so he knows what to do if he cannot wake
                his mum (press the red button on her phone, go next door to Mrs
                Khan at number 29)
  OWNER ....... Priya Nair (SW)
  TIMESCALE ... Three sessions by 26/09/2025
  MEASURE ..... Jayden shows the SW what he would do; his picture card kept by
                the phone and a copy on CareLink

TASK 08
  ACTION ...... Look after Jayden and Ivy at her house from 8am to 6pm while Leanne
                works at the pharmacy
  OWNER ....... Brenda Holt (maternal grandmother)
  TIMESCALE ... Every Monday and Wednesday
  MEASURE ..... Brenda's diary of each day, seen by the SW at her visits

TASK 09
  ACTION ...... Phone Leanne at 8am, 12 noon and 5pm on every day he works away, and
                ring Brenda or 999 if Leanne does not answer within 10 minutes
  OWNER ....... Dean Rendell (father)
  TIMESCALE ... Every day he works away (Monday to Thursday)
  MEASURE ..... Call log on Dean's phone shown to the SW at the first visit of
                each month

TASK 10
  ACTION ...... Check Jayden's attendance and how he presents, and tell the SW the
                same day if he is absent without a reason
  OWNER ....... Helen Pryor (DSL)
  TIMESCALE ... Every Tuesday, Thursday and Friday (Jayden's nursery days)
  MEASURE ..... Attendance and any concerns emailed to the SW every Friday

TASK 11
  ACTION ...... Update the assessment of Leanne's and Dean's care of the children,
                including whether the sensor alarm and the call plan keep them safe
  OWNER ....... Priya Nair (SW)
  TIMESCALE ... By 24/10/2025
  MEASURE ..... Updated assessment shared with the parents and the core group, and
                presented to the next review conference

SECTION 5  CONTINGENCY
-----------------------------------------------------------------------------------
5.1 If Leanne has a severe hypo (she needs another person or an ambulance to
    treat it) while she is caring for the children, Jayden and Ivy will go to
    Brenda's home that day and stay there until Claire Openshaw has reviewed
    Leanne's insulin, and the SW will visit the children the same day.
5.2 If Brenda cannot look after the children on a Monday or Wednesday (illness or
    holiday), Dean will not work away that week (his employer has agreed this).
    If neither of them can, the SW will arrange for Jayden and Ivy to stay
    together with a foster carer that day.
5.3 Craig Holt will not look after the children at any time. If he is found
    caring for them, the SW will visit the same day and the children will go to
    Brenda's.
5.4 If Leanne has another severe hypo while alone with the children after the
    sensor is fitted, or misses two Diabetes Centre appointments in a row, the SW
    will request a legal planning meeting within 5 working days.

SECTION 6  MEETINGS
-----------------------------------------------------------------------------------
CORE GROUP ......... Every 6 weeks, Tuesdays 1:30pm, Pitt Street Children's Centre:
                     07/10/2025, 18/11/2025, 13/01/2026
NEXT REVIEW CPC .... 17/02/2026 10am, Ashwyndle Civic Centre Room 2
===================================================================================
END OF PRINT
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Letter to a mother after an ICPC. Her schizoaffective disorder is
#    current; the psychosis and perinatal workers are named by person only in
#    the letter, their services given once in the copy list. The father's
#    past cannabis use is negated by a clear test. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b101_arkenfold_icpc_letter_copy_list_okoye.pdf",
    "doc_title": "Letter - Child Protection Plan for Amara and Tobi",
    "split": "tune",
    "actions": 10,
    "template": "icpc-decision-letter-to-mother-printed-to-pdf-page-header-footer-addresses-why-plan-childrens-words-outcomes-then-bulleted-what-we-agreed-will-happen-sentences-i-and-you-if-things-go-wrong-meetings-signature-block-copy-list-with-services",
    "description": (
        "Exemplary letter to a mother after the initial conference for her 5-year-old and her "
        "3-month-old; she has schizoaffective disorder and spent five weeks in a mother and baby "
        "unit this spring. Word letter printed to PDF with a header and a page footer. The plan "
        "is a list of one-sentence actions ('I' is the social worker, 'you' the mother). Her "
        "psychiatrist, care co-ordinator and perinatal nursery nurse are named by person only in "
        "the actions; their services appear once, in the copy list. All three assess or report on "
        "change. The father's past cannabis use is negated by a clear hair test. The grandmother's "
        "nights have a fallback, legal planning follows named triggers, dates are set."
    ),
    "header": "OFFICIAL-SENSITIVE – Arkenfold City Council – Children's Social Care",
    "footer": "Letter to Grace Okoye, 30/07/2025 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("pr", "Children's Social Care, Safeguarding Team 3"),
        ("pr", "Arkenfold City Council, Civic Centre, Arkenfold AK1 2RD"),
        ("pr", "30/07/2025"),
        ("pl", "Ms Grace Okoye"),
        ("pl", "Flat 12, Beaumont House"),
        ("pl", "Carrow Road"),
        ("pl", "Arkenfold AK4 7NS"),
        ("p", ""),
        ("boldp", "Child protection plan for Amara (5) and Tobi (3 months)"),
        ("p", "Dear Grace,"),
        ("p", "Thank you for coming to the initial child protection conference on Monday 28/07/2025 with Femi and "
              "your mum, Nneka. I know it was a hard meeting. The conference decided that Amara and Tobi should "
              "have a child protection plan under the category of neglect. This letter sets out the plan we "
              "agreed, in the words we used at the meeting. Please keep it, and ring me if anything in it is "
              "not clear."),
        ("boldp", "Why Amara and Tobi have a plan"),
        ("p", "You have schizoaffective disorder. After Tobi was born in April you stopped taking your medication, "
              "became unwell and believed that people were putting things in Tobi's milk. You would not let "
              "anyone else feed him and he lost weight. You and Tobi were in the Willow Mother and Baby Unit for "
              "five weeks and came home on 30/06/2025. Amara stayed with Nneka while you were in hospital and "
              "missed eleven days of school because she was frightened to leave Nneka."),
        ("p", "At conference you told us that Femi smoked cannabis until 2023. He has stopped; his hair strand "
              "test in June 2025 was clear, and nobody at conference had any worry about drug use now."),
        ("boldp", "What Amara told us, and what we have seen of Tobi"),
        ("p", "Amara told me on 22/07/2025, at Nneka's kitchen table: “Mummy was poorly and said funny things about "
              "the milk. I'm glad she's home but I don't want her to go to hospital again. I like it when Grandma "
              "does my hair for school.” She drew the four of you and Grandma holding hands, and said her "
              "worry was “Mummy going back to sleep in the hospital”."),
        ("p", "Tobi is 3 months old. At home on 25/07/2025 he fed well from you, watched your face and smiled when "
              "you sang to him. He settled quickly with Nneka at night. His weight is back on the 9th centile."),
        ("boldp", "What we want for Amara and Tobi"),
        ("bullets", [
            "Tobi is fed, warm and safe every day and night, and keeps gaining weight along the 9th centile or "
            "above.",
            "Amara and Tobi are cared for by a mum who is well, and when you are unwell another safe adult is "
            "with them straight away.",
            "Amara goes to school every day, feels safe at home, and knows who to talk to when she is worried.",
        ]),
        ("boldp", "What we agreed will happen"),
        ("bullets", [
            "I will visit Amara and Tobi at home every Tuesday, with one visit a month unannounced, and I will "
            "write down what Amara tells me and how Tobi is fed and settled at each visit.",
            "Dr Helen Marsh will see you in her clinic every four weeks, starting on 07/08/2025, and will write "
            "to me by 19/09/2025 with her assessment of your capacity to make and keep the changes Amara and "
            "Tobi need, and how long this is likely to take.",
            "Sean Gallagher will visit you at home every Monday and Thursday, count your tablets with you, and "
            "send me a written report before each core group on whether the warning signs in your relapse plan "
            "have appeared and whether you are making the changes we agreed.",
            "Joy Ibe will film six short play sessions with you and Tobi by 31/10/2025 and score the first and "
            "the last, so that we can all see whether you are noticing and answering Tobi's cues more quickly.",
            "You will take your medication every evening and keep your tablet box where Sean can count it at "
            "each of his visits.",
            "Nneka will sleep in Tobi's room and do his night feeds every night until Dr Marsh's assessment is "
            "received, writing each feed in the feed book that I will check at every visit.",
            "Femi will take Amara to school and collect her every weekday from 03/09/2025, and the school office "
            "will note who collected her each day.",
            "Mrs Anjali Patel, the designated safeguarding lead at Arkenfold Road Primary, will check Amara's "
            "attendance and how she seems every school day from 03/09/2025 and email me a summary every "
            "Friday.",
            "Kirsty Dale, Tobi's health visitor, will weigh him at home every two weeks and send me his weight, "
            "plotted on his red book chart, after each visit.",
            "I will complete a parenting assessment with you and Femi by 10/10/2025 and share the report with "
            "you both, with the core group and with the review conference.",
        ]),
        ("boldp", "If things go wrong"),
        ("p", "If you stop your medication for two days (Sean's count), or you, Nneka or Femi notice two of the "
              "warning signs in your relapse plan (not sleeping, hearing voices, believing people are watching "
              "the flat or touching Tobi's milk), Sean will arrange for the crisis team to see you that day, "
              "Nneka and Femi will care for Amara and Tobi at home, and you will not be alone with Tobi until the "
              "crisis team says it is safe. I will hold a strategy discussion the same day."),
        ("p", "If Nneka cannot stay overnight (she is ill, or visiting family in Leeds), Femi will do the night "
              "feeds. If neither of them can, I will arrange that day for Tobi to stay with a foster carer, with "
              "you and Femi seeing him every day, and Dr Marsh will be asked the same day about a bed for you "
              "and Tobi at the Willow Mother and Baby Unit."),
        ("p", "If you are admitted to hospital again, or Dr Marsh's assessment says the changes cannot be made in "
              "time for Tobi, I will ask my manager, Rebecca Hollis, for a legal planning meeting within five "
              "working days."),
        ("boldp", "Meetings"),
        ("bullets", [
            "Core group: every four weeks at Arkenfold Road Children's Centre, Tuesdays at 1pm: 12/08/2025, "
            "09/09/2025 and 07/10/2025. You, Femi and Nneka are part of the core group.",
            "Review child protection conference: Thursday 23/10/2025 at 10am, Arkenfold Civic Centre.",
        ]),
        ("p", "If you want an advocate to help you at these meetings, tell me and I will refer you to Arkenfold "
              "Parents' Advocacy."),
        ("p", "Yours sincerely,"),
        ("pl", "Hannah Reeve"),
        ("pl", "Social Worker, Safeguarding Team 3, Arkenfold City Council"),
        ("pl", "Tel 01632 960 418 · hannah.reeve@arkenfold.gov.example"),
        ("p", ""),
        ("boldp", "Copies to"),
        ("bullets", [
            "Femi Adeyemi (Tobi's father) and Nneka Okoye (maternal grandmother)",
            "Dr Helen Marsh, Consultant Psychiatrist, Arkenfold Early Intervention in Psychosis Service",
            "Sean Gallagher, Care Co-ordinator (community psychiatric nurse), Arkenfold Early Intervention in "
            "Psychosis Service",
            "Joy Ibe, Nursery Nurse, Arkenfold Perinatal Mental Health Team",
            "Kirsty Dale, Health Visitor, Arkenfold Healthy Child Service",
            "Mrs Anjali Patel, Designated Safeguarding Lead, Arkenfold Road Primary School",
            "Dr Chidi Obi, GP, Carrow Road Medical Practice",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Review conference plan in a Word table, mother's current depression and
#    anxiety; "Talking Matters" (NHS talking therapies) explained in a who's
#    who table. Most rows are about the mother's own needs with no link to
#    the children; an uncle's drinking is a relative's. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b101_altonbeck_rcpc_word_table_talking_matters_castellano.docx",
    "doc_title": "Review Child Protection Plan - Leo and Mia Castellano",
    "split": "tune",
    "actions": 11,
    "template": "rcpc-word-plan-details-list-whos-who-table-name-role-service-progress-childrens-words-outcomes-then-numbered-five-column-action-who-when-how-well-know-table-contingency-core-group-review",
    "description": (
        "First review conference plan for a 12-year-old and an 8-year-old whose mother has depression "
        "and panic attacks and rarely leaves the house. A who's who table explains 'Talking Matters' "
        "as the NHS talking therapies service; the GP owns rows, so adult services are involved. "
        "The rows about the children and their grandmother and aunt are sound, but six of the "
        "eleven rows are about the mother's own treatment, housing, debts and wellbeing with no "
        "link to the children. Faults: CBT that only treats her, a housing row that is 'Ongoing', "
        "'Engagement' and 'Sofia feels better' as the only measures, a GP referral for assessment "
        "with no output, a young carer's assessment with no owner, an outcome only about the "
        "mother, and a contingency that relies on the grandmother with no fallback. The uncle's "
        "drinking is a relative's."
    ),
    "blocks": [
        ("title", "Review Child Protection Conference – Child Protection Plan"),
        ("p", "Altonbeck Borough Council · Children and Families · Safeguarding Team West"),
        ("kv", [
            ("Children", "Leo Castellano (12), DOB 07/01/2013; Mia Castellano (8), DOB 22/04/2017"),
            ("Address", "Flat 9, Skelton House, Mill Road, Altonbeck AB3 4TE (second floor)"),
            ("Mother", "Sofia Castellano (38)"),
            ("Father", "Gary Pearce, lives in Spain; phones the children on Sundays"),
            ("Maternal grandmother", "Rosa Castellano (66), 2 Orchard Street, Altonbeck"),
            ("Maternal aunt", "Lucia Fenwick, 17 Beacon Rise, Altonbeck"),
            ("Category", "Neglect"),
            ("Conference", "First review, 02/09/2025 (ICPC 10/06/2025). Chair: Margaret Osei"),
            ("Social worker", "Connor Walsh (team manager: Deborah Kaye)"),
        ]),
        ("h1", "Who's who"),
        ("table", {
            "header": ["Name", "Role", "Service"],
            "widths": [4.0, 5.0, 8.0],
            "rows": [
                ["Connor Walsh", "Social worker", "Altonbeck Children and Families"],
                ["Nadia Ferris", "CBT therapist", "Talking Matters – Altonbeck's NHS talking therapies service "
                                                  "for adults with anxiety and depression"],
                ["Dr Ruth Abara", "GP", "Millfield Medical Centre"],
                ["Amy Kendal", "Family support worker", "Altonbeck Early Help"],
                ["Mrs Joanne Brook", "Designated safeguarding lead", "Altonbeck Academy (Leo)"],
                ["Mr Tariq Hussain", "Designated safeguarding lead", "St Anne's Primary (Mia)"],
            ],
        }),
        ("h1", "Progress since the initial conference"),
        ("p", "Sofia has had depression and panic attacks since her relationship with Gary ended in 2024. She "
              "rarely leaves the flat and at the initial conference there was little food in the house, the "
              "children's bedding was dirty and Mia's attendance was 84%. Leo was doing the shopping, getting "
              "Mia to school and cooking most evenings. Since June Sofia has started sertraline and has been to "
              "four CBT sessions. The flat is cleaner and there has been food in the cupboards on five of the "
              "last six visits. Mia's attendance in the last half-term was 89%; Leo's was 93%."),
        ("p", "Sofia's brother Marco drinks heavily. He lived at the flat until May and has moved to Leeds; he "
              "does not visit and is not to look after the children."),
        ("h1", "What Leo and Mia say"),
        ("p", "Leo (seen on his own, 21/08/2025): “It's better than before. Mum gets up more. I still do the "
              "shopping on Saturdays because she doesn't like the shop. I'd like to go to football training on "
              "Thursdays but I have to get Mia.” He scored home 6 out of 10 (3 at the initial conference)."),
        ("p", "Mia (seen on her own, 21/08/2025) said she likes Nonna Rosa's on Tuesdays and Thursdays “because "
              "she does pasta and plaits”, and that Mum “cries in the bathroom sometimes”. She drew the flat with "
              "the curtains open."),
        ("h1", "Outcomes"),
        ("bullets", [
            "Leo and Mia go to school every day, on time, fed and in clean uniform.",
            "Leo no longer does the family shopping or gets Mia to school, and goes to football training.",
            "The flat is clean and safe, with food in the cupboards and clean bedding every week.",
            "Sofia feels less anxious and her mood lifts.",
        ]),
        ("h1", "Action plan"),
        ("table", {
            "header": ["No.", "Action", "Who", "When", "How we'll know"],
            "widths": [1.0, 5.6, 3.6, 2.8, 4.0],
            "rows": [
                ["1", "Visit Leo and Mia at home, see each child on their own and check the kitchen cupboards and "
                      "bedrooms",
                 "Connor Walsh, SW", "Every Thursday from 04/09/2025",
                 "Visit notes record each child seen alone, what they said, and the food and bedding seen"],
                ["2", "Check Leo's and Mia's attendance and lateness and phone the SW the same day if either is "
                      "absent",
                 "Mrs Brook (DSL, Altonbeck Academy) for Leo; Mr Hussain (DSL, St Anne's) for Mia",
                 "Every school day",
                 "Attendance emailed to the SW each Friday; both children at 90% or more by the next review"],
                ["3", "Take Mia to school and give both children their tea at her house",
                 "Rosa Castellano (maternal grandmother)", "Every Tuesday and Thursday from 02/09/2025",
                 "School register shows Mia on time on those days; Rosa texts the SW about any missed day"],
                ["4", "Have Leo and Mia to stay every other Saturday night and take them to their Saturday "
                      "activities",
                 "Lucia Fenwick (maternal aunt)", "Every other Saturday from 06/09/2025",
                 "Lucia texts the SW after each stay; Leo and Mia tell the SW about the weekends at visits"],
                ["5", "Review Sofia's sertraline dose and tell the SW of any change to her prescription",
                 "Dr Ruth Abara, GP", "By 19/09/2025", "GP letter on file"],
                ["6", "Weekly CBT sessions for Sofia's anxiety and panic attacks",
                 "Nadia Ferris, Talking Matters", "Weekly for 12 weeks from 09/09/2025",
                 "Talking Matters sends the SW an attendance record every four weeks"],
                ["7", "Help Sofia complete her application to move to a ground-floor flat near her mother",
                 "Amy Kendal, FSW", "Ongoing", "Housing application reference number on file"],
                ["8", "Sofia to see the debt adviser at Altonbeck Citizens Advice about her rent arrears",
                 "Sofia Castellano", "By 30/09/2025", "Engagement with the service"],
                ["9", "Sofia to attend the women's wellbeing group at Millfield Family Hub",
                 "Sofia Castellano", "Every Thursday at 10am", "Sofia feels better"],
                ["10", "Refer Sofia to the Community Mental Health Team for an assessment of her diagnosis and "
                       "medication",
                 "Dr Ruth Abara, GP", "By 19/09/2025", ""],
                ["11", "Young carer's assessment for Leo, with a place at the Monday young carers' club",
                 "-", "By 17/10/2025", "Assessment and club place confirmed in writing to the SW"],
            ],
        }),
        ("h1", "Contingency"),
        ("p", "If Sofia cannot get out of bed to get the children to school on two days in a row, or Leo or Mia "
              "tell anyone there is no food in the flat, Leo and Mia will stay with their grandmother, Rosa, at "
              "2 Orchard Street, and Connor will visit them there the same day."),
        ("p", "If Mia's or Leo's attendance is below 90% at the next review, or the flat is again found without "
              "food on two visits, Connor will ask Deborah Kaye for a legal planning meeting within ten working "
              "days."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every six weeks, Wednesdays at 4pm, Millfield Family Hub: 17/09/2025, 29/10/2025 and "
            "10/12/2025.",
            "Second review child protection conference: 27/01/2026, 10am, Altonbeck Town Hall.",
        ]),
    ],
    "findings": [
        F("H001", "Weekly CBT sessions for Sofia's anxiety and panic attacks"),
        F("T002", "Help Sofia complete her application to move"),
        F("M002", "Sofia to see the debt adviser at Altonbeck Citizens Advice"),
        F("M002", "Sofia to attend the women's wellbeing group"),
        F("M001", "Refer Sofia to the Community Mental Health Team for an"),
        F("W001", "Young carer's assessment for Leo, with a place"),
        F("F002", "Sofia feels less anxious and her mood lifts."),
        F("F001"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 7. ICPC plan sent round by email, father's current heavy drinking; the
#    adult alcohol service ("The Lantern") is only somewhere he goes and owns
#    no action. Mother's postnatal depression is past and resolved; the
#    paternal grandmother's dementia is a relative's. Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b101_averscombe_icpc_email_dash_actions_doherty.txt",
    "split": "tune",
    "actions": 14,
    "template": "icpc-plain-text-email-export-headers-covering-note-upper-case-sections-why-day-outcomes-then-dash-lines-under-actions-agreed-contingency-meetings-signature-confidentiality-footer",
    "description": (
        "Initial conference plan for a 6-year-old and an 18-month-old whose father drinks heavily and "
        "was caught driving the elder child over the limit, sent round as a plain-text email with "
        "dash lines under 'ACTIONS AGREED:'. Most lines are sound. The adult alcohol service, 'The "
        "Lantern', is explained in plain words but appears only as somewhere the father goes, and "
        "he, not his GP, owns the blood tests, so no adult service owns an action. The mother's "
        "postnatal depression ended in 2020 with no current concerns, and the grandmother's "
        "dementia is a relative's. Faults: Lantern appointments 'as and when', 'keep an eye on' as "
        "the only measure, passive breath tests, a parenting course 'start date TBC', 'The family' "
        "arranging the grandmother's care, the aunt's support with no fallback, and the review "
        "conference 'to be confirmed'."
    ),
    "text": """\
From:     Sinead Byrne <sinead.byrne@averscombe.gov.example>
Sent:     Friday 15 August 2025 16:42
To:       Doherty core group
Cc:       Averscombe Conference Team
Subject:  Doherty - Ellie (6) and Finn (18 months) - CP plan from ICPC 14/08/2025

Hi all,

Thank you for your time at conference yesterday. The plan as agreed is below.
Please check your actions and let me know by Wednesday if anything is wrong.

Sinead

-----------------------------------------------------------------------------
CHILD PROTECTION PLAN - ELLIE AND FINN DOHERTY
Averscombe District Council, Children's Services
Initial child protection conference 14/08/2025 - Chair: Paul Ainsworth
Category: neglect
-----------------------------------------------------------------------------

FAMILY
Ellie Doherty (6), DOB 02/02/2019 - Averscombe C of E Primary, Year 2 from Sept
Finn Doherty (18 months), DOB 09/02/2024
Chloe Doherty (30) - mum
Shane Doherty (34) - dad
Betty Doherty (79) - Shane's mum, lives with the family since May 2025
Niamh Doherty (29) - Shane's sister, 6 Quarry Row, Averscombe
All at 14 Linden Avenue, Averscombe AV2 8HS, apart from Niamh

WHY THERE IS A PLAN
Shane told conference that he drinks eight to ten cans of strong lager most
evenings and more at weekends. On 11/07/2025 police stopped him driving Ellie
home from a birthday party; he was over the limit and has been charged. Chloe
says he is irritable and shouts when he has been drinking, and that she has
found him asleep on the sofa with Finn awake in his cot at 2am. He has been to
one appointment at The Lantern (Averscombe's drug and alcohol service for
adults) after his GP referred him in July.

Betty has Alzheimer's disease and moved in with the family in May. Chloe looks
after her in the day as well as Finn, and says she is exhausted. Chloe had
postnatal depression after Ellie was born; her GP treated it and she has been
well and off medication since 2020. Rachel Ogden (HV) and the GP have no
current concerns about Chloe's mental health.

ELLIE AND FINN'S DAY
Ellie (seen on her own at home, 08/08/2025): "Daddy drives funny when he's had
his cans. I had to hold on to the door. I like it when Auntie Niamh picks me
up because she lets me choose the music." She gave home 5 out of 10 and said
she wants "Daddy to stop his cans and take me to the park".

Finn is 18 months. On two visits he was clean, fed and walking well; he says
a few words ("Mama", "dog", "more"). He went to Chloe for comfort and played
happily beside Ellie. Rachel has noticed a flat head from long periods in his
cot and bouncer.

WHAT WE WANT FOR ELLIE AND FINN
1. Ellie and Finn are cared for every day and night by a sober adult, and are
   never driven by anyone who has been drinking.
2. Ellie and Finn do not hear or see shouting and arguments at home.
3. Finn has time out of his cot every day to play, talk and move, and his
   speech keeps developing.
4. Ellie goes to school every day and has someone she can talk to about home.

ACTIONS AGREED:
- Sinead Byrne (SW) will visit Ellie and Finn at home every week from
  18/08/2025, with one unannounced evening visit each month, and will see
  Ellie on her own and write down what she says.
- Rachel Ogden (HV) will see Finn at home every two weeks, weigh him and check
  his speech and development, and will email Sinead his weight and any
  worries after each visit.
- Shane will go to his appointments at The Lantern as and when they are
  offered, and will show Sinead his appointment card.
- Shane will not drink while he is looking after Ellie and Finn, and will not
  drive them anywhere, from 14/08/2025; Chloe will keep an eye on this.
- Shane will ask his GP for liver function blood tests by 05/09/2025 and will
  show Sinead the results letter.
- Breath tests will be done at every home visit from 18/08/2025, with each
  reading written on the visit record.
- Mrs Dawn Kershaw (DSL, Averscombe C of E Primary) will check Ellie's
  attendance, lateness and presentation every school day from 03/09/2025 and
  send Sinead a weekly attendance report, phoning the same day if Ellie says
  anything about drinking at home.
- Niamh Doherty (paternal aunt) will come to the house every Tuesday and
  Thursday evening from 5pm to 9pm while Chloe is at work, so that Shane is
  never alone with Ellie and Finn, and will sign the family diary, which
  Sinead checks at each visit.
- Niamh will collect Ellie from school every Friday and keep her until Chloe
  picks her up at 6pm, and the school office will record each collection.
- Marcus Lee (FSW) will run the Strengthening Families parenting course with
  Chloe and Shane, start date TBC, and give Sinead the certificate of
  completion.
- The family will arrange a day centre place or home carers for Betty by
  30/09/2025, so that Chloe is not caring for Betty and Finn at the same time,
  and will give Sinead a copy of Betty's care plan.
- Sinead (SW) will do three sessions of direct work with Ellie about her dad's
  drinking and who she can talk to, by 26/09/2025, and will keep Ellie's
  worksheets on her file.
- Chloe will start Finn at Little Wrens nursery on Monday and Wednesday
  mornings from 08/09/2025, and the nursery will send Sinead his attendance
  each month.
- Sinead (SW) will complete a parenting assessment, focused on how Shane's
  drinking affects his care of Ellie and Finn, by 24/10/2025 and share the
  report with Chloe, Shane and the core group.

CONTINGENCY
If Shane is found to have been drinking while he is looking after Ellie or
Finn, or drives either child after drinking, he will leave the house that
night, the children will stay at home with Chloe (or with Niamh if Chloe is at
work), and Sinead will hold a strategy discussion with Averscombe Police the
same day. If Shane has two positive breath tests in a row, or has not started
treatment at The Lantern by the first core group, Sinead will request a legal
planning meeting within five working days.

MEETINGS
Core group ........... every 4 weeks at Averscombe Family Hub, 2pm:
                       28/08/2025, 25/09/2025, 23/10/2025
Review conference .... date to be confirmed by the Conference Team

-----------------------------------------------------------------------------
Sinead Byrne
Social Worker | Children's Safeguarding Team (South)
Averscombe District Council | Tel 01632 960 772

This email and any files sent with it are confidential and intended only for
the people it is addressed to. If you have received it in error, please tell
the sender and delete it. Averscombe District Council.
""",
    "findings": [
        F("T002", "Shane will go to his appointments at The Lantern"),
        F("M002", "Shane will not drink while he is looking after Ellie"),
        F("W001", "Breath tests will be done at every home visit"),
        F("T002", "run the Strengthening Families parenting course with"),
        F("W002", "The family will arrange a day centre place"),
        F("F004"),
        F("C003"),
        F("R001"),
    ],
})
