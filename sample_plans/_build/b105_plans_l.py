"""Batch 105, module l: seven fictional plans (tuning material), places beginning with "l".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: plans at a review stage, in layouts a linter rarely meets. Five are
exemplary: a landscape Word review plan that carries every action forward
with a RAG "progress at this review" column and keeps two closed rows at its
foot; a Markdown core group update whose finished actions are struck through
and marked COMPLETE, with new actions added below; a PDF child in need plan
after step-down that says what stops and, in a column, what stays; a
landscape PDF whose last column holds the parents' own words about each
action (words such as "as and when" sit there, not in the When column); and
a long Word plan grouped by agency, each lead named once in a merged cell,
with timescales counted from today's conference. Two carry a realistic mix
of faults: a Word review plan whose actions are copied from the initial plan
with the old date beside the new one (some new dates are "TBC" or
"Ongoing"), and a plain-text "progress against the plan" report from the
social worker to the IRO that restates each action with its fields.
"""
from build_batch5 import F, H, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. First review conference plan, neglect, mother's depression and weekend
#    drinking. Landscape Word table carrying each ICPC action forward with a
#    RAG progress column; two closed rows kept at the foot under a banner.
#    Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b105_lomsterfield_rcpc_carried_forward_rag_progress_column_haddow.docx",
    "doc_title": "Review Child Protection Plan - Kacey and Reuben Haddow",
    "split": "tune",
    "actions": 12,
    "landscape": True,
    "template": "rcpc-landscape-word-plan-details-list-since-icpc-childrens-words-outcomes-how-to-read-note-then-six-column-table-no-action-who-when-measure-progress-rag-column-new-rows-marked-closed-rows-under-banner-contingency-core-group",
    "description": (
        "Exemplary first review conference plan for a 9-year-old young carer and her 4-year-old "
        "brother whose mother has recurrent depression and drank at weekends. Every ICPC action is "
        "carried forward in one landscape table with a 'Progress at this review' column (GREEN, "
        "AMBER, RED, 'ongoing', 'partly met', done dates) beside the real When column; three new "
        "rows are marked NEW and two completed rows are kept, closed, under a banner at the foot "
        "(not counted as actions). The CMHT assesses capacity to change, the alcohol service and GP "
        "own actions, the grandmother's part has a fallback, legal planning follows named "
        "triggers, core group and review dates are set."
    ),
    "footer": "Haddow - Review Child Protection Plan 14/10/2025 - page {PAGE} of {NUMPAGES}",
    "blocks": [
        ("title", "Review Child Protection Plan"),
        ("p", "Lomsterfield City Council · Children's Services · Safeguarding and Family Support (South)"),
        ("kv", [
            ("Children", "Kacey Haddow (9), DOB 27/05/2016; Reuben Haddow (4), DOB 09/01/2021"),
            ("Address", "12 Pennine View, Lomsterfield LM4 8TB"),
            ("Mother", "Donna Haddow (33), sole carer"),
            ("Father", "Wayne Haddow, separated, lives in Aberdeen; phones the children on Sundays"),
            ("Maternal grandmother", "Maureen Platt, 6 Quarry Lane, Lomsterfield"),
            ("Category", "Neglect"),
            ("Conference", "First review, 14/10/2025 (initial conference 15/07/2025). Chair: Ian Mallory"),
            ("Social worker", "Joanne Okafor (team manager: Sarah Linton)"),
        ]),
        ("h1", "Since the initial conference"),
        ("p", "Donna has recurrent depression. At the initial conference she was drinking heavily from Friday "
              "to Sunday, and Kacey, then 8, was getting Reuben up, dressed and fed. Since July Donna has been "
              "seen by the community mental health team every fortnight and has kept all but one appointment "
              "with the Lomsterfield Recovery Partnership; every breath test has been negative. The house is "
              "tidier and Reuben now has his own bed. Mornings are still hard: Donna often sleeps through her "
              "alarm, and Reuben has been at nursery on only 61% of his funded mornings. Kacey's attendance is "
              "good, but she told the SW that she still checks on her mum before she goes to school."),
        ("h1", "What Kacey and Reuben have told us"),
        ("p", "Kacey (seen on her own at school, 08/10/2025): “It's better now Mum doesn't drink. I still wake "
              "Mum up and do Reuben's cereal when she's too tired. Young carers club is the best bit of my "
              "week.” Asked what would make things better, she said: “Mum getting up on her own, and Reuben "
              "going to nursery so I'm not late.” She scored home 6 out of 10 (3 out of 10 in July)."),
        ("p", "Reuben (seen at home, 01/10/2025) showed the SW his new bed “with dinosaurs on”. Asked about "
              "mornings he said “Mummy sleeps”, and about Tuesdays, “Nanny Mo makes fish fingers”. He ran to "
              "the door when Kacey came home and sat next to her to eat his tea."),
        ("h1", "What we want for Kacey and Reuben"),
        ("bullets", [
            "Kacey and Reuben are got up, fed and taken to school and nursery by an adult every day, and "
            "Kacey no longer looks after her mum or her brother.",
            "Reuben goes to nursery on every funded morning, and his speech and development are checked and "
            "on track.",
            "Kacey and Reuben are cared for by a mum who does not drink while caring for them and whose mood "
            "is steady enough for her to get up with them.",
        ]),
        ("h1", "How to read the plan"),
        ("p", "Each action from the initial conference has been carried forward, with a new timescale where "
              "one was needed. The 'Progress at this review' column says how the action has gone since July "
              "(GREEN: done or on track; AMBER: partly met; RED: not met). It is a record of the past three "
              "months, not the timescale: the 'When' column says what happens from today. Actions agreed today "
              "are marked NEW. Two actions finished since July are kept at the foot of the table for the "
              "record; they are closed and are no longer part of this plan."),
        ("h1", "The plan"),
        ("table", {
            "header": ["No.", "Action", "Who", "When (from 14/10/2025)", "How we will know",
                       "Progress at this review"],
            "widths": [1.6, 5.9, 3.8, 3.6, 5.2, 5.6],
            "rows": [
                ["1", "Visit Kacey and Reuben at home, with at least one visit a month unannounced, and see "
                      "Kacey on her own at every visit",
                 "Joanne Okafor, social worker (SW)", "Every week until the next review",
                 "Visit records on LCS show both children seen every week and Kacey seen alone, with what she "
                 "said written down",
                 "GREEN - ongoing. 13 visits since the ICPC, 4 unannounced; Kacey seen alone at 11."],
                ["2", "Finish the direct work with Kacey about her worries for her mum, using the three houses "
                      "tool, and help her write her own safety plan",
                 "Joanne Okafor, SW", "Two remaining sessions by 21/11/2025",
                 "Kacey's three houses sheets and her safety plan, in her words, on her file and shared at the "
                 "core group on 02/12/2025",
                 "AMBER - partly met. 2 of 4 sessions done (05/08 and 09/09); two missed when Kacey was ill."],
                ["3", "See Donna every fortnight, review her antidepressant with her, and assess whether she is "
                      "making the changes Kacey and Reuben need and how long further change is likely to take",
                 "Marcus Bell, care co-ordinator, Lomsterfield Community Mental Health Team (CMHT)",
                 "Fortnightly; written report two days before each core group",
                 "Written report to the SW before each core group, giving the CMHT's view of Donna's capacity "
                 "to change and the likely timescale",
                 "AMBER - ongoing. Seen fortnightly; first report (30/09/2025) says her mood is lifting but "
                 "it is too early to say the change will hold."],
                ["4", "Key-work sessions with Donna on her weekend drinking, with a breath test at every "
                      "session",
                 "Priya Nand, recovery worker, Lomsterfield Recovery Partnership (adult alcohol service)",
                 "Every Monday", "Breath test result emailed to the SW every Monday afternoon",
                 "GREEN - 12 of 13 sessions attended since 21/07/2025; every test negative."],
                ["5", "Drink no alcohol at any time she is caring for Kacey and Reuben, and keep no alcohol in "
                      "the house",
                 "Donna Haddow (Mum)", "Every day, as agreed at the ICPC",
                 "Negative breath test at every Monday session and at every SW visit; no alcohol seen in the "
                 "house",
                 "GREEN - met at every test and every visit."],
                ["6", "Get Reuben to Little Acorns Nursery by 9am on each of his four funded mornings",
                 "Donna Haddow (Mum)", "Monday to Thursday, every week",
                 "Nursery register shows Reuben in by 9.15am on all four mornings; attendance 90% or more by "
                 "the next review",
                 "RED - not met. Attendance 61% since the ICPC. See new action 10."],
                ["7", "Complete Reuben's ASQ-3 developmental check and, if his speech score is below the "
                      "cut-off, refer him to speech and language therapy",
                 "Claire Munro, health visitor (HV)",
                 "ASQ-3 by 31/10/2025; any referral within two weeks of the check",
                 "ASQ-3 scores and any speech and language therapy acceptance letter copied to the SW",
                 "AMBER - partly met. Booked for 28/10/2025 after two missed appointments."],
                ["8", "Check Kacey's attendance, lunch and how she presents each morning, and phone the SW the "
                      "same day about any concern",
                 "Mr Tariq Shah, DSL, St Anne's Primary, Lomsterfield", "Every school day",
                 "Attendance printout sent to the SW each Friday; every same-day call logged on CPOMS",
                 "GREEN - ongoing. Attendance 97% this term; one same-day call (17/09/2025)."],
                ["9", "Collect Reuben from nursery on Tuesdays and Thursdays and give both children their tea "
                      "at her home, 6 Quarry Lane, until 6pm",
                 "Maureen Platt, maternal grandmother (MGM)", "Every Tuesday and Thursday",
                 "Nursery collection book signed by Maureen; the SW checks it at the first visit each month",
                 "GREEN - done every week since the ICPC."],
                ["10\nNEW", "Help Donna with the morning routine at home so that Reuben is up, dressed, fed and "
                           "at nursery on time",
                 "Leanne Pike, family support worker (FSW), Lomsterfield Early Help",
                 "Monday, Wednesday and Friday, 7.30am to 9am, for six weeks from 20/10/2025",
                 "FSW's morning log emailed to the SW each Friday; nursery register shows Reuben in by 9.15am",
                 "NEW at this review."],
                ["11\nNEW", "Review Donna's sertraline dose and send the SW and the CMHT a summary of her mental "
                           "health history",
                 "Dr Owen Pryce, GP, Lomsterfield Health Centre", "By 07/11/2025",
                 "GP letter on Kacey's and Reuben's files by 07/11/2025",
                 "NEW at this review."],
                ["12\nNEW", "Update the parenting assessment, focused on Donna's weekend care of Kacey and "
                           "Reuben and her use of the morning routine support",
                 "Joanne Okafor, SW", "Report by 12/12/2025",
                 "Updated assessment shared with Donna and sent to the core group and the review conference",
                 "NEW at this review."],
                ["Completed since the initial conference: closed today, kept for the record only", H, H, H,
                 H, H],
                ["C1", "Refer Kacey to Lomsterfield Young Carers", "Joanne Okafor, SW", "By 31/07/2025",
                 "Referral acceptance letter on file",
                 "DONE 22/07/2025. Kacey started the Wednesday club on 10/09/2025. Closed."],
                ["C2", "Clear the back bedroom so that Reuben has a bed of his own",
                 "Donna Haddow (Mum), with help from the SW", "By 29/08/2025",
                 "Bedroom and bed seen by the SW",
                 "DONE 22/08/2025; seen by the SW on 26/08/2025. Closed."],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If Donna has a positive breath test, or either child tells anyone that their mum has been "
              "drinking, or the police are called to the house, Kacey and Reuben will go to Maureen's home at "
              "6 Quarry Lane that day and Joanne (or the Emergency Duty Team out of hours) will hold a "
              "strategy discussion with Lomsterfield Police the same day."),
        ("p", "If Maureen cannot have the children (she is ill or away), Joanne will place Kacey and Reuben "
              "together with Lomsterfield foster carers that day. If Maureen cannot do a Tuesday or Thursday "
              "collection, Leanne (FSW) will collect Reuben and stay with the children until Donna is home."),
        ("p", "If Reuben's nursery attendance is still below 80% at the core group on 02/12/2025, or Donna has "
              "a positive breath test, Joanne will ask Sarah Linton (team manager) for a legal planning meeting "
              "within 5 working days, to decide whether to start the Public Law Outline."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks (six over Christmas), Tuesdays at 3.30pm at Lomsterfield South Family "
            "Hub: 04/11/2025, 02/12/2025 and 13/01/2026.",
            "Second review child protection conference: 10/02/2026, 10am, Lomsterfield Civic Offices.",
            "Before each core group Joanne will ask Kacey what mornings have been like and bring her answer "
            "to the meeting.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Core group 3's updated plan for a 15-month-old after domestic abuse;
#    father uses cocaine and cannabis. Markdown table whose finished rows
#    are struck through and marked COMPLETE; new rows added below in a second
#    table. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b105_larrowbeck_core_group_update_struck_complete_new_below_tremlett.md",
    "split": "tune",
    "actions": 10,
    "template": "core-group-updated-plan-markdown-bold-field-bullets-how-to-read-quote-why-observed-world-numbered-outcomes-then-six-column-table-with-struck-through-complete-rows-and-status-column-second-table-added-at-core-group-contingency-bullets-meetings",
    "description": (
        "Exemplary plan for a 15-month-old after domestic abuse, as updated at the third core group "
        "three weeks before the review conference. Markdown table keeping the conference's "
        "numbering: three finished rows are struck through and marked COMPLETE with the date "
        "(history, not actions), a status column says how each live row is going, and three new "
        "actions sit in a second table headed 'Added at core group 3'. Every live row has an owner, "
        "a timescale and something seen; the drug service reports on change, the grandmother's "
        "supervision and the aunt's home both have fallbacks, legal planning follows named "
        "triggers, review and core group dates are set."
    ),
    "text": """\
# Child Protection Plan — Ava-Rose Tremlett

## Updated at core group 3, Tuesday 14/10/2025

**Larrowbeck City Council · Children's Social Care · Safeguarding Team South**

- **Child:** Ava-Rose Tremlett, born 02/07/2024 (15 months)
- **Mum:** Jodie Tremlett (22), 3 Kestrel Court, Larrowbeck LB2 7NE
- **Dad:** Callum Price (25), living with his mother, Janice Price, at 48 Holt Road since 29/07/2025
- **Category:** emotional abuse (domestic abuse)
- **Plan made at:** initial child protection conference, 05/08/2025 (chair: Dawn Ferris)
- **Core groups so far:** 19/08/2025, 16/09/2025 and today
- **Social worker:** Nadia Rahman (team manager: Philip Ngata)

> **How to read this update.** Actions finished since the conference are ~~struck through~~ and marked
> **COMPLETE** with the date they were done. They are no longer part of the plan and stay in the table only so
> that everyone can see what has been done. Actions the core group agreed today are in the second table, under
> *Added at core group 3*. The numbers are the ones given at the conference, so they do not all run on.

## Why Ava-Rose has a plan

On 26/07/2025 police were called to Kestrel Court after neighbours heard shouting and a crash. Callum had pushed
Jodie against the kitchen door while she was holding Ava-Rose. Ava-Rose was not hurt but was still screaming when
officers arrived. Callum told police he had taken cocaine that evening, and he smokes cannabis every day. Police
had been called to the flat twice before in 2025. Callum moved to his mother's on 29/07/2025 and is on bail not
to go to Kestrel Court before his court date on 12/12/2025.

## Ava-Rose's world: what we have seen

Ava-Rose is 15 months old and is not talking yet, so this is what the social worker, health visitor and nursery
have seen. She walks holding on to the furniture and says "mama" and "dog". At home she plays happily with her
stacking cups and brings her books to Jodie. When a door bangs she goes still and looks at her mum. At her nan
Janice's on Saturdays she crawls straight to Callum and climbs on his knee; on 13/09/2025, when he shouted into
his phone, she cried and reached for Janice. Her nursery key worker says she settles within ten minutes and eats
everything at lunch.

## What must be different for Ava-Rose

1. Ava-Rose lives in a calm home where she does not see or hear shouting or violence.
2. Ava-Rose sees her dad safely: only when Janice, or another adult agreed by the social worker, is with them,
   and never when he is under the influence.
3. Ava-Rose's health and development are on track: she is weighed, her immunisations are up to date and she
   starts to use more words.

## Action plan as updated at core group 3

| No. | Action | Who | By when | How we will know | Status at core group 3 |
|---|---|---|---|---|---|
| ~~1~~ | ~~Refer Callum to Larrowbeck Drug and Alcohol Service (DAS)~~ | ~~Nadia Rahman (SW)~~ | ~~By 08/08/2025~~ | ~~Referral acceptance letter on file~~ | **COMPLETE** 07/08/2025 (accepted by DAS 11/08/2025) |
| 2 | Visit Ava-Rose at home, with at least one visit in three unannounced, and write down how she is with Jodie, where she sleeps and what she is eating | Nadia Rahman (SW) | Every week until the review conference | LCS visit notes for every week, each describing Ava-Rose's mood, care and sleeping place | On track: 10 of 10 weekly visits, 4 unannounced |
| 3 | Weigh Ava-Rose and check her development and speech at home | Bethan Lloyd, health visitor (HV) | Every two weeks | Weight plotted in her red book; visit record emailed to the SW after each visit | On track: weight steady on the 50th centile |
| 4 | Key-work with Callum on his cocaine and cannabis use, with a random saliva test at least weekly, and a written view for each core group on whether he is making the changes Ava-Rose needs | Ade Okonkwo, recovery worker, Larrowbeck DAS | Weekly key-work; written update two days before each core group | Test results and the written update sent to the SW before each core group | Partly met: 7 of 9 sessions; cannabis in every test, no cocaine since 02/09/2025 |
| 5 | Supervise Callum's time with Ava-Rose at 48 Holt Road from 10am to 1pm, stay in the room throughout, and end the visit if he seems under the influence | Janice Price, paternal grandmother (PGM) | Every Saturday | Janice's contact book, signed after each visit and read by the SW at the first visit of each month | On track: 10 of 10 Saturdays; one visit ended early (13/09/2025) |
| 6 | Keep Callum out of Kestrel Court and ring 999 straight away if he comes to the flat | Jodie Tremlett (Mum) | Every day, from 05/08/2025 | Jodie tells the SW at each weekly visit whether Callum has come; any 999 call shows in the police log sent to the SW | On track: no visits by Callum reported |
| ~~7~~ | ~~Put a domestic abuse marker on Jodie's address~~ | ~~PC Lee Dawes, Larrowbeck Police DA Unit~~ | ~~By 08/08/2025~~ | ~~Marker reference sent to the SW~~ | **COMPLETE** 06/08/2025 (ref LB/DA/55213) |
| ~~8~~ | ~~Apply for a funded place for Ava-Rose at Buttercups Day Nursery~~ | ~~Nadia Rahman (SW)~~ | ~~By 22/08/2025~~ | ~~Place offer letter on file~~ | **COMPLETE** 20/08/2025 (started 08/09/2025) |
| 9 | Meet Jodie to go through her safety plan, and repeat the DASH risk assessment with her each month | Priya Gill, IDVA, Larrowbeck Women's Aid | Every Thursday; DASH on the first Thursday of each month | Updated safety plan and DASH score sent to the SW after each first-Thursday meeting | On track: DASH score down from 16 to 9 |
| 10 | Record Ava-Rose's attendance, how she arrives and any marks or worries, and phone the SW the same day about any concern | Kerry Hale, manager and DSL, Buttercups Day Nursery | Every Monday, Wednesday and Friday that she attends | Attendance and a short note emailed to the SW every Friday; same-day calls logged | Added at core group 2 (16/09/2025); on track |

### Added at core group 3 (14/10/2025)

| No. | Action | Who | By when | How we will know | Status at core group 3 |
|---|---|---|---|---|---|
| 11 | Refer Callum to the Larrowbeck Caring Dads programme; Callum to go to every session | Nadia Rahman (SW) to refer; Callum Price (Dad) to attend | Referral by 24/10/2025; the 17-week course starts 05/11/2025 | Referral acceptance on file; weekly attendance and an end-of-course report sent to the SW by the facilitator | New |
| 12 | Take a hair strand sample from Callum covering his drug use over the past three months | Ade Okonkwo, Larrowbeck DAS | Sample taken by 31/10/2025 | Laboratory result sent to the SW and brought to the review conference | New |
| 13 | Take Ava-Rose to Holt Road Surgery for the 12-month immunisations she missed | Jodie Tremlett (Mum) | By 31/10/2025 | Immunisations in the red book and on the GP record; the HV checks at her next visit | New |

## If things go wrong (contingency)

- If Callum comes to Kestrel Court, or Jodie lets him see Ava-Rose outside the Saturday visits, or the police are
  called to either address, Nadia (or the Emergency Duty Team out of hours) will hold a strategy discussion with
  Larrowbeck Police the same day, and Jodie and Ava-Rose will stay with Jodie's aunt, Marie Coles, at 14 Fern
  Street until it has taken place.
- If Marie cannot have them, Priya (IDVA) will find Jodie and Ava-Rose a refuge place that day.
- If Janice cannot supervise on a Saturday, or tells the SW she cannot stop Callum being alone with Ava-Rose,
  that week's visit does not happen and Nadia will arrange supervised time at Larrowbeck Family Centre within
  seven days.
- If any test shows cocaine, or Callum breaks the contact arrangements, Nadia will ask Philip Ngata (team
  manager) for a legal planning meeting within 5 working days.

## Meetings

- Review child protection conference: Tuesday 04/11/2025, 10am, Larrowbeck Civic Centre (chair: Dawn Ferris).
- Core group: every four weeks, Tuesdays at 2pm at Larrowbeck Family Centre; next on 11/11/2025 and 09/12/2025.
- Jodie can bring Priya to every meeting. Callum and Janice are invited to the second half of each core group.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Child in need plan after step-down at the second review conference;
#    mother in recovery from heroin use. "What stops" list, then a table
#    whose last column says whether each action stays, stays less often, or
#    is new. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b105_lindlecote_step_down_cin_stays_stops_column_ellery.pdf",
    "doc_title": "Child in Need Plan - Mason and Skye Ellery",
    "split": "tune",
    "actions": 8,
    "template": "cin-step-down-word-plan-printed-to-pdf-page-header-footer-details-list-decision-why-plan-can-end-childrens-words-outcomes-what-stops-bullets-then-six-column-table-with-from-the-cp-plan-stays-or-new-column-contingency-meetings",
    "description": (
        "Exemplary child in need plan agreed at a second review conference that ended the child "
        "protection plan for a 12-year-old and a 7-year-old whose mother is in recovery from heroin "
        "use. Word plan printed to PDF with page header and footer. A 'What stops' list (not "
        "actions) comes before the action table, whose last column says whether each action stays "
        "as it was, stays less often, or is new. The recovery service reports on whether recovery "
        "is holding, the aunt's afternoons and the father's care both have fallbacks, a return to "
        "conference and legal planning follow named triggers, the core group carries on every six "
        "weeks and a review conference date is set."
    ),
    "header": "OFFICIAL-SENSITIVE – Lindlecote Borough Council – Children's Services",
    "footer": "Ellery – Child in Need Plan (step-down, 04/11/2025) – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child in Need Plan"),
        ("p", "Lindlecote Borough Council · Children's Services · Locality Team North"),
        ("p", "Step-down from a child protection plan, agreed at the second review child protection "
              "conference on 04/11/2025."),
        ("kv", [
            ("Children", "Mason Ellery (12), DOB 19/01/2013; Skye Ellery (7), DOB 08/06/2018"),
            ("Address", "31 Tanner's Walk, Lindlecote LD4 6RP"),
            ("Parents", "Nicola Ellery (34) and Gavin Ellery (36), bakery shift supervisor"),
            ("Maternal aunt", "Carla Dunn, 9 Mill Brow, Lindlecote"),
            ("Child protection plan", "11/03/2025 to 04/11/2025 (neglect)"),
            ("Conference chair", "Angela Firth"),
            ("Social worker", "Imogen Hart (team manager: Stuart Lomax)"),
        ]),
        ("h1", "The conference's decision"),
        ("p", "The conference agreed that Mason and Skye no longer need a child protection plan. The plan ends "
              "today and this child in need plan takes its place. The people who made up the core group will "
              "carry on meeting as the child in need core group. This plan says what stops, what stays and "
              "what is new."),
        ("h1", "Why the plan can end"),
        ("p", "When the plan began Nicola was using heroin most days, the house was dirty and there was often no "
              "food in it, and Mason was getting Skye to school. Since April Nicola has been on a stable "
              "methadone script with Lindlecote Recovery Service, and every test since 12/05/2025 has been "
              "negative for heroin and cocaine. The house has been clean and stocked at every visit since May. "
              "Skye's attendance has risen from 81% to 97% and Mason's from 85% to 95%. Gavin has changed his "
              "shifts so that he is home by 4pm on Mondays, Wednesdays and Fridays, and Carla has the children "
              "every Tuesday and Thursday after school."),
        ("h1", "What Mason and Skye say"),
        ("p", "Mason (seen on his own at home, 28/10/2025): “Mum's properly better now. She comes to my "
              "football. I don't have to check on her in the mornings any more.” He asked for fewer visits "
              "“because my mates ask who you are”, but said he is happy for Imogen to keep coming “now and "
              "then”. He scored home 8 out of 10 (3 out of 10 in March)."),
        ("p", "Skye (seen at school, 29/10/2025) drew her family at the kitchen table “having tea all "
              "together”. She said: “Mummy takes me to school now. I like Auntie Carla's because we make "
              "pancakes.” She asked whether Imogen would still come to see her."),
        ("h1", "What we want for Mason and Skye"),
        ("bullets", [
            "Mason and Skye are cared for every day by parents who are well, drug-free and up in the morning to "
            "get them to school.",
            "Mason and Skye go to school every day and on time, with attendance of 95% or more.",
            "Mason and Skye know what to do, and who to tell, if they are worried that their mum is using "
            "again.",
        ]),
        ("h1", "What stops now the child protection plan has ended"),
        ("bullets", [
            "Mason and Skye are no longer subject to a child protection plan, and the child protection core "
            "group ends.",
            "Unannounced visits end, and the social worker's weekly visits end (visits carry on every three "
            "weeks; see action 1).",
            "Weekly urine tests for Nicola end (tests carry on monthly; see action 2).",
            "The daily phone call from Skye's school to the social worker ends (the school now emails weekly; "
            "see action 4).",
        ]),
        ("h1", "What will happen: the child in need plan"),
        ("p", "The last column says whether each action stays from the child protection plan as it was, stays "
              "but less often, or is new."),
        ("table", {
            "header": ["No.", "What will happen", "Who", "When", "How we will know", "From the CP plan"],
            "widths": [1.1, 4.9, 3.0, 2.8, 3.4, 1.8],
            "rows": [
                ["1", "Visit Mason and Skye at home after school and see each of them on their own",
                 "Imogen Hart, social worker (SW)",
                 "Every three weeks until the child in need review conference",
                 "Visit notes record each child seen alone, what they said and how the home was",
                 "Stays, less often (was weekly)"],
                ["2", "Key-work with Nicola on her recovery, with a urine test each month, and a written update "
                      "on whether her recovery is holding and what she is doing to keep Mason and Skye safe",
                 "Rob Kelsall, recovery worker, Lindlecote Recovery Service",
                 "Key-work every two weeks; test on the first Monday of each month",
                 "Test results and the written update sent to the SW before each core group",
                 "Stays, less often (tests were weekly)"],
                ["3", "Take her methadone as prescribed and use no heroin or other drugs, so that she is well "
                      "and up in the mornings to get Skye to school",
                 "Nicola Ellery (Mum)", "Every day",
                 "Monthly tests negative; Skye's register shows her in school on time", "Stays"],
                ["4", "Send the SW Skye's attendance and lateness for the week, and phone the SW the same day "
                      "about any worry",
                 "Mrs Pauline Greaves, DSL, Lindlecote Church Primary", "Every Friday",
                 "Weekly email on file; any same-day call logged on CPOMS",
                 "Stays, less often (was a daily call)"],
                ["5", "Meet Mason with his key adult, Mr Obi, and check his attendance for the week",
                 "Mr Dev Sharma, DSL, Lindlecote Academy", "Every Monday morning",
                 "Key adult's log shared with the SW each half-term; Mason's attendance 95% or more",
                 "Stays"],
                ["6", "Collect Skye from school and Mason from football, and give them their tea at 9 Mill Brow "
                      "until Gavin collects them",
                 "Carla Dunn, maternal aunt", "Every Tuesday and Thursday",
                 "School collection book signed by Carla; the SW checks it at every other visit", "Stays"],
                ["7", "Go together to Lindlecote Family Hub's ten-week Parenting Teens and Tweens course",
                 "Nicola and Gavin Ellery (parents)", "Thursday evenings from 13/11/2025",
                 "Course register and the facilitator's end-of-course report sent to the SW", "New"],
                ["8", "Write a family plan with Nicola, Gavin, Mason and Skye about the warning signs that "
                      "Nicola may be using again, and who each child will tell",
                 "Jade Fenwick, family practitioner, Lindlecote Family Hub", "By 05/12/2025",
                 "Family plan signed by both parents and both children; a copy on the fridge and on file",
                 "New"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Nicola has a test positive for heroin, cocaine or any drug she has not been prescribed, misses "
              "her methadone two days running, or Mason or Skye tell anyone they think she is using again, "
              "Imogen will hold a strategy discussion the same day to decide whether the children need to go "
              "back to a child protection conference. That day Gavin will take carer's leave and look after "
              "the children himself, and Nicola will stay at her mother's until the strategy discussion has "
              "decided what happens next."),
        ("p", "If Gavin cannot be at home, the children will stay with Carla at 9 Mill Brow. If neither Gavin nor "
              "Carla can care for them, Imogen will place Mason and Skye together with Lindlecote foster carers "
              "that day. If Carla cannot do a Tuesday or Thursday, Skye will go to the school's after-school "
              "club, paid for by Children's Services, and Mason to homework club until Gavin collects them."),
        ("p", "If Nicola has two positive tests before the child in need review conference, or the children go "
              "back onto a child protection plan, Imogen will ask Stuart Lomax (team manager) for a legal "
              "planning meeting within 5 working days."),
        ("h1", "Meetings"),
        ("bullets", [
            "Child in need core group (the same people as the child protection core group): every six weeks, "
            "Tuesdays at 4pm at Lindlecote Family Hub, on 16/12/2025 and 27/01/2026.",
            "Child in need review conference, chaired by Angela Firth: 10/03/2026, 10am, Lindlecote Town Hall.",
            "Mason and Skye can come to the first 15 minutes of any core group, or send their views with "
            "Imogen.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. First review conference plan, domestic abuse, father's drinking,
#    mother's anxiety. Every action copied from the ICPC plan with the ICPC
#    date kept beside the new date. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b105_lurstow_rcpc_copied_actions_old_new_dates_whitcombe.docx",
    "doc_title": "Review Child Protection Plan - Tia and Alfie Whitcombe",
    "split": "tune",
    "actions": 14,
    "landscape": True,
    "template": "rcpc-landscape-word-plan-details-list-since-icpc-childrens-words-outcomes-then-six-column-table-ref-action-as-agreed-at-icpc-who-icpc-date-new-date-measure-contingency-core-group",
    "description": (
        "First review conference plan for a 6-year-old and a 3-year-old after domestic abuse; the "
        "father drinks and the mother has anxiety and depression. Every action is copied word for "
        "word from the initial plan, with the ICPC date kept beside the new date set today, and "
        "most rows are sound. Faults: the play therapy referral's new date is 'TBC' and the housing "
        "row's is 'Ongoing' (the old dates have passed), Talking Therapies only treats the mother "
        "and is measured by 'Engagement', 'Core group' owns safe handovers, the father's parenting "
        "assessment has no output, the safety planning row has no owner ('-'), one outcome is only "
        "about the father's drinking, and the grandmother supervises contact and houses the family "
        "in the contingency with no fallback if she cannot."
    ),
    "blocks": [
        ("title", "Review Child Protection Plan"),
        ("p", "Lurstow District Council · Children's Services · Family Safeguarding Team West"),
        ("kv", [
            ("Children", "Tia Whitcombe (6), DOB 14/02/2019; Alfie Whitcombe (3), DOB 30/05/2022"),
            ("Address", "22 Hollin Rise, Lurstow LU6 3JD"),
            ("Mother", "Kerry Whitcombe (29)"),
            ("Father", "Dean Whitcombe (34), living at 5 Canal Side, Lurstow, since 02/06/2025"),
            ("Maternal grandmother", "Linda Baxter, 12 Ash Grove, Lurstow"),
            ("Category", "Emotional abuse"),
            ("Conference", "First review, 23/09/2025 (initial conference 10/06/2025). Chair: Yvonne Carter"),
            ("Social worker", "Sophie Marsh (team manager: Daniel Ross)"),
        ]),
        ("h1", "What has happened since the initial conference"),
        ("p", "Dean moved out on 02/06/2025 after police were called to an argument in which he threw a mug "
              "that smashed against the wall beside Alfie's high chair. He has seen the children every "
              "Saturday at Linda's house. Dean drinks heavily (he says “most nights”). He was assessed by "
              "Lurstow Alcohol Service in July but missed four of his first eight sessions. Kerry has anxiety "
              "and depression and takes sertraline; she started sessions with Lurstow Talking Therapies in "
              "July. Several actions from the initial conference were not done on time, so the conference "
              "carried every action forward and set new dates."),
        ("h1", "What Tia and Alfie have told us"),
        ("p", "Tia (seen on her own at school, 16/09/2025): “I like Saturdays at Nanny Linda's because Daddy is "
              "nice there. Before, Daddy threw a cup and Alfie cried. I want Mummy to stop being worried.” She "
              "put herself at 6 out of 10 for feeling happy at home, up from 3 in June."),
        ("p", "Alfie is 3. He chatted to the SW about his trains and took her by the hand to see his bedroom. "
              "Nursery say he jumps and covers his ears at loud noises and is slow to settle on Monday "
              "mornings."),
        ("h1", "What we want for Tia and Alfie"),
        ("bullets", [
            "Tia and Alfie live in a calm home where they do not see or hear arguments, shouting or violence.",
            "Tia and Alfie see their dad safely, with a sober adult supervising, and come back from contact "
            "settled.",
            "Tia can talk about what happened and worries less; Alfie's speech and development are on track.",
            "Dean will cut down his drinking and stay calm.",
        ]),
        ("h1", "The plan"),
        ("p", "Every action below is copied from the plan made at the initial conference on 10/06/2025. The "
              "'ICPC date' column is the date set then, kept for the record. The 'New date' column is what the "
              "review conference agreed today, and it is the one that counts."),
        ("table", {
            "header": ["Ref", "Action (as agreed at ICPC)", "Who", "ICPC date", "New date (RCPC 23/09/2025)",
                       "How we will know"],
            "widths": [1.2, 7.5, 4.2, 3.3, 3.6, 5.9],
            "rows": [
                ["1", "Visit Tia and Alfie at home and see Tia on her own each time", "Sophie Marsh, SW",
                 "Weekly", "Weekly, no change",
                 "Visit records show both children seen every week and Tia seen alone"],
                ["2", "Finish the 'my worries' direct work sessions with Tia about what she saw and heard at "
                      "home",
                 "Sophie Marsh, SW", "4 sessions by 31/07/2025", "Last 2 sessions by 31/10/2025",
                 "Tia's worksheets on her file; her words brought to the core group"],
                ["3", "Complete Alfie's 2½-year developmental review, including his speech and hearing",
                 "Nina Fox, health visitor (HV)", "By 31/08/2025", "By 17/10/2025",
                 "ASQ-3 scores and any hearing referral sent to the SW"],
                ["4", "Assess Dean's drinking, agree a treatment plan with him and see him for key-work, with a "
                      "breath test at each session",
                 "Gary Hinds, Lurstow Alcohol Service", "Assessment by 30/06/2025",
                 "Weekly key-work from 29/09/2025",
                 "Breath test results and attendance emailed to the SW every Friday"],
                ["5", "Anxiety and low mood sessions for Kerry at Lurstow Talking Therapies",
                 "Lurstow Talking Therapies", "Weekly from July", "Weekly, 8 more sessions to 24/11/2025",
                 "Engagement with sessions"],
                ["6", "Supervise Dean's contact with Tia and Alfie at her home from 10am to 12 noon, and end "
                      "the contact if he has been drinking",
                 "Linda Baxter, maternal grandmother (MGM)", "Every Saturday", "Every Saturday, no change",
                 "Linda's contact record, signed each week and seen by the SW at every other visit"],
                ["7", "Check Tia's attendance, presentation and mood each morning and phone the SW the same day "
                      "about any concern",
                 "Mrs Gail Hall, DSL, Lurstow Green Primary", "Every school day", "Every school day, no change",
                 "Attendance emailed to the SW every Friday; calls logged on CPOMS"],
                ["8", "Refer Tia to Lurstow Children's Therapy Service for play therapy", "Sophie Marsh, SW",
                 "By 31/07/2025", "TBC", "Referral acceptance letter on Tia's file"],
                ["9", "Make sure handovers at contact are safe and that Kerry and Dean do not meet",
                 "Core group", "Every Saturday", "Every Saturday, no change",
                 "Linda's contact record notes who dropped off and collected the children"],
                ["10", "Complete a parenting assessment of Dean, including his care of the children at contact",
                 "Sophie Marsh, SW", "By 31/08/2025", "By 31/10/2025", ""],
                ["11", "Safety planning work with Kerry about what to do if Dean comes to the house", "-",
                 "By 31/07/2025", "By 24/10/2025", "Written safety plan, signed by Kerry, copied to the SW"],
                ["12", "Help Kerry apply for a council transfer to a flat with a secure entrance door",
                 "Jenna Cole, family support worker", "By 31/08/2025", "Ongoing",
                 "Housing application reference number on file"],
                ["13", "Repeat the DASH risk assessment with Kerry and refer to MARAC if the score is 14 or more",
                 "PC Amir Aziz, Lurstow Police Domestic Abuse Unit", "By 30/06/2025", "By 10/10/2025",
                 "DASH score and any MARAC referral sent to the SW"],
                ["14", "Review Kerry's sertraline and send the SW a summary of her mental health history",
                 "Dr Helen Byrne, GP, Lurstow Health Centre", "By 31/07/2025", "By 17/10/2025",
                 "GP letter on Tia's and Alfie's files"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If Dean comes to the house, or Kerry lets him see Tia and Alfie outside the Saturday contact, or "
              "the police are called to either address, Sophie will hold a strategy discussion with Lurstow "
              "Police the same day, and Kerry and the children will stay with Linda at 12 Ash Grove until it has "
              "taken place."),
        ("p", "If Dean has two positive breath tests in a row, or the children see or hear another incident, "
              "Sophie will ask Daniel Ross (team manager) for a legal planning meeting within 5 working days."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks, Thursdays at 1.30pm at Lurstow Family Centre: 16/10/2025, "
            "13/11/2025, 11/12/2025 and 15/01/2026.",
            "Second review child protection conference: 17/02/2026, 10am, Lurstow Council Offices.",
        ]),
    ],
    "findings": [
        F("H001", "Anxiety and low mood sessions for Kerry at Lurstow Talking Therapies"),
        F("M002", "Anxiety and low mood sessions for Kerry at Lurstow Talking Therapies"),
        F("T002", "Refer Tia to Lurstow Children's Therapy Service for play therapy"),
        F("W002", "Make sure handovers at contact are safe"),
        F("M001", "Complete a parenting assessment of Dean, including his care"),
        F("W001", "Safety planning work with Kerry about what to do"),
        F("T002", "Help Kerry apply for a council transfer"),
        F("F002", "Dean will cut down his drinking and stay calm."),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 5. "Progress against the plan": the social worker's report to the IRO for
#    the first review conference, restating each ICPC action with its fields
#    and a progress line. Father with depression, sole carer. Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b105_lethwold_progress_report_to_iro_restated_actions_quinlan.txt",
    "split": "tune",
    "actions": 11,
    "template": "sw-progress-against-the-plan-report-to-iro-plain-text-field-header-numbered-upper-case-sections-purpose-summary-childrens-views-outcomes-then-action-blocks-what-who-when-measure-progress-fields-contingency-meetings-recommendation",
    "description": (
        "The social worker's 'progress against the plan' report to the IRO for the first review "
        "conference on a 13-year-old and a 10-year-old whose father, their sole carer, has "
        "depression and took an overdose in June. Plain text; each ICPC action is restated with "
        "What / Who / When / Measure fields and a Progress line. Faults: home conditions checked by "
        "no one ('-'), the CMHT only supports the father, the CAMHS referral is 'ASAP', 'Family "
        "network' owns the weekend breaks, the counselling is measured by Ellie's 'engagement', the "
        "parenting assessment has no output; the contingency's trigger is 'deteriorates' and its "
        "response is to discuss and consider, with no fallback for the aunt's and network's help "
        "and no legal step anywhere."
    ),
    "text": """\
LETHWOLD COUNCIL - CHILDREN AND FAMILIES SERVICE
PROGRESS AGAINST THE CHILD PROTECTION PLAN
Report of the social worker to the Independent Reviewing Officer

For .............. First review child protection conference, 21/10/2025, 10am
Children ......... Ellie QUINLAN (13), DOB 02/12/2011
                   Finn QUINLAN (10), DOB 25/03/2015
Address .......... 7 Slate Row, Lethwold LW2 4EN
Father ........... Martin Quinlan (46), sole carer
Mother ........... Aoife Quinlan, lives in Cork; phones the children on Sundays
Paternal aunt .... Bernadette (Bernie) Quinlan, 40 Chapel Hill, Lethwold
Category ......... Neglect
Plan made at ..... Initial child protection conference, 29/07/2025
IRO .............. Graham Pell
Social worker .... Rachel Oduya, Lethwold North Safeguarding Team
Date of report ... 14/10/2025

1. PURPOSE OF THIS REPORT

This report restates each action of the plan made at the initial conference,
with the owner, timescale and measure exactly as they were agreed, and then
says what has happened since. It is written for the IRO and will be shared
with Martin, Ellie and Finn before the conference.

2. SUMMARY

Martin has had depression for many years. On 14/06/2025 he took an overdose of
his tablets while Ellie and Finn were at school; Ellie found him when she came
home and called the ambulance. He spent four days in Lethwold General and has
since been under the Lethwold Community Mental Health Team. Before the
conference the house was cold, there was little food, and Ellie was doing the
shopping, the washing and Finn's breakfasts. Since July Martin has been getting
up in the mornings, the fridge has had food at most visits, and both children's
attendance has improved (Ellie 89% to 94%, Finn 86% to 95%). Martin is still
very low at weekends, and Ellie still takes on a lot at home.

3. WHAT ELLIE AND FINN SAY

Ellie (seen on her own at school, 07/10/2025): "Dad's trying. He gets up now.
I still do the washing because otherwise it doesn't get done. I don't want
anyone to take us away, I just want someone to check on Dad at weekends." She
scored how safe she feels at home as 6 out of 10 (4 in July).

Finn (seen on his own at home, 09/10/2025): "I like it when Auntie Bernie
comes on Wednesday because we have proper tea. I can't get to sleep because I
think about Dad." He drew a picture of his dad on the sofa with a cloud over
his head, and of himself on his bike.

4. OUTCOMES (AS SET AT THE INITIAL CONFERENCE)

- Ellie and Finn are cared for by an adult who is well enough to feed them, keep
  the house warm and get them to school, every day including weekends.
- Ellie no longer does the washing, shopping or Finn's care, and has time for
  herself and her friends.
- Finn sleeps better and can talk to someone about his worries for his dad.
- Ellie and Finn know who to ring if they are worried about their dad's safety.

5. ACTIONS AND PROGRESS

ACTION 1
  What ....... Rachel Oduya (SW) will visit Ellie and Finn at home and see each
               of them on their own.
  Who ........ Rachel Oduya, social worker
  When ....... Weekly
  Measure .... Visit records show both children seen alone each week, with
               their words written down
  Progress ... 11 of 12 weekly visits done (one missed when the SW was ill and a
               duty worker visited instead). Both children seen alone each time.

ACTION 2
  What ....... Home conditions to be checked at every visit, including food in
               the cupboards and clean bedding on both beds.
  Who ........ -
  When ....... At every visit
  Measure .... Visit record notes what food was in the house and whether the
               beds had clean bedding
  Progress ... Food seen at 9 of 12 visits; Finn's bedding was not clean on two
               visits in August.

ACTION 3
  What ....... Lethwold CMHT to support Martin with fortnightly visits from his
               care co-ordinator.
  Who ........ Simon Fairley, community psychiatric nurse, Lethwold CMHT
  When ....... Fortnightly
  Measure .... Dates of each visit sent to the SW every month
  Progress ... Martin seen 5 times. Simon says his mood is low but steady. The
               CMHT has not been asked for a view on Martin's care of the
               children.

ACTION 4
  What ....... Martin will see his GP to review his antidepressant, and the GP
               will send the SW a letter about his treatment and the children.
  Who ........ Dr Lena Haig, GP, Westgate Surgery, with Martin
  When ....... By 15/08/2025
  Measure .... GP letter to the SW with Martin's medication plan
  Progress ... Martin saw Dr Haig on 11/08/2025 and his medication was changed.
               The letter to the SW has not arrived yet.

ACTION 5
  What ....... Finn to be referred to CAMHS for his anxiety and sleep problems.
  Who ........ Dr Lena Haig, GP
  When ....... ASAP
  Measure .... CAMHS acceptance letter on Finn's file
  Progress ... Not sent yet: the surgery says the form is with the practice
               nurse. Finn is still not sleeping before midnight.

ACTION 6
  What ....... Family network to give Martin a break every other weekend, with
               Ellie and Finn staying over.
  Who ........ Family network
  When ....... Every other weekend
  Measure .... Each stay written on the calendar in the kitchen, seen by the SW
  Progress ... The children stayed away on 4 of the 6 weekends. Two weekends
               fell through when no one was free.

ACTION 7
  What ....... Ellie to be offered weekly sessions with the school counsellor
               at Lethwold High School.
  Who ........ Mrs Joy Amadi, school counsellor, Lethwold High School
  When ....... Weekly, from 08/09/2025
  Measure .... Ellie's engagement with the sessions
  Progress ... Ellie has been to 5 sessions. Mrs Amadi says she is "engaging
               well".

ACTION 8
  What ....... Rachel Oduya (SW) to complete an assessment of Martin's parenting
               capacity.
  Who ........ Rachel Oduya, social worker
  When ....... By 30/09/2025
  Measure .... -
  Progress ... Started in August; three sessions with Martin so far.

ACTION 9
  What ....... Finn's school will check his attendance, lunch and presentation
               every day and phone the SW the same day about any concern.
  Who ........ Mr Carl Benson, DSL, St Mary's Primary, Lethwold
  When ....... Every school day
  Measure .... Attendance emailed to the SW every Friday; calls logged on CPOMS
  Progress ... Attendance 95% this term; two calls, both followed up that day.

ACTION 10
  What ....... Martin will keep a daily routine for the children: up for school
               at 7.30am, tea at 6pm and bed by 9.30pm.
  Who ........ Martin Quinlan (Dad)
  When ....... Every day, from 29/07/2025
  Measure .... Routine chart on the fridge ticked by Martin and the children,
               seen by the SW each week; school registers show both on time
  Progress ... Chart kept most weeks; weekends are the gaps.

ACTION 11
  What ....... Bernie Quinlan will collect Finn from school and give both
               children their tea at her house.
  Who ........ Bernie Quinlan, paternal aunt
  When ....... Every Wednesday
  Measure .... St Mary's collection book signed by Bernie each Wednesday
  Progress ... Done every Wednesday since the conference.

6. CONTINGENCY (AS AGREED AT THE INITIAL CONFERENCE)

If Martin's mental health deteriorates, the SW will discuss the situation with
the CMHT and Bernie and consider next steps.

7. CORE GROUP AND REVIEW

Core groups held .... 12/08/2025, 09/09/2025 and 07/10/2025 (every four weeks)
Next core groups .... every four weeks from 04/11/2025, Tuesdays at 3.30pm,
                      Lethwold North Family Centre
Review conference ... today, 21/10/2025. The conference team has booked
                      14/04/2026 for the second review conference.

8. SOCIAL WORKER'S RECOMMENDATION

Ellie and Finn remain at risk of neglect, mainly at weekends, when Martin is at
his lowest and the children have least help. I recommend that they stay on a
child protection plan, and that the plan continue with the actions above.

Rachel Oduya, Social Worker, 14/10/2025
""",
    "findings": [
        F("W001", "Home conditions to be checked at every visit"),
        F("H001", "Lethwold CMHT to support Martin with fortnightly visits"),
        F("T002", "Finn to be referred to CAMHS for his anxiety"),
        F("W002", "Family network to give Martin a break every other weekend"),
        F("M002", "Ellie to be offered weekly sessions with the school counsellor"),
        F("M001", "to complete an assessment of Martin's parenting capacity"),
        F("C002"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 6. First review conference plan, father's PTSD and drinking, outbursts of
#    temper. Landscape table with a last column of the parents' own words
#    about each action. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b105_lammingcross_rcpc_family_words_column_baptiste.pdf",
    "doc_title": "Review Child Protection Plan - Zara and Micah Baptiste",
    "split": "tune",
    "actions": 9,
    "landscape": True,
    "template": "rcpc-landscape-word-plan-printed-to-pdf-page-header-footer-details-list-why-and-what-changed-how-set-out-note-childrens-words-outcomes-then-five-column-table-action-who-when-measure-and-parents-own-words-column-contingency-core-group",
    "description": (
        "Exemplary first review conference plan for an 8-year-old and a 2-year-old whose father, "
        "an army veteran with PTSD, drank and had outbursts of temper. Landscape Word plan printed "
        "to PDF with header and footer. The action table's last column holds what the parents said "
        "about each action in their own words, including vague-sounding phrases ('when she's "
        "ready', 'as and when I need to') that are not timescales; every row has its own real "
        "When. The veterans' mental health service assesses capacity to change, the alcohol team "
        "and GP own actions, the uncle's help has a fallback, legal planning follows named "
        "triggers, core group and review dates are set."
    ),
    "header": "OFFICIAL-SENSITIVE · Lammingcross Metropolitan Council · Children and Families",
    "footer": "Baptiste – Review Child Protection Plan 30/09/2025 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Review Child Protection Plan"),
        ("p", "Lammingcross Metropolitan Council · Children and Families · Safeguarding Team East"),
        ("kv", [
            ("Children", "Zara Baptiste (8), DOB 22/04/2017; Micah Baptiste (2), DOB 11/12/2022"),
            ("Address", "17 Sefton Terrace, Lammingcross LX3 9AW"),
            ("Mother", "Simone Baptiste (36), part-time care assistant"),
            ("Father", "Jerome Baptiste (39), served twelve years in the army, left in 2021"),
            ("Maternal uncle", "Marcus Alleyne, Flat 41 Weaver Court, Lammingcross"),
            ("Category", "Emotional abuse"),
            ("Conference", "First review, 30/09/2025 (initial conference 01/07/2025). Chair: Femi Adeyinka"),
            ("Social worker", "Ruth Adebayo (team manager: Carol Whitfield)"),
        ]),
        ("h1", "Why Zara and Micah have a plan, and what has changed"),
        ("p", "Jerome has post-traumatic stress disorder from his army service. Before the initial conference he "
              "was drinking most nights to get to sleep, had nightmares and sudden outbursts of temper, and on "
              "14/06/2025 he put his fist through the kitchen door while Zara and Micah were at the table. A "
              "neighbour called the police. Since July Jerome has been assessed by the Lammingcross Veterans' "
              "Mental Health Service and has started treatment. He says he has not had a drink since "
              "03/08/2025, and every breath test has been negative. There has been no further police call-out. "
              "Zara is still anxious and checks on her dad before she goes to bed."),
        ("h1", "How this plan is set out"),
        ("p", "At the review Simone and Jerome asked for their own words to go into the plan beside each "
              "action. The last column is what they said about each action at the conference, written down as "
              "they said it. It is not part of the action: who does it, when, and how we will know are in the "
              "other columns."),
        ("h1", "What Zara and Micah have told us"),
        ("p", "Zara (seen on her own at school, 23/09/2025): “Dad goes to the garage when he's cross now, and "
              "he doesn't smell of beer. I still listen at night in case he shouts.” She gave home 7 out of 10 "
              "(4 at the initial conference). She wants “Dad to come to my swimming” and “no more police at "
              "our house”."),
        ("p", "Micah is 2. On four visits he was chatty and busy, brought his books to Jerome to read and "
              "laughed when Jerome did the animal noises. When a car door slammed outside during the visit on "
              "16/09/2025 he ran to Simone and hid his face in her jumper."),
        ("h1", "What we want for Zara and Micah"),
        ("bullets", [
            "Zara and Micah live in a calm home where no one shouts at them, frightens them or breaks things.",
            "Zara feels safe enough to go to sleep without listening out for her dad, and can say what worries "
            "her.",
            "Micah's speech and development are on track, and he is cared for every day by calm, sober "
            "parents.",
        ]),
        ("h1", "The plan"),
        ("table", {
            "header": ["What will happen", "Who", "When", "How we will know",
                       "What Simone and Jerome said about this"],
            "widths": [6.0, 3.8, 3.8, 5.3, 6.8],
            "rows": [
                ["Visit Zara and Micah at home, alternating a weekday evening and a Saturday morning, and see "
                 "Zara on her own each time",
                 "Ruth Adebayo, social worker (SW)", "Every week until the next review",
                 "Visit notes on Mosaic show both children seen each week, Zara seen alone and her words written "
                 "down",
                 "Simone: “We'd rather know when you're coming, but we get why some visits are a surprise.”"],
                ["Give Jerome trauma-focused therapy for his PTSD, and assess and report on whether he is making "
                 "the changes Zara and Micah need and how long further change is likely to take",
                 "Dr Hamish Reid, clinical psychologist, Lammingcross Veterans' Mental Health Service",
                 "Weekly sessions from 06/10/2025; written report two days before each core group",
                 "Written report to the SW before each core group, with Dr Reid's view of Jerome's capacity to "
                 "change and the likely timescale",
                 "Jerome: “I've put this off for years. I'll go, but I want the kids to know none of this is "
                 "their fault.”"],
                ["Key-work with Jerome on his drinking, with a breath test at every session",
                 "Bev Naylor, recovery worker, Lammingcross Alcohol Team", "Every Wednesday",
                 "Breath test result emailed to the SW every Wednesday afternoon",
                 "Jerome: “Fine by me. I haven't had a drink since August and I want that written down.”"],
                ["Use his calming plan whenever he feels his temper rising (leave the room, go to the garage, "
                 "ring the veterans' helpline) and never shout or throw things in front of Zara and Micah",
                 "Jerome Baptiste (Dad)", "Every day, from 30/09/2025",
                 "Simone and Zara tell the SW at each visit when the plan was used; no police call-outs to the "
                 "house",
                 "Jerome: “When it builds I go to the garage. Zara knows that means Dad's calming down, not that "
                 "he's angry with her.”"],
                ["Run ELSA sessions with Zara about her worries and her sleep, with a feelings scale at each "
                 "session",
                 "Mrs Anita Cole, ELSA, Lammingcross Park Primary", "Every Tuesday for 12 weeks from 07/10/2025",
                 "Session notes with Zara's feelings scores sent to the SW at each half-term",
                 "Simone: “Zara loves Mrs Cole. She'll talk when she's ready, she's shy at first.”"],
                ["Visit Micah at home, weigh him and do his ASQ-3 check, including his speech",
                 "Fiona Gault, health visitor (HV)", "Every four weeks; ASQ-3 by 31/10/2025",
                 "Weight and ASQ-3 scores sent to the SW after each visit; any speech therapy referral copied "
                 "to the SW",
                 "Simone: “He's saying more every week. We'll keep the red book handy.”"],
                ["Take Zara and Micah to her brother Marcus's flat if Jerome drinks, shouts or breaks "
                 "anything, and text the SW the same evening",
                 "Simone Baptiste (Mum)", "The same evening, every time it happens",
                 "Simone's text to the SW (or the Emergency Duty Team) logged that evening; Marcus confirms by "
                 "text the next morning",
                 "Simone: “I'll do it as and when I need to. I hope I won't have to.”"],
                ["Have Simone, Zara and Micah to stay whenever Simone rings, and take Zara swimming and for "
                 "lunch on Saturday mornings",
                 "Marcus Alleyne, maternal uncle",
                 "The same evening whenever Simone rings; every Saturday, 9am to 1pm",
                 "Marcus texts the SW by 9am the day after any stay; Zara's swimming card shows her there every "
                 "Saturday",
                 "Simone, for Marcus (who was at work): “Marcus says his door is always open, day or night.”"],
                ["Review Jerome's sleeping tablets and sertraline with him, and send the SW and Dr Reid a "
                 "summary of his health history",
                 "Dr Amrit Sandhu, GP, Weaver Lane Surgery", "By 31/10/2025",
                 "GP letter on Zara's and Micah's files by 31/10/2025",
                 "Jerome: “Dr Sandhu's good. I'll book it this week.”"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Jerome drinks, shouts at or frightens Zara or Micah, or damages anything in the house, Simone "
              "will take the children to Marcus's flat that evening, and Ruth, or the Emergency Duty Team out "
              "of hours, will hold a strategy discussion with Lammingcross Police the same day. Jerome will not "
              "come back to the house until the strategy discussion has agreed it is safe."),
        ("p", "If Marcus cannot have them, Ruth or the Emergency Duty Team will place Simone and the children at "
              "Lammingcross Family Refuge, or Zara and Micah with foster carers, that night. If Marcus cannot do "
              "a Saturday, Simone will take Zara swimming herself and Jerome will not be left alone with the "
              "children that morning."),
        ("p", "If police are called to the house again, or Jerome has two positive breath tests before the next "
              "core group, or Dr Reid's report says he cannot make the changes in the children's timescale, "
              "Ruth will ask Carol Whitfield (team manager) for a legal planning meeting within 5 working days."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks, Wednesdays at 3.30pm at Lammingcross Park Family Centre: 22/10/2025, "
            "19/11/2025, 17/12/2025, 21/01/2026 and 18/02/2026.",
            "Second review child protection conference: 17/03/2026, 10am, Lammingcross Civic Hall.",
            "Simone and Jerome can add their words to the plan at every core group.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. First review conference after a pre-birth plan: mother's postnatal
#    depression, a 14-year-old who self-harms, a 9-year-old and a new baby.
#    Long Word table grouped by agency: agency and lead named once in cells
#    merged down over that agency's actions; timescales counted from today's
#    conference. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b105_lorbrook_rcpc_agency_blocks_lead_once_relative_timescales_kowalski.docx",
    "doc_title": "Review Child Protection Plan - Oliwia, Kacper and Zofia Kowalski",
    "split": "tune",
    "actions": 18,
    "landscape": True,
    "check_vmerge": 11,
    "template": "rcpc-landscape-word-plan-details-list-since-pre-birth-icpc-how-set-out-note-childrens-words-outcomes-then-agency-and-lead-merged-down-per-agency-block-action-when-relative-to-todays-conference-measure-table-contingency-core-group",
    "description": (
        "Exemplary first review conference plan, after a pre-birth plan, for a 14-year-old who "
        "self-harms, a 9-year-old and a 7-week-old baby whose mother has postnatal depression and "
        "whose father works away in the week. Long landscape Word table grouped by agency: the "
        "agency and its lead are named once, in cells merged down over that agency's actions "
        "(the parents' block has one lead per row), and most timescales count from today's "
        "conference ('within six weeks of today's conference', 'by the next review'), with the "
        "dates they mean given above the table. Both perinatal rows assess change, the GP owns an "
        "action, the grandmother's nights and school runs have fallbacks, legal planning follows "
        "named triggers, core group and review dates are set."
    ),
    "blocks": [
        ("title", "Review Child Protection Plan"),
        ("p", "Lorbrook County Council · Children's Social Care · Mid Lorbrook Safeguarding Team"),
        ("kv", [
            ("Children", "Oliwia Kowalska (14), DOB 03/03/2011; Kacper Kowalski (9), DOB 17/10/2016; "
                         "Zofia Kowalska, born 01/09/2025 (7 weeks)"),
            ("Address", "5 Brindle Street, Lorbrook LR7 2HN"),
            ("Mother", "Agnieszka Kowalska (33)"),
            ("Father", "Tomasz Kowalski (37), HGV driver, away Monday to Thursday nights"),
            ("Paternal grandmother", "Halina Kowalska, living with the family since 25/08/2025; speaks Polish"),
            ("Category", "Neglect (all three children)"),
            ("Conference", "First review, 21/10/2025 (pre-birth initial conference 22/07/2025). "
                           "Chair: Sunita Bains"),
            ("Social worker", "Hannah Price (team manager: Gareth Lloyd)"),
        ]),
        ("h1", "What has happened since the pre-birth conference"),
        ("p", "The pre-birth conference was held because Agnieszka had severe depression after Kacper was born "
              "in 2016, when Oliwia, then 5, and Kacper were found alone at home for most of a day, and because "
              "in this pregnancy she stopped eating and missed four midwife appointments. Zofia was born at "
              "Lorbrook General on 01/09/2025. Agnieszka was diagnosed with postnatal depression on 24/09/2025 "
              "and is being treated by the perinatal team. Zofia's weight fell from the 25th to the 9th centile "
              "in her first four weeks and has held steady since Halina moved in. In September Oliwia told her "
              "form tutor that she had been cutting her arms. Kacper's school has noticed that he is often late "
              "and without a packed lunch on Mondays."),
        ("h1", "How the plan is set out"),
        ("p", "The actions are grouped by agency. Each agency's lead is named once, beside all of that agency's "
              "actions, and is responsible for every one of them; for the parents, each action has its own "
              "lead. Timescales count from today's conference, 21/10/2025: within two weeks means by "
              "04/11/2025, within four weeks by 18/11/2025, within six weeks by 02/12/2025, within twelve weeks "
              "by 13/01/2026, and by the next review means by the second review conference on 10/03/2026."),
        ("h1", "What Oliwia, Kacper and Zofia have told us"),
        ("p", "Oliwia (seen on her own at school, 14/10/2025): “I do Zofia's bottles when Mum is in bed, and I "
              "make Kacper's lunch when I remember. I cut because it stops my head being so loud. I don't want "
              "Mum to get in trouble.” She wants “Babcia to stay” and to go back to drama club on Wednesdays."),
        ("p", "Kacper (seen on his own at home, 16/10/2025): “Mum is sad and sleeps a lot. Babcia makes "
              "pierogi. I like it when Dad is home.” He said he is hungry at school “sometimes on Mondays”."),
        ("p", "Zofia is 7 weeks old. On three visits she was clean and warm. She feeds well from a bottle held "
              "by Halina or Oliwia and settles on Halina's shoulder. When Agnieszka held her on 16/10/2025 she "
              "looked away from Zofia, and Zofia cried until Halina took her."),
        ("h1", "What needs to be different"),
        ("bullets", [
            "Zofia is fed on time day and night, stays on or above the 9th centile, and has an adult who "
            "responds when she cries.",
            "Oliwia is safe from self-harm, gets help for how she feels, and no longer does Zofia's or "
            "Kacper's care.",
            "Kacper gets to school on time every day, fed and with a packed lunch.",
            "All three children are cared for by a mum who is well enough to care for them, or by another safe "
            "adult when she is not.",
        ]),
        ("h1", "The plan"),
        ("table", {
            "header": ["Agency", "Lead (named once)", "What will happen", "When (from today, 21/10/2025)",
                       "How we will know"],
            "widths": [3.0, 3.8, 7.7, 5.0, 6.2],
            "bold_first_col": True,
            "rows": [
                ["Lorbrook Children's Social Care", "Hannah Price, social worker (SW)",
                 "Visit the family at home, seeing Oliwia and Kacper on their own and Zofia awake and being fed",
                 "Every week until the next review; at least one visit in four unannounced",
                 "Visit notes on LCS record each child seen, Oliwia and Kacper seen alone, and who fed Zofia"],
                [V, V,
                 "Six sessions of direct work with Oliwia on how she is feeling, her caring jobs at home and who "
                 "she can go to",
                 "Within twelve weeks of today's conference",
                 "Oliwia's session sheets on her file; with her agreement, her own words read out at the core "
                 "group"],
                [V, V,
                 "Update the parenting assessment, focused on how Zofia's care is shared between Agnieszka, "
                 "Tomasz and Halina, and what happens when Tomasz is away",
                 "Within six weeks of today's conference",
                 "Assessment report shared with both parents and sent to the core group"],
                [V, V,
                 "Refer the family to the Lorbrook Family Group Conference service and make sure the meeting "
                 "takes place",
                 "Referral within two weeks of today's conference; meeting held before the next review",
                 "The family plan from the meeting on file and brought to the next review"],
                ["Lorbrook Community Health (health visiting)", "Ewa Lis, health visitor (HV), Polish speaker",
                 "Weigh Zofia at home and plot her weight on her centile chart",
                 "Every week for six weeks from today's conference, then every two weeks until the next review",
                 "Weights in the red book and emailed to the SW after each visit; Zofia on or above the 9th "
                 "centile"],
                [V, V,
                 "Complete the Edinburgh Postnatal Depression Scale with Agnieszka and share her score",
                 "At every visit",
                 "EPDS score on each visit record, sent to the perinatal team and the SW within one working "
                 "day"],
                [V, V,
                 "Check where Zofia sleeps and go through safe sleep again with whoever is caring for her that "
                 "day",
                 "At every visit",
                 "Visit record notes Zofia asleep on her back in a clear Moses basket"],
                ["Lorbrook Perinatal Mental Health Team",
                 "Dr Samira Haddad, consultant perinatal psychiatrist, with Leah Grant, nursery nurse",
                 "Review Agnieszka's treatment and assess whether she can make and keep the changes Zofia, "
                 "Kacper and Oliwia need, and how long that is likely to take",
                 "Every two weeks; first written assessment within six weeks of today's conference",
                 "Written assessment of Agnieszka's capacity to change, with the likely timescale, sent to the "
                 "SW and the core group"],
                [V, V,
                 "Six video interaction guidance sessions with Agnieszka and Zofia, scored at the first and last "
                 "session to show whether Agnieszka's responses to Zofia are changing",
                 "Weekly from 03/11/2025",
                 "Both scores, with Leah's summary of the change, sent to the SW after the sixth session"],
                ["Brindle Street Surgery", "Dr Neil Ashby, GP",
                 "Review Agnieszka's antidepressant with the perinatal team and send the SW a summary of her "
                 "mental health history since 2016",
                 "Within two weeks of today's conference",
                 "GP letter on all three children's files"],
                ["Lorbrook CAMHS", "Maya Whitlock, CAMHS practitioner",
                 "Assess Oliwia's self-harm and agree a written safety plan with her",
                 "First appointment within four weeks of today's conference",
                 "Safety plan agreed with Oliwia and copied, with her consent, to the SW and to Lorbrook "
                 "Academy's DSL"],
                ["Lorbrook Academy (Oliwia)", "Ms Rachel Doyle, DSL",
                 "Give Oliwia a weekly check-in with her key adult and a pass to the wellbeing room, and tell "
                 "the SW the same day about any new injury or self-harm",
                 "Every Monday; the same day for any injury",
                 "Key adult's log sent to the SW each half-term; same-day calls logged on CPOMS"],
                [V, V,
                 "Check Oliwia's attendance each day and phone the SW the same day if she is absent without a "
                 "reason",
                 "Every school day",
                 "Attendance printout emailed to the SW every Friday"],
                ["St Wenna's Primary (Kacper)", "Mr Ian Probert, DSL",
                 "Check Kacper's attendance, lateness and lunch each morning, give him breakfast club and a "
                 "school lunch if he has none, and phone the SW the same day",
                 "Every school day",
                 "Register and breakfast club list emailed to the SW every Friday; calls logged on CPOMS"],
                ["Family", "Halina Kowalska, paternal grandmother",
                 "Stay at 5 Brindle Street while Tomasz is away and do Zofia's night feeds, writing each one on "
                 "the feed chart",
                 "Every Monday to Thursday night until the next review",
                 "Feed chart initialled by Halina for every night feed, seen by the HV and the SW at each "
                 "visit"],
                [V, V,
                 "Take Kacper to school with a packed lunch and collect him at 3.15pm",
                 "Every school day",
                 "St Wenna's register shows Kacper in by 8.50am; collection book signed by Halina"],
                ["Parents", "Agnieszka Kowalska (Mum)",
                 "Take her medication, go to every perinatal appointment, and tell Halina, the HV or the SW the "
                 "same day if she feels unable to care for Zofia",
                 "Every day; appointments every two weeks",
                 "Perinatal team's attendance record in its written assessment; any same-day call logged by the "
                 "SW"],
                [V, "Tomasz Kowalski (Dad)",
                 "Do Zofia's night feeds on Friday, Saturday and Sunday nights and write them on the feed chart, "
                 "and phone home every evening while he is away",
                 "Every weekend; every weekday evening",
                 "Feed chart entries in Tomasz's hand, checked by the HV at each visit"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If Agnieszka tells anyone she has thoughts of harming herself or Zofia, or Zofia loses weight at "
              "two weighs in a row, or a night feed is missed because no adult was awake, Hannah (or the "
              "Emergency Duty Team) will hold a strategy discussion the same day. Zofia will be cared for by "
              "Halina, Tomasz will come home that day, and Dr Haddad's team will see Agnieszka the same day."),
        ("p", "If Halina cannot stay (she is ill or has to go back to Poland) and Tomasz cannot be at home, "
              "Hannah will arrange that day for Zofia to go to Lorbrook foster carers, with Oliwia and Kacper "
              "placed with her if possible, and will ask the perinatal team about a mother and baby unit bed. "
              "If Halina cannot do the school run, Kacper will go to St Wenna's breakfast club and after-school "
              "club, paid for by Children's Social Care."),
        ("p", "If Oliwia self-harms and needs medical treatment, or tells anyone she is planning to end her "
              "life, the adult with her will take her to Lorbrook General A&E or ring 999, and the CAMHS crisis "
              "team will see her the same day."),
        ("p", "If by the core group on 13/01/2026 Zofia's weight has fallen below the 9th centile, or Dr "
              "Haddad's assessment says Agnieszka cannot make the changes within Zofia's timescale, Hannah will "
              "ask Gareth Lloyd (team manager) for a legal planning meeting within five working days."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 4pm at 5 Brindle Street, with a Polish interpreter: "
            "18/11/2025, 16/12/2025, 13/01/2026 and 10/02/2026.",
            "Second review child protection conference: 10/03/2026, 10am, Lorbrook Council House.",
            "Oliwia can come to the first part of every core group, or send her views with Hannah.",
        ]),
    ],
    "findings": [],
})
