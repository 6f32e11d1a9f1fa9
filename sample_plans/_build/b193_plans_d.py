"""Batch 193, module d: seven fictional plans (held-out material), places beginning with "d".

Everything here is made up: children, families, professionals, services,
schools, hospitals, prisons, probation offices and councils. Labels were
written by hand from docs/rules.md and the conventions in
sample_plans/README.md, without running planlint or reading its code.

Focus: a parent who is ill, keeping the child in view when the adult's needs
are loud (the situation Child Z's review found plans lost sight of the child
in). Each plan is in a template of its own, for a family where a parent has
schizophrenia, a learning disability and epilepsy, an alcohol problem, a
prison sentence, bipolar disorder, depression and anxiety with drinking, a
brain injury or a dependence on prescribed codeine. The illness is recorded
in many places and phrasings (history, worries, a "Mum's health" section, a
diagnosis line, "his drinking", "her epilepsy", "Mum's mental health"), and
beside it are words that look like illness but are not a parent's (a
child's asthma and his PE sick note, a grandmother's dementia recorded only
as background, "a healthy diet"). Adult services that own actions are
named the way real plans name them (the CMHT care coordinator and the
consultant, the learning disability nurse, the epilepsy specialist nurse,
the drug and alcohol service by its local name, the GP, adult social care's
carers' assessor, the probation officer, the neuro-rehabilitation team),
in a separate adult services part, in the same table or as joint work; in
the good plans adult work says what it means for the child ("so that ...",
"because when Dad drinks Kai is left ...") and mental health services are
asked for their view of the parent's capacity to change, its steps and its
likely timescale. The child's words and days sit under headings of the
writer's own ("In Ellie's words", "Poppy's day", "What it is like for
Zara", "Kai's day") or only inside a paragraph.

1. a review conference plan for a 9-year-old whose mother has
   schizophrenia and kept her off school during a relapse, in two parts:
   "Ellie's plan" (children's services, school and family) and an "Adult
   services" part whose table has a "Why this matters for Ellie" column
   (docx, exemplary);
2. an initial conference plan for a 15-week-old whose mother has a learning
   disability and epilepsy and had a seizure while holding her, an
   easy-read box for the mother, "Poppy's day", and a landscape table with
   "Lead" and "Alongside" columns for joint work with the learning
   disability nurse, the epilepsy nurse and adult social care, page header
   and footer (pdf, exemplary);
3. a plan revised at the first core group for an 11-year-old and a
   6-year-old whose mother drinks and whose father is due out of prison on
   licence, written as a worry-led table: each row a worry in the family's
   words, then one cell saying who will do what, when and how we'll know
   (the drug and alcohol service's report on change, the GP's blood tests,
   the probation officer's licence conditions and address check) (md,
   exemplary);
4. an initial conference plan for a 7-year-old whose father drinks while
   his mother works nights, the table banded by the parts of Kai's day
   (mornings, at school, after school and nights, Dad's recovery, seeing
   Kai), page header and footer (pdf): faults are the drug and alcohol
   service's key work "as and when Gavin asks for them", the attendance
   officer's check measured by "Monitored by school", "Family" taking Kai
   to football, an outcome about the father only, and the grandparents'
   nights and mornings with no fallback in the contingency (T002, M002,
   W002, F002, C003);
5. an initial conference plan for a 10-year-old and a 4-year-old whose
   mother has bipolar disorder and drove them away at 2am while high, a
   needs-led table ("Need / Action / Lead / Start - finish / Evidence")
   with the need written once over its rows (md): faults are the mother's
   bipolar disorder recorded throughout with the CMHT named only as where
   she goes and no adult service owning any action, a passive young
   carers referral with "-" for its lead, the nursery's speech screen with
   "-" for when, the family support worker's sessions with "-" for
   evidence, and nothing said about legal planning (F004, W001, T001,
   M001, R002);
6. a plan revised at the second core group for a 5-year-old and a
   2-year-old whose mother has depression and anxiety and drinks, typed as
   plain text with actions under three capital area headings, each with
   "Who:", "By:" and "Check:" lines (txt): faults are ten of fourteen
   actions about the mother's own health, treatment, housing and money
   with no link to the children, Talking Therapies' CBT and the
   psychiatrist's review only treating her, the women's group "as and when
   a place becomes available", an outcome about the mother only, a
   contingency that only says the core group will review and consider
   next steps, and the review conference "date to be confirmed" (F001,
   H001 x2, T002, F002, C002, R001);
7. an initial conference plan for an 8-year-old and a 5-year-old whose
   father has a brain injury and angry outbursts and whose mother has low
   mood and misuses codeine, a four-column table under agency banner rows
   ("Action / Named worker / Timescale / Outcome measure") (docx): faults
   are no word anywhere of what the children say, feel or live through,
   the CPN's weekly support visits only supporting the mother, a Family
   Hub referral with "-" for its named worker, the father's brain injury
   group with "-" for its timescale, and the parenting group with "-" for
   its measure (F003, H001, W001, T001, M001).

Three plans (1, 2 and 3) are exemplary: every action has a named owner, a
real timescale and something that can be seen, counted or read; every
outcome is about the child; each contingency has specific triggers and
protective responses and says what happens if a relative's help fails;
each records the child's words or observed days, core group dates and a
dated review conference, and legal planning after named triggers; an adult
service owns actions wherever a parent is ill or drinks, and every mental
health row asks for a view of the parent's capacity to change and its
likely timescale (the parent's own rows, such as going to the depot
clinic, are the parent's). The four faulty plans hold 22 expected findings.

Counting convention used for "actions" (README convention 1): each row of
an action table (band and banner rows excepted) and each lettered item of
the text plan counts once, whatever number of sentences it holds. Details,
the easy-read box, the history, worries, strengths, the child's words and
days, outcomes, the contingency and meeting dates are not actions.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. Review conference plan in two parts: Ellie's plan, then an adult
#    services part with a "Why this matters for Ellie" column. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b193_dunsholt_rcpc_ellies_plan_then_adult_services_part_bexley.docx",
    "doc_title": "Child Protection Plan - Ellie Bexley (review conference 08/01/2026)",
    "split": "heldout",
    "actions": 14,
    "template": "rcpc-plan-docx-kv-details-what-happened-whats-better-in-ellies-words-outcomes-then-part-1-ellies-plan-table-no-what-who-when-how-we-will-know-then-part-2-adult-services-table-with-why-this-matters-for-ellie-column-then-if-mum-becomes-unwell-meetings",
    "description": (
        "Exemplary review conference plan for a 9-year-old whose mother has paranoid schizophrenia: "
        "in September she stopped her tablets, covered the windows with foil, kept Ellie off school "
        "for nine days and told her the tap water was poisoned, and was admitted to hospital while "
        "Ellie stayed with her grandmother. The plan is in two parts: 'Ellie's plan' (social worker, "
        "school, young carers, Mum and Nan) and an 'Adult services' part planned at the CPA review, "
        "whose table has a 'Why this matters for Ellie' column: the CMHT care coordinator visits and "
        "gives each core group a written view of Lorna's progress and its likely timescale, the "
        "consultant reports on the likelihood of relapse and the timescale of change, Lorna goes to "
        "the depot clinic, the GP rings the same day about early signs, and adult social care "
        "assesses the grandmother as a carer. Ellie's words have their own heading; the contingency "
        "has named triggers, a fallback if Nan cannot help and legal planning; core group and review "
        "dates are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Dunsholt City Council Children's Services, with Dunsholt Community Mental Health Team (North), "
              "Dunsholt and Vale NHS Foundation Trust"),
        ("p", "Agreed at the review child protection conference on 08/01/2026. Part 2 was planned with Lorna, "
              "her care coordinator and her consultant at Lorna's CPA review on 06/01/2026."),
        ("kv", [
            ("Child", "Ellie Bexley, born 14/03/2016 (9), Year 5 at Harefield Lane Primary School"),
            ("Address", "23 Copperfield Road, Dunsholt DS4 8LW"),
            ("Mother", "Lorna Bexley (38). Diagnosis: paranoid schizophrenia (2014). On the Care Programme "
                       "Approach with Dunsholt CMHT North."),
            ("Father", "Ellie's father lives in Inverlochy and has had no contact since 2019"),
            ("Maternal grandmother", "Margaret (Peggy) Bexley (66), 2 Linden Close, Dunsholt"),
            ("Category", "Emotional abuse and neglect. Initial conference 09/10/2025."),
            ("Chair", "Rukhsana Begum, independent reviewing officer"),
            ("Social worker", "Hannah Cole, Child Protection Team East (team manager: Gareth Moore)"),
            ("Care coordinator", "Marcus Adebayo, CPN, Dunsholt CMHT North"),
            ("Consultant", "Dr Fiona Kerr, consultant psychiatrist, Dunsholt CMHT North"),
            ("School", "Harefield Lane Primary School: Mrs Joanne Reid, deputy head and DSL"),
        ]),
        ("h1", "What happened"),
        ("p", "Lorna has lived with schizophrenia since she was 27. She was well for four years on tablets, "
              "but in August 2025 she stopped taking them because she thought they were making her put on "
              "weight. By September she believed the neighbours were watching her through the television. "
              "She covered the windows with kitchen foil, unplugged the television and the phone, and kept "
              "Ellie off school for nine days \"to keep her safe\". Ellie ate cereal and crisps, and because "
              "Lorna told her the tap water was being poisoned she drank only cans of pop. School raised the "
              "alarm on 22/09/2025. Lorna agreed to go into the Ashgrove Unit as an informal patient from "
              "23/09/2025 to 20/10/2025, and Ellie stayed with Nan."),
        ("p", "Since she came home Lorna has had a depot injection every four weeks instead of tablets. She "
              "has not had any symptoms since November. She says she understands now that the ideas about the "
              "neighbours were her illness, but she did not notice them coming on, and nor did anyone else "
              "until Ellie had been off school for a week."),
        ("h1", "What is better since October"),
        ("bullets", [
            "Lorna has had every depot injection on the day it was due.",
            "Ellie has been in school every day this term, on time, with a packed lunch.",
            "Lorna and Ellie go to the young carers' family evening together, and Lorna has talked to Ellie "
            "about her illness for the first time.",
            "Nan has Ellie every Saturday and knows Lorna's early warning signs.",
            "Lorna agreed to her care coordinator sharing her relapse signs with Hannah and Nan.",
        ]),
        ("h1", "In Ellie's words"),
        ("p", "Hannah saw Ellie on her own at school on 05/01/2026 and at home on 07/01/2026."),
        ("bullets", [
            "\"When Mum's getting poorly her eyes go funny and she whispers, and she stops watching telly.\"",
            "\"I didn't drink the water because Mum said. Now I know it was the illness talking, not Mum.\"",
            "\"I liked staying at Nan's but I missed my room. I want to live with Mum.\"",
            "\"I want someone to tell me when Mum is getting poorly, so it's not a secret and I'm not the "
            "only one who knows.\"",
            "On Hannah's scale of 0 (really worried) to 10 (not worried at all) Ellie put home at 7: \"because "
            "Mum has her injection now, but I still check the windows when I get home.\"",
            "She would like to go back to netball, and she likes \"Nan's Saturdays\" and the young carers group "
            "\"because no one there thinks it's weird\".",
        ]),
        ("h1", "What we want for Ellie"),
        ("numbers", [
            "Ellie lives at home with a mum who is well enough to care for her, and if Mum becomes unwell Ellie "
            "is looked after by Nan or another safe adult the same day.",
            "Ellie is in school every day and on time, having had breakfast, with a packed lunch.",
            "Ellie understands Mum's illness in words that make sense to her, knows its warning signs and who "
            "to tell, and no longer carries the worry on her own.",
            "Ellie has time to be a 9-year-old: netball, friends and Saturdays with Nan.",
        ]),
        ("h1", "Part 1: Ellie's plan"),
        ("p", "Children's services, school, the young carers service and the family."),
        ("table", {
            "header": ["No.", "What will happen", "Who", "When", "How we will know"],
            "widths": [1.1, 6.4, 3.2, 3.0, 3.3],
            "rows": [
                ["1.1",
                 "Visit Ellie at home, one visit in three unannounced. See Ellie on her own, see her bedroom and "
                 "the kitchen, and ask her how Mum has been sleeping and whether the windows have been covered.",
                 "Hannah Cole, social worker",
                 "Every two weeks until the review conference",
                 "Visit record on Ellie's file within 48 hours, with Ellie's own words and what was seen"],
                ["1.2",
                 "Six sessions of direct work with Ellie using the 'My Mum's Illness' workbook: what "
                 "schizophrenia is, Mum's warning signs, and who Ellie can ring.",
                 "Hannah Cole, social worker",
                 "Weekly, 20/01/2026 to 24/02/2026",
                 "Completed workbook on file; at the last session Ellie names three warning signs and two adults "
                 "she would ring"],
                ["1.3",
                 "Young carers assessment for Ellie, then a place at the Thursday young carers group at Dunsholt "
                 "Youth Hub.",
                 "Asha Patel, young carers worker, Dunsholt Young Carers Service",
                 "Assessment by 13/02/2026; the group every Thursday, 4pm to 5.30pm, after that",
                 "Assessment on Ellie's file by 13/02/2026; group register sent to Hannah at the end of each "
                 "month"],
                ["1.4",
                 "Morning check-in with Ellie in the nurture room: has she had breakfast, has she got her "
                 "packed lunch, and how was Mum last night.",
                 "Mrs Joanne Reid, DSL, Harefield Lane Primary School",
                 "Every school day at 8.50am",
                 "Check-in sheet logged on CPOMS; summary e-mailed to Hannah every Friday"],
                ["1.5",
                 "First-day calling: ring Lorna by 9.30am if Ellie is not in school, and ring Hannah by 10am if "
                 "Lorna does not answer.",
                 "Mrs Joanne Reid, DSL",
                 "Every school day",
                 "First-day call log; Ellie's attendance at 95% or more at the February half term (13/02/2026)"],
                ["1.6",
                 "Get Ellie up, give her breakfast and walk her to school for 8.45am with her packed lunch.",
                 "Lorna Bexley (Mum)",
                 "Every school day",
                 "The register and Mrs Reid's check-in sheet"],
                ["1.7",
                 "Write a 'When Mum is poorly' plan with Ellie: who Ellie goes to, the numbers she rings and what "
                 "she can say at school. A copy goes in Ellie's school bag, to Mrs Reid, to Nan and into Lorna's "
                 "CPA crisis plan.",
                 "Lorna and Hannah together, with Ellie",
                 "By 06/02/2026",
                 "Plan signed by Lorna and Ellie on file; Mrs Reid and Marcus each confirm by e-mail that they "
                 "hold a copy"],
                ["1.8",
                 "Ellie stays at Nan's, 10am to 4pm, with her tea. Nan writes down anything she notices about "
                 "Lorna's sleep or worries, and rings Marcus if she sees one of Lorna's warning signs.",
                 "Peggy Bexley (Nan)",
                 "Every Saturday",
                 "Nan's notebook, read by Hannah at every visit; any call to Marcus in his contact record"],
                ["1.9",
                 "Take Ellie to Dunsholt Juniors netball club and collect her.",
                 "Lorna Bexley (Mum)",
                 "Every Wednesday, 5pm to 6pm, from 21/01/2026",
                 "Club register, checked by Hannah at each core group"],
            ],
        }),
        ("h1", "Part 2: Adult services"),
        ("p", "Planned with Lorna, Marcus and Dr Kerr at the CPA review on 06/01/2026. Each row says why it "
              "matters for Ellie."),
        ("table", {
            "header": ["No.", "What adult services will do", "Who", "When", "Why this matters for Ellie",
                       "How we will know"],
            "widths": [1.0, 4.6, 2.8, 2.5, 3.2, 2.9],
            "rows": [
                ["2.1",
                 "Home visits to Lorna to check her sleep, her early warning signs and her medication, and a "
                 "written view to each core group on whether Lorna is making and keeping the changes Ellie "
                 "needs, what is still to change and how long that is likely to take",
                 "Marcus Adebayo, care coordinator (CPN), Dunsholt CMHT North",
                 "Every two weeks, in the weeks between Hannah's visits; written view 2 working days before each "
                 "core group",
                 "So that a professional sees Mum every week, and a relapse is noticed before Ellie has to cope "
                 "on her own",
                 "Contact notes to Hannah within 2 working days; written view on file before each core group; "
                 "any warning sign phoned to Hannah the same day"],
                ["2.2",
                 "Go to the CMHT depot clinic for her injection",
                 "Lorna Bexley (Mum)",
                 "Every four weeks: 22/01/2026, 19/02/2026 and 19/03/2026, then as booked at four-weekly "
                 "intervals",
                 "Because when Lorna stopped her tablets last summer she kept Ellie off school and told her "
                 "the tap water was poisoned",
                 "Depot clinic record sent to Hannah by Marcus each month; a missed injection phoned to Hannah "
                 "the same day"],
                ["2.3",
                 "Outpatient review of Lorna's treatment, and a written report to the review conference on how "
                 "likely a relapse is, the signs to look for, what Lorna still has to change, the likely "
                 "timescale, and what this means for her care of Ellie",
                 "Dr Fiona Kerr, consultant psychiatrist, Dunsholt CMHT North",
                 "Review on 05/03/2026; report by 26/03/2026",
                 "So that the conference can judge whether Ellie can safely keep living with Mum",
                 "Report on Hannah's file and with the chair by 26/03/2026"],
                ["2.4",
                 "Ring Hannah and Marcus if Lorna misses collecting a repeat prescription, asks to stop or change "
                 "her medication, or comes to the surgery worried about her neighbours",
                 "Dr Samir Haddad, GP, Linden Road Surgery",
                 "The same day, each time it happens",
                 "These were the first signs last summer, weeks before Ellie was kept at home",
                 "Call recorded in Lorna's GP notes and on Hannah's case file"],
                ["2.5",
                 "Carer's assessment for Peggy, as Lorna's carer and Ellie's Saturday carer, with a carer's "
                 "support plan",
                 "Jo Lamb, carers' assessor, Dunsholt Adult Social Care",
                 "By 27/02/2026",
                 "So that Nan can keep having Ellie and be there for her if Mum becomes unwell",
                 "Carer's support plan letter to Peggy, copied to Hannah, by 27/02/2026"],
            ],
        }),
        ("h1", "If Mum becomes unwell"),
        ("p", "Lorna's early warning signs, from her CPA crisis plan: sleeping less than four hours a night for "
              "two nights; covering the windows or unplugging the television; talking about the neighbours, "
              "the television or the water; missing or refusing her depot injection."),
        ("bullets", [
            "If anyone sees one of these signs, they ring Marcus (or the Dunsholt crisis team out of hours) and "
            "Hannah the same day. Marcus or the crisis team sees Lorna within 24 hours, and Ellie stays at Nan's "
            "from that evening until Marcus or the crisis team says Lorna is well enough to care for her.",
            "If Lorna is admitted to hospital, Ellie goes to Nan's that day. Hannah visits Ellie there within 2 "
            "working days and then every week, and tells Mrs Reid the same day.",
            "If Nan cannot have Ellie (she is ill, away, or it is not working out), Hannah, or the Emergency Duty "
            "Team out of hours, takes Ellie to Lorna's cousin Denise Park, 14 Fenwick Street (agreed with Denise "
            "on 07/01/2026). If Denise cannot have her either, Ellie goes to approved foster carers that day.",
            "If Ellie is kept off school, or says that Mum has told her about poison, the neighbours or the "
            "television, Mrs Reid rings Hannah straight away and Hannah holds a strategy discussion with the "
            "police and the CMHT the same day.",
            "If Lorna misses or refuses a depot injection and does not have it within 7 days, or Ellie has to go "
            "to Nan's because Lorna is unwell more than once before the review conference, Hannah asks Gareth "
            "Moore (team manager) for a legal planning meeting within 10 working days.",
        ]),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks at Harefield Lane Primary School, Thursdays at 3.30pm: 29/01/2026, "
            "26/02/2026, 26/03/2026, 23/04/2026, 21/05/2026 and 18/06/2026. Marcus attends or sends his written "
            "view.",
            "Review child protection conference: 02/07/2026 at 10am, Dunsholt Civic Centre.",
        ]),
        ("p", "Plan sent to Lorna, Peggy and every agency on 12/01/2026."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Initial conference plan for a baby whose mother has a learning
#    disability and epilepsy: easy-read box, Poppy's day, and a landscape
#    table with "Lead" and "Alongside" columns. Header and footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b193_drabwick_icpc_baby_lead_alongside_columns_moss.pdf",
    "doc_title": "Child Protection Plan - Poppy Moss (initial conference 15/01/2026)",
    "split": "heldout",
    "actions": 14,
    "landscape": True,
    "min_pages": 2,
    "header": "Drabwick Council Children's Services · OFFICIAL-SENSITIVE",
    "footer": "Poppy Moss · Child protection plan, initial conference 15/01/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "icpc-baby-plan-paged-landscape-header-footer-easy-read-box-for-mum-then-kv-details-why-going-well-poppys-day-outcomes-then-no-what-we-will-do-lead-alongside-when-what-we-will-see-table-joint-work-with-ld-nurse-epilepsy-nurse-adult-social-care-then-if-things-go-wrong-meetings",
    "description": (
        "Exemplary initial conference plan for a 15-week-old baby whose mother has a mild learning "
        "disability and epilepsy: she missed doses of her tablets after the birth, had a seizure on "
        "the sofa while holding Poppy, and Poppy fell and bruised her head; Poppy's weight has also "
        "dropped from the 25th to the 9th centile because her feeds were made up too weak. An "
        "easy-read box for the mother opens the plan; 'Poppy's day' records what the health visitor "
        "and social worker have seen. The plan is a landscape table with 'Lead' and 'Alongside' "
        "columns for joint work: the health visitor with the learning disability nurse, the epilepsy "
        "specialist nurse, the GP's weekly dispensing, adult social care's Care Act assessment, and "
        "the learning disability nurse's report on what the mother has learned and how long further "
        "learning is likely to take. The paternal grandmother's mornings have a named fallback; legal "
        "planning follows named triggers; core group and review dates are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan for Poppy Moss"),
        ("p", "Agreed at the initial child protection conference on 15/01/2026 at Drabwick Civic Centre. "
              "Chloe and Ryan were there, with Chloe's advocate, Sue Barker (Drabwick Advocacy)."),
        ("table", {
            "rows": [
                ["This plan in easy words, for Chloe"],
                ["Poppy fell when you had a seizure. She bumped her head.\n"
                 "Poppy's milk was too weak, so she did not grow enough.\n"
                 "You love Poppy and you want to keep her safe.\n"
                 "Lots of people will help you and Ryan learn how.\n"
                 "We want Poppy to be safe, to grow, and to stay with you and Ryan.\n"
                 "The big table in this plan says who will help you, and when."],
            ],
            "widths": [25.7],
            "bold_first_col": False,
        }),
        ("h1", "About Poppy and her family"),
        ("kv", [
            ("Baby", "Poppy Moss, born 02/10/2025 (15 weeks at the conference)"),
            ("Address", "Flat 6, Kestrel House, Ferrier Street, Drabwick DB2 4NE"),
            ("Mother", "Chloe Pennant (21). Mild learning disability (assessed by the Drabwick Community "
                       "Learning Disability Team in 2021). Epilepsy (tonic-clonic seizures), on lamotrigine."),
            ("Father", "Ryan Moss (24), warehouse operative, works 7am to 3.30pm Monday to Friday"),
            ("Paternal grandmother", "Tina Moss (52), 8 Hawthorn Road, Drabwick (ten minutes' walk)"),
            ("Category", "Neglect"),
            ("Social worker", "Lisa Hart, Assessment and Child Protection Team (team manager: Helen Tate)"),
            ("Health visitor", "Amy Carter, Drabwick 0-19 Service"),
            ("Learning disability nurse", "Gemma Rowe, Drabwick Community Learning Disability Team"),
            ("Epilepsy nurse", "Neil Frost, epilepsy specialist nurse, Drabwick General Hospital"),
            ("GP", "Dr Priya Shah, Millbrook Surgery"),
        ]),
        ("h1", "Why Poppy has a plan"),
        ("p", "Chloe's epilepsy was well controlled before her pregnancy. Her lamotrigine dose was changed after "
              "the birth, and she did not understand the new timings, so she missed doses. On 28/11/2025 she had "
              "a seizure on the sofa while holding Poppy, who was 8 weeks old. Poppy fell to the floor. Ryan was "
              "at work; a neighbour heard Chloe's phone alarm and found her coming round. At Drabwick General "
              "Hospital Poppy had a bruise on her forehead and no fracture."),
        ("p", "When Amy weighed Poppy on 02/12/2025 she had dropped from the 25th to the 9th centile. Chloe had "
              "been using one scoop of formula to every 60ml of water, because the picture on the tin was hard "
              "for her to follow. Chloe loves Poppy and wants to learn; she finds written information and long "
              "explanations hard, and she needs things shown to her more than once."),
        ("h1", "What is going well"),
        ("bullets", [
            "Chloe and Ryan have been to every appointment since the fall, and asked for help with the feeds "
            "themselves.",
            "Since 03/12/2025 Poppy's feeds have been made up with Amy there twice a week, and Poppy has gained "
            "weight every week.",
            "Tina has offered to be at the flat every weekday morning while Ryan is at work.",
            "Ryan takes his turn with the night feeds and knows how to put Chloe in the recovery position.",
        ]),
        ("h1", "Poppy's day"),
        ("p", "Poppy cannot tell us what her days are like, so this is what Amy and Lisa have seen on their "
              "visits. Poppy wakes at about 6am and Ryan gives her a bottle before he goes to work. She is "
              "alert and follows faces; when Chloe sings to her she kicks her legs and smiles. She feeds every "
              "three to four hours and finishes her bottles quickly, and before December she often cried within "
              "an hour of a feed. On Lisa's visit on 09/01/2026 Poppy was lying on her mat on the floor while "
              "Chloe sat beside her, and she settled on Tina's shoulder after her bath. She sleeps in a Moses "
              "basket next to her parents' bed."),
        ("h1", "What we want for Poppy"),
        ("numbers", [
            "Poppy is safe if Mum has a seizure: she is not bathed, carried on the stairs or left on a raised "
            "surface by Mum on her own.",
            "Poppy's feeds are made up the right way, and she is back on her 25th centile line by the review "
            "conference.",
            "Poppy is cared for by parents who know how to keep her safe, with help that fits the way Mum "
            "learns.",
            "Poppy has her health checks and immunisations on time.",
        ]),
        ("h1", "The plan"),
        ("p", "The Lead is the person responsible for each step. The people Alongside help with it; it is still "
              "the Lead's step."),
        ("table", {
            "header": ["No.", "What we will do", "Lead", "Alongside", "When", "What we will see"],
            "widths": [1.1, 7.6, 4.0, 3.4, 4.0, 5.6],
            "rows": [
                ["1",
                 "Weigh Poppy, and watch Chloe make up a feed (one level scoop to every 30ml of cooled boiled "
                 "water) using the feeding picture card",
                 "Amy Carter, health visitor",
                 "Gemma Rowe, LD nurse (first two visits)",
                 "Every week until Poppy is back on the 25th centile, then every two weeks until the review "
                 "conference",
                 "Weight plotted in the red book, with Poppy back on the 25th centile by 12/03/2026; a feed made "
                 "up correctly at every visit, noted in the HV record"],
                ["2",
                 "Make a photo guide with Chloe, in her own words, for making up feeds and sterilising bottles, "
                 "and check she can follow it without prompts",
                 "Amy Carter, health visitor",
                 "Gemma Rowe, LD nurse",
                 "Guide made by 30/01/2026; checked at each of Amy's visits until 27/02/2026",
                 "Photo guide on the kitchen wall; Amy sees Chloe make a feed and sterilise the bottles without "
                 "prompts on three visits in a row"],
                ["3",
                 "Written report on what Chloe has learned about caring for Poppy, what she still needs help "
                 "with, how long further learning is likely to take, and what support she will need in the "
                 "long term",
                 "Gemma Rowe, learning disability nurse, Drabwick Community Learning Disability Team",
                 "Lisa Hart, social worker",
                 "Two working days before each core group (27/01/2026, 24/02/2026 and 24/03/2026)",
                 "Report on Lisa's file before each core group, with an easy-read copy given to Chloe"],
                ["4",
                 "Epilepsy review: check Chloe's tablets and their timings since the birth, and agree safe ways "
                 "to care for Poppy with epilepsy (changing on the floor, no bathing or stairs alone, pram "
                 "straps always on)",
                 "Neil Frost, epilepsy specialist nurse",
                 "Gemma Rowe, LD nurse (easy-read copy)",
                 "By 06/02/2026",
                 "Epilepsy care plan, with an easy-read copy, given to Chloe and sent to Lisa by 06/02/2026"],
                ["5",
                 "Take her epilepsy tablets at 8am and 8pm when the phone alarm goes off, and write any seizure or "
                 "missed dose in her seizure diary",
                 "Chloe Pennant (Mum)",
                 "Ryan Moss (Dad)",
                 "Every day, from 16/01/2026",
                 "Seizure diary and dosette box seen by Gemma and Lisa at every visit, with no missed doses"],
                ["6",
                 "Change Chloe's prescription to weekly dispensing in a dosette box, because missed doses came "
                 "before the seizure when Poppy fell, and tell Lisa if a week's box is not collected",
                 "Dr Priya Shah, GP, Millbrook Surgery",
                 "Millbrook Pharmacy",
                 "From 23/01/2026, collections checked every week",
                 "Pharmacy collection record e-mailed to Lisa on the first Monday of each month"],
                ["7",
                 "Keep the home safety rules: Poppy is changed on her mat on the floor, and Chloe does not bath "
                 "Poppy or carry her on the stairs unless Ryan or Tina is there",
                 "Chloe and Ryan",
                 "Tina Moss (Nan)",
                 "Every day, from 15/01/2026",
                 "Home safety chart ticked each day; Lisa and Amy see the changing mat on the floor at every "
                 "visit"],
                ["8",
                 "Be at the flat every weekday morning while Ryan is at work, and give Poppy her bath",
                 "Tina Moss (paternal grandmother)",
                 "Chloe",
                 "Monday to Friday, 8am to 12pm, from 19/01/2026",
                 "Visit sheet on the fridge signed by Tina each day, checked by Lisa at every visit"],
                ["9",
                 "Do Poppy's 10pm and 2am feeds, so that Chloe gets a full night's sleep (tiredness makes her "
                 "seizures more likely)",
                 "Ryan Moss (Dad)",
                 "Chloe",
                 "Every night, from 15/01/2026",
                 "Feed chart filled in by Ryan, seen by Amy at each visit"],
                ["10",
                 "PAMS parenting assessment of Chloe and Ryan, in short sessions with pictures and repeated steps "
                 "to fit Chloe's learning",
                 "Lisa Hart, social worker (PAMS trained)",
                 "Gemma Rowe, LD nurse",
                 "Weekly sessions from 20/01/2026; report by 20/03/2026",
                 "PAMS report with a recommendation, shared with Chloe and Ryan (easy-read copy for Chloe) and "
                 "the core group by 20/03/2026"],
                ["11",
                 "Home visits: see Poppy awake, her Moses basket, and where she is changed and fed; one visit in "
                 "three unannounced",
                 "Lisa Hart, social worker",
                 "Amy Carter, HV (a joint visit once a month)",
                 "Every week until the review conference",
                 "Visit record on Poppy's file within 48 hours, saying where Poppy was and who was with her"],
                ["12",
                 "Care Act assessment of Chloe's support needs as Poppy's mum (appointments, shopping, money, "
                 "reading letters), with a support plan",
                 "Mark Ellison, social worker, Drabwick Adult Social Care (Learning Disability Team)",
                 "Lisa Hart, social worker",
                 "Assessment and support plan by 27/02/2026",
                 "Support plan letter shared with Chloe and the core group by 27/02/2026"],
                ["13",
                 "Take Poppy to the Little Steps group at Drabwick Family Hub, for parents who learn in different "
                 "ways",
                 "Chloe Pennant (Mum)",
                 "Tina Moss (Nan), to get there",
                 "Every Tuesday, 10am to 11.30am, from 20/01/2026",
                 "Group register sent to Lisa monthly; the group worker's notes of Chloe playing with Poppy on "
                 "the mat"],
                ["14",
                 "Poppy's 16-week immunisations",
                 "Practice nurse, Millbrook Surgery",
                 "Chloe (to bring Poppy)",
                 "By 05/02/2026",
                 "Recorded in the red book and on Poppy's GP record"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Chloe has a seizure while she is caring for Poppy, whoever is there checks Poppy, rings 999 if "
            "Poppy is hurt or Chloe has not come round within 5 minutes, and rings Lisa (or the Emergency Duty "
            "Team out of hours) the same day. Chloe does not care for Poppy on her own again until Neil Frost "
            "has reviewed her, within 5 working days; until then Ryan takes carer's leave or Tina stays at the "
            "flat.",
            "If Poppy has any mark or injury that no one can explain, Amy or Lisa arranges a child protection "
            "medical that day, and Lisa holds a strategy discussion with the police the same day.",
            "If Poppy loses weight at two weighs in a row, or drops below the 9th centile, Amy refers her to "
            "Dr Jameson, paediatrician at Drabwick General Hospital, within the week, and Lisa asks Helen Tate "
            "(team manager) for a legal planning meeting within 10 working days.",
            "If Tina cannot be at the flat in the mornings (she is ill, on holiday, or it is not working out), "
            "Tina or Chloe rings Lisa that day. Ryan's sister, Kayleigh Moss, 21 Hawthorn Road (agreed on "
            "13/01/2026), comes instead. If Kayleigh cannot come, Lisa books a family support worker from the "
            "Family Hub to be at the flat that morning, and Poppy's bath waits until Ryan is home.",
            "If the PAMS report says Chloe and Ryan cannot keep Poppy safe even with the help in this plan, Lisa "
            "asks for a legal planning meeting before the review conference.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks at Drabwick Family Hub, Thursdays at 10am: 29/01/2026, 26/02/2026 and "
            "26/03/2026. Gemma gives Chloe easy-read notes after each one.",
            "Review child protection conference: 09/04/2026 at 10am, Drabwick Civic Centre.",
        ]),
        ("p", "Plan sent to Chloe (with an easy-read copy), Ryan, Tina and every agency on 19/01/2026."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Plan revised at the first core group, written as a worry-led table:
#    the worry in the family's words, then one cell with who, what, when and
#    how we'll know. Mother drinks, father due out of prison. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b193_dellerby_core_group_worry_led_two_column_haworth.md",
    "split": "heldout",
    "actions": 12,
    "template": "core-group-1-revised-plan-md-details-table-whos-who-lines-what-happened-going-well-what-it-is-like-for-zara-heading-tyler-in-a-paragraph-outcomes-then-worry-led-table-no-the-worry-in-family-words-what-will-happen-who-when-how-well-know-in-one-cell-then-if-things-go-wrong-meetings",
    "description": (
        "Exemplary plan revised at the first core group for an 11-year-old and a 6-year-old whose "
        "mother is alcohol dependent (a community detox in December) and whose father is in prison "
        "and due for release on licence in March, with a history of pushing the mother. The plan is "
        "a worry-led table: each row names a worry for the children in the words used with the "
        "family, then one cell says who will do what, when and how we'll know. Adult services own "
        "work tied to the children: the drug and alcohol service's key work and breath tests, its "
        "written report on the likelihood and timescale of change, the GP's monthly blood tests, "
        "the probation officer's licence conditions and a joint home address check. 'What it is "
        "like for Zara' has its own heading and Tyler's days sit in a paragraph. The aunt's evening "
        "calls have a fallback; legal planning follows named triggers; core group and review dates "
        "are set."
    ),
    "text": """\
