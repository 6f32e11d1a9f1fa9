"""Batch 126, module j: seven fictional plans (held-out material), places beginning with "j".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: the WORDS of good rows. Timescales, measures, outcomes and adult
services are written well but not in template words, so that a reader looking
for "By when: dd/mm/yyyy" or "Outcome:" could misread them. Timescales are
weeks of pregnancy ("by 32 weeks (16/12/2025)"), the baby's age ("until the
baby is 6 months old", "Lily is 12 weeks old"), events dated elsewhere ("by
the review conference", "before Lily's discharge from Robin Ward", "within 10
working days of this conference"), school terms and days of the week ("each
Tuesday after school until the end of the spring term"), From / Until and
Start / End pairs, and time banner rows that give one timescale to a group of
rows ("Weeks 1-6 (17 November to 22 December 2025)"). Measures are counts and
records ("three negative screens in a row", "no missed appointments on the GP
record", "attendance above 95%", "9 mornings out of 10"), scaling scores that
a professional checks ("Mia rates home 7/10 or more and Tariq agrees"),
documents that will exist (a signed safety plan, a discharge plan), and
measures in a column headed "We'll know it's working when...". Outcomes are
"Safety goals", "What we want for you by the review", "Goal statements" and
"Goals for Lily". Adult services are named locally or by function: Pathways
Recovery, The Lighthouse, The Harbour, Cornerstone, Openway, a perinatal
mental health team, talking therapies, a community mental health team, adult
social care with a home care agency, an MS nurse, GP practices, a domestic
abuse perpetrator programme. Where a mental health service is in an
exemplary plan, every row it owns asks it to say whether the parent is making
the changes the children need and how long that will take.

Five plans are exemplary (no findings): Jarvenham (docx, landscape pre-birth
plan, safety goals merged down, From / Until columns in weeks of pregnancy
and the baby's age), Jeddlestone (pdf, review plan with school-term and
weekday timescales, scaling and record measures in a "We'll know it's
working when..." column, If / Then / Who contingency table, page header and
footer), Jillaby (md, a letter to a 15-year-old written by her social worker,
"I", "you" and "Mum" as owners under "who" headings), Juntleford (pdf,
case-system export of "Action n of 10" blocks with Start / End fields for a
baby on a neonatal unit who is not looked after, page header and footer) and
Jemberley (txt, core group revision in aligned, wrapped columns, adult social
care and talking therapies, one closed row). Two carry a realistic mix of
faults among mostly good rows: Jorricombe (md, Signs of Safety worry and goal
statements with nested Who / When / How we'll know bullets) and Jassington
(docx, initial conference plan whose table is grouped under time banner rows,
one banner being "Ongoing").

Counting actions (convention 1 of sample_plans/README.md): each live row of
an action table, each action bullet (with its Who / When / How sub-bullets)
and each "Action n of m" block counts once. Banner rows, goal cells merged
down, the contingency, meeting dates and a one-off row marked DONE are not
counted. In the letter, each bullet under "What will happen" is one action
whatever its number of sentences.
"""
from build_batch5 import F, H, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Pre-birth initial conference plan, mother's bipolar disorder, father's
#    cocaine use, a brother of 6. Landscape Word table: safety goal merged
#    down, From / Until columns in weeks of pregnancy, dates and the baby's
#    age. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b126_jarvenham_prebirth_from_until_merged_goals_okafor.docx",
    "doc_title": "Pre-birth Child Protection Plan - Baby Okafor-Mills and Tayo Mills",
    "split": "heldout",
    "actions": 12,
    "landscape": True,
    "check_vmerge": 3,
    "template": "prebirth-icpc-plan-docx-landscape-details-list-why-worried-tayos-words-and-babys-world-safety-goals-then-six-column-table-safety-goal-merged-down-what-who-from-until-by-how-we-will-know-weeks-of-pregnancy-and-babys-age-contingency-paragraphs-meetings",
    "description": (
        "Exemplary pre-birth plan from an initial conference for an unborn baby and a brother of 6. "
        "The mother has bipolar disorder and had a postpartum psychosis after her first birth; the "
        "father uses cocaine at weekends. A landscape Word table keeps each safety goal merged down "
        "beside its rows and splits time into From and Until / by columns written in weeks of "
        "pregnancy ('28 weeks (18/11/2025)', 'Signed by 34 weeks'), events ('The day of discharge "
        "from the maternity ward', 'Within 10 working days of this conference') and the baby's age "
        "('until the baby is 6 months old', 'Until the baby is 14 days old'). Measures are records "
        "and counts (three negative screens in a row, attendance above 95%, a signed birth plan). "
        "The perinatal psychiatrist and nurse both report on capacity to change, Pathways Recovery "
        "and the GP own rows, the grandmother's nights have a fallback, legal planning follows "
        "named triggers, core group dates and the review conference are set."
    ),
    "blocks": [
        ("title", "Pre-birth Child Protection Plan"),
        ("p", "Jarvenham Metropolitan Borough Council · Children's Social Care · Pre-birth and Early Years "
              "Safeguarding Team"),
        ("kv", [
            ("Unborn baby", "Due 10/02/2026 (Precious was 27 weeks pregnant on the day of conference)"),
            ("Brother", "Tayo Mills (6), DOB 04/07/2019, Year 2, St Aidan's C of E Infant School"),
            ("Mother", "Precious Okafor (24)"),
            ("Father", "Jordan Mills (27), lives with Precious and Tayo"),
            ("Maternal grandmother", "Grace Okafor, 14 Weaver Street, Jarvenham (two bus stops away)"),
            ("Address", "Flat 3, 61 Canal View, Jarvenham JV4 2RP"),
            ("Category", "Neglect (unborn baby and Tayo)"),
            ("Initial conference", "11/11/2025, chaired by Yusuf Karim (IRO)"),
            ("Social worker", "Nadia Sorensen (team manager: Philippa Dunne)"),
            ("Maternity", "Jarvenham General Hospital; specialist midwife Gemma Hart"),
        ]),
        ("h1", "Why we are worried"),
        ("p", "Precious has bipolar disorder. She stopped her mood stabiliser when she found out she was pregnant, "
              "and in August, at 19 weeks, she was admitted to Larch Ward at Jarvenham General for three weeks "
              "after several nights without sleep; on the last of them she left Tayo asleep alone in the flat and "
              "walked the canal towpath at 2am. Jordan was out with friends that night and told the police he uses "
              "cocaine most weekends. After Tayo was born Precious had a postpartum psychosis and spent six weeks "
              "in a mother and baby unit."),
        ("p", "Since she came home from Larch Ward Precious has taken the new medication agreed with the perinatal "
              "team and has kept every appointment. Jordan says he has not used since September but has not yet "
              "given a screen."),
        ("h1", "What life is like for Tayo, and for the baby before birth"),
        ("p", "Tayo (seen on his own at school, 06/11/2025): “When Mummy was in hospital I stayed at Nana's and I "
              "didn't have my dinosaurs. Daddy goes out on Saturdays and comes back when it's dark. I want to help "
              "with the baby and I want Mummy not to be sad.” He drew the flat with everyone in it and put the "
              "baby's cot next to his own bed."),
        ("p", "The baby: at the 26-week scan on 04/11/2025 the baby was growing on the 40th centile. Precious says "
              "the baby kicks most in the evening when the flat is quiet, and she talks to the bump while Tayo is "
              "in the bath. Twice before, Precious has been at her most unwell in the weeks around a birth, so the "
              "first weeks after delivery are when this baby will be most at risk."),
        ("h1", "Safety goals"),
        ("p", "Each row of the plan sits beside the goal it works towards. By the review conference on 03/03/2026 we "
              "want:"),
        ("bullets", [
            "the baby to be fed, warm and sleeping safely, and growing along the centile they were born on;",
            "the baby and Tayo to be looked after, day and night, by an adult who is well, sober and drug-free;",
            "Tayo to go to school every day and never again to be left to cope on his own when his mum becomes "
            "unwell.",
        ]),
        ("h1", "The plan"),
        ("p", "From is when an action starts; Until / by is when it must be done, or how long it carries on. Weeks "
              "are weeks of pregnancy (due date 10/02/2026). Where a time depends on the birth, the baby's age is "
              "used."),
        ("table", {
            "header": ["Safety goal", "What will happen", "Who", "From", "Until / by", "How we will know"],
            "widths": [4.0, 6.6, 3.9, 2.8, 3.1, 5.3],
            "rows": [
                ["1. The baby and Tayo are cared for by a mum who is well enough to notice what they need and "
                 "meet it",
                 "Assess Precious in pregnancy and after the birth, and write a report on her capacity to make "
                 "the changes the baby and Tayo need, the steps still needed and the likely timescale",
                 "Dr Helen Adair, consultant perinatal psychiatrist, Jarvenham Perinatal Mental Health Team",
                 "28 weeks (18/11/2025)",
                 "Report by 32 weeks (16/12/2025)",
                 "Report sent to Nadia and every core group member before the core group on 23/12/2025"],
                [V,
                 "Visit Precious at home, go through her mood chart and early warning signs with her, and tell "
                 "each core group whether she is making and keeping the changes the baby will need",
                 "Kemi Adewale, perinatal mental health nurse, Jarvenham Perinatal Mental Health Team",
                 "13/11/2025",
                 "Every fortnight until the baby is 6 months old",
                 "Mood chart seen at every visit; Kemi's written update on the case file two days before each "
                 "core group"],
                [V,
                 "Review Precious's medication with Dr Adair, so that she stays well through late pregnancy and "
                 "the first months of the baby's life",
                 "Dr Sanjay Mehta, GP, Hollin Road Medical Practice",
                 "Within 10 working days of this conference",
                 "Then every 4 weeks until the baby is 3 months old",
                 "GP letter to Nadia after each review; the pharmacy record shows every prescription collected "
                 "on time"],
                [V,
                 "Write a birth and early-weeks plan with Precious and Jordan: who stays at night, who does the "
                 "night feeds so that Precious sleeps, and who to ring if she stops sleeping",
                 "Gemma Hart, specialist midwife, with Precious",
                 "29 weeks (25/11/2025)",
                 "Signed by 34 weeks (30/12/2025)",
                 "Plan signed by Precious, Jordan, Grace and Kemi, kept in the maternity notes and on the case "
                 "file"],
                ["2. The baby and Tayo are never cared for by an adult who has taken drugs or is drunk",
                 "Key-work with Jordan with a urine screen each time, and a written view for each core group on "
                 "whether he has stopped using cocaine and how long any further change will take",
                 "Liam Costa, recovery worker, Pathways Recovery (Jarvenham drug and alcohol service)",
                 "20/11/2025",
                 "Every other Thursday until the review conference",
                 "Three negative screens in a row before 36 weeks (13/01/2026); results and Liam's view on file "
                 "before each core group"],
                [V,
                 "Use no cocaine and drink no alcohol on any day he is looking after Tayo or, after the birth, "
                 "the baby",
                 "Jordan Mills (Dad)",
                 "11/11/2025",
                 "Every day until the review conference",
                 "Every Pathways screen negative; no sign of drink or drugs noted at any visit by Nadia or the "
                 "health visitor"],
                ["3. The baby is fed, warm, sleeps safely and grows well, and Tayo goes to school every day",
                 "Antenatal appointments, a safe-sleep talk with both parents, and a check of the baby's cot and "
                 "sleeping space at the flat",
                 "Gemma Hart, specialist midwife",
                 "28 weeks: appointments every two weeks, weekly from 36 weeks",
                 "Cot checked by 37 weeks (20/01/2026)",
                 "Cot and mattress seen at the flat and recorded in the maternity notes; safe-sleep checklist "
                 "signed by both parents"],
                [V,
                 "Antenatal visit; after the birth, weigh the baby, watch a feed and check where the baby sleeps",
                 "Sophie Lund, health visitor (HV)",
                 "Antenatal visit by 34 weeks (30/12/2025)",
                 "After the birth: weekly until 8 weeks old, then every two weeks until 6 months old",
                 "Weight plotted in the red book at every visit and on or above the birth centile; sleeping "
                 "place recorded each time"],
                [V,
                 "Stay at the flat every night after Precious and the baby come home, do the 2am feed so that "
                 "Precious can sleep, and ring Kemi if Precious has not slept",
                 "Grace Okafor (maternal grandmother)",
                 "The day of discharge from the maternity ward",
                 "Until the baby is 14 days old",
                 "Night-feed chart initialled by Grace each night and seen by Nadia at each visit"],
                [V,
                 "Check Tayo's attendance and how he comes into school, and have a chat with him each Monday "
                 "with his teaching assistant",
                 "Mrs Ruth Bakare, DSL, St Aidan's C of E Infant School",
                 "12/11/2025",
                 "Every school day until the end of the spring term (27/03/2026)",
                 "Attendance above 95% on the Friday email to Nadia; Monday chats logged on the school's "
                 "safeguarding system"],
                [V,
                 "Visit the family at home, one visit in three unannounced, and see Tayo on his own",
                 "Nadia Sorensen, social worker (SW)",
                 "14/11/2025",
                 "Every two weeks until 36 weeks, then weekly until the review conference",
                 "Visit records show Tayo seen on his own at each visit, with his words written down"],
                [V,
                 "See the baby on the postnatal ward and chair a discharge planning meeting with the ward, "
                 "Kemi, Sophie and both parents",
                 "Nadia Sorensen, social worker (SW)",
                 "The day after the birth",
                 "Before the baby leaves hospital",
                 "Written discharge plan in the baby's hospital notes and on the case file, signed by both "
                 "parents and Grace"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Precious sleeps less than four hours on two nights running, shows any early warning sign in her "
              "relapse plan (talking very fast, not eating, going out alone at night) or stops her medication, "
              "Kemi will see her the same day and arrange a crisis assessment. Before the birth Tayo will stay "
              "with Grace at 14 Weaver Street until Kemi says Precious is well again; after the birth the baby "
              "will not be left alone with Precious, and Grace will stay at the flat."),
        ("p", "If Jordan has a positive screen or is seen under the influence, he will stay with his brother, "
              "Marcus Mills, at 9 Arden Court until he gives a negative screen, and he will not look after Tayo "
              "or the baby on his own."),
        ("p", "If Grace cannot stay or look after the children (she is ill, away, or it is too much for her), "
              "Nadia will ask the ward to keep Precious and the baby on the postnatal ward until another adult "
              "agreed by the core group can stay at the flat. If there is no one, the baby and Tayo will be placed "
              "together with Jarvenham foster carers that day, with time with Precious every day."),
        ("p", "If Dr Adair's report at 32 weeks says Precious cannot make the changes in time for the baby, or "
              "Jordan has two positive screens before 36 weeks, Nadia will ask Philippa Dunne for a legal "
              "planning meeting within 5 working days to decide whether to start the PLO before the birth."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks, 1.30pm at Canal View Children's Centre: 25/11/2025, 23/12/2025 and "
            "20/01/2026, then within 10 working days of the birth.",
            "Discharge planning meeting on the postnatal ward before the baby goes home (Nadia arranges it).",
            "Review child protection conference: 03/03/2026, 10am, Jarvenham Town Hall.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. First review conference plan, domestic abuse and the father's drinking,
#    mother's anxiety, two children. School terms and weekdays as timescales,
#    scaling and record measures under "We'll know it's working when...",
#    If / Then / Who contingency table. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b126_jeddlestone_rcpc_school_terms_scaling_pryor.pdf",
    "doc_title": "Review Child Protection Plan - Mia and Alfie Pryor",
    "split": "heldout",
    "actions": 11,
    "header": "OFFICIAL-SENSITIVE – Jeddlestone City Council – Children's Services",
    "footer": "Pryor – Review child protection plan (09/12/2025) – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "template": "rcpc-plan-word-printed-to-pdf-page-header-footer-details-list-what-has-changed-childrens-words-what-we-want-so-that-then-four-column-what-who-when-well-know-its-working-when-table-school-terms-weekdays-scaling-then-if-then-who-contingency-table-meetings",
    "description": (
        "Exemplary first review conference plan for an 11-year-old and a 7-year-old after domestic "
        "abuse by their father, who drinks and now lives with his mother; their mother has anxiety. "
        "A Word plan printed to PDF with page header and footer. Timescales are school terms and "
        "weekdays ('Each Tuesday after school until the end of the spring term', 'By February "
        "half-term (13/02/2026)', 'Each Wednesday evening until 25/03/2026 (week 26)'); the "
        "measure column is headed 'We'll know it's working when...' and holds scaling checked by "
        "the social worker ('Mia rates home 7 out of 10 or more and Tariq agrees'), counts and "
        "records ('three negative breath tests in a row', 'no missed appointments on the GP "
        "record', 'attendance above 95%') and a signed safety plan. Outcomes are 'What we want "
        "for Mia and Alfie', with 'so that' clauses. The alcohol service (The Lighthouse) and "
        "talking therapies report on change and its timescale, the perpetrator programme and GP "
        "have rows, the grandmother's supervision has a fallback, legal planning follows named "
        "triggers, core group dates and the second review are set."
    ),
    "blocks": [
        ("title", "Review Child Protection Plan"),
        ("p", "Jeddlestone City Council · Children's Services · Family Safeguarding Team (North)"),
        ("kv", [
            ("Children", "Mia Pryor (11), DOB 02/05/2014, Year 7, Jeddlestone Academy; Alfie Pryor (7), DOB "
                         "19/08/2018, Year 3, Holm Lane Primary"),
            ("Mother", "Leanne Pryor (34), 8 Orchard Rise, Jeddlestone JD3 5QA"),
            ("Father", "Craig Pryor (37), living with his mother since August"),
            ("Paternal grandmother", "Sandra Pryor, 22 Fenner Road, Jeddlestone"),
            ("Category", "Emotional abuse (both children)"),
            ("Initial conference", "09/09/2025"),
            ("This plan", "First review child protection conference, 09/12/2025. Chair: Marion Kells (IRO)"),
            ("Social worker", "Tariq Hussain (team manager: Eleanor Voss)"),
        ]),
        ("h1", "What has changed since September"),
        ("p", "In August the police were called to Orchard Rise for the third time in a year after Craig, who had "
              "been drinking, threw a chair at Leanne while Mia and Alfie were on the stairs. Craig moved to his "
              "mother's the next day. Since the initial conference:"),
        ("bullets", [
            "Craig has been to 11 of 12 Anchor Programme sessions and to every fortnightly appointment at The "
            "Lighthouse. Four of his five breath tests were zero; the fifth, on 03/11/2025, was not.",
            "There have been no police call-outs to either home since 14/08/2025.",
            "Craig has seen the children every Saturday at Sandra's, with Sandra there the whole time.",
            "Leanne started CBT with Jeddlestone Talking Therapies on 20/11/2025.",
            "Mia started at Jeddlestone Academy in September and has had two days off, both for a cold.",
        ]),
        ("h1", "Mia and Alfie, in their own words"),
        ("p", "Mia (seen on her own at the academy, 02/12/2025): “It's calmer at home now. I still get a knot in my "
              "tummy when Dad texts Mum loads, because that's what used to happen before. Saturdays at Nan's are "
              "OK. I want him to keep going to his course.” In September she gave home 3 out of 10; now she gives "
              "it 6."),
        ("p", "Alfie (seen on his own at home, 27/11/2025): “Dad's got a room at Nanny Sandra's and there's a dog "
              "called Pickle. I don't hide under the bed any more.” He drew his dad and Pickle in the park, and his "
              "mum and Mia at home, and said the best thing would be “everyone being kind”."),
        ("h1", "What we want for Mia and Alfie"),
        ("bullets", [
            "Mia and Alfie live in a calm home where they do not see or hear fighting, so that they sleep well and "
            "can learn at school.",
            "They see their dad when he is sober and keeps to the agreement, so that they can enjoy their time "
            "with him without worrying.",
            "Mia gets help with her worry and settles at secondary school, and Alfie's attendance stays above 95%.",
            "Both children know what to do and who to ring if they are frightened at home.",
        ]),
        ("h1", "The plan"),
        ("p", "Agreed at the review conference on 09/12/2025. Term dates are Jeddlestone's: spring term 05/01/2026 to "
              "27/03/2026, February half-term 16/02/2026 to 20/02/2026."),
        ("table", {
            "header": ["What will happen", "Who", "When", "We'll know it's working when…"],
            "widths": [5.6, 3.6, 3.4, 4.4],
            "rows": [
                ["Visit Mia and Alfie at home, one visit in three unannounced, and see each child on their own",
                 "Tariq Hussain, social worker (SW)",
                 "Every other Thursday until the second review conference",
                 "Each child's words and score for home are in the visit record; Mia rates home 7 out of 10 or "
                 "more by the second review, and Tariq agrees from what he sees and hears"],
                ["Keep to the written agreement: contact with Leanne only by text and only about the children, "
                 "and no visits to 8 Orchard Rise",
                 "Craig Pryor (Dad)",
                 "Every day; the agreement is signed again at each core group",
                 "No police call-outs to Orchard Rise on the police check before each core group, and Leanne's "
                 "phone shows only texts about the children"],
                ["Complete the 26-week Anchor Programme, including the sessions on how Mia and Alfie "
                 "experienced the fighting",
                 "Craig Pryor, with Dev Sharma, facilitator, Anchor Programme (domestic abuse perpetrator "
                 "programme)",
                 "Each Wednesday evening until 25/03/2026 (week 26)",
                 "Dev's attendance letter after every eighth session shows no more than two missed; "
                 "end-of-programme report sent to Tariq"],
                ["Key-work and breath tests with Craig, and a written view for each core group on whether his "
                 "drinking is changing in ways the children would notice, and how long further change will take",
                 "Jodie Lam, recovery worker, The Lighthouse (Jeddlestone alcohol and drug service)",
                 "Every other Monday; written view two working days before each core group",
                 "Three negative breath tests in a row before the second review; Jodie's view on file for every "
                 "core group"],
                ["Be there for the whole of Craig's time with Mia and Alfie at 22 Fenner Road, and check he has "
                 "not been drinking before they arrive",
                 "Sandra Pryor (paternal grandmother)",
                 "Each Saturday, 10am to 4pm",
                 "Sandra signs the contact book and texts Tariq by 6pm each Saturday; the children tell Tariq "
                 "how the day went at his next visit"],
                ["Eight CBT sessions for Leanne's anxiety, with a letter to Tariq after sessions 4 and 8 on "
                 "whether she is making the changes that keep the children's routines going, and the likely "
                 "timescale for any further change",
                 "Hannah Price, psychological wellbeing practitioner, Jeddlestone Talking Therapies",
                 "Each Thursday morning, 20/11/2025 to 15/01/2026",
                 "Letters on file by 18/12/2025 and 22/01/2026"],
                ["Write a safety plan with Mia and Alfie: who they ring, where they go and a code word",
                 "Leanne Pryor (Mum), with Tariq",
                 "By February half-term (13/02/2026)",
                 "A written safety plan signed by Leanne, Mia and Alfie, with a copy in each child's school "
                 "file; both children can tell Tariq the code word"],
                ["Check Mia's attendance every school day, and give her a check-in with her head of year",
                 "Mr Owen Feld, DSL, Jeddlestone Academy",
                 "Each Tuesday after school until the end of the spring term",
                 "Attendance above 95% on the Friday email to Tariq; each check-in logged on the academy's "
                 "safeguarding system"],
                ["Six ‘worry busters’ group sessions for Alfie, and pass on to Tariq anything he says about "
                 "home",
                 "Mrs Kate Rowe, learning mentor, Holm Lane Primary",
                 "Thursday afternoons for six weeks from 08/01/2026",
                 "Alfie's worry thermometer score at sessions 1 and 6 sent to Tariq; anything he says about "
                 "home passed on the same day"],
                ["Assess Mia's worry and sleep, and recommend what help she needs",
                 "Dr Rosa Quint, clinical psychologist, Jeddlestone CAMHS",
                 "First appointment by 31/01/2026",
                 "Assessment letter with recommendations sent to Tariq and the GP; Mia's sleep diary brought to "
                 "the first appointment"],
                ["Review Leanne's sertraline, and tell Tariq about any missed appointment for her, Mia or Alfie",
                 "Dr Farida Bello, GP, Holm Lane Surgery",
                 "Before each core group",
                 "No missed appointments on the GP record for Leanne, Mia or Alfie, confirmed in the GP's note "
                 "to each core group"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("table", {
            "header": ["If…", "Then…", "Who"],
            "widths": [6.0, 7.4, 3.6],
            "rows": [
                ["Craig comes to Orchard Rise, contacts Leanne about anything other than the children, or the "
                 "police are called to either home",
                 "Leanne rings 999. Craig's Saturday time stops, and a strategy discussion is held the same day",
                 "Leanne; Tariq (strategy discussion)"],
                ["Craig has been drinking when he arrives for Saturday time, or Sandra cannot be there for the "
                 "whole visit (ill, away, or Craig will not listen to her)",
                 "That Saturday's visit does not happen. From the next week Craig's time moves to Jeddlestone "
                 "Family Centre, supervised by a family centre worker, until the core group agrees otherwise",
                 "Sandra tells Tariq or the duty team that morning; Tariq books the family centre"],
                ["Mia or Alfie say they have seen or heard fighting, or have been frightened at home",
                 "Tariq sees the child on their own within 24 hours; the children stay with Leanne if Craig "
                 "was not involved, or a strategy discussion is held the same day if he was",
                 "Tariq"],
                ["Craig leaves the Anchor Programme or misses three sessions, or has two positive breath tests "
                 "before the second review",
                 "Tariq asks Eleanor Voss for a legal planning meeting within 5 working days",
                 "Tariq"],
            ],
        }),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every six weeks, Tuesdays at 4pm, Holm Lane Primary: 20/01/2026, 03/03/2026, 14/04/2026 "
            "and 26/05/2026.",
            "Second review child protection conference: 09/06/2026, 10am, Jeddlestone Civic Centre.",
            "Tariq will see Mia and Alfie on their own before each core group and bring their words to it.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Initial conference plan written as a letter to a 15-year-old, mother's
#    depression and drinking. "I" (the social worker who signs it), "you"
#    (Ellie), "Mum" and named workers own bullets under "who" headings;
#    times are weekdays, exams and school terms. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b126_jillaby_letter_to_young_person_plan_kerr.md",
    "split": "heldout",
    "actions": 12,
    "template": "icpc-plan-as-letter-to-young-person-md-dear-ellie-why-there-is-a-plan-what-you-told-me-what-we-want-for-you-by-the-review-then-what-will-happen-bullets-under-who-headings-me-mum-other-people-you-then-if-things-go-wrong-meetings-signed-by-sw",
    "description": (
        "Exemplary initial conference plan written as a letter from the social worker to a 15-year-old "
        "whose mother has depression and drinks. Bullets sit under headings for who does them ('What "
        "I will do', 'What Mum will do', 'What other people will do', 'What you said you would do'); "
        "'I' is the social worker who signs the letter and 'you' is Ellie. Timescales are in her "
        "terms ('every Thursday after school until the review', 'every Tuesday until your mocks "
        "start on 12 January 2026', 'by 12 December'), measures are things she can see (notes she "
        "reads and agrees, breath tests at zero, club registers, attendance above 95%). Outcomes "
        "are 'What we want for you by the review'. The Harbour, the CMHT psychiatrist and care "
        "co-ordinator (both asked about capacity to change and timescale) and the GP own actions; "
        "the aunt's part has a fallback, legal planning follows named triggers, core group dates "
        "and the review conference are set."
    ),
    "text": """\
# Your child protection plan

**Jillaby Borough Council – Children's Services, Safeguarding Team (East)**

To: Ellie Kerr, 27 Dunstan Road, Jillaby JL6 4BW
From: Josh Whitlam, your social worker
Date: 19 November 2025

Dear Ellie,

Yesterday, 18 November 2025, the child protection conference agreed that you should have a child
protection plan, under the heading of neglect. You came to the first part of the meeting and told the chair,
Anita Beale, what you wanted her to know. This letter is your copy of the plan. I have tried to write it the
way we talked about it, not in meeting language. Where I write "I", that is me, Josh. Where I write "you",
that is you. Mum has her own copy, and so does everyone named below.

## Why there is a plan

Mum has had depression for a long time, and since the summer she has been drinking most days. On
3 November you rang 999 because you couldn't wake her when you got home from school. Your attendance
this term is 82%, and you told your form tutor you had been staying home to "keep an eye on Mum". The
fridge was empty on two of my visits, and you have been buying food with your own money from your Saturday
job.

## What you told me

"I don't want to be taken away. I just want Mum to stop drinking and be like she was. I'm fine, I can look
after myself, but I can't revise when I'm worrying about her. Aunt Kim's is the only place I can sleep
properly." (You said this at the café on 14 November.)

You gave home 4 out of 10. You said a 10 would be "Mum up when I get in, tea on, no bottles". You want your
mocks to go well because you want to do hair and beauty at Jillaby College next year. You said it helps to
talk to Mrs Hollis, and that you'd rather I met you at school or the café than at home.

## What we want for you by the review (17 February 2026)

- You live with Mum, and she is sober and up when you get home.
- You are at school every day and can revise without worrying about Mum, and your mocks go as well as they
  can.
- There is food in the house every day, and you are not buying it with your own money.
- You always have somewhere safe to go, and you know who to ring, if Mum has been drinking.

## What will happen

### What I (Josh) will do

- I will see you on your own every Thursday after school, at school or at the café you picked, until the
  review conference. I'll write down what you tell me and your score for home, and read it back to you so
  you can check I've got it right; those notes go on your file.
- I will visit Mum at home every week, with one visit in three not arranged beforehand, and check that
  there is food in the house and that she has not been drinking; my visit notes will say what I saw each
  time.
- I will book you a place at the Jillaby Young Carers' Tuesday group by 5 December. You'll get a letter
  confirming it, and your name will be on their register from the first session in January.

### What Mum will do

- Mum will not drink on any school day, so that there is a sober adult at home when you get back, and she
  will go to The Harbour every Monday morning from 24 November for key-work and a breath test. Every breath
  test should read zero, and The Harbour will send me the results every two weeks.

### What other people will do

- Kirsty Ng, Mum's recovery worker at The Harbour (Jillaby's drug and alcohol service), will see Mum every
  Monday and write to me two days before each core group, saying whether Mum is cutting down and stopping
  in ways you would notice at home, and how long she thinks it will take. Her letters go on your file.
- Dr Amal Rashid, consultant psychiatrist at Jillaby Community Mental Health Team, will see Mum by
  12 December and write a report on her depression: whether she can make the changes you need, what steps
  she has to take and how long they are likely to take. The report will be shared at the core group on
  6 January 2026.
- Ray Tomlin, Mum's care co-ordinator at the Community Mental Health Team, will visit her at home every
  two weeks and tell each core group in writing whether she is making and keeping the changes (getting up,
  shopping, going to her appointments) that mean you don't have to do them for her.
- Dr Liu, Mum's GP at Abbey Fields Surgery, will review her antidepressant every four weeks until the
  review conference, so that she is well enough to look after you, and will write to me after each review,
  including whether she has collected every prescription.
- Mrs Hollis, the designated safeguarding lead at Jillaby High, will check your attendance every day and
  meet you every Monday before registration until the end of the spring term (27 March 2026). Her Friday
  email to me will show your attendance, which we want above 95%, and your Monday chats will be noted on
  the school system.
- Aunt Kim (Kim Farrow, Mum's sister) will have you for tea every Wednesday, and will text me every
  Thursday morning to say you were there; I will check her texts against what you tell me at our Thursday
  meetings.

### What you said you would do

- You said you will text Aunt Kim every day when you get in from school, starting today, to say whether Mum
  is OK, and straight away if she has been drinking. At our first Thursday meeting you'll show me Kim's
  number saved in your phone, and each Thursday Kim will tell me how many days that week you texted her.
- You said you will go to the revision club every Tuesday until your mocks start on 12 January 2026, and
  the club register will show you there.

## If things go wrong

- **If** you get home and Mum has been drinking, or she has not got up before you leave for school on two
  days in one week: you go to Aunt Kim's at 14 Pell Street that night, Kim tells me (or the out-of-hours
  team) the same evening, and I will see you and Mum the next day.
- **If Kim can't have you** (she's away, ill, or it's too much for her): ring me, or the out-of-hours team on
  01632 960 999, and I will arrange for you to stay with a foster carer that night. You will be able to
  see Mum the next day.
- **If** Mum tells anyone she has thought about ending her life, or is taken to hospital: the Community
  Mental Health Team crisis service will see her the same day, and you will stay with Kim.
- **If** by the core group on 3 February 2026 Mum has had more than two breath tests that weren't zero, or
  Dr Rashid's report says she cannot make the changes in time for you, I will ask my manager, Claire
  Benton, for a legal planning meeting within five working days. I will tell you before it happens, and you
  can tell the meeting what you think through me or an advocate.

## Meetings

- Core group meetings at Jillaby High, 4pm: 2 December 2025, 6 January 2026 and 3 February 2026 (about
  every four weeks, moved for the Christmas holidays). You can come to the first half of each one.
- Review child protection conference: Tuesday 17 February 2026, 10am, Jillaby Civic Centre.

If anything in this letter doesn't make sense, or you think I've got something wrong, tell me on Thursday
or ring me on 01632 960 418.

Josh Whitlam
Social Worker, Jillaby Children's Services
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Signs of Safety initial conference plan, mother's drinking and anxiety,
#    domestic abuse by her partner, two children. Worry statements and goal
#    statements, then nested bullets with Who / When / How we'll know under
#    each action. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b126_jorricombe_sos_worry_goal_nested_bullets_adeyemi.md",
    "split": "heldout",
    "actions": 12,
    "template": "signs-of-safety-icpc-plan-md-worry-statements-goal-statements-working-well-scaling-childrens-section-then-safety-plan-bold-action-bullets-with-who-when-how-well-know-sub-bullets-then-if-the-plan-is-not-working-meetings",
    "description": (
        "Signs of Safety plan from an initial conference for a 9-year-old and a 2-year-old whose "
        "mother drinks in the evenings and has anxiety, and whose father (the younger child's) "
        "pushed her in front of the children. Worry and goal statements, scaling, the children's "
        "words, then a safety plan of bold action bullets with Who / When / How we'll know "
        "sub-bullets. Most rows are sound, several in unusual words ('every Tuesday and Thursday "
        "until the Easter holidays (27/03/2026)', 'We'll know it's working when Zara tells Becky "
        "she hasn't put Jayden to bed...', the alcohol service reporting on change). Faults: CBT "
        "from talking therapies that only treats; a family support worker's bedtime sessions "
        "measured by the mother feeling more confident; the perpetrator programme 'when a place "
        "becomes available'; a parenting assessment with no stated output; 'all professionals' "
        "to report sightings; the grandmother supervises contact and does two school days but "
        "the contingency never says what happens if she cannot."
    ),
    "text": """\
# Child Protection Plan – Signs of Safety

**Jorricombe Council · Children and Young People's Services**

- **Children:** Zara Adeyemi (9), Year 5, Jorricombe Primary; Jayden Adeyemi-Reid (2), Little Stars Nursery
- **Mum:** Abi Adeyemi (30), 41 Lark Rise, Jorricombe JR2 8NF
- **Jayden's dad:** Marcus Reid (33), staying with his brother at 6 Cobden Street since 19/10/2025
- **Nana:** Bola Adeyemi (Abi's mum), 5 Kestrel Walk, Jorricombe
- **Initial conference:** 25/11/2025 · chair Ruth Oyelowo (IRO) · category: emotional abuse and neglect
- **Social worker:** Becky Thornton (team manager: Tom Ashby)

## Worry statements

- Everyone at the conference, Abi and Marcus included, is worried that if Abi and Marcus argue when Marcus
  has been drinking, Zara and Jayden could be hurt, as on 18/10/2025 when Marcus pushed Abi into the
  hallway door while Zara was holding Jayden.
- We are worried that on evenings when Abi drinks, Jayden is not fed or changed and Zara puts him to bed,
  as Zara told her teacher on 03/11/2025. Abi's anxiety makes her afraid to go out, and she has been
  drinking to cope with it.

## Goal statements

- Zara and Jayden live in a home where nobody gets hurt, and a sober adult feeds them and puts them to bed
  every night.
- Zara gets to be nine: she goes to Brownies and sees her friends, and is not the one looking after
  Jayden.
- Jayden is fed, changed and settled by an adult every evening, and keeps reaching his milestones.

## What's working well

- Abi rang the police herself on 18/10/2025 and asked Marcus to leave, and he has kept away from Lark Rise
  since.
- Nana Bola is close by, the children love going to hers, and she has said she will help "whatever it takes".
- Jayden's nursery attendance is 96%, and his key worker says he is a happy, chatty boy.

## Scaling

0 means the children cannot stay at home; 10 means everyone is confident they are safe enough to close the
plan. Becky 3, Abi 6, Nana Bola 4, Marcus 5. Zara, on her own scale of smiley faces, chose the middle one.

## Zara and Jayden

**Zara** (three houses, at school, 12/11/2025). House of worries: "When Mum's wine glass is out I do
Jayden's bath and bed. I don't like it when Marcus shouts." House of good things: "Nana's. Brownies. When
Mum does my hair." House of dreams: "Mum happy and Marcus not shouting and me going on a sleepover."

**Jayden** (2) was seen at nursery and at home on 14/11/2025 and 20/11/2025. He babbles in two- and
three-word phrases and runs to Nana when she collects him. On the home visit at 6.30pm on 20/11/2025 he was
in a wet nappy and Zara was giving him his milk; Abi was asleep on the sofa.

## Safety plan – who will do what

- **Becky will visit Zara and Jayden at home and see Zara on her own.**
  - Who: Becky Thornton, social worker
  - When: every week until the review conference, one visit in three unannounced and at least one a month
    after 6pm
  - How we'll know: visit notes record where Jayden sleeps, what Zara says and her smiley-face score for
    home
- **Abi will not drink on any evening she is looking after Zara and Jayden.**
  - Who: Abi
  - When: every evening from 25/11/2025
  - How we'll know: We'll know it's working when Zara tells Becky she hasn't put Jayden to bed since the
    last visit, nursery sees him arrive fed and changed, and every breath test at Becky's evening visits
    reads zero
- **Key-work and breath tests with Abi, and a written report to each core group on whether her drinking is
  changing and how that shows in the children's evenings.**
  - Who: Leon Pike, recovery worker, Cornerstone (Jorricombe drug and alcohol service)
  - When: every Monday at 10am; report two working days before each core group
  - How we'll know: report on file before each core group, with every breath test result
- **Six sessions of CBT for Abi's anxiety.**
  - Who: Jorricombe Talking Therapies
  - When: weekly from 12/01/2026
  - How we'll know: attendance letter sent to Becky after the sixth session
- **Help Abi set up a bedtime routine for Jayden.**
  - Who: Carla Mendes, family support worker
  - When: Tuesday and Thursday evenings, 6pm to 7.30pm, for six weeks from 02/12/2025
  - How we'll know: Abi feels more confident at bedtime
- **Marcus to complete the Jorricombe Change Project (domestic abuse perpetrator programme).**
  - Who: Marcus Reid
  - When: when a place becomes available
  - How we'll know: attendance letter from the Change Project after every sixth session
- **Marcus will see Jayden only at Nana Bola's, with Nana in the room the whole time, and will not come to
  Lark Rise.**
  - Who: Marcus, with Nana Bola supervising
  - When: Saturdays, 11am to 3pm
  - How we'll know: Nana writes each visit in the contact book, which Becky reads every fortnight
- **Nana Bola will collect Zara from school and give both children their tea at Kestrel Walk.**
  - Who: Bola Adeyemi (Nana)
  - When: every Tuesday and Thursday until the Easter holidays (27/03/2026)
  - How we'll know: the school's collection book is signed by Bola; Zara tells Becky what she had for tea
- **Check Zara's attendance, and give her a place in the Wednesday "Worry Monster" group.**
  - Who: Mr Sunil Bhatt, DSL, Jorricombe Primary
  - When: attendance every school day; group on Wednesday lunchtimes for six weeks from 07/01/2026
  - How we'll know: attendance above 95% on the weekly email to Becky; Zara's worry score at weeks 1 and 6
- **Weigh Jayden and do his two-year review.**
  - Who: Shabnam Ali, health visitor
  - When: review by 19/12/2025, then a weigh every month until the review conference
  - How we'll know: ASQ scores and weights in his red book, copied to Becky
- **Complete a parenting assessment of Abi and Marcus.**
  - Who: Becky Thornton, social worker
  - When: by 30/01/2026
- **Tell Becky the same day if Marcus is seen at Lark Rise.**
  - Who: all professionals
  - When: same day
  - How we'll know: each sighting logged on both children's files

## If the plan is not working

- If Marcus comes to Lark Rise, or the police are called to any argument between Abi and Marcus: Abi will
  ring 999, Zara and Jayden will go to Nana Bola's at 5 Kestrel Walk that night, and Becky will hold a
  strategy discussion the same day.
- If Abi has been drinking when Becky visits, or Zara rings Nana to say Mum's wine is out: Nana Bola will
  collect both children and keep them overnight, and Abi will see Cornerstone within two working days.
- If Abi has two positive breath tests before the review, or Marcus breaks the agreement about Lark Rise:
  Becky will ask Tom Ashby for a legal planning meeting within five working days.

## Meetings

- Core group every four weeks, Thursdays at 1pm, Jorricombe Family Hub: 04/12/2025, 08/01/2026 and
  05/02/2026.
- Review child protection conference: 24/02/2026, 2pm, Jorricombe Civic Offices.
""",
    "findings": [
        F("H001", "Six sessions of CBT for Abi's anxiety"),
        F("M002", "Help Abi set up a bedtime routine for Jayden"),
        F("T002", "Marcus to complete the Jorricombe Change Project"),
        F("M001", "Complete a parenting assessment of Abi and Marcus"),
        F("W002", "Tell Becky the same day if Marcus is seen"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Initial conference plan for a baby on a neonatal unit (not looked
#    after), mother on methadone who used heroin on top in pregnancy.
#    Case-system export: every field a labelled line, "Action n of 10"
#    blocks with Start / End fields anchored to discharge and the baby's
#    age. Exemplary (pdf)
# ---------------------------------------------------------------------------
def _action(n, action, responsible, start, end, evidence, goal):
    return [
        ("boldp", f"Action {n} of 10"),
        ("kv", [
            ("Action", action),
            ("Responsible", responsible),
            ("Start", start),
            ("End", end),
            ("Evidence of progress", evidence),
            ("Linked goal", goal),
        ]),
    ]


PLANS.append({
    "name": "b126_juntleford_case_export_start_end_fields_brennan.pdf",
    "doc_title": "Child Protection Plan - Lily Brennan (CaseBridge export)",
    "split": "heldout",
    "actions": 10,
    "header": "CaseBridge · Juntleford Council Children's Services · OFFICIAL-SENSITIVE",
    "footer": "Export CB-CPP-20251203-0417 · Lily Brennan · Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "template": "icpc-baby-on-neonatal-unit-case-system-pdf-export-page-header-footer-labelled-field-lines-subject-household-legal-status-reason-lived-experience-goals-then-action-n-of-m-blocks-action-responsible-start-end-evidence-linked-goal-then-trigger-response-pairs-review-fields",
    "description": (
        "Exemplary initial conference plan for a 12-day-old baby on a neonatal unit, withdrawing "
        "from opiates; her mother is on methadone and used heroin on top in pregnancy. The baby is "
        "not looked after and will go home with her parents. A case-system export printed to PDF "
        "with page header and footer: every field is a labelled line, the actions are 'Action n "
        "of 10' blocks whose Start and End fields are events and ages ('Lily's discharge from "
        "Robin Ward', 'Within 10 working days of this conference (by 16/12/2025)', 'Lily is 6 "
        "months old (21/05/2026)'), and whose evidence fields are records (withdrawal scores, "
        "three clear screens in a row, no missed doses on the pharmacy record, weights in the red "
        "book). The social worker visits the unit twice a week until discharge. Pathways Recovery "
        "and the GP own actions, the grandmother's days have a fallback, legal planning follows "
        "named triggers, core group and review dates are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Record type: Child protection plan (initial) · Status: Agreed at conference · Exported 03/12/2025 "
              "16:42 by O.CASTELL"),
        ("h1", "Subject"),
        ("kv", [
            ("Name", "Lily Brennan"),
            ("Date of birth", "21/11/2025 (born at 35 weeks), 12 days old at conference"),
            ("CaseBridge ID", "CB-4471265"),
            ("Current location", "Robin Ward (neonatal unit), Juntleford Hospital"),
            ("Legal status", "Not looked after. Kayleigh and Ryan hold parental responsibility, have agreed the "
                             "plan, and Lily is expected to go home with them when the ward discharges her"),
            ("Category", "Neglect"),
        ]),
        ("h1", "Household"),
        ("kv", [
            ("Mother", "Kayleigh Brennan (26), Flat 12, Linnet House, Juntleford JN2 7DS"),
            ("Father", "Ryan Doyle (29), same address; bus driver, Juntleford Buses"),
            ("Paternal grandmother", "Pauline Doyle, 3 Teal Close, Juntleford (a mile away)"),
        ]),
        ("h1", "Conference"),
        ("kv", [
            ("Initial conference", "02/12/2025, held on Robin Ward's parents' room. Chair: Dawn Achebe (IRO)"),
            ("Social worker", "Owen Castell (team manager: Farah Lindqvist)"),
        ]),
        ("h1", "Reason for the plan"),
        ("kv", [
            ("Summary", "Kayleigh has been on a methadone prescription from Pathways Recovery since 2023. She "
                        "told her midwife at 30 weeks that she had been using heroin on top \"when things got "
                        "bad\", and her screen at 33 weeks was positive. Lily was born at 35 weeks and has "
                        "been treated on Robin Ward for neonatal abstinence syndrome. Ryan does not use drugs "
                        "(hair-strand test clear, 28/11/2025). The worry is that, once home, Lily could be "
                        "cared for by a parent under the influence, and that her withdrawal makes her a hard "
                        "baby to feed and settle."),
        ]),
        ("h1", "Lily's lived experience"),
        ("kv", [
            ("Observed on the unit", "Seen by the social worker on 28/11/2025 and 01/12/2025. Lily has a "
                                     "high-pitched cry, sneezes a lot and startles at noise. She feeds about "
                                     "40ml every three hours and often needs two tries. She settles quickest "
                                     "held skin to skin on Kayleigh's chest, and watched Ryan's face for "
                                     "several minutes while he changed her. Her withdrawal scores have come "
                                     "down from 11 to 6 in four days."),
        ]),
        ("h1", "Goals for Lily"),
        ("kv", [
            ("Goal 1", "Lily goes home only when her withdrawal has settled, to parents who know how to feed "
                       "and settle her."),
            ("Goal 2", "Lily is cared for at all times by an adult who is not under the influence of drugs or "
                       "alcohol."),
            ("Goal 3", "Lily feeds well, sleeps on her back in her own cot, and grows along her centile."),
        ]),
        ("h1", "Actions"),
        *_action(1,
                 "See Lily on Robin Ward, and see how Kayleigh and Ryan feed, change and settle her",
                 "Owen Castell, social worker",
                 "03/12/2025; twice a week (Tuesday and Friday)",
                 "Lily's discharge from Robin Ward",
                 "Visit record for each visit, noting Lily's feeds, her withdrawal scores from the ward chart and "
                 "who was with her",
                 "Goal 1"),
        *_action(2,
                 "Record every parents' visit, how long it lasted and how they managed feeds, and phone the "
                 "social worker the same day if a parent arrives under the influence",
                 "Sister Ana Lopes, ward manager, Robin Ward, Juntleford Hospital",
                 "02/12/2025",
                 "Lily's discharge from Robin Ward",
                 "Parents' visiting log and feed chart emailed to the social worker every Friday; same-day calls "
                 "logged on CaseBridge",
                 "Goal 1"),
        *_action(3,
                 "Hold a discharge planning meeting and write Lily's discharge and safe-care plan with her "
                 "parents and the ward",
                 "Owen Castell, social worker, with Sister Lopes",
                 "Within 10 working days of this conference (by 16/12/2025)",
                 "Before Lily's discharge from Robin Ward",
                 "Written discharge plan signed by Kayleigh and Ryan, in Lily's hospital notes and on CaseBridge",
                 "Goal 1"),
        *_action(4,
                 "Key-work with Kayleigh, supervised methadone and urine screens, and a written report to each "
                 "core group on whether she has stopped using on top, how stable she is in her care of Lily, and "
                 "how long any further change is likely to take",
                 "Tasha Reid, recovery worker, Pathways Recovery (Juntleford substance misuse service)",
                 "03/12/2025; key-work every Tuesday, report two working days before each core group",
                 "Lily is 6 months old (21/05/2026)",
                 "Three clear urine screens in a row before Lily's discharge; Tasha's report on CaseBridge before "
                 "each core group",
                 "Goal 2"),
        *_action(5,
                 "Take her methadone as prescribed, supervised at Castle Pharmacy, and use nothing on top, so "
                 "that she is safe to hold, feed and settle Lily",
                 "Kayleigh Brennan (mother)",
                 "02/12/2025; every day",
                 "Lily is 6 months old (21/05/2026)",
                 "The pharmacy's supervised-consumption record shows no missed doses; every Pathways screen clear",
                 "Goal 2"),
        *_action(6,
                 "Do Lily's 2am feed every night and be at home with her overnight, so that Kayleigh is never "
                 "caring for Lily alone at night",
                 "Ryan Doyle (father)",
                 "The day of Lily's discharge",
                 "Lily is 12 weeks old (13/02/2026)",
                 "Night-feed chart initialled by Ryan, seen by the health visitor and the social worker at each "
                 "visit",
                 "Goal 2"),
        *_action(7,
                 "Be at the flat while Ryan is at work, to help with feeds and to be a second sober adult with "
                 "Kayleigh and Lily",
                 "Pauline Doyle (paternal grandmother)",
                 "The day after Lily's discharge; 8am to 2pm, Monday to Friday",
                 "Four weeks after Lily's discharge",
                 "Pauline signs the visitors' sheet in Lily's folder each day; the social worker checks it at "
                 "each visit",
                 "Goal 2"),
        *_action(8,
                 "Weigh Lily, watch a feed, and check her cot and where she sleeps",
                 "Mel Rahman, health visitor",
                 "The day after Lily's discharge; weekly until she is 12 weeks old, then every two weeks",
                 "Lily is 6 months old (21/05/2026)",
                 "Weight plotted in the red book at each visit and on or above the 9th centile; cot and sleeping "
                 "place recorded each time",
                 "Goal 3"),
        *_action(9,
                 "Kayleigh's postnatal check and Lily's 8-week check, and tell the social worker about any "
                 "missed appointment for either of them",
                 "Dr Imogen Fry, GP, Castle Street Surgery",
                 "Lily's discharge",
                 "Both checks by 16/01/2026",
                 "Both checks on the GP record; no missed appointments for Lily on the GP record",
                 "Goals 2 and 3"),
        *_action(10,
                 "Visit Lily at home, one visit in three unannounced, and see her awake and handled by each "
                 "parent",
                 "Owen Castell, social worker",
                 "The week of Lily's discharge; weekly",
                 "The review conference (03/03/2026)",
                 "Visit records show Lily seen awake at each visit, with her cot and sleeping place checked and "
                 "who was caring for her",
                 "Goals 2 and 3"),
        ("h1", "Contingency"),
        ("kv", [
            ("Trigger 1", "Kayleigh has a positive screen for heroin or any drug she is not prescribed, misses "
                          "two supervised doses in a row, or arrives at Robin Ward or is found at home under the "
                          "influence."),
            ("Response 1", "Kayleigh does not care for Lily alone: on the ward her visits are supervised by ward "
                           "staff, at home Ryan or Pauline is always present, until she gives a clear screen. "
                           "Owen holds a strategy discussion the same day."),
            ("Trigger 2", "Pauline cannot be at the flat on a weekday (she is ill, away or cannot manage)."),
            ("Response 2", "Ryan stays at home with Lily that day (Juntleford Buses has agreed carer's leave), and "
                           "Owen arranges a family support worker at the flat every weekday from the next "
                           "working day until Pauline can come again."),
            ("Trigger 3", "Lily loses weight at two weighs in a row, or is found asleep anywhere but her cot."),
            ("Response 3", "The health visitor tells Owen the same day; Owen visits within 24 hours and a "
                           "strategy discussion is held if Lily has been harmed."),
            ("Trigger 4", "Two positive screens before the review conference, or Kayleigh leaves treatment at "
                          "Pathways Recovery."),
            ("Response 4", "Owen asks Farah Lindqvist for a legal planning meeting within 5 working days to "
                           "decide whether to start the PLO."),
        ]),
        ("h1", "Review"),
        ("kv", [
            ("Core group", "First on 16/12/2025 on Robin Ward (with the discharge planning meeting), then every "
                           "four weeks: 13/01/2026 and 10/02/2026, 11am, Linnet House Children's Centre"),
            ("Review conference", "03/03/2026, 10am, Juntleford Civic Centre"),
            ("Lily's voice", "Owen and the health visitor will describe at each core group what they have seen "
                             "of Lily's day: her feeds, her sleep, and how she responds to each parent"),
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Initial conference plan, mother's depression and overdose, stepfather's
#    cannabis use, a young carer of 13 and a boy of 5. Word table with no
#    When column: time banner rows group the rows under them, the last banner
#    being "Ongoing". Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b126_jassington_icpc_time_banner_rows_marsh.docx",
    "doc_title": "Child Protection Plan - Kacey Marsh and Riley Webb",
    "split": "heldout",
    "actions": 13,
    "template": "icpc-plan-docx-details-list-reasons-childrens-views-what-we-want-then-four-column-no-what-needs-to-happen-lead-how-we-will-know-table-grouped-under-time-banner-rows-within-10-working-days-weeks-1-6-every-week-until-review-ongoing-contingency-meetings",
    "description": (
        "Initial conference plan for a 13-year-old young carer and her 5-year-old brother; their "
        "mother has depression and took an overdose, and the boy's father smokes cannabis daily. "
        "The Word table has no When column: time banner rows ('Within 10 working days of this "
        "conference (by 24 November 2025)', 'Weeks 1-6 (17 November to 22 December 2025)', 'Every "
        "week until the review conference (10 February 2026)') give the timescale of the rows "
        "under them, and most rows are sound (the psychiatrist's capacity report, the GP's "
        "records, the drug service's report, the speech therapist's targets). Faults: the young "
        "carers' referral with a '-' lead; a safety plan left to the core group; a parenting "
        "assessment with no stated output; family support measured by 'Improvement in home "
        "conditions'; the care co-ordinator's visits that only support the mother; the "
        "stepfather's cannabis under a banner that says only 'Ongoing'; a contingency with no "
        "specific trigger or response; core group dates 'to be arranged'."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Jassington County Council – Children's Social Care – Initial Child Protection Conference"),
        ("kv", [
            ("Children", "Kacey Marsh (13), DOB 22/03/2012, Year 8, Jassington Academy; Riley Webb (5), DOB "
                         "09/06/2020, Reception, Brookside Primary"),
            ("Address", "17 Saxon Way, Jassington JS7 1RN"),
            ("Mother", "Gemma Marsh (35)"),
            ("Riley's father", "Lee Webb (38), lives at the family home"),
            ("Category", "Neglect (both children)"),
            ("Conference", "10/11/2025, chaired by Harriet Nolan (IRO)"),
            ("Social worker", "Anna Kowalczyk (team manager: Simon Adeyinka)"),
        ]),
        ("h1", "Why the children need a plan"),
        ("p", "Gemma has had depression since Riley was a baby. On 12/09/2025 she took an overdose of her "
              "tablets while Riley was at home, and it was Kacey who found her and rang 999. Since then Kacey "
              "has missed 14 days of school, saying she needs to be at home in case her mum needs her. Lee "
              "smokes cannabis every day, often in the house, and Riley's school has noticed that he comes in "
              "tired, hungry and with few words."),
        ("h1", "What Kacey and Riley say"),
        ("p", "Kacey (seen alone at school, 04/11/2025): “I can't leave Mum. If I'm at school and something "
              "happens it's my fault. Lee just sits in the kitchen with the back door open. I'd like to go back "
              "to netball.”"),
        ("p", "Riley (seen at home, 06/11/2025): “Kacey makes my toast.” He showed the social worker his "
              "dinosaur book and said his favourite thing is “when Mummy does the voices”."),
        ("h1", "What we want for Kacey and Riley"),
        ("numbers", [
            "Kacey and Riley are looked after every day by an adult who is well and is not under the influence "
            "of cannabis.",
            "Kacey no longer looks after her mum or Riley, goes to school every day and gets back to netball.",
            "Riley arrives at school fed and rested, and his speech is assessed and helped.",
        ]),
        ("h1", "The plan"),
        ("p", "The shaded rows say when the actions under them must be done."),
        ("table", {
            "header": ["No.", "What needs to happen", "Lead", "How we will know"],
            "widths": [1.0, 7.0, 4.0, 5.0],
            "rows": [
                ["Within 10 working days of this conference (by 24 November 2025)", H, H, H],
                ["1",
                 "Refer Kacey to Jassington Young Carers for an assessment and a place at their Thursday club",
                 "-",
                 "Young carer's assessment sent to the SW; Kacey on the club register"],
                ["2",
                 "Share Gemma's and Lee's health records, medication and any missed appointments with the SW, "
                 "so that the plan knows how Gemma's treatment affects her care of Kacey and Riley",
                 "Dr Priya Nair, GP, Meadowbank Surgery",
                 "GP letter on file by 24 November"],
                ["3",
                 "Agree a written safety plan with Kacey about who she rings if her mum is unwell",
                 "Core group",
                 "Safety plan signed by Kacey and Gemma, with a copy in Kacey's planner"],
                ["Weeks 1-6 (17 November to 22 December 2025)", H, H, H],
                ["4",
                 "Assess Gemma's depression and her capacity to make the changes Kacey and Riley need, with the "
                 "steps still needed and the likely timescale",
                 "Dr Marcus Lyle, consultant psychiatrist, Jassington Community Mental Health Team",
                 "Written report to the SW by 22 December 2025"],
                ["5",
                 "Carry out a parenting assessment of Gemma and Lee",
                 "Anna Kowalczyk, social worker (SW)",
                 ""],
                ["6",
                 "Family support worker sessions on morning routines and meals",
                 "Dean Foster, family support worker",
                 "Improvement in home conditions"],
                ["7",
                 "Assess Riley's speech at school and set targets, shared with Gemma and the SW",
                 "Ellen Shaw, speech and language therapist, Jassington Children's Therapy",
                 "Report with Riley's targets sent to school and the SW by week 6"],
                ["Every week until the review conference (10 February 2026)", H, H, H],
                ["8",
                 "Visit Kacey and Riley at home, see each child on their own, one visit in three unannounced",
                 "Anna Kowalczyk, social worker (SW)",
                 "Each child's words and how the home looked written up in the visit record within 2 days of "
                 "each visit"],
                ["9",
                 "Weekly visits to support Gemma with her low mood and remind her of appointments",
                 "Sue Barker, care co-ordinator, Jassington CMHT",
                 "Dates of visits sent to the SW each month"],
                ["10",
                 "Key-work and saliva screens with Lee, and a written view on whether his cannabis use is "
                 "changing in ways that affect Riley",
                 "Jon Peck, drugs worker, Openway (Jassington substance misuse service)",
                 "Screen results and the written view sent to the SW every four weeks"],
                ["11",
                 "Check Kacey's attendance and call the SW the same day if she is absent without a reason",
                 "Mrs Alison Pratt, DSL, Jassington Academy",
                 "Attendance emailed to the SW each Friday; 95% or better by the review"],
                ["12",
                 "Check Riley's attendance and whether he arrives fed, and give him breakfast club",
                 "Miss Leah Dunn, DSL, Brookside Primary",
                 "Breakfast club register and attendance emailed to the SW each Friday"],
                ["Ongoing", H, H, H],
                ["13",
                 "Lee not to smoke cannabis in the house or while caring for Riley",
                 "Lee Webb (Riley's father)",
                 "All saliva screens at Openway clear"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If things do not improve or there are further concerns, Anna will discuss the children's care with "
              "her team manager and consider whether they need to live somewhere else. If there has not been "
              "enough progress by the review conference, Anna will request a legal planning meeting."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group meetings: dates to be arranged by the social worker.",
            "Review child protection conference: 10 February 2026, 1.30pm, Jassington County Hall.",
        ]),
    ],
    "findings": [
        F("W001", "Refer Kacey to Jassington Young Carers for an assessment"),
        F("W002", "Agree a written safety plan with Kacey about who"),
        F("M001", "Carry out a parenting assessment of Gemma and Lee"),
        F("M002", "Family support worker sessions on morning routines and meals"),
        F("H001", "Weekly visits to support Gemma with her low mood"),
        F("T002", "Lee not to smoke cannabis in the house"),
        F("C002"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Core group revision of an initial conference plan, mother's multiple
#    sclerosis and depression, a young carer of 12 and a boy of 8. Plain
#    text with aligned, wrapped columns; adult social care, a home care
#    agency, an MS nurse, talking therapies and the GP own rows; one closed
#    row kept. Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b126_jemberley_core_group_revision_aligned_columns_ferris.txt",
    "split": "heldout",
    "actions": 11,
    "template": "core-group-revision-plain-text-caps-headings-aligned-label-value-details-why-views-what-we-want-by-the-review-then-fixed-width-five-column-no-what-who-when-how-we-will-know-table-wrapped-cells-closed-row-kept-then-if-things-go-wrong-dash-list-meetings",
    "description": (
        "Exemplary plan as revised at the second core group, for a 12-year-old young carer and her "
        "8-year-old brother; their mother, the sole carer, has multiple sclerosis and depression. "
        "Plain text with aligned label-value details and a fixed-width five-column table whose "
        "cells wrap over several lines. Timescales are weekdays and terms ('Every Tuesday after "
        "school until the review conference', '7.30am and 8pm every day from 05/01/2026', 'By core "
        "group 3 (13/01/2026)'); measures are counts and records (caring jobs down from 9 to 2 or "
        "fewer, 9 mornings out of 10 at breakfast club, no missed appointments on the GP record, a "
        "carers' log). Adult social care assesses and commissions personal care, the MS nurse says "
        "what the mother can safely do, talking therapies report on change and its timescale, the "
        "GP shares records. A finished referral is kept as a DONE row (not counted). No family "
        "support is relied on; legal planning follows named triggers; core group and review dates "
        "are set."
    ),
    "text": """\
JEMBERLEY COUNCIL - CHILDREN'S SERVICES - FAMILY SAFEGUARDING TEAM (WEST)
CHILD PROTECTION PLAN - AS REVISED AT CORE GROUP 2 (16/12/2025)
=====================================================================================================================

Children         Shannon Ferris (12), DOB 30/04/2013, Year 8, Jemberley Academy
                 Kai Ferris (8), DOB 11/10/2017, Year 4, Ashgrove Primary
Address          9 Rookery Lane, Jemberley JM3 6GT
Mother           Tina Ferris (41), sole carer
Father           Paul Ferris, lives in Dundee; video calls every Sunday
Category         Neglect (both children)
Conference       Initial conference 25/11/2025, chaired by Lorna Beck (IRO)
Social worker    Ros Patel (team manager: Dev Anand)
Core group 2     16/12/2025, Ashgrove Primary. Present: Tina, Ros, Marie Dubois (Adult Social Care), Gill
                 Hartley (MS nurse), Mr Oduya, Mrs Petts, Dani Cole, Rhys Morgan. Apologies: Dr Marr (note sent),
                 Ben Oyelaran (first session not yet held).

WHY THERE IS A PLAN
---------------------------------------------------------------------------------------------------------------------
Tina has multiple sclerosis and depression. Since a relapse in the summer she has had days when she cannot
get out of bed. Shannon has been helping her wash and dress, giving her tablets morning and night, and
cooking the tea; she has been late to school 22 times this term and falls asleep in lessons. Kai has been
going to school without breakfast, and on 14/11/2025 he was not collected until 4.40pm. At the conference
Shannon listed nine jobs she does for her mum and Kai every day.

WHAT SHANNON AND KAI SAY
---------------------------------------------------------------------------------------------------------------------
Shannon (seen on her own at school, 11/12/2025): "I don't mind helping Mum, she's my mum. But I'm tired all
the time and I can't do my homework. I'd like someone else to do her tablets. I miss being in the choir."
She gave home 6 out of 10 and school 4.

Kai (seen on his own at home, 09/12/2025): "Shannon makes the tea and it's always beans. I want Mum to come
to the park." He showed Ros how he feeds Biscuit the cat and said that was "my job, not Shannon's".

WHAT WE WANT FOR SHANNON AND KAI BY THE REVIEW CONFERENCE (24/02/2026)
---------------------------------------------------------------------------------------------------------------------
 - Shannon is a 12-year-old again: no personal care or tablets for her mum, in school on time every day
   and back in the choir.
 - Kai has breakfast before school and a hot tea every evening, and is collected on time.
 - Both children are looked after by their mum with the right help in the house, so that neither of
   them has to stand in for a carer.

THE PLAN
---------------------------------------------------------------------------------------------------------------------
Rows 1 to 11 are live. The last row is kept for the record and is finished.

NO    WHAT WILL HAPPEN                    WHO                    WHEN                   HOW WE WILL KNOW
---------------------------------------------------------------------------------------------------------------------
1     See Shannon and Kai at home, each   Ros Patel (SW)         Every Tuesday after    Visit notes give each child's
      of them on their own; one visit in                         school until the       words and score for home;
      three unannounced                                          review conference      Shannon's list of caring jobs
                                                                                        (9 at conference) is down to
                                                                                        2 or fewer by the review

2     Complete Tina's Care Act            Marie Dubois, social   Assessment by          Signed care and support plan
      assessment and agree a care         worker, Jemberley      19/12/2025; carers in  on file; the carers' log
      package, so that Shannon no longer  Adult Social Care      place from 05/01/2026  shows two visits a day, seven
      helps her wash, dress or take her   (Physical Disability                          days a week
      tablets                             Team)

3     Morning and evening personal care   Brightside Home Care,  7.30am and 8pm every   Carers' log and medication
      for Tina, giving her tablets from   commissioned by Adult  day from 05/01/2026    chart in the house, checked
      the blister pack, so that Shannon   Social Care                                   by Ros each Tuesday; Shannon
      does not do it before school or at                                                tells Ros she has not done
      bedtime                                                                           Mum's tablets

4     Review Tina's MS, fatigue and       Gill Hartley, MS       By 09/01/2026, then    Written note to Ros listing
      medication, and tell the core       specialist nurse,      before each core       what Tina can and cannot
      group which daily jobs she can      Jemberley Neurology    group                  safely do, shared at each
      safely do for Shannon and Kai and   Service                                       core group
      which she cannot

5     Twelve CBT sessions for Tina's      Ben Oyelaran, CBT      Wednesdays at 11am,    Letters on file after session
      depression; after sessions 6 and    therapist, Jemberley   07/01/2026 to          6 (by 18/02/2026) and session
      12, write to Ros on whether Tina    Talking Therapies      25/03/2026             12 (by 01/04/2026)
      is making the changes the children
      need (up by 8am, a hot tea, the
      school run) and how long further
      change is likely to take

6     Review Tina's antidepressant and    Dr Helen Marr, GP,     Review by 09/01/2026;  No missed appointments on the
      pain relief so that she is awake    Fleet Street Surgery   a note before each     GP record for any of the
      to get Kai up for school, and                              core group             three; GP note on file before
      share any missed appointments for                                                 each core group
      Tina, Shannon or Kai

7     Young carer's assessment with       Dani Cole, Jemberley   Assessment by          Shannon's young carer's plan
      Shannon, and a place at the Friday  Young Carers           30/01/2026; club       sent to Ros; the club
      youth club                                                 every Friday from      register shows her there
                                                                 06/02/2026

8     Check Shannon's attendance and      Mr Neil Oduya, DSL,    Every school day       Attendance above 95% and no
      lateness, and give her a check-in   Jemberley Academy      until the end of the   more than one late mark a
      with her form tutor each Monday                            spring term            half-term, on the Friday
      morning                                                    (27/03/2026)           email to Ros

9     Breakfast club place for Kai, with  Mrs Jane Petts, DSL,   Every school morning   Breakfast club register shows
      a note of the time he arrives and   Ashgrove Primary       from 05/01/2026        Kai in by 8.15am on at least
      whether he has eaten                                                              9 mornings out of 10

10    Set up an online food shop and a    Rhys Morgan, family    Thursdays at 10am,     Meal plan on the fridge each
      weekly meal plan with Tina, so      support worker (FSW)   six sessions from      week; the children tell Ros
      that Shannon and Kai have a hot                            08/01/2026             what they had for tea at her
      tea every evening without Shannon                                                 Tuesday visits
      cooking it

11    Agree with Shannon and Kai which    Tina Ferris (Mum),     By core group 3        List on the fridge, signed by
      jobs are theirs (their rooms,       with Ros               (13/01/2026)           Tina, Shannon and Kai, seen
      feeding Biscuit the cat) and which                                                by Ros
      are not, and put the list on the
      fridge

--    DONE 25/11/2025: refer Tina to      Ros Patel (SW)         By 28/11/2025          Referral accepted by Adult
      Adult Social Care for a Care Act                                                  Social Care on 27/11/2025
      assessment

IF THINGS GO WRONG
---------------------------------------------------------------------------------------------------------------------
 - If a carers' visit is missed, or Tina falls or cannot get out of bed: Brightside tells Adult Social Care
   duty, who send an emergency carer within 4 hours, and Ros sees the children at home that evening.
   Shannon is not to step in with personal care or tablets; Kai and Shannon know to ring Ros or the
   out-of-hours team (01632 960 222) instead.
 - If Tina talks about ending her life, or does not eat or get up for three days: Ben Oyelaran or Dr Marr
   will ask the crisis team to see her the same day, and if no adult known to Ros can stay at the house,
   Shannon and Kai will go together to Jemberley emergency foster carers that night.
 - If Shannon is found doing her mum's personal care or tablets again, or either child misses more than
   three days of school in a half-term: Ros visits within 24 hours and Adult Social Care reviews the care
   package within 5 working days.
 - If by the review conference Shannon still does more than two of her caring jobs, or either child's
   attendance is below 90%, Ros will ask Dev Anand for a legal planning meeting within 5 working days.

MEETINGS
---------------------------------------------------------------------------------------------------------------------
Core group         every four weeks, Tuesdays at 3.30pm, Ashgrove Primary: 13/01/2026 and 10/02/2026
Review conference  24/02/2026, 10am, Jemberley Civic Centre
=====================================================================================================================
""",
    "findings": [],
})
