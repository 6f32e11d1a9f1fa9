"""Batch 116, module k: seven fictional plans (held-out material), places beginning with "k".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md (convention 12 in
particular), without running planlint or reading its code.

Focus: plans whose timescales and measures are not written beside each
action, in layouts the corpus rarely has, for disabled or non-verbal children
and babies with medical needs. A landscape Word grid with half-term columns
and X marks and a checks table keyed by action codes (A1, B2...); a baby going
home from a neonatal unit on oxygen, whose owner columns are headed with date
ranges, with a "How we will know" list by task number and a note on one task
in a paragraph that also says something else; a Markdown plan whose actions
sit under time headings and whose measures are listed under each outcome in a
separate part; a Markdown diabetes plan built round a child's day (time-of-day
and event timescales, who-columns for school days and weekends) with checks
keyed by row; stage tables whose deadline is in a merged title row, one stage
with no time at all; a month grid with X marks and checks keyed by 1.1 / 1.2;
and plain-text core group minutes whose action log mixes carried-forward and
new actions, new ones taking the log's one deadline.

Four plans are exemplary (no findings): the Kettlebarrow half-term grid
(docx), the Kilnhollow oxygen plan (pdf), the Knowsmere outcome-checks plan
(md) and the Kirkbrindle diabetes day (md). Three carry a realistic mix of
faults among mostly good rows: the Kydderton stage tables (docx), the
Kelpstone month grid, which is mostly about the mother's own needs (pdf), and
the Kinderwell core group minutes (txt).

Counting actions (convention 1): every live row of an action table or grid
(band and title rows are not actions), every numbered sentence or line of an
action section, and every row of a daily-routine table. The contingency,
meeting dates, the measures lists and checks tables are not actions. A
one-off action marked done in the minutes' log is work already done and is
not counted; ongoing work carried forward still counts.
"""
from build_batch5 import F, H

PLANS = []


