"""Batch 131, module c: seven fictional plans (tuning material), places beginning with "c".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: the later parts of Finding One of the Child Z review, written the way
experienced practitioners write them in their own local templates. How the
core group checks progress and what happens when progress is not enough, in
each author's words ("we will ask for a legal gateway meeting", "the case
will be presented to the Legal Planning Forum", "PLO pre-proceedings will be
considered at a legal planning meeting", "a Legal Planning Meeting (LPM) will
be convened", "the manager will decide whether the threshold for care
proceedings is met"); families moving between local authorities (a
transfer-in conference plan that says what carried over, a letter to parents
saying the plan stays in force unchanged until the receiving authority's
conference, named workers in both councils and joint visits); looked-after
children in hospital (a baby on a neonatal unit, a 14-year-old on an
adolescent inpatient unit, a baby on a children's ward): who visits and how
often, who holds parental responsibility and consents to treatment, discharge
planning; adult services planning with children's services (a shared plan
meeting with the CMHT, joint visits, the care co-ordinator at the core group)
while the plan stays about the children.

Five plans are exemplary (no finding under any rule):
  - caddonfield: transfer-in conference plan, landscape Word table with the
    outcome merged down and a "from Harnmoor?" column (docx);
  - cawstead: social worker's report to a review conference, co-written with
    the CMHT care co-ordinator, with an updated plan table (pdf);
  - cresslow: social worker's letter to parents about their move to another
    council, numbered commitments until the transfer-in conference (pdf);
  - colbury: plan for a looked-after 14-year-old on an adolescent inpatient
    unit, bullets under each person's "will:" heading (md);
  - carrowby: plan for a looked-after baby on a neonatal unit, plain-text
    numbered actions with Who / When / Check lines (txt).
Two carry a realistic mix of faults among mostly good rows:
  - cotterdale: core group record held on a children's ward for a
    looked-after baby, with an action log (docx): no visits at a stated
    frequency, a feeling as a measure, a treatment-only talking therapy row,
    "All professionals", an outcome for the mother only;
  - cindersby: core group minutes for a family about to move to another
    council (md): work paused pending transfer and left for the new council,
    "Ongoing", "Core group", a feeling as a measure, no review conference
    date and no legal step.

Counting convention for "actions" (sample_plans/README.md, "Files" and
convention 1): every live row of an action table, every numbered item of a
numbered action list and every bullet of an action section counts; the
contingency, the meeting dates, sections on parental responsibility and
consent, and accounts of work already done (for example the transferring
council's visits before the transfer-in conference) are not actions. No plan
here keeps a finished one-off action in its action section.
"""
from build_batch5 import F, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Transfer-in child protection conference plan: a mother and two children
#    who moved from Harnmoor to Caddonfield to get away from a violent
#    ex-partner; mother with PTSD and depression, her care transferred to the
#    Caddonfield adult mental health team. Landscape Word table, outcome
#    merged down, "From Harnmoor?" column. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b131_caddonfield_transfer_in_icpc_merged_outcome_pryor.docx",
    "doc_title": "Transfer-in Child Protection Plan - Tyler Pryor and Esme Lyle",
    "split": "tune",
    "actions": 12,
    "landscape": True,
    "check_vmerge": 3,
    "template": "transfer-in-conference-plan-docx-landscape-details-list-how-the-family-came-keeping-the-plan-going-during-the-move-childrens-and-mums-views-then-outcome-merged-down-what-will-happen-lead-when-how-we-will-know-from-previous-authority-column-contingency-core-group",
    "description": (
        "Exemplary transfer-in conference plan for a 7-year-old and a 2-year-old who moved with "
        "their mother from Harnmoor to Caddonfield to get away from her violent ex-partner. The "
        "prose says the Harnmoor plan stayed in force, unchanged, until the conference, with the "
        "Harnmoor social worker visiting weekly and a joint visit with the Caddonfield social "
        "worker. A landscape Word table with the outcome for the children merged down its rows "
        "and a column saying which actions carried over from Harnmoor; the Harnmoor social worker "
        "still owns the hand-over of records. The mother's PTSD and depression: the new adult "
        "mental health team reports on change, the GP owns a row, joint visits are SW-led. "
        "Contingency with triggers and same-day responses; a legal gateway meeting if nothing has "
        "changed by the review; core group dates and the review conference date."
    ),
    "blocks": [
        ("title", "Child Protection Plan – Transfer-in Conference"),
        ("p", "Caddonfield Borough Council · Children and Young People's Service · Safeguarding Team North"),
        ("kv", [
            ("Children", "Tyler Pryor (7), DOB 11/02/2018, Year 3, St Anne's CE Primary, Caddonfield; "
                         "Esme Lyle (2), DOB 19/07/2023"),
            ("Address", "Flat 6, Marram House, Quayside Road, Caddonfield CD3 9PW (Ferngate Housing "
                        "Association, since 15/09/2025)"),
            ("Mother", "Shannon Pryor (27)"),
            ("Esme's father", "Dean Lyle (33), lives in Harnmoor. A non-molestation order made at Harnmoor "
                              "Family Court on 28/08/2025 forbids him to contact Shannon or go within 100 "
                              "metres of her home until 28/08/2026."),
            ("Category", "Emotional abuse (both children), unchanged from the Harnmoor plan"),
            ("Plan first made", "Initial child protection conference, Harnmoor County Council, 12/06/2025"),
            ("This conference", "Transfer-in child protection conference, Caddonfield Civic Offices, "
                                "06/10/2025. Chair: Rosalind Akers (IRO)"),
            ("Social worker from today", "Kirsty Adeyemi, Caddonfield (team manager: Paul Okoro)"),
            ("Transferring social worker", "Lucy Mbeki, Harnmoor County Council, Eastern Area Team (team "
                                           "manager: Graham Tait)"),
        ]),
        ("h1", "How Tyler and Esme came to Caddonfield"),
        ("p", "Tyler and Esme have had child protection plans in Harnmoor since June 2025. Police were called to "
              "the family home in Harnmoor five times between December 2024 and May 2025, each time to Dean "
              "shouting at or hitting Shannon. On 30/05/2025 he pushed Shannon into a glass door while she was "
              "holding Esme, and Tyler ran to a neighbour for help. Shannon ended the relationship, obtained the "
              "non-molestation order and, on 15/09/2025, moved with the children to a housing association flat in "
              "Caddonfield, where Dean has no family or friends."),
        ("h1", "Keeping the plan going during the move"),
        ("p", "Harnmoor told Caddonfield of the move on 16/09/2025. Until today's conference the Harnmoor plan "
              "stayed in force, unchanged, and Harnmoor kept responsibility for it. Lucy Mbeki visited the children "
              "at the new flat every week (19/09, 26/09 and 03/10/2025) and Kirsty Adeyemi joined her for a joint "
              "visit on 29/09/2025, when Tyler showed them both his new bedroom. The Harnmoor core group met on "
              "25/09/2025 with the Caddonfield health visitor and the St Anne's DSL joining by video. Harnmoor's "
              "health visiting records reached Caddonfield on 22/09/2025 and Tyler's school records on 24/09/2025."),
        ("p", "From the end of today's conference the plan below replaces the Harnmoor plan and Caddonfield holds "
              "the case. Nothing in the Harnmoor plan has been dropped: the last column says whether each action "
              "carries one over from Harnmoor or is new."),
        ("h1", "What Tyler and Esme have shown and told us"),
        ("p", "Tyler (seen on his own at school by Kirsty, 01/10/2025): “I like my new school because Mr Dale lets "
              "me feed the fish. At the old house I put my headphones on when Dean was shouting. I don't want him "
              "to know where we live.” He gave his new home 8 out of 10 and the old one 2. He said a dog would make "
              "it a 10."),
        ("p", "Esme was seen at home on 29/09 and 03/10/2025. She ran to Shannon and hid her face when the door "
              "buzzer went, then came back to show Kirsty her toy bus and said “Ty-Ty” when Tyler came in. She "
              "uses about ten words. In Harnmoor she woke screaming twice most nights; Shannon says she now wakes "
              "once, and settles when Shannon sings to her."),
        ("h1", "What Shannon says"),
        ("p", "“I moved so the kids could stop being scared. I know it's on me to keep Dean away and I'm frightened "
              "he'll find us. Mornings are the worst for my nerves.” Shannon has post-traumatic stress disorder "
              "and depression, diagnosed by Harnmoor Community Mental Health Team in July 2025, and takes "
              "sertraline. Harnmoor CMHT referred her to the Caddonfield Wellbeing and Recovery Team, which "
              "accepted her care on 30/09/2025."),
        ("h1", "The plan"),
        ("p", "The lead is the person who makes sure the action happens. Timescales run from today unless a row "
              "says otherwise."),
        ("table", {
            "header": ["What we want for Tyler and Esme", "What will happen", "Lead", "When",
                       "How we will know", "From Harnmoor?"],
            "widths": [4.3, 6.2, 3.6, 3.8, 5.0, 2.8],
            "rows": [
                ["A. Tyler and Esme live where Dean cannot find or reach them, and are not frightened at home.",
                 "Visit Tyler and Esme at home, see Tyler on his own, and write down what he says about home and "
                 "school",
                 "Kirsty Adeyemi, SW, Caddonfield",
                 "Weekly from 06/10/2025 until the review conference; at least one visit a month unannounced",
                 "Visit records show both children seen every week and Tyler seen alone at least every other week, "
                 "with his words recorded",
                 "Yes – Harnmoor action 1"],
                [V,
                 "Send Kirsty the Harnmoor chronology, the police disclosures and the last three core group "
                 "minutes, and ring her to go through them",
                 "Lucy Mbeki, SW, Harnmoor County Council",
                 "By 13/10/2025",
                 "Documents on the Caddonfield file and Kirsty's email confirming the call, both by 13/10/2025",
                 "New"],
                [V,
                 "Put a marker on the flat so that any 999 call is treated as urgent, and tell the SW the same day "
                 "of any sighting of Dean in Caddonfield or any breach of the order",
                 "PC Joel Ransome, Caddonfield Police Safeguarding Hub",
                 "Marker by 10/10/2025; any sighting or breach reported the same day",
                 "Marker confirmed in writing to the SW by 10/10/2025; every report logged on the children's file",
                 "Yes – Harnmoor action 4 (marker moved from Harnmoor Police)"],
                [V,
                 "Make a new safety plan with Shannon for Quayside Road: a private phone number, a collection "
                 "password at school and nursery, and what she and Tyler do if Dean turns up",
                 "Amira Farouk, IDVA, Caddonfield Domestic Abuse Service",
                 "First meeting by 17/10/2025; plan written by 24/10/2025; then fortnightly sessions until the "
                 "review conference",
                 "Written safety plan copied to the SW by 24/10/2025; Tyler can tell the SW what he would do if "
                 "Dean came to the flat",
                 "Yes – Harnmoor action 5 (new IDVA)"],
                [V,
                 "Four sessions of direct work with Tyler about what happened at the old house and who he can tell "
                 "when he is scared, using his worry monster book",
                 "Kirsty Adeyemi, SW, Caddonfield",
                 "Four sessions by 28/11/2025",
                 "Tyler's book and his own words on file and brought to the review conference",
                 "Yes – Harnmoor action 3 (two of six sessions done in Harnmoor)"],
                ["B. Esme's talking catches up with other two-year-olds, and Tyler and Esme settle happily at "
                 "school and nursery.",
                 "Do Esme's two-year review (ASQ-3) using the Harnmoor records, and check her sleep and speech",
                 "Bethan Clough, HV, Caddonfield Community Health",
                 "Review by 31/10/2025; then a home visit every four weeks until the review conference",
                 "ASQ-3 scores shared with Shannon and the SW by 31/10/2025; speech and language referral made "
                 "within a week if her communication score is below the cut-off",
                 "Yes – Harnmoor action 7"],
                [V,
                 "Check Tyler's attendance and punctuality every day and give him a ten-minute check-in with his "
                 "key adult, Mr Dale, every Monday",
                 "Mrs Gail Porter, DSL, St Anne's CE Primary",
                 "Every school day; check-in every Monday",
                 "Attendance sent to the SW every Friday; check-ins logged on CPOMS; attendance 95% or more by the "
                 "review",
                 "Yes – Harnmoor action 8 (new school)"],
                [V,
                 "Find Esme a funded two-year-old place at the Quayside Family Hub nursery and go with Shannon and "
                 "Esme to her first settling-in session",
                 "Rhian Doyle, family support worker, Caddonfield Family Hub",
                 "Place starting by 03/11/2025; three mornings a week after that",
                 "Nursery register sent to the SW every two weeks; Esme at 5 or more of every 6 sessions",
                 "New"],
                ["C. Tyler and Esme are cared for each day by a mum who is well enough to get them up, fed and to "
                 "school and nursery on time.",
                 "Take over Shannon's mental health care from Harnmoor CMHT, see her every two weeks, and write to "
                 "each core group on whether she is making the changes Tyler and Esme need and how long that is "
                 "likely to take",
                 "Owen Tse, care co-ordinator, Caddonfield Wellbeing and Recovery Team (adult mental health)",
                 "First appointment by 14/10/2025; then every two weeks; report two working days before each core "
                 "group",
                 "Written report on the children's file before every core group, with Owen's view of the likely "
                 "timescale for change",
                 "New (care transferred from Harnmoor CMHT on 30/09/2025)"],
                [V,
                 "Joint home visit with Owen Tse to agree how Shannon's mental health plan and the children's plan "
                 "fit together, and write a shared list of the early signs that Shannon is becoming unwell",
                 "Kirsty Adeyemi, SW, Caddonfield",
                 "First joint visit by 24/10/2025; then every six weeks",
                 "Joint visit note signed by both workers on both files; the early-signs list given to Shannon and "
                 "the core group by 24/10/2025",
                 "New"],
                [V,
                 "Review Shannon's sertraline and tell the SW within two working days if she misses a review or "
                 "stops her medication",
                 "Dr Imran Hale, GP, Riverside Surgery, Caddonfield",
                 "Review by 17/10/2025; then at each eight-weekly review",
                 "GP letter on the children's file by 24/10/2025; an email to the SW after each review",
                 "Yes – Harnmoor action 9 (new GP)"],
                [V,
                 "Get Tyler to school by 8.45am and Esme to nursery on her mornings, and have Esme in bed by "
                 "7.30pm and Tyler by 8pm",
                 "Shannon Pryor (Mum)",
                 "Every school day from 06/10/2025",
                 "School and nursery registers show both children on time; Shannon's bedtime chart seen by the SW "
                 "at each visit",
                 "Yes – Harnmoor action 10"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Dean comes to Quayside Road, contacts Shannon or the children, or is seen in Caddonfield: Shannon "
            "rings 999 and police attend under the marker; Kirsty holds a strategy discussion with Caddonfield "
            "Police the same day; if Dean knows the address, Amira arranges a refuge place for Shannon and the "
            "children that day.",
            "If Shannon shows the early signs on the shared list (not getting up on two mornings running, not "
            "eating, talking about harming herself): Owen asks the Caddonfield crisis team to see her the same "
            "day and Kirsty visits the children that day. Shannon has no family near Caddonfield, so if she "
            "cannot care for Tyler and Esme safely, Kirsty places them together with Caddonfield foster carers "
            "that day.",
            "If Shannon lets Dean back into the children's lives, or things have not changed by the review "
            "conference (Esme still not at nursery, Tyler's attendance under 90%, or Owen's reports say Shannon "
            "is not making the changes), we will ask for a legal gateway meeting: Kirsty will ask Paul Okoro for "
            "one within five working days, to decide whether to start the Public Law Outline.",
        ]),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks, Thursdays at 1pm, Quayside Family Hub: 16/10/2025, 13/11/2025 and "
            "11/12/2025. Owen Tse is a core group member and brings his written report to each meeting.",
            "Lucy Mbeki joins the first core group on 16/10/2025 by video, so that anything still open from "
            "Harnmoor is handed over in the meeting.",
            "Review child protection conference: Tuesday 06/01/2026, 10am, Caddonfield Civic Offices.",
        ]),
        ("p", "Copies to Shannon, Lucy Mbeki (Harnmoor) and everyone named in the plan."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Social worker's report to the first review conference, co-written with
#    the CMHT care co-ordinator after a shared plan meeting; mother with
#    bipolar disorder after a hospital admission, two children, grandmother
#    and Lily's father helping. Word report printed to PDF with a page header
#    and footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b131_cawstead_rcpc_report_joint_cmht_plan_brannon.pdf",
    "doc_title": "Social Worker's Report to the Review Conference - Archie and Lily Brannon",
    "split": "tune",
    "actions": 12,
    "template": "sw-report-to-rcpc-printed-to-pdf-page-header-footer-to-from-co-written-with-care-coordinator-why-what-has-happened-childrens-words-working-with-adult-mental-health-relapse-signature-outcomes-then-updated-plan-table-no-what-who-when-how-we-will-know-contingency-recommendation-meetings",
    "description": (
        "Exemplary social worker's report to the first review conference for an 11-year-old and a "
        "5-year-old whose mother has bipolar disorder and was detained in July; printed to PDF "
        "with a page header and footer. Sections written with the CMHT care co-ordinator describe "
        "a shared plan meeting that joined the mother's CPA review to the children's plan, one "
        "relapse signature held by the whole core group, joint visits and the care co-ordinator "
        "at every core group. In the updated plan the care co-ordinator and the psychiatrist both "
        "report on change and prognosis, the GP owns the lithium checks, the grandmother's and "
        "father's parts have a fallback, and the case goes to the Legal Planning Forum on named "
        "triggers; core group dates and the second review date are set."
    ),
    "header": "OFFICIAL-SENSITIVE – Cawstead Metropolitan Borough Council – Children's Services",
    "footer": "Brannon – SW report to the review conference, 21/10/2025 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Social Worker's Report to the Review Child Protection Conference"),
        ("kv", [
            ("To", "Anjali Rao, Independent Reviewing Officer (chair)"),
            ("From", "Megan Fairley, Social Worker, Cawstead Children's Services, Family Safeguarding Team 2 "
                     "(team manager: Chris Doherty)"),
            ("Written with", "Nia Roberts, community psychiatric nurse and care co-ordinator, Cawstead Community "
                             "Mental Health Team (East), for sections 4 and 6"),
            ("Date of report", "10/10/2025"),
            ("Review conference", "Tuesday 21/10/2025, 10am, Cawstead Town Hall, Room 2"),
            ("Children", "Archie Brannon (11), DOB 03/03/2014, Year 7, Cawstead Park Academy; Lily Brannon (5), "
                         "DOB 27/05/2020, Reception, Hillcrest Infants"),
            ("Mother", "Kayleigh Brannon (34), 14 Pottery Lane, Cawstead CW4 2HD"),
            ("Lily's father", "Sam Brannon (36), 3 Mill View, Cawstead; separated from Kayleigh since 2022. "
                              "Archie's father has not seen him since 2018."),
            ("Maternal grandmother", "Pat Holden (61), 22 Station Road, Cawstead"),
            ("Initial conference", "22/07/2025, category neglect (both children)"),
        ]),
        ("h1", "1. Why Archie and Lily have a plan"),
        ("p", "Kayleigh has bipolar affective disorder, diagnosed in 2016, and had been well for 18 months. In "
              "June 2025 she stopped taking her lithium. Within three weeks she was sleeping two or three hours a "
              "night, had spent her rent money and, on 02/07/2025, took Lily into the town centre at 2am to buy "
              "paint. Archie, who had been getting Lily to school and making the meals, rang his nan. Kayleigh was "
              "admitted to Fernleigh Ward, Cawstead Hospital, under section 2 of the Mental Health Act on "
              "04/07/2025 and discharged on 28/07/2025. Archie and Lily stayed with Pat until 01/08/2025."),
        ("h1", "2. What has happened since the initial conference"),
        ("bullets", [
            "Kayleigh has been home since 28/07/2025. Her lithium level has been in the therapeutic range at all "
            "three blood tests since discharge.",
            "Nia has seen Kayleigh every two weeks and has come to all three core groups.",
            "Archie's attendance since September is 97% and Lily's 94%. Lily was late four times, all on "
            "Mondays after weekends at her dad's.",
            "On 02/10/2025 we held a shared plan meeting (section 4).",
            "Kayleigh says: “I know what it did to Archie. I don't want him ever to have to ring Mum again.”",
        ]),
        ("h1", "3. What Archie and Lily have told me"),
        ("p", "Archie (seen on his own at school, 30/09/2025): “Mum's back to normal, like, she cooks and she's "
              "not on her phone all night. I still check she's taken her tablet. I liked being at Nan's but I "
              "missed my own bed.” He scored home 7 out of 10, up from 3 in July. When I asked what would make "
              "it a 10 he said “knowing it won't happen again”."),
        ("p", "Lily (seen at home, 07/10/2025) showed me her reading book and the star chart on the fridge. She "
              "said “Mummy was being silly and went to hospital and now she's better” and that she likes "
              "“Daddy's house on Saturdays because we go swimming”. She went to her mum for a cuddle when she "
              "bumped her knee."),
        ("h1", "4. Working with adult mental health services"),
        ("p", "Since the initial conference the CMHT and I have planned together rather than side by side. On "
              "02/10/2025 Nia, Dr Farid Shah (consultant psychiatrist), Kayleigh and I held a shared plan meeting "
              "that joined Kayleigh's Care Programme Approach review to the children's plan. We agreed one relapse "
              "signature, written with Kayleigh and talked through with Archie, which every core group member now "
              "holds. Nia and I have made two joint home visits. The plan in section 6 is the plan we agreed "
              "together; the CMHT's actions are also written into Kayleigh's CPA care plan, so that both services "
              "are working to the same dates."),
        ("p", "Kayleigh's relapse signature (agreed 02/10/2025): sleeping under five hours on two nights running; "
              "spending money she does not have; talking fast and not finishing sentences; missing her lithium or "
              "a blood test."),
        ("h1", "5. Outcomes for Archie and Lily"),
        ("bullets", [
            "Archie and Lily are cared for every day by an adult who is well, is asleep at night and gets them to "
            "school on time.",
            "If their mum starts to become unwell, Archie and Lily are in safe care the same day, and Archie never "
            "again has to look after his sister or his mum.",
            "Archie has time to be 11: he goes to school, football and young carers without worrying about home.",
            "Lily's attendance stays at 95% or more and she keeps her routine of bath, story and bed by 7pm.",
        ]),
        ("h1", "6. The updated plan"),
        ("p", "Agreed at the shared plan meeting on 02/10/2025 and proposed to the review conference."),
        ("table", {
            "header": ["No.", "What will happen", "Who", "When", "How we will know"],
            "widths": [0.9, 5.6, 3.4, 3.3, 3.8],
            "rows": [
                ["1",
                 "Visit Archie and Lily at home, see each of them on their own, and ask Archie each time whether "
                 "anything on Mum's relapse signature has happened",
                 "Megan Fairley, SW",
                 "Every week until the second review; one visit a month after 7pm",
                 "Visit records show both children seen weekly and alone at least every two weeks, with Archie's "
                 "answers written down"],
                ["2",
                 "Joint home visit with Nia Roberts to go through the relapse signature with Kayleigh and check "
                 "how the children's morning and bedtime routines are going",
                 "Megan Fairley, SW (lead), with Nia Roberts, CPN",
                 "Every four weeks; next on 28/10/2025",
                 "Joint visit note on both the CMHT and the children's files within three working days of each "
                 "visit"],
                ["3",
                 "See Kayleigh at home, check her relapse signature and her lithium, and write to each core group "
                 "on whether she is keeping well enough to care for Archie and Lily, what still needs to change "
                 "and how long that is likely to take",
                 "Nia Roberts, CPN and care co-ordinator, Cawstead CMHT",
                 "Every two weeks; report two working days before each core group",
                 "Written report on the children's file before every core group, with the relapse signature "
                 "scored"],
                ["4",
                 "Review Kayleigh's diagnosis and treatment and give a written opinion on how likely she is to "
                 "stay well, what would show an early relapse, and whether she can keep the changes going within "
                 "the children's timescales",
                 "Dr Farid Shah, consultant psychiatrist, Cawstead CMHT",
                 "Outpatient review by 31/10/2025; written opinion by 14/11/2025",
                 "Dr Shah's written opinion shared with the SW and the core group by 14/11/2025"],
                ["5",
                 "Take her lithium every evening, keep her blood test appointments, and ring Nia or the crisis "
                 "line the same day if she notices any sign on her relapse signature, so that Archie never has to",
                 "Kayleigh Brannon (Mum)",
                 "Daily; blood tests every three months, next by 07/11/2025",
                 "Lithium level in the therapeutic range at each blood test; pharmacy collection record seen by "
                 "Nia"],
                ["6",
                 "Check Kayleigh's lithium level and kidney function, and tell the SW and Nia within two working "
                 "days if a level is out of range or a test is missed",
                 "Dr Helen Ashworth, GP, Pottery Lane Surgery",
                 "Every three months; next by 07/11/2025",
                 "GP email to the SW after each blood test; any missed test reported within two working days"],
                ["7",
                 "Refer Archie to Cawstead Young Carers and go with him to his first session",
                 "Megan Fairley, SW",
                 "Referral by 24/10/2025; first session by 21/11/2025",
                 "Acceptance letter on file; Archie's attendance at the Friday group reported to the SW each "
                 "half-term"],
                ["8",
                 "Weekly check-in with Archie and his head of year, Mr Patel, and a call to the SW the same day if "
                 "Archie is tired, late or says his mum is unwell",
                 "Ms Joanne Wright, DSL, Cawstead Park Academy",
                 "Every Monday in term time",
                 "Check-ins logged on CPOMS and summarised to the SW each month; any same-day call logged"],
                ["9",
                 "Check Lily's attendance and how she arrives every day, and ring the SW the same day if she is "
                 "late, hungry or unwashed",
                 "Mrs Sarah Quayle, DSL, Hillcrest Infants",
                 "Every school day",
                 "Attendance sent to the SW every Friday; attendance 95% or more by the second review"],
                ["10",
                 "Collect Lily from school on Tuesdays and Thursdays and give both children their tea, so that "
                 "Kayleigh has two evenings to rest",
                 "Pat Holden (maternal grandmother)",
                 "Every Tuesday and Thursday in term time",
                 "Hillcrest Infants' collection log shows Pat collecting on those days; Pat tells the SW at each "
                 "visit how the children were"],
                ["11",
                 "Have Lily from Saturday 10am to Sunday 5pm and bring her back in time for her Sunday bath, "
                 "ready for school on Monday",
                 "Sam Brannon (Lily's father)",
                 "Every weekend",
                 "Contact book signed by Sam and Kayleigh at each handover, seen by the SW at visits; Lily on time "
                 "on Mondays in the school register"],
                ["12",
                 "Six sessions with Archie about his mum's illness, using the 'My Mum, Her Moods and Me' workbook, "
                 "so that he knows keeping her well is not his job",
                 "Megan Fairley, SW",
                 "Six sessions by 19/12/2025",
                 "Archie's workbook on file; Archie can name three adults he would ring if his mum became unwell"],
            ],
        }),
        ("h1", "7. Contingency"),
        ("p", "If any sign on Kayleigh's relapse signature appears, or she misses her lithium on two days, "
              "Kayleigh, Archie, Pat or any professional rings Nia (weekdays) or the Cawstead crisis team "
              "(evenings and weekends) the same day. The crisis team will see Kayleigh within four hours, and "
              "Archie and Lily will go to Pat's at 22 Station Road that day and stay there until Nia and I agree "
              "it is safe for them to go home."),
        ("p", "If Pat cannot have them (she is ill or away, or cannot manage both children), Sam will have Lily at "
              "Mill View, and I, or the emergency duty team out of hours, will place Archie with Cawstead foster "
              "carers that day, near enough for him to get to school."),
        ("p", "If Kayleigh is admitted to hospital again, stops her lithium, or Dr Shah's opinion is that she "
              "cannot stay well enough to care for Archie and Lily within their timescales, the case will be "
              "presented to the Legal Planning Forum within ten working days, to decide whether to start "
              "pre-proceedings under the Public Law Outline."),
        ("h1", "8. My recommendation"),
        ("p", "I recommend that Archie and Lily stay subject to child protection plans under the category of "
              "neglect for a further six months, with the plan in section 6. The progress is real but recent: "
              "Kayleigh has been well for ten weeks, and her last relapse came after 18 months of stability. Nia "
              "agrees with this recommendation."),
        ("h1", "9. Core group and review"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 4pm, Pottery Lane Family Centre: 04/11/2025, 02/12/2025 "
            "and 06/01/2026. Nia attends every core group with her written report.",
            "The core group on 02/12/2025 will be held jointly with Kayleigh's CPA review; Nia will invite Dr "
            "Shah.",
            "Second review child protection conference: Tuesday 21/04/2026, 10am, Cawstead Town Hall.",
        ]),
        ("p", "Megan Fairley, Social Worker, 10/10/2025. Shared with Kayleigh on 09/10/2025; her comments are in "
              "section 2."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Social worker's letter to parents who are moving to another council:
#    the plan stays in force, unchanged, until the receiving council's
#    transfer-in conference; named social workers and health visitors in
#    both councils, joint visits; father's drinking. Word letter printed to
#    PDF with a page footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b131_cresslow_transfer_out_letter_to_parents_maddox.pdf",
    "doc_title": "Letter to Amy and Craig Maddox - your move and the children's plan",
    "split": "tune",
    "actions": 8,
    "template": "sw-letter-to-parents-before-move-to-another-council-printed-to-pdf-right-aligned-address-bold-question-headings-will-the-plan-change-why-childrens-words-what-we-want-then-numbered-commitments-until-transfer-in-conference-if-things-go-wrong-meetings-copies",
    "description": (
        "Exemplary letter from a Cresslow social worker to a mother and father about to move to "
        "Pendrith, another council, with their 6-year-old and 14-month-old; printed to PDF with a "
        "page footer. It says the plan stays in force, unchanged, until Pendrith's transfer-in "
        "conference, that Cresslow stays responsible until then, and names the social workers and "
        "health visitors in both councils. Numbered commitments, one each, in the first and second "
        "person: weekly visits at the old and new homes, two joint visits with the Pendrith social "
        "worker, the file sent before the conference, the alcohol service reporting on change, a "
        "joint health visitor visit. Contingency with triggers and same-day responses; a legal "
        "planning meeting considering PLO pre-proceedings, held by Cresslow even after the move; "
        "core group and transfer-in dates, with the booked review conference as a fallback."
    ),
    "footer": "Hannah Lowe to Amy and Craig Maddox, 24/10/2025 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("pr", "Cresslow District Council"),
        ("pr", "Children's Services – Locality Team South"),
        ("pr", "Cresslow House, Market Street, Cresslow CR1 4AA"),
        ("pr", "Telephone 01632 960418"),
        ("pr", "24/10/2025"),
        ("pl", "Amy and Craig Maddox"),
        ("pl", "27 Thornbury Rise"),
        ("pl", "Cresslow CR3 8LJ"),
        ("p", ""),
        ("p", "Dear Amy and Craig,"),
        ("boldp", "Your move to Pendrith and Ellie-Rose and Jacob's child protection plan"),
        ("p", "Thank you for coming to the core group yesterday. As I promised, this letter sets out in one place "
              "what happens to Ellie-Rose and Jacob's plan when you move to 9 Alder Close, Pendrith, on "
              "03/11/2025. Please keep it. I have sent a copy to everyone named in it."),
        ("boldp", "Will the plan change when you move?"),
        ("p", "No. The plan agreed at the review conference on 09/09/2025 stays in force, unchanged, until Pendrith "
              "Council holds a transfer-in child protection conference on Thursday 27/11/2025. Until then Cresslow "
              "is still responsible for Ellie-Rose and Jacob's plan and I am still your social worker. Nothing in "
              "the plan stops or waits because you are moving. Pendrith have already allocated a social worker, "
              "Daniel Ojo, who will take over at the end of that conference."),
        ("boldp", "Why there is still a plan"),
        ("p", "In May police found Craig asleep and drunk at home while he was looking after Jacob, who was then "
              "nine months old; Ellie-Rose had let the officers in. Since the initial conference Craig has gone "
              "to Cresslow Alcohol Service every week, and his breath tests have been clear since 14/08/2025. That "
              "is real progress, but it is ten weeks, and the conference wanted to see it last."),
        ("boldp", "What Ellie-Rose and Jacob have told us"),
        ("p", "Ellie-Rose told me on 21/10/2025, when I saw her on her own at school: “I'm sad about leaving Miss "
              "Carter but the new house has a garden and I'm having the big bedroom. Daddy doesn't do the smelly "
              "drinks now.” She asked whether I would still come and whether the new social worker is “nice”."),
        ("p", "Jacob is 14 months old. On my visits he has pulled himself up on the sofa to show me his cars, said "
              "“Da” and “uh-oh”, and gone straight to Craig to be picked up when he was tired. Sue Bramley weighed "
              "him on 15/10/2025 on the 50th centile."),
        ("boldp", "What we want for Ellie-Rose and Jacob"),
        ("bullets", [
            "Ellie-Rose and Jacob are always looked after by a sober adult, in Cresslow and in Pendrith.",
            "Jacob keeps growing well and his words keep coming, with no gap in his health visiting when you move.",
            "Ellie-Rose keeps going to school every day and on time, and starts at her new school in January "
            "already knowing her new teacher.",
            "Ellie-Rose and Jacob know Daniel before he becomes their social worker.",
        ]),
        ("boldp", "What each of us will do until the transfer-in conference"),
        ("numbers", [
            "I will visit Ellie-Rose and Jacob every week at home, at Thornbury Rise until 03/11/2025 and then at "
            "Alder Close until the transfer-in conference, and see Ellie-Rose on her own each time; my visit "
            "records will show both children seen every week and Ellie-Rose's own words, which I will read out at "
            "the Pendrith conference.",
            "Daniel Ojo and I will visit you together at Alder Close on 12/11/2025 and again in the week of "
            "24/11/2025, so that Ellie-Rose and Jacob meet him before he takes over, and a note of each joint "
            "visit will be on both councils' records within two working days.",
            "By 07/11/2025 I will send Daniel the full file, the chronology and this plan, and ring him that week "
            "to go through them; his email confirming he has everything will be on the children's file.",
            "Craig, you will keep going to Cresslow Alcohol Service every Tuesday at 10am, blow into the "
            "breathalyser at each session and not drink at all on any day you are looking after the children; "
            "the service's attendance and breath test record will show this.",
            "Gemma Hart, Craig's recovery worker at Cresslow Alcohol Service, will keep seeing him every Tuesday "
            "until the transfer-in conference and will send the core group a written report by 20/11/2025 on "
            "whether his drinking has changed in the ways Ellie-Rose and Jacob need and how long she thinks "
            "further change will take.",
            "Amy, you will keep taking Ellie-Rose to Cresslow Church Primary each morning until the end of term on "
            "19/12/2025, arriving by 8.50am, and the school register will show her there on time.",
            "Mrs Farah Khan, the school's designated safeguarding lead, will check Ellie-Rose's attendance every "
            "school day and send me each week's register on Fridays until the end of term, and by 12/12/2025 she "
            "will meet the safeguarding lead at Pendrith Brook Primary to pass on Ellie-Rose's records, which the "
            "new school will confirm in writing.",
            "Sue Bramley, Jacob's health visitor, will visit Jacob every two weeks until the transfer-in "
            "conference, weigh him and check his words, and on 14/11/2025 she will bring Rachel Finch, the "
            "Pendrith health visitor, so that Jacob and you get to know her; his weight and new words will be "
            "written in his red book at each visit.",
        ]),
        ("boldp", "If things go wrong"),
        ("p", "If Craig drinks on a day he is looking after the children, or Amy or anyone else finds him drunk at "
              "home, Amy looks after the children and Craig leaves the house that night (he has said he would go "
              "to his brother's in Cresslow); if he will not leave, Amy rings 999. I, or the emergency duty team "
              "out of hours on 01632 960999, will visit the same day, wherever you are living by then."),
        ("p", "If there is no sober adult to look after Ellie-Rose and Jacob, I will place them together with "
              "foster carers that day."),
        ("p", "If Craig drinks again while caring for the children, or Gemma's report on 20/11/2025 says he is not "
              "making the changes, I will ask my manager, Tom Wilde, to hold a legal planning meeting within five "
              "working days, where PLO pre-proceedings will be considered. Cresslow is responsible until the "
              "transfer-in conference, so Cresslow will hold that meeting even if you have already moved, and "
              "Daniel will be invited to it."),
        ("boldp", "Meetings"),
        ("bullets", [
            "Core group: every four weeks. The next is on Thursday 20/11/2025 at 10am at Pendrith Family Centre, "
            "with the Cresslow and Pendrith professionals together.",
            "Transfer-in child protection conference, held by Pendrith Council: Thursday 27/11/2025, 1.30pm, "
            "Pendrith Civic Offices. I will attend with Sue and Gemma.",
            "If for any reason the transfer-in conference has not been held by then, Cresslow will hold "
            "Ellie-Rose and Jacob's review child protection conference on 08/01/2026, as already booked, and "
            "the plan stays with Cresslow until it is.",
        ]),
        ("p", "If anything in this letter is wrong or you disagree with it, please ring me on 01632 960418 before "
              "the core group on 20/11/2025."),
        ("p", "Yours sincerely,"),
        ("pl", "Hannah Lowe"),
        ("pl", "Social Worker, Locality Team South, Cresslow District Council"),
        ("p", ""),
        ("p", "Copies: Daniel Ojo (Pendrith Children's Services); Gemma Hart (Cresslow Alcohol Service); Mrs Farah "
              "Khan (Cresslow Church Primary); Sue Bramley and Rachel Finch (health visitors); Anne Carr (IRO)."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Plan for a looked-after 14-year-old on an adolescent inpatient unit
#    after an overdose; mother drinks; mother's ex-partner on bail. Markdown,
#    "who decides what" section, bullets under each person's "will:"
#    heading. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b131_colbury_camhs_unit_lac_plan_by_person_tennant.md",
    "split": "tune",
    "actions": 13,
    "template": "lac-teenager-on-tier-4-camhs-unit-cp-plan-md-bold-field-lines-why-who-decides-what-parental-responsibility-and-consent-skyes-words-quoted-what-we-want-then-bullets-under-each-person-will-heading-if-things-go-wrong-meetings",
    "description": (
        "Exemplary plan for a 14-year-old accommodated under section 20 and now an informal patient "
        "on an adolescent inpatient unit after an overdose; her mother drinks and the mother's "
        "ex-partner, who hit her, is on bail. A Markdown plan with a 'who decides what' section "
        "(the girl's own consent, the mother keeping parental responsibility, the foster carers' "
        "delegated authority), her words quoted, outcomes, then bullets under each person's 'will:' "
        "heading: the social worker visits every Wednesday, the foster carers twice a week, the "
        "consultant sends a formulation and chairs discharge planning, community CAMHS sees her "
        "within 72 hours of discharge, the alcohol service reports on change. Contingency covers "
        "going missing, self-harm, a drunk visit and the carers not being able to have her back; "
        "legal planning meetings on named triggers; core group, looked after review and review "
        "conference dates."
    ),
    "text": """\
# Skye Tennant: child protection plan while Skye is at The Larches

**Colbury City Council – Children's Services – Children in Care Team 1**

- **Young person:** Skye Tennant, 14 (DOB 02/05/2011), Year 10 at Colbury Academy
- **Legal status:** accommodated under section 20 of the Children Act 1989 since 18/08/2025, with her mother's agreement
- **Home placement:** Lorraine and Gary Bright, foster carers, 41 Wren Lane, Colbury
- **Where Skye is now:** informal patient at The Larches adolescent inpatient unit (Tier 4 CAMHS), Fenby Road, Colbury, since 26/09/2025
- **Child protection plan:** since the initial conference on 17/06/2025 (physical abuse); updated at core group 3, held at The Larches on 08/10/2025
- **Mother:** Dawn Tennant (38), 5 Slater Street, Colbury
- **Social worker:** Aled Morgan (team manager: Rebecca Hume)
- **IRO:** Sunita Gill

## Why Skye has a plan, and why she is at The Larches

In May 2025 Dawn's then partner, Wayne Pryce, hit Skye across the face and pushed her down the stairs after an
argument at home. He has been charged with assault and is on police bail with a condition not to contact Skye.
Dawn drinks most days, and in August, after Skye was found drunk with older boys at the bus station, Dawn asked
for Skye to be looked after. Skye has lived with Lorraine and Gary since 18/08/2025.

On 20/09/2025 Skye took an overdose of paracetamol at Wren Lane. She was treated at Colbury Children's Hospital
and admitted to The Larches on 26/09/2025 for assessment and treatment of low mood and self-harm. The unit
expects her to stay for six to eight weeks.

## Who decides what while Skye is on the unit

- Skye agreed to come to The Larches herself. Dr Nandakumar has assessed her as able to consent to her own
  treatment, and the unit talks every treatment decision through with her.
- Skye is accommodated, not in care under a court order, so Dawn keeps parental responsibility and the council
  does not hold it. The unit asks for Dawn's consent as well as Skye's and tells Aled the same day of any decision
  about treatment, leave or discharge.
- Lorraine and Gary can agree everyday things (phone times, clothes, outings with unit staff, leave with them once
  the unit allows it) under the delegated authority form signed on 26/09/2025.
- The unit will not discharge Skye, or let her go on leave, to anyone other than Lorraine and Gary without Aled's
  agreement.

## What Skye says

> "In here is alright but it's boring and I miss Biscuit [Lorraine's dog]. Lorraine's is where I want to go back
> to. I don't want to be anywhere Wayne can find me." (to Aled, 01/10/2025)

> "I want Mum to visit but not if she's had a drink. I'll know straight away, I always know."

Skye asked for Aled to visit on Wednesdays because there is no group that afternoon. She put her mood at 3 out of
10 when she was admitted and at 5 out of 10 on 08/10/2025. She says the thing that helps most is "Lorraine ringing
every night even when I'm in a mood".

## What we want for Skye

- Skye is kept safe from harming herself on the unit, on leave and when she leaves The Larches.
- Skye goes back to live with Lorraine and Gary when the unit says she is ready, with a plan she and everyone
  around her understands.
- Skye sees her mum only when Dawn is sober, and Wayne has no contact with her at all.
- Skye keeps up with her GCSE courses while she is on the unit.

## What everyone will do

### Aled Morgan, Skye's social worker, will:

- visit Skye at The Larches every Wednesday afternoon until she is discharged, see her on her own and write down
  what she says, with the visit record on her file within two working days;
- after each visit, speak to Skye's named nurse, Tom Ellery, about her observation level, leave and any
  self-harm, and write what he says on the same visit record;
- agree in writing with Dawn and the ward manager, by 10/10/2025, when and where Dawn's family time with Skye
  will be (at least once a week, supervised by unit staff), and send the written arrangement to Dawn, Lorraine
  and Gary and the ward manager that day;
- bring a written update of this plan to the unit's discharge planning meeting, saying who Skye will live with
  and who will see her in her first week home; the update will be attached to the discharge plan.

### Lorraine and Gary Bright, Skye's foster carers, will:

- visit Skye at The Larches every Tuesday evening and every Sunday afternoon, and ring her at 7pm every evening,
  writing each visit and call in their carers' log, which they email to Aled every Friday;
- before Skye's first overnight leave, lock away all medicines and blades at Wren Lane in the lockable box
  provided, which Aled will see locked at a home visit before the leave goes ahead.

### Dr Priya Nandakumar, consultant adolescent psychiatrist, The Larches, will:

- complete Skye's assessment and send Aled a written formulation and risk management plan by 24/10/2025, so that
  the core group on 05/11/2025 can plan around it;
- chair a discharge planning meeting at least seven days before any planned discharge, inviting Skye, Dawn,
  Lorraine and Gary, Aled and Colbury CAMHS, and send the written discharge plan to all of them within two working
  days of the meeting.

### Hannah Roper, Skye's care co-ordinator, Colbury CAMHS (community team), will:

- see Skye within 72 hours of her discharge from The Larches and then every week, sending Aled a short note after
  each of the first four appointments.

### Mrs Clare Yeadon, teacher, The Larches Hospital School, will:

- teach Skye every weekday morning while she is on the unit, following the GCSE work set by Colbury Academy, and
  send Aled and the Colbury Academy DSL a report of what she has covered every two weeks.

### Dawn Tennant, Skye's mum, will:

- see her recovery worker at Anchor Recovery every Monday and take a breath test at the unit before each family
  time visit, so that Skye only ever sees her sober; the result is written on the family time record each time.

### Kevin Doyle, recovery worker, Anchor Recovery (Colbury's adult drug and alcohol service), will:

- see Dawn every Monday and write to each core group on whether she has cut down or stopped drinking in the ways
  Skye needs and how long further change is likely to take, with the report reaching Aled two working days before
  each core group.

### DC Lewis Bramhall, Colbury Police Child Abuse Investigation Team, will:

- tell Aled the same day of any change to Wayne Pryce's bail conditions, any charging decision or any report that
  he has tried to contact Skye, and record each call on the police log.

## If things go wrong

- **If Skye goes missing** from the unit or from leave, or does not come back from leave on time: the unit reports
  her missing to Colbury Police straight away and rings Aled, or the emergency duty team out of hours, the same
  day; a strategy discussion is held by the next working day at the latest.
- **If Skye self-harms** on the unit or on leave: all leave stops until Dr Nandakumar has reviewed it, and the
  unit tells Aled and Lorraine the same day.
- **If Dawn arrives for family time smelling of alcohol**, or her breath test is over zero: the visit does not go
  ahead, staff tell Aled the same day, and Dawn's next two visits take place at the Colbury Family Time Centre with
  a family time worker.
- **If Lorraine and Gary cannot have Skye back** when she is ready to leave: Skye stays at The Larches until the
  placements team has found a foster home she has visited first, and Aled tells the IRO the same day. She will not
  be discharged to Slater Street.
- **If Wayne has any contact with Skye**, or Dawn withdraws her agreement to Skye being accommodated and tries to
  take her home: the unit calls the police and Aled, and Rebecca Hume will convene a legal planning meeting the
  same day to decide whether to apply for an emergency protection order or a care order.
- **If by the review conference Dawn is still drinking** (a positive breath test at family time, or Kevin's report
  says nothing has changed), a legal planning meeting will be convened within ten working days, where the manager
  will decide whether the threshold for care proceedings is met.

## Meetings

- Core group every four weeks, at The Larches while Skye is there: Wednesdays 05/11/2025 and 03/12/2025 at 2pm.
  Kevin Doyle and Dr Nandakumar (or Tom Ellery) are core group members.
- Looked after review: 23/10/2025 at The Larches, chaired by Sunita Gill.
- Review child protection conference: Tuesday 13/01/2026, 10am, Colbury Civic Centre.

*Plan typed by Aled Morgan after core group 3, 08/10/2025. Copies to Skye, Dawn, Lorraine and Gary, and every
person named above.*
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Initial conference plan for a looked-after baby on a neonatal unit,
#    withdrawing from opiates; mother on methadone using heroin, father
#    drinking. Plain text with dot-leader details, a parental responsibility
#    section and numbered actions with Who / When / Check lines.
#    Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b131_carrowby_nicu_lac_baby_numbered_plan_hennigan.txt",
    "split": "tune",
    "actions": 11,
    "template": "icpc-plan-lac-baby-on-neonatal-unit-plain-text-dot-leader-details-why-parental-responsibility-and-decisions-babys-days-on-the-unit-what-we-want-then-numbered-actions-who-when-check-lines-if-things-go-wrong-meetings-txt",
    "description": (
        "Exemplary initial conference plan for a 4-week-old baby born at 33 weeks, withdrawing "
        "from opiates on a neonatal unit and accommodated under section 20, to go to foster "
        "carers on discharge. Plain text: dot-leader details, a section on who holds parental "
        "responsibility and consents to treatment, the baby's days on the unit as observed, "
        "outcomes, then numbered actions with Who / When / Check lines: the social worker visits "
        "twice a week, the foster carer every day, family time is supervised daily, the drug and "
        "alcohol service reports on both parents' change, the consultant sends weekly updates, a "
        "discharge planning meeting and a health visitor handover are set. Contingency with "
        "triggers, police and a same-day Legal Planning Meeting (LPM), and an LPM if progress is "
        "insufficient by the review; core group, looked after review and review conference dates."
    ),
    "text": """\
CARROWBY COUNCIL - CHILDREN'S SOCIAL CARE
CHILD PROTECTION PLAN - INITIAL CHILD PROTECTION CONFERENCE, 26/09/2025
RUBY-MAE HENNIGAN - LOOKED AFTER, ON THE NEONATAL UNIT
===========================================================================

Child ............... Ruby-Mae Hennigan, born 30/08/2025 at 33 weeks
                      (36+6 weeks corrected at this conference)
Where ............... Robin Unit (neonatal unit), Carrowby Royal Infirmary,
                      special care nursery, cot 4
Legal status ........ Accommodated under section 20, Children Act 1989, since
                      12/09/2025, with the written agreement of both parents
Mother .............. Leanne Hennigan (29), 18 Foundry Court, Carrowby CY2 5DN
Father .............. Connor Walsh (31), same address; named on the birth
                      certificate, so he has parental responsibility
Category ............ Neglect
Social worker ....... Marcus Feeney, Children in Care Team
                      (team manager: Jenny Arkwright)
Foster carers ....... Jan and Phil Greaves, Carrowby Fostering Service
Conference chair .... Andrew Leech (IRO)


WHY RUBY-MAE HAS A PLAN
-----------------------
Leanne is prescribed methadone by Horizon, Carrowby's drug and alcohol
service, and used heroin on top of her script throughout her pregnancy. She
went to four of her eleven antenatal appointments. Ruby-Mae was born early and
has needed oral morphine for withdrawal (neonatal abstinence syndrome) since
her second day; she is now being weaned off it. Connor drinks heavily. He was
arrested on the unit on 05/09/2025 after shouting at a nurse while drunk. On
11/09/2025 a nurse found Leanne asleep in the chair holding Ruby-Mae and could
not wake her easily. Both parents agreed to Ruby-Mae being accommodated the
next day. When she is well enough to leave hospital she will go to Jan and
Phil Greaves while her parents are assessed.


PARENTAL RESPONSIBILITY AND DECISIONS ON THE UNIT
-------------------------------------------------
Ruby-Mae is accommodated, so Leanne and Connor keep parental responsibility
and the council does not share it. The consultant asks Leanne or Connor for
consent to any planned treatment (for example a blood transfusion, an
operation or her immunisations) and tells Marcus the same day. If neither
parent can be reached and treatment is urgent, the consultant will act in
Ruby-Mae's best interests and tell Marcus straight away. The nursing team
decides her day-to-day care on the unit. Once she is with Jan and Phil they
make everyday decisions under the delegated authority form.


RUBY-MAE'S DAYS ON THE UNIT
---------------------------
Ruby-Mae has been in an open cot since 20/09/2025 and takes eight bottle feeds
a day. Her withdrawal scores have come down from 12 at their worst to between
4 and 6. She still startles at loud noises, sneezes a lot and sucks her fists
hard before feeds. She settles best swaddled and held upright against a
shoulder, and the nurses have noticed she quietens to Connor's voice. She has
gone from 1.86kg at birth to 2.31kg (9th centile for her corrected age). On
24/09/2025, when Leanne arrived drowsy, Ruby-Mae cried through a feed that
Leanne could not finish and the nurse took over.


WHAT WE WANT FOR RUBY-MAE
-------------------------
- Ruby-Mae comes off morphine safely, keeps gaining weight and leaves hospital
  as soon as she is well, to carers who already know how to look after her.
- Ruby-Mae is held and visited every day by people who are safe and sober,
  and gets to know her mum and dad in a way that is safe for her.
- A decision about where Ruby-Mae will grow up is made within her timescale,
  by the time she is six months old.


THE PLAN
--------

1)  Visit Ruby-Mae on the Robin Unit, hold her if she is awake, and speak to
    the nurse in charge about her feeds, withdrawal scores and her parents'
    visits.
      Who:   Marcus Feeney, SW
      When:  twice a week (Tuesday and Friday) until she is discharged
      Check: visit record on file within one working day, with her weight
             and what the nurse in charge said

2)  Visit Ruby-Mae on the unit to learn her feeds, her withdrawal care and
    how to settle her.
      Who:   Jan Greaves, foster carer (Phil Greaves at weekends)
      When:  every day from 29/09/2025 until discharge, at least two hours
             each visit
      Check: the unit's carer competency checklist signed off by the nurse
             in charge before discharge

