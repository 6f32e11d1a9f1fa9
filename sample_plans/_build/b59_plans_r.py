"""Batch 59, module r: seven fictional plans (tuning material), places beginning with "r".

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.

Focus: action tables of unusual shapes - a two-column 'Action | Comments'
table with the owner, the date and the evidence typed into the second cell
(and continued after a page break with its header repeated); a 'Who and
when' column holding both owner and timescale beside a RAG column that is
not a timescale; a 'Responsible (date)' column under outcome bands merged
across the whole table, with a blank 'Progress' column; a table whose
header row is in the family's words ('What will help', 'Who will do it',
'How we'll know it's working'); a case-system export with Ref and Status
columns, a header repeated on each page and cells left '-', 'N/A' or blank;
a two-column 'What | Update' review table under merged outcome bands; and a
numbered 1.1 / 1.2 'Lead (by)' table. Three plans are exemplary; the other
four carry faults across every rule except S001 and U001 (no plan here has a
suppression note, and every action table says who, when and how, if only
inside a comments or update cell).
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. Core group plan whose table has only two columns, 'Action | Comments';
#    owner, date and evidence are typed into the Comments cell. The table is
#    continued after a page break with its header repeated (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b59_roskelby_core_group_action_comments_two_col_fairclough.docx",
    "doc_title": "Core Group Plan - Tyler and Mia-Rose Fairclough",
    "split": "tune",
    "actions": 11,
    "template": "core-group-2-plan-docx-two-column-action-comments-table-owner-date-evidence-in-comments-cell-continued-after-page-break-header-repeated",
    "description": (
        "Second core group plan for a 9-year-old and a 4-year-old (neglect; mother's depression under the "
        "CMHT, her partner's daily cannabis use under the Recovery Hub). The action table has only two "
        "columns, 'Action | Comments', and the owner, the date and the evidence are typed into the Comments "
        "cell; it runs over a page break as a second table with the same header. Faults: the CMHT only "
        "treating (H001), 'Ongoing' with 'progress will be monitored' (T002, M002), a passive referral "
        "with no lead (W001), a dental check with no date (T001), 'Core group' as owner (W002), a parenting "
        "assessment with no output (M001), a vague contingency with no legal step (C002, R002)."
    ),
    "blocks": [
        ("title", "Core Group Plan"),
        ("p", "Roskelby Metropolitan Borough Council – Children's Social Work Service – Locality Team East"),
        ("table", {
            "widths": [4.5, 12.5],
            "bold_first_col": True,
            "rows": [
                ["Children", "Tyler Fairclough (9), Year 5, Roskelby Juniors\nMia-Rose Fairclough (4), "
                             "Bumblebees Nursery"],
                ["Parent / carers", "Leanne Fairclough (32), mum\nGareth Hollis (35), Leanne's partner, "
                                    "Mia-Rose's dad"],
                ["Address", "22 Kestrel Walk, Roskelby"],
                ["Category", "Neglect (ICPC 11/09/2025)"],
                ["Meeting", "Core group 2, Thursday 02/10/2025, Roskelby Juniors, small hall"],
                ["Social worker", "Priya Castell (PC)"],
            ],
        }),
        ("h2", "Present"),
        ("p", "Leanne Fairclough, Gareth Hollis, Priya Castell (SW), Jodie Marr (family support worker), "
              "Mr Dale Ambrose (learning mentor, Roskelby Juniors), Sandra Ince (manager, Bumblebees "
              "Nursery), Kerry Wainwright (CPN, Roskelby CMHT). Apologies: Imran Qadir (Roskelby Recovery "
              "Hub), update sent by email."),
        ("h2", "Why the children are on a plan"),
        ("p", "Leanne has had depression since Mia-Rose was born and is under the Roskelby Community Mental "
              "Health Team. On bad days she stays in bed until the afternoon. Gareth smokes cannabis every "
              "day, mostly in the evening; he says it helps him sleep. Tyler was late for school on 31 of "
              "the 38 days last term and often arrives without breakfast. At the last two home visits there "
              "was almost no food in the house and Mia-Rose had visible decay on her front teeth."),
        ("h2", "What Tyler and Mia-Rose have told us"),
        ("p", "Tyler (seen at school by PC on 25/09): \"Mum's tired all the time. I make my own cereal if "
              "there's milk.\" He said the best part of his week is football on a Tuesday and the worst part "
              "is being late \"because I have to walk in when everyone's sat down\". He would like \"Mum to "
              "come to my assembly\"."),
        ("p", "Mia-Rose chats at nursery about her teddy, Biscuit. Sandra has seen her eat two bowls of "
              "toast at snack time on Mondays, and she cried when she was picked up late twice in September."),
        ("h2", "What needs to change for Tyler and Mia-Rose"),
        ("bullets", [
            "Tyler gets to school on time with breakfast inside him, at least 4 days out of 5.",
            "Mia-Rose goes to nursery for all her sessions and has her teeth checked and treated.",
            "There is food in the house every day and both children have a cooked tea.",
            "The children are cared for by an adult who is awake and not under the influence of cannabis.",
        ]),
        ("h2", "Plan"),
        ("table", {
            "header": ["Action", "Comments"],
            "widths": [7.5, 9.5],
            "rows": [
                ["Unannounced visits to see Tyler and Mia-Rose at home, including their bedrooms and what "
                 "food is in the kitchen",
                 "SW Priya Castell – fortnightly until the review conference. Visit notes will record what "
                 "each child says and what was in the fridge and cupboards."],
                ["Tyler to be offered sessions with the learning mentor to talk about home and school",
                 "Mr Dale Ambrose (learning mentor). Every Wednesday from 08/10/2025. Session log sent to "
                 "the SW at the end of each month."],
                ["Mia-Rose to take up her 15 funded hours at Bumblebees Nursery (Monday to Wednesday "
                 "mornings)",
                 "Leanne to take her. From 06/10/2025. Nursery register; Sandra Ince rings the SW by 10am on "
                 "any morning Mia-Rose is not in."],
                ["Continue weekly appointments with Leanne for her low mood and anxiety",
                 "Kerry Wainwright, CPN, Roskelby CMHT. Weekly. Attendance shared with the SW."],
                ["Gareth to attend the Recovery Hub for cannabis key-work and testing",
                 "Keyworker Imran Qadir, Roskelby Recovery Hub. Fortnightly, with a hair strand test by "
                 "11/12/2025. Written key-work report to each core group on Gareth's use and how it affects "
                 "his care of the children."],
                ["Help Leanne set up a morning routine so Tyler gets to school for 8.45am",
                 "FSW Jodie Marr. Ongoing. Progress will be monitored."],
            ],
        }),
        ("p", "Plan continues on the next page."),
        ("pagebreak",),
        ("p", "Core group plan – Tyler and Mia-Rose Fairclough (continued)"),
        ("table", {
            "header": ["Action", "Comments"],
            "widths": [7.5, 9.5],
            "rows": [
                ["Referral to the Roskelby Food Pantry and an application to the Household Support Fund",
                 "By 17/10/2025. Pantry membership card and the fund's decision letter on file."],
                ["Arrange a dental check-up for both children (Mia-Rose has decay on her front teeth)",
                 "Leanne, with help from the FSW if she needs it. Dentist's letter confirming both children "
                 "were seen."],
                ["Share any worries about the children's care with the SW the same day",
                 "Core group. Same day. Each worry logged on the children's file."],
                ["Complete a parenting assessment of Leanne and Gareth",
                 "SW Priya Castell, by 21/11/2025."],
                ["Speak to Tyler on his own about what it is like at home, using his worry monster sheet",
                 "SW Priya Castell, at school, in the week before each core group. Tyler's sheet and his "
                 "words go into the core group notes."],
            ],
        }),
        ("h2", "Contingency"),
        ("p", "If things do not get better, or there are any more worries about the children, the core group "
              "will meet sooner and consider what else needs to happen."),
        ("h2", "Next meetings"),
        ("p", "Core group every 4 weeks at Roskelby Juniors, 1.15pm: Thursday 30/10/2025 and Thursday "
              "27/11/2025. Review child protection conference: Tuesday 09/12/2025, 10am, Roskelby Town Hall."),
        ("p", "Notes typed by Priya Castell and sent to everyone present on 03/10/2025."),
    ],
    "findings": [
        F("H001", "Continue weekly appointments with Leanne for her low mood"),
        F("T002", "Help Leanne set up a morning routine so Tyler"),
        F("M002", "Help Leanne set up a morning routine so Tyler"),
        F("W001", "Referral to the Roskelby Food Pantry and an application"),
        F("T001", "Arrange a dental check-up for both children"),
        F("W002", "Share any worries about the children's care with the SW"),
        F("M001", "Complete a parenting assessment of Leanne and Gareth"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 2. First review conference plan, paged landscape PDF: Ref | What needs to
#    happen | Who and when | How we'll know | RAG. 'Who and when' holds both
#    the owner and the timescale; the RAG column is progress, not time, and
#    is '–' for actions new at this review. Header row repeats on each page.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b59_rundlemere_rcpc_ref_who_and_when_rag_paged_mensah.pdf",
    "doc_title": "Review Child Protection Plan - Kobi and Ama Mensah",
    "split": "tune",
    "actions": 16,
    "template": "rcpc1-plan-paged-landscape-ref-k-a-f-what-needs-to-happen-who-and-when-combined-how-well-know-rag-column-dash-for-new-header-repeated",
    "description": (
        "First review conference plan for a 13-year-old and a 7-year-old (father's domestic abuse, now out "
        "of the home under an order; mother's PTSD and low mood; the boy going missing with older youths). "
        "Sixteen actions in a Ref | What needs to happen | Who and when | How we'll know | RAG table that "
        "runs over three pages with its header repeated: owner and timescale share the 'Who and when' "
        "cell, the RAG column holds Green / Amber / Red progress or '–' for actions new at this review. "
        "The adult mental health service reports on capacity to change, the aunt's and uncle's help has "
        "a fallback, dates and legal step set. Header and page footer on every page. Exemplary."
    ),
    "header": "OFFICIAL-SENSITIVE – Rundlemere City Council – Children and Young People's Services",
    "footer": "Mensah – review child protection plan – page {PAGE} of {NUMPAGES}",
    "min_pages": 3,
    "landscape": True,
    "blocks": [
        ("title", "Review Child Protection Conference: Plan"),
        ("kv", [
            ("Children", "Kobi Mensah (13), Year 9, Rundlemere Academy; Ama Mensah (7), Year 3, St Columba's "
                         "RC Primary"),
            ("Mother", "Abena Mensah (37). The children live with her at 5 Linnet House, Sorrel Way, "
                       "Rundlemere."),
            ("Father", "Liam Doyle (41). Left the family home in April 2025; a non-molestation order "
                       "protecting Abena and the children runs until 30/04/2026."),
            ("Family network", "Efua Boateng (maternal aunt), Carver Street; Kwesi Mensah (maternal uncle), "
                               "Hollins Park"),
            ("Conference", "First review child protection conference, Tuesday 14/10/2025 (initial "
                           "conference 15/07/2025)"),
            ("Category", "Emotional abuse"),
            ("Social worker", "Tomasz Wren, Rundlemere Safeguarding Team 2"),
            ("Chair", "Marion Achebe, Child Protection Chair"),
        ]),
        ("h1", "1. What has happened since July"),
        ("p", "There have been no incidents between Abena and Liam since the order was made, and supervised "
              "contact with Liam has gone ahead every other Sunday. Abena started seeing her GP again in "
              "August; she has been diagnosed with post-traumatic stress disorder and low mood and was "
              "accepted by the Rundlemere Adult Mental Health Service in September. Kobi has been reported "
              "missing four times since the end of August, each time overnight, and twice he was found in "
              "the Cross Street flats with young men aged 17 to 20 who are known to the police. He came home "
              "once with a new phone and £60 he could not explain. Ama missed her dental and eye checks over "
              "the summer."),
        ("h1", "2. What Kobi and Ama say"),
        ("p", "Kobi (seen by Tomasz at McDonald's on 07/10/2025): \"I'm not in a gang, I just chill with "
              "them. They're the only ones who don't treat me like a kid.\" He said home is \"calmer since Dad "
              "went\" but that Mum \"cries a lot and doesn't come out of her room\". He would like to get back "
              "into football and says his uncle Kwesi is \"the only one who gets it\"."),
        ("p", "Ama (seen at home on 09/10/2025 and at school on 13/10/2025) drew her family with herself "
              "\"holding Mummy's hand so she doesn't get sad\". She said she loves Saturdays at Aunty Efua's "
              "\"because we bake and I do the eggs\". She worries when Kobi is not home at bedtime and said "
              "she sometimes waits up for him by the window."),
        ("h1", "3. Decision"),
        ("p", "The conference agreed that Kobi and Ama are still likely to suffer significant harm and that "
              "the child protection plan continues under the category of emotional abuse. Kobi's missing "
              "episodes and the exploitation risk are now part of the plan."),
        ("h1", "4. What we want for Kobi and Ama by the next review"),
        ("bullets", [
            "Kobi is not going missing, sleeps at home every night and is not spending time with people who "
            "exploit him.",
            "Kobi is in school every day and has at least one activity and one trusted adult outside home.",
            "Ama does not carry worries about her mum or her brother on her own, and goes to bed without "
            "waiting up for Kobi.",
            "Both children live free from abuse, and see their dad only in the way the plan sets out.",
            "Ama's health checks are up to date and any treatment she needs has started.",
        ]),
        ("h1", "5. The plan"),
        ("p", "RAG at this review: Green – on track; Amber – started but behind; Red – not yet started; "
              "– (dash) – new action agreed at this review."),
        ("table", {
            "header": ["Ref", "What needs to happen", "Who and when", "How we'll know", "RAG"],
            "widths": [1.1, 8.2, 6.4, 8.0, 2.0],
            "rows": [
                ["K1", "See Kobi on his own, away from home at least every other time, and talk about where "
                       "he goes after school and who with",
                 "SW Tomasz Wren – every week until the next review",
                 "Visit notes record Kobi's own words and any new names or places; summary to each core "
                 "group", "Green"],
                ["K2", "Return home interview with Kobi after every missing episode",
                 "Sade Ilori, Rundlemere Missing Children Team – within 72 hours of Kobi coming home",
                 "Interview record sent to the SW and the school DSL; the number of episodes is reported at "
                 "each core group", "Amber"],
                ["K3", "Mentoring for Kobi at the Rundlemere Youth Project on the evenings he has gone "
                       "missing before",
                 "Youth worker Dean Hackett – Mondays and Fridays, 6–8pm, for 12 weeks from 20/10/2025",
                 "Sign-in sheet; Dean's monthly note to the SW on how Kobi is and who he talks about", "–"],
                ["K4", "Pastoral check-in with Kobi at the start of each school day, and a call to Abena and "
                       "the SW if he is not in",
                 "Mr Owen Kerr, Head of Year 9, Rundlemere Academy – every school day, by 9.15am",
                 "Register shows Kobi in by 8.40am; weekly attendance emailed to the SW every Friday",
                 "Green"],
                ["K5", "Pass on any sighting of Kobi with the young men named at the strategy meeting, and "
                       "speak to Kobi if he is stopped",
                 "PC Nadia Rahman, Child Exploitation Team, Rundlemere Police – within 24 hours of any "
                 "sighting",
                 "Each sighting logged and emailed to the SW; all sightings listed in the police update "
                 "to each core group", "Green"],
                ["A1", "ELSA sessions for Ama about her feelings and her worries about Mum and Kobi",
                 "Mrs Julie Barnard (ELSA), St Columba's – every Thursday afternoon in term time until "
                 "February half-term",
                 "ELSA log; Ama's worry scale scores shared with the SW before each core group", "Green"],
                ["A2", "Take Ama to the dentist and the optician for the checks she missed in the summer",
                 "Abena, with Efua driving – by 28/11/2025",
                 "Appointment letters and the dentist's treatment record seen by the SW", "Red"],
                ["A3", "A Saturday at Aunty Efua's so Ama has time away from the flat and Abena has a rest",
                 "Efua Boateng (maternal aunt) – every Saturday, 10am to 4pm",
                 "Efua marks each Saturday on the family calendar; Ama tells the SW what they did", "Green"],
                ["A4", "Collect Ama from school on the days Abena is at therapy",
                 "Efua Boateng – every Tuesday and Thursday at 3.15pm in term time",
                 "St Columba's collection log shows Efua signing Ama out", "Green"],
                ["F1", "Trauma-focused therapy for Abena, with a written view on whether she is making the "
                       "changes Kobi and Ama need and how long that is likely to take",
                 "Dr Helen Ashdown, clinical psychologist, Rundlemere Adult Mental Health Service – weekly "
                 "from 03/11/2025; first written view by 08/12/2025",
                 "Written report to the SW, read at the core group on 16/12/2025 and again before the next "
                 "review", "–"],
                ["F2", "Review Abena's sertraline and sleep, and write about how her mood affects her care "
                       "of the children",
                 "Dr Anil Prakash, GP, Marlow Road Surgery – by 31/10/2025",
                 "GP letter on the children's file", "Amber"],
                ["F3", "Update the family safety plan with Abena, Kobi and Ama, including what Kobi does if "
                       "his dad turns up",
                 "IDVA Gemma Oduya, Rundlemere Domestic Abuse Service – by the core group on 04/11/2025",
                 "Signed safety plan on file; Kobi and Ama can each tell the SW what their part says",
                 "Amber"],
                ["F4", "Choices for Change programme for Liam, including the sessions on how children "
                       "live with abuse",
                 "Liam Doyle; facilitator Paul Ainsley reports to the SW – every Tuesday evening for 20 "
                 "weeks from 21/10/2025",
                 "Monthly attendance record; mid-course report to the SW by 10/02/2026", "–"],
                ["F5", "Supervised contact for Kobi and Ama with their dad",
                 "Lisa Poole, contact worker, Rundlemere Family Centre – every other Sunday, "
                 "11am–12.30pm",
                 "Contact notes to the SW within 2 working days, saying how each child was before and "
                 "after", "Green"],
                ["F6", "Home visit to see both children with Abena, check the door chain and that there is "
                       "food and heating in the flat",
                 "SW Tomasz Wren – every two weeks, unannounced at least once a month",
                 "Visit notes with the home conditions checklist, shared with Abena", "Green"],
                ["F7", "Take Kobi to Rundlemere Rovers training and bring him home afterwards",
                 "Kwesi Mensah (maternal uncle) – every Wednesday, 6–8pm",
                 "Club register, seen by the SW each month", "–"],
            ],
        }),
        ("h1", "6. Contingency plan"),
        ("bullets", [
            "If Kobi is not home by 10pm and not answering his phone, Abena will report him missing to the "
            "police straight away; if he is missing overnight or is found with the young men named at the "
            "strategy meeting, the SW (or the emergency duty team) will hold a strategy discussion the same "
            "day and Kobi will stay at Kwesi's that night if he agrees.",
            "If Liam comes to Linnet House or contacts Abena or the children outside supervised contact, "
            "Abena will ring 999, contact will stop, and the IDVA will find a refuge place that day if the "
            "family cannot stay safely at home.",
            "If Efua cannot have Ama on a Saturday or collect her on a therapy day (illness, work or her own "
            "family), Ama will go to St Columba's after-school club, where a place is held for her, and "
            "Abena's session will be moved to school hours; if Kwesi cannot take Kobi to training, Dean "
            "Hackett from the Youth Project will.",
            "If Kobi goes missing three more times before the core group on 16/12/2025, or Dr Ashdown's "
            "report says Abena is unlikely to make the changes needed in the children's timescale, the SW "
            "will ask the team manager for a legal planning meeting within 5 working days.",
        ]),
        ("h1", "7. Core group and next review"),
        ("p", "Core group every six weeks at Rundlemere Academy, 3.30pm: Tuesday 04/11/2025, Tuesday "
              "16/12/2025, Tuesday 27/01/2026 and Tuesday 10/03/2026. Second review child protection "
              "conference: Tuesday 07/04/2026, 10am, Rundlemere Civic Offices, Room 4."),
        ("p", "Plan agreed by the chair on 15/10/2025 and sent to Abena, Liam (his part of the plan only) and "
              "every agency named above."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Plan written to the family, md; the table's header row is in the
#    family's own words and has no 'when' column: the time sits in the
#    'What will help' cell (exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b59_rennickby_family_words_what_will_help_table_ostrowski.md",
    "split": "tune",
    "actions": 9,
    "template": "icpc-plan-written-to-family-md-we-are-worried-going-well-childrens-words-then-what-will-help-who-will-do-it-how-well-know-its-working-table-time-in-first-cell",
    "description": (
        "Initial conference plan for an 8-year-old and a 5-year-old written to the family, who speak Polish "
        "at home (father's weekend drinking, one incident of him pushing the mother). The action table's "
        "header row is in the family's words - 'What will help | Who will do it | How we'll know it's "
        "working' - and has no 'when' column: each row's timing is written into the 'What will help' "
        "cell. The alcohol service reports on whether Dad's drinking is changing, grandma's Saturdays "
        "have a fallback, dates and the legal step are set. Exemplary."
    ),
    "text": """\
