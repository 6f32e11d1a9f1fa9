"""Batch 142, module b: seven fictional plans (held-out material), places beginning with "b".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md (conventions 12
and 13 in particular), without running planlint or reading its code.

Focus: plans whose timescales, measures and owners are not written beside
each action, in house styles and voices batches 113 to 118 did not use. A
pre-birth plan as one Word table cut into three phases by shaded banner rows
that carry each phase's time ("from today until Baby is born, due
14/05/2026"), with "How we will know" boxes merged down beside several rows
and saying which action each check is for; a review conference plan whose
first column of stage names and times is merged down a landscape table (one
stage, "other work agreed", carries no time); core group minutes whose action
log has only a Lead column of initials from the attendance list, one
sentence above the log setting every action's deadline ("due by the next
core group on 12/03/2026 unless the action gives its own time") and a "What
we will look for at core group 3" box keyed by action number; a young carer's
plan whose times are a month grid (rows are months, cells list action
references) and whose measures are a success-criteria appendix keyed by
reference; a child-friendly "my plan" written to a 10-year-old, with one
opening sentence for the times, "X will:" lead-ins for the owners and the
checks written into her outcomes, each action pointing at its outcome; a
letter to parents with the plan attached in Markdown, nested bullets under
owner lead-ins and a "How we will know" list keyed by letter; and a
plain-text case-system print for a premature baby with a cleft palate going
home on tube feeds, in three phases with owner lead-ins and a "What we will
look for at core group" box keyed by code. The families live with domestic
abuse, parental alcohol and drug use, a father's stroke and depression, a
mother's perinatal anxiety and depression, and a mother's learning
disability; the children include an unborn baby, a non-verbal autistic boy,
a 14-year-old young carer and a baby with medical needs, whose voice is what
they said, showed with symbols or were seen to do.

Five plans are exemplary (no findings): Bellowmere (pre-birth phase banners,
docx), Bramhythe (core group minutes with initials and a look-for box, pdf),
Bewlingham (young carer month grid and appendix, pdf), Blackmorrow (the
child's own plan, md) and Brenscombe (neonatal phases print, txt). Two carry
a realistic mix of faults among mostly good rows: the Bradwinter review plan
with a merged stage column (docx) and the Bagshollow letter with the plan
attached (md).

Counting actions (convention 1): every live row of an action table and every
numbered or lettered item of an action section counts once. Banner rows,
stage cells, lead-ins, the month grid, the look-for boxes, the
success-criteria appendix, the outcomes, the contingency, meeting dates and
work reported as already done in the minutes' narrative do not. No action
listed in these plans is already done. Reading of conventions 12 and 13 used:
a time given once for a phase, stage, log or letter is each action's time
unless the action gives its own (which then replaces it, vague or not); a
stage with no time gives none (T001); a measure counts when a merged box
beside the row, a keyed list or appendix entry, or the outcome the action
points to gives it, and an action such a list leaves out has none (M001); a
vague merged box is the only measure of each row it sits beside (M002 each);
an owner's lead-in owns every item under it, and initials from an attendance
list are named owners.
"""
from build_batch5 import F, H, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Pre-birth initial conference plan. Mother (21, care leaver) with anxiety
#    and depression under the perinatal team; father's daily cannabis use; a
#    former foster carer and the paternal grandmother helping. One Word table
#    in three phases: shaded banner rows give each phase's time, "How we will
#    know" boxes are merged down beside groups of rows and key each check to
#    its action. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b142_bellowmere_prebirth_phase_banners_merged_checks_okafor.docx",
    "doc_title": "Pre-birth Child Protection Plan - Baby of Chantelle Okafor",
    "split": "heldout",
    "actions": 15,
    "check_vmerge": 4,
    "template": "prebirth-icpc-word-plan-details-list-why-we-are-worried-babys-world-outcomes-then-one-table-three-phase-banner-rows-with-time-ref-what-who-how-we-will-know-boxes-merged-down-keyed-by-ref-contingency-meetings-whos-who",
    "description": (
        "Exemplary pre-birth initial conference plan for the baby of a 21-year-old care leaver "
        "with anxiety and depression and a father who smokes cannabis every day. The plan is one "
        "Word table cut into three phases by shaded banner rows that carry the time for every row "
        "under them (now until the birth, due 14/05/2026; on the ward until Baby goes home; home "
        "until Baby is 8 weeks old); there is no When column. The 'How we will know' boxes are "
        "merged down beside two or three rows and say which action each check is for. The "
        "perinatal team assess change, the drug service reports on change, the GP owns an action, "
        "the two helpers' parts have a fallback, legal planning follows named triggers, core group "
        "and review dates are set, and Baby's world is described."
    ),
    "blocks": [
        ("title", "Pre-birth Child Protection Plan"),
        ("p", "Bellowmere Borough Council · Children's Services · Pre-birth and Infant Team"),
        ("kv", [
            ("Unborn baby", "Baby Okafor-Reid, due 14/05/2026 (Bellowmere General Hospital)"),
            ("Mother", "Chantelle Okafor (21), Flat 3, 27 Quarry Hill, Bellowmere BW2 5TD"),
            ("Father", "Marcus Reid (25), lives with Chantelle"),
            ("Helpers", "Lorraine Baptiste, Chantelle's foster carer from age 12 to 18 (“Auntie Lorraine”), "
                        "8 Tansy Court, Bellowmere; Denise Reid, Marcus's mother, 40 Ash Grove, Bellowmere"),
            ("Category", "Neglect (unborn)"),
            ("Conference", "Initial child protection conference (pre-birth), Tuesday 03/03/2026. Chair: "
                           "Hilary Stanwick, Independent Chair"),
            ("Social worker", "Temitope (Temi) Adeyemi; team manager Rachel Oduya"),
        ]),
        ("h1", "Why we are worried"),
        ("p", "Chantelle has had anxiety and depression since she was 15 and took an overdose at 17, while she "
              "was in care. She stopped her sertraline when she found out she was pregnant and was referred to "
              "the Bellowmere Perinatal Mental Health Team in January 2026. She has told the midwife she "
              "sometimes cannot get out of bed for two days."),
        ("p", "Marcus smokes cannabis every day, mostly in the flat. On 14/12/2025 the police were called by a "
              "neighbour when Chantelle and Marcus were shouting; Chantelle said Marcus had pushed her into the "
              "door frame. No charges were brought. Both say it was the only time."),
        ("h1", "What is going well"),
        ("bullets", [
            "Chantelle has been to every antenatal appointment since 12 weeks and has started seeing the "
            "perinatal team.",
            "Marcus went to his first appointment at Bellowmere Open Door (the drug service) on 24/02/2026 and "
            "says he wants to stop before the baby comes.",
            "Lorraine and Denise both came to the conference and want to help.",
        ]),
        ("h1", "Baby's world"),
        ("p", "At the 28-week scan on 17/02/2026 Baby was growing on the 50th centile. Chantelle says Baby "
              "kicks hard when Marcus plays music and goes still when she is in the bath; she has started "
              "talking to Baby when she is on her own. When Temi visited on 24/02/2026 the flat was warm and "
              "tidy but smelt strongly of cannabis, and the Moses basket Lorraine had bought was still in its "
              "box in the hallway. Chantelle said: “I want my baby to have what I never had – the same person "
              "there every day.”"),
        ("h1", "What we want for Baby"),
        ("bullets", [
            "Baby is born safely and goes home to a flat that is free of cannabis smoke, with parents who are "
            "sober, calm and ready for a newborn.",
            "Baby is fed, held and settled by adults who notice when Baby is hungry, tired or upset, and gains "
            "weight steadily along a centile line.",
            "Baby sleeps safely in the Moses basket, on their back, at every sleep.",
            "Baby never sees or hears shouting, pushing or violence between the adults caring for them.",
        ]),
        ("h1", "The plan"),
        ("p", "The plan is one table in three phases. The shaded row at the start of each phase gives the time "
              "for every action under it, down to the next shaded row, unless the action says its own time. In "
              "the last column one box may sit beside two or three actions; it says which check belongs to "
              "which action by its number."),
        ("table", {
            "header": ["Ref", "What will happen", "Who", "How we will know"],
            "widths": [1.1, 6.6, 3.9, 5.4],
            "rows": [
                ["PHASE 1 – from today until Baby is born (due 14/05/2026)", H, H, H],
                ["1.1",
                 "Visit Chantelle and Marcus at home every week, one visit in three unannounced, and talk "
                 "through Baby's sleeping space, safe sleep and who will help in the first weeks",
                 "Temi Adeyemi, social worker",
                 "1.1 – Temi's visit records show a visit every week and what each parent said about Baby's "
                 "space; the Moses basket seen set up in the bedroom by 36 weeks (16/04/2026).\n"
                 "1.2 – the assessment report shared with Chantelle, Marcus and the core group by 36 weeks "
                 "(16/04/2026), with Temi's recommendation for after the birth.\n"
                 "1.3 – a letter from the perinatal team to Temi before each core group giving their view "
                 "of whether Chantelle is changing, what still has to change and the likely timescale."],
                ["1.2",
                 "Pre-birth parenting assessment of Chantelle and Marcus, including what each of them learned "
                 "about being cared for from their own childhoods",
                 "Temi Adeyemi, social worker",
                 V],
                ["1.3",
                 "See Chantelle every two weeks, restart and review her medication with her, and assess "
                 "whether her anxiety and low mood are changing enough for her to care for a newborn, what "
                 "still needs to change and how long that is likely to take",
                 "Dr Ines Carvalho, consultant perinatal psychiatrist, and Joy Mensah, perinatal CPN – "
                 "Bellowmere Perinatal Mental Health Team",
                 V],
                ["1.4",
                 "Go to key-work at Bellowmere Open Door every Tuesday and give a urine screen each month, so "
                 "that the flat is free of cannabis smoke before Baby arrives",
                 "Marcus Reid (Dad)",
                 "1.4 and 1.5 – Dean's written report before each core group shows every Tuesday session "
                 "attended and every screen result; by the birth, the last two screens negative for cannabis "
                 "and no smell of cannabis noted at any visit by Temi or the midwife."],
                ["1.5",
                 "Key-work with Marcus and monthly urine screens, and a written report before each core group "
                 "on whether he has stopped smoking cannabis, what still needs to change for Baby and how long "
                 "that may take",
                 "Dean Foley, recovery worker, Bellowmere Open Door (adult drug and alcohol service)",
                 V],
                ["1.6",
                 "Antenatal care and growth scans, and a written birth plan that says who may visit Chantelle "
                 "and Baby on the ward",
                 "Ruth Pengelly, safeguarding midwife, Bellowmere General Hospital",
                 "Every antenatal appointment attended, as the midwife's notes record; the birth plan with its "
                 "visitors list in the maternity notes and copied to Temi by 36 weeks"],
                ["1.7",
                 "Go with Chantelle to the four Tuesday-evening Ready for Baby classes at Millbrook Children's "
                 "Centre (24/03/2026 to 14/04/2026)",
                 "Lorraine Baptiste (Auntie Lorraine)",
                 "The class register shows Chantelle and Lorraine at all four classes; Chantelle shows Temi the "
                 "bathing and feeding sheets she filled in"],
                ["PHASE 2 – on the postnatal ward (Willow Ward, Bellowmere General Hospital), from the birth until "
                 "Baby goes home", H, H, H],
                ["2.1",
                 "Tell Temi (or the out-of-hours team) the same day that Baby is born, and record how Chantelle "
                 "and Marcus feed, hold and settle Baby on every shift",
                 "Willow Ward midwives; lead: Grace Tulloch, ward manager",
                 "2.1 – the ward's parenting observation chart, filled in on every shift and copied to Temi at "
                 "the discharge meeting.\n"
                 "2.2 – Temi's ward visit notes, and a written discharge plan signed by both parents and sent "
                 "to every core group member before Baby leaves the ward."],
                ["2.2",
                 "Visit Baby and both parents on the ward within one working day of the birth, and hold a "
                 "discharge planning meeting before Baby goes home",
                 "Temi Adeyemi, social worker",
                 V],
                ["PHASE 3 – the first eight weeks at home, from the day Baby comes home until Baby is 8 weeks old",
                 H, H, H],
                ["3.1",
                 "Visit Baby at home twice a week for the first two weeks and weekly after that; see Baby "
                 "awake, where Baby sleeps and the feed chart",
                 "Temi Adeyemi, social worker",
                 "Visit records show every visit made, Baby seen awake, the Moses basket clear and the feed "
                 "chart with no gap longer than four hours"],
                ["3.2",
                 "New birth visit, then weigh Baby at home every week and look at the sleeping space",
                 "Amara Nwachukwu, health visitor",
                 "Weights plotted in the red book: back to birth weight by 14 days, then following a centile "
                 "line; the sleeping space seen clear at every visit"],
                ["3.3",
                 "Video interaction sessions with Chantelle and Baby every two weeks; score each session and "
                 "tell Temi whether Chantelle's responses to Baby are changing and how quickly",
                 "Joy Mensah, perinatal CPN, Bellowmere Perinatal Mental Health Team",
                 "Session scores and Joy's written view sent to Temi before each core group"],
                ["3.4",
                 "Stay at the flat on Friday and Saturday nights and help with Baby's night feeds",
                 "Denise Reid (Marcus's mother)",
                 "3.4 and 3.5 – Denise and Lorraine each write in the home diary when they came and when Baby "
                 "fed; Temi reads the diary at every visit and it shows no missed night or morning."],
                ["3.5",
                 "Come round every weekday morning from 8am to 10am for Baby's first four weeks at home",
                 "Lorraine Baptiste (Auntie Lorraine)",
                 V],
                ["3.6",
                 "Six-week check of Baby and postnatal check of Chantelle, including a mood questionnaire, with "
                 "the results sent to Temi the same week",
                 "Dr Paul Hendry, GP, Millbrook Surgery",
                 "The GP's letter with both checks on the children's file; Chantelle's mood score shared with "
                 "the perinatal team"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Chantelle tells anyone she is thinking of harming herself or Baby, or stops taking her "
            "medication: Joy or the perinatal duty worker will see her that day. If Baby has been born, Baby "
            "and Chantelle will stay at Lorraine's home, with Lorraine there at all times, and Temi will hold a "
            "strategy discussion the same day.",
            "If Marcus smokes cannabis in the flat or is under its influence while caring for Baby (a positive "
            "screen, or cannabis smelt at a visit): Marcus will move to Denise's home that day and will only "
            "see Baby while Chantelle and Lorraine or Denise are there.",
            "If the police are called to another argument, or anyone sees or hears of pushing or hitting: "
            "Marcus will leave the flat that day, Temi will hold a strategy discussion with Bellowmere Police "
            "the same day, and Chantelle and Baby will stay with Lorraine.",
            "If Lorraine or Denise cannot help (they are ill, away, or the arrangement breaks down): Temi will "
            "arrange, the same day, a place for Chantelle and Baby together with Bellowmere parent and child "
            "foster carers; if that cannot be agreed, Baby will be cared for by Bellowmere foster carers.",
            "If the pre-birth assessment (1.2) or the perinatal team (1.3) say by 36 weeks that Baby could not "
            "safely go home, or Marcus has two positive screens before the birth, Temi will ask Rachel Oduya "
            "for a legal planning meeting within five working days, to decide whether to start pre-proceedings "
            "under the Public Law Outline before Baby is born.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 10am at Millbrook Children's Centre: 17/03/2026, "
            "14/04/2026 and 12/05/2026; a core group will also meet on the ward before Baby goes home.",
            "Review child protection conference: Tuesday 02/06/2026, 2pm, Bellowmere Civic Centre.",
        ]),
        ("h1", "Who's who"),
        ("table", {
            "header": ["Name", "Role", "Telephone"],
            "widths": [4.5, 8.0, 4.5],
            "rows": [
                ["Temi Adeyemi", "Social worker, Pre-birth and Infant Team", "01632 960 411"],
                ["Rachel Oduya", "Team manager, Pre-birth and Infant Team", "01632 960 400"],
                ["Ruth Pengelly", "Safeguarding midwife, Bellowmere General Hospital", "01632 960 522"],
                ["Joy Mensah", "Perinatal CPN, Bellowmere Perinatal Mental Health Team", "01632 960 630"],
                ["Dean Foley", "Recovery worker, Bellowmere Open Door", "01632 960 718"],
                ["Amara Nwachukwu", "Health visitor, Millbrook Health Centre", "01632 960 845"],
            ],
        }),
        ("p", "Plan agreed at the initial conference on 03/03/2026. Copies to Chantelle, Marcus, Lorraine, "
              "Denise and everyone named in the table."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. First review conference plan for a non-verbal autistic 8-year-old and
#    his 13-year-old sister who helps care for him; mother drinks in the
#    evenings, father has depression; maternal grandmother helps. Landscape
#    Word table whose first column holds the stage names and their times
#    merged down; two "How we will know" boxes merged down two rows. One
#    stage has no time. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b142_bradwinter_rcpc_stage_column_merged_down_fensome.docx",
    "doc_title": "Review Child Protection Plan - Mason and Ellie Fensome",
    "split": "heldout",
    "actions": 15,
    "landscape": True,
    "check_vmerge": 5,
    "template": "rcpc-landscape-word-plan-details-list-progress-since-icpc-childrens-views-pecs-and-words-outcomes-then-table-stage-column-with-times-merged-down-no-action-lead-how-we-will-know-some-boxes-merged-two-rows-contingency-meetings",
    "description": (
        "First review conference plan for a non-verbal autistic 8-year-old and his 13-year-old "
        "sister, whose mother drinks in the evenings and whose father has depression. A landscape "
        "Word table whose first column holds three stage names with their times, merged down "
        "beside each stage's rows ('Stage A - by the next core group, 07/04/2026', 'Stage B - "
        "every week until the second review'); most rows are sound (the SW's visits, locks, short "
        "breaks, young carers, the alcohol service reporting on change, the school, the speech "
        "therapist's report by a date of its own). Faults: 'Stage C - other work agreed at the review "
        "conference' gives no time, so two of its rows have none; the OT's sensory assessment has no measure; the CPN "
        "only supports the father; the grandmother's two rows share a merged box that says only "
        "'Reviewed at core group'; 'Family' owns keeping Mason away from anyone who has been "
        "drinking; and the contingency does not say what happens if the grandmother cannot help."
    ),
    "blocks": [
        ("title", "Review Child Protection Plan"),
        ("p", "Bradwinter County Council · Children and Families · Disabled Children and Safeguarding Team"),
        ("kv", [
            ("Children", "Mason Fensome (8), DOB 21/09/2017, Oakfield Special School; Ellie Fensome (13), DOB "
                         "02/05/2012, Year 8, Bradwinter High School"),
            ("Address", "11 Pelham Road, Bradwinter BR7 3JN"),
            ("Parents", "Leanne Fensome (38) and Gary Fensome (41)"),
            ("Maternal grandmother", "Pat Dobson, 2 Wicken Lane, Bradwinter"),
            ("Category", "Neglect (both children)"),
            ("Initial conference", "09/12/2025"),
            ("This conference", "First review child protection conference, Tuesday 10/03/2026. Chair: Imogen "
                                "Thwaite (IRO)"),
            ("Social worker", "Sophie Mayhew; team manager Mark Eden"),
        ]),
        ("h1", "Progress since the initial conference"),
        ("p", "Mason is autistic, does not use speech, and puts things in his mouth that are not food. In "
              "November 2025 he drank from a bottle of bleach left on the bathroom floor and spent a night in "
              "Bradwinter Royal Infirmary. Leanne drinks most evenings; Gary has depression and has been off "
              "work since the summer, and spends most of the day in bed. Ellie had been getting Mason ready for "
              "the school taxi and putting him to bed."),
        ("p", "Since December Leanne has been to 9 of 12 key-work sessions at Bradwinter Alcohol Recovery "
              "Service and had one positive breath test, on 02/01/2026. Gary is seeing a CPN. Pat has had both "
              "children every Saturday. Ellie still puts Mason to bed on most weeknights. The locks promised at "
              "the initial conference were not fitted because the family support worker left; a new worker "
              "started in February."),
        ("h1", "What Mason and Ellie have told us"),
        ("p", "Mason (seen at home and at school, 26/02/2026): with his PECS book he chose the cards for "
              "“Nanna”, “car” and “swing” when Sophie asked what he likes, and pushed away the card for “bath”. "
              "At home he took Ellie's hand and led her to the fridge when he wanted a drink, and covered his "
              "ears and rocked when the television was loud. His teacher says he is calm and happy on Monday "
              "mornings after his weekend at Nanna's."),
        ("p", "Ellie (seen on her own at school, 27/02/2026): “I do Mason's bedtime because Mum's had a drink and "
              "Dad's asleep. I don't mind but I never get my homework done. I want Mum to stop drinking and Dad "
              "to get up.” She put home at 4 out of 10, up from 2 in December."),
        ("h1", "What we want for Mason and Ellie"),
        ("bullets", [
            "Mason is safe at home: cleaning products and medicines are locked away and a sober adult is with "
            "him whenever he is awake.",
            "Ellie no longer cares for Mason or her parents in the evenings, goes to school every day and has "
            "time for her friends and homework.",
            "Mason sleeps in a safe space, goes to school every day and has short breaks that he enjoys.",
            "Both children live in a home where no adult is drunk while caring for them.",
        ]),
        ("h1", "The plan"),
        ("p", "Actions are set out in three stages. The first column gives each stage and its timescale, and runs "
              "down beside all the actions in that stage. Where one box in the last column sits beside two "
              "actions, it is for both."),
        ("table", {
            "header": ["Stage", "No.", "Action", "Lead", "How we will know"],
            "widths": [4.0, 1.0, 8.2, 5.0, 7.5],
            "rows": [
                ["Stage A – by the next core group, Tuesday 07/04/2026",
                 "1",
                 "Fit locks to the kitchen and bathroom cupboards and move every cleaning product and medicine "
                 "out of Mason's reach",
                 "Tom Gallagher, family support worker",
                 "Sophie sees the locks fitted and the cupboards locked at her next visit; a photo of each lock "
                 "is on the file"],
                [V, "2",
                 "Complete a sensory and home environment assessment for Mason",
                 "Aisha Rahman, occupational therapist, Bradwinter Children's Disability Team",
                 "–"],
                [V, "3",
                 "Register Mason with Bradwinter Short Breaks and agree the date of his first overnight stay at "
                 "Willowbank House",
                 "Sophie Mayhew, social worker",
                 "Short breaks agreement signed by Leanne and Gary; the first overnight stay booked and its "
                 "date on file"],
                [V, "4",
                 "Young carer's assessment with Ellie and a place for her at the Thursday young carers' club",
                 "Karen Lowe, Bradwinter Young Carers",
                 "The assessment shared with Ellie and the core group; the club register shows Ellie there"],
                ["Stage B – every week from 10/03/2026 until the second review conference",
                 "5",
                 "Visit Mason and Ellie at home, one visit in three after 6pm, and see Ellie on her own",
                 "Sophie Mayhew, social worker",
                 "Visit records show both children seen each week and Ellie seen alone at least every other "
                 "week, with her words and what Mason showed with his PECS book written down"],
                [V, "6",
                 "Key-work with Leanne and breath tests, and a written report before each core group on whether "
                 "she has stopped drinking while caring for Mason and Ellie and how long further change may take",
                 "Colin Ashby, recovery worker, Bradwinter Alcohol Recovery Service",
                 "6 and 7 – Colin's report before each core group lists every breath test and every Wednesday "
                 "session; every reading zero and every session attended"],
                [V, "7",
                 "Stay sober on every evening she is caring for the children and go to key-work every Wednesday",
                 "Leanne Fensome (Mum)",
                 V],
                [V, "8",
                 "CPN visits to support Gary with his low mood and motivation",
                 "Maria Costa, CPN, Bradwinter Community Mental Health Team",
                 "Visit dates, and any visits missed, emailed to Sophie at the end of each month"],
                [V, "9",
                 "Have Mason and Ellie for the day every Saturday, 10am to 5pm",
                 "Pat Dobson (maternal grandmother)",
                 "Reviewed at core group"],
                [V, "10",
                 "Collect Mason from school on Tuesdays and give both children their tea at Wicken Lane",
                 "Pat Dobson (maternal grandmother)",
                 V],
                [V, "11",
                 "Check Mason's attendance and his home-school diary, note any marks, hunger or tiredness, and "
                 "ring Sophie the same day with any worry",
                 "Mrs Helen Prior, DSL, Oakfield Special School",
                 "Weekly attendance email to Sophie; same-day calls logged on the school's safeguarding system"],
                [V, "12",
                 "Make sure Mason is never left alone with an adult who has been drinking",
                 "Family",
                 "Sophie asks Ellie at each visit who looked after Mason in the evenings, and checks at each "
                 "evening visit who is in the house and whether they are sober"],
                ["Stage C – other work agreed at the review conference",
                 "13",
                 "Refer the family to the Bradwinter Family Group Conference service so the wider family can "
                 "plan who helps with Mason",
                 "Sophie Mayhew, social worker",
                 "The family's plan from the conference shared with the core group"],
                [V, "14",
                 "Speech and language assessment of Mason's communication at home, and a new PECS book for home, "
                 "by the end of the summer term (17/07/2026)",
                 "Owen Price, speech and language therapist, Bradwinter Children's Therapies",
                 "The therapist's report shared with the parents and the school; the new PECS book seen in use "
                 "at home"],
                [V, "15",
                 "Apply for a Disabled Facilities Grant for a safe sleep space for Mason",
                 "Aisha Rahman, occupational therapist, Bradwinter Children's Disability Team",
                 "Grant application reference on file, then the safe space bed seen fitted in Mason's room"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If Leanne has a positive breath test, is found drinking while caring for the children, or Mason is "
              "found with a cleaning product or medicine, Leanne will stay with her sister in Castle Street that "
              "night and Sophie will hold a strategy discussion the same day. If Gary is not well enough to care "
              "for Mason and Ellie that night, Sophie will arrange an emergency bed for Mason at Willowbank House "
              "and a foster placement for Ellie the same day."),
        ("p", "If Leanne has two positive breath tests before the next core group, or misses three key-work "
              "sessions in a row, Sophie will ask Mark Eden for a legal planning meeting within five working "
              "days."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 3.30pm at Oakfield Special School: 07/04/2026, 05/05/2026, "
            "02/06/2026, 30/06/2026 and 28/07/2026.",
            "Second review child protection conference: Tuesday 08/09/2026, 10am, Bradwinter County Hall.",
        ]),
    ],
    "findings": [
        F("M001", "Complete a sensory and home environment assessment for Mason"),
        F("H001", "CPN visits to support Gary with his low mood"),
        F("M002", "Have Mason and Ellie for the day every Saturday"),
        F("M002", "Collect Mason from school on Tuesdays and give both children"),
        F("W002", "Make sure Mason is never left alone with an adult"),
        F("T001", "Refer the family to the Bradwinter Family Group Conference service"),
        F("T001", "Apply for a Disabled Facilities Grant for a safe sleep"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Core group 2 minutes, domestic abuse: father out of the home under a
#    non-molestation order, two children, the mother's brother and mother
#    helping. Word minutes printed to PDF with a page header and footer. The
#    action log has only a Lead column of initials from the attendance list;
#    one sentence above it sets the deadline for the log, and a "What we will
#    look for at core group 3" table keys the checks by action number.
#    Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b142_bramhythe_core_group_minutes_initials_lookfor_box_mahmood.pdf",
    "doc_title": "Core Group Minutes - Zara and Idris Mahmood - 12/02/2026",
    "split": "heldout",
    "actions": 11,
    "template": "core-group-minutes-word-printed-to-pdf-page-header-footer-attendance-list-with-initials-updates-childrens-views-outcomes-then-action-log-no-action-lead-initials-only-one-deadline-sentence-above-then-what-we-will-look-for-table-by-number-contingency-next-meetings",
    "description": (
        "Exemplary minutes of the second core group for a 9-year-old and a 4-year-old whose father "
        "assaulted their mother and is out of the home under a non-molestation order; a Word "
        "document printed to PDF with a page header and footer. The action log has only No., Action "
        "and Lead columns, the lead given as initials defined once in the attendance list; one "
        "sentence above the log makes every action due by the next core group on 12/03/2026 unless "
        "the action gives its own time (weekly visits, every school day, six weekly sessions), and a "
        "separate 'What we will look for at core group 3' table gives a check for every action by "
        "its number. The uncle's and grandmother's parts have a fallback, legal planning follows "
        "named triggers, core group and review dates are set, and both children's views are recorded."
    ),
    "header": "OFFICIAL-SENSITIVE – Bramhythe City Council – Children's Social Care",
    "footer": "Zara and Idris Mahmood – core group 2 minutes, 12/02/2026 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Core Group Meeting – Minutes"),
        ("kv", [
            ("Children", "Zara Mahmood (9), DOB 30/06/2016, Year 4, Fernhill Primary School; Idris Mahmood (4), "
                         "DOB 11/10/2021, Little Oaks Nursery"),
            ("Address", "14 Hollins Walk, Bramhythe BH3 9QP"),
            ("Category", "Emotional abuse (both children)"),
            ("Initial conference", "Thursday 15/01/2026. Chair: Graham Lowther (IRO)"),
            ("Meeting", "Core group 2, Thursday 12/02/2026, 1.30pm, Fernhill Primary School"),
        ]),
        ("h1", "1. Present (initials used in these minutes)"),
        ("table", {
            "header": ["Initials", "Name and role"],
            "widths": [2.5, 14.5],
            "rows": [
                ["NM", "Nadia Mahmood, mother"],
                ["HK", "Hannah Kowalczyk, social worker, Safeguarding Team East (chair of the core group)"],
                ["RB", "Rebecca Bell, IDVA, Bramhythe Domestic Abuse Service"],
                ["DS", "Daniel Skerritt, deputy head and DSL, Fernhill Primary School"],
                ["KO", "Kemi Oduya, learning mentor, Fernhill Primary School"],
                ["JA", "Jasmine Ahmed, Idris's key worker, Little Oaks Nursery"],
                ["LP", "Lucy Pryce, health visitor, Hollins Health Centre"],
                ["GL", "PC Gareth Lyle, Domestic Abuse Unit, Bramhythe Police"],
                ["IQ", "Imran Qureshi, Nadia's brother"],
                ["SQ", "Shabana Qureshi, Nadia's mother"],
                ["TW", "Toby Wren, Bramhythe Change (domestic abuse perpetrator programme) – sent a written update"],
            ],
        }),
        ("p", "Apologies: Tariq Mahmood (the children's father) was not invited to this meeting because of the "
              "non-molestation order; HK will send him a copy of the actions that involve him. Minutes taken by "
              "Carol Finch, business support."),
        ("h1", "2. What has happened since core group 1 (29/01/2026)"),
        ("p", "The non-molestation order was granted on 05/02/2026 and runs for 12 months. Bramhythe Homes "
              "changed the locks on 30/01/2026. Tariq is living with a friend in Castlegate and has not come to "
              "the house. NM said she feels safer but that Zara will not go upstairs on her own and Idris has "
              "started wetting the bed again. IQ has taken the children to school and nursery on Mondays, "
              "Wednesdays and Fridays since 02/02/2026, and SQ had them to stay on both Saturdays."),
        ("p", "DS: Zara's attendance since the conference is 97%; she was tearful in class on 09/02/2026 after a "
              "car like her dad's drove past the playground. JA: Idris has been at every nursery session; he is "
              "playing more with other children and told his key worker “Daddy shouted at Mummy in the "
              "kitchen”. TW (written): Tariq has had his first assessment session and is waiting for a group "
              "start date."),
        ("h1", "3. What Zara and Idris have said and shown"),
        ("p", "Zara (seen on her own at school by HK, 10/02/2026): “I liked it better when Daddy lived with us but "
              "I don't like the shouting. I keep my door open so I can hear if Mummy's OK. Uncle Imran's car is "
              "cool.” She said she would like to see her dad “somewhere with other people there”. Her worry "
              "scale was 6 out of 10, down from 9 in January."),
        ("p", "Idris (seen at home by HK, 05/02/2026) showed HK his toy kitchen, made her a pretend cup of tea and "
              "said “no shouting in my kitchen”. He sat on Nadia's knee for most of the visit and went to her "
              "when the doorbell rang."),
        ("h1", "4. Outcomes (from the plan agreed at conference)"),
        ("bullets", [
            "Zara and Idris live in a home where they do not see or hear violence or threats, and feel safe "
            "there, including upstairs and at night.",
            "Zara and Idris go to school and nursery every day and have a trusted adult there they can talk to.",
            "Zara understands that what happened was not her fault and knows who to tell if she is frightened.",
            "Idris's sleep and toileting settle, and he is back to dry nights.",
        ]),
        ("h1", "5. Action log"),
        ("p", "Every action below is due by the next core group on Thursday 12/03/2026, unless the action gives its "
              "own time. The lead is shown by the initials in the attendance list above. How we will know each "
              "action has worked is in the table in section 6, by action number."),
        ("table", {
            "header": ["No.", "Action", "Lead"],
            "widths": [1.2, 13.3, 2.5],
            "rows": [
                ["1", "Visit Zara and Idris at home every week, with at least one visit a fortnight unannounced, and "
                      "see Zara on her own at school every other week", "HK"],
                ["2", "Go through Nadia's safety plan with her every week and update the DASH risk assessment "
                      "after the order was granted", "RB"],
                ["3", "Six weekly sessions with Zara using the My Safe Hand workbook, from Monday 16/02/2026, about "
                      "feeling safe, what happened at home and who she can tell", "KO"],
                ["4", "Check Zara's attendance and how she is every school day, and phone HK the same day if she is "
                      "upset or talks about home", "DS"],
                ["5", "Check Idris's attendance and how he is at every nursery session, and phone HK the same day if "
                      "he is upset or talks about home", "JA"],
                ["6", "Put an urgent-response marker on 14 Hollins Walk and fit a panic alarm in the house", "GL"],
                ["7", "Confirm Tariq's start date on the Bramhythe Change group and send it to HK", "TW"],
                ["8", "Take Zara and Idris to school and nursery on Monday, Wednesday and Friday mornings", "IQ"],
                ["9", "Have Zara and Idris to stay at 3 Cherry Row every Saturday night", "SQ"],
                ["10", "Book Nadia a place on the next Freedom Programme group at Bramhythe Family Hub", "RB"],
                ["11", "See Idris at home for a health and development review, including his sleep and his night-time "
                       "wetting, and refer him to the enuresis clinic if needed", "LP"],
            ],
        }),
        ("h1", "6. What we will look for at core group 3"),
        ("table", {
            "header": ["No.", "What we will look for"],
            "widths": [1.2, 15.8],
            "rows": [
                ["1", "HK's visit records show both children seen every week, one unannounced visit in each "
                      "fortnight, and Zara's own words from each time she was seen alone."],
                ["2", "The updated DASH score and the written safety plan are on file; Nadia can tell HK the steps "
                      "of the plan when asked."],
                ["3", "By core group 3, four of the six sessions held (KO's session log), with Zara's workbook "
                      "pages kept; all six done by 23/03/2026."],
                ["4", "Zara's attendance sent to HK every Friday, at 95% or above; any same-day call logged."],
                ["5", "Idris's nursery register sent to HK every Friday; any same-day call logged."],
                ["6", "GL's email confirming the marker is on the police system; HK sees the alarm fitted and "
                      "tested at her next visit."],
                ["7", "Written start date from Bramhythe Change on the children's file."],
                ["8", "The school and nursery sign-in sheets show IQ bringing the children on Mondays, Wednesdays "
                      "and Fridays, and the children on time."],
                ["9", "SQ texts HK every Sunday morning; Zara tells HK about her Saturday nights when she is seen "
                      "alone."],
                ["10", "Booking confirmation with the group's start date, shown to HK."],
                ["11", "LP's review summary sent to HK, with the enuresis clinic referral letter if one was made."],
            ],
        }),
        ("h1", "7. Contingency plan (restated and updated)"),
        ("p", "If Tariq comes to the house, contacts Nadia or the children, or is seen near school or nursery, in "
              "breach of the order: Nadia will call 999 and officers will attend at once because of the marker; "
              "school and nursery will not let the children leave with him and will call the police; HK will hold "
              "a strategy discussion with the police the same day."),
        ("p", "If Nadia lets Tariq back into the house: Zara and Idris will stay with SQ at 3 Cherry Row that night "
              "and HK will hold a strategy discussion the same day."),
        ("p", "If IQ or SQ cannot help (one of them is ill or away, or the arrangement stops working): the school "
              "run will be covered by Bramhythe family support worker Chloe Adams from the next morning, and if "
              "the children cannot stay with SQ after a breach, HK will arrange a place in a Bramhythe refuge for "
              "Nadia and the children the same day, or foster carers for the children if Nadia will not go."),
        ("p", "If Tariq comes back into the home, or the children see or hear another incident, HK will ask her "
              "team manager, Andrew Pike, for a legal planning meeting within five working days."),
        ("h1", "8. Next meetings"),
        ("bullets", [
            "Core group 3: Thursday 12/03/2026, 1.30pm, Fernhill Primary School; then every four weeks, next on "
            "Thursday 09/04/2026.",
            "Review child protection conference: Wednesday 15/04/2026, 10am, Bramhythe Civic Offices.",
        ]),
        ("p", "Minutes sent on 16/02/2026 to everyone in the attendance list, with the actions that involve him "
              "sent to Tariq by post."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Initial conference plan for a 14-year-old young carer and his sister
#    (6); father disabled by a stroke and depressed, mother on night shifts,
#    an aunt sleeping over. Word plan printed to PDF with a page header and
#    footer. The action list has only Ref, action and Lead; the times are a
#    month grid (rows are months, cells list references) and the measures a
#    success-criteria appendix keyed by reference. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b142_bewlingham_young_carer_month_grid_criteria_appendix_adebayo.pdf",
    "doc_title": "Child Protection Plan - Daniel and Grace Adebayo",
    "split": "heldout",
    "actions": 13,
    "template": "icpc-young-carer-word-plan-printed-to-pdf-page-header-footer-details-worries-strengths-childrens-views-outcomes-then-ref-action-lead-list-then-month-grid-rows-months-columns-by-end-of-month-weekly-fortnightly-daily-cells-list-refs-then-success-criteria-appendix-by-ref-contingency-meetings",
    "description": (
        "Exemplary initial conference plan for a 14-year-old who has been lifting and caring for his "
        "father, disabled by a stroke and depressed, while his mother works nights, and for his "
        "6-year-old sister. A Word plan printed to PDF with a page header and footer: the action "
        "table holds only a reference, the action and a lead; the times are in a month grid whose "
        "rows are March, April and May 2026 and whose cells list the references due by the end of "
        "that month or happening every week, every two weeks or every day; the measures are in an "
        "appendix of success criteria keyed by the same references. Adult social care, the primary "
        "care mental health service (which reports on change) and the GP own actions, the aunt's "
        "nights have a fallback, legal planning follows named triggers, core group and review dates "
        "are set, and both children's views are recorded."
    ),
    "header": "OFFICIAL-SENSITIVE – Bewlingham Metropolitan Borough Council – Child Protection Plan",
    "footer": "Daniel and Grace Adebayo – ICPC 24/02/2026 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 3,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Bewlingham Metropolitan Borough Council · Children's Services · Family Safeguarding Team 3"),
        ("kv", [
            ("Children", "Daniel Adebayo (14), DOB 08/08/2011, Year 9, Bewlingham Academy; Grace Adebayo (6), DOB "
                         "19/04/2019, Year 1, St Cuthbert's Infant School"),
            ("Address", "62 Marlpit Road, Bewlingham BL4 2EX"),
            ("Parents", "Femi Adebayo (48) and Bisi Adebayo (44)"),
            ("Family network", "Funmi Cole, Femi's sister, 19 Ravel Street, Bewlingham"),
            ("Category", "Neglect (both children)"),
            ("Conference", "Initial child protection conference, Tuesday 24/02/2026. Chair: Lorna Beckett (IRO)"),
            ("Social worker", "Joe Whitfield; team manager Sandra Okeke"),
        ]),
        ("h1", "What we are worried about"),
        ("p", "Femi had a stroke in June 2025. He has weakness down his left side, uses a wheelchair indoors and "
              "needs help to get in and out of bed and to the toilet. Since the autumn he has had depression and "
              "his GP started him on an antidepressant in January. No care package has been in place since he "
              "left hospital. Bisi works four night shifts a week as a care assistant to keep up the rent."),
        ("p", "On the nights Bisi works, Daniel helps his dad to the toilet, often two or three times a night, and "
              "gets Grace up and to school. His attendance this year is 71%, and on 05/02/2026 he fell asleep in "
              "a lesson and told his teacher he had been up “lifting Dad”. Grace has arrived at school without "
              "breakfast eleven times this term. On 11/02/2026 Femi fell while Daniel was helping him and "
              "Daniel hurt his back; he did not go to hospital."),
        ("h1", "What is working well"),
        ("bullets", [
            "Femi and Bisi love their children and were open with the conference about how hard things are.",
            "Funmi has already slept over on some of Bisi's night shifts and wants to do more.",
            "Daniel is doing well in maths and science and plays football for the school.",
        ]),
        ("h1", "What Daniel and Grace have told us"),
        ("p", "Daniel (seen on his own at school, 17/02/2026): “Someone has to help Dad. I don't mind doing it, I "
              "just want to sleep. I'd like Dad to have proper carers so Mum doesn't have to worry at work.” He "
              "said he has never told anyone at school because he did not want his dad to get in trouble, and "
              "that he would like to go back to Thursday football training."),
        ("p", "Grace (seen at home, 19/02/2026) drew her family with her dad in his “special chair” and Daniel "
              "holding her hand. She said “Daniel does my cereal when Mummy's at work, but sometimes there's no "
              "milk” and “I like it when Auntie Funmi stays because she does plaits”."),
        ("h1", "What we want for Daniel and Grace"),
        ("bullets", [
            "Daniel no longer lifts or gives personal care to his dad, sleeps through the night and goes to school "
            "every day.",
            "Grace has breakfast and is taken to school on time every day by an adult.",
            "There is always an adult at home at night who can look after Femi, so that Daniel and Grace are not "
            "left to cope.",
            "Daniel has time for himself: football, friends and homework.",
        ]),
        ("h1", "The plan"),
        ("p", "Each action has a reference. When each one happens is in the month grid that follows the list; how "
              "we will know it has worked is in the appendix, by the same reference."),
        ("table", {
            "header": ["Ref", "What will happen", "Lead"],
            "widths": [1.2, 10.6, 5.2],
            "rows": [
                ["A1", "Visit Daniel and Grace at home, including at least one evening visit a fortnight when Bisi is "
                       "at work, and see Daniel on his own", "Joe Whitfield, social worker"],
                ["A2", "Care Act assessment of Femi's needs, and a package of care so that paid carers help him "
                       "morning, evening and at night instead of Daniel",
                 "Marion Clegg, social worker, Bewlingham Adult Social Care (Physical Disability Team)"],
                ["A3", "Assess the house and fit equipment (a hoist, a commode by the bed, grab rails) so that nobody in "
                       "the family has to lift Femi", "Kieran Doyle, occupational therapist, Bewlingham Adult Social Care"],
                ["A4", "Use the carers and the pendant alarm at night and not ask Daniel to help him to the toilet or "
                       "into bed", "Femi Adebayo (Dad)"],
                ["A5", "See Femi every two weeks for his low mood, and write to Joe before each core group on whether "
                       "his mood and motivation are changing enough for him to be the adult at home for Daniel and "
                       "Grace in the evenings, and how long that is likely to take",
                 "Rachel Tan, mental health practitioner, Bewlingham Primary Care Mental Health Service"],
                ["A6", "Young carer's assessment with Daniel, then a place at the Wednesday young carers' group",
                 "Sade Okonkwo, Bewlingham Young Carers"],
                ["A7", "Check Daniel's attendance and how he is every school day, meet him each Monday with his head "
                       "of year, and ring Joe the same day if he is absent or exhausted",
                 "Mr Rhys Hollins, DSL, Bewlingham Academy"],
                ["A8", "Give Grace a free breakfast club place, check she arrives fed and on time, and ring Joe the "
                       "same day if she does not", "Mrs Alison Dunne, DSL, St Cuthbert's Infant School"],
                ["A9", "Agree with her employer to work no more than two night shifts a week, and give Joe the rota "
                       "showing which nights", "Bisi Adebayo (Mum)"],
                ["A10", "Sleep over at Marlpit Road on every night Bisi is at work, and get Grace up and to school the "
                        "next morning", "Funmi Cole (Femi's sister)"],
                ["A11", "Review Femi's antidepressant and stroke medicines and send Joe a summary of his health and the "
                        "help he needs at night", "Dr Imogen Walsh, GP, Marlpit Medical Centre"],
                ["A12", "Hold a family network meeting to agree who covers Bisi's night shifts if Funmi cannot",
                 "Joe Whitfield, social worker"],
                ["A13", "See Grace about her sleep and her wetting at night, with Bisi, and agree a plan with the school",
                 "Nasreen Patel, school nurse, Bewlingham Community Health"],
            ],
        }),
        ("h2", "When: the month grid"),
        ("p", "Each row is a month up to the review conference. An action listed in the first column is to be "
              "finished by the last day of that month; the other columns say which actions happen every week, "
              "every two weeks or every day (every school day for A7 and A8) during that month."),
        ("table", {
            "header": ["Month", "Finished by the end of the month", "Every week", "Every two weeks", "Every day"],
            "widths": [3.2, 4.4, 3.4, 2.6, 3.4],
            "rows": [
                ["March 2026 (from 24/02/2026)", "A2, A6 (assessment), A9, A11", "A1, A10", "A5", "A7, A8"],
                ["April 2026", "A3, A12, A13", "A1, A6 (Wednesday group), A10", "A5", "A4, A7, A8"],
                ["May 2026 (to the review on 19/05/2026)", "–", "A1, A6 (Wednesday group), A10", "A5", "A4, A7, A8"],
            ],
        }),
        ("h2", "Appendix: success criteria – how we will know"),
        ("table", {
            "header": ["Ref", "What we will see"],
            "widths": [1.2, 15.8],
            "rows": [
                ["A1", "Joe's visit records show a visit every week, an evening visit each fortnight and what Daniel "
                       "said when seen alone."],
                ["A2", "The Care Act assessment shared with Femi and Joe, and the care package start date on file; "
                       "the carers' log at the house shows every morning, evening and night call made."],
                ["A3", "Kieran's equipment list signed off as fitted; Joe sees the hoist and commode in use."],
                ["A4", "The carers' log and the alarm record show who helped Femi at night; Daniel tells Joe, when seen "
                       "alone, that he has not been asked to help."],
                ["A5", "Rachel's letter before each core group giving her view of change and its likely timescale."],
                ["A6", "The young carer's assessment shared with Daniel and the core group; the group register shows "
                       "Daniel there each Wednesday."],
                ["A7", "Daniel's attendance sent to Joe every Friday, at 90% or above by the end of April and 95% by "
                       "the review; Monday meetings logged."],
                ["A8", "Breakfast club register shows Grace there every day; any same-day call logged."],
                ["A9", "The employer's letter and the night rota on file, showing two nights a week or fewer."],
                ["A10", "Funmi signs the home diary on every night she stays; Joe checks it against Bisi's rota at his "
                        "visits."],
                ["A11", "The GP's summary letter on the children's file."],
                ["A12", "A written network plan naming the back-up adult for each night, sent to every core group "
                        "member."],
                ["A13", "The school nurse's plan shared with Bisi and the school; Grace's dry-night chart seen by Joe."],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Joe finds, or anyone is told, that Daniel has lifted Femi or helped him at night, or Femi falls "
              "while only the children are with him: Joe will ask Adult Social Care the same day for an emergency "
              "night sitter from Bewlingham Care at Home, and will hold a strategy discussion that day if either "
              "child is hurt."),
        ("p", "If there is a night when Bisi is at work and no adult is at home with Femi and the children, or "
              "Grace arrives at school without breakfast twice in one week: Joe will visit that day, and Funmi or "
              "the back-up adult from the network plan will stay that night."),
        ("p", "If Funmi cannot stay (she is ill or away, or the arrangement stops working) and the network plan "
              "finds no one: Bisi will not work that night; if she must, Joe will arrange an emergency night "
              "sitter for Femi through Adult Social Care and Daniel and Grace will stay with Bewlingham foster "
              "carers that night."),
        ("p", "If by the review Daniel is still lifting or caring for his dad at night, or his attendance is below "
              "85%, Joe will ask Sandra Okeke for a legal planning meeting within five working days."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 4pm at Bewlingham Academy: 10/03/2026, 07/04/2026 and "
            "05/05/2026.",
            "Review child protection conference: Tuesday 19/05/2026, 10am, Bewlingham Town Hall.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. A child-friendly "my plan" written to a 10-year-old after her initial
#    conference: her mother drinks, her mother's ex-partner was violent and
#    has left. Markdown: one sentence sets the time for everything, "X will:"
#    lead-ins name the owners, the checks are written into Mia's outcomes and
#    every action points to the outcome it is for. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b142_blackmorrow_my_plan_grownups_will_for_outcome_kowalska.md",
    "split": "heldout",
    "actions": 13,
    "template": "child-friendly-my-plan-md-written-to-10-year-old-whos-who-why-there-is-a-plan-what-you-told-us-outcomes-with-well-know-because-checks-then-one-time-sentence-and-x-will-lead-ins-numbered-items-pointing-to-outcomes-what-if-grown-ups-meetings",
    "description": (
        "Exemplary child protection plan written to a 10-year-old after her initial conference, in "
        "plain words. Her mother drinks and her mother's violent ex-partner has left. One sentence "
        "makes everything in the plan start that week and run until the review on 3 June 2026 "
        "unless an item gives its own time; the owners are given once in 'Sam will:' / 'Mum will:' "
        "lead-ins; the checks are written into Mia's four outcomes ('We'll know because ...') and "
        "every numbered item says which outcome it is for. The alcohol service and the GP own "
        "actions and the alcohol worker reports on change, Babcia's part has a fallback, legal "
        "planning follows named triggers, the grown-ups' meetings and the review are dated, and "
        "Mia's own words are kept."
    ),
    "text": """\
# Mia's plan

**For Mia Kowalska, aged 10** · written by Sam Okoro, your social worker, after the meeting about you on
Tuesday 10 March 2026 (an initial child protection conference) · Blackmorrow Council Children's Services

This is your plan. It says what the grown-ups are going to do so that you are safe and happy at home. You
can keep this copy, and you can ask Sam about anything in it.

## Who's who

- **Mum** — Agnieszka (Aga) Kowalska. You live with Mum at 5 Linnet Close, Blackmorrow.
- **Babcia Ewa** — Ewa Nowak, Mum's mum, who lives at Flat 12, Rookery Court.
- **Auntie Kasia** — Katarzyna Nowak, Mum's sister, who lives in Thornby Road.
- **Sam** — Sam Okoro, your social worker (Blackmorrow Council). Sam's manager is Lisa Grange.
- **Jo** — Jo Ferris, Mum's worker at Blackmorrow Recovery Hub, which helps grown-ups to stop drinking.
- **Dr Hughes** — Mum's doctor at Linnet Close Surgery.
- **Mr Patel** — the safeguarding teacher at Hillcrest Primary School.
- **Priya** — Priya Sandhu, the school nurse.
- **Kim** — Kim Lowry, play worker at Blackmorrow Children's Hub.

## Why there is a plan

Mum has been drinking a lot of alcohol, sometimes when she is looking after you on her own. On 14 February
you rang 999 because Mum had fallen asleep on the kitchen floor and you could not wake her. Before Christmas,
Mum's boyfriend Dean used to shout at Mum and once he threw a chair. Dean has moved away and is not allowed
to come to your house. The grown-ups at the meeting agreed that you need a plan to keep you safe.

## What you told us

You told Sam (at school, on 3 March): "I love Mum, she's the best when she hasn't had a drink. When she has,
I make my own tea and I check she's breathing. I don't want to go and live somewhere else." You said the
best thing in your week is Thursday street dance and sleeping over at Babcia's. You scored home as 5 out of
10 and said it would be a 10 "if Mum stopped drinking and I didn't have to worry".

You also told Sam you would like Mum to come and watch your dance show in May.

## What we want for you

- **O1. You are safe at home, and Mum is sober whenever she is looking after you.** We'll know because
  Jo's breath tests on Mum are all zero, no one who visits finds Mum has been drinking, and when Sam sees
  you on your own you say Mum has not been drinking.
- **O2. You go to school every day, on time, and you have had breakfast.** We'll know because the school
  register shows you there every day and late no more than once each half term, and Mr Patel's Friday
  email says you came in fed.
- **O3. You have time to be 10: street dance, friends, and no more looking after Mum.** We'll know because
  Kim's register shows you at street dance every Thursday, Babcia's kitchen calendar (which Sam looks at)
  shows your Friday sleepovers, and you tell Sam you have not had to make your own tea or check on Mum.
- **O4. You know what to do and who to call if you are worried, and you feel able to do it.** We'll know
  because you can show Sam your safety card and tell her the three people on it, and you can say what you
  would do if Mum had been drinking.

## What the grown-ups will do

Everything below starts this week and runs until the review meeting on **3 June 2026**, unless it says a
different time. Each thing has the number of the outcome it is for, and that outcome says how we will know
it is working.

**Sam will:**

1. Come and see you at home every week, sometimes without saying first, and see you on your own at school
   every two weeks. (For O1.)
2. Make your safety card with you by 20 March, with Babcia's, Mr Patel's and Sam's numbers on it, and go
   through it with you again at every visit to school. (For O4.)
3. Hold a family meeting with Mum, Babcia and your Auntie Kasia by 17 April, so the family agree who looks
   after you if Mum has been drinking and Babcia can't, and send everyone the written family plan
   afterwards. (For O1.)

**Mum will:**

4. Go to Blackmorrow Recovery Hub every Monday to see Jo and have a breath test, so that she is sober when
   she is looking after you. (For O1.)
5. Not drink alcohol at home or when she is looking after you, from today. (For O1.)

**Jo (Blackmorrow Recovery Hub) will:**

6. See Mum every Monday, do the breath test, and write to Sam before each grown-ups' meeting saying whether
   Mum has stopped drinking while she looks after you, what still needs to change and how long it might
   take. (For O1.)

**Dr Hughes (Mum's doctor) will:**

7. Do Mum's liver blood test and check her sleeping tablets by 31 March, and write to Sam about what they
   show and whether Mum's health affects looking after you. (For O1.)

**Babcia Ewa will:**

8. Have you to stay at her flat every Friday night. (For O3.)
9. Ring Mum every evening at 6pm, and come round straight away if Mum sounds as if she has been drinking.
   Babcia will write each call on her kitchen calendar, and Sam will look at it when she visits. (For O1.)

**Mr Patel (Hillcrest Primary) will:**

10. Check every school day that you are in, on time and have had breakfast, and ring Sam the same day if
    you are not or if you seem worried. (For O2.)
11. Meet you every Monday morning for a ten-minute check-in with Miss Adeyemi, your class teacher, and
    write each check-in in the school's safeguarding log, which Sam reads. (For O4.)

**Priya (school nurse) will:**

12. See you on your own four times, once every two weeks from 23 March, to talk about worries, sleep and
    what alcohol does to grown-ups, and send Sam a note after each time. (For O4.)

**Kim (Blackmorrow Children's Hub) will:**

13. Keep your place at Thursday street dance, and pick you up from school and bring you home on Thursdays
    if Mum cannot. (For O3.)

## If things go wrong

- **If Mum has been drinking when she is looking after you** (or you think she has): ring Babcia, or 999
  if Mum will not wake up. Babcia will come and get you and you will stay at her flat that night. Sam will
  talk to the police and her manager the same day (this is called a strategy discussion).
- **If Babcia can't come** (she is poorly or away, or it stops working out): Auntie Kasia will come
  instead. If neither of them can, Sam will find a foster carer for you to stay with that night, and will
  tell you who it is before you go.
- **If Dean comes to the house** or tries to talk to you or Mum: ring 999. The police know your address.
- **If things are not getting better**: if Mum has two breath tests that are not zero before the review, or
  is found drunk while she is looking after you, Sam will ask Lisa Grange for a legal planning meeting — a
  meeting with the council's lawyers — within five working days. That meeting will decide whether the
  council needs to go to court to keep you safe. Sam will tell you if this happens.

## When the grown-ups meet

- The grown-ups (Mum, Sam, Jo, Mr Patel, Priya, Kim and Babcia) meet every four weeks in a **core group**:
  Tuesday 24 March, Tuesday 21 April and Tuesday 19 May 2026, at 3.45pm at Hillcrest Primary School.
- The **review meeting** (review child protection conference) is on **Wednesday 3 June 2026** at 10am at
  Blackmorrow Civic Centre. You can come for part of it, or tell Sam what you want her to say for you.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Letter to the parents after an initial conference, with the plan
#    attached (Markdown). Father on methadone who relapsed into heroin, mother
#    with depression, a 7-year-old and a 2-year-old. The letter sets the time
#    once per part ("by the review", "every week until the review"); nested
#    bullets under owner lead-ins; a "How we will know" list keyed by letter.
#    Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b142_bagshollow_letter_plan_attached_parts_lettered_checks_sutcliffe.md",
    "split": "heldout",
    "actions": 14,
    "template": "sw-letter-to-parents-md-then-attached-plan-outcomes-then-who-will-do-what-parts-a-b-c-with-time-given-once-per-part-owner-lead-in-bullets-nested-lettered-items-then-how-we-will-know-list-by-letter-contingency-meetings",
    "description": (
        "A social worker's letter to the parents of a 7-year-old and a 2-year-old after the initial "
        "conference, with the plan attached, in Markdown. The father relapsed into heroin on top of "
        "his methadone and the mother has depression. The letter and part headings set the time "
        "once ('Part A - by the review conference on 16 June 2026', 'Part B - every week until the "
        "review'); owners are bold lead-ins with lettered items nested under them; the measures are "
        "a 'How we will know' list keyed by letter. Most items are sound (the parenting assessment, "
        "the locked box, the two-year review, the GP letter, the visits, the drug service reporting "
        "on change, the school). Faults: the home safety visit is left out of the list, the mother's "
        "Stay and Play item gives its own time 'when she feels ready', the father's key-work is "
        "measured by 'engages with the service', the counsellor only treats the mother, 'All the "
        "professionals involved' share worries, the nursery place under 'Other things we talked "
        "about' has no time, one outcome is about the parents only, the contingency only says a "
        "meeting will discuss what to do, and nothing leads to legal planning."
    ),
    "text": """\
**Bagshollow Council — Children's Services**
Safeguarding and Family Support Team, Mill Lane Offices, Bagshollow BG5 1RA
Telephone 01632 961 270

Kirsty and Wayne Sutcliffe
27 Fenn Street
Bagshollow BG5 4LW

Thursday 19 March 2026

Dear Kirsty and Wayne,

## Tyler and Ruby's child protection plan

Thank you both for coming to the initial child protection conference on Tuesday 17 March 2026. I know it was
a long and difficult meeting. I am writing, as I promised, to set out what was decided and to send you the
plan we agreed.

The conference decided that Tyler and Ruby should have child protection plans under the category of
**neglect**. The main worries were that Wayne started using heroin again in December on top of his methadone,
that a used needle was found in the bathroom bin on 23 February where Ruby could reach it, that the house has
often had no food in, and that Tyler was late for school 17 times last term. Kirsty, you told the conference
that your depression has been bad since Christmas and that some days you cannot get out of bed.

The conference also heard about what is going well. Wayne has gone back to his worker at the Bagshollow Drug
and Alcohol Team, Kirsty has started counselling, and you both clearly love Tyler and Ruby very much.

The plan is attached below. At the conference we agreed to do the things in **Part A** by the review
conference on **Tuesday 16 June 2026**, and the things in **Part B** every week until then. **Part C** lists
other things we talked about. The last section says how we will know that each thing is working, by its
letter.

If you think anything in the plan is wrong, or you do not understand it, please ring me. Your advocate,
Dawn Pryor, can also go through it with you.

Yours sincerely,

Hayley Brennan
Social Worker

Copy to: everyone named in the plan; Angela Moss, Independent Chair.

---

# Attached: Tyler and Ruby's plan

**Tyler Sutcliffe**, 7 (DOB 04/09/2018), Year 2, Sandholme Primary School ·
**Ruby Sutcliffe**, 2 (DOB 27/01/2024), at home
Initial child protection conference: 17/03/2026 · Category: neglect · Social worker: Hayley Brennan

## What Tyler and Ruby have told us

Tyler (seen on his own at school, 12 March): "Dad sleeps on the sofa a lot. When Mum's in bed I get Ruby her
milk and put the telly on for her. I like it when Dad plays football with me." He said he is hungry "some
days, not all the days", and that he would like "a bedroom with a proper bed, not the sofa".

Ruby (seen at home, 10 March) toddled to the door with Tyler, said "dog" and "juice", and pointed at the
fridge when she wanted a drink. Her nappy was very full and she had a sore rash. She went to Wayne for a
cuddle and fell asleep on him.

## What we want for Tyler and Ruby

1. Tyler and Ruby live in a clean, warm home where they can never reach drugs, methadone or needles.
2. Tyler and Ruby have regular meals and clean clothes, and Ruby's nappy is changed and her rash heals.
3. Tyler gets to school on time every day and has his own bed.
4. Wayne stays off heroin and Kirsty's depression lifts.

## Who will do what

### Part A — by the review conference, Tuesday 16 June 2026

- **I (Hayley Brennan, your social worker) will:**
  - a) Complete a parenting assessment with you both, including how Wayne's drug use and Kirsty's low mood
    affect Tyler and Ruby.
  - b) Ask Bagshollow Fire and Rescue to do a home safety visit at your house.
- **Kirsty will:**
  - c) Clear the back bedroom so that Tyler has his own bed and a place for his school things, by 30 April.
  - d) Take Ruby to the Stay and Play group at Mill Lane Children's Centre when she feels ready.
- **Wayne will:**
  - e) Keep his methadone and any injecting equipment in the locked box, out of Tyler's and Ruby's reach,
    from today.
- **Sarah Finch (health visitor, Bagshollow Health Centre) will:**
  - f) Do Ruby's two-year review, including her speech and her weight, and refer her for speech therapy if
    she needs it.
- **Dr Oliver Amos (GP, Bagshollow Health Centre) will:**
  - g) Review Kirsty's antidepressant by 30 April and write to me about her health and how it affects her
    care of the children.

### Part B — every week until the review conference

- **I will:**
  - h) Visit Tyler and Ruby at home every week, one visit in three without telling you first, and see Tyler
    on his own at school every two weeks.
- **Wayne will:**
  - i) Go to key-work with Liam every Tuesday and collect his methadone from Fenn Street Pharmacy under
    supervision every day.
- **Liam Dodd (recovery worker, Bagshollow Drug and Alcohol Team) will:**
  - j) Key-work and a urine screen every two weeks, and a written report before each core group on whether
    Wayne has stopped using heroin, what still needs to change for Tyler and Ruby and how long it is likely
    to take.