# Dellerby Borough Council · Children's Services

## Child protection plan: Zara and Tyler Haworth

*Revised at the first core group on 28/01/2026, from the plan made at the initial child protection
conference on 20/01/2026. The actions are the same as the conference agreed; the core group put them
in this form so that Kelly, Zara and Tyler can see which worry each one is about.*

| | |
|---|---|
| **Children** | Zara Haworth, born 11/06/2014 (11), Year 7 at Dellerby Academy; Tyler Haworth, born 30/08/2019 (6), Year 1 at Brookside Infant School |
| **Home** | 41 Mill Row, Dellerby DL7 3RT, with their mum, Kelly Haworth (34) |
| **Dad** | Dean Haworth (36), HMP Farrowgate; due for release on licence on 16/03/2026 |
| **Aunt** | Gemma Haworth (Kelly's sister), 9 Ribble Close, Dellerby |
| **Category** | Neglect (both children) |
| **Social worker** | Chris Nolan, Safeguarding and Support Team (team manager: Jo Pearce) |

**Who's who.** Nat Bhatti is Kelly's recovery worker at Dellerby Pathways, the drug and alcohol
service. Dr Leah Marsh is the family's GP at Canal Street Surgery. Sam Okoro is Dean's probation
officer at the Dellerby Probation Delivery Unit. Mr Sean Collins is Zara's Head of Year and Mrs Karen
Lane is the DSL at Brookside Infant School. Amy Rhodes works for Dellerby Young Carers.

### What happened

Kelly has drunk heavily since Dean went to prison in 2024. In the autumn she was drinking a bottle of
vodka most evenings. On 18/11/2025 Zara rang 999 because Kelly had fallen in the kitchen and cut her
head, and Zara could not wake her properly; Tyler was asleep upstairs. Zara told the police she had
been putting Tyler to bed and getting him to school on her own "for ages". Kelly had a community detox
with Dellerby Pathways, which ended on 12/12/2025, and has not had a drink since, by her account and
by her breath tests.

Dean was sent to prison in March 2024 for burglary. In 2023 the police were called twice to arguments
between Kelly and Dean, and on one of them Dean pushed Kelly into a door while Zara watched. Dean wants
to come home to Mill Row when he is released. Kelly has not decided whether she wants him to.

### What is going well

- Kelly's breath tests at Pathways have all been 0.00 since 12/12/2025, and she has not missed a session.
- Zara has been in school every day since Christmas.
- Gemma rings Kelly every evening, and Kelly says that helps.
- Dean has written to Zara and Tyler every week from prison, and asked for Chris's phone number so he
  can talk to her about the children.

### What it is like for Zara

Chris saw Zara on her own at school on 23/01/2026.

> "When Mum's had vodka she goes really smiley and then she cries. I put Tyler to bed and read him the
> dinosaur book so he doesn't see."

> "I used to pour it down the sink. I hid the bottles in my wardrobe. Is that bad?"

> "I want Dad to come home but not if they shout again. The pushing was the worst thing."

Zara put home at 5 on a scale of 0 to 10: "It's better now Mum's stopped, but I still check on her
when I get in." She said the thing she would most like is "to not be the one in charge".

Tyler told Chris at home on 26/01/2026 that "Mummy sleeps on the settee a lot" and that "Zara does my
tea". Mrs Lane says he arrives at school hungry on Mondays and eats two breakfasts if he can. He likes
Lego and wants "Daddy to come to my birthday".

### What we want for Zara and Tyler

1. Zara and Tyler are cared for every day and every night by a sober adult, and Zara is no longer in
   charge of Tyler or Mum.
2. Zara and Tyler go to school every day, on time and having had breakfast.
3. Zara and Tyler are safe from arguments and violence between Mum and Dad when Dad is released, and
   have their say in how and when they see him.
4. Zara and Tyler understand Mum's drinking and Dad's prison sentence in words that make sense to
   them, and know who to tell if they are worried.

### The plan: each worry, and what we will do about it

| No. | The worry | What will happen: who, when, and how we'll know |
|---|---|---|
| 1 | When Mum drinks, Zara puts Tyler to bed and hides the bottles. | Kelly will go to her key work session with Nat Bhatti at Dellerby Pathways every Tuesday at 11am and give a breath test at each one. Nat e-mails Chris the attendance and the reading every Friday; we'll know it is working when every reading is 0.00 and no session is missed. |
| 2 | We do not yet know whether Mum can stay sober for long enough for Zara and Tyler to rely on it. | Nat Bhatti (recovery worker, Dellerby Pathways) will write a report for the review conference on Kelly's drinking since her detox ended, what she has changed, what is left to change, how likely she is to stay sober and how long that is likely to take. The report will be on Chris's file by 02/04/2026. |
| 3 | A breath test only shows the day it is done, and Zara says Mum used to drink at night. | Dr Leah Marsh, GP at Canal Street Surgery, will take a blood test of Kelly's liver (GGT and CDT) on the first Monday of each month from 02/02/2026 and send Chris each result within a week. Results inside the normal range will show Kelly has not been drinking heavily. |
| 4 | There would be no sober adult in the house at night if Mum drank. | Aunt Gemma will ring Kelly at 8pm every evening, and go round to Mill Row if Kelly sounds drunk or does not answer. Gemma texts Chris each Sunday with the week's calls, and Chris reads Gemma's call log at each visit. |
| 5 | Zara is tired in lessons and keeps her worries to herself. | Mr Sean Collins, Head of Year 7 at Dellerby Academy, will meet Zara at morning break every Monday and Thursday to ask how things are at home. He e-mails Chris a note of the meetings every other Friday, and Zara's attendance will be 95% or more at the Easter holidays (27/03/2026). |
| 6 | Zara looks after Tyler and Mum and has no time that is her own. | Amy Rhodes, Dellerby Young Carers, will complete a young carers assessment with Zara by 27/02/2026 and offer her a place at the Wednesday group from the week after. The assessment will be on Chris's file by 27/02/2026 and the group register sent to Chris each month. |
| 7 | Tyler goes to school hungry when Mum is poorly. | Mrs Karen Lane, DSL at Brookside Infant School, will give Tyler a breakfast club place every school day from 02/02/2026, and ring Chris by 9.30am if he is not in. The breakfast club register goes to Chris every Friday. |
| 8 | Dad is due out on 16/03/2026, and no one knows yet where he will live or what his licence will say. | Sam Okoro, Dean's probation officer, will send Chris Dean's release date, his release address and his licence conditions, including any condition about contact with Kelly and the children, by 02/03/2026. Chris will have the conditions in writing on the children's file by that date. |
| 9 | Zara remembers Dad pushing Mum, and is frightened it could happen again at home. | Sam Okoro and Chris Nolan will visit 41 Mill Row together for the home address check, by 06/03/2026 and before any decision that Dean can live there. The written result of the check goes to Kelly, Dean and the core group within 2 working days of the visit. |
| 10 | Zara and Tyler have not yet had their say about Dad coming out. | Chris Nolan (social worker) will see Zara and Tyler on their own about Dad's release: whether they want to see him, where and how often. Each child's words will be written down and shared with Sam Okoro by 27/02/2026. |
| 11 | Nobody from outside the family has seen the children at home in the evening. | Chris Nolan will visit 41 Mill Row every two weeks until the review conference, one visit in three after 6pm, and see Zara and Tyler on their own each time. The visit record will be on file within 48 hours, with what each child said. |
| 12 | Zara and Tyler do not understand why Mum drinks or why Dad is in prison. | Chris Nolan will do four sessions of direct work with Zara and two with Tyler, using Three Houses drawings, between 09/02/2026 and 13/03/2026. The drawings and each child's words will be on file, and both children will name a safe adult they would ring. |

### If things go wrong

- **If Kelly drinks.** If Kelly has a breath reading above 0.00, a blood result outside the normal range,
  or is found or heard to be drunk while the children are with her, Gemma takes Zara and Tyler to 9
  Ribble Close that night, and Kelly does not care for them until Chris has seen her the next working
  day. If the children were left without a sober adult, Chris holds a strategy discussion with the police
  the same day.
- **If Gemma cannot help.** If Gemma does not answer, is away or is unwell, Kelly or Zara rings Chris (or
  the Emergency Duty Team out of hours), and Chris or the Emergency Duty Team places the children
  together with foster carers that night.
- **If Dad comes home before it is agreed.** If Dean comes to 41 Mill Row before the review conference
  has agreed it, or breaks a licence condition about Kelly or the children, Kelly rings 999, and Sam
  Okoro asks for Dean's recall to prison the same day.
- **If there is not enough change.** If Kelly has more than one reading above 0.00 or blood result outside
  the normal range before the review conference, or the children have to stay at Gemma's because Kelly
  has been drinking, Chris asks Jo Pearce (team manager) for a legal planning meeting within 10 working
  days, to decide whether to start the Public Law Outline.

### Meetings

- Core group every four weeks at Dellerby Children's Centre, Wednesdays at 4pm: 25/02/2026 and
  25/03/2026. Sam Okoro joins the meeting on 25/02/2026 to plan for Dean's release.
- Review child protection conference: 14/04/2026 at 10am, Dellerby Town Hall.

Plan sent to Kelly, Dean (through Sam Okoro), Gemma and every agency on 30/01/2026.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Initial conference plan whose table is banded by the parts of Kai's
#    day. Father drinks while the mother works nights. Header and footer.
#    Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b193_dorringford_icpc_kais_day_banded_table_thorley.pdf",
    "doc_title": "Child Protection Plan - Kai Thorley (initial conference 15/01/2026)",
    "split": "heldout",
    "actions": 16,
    "min_pages": 2,
    "header": "Dorringford Council · Children's Services · Child Protection Plan",
    "footer": "Kai Thorley · ICPC 15/01/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "icpc-plan-paged-header-footer-kv-details-why-we-are-worried-what-is-working-kais-day-hour-by-hour-with-his-words-outcomes-then-what-who-when-how-well-know-table-banded-by-parts-of-kais-day-mornings-at-school-after-school-and-nights-dads-recovery-seeing-kai-then-contingency-meetings",
    "description": (
        "Initial conference plan for a 7-year-old whose father is alcohol dependent and cares for "
        "him in the evenings while his mother works nights as a care assistant: Kai rang his mother "
        "at 11pm because his father was asleep on the kitchen floor and would not wake. 'Kai's day' "
        "tells his day hour by hour with his words, and the plan is one table banded by the parts of "
        "his day (mornings, at school, after school and nights, Dad's recovery, seeing Kai). The "
        "drug and alcohol service, The Bridge, and the GP own the father's work and the service "
        "reports on change. Faults: the key work sessions are 'as and when Gavin asks for them'; "
        "the attendance officer's check is measured by 'Monitored by school'; 'Family' takes Kai to "
        "football; one outcome is about the father only; and the grandparents have Kai four nights "
        "and mornings a week with nothing in the contingency for their help failing."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Made at the initial child protection conference for Kai Thorley on 15/01/2026, chaired by "
              "Andrea Quinn (child protection chair). Gavin and Leanne were both at the conference."),
        ("kv", [
            ("Child", "Kai Thorley, born 07/05/2018 (7), Year 2 at Greenhill Primary School"),
            ("Address", "17 Brook Terrace, Dorringford DF5 2AJ"),
            ("Mum", "Leanne Thorley (38), care assistant at Fernlea Care Home, works 8pm to 8am four nights a week "
                    "(Sunday, Monday, Wednesday and Thursday)"),
            ("Dad", "Gavin Thorley (41), not working since June 2025"),
            ("Grandparents", "Jean and Roy Thorley (Gavin's parents), 5 Orchard Way, Dorringford"),
            ("Category", "Neglect"),
            ("Social worker", "Jade Akinola, Child Protection and Court Team (team manager: Phil Hendry)"),
            ("Recovery worker", "Tom Reilly, The Bridge (Dorringford Alcohol and Drug Service)"),
            ("School", "Greenhill Primary School: Mrs Helen Ward (DSL), Miss Priya Kaur (learning mentor)"),
        ]),
        ("h1", "Why we are worried"),
        ("p", "Gavin has drunk heavily for about five years, and more since he lost his job as a delivery driver "
              "in June 2025. He drinks strong cider, up to three litres a day, mostly in the afternoon and "
              "evening. Leanne works nights, so on four nights a week Gavin is the only adult with Kai."),
        ("p", "On 04/12/2025 Kai rang Leanne at work at 11pm because his dad was asleep on the kitchen floor and "
              "would not wake up. Leanne came home and found Gavin drunk and Kai in his school uniform, with no "
              "tea. On 10/12/2025 Gavin came to collect Kai from school smelling of alcohol and unsteady, and "
              "Mrs Ward kept Kai in school until Leanne came. School has recorded 11 late marks this term, all "
              "on mornings after Leanne's night shifts."),
        ("h1", "What is working"),
        ("bullets", [
            "Leanne acted straight away on 04/12/2025, and has changed her shifts so she is home on Tuesday, "
            "Friday and Saturday nights.",
            "Gavin says he wants to stop drinking, and went to The Bridge for the first time on 08/01/2026.",
            "Nana Jean and Grandad Roy are close by and have had Kai to stay overnight since 05/12/2025.",
            "Kai is doing well at school with reading and has a good friend, Oscar.",
        ]),
        ("h1", "Kai's day"),
        ("p", "This is Kai's day as it was before the conference, from what Kai told Jade at school on "
              "08/01/2026 and from what Leanne and the school told us."),
        ("bullets", [
            "7am: on the mornings after Mum's night shift, Kai gets himself up. \"Sometimes Daddy's still asleep "
            "so I have Coco Pops, or nothing if there's no milk.\"",
            "8.45am to 3.15pm: school. Miss Kaur says Kai is quiet on Monday and Thursday mornings and asks to "
            "go to the office to ring his mum.",
            "3.15pm to bedtime: Dad collects him, or Nana does. \"Daddy has his cans and watches the telly. I "
            "play on the tablet.\"",
            "Bedtime: \"I put myself to bed when Mummy's at work. I did it when Daddy was sleeping on the floor. "
            "It was dark and I rang Mummy from his phone.\"",
            "At Nana's: \"Nana does fish fingers and I have the big bed. I like it at Nana's. I want Daddy to "
            "stop having cans.\"",
        ]),
        ("h1", "What we want for Kai"),
        ("numbers", [
            "Kai is looked after every evening and every night by a sober adult, and never again has to put "
            "himself to bed or try to wake his dad.",
            "Kai gets to school on time every day, having had breakfast.",
            "Kai knows that Dad's drinking is not his fault, and knows who to ring if he is worried.",
            "Gavin stops drinking and sticks to his recovery plan.",
        ]),
        ("h1", "The plan, through Kai's day"),
        ("table", {
            "header": ["What will happen", "Who", "When", "How we'll know"],
            "widths": [6.6, 3.4, 3.2, 3.8],
            "rows": [
                ["Mornings: from 7am until school", H, H, H],
                ["On the mornings after Mum's night shifts, give Kai his breakfast at Nana's and walk him to "
                 "school",
                 "Jean Thorley (Nana)",
                 "The four mornings a week after Mum's night shifts",
                 "School register shows Kai in by 8.45am on those days"],
                ["On the other school mornings, get Kai up, give him breakfast and take him to school",
                 "Leanne Thorley (Mum)",
                 "Every school day Mum is not coming off a night shift",
                 "School register shows Kai in by 8.45am"],
                ["At school: 8.45am to 3.15pm", H, H, H],
                ["Check in with Kai when he arrives, using his feelings fan, and let him use his time-out card in "
                 "class when he needs to",
                 "Miss Priya Kaur, learning mentor, Greenhill Primary",
                 "Every school day at 9am",
                 "Feelings fan colour logged on CPOMS; summary e-mailed to Jade every Friday"],
                ["Keep a check on Kai's attendance and late marks",
                 "Mrs Sally Pugh, attendance officer, Greenhill Primary",
                 "Weekly",
                 "Monitored by school"],
                ["Release Kai at home time only to Mum, Nana or Grandad until the review conference; if Dad comes "
                 "to collect him, keep Kai in school and ring Mum and Jade",
                 "Mrs Helen Ward, DSL, Greenhill Primary",
                 "Every school day at 3.15pm",
                 "Collection log at the school office; any call to Jade recorded on CPOMS"],
                ["After school and nights", H, H, H],
                ["Take Kai to Dorringford Juniors football training and stay to watch",
                 "Family",
                 "Every Tuesday, 5pm to 6pm",
                 "Coach's register"],
                ["Kai sleeps at Nana and Grandad's, 5 Orchard Way, on the nights Mum works, and is in bed by 8pm",
                 "Jean and Roy Thorley (Nana and Grandad)",
                 "Every night Mum works (four nights a week) until the review conference",
                 "Jean's diary of the nights Kai stayed, read by Jade at every visit"],
                ["Do not drink any alcohol on a day Kai is at home with him, and do not be the only adult with "
                 "Kai overnight",
                 "Gavin Thorley (Dad)",
                 "From 15/01/2026 until the review conference",
                 "Breath readings at The Bridge and on Jade's unannounced visits are 0.00"],
                ["Read with Kai and put him to bed by 7.30pm on the nights she is not working",
                 "Leanne Thorley (Mum)",
                 "Every night Mum is not working",
                 "Kai's reading record signed each night and seen by Miss Kaur"],
                ["Dad's recovery, so that Kai's evenings are safe", H, H, H],
                ["Full assessment of Gavin's drinking, and a recovery care plan that says what Gavin will do so "
                 "that Kai is never again looked after by a drunk adult",
                 "Tom Reilly, recovery worker, The Bridge",
                 "Assessment by 23/01/2026",
                 "Recovery care plan copied to Jade by 30/01/2026"],
                ["One-to-one key work sessions with Gavin",
                 "Tom Reilly, The Bridge",
                 "As and when Gavin asks for them",
                 "Attendance and a breath reading at each session, in Tom's letters to Jade"],
                ["Medically assisted home detox, then acamprosate to help Gavin stay off drink",
                 "Dr Ruth Ogden, GP, Westfield Medical Practice, with The Bridge's shared care nurse",
                 "Detox in the week of 09/02/2026",
                 "Detox chart completed; GGT blood test within the normal range by 09/04/2026, result sent to "
                 "Jade"],
                ["Written report to the review conference on Gavin's progress since the assessment, what he still "
                 "has to change, how likely he is to stay sober and over what timescale",
                 "Tom Reilly, The Bridge",
                 "By 31/03/2026",
                 "Report on Jade's file by 31/03/2026"],
                ["Seeing Kai and hearing from him", H, H, H],
                ["Visit Kai at home and at Nana's, one visit in three unannounced and at least one a month after "
                 "7pm; see Kai on his own",
                 "Jade Akinola, social worker",
                 "Every two weeks until the review conference",
                 "Visit record within 48 hours, with Kai's words"],
                ["Four sessions of direct work with Kai about Dad's drinking, using the 'Bottled Up' workbook, "
                 "and make a safety card with three phone numbers for his school bag",
                 "Jade Akinola, social worker",
                 "Weekly, 20/01/2026 to 10/02/2026",
                 "Workbook on file; safety card in Kai's bag; Kai can tell Jade who he would ring"],
                ["Ring Jade if Gavin drinks while Kai is at home, or if Kai rings her at work",
                 "Leanne Thorley (Mum)",
                 "The same day, every time",
                 "Jade records each call on Kai's file"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Gavin is found drunk while he is looking after Kai, or Kai rings Mum or Nana because of Dad: "
            "Nana Jean collects Kai and he stays at 5 Orchard Way; Gavin does not look after Kai again until "
            "the core group has met; and Jade visits Kai at Nana's the next day.",
            "If Kai has been left on his own, or is hurt, Jade holds a strategy discussion with the police the "
            "same day.",
            "If a breath reading at The Bridge is above 0.00, Tom rings Jade the same day, and Kai sleeps at "
            "Nana and Grandad's every night, not only on Mum's work nights, until the core group agrees "
            "otherwise.",
            "If Gavin drinks while he is looking after Kai again, or has not finished his detox by 09/03/2026, "
            "Jade asks Phil Hendry (team manager) for a legal planning meeting within 10 working days.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks at Greenhill Primary School, Thursdays at 3.30pm: 29/01/2026, 26/02/2026 "
            "and 26/03/2026.",
            "Review child protection conference: 14/04/2026 at 2pm, Dorringford Civic Offices.",
        ]),
    ],
    "findings": [
        F("T002", "One-to-one key work sessions with Gavin"),
        F("M002", "Keep a check on Kai's attendance and late marks"),
        F("W002", "Take Kai to Dorringford Juniors football training and stay"),
        F("F002", "Gavin stops drinking and sticks to his recovery plan."),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Initial conference plan as a needs-led table with the need written once
#    over its rows. Mother has bipolar disorder; no adult service owns any
#    action. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b193_dembleford_icpc_needs_led_table_need_once_quigley.md",
    "split": "heldout",
    "actions": 12,
    "template": "icpc-plan-md-front-table-then-mums-health-section-diagnosis-line-why-worried-strengths-what-leo-and-isla-told-us-outcomes-then-needs-led-table-need-written-once-over-its-rows-action-lead-start-finish-evidence-then-if-mum-becomes-unwell-and-meetings",
    "description": (
        "Initial conference plan for a 10-year-old and a 4-year-old whose mother has bipolar "
        "disorder: she stopped her lithium in the summer and, while high, drove the children away at "
        "2am until the police found them at a motorway services; she is now low and in bed most "
        "days, and the 10-year-old makes his sister's tea. Her illness is recorded in a 'Mum's "
        "health' section with a diagnosis line, in the worries and in the children's words; the "
        "CMHT and its care coordinator are named only as where she goes, and no adult service owns "
        "any action (the mother's own row to take her lithium is hers). Beside it are a child's "
        "asthma and PE sick note, the grandmother's dementia as background, and 'a healthy diet'. "
        "The plan is a needs-led table with the need written once over its rows. Faults: no adult "
        "service owns an action; a passive young carers referral with '-' for its lead; the "
        "nursery's speech screen with '-' for when; the family support worker's sessions with '-' "
        "for evidence; and nothing about legal planning if things do not change."
    ),
    "text": """\
# Dembleford Metropolitan Borough Council

## Child protection plan: Leo and Isla Quigley

| Initial child protection conference | 14/01/2026, Dembleford Town Hall |
|---|---|
| Children | Leo Quigley, born 02/02/2015 (10), Year 6 at Castle Hill Primary School; Isla Quigley, born 19/07/2021 (4), Little Oaks Nursery |
| Address | 58 Weir Street, Dembleford DM3 9PL |
| Mum | Shannon Quigley (33) |
| Isla's dad | Craig Wells (35), 12 Bank Parade, Dembleford; has Isla every other Sunday |
| Leo's dad | Not involved; no contact since 2017 |
| Category | Neglect (both children) |
| Chair | Martin Oduya, child protection chair |
| Social worker | Sophie Grant, Dembleford Children's Social Care, Locality Team 2 |

### Mum's health

**Diagnosis:** bipolar affective disorder (2019).

Shannon is under the Dembleford Community Mental Health Team. Her care coordinator is Paul Wright, whom
she sees once a month, and she sees Dr Ahmed, consultant psychiatrist, every six months. She takes
lithium, and her GP is at Weir Street Surgery. When she is well she is a warm, organised mum. When she is
high she stops sleeping, spends money she does not have and makes sudden plans to go away; when she is
low she stays in bed for days. Shannon's mum, Brenda, has dementia and lives at Rowan Court Care Home;
Shannon visits her on Sundays.

### Why we are worried

Shannon stopped taking her lithium in July 2025 because she felt well. By October she was high. At 2am
on 23/10/2025 she woke Leo and Isla, put them in the car in their pyjamas and drove towards the coast
"for a fresh start". The police found them at Hartmoor motorway services at 5am; the children had not
eaten and Isla had wet herself. The Home Treatment Team visited Shannon every day for two weeks, and she
started her lithium again.

Since December Shannon's mental health has gone the other way. She is in bed most of the day. Leo has been
getting himself and Isla up, making toast for breakfast and tea, and taking Isla to nursery before school.
Leo missed 11 days of school in the autumn term and Isla missed 19 sessions at nursery. On two visits in
December Sophie found almost no food in the house. Leo has asthma, and in November he was off school
with a bad attack; he brought a sick note from the surgery to be excused PE for two weeks, and school
were not sure he had his inhaler with him.

### What is working

- Shannon is taking her lithium again and says she wants help "before it happens again".
- Craig has Isla every other Sunday and has offered to take her to nursery on Thursdays.
- Castle Hill Primary know Leo well, and he trusts Mr Aziz.
- Leo is a kind, funny boy who loves football and drawing.

### What Leo and Isla told us

Leo (seen on his own at school by Sophie on 09/01/2026):

> "When Mum's hyper she's fun for a bit, then it gets scary. The night in the car I held Isla's hand
> the whole time so she wouldn't cry."

> "Now she's in bed all the time. I make toast. I'm good at toast."

> "I want Mum to get better, and for someone to check on her who isn't me."

Leo scored his worry about home at 8 out of 10 ("10 is the most worried").

Isla (at nursery, 12/01/2026) drew "Mummy in bed" and "Leo doing toast". Her key person, Jess, sees her
hide food from the snack table in her coat pockets, and say "Mummy sleepy" when she is asked about home.

### What we want for Leo and Isla

1. Leo and Isla are looked after, day and night, by an adult who is well enough to do it, and are never
   again taken out of the house at night.
2. Leo and Isla go to school and nursery every day, fed and in clean clothes.
3. Leo no longer looks after Isla or Mum on his own, and has time to be ten.
4. Leo's asthma is managed at school and at home, and Isla's speech is checked and any help she needs
   is started.

### The plan

| Need | Action | Lead | Start - finish | Evidence |
|---|---|---|---|---|
| Safe at home, day and night | Take her lithium every evening and go to every appointment with her care coordinator | Shannon Quigley (Mum) | Every day from 14/01/2026 until the review conference | Shannon shows Sophie her dosette box at each visit, with no days missed |
| | Home visits to see Leo and Isla, one in three unannounced and one a month after 8pm; see Leo on his own; check the food, the beds and whether Shannon is up | Sophie Grant (SW) | Every two weeks from 20/01/2026 until the review conference | Visit records on file within 48 hours, with Leo's words |
| | Write a relapse plan with Shannon: her signs (sleeping less, spending, talking fast, plans to go away), who she rings, and who looks after Leo and Isla | Shannon and Sophie (SW) jointly | By 06/02/2026 | Signed plan on file; copies held by Castle Hill Primary and Little Oaks Nursery |
| | Ring Sophie if Shannon seems high, is not up by 10am on a nursery day, or cancels Isla's Sunday | Craig Wells (Isla's dad) | The same day, each time | Sophie's note of each call on the children's file |
| School and nursery, every day | Morning check-in with Leo: breakfast, inhaler, homework, and how things are at home | Mr Imran Aziz, DSL, Castle Hill Primary | Every school day at 8.50am | Check-in log on CPOMS; summary e-mailed to Sophie each Friday |
| | Take Isla to nursery, or arrange for Craig to take her | Shannon Quigley (Mum) | Monday to Thursday, 9am to 12pm | Nursery register, sent to Sophie every fortnight |
| | WellComm speech and language screen for Isla, and share the result with Shannon and Sophie | Jess Moore, Isla's key person, Little Oaks Nursery | - | WellComm score sheet on Isla's nursery file and with Sophie |
| Food, clean clothes and a healthy diet | Weekly sessions at home with Shannon on shopping, quick meals, a healthy diet for the children, and a washing rota | Kim Ashworth, family support worker, Dembleford Family Hub | Weekly for 12 weeks from 21/01/2026 | - |
| | Help Shannon apply to the Household Support Fund and get a food bank voucher | Kim Ashworth, family support worker | By 23/01/2026 | Payment confirmation and voucher on file |
| Leo can be a child | A referral will be made to Dembleford Young Carers for Leo, for an assessment and a place at the Friday club | - | By 30/01/2026 | Young carers assessment on Leo's file by 27/02/2026 |
| | Four sessions of direct work with Leo about Mum's illness, using "The Colours of Mum's Moods" book, and make a safety card of who to ring | Sophie Grant (SW) | Weekly from 27/01/2026 | Leo's book and safety card on file; Leo can name who he would ring |
| | Update Leo's school asthma plan with Shannon, and make sure a spare blue inhaler is kept in his classroom | Tasha Bell, school nurse, Dembleford 0-19 Service | By 13/02/2026 | Asthma plan on Leo's school file, copy to Sophie; spare inhaler in class |

### If Mum becomes unwell

- If Shannon is sleeping less than five hours a night, spending money she does not have, talking fast or
  talking about going away, whoever notices rings Sophie (or the Emergency Duty Team out of hours) the
  same day, and Sophie visits that day. If Shannon is too unwell to look after the children, Leo and Isla
  are placed together with foster carers that night, and Isla sees Craig the next day.
- If Shannon takes the children out of the house at night, or tries to leave Dembleford with them,
  anyone who knows rings 999, and Sophie holds a strategy discussion with the police the same day.
- If Leo or Isla is not in school or nursery by 9.30am and Shannon cannot be reached by 10am, Mr Aziz or
  Jess rings Sophie, who visits that morning.

### Meetings

- Core group every four weeks at Castle Hill Primary School, Tuesdays at 3.45pm: 27/01/2026, 24/02/2026
  and 24/03/2026.
- Review child protection conference: 15/04/2026 at 2pm, Dembleford Town Hall.
""",
    "findings": [
        F("W001", "A referral will be made to Dembleford Young Carers"),
        F("T001", "WellComm speech and language screen for Isla"),
        F("M001", "Weekly sessions at home with Shannon on shopping, quick meals"),
        F("F004"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Plan revised at the second core group, typed as plain text: actions
#    under three capital area headings with Who / By / Check lines. Most
#    actions are about the mother's own needs. Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b193_daxley_core_group_caps_area_headings_who_by_check_pike.txt",
    "split": "heldout",
    "actions": 14,
    "template": "core-group-2-revised-plan-txt-caps-title-label-lines-family-reason-sharons-health-working-well-mia-and-ollie-outcomes-then-action-plan-lettered-a1-a14-under-three-caps-area-headings-sharons-health-housing-and-money-the-children-each-with-indented-who-by-check-lines-then-contingency-core-group-and-review",
    "description": (
        "Plan revised at the second core group for a 5-year-old and a 2-year-old whose mother has "
        "depression and anxiety and drinks two bottles of wine most evenings, typed as plain text "
        "with lettered actions under three capital area headings, each with indented 'Who:', 'By:' "
        "and 'Check:' lines. The plan has drifted to the mother: ten of its fourteen actions are "
        "about her own health, treatment, housing and money and none of them names the children, "
        "while the children's words and days are recorded above. Faults: a parent-centred plan; "
        "Talking Therapies' CBT and the psychiatrist's outpatient review only treat her, with no "
        "view on her capacity to change; the women's group is 'as and when a place becomes "
        "available'; one outcome is about the mother only; the contingency only says the core group "
        "will meet to review and consider next steps; and the review conference date is 'to be "
        "confirmed'."
    ),
    "text": """\
DAXLEY BOROUGH COUNCIL - CHILDREN'S SERVICES
CHILD PROTECTION PLAN (REVISED AT CORE GROUP 2, 14/01/2026)

Children:        Mia Pike, born 21/09/2020 (5), Reception, Oakfield Primary School
                 Ollie Pike, born 03/11/2023 (2), at home
Address:         Flat 3, 90 Tanner Street, Daxley DX2 6HB
Mother:          Sharon Pike (36)
Ollie's father:  Jason Reed, lives in Harlow Moor; sees Ollie every other Saturday
Category:        Neglect (both children). Initial conference 08/12/2025.
Social worker:   Kerry Walsh, Family Safeguarding Team (team manager: Neil Barraclough)
Present at CG2:  Sharon Pike, Kerry Walsh (SW), Nadia Shah (HV), Mrs Claire Fry (DSL, Oakfield
                 Primary), Lisa Dunn (FSW), Dave Lyons (Open Door). Apologies: Rachel Ng (Daxley
                 Talking Therapies), Dr Owen Price (GP).


REASON FOR THE PLAN
-------------------
Mia told her teacher in November that "Mummy was asleep on the floor and Ollie was crying for ages".
Kerry visited the same day and found Sharon drunk at 3pm, Ollie in a dirty nappy and no food in the
fridge apart from milk. Mia had been late or absent on 14 days since September. Ollie has missed his
2-year review twice.


SHARON'S HEALTH
---------------
Sharon has had depression and anxiety since 2018. She takes sertraline, prescribed by her GP, but says
it "doesn't do anything". She was referred to Daxley Talking Therapies in October and to the Daxley
CMHT after she told her GP in December that she "couldn't see the point" some days. Her drinking got
worse after she lost her job in the summer: she says she drinks two bottles of wine most evenings to
help her sleep and to "take the edge off" her anxiety. She has debts of about 4,000 pounds and is
behind on her rent. She wants to move to a flat nearer her sister.


WHAT IS WORKING WELL
--------------------
- Sharon has been honest about her drinking and went to Open Door for an assessment on 05/01/2026.
- Mia's attendance since Christmas is 100%.
- Jason has had Ollie every other Saturday without a problem.
- Sharon came to both core groups and says she wants to "get back to being a proper mum".


MIA AND OLLIE
-------------
Mia (seen on her own at school by Kerry, 12/01/2026): "Mummy cries in the kitchen and drinks the
grown-up juice. Then she goes to sleep and I give Ollie his biscuits." "I like it when Mummy does
painting with me." She wants "Mummy to be happy and not sleepy" and to "have my friend Ava round to
play". Mia scored home as a 4 on her smiley-face scale (1 is sad, 10 is happy).

Ollie is 2. Nadia (HV) saw him on 09/01/2026: he has a few words ("Mama", "juice", "no"), he was
wearing a full nappy, and he went straight to Kerry for a cuddle, which Nadia noted as unusual for his
age. He is on the 25th centile for weight.


OUTCOMES
--------
1. Sharon's mood and anxiety will improve and she will feel more in control of her life.
2. Mia and Ollie are fed, clean and looked after by a sober adult every day, and Ollie has his
   2-year review.
3. Mia is in school every day and on time.


ACTION PLAN
-----------

SHARON'S HEALTH

A1.  Medication review of Sharon's sertraline dose.
     Who:    Dr Owen Price, GP, Daxley Health Centre
     By:     30/01/2026
     Check:  Review letter copied to Kerry

A2.  Course of CBT for Sharon's anxiety and low mood.
     Who:    Rachel Ng, high intensity therapist, Daxley Talking Therapies
     By:     Weekly, 12 sessions from 21/01/2026
     Check:  Attendance confirmed to Kerry each month

A3.  Outpatient appointment to review Sharon's medication and support her with her anxiety.
     Who:    Dr Farah Malik, consultant psychiatrist, Daxley CMHT
     By:     11/02/2026
     Check:  Clinic letter to the GP and to Kerry

A4.  Sharon to go to her key work sessions at Open Door about her drinking.
     Who:    Sharon Pike
     By:     Fortnightly from 19/01/2026
     Check:  Open Door attendance letter each month

A5.  Place on the six-week "Cut Down" group at Open Door (Daxley Drink and Drug Service).
     Who:    Dave Lyons, recovery worker, Open Door
     By:     Wednesdays for six weeks from 04/02/2026
     Check:  Group register sent to Kerry

A6.  Sharon to join the Women's Wellbeing Group at Daxley Women's Centre, for her confidence and
     isolation.
     Who:    Sharon Pike
     By:     As and when a place becomes available
     Check:  Sharon goes to six sessions (group register)

A7.  GP exercise referral to Active Daxley, for Sharon's mood.
     Who:    Dr Owen Price, GP
     By:     30/01/2026
     Check:  Referral letter on file

HOUSING AND MONEY

A8.  Help Sharon complete her housing transfer application, asking for medical priority because of
     her anxiety.
     Who:    Lisa Dunn, family support worker
     By:     06/02/2026
     Check:  Application reference number on file

A9.  Benefits check, and help with Sharon's PIP claim.
     Who:    Tom Hurst, welfare rights adviser, Daxley Citizens Advice
     By:     27/02/2026
     Check:  PIP claim submitted, copy on file

A10. Sharon to go to a debt advice appointment at Daxley Money Matters.
     Who:    Sharon Pike
     By:     13/02/2026
     Check:  Debt plan letter on file

THE CHILDREN

A11. Home visits to see Mia and Ollie, seeing Mia on her own.
     Who:    Kerry Walsh, social worker
     By:     Every two weeks until the review conference
     Check:  Visit records on file within 48 hours, with Mia's words

A12. Weigh Ollie and complete his 2-year review (ASQ-3).
     Who:    Nadia Shah, health visitor
     By:     20/02/2026
     Check:  ASQ-3 scores and weight shared with Kerry

A13. Morning check-in with Mia, and her attendance sent to Kerry.
     Who:    Mrs Claire Fry, DSL, Oakfield Primary School
     By:     Every school day
     Check:  School register, e-mailed to Kerry every Friday

A14. Apply for a funded 2-year-old nursery place for Ollie.
     Who:    Lisa Dunn, family support worker
     By:     Application by 06/02/2026; Ollie to start by 02/03/2026
     Check:  Nursery place offer letter on file


CONTINGENCY
-----------
If things deteriorate at home, or Sharon's mental health gets worse, any professional who is worried
should contact Kerry, and a core group meeting will be called to review the plan and consider next
steps.


CORE GROUP AND REVIEW
---------------------
Core group monthly at Oakfield Primary School, Wednesdays at 1.30pm: 11/02/2026 and 11/03/2026.
Review child protection conference: date to be confirmed.
If there is not enough progress for Mia and Ollie by the review conference, Kerry will ask her team
manager for a legal planning meeting.
""",
    "findings": [
        F("F001"),
        F("H001", "Course of CBT for Sharon's anxiety and low mood."),
        F("H001", "Outpatient appointment to review Sharon's medication and support her"),
        F("T002", "Sharon to join the Women's Wellbeing Group at Daxley"),
        F("F002", "Sharon's mood and anxiety will improve and she will feel more in control of her life."),
        F("C002"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Initial conference plan with a four-column table under agency banner
#    rows. Father has a brain injury; mother has low mood and misuses
#    codeine. Nothing of what the children say or live through. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b193_dornhallow_icpc_agency_banner_rows_named_worker_varga.docx",
    "doc_title": "Child Protection Plan - Callum and Evie Varga (initial conference 15/01/2026)",
    "split": "heldout",
    "actions": 16,
    "template": "icpc-plan-docx-numbered-headings-conference-details-kv-reason-for-plan-parental-health-subheadings-dads-brain-injury-mums-mental-health-and-codeine-risks-strengths-parents-views-outcomes-then-action-named-worker-timescale-outcome-measure-table-under-agency-banner-rows-then-contingency-core-group-review",
    "description": (
        "Initial conference plan for an 8-year-old and a 5-year-old. Their father has an acquired "
        "brain injury from a fall at work in 2023, with memory problems, fatigue and sudden temper "
        "(a mug he threw hit the 5-year-old); their mother has low mood and has been misusing "
        "codeine, asleep in the afternoons and late to collect the children. The parents' health is "
        "set out under its own numbered subheadings, and the plan is a four-column table ('Action / "
        "Named worker / Timescale / Outcome measure') under agency banner rows, with the "
        "neuro-rehabilitation team, the GP and the drug and alcohol service owning adult work and "
        "the neuropsychologist reporting on change and its timescale. Faults: nothing anywhere "
        "records what the children say, feel or live through; the CMHT nurse's weekly visits only "
        "support the mother; the Family Hub referral has '-' for its named worker; the father's "
        "brain injury group has '-' for its timescale; and the parenting group has '-' for its "
        "measure."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Dornhallow County Council · Children and Families Directorate"),
        ("h1", "1. Conference details"),
        ("kv", [
            ("Conference", "Initial child protection conference, 15/01/2026, Dornhallow County Hall"),
            ("Chair", "Stephen Achterberg, child protection chair"),
            ("Children", "Callum Varga, born 12/04/2017 (8), Year 4, and Evie Varga, born 28/06/2020 (5), "
                         "Reception, both at Westgate Primary School"),
            ("Address", "7 Quarry Lane, Dornhallow DH6 1TS"),
            ("Parents", "Aaron Varga (39) and Nicole Varga (35), married, living together"),
            ("Category", "Physical abuse (Evie) and neglect (both children)"),
            ("Social worker", "Beth Osei, Child Protection Team North (team manager: Rachel Fox)"),
        ]),
        ("h1", "2. Reason for the plan"),
        ("p", "On 20/11/2025, during an argument with Nicole about money, Aaron threw a mug across the kitchen. "
              "It hit Evie on the forehead. Westgate Primary saw the bruise the next morning and Evie was seen "
              "by a paediatrician the same day. Since September school has recorded 16 late collections, the "
              "latest at 4.40pm, and on 02/12/2025 Nicole came to collect the children slurring her words and "
              "unsteady. Callum's attendance is 86% this term."),
        ("h1", "3. Parental health"),
        ("h2", "3.1 Dad's brain injury"),
        ("p", "Aaron fell from scaffolding at work in March 2023 and had a traumatic brain injury. He has "
              "problems with his memory and planning, gets very tired in the afternoons, and can lose his "
              "temper suddenly and get over it just as quickly. He has not worked since. He was discharged "
              "from the Dornhallow Community Neuro-Rehabilitation Team in 2024 and was re-referred by his GP "
              "after the incident."),
        ("h2", "3.2 Mum's mental health and codeine use"),
        ("p", "Nicole has had low mood since Aaron's accident and has been seen by the Dornhallow CMHT since "
              "October 2025. She was prescribed co-codamol for back pain in 2024. She told the conference she "
              "has been taking more than prescribed, and buying codeine online, \"to get through the day\". "
              "Her GP has seen early repeat requests since the summer."),
        ("h1", "4. Risks"),
        ("bullets", [
            "Aaron's temper, which comes on suddenly and which he does not always remember afterwards.",
            "Nicole being drowsy or asleep when she is the only adult caring for the children.",
            "The children being collected late or by a parent who is not safe to care for them.",
            "Money worries and arguments at home.",
        ]),
        ("h1", "5. Strengths"),
        ("bullets", [
            "Aaron and Nicole both came to the conference and accepted that Evie was hurt.",
            "Nicole has asked for help with her codeine use.",
            "Aaron has agreed to go back to the neuro-rehabilitation team.",
            "The family home is warm, clean and well kept.",
        ]),
        ("h1", "6. Parents' views"),
        ("p", "Aaron said he is ashamed of what happened and that \"the injury takes over\". Nicole said she "
              "has been trying to hold everything together and has \"run out of road\". Both said they want the "
              "plan to work."),
        ("h1", "7. Outcomes"),
        ("numbers", [
            "Callum and Evie are safe from being hurt when Dad loses his temper.",
            "Callum and Evie are collected from school on time by a parent who is awake and not affected by "
            "codeine.",
            "Callum and Evie have their health checks and go to school every day.",
        ]),
        ("h1", "8. Action plan"),
        ("table", {
            "header": ["Action", "Named worker", "Timescale", "Outcome measure"],
            "widths": [7.0, 3.6, 2.8, 3.6],
            "rows": [
                ["CHILDREN'S SOCIAL CARE", H, H, H],
                ["Home visits to Callum and Evie, one in three unannounced; see both children and their "
                 "bedrooms",
                 "Beth Osei, social worker",
                 "Every two weeks until the review conference",
                 "Visit records on file within 48 hours"],
                ["Child and family assessment, including how Aaron's brain injury and Nicole's codeine use "
                 "affect their care of the children",
                 "Beth Osei, social worker",
                 "By 06/03/2026",
                 "Assessment shared with the parents and the core group by 06/03/2026"],
                ["Referral to Dornhallow Family Hub for a family support worker to help with routines",
                 "-",
                 "By 30/01/2026",
                 "Allocation letter on file"],
                ["EDUCATION", H, H, H],
                ["Daily check-in with Callum, and a same-day call to Beth about any mark or worrying comment",
                 "Mrs Amanda Price, DSL, Westgate Primary School",
                 "Every school day",
                 "Check-in log on CPOMS; weekly summary to Beth"],
                ["Check Evie for marks each morning and record any on a body map",
                 "Miss Rhianna Cole, Reception teacher",
                 "Every school day at registration",
                 "Body maps on CPOMS, phoned to Beth the same day"],
                ["Record the time each child is collected and who collects them",
                 "Mrs Amanda Price, DSL",
                 "Every school day at 3.15pm",
                 "Late collection log sent to Beth every Friday"],
                ["HEALTH", H, H, H],
                ["Health assessment for Callum and Evie (growth, teeth, hearing and eyesight)",
                 "Jo Hendry, school nurse, Dornhallow 0-19 Service",
                 "By 27/02/2026",
                 "Health assessment report on file"],
                ["Review Nicole's codeine prescribing, stop early repeats, and tell Beth if Nicole asks for "
                 "codeine early",
                 "Dr Kwame Asante, GP, Hallow Road Surgery",
                 "By 23/01/2026, then monthly",
                 "Prescription record e-mailed to Beth monthly"],
                ["ADULT SERVICES", H, H, H],
                ["Neuropsychological assessment of Aaron's memory, temper and fatigue: how they affect his care "
                 "of Callum and Evie, what rehabilitation could change, and the likely timescale",
                 "Dr Sian Lloyd, clinical neuropsychologist, Dornhallow Community Neuro-Rehabilitation Team",
                 "Report by 13/03/2026",
                 "Written report to Beth and the core group by 13/03/2026"],
                ["Set up memory aids for Aaron: phone reminders and a wall planner for the school run, meals and "
                 "the children's bedtimes",
                 "Mark Jennings, occupational therapist, Community Neuro-Rehabilitation Team",
                 "By 13/02/2026",
                 "Planner on the kitchen wall and reminders on Aaron's phone, seen by Beth at her next visit"],
                ["Weekly support visits to Nicole for her low mood",
                 "Sandra Pierce, CPN, Dornhallow CMHT",
                 "Weekly",
                 "Contact notes shared with Beth"],
                ["Assessment of Nicole's codeine use, and a reduction plan with urine screens",
                 "Ade Coker, recovery worker, Compass (Dornhallow Drug and Alcohol Service)",
                 "Assessment by 30/01/2026, then screens every fortnight",
                 "Urine screen results e-mailed to Beth every fortnight"],
                ["PARENTS", H, H, H],
                ["Aaron will not be the only adult caring for Callum and Evie for more than two hours at a time",
                 "Aaron and Nicole Varga",
                 "From 15/01/2026 until the neuropsychology report",
                 "Nicole's care diary, checked by Beth at each visit"],
                ["Collect Callum and Evie from school on time",
                 "Nicole Varga",
                 "Every school day at 3.15pm",
                 "Late collection log shows no late collections"],
                ["Go to the Reconnect group for people with a brain injury at Dornhallow Community Centre",
                 "Aaron Varga",
                 "-",
                 "Reconnect attendance register sent to Beth"],
                ["Steady Steps group parenting course at Dornhallow Family Hub",
                 "Aaron and Nicole Varga",
                 "Thursdays 10am to 12pm, 26/02/2026 to 02/04/2026",
                 "-"],
            ],
        }),
        ("h1", "9. Contingency plan"),
        ("bullets", [
            "If Aaron throws or breaks things, or hurts anyone, while the children are in the house, Nicole "
            "rings 999; Aaron leaves and stays with his brother, Mike Varga, at 22 Kiln Lane; and Beth holds a "
            "strategy discussion with the police the same day.",
            "If Nicole is drowsy, slurring or unsteady when she comes to collect the children, school keeps "
            "them and rings Beth (or the Emergency Duty Team after 5pm). Beth or the duty worker visits that "
            "afternoon, and if neither parent is safe to care for the children they stay with foster carers "
            "that night.",
            "If either child has a mark that no one can explain, school rings Beth at once, and Beth arranges a "
            "child protection medical and holds a strategy discussion the same day.",
            "If either child is hurt at home again, or two of Nicole's urine screens show codeine that was not "
            "prescribed, Beth asks Rachel Fox (team manager) for a legal planning meeting within 5 working days.",
        ]),
        ("h1", "10. Core group and review"),
        ("bullets", [
            "Core group every four weeks at Westgate Primary School, Thursdays at 3.45pm: 29/01/2026, "
            "26/02/2026 and 26/03/2026.",
            "Review child protection conference: 09/04/2026 at 10am, Dornhallow County Hall.",
        ]),
    ],
    "findings": [
        F("F003"),
        F("H001", "Weekly support visits to Nicole for her low mood"),
        F("W001", "Referral to Dornhallow Family Hub for a family support worker"),
        F("T001", "Go to the Reconnect group for people with a brain injury"),
        F("M001", "Steady Steps group parenting course at Dornhallow Family Hub"),
    ],
})