# Our plan for Zosia and Filip

**Rennickby Council – Children and Families – Westgate Team**

This plan was agreed at the child protection conference on **Wednesday 15 October 2025**.
We wrote it for Marta and Piotr in plain words, and Ewa Zielinska (interpreter) read it
through with them in Polish on 17 October. Social worker: **Anna Kowalik**.
Conference chair: **Richard Obi**.

## Who is in the family

- **Zosia Ostrowska**, 8, Year 4 at Linden Fields Primary
- **Filip Ostrowski**, 5, Reception at Linden Fields Primary
- **Marta Ostrowska**, Mum
- **Piotr Ostrowski**, Dad
- **Halina Nowak** ("Babcia"), Marta's mum, who lives on Orchard Lane, ten minutes' walk away

Everyone lives at 41 Brewery Street, Rennickby, apart from Babcia.

## What we are worried about

Piotr drinks a lot at weekends – he told us "a bottle of vodka, sometimes more, from Friday
night". When he has been drinking there are loud arguments. On Saturday 27 September he
pushed Marta against the kitchen door and she hurt her wrist. Zosia rang Babcia, and Filip
hid under the table. The police came. Zosia has been tired and tearful at school on
Mondays, and Filip is saying very few words in English or Polish.

## What is going well

- Marta and Piotr both came to conference and said they want things to change.
- Piotr has not had a drink since 28 September and asked his GP for help himself.
- The children are clean, well dressed and never miss school.
- Babcia is close to the children and has them every Saturday already.