- **Nina Shah (counsellor, Bagshollow Community Mental Health Team) will:**
  - k) Counselling sessions with Kirsty every two weeks for her depression.
- **Mrs Joanne Denton (DSL, Sandholme Primary School) will:**
  - l) Check Tyler's attendance, lateness and lunch every school day, and ring me the same day with any
    worry.
- **All the professionals involved will:**
  - m) Tell me on the same day about anything that worries them about Tyler or Ruby.

### Part C — other things we talked about

- **I will:**
  - n) Look into a funded nursery place for Ruby at Little Acorns Nursery.

## How we will know it is working

- a) My assessment report, shared with you and the core group two weeks before the review conference.
- c) I see Tyler's bed made up in the back bedroom at a visit.
- d) The Stay and Play register shows Kirsty and Ruby there.
- e) I and Sarah see the box locked at every visit, and no needles are found anywhere in the house.
- f) Sarah's review summary sent to me with Ruby's scores, and the referral letter if one was made.
- g) Dr Amos's letter on the children's file.
- h) My visit notes show both children seen every week and Tyler seen alone every two weeks, with what he
  said written down.
- i) Wayne engages with the service.
- j) Liam's written report on file before every core group, with the screen results.
- k) Nina tells me each month which sessions Kirsty went to.
- l) Tyler's attendance and late marks emailed to me every Friday; any same-day call logged.
- m) Every worry logged on the children's file on the day it is reported.
- n) Ruby's start date at nursery on file.

