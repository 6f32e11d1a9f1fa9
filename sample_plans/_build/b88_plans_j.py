"""Batch 88, module j: seven fictional plans (held-out material), places beginning with "j".

Everything here is made up: children, families, professionals, services,
hospitals, schools and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: plans as real councils produce them, in layouts a reader has to work
out: a review conference plan with a "progress at review" column and a RAG
column (landscape Word); a looked-after premature baby on a neonatal unit with
a visiting schedule built into the action table (PDF, exemplary); a pre-birth
plan stepped up from child in need whose table puts the owner and the date in
one "Who & when" cell and any measure in a "Comments" column (Word); a child in
need plan stepped up to child protection, exported as text with numbered jobs
and "Who and when" lines under headings in ordinary words (txt); a core group
plan for a family moving to another authority, its actions in three small
tables by theme (PDF with header and page footer); an exemplary review plan in
markdown whose sections are headed in everyday words; and a looked-after baby
in hospital whose mother is detained in a psychiatric unit, with bold-paragraph
headings and a numbered list, where nobody is set to visit the baby. Domestic
abuse, parental alcohol and drug use, bipolar disorder, depression, postnatal
psychosis, neglect, prematurity and neonatal withdrawal. Two are exemplary.
"""
from build_batch5 import F, H, V  # noqa: F401  (V unused: no vertical merges here)

PLANS = []


