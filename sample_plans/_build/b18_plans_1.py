"""Batch 18, module 1: seven fictional plans (tuning material), places starting with "h".

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.

Focus: core group minutes with an action log, review tables of an existing
plan (Action agreed at conference | Progress since last meeting | RAG | What
happens next, owners and dates written inside the progress text, "ongoing",
"completed", carried-forward actions) and one looked-after child's care plan.
"""
from build_batch5 import F, H, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Review conference: the ICPC plan reviewed line by line in a four-column
#    table (Action agreed at conference | Progress since last meeting | RAG |
#    What happens next), with a banner row for new actions (docx). Faulty.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b18_hollowmere_rcpc_agreed_progress_rag_next_okafor.docx",
    "doc_title": "Review Child Protection Conference - Plan Review - Precious and Daniel Okafor",
    "split": "tune",
    "template": "rcpc-review-agreed-progress-rag-what-next",
    "description": (
        "Review conference record for two children (domestic abuse, mother's depression) reviewing the ICPC "
        "plan in an 'Action agreed at conference | Progress since last meeting | RAG | What happens next' table, "
        "owners and dates inside the progress text, completed and carried-forward rows. A CMHT support-only "
        "row left 'Ongoing', a 'Family' row 'to be monitored', an unowned referral 'to be chased asap', an "
        "adult-only outcome, and a contingency that sends the children to the grandmother with no fallback."
    ),
    "blocks": [
        ("title", "Review Child Protection Conference"),
        ("p", "Hollowmere Borough Council · Children's Social Care · Safeguarding and Reviewing Unit"),
        ("kv", [
            ("Children", "Precious Okafor (6, DOB 19/08/2018) and Daniel Okafor (2, DOB 02/03/2023)"),
            ("Address", "14 Larkspur Walk, Hollowmere"),
            ("Mother", "Chiamaka Okafor"),
            ("Daniel's father", "Lee Barnett – not living at the address since 09/01/2025"),
            ("Initial conference", "14/01/2025 – category: emotional abuse (domestic abuse)"),
            ("This review", "15/04/2025, Hollowmere Civic Offices"),
            ("Chair (IRO)", "Margaret Ellis"),
            ("Social worker", "Kerry Adjei, Hollowmere Family Safeguarding Team"),
        ]),
        ("h1", "Who attended"),
        ("p", "Chiamaka Okafor (mother); Ngozi Okafor (maternal grandmother); Kerry Adjei (SW); Sue Marsh (HV); "
              "Jan Oduya (learning mentor, Larkspur Primary); Ade Bello (care coordinator, Hollowmere CMHT); "
              "PC Dean Hale (Hollowmere Police Safeguarding Unit); Mina Shah (IDVA, Safe at Home). Lee Barnett "
              "was invited to the second half of the meeting and did not attend; his report from the "
              "perpetrator programme was read out."),
        ("h1", "Decision"),
        ("p", "The conference agreed that Precious and Daniel should remain subject to child protection plans "
              "under the category of emotional abuse. Things are calmer at home, but there is a report of Lee "
              "staying overnight in March and the parenting assessment is not finished. The plan was reviewed "
              "line by line below; actions not finished are carried forward."),
        ("h1", "How Precious and Daniel are"),
        ("p", "Precious spoke to Kerry on her own in her bedroom on 08/04 and to Mrs Oduya at school. She said "
              "home is \"calmer now\" and that she likes Nana Ngozi taking her to school \"because we sing in "
              "the car\". She still gets \"a scared tummy\" when she hears a car door at night \"because it "
              "might be Lee\". Her three wishes were a puppy, for Mummy to \"not be sad in bed\", and for "
              "Daniel to stop biting her."),
        ("p", "Daniel was seen at every visit. He is walking and babbling, goes to his mum for comfort, and was "
              "settled and playful in his high chair on 25/03. He startled and cried when a door banged during "
              "the 11/02 visit and took a few minutes to settle with Chiamaka."),
        ("h1", "What needs to be different for Precious and Daniel"),
        ("bullets", [
            "Precious and Daniel live in a home free from shouting, fighting and fear, and Precious no longer "
            "lies awake listening for Lee.",
            "Daniel's speech and development catch up, and he is weighed and seen regularly by his HV.",
            "Precious gets to school on time every day and has an adult at school she trusts to talk to.",
            "Chiamaka's mental health will be stable and she will engage with the CMHT.",
        ]),
        ("h1", "Review of the plan"),
        ("p", "RAG: Green – done or on track. Amber – started but not finished, or not yet making enough "
              "difference. Red – not started or not working."),
        ("table", {
            "header": ["Action agreed at conference (14/01/2025)", "Progress since last meeting",
                       "RAG", "What happens next"],
            "widths": [4.8, 6.2, 1.4, 4.6],
            "rows": [
                ["SW to visit Precious and Daniel at home every two weeks and see Precious on her own",
                 "SW Kerry Adjei visited 28/01, 11/02, 25/02, 11/03, 25/03 and 08/04. Precious seen alone each "
                 "time, usually in her bedroom. Home conditions good on all but one visit (25/02 – no food in "
                 "the fridge; Chiamaka did a shop the same afternoon).",
                 "Green",
                 "Continue every two weeks. Visit records to show both children seen and Precious seen alone."],
                ["HV to weigh Daniel every 4 weeks and complete his 2-year review by 31/03/2025",
                 "Sue Marsh weighed Daniel 05/02, 05/03 and 02/04 – 50th centile, steady. 2-year review done "
                 "12/03: speech a little behind, everything else on track.",
                 "Green",
                 "Weighing every 4 weeks continues. HV Sue Marsh to refer Daniel to Speech and Language "
                 "Therapy by 30/04/2025; weights in the red book and the referral letter copied to the SW."],
                ["Care coordinator (Hollowmere CMHT) to continue support visits to Chiamaka and review her "
                 "medication",
                 "Ade Bello has seen Chiamaka three times since January; she missed one appointment in March. "
                 "Her sertraline was increased on 18/02. Chiamaka says the visits help.",
                 "Amber",
                 "Ongoing."],
                ["Lee to complete the Safer Families domestic abuse perpetrator programme (24 weeks)",
                 "Assessed 04/02. Started the Tuesday group on 03/03 and has attended 5 of 6 sessions "
                 "(facilitator Joe Kimber's report, 07/04).",
                 "Amber",
                 "Carried forward. Lee to attend every Tuesday until the course ends on 12/08/2025; "
                 "facilitator's attendance and progress report to the SW before each core group."],
                ["Ngozi Okafor (maternal grandmother) to take Precious to school and collect her Monday to "
                 "Thursday",
                 "Ngozi has done most of the school runs. Precious was late 4 times in March, all on days Ngozi "
                 "was working an early shift.",
                 "Amber",
                 "Continue Monday to Thursday. School register to show Precious in class by 8.50am."],
                ["Family to make sure Lee is not at the house when the children are home unless Ngozi is "
                 "there",
                 "A neighbour told Kerry on 19/03 that Lee's car was outside overnight. Chiamaka says he only "
                 "came to collect his things and the children were asleep.",
                 "Red",
                 "Ongoing – to be monitored."],
                ["School learning mentor to see Precious weekly to talk about her feelings and worries",
                 "Mrs Jan Oduya has seen Precious every Wednesday since 22/01. Precious made a worry box and "
                 "says it helps her \"put the scared away\".",
                 "Green",
                 "Continue every Wednesday until the end of the summer term; Mrs Oduya to share Precious's own "
                 "words with the SW before each core group."],
                ["Referral to Hollowmere Family Hub for a family support worker to help with routines and "
                 "bedtimes",
                 "Referral sent 22/01. Not allocated yet – the Hub has a waiting list.",
                 "Red",
                 "Carried forward – to be chased asap."],
                ["SW to complete a parenting assessment of Chiamaka, including her understanding of how the "
                 "domestic abuse has affected the children",
                 "Started 10/03; three of six sessions done. Chiamaka has been open and has engaged well.",
                 "Amber",
                 "Carried forward. SW Kerry Adjei to finish by 16/05/2025; written assessment shared with the "
                 "core group on 05/06/2025."],
                ["Police to tell the SW about any call-out to 14 Larkspur Walk within 24 hours",
                 "One call-out on 19/03 (neighbour reported shouting). PC Dean Hale emailed Kerry on 20/03.",
                 "Green",
                 "Continue. Each call-out logged on both children's files the next working day."],
                ["New action agreed at this review", H, H, H],
                ["IDVA (Mina Shah, Safe at Home) to complete a safety plan with Chiamaka, including what to do "
                 "if Lee comes to the door",
                 "New – agreed today.",
                 "–",
                 "Mina Shah – by 02/05/2025. Signed safety plan copied to the SW and the school."],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If Lee is found at the house, or Precious or Daniel see or hear any further incident of violence, "
              "or Chiamaka tells any professional that she cannot cope with the children's care, the SW (or the "
              "Emergency Duty Team out of hours) will visit the same day and hold a strategy discussion with the "
              "police within 24 hours. The children will go to stay with Ngozi Okafor (maternal grandmother) at "
              "3 Cowslip Close until it is safe for them to go home."),
        ("h1", "Core group and next review"),
        ("bullets", [
            "Core group every 4 weeks: 08/05/2025, 05/06/2025 and 03/07/2025, 10am at Larkspur Children's Centre.",
            "Next review child protection conference: 15/07/2025, 2pm, Hollowmere Civic Offices.",
            "If Lee is found to be living at the address, or the parenting assessment shows Chiamaka cannot keep "
            "the children safe from him, the SW will ask the team manager for a legal planning meeting within "
            "5 working days.",
        ]),
        ("p", "Chair: Margaret Ellis, Independent Reviewing Officer. Record sent to all invitees 22/04/2025."),
    ],
    "findings": [
        F("H001", "continue support visits to Chiamaka and review her medication"),
        F("T002", "continue support visits to Chiamaka and review her medication"),
        F("M001", "continue support visits to Chiamaka and review her medication"),
        F("W002", "make sure Lee is not at the house when the children"),
        F("T002", "make sure Lee is not at the house when the children"),
        F("M002", "make sure Lee is not at the house when the children"),
        F("W001", "Referral to Hollowmere Family Hub for a family support worker"),
        F("T002", "Referral to Hollowmere Family Hub for a family support worker"),
        F("M001", "Referral to Hollowmere Family Hub for a family support worker"),
        F("F002", "Chiamaka's mental health will be stable and she will engage with the CMHT"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 2. Core group minutes: attendees, children's views, agency updates, a table
#    of last meeting's actions, then a numbered action log (PDF, header and
#    page footer). Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b18_harbrook_core_group_minutes_brought_forward_pennington.pdf",
    "doc_title": "Core Group Minutes - Maisie and Alfie Pennington",
    "split": "tune",
    "template": "core-group-minutes-last-actions-table-then-numbered-log-paged",
    "description": (
        "Exemplary core group minutes for a 4-year-old and a baby (mother's alcohol misuse, in recovery) with "
        "an OFFICIAL-SENSITIVE header and 'Page N of M' footer: what happened to the last meeting's actions, "
        "then a numbered action log with lead, by when and how we will know. The recovery service reports on "
        "capacity to change, the GP owns an action, the grandmother's nights are covered by a fallback, core "
        "group and review dates, legal planning meeting."
    ),
    "header": "OFFICIAL-SENSITIVE · Harbrook Council Children's Services · Core group minutes",
    "footer": "Pennington core group 3 – 29/04/2025 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Core Group Meeting – Minutes"),
        ("kv", [
            ("Children", "Maisie Pennington (4, DOB 11/12/2020) and Alfie Pennington (7 months, DOB 22/09/2024)"),
            ("Parents", "Jade Pennington (mum) and Ryan Cole (dad), both at 27 Wharf Street, Harbrook"),
            ("Plan", "Child protection plan – neglect, since the initial conference on 20/02/2025"),
            ("Meeting", "Core group 3, Tuesday 29/04/2025, 10:00–11:30, Harbrook Family Centre"),
            ("Chair", "Hannah Osei, social worker"),
            ("Minutes", "Chelsea Grant, business support"),
        ]),
        ("h2", "Present"),
        ("table", {
            "header": ["Name", "Role", "Initials"],
            "widths": [5.0, 9.5, 2.5],
            "rows": [
                ["Hannah Osei", "Social worker, Harbrook Children's Services (chair)", "HO"],
                ["Jade Pennington", "Mum", "JP"],
                ["Ryan Cole", "Dad", "RC"],
                ["Carol Pennington", "Maternal grandmother", "CP"],
                ["Sara Pike", "Health visitor, Harbrook 0–19 Service", "SP"],
                ["Tom Reid", "Keyworker, Harbour Lane Recovery Service", "TR"],
                ["Kerry Nash", "Key person, Little Harbour Nursery", "KN"],
                ["Dionne Hart", "Family support worker, Harbrook Family Centre", "DH"],
            ],
        }),
        ("p", "Apologies: Dr Leah Morgan (GP, Wharfside Surgery) – written update sent and read out."),
        ("h2", "1. What we want for Maisie and Alfie (from the plan)"),
        ("bullets", [
            "Maisie and Alfie are always cared for by a sober adult who is awake and able to respond to them, "
            "day and night.",
            "Alfie keeps gaining weight on or above the 25th centile and sleeps safely on his back in his own cot.",
            "Maisie goes to nursery at least 9 days in every 10, arrives fed and clean, and can say who she would "
            "tell if Mummy was poorly.",
        ]),
        ("h2", "2. How Maisie and Alfie are"),
        ("p", "Hannah saw Maisie on her own in her bedroom on 24/04. She showed Hannah her new bunk bed and said "
              "\"Nanny Carol sleeps over and reads me the owl book\". Asked about Mummy, she said \"Mummy doesn't "
              "have the smelly drink now\" and \"I like it when Daddy does the bath\". She told Kerry at nursery "
              "that she used to be \"sad when Mummy was asleep on the settee\" before Christmas. Maisie says she "
              "would tell Nanny Carol or Kerry if Mummy was poorly."),
        ("p", "Alfie was seen awake at every visit. He is crawling and babbling, reaches for Jade and Ryan for "
              "comfort, and settled to sleep on his back in his own cot during the 24/04 visit. He has moved "
              "from the 9th to the 25th centile since February."),
        ("h2", "3. Updates"),
        ("p", "JP: Jade said she has not had a drink since 3 March and that the Wednesday group is \"hard but it "
              "helps\". She would like the plan to end by the summer."),
        ("p", "TR: Jade has attended 7 of 8 weekly sessions and all 8 breath tests were negative. Tom will write "
              "his review of her progress by the end of May."),
        ("p", "SP: weights as above. Safe sleep advice is being followed; the cot is clear and the room is at "
              "the right temperature."),
        ("p", "KN: Maisie's attendance is 92%. She arrives clean and has had breakfast most days."),
        ("p", "CP: Carol has stayed every Friday and Saturday night except 12/04, when she had a cold; Ryan was "
              "at home that weekend and did the night feeds."),
        ("p", "GP (written): Jade's acamprosate was reviewed on 15/04; a liver function test is booked for 09/05."),
        ("h2", "4. Actions from core group 2 (01/04/2025) – what happened"),
        ("table", {
            "header": ["Action from core group 2", "What happened", "Now"],
            "widths": [6.0, 7.0, 4.0],
            "rows": [
                ["2.1 HO – weekly home visits, one a month unannounced",
                 "Five visits since 01/04, one unannounced (17/04). Both children seen; Maisie seen alone.",
                 "Done – continues as 3.1"],
                ["2.2 SP – weigh Alfie fortnightly",
                 "Weighed 07/04 and 22/04; 25th centile.",
                 "Done – continues as 3.2"],
                ["2.3 HO – parenting assessment sessions 1 to 4 by 25/04/2025",
                 "Two of six sessions done; delayed by the SW's leave.",
                 "Carried forward with a new date as 3.9"],
                ["2.4 HO – referral to the family centre for routines work",
                 "Accepted 22/04; Dionne Hart allocated 24/04.",
                 "Done – sessions are 3.8"],
            ],
        }),
        ("pagebreak",),
        ("h2", "5. Agreed actions"),
        ("table", {
            "header": ["Ref", "Action", "Lead", "By when", "How we will know"],
            "widths": [1.1, 5.4, 3.4, 3.1, 4.0],
            "rows": [
                ["3.1", "Visit Maisie and Alfie at home, at least one visit a month unannounced; see Maisie on "
                        "her own and Alfie awake",
                 "Hannah Osei, SW", "Weekly",
                 "Visit records show both children seen, Maisie's words recorded, and the sleep space and food "
                 "checked"],
                ["3.2", "Weigh Alfie and check his development and safe sleep",
                 "Sara Pike, HV", "Fortnightly at home; next 06/05/2025",
                 "Weight in the red book stays on or above the 25th centile; safe sleep checklist done at each "
                 "visit"],
                ["3.3", "Keep going to the Wednesday recovery group and keyworker sessions, and give a breath "
                        "test at each session",
                 "Jade Pennington", "Weekly, every Wednesday",
                 "Keyworker sends attendance and breath test results to the SW every Friday"],
                ["3.4", "Review Jade's alcohol use and write a report on whether she is making and keeping the "
                        "changes Maisie and Alfie need, and how long that is likely to take",
                 "Tom Reid, keyworker, Harbour Lane Recovery Service", "By 30/05/2025",
                 "Written report to the SW and every core group member by 30/05/2025"],
                ["3.5", "Review Jade's acamprosate prescription and check her liver function",
                 "Dr Leah Morgan, GP", "Monthly; blood test on 09/05/2025",
                 "Prescription dates and blood results emailed to the SW after each review"],
                ["3.6", "Stay overnight, do Alfie's night feeds and put Maisie to bed",
                 "Carol Pennington (MGM)", "Every Friday and Saturday night",
                 "Night log signed by Carol and checked by the SW at the next visit"],
                ["3.7", "Be at home as the main carer from 6pm on weekdays, and do the children's "
                        "bath and bedtime",
                 "Ryan Cole (dad)", "Every weekday evening",
                 "Bedtime chart kept by Ryan and seen by the SW and HV at visits"],
                ["3.8", "Six sessions with Jade and Ryan on daily routines, meals and safe sleep",
                 "Dionne Hart, family support worker", "Weekly on Mondays, 05/05/2025 to 09/06/2025",
                 "Routine plan on the fridge; FSW record shows all six sessions attended"],
                ["3.9", "Finish the parenting assessment (carried forward from 2.3)",
                 "Hannah Osei, SW", "By 23/05/2025",
                 "Written assessment shared with Jade, Ryan and the core group before core group 4"],
                ["3.10", "Record Maisie's attendance, how she presents and anything she says about home, and "
                         "ring the SW the same day with any worry",
                 "Kerry Nash, key person, Little Harbour Nursery", "Every nursery day; email every Friday",
                 "Attendance at 90% or above; weekly email to the SW with Maisie's own words"],
            ],
        }),
        ("h2", "6. If things go wrong"),
        ("p", "The contingency agreed at conference was checked with everyone today and still stands. If Jade "
              "drinks alcohol while caring for Maisie or Alfie, a breath test is positive, she misses two "
              "recovery sessions in a row, or Alfie's weight drops below the 9th centile, the SW (or the "
              "Emergency Duty Team out of hours) will visit the same day. Ryan will care for the children with "
              "Carol staying at the house, and Jade will not be alone with them until the core group has met. "
              "If Ryan or Carol cannot provide that care, Maisie and Alfie will be placed together with "
              "Harbrook foster carers that day and the SW will request a legal planning meeting within 5 "
              "working days."),
        ("h2", "7. Next meetings"),
        ("bullets", [
            "Core group every 4 weeks: 27/05/2025 and 24/06/2025, 10am, Harbrook Family Centre.",
            "Review child protection conference: 08/07/2025, 1.30pm, Harbrook Town Hall.",
            "If Tom Reid's report says Jade cannot keep the changes going in time for Alfie, or the contingency "
            "has to be used, the team manager will request a legal planning meeting within 10 working days.",
        ]),
        ("p", "Minutes agreed by Hannah Osei (SW) on 30/04/2025 and sent to everyone present and to the GP."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Looked-after child's care plan, child still on the children's ward
#    (md). Numbered actions under care-plan headings, fields in brackets.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b18_heddlestone_lac_care_plan_bracketed_fields_marchetti.md",
    "split": "tune",
    "template": "lac-care-plan-dimension-headings-numbered-bracketed-fields-md",
    "description": (
        "Care plan for an 8-year-old with type 1 diabetes, accommodated under section 20 and still on the "
        "children's ward, also on a CP plan (mother's drinking). Numbered actions under care-plan headings with "
        "'(Lead · When · Evidence)' in brackets. SW and foster carers visit the ward only 'when his diary "
        "allows' / 'as often as they can', a passive with a blank lead, mother's alcohol action 'ASAP' with "
        "'engagement' and no adult service owning an action, 'feels better', a blank evidence."
    ),
    "text": """\
# Care Plan – Leo Marchetti

**Heddlestone Council · Children in Care Service**
Part 2 care plan (revised) · written 29/04/2025 by Marek Nowicki, social worker

| | |
|---|---|
| Name | Leo Marchetti |
| Date of birth | 14/06/2016 (8 years) |
| Legal status | Accommodated under section 20, Children Act 1989, since 23/04/2025 (Gina consented in writing) |
| Child protection | Subject to a child protection plan (neglect) since the initial conference on 10/03/2025 |
| Where Leo is now | Ward 4 (children's ward), Heddlestone General Hospital – admitted 21/04/2025 with diabetic ketoacidosis |
| Placement on discharge | Sue and Phil Danby, Heddlestone foster carers, 6 Orchard Rise |
| Expected discharge | Week commencing 05/05/2025, once the carers are trained |
| IRO | Hazel Quint |

## 1. Why Leo is looked after

Leo has type 1 diabetes. Since Christmas his mum, Gina, has often not given
his evening insulin or checked his blood sugar, and he missed three diabetes
clinic appointments. Gina drinks heavily most days – she told her GP in March
that she has "a bottle of wine or more" a day – and she was asleep and
smelling of alcohol when the ambulance came on 21/04 after Leo had been
vomiting for a day. Leo spent two nights in high dependency. Gina agreed on
23/04 that Leo would be looked after when he leaves hospital. No relative can
care for him: his father's whereabouts are not known and his grandmother lives
in Italy.

## 2. What Leo says

Leo talked to me on the ward on 25/04 and 28/04, once with the play
specialist. He said the nurses are "nice but the beeping is annoying" and
that he misses his cat, Biscotti. He told me he "did my own injection
sometimes because Mum was asleep" and that he gets scared when she "talks
funny". He wants to see his mum "but not at home yet", and asked if Biscotti
can come to the foster carers' house. He likes football, Minecraft and his
teacher Mr Daly, and wants to be back at school "before sports day".

## 3. What we want for Leo

- Leo's diabetes is managed safely every day, his blood sugar stays in his
  target range and he has no more emergency admissions.
- Leo moves straight from the ward to the Danbys' with carers who know how to
  manage his insulin.
- Leo sees his mum safely and understands, in his own words, why he is in care.
- Leo is back at Heddlestone St Mary's Primary and keeps up with his reading.

## 4. The plan

### Health

1. Visit Leo on Ward 4 and spend time with him on his own.
   *(Lead: Marek Nowicki, SW · When: when his diary allows · Evidence: visit
   notes on Leo's file with what he says)*
2. Visit Leo on the ward so he gets to know them before he moves in.
   *(Lead: Sue and Phil Danby, foster carers · When: as often as they can ·
   Evidence: ward visitors' book)*
3. Train Sue and Phil to give Leo's insulin, check his blood sugar and spot
   the signs of high and low blood sugar.
   *(Lead: Amy Roper, children's diabetes specialist nurse · When: before
   discharge · Evidence: signed competency sheets for both carers on Leo's
   file)*
4. See Leo in the diabetes clinic and check his HbA1c.
   *(Lead: Dr Femi Okon, consultant paediatrician · When: 2 weeks after
   discharge, then every 3 months · Evidence: clinic letter with the HbA1c
   result copied to the SW and the carers)*
5. Statutory initial health assessment.
   *(Lead: Dr Ruth Hale, looked after children's doctor · When: by
   21/05/2025 (within 20 working days) · Evidence: health assessment report
   and health plan on file)*

### Education

6. Schoolwork packs will be sent in to the hospital teacher every week so Leo
   keeps up with his reading and maths.
   *(Lead: – · When: weekly while Leo is on the ward · Evidence: completed
   packs returned to Mr Daly)*
7. Personal education plan meeting with Leo's school.
   *(Lead: Owen Pryce, Virtual School caseworker · When: by 16/05/2025 ·
   Evidence: PEP completed and on Leo's file)*

### Family time

8. Family time with Gina at Heddlestone Family Centre, supervised.
   *(Lead: Jo Winter, family time worker · When: twice a week, Tuesdays and
   Saturdays, from discharge · Evidence: session record sent to the SW after
   each session; session stopped if Gina is not sober)*
9. Phone call between Leo and his mum from the carers' house.
   *(Lead: Sue Danby · When: 6pm every day from discharge · Evidence: call
   log kept by the carers)*

### Gina's drinking

10. Go to Heddlestone Alcohol Service for an assessment and start treatment.
    *(Lead: Gina Marchetti · When: ASAP · Evidence: engagement)*

### Leo's feelings and identity

11. Direct work with Leo about why he is in care and what happens next,
    using his "all about me" book.
    *(Lead: Marek Nowicki, SW · When: weekly from discharge · Evidence: Leo
    feels better about being in care)*
12. Find out whether Biscotti can live at the Danbys' or be looked after by
    Gina's neighbour, and tell Leo.
    *(Lead: Marek Nowicki, SW · When: by 09/05/2025 · Evidence: what Leo was
    told is recorded on his file)*

### Permanence

13. Parenting assessment of Gina, including whether she can manage Leo's
    diabetes and stay sober.
    *(Lead: Marek Nowicki, SW · When: by 30/06/2025 · Evidence: –)*

## 5. Contingency

If the Danbys cannot take Leo on the day he is fit for discharge, Leo will
stay on Ward 4 and Marek will find another foster placement with carers
trained by the diabetes nurse before he leaves. If Gina withdraws her consent
to section 20, comes to the ward drunk or tries to take Leo home, ward staff
will call the police and the SW (or the Emergency Duty Team out of hours) the
same day, and Marek will seek legal advice and request an urgent legal
planning meeting about an application for an emergency protection order or an
interim care order.

## 6. Reviews and meetings

- Leo's child protection plan stays in place while his care plan settles. The
  core group keeps meeting every 4 weeks: 13/05/2025 and 10/06/2025, 2pm at
  Heddlestone Children's Services, Mill House.
- Review child protection conference: 02/06/2025, 10am.
- First looked after review (IRO Hazel Quint): 20/05/2025.
- If Gina has not started treatment by the core group on 10/06/2025, Marek
  will ask for a legal planning meeting to consider pre-proceedings.

Signed: Marek Nowicki (SW) · Agreed: Claire Ashdown, team manager, 29/04/2025
""",
    "findings": [
        F("T002", "Visit Leo on Ward 4 and spend time with him"),
        F("T002", "Visit Leo on the ward so he gets to know them"),
        F("W001", "Schoolwork packs will be sent in to the hospital teacher"),
        F("T002", "Go to Heddlestone Alcohol Service for an assessment and start treatment"),
        F("M002", "Go to Heddlestone Alcohol Service for an assessment and start treatment"),
        F("M002", "Direct work with Leo about why he is in care"),
        F("M001", "Parenting assessment of Gina, including whether she can manage"),
        F("L001"),
        F("F004"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Core group minutes emailed by the SW: attendees by initials, updates,
#    one-line actions marked "c/f" (carried forward) or "new" (txt). Faulty.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b18_hinderby_core_group_email_cf_lines_shaw.txt",
    "split": "tune",
    "template": "core-group-minutes-email-cf-new-initials-one-line-actions-txt",
    "description": (
        "Core group minutes pasted into an email for a 13- and 9-year-old (father's drinking and low mood; "
        "young carer; family moving to another council), with one-line actions marked c/f or new and owners "
        "by initials. A CAMHS referral on hold until the move, 'ongoing', 'as soon as', a talking-therapies "
        "support-only line, 'All' and 'keep an eye on', a passive home-conditions check, an adult-only "
        "outcome, grandmother's help with no fallback, a vague contingency and no legal step."
    ),
    "text": """\
From:    Nadia Hussain (Social Worker, Hinderby Children's Services)
Sent:    29 April 2025 17:42
To:      Core group - Kayla and Ethan Shaw
Subject: Minutes - core group 3 - Kayla & Ethan SHAW - 28/04/25

Hi all,

Minutes from yesterday are below. Please check your actions, especially the
ones carried forward (c/f) from last time, and let me know by Friday if
anything is wrong.

Thanks, Nadia

------------------------------------------------------------------------
CORE GROUP 3 - KAYLA SHAW (13) AND ETHAN SHAW (9)
28/04/2025, 3.30pm, Hinderby Academy (meeting room 2)
CP plan since ICPC 03/02/2025 - category: neglect
------------------------------------------------------------------------

Present:
  NH   Nadia Hussain - SW (chair)
  DS   Darren Shaw - dad
  LB   Lorraine Bates - DSL, Hinderby Academy (both children)
  RT   Rachel Tully - school nurse
  SS   Sandra Shaw - paternal grandmother
  MG   Mel Grant - practitioner, Hinderby Talking Therapies (first 20 mins)
Apologies:
  Hinderby Recovery Service (nobody available)
  Kayla - did not want to come; met NH before the meeting instead

1. KAYLA AND ETHAN - HOW THEY ARE AND WHAT THEY SAID

Kayla met me before the meeting. She said things are "a bit better" because
Dad is "up in the mornings more", but she still does most of the cooking and
gets Ethan ready for school on the days Dad "has a bad head". She said she
has not cut herself since Easter and that talking to Rachel helps. She does
not want to move to Brindleford because "all my friends are here" and she
would lose her place at youth club.

Ethan (seen on his own at home 22/04) said his favourite thing is tea at
Nan's "because there's pudding" and that he doesn't like it when Dad "sleeps
in the day". He drew the family with Kayla holding his hand.

2. UPDATES

DS - says he is down to "a few cans at night", has been to 2 recovery groups
     and finds the sessions with Mel useful. Housing has offered a 3-bed
     house in Brindleford (Brindleford Council area); he hopes to move in
     June.
LB - Kayla 86% attendance (was 71%), Ethan 93%. Kayla late 6 times this half
     term. She told her form tutor she was "knackered" from doing Ethan's
     bedtime.
RT - seeing Kayla weekly. Wounds have healed and no new injuries seen.
MG - Darren has had 4 guided self-help sessions for low mood. Says he is
     "motivated".
SS - has Ethan for tea 3 times a week and Kayla comes sometimes. Ray (PGF)
     is having a hip operation in May so Sandra may be stretched.
NH - 4 visits since CG2, children seen alone each time. Home conditions
     better; food in the fridge on 3 of 4 visits. Young carers assessment
     not done yet (NH off sick).

3. WHAT WE ARE AIMING FOR (from the ICPC plan)

- Kayla gets to be 13: she goes to school on time, has time for friends and
  youth club, and is not doing the caring for Ethan or Dad.
- Ethan is fed, gets to school every day and has a sober adult putting him
  to bed.
- Kayla is safe from self-harm and knows who to talk to when she feels low.
- Darren will stop drinking and engage with services.

4. ACTIONS  (c/f = carried forward from CG2 on 24/03/25; new = agreed today)

c/f  NH to complete the young carers assessment with Kayla by 16/05/25 and share it with Kayla and at CG4.
c/f  NH: Kayla's CAMHS referral on hold until the move to Brindleford - new LA to pick up, date TBC.
c/f  Darren to go to the Hinderby Recovery Service alcohol group - ongoing.
new  LB to email Kayla's and Ethan's attendance and lateness to NH every Friday - target 95%, no lates.
new  MG to carry on weekly guided self-help sessions with Darren for his low mood - attendance to NH monthly.
new  SS to have Ethan (and Kayla if she wants) for tea and homework Mon, Wed and Fri after school - contact book signed each time.
new  SS to take Ethan to the dentist as soon as an appointment comes through - dentist's letter to NH.
c/f  RT to see Kayla weekly at school about self-harm and wound care; any new injury to NH same day; session notes to each CG.
new  NH to visit fortnightly and see Kayla and Ethan on their own each time - visit records on file.
new  All to encourage Kayla to keep going to Hinderby Youth Hub on Thursdays and keep an eye on how she is.
new  Home conditions to be checked at each visit using the Hinderby home conditions tool (score 3 or above).

5. CONTINGENCY

If things do not improve or Kayla's caring role gets worse, NH will discuss
with her manager and the core group will consider next steps.

6. NEXT MEETINGS

Next core group: 27/05/25, 3.30pm, Hinderby Academy - then every 4 weeks.
Review child protection conference: 16/06/25, 10am, Hinderby Town Hall.
If the family move before then, NH will send the transfer paperwork to
Brindleford.

Nadia Hussain | Social Worker | Hinderby Children's Services
""",
    "findings": [
        F("X001", "Kayla's CAMHS referral on hold until the move to Brindleford"),
        F("T002", "Kayla's CAMHS referral on hold until the move to Brindleford"),
        F("M001", "Kayla's CAMHS referral on hold until the move to Brindleford"),
        F("T002", "Darren to go to the Hinderby Recovery Service alcohol group"),
        F("M001", "Darren to go to the Hinderby Recovery Service alcohol group"),
        F("H001", "MG to carry on weekly guided self-help sessions with Darren"),
        F("T002", "SS to take Ethan to the dentist as soon as"),
        F("W002", "All to encourage Kayla to keep going to Hinderby Youth Hub"),
        F("M002", "All to encourage Kayla to keep going to Hinderby Youth Hub"),
        F("W001", "Home conditions to be checked at each visit using"),
        F("F002", "Darren will stop drinking and engage with services."),
        F("C002"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Review conference: the plan reviewed in a markdown table whose last
#    column holds "who · when · how we'll know" (md). Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b18_hartlemoor_rcpc_review_next_who_when_how_adeleke.md",
    "split": "tune",
    "template": "rcpc-review-agreed-happened-rag-next-who-when-how-md",
    "description": (
        "Exemplary review conference record for a 3-year-old and a baby (mother's postnatal depression): the "
        "plan reviewed in a 'What we agreed | What has happened since (who, when) | RAG | What happens next – "
        "who · when · how we'll know' table with completed, carried-forward and new rows. The perinatal team "
        "reports on capacity to change, the GP owns an action, the aunt's nights have a fallback, core group "
        "and review dates, legal planning meeting."
    ),
    "text": """\
# Review Child Protection Conference – Review of the Plan

**Hartlemoor City Council · Children's Services · Conference and Review Service**

- **Children:** Tomi Adeleke (3, DOB 04/01/2022) and Ife Adeleke (4 months, DOB 27/12/2024)
- **Parents:** Funke Adeleke and Kunle Adeleke, 9 Brookmead Road, Hartlemoor
- **Initial conference:** 13/02/2025 – neglect (risk of); mother's postnatal depression
- **This review:** 13/05/2025 · **Chair (IRO):** Sandra Whitlow · **SW:** Ruth Kamara
- **Decision:** both children stay on child protection plans (neglect). Funke is
  much better, but the perinatal team's assessment is not finished and the
  family's back-up care relies on one aunt. The plan continues with the
  changes below.

## What Tomi and Ife are telling us

Tomi told Ruth at nursery on 06/05 that Mummy "plays trains now" and "Daddy
does the night milk". He says he is "a big brother" and showed Ruth how he
holds Ife's hand. Asked what makes him sad, he said "when Mummy cried in
bed" – and that it "doesn't happen now much".

Ife is alert and smiley, turns to Funke's voice, feeds well from her bottle
and settles after feeds. On 29/04 she was bathed by Kunle and was calm and
giggling; on 06/05 she fell asleep on Funke's chest after a feed.

## Our goals for Tomi and Ife (unchanged from conference)

1. Tomi and Ife are cared for every day and night by a parent who is well
   enough to feed, settle and play with them.
2. Ife keeps growing on or above the 25th centile and sleeps safely on her
   back in her own cot.
3. Tomi goes to nursery three days a week, his speech comes on, and he can
   tell a grown-up at nursery if he is worried about Mummy.

## The plan, line by line

RAG: **G** done or on track · **A** started, not yet making enough difference · **R** not started or not working

| What we agreed at conference | What has happened since (who, when) | RAG | What happens next – who · when · how we'll know |
|---|---|---|---|
| SW to see Tomi and Ife at home every 2 weeks, with one unannounced visit a month | Ruth Kamara visited 7 times between 20/02 and 06/05, twice unannounced. Tomi seen in his room each time; Ife seen awake and being handled by Funke or Kunle. | G | Ruth Kamara · every 2 weeks until the next review, one visit a month unannounced · visit records show both children seen and Tomi's words written down |
| HV to weigh Ife and check her development and sleeping | HV Tess Ogun weighed Ife every 2 weeks: 9th centile in February, 25th by 29/04. Cot clear, Ife on her back at every check. | G | Tess Ogun (HV) · fortnightly at home until Ife is 6 months, then monthly at clinic · weight on the red book chart stays on or above the 25th centile |
| Perinatal mental health team to see Funke weekly, treat her depression and assess whether she can make and keep the changes Tomi and Ife need | Dr Priya Nair (perinatal psychiatrist) and CPN Josh Allen have seen Funke weekly since 24/02. Interim letter 15/04: mood lifting on medication; capacity-to-change assessment not finished. | A | Dr Priya Nair · weekly sessions continue · final written assessment of Funke's capacity to change, the steps still needed and the likely timescale, sent to the SW and core group by 13/06/2025 |
| GP to review Funke's sertraline every month | Dr Alan Fry saw Funke 03/03, 31/03 and 28/04; dose increased 31/03. | G | Dr Alan Fry (GP) · monthly · review date and any change of dose emailed to the SW after each appointment |
| Tomi to start a funded nursery place 3 days a week; nursery to share attendance and what Tomi says | Started Sunflower Nursery 03/03. Attendance 94%. Key person Lily Shaw says Tomi is settled and talks a lot about "baby Ife". | G | Lily Shaw (key person) · email to Ruth every Friday · attendance stays at 90% or above and the email includes anything Tomi has said about home |
| Kunle to care for the children from 6pm and do the night feeds on work nights | Kunle has done this every night. Feed chart shows two feeds a night, all by Kunle. | G | Kunle Adeleke · every night until the next review · feed chart on the fridge, checked by Ruth and Tess at each visit |
| FSW to do 6 sessions with Funke and Kunle on routines, play and safe sleep | Not started until 14/04 because of FSW sickness. Marta Lis has done 3 of 6. | A | Carried forward. Marta Lis (FSW) · weekly on Mondays, finishing by 19/05/2025 · safe sleep checklist signed and routine plan on the fridge at session 6 |
| SW to refer Tomi to Speech and Language Therapy | Ruth referred 26/02. Tomi seen by SLT Anna Cole on 22/04, who gave a home programme. | G | Completed. Anna Cole (SLT) · review Tomi by 30/06/2025 · written SLT report to the SW |
| Bimpe Ade (maternal aunt) to stay Tuesday and Thursday nights so Funke can rest | Bimpe has stayed every Tuesday and Thursday since 25/02 except one week when she was ill; Kunle covered. | G | Bimpe Ade · every Tuesday and Thursday night until the next review · Bimpe signs the night log kept on the fridge |
| New (agreed today): SW to hold a family network meeting to name back-up carers for nights Bimpe cannot do | New action. | – | Ruth Kamara · by 30/05/2025 · written family network plan naming at least two back-up carers, shared at the core group on 24/06/2025 |

## If things go wrong

If Funke tells anyone she cannot keep the children safe or has thoughts of
harming herself or them, if she misses two perinatal appointments in a row,
or if Ife's weight drops below the 9th centile, Ruth (or the Emergency Duty
Team out of hours) will visit the same day and hold a strategy discussion
within 24 hours. Funke will not care for the children alone: Kunle will take
leave from work and Bimpe will stay at the house. If Kunle and Bimpe cannot
both give this care, Tomi and Ife will be placed together with Hartlemoor
foster carers that day, and Ruth will request a legal planning meeting within
5 working days.

## Core group and next review

- Core group every 4 weeks: 27/05/2025, 24/06/2025 and 22/07/2025, 10am at
  Brookmead Children's Centre.
- Next review child protection conference: 05/08/2025, 2pm, Hartlemoor Civic
  Centre.
- If Dr Nair's assessment says Funke cannot make the changes needed within
  Ife's timescales, or the contingency has to be used, Ruth will request a
  legal planning meeting within 5 working days.

*Record agreed by Sandra Whitlow (IRO), 16/05/2025. Copies to the parents and all agencies.*
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Core group minutes with an action log whose first column (theme) is
#    merged down its rows; owners by initials from the attendance table
#    (docx). Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b18_hulverton_core_group_theme_merged_log_fairweather.docx",
    "doc_title": "Core Group Meeting Record - Jack and Rosie Fairweather",
    "split": "tune",
    "template": "core-group-minutes-theme-merged-initials-action-log",
    "description": (
        "Exemplary core group record for a 10- and 7-year-old living with their father on methadone, with an "
        "attendance table of initials and an action log whose Theme column is merged down its rows (real Word "
        "vertical merges); owners by initials, a carried-forward row. The drug service reports on whether "
        "change can be sustained, the GP owns an action, the aunt's pick-ups have a fallback, core group and "
        "review dates, legal planning meeting."
    ),
    "check_vmerge": 4,
    "blocks": [
        ("title", "Core Group Meeting Record"),
        ("p", "Hulverton Council · Children's Services · North Locality Team"),
        ("kv", [
            ("Children", "Jack Fairweather (10, DOB 30/07/2014) and Rosie Fairweather (7, DOB 18/02/2018)"),
            ("Living with", "Gavin Fairweather (dad), 41 Chandler Row, Hulverton"),
            ("Plan", "Child protection plan – neglect, since the initial conference on 06/03/2025"),
            ("Meeting", "Core group 2, Wednesday 07/05/2025, 3.30pm, Hulverton Primary School"),
            ("Chair", "Amira Khan, social worker"),
        ]),
        ("boldp", "Who was there"),
        ("table", {
            "header": ["Initials", "Name", "Role"],
            "widths": [2.0, 5.0, 10.0],
            "rows": [
                ["AK", "Amira Khan", "Social worker, Hulverton Children's Services (chair)"],
                ["GF", "Gavin Fairweather", "Dad"],
                ["CF", "Chloe Fairweather", "Paternal aunt"],
                ["TB", "Tariq Bell", "Keyworker, Hulverton Drug and Alcohol Service"],
                ["MP", "Mark Price", "Designated safeguarding lead, Hulverton Primary School"],
                ["KD", "Kelly Dunn", "School nurse"],
                ["DR", "Dee Rowe", "Family support worker, Hulverton Family Hub"],
            ],
        }),
        ("p", "Apologies: Dr Ruth Lang, GP, Chandler Row Surgery (update by email, read out). Laura Mills "
              "(the children's mum) was invited and did not come."),
        ("h2", "What Jack and Rosie have told us"),
        ("p", "Jack (seen on his own at school on 01/05) said Dad is \"more awake now\" and that they have "
              "\"proper tea\" at Auntie Chloe's. He still checks \"the medicine box\" is locked every night "
              "because \"Rosie might touch it\". He wants to go back to Cubs on Wednesdays."),
        ("p", "Rosie (seen on her own at home on 29/04) said she likes her new night-light and that she still "
              "\"has accidents at night\", which makes her \"sad and smelly\" at school. She said she would tell "
              "Mr Price or Auntie Chloe if Dad was \"sleepy in the day\"."),
        ("h2", "How things are going"),
        ("p", "GF: says he has not used heroin since January and picks up his methadone every day. He wants the "
              "children's bedtimes to be \"back to normal\"."),
        ("p", "TB: Gavin is on 60ml methadone, supervised at the pharmacy and collected daily. All four urine "
              "tests since the last core group were negative for heroin; diazepam showed, which is prescribed."),
        ("p", "MP: attendance is Jack 96%, Rosie 94%. Rosie was late twice this half term."),
        ("p", "KD: Rosie's night-time wetting is affecting her at school and she has been teased."),
        ("p", "CF: collects the children on Mondays, Wednesdays and Fridays; works nights on Tuesdays and "
              "Thursdays."),
        ("p", "DR: the routines work starts on 13/05."),
        ("p", "GP (email): plans to reduce Gavin's diazepam and stop it by the end of June."),
        ("h2", "What needs to be different for Jack and Rosie (from the conference)"),
        ("bullets", [
            "Jack and Rosie are looked after every day by a dad who is awake, sober and able to get them to "
            "school on time.",
            "No medicines or drugs are ever within the children's reach, and Jack no longer feels he has to "
            "check.",
            "Rosie's wetting is treated and she feels confident at school; Jack is back at Cubs.",
        ]),
        ("h2", "Action log"),
        ("table", {
            "header": ["Theme", "Action", "Who", "By when", "How we'll know"],
            "widths": [2.3, 5.2, 2.6, 3.2, 3.7],
            "rows": [
                ["Seeing and hearing Jack and Rosie",
                 "Visit at home, see each child on their own, and check the methadone lockbox",
                 "AK (SW)", "Every 2 weeks; one visit a month unannounced",
                 "Visit records show each child seen alone, their words written down and the lockbox locked"],
                [V, "Weekly check-in with Jack and with Rosie in school",
                 "MP (DSL)", "Every Monday",
                 "Check-in notes with the children's own words emailed to AK every 2 weeks"],
                ["Dad's recovery",
                 "Supervised methadone, keyworker sessions and random urine tests; write an update on whether "
                 "Gavin is keeping to his recovery plan and whether he can keep it up",
                 "TB (drug and alcohol service)", "Keyworker sessions weekly; tests fortnightly",
                 "Test results and a written update sent to AK before each core group"],
                [V, "Keep all methadone and medicines in the locked box on top of the kitchen cupboard",
                 "GF (dad)", "Every day; checked at every visit",
                 "Lockbox seen locked at every SW and FSW visit"],
                [V, "Review Gavin's diazepam, reduce it and stop it",
                 "Dr Ruth Lang (GP)", "By 30/06/2025",
                 "Prescription record emailed to AK and TB by 30/06/2025"],
                ["Everyday care",
                 "Collect Jack and Rosie from school and give them tea until Gavin gets home",
                 "CF (paternal aunt)", "Mondays, Wednesdays and Fridays",
                 "School pick-up book signed by Chloe"],
                [V, "Six sessions with Gavin on bedtimes, school mornings and meals",
                 "DR (FSW)", "Weekly on Tuesdays, 13/05/2025 to 17/06/2025",
                 "FSW record shows six sessions attended; bedtime chart on the fridge by session 3"],
                [V, "Send Jack's and Rosie's attendance and lateness to AK",
                 "MP (DSL)", "Every Friday",
                 "Attendance at 95% or above and no more than one late each half term"],
                ["Health and activities",
                 "Refer Rosie to the enuresis clinic and keep a spare-clothes bag for her in school",
                 "KD (school nurse)", "By 16/05/2025",
                 "Referral accepted letter copied to AK; spare bag in the medical room"],
                [V, "Take Jack to the dentist for the filling he missed in March (carried forward from core "
                    "group 1)",
                 "GF (dad)", "By 30/05/2025",
                 "Dental record copied to AK"],
                [V, "Take Jack back to Cubs on Wednesday evenings",
                 "GF (dad), with CF if Gavin is at the pharmacy", "Every Wednesday from 14/05/2025",
                 "Cub leader's register shows Jack there"],
            ],
        }),
        ("h2", "If things go wrong"),
        ("p", "If Gavin tests positive for heroin or street benzodiazepines, misses his methadone three days in a "
              "row, or methadone or any other drug is found outside the lockbox, AK (or the Emergency Duty Team "
              "out of hours) will visit the same day and hold a strategy discussion within 24 hours. Jack and "
              "Rosie will stay with Chloe at 8 Mill Lane while Gavin is not caring for them. If Chloe cannot "
              "have them (for example on her Tuesday and Thursday night shifts), they will be placed together "
              "with Hulverton foster carers that day, and AK will request a legal planning meeting within 5 "
              "working days."),
        ("h2", "Next meetings"),
        ("bullets", [
            "Core group every 4 weeks: 04/06/2025 and 02/07/2025, 3.30pm, Hulverton Primary School.",
            "Review child protection conference: 29/07/2025, 10am, Hulverton Civic Centre.",
            "If Gavin tests positive for heroin twice, or the children are still not getting to school on time "
            "by 02/07/2025, AK will request a legal planning meeting.",
        ]),
        ("p", "Record written by Amira Khan (SW) on 08/05/2025 and sent to everyone invited."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. Core group progress review in a landscape table: Ref | Action (ICPC) |
#    Progress since core group 2 (who, what, when) | RAG | Evidence seen |
#    Carry forward? (PDF, header and page footer). Faulty.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b18_hexworth_core_group_progress_evidence_carry_tremayne.pdf",
    "doc_title": "Core Group 3 - Progress Against the Plan - Tremayne children",
    "split": "tune",
    "template": "core-group-progress-evidence-seen-carry-forward-landscape-paged",
    "description": (
        "Core group progress review for three children (domestic abuse, mother's anxiety) in a landscape "
        "'Action (ICPC) | Progress since core group 2 – who, what, when | RAG | Evidence seen | Carry forward?' "
        "table, with an OFFICIAL – SENSITIVE header and 'Page N of M' footer. One row's owner and dates are "
        "only in the progress text. A talking-therapies row with 'Engagement', 'keep an eye on' / 'Monitored' "
        "/ 'ongoing', an unowned waiting-list row 'TBC', blank evidence, 'Core group' as owner; grandmother "
        "and uncle with no fallback; review conference date to be confirmed."
    ),
    "header": "OFFICIAL – SENSITIVE | Hexworth County Council | Tremayne children",
    "footer": "Core group 3 progress review, 22/04/2025 – Page {PAGE} of {NUMPAGES}",
    "landscape": True,
    "min_pages": 2,
    "blocks": [
        ("title", "Core Group 3 – Progress Against the Child Protection Plan"),
        ("kv", [
            ("Children", "Harvey Tremayne (9), Lola Tremayne (6) and Rae Tremayne (10 months)"),
            ("Mother", "Sian Tremayne, 22 Ferris Way, Hexworth"),
            ("Ex-partner", "Craig Dunmore (father of Lola and Rae) – non-molestation order until 10/08/2025"),
            ("Plan", "Child protection plan – emotional abuse (domestic abuse), initial conference 05/02/2025"),
            ("Meeting", "Core group 3, 22/04/2025, Hexworth Children's Centre"),
            ("Present", "Priya Mandal (SW, chair); Sian Tremayne; Bev Collins (HV); Nia Roberts (DSL, Ferris Way "
                        "Primary); Amy Roe (Hexworth Talking Therapies); Jean Pascoe (maternal grandmother); "
                        "Kim Adey (FSW, Hexworth Family Hub)"),
        ]),
        ("h2", "The children"),
        ("p", "Harvey (seen on his own 14/04) said it is better \"now Craig's gone\" but he worries Craig will "
              "\"come back angry\". He wants to keep going to football with Uncle Rhys. Lola said she feels "
              "\"wobbly\" on Mondays and likes Nana Jean's house \"because of the trampoline\". Rae is crawling "
              "and babbling, reaches for Sian and for Jean, and was calm and fed well at every visit."),
        ("h2", "What we want for Harvey, Lola and Rae"),
        ("bullets", [
            "Harvey, Lola and Rae live free from Craig's violence and threats and feel safe at home.",
            "Harvey and Lola go to school every day and each has a trusted adult to talk to.",
            "Rae keeps growing and developing well and is seen by her HV at every review.",
        ]),
        ("pagebreak",),
        ("h2", "Progress against the plan"),
        ("table", {
            "header": ["Ref", "Action (ICPC 05/02/2025)", "Progress since core group 2 (17/03/2025) – who, what, when",
                       "RAG", "Evidence seen", "Carry forward?"],
            "widths": [1.2, 6.3, 8.7, 1.4, 4.6, 3.5],
            "rows": [
                ["1", "SW to see all three children every two weeks, Harvey and Lola on their own",
                 "Priya Mandal visited 20/03, 03/04 and 14/04 (14/04 unannounced). Harvey and Lola seen alone "
                 "in their bedroom each time; Rae seen awake in her high chair.",
                 "G", "Visit records on file", "Yes – every 2 weeks"],
                ["2", "HV to do Rae's 9–12 month review by 31/03/2025 and check her weight",
                 "Bev Collins did the review on 25/03: 50th centile, pulling to stand, no concerns.",
                 "G", "Review record and red book seen", "Completed"],
                ["3", "Hexworth Talking Therapies to offer Sian weekly sessions for her anxiety",
                 "Counsellor Amy Roe has seen Sian three times since 20/03. Sian says it helps her sleep.",
                 "A", "Engagement", "Yes – ongoing"],
                ["4", "Sian to keep the non-molestation order in place and ring 999 if Craig comes to the house "
                      "or the school",
                 "Order served 10/02 and runs to 10/08/2025. Craig came to the school gate on 02/04; the school "
                 "rang the police and Sian reported it the same day.",
                 "A", "Police incident log (ref HX/4471/25)", "Yes – every incident"],
                ["5", "Police (Hexworth DA Unit) to put an urgent-response flag on 22 Ferris Way by 14/02/2025",
                 "Flag placed on 12/02 by DS Owen Kerr; email confirmation on file.",
                 "G", "Flag confirmation email", "Completed"],
                ["6", "Parenting support from the Hexworth Family Hub on routines and how domestic abuse "
                      "affects children",
                 "SW referred 21/02. FSW Kim Adey allocated 31/03 and started weekly sessions with Sian on "
                 "07/04 (2 of 8 done); last session due 26/05/2025.",
                 "A", "", "Yes – weekly to 26/05/2025"],
                ["7", "Lola's school to keep an eye on her attendance and mood",
                 "Nia Roberts (DSL): attendance 91% this half term; class teacher says Lola is quieter on "
                 "Mondays.",
                 "A", "Monitored", "Yes – ongoing"],
                ["8", "Harvey to be referred for counselling at school",
                 "On the waiting list since 05/03.",
                 "R", "", "Yes – TBC"],
                ["9", "Jean Pascoe (maternal grandmother) to have the children after school on Tuesdays and "
                      "Thursdays and every other Saturday",
                 "Jean has done every session. She has her knee operation on 28/04 and will not be able to "
                 "drive for 6 weeks.",
                 "A", "Jean's diary, seen by the SW", "Yes – Tue, Thu and alternate Saturdays"],
                ["10", "Uncle Rhys Pascoe to take Harvey to football training every Saturday morning",
                 "Harvey has been 5 times; missed 2 Saturdays when Rhys was working.",
                 "A", "Club register", "Yes – every Saturday"],
                ["11", "Core group to tell the SW the same day about any sighting of Craig",
                 "One sighting (02/04) – the school told Priya the same day.",
                 "G", "Sightings logged on the children's file", "Yes – same day"],
            ],
        }),
        ("h2", "Contingency (from conference)"),
        ("p", "If Craig comes to the house or Sian lets him back into the home, Sian will ring 999 and the "
              "children will go to Jean Pascoe's house at 5 Tamar Close the same day, and the SW will hold a "
              "strategy discussion with the police within 24 hours. If Sian lets Craig back into the home, the "
              "SW will also seek legal advice and request a legal planning meeting."),
        ("h2", "Next meetings"),
        ("bullets", [
            "Next core group: 20/05/2025, 10am, Hexworth Children's Centre, then every 4 weeks.",
            "Review child protection conference: date to be confirmed by the conference team.",
        ]),
        ("p", "Notes taken by Priya Mandal (SW) and sent to everyone present on 24/04/2025."),
    ],
    "findings": [
        F("H001", "Hexworth Talking Therapies to offer Sian weekly sessions for her anxiety"),
        F("M002", "Hexworth Talking Therapies to offer Sian weekly sessions for her anxiety"),
        F("M001", "Parenting support from the Hexworth Family Hub on routines"),
        F("T002", "Lola's school to keep an eye on her attendance and mood"),
        F("M002", "Lola's school to keep an eye on her attendance and mood"),
        F("W001", "Harvey to be referred for counselling at school"),
        F("T002", "Harvey to be referred for counselling at school"),
        F("M001", "Harvey to be referred for counselling at school"),
        F("W002", "Core group to tell the SW the same day about any sighting"),
        F("C003"),
        F("R001"),
    ],
})