## If things get worse

If things get worse at home, or the plan is not followed, I will call a core group meeting to discuss what
to do next.

## Meetings

- Core group meetings every four weeks, on Tuesdays at 10am at Mill Lane Children's Centre: 31 March, 28 April
  and 26 May 2026.
- Review child protection conference: Tuesday 16 June 2026, 2pm, Bagshollow Council Offices.
""",
    "findings": [
        F("F002", "Wayne stays off heroin and Kirsty's depression lifts."),
        F("M001", "Ask Bagshollow Fire and Rescue to do a home safety visit"),
        F("T002", "Take Ruby to the Stay and Play group at Mill Lane"),
        F("M002", "Go to key-work with Liam every Tuesday and collect his methadone"),
        F("H001", "Counselling sessions with Kirsty every two weeks for her depression."),
        F("W002", "Tell me on the same day about anything that worries them"),
        F("T001", "Look into a funded nursery place for Ruby"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Initial conference plan for a premature baby with a cleft lip and palate
#    on a neonatal unit, going home on nasogastric top-ups; mother (19) with
#    a learning disability, father binge drinking, grandmother helping.
#    Plain-text case-system print: three phases with their times in the
#    phase headings, owners given once in "X WILL:" lead-ins, and a "What we
#    will look for at core group" box keyed by action code. Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b142_brenscombe_neonatal_cleft_phase_print_lookfor_codes_ndlovu.txt",
    "split": "heldout",
    "actions": 15,
    "template": "icpc-case-system-plain-text-print-dotted-fields-legal-status-worries-babys-day-on-the-ward-outcomes-then-three-phase-headings-with-times-owner-lead-ins-coded-actions-then-what-we-will-look-for-at-core-group-box-by-code-contingency-meetings",
    "description": (
        "Exemplary initial conference plan for a baby born at 34 weeks with a cleft lip and palate, "
        "on a neonatal unit and going home on nasogastric top-ups; his mother (19) has a learning "
        "disability and her first child lives with the grandmother, and his father binge drinks. A "
        "plain-text case-system print: the actions sit in three phases whose headings give the time "
        "(until Amari goes home, expected w/c 23/03/2026; his first four weeks at home; from now "
        "until the review on 04/06/2026), owners are given once in 'X WILL:' lead-ins over coded "
        "actions, and a boxed 'What we will look for at core group' list gives a check for every "
        "code. The adult learning disability nurse and the alcohol service own actions and the "
        "alcohol service reports on change, the grandmother's help has a fallback, the baby is not "
        "looked after and the SW visits the ward twice a week, legal planning follows named "
        "triggers, core group and review dates are set, and the baby's day on the ward is described."
    ),
    "text": """\
