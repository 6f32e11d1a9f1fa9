"""Batch 115, module e: seven fictional plans (tuning material), places beginning with "e".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: plans whose measures and timescales are not written beside each
action, in layouts the corpus rarely has. A landscape month grid (Nov / Dec /
Jan columns with X marks) whose measures sit in a separate "How we will
check" table keyed by action codes A1 to A14; a baby with a heart defect on
nasogastric top-ups whose three stage tables carry their deadline in a
merged title row ("Stage 2 - while Arlo is in hospital for his operation"),
with "What good looks like" listed afterwards by action number; a Markdown
plan in three parts whose outcomes (Part 2) list their checks with the
numbers of the actions they are for, and whose actions (Part 3) are timed by
the school term, "every week of the autumn term" and "at every contact"; a
plain-text plan for a baby born withdrawing from methadone, with the actions
listed by reference (T1 to T14), the timing in a separate eight-week X grid
keyed by those references and the checks in a third list; a landscape Word
table whose two lead columns are headed with date ranges (before and after
the mother's residential detox), so that the column an owner sits in is the
action's timescale; a reflux baby's plan in week stages ("Weeks 1 to 4",
"Weeks 5 to 8", then "Other goals agreed at conference" with no time) with a separate
"How we will know it is working" list; and core group minutes whose action
log is split into a part timed "by core group 3" and a part of standing
weekly actions, with C/F and NEW markers, a closed action, a last-minute
addition outside both parts, and a "What we will look for" section that
opens with a paragraph that also reports something else. Children include a
non-verbal seven-year-old with cerebral palsy who uses eye gaze, two babies
with medical needs (heart defect with NG feeds; neonatal abstinence), a
reflux baby with faltering growth, and a four-year-old with severe asthma.

Four plans are exemplary: the month grid with the checks table (docx), the
heart baby's stage tables (pdf), the outcome-checks Markdown plan timed by
term (md) and the methadone baby's reference-keyed week grid (txt). Three
carry a realistic mix of faults among mostly good rows: the date-range lead
columns plan, with a "Next steps" table that has no time at all, a parenting
assessment with no output, "The network" as a lead, talking therapy that
only supports, and a contingency with no trigger and no fallback for the aunt
and grandmother (docx); the reflux baby's plan, built round the mother's own
needs, whose "Other goals" table has no time, whose measures list leaves two
actions out, and which never says what the baby's day is like (pdf); and the
core group minutes, whose look-for list leaves out the parenting assessment
and the father's "when he feels ready" addition, with "the network" as a
lead, talking therapy measured by engagement, two grandparent actions with
no fallback and no review conference date (md).

Counting actions (convention 1, "Files" in sample_plans/README.md): every
live row of an action table and every numbered task, reference or log entry
of an action section counts, once, however many stage tables, grids or
checks lists repeat it; title rows and banner rows that give a stage's time,
the X grid and the checks / look-for lists, the contingency and the meeting
dates do not. An action that is done and closed is not counted (the fireguard
closed at the Eastlingford core group); carried-forward and standing weekly
actions are counted. Reading of convention 12 used here: a time given once
for a stage, table, part or lead column applies to every action in it; an X
in a month or week column keyed to the action (by its row or its reference)
is its time; a measure in a separate list or table counts for the action
whose number or code it gives, including a check written in a paragraph of
that section; an action the list leaves out, with no measure of its own, gets
M001.
"""
from build_batch5 import F, H

PLANS = []


def _x(*months, n=3):
    """Month or week columns for a grid row: "X" where the action happens."""
    return ["X" if i in months else "" for i in range(1, n + 1)]