# ---------------------------------------------------------------------------
# 1. Initial conference plan for a 9-year-old autistic boy who does not
#    speak, whose mother has bipolar disorder. Landscape Word grid: one row
#    per coded action, X marks in half-term columns, then a checks table
#    keyed by the same codes. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b116_kettlebarrow_half_term_x_grid_checks_by_code_threlfall.docx",
    "doc_title": "Child Protection Plan - Noah Threlfall",
    "split": "heldout",
    "actions": 12,
    "landscape": True,
    "template": "icpc-cwd-word-plan-landscape-details-list-why-how-noah-tells-us-outcomes-lettered-then-coded-grid-a1-d1-lead-and-four-school-period-columns-headed-with-dates-x-marks-then-separate-checks-table-keyed-by-code-contingency-meetings",
    "description": (
        "Exemplary initial conference plan for a 9-year-old autistic boy who does not speak and uses "
        "a talker app, PECS and a few Makaton signs; his mother has bipolar disorder, stopped her "
        "lithium in the summer and during a manic episode he was found alone at a bus shelter at "
        "night. A landscape Word grid lists coded actions (A1 to D1) with a lead and an X in each of "
        "four dated periods of the school year (to half term, the second half of the autumn term, "
        "the Christmas holidays, the spring term up to the review); no When or Measure column. A "
        "separate checks table gives what will be seen for every code. Noah's voice is his talker, "
        "his symbols and what school and the SW have seen. The care co-ordinator and the "
        "psychiatrist both assess capacity to change, the GP owns an action, the grandfather's "
        "nights have a fallback, legal planning follows named triggers, core group and review "
        "dates are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Kettlebarrow Borough Council · Children's Services · Children with Disabilities Social Work Team"),
        ("kv", [
            ("Child", "Noah Threlfall, born 03/03/2016 (9). Autism, severe learning disability; does not use "
                      "spoken words"),
            ("School", "Fellgate Specialist School, Class 4 (Mr Colm Doyle)"),
            ("Lives with", "Gemma Threlfall (Mum, 34), Flat 8, Quayside Court, Kettlebarrow KB3 7QA"),
            ("Maternal grandfather", "Ray Threlfall (63), 14 Mill Wynd, Kettlebarrow (a five-minute drive)"),
            ("Maternal aunt", "Kirsty Threlfall (30), lives in Harrowby, 40 minutes away"),
            ("Father", "Not involved; lives abroad, no contact since 2019"),
            ("Category", "Neglect"),
            ("Initial conference", "14/10/2025, Kettlebarrow Civic Centre. Chair: Joan Ashworth (IRO)"),
            ("Social worker", "Dami Afolabi (team manager: Rosalind Geary)"),
        ]),
        ("h1", "Why Noah has a child protection plan"),
        ("p", "Gemma has bipolar disorder and has been well on lithium for several years. In July she stopped "
              "taking it. By August she was sleeping two or three hours a night, spending money she did not "
              "have and taking Noah on long walks after dark. At 1am on 16/08/2025 a neighbour found Noah on "
              "his own in his pyjamas at the bus shelter on Quay Road; Gemma had fallen asleep and the front "
              "door had been left open. Gemma was admitted to the Kettlebarrow Mental Health Unit as an "
              "informal patient from 17/08/2025 to 19/09/2025 and Noah stayed with Ray. She restarted lithium "
              "on the ward and Noah went home on 22/09/2025."),
        ("p", "Noah cannot tell anyone in words when something is wrong, has no sense of danger near roads and "
              "will leave the flat if the door is open. Through August school saw him arrive hungry and in the "
              "same clothes on several days, and his weight dropped from the 50th to the 25th centile."),
        ("h1", "How Noah tells us things, and what he has shown us"),
        ("p", "Noah uses a talker app on his iPad (about 60 symbols he knows well), a PECS book and a few "
              "Makaton signs (more, finished, home, biscuit). He flaps and hums when he is happy, lines up his "
              "trains when he is anxious and bites the back of his hand when he is overwhelmed. His "
              "communication passport, written with school, is kept in his bag."),
        ("p", "On the home visit of 08/10/2025 Noah pressed “Grandad” and “car” on his talker, took the social "
              "worker's hand and led him to the window to look for Ray's car. When Gemma sat with him he "
              "brought her his train book and leaned against her. At school on 09/10/2025 he chose the “tired” "
              "symbol at morning register three days running and went to sleep in the sensory room. Mr Doyle "
              "says Noah has been biting his hand more since September, mostly on Monday mornings."),
        ("p", "Asked with his symbols where he likes to sleep, Noah chose “Grandad” and “bed”. Asked what he "
              "likes at home, he chose “Mum”, “trains” and “bath”."),
        ("h1", "What needs to be different for Noah"),
        ("bullets", [
            "A. Noah is looked after day and night by an adult who is well enough to keep him safe, and he "
            "never leaves home on his own.",
            "B. Noah gets to school every day, fed, rested and in clean clothes, and his weight goes back "
            "towards the 50th centile.",
            "C. Noah has his say about home through his talker and symbols, and the adults around him act on it.",
            "D. Noah has a family who have agreed in advance who cares for him if his mum becomes unwell again.",
        ]),
        ("h1", "The plan across the school year"),
        ("p", "Each action has a code. An X means the action happens in that period: where it repeats, it "
              "repeats at the frequency written in the action throughout the period; where it is a single "
              "piece of work, it is finished by the last date of the period. How we will check each action is "
              "in the table after this one, under the same code."),
        ("table", {
            "header": ["Code", "Action", "Lead",
                       "14/10 – 24/10/2025 (to half term)",
                       "03/11 – 19/12/2025 (autumn term 2)",
                       "20/12/2025 – 04/01/2026 (Christmas holidays)",
                       "05/01 – 13/01/2026 (spring term, to the review)"],
            "widths": [1.6, 8.4, 4.9, 2.7, 2.7, 2.7, 2.7],
            "rows": [
                ["A1",
                 "Visit Noah at home every week, one visit in three unannounced, and see how Gemma and Noah are "
                 "with each other at his tea and bedtime",
                 "Dami Afolabi, social worker (SW)", "X", "X", "X", "X"],
                ["A2",
                 "Sleep at Quayside Court on Friday and Saturday nights and do Noah's bath and bedtime routine "
                 "with him",
                 "Ray Threlfall (maternal grandfather)", "X", "X", "X", "X"],
                ["A3",
                 "Take her lithium every evening and give blood for her lithium level whenever the clinic asks, "
                 "so that she stays well enough to keep Noah safe at night",
                 "Gemma Threlfall (Mum)", "X", "X", "X", "X"],
                ["A4",
                 "Fit an alarm to the front door and restrictors to the windows of Noah's bedroom and the living "
                 "room, and show Gemma and Ray how the alarm works",
                 "Ellen Marsh, occupational therapist, Kettlebarrow Children's Disability Team", "X", "", "", ""],
                ["B1",
                 "Write in Noah's home–school book each school day how he slept, ate and arrived, and phone the "
                 "SW the same day about any mark, hunger or missed day",
                 "Mrs Joanne Pryor, DSL, Fellgate Specialist School", "X", "X", "", "X"],
                ["B2",
                 "See Noah about his sleep, his melatonin and his weight, and write to the SW and the GP with his "
                 "sleep and diet plan",
                 "Dr Priya Raman, community paediatrician, Kettlebarrow Child Development Centre", "", "X", "",
                 ""],
                ["B3",
                 "Four sessions with Noah, using his talker and feelings symbols, about home, night-time and his "
                 "nights with Grandad",
                 "Dami Afolabi, SW, with Mr Colm Doyle (class teacher)", "", "X", "", "X"],
                ["B4",
                 "Assess Noah and Gemma for overnight short breaks at Larchfield House",
                 "Leanne Pike, co-ordinator, Kettlebarrow Short Breaks Service", "", "X", "", ""],
                ["C1",
                 "Visit Gemma every two weeks, go through her lithium, sleep and early warning signs with her, "
                 "and write to each core group on whether she is making and keeping the changes Noah needs and "
                 "how long that is likely to take",
                 "Tom Kerrigan, care co-ordinator, Kettlebarrow Community Mental Health Team", "X", "X", "X",
                 "X"],
                ["C2",
                 "See Gemma in outpatient clinic and assess her insight, her risk of relapse and her capacity to "
                 "keep Noah safe, with the likely timescale for any change still needed",
                 "Dr Sunil Varma, consultant psychiatrist, Kettlebarrow Community Mental Health Team", "", "X",
                 "", ""],
                ["C3",
                 "Send the SW Gemma's lithium level after each blood test, and tell the SW within two working "
                 "days of any test she misses",
                 "Dr Alison Brook, GP, Quayside Medical Practice", "X", "X", "X", "X"],
                ["D1",
                 "Hold a family group conference with Gemma, Ray and Kirsty so that the family plan who looks "
                 "after Noah if Gemma becomes unwell",
                 "Imran Bashir, co-ordinator, Kettlebarrow Family Group Conference Service", "", "X", "", ""],
            ],
        }),
        ("h2", "Checks: how we will know each action is working"),
        ("table", {
            "header": ["Code", "What we will see", "Who looks for it"],
            "widths": [1.6, 17.1, 7.0],
            "rows": [
                ["A1", "Visit records show Noah seen every week, a third of the visits unannounced, with what he "
                       "did and chose on his talker written down", "Rosalind Geary (team manager), monthly"],
                ["A2", "The night sheet in Noah's folder is signed by Ray for every Friday and Saturday night",
                 "Dami Afolabi, at the first visit each week"],
                ["A3", "Every lithium level in range (C3 letters) and no missed evening dose on Tom's tablet count",
                 "Tom Kerrigan and Dami Afolabi"],
                ["A4", "Alarm and restrictors seen fitted and working at the first visit after half term; Ellen's "
                       "completion note on file", "Dami Afolabi"],
                ["B1", "A photo of the home–school book emailed to the SW each Friday; same-day calls logged on "
                       "CPOMS; attendance of 95% or more", "Mrs Pryor and Dami Afolabi"],
                ["B2", "Clinic letter with Noah's weight, centile and sleep plan on file by 19/12/2025",
                 "Dami Afolabi"],
                ["B3", "Noah's symbol choices and talker phrases from all four sessions kept on file and brought "
                       "to the review conference", "Joan Ashworth (IRO), at the review"],
                ["B4", "The assessment report and the short breaks offer letter on file by 19/12/2025",
                 "Dami Afolabi"],
                ["C1", "Tom's written report on file before every core group, with his view on the timescale",
                 "Core group chair"],
                ["C2", "Dr Varma's written assessment sent to the SW and shared with the core group by 19/12/2025",
                 "Rosalind Geary"],
                ["C3", "GP letter after every test; any missed test reported within two working days",
                 "Dami Afolabi"],
                ["D1", "The family's written plan, naming who has Noah if Gemma is unwell, sent to every core group "
                       "member by 19/12/2025", "Core group on 06/01/2026"],
            ],
        }),
        ("p", "A note on B2 and C2: both are due in autumn term 2 so that the core group on 06/01/2026 can read "
              "them before the review. Dr Raman has asked school to weigh Noah in December, as he will not stand "
              "on the clinic scales."),
        ("h1", "If things go wrong"),
        ("p", "If Gemma misses two evening doses of lithium, her level is out of range, or she shows two of her "
              "early warning signs (sleeping less than five hours, spending sprees, talking very fast, taking "
              "Noah out after dark), Tom will see her the same day and involve the crisis team if needed, and "
              "Noah will go to Ray's at 14 Mill Wynd that evening."),
        ("p", "If Noah is found outside the flat on his own, or the door alarm has been switched off, the SW will "
              "hold a strategy discussion with the police the same day and Noah will stay with Ray until it has "
              "taken place."),
        ("p", "If Ray cannot have Noah or cannot do his nights (he is ill or away), Kirsty will come and stay at "
              "Quayside Court; if neither of them can, the SW will arrange that same day the emergency bed at "
              "Larchfield House or a foster carer with autism experience."),
        ("p", "If Gemma stops her lithium again, is readmitted, or Dr Varma's assessment says she cannot keep Noah "
              "safe within his timescale, the SW will ask Rosalind Geary for a legal planning meeting within five "
              "working days."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 1.30pm: 28/10/2025 at Kettlebarrow Family Hub (half term), "
            "then 25/11/2025 and 06/01/2026 at Fellgate Specialist School.",
            "Review child protection conference: Tuesday 13/01/2026, 10am, Kettlebarrow Civic Centre.",
            "Before each core group Dami will sit with Noah and his talker and bring his choices to the meeting.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Pre-discharge initial conference plan for a baby born at 29 weeks, going
#    home from the neonatal unit on oxygen and tube top-ups; father's cannabis
#    use, both parents smoke. Landscape Word plan printed to PDF: the owner
#    columns are headed with date ranges (until discharge, first four weeks
#    at home, to the review), then a "How we will know" list by task number
#    with one task's measure in a note that also says something else.
#    Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b116_kilnhollow_date_range_owner_columns_home_oxygen_penhaligon.pdf",
    "doc_title": "Child Protection Plan - Alba Penhaligon",
    "split": "heldout",
    "actions": 13,
    "landscape": True,
    "font_size": 9.5,
    "template": "neonatal-discharge-icpc-plan-word-printed-to-pdf-landscape-header-footer-details-why-albas-days-on-the-unit-outcomes-then-task-table-with-three-owner-columns-headed-by-date-ranges-until-discharge-first-four-weeks-to-review-then-how-we-will-know-list-by-task-number-and-note-paragraph-contingency-meetings",
    "description": (
        "Exemplary initial conference plan, held before discharge, for a baby born at 29 weeks with "
        "chronic lung disease who will go home from the neonatal unit on low-flow oxygen and tube "
        "top-ups. Her mother is a 19-year-old care leaver; her father smokes cannabis every day and "
        "both parents smoke tobacco. The task table has no When or Who column: its three right-hand "
        "columns are headed with date ranges (until discharge, the first four weeks at home, then to "
        "the review conference), and each cell names who does the task in that period and how "
        "often. A separate 'How we will know' list gives the measure by task number, and one task's "
        "measure is in a note after the list that also mentions a free smoke alarm. The baby's days "
        "on the unit are described; the drug service reports on change; the former foster carer's "
        "nights and the grandmother's lifts have a fallback; legal planning follows named triggers; "
        "core group and review dates are set."
    ),
    "header": "OFFICIAL-SENSITIVE – Kilnhollow City Council – Children's Social Care",
    "footer": "Alba Penhaligon – child protection plan (ICPC 06/11/2025) – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Kilnhollow City Council · Children's Social Care · Early Help and Safeguarding Team 3"),
        ("kv", [
            ("Child", "Alba Penhaligon, born 02/09/2025 at 29 weeks and 4 days; now 9 weeks old (38 weeks "
                      "corrected)"),
            ("Where Alba is", "Wren Neonatal Unit, Kilnhollow General Hospital. Expected to go home in the week "
                              "beginning 24/11/2025. Alba is not looked after: Chloe and Jordan share parental "
                              "responsibility and she will go home to them."),
            ("Alba's health", "Chronic lung disease of prematurity: goes home on 0.1 litres a minute of oxygen "
                              "through a nasal cannula, from a concentrator with back-up cylinders. Bottle feeds "
                              "with nasogastric (NG) tube top-ups."),
            ("Parents", "Chloe Penhaligon (19) and Jordan Reece (22), Flat 3, 27 Kiln Street, Kilnhollow KH2 "
                        "4DN"),
            ("Support", "Maggie Hollis, Chloe's foster carer from age 13 to 18, 6 Bramble Rise, Kilnhollow; "
                        "Denise Reece, Jordan's mum, 41 Quarry Lane, Kilnhollow"),
            ("Category", "Neglect"),
            ("Initial conference", "06/11/2025, held on the hospital site. Chair: Colin Treharne (IRO)"),
            ("Social worker", "Sian Trelawny (team manager: Mark Eddy)"),
        ]),
        ("h1", "Why Alba has a plan"),
        ("p", "In Alba's first six weeks on the unit Chloe and Jordan visited on 9 of 42 days and missed two of "
              "the three sessions booked to learn her tube feeds. On two visits they smelled strongly of "
              "cannabis and one nurse saw Jordan asleep in the parents' room with Alba out of her cot. At the "
              "home visit on 29/10/2025 the flat smelled of cannabis and tobacco smoke, and the ashtrays were "
              "next to the socket where the oxygen concentrator would go. Oxygen makes any flame burn fiercely: "
              "smoking near it can cause a fire that spreads in seconds."),
        ("p", "Since the end of October Chloe and Jordan have visited every day, Chloe has done eight tube feeds "
              "under supervision and Jordan has started going to the drug service. Chloe says she wants to stop "
              "smoking and that she was frightened by what the fire officer told her."),
        ("h1", "Alba's days on the unit"),
        ("p", "The nurses and the social worker have watched Alba closely. She settles within a minute when Chloe "
              "holds her skin-to-skin and her oxygen levels are steadier while she is held. When she cries hard "
              "her levels dip and she needs her oxygen turned up for a short while. She takes about a third of "
              "each feed from a bottle before tiring, and the rest goes down her tube. She startles and cries at "
              "loud voices and at the monitor alarms, and goes still and watches Jordan's face when he hums to "
              "her. On 03/11/2025 she held Chloe's finger through the whole of her feed."),
        ("h1", "What we want for Alba"),
        ("numbers", [
            "Alba goes home only when her parents can manage her oxygen and tube feeds safely on their own, and "
            "she has no unplanned return to hospital caused by her care at home.",
            "Alba gains weight steadily along the 9th centile for her corrected age and moves on to full bottle "
            "feeds.",
            "Alba lives in a home where nobody smokes tobacco or cannabis, and her oxygen is kept away from any "
            "flame or heater.",
            "Alba is cared for by sober, awake adults who notice when she is tired, hungry or struggling to "
            "breathe, and who get her to every hospital and clinic appointment.",
        ]),
        ("h1", "The plan"),
        ("p", "The three right-hand columns are the periods of the plan. The name in a column is the person "
              "who does that task in that period, with how often; “–” means the task does not run in that "
              "period. How we will know each task is working is in the next section, under the same number."),
        ("table", {
            "header": ["No.", "What needs to happen",
                       "Until Alba comes home (discharge expected w/c 24/11/2025)",
                       "First four weeks at home (to 21/12/2025)",
                       "22/12/2025 to the review conference (03/02/2026)"],
            "widths": [1.0, 8.3, 5.4, 5.5, 5.5],
            "rows": [
                ["1",
                 "Visit Alba, see her awake and being cared for, and talk with Chloe and Jordan about how they "
                 "are managing her care",
                 "Sian Trelawny, social worker (SW) – twice a week on Wren Unit",
                 "Sian Trelawny, SW – twice a week at home, one visit unannounced",
                 "Sian Trelawny, SW – every week at home"],
                ["2",
                 "Room in on the unit and do all of Alba's cares – oxygen, tube and bottle feeds, nappies, "
                 "settling – with the nurses watching but not helping",
                 "Chloe and Jordan – three nights in a row, the last three nights before discharge",
                 "–",
                 "–"],
                ["3",
                 "Train and sign off both parents on Alba's oxygen, her tube, her feeds and baby basic life "
                 "support, and chair the discharge planning meeting",
                 "Nia Cardew, discharge co-ordinator, Wren Neonatal Unit – before discharge",
                 "–",
                 "–"],
                ["4",
                 "Home visits to check Alba's oxygen levels, her tube and her feeds, and to weigh her",
                 "–",
                 "Becca Lowrie, neonatal outreach nurse – twice a week",
                 "Becca Lowrie, neonatal outreach nurse – every week"],
                ["5",
                 "Set Alba's feed volumes and the steps for moving her from tube top-ups to full bottle feeds",
                 "Harriet Nkemdirim, neonatal dietitian – before discharge",
                 "Harriet Nkemdirim – every two weeks, by phone with Becca",
                 "Harriet Nkemdirim – at Alba's clinic on 13/01/2026"],
                ["6",
                 "Home fire safety visit: check the smoke alarms, agree where the concentrator and cylinders go, "
                 "and go through the no-smoking rule with Chloe and Jordan",
                 "Watch Manager Dan Polglase, Kilnhollow Fire and Rescue – before discharge",
                 "Dan Polglase – a return visit in Alba's first week at home",
                 "–"],
                ["7",
                 "Smoke no tobacco or cannabis inside the flat or near Alba or her oxygen; smoke only outside "
                 "the building with the door shut, and wash hands before handling her",
                 "Chloe and Jordan – every day from this conference",
                 "Chloe and Jordan – every day",
                 "Chloe and Jordan – every day"],
                ["8",
                 "Key-work and a urine screen with Jordan, and a written view for each core group on whether he "
                 "has stopped using cannabis around Alba and how long any further change is likely to take",
                 "Pete Angove, recovery worker, Kilnhollow Drug and Alcohol Service – every week",
                 "Pete Angove – every week",
                 "Pete Angove – every two weeks"],
                ["9",
                 "Help Chloe and Jordan stop smoking tobacco, with nicotine replacement and a carbon monoxide "
                 "reading at each session, so that Alba's home is smoke-free",
                 "Jess Rowe, adviser, Kilnhollow Stop Smoking Service – every week",
                 "Jess Rowe – every week, at the flat",
                 "Jess Rowe – every two weeks"],
                ["10",
                 "Stay at the flat overnight, 10pm to 7am, and do or watch Alba's 2am feed",
                 "–",
                 "Maggie Hollis (Chloe's former foster carer) – Monday, Wednesday and Friday nights",
                 "Maggie Hollis – every Friday night"],
                ["11",
                 "Drive Chloe, Jordan and Alba, with her portable cylinder, to each of Alba's hospital, eye and "
                 "clinic appointments",
                 "–",
                 "Denise Reece (paternal grandmother) – every appointment on the list in Alba's red folder",
                 "Denise Reece (paternal grandmother) – every appointment on the list"],
                ["12",
                 "Weigh Alba, check her development and that she sleeps on her back in her own cot with the "
                 "tubing secured, and give her immunisations on time",
                 "Lowenna Hocking, health visitor (HV) – one visit to the unit before discharge",
                 "Lowenna Hocking, HV – first home visit within 48 hours of discharge, then every two weeks",
                 "Lowenna Hocking, HV – every two weeks"],
                ["13",
                 "Parenting assessment of Chloe and Jordan: how they read and answer Alba's cues and manage her "
                 "medical care day and night",
                 "–",
                 "Sian Trelawny, SW – a session every week",
                 "Sian Trelawny, SW – report written by 16/01/2026"],
            ],
        }),
        ("h1", "How we will know it is working"),
        ("pi", "1. Sian's visit records show every visit made, Alba seen awake each time and at least one "
               "unannounced home visit a fortnight, with what she saw of Alba's care written down."),
        ("pi", "2. The ward's rooming-in record shows three nights running with every care done by Chloe or "
               "Jordan and no nurse stepping in."),
        ("pi", "3. Nia's competency sheets are signed for both parents and the written discharge plan is sent to "
               "every core group member before Alba leaves the unit."),
        ("pi", "4. Becca's oxygen-level and weight chart, copied to the SW every Friday; levels stay at 92% or "
               "above at every check."),
        ("pi", "5. Alba's weight in her red book stays on or above the 9th centile; the dietitian's letter gives "
               "the date for the last tube top-up."),
        ("pi", "7. No smoke smelled and no ash or cigarettes seen indoors at any visit by the SW, HV, outreach "
               "nurse or fire service; Jess's carbon monoxide readings are shared with the SW."),
        ("pi", "8. Pete's written report and the screen results are on file two working days before every core "
               "group, and all screens from December are negative."),
        ("pi", "9. Jess's carbon monoxide reading for each parent at each session, falling to the non-smoker "
               "range by the review."),
        ("pi", "10. Maggie signs the night sheet in Alba's red folder after each night; Sian checks it at every "
               "visit."),
        ("pi", "11. The red folder's appointment list is ticked for every appointment kept, and the hospital "
               "letters show Alba seen."),
        ("pi", "12. Lowenna's weights and development checks in the red book; immunisations recorded on the day "
               "they are due; Alba seen in her cot on her back at each visit."),
        ("pi", "13. The written parenting assessment shared with Chloe, Jordan and the core group by "
               "16/01/2026, in time for the review."),
        ("p", "About task 6: the fire service's home safety certificate will be on Alba's file before she is "
              "discharged, and Dan's note of the return visit within a week of her coming home. Dan has also "
              "offered Maggie a free smoke alarm for Bramble Rise, where Alba may stay if the contingency is "
              "used."),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Chloe and Jordan have not completed three nights of rooming-in by 28/11/2025, Alba stays on Wren "
            "Unit and is not discharged; Sian will hold a professionals' meeting on the unit the same week.",
            "If Alba's oxygen levels are below 92% at two checks in a row, or she loses weight at two weighs in a "
            "row, Becca will arrange for her to be seen at the Kilnhollow General children's assessment unit the "
            "same day and will tell Sian.",
            "If anyone smokes in the flat or near Alba's oxygen, or Jordan is found under the influence of "
            "cannabis while caring for her, Alba and Chloe will go to Maggie's home at 6 Bramble Rise that day "
            "(the fire service has checked it), and Sian will hold a strategy discussion the same day.",
            "If Maggie cannot do her nights or have Alba, Denise will stay at the flat instead; if Denise cannot "
            "drive them to an appointment, Sian will book hospital transport that day. If neither Maggie nor "
            "Denise can help, Sian will arrange that day a parent-and-baby foster placement for Chloe and Alba, "
            "or a foster carer trained in home oxygen for Alba.",
            "If smoking near Alba's oxygen happens twice, Jordan has two positive screens in any month, or the "
            "rooming-in has still not been done by 05/12/2025, Sian will ask Mark Eddy for a legal planning "
            "meeting within five working days to decide whether to start the Public Law Outline.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 2pm: 18/11/2025 on Wren Unit (the discharge planning "
            "meeting follows it), then 16/12/2025 and 13/01/2026 at Kiln Street Children's Centre.",
            "Review child protection conference: Tuesday 03/02/2026, 10am, Kilnhollow Civic Centre.",
            "Sian will write up what she has seen of Alba's day for each core group and for the review.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Initial conference plan for a 12-year-old girl with cerebral palsy who
