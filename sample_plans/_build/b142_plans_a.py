"""Batch 142, module a: seven fictional plans (held-out material), places beginning with "a".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md (conventions 12
and 13 in particular), without running planlint or reading its code.

Focus: plans whose timescales, measures or owners are not written beside each
action, in house styles and voices the earlier batches of this kind (113-118)
did not use. The time is given once for a group of actions: in a "When" cell
merged down beside each group of rows of a Word table, in one sentence above
a core group's action table ("Everything in the table below is to be done by
the next core group on Thursday 26/03/2026 unless the row says otherwise"),
in the heading of each part of a social worker's letter to expectant parents
("Part 1 - from now until 36 weeks"), in a caption over each agency's table
of a review plan, in banner rows inside a Markdown table, in the part
headings of a child's own "My plan", and in a month-by-month schedule grid of
a plain-text case print whose cells list task numbers. The measures are given
once for a group too: "How we'll know" cells merged down across the rows they
cover, a "What we will look for at core group 3" box keyed by action number,
a "How we will check" box after each part of the letter, an appendix of
success criteria keyed by reference, checks written under each outcome with
the action numbers in brackets, a "How we'll know the promises are working"
table keyed by promise, and an evidence list keyed by task number. Owners are
given once for a group as well: a Lead cell merged down, a caption naming the
lead for a whole table, "X will:" lead-ins over nested promises, initials
defined once in a minutes' attendance key, "I" in a letter the social worker
signs and "you" said to the named parents. The children: a baby home from a
neonatal surgical ward after gastroschisis surgery, a non-verbal autistic
7-year-old and his 12-year-old sister, an unborn baby whose parents use or
have used drugs and alcohol, a 10-year-old young carer whose mother drinks
and misuses codeine, two children living with domestic abuse and their
father's drinking, three children of a mother with depression and a father
who drinks, and a 14-year-old with cerebral palsy, epilepsy and a pressure
sore whose father drinks.

Five plans are exemplary (no findings): the Ackerwold baby's table with
merged Lead, When and "How we'll know" cells (docx), the Alvingsett letter to
expectant parents with its plan in timed parts and check boxes (pdf), the
Arnholme child's "My plan" with promise lists and a checks table (md), the
Aspenshaw domestic abuse plan with banner rows in a Markdown table and checks
under the outcomes (md), and the Asherwick case print with a month schedule
grid and evidence by task (txt). Two carry a realistic mix of faults among
mostly good rows: the Adlingmere core group minutes, whose look-for box
leaves one action out and has one vague entry, whose "Longer-term work" table
has no time, with a CPN who only supports, "Family" as a lead, an outcome for
the mother alone and no fallback for the grandparents (docx); and the
Apperdale review plan, whose appendix leaves one reference out and has one
vague entry, whose "Other support" caption gives no time, with a CPN who only
supports, "Family" as a lead, an outcome for the mother alone and a
contingency with no real trigger and no fallback for the grandmother (pdf).

Counting actions (sample_plans/README.md, "Files" and convention 1): every
live row of an action table and every numbered or bulleted action of an
action section counts once. Banner rows, captions and merged When cells that
only give a time, the look-for box, check boxes, appendix, checks under the
outcomes, promise-checks table, schedule grid and evidence list (they restate
actions by number), the outcomes, the contingency and the meeting dates are
not actions. No plan here has an action already done.

How the layouts were read: a time given once for a group (a merged When
cell, a sentence above a table, a part heading, a caption, a banner row, an
action's number in a month row of the schedule) is the timescale of each
action there unless the action gives its own; a caption or table heading with
no time gives none (T001), and an action's own "when she feels ready" or "as
soon as possible" is vague (T002). A merged Lead cell, a caption naming the
lead, an "X will:" lead-in and initials from an attendance key are owners;
"Family" is collective (W002) and counts as relying on family. A merged "How
we'll know" cell is the measure of every row it spans; a look-for line, check,
appendix criterion or outcome check counts for an action when it names the
action's number or reference, an action no entry covers and with no measure
of its own gets M001, and one whose only entry is a feeling or engagement
("Leanne's mood is better", "Donna engages well") gets M002.
"""
from build_batch5 import F, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Initial conference plan for an 11-week-old baby home from a neonatal
#    surgical ward after gastroschisis surgery; mother a care leaver with
#    postnatal depression, father smoking cannabis every day. Landscape Word
#    table whose Lead, When and "How we'll know" cells are merged down beside
#    the groups of rows they cover. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b142_ackerwold_icpc_gastroschisis_baby_merged_when_know_cells_brannigan.docx",
    "doc_title": "Initial Child Protection Plan - Rosie Brannigan",
    "split": "heldout",
    "actions": 15,
    "landscape": True,
    "font": "Calibri",
    "check_vmerge": 9,
    "template": "icpc-baby-medical-needs-word-plan-landscape-details-list-why-rosies-day-observed-parents-views-outcomes-then-one-lead-no-what-when-how-well-know-table-with-lead-when-and-know-cells-merged-down-beside-groups-of-rows-contingency-bullets-meetings",
    "description": (
        "Exemplary initial conference plan for an 11-week-old born with gastroschisis, home from "
        "a neonatal surgical ward on a special formula and readmitted dehydrated after missed "
        "feeds; her mother is a 20-year-old care leaver with postnatal depression and her father "
        "smokes cannabis every day. One landscape Word table: the When column gives each time "
        "once in a cell merged down beside its group of rows (within 10 working days, every week "
        "to the review, at every feed and sleep, two nights a week, at each surgical clinic), the "
        "Lead column is merged where one person leads consecutive rows and 'How we'll know' cells "
        "are merged where one check covers two rows. The substance misuse service and the "
        "perinatal team assess and report on change, the GP and the leaving care adviser own "
        "actions, the grandmother's nights have a fallback, legal planning follows named "
        "triggers, core group and review dates are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Ackerwold Metropolitan Borough Council · Children's Services · Safeguarding and Family Support "
              "(East Locality)"),
        ("kv", [
            ("Child", "Rosie Brannigan, born 02/12/2025 at 35 weeks (11 weeks old at the conference)"),
            ("Address", "Flat 3, Corn Mill Court, Tanner Street, Ackerwold AK2 5RT"),
            ("Mother", "Shannon Brannigan (20); care leaver, supported by Ackerwold Leaving Care Service"),
            ("Father", "Kyle Doherty (24); lives with Shannon and Rosie"),
            ("Paternal grandmother", "Maureen Doherty (52), 19 Larch Avenue, Ackerwold (a short bus ride away)"),
            ("Paternal aunt", "Jade Doherty (27), 6 Moss Row, Ackerwold"),
            ("Category", "Neglect"),
            ("Initial conference", "Tuesday 17/02/2026, Ackerwold Civic Offices. Chair: Helen Varley (IRO)"),
            ("Social worker", "Tariq Hussain (team manager: Gillian Rhodes)"),
        ]),
        ("h1", "Why Rosie has a plan"),
        ("p", "Rosie was born with gastroschisis: part of her bowel was outside her tummy. She had an operation "
              "on her first day and spent seven weeks on Harebell Ward, the neonatal surgical ward at Ackerwold "
              "Royal Children's Hospital. She came home on 22/01/2026. She needs a special hydrolysed formula "
              "every three hours, day and night, a weight check every week and her surgical clinic "
              "appointments. If she brings up green sick or her tummy swells, she needs an ambulance."),
        ("p", "On 06/02/2026 Rosie was readmitted to Harebell Ward dehydrated, having lost 240g in a week. Her "
              "feed chart was blank for most of the day before. Shannon said she had slept through; Kyle had "
              "smoked cannabis that evening and fell asleep on the sofa with Rosie on his chest. The special "
              "formula has run out twice since January because the money ran out. Shannon's GP diagnosed "
              "postnatal depression on 29/01/2026 and referred her to the perinatal mental health team; she "
              "missed her first appointment. Kyle says he smokes cannabis every day and drinks at weekends."),
        ("h1", "Rosie's day"),
        ("p", "The nurses on Harebell Ward describe a baby who feeds well when she is fed on time, who roots and "
              "sucks her fist about half an hour before a feed is due and cries hard if the feed is late. On the "
              "social worker's visit of 12/02/2026, back at home, Rosie was lying in her Moses basket beside the "
              "television; she watched Shannon's face closely while she fed, and settled when Shannon held her "
              "upright against her shoulder. Kyle changed her nappy gently but left the bottle propped on a "
              "cushion while he answered his phone. The flat smelt of cannabis and was cold; the meter had "
              "£1.20 on it."),
        ("h1", "What Shannon and Kyle say"),
        ("p", "Shannon: “I love her to bits. I just can't get up in the night. Nobody ever did it for me so I "
              "don't know what normal is.” Kyle: “I'll stop smoking in the flat. I didn't know a few hours "
              "could do that to her.” Both want Rosie to stay at home with them and agreed to the plan."),
        ("h1", "What we want for Rosie"),
        ("bullets", [
            "Rosie is fed her special formula on time at every feed, day and night, and gains weight steadily "
            "after her operation.",
            "Rosie sleeps safely, on her back in her own Moses basket, at every sleep.",
            "Rosie is looked after at all times by an adult who is sober, awake and well enough to notice when "
            "she is hungry, unwell or upset.",
            "Rosie goes to every surgical and health appointment, so that any problem with her bowel is found "
            "early.",
        ]),
        ("h1", "What will happen"),
        ("p", "Read the table across. Where a time or a check covers several actions it is written once, in a "
              "cell that runs down beside all of them, and is not repeated on each row. Where one person leads "
              "several actions in a row, their name is written once in the same way."),
        ("table", {
            "header": ["Lead", "No.", "What will happen", "When", "How we'll know"],
            "widths": [4.4, 1.0, 8.6, 4.6, 7.1],
            "rows": [
                ["Tariq Hussain, social worker (SW)", "1",
                 "Hold a family network meeting with Shannon, Kyle, Maureen and Jade and agree who does "
                 "Rosie's night feeds on the nights Maureen is not there",
                 "Within 10 working days of the conference: all by the first core group on Tuesday "
                 "03/03/2026",
                 "Written network plan, naming who does each night, sent to Shannon, Kyle and every core "
                 "group member"],
                [V, "2",
                 "Make a written agreement with Kyle that he will not smoke cannabis in the flat and will "
                 "never care for Rosie on his own after he has smoked or had a drink",
                 V,
                 "Agreement signed by Kyle and Shannon; a copy on Rosie's file and one on the fridge, seen by "
                 "the SW"],
                ["Lisa Moran, recovery worker, Ackerwold Substance Misuse Service", "3",
                 "Assess Kyle's cannabis and alcohol use, start key-work and urine screens, and write to the "
                 "core group on whether he can make the changes Rosie needs and how long that is likely "
                 "to take",
                 V,
                 "Each written assessment is on Rosie's file and is read at the first core group on "
                 "03/03/2026"],
                ["Dr Aisha Ferrier, consultant perinatal psychiatrist, Ackerwold Perinatal Mental Health Team",
                 "4",
                 "Assess Shannon's postnatal depression and her medication, and give a written view of how her "
                 "mood affects Rosie's feeds and care, her capacity to change and the likely timescale",
                 V,
                 V],
                ["Dr Ben Kaur, GP, Ferry Lane Surgery", "5",
                 "Share Shannon's and Kyle's health history, medication and any missed appointments with the "
                 "SW, so that the core group knows how their health affects Rosie's care",
                 V,
                 "GP letter on Rosie's file"],
                ["Tariq Hussain, SW", "6",
                 "Visit Rosie at home, one visit in three unannounced, and see her awake and being fed",
                 "Every week from Wednesday 18/02/2026 until the review conference on Tuesday 12/05/2026",
                 "Visit records show Rosie seen awake every week, with where she sleeps, how she is fed and how "
                 "warm the flat is written down"],
                ["Gemma Pryor, health visitor (HV)", "7",
                 "Weigh Rosie at home and plot her weight in her red book and on the surgical team's growth "
                 "chart",
                 V,
                 "Rosie's weight goes up at every weigh and is back on the 9th centile by the review; the feed "
                 "chart has no gap longer than three and a half hours when the HV checks it"],
                [V, "8",
                 "Check Rosie's feed chart on the fridge and count the tins of special formula in the flat",
                 V,
                 V],
                ["Lisa Moran, recovery worker", "9",
                 "Key-work and a urine screen with Kyle, with a written update to each core group on whether he "
                 "has stopped smoking cannabis in the flat and around Rosie",
                 V,
                 "Screen results and Lisa's written update reach the SW two working days before each core "
                 "group; screens negative from April"],
                ["Ruth Adair, community perinatal nurse, Ackerwold Perinatal Mental Health Team", "10",
                 "Visit Shannon at home, check her mood and her medication, and report to each core group on "
                 "whether she is making the changes Rosie needs and how quickly",
                 V,
                 "Ruth's written update, with Shannon's Edinburgh scale score, reaches the SW before every core "
                 "group; the score is under 13 by the review"],
                ["Joe Whitaker, personal adviser, Ackerwold Leaving Care Service", "11",
                 "Meet Shannon to plan her money so that Rosie's formula, nappies, gas and electricity are "
                 "always paid for",
                 V,
                 "Joe's budget sheet and the meter seen at each meeting; the SW sees at least a week's formula "
                 "in the flat at every visit"],
                ["Shannon Brannigan (Mum) and Kyle Doherty (Dad)", "12",
                 "Give Rosie every feed of her special formula on time (three-hourly, and at 11pm, 2am and 5am) "
                 "and write each feed on the fridge chart",
                 "At every feed and every sleep, day and night, from 17/02/2026",
                 "The HV and the SW look at the chart and at where Rosie sleeps at every visit: no gap over "
                 "three and a half hours, and Rosie on her back in her own Moses basket"],
                [V, "13",
                 "Put Rosie down to sleep on her back in her own Moses basket, never on the sofa or in an "
                 "adult's bed",
                 V,
                 V],
                ["Maureen Doherty (Kyle's mum)", "14",
                 "Stay at the flat and give Rosie her 2am and 5am feeds so that Shannon gets a long sleep",
                 "Every Tuesday and Friday night, from Friday 20/02/2026 until the review conference",
                 "Maureen fills in the feed chart for her nights; the SW checks it at the next visit"],
                ["Mr Daniel Osei, consultant paediatric surgeon, Ackerwold Royal Children's Hospital", "15",
                 "See Rosie in surgical clinic to check her wound, her bowel and her growth, and send the clinic "
                 "letter to the GP, the HV and the SW",
                 "At each surgical clinic: 10/03/2026 and 21/04/2026",
                 "Clinic letters on file within a week of each clinic; the clinic record shows Rosie brought to "
                 "both"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Rosie misses two feeds in a row, loses weight at a weigh, brings up green sick or is found asleep "
            "anywhere but her Moses basket: Shannon or Kyle rings 999 for green sick or a swollen tummy; the HV "
            "or SW tells Tariq the same day; Tariq holds a strategy discussion that day, and Rosie stays at "
            "Maureen's, 19 Larch Avenue, until it has agreed she can go home.",
            "If Kyle has smoked cannabis or been drinking while he is caring for Rosie (a positive screen, "
            "cannabis smelt at a visit, or Shannon tells us): Kyle goes to stay at Maureen's that day and sees "
            "Rosie only while Shannon or Maureen is with her.",
            "If Shannon tells anyone she has thoughts of harming herself or Rosie, or stops taking her "
            "medication: the perinatal team sees her the same day, Rosie is not left alone with her until she "
            "has been seen, and Tariq holds a strategy discussion the same day.",
            "If Maureen cannot do her nights or have Rosie (she is ill, or her shifts at the care home change): "
            "Jade covers, as the network plan says. If neither of them can, Tariq arranges the same day a "
            "parent-and-baby foster placement for Shannon and Rosie, or an emergency foster carer for Rosie.",
            "If by the first review Rosie has not regained weight, or Kyle's screens are still positive in "
            "April, or the perinatal team say Shannon cannot make the changes in Rosie's timescale: Tariq will "
            "ask Gillian Rhodes for a legal planning meeting within five working days to decide whether to start "
            "the Public Law Outline.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 1.30pm, Tanner Street Family Hub: 03/03/2026, 31/03/2026 "
            "and 28/04/2026.",
            "Review child protection conference: Tuesday 12/05/2026, 10am, Ackerwold Civic Offices.",
            "Before each core group Tariq will see Rosie at a feed and bring a written note of her day to the "
            "meeting.",
        ]),
        ("p", "Copies to Shannon, Kyle, Maureen, Jade and everyone named in the table."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Minutes of the second core group for three children; mother with
#    depression and anxiety, father drinking and living at his parents'
#    under a written agreement. One sentence above the action table sets
#    the deadline for every row that gives none; a "What we will look for at
#    core group 3" box keyed by action number; a "Longer-term work" table
#    with no time. Owners are initials from the attendance key. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b142_adlingmere_core_group_minutes_one_deadline_look_for_box_rushworth.docx",
    "doc_title": "Core Group 2 Minutes - Tyler, Maisie and Reuben Rushworth",
    "split": "heldout",
    "actions": 14,
    "template": "core-group-minutes-docx-meeting-kv-attendance-key-of-initials-updates-by-agency-childrens-views-outcomes-restated-then-no-action-lead-initials-table-under-one-sentence-deadline-then-longer-term-work-table-with-no-time-then-single-cell-look-for-box-by-action-number-contingency-next-meetings",
    "description": (
        "Minutes of the second core group for an 11-year-old, a 7-year-old and a 3-year-old whose "
        "mother has depression and anxiety and whose father drinks and pushed her in January; he "
        "now lives at his parents', who supervise his Saturday contact. Owners are initials from "
        "the attendance key; one sentence above the action table makes 'by the next core group "
        "on 26/03/2026' the time of every row that gives none; a single-cell box after the "
        "tables lists what core group 3 will look for, by action number. Most rows are sound "
        "(weekly visits, the parenting assessment, the alcohol service's report on change, the "
        "grandparents' contact log, the school). Faults: the CPN only supports the mother and "
        "the box's only check for it is that her mood is better; the box leaves out the "
        "grandmother's school runs; 'Family' is the lead for never leaving the children alone; "
        "the 'Longer-term work' table has no time, and the mother will start the Freedom "
        "Programme 'when she feels ready'; one outcome is for the mother alone; the contingency "
        "sends the children to the maternal grandmother's and says nothing of what happens if she "
        "or the paternal grandparents cannot help."
    ),
    "blocks": [
        ("title", "Core Group Meeting – Minutes and Actions"),
        ("p", "Adlingmere City Council · Children and Young People's Service · Family Safeguarding Team 3"),
        ("kv", [
            ("Children", "Tyler Rushworth (11), Year 6; Maisie Rushworth (7), Year 2 – both at Adlingmere Park "
                         "Juniors and Infants; Reuben Rushworth (3), Little Owls Nursery"),
            ("Home address", "9 Fernlea Road, Adlingmere AD6 2PW"),
            ("Category", "Neglect and emotional abuse (all three children)"),
            ("Initial conference", "Thursday 15/01/2026. Chair: Rukhsana Begum (IRO)"),
            ("This meeting", "Core group 2, Thursday 26/02/2026, 3.45pm, Fernlea Children's Centre"),
            ("Minutes taken by", "Lorraine Keech, business support"),
        ]),
        ("h1", "1. Present, and the initials used in these minutes"),
        ("bullets", [
            "HB – Hannah Beck, social worker (chair)",
            "LR – Leanne Rushworth, Mum",
            "DR – Dean Rushworth, Dad (for items 1 to 4 only)",
            "CH – Carol Hirst, maternal grandmother",
            "BR and SR – Brian and Sandra Rushworth, paternal grandparents",
            "RP – Rachel Platt, health visitor",
            "ML – Marcus Lyle, community psychiatric nurse (CPN), Adlingmere Community Mental Health Team",
            "KA – Kwame Adjei, recovery worker, Adlingmere Alcohol Service",
            "JP – Mrs Joanne Pike, designated safeguarding lead, Adlingmere Park Juniors and Infants",
            "Apologies: Dr Nadia Chowdhury (NC), GP, Holme Lane Medical Practice – written update sent; "
            "Bev Rigg, key worker, Little Owls Nursery – update by phone to HB",
        ]),
        ("h1", "2. Updates"),
        ("p", "HB: since core group 1 on 29/01/2026 all three children have been seen every week. The house was "
              "tidier on the last two visits and there was food in, but on 17/02/2026 Reuben was in a wet nappy "
              "at 2pm and Leanne was in bed. Tyler had got Maisie's tea ready. The parenting assessment is half "
              "done."),
        ("p", "LR: Leanne said she is still struggling to get up most mornings and does not always answer the "
              "door. She likes Marcus's visits. She is not ready to go to a group yet."),
        ("p", "DR and KA: Dean has been at his parents' at 21 Holme Lane since 03/01/2026, the day after he "
              "pushed Leanne during an argument when he had been drinking, under a written agreement. He has been to four of five Tuesday sessions; one breath test was positive (10/02). "
              "KA will finish the assessment before core group 3."),
        ("p", "BR and SR: Saturday contact has happened every week at Holme Lane. Dean was sober each time. "
              "Sandra writes a short note after each visit."),
        ("p", "CH: Carol has taken Tyler and Maisie to school every morning since 19/01/2026 and collects them on "
              "Wednesdays. She says she is finding the early starts hard on her hip."),
        ("p", "RP: Reuben weighed 13.4kg on 18/02/2026 (25th centile). He has about 20 words. The stair gate was "
              "shut at both visits."),
        ("p", "JP: Tyler's attendance since the conference is 94%, Maisie's 91%. Tyler has been falling asleep in "
              "lessons on Mondays."),
        ("p", "NC (written): Leanne's sertraline was increased on 05/02/2026; review due next month."),
        ("h1", "3. What the children are saying"),
        ("p", "Tyler (seen on his own at school, 20/02/2026): “It's quieter without Dad but Mum's in bed a lot, "
              "so I do Maisie's tea. I liked it when Dad was funny, not when he was drunk.” He scored home 5 out "
              "of 10."),
        ("p", "Maisie (seen on her own at school, 20/02/2026): “Nanna Carol's car smells of mints. I want Mummy "
              "to come to assembly.” She drew her family with Dad standing outside the house."),
        ("p", "Reuben was seen at home on 24/02/2026. He brought the social worker his toy bus, said “Tyler do "
              "it” when he wanted a drink, and went to Tyler, not Leanne, when he bumped his head."),
        ("h1", "4. Outcomes (from the plan agreed at conference)"),
        ("bullets", [
            "Tyler, Maisie and Reuben are looked after every day by an adult who gets them up, fed and to school "
            "and nursery on time.",
            "The children live in a home with no shouting, violence or drunkenness.",
            "Tyler no longer looks after his mum or his brother and sister, and has time to be 11.",
            "Leanne feels less anxious and more able to cope.",
        ]),
        ("h1", "5. Actions agreed today"),
        ("p", "Everything in the table below is to be done by the next core group on Thursday 26/03/2026 unless "
              "the row says otherwise. Leads are shown by their initials (see item 1)."),
        ("table", {
            "header": ["No.", "Action", "Lead"],
            "widths": [1.2, 12.3, 3.5],
            "rows": [
                ["1",
                 "Visit Tyler, Maisie and Reuben at home every week, one visit in three unannounced, and see "
                 "Tyler and Maisie on their own",
                 "HB"],
                ["2",
                 "Finish the parenting assessment of Leanne, looking at the children's routines, meals and "
                 "school, and go through it with her",
                 "HB"],
                ["3",
                 "Visit Reuben every two weeks to weigh him, check his speech and see that the stair gate is "
                 "shut",
                 "RP"],
                ["4",
                 "Fortnightly home visits to support Leanne with her anxiety and low mood",
                 "ML"],
                ["5",
                 "Review Leanne's sertraline and write to HB with her medication plan and any missed "
                 "appointments",
                 "NC"],
                ["6",
                 "Assess Dean's drinking and report to core group 3 on whether he can make the changes the "
                 "children need, and how long that would take",
                 "KA"],
                ["7",
                 "Go to key-work at the Alcohol Service every Tuesday and have a breath test at each session",
                 "DR"],
                ["8",
                 "Supervise Dean's time with the children at 21 Holme Lane every Saturday, 10am to 1pm",
                 "BR and SR"],
                ["9",
                 "Take Tyler and Maisie to school every morning and collect them on Wednesdays",
                 "CH"],
                ["10",
                 "Check Tyler's and Maisie's attendance every day, and meet Tyler each Monday with his learning "
                 "mentor",
                 "JP"],
                ["11",
                 "Make sure the children are never left in the house without an adult",
                 "Family"],
            ],
        }),
        ("h2", "Longer-term work"),
        ("table", {
            "header": ["No.", "Action", "Lead"],
            "widths": [1.2, 12.3, 3.5],
            "rows": [
                ["12",
                 "Refer the family to the Adlingmere Family Group Conference service so the wider family can "
                 "plan together",
                 "HB"],
                ["13",
                 "Start the Freedom Programme at Fernlea Children's Centre when she feels ready",
                 "LR"],
                ["14",
                 "Refer Reuben to speech and language therapy for an assessment, by Friday 20/03/2026",
                 "RP"],
            ],
        }),
        ("h1", "6. What we will look for at core group 3"),
        ("table", {
            "rows": [
                ["WHAT WE WILL LOOK FOR AT CORE GROUP 3 (by action number)\n"
                 "1 – HB's visit records show all three children seen each week, and Tyler and Maisie seen alone.\n"
                 "2 – The assessment report is given to Leanne and sent to core group members before the "
                 "meeting.\n"
                 "3 – Reuben's weight in the red book is on or above the 25th centile; the gate was seen shut at "
                 "each visit.\n"
                 "4 – Leanne's mood is better.\n"
                 "5 – NC's letter is on the children's file.\n"
                 "6 – KA's written report is read out at core group 3.\n"
                 "7 – KA's log shows every Tuesday kept and every breath test reading zero.\n"
                 "8 – Sandra's signed note for each Saturday, seen by HB.\n"
                 "10 – Attendance sent to HB each Friday, 95% or better for both; Monday meetings logged on "
                 "CPOMS.\n"
                 "11 – The children tell HB at each visit who was at home with them; nobody finds them home "
                 "alone.\n"
                 "12 – The referral is accepted and a date for the family group conference is on file.\n"
                 "13 – The Freedom Programme's attendance sheet is sent to HB.\n"
                 "14 – The speech and language therapy appointment letter is on Reuben's file."],
            ],
            "widths": [17.0],
        }),
        ("h1", "7. Contingency (as agreed at conference)"),
        ("bullets", [
            "If Dean comes to 9 Fernlea Road outside the agreement, is drunk at contact, or the police are called "
            "to any incident, Leanne will ring 999, contact stops that day, and HB will hold a strategy "
            "discussion with Adlingmere Police the same day.",
            "If Leanne cannot get up and care for the children (they are not fed, or not taken to school or "
            "nursery), HB will visit that day and the children will stay at Carol's, 3 Abbey Walk, until a "
            "strategy discussion has agreed it is safe for them to go home.",
            "If Dean breaks the agreement twice, or the children's care and attendance have not changed by the "
            "review conference, HB will ask Sam Oduya (team manager) for a legal planning meeting within five "
            "working days.",
        ]),
        ("h1", "8. Next meetings"),
        ("bullets", [
            "Core group every four weeks: core group 3 on Thursday 26/03/2026, 3.45pm, Fernlea Children's Centre.",
            "Review child protection conference: Tuesday 14/04/2026, 1.30pm, Adlingmere Civic Hall.",
        ]),
        ("p", "Minutes sent on 02/03/2026 to everyone present and to those who sent apologies."),
    ],
    "findings": [
        F("H001", "Fortnightly home visits to support Leanne with her anxiety"),
        F("M002", "Fortnightly home visits to support Leanne with her anxiety"),
        F("M001", "Take Tyler and Maisie to school every morning"),
        F("W002", "Make sure the children are never left in the house"),
        F("T001", "Refer the family to the Adlingmere Family Group Conference"),
        F("T002", "Start the Freedom Programme at Fernlea Children's Centre"),
        F("F002", "Leanne feels less anxious and more able to cope."),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Pre-birth plan sent as a letter from the social worker to the expectant
#    parents (father on methadone, mother sober for 16 months after her
#    drinking led to her son living with his father). The plan is attached in
#    three parts, each timed once in its heading, with a "How we will check"
#    box after each part keyed by action number. Word letter printed to PDF
#    with a page header and footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b142_alvingsett_prebirth_letter_timed_parts_check_boxes_quigley.pdf",
    "doc_title": "Letter and pre-birth plan - Baby of Chloe Quigley and Ryan Tait",
    "split": "heldout",
    "actions": 17,
    "header": "OFFICIAL-SENSITIVE – Alvingsett County Council – Children's Services",
    "footer": "Letter and plan for the baby of Chloe Quigley and Ryan Tait – Page {PAGE} of {NUMPAGES}",
    "min_pages": 3,
    "template": "prebirth-plan-sw-letter-to-parents-printed-to-pdf-page-header-footer-address-block-first-person-letter-why-babys-world-what-we-want-then-attached-plan-in-three-parts-time-in-each-part-heading-no-who-what-table-then-how-we-will-check-box-by-number-after-each-part-if-things-go-wrong-meetings",
    "description": (
        "Exemplary pre-birth plan written as a letter from the social worker to the expectant "
        "parents after the initial conference: the father is on methadone after a heroin relapse "
        "last year and the mother, whose drinking led to her son living with his father, has been "
        "sober for 16 months. The letter says what was agreed and attaches the plan in three parts "
        "('from now until 36 weeks', 'on the ward', 'the first weeks at home until the review "
        "conference'), each timed once in its heading, with a 'How we will check' box after each "
        "part keyed by action number. The social worker writes as 'I' and the parents are 'you'. "
        "The recovery service assesses and reports on change for both parents, the GP owns an "
        "action, the grandmother's nights have a fallback, legal planning follows named triggers, "
        "core group and review dates are set, and the baby's world before birth is described."
    ),
    "blocks": [
        ("pl", "Alvingsett County Council · Children's Services · Safeguarding and Family Support (Vale Team)"),
        ("pl", "Abbey House, Market Street, Alvingsett AV1 4QJ"),
        ("p", ""),
        ("pl", "Chloe Quigley and Ryan Tait"),
        ("pl", "27 Bramble Walk"),
        ("pl", "Alvingsett AV3 8NE"),
        ("pr", "Friday 06/03/2026"),
        ("p", "Dear Chloe and Ryan,"),
        ("boldp", "Your baby's child protection plan"),
        ("p", "Thank you both for coming to the pre-birth child protection conference on Wednesday 4 March, and "
              "for staying to the end when it was hard to hear. I promised to write down what we agreed so that "
              "you have it in front of you. The plan is attached. Your baby is due on Thursday 14/05/2026, and "
              "the conference agreed a plan under the category of neglect."),
        ("p", "The plan is set out by time, in three parts. The time for each part is written once, in its "
              "heading, and is not repeated on every line. Where I have written “I”, that is me, Megan Shaw, "
              "your social worker; where I have written “you”, that is both of you, Chloe and Ryan. At the end "
              "of each part there is a box called “How we will check”. It says, by the number of each action, "
              "what the core group will look for to know that the action has worked."),
        ("p", "If anything in this letter is not what you remember us agreeing, please ring me on 07700 900218 "
              "before the first core group on 18 March."),
        ("h2", "Why the conference was worried"),
        ("p", "Chloe, your son Mason, who is 5, has lived with his dad since 2023, after the court found that "
              "your drinking meant you could not look after him safely. You have not had a drink since November "
              "2024, you go to AA every Monday and Thursday and you see Mason every other Saturday. Ryan, you have "
              "been on a methadone script from the Alvingsett Recovery Service since 2021. You used heroin again "
              "for six weeks last autumn, after your dad died, and your tests have been clear since 22/10/2025. "
              "The conference heard that you both want this baby very much and have done a lot already. It was "
              "worried that a newborn would be at real risk if either of you started using or drinking again, "
              "especially when you are tired, and that there is not yet anything in the flat for the baby."),
        ("h2", "Your baby's world now"),
        ("p", "At the 28-week scan the baby was growing well and was head down. Chloe, you told me the baby "
              "kicks most after your tea and goes quiet when Ryan talks close to your tummy; Ryan felt a kick for "
              "the first time when I visited on 26/02/2026. The baby will come home to your one-bedroom flat on "
              "the first floor. There is room for a Moses basket beside your bed, but at the moment there is no "
              "basket, no car seat and no baby clothes, and the flat is cold because the heating is only on in "
              "the evening."),
        ("h2", "What we all want for your baby"),
        ("bullets", [
            "Your baby is cared for every day and night by parents who are sober and not using drugs.",
            "Your baby is fed on time, gains weight well and sleeps safely on their back in their own Moses "
            "basket.",
            "Your baby is seen by a professional every week after the birth, and everyone who helps you knows the "
            "plan and who to ring.",
            "Your baby grows up knowing Mason, and with a family around them who can step in if you need help.",
        ]),
        ("p", "I know this is a lot. You both said at the conference that you want to show that you can do this, "
              "and the plan is there to help you show it."),
        ("p", "Yours sincerely,"),
        ("p", "Megan Shaw"),
        ("pl", "Social worker, Vale Team (team manager: Sunil Rao)"),
        ("pl", "Copies: everyone named in the plan; the conference chair, Diane Holroyd (IRO)"),
        ("pagebreak",),
        ("h1", "Attached: the plan"),
        ("h2", "Part 1 – from now until 36 weeks: everything in this part by Thursday 16/04/2026"),
        ("table", {
            "header": ["No.", "Who", "What we agreed"],
            "widths": [1.2, 4.8, 11.0],
            "rows": [
                ["1.1", "Megan Shaw (me, your social worker)",
                 "I will visit you at home every week, look at where the baby will sleep, and make one visit in "
                 "three without telling you first."],
                ["1.2", "Megan Shaw",
                 "I will complete a pre-birth assessment with you both and give you the written report before the "
                 "core group on 15/04/2026."],
                ["1.3", "Megan Shaw",
                 "I will hold a family network meeting with you, Ryan's mum Denise and Chloe's sister Kerry, and "
                 "write down who helps with the baby, when, and who steps in if someone cannot."],
                ["1.4", "Steph Amos, recovery worker, Alvingsett Recovery Service",
                 "Steph will see Ryan every week for key-work and a supervised urine test, and write to each core "
                 "group on whether he is staying off heroin and street drugs and how likely that is to last after "
                 "the birth."],
                ["1.5", "Steph Amos",
                 "Steph will see Chloe every two weeks for relapse prevention work and a breath test, and write "
                 "to each core group on whether she is keeping sober and what might put that at risk once the "
                 "baby is here."],
                ["1.6", "Dr Omar Latif, GP, Bramble Walk Surgery",
                 "Dr Latif will write to me about your health, your medication and Chloe's liver tests, so that "
                 "the core group knows of anything that could affect how you care for the baby."],
                ["1.7", "Jo Pike, community midwife",
                 "Jo will see Chloe at every antenatal appointment, and put the birth plan and an alert about "
                 "this plan on Chloe's maternity record."],
                ["1.8", "Hayley Grant, health visitor",
                 "Hayley will make an antenatal visit to go through safe sleep, a cold flat and coping with "
                 "crying with you both."],
                ["1.9", "You (Chloe and Ryan)",
                 "You will set up the Moses basket beside your bed and get a car seat, baby clothes and the first "
                 "tins of formula, with a grant from the Alvingsett Baby Bank that I will apply for."],
            ],
        }),
        ("table", {
            "rows": [
                ["HOW WE WILL CHECK PART 1\n"
                 "1.1 – My visit records show a visit every week and where the baby will sleep.\n"
                 "1.2 – The assessment report is given to you and sent to the core group by 15/04/2026.\n"
                 "1.3 – The written network plan is sent to you, Denise, Kerry and every core group member.\n"
                 "1.4 – Steph's letter reaches me before each core group, with every test result; Ryan's tests "
                 "clear.\n"
                 "1.5 – Steph's letter shows every session kept and every breath test at zero.\n"
                 "1.6 – Dr Latif's letter is on the baby's file.\n"
                 "1.7 – Jo confirms in writing that the alert and birth plan are on the record.\n"
                 "1.8 – Hayley's visit record is sent to me, and she has seen where the baby will sleep.\n"
                 "1.9 – I see the Moses basket set up, the car seat and the formula at a home visit."],
            ],
            "widths": [17.0],
        }),
        ("h2", "Part 2 – on the ward: from the birth until the baby goes home"),
        ("table", {
            "header": ["No.", "Who", "What we agreed"],
            "widths": [1.2, 4.8, 11.0],
            "rows": [
                ["2.1", "Sister Angela Brough, ward manager, Larkspur Ward, Alvingsett General Hospital",
                 "The ward midwives will write down on every shift how you feed, hold and settle the baby, and "
                 "will ring me the same day if they are worried."],
                ["2.2", "Megan Shaw",
                 "I will see you and the baby on the ward at least every other day, and hold a discharge "
                 "planning meeting on the ward before the baby goes home."],
                ["2.3", "Steph Amos",
                 "Steph will send me a written update on both your tests since the birth, in time for the "
                 "discharge planning meeting."],
            ],
        }),
        ("table", {
            "rows": [
                ["HOW WE WILL CHECK PART 2\n"
                 "2.1 – The ward notes are shared at the discharge planning meeting.\n"
                 "2.2 – My visit records; the written discharge plan is given to you and to every core group "
                 "member before the baby leaves the ward.\n"
                 "2.3 – Steph's update is on the baby's file before the meeting, with every test result."],
            ],
            "widths": [17.0],
        }),
        ("h2", "Part 3 – at home: from the day the baby comes home until the review conference on Tuesday "
               "16/06/2026"),
        ("table", {
            "header": ["No.", "Who", "What we agreed"],
            "widths": [1.2, 4.8, 11.0],
            "rows": [
                ["3.1", "Megan Shaw",
                 "I will visit twice a week for the first two weeks and then every week, and see the baby awake "
                 "and being fed."],
                ["3.2", "Hayley Grant, health visitor",
                 "Hayley will visit every week to weigh the baby and look at the feed chart."],
                ["3.3", "Denise Tait (Ryan's mum)",
                 "Denise will stay with you every Friday and Saturday night so that one of you can sleep, and "
                 "will write the night feeds on the chart."],
                ["3.4", "You (Chloe and Ryan)",
                 "You will write every feed on the chart on the fridge and put the baby down on their back in the "
                 "Moses basket for every sleep."],
                ["3.5", "Steph Amos",
                 "Steph will carry on seeing you both as in Part 1, and write to each core group on whether you "
                 "are staying sober and off drugs now that the baby is home, and what still needs to change."],
            ],
        }),
        ("table", {
            "rows": [
                ["HOW WE WILL CHECK PART 3\n"
                 "3.1 – My visit records show every visit and the baby seen awake.\n"
                 "3.2 – The baby's weight in the red book goes up at every weigh.\n"
                 "3.3 – Denise's feed entries on the chart for each Friday and Saturday night; I read the chart "
                 "at every visit.\n"
                 "3.4 – Hayley and I see the chart and the Moses basket at every visit: no gap between feeds "
                 "longer than four hours, and the baby asleep on their back.\n"
                 "3.5 – Steph's letter reaches me two working days before each core group, with every test "
                 "result clear."],
            ],
            "widths": [17.0],
        }),
        ("h2", "If things go wrong"),
        ("bullets", [
            "If Ryan's test shows heroin or street drugs, he misses two methadone pick-ups, or Chloe has a drink "
            "(a breath test above zero, or alcohol smelt at a visit): I will hold a strategy discussion the same "
            "day. If it happens around the birth, the baby will not leave the ward until it has met. Once the baby is home, "
            "the parent who has used goes to stay with Denise, 4 Quarry Lane, and the baby stays at Bramble Walk "
            "only while the other parent and Denise or Kerry are there.",
            "If the baby misses two feeds, loses weight at a weigh, or is found asleep anywhere but the Moses "
            "basket: Hayley or I will tell my manager the same day, and the baby will go with you to Denise's "
            "until a strategy discussion has agreed it is safe to go home.",
            "If Denise or Kerry cannot help (one is ill, away or cannot manage): the other covers, as the network "
            "plan says. If neither can, I will arrange the same day for you and the baby to go to a "
            "parent-and-baby foster placement, or for the baby to go to an emergency foster carer.",
            "If by 36 weeks either of you has used or had a drink, or the assessment says the baby cannot be kept "
            "safe at home, I will ask Sunil Rao for a legal planning meeting within five working days, so that "
            "the Public Law Outline can start before the birth.",
        ]),
        ("h2", "Meetings"),
        ("bullets", [
            "Core group every four weeks, Wednesdays at 2pm, Alvingsett Family Hub: 18/03/2026, 15/04/2026, "
            "13/05/2026 and 10/06/2026.",
            "Review child protection conference: Tuesday 16/06/2026, 10am, Abbey House.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. First review conference plan for a non-verbal autistic 7-year-old and
#    his 12-year-old sister; mother with bipolar disorder after a manic
#    episode, grandmother helping. Actions in one small table per agency,
#    each timed (and one owned) by a bold caption above it; success criteria
#    in an appendix keyed by reference. Word printed to PDF with a page
#    header and footer. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b142_apperdale_rcpc_agency_tables_captioned_times_appendix_checks_marchetti.pdf",
    "doc_title": "Review Child Protection Plan - Luca and Gia Marchetti",
    "split": "heldout",
    "actions": 16,
    "header": "OFFICIAL – SENSITIVE | Apperdale Borough Council | Review Child Protection Plan",
    "footer": "Luca and Gia Marchetti – RCPC 24/02/2026 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 3,
    "template": "rcpc-cwd-word-plan-printed-to-pdf-page-header-footer-numbered-sections-details-kv-since-icpc-how-luca-tells-us-gias-words-outcomes-then-one-ref-action-lead-table-per-agency-each-timed-by-bold-caption-social-care-caption-names-lead-then-appendix-success-criteria-keyed-by-ref-contingency-meetings",
    "description": (
        "First review conference plan for a non-verbal autistic 7-year-old who left the house at "
        "night twice in the autumn, and his 12-year-old sister, whose mother has bipolar disorder "
        "and had a manic episode in November; a Word plan printed to PDF with a page header and "
        "footer. Actions sit in one small table per agency, each timed by a bold caption above it "
        "(the social care caption also names the lead for every row), and the success criteria "
        "are in an appendix keyed by reference. Most rows are sound (weekly visits, the "
        "psychiatrist's view on change, the GP's blood tests, the school's daily record, the "
        "father's weekends, the grandmother's evening calls). Faults: the CPN only supports the "
        "mother and the appendix's only check for it is that she engages; the appendix leaves "
        "out the sister's Monday check-in; 'Family' is the lead for the bedroom alarm; the "
        "'Other support' caption gives no time, so the housing action has none and the short "
        "breaks request is only 'as soon as possible'; one outcome is for the mother alone; the "
        "contingency has no real trigger and only reviews, with no fallback for the grandmother."
    ),
    "blocks": [
        ("title", "Review Child Protection Plan"),
        ("p", "Apperdale Borough Council – Children's Services – Children with Disabilities and Safeguarding Team"),
        ("kv", [
            ("Children", "Luca Marchetti (7), DOB 11/06/2018, Brookfield Specialist School; Gia Marchetti (12), "
                         "DOB 03/09/2013, Year 8, Apperdale High School"),
            ("Address", "5 Tenter Row, Apperdale AP4 7HS"),
            ("Mother", "Donna Marchetti (38)"),
            ("Father", "Paolo Marchetti (41), 16 Mill Brow, Apperdale; separated, has the children every other "
                       "weekend"),
            ("Maternal grandmother", "Pat Greaves (63), 2 Linnet Way, Apperdale (five minutes' drive)"),
            ("Category", "Neglect (both children)"),
            ("Initial conference", "02/12/2025"),
            ("First review conference", "Tuesday 24/02/2026, Apperdale Town Hall. Chair: Ian Prosser (IRO)"),
            ("Social worker", "Sarah Quinlan (team manager: Farida Bhatti)"),
        ]),
        ("h1", "1. Since the initial conference"),
        ("p", "Luca is autistic and does not use speech. He uses a PECS book and some Makaton signs, sleeps "
              "badly and has no sense of danger. In October and November 2025 he twice left the house on his own "
              "at night while Donna was unwell; the second time the police found him at 2am on the ring road. "
              "Donna has bipolar disorder. She stopped her lithium in the summer, became high in November, and "
              "spent three weeks in Ashdown Ward, Apperdale Hospital. Gia had been looking after Luca most "
              "evenings."),
        ("p", "Since the conference Donna has restarted lithium and has kept every psychiatry appointment. A door "
              "alarm and window restrictors were fitted to Luca's room on 19/12/2025, and he has not left the "
              "house since. Luca's school attendance is 96%. Donna still finds bedtimes very hard and Gia says "
              "she still settles Luca most nights."),
        ("h1", "2. How Luca tells us how he is, and what Gia says"),
        ("p", "Luca was seen at school and at home six times since December. At school he picked the PECS cards "
              "for “home”, “Nana” and “happy”, and when asked about night-time picked “dark” and “scared”. He "
              "flaps and hums when he is content and bangs his head on the floor when he is distressed; his "
              "teacher has seen much less head-banging since January. At home he led the social worker by the "
              "hand to the trampoline and to Gia's room, not to Donna."),
        ("p", "Gia (seen on her own, 10/02/2026): “Mum's better than before Christmas. But I still do Luca's "
              "bedtime because he screams for me. I'd like to go to netball on Thursdays but I can't leave them.”"),
        ("h1", "3. What we want for Luca and Gia"),
        ("bullets", [
            "Luca sleeps safely in his own room every night and can never leave the house on his own.",
            "Luca gets to school every day, fed and in clean clothes, and his weight stays on his centile.",
            "Gia has time to be 12, goes to netball, and is not left in charge of Luca.",
            "Donna's bipolar disorder is stable and she takes her lithium every day.",
        ]),
        ("h1", "4. The plan, agency by agency"),
        ("p", "Each agency's actions are in their own table. The time for the whole table is in the bold line "
              "above it, unless a row gives its own. How we will know each action has worked is in Appendix A, "
              "by the reference in the first column."),
        ("boldp", "Children's Social Care – lead for every row: Sarah Quinlan, social worker. Every week from "
                  "25/02/2026 until the next review conference, unless the row says otherwise."),
        ("table", {
            "header": ["Ref", "Action"],
            "widths": [1.6, 15.4],
            "rows": [
                ["S1", "Visit Luca and Gia at home, see Gia on her own, and spend time with Luca using his PECS "
                       "book"],
                ["S2", "Update the parenting assessment of Donna, with Paolo, looking at Luca's night-time safety "
                       "and bedtimes – by 07/04/2026"],
                ["S3", "Refer Gia to Apperdale Young Carers for a young carer's assessment – by 10/03/2026"],
            ],
        }),
        ("boldp", "Health – all by the core group on Tuesday 07/04/2026, unless the row says otherwise."),
        ("table", {
            "header": ["Ref", "Action", "Lead"],
            "widths": [1.6, 10.4, 5.0],
            "rows": [
                ["H1", "See Luca in clinic about his sleep, his melatonin and his weight, and send the clinic "
                       "letter to the SW and the school",
                 "Dr Yusuf Amiri, community paediatrician"],
                ["H2", "Review Donna's lithium and write to the SW with her relapse signs, her capacity to change "
                       "and how long that is likely to take, for Luca and Gia's care",
                 "Dr Helen Crane, consultant psychiatrist, Apperdale Community Mental Health Team"],
                ["H3", "Visit Donna every two weeks to support her with her mood and her medication",
                 "Carl Brennan, CPN, Apperdale Community Mental Health Team"],
                ["H4", "Take Donna's lithium blood levels and tell the SW of any missed test, so the core group "
                       "knows how her health affects Luca's care",
                 "Dr Ruth Noon, GP, Tenter Row Surgery"],
            ],
        }),
        ("boldp", "School – every school week, from Monday 02/03/2026 until the next review conference."),
        ("table", {
            "header": ["Ref", "Action", "Lead"],
            "widths": [1.6, 10.4, 5.0],
            "rows": [
                ["E1", "Record Luca's arrival, whether he has had breakfast, his clothes and any marks, and ring "
                       "the SW the same day with any worry",
                 "Mrs Anita Lowe, DSL, Brookfield Specialist School"],
                ["E2", "Check in with Gia every Monday about how things have been at home",
                 "Mr Simon Hale, head of Year 8, Apperdale High School"],
            ],
        }),
        ("boldp", "Family – from Wednesday 25/02/2026 until the next review conference, unless the row says "
                  "otherwise."),
        ("table", {
            "header": ["Ref", "Action", "Lead"],
            "widths": [1.6, 10.4, 5.0],
            "rows": [
                ["F1", "Give Luca his melatonin at 7pm and follow his bedtime routine on his visual timetable, "
                       "every night",
                 "Donna Marchetti (Mum)"],
                ["F2", "Have Luca every Thursday after school until 7pm so that Gia can go to netball, and stay over "
                       "every Sunday night",
                 "Pat Greaves (maternal grandmother)"],
                ["F3", "Ring Donna every evening at 8pm, and go round if she does not answer",
                 "Pat Greaves (maternal grandmother)"],
                ["F4", "Have Luca and Gia every other weekend, Friday 4pm to Sunday 5pm, and send Luca's sleep "
                       "chart back with him",
                 "Paolo Marchetti (Dad)"],
                ["F5", "Keep the window restrictors and the alarm on Luca's bedroom door switched on",
                 "Family"],
            ],
        }),
        ("boldp", "Other support"),
        ("table", {
            "header": ["Ref", "Action", "Lead"],
            "widths": [1.6, 10.4, 5.0],
            "rows": [
                ["O1", "Ask the Short Breaks panel for overnight short breaks for Luca as soon as possible",
                 "Sarah Quinlan, SW"],
                ["O2", "Look for a ground-floor house with a garden for the family, away from the ring road",
                 "Tom Harte, housing officer, Apperdale Homes"],
            ],
        }),
        ("h1", "5. Contingency"),
        ("p", "If Donna becomes unwell again or things at home get worse, the core group will meet to review the "
              "plan and decide what needs to change."),
        ("h1", "6. Core group and review"),
        ("bullets", [
            "Core group every six weeks, Tuesdays at 3.30pm, Brookfield Specialist School: 07/04/2026, "
            "19/05/2026 and 30/06/2026.",
            "Second review child protection conference: Tuesday 25/08/2026, 10am, Apperdale Town Hall.",
            "If there has not been enough progress by the second review conference, Sarah will ask Farida "
            "Bhatti for a legal planning meeting.",
        ]),
        ("pagebreak",),
        ("h1", "Appendix A – success criteria, by reference"),
        ("table", {
            "header": ["Ref", "What will tell us it has worked"],
            "widths": [1.6, 15.4],
            "rows": [
                ["S1", "Visit records show both children seen every week and Gia seen alone, with Luca's PECS "
                       "choices written down"],
                ["S2", "Updated assessment report shared with Donna, Paolo and the core group by 07/04/2026"],
                ["S3", "Gia's young carer's plan sent to the SW; the club register shows her there"],
                ["H1", "Clinic letter on file, with Luca's weight on his centile"],
                ["H2", "Dr Crane's letter on file before the core group on 07/04/2026"],
                ["H3", "Donna engages well with Carl's visits"],
                ["H4", "Blood results and any missed test reported to the SW in writing"],
                ["E1", "Daily record sent to the SW every Friday; attendance 95% or more"],
                ["F1", "Luca's sleep diary shows melatonin at 7pm and lights out by 8pm; the SW reads it at each "
                       "visit"],
                ["F2", "Pat's calendar, seen by the SW; the netball club register shows Gia there on Thursdays"],
                ["F3", "Pat's call log on her phone, shown to the SW"],
                ["F4", "Sleep chart comes back with Luca on Sunday; Paolo texts the SW on arrival and return"],
                ["F5", "Alarm and restrictors seen working at every SW visit"],
                ["O1", "Panel decision letter on file"],
                ["O2", "Written offer of a ground-floor house on file"],
            ],
        }),
    ],
    "findings": [
        F("H001", "Visit Donna every two weeks to support her with"),
        F("M002", "Visit Donna every two weeks to support her with"),
        F("M001", "Check in with Gia every Monday about how things"),
        F("W002", "Keep the window restrictors and the alarm on Luca's"),
        F("T002", "Ask the Short Breaks panel for overnight short breaks"),
        F("T001", "Look for a ground-floor house with a garden for"),
        F("F002", "Donna's bipolar disorder is stable and she takes her lithium every day."),
        F("C002"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 5. A 10-year-old young carer's own copy of his initial conference plan
#    ("My plan"), written to him by his social worker; his mother drinks and
#    takes more codeine than prescribed. The grown-ups' promises sit under
#    two timed parts, in "X will:" lists; a table keyed by promise number
#    says how we'll know each one is working. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b142_arnholme_my_plan_young_carer_promise_lists_checks_table_fairclough.md",
    "split": "heldout",
    "actions": 11,
    "template": "child-own-my-plan-md-second-person-to-a-10-year-old-whos-who-bullets-why-what-you-told-us-what-we-want-for-you-then-two-timed-parts-with-bold-owner-will-lead-ins-over-numbered-promises-p1-p11-then-how-well-know-table-keyed-by-promise-if-things-go-wrong-when-the-grown-ups-meet",
    "description": (
        "Exemplary 'My plan' for a 10-year-old young carer, written to him by his social worker "
        "after the initial conference: his mother drinks every day and takes more codeine than "
        "she is prescribed, and he found her unconscious in February. The grown-ups' promises "
        "are in two parts timed once each ('before the Easter holidays start - all done by "
        "Friday 27 March 2026', 'every week until the big review meeting on Tuesday 2 June "
        "2026'), under bold 'X will:' lead-ins, and a table keyed by promise number says how "
        "we'll know each one is working. The alcohol and drug service assesses and reports on "
        "change and the GP owns an action; the contingency is in the boy's own terms with a "
        "fallback if his nan cannot come and a legal planning meeting explained; the grown-ups' "
        "meetings and the review date are set."
    ),
    "text": """\
# My plan — Jayden Fairclough

*Arnholme Borough Council · Children's Services · Safeguarding Team North*

Jayden, this is your own copy of your child protection plan. I have written it for you, in words I hope make
sense. The grown-ups at the meeting on **Thursday 5 March 2026** (the child protection conference) agreed
everything in it. There is a longer copy for the grown-ups on your file. If any of it doesn't make sense, ask me.

— Rosa Mendez, your social worker

## Who's who

- **You:** Jayden Fairclough, 10, Year 5 at Ferncliffe Junior School
- **Mum:** Kirsty Fairclough, 36 — you live with Mum at 12 Ropewalk Terrace, Arnholme
- **Dad:** Craig Mellor, 38 — lives in Hexley, about 20 minutes away in the car
- **Nan:** Brenda Fairclough, 61 — Mum's mum, lives at 3 Chapel Yard, Arnholme, a ten-minute walk from you
- **Rosa Mendez:** your social worker
- **Mrs Yasmin Khan:** the safeguarding lead at Ferncliffe Junior School
- **Ben Pryce:** a worker at Arnholme Young Carers
- **Mark Ibbotson:** Mum's worker at the Arnholme Alcohol and Drug Service
- **Dr Sanjay Shah:** Mum's doctor at Tannery Lane Surgery

## Why there is a plan

Since Mum hurt her back two years ago she has been drinking vodka most days, and taking more of her codeine
tablets than the doctor says. You have been making the tea, doing the washing, and checking Mum's tablets.
On Saturday 14 February you couldn't wake Mum up and you rang 999. You did exactly the right thing. Mum was
in hospital for two nights. The grown-ups at the meeting agreed that it is not fair or safe for you to be
looking after Mum, and that a child should never have to find their mum like that.

## What you told us

You told me on 2 March, at school: "I'm not a baby, I can do the tea. But I don't like it when she's asleep
on the settee and I can't tell if she's breathing. I check her every time I come downstairs." You said the
best bits of your week are football on Saturday and Wednesday nights at Nan's, "because Nan does the tea and
I can just be on my Xbox". You scored home 4 out of 10, and said it would be a 9 "if Mum stopped drinking and
I didn't have to worry". You want to keep living with Mum. You don't want the kids at school to know.

## What we all want for you

1. You live with a grown-up who is sober and well enough to look after you, every day and every night.
2. You don't have to look after Mum, make the tea or sort out her tablets, and you have time for football
   and your mates.
3. You get to school on time every day.
4. You always know who to ring if Mum has been drinking or won't wake up, and you feel OK about ringing them.

## What the grown-ups will do (the promises)

The promises are in two parts. The time for each part is written once, at the top of the part. Each promise
has a number, P1 to P11, so you can find it in the table after them that says how we'll know it's working.

### Part 1 — before the Easter holidays start: all done by Friday 27 March 2026

- **Rosa (your social worker) will:**
  - **P1** hold a family meeting with Mum, Nan and Dad, write down who you can go to and their phone
    numbers, and give you your own copy
- **Ben Pryce (Arnholme Young Carers) will:**
  - **P2** do a young carer's assessment with you and find you a place at the young carers' club on Tuesdays
- **Mark Ibbotson (Arnholme Alcohol and Drug Service) will:**
  - **P3** assess Mum's drinking and her codeine, and write to the grown-ups' meeting about whether she can
    stop drinking while she looks after you, and how long that might take
- **Dr Shah (Mum's GP) will:**
  - **P4** check Mum's codeine prescription and her blood tests, and write to Rosa about how Mum's health
    might affect her looking after you
- **Mum will:**
  - **P5** have a key safe put by the front door, so Nan can always get in if you need her

### Part 2 — every week, from now until the big review meeting on Tuesday 2 June 2026

- **Rosa will:**
  - **P6** see you every week, at home or at school, and see you on your own if you want her to
- **Mrs Khan will:**
  - **P7** meet you every Monday morning for a check-in, and ring Rosa the same day if you are worried, late
    or not in school
- **Mum will:**
  - **P8** go to her group at the Alcohol and Drug Service every Thursday, have a breath test there, and not
    drink at all on any day she is looking after you
- **Mark will:**
  - **P9** see Mum each week, and send the grown-ups' meeting a written update every four weeks on whether
    she is staying off drink and what still needs to change for you
- **Nan will:**
  - **P10** have you to stay every Wednesday night and take you to school on Thursday morning
- **Dad will:**
  - **P11** have you every other weekend, from Friday after school until Sunday at 5pm

## How we'll know the promises are working

| Promise | What we will see |
|---|---|
| P1 | You have the list of names and numbers in your school bag, and a copy is on the fridge. Rosa checks both at her next visit. |
| P2 | Your young carer's plan is sent to Rosa, and the club register shows you there on Tuesdays. |
| P3 | Mark's written report is on your file by 27 March and is read at the grown-ups' meeting on 16 April. |
| P4 | Dr Shah's letter is on your file. |
| P5 | Rosa sees the key safe by the door, and Nan shows her that her code opens it. |
| P6 | Rosa writes down what you tell her each time, and your score for home out of 10. |
| P7 | Mrs Khan writes up each Monday chat on the school computer; you are late no more than once each half term. |
| P8 | Mark's register shows Mum there every Thursday, and every breath test reads zero. |
| P9 | Mark's update reaches Rosa two days before each grown-ups' meeting. |
| P10 | Nan writes each Wednesday on the calendar in her kitchen, and Rosa looks at it when she visits Nan. |
| P11 | Dad texts Rosa when you arrive at his and when you get home; Rosa keeps the texts on your file. |

## If things go wrong

- **If Mum has been drinking while she's looking after you, or you can't wake her:** if you can't wake her,
  ring 999 first, like you did before. Then ring Nan on 07700 900412. Nan will come round within half an hour,
  or take you to her house for the night. Rosa will talk to the police and her manager the same day (this is
  called a strategy discussion) about how to keep you safe.
- **If Mark's breath test shows Mum has been drinking on a day she was looking after you:** Mark tells Rosa
  that day, and you stay at Nan's that night.
- **If Nan can't come (she's poorly or away):** Dad will come and get you. If neither of them can, Rosa will
  find you a foster carer for that night, and you can take your things and your Xbox.
- **If Mum doesn't stop drinking:** if Mark's tests show Mum drinking on two days she was looking after you,
  or nothing has changed by the big meeting on 2 June, Rosa's manager, Aled Price, will hold a meeting with the
  council's lawyers (a legal planning meeting) within five working days, to decide whether to ask a court to
  help decide where you should live.

## When the grown-ups meet

- The grown-ups' meeting (the core group) is every four weeks, after school at Ferncliffe Junior School:
  Thursday 19 March, Thursday 16 April and Thursday 14 May 2026.
- The big review meeting (the review child protection conference) is on **Tuesday 2 June 2026** at 10am at
  Arnholme Town Hall. You can come for part of it, or send a drawing or a message.
- Before each meeting Rosa will ask you what you want the grown-ups to know.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Initial conference plan for two children living with domestic abuse
#    and their father's drinking; he is on bail not to come to the house.
#    Markdown plan: one action table with bold banner rows giving each
#    stage's time, a "For" column naming the outcome each action serves, and
#    the checks written under each outcome with the action numbers in
#    brackets. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b142_aspenshaw_icpc_da_table_banner_rows_outcome_checks_delaney.md",
    "split": "heldout",
    "actions": 15,
    "template": "icpc-da-plan-md-details-table-why-what-amira-says-zaks-days-then-outcomes-a-to-e-each-with-how-we-will-know-lines-naming-action-numbers-then-one-no-what-who-for-table-with-bold-banner-rows-giving-each-stage-time-if-things-go-wrong-meetings",
    "description": (
        "Exemplary initial conference plan for an 8-year-old and a 2-year-old whose father "
        "pushed their mother down the stairs while drunk and is on bail not to come to the "
        "house. A Markdown plan: the outcomes (A to E) each carry 'How we will know' lines with "
        "the numbers of the actions they check, and one action table has no When or measure "
        "column - bold banner rows inside the table give each stage's time once (within two "
        "weeks, every week to the review, before the review) and a 'For' column names the "
        "outcome each action serves. The alcohol service assesses the father and reports on "
        "change, the police and the IDVA own actions, contact is supervised at a contact "
        "centre, the aunt's nursery runs have a fallback, legal planning follows named "
        "triggers, and core group and review dates are set."
    ),
    "text": """\
# Child Protection Plan: Amira and Zak Delaney

Aspenshaw City Council — Children's Social Care — Assessment and Safeguarding Team (West)

| | |
|---|---|
| Children | Amira Delaney (8), Year 4, Kestrel Lane Primary; Zak Delaney (2), Bumblebees Day Nursery |
| Address | 14 Linnet Close, Aspenshaw AS5 3JD |
| Mother | Sophie Delaney (29) |
| Father | Jordan Price (31), living at 40 Dock Street, Aspenshaw; on police bail not to contact Sophie or come to Linnet Close |
| Maternal aunt | Kayleigh Delaney (26), 7 Swallow Court, Aspenshaw |
| Category | Emotional abuse (both children) |
| Initial conference | Tuesday 10/03/2026. Chair: Bernadette Mills (IRO) |
| Social worker | Leah Grant (team manager: Owen Thackeray) |

## Why Amira and Zak have a plan

The police have been called to 14 Linnet Close five times since the summer. On 21/02/2026 Jordan came home
drunk, argued with Sophie and pushed her down the stairs while she was holding Zak. Zak was not hurt; Sophie
broke her wrist. Amira rang 999 from her bedroom. Jordan was arrested and is on bail not to contact Sophie or
go to the house. He says he drinks eight to ten cans most evenings. Sophie says the violence has been getting
worse for two years and that Jordan has twice taken her phone so she could not call for help. She wants the
children to see their dad, but not at home and not when he has been drinking.

## What Amira says, and what we see of Zak's days

Amira (seen on her own at school, 03/03/2026): "I put my headphones on and turn it up when they shout. When
Mum fell I thought she was dead. I rang the police because we learned it at school. I want to see Dad at the
weekend but not if he's drunk, and I don't want him to live with us again until he stops." She scored how safe
she feels at home 4 out of 10, and put Auntie Kayleigh in her inner circle of safe people.

Zak is 2. Nursery say he has started biting other children and hides under the table when adults raise their
voices. At home on 05/03/2026 he played happily with his cars while Sophie made his lunch, and climbed onto her
lap when the doorbell rang. He has about ten words; his nursery key worker thinks he should have more.

## What we want for Amira and Zak, and how we will know

**A. Amira and Zak live at Linnet Close without violence or fear, and Jordan does not come to the house.**
How we will know:
- (1.2) PC Whitlow confirms in writing that the address marker and the doorbell camera are in place.
- (1.3) The DASH risk assessment and the MARAC outcome are sent to Leah.
- (2.1) Leah's visit records show both children seen each week and Amira seen alone, with her safety score
  (4 at conference; we want 7 or more by the review).
- (3.3) The Change Programme's attendance report shows Jordan at each of his first ten sessions.
- There are no police call-outs to Linnet Close.

**B. Zak goes to nursery every session he is booked for, stops biting, and his speech comes on.**
How we will know:
- (2.3) The nursery register shows 90% or more, and same-day calls are logged on Zak's file.
- (2.4) The nursery signing-in book shows Kayleigh dropping Zak off on Tuesdays and Thursdays.
- (3.1) The 2-year review summary, with Zak's speech score, is sent to Leah, with a speech and language
  therapy referral letter if one is needed.

**C. Amira gets to school on time every day and has an adult there she can talk to.**
How we will know:
- (2.2) Attendance of 95% or more, sent to Leah every Friday; Amira's Monday check-ins logged on CPOMS.

**D. Amira and Zak have safe time with their dad that is supervised, and he is sober for it.**
How we will know:
- (1.4) Mo Farid's written assessment is read at the first core group.
- (1.5) The signed contact agreement is on file.
- (2.5) A contact record for every Saturday session is sent to Leah.
- (2.6) Mo's written update reaches Leah before each core group, with breath tests at zero before every
  contact.

**E. Sophie and Amira both know what to do if Jordan comes to the house, and Amira knows who to call.**
How we will know:
- (1.1) The written safety plan is signed, on the fridge, and Amira has her own copy; Amira can tell Leah who
  she would ring.
- (2.7) The Freedom Programme register shows Sophie at 10 or more of the 12 sessions.
- (3.2) Amira's drawings and her own words from the sessions are kept on file and brought to the review.

## What will happen

The time for each stage is in the bold row above that stage's actions, not on each line. "For" says which
outcome each action is for; how we will know it has worked is written under that outcome, above.

| No. | What will happen | Who | For |
|---|---|---|---|
| **Stage 1 — within two weeks: all done by the first core group, Tuesday 24/03/2026** | | | |
| 1.1 | Make a written safety plan with Sophie, and a picture version with Amira: who to ring, the code word, where to go if Jordan comes | Leah Grant, social worker | E |
| 1.2 | Put an urgent-response marker on 14 Linnet Close and fit a doorbell camera | PC Dan Whitlow, Aspenshaw Police Domestic Abuse Unit | A |
| 1.3 | Complete a DASH risk assessment with Sophie and refer to MARAC if the risk is high | Nia Roberts, IDVA, Aspenshaw Women's Aid | A |
| 1.4 | Assess Jordan's drinking and write to the core group on whether he can make the changes Amira and Zak need, and how long that is likely to take | Mo Farid, recovery worker, Aspenshaw Alcohol Service | D |
| 1.5 | Agree a written contact agreement with Jordan and book supervised contact at the Aspenshaw Family Contact Centre | Leah Grant, social worker | D |
| **Stage 2 — every week, from Wednesday 11/03/2026 until the review conference on Tuesday 02/06/2026** | | | |
| 2.1 | Visit Amira and Zak at home, one visit in three unannounced, and see Amira on her own | Leah Grant, social worker | A |
| 2.2 | Check Amira's attendance every day and give her a Monday morning check-in with her key adult, Miss Ives | Mrs Grace Fenton, DSL, Kestrel Lane Primary | C |
| 2.3 | Record Zak's attendance and how he is when he arrives, and ring Leah the same day with any worry | Lucy Ford, key worker, Bumblebees Day Nursery | B |
| 2.4 | Take Zak to nursery on Tuesdays and Thursdays, while Sophie's wrist is in plaster | Kayleigh Delaney (maternal aunt) | B |
| 2.5 | Supervise Jordan's time with Amira and Zak every Saturday, 10am to 12 noon | Hollie Sands, contact worker, Aspenshaw Family Contact Centre | D |
| 2.6 | Key-work and a breath test with Jordan, with a written update to each core group on whether he is staying sober and making the changes the children need | Mo Farid, recovery worker | D |
| 2.7 | Go to the Freedom Programme at Aspenshaw Family Hub every Thursday, 12 sessions from 19/03/2026 | Sophie Delaney (Mum) | E |
| **Stage 3 — before the review conference on Tuesday 02/06/2026** | | | |
| 3.1 | Do Zak's 2-year development review at home, and refer him to speech and language therapy if his words are still behind | Nadia Rahman, health visitor | B |
| 3.2 | Do four sessions of direct work with Amira about what happened and who keeps her safe, using her worry monster book | Leah Grant, social worker | E |
| 3.3 | Start the Aspenshaw Change Programme for men who have been abusive, and go to the first ten weekly sessions | Jordan Price (Dad) | A |

## If things go wrong

- **If Jordan comes to Linnet Close, contacts Sophie, or breaks his bail in any other way:** Sophie rings 999
  and the police attend under the marker; Leah holds a strategy discussion with the police the same day; Amira
  and Zak stay with Kayleigh at 7 Swallow Court until it has agreed that Linnet Close is safe.
- **If Jordan arrives at contact smelling of drink, or his breath test that morning is above zero:** the
  session does not go ahead; Hollie takes the children back to Sophie, and Saturday contact stops until a
  strategy discussion has agreed how it can restart.
- **If Kayleigh cannot help (she is ill or working):** on a nursery day, Leah books a taxi with an escort to take
  Zak to nursery that morning. If Kayleigh cannot have the children after an incident, Leah asks Aspenshaw
  Women's Aid for a refuge space for Sophie and the children that day, or arranges an emergency foster placement
  for Amira and Zak together.
- **If Sophie lets Jordan back into the home, or Jordan breaks his bail twice:** Leah asks Owen Thackeray for a
  legal planning meeting within five working days, to decide whether to start the Public Law Outline.

## Meetings

- Core group every four weeks, Tuesdays at 4pm, Kestrel Lane Primary: 24/03/2026, 21/04/2026 and 19/05/2026.
- Review child protection conference: Tuesday 02/06/2026, 10am, Aspenshaw Civic Centre.
- Leah will see Amira on her own before each core group and bring her words and her safety score to it.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. Initial conference plan for a 14-year-old with cerebral palsy, epilepsy
#    and a gastrostomy, who is non-verbal and uses eye gaze, and his 9-year-
#    old sister; father drinking in the evenings, mother exhausted and on
#    antidepressants. Plain-text case-system print: tasks with an OWNER line
#    only, a month-by-month schedule grid whose cells list task numbers, and
#    an evidence list by task number. Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b142_asherwick_cp_print_tasks_month_schedule_grid_evidence_nowak.txt",
    "split": "heldout",
    "actions": 15,
    "template": "icpc-cwd-case-system-plain-text-print-numbered-caps-sections-dot-leader-subjects-reason-views-eye-gaze-outcomes-then-tasks-t1-t15-with-owner-line-only-then-month-schedule-grid-by-date-every-week-every-day-columns-listing-task-numbers-then-evidence-by-task-contingency-meetings",
    "description": (
        "Exemplary initial conference plan for a 14-year-old with cerebral palsy, epilepsy and a "
        "gastrostomy who does not speak and uses an eye-gaze computer, and his 9-year-old sister: "
        "their father drinks most evenings and did not give rescue medicine during a long "
        "seizure, night turns were missed and a pressure sore was found at school. A plain-text "
        "case-system print: the task list gives only each task and its OWNER; a schedule grid "
        "with a row for each month and columns 'by this date', 'every week' and 'every day or "
        "night' lists task numbers, so each task's time is given once there; an evidence list "
        "keyed by task number says how each will be known. The alcohol service assesses and "
        "reports on change, the GP and adult social care own actions, the uncle's Friday nights "
        "have a fallback, legal planning follows named triggers, core group and review dates are "
        "set, and the boy's eye-gaze choices and his sister's words are recorded."
    ),
    "text": """\
ASHERWICK BOROUGH COUNCIL                               CHILDREN'S SOCIAL CARE
CASE RECORD PRINT - CHILD PROTECTION PLAN (ICPC)        Printed 19/03/2026 09:12
Case ref ........ CS-0419-2287                          Page 1
================================================================================

1. SUBJECTS
--------------------------------------------------------------------------------
Child 1 ........ Kacper NOWAK, DOB 08/10/2011 (14). Asherwick Vale School
                 (special school), Year 9
Child 2 ........ Zofia NOWAK, DOB 22/07/2016 (9). St Oswin's Primary, Year 4
Address ........ 31 Weaver Street, Asherwick AW2 9LT (adapted bungalow)
Mother ......... Marta Nowak (41), Kacper's main carer
Father ......... Tomasz Nowak (44), warehouse day shifts
Paternal uncle . Pawel Nowak (39), 8 Cobden Row, Asherwick
Category ....... Neglect (both children)
ICPC ........... Tuesday 17/03/2026. Chair: Rhona Kielty (IRO)
Social worker .. Jolene Akers, Disabled Children's Team (TM: Declan Furey)

2. REASON FOR PLAN
--------------------------------------------------------------------------------
Kacper has quadriplegic cerebral palsy, epilepsy and a gastrostomy. He uses a
wheelchair, cannot turn himself in bed and needs turning every two hours at
night. He has a rescue plan for seizures lasting more than five minutes
(buccal midazolam).

On 26/02/2026 at about 10pm Kacper had a seizure that lasted nine minutes.
Tomasz, who had been drinking, did not give the rescue medicine; Zofia rang
999. On 03/03/2026 the school nurse found a grade 2 pressure sore on Kacper's
left hip, and his turning chart had not been filled in for a week. Marta says
she is exhausted, has not slept a full night since the autumn and takes an
antidepressant from her GP. Tomasz says he drinks six to eight cans most
evenings after work. Zofia says she gets up in the night to Kacper when he
makes noises.

3. CHILDREN'S VIEWS AND LIVED EXPERIENCE
--------------------------------------------------------------------------------
Kacper does not use speech. He uses an eye-gaze computer with symbol pages.
With his teacher, Mr Ellery, and the SW on 10/03/2026 he chose "school" and
"happy", then "night", "sore" and "tired". Asked who helps him at night he
looked at "Mum" and "Zofia". When the symbol for "Dad" came up with "night"
he looked at "no" twice. He smiles and vocalises loudly when Zofia comes into
the room, and his teacher sees him relax when Marta sings to him in Polish.

Zofia (seen on her own at school, 11/03/2026): "I hear Kacper when he does his
seizure noise, so I go. Dad sleeps too deep after his beers. I'm not scared of
the seizures, I'm scared of no one coming." She would like "one night where I
don't listen for him". She wants to keep doing gymnastics on Saturdays.

4. OUTCOMES
--------------------------------------------------------------------------------
4.1 Kacper is turned, fed, given his medicines and kept safe through every
    night by a sober adult who is trained in his seizure care.
4.2 Kacper's pressure sore heals and his skin stays unbroken.
4.3 Every seizure Kacper has that lasts five minutes is treated at once with
    his rescue medicine.
4.4 Zofia no longer gets up in the night for her brother or rings 999 for
    her family, and has time that is her own.

5. HOW THIS PLAN IS SET OUT
--------------------------------------------------------------------------------
Section 6 lists each task and its OWNER. WHEN each task is done is in the
schedule grid in section 7, which lists the task numbers against each month;
it is not repeated in section 6. HOW WE WILL KNOW is in section 8, by task
number.

6. TASKS
--------------------------------------------------------------------------------
T1   Visit Kacper and Zofia at home, one visit in three unannounced in the
     evening; see Zofia on her own and spend time with Kacper using his
     eye-gaze computer.
     OWNER: Jolene Akers, social worker (SW)
T2   Complete a parenting assessment of Marta and Tomasz that looks at
     Kacper's night care, his seizures and what Zofia does for him.
     OWNER: Jolene Akers (SW)
T3   Hold a family network meeting with Marta, Tomasz and Pawel and agree in
     writing who does Kacper's night turns and seizure care on each night.
     OWNER: Jolene Akers (SW)
T4   Assess Tomasz's drinking and write to the core group on whether he can
     make the changes Kacper and Zofia need, and how long that is likely to
     take.
     OWNER: Ravi Sethi, recovery worker, Asherwick Alcohol Service
T5   Key-work and a breath test with Tomasz, with a written update to each
     core group on whether he is sober on the evenings he cares for Kacper.
     OWNER: Ravi Sethi, recovery worker
T6   Review Marta's antidepressant and share her health history and any
     missed appointments with the SW, so that the core group knows how her
     health affects Kacper's care.
     OWNER: Dr Olu Bankole, GP, Millgate Surgery
T7   Complete a carer's assessment with Marta and arrange evening carers for
     Kacper's bedtime routine, so that Marta can sleep before her night
     turns.
     OWNER: Fern Whitley, social worker, Asherwick Adult Social Care
     (Carers Team)
T8   Review Kacper's seizure rescue plan and train Marta, Tomasz and Pawel
     to give buccal midazolam.
     OWNER: Sian Harper, epilepsy nurse specialist, Asherwick Children's
     Hospital
T9   Check Kacper's skin at home and dress his hip sore until it has
     healed.
     OWNER: Claire Pugh, community children's nurse
T10  Assess Kacper's bed and mattress and order a pressure-relieving
     mattress and a profiling bed with side rails.
     OWNER: Gareth Lewin, occupational therapist, Disabled Children's Team
T11  Give Kacper his anti-seizure medicines at 8am and 8pm and his
     gastrostomy feeds as the dietitian's plan says, and sign each dose
     on the medicines chart.
     OWNER: Marta and Tomasz Nowak (parents)
T12  Turn Kacper every two hours through the night and fill in the turning
     chart; Tomasz does not do a night when he has had a drink.
     OWNER: Marta and Tomasz Nowak (parents)
T13  Check Kacper's skin and pressure areas at school, record any seizure,
     and send the home-school diary home in his bag.
     OWNER: Bethan Lund, school nurse, Asherwick Vale School
T14  Stay over and do Kacper's night turns so that Marta and Zofia can
     sleep.
     OWNER: Pawel Nowak (paternal uncle)
T15  Complete a young carer's assessment with Zofia and offer her a place
     at the young carers' Saturday afternoon club.
     OWNER: Nikki Shore, Asherwick Young Carers

7. SCHEDULE (WHEN)
--------------------------------------------------------------------------------
Weekly and daily tasks start on Wednesday 18/03/2026 and run until the review
conference on Tuesday 16/06/2026. T14 is every Friday night; T13 is every
school day; T11 and T12 are every day and every night.

MONTH     | BY THIS DATE                  | EVERY WEEK      | EVERY DAY/NIGHT
----------+-------------------------------+-----------------+----------------
MAR 2026  | by core group 1, 31/03/2026:  | T1 T5 T9 T14    | T11 T12 T13
          | T3 T4 T6 T8                   |                 |
APR 2026  | by core group 2, 28/04/2026:  | T1 T5 T9 T14    | T11 T12 T13
          | T2 T7 T10 T15                 |                 |
MAY 2026  | (none due)                    | T1 T5 T9 T14    | T11 T12 T13
JUN 2026  | review conference 16/06/2026  | T1 T5 T9 T14    | T11 T12 T13
----------+-------------------------------+-----------------+----------------

8. EVIDENCE (HOW WE WILL KNOW)
--------------------------------------------------------------------------------
T1  .. Visit records show both children seen every week, Zofia seen alone,
       and Kacper's eye-gaze choices written down.
T2  .. Assessment report shared with Marta, Tomasz and the core group by
       28/04/2026.
T3  .. Written network rota, naming who does each night, sent to every core
       group member.
T4  .. Ravi's written assessment read at core group 1.
T5  .. Ravi's update reaches the SW two working days before each core
       group, with every breath test result; readings zero on the evenings
       Tomasz cares for Kacper.
T6  .. GP letter on both children's files.
T7  .. Carer's assessment on file; the care agency's timesheets show an
       evening carer at every bedtime from the start date.
T8  .. Updated rescue plan on file, and Sian's training record signed for
       Marta, Tomasz and Pawel.
T9  .. Claire's wound chart shows the sore smaller at each visit and healed
       by the review.
T10 .. Mattress and bed seen in place by the SW; OT delivery note on file.
T11 .. Medicines chart signed for every dose; checked by the SW and Claire
       at each visit.
T12 .. Turning chart shows a turn at least every two hours, every night.
T13 .. Home-school diary comes home every school day; the school nurse
       rings the SW the same day about any new mark or seizure.
T14 .. Pawel signs the turning chart for each Friday night.
T15 .. Young carer's plan sent to the SW; the club register shows Zofia
       there.

9. CONTINGENCY
--------------------------------------------------------------------------------
TRIGGER: Tomasz has been drinking while caring for Kacper (a breath test
above zero, alcohol smelt at a visit, or Marta, Zofia or the carers tell us),
or a night's turns are missing from the chart, or a seizure over five minutes
is not treated.
RESPONSE: Tomasz goes to stay at Pawel's, 8 Cobden Row, that night; Pawel
stays at Weaver Street to do the night turns; Jolene holds a strategy
discussion the same day.
IF PAWEL CANNOT HELP (ill, away or working): Jolene arranges the same day a
night carer through Oakbridge Care, the Disabled Children's Team's home-care
provider, or an emergency overnight stay for Kacper at Willowbank House short
breaks unit, so that Zofia is never the one who gets up in the night.
LEGAL: if a second incident happens, or the parenting assessment finds that
Kacper's night care cannot be made safe at home by the review conference,
Jolene will ask Declan Furey for a legal planning meeting within five working
days to decide whether to start the Public Law Outline.

10. MEETINGS
--------------------------------------------------------------------------------
Core group ...... every four weeks, Tuesdays 4pm, Asherwick Vale School:
                  31/03/2026, 28/04/2026, 26/05/2026
Review CPC ...... Tuesday 16/06/2026, 10am, Asherwick Town Hall
Kacper's views .. Mr Ellery and the SW will sit with Kacper and his eye-gaze
                  computer before each core group and bring his choices to it
================================================================================
END OF PRINT
""",
    "findings": [],
})
