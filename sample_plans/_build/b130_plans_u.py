"""Batch 130, module u: seven fictional plans (held-out material), places beginning with "u".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: ordinary plans by experienced practitioners, each in their own local
template and voice, for families where relatives help and a parent has mental
ill health or uses drugs or alcohol. The plans vary the wording of two things
Findings One and Four of the Child Z review ask for: what happens if the
family's help fails ("should Pauline be unable", "when Mick is away", "if the
arrangement with Gemma breaks down", "where Bev cannot", "if Jo is poorly",
"if this is not possible"), written per person, in sentences or in a
contingency table; and mental health practitioners (CMHT care co-ordinator,
consultant psychiatrist, perinatal CPN and psychiatrist, clinical
psychologist, talking therapies, early intervention in psychosis) asked for a
written opinion, a prognosis, a view at each core group or an estimate of how
long change will take. The two faulty plans give the mental health service
only support or treatment.

Five plans are exemplary: a landscape Word ICPC plan with outcomes merged down
the first column (Undleby); a pre-birth plan printed to PDF with stage banner
rows and a contingency table (Urdenholt); a social worker's letter to a father
after the initial conference, printed to PDF (Ustleford); a Markdown review
plan with goal subheadings and owner-first bullets (Ulmarsh); and a plain-text
core group plan with numbered owner-first items (Ushmere). Two carry a
realistic mix of faults among mostly good rows: a Word core group record
(Uxholme) and a Markdown ICPC table (Uppingdale).

Counting actions (README, "Files", actions; convention 1): each row of an
action table (not banner rows naming a stage), each bullet of an action
section, and each numbered item of a numbered action section, where a second
sentence in the same item gives that action's check (convention 13). Not the
contingency, not meeting dates, not the child's views; the one-off bullet
marked "Done" in the Ulmarsh plan is work already done and is not counted.
"""
from build_batch5 import F, H, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Initial conference plan, mother with bipolar disorder back home after a
#    section 2 admission, two children, maternal grandparents and a family
#    friend helping. Landscape Word table with the outcome merged down the
#    first column. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b130_undleby_icpc_landscape_merged_outcomes_garside.docx",
    "doc_title": "Initial Child Protection Plan - Ruby and Archie Garside",
    "split": "heldout",
    "actions": 13,
    "landscape": True,
    "check_vmerge": 4,
    "template": "icpc-landscape-word-plan-details-list-why-childrens-words-then-outcome-column-merged-down-what-needs-to-happen-who-by-when-how-often-how-we-will-know-then-contingency-paragraphs-per-relative-core-group-bullets",
    "description": (
        "Exemplary initial conference plan for a 7-year-old and a 14-month-old whose mother has "
        "bipolar disorder and came home from a section 2 admission two weeks before the "
        "conference. A landscape Word table with each outcome merged down the first column over "
        "its actions. The grandmother does the school runs, the grandfather stays at weekends "
        "and a family friend is the named emergency carer; the contingency says in the author's "
        "words what happens should each of them be unable. The CMHT care co-ordinator gives a "
        "written view at each core group on whether the mother is staying well and how long "
        "change will take, and the psychiatrist writes a prognosis; the GP owns an action, "
        "legal planning follows named triggers, core group and review dates are set."
    ),
    "blocks": [
        ("title", "Initial Child Protection Plan"),
        ("p", "Undleby Metropolitan Borough Council – Children and Families – Child Protection Conference Service"),
        ("kv", [
            ("Children", "Ruby Garside (7), DOB 02/03/2018, Year 3, Undleby St Peter's C of E Primary; "
                         "Archie Garside (14 months), DOB 19/08/2024"),
            ("Address", "41 Tanner's Row, Undleby UD3 8PS"),
            ("Mother", "Leanne Garside (29)"),
            ("Fathers", "Ruby's father, Dean Parr, lives in Scotland and has not seen her since 2021. Archie's "
                        "father, Kyle Dent, has not been in touch since before Archie was born."),
            ("Maternal grandparents", "Pauline and Mick Garside, 3 Orchard Rise, Undleby (five minutes by car)"),
            ("Family friend", "Shona Baird, 27 Kestrel Way, Undleby – named emergency carer"),
            ("Category", "Neglect (both children)"),
            ("Conference", "Initial child protection conference, Tuesday 14/10/2025. Chair: Rosalind Achebe"),
            ("Social worker", "Carla Pickering, Assessment and Protection Team 2 (team manager: Gareth Ince)"),
        ]),
        ("h1", "Why Ruby and Archie need a plan"),
        ("p", "Leanne has bipolar affective disorder, diagnosed when she was 22. She stopped taking her lithium in "
              "July because she felt well and wanted to lose weight. By the middle of August she was hardly "
              "sleeping, spending money she did not have and walking round the town at night. In the early hours "
              "of 23/08/2025 the police found Archie alone in his cot while Leanne was at a petrol station two "
              "miles away; Ruby was asleep upstairs. Leanne was detained under section 2 of the Mental Health Act "
              "on Larchfield Ward, Undleby General Hospital, from 24/08/2025 to 30/09/2025, and Ruby and Archie "
              "stayed with Pauline and Mick. Leanne is back on lithium and has been at home with the children since "
              "01/10/2025, with her parents helping every day."),
        ("p", "Leanne told the conference that she wants to stay well for the children and that she knows now that "
              "stopping her tablets was what made her ill. Pauline and Mick said they will help for as long as it "
              "takes, but Pauline has hospital appointments of her own in November."),
        ("h1", "What Ruby and Archie have told us"),
        ("p", "Ruby (seen on her own at school, 09/10/2025): “When Mummy was poorly she talked really fast and "
              "didn't go to bed. I heard Archie crying and I didn't know where Mummy was. I like it when Nanna "
              "picks me up because she's never late.” Ruby put herself at 6 on her ‘safe at home’ scale. She said "
              "it would be a 10 “if Mummy never has to go to hospital again”, and she wants Grandad to keep doing "
              "“sleepovers at our house”."),
        ("p", "Archie (seen at home on 07/10/2025 and 10/10/2025) is walking round the furniture. When he bumped "
              "his head he went straight to Pauline to be picked up, and he smiled and clapped when Leanne sang to "
              "him. His nappy was dry and he had his cup of milk. He is not yet saying any words, and he missed "
              "his 12-month development review in August while Leanne was in hospital."),
        ("h1", "The plan"),
        ("p", "Each outcome for Ruby and Archie is in the first column, merged down over the actions that will "
              "bring it about. ‘By when / how often’ gives a date or how often the action happens."),
        ("table", {
            "header": ["Outcome for Ruby and Archie", "What needs to happen", "Who", "By when / how often",
                       "How we will know"],
            "widths": [4.6, 7.0, 4.0, 4.2, 5.9],
            "rows": [
                ["A. Ruby and Archie are cared for every day by an adult who is well, is awake to them at night, "
                 "and notices when Leanne is becoming unwell.",
                 "Visit Ruby and Archie at home, see Ruby on her own and see how Archie is fed, changed and "
                 "settled; one visit in four unannounced",
                 "Carla Pickering, SW",
                 "Weekly from 16/10/2025 until the review conference",
                 "Visit records show both children seen each week and Ruby seen alone at least every other week, "
                 "with her scale score and her words written down"],
                [V,
                 "See Leanne at home to check her lithium, her sleep and her early warning signs, and give the core "
                 "group a written view each time on whether Leanne is staying well, what still has to change before "
                 "the children can manage without the extra family cover, and how long that is likely to take",
                 "Joanne Firth, care co-ordinator (CPN), Undleby Community Mental Health Team",
                 "Every two weeks; written view two working days before each core group",
                 "Joanne's written view on the children's file before every core group"],
                [V,
                 "Outpatient review of Leanne, and a written opinion on her prognosis: her insight into the early "
                 "signs of relapse, how likely a relapse is in the next year, and whether she can keep up the "
                 "changes within a timescale that works for Archie and Ruby",
                 "Dr Ahmed Qureshi, consultant psychiatrist, Undleby Community Mental Health Team",
                 "Clinic on 04/11/2025; written opinion by 21/11/2025",
                 "Opinion letter sent to Carla by 21/11/2025 and shared at the core group on 25/11/2025"],
                [V,
                 "Take her lithium every evening and go for her lithium blood tests, so that she stays well enough "
                 "to get up to Archie in the night and to get Ruby ready for school",
                 "Leanne Garside (Mum)",
                 "Every evening; blood tests every 12 weeks, the next by 14/11/2025",
                 "Weekly blister pack seen by Carla at her visits with no missed doses; blood results on the GP's "
                 "emails"],
                [V,
                 "Check Leanne's lithium levels and tell Carla within two working days of any missed blood test or "
                 "any level outside the range, so that the core group knows at once if the children's care may be "
                 "affected",
                 "Dr Helen Marr, GP, Undleby Health Centre",
                 "After each blood test; the first by 14/11/2025",
                 "GP email to Carla after every test, kept on the children's file"],
                ["B. Ruby gets to school on time every day, has her tea and a settled evening, and has an adult at "
                 "school she trusts to talk to.",
                 "Take Ruby to school every morning and collect her at 3.15pm, and give her tea at Orchard Rise on "
                 "Mondays and Wednesdays",
                 "Pauline Garside (maternal grandmother)",
                 "Every school day from 15/10/2025",
                 "School register shows Ruby in by 8.50am; Pauline signs the collection book, which the DSL sends "
                 "to Carla each Friday"],
                [V,
                 "Check Ruby's attendance and how she presents, give her a weekly check-in with her learning mentor, "
                 "Mrs Oldroyd, and phone Carla the same day with any worry",
                 "Mrs Denise Howarth, DSL, Undleby St Peter's C of E Primary",
                 "Check-in every Monday; attendance sent each Friday",
                 "Attendance of 95% or more sent to Carla every Friday; check-ins and calls logged on CPOMS"],
                [V,
                 "Six sessions with Ruby at the Thursday young carers' club about her mum's illness, using the "
                 "‘When Mum is poorly’ workbook",
                 "Ben Sadiq, young carers worker, Undleby Young Carers",
                 "Thursdays, 23/10/2025 to 27/11/2025",
                 "Club register shows six sessions; Ruby's workbook and Ben's summary sent to Carla by 05/12/2025"],
                ["C. Archie grows and develops well, and there is always an adult in the house who can get to him, "
                 "day and night.",
                 "Weigh Archie, complete his missed 12-month review, and check his speech and that the stair gate "
                 "and his cot are safe",
                 "Gemma Rowntree, health visitor",
                 "Every two weeks; 12-month review by 31/10/2025",
                 "Weights on the centile chart in the red book; review scores and any referral sent to Carla by "
                 "07/11/2025"],
                [V,
                 "Stay overnight at Tanner's Row on Friday and Saturday nights, so that there is a second adult in "
                 "the house with Archie and Ruby at weekends",
                 "Mick Garside (maternal grandfather)",
                 "Every Friday and Saturday night from 17/10/2025",
                 "Mick writes in the house diary on the kitchen table each night; Carla reads it at every visit"],
                [V,
                 "Apply for Archie's funded two-day place at Little Larks Nursery, and send Carla his attendance "
                 "once he starts",
                 "Carla Pickering, SW; then Kim Ashworth, key worker, Little Larks Nursery",
                 "Application by 24/10/2025; attendance weekly from his first day",
                 "Place offer letter on file; weekly attendance email from Kim to Carla"],
                ["D. If Leanne becomes unwell again, Ruby and Archie are with a safe adult the same day, and Ruby "
                 "knows who to tell.",
                 "Write Leanne's relapse plan with her, using the early warning signs she has agreed with Joanne, "
                 "and make a picture version of who to ring for Ruby",
                 "Carla Pickering, SW",
                 "By 04/11/2025",
                 "Signed plan on file; Ruby can show Carla her picture version and say who she would ring"],
                [V,
                 "Go through the relapse plan with Pauline, Mick and Shona, check Shona's home as the named "
                 "emergency carer, and give all three the CMHT duty and crisis team numbers",
                 "Carla Pickering, SW",
                 "By 31/10/2025",
                 "Written check of Shona's home on file; all three sign the relapse plan and show Carla the numbers "
                 "saved in their phones"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "What will trigger it: Leanne misses her lithium on two evenings in a row or misses a blood test; she "
              "shows two or more of her early warning signs (sleeping less than four hours a night, spending sprees, "
              "talking very fast, going out at night); or Ruby or Archie are found without an adult awake in the "
              "house."),
        ("p", "What will happen: whoever notices – Pauline, Mick, Shona, Ruby, the school or any professional – "
              "rings Joanne Firth on a weekday or the Undleby Crisis Resolution Team out of hours, and rings Carla or "
              "the emergency duty team. Ruby and Archie go to Pauline and Mick's home at 3 Orchard Rise that day, "
              "and Carla holds a strategy discussion the same day. The children stay at Orchard Rise until that "
              "discussion agrees it is safe for them to go home."),
        ("p", "Should Pauline be unable to do the school run (she is poorly, or at her own hospital appointments "
              "on Thursdays in November), Mick will take and collect Ruby; if neither of them can, Shona will, and "
              "the school will ring Carla by 9.15am if Ruby has not arrived."),
        ("p", "When Mick is away or cannot stay over at a weekend, Leanne, Ruby and Archie will sleep at Orchard "
              "Rise on those nights instead."),
        ("p", "If Pauline and Mick cannot have the children in an emergency, or tell Carla it has become too much "
              "for them, Shona will care for Ruby and Archie at 27 Kestrel Way. If this is not possible either, "
              "Carla (or the emergency duty team out of hours) will place Ruby and Archie together with Undleby "
              "foster carers the same day."),
        ("p", "If Leanne stops her lithium, is detained again, or Dr Qureshi's opinion is that she cannot keep up "
              "the changes within Archie's timescale, Carla will ask Gareth Ince for a legal planning meeting "
              "within five working days."),
        ("h1", "Core group and review conference"),
        ("bullets", [
            "The core group will meet every four weeks, Tuesdays at 1.30pm at Undleby Family Hub: 28/10/2025, "
            "25/11/2025 and 23/12/2025.",
            "Review child protection conference: Tuesday 13/01/2026, 10am, Undleby Town Hall.",
            "Carla will see Ruby on her own before each core group and bring her words and her scale score to "
            "the meeting.",
        ]),
        ("p", "Plan agreed at the initial child protection conference on 14/10/2025. Copies to Leanne, Pauline, "
              "Mick, Shona and everyone named in the plan."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Pre-birth plan, mother with postpartum psychosis after her first baby,
#    father smoking cannabis, maternal aunt to live in after the birth and
#    paternal grandmother caring for the older child. Word plan printed to
#    PDF with a page header and footer, stage banner rows and a contingency
#    table. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b130_urdenholt_prebirth_stage_banners_if_then_table_beckwith.pdf",
    "doc_title": "Pre-birth Child Protection Plan - Baby Beckwith and Maisie Beckwith",
    "split": "heldout",
    "actions": 13,
    "header": "OFFICIAL-SENSITIVE – Urdenholt City Council – Pre-birth Child Protection Plan",
    "footer": "Baby Beckwith and Maisie Beckwith – plan agreed 16/10/2025 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "template": "prebirth-plan-word-printed-to-pdf-page-header-footer-details-list-why-maisies-words-and-babys-world-outcomes-then-what-who-when-how-well-know-table-with-stage-banner-rows-then-if-then-who-acts-contingency-table-meetings",
    "description": (
        "Exemplary pre-birth plan for an unborn baby and a 4-year-old sister. The mother had "
        "postpartum psychosis after her first birth and the father smokes cannabis in the flat. "
        "A Word plan printed to PDF with a page header and footer: the action table is split by "
        "banner rows into three stages (before the birth, on the ward, the first twelve weeks at "
        "home) and the contingency is an 'If… / Then… / Who acts' table. The maternal aunt will "
        "live in for six weeks and the paternal grandmother has the sister twice a week; the "
        "contingency covers each of them being poorly or finding it too much. The perinatal CPN "
        "gives a view at each core group and the perinatal psychiatrist a written prognosis; the "
        "drug service reports on change, the GP owns an action, the SW visits on the ward, legal "
        "planning follows named triggers, core group and review dates are set."
    ),
    "blocks": [
        ("title", "Pre-birth Child Protection Plan"),
        ("kv", [
            ("Unborn baby", "Baby Beckwith, due 08/01/2026 (28 weeks at the conference)"),
            ("Sister", "Maisie Beckwith (4), DOB 11/06/2021, nursery class at Fernbank Primary"),
            ("Mother", "Sian Beckwith (24)"),
            ("Father", "Connor Hale (26), father of both children, lives with Sian"),
            ("Address", "Flat 7, Wharf House, Canal Street, Urdenholt UR1 4DB"),
            ("Maternal aunt", "Trish Ollerton, 52 Linnet Drive, Urdenholt – will live in for six weeks after the "
                              "birth"),
            ("Paternal grandmother", "Jo Hale, 9 Brookside, Urdenholt"),
            ("Category", "Neglect (unborn baby and Maisie)"),
            ("Conference", "Pre-birth child protection conference, Thursday 16/10/2025, Urdenholt Civic Offices. "
                           "Chair: Martin Lowry"),
            ("Social worker", "Aisha Rahman (team manager: Neil Crossley)"),
            ("Maternity unit", "Urdenholt General Hospital; postnatal care on Rowan Ward"),
        ]),
        ("h1", "Why there is a plan before the baby is born"),
        ("p", "After Maisie was born in June 2021 Sian became very unwell with postpartum psychosis. Eight days after "
              "the birth she believed that Maisie had been swapped at the hospital, and she was found walking by "
              "the canal at night with her, without a coat. She was treated at the Hollins Mother and Baby Unit for "
              "seven weeks and has been well since 2022 without medication. Her perinatal psychiatrist has told "
              "her that, without a plan, the chance of becoming unwell again after this birth is about one in two."),
        ("p", "Connor smokes cannabis every day, sometimes in the flat. He was asleep after smoking on the night "
              "Sian went out with Maisie in 2021. Sian and Connor both asked for help before this birth and agreed "
              "the plan at the conference."),
        ("h1", "Maisie, and what we know of the baby's world"),
        ("p", "Maisie (seen at nursery on 13/10/2025 and at home on 14/10/2025) told Aisha: “The baby is in "
              "Mummy's tummy. I'm going to help with the bath. Daddy's smoke is stinky and I don't like it.” She "
              "drew her family with Nanna Jo and Auntie Trish “holding hands so nobody gets lost”, and said "
              "Wednesdays at Nanna Jo's are the best “because we make pancakes”."),
        ("p", "The baby is growing well on the 20-week and 28-week scans. The midwife notes that Sian has kept every "
              "appointment and has started to buy things for the baby. The flat smelt of cannabis at the home visit "
              "on 09/10/2025, and the Moses basket was in the living room where Connor smokes."),
        ("h1", "What we want for the baby and Maisie"),
        ("bullets", [
            "The baby is born safely and goes home to a flat where an adult who is well and not under the "
            "influence of cannabis is with them day and night.",
            "The baby is fed, kept warm, sleeps on their back in their own Moses basket in a smoke-free room, and "
            "gains weight steadily.",
            "Maisie keeps going to nursery every day and keeps her Wednesdays at Nanna Jo's, and is not "
            "frightened or confused by what happens at home.",
            "If Sian starts to become unwell after the birth it is noticed within a day, and the baby and Maisie "
            "are with a safe adult straight away.",
        ]),
        ("h1", "The plan"),
        ("p", "The plan is in three stages. Each row says who will do it, when, and what we will see."),
        ("table", {
            "header": ["What will happen", "Who", "When", "How we'll know"],
            "widths": [6.4, 3.6, 3.2, 3.8],
            "rows": [
                ["Stage 1 – before the baby is born (now to 38 weeks)", H, H, H],
                ["See Sian until the birth and on the ward each day after it, agree her relapse plan with her, and "
                 "at each core group give a written view of how she is, whether she can keep to the plan, and what "
                 "that means for the baby and Maisie",
                 "Mark Ellery, perinatal CPN, Urdenholt Perinatal Mental Health Team",
                 "Every two weeks from 21/10/2025; weekly from 11/12/2025 (36 weeks)",
                 "Written view to Aisha two working days before each core group; relapse plan signed by 13/11/2025 "
                 "(32 weeks)"],
                ["Pre-birth psychiatric review, and a written prognosis: how likely Sian is to become unwell after "
                 "this birth, the early signs to watch for, what would need to change for her to care for the baby "
                 "safely, and how long that is likely to take",
                 "Dr Ruth Adeyemi, consultant perinatal psychiatrist, Urdenholt Perinatal Mental Health Team",
                 "Review by 06/11/2025; written prognosis by 27/11/2025 (34 weeks)",
                 "Prognosis letter to Aisha and the maternity unit by 27/11/2025, shared at the core group on "
                 "11/12/2025"],
                ["Put the perinatal mental health plan and this child protection plan on the maternity record with "
                 "an alert, and write the birth plan with Sian and Connor",
                 "Claire Tomlinson, community midwife, Urdenholt General Hospital",
                 "By 13/11/2025 (32 weeks)",
                 "Alert and birth plan seen on the maternity record by Aisha; a copy of the birth plan on file"],
                ["Go to key-work at Compass every Tuesday and stop smoking cannabis in the flat and around Maisie, "
                 "so that he can care for the baby safely",
                 "Connor Hale (Dad)",
                 "Every Tuesday from 21/10/2025",
                 "Compass attendance sheet to Aisha each month; monthly urine screens show his cannabis level "
                 "falling; no cannabis smelt at any visit"],
                ["Key-work and monthly urine screens with Connor, and a written report before each core group on "
                 "whether his cannabis use is changing, what he must show before he is left alone with the baby, "
                 "and how long that is likely to take",
                 "Kieran Bell, recovery worker, Compass (Urdenholt Substance Misuse Service)",
                 "Weekly key-work from 21/10/2025; report before each core group",
                 "Screen results and report on the case file before each core group"],
                ["See Maisie at home and at nursery, on her own once a month, and do direct work with her about the "
                 "new baby and about the time her mum was poorly",
                 "Aisha Rahman, SW",
                 "Every two weeks from 20/10/2025",
                 "Visit records with Maisie's words and drawings; direct work sheets brought to each core group"],
                ["Have Maisie every Wednesday and every other Saturday, and take her to nursery on Wednesday "
                 "mornings",
                 "Jo Hale (paternal grandmother)",
                 "Every Wednesday from 22/10/2025; alternate Saturdays from 25/10/2025",
                 "Nursery sign-in book shows Jo bringing Maisie on Wednesdays; Jo texts Aisha after each Saturday"],
                ["Hold a family network meeting with Sian, Connor, Trish and Jo to agree in writing who stays at "
                 "the flat on which nights after the birth, and who steps in if they cannot",
                 "Aisha Rahman, SW",
                 "By 07/11/2025",
                 "Written family network plan, signed by everyone, sent to the core group by 14/11/2025"],
                ["Stage 2 – the birth and the days on the ward", H, H, H],
                ["Keep Sian and the baby on the postnatal ward for at least 72 hours after the birth, and record how "
                 "Sian feeds, holds and settles the baby on every shift",
                 "Sister Anita Ghosh, ward manager, Rowan Ward, Urdenholt General Hospital",
                 "From the birth until discharge (at least 72 hours)",
                 "Ward record of every shift sent to Aisha before the discharge planning meeting"],
                ["Visit Sian and the baby on the ward on the first working day after the birth and every weekday "
                 "until discharge, and chair the discharge planning meeting before the baby goes home",
                 "Aisha Rahman, SW",
                 "From the first working day after the birth until discharge",
                 "Visit notes on the baby's file; written discharge plan agreed before discharge"],
                ["Stage 3 – the first twelve weeks at home", H, H, H],
                ["Live at the flat and do or share the night feeds, so that Sian gets a full night's sleep at least "
                 "every other night and there is always a well adult awake for the baby",
                 "Trish Ollerton (maternal aunt)",
                 "Every night for the first six weeks after discharge",
                 "Night feed chart on the fridge filled in by Trish, seen by Aisha and the health visitor at each "
                 "visit"],
                ["New birth visit, then weigh the baby and see how Sian is managing, using the Edinburgh scale at 2, "
                 "6 and 12 weeks",
                 "Becky Sorensen, health visitor",
                 "New birth visit by day 10; weekly to 8 weeks, then every two weeks to 12 weeks",
                 "Weights plotted in the red book; visit notes and Edinburgh scores sent to Aisha each week"],
                ["Prescribe the preventive medication set out in Dr Adeyemi's plan from the day of the birth, and "
                 "tell Aisha within two working days if Sian does not collect a prescription, so that the core "
                 "group knows at once if the baby's care may be affected",
                 "Dr Imran Siddiqui, GP, Canal Street Medical Centre",
                 "From the day of the birth; weekly prescriptions for the first 12 weeks",
                 "GP email to Aisha after any missed collection; pharmacy collection record checked at each core "
                 "group"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("table", {
            "header": ["If…", "Then…", "Who acts"],
            "widths": [5.0, 8.0, 4.0],
            "rows": [
                ["Sian shows two or more of her early warning signs (a night without sleep, odd ideas about the "
                 "baby, seeming confused or far away)",
                 "The baby and Maisie stay with Trish or another named adult at all times. The perinatal team sees "
                 "Sian the same day (the Urdenholt Crisis Team out of hours), and Aisha holds a strategy discussion "
                 "the same day.",
                 "Trish or Connor rings the perinatal team or the crisis team, then Aisha"],
                ["Connor smokes cannabis in the flat, or looks after either child after smoking",
                 "Connor leaves the flat that day to stay at his mum's, 9 Brookside, and does not care for the "
                 "children alone until Aisha has seen a clear screen.",
                 "Connor; Aisha visits within one working day"],
                ["Trish is poorly, has to stop, or tells us it is too much",
                 "Jo moves into the flat for those nights. If Jo cannot either, Aisha arranges the same day for Sian "
                 "and the baby to go to the Hollins Mother and Baby Unit or to a parent-and-baby foster placement.",
                 "Trish rings Aisha; Aisha"],
                ["Jo cannot have Maisie on a Wednesday or a Saturday",
                 "Trish has Maisie that day. If this is not possible, Maisie stays at nursery for the full day (an "
                 "extra session paid for by Children's Services) and Connor collects her.",
                 "Jo tells Aisha the day before"],
                ["Dr Adeyemi's prognosis is that the risk cannot be managed at home, or Connor's screens are "
                 "positive at two core groups running",
                 "Aisha asks Neil Crossley for a legal planning meeting within five working days, and in any case "
                 "before 36 weeks (11/12/2025).",
                 "Aisha"],
            ],
        }),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every three weeks until the birth, Thursdays at 2pm, Canal Street Children's Centre: "
            "30/10/2025, 20/11/2025 and 11/12/2025; then a discharge planning meeting on the ward before the baby "
            "goes home.",
            "Review child protection conference: Thursday 05/02/2026, 1pm, Urdenholt Civic Offices.",
        ]),
        ("p", "Plan agreed at the pre-birth conference on 16/10/2025. Copies to Sian, Connor, Trish, Jo and every "
              "professional named above."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Letter to a father after the initial conference: alcohol dependence and
#    depression, two children, his sister doing school runs, the grandfather
#    on Saturdays and a friend as emergency carer. Word letter printed to
#    PDF with a page header and footer; the plan as "you / I / others"
#    bullets. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b130_ustleford_letter_to_father_you_i_others_mcbride.pdf",
    "doc_title": "Letter to Dean McBride - Kai and Esme's child protection plan",
    "split": "heldout",
    "actions": 14,
    "header": "OFFICIAL-SENSITIVE – Ustleford County Council – Children's Services",
    "footer": "Letter to Dean McBride, 17/10/2025 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "template": "sw-letter-to-father-after-icpc-printed-to-pdf-page-header-footer-address-block-why-childrens-words-what-we-want-then-the-plan-with-what-you-will-do-what-i-will-do-what-others-will-do-bullets-then-if-things-go-wrong-per-person-paragraphs-meetings",
    "description": (
        "Exemplary letter from the social worker to a father after the initial conference, for an "
        "11-year-old and a 5-year-old; the father is a lone carer with alcohol dependence and "
        "depression. A Word letter printed to PDF with a page header and footer; the plan is set "
        "out as 'What you will do', 'What I will do' and 'What other people have agreed to do' "
        "bullets, each with its own who, when and check. His sister does three school runs and "
        "teas, the grandfather has the children on Saturdays and a friend is the overnight "
        "emergency carer; 'If things go wrong' says per person what happens if Bev is poorly, "
        "where Bev cannot, when Ron is away and if Pat cannot be reached. Talking Therapies writes "
        "a view on whether the changes will last and how long they will take, the alcohol service "
        "reports on change, the GP owns an action, legal planning follows named triggers, core "
        "group and review dates are set."
    ),
    "blocks": [
        ("pl", "Children's Services – Locality Team East"),
        ("pl", "Ustleford County Council, Victoria House, Ustleford US2 1AA"),
        ("pr", "17 October 2025"),
        ("pl", "Mr Dean McBride"),
        ("pl", "18 Sorrel Close"),
        ("pl", "Ustleford US5 3JT"),
        ("p", "Dear Dean,"),
        ("boldp", "Kai and Esme's child protection plan"),
        ("p", "Thank you for coming to the initial child protection conference on Tuesday 14 October and for being "
              "so honest about your drinking. This letter sets out, in plain words, the plan everyone agreed. The "
              "conference minutes will follow from the conference team. Kai and Esme have a child protection plan "
              "under the category of neglect."),
        ("h2", "Why there is a plan"),
        ("p", "Since the children's mum, Jodie, moved abroad in 2023 you have cared for Kai and Esme on your own. "
              "You told us that since the spring you have been drinking about a litre of vodka most days, and your "
              "GP diagnosed depression in May. On 26 September Kai, who is 11, rang 999 because he could not wake "
              "you. Esme, who is 5, had not had any tea, and you were taken to Ustleford General Hospital. Kai has "
              "been late or absent 14 times this term, and he has been doing Esme's bath and bedtime."),
        ("h2", "What Kai and Esme told us"),
        ("p", "Kai (seen on his own at school on 10 October): “I always check if Dad's breathing when he's asleep on "
              "the settee. I do Esme's bath because she's scared of the plug. I don't want to live anywhere else, I "
              "just want Dad to stop.” He put himself at 4 out of 10 for how safe home feels, and said Auntie Bev's "
              "house is a 10 “because nobody's drunk there”."),
        ("p", "Esme (seen at home on 8 October and at Auntie Bev's on 13 October) showed me her school reading book "
              "and said: “Daddy sleeps a lot. Kai makes me toast.” She drew a picture of herself with Auntie Bev and "
              "Grandad Ron at the park, and said she likes it when Grandad plaits her hair on Saturdays."),
        ("h2", "What we want for Kai and Esme"),
        ("bullets", [
            "Kai and Esme are cared for every day by a sober adult who gives them their meals, gets them to school "
            "on time and puts them to bed.",
            "Kai can be an 11-year-old: he does not have to look after you or his sister, and he goes to school "
            "every day.",
            "Esme is settled at school and has her tea, her bath and a bedtime story from an adult every evening.",
            "Kai and Esme know who to ring if you have been drinking, and the person they ring always answers.",
        ]),
        ("h2", "The plan"),
        ("p", "Everyone at the conference agreed to what is below. When I write ‘I’, I mean me, Naomi Fletcher, Kai "
              "and Esme's social worker."),
        ("h3", "What you will do"),
        ("bullets", [
            "You will go to the Ustleford Recovery Hub every Tuesday from 21 October for key-work and a breath test, "
            "and take part in the community detox when it starts, so that you are sober whenever you are caring for "
            "Kai and Esme; the Hub will send me your breath test readings every week.",
            "You will keep no alcohol in the house from today, 17 October; I will look in the kitchen, the fridge "
            "and the recycling at every visit and write down what I see.",
            "You will take Esme to school by 8.50am on Tuesdays and Thursdays, the days Bev does not, from 21 "
            "October; Millbrook Infants will send me her arrival times every Friday.",
        ]),
        ("h3", "What I will do"),
        ("bullets", [
            "I will visit every week from 20 October, with at least one visit in three unannounced, and see Kai on "
            "his own each time; I will write down what he and Esme say and bring it to every core group.",
            "I will do four sessions of direct work with Kai about what has happened at home and what he can do if "
            "he is worried, by 12 December; his ‘My worries’ book will be kept on his file with his permission.",
            "I will refer Kai to Ustleford Young Carers by 31 October, and send you and the core group the "
            "acceptance letter and the date of his first session.",
            "I will hold a family network meeting with you, Bev, Ron and Pat by 7 November and write up who will do "
            "what if you drink; everyone will have the written network plan within a week of the meeting.",
        ]),
        ("h3", "What other people have agreed to do"),
        ("bullets", [
            "Bev Kinsella, your sister, will take Esme to school on Mondays, Wednesdays and Fridays and give both "
            "children their tea at her house on those days from 20 October; Bev will text me every Friday, and the "
            "school register will show Esme arriving on time.",
            "Ron McBride, the children's grandad, will have Kai and Esme every Saturday from 10am to 6pm from 18 "
            "October, and will write each Saturday in the contact diary that I read at my visits.",
            "Leanne Shaw, your recovery worker at the Ustleford Recovery Hub, will assess you for a community detox "
            "by 14 November and send me, two working days before each core group, a written report on whether you "
            "are staying sober, what still needs to change for Kai and Esme and how long she thinks that will take.",
            "Amir Haddad, CBT therapist at Ustleford Talking Therapies, will see you for 12 weekly sessions for your "
            "depression from 23 October, and after sessions 6 and 12 will write to me with his view of whether the "
            "changes you are making are likely to last, whether you could keep them up without the extra family "
            "help, and how long that is likely to take.",
            "Dr Fiona Walsh, your GP at Mill Lane Surgery, will prescribe the detox medication with the Hub, check "
            "your liver blood tests by 28 November, and tell me within two working days if you miss a GP review, so "
            "that I know at once if the children's care could be affected; her emails will be kept on the "
            "children's file.",
            "Mr Adam Price, Kai's head of year at Ustleford Academy, will meet Kai every Monday and send me his "
            "attendance every Friday; any worry will be phoned to me the same day and logged on the school's "
            "system.",
            "Miss Holly Grant, the safeguarding lead at Millbrook Infants, will check Esme's attendance and how she "
            "presents every school day and email me a summary each Friday, phoning me the same day with any worry.",
        ]),
        ("h2", "If things go wrong"),
        ("p", "If you drink while you are looking after Kai and Esme – a positive breath test, or Kai, Bev, Ron, the "
              "school or anyone else tells us – the children will go to Bev's house at 14 Fenwick Road that evening "
              "and I will hold a strategy discussion the same day. They will not come home until that discussion "
              "agrees it is safe."),
        ("p", "If Bev is poorly or cannot do the school run, Ron will take Esme. If this is not possible, Esme will "
              "go to Millbrook's breakfast club from 8am, paid for by Children's Services, and Miss Grant will ring "
              "me by 9.15am to say she has arrived."),
        ("p", "Where Bev cannot have the children overnight, your friend Pat Doyle has agreed to have them at 6 "
              "Langley Close; I visited his home on 15 October and it is suitable. If Pat cannot be reached either, "
              "I, or the emergency duty team at night, will arrange a foster placement for Kai and Esme together "
              "that night."),
        ("p", "When Ron is away or poorly on a Saturday, Kai and Esme will spend the day with Bev instead."),
        ("p", "If you have a positive breath test after your detox, miss two Tuesday sessions in a row, or the "
              "children have to leave home because of your drinking more than once before the review, I will ask "
              "my manager, Paul Whitaker, for a legal planning meeting within five working days. That meeting will "
              "decide whether to start the Public Law Outline, which would mean a formal letter to you and free "
              "legal advice for you."),
        ("h2", "Meetings"),
        ("p", "The core group – you, Bev, me and the professionals named above – will meet every four weeks on "
              "Thursdays at 4pm at Ustleford Family Hub: 30 October, 27 November and, because of Christmas, "
              "18 December 2025."),
        ("p", "The review child protection conference will be on Thursday 15 January 2026 at 10am at Victoria "
              "House."),
        ("p", "If anything in this letter is not clear, or you do not agree with part of it, please ring me on "
              "01632 960418. You can also ask the conference chair to add your comments to the minutes."),
        ("p", "Yours sincerely,"),
        ("pl", "Naomi Fletcher"),
        ("pl", "Social Worker, Locality Team East"),
        ("p", "Copies: Bev Kinsella; Ron McBride; Pat Doyle; the core group members named above."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. First review conference plan, mother on methadone with depression and
#    trauma, two children, Nan supervising the younger child's father (who
#    drinks) and an aunt doing nursery runs. Markdown with goal subheadings
#    and owner-first bullets; one finished one-off marked "Done". Exemplary
#    (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b130_ulmarsh_rcpc_so_that_goal_bullets_arkwright.md",
    "split": "heldout",
    "actions": 12,
    "template": "rcpc-markdown-bold-field-lines-why-what-has-changed-childrens-words-and-observed-outcomes-then-so-that-goal-subheadings-owner-first-bold-bullets-one-done-bullet-then-if-something-goes-wrong-bold-trigger-bullets-per-relative-core-group-review",
    "description": (
        "Exemplary first review conference plan for a 9-year-old and a 3-year-old whose mother is on "
        "methadone after heroin use and has depression and trauma; the younger child's father "
        "drinks. A Markdown plan with 'So that…' goal subheadings over owner-first bullets; a "
        "finished one-off is kept as a 'Done' bullet. Nan supervises the father's Sunday visits and "
        "is the emergency carer, the aunt does three nursery runs; 'If something goes wrong' has "
        "bold per-person triggers ('If Nan can't supervise', 'If the arrangement with Gemma breaks "
        "down'). The clinical psychologist gives a spoken update at each core group and a written "
        "opinion on the mother's capacity to change and the likely timescale; the drug and alcohol "
        "service reports on change, the GP owns an action, legal planning follows named triggers, "
        "core group and review dates are set."
    ),
    "text": """\
# Review Child Protection Plan

Ulmarsh Borough Council · Children's Services · Family Safeguarding Team North

**Children:** Tyler Arkwright (9), DOB 04/02/2016, Year 5 at Saltings Primary; Skye Pell (3), DOB 21/07/2022,
Bramble Nursery
**Address:** 31 Ferry Lane, Ulmarsh UM7 2QS
**Mother:** Kirsty Arkwright (33)
**Skye's father:** Jason Pell (35), 4 Gull Terrace, Ulmarsh. Tyler's father has not been part of his life since
he was a baby.
**Nan:** Margaret Arkwright, Kirsty's mum, 22 Heron Walk, Ulmarsh
**Auntie Gemma:** Gemma Holt, Kirsty's sister, 5 Curlew Court, Ulmarsh
**Category:** Neglect (both children), since the initial conference on 12/08/2025
**This plan:** agreed at the first review child protection conference, Tuesday 11/11/2025. Chair: Stella Osagie
**Social worker:** Hayley Brooks (team manager: Iain Rutherford)

## Why Tyler and Skye are on a plan

Kirsty used heroin for eight years and has been on a methadone script since 2021. She has depression and has
told us about abuse she suffered as a teenager, which she says is "always there". In July 2025 she started using
heroin again on top of her script. On 28/07/2025 Tyler found her asleep on the bathroom floor and could not wake
her; he rang Nan, who called an ambulance. Skye had been in the same nappy all day and there was no food in the
house. Jason drinks heavily at weekends and had turned up drunk at the house twice in June.

## What has changed since August

- Kirsty's last six urine screens have been clear of heroin. She has collected her methadone every day since
  18/08/2025, apart from two days in September.
- Kirsty started trauma-focused therapy with Dr Nair on 04/11/2025, after a long wait.
- Nan has supervised all of Jason's Sundays with Skye since August. She stopped one visit on 21/09/2025 because
  Jason smelt of drink, and rang Hayley the same day, as the plan says.
- Skye's nursery attendance is 91%, up from 60%. Tyler's school attendance is 94%.

## Tyler and Skye – in their words and as we see them

Tyler (seen on his own at school, 04/11/2025): "Mum's better. She gets up and makes breakfast now. I still look
in on her at night in case. I like young carers because nobody there thinks it's weird." He scored home 7 out of
10 (it was 3 in August). He wants to keep going to Nan's on Sundays and wants "Mum to keep going to the chemist
every single day".

Skye is 3 and talks in short sentences. At home on 30/10/2025 she showed Hayley her new wellies, said "Auntie
Gemma takes me nursery in the car" and went to Kirsty for a cuddle when the dog barked. At Nan's on a Sunday she
climbed on Jason's knee for a story and waved him off happily. Nursery say she arrives fed and dressed and has
started to join in at circle time.

## What we are working towards

- Tyler and Skye are cared for every day by a mum who is not using heroin and who is up, in charge and able to
  feed them and get them to school and nursery.
- Skye is clean, fed and at nursery on her days, and her speech keeps coming on.
- Tyler can be nine: he does not check on his mum at night or look after his sister.
- Skye sees her dad only when he is sober and another adult is there.

## The plan

### So that Tyler and Skye are cared for by a mum who is not using heroin

- **Kirsty** will collect her methadone every day under supervision at Saltings Pharmacy and keep it in the
  locked box on top of the wardrobe, so that she is well enough to care for Tyler and Skye and they cannot reach
  it; the pharmacy record, checked by Hayley every two weeks, will show no missed pick-ups, and Hayley will see
  the box locked at every visit.
- **Dan Oyelaran (recovery worker, Ulmarsh Drug and Alcohol Service)** will see Kirsty for key-work every other
  Thursday and screen her urine once a month, and will send Hayley a written report before each core group on
  whether Kirsty has stayed off heroin, what that has meant for Tyler and Skye, and what is left to do.
- **Dr Priya Nair (clinical psychologist, Ulmarsh Psychological Therapies Service)** will see Kirsty weekly for
  trauma-focused therapy until 31/03/2026. She will give a short spoken update at each core group and, by
  06/01/2026, a written opinion on Kirsty's capacity to change, the steps still needed and how long they are
  likely to take, so that the core group can judge whether that fits Skye's timescale.
- **Dr Oliver Grant (GP, Heron Lane Surgery)** will review Kirsty's sertraline every eight weeks, the next by
  05/12/2025, and email Hayley within two working days of any missed review or missed methadone appointment, so
  that anything affecting Tyler and Skye's care is known at once; the emails will be kept on the children's file.
- **Done (09/09/2025):** Hayley got a lockable medicine box from the Ulmarsh Home Safety scheme and saw it fitted.

### So that Skye is safe, fed and at nursery

- **Auntie Gemma** will take Skye to Bramble Nursery on Monday, Tuesday and Thursday mornings from 17/11/2025
  (she changed her shifts after the last core group); the nursery sign-in sheet will show Gemma bringing Skye by
  9am.
- **Leah Fairclough (key worker, Bramble Nursery)** will record Skye's attendance and how she arrives (fed,
  dressed, clean nappy) at each session and email Hayley the week's sheet every Friday, ringing Hayley the same
  day with any worry.
- **Sam Whitehead (health visitor)** will see Skye at home on the first Wednesday of each month and check her
  weight, her speech and that the medicine box is locked; Sam's notes and Skye's speech checklist will go to
  Hayley after each visit.

### So that Tyler can be nine, not his mum's carer

- **Hayley Brooks (SW)** will visit every two weeks until the next review, one visit a month unannounced, and see
  Tyler on his own every time; her visit notes will record his score out of 10 and his own words.
- **Mrs Anita Shah (DSL, Saltings Primary)** will meet Tyler with his learning mentor every Monday and send Hayley
  his attendance every Friday; the target is 96% or more, and each check-in is logged on CPOMS.
- **Ruth Okafor (Ulmarsh Young Carers)** will keep Tyler's place at the Tuesday young carers' group until the next
  review and send Hayley the register each half-term.

### So that Skye sees her dad safely

- **Nan** will supervise Jason's time with Skye at her home every Sunday from 1pm to 4pm, end the visit if Jason
  smells of drink, and write each visit up in the contact book, which Hayley reads every fortnight.
- **Jason** will go to the Ulmarsh Drug and Alcohol Service alcohol group every Wednesday evening from
  19/11/2025, so that he is sober when he sees Skye; the group leader will send Hayley his attendance each month.

## If something goes wrong

- **If Kirsty uses heroin** (a positive screen, two missed pick-ups in a week, or she is seen under the
  influence): Tyler and Skye go to Nan's at 22 Heron Walk that day, and Hayley holds a strategy discussion the
  same day.
- **If Nan can't supervise on a Sunday** (she's poorly or away): Jason's visit doesn't happen that week, and
  Hayley books a supervised session at Ulmarsh Family Centre within seven days instead.
- **If Nan can't have the children in an emergency:** Gemma has them at 5 Curlew Court. If neither of them can,
  Hayley (or the emergency duty team after 5pm) places Tyler and Skye together with foster carers that day.
- **If the arrangement with Gemma breaks down** (her shifts change again, or she can't manage it): Nan does the
  nursery run. If this is not possible, Bramble Nursery rings Hayley by 9.30am if Skye hasn't arrived, and
  Hayley visits that morning.
- **If Jason turns up drunk** at Nan's or at Ferry Lane: Nan or Kirsty rings 999 if he won't leave, and Sunday
  visits stop until Hayley has seen him.
- **If progress stalls** – two positive screens before the next review, or Dr Nair's written opinion is that
  Kirsty can't make the changes in time for Skye – Hayley asks Iain Rutherford for a legal planning meeting
  within ten working days.

## Core group and review

- Core group every six weeks, Tuesdays at 10am at Saltings Family Hub: 25/11/2025, 06/01/2026, 17/02/2026 and
  31/03/2026.
- Second review child protection conference: Tuesday 12/05/2026, 2pm, Ulmarsh Civic Centre.
- Hayley will see Tyler on his own before each core group and bring his score and his words to the meeting.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Core group plan, father with paranoid schizophrenia who smokes
#    cannabis, mother working nights, grandfather staying on her work
#    nights and the paternal aunt as the children's phone-a-friend. Plain
#    text typed by the social worker, numbered owner-first items.
#    Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b130_ushmere_core_group_plan_numbered_owner_first_naylor.txt",
    "split": "heldout",
    "actions": 11,
    "template": "core-group-plan-plain-text-typed-caps-numbered-sections-label-column-details-worries-going-well-childrens-words-outcomes-then-numbered-owner-first-items-with-check-in-second-sentence-then-if-things-go-wrong-paragraphs-per-relative-meetings",
    "description": (
        "Exemplary core group plan (second core group) for a 12-year-old and a 6-year-old whose "
        "father has paranoid schizophrenia and was smoking cannabis when he relapsed; the mother "
        "works three night shifts a week. Plain text typed by the social worker: upper-case "
        "numbered sections and numbered owner-first actions whose second sentence says how we "
        "will know. The grandfather stays on the mother's work nights and the paternal aunt has "
        "the children on Thursdays and is the adult the older boy phones; the contingency says "
        "what happens when Grandad is away, if Jo is poorly and if neither can help. The early "
        "intervention care co-ordinator gives a view at each core group on recovery and how long "
        "it will take, the psychiatrist writes a prognosis, the drug service reports, legal "
        "planning follows named triggers, the core group frequency and review date are set."
    ),
    "text": """\
USHMERE COUNCIL - CHILDREN'S SOCIAL CARE - FAMILY SAFEGUARDING (SOUTH)

CORE GROUP PLAN: FINLAY AND DAISY NAYLOR
Agreed at core group 2, Tuesday 04/11/2025, 3.45pm, Ushmere Family Hub
------------------------------------------------------------------------

Children       Finlay Naylor (12), DOB 15/05/2013, Year 8, Ushmere High School
               Daisy Naylor (6), DOB 02/12/2018, Year 2, Kingfisher Primary
Address        19 Lockkeeper's Walk, Ushmere US9 4RF
Mother         Claire Naylor (38), staff nurse, works nights Monday to
               Wednesday
Father         Stuart Naylor (41)
Grandad Bill   Bill Hargreaves (71), Claire's dad, 12 Mill Brow, Ushmere
Auntie Jo      Jo Naylor (36), Stuart's sister, Flat 3, 40 Quay Street
Plan since     Initial conference 23/09/2025, category emotional abuse
Social worker  Mandy Oakes (team manager: Lorraine Ibbotson)
Present        Claire; Stuart; Bill; Jo; Mandy Oakes (SW); Ravi Kapoor
               (EIP care co-ordinator); Kelly Marsh (drug worker); Tom
               Reilly (Ushmere High); Ruth Akers (Kingfisher Primary)
Apologies      Dr Elspeth Muir (consultant psychiatrist); Dev Chauhan
               (Ushmere Young Carers)


1. WHAT WE ARE WORRIED ABOUT

Stuart has paranoid schizophrenia, diagnosed in 2019. In August he stopped
his depot injection and was smoking cannabis most days. He became sure that
the neighbours were filming the family through the walls, kept the curtains
shut day and night, and told Finlay not to go to school because "they'd
follow him". On 02/09/2025 he smashed the television while Daisy was in the
room. He was in Beech Ward, Ushmere Hospital, as a voluntary patient from
03/09/2025 to 19/09/2025 and has been home since, having his depot again.
Before the plan, Finlay and Daisy were alone with Stuart on Claire's work
nights.


2. WHAT IS GOING WELL

Stuart has had both depot injections since he came home on the due day and
says he has not smoked cannabis since 10/10/2025. Grandad Bill has stayed on
every one of Claire's work nights since the conference. Finlay has been in
school every day for four weeks, and Jo has had the children every Thursday.


3. WHAT FINLAY AND DAISY SAY

Finlay (seen on his own at school, 30/10/2025): "Dad's more like Dad now. He
made us a fry-up on Sunday. I still don't like it when Mum's at work, but
Grandad snores on the settee so I know he's there. If Dad goes weird again I
ring Auntie Jo." He scored home 6 out of 10 (3 in September).

Daisy (seen at home, 28/10/2025, in her bedroom): "Daddy broke the telly
because he was poorly in his head. Now he's got medicine." She showed Mandy
the card with Jo's and Grandad's faces on it that lives in her book bag, and
said she likes Thursdays best "because Auntie Jo does fish fingers".


4. WHAT WE WANT FOR FINLAY AND DAISY

4.1  Finlay and Daisy are never alone with their dad when he is unwell, and
     always have a well adult in the house overnight.
4.2  Finlay goes to school every day and does not feel he has to keep his
     family safe.
4.3  Daisy is not frightened at home and can tell an adult when she is
     worried.
4.4  Both children know their dad's warning signs and exactly who to ring.


5. THE PLAN - WHO WILL DO WHAT

5.1  Mandy Oakes (SW) will visit every week until the review conference, see
     Finlay and Daisy on their own at least once a fortnight, and make one
     unannounced visit a month on one of Claire's work nights. Her visit notes
     will say who was in the house, how Stuart seemed and what each child
     said.

5.2  Ravi Kapoor (care co-ordinator, Ushmere Early Intervention in Psychosis
     Team) will see Stuart at home every Thursday and, at each core group,
     give his view of how Stuart's recovery is going, whether he is likely to
     stay well if he keeps off cannabis, and how long it may be before
     Finlay and Daisy can safely be left with him. He will email the core
     group a written note of that view the day before each meeting.

5.3  Dr Elspeth Muir (consultant psychiatrist, Ushmere Early Intervention in
     Psychosis Team) will see Stuart in clinic on 18/11/2025 and send Mandy a
     written prognosis by 28/11/2025: the chance of relapse in the next six
     months with and without cannabis, the signs the family should act on,
     and whether Stuart can sustain the changes he has made. The prognosis
     will be shared with the family and at the review conference.

5.4  Stuart will have his depot injection at the Ushmere Hospital clinic every
     other Friday, so that he stays well around Finlay and Daisy. The clinic
     record, copied to Mandy each month, will show every injection given on
     the due day.

5.5  Kelly Marsh (drug worker, Ushmere Drug and Alcohol Service) will see
     Stuart every other Monday from 10/11/2025 and test his urine each month,
     and will write to Mandy before each core group on whether Stuart has
     stopped using cannabis and what still stands in the way. The screen
     results will be attached to her letter.

5.6  Claire will send Bill and Mandy her shift rota by the 25th of each month,
     so that the nights Bill stays are fixed a month ahead. Mandy will keep
     each rota on the children's file.

5.7  Grandad Bill will stay at the house on every night Claire works (Monday
     to Wednesday, 7.30pm to 8am), so that Finlay and Daisy are never alone
     overnight with Stuart. He will sign the night sheet on the fridge, which
     Mandy checks at every visit.

5.8  Auntie Jo will have Finlay and Daisy for tea at her flat every Thursday
     after school, and is the adult Finlay phones if his dad frightens him.
     Jo will text Mandy every Thursday evening, and Finlay will show Mandy
     Jo's number saved in his phone at her next visit.

5.9  Mr Tom Reilly (head of Year 8 and DSL, Ushmere High School) will meet
     Finlay every Monday morning and email Mandy his attendance every Friday,
     ringing her the same day with any worry. The target is attendance of 95%
     or more.

5.10 Mrs Ruth Akers (DSL, Kingfisher Primary) will greet Daisy at the
     classroom door each morning and email Mandy her attendance every Friday,
     ringing the same day if Daisy says anything about home. Each check and
     call will be logged on CPOMS.

5.11 Dev Chauhan (Ushmere Young Carers) will do six sessions with Finlay about
     his dad's illness, every Wednesday from 12/11/2025 to 17/12/2025. He will
     send Mandy a summary with Finlay's own words after the last session.


6. IF THINGS GO WRONG

If Stuart shows two of his warning signs (up all night, curtains shut in the
day, talking about being filmed or followed, shouting at the television) or
uses cannabis in the house, Claire (or Bill on her work nights) will ring
Ravi on a weekday or the Ushmere Crisis Team out of hours. Stuart has agreed
to go and stay at Jo's flat that night, and Mandy will hold a strategy
discussion the same day. If Stuart will not go, or anyone is frightened,
they will ring 999 and take the children to Bill's at 12 Mill Brow.

When Grandad is away or poorly on one of Claire's work nights, Claire will
swap to a day shift (her ward manager has agreed this in writing). If this is
not possible, Finlay and Daisy will sleep at Jo's flat that night.

If Jo is poorly or cannot be reached when Finlay rings, he will ring Grandad
Bill, and if he cannot reach Bill either he will ring the emergency duty team
number on his card; they will ring back within the hour and visit the same
night.

If neither Bill nor Jo can help on a night Claire is due at work, Claire will
not leave the children with Stuart: she will stay at home, and if she cannot,
Mandy (or the emergency duty team) will arrange an emergency foster placement
for Finlay and Daisy together that night.

If Stuart is detained under the Mental Health Act, refuses his depot twice in
a row, or the children are found to have been left alone with him while he
is unwell, Mandy will ask Lorraine Ibbotson for a legal planning meeting
within five working days.


7. MEETINGS

Core group      every four weeks, Tuesdays 3.45pm, Ushmere Family Hub; next
                on 02/12/2025
Review CPC      Tuesday 16/12/2025, 10am, Ushmere Council Offices
Children        Mandy will see Finlay and Daisy on their own before each
                meeting and bring their words to it
------------------------------------------------------------------------
Typed by Mandy Oakes, 05/11/2025. Copies to everyone present and to those
who sent apologies.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Core group record, mother with anxiety, low mood and evening drinking,
#    two children, grandmother minding the toddler and an aunt doing the
#    school run. Word record with an updated action table. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b130_uxholme_core_group_record_updated_table_rourke.docx",
    "doc_title": "Core Group Record - Mason and Lily-Mae Rourke - 11/11/2025",
    "split": "heldout",
    "actions": 12,
    "template": "core-group-record-word-details-list-present-apologies-updates-paragraphs-childrens-words-outcomes-bullets-then-numbered-updated-action-table-lead-timescale-how-we-will-know-contingency-paragraph-next-meetings",
    "description": (
        "Record of the second core group for a 10-year-old and a 2-year-old whose mother has "
        "anxiety and low mood and drinks in the evenings. A Word record with an updated action "
        "table; most rows are sound (weekly visits, the health visitor's review, the alcohol "
        "service reporting on change, the GP letter, the grandmother's two days and the aunt's "
        "school run, a nursery application). Faults: the CPN's visits only support the mother and "
        "are measured by how she says she feels; home routines work is 'Ongoing'; keeping the "
        "toddler away from the mother after drinking is owned by 'Family network'; the school's "
        "check has no measure; one outcome is for the mother only; and the contingency sends the "
        "children to the grandmother with nothing on what happens if she or the aunt cannot help."
    ),
    "blocks": [
        ("title", "Core Group Meeting – Record and Updated Plan"),
        ("p", "Uxholme Borough Council · Children's Social Care · Child Protection and Court Team"),
        ("kv", [
            ("Children", "Mason Rourke (10), DOB 27/01/2015, Year 6, Uxholme Park Primary; Lily-Mae Rourke (2), "
                         "DOB 08/09/2023"),
            ("Mother", "Kelly Rourke (27), 15 Tillers Way, Uxholme UX4 2HN"),
            ("Maternal grandmother", "Denise Rourke, 60 Fold Lane, Uxholme"),
            ("Maternal aunt", "Sharon Rourke, 22 Tillers Way (same street)"),
            ("Category", "Neglect (both children); initial conference 30/09/2025"),
            ("Meeting", "Core group 2, Tuesday 11/11/2025, 2pm, Uxholme Children's Centre"),
            ("Present", "Kelly Rourke; Denise Rourke; Sharon Rourke; Rachel Gorton (SW, chair); Naz Begum (health "
                        "visitor); Vicky Leyland (CPN, Uxholme CMHT); Sean McCann (recovery worker, Uxholme Alcohol "
                        "Service); Mr Phil Hartley (DSL, Uxholme Park Primary); Jess Moorcroft (family support "
                        "worker)"),
            ("Apologies", "Dr Kate Lumb (GP, Uxholme Medical Centre)"),
        ]),
        ("h1", "Updates"),
        ("p", "Kelly said the last month has been “up and down”. She has been to four of five Wednesday sessions "
              "at the alcohol service and her last three breath tests were clear, but she had a drink on the night "
              "of her cousin's birthday while the children were in bed. She still finds evenings the hardest time "
              "and says her anxiety is worse when she is on her own with both children."),
        ("p", "Sean (alcohol service) said Kelly has cut down from most evenings to one or two a week. Vicky (CPN) "
              "has seen Kelly twice since the conference. Naz (HV) said Lily-Mae's two-year review is booked and "
              "that Lily-Mae is walking and running well but has few words. Mr Hartley said Mason was late four "
              "times in October, on days when Sharon was on an early shift."),
        ("h1", "What Mason and Lily-Mae are telling us"),
        ("p", "Mason (seen on his own at school, 06/11/2025): “It's better when Auntie Sharon walks me because we're "
              "never late. Mum's nicer now. When she has wine I put Lily-Mae to bed because Mum falls asleep on the "
              "sofa.” He scored home 5 out of 10 and said he would like “Mum to stop the wine for good”."),
        ("p", "Lily-Mae (seen at home, 04/11/2025) pulled Rachel to see her toy kitchen and brought her a plastic cup "
              "of “tea”. She went to Mason, not Kelly, when she fell over. At Denise's on 10/11/2025 she was "
              "laughing and chatting in single words and ate all her dinner."),
        ("h1", "Outcomes"),
        ("bullets", [
            "Mason and Lily-Mae are looked after every evening by an adult who is sober.",
            "Mason goes to school on time every day and no longer puts Lily-Mae to bed.",
            "Lily-Mae is clean, fed and meeting her milestones, and goes to nursery.",
            "Kelly's mental health and drinking will improve.",
        ]),
        ("h1", "Updated action plan"),
        ("table", {
            "header": ["No.", "Action", "Lead", "Timescale", "How we will know"],
            "widths": [1.0, 6.0, 3.3, 3.0, 3.7],
            "rows": [
                ["1",
                 "Visit Mason and Lily-Mae at home, see Mason on his own, and look at the fridge and Lily-Mae's "
                 "bedroom",
                 "Rachel Gorton, SW",
                 "Weekly until the review conference, one visit a month unannounced",
                 "Visit records show both children seen weekly and Mason seen alone, with his words written down"],
                ["2",
                 "Complete Lily-Mae's two-year review, weigh her and check her speech",
                 "Naz Begum, health visitor",
                 "Review by 28/11/2025; then monthly",
                 "Ages and Stages scores and weights sent to the SW after each visit"],
                ["3",
                 "Have Lily-Mae at her house every Monday and Tuesday, 8.30am to 5pm, so Kelly can go to her "
                 "appointments",
                 "Denise Rourke (maternal grandmother)",
                 "Every Monday and Tuesday from 17/11/2025",
                 "Denise's diary of each day, seen by the SW at the next visit"],
                ["4",
                 "Walk Mason to school each morning and see him in at the gate",
                 "Sharon Rourke (maternal aunt)",
                 "Every school day",
                 "School register shows Mason arriving before 8.50am"],
                ["5",
                 "Fortnightly support visits from the CPN to help Kelly manage her anxiety and low mood",
                 "Vicky Leyland, CPN, Uxholme Community Mental Health Team",
                 "Fortnightly from 18/11/2025",
                 "Kelly says she feels less anxious"],
                ["6",
                 "Key-work and breath tests with Kelly, and a written report before each core group on whether she "
                 "is cutting down, what it means for Mason and Lily-Mae's evenings and how long further change is "
                 "likely to take",
                 "Sean McCann, recovery worker, Uxholme Alcohol Service",
                 "Every Wednesday; report two days before each core group",
                 "Breath test results and report on the file before every core group"],
                ["7",
                 "Go to the alcohol service every Wednesday and not drink on any evening she is caring for Mason "
                 "and Lily-Mae on her own",
                 "Kelly Rourke (Mum)",
                 "Every Wednesday from 12/11/2025",
                 "Weekly breath test readings of zero, sent to the SW by Sean"],
                ["8",
                 "Review Kelly's antidepressant and write to the SW about her medication and any missed "
                 "appointments that could affect the children",
                 "Dr Kate Lumb, GP, Uxholme Medical Centre",
                 "By 05/12/2025",
                 "GP letter on the children's file"],
                ["9",
                 "Home routines work with Kelly: bedtimes, tea and getting up for school for Mason and Lily-Mae",
                 "Jess Moorcroft, family support worker",
                 "Ongoing",
                 "Routine chart on the fridge, seen filled in at each SW visit"],
                ["10",
                 "Make sure Lily-Mae is never left with Kelly after she has been drinking",
                 "Family network",
                 "Every evening",
                 "Any evening Kelly has been drinking is written in the family diary"],
                ["11",
                 "Check Mason's attendance and punctuality, and ask him each Friday how things are at home",
                 "Mr Phil Hartley, DSL, Uxholme Park Primary",
                 "Every Friday",
                 ""],
                ["12",
                 "Apply for Lily-Mae's funded two-year-old place at Sunflowers Nursery",
                 "Rachel Gorton, SW",
                 "By 28/11/2025",
                 "Place offer letter on file and a start date agreed"],
            ],
        }),
        ("h1", "Contingency"),
        ("p", "If Kelly is found to have been drinking while looking after the children on her own (a positive "
              "breath test, or Mason, Sharon, Denise or the school tell us), Mason and Lily-Mae will go to Denise's "
              "at 60 Fold Lane that evening and Rachel will hold a strategy discussion with the police and health "
              "the same day. If Kelly has two positive breath tests before the review conference, Rachel will ask "
              "her team manager for a legal planning meeting within five working days."),
        ("h1", "Next meetings"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 2pm, Uxholme Children's Centre: 09/12/2025 and 06/01/2026.",
            "Review child protection conference: Tuesday 16/12/2025, 10am, Uxholme Town Hall.",
        ]),
        ("p", "Record typed by Rachel Gorton on 12/11/2025 and sent to everyone present and to Dr Lumb."),
    ],
    "findings": [
        F("F002", "Kelly's mental health and drinking will improve."),
        F("H001", "Fortnightly support visits from the CPN to help Kelly"),
        F("M002", "Fortnightly support visits from the CPN to help Kelly"),
        F("T002", "Home routines work with Kelly: bedtimes, tea and getting up"),
        F("W002", "Make sure Lily-Mae is never left with Kelly"),
        F("M001", "Check Mason's attendance and punctuality, and ask him"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Initial conference plan, mother with postnatal depression and anxiety,
#    a 4-month-old and a 6-year-old, father working offshore, paternal
#    grandparents helping. Markdown with a numbered action table. Faulty
#    (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b130_uppingdale_icpc_markdown_table_grandparents_quigley.md",
    "split": "heldout",
    "actions": 12,
    "template": "icpc-markdown-details-bullets-why-childrens-words-and-babys-day-outcomes-then-numbered-what-needs-to-happen-who-when-how-we-will-know-table-then-contingency-bullets-per-relative-meetings",
    "description": (
        "Initial conference plan for a 4-month-old and a 6-year-old whose mother has postnatal "
        "depression and anxiety; the father works offshore two weeks in four and the paternal "
        "grandparents help. A Markdown plan with a numbered action table. Most rows are sound "
        "(weekly visits and weighs, the perinatal psychiatrist's written view on prognosis and "
        "timescale, the GP, the grandfather's school run, the father's night feeds on leave, the "
        "school). The contingency covers the grandparents being unable to help. Faults: the "
        "perinatal CPN's row only supports and gives therapy; the mother's medication row is "
        "measured by her mood being stable; the grandmother's night stays are 'As and when "
        "needed'; a school nurse referral has no measure; 'All professionals' share concerns; "
        "the review conference date is to be confirmed."
    ),
    "text": """\
# Initial Child Protection Plan – Frankie and Harvey Quigley

Uppingdale District Council – Children's Services – Safeguarding Team 1

- **Children:** Frankie Quigley, DOB 01/07/2025 (almost 4 months); Harvey Quigley (6), DOB 14/03/2019, Year 2,
  Beacon View Infants
- **Address:** 9 Hawthorn Road, Uppingdale UP3 5LW
- **Mother:** Natalie Quigley (31)
- **Father:** Ross Quigley (34), works offshore two weeks on, two weeks off
- **Paternal grandparents:** Pat and Alan Quigley, 8 Beacon View, Uppingdale
- **Category:** Neglect (both children)
- **Initial conference:** Thursday 23/10/2025, Uppingdale Council House. Chair: Dawn Everett
- **Social worker:** Lucy Caldwell (team manager: Martin Oyelowo)

## Why Frankie and Harvey need a plan

Natalie has had postnatal depression and anxiety since Frankie was born. On 03/10/2025, while Ross was offshore,
she rang 111 and said she was having thoughts of harming herself and the baby. The perinatal mental health team
saw her the next day. Frankie's weight has dropped from the 50th to the 25th centile since August, and Harvey has
been late for school eleven times this term. Natalie has told the health visitor she spends most of the day in
bed when Ross is away, and that she is frightened to be alone with Frankie at night.

## What Harvey says, and Frankie's day

Harvey (seen on his own at school, 20/10/2025): "Mummy cries a lot and Frankie cries a lot. I like it when
Grandad takes me to school because we sing in the car. When Daddy is on the oil rig it's sad at home." He drew
Grandma Pat feeding Frankie, and said he wants "Daddy to come home more and Mummy to be happy again".

Frankie was seen at home on 16/10/2025 and 21/10/2025. He was clean and dressed, took his bottle well from Pat
and settled in her arms. When Natalie held him she did not look at him or talk to him, and he cried until Pat
took him back. He sleeps in a cot in his parents' room.

## What we want for Frankie and Harvey

- Frankie is fed on time, gains weight steadily back towards the 50th centile and sleeps safely.
- Frankie is held, talked to and comforted by an adult who is well enough to notice what he needs, day and night.
- Harvey gets to school on time every day and is not worried about his mum or his brother.
- If Natalie becomes more unwell, Frankie and Harvey are with a safe adult the same day.

## The plan

| No. | What needs to happen | Who | When | How we will know |
|---|---|---|---|---|
| 1 | Visit at home, see Frankie fed and changed, and see Harvey on his own | Lucy Caldwell, SW | Weekly from 27/10/2025 until the review conference | Visit records show Frankie seen awake and Harvey seen alone every week |
| 2 | Weigh Frankie and check his feeding and sleeping position | Helen Drury, health visitor | Every week until he is six months old, then every two weeks | Weight in the red book on the 25th centile or above; safe sleep seen at each visit |
| 3 | Perinatal psychiatric assessment of Natalie, with a written view on her prognosis, whether she can care for Frankie overnight on her own and how long her recovery is likely to take | Dr Nkem Obi, consultant perinatal psychiatrist, Uppingdale Perinatal Mental Health Team | Assessment by 14/11/2025; written view by 28/11/2025 | Letter to the SW by 28/11/2025, shared at the core group on 04/12/2025 |
| 4 | Weekly home visits to support Natalie with her low mood and anxiety, and talking therapy | Ellen Masters, perinatal CPN, Uppingdale Perinatal Mental Health Team | Weekly from 30/10/2025 | Attendance letter to the SW each month |
| 5 | Take her sertraline every day so that she is well enough to care for Frankie and Harvey | Natalie Quigley (Mum) | Daily from 24/10/2025 | Natalie's mood is stable |
| 6 | Review Natalie's sertraline and write to the SW about her medication and any missed appointments that affect Frankie's care | Dr Simon Ward, GP, Uppingdale Health Centre | Every four weeks; the first by 21/11/2025 | GP letter to the SW after each review |
| 7 | Stay over at Hawthorn Road to help with Frankie's night feeds while Ross is offshore | Pat Quigley (paternal grandmother) | As and when needed | Night feed chart filled in and seen by the SW |
| 8 | Take Harvey to school and collect him, Monday to Friday | Alan Quigley (paternal grandfather) | Every school day from 27/10/2025 | School register shows Harvey in before 8.50am |
| 9 | Do Frankie's night feeds on every night he is home on leave, and text the SW his leave dates by the 1st of each month | Ross Quigley (Dad) | Every night of each leave fortnight | Leave dates on the SW's file; night feed chart filled in by Ross |
| 10 | Check Harvey's attendance and how he is in class, and ring the SW the same day with any worry | Mrs Julie Pryce, DSL, Beacon View Infants | Every school day; attendance each Friday | Attendance sent to the SW each Friday; calls logged on CPOMS |
| 11 | Refer Harvey to the school nurse about his bedwetting and his sleep | Mrs Julie Pryce, DSL, Beacon View Infants | By 14/11/2025 | |
| 12 | Tell the SW the same day of any concern about Frankie or Harvey | All professionals | Same day | Concern logged on the children's file |

## Contingency

- If Natalie tells anyone she is having thoughts of harming herself or Frankie, or is found too distressed to care
  for the children, the adult with her rings the perinatal team (the Uppingdale Crisis Team out of hours),
  Frankie and Harvey go to Pat and Alan's at 8 Beacon View that day, and Lucy holds a strategy discussion the
  same day.
- Where Pat cannot stay over (she is unwell, or in hospital for her own operation in December), Ross will ask
  his employer for compassionate leave to come home, and until he is back Natalie and the children will stay at
  8 Beacon View with Alan. If this is not possible, Lucy will arrange a parent-and-baby foster placement for
  Natalie and Frankie the same day, and Harvey will stay with Alan.
- If Alan cannot do the school run, Harvey goes to breakfast club at Beacon View Infants and Mrs Pryce rings Lucy
  by 9.15am if he has not arrived.
- If Frankie's weight drops below the 9th centile, or Dr Obi's view is that Natalie will not be well enough to
  care for Frankie on her own within his timescale, Lucy will ask Martin Oyelowo for a legal planning meeting
  within five working days.

## Meetings

- Core group every four weeks, Thursdays at 10am, Uppingdale Children's Centre: 06/11/2025, 04/12/2025 and
  08/01/2026.
- Review child protection conference: date to be confirmed by the conference team.
""",
    "findings": [
        F("H001", "Weekly home visits to support Natalie with her low mood"),
        F("M002", "Take her sertraline every day so that she is well"),
        F("T002", "Stay over at Hawthorn Road to help with Frankie's night feeds"),
        F("M001", "Refer Harvey to the school nurse about his bedwetting"),
        F("W002", "Tell the SW the same day of any concern"),
        F("R001"),
    ],
})