#    uses a power chair and an eye-gaze device; father drinks on the nights
#    he cares for her. Markdown: actions numbered under four time headings
#    (by a date, by the end of term, every week to the review, every time
#    she is moved), and a separate part listing the measures under each
#    outcome by action number. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b116_knowsmere_time_headings_checks_under_outcomes_dunphy.md",
    "split": "heldout",
    "actions": 14,
    "template": "icpc-cwd-plan-md-numbered-parts-about-maisie-why-her-own-words-eye-gaze-outcomes-lettered-then-numbered-owner-first-sentences-under-four-time-headings-date-end-of-term-every-week-every-transfer-then-separate-part-measures-listed-under-each-outcome-by-action-number-contingency-meetings",
    "description": (
        "Exemplary initial conference plan for a 12-year-old girl with cerebral palsy who uses a "
        "power chair, speaks in short phrases and uses an eye-gaze device; her father drinks on the "
        "nights he cares for her while her mother works, she has been lifted by her arms instead of "
        "hoisted, left in her chair late at night, and has a pressure sore. Markdown in numbered "
        "parts: fourteen owner-first numbered sentences sit under four time headings (all done by "
        "31/10/2025, by the end of the autumn term, every week until the review, every time Maisie "
        "is moved), with no timescale or measure in the sentences themselves; a separate part lists, "
        "under each outcome, what will be seen for each action by its number. Maisie's own words and "
        "eye-gaze answers; the alcohol service reports on change and the GP owns an action; the "
        "aunt's bedtimes have a fallback; legal planning follows named triggers; core group and "
        "review dates are set."
    ),
    "text": """\
# Child protection plan: Maisie Dunphy

Knowsmere Council · Children's Services · Disabled Children's Team

Agreed at the initial child protection conference on Tuesday 21/10/2025 (chair: Alun Rosewarne, IRO).
Category: neglect. Social worker: Owen Quick (team manager: Tamsin Brea).

## Part 1. About Maisie

- **Maisie Dunphy**, 12 (born 30/05/2013), Year 8 at Knowsmere Park School
- Cerebral palsy affecting all four limbs. Maisie drives a power chair with a head switch, needs a ceiling hoist
  for every transfer, wears ankle splints and sleeps in a sleep system. She speaks in short phrases that people
  who know her understand, and uses an eye-gaze device for anything longer.
- Lives with **Martin Dunphy** (Dad, 44) and **Ruth Dunphy** (Mum, 41, a nurse on nights at Knowsmere Hospice,
  Monday to Wednesday) and her brother **Liam** (17), at 5 Gullhaven Road, Knowsmere KW4 2RP
- **Siobhan Dunphy**, Martin's sister, lives two streets away at 22 Pier Terrace

## Part 2. Why Maisie has a plan

On 02/10/2025 school staff found fingertip bruises on both of Maisie's upper arms. She told her teaching
assistant, with her eye-gaze device, "Dad lift me. Arms hurt." On the nights Ruth works, Martin has been lifting
Maisie from her chair to her bed on his own instead of using the hoist, and on some nights has left her in her
chair until after midnight. He has told the GP he drinks six to eight cans on those evenings. Maisie now has a
grade 2 pressure sore at the base of her spine. She has missed her hip X-ray and the fitting for her new splints,
and Liam has been getting up in the night to turn her.

## Part 3. What Maisie has told us

Maisie was seen on her own at school on 14/10/2025 with her teaching assistant, Mrs Jago, and her eye-gaze device.
When asked about home she said "Mum nights. Dad loud." On the device she chose "tired", "sore" and "scared" for
bedtime, and "happy" for Saturdays. Asked who she would like to put her to bed she said "Auntie Shiv" and then
"Mum". She said "No arms" and moved her eyes to the picture of the hoist. She wants to go on the school residential
trip in the spring and to "have sleepover, like Ella".

At home on 16/10/2025 Maisie laughed at Liam's jokes and drove her chair to the door to meet the social worker.
She went quiet when Martin came in from the kitchen.

## Part 4. What we want for Maisie

- **A.** Maisie is moved and handled safely every day, with the hoist, and has no more bruises.
- **B.** Maisie's body is looked after: her pressure sore heals, her hips and feet are checked, and she gets to
  every appointment.
- **C.** Maisie is put to bed each night by a sober adult, at the time in her care plan, and is turned in the night
  by an adult, not by Liam.
- **D.** Maisie's own voice is heard and she has time away from home with other young people, like any 12-year-old.

## Part 5. What will happen

### 5.1 Straight away – everything in this section is done by Friday 31/10/2025

1. **Gwen Pascoe, occupational therapist, Knowsmere Children's Therapy Service,** will check Maisie's ceiling hoist
   and sling at home and train Martin, Ruth and Siobhan to use them.
2. **Dr Helen Carne, GP, Tidewell Surgery,** will send Owen Martin's alcohol history and his liver blood results,
   and refer Martin to Knowsmere Alcohol Service (Martin has agreed to both).
3. **Jess Kitto, tissue viability nurse, Knowsmere Community Health,** will assess Maisie's pressure sore and write
   a skin care plan for home and for school.
4. **Owen Quick (SW)** will refer Liam to Knowsmere Young Carers, so that he has support of his own and stops
   getting up at night to turn Maisie.

### 5.2 By the end of the autumn term – everything in this section is done by Friday 19/12/2025

5. **Dr Amal Hussain, community paediatrician,** will rebook Maisie's hip X-ray, see her with the result, and write
   to Owen and the GP with any referral to the orthopaedic team.
6. **Ben Tregear, orthotist, Knowsmere Hospital,** will fit Maisie's new ankle splints and show Ruth and school how
   long she should wear them each day.
7. **Owen Quick (SW)** will hold a family network meeting with Martin, Ruth, Siobhan and Liam to agree, in writing,
   who gets Maisie up and who puts her to bed on each of Ruth's working nights.
8. **Nadia Rowe, co-ordinator, Knowsmere Short Breaks Service,** will assess Maisie for after-school clubs and
   overnight short breaks, and ask Maisie what she would like.

### 5.3 Every week until the review conference on 13/01/2026

9. **Owen Quick (SW)** will visit Maisie at home, one visit in three at bedtime on one of Ruth's working nights,
   and see her on her own with her eye-gaze device.
10. **Sam Polkinghorne, recovery worker, Knowsmere Alcohol Service,** will see Martin for key-work with a breath
    test, and write to each core group on whether he has stopped drinking on the nights he cares for Maisie and
    how long any further change is likely to take.
11. **Martin** will drink no alcohol on Monday, Tuesday and Wednesday, the nights he looks after Maisie, and will
    take a breath test at his key-work session each Monday.
12. **Siobhan Dunphy (paternal aunt)** will come to the house at 8pm on Monday, Tuesday and Wednesday and do
    Maisie's bedtime hoist and turn with Martin.
13. **Mrs Claire Rowse, DSL, Knowsmere Park School,** will have the school nurse check Maisie's arms and skin at her
    first change each Monday and Thursday, note how she arrives, and ring Owen the same day about any new mark.

### 5.4 Every time Maisie is moved in or out of her chair or bed

14. **Martin and Ruth** will use the ceiling hoist and sling for the transfer, never lift Maisie by her arms, and
    follow Jess's skin care plan for how long she sits in her chair.

## Part 6. How we will know it is working – outcome by outcome

The numbers are the actions in Part 5.

**Outcome A – moved and handled safely, no more bruises**

- Action 1: Gwen's training record, signed by Martin, Ruth and Siobhan by 31/10/2025, is on Maisie's file, with
  the hoist's service date.
- Action 13: the school nurse's body map is emailed to Owen each Friday; any same-day call is logged on CPOMS.
- Action 14: no new bruise on Maisie's arms at any school check or visit; at each visit Maisie shows Owen on her
  device whether she was hoisted.

**Outcome B – her body looked after**

- Action 3: the skin care plan is on file and at school by 31/10/2025; Jess grades the sore at every visit and
  records it healed by the review.
- Action 5: the clinic letter with the X-ray result is on file by 19/12/2025.
- Action 6: Ben's fitting note is on file and Maisie is seen wearing her splints at two visits in a row.

**Outcome C – a sober adult at bedtime every night**

- Action 2: the GP letter is on file and the Alcohol Service has confirmed the referral in writing.
- Action 7: the written network plan is sent to every core group member by 19/12/2025.
- Action 10: Sam's written report is on file two working days before every core group.
- Action 11: every Monday breath test reads zero, and no alcohol is smelled at the bedtime visits.
- Action 12: Siobhan signs the bedtime sheet in Maisie's folder each night she comes; Owen checks it weekly.

**Outcome D – her voice, and time with other young people**

- Action 4: the Young Carers acceptance letter is on file by 31/10/2025 and Liam tells Owen he no longer gets up
  in the night.
- Action 8: the assessment report and the short breaks offer letter are on file by 19/12/2025, with Maisie's
  choices written in.
- Action 9: visit records show Maisie seen alone every week, with her eye-gaze answers written down word for
  word.

## Part 7. If things go wrong

- **A new bruise, or Maisie found in her chair after 10pm:** school or whoever finds it tells Owen (or the duty
  team) the same day; Owen holds a strategy discussion the same day and Maisie stays with Ruth, who will not go to
  work until it has taken place (her manager at the hospice has agreed this).
- **Martin drinks on one of his nights** (a positive breath test, alcohol smelled at a visit, or Maisie or Liam
  says so): Siobhan stays the night, Martin does no transfers until the next core group, and Owen is told the same
  day.
- **Siobhan cannot come** (she is ill or away): Ruth swaps her shift; if she cannot, Owen books that evening's
  emergency bed at Trewen House, the short breaks home that has Maisie's hoist and sleep system.
- **No change:** if Martin has two positive breath tests, or there is another unexplained bruise, before the review,
  Owen will ask Tamsin Brea for a legal planning meeting within five working days.

## Part 8. Meetings

- Core group every four weeks at Knowsmere Park School, Tuesdays at 3.30pm: 04/11/2025, 02/12/2025 and
  06/01/2026.
- Review child protection conference: Tuesday 13/01/2026, 10am, Knowsmere Guildhall.
- Maisie will be asked before each core group, with her eye-gaze device, what she wants the meeting to know.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Initial conference plan for a 7-year-old with type 1 diabetes on an
#    insulin pump, two admissions with ketoacidosis; mother with depression,
#    father living apart. Markdown: a table of Sofi's day (time-of-day and
#    event timescales, who-columns for school days and for weekends and
#    holidays), then the rest of the plan under two timed headings, and a
#    checks list keyed by row and number. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b116_kirkbrindle_diabetes_day_table_who_by_day_type_varga.md",
    "split": "heldout",
    "actions": 14,
    "template": "icpc-medical-needs-plan-md-details-bullets-why-what-sofi-says-outcomes-then-daily-routine-table-ref-when-time-of-day-or-event-what-needs-doing-who-on-school-days-who-at-weekends-and-holidays-then-numbered-rest-of-plan-under-two-timed-headings-then-checks-list-keyed-by-d-and-b-refs-contingency-meetings",
    "description": (
        "Exemplary initial conference plan for a 7-year-old with type 1 diabetes on an insulin pump "
        "and glucose sensor, admitted twice with diabetic ketoacidosis after pump sites went "
        "unchanged and night alarms went unanswered; her mother has depression and sleeps through "
        "the alarms, her father lives nearby and has her on Wednesdays and every other weekend. "
        "The plan is built round Sofi's day: a table whose timescales are times of day and events "
        "(before breakfast, on arrival at school, at bath time every third day, at every night "
        "alarm) and whose owners are in two columns, one for school days and one for weekends and "
        "holidays; the rest of the plan sits under two timed headings with no dates in the "
        "sentences; a checks list gives what will be seen for every row and number. Sofi's own "
        "words; the mental health practitioner reports on capacity to change and the GP owns an "
        "action; the father's part has a fallback; legal planning follows named triggers; core "
        "group and review dates are set."
    ),
    "text": """\