# ---------------------------------------------------------------------------
# 1. Initial conference plan for a non-verbal seven-year-old with cerebral
#    palsy, epilepsy and a gastrostomy; neglect of her health care, mother
#    with depression and a back injury. Landscape Word plan: action codes A1
#    to A14 in a grid with Nov / Dec / Jan columns marked X, then a separate
#    "How we will check" table keyed by code. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b115_eddlesworth_month_grid_x_marks_checks_by_code_thackray.docx",
    "doc_title": "Child Protection Plan - Maisie Thackray",
    "split": "tune",
    "actions": 14,
    "landscape": True,
    "template": "icpc-children-with-disabilities-word-plan-landscape-details-list-why-eye-gaze-voice-bullets-outcomes-then-code-action-lead-grid-with-nov-dec-jan-month-columns-x-marks-then-separate-how-we-will-check-table-keyed-a1-a14-contingency-bullets-core-group",
    "description": (
        "Exemplary initial conference plan for a 7-year-old with cerebral palsy, epilepsy and a "
        "gastrostomy who does not speak and uses an eye-gaze device; missed appointments, an "
        "untreated pressure sore, missed feeds and gaps in her seizure medicine; her mother has "
        "depression and a back injury and no breaks. A landscape Word plan: the actions have codes "
        "A1 to A14 and sit in a grid with month columns (Nov 2025, Dec 2025, Jan 2026) marked X, a "
        "key saying a one-off is due by the end of its month; what will be checked is in a "
        "separate table keyed by the codes. Her voice is her eye-gaze choices and what adults saw. "
        "The GP, talking therapies (reporting on change) and adult social care own actions, the "
        "grandmother's and father's parts have a fallback, legal planning follows named "
        "triggers, core group and review dates are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Eddlesworth Metropolitan Borough Council · Children with Disabilities Team · Initial Child "
              "Protection Conference"),
        ("kv", [
            ("Child", "Maisie Thackray, DOB 09/06/2018 (7), Year 2, Fernhill Bank School (special school)"),
            ("Address", "14 Linnet Walk, Eddlesworth ED4 2NS"),
            ("Lives with", "Leanne Thackray (33), mother"),
            ("Father", "Craig Thackray (36), 3 Mill Yard, Eddlesworth; sees Maisie every other Saturday"),
            ("Maternal grandmother", "Sandra Pullan (61), 40 Linnet Walk, six doors away"),
            ("Maisie's health", "Cerebral palsy affecting all four limbs; she uses a wheelchair. Epilepsy, with "
                                "buccal midazolam as her rescue medicine. All her feeds and medicines go "
                                "through a gastrostomy tube."),
            ("Category", "Neglect"),
            ("Conference", "Wednesday 22/10/2025. Chair: Gareth Lomax (IRO)"),
            ("Social worker", "Jess Okafor (team manager: Bernadette Quayle)"),
        ]),
        ("h1", "Why Maisie has a plan"),
        ("p", "Since June 2025 Maisie has missed five hospital appointments, two of them neurology reviews. On "
              "26/09/2025 the school nurse found an untreated pressure sore at the base of Maisie's back: her "
              "wheelchair seat no longer fits her and its cushion was split. Her weight has fallen from the 25th "
              "to the 9th centile, and Leanne told the community nurse that on some days she “skips the "
              "lunchtime feed because Maisie's asleep”. Her seizure diary has gaps of up to a week, and on "
              "02/10/2025 she came to school after a cluster of seizures the night before that nobody had told "
              "school about."),
        ("p", "Leanne has depression, for which her GP prescribes sertraline, and a back injury from lifting "
              "Maisie. Maisie's overnight short breaks stopped in March when her carer retired and were never "
              "replaced; Leanne has not had a night off since. She told the conference: “I know what she needs, "
              "I just can't keep up with all of it on my own.”"),
        ("h1", "What Maisie tells us, and what we have seen"),
        ("p", "Maisie does not use speech. She has an eye-gaze device with about sixty symbols, she looks up for "
              "“yes” and turns her head away for “no”. Her speech and language therapist, Nadia Osei, and the "
              "adults who know her best have helped us understand her."),
        ("bullets", [
            "On 14/10/2025 at school, using her device with Nadia, Maisie chose “happy” for school and for Nana "
            "Sandra, “sore” and “sad” for her chair, and “tired” for home. Shown a photo of the short breaks "
            "house, she looked up for “yes” twice.",
            "At the home visit on 09/10/2025 Maisie smiled and vocalised when Leanne sang to her and calmed when "
            "Leanne stroked her hair. She grimaced and cried when she was lifted into her wheelchair.",
            "Her class teacher says Maisie is often asleep on Monday and Friday mornings, and that her face "
            "lights up when her dad collects her on a Saturday.",
        ]),
        ("h1", "What we want for Maisie"),
        ("bullets", [
            "Maisie has every feed in her feeding plan and is back on the 25th centile by the review conference.",
            "Maisie's sore heals, her skin stays healthy and she sits in a chair that fits her without pain.",
            "Maisie gets every dose of her seizure medicines, and every seizure is written down and shared with "
            "school and her doctors.",
            "Maisie gets to all her health appointments and is cared for by a mum who has help at home and "
            "regular breaks.",
        ]),
        ("h1", "The plan: November 2025 to January 2026"),
        ("p", "The plan runs from this conference to the review conference on 20/01/2026. Each action has a code, "
              "A1 to A14. The month columns say when it happens: an X means the action takes place in that "
              "month. A one-off action is to be finished by the last day of the month that has its X. A row "
              "with an X in more than one month runs through each of those months, as often as the action says. "
              "What we will check for each action is in the second table, under its code."),
        ("table", {
            "header": ["Code", "Action", "Lead", "Nov 2025", "Dec 2025", "Jan 2026 (to 20/01)"],
            "widths": [1.4, 11.0, 6.5, 2.2, 2.2, 2.4],
            "rows": [
                ["A1",
                 "Visit Maisie at home every week, at least once a month at a feed time and once at bedtime; see "
                 "her use her eye-gaze device and write down what she chooses",
                 "Jess Okafor, social worker"] + _x(1, 2, 3),
                ["A2",
                 "Weigh Maisie every two weeks, check her gastrostomy site, and go through the feed and medicine "
                 "chart with Leanne",
                 "Hannah Bright, community children's nurse, Eddlesworth Children's Community Nursing Team"]
                + _x(1, 2, 3),
                ["A3",
                 "Write a new feeding plan with Leanne and school, moving the lunchtime feed to school on "
                 "weekdays",
                 "Aisha Rahman, paediatric dietitian, Eddlesworth General Hospital"] + _x(1),
                ["A4",
                 "Fit a new seat and pressure cushion to Maisie's wheelchair, and show Leanne and Sandra how to "
                 "change her position every two hours",
                 "Rob Castell, occupational therapist, Eddlesworth Wheelchair Service"] + _x(1),
                ["A5",
                 "Check Maisie's skin against her body map when she arrives each school day, and phone the SW "
                 "the same day about any new mark or sore",
                 "Mrs Helen Farrar, DSL, Fernhill Bank School"] + _x(1, 2, 3),
                ["A6",
                 "Train Leanne and Sandra to give buccal midazolam, and set up one seizure diary that travels "
                 "between home and school in Maisie's bag",
                 "Julie Ashworth, epilepsy nurse specialist, Eddlesworth General Hospital"] + _x(1),
                ["A7",
                 "Take Maisie to each appointment on the kitchen calendar: neurology 18/11/2025, dietitian "
                 "02/12/2025, orthotics 13/01/2026",
                 "Leanne Thackray (Mum); Jess Okafor books the transport"] + _x(1, 2, 3),
                ["A8",
                 "Review Leanne's sertraline and her back pain in November and again in January, and write to "
                 "the SW each time about how her health is affecting her care of Maisie",
                 "Dr Imran Siddiqui, GP, Linnet Walk Medical Practice"] + _x(1, 3),
                ["A9",
                 "Weekly sessions with Leanne for her low mood, and a written report on whether she is able to "
                 "make the changes Maisie's care needs and how long that is likely to take",
                 "Carys Hughes, psychological wellbeing practitioner, Eddlesworth Talking Therapies (adult "
                 "mental health)"] + _x(1, 2, 3),
                ["A10",
                 "Carer's assessment for Leanne in November, then a carer every weekday morning from December to "
                 "help get Maisie up, washed, fed and ready for school",
                 "Mark Denby, Carers' Assessment Team, Eddlesworth Adult Social Care"] + _x(1, 2, 3),
                ["A11",
                 "Do Maisie's evening feed, medicines and bedtime every Tuesday and Thursday, so that Leanne has "
                 "two evenings off",
                 "Sandra Pullan (maternal grandmother)"] + _x(1, 2, 3),
                ["A12",
                 "Have Maisie every other Saturday, 10am to 4pm, and give her lunchtime feed and medicines",
                 "Craig Thackray (Dad)"] + _x(1, 2, 3),
                ["A13",
                 "Overnight short breaks for Maisie at Hollybank House, two nights a month, the first in "
                 "December",
                 "Lorraine Kitson, manager, Hollybank House short breaks unit"] + _x(2, 3),
                ["A14",
                 "Add a “home” page to Maisie's eye-gaze device (people, pain, feelings, wants) and use it with "
                 "her every two weeks to ask her about home",
                 "Nadia Osei, speech and language therapist, Fernhill Bank School"] + _x(1, 2, 3),
            ],
        }),
        ("h2", "How we will check"),
        ("p", "Each lead brings the check for their action to the core group."),
        ("table", {
            "header": ["Code", "What we will see", "Who brings it"],
            "widths": [1.4, 17.8, 6.5],
            "rows": [
                ["A1", "Visit records for every week, each with Maisie's eye-gaze choices written down, and a "
                       "feed and a bedtime seen each month", "Jess Okafor"],
                ["A2", "Maisie's weight plotted in her red book every two weeks, back on the 25th centile by "
                       "20/01/2026; the feed chart shows no missed feeds", "Hannah Bright"],
                ["A3", "The signed feeding plan on file and in Maisie's school bag by 30/11/2025; school's feed "
                       "record shows the lunchtime feed given every school day", "Aisha Rahman"],
                ["A4", "The wheelchair service's fitting note on file; the nurse sees the sore healed by "
                       "19/12/2025", "Rob Castell"],
                ["A5", "Body map sheets emailed to the SW every Friday; every same-day call logged on CPOMS",
                 "Mrs Farrar"],
                ["A6", "Signed competency records for Leanne and Sandra; the seizure diary seen complete at every "
                       "SW visit and by school each Monday", "Julie Ashworth"],
                ["A7", "Clinic letters show Maisie seen at all three appointments", "Leanne, with Jess"],
                ["A8", "GP letters on Maisie's file by 30/11/2025 and 16/01/2026", "Dr Siddiqui"],
                ["A9", "Written reports to the SW before the core groups of 02/12/2025 and 06/01/2026",
                 "Carys Hughes"],
                ["A10", "The carer's assessment sent to the SW by 30/11/2025; the care agency's timesheets show "
                        "every weekday morning call from 01/12/2025", "Mark Denby"],
                ["A11", "Sandra writes each Tuesday and Thursday evening in the home–school diary, which the SW "
                        "reads at her visits", "Sandra Pullan"],
                ["A12", "Craig ticks each feed and medicine on Maisie's chart; the SW asks Maisie about her "
                        "Saturdays with her eye-gaze device", "Craig Thackray"],
                ["A13", "Hollybank's record of each stay (body map, feeds, seizures, sleep) sent to the SW",
                 "Lorraine Kitson"],
                ["A14", "A printout of Maisie's answers sent to the SW after each session and brought to the "
                        "review", "Nadia Osei"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Maisie has a new sore or an unexplained mark, misses two feeds in a day, or does not get her "
            "seizure medicines on any day: whoever knows phones Jess the same day, Jess visits that day, and if "
            "an injury is not explained she holds a strategy discussion with Eddlesworth Police the same day. "
            "Maisie stays at Hollybank House, in the emergency bed Lorraine Kitson keeps for her, until a safe "
            "plan is agreed.",
            "If Leanne says she cannot cope or is too unwell to care for Maisie: Jess visits the same day and "
            "books Maisie an extra stay at Hollybank House that week.",
            "If Sandra cannot do her Tuesday or Thursday evening, or Craig cannot have Maisie on his Saturday: "
            "Jess books a trained sitter from the Eddlesworth Carers' Link scheme for that time, and Hollybank "
            "offers Maisie a day place from the following week if it keeps happening.",
            "If Maisie misses another appointment, her weight falls at two weighs in a row, or the November "
            "actions are not done by 30/11/2025: Jess asks Bernadette Quayle for a legal planning meeting "
            "within five working days.",
        ]),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks (five over Christmas), Tuesdays at 3.30pm, Fernhill Bank School: "
            "04/11/2025, 02/12/2025 and 06/01/2026.",
            "Review child protection conference: Tuesday 20/01/2026, 10am, Eddlesworth Town Hall.",
            "Nadia and Jess bring Maisie's latest eye-gaze answers to every core group.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Initial conference plan for a nine-week-old with a large VSD, on NG
#    top-ups and twice-daily heart medicines, before and after his heart
#    operation; parents aged 19 and 21, father smoking cannabis. Word plan
#    printed to PDF with a page header and footer: three stage tables whose
#    merged title row gives the stage's time, then "What good looks like"
#    listed by action number. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b115_elvenmere_heart_baby_stage_title_rows_good_looks_like_pennifold.pdf",
    "doc_title": "Child Protection Plan - Arlo Pennifold",
    "split": "tune",
    "actions": 17,
    "template": "icpc-baby-medical-needs-word-plan-printed-to-pdf-page-header-footer-details-list-why-arlos-day-observed-outcomes-then-three-stage-tables-no-what-will-happen-who-with-merged-title-row-giving-stage-time-before-during-after-operation-then-what-good-looks-like-by-action-number-contingency-meetings",
    "description": (
        "Exemplary initial conference plan for a 9-week-old with a large ventricular septal defect, "
        "fed by bottle and nasogastric top-ups and on two heart medicines, whose tube was left out, "
        "doses missed and weight fell; his father smokes cannabis. A Word plan printed to PDF with "
        "a page header and footer. The actions are in three tables (until his operation, while he "
        "is in hospital, the first six weeks home) whose merged title row gives the stage's time; "
        "the tables have only number, action and who, and 'What good looks like' is listed "
        "afterwards by action number. The baby's day is observed, the drug service reports on "
        "change, the grandmother's nights have a fallback, hospital visiting is set, legal planning "
        "follows named triggers, core group and review dates are set."
    ),
    "header": "OFFICIAL-SENSITIVE – Elvenmere City Council – Children's Social Care",
    "footer": "Arlo Pennifold – child protection plan from ICPC 05/11/2025 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("kv", [
            ("Baby", "Arlo Pennifold, DOB 02/09/2025 (9 weeks)"),
            ("Arlo's health", "A large ventricular septal defect (a hole between the pumping chambers of his "
                              "heart). He tires when he feeds, so after each bottle the rest of the feed goes "
                              "down a nasogastric (NG) tube. Furosemide and captopril at 8am and 8pm. Heart "
                              "operation booked for 09/12/2025 at Elvenmere Children's Heart Centre."),
            ("Address", "Flat 3, 18 Tennyson Road, Elvenmere EV2 5PJ"),
            ("Mother", "Kacey Pennifold (19); care leaver, personal adviser Sam Whitlock"),
            ("Father", "Dean Colley (21), lives with Kacey and Arlo"),
            ("Paternal grandmother", "Lorraine Colley, 6 Ashby Row, Elvenmere"),
            ("Category", "Neglect"),
            ("Conference", "Initial child protection conference, Wednesday 05/11/2025. Chair: Patience "
                           "Adebola (IRO)"),
            ("Social worker", "Fiona Dalgleish, Safeguarding Team North (team manager: Andrew Kershaw)"),
        ]),
        ("h1", "Why Arlo has a plan"),
        ("p", "Arlo's heart condition was found at his newborn check and he went home on 20/09/2025 with NG "
              "top-ups and twice-daily medicines. In October the cardiac outreach nurse twice found his tube "
              "out, with no top-ups given for most of the day; his weight fell from the 9th centile to below "
              "the 2nd; and his medicine chart showed five missed doses in two weeks. He missed his cardiology "
              "clinic on 14/10/2025. On 21/10/2025 the nurse smelt cannabis in the flat, and Dean said he "
              "smokes it on the balcony most evenings."),
        ("p", "Kacey and Dean love Arlo and want to care for him. Both told the conference they are “terrified "
              "of the tube” and had been leaving it out when it came loose rather than ringing the nurses."),
        ("h1", "Arlo's day – what we have seen"),
        ("p", "Arlo is too young to tell us about his life, so this is what the people who see him have seen."),
        ("bullets", [
            "He feeds from his bottle for about ten minutes, then gets sweaty and breathless and falls asleep; "
            "the rest of his feed has to go down his tube.",
            "On the days his tube was out he cried hard before feeds, and at the nurse's visit on 17/10/2025 he "
            "was pale and floppy.",
            "On 28/10/2025 Kacey held him skin to skin after his feed; he settled quickly and watched her face.",
            "He is calm on Lorraine's shoulder, and Dean has learned to wind him gently without tiring him.",
        ]),
        ("h1", "What we want for Arlo"),
        ("numbers", [
            "Arlo has every feed in his feeding plan, by bottle and by tube, and gains weight steadily before "
            "his operation.",
            "Arlo gets every dose of his heart medicines on time.",
            "Arlo goes into his operation as well as he can be, has a parent with him every day he is in "
            "hospital, and comes home to parents who can care for his wound and his feeds.",
            "Arlo lives in a warm, dry home that is free of cannabis smoke.",
        ]),
        ("h1", "The plan"),
        ("p", "The plan is in three stages, one table for each. The top row of each table says when its "
              "actions happen. What good looks like for each action is listed after the tables, by the "
              "action's number."),
        ("table", {
            "header": ["No.", "What will happen", "Who"],
            "widths": [1.2, 10.8, 5.0],
            "rows": [
                ["Stage 1 – from this conference until Arlo is admitted for his operation on 08/12/2025", H, H],
                ["1",
                 "Visit Arlo at home twice a week, at least once unannounced, and see one of his feeds and a "
                 "tube check each week",
                 "Fiona Dalgleish, social worker (SW)"],
                ["2",
                 "Weigh Arlo at home every week, check his tube position and his feed and medicine charts, and "
                 "tell the cardiology team the same day about any weight loss",
                 "Bethan Morgan, cardiac outreach nurse, Elvenmere Children's Heart Centre"],
                ["3",
                 "Teach Kacey, Dean and Lorraine to check and re-pass Arlo's NG tube, and sign each of them off "
                 "as able to do it alone",
                 "Joanne Pike, community children's nurse, Elvenmere Children's Community Nursing Team"],
                ["4",
                 "Give Arlo his furosemide and captopril at 8am and 8pm and tick each dose on the chart on the "
                 "fridge",
                 "Kacey Pennifold (Mum); Dean checks the chart each night"],
                ["5",
                 "Take Arlo to his cardiology clinic on 18/11/2025 and his pre-operation assessment on "
                 "01/12/2025",
                 "Kacey Pennifold (Mum); the SW books a taxi for both"],
                ["6",
                 "Key-work with Dean every week and a urine test every two weeks, with a written report to "
                 "each core group on whether he has stopped smoking cannabis at home and whether the change is "
                 "likely to last",
                 "Marcus Bell, recovery worker, Elvenmere Compass drug and alcohol service"],
                ["7",
                 "Not smoke cannabis in the flat, on the balcony or on any day he is looking after Arlo",
                 "Dean Colley (Dad)"],
                ["8",
                 "See Kacey and Arlo at home every two weeks, check Arlo's development and Kacey's mood, and "
                 "help her with winding and settling him",
                 "Gemma Rudd, health visitor, Tennyson Road Clinic"],
                ["9",
                 "Get the landlord to treat the damp in Arlo's bedroom and fit a working heater",
                 "Sam Whitlock, personal adviser, Elvenmere Leaving Care Service"],
                ["10",
                 "Stay at the flat every Friday and Saturday night and do Arlo's 2am top-up and tube check",
                 "Lorraine Colley (paternal grandmother)"],
            ],
        }),
        ("table", {
            "header": ["No.", "What will happen", "Who"],
            "widths": [1.2, 10.8, 5.0],
            "rows": [
                ["Stage 2 – while Arlo is in hospital for his operation, from admission on 08/12/2025 until the "
                 "day he goes home", H, H],
                ["11",
                 "Visit Arlo on the cardiac ward twice a week and speak to the nurse in charge at each visit",
                 "Fiona Dalgleish, SW"],
                ["12",
                 "Be with Arlo on the ward every day, staying at Heartbeat House, and learn his wound care and "
                 "his new feeding plan from the ward nurses",
                 "Kacey Pennifold and Dean Colley (parents)"],
                ["13",
                 "Phone the SW the same day if neither parent has been on the ward by 6pm, and email the SW "
                 "after each weekly ward round",
                 "Rachel Ogden, cardiac liaison nurse, Elvenmere Children's Heart Centre"],
                ["14",
                 "Hold a discharge planning meeting on the ward with Kacey, Dean, the SW, the community nurse "
                 "and the health visitor before Arlo is allowed home",
                 "Rachel Ogden, cardiac liaison nurse"],
            ],
        }),
        ("table", {
            "header": ["No.", "What will happen", "Who"],
            "widths": [1.2, 10.8, 5.0],
            "rows": [
                ["Stage 3 – the first six weeks after Arlo comes home, counted from the day he is discharged",
                 H, H],
                ["15",
                 "Visit Arlo at home twice a week for the first two weeks, then once a week",
                 "Fiona Dalgleish, SW"],
                ["16",
                 "Weigh Arlo and check his wound every week, and step his tube feeds down in line with the "
                 "cardiology team's written plan",
                 "Joanne Pike, community children's nurse"],
                ["17",
                 "Take Arlo to his post-operation clinic two weeks after he is discharged",
                 "Kacey Pennifold (Mum)"],
            ],
        }),
        ("h1", "What good looks like"),
        ("p", "By the number of the action it belongs to:"),
        ("bullets", [
            "1 – Fiona's visit records show two visits every week, one unannounced, with a feed and a tube check "
            "seen and written up each week.",
            "2 – Arlo's weight plotted every week and back on or above the 2nd centile line by 08/12/2025; any "
            "loss emailed to cardiology the same day.",
            "3 – Signed NG competency forms for Kacey, Dean and Lorraine on file by 21/11/2025.",
            "4 – The fridge chart, checked by Bethan each week, shows every dose ticked.",
            "5 – Clinic letters show Arlo seen on 18/11/2025 and 01/12/2025.",
            "6 – Marcus's written report on file two days before each core group, with the test results.",
            "7 – Dean's urine tests negative from his second test on, and no smell of cannabis written on any "
            "visit record.",
            "8 – Gemma's visit notes sent to the SW every two weeks, with Kacey's mood score and Arlo's "
            "development checks.",
            "9 – The landlord's repair note on file, and the bedroom seen dry with a working heater by the SW "
            "by 28/11/2025.",
            "10 – Lorraine writes each night feed on the feed chart, which Bethan checks each week.",
            "11 and 15 – Fiona's record of each ward and home visit, saying how Arlo was and who was with him.",
            "12 – The ward's record shows a parent with Arlo every day; the wound care and feeding checklists "
            "are signed off for both parents before discharge.",
            "13 – Every same-day call logged by the SW, and an email after every ward round on file.",
            "14 – A written discharge plan saying who does what for Arlo's wound, feeds and medicines, signed "
            "and sent to the SW and health visitor before he goes home.",
            "16 – Weight and wound checks written in the red book each week and emailed to the SW; tube feeds "
            "reduced as the written plan says.",
            "17 – The post-operation clinic letter on file.",
        ]),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Arlo's tube is out and not re-passed within an hour, he misses two top-ups or two doses of "
            "medicine in a week, or he has lost weight at a weekly weigh: the parent or nurse phones Fiona that "
            "day, Fiona visits the same day, and Arlo is taken to the Children's Heart Centre assessment unit "
            "to be checked that day.",
            "If cannabis is smelt in the flat or Dean has a positive test: Dean goes to stay at Lorraine's from "
            "that night and sees Arlo only when Kacey is there; if Arlo was in Dean's care alone, Fiona holds a "
            "strategy discussion the same day.",
            "If Lorraine cannot stay on a Friday or Saturday night: the community nursing team makes a 10pm "
            "visit to check the tube and give the late top-up, and Fiona visits the next morning.",
            "If neither parent visits Arlo on the ward for two days in a row: Fiona visits the ward the next "
            "day and holds a strategy discussion about his discharge before any date is set.",
            "If Arlo's weight keeps falling, his tube is left out again after both parents are signed off, or "
            "his parents do not visit him in hospital for two days in a row, Fiona will ask Andrew Kershaw for "
            "a legal planning meeting within five working days.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks, Wednesdays at 2pm, Tennyson Road Clinic: 19/11/2025, 17/12/2025 (in "
            "the family room on the cardiac ward if Arlo is still in hospital) and 14/01/2026.",
            "Review child protection conference: Wednesday 04/02/2026, 10am, Elvenmere Civic Centre.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Initial conference plan, mother with bipolar disorder after a manic