3)  Supervise Leanne and Connor's family time with Ruby-Mae on the unit and
    write a record of each session.
      Who:   Nadia Rahman, family time worker (weekdays); the nurse in
             charge at weekends
      When:  every day, 2pm to 4pm
      Check: a record of each session sent to Marcus within two working
             days, saying how Ruby-Mae responded, whether she was fed and
             settled, and whether either parent seemed under the influence

4)  Arrive for family time sober and on time, and ring the unit beforehand
    if they cannot come, so that Ruby-Mae is not kept awake waiting for them.
      Who:   Leanne Hennigan and Connor Walsh
      When:  every session
      Check: family time records show each parent sober and on time; any
             missed session logged by the unit

5)  Key-work with Leanne, supervised methadone and weekly urine screens, and
    a written report to each core group on whether she has stopped using
    heroin on top of her script, what still needs to change for Ruby-Mae
    and how long that is likely to take.
      Who:   Kerry Lomax, recovery worker, Horizon (Carrowby Drug and
             Alcohol Service)
      When:  key-work every Wednesday; report two working days before each
             core group
      Check: screen results and the written report on file before every
             core group

6)  Assess Connor's drinking, then key-work with a breath test at each
    session, and a written report to each core group on whether his
    drinking is changing in the ways Ruby-Mae needs.
      Who:   Dev Sharma, alcohol worker, Horizon
      When:  assessment by 10/10/2025; then weekly
      Check: assessment letter on file by 17/10/2025; breath test results
             and the report on file before each core group

