"""Batch 65, module f: seven fictional plans (tuning material), places beginning with "f".

Everything here is made up: children, families, professionals, services,
hospitals, schools and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: the document-level rules, each written in several ways, with hard
negatives beside them. Looked-after babies and toddlers in hospital (L001):
visits at a stated frequency in different words ("every Monday and Thursday
until discharge", "daily while Rosie is on the ward", "twice a week, Tuesdays
and Fridays") against visits left vague or set only for after discharge, and
a child in hospital who is not looked after. Families moving to another local
authority (X001): actions deferred to the receiving council against a
transfer handled well, where the work carries on until the transfer-in
conference, and a transfer-in plan where the move is only history. Legal
escalation (R002): legal planning meeting / PLO, legal gateway, legal advice
after named triggers, against "consider next steps", a manager who will
"consider whether a legal planning meeting is needed", and legal steps only
as history. Review arrangements (R001) in bullets, a meetings table, a typed
list and prose, against "to be arranged" and "TBC". Contingencies (C001 C002
C003) with grandparents, an aunt and a great-aunt, with and without a
fallback if their help fails. Plan types: a looked-after baby's care plan, a
looked-after toddler's review, child protection plans, a pre-birth plan and
a transfer-in plan. Two plans are exemplary.
"""
from build_batch5 import F, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Looked-after baby (s20) on a children's ward, also on a child protection
#    plan; visits "every Monday and Thursday until discharge" and "daily while
#    Rosie is on the ward" (docx, exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b65_fernhollow_lac_baby_ward_care_plan_tarrant.docx",
    "doc_title": "Care Plan and Child Protection Plan - Rosie Tarrant",
    "split": "tune",
    "actions": 10,
    "template": "lac-care-plan-and-cp-plan-docx-kv-details-what-needs-to-happen-who-when-how-we-will-know-table",
    "description": (
        "Combined looked-after care plan and child protection plan for a 9-week-old accommodated under "
        "section 20 and still on a children's ward with faltering growth (mother's bipolar disorder, off "
        "lithium). The SW visits 'every Monday and Thursday until discharge', the foster carer 'daily "
        "while Rosie is on the ward'; the grandmother supervises ward visits and the contingency says "
        "who supervises if she cannot; the perinatal team assesses capacity to change; a legal planning "
        "meeting (PLO) follows named triggers; core group, looked-after review and review conference "
        "dated. Exemplary."
    ),
    "blocks": [
        ("title", "Looked After Child – Care Plan and Child Protection Plan"),
        ("p", "Fernhollow Borough Council · Children's Services · Infant and Family Safeguarding Team"),
        ("kv", [
            ("Child", "Rosie Tarrant, born 06/01/2025 (9 weeks). On Kestrel Ward (children's ward), Fernhollow "
                      "Royal Infirmary, since 24/02/2025"),
            ("Legal status", "Accommodated under section 20 of the Children Act 1989 since 03/03/2025, with "
                             "Hayley's written agreement. Rosie will move to a foster carer when she is "
                             "discharged."),
            ("Mother", "Hayley Tarrant (22), 14 Quarry View, Fernhollow. Parental responsibility."),
            ("Father", "Not named on the birth certificate; Hayley has not told us who he is."),
            ("Maternal grandmother", "Carol Tarrant (48), 3 Linnet Close, Fernhollow"),
            ("Foster carer", "Ruth Amblecote, Fernhollow Fostering Service"),
            ("Conference", "Initial child protection conference, Thursday 06/03/2025. Category: neglect."),
            ("Social worker", "Megan Lyle"),
            ("IRO and conference chair", "Patrick Deane"),
        ]),
        ("h1", "Why Rosie is looked after and has a plan"),
        ("p", "Rosie was admitted on 24 February weighing 3.9 kg, below the 0.4th centile; at birth she was on "
              "the 25th. The nurses found that Hayley had been making up feeds with too little powder. Hayley "
              "has bipolar disorder. She stopped taking lithium when she found out she was pregnant and has "
              "not restarted it. In the fortnight before the admission neighbours heard Rosie crying for "
              "long periods, and Hayley told the GP she had \"not slept for four days\". Hayley agreed that "
              "Rosie should be looked after while she gets well, and asked for her mum to be involved."),
        ("h1", "How Rosie is on the ward"),
        ("p", "Rosie is too young to tell us how she feels, so this is what the nurses, the foster carer and "
              "the social worker have seen. Since she came in she has taken every bottle and has put on 410 "
              "grams. She is alert in the mornings, follows faces, and has started to smile at the nurse who "
              "does her 6am feed. She cries hard when she is laid flat after a feed and settles when she is "
              "held upright against a shoulder. When Hayley visits, Rosie watches her closely; on two visits "
              "Hayley became restless and handed her back within ten minutes. With Carol she feeds calmly and "
              "often falls asleep in her arms."),
        ("h1", "What we want for Rosie"),
        ("bullets", [
            "Rosie gains weight steadily and is back on or above the 9th centile by the review conference.",
            "Rosie is fed and settled by carers who respond to her cries, day and night, on the ward and in "
            "foster care.",
            "Rosie keeps a warm, regular relationship with her mum and her nan through time with them that "
            "is safe for her.",
            "A decision about whether Rosie can go home to Hayley is made in Rosie's timescales, based on "
            "Hayley's health and how she cares for Rosie.",
        ]),
        ("h1", "The plan"),
        ("table", {
            "header": ["What needs to happen", "Who", "When", "How we will know"],
            "widths": [6.4, 3.4, 3.4, 3.8],
            "rows": [
                ["Visit Rosie on Kestrel Ward, see her awake and being held, and go through her feed chart, her "
                 "weight and the visitors' book with the nurse in charge",
                 "SW Megan Lyle",
                 "Every Monday and Thursday until discharge",
                 "Visit record on Rosie's file within 24 hours, noting her weight, her feeds and who has "
                 "visited"],
                ["Spend time with Rosie on the ward to learn her feeding and settling routine, and give at "
                 "least one feed each visit",
                 "Ruth Amblecote, foster carer",
                 "Daily while Rosie is on the ward",
                 "Ward visitors' book; nurses' feed chart signed for each feed Ruth gives"],
                ["Supervise Hayley's time with Rosie on the ward and write a short note of each visit: how "
                 "Rosie was fed and how Hayley responded to her",
                 "Carol Tarrant (MGM)",
                 "Tuesday, Wednesday and Saturday, 2pm to 4pm, until discharge",
                 "Notes handed to the SW every Friday; ward visitors' book"],
                ["Supervised family time for Hayley and Carol with Rosie once she has moved to the foster "
                 "carer",
                 "Dean Whitlock, contact supervisor, Fernhollow Family Centre",
                 "Three times a week, 90 minutes, from the week Rosie is discharged",
                 "Contact recording sent to the SW within 2 working days, including how Rosie fed and "
                 "settled"],
                ["Assess Hayley's mental health and whether she can make the changes needed to care for Rosie "
                 "safely, the steps needed and how long they are likely to take",
                 "Dr Anjali Varma, consultant psychiatrist, Fernhollow Perinatal Mental Health Team",
                 "Assessment started by 14/03/2025; report by 04/04/2025",
                 "Written report sent to the SW and read at the core group on 08/04/2025"],
                ["Home visits to Hayley to check her mood against her relapse signature and her lithium levels, "
                 "and tell the core group whether she is making the changes needed to care for Rosie",
                 "Owen Thackeray, CPN, Fernhollow Perinatal Mental Health Team",
                 "Weekly from w/c 10/03/2025",
                 "Lithium results and relapse-signature scores in a written update to the SW before each core "
                 "group"],
                ["Weigh Rosie and adjust her feed plan",
                 "Sian Marwood, paediatric dietitian",
                 "Twice a week (Monday and Thursday) while Rosie is on the ward",
                 "Weights plotted on her centile chart; at least 150 g gained each week"],
                ["Discharge planning meeting with Ruth, Hayley, Carol, the HV and the SW to agree the day Rosie "
                 "moves to the foster carer and her feed plan",
                 "Sister Grace Nwosu, Kestrel Ward",
                 "Before discharge (expected w/c 24/03/2025)",
                 "Written discharge plan sent to everyone at the meeting the same day"],
                ["Health visits to Rosie at the foster home: weigh her and check her feeding and safe sleep",
                 "HV Tomasz Brzezinski, Fernhollow 0-19 Service",
                 "Within 5 working days of discharge, then every 2 weeks until the review conference",
                 "Weight plotted in the red book; HV record shared with the SW"],
                ["Parenting assessment of Hayley, including observed feeds and what she understands of "
                 "Rosie's needs, with a recommendation on whether Rosie can go home",
                 "SW Megan Lyle",
                 "Completed by 25/04/2025",
                 "Assessment report shared with Hayley and the core group"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Hayley comes to the ward unwell (not having slept, with racing speech, or saying that Rosie "
              "is in danger), the nurse in charge will end the visit and ring the SW or, out of hours, the "
              "emergency duty team. If Hayley tries to take Rosie from the ward, staff will call hospital "
              "security and the police straight away, and the SW will hold a strategy discussion the same "
              "day."),
        ("p", "Carol works shifts at a care home and may be called in. If she cannot supervise a ward visit "
              "she will ring the ward by 12 noon; that afternoon's visit will then be supervised by the ward "
              "nursery nurse, and if none is free the visit moves to the next day. Hayley does not see Rosie "
              "on the ward without Carol or a member of staff present."),
        ("p", "If Hayley withdraws her agreement to Rosie being accommodated, or the perinatal team's report "
              "says she is unlikely to be well enough to care for Rosie within the next six months, the SW "
              "will ask the team manager for a legal planning meeting within 5 working days, to decide "
              "whether to start the PLO or apply for a care order."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every 3 weeks, Tuesdays at 11am (on Kestrel Ward while Rosie is there, then at "
            "Fernhollow Family Centre): 18/03/2025, 08/04/2025 and 29/04/2025.",
            "Looked-after review with the IRO: Monday 31/03/2025, 2pm, Kestrel Ward.",
            "Review child protection conference: Thursday 29/05/2025, 10am, Fernhollow Civic Centre.",
        ]),
        ("p", "Plan written by Megan Lyle (SW) on 07/03/2025 and sent to Hayley, Carol, Ruth and every agency "
              "named above."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Review conference plan for a family about to move to another local
#    authority: the work carries on until the transfer-in conference, with a
#    referral made early so nothing waits for the move (txt, exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b65_fallowbridge_transfer_out_plan_typed_dunmore.txt",
    "split": "tune",
    "actions": 10,
    "template": "rcpc-plan-txt-typed-upper-case-headings-numbered-actions-with-who-when-how-we-will-know-lines",
    "description": (
        "Review conference plan, typed as plain text, for an 8-year-old and a 4-year-old (mother's "
        "drinking) whose family moves to another council at the end of May. Fallowbridge keeps the plan "
        "going until Frayhurst's transfer-in conference: weekly visits carry on after the move, the "
        "alcohol service keeps seeing the mother until the conference and refers her on early, school "
        "records go within 5 school days. The aunt's after-school care has a fallback in the "
        "contingency; legal gateway after named triggers; core group dates, transfer-in conference and a "
        "fallback review date. Exemplary."
    ),
    "text": """\
FALLOWBRIDGE COUNTY COUNCIL
Children and Families - North Locality Safeguarding Team

CHILD PROTECTION PLAN
Agreed at the review child protection conference, Tuesday 13 May 2025

Children:  Leo Dunmore, 8 (Year 3, Copperfield Lane Primary)
           Maisie Dunmore, 4 (Nursery class, Copperfield Lane Primary)
Mother:    Joanne (Jo) Dunmore, 33, 22 Tanners Walk, Fallowbridge
Father:    Daniel Dunmore, 35, lives in Fallowbridge; sees the children at
           his mother's house every other Saturday
Aunt:      Kerry Vance, 38, Jo's sister, 9 Mill Race Close, Frayhurst
Category:  Neglect (plan started 18/02/2025)
Social worker: Nadia Fenn         Chair: Graham Illingworth


THE MOVE
Jo has been offered a housing association house at 41 Sedge Lane,
Frayhurst, and the family move on Saturday 31 May 2025. Frayhurst is
another council. Fallowbridge stays responsible for this plan, and for
everything in it, until Frayhurst Children's Services hold their
transfer-in conference, which is booked for Tuesday 8 July 2025. Nothing
in the plan waits for the move or for the new social worker.


WHY THERE IS A PLAN
Jo was drinking most days from last autumn. In January Leo rang his aunt
at 9pm because Jo was asleep on the sofa and Maisie had not had any tea.
Leo's attendance was 79% in the autumn term. Since the initial conference
Jo has worked with the Fallowbridge Alcohol and Drug Service. Her breath
tests have been clear on 11 of the last 12 weeks, and Leo's attendance
this term is 96%. One slip, on 19 April, happened when Kerry was away.


WHAT LEO AND MAISIE HAVE TOLD US
Leo (with Nadia at school, 6 May): "Mum's been good. She does proper teas
now, like pasta." He is excited about the new house because "I get my own
room and Aunty Kerry's round the corner". He is worried about a new school
and asked whether he can still play for the Tigers on Saturdays. He scored
home 7 out of 10, up from 3 in February.
Maisie is chatty and giggly. At nursery she tells staff what she had for
tea, and at the last visit she showed Nadia the box her new bedroom
curtains came in. Her nursery teacher says she was tired and quiet on
the Monday after Jo's slip but is otherwise settled and happy.


WHAT WE WANT FOR LEO AND MAISIE
- Leo and Maisie are looked after every day and every night by an adult
  who is sober.
- Leo and Maisie start their new school the first school day after the
  move and keep going every day.
- Leo does not have to look after his sister or ring for help at night.
- Leo and Maisie know the people who will look after them in Frayhurst
  before the move, and meet their new social worker before Nadia stops.


THE PLAN

1. Visit Leo and Maisie at home, with at least one visit in three
   unannounced; see each child on their own and look at the kitchen and
   for empty bottles. After the move Nadia visits them at Sedge Lane.
   WHO: SW Nadia Fenn
   WHEN: Weekly, with no gap for the move, until the transfer-in
   conference on 08/07/2025
   HOW WE WILL KNOW: visit records with each child's words written down
   and what was seen in the kitchen

2. Send Frayhurst the chronology, this plan and the updated assessment,
   and confirm the transfer-in conference date with them in writing.
   WHO: SW Nadia Fenn
   WHEN: By Friday 16/05/2025
   HOW WE WILL KNOW: Frayhurst's confirmation email on the children's file

3. Joint home visit with the Frayhurst social worker, so that Leo and
   Maisie meet her before Nadia hands over.
   WHO: SW Nadia Fenn, with Frayhurst's allocated social worker
   WHEN: In the week of Monday 9 June 2025
   HOW WE WILL KNOW: joint visit record, with what Leo and Maisie said
   about their new social worker

4. Weekly key-work with Jo, with a breath test at each session, and a
   written report on whether Jo's drinking is changing and what that
   means for Leo and Maisie.
   WHO: Ryan Holt, keyworker, Fallowbridge Alcohol and Drug Service
   WHEN: Weekly until the transfer-in conference; reports by 27/05/2025
   and 24/06/2025
   HOW WE WILL KNOW: breath test results and the written reports sent to
   the SW before each core group

5. Refer Jo to Frayhurst Recovery Service now, so that a worker there can
   take over key-work from the day of the transfer-in conference with no
   gap.
   WHO: Ryan Holt, Fallowbridge Alcohol and Drug Service
   WHEN: By 30/05/2025
   HOW WE WILL KNOW: Frayhurst Recovery Service confirms the referral and
   a first appointment date in writing

6. Take a breath test on the breathalyser from the Alcohol and Drug
   Service at 5pm every day and send the photo of the reading to Kerry,
   so there is always a sober adult with Leo and Maisie in the evening.
   WHO: Jo Dunmore
   WHEN: Every day at 5pm
   HOW WE WILL KNOW: Kerry keeps the photos and shows them to the SW at
   each visit

7. Collect Leo and Maisie from school and give them tea at her house
   until Jo picks them up at 6pm; check Jo's breath test before the
   children go home with her.
   WHO: Kerry Vance (maternal aunt)
   WHEN: Monday to Thursday in term time, from Monday 2 June 2025
   HOW WE WILL KNOW: Kerry's handover diary (time, reading), seen by the
   SW at each visit

8. Send Leo's and Maisie's safeguarding files to Sedge Lane Primary and
   talk to the new DSL about the plan.
   WHO: Mrs Alison Greaves, DSL, Copperfield Lane Primary
   WHEN: Within 5 school days of the children's last day (30/05/2025)
   HOW WE WILL KNOW: the new DSL confirms by email to the SW that the
   files have arrived

9. Apply for school places at Sedge Lane Primary and agree a start date
   so that no school days are missed.
   WHO: Jo Dunmore, with help from the SW
   WHEN: Places confirmed by 23/05/2025; start on Monday 2 June 2025
   HOW WE WILL KNOW: admission letters on file; the new school's register
   shows both children in from 2 June

10. Worry sessions with Leo about the move and about Mum's drinking,
    using his worry monster book.
    WHO: Mr Tom Ashdown, learning mentor, Copperfield Lane Primary
    WHEN: Every Wednesday until Leo's last day on 30/05/2025
    HOW WE WILL KNOW: Leo's worry book and session notes passed to the SW


IF THINGS GO WRONG
If Jo's 5pm reading is over zero, if she misses the 5pm test, or if Kerry,
the school or the children think she has been drinking while she is
looking after them, Leo and Maisie stay with Kerry that night and Nadia
(or the emergency duty team) holds a strategy discussion the same day.
Frayhurst's emergency duty team has a copy of this plan from 30 May.

If Kerry cannot collect the children (she is ill, working late or away),
she tells Jo and Nadia by 12 noon. The children then go to the Sedge Lane
after-school club (two days a week are booked and paid for by Fallowbridge)
and the family support worker, Kim Rowley, visits at 6pm to see Jo take the
children home. If the children cannot stay with Kerry after a drinking
incident, they stay with their paternal grandmother, Sandra Dunmore, in
Fallowbridge; if neither Kerry nor Sandra can have them, Nadia arranges an
emergency foster placement that day.

If Jo drinks while caring for the children twice before the transfer-in
conference, or misses the 5pm test on three days in any week, Nadia will
take the case to Fallowbridge's legal gateway meeting within 5 working
days. Frayhurst will be invited and told the outcome.


MEETINGS
Core group every 4 weeks, 3.30pm:
  Tuesday 27/05/2025 at Copperfield Lane Primary
  Tuesday 24/06/2025 at Sedge Lane Primary, Frayhurst (Frayhurst SW invited)
Transfer-in conference (Frayhurst): Tuesday 08/07/2025, 10am, Frayhurst
  Civic Offices. This takes the place of the next review conference.
If the move does not go ahead, the review child protection conference
will be held in Fallowbridge on Tuesday 11/11/2025 at 10am.

Typed by Nadia Fenn (SW), 14/05/2025. Copies to Jo, Daniel, Kerry and all
agencies named above.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Combined looked-after review and review conference for a toddler who is
#    on a children's ward; visits only "when they are able", "as and when"
#    or after discharge; legal planning only as history; grandparents carry
#    contact with no fallback (pdf, header and footer)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b65_flintcombe_lac_toddler_ward_review_pollard.pdf",
    "doc_title": "Looked After Review and Child Protection Plan - Archie Pollard",
    "split": "tune",
    "actions": 11,
    "template": "lac-review-and-rcpc-combined-pdf-kv-details-action-lead-timescale-outcome-measure-table-meetings-table",
    "description": (
        "Combined looked-after review and review conference record for a 19-month-old accommodated under "
        "section 20 and now on a children's ward after a prolonged seizure. The SW's visits are set "
        "'every two weeks once Archie is discharged', the foster carers visit 'when they are able' and "
        "the parents 'as and when', so no one is set to visit on the ward (L001). The legal planning "
        "meeting is only history (R002); the paternal grandparents supervise contact and have him for "
        "tea but the contingency does not cover them (C003). Also the CMHT only supporting (H001), "
        "'Stacey's engagement' and 'Monitored' measures (M002), a blank measure (M001), 'All "
        "professionals' (W002), a passive row with no lead (W001), a blank timescale (T001) and 'When "
        "they are able' (T002). Contingency specific, meetings dated. Header and page footer."
    ),
    "header": "Flintcombe City Council – Children in Care Service – OFFICIAL-SENSITIVE",
    "footer": "Looked after review and CP plan – Archie Pollard – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Looked After Review and Child Protection Plan"),
        ("kv", [
            ("Child", "Archie Pollard, born 14/08/2023 (19 months)"),
            ("Where Archie is now", "Wren Ward, Flintcombe General Hospital, since Monday 10/03/2025. His "
                                    "placement is with Mr and Mrs Blake, Flintcombe Fostering Service, 7 "
                                    "Thistle Grove, Flintcombe."),
            ("Legal status", "Looked after, accommodated under section 20 since 13/01/2025"),
            ("Mother", "Stacey Pollard (26), 31 Gorse Road, Flintcombe"),
            ("Father", "Jordan Kemp (28), lives with his parents at 5 Weir Cottages, Flintcombe"),
            ("Paternal grandparents", "Pauline and Roy Kemp"),
            ("Meeting", "Combined looked-after review and review child protection conference, Thursday "
                        "13/03/2025, 10am, Flintcombe Civic Offices"),
            ("Category", "Neglect"),
            ("Social worker", "Callum Reid"),
            ("IRO and chair", "Denise Okonjo"),
        ]),
        ("h2", "Background and progress"),
        ("p", "Archie has been on a child protection plan since 16/12/2024. On 11/01/2025 a neighbour found "
              "him alone on the landing of the flats in a wet nappy while Stacey was asleep upstairs; she had "
              "stopped taking her antidepressants and said she had not been out of bed for two days. Stacey "
              "agreed to Archie being accommodated and he went to Mr and Mrs Blake on 13/01/2025. Jordan and "
              "Stacey separated before Christmas."),
        ("p", "A legal planning meeting was held on 27/02/2025. Legal advice was that the threshold for care "
              "proceedings is met, but it was agreed that Archie would stay accommodated under section 20, "
              "with both parents' agreement, while the assessments are done."),
        ("p", "On 10/03/2025 Archie had a seizure lasting 12 minutes at the placement. Mrs Blake called 999 "
              "and he was admitted to Wren Ward. He is having an MRI and an EEG, and the ward expect him to "
              "stay for at least 10 days while the tests are done and his medicine is started."),
        ("h2", "Archie's day-to-day life"),
        ("p", "Archie is not talking yet, so this is what his carers and the professionals have seen. In the "
              "placement he has gone from sitting quietly in the corner to pulling himself up on the sofa and "
              "toddling to Mrs Blake with books. He eats everything he is given and sleeps from 7pm to 6am. "
              "He cries when Stacey leaves family time and stands at the door for a few minutes, then comes "
              "back to play. On the ward he is unsettled, pulls at his cannula and sleeps in short bursts; "
              "the nurses say he settles best when Mrs Blake has been in and has left his blue blanket."),
        ("h2", "What we want for Archie"),
        ("bullets", [
            "Archie is safe, fed and comforted by the adults around him, in hospital and in his placement.",
            "Archie's seizures are understood, and his carers know what to do if he has another one.",
            "Archie catches up with his walking, play and first words.",
            "A permanent plan for Archie is agreed at his next review, in his timescales.",
        ]),
        ("h2", "Family time"),
        ("p", "Stacey and Jordan may visit Archie on Wren Ward as and when they wish, with the ward's "
              "agreement. Once he is home in his placement, Stacey's family time goes back to Monday, "
              "Wednesday and Friday at the Flintcombe Family Centre."),
        ("h2", "Care plan actions"),
        ("table", {
            "header": ["Action", "Lead", "Timescale", "Outcome measure"],
            "widths": [6.2, 3.6, 3.4, 3.8],
            "rows": [
                ["Visit Archie at his placement and see him awake and with his carers",
                 "SW Callum Reid",
                 "Every two weeks once Archie is discharged from Wren Ward",
                 "Statutory visit recorded on Archie's file within 3 working days"],
                ["Keep in touch with Wren Ward by phone and visit Archie on the ward",
                 "Mr and Mrs Blake, foster carers",
                 "When they are able",
                 "Ward updates passed on to the SW"],
                ["Share the results of Archie's MRI and EEG with the SW and the foster carers and explain what "
                 "they mean for his care",
                 "Dr Farah Nadeem, consultant paediatrician",
                 "Within 2 working days of each result",
                 "Letter to the SW and the carers; copy on Archie's file"],
                ["Supervise Jordan's family time with Archie at their home and write a short note of each "
                 "visit",
                 "Pauline and Roy Kemp (PGPs)",
                 "Every Saturday, 10am to 12 noon, starting again after discharge",
                 "Notes sent to the SW each week"],
                ["Have Archie at their house for tea and his bath so that the foster carers get a break",
                 "Pauline and Roy Kemp (PGPs)",
                 "One evening a fortnight after discharge",
                 "Dates written in the placement diary"],
                ["Continue to offer Stacey support with her low mood and anxiety through home appointments",
                 "Flintcombe Community Mental Health Team (care coordinator)",
                 "Fortnightly",
                 "Stacey's engagement with appointments"],
                ["Parenting assessment of Stacey and Jordan, including observed family time",
                 "SW Callum Reid",
                 "By 30/04/2025",
                 ""],
                ["Training for both foster carers on Archie's rescue medicine and seizure plan before he goes "
                 "back to the placement",
                 "Epilepsy nurse specialist, Flintcombe General Hospital",
                 "Before discharge",
                 "Training record signed by Mr and Mrs Blake; seizure plan kept in the placement"],
                ["Share any worry about how Archie is after family time with the SW",
                 "All professionals",
                 "The same day",
                 "Worries logged on Archie's file"],
                ["Stacey's housing to be looked at so that she has a home Archie could return to",
                 "",
                 "By the next review",
                 "Monitored"],
                ["Refer Archie to the Flintcombe Child Development Centre for a developmental assessment",
                 "HV Lorna Ashby",
                 "",
                 "Referral accepted; CDC appointment letter on file"],
            ],
        }),
        ("h2", "Contingency"),
        ("p", "If Stacey or Jordan try to take Archie from the ward or from the placement, or arrive for family "
              "time under the influence of alcohol or drugs, the ward or the foster carers will call the "
              "police and the SW (or the emergency duty team out of hours) will hold a strategy discussion "
              "the same day. If Archie has a seizure lasting more than 5 minutes in the placement, his carers "
              "will give his rescue medicine and ring 999. If the placement cannot continue, the Family "
              "Placement Team will find Archie an emergency foster placement that day."),
        ("h2", "Meetings"),
        ("table", {
            "header": ["Meeting", "Date and place"],
            "widths": [7.0, 10.0],
            "rows": [
                ["Core group (every 4 weeks)", "Thursdays 27/03/2025, 24/04/2025 and 22/05/2025, 1pm, "
                                               "Flintcombe Family Centre"],
                ["Review child protection conference", "Thursday 12/06/2025, 10am, Flintcombe Civic Offices"],
                ["Looked-after review", "Thursday 12/06/2025, held with the review conference"],
            ],
        }),
        ("p", "Record and plan agreed by the chair, Denise Okonjo, on 17/03/2025 and sent to Stacey, Jordan, "
              "Mr and Mrs Blake and every agency named above."),
    ],
    "findings": [
        F("T002", "Keep in touch with Wren Ward by phone and visit"),
        F("H001", "Continue to offer Stacey support with her low mood"),
        F("M002", "Continue to offer Stacey support with her low mood"),
        F("M001", "Parenting assessment of Stacey and Jordan, including observed"),
        F("W002", "Share any worry about how Archie is after family time"),
        F("W001", "Stacey's housing to be looked at so that she"),
        F("M002", "Stacey's housing to be looked at so that she"),
        F("T001", "Refer Archie to the Flintcombe Child Development Centre"),
        F("L001"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Initial conference plan for a family about to move to another local
#    authority; outcome column merged down over each outcome's actions;
#    several actions left for the receiving council (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b65_foxmarden_icpc_move_pending_outcome_merged_wilde.docx",
    "doc_title": "Child Protection Plan - Kacey and Jaden Wilde",
    "split": "tune",
    "actions": 10,
    "template": "icpc-plan-docx-outcome-merged-down-what-will-happen-who-by-when-how-we-will-know-table-transfer-section",
    "description": (
        "Initial conference plan for an 11-year-old and a 6-year-old (domestic abuse, the younger child's "
        "father's drinking) in a family moving to another council in June. Outcome | What will happen | Who | By "
        "when | How we will know, with each outcome merged down over its actions (three real Word "
        "vertical merges). Three actions wait for the receiving council (X001): a perpetrator "
        "programme, a CAMHS referral 'on hold', and direct work 'to be picked up by the new social "
        "worker' (also M001); beside them the SW's visits carry on until the transfer-in conference "
        "and the school sends its files. Also 'ASAP' (T002), 'Improvement in Shannon's confidence' "
        "(M002), an outcome about the mother only (F002), the father's drinking owned by no adult "
        "service (F004), 'the core group will review and consider next steps' (C002, R002) and the "
        "review conference 'to be arranged by Fennimere' (R001)."
    ),
    "check_vmerge": 3,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Foxmarden District Council – Children's Safeguarding Service – Locality Team South"),
        ("kv", [
            ("Children", "Kacey Wilde (11), Year 6, Lark Rise Primary; Jaden Wilde (6), Year 1, Lark Rise "
                         "Primary"),
            ("Mother", "Shannon Wilde (30)"),
            ("Father", "Dale Hutchins (35), Jaden's father and Kacey's stepfather; lives with the family. "
                       "Kacey's own father is not involved."),
            ("Address", "16 Coppice Way, Foxmarden (until the move)"),
            ("Conference", "Initial child protection conference, Tuesday 27/05/2025"),
            ("Category", "Emotional abuse"),
            ("Social worker", "Imogen Carver"),
            ("Chair", "Martin Oyelaran"),
        ]),
        ("h1", "Why we are worried"),
        ("p", "Police have been called to Coppice Way five times since January, each time after Dale had been "
              "drinking. On 3 May Dale threw a mug at Shannon in front of both children, and Kacey took Jaden "
              "to a neighbour's. Dale drinks most nights, often a bottle of vodka at weekends, and says he "
              "\"can stop whenever\". Kacey has had panic attacks at school since March. Jaden has started "
              "wetting the bed again and wakes with nightmares most nights."),
        ("h1", "What Kacey and Jaden say"),
        ("p", "Kacey (seen at school, 20 May): \"I stay awake till they've stopped. If Dale's been drinking I "
              "take Jaden in my bed.\" She wants \"everyone to stop shouting\" and wants to stay in touch with "
              "her best friend Amira after the move. Jaden told the SW that the house is \"loud at night\" "
              "and drew Dale \"with an angry face\". He said he likes it at Nan's because \"it's quiet and we "
              "have fish fingers\"."),
        ("h1", "The move"),
        ("p", "Shannon has accepted a council tenancy in Fennimere, which is another local authority, and the "
              "family are due to move in the week of 16/06/2025. Dale plans to move with them. The SW will "
              "send the transfer request to Fennimere Children's Services within 5 working days of the move. "
              "Kacey and Jaden have places at Fennimere Park Primary from 23/06/2025."),
        ("h1", "The plan"),
        ("table", {
            "header": ["Outcome", "What will happen", "Who", "By when", "How we will know"],
            "widths": [3.3, 5.2, 3.0, 2.6, 2.9],
            "rows": [
                ["Kacey and Jaden live in a home where there is no shouting, violence or police call-outs.",
                 "Update the safety plan with Shannon, Kacey and Jaden, including who the children ring and "
                 "where they go if there is a row",
                 "IDVA Rachel Moss, Foxmarden Domestic Abuse Service",
                 "By 06/06/2025",
                 "Written safety plan on file; a copy given to each child's school"],
                [V,
                 "Dale to be referred to a perpetrator programme in Fennimere once the case has transferred",
                 "Fennimere Children's Services",
                 "Following transfer",
                 "Referral confirmed in writing"],
                [V,
                 "Visit Kacey and Jaden at home and see each of them on their own, before and after the move",
                 "SW Imogen Carver",
                 "Weekly until the transfer-in conference in Fennimere",
                 "Visit records with each child's words written down"],
                ["Kacey is in school every day and has an adult she trusts there; Jaden sleeps through and "
                 "is dry at night.",
                 "Referral to CAMHS for Kacey's panic attacks, on hold until the family are settled in "
                 "Fennimere",
                 "SW Imogen Carver",
                 "Once the family have moved",
                 "CAMHS acceptance letter on file"],
                [V,
                 "Check in with Kacey each Monday morning about home and her worries",
                 "Mr Owen Price, learning mentor, Lark Rise Primary",
                 "Every Monday until the children leave Lark Rise",
                 "Check-in log passed to the DSL and the SW each week"],
                [V,
                 "Send Kacey's and Jaden's safeguarding files to Fennimere Park Primary",
                 "Mrs Janet Ellery, DSL, Lark Rise Primary",
                 "Within 5 school days of the children starting at Fennimere Park",
                 "Receipt confirmed by email from the new DSL"],
                [V,
                 "Direct work with Jaden about his night-time worries, to be picked up by the new social "
                 "worker in Fennimere",
                 "SW (Fennimere)",
                 "After transfer",
                 ""],
                ["Shannon will feel more confident and able to stand up to Dale.",
                 "Shannon to go to the Freedom Programme at the Foxmarden Women's Centre",
                 "Shannon Wilde",
                 "ASAP",
                 "Certificate of completion given to the SW"],
                [V,
                 "Help Shannon with the move and with setting up the new tenancy",
                 "FSW Leanne Dobbs, Foxmarden Family Hub",
                 "By 13/06/2025",
                 "Improvement in Shannon's confidence"],
                [V,
                 "Cut down his drinking and see his GP about it",
                 "Dale Hutchins",
                 "By 30/06/2025",
                 "GP appointment letter seen by the SW"],
            ],
        }),
        ("h1", "Contingency"),
        ("p", "If things get worse at home or the plan is not working, the core group will meet to review the "
              "plan and consider next steps."),
        ("h1", "Core group and review"),
        ("p", "The core group will meet every 4 weeks, first on Tuesday 10/06/2025 at Lark Rise Primary, 2pm, "
              "and then on Tuesday 08/07/2025 in Fennimere if the family have moved. The review child "
              "protection conference will be arranged by Fennimere after the transfer."),
        ("p", "Plan written by Imogen Carver (SW), 28/05/2025."),
    ],
    "findings": [
        F("X001", "Dale to be referred to a perpetrator programme in Fennimere"),
        F("X001", "Referral to CAMHS for Kacey's panic attacks, on hold"),
        F("X001", "Direct work with Jaden about his night-time worries"),
        F("M001", "Direct work with Jaden about his night-time worries"),
        F("F002", "Shannon will feel more confident and able to stand up to Dale."),
        F("T002", "Shannon to go to the Freedom Programme"),
        F("M002", "Help Shannon with the move and with setting up"),
        F("F004"),
        F("C002"),
        F("R002"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Pre-birth plan: the baby will be accommodated at birth and observed on
#    the neonatal unit, with the SW's visits "twice a week (Tuesdays and
#    Fridays)"; a meetings timeline with the review conference "TBC" (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b65_farrowdale_prebirth_plan_meetings_timeline_haldane.md",
    "split": "tune",
    "actions": 12,
    "template": "prebirth-icpc-md-what-who-when-how-we-will-know-table-then-meetings-timeline-table",
    "description": (
        "Pre-birth conference plan for the unborn baby of a 19-year-old care leaver (emotionally unstable "
        "personality disorder, daily cannabis, a violent ex-partner). The baby is to be accommodated "
        "under section 20 at birth and observed on the neonatal unit, and the SW will visit 'twice a "
        "week (Tuesdays and Fridays) until discharge' (no L001). The great-aunt drives the mother to the "
        "unit and has them on Sundays, with a fallback in the contingency; legal advice and a legal "
        "planning meeting follow named triggers. Faults: the meetings timeline has the review "
        "conference 'TBC' (R001), 'As soon as possible' (T002), the perinatal nurse only supporting "
        "(H001), 'Monitored' (M002), 'Everyone in the network' (W002), a blank timescale (T001) and an "
        "outcome about the mother only (F002)."
    ),
    "text": """\
# Pre-birth Child Protection Plan

**Farrowdale Council – Children's Services – Pre-birth and Infant Team**

**Unborn baby of:** Chantelle Haldane (19), Flat 4, Sorrel House, Farrowdale
**Due date:** 25 August 2025 (Farrowdale Women's Hospital)
**Father:** Kyle Ogden (23), Pennant Street, Farrowdale
**Great-aunt:** Brenda Haldane (58), Chantelle's aunt, who looked after her from 12 to 16
**Conference:** Pre-birth child protection conference, Tuesday 10 June 2025 (Chantelle 29 weeks)
**Category:** Neglect
**Social worker:** Bethan Yates · **Chair:** Roger Stainton

## Why there is a plan

Chantelle grew up in foster care in Farrowdale and has a personal adviser
from the leaving care team. She has a diagnosis of emotionally unstable
personality disorder and took two overdoses in 2024, the last in November.
She is open to the Farrowdale Perinatal Mental Health Service and takes
quetiapine. She smokes cannabis every evening and told conference she has
"cut right down". Police were called to her flat three times in 2024
because Kyle was hitting her; she says the relationship is over, but Kyle's
car has been seen outside Sorrel House twice in May.

## What we know about baby's life so far

Baby cannot tell us anything yet, so this is what we know of baby's life
before birth. At the 28-week scan baby was growing on the 50th centile.
Chantelle has been to 6 of her 7 antenatal appointments. She has bought a
Moses basket and keeps the baby's clothes folded in a drawer she showed the
social worker. She told the midwife that baby "goes mad kicking" when she
and Kyle argue on the phone, and that she has stopped answering his calls
so baby "can have some peace".

## What happens at the birth

Chantelle has signed her agreement for the baby to be accommodated under
section 20 from birth. The baby will stay on Lapwing Neonatal Unit for at
least 5 days to be watched because of Chantelle's medication and cannabis
use. Chantelle can stay on the postnatal ward and then visit every day.
When a mother-and-baby foster placement is ready, Chantelle and the baby
will move there together for a 12-week parenting assessment.

## What we want for baby

- Baby is born safely and is fed, kept warm and comforted from the first day.
- Baby is never cared for by an adult who is under the influence of cannabis or in crisis.
- Baby is never around Kyle unless it has been assessed as safe and is supervised.
- Chantelle will be free of cannabis and her mental health will be stable.

## Action plan

| What | Who | When | How we will know |
|---|---|---|---|
| Pre-birth parenting assessment of Chantelle, with a risk assessment of Kyle | SW Bethan Yates | As soon as possible | Assessment report shared with Chantelle and the core group |
| Key-work on Chantelle's cannabis use, with a urine screen every month, and a written report on whether she has cut down and what that means for her care of the baby | Joel Penrose, Farrowdale Drug and Alcohol Service | Fortnightly sessions and monthly screens from 16/06/2025 | Screen results and the report sent to the SW before each core group |
| Fortnightly support sessions for Chantelle with her perinatal mental health nurse | Gemma Kirkby, nurse, Farrowdale Perinatal Mental Health Service | Fortnightly from 12/06/2025 | Session notes shared with the SW |
| Ask Chantelle about her mood and her cannabis use at each antenatal appointment | Hannah Dyer, community midwife | Every antenatal appointment | Monitored |
| Birth planning meeting with Chantelle, the unit and the SW, and a written birth plan saying who may visit | Hannah Dyer, community midwife | By 34 weeks (14/07/2025) | Birth plan on the maternity system and sent to the SW |
| Safe sleep and bottle-making session with Chantelle | HV Yvonne Clegg | By 36 weeks (28/07/2025) | Safe sleep checklist signed by Chantelle and on the HV record |
| Find a mother-and-baby foster placement for Chantelle and the baby | Ruby Castle, Farrowdale Placements Team | By 36 weeks (28/07/2025) | Placement confirmed in writing to the SW and Chantelle |
| Visit the baby on Lapwing Neonatal Unit, see the baby with Chantelle and go through the unit's feeding and visiting records | SW Bethan Yates | Twice a week (Tuesdays and Fridays) until discharge | Visit record on the baby's file within 24 hours |
| Drive Chantelle to the neonatal unit and stay with her while she is with the baby | Brenda Haldane (great-aunt) | Daily while the baby is on the unit | Unit visitors' book |
| Have Chantelle and the baby at her house on Sundays, 11am to 4pm, and make sure Chantelle is never alone with the baby there | Brenda Haldane (great-aunt) | Every Sunday from the first week in the placement | Brenda's diary of each Sunday, seen by the SW |
| Tell the SW the same day if Kyle is seen at Sorrel House, the unit or the placement | Everyone in the network | Same day | Each sighting logged on the file by the SW |
| Register Chantelle with the Farrowdale Young Parents' group at Rowan Children's Centre | FSW Dan Whiteley | | Attendance register passed to the SW |

## Contingency plan

- If Chantelle takes an overdose, says she wants to harm herself or the baby, or is found under the influence of cannabis while she is with the baby, the unit or the foster carer will call the SW (or the emergency duty team) at once. The baby stays on the unit or with the foster carer, Chantelle's time with the baby is supervised by staff, and the SW holds a strategy discussion the same day.
- If Kyle comes to the unit or the placement, staff will call the police and he will be asked to leave.
- If Brenda cannot drive Chantelle to the unit, the leaving care team pays for a taxi that day. If Brenda cannot have them on a Sunday, Chantelle and the baby stay at the placement with the foster carer.
- If Chantelle's screens show any drug other than cannabis, she is still smoking cannabis every day at 36 weeks, or she leaves the placement with the baby, the SW will seek legal advice and ask for a legal planning meeting within 5 working days to consider care proceedings.

## Meetings timeline

| Date | Meeting |
|---|---|
| Tuesday 24/06/2025, 10am | Core group 1, Farrowdale Family Hub |
| By 14/07/2025 | Birth planning meeting (see the action plan) |
| Tuesday 22/07/2025, 10am | Core group 2, Farrowdale Family Hub |
| Tuesday 19/08/2025, 10am | Core group 3, Farrowdale Family Hub |
| Before the baby leaves the unit | Discharge planning meeting, Lapwing Neonatal Unit |
| TBC | Review child protection conference |

*Plan typed by Bethan Yates (SW), 11/06/2025, and shared with Chantelle, Brenda and all agencies.*
""",
    "findings": [
        F("T002", "Pre-birth parenting assessment of Chantelle, with a risk assessment"),
        F("H001", "Fortnightly support sessions for Chantelle with her perinatal"),
        F("M002", "Ask Chantelle about her mood and her cannabis use"),
        F("W002", "Tell the SW the same day if Kyle is seen"),
        F("T001", "Register Chantelle with the Farrowdale Young Parents' group"),
        F("F002", "Chantelle will be free of cannabis and her mental health will be stable."),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Initial conference plan in bullets: grandparents and an aunt carry much
#    of the plan and there is no contingency at all; a child in hospital who
#    is not looked after; no outcomes; no legal step (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b65_frostmere_icpc_bullets_family_network_redfern.md",
    "split": "tune",
    "actions": 10,
    "template": "icpc-plan-md-narrative-sections-then-what-will-happen-bullets-owner-first-core-group-and-review-prose",
    "description": (
        "Initial conference plan in bullets for a 7-year-old and a 3-year-old (neglect, mother's codeine "
        "misuse, past domestic abuse). The 3-year-old is on a children's ward with pneumonia but lives "
        "at home and is not looked after (no L001). The grandparents do the school run and Saturday "
        "nights and the aunt supervises the father's contact, but there is no contingency at all (C001, "
        "C003); no outcome for the children (O001); nothing about legal planning (R002). The GP owns an "
        "action on the codeine (no F004); core group frequency and review date in prose (no R001). "
        "Action faults: a bullet with no timescale or measure (T001, M001), a passive bullet (W001), "
        "'as and when a place comes up' (T002) and 'keep an eye on his weight' (M002)."
    ),
    "text": """\
# Child Protection Plan: Ellie-Mae and Kai Redfern

Frostmere Borough Council, Children's Services, Family Safeguarding Team 2

Initial child protection conference held on Wednesday 4 June 2025 at Frostmere
Town Hall. Category: neglect. Social worker: Tamsin Cole. Chair: Helen Marchetti.

## The family

- Ellie-Mae Redfern, 7, Year 2 at Frostmere Park Primary
- Kai Redfern, 3, goes to Little Oaks Pre-school three mornings a week
- Nicole Redfern, 27, their mum; the children live with her at 12 Larch Crescent
- Wayne Lacey, 30, their dad; lives in Frostmere and sees the children every other Sunday
- Sue and Phil Redfern, Nicole's parents, live on Orchard Lane, five minutes' walk away
- Leanne Shaw, Nicole's sister, lives in Frostmere

Kai has been on Heron Ward at Frostmere Children's Hospital since 30 May with
pneumonia. Nicole is staying on the ward with him, and Ellie-Mae is staying with
Sue and Phil until he is home, which the ward expects to be next week.

## What we are worried about

Nicole has had back pain since a car accident in 2023 and is prescribed codeine.
She has told the GP she has also been buying it online, and on 12 May the school
could not wake her when they brought Ellie-Mae home at 4pm after nobody
collected her. When the social worker visited on 14 May there was dog mess on the
kitchen floor, no food in the fridge, and Kai was in a nappy that was soaked
through. Ellie-Mae missed 30 school days last year. Wayne was violent to Nicole
when they lived together and there is a restraining order until 2026; he has not
been violent to the children.

## What the children have told us and how they are

Ellie-Mae (seen at school on 28 May): "Mummy sleeps a lot. I get Kai's cereal.
I like it at Nanny's because there's always tea." She said she misses school when
"Mummy can't get up" and she wants "to go to school every day like Lily". She
likes seeing her dad at Aunty Leanne's "because we do baking".

Kai is too young to tell us much. On the ward he is chatty with the nurses, eats
well and asks for "Nanny Sue". At the home visit on 14 May he was hungry, ate two
rounds of toast quickly and did not go to Nicole when he fell over.

## What will happen

- Sue and Phil Redfern (maternal grandparents) will take Ellie-Mae to school and collect her every weekday; the school's late book will show her in by 8.50am.
- Sue and Phil will have both children to stay every Saturday night once Kai is home from hospital, and Sue will mark each stay on the calendar the SW checks at her visits.
- Leanne Shaw (maternal aunt) will supervise the children's time with their dad at her house every other Sunday afternoon and text the SW a short note of how it went that evening.
- Tamsin Cole (SW) will visit the children at home every week once Kai is discharged, and see Ellie-Mae on her own at school every other week, writing down what she says.
- Dr Ruth Halloway (GP) will review Nicole's codeine prescription with her and write to the SW by 27 June 2025 about how much she is taking and whether it is affecting her care of Kai and Ellie-Mae.
- Nicole will keep her pain clinic appointments.
- Home conditions will be checked every fortnight and a deep clean arranged, with photos of the kitchen and bedrooms kept on file.
- Nicole will go on the Freedom Programme as and when a place comes up, and show the SW her certificate.
- Ama Boateng (HV) will do Kai's 3-year health review within 2 weeks of his discharge and keep an eye on his weight.
- Mrs Lyons (DSL, Frostmere Park Primary) will check Ellie-Mae's attendance every morning and email the register to the SW every Friday.

## Core group and review

The core group will meet every two weeks on Wednesdays at 3.30pm at Frostmere
Park Primary, starting on 11 June 2025. The review child protection conference
will be on Tuesday 26 August 2025 at 10am at Frostmere Town Hall.
""",
    "findings": [
        F("T001", "Nicole will keep her pain clinic appointments."),
        F("M001", "Nicole will keep her pain clinic appointments."),
        F("W001", "Home conditions will be checked every fortnight"),
        F("T002", "Nicole will go on the Freedom Programme"),
        F("M002", "keep an eye on his weight"),
        F("O001"),
        F("C001"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Transfer-in conference plan written by the receiving council: the move
#    is history; the plan is built around the mother, the children are not
#    heard, "core group to be arranged", and the manager will only "consider
#    whether a legal planning meeting is needed" (pdf, header and footer)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b65_fordingtree_transfer_in_conference_plan_marsh.pdf",
    "doc_title": "Transfer-in Child Protection Conference - Plan - Jade and Riley Marsh",
    "split": "tune",
    "actions": 11,
    "template": "transfer-in-conference-plan-pdf-kv-details-background-outcomes-action-responsible-timescale-measure-of-success-table",
    "description": (
        "Plan from a transfer-in conference held by the receiving council for a 9-year-old and a "
        "2-year-old whose mother fled domestic abuse from another council's area. The transfer itself is "
        "history and one action asks the old council for records (no X001); the previous council's "
        "legal advice is only history and the manager will only 'consider whether a legal planning "
        "meeting is needed' (R002). Six of eleven actions are about the mother's own needs with no link "
        "to the children (F001) and the children's views are nowhere (F003). Also an outcome about the "
        "mother (F002), Talking Therapies only treating (H001), 'Ongoing' (T002), 'Engagement with the "
        "group' (M002), a blank measure (M001), 'All agencies' (W002), 'further concerns ... the plan "
        "will be reviewed' (C002) and 'Core group: to be arranged' (R001). Header and page footer."
    ),
    "header": "Fordingtree Metropolitan Council · Children and Young People's Service · OFFICIAL-SENSITIVE",
    "footer": "Transfer-in conference plan – Marsh – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Transfer-in Child Protection Conference: Plan"),
        ("kv", [
            ("Children", "Jade Marsh (9), Fordingtree Junction Primary from 28/04/2025; Riley Marsh (2), on the "
                         "waiting list for a nursery place"),
            ("Mother", "Kayleigh Marsh (29)"),
            ("Fathers", "Jade's father is not involved. Riley's father is Scott Brannigan (31), who lives in "
                        "Fenstowe."),
            ("Address", "Temporary accommodation, Flat 2, 18 Canal Street, Fordingtree"),
            ("Transferred from", "Fenstowe County Council (child protection plan since 14/11/2024)"),
            ("Conference", "Transfer-in child protection conference, Monday 12/05/2025, Fordingtree Civic "
                           "Centre"),
            ("Category", "Emotional abuse"),
            ("Social worker", "Abigail Thorne, Fordingtree Assessment and Safeguarding Team"),
            ("Chair", "Desmond Achterberg"),
        ]),
        ("h2", "Background"),
        ("p", "Jade and Riley were made subject to child protection plans by Fenstowe County Council in November "
              "2024 because of domestic abuse by Scott towards Kayleigh. Fenstowe took legal advice in January "
              "2025 and decided not to issue proceedings because Kayleigh had ended the relationship. Fenstowe "
              "completed a parenting assessment in March 2025, which was positive about Kayleigh's care of the "
              "children, and sent it with the transfer papers."),
        ("p", "On 4 April 2025 Scott found Kayleigh at her flat in Fenstowe and broke the door down. Kayleigh "
              "and the children went to a refuge in Fordingtree and then to temporary accommodation on Canal "
              "Street. Fenstowe asked Fordingtree to take over the plan and this conference has now done so. "
              "Kayleigh has depression and anxiety and takes sertraline. She says she has not been sleeping "
              "since the move and feels \"on edge all the time\"."),
        ("h2", "Outcomes"),
        ("bullets", [
            "Jade and Riley are safe from Scott and he does not find out where they live.",
            "Kayleigh's mental health improves and she feels able to cope.",
        ]),
        ("h2", "Action plan"),
        ("table", {
            "header": ["Action", "Responsible", "Timescale", "Measure of success"],
            "widths": [6.0, 4.0, 3.2, 3.8],
            "rows": [
                ["CBT sessions for Kayleigh's anxiety and low mood",
                 "Fordingtree Talking Therapies",
                 "Weekly for 12 weeks from 19/05/2025",
                 "Sessions attended; PHQ-9 and GAD-7 scores"],
                ["Support Kayleigh to register with a GP and a dentist in Fordingtree",
                 "FSW Dionne Clarke",
                 "By 30/05/2025",
                 "Registration confirmed"],
                ["Help Kayleigh apply to move from temporary accommodation to a two-bedroom flat",
                 "Fordingtree Housing Options",
                 "Ongoing",
                 "Housing application submitted"],
                ["Kayleigh to join the women's wellbeing group at Fordingtree Family Hub",
                 "Kayleigh Marsh",
                 "Tuesdays from 03/06/2025",
                 "Engagement with the group"],
                ["Benefits and debt advice for Kayleigh",
                 "Money adviser, Fordingtree Citizens Advice",
                 "By 13/06/2025",
                 ""],
                ["Kayleigh to see her new GP about her sertraline dose and her sleep",
                 "Kayleigh Marsh",
                 "By 06/06/2025",
                 "Prescription reviewed; GP letter to the SW"],
                ["Ask Fenstowe for the police disclosure and the school records they still hold",
                 "SW Abigail Thorne",
                 "By 23/05/2025",
                 "Records received and on the children's file"],
                ["Visit the family at home and see Jade and Riley",
                 "SW Abigail Thorne",
                 "Every 2 weeks",
                 "Visit recorded on the file"],
                ["Share any concerns about the children with the SW",
                 "All agencies",
                 "Same day",
                 "Concerns logged on the file"],
                ["Riley's 2-year developmental review",
                 "HV Kwame Mensah",
                 "By 27/06/2025",
                 "ASQ-3 scores shared with the SW"],
                ["Update the family safety plan with Kayleigh and Jade and check that Scott does not know the "
                 "new address",
                 "IDVA Lucy Partridge, Fordingtree Domestic Abuse Service",
                 "Monthly",
                 "Safety plan on file, signed by Kayleigh"],
            ],
        }),
        ("h2", "Contingency"),
        ("p", "If there are further concerns about the children, the SW will discuss them with her team manager "
              "and the plan will be reviewed. If Kayleigh does not make progress, the team manager will "
              "consider whether a legal planning meeting is needed."),
        ("h2", "Core group and review"),
        ("kv", [
            ("Core group", "To be arranged"),
            ("Review child protection conference", "Monday 11/08/2025, 10am, Fordingtree Civic Centre"),
        ]),
        ("p", "Plan agreed by the chair on 13/05/2025 and sent to Kayleigh and all agencies."),
    ],
    "findings": [
        F("H001", "CBT sessions for Kayleigh's anxiety and low mood"),
        F("T002", "Help Kayleigh apply to move from temporary accommodation"),
        F("M002", "Kayleigh to join the women's wellbeing group"),
        F("M001", "Benefits and debt advice for Kayleigh"),
        F("W002", "Share any concerns about the children with the SW"),
        F("F001"),
        F("F002", "Kayleigh's mental health improves and she feels able to cope."),
        F("F003"),
        F("C002"),
        F("R001"),
        F("R002"),
    ],
})
