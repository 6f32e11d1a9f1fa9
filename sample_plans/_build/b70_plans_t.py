"""Batch 70, module t: seven fictional plans (held-out material), places beginning with "t".

Everything here is made up: children, families, professionals, services,
hospitals, schools and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: a broad mix of templates and voices - a looked-after baby's care plan
during a hospital stay (docx, merged area column), a plan for a family moving
between councils (md), a review conference decision sheet with a
Recommendation | Comments table (paged PDF), a case-system export with
ACTION: / WHO: / BY WHEN: lines (paged PDF), a plan with Welsh/English
bilingual headings (docx, exemplary), a plan for three siblings of very
different ages (txt, exemplary) and a Signs of Safety core group plan with no
contingency (txt).
"""
from build_batch5 import F, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Looked-after baby (section 20) on a children's ward: care plan with an
#    Area | Action | Who | When | How we will know table, the Area column
#    merged down (docx). Nobody is set to visit her on the ward.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b70_tarrowby_lac_care_plan_ward_stay_brannock.docx",
    "doc_title": "Care Plan for a Looked After Child - Mia Brannock",
    "split": "heldout",
    "actions": 10,
    "template": "lac-care-plan-docx-kv-details-area-action-who-when-how-we-will-know-table-area-merged-down",
    "description": (
        "Interim care plan for a 7-month-old accommodated under section 20 (neglect, mother's depression "
        "and anxiety) who has been admitted to a children's ward with bronchiolitis and is tube fed. The "
        "Area column is merged down over each area's rows (three real Word vertical merges). The SW only "
        "phones the ward twice a week and will visit 'when possible', family time is 'to be agreed with "
        "the ward', and the foster carers can rarely come, so nobody is set to visit her (L001). Also: "
        "'When possible', 'To be agreed with the ward' and 'Throughout the placement' as the only "
        "timescale (T002), a health assessment with no output (M001), a '-' owner (W001), 'Carers feel "
        "supported' (M002), an outcome about the mother only (F002), the mother's mental health owned by "
        "no adult service (F004) and the review conference 'to be confirmed' (R001). Her day on the ward "
        "is recorded; the contingency has triggers, a fallback and legal advice."
    ),
    "check_vmerge": 3,
    "blocks": [
        ("title", "Care Plan – Looked After Child"),
        ("p", "Tarrowby Metropolitan Borough Council · Children Looked After Service · Under-5s Permanence Team"),
        ("p", "Interim update agreed at the placement planning meeting held on Ward 9, Tarrowby Royal Infirmary, "
              "on Thursday 17 April 2025. Mia also remains subject to a child protection plan (category: "
              "neglect); this update is shared with the core group and the conference chair."),
        ("kv", [
            ("Child", "Mia Brannock, born 02/09/2024 (7 months)"),
            ("Legal status", "Accommodated under section 20, Children Act 1989, since Monday 03/03/2025, with "
                             "her mother's written consent"),
            ("Placement", "Jan and Phil Corder, Tarrowby Fostering, 18 Linnet Close, Tarrowby"),
            ("Where Mia is now", "Ward 9 (children's medical ward), Tarrowby Royal Infirmary, since Monday "
                                 "14/04/2025"),
            ("Mother", "Shannon Brannock (20), 4B Quarry View, Tarrowby"),
            ("Father", "Not named on the birth certificate; not involved"),
            ("Social worker", "Dawn Keller"),
            ("Independent reviewing officer", "Helen Marsh"),
        ]),
        ("h1", "Why Mia is looked after"),
        ("p", "Mia has had a child protection plan for neglect since the initial conference on Tuesday 11 "
              "February 2025. On 1 March Shannon took her to the emergency department with a nappy rash that "
              "had broken down into open sores; Mia weighed below the 0.4th centile. Shannon told staff she had "
              "been \"too low to get out of bed\" for most of the week. She has depression and anxiety, has been "
              "known to the Tarrowby Community Mental Health Team since 2023 and stopped taking her sertraline "
              "in January. Shannon agreed to Mia being looked after while she gets well, and she wants Mia home."),
        ("h1", "Mia's hospital stay"),
        ("p", "Mia was admitted to Ward 9 from her foster home on 14 April with bronchiolitis. She needed oxygen "
              "for two days and is now fed through a nasogastric (NG) tube because she tires when she feeds "
              "from a bottle. Her consultant, Dr Ama Boateng, expects her to stay between one and three weeks. "
              "Jan stayed with Mia on the first night. Since then Jan and Phil have only been able to come in "
              "now and then, because they also care for two other foster children under five, and nobody from "
              "her family or the council has been on the ward since Wednesday 16 April."),
        ("h1", "Mia's day on the ward"),
        ("p", "Mia cannot tell us how she feels, so this is what the nurses and her foster carers have seen. She "
              "settles best when she is held upright against someone's chest and sung to, and she turns her head "
              "towards Jan's voice. She cries and arches her back when her tube is checked and has started to "
              "push her dummy away. On 15 April the nurses noted that she spent most of the afternoon awake in "
              "her cot with nobody holding her, and that she smiled and babbled at the play worker who sat with "
              "her for half an hour."),
        ("h1", "Outcomes for Mia"),
        ("bullets", [
            "Mia recovers from bronchiolitis and goes home to Jan and Phil with carers who can manage her "
            "feeds safely.",
            "Mia is held, played with and comforted every day she is in hospital, by people she knows.",
            "Mia gains weight steadily and is back on the 2nd centile or above by her LAC review in June.",
            "Shannon will manage her anxiety and keep to her appointments.",
        ]),
        ("h1", "Care plan actions"),
        ("table", {
            "header": ["Area", "Action", "Who", "When", "How we will know"],
            "widths": [2.0, 5.4, 3.2, 3.0, 3.4],
            "rows": [
                ["Health",
                 "Phone the ward sister for an update on Mia's treatment, feeding and expected discharge date, "
                 "and note it on Mia's file",
                 "SW Dawn Keller",
                 "Every Monday and Thursday while Mia is on Ward 9",
                 "Case notes show an update twice a week"],
                [V,
                 "Visit Mia on Ward 9 and see how she is being cared for",
                 "SW Dawn Keller",
                 "When possible",
                 "Visit recorded on Mia's file"],
                [V,
                 "Update Mia's initial health assessment to take account of the admission and her feeding needs",
                 "Dr Priya Nandra, designated doctor for looked-after children",
                 "Within 20 working days of discharge",
                 ""],
                [V,
                 "Send Mia's discharge summary, red book entries and immunisation dates to her GP and HV",
                 "-",
                 "Within 5 working days of discharge",
                 "Copies on the GP record and in the red book, checked by the LAC nurse"],
                ["Placement",
                 "Train Jan and Phil to pass, check and use Mia's NG tube so that she can go home to them",
                 "Sister Ruth Amadi, Ward 9",
                 "Before discharge",
                 "Both carers signed off on the ward's NG competency checklist"],
                [V,
                 "Support Jan and Phil with the extra demands of Mia's tube feeding and their other foster "
                 "children",
                 "Tom Arkwright, supervising social worker, Tarrowby Fostering",
                 "Fortnightly supervision sessions at the carers' home",
                 "Carers feel supported"],
                ["Family time",
                 "Family time for Mia with Shannon on the ward, supervised by ward staff",
                 "SW Dawn Keller",
                 "To be agreed with the ward",
                 "Family time recording sheets sent to the SW"],
                ["Identity",
                 "Keep a diary and photographs of Mia's time in hospital for her life story book",
                 "Jan Corder, foster carer",
                 "Throughout the placement",
                 "Diary and photographs added to Mia's memory box"],
                ["Shannon",
                 "Attend her appointments with the Tarrowby Community Mental Health Team and restart her "
                 "medication",
                 "Shannon Brannock",
                 "Fortnightly appointments",
                 "Appointment letters shown to the SW"],
                [V,
                 "Tell Shannon about Mia's progress and any change in her treatment",
                 "SW Dawn Keller",
                 "Within 24 hours of any change",
                 "Shannon confirms by text that she has been told"],
            ],
        }),
        ("h1", "Contingency"),
        ("p", "If Mia's condition gets worse or she is moved to the high dependency unit, Sister Amadi (or the "
              "nurse in charge) will phone the SW, or the emergency duty team out of hours, and Shannon straight "
              "away, and the SW will tell the IRO the same day."),
        ("p", "If Shannon withdraws her consent to section 20, or tries to take Mia from the ward, ward staff "
              "will call hospital security and the police, and the SW will seek legal advice the same day with "
              "a view to applying for an interim care order."),
        ("p", "If Jan and Phil cannot manage Mia's tube feeding at home, Mia will stay on the ward until the "
              "fostering team has found carers trained in tube feeding; she will not be discharged to carers who "
              "have not been signed off."),
        ("h1", "Reviews"),
        ("p", "LAC review (IRO Helen Marsh): Tuesday 03/06/2025, 10am, in the Ward 9 family room if Mia is still "
              "in hospital, otherwise at Jan and Phil's home. Core group: every four weeks, next on Thursday "
              "08/05/2025 at Tarrowby Family Centre. Review child protection conference: to be confirmed once "
              "Mia has been discharged."),
        ("p", "Plan written by Dawn Keller (SW) and agreed by Helen Marsh (IRO) on 17/04/2025."),
    ],
    "findings": [
        F("F002", "Shannon will manage her anxiety and keep to her appointments."),
        F("T002", "Visit Mia on Ward 9 and see how she is"),
        F("M001", "Update Mia's initial health assessment to take account of"),
        F("W001", "Send Mia's discharge summary, red book entries and immunisation dates"),
        F("M002", "Support Jan and Phil with the extra demands of Mia's"),
        F("T002", "Family time for Mia with Shannon on the ward"),
        F("T002", "Keep a diary and photographs of Mia's time in hospital"),
        F("L001"),
        F("F004"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 2. Family moving from one council to another: the transferring council's
#    review plan, bold-owner bullets, two actions left for the receiving
#    council (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b70_tallowmere_moving_to_new_council_plan_hale.md",
    "split": "heldout",
    "actions": 12,
    "template": "rcpc-plan-md-family-moving-council-bold-owner-bullets-under-what-will-happen",
    "description": (
        "Review conference plan written by the transferring council for a 9-year-old and a 4-year-old "
        "whose mother is moving them to another council's area, near her sister and brother, away from "
        "a violent ex-partner (mother now drinking at weekends). Bold-owner bullets. The SW keeps visiting "
        "until the transfer-in conference and the drug service hands over with a date (not X001), but the "
        "IDVA pauses safety planning and the CAMHS referral is left for the receiving council (X001). "
        "Also: 'The family network will keep an eye on' with no timescale (W002, M002, T001), a passive "
        "nursery application (W001), an outcome about the mother only (F002), and the aunt and uncle "
        "carry the weekends and after-school care with nothing in the contingency if they cannot (C003)."
    ),
    "text": """\
# Child Protection Plan – Jayden and Lacey Hale

**Tallowmere Borough Council · Children's Services · Safeguarding Team East**

*Agreed at the review child protection conference on Wednesday 7 May 2025. The
family move to Trevanning on Monday 12 May 2025. Tallowmere keeps responsibility
for this plan until Trevanning City Council holds its transfer-in conference.*

## Who is in the family

- **Jayden Hale**, 9, Year 4 at Hollybush Primary, Tallowmere; from 19 May at Trevanning Junction Primary
- **Lacey Hale**, 4, at home; not yet in nursery
- **Aisha Hale**, their mum (31)
- **Craig Mellor** (34), Lacey's dad and Jayden's stepdad, lives in Tallowmere. A non-molestation order was made on 3 February 2025.
- **Bernie Hale**, Aisha's sister, 22 Weir Street, Trevanning
- **Rob Hale**, Aisha's brother, also in Trevanning

Category: emotional abuse. Social worker: Ellen Marsh (Tallowmere). Chair: Ian Pemberton.

## Why there is a plan

Police were called to the family home five times in 2024 because of Craig's
violence to Aisha; in January Jayden was hurt when he tried to pull Craig off his
mum. Since Craig left, Aisha has been drinking heavily most weekends. She told
conference it is "a bottle of wine, sometimes two, once the kids are in bed". Twice
in March a neighbour found Lacey playing in the street on her own on a Sunday
morning. Aisha asked to move to Trevanning to be near her sister and brother and
away from Craig's family, and the housing association has offered her a house at
7 Ferrier Lane, Trevanning.

## What is going well

- Aisha has kept to the order and reported Craig's two texts to the police.
- Jayden's attendance has been 97% since Easter.
- Bernie and Rob came to the last two core groups and want to help.
- Aisha started with the Tallowmere Drug and Alcohol Service in March and her last three breath tests were negative.

## What Jayden and Lacey say

Jayden (seen on his own at school, 29 April): "I'm glad we're going because Craig
won't know where we live. I'm a bit scared about a new school." He still has bad
dreams "about the shouting" and sleeps with the landing light on. He likes staying
at Aunty Bernie's "because she does proper tea". Asked what would make things
better, he said "Mum not drinking on Saturdays".

Lacey (seen at home, 2 May) looked at photos of the new house with Ellen and said
"my own room with stars". She told Ellen "Mummy sleeps on the settee a lot" and
that she gets her own cereal at weekends.

## What we want for Jayden and Lacey

- Jayden and Lacey live in their new home without violence, and Craig does not know where they are.
- There is always a sober adult looking after them, day and night, weekends included.
- Jayden settles into his new school and gets help with his nightmares.
- Lacey starts nursery in September and is never outside on her own.
- Aisha will be settled in Trevanning and drinking less.

## What will happen

- **SW Ellen Marsh (Tallowmere)** will keep visiting Jayden and Lacey every week, at 7 Ferrier Lane once they have moved, until the transfer-in conference in Trevanning, seeing each child on their own and writing down what they say.
- **SW Ellen Marsh** will send the full case file and this plan to Trevanning Children's Services within 5 working days of the move and confirm by email that it has arrived.
- **Gemma Price, IDVA, Tallowmere Domestic Abuse Service,** will pause safety planning with Aisha until Trevanning's domestic abuse service takes over after the transfer, and will send her closing summary to the SW.
- The referral to CAMHS for Jayden's nightmares will be made by Trevanning Children's Services once the case has transferred, and the acceptance letter will go on file.
- **Sam Ibe, keyworker, Tallowmere Drug and Alcohol Service,** will send the Trevanning Recovery Hub a transfer summary with Aisha's breath test results by Friday 16 May 2025, copied to the SW, and keep seeing Aisha weekly until her first Trevanning appointment, reporting each test result to the SW.
- **Aisha** will go to her first appointment at the Trevanning Recovery Hub by Friday 30 May 2025 and show the SW her appointment card.
- **Bernie Hale (maternal aunt)** will collect Jayden from Trevanning Junction Primary every Monday, Wednesday and Friday and give both children their tea, writing it on the calendar in Aisha's kitchen.
- **Rob Hale (maternal uncle)** will stay at 7 Ferrier Lane every Friday and Saturday night and text the SW each Sunday to say how the weekend went.
- The family network will keep an eye on how Aisha is coping in the new house.
- A nursery place for Lacey in Trevanning will be applied for by 30 May 2025, with the offer letter kept on the children's file.
- **HV Lorna Byrne** will visit Lacey at 7 Ferrier Lane within 10 working days of the move, check her weight, height and development, and send the results to the SW and the Trevanning health visiting team.
- **Mr Ade Bakare, DSL, Trevanning Junction Primary,** will see Jayden every Friday from his first week (19 May) and write any worries he raises in the pastoral log, which goes to the SW every fortnight.

## If things go wrong

- If Craig comes to Ferrier Lane, contacts Aisha or the children, or is seen in Trevanning, Aisha will ring 999 and the SW (or the Tallowmere emergency duty team out of hours) will hold a strategy discussion with the police the same day.
- If Aisha has been drinking while she is caring for the children (a positive breath test, Bernie or Rob finding her drunk, or the children telling us), Bernie will take Jayden and Lacey to her house for the night and the SW will visit the next day.
- If Aisha drinks while caring for the children twice before the transfer-in conference, the SW will ask her team manager for a legal planning meeting and invite the Trevanning team.

## Meetings

- Core group every three weeks until the transfer-in conference: Wednesday 14 May 2025 at Hollybush Primary, and Wednesday 4 June 2025 at Trevanning Junction Primary, with the Trevanning team invited.
- Transfer-in conference (Trevanning City Council): Tuesday 10 June 2025, 10am, Trevanning Civic Centre.
- If the transfer-in conference does not go ahead, the review child protection conference stays booked in Tallowmere: Thursday 26 June 2025, 1.30pm, Tallowmere Town Hall.
""",
    "findings": [
        F("F002", "Aisha will be settled in Trevanning and drinking less."),
        F("X001", "will pause safety planning with Aisha until Trevanning's domestic abuse"),
        F("X001", "The referral to CAMHS for Jayden's nightmares will be made"),
        F("W002", "The family network will keep an eye on how Aisha"),
        F("M002", "The family network will keep an eye on how Aisha"),
        F("T001", "The family network will keep an eye on how Aisha"),
        F("W001", "A nursery place for Lacey in Trevanning will be applied"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Review conference decision sheet: decision, reasons, then a
#    No. | Recommendation | Lead | Timescale | Evidence table, plus two
#    "also agreed" bullets; paged PDF with header and footer
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b70_tessvale_rcpc_decision_sheet_mcgarry.pdf",
    "doc_title": "Review Child Protection Conference Decision Sheet - Tyler and Ella McGarry",
    "split": "heldout",
    "actions": 8,
    "template": "rcpc-decision-sheet-paged-decision-reasons-then-no-recommendation-lead-timescale-evidence-table-and-also-agreed-bullets",
    "description": (
        "Second review conference decision sheet for a 13-year-old and a 10-year-old (neglect, father's "
        "cocaine and alcohol use). The outline plan is a No. | Recommendation | Lead | Timescale | Evidence "
        "table with one 'Monitored by school' measure (M002), followed by two 'Conference also agreed' "
        "bullets: 'All professionals ... as and when they arise' (W002, T002) and a parenting assessment "
        "with no output (M001). The children were not seen and nothing of their views is recorded (F003), "
        "there is no outcome for them (O001), and the contingency is 'further concerns ... review the plan "
        "and consider next steps' with no legal step (C002, R002). "
        "The drug service and GP own actions; core group and review dates are set. Header and page footer."
    ),
    "header": "Tessvale Borough Council – Child Protection Conference Service – OFFICIAL-SENSITIVE",
    "footer": "Decision sheet – McGarry – RCPC 22/05/2025 – page {PAGE} of {NUMPAGES}",
    "blocks": [
        ("title", "Review Child Protection Conference – Decision Sheet"),
        ("kv", [
            ("Children", "Tyler McGarry (13), Year 8, Tessvale Academy; Ella McGarry (10), Year 5, St Wilfrid's "
                         "Primary, Tessvale"),
            ("Parents", "Sean McGarry (42), sole carer, 31 Coldwell Road, Tessvale; Lorraine McGarry (39), "
                        "lives abroad, phone contact only"),
            ("Conference", "Second review, Thursday 22/05/2025, 10am, Tessvale Town Hall, Room 4"),
            ("Previous conferences", "Initial 21/11/2024; first review 20/02/2025"),
            ("Category", "Neglect"),
            ("Social worker", "Kerry Doyle, Tessvale Family Safeguarding Team"),
            ("Chair", "Martin Oyelaran, Child Protection Chair"),
        ]),
        ("h2", "Attendance"),
        ("p", "Sean McGarry; Kerry Doyle (SW); Mrs Fran Hughes (DSL, Tessvale Academy); Mr Kevin Dale (DSL, "
              "St Wilfrid's Primary); Owen Blake (keyworker, Tessvale Drug and Alcohol Service); Priya Lal "
              "(family support worker). Apologies: Dr Naomi Crane (GP), report received; PC Sam Royle, "
              "report received."),
        ("h2", "Decision"),
        ("p", "Conference agreed unanimously that Tyler and Ella remain at continuing risk of significant harm "
              "and that they remain subject to child protection plans under the category of neglect."),
        ("h2", "Reasons for the decision"),
        ("p", "Since the first review Sean has had two positive tests for cocaine (10 March and 28 April) at "
              "the Tessvale Drug and Alcohol Service and has missed three of his eight keywork appointments. "
              "On 3 May police found him asleep in his car outside St Wilfrid's at 4pm after drinking. The "
              "house had no working cooker for three weeks in April and there is still only one bed upstairs. "
              "Sean told conference he knows he \"let things slide\" after Christmas and that he wants to put "
              "it right."),
        ("p", "Views of the children: Tyler and Ella were not seen before conference and no report of their "
              "views was available."),
        ("h2", "Outline child protection plan"),
        ("table", {
            "header": ["No.", "Recommendation", "Lead", "Timescale", "Evidence"],
            "widths": [1.0, 6.0, 3.6, 3.0, 3.4],
            "rows": [
                ["1", "Visit the children at home and see each of them on their own, one visit in three "
                      "unannounced",
                 "SW Kerry Doyle", "Fortnightly from 26/05/2025",
                 "Visit notes brought to each core group"],
                ["2", "Hair strand test for Sean, with a written report on what the results mean for his care "
                      "of the children",
                 "Owen Blake, keyworker, Tessvale Drug and Alcohol Service", "Within 4 weeks of conference",
                 "Results and report sent to the SW"],
                ["3", "Report Tyler's attendance and punctuality to the social worker",
                 "Mrs Fran Hughes, DSL, Tessvale Academy", "Every Friday",
                 "Weekly attendance printout on the children's file"],
                ["4", "Report Ella's attendance and any concerns about her presentation to the social worker",
                 "Mr Kevin Dale, DSL, St Wilfrid's Primary", "Every Friday",
                 "Monitored by school"],
                ["5", "Help Sean get the house ready for the children, with a working cooker and a bed for each "
                      "child",
                 "Priya Lal, family support worker", "From w/c 02/06/2025, weekly for 8 weeks",
                 "Photos of the kitchen and bedrooms shared at each core group"],
                ["6", "Review Sean's sleep and his use of alcohol",
                 "Dr Naomi Crane, GP, Tessvale Health Centre", "By 13/06/2025",
                 "Letter to the SW with her findings"],
            ],
        }),
        ("p", "Conference also agreed:"),
        ("bullets", [
            "All professionals to share any new concerns with the social worker as and when they arise, with "
            "a log of each one kept on the children's file.",
            "A parenting assessment of Sean will be completed by Kerry Doyle before the next review "
            "conference.",
        ]),
        ("h2", "Contingency"),
        ("p", "If there are further concerns about Sean's drug use or the children's care, the core group will "
              "meet to review the plan and consider next steps."),
        ("h2", "Core group and next review"),
        ("p", "Core group every four weeks, first on Thursday 05/06/2025 at 3.30pm, Tessvale Academy, then "
              "Thursday 03/07/2025. Next review child protection conference: Thursday 21/08/2025, 10am, "
              "Tessvale Town Hall."),
        ("p", "Decision sheet issued by the chair on 23/05/2025. The full conference minutes will follow within "
              "20 working days."),
    ],
    "findings": [
        F("W002", "All professionals to share any new concerns with the social"),
        F("T002", "All professionals to share any new concerns with the social"),
        F("M001", "A parenting assessment of Sean will be completed by"),
        F("M002", "Report Ella's attendance and any concerns about her presentation"),
        F("O001"),
        F("F003"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Case-system print of an initial conference plan: each action is a block
#    of labelled lines ACTION: / WHO: / BY WHEN: / HOW WE WILL KNOW: /
#    STATUS:; paged PDF with a system header and a printed-by footer
# ---------------------------------------------------------------------------
def _action(n, total, action, who, when, how):
    return [
        ("boldp", f"Action {n} of {total}"),
        ("kv", [("ACTION", action), ("WHO", who), ("BY WHEN", when), ("HOW WE WILL KNOW", how),
                ("STATUS", "Open")]),
    ]


_PRYCE_ACTIONS = [
    ("Fortnightly CPN visits to support Kayleigh with her low mood and anxiety at home",
     "Gareth Lloyd, CPN, Trenholt Perinatal Mental Health Team", "Fortnightly",
     "CPN contact record shows each visit took place"),
    ("Psychiatric review of Kayleigh's medication, with a written opinion on whether she can make the changes "
     "Ruby and Alfie need and how long that is likely to take",
     "Dr Sunil Mehta, consultant perinatal psychiatrist", "By 27/06/2025",
     "Written opinion sent to the SW and read at the core group on 14/07/2025"),
    ("Review Kayleigh's sleeping tablets and physical health",
     "Dr Ellie Shaw, GP, Trenholt Medical Practice", "By 20/06/2025",
     "Kayleigh feels better"),
    ("Support Kayleigh with her claim for Personal Independence Payment",
     "SW Lisa Morgan", "Ongoing",
     "Claim reference number on file"),
    ("Kayleigh to attend the Trenholt Mums' Wellbeing Group on Tuesday mornings",
     "Kayleigh Pryce", "Weekly from 10/06/2025",
     "Kayleigh's engagement with the group"),
    ("Refer Kayleigh to the Trenholt Money Advice debt service",
     "Core group", "By the first core group (16/06/2025)",
     "Referral confirmation email on file"),
    ("Kayleigh to take her prescribed medication every day",
     "Kayleigh Pryce", "Daily",
     "Tablet count checked by the CPN at each visit"),
    ("Kayleigh to book and attend her cervical screening and blood pressure check with the practice nurse",
     "Kayleigh Pryce", "By 30/06/2025",
     "Appointment recorded on the GP system and confirmed to the SW"),
    ("Weigh Ruby and check her feeding, sleep position and development at home",
     "HV Nia Edwards, Trenholt 0-19 Service", "Every two weeks",
     "Weight plotted in the red book, staying on or above the 25th centile"),
    ("Visit Ruby and Alfie at home, seeing Alfie on his own and Ruby awake",
     "SW Lisa Morgan", "Weekly until the review conference",
     "-"),
    ("Find a funded nursery place for Alfie at Trenholt Little Steps",
     "SW Lisa Morgan", "-",
     "Nursery start date confirmed in writing"),
]

_pryce_blocks = [
    ("title", "Child Protection Plan (print)"),
    ("p", "Source: ChildView case record 7741205 · Form: ICPC Plan v4 · Status: Agreed"),
    ("h2", "Section A – Subjects"),
    ("kv", [
        ("CHILD 1", "Ruby PRYCE, DOB 09/12/2024 (5 months)"),
        ("CHILD 2", "Alfie PRYCE, DOB 14/02/2022 (3 years)"),
        ("MOTHER", "Kayleigh PRYCE (24), 12 Sedge Court, Trenholt (third floor)"),
        ("FATHER", "Jordan BEST (26) – Alfie's and Ruby's father, lives in Trenholt, sees the children "
                   "on Saturdays"),
        ("MATERNAL GRANDMOTHER", "Maureen PRYCE, 5 Fennel Walk, Trenholt"),
        ("CONFERENCE", "Initial child protection conference, Monday 02/06/2025"),
        ("CATEGORY", "Neglect"),
        ("ALLOCATED SW", "Lisa Morgan, Trenholt Family Safeguarding Team"),
    ]),
    ("h2", "Section B – Reason for plan"),
    ("p", "Kayleigh has had postnatal depression since Ruby was born and was admitted to the Trenholt mother "
          "and baby unit for three weeks in February. Since coming home she has spent long periods in bed. On "
          "two visits in May the HV found Ruby in a soaked nappy and Alfie alone in the lounge eating dry "
          "cereal from the box; the flat was cold and there was no formula in date. Ruby has dropped from "
          "the 50th to the 25th centile. Jordan helps on Saturdays but works long shifts."),
    ("h2", "Section C – Child's views and daily life"),
    ("p", "Alfie (seen at home and at the family hub, 28/05/2025) talks in short sentences. He told the SW "
          "\"Mummy in bed\" and \"I do my own breakfast\", and said his favourite place is \"Nanna's\" because "
          "\"we have pancakes\". He cried when the SW left. Ruby is a quiet baby who rarely cries for a feed; "
          "the HV noted she watches faces closely, brightens and kicks when Alfie talks to her, and goes "
          "stiff when she is picked up by someone she does not know."),
    ("h2", "Section D – Outcomes"),
    ("kv", [
        ("OUTCOME 1", "Ruby is fed on time, kept clean and warm, and gains weight along her centile."),
        ("OUTCOME 2", "Alfie has a grown-up who gets him up, gives him breakfast and takes him to nursery."),
        ("OUTCOME 3", "Kayleigh's mental health is stable and she takes her medication every day."),
    ]),
    ("h2", "Section E – Actions"),
]
for _i, _a in enumerate(_PRYCE_ACTIONS, start=1):
    _pryce_blocks.extend(_action(_i, len(_PRYCE_ACTIONS), *_a))
_pryce_blocks += [
    ("h2", "Section F – Contingency"),
    ("p", "If Kayleigh tells anyone she has thoughts of harming herself or the children, or a professional finds "
          "her unable to care for Ruby and Alfie, that professional will ring the SW (or the emergency duty "
          "team out of hours) at once. The children will go to Maureen Pryce that day and the SW will hold a "
          "strategy discussion the same day. If Maureen cannot have them, the SW will arrange a foster "
          "placement that day."),
    ("p", "If Dr Mehta's opinion is that Kayleigh cannot make the changes the children need within their "
          "timescales, or Ruby falls below the 9th centile, the SW will request a legal planning meeting "
          "within 5 working days."),
    ("h2", "Section G – Meetings"),
    ("kv", [
        ("CORE GROUP", "Every 4 weeks, Mondays 1pm, Trenholt Family Hub: 16/06/2025, 14/07/2025, 11/08/2025"),
        ("REVIEW CONFERENCE", "Thursday 28/08/2025, 10am, Trenholt Civic Offices"),
    ]),
    ("p", "*** END OF PLAN ***"),
]

PLANS.append({
    "name": "b70_trenholt_case_system_labelled_lines_export_pryce.pdf",
    "doc_title": "ChildView print - Child Protection Plan - Ruby and Alfie Pryce",
    "split": "heldout",
    "actions": 11,
    "template": "case-system-print-paged-lettered-sections-action-blocks-action-who-by-when-how-we-will-know-status-lines",
    "description": (
        "Case-system print of an initial conference plan for a 5-month-old and a 3-year-old (neglect, "
        "mother's postnatal depression). Each action is a block of labelled lines: ACTION / WHO / BY WHEN / "
        "HOW WE WILL KNOW / STATUS. Seven of the eleven actions are about the mother's own health, "
        "treatment, support and money without naming the children (F001), and the CPN only visits to support her "
        "(H001), while the psychiatrist is asked for an opinion on change (not H001). Also: 'Kayleigh "
        "feels better' and 'Kayleigh's engagement with the group' (M002), 'Ongoing' (T002), 'Core group' "
        "as owner (W002), '-' as the only measure (M001) and as the only timescale (T001), and an outcome "
        "about the mother only (F002). The children's days are described, the contingency names a "
        "fallback and a legal step, and meetings are set. System header and printed-by footer on every "
        "page."
    ),
    "header": "TRENHOLT COUNCIL · ChildView · CHILD PROTECTION PLAN · OFFICIAL-SENSITIVE",
    "footer": "Printed 03/06/2025 10:12 by LMORGAN · Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": _pryce_blocks,
    "findings": [
        F("H001", "Fortnightly CPN visits to support Kayleigh with her low mood"),
        F("M002", "Review Kayleigh's sleeping tablets and physical health"),
        F("T002", "Support Kayleigh with her claim for Personal Independence Payment"),
        F("M002", "Kayleigh to attend the Trenholt Mums' Wellbeing Group"),
        F("W002", "Refer Kayleigh to the Trenholt Money Advice debt service"),
        F("M001", "Visit Ruby and Alfie at home, seeing Alfie on his own"),
        F("T001", "Find a funded nursery place for Alfie at Trenholt"),
        F("F001"),
        F("F002", "Kayleigh's mental health is stable and she takes her medication every day."),
    ],
})


# ---------------------------------------------------------------------------
# 5. Plan from a Welsh council with Welsh/English headings and a bilingual
#    table header; text in English (docx, exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b70_tregarwen_bilingual_headings_plan_pritchard.docx",
    "doc_title": "Cynllun Amddiffyn Plant / Child Protection Plan - Cai and Elin Pritchard",
    "split": "heldout",
    "actions": 10,
    "template": "icpc-plan-docx-welsh-english-bilingual-headings-kv-keys-and-table-header-what-who-when-how-we-will-know",
    "description": (
        "Initial conference plan from a Welsh council for a 6-year-old and a 10-month-old (neglect, "
        "mother's depression, father away working in the week). Every heading, the details keys and the "
        "table header are in Welsh and English ('Cynllun gweithredu / Action plan', 'Cynllun wrth gefn / "
        "Contingency plan'); the text is in English with a few Welsh words (Mam, Nain, Ysgol). Each action "
        "has a named person, a real timescale and what will show it; the community mental health team "
        "reports on whether the mother can make the changes the children need, the GP owns an action, "
        "the grandmother's weekday mornings have a fallback in the contingency, the legal step and the "
        "meeting dates are set. Exemplary."
    ),
    "blocks": [
        ("title", "Cynllun Amddiffyn Plant / Child Protection Plan"),
        ("p", "Cyngor Sir Tregarwen · Gwasanaethau Plant / Tregarwen County Council · Children's Services · "
              "Tîm Diogelu Gogledd / Safeguarding Team North"),
        ("kv", [
            ("Plant / Children", "Cai Pritchard (6), Blwyddyn 1 / Year 1, Ysgol Gynradd Tregarwen; Elin "
                                 "Pritchard (10 months), at home"),
            ("Mam / Mother", "Ffion Pritchard (27), 3 Heol y Felin, Tregarwen"),
            ("Tad Elin / Elin's father", "Rhys Evans (30), lives with the family; lorry driver, away Monday "
                                         "to Thursday nights"),
            ("Tad Cai / Cai's father", "Owain Pritchard, lives abroad; no contact"),
            ("Nain / Grandmother", "Mair Pritchard (Ffion's mother), 14 Stryd y Capel, Tregarwen"),
            ("Cynhadledd / Conference", "Initial child protection conference, Tuesday 10/06/2025"),
            ("Categori / Category", "Neglect / Esgeulustod"),
            ("Gweithiwr cymdeithasol / Social worker", "Gwen Rowlands"),
            ("Cadeirydd / Chair", "Huw Bevan"),
        ]),
        ("p", "Ffion and Rhys chose to have the plan in English; Cai's school and Nain speak Welsh with him, "
              "and a Welsh copy of this plan has been sent to Mair."),
        ("h1", "Pam mae angen cynllun / Why there is a plan"),
        ("p", "Ffion has had depression since Elin was born. She stopped taking her antidepressant in March and "
              "has not seen the community mental health team since April. From Monday to Thursday, when Rhys "
              "is away, she is often still in bed when Cai should be leaving for school: he has been late 19 "
              "times this term and absent on 11 days. On 22 May the HV found Elin in her cot at 11.30am in "
              "the nappy she had slept in, with an empty bottle beside her, and very little food in the "
              "kitchen. Elin has dropped from the 50th to the 9th centile since her 6-month check."),
        ("h1", "Beth sy'n mynd yn dda / What is going well"),
        ("bullets", [
            "Ffion came to conference with Rhys and her mum and said she wants help to get well.",
            "From Friday to Sunday, when Rhys is home, Cai is clean, fed and happy, and Elin is bathed and "
            "put to bed at a regular time.",
            "Mair has already been walking Cai to school on the mornings she can.",
        ]),
        ("h1", "Beth mae Cai ac Elin yn ei ddweud a'i ddangos i ni / What Cai and Elin tell and show us"),
        ("p", "Cai (seen on his own at school on 4 June, in Welsh and English): \"Mam sleeps a lot. I make Elin "
              "laugh with my dinosaur when she's sad.\" He said he gets his own cereal \"if there is some\" "
              "and that he likes Fridays \"because Dad's home and we have chips\". He wants to be on time for "
              "school because \"I miss the morning story\". On his three houses he put \"Nain's house\" in "
              "the house of good things."),
        ("p", "Elin cannot tell us in words. The HV and SW have seen that she is quiet for a baby of her age and "
              "does not cry for her feeds. She brightens and reaches out when Cai comes into the room, and she "
              "settles quickly on Mair's lap. She is not yet sitting without support."),
        ("h1", "Beth rydyn ni eisiau i Cai ac Elin / What we want for Cai and Elin"),
        ("bullets", [
            "Cai is at school on time every day, having had breakfast, and does not have to look after Elin.",
            "Elin is fed, changed and played with through the day, and is back on the 25th centile by the "
            "review conference.",
            "Cai and Elin are cared for on weekdays by a mum who is well enough to get up with them, or by "
            "another safe adult when she is not.",
        ]),
        ("h1", "Cynllun gweithredu / Action plan"),
        ("table", {
            "header": ["Beth fydd yn digwydd / What will happen", "Pwy / Who", "Pryd / When",
                       "Sut byddwn ni'n gwybod / How we will know"],
            "widths": [5.6, 3.6, 3.6, 4.2],
            "rows": [
                ["See Cai on his own at school and at home, and see Elin awake at home; look at where Elin "
                 "sleeps and at the food in the kitchen",
                 "SW Gwen Rowlands",
                 "Weekly from w/c 16/06/2025 until the review conference; one visit in three unannounced",
                 "Visit records with Cai's own words and what was seen of Elin"],
                ["See Ffion for care coordination and her medication, and write a report on whether she can "
                 "make the changes Cai and Elin need, what the steps are and how long that is likely to take",
                 "Llinos Hughes, care coordinator, Tregarwen Community Mental Health Team",
                 "Fortnightly; first report before the core group on 21/07/2025",
                 "Written report sent to the SW before each core group"],
                ["Restart Ffion's antidepressant and check each month that she is collecting her prescription",
                 "Dr Alun Price, Meddygfa Tregarwen (GP)",
                 "First appointment by 27/06/2025, then monthly",
                 "Prescription record and a letter to the SW after each review"],
                ["Come to the house at 7.30am, help get Cai washed, dressed and fed, and walk him to school",
                 "Mair Pritchard (Nain)",
                 "Every Monday to Thursday in term time",
                 "School register shows Cai in by 8.55am; Mair ticks the calendar on the fridge"],
                ["Take Cai to school on Fridays, and do Elin's bath and bedtime at weekends",
                 "Rhys Evans (Elin's dad)",
                 "Every Friday, Saturday and Sunday",
                 "School register for Fridays; bedtime chart on the fridge, seen by the SW at her visits"],
                ["Weigh Elin and check her feeding, sitting and play; complete an ASQ-3",
                 "HV Siân Lloyd",
                 "Every two weeks; ASQ-3 by 11/07/2025",
                 "Weight plotted in the red book; ASQ-3 scores shared with the SW"],
                ["Check in with Cai when he arrives and make sure he has breakfast at breakfast club",
                 "Mrs Bethan Morris, DSL, Ysgol Gynradd Tregarwen",
                 "Each school day; attendance emailed to the SW every Friday",
                 "Breakfast club register and weekly attendance printout"],
                ["Apply for a funded Camau Cyntaf childcare place for Elin, three mornings a week",
                 "SW Gwen Rowlands",
                 "By 30/06/2025",
                 "Offer letter on file; Elin's attendance register once she starts"],
                ["Home sessions with Ffion on morning routines, meals and play with Cai and Elin",
                 "Dafydd Owen, family support worker, Tîm Teulu Tregarwen",
                 "Weekly for 8 weeks from Monday 23/06/2025",
                 "Session notes; a morning routine chart on the wall that the SW checks"],
                ["Sessions with Cai about his feelings and his worries about Mam",
                 "Mrs Ceri Jenkins, ELSA, Ysgol Gynradd Tregarwen",
                 "Every Wednesday afternoon in term time until the review conference",
                 "ELSA log; anything Cai says about home passed to the DSL and SW the same day"],
            ],
        }),
        ("h1", "Cynllun wrth gefn / Contingency plan"),
        ("p", "If Ffion tells anyone she cannot keep herself or the children safe, or she is found in bed and "
              "unable to care for Elin while Rhys is away, the professional with her will ring the SW (or the "
              "emergency duty team out of hours) straight away. Mair will take Cai and Elin to her house that "
              "day and the SW will hold a strategy discussion the same day. The CMHT duty worker will see "
              "Ffion the same day."),
        ("p", "If Cai is not in school by 9.30am and nobody can reach Ffion or Mair, Mrs Morris will ring the "
              "SW, who will visit the house that morning, with the police if there is no answer."),
        ("p", "If Mair is ill, away or cannot come in the mornings, she will tell the SW the day before. Rhys "
              "will come home that night if his work allows; if he cannot, the SW will arrange for the family "
              "support worker to be at the house at 7.30am, and if no one safe can be with the children on a "
              "weekday, the SW will arrange a short foster placement that day."),
        ("p", "If Elin's weight is still below the 9th centile at the core group on 21/07/2025, or the CMHT "
              "report says Ffion is unlikely to make the changes the children need in time, the SW will ask "
              "the team manager for a legal planning meeting within 5 working days."),
        ("h1", "Grŵp craidd a'r gynhadledd adolygu / Core group and review conference"),
        ("p", "Grŵp craidd / Core group: every four weeks on Mondays at 1.30pm, Canolfan Deulu Tregarwen: "
              "23/06/2025, 21/07/2025 and 18/08/2025."),
        ("p", "Cynhadledd adolygu / Review child protection conference: Tuesday 02/09/2025, 10am, Neuadd y "
              "Sir, Tregarwen."),
        ("p", "Plan typed by Gwen Rowlands (SW) on 11/06/2025 and sent to Ffion, Rhys, Mair and each agency "
              "named above."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Review plan for three siblings aged 15, 8 and 18 months: each child's
#    own voice, and the plan set out child by child with lettered item
#    numbers (K1, M1, F1, W1...) (txt, exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b70_tarnholme_three_siblings_child_by_child_whitlock.txt",
    "split": "heldout",
    "actions": 13,
    "template": "rcpc-plan-txt-upper-case-headings-three-siblings-views-per-child-then-plan-grouped-by-child-lettered-items",
    "description": (
        "First review conference plan for three siblings: a 15-year-old staying off school to mind his "
        "baby brother, an 8-year-old, and an 18-month-old (neglect, mother's drinking). Plain text with "
        "upper-case headings; each child's voice in its own way (the teenager's words, the 8-year-old's "
        "drawing and worry scale, the toddler seen at nursery and home); the plan grouped 'For Kai', 'For "
        "Maisie', 'For Freddie', 'For the whole family' with items K1, M1, F1, W1..., each one sentence "
        "with its owner, timescale and what will show it. The recovery service reports on change, the GP "
        "owns an action, the grandmother's two days have a fallback in the contingency, and the legal "
        "step and meeting dates are set. Exemplary."
    ),
    "text": """\
TARNHOLME COUNCIL - CHILDREN'S SERVICES
CHILD PROTECTION PLAN: KAI, MAISIE AND FREDDIE
Agreed at the first review child protection conference, Wednesday 16 July 2025

FAMILY

  Kai Whitlock      15          Year 10, Tarnholme High School
  Maisie Whitlock   8           Year 3, Becksfield Primary
  Freddie Cole      18 months   Little Owls Nursery, Tuesdays and Thursdays
  Leanne Whitlock   mum (36)    40 Garth Road, Tarnholme
  Darren Cole       Freddie's dad and Leanne's partner (38), lives at 40
                    Garth Road; works 6am to 6pm, Monday to Thursday
  Lee Whitlock      Kai and Maisie's dad (39), lives in Tarnholme and has
                    them every other weekend
  Sandra Cole       Darren's mum (Freddie's nana), 2 Mill Row, Tarnholme

  Category: neglect. Social worker: Kate Ho. Chair: Ruth Okafor.
  The children have had a plan since the initial conference on 15 April 2025.

WHY THERE IS STILL A PLAN

Leanne has been drinking every day for about two years, mostly wine, starting
in the late morning. Since April she has been seeing the Tarnholme Recovery
Service and started acamprosate in May, and her breath tests have mostly been
clear, but she drank heavily twice in June. On Wednesday 11 June Maisie rang
Darren at work after school because Leanne would not wake up and Freddie had
not had any lunch. Kai's attendance this year is 71%; he has been staying at
home on Darren's work days to look after Freddie.

WHAT KAI, MAISIE AND FREDDIE HAVE TOLD AND SHOWN US

Kai (seen on his own three times, last at a cafe on 9 July): "I'm not going to
school if there's no one to watch Freddie. That's just how it is." He wants to
do his GCSEs and go to college for motor mechanics, and he wants his mum "to
actually stop, not just say it". He asked that school do not talk about home in
front of his mates.

Maisie (seen on her own at school on 8 July) drew her family with "Mummy's wine"
on the kitchen table and herself "looking after Freddie". She said she is "a
bit scared when Mummy is sleepy in the day", and that she loves going to Nana
Sandra's "because she has a trampoline". She put her worry at 6 out of 10.

Freddie is walking and has a few words ("Kai", "dog", "more"). At nursery he is
happy and eats well, but staff say he often arrives in last night's nappy and is
very hungry at snack time. At home he follows Kai around and goes to Kai, not to
his mum, when he falls over.

WHAT WE WANT FOR THE CHILDREN BY THE NEXT REVIEW

  - Kai is in school at least 90% of the time and is not the one looking
    after Freddie.
  - Maisie feels safe at home in the daytime and puts her worry at 3 or less.
  - Freddie is always looked after by a sober adult and arrives at nursery
    clean and fed.
  - All three children are cared for by a mum who is not drinking while she
    looks after them.

THE PLAN

For Kai

  K1. Mr Tom Reid, head of Year 10 at Tarnholme High, will meet Kai every
      Monday morning in term time to go through his week and his coursework
      and will email Kate his attendance every Friday, so that we can see it
      reach 90% by the October half-term.

  K2. Kate Ho (SW) will see Kai on his own every two weeks until the next
      review, away from home if he prefers, and write down what he says in
      his own words in her visit notes.

  K3. Jo Akers from Tarnholme Young Carers will complete a young carer's
      assessment with Kai by 29 August 2025 and send the written assessment
      to Kate and to Kai.

For Maisie

  M1. Mrs Dana Frost, DSL at Becksfield Primary, will see Maisie every
      Wednesday in term time for a worry-scale check-in and pass anything she
      says about home to Kate the same day, logging it on the school's
      safeguarding record.

  M2. Kate Ho (SW) will see Maisie on her own at school every two weeks in
      term time and record her worry score and her own words in her visit
      notes.

For Freddie

  F1. Priya Shah, Freddie's keyworker at Little Owls Nursery, will record how
      he arrives at each Tuesday and Thursday session (clean or not, fed or
      not, who brought him) and email the record to Kate every Friday.

  F2. HV Megan Tate will do Freddie's 18-month development review, with an
      ASQ-3 and a language check, by 30 September 2025 and share the scores
      with Kate and the nursery.

For the whole family

  W1. Sam Osei, Leanne's keyworker at the Tarnholme Recovery Service, will
      see her every week with a breath test until the next review and send
      Kate a written report before each core group on whether Leanne's
      drinking is changing and what that means for her care of Kai, Maisie
      and Freddie.

  W2. Dr Ruth Bell, Leanne's GP at Garth Road Surgery, will review Leanne's
      liver function and her acamprosate by 15 August 2025 and write to Kate
      with the results.

  W3. Leanne will do a breath test at 8am and 3pm each weekday on the
      Recovery Service breathalyser and send the photo to Darren and Kate,
      who will keep them for the core group.

  W4. Darren will take Freddie to nursery on Tuesdays and Thursdays on his
      way to work, and the nursery sign-in sheet will show that he dropped
      him off.

  W5. Sandra Cole will look after Freddie at her house on Mondays and
      Wednesdays from 8am to 5pm, so that Kai can go to school, marking each
      day on the calendar that Kate checks at her visits.

  W6. Kate Ho (SW) will visit the house every week until the next review, at
      least one visit in three unannounced, and record in her visit notes
      what she sees of Freddie, the food in the kitchen and whether Leanne
      is sober.

IF THINGS GO WRONG

  - If Leanne has a breath test over zero while she is looking after the
    children, or any of them tells us she has been drinking in the day,
    Darren (or Sandra, if Darren is at work) will take over the children's
    care that day and Kate, or the emergency duty team out of hours, will
    hold a strategy discussion the same day.
  - If Sandra cannot have Freddie on a Monday or Wednesday, she will tell
    Darren the night before and he will take the day off; if neither of them
    can, Kate will book Freddie an extra session at Little Owls, paid for by
    children's services, so that Kai still goes to school.
  - If Leanne drinks while caring for the children twice before the next
    review, or Kai's attendance is under 80% at the October half-term, Kate
    will ask her team manager for a legal planning meeting within 5 working
    days.

CORE GROUP AND NEXT REVIEW

  Core group every four weeks, Thursdays at 4pm at Becksfield Primary:
  7 August, 4 September and 2 October 2025.
  Next review child protection conference: Wednesday 15 October 2025, 10am,
  Tarnholme Civic Centre.

Plan typed by Kate Ho (SW) on 17 July 2025 and given to Leanne, Darren, Lee,
Sandra, Kai and every agency named above.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. Signs of Safety plan after the first core group: danger statement,
#    safety goal, scaling, a two-column worries / working well grid (not an
#    action table), the children's words, then numbered "What needs to
#    happen" items; no contingency at all (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b70_thackstead_signs_of_safety_core_group_dunmore.docx",
    "doc_title": "Signs of Safety Child Protection Plan - Lily and Oscar Dunmore",
    "split": "heldout",
    "actions": 11,
    "template": "signs-of-safety-docx-danger-statement-safety-goal-scaling-two-column-grid-then-numbered-what-needs-to-happen",
    "description": (
        "Signs of Safety plan updated at the first core group for an 11-year-old and a 5-year-old (domestic "
        "abuse when the father drinks; he now lives with his parents, who supervise his contact and do two "
        "after-school pick-ups). Danger statement, safety goal, scaling and a two-column 'worried about / "
        "working well' grid (not an action table), the children's words, then numbered 'What needs to "
        "happen' items. There is no contingency at all while the grandparents carry contact and childcare "
        "(C001, C003); the father's drinking is left to him alone (F004) and nothing leads to legal "
        "planning (R002); the core group will meet 'regularly' (R001). Also 'when he is ready' (T002), "
        "CAMHS sessions and 'Gary will stop drinking' with no timescale or measure (T001, M001), a passive "
        "safety plan update (W001) and 'keep an eye on her' (M002). The perpetrator programme and CAMHS "
        "are not mental health support for a parent (no H001)."
    ),
    "blocks": [
        ("title", "Child Protection Plan – Signs of Safety"),
        ("p", "Thackstead District Council · Children and Families · Safeguarding Team West"),
        ("kv", [
            ("Children", "Lily Dunmore (11), Year 7, Thackstead Juniors and Seniors; Oscar Dunmore (5), Year 1, "
                         "Thackstead Infants"),
            ("Mum", "Danielle Dunmore (33), 6 Orchard Bank, Thackstead; the children live with her"),
            ("Dad", "Gary Dunmore (36), living with his parents since 9 August 2025"),
            ("Paternal grandparents", "Brian and Pat Dunmore, 27 Kiln Street, Thackstead"),
            ("Plan since", "Initial child protection conference, Thursday 21/08/2025 (category: emotional "
                           "abuse)"),
            ("Updated", "First core group, Thursday 04/09/2025"),
            ("Social worker", "Tanya Reeves"),
        ]),
        ("h1", "Danger statement"),
        ("p", "Children's services and the police are worried that when Gary has been drinking he gets angry, "
              "shouts and has hurt Danielle in front of Lily and Oscar. On 8 August he pushed Danielle down the "
              "stairs while Lily was on the landing. If this happens again Lily and Oscar could be hurt, and "
              "they will keep being frightened in their own home."),
        ("h1", "Safety goal"),
        ("p", "Lily and Oscar live with their mum in a home where nobody is hurt or frightened, and they see "
              "their dad at times when he is sober, with a grown-up there who will keep them safe."),
        ("h1", "Scaling"),
        ("p", "On a scale of 0 to 10, where 10 means everyone is sure the children are safe enough for the plan "
              "to end and 0 means things are so bad they cannot stay at home: Danielle 7, Gary 8, Brian and Pat "
              "7, Tanya (SW) 4, Mrs Collins (school) 4."),
        ("h1", "Assessment"),
        ("table", {
            "header": ["What are we worried about?", "What's working well?"],
            "widths": [8.5, 8.5],
            "rows": [
                ["Gary drinks most evenings, up to ten cans, and more at weekends. He told the SW he \"can stop "
                 "whenever\" but has not tried.\n"
                 "Police have been called to Orchard Bank four times in a year; each time Gary had been drinking.\n"
                 "Lily has been missing school on Mondays and is struggling to sleep.",
                 "Gary moved out the day after the incident and is staying with his parents.\n"
                 "Brian and Pat have supervised his time with the children every Saturday since 16 August.\n"
                 "Danielle has no history of mental health difficulties and there are no concerns about her "
                 "drinking or drug use. She has kept the children at school and nursery and works part time."],
            ],
        }),
        ("h1", "What Lily and Oscar say"),
        ("p", "Lily (three houses, at school, 1 September): in her house of worries she wrote \"Dad shouting\" and "
              "\"Mum crying on the stairs\". In her house of good things she put \"Saturdays at Nana and "
              "Grandad's\" and \"my guinea pigs\". In her house of dreams: \"Dad stops drinking and we go to "
              "the seaside\". She said she lies awake listening for the door."),
        ("p", "Oscar (wizard and fairies, at home, 2 September): his fairy would give him \"a new bike\" and his "
              "wizard would \"make Daddy not cross\". He told Tanya he likes Nana's tea on Tuesdays."),
        ("h1", "What needs to happen"),
        ("numbers", [
            "Gary will go to the Thackstead Alcohol Service drop-in for an assessment when he is ready and show "
            "Tanya the letter.",
            "Brian and Pat Dunmore (PGPs) will supervise all of Gary's time with Lily and Oscar at their house "
            "every Saturday from 10am to 4pm and sign the contact book each time.",
            "Pat Dunmore will collect Oscar from Thackstead Infants every Tuesday and Thursday and give him his "
            "tea until Danielle finishes work at 6pm, writing it in the contact book.",
            "Tanya Reeves (SW) will see Lily and Oscar on their own every two weeks, at home or at school, and "
            "write down their words using the three houses and the wizard and fairies.",
            "Gary will do the Thackstead Changes programme for men who have been abusive, starting on Tuesday "
            "09/09/2025, and the facilitator will send Tanya his attendance each month.",
            "Thackstead CAMHS will offer Lily sessions about her worries and her sleep.",
            "The safety plan for Danielle and the children will be updated by 19/09/2025 and a copy given to "
            "both schools.",
            "Gary will stop drinking and stay out of the pubs on Kiln Street.",
            "Mrs Collins, DSL at Thackstead Juniors and Seniors, will check in with Lily every Monday and Friday "
            "morning and keep an eye on her.",
            "Anna Price, school nurse, will do Oscar's hearing test at school by 17/10/2025 and send the result "
            "to Tanya and Danielle.",
            "Danielle will take Lily and Oscar to the dentist by 31/10/2025 and show Tanya the appointment "
            "cards.",
        ]),
        ("h1", "Core group and review"),
        ("p", "The core group will meet regularly to look at how the plan is going. Review child protection "
              "conference: Thursday 06/11/2025, 10am, Thackstead Council Offices."),
        ("p", "Plan updated by Tanya Reeves (SW) after the core group on 04/09/2025."),
    ],
    "findings": [
        F("T002", "Thackstead Alcohol Service drop-in for an assessment when he"),
        F("T001", "Thackstead CAMHS will offer Lily sessions about her worries"),
        F("M001", "Thackstead CAMHS will offer Lily sessions about her worries"),
        F("W001", "The safety plan for Danielle and the children will be updated"),
        F("T001", "Gary will stop drinking and stay out of the pubs"),
        F("M001", "Gary will stop drinking and stay out of the pubs"),
        F("M002", "will check in with Lily every Monday and Friday morning"),
        F("C001"),
        F("C003"),
        F("F004"),
        F("R001"),
        F("R002"),
    ],
})
