"""Batch 147, module k: seven fictional plans (tuning material), places beginning with "k".

Everything here is made up: children, families, professionals, services,
schools, hospitals, councils and the case-management systems whose prints
the plans imitate. Labels were written by hand from docs/rules.md and the
conventions in sample_plans/README.md, without running planlint or reading
its code.

Focus: plans as case-management systems print or export them, each from a
different invented system in its own layout. Two Word exports (CareFile 360:
a two-column field grid per action with an "Action n of m" band; KeyStone:
a four-column grid of paired fields per task with tick-box frequencies), two
prints saved as PDF (Trackwell CP: a landscape fixed-width task list whose
header row repeats on every page, with a closed row kept; Orbis Children's
Record: "TASK REF" cards with dot-leader labels, in capitals), two prints
pasted into Markdown as plain text (ChildLink: "Field: value" lines with
"Task n of m" blocks and wrapped values; SafeguardPro: "Item n" blocks with
labels stacked over their values, two pairs on a line and tick boxes) and
one plain-text print (NorthStar Family Record: fixed-width columns with rules
under the header, cells wrapping over several lines and the page header
repeated on every page). Every print carries page headers or footers with
the child's name, a case number, OFFICIAL-SENSITIVE and a print date, and an
audit line.

Five plans are exemplary: the CareFile baby plan (perinatal depression, a
grandmother's nights), the KeyStone review plan for a disabled child whose
mother drinks, the Trackwell domestic abuse core group plan for a teenager
and his sister, the ChildLink review plan for two children whose father has
bipolar disorder and whose grandparents help, and the SafeguardPro pre-birth
plan (father's cocaine use, paternal grandmother's help). Two carry a
realistic mix of faults among mostly good rows: the Orbis core group print
(PDF) and the NorthStar initial conference print (plain text).

Counting convention for "actions" (README convention 1): every live row of
an action table and every action card, task block or item counts once,
whatever number of fields it holds; the contingency, safety arrangements,
meeting dates and views sections are not actions; a one-off task the print
shows as completed and closed is work already done and is not counted (the
Trackwell print keeps one, the Orbis print keeps one). Excerpts in the
fixed-width text print are taken from the first line of an action cell, so
that they read the same whether or not the wrapped cell is joined up.
"""
import textwrap

from build_batch5 import F, H

PLANS = []


# ---------------------------------------------------------------------------
# 1. Initial conference plan for a 10-week-old baby; mother's postnatal
#    depression, maternal grandmother covering father's night shifts.
#    CareFile 360 Word export: label/value case summary table, then one
#    two-column field grid per action headed by an "Action n of 9" band row.
#    Exemplary (docx)
# ---------------------------------------------------------------------------
def _carefile_action(n, total, ref, action, person, agency, start, due, measure, objective):
    return ("table", {
        "widths": [4.2, 12.8],
        "bold_first_col": True,
        "band_fill": "DDE6EE",
        "rows": [
            [f"Action {n} of {total}", H],
            ["Action Ref", ref],
            ["Action", action],
            ["Responsible Person", person],
            ["Agency / Role", agency],
            ["Start Date", start],
            ["Due Date / Frequency", due],
            ["Success Measure", measure],
            ["Linked Objective", objective],
            ["Action Status", "Open"],
        ],
    })