7)  Send a written medical update on Ruby-Mae's withdrawal scores, morphine
    weaning, weight and expected discharge date.
      Who:   Dr Aisha Mensah, consultant neonatologist
      When:  every Thursday until discharge
      Check: update emailed to Marcus each Thursday and kept on file

8)  Hold a discharge planning meeting with Marcus, Jan and Phil, the health
    visitor and both parents, and write the discharge plan (feeds,
    medicines, follow-up appointments, who collects her and where she goes).
      Who:   Sister Claire Dunne, neonatal discharge co-ordinator
      When:  at least five working days before the planned discharge date
      Check: written discharge plan sent to Marcus, the foster carers and
             the health visitor within one working day of the meeting

9)  Meet Jan and Phil on the unit, then visit Ruby-Mae at the foster home
    and weigh her.
      Who:   Tessa Brook, health visitor, Carrowby Community Health
      When:  meeting on the unit before discharge; first home visit within
             two working days of discharge, then weekly until the review
             conference
      Check: weight plotted in her red book at each visit and a visit note
             sent to Marcus

10) Complete Ruby-Mae's placement plan and delegated authority form with
    Jan and Phil.
      Who:   Marcus Feeney, SW
      When:  signed before discharge
      Check: signed placement plan and delegated authority form on file
             before Ruby-Mae leaves hospital