#    episode, a 13-year-old young carer and his 4-year-old sister. Markdown
#    plan in three parts: the outcomes in Part 2 each list how we will know,
#    naming the actions the check is for; the actions in Part 3 are numbered
#    under term headings. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b115_embersley_outcome_part_checks_term_headed_actions_brackley.md",
    "split": "tune",
    "actions": 15,
    "template": "icpc-markdown-plan-three-parts-part-1-whos-who-why-childrens-words-part-2-outcomes-each-with-how-we-will-know-bullets-naming-action-numbers-part-3-numbered-actions-under-school-term-headings-before-half-term-every-week-of-term-before-review-at-every-contact-then-if-things-go-wrong-meetings",
    "description": (
        "Exemplary initial conference plan for a 13-year-old young carer and his 4-year-old sister "
        "whose mother has bipolar disorder and had a manic episode after stopping her lithium. A "
        "Markdown plan in three parts: Part 2 gives each outcome with 'How we will know' bullets "
        "naming the numbers of the actions each check is for; Part 3 numbers the actions under "
        "headings that carry their time ('Before October half term (by Friday 24/10/2025)', "
        "'Every week of the autumn term', 'Before the review conference', 'At every contact'). The "
        "psychiatrist and the care co-ordinator both assess change, the GP owns an action, the "
        "uncle's and father's parts have a fallback, legal planning follows named triggers, core "
        "group and review dates are set, and both children's words are recorded."
    ),
    "text": """\
# Child Protection Plan: Kian and Lola

**Embersley Borough Council, Children's Services, Locality Team East**
Plan agreed at the initial child protection conference on **Wednesday 24/09/2025**.
Chair: Stephen Achterberg (IRO). Category: neglect (both children).

This plan has three parts. **Part 1** is about Kian and Lola. **Part 2** says what we want for them and,
under each outcome, how we will know it is happening, with the numbers of the actions each check is for.
**Part 3** is the actions, grouped by when they happen.

---

## Part 1: Kian and Lola

### Who's who

| Name | Who they are |
|---|---|
| Kian Brackley, 13 (DOB 02/03/2012) | Year 9, Embersley Academy |
| Lola Doyle, 4 (DOB 18/05/2021) | Reception, St Anne's Primary |
| Gemma Brackley, 38 | Mum; 21 Quarry Hill, Embersley EB3 8TF |
| Marcus Doyle, 40 | Lola's dad; 7 Fenby Court, Embersley; has Lola every other weekend |
| Ryan Brackley, 35 | Gemma's brother; 8 Cowper Street, Embersley, five minutes away |
| Carly Ndlovu | Social worker (team manager: Owen Price) |

### Why there is a plan

Gemma has bipolar disorder. She stopped taking her lithium in June and became very unwell over the summer:
she slept two or three hours a night, spent her rent on a car she could not drive, and went out at night
leaving Lola with Kian. Kian missed 31 sessions of school in the last half of the summer term to look after
Lola, and on 19/08/2025 police found Lola, then aged four, on her own in the flat at 11pm while Kian was out
looking for his mum. The home treatment team saw Gemma every day in late August and she restarted lithium on
29/08/2025. She is much better now, but she has stopped her lithium twice before, in 2019 and 2022.

### What Kian and Lola have told us

**Kian** (seen on his own at school, 15/09/2025): "When Mum's high she's fun for about a day and then it's
scary. I did Lola's tea and her bath and got her to school. I don't want anyone else doing it because
they'll take her off us." He said he would like to "just go to school and football and not be in charge".
He put home at 4 out of 10 and school at 7.

**Lola** (seen at home, 17/09/2025) showed Carly her drawing of "Kian making pasta" and said, "Mummy was
shouty and went out in the dark. Kian looks after me." She likes her dad's house "because there's a dog",
and she ran to Ryan when he arrived and asked if it was "a Thursday tea day".

---

## Part 2: What we want for Kian and Lola, and how we will know

### Outcome 1: Kian and Lola live with a mum who is well enough to look after them, and if she starts to become unwell the adults around them act before they have to

How we will know:

- Dr Menon's written assessment is on file by 24/10/2025 and talked through at the core group (action 1).
- The crisis plan, signed by Gemma and Tom, is held by Carly, both schools, Ryan and Marcus by 24/10/2025,
  and Tom's assessment of Gemma's early warning signs is in his first report (action 2).
- The GP's summary and Gemma's lithium blood results are on the children's file by 24/10/2025 (action 3).
- Tom's written report is on file two days before every core group, with his lithium box checks and his
  view of how well Gemma is keeping to her plan (action 8).
- Carly's record of each contact with Gemma notes her sleep, spending and nights out against her relapse
  plan (action 14).

### Outcome 2: Kian goes to school every day, catches up on the work he missed and is no longer in charge of Lola or his mum

How we will know:

- Kian's attendance is 95% or more for the autumn term, shown on the register printout sent to Carly every
  Friday; his Monday mentor meetings are logged on CPOMS (action 11).
- Kian's catch-up plan is signed by him and his head of year by 24/10/2025, and his half-term report shows
  the missed work handed in (action 4).
- Kian's young carer's plan is on file by 24/10/2025 and the Wednesday group register shows him there
  (action 5).
- At each visit Kian tells Carly whether he has done Lola's school run, tea or bath on a school day, and
  Carly writes down his answer (action 7).
- Kian's own safety plan, with the numbers he would ring, is on his phone and on file after his third
  session (action 12).
- Becky's note after each group and one-to-one says what Kian has done at home that week (action 13).

### Outcome 3: Lola is taken to school every day, fed and on time, by an adult, and keeps her time with her dad

How we will know:

- The written school-run rota is signed by Gemma, Marcus and Ryan by 24/10/2025 (action 6).
- St Anne's drop-off book shows Lola brought by Ryan on Mondays, Tuesdays and Thursdays and by Marcus on
  Wednesdays and Fridays (actions 9 and 10).
- Marcus texts Carly when he collects and returns Lola at weekends, and Lola tells Carly about her
  weekends at visits (action 10).
- Miss Finch's attendance email reaches Carly each Friday, and any same-day call is logged on CPOMS
  (action 15).
- Carly's visit records show both children seen on their own each week, with their words written down
  (action 7).

---

## Part 3: The actions

### Before October half term (by Friday 24/10/2025)

1. **Dr Priya Menon** (consultant psychiatrist, Embersley Community Mental Health Team) will see Gemma in
   clinic, review her lithium and write an assessment for the core group of how well she is, her risk of
   stopping her medicine again, whether she can make and keep the changes Kian and Lola need, and how long
   that is likely to take.
2. **Tom Gallagher** (care co-ordinator, Embersley Community Mental Health Team) will write a relapse and
   crisis plan with Gemma that names who looks after Kian and Lola if she becomes unwell, and will give the
   core group his assessment of whether Gemma can spot her own early warning signs and act on them in time
   for the children, and how likely she is to keep to the plan.
3. **Dr Sian Loughlin** (GP, Castle Street Surgery) will send Carly a summary of Gemma's health, her lithium
   blood results since January and any tests she missed.
4. **Mrs Joanne Keel** (DSL, Embersley Academy) will meet Kian with his head of year and agree a catch-up
   plan for the work he missed in the summer term.
5. **Becky Tarrant** (Embersley Young Carers) will do a young carer's assessment with Kian and offer him a
   place at the Wednesday after-school group.
6. **Carly Ndlovu** (SW) will agree a written school-run rota with Gemma, Marcus and Ryan, so that Kian never
   takes or collects Lola on a school day.

### Every week of the autumn term (29/09/2025 to 19/12/2025)

7. **Carly Ndlovu** (SW) will visit Kian and Lola at home, one visit in four unannounced, and see each of them
   on their own for part of the visit.
8. **Tom Gallagher** (care co-ordinator) will see Gemma at home, check her lithium box with her, and report in
   writing before each core group on whether she is staying well and keeping to her crisis plan, and what
   that means for Kian and Lola.
9. **Ryan Brackley** (uncle) will take Lola to school on Mondays, Tuesdays and Thursdays and have both
   children for tea every Thursday.
10. **Marcus Doyle** (Lola's dad) will take Lola to school on Wednesdays and Fridays, and have her every other
    weekend from Friday after school until Sunday at 5pm.
11. **Mrs Joanne Keel** (DSL, Embersley Academy) will check Kian's attendance each day and meet him every
    Monday with his learning mentor.

### Before the review conference (by Tuesday 16/12/2025)

12. **Carly Ndlovu** (SW) will do three sessions of direct work with Kian about his mum's illness, using the
    "When a Parent Is Poorly" workbook, and help him make his own safety plan saying who he would ring.

### At every contact

13. **Becky Tarrant** (Embersley Young Carers) will ask Kian at each Wednesday group and each one-to-one what
    he has done at home that week, and tell Carly the same day if he is still caring for Lola or his mum.
14. **Carly Ndlovu** (SW) will ask Gemma, at each visit or call, about her sleep, her spending and any nights
    out, and check these against the early warning signs in her relapse plan.
15. **Miss Laura Finch** (DSL, St Anne's Primary) will check Lola's attendance, how she presents and whether
    she has eaten breakfast each time she arrives at school, and phone Carly the same day with any worry.

---

## If things go wrong

- **If Gemma stops taking her lithium, misses a blood test, or shows two of the early warning signs in her
  relapse plan** (sleeping under four hours, large spending, going out at night), Tom will arrange for the
  home treatment team to see her the same day, and Kian and Lola will stay with Ryan at 8 Cowper Street from
  that evening; Lola may go to Marcus instead if it is his weekend.
- **If Kian or Lola is left alone, or Lola is left in Kian's care overnight**, Carly will hold a strategy
  discussion with Embersley Police the same day and the children will go to Ryan's until it has decided
  where they are safe.
- **If Ryan or Marcus cannot have the children** (illness, work or they can no longer help), Carly will place
  Kian and Lola together with Embersley foster carers the same day.
- **If Gemma becomes unwell again before the review, Kian's attendance is below 90% at October half term, or
  Dr Menon's assessment says Gemma cannot make the changes in the children's timescale**, Carly will ask Owen
  Price for a legal planning meeting within five working days.

## Meetings

- Core group every four weeks, Thursdays at 4pm, Embersley Family Hub: 09/10/2025, 06/11/2025 and
  04/12/2025.
- Review child protection conference: Tuesday 16/12/2025, 10am, Embersley Town Hall.
- Carly will bring Kian's and Lola's own words to every core group and to the review.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Initial conference plan for a six-week-old born withdrawing from
#    methadone (neonatal abstinence syndrome), now home; mother on a
#    methadone script after a heroin relapse in pregnancy. Plain-text plan:
#    actions listed by reference T1 to T14 with their lead, then an
#    eight-week X grid keyed by reference, then a checks list by reference.
#    Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b115_ewesholme_nas_baby_ref_list_week_x_grid_checks_ibbotson.txt",
    "split": "tune",
    "actions": 14,
    "template": "icpc-plain-text-numbered-sections-details-dot-leaders-why-tobys-day-outcomes-then-section-5-actions-by-reference-t1-t14-with-lead-then-section-6-eight-week-x-grid-keyed-by-reference-week-key-then-section-7-checks-by-reference-contingency-meetings",
    "description": (
        "Exemplary initial conference plan for a 6-week-old who was treated on the special care "
        "baby unit for withdrawal from his mother's methadone and is now home; his mother relapsed "
        "on heroin in pregnancy and is on a supervised methadone script, and once fell asleep "
        "holding him on the sofa. A plain-text plan in numbered sections: Section 5 lists the "
        "actions by reference (T1 to T14) with their lead, Section 6 is an eight-week grid whose "
        "rows are those references with an X in each week the action happens, and Section 7 gives "
        "the check for each reference. The baby's day is observed, the recovery service and the "
        "pharmacist report, the GP owns an action, the grandmother's and aunt's parts have a "
        "fallback, legal planning follows named triggers, core group and review dates are set."
    ),
    "text": """\