## What Zosia and Filip told us

Zosia (with Anna at school, 8 October, in English): "I don't like Saturdays when Tata drinks.
He shouts and Mama cries. I put the TV loud for Filip." She said the best thing about home
is "when we make pierogi together". She gave home 5 out of 10 and wants it to be "a 10 like
Babcia's house".

Filip showed Anna his toy fire engine and said "Tata loud" and put his hands over his ears.
His teacher says he goes quiet and sucks his sleeve on Monday mornings.

## What we all want for Zosia and Filip

- Zosia and Filip live in a calm home where nobody is hurt or frightened.
- There is always a sober adult looking after them, at weekends too.
- Zosia does not have to look after Filip or ring for help.
- Filip gets help with his talking and starts to say more words.

## Our plan

| What will help | Who will do it | How we'll know it's working |
|---|---|---|
| Anna sees Zosia and Filip at home every week, one visit a month without telling Mum and Dad first, and talks to each child on their own | Anna Kowalik, social worker | Anna writes down what the children say and shows Mum and Dad her notes at the next visit |
| Dad goes to the Rennickby Alcohol Service every Tuesday morning for key-work and a breath test | Sam Okoye, Dad's keyworker at the Rennickby Alcohol Service, with Dad | Sam writes to Anna before every core group saying whether Dad's drinking is changing and what that means for Zosia and Filip |
| No alcohol in the house, and Dad does not drink at all from Friday 5pm to Monday morning, every weekend | Dad | Dad blows into the breathalyser at 7pm every Friday and Saturday and sends the photo to Anna |
| Zosia's "feelings time" with Miss Evans at school every Monday and Thursday lunchtime | Miss Rhian Evans, learning mentor | Zosia's feelings diary; Miss Evans tells Anna each Friday how Zosia has been |
| Mum and Dad go to the Parenting Together course at Rennickby Family Hub on Wednesday evenings for 8 weeks, starting 5 November | Marta and Piotr | The course register and the leader's letter at the end of the course, sent to Anna |
| A safety plan for Mum and the children – who to ring, where to go and a code word for Zosia – made by 31 October | Bea Lindqvist, IDVA at Rennickby Domestic Abuse Service | Mum and Zosia can each tell Anna the plan; a copy is kept in Mum's phone and at school |
| Babcia looks after Zosia and Filip every Saturday from 10am to 4pm, so they have a calm day | Babcia (Halina Nowak) | Babcia writes each Saturday on the kitchen calendar, and the children tell Anna what they did |
| Filip's speech and language check, before the Christmas holidays (by 19 December) | Claire Dunmore, health visitor, with Filip's teacher | The speech therapist's report, sent to Mum, school and Anna |
| Dad sees his GP about his sleep and the shaking he gets when he stops drinking, by 14 November | Dr Neema Harris, Kingsgate Surgery, with Dad | The GP writes to Anna about Dad's health and any medicine that could affect how he looks after the children |