11) Parenting assessment of Leanne and Connor, including their care of
    Ruby-Mae observed at family time.
      Who:   Marcus Feeney, SW, with Nadia Rahman
      When:  first session by 06/10/2025; report by 28/11/2025
      Check: report shared with Leanne, Connor and the core group by
             28/11/2025 and with the review conference


IF THINGS GO WRONG
------------------
- If Leanne or Connor arrive for family time appearing under the influence,
  or are aggressive on the unit: the session does not go ahead or ends, unit
  security is called if needed, and Marcus is told the same day. The next
  session is supervised by Nadia and a second family time worker.
- If either parent tries to take Ruby-Mae from the unit or withdraws consent
  to her being accommodated: the unit rings 999 and Marcus (or the emergency
  duty team out of hours), and Jenny Arkwright will convene a Legal Planning
  Meeting (LPM) the same day to decide on an application for an emergency
  protection order.
- If Jan and Phil cannot take Ruby-Mae when she is ready to leave: she stays
  on the unit until the fostering team has found and introduced other
  approved carers. She will not be discharged to Foundry Court.
- If by the review conference Leanne's screens still show heroin, Connor is
  still drinking, or the parenting assessment says they cannot meet
  Ruby-Mae's needs, a Legal Planning Meeting (LPM) will be convened within
  ten working days to decide whether to issue care proceedings.