BRENSCOMBE COUNCIL - CHILDREN'S SERVICES - CARELINK
CHILD PROTECTION PLAN (INITIAL CONFERENCE)                  Printed 06/03/2026 09:14 by AGRANT
==========================================================================================

CHILD ........................ Amari NDLOVU-PIKE   DOB 18/02/2026   (born at 34+5 weeks)
CURRENT LOCATION ............. Kestrel Ward (neonatal unit), Brenscombe Royal Infirmary
HOME ADDRESS ................. Flat 9, Hawthorn House, Quayside, Brenscombe BC3 8NY
MOTHER ....................... Thandiwe NDLOVU (19)
FATHER ....................... Jordan PIKE (22) - lives with Thandiwe
MATERNAL GRANDMOTHER ......... Gloria NDLOVU, 31 Sorrel Road, Brenscombe (carer of Kai, 3,
                               Thandiwe's first child, under a special guardianship order)
LEGAL STATUS ................. Not looked after. Thandiwe and Jordan both have parental
                               responsibility and agreed to this plan.
CATEGORY ..................... Neglect
CONFERENCE ................... ICPC Thu 05/03/2026, held at Brenscombe Royal Infirmary
CHAIR ........................ Malcolm Reeve, Child Protection Chair
SOCIAL WORKER ................ Aisha Grant, Hospital and Infant Team
TEAM MANAGER ................. Colin Hart

------------------------------------------------------------------------------------------
1. WHY AMARI HAS A PLAN
------------------------------------------------------------------------------------------
Amari was born early with a cleft lip and palate. He cannot breastfeed, needs a special
squeeze bottle, and has top-up feeds through a nasogastric (NG) tube. He will need his lip
repaired at about three months old.

Thandiwe has a mild learning disability. In 2024 her son Kai was found underweight and left
alone in the flat, and he now lives with Gloria. On the ward Thandiwe has found the tube
checks hard to learn and has missed five of the feed times she booked to do in the first
two weeks. Jordan drinks heavily at weekends; on 28/02/2026 he came onto the ward drunk and
staff asked him to leave.

What is going well: Thandiwe and Jordan visit every day, they are gentle with Amari, and
Thandiwe now gives his bottle feeds confidently. Gloria has offered to help every morning.

------------------------------------------------------------------------------------------
2. AMARI'S DAY ON THE WARD
------------------------------------------------------------------------------------------
Observed by the SW on 02/03 and 04/03/2026 and by the ward staff: Amari wakes about every
three hours and roots and frets when he is hungry. He feeds best held upright in Thandiwe's
arms; he calms when she strokes his cheek and hums, and turns towards Jordan's voice. He
tires after about 20 minutes of bottle feeding and the rest of his feed goes down his tube.
He has gained 140g in the last week and is just below the 9th centile. When nobody came at
two booked feed times he was fed by the nurses and cried for some minutes before settling.

------------------------------------------------------------------------------------------
3. OUTCOMES FOR AMARI
------------------------------------------------------------------------------------------
O1  Amari gets every feed on time, by bottle and tube, from adults who can do it safely,
    and gains weight towards the 9th centile and above.
O2  Amari goes home to a flat where the adults caring for him are sober and know how to
    look after his tube and his cleft.
O3  Amari gets to every cleft clinic, weigh and check, and has his lip repair on time.
O4  Amari sleeps safely on his back in his own cot, and is picked up and comforted when he
    cries.

------------------------------------------------------------------------------------------
4. ACTIONS
------------------------------------------------------------------------------------------
The time for each action is in the heading of its phase, unless the action gives its own.
The owner is given once above each group of actions. How we will know is in section 5, by
the action's code.

PHASE 1 - NOW UNTIL AMARI GOES HOME FROM KESTREL WARD (EXPECTED W/C 23/03/2026)

  KESTREL WARD NURSING TEAM (LEAD: SISTER CAROL MBEKI, NEONATAL OUTREACH) WILL:
  P1.1  Teach Thandiwe and Jordan to give Amari's feeds with his cleft bottle, to check
        the position of his NG tube and to give his top-ups, and sign off each skill once
        they have done it safely three times in a row.
  P1.2  Write on the ward visiting chart every visit either parent makes and every feed
        they give.

  AISHA GRANT (SOCIAL WORKER) WILL:
  P1.3  Visit Amari on the ward twice a week, at a feed time, and see Thandiwe and Jordan
        caring for him.
  P1.4  Hold a discharge planning meeting on the ward before Amari goes home.

  BRENSCOMBE REGIONAL CLEFT SERVICE (HELEN YATES, CLEFT CLINICAL NURSE SPECIALIST) WILL:
  P1.5  Write Amari's feeding plan, with his weight targets and when his tube top-ups can
        stop, and give a copy to the parents, the outreach team and the health visitor.

  ADULT LEARNING DISABILITY TEAM (MARK OSEI, COMMUNITY LEARNING DISABILITY NURSE) WILL:
  P1.6  Make easy-read picture guides to Amari's feeds and tube care with Thandiwe, and
        assess with Aisha how Thandiwe learns and keeps new care tasks and what help she
        will need at home.

PHASE 2 - AMARI'S FIRST FOUR WEEKS AT HOME (FROM THE DAY HE GOES HOME UNTIL HE HAS BEEN
HOME FOUR WEEKS)

  NEONATAL OUTREACH TEAM (SISTER CAROL MBEKI) WILL:
  P2.1  Visit at home twice a week to weigh Amari, check his tube and look at the feed
        chart.

  AISHA GRANT (SOCIAL WORKER) WILL:
  P2.2  Visit at home every week, one visit in two unannounced, and see Amari awake, his
        feed chart and where he sleeps.

  GLORIA NDLOVU (MATERNAL GRANDMOTHER) WILL:
  P2.3  Come to the flat every morning from 7am to 9am to help with Amari's first feed
        and tube check.
  P2.4  Go with Thandiwe and Amari to every cleft clinic appointment.

