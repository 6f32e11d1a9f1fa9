"""Batch 89, module b: seven fictional plans (tuning material), places beginning with "b".

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.

Focus: a parent's ill health or substance use written in many ways - current
(postnatal depression, bipolar disorder, first-episode psychosis, heroin and
methadone, cannabis and cocaine, an alcohol relapse), past ("was treated for
depression in 2019", "dependent on alcohol until 2021"), negated ("no
concerns about Dan's use of alcohol or drugs"), hypothetical ("should she
start to struggle with her mood"), a grandparent's condition (COPD, dementia,
limited mobility), the child's own (CAMHS for anxiety, self-harm, nightmares)
and a parent's physical illness (multiple sclerosis). Adult services appear
as owners of actions (perinatal psychiatrist and CPN, care coordinator, CMHT
CPN, EIP team, "Harbour Recovery" recovery worker, alcohol service, GP, adult
social care) or only as places a parent is referred to or attends (F004).
One plan's rows are mostly about the mother's own needs (F001) beside two
plans whose parent rows each say what they mean for the child; mental health
rows that only support or treat (H001) beside rows that assess and report on
the parent's capacity to change and the timescale. Two are exemplary.
"""
from build_batch5 import F, V  # noqa: F401  (V kept for the shared import convention)

PLANS = []


