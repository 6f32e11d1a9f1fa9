"""Batch 106, module q: seven fictional plans (held-out material), places beginning with "q".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: measures, timescales and outcomes written in a practitioner's ordinary
prose rather than in template columns. Measures are documents, records or
observations ("the nursery's sign-in sheet", "the contact record", "what the
health visitor sees at the visit", "the GP's letter"); timescales are calendar
events, ages or stages ("before her 12-week immunisations", "by the end of the
spring term", "from discharge", "until she is 16 weeks old"); outcomes say
what the child's day will look like. Mixed in is weak wording that should be
flagged: "ongoing", "as required", "when possible", "keep an eye on",
"support", "to be arranged", "monitored" and measures that are only a meeting
happening.

Two plans are exemplary: a letter to the parents that is the plan (pdf) and
a review plan with the nursery's own part of the plan inside it (docx). The
other five carry a realistic mix of faults among good actions: a one-page
family plan with its pictures described in words (md), a health visitor's
plan for a baby on the children's ward (txt), a plan typed up from the
handwritten flip chart (txt), a table whose action cell carries its own
measure (pdf) and a pre-birth plan timed by weeks of pregnancy and the baby's
age (docx).
"""
from build_batch5 import F, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. ICPC plan written as a letter to the parents. Baby with faltering weight,
#    mother with postnatal depression, father working away, 6-year-old
#    brother. Every action is one sentence in its own paragraph, with its
#    measure as a record or observation. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b106_quennock_icpc_letter_to_parents_marchbank.pdf",
    "doc_title": "Letter to Chloe and Ben Marchbank - Child Protection Plan for Harriet and Alfie",
    "split": "heldout",
    "actions": 10,
    "template": "icpc-letter-to-parents-printed-to-pdf-page-header-footer-address-block-bold-paragraph-headings-why-childrens-days-now-outcomes-as-a-good-day-then-one-sentence-per-action-paragraphs-contingency-meetings-sign-off",
    "description": (
        "Exemplary initial conference plan for a 9-week-old whose weight has fallen and her 6-year-old "
        "brother, written by the social worker as a letter to the parents and agreed by the chair as "
        "the plan itself. Mother has postnatal depression; father drives long-distance in the week. "
        "Each action is one sentence in its own paragraph naming who, when (weekday, 'until she is "
        "16 weeks old', 'before her 12-week immunisations', 'before the Christmas holidays') and what "
        "will be seen (red book, kitchen feed chart, visitors' sheet, class register, the GP's "
        "medication plan). The perinatal psychiatrist and nursery nurse both report on capacity to "
        "change, the GP owns the medication review, the grandmother's mornings have a fallback, legal "
        "planning follows named triggers, core group and review dates are set."
    ),
    "header": "OFFICIAL-SENSITIVE – Quennock District Council – Children's Services",
    "footer": "Letter to Chloe and Ben Marchbank – Child Protection Plan – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("pl", "Quennock District Council"),
        ("pl", "Children's Services – Family Safeguarding Team (West)"),
        ("pl", "Moot Hall, Bridge Street, Quennock QN1 2HA"),
        ("pl", "Telephone 01632 960 418"),
        ("pr", "17 October 2025"),
        ("p", ""),
        ("pl", "Chloe and Ben Marchbank"),
        ("pl", "4 Wheelwright Close"),
        ("pl", "Quennock QN3 7DS"),
        ("p", ""),
        ("p", "Dear Chloe and Ben,"),
        ("boldp", "Harriet and Alfie's child protection plan"),
        ("p", "Thank you both for coming to the initial child protection conference yesterday, Thursday 16 "
              "October 2025. As I promised, this letter sets out the plan we agreed in ordinary words rather "
              "than in the usual table, so that you can keep it on the fridge. The chair, Marcus Hendry, has "
              "agreed that this letter is Harriet's and Alfie's child protection plan under the category of "
              "neglect, and a copy goes to everyone named in it. In the part headed “What will happen” each "
              "paragraph is one thing someone has agreed to do, when they will do it, and how we will all "
              "know it is happening."),
        ("boldp", "Why there is a plan"),
        ("p", "Harriet was born on 10 August 2025 weighing 3.4kg, on the 50th centile. By her weigh on 30 "
              "September she had dropped to the 9th centile. Chloe, you were diagnosed with postnatal "
              "depression on 26 September and you told Jo that some days you cannot face getting out of bed. "
              "Ben, you drive for Harwick Haulage and are away from Monday to Thursday nights. On 2 October Jo "
              "found Harriet in her Moses basket in a soaked nappy; the last feed anyone could remember was "
              "six hours earlier. Alfie had made his own breakfast and walked himself to school, and arrived "
              "at 9.40am. Alfie has been late eleven times since September."),
        ("boldp", "What Harriet's and Alfie's days are like now"),
        ("p", "Harriet cannot tell us about her day, so this is what Jo and I have seen on five visits. She is "
              "a sleepy baby who does not cry loudly when she is hungry, which means her feeds are easy to "
              "miss. When Pauline holds her upright against her shoulder and sings, she settles within a "
              "minute. She turns towards Ben's voice. On 9 October Chloe held Harriet facing away and watched "
              "her phone, and Harriet fussed and then went quiet; when I asked Chloe to turn her round, "
              "Harriet looked at her mum's face for a long time."),
        ("p", "Alfie talked to me on his own at school on 9 October. He said: “Mummy is sad in bed. I make my "
              "Coco Pops and I'm really good at it. I like it when Nanna Pauline comes because she does my book "
              "bag and she waits at the gate.” He gave home 5 out of 10 and Nanna Pauline's house 10 out of 10. "
              "He wants “Daddy home more, and Mummy to get up and take me to school like before Harriet”."),
        ("boldp", "What we want Harriet's and Alfie's days to look like"),
        ("bullets", [
            "Harriet is fed at least every four hours, day and night, by an adult who is awake and well "
            "enough to care for her, and by the time she is 16 weeks old she is back on the 25th centile.",
            "Harriet's nappy is changed when it needs changing, she is picked up and comforted when she "
            "fusses, and she sleeps on her back in her own Moses basket.",
            "Alfie gets up to a grown-up who makes his breakfast and walks him to school, and he is in "
            "class before the bell every day.",
            "Alfie is free to be six: he is not looking after his mum or his sister.",
        ]),
        ("boldp", "What will happen"),
        ("p", "I (Kate Morrow, your social worker) will visit Harriet and Alfie at home every Wednesday "
              "afternoon until the review conference, with at least one visit in four unannounced, and my "
              "visit record will say where Harriet was sleeping, when she was last fed and what Alfie told me "
              "when we talked on our own."),
        ("p", "Jo Tarrant, your health visitor, will weigh Harriet at home every Tuesday morning until she is "
              "16 weeks old and plot each weight in her red book, so that we can all see it climbing back "
              "towards the 25th centile line."),
        ("p", "Chloe, from Saturday 18 October you will write down every feed and nappy change on the chart on "
              "the kitchen wall, and Jo and I will read the chart at every visit to check that Harriet has "
              "not gone more than four hours without a feed."),
        ("p", "Ben, on the Friday, Saturday and Sunday nights that you are home you will do Harriet's 10pm and "
              "2am feeds and write them on the kitchen chart, which Jo will check at each Tuesday weigh."),
        ("p", "Dr Anya Petrakis, consultant perinatal psychiatrist at the Quennock Perinatal Mental Health "
              "Team, will see Chloe every other Thursday and will write to me and to the core group by 5 "
              "December 2025 with her assessment of whether Chloe can make the changes Harriet needs, the "
              "steps still to take and how long they are likely to take."),
        ("p", "Rachel Iqbal, nursery nurse in the same perinatal team, will film six short feed-and-play "
              "sessions with Chloe and Harriet on Monday mornings before the Christmas holidays, and will "
              "send me her scores for the first and sixth films with her view of whether Chloe is able to "
              "change how quickly she notices and answers Harriet's cues."),
        ("p", "Dr Sam Oduya, your GP at Millrace Surgery, will review Chloe's antidepressant before Harriet's "
              "12-week immunisations and send the new medication plan to me and to Dr Petrakis in the same "
              "week."),
        ("p", "Pauline Hurst, Chloe's mum, will come to the house from 7.30am to 12.30pm every weekday until "
              "Harriet is 16 weeks old, get Alfie ready and walk him to school, and sign the visitors' sheet "
              "in Harriet's folder, which I will read each Wednesday."),
        ("p", "Mrs Dinah Crowe, designated safeguarding lead at St Aldhelm's Primary, will check Alfie's "
              "arrival, lunch and uniform every school day until the end of the autumn term on 19 December, "
              "email me the class register each Friday and phone me the same day if he is late, hungry or "
              "not collected."),
        ("p", "I will do four sessions of direct work with Alfie at school before the Christmas holidays, using "
              "his “three houses” drawings, and will bring his drawings and his own words to each core group."),
        ("boldp", "If things go wrong"),
        ("p", "If Harriet's weight drops at two Tuesday weighs in a row, if the kitchen chart shows a gap of more "
              "than five hours between feeds, or if Chloe tells anyone she has thoughts of harming herself or "
              "Harriet, I will hold a strategy discussion with Quennock Police and health the same day, and "
              "Harriet and Alfie will stay with Pauline at 6 Orchard Rise until it has taken place."),
        ("p", "If Pauline cannot come in the mornings or cannot have the children (for example if she is ill), "
              "Ben has agreed to come home and take carer's leave the same day; if he cannot, I will arrange "
              "for Harriet and Alfie to stay together with Quennock foster carers that day, with time with you "
              "both every day."),
        ("p", "If Harriet is not back on the 25th centile by the time she is 16 weeks old, or Dr Petrakis's "
              "assessment says Chloe cannot make the changes within Harriet's timescale, I will ask my team "
              "manager, Leonie Barr, for a legal planning meeting within five working days."),
        ("boldp", "Meetings"),
        ("p", "The core group (the two of you, Pauline, Jo, Mrs Crowe, Dr Petrakis or Rachel, and me) will meet "
              "every three weeks on Thursdays at 1.30pm at Quennock Children's Centre: 30/10/2025, 20/11/2025, "
              "11/12/2025 and 08/01/2026."),
        ("p", "The review child protection conference will be held on Thursday 15/01/2026 at 10am at Quennock "
              "Moot Hall."),
        ("p", "If anything in this letter is not what you remember agreeing, please ring me before the first "
              "core group and I will put it right."),
        ("p", "Yours sincerely,"),
        ("pl", "Kate Morrow"),
        ("pl", "Social worker, Family Safeguarding Team (West)"),
        ("p", ""),
        ("p", "Copies: Pauline Hurst; Jo Tarrant (HV); Dr Anya Petrakis and Rachel Iqbal (Quennock Perinatal "
              "Mental Health Team); Dr Sam Oduya (Millrace Surgery); Mrs Dinah Crowe (St Aldhelm's Primary); "
              "Marcus Hendry (conference chair)."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. First review plan, mother's alcohol misuse, a 3-year-old at nursery and
#    a 9-month-old. Main table with the "So that" outcome merged down, then
#    the nursery's own part of the plan as a second table. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b106_quoyfield_rcpc_nursery_part_within_plan_hollinshead.docx",
    "doc_title": "Review Child Protection Plan - Poppy and Theo Hollinshead",
    "split": "heldout",
    "actions": 14,
    "template": "rcpc-word-plan-details-list-since-initial-conference-childrens-days-good-day-outcomes-then-so-that-merged-down-table-then-nursery-part-of-plan-second-table-contingency-core-group",
    "description": (
        "Exemplary first review conference plan for a 3-year-old at a children's centre nursery and her "
        "9-month-old brother, whose mother drinks. A Word plan whose main table has a 'So that' outcome "
        "column merged down over its actions, followed by the nursery's own part of the plan as a "
        "second table written with the mother. Measures are records (the nursery's sign-in sheet, the "
        "collection sheet, the Stay and Play record, the red book); timescales are events and stages "
        "(before his first birthday, every nursery morning, by the end of the spring term, before she "
        "moves rooms). The recovery service reports on change, the aunt's collections have a fallback, "
        "legal planning follows named triggers, core group and review dates are set."
    ),
    "check_vmerge": 3,
    "blocks": [
        ("title", "Child Protection Plan – First Review Conference"),
        ("p", "Quoyfield Metropolitan Borough Council · Children's Services · Safeguarding and Support (South)"),
        ("kv", [
            ("Children", "Poppy Hollinshead (3), DOB 14/02/2022; Theo Hollinshead (9 months), DOB 28/01/2025"),
            ("Address", "12 Tanner's Row, Quoyfield QY4 6LB"),
            ("Mother", "Jade Hollinshead (25)"),
            ("Father", "Connor Vale (27), father of both children; lives at 3 Kiln Court, Quoyfield, and has "
                       "them every other Saturday"),
            ("Maternal aunt", "Kirsty Hollinshead, 21 Quarry Lane, Quoyfield"),
            ("Nursery", "Little Wrens Nursery, Quoyfield Children's Centre (Poppy, weekdays 9am to 3pm)"),
            ("Category", "Neglect (both children)"),
            ("Conference", "First review, 04/11/2025 (initial conference 12/08/2025). Chair: Sunita Rao"),
            ("Social worker", "Nadia Brook (team manager: Gareth Lyle)"),
        ]),
        ("h1", "Since the initial conference"),
        ("p", "Jade started at Quoyfield Recovery Service on 20/08/2025. Her breath tests have been negative at "
              "11 of 12 Monday sessions, and no alcohol has been seen in the house since September. Poppy's "
              "nursery attendance has gone up from 54% in the summer term to 81% this half-term, but on six "
              "mornings she arrived without breakfast and on 14/10/2025 she was not collected until 4.10pm. "
              "Theo missed his 8-month health visitor review in September. Kirsty has collected Poppy every "
              "Tuesday and Thursday since the initial conference."),
        ("h1", "Poppy's and Theo's days: what they tell us and what we see"),
        ("p", "Poppy told her key person, Amira, in the home corner on 21/10/2025: “Mummy's tired in the "
              "mornings. I have my Weetabix at nursery. Auntie Kirsty does bubbles in the bath.” She drew her "
              "family with Theo in the middle and said he was “the best baby”. At nursery she plays well "
              "alongside others but uses two- and three-word phrases, fewer than most children her age."),
        ("p", "Theo is 9 months old. On the social worker's visits he has been clean and smiley, sitting up on "
              "his own and reaching for his mum. He babbles when Poppy talks to him. On 16/10/2025 he had a "
              "sore nappy rash and his bottle had been left on the sofa since the morning."),
        ("h1", "What a good day will look like for Poppy and Theo"),
        ("bullets", [
            "Poppy and Theo wake up to a mum who is sober, and they are fed, changed and dressed every "
            "morning.",
            "Poppy arrives at nursery by 9am every weekday with breakfast inside her and clean clothes on, "
            "and is collected on time by an adult on the plan.",
            "Theo is weighed and checked on time, keeps growing along his centile and sits, crawls and "
            "babbles like other babies his age.",
            "By Easter Poppy is using more words and can tell her key person when something is wrong.",
        ]),
        ("h1", "The plan"),
        ("table", {
            "header": ["So that", "What will happen", "Who", "When", "How we will know"],
            "widths": [2.8, 4.6, 3.0, 3.0, 3.6],
            "rows": [
                ["Poppy and Theo are cared for by a sober adult every day and night",
                 "Visit Poppy and Theo at home, one visit in four unannounced, and see Poppy on her own at "
                 "nursery once a month",
                 "Nadia Brook, social worker",
                 "Every Thursday until the second review conference",
                 "The visit record on LCS says who was caring for the children, whether there was alcohol "
                 "in the house and what Poppy said"],
                [V,
                 "Key-work with Jade and a breath test at every session; a written report to each core group "
                 "on whether Jade is making the changes Poppy and Theo need and how long further change is "
                 "likely to take",
                 "Lee Carver, recovery worker, Quoyfield Recovery Service (adult alcohol service)",
                 "Every Monday at 11am; report two days before each core group",
                 "Breath test results and the written report on the children's file before each core group"],
                [V,
                 "Keep no alcohol in the house and drink none while caring for the children",
                 "Jade Hollinshead (Mum)",
                 "Every day, from the review conference",
                 "Negative breath test at every Monday session and every home visit; no alcohol seen on any "
                 "visit"],
                [V,
                 "Collect Poppy from nursery, give both children their tea and bath, and have them home by "
                 "6.30pm",
                 "Kirsty Hollinshead (maternal aunt)",
                 "Every Tuesday and Thursday until the Easter holidays",
                 "Kirsty's name on the nursery's collection sheet on those days; Nadia checks the sheet "
                 "each month"],
                ["Theo grows well and reaches his milestones",
                 "Weigh Theo and do his one-year review (ASQ-3), including his sitting, crawling and "
                 "babbling",
                 "Helen Adair, health visitor",
                 "Before his first birthday on 28/01/2026",
                 "Weight and ASQ-3 scores written in Theo's red book and sent to Nadia"],
                [V,
                 "Take Theo to his 12-month immunisations at Fernlea Surgery and show the red book to Helen",
                 "Jade Hollinshead (Mum)",
                 "In the week of his first birthday",
                 "Immunisations recorded in the red book and on the GP record"],
                ["Poppy gets to nursery every day, fed and ready to play",
                 "Walk Poppy to nursery with breakfast eaten before she leaves home",
                 "Jade Hollinshead (Mum)",
                 "Every weekday by 9am",
                 "The nursery's sign-in sheet shows Poppy in by 9am and whether she has eaten"],
                [V,
                 "Assess Poppy's speech and language and set targets for home and nursery",
                 "Priya Lal, speech and language therapist, Quoyfield Children's Therapy",
                 "By the end of the spring term (27/03/2026)",
                 "Assessment report with targets shared with Jade, Amira and Nadia"],
            ],
        }),
        ("h1", "Little Wrens Nursery's part of the plan"),
        ("p", "Little Wrens wrote this part with Jade; it is part of Poppy's child protection plan."),
        ("table", {
            "header": ["What Little Wrens will do", "Who at nursery", "When", "What we will see"],
            "widths": [5.4, 3.4, 3.6, 4.6],
            "rows": [
                ["Greet Poppy at the door, ask her what she had for breakfast and give her toast if she has "
                 "not eaten",
                 "Amira Shah, Poppy's key person",
                 "Every nursery morning",
                 "The breakfast column on the sign-in sheet filled in every day; a copy of the sheet emailed "
                 "to Nadia each Friday"],
                ["Phone Nadia if Poppy is absent without a call, arrives hungry or unkempt, is not collected "
                 "by 3.15pm, or Jade smells of alcohol at drop-off or collection",
                 "Carol Jenner, DSL, Little Wrens",
                 "The same day, every time",
                 "Each call logged on the nursery's safeguarding record with the time and what staff saw"],
                ["Work on Poppy's speech targets with her in a small group",
                 "Amira Shah",
                 "Monday, Wednesday and Friday, from the week Priya sets the targets to the end of the spring "
                 "term",
                 "Amira's tracker of the words Poppy uses, copied to Nadia each half-term"],
                ["Invite Jade to Stay and Play with Poppy and Theo and write down how she plays with each "
                 "child",
                 "Amira Shah",
                 "Every Wednesday, 9.30am to 10.30am",
                 "The Stay and Play record shows whether Jade came and what she did with each child"],
                ["Write up what Poppy has said, drawn and played about home on her “All about me” sheet",
                 "Amira Shah",
                 "In the week before each core group",
                 "Poppy's “All about me” sheet brought to each core group by Carol"],
                ["Make a plan for Poppy's move to the pre-school room with her new key person",
                 "Carol Jenner, DSL",
                 "Before she moves rooms in January 2026 (by 19/12/2025)",
                 "Transition plan naming her new key person, copied to Jade and Nadia"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Jade is found to have been drinking while caring for Poppy or Theo (a positive breath test, a "
              "report from nursery at drop-off or collection, or a call from a neighbour), the children will go "
              "to Kirsty's home at 21 Quarry Lane that day and Nadia will hold a strategy discussion with "
              "Quoyfield Police and health before the end of the same day."),
        ("p", "If Kirsty cannot collect Poppy or have the children (she is ill, working or away), Carol Jenner "
              "will keep Poppy at nursery until Nadia or the duty social worker collects her, and Nadia will "
              "place Poppy and Theo together with Quoyfield foster carers that day if no safe adult on this "
              "plan can look after them. Kirsty will text Nadia any dates she is away a week ahead."),
        ("p", "If Jade has two positive breath tests in any four weeks, or Poppy's attendance falls below 80% "
              "in the spring term, Nadia will request a legal planning meeting within 5 working days to decide "
              "whether to start the Public Law Outline."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 3.30pm at Quoyfield Children's Centre: 02/12/2025, "
            "06/01/2026, 03/02/2026 and 03/03/2026.",
            "Second review child protection conference: 28/04/2026 at 10am, Quoyfield Civic Centre.",
            "Carol or Amira will come to every core group and bring Poppy's sign-in sheets.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Health visitor's plan for a 5-week-old on the children's ward with weight
#    loss; young mother with anxiety, father smokes cannabis. Plain-text
#    typed plan, timescales as the baby's stages. Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b106_quimbeck_hv_plan_baby_stages_typed_denholm.txt",
    "split": "heldout",
    "actions": 12,
    "template": "health-visitor-plain-text-plan-upper-case-numbered-sections-why-babys-day-outcomes-then-numbered-actions-with-baby-stage-timescales-contingency-meetings",
    "description": (
        "Initial conference plan written by the health visitor for a 5-week-old readmitted to the "
        "children's ward with weight loss, whose 19-year-old mother has postnatal anxiety and whose "
        "father smokes cannabis daily. Plain text with numbered actions timed by the baby's stages "
        "(from discharge, until she is 12 weeks old, before her 6-8 week check, at the 3-4 month "
        "review) and measured by the red book, the feed chart and what is seen at visits. Faults: "
        "infant feeding help 'when possible' with no measure, the HV to 'keep an eye on' sleeping, "
        "the mother to see her GP 'when she feels ready', a joint visit 'date to be arranged', nursery "
        "nurse support with no measure, safe sleep work measured by discussion at core group, an "
        "outcome about the mother only; no adult service owns an action, the contingency is vague and "
        "there is no legal step."
    ),
    "text": """\
QUIMBECK COMMUNITY HEALTHCARE NHS TRUST
0-19 Health Visiting Team (Riverside) - Stonegate Clinic, Mill Lane, Quimbeck QB2 8RT

HEALTH VISITOR'S CHILD PROTECTION PLAN - MIA DENHOLM
Agreed at the initial child protection conference, Wednesday 29/10/2025
Written by: Bryony Kale, health visitor (lead health professional)

Baby ............ Mia Denholm, born 22/09/2025 at 39 weeks, 3.2kg (50th centile)
Where now ....... Ward 7 (children's ward), Quimbeck General Hospital; expected
                  home on Friday 31/10/2025
Mother .......... Leanne Denholm (19), care leaver, Flat 3, 40 Dyer Street, Quimbeck
Father .......... Kyle Marsh (21), lives with Leanne and Mia
Category ........ Neglect
Social worker ... Tom Reeves, Quimbeck Children's Services, Safeguarding Team 2

1. WHY MIA HAS A PLAN

Mia was readmitted on 24/10/2025 weighing 3.05kg, below her birth weight and
down to the 2nd centile. Leanne has panic attacks and postnatal anxiety; she
told me she is frightened to feed Mia in case she chokes, so she stops after
a few minutes. Kyle smokes cannabis every day and on two visits the flat smelt
strongly of it, with Mia asleep on the sofa beside him. The ward has seen Mia
take full feeds from the nurses and gain 140g in four days.

2. MIA'S DAY (WHAT WE HAVE SEEN)

Mia is a calm baby who roots and sucks her fist when she is hungry but rarely
cries. On the ward she feeds well when she is held upright and given time. On
my home visits she was clean and dressed, but her feeds were short and far
apart, and she was twice asleep on the sofa or on Kyle's chest. When Leanne
talks to her, Mia stops moving and looks at her face. On the ward on 27/10/2025
Leanne fed her 90ml with a nurse beside her and smiled at her the whole time.

3. WHAT MIA'S DAYS SHOULD LOOK LIKE

- Mia is fed at least every three hours, day and night, and is back on the
  25th centile by her 6-8 week check.
- Mia sleeps on her back in her own cot in a smoke-free room at every sleep.
- Mia is held, talked to and comforted by parents who notice when she is
  hungry.
- Leanne feels more confident and less anxious as a new mum.

4. THE PLAN

4.1  Bryony (HV) will weigh Mia at home every Monday from discharge until she
     is 12 weeks old and plot each weight in her red book; by her 6-8 week
     check the weights should be back on the 25th centile.
4.2  Leanne will write every feed on the chart she was given on the ward from
     the day Mia comes home, and Bryony will look at the chart at each Monday
     visit for any gap longer than three hours.
4.3  Leanne to be supported with feeding by the Quimbeck infant feeding team
     when possible.
4.4  Bryony to keep an eye on Mia's sleeping arrangements at each contact.
4.5  Dr Rafe Amadi (consultant paediatrician) will see Mia in the growth clinic
     two weeks after discharge and send his clinic letter to Bryony and Tom.
4.6  Leanne to speak to her GP about her anxiety when she feels ready.
4.7  Kyle will not smoke cannabis in the flat or the car from discharge, and
     Bryony and Tom will write at every visit whether the flat smells of it.
4.8  Bryony and Tom Reeves (SW) to do a joint visit to look at Mia's sleeping
     space, date to be arranged, and record what they see on SystmOne.
4.9  Gemma Platt (community nursery nurse) to support Leanne with bath time
     and play every Thursday.
4.10 Bryony to go through safe sleep and smoke around babies with Leanne and
     Kyle before Mia's 6-8 week check; progress discussed at core group.
4.11 Tom Reeves (SW) will visit Mia at home every Wednesday, see her awake and
     being fed, and write in his visit record how Leanne and Kyle respond
     when she cries.
4.12 Bryony will do Mia's 3-4 month review at home by 22/01/2026 and send Tom
     her weight and a short note of how Leanne answers her cues.

5. IF WE ARE WORRIED

If there are any further concerns about Mia's weight or care, Bryony will
discuss them with Tom and the core group will look at next steps.

6. MEETINGS

Core group: every 4 weeks, Wednesdays 10am at Stonegate Children's Centre -
12/11/2025, 10/12/2025 and 07/01/2026.
Review child protection conference: Wednesday 21/01/2026, 2pm, Quimbeck
Civic Offices.

Copies: Leanne Denholm, Kyle Marsh, Tom Reeves (SW), Dr Rafe Amadi, Gemma Platt,
Ward 7 Quimbeck General.
""",
    "findings": [
        F("T002", "Leanne to be supported with feeding by the Quimbeck infant"),
        F("M001", "Leanne to be supported with feeding by the Quimbeck infant"),
        F("M002", "Bryony to keep an eye on Mia's sleeping arrangements"),
        F("T002", "Leanne to speak to her GP about her anxiety"),
        F("M001", "Leanne to speak to her GP about her anxiety"),
        F("T002", "to do a joint visit to look at Mia's sleeping"),
        F("M001", "Gemma Platt (community nursery nurse) to support Leanne with bath"),
        F("M002", "Bryony to go through safe sleep and smoke around babies"),
        F("F002", "Leanne feels more confident and less anxious as a new mum."),
        F("F004"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 4. One-page family plan after domestic abuse; mother drinking since the
#    father left. Markdown with the pictures described in words, bold owner
#    in each bullet. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b106_quirrelby_one_page_family_plan_pictures_tremlett.md",
    "split": "heldout",
    "actions": 9,
    "template": "icpc-one-page-family-plan-markdown-picture-descriptions-in-brackets-family-worries-childrens-words-good-day-outcomes-then-who-will-do-what-bullets-bold-owner-if-things-go-wrong-when-we-meet",
    "description": (
        "One-page family plan written with the mother and children after an initial conference, for an "
        "8-year-old and a 5-year-old whose father assaulted their mother and who has been drinking "
        "most nights since he left. Markdown, with each of the children's pictures described in words "
        "in brackets; the outcomes say what a good day looks like. Most bullets are sound, with "
        "measures as records (breath tests, visit notes, the contact record, the school office book). "
        "Faults: the Freedom Programme 'ongoing', the grandmother to 'help out ... when possible' with "
        "no measure, 'Everyone in the family' to keep an eye on the children; the grandmother and "
        "uncle carry the plan but the contingency has no fallback, there is no legal step, and the "
        "review conference is 'to be arranged'."
    ),
    "text": """\
# Our family plan — Jayden and Lily-Mae

*Quirrelby Council Children's Services · Child protection plan written with Stacey, Jayden and Lily-Mae after the initial conference on 06/11/2025 · Social worker: Mel Addo*

> [Picture: Lily-Mae's drawing of a yellow house with a big sun over it. Jayden has drawn himself and Lily-Mae holding hands in the garden, and Nana Jean's dog Biscuit by the gate.]

## Who is in our family

Stacey (Mum, 31); Jayden (8, Year 4 at Hawthorn Primary); Lily-Mae (5, Reception at Hawthorn Primary). Nana Jean (Stacey's mum) lives round the corner on Fern Street. Uncle Craig (Stacey's brother) lives on the Brookside estate. Ryan (Dad) lives in Quirrelby and must not come to the house.

## What we are worried about

> [Picture: a small grey cloud over the yellow house.]

On 14/09/2025 Ryan hit Stacey in the kitchen while Jayden and Lily-Mae were in the front room. Jayden rang Nana Jean. The police came and Ryan was arrested and has bail conditions not to come to the house. Since Ryan left, Stacey has been drinking wine most nights. Twice in October she could not get up to take the children to school, and Jayden got himself and Lily-Mae dressed and gave her cereal.

## What Jayden and Lily-Mae told us

> [Picture: two speech bubbles, a blue one for Jayden and a pink one for Lily-Mae.]

Jayden: "I want Mum to be happy and not drink the wine. I don't want Dad to shout any more. It's OK to see Dad at the centre, not at home." He gave home 6 out of 10 and Nana's house 10 out of 10.

Lily-Mae: "I like Nana's house, she does pancakes. Daddy was loud." She drew Dad far away at the edge of the page and Mum holding her hand.

## What a good day looks like

> [Picture: a clock at eight o'clock, a bowl of cereal and two school bags by the door.]

- Jayden and Lily-Mae wake up to Mum, who has not been drinking, has breakfast with them and walks them to school by 8.45am.
- After school they are picked up by Mum, Nana Jean or Uncle Craig, and they are never left on their own.
- They do not see or hear any more fighting, and they see Dad only at the family centre.
- Jayden can just be a kid: he does not have to get Lily-Mae ready or look after Mum.

## Who will do what

> [Picture: a row of stick people, each with a name written underneath.]

- **Stacey** will not drink any alcohol when she is looking after Jayden and Lily-Mae, from 06/11/2025, and the breath test Dan does every Tuesday will show it.
- **Dan Kerr (Harbour Recovery Service)** will see Stacey every Tuesday at 10am, do a breath test, and write to Mel each month saying whether Stacey is making the changes the children need and how long that may take.
- **Mel Addo (social worker)** will come to see Jayden and Lily-Mae every Thursday after school, talk to Jayden on his own, and write down what they both tell her in her visit notes.
- **Mrs Patel (Hawthorn Primary, DSL)** will check both children in the classroom every morning until the end of the spring term and ring Mel the same day if they are late, hungry or upset; the class register and her notes will show this.
- **Ryan** will see the children at Quirrelby Family Centre every other Saturday, booked by Mel, and the contact record will say how the children were before, during and after.
- **Stacey** will go to the Freedom Programme at Quirrelby Women's Centre, ongoing, and show Mel her certificate.
- **Nana Jean** will help out with the children when possible.
- **Uncle Craig** will pick Jayden and Lily-Mae up from school every Wednesday and Friday and sign them out in the school office book.
- **Everyone in the family** will keep an eye on Jayden and Lily-Mae every day.

## If things go wrong

> [Picture: a red telephone.]

If Ryan comes to the house or rings Stacey, Stacey will ring 999 and the children will go to Nana Jean's for the night. If Stacey has been drinking while she is looking after the children, Nana Jean will take them to her house and Mel will hold a strategy discussion with the police the same day.

## When we meet

- Core group (Stacey, Nana Jean, Uncle Craig, Mel, Mrs Patel and Dan): every 4 weeks, the first one on 20/11/2025 at Hawthorn Primary.
- Next big meeting (review conference): to be arranged.
""",
    "findings": [
        F("T002", "will go to the Freedom Programme at Quirrelby Women's Centre"),
        F("T002", "will help out with the children when possible"),
        F("M001", "will help out with the children when possible"),
        F("W002", "will keep an eye on Jayden and Lily-Mae every day"),
        F("M002", "will keep an eye on Jayden and Lily-Mae every day"),
        F("C003"),
        F("R001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 5. ICPC plan typed up from the handwritten flip chart. Father, a widower
#    and sole carer, with depression and drinking; 12-year-old young carer
#    and his 9-year-old sister. Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b106_quadlestow_icpc_typed_up_flip_chart_macaulay.txt",
    "split": "heldout",
    "actions": 10,
    "template": "icpc-plan-typed-up-from-handwritten-flip-chart-unreadable-words-marked-abbreviations-worries-working-well-kids-views-outcomes-then-numbered-dash-separated-who-what-when-how-lines-contingency-meetings",
    "description": (
        "Initial conference plan typed up by the conference administrator from the handwritten flip "
        "chart, with unreadable words marked [?] and the handwriting's abbreviations kept. A widowed "
        "father with depression who is drinking more cares alone for a 12-year-old young carer and a "
        "9-year-old. Good lines use events ('before Xmas', 'by half term', 'until end of spring term') "
        "and records (visit notes, the register, Dee's session notes, the GP's letter). Faults: the "
        "CPN only supports the father's mood with nothing to show for it, the father to cut down "
        "drinking 'ongoing' with the SW to 'keep an eye on', the young carers referral with no one "
        "named, the secondary school to 'keep an eye on' Kayden, money work measured only by talking "
        "at core group, an outcome about the father's mood; the children's views are not recorded and "
        "the contingency is vague."
    ),
    "text": """\
QUADLESTOW BOROUGH COUNCIL - CHILDREN'S SERVICES
CHILD PROTECTION PLAN - KAYDEN AND RUBY MACAULAY

Typed up from the handwritten plan agreed at the initial child protection
conference on 23/10/2025 (flip chart sheets 1-3 and the chair's notes).
Typed by R. Bellamy, conference administrator, 24/10/2025.
[?] = a word we could not read. Crossed-out words have been left out.
Chair: Ann Pelham. Social worker: Priya Nair. Category: neglect.

Kayden Macaulay, 12, Year 8, Quadlestow Academy
Ruby Macaulay, 9, Year 5, Bellgate Primary
Martin Macaulay (Dad), 45, sole carer since Mum (Lisa) died in March 2023
Aunt Shona Macaulay (Dad's sister), lives in Harnley [?]

WORRIES
- Dad's depression bad again since Sept (anniversary of Lisa's birthday).
  Stays in bed a lot. Drinking 6-8 cans most nights (Dad says 4).
- Kayden doing the shopping, tea, getting Ruby to school. Kayden late 19 times
  this half term, asleep in lessons.
- House: no food in on 2 SW visits. Ruby's bedding wet + not washed.
- Dad under Adult CMHT (CPN Jackie Moss). On sertraline from GP.

WORKING WELL
- Dad loves the kids and agreed with all the worries. Came to conference.
- Kayden + Ruby very close. Both doing OK with school work.
- Aunt Shona rings the kids every Sunday and wants to help more.

KIDS' VIEWS
- SW to see kids + get their views before 1st core group.

WHAT WE WANT (OUTCOMES)
1. Kayden + Ruby get to school on time every day with breakfast + dinner money.
2. Kids have a hot tea + clean beds every night, made by Dad not Kayden.
3. Dad's mood better + drinking less.

PLAN (who - what - when - how we know)
1. SW (Priya Nair) - visit wkly, see each kid on own, look in fridge + bedrooms
   - until review conf - visit notes say what was in fridge + what kids said
2. CPN (Jackie Moss, Adult CMHT) - keep seeing Dad fortnightly, support with
   his mood
3. Dad - cut down on drinking - ongoing - SW to keep an eye on
4. Kayden to be referred to Young Carers - by Feb half term - copy of referral
   on file
5. Quadlestow Academy (Mr Obi, DSL) - keep an eye on Kayden - daily
6. Bellgate Primary (Mrs Carr, DSL) - check Ruby's arrival, lunch + uniform
   every morning until end of spring term - register + CPOMS log emailed to SW
   every Fri
7. FSW (Dee Lang) - tea + bedtime routine work with Dad + kids - every Tues +
   Thurs 6-8pm, ongoing - Dee's session notes show kids fed + in bed by 9
8. Dad + SW - money/debts + weekly shopping plan so Kayden isn't doing the
   shopping - by end of Nov - talked about at next core group
9. GP (Dr Lowe, Bellgate Surgery) - review Dad's antidepressant + talk about
   his drinking before Xmas - letter to SW with the new plan
10. Aunt Shona - have the kids every other weekend from 1 Nov [?] - Shona
   texts SW at the end of each stay

IF THINGS GET WORSE
- If things get worse at home / Dad not coping - SW to discuss with manager.
- If not enough progress by the review - legal planning meeting (SW to ask TM).

MEETINGS
- Core group every 3 wks - 1st one 06/11/25, 3.30pm at Bellgate Primary
- Review conf 15/01/26, 10am, Quadlestow Town Hall

(End of typed copy. Original flip chart sheets on the children's files.)
""",
    "findings": [
        F("H001", "CPN (Jackie Moss, Adult CMHT) - keep seeing Dad fortnightly"),
        F("M001", "CPN (Jackie Moss, Adult CMHT) - keep seeing Dad fortnightly"),
        F("T002", "Dad - cut down on drinking - ongoing"),
        F("M002", "Dad - cut down on drinking - ongoing"),
        F("W001", "Kayden to be referred to Young Carers"),
        F("M002", "Quadlestow Academy (Mr Obi, DSL) - keep an eye on Kayden"),
        F("M002", "Dad + SW - money/debts + weekly shopping plan"),
        F("F002", "Dad's mood better + drinking less."),
        F("F003"),
        F("C002"),
    ],
})


# ---------------------------------------------------------------------------
# 6. ICPC plan, mother relapsed to heroin on methadone, toddler swallowed
#    methadone; family moving to another authority. Three-column table with
#    the measure written in the action's own cell. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b106_qualbury_icpc_measure_in_action_cell_gedling.pdf",
    "doc_title": "Child Protection Plan - Tia and Reggie Gedling",
    "split": "heldout",
    "actions": 12,
    "template": "icpc-word-plan-printed-to-pdf-page-header-footer-details-list-why-childrens-days-outcomes-move-note-then-three-column-table-measure-inside-action-cell-who-when-contingency-meetings",
    "description": (
        "Initial conference plan for a 6-year-old and a 14-month-old who swallowed his mother's "
        "methadone; she had relapsed to heroin, and the family is moving to another authority in "
        "December. A Word plan printed to PDF with header and footer; the table has only Action, Who "
        "and When columns, and each action cell ends with its own measure as a record or observation "
        "(the visit record, the red book, the register, the calendar the SW checks). Faults: the "
        "family support worker's help 'Ongoing', the grandparents to 'keep an eye on' the father's "
        "contact, the parenting assessment left to the new authority after the move with no output, "
        "a fire safety check 'To be arranged', home conditions checks with no one named; the "
        "grandparents carry contact, after-school care and the contingency with no fallback."
    ),
    "header": "OFFICIAL-SENSITIVE – Qualbury City Council – Children's Services",
    "footer": "Tia and Reggie Gedling – Child Protection Plan (ICPC 30/10/2025) – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Qualbury City Council · Children's Services · Family Safeguarding (Central)"),
        ("kv", [
            ("Children", "Tia Gedling (6), DOB 03/03/2019; Reggie Gedling (14 months), DOB 12/09/2024"),
            ("Address", "Flat 9, Corn Exchange Buildings, Qualbury QL1 4NE"),
            ("Mother", "Kerry Gedling (29)"),
            ("Father", "Darren Gedling (31), lives with his parents"),
            ("Paternal grandparents", "Linda and Ray Gedling, 14 Cobden Street, Qualbury"),
            ("Category", "Neglect (both children)"),
            ("Conference", "Initial child protection conference, 30/10/2025. Chair: Hugh Caldicott"),
            ("Social worker", "Amira Shah (team manager: Diane Foulkes)"),
        ]),
        ("h1", "Why Tia and Reggie need a plan"),
        ("p", "Kerry has been prescribed methadone by Qualbury Drug and Alcohol Service since 2021. In August she "
              "began using heroin again. On 19/09/2025 Reggie was taken to Qualbury Royal by ambulance, drowsy "
              "and hard to wake, after drinking from a methadone bottle left on the kitchen worktop; he was "
              "treated and went home after two days. Tia told her teacher the next day that “Mummy's medicine "
              "made Reggie go to sleep in the ambulance”. Darren stopped using heroin in 2022 and lives with "
              "his parents; he is not allowed to be alone with the children while his own assessment is done."),
        ("h1", "What Tia and Reggie's days are like"),
        ("p", "Tia (seen on her own at school, 22/10/2025) said: “I get my own breakfast when Mummy is asleep. "
              "I like Nana Linda's because we have fish fingers and a bubble bath. I want Reggie to be safe.” "
              "She drew Reggie in a cot with a big lock on the cupboard next to him."),
        ("p", "Reggie is walking and into everything. On visits he pulls himself up on the kitchen cupboards and "
              "opens them. He goes to Kerry for a cuddle when he is upset and settles quickly. On 16/10/2025 he "
              "was in the same nappy at 2pm as at the morning visit."),
        ("h1", "What a good day looks like for Tia and Reggie"),
        ("bullets", [
            "Tia and Reggie are looked after every day by an adult who is not under the influence of heroin.",
            "Reggie cannot reach any medicine: methadone is always in the locked box and the stair gate is "
            "shut.",
            "Tia gets to school on time with breakfast eaten, and no longer makes her own meals.",
            "Reggie grows well, is changed and fed through the day, and his development is checked on time.",
        ]),
        ("h1", "Moving to Kelsbury"),
        ("p", "Kerry has accepted a housing association tenancy in Kelsbury from 15/12/2025. Kelsbury Borough "
              "Council was sent a transfer notification on 31/10/2025; its transfer-in conference is expected "
              "in January 2026."),
        ("h1", "The plan"),
        ("table", {
            "header": ["What will happen, and how we will know", "Who", "When"],
            "widths": [9.6, 4.0, 3.4],
            "rows": [
                ["Visit Tia and Reggie at home, see Tia on her own and check that Kerry's methadone is in the "
                 "locked box; the visit record will say where the box was, what was in the fridge and what "
                 "Tia said.",
                 "Amira Shah, social worker",
                 "Every Monday until the transfer-in conference; one visit in four unannounced"],
                ["Key-work, methadone review and urine screens for Kerry, with a written view to each core group "
                 "on whether she is staying off heroin, what still needs to change for Tia and Reggie and how "
                 "long it is likely to take.",
                 "Sam Rowe, recovery co-ordinator, Qualbury Drug and Alcohol Service",
                 "Key-work every Wednesday; screens fortnightly; report two days before each core group"],
                ["Give Kerry a naloxone kit and show her and Linda how to use it; the SW will see the kit at "
                 "her next visit.",
                 "Sam Rowe, Qualbury Drug and Alcohol Service",
                 "By 07/11/2025"],
                ["Weigh Reggie and do his development check (ASQ-3), with the weight and scores written in his "
                 "red book and sent to the SW.",
                 "Fiona Marsh, health visitor",
                 "Before his 15-month birthday on 12/12/2025"],
                ["See Reggie in the paediatric follow-up clinic after the methadone ingestion; the clinic letter "
                 "goes to the GP, the HV and the SW.",
                 "Dr Martin Osei, consultant paediatrician, Qualbury Royal",
                 "At the clinic on 26/11/2025"],
                ["Check Tia's arrival, breakfast and how she presents each morning; the class register and the "
                 "school's CPOMS log, emailed to the SW each Friday, will show it.",
                 "Mrs Joan Pettit, DSL, Saxon Road Infants",
                 "Every school day until the end of the autumn term"],
                ["Help Kerry make the flat safe for a toddler (stair gate fitted, medicines and methadone in the "
                 "locked box), with the locked box seen at each visit.",
                 "Nicky Ford, family support worker",
                 "Ongoing"],
                ["Supervise Darren's time with Tia and Reggie at 14 Cobden Street and keep an eye on how it "
                 "goes.",
                 "Linda and Ray Gedling (paternal grandparents)",
                 "Every Saturday, 10am to 4pm"],
                ["Have Tia after school for tea and a bath, with each visit written on the calendar that the SW "
                 "looks at on Mondays.",
                 "Linda Gedling (PGM)",
                 "Every Tuesday and Thursday in the autumn term"],
                ["Parenting assessment of Kerry to be started by Kelsbury once the family have moved.",
                 "Kelsbury Children's Services",
                 "After the move"],
                ["Home fire safety check of the flat, with the fire service's home safety record sent to the SW.",
                 "Qualbury Fire and Rescue",
                 "To be arranged"],
                ["Check home conditions and take photos of Reggie's cot, the kitchen cupboards and the bathroom "
                 "cabinet for the file.",
                 "-",
                 "Fortnightly"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Kerry's screens show heroin, if methadone is found anywhere but the locked box, or if she is "
              "found under the influence while caring for the children, Tia and Reggie will go to Linda and "
              "Ray's at 14 Cobden Street that day and Amira will hold a strategy discussion with Qualbury Police "
              "the same day."),
        ("p", "If Kerry has two positive screens in any four weeks, or misses two key-work sessions in a row, "
              "Amira will request a legal planning meeting within five working days."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks, Wednesdays at 1pm, Saxon Road Family Hub: 12/11/2025, 10/12/2025 "
            "and 07/01/2026.",
            "Review child protection conference: 29/01/2026 at 10am, Qualbury Civic Centre (kept unless "
            "Kelsbury's transfer-in conference has been held).",
        ]),
    ],
    "findings": [
        F("T002", "Help Kerry make the flat safe for a toddler"),
        F("M002", "Supervise Darren's time with Tia and Reggie at 14 Cobden Street"),
        F("X001", "Parenting assessment of Kerry to be started by Kelsbury"),
        F("M001", "Parenting assessment of Kerry to be started by Kelsbury"),
        F("T002", "Home fire safety check of the flat, with the fire"),
        F("W001", "Check home conditions and take photos of Reggie's cot"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Pre-birth plan, mother with emotionally unstable personality disorder
#    under the perinatal team, partner smokes cannabis; baby to be
#    accommodated at birth and kept on the neonatal unit. Timescales by weeks
#    of pregnancy and the baby's age. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b106_quernhithe_prebirth_pregnancy_weeks_table_penrose.docx",
    "doc_title": "Pre-birth Child Protection Plan - Baby of Danielle Penrose",
    "split": "heldout",
    "actions": 12,
    "template": "prebirth-icpc-word-plan-details-list-why-babys-experience-so-far-outcomes-then-four-column-table-when-as-weeks-of-pregnancy-birth-discharge-baby-age-contingency-meetings",
    "description": (
        "Pre-birth conference plan for an unborn baby due in January, whose mother has emotionally "
        "unstable personality disorder and a history of self-harm and whose partner smokes cannabis; "
        "an older child lives with his grandmother under a special guardianship order. The baby is "
        "to be accommodated under section 20 at birth and kept on the neonatal unit for at least 72 "
        "hours. Word table timed by weeks of pregnancy, birth, discharge and the baby's age. Faults: "
        "the pre-birth assessment has no stated output, the CPN's sessions only treat the mother, the "
        "midwife's check of mood is 'Monitored', the father to engage with the drug service 'When "
        "possible' measured by 'Engagement', the birth plan shared by no one; nobody is set to visit "
        "the looked-after baby on the unit, the review conference is 'to be arranged after the "
        "birth', and one outcome is about the mother only."
    ),
    "blocks": [
        ("title", "Pre-birth Child Protection Plan"),
        ("p", "Quernhithe County Council · Children's Services · Safeguarding Team (Estuary)"),
        ("kv", [
            ("Unborn baby", "Baby Penrose, due 08/01/2026 (31 weeks at conference)"),
            ("Mother", "Danielle Penrose (23), 2 Ropewalk Cottages, Quernhithe QH6 1AW"),
            ("Father", "Jordan Pike (25), lives with Danielle"),
            ("Half-brother", "Kian Penrose (4), lives with his paternal grandmother under a special guardianship "
                             "order made in 2023"),
            ("Category", "Neglect and emotional abuse (likelihood of significant harm)"),
            ("Conference", "Pre-birth child protection conference, 06/11/2025. Chair: Rosalind Ekwueme"),
            ("Social worker", "Beth Harlow (team manager: Colin Strand)"),
        ]),
        ("h1", "Why there is a plan for this baby"),
        ("p", "Danielle has emotionally unstable personality disorder. She has cut herself and taken overdoses "
              "when distressed, most recently in June 2025, and is under the Quernhithe Perinatal Mental Health "
              "Team. Kian was removed from her care in 2022 after she left him alone overnight. Jordan smokes "
              "cannabis every day and was convicted in 2021 of assaulting a previous partner. Danielle has "
              "agreed that the baby will be looked after under section 20 from birth while the pre-birth "
              "assessment is finished. Because of Danielle's medication the baby will stay on the neonatal unit "
              "at Quernhithe General for at least 72 hours after birth."),
        ("h1", "Baby's experience so far (what we have seen and heard)"),
        ("p", "At the 28-week scan on 14/10/2025 the baby was growing along the 50th centile with a strong "
              "heartbeat. Danielle says the baby kicks most in the evening and goes still when she plays music; "
              "at the midwife's home visit on 30/10/2025 she put Jordan's hand on the bump and they both "
              "laughed when the baby kicked. Danielle has missed two of five antenatal appointments. The flat "
              "smelt of cannabis at both of the social worker's visits."),
        ("h1", "What we want for the baby"),
        ("bullets", [
            "The baby is born safely in hospital, and leaves the neonatal unit to a safe home with a written "
            "discharge plan.",
            "From birth the baby is fed, held and comforted by calm adults, in a smoke-free home.",
            "The baby knows Danielle and Jordan through regular, safe family time.",
            "Danielle's mental health is stable by the time baby is born.",
        ]),
        ("h1", "The plan"),
        ("table", {
            "header": ["What will happen", "Who", "When (weeks of pregnancy or baby's age)", "How we will know"],
            "widths": [5.6, 3.6, 3.4, 4.4],
            "rows": [
                ["Complete the pre-birth assessment of Danielle and Jordan's ability to care for the baby, "
                 "including a parenting and risk assessment",
                 "Beth Harlow, social worker", "By 34 weeks (04/12/2025)", ""],
                ["Fortnightly DBT-informed skills sessions with Danielle",
                 "Mark Ridley, CPN, Quernhithe Perinatal Mental Health Team",
                 "Every other Tuesday until the baby is 12 weeks old",
                 "Attendance record sent to the SW"],
                ["Assess Danielle's mental state and medication in pregnancy, and report on whether she can make "
                 "the changes needed to care safely for the baby and how long that is likely to take",
                 "Dr Helen Ferris, consultant perinatal psychiatrist",
                 "By 36 weeks (18/12/2025)",
                 "Written report to the SW and the core group, with a birth and postnatal medication plan"],
                ["Keep an eye on Danielle's mood at each antenatal appointment",
                 "Sally Crane, specialist safeguarding midwife",
                 "Every antenatal appointment (fortnightly from 32 weeks)",
                 "Mood monitored"],
                ["Engage with Compass drug service about cannabis use",
                 "Jordan Pike", "When possible", "Engagement"],
                ["Hair strand test for cannabis for Jordan",
                 "Liam Todd, recovery worker, Quernhithe Compass drug service",
                 "By 34 weeks",
                 "Test result letter on the baby's file"],
                ["Share the birth plan (who may visit; baby looked after under section 20 from birth) with the "
                 "labour ward and the neonatal unit",
                 "-", "By 36 weeks (18/12/2025)",
                 "Copy of the birth plan on the hospital's maternity record"],
                ["Find foster carers for the baby and arrange for them to meet Danielle before the birth",
                 "Beth Harlow, SW, with the fostering team",
                 "Carers named by 36 weeks",
                 "Carers' names on the file; their meeting with Danielle written up"],
                ["Observe the baby on the neonatal unit for the effects of Danielle's medication",
                 "Dr Omar Siddiqui, consultant neonatologist",
                 "From birth, for at least 72 hours",
                 "Observation chart and discharge summary sent to the SW and the HV"],
                ["Hold a discharge planning meeting with the ward, the SW, the foster carers and the HV",
                 "Sister Gail Reddy, neonatal unit",
                 "Before discharge",
                 "Written discharge plan copied to everyone at the meeting"],
                ["Supervised family time for Danielle and Jordan with the baby at Quernhithe Family Centre",
                 "Beth Harlow, SW",
                 "Three times a week from discharge",
                 "Family centre record of each session, with how each parent fed and settled the baby"],
                ["New-birth visit at the foster home, then weigh the baby",
                 "Zoe Park, health visitor",
                 "Within 3 days of discharge, then weekly until the baby is 12 weeks old",
                 "Weights plotted in the red book and sent to the SW"],
            ],
        }),
        ("h1", "Contingency"),
        ("p", "If Danielle self-harms, tells staff she is thinking of harming herself or the baby, or tries to "
              "take the baby from the neonatal unit, ward staff will call hospital security and the police at "
              "once, and Beth (or the Emergency Duty Team out of hours) will hold a strategy discussion the "
              "same day."),
        ("p", "If Danielle withdraws her section 20 consent, Beth will request a legal planning meeting the same "
              "day to decide whether to apply for an emergency protection order. If the pre-birth assessment "
              "finds that the baby cannot safely go home, Beth will request a legal planning meeting within 5 "
              "working days to start the Public Law Outline."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every three weeks, Thursdays at 11am, Quernhithe Children's Centre: 20/11/2025, "
            "11/12/2025 and 01/01/2026 (moved to 02/01/2026 if the baby has arrived).",
            "Review child protection conference: to be arranged after the birth.",
        ]),
    ],
    "findings": [
        F("M001", "Complete the pre-birth assessment of Danielle and Jordan's ability"),
        F("H001", "Fortnightly DBT-informed skills sessions with Danielle"),
        F("M002", "Keep an eye on Danielle's mood at each antenatal appointment"),
        F("T002", "Engage with Compass drug service about cannabis use"),
        F("M002", "Engage with Compass drug service about cannabis use"),
        F("W001", "Share the birth plan (who may visit; baby looked after"),
        F("F002", "Danielle's mental health is stable by the time baby is born."),
        F("L001"),
        F("R001"),
    ],
})