MEETINGS
--------
Core group ............... every four weeks, Wednesdays at 11am in the Robin
                           Unit parents' room (at the family centre after
                           discharge): 08/10/2025, 05/11/2025, 03/12/2025
Looked after review ...... 10/10/2025, chaired by Andrew Leech
Review conference ........ 18/12/2025, 2pm, Carrowby Civic Centre

Distribution: Leanne Hennigan, Connor Walsh, Jan and Phil Greaves, and
everyone named in the plan.
===========================================================================
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Core group record held on a children's ward: a looked-after baby in
#    hospital with bronchiolitis, mother drinks and has low mood. Action log
#    mostly sound; no visits at a stated frequency, a feeling as a measure,
#    a talking therapy row that only treats, "All professionals", an outcome
#    for the mother only. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b131_cotterdale_ward_core_group_record_action_log_whitlam.docx",
    "doc_title": "Core Group Record - Maisie Whitlam - 30/10/2025",
    "split": "tune",
    "actions": 12,
    "template": "core-group-record-docx-held-on-childrens-ward-details-list-present-apologies-why-on-the-ward-updates-what-we-see-of-maisie-outcomes-then-action-log-no-action-lead-by-when-how-we-will-know-contingency-next-meetings",
    "description": (
        "Record of the third core group, held on a children's ward, for a 7-month-old "
        "accommodated under section 20 and in hospital with bronchiolitis; her mother drinks and "
        "has low mood. The action log is mostly sound (the consultant's weekly updates, tube-feed "
        "training before discharge, a discharge planning meeting, the health visitor after "
        "discharge, the recovery service reporting on change, the GP, the parenting assessment), "
        "and the contingency and legal planning are clear. Faults: the social worker visits 'when "
        "the duty rota allows' and the foster carers 'as often as they can', so nobody visits the "
        "baby at a stated frequency; the mother's alcohol group is measured by how in control she "
        "feels; talking therapy only treats her; 'All professionals' own the updates; one outcome "
        "is about the mother alone."
    ),
    "blocks": [
        ("title", "Core Group Record"),
        ("p", "Cotterdale Council – Children's Services – Looked After Children Team 2"),
        ("kv", [
            ("Child", "Maisie Whitlam, DOB 14/03/2025 (7 months)"),
            ("Legal status", "Accommodated under section 20, Children Act 1989, since 10/08/2025"),
            ("Foster carers", "Sandra and Keith Pell, Cotterdale Fostering"),
            ("Mother", "Chloe Whitlam (22), 7 Nettle Row, Cotterdale. Maisie's father is not named on her birth "
                       "certificate and is not involved."),
            ("Child protection plan", "Neglect; initial conference 05/08/2025"),
            ("Meeting", "Core group 3, Thursday 30/10/2025, 11am, parents' room, Ward 12 (children's ward), "
                        "Cotterdale General Hospital"),
            ("Chair", "Rob Ennis, social worker (team manager: Karen Sykes)"),
            ("Present", "Chloe Whitlam (Mum); Sandra Pell (foster carer); Rob Ennis (SW); Staff Nurse Leah "
                        "Morton (Ward 12); Tom Greer (Cotterdale Recovery Service); Lindsay Carr (health "
                        "visitor); Faye Ridley (children's community nurse)"),
            ("Apologies", "Dr Helen Achebe, consultant paediatrician (written update); Dr Ravi Menon, GP"),
        ]),
        ("h1", "1. Why Maisie is on Ward 12"),
        ("p", "Maisie was admitted from her foster home on 27/10/2025 with bronchiolitis. She needed oxygen and "
              "was fed through a nasogastric tube. Dr Achebe's written update says Maisie has been off oxygen "
              "since 29/10/2025 but is not yet taking full feeds by bottle, and is likely to stay on the ward for "
              "another one to two weeks. She may go home with tube top-ups, which Sandra and Keith would need to "
              "be trained to give."),
        ("h1", "2. Updates"),
        ("p", "Chloe has been to six of the eight Monday groups at the Recovery Service. She had two positive "
              "breath tests in October. She told the meeting she is drinking less since she started sertraline "
              "and that she would like to see Maisie on the ward every day."),
        ("p", "Chloe's family time at the Cotterdale Family Time Centre stopped when Maisie was admitted. The "
              "ward has said Chloe may visit for an hour at a time when a family time worker can be with her; "
              "Rob will talk to the family time service about this."),
        ("p", "Sandra has been in to see Maisie on most days so far and Keith twice. Sandra said it will be "
              "harder once Keith is back at work on 03/11/2025."),
        ("p", "Lindsay Carr (HV) last weighed Maisie at the foster home on 20/10/2025, on the 9th centile. Faye "
              "Ridley said the community nursing team can train the carers on the ward before discharge."),
        ("h1", "3. What we see of Maisie"),
        ("p", "Maisie smiles and kicks her legs when Sandra comes onto the bay, and reaches for Sandra's glasses. "
              "She turns towards Chloe's voice but cried when Chloe held her close to her face on 28/10/2025. She "
              "is unsettled at night and the nurses rock her to sleep. She is still tired after feeds and pulls at "
              "her tube."),
        ("h1", "4. Outcomes (from the child protection plan)"),
        ("bullets", [
            "Maisie gets over her bronchiolitis, feeds well and goes home to Sandra and Keith safely.",
            "Maisie is cared for every day by adults who are sober and notice when she is hungry, tired or "
            "unwell.",
            "Chloe is able to manage her drinking and her low mood.",
        ]),
        ("h1", "5. Action log"),
        ("table", {
            "header": ["No.", "Action", "Lead", "By when", "How we will know"],
            "widths": [0.9, 6.0, 3.3, 3.0, 3.8],
            "rows": [
                ["1",
                 "Visit Maisie on Ward 12 while she is in hospital and speak to the nurse in charge about her "
                 "feeds and care",
                 "Rob Ennis, SW",
                 "When the duty rota allows",
                 "Visit notes on Maisie's file, with her weight and what the nurse said"],
                ["2",
                 "Visit Maisie on the ward and help with her feeds and cares so she keeps her routine",
                 "Sandra and Keith Pell, foster carers",
                 "As often as they can",
                 "Ward notes show the carers' visits and the feeds they gave"],
                ["3",
                 "Send the SW a written medical update on Maisie's breathing, feeding and weight, with the "
                 "expected discharge date",
                 "Dr Helen Achebe, consultant paediatrician",
                 "Every Thursday until discharge",
                 "Written update on Maisie's file each week"],
                ["4",
                 "Train Sandra and Keith to give nasogastric tube feeds and sign off their competency",
                 "Faye Ridley, children's community nurse",
                 "Before discharge",
                 "Competency checklist signed for both carers and copied to the SW"],
                ["5",
                 "Hold a discharge planning meeting with the foster carers, the SW and the community nurses and "
                 "write the discharge plan",
                 "Sister Jo Platt, Ward 12 discharge co-ordinator",
                 "At least two working days before discharge",
                 "Written discharge plan sent to the SW and the foster carers"],
                ["6",
                 "Visit Maisie at the foster home after discharge, weigh her and check her feeding",
                 "Lindsay Carr, HV",
                 "Within two working days of discharge, then weekly for six weeks",
                 "Weight plotted in her red book; visit note sent to the SW"],
                ["7",
                 "Key-work with Chloe, breath tests, and a written report to each core group on whether she is "
                 "making the changes Maisie needs and how long this is likely to take",
                 "Tom Greer, Cotterdale Recovery Service",
                 "Weekly; report two working days before each core group",
                 "Breath test results and the report on Maisie's file before every core group"],
                ["8",
                 "Go to the Monday alcohol group at the Recovery Service",
                 "Chloe Whitlam (Mum)",
                 "Every Monday",
                 "Chloe feels more in control of her drinking"],
                ["9",
                 "Weekly CBT sessions for Chloe's low mood and anxiety",
                 "Ben Askew, psychological wellbeing practitioner, Cotterdale Talking Therapies",
                 "Weekly until 18/12/2025",
                 "Attendance record sent to the SW monthly"],
                ["10",
                 "Review Chloe's sertraline and tell the SW in writing if she stops it or misses a review",
                 "Dr Ravi Menon, GP",
                 "Review by 14/11/2025",
                 "GP letter on Maisie's file by 21/11/2025"],
                ["11",
                 "Complete the parenting assessment of Chloe, including her care of Maisie observed at family time",
                 "Rob Ennis, SW",
                 "Report by 12/12/2025",
                 "Report shared with Chloe and the core group by 12/12/2025"],
                ["12",
                 "Keep each other updated on Maisie's progress on the ward and any change to her discharge date",
                 "All professionals",
                 "Weekly",
                 "Updates recorded on Maisie's case file"],
            ],
        }),
        ("h1", "6. Contingency"),
        ("bullets", [
            "If Chloe comes onto the ward smelling of alcohol or appearing drunk, staff will not let her see "
            "Maisie, will call hospital security if she will not leave, and will tell Rob, or the emergency duty "
            "team out of hours, the same day.",
            "If Chloe tries to take Maisie off the ward or withdraws her agreement to Maisie being accommodated, "
            "staff will ring 999, and Karen Sykes will hold a legal planning meeting the same day.",
            "If Sandra and Keith cannot take Maisie home at discharge, or cannot manage the tube feeds, Maisie "
            "will stay on the ward until the placements team has found other trained foster carers; she will not "
            "go to Nettle Row.",
            "If Chloe has another positive breath test, or Tom's report shows no change by the review "
            "conference, Rob will ask Karen Sykes for a legal planning meeting within ten working days, and the "
            "manager will decide whether the threshold for care proceedings is met.",
        ]),
        ("h1", "7. Next meetings"),
        ("bullets", [
            "Review child protection conference: Tuesday 04/11/2025, 2pm, Cotterdale Town Hall.",
            "Looked after review: Monday 10/11/2025, chaired by Jill Norris (IRO).",
            "Core group every four weeks; next on Thursday 27/11/2025 at 11am, on Ward 12 if Maisie is still in "
            "hospital, otherwise at the Cotterdale Family Time Centre.",
        ]),
        ("p", "Record typed by Rob Ennis on 31/10/2025 and sent to everyone present and to those who gave "
              "apologies."),
    ],
    "findings": [
        F("F002", "Chloe is able to manage her drinking and her low mood."),
        F("T002", "Visit Maisie on Ward 12 while she is in hospital"),
        F("T002", "Visit Maisie on the ward and help with her feeds"),
        F("M002", "Go to the Monday alcohol group at the Recovery Service"),
        F("H001", "Weekly CBT sessions for Chloe's low mood and anxiety"),
        F("W002", "Keep each other updated on Maisie's progress on the ward"),
        F("L001"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Core group minutes for a mother and two children about to move to
#    another council; ex-partner's violence, mother's depression. Markdown
#    with an action log table. Mostly sound; work paused pending transfer
#    and left for the new council, "Ongoing", "Core group", a feeling as a
#    measure, no review conference date, no legal step. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b131_cindersby_core_group_minutes_move_to_dunmarsh_harrop.md",
    "split": "tune",
    "actions": 12,
    "template": "core-group-minutes-md-bold-field-bullets-present-with-initials-the-move-updates-by-initials-childrens-words-scaling-outcomes-then-action-log-table-no-action-lead-by-when-how-well-know-update-contingency-next-meetings",
    "description": (
        "Minutes of the fourth core group for a 9-year-old and a 3-year-old whose mother is moving "
        "them to another council, Dunmarsh, to be near her sister, away from her violent "
        "ex-partner; the mother has depression. Most of the action log is sound (weekly visits "
        "until the transfer-in conference, a joint visit with the Dunmarsh social worker, the "
        "health visitor, police marker, GP, school, the aunt's Saturdays with a fallback). Faults: "
        "the Freedom Programme referral is paused pending transfer for the new council to pick "
        "up; the CAMHS referral is left to the Dunmarsh social worker 'at some point after the "
        "transfer'; help with the move is 'Ongoing'; 'Core group' owns reporting contact; the "
        "women's group is measured by the mother feeling more confident; the review conference "
        "date is left to Dunmarsh to confirm; nothing says what legal planning follows if "
        "progress is not enough."
    ),
    "text": """\
# Core Group Minutes: Leo and Ava Harrop

**Cindersby Borough Council – Children's Social Care – Family Safeguarding Team 3**

- **Meeting:** core group 4, Thursday 06/11/2025, 10am, Cindersby Family Hub
- **Children:** Leo Harrop (9), DOB 21/01/2016, Year 5, Cindersby Juniors; Ava Harrop (3), DOB 30/04/2022
- **Mother:** Gemma Harrop (31), 52 Brook Street, Cindersby CN2 7RE
- **Ava's father:** Jason Reed (34), does not live with the family; non-molestation order until 14/07/2026
- **Plan:** initial child protection conference 12/08/2025, emotional abuse (both children)
- **Present:** Gemma Harrop (GH); Zoe Kirwan, social worker, chair (ZK); Lindsay Owusu, health visitor (LO);
  Mr Craig Bell, DSL, Cindersby Juniors (CB); Kim Shaw, family support worker (KS); Nicky Hart, Cindersby
  Domestic Abuse Service (NH)
- **Apologies:** Dr Emma Finch, GP (written update); PC Sam Adeyemi, Cindersby Police
- **Minutes:** Tasha Cole, business support

## 1. The move to Dunmarsh

Gemma has been offered a housing association house at 14 Heron Way, Dunmarsh, near her sister Lisa Fenwick, and
moves on 24/11/2025. Dunmarsh is a different council. ZK sent the transfer request to Dunmarsh Children's Services
on 03/11/2025; they have acknowledged it but have not yet allocated a social worker or set a date for the
transfer-in conference. ZK explained that Cindersby keeps the plan, and stays responsible for it, until Dunmarsh
hold that conference.

## 2. Updates

- **GH:** Jason texted her twice in October; she reported both texts to the police. She is looking forward to
  being near Lisa. Her mornings are still low and she is taking her sertraline.
- **LO:** Ava was weighed on 30/10/2025 and is on the 50th centile. She has 10 to 20 words and some two-word
  phrases; LO has referred her to Cindersby speech and language therapy, first appointment 18/11/2025.
- **CB:** Leo's attendance this term is 96%. His last day at Cindersby Juniors is 21/11/2025 and he has a place
  at Dunmarsh Park Primary from 01/12/2025. His school counselling sessions stop when he leaves.
- **KS:** has helped Gemma fill in the housing forms and apply for a removal grant.
- **NH:** Gemma was on the waiting list for the Freedom Programme starting in Cindersby on 13/01/2026. Because she
  is moving, the referral has been paused.
- **GP (written):** Dr Finch reviewed Gemma's sertraline on 22/10/2025 and increased the dose.

## 3. What Leo and Ava have said and shown

Leo (seen on his own at school by ZK, 04/11/2025): "I'm a bit excited because Auntie Lisa has a trampoline. I
don't want Jason to know where we're going. I'll miss Mr Bell." He scored how safe he feels at home as 7 out of 10
(5 in August).

Ava was seen at home on 31/10/2025. She showed ZK the boxes in her bedroom, said "new house" and "Lisa", and
climbed onto Gemma's knee when the doorbell rang. Gemma says Ava still wakes most nights but goes back to sleep
when she is brought into Gemma's bed.

## 4. Scaling (0 = the children are not safe, 10 = the plan can end)

ZK 6, GH 8, LO 6, CB 7, NH 5.

## 5. Outcomes (unchanged from the initial conference)

- Leo and Ava live free from Jason's violence and threats, wherever they live.
- Ava's speech and language catch up with other three-year-olds.
- Leo goes to school every day, feels safe at home and can talk about what happened.

## 6. Action log

| No. | Action | Lead | By when | How we'll know | Update |
|---|---|---|---|---|---|
| 1 | Visit Leo and Ava at home and see Leo on his own, at Brook Street and then at Heron Way | ZK (SW) | Weekly until the Dunmarsh transfer-in conference | Visit records show both children seen each week and Leo's words written down | On track |
| 2 | Joint visit with the Dunmarsh social worker once one is allocated, so that Leo and Ava meet them | ZK (SW) | Within 10 working days of the move | Joint visit note on both councils' files | New |
| 3 | Weigh Ava and check her speech, and do a joint visit with the Dunmarsh health visitor after the move | LO (HV) | Fortnightly; joint visit by 05/12/2025 | Weight and words in the red book; joint visit note sent to ZK | On track |
| 4 | Freedom Programme for Gemma: referral paused pending transfer; the new LA will pick this up | Dunmarsh Children's Services | Within four weeks of the Dunmarsh transfer-in conference | Gemma's attendance certificate | Paused |
| 5 | Referral to Dunmarsh CAMHS for Leo's worries and nightmares, in place of the school counselling | Dunmarsh social worker | At some point after the transfer | CAMHS acceptance letter on file | Not started |
| 6 | Put a marker on the Heron Way address with Dunmarsh Police and tell ZK of any breach of the order | PC Sam Adeyemi, Cindersby Police | Marker before the move on 24/11/2025; breaches the same day | Marker confirmed to ZK in writing; each breach logged on the children's file | New |
| 7 | Review Gemma's sertraline and tell ZK within two working days if she stops taking it | Dr Emma Finch, GP | Next review by 20/11/2025 | GP email to ZK after the review | Reviewed 22/10/2025 |
| 8 | Check Leo's attendance every day and send his records to the DSL at Dunmarsh Park Primary | CB (DSL) | Daily until 21/11/2025; records sent by 28/11/2025 | Weekly attendance to ZK; receipt from Dunmarsh Park Primary on file | On track |
| 9 | Help Gemma pack and settle into the new house, register with a Dunmarsh GP and find Ava a nursery place | KS (FSW) | Ongoing | GP registration and Ava's nursery start date on file | Forms done |
| 10 | Tell the SW the same day about any contact from Jason or any worry about Leo and Ava | Core group | Same day | Each report logged on the children's file | - |
| 11 | Go to the Thursday women's group at Cindersby Family Hub, to build her confidence in protecting Leo and Ava | GH | Every Thursday until 20/11/2025 | Gemma feels more confident | 3 of 4 sessions |
| 12 | Have Leo and Ava for tea every Saturday after the move, so that Gemma has help close by | Lisa Fenwick (maternal aunt) | Every Saturday from 29/11/2025 | Lisa texts ZK each Saturday when the children arrive and leave | New |

## 7. Contingency

- If Jason comes to the house, contacts Gemma or the children, or is seen near Heron Way: Gemma rings 999; ZK (or
  the emergency duty team out of hours) holds a strategy discussion with the police the same day; if Jason knows
  the new address, NH arranges a refuge place for Gemma and the children that day.
- If Gemma is too unwell to look after Leo and Ava: the children stay with Lisa at her home in Dunmarsh until ZK
  agrees they can go home. If Lisa cannot have them, ZK arranges emergency foster carers that day.

## 8. Next meetings

- Core group every four weeks: next on Thursday 04/12/2025, 10am, on Teams, so that Dunmarsh professionals can
  join.
- Review conference: Cindersby will not hold a review conference. Dunmarsh will hold a transfer-in conference,
  date to be confirmed by Dunmarsh.

*Minutes agreed by ZK on 07/11/2025 and sent to everyone present and to those who gave apologies.*
""",
    "findings": [
        F("X001", "paused pending transfer; the new LA will pick this up"),
        F("X001", "Referral to Dunmarsh CAMHS for Leo's worries and nightmares"),
        F("T002", "Referral to Dunmarsh CAMHS for Leo's worries and nightmares"),
        F("T002", "Help Gemma pack and settle into the new house"),
        F("W002", "Tell the SW the same day about any contact from Jason"),
        F("M002", "Go to the Thursday women's group at Cindersby Family Hub"),
        F("R001"),
        F("R002"),
    ],
})