# Sofi Varga – Child Protection Plan

*Kirkbrindle Council, Children and Families Service – Safeguarding Team East*
*Initial child protection conference: Tuesday 28/10/2025. Chair: Gwenllian Pryce (IRO). Category: neglect.*

- **Child:** Zsófia (Sofi) Varga, 7, born 11/02/2018 – Year 3, Kirkbrindle Primary School
- **Sofi's health:** type 1 diabetes since May 2024. Insulin pump and a glucose sensor (CGM) that sends her
  readings to Mum's phone and sounds an alarm if she goes below 4.0 or above 14.0
- **Lives with:** Ildikó Varga (Mum, 35) and Bence Varga (brother, 3), 12 Tanner's Row, Kirkbrindle KR1 6BE
- **Dad:** Gábor Varga (38), 3 Weir Cottages, Kirkbrindle. Has Sofi and Bence every Wednesday after school until
  Thursday morning and every other weekend, Friday 5pm to Sunday 5pm
- **Social worker:** Hannah Blythe (team manager: Dylan Morgan)

## Why Sofi has a plan

Sofi was admitted to Kirkbrindle Children's Hospital with diabetic ketoacidosis (DKA) on 14/03/2025 and again on
21/09/2025. Both times her pump site had not been changed for five or six days and her sensor had alarmed for hours
in the night with nobody getting up. Ildikó has had depression since she and Gábor separated in 2024; her new
medication makes her sleep very deeply. In September the school found that Sofi's hypo kit had been empty for a
week. Sofi has learned to wake her mum by shouting when her phone beeps.

