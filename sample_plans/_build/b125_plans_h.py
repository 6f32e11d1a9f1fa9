"""Batch 125, module h: seven fictional plans (tuning material), places beginning with "h".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: the WORDS of good rows. Timescales, measures, outcomes and adult
services are written well but not in template words, so that a reader bound
to "By when: dd/mm/yyyy" and "Measure: ..." could wrongly call them missing or
vague. Timescales are anchored to events dated elsewhere in the plan ("before
Lily's discharge from the neonatal unit", "within 10 working days of this
conference", "by the review conference"), given once for a group of actions
under a heading ("Within 10 working days of this conference (by Friday 6 March
2026)", "Weeks 1-6"), written as a From / Until or Start / End pair, as weeks
of pregnancy or the baby's age ("32 weeks", "Baby 6 weeks old", "until Lily is
6 months old"), as school terms and days of the week ("each Tuesday after
school", "until the end of the spring term") or as "at every visit". Measures
are counts and records (three clear screens in a row, attendance above 95%,
the pharmacy's supervised-dose log), observations by a named professional
("the HV sees Lily sleeping on her back"), scaling scores that two people
agree ("Stacey rates herself 8/10 and Tom agrees"), the family's own words
("We'll know it's working when ...") and documents that will exist (a safety
plan signed by both parents). Outcomes are written as "What we want for Lily",
"Goal statements", "Our hopes for Ruby and Alfie", "By the review you will
..." and "So that ..." lines. Adult services are named locally or by what they
do: The Harbour and Pathways Recovery Heddingthorpe (drug and alcohol), a
perinatal mental health team, talking therapies, a community mental health
team, a veterans' mental health service, a perpetrator programme, a leaving
care personal adviser, GP practices reviewing medication.

Five plans are exemplary (no findings): Hennaby (docx, landscape initial
conference plan for a premature baby on a neonatal unit, "What we want for
Lily" merged down a six-column table, timescales anchored to discharge and
to Lily's age); Hurlstow (docx, review plan with worry and goal statements
and three action tables whose timescale is given once in the heading above
each); Hobbsworth (pdf, a letter from the social worker to a 15-year-old
young carer, "I" and "you", school days and terms, page header and footer);
Heddingthorpe (md, nested bullets under "Weeks 1-6" / "Weeks 7-14" / "Every
week" headings with Who and "How we'll know" sub-bullets); Hulverdale (txt,
review plan with labelled fields, a FROM / UNTIL pair and a SO THAT line for
each action). Two carry a realistic mix of faults among mostly good rows:
Haxlebury (pdf, a pre-birth case-system export with Start / End columns in
weeks of pregnancy and the baby's age) and Hexmire (md, worry and goal
statements with a From | Until | "We'll know it's working when" table).

Counting convention for "actions" (README, "Files", convention 1): every live
row of an action table and every bullet (with its sub-bullets) or item of an
action section is one action; the contingency, meeting dates, headings that
carry a group's timescale and work already done are not actions. No plan here
has an action marked done.
"""
from build_batch5 import F, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Initial conference plan for a premature baby still on the neonatal unit,
#    mother with perinatal depression, father using cannabis and cocaine,
#    grandmother staying for night feeds. Landscape six-column Word table with
#    "What we want for Lily" merged down; timescales anchored to discharge, to
#    this conference and to Lily's age. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b125_hennaby_icpc_neonatal_discharge_anchored_merged_wants_maclaverty.docx",
    "doc_title": "Child Protection Plan - Lily MacLaverty",
    "split": "tune",
    "actions": 12,
    "landscape": True,
    "check_vmerge": 4,
    "template": "icpc-landscape-word-plan-baby-on-neonatal-unit-details-why-lily-has-a-plan-lilys-days-on-the-unit-then-six-column-table-what-we-want-for-lily-merged-down-number-what-will-happen-who-when-how-well-know-timescales-anchored-to-discharge-conference-and-age-then-if-things-go-wrong-meetings",
    "description": (
        "Exemplary initial conference plan for a baby born at 33 weeks and still on the neonatal unit, "
        "whose mother has perinatal depression and whose father uses cannabis and sometimes cocaine; "
        "the maternal grandmother will stay for night feeds. A landscape six-column Word table with "
        "'What we want for Lily' merged down each group of rows (real vertical merges). Timescales "
        "are anchored to events dated elsewhere ('before Lily's discharge from the neonatal unit', "
        "'within 10 working days of this conference'), to Lily's age ('until Lily is 6 months old') "
        "or to each visit; measures are records and what a named professional sees (rooming-in record "
        "signed by the nurse in charge, the HV sees Lily asleep on her back, three clear screens in a "
        "row). The perinatal psychiatrist and nurse report on capacity to change, The Harbour owns the "
        "father's drug work, the GP reviews medication; the grandmother's part has a fallback, legal "
        "planning follows named triggers, core group and review dates are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Hennaby Metropolitan Borough Council · Children's Social Care · Assessment and Safeguarding Team 2"),
        ("kv", [
            ("Child", "Lily Rose MacLaverty, born 09/01/2026 at 33 weeks and 4 days"),
            ("Where Lily is now", "Kestrel Neonatal Unit, Hennaby Royal Infirmary (special care, cot 6)"),
            ("Home address", "14 Larch Walk, Hennaby HN3 8QD"),
            ("Mother", "Chloe MacLaverty (24)"),
            ("Father", "Josh Kerrigan (27), lives with Chloe; has parental responsibility"),
            ("Maternal grandmother", "Denise MacLaverty, 2 Fenwick Row, Hennaby (fifteen minutes by bus)"),
            ("Category", "Neglect (likely significant harm)"),
            ("Initial conference", "Thursday 22/01/2026. Chair: Marcus Olawale (Independent Chair)"),
            ("Social worker", "Niamh Garvey (team manager: Philippa Rudd)"),
        ]),
        ("h1", "Why Lily has a plan"),
        ("p", "Chloe has had depression since she was 17. She stopped her sertraline when she found out she was "
              "pregnant and did not tell her midwife. Since Lily was born Chloe has told the unit's nurses that she "
              "feels \"numb\" and has said twice that Lily would be \"better off without me\". She has not yet "
              "stayed on the unit for a night feed. Josh smokes cannabis most evenings and told the conference he "
              "used cocaine at a friend's party on 03/01/2026. On a home visit on 16/01/2026 the social worker "
              "found the flat smelling strongly of cannabis and the Moses basket full of washing."),
        ("p", "Chloe and Josh both want to take Lily home and both came to the conference. Chloe said she knows "
              "she needs help with her mood and wants to start her tablets again; Josh said he will stop smoking "
              "in the flat and go to The Harbour."),
        ("h1", "Lily's days on the unit (what we have seen)"),
        ("p", "Lily is too young to tell us anything in words, so this is what the nurses, the health visitor and "
              "the social worker have seen of her days. She is out of the incubator and in a heated cot, feeding "
              "every three hours by bottle and tube and gaining weight (1.98kg on 20/01/2026). She settles "
              "quickly when she is held skin to skin and startles and cries at loud voices on the ward. When "
              "Josh visited on 19/01/2026 he fed her, winded her and sang to her and she fell asleep on his "
              "chest. When Chloe holds Lily she often looks away from her and hands her back after a few "
              "minutes; on 21/01/2026 she held Lily for forty minutes and smiled when Lily gripped her finger. "
              "Denise visits every afternoon and Lily calms quickly with her."),
        ("h1", "The plan"),
        ("p", "Each group of rows sits beside what it is for. Dates such as \"before Lily's discharge\" are tied to "
              "the discharge date the unit expects, the week of 09/02/2026; if it moves, the action moves with it."),
        ("table", {
            "header": ["What we want for Lily", "No.", "What will happen", "Who", "When", "How we'll know"],
            "widths": [4.2, 1.0, 6.4, 4.2, 4.3, 5.6],
            "rows": [
                ["Lily goes home to parents who can feed, settle and keep her safe day and night, with a sober "
                 "adult awake for every night feed.",
                 "1",
                 "Room in on the unit for at least one full 24 hours, doing all of Lily's feeds and cares with the "
                 "nurses nearby",
                 "Chloe and Josh",
                 "Before Lily's discharge from the neonatal unit",
                 "Rooming-in record signed by the nurse in charge shows every feed given on time and Lily settled "
                 "after each one"],
                [V, "2",
                 "See Lily with her parents on the unit and then at home, and write down who fed and settled her",
                 "Niamh Garvey, SW",
                 "Twice a week until discharge, then weekly at home until the review conference",
                 "Visit notes record each feed seen, how Lily settled and how each parent responded to her cues"],
                [V, "3",
                 "Stay overnight at 14 Larch Walk and share the night feeds with Chloe, so that Lily is never fed "
                 "at night by an adult on their own who is exhausted or unwell",
                 "Denise MacLaverty (maternal grandmother)",
                 "Every night for Lily's first four weeks at home",
                 "Night-feed chart kept by Denise (time, amount, who fed); the HV checks it at every visit"],
                [V, "4",
                 "Check the home is ready for Lily: the Moses basket clear and beside the parents' bed, no smoking "
                 "indoors, the room at 16 to 20 degrees",
                 "Grace Allardyce, health visitor (HV)",
                 "Within 10 working days of this conference, and again in Lily's first week home",
                 "Safe sleep checklist signed by both parents on Lily's health record; the HV sees Lily asleep on "
                 "her back in her own basket at each visit"],
                ["Lily is cared for by a mum who is well enough to notice and answer her cues, and Lily is never "
                 "left alone with an adult who is unwell or has taken drugs.",
                 "5",
                 "Assess Chloe's depression, her risk to herself and to Lily, her capacity to make and keep the "
                 "changes Lily needs, and how long those changes are likely to take",
                 "Dr Anjali Rowe, consultant perinatal psychiatrist, Hennaby Perinatal Mental Health Team",
                 "Assessment before Lily's discharge from the neonatal unit",
                 "Written assessment to the SW and every core group member, with a treatment plan and a view on "
                 "the likely timescale"],
                [V, "6",
                 "Visit Chloe at home for her mood and medication, and say at each core group whether she is "
                 "making and keeping the changes Lily needs",
                 "Beth Okonedo, perinatal community mental health nurse",
                 "Weekly from discharge until Lily is 6 months old",
                 "Written update before each core group with Chloe's mood score at each visit and Beth's view of "
                 "progress for Lily"],
                [V, "7",
                 "Restart Chloe's sertraline and review it, so that she is well enough to care for Lily, and tell "
                 "the SW if a prescription is not collected",
                 "Dr Kwabena Essien, GP, Millbrook Medical Practice",
                 "Review within 10 working days of this conference; then at every monthly repeat",
                 "Review letter to the SW; no missed collections on the GP record"],
                ["Lily lives in a home free of drugs and smoke, with a dad who is sober whenever he looks after "
                 "her.",
                 "8",
                 "Key-work with Josh on his cannabis and cocaine use, with a urine screen at each session and a "
                 "written view for each core group on whether he is changing in time for Lily",
                 "Callum Reyes, recovery worker, The Harbour (Hennaby drug and alcohol service)",
                 "Every Thursday from 29/01/2026",
                 "Screen results and the written view on file before each core group; three clear screens in a "
                 "row by the review conference"],
                [V, "9",
                 "Smoke nothing in the flat or the car and keep no drugs at 14 Larch Walk, so Lily comes home to "
                 "clean air",
                 "Josh Kerrigan (Dad)",
                 "Every day from 22/01/2026",
                 "Clear screens at The Harbour; no smell of cannabis at any visit, announced or unannounced"],
                ["Lily grows well, gets to every health check, and is seen by a professional every week.",
                 "10",
                 "Weigh Lily, check her feeding, sleep and development, and watch how Chloe and Josh respond to her",
                 "Grace Allardyce, HV",
                 "Weekly from discharge until Lily is 12 weeks old, then every two weeks until she is 6 months old",
                 "Weights plotted in Lily's red book; Lily stays on or above the 9th centile for her corrected "
                 "age"],
                [V, "11",
                 "Take Lily to her neonatal follow-up clinic and her 8-week immunisations",
                 "Chloe and Josh",
                 "Follow-up clinic 6 weeks after discharge; immunisations when Lily is 8 weeks old",
                 "Clinic letter and red book entry for each; no missed appointments on the GP record"],
                [V, "12",
                 "Go through the ICON coping-with-crying programme with both parents and write their own plan for "
                 "when Lily will not stop crying",
                 "Sade Pennington, neonatal outreach nurse",
                 "Before Lily's discharge from the unit",
                 "A coping-with-crying plan signed by both parents, on the fridge and in Lily's notes"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Chloe says she has thoughts of harming herself or Lily, stops her sertraline, or is seen too low "
            "to feed Lily, Beth or the GP will ask the perinatal crisis team to see her the same day, Niamh will "
            "hold a strategy discussion the same day, and Lily will be cared for by Josh (if sober) and Denise at "
            "Larch Walk, with Chloe not left alone with her until Dr Rowe has seen her.",
            "If Josh has a positive screen for cocaine, or cannabis is smelt in the flat, Josh will move to his "
            "brother's at 40 Quarry Street that night and will only see Lily with Denise or Chloe present until "
            "he has had two clear screens.",
            "If Denise cannot stay (she is ill, or it is too much for her), Lily's discharge will wait until "
            "another adult the SW has checked can stay, or, once Lily is home, Chloe's aunt Maureen Tully will "
            "stay for up to a week; if nobody can, Niamh will arrange a parent and baby foster placement for Chloe "
            "and Lily the same day.",
            "If Chloe or Josh have not roomed in by the week Lily is ready to go home, or Josh has two positive "
            "screens before the review, or Dr Rowe's assessment says Chloe cannot make the changes in Lily's "
            "timescale, Niamh will ask Philippa Rudd for a legal planning meeting within 5 working days.",
        ]),
        ("h1", "Meetings"),
        ("kv", [
            ("Core group", "First within 10 working days of this conference, on Wednesday 04/02/2026 at the "
                           "neonatal unit; then every four weeks at Millbrook Children's Centre, 04/03/2026 and "
                           "01/04/2026"),
            ("Review child protection conference", "Thursday 16/04/2026, 1.30pm, Hennaby Town Hall"),
            ("Lily's voice", "At each core group Niamh and Grace will say what they have seen of Lily's days since "
                             "the last one"),
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. First review conference plan, domestic abuse by the mother's partner and
#    the mother's evening drinking, two children, grandmother helping. Worry
#    and goal statements, then three Who | What will happen | How we will know
#    tables, each under a heading that gives the timescale once for all of its
#    rows. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b125_hurlstow_rcpc_worry_goal_statements_deadline_headings_lucombe.docx",
    "doc_title": "Review Child Protection Plan - Mason and Evie Lucombe",
    "split": "tune",
    "actions": 14,
    "template": "rcpc-word-plan-details-worry-statements-goal-statements-what-mason-and-evie-say-scaling-then-three-who-what-will-happen-how-we-will-know-tables-each-under-a-heading-giving-the-timescale-once-within-10-working-days-every-week-until-review-by-half-term-then-what-happens-if-meetings",
    "description": (
        "Exemplary first review conference plan for a 9-year-old and a 6-year-old after their mother's "
        "partner punched a door and threatened her, and while their mother drinks in the evenings; their "
        "grandmother has them on Tuesdays and Fridays. Signs of Safety worry statements and goal "
        "statements (the outcomes, never called that), the children's words and scaling, then three "
        "Who | What will happen | How we will know tables with no When column: each sits under a heading "
        "that gives the timescale once for all its rows ('Within 10 working days of this conference (by "
        "Friday 6 March 2026)', 'Every week from Monday 9 March 2026 until the next review conference', "
        "'By half-term (Friday 22 May 2026)'). Measures are a signed safety plan, breath tests with a "
        "self-rating the recovery worker agrees with, the mother's own words for what working looks like, "
        "and registers. The alcohol service and talking therapies report on change, the perpetrator "
        "programme reports on behaviour at home; the grandmother's part has a fallback, legal planning "
        "follows named triggers, core group and review dates are set."
    ),
    "blocks": [
        ("title", "Review Child Protection Plan"),
        ("p", "Hurlstow City Council · Families First Social Work Service · East Locality"),
        ("kv", [
            ("Children", "Mason Lucombe (9), DOB 02/07/2016; Evie Arkwright-Lucombe (6), DOB 19/10/2019"),
            ("Address", "31 Tenter Street, Hurlstow HW4 2RB"),
            ("Mother", "Stacey Lucombe (33)"),
            ("Mother's partner", "Dean Arkwright (36), Evie's father, living at 31 Tenter Street"),
            ("Mason's father", "Not in touch since 2018; informed of the conference by letter"),
            ("Maternal grandmother", "Rita Lucombe, 9 Mill Bank, Hurlstow (five minutes' walk)"),
            ("Category", "Emotional abuse (both children)"),
            ("Conferences", "Initial 21/11/2025 (re-convened 05/12/2025); this first review Friday 20/02/2026. "
                            "Chair: Yvonne Achterberg (IRO)"),
            ("Social worker", "Kelly Brennan (team manager: Desmond Fry)"),
        ]),
        ("h1", "Worry statements"),
        ("bullets", [
            "Kelly and the core group are worried that Mason and Evie could be hurt or badly frightened if Dean "
            "loses his temper with Stacey again, as he did on 30/11/2025 when he punched the kitchen door, "
            "threatened to \"put her through the window\" and Mason rang 999 from the bathroom.",
            "We are worried that when Stacey drinks in the evenings she cannot keep Mason and Evie safe, get them "
            "to bed or notice when they are scared, and that Mason is starting to look after his sister and his "
            "mum.",
        ]),
        ("h1", "Goal statements"),
        ("bullets", [
            "Mason and Evie live in a home where the adults sort out disagreements without shouting, threats or "
            "violence, and they never need to hide or call the police.",
            "Mason and Evie are looked after every evening by an adult who is sober, who gets them to bed on "
            "time and who they can go to when they are worried.",
            "Mason stops worrying at school about what is happening at home, and Evie sleeps through the night "
            "in her own bed.",
        ]),
        ("h1", "What's working well"),
        ("p", "There have been no police call-outs since 30/11/2025. Dean moved to his brother's for three weeks "
              "in December by his own choice and came back on 27/12/2025 after agreeing the family rules with "
              "Kelly. Stacey has cut her drinking to weekends, she says, and had two clear breath tests in "
              "January. Rita has had the children every Friday night since the initial conference."),
        ("h1", "What Mason and Evie say"),
        ("p", "Mason (seen on his own at school, 12/02/2026): \"It's quieter. Dean said sorry for the door. I still "
              "listen at night in case they start. When Mum has wine she goes to sleep on the settee and I put "
              "Evie to bed.\" Mason scored home 5 out of 10 (it was 2 at the initial conference) and said a 10 "
              "would be \"no wine on school nights and nobody shouting\"."),
        ("p", "Evie (seen at home with her drawings, 16/02/2026): she drew her house with a big sun and said "
              "\"Daddy doesn't bang any more.\" When asked where she sleeps she said \"in Mason's bed when I'm "
              "scared\". Her favourite thing is \"Nana's fish finger Friday\"."),
        ("h1", "Scaling"),
        ("p", "On a scale where 0 means the children must leave home and 10 means the plan can end: Stacey 7, Dean "
              "7, Rita 6, Kelly 4, Mrs Fearnley (school) 5. Kelly's 4 is because the drinking has not yet been "
              "tested on school nights and Dean has not started his programme."),
        ("h1", "What will happen"),
        ("p", "The actions are grouped by when they must be done. The heading above each table gives the "
              "timescale for every row in it."),
        ("h2", "Within 10 working days of this conference (by Friday 6 March 2026)"),
        ("table", {
            "header": ["Who", "What will happen", "How we will know"],
            "widths": [4.2, 7.0, 5.8],
            "rows": [
                ["Kelly Brennan, social worker",
                 "Write a safety plan with Stacey and Dean, and with Mason and Evie in their own words, saying "
                 "where the children go and who they ring if an argument starts",
                 "A safety plan signed by Stacey and Dean, with the children's drawings, on the kitchen door and "
                 "in each child's school bag"],
                ["Tom Hadley, recovery worker, Turning Tide (Hurlstow alcohol service)",
                 "Assess Stacey's drinking, agree a drinking diary with her, and write to the core group on what "
                 "has to change for Mason and Evie and how long that is likely to take",
                 "Assessment letter on the SW's file with Stacey's AUDIT score and her first breath test reading"],
                ["Mrs Joanne Fearnley, designated safeguarding lead, Hurlstow Park Primary",
                 "Name a key adult for each child and start a morning check-in for Evie at the classroom door",
                 "Mason and Evie can each tell Kelly who their key adult is; every morning check is logged on "
                 "CPOMS"],
                ["Dean Arkwright",
                 "Go to his assessment for the Respect for Change domestic abuse perpetrator programme",
                 "Letter from the programme confirming the assessment and Dean's start date, copied to Kelly"],
            ],
        }),
        ("h2", "Every week from Monday 9 March 2026 until the next review conference (Thursday 11 June 2026)"),
        ("table", {
            "header": ["Who", "What will happen", "How we will know"],
            "widths": [4.2, 7.0, 5.8],
            "rows": [
                ["Kelly Brennan, social worker",
                 "Visit Mason and Evie at home, every third visit unannounced, and talk with each of them on "
                 "their own",
                 "Each child's words written in the visit notes, with Mason's \"how safe is home\" score out of 10 "
                 "and Kelly's own score beside it"],
                ["Stacey Lucombe (Mum)",
                 "Stay sober every evening Mason and Evie are at home, and go to key-work at Turning Tide on "
                 "Tuesday mornings",
                 "Every breath test at Turning Tide and at visits reads zero; Stacey rates herself 8 out of 10 or "
                 "higher for staying sober and Tom agrees with her score"],
                ["Tom Hadley, Turning Tide",
                 "Key-work with Stacey with a breath test at each session, and a written note to each core group "
                 "on whether she is making the changes Mason and Evie need",
                 "Note on Kelly's file two working days before each core group, listing every breath test "
                 "result"],
                ["Dean Arkwright",
                 "Take part in the Respect for Change group every Wednesday evening",
                 "The group register shows every session attended; the facilitator writes to each core group on "
                 "how Dean is using what he learns at home"],
                ["Ruby Okoye, family support worker, with Stacey",
                 "Two sessions a week at home on Evie's bedtime and Mason's homework routine",
                 "We'll know it's working when, in Stacey's words, \"Evie's in bed by half seven and Mason's "
                 "reading book is signed\"; Ruby's checklist shows both on five nights out of seven"],
                ["Rita Lucombe (maternal grandmother)",
                 "Collect Mason and Evie from school on Tuesdays and give them tea at 9 Mill Bank until Stacey is "
                 "home from Turning Tide",
                 "School collection book signed by Rita every Tuesday; Rita texts Kelly if Stacey is later than "
                 "6pm"],
                ["Rita Lucombe (maternal grandmother)",
                 "Have Mason and Evie to stay at 9 Mill Bank every Friday night",
                 "Rita's weekend diary, seen by Kelly at the first visit of each month"],
            ],
        }),
        ("h2", "By half-term (Friday 22 May 2026)"),
        ("table", {
            "header": ["Who", "What will happen", "How we will know"],
            "widths": [4.2, 7.0, 5.8],
            "rows": [
                ["Amina Chaudhry, CBT therapist, Hurlstow Talking Therapies",
                 "Eight sessions of CBT for Stacey's anxiety, ending with a letter on whether she can now manage "
                 "her anxiety without drinking, what steps remain and how long they are likely to take, so that "
                 "Mason and Evie have a mum who copes without alcohol",
                 "Closing letter on Kelly's file; Stacey's anxiety scores at the first and the last session"],
                ["Leah Dunmore, children's worker, Hurlstow Women's Aid",
                 "Run the six-week Safe Hands group for Mason with other children who have lived with domestic "
                 "abuse",
                 "Register shows Mason at five of the six sessions; Mason's own \"what I know now\" sheet shared "
                 "with Kelly"],
                ["Kelly Brennan, social worker",
                 "Complete a parenting assessment of Stacey and Dean",
                 "Written assessment report shared with the core group, and with Stacey and Dean, before the "
                 "review conference"],
            ],
        }),
        ("h1", "What happens if"),
        ("bullets", [
            "If there is an argument with shouting, threats or violence while the children are at home, or the "
            "police are called: Dean leaves that night and stays at his brother's, 6 Canal View; the children "
            "stay with Stacey if she is sober, or go to Rita's; Kelly holds a strategy discussion with Hurlstow "
            "Police the same day.",
            "If Stacey drinks while she is caring for Mason and Evie (a breath test above zero, or either child "
            "tells an adult): the children go to Rita's that night and stay until Kelly has seen Stacey sober.",
            "If Rita cannot collect the children on a Tuesday or have them on a Friday, or cannot take them in an "
            "emergency (she is ill or away): Ruby collects them on Tuesdays and stays until Stacey is home; in "
            "an emergency Kelly (or the out-of-hours team) places Mason and Evie together with Hurlstow foster "
            "carers the same night.",
            "If the police are called again, or Stacey has two breath tests above zero before the next review, "
            "or Dean leaves the programme, Kelly will ask Desmond Fry for a legal planning meeting within 5 "
            "working days.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks, Wednesdays at 9.15am at Hurlstow Park Primary: 18/03/2026, 15/04/2026 "
            "and 13/05/2026.",
            "Second review child protection conference: Thursday 11/06/2026, 10am, Hurlstow Civic Offices.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Initial conference plan written as a letter from the social worker to a
#    15-year-old young carer whose mother has bipolar disorder. "I" and "you",
#    timescales in school days, terms and dates in the middle of sentences,
#    measures as scores, attendance and documents. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b125_hobbsworth_letter_plan_to_young_carer_school_terms_annesley.pdf",
    "doc_title": "Your child protection plan - letter to Reuben Annesley",
    "split": "tune",
    "actions": 10,
    "header": "Hobbsworth Council · Children's Services · Private and confidential",
    "footer": "Letter to Reuben Annesley, 5 February 2026 – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "template": "letter-to-young-person-paged-header-footer-address-lines-dear-reuben-what-you-told-us-what-we-are-worried-about-what-we-want-for-you-by-the-review-then-what-will-happen-bullets-i-and-you-owners-school-days-terms-and-dates-mid-sentence-then-if-things-go-wrong-meetings-signed",
    "description": (
        "Exemplary initial conference plan written as a letter from the social worker to a 15-year-old "
        "who has been caring for his mother, who has bipolar disorder and had a manic episode in "
        "December. 'I' is the social worker who signs it and 'you' is Reuben. Each bullet under 'What "
        "will happen' carries its owner, a timescale said the way a school year runs ('every Tuesday "
        "after school', 'until the end of the spring term', 'every other Thursday lunchtime from 12 "
        "February', a date in the middle of the sentence) and a measure said plainly (both scores out of "
        "10 written down, attendance above 95%, a signed young carer's plan, pharmacy records). The "
        "outcomes are 'What we want for you by the review'. The care co-ordinator and the psychiatrist "
        "both report on capacity to change, the GP shares collections; the aunt's part has a fallback, "
        "legal planning follows named triggers, core group and review dates are set. PDF with a page "
        "header and a 'page N of M' footer."
    ),
    "blocks": [
        ("pr", "Young People's Social Work Team"),
        ("pr", "Hobbsworth Council, Kingsgate House"),
        ("pr", "Hobbsworth HB1 4TT"),
        ("pr", "Thursday 5 February 2026"),
        ("pl", "Reuben Annesley"),
        ("pl", "Flat 3, 22 Paragon Road"),
        ("pl", "Hobbsworth HB6 2LW"),
        ("p", ""),
        ("p", "Dear Reuben,"),
        ("p", "Thank you for coming to the first part of your child protection conference on Tuesday 3 February "
              "and for letting me read out what you wrote. As I promised, this letter sets out the plan we agreed, "
              "in plain words, so that you know who is doing what and by when. Your mum has a copy of the same "
              "plan. If anything in it is wrong, or you want something added, tell me and I will take it to the "
              "first core group."),
        ("h2", "What you told us"),
        ("p", "You wrote: \"I don't want Mum to get in trouble. She's not a bad mum, she's ill. In December I "
              "didn't go to school because someone had to make sure she ate and didn't go off again. I hide her "
              "bank card now. I'm tired all the time and I've stopped going to football.\""),
        ("p", "When we met on your own on 29 January you said home was a 4 out of 10 (\"it was a 1 at "
              "Christmas\"), that the thing you want most is \"for Mum to stay well and for me to just be normal "
              "Year 10\", and that you feel safest at Auntie Bernie's. You said you would rather not talk to "
              "anyone at school except Mr Khan."),
        ("h2", "What we are worried about"),
        ("p", "Your mum has bipolar disorder. In December she stopped her lithium, did not sleep for days, spent "
              "all of her money, brought people she had met in town back to the flat and was missing for two "
              "nights. The home treatment team looked after her at home and she is much better now. You missed "
              "three weeks of school looking after her and were on your own in the flat for those two nights. "
              "We are worried that if your mum becomes unwell again you will be left to cope alone, miss school, "
              "and be around adults who are not safe."),
        ("h2", "What we want for you by the review on 28 April"),
        ("bullets", [
            "You are in school every day and back doing what 15-year-olds do: football on Saturdays, seeing "
            "your friends, your GCSE coursework.",
            "You are no longer the person who looks after your mum, her money or her tablets; the adults in "
            "this plan are.",
            "You know your mum's warning signs and exactly who to ring, and you feel able to ring them.",
            "You live with your mum when she is well, and you are somewhere safe and familiar if she is not.",
        ]),
        ("h2", "What will happen"),
        ("bullets", [
            "I will see you on your own every Tuesday after school at the Hobbsworth Youth Hub, from 10 "
            "February until the review, and each time we will write down your score out of 10 for home and "
            "mine; if they are more than two points apart we will write down why.",
            "Femi Adeyemi, your mum's care co-ordinator at the Hobbsworth Community Mental Health Team, will "
            "visit her at home every week until the end of the spring term, and before each core group will "
            "write to me saying whether she is making the changes that mean you no longer have to look after "
            "her, what still needs to happen and how long that is likely to take.",
            "Dr Ruth Sandhu, your mum's consultant psychiatrist, will see her in clinic by 24 February and send "
            "me a letter with her lithium level and her view of how likely your mum is to stay well enough to "
            "care for you, what would need to change and how long that would take.",
            "Your mum will take her lithium every evening and have a blood test every four weeks at Hobbsworth "
            "Health Centre, so that she stays well enough to look after you; she has agreed that I can see the "
            "results, which will show whether her level is in range each time.",
            "Dr Imran Lal, your mum's GP at Station Road Surgery, will send me the pharmacy's record of her "
            "lithium collections on the first Monday of each month until the review, and will phone me within "
            "two working days if she misses one.",
            "Mr Khan, your head of year at Castle Lees Academy, will email me your attendance every Friday until "
            "the review; we are aiming for above 95%, which is what you said \"normal Year 10\" would look "
            "like.",
            "Carys Bell from Hobbsworth Young Carers will meet you every other Thursday lunchtime from 12 "
            "February, and by 13 March the two of you will have written your young carer's plan, which you and "
            "I will both sign.",
            "Your aunt Bernie will have you for tea at 7 Cobden Street every Wednesday and Sunday, and will text "
            "me each Monday morning to say whether you came and how the week went.",
            "Bernie will also be the adult you ring, day or night, if your mum shows two of her warning signs; "
            "she has agreed to come round within the hour, take you back to hers if you want to go, and write "
            "each call in the plan notebook, which I will read at our first Tuesday meeting of each month.",
            "By 20 February I will sit down with you and your mum and write a warning-signs plan that lists the "
            "signs you each notice when she is becoming unwell and what each of you does about them; you will "
            "have a copy on your phone and there will be one on the fridge.",
        ]),
        ("h2", "If things go wrong"),
        ("p", "If your mum stops taking her lithium, misses a blood test, or shows two of her warning signs (not "
              "sleeping, spending a lot, bringing strangers home), ring Bernie; you will stay at Cobden Street "
              "that night and Femi will see your mum the same day or ask the home treatment team to. If Bernie "
              "cannot have you (she is away, ill, or not answering), ring me, or the out-of-hours team on the "
              "number on your card, and I will arrange for you to stay with a Hobbsworth foster carer that night; "
              "you will not be left in the flat on your own."),
        ("p", "If your mum is admitted to hospital, or stops her lithium again, or you miss more than five days of "
              "school before the review because of her illness, I will ask my manager, Gareth Mensah, for a "
              "legal planning meeting within five working days, and I will tell you and your mum that I have."),
        ("h2", "Meetings"),
        ("p", "The core group (you, your mum, Bernie, Femi, Mr Khan, Carys and me) will meet every three weeks, "
              "on Thursdays at 4pm at Castle Lees Academy: 19 February, 12 March and 2 April. Your review child "
              "protection conference is on Tuesday 28 April 2026 at 10am at Hobbsworth Civic Centre. You can "
              "come to all or part of it, or write to the chair as you did this time."),
        ("p", "Yours,"),
        ("p", "Sasha Greenaway"),
        ("pl", "Social worker, Young People's Social Work Team (manager: Gareth Mensah)"),
        ("pl", "Mobile 07700 900418"),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Pre-birth initial conference plan printed from a case system: mother a
#    care leaver with anxiety, both parents using cannabis. Landscape table
#    Ref | Action | Responsible | Start | End | Evidence of progress, with
#    Start / End in weeks of pregnancy and the baby's age. Mostly good rows;
#    faults (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b125_haxlebury_prebirth_case_export_start_end_weeks_coverdale.pdf",
    "doc_title": "CareTrack export - Pre-birth child protection plan - Unborn baby Coverdale",
    "split": "tune",
    "actions": 12,
    "landscape": True,
    "header": "OFFICIAL-SENSITIVE · CareTrack case export · Haxlebury Borough Council",
    "footer": "CT-PB-20418 · Unborn baby of Kayleigh Coverdale · printed 30/01/2026 · Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "template": "prebirth-icpc-case-system-pdf-export-landscape-header-footer-labelled-field-lines-reason-for-plan-babys-world-before-birth-expected-outcomes-then-ref-action-responsible-start-end-evidence-of-progress-table-start-end-in-weeks-of-pregnancy-and-babys-age-then-trigger-response-contingency-review-fields",
    "description": (
        "Pre-birth initial conference plan, printed from a case system, for the unborn baby of a "
        "20-year-old care leaver with anxiety and past self-harm; both parents have smoked cannabis daily. "
        "A landscape Ref | Action | Responsible | Start | End | Evidence of progress table whose Start and "
        "End cells are weeks of pregnancy, the baby's age or events ('28 weeks' to '32 weeks', 'Discharge "
        "from the maternity ward' to 'Baby 2 weeks old'). Most rows are sound: the perinatal team reports "
        "on capacity to change, the drug service updates each core group, the midwife's CO readings and "
        "screens, the leaving care adviser's budget. Faults: talking-therapy self-help that only treats "
        "the mother, measured by 'Kayleigh feels calmer'; a grant and cot row running 'As needed' to "
        "'Ongoing'; the pre-birth assessment with no evidence; the night rota owned by the 'Family "
        "network'; an outcome only about the mother's confidence; the review conference date left to be "
        "confirmed after the birth."
    ),
    "blocks": [
        ("title", "Child Protection Plan (Pre-Birth)"),
        ("p", "Haxlebury Borough Council · Children's Services · CareTrack record CT-PB-20418 · Plan version 1 "
              "(agreed at conference)"),
        ("kv", [
            ("Subject", "Unborn baby of Kayleigh Coverdale; estimated date of delivery 07/05/2026"),
            ("Gestation at conference", "26 weeks"),
            ("Mother", "Kayleigh Coverdale (20), care leaver, 11 Brindle Court, Haxlebury HX2 7PN"),
            ("Father", "Ryan Pollitt (23), lives with Kayleigh"),
            ("Family network", "Lorna Coverdale (maternal great-aunt, Kayleigh's former kinship carer); Tracey "
                               "Pollitt (paternal grandmother)"),
            ("Conference", "Initial child protection conference (pre-birth), 29/01/2026. Chair: Rhiannon Fagbemi"),
            ("Category", "Neglect"),
            ("Allocated worker", "Ellie Morcombe, social worker, Pre-Birth and Infant Team (manager: Saul "
                                 "Whitcombe)"),
        ]),
        ("h1", "Reason for plan"),
        ("p", "Kayleigh came into care at 12 and left her kinship placement with Lorna at 18. She has anxiety and "
              "self-harmed between 14 and 18; she took an overdose at 18 and has had no contact with mental "
              "health services since. Kayleigh and Ryan both smoked cannabis every day until Kayleigh was 20 "
              "weeks pregnant; Kayleigh says she has stopped, Ryan says he smokes \"only outside\". The flat has "
              "damp in the bedroom and on 22/01/2026 had no cot, steriliser or baby clothes. Kayleigh missed "
              "her 12-week and 20-week scans and booked late, at 19 weeks."),
        ("h1", "Baby's world before birth"),
        ("p", "The 24-week scan (rebooked, 15/01/2026) showed the baby growing on the 30th centile. The midwife "
              "recorded a carbon monoxide reading of 9ppm on 15/01/2026 and 3ppm on 27/01/2026. Kayleigh says the "
              "baby kicks hard when Ryan plays music and that she talks to the bump at night when she cannot "
              "sleep. At the home visit on 22/01/2026 the bedroom where the baby would sleep was damp and smelt "
              "of smoke, and the only baby item was a pack of newborn nappies."),
        ("h1", "Expected outcomes"),
        ("numbers", [
            "The baby is born into a home free of cannabis smoke, with a safe place to sleep and parents ready "
            "for night feeds.",
            "The baby is cared for by a mum whose anxiety is managed well enough for her to answer the baby's "
            "cries and cues.",
            "The baby is seen by a professional every week for the first 8 weeks and gets every health check.",
            "Kayleigh will feel more confident and less anxious about becoming a mum.",
        ]),
        ("h1", "Actions"),
        ("p", "Start and End are given as a date, weeks of pregnancy (EDD 07/05/2026: 28 weeks = 12/02/2026, 32 "
              "weeks = 12/03/2026, 34 weeks = 26/03/2026, 36 weeks = 09/04/2026), the baby's age, or an event."),
        ("table", {
            "header": ["Ref", "Action", "Responsible", "Start", "End", "Evidence of progress"],
            "widths": [1.6, 6.8, 4.5, 2.9, 3.2, 6.7],
            "rows": [
                ["PB01",
                 "Visit Kayleigh and Ryan at home every week, one visit a month unannounced, and see the space "
                 "and the things got ready for the baby",
                 "Ellie Morcombe, SW",
                 "02/02/2026",
                 "Review conference",
                 "Visit records list what was seen of the flat and the baby's things at each visit"],
                ["PB02",
                 "Antenatal care, with a carbon monoxide reading and an oral drug screen at each appointment",
                 "Jan Whitaker, safeguarding midwife, Haxlebury Maternity",
                 "26 weeks",
                 "Birth",
                 "CO reading below 4ppm and screen result in the maternity notes, emailed to the SW after each "
                 "appointment"],
                ["PB03",
                 "Assess Kayleigh's anxiety and past self-harm, and report on her capacity to make and keep the "
                 "changes the baby will need and the likely timescale",
                 "Dr Farah Naqvi, Haxlebury Perinatal Mental Health Team",
                 "28 weeks",
                 "32 weeks",
                 "Written assessment sent to the SW and the midwife and shared at the core group on 12/03/2026"],
                ["PB04",
                 "Six sessions of guided self-help for Kayleigh's anxiety",
                 "Haxlebury Talking Therapies",
                 "09/02/2026",
                 "16/03/2026",
                 "Kayleigh feels calmer"],
                ["PB05",
                 "Key-work on Kayleigh's and Ryan's cannabis use, with a urine screen each fortnight and a "
                 "written update to each core group",
                 "Owen Blakey, Haxlebury Recovery Hub (drug and alcohol service)",
                 "05/02/2026",
                 "Baby 6 weeks old",
                 "Screens negative for cannabis from 32 weeks; written update on file before each core group"],
                ["PB06",
                 "Smoke no cannabis in the flat and keep none there, so that the baby comes home to a smoke-free "
                 "home",
                 "Ryan Pollitt (father)",
                 "29/01/2026",
                 "Review conference",
                 "Negative screens at the Recovery Hub; no cannabis smelt at any unannounced visit"],
                ["PB07",
                 "Antenatal contact on safe sleep and feeding, then the new birth visit and weekly weighs",
                 "Priya Dhillon, health visitor",
                 "34 weeks",
                 "Baby 8 weeks old",
                 "Safe sleep checklist signed by both parents; the HV sees the Moses basket set up before the "
                 "birth and plots the baby's weight each week in the red book"],
                ["PB08",
                 "Help Kayleigh apply for a Maternity Grant and get a cot, pram and steriliser",
                 "Chantelle Hoyle, family support worker",
                 "As needed",
                 "Ongoing",
                 "Cot and steriliser seen in the flat by the SW"],
                ["PB09",
                 "Pre-birth parenting assessment of Kayleigh and Ryan",
                 "Ellie Morcombe, SW",
                 "09/02/2026",
                 "34 weeks",
                 ""],
                ["PB10",
                 "Make sure an adult other than Kayleigh stays in the flat every night for the baby's first two "
                 "weeks home",
                 "Family network",
                 "Discharge from the maternity ward",
                 "Baby 2 weeks old",
                 "Rota of who stays each night handed to the SW before discharge"],
                ["PB11",
                 "Update Kayleigh's pathway plan with a weekly budget that includes baby milk and nappies",
                 "Jordan Ashe, leaving care personal adviser",
                 "09/02/2026",
                 "30 weeks",
                 "Updated pathway plan with the budget sent to the SW"],
                ["PB12",
                 "Hold a discharge planning meeting on the maternity ward before the baby goes home",
                 "Jan Whitaker, safeguarding midwife",
                 "36 weeks",
                 "Before discharge",
                 "Discharge plan in the baby's notes and copied to the SW and the HV"],
            ],
        }),
        ("h1", "Contingency"),
        ("kv", [
            ("Trigger 1", "Kayleigh self-harms or says she has thoughts of harming herself or the baby, or any "
                          "screen shows a drug other than cannabis"),
            ("Response 1", "The midwife or SW calls a strategy discussion the same day; after the birth the "
                           "baby stays on the ward until that discussion decides where the baby will live"),
            ("Trigger 2", "Nobody on the night rota can stay on any night in the baby's first two weeks, or "
                          "Lorna or Tracey say they can no longer help"),
            ("Response 2", "The SW arranges a place for Kayleigh and the baby at Meadowcroft parent and baby "
                           "foster placement the same day"),
            ("Trigger 3", "Screens still positive for cannabis at 34 weeks, or Dr Naqvi's assessment finds "
                          "Kayleigh cannot make the changes in the baby's timescale"),
            ("Response 3", "The SW requests a legal planning meeting within 5 working days so that a decision "
                           "on pre-proceedings (PLO) is made before the birth"),
        ]),
        ("h1", "Review"),
        ("kv", [
            ("Core group", "Every four weeks, Thursdays 2pm, Haxlebury Family Hub: 19/02/2026, 19/03/2026, "
                           "16/04/2026"),
            ("Review child protection conference", "To be confirmed after the birth"),
            ("Record status", "Agreed at conference 29/01/2026 · exported by E. Morcombe 30/01/2026 09:12"),
        ]),
    ],
    "findings": [
        F("F002", "Kayleigh will feel more confident and less anxious about becoming a mum."),
        F("H001", "Six sessions of guided self-help for Kayleigh's anxiety"),
        F("M002", "Six sessions of guided self-help for Kayleigh's anxiety"),
        F("T002", "Help Kayleigh apply for a Maternity Grant and get a cot"),
        F("M001", "Pre-birth parenting assessment of Kayleigh and Ryan"),
        F("W002", "Make sure an adult other than Kayleigh stays in the flat"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Initial conference plan, mother's heroin relapse while on methadone, two
#    young children, grandfather helping. Markdown: actions as bold bullets
#    with Who / When / How we'll know sub-bullets, grouped under headings that
#    give the time once ("Weeks 1-6 ...", "Weeks 7-12 ...", "Every week,
#    weeks 1-12"). Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b125_heddingthorpe_icpc_weeks_headings_nested_bullets_eckersall.md",
    "split": "tune",
    "actions": 13,
    "template": "icpc-markdown-plan-details-list-whats-happened-what-ruby-says-and-what-we-see-of-alfie-our-hopes-for-ruby-and-alfie-then-actions-as-bold-bullets-with-who-when-how-well-know-sub-bullets-under-weeks-1-6-weeks-7-12-every-week-headings-then-if-it-goes-wrong-meetings",
    "description": (
        "Exemplary initial conference plan for a 4-year-old and a 2-year-old whose mother relapsed into "
        "heroin use while on methadone; their grandfather does the nursery run and has them on Saturday "
        "nights. A Markdown plan whose outcomes are 'Our hopes for Ruby and Alfie' and whose actions are "
        "bold bullets with Who / When / How we'll know sub-bullets, grouped under headings that give the "
        "timescale once for the group ('Weeks 1-6 (Monday 2 February to Friday 13 March 2026)', 'Weeks 7-12 "
        "(... to the review conference)', 'Every week, weeks 1-12'); a few bullets add a nearer date or a "
        "day of the week. Measures are the pharmacy's supervised-dose log, three negative screens in a row, "
        "a negative hair-strand result, a lockbox the SW sees locked, registers and a signed safety plan. "
        "Pathways Recovery Heddingthorpe reports on change and the GP reviews prescribing; the "
        "grandfather's part has a fallback, legal planning follows named triggers, core group and review "
        "dates are set."
    ),
    "text": """\
# Child Protection Plan – Ruby and Alfie Eckersall

**Heddingthorpe Council · Children's Social Work Service · Northfield Team**

- **Children:** Ruby Eckersall (4, DOB 03/06/2021), Little Hollies Nursery; Alfie Eckersall (2, DOB 28/09/2023), with a childminder three days a week
- **Address:** 47 Rushmere Road, Heddingthorpe HD7 3JE
- **Mum:** Gemma Eckersall (29)
- **Children's father:** Liam Booth, in custody at HMP Stainforth until 2027; no contact, told of the conference by letter
- **Grandad:** Kevin Eckersall (58), Gemma's dad, 12 Saxby Lane, Heddingthorpe (ten minutes' drive)
- **Aunt:** Natalie Eckersall (33), Gemma's sister, 5 Wold View, Heddingthorpe
- **Conference:** initial child protection conference, Thursday 29 January 2026 · Chair: Rosalind Achebe · Category: neglect
- **Social worker:** Joanne Pryce (team manager: Sunil Rao)

## What's happened

Gemma has been on a methadone script with Pathways Recovery Heddingthorpe since 2022 and had been stable for
two years. In November 2025, after her friend died, she started using heroin again on top of her methadone.
On 8 January 2026 Ruby told her nursery teacher that "Mummy was asleep on the bathroom floor and wouldn't wake
up" and that she had got Alfie his breakfast. When the social worker visited that afternoon there was foil in
the bathroom bin and Gemma's methadone bottle was on the kitchen worktop within Alfie's reach. Gemma is also
prescribed pregabalin by her GP, which is dangerous taken with methadone and heroin.

Gemma told the conference: "I know I messed up. I want to be the mum I was last summer." She has had two
negative urine screens since 19 January.

## What Ruby says, and what we see of Alfie

Ruby (seen at nursery with her teacher nearby, 21 January 2026): "I'm a big helper. I got Alfie his Weetabix.
Mummy was poorly and I was scared she was dead." Asked what would make home better she said "Mummy not
sleeping on the floor" and "going to Grandad's for sleepovers". She drew her family with Grandad's dog in the
middle.

Alfie is 2 and has a few words ("Mama", "Gaga" for Grandad, "juice"). At visits he was clean and dressed, and he
brought his toy tractors to the social worker. He cried and clung to Ruby, not to Gemma, when the doorbell went
on 21 January. His childminder says he eats hungrily on Monday mornings and is happiest on the days Grandad drops
him off.

## Our hopes for Ruby and Alfie

- Ruby and Alfie are looked after every day by an adult who is awake, sober and able to care for them.
- Ruby goes back to being a 4-year-old: she never has to wake her mum, feed Alfie or worry that her mum is dead.
- Alfie is fed, safe from medicines and drug equipment, and his talking catches up with other 2-year-olds.
- Both children keep their close time with Grandad.

## What will happen

The heading above each group gives the timescale for every action in it. Where an action has its own "When",
that is the timescale for that action.

### Weeks 1–6 (Monday 2 February to Friday 13 March 2026)

- **Restart supervised methadone at Kirkgate Pharmacy and review Gemma's dose, so that she is awake and steady in the mornings when Ruby and Alfie get up**
  - Who: Dr Sana Qureshi, prescriber, Pathways Recovery Heddingthorpe
  - How we'll know: the pharmacy's supervised-dose log shows every dose taken in front of the pharmacist; Dr Qureshi sends the log to Joanne each Friday
- **Keep the methadone in a lockable box and have no needles, foil or spoons anywhere in the house**
  - Who: Gemma (Mum); Marcus Bell from Pathways gives her the box
  - When: box in use by Friday 6 February
  - How we'll know: Joanne sees the box locked and the key on Gemma's keyring at every visit; nothing is found in the children's rooms, the bathroom or the kitchen drawers
- **Review Gemma's pregabalin with Pathways, so that her medicines are safe together and she can wake to the children at night**
  - Who: Dr Owen Marsh, GP, Hollybank Medical Practice
  - How we'll know: a letter to Joanne setting out the agreed reduction; the repeat prescription record shows the lower dose
- **Write a family safety plan with Gemma and Kevin: who has the children if Gemma uses, where the methadone is kept, and what Ruby does if her mum won't wake up**
  - Who: Joanne Pryce, social worker
  - When: by Friday 13 February
  - How we'll know: the safety plan signed by Gemma and Kevin, and Ruby's picture version of it on the fridge
- **Alfie's 2-year review, with a look at his talking and a referral to speech and language therapy if he needs it**
  - Who: Farida Malik, health visitor
  - How we'll know: Alfie's ASQ scores in his red book and sent to Joanne; the referral letter on file if one is made

### Weeks 7–12 (Monday 16 March to the review conference on Thursday 23 April 2026)

- **A three-month hair-strand test for Gemma, taken in week 7**
  - Who: Marcus Bell, recovery worker, Pathways Recovery Heddingthorpe
  - How we'll know: a result negative for heroin and cocaine, sent to Joanne before the core group on 14 April
- **Six home sessions of the Parents Under Pressure programme, so that Gemma's routines and play with Ruby and Alfie hold up when things get hard**
  - Who: Chloe Varga, family practitioner, Heddingthorpe Early Help
  - How we'll know: Chloe's play checklist at the first and sixth sessions shared with Joanne, and Gemma's own words for what has changed in the last session's notes
- **Complete a parenting assessment of Gemma**
  - Who: Joanne Pryce, social worker
  - How we'll know: the written assessment shared with the core group on 14 April and with the review conference

### Every week, weeks 1–12

- **See Ruby and Alfie at home, where they sleep and what they have eaten, with one visit in three unannounced, and talk with Ruby on her own**
  - Who: Joanne Pryce, social worker
  - How we'll know: visit notes record both children seen, Ruby's own words and the lockbox check
- **Key-work with Gemma on her heroin use, a urine screen each Monday, and a written view for each core group on whether she is making the changes Ruby and Alfie need and how long that is likely to take**
  - Who: Marcus Bell, Pathways Recovery Heddingthorpe
  - How we'll know: screen results and Marcus's view on Joanne's file two days before each core group; three negative screens in a row by the end of week 6
- **Take Ruby to nursery and Alfie to his childminder**
  - Who: Kevin (Grandad)
  - When: Monday, Wednesday and Friday mornings
  - How we'll know: the nursery register shows Ruby in by 9am on Kevin's days, and the childminder's sign-in sheet shows Alfie
- **Have Ruby and Alfie to stay overnight at 12 Saxby Lane, so the children have a settled night and Gemma has a break**
  - Who: Kevin (Grandad)
  - When: every Saturday, 10am to Sunday 4pm
  - How we'll know: Kevin texts Joanne every Sunday evening; Ruby's sticker chart for Grandad's house, seen at visits
- **Check Ruby's attendance and how she arrives (fed, clean, on time), and ring Joanne the same day with any worry**
  - Who: Mrs Harriet Lowe, nursery teacher and DSL, Little Hollies Nursery
  - When: every nursery morning, Monday to Friday
  - How we'll know: attendance emailed to Joanne every Friday and above 90%; every same-day call logged

## If it goes wrong

- **If Gemma uses**: a screen positive for heroin or cocaine, two missed pharmacy doses in a row, Gemma found drowsy or under the influence with the children, or any needle or foil found. Ruby and Alfie go to Kevin's at 12 Saxby Lane that day; Joanne holds a strategy discussion the same day; Gemma sees the children only with Kevin there until Marcus and Dr Qureshi have reviewed her script.
- **If Kevin cannot help** (he is ill, away, or tells Joanne it is too much): Natalie does the nursery run in her car and has the children on Saturday nights; if neither Kevin nor Natalie can have them in an emergency, Joanne (or the out-of-hours team) places Ruby and Alfie together with Heddingthorpe foster carers the same day.
- **If things do not change in time**: if Gemma has two positive screens before the review, the hair-strand test is positive, or she stops her methadone, Joanne will ask Sunil Rao for a legal planning meeting within 5 working days.

## Meetings

- Core group every three weeks, Tuesdays at 10am, Rushmere Children's Centre: 10 February, 3 March, 24 March and 14 April 2026.
- Review child protection conference: Thursday 23 April 2026, 2pm, Heddingthorpe Town Hall.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Initial conference plan after the mother's overdose, her depression and
#    the father's weekend drinking, two children. Markdown Signs of Safety
#    plan: worry and goal statements, then a What needs to happen | Who | From
#    | Until | "We'll know it's working when..." table. Mostly good rows;
#    faults (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b125_hexmire_sos_worry_goal_from_until_table_rosewarne.md",
    "split": "tune",
    "actions": 12,
    "template": "icpc-signs-of-safety-markdown-details-worry-statements-goal-statements-what-kai-and-poppy-say-scaling-then-what-needs-to-happen-who-from-until-well-know-its-working-when-table-then-what-if-things-go-wrong-meetings",
    "description": (
        "Initial conference plan for a 12-year-old and a 7-year-old after their mother, who has recurrent "
        "depression, took an overdose at home; their father drinks heavily at weekends. A Markdown Signs of "
        "Safety plan: worry statements, goal statements (the outcomes), the children's words and scaling, "
        "then a What needs to happen | Who | From | Until | We'll know it's working when... table. Most "
        "rows are sound, with From / Until pairs and measures in the family's words or records (the "
        "psychiatrist's capacity-to-change report, weekly blister packs, the father's evening breath "
        "tests, attendance). Faults: the CPN's support visits measured only by 'Leanne's mood is stable'; "
        "locking the tablets away owned by 'Family'; the young carers' group 'When he can' to 'Ongoing'; a "
        "CAMHS assessment with nothing to show for it; a contingency that only says the core group will "
        "meet to discuss, and no legal step."
    ),
    "text": """\
# Hexmire Council – Child Protection Plan

*Signs of Safety format · agreed at the initial child protection conference, Tuesday 10 February 2026*

| | |
|---|---|
| Children | Kai Rosewarne (12, Year 8, Hexmire Academy) and Poppy Rosewarne (7, Year 2, St Piran's Primary) |
| Parents | Leanne Rosewarne (38) and Scott Rosewarne (40), 8 Chapel Terrace, Hexmire HX9 1SD |
| Category | Neglect |
| Chair | Martin Jago, Independent Reviewing Officer |
| Social worker | Sophie Tregarthen (team manager: Aled Whitford) |

## Worry statements

1. Sophie and the conference are worried that Leanne could become very low again and try to end her life at home, as she did on 14 December 2025, when Kai found her unconscious on the sofa after she had taken a month's tablets, and rang 999 while Poppy was upstairs.
2. We are worried that on Friday and Saturday nights Scott drinks until he is too drunk to look after the children, so that Kai, who is 12, ends up caring for Poppy and checking on his mum.

## Goal statements

1. Kai and Poppy are cared for by adults who are well and sober enough to get them to school, feed them and notice how they are feeling.
2. Kai and Poppy know what to do and who to go to if their mum is unwell again, and never again find her hurt when they are on their own.
3. Kai gets to be a 12-year-old and not his mum's carer.

## What Kai and Poppy say

**Kai** (seen on his own at school, 3 February 2026): "I count Mum's tablets every night now. Dad says I don't have to but someone has to. I don't want to go to the group thing unless my mate Josh goes too." He scored home 4 out of 10 and said 10 would be "Mum being happy and Dad not drinking on Saturdays".

**Poppy** (seen at home with her drawings, 5 February 2026): she drew the ambulance "with its lights going" and said "Mummy was poorly and the men took her. Now she's home and she stays in bed a lot." She likes it best "when Mummy does my hair".

## Scaling

0 = the children cannot safely live at home; 10 = everyone is confident they are safe and the plan can end. Leanne 6, Scott 7, Sophie 3, Gwen (CPN) 4, Mr Sharma (school) 4.

## What needs to happen

| What needs to happen | Who | From | Until | We'll know it's working when... |
|---|---|---|---|---|
| See Kai and Poppy at home every week, each on their own, with one visit in three unannounced | Sophie Tregarthen, SW | 11/02/2026 | the review conference | each child's own words are in the visit notes and both can tell Sophie who they would go to if Mum was unwell |
| Assess Leanne's depression and risk of overdose, and report on her capacity to make and keep the changes Kai and Poppy need, and the likely timescale | Dr Ifeoma Ashby, consultant psychiatrist, Hexmire CMHT | 16/02/2026 | 20/03/2026 | her written report is on Sophie's file and is shared at the core group on 24/03/2026 |
| Visits to Leanne from her CPN to support her with her mood | Gwen Polglase, CPN, Hexmire CMHT | 11/02/2026 | the review conference | Leanne's mood is stable |
| Change Leanne's prescriptions to weekly blister packs so that no more than a week's tablets are ever in the house | Dr Paul Nance, GP, Trelawny Surgery | 11/02/2026 | 27/02/2026 | the pharmacy record shows weekly packs only, and Sophie sees no loose tablets at visits |
| Keep all of Leanne's tablets in the locked cabinet and make sure Kai is never the one who gives them to her | Family | every day from 11/02/2026 | the review conference | the cabinet is locked at every visit, and Kai tells Sophie he hasn't handled Mum's tablets |
| Alcohol assessment and weekly key-work with Scott, with a breath test at each session and an update to each core group | Jason Penrose, The Anchor (Hexmire alcohol service) | 16/02/2026 | the review conference | every session's breath test reads zero, and The Anchor's update is on file before each core group |
| Stay sober every Friday and Saturday night when he is the adult in charge of Kai and Poppy | Scott (Dad) | 13/02/2026 | the review conference | Scott blows zero on the home breathalyser at 7pm and 10pm and sends Sophie the photo; in Kai's words, "Dad's normal on Saturdays" |
| Take Kai to the young carers' group at the Hexmire Youth Centre | Scott (Dad) | When he can | Ongoing | Kai is on the group's register |
| CAMHS assessment for Kai's low mood and not sleeping | Hexmire CAMHS (Single Point of Access) | 16/02/2026 | 27/03/2026 | |
| Meet Poppy each Monday morning with her key adult, and ring Sophie the same day if Poppy says Mum is in bed or poorly | Mrs Karen Bolitho, DSL, St Piran's Primary | 16/02/2026 | the end of the summer term | each check-in is logged on CPOMS and Poppy's attendance stays above 95% |
| Check Kai's attendance every day and give him a pass to the pastoral base for when he is worried about home | Mr Dev Sharma, head of Year 8, Hexmire Academy | 11/02/2026 | the review conference | attendance above 95% (81% in the autumn term), and each use of the pass logged and emailed to Sophie on Fridays |
| Write a family safety plan with Leanne, Scott, Kai and Poppy: the signs that Leanne is getting low, and who rings whom | Sophie Tregarthen, SW | 11/02/2026 | the first core group (24/02/2026) | a copy signed by Leanne and Scott is on the fridge, and Kai has the numbers saved in his phone |

## What if things go wrong?

If things get worse at home or the safety plan is not followed, the core group will meet to discuss what needs to happen next, and Sophie will talk it through with her manager.

## Meetings

- Core group every four weeks, Tuesdays at 3.30pm, St Piran's Primary: 24/02/2026, 24/03/2026 and 21/04/2026.
- Review child protection conference: Tuesday 5 May 2026, 10am, Hexmire Guildhall.
""",
    "findings": [
        F("H001", "Visits to Leanne from her CPN to support her with her mood"),
        F("M002", "Visits to Leanne from her CPN to support her with her mood"),
        F("W002", "Keep all of Leanne's tablets in the locked cabinet"),
        F("T002", "Take Kai to the young carers' group at the"),
        F("M001", "CAMHS assessment for Kai's low mood and not sleeping"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 7. First review conference plan, father with PTSD who drinks on the nights
#    the mother works, two children, grandmother on Fridays. Plain text with
#    labelled fields per action: WHAT / SO THAT / WHO / FROM - UNTIL / WE WILL
#    SEE. Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b125_hulverdale_rcpc_labelled_fields_from_until_so_that_villiers.txt",
    "split": "tune",
    "actions": 11,
    "template": "rcpc-plain-text-caps-headings-equals-rules-details-block-why-there-is-a-plan-what-lewis-and-maisie-say-what-we-want-by-the-next-review-then-numbered-actions-with-what-so-that-who-from-until-we-will-see-labelled-fields-then-if-things-go-wrong-meetings",
    "description": (
        "Exemplary first review conference plan for an 11-year-old and a 7-year-old whose father, an army "
        "veteran with PTSD, drinks on the nights their mother works; the paternal grandmother has them on "
        "Fridays. Plain text with upper-case headings and, for each numbered action, labelled fields: WHAT, "
        "SO THAT (the link to the children), WHO, FROM - UNTIL and WE WILL SEE. Timescales are From / "
        "Until pairs with dates, days of the week, terms and events ('each Thursday from 19/03/2026 - end "
        "of the summer term (17/07/2026)', 'every night Jo works ... - next review conference'); measures "
        "are remote breath-test readings, attendance above 95%, a signed safety plan and the children's own "
        "scores. The alcohol team and the veterans' mental health psychologist report on capacity to "
        "change, the GP reviews sleeping tablets; the grandmother's part has a fallback, legal planning "
        "follows named triggers, core group and review dates are set."
    ),
    "text": """\
HULVERDALE COUNTY COUNCIL  -  CHILDREN AND FAMILIES
CHILD PROTECTION PLAN  -  FIRST REVIEW CONFERENCE, TUESDAY 10/03/2026
===============================================================================

Children ........ Lewis Villiers (11), Year 7, Hulverdale High School
                  Maisie Villiers (7), Year 2, Ferncliffe Primary School
Home ............ 19 Beacon Rise, Hulverdale HV3 5NP
Parents ......... Gary Villiers (41), army veteran, not working
                  Jo Villiers (39), night care assistant, Ashgrove Care Home
Grandmother ..... Pat Villiers (68), Gary's mum, 3 Orchard Way, Hulverdale
Category ........ Neglect (both children); plan made at ICPC 09/12/2025
Chair ........... Keith Amadi, Independent Reviewing Officer
Social worker ... Amara Kingsley (team manager: Rhys Fennell)

===============================================================================
1. WHY THERE IS A PLAN
===============================================================================

Gary left the army in 2021 and has post-traumatic stress disorder. He drinks
to sleep, mostly on the nights Jo is at work, and takes zopiclone on top. On
22/11/2025 Lewis could not wake him when Maisie had a high temperature at 2am
and rang his mum at work. On 30/11/2025 Gary, drunk, shouted at Lewis during a
flashback and put his fist through the bedroom door. Since the first
conference Gary has started with the Alcohol Recovery Team and the Veterans'
Mental Health Service, and Jo has cut her night shifts from four to two.

===============================================================================
2. WHAT LEWIS AND MAISIE SAY
===============================================================================

Lewis (on his own at school, 03/03/2026): "It's better. Dad blows in the
machine now and it goes green. I still sleep with my door open in case Maisie
wakes up. I liked it at Nan's on Friday because I didn't have to listen."
Lewis's night score: 6 out of 10 (3 in December).

Maisie (at home, with her feelings thermometer, 05/03/2026): she put the arrow
on "a bit worried" for nights and "happy" for Nan's. She said: "Daddy shouted
at the door. He said sorry. Lewis reads me a story when Mummy's at work."

===============================================================================
3. WHAT WE WANT FOR LEWIS AND MAISIE BY THE NEXT REVIEW
===============================================================================

 a) Lewis and Maisie have a sober adult, awake enough to look after them, in
    the house every night.
 b) Lewis no longer looks after Maisie or his dad at night, and goes to
    school every day rested.
 c) Lewis and Maisie never see or hear their dad's anger turned on them or on
    the house, and know what to do if he has a flashback.

===============================================================================
4. THE PLAN
===============================================================================

4.1  WHAT ......... See Lewis and Maisie each on their own at school every
                    other Tuesday after lessons, and at home on a Saturday
                    morning once a month without warning
     SO THAT ...... the children have someone outside the family who hears
                    how the nights have been
     WHO .......... Amara Kingsley (SW)
     FROM - UNTIL . 17/03/2026 - next review conference (09/06/2026)
     WE WILL SEE .. visit notes with each child's own words, Lewis's night
                    score out of 10 and Maisie's thermometer reading

4.2  WHAT ......... No alcohol on any night Jo is at work, and a remote breath
                    test at 7pm and 10pm on each of those nights
     SO THAT ...... Lewis and Maisie have a sober adult in the house on the
                    nights their mum is at work
     WHO .......... Gary (Dad)
     FROM - UNTIL . every night Jo works, from 11/03/2026 - next review
                    conference
     WE WILL SEE .. remote breath-test readings all zero, sent by HART to
                    Amara each Monday

4.3  WHAT ......... Key-work with Gary on his drinking, and a written view for
                    each core group on whether he is making the changes Lewis
                    and Maisie need and how long more change is likely to take
     SO THAT ...... Lewis's and Maisie's nights get safer, and everyone can
                    see whether they are
     WHO .......... Nathan Oyelowo, recovery worker, Hulverdale Alcohol
                    Recovery Team (HART)
     FROM - UNTIL . every Wednesday from 11/03/2026 - next review conference
     WE WILL SEE .. Nathan's written view on file two working days before
                    each core group, with the breath-test summary

4.4  WHAT ......... Trauma-focused therapy for Gary's PTSD, with a written
                    assessment of his capacity to change, the steps still
                    needed and the likely timescale
     SO THAT ...... Lewis and Maisie have a dad who can care for them safely
                    at night, or a decision is made in their timescale if he
                    cannot
     WHO .......... Dr Helen Marriott, clinical psychologist, Hulverdale
                    Veterans' Mental Health Service
     FROM - UNTIL . weekly sessions 16/03/2026 - 09/06/2026; assessment by
                    30/04/2026
     WE WILL SEE .. assessment report sent to Amara by 30/04/2026 and shared
                    at the core group on 06/05/2026

4.5  WHAT ......... Review Gary's zopiclone and sertraline with him
     SO THAT ...... Gary can wake if Maisie calls out in the night
     WHO .......... Dr Tariq Hamid, GP, Ferncliffe Surgery
     FROM - UNTIL . 11/03/2026 - 27/03/2026
     WE WILL SEE .. letter to Amara with the new prescription; no zopiclone
                    on Gary's repeat list after 27/03/2026

4.6  WHAT ......... Work no more than two night shifts a week, on Wednesdays
                    and Thursdays
     SO THAT ...... Lewis is not the person looking after Maisie at night
     WHO .......... Jo (Mum)
     FROM - UNTIL . week beginning 16/03/2026 - next review conference
     WE WILL SEE .. Jo's rota from Ashgrove Care Home, shown to Amara at the
                    first visit of each month

4.7  WHAT ......... Have Lewis and Maisie to stay at 3 Orchard Way every
                    Friday night
     SO THAT ...... the children have a settled night and time with their nan
     WHO .......... Pat Villiers (paternal grandmother)
     FROM - UNTIL . 13/03/2026 - next review conference
     WE WILL SEE .. Pat's diary, seen by Amara at each Saturday visit; Pat
                    texts Amara on any Friday the children do not come

4.8  WHAT ......... Check Lewis's attendance each day and meet him each
                    Monday morning with his mentor
     SO THAT ...... Lewis has a safe adult at school who knows about home
     WHO .......... Mrs Sian Daley, DSL, Hulverdale High School
     FROM - UNTIL . 16/03/2026 - end of the summer term (17/07/2026)
     WE WILL SEE .. attendance above 95%, emailed to Amara each Friday;
                    Monday meetings logged on CPOMS

4.9  WHAT ......... Give Maisie a place in the nurture group, and phone Amara
                    the same day if she says her dad was drunk or she was
                    scared in the night
     SO THAT ...... Maisie has a calm place to talk, and worries reach Amara
                    the day they are heard
     WHO .......... Mr Owen Price, DSL, Ferncliffe Primary School
     FROM - UNTIL . each Thursday from 19/03/2026 - end of the summer term
                    (17/07/2026)
     WE WILL SEE .. nurture group register; same-day calls logged on CPOMS;
                    Maisie's thermometer from each group shared at each core
                    group

4.10 WHAT ......... Young carer's assessment with Lewis and a referral to
                    Hulverdale Young Carers
     SO THAT ...... Lewis has time and support of his own
     WHO .......... Amara Kingsley (SW)
     FROM - UNTIL . 17/03/2026 - 17/04/2026
     WE WILL SEE .. Lewis's young carer's plan on file, signed by him, and
                    the acceptance letter from Hulverdale Young Carers

4.11 WHAT ......... Write a night-time safety plan with Gary, Jo, Lewis and
                    Maisie: what Gary does if he has a flashback, who Lewis
                    rings, where the spare key is kept
     SO THAT ...... both children know exactly what to do at night
     WHO .......... Bev Tonks, family support worker
     FROM - UNTIL . 11/03/2026 - first core group (08/04/2026)
     WE WILL SEE .. a safety plan signed by Gary and Jo, with Lewis's and
                    Maisie's own copies

===============================================================================
5. IF THINGS GO WRONG
===============================================================================

- If Gary's breath test reads above zero, or he misses a test, on a night Jo
  is at work: HART's alert goes to Jo and the out-of-hours team; Jo comes home
  or Pat collects the children that night. If neither can, the out-of-hours
  social worker places Lewis and Maisie together with emergency foster carers.
- If Gary has a flashback and frightens or hurts either child: Lewis rings
  999 and then Pat; Gary leaves the house that night to stay at Pat's and
  Jo does not work nights until Amara has held a strategy discussion, the
  same day or the next working day.
- If Pat cannot have the children on a Friday or in an emergency (she is ill
  or away): Jo swaps her shift so she is at home; if she cannot, Amara
  arranges for the children to stay with Jo's sister, Nicola Harte, at 27
  Mill Lane, whom Amara visited and checked on 24/02/2026.
- If Gary has two readings above zero before the next review, or stops his
  therapy or his key-work, Amara will ask Rhys Fennell for a legal planning
  meeting within 5 working days.

===============================================================================
6. MEETINGS
===============================================================================

Core group ...... every four weeks, Wednesdays 3.45pm, Ferncliffe Primary:
                  08/04/2026, 06/05/2026 and 03/06/2026
Review CPC ...... second review conference, Tuesday 09/06/2026, 10am,
                  Hulverdale County Hall
===============================================================================
""",
    "findings": [],
})