# ---------------------------------------------------------------------------
# 1. First review conference plan, domestic abuse, two children. Landscape
#    Word table with "Who / by when" in one cell, a "Progress at review"
#    column and a RAG column (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b88_jemmerton_rcpc_progress_rag_who_by_when_pearsall.docx",
    "doc_title": "Review Child Protection Plan - Ruby and Alfie Pearsall",
    "split": "heldout",
    "template": "rcpc-landscape-word-plan-key-value-front-lines-progress-since-icpc-childrens-words-worries-outcome-bullets-then-no-action-who-by-when-one-cell-how-we-will-know-progress-at-review-rag-table-contingency-under-plain-heading-meetings",
    "landscape": True,
    "actions": 11,
    "description": (
        "First review conference plan for a 7-year-old and a 4-year-old after domestic abuse by "
        "their father, who drinks heavily; their mother has low mood. Landscape table with owner "
        "and date in one 'Who / by when' cell, a progress column and RAG. The perpetrator "
        "programme row has no measure, the alcohol assessment is 'as soon as possible', nursery "
        "'ongoing' and 'Monitored', Talking Therapies only supports the mother with 'Engagement', "
        "an 'All professionals' row 'throughout the plan', a safety-plan row with no owner, an "
        "outcome about the father only, and the grandmother's supervised contact has no fallback."
    ),
    "blocks": [
        ("title", "Review Child Protection Conference – Child Protection Plan"),
        ("p", "Jemmerton Borough Council · Children's Services · Safeguarding Hub East"),
        ("kv", [
            ("Children", "Ruby Pearsall, DOB 11/02/2018 (7); Alfie Pearsall, DOB 30/06/2021 (4)"),
            ("Address", "14 Orchard Way, Jemmerton JM6 2LQ"),
            ("Mother", "Stacey Pearsall (31), lives with the children"),
            ("Father", "Lee Bramwell (35), living with his mother, Maureen Bramwell, at 3 Cole Street"),
            ("Category", "Emotional abuse (both children)"),
            ("Initial conference", "22/07/2025"),
            ("First review conference", "14/10/2025, Jemmerton Civic Centre. Chair: Rosalind Achebe"),
            ("Social worker", "Priya Natt (team manager: Colin Dyer)"),
        ]),
        ("h1", "1. Progress since the initial conference"),
        ("p", "Lee moved out of the family home after the third police call-out in June and now lives with his "
              "mother. There has been one further incident, on 28/08/2025, when Lee came to the house after "
              "drinking and shouted at Stacey on the doorstep while the children were in bed; Stacey rang the "
              "police. Since then there have been no incidents. Contact at Maureen's house each Saturday has "
              "gone well. Lee has been referred to a perpetrator programme and to the drug and alcohol service "
              "but has not yet started either. Stacey has begun talking therapy for low mood and anxiety."),
        ("h1", "2. What Ruby and Alfie have told us"),
        ("p", "Ruby (seen on her own at school, 01/10/2025): \"It's quieter now. I don't have to listen at the "
              "top of the stairs any more. I like seeing Daddy at Nanny Maureen's because she makes pancakes, "
              "but I don't want him to come to our house when he's had beer.\" She drew her worries as a cloud "
              "and said it was \"smaller than before\"."),
        ("p", "Alfie talks in short sentences and is hard to understand. At home on 07/10/2025 he played "
              "\"police cars\" with the SW and said \"Daddy shout, police come\". He ran to Stacey when the "
              "doorbell went and hid his face in her jumper until he saw who it was."),
        ("h1", "3. What we are still worried about"),
        ("bullets", [
            "Lee still drinks most days and has not started any work on his behaviour. The incident on "
            "28/08/2025 happened after he had been drinking.",
            "Ruby is anxious at school, especially on Mondays, and asks her teacher whether her mum is all right.",
            "Alfie's speech is behind what nursery would expect for his age.",
            "Stacey has low mood and anxiety. She says she sometimes cannot face taking the children out.",
        ]),
        ("h1", "4. What we want for Ruby and Alfie"),
        ("bullets", [
            "Ruby and Alfie live in a home with no shouting, fighting or police being called, and Ruby no "
            "longer worries about her mum while she is at school.",
            "Ruby and Alfie see their dad safely, in contact that is supervised and that they enjoy.",
            "Alfie's speech comes on so that he can be understood and is ready for Reception in September 2026.",
            "Lee will stop drinking and take responsibility for his abusive behaviour.",
        ]),
        ("h1", "5. The plan and progress at review"),
        ("p", "RAG: Red = not started or off track. Amber = started but not yet making a difference. "
              "Green = done, or on track."),
        ("table", {
            "header": ["No.", "Action", "Who / by when", "How we will know", "Progress at review (14/10/2025)",
                       "RAG"],
            "widths": [1.1, 6.4, 4.6, 5.6, 6.2, 1.8],
            "rows": [
                ["1", "Visit Ruby and Alfie at home and see Ruby on her own at least once a month",
                 "Priya Natt (SW) – every 3 weeks",
                 "Visit records show both children seen and Ruby's own words written down",
                 "7 visits since July; Ruby seen alone 3 times", "Green"],
                ["2", "Stacey to complete the Freedom Programme at Jemmerton Women's Centre",
                 "Stacey Pearsall – 12 weekly sessions from 05/11/2025",
                 "Attendance certificate; Stacey can tell the SW how the abuse affected Ruby and Alfie",
                 "Place offered on the November group", "Amber"],
                ["3", "Lee to complete the Change Path domestic abuse perpetrator programme",
                 "Lee Bramwell – start by 30/11/2025", "",
                 "Referred 12/08/2025; Lee missed his assessment session on 02/10/2025", "Red"],
                ["4", "Alcohol assessment for Lee and a treatment plan agreed with him",
                 "Jemmerton Drug and Alcohol Service (JDAS) – as soon as possible",
                 "Treatment plan shared with the SW; breath test results sent to the SW monthly",
                 "Lee has not taken up the first appointment he was offered", "Red"],
                ["5", "Supervise Lee's contact with Ruby and Alfie at her home",
                 "Maureen Bramwell (PGM) – every Saturday, 10am to 1pm",
                 "Contact log signed by Maureen and seen by the SW every fortnight",
                 "Contact has gone well; logs seen on 26/09 and 10/10", "Green"],
                ["6", "Weekly ELSA sessions for Ruby to talk about her worries",
                 "Mrs Gail Hughes (ELSA), Brookside Primary – every Tuesday afternoon",
                 "Ruby's worry scale recorded at each session; summary sent to each core group",
                 "Started 09/09/2025; Ruby's score down from 8 to 5", "Green"],
                ["7", "Keep a check on Alfie's speech and language and refer to SALT if needed",
                 "Little Acorns Nursery – ongoing", "Monitored",
                 "Nursery say there are no new concerns", "Amber"],
                ["8", "Share any police call-out to 14 Orchard Way with the SW",
                 "Jemmerton Police (DA Unit) – within 24 hours of any call-out",
                 "Each notification logged on the children's file",
                 "One call-out (28/08/2025), shared the next day", "Green"],
                ["9", "Support for Stacey with her low mood and anxiety",
                 "Ana Ferreira, NHS Talking Therapies Jemmerton – fortnightly sessions",
                 "Engagement with sessions",
                 "Stacey says the sessions help", "Amber"],
                ["10", "Keep Ruby and Alfie safe from any further domestic abuse",
                 "All professionals – throughout the plan",
                 "No police call-outs or reported incidents at the address",
                 "No incidents since 28/08/2025", "Green"],
                ["11", "Safety plan to be updated with Stacey, Ruby and Alfie",
                 "– by 31/10/2025",
                 "Updated safety plan on file and a copy given to Brookside Primary",
                 "Not yet done", "Red"],
            ],
        }),
        ("h1", "6. If Lee comes back to the house"),
        ("p", "If Lee comes to 14 Orchard Way, or contacts Stacey other than to arrange contact through Maureen, "
              "Stacey will ring 999 and Jemmerton Police will attend. The SW (or the emergency duty team out of "
              "hours) will hold a strategy discussion the same day, and Ruby and Alfie will stay at home with "
              "Stacey under the police's safety advice while it takes place."),
        ("p", "If Lee has not started the Change Path programme by 30/11/2025, or there is any further incident "
              "of abuse, the SW will ask the team manager for a legal planning meeting within 5 working days."),
        ("h1", "7. Meetings"),
        ("bullets", [
            "Core group every 6 weeks at Brookside Primary, 3.30pm: 04/11/2025, 16/12/2025, 27/01/2026 and "
            "10/03/2026.",
            "Second review child protection conference: 14/04/2026, 10am, Jemmerton Civic Centre.",
        ]),
        ("p", "Plan agreed at the review conference on 14/10/2025. Copies to Stacey Pearsall, Lee Bramwell, "
              "Maureen Bramwell (contact section only) and every agency named above."),
    ],
    "findings": [
        F("M001", "Lee to complete the Change Path domestic abuse perpetrator programme"),
        F("T002", "Alcohol assessment for Lee and a treatment plan"),
        F("T002", "Keep a check on Alfie's speech and language"),
        F("M002", "Keep a check on Alfie's speech and language"),
        F("H001", "Support for Stacey with her low mood and anxiety"),
        F("M002", "Support for Stacey with her low mood and anxiety"),
        F("W002", "Keep Ruby and Alfie safe from any further domestic abuse"),
        F("T002", "Keep Ruby and Alfie safe from any further domestic abuse"),
        F("W001", "Safety plan to be updated with Stacey, Ruby and Alfie"),
        F("F002", "Lee will stop drinking and take responsibility for his abusive behaviour."),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 2. Looked-after baby on a neonatal unit (s20), neonatal withdrawal. Visits
#    by the SW and IRO built into the action table. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b88_jorleigh_lac_neonatal_unit_visits_in_plan_calloway.pdf",
    "doc_title": "Child Protection Plan - Harper Calloway",
    "split": "heldout",
    "template": "icpc-looked-after-baby-in-hospital-word-plan-as-pdf-header-footer-details-grid-how-harper-is-getting-on-worries-working-well-outcome-bullets-then-action-who-how-often-by-when-what-we-will-see-table-plain-heading-contingency-meetings",
    "header": "OFFICIAL – SENSITIVE",
    "footer": "Harper Calloway – child protection plan – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "actions": 8,
    "description": (
        "Exemplary initial conference plan for a 3-week-old born at 34 weeks with neonatal "
        "withdrawal, accommodated under section 20 and still on the neonatal unit; her mother uses "
        "heroin on top of methadone. The action table builds in the SW's twice-weekly and the IRO's "
        "monthly visits to the unit; every row has a named owner, a timescale and what will be seen; "
        "the recovery service reports on capacity to change, the aunt's assessment has an output, "
        "the contingency names triggers, police and foster carers, and legal planning; core group and "
        "review dates are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Jorleigh Borough Council · Children in Care and Safeguarding Service · Plan agreed at the initial "
              "child protection conference on 25/09/2025"),
        ("table", {
            "header": ["Harper's details", H],
            "widths": [4.5, 12.5],
            "bold_first_col": True,
            "rows": [
                ["Child", "Harper Calloway, born 02/09/2025 at 34 weeks (3 weeks old)"],
                ["Where Harper is", "Robin Neonatal Unit, Jorleigh General Hospital (cot 6)"],
                ["Legal status", "Accommodated under section 20, Children Act 1989, since 10/09/2025, with "
                                 "Kayleigh's written agreement"],
                ["Mother", "Kayleigh Calloway (27), 9 Fenwick Court, Jorleigh JL5 2RD"],
                ["Father", "Jordan Tolley (30), in HMP Marlstone until 2027; sent a copy of this plan"],
                ["Category", "Neglect"],
                ["Social worker", "Sophie Marchant, Children in Care Team 1 (team manager: Gareth Lowe)"],
                ["IRO and conference chair", "Imran Qureshi"],
            ],
        }),
        ("h1", "How Harper is getting on"),
        ("p", "Harper was born weighing 1.9kg and has needed oral morphine for withdrawal from the heroin and "
              "methadone she was exposed to before birth. Her nurses say she is most unsettled in the evening, "
              "when her withdrawal scores go up: she arches her back, sneezes and has a high-pitched cry. She "
              "settles best swaddled or held skin-to-skin, and she goes quiet and turns towards Kayleigh's voice "
              "when Kayleigh talks to her. She now takes 45ml by bottle every 3 hours and weighed 2.05kg on "
              "22/09/2025."),
        ("h1", "What we are worried about"),
        ("bullets", [
            "Kayleigh has used heroin for eight years. She has had a methadone prescription since 2023 but her "
            "drug screens in July and August 2025 showed heroin as well.",
            "Kayleigh missed four of her antenatal appointments and did not tell the midwife she was using.",
            "Kayleigh's older daughter, Keeley (6), has lived with her paternal grandmother under a special "
            "guardianship order since 2021 because of Kayleigh's drug use.",
        ]),
        ("h1", "What is working well"),
        ("bullets", [
            "Kayleigh has visited Harper on most days, is learning her cares and is gentle with her.",
            "Kayleigh agreed to Harper being accommodated while she is on the unit and has been honest with the "
            "SW about her use.",
            "Kayleigh's sister, Sinead, has offered to care for Harper when she leaves hospital.",
        ]),
        ("h1", "What needs to be different for Harper"),
        ("bullets", [
            "Harper is seen by her social worker at least twice a week while she is on the unit, and everyone "
            "planning for her knows how she is.",
            "Harper's withdrawal is treated and she feeds and gains weight, so that she is well enough to leave "
            "the unit.",
            "Harper leaves the unit to a named carer who can keep her safe, with a discharge plan agreed at "
            "least a week beforehand.",
            "Harper keeps a close bond with her mum through frequent, safe visits.",
        ]),
        ("h1", "Action plan"),
        ("table", {
            "header": ["What needs to happen for Harper", "Who (name and role)", "How often / by when",
                       "What we will see"],
            "widths": [5.4, 3.6, 3.4, 4.6],
            "rows": [
                ["Visit Harper on Robin Neonatal Unit, hold her if the nurses agree, and speak with the nurse "
                 "caring for her about her feeds, weight and withdrawal scores",
                 "Sophie Marchant, social worker",
                 "Twice a week (Tuesday and Friday) until Harper is discharged",
                 "Visit record on LCS within 2 working days, saying how Harper looked, fed and settled; each "
                 "visit signed in the unit's visitor book"],
                ["Visit Harper as her IRO and check that her care plan and this plan are being followed",
                 "Imran Qureshi, IRO",
                 "First visit by 10/10/2025, then monthly until discharge",
                 "IRO visit note on Harper's file, with any actions sent to the SW and team manager"],
                ["Send the SW a written update on Harper's weight, feeding, withdrawal scores and medication, "
                 "and on each of Kayleigh's visits",
                 "Lucy Barnes, neonatal discharge coordinator",
                 "Every Monday until discharge",
                 "Weekly email on Harper's file; weight plotted on her growth chart"],
                ["Prescribe and supervise Kayleigh's methadone, carry out drug screens, and give a written view "
                 "on whether she can stay off heroin and care safely for Harper, and how long that is likely "
                 "to take",
                 "Dev Anand, recovery worker, Jorleigh Recovery Partnership",
                 "Drug screens weekly; written report by 21/11/2025",
                 "Screen results emailed to the SW each week; report presented at the core group on "
                 "27/11/2025"],
                ["Visit Harper and do her cares (feeds, nappy changes, skin-to-skin), with a lift from the "
                 "family support worker when needed",
                 "Kayleigh Calloway, with Tanya Reid, family support worker",
                 "At least 4 visits a week, booked with the unit",
                 "Unit's visiting log and cares chart show each visit and what Kayleigh did; sent to the SW "
                 "weekly"],
                ["Complete a connected person assessment of Sinead Calloway (maternal aunt) as a carer for "
                 "Harper when she leaves hospital",
                 "Mark Ellery, kinship assessor, Jorleigh Fostering Service",
                 "By 28/11/2025",
                 "Written assessment presented to the fostering panel on 11/12/2025 and shared with the core "
                 "group"],
                ["Write a discharge plan naming where Harper will live, who will care for her and what "
                 "follow-up she needs",
                 "Sophie Marchant, SW, with Lucy Barnes",
                 "At least 7 days before the expected discharge date",
                 "Signed discharge plan on Harper's file and in her hospital notes"],
                ["Check Harper's hearing and development before she leaves the unit and book her follow-up "
                 "clinic",
                 "Dr Amara Osei, consultant neonatologist",
                 "Before discharge",
                 "Discharge summary sent to the GP, HV and SW with the follow-up clinic date"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Kayleigh comes to the unit under the influence of drugs or alcohol, the nurse in charge will not "
              "let her hold or feed Harper, will ask her to leave, and will ring the SW (or the emergency duty "
              "team out of hours) the same day. From then on Tanya Reid will supervise Kayleigh's visits until "
              "the next core group."),
        ("p", "If Kayleigh tries to take Harper from the unit, staff will call hospital security and the police "
              "on 999 at once, and the SW will hold a strategy discussion the same day."),
        ("p", "If Kayleigh withdraws her agreement to section 20, or two drug screens before 21/11/2025 show "
              "heroin, the SW will request a legal planning meeting within 2 working days to decide whether to "
              "apply for an interim care order."),
        ("p", "If Sinead's assessment is negative, Harper will go from the unit to approved foster carers, "
              "Mr and Mrs Dale, who have already been matched with her and have met her on the unit."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every 4 weeks in the unit's family room, 2pm: 02/10/2025, 30/10/2025 and 27/11/2025.",
            "First looked-after review: 08/10/2025, chaired by Imran Qureshi.",
            "Review child protection conference: 18/12/2025, 10am, Jorleigh Civic Centre.",
        ]),
        ("p", "Copies to Kayleigh Calloway, Jordan Tolley (by post), Robin Neonatal Unit, Jorleigh Recovery "
              "Partnership, the GP, the health visiting team and Jorleigh Fostering Service."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Pre-birth plan, stepped up from child in need; mother with bipolar
#    disorder, father using cannabis. Three-column table: "What will happen",
#    "Who & when" (owner and date in one cell), "Comments" (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b88_jestwick_prebirth_stepped_up_who_and_when_comments_hartigan.docx",
    "doc_title": "Pre-birth Child Protection Plan - Baby Hartigan",
    "split": "heldout",
    "template": "prebirth-stepped-up-from-cin-word-plan-four-column-details-grid-h2-plain-headings-how-we-got-here-worries-going-well-babys-world-outcomes-then-three-column-what-will-happen-who-and-when-one-cell-comments-as-measure-contingency-meeting-again",
    "actions": 10,
    "description": (
        "Pre-birth plan for the baby of a 22-year-old with bipolar disorder who stopped her lithium, "
        "and a father who smokes cannabis daily, stepped up from a child in need plan. Three columns: "
        "owner and date share one 'Who & when' cell and any measure sits in 'Comments'. The perinatal "
        "CPN only supports the mother ('engaging well') while the psychiatrist's row does assess; a "
        "passive birth-plan row, cannabis 'when he is ready' with 'Improvement', the grandmother's "
        "fortnight and the pre-birth assessment with no measure, a 'Family network' row; an outcome "
        "about the mother's mental health, no fallback if the family cannot help, and the review "
        "conference date is to be confirmed."
    ),
    "blocks": [
        ("title", "Pre-birth Child Protection Plan"),
        ("p", "Jestwick City Council – Children's Social Care – Pre-birth and Early Years Team"),
        ("table", {
            "widths": [3.5, 5.0, 3.5, 5.0],
            "bold_first_col": True,
            "rows": [
                ["Unborn baby", "Baby of Niamh Hartigan, due 20/12/2025", "Conference", "Pre-birth ICPC, 28/10/2025"],
                ["Mother", "Niamh Hartigan (22)", "Father", "Connor Walsh (24), lives with Niamh"],
                ["Address", "Flat 2, 17 Sallow Street, Jestwick JW2 5HE", "Category", "Neglect (unborn)"],
                ["Social worker", "Sam Oduya (manager: Fiona Reyes)", "Chair", "Derek Lomas"],
                ["Maternal grandmother", "Bernie Hartigan, Jestwick", "Paternal grandmother",
                 "Theresa Walsh, Jestwick"],
            ],
        }),
        ("h2", "How we got here"),
        ("p", "The unborn baby has had a child in need plan since 12/08/2025, after the midwife shared that Niamh "
              "had stopped her lithium at 8 weeks without medical advice and was not sleeping. Under the child in "
              "need plan Niamh missed three perinatal appointments and Connor told the SW he had not cut down his "
              "cannabis. At the review of the child in need plan on 07/10/2025 the team manager agreed to step up "
              "to a pre-birth conference."),
        ("h2", "What we are worried about"),
        ("bullets", [
            "Niamh has bipolar affective disorder. She was detained in hospital in 2023 after a manic episode, "
            "and the risk of relapse is highest in the weeks after birth.",
            "Niamh is not taking any mood stabiliser at present. On bad days she stays in bed and skips meals.",
            "Connor smokes cannabis every day, in the flat.",
            "Money is tight and the flat has no cot or baby equipment set up yet.",
        ]),
        ("h2", "What is going well"),
        ("p", "Niamh and Connor are open about their worries and both want to keep their baby. Niamh has started "
              "to see the perinatal team again. Bernie and Theresa live close by and have both offered to help."),
        ("h2", "Baby's world right now"),
        ("p", "The baby is growing on the 50th centile at the 20- and 28-week scans. Niamh says the baby is most "
              "active in the evening and kicks when Connor plays music. Right now the baby is exposed to cannabis "
              "smoke in the flat and to the days when Niamh does not eat. A second-hand cot from Bernie is still "
              "in its box in the hall."),
        ("h2", "What needs to be different"),
        ("bullets", [
            "The baby is born into a smoke-free home with a safe place to sleep and everything needed for "
            "feeding.",
            "The baby is cared for by parents who notice and respond when the baby is hungry, wet or upset, day "
            "and night, with an adult always available who is not affected by cannabis.",
            "Niamh's mental health remains stable throughout the pregnancy and after the birth.",
        ]),
        ("h2", "What will happen"),
        ("table", {
            "header": ["What will happen", "Who & when", "Comments"],
            "widths": [6.6, 5.2, 5.2],
            "rows": [
                ["See Niamh at each antenatal appointment and tell the SW about any missed appointment",
                 "Jo Hill (specialist midwife) – every 2 weeks to 36 weeks, then weekly",
                 "Missed appointments emailed to the SW the same day; attendance summary at each core group"],
                ["Provide support to Niamh with her mood throughout the pregnancy",
                 "Marie Doyle, perinatal CPN, Jestwick Perinatal Mental Health Team – fortnightly",
                 "Niamh engaging well"],
                ["Assess Niamh's mental health and her capacity to stay well and care for the baby, including "
                 "how likely a relapse is after the birth and over what timescale",
                 "Dr Karen Lusk (perinatal psychiatrist) – report by 21/11/2025",
                 "Written report shared at the core group on 25/11/2025"],
                ["Birth plan to be agreed with Jestwick Maternity Unit, including who may visit on the ward",
                 "– by 36 weeks (29/11/2025)",
                 "Birth plan on Niamh's hospital notes; copy to the SW"],
                ["Connor to cut down and stop his cannabis use",
                 "Connor Walsh, with Jestwick Drug and Alcohol Service – when he is ready",
                 "Improvement"],
                ["Get the baby's sleeping space ready: cot, mattress, and no smoking anywhere in the flat",
                 "Niamh and Connor – by 06/12/2025",
                 "HV sees the cot made up and checks the flat for smoke at the 36-week visit"],
                ["Antenatal home visit with safe sleep and feeding advice",
                 "Lauren Pike (health visitor) – by 08/11/2025",
                 "Safe sleep checklist signed by Niamh and Connor and copied to the SW"],
                ["Stay with Niamh for the first two weeks after she and the baby come home",
                 "Bernie Hartigan (MGM) – from discharge for 14 days", ""],
                ["Help Niamh and Connor with night feeds at weekends",
                 "Family network – Friday and Saturday nights",
                 "Feed chart kept and seen by the HV"],
                ["Pre-birth parenting assessment of Niamh and Connor",
                 "Sam Oduya (SW) – by 05/12/2025",
                 "Niamh and Connor have agreed to take part"],
            ],
        }),
        ("h2", "If things go wrong"),
        ("p", "If Niamh shows early signs of becoming unwell (sleeping less than 4 hours two nights running, racing "
              "thoughts, spending large sums of money, or stopping her medication), Connor or Bernie will ring "
              "the perinatal crisis line the same day and tell the SW, or the emergency duty team out of hours. "
              "The SW will hold a strategy discussion within 24 hours, and the baby will not be left alone with "
              "Niamh until she has been assessed."),
        ("p", "If the pre-birth assessment finds that the baby would not be safe at home, or Niamh and Connor stop "
              "taking part in it, the SW will request a legal planning meeting within 5 working days."),
        ("h2", "Meeting again"),
        ("p", "The core group will meet every 4 weeks at Jestwick Children's Centre, the first on 25/11/2025. A "
              "review conference will be held after the baby is born; the date is to be confirmed."),
    ],
    "findings": [
        F("H001", "Provide support to Niamh with her mood throughout the pregnancy"),
        F("M002", "Provide support to Niamh with her mood throughout the pregnancy"),
        F("W001", "Birth plan to be agreed with Jestwick Maternity Unit"),
        F("T002", "Connor to cut down and stop his cannabis use"),
        F("M002", "Connor to cut down and stop his cannabis use"),
        F("M001", "Stay with Niamh for the first two weeks after"),
        F("W002", "Help Niamh and Connor with night feeds at weekends"),
        F("M001", "Pre-birth parenting assessment of Niamh and Connor"),
        F("F002", "Niamh's mental health remains stable throughout the pregnancy and after the birth."),
        F("C003"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Child in need plan stepped up to child protection, neglect, mother with
#    depression. Text export: numbered jobs with "Who and when" and "How we
#    will check" lines, headings in ordinary words (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b88_jadeford_cin_stepped_up_numbered_jobs_export_mottram.txt",
    "split": "heldout",
    "template": "icpc-stepped-up-from-cin-case-system-text-export-capitals-plain-word-headings-front-lines-why-we-are-here-own-words-what-has-to-get-better-then-numbered-jobs-with-who-and-when-and-how-we-will-check-lines-if-it-isnt-working-keeping-track",
    "actions": 10,
    "description": (
        "Initial conference plan for a 10-year-old and a 6-year-old, stepped up from six months of a "
        "child in need plan for neglect; their mother has depression. A case-system text export "
        "under everyday headings, each numbered job with 'Who and when' and 'How we will check' "
        "lines. Breakfast club with no check, the GP visit 'as soon as possible', a passive house "
        "row 'ongoing' with 'home conditions improve', the CMHT only supporting the mother, young "
        "carers 'as and when' with 'feels better', an 'All agencies' row; the fallback only calls a "
        "meeting, and no legal step."
    ),
    "text": """\
JADEFORD COUNCIL - CHILDREN'S SERVICES                       Printed from LCS 22/10/2025 14:07
CHILD PROTECTION PLAN (STEPPED UP FROM CHILD IN NEED)

Children:        Kian Mottram, DOB 03/05/2015 (10)
                 Evie Mottram, DOB 19/01/2019 (6)
Address:         41 Linden Close, Jadeford JD3 8QP
Mum:             Leanne Mottram (33)
Dad:             Wayne Mottram (36), lives in Dundee, phones the children most Sundays
Category:        Neglect
Conference:      Initial child protection conference, 21/10/2025, Jadeford Civic Offices
Chair:           Helen Mabey
Social worker:   Rachel Dunn, Safeguarding Team 2 (manager: Olu Bankole)

WHY WE ARE HERE
Kian and Evie have had a child in need plan since April 2025 because the house was dirty,
there was often no food in, and both children were missing school. Leanne has depression and
takes sertraline from her GP. Over six months there has been little change: Evie has tooth
decay and has not seen a dentist, Kian's attendance is 84%, and on the last three visits
there was no food in the fridge. On 30/09/2025 school found Evie with a bag of crisps for
breakfast and lunch. The child in need review on 06/10/2025 decided to step up to a child
protection conference.

KIAN AND EVIE IN THEIR OWN WORDS
Kian (at school, 14/10/2025): "Mum's sad a lot and stays in bed. I make Evie's cereal when
there's milk. I'd like it if the house was nice so my mate could come round." He said he
worries about his mum when he is at school.
Evie (at home, 16/10/2025) showed Rachel her bed and said "it's smelly". She said her
favourite thing is when Kian plays teachers with her, and her tooth "hurts when I eat sweets".

WHAT HAS TO GET BETTER
- Kian and Evie wake up to food in the house and go to school every day, on time and in
  clean clothes.
- Kian and Evie sleep in clean beds in a home that is safe and warm.
- Evie's teeth are treated and she is free from pain.
- Kian can be a child: he is not looking after Evie or his mum, and he has time for himself.

WHO IS DOING WHAT
1. Rachel will see Kian and Evie at home, with one visit in three unannounced, and see each
   child on their own.
   Who and when:     Rachel Dunn (SW) - every 2 weeks from 23/10/2025
   How we will check: visit notes say what food was in, what the bedrooms were like and what
                      each child said

2. Leanne will get Kian and Evie to school on time every day.
   Who and when:     Leanne Mottram - every school day
   How we will check: attendance of 95% or more on the school register, checked by the DSL
                      each Friday

3. Breakfast club places for Kian and Evie, paid for by the school.
   Who and when:     Mr Sajid Ahmed (DSL), Jadeford Park Primary - from 03/11/2025
   How we will check: -

4. Leanne to see her GP about her depression and whether her medication needs changing.
   Who and when:     Leanne - as soon as possible
   How we will check: appointment card seen by Rachel at the next visit

5. House to be kept clean and tidy, with clean bedding on both children's beds.
   Who and when:     - / ongoing
   How we will check: home conditions improve

6. Home routines programme with Leanne: getting up, meals, baths and bedtimes.
   Who and when:     Callum Price (FSW), Jadeford Family Hub - weekly for 8 weeks from
                     27/10/2025
   How we will check: routine chart on the fridge; Callum's session notes say which routines
                      Leanne has kept each week

7. Support for Leanne from the community mental health team.
   Who and when:     Jadeford CMHT (care coordinator Pat Kirwan) - fortnightly appointments
   How we will check: letter to Rachel each month with the dates Leanne attended

8. Leanne to take Evie to the dentist for a check-up and treatment for her tooth decay.
   Who and when:     Leanne - by 30/11/2025
   How we will check: letter from the dentist to Rachel

9. Kian to have time with a young carers worker, as he is doing a lot at home for Evie
   and his mum.
   Who and when:     Jadeford Young Carers - as and when a place is available
   How we will check: Kian feels better about home

10. Tell Rachel the same day about any worry about how the children look, what they say or
    what they have eaten.
   Who and when:     All agencies - same day
   How we will check: each worry written on the children's file with what was done

IF IT ISN'T WORKING
If things don't get better for Kian and Evie, or there are more worries, Rachel will call a
core group meeting and we will talk about what needs to happen next. Leanne knows she can
ring Rachel or the duty team if she is struggling.

KEEPING TRACK
Core group every 4 weeks at Jadeford Park Primary, 9.30am: 11/11/2025, 09/12/2025 and
06/01/2026.
Review child protection conference: 20/01/2026, 10am, Jadeford Civic Offices.

Plan sent to Leanne Mottram, Wayne Mottram and all agencies on 22/10/2025.
""",
    "findings": [
        F("M001", "Breakfast club places for Kian and Evie, paid for"),
        F("T002", "Leanne to see her GP about her depression"),
        F("W001", "House to be kept clean and tidy, with clean bedding"),
        F("T002", "House to be kept clean and tidy, with clean bedding"),
        F("M002", "House to be kept clean and tidy, with clean bedding"),
        F("H001", "Support for Leanne from the community mental health team"),
        F("T002", "Kian to have time with a young carers worker"),
        F("M002", "Kian to have time with a young carers worker"),
        F("W002", "Tell Rachel the same day about any worry"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Core group plan for a family moving to another authority. Actions in
#    three small tables by theme; header and page footer (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b88_jerbourne_core_group_transfer_out_theme_tables_fairclough.pdf",
    "doc_title": "Core Group Plan - Tayla Fairclough and Mason Dixon",
    "split": "heldout",
    "template": "core-group-plan-transfer-out-word-as-pdf-header-footer-address-lines-why-move-outcomes-then-three-h2-theme-tables-action-lead-timescale-success-looks-like-plain-heading-contingency-meetings-and-transfer",
    "header": "OFFICIAL – SENSITIVE: PERSONAL",
    "footer": "Core group plan – Tayla and Mason – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "actions": 9,
    "description": (
        "Core group plan for a 3-year-old and a 5-month-old whose mother drinks and whose father "
        "uses cocaine, updated as the family moves to another council. Actions in three small tables "
        "by theme. The toddler's review is put on hold until the move, family support is paused "
        "until early help in the new area picks it up, and the assessment of the father is left to "
        "the new authority with no output; the GP row has no measure, the mother owns her own "
        "alcohol row ('Engagement'), the referral is 'ASAP' and no adult service owns an action; no "
        "child's voice and the next conference is 'to be arranged'."
    ),
    "blocks": [
        ("title", "Core Group Plan (updated at core group 3)"),
        ("p", "Jerbourne City Council – Children's Social Care – Safeguarding Team East"),
        ("pl", "Children: Tayla Fairclough, DOB 12/06/2022 (3); Mason Dixon, DOB 08/05/2025 (5 months)"),
        ("pl", "Mother: Chantelle Fairclough (26). Mason's father: Ryan Dixon (29), lives with the family"),
        ("pl", "Address until 01/11/2025: 22 Hawthorn Walk, Jerbourne JB4 9NX"),
        ("pl", "Address from 01/11/2025: 6 Millers Rise, Hallowmere HM7 3DS (Hallowmere County Council)"),
        ("pl", "Plan made at ICPC: 05/08/2025 (neglect). Core group 3: 16/10/2025"),
        ("p", "Social worker: Jess Morley (team manager: Andrew Kellaway)"),
        ("h1", "Why Tayla and Mason have a plan"),
        ("p", "Chantelle drinks most evenings. The police found her drunk and alone with the children twice, in "
              "June and July 2025. Ryan has told the SW that he uses cocaine at weekends. At the initial "
              "conference the flat was dirty and cold with little food in, and Mason's weight had fallen from the "
              "50th to the 9th centile between birth and 12 weeks."),
        ("h1", "The move"),
        ("p", "Chantelle has accepted a housing association tenancy in Hallowmere and the family moves on "
              "01/11/2025. Jerbourne sent the transfer request to Hallowmere on 10/10/2025. Jerbourne keeps "
              "responsibility for the plan until Hallowmere holds its transfer-in conference."),
        ("h1", "What we want for Tayla and Mason"),
        ("bullets", [
            "Tayla and Mason are looked after every day by a parent who is sober and not under the influence "
            "of drugs.",
            "Mason gains weight steadily and stays on or above the 9th centile.",
            "Tayla and Mason live in a warm, clean home, each with a safe bed, and nothing is lost when they "
            "move to Hallowmere.",
        ]),
        ("h1", "Actions"),
        ("h2", "Health"),
        ("table", {
            "header": ["Action", "Lead", "Timescale", "Success looks like"],
            "widths": [5.2, 3.8, 3.6, 4.4],
            "rows": [
                ["Weigh Mason and check his development at home",
                 "Amy Foulds, HV (Jerbourne) until the transfer-in conference",
                 "Every 2 weeks",
                 "Weight plotted in the red book, on or above the 9th centile and rising"],
                ["Tayla's two-year development review and hearing test",
                 "Health visiting",
                 "On hold until the family has moved; Hallowmere HV to book within 6 weeks of the move",
                 "Review and hearing results shared with the SW"],
                ["Register Tayla and Mason with a GP in Hallowmere",
                 "Chantelle Fairclough",
                 "Within 2 weeks of the move", ""],
            ],
        }),
        ("h2", "Home and daily care"),
        ("table", {
            "header": ["Action", "Lead", "Timescale", "Success looks like"],
            "widths": [5.2, 3.8, 3.6, 4.4],
            "rows": [
                ["Family support worker sessions on routines, meals and bedtimes",
                 "Jerbourne Family Hub",
                 "Paused from 20/10/2025; early help in Hallowmere to pick up once the family has moved",
                 "Routine chart in use at home"],
                ["Help Chantelle set up the gas and electricity and get a bed for Tayla and a cot for Mason at "
                 "the new house",
                 "Jess Morley, SW",
                 "By 07/11/2025",
                 "SW sees Tayla's bed and Mason's cot set up at the first visit after the move"],
                ["Visit Tayla and Mason at home, seeing where each child sleeps",
                 "Jess Morley, SW, until the transfer-in conference",
                 "Every 10 working days, including after the move",
                 "Visit records describe each child, their sleeping space and the food in the house"],
            ],
        }),
        ("h2", "Drinking and drug use"),
        ("table", {
            "header": ["Action", "Lead", "Timescale", "Success looks like"],
            "widths": [5.2, 3.8, 3.6, 4.4],
            "rows": [
                ["Chantelle to go to her Pathways appointments and have a breath test at each one",
                 "Chantelle Fairclough",
                 "Weekly",
                 "Engagement with Pathways"],
                ["Refer Chantelle to the alcohol service in Hallowmere so that her treatment carries on after "
                 "the move",
                 "Jess Morley, SW",
                 "ASAP",
                 "Referral accepted letter on the children's file"],
                ["Assessment of Ryan's drug use and what it means for the children",
                 "Hallowmere SW, once allocated",
                 "Once the case is accepted by Hallowmere", ""],
            ],
        }),
        ("h1", "If Chantelle drinks while she is looking after the children"),
        ("p", "If Chantelle is found under the influence of alcohol while caring for Tayla and Mason, whoever finds "
              "her will ring the police on 999. The SW, or the emergency duty team out of hours, will hold a "
              "strategy discussion the same day, and the children will be placed with foster carers that night "
              "if there is no sober adult at home."),
        ("p", "If Chantelle has two positive breath tests, or misses two Pathways appointments in a row, the SW "
              "will request a legal planning meeting within 5 working days and tell Hallowmere of the outcome."),
        ("h1", "Meetings and transfer"),
        ("bullets", [
            "Core group every 3 weeks until the transfer-in conference: 06/11/2025 and 27/11/2025, by Teams.",
            "Transfer-in conference: to be held by Hallowmere County Council; date to be arranged.",
        ]),
    ],
    "findings": [
        F("X001", "Tayla's two-year development review and hearing test"),
        F("M001", "Register Tayla and Mason with a GP in Hallowmere"),
        F("X001", "Family support worker sessions on routines, meals and bedtimes"),
        F("M002", "Chantelle to go to her Pathways appointments and have"),
        F("T002", "Refer Chantelle to the alcohol service in Hallowmere"),
        F("X001", "Assessment of Ryan's drug use and what it means"),
        F("M001", "Assessment of Ryan's drug use and what it means"),
        F("F003"),
        F("F004"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Review plan, mother's alcohol misuse, a teenager and a 4-year-old.
#    Markdown, sections headed in everyday words. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b88_jonsbeck_review_everyday_headings_md_sutcliffe.md",
    "split": "heldout",
    "template": "rcpc-markdown-plan-everyday-word-headings-family-table-what-children-said-and-we-saw-what-has-been-happening-what-we-want-to-see-then-no-what-will-happen-who-when-how-well-know-table-if-something-goes-wrong-when-we-will-check",
    "actions": 8,
    "description": (
        "Exemplary review conference plan for a 13-year-old and a 4-year-old whose mother misuses "
        "alcohol; the grandfather has the younger child twice a week. Markdown with headings in "
        "everyday words (what the children said and we saw, what we want to see, who is doing what, "
        "if something goes wrong, when we will check). Every row has a named owner, a timescale and "
        "what will be seen; the alcohol service reports on capacity to change, the GP owns the "
        "medication, the contingency covers the grandfather being unable to help and names legal "
        "planning; core group and review dates are set."
    ),
    "text": """\
# Jonsbeck Council – Children's Services

## Child protection plan: Nadia and Leo Sutcliffe

*Agreed at the first review child protection conference on 16/10/2025 and sent to the family and every
agency on 17/10/2025.*

### Who is in the family

| Person | About them |
|---|---|
| Nadia Sutcliffe | 13, Year 9 at Jonsbeck Academy |
| Leo Sutcliffe | 4, Little Owls Nursery (mornings) |
| Joanne Sutcliffe | Mum, 38 |
| Philip Sutcliffe | Joanne's dad, lives five minutes' walk away |
| Darren Fox | Leo's dad, lives in Spain; phones Leo every month |

Category: neglect (plan began 17/07/2025). Social worker: Kirsty Bell (team manager: Owen Price).
Chair: Margaret Eze.

### What Nadia and Leo have said and what we have seen

Nadia (seen alone at school, 09/10/2025): "It's better than before. Mum still has wine some nights but
she's not like she was. I like Tuesdays at Grandad's because I can just be normal and do my homework. I
still check on Mum before I go to sleep." She put home at 6 out of 10; in July she put it at 3. She wants
Grandad to be around more and does not want to live anywhere else.

Leo is chatty at visits and shows the social worker his dinosaurs. He runs to Philip at nursery pick-up.
Nursery say he usually arrives clean and has had breakfast, but on two days in September he came in late,
hungry and in the clothes he had on the day before.

### What has been happening

Joanne has been drinking heavily since 2022. Before the initial conference Nadia was often getting Leo up,
dressed and to nursery, and missed 22 days of school last year. Since July Joanne has gone to Jonsbeck
Alcohol Recovery Service every week; 9 of her 12 breath tests have been clear. The three positive tests
were all on Mondays. Nadia's attendance this term is 96%.

### What we want to see for Nadia and Leo

- Nadia and Leo are looked after every day by an adult who is sober, and Leo gets to nursery on time, fed
  and in clean clothes.
- Nadia is at school every day and no longer has to look after Leo or her mum.
- Nadia and Leo know what to do and who to ring if their mum has been drinking, and they feel safe at home.

### Who is doing what

| No. | What will happen | Who | When | How we'll know |
|---|---|---|---|---|
| 1 | Visit Nadia and Leo at home; see Nadia on her own and see Leo at teatime or bedtime | Kirsty Bell, SW | Every 2 weeks; one visit in three unannounced | Visit notes record what each child said and did and whether Joanne was sober |
| 2 | Breath test Joanne at each appointment and give a written view on whether she can stay sober enough to care for Nadia and Leo, and how long that is likely to take | Femi Adeyemi, recovery worker, Jonsbeck Alcohol Recovery Service | Weekly appointments; written report by 20/11/2025 | Breath test results sent to the SW each week; report presented at the core group on 25/11/2025 |
| 3 | Review Joanne's acamprosate prescription and check her liver function | Dr Helen Varley, GP, Brook Lane Surgery | Review by 31/10/2025, then monthly | Blood results and prescription collection dates sent to the SW each month |
| 4 | Collect Leo from nursery and give him his tea while Joanne is at her recovery group | Philip Sutcliffe (maternal grandfather) | Every Tuesday and Thursday, 12pm to 6pm | Nursery sign-out sheet shows Philip collecting Leo; Philip's note in the contact book |
| 5 | Eight sessions with Nadia about living with a parent who drinks, with her own scale of how safe she feels at home | Ayesha Khan, young carers worker, Jonsbeck Young Carers | Weekly for 8 weeks from 03/11/2025 | Nadia's 0–10 score recorded at each session and sent to the SW |
| 6 | Check Nadia's attendance and ring the SW the same day if she is absent without a reason | Mr Tom Riley, DSL, Jonsbeck Academy | Every school day | Register; attendance email to the SW every Friday |
| 7 | Agree with Joanne, Nadia and Philip a written plan for what Nadia does if her mum has been drinking: who she rings and where Leo goes | Kirsty Bell, SW | By 07/11/2025 | Signed plan on file; Nadia can tell the SW who she would ring |
| 8 | Check Leo's speech and development at nursery and share the results | Sam Whitfield, SENCO, Little Owls Nursery | By 28/11/2025 | Development summary sent to the SW and health visitor |

### If something goes wrong

- If Joanne has been drinking while she is looking after the children (a positive breath test, a call from
  Nadia, or anyone finding her drunk), Nadia and Leo will go to Philip's house that day and Kirsty (or the
  emergency duty team out of hours) will hold a strategy discussion the same day.
- If Philip is ill, away or cannot have Leo on a Tuesday or Thursday, Kirsty will book Leo into the nursery's
  afternoon session, paid for by Children's Services. If Philip cannot take the children in an emergency, the
  emergency duty team will place them with approved foster carers that night.
- If Joanne has more than two positive breath tests before the next review conference, or misses two recovery
  appointments in a row, Kirsty will ask the team manager for a legal planning meeting within 5 working days.

### When we will check how it's going

- Core group every 4 weeks at Jonsbeck Academy, 4pm: 04/11/2025, 02/12/2025 and 06/01/2026.
- Second review child protection conference: 20/01/2026, 10am, Jonsbeck Town Hall.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. Looked-after premature baby on a special care baby unit; mother detained
#    in an adult psychiatric unit. Bold paragraphs as headings, a numbered
#    Word list of actions; nobody is set to visit the baby (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b88_jowhurst_lac_scbu_numbered_list_bold_headings_brannock.docx",
    "doc_title": "Child Protection Plan - Rosie Brannock",
    "split": "heldout",
    "template": "icpc-looked-after-premature-baby-word-plan-right-aligned-heading-lines-bold-paragraph-headings-about-rosie-key-values-rosie-on-the-ward-why-then-what-we-will-do-numbered-list-sentences-meetings-no-outcomes-no-contingency",
    "actions": 8,
    "description": (
        "Initial conference plan for a baby born at 29 weeks, accommodated under section 20 and on a "
        "special care baby unit while her mother is detained with postnatal psychosis. Bold paragraphs "
        "as headings and a numbered list of sentences. The SW agrees a discharge date and the ward "
        "emails charts, but nobody is set to visit the baby at a stated frequency (the grandmother "
        "'when she can'); the psychiatrist only continues treatment with no timescale or measure, and "
        "contact 'will be arranged once Amy is well enough'. No outcomes, no contingency and no legal "
        "step."
    ),
    "blocks": [
        ("pr", "Jowhurst Metropolitan Borough Council – Children's Social Care"),
        ("pr", "OFFICIAL – SENSITIVE"),
        ("title", "Child Protection Plan"),
        ("boldp", "About Rosie"),
        ("kv", [
            ("Name", "Rosie Brannock, born 15/09/2025 at 29 weeks and 2 days"),
            ("Where she is", "Kestrel Ward (special care baby unit), Jowhurst Royal Infirmary"),
            ("Legal status", "Looked after: accommodated under section 20 since 02/10/2025"),
            ("Mother", "Amy Brannock (19), detained under section 2 Mental Health Act at Beacon House, Jowhurst"),
            ("Father", "Not named by Amy"),
            ("Maternal grandmother", "Carol Brannock, 8 Tanyard Lane, Jowhurst"),
            ("Conference", "Initial child protection conference, 09/10/2025. Chair: Vivienne Cole"),
            ("Social worker", "Lisa Carr, Children in Care Team (manager: Paul Hendry)"),
            ("Category", "Neglect"),
        ]),
        ("boldp", "Rosie on the ward"),
        ("p", "Rosie came off CPAP on 04/10/2025 and is in an open cot. She is fed by nasogastric tube and is "
              "starting to try the bottle. The nurses say she is alert in the mornings, follows faces and "
              "settles quickly when she is held and rocked. She has had few visitors since Amy was admitted; "
              "Carol has come twice. On 06/10/2025 the nurses noted that Rosie cried for long spells in the "
              "evening with no one there to hold her except staff."),
        ("boldp", "Why Rosie has a plan"),
        ("p", "Amy became very unwell four days after Rosie was born. She believed the nurses were trying to "
              "poison Rosie and tried to take her out of her incubator. Amy was detained under the Mental Health "
              "Act on 20/09/2025 and diagnosed with postnatal psychosis. Before her admission Amy had no home of "
              "her own and was staying with friends. Amy agreed to Rosie being accommodated on 02/10/2025, when "
              "her psychiatrist said she had capacity to make that decision."),
        ("boldp", "What we will do"),
        ("numbers", [
            "Lisa Carr (SW) will agree a discharge date for Rosie with the Kestrel Ward discharge coordinator "
            "by 31/10/2025 and record it on Rosie's LCS file.",
            "Carol Brannock (maternal grandmother) will visit Rosie on Kestrel Ward when she can and sign the "
            "ward visitors' book each time.",
            "The nurse in charge on Kestrel Ward will email Rosie's weight and feeding chart to Lisa Carr every "
            "Monday.",
            "Dr Sean Farrell, consultant psychiatrist at Beacon House, will continue Amy's treatment and "
            "support her to express milk for Rosie.",
            "Lisa Carr (SW) will complete a viability assessment of Carol as a carer for Rosie by 14/11/2025 "
            "and share the written report with the IRO.",
            "Jowhurst Fostering Service will identify foster carers trained in caring for premature babies by "
            "21/11/2025 and send the carers' names and matching record to the IRO.",
            "Contact between Amy and Rosie will be arranged once Amy is well enough.",
            "Ben Osei, Amy's community psychiatric nurse, will assess Amy's ability to care for Rosie and give "
            "a written report to the core group by 28/11/2025.",
        ]),
        ("boldp", "Meetings"),
        ("p", "The core group will meet every 2 weeks in the parents' room on Kestrel Ward, first on 23/10/2025 "
              "at 2pm. Review child protection conference: 08/01/2026 at 10am, Jowhurst Town Hall. First "
              "looked-after review: 30/10/2025."),
    ],
    "findings": [
        F("T002", "will visit Rosie on Kestrel Ward when she can"),
        F("H001", "will continue Amy's treatment and support her to express milk"),
        F("T001", "will continue Amy's treatment and support her to express milk"),
        F("M001", "will continue Amy's treatment and support her to express milk"),
        F("W001", "Contact between Amy and Rosie will be arranged once Amy"),
        F("T002", "Contact between Amy and Rosie will be arranged once Amy"),
        F("M001", "Contact between Amy and Rosie will be arranged once Amy"),
        F("L001"),
        F("O001"),
        F("C001"),
        F("R002"),
    ],
})