## What Sofi says

Sofi talked to the social worker at school on 22/10/2025, and drew "my diabetes day".

> "I hate the beeping at night because Mummy doesn't wake up and I have to shout really loud and then Bence cries."

> "Daddy does my site quicker and it doesn't hurt. Mrs Bell is the best at lunch."

> "I want to go to Amira's sleepover but Mummy says no because of my pump."

In her drawing she coloured the night-time part black and put a sad face on her bed. She gave her mornings a
smiley face "because of Coco Pops".

## What we want for Sofi

1. Sofi's glucose is in her target range for most of each day and night, and she has no more DKA admissions.
2. Every night an adult wakes to Sofi's alarms, so that Sofi never has to wake her mum herself.
3. Sofi gets to school every day and does what her friends do, clubs and sleepovers too, with her diabetes safely
   looked after.
4. Sofi and Bence live with a mum who is well enough to get up to them at night and to follow Sofi's diabetes plan
   every day.

## Part A – Sofi's day: who does what

The *When* column is the timescale: every row happens every day at that time or on that event. The two right-hand
columns say who does it on school days and who does it at weekends and in the school holidays. How we will know
each row is working is in the checks list at the end, under the same reference.

| Ref | When | What needs doing | Who – school days | Who – weekends and holidays |
|---|---|---|---|---|
| D1 | 7.15am, before breakfast | Check Sofi's glucose on her sensor, count the carbs in her breakfast and give the bolus through her pump | Ildikó (Mum); Gábor (Dad) on the Thursday mornings after his Wednesday night | Ildikó; Gábor on his weekends |
| D2 | On arrival at school, 8.45am | Check Sofi's glucose and that her hypo kit, spare pump set and ketone meter are in her bag; ring Ildikó, and the SW the same day, if anything is missing | Mrs Nicola Hearn, DSL, Kirkbrindle Primary | – (school closed) |
| D3 | 10.30am snack and 12.15pm lunch | Check her glucose, count the carbs and give the bolus; treat any low from the hypo kit and check again after 15 minutes | Mrs Lorna Bell, diabetes-trained teaching assistant, Kirkbrindle Primary | Ildikó; Gábor on his weekends |
| D4 | 3.15pm after school, and 5.30pm tea | Check her glucose before her snack and before any club or play out; count the carbs at tea and give the bolus | Ildikó; Gábor on Wednesdays | Ildikó; Gábor on his weekends |
| D5 | Every third day, at bath time | Change the pump site and the insulin cartridge, and write the date and the place of the new site on the chart on the fridge | Ildikó; Gábor when it falls on a Wednesday | Ildikó; Gábor on his weekends |
| D6 | 7.30pm, bedtime | Check her glucose and the insulin left in the pump; phone charged, sensor alarms on loud, hypo kit by her bed | Ildikó; Gábor on Wednesdays | Ildikó; Gábor on his weekends |
| D7 | Every sensor alarm in the night | Get up, treat a low or check ketones for a high, following Sofi's green card, and write it in the night log | Ildikó; Gábor on Wednesday nights | Ildikó; Gábor on his weekends |

## Part B – the rest of the plan

### Within four weeks of the conference – all by Tuesday 25/11/2025

B1. **Jenna Price, paediatric diabetes specialist nurse, Kirkbrindle Children's Hospital,** will train Gábor and
Mrs Bell on Sofi's pump and sensor and sign them off, and go through every step again with Ildikó.

B2. **Dr Farah Quraishi, consultant paediatrician (diabetes),** will give the diabetes team a live view of Sofi's
sensor readings, and from then on the team will phone Ildikó, and tell Hannah, on any day with more than four
hours above 14.0.

B3. **Dr Ruth Okonedo, GP, Castle Wynd Surgery,** will review Ildikó's antidepressant, with her, for one that does
not stop her waking at night, and send the plan to Hannah and to the Kirkbrindle Wellbeing Service.

B4. **Hannah Blythe (SW)** will ask Amira's mum and the diabetes team what a safe sleepover would need, and agree a
written sleepover plan with Sofi, Ildikó and Gábor.

### Until the review conference on 27/01/2026 – at least every two weeks

B5. **Hannah Blythe (SW)** will visit Sofi and Bence at home every week, one visit in three after 9pm on a night
Sofi is with Ildikó, and see Sofi on her own.

B6. **Leah Morcom, mental health practitioner, Kirkbrindle Wellbeing Service (primary care mental health),** will
see Ildikó every two weeks, and write to each core group with her assessment of whether Ildikó is making the
changes Sofi and Bence need, what still has to change and how long that is likely to take.

B7. **Jenna Price (diabetes nurse)** will download Sofi's pump and sensor data with Ildikó every two weeks and send
Hannah the time in range, the missed boluses and the site-change dates.

## Checks – how we will know

- **D1:** the pump download (B7) shows a breakfast bolus every day.
- **D2:** the school's arrival log, with the glucose reading and a tick for each item in the bag, is emailed to
  Hannah each Friday; any missing item is logged on CPOMS the same day.
- **D3:** Mrs Bell's school glucose and carb book is signed each day; Jenna checks it against the download.
- **D4:** the pump download shows a tea-time bolus every day, and Gábor's Wednesdays match his diary.
- **D5:** the fridge chart has a new site every third day, and the download shows cartridge changes on the same
  days; no site is in for more than three days.
- **D6 and D7:** the night log has an entry for every alarm on the download, with what was done, and Sofi tells
  Hannah at each visit whether she had to wake anyone herself.
- **B1:** Jenna's sign-off sheets for Gábor and Mrs Bell and her note on Ildikó are on file by 25/11/2025.
- **B2:** the diabetes team's letter confirming the live view is on file, and each phone call is logged on Sofi's
  hospital record and reported to Hannah.
- **B3:** the GP's letter with Ildikó's new medication plan is on file by 25/11/2025.
- **B4:** the signed sleepover plan is on file, and Sofi tells Hannah whether she went to Amira's.
- **B5:** visit records show both children seen every week and Sofi seen alone, with her words written down.
- **B6:** Leah's written assessment is on file two working days before every core group.
- **B7:** the data summary reaches Hannah every two weeks; time in range rises towards 70% by the review.

## If things go wrong

- **If Sofi's glucose is above 14.0 for more than six hours with ketones above 1.5, or the download shows alarms
  that nobody answered on any night:** the diabetes team sees Sofi the same day, Sofi and Bence go to Gábor's that
  evening, and Hannah holds a strategy discussion the same day.
- **If a pump site is found in for more than four days, or the hypo kit is empty at school:** Mrs Hearn rings
  Hannah the same day, Jenna visits the next morning, and Gábor does the evening checks until the next core group.
- **If Gábor cannot have the children** (he works nights some weeks): Hannah places Sofi and Bence together that
  day with the Kirkbrindle foster carers whom Jenna trained in September.
- **If there is another DKA admission caused by missed care, or alarms go unanswered on three nights in a month:**
  Hannah will ask Dylan Morgan for a legal planning meeting within five working days.

## Meetings

