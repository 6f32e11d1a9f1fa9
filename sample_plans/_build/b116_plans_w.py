"""Batch 116, module w: seven fictional plans (held-out material), places beginning with "w".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: plans whose measures and timescales are not written beside each
action. The time is set once for a table or a stage: in a merged title row
("A. Before Zion is discharged - every action in this table to be done by
Wednesday 29/10/2025"), in a caption and an owner column headed with a date
range ("Lead (discharge to 15/01/2026)"), in month or half-term columns with
X marks, in the week columns of a twelve-week plain-text grid, in stage
headings ("Before October half term - all by Friday 24/10/2025") or in a
paragraph after a stage's list that also records something else. The
measures sit apart: in a checks table keyed by reference codes (A1 ... B9),
under each outcome with the action numbers in brackets, in a numbered "How
we will know it is working" list, in a "what we will see" list by grid
reference, or in a "checks" part of core group minutes keyed 1.1, 2.1.
Children include a premature baby going home from a neonatal unit with a
nasogastric tube and a night monitor, a ten-year-old with four-limb cerebral
palsy who speaks through an eye-gaze aid, a fourteen-year-old being
criminally exploited, a three-year-old with severe asthma and eczema, and a
four-month-old with reflux and a milk allergy on a special feed.

Four plans are exemplary: the neonatal pre-discharge plan with two titled
tables and a checks table by reference (docx); the eye-gaze plan with a
month timetable of X marks and the checks under each outcome (pdf); the
exploitation plan in stages timed by the school term with a numbered
measures list (md); and the asthma plan as a plain-text twelve-week grid
with a "what we will see" list by reference (txt). Three carry realistic
faults among mostly good rows: a Word plan with half-term X columns in which
one row has no X at all, "the network" owns a row, the measures list skips
two actions (one of them an assessment) and the contingency has no trigger
nor any fallback for the grandmother and aunt (docx); a Markdown feeding plan
for a baby built round the mother's own needs, with a last stage that has no
time, adult-only outcomes whose check is "Jade will tell us she feels
better", and no record of the baby's day (md); and core group minutes with a
carried-forward / new action log whose checks part leaves two actions out, an
action deferred until the case transfers to another council and no review
conference date (pdf).

Counting actions (convention 1): every live row of an action table or grid
and every numbered or bulleted action of an action section counts; title,
caption and banner rows that only give a time, the checks and measures
sections, the outcomes, the contingency and the meeting dates do not. A
one-off action marked done and closed in an action log is work already done
and is not counted; carried-forward actions and standing actions that run
every week are counted.
Reading used for these layouts (README convention 12): a time given once for
a table, stage or column applies to every action there; an X in a month,
half-term or week column is that action's time; a row with no X and no time
of its own has none (T001); a measure counts for an action when a checks
table, a measures list or an outcome names the action's number or code, and
an action they leave out with no measure of its own gets M001.
"""
from build_batch5 import F, H

PLANS = []