PHASE 3 - FROM NOW UNTIL THE REVIEW CONFERENCE ON THU 04/06/2026

  JORDAN PIKE (FATHER) WILL:
  P3.1  Not drink alcohol on any day he is caring for Amari or visiting the ward, and go
        to key-work at Brenscombe Alcohol Service every Wednesday.

  BRENSCOMBE ALCOHOL SERVICE (PAUL REDFERN, RECOVERY WORKER) WILL:
  P3.2  See Jordan every Wednesday for key-work and a breath test, and report in writing
        before each core group on whether he is still drinking, what still needs to
        change for Amari and how long that may take.

  LIZ MORROW (HEALTH VISITOR, QUAYSIDE CLINIC) WILL:
  P3.3  Take over Amari's weighs from the outreach team once he has been home four weeks,
        and weigh him every week at home after that.

  AISHA GRANT (SOCIAL WORKER) WILL:
  P3.4  Complete a parenting assessment of Thandiwe and Jordan, in the way Mark Osei
        advises will suit Thandiwe, with the report ready by 21/05/2026.

  DR SAMUEL KERR (GP, QUAYSIDE SURGERY) WILL:
  P3.5  Do Amari's 6-to-8-week check and Thandiwe's postnatal check, and send Aisha the
        results the same week.

------------------------------------------------------------------------------------------
5. WHAT WE WILL LOOK FOR AT CORE GROUP
------------------------------------------------------------------------------------------
+----------------------------------------------------------------------------------------+
| P1.1  The ward's skills sheet signed off for both parents before the discharge meeting. |
| P1.2  The visiting chart, copied to Aisha each week, shows a parent at 4 of the 8 daily |
|       feeds or more.                                                                   |
| P1.3  Aisha's visit notes, with what she saw of each feed.                             |
| P1.4  A written discharge plan, signed by both parents, sent to every core group       |
|       member before Amari goes home.                                                   |
| P1.5  The feeding plan on the ward notes and on the children's file.                   |
| P1.6  The guides seen in the flat; Mark's written summary of the help Thandiwe needs,  |
|       shared at the discharge meeting.                                                 |
| P2.1  Weights plotted in the red book at every visit, on or moving up to the 9th       |
|       centile; the tube seen in the right place.                                       |
| P2.2  Visit notes show Amari seen awake every week, the feed chart with no gap of more |
|       than four hours, and the cot clear.                                              |
| P2.3  Gloria signs the feed chart each morning; Aisha checks it at her visits.        |
| P2.4  The cleft service's clinic letters show Amari seen at every appointment.        |
| P3.1  Paul's report shows every Wednesday attended and every breath test at zero; no  |
|       one notes Jordan drunk on the ward or at home.                                   |
| P3.2  Paul's written report on file before every core group.                           |
| P3.3  The weights in the red book, sent to Aisha each month.                           |
| P3.4  The assessment report shared with Thandiwe, Jordan and the core group by         |
|       21/05/2026.                                                                      |
| P3.5  The GP's letter with both checks on the children's file.                         |
+----------------------------------------------------------------------------------------+