PLANS.append({
    "name": "b147_kirkwarden_carefile_action_grid_export_ashdown.docx",
    "doc_title": "CareFile 360 - Child Protection Plan - Poppy Ashdown",
    "split": "tune",
    "actions": 9,
    "template": "case-system-word-export-carefile-header-footer-export-line-label-value-case-summary-table-reason-lived-experience-parents-views-plan-objectives-then-two-column-field-grid-per-action-with-action-n-of-m-band-then-contingency-trigger-response-table-review-arrangements-table",
    "description": (
        "Exemplary initial conference plan for a 10-week-old baby whose mother has severe "
        "postnatal depression and whose father works nights, exported from an invented case "
        "system (CareFile 360) to Word: a label/value case summary table, the baby's observed "
        "day, parents' views and three plan objectives for Poppy, then nine two-column field "
        "grids, one per action, each headed 'Action n of 9' with ref, responsible person, "
        "agency, start date, due date or frequency and success measure. The perinatal "
        "psychiatrist and the perinatal nurse both report on capacity to change, the GP owns an "
        "action, the grandmother's nights have a fallback, legal planning follows named "
        "triggers, core group dates and the review conference are set."
    ),
    "header": "CareFile 360  |  Kirkwarden Children's Services  |  OFFICIAL-SENSITIVE",
    "footer": "Exported 14/01/2026 10:42 by DOKAFOR  |  Record 7741023  |  Page {PAGE} of {NUMPAGES}",
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Kirkwarden Metropolitan Borough Council – Children's Social Care – Locality Team East. "
              "Document type: CP Plan (Initial Conference). Template CF-CP-02."),
        ("h2", "Case Summary"),
        ("table", {
            "widths": [4.6, 12.4],
            "bold_first_col": True,
            "rows": [
                ["Child Name", "Poppy Ashdown"],
                ["Date of Birth", "02/11/2025 (10 weeks at conference)"],
                ["CareFile ID", "7741023"],
                ["Address", "Flat 6, Harrow Court, Lowther Street, Kirkwarden KW4 2PB"],
                ["Mother", "Leanne Ashdown (24)"],
                ["Father", "Ryan Cole (27), lives at the flat; warehouse night shifts Monday to Wednesday"],
                ["Maternal Grandmother", "Denise Ashdown, 31 Fenner Road, Kirkwarden (1.5 miles)"],
                ["Category of Plan", "Neglect"],
                ["Conference Date", "13/01/2026 (Initial Child Protection Conference)"],
                ["Conference Chair", "Sandra Petrie, Independent Reviewing Officer"],
                ["Allocated Social Worker", "Dawn Okafor (Team Manager: Philip Greaves)"],
                ["Plan Start", "13/01/2026"],
            ],
        }),
        ("h2", "Reason for Plan"),
        ("p", "Leanne became very low in the weeks after Poppy was born. At the health visitor's visit on "
              "18/12/2025 Poppy had dropped from the 50th to below the 9th centile, her bottles were being "
              "made up too weak, and Leanne said she was staying in bed until Ryan got home. On 02/01/2026 "
              "Leanne told her GP she had frightening thoughts about Poppy being hurt and that she could not "
              "face feeding her some nights. She was referred to the Kirkwarden Perinatal Mental Health "
              "Service and seen the same week. Ryan works nights on Monday, Tuesday and Wednesday, and "
              "Poppy is then alone with Leanne from 9pm to 7am."),
        ("h2", "Child's Lived Experience"),
        ("p", "Poppy is 10 weeks old. At the home visit on 08/01/2026 she was in a clean sleepsuit, fed "
              "hungrily from a correctly made bottle when Ryan fed her, and watched his face throughout. "
              "When Leanne held her she fed in short bursts and Leanne did not look at her or talk to her. "
              "Poppy cried for several minutes in her Moses basket before anyone went to her. Denise, who "
              "has stayed over on two nights, says Poppy settles best when she is held upright after a feed. "
              "The health visitor saw Poppy smile for the first time on 06/01/2026, at Ryan."),
        ("h2", "Parent's Views"),
        ("p", "Leanne: “I love her, I just feel like I'm watching myself from a long way off. I want to get "
              "better for her.” Ryan: “I didn't know how bad it had got. I've asked about day shifts but "
              "they can't move me until March, so Denise coming over is what we need.”"),
        ("h2", "Plan Objectives"),
        ("table", {
            "widths": [2.8, 14.2],
            "bold_first_col": True,
            "rows": [
                ["Objective 1", "Poppy is fed on time with correctly made bottles, gains weight every week and is "
                                "back on or above the 25th centile by the review conference."],
                ["Objective 2", "Poppy is cared for day and night by an adult who is well enough to notice her "
                                "cues, hold her and respond to her crying."],
                ["Objective 3", "Poppy sleeps on her back in her own clear cot or Moses basket for every sleep."],
            ],
        }),
        ("h2", "Actions"),
        ("p", "Nine open actions. Each action is shown with its own fields as held in CareFile."),
        _carefile_action(
            1, 9, "CF-7741023-A01",
            "Visit Poppy at home, with at least one visit a fortnight unannounced, and see her awake, fed "
            "and handled by each parent",
            "Dawn Okafor", "Social Worker, Locality Team East",
            "13/01/2026", "Weekly until the review conference on 07/04/2026",
            "Visit record for every week, noting where Poppy was, how she was fed and how each parent "
            "responded to her crying",
            "Objectives 1, 2 and 3"),
        _carefile_action(
            2, 9, "CF-7741023-A02",
            "Weigh Poppy, check how her bottles are made up and plot her weight in her red book",
            "Marie Tolland", "Health Visitor, Kirkwarden Community Health",
            "16/01/2026", "Every Friday at Kirkwarden Health Centre until Poppy is back on the 25th centile, "
                          "then every two weeks",
            "Weight plotted every week and emailed to the SW the same day; Poppy back on or above the 25th "
            "centile by 07/04/2026",
            "Objective 1"),
        _carefile_action(
            3, 9, "CF-7741023-A03",
            "Assess Leanne's depression and intrusive thoughts and her treatment, and report on her capacity "
            "to make the changes Poppy needs, the steps still needed and how long they are likely to take",
            "Dr Imran Qureshi", "Consultant Perinatal Psychiatrist, Kirkwarden Perinatal Mental Health Service",
            "13/01/2026", "Appointments every two weeks; first written report by 20/02/2026, then an update "
                          "two working days before each core group",
            "Written capacity-to-change report on Poppy's file by 20/02/2026 and shared with every core "
            "group member",
            "Objective 2"),
        _carefile_action(
            4, 9, "CF-7741023-A04",
            "Home visit to Leanne and Poppy together, watch a feed, and tell each core group whether Leanne "
            "is making and keeping the changes in how she responds to Poppy",
            "Kate Illingworth", "Perinatal Community Mental Health Nurse, Kirkwarden Perinatal Mental Health "
                                "Service",
            "15/01/2026", "Every Thursday",
            "Written update before each core group giving the feeds watched and Kate's view of the change "
            "in Leanne's responses to Poppy",
            "Objective 2"),
        _carefile_action(
            5, 9, "CF-7741023-A05",
            "Review Leanne's antidepressant and tell the SW within two working days if she misses a review "
            "or stops her medication, so that the plan for Poppy's nights can be changed at once",
            "Dr Helen Varga", "GP, Moorgate Surgery",
            "13/01/2026", "First review by 30/01/2026, then each four-weekly review",
            "GP letter on file by 30/01/2026; every missed review reported to the SW within two working days",
            "Objective 2"),
        _carefile_action(
            6, 9, "CF-7741023-A06",
            "Make up every bottle to the tin's instructions, feed Poppy at least every three hours in the "
            "day and write each feed on the chart on the fridge",
            "Leanne Ashdown and Ryan Cole", "Parents",
            "13/01/2026", "Every feed, every day",
            "Feed chart checked by the HV and the SW at each visit shows no gap over four hours and every "
            "bottle of 150ml or more",
            "Objective 1"),
        _carefile_action(
            7, 9, "CF-7741023-A07",
            "Stay at the flat on every night Ryan is at work and do or sit with Poppy for her night feeds",
            "Denise Ashdown", "Maternal Grandmother",
            "13/01/2026", "Monday, Tuesday and Wednesday nights, 9pm to 7am, until Ryan moves to day shifts "
                          "in March 2026",
            "Denise initials each night feed on the fridge chart; the SW checks the chart against Ryan's "
            "shift rota at each visit",
            "Objectives 1 and 2"),
        _carefile_action(
            8, 9, "CF-7741023-A08",
            "Six 'Understanding Your Baby' sessions at home with both parents on reading Poppy's cues, "
            "settling and safe sleep",
            "Tasha Brennan", "Family Support Worker, Kirkwarden East Family Hub",
            "22/01/2026", "Every Thursday afternoon for six weeks, ending 26/02/2026",
            "Session notes sent to the SW after each session; both parents at 5 of 6 sessions; Poppy seen "
            "asleep on her back in a clear cot at every session",
            "Objectives 2 and 3"),
        _carefile_action(
            9, 9, "CF-7741023-A09",
            "Ask Ryan's employer in writing about moving him to day shifts, and give the SW a copy of the "
            "reply so that the night-time plan for Poppy can be set",
            "Ryan Cole", "Father",
            "13/01/2026", "By 30/01/2026",
            "Copy of the employer's written reply seen by the SW by 30/01/2026",
            "Objective 2"),
        ("h2", "Contingency Arrangements"),
        ("table", {
            "header": ["Trigger", "Response"],
            "widths": [6.5, 10.5],
            "rows": [
                ["Leanne says she has thoughts of harming Poppy or herself, or is found unable to get up to "
                 "care for Poppy",
                 "The person told rings the SW (or the emergency duty team out of hours) at once. Poppy is "
                 "cared for by Ryan or Denise, never alone with Leanne, until a strategy discussion is held "
                 "the same day. Kate Illingworth asks the perinatal crisis team to see Leanne the same day."],
                ["Poppy loses weight at a weigh, or misses two weighs in a row",
                 "The HV arranges a paediatric review at Kirkwarden General Hospital within 24 hours and the SW "
                 "visits the same day."],
                ["Denise cannot stay on one of Ryan's work nights (illness, or she cannot be reached)",
                 "Ryan takes that night off as agreed with his employer. If he cannot, Leanne and Poppy stay "
                 "with Denise at 31 Fenner Road. If neither is possible, the SW arranges a parent and baby "
                 "foster placement for that night."],
                ["Progress is not enough",
                 "If Dr Qureshi's report says Leanne cannot make the changes within Poppy's timescale, or "
                 "Poppy is not back on the 25th centile by 07/04/2026, Dawn Okafor will ask Philip Greaves for "
                 "a legal planning meeting within five working days."],
            ],
        }),
        ("h2", "Review Arrangements"),
        ("table", {
            "widths": [5.0, 12.0],
            "bold_first_col": True,
            "rows": [
                ["Core Group Frequency", "Every four weeks"],
                ["Core Group Dates", "27/01/2026, 24/02/2026 and 24/03/2026, 1.30pm, Kirkwarden East Family Hub"],
                ["Review Conference", "07/04/2026, 10am, Kirkwarden Civic Centre"],
                ["Plan Distributed To", "Parents, maternal grandmother, every responsible person above"],
            ],
        }),
        ("p", "Audit: record created 13/01/2026 15:08 by DOKAFOR; authorised 14/01/2026 09:55 by PGREAVES."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. First review conference plan for a 9-year-old autistic boy with epilepsy
#    who does not speak, and his 6-year-old sister; mother's drinking,
#    maternal aunt's after-school help. KeyStone Word export: one four-column
#    grid of paired fields per task (Start / End on one row, tick-box
#    frequency). Exemplary (docx)
# ---------------------------------------------------------------------------
_TICKS = ["Daily", "Weekly", "Fortnightly", "Monthly", "One-off"]


def _ticks(chosen):
    return "  ".join(f"[{'X' if t == chosen else ' '}] {t}" for t in _TICKS)


def _keystone_task(ref, task, outcome, assigned, agency, start, end, freq, due, evidence, updated):
    return ("table", {
        "widths": [3.1, 6.6, 2.6, 4.7],
        "bold_first_col": True,
        "rows": [
            ["Task Ref", ref, "Status", "Open"],
            ["Task", task, "Linked Outcome", outcome],
            ["Assigned To", assigned, "Agency", agency],
            ["Start", start, "End", end],
            ["Frequency", _ticks(freq), "Due / When", due],
            ["Evidence of Completion", evidence, "Last Updated", updated],
        ],
    })


PLANS.append({
    "name": "b147_kelmsthorpe_keystone_paired_field_task_grids_tranter.docx",
    "doc_title": "KeyStone Children's Case Record - Child Protection Plan - Kian and Mollie Tranter",
    "split": "tune",
    "actions": 10,
    "template": "case-system-word-export-keystone-header-footer-paired-field-subject-table-summary-of-change-childs-views-non-verbal-signs-and-sibling-words-parents-views-outcomes-then-four-column-paired-field-grid-per-task-start-end-tick-box-frequency-evidence-then-contingency-and-review-field-tables",
    "description": (
        "Exemplary first review conference plan for a 9-year-old autistic boy with epilepsy who "
        "does not speak, and his 6-year-old sister; their mother drinks in the evenings and "
        "missed his medication. An invented case system's Word export (KeyStone): a paired-field "
        "subject table, what has changed, Kian's signs and Mollie's words, four outcomes, then ten "
        "four-column task grids with paired fields (Start / End on one row, a tick-box frequency "
        "beside a Due / When field, Evidence of Completion beside Last Updated). The alcohol "
        "service reports on change, the GP and the epilepsy nurse own actions, the aunt's help has "
        "a fallback, legal planning follows named triggers, core group and review dates are set."
    ),
    "header": "KeyStone Children's Case Record  –  OFFICIAL-SENSITIVE  –  Kelmsthorpe Council",
    "footer": "KS-22871  Tranter, Kian & Mollie  –  CP Plan v2 (RCPC)  –  exported 16/01/2026  –  Page {PAGE} of {NUMPAGES}",
    "blocks": [
        ("title", "Child Protection Plan – Review"),
        ("table", {
            "widths": [3.1, 5.4, 3.3, 5.2],
            "bold_first_col": True,
            "rows": [
                ["Subject 1", "Kian Tranter, DOB 11/05/2016 (9)", "Subject 2", "Mollie Tranter, DOB 27/08/2019 (6)"],
                ["Case No.", "KS-22871", "Category", "Neglect (both children)"],
                ["Address", "4 Cobbold Way, Kelmsthorpe KT7 3NE", "Mother", "Gemma Tranter (33)"],
                ["Father", "Liam Tranter (35), Bristol; video calls on Sundays", "Maternal Aunt", "Becky Lowe, 18 Saxon Road, Kelmsthorpe"],
                ["ICPC", "21/10/2025", "RCPC", "15/01/2026"],
                ["Chair (IRO)", "Helen Marwood", "Social Worker", "Amir Hussain (TM: Clare Dobson)"],
            ],
        }),
        ("h2", "Summary of Change Since ICPC"),
        ("p", "At the initial conference Gemma was drinking most evenings after the children were in bed. Kian "
              "missed evening doses of his epilepsy medicine on at least nine nights in September, had two "
              "seizures at school and on 02/10/2025 was found by a neighbour in the street at 10.40pm in his "
              "pyjamas. Since then Gemma has had 11 of 13 breath tests negative at the Kelmsthorpe Alcohol "
              "Service, the medication chart shows two missed doses in 12 weeks, both in October, and Kian "
              "has had one seizure at school. Door alarms were fitted on 14/11/2025. Becky has had Mollie "
              "after school twice a week since November."),
        ("h2", "Child's Views"),
        ("p", "Kian is autistic and does not use speech. He uses PECS and some Makaton. At the visit on "
              "08/01/2026 he brought the social worker his 'happy' and 'car' symbols and pointed to the photo "
              "of Willowbank, his short-break house. His school keeps a mood board: since November he has "
              "chosen the 'happy' face at morning registration on most days, where in October he often "
              "covered his ears and rocked. When Gemma came into the room he went to her and pressed her "
              "hand onto his head, which his teacher says is how he asks for comfort."),
        ("p", "Mollie (seen on her own at school, 12/01/2026): “Mummy doesn't have wine on school nights now. I "
              "like Auntie Becky's because we do baking. I used to get scared when Kian went out the door.” "
              "She put home at 7 on the smiley scale, up from 4 in October."),
        ("h2", "Parent's Views"),
        ("p", "Gemma says the breath tests help her say no, and that she wants the plan to carry on until the "
              "summer. She would like more help with Kian's nights."),
        ("h2", "Outcomes"),
        ("numbers", [
            "Kian gets every dose of his epilepsy medicine on time and is kept safe at night, with no time "
            "outside the house unsupervised.",
            "Kian and Mollie are cared for every evening and night by a sober adult.",
            "Mollie has time to play and be six, and knows who to tell if she is worried about home.",
            "Kian's needs as a disabled child are met through his short breaks and the right equipment at home.",
        ]),
        ("h2", "Tasks"),
        ("p", "Ten open tasks, shown in KeyStone's task layout. 'Due / When' gives the date or how often."),
        _keystone_task(
            "KS-22871-T01",
            "Visit Kian and Mollie at home, one visit in three unannounced; see Mollie on her own and use "
            "Kian's PECS book to offer him choices about home",
            "1, 2, 3", "Amir Hussain", "Social Worker, Kelmsthorpe Children's Services",
            "21/10/2025", "09/06/2026", "Weekly", "Every week until the second review conference",
            "Visit record each week showing both children seen, Mollie's words and Kian's choices written "
            "down",
            "15/01/2026 AHUSSAIN"),
        _keystone_task(
            "KS-22871-T02",
            "Drink no alcohol while caring for Kian and Mollie, and take a breath test at every key-work "
            "session",
            "2", "Gemma Tranter", "Mother",
            "21/10/2025", "09/06/2026", "Daily", "Every day; breath test each Monday",
            "Breath test results from the Alcohol Service all negative; no alcohol seen or smelt at SW visits",
            "15/01/2026 AHUSSAIN"),
        _keystone_task(
            "KS-22871-T03",
            "Key-work with Gemma and a breath test each week, and a written report to each core group on "
            "whether she is making the changes Kian and Mollie need and how long further change will take",
            "2", "Jodie Firth", "Recovery Worker, Kelmsthorpe Alcohol Service",
            "23/10/2025", "09/06/2026", "Weekly",
            "Every Monday; report two working days before each core group",
            "Written report with breath test results on the case file before each core group",
            "13/01/2026 JFIRTH"),
        _keystone_task(
            "KS-22871-T04",
            "Tell the SW within two working days if Kian's epilepsy prescription is not collected, and "
            "check Gemma's liver function at her next review",
            "1, 2", "Dr Leon Baptiste", "GP, Cobbold Way Medical Practice",
            "21/10/2025", "09/06/2026", "Monthly",
            "Prescription check each month; liver function result to the SW by 27/02/2026",
            "Email to the SW after each monthly check; blood result letter on file by 27/02/2026",
            "12/01/2026 LBAPTISTE"),
        _keystone_task(
            "KS-22871-T05",
            "Give Kian his epilepsy medicine at 8am and 8pm and tick each dose on the medication chart",
            "1", "Gemma Tranter", "Mother",
            "21/10/2025", "09/06/2026", "Daily", "8am and 8pm every day",
            "Chart checked at every SW visit; the epilepsy nurse's tablet count matches the chart",
            "15/01/2026 AHUSSAIN"),
        _keystone_task(
            "KS-22871-T06",
            "Check Kian's seizure diary and count his tablets with Gemma, and update his seizure care plan",
            "1", "Sian Morgan", "Children's Epilepsy Nurse Specialist, Kelmsthorpe Children's Hospital",
            "04/11/2025", "09/06/2026", "Monthly", "First Tuesday of each month",
            "Tablet count and seizure diary summary emailed to the SW after each check; care plan updated by "
            "03/03/2026",
            "06/01/2026 SMORGAN"),
        _keystone_task(
            "KS-22871-T07",
            "Record Kian's arrival, presentation, seizures and mood board choice each day, and ring the SW the "
            "same day if he arrives without his morning dose given",
            "1, 4", "Mrs Frances Oyelaran", "Class Teacher and DSL, Larkrise Special School",
            "21/10/2025", "09/06/2026", "Daily", "Every school day",
            "Weekly summary emailed to the SW each Friday; same-day calls logged on the school system",
            "16/01/2026 FOYELARAN"),
        _keystone_task(
            "KS-22871-T08",
            "Arrange Kian's short breaks at Willowbank: one overnight stay every fortnight and one Saturday "
            "activity a month",
            "4", "Tom Ashworth", "Short Breaks Co-ordinator, Kelmsthorpe Children with Disabilities Team",
            "01/12/2025", "09/06/2026", "Fortnightly", "Every other Friday night; one Saturday a month",
            "Willowbank stay log sent to the SW monthly shows every stay taken",
            "09/01/2026 TASHWORTH"),
        _keystone_task(
            "KS-22871-T09",
            "Assess Kian's bedroom for a safe sleeping space and bed alarm, and order the equipment agreed",
            "1, 4", "Paula Greig", "Occupational Therapist, Children with Disabilities Team",
            "15/01/2026", "27/02/2026", "One-off", "Assessment by 30/01/2026; equipment fitted by 27/02/2026",
            "OT report sent to the SW by 30/01/2026; equipment seen fitted and working at the next SW visit",
            "15/01/2026 PGREIG"),
        _keystone_task(
            "KS-22871-T10",
            "Collect Mollie from school on Tuesdays and Thursdays and give her tea and homework time at 18 "
            "Saxon Road until 6.30pm",
            "2, 3", "Becky Lowe", "Maternal Aunt",
            "11/11/2025", "09/06/2026", "Weekly", "Every Tuesday and Thursday in term time",
            "School collection log shows Becky on those days; Becky texts the SW each Friday",
            "15/01/2026 AHUSSAIN"),
        ("h2", "Contingency"),
        ("table", {
            "widths": [3.4, 13.6],
            "bold_first_col": True,
            "rows": [
                ["Trigger 1", "Gemma has been drinking while caring for the children (a positive breath test, "
                              "alcohol smelt at a visit, or Mollie or school says so)."],
                ["Response 1", "Becky collects both children that day and they stay at 18 Saxon Road; the SW "
                               "visits the same day and holds a strategy discussion the same day if either "
                               "child was left without a sober adult."],
                ["Trigger 2", "Kian is found outside the house unsupervised, or misses two doses of medicine in "
                              "a week."],
                ["Response 2", "The police are called if he is missing; a strategy discussion is held the same "
                               "day; Kian stays at Willowbank for an emergency overnight while the house is made "
                               "safe."],
                ["If Becky cannot help", "If Becky is ill, away or cannot be reached, the SW arranges an "
                                         "emergency overnight stay for Kian at Willowbank and a foster "
                                         "placement for Mollie the same day."],
                ["Legal planning", "If Gemma has two further positive breath tests, or Kian misses more than two "
                                   "doses in a month, before the next review, the SW will ask Clare Dobson for a "
                                   "legal planning meeting within five working days."],
            ],
        }),
        ("h2", "Review"),
        ("table", {
            "widths": [4.2, 4.3, 4.2, 4.3],
            "bold_first_col": True,
            "rows": [
                ["Core Group", "Every 4 weeks", "Venue", "Kelmsthorpe Family Centre"],
                ["Core Group Dates", "03/02/2026, 03/03/2026, 31/03/2026, 28/04/2026, 26/05/2026",
                 "Next RCPC", "09/06/2026, 10am"],
            ],
        }),
        ("p", "KeyStone audit: plan version 2 created 15/01/2026 16:31 (AHUSSAIN); approved 16/01/2026 08:47 "
              "(CDOBSON)."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Core group 2 print of a plan for a 14-year-old and an 11-year-old after
#    their mother's ex-partner assaulted her in front of them. Trackwell CP
#    print saved as PDF: monospaced label/value lines, then a landscape task
#    list whose header row repeats on every page and whose cells wrap, a
#    closed sanctuary-scheme row kept at the foot. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b147_knapperley_trackwell_repeated_header_task_list_osei.pdf",
    "doc_title": "Trackwell CP - Child Protection Plan - Jayden and Abigail Osei",
    "split": "tune",
    "actions": 12,
    "landscape": True,
    "font": "Courier New",
    "font_size": 8.5,
    "min_pages": 2,
    "template": "case-system-print-pdf-trackwell-landscape-monospaced-label-value-lines-page-header-with-names-case-no-print-date-footer-page-n-of-m-objectives-child-and-parent-views-safety-arrangements-then-ref-task-lead-due-freq-evidence-status-list-header-repeated-each-page-closed-row-kept-contingency-review-audit-line",
    "description": (
        "Exemplary core group 2 print of the plan for a 14-year-old boy and an 11-year-old girl "
        "after their mother's ex-partner strangled her in front of them; he is on bail and a "
        "non-molestation order is in place. An invented case system's print (Trackwell CP) saved "
        "as PDF: monospaced label/value lines, a page header with both children's names, case "
        "number, OFFICIAL-SENSITIVE and the print date, then a landscape task list (Ref / Task / "
        "Lead / Due-Freq / Completion evidence / Status) whose header row repeats on each page and "
        "whose cells wrap; a closed sanctuary-scheme row is kept and not counted. Police, IDVA, "
        "CAMHS, both schools, the youth service and housing own tasks; the contingency names "
        "triggers, the uncle's part and what happens if he cannot, and a legal planning meeting; "
        "core group and review dates are set."
    ),
    "header": "OFFICIAL-SENSITIVE    OSEI, Jayden / OSEI, Abigail    Case No. TW-58812    Printed 10/02/2026 14:05",
    "footer": "Trackwell CP 4.2  |  Child Protection Plan - Core Group 2  |  Page {PAGE} of {NUMPAGES}",
    "blocks": [
        ("boldp", "TRACKWELL CP  -  CHILD PROTECTION PLAN  (PRINT VIEW)"),
        ("pl", "Knapperley Borough Council  /  Children's Services  /  Family Safeguarding Team 2"),
        ("pl", "Child(ren):  OSEI, Jayden Kwabena (M)  DOB 03/07/2011    OSEI, Abigail Ama (F)  DOB 19/10/2014"),
        ("pl", "Address:     22 Marlow Crescent, Knapperley KN3 9TJ"),
        ("pl", "Case No.:    TW-58812          Plan Ref:  CPP-2026-0031          Category:  Emotional abuse"),
        ("pl", "Plan Start:  12/01/2026        Plan Review:  09/04/2026        Stage:  Core Group 2 (09/02/2026)"),
        ("pl", "Key Worker:  Joanne Pryce (SW)    Team Manager:  Rob Keane    IRO:  Malcolm Ferris"),
        ("pl", "Household:   Grace Osei (mother, 38); Jayden; Abigail (known as Abi)"),
        ("pl", "Not in household:  Marcus Bell (mother's ex-partner, 41) - bail: no contact, not to attend "
               "Marlow Crescent; non-molestation order 06/01/2026 to 06/01/2027.  Kofi Osei (father), "
               "London - children stay one weekend a month."),
        ("boldp", "REASON FOR PLAN"),
        ("p", "Police were called to Marlow Crescent three times in 2025. On 28/12/2025 Marcus Bell held Grace by "
              "the throat against the kitchen wall. Jayden pulled him off and was pushed into the door frame; Abi "
              "hid in the bathroom and rang 999. Since then Jayden has missed 11 school days, punched a wall at "
              "school, and on 20/01/2026 told his form tutor he had cut his arm. Marcus is on bail pending trial."),
        ("boldp", "PLAN OBJECTIVES"),
        ("pl", "OBJ 1  Jayden and Abi live where Marcus cannot reach them or their mum, and see and hear no more "
               "violence."),
        ("pl", "OBJ 2  Jayden is back in school full time (attendance 90% or more) and has a trusted adult to "
               "talk to about his feelings and about hurting himself."),
        ("pl", "OBJ 3  Abi feels safe enough at home to sleep in her own bed without her phone under her "
               "pillow."),
        ("pl", "OBJ 4  Both children know their own safety plan: who to ring, where to go and their code word."),
        ("boldp", "CHILD'S VIEWS"),
        ("p", "Jayden (seen alone, 04/02/2026): “I'm not scared of him, I'm scared for Mum. I don't want loads of "
              "people asking me stuff. Boxing helps. I'd go back to school if I didn't have to explain where "
              "I've been.” Abi (seen alone, 05/02/2026): “I like it now it's just us. I keep my phone by my bed "
              "in case. I want Jayden to stop being angry.” Abi scored feeling safe at home 6/10; Jayden would "
              "not score."),
        ("boldp", "PARENT'S VIEWS"),
        ("p", "Grace: “I should have ended it sooner. I won't let him back. I want the children to stop "
              "watching the door.” Kofi (by phone): he supports the plan and will have the children for an extra "
              "weekend in the Easter holidays."),
        ("boldp", "SAFETY ARRANGEMENTS"),
        ("p", "Abi keeps her charged phone with her at all times. The children's code word with Grace and their "
              "uncle, Kwame Osei (5 Glebe Road, Knapperley), is known to the school DSLs. Both schools hold a "
              "photo of Marcus and will not release either child to him."),
        ("boldp", "TASKS"),
        ("p", "12 open tasks, 1 closed. Status as at Core Group 2."),
        ("table", {
            "header": ["Ref", "Task", "Lead (name / role)", "Due / Freq", "Completion evidence", "Status"],
            "widths": [1.7, 7.3, 4.5, 3.6, 5.9, 2.7],
            "header_fill": "E7E6E6",
            "rows": [
                ["CP-01",
                 "Visit Jayden and Abi at home, one visit in three unannounced, and see each child on their own",
                 "Joanne Pryce, SW",
                 "Weekly until RCPC 09/04/2026",
                 "Visit records show each child seen alone every week, with their words recorded",
                 "Open"],
                ["CP-02",
                 "Tell the SW of any call-out to the address, any sighting of Marcus Bell near it and any breach "
                 "of his bail or of the non-molestation order",
                 "DS Rhys Hart, Domestic Abuse Safeguarding Unit, Norbrook Police",
                 "Within 24 hours of any incident; nil return on the 1st of each month",
                 "Incident notifications and monthly nil returns filed on the case record",
                 "Open"],
                ["CP-03",
                 "Safety planning sessions with Grace so that she can keep Jayden and Abi safe if Marcus breaks "
                 "the order",
                 "Shola Bright, IDVA, Knapperley Domestic Abuse Service",
                 "Weekly for 12 weeks from 13/01/2026",
                 "Written safety plan on file (received 29/01/2026), updated copy sent to the SW before each "
                 "core group",
                 "Open"],
                ["CP-04",
                 "Attend the Freedom Programme so that Grace understands the effect of Marcus's abuse on Jayden "
                 "and Abi",
                 "Grace Osei (mother)",
                 "Wednesdays 10am, 21/01/2026 to 08/04/2026",
                 "Register shows 10 of 12 sessions attended; facilitator's end-of-course note to the SW",
                 "Open"],
                ["CP-05",
                 "Not let Marcus into the house or near Jayden and Abi, and ring 999 if he comes to the address "
                 "or contacts them",
                 "Grace Osei (mother)",
                 "Every time, from 12/01/2026",
                 "No police report of contact allowed; each child says at their alone visit that Marcus has not "
                 "been seen",
                 "Open"],
                ["CP-06",
                 "Assess Jayden's low mood and self-harm and agree a treatment plan with him and Grace",
                 "Dr Ayesha Nwosu, clinical psychologist, Knapperley CAMHS",
                 "Assessment by 06/02/2026 (held 04/02/2026); sessions every 2 weeks after",
                 "Assessment letter and treatment plan to the SW and GP by 13/02/2026; attendance and risk "
                 "update to each core group",
                 "Open"],
                ["CP-07",
                 "Check Jayden's attendance daily, give him a key-adult check-in on Monday and Friday and build "
                 "his reduced timetable back to full time",
                 "Mr Tom Weir, DSL, Knapperley High School",
                 "Daily; full timetable by 27/02/2026",
                 "Attendance emailed to the SW each Friday; 90% or more from 02/03/2026; check-ins logged on "
                 "CPOMS",
                 "Open"],
                ["CP-08",
                 "Six ELSA sessions with Abi about feeling safe and sleeping, and a record of her attendance and "
                 "presentation",
                 "Mrs Priya Desai, DSL, St Anne's CE Primary",
                 "Weekly, six sessions from 26/01/2026",
                 "ELSA notes and attendance sent to the SW after session 3 and session 6",
                 "Open"],
                ["CP-09",
                 "Direct work with Jayden on anger, healthy relationships and what happened on 28/12/2025",
                 "Joanne Pryce, SW",
                 "Fortnightly, six sessions by 27/03/2026",
                 "Jayden's worksheets on file; his own 0-10 anger score, recorded by the SW at each session",
                 "Open"],
                ["CP-10",
                 "Take Jayden to Knapperley Boxing Club and tell the SW if he stops going",
                 "Dean Foley, youth worker, Knapperley Youth Service",
                 "Tue and Thu 6-8pm from 20/01/2026",
                 "Club register copied to the SW monthly",
                 "Open"],
                ["CP-11",
                 "Decide Grace's request for a management transfer to a home Marcus does not know, so that "
                 "Jayden and Abi can move safely",
                 "Lisa Barnes, housing officer, Knapperley Homes",
                 "Decision by 27/02/2026",
                 "Decision letter on the case record by 27/02/2026",
                 "Open"],
                ["CP-12",
                 "Make a safety plan with each child in their own words (who they ring, where they go, code word) "
                 "and check it at every alone visit",
                 "Joanne Pryce, SW",
                 "By 20/02/2026, then every visit",
                 "Each child's plan on file by 20/02/2026; the child can say their plan at each visit (recorded)",
                 "Open"],
                ["CP-13",
                 "Fit new locks, a door chain and a video doorbell at 22 Marlow Crescent (sanctuary scheme)",
                 "Sanctuary team, Knapperley Domestic Abuse Service",
                 "By 23/01/2026",
                 "Completion certificate on file",
                 "Closed - completed 20/01/2026"],
            ],
        }),
        ("boldp", "CONTINGENCY ARRANGEMENTS"),
        ("pl", "IF:    Marcus comes to the address or contacts Grace, Jayden or Abi"),
        ("pl", "THEN:  Grace or the child rings 999; Norbrook Police attend and arrest for the breach; the SW visits "
               "the same day."),
        ("pl", "IF:    Grace lets Marcus back into the home or lets him see the children"),
        ("pl", "THEN:  Strategy discussion the same day; Jayden and Abi stay with their uncle, Kwame Osei, at 5 "
               "Glebe Road; if Kwame cannot have them, the SW places them together with foster carers that day; "
               "the SW asks Rob Keane for a legal planning meeting within 5 working days."),
        ("pl", "IF:    Jayden hurts himself again or says he wants to die"),
        ("pl", "THEN:  Grace takes him to Knapperley General A&E or rings the CAMHS crisis line the same day; "
               "CAMHS see him within 24 hours and the SW is told the same day."),
        ("boldp", "REVIEW ARRANGEMENTS"),
        ("pl", "Core Group:  every 4 weeks.  CG1 22/01/2026 (held)   CG2 09/02/2026 (held)   CG3 09/03/2026"),
        ("pl", "Review Conference:  09/04/2026  10:00  Knapperley Civic Centre, Room 4"),
        ("pl", "Last amended 09/02/2026 16:12 by JPRYCE  |  Print requested by JPRYCE  |  Trackwell audit ID "
               "A-0095521"),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Core group 3 print of the plan for a 5-year-old and a 2-year-old; mother
#    smokes cannabis and has depression, maternal aunt does the school run
#    and weekend evenings. Orbis Children's Record print saved as PDF: capital
#    dot-leader labels, one "TASK n OF 13" card per task, a closed card kept,
#    an empty review conference field. Faulty (pdf)
# ---------------------------------------------------------------------------
_ORBIS_LABELS = ["TASK REF", "TASK", "ASSIGNED TO", "DUE / FREQUENCY", "EVIDENCE", "OBJECTIVE", "STATUS"]


def _dots(label, width=18):
    return label + " " + "." * (width - len(label))


def _orbis_task(n, ref, task, who, due, evidence, objective, status="OPEN"):
    values = [ref, task, who, due, evidence, objective, status]
    return [("pagebreak",)] * (n in (5, 9, 13)) + [
        ("boldp", f"TASK {n} OF 13"),
        ("table", {
            "widths": [4.6, 12.4],
            "rows": [[_dots(lab), val] for lab, val in zip(_ORBIS_LABELS, values)],
        }),
    ]


PLANS.append({
    "name": "b147_kettlingham_orbis_task_ref_cards_dot_leaders_mcgarry.pdf",
    "doc_title": "Orbis Children's Record - Child Protection Plan - Tayla and Rio McGarry",
    "split": "tune",
    "actions": 12,
    "font": "Courier New",
    "font_size": 9,
    "min_pages": 2,
    "template": "case-system-print-pdf-orbis-monospaced-capital-dot-leader-field-tables-page-header-names-case-print-date-footer-page-n-of-m-reason-lived-experience-views-objectives-then-task-n-of-m-cards-task-ref-assigned-to-due-evidence-status-closed-card-kept-then-contingency-and-review-fields-with-blank-review-date",
    "description": (
        "Core group 3 print of the plan for a 5-year-old and a 2-year-old whose mother smokes "
        "cannabis daily and has depression; their maternal aunt does the school run and is meant "
        "to stay on weekend evenings. An invented case system's print (Orbis Children's Record) "
        "saved as PDF: capital dot-leader labels in monospaced field tables, then one 'TASK n OF 13' "
        "card per task, one closed card kept (not counted). Most cards are sound (weekly SW "
        "visits, the drug service's report on change, the GP, school and nursery). Faults: the "
        "HV's two-year review with no evidence; the mother's cannabis task 'Ongoing'; the CMHT's "
        "support visits with no assessment of change; the aunt's weekend evenings 'When she can'; "
        "home conditions checked by nobody and only 'monitored'; 'All agencies' to share "
        "concerns; the review conference date left blank; the contingency relies on the aunt but "
        "never says what happens if she cannot help."
    ),
    "header": "OFFICIAL-SENSITIVE   McGARRY, Tayla / McGARRY, Rio   Case 00418823   Printed 03/03/2026 11:20",
    "footer": "Orbis Children's Record 7.3  -  CP Plan (Core Group)  -  Page {PAGE} of {NUMPAGES}",
    "blocks": [
        ("boldp", "ORBIS CHILDREN'S RECORD  -  CHILD PROTECTION PLAN"),
        ("pl", "KETTLINGHAM CITY COUNCIL  -  CHILDREN AND YOUNG PEOPLE'S SERVICES  -  SAFEGUARDING NORTH"),
        ("table", {
            "widths": [5.0, 12.0],
            "rows": [
                [_dots("CHILD 1"), "McGARRY, Tayla Jade   DOB 14/09/2020   (5y)   Bellfield Primary, Reception"],
                [_dots("CHILD 2"), "McGARRY, Rio Dale   DOB 30/01/2024   (2y)   Little Wrens Nursery"],
                [_dots("CASE NO"), "00418823"],
                [_dots("ADDRESS"), "27 Tanners Walk, Kettlingham KT2 8WQ"],
                [_dots("MOTHER"), "Shannon McGARRY (26)"],
                [_dots("FATHER(S)"), "Tayla: not named.  Rio: Dale Quinn, no contact since 2024"],
                [_dots("SUPPORT NETWORK"), "Kayleigh REID (maternal aunt), 9 Heron Way, Kettlingham"],
                [_dots("CATEGORY"), "NEGLECT"],
                [_dots("ICPC DATE"), "15/12/2025"],
                [_dots("THIS VERSION"), "Core Group 3, 02/03/2026"],
                [_dots("SOCIAL WORKER"), "Megan DOYLE          TEAM MANAGER: Sanjay PATEL"],
            ],
        }),
        ("boldp", "REASON FOR PLAN"),
        ("p", "Shannon took an overdose of her antidepressants on 24/10/2025 while the children were in the house; "
              "Tayla, then 5, opened the door to the ambulance crew. Shannon has been under the Kettlingham "
              "Community Mental Health Team since. She smokes cannabis every day, and in November the health "
              "visitor found cannabis and a grinder on the coffee table within Rio's reach. Tayla's attendance "
              "in the autumn term was 81% and she was often collected late. Rio had missed his one-year "
              "immunisations."),
        ("boldp", "CHILD'S VIEWS / LIVED EXPERIENCE"),
        ("p", "Tayla (seen alone at school, 24/02/2026): “Auntie Kayleigh takes me to school in her car and we "
              "sing. Mummy is sleepy a lot. I don't like the smelly smoke.” She drew her mum in bed and herself "
              "giving Rio a biscuit. Rio is two. At the visit on 26/02/2026 he was dressed and clean, but his "
              "nappy was heavy at 1pm and he ate two yoghurts quickly. He brought his books to Kayleigh, not "
              "to Shannon, and his nursery say he now waves goodbye happily at the door."),
        ("boldp", "PARENT'S VIEWS"),
        ("p", "Shannon says the cannabis helps her sleep and she is cutting down. She wants Kayleigh to keep "
              "helping and says the CPN's visits are the thing that helps her most."),
        ("boldp", "PLAN OBJECTIVES"),
        ("pl", "OBJ1  Tayla and Rio are cared for every day by an adult who is awake, sober and not under the "
               "influence of cannabis."),
        ("pl", "OBJ2  Tayla gets to school on time every day (95% attendance) and is collected on time."),
        ("pl", "OBJ3  Rio is fed, changed, up to date with his health checks and immunisations, and cannot reach "
               "cannabis or medication in the house."),
        ("pagebreak",),
        ("boldp", "TASKS"),
        *_orbis_task(
            1, "CP-0401",
            "Visit Tayla and Rio at home, one visit in three unannounced; see Tayla on her own and see "
            "where Rio sleeps",
            "Megan Doyle, SW", "Weekly",
            "Visit records show both children seen every week and Tayla's words recorded", "OBJ1, OBJ3"),
        *_orbis_task(
            2, "CP-0402",
            "Complete Rio's two-year development review (ASQ-3) at home",
            "Sandra Kitt, Health Visitor", "By 20/03/2026",
            "-", "OBJ3"),
        *_orbis_task(
            3, "CP-0403",
            "Record Tayla's arrival and collection times, presentation and lunch each day, and ring the SW the "
            "same day if she is absent or collected late",
            "Mr Alan Fox, DSL, Bellfield Primary", "Every school day",
            "Attendance and collection times emailed to the SW each Friday; 95% attendance by the end of "
            "the spring term", "OBJ2"),
        *_orbis_task(
            4, "CP-0404",
            "Record Rio's attendance, whether he arrives fed and changed, and anything he says or shows about "
            "home",
            "Jess Barr, key worker, Little Wrens Nursery", "Every session (Mon, Tue, Thu mornings)",
            "Nursery log emailed to the SW each Friday", "OBJ3"),
        *_orbis_task(
            5, "CP-0405",
            "Key-work sessions and urine screens with Shannon, with a written report to each core group on "
            "whether her cannabis use is changing, what that means for Tayla and Rio and the likely timescale",
            "Neil Parr, key worker, Kettlingham Drug and Alcohol Service",
            "Fortnightly; report 2 working days before each core group",
            "Screen results and written report on the case record before every core group", "OBJ1"),
        *_orbis_task(
            6, "CP-0406",
            "Cut down and then stop smoking cannabis, and never smoke it in the house",
            "Shannon McGarry (mother)", "Ongoing",
            "Screens at the Drug and Alcohol Service show falling levels; no cannabis smelt or seen at any "
            "visit", "OBJ1"),
        *_orbis_task(
            7, "CP-0407",
            "Fortnightly support visits to Shannon for her low mood and sleep",
            "Gary Holt, CPN, Kettlingham CMHT", "Fortnightly",
            "CMHT visit log shows each fortnightly visit kept", "OBJ1"),
        *_orbis_task(
            8, "CP-0408",
            "Review Shannon's antidepressant prescription (seven days at a time) and tell the SW within two "
            "working days of any missed review",
            "Dr Ruth Amadi, GP, Tanners Walk Surgery", "By 13/03/2026, then monthly",
            "GP letter on file by 13/03/2026; missed reviews reported to the SW", "OBJ1, OBJ3"),
        *_orbis_task(
            9, "CP-0409",
            "Take Tayla to school and collect her at 3.15pm",
            "Kayleigh Reid (maternal aunt)", "Every school day",
            "School register shows Tayla in by 8.50am and collection by 3.20pm", "OBJ2"),
        *_orbis_task(
            10, "CP-0410",
            "Stay with Shannon and the children on Friday and Saturday evenings",
            "Kayleigh Reid (maternal aunt)", "When she can",
            "Kayleigh texts the SW each Monday saying which evenings she stayed", "OBJ1"),
        *_orbis_task(
            11, "CP-0411",
            "Home conditions to be checked, including safe storage of medication",
            "-", "At every home visit",
            "Home conditions monitored", "OBJ3"),
        *_orbis_task(
            12, "CP-0412",
            "Share any worry about the children's care with the SW the same day",
            "All agencies", "Same day",
            "Every worry logged on the Orbis case record", "OBJ1, OBJ2, OBJ3"),
        *_orbis_task(
            13, "CP-0413",
            "Refer Tayla to the school nursing team about her wetting at school",
            "Mr Alan Fox, DSL, Bellfield Primary", "By 09/01/2026",
            "Referral acceptance on file", "OBJ2",
            status="CLOSED - COMPLETED 07/01/2026"),
        ("boldp", "CONTINGENCY ARRANGEMENTS"),
        ("table", {
            "widths": [5.0, 12.0],
            "rows": [
                [_dots("TRIGGER"), "Shannon is found under the influence of cannabis or unable to wake while "
                                   "caring for Tayla and Rio, or Rio is found with cannabis or medication within "
                                   "reach"],
                [_dots("RESPONSE"), "The SW visits the same day; Tayla and Rio stay with Kayleigh Reid at 9 Heron "
                                    "Way until a strategy discussion is held that day"],
                [_dots("ESCALATION"), "If this happens twice, or Shannon's screens have not fallen by the review "
                                      "conference, the SW will request a legal planning meeting"],
            ],
        }),
        ("boldp", "REVIEW ARRANGEMENTS"),
        ("table", {
            "widths": [5.0, 12.0],
            "rows": [
                [_dots("CORE GROUP FREQ"), "[X] 4-weekly   [ ] 6-weekly   [ ] Other"],
                [_dots("NEXT CORE GROUP"), "30/03/2026  10:00  Kettlingham North Family Hub"],
                [_dots("REVIEW CONF DATE"), ""],
                [_dots("REVIEW CONF VENUE"), "TBC"],
            ],
        }),
        ("pl", "Record last saved 02/03/2026 17:46 by MDOYLE.  Authorised: pending.  Orbis ref CPP/00418823/3"),
    ],
    "findings": [
        F("M001", "Complete Rio's two-year development review (ASQ-3) at home"),
        F("T002", "Cut down and then stop smoking cannabis, and never"),
        F("H001", "Fortnightly support visits to Shannon for her low mood"),
        F("T002", "Stay with Shannon and the children on Friday and"),
        F("W001", "Home conditions to be checked, including safe storage of medication"),
        F("M002", "Home conditions to be checked, including safe storage of medication"),
        F("W002", "Share any worry about the children's care with the"),
        F("R001"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 5. First review conference plan for an 11-year-old and a 6-year-old whose
#    father, their sole carer, has bipolar disorder and was admitted in
#    November; paternal grandparents help. ChildLink print pasted into a
#    Markdown file as plain text: "Field: value" lines, values wrapping under
#    the value column, "Task n of 11" blocks, an audit line. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b147_kimberhurst_childlink_field_value_print_pasted_szabo.md",
    "split": "tune",
    "actions": 11,
    "template": "case-system-print-pasted-into-markdown-as-plain-text-childlink-print-header-field-colon-value-lines-wrapped-values-plan-objectives-childs-views-parents-views-then-task-n-of-m-blocks-description-responsible-start-end-frequency-evidence-status-safety-contingency-review-arrangements-audit-line",
    "description": (
        "Exemplary first review conference plan for an 11-year-old girl and a 6-year-old boy whose "
        "father, their sole carer, has bipolar disorder and was admitted to hospital in November "
        "after stopping his lithium; the paternal grandparents help every week. An invented case "
        "system's print (ChildLink) pasted into a Markdown file as plain text: a print header, "
        "'Field: value' lines whose values wrap under the value column, the system's own section "
        "names, then eleven 'Task n of 11' blocks (Description, Responsible, Start / End on one "
        "line, Frequency, Evidence, Status). The psychiatrist and the care co-ordinator both report "
        "on capacity to change, the GP owns an action, the grandparents' help has a fallback, "
        "legal planning follows named triggers, core group dates and the next review are set."
    ),
    "text": """\
Pasted from ChildLink by N. Brooks for the core group pack, 11/02/2026.

CHILDLINK  |  Kimberhurst County Council  |  Children's Services           OFFICIAL-SENSITIVE
CHILD PROTECTION PLAN (REVIEW)                                   Printed: 11/02/2026 09:14
Subjects: SZABO, Lili / SZABO, Bence          Case Ref: KH-CP-30917          Page 1 of 1
------------------------------------------------------------------------------------------

Subject 1:              Lili Szabo           DOB: 04/06/2014   Age: 11   Gender: F
Subject 2:              Bence Szabo          DOB: 19/09/2019   Age: 6    Gender: M
Address:                12 Orchard Rise, Kimberhurst KB5 1HS
Plan Version:           3 (Review Child Protection Conference)
Plan Start:             18/11/2025           Review Held: 10/02/2026
Category:               Neglect
Lead Social Worker:     Nadia Brooks         Team Manager: Callum Reid
Conference Chair:       Oonagh Fitzgerald (IRO)
Parent / Carer:         Attila Szabo (father, 41), sole carer
Other Parent:           Reka Szabo (mother), lives in Budapest; video calls every
                        Sunday
Family Network:         Erzsebet and Istvan Szabo (paternal grandparents),
                        7 Linden Walk, Kimberhurst (five minutes' drive)

Reason For Plan:        Attila has bipolar disorder. He stopped his lithium in
                        September 2025 and by early November was not sleeping,
                        spending money he did not have and keeping the children
                        up late for "projects". On 06/11/2025 Lili, then 11,
                        rang her grandmother at 2am because her dad had taken
                        Bence out in the car. Attila was admitted to Kimberhurst
                        Hospital (Rowan Ward) from 07/11/2025 to 02/12/2025 and
                        the children stayed with their grandparents.

Progress Since ICPC:    Attila has taken his lithium every day since discharge;
                        his last three blood levels were in range. He sees the
                        CMHT every two weeks and has a written relapse plan.
                        Lili's attendance is 96% this term; Bence has been on
                        time every day since January. Lili still checks on her
                        dad at night and told school she "listens for the car
                        keys".

PLAN OBJECTIVES
---------------
Objective 1:            Lili and Bence are cared for every day by a parent who
                        is well, sleeps at night and keeps to their routines.
Objective 2:            Lili stops feeling she has to watch over her dad and has
                        time for her own friends and clubs.
Objective 3:            Both children understand their dad's illness in words
                        that suit their age and know who to ring if he becomes
                        unwell.
Objective 4:            Bence gets to school on time, fed, every day.

CHILD'S VIEWS
-------------
Lili (seen alone, 03/02/2026): "Dad's back to normal Dad now. He makes
pancakes on Saturdays. I still get up to check he's asleep, and I hide the car
keys in my room. I like going to Nagymama's on Tuesdays because I can just be
me." She scored how safe home feels at 8 out of 10, up from 3 in November.

Bence (seen at home, 03/02/2026): he showed the SW his Lego fire station and
said "Daddy was poorly in his head and went to the hospital to get better." He
said the best thing is "Nagyapa picking me up". He did not want to talk about
November.

PARENT'S VIEWS
--------------
Attila: "I know what I put them through. I take the tablets now and I've told
my parents and the nurse what to look out for. I want Lili to stop worrying
about me." Reka (by video call): supports the plan and the grandparents' part
in it.

TASKS
-----
Task 1 of 11                                              Ref: T-30917-01
Description:            Visit Lili and Bence at home, at least one visit a
                        month unannounced, and see Lili on her own each time
Responsible:            Nadia Brooks (Social Worker)
Start: 18/11/2025       End: 11/08/2026
Frequency:              Weekly
Evidence:               Visit records show both children seen every week and
                        Lili's own words written down
Status:                 Open

Task 2 of 11                                              Ref: T-30917-02
Description:            Take lithium every evening as prescribed and go to
                        every blood test, so that Attila stays well enough to
                        care for Lili and Bence
Responsible:            Attila Szabo (father)
Start: 02/12/2025       End: 11/08/2026
Frequency:              Daily; blood test every four weeks
Evidence:               Blood levels in range at every test (results shared by
                        the CMHT); pharmacy collection record seen by the SW
                        monthly
Status:                 Open

Task 3 of 11                                              Ref: T-30917-03
Description:            Review Attila's bipolar disorder and treatment and
                        write to the core group on his capacity to stay well
                        and care for the children, his early warning signs
                        and how long any further change is likely to take
Responsible:            Dr Ola Martins (Consultant Psychiatrist,
                        Kimberhurst CMHT North)
Start: 02/12/2025       End: 11/08/2026
Frequency:              Every 6 weeks
Evidence:               Written report on the children's file two working days
                        before each core group
Status:                 Open

Task 4 of 11                                              Ref: T-30917-04
Description:            Visit Attila at home, take his lithium bloods and go
                        through his relapse plan with him, and tell each core
                        group whether he is keeping to it and what still needs
                        to change for Lili and Bence
Responsible:            Steve Nuttall (Care Co-ordinator / CPN,
                        Kimberhurst CMHT North)
Start: 04/12/2025       End: 11/08/2026
Frequency:              Fortnightly
Evidence:               Written update to each core group with visit dates,
                        blood results and Steve's view of the changes made
Status:                 Open

Task 5 of 11                                              Ref: T-30917-05
Description:            Tell the SW within two working days if Attila misses a
                        lithium blood test or does not collect his prescription
Responsible:            Dr Farida Osman (GP, Orchard Rise Medical Centre)
Start: 02/12/2025       End: 11/08/2026
Frequency:              Within 2 working days of any missed test or collection
Evidence:               Email to the SW logged on ChildLink; nil return from
                        the practice before each core group
Status:                 Open

Task 6 of 11                                              Ref: T-30917-06
Description:            Collect Bence from school on Monday, Wednesday and
                        Friday and give both children tea at 7 Linden Walk on
                        Tuesdays
Responsible:            Erzsebet Szabo (paternal grandmother)
Start: 02/12/2025       End: 11/08/2026
Frequency:              Mon / Wed / Fri in term time; every Tuesday
Evidence:               School collection log; Erzsebet texts the SW each
                        Friday
Status:                 Open

Task 7 of 11                                              Ref: T-30917-07
Description:            Phone Attila at 8pm every evening and go round the same
                        evening if he does not answer or shows any of the early
                        warning signs in his relapse plan
Responsible:            Istvan Szabo (paternal grandfather)
Start: 02/12/2025       End: 11/08/2026
Frequency:              Daily, 8pm
Evidence:               Istvan's call log seen by the SW at the first visit of
                        each month; any warning sign reported to the SW and CMHT
                        the same day
Status:                 Open

Task 8 of 11                                              Ref: T-30917-08
Description:            Meet Lili with her young carer lead each Monday, check
                        her attendance and tell the SW if she seems tired or
                        worried about home
Responsible:            Ms Joanna Pike (DSL, Kimberhurst Academy)
Start: 05/01/2026       End: 11/08/2026
Frequency:              Weekly (Mondays, term time)
Evidence:               Check-in notes and attendance sent to the SW every two
                        weeks; attendance stays at 95% or above
Status:                 Open

Task 9 of 11                                              Ref: T-30917-09
Description:            Complete a young carer's assessment with Lili and offer
                        her a place at the Tuesday young carers' club
Responsible:            Holly Finch (Kimberhurst Young Carers)
Start: 10/02/2026       End: 13/03/2026
Frequency:              Assessment by 13/03/2026; club weekly after
Evidence:               Assessment report sent to the SW by 13/03/2026; club
                        register shows Lili attending
Status:                 Open

Task 10 of 11                                             Ref: T-30917-10
Description:            Record Bence's arrival time, whether he has had
                        breakfast and how he presents, and ring the SW the same
                        day if he is late or hungry
Responsible:            Mrs Carys Lloyd (Class Teacher and DSL, Oakfield
                        Infant School)
Start: 18/11/2025       End: 11/08/2026
Frequency:              Every school day
Evidence:               Weekly email to the SW; same-day calls logged
Status:                 Open

Task 11 of 11                                             Ref: T-30917-11
Description:            Make a "Dad's poorly brain" book with Lili and Bence,
                        in words each of them chose, including who they ring
                        if Dad becomes unwell
Responsible:            Nadia Brooks (Social Worker)
Start: 10/02/2026       End: 31/03/2026
Frequency:              Four sessions, fortnightly, finished by 31/03/2026
Evidence:               Finished book kept by the children, copy on file; each
                        child can tell the SW who they would ring
Status:                 Open

SAFETY ARRANGEMENTS
-------------------
Attila keeps his car keys with his parents on any night he has not slept. Lili
and Bence each have their grandparents' number saved, and Lili's phone stays
charged in the kitchen, not her bedroom.

CONTINGENCY ARRANGEMENTS
------------------------
Trigger:                Attila misses his lithium for two days, a blood level
                        is out of range, or Lili, a grandparent or school sees
                        two or more of his early warning signs (not sleeping,
                        spending, talking fast, taking the children out late)
Response:               The person who notices rings the CMHT duty line and the
                        SW the same day; Lili and Bence sleep at 7 Linden Walk
                        that night; the CMHT sees Attila within 24 hours
Trigger:                Erzsebet or Istvan cannot help (illness, holiday or
                        they cannot be reached)
Response:               The SW arranges for the children's after-school care
                        through Oakfield Infant School's club that day; if the
                        children need somewhere to sleep and the grandparents
                        cannot have them, the SW places Lili and Bence
                        together with Kimberhurst foster carers the same day
Trigger:                Attila is admitted to hospital again, or Dr Martins'
                        report says he cannot stay well enough to care for the
                        children within their timescale
Response:               Strategy discussion the same day; the SW asks Callum
                        Reid for a legal planning meeting within five working
                        days

REVIEW ARRANGEMENTS
-------------------
Core Group Frequency:   [ ] Fortnightly   [X] Four-weekly   [ ] Six-weekly
Core Group Dates:       10/03/2026, 07/04/2026, 05/05/2026, 02/06/2026,
                        30/06/2026 (10:00, Kimberhurst Family Hub)
Next Review Conference: 11/08/2026, 14:00, Kimberhurst County Hall
Distribution:           Attila Szabo, Reka Szabo, Erzsebet and Istvan Szabo,
                        all responsible persons above

------------------------------------------------------------------------------------------
ChildLink 9.1  |  Last modified 10/02/2026 17:22 by NBROOKS  |  Authorised 11/02/2026 CREID
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Pre-birth initial conference plan; 19-year-old mother a care leaver,
#    father uses cocaine, paternal grandmother to stay after the birth.
#    SafeguardPro print pasted into Markdown as plain text: labels stacked
#    over their values, two pairs side by side, tick-box frequencies, "Item
#    n of 10" blocks, the page header repeated on page 2. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b147_kyleswater_safeguardpro_stacked_item_fields_prebirth_fenlon.md",
    "split": "tune",
    "actions": 10,
    "template": "case-system-print-pasted-into-markdown-as-plain-text-safeguardpro-prebirth-page-header-repeated-stacked-labels-over-values-two-pairs-side-by-side-tick-box-frequency-item-n-of-m-blocks-lead-supported-by-start-complete-by-how-we-will-know-contingency-review-audit",
    "description": (
        "Exemplary pre-birth initial conference plan for an unborn baby due on 20/03/2026. The "
        "mother is a 19-year-old care leaver; the father uses cocaine at weekends; the paternal "
        "grandmother will stay after the birth. An invented case system's print (SafeguardPro) "
        "pasted into a Markdown file as plain text: a page header repeated on page 2, labels "
        "stacked over their values with two label/value pairs side by side (Lead / Supported by, "
        "Start / Complete by), tick-box frequencies and ten 'Item n of 10' blocks, timescales in "
        "weeks of pregnancy, 'before discharge' and 'until baby is 12 weeks old'. The drug service "
        "reports on change, the grandmother's help has a fallback, legal planning follows named "
        "triggers, core group dates and the review conference are set."
    ),
    "text": """\
SAFEGUARDPRO 3.4                                        KYLESWATER BOROUGH COUNCIL
Pre-Birth Child Protection Plan                                 OFFICIAL-SENSITIVE
Unborn baby of Chelsea FENLON   Case SP-771306   Printed 30/01/2026 12:02   Page 1/2
==================================================================================

  Subject                                 Expected Date of Delivery
      Unborn baby FENLON                      20/03/2026 (33 weeks at conference)
  Mother                                  Father
      Chelsea Fenlon (19), care leaver        Josh Pratt (22)
  Address
      Flat 3, 40 Quayside Road, Kyleswater KY1 4DD (Chelsea and Josh live here)
  Paternal grandmother
      Tina Pratt (49), 16 Brookfield Avenue, Kyleswater
  Conference                              Category
      Pre-birth ICPC, 29/01/2026              Neglect (risk of)
  Social Worker                           Team Manager
      Connor Mays                             Beverley Amis
  Chair
      Yusuf Khalid, Independent Reviewing Officer

  Why is there a plan?
      Josh uses cocaine most weekends and drinks heavily when he does. His hair
      strand test in December 2025 showed regular cocaine use over three months,
      and on 14/12/2025 he was arrested at the flat for possession. Chelsea was in
      foster care from 12 to 18 and has had little experience of a baby. She has
      been to every antenatal appointment but has no cot or bottles yet and says
      Josh "sleeps it off" on Sundays.

  Baby's world
      The baby is growing well at every scan. The midwife saw Chelsea talk to the
      bump and guide Josh's hand to feel the kicks on 22/01/2026. Once born, the
      baby will need an adult awake and sober at night for feeds every three
      hours, and a flat with no drugs or drug paraphernalia in it.

  Parents' views
      Chelsea: "I know what it's like when nobody's looking out for you. I want my
      baby to have it different." Josh: "I'll do the tests. I've already stopped
      going out on Fridays."

  Plan objectives
      1. The baby is cared for from birth by sober adults who feed, change and
         settle them day and night.
      2. The baby sleeps on their back in their own Moses basket or cot, in a
         flat with no drugs in it.
      3. The baby is seen by a professional at least twice a week until 12 weeks
         old and grows along their centile.

----------------------------------------------------------------------------------
ACTIONS (10)
----------------------------------------------------------------------------------

Item 1 of 10
  Action
      Give Chelsea her antenatal care and agree a birth plan that says the baby
      will not be discharged before a discharge planning meeting
  Lead                                    Supported by
      Ruth Abara, safeguarding midwife,       Community midwife team
      Kyleswater General Hospital
  Start                                   Complete by
      29/01/2026                              Birth plan by 36 weeks (20/02/2026)
  Frequency
      [ ] Daily  [ ] Weekly  [X] Fortnightly to 36 weeks, then weekly  [ ] One-off
  How we will know
      Appointments kept shown on the maternity record and emailed to the SW after
      each one; birth plan on the baby's file by 20/02/2026

Item 2 of 10
  Action
      Visit Chelsea and Josh at home before the birth; see the baby on the ward
      within one working day of birth; then visit at home twice a week
  Lead                                    Supported by
      Connor Mays, social worker              Duty SW when on leave
  Start                                   Complete by
      29/01/2026                              Until the baby is 12 weeks old
  Frequency
      [ ] Daily  [X] Weekly before birth, twice weekly after  [ ] One-off
  How we will know
      Visit records show every visit, where the baby slept and who was caring for
      the baby

Item 3 of 10
  Action
      Stop using cocaine, go to key-work and give a drug test at every session
  Lead                                    Supported by
      Josh Pratt (father)                     Aaron Felton, KDAS
  Start                                   Complete by
      02/02/2026                              Until the baby is 12 weeks old
  Frequency
      [ ] Daily  [X] Weekly (Mondays)  [ ] Fortnightly  [ ] One-off
  How we will know
      Every test negative; a clear hair strand test taken at 36 weeks

==================================================================================
SAFEGUARDPRO 3.4                                        KYLESWATER BOROUGH COUNCIL
Pre-Birth Child Protection Plan                                 OFFICIAL-SENSITIVE
Unborn baby of Chelsea FENLON   Case SP-771306   Printed 30/01/2026 12:02   Page 2/2
==================================================================================

Item 4 of 10
  Action
      Key-work and drug testing with Josh, a hair strand test at 36 weeks, and a
      written report to each core group on whether he has stopped using, what
      that means for the baby's care and how long further change will take
  Lead                                    Supported by
      Aaron Felton, recovery worker,          -
      Kyleswater Drug and Alcohol Service
  Start                                   Complete by
      02/02/2026                              Hair strand result by 06/03/2026
  Frequency
      [ ] Daily  [X] Weekly  [ ] Fortnightly  [ ] One-off
  How we will know
      Written report and test results on file two working days before each core
      group; hair strand result sent to the SW by 06/03/2026

Item 5 of 10
  Action
      Go to the six-week "Getting Ready for Baby" group (feeding, safe sleep,
      crying) at Quayside Children's Centre
  Lead                                    Supported by
      Chelsea Fenlon (mother)                 Josh Pratt; group leader Amy Cole
  Start                                   Complete by
      03/02/2026                              10/03/2026
  Frequency
      [ ] Daily  [X] Weekly (Tuesdays 1pm)  [ ] Fortnightly  [ ] One-off
  How we will know
      Register shows 5 of 6 sessions; Amy Cole's end-of-group note to the SW on
      what Chelsea has learnt about feeding and safe sleep

Item 6 of 10
  Action
      Help Chelsea get a cot, Moses basket, bottles and steriliser and set up a
      safe sleeping space in the flat
  Lead                                    Supported by
      Jade Nwosu, personal adviser,           Chelsea Fenlon
      Kyleswater Leaving Care Team
  Start                                   Complete by
      29/01/2026                              By 36 weeks (20/02/2026)
  Frequency
      [ ] Daily  [ ] Weekly  [ ] Fortnightly  [X] One-off
  How we will know
      The SW sees the cot and Moses basket set up, clear and ready at the first
      visit after 20/02/2026

Item 7 of 10
  Action
      Antenatal contact, new birth visit, then weigh the baby and check feeding
      and sleep position at every visit
  Lead                                    Supported by
      Lorraine Pike, health visitor           -
  Start                                   Complete by
      Antenatal visit by 36 weeks             New birth visit within 14 days of
                                              birth; weekly to 12 weeks old
  Frequency
      [ ] Daily  [X] Weekly after birth  [ ] Fortnightly  [ ] One-off
  How we will know
      Weights in the red book and emailed to the SW weekly; the baby on or above
      the birth centile at 12 weeks

Item 8 of 10
  Action
      Stay at the flat every night for the first 14 nights after the baby comes
      home, then every Friday and Saturday night, and be the sober adult at night
  Lead                                    Supported by
      Tina Pratt (paternal grandmother)       -
  Start                                   Complete by
      Day of discharge                        Until the baby is 12 weeks old
  Frequency
      [X] Daily for 14 nights, then Fri and Sat  [ ] One-off
  How we will know
      Tina signs the night page of the baby's feed diary; the SW checks it at
      every visit

Item 9 of 10
  Action
      Care for the baby at 16 Brookfield Avenue on Wednesday afternoons so that
      Chelsea can rest
  Lead                                    Supported by
      Tina Pratt (paternal grandmother)       -
  Start                                   Complete by
      First Wednesday after discharge         Until the baby is 12 weeks old
  Frequency
      [ ] Daily  [X] Weekly (Wednesdays 1pm to 5pm)  [ ] One-off
  How we will know
      Tina texts the SW each Wednesday evening; recorded on SafeguardPro

Item 10 of 10
  Action
      Hold a discharge planning meeting on the postnatal ward with Chelsea, Josh,
      Tina, the midwife and the health visitor
  Lead                                    Supported by
      Connor Mays, social worker              Ruth Abara, midwife
  Start                                   Complete by
      Day of birth                            Before the baby is discharged
  Frequency
      [ ] Daily  [ ] Weekly  [ ] Fortnightly  [X] One-off
  How we will know
      Minutes with the agreed plan for the first two weeks sent to everyone named
      in this plan by the end of the next working day

----------------------------------------------------------------------------------
CONTINGENCY
----------------------------------------------------------------------------------
  What would make us worried
      A positive drug test for Josh, Josh seen under the influence, drugs or
      paraphernalia found in the flat, or the baby found sleeping anywhere but the
      cot or Moses basket.
  What we will do
      Josh leaves the flat that day and stays away until he has two negative tests
      in a row; the SW visits the same day; if the baby is in hospital the ward
      is told and the baby is not discharged until a new plan is agreed at a
      strategy discussion.
  If Tina cannot stay or help
      If Tina is ill, away or cannot be reached, the SW arranges that day for
      Chelsea and the baby to go to a Kyleswater parent and baby foster placement;
      if this cannot be found, the baby stays on the ward until it is.
  Legal planning
      If Josh's 36-week hair strand test shows cocaine use, or Chelsea lets Josh
      back into the flat while he is using, the SW will ask Beverley Amis for a
      legal planning meeting within five working days.

----------------------------------------------------------------------------------
REVIEW
----------------------------------------------------------------------------------
  Core group frequency                    Core group dates
      [X] Four-weekly  [ ] Six-weekly         12/02/2026, 12/03/2026, then within
                                              10 working days of the birth
  Review conference
      23/04/2026, 10am, Kyleswater Town Hall

  Audit: created 29/01/2026 16:40 CMAYS; approved 30/01/2026 11:58 BAMIS; printed
  30/01/2026 12:02 CMAYS.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. Initial conference plan for a 7-year-old and a 13-year-old; mother
#    drinks and has low mood, stepfather works away in the week. NorthStar
#    Family Record plain-text print: fixed-width columns with rules under the
#    header, cells wrapping over several lines, the page header and the
#    table's header row repeated on each page. Faulty (txt)
# ---------------------------------------------------------------------------
_NS_COLS = [("NO", 3), ("ACTION", 40), ("WHO", 22), ("BY WHEN", 17), ("EVIDENCE", 28)]


def _ns_page_head(page, total):
    return (
        f"{'OFFICIAL-SENSITIVE':<100}Page {page} of {total}\n"
        "NorthStar Family Record 5.1  |  Case NS-118204  |  BRAMLEY, Demi & Jack  |  Printed 26/01/2026 15:47\n"
        + "=" * 112 + "\n"
    )


def _ns_table_head():
    head = "  ".join(f"{name:<{w}}" for name, w in _NS_COLS).rstrip()
    rule = "  ".join("-" * w for _, w in _NS_COLS)
    return head + "\n" + rule + "\n"


def _ns_row(*cells):
    wrapped = [textwrap.wrap(c, w) or [""] for c, (_, w) in zip(cells, _NS_COLS)]
    out = []
    for i in range(max(len(x) for x in wrapped)):
        line = "  ".join(f"{(col[i] if i < len(col) else ''):<{w}}" for col, (_, w) in zip(wrapped, _NS_COLS))
        out.append(line.rstrip())
    return "\n".join(out) + "\n\n"


_NS_ROWS = [
    ("1", "Visit Demi and Jack at home, one visit in three unannounced, and see each child on their own",
     "Hannah Webb, SW", "Weekly from 23/01/2026",
     "Visit records show both children seen alone every week, with their words"),
    ("2", "Attend Kellendon Alcohol Service for an assessment and key-work sessions",
     "Stacey Bramley (mother)", "ASAP", "Engagement with service"),
    ("3", "Key-work and a breath test each week, and a written report to each core group on whether Stacey "
          "is making the changes Demi and Jack need and how long that is likely to take",
     "Lee Drummond, recovery worker, Kellendon Alcohol Service",
     "Weekly from 02/02/2026; report 2 working days before each core group",
     "Written report and breath test results on file before each core group"),
    ("4", "Eight sessions of CBT for Stacey's low mood",
     "Kellendon Talking Therapies", "Fortnightly from 09/02/2026",
     "Attendance letter to the SW after session 4 and session 8"),
    ("5", "Liver function tests for Stacey, and a letter to the SW with her alcohol history and current "
          "prescriptions",
     "Dr Naveed Iqbal, GP, Kellendon Health Centre", "By 06/02/2026", "GP letter on file by 06/02/2026"),
    ("6", "Check Demi's attendance, lunch and presentation each day, give her a breakfast club place and "
          "ring the SW the same day if she is absent or hungry",
     "Mrs Karen Holt, DSL, Kellendon Primary", "Every school day",
     "Attendance and presentation emailed to the SW each Friday; 95% attendance by Easter"),
    ("7", "Check Jack's attendance each day and give him a weekly check-in with his head of year",
     "Mr Paul Dyer, DSL, Kellendon Academy", "Daily; check-in every Friday",
     "Check-in notes on CPOMS and attendance emailed to the SW each Friday"),
    ("8", "Register Demi with a dentist and take her for a check-up",
     "Stacey Bramley (mother)", "", "Appointment card seen by the SW"),
    ("9", "Home sessions on bedtimes, meals, head lice treatment and clean school uniform",
     "-", "Weekly for 8 weeks from 02/02/2026",
     "Session notes show a meal cooked and clean uniform at each session"),
    ("10", "Tell the SW the same day about any sign that Stacey has been drinking while looking after the "
           "children",
     "All agencies", "Same day", "Every report logged on NorthStar"),
    ("11", "Be at home every weekend, and ring Stacey at 6pm each weekday to check she is sober and the "
           "children have eaten",
     "Wayne Hurst (stepfather)", "Fri 6pm to Mon 6am; 6pm Mon to Thu",
     "Call log kept by Wayne and seen by the SW every two weeks"),
    ("12", "Support Jack to join a football team near home",
     "Ryan Kell, youth worker, Kellendon Youth Service", "By 27/02/2026", ""),
    ("13", "Return home interview with Jack after every missing episode, and share what he says with the SW",
     "Kelly Ames, Kellendon Return Home Service", "Within 72 hours of every return",
     "Interview report sent to the SW within 5 working days of each return"),
]

_NS_TEXT = (
    _ns_page_head(1, 3)
    + """\
KELLENDON BOROUGH COUNCIL - CHILDREN'S SERVICES - ASSESSMENT AND INTERVENTION TEAM 3
CHILD PROTECTION PLAN  (INITIAL CHILD PROTECTION CONFERENCE)

CHILD 1 ............ Demi BRAMLEY      DOB 02/05/2018   Kellendon Primary, Year 3
CHILD 2 ............ Jack BRAMLEY      DOB 11/12/2012   Kellendon Academy, Year 8
ADDRESS ............ 58 Pembroke Street, Kellendon KL6 3AR
MOTHER ............. Stacey BRAMLEY (34)
STEPFATHER ......... Wayne HURST (40), HGV driver, away Monday to Thursday nights
FATHER ............. Dean BRAMLEY, whereabouts unknown, no contact
CONFERENCE ......... 22/01/2026      CHAIR: Angela Morrow (IRO)
CATEGORY ........... NEGLECT
SOCIAL WORKER ...... Hannah Webb      TEAM MANAGER: Gareth Lyle

REASON FOR PLAN
---------------
Stacey drinks most days while Wayne is away and has been low in mood since her
mother died last spring. On 08/01/2026 she came to the school gate drunk to
collect Demi and staff called the police. Demi often comes to school hungry, with
head lice and in unwashed uniform; her attendance this year is 84%. Jack, 13,
makes the tea and puts Demi to bed on weeknights, and on 19/12/2025 the police
found him in the town centre at 11.20pm; he said he did not want to go home.
Empty bottles were seen in the kitchen at both home visits in January.

CHILDREN'S VIEWS
----------------
Jack (seen alone, 16/01/2026): "I don't mind doing Demi's tea. I just want
to go to football like I used to. When Mum's had a drink she cries and I don't
know what to do." Demi (seen alone at school, 15/01/2026) drew her house with her
mum "asleep on the settee" and Jack "making beans". She said she likes it when
Wayne is home "because we have proper dinner".

OUTCOMES
--------
1. Demi and Jack are looked after every day by a sober adult who makes sure they
   are fed, clean and get to school on time.
2. Jack no longer looks after Demi in the evenings, is home by 9pm and goes back
   to football.
3. Stacey will reduce her drinking and engage with services.
4. Demi's dental and health needs are met and she no longer has head lice.
"""
    + "\f"
    + _ns_page_head(2, 3)
    + "ACTION PLAN\n\n"
    + _ns_table_head()
    + "".join(_ns_row(*r) for r in _NS_ROWS[:7])
    + "\f"
    + _ns_page_head(3, 3)
    + "ACTION PLAN (continued)\n\n"
    + _ns_table_head()
    + "".join(_ns_row(*r) for r in _NS_ROWS[7:])
    + """\
CONTINGENCY PLAN
----------------
If Stacey is found to have been drinking while caring for Demi and Jack (a
positive breath test, a report from school or the police, or either child says
so), the SW will visit the same day. If Wayne can be home that evening the
children stay with him and Stacey does not care for them alone until the SW has
seen her sober. If Wayne cannot be home that night, the SW will place Demi and
Jack together with Kellendon foster carers the same day.
If Jack is not home by 10pm, Stacey or Wayne will report him missing to the
police at once, and the SW will hold a strategy discussion the next working day.

REVIEW ARRANGEMENTS
-------------------
CORE GROUP ......... every 4 weeks: 05/02/2026, 05/03/2026, 02/04/2026
                     (Kellendon Family Centre, 2pm)
REVIEW CONFERENCE .. 16/04/2026, 10am, Kellendon Civic Centre

--
NorthStar audit: plan created 22/01/2026 16:05 HWEBB; last changed 23/01/2026
09:12 HWEBB; printed 26/01/2026 15:47 HWEBB.
"""
)

PLANS.append({
    "name": "b147_kellendon_northstar_fixed_width_wrapped_cells_bramley.txt",
    "split": "tune",
    "actions": 13,
    "template": "case-system-plain-text-print-northstar-page-header-repeated-with-case-no-names-print-date-page-n-of-m-dot-leader-details-reason-childrens-views-outcomes-then-fixed-width-no-action-who-by-when-evidence-table-rules-under-header-cells-wrapping-header-row-repeated-on-each-page-contingency-review-audit",
    "description": (
        "Initial conference plan for a 7-year-old girl and a 13-year-old boy whose mother drinks "
        "most days and has low mood while their stepfather works away in the week. An invented "
        "case system's plain-text print (NorthStar Family Record): the page header with case "
        "number, names and print date on each of three pages, dot-leader details, then a "
        "fixed-width No / Action / Who / By when / Evidence table with rules under the header row, "
        "cells wrapping over several lines and the header row repeated on page 3. Most rows are "
        "sound (weekly visits, the alcohol service's report on change, the GP, both schools, the "
        "stepfather's calls, return home interviews). Faults: the mother's alcohol service "
        "attendance 'ASAP' measured by 'Engagement with service'; Talking Therapies CBT with no "
        "assessment of change; the dentist with no date; home sessions with no owner; 'All "
        "agencies' to report drinking; football with no evidence; an outcome about the mother; "
        "no legal planning anywhere."
    ),
    "text": _NS_TEXT,
    "findings": [
        F("T002", "Attend Kellendon Alcohol Service for an"),
        F("M002", "Attend Kellendon Alcohol Service for an"),
        F("H001", "Eight sessions of CBT for Stacey's low"),
        F("T001", "Register Demi with a dentist and take"),
        F("W001", "Home sessions on bedtimes, meals, head"),
        F("W002", "Tell the SW the same day about any sign"),
        F("M001", "Support Jack to join a football team"),
        F("F002", "Stacey will reduce her drinking and engage with services."),
        F("R002"),
    ],
})