- Core group every four weeks, Tuesdays at 1pm, Kirkbrindle Primary: 11/11/2025, 09/12/2025, 06/01/2026.
- Review child protection conference: Tuesday 27/01/2026, 2pm, Kirkbrindle Town Hall.
- Hannah will bring Sofi's own view, in her words or a drawing, to every core group.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Initial conference plan for a deaf toddler with cochlear implants whose
#    processors are left off; mother's depression, her partner's drinking.
#    Word plan in three stage tables, each stage's deadline in a merged title
#    row (the third stage has none), then a "What good looks like" list by
#    action number that leaves two actions out. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b116_kydderton_stage_title_rows_cochlear_implants_quennell.docx",
    "doc_title": "Child Protection Plan - Freddie Quennell",
    "split": "heldout",
    "actions": 14,
    "template": "icpc-word-plan-details-list-why-freddies-world-outcomes-then-three-stage-tables-stage-and-deadline-in-merged-title-row-no-what-who-columns-third-stage-longer-term-no-date-then-what-good-looks-like-numbered-paragraphs-by-action-number-with-gaps-contingency-review",
    "description": (
        "Initial conference plan for a deaf 2-year-old with cochlear implants whose processors are "
        "often left off and whose mapping and therapy appointments are missed; his mother has "
        "depression and her partner drinks. The actions are in three Word stage tables with only "
        "No., What and Who columns; each stage's deadline is written in the table's merged title "
        "row, and the measures are in a 'What good looks like' list by action number. Most actions "
        "are sound (weekly visits, processors on from waking, nan's lifts to therapy, re-mapping, "
        "nursery checks, the alcohol service reporting on change, sign classes, Teacher of the Deaf "
        "visits). Faults: CBT that only treats the mother, measured by her feeling better; 'The "
        "family network' keeps Freddie away from the partner when he has been drinking; the "
        "parenting assessment is left out of the measures list; the 'Longer term' stage has no "
        "time at all, and its housing action is also left out of the list; one outcome is the "
        "mother's alone; the contingency has no trigger and leans on nan with no fallback. Legal "
        "planning is named in the review section."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Kydderton County Council · Children's Services · Safeguarding and Family Support, Kydderton West"),
        ("kv", [
            ("Child", "Freddie Quennell, born 19/01/2023 (2 years 9 months)"),
            ("Freddie's hearing", "Profoundly deaf from birth. Cochlear implants in both ears since April 2024 "
                                  "(Kydderton Cochlear Implant Programme); he hears only when both sound processors "
                                  "are on and charged"),
            ("Lives with", "Leanne Quennell (Mum, 26) and her partner Shaun Pryor (30), 17 Furnace Lane, "
                           "Kydderton KY7 3LB. Freddie's father, Josh Harker, has not seen him since 2023"),
            ("Maternal grandmother", "Pauline Quennell, 9 Chapel Fold, Kydderton"),
            ("Nursery", "Little Owls Nursery, Monday to Thursday mornings"),
            ("Category", "Neglect"),
            ("Initial conference", "23/10/2025. Chair: Bryony Tait (IRO)"),
            ("Social worker", "Kayla Moss (team manager: Ifan Rees)"),
        ]),
        ("h1", "Why Freddie has a plan"),
        ("p", "Freddie's implants only help him if his processors are worn from the moment he wakes until he goes "
              "to sleep. Since the spring he has arrived at nursery without them on 21 of 38 mornings, and on "
              "the home visit of 16/10/2025 both processors were found in a kitchen drawer with flat batteries. "
              "He has missed three of his last four mapping appointments and five of eight auditory-verbal "
              "therapy sessions, and the implant team say his listening has gone backwards."),
        ("p", "Leanne has depression and says that on bad days she cannot face getting Freddie ready. Shaun drinks "
              "most evenings. On 04/10/2025 police were called by a neighbour to an argument at the flat; "
              "Freddie was asleep in the next room with his processors off and did not wake."),
        ("h1", "Freddie's world"),
        ("p", "Freddie uses about ten BSL signs (milk, more, Nan, car, finished, bath), points and takes adults by "
              "the hand. With his processors on he turns to his name, babbles “ba” and “mama” and dances when "
              "music plays. When he is tired he pulls them off and throws them."),
        ("p", "On the visit of 16/10/2025 he played on his own with his cars and did not look up when Leanne "
              "called him. When Pauline came in he ran to her, signed “Nan” and “car” and pulled her towards the "
              "door. At nursery on 20/10/2025, with his processors on, he copied the “ahh” for the aeroplane "
              "three times and laughed."),
        ("h1", "What we want for Freddie"),
        ("bullets", [
            "Freddie wears both processors every waking hour, so that he can hear and learn to talk.",
            "Freddie gets to every mapping, audiology and therapy appointment.",
            "Freddie is looked after by a sober adult at all times and does not see or hear adults fighting.",
            "Freddie can tell the adults at home what he wants, with his signs and his first words, and they "
            "understand him.",
            "Leanne feels less low and more able to cope.",
        ]),
        ("h1", "The plan"),
        ("p", "The actions are in three stages. The stage and its deadline are in the top row of each table. What "
              "good looks like for each action is listed after the tables, by the action's number."),
        ("table", {
            "header": ["STAGE 1 – THE FIRST SIX WEEKS. Everything in this table is to be done by Friday "
                       "05/12/2025.", H, H],
            "widths": [1.2, 11.0, 4.8],
            "rows": [
                ["No.", "What needs to happen", "Who"],
                ["1", "Visit Freddie at home every week, one visit in two unannounced, see him awake with his "
                      "processors on, and check where the processors and the charger are kept",
                 "Kayla Moss, social worker (SW)"],
                ["2", "Put both processors on Freddie as soon as he wakes, keep them on until he goes to sleep, and "
                      "charge the batteries every night",
                 "Leanne Quennell (Mum)"],
                ["3", "Drive Freddie and Leanne to his auditory-verbal therapy every Tuesday at the Kydderton "
                      "Hearing Centre",
                 "Pauline Quennell (maternal grandmother)"],
                ["4", "Re-map both processors, check that the implants are working, and teach Leanne and Pauline "
                      "the daily listening check",
                 "Gareth Ince, clinical scientist, Kydderton Cochlear Implant Programme"],
                ["5", "Check at drop-off every nursery morning that Freddie has both processors on and working, and "
                      "ring the SW the same day if he does not",
                 "Sarah Keane, key worker, Little Owls Nursery"],
                ["6", "Weekly CBT sessions for Leanne's low mood and anxiety",
                 "Jo Wren, psychological wellbeing practitioner, Kydderton Talking Therapies"],
                ["7", "Key-work with Shaun and a breath test every week, with a written report to each core group "
                      "on whether his drinking is changing and how long further change is likely to take",
                 "Neil Stannard, recovery worker, Kydderton Alcohol Service"],
                ["8", "Make sure Freddie is never left with Shaun when Shaun has been drinking",
                 "The family network"],
            ],
        }),
        ("table", {
            "header": ["STAGE 2 – WEEKS 7 TO 12. To be done by the review conference on Tuesday 20/01/2026.", H,
                       H],
            "widths": [1.2, 11.0, 4.8],
            "rows": [
                ["No.", "What needs to happen", "Who"],
                ["9", "Complete a parenting assessment of Leanne and Shaun",
                 "Kayla Moss, SW"],
                ["10", "Six Saturday-morning sessions teaching Leanne, Shaun and Pauline the first 30 signs "
                       "Freddie needs at home",
                 "Mared Hughes, Deaf family support worker, Kydderton Sensory Support Service"],
                ["11", "Have Freddie every Thursday afternoon until 6pm and play the listening games from his "
                       "therapy homework book",
                 "Pauline Quennell (maternal grandmother)"],
                ["12", "Visit Freddie at nursery and at home every two weeks and set his listening and language "
                       "targets with Leanne and nursery",
                 "Beth Orrell, Teacher of the Deaf, Kydderton Sensory Support Service"],
            ],
        }),
        ("table", {
            "header": ["STAGE 3 – LONGER TERM", H, H],
            "widths": [1.2, 11.0, 4.8],
            "rows": [
                ["No.", "What needs to happen", "Who"],
                ["13", "Apply for a place for Freddie at the Fernhill Primary hearing support base for when he "
                       "starts school",
                 "Beth Orrell, Teacher of the Deaf"],
                ["14", "Help Leanne apply for a housing transfer to a flat nearer to Pauline and the nursery",
                 "Amy Collier, family support worker"],
            ],
        }),
        ("h1", "What good looks like"),
        ("pi", "1. Kayla's visit records show a visit every week, half of them unannounced, with Freddie seen "
               "wearing both processors and where they were kept."),
        ("pi", "2. The processors' own logs, read at the mapping appointment, show at least ten hours' wear a day, "
               "and nursery's drop-off checks find them on."),
        ("pi", "3. The Hearing Centre's register shows Freddie at every Tuesday session."),
        ("pi", "4. Gareth's clinic letter with the new maps is on file, and Leanne and Pauline do the listening "
               "check in front of Kayla at a visit."),
        ("pi", "5. The nursery drop-off sheet is emailed to Kayla every Friday; any same-day call is logged."),
        ("pi", "6. Leanne tells Kayla she is feeling better in herself."),
        ("pi", "7. Neil's report is on file before every core group, with each breath test result."),
        ("pi", "8. Kayla's unannounced visits record who was caring for Freddie and that they were sober."),
        ("pi", "10. Mared's register shows all three adults at five of the six sessions, and Kayla sees them sign "
               "with Freddie at a visit."),
        ("pi", "11. Pauline writes in Freddie's home book each Thursday which games they played."),
        ("pi", "12. Beth's targets and visit notes are sent to Kayla and nursery after each visit."),
        ("pi", "13. A place at the hearing support base is offered in writing."),
        ("h1", "Contingency plan"),
        ("p", "If the plan isn't working or there are new worries about Freddie, he will go to stay with his "
              "nan, Pauline, and Kayla will hold a strategy discussion."),
        ("h1", "Review arrangements"),
        ("bullets", [
            "Core group every four weeks, Wednesdays at 10am at Little Owls Nursery: 05/11/2025, 03/12/2025 and "
            "07/01/2026.",
            "Review child protection conference: Tuesday 20/01/2026, 1.30pm, Kydderton County Hall.",
            "If by the review Freddie's processors are still found off at nursery most mornings, or the "
            "parenting assessment finds that Leanne and Shaun cannot keep him safe, Kayla will ask Ifan Rees "
            "for a legal planning meeting.",
        ]),
    ],
    "findings": [
        F("H001", "Weekly CBT sessions for Leanne's low mood and anxiety"),
        F("M002", "Weekly CBT sessions for Leanne's low mood and anxiety"),
        F("W002", "Make sure Freddie is never left with Shaun"),
        F("M001", "Complete a parenting assessment of Leanne and Shaun"),
        F("T001", "Apply for a place for Freddie at the Fernhill Primary"),
        F("T001", "Help Leanne apply for a housing transfer to a flat"),
        F("M001", "Help Leanne apply for a housing transfer to a flat"),
        F("F002", "Leanne feels less low and more able to cope."),
        F("C002"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Initial conference plan for a 7-month-old with reflux and faltering
#    growth living in a hostel room; mother with anxiety and depression.
#    Landscape Word plan printed to PDF: a month grid (Nov, Dec, Jan) with X
#    marks and section band rows, then a checks table keyed by 1.1 / 2.3 /
#    3.4 references. Most rows are about the mother's own needs. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b116_kelpstone_month_x_grid_checks_by_ref_osgood.pdf",
    "doc_title": "Child Protection Plan - Ruby Osgood",
    "split": "heldout",
    "actions": 11,
    "landscape": True,
    "font_size": 9.5,
    "template": "icpc-baby-medical-needs-word-plan-printed-to-pdf-landscape-header-footer-details-why-rubys-day-outcomes-then-month-grid-ref-action-lead-nov-dec-jan-x-marks-notes-with-band-rows-per-section-then-checks-table-keyed-by-ref-contingency-meetings",
    "description": (
        "Initial conference plan for a 7-month-old with severe reflux and faltering growth on a "
        "prescribed high-energy formula, twice admitted for weight loss, who lives with her "
        "20-year-old mother in one hostel room; the mother has anxiety and depression. A landscape "
        "Word plan printed to PDF with header and footer: a month grid (November, December, January) "
        "with X marks under three section band rows, a notes column, and a separate checks table "
        "keyed by the grid's references (1.1 to 3.4). The rows on the baby are sound (fortnightly "
        "weighs, the dietitian's new feeding plan, weekly visits). Faults: seven of eleven rows are "
        "the mother's own needs with no link to the baby; Talking Therapies only treats her and is "
        "checked by her engagement; the wellbeing group is 'when she feels ready'; the counselling "
        "referral has no one to make it; the college row is missing from the checks table; the "
        "parenting assessment has no X in any month; two outcomes are about the mother alone; the "
        "contingency names no legal step."
    ),
    "header": "OFFICIAL-SENSITIVE – Kelpstone Borough Council – Children's Services",
    "footer": "Ruby Osgood – child protection plan – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Kelpstone Borough Council · Children's Services · Assessment and Safeguarding Team 1"),
        ("kv", [
            ("Child", "Ruby Osgood, born 12/03/2025 (7 months)"),
            ("Ruby's health", "Severe reflux and faltering growth. Prescribed high-energy formula (made up to a "
                              "set strength) and omeprazole twice a day. Admitted to the children's ward at "
                              "Kelpstone Royal Hospital 09/06/2025–14/06/2025 and 22/09/2025–26/09/2025"),
            ("Lives with", "Kerry Osgood (Mum, 20), Room 6, Kelpstone Family Hostel, Quarry Street, Kelpstone "
                           "KP5 1HS. Ruby's father is not named and has no contact"),
            ("Category", "Neglect"),
            ("Initial conference", "04/11/2025. Chair: Martin Ogunbiyi (IRO)"),
            ("Social worker", "Claire Moran (team manager: Peter Haigh)"),
        ]),
        ("h1", "Why Ruby has a plan"),
        ("p", "Ruby has fallen from the 50th centile at birth to below the 2nd. Both admissions were for weight "
              "loss and dehydration, and on the ward she gained weight on her prescribed feeds. At home her "
              "bottles have been made up with extra water to make the formula last, and Kerry has missed three "
              "of six dietitian and clinic appointments. Kerry shares a kitchen with five other families and "
              "says she often cannot get to it to sterilise bottles. She has anxiety and depression and has been "
              "on sertraline since the summer."),
        ("h1", "Ruby's day"),
        ("p", "On the social worker's visits Ruby spends most of her time in her car seat on the bed, because "
              "there is no floor space. She brings up much of each feed, arches her back and screams after "
              "bottles, and falls asleep exhausted. She brightens and reaches out when Kerry sings to her and "
              "likes watching the light from the window. On the ward, with regular feeds, she smiled at the "
              "nurses and started to roll over."),
        ("h1", "What we want"),
        ("bullets", [
            "Ruby gains weight steadily and is back on the 9th centile by her first birthday in March 2026.",
            "Ruby's feeds are made up at the right strength and given on time, every day.",
            "Kerry feels less anxious and more confident.",
            "Kerry has a settled home of her own and her money is sorted out.",
        ]),
        ("h1", "The plan: November 2025 to January 2026"),
        ("p", "X = the action happens in that month (finished by the end of the month if it is a one-off). The "
              "review conference is on 27/01/2026. How we will know is in the checks table after the grid, by "
              "reference."),
        ("table", {
            "header": ["Ref", "Action", "Lead", "Nov 2025", "Dec 2025", "Jan 2026", "Notes"],
            "widths": [1.2, 8.2, 5.0, 1.7, 1.7, 1.7, 6.2],
            "rows": [
                ["1. Kerry's health and wellbeing", H, H, H, H, H, H],
                ["1.1", "Weekly sessions with Kelpstone Talking Therapies for Kerry's anxiety",
                 "Mina Shah, practitioner, Kelpstone Talking Therapies", "X", "X", "X",
                 "Kerry self-referred in October; first session 12/11/2025"],
                ["1.2", "Review Kerry's sertraline dose and side effects",
                 "Dr Paul Nance, GP, Harbour View Surgery", "X", "", "",
                 "Appointment booked for 13/11/2025"],
                ["1.3", "Go to the Tuesday young mums' wellbeing group at Kelpstone Family Hub",
                 "Kerry Osgood (Mum)", "", "", "",
                 "When she feels ready"],
                ["1.4", "A referral will be made to Kelpstone Women's Counselling for counselling about Kerry's "
                        "own childhood",
                 "–", "X", "", "",
                 "Kerry asked for this at conference"],
                ["2. A home and money", H, H, H, H, H, H],
                ["2.1", "Help Kerry bid on the housing register for a one-bedroom flat and move out of the hostel",
                 "Jade Fenton, family support worker", "X", "X", "X",
                 "Bids placed every Thursday"],
                ["2.2", "Help Kerry with her Universal Credit claim, her debts and a weekly budget",
                 "Tom Reilly, adviser, Citizens Advice Kelpstone", "X", "X", "",
                 "Two appointments booked"],
                ["2.3", "Enrol on the Level 1 English and maths course at Kelpstone College, starting in January",
                 "Kerry Osgood, with Jade Fenton", "", "", "X",
                 "January intake; crèche place to be asked for"],
                ["3. Ruby", H, H, H, H, H, H],
                ["3.1", "Weigh Ruby at the hostel and check that her feeds are made up at the strength the dietitian "
                        "has set",
                 "Sophie Dunne, health visitor (HV)", "X", "X", "X",
                 "Every two weeks"],
                ["3.2", "Review Ruby's high-energy formula and her reflux medicine, and write a new feeding plan",
                 "Anya Brightwell, paediatric dietitian, Kelpstone Royal Hospital", "", "X", "",
                 "Clinic on 09/12/2025"],
                ["3.3", "Visit Ruby at the hostel, see her awake and watch her being fed",
                 "Claire Moran, social worker (SW)", "X", "X", "X",
                 "Weekly; a feed time at least every other week"],
                ["3.4", "Complete a parenting assessment of Kerry",
                 "Claire Moran, SW", "", "", "",
                 "–"],
            ],
        }),
        ("h2", "Checks"),
        ("table", {
            "header": ["Ref", "How we will know", "Where we will see it"],
            "widths": [1.2, 15.5, 9.0],
            "rows": [
                ["1.1", "Kerry's engagement with the sessions", "Talking Therapies"],
                ["1.2", "GP letter with the medication plan sent to the SW by 30/11/2025", "Ruby's file"],
                ["1.3", "Kerry's name on the group register", "Register sent to the SW monthly"],
                ["1.4", "Acceptance letter from the counselling service", "Ruby's file"],
                ["2.1", "Bid numbers logged every week and any offer letter", "Jade's monthly note to the SW"],
                ["2.2", "Debt relief application and a written budget", "Citizens Advice letter to the SW"],
                ["3.1", "Ruby's weight plotted in her red book every two weeks, rising towards the 9th centile; "
                        "made-up bottles seen at the right strength", "HV report to each core group"],
                ["3.2", "The dietitian's letter with the new feeding plan by 19/12/2025", "Ruby's file"],
                ["3.3", "Visit records show Ruby seen awake every week and a feed watched at least every other "
                        "week", "SW case notes"],
                ["3.4", "The assessment report, shared with Kerry and the core group before the review",
                 "Ruby's file"],
            ],
        }),
        ("h1", "Contingency"),
        ("p", "If Ruby loses weight at two weighs in a row, or Kerry misses two of Ruby's appointments, Sophie will "
              "tell Claire the same day and Claire will arrange for Ruby to be seen at the Kelpstone Royal "
              "children's assessment unit that day. If a doctor there says Ruby is not safe to go home, Claire "
              "will arrange a parent-and-baby foster placement for Kerry and Ruby, or foster carers for Ruby, the "
              "same day."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 11am at Quarry Street Family Hub: 18/11/2025, 16/12/2025 "
            "and 13/01/2026.",
            "Review child protection conference: Tuesday 27/01/2026, 10am, Kelpstone Civic Centre.",
        ]),
    ],
    "findings": [
        F("F001"),
        F("F002", "Kerry feels less anxious and more confident."),
        F("F002", "Kerry has a settled home of her own and her money is sorted out."),
        F("H001", "Weekly sessions with Kelpstone Talking Therapies for Kerry's anxiety"),
        F("M002", "Weekly sessions with Kelpstone Talking Therapies for Kerry's anxiety"),
        F("T002", "Go to the Tuesday young mums' wellbeing group"),
        F("W001", "A referral will be made to Kelpstone Women's Counselling"),
        F("M001", "Enrol on the Level 1 English and maths course"),
        F("T001", "Complete a parenting assessment of Kerry"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Minutes of the third core group for an autistic 10-year-old and a baby
#    with a heart defect awaiting surgery; mother's depression, father's
#    cannabis use. Plain text: agency updates, the children's views, an
#    action log mixing [CF] and [NEW] lines (new ones take the log's one
#    deadline, core group 4), a [DONE] line kept for the record, then a
#    "what we will look for" list by log number that leaves one out.
#    Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b116_kinderwell_core_group_minutes_cf_new_log_one_deadline_maddock.txt",
    "split": "heldout",
    "actions": 13,
    "template": "core-group-3-minutes-plain-text-numbered-items-present-updates-by-agency-childrens-views-outcomes-restated-then-action-log-cf-new-done-markers-new-lines-take-one-deadline-core-group-4-then-what-we-will-look-for-list-by-log-number-contingency-next-meetings",
    "description": (
        "Minutes of the third core group for an autistic 10-year-old and his 14-month-old sister, "
        "born early with a hole in the heart and awaiting surgery on twice-daily medicine; their "
        "mother has depression and their father smokes cannabis. Plain text: agency updates, the "
        "children's views, the plan's outcomes, then an action log whose lines are marked [CF], "
        "[NEW] or [DONE]; carried-forward lines keep their own timescale and new lines take the log's "
        "one deadline (core group 4), and the measures are in a separate 'What we will look for' "
        "list by log number. The done cardiology line is not counted. Most lines are sound (visits, "
        "the medicine chart, fortnightly weighs, the drug service reporting on change, the "
        "grandfather's school runs, the heart nurse's ward plan, worry sessions with Tyler). Faults: "
        "the CPN only supports the mother and the look-for list only says he will keep an eye on "
        "her; the parenting assessment is left out of the list; the young carers referral still has "
        "no owner; the EHCP review has no timescale; the women's group is 'when she feels ready'; "
        "'The network' keeps a sober adult in the house; the contingency has triggers, responses and "
        "a fallback for the grandfather but no legal step."
    ),
    "text": """\
KINDERWELL METROPOLITAN BOROUGH COUNCIL - CHILDREN'S SOCIAL CARE
CORE GROUP MEETING - MINUTES
============================================================================
Children:    Tyler Maddock (10), DOB 07/06/2015 - autistic, Year 6 at
             Brookfield Primary, has an EHCP
             Skye Maddock (14 months), DOB 19/09/2024 - born at 34 weeks;
             ventricular septal defect (hole in the heart), on furosemide
             twice a day and high-calorie feeds; surgery planned at
             Kinderwell Children's Heart Unit
Address:     31 Slater Street, Kinderwell KW9 4TN
Parents:     Jodie Maddock (29) and Craig Maddock (33)
Grandfather: Derek Lowe (Jodie's dad), 8 Ash Grove, Kinderwell
Plan:        ICPC 16/09/2025, category neglect (both children)
Meeting:     Core group 3, Tuesday 11/11/2025, 10am, Slater Street
             Children's Centre
Chair:       Imogen Clarke, social worker (minutes: Dan Kirby, business
             support)
============================================================================

1. PRESENT AND APOLOGIES
Present: Jodie Maddock (Mum); Craig Maddock (Dad); Derek Lowe (grandad);
Imogen Clarke (SW); Helen Ashby (HV); Lewis Grant (Kinderwell Drug
Service); Mrs Farah Begum (SENCo, Brookfield Primary); Ms Priya Nair
(cardiac liaison nurse, Kinderwell Children's Heart Unit).
Apologies: Ravi Dhillon (CPN, Kinderwell Community Mental Health Team),
update sent by email; Dr Owen Tait (GP).

2. UPDATES
SW: four weekly visits since core group 2, one unannounced on a Friday
evening. Skye's medicine chart was ticked for every dose on three visits
and had two gaps on the fourth (Saturday 01/11). The front room smelled
of cannabis on 24/10 and Craig said he had smoked in the yard.
HV: Skye weighed 8.1kg on 04/11/2025, on the 2nd centile and rising
slowly. She sweats and tires during feeds, as expected with her heart.
Heart Unit: Skye was seen in the cardiology clinic on 04/11/2025 (the
appointment missed in September was rebooked). Surgery is planned for
20/01/2026 and Ms Nair will go through the plan with the family.
Drug Service: Craig has kept four of five Wednesday sessions. Two of his
three screens were positive for cannabis, at lower levels.
CPN (email): Ravi has visited Jodie twice. She says her mood is "up and
down" and she is still in bed some mornings when Tyler leaves for
school.
School: Tyler's attendance is 91%. He has been late six times, always on
days Grandad does not take him. He has been chewing his sleeves and
asking staff "will Skye die".
Jodie and Craig: both agree with the plan. Jodie says the hardest part
is the 8pm dose when she is tired. Craig says he now smokes outside.

3. WHAT TYLER AND SKYE ARE TELLING US
Tyler (seen on his own at school, 06/11/2025, using his five-point worry
scale): he put Skye's operation at 5 ("the worst") and home at 3. He
said, "I don't like the smoke smell, it gets in my jumper," and, "When
Mum's in bed I give Skye her milk but not her medicine, I'm not
allowed." He wants Grandad to take him to school every day "because
he's never late".
Skye (seen at home, 07/11/2025): she pulled herself up on the sofa,
babbled "da-da" at Craig and crawled to Tyler when he came in. She went
pale and sweaty half way through her bottle and needed a rest before
finishing it. She settled quickly on Jodie's shoulder.

4. OUTCOMES (FROM THE PLAN MADE AT CONFERENCE)
- Skye has every dose of her heart medicine on time and keeps gaining
  weight before her operation.
- Tyler and Skye are cared for every day and evening by an adult who is
  sober and awake.
- Tyler gets to school on time every day and has help with his worries
  about home and about Skye.
- Skye's operation goes ahead as planned, with a safe adult with her on
  the ward and a safe home for Tyler while she is in.

5. ACTION LOG
Key: [CF] carried forward from an earlier core group, with the timescale
set then. [NEW] agreed today: every [NEW] action is to be done by core
group 4 on Tuesday 09/12/2025 unless the line says otherwise. [DONE]
finished since the last meeting, kept here for the record.

1.  [CF] Imogen Clarke (SW) to visit Tyler and Skye at home every week,
    one visit in three unannounced, see Tyler on his own and be there
    for Skye's 8pm dose at least once a fortnight.
2.  [CF] Jodie to give Skye her furosemide at 8am and 8pm every day and
    tick each dose on the medicine chart on the fridge.
3.  [CF] Helen Ashby (HV) to weigh Skye at home every two weeks and
    check the medicine chart at each weigh.
4.  [CF] [DONE] Kinderwell Children's Heart Unit to rebook Skye's
    missed cardiology clinic - seen 04/11/2025.
5.  [CF] Ravi Dhillon (CPN) to carry on fortnightly home visits to
    support Jodie with her low mood.
6.  [CF] Lewis Grant (Drug Service) to see Craig for key-work every
    Wednesday with a urine screen, and to write to each core group on
    whether he has stopped smoking cannabis in the house and how long
    further change is likely to take.
7.  [CF] Imogen Clarke (SW) to complete the parenting assessment of
    Jodie and Craig - now by 02/12/2025 (was 11/11/2025).
8.  [CF] Refer Tyler to Kinderwell Young Carers (carried forward from
    core groups 1 and 2) - by 25/11/2025. Who: not agreed.
9.  [CF] Mrs Begum (SENCo) to bring forward Tyler's EHCP review and add
    his worries about home and about Skye to his plan. When: -
10. [CF] Jodie to start the Tuesday women's group at Slater Street
    Children's Centre - when she feels ready.
11. [NEW] The network to make sure there is a sober adult with Tyler
    and Skye every evening.
12. [NEW] Derek Lowe (grandad) to take Tyler to school on Mondays,
    Wednesdays and Fridays and sign him in at the office.
13. [NEW] Ms Priya Nair (cardiac liaison nurse) to go through Skye's
    operation with Jodie and Craig and write down who will stay with
    Skye on the ward and who will look after Tyler.
14. [NEW] Imogen Clarke (SW) to do three sessions with Tyler about
    Skye's operation, using his worry scale and a picture book of the
    Heart Unit.

6. WHAT WE WILL LOOK FOR AT CORE GROUP 4 (numbers as in the log)
1.  Visit records showing both children seen every week, Tyler's own
    words, and at least two 8pm doses watched.
2.  A tick for every dose on the chart at every visit and every weigh.
3.  Skye's weight in her red book, still on or above the 2nd centile.
5.  Ravi to keep an eye on how Jodie is coping.
6.  Lewis's written report two working days before core group 4.
8.  The Young Carers acceptance letter on Tyler's file.
9.  The EHCP review paperwork, with Tyler's words about home in it.
10. Jodie's name on the group register.
11. Imogen's evening visits recording who was in the house and that
    they were sober.
12. The school office's signing-in book shows Grandad on all three days
    each week and Tyler on time.
13. The written ward plan, sent to Imogen and school.
14. Tyler's worry scale from each session, with the score for the
    operation coming down.

7. CONTINGENCY (RESTATED FROM THE PLAN)
If Skye misses two doses of her medicine in a week, or loses weight at
two weighs in a row, Helen will tell Imogen the same day and Ms Nair
will arrange for Skye to be seen at the Heart Unit within 24 hours. If
Craig is found under the influence while caring for the children, or
cannabis is smoked in the house, Tyler and Skye will stay with Derek at
8 Ash Grove that night and Imogen will hold a strategy discussion the
same day. If Derek cannot have the children or do the school run, Jodie
will walk Tyler to school and Imogen will arrange an emergency foster
placement for both children that day if there is no sober adult at
home.

8. NEXT MEETINGS
Core group 4: Tuesday 09/12/2025, 10am, Slater Street Children's Centre
(core group meets every four weeks).
Review child protection conference: Tuesday 16/12/2025, 2pm, Kinderwell
Town Hall.
============================================================================
""",
    "findings": [
        F("H001", "Ravi Dhillon (CPN) to carry on fortnightly home visits"),
        F("M002", "Ravi Dhillon (CPN) to carry on fortnightly home visits"),
        F("M001", "to complete the parenting assessment of Jodie and Craig"),
        F("W001", "Refer Tyler to Kinderwell Young Carers (carried forward"),
        F("T001", "to bring forward Tyler's EHCP review and add"),
        F("T002", "Jodie to start the Tuesday women's group"),
        F("W002", "The network to make sure there is a sober adult"),
        F("R002"),
    ],
})