EWESHOLME COUNCIL - CHILDREN AND FAMILIES SERVICE
CHILD PROTECTION PLAN                               Initial conference 05/11/2025
=================================================================================

SECTION 1 - DETAILS

Baby ................ Toby Ibbotson, DOB 24/09/2025 (6 weeks)
Address ............. Flat 9, Kestrel House, Wharf Street, Ewesholme EW1 4DL
Mother .............. Shannon Ibbotson (27)
Father .............. Not named on the birth certificate; not involved
Maternal grandmother  Denise Ibbotson (55), 12 Wharf Street (two minutes away)
Maternal aunt ....... Kerry Ibbotson (31), 30 Osprey Close, Ewesholme
Category ............ Neglect
Chair ............... Helen Faraday, Independent Reviewing Officer
Social worker ....... Amira Patel, Family Safeguarding Team 2
Team manager ........ Graham Whiteley

SECTION 2 - WHY TOBY HAS A PLAN

Shannon has been prescribed methadone for four years. In July 2025, when she
was 30 weeks pregnant, she had two urine tests positive for heroin; all her
tests since 08/08/2025 have been negative. Toby was born at 39 weeks and was
treated for withdrawal (neonatal abstinence syndrome) on the special care baby
unit at Ewesholme General Hospital for 19 days, with morphine that was slowly
reduced. He came home on 13/10/2025.