# ---------------------------------------------------------------------------
# 1. ICPC plan for an 8-week-old, mother with postnatal depression. Two action
#    tables (child's care at home / Kerry's health planned with adult services),
#    each with a "What it means for Freddie" column. Exemplary (docx, landscape)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b89_brindleford_icpc_two_tables_meaning_for_baby_column_hollins.docx",
    "doc_title": "Child Protection Plan - Freddie Hollins",
    "split": "tune",
    "landscape": True,
    "actions": 10,
    "template": "icpc-word-plan-landscape-key-value-details-worries-strengths-babys-day-outcome-bullets-then-two-action-tables-home-care-and-adult-services-ref-action-what-it-means-for-baby-lead-by-when-how-we-will-know-contingency-paragraphs-core-group-bullets",
    "description": (
        "Exemplary initial conference plan for an 8-week-old whose mother has postnatal depression "
        "(current; she was also treated for depression in 2019; no concerns about the father's alcohol "
        "or drug use). Two action tables, each with a 'What it means for Freddie' column: six rows about "
        "the baby's care at home (SW, HV, parents' feed chart, father's shift change, grandmother's "
        "mornings, GP checks) and four planned with adult services (the perinatal psychiatrist assesses "
        "capacity to change and timescale, the perinatal CPN reports monthly on change, the GP reviews "
        "medication, Kerry's same-day call). Baby's day observed; contingency names triggers, the "
        "grandmother, the grandmother's support failing, a foster placement and a legal planning "
        "meeting; core group dates and review date set."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Brindleford City Council · Children's Social Care · Initial Child Protection Conference "
              "held on 07/07/2025"),
        ("kv", [
            ("Child", "Freddie Hollins, born 12/05/2025 (8 weeks old)"),
            ("Address", "14 Linnet Close, Brindleford BF7 3QS"),
            ("Mother", "Kerry Hollins (26)"),
            ("Father", "Dan Mercer (29), lives with Kerry and Freddie"),
            ("Category of plan", "Neglect"),
            ("Social worker", "Priya Das, Family Safeguarding Team (North)"),
            ("Team manager", "Colin Ashby"),
            ("Conference chair", "Ruth Penhaligon, child protection chair"),
        ]),
        ("h1", "Why Freddie needs a plan"),
        ("p", "Kerry was diagnosed with postnatal depression by her GP when Freddie was five weeks old and "
              "started sertraline on 16/06/2025. She was treated for depression in 2019 with a course of CBT "
              "from Brindleford Talking Therapies and was well from then until late in her pregnancy. On "
              "24/06/2025 Kerry told the health visitor that she sometimes thinks Freddie would be better off "
              "without her; she said she has no thoughts of harming him. On many days she stays in bed until "
              "midday."),
        ("p", "Freddie's weight has dropped from the 50th centile at birth to just below the 9th centile at six "
              "weeks. On 24/06/2025 the health visitor found him at 2pm in a nappy that had not been changed "
              "since the night before, and his feeding chart had gaps of up to seven hours."),
        ("p", "Dan works nights at the Coldharbour distribution centre, so Kerry is alone with Freddie from "
              "9pm until 7am four nights a week. There are no concerns about Dan's use of alcohol or drugs, "
              "and he has no history of mental ill health."),
        ("h1", "What is working well"),
        ("p", "Kerry and Dan both want Freddie to stay at home and have agreed to every part of this plan. "
              "Kerry rang the GP herself when she noticed how low she felt, and she has taken every dose of "
              "sertraline since 16/06/2025. Kerry's mum, Sandra, lives ten minutes' walk away and already "
              "comes most mornings. Dan has asked his manager about day shifts. The perinatal mental health "
              "service accepted Kerry's referral on 30/06/2025."),
        ("h1", "Freddie's day"),
        ("p", "Freddie is eight weeks old. On the social worker's visits on 26/06/2025 and 03/07/2025 he was "
              "alert and calm while Sandra held him, and he fed well from a bottle she made up. When he was "
              "put down in his Moses basket he cried for long spells, and on the first visit Kerry did not go "
              "to him until Sandra went upstairs. Kerry smiles and talks to Freddie while she feeds him, and he "
              "watches her face. He has a nappy rash that Sandra has been treating with cream."),
        ("h1", "What we want for Freddie"),
        ("bullets", [
            "Freddie is fed at least every four hours, day and night, and his weight climbs back to the 25th "
            "centile by the review conference.",
            "When Freddie cries, a parent who is well enough to look after him goes to him, and he is not left "
            "for long spells in his basket.",
            "Freddie has his six-week check and first immunisations on time, and his nappy rash clears.",
        ]),
        ("h1", "Plan, part 1: Freddie's care at home"),
        ("table", {
            "header": ["Ref", "Action", "What it means for Freddie", "Lead", "By when", "How we will know"],
            "widths": [1.2, 6.2, 4.6, 4.3, 3.4, 6.0],
            "rows": [
                ["1.1",
                 "Visit Freddie at home each week, with at least one visit in every two unannounced; see him "
                 "awake, watch a feed and look at where he sleeps",
                 "Someone outside the family sees every week how Freddie is being cared for",
                 "Priya Das, social worker", "Weekly from 09/07/2025",
                 "Visit records show Freddie seen awake, the feed watched and the Moses basket checked"],
                ["1.2",
                 "Weigh Freddie at home and go through his feeding chart with Kerry and Dan",
                 "Any drop in Freddie's weight is picked up within a week",
                 "Helen Sowerby, health visitor", "Weekly until 15/09/2025, then every two weeks",
                 "Weight plotted on the centile chart in the red book; copy sent to the SW after each weighing"],
                ["1.3",
                 "Keep a feeding chart by the Moses basket with the time and amount of every feed and nappy "
                 "change",
                 "Freddie is fed on time and anyone visiting can see it",
                 "Kerry Hollins and Dan Mercer", "Every feed, from 08/07/2025",
                 "HV sees the chart each week with no gap longer than four hours"],
                ["1.4",
                 "Arrange with his employer to move from night shifts to day shifts",
                 "Freddie has a well parent awake with him through the night",
                 "Dan Mercer", "By 31/07/2025",
                 "Letter from Coldharbour confirming the new shift pattern, seen by the SW"],
                ["1.5",
                 "Come to Linnet Close every weekday morning from 8am to 12 noon to help with feeds, nappies "
                 "and bathing",
                 "Freddie is looked after by a well adult during the hours Kerry finds hardest",
                 "Sandra Hollins (maternal grandmother)",
                 "Monday to Friday from 08/07/2025 until the review conference",
                 "Sandra initials the morning feeds on the chart; the SW and HV check it at their visits"],
                ["1.6",
                 "Carry out Freddie's six-week check, give his first immunisations and treat his nappy rash",
                 "Freddie's health and growth are checked and he is protected from infection",
                 "Dr Laura Kemp, GP, Wyre Road Surgery", "By 25/07/2025",
                 "Check, immunisations and treatment recorded in the red book; GP letter to the SW"],
            ],
        }),
        ("h1", "Plan, part 2: Kerry's health, planned with adult services"),
        ("p", "These actions were agreed with the perinatal mental health service and the GP, who both took part "
              "in the conference."),
        ("table", {
            "header": ["Ref", "Action", "What it means for Freddie", "Lead", "By when", "How we will know"],
            "widths": [1.2, 6.2, 4.6, 4.3, 3.4, 6.0],
            "rows": [
                ["2.1",
                 "Assess Kerry's mental health, her capacity to change, the steps she needs to take and the "
                 "likely timescale for her to care for Freddie safely on her own",
                 "The core group knows whether, and by when, Kerry will be well enough to meet Freddie's needs",
                 "Dr Amira Shah, consultant perinatal psychiatrist, Brindleford Perinatal Mental Health Service",
                 "Assessment by 08/08/2025; written update before every core group",
                 "Written report to the SW and the core group giving a view on prognosis and timescale"],
                ["2.2",
                 "Weekly home sessions with Kerry on her mood, sleep and bond with Freddie, reporting each month "
                 "on whether she is making the changes needed",
                 "Kerry is helped to notice and answer Freddie's cues, and the core group hears whether this is "
                 "working",
                 "Jo Pickering, community psychiatric nurse (CPN), Perinatal Mental Health Service",
                 "Weekly from 14/07/2025",
                 "Monthly written update to the SW with Kerry's PHQ-9 scores and what the CPN saw of Kerry and "
                 "Freddie together"],
                ["2.3",
                 "Review Kerry's sertraline and check she is taking it as prescribed",
                 "Kerry's mood is steady enough for her to get up to Freddie in the night",
                 "Dr Laura Kemp, GP", "By 21/07/2025, then every four weeks",
                 "GP letter to the SW after each review; repeat prescriptions collected on time"],
                ["2.4",
                 "Tell the CPN or GP the same day if she has thoughts that Freddie would be better off without "
                 "her, and ask Sandra or Dan to take over his care",
                 "Freddie is never left alone with Kerry when she is at her lowest, and help reaches her quickly",
                 "Kerry Hollins", "The same day, every time",
                 "Each call recorded in the CPN or GP notes and passed to the SW that day"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Freddie's weight falls below the 9th centile, if his feeding chart shows a gap of more than six "
              "hours, or if Kerry tells anyone she has thoughts of harming herself or Freddie, Freddie will go to "
              "stay with Sandra at 2 Fieldfare Road the same day and the social worker will call a strategy "
              "discussion that day."),
        ("p", "If Sandra cannot come in the mornings or cannot have Freddie to stay, Dan will take paid leave to "
              "care for him. If neither Sandra nor Dan can care for him within 24 hours, the social worker will "
              "ask Kerry and Dan to agree to a foster placement under section 20."),
        ("p", "If there is not enough progress by the review conference (Freddie's weight still below the 25th "
              "centile, or Dr Shah's report says Kerry cannot make the changes in Freddie's timescale), the "
              "social worker will request a legal planning meeting to consider the Public Law Outline."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group meetings every four weeks at Wyre Road Surgery: 21/07/2025, 18/08/2025 and 15/09/2025, "
            "each at 10am.",
            "Review child protection conference: 06/10/2025 at 2pm, Brindleford Civic Centre.",
            "The social worker sends the plan and the notes of each core group to Kerry, Dan, Sandra and every "
            "professional named here within five working days.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. RCPC plan, mother with bipolar disorder after a section 2 admission.
#    Table with an "Area" column, mostly Grace's own needs; CMHT rows only
#    support or treat beside one that reports on capacity to change (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b89_barrowmead_rcpc_area_column_mums_needs_first_paged_okafor.pdf",
    "doc_title": "Child Protection Plan - Tobi and Zara Okafor",
    "split": "tune",
    "landscape": True,
    "header": "OFFICIAL-SENSITIVE – Barrowmead Borough Council – Children's Services",
    "footer": "Child protection plan – Tobi and Zara Okafor – RCPC 15/07/2025 – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "actions": 10,
    "template": "rcpc-word-plan-to-pdf-landscape-header-footer-key-value-details-concerns-progress-childrens-words-numbered-outcomes-then-number-area-action-responsible-timescale-measure-of-success-table-contingency-and-meetings-prose",
    "description": (
        "Review conference plan for a 7-year-old and a 4-year-old whose mother has bipolar disorder and was "
        "detained under section 2 after stopping her lithium (no concerns about alcohol or drugs). Six of "
        "the ten rows are Grace's own care coordination, CPN visits, lithium, psychiatry clinic, peer group "
        "and housing with no link to the children; the care coordinator, CPN and clinic rows only support "
        "or treat (the psychiatrist's capacity-to-change report is fine); 'Engagement with visits', 'Grace "
        "feels better supported', a clinic row with no measure, housing 'Ongoing', an outcome about Grace's "
        "mental health, and a specific contingency with no legal step."
    ),
    "blocks": [
        ("title", "Review Child Protection Conference: Child Protection Plan"),
        ("kv", [
            ("Children", "Tobi Okafor (7, born 02/02/2018) and Zara Okafor (4, born 19/10/2020)"),
            ("Mother", "Grace Okafor (34), 12 Heron Court, Barrowmead"),
            ("Father", "Kwame Okafor (38), lives in Coldmarsh and has the children every other weekend"),
            ("Category", "Emotional abuse"),
            ("Initial conference", "22/04/2025"),
            ("This review", "15/07/2025"),
            ("Social worker", "Martin Achebe, Barrowmead Safeguarding Team 2"),
            ("Independent chair", "Sheila Fairbrother"),
        ]),
        ("h2", "Summary of concerns"),
        ("p", "Grace has bipolar affective disorder, diagnosed in 2016. In April 2025 she stopped taking her "
              "lithium, became unwell and was detained under section 2 of the Mental Health Act on Larkspur "
              "Ward, Barrowmead General Hospital, from 09/04/2025 to 22/05/2025. In the weeks before her "
              "admission Tobi, then six, was getting himself and Zara ready for school and nursery, and "
              "neighbours found both children outside the flat at 11pm. There are no concerns about Grace "
              "using alcohol or drugs."),
        ("p", "Tobi and Zara stayed with their maternal aunt, Ruth Akande, during Grace's admission and went "
              "home on 23/05/2025. Since discharge Grace has been back on lithium and is under the Barrowmead "
              "North Community Mental Health Team (CMHT)."),
        ("h2", "Progress since the initial conference"),
        ("p", "Grace has been well since she came home. She has kept her CMHT appointments and her lithium level "
              "was in range in June. Tobi's attendance is 96% this term and Zara has been at nursery every day "
              "since 27/05/2025. Grace still finds the flat hard to manage on the fourth floor with two young "
              "children and has applied to move."),
        ("h2", "What Tobi and Zara have told us"),
        ("p", "Tobi (seen on his own at school, 08/07/2025): \"Mummy is better now. She doesn't talk really fast "
              "any more. I still check on her in the night sometimes because I'm scared she'll go back to the "
              "hospital.\" He said he liked staying at Auntie Ruth's because \"she makes jollof and I didn't "
              "have to do Zara's shoes\"."),
        ("p", "Zara drew her family holding hands with a big yellow sun over Mummy. She told the social worker "
              "she wants \"Mummy to stay home\"."),
        ("h2", "Outcomes"),
        ("numbers", [
            "Grace's mental health will be stable and she will take her medication.",
            "Tobi and Zara are cared for by their mum every day, get to school and nursery on time, and do not "
            "have to look after themselves or each other.",
        ]),
        ("h2", "Child protection plan"),
        ("table", {
            "header": ["No.", "Area", "Action", "Responsible", "Timescale", "Measure of success"],
            "widths": [1.2, 3.4, 7.4, 5.0, 3.3, 5.4],
            "rows": [
                ["1", "Grace's mental health",
                 "Care coordination for Grace, including a review of her CPA care plan and crisis plan",
                 "Nadia Rowe, care coordinator, Barrowmead North CMHT", "Every 4 weeks",
                 "CPA review notes on the CMHT record"],
                ["2", "Grace's mental health",
                 "Weekly CPN home visits to support Grace with her medication and mood",
                 "Tom Haslam, CPN, Barrowmead North CMHT", "Weekly",
                 "Engagement with visits"],
                ["3", "Grace's mental health",
                 "Grace to take her lithium as prescribed and attend her lithium blood tests",
                 "Grace Okafor", "Blood tests every 12 weeks",
                 "Lithium levels within range on the GP record"],
                ["4", "Grace's mental health",
                 "Outpatient clinic appointment for Grace to review and adjust her medication",
                 "Dr Ellis Varma, consultant psychiatrist, Barrowmead North CMHT", "By 30/09/2025",
                 ""],
                ["5", "Grace's mental health",
                 "Written report on Grace's capacity to change, her relapse signs, the likely timescale and "
                 "what this means for Tobi and Zara's care",
                 "Dr Ellis Varma, consultant psychiatrist", "By 29/08/2025",
                 "Report sent to the SW and shared at the next core group"],
                ["6", "Grace's wellbeing",
                 "Grace to go to the Barrowmead Bipolar Peer Support Group",
                 "Grace Okafor", "Fortnightly, Tuesday evenings",
                 "Grace feels better supported"],
                ["7", "Housing",
                 "Support Grace with her application to move to a ground-floor flat nearer her sister",
                 "Lisa Brennan, family support worker", "Ongoing",
                 "Housing application submitted and banding letter on file"],
                ["8", "Tobi and Zara's safety",
                 "Visit Tobi and Zara at home, and see Tobi on his own at school",
                 "Martin Achebe, social worker", "Every 2 weeks",
                 "Visit records show both children seen and Tobi seen alone"],
                ["9", "Tobi and Zara's safety",
                 "Record Zara's attendance at nursery and tell the SW the same day if she is absent with no "
                 "reason given",
                 "Mrs Julie Hughes, manager, Little Acorns Nursery", "Every nursery day",
                 "Attendance record emailed to the SW every Friday"],
                ["10", "Tobi's emotional wellbeing",
                 "Weekly sessions for Tobi with the school's ELSA about Mum's illness and his worries at night",
                 "Mr Dean Fowler, DSL, St Columba's Primary School", "Weekly from 08/09/2025",
                 "ELSA session log shared with the SW each half term"],
            ],
        }),
        ("h2", "Contingency plan"),
        ("p", "If Grace misses her lithium for two days running, stops sleeping, or shows the early warning signs "
              "in her crisis plan (talking very fast, spending money she does not have, leaving the children on "
              "their own), Tobi and Zara will go to Ruth Akande's home at 31 Meadowsweet Way the same day and the "
              "social worker will contact the crisis resolution and home treatment team."),
        ("p", "If Ruth cannot have the children, the social worker will arrange an emergency foster placement "
              "that day. The social worker will talk through any other worries with the team manager."),
        ("h2", "Core group and review"),
        ("p", "The core group will meet every 6 weeks: 26/08/2025 and 07/10/2025, at St Columba's Primary School. "
              "The next review child protection conference is on 13/01/2026."),
    ],
    "findings": [
        F("H001", "Care coordination for Grace, including a review of her CPA care plan"),
        F("H001", "Weekly CPN home visits to support Grace with her medication"),
        F("M002", "Weekly CPN home visits to support Grace with her medication"),
        F("H001", "Outpatient clinic appointment for Grace to review and adjust her medication"),
        F("M001", "Outpatient clinic appointment for Grace to review and adjust her medication"),
        F("M002", "Grace to go to the Barrowmead Bipolar Peer Support Group"),
        F("T002", "Support Grace with her application to move to a ground-floor flat"),
        F("F002", "Grace's mental health will be stable and she will take her medication."),
        F("F001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Core group plan, father's cannabis and cocaine use; the drug service is
#    only somewhere Lee attends and is referred to (F004). Who-first markdown
#    table; grandparents supervise with no fallback (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b89_byremouth_core_group_who_first_pipe_table_tanner.md",
    "split": "tune",
    "actions": 9,
    "template": "core-group-plan-markdown-bold-field-lines-why-going-well-childrens-words-outcome-bullets-then-who-first-pipe-table-number-who-will-do-by-when-how-well-check-contingency-prose-meetings-bullets",
    "description": (
        "Core group plan for a 10-year-old and a 3-year-old: the father smokes cannabis daily and uses "
        "cocaine at weekends (current); the mother was treated for postnatal depression in 2022 and has no "
        "drug or alcohol concerns. Tidesway Drug and Alcohol Service is only where Lee goes and where the SW "
        "refers him, so no adult service owns an action; the paternal grandparents supervise contact and do "
        "school runs with no fallback in the contingency; 'keep an eye on', 'as and when offered', a '-' "
        "owner, a direct-work row with no measure, 'Everyone in the network', review conference 'to be "
        "arranged'."
    ),
    "text": """\
# Byremouth County Council – Children's Services

## Child Protection Plan (updated at core group 1)

**Children:** Kacey Tanner (10, born 14/03/2015) and Mason Tanner (3, born 27/01/2022)
**Parents:** Stacey Tanner (33) and Lee Tanner (35)
**Home address:** 41 Saltmarsh Lane, Byremouth
**Category:** Neglect
**Initial conference:** 01/07/2025, chaired by Angela Moorcroft
**Core group 1:** 15/07/2025
**Social worker:** Carla Winstanley, Byremouth Coastal Safeguarding Team

## Why there is a plan

Lee smokes cannabis every day and uses cocaine most weekends. On 13/06/2025 Kacey found a
bag of white powder on the kitchen worktop and took it into school to show her teacher.
Police found cannabis plants in the loft, and Lee has been released under investigation.
Lee says he has cut down, but he has not yet given a drug test. Since 20/06/2025 he has
been living with his parents, Jean and Roy Tanner, at 8 Gull Terrace under a written
agreement, and he sees the children only at their house.

Stacey was treated for postnatal depression after Mason's birth in 2022 and was discharged
by the perinatal team in 2023. She says her mood is good now, and that she would go back to
her GP if it ever dipped again. There are no concerns about Stacey's own alcohol or drug
use. Mason has a speech delay and was referred for speech and language therapy in May.

## What's going well

Stacey asked Lee to leave as soon as she knew about the powder, and she has kept to the
agreement. Jean and Roy have supervised every contact since 20/06/2025. Kacey's school
says she is doing well in class and has a good group of friends.

## What Kacey and Mason have said and shown us

Kacey (seen on her own at school, 09/07/2025): "I want Dad to stop the smoking stuff so he
can come home. I don't like it when the house smells funny. Nana Jean's is nice because
Grandad Roy does pancakes." She put home at 6 out of 10 "because Dad isn't there".

Mason (seen at home, 10/07/2025) ran to the door when he heard a car, shouting "Daddy!",
and was upset when it was not him. He played with his cars on the rug, chatting in single
words, and went to Stacey for a cuddle when he bumped his knee.

## What needs to be different for Kacey and Mason

- Kacey and Mason live in a home with no drugs in it and are never cared for by an adult
  who is under the influence.
- Kacey and Mason see their dad safely, with Jean or Roy there every time.
- Mason's speech is assessed and he gets the help he needs to talk with other children.

## The plan

| # | Who | Will do | By when | How we'll check |
|---|---|---|---|---|
| 1 | Lee Tanner | Go to his appointments at Tidesway Drug and Alcohol Service and give a drug test when asked | Weekly | Attendance letter from Tidesway shared with the social worker |
| 2 | Carla Winstanley (SW) | Refer Lee to the Tidesway family drug and alcohol programme | By 18/07/2025 | Letter accepting the referral on the children's file |
| 3 | Jean and Roy Tanner (PGPs) | Supervise all of Lee's time with Kacey and Mason at 8 Gull Terrace | Every contact | Contact book signed by Jean or Roy after each contact |
| 4 | Jean Tanner (PGM) | Collect Kacey from school and Mason from nursery while Stacey works | Mondays and Thursdays | Keep an eye on how the children are |
| 5 | Stacey Tanner | Take Mason to his speech and language therapy appointments | As and when offered | SALT report sent to the social worker |
| 6 | - | Check every room of the house for drugs or drug equipment | Every visit | Visit record notes each room checked and anything found |
| 7 | Harbourside Primary School (Kacey's school) | Offer Kacey a weekly session with the learning mentor to talk about home | Weekly from 08/09/2025 | Learning mentor's notes given to the SW each half term |
| 8 | Carla Winstanley (SW) | See Kacey on her own and do direct work with her about what she saw at home | Every 3 weeks | |
| 9 | Everyone in the network | Tell the SW the same day if Lee is seen at the family home outside supervised contact | Same day | Each sighting logged on the children's record |

## If things go wrong

If Lee is found at the family home outside the agreed contact, or drugs are found in the
house, Stacey will ask Lee to leave straight away and the social worker will hold a
strategy discussion the same day; Kacey and Mason will stay at home with Stacey. If Lee has
not given a clear drug test by the review conference, the social worker will request a
legal planning meeting.

## Meetings

- Core group every 4 weeks, next on 12/08/2025 at Harbourside Primary School.
- Review child protection conference: date to be arranged.
""",
    "findings": [
        F("M002", "Collect Kacey from school and Mason from nursery while Stacey works"),
        F("T002", "Take Mason to his speech and language therapy appointments"),
        F("W001", "Check every room of the house for drugs or drug equipment"),
        F("M001", "See Kacey on her own and do direct work with her"),
        F("W002", "Tell the SW the same day if Lee is seen"),
        F("F004"),
        F("C003"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Transfer-out plan, mother with first-episode psychosis and cannabis use,
#    moving to another authority. Plain-text export, one action a line with
#    dash-separated fields; actions handed on pending transfer (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b89_bellhaven_transfer_out_dash_fields_export_rudd.txt",
    "split": "tune",
    "actions": 10,
    "template": "transfer-out-plan-plain-text-export-caps-headings-field-lines-childs-views-outcome-bullets-then-one-action-a-line-number-action-lead-timescale-evidence-separated-by-dashes-contingency-and-meetings-prose",
    "description": (
        "Transfer-out plan for a 6-year-old whose mother has first-episode psychosis (depot from the EIP "
        "team) and smokes cannabis; they are moving to another authority near the grandmother, who has "
        "limited mobility. Plain-text export, one action a line. The EIP care coordinator's row only gives "
        "the depot, while the EIP psychiatrist reports on capacity to change; the parenting assessment, "
        "the child's CAMHS referral and the family support sessions are all deferred or handed on until "
        "the transfer; cannabis 'ASAP', a school place 'monitored by the SW', and 'professionals' sending "
        "the records."
    ),
    "text": """\
BELLHAVEN DISTRICT COUNCIL - CHILDREN'S SERVICES
CHILD PROTECTION PLAN - TRANSFER OUT TO COLDMARSH CITY COUNCIL
Exported from the case record 10/07/2025 14:02 by BFORSYTH

Child:               Jayden Rudd, born 09/09/2018 (6)
Mother:              Chantelle Rudd (24)
Father:              not named; no contact
Category:            Neglect
Plan agreed:         core group 10/07/2025 (initial conference held 24/06/2025)
Social worker:       Ben Forsyth, Bellhaven Assessment and Safeguarding Team
Receiving authority: Coldmarsh City Council (transfer-in request sent 07/07/2025)

REASON FOR THE PLAN
Chantelle has a first episode of psychosis, diagnosed in February 2025. She is under the
Bellhaven Early Intervention in Psychosis (EIP) team and has a depot injection every two
weeks. In May 2025 she stopped her medication, heard voices telling her that Jayden was
being watched, and kept him indoors with the curtains shut for nine days, so he missed
school. Chantelle smokes cannabis most evenings and says it calms her. Chantelle and Jayden
plan to move to Coldmarsh on 01/08/2025 to live near her mother, Maureen Rudd, who has
offered to help but has limited mobility after a hip replacement.

JAYDEN'S VIEWS
Jayden (seen on his own at school, 03/07/2025) said: "I like it when Mummy has her
injection because then she's happy and we go to the park." He said he was scared "when the
curtains were shut all the time" and that he wants to live near Nana "so I can go to hers
after school". He has had nightmares since May and told his teacher that he checks the
front door is locked before bed.

WHAT WE WANT FOR JAYDEN
- Jayden goes to school every day and is never kept at home because of his mum's illness.
- Jayden is cared for by a mum whose mental health is stable enough for her to notice his
  needs, and an adult he trusts knows the early signs that she is becoming unwell.
- Jayden's move to Coldmarsh happens with no gap in who sees him and checks he is safe.

ACTIONS
(number - action - lead - timescale - evidence)

1 - Visit Jayden at home, see him on his own and look at his bedroom - Ben Forsyth, SW - every 10 working days until the Coldmarsh transfer-in conference - visit records show Jayden seen alone and what he said
2 - Continue care coordination and the fortnightly depot injection for Chantelle - Aisha Qureshi, care coordinator, Bellhaven EIP team - fortnightly - depot given and recorded on the EIP record
3 - Parenting assessment of Chantelle to be completed by Coldmarsh Children's Services once the transfer has been accepted - Coldmarsh Children's Services - after transfer - assessment report shared with the core group
4 - Referral of Jayden to Coldmarsh CAMHS for his nightmares and worries to be made by the new social worker once the case has transferred - Coldmarsh social worker - after transfer - CAMHS referral accepted
5 - Stop using cannabis and give a hair strand test - Chantelle Rudd - ASAP - negative hair strand test result sent to the SW
6 - Write a report on Chantelle's insight, her relapse signature, her capacity to care for Jayden and the likely timescale for any change - Dr Owen Pryor, consultant psychiatrist, Bellhaven EIP team - by 15/08/2025 - report sent to the SW and to Coldmarsh Children's Services
7 - Tell the SW the same day if Jayden is absent, late or says anything worrying - Mrs Harpreet Kaur, DSL, Bellhaven Primary School - same day, until his last day there on 18/07/2025 - each report logged on the school safeguarding record and emailed to the SW
8 - Find Jayden a school place in Coldmarsh for September - Chantelle Rudd, with the SW - before the move - monitored by the SW
9 - Send Jayden's records and this plan to Coldmarsh - professionals - by 25/07/2025 - Coldmarsh confirms in writing that the records have arrived
10 - Weekly family support sessions with Chantelle on Jayden's morning and bedtime routines, to stop when the family moves and be picked up by Coldmarsh Early Help - Kelly Marsh, family support worker - weekly until the move - session notes on the case record

CONTINGENCY
If Chantelle misses a depot injection, or Jayden is not in school and Chantelle does not
answer the door or the phone, the SW (after the move, the Coldmarsh duty team) will visit
the same day, with the police if needed. If Chantelle is unwell and no family member can
safely care for Jayden, he will be placed with emergency foster carers that day. If the
hair strand test is positive, or Dr Pryor's report finds that Chantelle cannot make the
changes Jayden needs in time, the SW will request a legal planning meeting.

MEETINGS
Core group: every 2 weeks, on 31/07/2025 and 14/08/2025 (the second jointly with the
Coldmarsh team).
Review conference: the Coldmarsh transfer-in conference on 19/08/2025 is the review child
protection conference.
""",
    "findings": [
        F("H001", "Continue care coordination and the fortnightly depot injection for Chantelle"),
        F("X001", "Parenting assessment of Chantelle to be completed by Coldmarsh Children's Services"),
        F("X001", "Referral of Jayden to Coldmarsh CAMHS for his nightmares and worries"),
        F("T002", "Stop using cannabis and give a hair strand test"),
        F("M002", "Find Jayden a school place in Coldmarsh for September"),
        F("W002", "Send Jayden's records and this plan to Coldmarsh"),
        F("X001", "Weekly family support sessions with Chantelle on Jayden's morning"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Initial conference plan for a premature baby with NAS, accommodated under
#    section 20 and still on the neonatal unit; nobody is set to visit her.
#    Landscape Area | What needs to happen | Who | Timescale | How we will know
#    table; "Harbour Recovery" owns the methadone row (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b89_blackthorne_lac_neonatal_area_grouped_rows_doherty.docx",
    "doc_title": "Child Protection Plan - Ruby Doherty",
    "split": "tune",
    "landscape": True,
    "actions": 9,
    "template": "icpc-plan-looked-after-baby-word-landscape-key-value-details-background-babys-experience-outcome-bullets-area-what-needs-to-happen-who-timescale-how-we-will-know-table-contingency-paragraph-review-bullets",
    "description": (
        "Initial conference plan for an 11-day-old born at 33 weeks with neonatal abstinence syndrome, "
        "accommodated under section 20 and still on the neonatal unit; mother on methadone from Harbour "
        "Recovery with heroin on top, father drinks at weekends (no drug concerns), grandmother has COPD. "
        "The SW only phones the ward and nobody is set to visit Ruby. Harbour Recovery and the GP own "
        "rows, so adult services are in; 'Monitored by ward staff', 'Engagement with the service', the "
        "father's drinking 'Ongoing' / 'Improvement', a viability assessment with no output, and family "
        "time with no owner and 'TBC'."
    ),
    "blocks": [
        ("title", "Child Protection Plan: Looked After Child"),
        ("p", "Blackthorne Council – Children's Social Care – Initial Child Protection Conference, 11/07/2025"),
        ("kv", [
            ("Child", "Ruby Doherty, born 30/06/2025 at 33+2 weeks (11 days old)"),
            ("Where Ruby is", "Skylark Neonatal Unit, Blackthorne Royal Infirmary"),
            ("Legal status", "Accommodated under section 20, Children Act 1989, since 04/07/2025"),
            ("Mother", "Nicole Doherty (31)"),
            ("Father", "Craig Lyons (36)"),
            ("Category", "Neglect"),
            ("Social worker", "Amy Farrell, Blackthorne Children in Care Team"),
            ("Chair", "Derek Oyelaran, independent reviewing officer"),
        ]),
        ("h2", "Background and concerns"),
        ("p", "Nicole has used heroin since she was 19. She is prescribed 60ml of methadone a day by Harbour "
              "Recovery (Blackthorne Recovery Partnership), and her urine screens in the second and third "
              "trimesters showed heroin on top of her methadone. Ruby was born early and has been treated for "
              "neonatal abstinence syndrome (NAS) with oral morphine since day 3; the dose is now being "
              "reduced."),
        ("p", "Craig drinks heavily most weekends and was arrested for being drunk and disorderly in May 2025. "
              "There are no concerns about Craig using drugs. Nicole and Craig's first child, Tyler (6), has "
              "lived with his paternal grandparents under a special guardianship order since 2021."),
        ("p", "Nicole has had panic attacks since Ruby's birth and is sleeping badly. Nicole's mother, Pat "
              "Doherty, has COPD and uses oxygen at night; she has asked to be considered as a carer for Ruby."),
        ("h2", "Ruby's experience on the unit"),
        ("p", "Ruby weighs 1.98kg and is fed by nasogastric tube and bottle. Nurses describe her as jittery, "
              "with a high-pitched cry and poor sleep between feeds; her withdrawal scores have come down from "
              "11 to 6 this week. She settles best swaddled and held skin to skin, and she calmed quickly when "
              "Nicole held her on 08/07/2025. Ward staff noted that Ruby had no visitors on 05/07/2025 or "
              "06/07/2025."),
        ("h2", "Outcomes for Ruby"),
        ("bullets", [
            "Ruby finishes her withdrawal treatment safely, gains weight and leaves hospital to a carer trained "
            "to look after a baby with NAS.",
            "Ruby is only ever cared for by adults who are free of heroin and sober.",
            "Ruby keeps a close bond with her mum and dad through safe family time.",
        ]),
        ("h2", "Action plan"),
        ("table", {
            "header": ["Area", "What needs to happen", "Who", "Timescale", "How we will know"],
            "widths": [3.4, 8.0, 5.0, 3.5, 5.8],
            "rows": [
                ["Ruby's health and discharge",
                 "Liaise with Skylark Ward about Ruby's withdrawal scores, feeding and discharge planning",
                 "Amy Farrell, SW", "Weekly phone call to the ward",
                 "Discharge planning meeting minutes on Ruby's file"],
                ["Ruby's health and discharge",
                 "Train Ruby's foster carer to care for a baby with NAS before Ruby leaves hospital",
                 "Supervising social worker, Blackthorne fostering team", "Before discharge",
                 "Training record signed by the neonatal outreach nurse"],
                ["Ruby's health and discharge",
                 "Teach Nicole and Craig how to care for Ruby's withdrawal: swaddling, feeding and scoring",
                 "Neonatal outreach team", "Before discharge",
                 "Monitored by ward staff"],
                ["Nicole's drug use",
                 "Review Nicole's methadone dose, supervise her daily consumption at the pharmacy and test for "
                 "heroin and other drugs",
                 "Sean Mulvey, recovery worker, Harbour Recovery", "Weekly",
                 "Urine screen results sent to the SW each week"],
                ["Nicole's drug use",
                 "Nicole to attend all her appointments with her recovery worker",
                 "Nicole Doherty", "Weekly",
                 "Engagement with the service"],
                ["Craig's drinking",
                 "Craig to cut down his drinking at weekends and not drink before family time",
                 "Craig Lyons", "Ongoing",
                 "Improvement"],
                ["Nicole's health",
                 "See Nicole about her panic attacks and sleep, and decide whether she needs medication",
                 "Dr Imran Mohammed, GP, Thornfield Surgery", "By 25/07/2025",
                 "GP letter to the SW"],
                ["Where Ruby will live",
                 "Viability assessment of Pat Doherty (maternal grandmother) as a carer for Ruby",
                 "Blackthorne kinship care team", "By 01/08/2025",
                 ""],
                ["Family time",
                 "Arrange supervised family time for Nicole and Craig with Ruby",
                 "", "TBC",
                 "Family time records"],
            ],
        }),
        ("h2", "Contingency"),
        ("p", "If Nicole's urine screen shows heroin, cocaine or benzodiazepines, or Nicole or Craig come to the "
              "unit under the influence of drugs or alcohol, family time on the ward will stop that day and the "
              "SW will request a legal planning meeting within 5 working days. When Ruby is discharged she will "
              "go to her foster carer, Mrs Joanne Platt, and not to either parent."),
        ("h2", "Core group and review"),
        ("bullets", [
            "Core group every 2 weeks while Ruby is in hospital, then every 4 weeks: 25/07/2025, 08/08/2025 "
            "and 22/08/2025.",
            "First looked-after review: 01/08/2025, chaired by the IRO.",
            "Review child protection conference: 02/10/2025, Blackthorne Civic Offices.",
        ]),
    ],
    "findings": [
        F("M002", "Teach Nicole and Craig how to care for Ruby's withdrawal"),
        F("M002", "Nicole to attend all her appointments with her recovery worker"),
        F("T002", "Craig to cut down his drinking at weekends"),
        F("M002", "Craig to cut down his drinking at weekends"),
        F("M001", "Viability assessment of Pat Doherty (maternal grandmother) as a carer"),
        F("W001", "Arrange supervised family time for Nicole and Craig with Ruby"),
        F("T002", "Arrange supervised family time for Nicole and Craig with Ruby"),
        F("L001"),
    ],
})


# ---------------------------------------------------------------------------
# 6. ICPC plan, father with multiple sclerosis and an alcohol relapse, a
#    13-year-old young carer who self-harms (CAMHS). Who-first table with a
#    "What this means for Megan and Alfie" column; adult social care, alcohol
#    service and GP own actions. Exemplary (pdf, header and footer)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b89_buckinsell_icpc_young_carer_who_first_meaning_column_lloyd.pdf",
    "doc_title": "Child Protection Plan - Megan and Alfie Lloyd",
    "split": "tune",
    "landscape": True,
    "header": "OFFICIAL – SENSITIVE | Buckinsell County Council | Children's Services",
    "footer": "Child protection plan – Megan and Alfie Lloyd – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "actions": 9,
    "template": "icpc-word-plan-to-pdf-landscape-header-footer-headerless-details-grid-part-a-worries-strengths-childrens-words-outcomes-part-b-who-what-meaning-for-children-when-how-we-will-know-table-part-c-contingency-and-review",
    "description": (
        "Exemplary initial conference plan for a 13-year-old young carer and her 8-year-old brother: the "
        "father has multiple sclerosis (physical illness) and relapsed into drinking in March 2025 after "
        "being dependent until 2021; Megan self-harms and is seen by CAMHS. Who-first table with a 'What "
        "this means for Megan and Alfie' column: adult social care's Care Act assessment and paid carers, "
        "the alcohol service's key work and reports, the GP's detox and liver checks, the father's breath "
        "tests, CAMHS, young carers, SW and both schools. Children's words; contingency names triggers, the "
        "aunt, a foster placement if she cannot help and a legal planning meeting; dates for core groups "
        "and the review."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Initial child protection conference held on 15/07/2025 at Buckinsell County Hall"),
        ("table", {
            "widths": [5.0, 7.85, 5.0, 7.85],
            "bold_first_col": True,
            "rows": [
                ["Children", "Megan Lloyd (13, born 03/03/2012)\nAlfie Lloyd (8, born 17/11/2016)",
                 "Category", "Neglect"],
                ["Address", "19 Kestrel Way, Buckinsell", "Father (sole carer)", "Gareth Lloyd (47)"],
                ["Mother", "Sian Lloyd, left the family home in 2023; phone contact with the children",
                 "Social worker", "Ffion Hughes, Buckinsell Children's Services (South)"],
                ["Schools", "Megan: Buckinsell High School (Year 8)\nAlfie: Millbrook Primary School (Year 3)",
                 "Chair", "Paul Greenhalgh, child protection chair"],
            ],
        }),
        ("h1", "Part A: About Megan and Alfie"),
        ("h2", "What we are worried about"),
        ("p", "Gareth has relapsing-remitting multiple sclerosis, diagnosed in 2014. Since a relapse in January "
              "2025 he uses a wheelchair outside the house and needs help to wash, dress and use the toilet. "
              "Sian left the family home in 2023 and Gareth has been the children's only carer since then; "
              "Megan has been giving him much of that help, often before school and late at night."),
        ("p", "Gareth was dependent on alcohol until 2021 and did not drink from then until March 2025, when he "
              "started drinking again after his relapse. On 02/06/2025 police found him drunk and unable to get "
              "out of his chair at 11pm, with Alfie asleep on the sofa and Megan out buying cigarettes for him. "
              "Gareth agrees he has been drinking most evenings."),
        ("p", "Megan told a teacher on 05/06/2025 that she had been cutting her arms. She has been seen by "
              "Buckinsell CAMHS since 12/06/2025."),
        ("h2", "What is working well"),
        ("p", "Gareth loves his children and has been honest about his drinking. He went to his GP on 20/06/2025 "
              "to ask for help to stop. Both children go to school every day. The children's aunt, Bethan "
              "Pryce, lives in Buckinsell and has offered to have them to stay at short notice."),
        ("h2", "What Megan and Alfie say"),
        ("p", "Megan (seen on her own at home, 09/07/2025): \"I don't mind helping Dad, he's my dad. But I'm "
              "tired all the time and I can't see my friends. When he drinks he gets sad and says sorry loads. "
              "I want someone else to do the showers.\" Megan said she cuts when she is worried about her dad "
              "falling while she is at school."),
        ("p", "Alfie (seen at school, 10/07/2025): \"Dad's legs don't work properly. I like it when we play "
              "FIFA. I don't like it when he's sleepy and won't wake up.\" Alfie gave home 7 out of 10."),
        ("h2", "What needs to be different for Megan and Alfie"),
        ("bullets", [
            "Megan no longer gives her dad personal care, gets to school on time and has time for her friends "
            "and clubs.",
            "Megan and Alfie are looked after by a parent who is sober every evening and every weekend.",
            "Megan is kept safe from self-harm and knows who to turn to when she feels like hurting herself.",
            "Alfie keeps going to school every day and is never left in charge of his dad.",
        ]),
        ("h1", "Part B: Who will do what"),
        ("table", {
            "header": ["Who", "What they will do", "What this means for Megan and Alfie", "When",
                       "How we will know"],
            "widths": [4.8, 7.0, 5.0, 3.4, 5.5],
            "rows": [
                ["Donna Price, social worker, Buckinsell Adult Social Care (Physical Disability Team)",
                 "Carry out a Care Act assessment of Gareth's care and support needs and arrange paid carers for "
                 "his personal care each morning and evening",
                 "Megan no longer helps her dad wash, dress or use the toilet",
                 "Assessment by 01/08/2025; carers in place by 29/08/2025",
                 "Care and support plan copied to the children's SW; carers' visit log seen at home visits"],
                ["Rhys Connolly, recovery worker, Northway Alcohol Service",
                 "Complete an alcohol assessment with Gareth, then weekly key work with a breath test at each "
                 "session, and report on his drinking and his progress towards staying sober",
                 "Megan and Alfie have a sober dad in the evenings, and the core group knows if that is slipping",
                 "Assessment by 25/07/2025, then weekly",
                 "Breath test results and a written update to the SW before each core group"],
                ["Dr Sarah Whitfield, GP, Castle Street Surgery",
                 "Prescribe and review medication to help Gareth stop drinking safely, and check his liver "
                 "function",
                 "Megan and Alfie come home to a dad who is up and sober",
                 "By 25/07/2025, then monthly",
                 "Blood results and prescriptions on the GP record; GP letter to the SW each month"],
                ["Gareth Lloyd",
                 "Stay alcohol-free while Megan and Alfie are in his care and take a breath test whenever the SW "
                 "or recovery worker asks",
                 "Megan and Alfie are looked after by a sober parent",
                 "From 15/07/2025",
                 "Every breath test reads zero; results logged by the SW and the recovery worker"],
                ["Leah Morgan, CAMHS practitioner, Buckinsell CAMHS",
                 "Weekly sessions with Megan about her self-harm and worry, and a safety plan agreed with her and "
                 "shared with school and her dad",
                 "Megan has someone to talk to and a plan for when she feels like hurting herself",
                 "Weekly from 16/07/2025",
                 "Safety plan on file at school and at home; monthly CAMHS letter to the SW with attendance and "
                 "risk rating"],
                ["Tom Bevan, Buckinsell Young Carers Service",
                 "Young carer's needs assessment for Megan, and a place at the Young Carers Club",
                 "Megan gets time to be 13 and meets other young carers",
                 "Assessment by 08/08/2025; club every Wednesday from 13/08/2025",
                 "Assessment report to the SW; club register shows Megan there"],
                ["Ffion Hughes, social worker, Buckinsell Children's Services",
                 "See Megan and Alfie on their own, at home and at school, and talk with them about their dad's "
                 "drinking and the help he gets",
                 "Megan and Alfie are listened to every time",
                 "Every 2 weeks, with at least one visit a month unannounced",
                 "Visit records show each child seen alone and what they said"],
                ["Mrs Carys Jenkins, DSL, Buckinsell High School",
                 "Tell the SW and CAMHS the same day if Megan self-harms, is late or says she is worried about "
                 "her dad",
                 "Help reaches Megan the same day",
                 "Same day",
                 "Each concern recorded on the school safeguarding log and emailed to the SW"],
                ["Mr Owen Price, DSL, Millbrook Primary School",
                 "Check Alfie's attendance and how he presents each morning, and tell the SW the same day of any "
                 "worry",
                 "Someone checks on Alfie every school day",
                 "Every school day",
                 "Weekly attendance report emailed to the SW each Friday"],
            ],
        }),
        ("h1", "Part C: If things go wrong, and when we meet"),
        ("p", "If Gareth has been drinking while caring for Megan and Alfie (any breath test above zero, or either "
              "child tells a professional he has been drunk), or Megan self-harms in a way that needs medical "
              "treatment, Megan and Alfie will go to stay with their aunt, Bethan Pryce, at 6 Orchard Rise the "
              "same day, and the SW will hold a strategy discussion that day."),
        ("p", "If Bethan cannot have the children, the SW will arrange an emergency foster placement the same day."),
        ("p", "If the paid carers are not in place by 29/08/2025 and Megan is still giving her dad personal care, "
              "the SW's team manager will take it to the Adult Social Care service manager within two working "
              "days."),
        ("p", "If Gareth drinks while caring for the children a second time, or there is not enough progress by "
              "the review conference, the SW will request a legal planning meeting."),
        ("p", "Core group: every 4 weeks – 29/07/2025, 26/08/2025 and 23/09/2025, at Buckinsell High School. "
              "Review child protection conference: 07/10/2025 at Buckinsell County Hall."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. ICPC plan after domestic abuse: parents' health only negated or
#    hypothetical, grandfather with dementia, the teenager seen by CAMHS, so
#    no F004. Numbered sentences; no outcomes, no child's voice (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b89_bellingcote_icpc_numbered_sentences_ashworth.docx",
    "doc_title": "Child Protection Plan - Leo and Poppy Ashworth",
    "split": "tune",
    "actions": 9,
    "template": "icpc-word-plan-key-value-details-reason-strengths-then-what-will-happen-list-number-sentences-with-owner-time-and-measure-in-each-contingency-and-review-paragraphs",
    "description": (
        "Initial conference plan for a 14-year-old and a 9-year-old after the father's violence to the "
        "mother (bail, non-molestation order). Parental health is only negated ('no concerns about either "
        "parent's use of alcohol or drugs', 'no history of mental health difficulties') or hypothetical; "
        "the grandfather has dementia and Leo is seen by CAMHS, so no adult-services finding. Nine numbered "
        "sentences: the Respect programme 'as soon as possible' with no measure, the CAMHS row with no "
        "timescale or measure, 'All professionals will keep an eye on ... as they arise'. No outcomes, "
        "nothing of the children's views, a contingency that only calls a meeting to discuss, no legal step."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Bellingcote Borough Council – Family Safeguarding Service"),
        ("kv", [
            ("Children", "Leo Ashworth (14, born 22/01/2011) and Poppy Ashworth (9, born 05/06/2016)"),
            ("Mother", "Hayley Ashworth (39)"),
            ("Father", "Jason Ashworth (42), not living at the address"),
            ("Also living at the address", "Dennis Pike (71), Hayley's father"),
            ("Address", "7 Partridge Walk, Bellingcote"),
            ("Category", "Emotional abuse"),
            ("Initial conference", "09/07/2025, chaired by Gillian Crabtree"),
            ("Social worker", "Imran Siddiqui"),
        ]),
        ("h2", "Reason for the plan"),
        ("p", "Police have been called to the family home four times since January 2025 after arguments between "
              "Hayley and Jason. On 14/06/2025 Jason pushed Hayley against the kitchen door and broke her wrist; "
              "both children were in the house. Jason was arrested and charged with assault, and his bail "
              "conditions say he must not contact Hayley or come to the address. Hayley obtained a "
              "non-molestation order on 27/06/2025. Jason is staying with a friend in Stannard Vale."),
        ("p", "There are no concerns about either parent's use of alcohol or drugs. Hayley has no history of "
              "mental health difficulties; should she start to struggle with her mood, she knows she can speak "
              "to her GP, Dr Rowena Hale at Bellingcote Health Centre."),
        ("p", "Hayley's father, Dennis, has dementia and moved in with the family in March 2025. He sometimes "
              "goes out of the house on his own at night. Leo was referred to CAMHS in May 2025 for anxiety and "
              "has been seen twice by a CAMHS practitioner, Kate Ormsby."),
        ("h2", "Strengths"),
        ("p", "Hayley acted quickly to protect the children after the assault and has kept to every part of the "
              "written agreement. Both schools have a good relationship with Hayley. Hayley's sister, Louise, "
              "lives nearby and has offered to help."),
        ("h2", "What will happen"),
        ("numbers", [
            "Hayley will call 999 every time Jason comes to the house or tries to contact her, and the social "
            "worker will check the police log for each call at the next visit.",
            "Imran Siddiqui, social worker, will visit Leo and Poppy at home every two weeks and see each of "
            "them on their own, with each visit written up on the children's record within two working days.",
            "Jason will attend the Bellingcote Respect programme as soon as possible.",
            "Hayley will meet the IDVA from Bellingcote Women's Aid every fortnight until 30/09/2025 to "
            "complete a safety plan, and the finished safety plan will be shared with the social worker.",
            "Leo's CAMHS practitioner, Kate Ormsby, will continue to see him about his anxiety.",
            "All professionals will keep an eye on Leo and Poppy and share any concerns with the social "
            "worker as they arise.",
            "Bellingcote Adult Social Care will complete a needs assessment for Dennis by 15/08/2025 and send "
            "a copy of his support plan to the social worker.",
            "Gemma Lowe, family support worker, will help Hayley set up a bedtime routine for Poppy, weekly "
            "for eight weeks from 14/07/2025, and check Poppy's sleep diary at each session.",
            "Bellingcote Police will notify the social worker within 24 hours of any call-out to the address "
            "through the MASH, and each notification will be logged on the children's record.",
        ]),
        ("h2", "Contingency"),
        ("p", "If there are any further incidents, or the plan is not being followed, the social worker will call "
              "a core group meeting to discuss what needs to happen next."),
        ("h2", "Core group and review"),
        ("p", "The core group (Hayley, the social worker, both schools, the IDVA, CAMHS and the family support "
              "worker) will meet every four weeks, starting on 23/07/2025. The review child protection "
              "conference will be on 08/10/2025."),
    ],
    "findings": [
        F("T002", "Jason will attend the Bellingcote Respect programme"),
        F("M001", "Jason will attend the Bellingcote Respect programme"),
        F("T001", "Leo's CAMHS practitioner, Kate Ormsby, will continue to see him"),
        F("M001", "Leo's CAMHS practitioner, Kate Ormsby, will continue to see him"),
        F("W002", "All professionals will keep an eye on Leo and Poppy"),
        F("T002", "All professionals will keep an eye on Leo and Poppy"),
        F("M002", "All professionals will keep an eye on Leo and Poppy"),
        F("O001"),
        F("F003"),
        F("C002"),
        F("R002"),
    ],
})