------------------------------------------------------------------------------------------
6. CONTINGENCY
------------------------------------------------------------------------------------------
TRIGGER: Amari misses a feed or a top-up at home, loses weight at two weighs in a row, or
his tube is found out of place and no one has called the outreach team.
RESPONSE: the outreach team visits the same day; Thandiwe and Amari go to stay at Gloria's
house at 31 Sorrel Road that night, and Aisha holds a strategy discussion the same day.

TRIGGER: Jordan is drunk while caring for Amari or on the ward.
RESPONSE: Jordan leaves the flat or the ward at once and stays with his brother in Dock
Street; he sees Amari only while Gloria or ward staff are there.

TRIGGER: Gloria cannot come in the mornings or to clinic (she is ill, Kai needs her, or it
stops working out).
RESPONSE: the outreach team makes a daily morning visit for the first four weeks, and if
that cannot be arranged Aisha will place Thandiwe and Amari together with a Brenscombe
parent and child foster carer the same day.

LEGAL PLANNING: if the parenting assessment (P3.4) says Amari cannot be safely cared for at
home, Amari has to go back into hospital because of missed feeds, or Jordan is drunk while
caring for him twice, Aisha will ask Colin Hart for a legal planning meeting within five
working days.

------------------------------------------------------------------------------------------
7. CORE GROUP AND REVIEW
------------------------------------------------------------------------------------------
CORE GROUP ................... Every four weeks, Thursdays at 2pm: 19/03/2026 on Kestrel
                               Ward, then 16/04/2026 and 14/05/2026 at Quayside Clinic
REVIEW CONFERENCE ............ Thu 04/06/2026, 10am, Brenscombe Civic Centre
==========================================================================================
END OF PRINT
""",
    "findings": [],
})