At the first home visit Shannon's methadone bottle was on the kitchen worktop.
On 22/10/2025 the health visitor arrived to find Shannon asleep on the sofa
with Toby asleep on her chest; she said she had "only closed her eyes". Toby
has gained weight slowly and is on the 9th centile.

SECTION 3 - TOBY'S DAY (WHAT WE HAVE SEEN)

Toby is too young to tell us how he feels, so this is what the adults who see
him have seen:
- He is still jittery and sneezes a lot, and he needs swaddling and rocking to
  settle. He cries with a high, hard cry in the early evening.
- He feeds well from his bottle when the room is quiet, and takes less when
  the television is loud.
- On 30/10/2025 Shannon held him close and hummed until he stopped crying, and
  he fell asleep in his Moses basket on his back.
- Denise is the adult he settles with most quickly; he turns towards her voice.

SECTION 4 - WHAT WE WANT FOR TOBY

4.1  Toby is fed, settled and gaining weight, and is on or above the 9th
     centile at every weigh.
4.2  Toby sleeps on his back in his own Moses basket or cot at every sleep,
     and is never asleep on an adult on the sofa or in bed.
4.3  Toby is always cared for by an adult who is awake, sober and not under
     the influence of any drug, with methadone kept locked away from him.
4.4  Toby's health and development are checked, and he has his
     immunisations on time.

SECTION 5 - ACTIONS

Each action has a reference. When it happens is in the grid in Section 6 and
what we will check is in Section 7, under the same reference.

T1   Visit Toby at home twice a week, at least one visit unannounced, and see
     him awake and asleep and where Shannon keeps her methadone.
     Lead: Amira Patel, social worker

T2   Weigh Toby, check his feeding, his sleeping place and his withdrawal
     signs: every week for four weeks, then every two weeks.
     Lead: Claire Royston, health visitor, Ewesholme Health Centre

T3   Keep her methadone and every other medicine in the locked box, with the
     key on her keyring, every day, and put Toby down in his Moses basket for
     every sleep.
     Lead: Shannon Ibbotson (Mum)

T4   Key-work with Shannon every week and a urine test every week, with a
     written report to each core group on whether she is staying off heroin
     and street drugs and whether the change is likely to last.
     Lead: Nathan Briggs, recovery worker, Ewesholme Recovery Service

T5   Give Shannon her methadone as a supervised dose each morning, and phone
     her recovery worker the same day if she misses a dose or seems under
     the influence.
     Lead: Raj Mistry, pharmacist, Market Street Pharmacy

T6   Get a lockable medicine box and a smoke alarm fitted at the flat
     through the Ewesholme Home Safety scheme.
     Lead: Amira Patel, social worker

T7   Go through safe sleep and coping with crying with Shannon and Denise
     together, in the flat, using the Ewesholme safe sleep checklist.
     Lead: Claire Royston, health visitor

T8   Stay at the flat every Friday and Saturday night and do Toby's night
     feeds, so that Shannon can sleep.
     Lead: Denise Ibbotson (maternal grandmother)

T9   Look after Toby every Tuesday from 9.30am to 3pm while Shannon goes to
     her recovery group.
     Lead: Kerry Ibbotson (maternal aunt)

T10  Give Shannon and Toby a place at the Thursday "Little Steps" baby group
     at Ewesholme Family Hub, and write a short note after each session on
     how Shannon and Toby were together.
     Lead: Bev Corrigan, family support worker, Ewesholme Family Hub

T11  Send the SW a summary of Shannon's health, her prescriptions and any
     overdoses, and tell the SW in writing if she is prescribed anything
     that could make her drowsy.
     Lead: Dr Owen Hollis, GP, Wharf Street Surgery

T12  See Toby at the neonatal follow-up clinic on 04/12/2025 to check his
     tone, feeding and withdrawal scores.
     Lead: Dr Farida Noor, consultant neonatologist, Ewesholme General
     Hospital

T13  Take Toby for his 8-week immunisations at Wharf Street Surgery.
     Lead: Shannon Ibbotson (Mum); Claire Royston sends the reminder

T14  Complete a parenting assessment of Shannon, including how she would
     keep Toby safe if she relapsed, and send the report to the core group.
     Lead: Amira Patel, social worker

SECTION 6 - WHEN: THE EIGHT-WEEK GRID

An X means the action happens in that week. A row with an X in every week
happens every week, as often as Section 5 says (T3 every day). A one-off
action is done in the week that has its X; T14 runs over all eight weeks and
its report is due in week 8. The weekly actions carry on at the same
frequency after week 8 until the review conference, and the core group on
06/01/2026 will set the grid for weeks 9 to 12.

Week starts:  W1 10/11/2025   W2 17/11/2025   W3 24/11/2025   W4 01/12/2025
              W5 08/12/2025   W6 15/12/2025   W7 22/12/2025   W8 29/12/2025

REF   LEAD                        W1  W2  W3  W4  W5  W6  W7  W8
----  --------------------------  --  --  --  --  --  --  --  --
T1    Amira Patel (SW)            X   X   X   X   X   X   X   X
T2    Claire Royston (HV)         X   X   X   X   .   X   .   X
T3    Shannon (Mum)               X   X   X   X   X   X   X   X
T4    Nathan Briggs (recovery)    X   X   X   X   X   X   X   X
T5    Raj Mistry (pharmacist)     X   X   X   X   X   X   X   X
T6    Amira Patel (SW)            X   .   .   .   .   .   .   .
T7    Claire Royston (HV)         X   .   .   .   .   .   .   .
T8    Denise (MGM)                X   X   X   X   X   X   X   X
T9    Kerry (aunt)                X   X   X   X   X   X   X   X
T10   Bev Corrigan (FSW)          .   .   X   X   X   X   X   X
T11   Dr Hollis (GP)              .   X   .   .   .   .   .   .
T12   Dr Noor (neonatal clinic)   .   .   .   X   .   .   .   .
T13   Shannon (Mum)               .   X   .   .   .   .   .   .
T14   Amira Patel (SW)            X   X   X   X   X   X   X   X

SECTION 7 - CHECKS

T1   Visit records show two visits every week, one marked unannounced, each
     saying where Toby was sleeping and that the box was locked.
T2   Toby's weight plotted in his red book at each weigh, on or above the
     9th centile; Claire's notes emailed to the SW after each visit.
T3   The box seen locked, with the key on Shannon's keyring, at every SW and
     HV visit; no visit finds Toby asleep on an adult.
T4   Nathan's written report on file two days before each core group, with
     every urine result.
T5   The pharmacy's dose record sent to Nathan every Friday, and every
     same-day call logged by Nathan and passed to the SW.
T6   The SW sees the box and the alarm fitted in week 1.
T7   The safe sleep checklist signed by Shannon and Denise and on file by the
     end of week 1.
T8   Denise writes each night feed on Toby's feed chart, which the SW reads
     at the Monday visit.
T9   Kerry's diary and the recovery group register show Shannon at group and
     Toby with Kerry every Tuesday.
T10  The group register and Bev's note after each session, sent to the SW.
T11  The GP summary on Toby's file by the end of week 2.
T12  The clinic letter, with Toby's scores, sent to the HV and the SW.
T13  The red book shows the 8-week immunisations given in week 2.
T14  The assessment report sent to every core group member by the end of
     week 8, ready for the core group on 06/01/2026.

SECTION 8 - IF THINGS GO WRONG

- If Shannon misses a methadone dose, has a positive test for heroin or
  street drugs, or is found drowsy or under the influence while caring for
  Toby: Amira visits the same day, Toby goes to Denise at 12 Wharf Street
  that day, and Amira holds a strategy discussion the same day to decide
  where he is safe.
- If Toby is found asleep on an adult or on the sofa, or the box is found
  open: Amira visits the same day and Denise stays at the flat every night
  for the following week.
- If Denise or Kerry cannot help (illness, being away, or they can no longer
  do it): Amira arranges a parent and baby foster placement for Shannon and
  Toby the same day, or an emergency foster carer for Toby if Shannon will
  not go.
- If Shannon uses heroin again, misses three doses in a month, or the
  parenting assessment finds she cannot keep Toby safe: Amira asks Graham
  Whiteley for a legal planning meeting within five working days.