## If things go wrong

- **If Dad drinks** while he is looking after the children (no breathalyser photo, he smells of
  alcohol, or the children tell us), he will leave the house that evening and stay with his
  brother Tomasz in Lenbury, Mum will ring Anna (or the emergency duty team at night), and Anna
  will hold a strategy discussion the same day.
- **If Dad hurts or threatens Mum**, Mum will ring 999 and take the children to Babcia's. If Babcia
  cannot have them, Bea (IDVA) will find a refuge place that day.
- **If Babcia cannot have the children on a Saturday** (if she is ill or away), Anna will book them
  into the Saturday club at Rennickby Family Hub, and Mum will take them and stay with them there.
- **If Dad drinks while caring for the children twice before the review conference**, or the police
  are called to Brewery Street again, Anna will ask her manager for a legal planning meeting.

## Meetings

- Core group every 4 weeks at Linden Fields Primary, 3.30pm: Thursday 30 October, Thursday
  27 November and Thursday 8 January. Ewa will interpret at each one.
- Review child protection conference: **Wednesday 21 January 2026, 10am**, Rennickby Council
  offices, Market Place.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Initial conference plan, docx: outcome bands merged across the whole
#    table; No. | Action | Responsible (date) | Measure of success | Progress
#    at core group (left blank at conference) (exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b59_rolverdale_icpc_outcome_bands_responsible_date_khatun.docx",
    "doc_title": "Child Protection Plan - Sumaiya and Rayan Khatun-Uddin",
    "split": "tune",
    "actions": 12,
    "template": "icpc-plan-docx-labelled-details-grid-then-outcome-bands-merged-across-no-action-responsible-with-date-in-brackets-measure-of-success-blank-progress-at-core-group-column",
    "description": (
        "Initial conference plan for a 6-week-old and a 3-year-old (baby's faltering weight, mother's "
        "postnatal depression). Three outcome bands are merged across the whole table; under each, rows "
        "numbered 1.1 to 3.4 give the owner and the date together in a 'Responsible (date)' cell, a "
        "'Measure of success', and a 'Progress at core group' column left blank at conference. The "
        "perinatal team reports on capacity to change, the grandmother's night help has a fallback, "
        "dates and legal step set. Exemplary."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Rolverdale Borough Council · Children's Services · Early Help and Safeguarding Hub South"),
        ("table", {
            "widths": [4.0, 4.5, 4.0, 4.5],
            "bold_first_col": True,
            "rows": [
                ["Children", "Sumaiya Khatun-Uddin, born 02/09/2025 (6 weeks)\nRayan Khatun-Uddin (3), "
                             "Little Oaks Nursery",
                 "Address", "14 Weaver's Yard, Rolverdale"],
                ["Mother", "Nasreen Khatun (27)", "Father", "Jamal Uddin (31), works shifts at Rolverdale "
                                                            "Distribution Park"],
                ["Conference", "Initial CP conference, Wednesday 15/10/2025", "Category", "Neglect"],
                ["Social worker", "Daniel Ferris", "Chair", "Yvonne Stirling"],
            ],
        }),
        ("h2", "Why we are worried"),
        ("p", "Sumaiya was born at 39 weeks weighing 3.2kg, on the 50th centile. At her 6-week check she "
              "weighed 3.6kg and had dropped to just above the 2nd centile. Nasreen has postnatal "
              "depression; her GP started her on sertraline on 29/09/2025 and referred her to the "
              "Rolverdale Perinatal Mental Health Team. Nasreen told the HV she sometimes \"forgets\" night "
              "feeds because she cannot wake up, and Jamal is often at work overnight. When the SW visited on "
              "06/10/2025 Rayan was in a wet nappy from the night before, there was no food for him in the "
              "fridge and he had not been to nursery for two weeks."),
        ("h2", "Sumaiya's and Rayan's days"),
        ("p", "Sumaiya is too young to tell us anything, so this is what the HV and SW have seen. She feeds "
              "eagerly and finishes a bottle quickly when it is offered, and she roots and cries for a long "
              "time before anyone comes. She settles fast when her grandmother Rokeya rocks her and sings "
              "to her."),
        ("p", "Rayan is a lively boy who talks in short phrases in Bengali and English. He showed the SW "
              "his toy cars and said \"Ammu sleeping\" when asked where his mum was. At nursery he eats his "
              "snack very fast and asks for more. He told his keyworker \"baby crying lots\"."),
        ("h2", "What is working well"),
        ("bullets", [
            "Nasreen and Jamal agreed to every part of the plan and want help.",
            "Nasreen's mother, Rokeya Begum, has moved in for now and helps with the baby.",
            "Sumaiya has no marks or injuries and her checks and immunisations are on time.",
        ]),
        ("h2", "The plan"),
        ("table", {
            "header": ["No.", "Action", "Responsible (date)", "Measure of success", "Progress at core group"],
            "widths": [1.1, 5.2, 4.0, 4.2, 2.5],
            "band_fill": "FCE4D6",
            "rows": [
                ["Outcome 1: Sumaiya is fed on time day and night, gains weight steadily and sleeps safely",
                 H, H, H, H],
                ["1.1", "Weigh Sumaiya at home and watch a full feed",
                 "HV Fiona Gallagher (weekly until Sumaiya is 12 weeks old, then every 2 weeks until the "
                 "review)",
                 "Weight plotted in the red book; back on or above the 9th centile by the review "
                 "conference", ""],
                ["1.2", "Paediatric review of Sumaiya's weight and feeding",
                 "Dr Oyin Adeyemi, community paediatrician (by 14/11/2025)",
                 "Clinic letter with a feeding plan sent to the GP, HV and SW", ""],
                ["1.3", "Keep a feed chart on the fridge with the time and amount of every feed, day and "
                        "night",
                 "Nasreen and Jamal (every day from 16/10/2025)",
                 "HV and SW check the chart at each visit; no gap between feeds longer than 4 hours", ""],
                ["1.4", "Safe sleep talk with both parents and a check of Sumaiya's Moses basket and where "
                        "it stands",
                 "HV Fiona Gallagher (at her next visit, by 24/10/2025)",
                 "Safe sleep checklist signed by Nasreen and Jamal and scanned to the HV record", ""],
                ["Outcome 2: Sumaiya and Rayan are cared for by a mum whose mood is well enough for her to "
                 "notice and meet their needs", H, H, H, H],
                ["2.1", "Perinatal assessment and treatment for Nasreen, and a written view on whether she "
                        "can make the changes the children need and over what time",
                 "Dr Karen Lyle, Rolverdale Perinatal Mental Health Team (first appointment by 31/10/2025; "
                 "report by 08/12/2025)",
                 "Written report sent to the SW and discussed at the core group on 10/12/2025", ""],
                ["2.2", "Review Nasreen's sertraline and her sleep, and say how her mood is affecting her "
                        "care of Sumaiya and Rayan",
                 "Dr Farid Miah, GP, Lindum Road Surgery (by 31/10/2025)",
                 "GP letter to the SW on file", ""],
                ["2.3", "Stay at Weaver's Yard overnight on the nights Jamal works, and do or share "
                        "Sumaiya's night feeds",
                 "Rokeya Begum, MGM (every night Jamal is on nights, until the review conference)",
                 "Rokeya initials each night feed on the feed chart; the SW checks it at visits", ""],
                ["2.4", "Mums and Babies group at Rolverdale Family Hub for Nasreen and Sumaiya together",
                 "Nasreen, with Family Hub worker Katie Rudd (every Tuesday from 28/10/2025)",
                 "Group register; Katie's monthly note to the SW on how Nasreen and Sumaiya are together",
                 ""],
                ["Outcome 3: Rayan is washed, fed and changed every day, goes to nursery and has his "
                 "speech checked", H, H, H, H],
                ["3.1", "Take Rayan to his 15 hours at Little Oaks (Monday to Wednesday) and collect him",
                 "Jamal to drop off, Nasreen to collect (from 20/10/2025)",
                 "Nursery register shows 3 sessions a week; nursery rings the SW the same morning if he is "
                 "not in", ""],
                ["3.2", "Write down how Rayan arrives: his mood, his nappy, whether he has eaten, and any "
                        "marks",
                 "Shabnam Ali, keyworker, Little Oaks (each session)",
                 "Daily sheet; weekly summary emailed to the SW each Friday", ""],
                ["3.3", "See Sumaiya and Rayan at home, Rayan on his own for part of each visit, and look at "
                        "where both children sleep and what food is in",
                 "SW Daniel Ferris (weekly until the review conference)",
                 "Visit records note what Rayan says and shows, where Sumaiya slept and what the feed chart "
                 "shows", ""],
                ["3.4", "Rayan's 2½-year review with a speech and language screen",
                 "HV Fiona Gallagher (by 28/11/2025)",
                 "ASQ-3 scores and the screen result shared with Little Oaks and the SW; speech therapy "
                 "referral made if he is below the cut-off", ""],
            ],
        }),
        ("h2", "Contingency plan"),
        ("p", "If Sumaiya drops below the 2nd centile, or the feed chart shows a gap of more than 5 hours "
              "between feeds, the HV will arrange a same-day review at the Rolverdale General Hospital "
              "children's assessment unit and tell the SW, who will hold a strategy discussion the same day. "
              "If Nasreen says she has thoughts of harming herself or the baby, Jamal or Rokeya will ring "
              "the perinatal crisis line straight away and will not leave Nasreen alone with the children "
              "until the SW has agreed a plan that day."),
        ("p", "If Rokeya cannot stay on Jamal's night shifts (if she is ill or has to travel), Jamal will "
              "take carer's leave, which his employer has agreed, and the HV will visit every day until "
              "Rokeya is back. If neither of them can be there at night, the SW will arrange for Sumaiya "
              "and Rayan to stay with Jamal's sister, Ruksana Uddin, who has agreed to this."),
        ("p", "If Sumaiya's weight is still below the 9th centile at the core group on 10/12/2025, or "
              "Nasreen stops her perinatal treatment, the SW will ask for a legal planning meeting within 5 "
              "working days."),
        ("h2", "Core group and review"),
        ("p", "First core group: Wednesday 29/10/2025, 2pm, Rolverdale Family Hub. Further core groups, same "
              "time and place: Wednesday 26/11/2025 and Wednesday 10/12/2025 (set two weeks apart so that "
              "Sumaiya's weight is looked at before Christmas). Review child protection conference: "
              "Wednesday 14/01/2026, 10am, Rolverdale Town Hall."),
        ("p", "Plan written by Daniel Ferris (SW), agreed by the chair, and given to Nasreen and Jamal in "
              "English and in Bengali on 17/10/2025."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Case-system export, txt: pipe-separated Ref | Action | Responsible |
#    Timescale | Status | Evidence rows, page header and column header
#    repeated on page 2, cells left '-', 'N/A' or blank; no contingency
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b59_rakethorpe_case_export_ref_status_pipes_paged_brennan.txt",
    "split": "tune",
    "actions": 14,
    "template": "icpc-plan-case-system-export-txt-caps-field-labels-then-pipe-separated-ref-action-responsible-timescale-status-evidence-rows-page-header-and-column-header-repeated-dash-na-blank-cells",
    "description": (
        "Initial conference plan printed from a case system for an 11-year-old and a 6-year-old (mother's "
        "relapse into alcohol dependence, neglect). Fourteen pipe-separated rows under Ref | Action | "
        "Responsible | Timescale | Status | Evidence; the print's page header and the column header "
        "repeat on page 2, and the Status column ('Open', 'Not started') is not a timescale. Faults: "
        "timescale cells '-' and 'N/A' (T001×2), 'TBC', 'As and when' and 'ASAP' (T002×3), a blank "
        "Responsible cell (W001), 'All agencies' (W002), evidence '-' and blank (M001×2), 'Monitor' and "
        "'Improvement in finances' (M002×2), the mother's drinking with no adult service owning an "
        "action (F004), no contingency (C001) and no legal step (R002)."
    ),
    "text": """\
RAKETHORPE COUNCIL - CHILDREN'S SERVICES                    Printed: 24/10/2025 14:02
CHILD PROTECTION PLAN                                       User: MTENNANT
Case ref: CS-447120                                         Page 1 of 2
=====================================================================================

PLAN TYPE:          Initial Child Protection Plan
CONFERENCE DATE:    22/10/2025
CATEGORY:           Neglect
CHAIR:              Bernadette Lowe
ALLOCATED SW:       Mark Tennant (Rakethorpe Family Safeguarding Team B)

CHILD 1:            Kayla BRENNAN     DOB 03/02/2014   Rakethorpe High School, Year 7
CHILD 2:            Jack BRENNAN      DOB 11/06/2019   Holgate Primary, Year 2
MOTHER:             Shauna BRENNAN    DOB 19/08/1989
ADDRESS:            31 Stanier Road, Rakethorpe
FATHER(S):          Not involved. No contact since 2021.

REASON FOR PLAN:
Shauna was sober for two years but started drinking again after her mother died in
June. Neighbours and school report she is often drunk by the afternoon. On 02/10/2025
Jack was not collected from school and Kayla was found walking him home at 5.30pm; Shauna
was asleep and could not be woken. Home conditions were poor at the SW visit on
09/10/2025 (no food apart from bread, dog mess in the kitchen, Jack's bedding soiled).
Kayla has missed 9 days of school this half-term and says she stays home "to look after
Mum". Shauna accepts she is drinking most days.

CHILD'S VIEWS:
Kayla (seen alone at school 14/10/2025): "I don't mind doing stuff for Jack, he's my
brother. I just want Mum to be like she was before Nan died." She said she hides Mum's
cans sometimes and gets told off. She likes art and wants to go back to netball club.
Jack (seen at home 09/10/2025): said his favourite tea is "pizza from the shop" and that
Kayla reads him stories. He said he gets "a bit scared when Mummy won't wake up".

STRENGTHS:
Shauna loves the children and is honest about her drinking. Kayla and Jack are close.
Jack's attendance is 96%. Shauna's friend Nicola Rhodes lives across the road.

OUTCOMES FOR THE CHILDREN:
1. Kayla and Jack are looked after every day by an adult who is sober.
2. Kayla is in school every day and is not doing the jobs an adult should do.
3. Jack is collected from school on time, has clean bedding and a cooked meal each day.

ACTION PLAN:
REF  | ACTION                                                                    | RESPONSIBLE                       | TIMESCALE                         | STATUS      | EVIDENCE
-----+---------------------------------------------------------------------------+-----------------------------------+-----------------------------------+-------------+-------------------------------------------------
4.01 | SW to visit Kayla and Jack at home and see each child on their own         | SW Mark Tennant                   | Every 2 weeks                     | Open        | Visit record on case file with each child's views
4.02 | Ring the SW if Jack is absent, late being collected, or arrives hungry     | DSL Mrs Karen Pugh, Holgate Prim. | Same day                          | Open        | Each call logged on the case file by the SW
4.03 | Kayla to be offered a young carers assessment                             | Rakethorpe Young Carers           | By 28/11/2025                     | Not started | -
4.04 | Shauna to self-refer to the Rakethorpe Alcohol Recovery Service            | Shauna Brennan                    | -                                 | Not started | Confirmation of her first appointment
4.05 | Shauna to reduce her drinking and not drink when caring for the children | Shauna Brennan                    | TBC                               | Open        | Monitor
4.06 | Home conditions check incl. food in cupboards and clean bedding for Jack   |                                   | Fortnightly                       | Open        | Home conditions checklist on file
4.07 | Kayla to see the school counsellor about her worries about Mum            | Ms Aisha Farooq, counsellor, RHS  | Weekly, Thursdays period 3        | Open        |

-------------------------------------------------------------------------------------
RAKETHORPE COUNCIL - CHILDREN'S SERVICES                    Printed: 24/10/2025 14:02
CHILD PROTECTION PLAN (continued)                           User: MTENNANT
Case ref: CS-447120                                         Page 2 of 2
=====================================================================================

REF  | ACTION                                                                    | RESPONSIBLE                       | TIMESCALE                         | STATUS      | EVIDENCE
-----+---------------------------------------------------------------------------+-----------------------------------+-----------------------------------+-------------+-------------------------------------------------
4.08 | Jack's overdue immunisations and a dental check                           | Shauna Brennan                    | N/A                               | Not started | Red book updated; letter from the dentist
4.09 | Share any police call-out to Stanier Road with the SW                      | All agencies                      | Within 24 hours                   | Open        | Logged on the case file
4.10 | Triple P group parenting programme for Shauna                              | Shauna; FSW Lee Moss to book      | Thursdays for 8 weeks from 13/11  | Not started | Attendance certificate
4.11 | Wishes and feelings work with Kayla using the "my world" triangle          | SW Mark Tennant                   | As and when                       | Open        | Completed triangle shared at core group
4.12 | Jack to have breakfast at the school breakfast club                       | Mrs Tina Holt, breakfast club     | Every school day                  | Open        | Breakfast club register
4.13 | Support Shauna with her debts and rent arrears                             | FSW Lee Moss                      | By 19/12/2025                     | Open        | Improvement in finances
4.14 | Apply for free school meals for Jack                                       | Shauna Brennan                    | ASAP                              | Not started | FSM confirmation letter

CORE GROUP:         Every 4 weeks. First meeting 06/11/2025, 1.30pm, Holgate Primary.
REVIEW CONFERENCE:  15/01/2026, 10.00am, Rakethorpe Civic Centre.

DISTRIBUTION:       Shauna Brennan; Holgate Primary; Rakethorpe High School; School
                    Nursing; GP (Dr P Okafor, Stanier Road Medical Practice); Rakethorpe
                    Young Carers; Family Support (L Moss).
-------------------------------------------------------------------------------------
END OF REPORT                                                Page 2 of 2
""",
    "findings": [
        F("M001", "Kayla to be offered a young carers assessment"),
        F("T001", "Shauna to self-refer to the Rakethorpe Alcohol Recovery Service"),
        F("T002", "Shauna to reduce her drinking and not drink when caring"),
        F("M002", "Shauna to reduce her drinking and not drink when caring"),
        F("W001", "Home conditions check incl. food in cupboards"),
        F("M001", "Kayla to see the school counsellor about her worries"),
        F("T001", "Jack's overdue immunisations and a dental check"),
        F("W002", "Share any police call-out to Stanier Road"),
        F("T002", "Wishes and feelings work with Kayla using the"),
        F("M002", "Support Shauna with her debts and rent arrears"),
        F("T002", "Apply for free school meals for Jack"),
        F("F004"),
        F("C001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Core group review before a move to another authority, docx: two-column
#    'What | Update' table under outcome bands merged across both columns;
#    the owner, the date and the evidence are in the Update cell
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b59_rudsworth_core_group_what_update_bands_transfer_ellery.docx",
    "doc_title": "Core Group Review - Harley and Ruby-Mae Ellery",
    "split": "tune",
    "actions": 12,
    "template": "core-group-3-review-docx-before-transfer-out-two-column-what-update-table-owner-date-evidence-in-update-cell-outcome-bands-merged-across",
    "description": (
        "Third core group review for a 6-year-old and a 2-year-old whose mother is moving them to another "
        "authority next month (father's drinking and violence; he lives with his parents, who supervise "
        "contact). A two-column 'What | Update' table under three outcome bands merged across both columns; "
        "each Update cell says what has happened and then who does what next, by when and how it will be "
        "seen. Faults: an outcome band about the father only (F002), a programme start and a development "
        "review left for the new authority (X001×2), Sunday tea with no evidence (M001), 'when he can' "
        "and 'reviewed at core group' (T002, M002), Talking Therapies only supporting (H001), 'Family' "
        "as owner (W002), the grandparents' supervision with no fallback (C003), and the next review "
        "conference 'to be arranged' (R001)."
    ),
    "blocks": [
        ("title", "Core Group Review"),
        ("p", "Rudsworth County Council – Children's Social Care – Safeguarding Team (South)"),
        ("kv", [
            ("Children", "Harley Ellery (6), Year 2, St Peter's CE Primary, Rudsworth; Ruby-Mae Ellery (2)"),
            ("Mother", "Jade Ellery (25), 8 Copperfield Close, Rudsworth"),
            ("Father", "Connor Platt (28), living with his parents Sue and Alan Platt, 60 Mill Lane, "
                       "Rudsworth"),
            ("Meeting", "Core group 3, Monday 27/10/2025, St Peter's CE Primary"),
            ("Plan since", "ICPC 04/08/2025, category physical abuse"),
            ("Social worker", "Hannah Oyelaran"),
        ]),
        ("h2", "Moving to Tollmere"),
        ("p", "Jade has been offered a two-bedroom flat by Tollmere Homes in Tollmere, 30 miles away, near "
              "her sister. She plans to move with the children on Monday 17/11/2025. Rudsworth will send a "
              "transfer request to Tollmere County Council, who will hold a transfer-in conference after the "
              "move. Until that conference Rudsworth keeps the plan."),
        ("h2", "How Harley and Ruby-Mae are"),
        ("p", "Harley (seen by Hannah at school on 21/10/2025): \"I want to go to the new house but I'll "
              "miss Nana Sue's dog.\" He said he doesn't like it \"when Daddy's voice goes big\" and that he "
              "hides in the bathroom. He wants to keep seeing his dad \"at Nana's, not at ours\". Ruby-Mae "
              "runs to Harley when she is upset and has started saying \"no shout\" when adults raise their "
              "voices; her eczema has been bad and she scratches at night."),
        ("h2", "The plan and what has happened"),
        ("table", {
            "header": ["What", "Update"],
            "widths": [6.0, 11.0],
            "band_fill": "E2EFDA",
            "rows": [
                ["Outcome A: Harley and Ruby-Mae live without violence between the adults who care for "
                 "them, and see their dad safely", H],
                ["SW visits to see Harley and Ruby-Mae at home",
                 "Seen 5 times since the ICPC, Harley on his own twice. SW Hannah Oyelaran will keep "
                 "visiting every week until the transfer-in conference in Tollmere; visit notes record what "
                 "Harley says and how Ruby-Mae is."],
                ["Safety plan with Jade, and Harley's 'who I tell' card",
                 "Jade has a plan from the IDVA, Lorna Best. Lorna will update it for the new address by "
                 "14/11/2025 and give Harley a new card; copies go to the SW and to the new school."],
                ["Contact between Harley, Ruby-Mae and their dad at Sue and Alan's house",
                 "Going well. Supervised by Sue and Alan Platt (PGPs) every Saturday, 10am to 1pm; Sue signs "
                 "the contact sheet and texts a photo of it to the SW the same day."],
                ["Sunday tea for the children at Nana Sue's",
                 "Sue Platt, every Sunday 3pm to 6pm. Connor may be there as long as Sue or Alan stays in the "
                 "room."],
                ["Tell the SW if Connor seems to have been drinking at contact",
                 "Family to tell the SW the same day; the SW logs each call on the children's file."],
                ["Harley's place at his new school in Tollmere",
                 "Jade will apply to Tollmere Road Primary by 31/10/2025; Mrs Lucy Carr (DSL, St Peter's) "
                 "will send Harley's safeguarding file to the new DSL before his first day. Confirmation "
                 "email from the new school on file."],
                ["Send the transfer request and all reports to Tollmere",
                 "SW Hannah Oyelaran by 31/10/2025; Tollmere's confirmation of receipt kept on file."],
                ["Outcome B: Connor will stop drinking and control his temper", H],
                ["Connor's place on the Change Path domestic abuse programme",
                 "Connor was assessed as suitable in October. Facilitator Mark Hebden (Change Path) is "
                 "holding a place on the group starting 12/01/2026, but Connor's start is on hold until "
                 "Tollmere's transfer-in conference decides whether to fund it. Attendance will be sent to "
                 "the SW."],
                ["Connor's key-work at the Rudsworth Alcohol Service",
                 "Connor says he is down to weekends. Keyworker Amir Shah will keep seeing him when he can. "
                 "Progress to be reviewed at core group."],
                ["Support for Jade's low mood and anxiety",
                 "Jade is on the list for Rudsworth Talking Therapies. Dawn Ives (therapist) will offer her "
                 "six sessions of support from 03/11/2025; attendance sent to the SW."],
                ["Outcome C: Ruby-Mae's health and development needs are met", H],
                ["Ruby-Mae's 2-year development review (missed in August)",
                 "HV Sian Probert will pass this to the Tollmere health visiting team once the family has "
                 "transferred, for them to do after the move; the ASQ-3 scores will go to the SW."],
                ["Ruby-Mae's eczema and her weight",
                 "GP Dr Simon Lee will see Ruby-Mae by 07/11/2025 and write to the SW with her weight and "
                 "treatment plan."],
            ],
        }),
        ("h2", "Contingency"),
        ("p", "If Connor is drunk at contact or comes to Copperfield Close (or to the new flat), Sue will end "
              "the contact and Jade will ring 999. The SW (or the emergency duty team) will hold a strategy "
              "discussion the same day and contact will stop until it has been risk assessed again. If there "
              "is another incident of violence before the transfer-in conference, the SW will ask the team "
              "manager for a legal planning meeting within 5 working days."),
        ("h2", "Next meetings"),
        ("p", "Core group 4: Monday 10/11/2025, 1.30pm, St Peter's CE Primary (last one in Rudsworth). "
              "Transfer-in conference and review: to be arranged by Tollmere County Council after the move."),
        ("p", "Notes by Hannah Oyelaran, sent to all core group members on 28/10/2025."),
    ],
    "findings": [
        F("M001", "Sunday tea for the children at Nana Sue's"),
        F("W002", "Tell the SW if Connor seems to have been drinking"),
        F("F002", "Connor will stop drinking and control his temper"),
        F("X001", "Connor's place on the Change Path domestic abuse programme"),
        F("T002", "Connor's key-work at the Rudsworth Alcohol Service"),
        F("M002", "Connor's key-work at the Rudsworth Alcohol Service"),
        F("H001", "Support for Jade's low mood and anxiety"),
        F("X001", "Ruby-Mae's 2-year development review (missed in August)"),
        F("C003"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Looked-after baby on the neonatal unit, mother on a psychiatric ward;
#    paged PDF with three small tables numbered 1.1 / 2.1 / 3.1 under
#    'No. | Task | Lead (by) | Evidence', the date in brackets in the Lead cell
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b59_ryeborough_lac_nnu_numbered_lead_by_tables_sheridan.pdf",
    "doc_title": "Child Protection Plan - Baby Willow Sheridan",
    "split": "tune",
    "actions": 13,
    "template": "icpc-lac-baby-on-nnu-paged-details-then-three-section-tables-no-task-lead-with-date-in-brackets-evidence-numbered-1-1-2-1-3-1",
    "description": (
        "Initial conference plan for an 18-day-old accommodated under section 20 and still on the "
        "neonatal unit while her mother is an inpatient on a psychiatric ward (bipolar disorder). Three "
        "small tables numbered 1.1 to 3.3 under 'No. | Task | Lead (by) | Evidence', the date in brackets "
        "after the lead. Faults: most tasks are about the mother's own needs (F001), no outcome for the "
        "baby (O001), nothing of her lived experience (F003), nobody set to visit her on the unit at a "
        "stated frequency (L001), the psychiatrist only treating (H001), a tenancy task with no date "
        "(T001), 'when she is able' with 'engagement' (T002, M002), contact 'when Kirsty is well enough' "
        "and visits 'as and when' (T002×2), and a placement search with a blank evidence cell (M001). "
        "Header and page footer on every page."
    ),
    "header": "OFFICIAL – SENSITIVE PERSONAL DATA – Ryeborough Council Children's Services",
    "footer": "CP plan – W. Sheridan – {PAGE}/{NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Initial Child Protection Plan (Looked-After Child)"),
        ("kv", [
            ("Child", "Willow Sheridan, born 12/10/2025 at 34+1 weeks"),
            ("Where Willow is", "Neonatal Unit (special care), Ryeborough General Hospital"),
            ("Legal status", "Accommodated under section 20 of the Children Act 1989 since 14/10/2025, with "
                             "her mother's consent"),
            ("Mother", "Kirsty Sheridan (22), an inpatient on Ashby Ward, Ryeborough Mental Health Unit, "
                       "since 13/10/2025"),
            ("Father", "Not known; not named on the birth certificate"),
            ("Maternal grandmother", "Lorraine Sheridan, Fenwick Street, Ryeborough"),
            ("Conference", "Initial child protection conference, Thursday 30/10/2025, Ryeborough General "
                           "Hospital, Education Centre Room 3"),
            ("Category", "Neglect (likely future harm)"),
            ("Social worker", "Ellen Marsh, Ryeborough Children in Care Team"),
            ("IRO", "Desmond Achterberg"),
        ]),
        ("h2", "Background"),
        ("p", "Kirsty has bipolar disorder, diagnosed at 19. She stopped her lithium when she found out she "
              "was pregnant and did not tell her midwife. The day after Willow was born she became very "
              "unwell, believed the baby was being poisoned and tried to leave the ward with her; she was "
              "detained under section 2 of the Mental Health Act and moved to Ashby Ward. She has since "
              "agreed to Willow being accommodated. Kirsty was looked after herself from the age of 12 and "
              "her relationship with her mother is difficult. Lorraine has asked to be considered as a carer "
              "for Willow."),
        ("p", "Willow is in special care. The neonatal team expect her to be medically ready for discharge "
              "in two to three weeks."),
        ("h2", "Child's wishes and feelings"),
        ("p", "Not applicable – Willow is a baby."),
        ("h2", "Purpose of this plan"),
        ("p", "To set out the tasks agreed at conference while Kirsty is in hospital and Willow is on the "
              "neonatal unit."),
        ("h2", "1. Kirsty's health and recovery"),
        ("table", {
            "header": ["No.", "Task", "Lead (by)", "Evidence"],
            "widths": [1.1, 6.4, 5.0, 4.5],
            "rows": [
                ["1.1", "Kirsty to take her medication as prescribed and attend her ward rounds",
                 "Kirsty Sheridan (daily while on Ashby Ward)", "Ward medication chart"],
                ["1.2", "Psychiatric treatment for Kirsty on Ashby Ward, with help to stabilise her mood",
                 "Dr Rehana Quayle, consultant psychiatrist, Ryeborough Adult Inpatient Service (while "
                 "Kirsty is an inpatient)", "Discharge summary copied to the SW"],
                ["1.3", "Help Kirsty make a claim for Personal Independence Payment",
                 "Tom Greaves, Citizens Advice Ryeborough hospital adviser (by 21/11/2025)",
                 "PIP claim reference on file"],
                ["1.4", "Keep Kirsty's tenancy safe while she is in hospital and sort out her rent",
                 "Gary Lund, tenancy support officer, Ryeborough Homes",
                 "Letter from Ryeborough Homes confirming the tenancy is safe"],
                ["1.5", "Kirsty to rebuild contact with friends and family who can support her after "
                        "discharge",
                 "Kirsty (when she is able)", "Engagement with her support network"],
                ["1.6", "Kirsty to register with a GP near her flat",
                 "Kirsty (by 30/11/2025)", "GP registration confirmed to the SW"],
                ["1.7", "Apply for a budgeting loan and a council tax reduction for Kirsty",
                 "Tom Greaves, Citizens Advice (by 05/12/2025)", "Award letters on file"],
            ],
        }),
        ("h2", "2. Contact and visits"),
        ("table", {
            "header": ["No.", "Task", "Lead (by)", "Evidence"],
            "widths": [1.1, 6.4, 5.0, 4.5],
            "rows": [
                ["2.1", "Contact between Kirsty and Willow on the neonatal unit, with Ashby Ward staff "
                        "escorting Kirsty",
                 "SW Ellen Marsh to arrange (when Kirsty is well enough)",
                 "Contact record kept by the neonatal nurses"],
                ["2.2", "Ring the neonatal unit for an update on Willow's progress",
                 "SW Ellen Marsh (weekly)", "Call notes on Willow's file"],
                ["2.3", "Visit Willow on the neonatal unit",
                 "SW Ellen Marsh (as and when she is at the hospital)", "Visit recorded on Willow's file"],
            ],
        }),
        ("h2", "3. Discharge and placement"),
        ("table", {
            "header": ["No.", "Task", "Lead (by)", "Evidence"],
            "widths": [1.1, 6.4, 5.0, 4.5],
            "rows": [
                ["3.1", "Find a foster placement for Willow's discharge, a parent-and-baby placement if "
                        "possible",
                 "Sapna Kohli, Placements Team (by 28/11/2025)", ""],
                ["3.2", "Viability assessment of Lorraine Sheridan (MGM) as a carer for Willow",
                 "Ian Bright, fostering assessor (by 12/12/2025)",
                 "Viability report shared with the SW and the IRO"],
                ["3.3", "Discharge planning meeting for Willow",
                 "Sister Amy Craven, neonatal discharge coordinator (before Willow's discharge)",
                 "Written discharge plan sent to the SW, the IRO and Kirsty"],
            ],
        }),
        ("h2", "Contingency"),
        ("p", "If Kirsty tries to take Willow from the neonatal unit, or withdraws her consent to section "
              "20, the unit will call the police and the SW (or the emergency duty team) will seek legal "
              "advice the same day about an emergency protection order. If Kirsty leaves Ashby Ward "
              "without agreement, ward staff will tell the neonatal unit and the police straight away and "
              "the unit will not let anyone take Willow off the ward."),
        ("p", "If Kirsty is not well enough to start a parent-and-baby placement by the LAC review on "
              "04/12/2025, the SW will request a legal planning meeting to consider care proceedings."),
        ("h2", "Meetings"),
        ("p", "LAC review (IRO Desmond Achterberg): Thursday 04/12/2025. Core group every 4 weeks, first on "
              "Thursday 13/11/2025 at the neonatal unit, then Thursday 11/12/2025. Review child protection "
              "conference: Thursday 22/01/2026, 10am, Ryeborough Council House."),
    ],
    "findings": [
        F("H001", "Psychiatric treatment for Kirsty on Ashby Ward, with help"),
        F("T001", "Keep Kirsty's tenancy safe while she is in hospital"),
        F("T002", "Kirsty to rebuild contact with friends and family"),
        F("M002", "Kirsty to rebuild contact with friends and family"),
        F("T002", "Contact between Kirsty and Willow on the neonatal unit"),
        F("T002", "Visit Willow on the neonatal unit"),
        F("M001", "Find a foster placement for Willow's discharge"),
        F("O001"),
        F("F001"),
        F("F003"),
        F("L001"),
    ],
})