# ---------------------------------------------------------------------------
# 1. Pre-discharge initial conference plan for a premature baby on a
#    neonatal unit, going home with a nasogastric tube for top-up feeds and
#    a night saturation monitor; father's cocaine and alcohol use and an
#    incident on the ward, mother's birth trauma. Table A's merged title row
#    gives its deadline; table B has a caption and an owner column headed
#    with a date range; a checks table keyed A1 ... B9. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b116_wharnleigh_neonatal_discharge_titled_tables_ref_checks_okafor.docx",
    "doc_title": "Child Protection Plan - Zion Okafor",
    "split": "heldout",
    "actions": 17,
    "template": "icpc-pre-discharge-word-plan-baby-on-neonatal-unit-details-list-why-worried-going-well-zions-day-on-the-unit-outcomes-then-table-a-deadline-in-merged-title-row-and-table-b-caption-with-owner-column-headed-by-date-range-ref-codes-then-separate-checks-table-keyed-by-ref-contingency-meetings",
    "description": (
        "Exemplary initial conference plan for a baby born at 30 weeks who is about to go home "
        "from a neonatal unit with a nasogastric tube for top-up feeds, a night saturation "
        "monitor and daily drops; his father uses cocaine and alcohol and shouted and punched a "
        "door on the ward, and his mother has trauma symptoms after the birth. Table A holds what "
        "must happen before discharge and gives its deadline once, in a merged title row; table "
        "B has a caption and a lead column headed 'discharge to 15/01/2026', with how often in "
        "each action. No action carries its own measure: a separate checks table gives one for "
        "every reference code A1 to B9. The baby's voice is what nurses and the social worker "
        "saw. The drug service and the perinatal team assess change, the GP owns an action, the "
        "grandmother's nights have a named fallback, legal planning follows named triggers, core "
        "group and review dates are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Wharnleigh City Council · Children's Services · Hospital Social Work Team, Wharnleigh General "
              "Hospital"),
        ("kv", [
            ("Baby", "Zion Okafor, born 28/08/2025 at 30 weeks (7 weeks old; 37 weeks corrected age)"),
            ("Where Zion is now", "Kestrel Ward (neonatal unit), Wharnleigh General Hospital, cot 6. He is "
                                  "expected to go home on Monday 03/11/2025."),
            ("Home address", "Flat 11, Corder House, Millbeck Road, Wharnleigh WH4 2TS"),
            ("Mother", "Chloe Daley (19)"),
            ("Father", "Jerome Okafor (24), lives with Chloe"),
            ("Maternal grandmother", "Denise Daley (47), 6 Ashlar Row, Wharnleigh (fifteen minutes by bus)"),
            ("Maternal great-aunt", "Marcia Daley (58), 31 Tenter Street, Wharnleigh"),
            ("Category", "Neglect"),
            ("Conference", "Initial child protection conference, Thursday 16/10/2025, held at the hospital. "
                           "Chair: Helen Marchbank (IRO)"),
            ("Social worker", "Megan Holroyd, Hospital Social Work Team (team manager: Anil Bhatt)"),
        ]),
        ("h1", "Why we are worried"),
        ("p", "Zion was born early after Chloe had been to only two antenatal appointments. He has chronic "
              "lung disease of prematurity and reflux. He will go home with a nasogastric (NG) tube for top-up "
              "feeds after each breastfeed or bottle, a saturation monitor that he wears at night, and iron "
              "and vitamin drops twice a day. In his seven weeks on Kestrel Ward Chloe has visited on 11 days "
              "and Jerome on 6, and Chloe has missed three of the five tube-feeding teaching sessions booked "
              "for her."),
        ("p", "On 04/10/2025 Jerome came on to the ward smelling of alcohol, shouted at Chloe beside Zion's cot "
              "and punched the door of the parents' room; hospital security asked him to leave. He has told "
              "the social worker that he takes cocaine most weekends and drinks most days. Chloe has told the "
              "ward nurses that she has flashbacks to the birth and panics when Zion's monitor alarms. She was "
              "referred to the Wharnleigh Perinatal Mental Health Service on 06/10/2025."),
        ("h1", "What is going well"),
        ("p", "Chloe is gentle with Zion and has held him skin to skin at every visit. Since 06/10/2025 she has "
              "come in every day, usually with her mother. Jerome booked himself an assessment at Compass "
              "Recovery and went to it on 13/10/2025. Denise has offered to stay at the flat for Zion's first "
              "four weeks at home and has already given two tube feeds with a nurse beside her. Marcia has "
              "said she will help at night if Denise cannot."),
        ("h1", "Zion's day on the unit"),
        ("p", "Zion cannot tell us how he feels, so this is what the nurses and the social worker have seen. He "
              "settles quickly when he is skin to skin with Chloe, and his oxygen levels are steadiest then. He "
              "feeds best in a quiet room and tires after about ten minutes at the breast, so the rest of each "
              "feed goes down his tube. When there are raised voices near his cot he startles, his heart rate "
              "rises and he takes a long time to settle; the nurses saw this on 04/10/2025. He turns his head "
              "towards Chloe's voice, and on 14/10/2025 he held Jerome's finger and fell asleep on his chest."),
        ("h1", "What we want for Zion"),
        ("bullets", [
            "Zion goes home only when the adults caring for him at the flat can give his tube feeds and "
            "drops safely and answer his monitor.",
            "Zion keeps gaining weight at home and stays on or above the 9th centile of his corrected-age "
            "chart.",
            "Zion has every feed, every dose of his drops and every hospital appointment he needs, on time.",
            "Zion grows up in a calm home where nobody caring for him has taken drugs or drunk alcohol, and "
            "where there is no shouting or violence around him.",
        ]),
        ("h1", "The plan"),
        ("p", "The plan is in two tables. Table A is what has to happen before Zion leaves Kestrel Ward: its "
              "deadline is written once, in the table's title row. Table B is what happens from the day he "
              "comes home until the review conference: the caption above it gives the period and each action "
              "says how often. The codes A1 to B9 are used again in the checks table after table B, which "
              "says how we will know that each action has been done and is working."),
        ("table", {
            "header": ["A. Before Zion is discharged: every action in this table to be done by Wednesday "
                       "29/10/2025, the day before the discharge planning meeting", H, H],
            "widths": [1.3, 10.0, 5.7],
            "rows": [
                ["Ref", "What will happen", "Who"],
                ["A1",
                 "Teach Chloe to give Zion's NG top-up feeds: checking the tube's position with a pH strip, "
                 "giving the feed and his drops, and what to do if the tube comes out. Chloe then does at "
                 "least six of his feeds herself with a nurse watching",
                 "Sister Joanna Pell, neonatal outreach nurse, Kestrel Ward"],
                ["A2",
                 "Teach Denise the same tube-feeding steps and watch her give six feeds, so that two trained "
                 "adults will be at the flat",
                 "Sister Joanna Pell, neonatal outreach nurse, Kestrel Ward"],
                ["A3",
                 "Show Chloe, Jerome and Denise how to put on and answer Zion's night saturation monitor, "
                 "and teach all three baby basic life support",
                 "Daniel Ferris, family care nurse, Kestrel Ward"],
                ["A4",
                 "Room in with Zion for two nights in the ward's family room, giving all of his care with "
                 "the nurses close by",
                 "Chloe Daley (Mum); nights booked by Sister Pell"],
                ["A5",
                 "Visit the flat at Corder House to check Zion's cot, a safe shelf for the feed pump and a "
                 "socket for the monitor, and that nobody smokes indoors",
                 "Lorna Beattie, health visitor, Millbeck Health Centre"],
                ["A6",
                 "Hold a family network meeting with Chloe, Jerome, Denise and Marcia, and write down who "
                 "stays at the flat each night of Zion's first four weeks at home and who steps in if that "
                 "person cannot",
                 "Megan Holroyd, social worker"],
                ["A7",
                 "See Chloe on the ward, assess her trauma symptoms and anxiety, and say in writing whether "
                 "she will be able to manage Zion's care at home, what help she needs and how quickly she is "
                 "likely to be able to change",
                 "Dr Ayesha Rahman, consultant perinatal psychiatrist, Wharnleigh Perinatal Mental Health "
                 "Service"],
                ["A8",
                 "Visit Zion on Kestrel Ward twice a week until he goes home, and see him with each parent",
                 "Megan Holroyd, social worker"],
            ],
        }),
        ("boldp", "Table B. From the day Zion comes home until the review conference on Thursday 15/01/2026"),
        ("p", "Every action in table B starts on the day Zion is discharged and carries on until the review "
              "conference, as often as the action says."),
        ("table", {
            "header": ["Ref", "What will happen, and how often", "Lead (discharge to 15/01/2026)"],
            "widths": [1.3, 10.0, 5.7],
            "rows": [
                ["B1",
                 "Visit Zion at home every week, one visit in each fortnight unannounced, and see him awake, "
                 "being fed and being held by his parents",
                 "Megan Holroyd, social worker"],
                ["B2",
                 "Weigh Zion every week for his first eight weeks at home and then every two weeks, and plot "
                 "each weight on the corrected-age chart in his red book",
                 "Lorna Beattie, health visitor"],
                ["B3",
                 "Home visits twice a week for the first two weeks and weekly after that: check the NG tube's "
                 "position and the skin on Zion's cheek, download the monitor's overnight record and go "
                 "through the feed chart kept with the pump",
                 "Sister Joanna Pell, neonatal outreach nurse"],
                ["B4",
                 "Stay at the flat every night for Zion's first four weeks at home, to 01/12/2025, and give "
                 "or watch his 2am tube feed",
                 "Denise Daley (maternal grandmother)"],
                ["B5",
                 "Key-work with Jerome every week with a saliva drug test and a breath test at each session, "
                 "and a written report before each core group on whether he has stopped using cocaine and "
                 "drinking, what still has to change for Zion and how long it is likely to take",
                 "Kyle Bamford, recovery worker, Compass Recovery (Wharnleigh adult drug and alcohol "
                 "service)"],
                ["B6",
                 "Not use cocaine or drink alcohol at the flat or before looking after Zion, and go to his "
                 "brother Ike's for the night if he has used, every day from Zion's discharge",
                 "Jerome Okafor (Dad)"],
                ["B7",
                 "See Chloe at home every two weeks for trauma-focused work, and write before each core group "
                 "on whether her panic around Zion's monitor and care is easing and how long further change "
                 "is likely to take",
                 "Femi Olatunji, perinatal mental health nurse, Wharnleigh Perinatal Mental Health Service"],
                ["B8",
                 "Take Zion to his eye check on 18/11/2025, his 12-week immunisations at Millbeck Health "
                 "Centre on 20/11/2025 and the neonatal follow-up clinic on 02/12/2025",
                 "Chloe Daley (Mum), with Denise"],
                ["B9",
                 "Send the social worker a letter about Chloe's and Jerome's health and prescriptions by "
                 "14/11/2025, and tell her within two working days of any appointment Zion misses at the "
                 "surgery",
                 "Dr Paul Ashby, GP, Millbeck Health Centre"],
            ],
        }),
        ("h1", "Checks: how we will know"),
        ("p", "One line for each code in tables A and B. Megan will take this table to every core group and mark "
              "each line as seen or not seen."),
        ("table", {
            "header": ["Ref", "How we will know it has been done and is working", "Kept by"],
            "widths": [1.3, 11.2, 4.5],
            "rows": [
                ["A1", "Chloe's six supervised feeds signed off on the ward competency sheet, each step marked "
                       "'safe without help', the last by 29/10/2025", "Sister Pell; copy to the SW"],
                ["A2", "Denise's competency sheet signed off in the same way by 29/10/2025",
                 "Sister Pell; copy to the SW"],
                ["A3", "Basic life support certificates for all three adults; each has put the monitor on Zion "
                       "and answered a test alarm with Daniel watching", "Family care team record"],
                ["A4", "Nursing notes for both nights show Chloe gave every feed and every dose herself and "
                       "answered each monitor alarm", "Kestrel Ward nursing notes"],
                ["A5", "Home check form on file by 29/10/2025, with the cot, the pump shelf and the monitor "
                       "socket seen, and a smoke-free home agreement signed by Chloe and Jerome",
                 "Lorna Beattie; copy to the SW"],
                ["A6", "Written network plan with a named adult for every night of the first four weeks and a "
                       "named back-up, sent to the family, the ward and the core group by 29/10/2025",
                 "Megan Holroyd"],
                ["A7", "Dr Rahman's written assessment on file by 29/10/2025 and read at the discharge planning "
                       "meeting", "Megan Holroyd"],
                ["A8", "Ward visit notes for two visits each week, each saying how Zion responded to Chloe and "
                       "to Jerome", "Megan Holroyd"],
                ["B1", "A visit record for every week, one unannounced in each fortnight, each saying where "
                       "Zion was sleeping and how he was fed and held", "Megan Holroyd"],
                ["B2", "Every weight in the red book, on or above the 9th centile of the corrected-age chart",
                 "Lorna Beattie"],
                ["B3", "Outreach note for each visit; the feed chart shows no missed top-up and the monitor "
                       "record shows every alarm answered within two minutes", "Sister Pell"],
                ["B4", "Denise signs the feed chart at each 2am feed; Sister Pell checks the signatures at her "
                       "visits and tells the SW of any gap", "Sister Pell"],
                ["B5", "Written report on file two working days before each core group, with every test result "
                       "and Kyle's view of the likely timescale", "Kyle Bamford"],
                ["B6", "Every test result at Compass Recovery negative; no worker smells alcohol or notes signs "
                       "of drug use at any home visit; any night at Ike's told to the SW the next morning",
                 "Kyle Bamford and Megan Holroyd"],
                ["B7", "Written update on file before each core group, saying what has changed for Chloe and "
                       "the likely timescale", "Femi Olatunji"],
                ["B8", "Clinic letters and the red book show all three appointments kept", "Lorna Beattie"],
                ["B9", "GP letter on file by 14/11/2025; any missed appointment e-mailed to the SW within two "
                       "working days", "Megan Holroyd"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "Before discharge: if Chloe or Denise has not been signed off on tube feeding (A1, A2), or the "
            "network plan (A6) is not agreed by 29/10/2025, Zion will not go home that week, and Megan will ask "
            "Anil Bhatt for a legal planning meeting within five working days to decide where Zion goes when he "
            "is medically ready.",
            "If Jerome comes to the flat or the ward after using drugs or alcohol, or there is shouting, a "
            "threat or violence where Zion is: Chloe rings 999 if anyone is in danger; Megan (or the emergency "
            "duty team out of hours) holds a strategy discussion with Wharnleigh Police the same day, and Zion "
            "and Chloe go to Denise's house at 6 Ashlar Row that day. Jerome does not come back to the flat "
            "until the strategy discussion agrees that it is safe.",
            "If Zion misses two top-up feeds in a day, his weight falls below the 9th centile at two weighs in "
            "a row, or the monitor record shows an alarm left unanswered: Sister Pell arranges for the "
            "neonatal consultant to see Zion the same day, and Megan visits that day.",
            "If Denise cannot stay at night (she is ill or cannot manage): Marcia Daley, the back-up named in "
            "the network plan, stays instead. If neither of them can, Megan arranges that day for Zion and "
            "Chloe to go to a parent and child foster placement.",
            "If Zion is harmed, Jerome tests positive twice before the review, or Dr Rahman's assessment says "
            "Chloe cannot make the changes Zion needs in his timescale, Megan will request a legal planning "
            "meeting within five working days.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "First core group and discharge planning meeting: Thursday 30/10/2025, 2pm, Kestrel Ward.",
            "Core group after that every four weeks at Millbeck Health Centre: Thursday 27/11/2025 and "
            "Tuesday 23/12/2025.",
            "Review child protection conference: Thursday 15/01/2026, 10am, Wharnleigh Civic Centre.",
        ]),
        ("p", "Plan agreed at the initial child protection conference on 16/10/2025. Copies to Chloe, Jerome, "
              "Denise, Marcia and everyone named in tables A and B."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Initial conference plan for a ten-year-old with four-limb cerebral
#    palsy, epilepsy and a gastrostomy who speaks through an eye-gaze aid;
#    pressure sores, a broken hoist, her brother lifting her, her mother
#    drinking at night. Landscape, page header and footer. The checks are
#    written under each outcome with the action numbers in brackets; the
#    timetable has month columns with X marks. Exemplary (pdf)
# ---------------------------------------------------------------------------
def _months(*marked):
    """Four month cells, October to January, with an X in the months given."""
    return ["X" if m in marked else "" for m in ("Oct", "Nov", "Dec", "Jan")]


ALL_MONTHS = ("Oct", "Nov", "Dec", "Jan")

PLANS.append({
    "name": "b116_wistonmoor_month_timetable_x_marks_eye_gaze_outcome_checks_harcourt.pdf",
    "doc_title": "Child Protection Plan - Maisie Harcourt",
    "split": "heldout",
    "actions": 13,
    "landscape": True,
    "font_size": 9.5,
    "template": "icpc-children-with-disabilities-plan-printed-to-pdf-landscape-page-header-footer-parts-1-to-5-details-list-why-how-maisie-tells-us-eye-gaze-then-outcomes-each-with-what-we-will-see-lines-naming-action-numbers-then-timetable-grid-no-action-who-oct-nov-dec-jan-x-marks-with-key-contingency-bullets-meetings",
    "description": (
        "Exemplary initial conference plan for a 10-year-old girl with four-limb cerebral palsy, "
        "epilepsy and a gastrostomy who does not speak, after pressure sores, weight loss and an "
        "infected gastrostomy site; the ceiling hoist broke and her 16-year-old brother has been "
        "lifting her, and her mother drinks wine most nights since short breaks stopped. A "
        "landscape Word plan printed to PDF with a page header and footer. The measures come "
        "first, written under each outcome as 'what we will see' lines that name the action "
        "numbers; the actions are rows of a timetable whose month columns (October to January) "
        "carry X marks, with a key saying what an X means. Her voice is her eye-gaze choices, her "
        "yes and no looks and what adults saw. The alcohol service reports on change, the GP owns "
        "an action, the aunt's Saturdays have a fallback, legal planning follows named triggers, "
        "core group and review dates are set."
    ),
    "header": "OFFICIAL-SENSITIVE – Wistonmoor County Council – Children with Disabilities Service",
    "footer": "Maisie Harcourt – child protection plan from ICPC 14/10/2025 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan: Maisie Harcourt"),
        ("kv", [
            ("Child", "Maisie Harcourt, born 21/05/2015 (10), Class 6, Hazelgrove School (special school)"),
            ("Address", "3 Kiln Row, Wistonmoor WM6 1DE"),
            ("Lives with", "Kerry Harcourt (38), mother; Jayden Harcourt (16), brother"),
            ("Maternal aunt", "Leanne Shaw (35), 40 Quarry Bank, Wistonmoor"),
            ("Father", "Not in contact since 2017; lives abroad"),
            ("Maisie's needs", "Four-limb cerebral palsy; epilepsy, with buccal midazolam as her rescue medicine; "
                               "fed through a gastrostomy, by pump overnight and by syringe in the day. Maisie "
                               "does not use speech. She uses an eye-gaze communication aid with about 200 "
                               "symbols, looks up for 'yes' and away for 'no', and smiles and vocalises when she "
                               "is happy."),
            ("Category", "Neglect"),
            ("Conference", "Initial child protection conference, Tuesday 14/10/2025. Chair: Rosalind Keyte (IRO)"),
            ("Social worker", "Beth Ancell, Children with Disabilities Service (team manager: Colin Mace)"),
        ]),
        ("h1", "Part 1. Why Maisie has a plan"),
        ("p", "On 22/09/2025 the school nurse found a grade 3 pressure sore at the base of Maisie's spine and a "
              "grade 2 sore on her left heel, and the skin round her gastrostomy was red and weeping. Maisie has "
              "lost 1.4kg since June. She has missed two orthopaedic appointments and one with her dietitian. "
              "The ceiling hoist at home broke in August and nobody reported it; since then Jayden, who is 16, "
              "has been lifting Maisie in and out of bed and the bath on his own. Maisie's overnight short "
              "breaks at Bramble House stopped in June when Kerry missed the review meeting. Kerry told the "
              "conference that since then she has drunk a bottle of wine most nights to get to sleep, and that "
              "some nights she has not woken to turn Maisie."),
        ("p", "What is going well: Kerry knows Maisie's signs better than anyone and chose many of the symbols on "
              "her eye-gaze aid with the speech and language therapist. School say Maisie is happy and sociable "
              "there. Leanne has Maisie every other Saturday and is trained in her feeds and her rescue medicine. "
              "Kerry has booked an appointment with her GP for 21/10/2025 to talk about her drinking."),
        ("h2", "How Maisie tells us things, and what she has told us"),
        ("p", "Maisie's views come from her eye-gaze aid, her yes and no looks, and what the people who know her "
              "best have seen."),
        ("bullets", [
            "At school on 08/10/2025, with her speech and language therapist, Maisie chose 'sore', 'bed' and "
            "'sad' on the feelings page of her eye-gaze aid, and looked up for 'yes' when she was asked whether "
            "her bottom hurt when she lay down.",
            "Asked about Bramble House, she chose 'friends' and 'swimming' and smiled for a long time.",
            "Her class teacher has seen her stiffen and cry when Jayden lifts her at the school gate, and stay "
            "relaxed and chatty when staff move her with the hoist (07/10/2025).",
            "At home on 09/10/2025 she turned her eyes towards Kerry's voice and smiled when Kerry sang to her.",
        ]),
        ("h1", "Part 2. What we want for Maisie, and what we will see"),
        ("p", "Under each outcome are the things we will see if the plan is working. The numbers in brackets are "
              "the numbers of the actions in the timetable in Part 3; every action has at least one line here."),
        ("boldp", "Outcome 1. Maisie's skin heals and stays healthy: both pressure sores have healed by the review "
                  "conference and she has no new sore."),
        ("bullets", [
            "The community children's nurse's wound chart shows both sores smaller at each visit and healed by "
            "13/01/2026 (action 3).",
            "The hoist repair note, the mattress delivery note and Kerry's signed hoist training record are on "
            "file by 31/10/2025 (action 2).",
            "The turning and feed chart has an entry for every two hours of every night; Beth photographs it at "
            "each visit (actions 4 and 1).",
            "School's Monday body maps are e-mailed to Beth every week and show no new mark (action 5).",
        ]),
        ("boldp", "Outcome 2. Maisie is fed well and growing: her gastrostomy site is clean and she is back to her "
                  "June weight of 24kg by the review conference."),
        ("bullets", [
            "The dietitian's weights, plotted on Maisie's growth chart each month, rise every month; the new "
            "feed plan is signed by Kerry, school and Bramble House by 31/10/2025 (action 6).",
            "The nurse's notes record the gastrostomy site clean and dry at each visit (action 3).",
        ]),
        ("boldp", "Outcome 3. Maisie gets the health care she needs and is seen at every appointment."),
        ("bullets", [
            "The orthopaedic clinic's letter confirms that Maisie was seen on 25/11/2025 (action 7).",
        ]),
        ("boldp", "Outcome 4. Maisie is cared for every night by an adult who is sober and rested, and she is "
                  "only ever moved with the hoist."),
        ("bullets", [
            "Martin Keogh's written reports are on file before each core group, with his view of how far Kerry "
            "has cut down and the likely timescale (action 8).",
            "Dr Lamb's letter, with Kerry's blood test results, is on file by 31/10/2025 (action 9).",
            "Bramble House's stay record shows two nights in each month, the first by 31/10/2025 (action 10).",
            "Jayden's young carer's assessment and his own plan are on file by 30/11/2025, and Jayden, seen on "
            "his own, tells Beth he has not lifted Maisie (action 11).",
            "Leanne texts Beth after each Saturday, and Kerry's diary shows every other Saturday kept "
            "(action 13).",
        ]),
        ("boldp", "Outcome 5. Maisie can tell the adults around her when she is sore, sad or happy, and they act "
                  "on what she tells them."),
        ("bullets", [
            "The new eye-gaze pages about her body, pain and home are in use by 30/11/2025; Nadia's notes and "
            "screen photographs from each monthly session go to Beth and to every core group (action 12).",
            "Beth's visit records show that she used the eye-gaze aid with Maisie at every visit (action 1).",
        ]),
        ("h1", "Part 3. Timetable of actions, October 2025 to January 2026"),
        ("p", "Key: an X in one month only means the action is to be done by the end of that month. An X in "
              "several months means the action happens in each of those months, as often as the action says. "
              "January runs to the review conference on 13/01/2026."),
        ("table", {
            "header": ["No.", "What will happen", "Who", "Oct 2025", "Nov 2025", "Dec 2025", "Jan 2026"],
            "widths": [1.0, 11.5, 5.2, 2.0, 2.0, 2.0, 2.0],
            "rows": [
                ["1",
                 "Visit Maisie at home every week, with one visit in each fortnight at bedtime, and talk with "
                 "her using her eye-gaze aid",
                 "Beth Ancell, SW"] + _months(*ALL_MONTHS),
                ["2",
                 "Get the ceiling hoist repaired, bring a new sling and a pressure-relieving mattress, and "
                 "train Kerry to use them",
                 "Ravi Sandhu, OT, Wistonmoor Children's Equipment Service"] + _months("Oct"),
                ["3",
                 "Dress Maisie's pressure sores and check her gastrostomy site at home twice a week until the "
                 "sores have healed, then once a week",
                 "Hannah Fleetwood, community children's nurse"] + _months(*ALL_MONTHS),
                ["4",
                 "Turn Maisie every two hours through the night and fill in the turning and feed chart every "
                 "day",
                 "Kerry Harcourt (Mum)"] + _months(*ALL_MONTHS),
                ["5",
                 "Check Maisie's skin with the school nurse every Monday morning on a body map, and phone the "
                 "SW the same day about any new mark",
                 "Mrs Judith Carney, DSL, Hazelgrove School"] + _months(*ALL_MONTHS),
                ["6",
                 "Weigh Maisie once a month, rewrite her feed plan and send it to Kerry, school and Bramble "
                 "House",
                 "Sian Howarth, paediatric dietitian"] + _months(*ALL_MONTHS),
                ["7",
                 "Take Maisie to the orthopaedic clinic at Wistonmoor Royal Hospital on 25/11/2025",
                 "Kerry Harcourt (Mum); transport booked by Beth Ancell"] + _months("Nov"),
                ["8",
                 "Assess Kerry's drinking, see her for key-work every week, and report in writing before each "
                 "core group on whether she has cut down to the level agreed, what still has to change for "
                 "Maisie and how long that is likely to take",
                 "Martin Keogh, recovery worker, Wistonmoor Alcohol Support Service"] + _months(*ALL_MONTHS),
                ["9",
                 "See Kerry on 21/10/2025 about her drinking and her sleep, and write to the SW with her blood "
                 "test results and the plan agreed",
                 "Dr Fiona Lamb, GP, Castle Street Surgery"] + _months("Oct"),
                ["10",
                 "Restart Maisie's overnight short breaks at Bramble House, two nights a month",
                 "Amanda Reece, manager, Bramble House short breaks unit"] + _months(*ALL_MONTHS),
                ["11",
                 "Assess Jayden's caring role with him, and agree with him and Kerry that he no longer lifts "
                 "Maisie",
                 "Tom Priestley, Wistonmoor Young Carers Service"] + _months("Oct", "Nov"),
                ["12",
                 "Add pages about her body, pain and home to Maisie's eye-gaze aid, and spend a session with "
                 "her about home once a month",
                 "Nadia Qureshi, speech and language therapist, Hazelgrove School"] + _months(*ALL_MONTHS),
                ["13",
                 "Have Maisie every other Saturday, 10am to 4pm, and give her daytime feeds and medicines",
                 "Leanne Shaw (maternal aunt)"] + _months(*ALL_MONTHS),
            ],
        }),
        ("h1", "Part 4. If things go wrong"),
        ("bullets", [
            "If anyone finds a new pressure sore, a mark they cannot explain, or the gastrostomy site infected "
            "again, or the turning chart is blank for a night: they tell Beth the same day, Beth and Hannah "
            "Fleetwood visit that day, and Maisie stays in the Bramble House emergency bed until a strategy "
            "discussion, held the same day, agrees that she is safe at home.",
            "If Kerry is found drunk while she is caring for Maisie, or Jayden is seen lifting her: Beth holds a "
            "strategy discussion the same day, and Maisie goes to Leanne's house or the Bramble House "
            "emergency bed that night.",
            "If Leanne cannot have Maisie on her Saturday, or stops helping: Beth books a Wistonmoor Carers' Link "
            "sitter for that Saturday, and Bramble House gives Maisie a Saturday day place from the following "
            "week.",
            "If Maisie's sores have not healed or her weight has not risen by the core group on 16/12/2025, or "
            "Martin Keogh's report says Kerry has not cut down, Beth will ask Colin Mace for a legal planning "
            "meeting within five working days.",
        ]),
        ("h1", "Part 5. Meetings"),
        ("bullets", [
            "Core group, Tuesdays at 3.45pm at Hazelgrove School: 28/10/2025, 25/11/2025 and 16/12/2025. "
            "Maisie's latest eye-gaze session is the first item each time.",
            "Review child protection conference: Tuesday 13/01/2026, 10am, Wistonmoor County Hall.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Initial conference plan for a 14-year-old being criminally exploited
#    and his 8-year-old sister; mother with bipolar disorder off her
#    lithium. Markdown: actions numbered 1 to 14 in three stages, the first
#    timed in its heading by October half term, the second by a sentence in
#    a paragraph that also records a request from the mother, the third
#    every week or at every contact; measures in a separate numbered list.
#    Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b116_wenthrop_half_term_stages_numbered_measures_list_castellano.md",
    "split": "heldout",
    "actions": 14,
    "template": "icpc-markdown-plan-details-table-why-worried-what-kai-and-lola-say-outcomes-then-actions-numbered-1-to-14-in-three-stage-headings-before-half-term-until-end-of-autumn-term-set-in-a-paragraph-every-week-or-each-contact-then-how-we-will-know-list-by-action-number-contingency-meetings",
    "description": (
        "Exemplary initial conference plan for a 14-year-old boy found with cash and two phones in "
        "another town and missing four times, and his 8-year-old sister, whose mother has "
        "bipolar disorder and stopped her lithium; Lola was left alone overnight once. Markdown: "
        "fourteen actions, each a sentence naming who does it, are numbered across three stages. "
        "The first stage's deadline is in its heading (before October half term); the second "
        "stage's is given in the paragraph after its list, which also records the mother's request "
        "about visits; the third stage runs every week or at every contact until the review. No "
        "action states its own measure: a 'How we will know it is working' list gives one for "
        "every action by number. Both children's own words are recorded. The psychiatrist and "
        "care coordinator assess change, the father's Sundays have a fallback, legal planning "
        "follows named triggers, core group and review dates are set."
    ),
    "text": """\
# Child Protection Plan: Kai and Lola Castellano

**Wenthrop Borough Council — Children's Social Care — Adolescent Safeguarding Team**

| | |
|---|---|
| Children | Kai Castellano, 14 (DOB 02/03/2011), Year 10, Ridgeway Academy; Lola Castellano, 8 (DOB 19/07/2017), Year 4, St Anselm's Primary |
| Address | 27 Harrier Way, Wenthrop WN3 5BQ |
| Mother | Rosa Castellano (39) |
| Father | Daniel Pryce (41), 8 Glebe Cottages, Wenthrop; the children see him on Sundays |
| Maternal aunt | Elena Castellano (36), 15 Quayside Court, Wenthrop |
| Category | Neglect (both children) |
| Conference | Initial child protection conference, Thursday 09/10/2025. Chair: Imogen Swales (IRO) |
| Social worker | Callum Reid, Adolescent Safeguarding Team (team manager: Priya Desai) |

## Why we are worried

On 16/09/2025 British Transport Police found Kai at Stallbridge station, forty miles from home, with £400 in cash,
two phones and no ticket. He has been missing overnight four times since July. Twice he was seen getting into a car
driven by one of two men, both known to Wenthrop Police for supplying drugs. Kai has told his school that he "owes
money".

Rosa has bipolar disorder. She stopped taking her lithium in July, and in August and September she was hardly
sleeping, spending money she did not have and out of the house at night. On 12/09/2025 Lola, who is 8, was left
alone in the house overnight and went to school the next morning without breakfast. Lola has missed nine school days
this term. Rosa restarted her lithium on 30/09/2025 and has been allocated a care coordinator at Wenthrop Community
Mental Health Team.

What is going well: Rosa and Daniel both came to the conference and agreed to the plan. Daniel has had both children
every Sunday since the summer and Lola goes to him after school on Tuesdays. Kai likes his head of year, Ms Frost,
and has asked to do the motor vehicle course at school. Elena has said Lola can stay with her whenever she is needed.

## What Kai and Lola say

**Kai** (seen on his own at Ridgeway Academy, 06/10/2025): "I'm not being groomed, I know them. But I owe them for the
phone that got taken, so I have to do a few runs. If I stop they'll come round the house." He said the worst thing
is "Mum being up all night and shouting and then crying", and the best thing is "Sundays at Dad's, because it's
normal". He wants to "do the car course and get a job in a garage". He gave home 4 out of 10 and said it would be a 7
"if Mum took her tablets and nobody knew where I live".

**Lola** (seen on her own at St Anselm's, 07/10/2025): "Mummy was singing all night and she didn't go to bed and
then she went out. I made my own breakfast, cereal with no milk." She drew her house with Kai's window dark and said
"Kai's not there a lot." She said she feels safe at Daddy's and at Auntie Elena's, and wants Mummy "to be normal
Mummy again".

## What we want for Kai and Lola

1. Kai is at home every night, is no longer carrying drugs or money for anyone, and knows what to do if he is asked
   to.
2. Kai is at school every day on a timetable he has helped to choose.
3. Lola is looked after every night by an adult who is well, and is at school every day, on time, having eaten.
4. Both children live with a mum whose mood is steady enough to know where they are and to keep to a routine.

## The plan

Each action has a number. The measure for each action is not written here: it is in the list under **How we will
know it is working**, which uses the same numbers.

### Stage 1 — before October half term (all by Friday 24/10/2025)

1. Callum Reid (SW) will make a written safety plan with Kai: who he can ring, where he can go and what to say if he
   is asked to carry anything, with the numbers on a card he keeps in his phone case.
2. PC Sara Whitlam (Wenthrop Police, Exploitation Team) will serve child abduction warning notices on the two men
   who have been collecting Kai, and give their car registrations to Ridgeway Academy and to Callum.
3. Dr Owen Marsh (consultant psychiatrist, Wenthrop Community Mental Health Team, East) will see Rosa, check her
   lithium level, and assess whether she can keep Kai and Lola safe while her mood settles, what help she needs and
   how long change is likely to take.
4. Mr Ali Hassan (DSL, Ridgeway Academy) will agree a new timetable with Kai that includes the motor vehicle course,
   with Ms Frost as the key adult he meets at the start of each day.
5. Callum Reid will refer Kai to Wenthrop Reach, the specialist youth work project for young people who are being
   exploited.

### Stage 2 — after half term

6. Jess Lunn (youth worker, Wenthrop Reach) will see Kai once a week, in places he chooses, for work on
   exploitation, debt and how he can get out of it.
7. Zoe Tatlow (care coordinator, Wenthrop Community Mental Health Team, East) will see Rosa every Wednesday and
   write before each core group whether Rosa's mood is steady enough to care for Kai and Lola, what still has to
   change and how long it is likely to take.
8. Rosa will take her lithium every day and go to her blood tests at Harrier Way Surgery every four weeks, so that she
   is well enough to get Lola to school and to know where Kai is at night.
9. Callum Reid will hold a family network meeting with Rosa, Daniel and Elena and write down who looks after Lola,
   and who Kai stays with, if Rosa becomes unwell again.

Rosa asked that nobody visits on Wednesday mornings, when she sees her care coordinator, and everyone agreed. All
four actions in this stage are to be started after the half-term week and finished, or running, by the last day of
the autumn term, Friday 19/12/2025; actions 6 and 7 then carry on every week until the review conference.

### Stage 3 — every week, or at every contact, until the review conference on 08/01/2026

10. Callum Reid will see Kai and Lola every week, each of them on their own at least every other week, at home or at
    school.
11. Mrs Gemma Price (DSL, St Anselm's Primary) will check every morning that Lola is in school and has eaten, and
    phone Callum the same day about any absence or worry.
12. Rosa, or Daniel when the children are with him, will report Kai missing to Wenthrop Police by 10pm on any night
    he is not home and cannot be reached.
13. Jess Lunn (Wenthrop Reach) will offer Kai a return home conversation within 72 hours of every missing episode.
14. Daniel Pryce (Dad) will have Kai and Lola every Sunday from 10am to 6pm, and Lola after school every Tuesday.

## How we will know it is working

- **1:** The safety plan is on Kai's file by 24/10/2025, signed by Kai, and he can show Callum the card at the next
  visit.
- **2:** PC Whitlam's confirmation that both notices were served is on file by 24/10/2025; any sighting of either car
  is logged by the school and passed to the police the same day.
- **3:** Dr Marsh's written assessment is on file by 24/10/2025 and is read at the core group on 20/11/2025.
- **4:** The new timetable is in place from 03/11/2025; the register shows Kai's attendance above 90% by the end of
  the autumn term.
- **5:** Wenthrop Reach's acceptance letter and the date of Kai's first session are on file by 24/10/2025.
- **6:** Jess's session notes go to Callum each week; Kai tells Callum, seen on his own, who he owes and whether the
  debt is still being held over him.
- **7:** Zoe's written update is on file before each core group.
- **8:** The surgery confirms each four-weekly blood test, with lithium in range, and Zoe's update says whether Rosa
  has missed any dose.
- **9:** The written network plan is sent to every core group member by 19/12/2025.
- **10:** Callum's visit records show both children seen every week and each seen alone at least every other week,
  with their words written down.
- **11:** Mrs Price's weekly attendance sheet to Callum shows Lola in school and fed; every same-day call is logged on
  CPOMS.
- **12:** The police missing-person log shows every episode reported by 10pm, and Callum checks it against what school
  and Kai tell him.
- **13:** A return home conversation record is on file within 72 hours of every missing episode.
- **14:** Daniel texts Callum each Sunday evening to say the children were with him; Lola tells Callum at his visits
  whether the Sundays and Tuesdays happened.

## If things go wrong

- **If Kai goes missing overnight, is found outside Wenthrop, or is found with drugs, a weapon or money he cannot
  explain:** police search and return him, Callum (or the emergency duty team) holds a strategy discussion the same
  day, and Kai stays at Daniel's, or with an emergency foster carer outside Wenthrop if the strategy discussion
  decides home is not safe, until a safety plan is agreed.
- **If Rosa stops her lithium, goes two nights without sleep, or leaves Lola on her own:** Lola goes to Daniel's that
  day, and Zoe Tatlow asks the crisis team to see Rosa the same day.
- **If Daniel cannot have the children** (work, illness, or he says he can no longer help): Lola goes to Elena at 15
  Quayside Court; if neither of them can have her, Callum arranges a foster placement for Lola that day.
- **If progress is not made:** if Kai goes missing three more times before the review, or Dr Marsh's assessment says
  Rosa cannot keep the children safe within their timescale, Callum will ask Priya Desai for a legal planning meeting
  within five working days.

## Core group and review

- Core group every four weeks, Thursdays at 4pm, Ridgeway Academy: 23/10/2025, 20/11/2025 and 18/12/2025.
- Review child protection conference: Thursday 08/01/2026, 10am, Wenthrop Civic Offices.
- Callum will bring what Kai and Lola have said since the last meeting to every core group.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Initial conference plan for a three-year-old with severe asthma and
#    eczema (two admissions, one to intensive care) and a baby brother;
#    mother's depression, father's weekend drinking and smoking indoors.
#    Plain text: a twelve-week grid, one line of X marks per action in the
#    week columns, then a "what we will see" list by reference. Exemplary
#    (txt)
# ---------------------------------------------------------------------------
def _text_grid(rows, action_w=44, lead_w=24, weeks=12):
    """A fixed-width grid: REF, ACTION and LEAD wrap over several lines; the
    X marks for the week columns are on each row's first line."""
    import textwrap

    head = f"{'REF':<4} {'ACTION':<{action_w}} {'LEAD':<{lead_w}} " + " ".join(
        f"{w:>2}" for w in range(1, weeks + 1))
    rule = "-" * len(head)
    out = [head, rule]
    for ref, action, lead, marks in rows:
        a = textwrap.wrap(action, action_w)
        b = textwrap.wrap(lead, lead_w)
        for i in range(max(len(a), len(b))):
            left = f"{ref if i == 0 else '':<4} {a[i] if i < len(a) else '':<{action_w}} " \
                   f"{b[i] if i < len(b) else '':<{lead_w}} "
            if i == 0:
                left += " ".join(f"{'X' if w in marks else '':>2}" for w in range(1, weeks + 1))
            out.append(left.rstrip())
        out.append("")
    out[-1] = rule
    return "\n".join(out)


_ALL12 = tuple(range(1, 13))

_PILKINGTON_GRID = _text_grid([
    ("A1", "Visit Ruby and Noah at home, one visit in each fortnight unannounced, and look at Ruby's "
           "inhalers, spacer and skin", "Jo Kettle, SW", _ALL12),
    ("A2", "Write Ruby a new asthma action plan, teach Lacey and Dean to use the spacer, and check how they "
           "do it", "Carol Ince, children's asthma nurse, Wemblecott Royal Infirmary", (1, 2, 6, 12)),
    ("A3", "Put Ruby's preventer inhaler and creams on repeat prescription and check the pharmacy collection "
           "record every four weeks", "Dr Neil Carrow, GP, Fold Lane Surgery", (1, 5, 9)),
    ("A4", "Give Ruby her preventer inhaler morning and night and her emollient after every bath, and tick "
           "the chart on the kitchen door each time", "Lacey Pilkington and Dean Morley (parents)", _ALL12),
    ("A5", "Weigh Noah and look at Ruby's skin every two weeks, and book Noah's missed immunisations with "
           "the practice nurse", "Amy Bradshaw, health visitor", (1, 3, 5, 7, 9, 11)),
    ("A6", "Smoke only outside with the door shut, never in the house or the car, and have a carbon "
           "monoxide breath test each week", "Dean Morley (Dad), with Wemblecott Stop Smoking Service",
     _ALL12),
    ("A7", "Assess Dean's drinking, see him for key-work each week, and report before each core group on "
           "whether he has cut down, what still has to change for Ruby and Noah, and how long it is likely "
           "to take", "Rob Tennant, recovery worker, Wemblecott Alcohol Team", tuple(range(2, 13))),
    ("A8", "Assess Lacey's depression, give her eight sessions of CBT, and report before each core group on "
           "whether her mood lets her keep Ruby's treatment going, what still has to change and how long "
           "that is likely to take", "Priya Mann, high intensity therapist, Wemblecott Talking Therapies "
           "(adult mental health)", tuple(range(2, 11))),
    ("A9", "Put on Ruby's lunchtime cream, write down her breathing and skin at every session, and ring the "
           "SW the same day if she needs her reliever more than twice", "Sadie Noon, manager, Little Wrens "
           "Nursery", (1, 2, 3, 4, 5, 6, 9, 10, 11, 12)),
    ("A10", "Have Ruby and Noah every Saturday, 10am to 5pm, give Ruby her inhaler and cream and tick the "
            "chart", "Jean Pilkington (maternal grandmother)", _ALL12),
    ("A11", "See Ruby in the children's asthma clinic and decide whether her treatment needs to be stepped "
            "up", "Dr Hana Kovac, consultant paediatrician, Wemblecott Royal Infirmary", (6,)),
    ("A12", "Play sessions with Ruby at nursery, with puppets and feelings faces, to hear what home is like "
            "for her", "Jo Kettle, SW", (2, 5, 9, 12)),
    ("A13", "Hold a family network meeting to agree who has the children if Lacey or Dean cannot look after "
            "them, and who checks the chart at weekends", "Jo Kettle, SW", (2,)),
])

PLANS.append({
    "name": "b116_wemblecott_twelve_week_text_grid_x_refs_see_list_pilkington.txt",
    "split": "heldout",
    "actions": 13,
    "template": "icpc-plain-text-plan-caps-headings-dot-leader-details-why-what-ruby-and-noah-show-us-outcomes-then-twelve-week-fixed-width-grid-ref-action-lead-week-columns-x-marks-wrapped-cells-with-week-key-then-what-we-will-see-list-by-ref-contingency-meetings",
    "description": (
        "Exemplary initial conference plan for a 3-year-old with severe asthma and eczema, admitted "
        "twice (once to intensive care) after her preventer inhaler went uncollected for four "
        "months, and her 5-month-old brother; the mother has depression and the father drinks "
        "heavily at weekends and smoked indoors. Plain text: the actions are rows of a "
        "fixed-width twelve-week grid, their wording and lead wrapping over several lines, with "
        "an X in each week the action happens and a week key giving the dates; a separate 'What "
        "we will see' list gives the measure for every reference A1 to A13. The 3-year-old's "
        "words and what adults saw of both children are recorded. The alcohol team and the "
        "talking therapist report on change, the GP owns an action, the grandmother's Saturdays "
        "have a fallback, legal planning follows named triggers, core group and review dates are "
        "set."
    ),
    "text": """\
WEMBLECOTT METROPOLITAN BOROUGH COUNCIL - CHILDREN AND FAMILIES SERVICE
CHILD PROTECTION PLAN
Initial child protection conference: Monday 03/11/2025

DETAILS
Children ............ Ruby Morley, born 14/06/2022 (3); Noah Morley, born 30/05/2025 (5 months)
Address ............. 62 Nettle Bank, Wemblecott WB7 4JR
Mother .............. Lacey Pilkington (24)
Father .............. Dean Morley (29), lives with Lacey and the children
Maternal grandmother  Jean Pilkington (52), 9 Canal Side, Wemblecott
Category ............ Neglect (both children)
Chair ............... Graham Otley (IRO)
Social worker ....... Jo Kettle, Safeguarding Team North (team manager: Sarah Quinlan)

WHY RUBY AND NOAH HAVE A PLAN
Ruby has severe asthma and eczema. She was admitted to Wemblecott Royal Infirmary on 09/08/2025 and again on
27/09/2025, the second time to the children's intensive care unit. The pharmacy record shows that her preventer
inhaler was not collected between April and August, and the ward found that nobody at home knew how to use her
spacer. Her eczema was infected on both admissions. Dean smoked in the living room and the car until the second
admission. Noah has missed his 8-week and 12-week immunisations.

Lacey has depression. She told the conference that some days she cannot get out of bed until Dean comes home, and
that she "forgot the inhaler because everything was too much". Dean drinks heavily from Friday night to Sunday and
has twice been too drunk to take Ruby to hospital when she was wheezing; Jean took her instead. Lacey's GP has
referred her to Wemblecott Talking Therapies, and Dean went to the Wemblecott Alcohol Team drop-in on 28/10/2025.

Going well: both parents have come to every meeting. Ruby's nursery, Little Wrens, say she is a bright, chatty girl
who loves the home corner. Jean has the children every Saturday and has not missed one since the summer. Dean has
smoked only outside since the end of September.

WHAT RUBY AND NOAH SHOW US
Ruby, seen at nursery on 29/10/2025 with puppets, said: "My chest goes tight and I can't breathe and Mummy cries."
When the social worker asked the puppet what makes Ruby happy she said "bubbles at Nana's" and "my purple puffer".
She showed how she scratches her arms "when the itchy comes". Nursery staff say she coughs most mornings and
scratches until her arms bleed on the days after a weekend at home.

Noah was seen at home on 30/10/2025. He was clean, smiled at Lacey and babbled when she talked to him, and reached
for Ruby when she came near. He was calm while Dean held him, but both children were quiet and watchful when Dean
raised his voice on the phone.

WHAT WE WANT FOR RUBY AND NOAH
1. Ruby has every dose of her preventer inhaler and her creams, and has no more hospital admissions for asthma.
2. Ruby's skin heals and she is not scratching until she bleeds.
3. Ruby and Noah live in a home and travel in a car that are free of smoke.
4. Ruby and Noah are looked after every day by an adult who is sober, well enough to notice when Ruby is wheezing,
   and able to get her help straight away.
5. Noah is up to date with his immunisations and keeps growing well.

THE PLAN: TWELVE WEEKS TO THE REVIEW CONFERENCE
How to read the grid: each row is one action. An X in a week column means the action happens in that week, and a row
with an X in every column happens every week. The measure for each action is not in the grid; it is in WHAT WE WILL
SEE below, under the same reference.

Week key (each week starts on a Monday): 1 = 10/11/2025, 2 = 17/11, 3 = 24/11, 4 = 01/12, 5 = 08/12, 6 = 15/12,
7 = 22/12, 8 = 29/12, 9 = 05/01/2026, 10 = 12/01, 11 = 19/01, 12 = 26/01. Little Wrens Nursery is closed in weeks 7
and 8.

""" + _PILKINGTON_GRID + """

WHAT WE WILL SEE
A1  A visit record for every week (twelve in all), half of them unannounced, each noting the number left on the
    inhaler's dose counter and the state of Ruby's skin.
A2  The new asthma action plan on Ruby's file and on the fridge by the end of week 1; Carol's technique checklist
    signed off for both parents in weeks 2, 6 and 12.
A3  Dr Carrow's e-mail to the SW in weeks 1, 5 and 9 showing every item on the repeat collected.
A4  The chart has two inhaler ticks for every day and a cream tick after every bath; the dose counter matches the
    chart whenever the SW or HV checks it.
A5  Noah's weight in the red book every two weeks, staying on his centile; both missed immunisations recorded by the
    end of week 5; the HV's notes on Ruby's skin sent to the SW.
A6  The Stop Smoking Service's record shows a carbon monoxide reading under 10 ppm every week, and no visitor notes
    a smell of smoke in the house or car.
A7  Rob's written report, with Dean's breath test results, on file two working days before each core group.
A8  Priya's written report on file before the core groups of 15/12/2025 and 12/01/2026.
A9  The nursery's sheet e-mailed to the SW every Friday the nursery is open, showing each reliever dose; every
    same-day call logged by the SW.
A10 Jean's Saturday ticks on the chart; Jean texts the SW each Saturday evening.
A11 The clinic letter, with any change to Ruby's treatment, sent to the GP and the SW by the end of week 7.
A12 Jo's notes and photographs of Ruby's feelings faces on file after each session and read out at the next core
    group.
A13 The written network plan sent to both parents, Jean and every core group member by the end of week 2.

IF THINGS GO WRONG
- If Ruby is wheezing and the adult with her has been drinking or cannot get her help, or the chart and the dose
  counter show two days of missed preventer doses: nursery or whoever finds it rings the SW that day; the SW visits
  the same day, Ruby and Noah go to Jean's at 9 Canal Side, and the SW holds a strategy discussion the same day.
- If Dean is drunk while he is caring for the children at any time: Lacey rings Jean, who collects the children that
  day, and the SW is told the next morning at the latest.
- If Jean cannot have the children (illness, or she can no longer help): Lacey's cousin Shona Pilkington, named at the
  network meeting, has them; if neither can, the SW arranges an emergency foster placement for Ruby and Noah that
  day.
- If Ruby is admitted to hospital again with asthma that was not treated at home, or A7 or A8 reports say by week 6
  that Dean or Lacey is not making the changes needed, the SW will ask Sarah Quinlan for a legal planning meeting
  within five working days.

MEETINGS
Core group every four weeks, Mondays at 1pm, Little Wrens Nursery: 17/11/2025, 15/12/2025 and 12/01/2026.
Review child protection conference: Tuesday 03/02/2026, 10am, Wemblecott Town Hall.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Initial conference plan, neglect, three children; mother's anxiety and
#    daily cannabis use, grandmother and aunt helping. Word plan whose
#    action table has two half-term columns with X marks instead of dates,
#    and a separate "What good looks like" list by action number. Faulty
#    (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b116_waverdene_half_term_x_columns_good_looks_like_brannock.docx",
    "doc_title": "Child Protection Plan - Keeley, Jack and Rosie Brannock",
    "split": "heldout",
    "actions": 14,
    "template": "icpc-word-plan-details-list-worries-strengths-childrens-words-outcomes-then-no-action-who-table-with-two-half-term-columns-marked-x-and-key-then-separate-what-good-looks-like-list-by-action-number-contingency-paragraph-meetings",
    "description": (
        "Initial conference plan for an 11-year-old, a 7-year-old and a 4-year-old living with "
        "their mother, who has anxiety and smokes cannabis every day; the home is dirty, the "
        "children hungry, the eldest caring for the others, and the maternal grandmother and aunt "
        "help. The action table has no date column: two half-term columns (to 24/10/2025, to the "
        "review on 09/12/2025) carry X marks, and a 'What good looks like' list gives measures by "
        "action number. Most rows are sound, and the drug service reports on change. Faults: the "
        "young carers referral has no X in either column and no time of its own; 'The network' "
        "owns the evening meals; the wellbeing service only supports the mother and its measure "
        "is that she says she feels less anxious; the measures list leaves out the parenting "
        "assessment and the dentist row; one outcome is only about the mother; the contingency "
        "names no trigger beyond 'if the plan is not working' and says nothing about the "
        "grandmother or aunt being unable to help."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Waverdene District Council · Children's Services · Family Safeguarding Team (West)"),
        ("kv", [
            ("Children", "Keeley Brannock (11), Year 7, Waverdene High School; Jack Brannock (7), Year 3, "
                         "Waverdene Park Primary; Rosie Brannock (4), Reception, Waverdene Park Primary"),
            ("Address", "19 Saddler's Walk, Waverdene WV2 8NA"),
            ("Mother", "Gemma Brannock (33)"),
            ("Fathers", "Keeley's and Jack's father, Lee Marsden, has no contact; Rosie's father, Ross Whitley, "
                        "sees her monthly"),
            ("Maternal grandmother", "Sandra Brannock (58), 4 Millrace Close, Waverdene"),
            ("Maternal aunt", "Nicola Hurst (30), 22 Lantern Lane, Waverdene"),
            ("Category", "Neglect (all three children)"),
            ("Conference", "Initial child protection conference, Tuesday 16/09/2025. Chair: Peter Ambrose (IRO)"),
            ("Social worker", "Sam Ridley, Family Safeguarding Team (team manager: Louise Karim)"),
        ]),
        ("h1", "What we are worried about"),
        ("p", "When the social worker visited on 28/08/2025 there was dog mess on the kitchen floor, no food in "
              "the fridge and the children's beds had no sheets. Keeley was making toast for Jack and Rosie at "
              "4pm; none of them had eaten since breakfast club. Jack's attendance last year was 78%, and Rosie "
              "has four decayed teeth and has never seen a dentist. Gemma has anxiety and panic attacks, and "
              "told the conference she smokes cannabis every day \"to keep calm\". She often sleeps until the "
              "afternoon, and Keeley gets the younger two up and to school."),
        ("h1", "What is working well"),
        ("p", "Gemma loves her children and came to the conference. Sandra takes Jack and Rosie to school on "
              "Mondays and Wednesdays. Nicola has the children every Saturday. Keeley is doing well at her new "
              "school and has joined the netball team. Gemma has been referred by her GP to the Waverdene "
              "Wellbeing Service and has booked an assessment at Horizons, the drug and alcohol service."),
        ("h1", "What the children say"),
        ("p", "Keeley (seen at school, 11/09/2025): \"I don't mind doing the little ones, someone has to. Mum's "
              "always tired. I just want her to get up sometimes and make tea.\" She gave home 5 out of 10."),
        ("p", "Jack (seen at school, 11/09/2025) said he likes Nana's because \"she does proper dinner\" and "
              "that he is \"starving\" at home in the evenings. He drew the family in the living room with Mum "
              "asleep on the settee."),
        ("p", "Rosie (seen at home, 12/09/2025) showed the social worker her sore tooth, and said her favourite "
              "thing is \"sleepovers at Auntie Nic's\"."),
        ("h1", "What we want to change"),
        ("numbers", [
            "Keeley, Jack and Rosie have a cooked meal every evening and clean beds to sleep in.",
            "Jack and Rosie are at school every day and on time, with attendance above 95% by the review.",
            "Keeley no longer has to look after her brother and sister, and has time for netball and her "
            "friends.",
            "Rosie's teeth are treated and all three children see a dentist.",
            "Gemma's anxiety is under control and she no longer uses cannabis.",
        ]),
        ("h1", "The plan"),
        ("p", "There is no date column. Put an X under a half term to show when the action happens. One X: "
              "done by the end of that half term. Two X's: done in both half terms, as often as the action "
              "says. Autumn 1 runs to the half term on Friday 24/10/2025; Autumn 2 runs from 03/11/2025 to the "
              "review conference on 09/12/2025. How we will know is in the next section, by action number."),
        ("table", {
            "header": ["No.", "Action", "Who", "Autumn 1 (to 24/10/2025)", "Autumn 2 (to 09/12/2025)"],
            "widths": [1.0, 7.6, 4.0, 2.2, 2.2],
            "rows": [
                ["1", "Visit the children at home every week and see each child on their own at least every "
                      "other week", "Sam Ridley, SW", "X", "X"],
                ["2", "Check Rosie's development and speech, and refer her for a speech and language "
                      "assessment", "Claire Moss, health visitor", "X", ""],
                ["3", "Check Jack's and Rosie's attendance each morning, offer both a place at breakfast club, "
                      "and ring the SW the same day if either is absent", "Mr Ben Osei, DSL, Waverdene Park "
                      "Primary", "X", "X"],
                ["4", "Weekly check-in for Keeley with her learning mentor about home and her caring jobs",
                 "Mrs Ruth Gale, DSL, Waverdene High School", "X", "X"],
                ["5", "Get the children up and to school on time every day", "Gemma Brannock (Mum)", "X", "X"],
                ["6", "Assess Gemma's cannabis use, see her for key-work every week with a urine test each "
                      "month, and report before each core group on whether she has cut down and what it means "
                      "for Keeley, Jack and Rosie", "Aaron Bell, recovery worker, Horizons drug and alcohol "
                      "service", "X", "X"],
                ["7", "Weekly sessions with Gemma to support her with her anxiety and panic attacks",
                 "Waverdene Wellbeing Service (adult talking therapies)", "X", "X"],
                ["8", "Complete a parenting assessment of Gemma", "Sam Ridley, SW", "X", ""],
                ["9", "Draw up a cleaning rota and a weekly shopping and meal plan with Gemma, so the children "
                      "have clean beds and a cooked tea", "Dawn Peel, family support worker", "X", "X"],
                ["10", "Make sure the children have a cooked tea every evening and are in bed by 8pm on school "
                       "nights", "The network", "X", "X"],
                ["11", "Take Jack and Rosie to school every Monday and Wednesday morning",
                 "Sandra Brannock (maternal grandmother)", "X", "X"],
                ["12", "Refer Keeley to Waverdene Young Carers so she has a break and someone to talk to",
                 "Sam Ridley, SW", "", ""],
                ["13", "Book dental appointments for all three children and take Rosie to have her teeth "
                       "treated", "Gemma Brannock (Mum)", "X", ""],
                ["14", "Have Keeley, Jack and Rosie for a sleepover every Saturday night",
                 "Nicola Hurst (maternal aunt)", "X", "X"],
            ],
        }),
        ("h1", "What good looks like"),
        ("p", "By action number. Sam will bring this list to each core group."),
        ("bullets", [
            "1 – Visit records show all three children seen every week and each seen alone at least every other "
            "week, with what they said written down.",
            "2 – The health visitor's developmental check is on file, and the speech and language referral is "
            "accepted, by 24/10/2025.",
            "3 – School sends the SW an attendance sheet every Friday; Jack and Rosie above 95%.",
            "4 – The learning mentor's notes go to the SW every two weeks.",
            "5 – The school registers show no late marks for Jack and Rosie on the days Gemma takes them.",
            "6 – Aaron Bell's written report, with the test results, is on file before each core group.",
            "7 – Gemma says she feels less anxious.",
            "9 – The rota and meal plan are on the kitchen wall; the SW sees clean sheets on all three beds and "
            "food in the fridge at each visit.",
            "10 – A tea diary on the fridge, filled in every evening, which the SW reads at each visit.",
            "11 – The school register shows Jack and Rosie in on time every Monday and Wednesday.",
            "12 – The Young Carers acceptance letter and the date of Keeley's first session are on file.",
            "14 – Nicola texts the SW every Sunday morning; Rosie and Jack tell the SW about the weekend.",
        ]),
        ("h1", "Contingency"),
        ("p", "If the plan is not working, or things at home get worse, Sam will talk to Louise Karim and ask for "
              "a legal planning meeting, and the children may have to stay with family for a while."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 9.30am, Waverdene Park Primary: 30/09/2025, 28/10/2025 and "
            "25/11/2025.",
            "Review child protection conference: Tuesday 09/12/2025, 2pm, Waverdene Council Offices.",
        ]),
    ],
    "findings": [
        F("H001", "Weekly sessions with Gemma to support her with her anxiety"),
        F("M002", "Weekly sessions with Gemma to support her with her anxiety"),
        F("M001", "Complete a parenting assessment of Gemma"),
        F("W002", "Make sure the children have a cooked tea every evening"),
        F("T001", "Refer Keeley to Waverdene Young Carers so she has"),
        F("M001", "Book dental appointments for all three children"),
        F("F002", "Gemma's anxiety is under control and she no longer uses cannabis."),
        F("C002"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Initial conference plan for a four-month-old with reflux and a cow's
#    milk allergy on a special feed, whose weight has fallen; mother with
#    postnatal depression and anxiety, debts and a damp flat. Markdown:
#    outcomes each name the actions that serve them and carry a "we'll know"
#    check; actions in week stages, the last stage with no time at all. The
#    plan is built round the mother's own needs. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b116_wittlesmere_feeding_plan_week_stages_mums_needs_tranter.md",
    "split": "heldout",
    "actions": 10,
    "template": "icpc-markdown-plan-baby-feeding-details-lines-why-worried-outcomes-each-listing-action-numbers-with-well-know-check-then-actions-in-week-stages-weeks-1-4-weeks-5-8-and-looking-ahead-with-no-time-contingency-meetings",
    "description": (
        "Initial conference plan for a 4-month-old with reflux and a cow's milk protein allergy "
        "on a prescribed hypoallergenic feed and omeprazole, whose weight has dropped to the "
        "0.4th centile; her mother has postnatal depression and anxiety, debts and a damp flat. "
        "Markdown: each outcome lists the numbers of the actions that serve it and a 'we'll know' "
        "check; the actions sit in week stages whose headings give the dates, except a last "
        "'Looking further ahead' stage with no time. The baby's rows (weighing, medicine, the "
        "dietitian, the SW's visits) are sound. Faults: six of the ten actions are about the "
        "mother's own needs with no link to the baby; two outcomes are only about the mother, and "
        "one check is only that she will tell us she feels better, which is all the measure the "
        "perinatal nurse's support visits, the mums' group and the college idea have; the "
        "perinatal nurse only supports; the housing bid has no time and going back to college "
        "waits until she feels ready; nothing records the baby's own day."
    ),
    "text": """\
# Child Protection Plan

**Wittlesmere City Council** · Children's Services · Early Help and Safeguarding Team 3

- **Baby:** Harper Tranter, born 02/07/2025 (4 months)
- **Mother:** Jade Tranter (22), Flat 4, 18 Orchard Row, Wittlesmere WT5 2GL
- **Father:** Liam Cope (25); not living with Jade and not involved at present
- **Category:** Neglect
- **Initial child protection conference:** Thursday 30/10/2025 (chair: Moira Fenwick-Hale, IRO)
- **Social worker:** Lauren Pike (team manager: Asif Rana)

## Why we are worried

Harper was born at full term weighing 3.2kg (50th centile). She has reflux and a cow's milk protein allergy and was
prescribed a hypoallergenic formula and omeprazole in August. By 20/10/2025 her weight had dropped to the 0.4th
centile. The health visitor found that Jade had run out of the prescribed formula twice and had been giving Harper
ordinary formula from the corner shop, and that Harper's omeprazole had not been given for about a week. Harper
missed two weighs at the baby clinic in September.

Jade has postnatal depression and anxiety. She told the conference that she has no one to talk to since she moved to
Wittlesmere, that she owes £1,900 in rent and gas arrears, and that the flat is damp and cold. Her mum lives in
Cornwall. Jade says she sometimes does not get dressed all day and feels she is "failing at everything".

## What we want, and how we'll know

1. **Harper gets the right amount of her special milk and gains weight** (actions 2 and 6). *We'll know:* by the end
   of week 8 (26/12/2025) Harper's weight will be back on the 2nd centile or above on the dietitian's growth chart,
   with a higher weight at every weigh.
2. **Harper has her omeprazole every day and is never without her prescribed formula** (actions 3 and 8). *We'll
   know:* the HV and the SW see at least three days' supply of formula and a full medicine chart at every visit.
3. **Jade feels more confident and less anxious as a mum** (actions 1, 4 and 10). *We'll know:* Jade will tell us
   she feels better.
4. **Jade has a warm, dry flat and her debts are under control** (actions 5, 7 and 9). *We'll know:* the landlord's
   repair date and a signed repayment plan for the arrears are on file, and Jade has moved by the review if the
   flat cannot be repaired.

## The plan

### Weeks 1 to 4 (03/11/2025 to 28/11/2025)

1. Sophie Ward (perinatal mental health nurse, Wittlesmere Perinatal Mental Health Team) will visit Jade at home once a
   week to support her with her low mood and anxiety.
2. Karen Fisher (health visitor) will weigh Harper at home every week and plot her weight on the growth chart.
3. Dr Tom Greaves (GP, Orchard Row Medical Practice) will put Harper's formula and omeprazole on repeat prescription
   by 07/11/2025, with a dose chart for the fridge.
4. Jade will go to the Wittlesmere Mums Together group at Lantern Street Family Hub every Thursday.
5. Becky Hall (family support worker) will help Jade apply to the Household Support Fund and ask the housing
   association for a damp inspection by 21/11/2025.

### Weeks 5 to 8 (01/12/2025 to 26/12/2025)

6. Ellie Nunn (paediatric dietitian) will see Harper at the Lantern Street clinic every two weeks and change her feed
   plan if she is not gaining weight.
7. Jade will go to the four-week money and budgeting course at Wittlesmere Credit Union, every Tuesday from 02/12/2025.
8. Lauren Pike (SW) will visit every week, at least one visit in three unannounced, and check the formula supply and
   the medicine chart.

### Looking further ahead

9. Becky Hall will help Jade bid for a two-bedroom flat through Wittlesmere HomeChoice.
10. Jade will look into going back to college part-time when she feels ready.

## If things go wrong

If Harper loses weight at two weighs in a row, misses a weigh, or is found without her prescribed formula, Lauren
will visit the same day and Karen will arrange for Harper to be seen by the paediatrician at Wittlesmere General
Hospital that day. If Jade tells anyone she has thoughts of harming herself or Harper, Lauren will hold a strategy
discussion the same day, the perinatal crisis team will be asked to see Jade that day, and Harper will be cared for
by an emergency foster carer until it is safe for her to go home. If Harper is not back on the 2nd centile by the
end of week 8, Lauren will request a legal planning meeting with Asif Rana within five working days.

## Meetings

- Core group every four weeks, Thursdays at 11am, Lantern Street Family Hub: 13/11/2025, 11/12/2025 and 08/01/2026.
- Review child protection conference: Thursday 22/01/2026, 2pm, Wittlesmere Civic Centre.
""",
    "findings": [
        F("F001"),
        F("F002", "Jade feels more confident and less anxious as a mum"),
        F("F002", "Jade has a warm, dry flat and her debts are under control"),
        F("F003"),
        F("H001", "will visit Jade at home once a week to support her"),
        F("M002", "will visit Jade at home once a week to support her"),
        F("M002", "Jade will go to the Wittlesmere Mums Together group"),
        F("T001", "Becky Hall will help Jade bid for a two-bedroom flat"),
        F("T002", "Jade will look into going back to college part-time"),
        F("M002", "Jade will look into going back to college part-time"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Minutes of the second core group, domestic abuse: a 13-year-old who
#    self-harms and a 5-year-old; father left after an assault and has a
#    non-molestation order against him; the family is moving to another
#    council area. Action log with reference codes 1.x (carried forward,
#    C/F) and 2.x (new), one closed row kept; the measures are in a
#    separate "Checks" part keyed by the same codes. Page header and
#    footer. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b116_wychbarrow_core_group_minutes_cf_new_log_checks_by_code_delacroix.pdf",
    "doc_title": "Core Group Minutes - Ava and Leo Delacroix - 18/11/2025",
    "split": "heldout",
    "actions": 11,
    "template": "core-group-minutes-printed-to-pdf-page-header-footer-details-list-numbered-minute-sections-updates-childrens-views-outcomes-then-action-log-table-code-1-x-carried-forward-2-x-new-c-f-and-new-markers-closed-row-kept-then-separate-checks-part-by-code-contingency-next-meetings",
    "description": (
        "Minutes of the second core group for a 13-year-old who self-harms and a 5-year-old, "
        "after their father assaulted their mother and left; he has a non-molestation order "
        "against him and supervised contact with the younger child, and the family has been "
        "offered a house in a neighbouring council area. A Word document printed to PDF with a "
        "page header and footer. The action log codes carried-forward actions 1.x and new ones "
        "2.x, with a C/F or NEW marker and a closed Sanctuary row kept (not counted); the "
        "measures are in a separate 'Checks' part keyed by code. Most rows are sound, including "
        "the alcohol service's report on change, the IDVA and the contact centre. Faults: the "
        "parenting assessment and the school counsellor's sessions have no check; the talking "
        "therapies row only supports the mother and its check is her engagement; the CAMHS "
        "referral is left for the new council to make once the case has transferred; the dentist "
        "is 'ASAP'; 'All agencies' own the same-day sightings row; one outcome is only about the "
        "mother; the review conference date is to be confirmed."
    ),
    "header": "OFFICIAL-SENSITIVE – Wychbarrow Borough Council – Children's Social Care",
    "footer": "Delacroix – core group 2 minutes, 18/11/2025 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Core Group Meeting 2: Minutes and Action Log"),
        ("kv", [
            ("Children", "Ava Delacroix (13), DOB 04/02/2012, Year 9, Wychbarrow Academy; Leo Delacroix (5), "
                         "DOB 27/06/2020, Reception, Fernside Infant School"),
            ("Address", "Address withheld (refuge-style Sanctuary scheme property), Wychbarrow"),
            ("Mother", "Simone Delacroix (36)"),
            ("Father", "Craig Hollins (40), now living in Wychbarrow town centre; non-molestation order in "
                       "force until 09/01/2026"),
            ("Category", "Emotional abuse (both children)"),
            ("Plan made", "Initial child protection conference, 07/10/2025. Chair: Nasreen Qadir (IRO)"),
            ("Meeting", "Core group 2, Tuesday 18/11/2025, 3.30pm, Fernside Infant School"),
            ("Chair", "Hannah Birch, social worker (team manager: Gareth Lowe)"),
            ("Present", "Simone Delacroix (Mum); Hannah Birch (SW); Mrs Laura Keane (DSL, Wychbarrow Academy); "
                        "Mr Tom Ibbotson (DSL, Fernside Infant School); Kerry Vance (IDVA, Wychbarrow Domestic "
                        "Abuse Service); Darren Platt (recovery worker, Wychbarrow Recovery Service); Jodie Fenn "
                        "(school counsellor, Wychbarrow Academy)"),
            ("Apologies", "Rachel Oyelaran (therapist, Wychbarrow Talking Therapies); Jan Ruddock (Wychbarrow "
                          "Contact Centre)"),
            ("Minutes", "Alan Whitby, business support"),
        ]),
        ("h1", "1. Updates since core group 1 (21/10/2025)"),
        ("p", "Simone: she has been offered a three-bedroom house in Haddleton, near her sister Marie, and hopes "
              "to move in January. She has been to four of the six counselling sessions offered; she missed two "
              "because Leo was ill. She has not seen Craig since July but gets messages from his friends."),
        ("p", "Wychbarrow Academy: Ava's attendance is 91% this half term. On 06/11/2025 a teacher saw fresh "
              "cuts on her forearm; Ava was seen by the school nurse the same day and the SW was told. Ava has "
              "started seeing Jodie Fenn, the school counsellor, and has asked to keep doing so."),
        ("p", "Fernside Infant School: Leo is settled, with 97% attendance. He has had two tearful mornings after "
              "contact weekends and told his teacher that \"Daddy was sad\"."),
        ("p", "IDVA: the non-molestation order runs out on 09/01/2026. Kerry is helping Simone to apply for it to "
              "be extended."),
        ("p", "Wychbarrow Recovery Service: Craig has been to five of six key-work sessions. His breath tests "
              "have been clear since 20/10/2025. Darren's written report was circulated before the meeting."),
        ("p", "Contact centre (written update): both supervised contacts between Craig and Leo went ahead. Craig "
              "arrived on time and sober and played with Leo for the whole session."),
        ("p", "Hannah explained that the case will transfer to Haddleton Borough Council once the family moves. "
              "Until Haddleton hold their transfer-in conference, Wychbarrow remains responsible for the plan."),
        ("h1", "2. The children's views"),
        ("p", "Ava (seen on her own at school, 13/11/2025): \"I cut when I think about that night and how loud it "
              "was. Jodie is helping. I want to move to Auntie Marie's side of Haddleton because Dad doesn't know "
              "anyone there.\" She said she does not want to see her dad yet and that she worries about Leo going "
              "to contact."),
        ("p", "Leo (seen at home, 14/11/2025) drew his mum, his sister and himself in a big house \"with a "
              "garden for football\". He said he likes seeing Daddy at \"the place with the train set\"."),
        ("h1", "3. Outcomes (from the plan agreed at conference)"),
        ("bullets", [
            "Ava and Leo live in a home where they do not see or hear violence, and their dad has no contact "
            "with them outside the contact centre.",
            "Ava stops hurting herself and has someone she trusts to talk to about what happened.",
            "Leo's contact with his dad is safe and does not leave him upset.",
            "Simone feels safe and more confident in herself.",
        ]),
        ("h1", "4. Action log"),
        ("p", "Codes 1.1 to 1.7 were agreed at the initial conference or core group 1 and are carried forward "
              "(C/F); codes 2.1 to 2.5 are new today. The checks for each code are in part 5."),
        ("table", {
            "header": ["Code", "Action", "Lead", "Due", "C/F or NEW"],
            "widths": [1.2, 6.4, 3.8, 3.2, 2.4],
            "rows": [
                ["1.1", "Visit Ava and Leo at home and see each of them on their own",
                 "Hannah Birch, SW", "Weekly until the review conference", "C/F"],
                ["1.2", "Complete a parenting assessment of Simone, including her ability to protect Ava and "
                        "Leo from Craig", "Hannah Birch, SW", "Was 18/11/2025; now 16/12/2025", "C/F"],
                ["1.3", "Weekly counselling for Simone at Wychbarrow Talking Therapies for her trauma "
                        "symptoms", "Rachel Oyelaran, therapist, Wychbarrow Talking Therapies",
                 "Weekly, six sessions to 02/12/2025", "C/F"],
                ["1.4", "Referral of Ava to CAMHS for her self-harm: deferred, to be made by Haddleton's social "
                        "worker once the case has transferred to Haddleton", "Hannah Birch, SW (to hand on)",
                 "Was 04/11/2025; now by 31/01/2026", "C/F"],
                ["1.5", "Check Ava's and Leo's attendance and how they present each day, and ring the SW the "
                        "same day about any worry", "Mrs Laura Keane (Wychbarrow Academy) and Mr Tom Ibbotson "
                        "(Fernside Infant School), DSLs", "Every school day", "C/F"],
                ["1.6", "Fit a door chain and a video doorbell under the Sanctuary scheme",
                 "PC Dean Arkwright, Wychbarrow Police DA Unit", "Done 24/10/2025 – closed", "C/F – closed"],
                ["1.7", "Register Ava and Leo with a dentist near the new house",
                 "Simone Delacroix (Mum)", "ASAP", "C/F"],
                ["2.1", "Tell the SW the same day if Craig is seen near the house or either school",
                 "All agencies", "Same day", "NEW"],
                ["2.2", "Key-work and breath tests for Craig, with a written report before each core group on "
                        "whether he has stopped drinking and what that means for contact with Leo",
                 "Darren Platt, recovery worker, Wychbarrow Recovery Service", "Fortnightly; report before "
                 "each core group", "NEW"],
                ["2.3", "Supervise Craig's contact with Leo at the contact centre",
                 "Jan Ruddock, supervisor, Wychbarrow Contact Centre", "Every other Saturday from 29/11/2025",
                 "NEW"],
                ["2.4", "Sessions with Ava about her self-harm, her safety plan and who she can tell",
                 "Jodie Fenn, school counsellor, Wychbarrow Academy", "Weekly from 24/11/2025", "NEW"],
                ["2.5", "Help Simone apply to extend the non-molestation order and update her safety plan",
                 "Kerry Vance, IDVA, Wychbarrow Domestic Abuse Service", "By 12/12/2025", "NEW"],
            ],
        }),
        ("h1", "5. Checks"),
        ("p", "How the core group will know each action has happened and is working, by code. Hannah will read "
              "these out at the next core group."),
        ("bullets", [
            "1.1 – Visit records show both children seen every week and each seen alone, with their words "
            "written down.",
            "1.3 – Simone's engagement with counselling.",
            "1.4 – Referral acceptance letter from CAMHS on file.",
            "1.5 – Weekly attendance sheets from both schools; every same-day call logged on the case file.",
            "1.7 – Both children's registration letters from the dentist on file.",
            "2.1 – Each sighting logged on the children's file and passed to the police the same day.",
            "2.2 – Darren's written report, with every breath test result, on file before each core group.",
            "2.3 – The contact centre's notes of each session sent to the SW within two working days.",
            "2.5 – The extended order, or the court's hearing date, on file by 12/12/2025; Simone's new safety "
            "plan signed.",
        ]),
        ("h1", "6. Contingency (unchanged from conference)"),
        ("p", "If Craig comes to the house, contacts Simone or the children outside the contact centre, or breaks "
              "the non-molestation order, Simone will ring 999, the police will attend, and Hannah will hold a "
              "strategy discussion the same day; Simone and the children will go to Marie's house in Haddleton "
              "or to a refuge place that night, and contact will stop until the strategy discussion decides it "
              "is safe. If Ava self-harms and needs medical treatment, she will be taken to A&E and the CAMHS "
              "crisis team will see her the same day. If Simone lets Craig back into the home, or contact takes "
              "place outside the contact centre, Hannah will request a legal planning meeting with Gareth Lowe "
              "within five working days."),
        ("h1", "7. Next meetings"),
        ("bullets", [
            "Core group 3: Tuesday 16/12/2025, 3.30pm, Fernside Infant School.",
            "Review child protection conference: date to be confirmed once the transfer is agreed with Haddleton.",
        ]),
        ("p", "Minutes circulated 20/11/2025 to everyone present and to those who sent apologies."),
    ],
    "findings": [
        F("M001", "Complete a parenting assessment of Simone, including her ability"),
        F("H001", "Weekly counselling for Simone at Wychbarrow Talking Therapies"),
        F("M002", "Weekly counselling for Simone at Wychbarrow Talking Therapies"),
        F("X001", "to be made by Haddleton's social worker once the case"),
        F("T002", "Register Ava and Leo with a dentist near"),
        F("W002", "Tell the SW the same day if Craig is seen"),
        F("M001", "her safety plan and who she can tell"),
        F("F002", "Simone feels safe and more confident in herself."),
        F("R001"),
    ],
})