SECTION 9 - MEETINGS

Core group ........... every three weeks, Tuesdays 1.30pm, Ewesholme Family
                       Hub: 18/11/2025, 09/12/2025, 06/01/2026
Review conference .... Wednesday 28/01/2026, 10am, Ewesholme Civic Offices
=================================================================================
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Initial conference plan, mother dependent on alcohol going into a
#    six-week residential detox, two children staying with their aunt
#    meanwhile, the younger one's father allowed only supervised contact.
#    Landscape Word table whose two lead columns are headed with date
#    ranges (while Dawn is at Holmcroft House / after she comes home), then
#    an untimed "Next steps" table. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b115_edgerstone_lead_columns_headed_by_date_range_pickersgill.docx",
    "doc_title": "Child Protection Plan - Phoebe and Reuben Pickersgill",
    "split": "tune",
    "actions": 14,
    "landscape": True,
    "template": "icpc-word-plan-landscape-details-list-why-childrens-views-outcomes-then-ref-what-needs-to-happen-two-lead-columns-headed-with-date-ranges-before-and-after-residential-detox-what-we-will-see-then-untimed-next-steps-table-action-lead-measure-contingency-meetings",
    "description": (
        "Initial conference plan for a 10-year-old and a 3-year-old whose mother is dependent on "
        "alcohol and goes into a six-week residential detox; the children stay with their aunt "
        "meanwhile and the younger one's father may see him only when his grandmother supervises. "
        "A landscape Word table has two lead columns headed with date ranges (while the mother is "
        "at the rehab unit; from her return to the review conference), so the column an owner is "
        "in is the action's timescale. Most rows are sound (weekly visits, the aunt's care, the "
        "rehab keyworker's and alcohol service's reports, the GP, school and health visitor). "
        "Faults: talking therapy only supports the mother and is measured by her engagement; the "
        "parenting assessment has no output; 'The network' keeps the children from drinkers; a "
        "'Next steps' table has no time at all; one outcome is the mother's; the contingency has "
        "no trigger and says nothing of the aunt or grandmother failing."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Edgerstone County Council · Children's Services · Safeguarding Team (Moorside)"),
        ("kv", [
            ("Children", "Phoebe Pickersgill (10), DOB 11/02/2015, Year 6, Edgerstone Juniors; Reuben "
                         "Pickersgill (3), DOB 30/07/2022, Little Owls Nursery"),
            ("Home address", "5 Bracken Row, Edgerstone ED7 1QA"),
            ("Mother", "Dawn Pickersgill (34)"),
            ("Reuben's father", "Aaron Mellor (37), 22 Calder Street, Edgerstone"),
            ("Maternal aunt", "Lisa Carver (39), 14 Heath Lane, Edgerstone; the children live with her while "
                              "Dawn is at Holmcroft House"),
            ("Paternal grandmother", "Maureen Mellor (63), 9 Holly Grove, Edgerstone"),
            ("Category", "Neglect (both children)"),
            ("Conference", "Initial child protection conference, Wednesday 29/10/2025. Chair: Rashid Anwar "
                           "(IRO)"),
            ("Social worker", "Hannah Greaves (team manager: Colin Firth-Barker)"),
        ]),
        ("h1", "Why Phoebe and Reuben have a plan"),
        ("p", "Dawn has drunk heavily for four years, and since her father died in May she has drunk most of "
              "each day. On 04/10/2025 Phoebe rang 999 because she could not wake her mum; Reuben was in a "
              "soaking nappy and had not eaten since breakfast. Phoebe has been late for school 22 times this "
              "year and told her teacher she hides the wine bottles. Dawn has agreed to a six-week detox and "
              "rehab programme at Holmcroft House from 03/11/2025 to 14/12/2025, and Lisa has taken the "
              "children in until she comes home."),
        ("p", "Aaron has a caution for assaulting Dawn in 2023. He wants to see Reuben and has agreed that his "
              "mother, Maureen, supervises every contact."),
        ("h1", "What the children say"),
        ("p", "Phoebe (seen on her own at school, 21/10/2025): “I pour Mum's wine down the sink when she's "
              "asleep. I like being at Auntie Lisa's because it's calm and she makes proper tea. I want Mum "
              "to get better and come home but only if she's stopped.” She put home at 3 out of 10 and "
              "Auntie Lisa's at 9."),
        ("p", "Reuben (seen at Lisa's, 23/10/2025) played with his cars, brought the social worker his "
              "wellies to show her, and said “Mummy poorly”. Nursery say he is eating well, is less clingy "
              "and has started using two-word phrases since he moved to Lisa's."),
        ("h1", "What we want"),
        ("bullets", [
            "Phoebe and Reuben are cared for every day and every night by a sober adult, wherever they are "
            "living.",
            "Phoebe gets to school on time every day and no longer has to look after her mum or Reuben.",
            "Reuben's speech catches up, and he sees his dad only when it is safe for him.",
            "Dawn stays sober and feels confident in herself again.",
        ]),
        ("h1", "The plan"),
        ("p", "The plan has two periods, shown by the two lead columns. A lead named under a period is "
              "responsible for the action for the whole of that period; a one-off action is to be done by the "
              "last day of the period it sits in. “—” means the action does not happen in that period."),
        ("table", {
            "header": ["Ref", "What needs to happen",
                       "Lead 03/11/2025 – 14/12/2025 (Dawn at Holmcroft House)",
                       "Lead 15/12/2025 – 21/01/2026 (Dawn home, to the review conference)",
                       "What we will see"],
            "widths": [1.2, 8.0, 4.6, 4.6, 7.3],
            "rows": [
                ["1",
                 "Visit Phoebe and Reuben every week wherever they are living, and see Phoebe on her own",
                 "Hannah Greaves, SW",
                 "Hannah Greaves, SW",
                 "Visit records for every week, with Phoebe's own words written down"],
                ["2",
                 "Give Phoebe and Reuben a home, get them to school and nursery every day, and keep Aaron's "
                 "contact to the times in row 7",
                 "Lisa Carver (maternal aunt)",
                 "—",
                 "School and nursery registers sent to the SW each Friday show both children there every day"],
                ["3",
                 "Complete the Holmcroft House detox and rehab programme, with a written report from her "
                 "keyworker on her progress and whether she is ready to care for the children",
                 "Dawn Pickersgill, with Mandy Ruston, keyworker, Holmcroft House",
                 "—",
                 "Holmcroft discharge report on file by 14/12/2025"],
                ["4",
                 "Key-work and a breath test every week, and a written report to each core group on whether "
                 "Dawn is staying sober and is likely to keep it up",
                 "—",
                 "Connor Blake, recovery worker, Edgerstone Alcohol Service",
                 "Report on file before each core group, with every breath test result"],
                ["5",
                 "Counselling sessions for Dawn to support her with her low mood and the loss of her father",
                 "—",
                 "Edgerstone Talking Therapies (adult mental health)",
                 "Dawn's engagement with the sessions"],
                ["6",
                 "Complete a parenting assessment of Dawn once she is back at Bracken Row",
                 "—",
                 "Hannah Greaves, SW",
                 "—"],
                ["7",
                 "Supervise Aaron's contact with Reuben at her home every Saturday, 10am to 12 noon",
                 "Maureen Mellor (paternal grandmother)",
                 "Maureen Mellor (paternal grandmother)",
                 "Maureen's contact note emailed to the SW after each Saturday"],
                ["8",
                 "Check Phoebe's attendance and how she presents each day, and phone the SW the same day with "
                 "any worry",
                 "Mr Dev Sharma, DSL, Edgerstone Juniors",
                 "Mr Dev Sharma, DSL, Edgerstone Juniors",
                 "Weekly attendance email to the SW; same-day calls logged on CPOMS"],
                ["9",
                 "Do Reuben's 3-year development check and refer him to speech and language therapy if he "
                 "needs it",
                 "Zoe Hartley, health visitor",
                 "—",
                 "Check results and any referral letter sent to the SW"],
                ["10",
                 "Make sure the children are kept away from anyone who has been drinking",
                 "The network",
                 "The network",
                 "Phoebe tells the SW at visits that no adult around her has been drunk"],
                ["11",
                 "Explain to Phoebe why her mum is away and when she is coming home, and make her a calendar "
                 "to cross off the days",
                 "Hannah Greaves, SW",
                 "—",
                 "Phoebe's calendar seen at Lisa's; Phoebe can say when her mum is coming home"],
                ["12",
                 "Check Dawn's liver function and her medication before she leaves Holmcroft, and write to "
                 "the SW about her health and her prescriptions",
                 "Dr Ann Kowalski, GP, Bracken Row Surgery",
                 "—",
                 "GP letter on the children's file by 14/12/2025"],
            ],
        }),
        ("h2", "Next steps (agreed at the end of the conference)"),
        ("table", {
            "header": ["Action", "Lead", "What we will see"],
            "widths": [12.0, 6.0, 7.7],
            "rows": [
                ["Refer Phoebe to the Edgerstone Hidden Harm group for children whose parents drink",
                 "Hannah Greaves, SW",
                 "Referral accepted and Phoebe's start date on file"],
                ["Help Dawn apply for a move to a flat away from her drinking friends",
                 "Sue Baxter, family support worker",
                 "Housing application reference number on file"],
            ],
        }),
        ("h1", "Contingency"),
        ("p", "If things do not improve for Phoebe and Reuben, either while Dawn is at Holmcroft House or after "
              "she comes home, the core group will meet to discuss what needs to change. If there is still not "
              "enough progress by the review conference, Hannah will request a legal planning meeting."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 10am, Moorside Family Centre: 11/11/2025, 09/12/2025 and "
            "06/01/2026.",
            "Review child protection conference: Wednesday 21/01/2026, 1.30pm, Edgerstone County Hall.",
        ]),
    ],
    "findings": [
        F("H001", "Counselling sessions for Dawn to support her with her low mood"),
        F("M002", "Counselling sessions for Dawn to support her with her low mood"),
        F("M001", "Complete a parenting assessment of Dawn once she is back"),
        F("W002", "Make sure the children are kept away from anyone"),
        F("T001", "Refer Phoebe to the Edgerstone Hidden Harm group"),
        F("T001", "Help Dawn apply for a move to a flat"),
        F("F002", "Dawn stays sober and feels confident in herself again."),
        F("C002"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Initial conference plan for an eleven-week-old with reflux and
#    faltering growth; mother with anxiety and depression after a traumatic
#    birth, father working away. Word plan printed to PDF with a page header
#    and footer: actions in week stages ("Weeks 1 to 4", "Weeks 5 to 8")
#    and "Other goals agreed at conference" with no time; measures in a separate "How we
#    will know it is working" list by number. Built round the mother's own
#    needs. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b115_ellwarden_reflux_baby_week_stages_mums_needs_spurr.pdf",
    "doc_title": "Child Protection Plan - Freddie Spurr",
    "split": "tune",
    "actions": 12,
    "template": "icpc-baby-word-plan-printed-to-pdf-page-header-footer-details-list-why-parents-views-outcomes-then-week-stage-headings-weeks-1-to-4-weeks-5-to-8-with-no-action-who-tables-then-other-goals-table-no-time-then-how-we-will-know-it-is-working-list-by-number-contingency-meetings",
    "description": (
        "Initial conference plan for an 11-week-old with reflux and faltering growth on thickened "
        "feeds and omeprazole; his mother has anxiety and depression after an emergency caesarean "
        "and his father works offshore. A Word plan printed to PDF with a page header and footer; "
        "the actions are in tables under week-stage headings that carry the dates, and the "
        "measures in a separate 'How we will know it is working' list by number. Faults: most "
        "actions are about the mother's own needs with no link to the baby; two perinatal mental "
        "health rows only treat her, one measured by how she feels and one left out of the "
        "measures list, as is the parenting assessment; the 'Other goals' table has no "
        "time; one outcome is the mother's; nothing records the baby's day or how he is; the "
        "contingency has no legal step."
    ),
    "header": "OFFICIAL-SENSITIVE – Ellwarden District Council – Children's Services",
    "footer": "Freddie Spurr – child protection plan (ICPC 04/11/2025) – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("kv", [
            ("Baby", "Freddie Spurr, DOB 18/08/2025 (11 weeks)"),
            ("Address", "2 Wilton Mews, Ellwarden EL5 3HU"),
            ("Mother", "Naomi Spurr (29)"),
            ("Father", "Liam Spurr (31); works offshore two weeks on, two weeks off"),
            ("Maternal grandmother", "Jean Ashby (58), Moor Edge Cottage, Ellwarden"),
            ("Freddie's health", "Gastro-oesophageal reflux. Feeds thickened with Carobel; omeprazole once a "
                                 "day. Under the paediatric dietitian at Ellwarden Royal Infirmary."),
            ("Category", "Neglect"),
            ("Conference", "Initial child protection conference, Tuesday 04/11/2025. Chair: Margaret Dunn "
                           "(IRO)"),
            ("Social worker", "Owen Tait, Children's Safeguarding Team (team manager: Priya Shah)"),
        ]),
        ("h1", "Why there is a plan"),
        ("p", "Freddie was born by emergency caesarean section after a long labour, and Naomi lost a lot of "
              "blood. Since Liam went back offshore in September, Freddie's weight has fallen from the 50th to "
              "the 9th centile. His feed chart has gaps of up to seven hours, his omeprazole has been missed on "
              "several days and Naomi missed his dietitian appointment on 14/10/2025."),
        ("p", "Naomi has anxiety and depression. On 20/10/2025 she told the health visitor that she has "
              "flashbacks to the birth, that she is frightened of doing Freddie's feeds wrong, and that she had "
              "thought the family would be “better off without me”. Her GP prescribed sertraline in "
              "September."),
        ("h1", "What Naomi and Liam say"),
        ("p", "Naomi said she feels “completely on my own” when Liam is away and that she has not slept more "
              "than three hours at a time since the birth. She wants help with her anxiety and her money "
              "worries and would like to go back to work part-time next year."),
        ("p", "Liam said he did not realise how hard things had got. He cannot change his work rota before the "
              "new year but will ring Naomi every evening when he is away."),
        ("h1", "Outcomes"),
        ("bullets", [
            "Freddie gains weight steadily and is back on the 25th centile by the review conference.",
            "Freddie has every feed, thickened as the dietitian advises, and his omeprazole every day.",
            "Naomi feels confident as a mum and her anxiety is under control.",
        ]),
        ("h1", "The plan"),
        ("p", "The actions are set out in two four-week stages, then other goals agreed at the conference. "
              "The dates of each stage are in its heading. How we will know each action is working is listed after the "
              "tables, by the action's number."),
        ("h2", "Weeks 1 to 4 (10/11/2025 to 05/12/2025)"),
        ("table", {
            "header": ["No.", "Action", "Who"],
            "widths": [1.2, 11.0, 4.8],
            "rows": [
                ["1",
                 "Home visits every week to support Naomi with her anxiety and low mood",
                 "Jo Allerton, perinatal mental health nurse, Ellwarden Perinatal Mental Health Team"],
                ["2",
                 "Go to her GP to talk about increasing her sertraline",
                 "Naomi Spurr (Mum)"],
                ["3",
                 "Birth reflections appointment with a midwife to talk through the emergency caesarean",
                 "Ellwarden Royal Infirmary Birth Reflections Service"],
                ["4",
                 "Weigh Freddie every week at home and check his feed chart and his thickener",
                 "Kirsty Lowe, health visitor"],
                ["5",
                 "Visit every week and see Freddie at a feed",
                 "Owen Tait, social worker"],
                ["6",
                 "Help Naomi sort out the household bills and the council tax arrears while Liam is away",
                 "Lucy Grange, family support worker"],
            ],
        }),
        ("h2", "Weeks 5 to 8 (08/12/2025 to 02/01/2026)"),
        ("table", {
            "header": ["No.", "Action", "Who"],
            "widths": [1.2, 11.0, 4.8],
            "rows": [
                ["7",
                 "Join the Mums Together peer support group at Ellwarden Family Hub every Wednesday",
                 "Naomi Spurr (Mum)"],
                ["8",
                 "Six sessions of trauma-focused therapy for Naomi's flashbacks and birth trauma",
                 "Dr Helen Saxby, clinical psychologist, Ellwarden Perinatal Mental Health Team"],
                ["9",
                 "Go through Freddie's feeds, thickener and weight with Naomi at the dietetic clinic",
                 "Sadia Karim, paediatric dietitian, Ellwarden Royal Infirmary"],
                ["10",
                 "Complete a parenting assessment of Naomi",
                 "Owen Tait, social worker"],
            ],
        }),
        ("h2", "Other goals agreed at conference"),
        ("table", {
            "header": ["No.", "Action", "Who"],
            "widths": [1.2, 11.0, 4.8],
            "rows": [
                ["11",
                 "Couples sessions for Naomi and Liam to talk about the birth and the strain of Liam working "
                 "away",
                 "Ellwarden Relationship Service"],
                ["12",
                 "Make a plan for Naomi to go back to work part-time, including finding childcare",
                 "Lucy Grange, family support worker"],
            ],
        }),
        ("h1", "How we will know it is working"),
        ("bullets", [
            "1 – Naomi feels less anxious and more able to cope.",
            "2 – A letter from the GP to the social worker with any change to Naomi's dose.",
            "3 – Naomi's appointment letter, and the midwife confirms she attended.",
            "4 – Freddie's weight plotted in his red book every week, climbing towards the 25th centile.",
            "5 – Visit records show Freddie seen at a feed every week.",
            "6 – A repayment plan for the council tax arrears agreed in writing.",
            "7 – The group's register shows Naomi there each Wednesday.",
            "9 – The dietitian's clinic letter sent to the health visitor and the social worker.",
            "11 – A letter from the service confirming the sessions attended.",
            "12 – A written return-to-work plan on file.",
        ]),
        ("h1", "Contingency"),
        ("p", "If Naomi tells anyone that she has thoughts of harming herself or Freddie, the perinatal mental "
              "health team will see her the same day and Freddie will stay with Jean at Moor Edge Cottage until "
              "Naomi has been seen. If Jean cannot have him, Owen will arrange an emergency foster carer for "
              "Freddie the same day. If Freddie loses weight at two weighs in a row, the health visitor will "
              "tell Owen the same day and Freddie will be seen by the paediatric team at Ellwarden Royal "
              "Infirmary within 24 hours."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks, Thursdays at 11am, Ellwarden Family Hub: 13/11/2025, 11/12/2025 and "
            "08/01/2026.",
            "Review child protection conference: Tuesday 27/01/2026, 10am, Ellwarden Council Offices.",
        ]),
    ],
    "findings": [
        F("H001", "Home visits every week to support Naomi with her anxiety"),
        F("M002", "Home visits every week to support Naomi with her anxiety"),
        F("H001", "Six sessions of trauma-focused therapy for Naomi's flashbacks"),
        F("M001", "Six sessions of trauma-focused therapy for Naomi's flashbacks"),
        F("M001", "Complete a parenting assessment of Naomi"),
        F("T001", "Couples sessions for Naomi and Liam to talk about"),
        F("T001", "Make a plan for Naomi to go back to work"),
        F("F002", "Naomi feels confident as a mum and her anxiety is under control."),
        F("F001"),
        F("F003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Minutes of the second core group, a four-year-old with severe asthma
#    and eczema and his baby sister; father's drinking, mother's anxiety,
#    damp flat. Markdown minutes whose action log has a part timed "by core
#    group 3" and a part of standing weekly actions, C/F and NEW markers, a
#    closed action, a last-minute addition outside both parts, and a "What
#    we will look for" section keyed by log ref that opens with a paragraph
#    also reporting the asthma plan. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b115_eastlingford_core_group_minutes_two_part_log_look_for_ackroyd.md",
    "split": "tune",
    "actions": 14,
    "template": "core-group-minutes-markdown-present-apologies-updates-by-agency-children-outcomes-then-action-log-part-a-by-core-group-3-part-b-standing-weekly-tables-ref-marker-cf-new-action-lead-added-at-end-line-closed-line-then-what-we-will-look-for-opening-paragraph-and-list-by-log-ref-contingency-next-meetings",
    "description": (
        "Minutes of the second core group for a 4-year-old with severe asthma and eczema, "
        "admitted twice after his preventer was not given, and his 9-month-old sister; the father "
        "drinks at weekends, the mother has anxiety, the flat is damp. The action log is split "
        "into Part A (all by core group 3 on 16/12/2025) and Part B (standing actions every week "
        "until the review conference), with C/F and NEW markers; one action is closed and one is "
        "added at the end outside both parts. 'What we will look for' opens with a paragraph that "
        "also reports the new asthma plan, then lists checks by log ref. Faults: the list leaves "
        "out the parenting assessment and the father's 'when he feels ready' addition; 'The "
        "network' agrees who has the children; talking therapy only supports the mother and is "
        "measured by her engaging; the grandparents carry two actions with no fallback; one "
        "outcome is the parents'; the review conference date is still to be confirmed."
    ),
    "text": """\
# Core Group Meeting: Minutes and Action Log

**Eastlingford City Council, Children's Social Care, Family Support and Safeguarding Team (North)**

| | |
|---|---|
| Children | Jaxon Ackroyd (4), DOB 06/07/2021; Ivy Ackroyd (9 months), DOB 12/02/2025 |
| Address | 31 Sefton Walk, Eastlingford ES4 9RB |
| Category | Neglect (both children); initial conference 21/10/2025, chair Lynne Bostock (IRO) |
| Meeting | Core group 2, Tuesday 18/11/2025, 10am, Eastlingford Children's Centre |
| Chair and minutes | Sarah Okonkwo, social worker |
| Present | Becky Ackroyd (Mum); Wayne Ackroyd (Dad); Glenys Ackroyd (paternal grandmother); Sarah Okonkwo (SW); Tanya Ruddock (HV); Mrs Lorna Price (manager, Sunflower Nursery); Dan Fielding (recovery worker, Eastlingford Alcohol Service) |
| Apologies | Pam Wheatley (children's respiratory nurse), written update; Dr Nkechi Obi (GP); Roy Ackroyd (paternal grandfather) |

## 1. Why Jaxon and Ivy have a plan (reminder)

Jaxon was admitted to Eastlingford Children's Hospital with asthma attacks on 14/09/2025 and 03/10/2025; both
times his preventer inhaler had not been given for over a week and his spacer could not be found. His eczema
was infected when he was admitted in October. Wayne drinks heavily from Friday to Sunday, and the police were
called on 27/09/2025 after he and Becky argued while the children were in the flat. Becky has anxiety and
finds it hard to leave the flat. The children's bedroom has black mould on the outside wall.

## 2. Updates since core group 1 (28/10/2025)

- **Sarah (SW):** three visits since core group 1, one unannounced. Jaxon's preventer was on the kitchen
  side each time and Becky showed Sarah the tick chart. The mould in the bedroom is no better.
- **Tanya (HV):** Ivy was 8.4kg on 11/11/2025, on the 50th centile. She is sitting well and babbling.
- **Lorna (nursery):** Jaxon has been in every session since 03/11/2025. His inhaler came with him every
  day but once. His skin is still sore on his hands and behind his knees.
- **Pam (respiratory nurse), written update:** Jaxon was seen in clinic on 13/11/2025; his chest was clear.
  She has written a new asthma plan and is sorry she could not be here to go through it.
- **Dan (alcohol service):** Wayne has been to three of four appointments; one breath test on a Monday
  morning was positive. Wayne says he has been "cutting back".
- **Becky:** she has started her sessions and says talking helps. She is still nervous going out with both
  children on her own.
- **Wayne:** he agrees he drinks too much at weekends but says he has "never been drunk with the kids".

## 3. Jaxon and Ivy

Jaxon (seen on his own at nursery by Sarah, 12/11/2025) showed Sarah his blue "puffer" and said "Mummy does
my puffer with the tube now." Asked about home he said, "Daddy's beer makes him shouty and I go in my bed." He
drew his nana's house with "a big garden" and said he likes his nana's tea.

Ivy was seen at home on 14/11/2025. She crawled to Becky and pulled on her sleeve to be picked up, and settled
straight away when Becky held her. She was clean and dressed for the weather, and her cot was clear. She
watched Jaxon closely and laughed when he pulled faces at her.

## 4. Outcomes (from the plan agreed at the initial conference)

1. Jaxon and Ivy are cared for every day and every night by a sober adult.
2. Jaxon has his preventer inhaler every morning and every evening, his eczema is treated, and he has no more
   hospital admissions for asthma.
3. Ivy keeps growing well, and both children sleep in a room that is warm and free of damp and mould.
4. Becky feels less anxious and Wayne stops drinking.

## 5. Action log

Refs are CG2.1 onwards. **C/F** = carried forward from core group 1 (its old ref in brackets). **NEW** =
agreed today.

### Part A: all to be done by core group 3 (Tuesday 16/12/2025)

| Ref | Marker | Action | Lead |
|---|---|---|---|
| CG2.1 | C/F (1.4) | Send the SW a summary of Wayne's alcohol-related health and Becky's treatment for anxiety | Dr Nkechi Obi, GP, Thornbury Road Surgery |
| CG2.2 | C/F (1.6) | Write Jaxon a new asthma plan and teach Becky and Wayne to use his spacer | Pam Wheatley, children's respiratory nurse, Eastlingford Children's Hospital |
| CG2.3 | NEW | Complete a parenting assessment of Becky and Wayne | Sarah Okonkwo, SW |
| CG2.4 | NEW | Refer Jaxon to the children's dermatology clinic for his infected eczema | Dr Nkechi Obi, GP |
| CG2.5 | C/F (1.8) | Treat the damp and black mould in the children's bedroom and fix the extractor fan | Marek Nowak, tenancy officer, Eastlingford Homes |
| CG2.6 | NEW | Agree who in the family will have the children if Wayne has been drinking | The network |

### Part B: standing actions, every week until the review conference

| Ref | Marker | Action | Lead |
|---|---|---|---|
| CG2.7 | C/F (1.1) | Visit Jaxon and Ivy at home, one visit in three unannounced, and look at Jaxon's inhaler chart and Ivy's cot | Sarah Okonkwo, SW |
| CG2.8 | C/F (1.9) | Weekly sessions at Eastlingford Talking Therapies to support Becky with her anxiety | Ravi Mehta, therapist, Eastlingford Talking Therapies |
| CG2.9 | C/F (1.3) | Key-work and a breath test for Wayne every week, with a written report to each core group on whether he is staying sober around the children and whether that is likely to last | Dan Fielding, recovery worker, Eastlingford Alcohol Service |
| CG2.10 | C/F (1.5) | Check Jaxon's attendance, that his inhaler has come with him and how his skin looks, and phone the SW the same day with any worry | Mrs Lorna Price, manager, Sunflower Nursery |
| CG2.11 | NEW | Collect Jaxon from nursery on Mondays and Wednesdays and give him his tea and his evening inhaler | Glenys Ackroyd (paternal grandmother) |
| CG2.12 | C/F (1.7) | Weigh Ivy every two weeks at the clinic and check her development | Tanya Ruddock, HV |
| CG2.13 | NEW | Be at the flat on Friday and Saturday evenings from 7pm so there is a sober adult with the children | Roy Ackroyd (paternal grandfather) |

### Added at the end of the meeting

- CG2.14 (NEW): Wayne to cut down his drinking at home when he feels ready. Lead: Wayne Ackroyd.

### Closed at this meeting

- CG1.2: fireguard fitted in the living room. Seen fitted by Sarah on 03/11/2025. Closed.

## 6. What we will look for

The core group agreed the checks below. Pam's new asthma plan was handed out today and she will post copies to
nursery; for CG2.2 the check is the signed plan in Jaxon's nursery bag and on the kitchen wall, and Pam's note
that Becky and Wayne have each shown her how to use the spacer. Glenys asked for a copy for her house too. The
other checks, by log ref:

- **CG2.1**: the GP's summary on the children's file.
- **CG2.4**: the dermatology appointment letter on file.
- **CG2.5**: Eastlingford Homes' job sheet, and Sarah sees the wall treated and dry and the fan working.
- **CG2.6**: a written family plan naming who has the children, signed by everyone in it.
- **CG2.7**: visit records for every week, with Jaxon's own words and the inhaler chart seen.
- **CG2.8**: Becky is engaging with her sessions.
- **CG2.9**: Dan's written report on file before each core group, with every breath test result.
- **CG2.10**: attendance emailed to Sarah every Friday; the nursery's inhaler log; any same-day call logged.
- **CG2.11**: Glenys writes each Monday and Wednesday tea and inhaler dose in the contact book, which Sarah
  reads at her visits.
- **CG2.12**: Ivy's weight in her red book every two weeks, on or around the 50th centile.
- **CG2.13**: Roy texts Sarah when he arrives and when he leaves each Friday and Saturday.

## 7. Contingency

If Wayne has been drinking while he is caring for the children (Becky, nursery or a breath test tells us), or
Jaxon needs his blue inhaler more than every four hours and nobody has sought help, Becky will take the
children to Glenys and Roy's house at 4 Thornbury Road that day and Sarah will visit the same day. If Wayne
drinks around the children again after that, or Jaxon is admitted to hospital again because his medicines
were not given, Sarah will ask her team manager, Neil Ashby, for a legal planning meeting within five working
days.

## 8. Next meetings

- Core group 3: Tuesday 16/12/2025, 10am, Eastlingford Children's Centre; then every four weeks.
- Review child protection conference: date to be confirmed by the conference team.

Minutes sent on 20/11/2025 to everyone present and to those who gave apologies.
""",
    "findings": [
        F("M001", "Complete a parenting assessment of Becky and Wayne"),
        F("W002", "Agree who in the family will have the children"),
        F("H001", "Weekly sessions at Eastlingford Talking Therapies to support Becky"),
        F("M002", "Weekly sessions at Eastlingford Talking Therapies to support Becky"),
        F("T002", "Wayne to cut down his drinking at home"),
        F("M001", "Wayne to cut down his drinking at home"),
        F("F002", "Becky feels less anxious and Wayne stops drinking."),
        F("C003"),
        F("R001"),
    ],
})
