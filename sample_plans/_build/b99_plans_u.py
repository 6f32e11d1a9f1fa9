"""Batch 99, module u: seven fictional plans (tuning material), places beginning with "u".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: timescales, owners or measures stated once for a group of actions
rather than on each one. A heading that gives the time for everything under
it, a goal banner row that says how the goal's actions will be checked, an
owner named once over a list of that person's tasks, a table whose merged
"By when" cell holds the date for several rows, a plan whose actions sit
under each worry with a shared "We will know this is working when..." line,
and a timeline print (weeks 1-2, weeks 3-6, by the review). Where a group
line really gives the time, owner or measure, the actions under it are read
as having it, as a careful reader would; where a group gives none, or gives
only a vague one, the gap is labelled. Two plans are exemplary (a Word
timeline plan and a PDF table with merged date cells); five carry a mix of
faults among good rows.
"""
from build_batch5 import F, H, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. ICPC plan, mother recovering from a first episode of psychosis, a
#    4-year-old and a 9-month-old. Timeline headings give the timescale for
#    every action under them. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b99_ulnabrook_icpc_timeline_headings_hartigan.docx",
    "doc_title": "Child Protection Plan - Freya and Alfie Hartigan",
    "split": "tune",
    "actions": 12,
    "template": "icpc-word-plan-details-list-worries-childrens-day-working-well-outcomes-then-timeline-subheadings-weeks-1-2-weeks-3-6-every-week-until-review-giving-the-timescale-bullets-owner-and-evidence-in-each-contingency-meetings",
    "description": (
        "Exemplary initial conference plan for a 4-year-old and a 9-month-old whose mother is "
        "recovering from a first episode of psychosis. The action plan is a timeline: three "
        "subheadings ('Weeks 1 and 2: by Friday 01/08/2025', 'Weeks 3 to 6: by Friday 29/08/2025', "
        "'Every week until the review conference on 14/10/2025') give the timescale for every bullet "
        "under them, and a careful reader takes each bullet's timescale from its heading; each bullet "
        "names its owner and says what will be seen. Every early intervention in psychosis action "
        "asks for a view on change, the GP owns an action, the grandfather's evenings have a "
        "fallback, legal planning follows named triggers, core group and review dates are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Ulnabrook District Council · Children's Services · Safeguarding Team (West)"),
        ("kv", [
            ("Children", "Freya Hartigan (4), DOB 14/03/2021; Alfie Hartigan (9 months), DOB 27/10/2024"),
            ("Address", "Flat 9, Kestrel House, Moor Lane, Ulnabrook UL4 6BN"),
            ("Mother", "Chloe Hartigan (26)"),
            ("Father", "Not named on either birth certificate; no contact"),
            ("Maternal grandfather", "Trevor Hartigan (58), 12 Rowan Court, Ulnabrook"),
            ("Category", "Neglect (both children)"),
            ("Initial conference", "Tuesday 22/07/2025, Ulnabrook Civic Hall. Chair: Marian Okafor"),
            ("Social worker", "Ruth Adebayo (team manager: Declan Fry)"),
        ]),
        ("h1", "What we are worried about"),
        ("p", "In March 2025 Chloe had a first episode of psychosis. She stopped sleeping, believed the "
              "neighbours were watching the flat through the walls, and kept Freya and Alfie indoors for nine "
              "days with the curtains closed. A neighbour called the police on 28/03/2025 when Alfie had been "
              "crying for hours. Chloe was admitted to the Ulnabrook Mental Health Unit informally for three "
              "weeks and the children stayed with Trevor. Since she came home she has been seen by the Early "
              "Intervention in Psychosis (EIP) team and takes an antipsychotic, but on 10/07/2025 the health "
              "visitor found her very drowsy at noon, Alfie in a soaked nappy and Freya eating dry cereal from "
              "the box. Alfie has missed his 12- and 16-week immunisations."),
        ("h1", "Freya's and Alfie's days"),
        ("p", "Freya (seen at the flat and at Trevor's, 15/07/2025 and 17/07/2025) said: “Mummy sleeps in the "
              "day and I'm the big girl. I get Alfie his bottle from the fridge.” She said she likes “Grandad's "
              "because we have tea at the table”, and she wants to go to nursery “like Jessie next door”. She "
              "drew the flat dark and Grandad's house with a sun."),
        ("p", "Alfie is 9 months old. On four visits he was quiet and watchful and did not cry when put down. "
              "He sits well but is not yet crawling. He brightened and babbled when Trevor sang to him, and "
              "reached for Chloe when she came back into the room."),
        ("h1", "What is working well"),
        ("p", "Chloe takes her medication and has kept every EIP appointment since April. She has told the "
              "social worker she wants help and has agreed to the plan. Trevor sees the children most days and "
              "cared for them well when Chloe was in hospital. The flat is warm and there is food in it."),
        ("h1", "What we want for Freya and Alfie"),
        ("bullets", [
            "Freya and Alfie are fed, changed and played with every day by an adult who is awake and well "
            "enough to notice what they need.",
            "Alfie catches up on his immunisations, keeps growing along his centile and starts to crawl and "
            "babble with the adults around him.",
            "Freya goes to nursery, is no longer looking after her brother, and has adults she trusts to tell "
            "if Mummy is poorly again.",
        ]),
        ("h1", "The plan"),
        ("p", "The plan is set out as a timeline. The heading over each group of actions is the timescale for "
              "every action under it. Each action says who does it and ends with what we will see."),
        ("h2", "Weeks 1 and 2: by Friday 01/08/2025"),
        ("bullets", [
            "Ruth Adebayo (SW) will see Freya and Alfie at home twice, once unannounced, and talk with Freya on "
            "her own; her visit notes on LCS will say where each child sleeps and what Freya told her.",
            "Sean Doyle (care co-ordinator, Ulnabrook EIP team) will write a relapse plan with Chloe and Trevor, "
            "naming Chloe's early warning signs and what each adult will do to keep Freya and Alfie safe, and "
            "send the SW his first written assessment of how far Chloe can make the changes the children need.",
            "Dr Kieran Walsh (GP, Fernside Surgery) will send the SW a summary of Chloe's mental health history "
            "and her current prescriptions, to be kept on both children's files.",
            "Chloe will take Alfie to Fernside Surgery for his missed 12- and 16-week immunisations and show the "
            "health visitor the entries in his red book.",
        ]),
        ("h2", "Weeks 3 to 6: by Friday 29/08/2025"),
        ("bullets", [
            "Ruth Adebayo (SW) will complete a parenting assessment of Chloe, focused on how her mental health "
            "affects her care of Freya and Alfie; the written report goes to Chloe and every core group member.",
            "Dr Helen Marsh (consultant psychiatrist, Ulnabrook EIP team) will assess Chloe's capacity to make "
            "and keep the changes the children need, and send the SW a written report on the steps still needed "
            "and how long they are likely to take.",
            "Jo Penhallow (HV) will do Alfie's 9 to 12 month review at home, including his weight, hearing and "
            "play, and send the SW his completed ASQ scores.",
            "Mrs Anita Shah (manager, Little Acorns Nursery) will start Freya's funded 15 hours with a named key "
            "person, and email the SW the key person's name and Freya's attendance for her first week.",
        ]),
        ("h2", "Every week until the review conference on 14/10/2025"),
        ("bullets", [
            "Ruth Adebayo (SW) will visit Freya and Alfie at home, with one visit a month unannounced, and record "
            "on LCS how Chloe responds when either child cries or asks for help.",
            "Sean Doyle (care co-ordinator) will see Chloe at home, count her tablets and check her warning "
            "signs, and send the SW a note on whether she is making and keeping the changes Freya and Alfie need.",
            "Trevor Hartigan (maternal grandfather) will stay at the flat on Tuesday and Thursday evenings to help "
            "with tea, baths and bedtime, and sign the visitors' book that the SW checks at each visit.",
            "Jo Penhallow (HV) will weigh Alfie at the Fernside clinic and plot his weight in the red book, "
            "emailing it to the SW the same day.",
        ]),
        ("h1", "If things go wrong"),
        ("p", "If Chloe shows two of her early warning signs from the relapse plan (two nights without sleep, "
              "closing the curtains all day, saying people are watching her), or is found asleep in the day with "
              "the children unsupervised, Sean will arrange a mental health assessment the same day and Freya and "
              "Alfie will stay with Trevor at 12 Rowan Court that night."),
        ("p", "If Trevor cannot have the children or cannot do his Tuesday and Thursday evenings (he is ill or "
              "away), Ruth will place Freya and Alfie together with Ulnabrook foster carers the same day, and "
              "Chloe will be offered family time every day."),
        ("p", "If Chloe is admitted to hospital again, or Dr Marsh's report says she cannot make the changes "
              "within Freya's and Alfie's timescale, Ruth will ask Declan Fry for a legal planning meeting within "
              "5 working days to decide whether to start the Public Law Outline."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every 4 weeks, Tuesdays at 1.30pm, Moor Lane Family Hub: 05/08/2025, 02/09/2025 and "
            "30/09/2025.",
            "Review child protection conference: Tuesday 14/10/2025, 10am, Ulnabrook Civic Hall.",
            "Chloe can bring Trevor or an advocate from Ulnabrook Mind to every meeting.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Review plan, mother after an alcohol detox, a 12-year-old young carer
#    and her 7-year-old brother. Table whose "By when" cell is merged down
#    over each group of rows. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b99_umbrelow_rcpc_merged_date_cells_okonkwo.pdf",
    "doc_title": "Review Child Protection Plan - Zara and Tobi Okonkwo",
    "split": "tune",
    "actions": 10,
    "template": "rcpc-word-plan-printed-to-pdf-page-header-footer-details-list-progress-childrens-words-outcomes-then-four-column-table-by-when-cell-merged-down-over-groups-of-rows-contingency-core-group",
    "description": (
        "Exemplary first review conference plan for a 12-year-old young carer and her 7-year-old "
        "brother whose mother finished an alcohol detox in June. A Word plan printed to PDF with a "
        "page header and footer. The action table's 'By when' cell is merged down over each group "
        "of rows ('By 29/08/2025', 'Every week until the review conference', 'By 31/10/2025'), so "
        "each row's timescale is the merged cell beside it, as a reader sees it; every row has its "
        "own lead and measure. The alcohol service assesses and reports on change, the father's "
        "evenings have a fallback, legal planning follows named triggers, dates are set."
    ),
    "header": "OFFICIAL-SENSITIVE – Umbrelow Metropolitan Council – Children and Families",
    "footer": "Okonkwo – Review Child Protection Plan 29/07/2025 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "check_vmerge": 3,
    "blocks": [
        ("title", "Review Child Protection Plan"),
        ("p", "Umbrelow Metropolitan Council · Children and Families · Safeguarding and Support (South)"),
        ("kv", [
            ("Children", "Zara Okonkwo (12), DOB 02/02/2013; Tobi Okonkwo (7), DOB 19/06/2018"),
            ("Address", "24 Hollins Terrace, Umbrelow UB2 7FE"),
            ("Mother", "Danielle Okonkwo (34)"),
            ("Father", "Chinedu Okonkwo (37), 5 Tanner Street, Umbrelow; separated from Danielle in 2022"),
            ("Maternal aunt", "Grace Mensah, 61 Albion Road, Umbrelow"),
            ("Category", "Neglect"),
            ("Conference", "First review, Tuesday 29/07/2025 (initial conference 29/04/2025). Chair: Paul Keane"),
            ("Social worker", "Leanne Cho (team manager: Ruth Salter)"),
        ]),
        ("h1", "What has changed since the initial conference"),
        ("p", "Danielle has been dependent on alcohol for about five years. In April Zara rang Chinedu at 11pm "
              "because her mum had fallen in the kitchen and would not wake up; Tobi had not eaten since lunch. "
              "Danielle finished a community detox with the Umbrelow Alcohol Service on 20/06/2025 and has not "
              "had a positive breath test since. Chinedu now has the children two evenings a week. Zara's school "
              "attendance has gone from 81% to 93%. Zara still does most of the cooking and checks on her mum "
              "at night, and Tobi has started wetting the bed again."),
        ("h1", "What Zara and Tobi have told us"),
        ("p", "Zara (seen on her own at school, 21/07/2025): “Mum's better but I still check the bins for "
              "bottles. I don't want to go back to how it was. I want to go to the Friday drama club and not "
              "worry about Tobi's tea.” She scored home 6 out of 10, up from 2 in April."),
        ("p", "Tobi (seen at home, 24/07/2025): “Mummy doesn't have her wine now. Daddy does fish fingers.” He "
              "asked if he could sleep at his dad's more often. He showed the social worker his football cards "
              "and sat next to his mum on the sofa while they looked at them together."),
        ("h1", "What we want for Zara and Tobi"),
        ("bullets", [
            "Zara and Tobi are cared for every day by a sober adult who makes their meals and gets them to bed "
            "and to school.",
            "Zara is a child first: she is not cooking, checking on her mum or caring for her brother, and she "
            "has time for her friends and clubs.",
            "Tobi is dry at night most nights and can tell an adult when he is worried.",
            "Both children know who to ring if their mum drinks, and feel able to do it.",
        ]),
        ("pagebreak",),
        ("h1", "Action plan"),
        ("p", "The 'By when' column is merged down over each group of actions: the date or frequency in the "
              "merged cell applies to every row beside it."),
        ("table", {
            "header": ["What will happen", "Who", "By when", "How we will know"],
            "widths": [6.0, 3.6, 2.8, 4.6],
            "rows": [
                ["Carry out Zara's young carer's assessment and agree a young carer's plan with her",
                 "Kim Barlow, Umbrelow Young Carers",
                 "By 29/08/2025",
                 "Young carer's plan signed by Zara and copied to the SW"],
                ["Review Danielle's recovery since the detox, agree a relapse prevention plan with her and start "
                 "random breath and blood tests",
                 "Gary Firth, recovery worker, Umbrelow Alcohol Service",
                 V,
                 "Relapse prevention plan and first test results sent to the SW"],
                ["Agree a written rota of the three evenings a week he collects Tobi from after-school club and "
                 "gives both children their tea",
                 "Chinedu Okonkwo (father)",
                 V,
                 "Rota signed by Chinedu, Danielle and the SW; a copy held by the after-school club"],
                ["Visit Zara and Tobi at home, one visit in four unannounced, and see each child on their own",
                 "Leanne Cho, SW",
                 "Every week until the review conference on 25/11/2025",
                 "Visit notes show both children seen alone, with their own words written down"],
                ["Key-work sessions with Danielle with a breath test at each one; report to each core group on "
                 "whether she is staying sober and making the changes Zara and Tobi need",
                 "Gary Firth, recovery worker, Umbrelow Alcohol Service",
                 V,
                 "Test results emailed to the SW each Friday; a written report before every core group"],
                ["Check Tobi's attendance, lunch and presentation, and phone the SW the same day if he is absent "
                 "without a reason or comes in hungry",
                 "Mr Paul Reid, DSL, Hollins Primary School",
                 V,
                 "Attendance printout emailed to the SW each Friday; same-day calls logged on CPOMS"],
                ["Meet Zara with her key adult to check how she is managing at home and in class",
                 "Ms Farah Iqbal, DSL, Umbrelow Academy",
                 V,
                 "Meeting notes and Zara's weekly attendance sent to the SW each Friday"],
                ["Complete six sessions of direct work with Zara and Tobi about their mum's drinking, using the "
                 "'Ask Me' workbook",
                 "Leanne Cho, SW",
                 "By 31/10/2025",
                 "Both workbooks on file; each child can name two adults they would ring"],
                ["Hold a family group conference and write the family plan for when Danielle is unwell",
                 "Jenny Malik, family group conference co-ordinator",
                 V,
                 "Family plan agreed, signed and copied to every core group member"],
                ["Attend the eight-week Umbrelow Family Recovery parenting group",
                 "Danielle Okonkwo (mother)",
                 V,
                 "Attendance certificate and the group worker's end-of-course report sent to the SW"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If Danielle drinks while caring for Zara and Tobi (a positive breath or blood test, a call from "
              "either child, or alcohol smelled or seen at a visit), the children will go to Chinedu's home at "
              "5 Tanner Street that day, and Leanne will hold a strategy discussion with Umbrelow Police the "
              "same day."),
        ("p", "If Chinedu cannot have them (he works two night shifts a month), Zara and Tobi will stay with "
              "their aunt Grace Mensah at 61 Albion Road; if neither Chinedu nor Grace can have them, Leanne "
              "will place them together with Umbrelow foster carers the same day."),
        ("p", "If Danielle has two positive tests in any four weeks, or Zara's attendance falls below 90% by "
              "31/10/2025, Leanne will ask Ruth Salter for a legal planning meeting within 5 working days."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every 4 weeks, Tuesdays at 4pm, Hollins Family Centre: 26/08/2025, 23/09/2025, "
            "21/10/2025 and 18/11/2025.",
            "Second review child protection conference: Tuesday 25/11/2025, 2pm, Umbrelow Town Hall.",
            "Zara can come to the first part of any core group, or send her views through Kim Barlow.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. ICPC plan, domestic abuse, mother's depression and partner's cannabis
#    use, a 10-year-old and a 4-year-old. Markdown: actions under each worry
#    with a shared "We will know this is working when" line. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b99_urkenby_worries_shared_check_line_pryce.md",
    "split": "tune",
    "actions": 13,
    "template": "icpc-markdown-family-table-worries-childrens-words-working-well-outcomes-then-plan-under-worry-subheadings-each-with-a-shared-we-will-know-this-is-working-when-line-over-its-bullets-contingency-meetings",
    "description": (
        "Initial conference plan for a 10-year-old and a 4-year-old: domestic abuse by the mother's "
        "partner, the mother's depression and the partner's cannabis use. A markdown plan whose "
        "actions sit under four worries; three worries carry a shared 'We will know this is working "
        "when...' line, which a careful reader takes as the measure for every bullet under it. "
        "Worry 1 and 2 bullets are mostly sound. Faults: talking therapy that only treats the "
        "mother; 'the family' helping 'as and when needed'; worry 3 has no 'we will know' line, so "
        "the drug service assessment, the key-work and a passive 'house kept free of cannabis' "
        "(no one, no time) have no measure; worry 4's shared line is only 'kept under review at "
        "core group', the only measure of the dentist bullet; no legal step anywhere."
    ),
    "text": """\
# Child Protection Plan: Mia Pryce and Leo Lyle

**Urkenby County Council – Children's Social Care – Locality Team (Riverside)**
Initial child protection conference: Thursday 14/08/2025, Urkenby Shire Hall · Chair: Janet Oduya · Category: emotional abuse and neglect

## Family

| Name | Age | Who |
|---|---|---|
| Mia Pryce | 10 (DOB 03/01/2015) | Year 6 at St Hilda's Primary from September |
| Leo Lyle | 4 (DOB 22/05/2021) | Sunflower Room, Urkenby Children's Centre nursery |
| Kerry Pryce | 30 | Mum |
| Dean Lyle | 33 | Kerry's partner, Leo's dad; lives at the house |
| Gemma Pryce | 27 | Kerry's sister, 40 Weaver Street, Urkenby |

Social worker: Sophie Dale (team manager: Rob Kinsella)

## What we are worried about

On 26/07/2025 police were called when Dean pushed Kerry into the banister during an argument; Mia
was on the stairs and rang 999. Mia has told her teacher there is "shouting most nights". Kerry has
depression and has been on antidepressants from her GP since Leo was born; on three of the last five
visits she was still in bed at 11am and Leo had not been to nursery. Dean smokes cannabis in the
house every day and Mia found a bag of it in Leo's toy box in June. Leo's speech is behind for his
age and he has four decayed front teeth.

## What Mia and Leo have told us

Mia (seen on her own at school, 05/08/2025): "I put my music on loud so Leo doesn't hear. I'd like
Dean to stop shouting at Mum. I like it at Auntie Gemma's because it's quiet." She gave home 3 out of
10 for feeling safe.

Leo (seen at home, 07/08/2025) talked about his "digger" and his "doggy" at nursery. He hid behind
the sofa when Dean's phone rang loudly, and came out when Kerry called him for a cuddle.

## What is working well

Kerry and Dean both came to the conference. Kerry has said she wants Dean to get help and that she
will keep the children safe. Gemma is close to both children and has them every other Sunday. Mia
is a good reader and has a strong friendship group.

## What we want for Mia and Leo

1. Mia and Leo live in a calm home where they do not hear or see violence.
2. Leo gets to nursery every day and gets help with his speech and his teeth.
3. Mia and Leo live in a home with no drugs in it and are looked after by adults who are awake and sober.

## The plan

Each worry has its actions. Where a worry has a **We will know this is working when** line, that
line is how we will check every action under it.

### Worry 1: Mia and Leo hear Dean shouting at Kerry and have seen him push her

**We will know this is working when** there are no police call-outs to the house, Mia's safety score
(asked at every SW visit) rises from 3 to 7 out of 10, and St Hilda's logs no days of Mia upset in class.

- Sophie Dale (SW) will see Mia on her own every fortnight and see Leo at home with Kerry.
- Dean will start the 24-week Urkenby Respect domestic abuse programme on 02/09/2025.
- Kerry will meet Lorna Peel (IDVA, Urkenby Women's Aid) every Tuesday until 30/09/2025 to write a safety plan.
- PC Tom Ashworth (Urkenby Police, Domestic Abuse Unit) will put a warning marker on the address by 22/08/2025.

### Worry 2: Kerry's low mood means she stays in bed and Leo misses nursery

**We will know this is working when** Leo's nursery register shows 90% attendance or more, and Kerry
is up, dressed and has given Leo breakfast at every unannounced visit.

- Dr Amir Sadiq (GP, Riverside Medical Centre) will review Kerry's antidepressant by 29/08/2025.
- Urkenby Talking Therapies will give Kerry twelve sessions of CBT for her depression from 01/09/2025.
- Kerry will take Leo to nursery by 9am every weekday.
- The family will help Kerry with Leo's nursery runs as and when needed.

### Worry 3: Dean smokes cannabis in the house and the children have found it

- Dean will go to Urkenby Drug and Alcohol Service for an assessment by 29/08/2025.
- Jade Morris (recovery worker, Urkenby Drug and Alcohol Service) will see Dean for key-work every week.
- The house is to be kept free of cannabis and anything used to smoke it.

### Worry 4: Leo's speech is behind and his teeth are decaying

**We will know this is working when** Leo's progress is kept under review at core group.

- Kerry will take Leo to the Castle Street dental practice for his teeth by 12/09/2025.
- Hannah Webb (HV) will refer Leo to speech and language therapy by 22/08/2025 and send the SW a copy of the referral.

## If things get worse

If the police are called to the house again, or Dean is found to have used cannabis while looking after
Leo on his own, Mia and Leo will go to Gemma's at 40 Weaver Street that night and Sophie will hold a
strategy discussion with Urkenby Police the same day. If Gemma cannot have them, Sophie will place them
together with Urkenby foster carers the same day.

## Meetings

- Core group: every 4 weeks, Thursdays at 3.30pm at Riverside Children's Centre – 28/08/2025, 25/09/2025, 23/10/2025.
- Review child protection conference: Thursday 06/11/2025 at 10am, Urkenby Shire Hall.
""",
    "findings": [
        F("H001", "Urkenby Talking Therapies will give Kerry twelve sessions of CBT"),
        F("W002", "The family will help Kerry with Leo's nursery runs"),
        F("T002", "The family will help Kerry with Leo's nursery runs"),
        F("M001", "Dean will go to Urkenby Drug and Alcohol Service for an assessment"),
        F("M001", "will see Dean for key-work every week"),
        F("W001", "The house is to be kept free of cannabis"),
        F("T001", "The house is to be kept free of cannabis"),
        F("M001", "The house is to be kept free of cannabis"),
        F("M002", "Kerry will take Leo to the Castle Street dental practice"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 4. ICPC plan, a 5-month-old, young parents, father's drinking. Each owner
#    is named once over a list of their tasks ("Sam Ridley (social worker)
#    will:"); the parents' list also gives its timescale once. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b99_uzzleford_owner_blocks_will_lists_fenwick.docx",
    "doc_title": "Child Protection Plan - Ellis Pike",
    "split": "tune",
    "actions": 12,
    "template": "icpc-word-plan-details-list-reasons-ellis-day-strengths-outcomes-then-bold-owner-will-line-over-each-owners-bullet-list-some-with-a-shared-timescale-contingency-meetings",
    "description": (
        "Initial conference plan for a 5-month-old whose 19-year-old mother is a care leaver and "
        "whose father drinks heavily. The action plan names each owner once in a bold line ('Sam "
        "Ridley (social worker) will:') over a bullet list of that person's tasks; the parents' line "
        "also gives one timescale for all their bullets ('every day from 05/08/2025'). A careful "
        "reader takes the owner (and for the parents the time) from the group line. Faults: the "
        "parenting assessment has no output, the alcohol referral waits 'when the time is right', "
        "'keep the flat warm and clean' has no measure, the grandparents will 'be there' for the "
        "mother when she needs them, the HV will 'keep an eye on' the mother's coping, 'Everyone "
        "working with the family' shares worries; no adult service owns an action for the "
        "father's drinking, and the contingency sends Ellis to the grandparents with no fallback."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Uzzleford Borough Council – Children's Services – Early Help and Safeguarding (North)"),
        ("kv", [
            ("Child", "Ellis Pike, DOB 04/03/2025 (5 months)"),
            ("Address", "Flat 2, 18 Canal Side, Uzzleford UZ3 1HW"),
            ("Mother", "Stacey Fenwick (19), care leaver (Uzzleford Leaving Care Team)"),
            ("Father", "Jordan Pike (21), lives with Stacey and Ellis"),
            ("Paternal grandparents", "Pam and Ray Pike, 7 Orchard Way, Uzzleford"),
            ("Category", "Neglect"),
            ("Initial conference", "Tuesday 05/08/2025, Uzzleford Town Hall. Chair: Harriet Lowe"),
            ("Social worker", "Sam Ridley (team manager: Nadia Begum)"),
        ]),
        ("h1", "Why Ellis needs a plan"),
        ("p", "Ellis was admitted to Uzzleford General on 12/07/2025 with a chest infection and was found to have "
              "dropped from the 50th to the 9th centile. Nurses noted his bottles were made up with too much "
              "water. The flat was cold, with dog mess on the kitchen floor and a mattress with no cover in "
              "Ellis's cot. Jordan drinks most evenings, often eight or more cans, and on 20/07/2025 a neighbour "
              "found him asleep on the stairs at 1am with Ellis crying inside. Stacey has no family of her own "
              "nearby and told the hospital social worker she feels she is “doing it all wrong”."),
        ("h1", "Ellis's day"),
        ("p", "Ellis is a smiley baby who watches faces closely. On the ward he fed well for the nurses and "
              "settled quickly. At home on two visits he cried hard before feeds and took his bottle fast. He "
              "quietened when Stacey held him close and talked to him, and he laughs when Ray blows on his tummy. "
              "He has a flat patch on the back of his head from lying in his bouncer for long periods."),
        ("h1", "Strengths"),
        ("p", "Stacey and Jordan love Ellis and both came to the conference. Stacey has kept every appointment "
              "since Ellis came home. Pam and Ray are keen to help and have had Ellis for an afternoon most weeks."),
        ("h1", "What we want for Ellis"),
        ("bullets", [
            "Ellis is fed the right amount at the right times and his weight climbs back towards the 50th centile.",
            "Ellis sleeps safely, on his back in a clear cot, in a warm and clean home.",
            "Ellis is cared for at all times by an adult who is sober and awake.",
        ]),
        ("h1", "What each person will do"),
        ("boldp", "Sam Ridley (social worker) will:"),
        ("bullets", [
            "visit Ellis at home every Monday, see him awake and record his weight from the red book and where "
            "he sleeps on LCS;",
            "complete a parenting assessment of Stacey and Jordan by 24/10/2025;",
            "refer Stacey to a personal adviser in the Uzzleford Leaving Care Team by 15/08/2025, and keep the "
            "acceptance email on Ellis's file;",
            "make a referral for Jordan to the Uzzleford alcohol service when the time is right, and keep the "
            "referral form on file.",
        ]),
        ("boldp", "Stacey and Jordan will, every day from 05/08/2025:"),
        ("bullets", [
            "make up Ellis's feeds fresh to the tin's measures and write each feed on the chart on the fridge, "
            "which Sam and the health visitor check at every visit;",
            "put Ellis down to sleep on his back in his own cot with nothing else in it, as seen at every "
            "unannounced visit;",
            "keep the flat warm and clean, with the dog kept out of the kitchen.",
        ]),
        ("boldp", "Pam and Ray Pike (paternal grandparents) will:"),
        ("bullets", [
            "have Ellis at 7 Orchard Way every Saturday from 10am to 4pm so Stacey and Jordan can rest, and "
            "write each visit in the contact book Sam reads on Mondays;",
            "be there for Stacey and help her with Ellis whenever she needs them.",
        ]),
        ("boldp", "Joanne Kaur (health visitor) will:"),
        ("bullets", [
            "weigh Ellis every fortnight at Canal Side clinic and plot it on his centile chart, emailing it to "
            "Sam the same day;",
            "ask Stacey how she is feeling at each contact and keep an eye on how she is coping.",
        ]),
        ("boldp", "Everyone working with the family will:"),
        ("bullets", [
            "tell Sam the same day about any worry over Ellis's care, and log it on their own agency's record.",
        ]),
        ("h1", "Contingency plan"),
        ("p", "If Ellis loses weight at two weighs in a row, or Jordan is found drunk while caring for him, Sam "
              "will hold a strategy discussion with Uzzleford Police the same day and Ellis will go to stay with "
              "Pam and Ray at 7 Orchard Way until it is safe for him to go home."),
        ("p", "If Ellis has not gained weight by 30/09/2025, or the parenting assessment finds that Stacey and "
              "Jordan cannot keep him safe, Sam will ask Nadia Begum for a legal planning meeting within 5 "
              "working days."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every 4 weeks, Tuesdays at 10am, Canal Side Children's Centre: 19/08/2025, 16/09/2025, "
            "14/10/2025.",
            "Review child protection conference: Tuesday 28/10/2025, 2pm, Uzzleford Town Hall.",
        ]),
    ],
    "findings": [
        F("M001", "complete a parenting assessment of Stacey and Jordan by 24/10/2025"),
        F("T002", "make a referral for Jordan to the Uzzleford alcohol service"),
        F("M001", "keep the flat warm and clean, with the dog"),
        F("T002", "be there for Stacey and help her with Ellis"),
        F("M001", "be there for Stacey and help her with Ellis"),
        F("M002", "keep an eye on how she is coping"),
        F("W002", "tell Sam the same day about any worry over Ellis's care"),
        F("F004"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 5. ICPC plan, father (sole carer) with depression and drinking, a 14-year-old
#    who has self-harmed and her 11-year-old brother. Plain-text timeline
#    print: WEEKS 1-2 / WEEKS 3-6 / BY THE REVIEW / ONGOING, under one
#    "how progress will be measured" banner. Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b99_ustermoor_timeline_weeks_print_abernethy.txt",
    "split": "tune",
    "actions": 16,
    "template": "icpc-plain-text-case-system-print-field-lines-upper-case-sections-then-timeline-blocks-weeks-1-2-weeks-3-6-by-the-review-ongoing-dash-items-under-one-measure-banner-contingency-meetings",
    "description": (
        "Initial conference plan for a 14-year-old who has self-harmed and her 11-year-old brother, "
        "cared for by their father, who has depression and drinks heavily. A plain-text timeline "
        "print: block headings WEEKS 1-2 (to 05/09/2025), WEEKS 3-6 (to 03/10/2025) and BY THE "
        "REVIEW (18/11/2025) give the timescale for every item under them, as a careful reader "
        "takes them; the last block is headed only ONGOING, which is vague. One banner over the "
        "whole plan says every action 'will be monitored by the core group', so items with no "
        "measure of their own have only a vague one. Faults: the CMHT only offers support "
        "appointments; the SW's assessment and the school counselling are measured only by the "
        "banner; under ONGOING the father is to 'accept the help offered' (engagement reviewed) "
        "and 'Family and friends' help with meals; the contingency is 'if things do not improve, "
        "the core group will meet to discuss', and there is no legal step."
    ),
    "text": """\
USTERMOOR COUNCIL - CHILDREN'S SERVICES            CHILD PROTECTION PLAN
Printed from CarePath 27/08/2025 14:05 by P.LAL                      Page 1

CHILDREN ........... Skye ABERNETHY, DOB 09/04/2011 (14)
                     Rory ABERNETHY, DOB 30/11/2013 (11)
ADDRESS ............ 3 Gull Wynd, Ustermoor US6 2RJ
FATHER ............. Callum Abernethy (41), sole carer since 2022
MOTHER ............. Died 2022
PATERNAL AUNT ...... Morag Abernethy, 15 Harbour Brae, Ustermoor
CATEGORY ........... Neglect
CONFERENCE ......... Initial, Tuesday 26/08/2025. Chair: Iain Burnett
SOCIAL WORKER ...... Priya Lal (team manager: Ewan Stroud)

WHY SKYE AND RORY NEED A PLAN
-----------------------------
Since their mum died in 2022 Callum has had depression and has been drinking
heavily, mostly in the evenings. On 11/08/2025 Skye was taken to Ustermoor
Infirmary after cutting her arm; she told the nurse she did it because "nobody
at home notices anything". Police attended the house the same night and found
Callum asleep and unrousable with empty cans around him, and no food in the
fridge. Rory has been wetting the bed and his school reports he often comes in
hungry and in the same clothes. Skye does the shopping and cooking.

WHAT SKYE AND RORY SAY
----------------------
Skye (seen on her own at the Infirmary, 12/08/2025): "Dad's not a bad dad, he's
just sad all the time. I do the tea because otherwise Rory doesn't eat. I want
someone to help Dad so I don't have to." She wants to keep living with her dad.

Rory (seen at school, 14/08/2025): "Dad sleeps on the couch. I like it when
Auntie Morag comes because she makes pancakes." He said he worries about Skye
"because of her arm".

WHAT IS GOING WELL
------------------
Callum came to conference and said he knows he needs help. He has never been
violent to the children. Morag visits twice a week and the children love her.
Skye is doing well at school and wants to be a vet.

WHAT WE WANT FOR SKYE AND RORY
------------------------------
1. Skye is kept safe from harming herself and has help with her feelings.
2. Skye and Rory have meals, clean clothes and an adult who is sober in the
   evenings, and Skye is no longer running the house.
3. Rory is dry at night and comes to school fed and in clean clothes.

THE PLAN
--------
HOW PROGRESS WILL BE MEASURED: all actions in this plan will be monitored by the
core group.

WEEKS 1-2 (26/08/2025 TO 05/09/2025)
 - SW (Priya Lal) to see Skye and Rory on their own at school and write down
   what each of them says on the CarePath case file.
 - CAMHS (Dr Ben Kwarteng) to assess Skye after her self-harm and send a
   written risk management plan to the SW and Ustermoor High School.
 - GP (Dr Moira Fyfe, Harbour Street Practice) to review Callum's
   antidepressant and send the SW a copy of his prescription record.
 - Callum to remove all alcohol from the house; the SW will check the kitchen
   and cupboards at the next home visit.
 - Ustermoor High School (Mrs Joan Tait, DSL) to agree a safe adult and a
   time-out card with Skye, with a copy of the agreement sent to the SW.

WEEKS 3-6 (TO 03/10/2025)
 - Ustermoor CMHT (Ailsa Munro, care co-ordinator) to offer Callum fortnightly
   support appointments for his depression, with attendance sent to the SW.
 - SW to complete the child and family assessment.
 - Callum to go to his first appointment at Ustermoor Recovery Service
   (alcohol), and the service to confirm to the SW that he attended.
 - SW to refer Skye to Ustermoor Young Carers and keep the acceptance letter
   on file.
 - School nurse (Fiona Grant) to see Rory about his bedwetting and send the SW
   a copy of the continence plan she agrees with him.

BY THE REVIEW (18/11/2025)
 - Kirkgate Primary (Mr Harj Gill, DSL) to place Rory in the nurture group
   three afternoons a week and send the SW his attendance at the group
   each month.
 - School counsellor (Mrs Anne Dunne) to offer Skye six counselling sessions.
 - Ustermoor Recovery Service (Kyle Baird, recovery worker) to write to the SW
   on Callum's drinking, his breath test results and whether he is making the
   changes Skye and Rory need.

ONGOING
 - SW to visit Skye, Rory and Callum at home every fortnight, one visit in
   three unannounced, with visit records showing both children seen.
 - Callum to accept the help offered to him, and his engagement will be
   reviewed at core group.
 - Family and friends to help Callum with meals and school lifts.

CONTINGENCY
-----------
If things do not improve for Skye and Rory, the core group will meet to discuss
what should happen next.

MEETINGS
--------
CORE GROUP ......... EVERY 3 WEEKS, TUESDAYS 3.45PM, KIRKGATE PRIMARY:
                     09/09/2025, 30/09/2025, 21/10/2025, 11/11/2025
REVIEW CONFERENCE .. TUESDAY 18/11/2025 10AM, USTERMOOR COUNCIL OFFICES
END OF PRINT
""",
    "findings": [
        F("H001", "to offer Callum fortnightly support appointments for his depression"),
        F("M002", "SW to complete the child and family assessment."),
        F("M002", "to offer Skye six counselling sessions"),
        F("T002", "Callum to accept the help offered to him"),
        F("M002", "Callum to accept the help offered to him"),
        F("W002", "Family and friends to help Callum with meals and school lifts"),
        F("T002", "Family and friends to help Callum with meals and school lifts"),
        F("M002", "Family and friends to help Callum with meals and school lifts"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Plan for an 8-year-old and a 15-month-old, mother on methadone after a
#    heroin relapse. Table with goal banner rows that say how each goal's
#    actions will be checked, and merged "When" cells. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b99_unnerdale_goal_banner_rows_table_mcbride.pdf",
    "doc_title": "Child Protection Plan - Jayden and Lacey McBride",
    "split": "tune",
    "actions": 9,
    "template": "icpc-word-plan-printed-to-pdf-page-header-footer-details-list-reasons-then-four-column-table-no-action-lead-when-goal-banner-rows-merged-across-with-how-we-will-check-line-when-cells-merged-down-contingency-core-group",
    "description": (
        "Initial conference plan for an 8-year-old and a 15-month-old whose mother relapsed into "
        "heroin use and is now on methadone, with the maternal grandmother heavily involved. A Word "
        "plan printed to PDF with header and footer. The action table has no measure column: each "
        "goal is a shaded banner row merged across the table, and goals 1 and 2 end with 'How we "
        "will check:', which a careful reader takes as the measure of every row under them; 'When' "
        "cells are merged down over rows that share a timescale. Goal 3 has no check line. Faults: "
        "the grandmother's overnight care is 'Whenever needed'; the learning mentor row and the "
        "grandmother's school walks (merged 'Ongoing') have no measure; 'Family' to get Jayden to "
        "football (merged 'Ongoing'); nothing records either child's wishes, feelings or daily "
        "experience; the contingency rests on the grandmother with no fallback."
    ),
    "header": "OFFICIAL-SENSITIVE · Unnerdale City Council · Children's Social Work",
    "footer": "McBride – Child Protection Plan (ICPC 07/08/2025) – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "check_vmerge": 3,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Unnerdale City Council · Children's Social Work · Area Team 4"),
        ("kv", [
            ("Children", "Jayden McBride (8), DOB 17/01/2017; Lacey McBride (15 months), DOB 02/05/2024"),
            ("Address", "56 Fennel Road, Unnerdale UN9 4TS"),
            ("Mother", "Nicole McBride (27)"),
            ("Fathers", "Not involved with either child"),
            ("Maternal grandmother", "Sandra Moss (52), 11 Fennel Road, Unnerdale"),
            ("Category", "Neglect"),
            ("Initial conference", "Thursday 07/08/2025, Unnerdale Guildhall. Chair: Bev Atherton"),
            ("Social worker", "Owen Brady (team manager: Lisa Carr)"),
        ]),
        ("h1", "Reasons for the plan"),
        ("p", "Nicole used heroin from 2016 to 2019 and was abstinent until spring 2025. On 19/07/2025 police "
              "forced entry after a neighbour could not rouse her and found Nicole unconscious on the bathroom "
              "floor, with a used needle beside her, while Jayden and Lacey were in the house. Paramedics gave "
              "naloxone. Nicole has since restarted methadone with the Unnerdale Drug and Alcohol Service (UDAS). "
              "Lacey's 12-month development review and her one-year vaccinations are overdue. Jayden's school "
              "attendance was 84% last year."),
        ("h1", "Goals and actions"),
        ("p", "The goals are the outcomes of this plan. Each goal is shown as a shaded row with the actions for "
              "it underneath. Where a goal row says 'How we will check', that is how every action under it will "
              "be checked."),
        ("table", {
            "header": ["No.", "Action", "Lead", "When"],
            "widths": [1.2, 8.0, 4.2, 3.6],
            "rows": [
                ["Goal 1: Jayden and Lacey are cared for by a sober adult every day and night. How we will check: "
                 "Nicole's drug tests are negative and sent to the SW every week, and both children are seen "
                 "clean, fed and well at every visit.", H, H, H],
                ["1.1", "Prescribe Nicole's methadone with supervised daily consumption and carry out random urine "
                        "tests, sending the results to the SW",
                 "Ria Patel, recovery worker, UDAS", "Every week from 11/08/2025"],
                ["1.2", "Visit Jayden and Lacey at home, one visit in three unannounced, and see Jayden on his own",
                 "Owen Brady, SW", V],
                ["1.3", "Look after Jayden and Lacey overnight at 11 Fennel Road if Nicole is unwell or unsafe",
                 "Sandra Moss (MGM)", "Whenever needed"],
                ["Goal 2: Lacey's health and development needs are met. How we will check: Lacey's red book shows "
                 "the review and vaccinations done, and her weight stays on or above the 25th centile.", H, H, H],
                ["2.1", "Do Lacey's overdue 12-month development review at home, including her weight and speech",
                 "Chloe Firth, health visitor", "By 26/09/2025"],
                ["2.2", "Take Lacey to Fennel Road Surgery for her one-year vaccinations (MMR, Hib/MenC, MenB, PCV)",
                 "Nicole McBride", V],
                ["Goal 3: Jayden goes to school every day and has someone to talk to.", H, H, H],
                ["3.1", "Check Jayden's attendance every morning, ring Nicole by 9.30am if he is not in, and send "
                        "the SW a weekly attendance printout",
                 "Mrs Kay Ellis, DSL, St Aidan's Primary", "Every school day"],
                ["3.2", "Offer Jayden a weekly session with the learning mentor to talk about home",
                 "Mr Dev Shah, learning mentor, St Aidan's", "Weekly from 08/09/2025"],
                ["3.3", "Walk Jayden to school when Nicole cannot take him",
                 "Sandra Moss (MGM)", "Ongoing"],
                ["3.4", "Get Jayden to an after-school football club, with the club register checked by the SW",
                 "Family", V],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If Nicole's urine test shows heroin, or she is found under the influence while caring for the "
              "children, Jayden and Lacey will go to Sandra's at 11 Fennel Road that day and Owen will hold a "
              "strategy discussion with Unnerdale Police the same day."),
        ("p", "If Nicole has two tests showing heroin in any four weeks, or misses three supervised doses in a "
              "month, Owen will ask Lisa Carr for a legal planning meeting within 5 working days."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every 4 weeks, Thursdays at 1pm, Fennel Road Children's Centre: 21/08/2025, "
            "18/09/2025 and 16/10/2025.",
            "Review child protection conference: Thursday 30/10/2025, 10am, Unnerdale Guildhall.",
        ]),
    ],
    "findings": [
        F("T002", "Look after Jayden and Lacey overnight at 11 Fennel Road"),
        F("M001", "Offer Jayden a weekly session with the learning mentor"),
        F("T002", "Walk Jayden to school when Nicole cannot take him"),
        F("M001", "Walk Jayden to school when Nicole cannot take him"),
        F("W002", "Get Jayden to an after-school football club"),
        F("T002", "Get Jayden to an after-school football club"),
        F("F003"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 7. ICPC plan, a 10-week-old and a 3-year-old, mother's postnatal depression,
#    father's drinking, family moving to another authority. Headings give the
#    timescale for the actions under them; the last heading gives none.
#    Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b99_upshallow_heading_timescales_sections_varga.docx",
    "doc_title": "Child Protection Plan - Noah Hope and Ivy Varga",
    "split": "tune",
    "actions": 14,
    "template": "icpc-word-plan-details-list-worries-childrens-experience-strengths-outcomes-then-numbered-paragraphs-under-timescale-headings-first-four-weeks-end-of-october-every-week-until-review-and-other-things-we-agreed-contingency-meetings",
    "description": (
        "Initial conference plan for a 10-week-old and a 3-year-old whose mother has postnatal "
        "depression and whose father drinks; the family plans to move to another authority in "
        "October. The actions sit under headings that give their timescale ('In the first four "
        "weeks (by 15/09/2025)', 'By the end of October', 'Every week until the review "
        "conference'), which a careful reader applies to every action under them; the last "
        "heading, 'Other things we agreed', gives no time. Faults: the perinatal team only "
        "supports the mother in one action (another asks for a capacity assessment); a passive "
        "feeding referral with no owner or measure; the father's parenting assessment held until "
        "the new authority takes over, with no output; under the last heading the hearing test and "
        "Caring Dads have no time and 'the family network' helps 'as often as they can' with no "
        "measure; the core group will meet 'regularly', dates to be arranged."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Upshallow Borough Council – Children's Services – Safeguarding Team 2"),
        ("kv", [
            ("Children", "Noah Hope, DOB 09/06/2025 (10 weeks); Ivy Varga (3), DOB 21/04/2022"),
            ("Address", "31 Larch Crescent, Upshallow UP5 8DG (moving to Dunsmarle, date not yet fixed)"),
            ("Mother", "Reka Varga (25)"),
            ("Father (Noah)", "Liam Hope (30), lives with Reka and the children; Ivy's father is not involved"),
            ("Maternal grandmother", "Erzsebet Varga, 4 Tern Close, Upshallow"),
            ("Category", "Neglect"),
            ("Initial conference", "Monday 18/08/2025, Upshallow Council House. Chair: Graham Pell"),
            ("Social worker", "Tamsin Reilly (team manager: Alan Brook)"),
        ]),
        ("h1", "What we are worried about"),
        ("p", "Reka has severe postnatal depression and has told the health visitor she does not feel close to "
              "Noah. Noah has dropped from the 25th to below the 9th centile since birth, and his feeds are "
              "missed when Reka stays in bed. Liam drinks most evenings; on 02/08/2025 police found him drunk in "
              "charge of both children after Reka had gone out. Ivy has missed half of her nursery sessions since "
              "June and has not had the hearing test her nursery asked for. Reka and Liam want to move to "
              "Dunsmarle, near Liam's work, in October."),
        ("h1", "What Noah and Ivy's days are like"),
        ("p", "Ivy (seen at nursery, 12/08/2025) said: “Baby cries and Mummy cries. I give him his dummy.” She "
              "likes going to “Nagyi's” (her grandmother's) because “we make cake”. Her key worker says she talks "
              "loudly and often does not answer when called."),
        ("p", "Noah is a sleepy baby who needs waking for feeds. On three visits he fed well when Erzsebet or the "
              "health visitor fed him slowly, with breaks. When Reka fed him she looked at her phone and stopped "
              "after a few minutes."),
        ("h1", "Strengths"),
        ("p", "Reka has agreed to see the perinatal team and has started her medication. Erzsebet visits most "
              "days and is calm and practical with both children. Liam has said he will stop drinking."),
        ("h1", "What needs to be different for Noah and Ivy"),
        ("bullets", [
            "Noah is fed well day and night and his weight climbs back to the 25th centile.",
            "Noah and Ivy are cared for by an adult who is sober, awake and responds to them.",
            "Ivy goes to nursery every session and has her hearing and speech checked.",
            "Noah's and Ivy's care and health checks carry on without a gap when the family moves to Dunsmarle.",
        ]),
        ("h1", "Action plan"),
        ("p", "Each heading below gives the timescale for the actions under it."),
        ("h2", "In the first four weeks (by 15/09/2025)"),
        ("numbers", [
            "Tamsin Reilly (SW) will see Noah and Ivy at home twice a week and record on LCS how Reka feeds and "
            "settles Noah.",
            "Dr Sunita Rao's perinatal mental health team will see Reka every fortnight to support her with her "
            "low mood, and send her attendance to the SW.",
            "Reka and Liam will write every feed on Noah's feed chart, which the health visitor will check at "
            "each visit.",
            "Noah's referral to the infant feeding team to be made.",
        ]),
        ("h2", "By the end of October"),
        ("numbers", [
            "Tamsin Reilly (SW) will complete the parenting assessment of Reka and share the report with the core "
            "group.",
            "Dr Sunita Rao (consultant perinatal psychiatrist) will assess Reka's capacity to make the changes "
            "Noah and Ivy need and write to the core group with the likely timescale.",
            "Tamsin (SW) will hold Liam's parenting assessment until Dunsmarle Council has taken over the case.",
        ]),
        ("h2", "Every week until the review conference on 11/11/2025"),
        ("numbers", [
            "Kelly Oduya (HV) will weigh Noah at Larch Crescent clinic and email his weight to the SW the same day.",
            "Brambles Nursery (Mrs Helen Lowe, DSL) will send the SW Ivy's attendance and any worries each Friday.",
            "Erzsebet Varga (MGM) will stay two nights a week to help with Noah's night feeds, and sign the "
            "visitors' book the SW checks.",
            "Liam will see his recovery worker at Upshallow Alcohol Service, and the service will send his breath "
            "test results to the SW.",
        ]),
        ("h2", "Other things we agreed"),
        ("numbers", [
            "Reka will take Ivy to her hearing test at Upshallow audiology clinic, and the clinic letter will go "
            "on Ivy's file.",
            "Liam will go on the Caring Dads course, with the course report sent to the SW.",
            "The family network will take Ivy to nursery on the days Reka is tired, as often as they can.",
        ]),
        ("h1", "Contingency plan"),
        ("p", "If Noah loses weight at two weighs in a row, Liam is found drunk while caring for the children, or "
              "Reka tells anyone she has thoughts of harming herself or Noah, Tamsin will hold a strategy "
              "discussion the same day and the children will stay with Erzsebet at 4 Tern Close."),
        ("p", "If Erzsebet cannot have them or cannot do her nights, Tamsin will place Noah and Ivy together with "
              "Upshallow foster carers the same day."),
        ("p", "If Noah's weight has not recovered to the 9th centile by the review, or Dr Rao reports that Reka "
              "cannot make the changes in Noah's timescale, Tamsin will request a legal planning meeting within "
              "5 working days."),
        ("h1", "Meetings"),
        ("p", "The core group will meet regularly; dates to be arranged."),
        ("p", "Review child protection conference: Tuesday 11/11/2025, 10am, Upshallow Council House."),
    ],
    "findings": [
        F("H001", "perinatal mental health team will see Reka every fortnight"),
        F("W001", "Noah's referral to the infant feeding team to be made."),
        F("M001", "Noah's referral to the infant feeding team to be made."),
        F("X001", "will hold Liam's parenting assessment until Dunsmarle Council"),
        F("M001", "will hold Liam's parenting assessment until Dunsmarle Council"),
        F("T001", "Reka will take Ivy to her hearing test"),
        F("T001", "Liam will go on the Caring Dads course"),
        F("W002", "The family network will take Ivy to nursery"),
        F("T002", "The family network will take Ivy to nursery"),
        F("M001", "The family network will take Ivy to nursery"),
        F("R001"),
    ],
})
