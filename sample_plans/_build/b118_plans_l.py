"""Batch 118, module l: seven fictional plans (held-out material), places beginning with "l".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md (convention 12 in
particular), without running planlint or reading its code.

Focus: plans whose measures and timescales are not written beside each
action, in layouts the earlier batches of this kind did not use. The time is
given once for a group of actions: in shaded phase banner rows inside one big
landscape table ("PHASE 2 - WEEKS 5 TO 12 ... by Friday 09/01/2026"), in a
"Stage and when" column merged down its stage's rows, in the opening line of
each part of a letter to the parents ("Part A - before Noah comes home"), in
a bold caption above each stage table, in Markdown time headings ("Next 28
days", "Before the baby is born", "On the maternity ward"), in a Markdown
grid of half-terms with ticks, and in a plain-text week calendar whose rows
are weeks and whose cells list the numbers of the actions that happen that
week. The measures are given once for a group too: a "How we will know" cell
merged down across the rows it covers, an appendix of success criteria keyed
by reference (in a Word plan and in a letter), a list of checks after each
stage table, an outcomes table whose checks the actions point to ("for O2"),
a checks list by reference after an owner-grouped plan, and checks written
under each outcome with the action numbers in brackets. Owners are given
once for a group as well: a Who column merged down, and "The social worker,
Dean Atkinson, will:" lists. The children: a 12-year-old with Duchenne
muscular dystrophy and his sister, two children whose mother is detained on
a psychiatric ward, a premature baby going home with an ileostomy, two
children whose father is about to be released from prison, an unborn baby
whose mother has bipolar disorder, a 13-year-old young carer whose mother has
multiple sclerosis, and two children whose mother is on a stroke
rehabilitation ward.

Four plans are exemplary (no findings): the Larkhollow phase-banner table
with merged Who and "How we will know" cells (docx), the Loddenmoor letter to
the parents with a two-part table and an appendix of success criteria (pdf),
the Lammerstone pre-birth plan under time headings with owner lists and
outcome checks (md), and the Loxbridge week calendar with checks under the
outcomes (txt). Three carry a realistic mix of faults among mostly good
actions: the Lissingham stage-column plan with an appendix that leaves one
action out and has two vague entries, a third stage timed only "to be agreed
at core group", a ward psychiatrist who only treats and "Family" as a lead
(docx); the Lyvenford pre-release plan whose checks lists leave out a risk
assessment and a housing action, whose third stage has no time, and whose
review conference date is still to be confirmed (pdf); and the Latterwick
young carer's plan whose half-term grid gives one action no tick and another
only "as needed", with "Everyone in the family network" as owners, a
counsellor who only supports, and a checks list that misses the parenting
assessment (md).

Counting actions (sample_plans/README.md, "Files" and convention 1): every
live row of an action table and every bullet or numbered line of an action
section counts once. Banner, caption and stage cells that only give a time,
the appendix / checks / outcome-check entries, the calendar and term grid
rows (they restate actions by number), the outcomes, the contingency and
the meeting dates are not actions. No plan here has an action already done.

How the layouts were read: a time given once for a phase, stage, part,
heading or section, or by a tick in a half-term column or an action's number
in a dated week row of the calendar, is the timescale of each action there; a
stage whose heading gives no time gives none (T001), one timed "to be agreed"
gives a vague one (T002), and a grid row with no tick and no time of its own
has none. A merged Who cell is the owner of every row it spans, and an owner
heading ("Sam Ireland ... will:") of every bullet under it; "Everyone in the
family network" and "Family" are collective (W002). A merged "How we will
know" cell is the measure of every row it spans; a success criterion, check
or outcome check counts for an action when it names the action's reference
or number (or the action names the outcome, "for O2"); an action that no
such entry covers and that has no measure of its own gets M001, and one whose
only entry is vague ("Mum's mental state improves", "Monitored at core
group", "Stacey is feeling calmer", "Joanne says she feels better") gets M002.
"""
from build_batch5 import F, H, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Initial conference plan for a 12-year-old with Duchenne muscular
#    dystrophy and his 7-year-old sister; mother drinking, hoist broken,
#    steroid doses missed. One landscape Word table in three phases: shaded
#    banner rows give each phase's time, the Who column and the "How we will
#    know" column are merged down where one owner or one check covers several
#    rows. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b118_larkhollow_phase_banners_merged_who_and_checks_aldous.docx",
    "doc_title": "Child Protection Plan - Kieran and Ella Aldous",
    "split": "heldout",
    "actions": 19,
    "landscape": True,
    "font": "Calibri",
    "check_vmerge": 9,
    "template": "icpc-cwd-word-plan-landscape-details-list-why-childrens-words-outcomes-then-one-table-who-no-what-how-we-will-know-with-shaded-phase-banner-rows-giving-the-time-who-and-measure-cells-merged-down-across-rows-contingency-meetings",
    "description": (
        "Exemplary initial conference plan for a 12-year-old with Duchenne muscular dystrophy and "
        "his 7-year-old sister: their mother drinks most evenings, his hoist has been broken since "
        "August, steroid doses were missed and the sister has been helping to lift him. One "
        "landscape Word table holds every action; shaded banner rows give the time once for each "
        "phase (by the first core group, by 09/01/2026, every week to the review conference), the "
        "Who column is merged down where one person owns several rows and the 'How we will know' "
        "column is merged down where one check covers several rows. The alcohol service assesses "
        "and reports on change, the GP owns an action, the grandfather's nights have a fallback, "
        "legal planning follows named triggers, and core group and review dates are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Larkhollow Borough Council · Children's Services · Disabled Children and Safeguarding Team"),
        ("kv", [
            ("Children", "Kieran Aldous (12), DOB 03/02/2013, Year 8, Larkhollow Academy; Ella Aldous (7), DOB "
                         "21/06/2018, Year 3, St Bede's Primary"),
            ("Address", "7 Fallow Court, Larkhollow LK3 9DW (ground-floor flat, adapted bathroom)"),
            ("Mother", "Gemma Aldous (39)"),
            ("Maternal grandfather", "Ray Aldous (66), 41 Meadow Rise, Larkhollow (bungalow with a ramp)"),
            ("Maternal aunt", "Leanne Price (35), 12 Ash Grove, Larkhollow"),
            ("Category", "Neglect (both children)"),
            ("Initial conference", "Thursday 16/10/2025. Chair: Anita Sorensen (IRO)"),
            ("Social worker", "Sadia Okonedo (team manager: Graham Whitlock)"),
        ]),
        ("h1", "Why Kieran and Ella have a plan"),
        ("p", "Kieran has Duchenne muscular dystrophy. He uses a powered wheelchair, needs an adult to hoist him "
              "in and out of bed, onto the toilet and into the shower, and needs turning two or three times a "
              "night. He takes a steroid, deflazacort, every morning to slow the weakness in his muscles, and "
              "he should have a heart scan and a sleep study every year."),
        ("p", "Since the summer Gemma has been drinking most evenings. Kieran's ceiling hoist has been broken "
              "since August and has not been reported. He told his teacher he had slept in his wheelchair on "
              "three nights because nobody could lift him, and Ella, who is 7, has been helping him onto the "
              "toilet. The pharmacy's count shows 11 missed steroid doses in September. Kieran missed his heart "
              "scan in July and his sleep study in September. On 04/10/2025 a neighbour called the police after "
              "Gemma fell in the street at 9pm; Kieran and Ella were alone in the flat."),
        ("h1", "What Kieran and Ella tell us"),
        ("p", "Kieran (seen on his own at school, 09/10/2025): “When Mum's had wine she can't do the turns, so I "
              "just stay in my chair. My hips hurt in the morning. I want my hoist fixed and I want Mum to stop "
              "drinking, not forever, just when it's a school night.” He said the best part of his week is "
              "powerchair football with Grandad on Saturdays."),
        ("p", "Ella (seen on her own at school, 10/10/2025): “I help Kieran on the toilet because Mum's asleep. I "
              "have to be careful because he's heavy and once we nearly fell.” She drew herself standing next to "
              "Kieran's chair holding his arm. She said she would like “a grown-up to do the lifting” and to go "
              "to Rainbows again."),
        ("h1", "What we want for Kieran and Ella"),
        ("bullets", [
            "Kieran is lifted, turned and helped with his personal care every day and night by a sober adult who "
            "has been trained to do it safely, and he never has to sleep in his wheelchair.",
            "Kieran gets his steroid every morning and goes to every heart, breathing and neuromuscular "
            "appointment, so that his health is as good as it can be.",
            "Ella no longer lifts or cares for her brother, and has time after school that is her own.",
            "Kieran and Ella are never left without a sober adult, and both go to school every day.",
        ]),
        ("h1", "The plan"),
        ("p", "The plan is one table in three phases. The time for each phase is in the shaded row above its "
              "actions, and is not repeated on each line. Where one person does several actions, or one check "
              "shows whether several actions have worked, the cell is merged down across those rows."),
        ("table", {
            "header": ["Who", "No.", "What will happen", "How we will know"],
            "widths": [4.6, 1.1, 10.2, 9.8],
            "band_fill": "DEEAF6",
            "rows": [
                ["PHASE 1 – THE FIRST FOUR WEEKS. Everything in this phase is to be done by the first core group "
                 "on Thursday 13/11/2025.", H, H, H],
                ["Sadia Okonedo, social worker (SW)", "1",
                 "Get Kieran's broken ceiling hoist repaired through Larkhollow Community Equipment Service, and "
                 "check that his bedroom sling is the right size",
                 "Repair note on file; the SW sees the hoist and sling used safely at a home visit"],
                [V, "2",
                 "Hold a family network meeting with Gemma, Ray and Leanne to agree who covers the nights Ray "
                 "cannot do",
                 "Written network plan, naming who covers each night, sent to every core group member"],
                ["Dr Ruth Ashby, consultant paediatrician (neuromuscular), Larkhollow Children's Hospital", "3",
                 "Rebook Kieran's missed heart scan and sleep study, and send the new dates to Gemma and the SW",
                 "Dr Ashby's clinic letter on file by 13/11/2025, giving the new dates, what she found at clinic "
                 "and whether the missed doses have harmed Kieran; the hospital record shows Kieran brought to "
                 "each appointment"],
                [V, "4",
                 "See Kieran in the neuromuscular clinic to check his heart, his breathing and his steroid "
                 "treatment after the missed doses",
                 V],
                ["Jason Pryce, recovery worker, Larkhollow Alcohol Recovery Service", "5",
                 "Assess Gemma's drinking and write to the core group on whether she can make the changes Kieran "
                 "and Ella need, and how long that is likely to take",
                 "Written assessment report shared with the core group at its first meeting"],
                ["Dr Helen Forde, GP, Millbrook Surgery", "6",
                 "Check Gemma's liver blood tests and share her alcohol history and any missed appointments with "
                 "the SW, so that the core group knows how her drinking affects her care of the children",
                 "GP letter on the children's file"],
                ["PHASE 2 – WEEKS 5 TO 12. Everything in this phase is to be done by Friday 09/01/2026.", H, H, H],
                ["Sadia Okonedo, SW", "7",
                 "Complete a parenting assessment of Gemma that looks at Kieran's care needs at home and what "
                 "Ella is doing for him",
                 "Assessment report shared with Gemma and the core group"],
                ["Naomi Fenwick, occupational therapist, Larkhollow Disabled Children's Team", "8",
                 "Assess Kieran's night-time turning and sleeping position and write a positioning plan for his "
                 "bedroom",
                 "Positioning plan on file and a copy on Kieran's bedroom wall; Naomi watches Gemma and Ray each "
                 "turn Kieran and use the hoist, and signs their moving and handling records"],
                [V, "9",
                 "Train Gemma and Ray in safe moving and handling, night turns and the hoist, so that Ella never "
                 "helps to lift Kieran",
                 V],
                ["Bethany Crewe, support worker, Larkhollow Young Carers", "10",
                 "Complete a young carer's assessment with Ella and start her at the Tuesday after-school club",
                 "Young carer's assessment on file; the club register shows Ella there each Tuesday"],
                ["EVERY WEEK – from Friday 17/10/2025 until the review conference on Thursday 22/01/2026.", H, H,
                 H],
                ["Sadia Okonedo, SW", "11",
                 "Visit Kieran and Ella at home, one visit in three unannounced in the evening, and see each child "
                 "on their own",
                 "Visit records show both children seen every week and each seen alone, with their words written "
                 "down"],
                ["Gemma Aldous (Mum)", "12",
                 "Give Kieran his deflazacort and vitamin D every morning from the pharmacy dosette box",
                 "The dosette box shows every morning dose taken, checked by the school nurse each Monday and by "
                 "the SW at every visit"],
                ["Tanya Hurd, school nurse, Larkhollow Academy", "13",
                 "Check Kieran's dosette box every Monday and ring the SW the same day if a dose has been missed",
                 V],
                ["Gemma Aldous (Mum)", "14",
                 "Go to key-work and a breath test at Larkhollow Alcohol Recovery Service every Wednesday, and "
                 "stay sober on every day she cares for Kieran and Ella",
                 "Jason's log shows every Wednesday kept and every breath test reading zero; his written report "
                 "reaches the SW two working days before each core group"],
                ["Jason Pryce, recovery worker", "15",
                 "Key-work and breath tests with Gemma, with a written report to each core group on whether she "
                 "is making the changes the children need",
                 V],
                ["Ray Aldous (maternal grandfather)", "16",
                 "Stay overnight every Tuesday and Friday to turn Kieran in the night and get both children up "
                 "for school",
                 "Ray writes each night and each Saturday in the home diary, which the SW reads at every visit"],
                [V, "17",
                 "Take Kieran to powerchair football every Saturday morning at Larkhollow Leisure Centre",
                 V],
                ["Mr Colin Baptiste, DSL, Larkhollow Academy", "18",
                 "Check Kieran's attendance every day and ring the SW the same day if he is absent with no reason "
                 "given",
                 "Attendance sent to the SW every Friday; 95% or more by the review conference"],
                ["Mrs Deepa Lal, DSL, St Bede's Primary", "19",
                 "Check Ella's attendance every day and meet her each Friday with her key adult to talk about her "
                 "week at home",
                 "Attendance printout to the SW each Friday; Friday meetings logged on CPOMS"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Gemma has been drinking while she is caring for Kieran and Ella (a breath test above zero, alcohol "
            "smelt at a visit, or either child, school or Ray tells us), or Kieran is left in his wheelchair "
            "overnight, or he misses two steroid doses in a week: Ray will stay at Fallow Court that night or "
            "take both children to his bungalow at 41 Meadow Rise, and Sadia will hold a strategy discussion with "
            "the police the same day.",
            "If Ray cannot do a night or cannot have the children (he is ill or away): Leanne will cover, as the "
            "network plan says. If neither of them can, Sadia will arrange overnight carers for Kieran that day "
            "through Brightpath Care, the Disabled Children's Team's home-care provider, or an emergency foster "
            "placement for both children with carers trained to hoist and turn Kieran.",
            "If by the review conference Gemma is still drinking while caring for the children, or the "
            "parenting assessment finds she cannot meet Kieran's care needs, Sadia will ask Graham Whitlock for "
            "a legal planning meeting within five working days to decide whether to start the Public Law "
            "Outline.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks, Thursdays at 4pm, Larkhollow Academy: 13/11/2025, 11/12/2025 and "
            "08/01/2026.",
            "Review child protection conference: Thursday 22/01/2026, 10am, Larkhollow Town Hall.",
        ]),
        ("p", "Copies to Gemma, Ray, Leanne and everyone named in the table. Kieran and Ella have their own "
              "picture copy."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Initial conference plan for two children whose mother is detained on a
#    psychiatric ward; father on shifts, paternal grandmother helping. Word
#    table whose first column, "Stage and when", is merged down each stage's
#    rows; success criteria in an appendix table keyed by reference. Faulty
#    (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b118_lissingham_stage_column_merged_appendix_criteria_dacre.docx",
    "doc_title": "Child Protection Plan - Ava and Jacob Dacre",
    "split": "heldout",
    "actions": 14,
    "check_vmerge": 3,
    "template": "icpc-word-plan-details-list-why-avas-words-jacobs-day-numbered-outcomes-then-table-stage-and-when-column-merged-down-ref-what-lead-then-appendix-success-criteria-table-keyed-by-ref-contingency-meetings",
    "description": (
        "Initial conference plan for an 8-year-old and a 3-year-old whose mother is detained on a "
        "psychiatric ward after a psychotic episode in which she kept them at home and would not "
        "feed them; their father works shifts and their paternal grandmother helps. The action "
        "table's first column, 'Stage and when', is merged down each stage's rows, and the success "
        "criteria are in an appendix table keyed by reference. Most rows are sound (weekly visits, "
        "the grandmother's supervised ward visits and after-nursery care, the ward manager's "
        "discharge notice, the CMHT care coordinator reporting on change, nursery, ELSA and health "
        "visitor). Faults: the ward psychiatrist only treats and is measured by the mother's mental "
        "state improving; 'Family' makes sure the mother takes her medication, measured by "
        "'Monitored at core group'; the parenting assessment is left out of the appendix; the "
        "third stage is timed only 'to be agreed at core group'; one outcome is the mother's alone; "
        "the contingency sends the children to the grandmother with no fallback and there is no "
        "legal step anywhere."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Lissingham City Council – Children and Young People's Service – Safeguarding Team North"),
        ("kv", [
            ("Children", "Ava Dacre (8), DOB 14/09/2017, Year 4, Lissingham CE Primary; Jacob Dacre (3), DOB "
                         "02/07/2022, Little Acorns Nursery"),
            ("Home", "16 Tannery Close, Lissingham LS5 8RJ"),
            ("Mother", "Hayley Dacre (34), detained under section 2 of the Mental Health Act on Beech Ward, "
                       "Lissingham Mental Health Unit, since 09/10/2025"),
            ("Father", "Martin Dacre (40), warehouse supervisor, alternate weeks of late shifts (2pm to 10pm)"),
            ("Paternal grandmother", "Sheila Dacre (63), 3 Orchard Way, Lissingham"),
            ("Category", "Emotional abuse and neglect"),
            ("Initial conference", "Tuesday 21/10/2025. Chair: Petra Lindqvist (IRO)"),
            ("Social worker", "Ruth Hallam"),
        ]),
        ("h1", "Why Ava and Jacob have a plan"),
        ("p", "Over three weeks in September Hayley became very unwell. She believed the food in the house had "
              "been poisoned and would only let the children eat from sealed packets; she kept Ava off school "
              "for nine days and Jacob off nursery, and taped over the windows. Martin was working late shifts "
              "and did not see how bad things had become. On 08/10/2025 Ava rang her grandmother and said Mum was "
              "shouting at the walls; Sheila called the police. Hayley was taken to hospital and detained the "
              "next day. The ward expects her to stay for several more weeks."),
        ("p", "Hayley has been diagnosed with a first episode of psychosis. She does not yet accept that she "
              "has been ill. Martin has been leaving Jacob with a neighbour on his late weeks."),
        ("h1", "What Ava says and what Jacob shows us"),
        ("p", "Ava (seen on her own at school, 16/10/2025): “Mum said the food was bad so I gave Jacob crisps "
              "from the packet. I kept him in my room so he wouldn't hear her. I miss Mum but I don't want her "
              "to be scary again. I like it at Nana Sheila's because there's proper tea.” She asked whether it "
              "was her fault that Mum went to hospital."),
        ("p", "Jacob (seen at home, 17/10/2025) was clingy with his dad and would not let him leave the room. "
              "He took the SW to the kitchen and pointed to the cupboard, saying “Nana biscuits”. Nursery say he "
              "has started hiding under the table at snack time."),
        ("h1", "Outcomes"),
        ("pi", "1. Ava and Jacob are looked after every day and night by an adult who is well, awake and knows "
               "what they need."),
        ("pi", "2. Ava stops looking after Jacob and Mum, goes to school every day, and understands that Mum's "
               "illness is not her fault."),
        ("pi", "3. Jacob goes to every nursery session, is fed and dressed, and his speech keeps coming on."),
        ("pi", "4. Mum recovers from her psychosis and takes her medication every day."),
        ("h1", "Action plan"),
        ("p", "Each stage and when it runs is in the first column. How we will know each action has worked is in "
              "the appendix at the end, under the same reference."),
        ("table", {
            "header": ["Stage and when", "Ref", "What needs to happen", "Lead"],
            "widths": [3.2, 1.1, 8.5, 4.2],
            "rows": [
                ["Stage 1\nWhile Mum is on Beech Ward: from 21/10/2025 until the day she is discharged", "1.1",
                 "Visit Ava and Jacob at home every week, see Ava on her own and help her understand Mum's "
                 "illness using the “When a parent is in hospital” storybook",
                 "Ruth Hallam, social worker"],
                [V, "1.2",
                 "Supervise Ava's and Jacob's visits to Mum in the Beech Ward family room every Sunday afternoon",
                 "Sheila Dacre (paternal grandmother)"],
                [V, "1.3",
                 "Collect Jacob from nursery and look after both children at her house until Martin gets home "
                 "from his late shifts",
                 "Sheila Dacre (paternal grandmother)"],
                [V, "1.4",
                 "Treat Mum's psychosis and support her on the ward",
                 "Dr Kamal Baig, consultant psychiatrist, Beech Ward"],
                [V, "1.5",
                 "Tell the SW at least five working days before Mum's discharge and invite her to the discharge "
                 "planning meeting",
                 "Carol Nuttall, ward manager, Beech Ward"],
                [V, "1.6",
                 "Record Jacob's attendance and how he presents at every session, and ring the SW the same day "
                 "with any worry",
                 "Zoe Platt, key worker, Little Acorns Nursery"],
                [V, "1.7",
                 "Meet Ava every Wednesday with her ELSA to talk about her worries about Mum",
                 "Mrs Hira Shah, ELSA, Lissingham CE Primary"],
                ["Stage 2\nThe first six weeks after Mum comes home (discharge expected in the week of "
                 "24/11/2025)", "2.1",
                 "Visit twice a week for the first two weeks after Mum comes home, then weekly, seeing Ava and "
                 "Jacob on their own",
                 "Ruth Hallam, social worker"],
                [V, "2.2",
                 "Care-coordinate Mum at home and report in writing to each core group on whether she can keep "
                 "Ava and Jacob safe and how long any further change would take",
                 "Paul Oyelaran, care coordinator, Lissingham Community Mental Health Team"],
                [V, "2.3",
                 "Make sure Mum takes her medication and goes to her CMHT appointments",
                 "Family"],
                [V, "2.4",
                 "Complete a parenting assessment of Mum and Martin",
                 "Ruth Hallam, social worker"],
                [V, "2.5",
                 "Weigh Jacob and do his missed two-year development review",
                 "Gemma Tait, health visitor"],
                ["Stage 3\nTiming to be agreed at core group", "3.1",
                 "Refer Ava to Lissingham Young Carers for a young carer's assessment",
                 "Ruth Hallam, social worker"],
                [V, "3.2",
                 "Apply to Lissingham Homes for a transfer to a house nearer to Sheila",
                 "Martin Dacre (Dad)"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Mum becomes unwell again after she comes home – she stops her medication, talks about the "
              "food or the children being poisoned, or keeps them off school or nursery – Martin will take Ava "
              "and Jacob to Sheila's house at 3 Orchard Way that day, and the social worker will hold a strategy "
              "discussion with the police and the CMHT crisis team the same day."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 1.30pm, Lissingham Family Hub: 04/11/2025, 02/12/2025 and "
            "06/01/2026.",
            "Review child protection conference: Tuesday 20/01/2026, 10am, Lissingham Civic Offices.",
        ]),
        ("h1", "Appendix – How we will know (success criteria by reference)"),
        ("table", {
            "header": ["Ref", "Success criteria"],
            "widths": [1.5, 15.5],
            "rows": [
                ["1.1", "Visit records show Ava and Jacob seen every week and Ava seen on her own, with her words "
                        "written down"],
                ["1.2", "Sheila signs the ward's visitor book and writes each visit in the contact diary, which "
                        "the SW reads every week"],
                ["1.3", "Little Acorns' collection log shows Sheila collecting Jacob on Martin's late weeks; "
                        "Martin gives the SW his shift rota each month"],
                ["1.4", "Mum's mental state improves on the ward"],
                ["1.5", "Invitation to the discharge planning meeting on file at least five working days before "
                        "discharge; the SW is at the meeting"],
                ["1.6", "Attendance emailed to the SW every Friday; same-day calls logged"],
                ["1.7", "ELSA session notes sent to the SW every two weeks"],
                ["2.1", "Visit records show each visit, with both children seen on their own"],
                ["2.2", "CMHT report on file before every core group"],
                ["2.3", "Monitored at core group"],
                ["2.5", "Jacob's weight in the red book on or above the 25th centile; the two-year review summary "
                        "sent to the SW"],
                ["3.1", "Acceptance letter and the date of Ava's first session on file"],
                ["3.2", "Transfer application reference number given to the SW"],
            ],
        }),
    ],
    "findings": [
        F("H001", "Treat Mum's psychosis and support her on the ward"),
        F("M002", "Treat Mum's psychosis and support her on the ward"),
        F("W002", "Make sure Mum takes her medication and goes to"),
        F("M002", "Make sure Mum takes her medication and goes to"),
        F("M001", "Complete a parenting assessment of Mum and Martin"),
        F("T002", "Refer Ava to Lissingham Young Carers for a young carer's assessment"),
        F("T002", "Apply to Lissingham Homes for a transfer to a house"),
        F("F002", "Mum recovers from her psychosis and takes her medication every day."),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Initial conference plan for a premature baby going home from a neonatal
#    unit with an ileostomy; mother with epilepsy, one incident of violence
#    by the father. The social worker's letter to the parents, printed to PDF
#    with a page header and footer: a two-part table whose time is in each
#    part's opening line, and an appendix of success criteria by reference.
#    Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b118_loddenmoor_letter_to_parents_two_part_table_appendix_criteria_fairweather.pdf",
    "doc_title": "Letter and Child Protection Plan - Noah Fairweather",
    "split": "heldout",
    "actions": 17,
    "font": "Verdana",
    "font_size": 10,
    "header": "OFFICIAL-SENSITIVE – Loddenmoor City Council – Children's Social Care",
    "footer": "Noah Fairweather – letter and child protection plan – Page {PAGE} of {NUMPAGES}",
    "min_pages": 3,
    "template": "sw-letter-to-parents-printed-to-pdf-page-header-footer-address-block-why-noahs-days-on-the-ward-what-we-want-then-part-a-before-discharge-and-part-b-first-eight-weeks-tables-ref-what-who-time-in-each-parts-opening-line-contingency-meetings-then-appendix-success-criteria-by-ref",
    "description": (
        "Exemplary plan for a baby born at 29 weeks who is going home from a neonatal unit with an "
        "ileostomy after bowel surgery; his mother has epilepsy and forgets her medicine, and the "
        "father pushed her during an argument in September. Written as the social worker's letter "
        "to the parents, printed to PDF with a page header and footer. The actions are in two "
        "tables (Ref, What will happen, Who): the time is given once in each part's opening line "
        "(before discharge; every week of the first eight weeks at home unless the line says how "
        "often), and how everyone will know each action has worked is in an appendix table keyed by "
        "reference. The adult epilepsy nurse owns actions, the grandmother's nights have a "
        "fallback, legal planning follows named triggers, and core group and review dates are set."
    ),
    "blocks": [
        ("pl", "Children's Social Care – Safeguarding Team 3"),
        ("pl", "Loddenmoor City Council, Guildhall Annexe, Loddenmoor LD1 2QA"),
        ("pl", "Telephone 01632 960 418"),
        ("pr", "Friday 24/10/2025"),
        ("pl", "Chantelle Fairweather and Liam Fairweather"),
        ("pl", "Flat 4, 19 Tanner's Yard"),
        ("pl", "Loddenmoor LD6 3HX"),
        ("boldp", "Noah's child protection plan"),
        ("p", "Dear Chantelle and Liam,"),
        ("p", "Thank you both for coming to Noah's initial child protection conference on Thursday 23/10/2025. "
              "I said I would write to you with the plan we agreed, in plain words, so that you have it at home "
              "and can show it to Donna. Noah now has a child protection plan under the category of neglect. "
              "This does not mean anyone thinks you do not love him. It means the conference wants to be sure "
              "that his care at home is safe from the first day, and that you both have the help to do it."),
        ("boldp", "Why Noah has a plan"),
        ("p", "Noah was born at 29 weeks on 14/08/2025. In his third week he became very ill with necrotising "
              "enterocolitis and had surgery on 02/09/2025, which left him with an ileostomy. His stoma bag has to "
              "be emptied and changed often, the skin around it must be kept healthy, and his output has to be "
              "written down after every change, because a baby with an ileostomy can become dehydrated quickly."),
        ("p", "Chantelle, you have epilepsy. You had two seizures on the unit in September, one while you were "
              "holding Noah in the chair by his cot, and a nurse took him from you. You told me you sometimes "
              "forget your lamotrigine. On 21/09/2025 the police were called to the flat because Liam pushed you "
              "during an argument; Liam, you accepted a caution. In September one of you was on the unit on 6 of "
              "the 30 days, and you both missed two stoma training sessions."),
        ("boldp", "What we have seen of Noah's days on Kestrel Ward"),
        ("p", "The nurses' notes and my visits show a baby who is working hard to grow. Noah feeds every three "
              "hours and is now 2.1kg. He screws his face up and pulls his legs in when his bag is changed, and "
              "settles quickly when he is held skin to skin. On 17/10/2025 he fell asleep on Chantelle's chest "
              "within a few minutes and his breathing slowed and evened out. He startles and cries at loud "
              "voices, and the nurses noticed he was unsettled after a visit when you were both arguing at the "
              "cot side. He calms when Donna hums to him."),
        ("boldp", "What we want for Noah"),
        ("bullets", [
            "Noah keeps gaining weight and stays well hydrated, with his stoma and the skin around it looked "
            "after properly every day.",
            "Noah is never put at risk by a seizure: he is not bathed, carried on the stairs or fed on a raised "
            "surface by Chantelle when she is on her own.",
            "Noah grows up in a calm home where nobody is hurt or frightened, and where he is not near shouting "
            "or violence.",
            "Noah is seen by a professional every week, and everyone who cares for him knows what to do if "
            "something goes wrong.",
        ]),
        ("boldp", "What will happen"),
        ("p", "The plan is in two parts. I have written the time once, at the top of each part, instead of on "
              "every line. The letters and numbers (A1, B1 and so on) let you find each action in the appendix "
              "at the end of this letter, which says how we will all know it is working."),
        ("boldp", "Part A – Before Noah comes home. Everything in Part A must be done before Noah is discharged "
                  "from Kestrel Ward (expected in the week beginning Monday 10/11/2025)."),
        ("table", {
            "header": ["Ref", "What will happen", "Who"],
            "widths": [1.3, 10.7, 5.0],
            "rows": [
                ["A1", "Visit Noah on Kestrel Ward at least three days a week and do his cares, feeds and bag "
                       "changes with the nurses",
                 "Chantelle and Liam"],
                ["A2", "Teach Chantelle and Liam to change Noah's stoma bag, look after his skin and keep his "
                       "output chart, and sign each of them off as able to do it alone",
                 "Megan Doyle, neonatal stoma nurse, Loddenmoor Royal Infirmary"],
                ["A3", "Review Chantelle's epilepsy medicine and write a seizure safety plan for looking after "
                       "Noah, covering bathing, feeding, bag changes and the stairs",
                 "Sunita Rahman, epilepsy nurse specialist, Loddenmoor Adult Neurology Service"],
                ["A4", "Visit the flat with you both to check Noah's cot, a stair gate and a safe place to change "
                       "him on the floor",
                 "Jade Whitfield, health visitor"],
                ["A5", "Hold a discharge planning meeting on Kestrel Ward with you both, Donna and everyone "
                       "named in this plan",
                 "Rebecca Ogunleye, neonatal discharge coordinator"],
                ["A6", "Meet Chantelle on her own and make a written safety plan with her",
                 "Angela Moss, IDVA, Loddenmoor Domestic Abuse Service"],
                ["A7", "Visit Noah on the ward every week and see how each of you cares for him",
                 "Tom Rees, social worker (me)"],
                ["A8", "Start the 26-week Loddenmoor Change programme about how he behaves towards Chantelle "
                       "when he is angry",
                 "Liam"],
            ],
        }),
        ("boldp", "Part B – The first eight weeks at home. From the day Noah comes home until the review "
                  "conference on Wednesday 14/01/2026, each of these happens every week unless the line says "
                  "how often."),
        ("table", {
            "header": ["Ref", "What will happen", "Who"],
            "widths": [1.3, 10.7, 5.0],
            "rows": [
                ["B1", "Visit Noah at home, one visit in three unannounced, and see him awake and being cared for",
                 "Tom Rees, social worker (me)"],
                ["B2", "Weigh Noah at home and look at his output chart and his stoma",
                 "Jade Whitfield, health visitor"],
                ["B3", "Visit twice a week for the first four weeks to check Noah's stoma, his skin and his bags, "
                       "and order his supplies",
                 "Alison Kerr, Loddenmoor Children's Community Nursing Team"],
                ["B4", "Stay at the flat every night for the first two weeks, then on Friday and Saturday nights, "
                       "so that Chantelle is never on her own with Noah at bath time",
                 "Donna Platt (Chantelle's mum)"],
                ["B5", "Take Noah and Chantelle to each of his surgical and stoma clinic appointments",
                 "Donna Platt"],
                ["B6", "Fill in Noah's output chart after every bag change and every feed",
                 "Chantelle and Liam"],
                ["B7", "See Chantelle in the epilepsy clinic four and eight weeks after discharge, and tell me the "
                       "same day if she has had a seizure or missed her medicine",
                 "Sunita Rahman, epilepsy nurse specialist"],
                ["B8", "Go to his Change programme session every Thursday evening and tell his programme worker "
                       "about any argument at home",
                 "Liam"],
                ["B9", "See Noah in the surgical follow-up clinic four weeks after discharge and write about his "
                       "weight gain and when his stoma can be reversed",
                 "Mr Obi Nwankwo, consultant paediatric surgeon, Loddenmoor Royal Infirmary"],
            ],
        }),
        ("boldp", "If things go wrong"),
        ("bullets", [
            "If Chantelle has a seizure while she is on her own with Noah, or stops taking her lamotrigine: Donna "
            "will come and stay that day, Chantelle will not be on her own with Noah until Sunita has seen her, "
            "and I will hold a strategy discussion the same day.",
            "If there is any more violence between you, or the police are called to the flat: Liam will leave "
            "that day to stay with his brother in Hartside, and I will hold a strategy discussion with the police "
            "the same day.",
            "If Noah loses weight at two weighs in a row, his output chart is not kept for two days, or his bags "
            "leak and nobody calls the community nurses: Alison will see him the same day and, if she is worried "
            "that he is dehydrated, he will go back to the children's ward at Loddenmoor Royal Infirmary that "
            "day.",
            "If Donna cannot stay as planned (she is ill or away): I will arrange night support from the "
            "Loddenmoor Family Support night team the same day. If none is free, Chantelle and Noah will go to a "
            "parent-and-baby foster placement until Donna can come back, or Noah will stay on the ward until he "
            "can go home safely.",
            "If by the core group on 08/01/2026 Noah's stoma care is still not being done safely, or there has "
            "been any more violence, my manager, Fiona Keyes, will hold a legal planning meeting within five "
            "working days to decide whether to start the Public Law Outline.",
        ]),
        ("boldp", "Meetings"),
        ("bullets", [
            "Core group every four weeks, Thursdays at 2pm: 06/11/2025 on Kestrel Ward, then 04/12/2025 and "
            "08/01/2026 at Tanner's Yard Children's Centre.",
            "Review child protection conference: Wednesday 14/01/2026, 10am, Loddenmoor Guildhall.",
        ]),
        ("p", "If anything in this letter is wrong, or you do not understand it, please ring me on the number "
              "above. You can also ask Angela or your advocate to go through it with you."),
        ("pl", "Yours sincerely,"),
        ("pl", "Tom Rees"),
        ("p", "Social Worker, Safeguarding Team 3 (team manager: Fiona Keyes)"),
        ("p", "Copies: Donna Platt, and everyone named in Part A and Part B."),
        ("pagebreak",),
        ("boldp", "Appendix – How we will all know it is working"),
        ("table", {
            "header": ["Ref", "What we will see"],
            "widths": [1.3, 15.7],
            "rows": [
                ["A1", "Kestrel Ward's visiting log and care chart show one of you there at least three days every "
                       "week, doing Noah's cares"],
                ["A2", "Megan's competency checklist signed for each of you before discharge, with a copy to me"],
                ["A3", "The seizure safety plan sent to me and Jade before discharge; Chantelle's seizure diary "
                       "seen at each of my visits"],
                ["A4", "Jade's home check form on file, showing the cot set up, the gate fitted and the changing "
                       "place agreed"],
                ["A5", "The written discharge plan sent to everyone at the meeting within two working days"],
                ["A6", "Angela confirms to me in writing that the safety plan is done; a copy is kept at Donna's"],
                ["A7", "My visit notes show a visit every week, with what I saw of how each of you cared for "
                       "Noah"],
                ["A8", "The programme worker, Dan Fletcher, confirms Liam's start date to me in writing"],
                ["B1", "My visit records show Noah seen every week, one visit in three unannounced"],
                ["B2", "Noah's weight in his red book goes up at each weigh and stays on his growth line"],
                ["B3", "Alison's notes show eight visits in the first four weeks, healthy skin around the stoma "
                       "and no bag left leaking"],
                ["B4", "Donna signs the home diary each night she stays, and I read it at my visits"],
                ["B5", "The hospital's clinic letters show Noah at every appointment"],
                ["B6", "The output chart has no gaps when I, Jade or Alison look at it"],
                ["B7", "Sunita's clinic letters at four and eight weeks are sent to me"],
                ["B8", "Dan Fletcher sends me an attendance report after every fourth session and a written "
                       "report on what Liam has changed before each core group"],
                ["B9", "Mr Nwankwo's clinic letter on file, with Noah's weight and the plan for his stoma"],
            ],
        }),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Initial conference plan for two children whose father is due out of
#    prison on licence after assaulting their mother. Word plan printed to
#    PDF with a page header and footer: three stage tables (No., What, Who),
#    each stage's time in a bold caption above it and a list of checks by
#    action number after it. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b118_lyvenford_prison_release_captioned_stages_checks_lists_mcbride.pdf",
    "doc_title": "Child Protection Plan - Maddison and Riley McBride",
    "split": "heldout",
    "actions": 15,
    "header": "OFFICIAL – SENSITIVE | Lyvenford Council Children's Services",
    "footer": "McBride children – child protection plan – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "template": "icpc-word-plan-printed-to-pdf-page-header-footer-details-list-why-childrens-words-numbered-outcomes-then-three-stage-tables-no-what-who-time-in-bold-caption-checks-list-by-number-after-each-table-third-stage-untimed-contingency-meetings",
    "description": (
        "Initial conference plan for a 10-year-old and a 6-year-old whose father is due out of "
        "prison on licence on 05/12/2025 after assaulting their mother in front of them. Three "
        "stage tables (No., What will happen, Who); each stage's time is in a bold caption above "
        "its table and a list of checks by action number follows it. Most actions are sound "
        "(weekly visits, licence conditions shared, supervised calls by the grandmother with a "
        "fallback, the IDVA's safety plan, a police flag, probation and recall, the perpetrator "
        "programme, school, supervised contact). Faults: the father's risk assessment is left out "
        "of the Stage 1 checks; talking therapy only treats the mother and is checked by her "
        "'feeling calmer'; 'Family' keeps the father away, checked by 'Monitored by the core "
        "group'; the third stage has no time at all and its housing action is left out of the "
        "checks; one outcome is the mother's alone; the review conference date is still to be "
        "confirmed."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Preparing for Dad's release – Lyvenford Council, Children's Services, Family Safeguarding Team 2"),
        ("kv", [
            ("Children", "Maddison McBride (10), DOB 08/05/2015, Year 6; Riley McBride (6), DOB 30/01/2019, Year 2; "
                         "both at Lyvenford Park Primary"),
            ("Lives with", "Stacey McBride (31), Mum, 14 Heron Walk, Lyvenford LV2 7PT"),
            ("Father", "Darren McBride (34), HMP Corran Moor; release on licence expected Friday 05/12/2025"),
            ("Paternal grandparents", "Irene and Gordon McBride, 3 Kiln Lane, Lyvenford"),
            ("Category", "Emotional abuse (both children)"),
            ("Initial conference", "Wednesday 22/10/2025. Chair: Jim Ashworth (IRO)"),
            ("Social worker", "Kerry Lomas (team manager: Nadia Firth)"),
        ]),
        ("h1", "Why there is a plan"),
        ("p", "In March 2025 Darren assaulted Stacey in the kitchen at Heron Walk while both children were in the "
              "house. Maddison rang 999. Darren was convicted of assault occasioning actual bodily harm in June "
              "and sentenced to 18 months. He is due to be released on licence on 05/12/2025. His licence "
              "conditions are expected to say that he must not contact Stacey, must not go to Heron Walk, and may "
              "see the children only as agreed by children's services."),
        ("p", "Darren has written to Stacey from prison saying he will “come home for Christmas”. Stacey has "
              "anxiety and has been seeing her GP, who referred her to Lyvenford Talking Therapies. Since the "
              "letter Maddison has started wetting the bed again and Riley has been sleeping in his mum's bed. "
              "The children speak to Darren on the phone every Sunday at their grandmother's house."),
        ("h1", "What Maddison and Riley say"),
        ("p", "Maddison (seen on her own at school, 17/10/2025): “I don't want Dad to live with us. I still think "
              "about the kitchen. I like talking to him on the phone at Nana's because Nana's there. If he comes "
              "to the house I'll ring 999 again.” She said she wakes up at night “checking the door”."),
        ("p", "Riley (seen on his own at school, 17/10/2025): “Daddy's in the big house for being naughty. I want "
              "him to come to my party.” He drew his family with Dad standing outside the house and said, "
              "“That's Daddy waiting.”"),
        ("h1", "What we want to achieve"),
        ("pi", "1. Maddison and Riley live at home without seeing or hearing violence, and know what to do if "
               "Dad comes to the house."),
        ("pi", "2. Maddison and Riley see their dad only when it is safe, supervised and planned, and can say "
               "how they feel about it."),
        ("pi", "3. Maddison sleeps through the night and her bed-wetting stops."),
        ("pi", "4. Stacey feels safer and less anxious in her own home."),
        ("h1", "The plan"),
        ("p", "The plan has three stages. The time for each stage is in the heading above its table. After each "
              "table there is a short list of checks, by action number, saying how we will know the actions in "
              "that stage have worked."),
        ("boldp", "Stage 1 – Before Dad is released: everything in this table is to be done by Friday 28/11/2025"),
        ("table", {
            "header": ["No.", "What will happen", "Who"],
            "widths": [1.1, 10.4, 5.5],
            "rows": [
                ["1", "Visit Maddison and Riley at home every week and talk with each of them on their own about "
                      "Dad coming out",
                 "Kerry Lomas, social worker"],
                ["2", "Send the SW and Stacey the licence conditions, Dad's release address and the name of his "
                      "community offender manager",
                 "Ifeoma Bello, prison offender manager, HMP Corran Moor"],
                ["3", "Complete a domestic abuse risk assessment of Dad before his release",
                 "Ifeoma Bello, prison offender manager"],
                ["4", "Supervise the children's phone calls with Dad every Sunday at her house",
                 "Irene McBride (paternal grandmother)"],
                ["5", "Update the safety plan with Stacey and arrange a police alarm for Heron Walk, so that "
                      "Maddison and Riley know what to do if Dad comes to the house",
                 "Ann Kirby, IDVA, Lyvenford Women's Aid"],
                ["6", "Weekly guided self-help sessions for Stacey's anxiety",
                 "Maya Grant, psychological wellbeing practitioner, Lyvenford Talking Therapies"],
                ["7", "Flag Heron Walk on the police system so that any call from the house is treated as urgent",
                 "PC Rob Tandy, Lyvenford Police Domestic Abuse Unit"],
            ],
        }),
        ("p", "Checks for Stage 1 (by action number):"),
        ("pi", "1 – Kerry's visit notes show both children seen on their own every week, with what they said "
               "about Dad written down."),
        ("pi", "2 – The licence conditions are on the children's file by 28/11/2025 and Stacey has her own copy."),
        ("pi", "4 – Irene writes the date and length of each call in the contact book, which Kerry reads at her "
               "visits."),
        ("pi", "5 – A signed copy of the safety plan is on file, the alarm is fitted and tested, and both "
               "children can tell Kerry what they would do."),
        ("pi", "6 – Stacey is feeling calmer."),
        ("pi", "7 – The police confirm in writing that the flag is on."),
        ("boldp", "Stage 2 – The first six weeks after release: from Friday 05/12/2025 to Friday 16/01/2026"),
        ("table", {
            "header": ["No.", "What will happen", "Who"],
            "widths": [1.1, 10.4, 5.5],
            "rows": [
                ["8", "See Maddison and Riley at home twice a week for the first two weeks after release, then "
                      "weekly",
                 "Kerry Lomas, social worker"],
                ["9", "Tell the SW within one working day of any breach of Dad's licence, and start recall to "
                      "prison if he goes to Heron Walk",
                 "Craig Nolan, community offender manager, Lyvenford Probation Delivery Unit"],
                ["10", "Start the Building Better Relationships programme and go to every session",
                 "Darren McBride (Dad)"],
                ["11", "Keep Dad away from Heron Walk and let the SW know if he turns up",
                 "Family"],
                ["12", "Check both children's attendance every day and ring the SW the same day with any worry, "
                       "including Dad at the school gate",
                 "Mr Paul Denby, DSL, Lyvenford Park Primary"],
                ["13", "Supervise contact between Dad and the children at Lyvenford Family Centre every Saturday, "
                       "once his risk assessment says it is safe",
                 "Hannah Cole, contact supervisor, Lyvenford Family Centre"],
            ],
        }),
        ("p", "Checks for Stage 2 (by action number):"),
        ("pi", "8 – Kerry's visit records show each visit, with both children seen on their own."),
        ("pi", "9 – Craig's written update reaches Kerry before each core group, and any breach is on the "
               "children's file within a day."),
        ("pi", "10 – The programme's attendance report is sent to Kerry after every fourth session."),
        ("pi", "11 – Monitored by the core group."),
        ("pi", "12 – Attendance sent to Kerry every Friday; same-day calls logged on CPOMS."),
        ("pi", "13 – Hannah's contact notes, saying how the children were before, during and after, are sent to "
               "Kerry after each contact."),
        ("boldp", "Stage 3 – Other work agreed at conference"),
        ("table", {
            "header": ["No.", "What will happen", "Who"],
            "widths": [1.1, 10.4, 5.5],
            "rows": [
                ["14", "Arrange therapeutic work with Maddison about the assault she saw and her bed-wetting",
                 "Dr Ella Ross, clinical psychologist, Lyvenford CAMHS"],
                ["15", "Help Stacey apply for a move to a tenancy away from Dad's family",
                 "Ann Kirby, IDVA"],
            ],
        }),
        ("p", "Checks for Stage 3 (by action number):"),
        ("pi", "14 – Maddison's first CAMHS appointment letter is on file and Dr Ross's summary is sent to each "
               "core group."),
        ("h1", "Contingency plan"),
        ("bullets", [
            "If Dad comes to Heron Walk, contacts Stacey or the children outside the agreed contact, or breaks any "
            "other licence condition: Stacey will call 999 and the police will treat it as urgent because of the "
            "flag, Craig Nolan will start recall to prison, and Kerry will hold a strategy discussion the same "
            "day.",
            "If Irene cannot supervise the Sunday calls, or anyone in the family cannot do what this plan asks of "
            "them, the calls stop until Kerry sets them up at Lyvenford Family Centre, which she will do within a "
            "week.",
            "If Stacey lets Dad back into the house, or the children see or hear any more violence, Kerry will "
            "ask Nadia Firth for a legal planning meeting within five working days.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks, Wednesdays at 3.30pm, Lyvenford Park Primary: 12/11/2025, 10/12/2025 "
            "and 07/01/2026.",
            "Review child protection conference: date to be confirmed by the conference team.",
        ]),
    ],
    "findings": [
        F("M001", "Complete a domestic abuse risk assessment of Dad before his release"),
        F("H001", "Weekly guided self-help sessions for Stacey's anxiety"),
        F("M002", "Weekly guided self-help sessions for Stacey's anxiety"),
        F("W002", "Keep Dad away from Heron Walk and let the SW know"),
        F("M002", "Keep Dad away from Heron Walk and let the SW know"),
        F("T001", "Arrange therapeutic work with Maddison about the assault she saw"),
        F("T001", "Help Stacey apply for a move to a tenancy away"),
        F("M001", "Help Stacey apply for a move to a tenancy away"),
        F("F002", "Stacey feels safer and less anxious in her own home."),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Pre-birth plan: mother with bipolar disorder, off lithium for the
#    pregnancy; her partner smokes cannabis. Markdown plan whose actions sit
#    under time headings ("Next 28 days", "Before the baby is born", "On the
#    maternity ward", "At home"), in one list per person, each line ending
#    with the outcome it is for; the checks are in the outcomes table.
#    Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b118_lammerstone_prebirth_time_headings_owner_lists_outcome_checks_pickering.md",
    "split": "heldout",
    "actions": 21,
    "template": "prebirth-icpc-plan-md-details-list-why-babys-world-parents-views-outcomes-table-o1-o5-with-how-we-will-know-column-then-time-headings-next-28-days-before-birth-ward-at-home-with-bold-owner-will-lists-each-line-for-outcome-contingency-meetings",
    "description": (
        "Exemplary pre-birth plan for the baby of a 24-year-old with bipolar disorder who stopped "
        "lithium for the pregnancy and was admitted to hospital in 2022; her partner smokes cannabis "
        "in the flat. The actions sit under four time headings (next 28 days, before the baby is "
        "born, on the maternity ward, at home until the review conference), in one bold 'will:' "
        "list per person, and each line ends with the outcome it serves; how we will know is "
        "written once, beside each outcome in the outcomes table. The perinatal psychiatrist "
        "assesses and reports on change in every action, the drug service reports on change, the "
        "GP owns an action, the grandmother's nights have a fallback, legal planning follows named "
        "triggers, and core group and review dates are set."
    ),
    "text": """\
# Pre-birth Child Protection Plan — Baby of Jodie Pickering

**Lammerstone Metropolitan Council · Children's Services · Safeguarding and Family Support (North)**

- **Unborn baby:** due 28/12/2025; Jodie was 29 weeks pregnant at the conference
- **Mum:** Jodie Pickering, 24
- **Dad:** Callum Shaw, 27; lives with Jodie at Flat 11, Brayford House, Quarry Road, Lammerstone LM4 6TG
- **Jodie's mum:** Lynn Pickering, 51, 30 Sandpiper Close, Lammerstone (two bus stops away)
- **Callum's sister:** Amy Shaw, 29, 8 Rowan Court, Lammerstone
- **Category:** neglect (risk of)
- **Initial child protection conference:** Wednesday 15/10/2025, chaired by Marcia Ellison (IRO)
- **Social worker:** Sian Roberts (team manager: Ros Whiteley)

## Why the baby has a plan

Jodie has bipolar disorder. In 2022, after a period of not sleeping, she became very high, spent her savings in
two days and was admitted to hospital under the Mental Health Act for five weeks. She stopped taking lithium when
she found out she was pregnant, without talking to anyone, and has not yet seen the perinatal mental health team.
The risk of her becoming unwell in the weeks after the birth is high.

Callum smokes cannabis every evening, in the flat. When the social worker visited on 09/10/2025 the flat smelt
strongly of cannabis and there was nothing yet for the baby: no cot, no Moses basket and no clothes. Callum says
he will stop "when the baby comes".

## The baby's world now

At the 20-week scan the baby was growing well. Jodie says the baby kicks hardest in the evening when she lies on
the sofa, and goes still when she sings. Callum felt a kick for the first time on the visit of 09/10/2025 and
laughed. The baby will come home to a two-room flat on the fourth floor with a lift that often breaks. The
bedroom has space for a cot beside the bed. At the moment the baby is growing in a home where cannabis is smoked
every evening, and with a mum who is sleeping badly and has no treatment for her illness.

## What Jodie and Callum say

Jodie: "I want to do this right. I stopped the lithium because I read it could hurt the baby. I'll see the
perinatal people if they can tell me what's safe." Callum: "I'll cut down. I didn't know it could get into the
baby's clothes and that."

## What we want for the baby, and how we will know

| No. | What we want for the baby | How we will know |
|---|---|---|
| O1 | The baby comes home to a flat free of cannabis smoke, with an adult who is sober and awake whenever the baby is awake. | Kofi Mensah's reports to each core group show Callum at every key-work session and his fortnightly urine screens negative from 01/12/2025; no cannabis smelt at any social worker, midwife or health visitor visit (visit notes). |
| O2 | The baby is cared for by a mum whose mental health is well looked after, with help there the moment she starts to become unwell. | Dr Adeyemi's written assessment is on file by 12/11/2025; Jodie's perinatal care plan, with her early warning signs and her medication after the birth, is on file by 36 weeks; the perinatal team's records show Jodie seen as planned, their written view on whether she is well enough to take the baby home is on file before discharge, and their written update reaches the core group before every meeting; Cedar Ward's notes record Jodie's mood and sleep on every shift; Dr Fraser's letter is on file; Lynn's diary shows the nights she stays. |
| O3 | The baby is fed on time, gains weight and grows well. | Helen Marsh's antenatal record shows every appointment kept; after the birth the baby's weight in the red book goes up at every weigh; the feed chart on the fridge has no gap longer than four hours when checked at visits. |
| O4 | The baby sleeps safely, on their back in their own Moses basket or cot, at every sleep. | The Moses basket and cot are seen set up and clear in Jodie and Callum's bedroom at the antenatal health visitor visit and at every social worker and health visitor visit after the birth; Lynn's diary records each night she stays. |
| O5 | The baby is seen by a professional every week, and everyone caring for the baby knows the plan and who to call. | Social worker visit records show the visits; the family network plan, naming who covers if Lynn cannot, is sent to every core group member by 12/11/2025; the alert is on Jodie's maternity record by 36 weeks; the discharge planning meeting's written plan is sent to everyone before the baby goes home. |

## What needs to happen

The plan is set out by **when** things have to happen. The time is in each heading and is not repeated on the
lines under it. Under each time, each person's list says what they will do. The outcome in brackets at the end of
each line (O1 to O5) says which outcome the action is for; how we will know it has worked is written beside that
outcome in the table above.

### Next 28 days — all by Wednesday 12/11/2025

**Sian Roberts, social worker, will:**

- visit Jodie and Callum at home every week, one visit in three unannounced, and write down what the flat is like for a baby (O1, O5)
- hold a family network meeting with Jodie, Callum, Lynn and Amy, and send everyone the written network plan saying who covers if Lynn cannot (O5)

**Dr Ife Adeyemi, consultant perinatal psychiatrist, Lammerstone Perinatal Mental Health Team, will:**

- assess Jodie and write a report on her risk of becoming unwell after the birth, whether she can make the changes the baby needs, and how long that is likely to take (O2)

**Kofi Mensah, recovery worker, Lammerstone Drug and Alcohol Service, will:**

- assess Callum's cannabis use, start fortnightly key-work and urine screens, and report to each core group on whether he is stopping and how long that is likely to take (O1)

**Dr Neil Fraser, GP, Brookside Surgery, will:**

- send Sian and the perinatal team Jodie's mental health and medication history, including her 2022 admission (O2)

### Before the baby is born — all by 36 weeks, Friday 21/11/2025

**Dr Adeyemi will:**

- agree a written perinatal care plan with Jodie, covering her medication after the birth and her early warning signs, and say in it what Jodie still needs to change before the birth and how likely she is to do it in time (O2)

**Helen Marsh, community midwife, will:**

- see Jodie at every antenatal appointment and put an alert and the birth plan on her maternity record, so that Cedar Ward know the plan (O3, O5)

**Rachel Kemp, health visitor, will:**

- make an antenatal home visit to go through safe sleep with Jodie and Callum and see where the baby will sleep (O4)

**Callum will:**

- stop smoking cannabis in the flat, and go to every key-work session and urine screen with Kofi (O1)

**Jodie and Callum will:**

- set up the Moses basket and the cot in their bedroom (O4)

### On the maternity ward — from the birth until the baby goes home

**Sunita Patel, ward manager, Cedar Ward, Lammerstone General Hospital, will:**

- make sure the midwives record Jodie's mood and sleep on every shift, and call the perinatal team the same day if they are worried (O2)

**Sian Roberts will:**

- see the baby on the ward at least twice a week (O5)
- hold a discharge planning meeting on Cedar Ward before the baby goes home (O5)

**The Perinatal Mental Health Team (Dr Adeyemi) will:**

- see Jodie on the ward within a day of the birth, assess her mood, and tell Sian in writing whether she is well enough to take the baby home and what still needs to change (O2)

### At home — from the day the baby comes home until the review conference on Tuesday 10/02/2026

**Sian Roberts will:**

- visit twice a week for the first two weeks, then every week, one visit in three unannounced, and see the baby awake (O5)

**Rachel Kemp (health visitor) will:**

- weigh the baby at home every week and look at the feed chart (O3)
- check where the baby sleeps at every visit (O4)

**Lynn Pickering (Jodie's mum) will:**

- stay at the flat every night for the first two weeks, then on Friday and Saturday nights, and do a night feed so that Jodie gets six hours' sleep (O2, O4)

**Jodie and Callum will:**

- write every feed on the chart on the fridge (O3)

**The Perinatal Mental Health Team (Dr Adeyemi) will:**

- visit Jodie at home every week for the first six weeks and send a written update to each core group on whether she is keeping well, whether she is making the changes the baby needs, and how long any further change will take (O2)

**Kofi Mensah will:**

- carry on the fortnightly key-work and urine screens with Callum and report to each core group on what has changed for the baby (O1)

## If things go wrong

- **If Jodie shows any of her early warning signs** (less than four hours' sleep two nights running, stopping her
  medication, racing thoughts, or saying she does not need to sleep), or says she has thoughts of harming herself
  or the baby: Callum or Lynn rings the perinatal team (the crisis line out of hours) that day; the baby is not
  left alone with Jodie until she has been seen; the perinatal team offers Jodie and the baby a bed at the
  Lammerstone Mother and Baby Unit, Willow House; and Sian holds a strategy discussion the same day.
- **If Callum smokes cannabis in the flat or while caring for the baby** (a positive screen, or cannabis smelt at a
  visit): Callum moves to Amy's at 8 Rowan Court that day, and sees the baby only while Jodie or Lynn is there.
- **If Lynn cannot stay** (she is ill or away): Amy stays instead, as the network plan says. If neither of them can,
  Sian arranges the same day for Jodie and the baby to go to a parent-and-baby foster placement, or for the baby to
  go to emergency foster carers.
- **If there is not enough progress**: if by 36 weeks Callum's screens are still positive or Jodie has not agreed
  her perinatal care plan, or if after the birth the baby cannot be kept safe at home with Lynn's or Amy's help,
  Sian will ask Ros Whiteley for a legal planning meeting within five working days, so that the Public Law Outline
  can start.

## Meetings

- Core group every four weeks, Wednesdays at 11am, Lammerstone Family Hub: 05/11/2025, 03/12/2025, 07/01/2026 and
  04/02/2026.
- Review child protection conference: Tuesday 10/02/2026, 10am, Lammerstone Civic Centre.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Initial conference plan for a 13-year-old young carer and his 8-year-old
#    sister; mother with multiple sclerosis and depression, father drinking.
#    Markdown plan: actions in "X will:" lists by owner with references, the
#    timing in a half-term tick grid and the checks in a list by reference.
#    Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b118_latterwick_young_carer_owner_lists_term_tick_grid_merrick.md",
    "split": "heldout",
    "actions": 15,
    "template": "icpc-young-carer-plan-md-family-list-why-childrens-words-numbered-outcomes-then-bold-owner-will-lists-with-refs-a1-d4-then-half-term-tick-grid-table-then-checks-list-by-ref-contingency-meetings",
    "description": (
        "Initial conference plan for a 13-year-old who does his mother's personal care before "
        "school, and his 8-year-old sister; the mother has multiple sclerosis and depression and "
        "the father drinks heavily on his days off. The actions are in bold 'will:' lists by owner "
        "with references (A1 to D4); when each happens is shown by ticks in a Markdown grid of three "
        "half-terms, and the checks are in a list by reference. Most actions are sound (weekly "
        "visits, the young carer's assessment, the Care Act assessment and paid carers, the MS "
        "nurse, the alcohol service reporting on change, the aunt's teas, school and young carers' "
        "group). Faults: the Carers Centre referral has no tick and no time; the MS nurse's review "
        "is only 'as needed'; the counsellor only supports the mother and is checked by her saying "
        "she feels better; 'Everyone in the family network' sits with the mother on Saturdays; the "
        "parenting assessment is left out of the checks; the contingency sends the aunt in with no "
        "fallback, and there is no legal step."
    ),
    "text": """\
# Child Protection Plan — Ellis and Poppy Merrick

Latterwick Council · Children's Services · Family Safeguarding Team East
Initial child protection conference: Tuesday 04/11/2025 (chair: Rehana Qureshi, IRO)
Category: neglect (both children)
Social worker: Dean Atkinson

## The family

- **Ellis Merrick**, 13, Year 8 at Latterwick High School
- **Poppy Merrick**, 8, Year 4 at Fernside Primary
- **Joanne Merrick**, 44, Mum. Has relapsing multiple sclerosis and uses a wheelchair outside the house; has had
  depression since her last relapse in the spring
- **Steve Merrick**, 46, Dad. Works four nights on, four off at a distribution centre; drinks heavily on his days
  off
- **Karen Doyle**, 41, Joanne's sister, lives two streets away at 5 Linnet Way

All live at 23 Foundry Road, Latterwick LW3 5HP.

## Why there is a plan

Since Joanne's care agency stopped in August, Ellis has been doing her morning care before school: helping her
onto the commode, washing and dressing her and giving her tablets. He then gets Poppy ready and takes her to
school. He has been late 31 times and absent on 14 days this term, and has fallen asleep in lessons. On Steve's
days off he drinks from the afternoon. On 11/10/2025 the police and fire service were called when Steve fell
asleep drunk on the sofa with a lit cigarette; Ellis put the fire out with a wet towel. Poppy has been arriving
at school without lunch and in dirty uniform.

## What Ellis and Poppy have told us

Ellis (seen on his own at school, 28/10/2025): "It's not that bad, I'm used to it. I just want someone else to do
the mornings so I can get to school on time, and I want Dad to not drink on his days off, because then I have to
do everything. I used to play football on Saturdays." He put himself at 3 out of 10 for how much time he has for
himself.

Poppy (seen on her own at school, 29/10/2025): "Ellis does my hair and Mum tells him how. Daddy sleeps on the sofa
a lot. I like going to Auntie Karen's because she does pancakes." She said she would like "Mummy to be better" and
to go back to Brownies.

## What we want for Ellis and Poppy

1. Ellis is a child first: an adult does Mum's personal care, and he gets to school on time every day.
2. Poppy is got ready for school, fed and collected by an adult every day.
3. Ellis and Poppy are never left in the care of an adult who has been drinking.
4. Ellis and Poppy have time with friends each week and get back to football and Brownies.

## Who will do what

Each action has a reference. When it happens is shown in the term grid below: a tick means the action is done, or
happens every week, in that half-term. How we will know each action has worked is in the checks list at the end,
under the same reference.

**The social worker, Dean Atkinson, will:**

- **A1** visit Ellis and Poppy at home every week, before school at least once a fortnight, and see each of them on their own
- **A2** complete a young carer's needs assessment with Ellis and go through it with him
- **A3** complete a parenting assessment of Joanne and Steve, looking at what the children do for their parents each day
- **A4** refer Steve to Latterwick Carers Centre for a carer's assessment of his own

**Lisa Carney, social worker, Latterwick Adult Social Care, will:**

- **B1** complete a Care Act assessment of Joanne and put paid carers in place for her morning and evening personal care, so that Ellis no longer does it

**Jenny Holt, MS specialist nurse, Latterwick Neurology Service, will:**

- **B2** review Joanne's MS, her continence and her medicines, and write to Dean about the care she needs

**Amira Noor, counsellor, Latterwick Wellbeing Service, will:**

- **B3** see Joanne fortnightly for counselling for her low mood

**Gary Pike, recovery worker, Latterwick Alcohol Service, will:**

- **B4** assess Steve's drinking, do weekly key-work and breath tests, and report to each core group on whether he is drinking less and what still has to change for Ellis and Poppy

**Steve will:**

- **C1** go to every key-work session with Gary, and not drink in the 24 hours before he is in charge of the children

**Karen Doyle (Joanne's sister) will:**

- **C2** have Poppy for tea every Wednesday and Friday and take her to Brownies on Wednesdays

**Everyone in the family network will:**

- **C3** take turns to sit with Joanne on Saturdays so that Ellis can go to football

**Mrs Ruth Coles, DSL, Latterwick High School, will:**

- **D1** check Ellis's attendance and punctuality every day and ring Dean the same day if he is absent
- **D2** give Ellis a pass to the young carers' lunch club and name an adult he can go to in school

**Mr Tom Vance, DSL, Fernside Primary, will:**

- **D3** check Poppy's attendance, lunch and uniform every day and ring Dean the same day with any worry

**Sam Ireland, project worker, Latterwick Young Carers, will:**

- **D4** pick Ellis up for the young carers' group every Thursday evening and arrange one trip out a month

### When — the term grid

| Ref | In short | Autumn 2 (to 19/12/2025) | Spring 1 (05/01/2026 to 13/02/2026) | Spring 2 (23/02/2026 to 27/03/2026) |
|---|---|---|---|---|
| A1 | SW visits | ✓ | ✓ | ✓ |
| A2 | Young carer's assessment | ✓ | | |
| A3 | Assessment of parenting | | ✓ | |
| A4 | Carers Centre referral | | | |
| B1 | Care Act assessment and paid carers | ✓ | | |
| B2 | MS nurse review | as needed | as needed | as needed |
| B3 | Counselling | ✓ | ✓ | ✓ |
| B4 | Alcohol key-work and reports | ✓ | ✓ | ✓ |
| C1 | Steve's key-work | ✓ | ✓ | ✓ |
| C2 | Poppy at Karen's | ✓ | ✓ | ✓ |
| C3 | Saturdays with Joanne | ✓ | ✓ | ✓ |
| D1 | Ellis's attendance | ✓ | ✓ | ✓ |
| D2 | Lunch club pass | ✓ | | |
| D3 | Poppy's attendance | ✓ | ✓ | ✓ |
| D4 | Young carers' group | ✓ | ✓ | ✓ |

### Checks — how we will know

- **A1** Dean's visit records show both children seen every week and each seen on their own, with their words written down.
- **A2** The young carer's assessment is on file and Ellis has his own copy.
- **A4** The Carers Centre's acceptance letter is on file.
- **B1** The start date of the care package is confirmed in writing, and the carers' log at the house shows a carer there every morning and evening.
- **B2** Jenny's letter is on file.
- **B3** Joanne says she feels better.
- **B4** Gary's report is on file before every core group, with each breath test reading.
- **C1** Gary's register shows every session attended and every breath test reading zero.
- **C2** Karen writes each tea in the home diary, which Dean reads at his visits; the Brownies register shows Poppy there.
- **C3** The football club's register shows Ellis at Saturday training.
- **D1** Attendance sent to Dean every Friday: no lates, and 95% or more by the review conference.
- **D2** The lunch club register shows Ellis there, and Ellis can tell Dean who his named adult is.
- **D3** Attendance sent to Dean every Friday; any same-day calls logged.
- **D4** The group's register shows Ellis there at least three Thursdays in four.

## If things go wrong

- If Steve is found drunk while he is in charge of Ellis and Poppy (by the police, school, a carer, or the children
  telling us), or there is another fire risk: Steve leaves the house that night to stay with his brother in
  Marlow Street, Karen comes to the house to sleep over, and Dean holds a strategy discussion the same day.
- If Joanne's paid carers do not turn up, or Ellis misses school to care for her on two days in one week: Lisa
  Carney arranges emergency home care from Latterwick Rapid Response Care the same day, and Dean visits the same
  day.

## Meetings

- Core group every four weeks (six over Christmas), Thursdays at 4pm, Latterwick High School: 27/11/2025 and
  08/01/2026, then 26/02/2026 if the plan continues after the review.
- Review child protection conference: Tuesday 03/02/2026, 2pm, Latterwick Town Hall.
""",
    "findings": [
        F("M001", "complete a parenting assessment of Joanne and Steve"),
        F("T001", "refer Steve to Latterwick Carers Centre for a carer's assessment"),
        F("T002", "review Joanne's MS, her continence and her medicines"),
        F("H001", "see Joanne fortnightly for counselling for her low mood"),
        F("M002", "see Joanne fortnightly for counselling for her low mood"),
        F("W002", "take turns to sit with Joanne on Saturdays so"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Initial conference plan for a 6-year-old and a 14-month-old whose mother
#    is on a stroke rehabilitation ward and whose father has been drinking
#    while caring for them; paternal aunt helping. Plain-text plan: numbered
#    actions grouped under the outcome they serve, a week calendar whose rows
#    are weeks and whose cells list the numbers of the actions that happen
#    that week, and the checks under each outcome with the action numbers in
#    brackets. Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b118_loxbridge_week_calendar_action_numbers_outcome_checks_santos.txt",
    "split": "heldout",
    "actions": 15,
    "template": "icpc-plan-plain-text-caps-headings-details-block-why-childrens-words-outcomes-with-we-will-know-lines-by-action-number-then-numbered-actions-grouped-for-outcome-then-fixed-width-week-calendar-rows-weeks-cells-action-numbers-meetings-column-contingency-meetings",
    "description": (
        "Exemplary initial conference plan for a 6-year-old and a 14-month-old whose mother had a "
        "stroke and is on a rehabilitation ward, and whose father has been drinking while caring "
        "for them alone. Plain text: the fifteen numbered actions are grouped under the outcome "
        "they serve and carry no dates; a fixed-width calendar of twelve weeks lists, for each "
        "week, the numbers of the actions done, due or taking place that week, beside the "
        "meetings; the checks are written under each outcome with the action numbers in brackets. "
        "The alcohol service reports on change, the GP, the ward's occupational therapist and the "
        "hospital's discharge coordinator own actions, the aunt's mornings and nights have a "
        "fallback, legal planning follows named triggers, and core group and review dates are set."
    ),
    "text": """\
LOXBRIDGE CITY COUNCIL - CHILDREN'S SERVICES - ASSESSMENT AND INTERVENTION TEAM 4
CHILD PROTECTION PLAN
======================================================================================

Children ........... Leo Santos (6), DOB 12/03/2019, Year 2, Canal Street Primary
                     Mia Santos (14 months), DOB 28/08/2024, Bluebell Day Nursery
Home ............... 27 Wharf Terrace, Loxbridge LX4 2NB
Mother ............. Daniela Santos (36). On Hawthorn Stroke Rehabilitation Ward,
                     Loxbridge General Hospital, since 02/10/2025
Father ............. Marco Santos (38). Caring for both children at home
Paternal aunt ...... Teresa Santos (41), 22 Canal Row, Loxbridge
Father's cousin .... Rosa Lima (33), 9 Mill Street, Loxbridge
Category ........... Neglect (both children)
Initial conference . Thursday 23/10/2025, chair Helen Brady (IRO)
Social worker ...... Priya Nair (team manager: Callum Reid)


WHY THERE IS A PLAN
-------------------
Daniela had a stroke at home on 02/10/2025. She has weakness down her right side and
is on the rehabilitation ward; the ward expect her to stay until about the middle of
December. Since then Marco has been looking after Leo and Mia on his own and has been
drinking heavily. On 13/10/2025 he came to collect Leo from school smelling of drink
and unsteady, and the school would not let Leo go with him. On 16/10/2025 the nursery
found Mia in the nappy she had arrived in the day before, with a bad nappy rash. On
18/10/2025 police found Leo and Mia alone in the house at 9pm while Marco was at the
off-licence. Marco says he is "drinking to get through it" and has agreed to get help.


WHAT LEO AND MIA SHOW AND TELL US
--------------------------------
Leo (seen on his own at school, 20/10/2025): "Mummy's face went funny and the
ambulance came. Daddy is sad and drinks the beer and falls asleep, so I do Mia's
bottle. I want Mummy to come home and I want Auntie Teresa to stay." Leo put himself
at 2 on the "how safe I feel at home" ladder and at 9 for school.

Mia (seen at home, 21/10/2025) crawled to Leo, not to Marco, when she was upset, and
settled when Leo gave her a beaker. She had a red nappy rash. She pointed at a photo
of Daniela on the fridge and said "Mama".


OUTCOMES AND HOW WE WILL KNOW
-----------------------------
OUTCOME 1. Leo and Mia are looked after every day and night by an adult who is sober.
  We will know because:
  - Priya's visit records show both children seen every week and Leo seen on his
    own, with his words written down (action 1).
  - Owen Hale's register shows Marco at every Tuesday session and every breath test
    reading zero (actions 2 and 3).
  - Owen's written report is on file two working days before each core group
    (action 3).
  - Canal Street Primary's gate log and Bluebell's signing-in sheet show Teresa
    bringing the children every weekday morning (action 4).
  - Teresa signs the home diary on each night she stays, and Priya reads it at her
    visits (action 5).
  - The written network plan is sent to every core group member (action 6).
  - Dr Anwar's letter is on the children's file (action 7).

OUTCOME 2. Leo gets to school on time every day and has someone to talk to about Mum.
  We will know because:
  - Attendance is emailed to Priya every Friday, with 96% or more and no lates by
    the review conference (action 8).
  - Mr Kerr's notes of each meeting are sent to Priya every fortnight, and Leo's
    "how safe I feel at home" score is written on them (action 9).

OUTCOME 3. Mia is clean, fed and at nursery, and her development stays on track.
  We will know because:
  - Bluebell's weekly record shows Mia at every booked session, clean and in clean
    clothes, with any same-day call logged (action 10).
  - The one-year review summary and Mia's weight in her red book are sent to
    Priya (action 11).

OUTCOME 4. Leo and Mia keep in touch with Mum while she is in hospital, and are safe
           when she comes home.
  We will know because:
  - The ward's call log shows three video calls every week (action 12).
  - The ward's visitor book shows Marco and the children there every Sunday
    (action 13).
  - Fiona Clegg's written report is on file, and the equipment she asks for is
    fitted at Wharf Terrace before Daniela goes home (action 14).
  - The invitation to the discharge planning meeting reaches Priya at least five
    working days before discharge, and Priya is at the meeting (action 15).


WHAT WILL HAPPEN
----------------
The actions are numbered and grouped under the outcome they are for. They carry no
dates: WHEN each one happens is shown in the calendar after them, where each week's
row lists the numbers of the actions done, due or taking place in that week.

For outcome 1
  1.  Priya Nair (SW) visits Leo and Mia at home, one visit in three unannounced in
      the evening, and sees Leo on his own.
  2.  Marco goes to key-work and a breath test at Loxbridge Alcohol Service, and
      does not drink on any day he is caring for Leo and Mia.
  3.  Owen Hale (recovery worker, Loxbridge Alcohol Service) assesses Marco's
      drinking, does key-work and breath tests with him, and reports in writing to
      each core group on whether he is making the changes Leo and Mia need and how
      long that is likely to take.
  4.  Teresa Santos (paternal aunt) takes Leo to school and Mia to nursery every
      weekday morning.
  5.  Teresa Santos stays at Wharf Terrace on Friday and Saturday nights.
  6.  Priya Nair (SW) holds a family network meeting with Marco, Teresa, Rosa and
      Daniela (on the ward) to agree who steps in if Teresa cannot, and sends
      everyone the written plan.
  7.  Dr Farid Anwar (GP, Wharf Lane Surgery) sends Priya Marco's alcohol history
      and any missed appointments.

For outcome 2
  8.  Mrs Jo Whitlam (DSL, Canal Street Primary) checks Leo's attendance and
      lateness every day, and rings Priya the same day if he is absent, late or
      collected by an adult who seems to have been drinking.
  9.  Mr Adam Kerr (learning mentor, Canal Street Primary) meets Leo to talk about
      Mum and his worries.

For outcome 3
  10. Shona Park (key worker, Bluebell Day Nursery) records Mia's attendance, her
      nappy, her clothes and how she is, and rings Priya the same day with any
      worry.
  11. Lucy Tran (health visitor) does Mia's missed one-year review and weighs her.

For outcome 4
  12. The nurse in charge on Hawthorn Ward sets up a video call between Daniela and
      the children on Monday, Wednesday and Friday evenings.
  13. Marco takes Leo and Mia to see Daniela on the ward on Sunday afternoons.
  14. Fiona Clegg (occupational therapist, Hawthorn Ward) assesses what Daniela will
      be able to do for Leo and Mia when she comes home, and writes a report on the
      equipment and help she will need.
  15. Kwame Asante (discharge coordinator, Loxbridge General Hospital) tells Priya
      Daniela's discharge date at least five working days ahead and invites her to
      the discharge planning meeting.


CALENDAR - WHAT HAPPENS EACH WEEK
---------------------------------
"due" = to be finished by the Friday of that week. 12 and 13 stop, and 15 is done,
when Daniela comes home. Canal Street Primary is closed 22/12/2025 to 02/01/2026; in
those two weeks 4 is Mia's nursery run only.

WEEK BEGINNING     ACTION NUMBERS                                   MEETINGS
-----------------  -----------------------------------------------  -------------------------
Mon 27/10/2025     1  2  3  4  5  7(due)  8  9  10  12  13
Mon 03/11/2025     1  2  3  4  5  6(due)  8  9  10  12  13          Core group Thu 06/11/2025
Mon 10/11/2025     1  2  3  4  5  8  9  10  11(due)  12  13
Mon 17/11/2025     1  2  3  4  5  8  9  10  12  13
Mon 24/11/2025     1  2  3  4  5  8  9  10  12  13  14(due)         Core group Thu 27/11/2025
Mon 01/12/2025     1  2  3  4  5  8  9  10  12  13  15
Mon 08/12/2025     1  2  3  4  5  8  9  10  12  13  15
Mon 15/12/2025     1  2  3  4  5  8  9  10  12  13  15              Core group Thu 18/12/2025
Mon 22/12/2025     1  2  3  4  5  10  12  13  15
Mon 29/12/2025     1  2  3  4  5  10  12  13  15
Mon 05/01/2026     1  2  3  4  5  8  9  10  12  13  15              Core group Thu 08/01/2026
Mon 12/01/2026     1  2  3  4  5  8  9  10  12  13  15              Review conference Thu 15/01/2026


IF THINGS GO WRONG
------------------
- If Marco has been drinking while he is caring for Leo and Mia (a breath test
  above zero, drink smelt at a visit, or Leo, school, nursery or Teresa tells us),
  or the children are not collected: Teresa takes them to her home at 22 Canal Row
  that day, Marco does not care for them on his own until a strategy discussion has
  agreed it, and Priya holds that strategy discussion with the police the same day.
- If Teresa cannot do the mornings or the weekend nights (she is ill, or her shifts
  change): Rosa Lima covers, as the network plan says. If no one in the network can,
  Priya arranges for Leo and Mia to go together to Loxbridge foster carers that day.
- If Marco has two breath tests above zero, or misses two key-work sessions, before
  the review conference: Priya asks Callum Reid for a legal planning meeting within
  five working days.


MEETINGS
--------
Core group every three weeks, Thursdays at 3.45pm, Canal Street Primary:
06/11/2025, 27/11/2025, 18/12/2025 and 08/01/2026.
Review child protection conference: Thursday 15/01/2026, 10am, Loxbridge Civic
Centre.
""",
    "findings": [],
})
