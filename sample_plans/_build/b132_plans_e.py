"""Batch 132, module e: seven fictional plans (held-out material), places beginning with "e".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: the later parts of Finding One of the Child Z review, in ordinary good
wording by experienced practitioners, each in a local template and voice.
How the core group checks progress and what follows when progress is not
enough ("If things have not changed by the review we will ask for a legal
gateway meeting", "the case will be presented to the Legal Planning Forum",
"a Legal Planning Meeting (LPM) will be convened", "PLO pre-proceedings will
be considered" at a requested legal planning meeting, "the manager will
decide whether the threshold for proceedings is met"); families arriving
from or moving to another local authority (a transfer-in conference plan, a
letter saying the plan stays in force until the receiving authority's
conference, joint visits, named workers in both areas); a looked-after baby
on a neonatal unit and an accommodated teenager in a CAMHS bed (who visits,
how often, who holds parental responsibility, discharge planning); and adult
mental health services planning jointly with children's services (a shared
plan meeting, joint visits, the care co-ordinator at the core group).

Five are exemplary: a transfer-in conference plan in a landscape Word table
with the outcome merged down (docx); a child protection plan for a
looked-after baby on a neonatal unit, printed to PDF; a review conference
report with a joint adult and children's services plan, printed to PDF; core
group minutes with an action log in Markdown; and a social worker's letter to
a mother who is moving to another authority (plain text). Two carry a
realistic mix of faults among mostly good rows: a review conference plan for
a family about to move, where two actions are paused or handed on pending the
transfer and nothing says legal planning follows (docx); and a core group
record for an accommodated 15-year-old in an adolescent mental health unit
whom no one is set to visit (Markdown).

Counting actions (convention 1): each live row of an action table, and each
numbered item or bullet of an action section, is one action, whatever the
number of sentences in it. The contingency, meeting dates, the narrative of
what has already happened and a one-off action marked done are not counted;
ongoing work whose status says it is on track or achieved still counts.
"""
from build_batch5 import F, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Transfer-in conference plan: a family who moved from another authority
#    four weeks ago, mother on methadone, two children. Landscape Word table
#    with the outcome merged down over its actions; the previous authority's
#    worker owns one action. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b132_edderthorpe_transfer_in_merged_outcome_kowalczyk.docx",
    "doc_title": "Transfer-in Child Protection Plan - Amelia and Oskar Kowalczyk",
    "split": "heldout",
    "actions": 12,
    "landscape": True,
    "check_vmerge": 3,
    "template": "transfer-in-conference-plan-docx-landscape-details-list-why-how-the-family-came-and-how-the-plan-was-kept-going-childrens-words-then-outcome-merged-down-no-what-lead-when-how-we-will-know-table-contingency-how-we-will-check",
    "description": (
        "Exemplary plan from a transfer-in conference for an 8-year-old and a 4-year-old who moved "
        "from another authority four weeks earlier with their mother, who is on methadone after "
        "using heroin on top of her script. The prose says how the previous authority kept its plan "
        "in force until this conference (weekly visits, two joint visits, a core group in the new "
        "area, the script handed over at a joint appointment). A landscape Word table with the "
        "outcome merged down over its actions; every row has one lead, a timescale and something "
        "that will be seen; the previous social worker owns the file handover; the recovery "
        "service reports on change and the GP owns an action; the uncle's help has a fallback; "
        "'If things have not changed by the review we will ask for a legal gateway meeting'; core "
        "group dates and the review conference date are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan – Transfer-in Conference"),
        ("p", "Edderthorpe Metropolitan Borough Council · Children's Social Care · Safeguarding and Family "
              "Support Team East"),
        ("kv", [
            ("Children", "Amelia Kowalczyk (8), DOB 11/02/2017, Year 4; Oskar Kowalczyk (4), DOB 03/09/2021, "
                         "Reception. Both at Sandgate Lane Primary School since 03/09/2025"),
            ("Address", "9 Fallow Street, Edderthorpe ED4 2NS, from 18/08/2025 (before that 31 Wharf Road, "
                        "Hollinsford)"),
            ("Mother", "Justyna Kowalczyk (33), sole carer"),
            ("Father", "Marek Kowalczyk (37), lives in Poznań; video calls with the children every Sunday"),
            ("Maternal uncle", "Piotr Lis (29), 14 Brook Terrace, Edderthorpe, five minutes' walk away"),
            ("Category", "Neglect (both children), unchanged from the Hollinsford initial conference"),
            ("Plan history", "Initial child protection conference, Hollinsford Council, 10/06/2025; "
                             "transfer-in conference, Edderthorpe, 16/09/2025 (this plan)"),
            ("Chair", "Rosalind Achterberg, Independent Reviewing Officer, Edderthorpe"),
            ("Social worker from today", "Daniel Osei, Edderthorpe (team manager: Helen Marr)"),
            ("Social worker until today", "Priya Nand, Hollinsford Council Children's Services (team manager: "
                                          "Colin Yates)"),
        ]),
        ("h1", "Why Amelia and Oskar have a plan"),
        ("p", "In May 2025 Hollinsford police found Amelia and Oskar alone at 31 Wharf Road at 9pm while Justyna "
              "was asleep upstairs after using heroin on top of her methadone. Amelia, then 7, had been getting "
              "Oskar up, giving him cereal and walking him to nursery. She missed 31 sessions of school in the "
              "spring term, and Oskar missed a hearing test and two dental appointments."),
        ("h1", "How the family came to Edderthorpe, and how the plan was kept going"),
        ("p", "Justyna lost her Hollinsford tenancy in July and moved with the children to be near her brother "
              "Piotr. Priya told Edderthorpe on 05/08/2025, two weeks before the move, and sent the plan, the "
              "conference minutes and a chronology the same day. The Hollinsford plan stayed in force, unchanged, "
              "until this conference: Priya kept visiting every week after the move, twice with Daniel (joint "
              "visits on 21/08/2025 and 04/09/2025), and chaired a core group at Fallow Street on 02/09/2025 with "
              "the Edderthorpe school and recovery service."),
        ("p", "Justyna's methadone script moved from the Hollinsford Community Drug Team to Edderthorpe Recovery "
              "Service at a joint appointment on 20/08/2025, so she did not miss a dose. Her last three screens "
              "have been negative for heroin. Both children started at Sandgate Lane Primary on 03/09/2025, and "
              "their Hollinsford school sent the safeguarding files on 28/08/2025."),
        ("p", "This conference has agreed the plan below. It keeps every unfinished action of the Hollinsford plan, "
              "with an Edderthorpe lead and date, and adds the actions the move has made necessary. From today "
              "Edderthorpe is responsible for the plan; Priya will come to the first Edderthorpe core group to "
              "hand over in person."),
        ("h1", "What Amelia and Oskar have told us"),
        ("p", "Amelia (seen on her own at school by Daniel and Priya, 04/09/2025): “I like my new school because "
              "nobody knows I was late all the time. Uncle Piotr does pancakes on Mondays. I still check Mum's "
              "breathing when she has a nap.” She put home at 6 out of 10; in June she said 3. She wants to keep "
              "living with her mum, and she wants “Mum to keep going to the new chemist”."),
        ("p", "Oskar (seen at home, 04/09/2025) showed both social workers his new school jumper and his bed “by the "
              "window”. He told Daniel “Mummy sleeps on the sofa sometimes” and went back to his cars. His "
              "teacher says he is quiet at drop-off but settles within ten minutes, and he has asked twice whether "
              "his sister will be at lunch."),
        ("h1", "The plan"),
        ("p", "Each outcome is written once, in the first column, for the actions beside it. Every action has one "
              "lead; anyone else named in the action supports them."),
        ("table", {
            "header": ["Outcome for Amelia and Oskar", "No.", "What will happen", "Lead", "When",
                       "How we will know"],
            "widths": [4.6, 1.0, 6.6, 3.9, 3.9, 5.7],
            "rows": [
                ["A. Amelia and Oskar are cared for every day by a sober adult who is awake, feeds them and "
                 "gets them to school on time.",
                 "1",
                 "Visit Amelia and Oskar at home, one visit in three unannounced, and see Amelia on her own",
                 "Daniel Osei, SW",
                 "Weekly from 17/09/2025 until the review conference",
                 "Visit records show both children seen every week and Amelia seen alone, with her words written "
                 "down"],
                [V,
                 "2",
                 "Take her methadone under supervision at Fallow Street Pharmacy and go to key-work, so that she "
                 "is awake and well enough to get Amelia and Oskar up and to school",
                 "Justyna Kowalczyk (Mum)",
                 "Every day; key-work every Tuesday",
                 "Pharmacy record of every supervised dose, seen by the SW every two weeks; no missed doses"],
                [V,
                 "3",
                 "Key-work and urine screens with Justyna, and a written report before each core group on whether "
                 "she has stopped using on top of her script, what that means for the children's mornings, and "
                 "how long further change is likely to take",
                 "Marcus Fenn, recovery worker, Edderthorpe Recovery Service",
                 "Screens every two weeks; report two working days before each core group",
                 "Screen results and the written report on the children's file before every core group"],
                [V,
                 "4",
                 "Check at each script review that the methadone is kept in the locked box out of the children's "
                 "reach, and tell the SW within two working days if Justyna misses a review",
                 "Dr Aisha Rahman, GP, Fallow Street Medical Centre",
                 "At each four-weekly script review, the first by 10/10/2025",
                 "GP email to the SW after each review; the box seen locked at every SW visit"],
                ["B. Amelia and Oskar go to school every day, on time, and Amelia no longer looks after her "
                 "brother or her mum.",
                 "5",
                 "Check both children's attendance, punctuality and how they arrive, and phone the SW the same day "
                 "if either is absent, late or hungry",
                 "Mrs Gillian Teale, DSL, Sandgate Lane Primary",
                 "Every school day",
                 "Attendance emailed to the SW each Friday, 95% or more by the review; same-day calls logged on "
                 "CPOMS"],
                [V,
                 "6",
                 "Give Amelia and Oskar breakfast at his flat and walk them to school",
                 "Piotr Lis (maternal uncle)",
                 "Every Monday, Wednesday and Friday in term time",
                 "School gate log shows Piotr bringing the children on his days; Piotr texts the SW each Friday"],
                [V,
                 "7",
                 "Refer Amelia to Edderthorpe Young Carers and make sure she can get to the Thursday group",
                 "Daniel Osei, SW",
                 "Referral by 30/09/2025; group every Thursday from October",
                 "Acceptance letter on file; the group register shows Amelia there"],
                ["C. Amelia's and Oskar's health needs are met, and the move leaves no gap in their care or in "
                 "what is known about them.",
                 "8",
                 "Register both children with Fallow Street Medical Centre and a dentist, and take Oskar to the "
                 "hearing test he missed in Hollinsford",
                 "Justyna Kowalczyk (Mum), helped by the school nurse",
                 "GP and dentist by 30/09/2025; hearing test by 31/10/2025",
                 "Registration letters and Oskar's hearing result seen by the SW"],
                [V,
                 "9",
                 "Complete a health assessment of both children, catch up Oskar's missed checks and make any "
                 "referrals",
                 "Ruth Ambler, school nurse, Edderthorpe Community Health",
                 "By 24/10/2025",
                 "Health assessment sent to the SW and the GP, with any referrals listed"],
                [V,
                 "10",
                 "Send the full Hollinsford case file, the drug team's history and the record of every visit since "
                 "the move to the Edderthorpe SW",
                 "Priya Nand, SW, Hollinsford Council",
                 "By 26/09/2025",
                 "File received on the Edderthorpe case record; Daniel confirms receipt to Priya in writing"],
                [V,
                 "11",
                 "Finish the parenting assessment Priya began in Hollinsford (three sessions done), using her "
                 "notes and observing the school mornings",
                 "Daniel Osei, SW",
                 "Weekly sessions from 23/09/2025; report by 04/11/2025",
                 "Assessment report shared with Justyna and the core group by 04/11/2025"],
                [V,
                 "12",
                 "Four sessions with Amelia and Oskar about the move, their new school and who they can talk to",
                 "Layla Hussain, family support worker",
                 "Weekly from 22/09/2025",
                 "Each child's ‘my new home’ book kept on file; a note to the SW after each session"],
            ],
        }),
        ("h1", "If things go wrong (contingency)"),
        ("p", "If Justyna misses a methadone dose, has a screen positive for heroin, or is found under the influence "
              "while caring for Amelia and Oskar (told to us by the pharmacy, the recovery service, the school, "
              "Piotr or either child), the children will go to Piotr at 14 Brook Terrace that evening and Daniel "
              "will hold a strategy discussion with Edderthorpe Police the same day."),
        ("p", "If Piotr cannot do his school mornings or cannot have the children (he works some weekend shifts), "
              "Layla Hussain will take Amelia and Oskar to school on those days, and if the children need "
              "somewhere to sleep Daniel will place them together with Edderthorpe foster carers the same day."),
        ("p", "If things have not changed by the review – Justyna has had two or more positive screens, Amelia's "
              "attendance is still under 90%, or the parenting assessment says Justyna cannot keep the children "
              "safe – we will ask for a legal gateway meeting. Daniel will request it from Helen Marr within five "
              "working days of the review, or sooner if the contingency above has to be used twice."),
        ("h1", "How we will check the plan is working"),
        ("bullets", [
            "Core group every four weeks at Sandgate Lane Family Hub, Tuesdays at 1.30pm: 30/09/2025 (Priya Nand "
            "attending to hand over), 28/10/2025 and 25/11/2025.",
            "At each core group every lead gives a written update against the ‘How we will know’ column and a "
            "score out of 10; Daniel records which actions are on track and what has changed for Amelia and "
            "Oskar.",
            "Review child protection conference: Tuesday 09/12/2025, 10am, Edderthorpe Civic Centre.",
        ]),
        ("p", "Plan agreed at the transfer-in conference on 16/09/2025. Copies to Justyna, Piotr, Priya Nand and "
              "every lead in the table."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Review conference plan for a family about to move to another
#    authority; mother's depression, father's cannabis use, a 6-year-old and
#    a baby. Landscape Word table. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b132_elsingfold_rcpc_transfer_out_landscape_table_brennan.docx",
    "doc_title": "Review Child Protection Plan - Kayla Brennan and Mason Doyle",
    "split": "heldout",
    "actions": 13,
    "landscape": True,
    "template": "rcpc-plan-docx-landscape-details-list-why-what-has-changed-the-move-section-childrens-words-outcomes-then-ref-action-who-when-how-we-will-know-table-contingency-meetings-with-transfer-in-date",
    "description": (
        "Review conference plan for a 6-year-old and a 13-month-old whose family will move to "
        "another authority in three weeks. The mother has depression and the father smokes "
        "cannabis. The move itself is handled well in most rows (weekly visits until the receiving "
        "authority's transfer-in conference, a joint visit with the new social worker, health "
        "visitor and school handovers with dates), the talking therapist and drug service both "
        "report on change, and the grandmother's weekends have a fallback. Faults: the parenting "
        "assessment is paused pending transfer, a speech therapy referral is left for the new "
        "authority to pick up, the father's cannabis action is 'Ongoing', 'Family' keeps the stair "
        "gate shut, a baby group is measured by the mother feeling closer to the baby, one outcome "
        "is about the mother only, and nothing says legal planning follows if progress stalls."
    ),
    "blocks": [
        ("title", "Review Child Protection Conference – Child Protection Plan"),
        ("p", "Elsingfold Borough Council · Children and Families · Safeguarding Team 3"),
        ("kv", [
            ("Children", "Kayla Brennan (6), DOB 19/05/2019, Year 2, Elsingfold St Mary's Primary; Mason Doyle "
                         "(13 months), DOB 08/09/2024"),
            ("Address", "41 Cooper's Walk, Elsingfold EF2 7PL, until 31/10/2025; from 01/11/2025, 6 Linnet "
                        "Road, Brindlecombe"),
            ("Mother", "Shannon Brennan (26)"),
            ("Father", "Liam Doyle (29), Mason's father, lives with the family; Kayla's father is not involved"),
            ("Maternal grandmother", "Denise Brennan, 22 Millbrook Road, Brindlecombe"),
            ("Category", "Neglect (both children)"),
            ("Conferences", "Initial conference 08/07/2025; first review conference 07/10/2025 (this plan). "
                            "Chair: Andrew Yeo (IRO)"),
            ("Social worker", "Rhiannon Pugh (team manager: Gareth Lunn)"),
            ("Receiving authority", "Brindlecombe County Council; social worker Tariq Bhatti (allocated "
                                    "06/10/2025)"),
        ]),
        ("h1", "Why Kayla and Mason have a plan"),
        ("p", "In June Mason, then 9 months, was found by the health visitor in a soaked nappy with a bottle of "
              "cold milk propped in his cot at 2pm. Shannon was in bed with depression and Liam was asleep after "
              "smoking cannabis. Kayla had been late to school 18 times in the summer term and told her teacher "
              "she makes her own breakfast."),
        ("h1", "What has changed since the initial conference"),
        ("bullets", [
            "Shannon started CBT at Elsingfold Talking Therapies on 02/10/2025 after eleven weeks on the waiting "
            "list, and has been taking her antidepressant every day since July.",
            "Liam has been to five of six key-work sessions at Elsingfold Drug Service. Two of his three screens "
            "were positive for cannabis.",
            "Mason is on the 9th centile, up from the 2nd in June. A stair gate was fitted in August but was open "
            "at two of the last four visits.",
            "Kayla's attendance since the start of September is 94% and she has been late twice.",
        ]),
        ("h1", "The move to Brindlecombe"),
        ("p", "Shannon and Liam have been offered a council tenancy in Brindlecombe, near Denise, from 01/11/2025. "
              "Rhiannon told Brindlecombe Children's Services on 03/10/2025 and sent them the plan, the "
              "conference minutes and a chronology. Brindlecombe will hold a transfer-in conference on "
              "18/11/2025. Elsingfold stays responsible for the plan until then."),
        ("h1", "What Kayla and Mason have told us"),
        ("p", "Kayla (seen on her own at school, 30/09/2025): “Mummy gets up more now. I don't like the smell in "
              "the kitchen when Liam has his cigarettes. I want to move to Nana Denise's town because she has a "
              "trampoline, but I'm sad about leaving Miss Ahmed.” She put home at 5 out of 10."),
        ("p", "Mason (seen at home, 30/09/2025) pulled himself up on the sofa to reach Shannon and laughed when "
              "Kayla played peek-a-boo. He cried when he was put in his cot and stopped as soon as Shannon picked "
              "him up. He was in a clean nappy and had eaten toast."),
        ("h1", "Outcomes"),
        ("numbers", [
            "Kayla and Mason are cared for every day by a parent who is sober and well enough to feed them, "
            "change Mason and get Kayla to school on time.",
            "Mason keeps growing and is safe at home, with the stair gate shut and no hot drinks within his "
            "reach.",
            "Kayla's speech is assessed and she gets the help she needs, with a trusted adult at school before "
            "and after the move.",
            "Shannon's depression is under control.",
        ]),
        ("h1", "The plan"),
        ("table", {
            "header": ["Ref", "Action", "Who", "When", "How we will know"],
            "widths": [1.2, 8.0, 4.8, 4.6, 7.1],
            "rows": [
                ["1",
                 "Visit Kayla and Mason at home, see Kayla on her own and see Mason awake, continuing after the "
                 "move",
                 "Rhiannon Pugh, SW",
                 "Weekly until the Brindlecombe transfer-in conference on 18/11/2025",
                 "Visit records show both children seen every week and Kayla's own words written down"],
                ["2",
                 "Joint home visit with the Brindlecombe social worker, so that Kayla and Mason meet their new "
                 "worker before the move",
                 "Rhiannon Pugh, SW, with Tariq Bhatti, SW, Brindlecombe",
                 "By 24/10/2025",
                 "Joint visit note on both councils' records, with Kayla's words about the move"],
                ["3",
                 "Weigh Mason and check his development and where he sleeps, then hand over to the Brindlecombe "
                 "health visitor in writing",
                 "Hannah Cole, health visitor (HV)",
                 "Every two weeks until the move; 12-month review by 17/10/2025; handover before 01/11/2025",
                 "Weights in the red book on or above the 9th centile; review scores sent to the SW; handover "
                 "letter on file"],
                ["4",
                 "CBT with Shannon for her depression, and a written view before each core group on whether she "
                 "is making the changes Kayla and Mason need and how long that is likely to take",
                 "Joanne Pike, CBT therapist, Elsingfold Talking Therapies",
                 "Weekly from 02/10/2025; view two working days before each core group",
                 "Written view on the SW's file before each core group"],
                ["5",
                 "Review Shannon's antidepressant and send the SW a summary of her mental health history",
                 "Dr Farid Khan, GP, Millgate Surgery",
                 "By 17/10/2025",
                 "GP letter on the children's file"],
                ["6",
                 "Stop smoking cannabis, and never use it in the house or while caring for Kayla or Mason",
                 "Liam Doyle (Dad)",
                 "Ongoing",
                 "Urine screens at Elsingfold Drug Service negative for cannabis; no cannabis smelled at SW or HV "
                 "visits"],
                ["7",
                 "Key-work and monthly urine screens with Liam, and a written report before each core group on "
                 "whether he has stopped using and what that means for the children",
                 "Sam Reddy, recovery worker, Elsingfold Drug Service",
                 "Key-work every Monday; report two working days before each core group",
                 "Screen results and the report on the SW's file before each core group"],
                ["8",
                 "Complete the parenting assessment of Shannon and Liam – paused pending transfer to "
                 "Brindlecombe, who will finish it",
                 "Rhiannon Pugh, SW",
                 "By 31/10/2025 (date set at the initial conference)",
                 "Assessment report shared with Shannon, Liam and the core group"],
                ["9",
                 "Refer Kayla to speech and language therapy for her unclear speech; the new LA will pick this "
                 "up after the move",
                 "Brindlecombe Children's Services",
                 "Within four weeks of the transfer-in conference",
                 "Referral acceptance letter on Kayla's file"],
                ["10",
                 "Check Kayla's attendance and how she arrives each morning, and send her safeguarding file to "
                 "her new school when she leaves",
                 "Mrs Leanne Hough, DSL, Elsingfold St Mary's Primary",
                 "Every school day until 31/10/2025; file sent within five school days of her last day",
                 "Attendance emailed to the SW each Friday; file transfer confirmed on CPOMS"],
                ["11",
                 "Keep the stair gate shut and hot drinks out of Mason's reach",
                 "Family",
                 "Every day",
                 "Gate seen shut and no hot drinks within reach at every SW and HV visit"],
                ["12",
                 "Go to the Thursday baby massage group at Elsingfold Family Hub with Mason",
                 "Shannon Brennan (Mum)",
                 "Every Thursday for six weeks from 09/10/2025",
                 "Shannon feels closer to Mason"],
                ["13",
                 "Have Kayla and Mason to stay at her home in Brindlecombe",
                 "Denise Brennan (maternal grandmother)",
                 "Every other weekend, Friday 5pm to Sunday 4pm",
                 "Denise texts the SW when the children arrive and when they go home; Kayla talks about the "
                 "weekends at visits"],
            ],
        }),
        ("h1", "Contingency"),
        ("p", "If Shannon is too low to get up for the children, Liam is found under the influence of cannabis "
              "while caring for them, or Mason loses weight at two weighs in a row, Rhiannon will hold a strategy "
              "discussion the same day and the children will stay with Denise at 22 Millbrook Road until it has "
              "taken place."),
        ("p", "If Denise cannot have the children (she is ill or away), Rhiannon will place Kayla and Mason "
              "together with Elsingfold foster carers the same day."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every three weeks until the transfer, Tuesdays at 10am at Cooper's Walk Family Hub: "
            "21/10/2025 and 11/11/2025. Tariq Bhatti is invited to both.",
            "Brindlecombe transfer-in conference: Tuesday 18/11/2025.",
            "If the family do not move, the next review conference in Elsingfold will be on Tuesday 07/04/2026.",
        ]),
    ],
    "findings": [
        F("F002", "Shannon's depression is under control."),
        F("T002", "Stop smoking cannabis, and never use it in the house"),
        F("X001", "paused pending transfer to Brindlecombe, who will finish it"),
        F("X001", "the new LA will pick this up after the move"),
        F("W002", "Keep the stair gate shut and hot drinks out of"),
        F("M002", "Go to the Thursday baby massage group at Elsingfold"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Child protection plan for a looked-after baby on a neonatal unit,
#    accommodated under section 20, mother on methadone. Word document
#    printed to PDF with a page header and footer: legal status and who
#    decides what, the baby's days on the unit, then one action table with
#    visiting and discharge planning. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b132_emberleigh_lac_baby_neonatal_unit_visits_hargreaves.pdf",
    "doc_title": "Child Protection Plan - Baby Isabella Hargreaves (looked after, neonatal unit)",
    "split": "heldout",
    "actions": 14,
    "template": "lac-baby-on-neonatal-unit-cp-plan-printed-to-pdf-page-header-footer-details-list-legal-status-and-parental-responsibility-kv-bellas-days-on-the-unit-outcomes-then-what-needs-to-happen-who-when-how-we-will-know-table-with-visits-and-discharge-contingency-meetings",
    "description": (
        "Exemplary child protection plan, updated at the first core group, for a baby born at 32 "
        "weeks with neonatal abstinence syndrome who is accommodated under section 20 and is still "
        "on the neonatal unit. Printed to PDF from Word with a page header and footer. It says who "
        "holds parental responsibility and which decisions are delegated, describes the baby's "
        "days on the unit, and sets visits at stated frequencies (the social worker twice a week, "
        "the IRO once before the first looked-after review, the mother daily, the foster carers "
        "three times a week), discharge planning meetings and rooming-in. The drug service "
        "reports on the mother's capacity to change; legal planning follows named triggers ('the "
        "case will be presented to the Legal Planning Forum'); core group and review dates are set."
    ),
    "header": "OFFICIAL-SENSITIVE – Emberleigh City Council – Children's Social Care",
    "footer": "Isabella Hargreaves – child protection plan (looked after, in hospital) – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan – Looked-After Baby in Hospital"),
        ("kv", [
            ("Child", "Isabella (Bella) Hargreaves, born 02/10/2025 at 32 weeks, Emberleigh Royal Infirmary"),
            ("Where Bella is", "Neonatal Unit (Ward 22), Emberleigh Royal Infirmary: intensive care until "
                               "08/10/2025, special care nursery since then"),
            ("Mother", "Carly Hargreaves (29), 17 Tanner's Yard, Emberleigh EM3 5RW"),
            ("Father", "Not named on the birth registration; Carly has not given his name"),
            ("Maternal grandmother", "Maureen Hargreaves (58), 3 Kiln Lane, Emberleigh"),
            ("Category", "Neglect (pre-birth plan made at the initial conference on 28/08/2025)"),
            ("This version", "Updated at core group 1 on the unit, Tuesday 14/10/2025"),
            ("Social worker", "Sian Pritchard, Children in Care and Protection Team (team manager: Rob Kenyon)"),
            ("IRO", "Graham Tilley (chair of the conference and Bella's independent reviewing officer)"),
        ]),
        ("h1", "Legal status and parental responsibility"),
        ("kv", [
            ("Legal status", "Accommodated under section 20 of the Children Act 1989 from 06/10/2025, with "
                             "Carly's written agreement signed with Sian and her advocate"),
            ("Parental responsibility", "Carly alone. Emberleigh City Council does not hold parental "
                                        "responsibility"),
            ("Medical decisions", "Carly consents to Bella's treatment; the unit phones her first. If she "
                                  "cannot be reached within an hour for an urgent decision, the nurse in charge "
                                  "phones Sian or the duty team manager and the doctors act in Bella's best "
                                  "interests"),
            ("Day-to-day care on the unit", "Delegated to the neonatal nursing team by the delegated authority "
                                            "form Carly signed on 06/10/2025; copy in Bella's notes"),
            ("Where Bella goes at discharge", "Janet and Phil Ormerod, Emberleigh foster carers, agreed by Carly "
                                              "at the placement planning meeting on 09/10/2025"),
        ]),
        ("h1", "Why Bella has a plan"),
        ("p", "Carly has used heroin for nine years and has been on a methadone script since 2022. Her two older "
              "children live with their father's family after care proceedings in 2021. In the summer Carly "
              "was using heroin on top of her script, and she went to only two of eight antenatal appointments. "
              "Bella was born early after Carly collapsed at home. Carly agreed before the birth that Bella would "
              "be looked after by foster carers while the assessments are done."),
        ("h1", "Bella's days on the unit"),
        ("p", "Bella is small (1.71kg at birth, 1.80kg on 13/10/2025) and is being weaned off oral morphine for "
              "her withdrawal. The nurses score her withdrawal every four hours; her scores have come down from "
              "9–11 to 4–6. She is fed through a tube and has started taking small bottles."),
        ("p", "The nurses describe a baby who startles at noise and settles best swaddled, in a dim cot, held "
              "against someone's chest. On 10/10/2025 Sian watched Carly hold Bella skin-to-skin for forty "
              "minutes; Bella stopped crying within two minutes, her breathing slowed and she fell asleep. On two "
              "afternoons Carly did not arrive and the nurses held Bella through her 3pm feed when she was "
              "unsettled."),
        ("h1", "What we want for Bella"),
        ("numbers", [
            "Bella's withdrawal is treated until she is off morphine, and she feeds from a bottle and gains "
            "weight steadily.",
            "Bella is visited and held by people who matter to her every day she is on the unit, and knows her "
            "foster carers before she leaves.",
            "Bella leaves hospital to a safe home on a date planned in advance, with her carers trained in her "
            "feeds and withdrawal scoring.",
            "Bella has a lasting home, with her mum if Carly can stay off heroin and care for her safely, or "
            "with family or foster carers if she cannot.",
        ]),
        ("h1", "What needs to happen"),
        ("table", {
            "header": ["No.", "What needs to happen", "Who", "When", "How we will know"],
            "widths": [1.2, 5.4, 3.3, 3.2, 3.9],
            "rows": [
                ["1",
                 "Visit Bella on the unit, see her awake and at a feed where possible, speak to the nurse in "
                 "charge and read the unit notes",
                 "Sian Pritchard, SW",
                 "Twice a week (Tuesday and Friday) until discharge",
                 "Visit records show two visits every week, with Bella's weight, feeds and withdrawal scores "
                 "written down"],
                ["2",
                 "Visit Bella on the unit and meet the nurse in charge before chairing her first looked-after "
                 "review",
                 "Graham Tilley, IRO",
                 "Once, by 31/10/2025",
                 "IRO visit note on Bella's record before the review"],
                ["3",
                 "Visit Bella on the unit and do her cares – nappy, tube and bottle feeds, skin-to-skin – with "
                 "a nurse present",
                 "Carly Hargreaves (Mum)",
                 "Every day, 2pm to 5pm",
                 "Unit visiting log shows each day Carly came and the cares she did; Sian reads the log at each "
                 "visit"],
                ["4",
                 "Record every visit by Carly and how she presented, and phone the SW the same day if she seems "
                 "under the influence or does not come",
                 "Lorraine Beck, ward manager, Neonatal Unit",
                 "Every visit, every day Bella is on the unit",
                 "Visiting log kept at the nurses' station; same-day calls recorded on Bella's record"],
                ["5",
                 "Treat Bella's withdrawal and send the SW a weekly written summary",
                 "Dr Kwame Boateng, consultant neonatologist",
                 "Every Monday until discharge",
                 "Summary on Bella's record each week with her weight, morphine dose and withdrawal scores"],
                ["6",
                 "Hold discharge planning meetings with the unit, the foster carers, Carly and the HV, and agree "
                 "the discharge date and plan",
                 "Sian Pritchard, SW",
                 "First meeting 21/10/2025, then every Tuesday until discharge",
                 "Written discharge plan agreed and sent to the core group before Bella leaves the unit"],
                ["7",
                 "Visit Bella on the unit to learn her cares, then room in with her for two nights before "
                 "discharge",
                 "Janet Ormerod, foster carer (with Phil Ormerod)",
                 "Three times a week from 16/10/2025; two nights rooming-in before discharge",
                 "Unit log shows each visit; the nurses sign off Janet's feeding and withdrawal scoring before "
                 "discharge"],
                ["8",
                 "Key-work and urine screens with Carly, and a written report before each core group on whether "
                 "she has stopped using heroin on top of her script, what still has to change for Bella and how "
                 "long that is likely to take",
                 "Nia Thomas, recovery worker, Emberleigh Drug and Alcohol Service",
                 "Key-work every Wednesday; screens every two weeks; report two working days before each core "
                 "group",
                 "Screen results and the written report on Bella's record before every core group"],
                ["9",
                 "Take her methadone under supervision every day and use no heroin, so that she is safe to hold "
                 "and feed Bella on her visits",
                 "Carly Hargreaves (Mum)",
                 "Every day from 14/10/2025",
                 "Pharmacy record of supervised doses; every screen negative for heroin"],
                ["10",
                 "Complete a parenting assessment of Carly, including cares observed on the unit and at family "
                 "time after discharge",
                 "Sian Pritchard, SW",
                 "Report by 18/11/2025",
                 "Assessment report shared with Carly and the core group before the review conference"],
                ["11",
                 "Complete a viability assessment of Maureen as a carer for Bella",
                 "Owen Pryce, kinship care social worker",
                 "By 07/11/2025",
                 "Viability report shared with Carly, Maureen and the core group"],
                ["12",
                 "Complete Bella's initial health assessment as a looked-after child",
                 "Dr Helen Moss, designated doctor for looked-after children",
                 "Within 20 working days of accommodation, by 03/11/2025",
                 "Health assessment report sent to the SW, the IRO and the foster carers"],
                ["13",
                 "Meet the foster carers on the unit, then visit Bella at the foster home and weigh her",
                 "Amira Begum, health visitor",
                 "Once before discharge; within two days of discharge; then weekly",
                 "Weights in Bella's red book; HV notes shared with the SW after each visit"],
                ["14",
                 "Supervise Carly's family time with Bella after discharge at Emberleigh Family Time Centre",
                 "Marie Dunn, family time worker",
                 "Five afternoons a week from the day after discharge",
                 "A record of each session sent to the SW, noting Carly's cares and how Bella responded"],
            ],
        }),
        ("h1", "Contingency"),
        ("bullets", [
            "If Carly arrives on the unit under the influence, or tries to take Bella off the unit, the nurse in "
            "charge will end the visit and call hospital security and Emberleigh Police, and will phone Sian or "
            "the out-of-hours team straight away. Sian will hold a strategy discussion the same day, and Carly's "
            "next visits will be at set times with a family time worker present.",
            "If Carly withdraws her section 20 agreement, Sian will ask Rob Kenyon for an urgent legal planning "
            "meeting the same day to decide whether to apply for an emergency protection order, and Bella will "
            "stay on the unit until it has met.",
            "If the Ormerods cannot take Bella on the discharge date, Bella will stay on the unit until another "
            "Emberleigh foster placement is found; she will not be discharged to Tanner's Yard.",
            "If Carly has two screens positive for heroin before the review conference, misses more than two "
            "visits in a week, or the parenting assessment says she cannot care for Bella safely, the case will "
            "be presented to the Legal Planning Forum within five working days for legal advice on care "
            "proceedings.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks: 14/10/2025 (on the unit), 11/11/2025 and 09/12/2025, with the nurse in "
            "charge and the recovery worker invited to each.",
            "Bella's first looked-after review: 03/11/2025, chaired by Graham Tilley.",
            "Review child protection conference: Tuesday 25/11/2025, 10am, Emberleigh Civic Centre.",
        ]),
        ("p", "Plan updated by Sian Pritchard at core group 1, 14/10/2025. Copies to Carly, her advocate, the ward "
              "manager, the foster carers and every lead named above."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Review conference report with a plan made jointly with adult mental
#    health services; mother with bipolar disorder admitted in the summer,
#    two children. Word report printed to PDF, page header and footer; the
#    plan table has a "Lead" and a "Working with" column. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b132_eskdown_rcpc_joint_adult_services_plan_maguire.pdf",
    "doc_title": "Review Child Protection Conference - Report and Plan - Ciaran and Erin Maguire",
    "split": "heldout",
    "actions": 13,
    "template": "rcpc-report-printed-to-pdf-page-header-footer-details-numbered-sections-what-has-changed-how-adult-and-childrens-services-work-together-shared-plan-meeting-views-outcomes-then-no-action-lead-working-with-when-how-we-will-know-table-contingency-monitoring-and-escalation-meetings",
    "description": (
        "Exemplary plan from the first review conference for a 12-year-old and a 7-year-old whose "
        "mother has bipolar disorder and was detained in hospital in the summer after a manic "
        "episode. A conference report printed to PDF, with a section on how adult and children's "
        "services plan together (a shared plan meeting every twelve weeks, a monthly joint visit "
        "by the social worker and the care co-ordinator, the care co-ordinator at every core "
        "group). The table has a Lead and a 'Working with' column; the care co-ordinator and the "
        "consultant psychiatrist both report on the mother's capacity to change; every parent "
        "action is tied to the children; the aunt steps in if the father cannot; 'a Legal "
        "Planning Meeting (LPM) will be convened' if named triggers occur; core group, shared plan "
        "meeting and review dates are set."
    ),
    "header": "OFFICIAL-SENSITIVE – Eskdown District Council – Children's Services",
    "footer": "Ciaran and Erin Maguire – RCPC report and plan, 21/10/2025 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Review Child Protection Conference: Report and Plan"),
        ("kv", [
            ("Children", "Ciaran Maguire (12), DOB 30/01/2013, Year 8, Eskdown High School; Erin Maguire (7), "
                         "DOB 14/06/2018, Year 3, Holm Bank Primary"),
            ("Address", "58 Fellgate, Eskdown EK7 3HD"),
            ("Mother", "Roisin Maguire (38)"),
            ("Father", "Sean Maguire (41), lives at home; warehouse supervisor"),
            ("Paternal aunt", "Bernie Maguire, 12 Scar Lane, Eskdown"),
            ("Category", "Neglect (both children)"),
            ("Conferences", "Initial conference 22/07/2025; first review conference 21/10/2025 (this report). "
                            "Chair: Louise Fenwick (IRO)"),
            ("Social worker", "Fiona Drummond, Family Safeguarding Team (team manager: Martin Greaves)"),
            ("Adult mental health", "Gareth Lowe, care co-ordinator, Eskdown Community Mental Health Team; "
                                    "consultant psychiatrist Dr Anil Kapoor"),
        ]),
        ("h1", "1. Why Ciaran and Erin have a plan"),
        ("p", "Roisin has bipolar affective disorder. In June 2025 she stopped her lithium, stopped sleeping and "
              "spent the family's rent money. Ciaran kept Erin off school for four days to look after her while "
              "Sean was on night shifts, and on 02/07/2025 police found Roisin driving with Erin in the car at 3am. "
              "She was detained under section 2 of the Mental Health Act and was on Ravenscar Ward from 02/07/2025 "
              "to 12/08/2025."),
        ("h1", "2. What has changed since the initial conference"),
        ("bullets", [
            "Roisin has been home since 12/08/2025, back on lithium, with her blood levels in range at both tests.",
            "Sean moved to day shifts on 01/09/2025, so an adult is at home with the children every night.",
            "Erin's attendance since September is 97%; Ciaran's is 92%, with three late marks.",
            "Ciaran still wakes in the night to check that his mum is in bed.",
        ]),
        ("h1", "3. How adult and children's services are working together"),
        ("p", "Before Roisin left hospital, Fiona, Gareth and the ward held a shared plan meeting with Roisin and "
              "Sean on 08/08/2025, so that Roisin's care plan and the children's plan say the same things: what "
              "her early warning signs are, who Ciaran rings, and who collects Erin. The second shared plan "
              "meeting was on 14/10/2025. Gareth has come to every core group and has given a written update "
              "each time. Fiona and Gareth visit the family together once a month, and each writes the visit on "
              "their own service's record the same week."),
        ("p", "Everyone agreed that Roisin's illness is the reason for the plan but not its subject: each action "
              "below says what it changes for Ciaran and Erin."),
        ("h1", "4. What Ciaran and Erin say"),
        ("p", "Ciaran (seen on his own at school, 09/10/2025): “Mum's normal now, she makes tea and she laughs. I "
              "still get up in the night to look. I don't want to be the one who has to notice if she goes high "
              "again.” He put home at 7 out of 10 (2 in July). He wants to keep his Tuesday football and to know "
              "“that someone else is watching”."),
        ("p", "Erin (seen at home, 09/10/2025) drew her family at the seaside and said “Mummy was poorly in the "
              "hospital and now she's better”. She said the best thing is “Daddy doing bedtime”. She does not "
              "want to go in the car at night."),
        ("h1", "5. Outcomes for Ciaran and Erin"),
        ("numbers", [
            "Ciaran and Erin are cared for every day and every night by an adult who is well, and are never left "
            "in charge of their mum or of each other.",
            "Ciaran does not have to watch for his mum's warning signs: the adults do, and he knows exactly who "
            "to tell if he is worried.",
            "Both children go to school every day, on time, and Ciaran keeps his football.",
            "If their mum becomes unwell again, Ciaran and Erin are looked after by an adult they know from the "
            "same day.",
        ]),
        ("h1", "6. The plan"),
        ("p", "The Lead owns the action and reports on it at the core group. ‘Working with’ names the people who "
              "help."),
        ("table", {
            "header": ["No.", "Action", "Lead", "Working with", "When", "How we will know"],
            "widths": [1.2, 4.2, 2.8, 2.3, 2.6, 3.9],
            "rows": [
                ["1",
                 "Visit Ciaran and Erin at home and see each child on their own",
                 "Fiona Drummond, SW",
                 "–",
                 "Weekly until the next review conference",
                 "Visit records show both children seen alone each week, with their words written down"],
                ["2",
                 "Joint home visit to see Roisin with the children, agree together whether anything has changed "
                 "for Ciaran and Erin, and write it on both records",
                 "Fiona Drummond, SW",
                 "Gareth Lowe, care co-ordinator",
                 "First Monday of each month",
                 "Joint visit note on the children's and the adult record within two working days"],
                ["3",
                 "Visit Roisin at home, check her mood chart and early warning signs, and report to each core "
                 "group on whether she is making and keeping the changes the children need",
                 "Gareth Lowe, care co-ordinator, Eskdown CMHT",
                 "–",
                 "Every two weeks; report two working days before each core group",
                 "Written report on the SW's file before every core group"],
                ["4",
                 "Review Roisin in clinic and give a written assessment of her insight, her risk of relapse, her "
                 "capacity to change and the likely timescale for Ciaran and Erin",
                 "Dr Anil Kapoor, consultant psychiatrist, Eskdown CMHT",
                 "Gareth Lowe",
                 "Clinic every 8 weeks; written assessment by 20/01/2026",
                 "Assessment letter sent to the SW by 20/01/2026 and shared at the core group"],
                ["5",
                 "Take her lithium every day, have her blood tests and keep her mood chart, so that she stays "
                 "well enough to care for Ciaran and Erin",
                 "Roisin Maguire (Mum)",
                 "Gareth Lowe; Dr Rachel Hume, GP",
                 "Every day; blood tests every 12 weeks, next by 14/11/2025",
                 "Lithium levels in range on the GP record; the mood chart seen at each joint visit"],
                ["6",
                 "Rewrite Roisin's relapse plan with the children in it: who collects Erin, who Ciaran rings, and "
                 "what Sean does on the first warning sign",
                 "Fiona Drummond, SW",
                 "Gareth Lowe; Roisin and Sean",
                 "By the shared plan meeting on 15/01/2026",
                 "Relapse plan signed by Roisin, Sean, Fiona and Gareth, on both records; Ciaran shows the SW "
                 "the phone numbers card at a visit"],
                ["7",
                 "Stay on day shifts so that he is at home with Ciaran and Erin every evening and night",
                 "Sean Maguire (Dad)",
                 "–",
                 "Every week from 01/09/2025 until the next review conference",
                 "Shift rota shown to the SW each month; both children say at visits that Dad is home at night"],
                ["8",
                 "Tell the SW and the care co-ordinator within one working day if Roisin misses a lithium blood "
                 "test or her level is out of range, so that the children's plan can act at once",
                 "Dr Rachel Hume, GP, Holm Bank Surgery",
                 "–",
                 "After every lithium blood test",
                 "GP email to the SW and Gareth after each test; no missed test unreported"],
                ["9",
                 "Complete a young carer's assessment with Ciaran and offer him a place at the Thursday group",
                 "Bev Tait, Eskdown Young Carers",
                 "Fiona Drummond",
                 "Assessment by 14/11/2025; group every Thursday from then",
                 "Ciaran's young carer's plan sent to the SW; the group register shows him attending"],
                ["10",
                 "Six sessions with Ciaran and Erin about their mum's illness, so that each can say what the "
                 "warning signs are and that the adults will act on them",
                 "Leah Grant, family support worker",
                 "Fiona Drummond",
                 "Every two weeks from 06/11/2025",
                 "Each child's workbook kept on file; at the last session each can name who they would tell"],
                ["11",
                 "Check Erin's attendance and how she arrives, and phone the SW the same day about any worry",
                 "Mrs Anne Kerr, DSL, Holm Bank Primary",
                 "–",
                 "Every school day",
                 "Attendance emailed to the SW each Friday; same-day calls logged on CPOMS"],
                ["12",
                 "Meet Ciaran each Monday, check his attendance and lateness, and ask how he is sleeping",
                 "Mr Tom Riley, head of Year 8, Eskdown High School",
                 "–",
                 "Every Monday in term time",
                 "Meetings logged on CPOMS; attendance sent to the SW every two weeks, 95% or more by the review"],
                ["13",
                 "Carer's assessment for Sean, so that he has the support he needs to keep the children's "
                 "routines going if Roisin becomes unwell",
                 "Dawn Ivers, Carers' Team, Eskdown Adult Social Care",
                 "Fiona Drummond",
                 "By 28/11/2025",
                 "Sean's carer's support plan sent to the SW and discussed at the core group on 02/12/2025"],
            ],
        }),
        ("h1", "7. If Roisin becomes unwell (contingency)"),
        ("p", "If Roisin shows two of her early warning signs (sleeping less than four hours, spending money she "
              "does not have, talking very fast, driving at night), Sean or Ciaran will ring Gareth, or the crisis "
              "team out of hours. Gareth or the crisis team will see Roisin the same day, and Fiona will hold a "
              "strategy discussion the same day if the children have been left without a well adult."),
        ("p", "Sean will take leave from work and stay with the children. If Sean cannot, the children will go to "
              "Bernie at 12 Scar Lane that evening; if neither can, Fiona will place Ciaran and Erin together with "
              "Eskdown foster carers the same day."),
        ("h1", "8. Checking progress, and what happens if it is not enough"),
        ("p", "At every core group Gareth's report, the school figures and the children's own words are set "
              "against the ‘How we will know’ column, and Fiona records each action as on track, late or not "
              "happening."),
        ("p", "If Roisin stops her lithium, is admitted to hospital again, or Dr Kapoor's assessment says she "
              "cannot make the changes within the children's timescale, or the children are left without a well "
              "adult at night, a Legal Planning Meeting (LPM) will be convened within five working days. Fiona "
              "will request it from Martin Greaves."),
        ("h1", "9. Meetings"),
        ("bullets", [
            "Core group every six weeks, Tuesdays at 3.45pm at Holm Bank Primary, with Gareth Lowe attending: "
            "02/12/2025, 13/01/2026 and 24/02/2026.",
            "Shared plan meeting (adult and children's services, with Roisin and Sean): every twelve weeks, next "
            "on Thursday 15/01/2026.",
            "Second review child protection conference: Tuesday 17/03/2026, 10am, Eskdown Town Hall.",
        ]),
        ("p", "Fiona Drummond, Social Worker · report dated 14/10/2025 · plan agreed at the conference on "
              "21/10/2025"),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Minutes of the second core group, father's alcohol dependency, two
#    children, grandmother's Friday nights. Markdown minutes: attendance key
#    with initials, agency updates, the children's words, a scaling table,
#    the chair's view of whether the plan is working (with the legal step),
#    then the action log table with a status column and one closed row.
#    Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b132_elverholme_core_group_minutes_scaling_action_log_pickering.md",
    "split": "heldout",
    "actions": 11,
    "template": "core-group-minutes-md-attendance-initials-key-agency-updates-childrens-words-scaling-table-is-the-plan-working-chairs-view-with-legal-step-outcomes-then-action-log-table-lead-by-when-how-well-know-status-closed-row-contingency-next-meetings",
    "description": (
        "Exemplary minutes of the second core group for a 9-year-old and a 2-year-old whose father "
        "is alcohol dependent. Markdown minutes with an attendance list that defines initials, "
        "agency updates, the children's words, a scaling table of each member's score, and a "
        "chair's section on whether the plan is working: if the father has not had eight weeks "
        "of zero breath tests by the review, the social worker will ask for a legal planning "
        "meeting at which 'PLO pre-proceedings will be considered'. The action log has a lead, "
        "date, measure and status for each row; one finished referral is kept as closed (not "
        "counted). The recovery worker reports on change and the GP owns an action; the "
        "grandmother's Friday nights have a fallback; core group and review dates are set."
    ),
    "text": """\
# Core Group Meeting 2 — Minutes and Action Log

**Elverholme Borough Council · Children's Social Care · Locality Safeguarding Team (North)**

| | |
|---|---|
| **Children** | Jayden Pickering (9), DOB 27/03/2016, Year 5, Elverholme Juniors; Lily-Mae Pickering (2), DOB 05/07/2023, Tadpoles Day Nursery |
| **Address** | 19 Ropewalk Street, Elverholme EV3 8QT |
| **Plan made** | Initial child protection conference, 02/09/2025 (category: emotional abuse) |
| **Meeting** | Core group 2, Tuesday 14/10/2025, 10am, Elverholme Family Hub |
| **Review conference** | Tuesday 02/12/2025 |

## 1. Present and apologies

- **DW** – Danielle Whitworth, social worker (chair)
- **KA** – Kofi Asante, recovery worker, Elverholme Recovery Hub (adult alcohol service)
- **NB** – Nadia Bashir, health visitor
- **RI** – Mr Robert Ince, designated safeguarding lead, Elverholme Juniors
- **CM** – Chloe Marsh, Lily-Mae's key worker, Tadpoles Day Nursery
- **Leanne** Pickering (Mum) and **Gary** Pickering (Dad)
- **Sandra** Pickering (Gary's mum), for item 4 only
- Apologies: Dr Simon Bell, GP, Elverholme Health Centre (written update sent)

## 2. What has happened since core group 1 (16/09/2025)

**DW:** four visits, one unannounced at 7.30pm on 29/09/2025. Gary had been drinking that evening: his breath test
read 0.21 mg/l. Leanne had already taken the children upstairs and rung DW as the plan says. Gary went to his
brother's for the night. All other visits were calm and both children were seen.

**KA:** Gary has come to six of six Monday sessions. His only positive reading was on 29/09/2025; every reading
since has been zero. He has agreed to plan a community detox with his GP. KA's written report was sent on
10/10/2025.

**NB:** Lily-Mae weighed 12.6kg on 07/10/2025 (50th centile). Her two-year review is booked for 06/11/2025 at home.

**RI:** Jayden's attendance this term is 96%. He was upset on 30/09/2025 and told his learning mentor "Dad was
poorly again".

**CM:** Lily-Mae has been in every session. She arrives clean and fed. She has started saying "no shouting".

**GP (written):** Gary's liver blood tests are booked for 23/10/2025.

**Leanne and Gary:** Gary said the night of 29/09/2025 was "one slip" after a bad day at work. Leanne said the plan
worked: "I knew what to do and I did it."

## 3. What Jayden and Lily-Mae are telling us

Jayden (seen on his own at school by DW, 09/10/2025): "When Dad drinks he goes loud and Mum takes us upstairs. It
was only once this time. I like it at Nana Sandra's on Fridays because it's quiet and we have chippy tea." He
scored home 6 out of 10 (4 out of 10 at the initial conference). His wish: "Dad to stop for ever, not just for a bit."

Lily-Mae (seen at home by DW, 09/10/2025) ran to the door to show DW her new wellies and climbed onto Gary's knee
for a story. When a car door banged outside she put her hands over her ears and went to find Leanne. The nursery
hears her say "no shouting" during pretend play with the dolls.

## 4. How we are doing: scaling

Each person was asked: on a scale of 0 to 10, where 0 means the children are not safe at home and 10 means
everyone is confident enough for the plan to end, where are we today?

| Who | Today | At core group 1 | Why |
|---|---|---|---|
| DW | 5 | 4 | The plan worked on 29/09/2025, but Gary drank while the children were in the house |
| KA | 6 | 5 | Six of six sessions; detox being planned |
| NB | 7 | 7 | Lily-Mae thriving; no change needed |
| RI | 6 | 5 | Attendance good; Jayden still worries about his dad |
| CM | 7 | 6 | Lily-Mae settled and talking more |
| Leanne | 7 | 6 | "I knew what to do" |
| Gary | 8 | 7 | "One slip" |
| Sandra | 7 | – | Fridays are going well |

## 5. Outcomes we are working towards (from the plan)

1. Jayden and Lily-Mae live in a home where nobody is drunk while caring for them, and where they do not see or
   hear shouting.
2. Jayden stops worrying about his dad's drinking and knows who to tell and what will happen if it happens again.
3. Lily-Mae goes to nursery, grows and develops well, and is settled and asleep in her cot each night.

## 6. Is the plan working? (chair's view)

The plan is working in part. Leanne used the safety plan exactly as agreed on 29/09/2025 and the children were
protected, but Gary drank with the children in the house, four weeks into the plan. The core group agreed that what
matters by the review is whether the drinking has stopped, not whether sessions have been attended.

If by the review conference on 02/12/2025 Gary has not had eight weeks in a row of zero breath tests, or if he drinks
while caring for the children again before then, DW will ask her team manager, Sarah Lindqvist, for a legal planning
meeting within five working days, at which PLO pre-proceedings will be considered. Gary and Leanne were told this at
the meeting and said they understood it.

## 7. Action log

Status is as reported today. Finished one-off actions are closed and kept at the end for the record.

| No. | Action | Lead | By when | How we'll know | Status |
|---|---|---|---|---|---|
| 1 | Visit Jayden and Lily-Mae at home, one visit a month unannounced in the evening, and see Jayden on his own | DW | Weekly until the review conference on 02/12/2025 | Visit records show both children seen every week and Jayden seen alone; a breath test offered to Gary at every evening visit | On track – 6 of 6 weeks |
| 2 | Drink no alcohol at home or while caring for Jayden and Lily-Mae, and take a breath test at every key-work session | Gary (Dad) | Every day; key-work every Monday | Every breath test reads zero; eight weeks of zero readings in a row by 02/12/2025 | Partly – positive on 29/09/2025, zero since |
| 3 | Key-work with Gary, breath tests and planning for a community detox, with a written report to each core group on whether he is making the changes Jayden and Lily-Mae need and how long that is likely to take | KA | Every Monday; report two working days before each core group | Breath test results and the report on the children's file before every core group | On track – report received 10/10/2025 |
| 4 | Check Gary's liver function and agree his detox prescribing with the Recovery Hub, telling DW within two working days if he misses an appointment | Dr Simon Bell, GP | Blood tests by 31/10/2025; detox start date agreed by 18/11/2025 | GP letter to DW after the blood tests; any missed appointment emailed to DW | On track – tests booked 23/10/2025 |
| 5 | Complete Lily-Mae's two-year review and weigh her | NB | By 14/11/2025 | ASQ scores and weight sent to DW, with any referral named | Booked for 06/11/2025 |
| 6 | Record Lily-Mae's attendance, how she arrives and anything she says or plays about home, and phone DW the same day with any worry | CM | Every session (Monday, Tuesday and Thursday) | Attendance sheet emailed to DW each Friday; same-day calls logged | On track – every session attended |
| 7 | Check Jayden's attendance and lateness, and give him a daily check-in with his learning mentor | RI | Every school day | Attendance emailed to DW each Friday; check-ins logged on CPOMS | On track – 96% |
| 8 | Take the children upstairs or to Sandra's, away from Gary, and ring DW or the emergency duty team if he has been drinking | Leanne (Mum) | Every evening; the same evening whenever Gary has been drinking | Leanne texts DW that night; Jayden can tell DW at visits what Mum would do | On track – used on 29/09/2025 |
| 9 | Have Jayden and Lily-Mae from Friday after school to Saturday lunchtime | Sandra Pickering (paternal grandmother) | Every Friday | Sandra texts DW each Saturday when the children go home; Jayden talks about Fridays at visits | On track |
| 10 | Six sessions with Leanne and Gary on a bedtime routine for Lily-Mae | Tanya Brook, family support worker | Every Monday evening from 20/10/2025 | Lily-Mae's sleep chart shows her asleep in her cot by 7.30pm on five nights of seven by session 6 | Not started – first session 20/10/2025 |
| 11 | NEW – six sessions with Jayden about his worries at home | Mrs Helen Yates, school counsellor, Elverholme Juniors | Weekly from 03/11/2025 | Jayden's worry score at sessions 1 and 6 sent to DW; attendance note after each session | New |
| 12 | Refer Gary to the Elverholme Recovery Hub | DW | By 09/09/2025 | Acceptance letter on file | Done 05/09/2025 – closed |

## 8. Contingency (unchanged from the plan)

- If Gary drinks at home or while caring for the children (a breath test above zero, or Leanne, Jayden, school or
  nursery tells us), he will leave the house that evening and stay with his brother Wayne at 8 Ropery Lane, and DW
  will hold a strategy discussion the same day if the children were in his care.
- If Gary will not leave, Leanne will ring 999 and take the children to Sandra at 27 Chantry Close.
- If Sandra cannot have the children on a Friday or in an emergency (she is ill or away), Leanne will keep them at
  home with Gary out of the house, and if that is not possible DW will place Jayden and Lily-Mae together with
  Elverholme foster carers the same day.

## 9. Next meetings

- Core group 3: Tuesday 11/11/2025, 10am, Elverholme Family Hub. After the review conference the core group will
  meet every four weeks.
- Review child protection conference: Tuesday 02/12/2025, 1.30pm, Elverholme Town Hall.

*Minutes taken by DW and sent to everyone present, and to Dr Bell, on 15/10/2025.*
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Core group record: a 15-year-old accommodated under section 20 and now
#    in an adolescent mental health unit forty miles away, and her brother
#    at home with their mother, who drinks. Markdown with bold-owner bullets
#    under a heading for each child. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b132_ewesbridge_core_group_record_camhs_unit_sinclair.md",
    "split": "heldout",
    "actions": 12,
    "template": "core-group-record-md-details-list-legal-status-and-where-each-child-lives-what-has-happened-childrens-words-outcomes-then-bold-owner-bullets-under-a-heading-per-child-contingency-meetings",
    "description": (
        "Core group record for a 15-year-old who is accommodated under section 20 and has been "
        "admitted to an adolescent mental health unit forty miles away, and her 8-year-old brother "
        "at home with their mother, who drinks and has low mood. Markdown bullets with a bold "
        "owner under a heading for each child. Most bullets are sound (discharge planning with a "
        "date, the CPA review joined by video, the foster carer's nightly calls, the hospital "
        "school, weekly visits to the brother, the mother's breath tests), and the contingency "
        "names a legal planning meeting. Faults: no one is set to visit the looked-after girl in "
        "hospital (the mother will visit 'when she is able'), the unit's risk assessment has no "
        "stated output, the brother's attendance 'will be checked' by nobody, the alcohol "
        "service is measured by engagement, counselling only treats the mother, and the review "
        "conference is 'to be confirmed'."
    ),
    "text": """\
# Core group record — Maisie and Alfie Sinclair

**Ewesbridge Council · Children's Services · Child Protection and Children in Care Team 2**

- **Maisie Sinclair**, 15 (DOB 21/04/2010), Year 11, Ewesbridge Academy
- **Alfie Sinclair**, 8 (DOB 09/12/2016), Year 4, Cowgate Primary
- **Mother:** Donna Sinclair (41), 6 Pinfold Court, Ewesbridge EW1 4JX. Holds parental responsibility for both
  children. The children's father died in 2019.
- **Category:** neglect (both children). Initial conference 15/07/2025.
- **Maisie's legal status:** accommodated under section 20 since 04/08/2025, with Donna's agreement. Her foster
  carers are Ann and Derek Royle, 40 Mill Hill, Ewesbridge.
- **Where Maisie is now:** Kestrel House Adolescent Unit, Bramcote (CAMHS inpatient unit, about forty miles from
  Ewesbridge), an informal admission since 24/09/2025. Maisie agreed to the admission and Donna consented.
- **Alfie** lives at home with Donna.
- **Social worker:** Sam Okafor (team manager: Joanne Ridley)
- **This meeting:** core group 4, Thursday 09/10/2025, Pinfold Court Children's Centre. Present: Sam Okafor,
  Donna, Ann Royle, Mrs Kath Dyson (DSL, Cowgate Primary), Lee Chapman (Ewesbridge Alcohol Service), Kerry Nolan
  (family support worker). Kestrel House sent a written update.

## What has happened since the last core group

Maisie took an overdose of paracetamol at the Royles' home on 21/09/2025. She was treated at Ewesbridge General
and then admitted to Kestrel House. The unit says she is settling, is eating, and has started at the hospital
school. She has asked for her mum and for Ann.

Donna has been to three of four alcohol key-work sessions. She was breathalysed at two SW visits to Alfie and
both readings were zero. She says she has not been able to get to Bramcote because there is no direct bus, and
she has seen Maisie once, on 28/09/2025, when Ann drove her.

Alfie's attendance this term is 91%. He has been late six times, always on a Monday.

## What Maisie and Alfie have told us

Maisie (by video call with Sam, 06/10/2025): "It's OK here, the staff are kind. I miss Ann's dog. I don't want
Mum to come if she's been drinking. I want to go back to Ann's, not home." She said she would like "someone from
home" to come and see her.

Alfie (seen on his own at home, 07/10/2025): "Maisie's in a hospital for her feelings. Mum cries at night. I make
my own breakfast on Mondays because Mum's tired." He scored home 5 out of 10 and wants to "go and see Maisie".

## What we want for Maisie and Alfie

- Maisie is safe while she is in hospital and when she leaves, and lives somewhere she feels safe and wants to be.
- Maisie keeps in touch with the people who matter to her, and her schooling carries on.
- Alfie is cared for by a sober adult every day, is up, fed and at school on time, and does not worry alone about
  his mum or his sister.

## What will happen — for Maisie

- **Kestrel House ward team** will complete a risk assessment of Maisie before any leave from the unit.
- **Sam Okafor (SW)** will join Maisie's CPA review at Kestrel House by video on 28/10/2025 and send the review
  notes to the core group within five working days.
- **Sam Okafor (SW)** will agree with Kestrel House, Donna and the Royles where Maisie will live when she is
  discharged, by 11/11/2025; the written discharge plan will be shared with the core group.
- **Ann Royle (foster carer)** will phone Maisie every evening at 7pm; the unit logs each call and Sam reads the
  log at the end of each month.
- **Donna** will visit Maisie at Kestrel House when she is able, and the visits will show in the unit's visitor
  book.
- **Mrs Joanne Leigh (head of Kestrel House hospital school)** will agree Maisie's GCSE timetable with Ewesbridge
  Academy by 31/10/2025 and send Sam a weekly attendance note.

## What will happen — for Alfie

- **Sam Okafor (SW)** will visit Alfie at home every week, one visit in three unannounced, and see him on his own;
  the visit records will show his own words.
- Alfie's school attendance will be checked every day and sent to the SW each Friday.
- **Donna** will not drink while she is caring for Alfie, from today, and will take a breath test at every
  key-work session and at every SW visit; every reading will be zero.
- **Ewesbridge Alcohol Service (key worker Lee Chapman)** will see Donna for key-work every Tuesday from 14/10/2025;
  how we will know: her engagement with the service.
- **Ewesbridge Talking Therapies** will offer Donna eight weekly counselling sessions for her low mood from
  20/10/2025, with an attendance letter to the SW after sessions 4 and 8.
- **Kerry Nolan (family support worker)** will do four sessions with Alfie about his sister being in hospital,
  weekly from 16/10/2025; his drawings and words will be kept on his file.

## Contingency

- If Maisie harms herself on the unit or leaves it without agreement, Kestrel House will follow its own safety
  plan, call the police if she is missing, and phone Sam or the out-of-hours team straight away.
- If Donna is found to have been drinking while caring for Alfie, Alfie will go to the Royles at 40 Mill Hill that
  evening and Sam will hold a strategy discussion the same day.
- If this happens twice before the review, or Donna has a reading above zero at key-work, Sam will ask Joanne
  Ridley for a legal planning meeting within five working days.

## Meetings

- Core group every four weeks at Pinfold Court Children's Centre: 06/11/2025 and 04/12/2025.
- Review child protection conference: date to be confirmed.
""",
    "findings": [
        F("M001", "will complete a risk assessment of Maisie before any leave"),
        F("T002", "will visit Maisie at Kestrel House when she is able"),
        F("W001", "Alfie's school attendance will be checked every day"),
        F("M002", "will see Donna for key-work every Tuesday from 14/10/2025"),
        F("H001", "will offer Donna eight weekly counselling sessions for her low mood"),
        F("L001"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Social worker's letter to a mother after the review conference: she and
#    her 10-month-old are moving to another authority, and the plan stays in
#    force until the receiving authority's transfer-in conference. Plain
#    text; numbered "what will happen" items in the first and second person.
#    Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b132_etchwell_letter_plan_stays_until_transfer_rudd.txt",
    "split": "heldout",
    "actions": 10,
    "template": "sw-letter-to-mother-after-rcpc-plain-text-caps-headings-why-ruby-still-has-a-plan-what-ruby-has-shown-us-what-we-want-then-numbered-what-will-happen-items-i-and-you-workers-in-both-areas-who-is-who-if-things-go-wrong-meetings",
    "description": (
        "Exemplary letter from a social worker to a mother after the review conference, sent "
        "three weeks before she and her 10-month-old move to another authority. Plain text in "
        "the first and second person. It says the plan stays in force, unchanged, until the "
        "receiving authority's transfer-in conference: the social worker keeps visiting weekly "
        "after the move, two joint visits with the new social worker are dated, the perinatal "
        "nurse keeps seeing the mother until a joint handover appointment and reports on her "
        "capacity to change, and the health visitors and GPs in both areas have dated handovers. "
        "The grandmother's mornings have a fallback; if progress stops, the team manager will "
        "hold a legal planning meeting and 'decide whether the threshold for care proceedings is "
        "met'; core group, transfer-in and review dates are set."
    ),
    "text": """\
Etchwell Borough Council
Children and Families Service - Safeguarding Team West
Larch Close Children's Centre, Larch Close, Etchwell ET6 2BY

Ms Jess Rudd
Flat 4, 11 Larch Close
Etchwell ET6 2BA

24/10/2025

Dear Jess,

RUBY'S CHILD PROTECTION PLAN - WHAT HAPPENS BEFORE AND AFTER YOUR MOVE

Thank you for coming to Ruby's review conference on Tuesday 21/10/2025, and for
bringing Ruby's feed chart. As you heard, the conference decided that Ruby will
stay on a child protection plan (category: neglect). I said I would write the
plan down for you before you move to Fenmoor on 14/11/2025, so that you know
exactly what will happen and who will do it.

The most important thing first: your move does not stop the plan or put any of
it on hold. Etchwell stays responsible for Ruby's plan, and I stay your social
worker, until Fenmoor County Council holds its transfer-in conference on
Tuesday 02/12/2025. Everything below carries on, with the same dates, through
the move.

WHY RUBY STILL HAS A PLAN

In June Ruby's weight had dropped to below the 2nd centile. You had postnatal
depression and were spending most days in bed, and Ruby was often left in her
cot with a propped bottle. Since then you have started sertraline, you have
seen your perinatal nurse every two weeks, and Ruby is back on the 9th centile.
The conference felt these changes are real but only four months old, and that a
move away from the people who know you both is a time of risk.

WHAT RUBY HAS SHOWN US

Ruby is 10 months old. When I visited on 16/10/2025 she crawled to you as soon
as I came in, pulled herself up on your knee and hid her face, then peeped out
at me and laughed. She held her own bottle and finished it. She cried when you
left the room to make a drink and stopped as soon as you came back and talked to
her. Kim Sawyer, your health visitor, says Ruby now babbles "mam-mam" and claps.
On the mornings your mum Carol is there, Ruby has her breakfast by 8am; on two
mornings in September she had not been fed by 11am.

WHAT WE WANT FOR RUBY

- Ruby is fed on time every day and keeps growing along the 9th centile or
  above.
- Ruby is looked after by a mum who is well enough to notice when she is hungry,
  tired or upset and to answer her straight away.
- Ruby has no gap in her health care, or in the people watching over her, when
  she moves to Fenmoor.

WHAT WILL HAPPEN

1.  I will visit you and Ruby at home every week until the transfer-in
    conference on 02/12/2025, including the weeks after you move, when I will
    come to you in Fenmoor. At each visit I will see Ruby awake, and my visit
    records will show how she is feeding, sleeping and playing.

2.  Amrit Sandhu, Ruby's social worker in Fenmoor, and I will visit you
    together twice: at Larch Close on 04/11/2025 and at your new home on
    18/11/2025. We will each write up the visit on our own council's record
    the same week, and I will send you a copy.

3.  You will take your sertraline every day and go to every appointment with
    your perinatal nurse, so that you are well enough to get up for Ruby's
    night and morning feeds. Beth's appointment record, which she sends me
    after each visit, will show every appointment kept.

4.  Beth Carver, your nurse at the Etchwell Perinatal Mental Health Team, will
    keep seeing you every two weeks until your first Fenmoor perinatal
    appointment, which will be a joint appointment with Beth on 25/11/2025.
    Before each core group and before the transfer-in conference she will write
    to me and to Amrit about whether you are making the changes Ruby needs, and
    how long that is likely to take.

5.  Kim Sawyer, your health visitor, will weigh Ruby every two weeks at Larch
    Close clinic until you move, and will phone and write to the Fenmoor health
    visitor before 14/11/2025. Ruby's weights will be in her red book, and
    Kim's handover letter will be on Ruby's file.

6.  Gemma Price, health visitor in Fenmoor, will visit Ruby at your new home
    within ten working days of the move (by 28/11/2025) and then every two
    weeks. She will weigh Ruby and send me and Amrit her notes after each
    visit.

7.  Your mum, Carol, will come to your new flat every weekday from 17/11/2025,
    7am to 10am, to help with Ruby's first feed and breakfast. Carol will write
    each feed on Ruby's chart, which Amrit and I will check at every visit.

8.  You will register yourself and Ruby with a GP in Fenmoor within one week of
    moving, by 21/11/2025, and show me both registration letters.

9.  Dr Anjali Patel, your GP at Larch Close Surgery, will review your sertraline
    by 07/11/2025, so that there is no gap in your treatment while you settle
    Ruby into the new flat, and will send your records to your new GP within
    two weeks of you registering. She will copy her review letter to me.

10. I will send Fenmoor Children's Services Ruby's full file, a chronology, this
    plan and the review conference minutes by 07/11/2025, a week before you
    move. Amrit will confirm to me in writing that they have arrived.

WHO IS WHO

In Etchwell (until 02/12/2025): me, Hannah Lowther, social worker; my manager
Mrs Sandra Okoye; Beth Carver, perinatal nurse; Kim Sawyer, health visitor; Dr
Anjali Patel, GP.
In Fenmoor: Amrit Sandhu, social worker (from 02/12/2025 he takes over from me);
Gemma Price, health visitor; the Fenmoor Perinatal Mental Health Team.

IF THINGS GO WRONG

If you tell anyone you are having thoughts of harming yourself or Ruby, if you
cannot get up to feed Ruby, or if Ruby loses weight at two weighs in a row, I
(or the out-of-hours team) will hold a strategy discussion the same day, the
perinatal crisis team will be asked to see you that day, and Ruby will stay
with Carol until the strategy discussion has decided what happens next.

If Carol cannot come in the mornings or cannot have Ruby (she is ill, or her
own work changes), I will arrange for Ruby to be looked after with you in a
parent and baby foster placement, or for Ruby to go to an emergency foster
carer, the same day.

If your move falls through, nothing changes: the plan carries on in Etchwell
with the same people and dates.

If Ruby's weight falls below the 9th centile again and stays there for two
weighs, or Beth tells me you cannot make the changes Ruby needs in time for
her, Mrs Okoye will hold a legal planning meeting within five working days, and
the manager will decide whether the threshold for care proceedings is met. From
02/12/2025 this decision will be made by Fenmoor's team manager in the same way.

MEETINGS

- Core group every four weeks. The next one is on Tuesday 04/11/2025 at 1pm at
  Larch Close Children's Centre, and Amrit will be there. The one after that
  falls on 02/12/2025 and is replaced by the transfer-in conference.
- Fenmoor transfer-in child protection conference: Tuesday 02/12/2025, 10am,
  Fenmoor County Hall.
- If you do not move, Ruby's next review conference in Etchwell will be on
  Tuesday 21/04/2026.

If anything in this letter is wrong, or you do not understand it, please ring
me. I will go through it with you again at my visit next week.

Yours sincerely

Hannah Lowther
Social Worker, Safeguarding Team West, Etchwell Borough Council
Copies: Amrit Sandhu (Fenmoor); Beth Carver; Kim Sawyer; Gemma Price; Dr Anjali
Patel; Carol Rudd; Sandra Okoye (team manager)
""",
    "findings": [],
})
