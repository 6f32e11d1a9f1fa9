"""Batch 166, letter x: seven fictional plans (tuning material, split "tune"), places beginning with "x".

Everything here is made up: children, families, professionals, services,
schools, hospitals, councils and addresses. Any likeness to real people or
cases is a coincidence. Labels were written by hand from docs/rules.md and
the labelling conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: when and how we will know. Each plan is in a template and voice of
its own, and its craft is in the WHEN and the HOW WE WILL KNOW of each
action: times as events and anchors ("before Ella is discharged", "the day
Maisie is born", "within 24 hours of any missed appointment", "by half
term", "until the end of the summer term", "in the fortnight after
discharge", "from now until the review conference"), times in clipped forms
("w/c 19.1.26", "wkly (Tues)", "2x wk", "fortnightly from 3/2", "ASAP - by
23/01 latest", "end Feb", "Feb 26"), times given once for several actions (a
When cell merged down, an area heading "all by ... unless stated", a log
grouped under time headings, a letter's time headings, an asterisk key above
a table), and times that only look like one ("Ongoing", "as required",
"when Amira feels ready", "Start date TBC", "asap"); measures as records,
observations, scores, test results, the child's own words, letters on file
and registers, written into the action's sentence or under unusual headers
("Proof", "Evidence it happened", "What we will see"), and measures that
only look like one ("Progress discussed at core group", "keep an eye on",
"to be reviewed at next CG", "NJ to monitor", "School will keep an eye on
this", "To be reviewed", "when Tariq's mood improves").

1. Xanbury: a first review conference plan in a landscape Word table
   No. / What will happen / Who / When / Proof, whose When cell is merged
   down over the rows that share a time (docx). Faults: the family support
   worker's routine sessions and the aunt's help with collections and
   stays share a merged "Ongoing" (T002 x2); the class teacher's "keep a
   check on" Tobi is proved only by "Progress discussed at core group" (M002); the
   Moving On referral has "-" as its proof (M001); the dentist row has "-"
   as its time (T001); nothing anywhere leads to legal planning (R002).
2. Xelworth: an initial conference plan printed from an invented case
   system ("CareView") to PDF with page header and footer, field tables,
   then a task list with "Recurrence / due" and "Evidence it happened"
   columns in the system's clipped codes (WKLY (TUE), FNLY from ..., ASAP -
   by ... latest, within 24 hours of any missed appointment), and a
   trigger / response contingency table (pdf, exemplary).
3. Xendale: a review conference plan as a numbered outline (md): the plan
   part is split into areas whose headings give "all by ... unless stated",
   items 6.1.1 ... carry the measure in their own sentence. Faults: the
   health visitor only "will offer" the two-year review (M001); the head of
   year "will keep an eye on" Amira (M002); the young carers referral "when
   Amira feels ready" (T002); the CMHT care co-ordinator's fortnightly
   support with "when Tariq's mood improves" (H001, M002); a dentist item
   under "Also agreed", a heading with no time (T001); an outcome about the
   father only (F002).
4. Xerrow: the social worker's letter to expectant parents after a
   pre-birth conference, the plan set out under time headings ("Every week,
   from now until the review conference", "By 36 weeks", "The day Maisie
   is born", "Before Maisie is discharged", "In the first two weeks at
   home", "By the review conference"), each item saying how we will know
   in its own words; "I" is the social worker who signs (md, exemplary).
5. Xylham: minutes of a second core group in clipped style with an action
   log grouped under WHEN headings ("THIS WEEK - w/c 19.1.26", "BY END FEB",
   "EVERY WEEK", "AT EACH CG", "ON THE DAY", "AS REQUIRED", "ALSO") (txt).
   Faults: the family support worker's sessions "to be reviewed at next CG"
   (M002); the window repair with "Proof: -" (M001); the school nurse's
   weighing with "NJ to monitor" (M002); "ALL AGENCIES" (W002); the aunt's
   stays under "AS REQUIRED" (T002); Kayla's eye test under "ALSO", which
   gives no time (T001); the back gate "asap" (T002); the
   grandfather and aunt carry part of the plan but the contingency never
   says what happens if they cannot (C003); review conference "TBC" (R001).
6. Xandleby: an initial conference plan for a 14-month-old with faltering
   growth, in Word bullets under "So that ..." outcome headings, each bullet
   naming who, when (before discharge, twice a week for two weeks, within
   24 hours of any missed weighing, in the fortnight after discharge) and
   how we will know in one sentence (docx, exemplary).
7. Xennick: an initial conference plan in a Word table Ref / Action / Lead
   / Timing / What we will see, whose timing cells use "*" and "**" keyed
   to a note above the table, printed to PDF with page header and footer
   (pdf). Faults: Choices "Start date TBC" (T002); school counselling for
   Liam "As required" (T002); "School will keep an eye on this" (M002); family support "To be reviewed" (M002); the speech and language
   referral with Lead "-" (W001); a contingency of "further concerns" met
   by discussion and review (C002).

Plans 2, 4 and 6 are exemplary: every action has a named owner, a real
timescale (its own, or the one given once for its group) and something
that can be seen or counted; outcomes are about the children; each
contingency names triggers and protective responses and a fallback where
relatives help; each records the children's voice (or a baby's observed
world), core group dates and a dated review conference, and legal planning
after named triggers; where a parent is ill or uses drugs an adult service
owns work, and every mental health service is asked for its view of the
parent's capacity to change and its likely timescale.

Counting convention used for "actions" (README convention 1, and 12 and 13
for times given once for a group): each row of an action table counts once
(plans 1, 2 and 7); each numbered item of the outline's plan part (plan 3);
each bullet under the letter's time headings (plan 4); each numbered line of
the minutes' action log, whatever group it sits in (plan 5); each bullet
under the "So that" headings (plan 6). Minuted updates, attendance lists,
views, outcomes, scaling, contingencies, meeting dates and timing keys are
never counted.
"""
from build_batch5 import F, H, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Xanbury: first review conference plan, landscape Word table with a
#    "Proof" column and the When cell merged down over rows sharing a time.
#    Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b166_xanbury_rcpc_when_merged_down_proof_column_okafor.docx",
    "doc_title": "Review Child Protection Conference Plan - Tobi and Ada Okafor",
    "split": "tune",
    "actions": 14,
    "landscape": True,
    "check_vmerge": 4,
    "template": "rcpc-plan-docx-landscape-kv-details-why-changes-since-icpc-going-well-childrens-words-outcomes-then-no-what-will-happen-who-when-proof-table-when-cell-merged-down-over-rows-sharing-a-time-contingency-meetings",
    "description": (
        "First review conference plan for an 8-year-old and a 4-year-old (neglect; mother's evening "
        "drinking; aunt four doors away; father on alternate Sundays) in a landscape Word table "
        "No. / What will happen / Who / When / Proof, the When cell merged down over the rows that "
        "share a time ('Every week until the review conference on 14/07/2026', 'By half term', 'At "
        "each core group'). Most rows are sound (the drink service's report on change, breath tests, "
        "the GP's blood tests, ELSA with Tobi's worry score). Faults: the family support worker's "
        "sessions and the aunt's help with collections and stays share a merged 'Ongoing'; the class "
        "teacher's check on Tobi is proved by 'Progress discussed at core group'; the Moving On "
        "referral's Proof is '-'; the dentist row's When is '-'; and nothing anywhere leads to "
        "legal planning if things do not change."
    ),
    "blocks": [
        ("title", "Review Child Protection Conference – Child Protection Plan"),
        ("p", "Xanbury Borough Council · Children's Services · Safeguarding and Family Support (North)"),
        ("kv", [
            ("Children", "Tobi Okafor (8), born 19/06/2017 · Ada Okafor (4), born 02/09/2021"),
            ("Address", "41 Rowan Walk, Xanbury XB6 2LT"),
            ("Live with", "Their mother, Grace Okafor (34)"),
            ("Father", "Emeka Okafor (37), 9b Quarry Road, Xanbury; sees the children on alternate Sundays"),
            ("Maternal aunt", "Chioma Eze, 17 Rowan Walk (four doors away)"),
            ("School and nursery", "Tobi: Larkhill Primary, Year 3 · Ada: Little Acorns Nursery, Monday to "
                                   "Wednesday"),
            ("Social worker", "Rachel Dunmore (team manager: Alan Pryce)"),
            ("Category", "Neglect (unchanged)"),
            ("Conference", "First review child protection conference, Tuesday 13/01/2026. Chair: Sunita Rao, "
                           "independent chair. Decision: Tobi and Ada remain subject to child protection "
                           "plans."),
        ]),
        ("h1", "Why there is a plan"),
        ("p", "Tobi and Ada have had child protection plans since the initial conference on 14/10/2025. On "
              "28/09/2025 Tobi, then 7, rang 999 at 9pm because he could not wake his mum. Police found Grace "
              "asleep on the sofa after drinking most of a bottle of vodka, Ada in a soaked nappy, and no food "
              "in the house but dry cereal. Grace has told us she started drinking in the evenings after Emeka "
              "left early in 2025. School had been worried for months about Tobi arriving late, hungry and in "
              "the same uniform."),
        ("h1", "What has changed since the initial conference"),
        ("bullets", [
            "Grace has been to 9 of 11 sessions at Xanbury Drink and Drug Service (XDDS). Her breath tests at "
            "visits have read zero on 10 of 12 occasions; on 16/12/2025 and 02/01/2026, both after 6pm, she had "
            "been drinking.",
            "Tobi's attendance is 92% this term (81% last term). He was late eleven times, nearly always on a "
            "Thursday or Friday.",
            "Ada's nursery place has been kept, but she missed eight sessions in December. Staff noticed that "
            "she was hungry on Monday mornings.",
            "The house is cleaner. The smoke alarm still does not work and there is broken glass in the back "
            "yard.",
            "Ada has visible decay on her front teeth, and neither child is registered with a dentist.",
        ]),
        ("h1", "What is going well"),
        ("bullets", [
            "Grace is honest about her drinking and has asked for help. She said at conference: “I want to be "
            "the mum who picks them up, not the one they have to wake up.”",
            "Chioma sees the children most days and has them both to sleep on Saturday nights. They are calm "
            "and well fed at her house.",
            "Emeka has seen the children every other Sunday since November and has brought them back on time.",
            "Tobi gets on well with his teacher, Mr Hale, and goes to football club on Tuesdays.",
        ]),
        ("h1", "What Tobi and Ada say"),
        ("p", "Tobi was seen on his own at school on 08/01/2026. He said: “Mum is better in the mornings now. "
              "It's the nights that are bad. When she has her drink she goes to sleep and I have to do Ada's "
              "tea. I like it at Auntie Chi's because there is always dinner and we watch films.” On his worry "
              "scale he put home at 5 out of 10 (2 in October) and Auntie Chi's house at 10."),
        ("p", "Ada is four. At nursery she plays “mummy sleeping” in the home corner, laying the doll on the "
              "sofa and telling it “wake up, wake up”. At home on 06/01/2026 she brought Rachel her shoes and "
              "said “Auntie Chi's house”. She ran to Grace when Grace came back from the shop and sat on her "
              "knee for the rest of the visit."),
        ("h1", "What we want for Tobi and Ada"),
        ("numbers", [
            "Tobi and Ada are looked after every evening and night by an adult who is sober and awake, and "
            "Tobi no longer has to make Ada's tea or wake his mum.",
            "Tobi and Ada get to school and nursery on time, fed and in clean clothes, and Tobi's attendance "
            "is 95% or better.",
            "Tobi and Ada's teeth are checked and treated, and their home is safe: a working smoke alarm and "
            "no broken glass.",
            "Tobi knows which adults he can tell when he is worried, and scores home 7 out of 10 or more.",
        ]),
        ("h1", "The plan"),
        ("p", "Where several actions share a time, the When cell covers all of them. Proof is what someone "
              "will see or count to show that the action has happened and is working."),
        ("table", {
            "header": ["No.", "What will happen", "Who", "When", "Proof"],
            "widths": [1.0, 9.0, 4.2, 4.5, 7.0],
            "rows": [
                ["1",
                 "Visit Tobi and Ada at home and see each child on their own; at least one visit a month "
                 "after 6pm and unannounced",
                 "Rachel Dunmore (SW)",
                 "Every week until the review conference on 14/07/2026",
                 "A visit record on file for every visit, with what each child said and what food was in "
                 "the house; evening visits listed on the front sheet"],
                ["2",
                 "Drink no alcohol on any day she is caring for Tobi and Ada on her own, and give a breath "
                 "test at every visit from Rachel or XDDS",
                 "Grace Okafor (mum)",
                 V,
                 "Breath test readings written on each visit record; every reading 0.00"],
                ["3",
                 "Key-work sessions with Grace, with a breath test each time, and a written report on whether "
                 "her drinking is changing enough for her to care for the children safely in the evenings, "
                 "and how long that is likely to take",
                 "Paul Hemmings, recovery worker, Xanbury Drink and Drug Service (XDDS)",
                 V,
                 "Attendance and readings in Paul's report, sent to Rachel two working days before each core "
                 "group"],
                ["4",
                 "Review Grace's physical health and repeat her liver function tests, and write to Rachel "
                 "with the results and any advice on her drinking",
                 "Dr Sana Qureshi (GP), Castle Street Surgery",
                 "By half term (Friday 13/02/2026)",
                 "GP letter with the blood results on the children's file"],
                ["5",
                 "Refer Tobi to the school's ELSA for six sessions on his worries about home",
                 "Mrs Joy Adebayo (DSL), Larkhill Primary",
                 V,
                 "ELSA plan in Tobi's file with his own targets; his worry score recorded at the first and "
                 "the last session"],
                ["6",
                 "Three sessions of direct work with Tobi about his worries and who he can tell, ending with "
                 "his own safety hand",
                 "Rachel Dunmore (SW)",
                 V,
                 "Tobi's safety hand on file, naming five adults he can tell"],
                ["7",
                 "Evening routine sessions with Grace (tea, bath and an earlier bedtime for Ada), and a "
                 "morning routine so that Tobi is not getting himself up",
                 "Kerry Lane, family support worker, Xanbury Family Support",
                 "Ongoing",
                 "Routine chart on the fridge filled in by Grace; Kerry records the bedtimes she sees at her "
                 "sessions"],
                ["8",
                 "Help Grace with nursery collections and have Tobi and Ada to stay at her house, so that "
                 "Grace gets a break",
                 "Chioma Eze (maternal aunt)",
                 V,
                 "Nursery collection log; Chioma texts Rachel after each stay"],
                ["9",
                 "Bring Ada's attendance, collection times and the nursery's daily care notes (hungry, clean, "
                 "tired) to the core group",
                 "Little Acorns Nursery (manager, Sue Whitlow)",
                 "At each core group (every 4 weeks from 03/02/2026)",
                 "Printed attendance and care notes handed to the core group; Ada's attendance 90% or more"],
                ["10",
                 "Keep a check on Tobi's mood and presentation in class",
                 "Mr Dan Hale, class teacher, Larkhill Primary",
                 V,
                 "Progress discussed at core group"],
                ["11",
                 "Refer Grace to the Moving On group at Xanbury Women's Centre, for women after separation",
                 "Rachel Dunmore (SW)",
                 "By 30/01/2026",
                 "-"],
                ["12",
                 "Register Tobi and Ada with a dentist and take them both for a check-up",
                 "Grace Okafor (mum)",
                 "-",
                 "Registration cards seen by Rachel; the dentist's letter about Ada's treatment on file"],
                ["13",
                 "Fit a working smoke alarm and clear the broken glass from the back yard",
                 "Grace, with Kerry Lane (FSW)",
                 "Before the core group on 03/02/2026",
                 "Alarm tested and yard seen by Rachel at her next visit; photographs on file"],
                ["14",
                 "Have Tobi and Ada every other Sunday, 11am to 5pm; if Grace has been drinking at handover, "
                 "keep the children and ring Rachel (or EDT out of hours)",
                 "Emeka Okafor (dad)",
                 "Every other Sunday from 18/01/2026",
                 "Emeka texts Rachel at each handover; Tobi asked at visits how Sundays went"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Grace is found under the influence of alcohol while caring for Tobi or Ada, or a breath test at "
            "a visit reads above zero, Rachel (or the Emergency Duty Team out of hours) will arrange for the "
            "children to stay with Chioma at 17 Rowan Walk that night, and will hold a strategy discussion with "
            "Xanbury Police the same day.",
            "If Chioma cannot have the children, Emeka will collect them and keep them at 9b Quarry Road. If "
            "neither of them can, Rachel will place the children with Xanbury foster carers that night.",
            "If Ada is not collected from nursery, or Tobi from school, within 30 minutes of the end of the day, "
            "staff will ring Grace and then Rachel (or EDT), and Chioma will collect them.",
            "If Tobi ever rings an adult because he cannot wake his mum, that adult will call 999 first and "
            "then Rachel.",
        ]),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group: every 4 weeks, Tuesdays at 1.30pm at Larkhill Primary – 03/02/2026, 03/03/2026, "
            "31/03/2026, 28/04/2026, 26/05/2026 and 23/06/2026.",
            "Second review child protection conference: Tuesday 14/07/2026, 10am, Xanbury Civic Centre.",
        ]),
        ("p", "Plan agreed at the review conference on 13/01/2026 with Grace, Emeka and Chioma present. Copies to "
              "everyone in the core group."),
    ],
    "findings": [
        F("T002", "a morning routine so that Tobi is not getting himself up"),
        F("T002", "Help Grace with nursery collections and have Tobi and Ada"),
        F("M002", "Keep a check on Tobi's mood and presentation in class"),
        F("M001", "Refer Grace to the Moving On group"),
        F("T001", "Register Tobi and Ada with a dentist"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 2. Xelworth: case-system (CareView) print of an initial conference plan,
#    field tables, a task list with Recurrence / due and Evidence it happened
#    columns in clipped system codes, trigger / response contingency.
#    Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b166_xelworth_case_print_task_list_recurrence_evidence_kowalski.pdf",
    "doc_title": "CareView print - Child Protection Plan CPP-2026-0093",
    "split": "tune",
    "actions": 16,
    "landscape": True,
    "min_pages": 2,
    "font_size": 9.5,
    "header": "XELWORTH COUNCIL – CareView – CHILD PROTECTION PLAN – OFFICIAL-SENSITIVE",
    "footer": "Printed 22/01/2026 14:07 by R.OBI · Case 4471209 · Page {PAGE} of {NUMPAGES}",
    "template": "case-system-print-pdf-landscape-header-footer-field-tables-plan-summary-subjects-household-parental-health-grid-reason-strengths-childs-voice-outcomes-table-then-task-list-task-detail-assigned-to-recurrence-due-in-system-codes-evidence-it-happened-then-trigger-response-lead-contingency-table-review-fields",
    "description": (
        "Exemplary initial conference plan for a 3-year-old and an 8-week-old baby (mother's "
        "postnatal depression after stopping her antidepressant; one incident of the father's "
        "violence; paternal grandmother doing mornings when the father is on nights), printed from "
        "an invented case system to PDF with a header and footer on every page. Field tables give "
        "the summary, household, parental health, the children's voice and outcomes; the task list "
        "has 'Recurrence / due' in the system's clipped codes (WKLY (TUE), FNLY from 03/02/2026 "
        "until 16 wks old, ASAP – by 30/01/2026 latest, within 24 hours of any missed appointment) "
        "and an 'Evidence it happened' column of weights, EPDS scores, registers, letters and "
        "visit records. Both perinatal workers report on capacity to change; the contingency "
        "table has triggers, responses, a fallback for the grandmother and legal planning."
    ),
    "blocks": [
        ("boldp", "CHILD PROTECTION PLAN – INITIAL CHILD PROTECTION CONFERENCE"),
        ("p", "Record printed from CareView. Fields left blank in the system are printed as “–”."),
        ("boldp", "1. PLAN SUMMARY"),
        ("table", {
            "widths": [6.0, 19.7],
            "bold_first_col": True,
            "rows": [
                ["Plan ID", "CPP-2026-0093"],
                ["Plan type", "Initial child protection conference plan"],
                ["Conference date", "20/01/2026"],
                ["Conference chair", "Mark Ellison, Conference and Review Team"],
                ["Category", "Emotional abuse; neglect"],
                ["Allocated worker", "Rhian Obi, Social Worker, Assessment and Safeguarding Team 2"],
                ["Team manager", "Claire Buckley"],
                ["Plan status", "ACTIVE"],
            ],
        }),
        ("boldp", "2. SUBJECTS OF PLAN"),
        ("table", {
            "header": ["Name", "DOB", "Age", "Setting"],
            "widths": [6.0, 4.0, 3.0, 12.7],
            "rows": [
                ["Kacper KOWALSKI", "14/03/2022", "3y 10m", "Little Oaks Nursery, Monday to Friday mornings"],
                ["Zofia KOWALSKA", "25/11/2025", "8 wks", "At home"],
            ],
        }),
        ("boldp", "3. HOUSEHOLD AND NETWORK"),
        ("table", {
            "header": ["Name", "Relationship", "Address", "Notes"],
            "widths": [5.0, 4.5, 6.2, 10.0],
            "rows": [
                ["Marta KOWALSKA (29)", "Mother", "Flat 3, 6 Sycamore Court, Xelworth XW4 1EN",
                 "Main carer"],
                ["Piotr KOWALSKI (31)", "Father", "Flat 3, 6 Sycamore Court",
                 "Works nights at Brenton Logistics on alternate weeks"],
                ["Ewa KOWALSKA (58)", "Paternal grandmother", "22 Heath Lane, Xelworth",
                 "Helps on weekday mornings when Piotr is on nights"],
                ["Katarzyna (Kasia) NOWAK (26)", "Maternal aunt", "Flat 9, Mill House, Xelworth",
                 "Agreed at conference to be back-up carer for mornings"],
            ],
        }),
        ("boldp", "4. REASON FOR PLAN (free text)"),
        ("p", "On 02/01/2026 a neighbour called police after hearing shouting. Officers found that Piotr had "
              "punched a hole in the kitchen door and shouted at Marta while she was holding Zofia; Kacper was "
              "in the room and was crying. Marta told the health visitor on 06/01/2026 that she has had "
              "thoughts of “not wanting to wake up” since December. She had stopped her sertraline early in "
              "the pregnancy without telling anyone. Zofia's weight has dropped from the 50th to the 25th "
              "centile, the flat was cold (14°C in the bedroom) and Zofia's cot was still flat-packed."),
        ("boldp", "5. PARENTAL HEALTH AND SUBSTANCE USE (structured)"),
        ("table", {
            "header": ["Parent", "Recorded need", "Service", "Worker"],
            "widths": [4.0, 8.2, 7.0, 6.5],
            "rows": [
                ["Marta", "Postnatal depression (diagnosed 12/2025); previous depression in 2019",
                 "Xelworth Perinatal Mental Health Service",
                 "Amira Said (perinatal mental health nurse); Dr Leah Fenn (consultant perinatal psychiatrist)"],
                ["Marta", "Prescribing", "Linden Surgery", "Dr Omar Latif (GP)"],
                ["Piotr", "Anger; one recorded domestic abuse incident (02/01/2026). No alcohol or drug use "
                          "reported by any agency.",
                 "Xelworth Choices (domestic abuse behaviour change)", "Dan Frost (facilitator)"],
            ],
        }),
        ("boldp", "6. STRENGTHS"),
        ("bullets", [
            "Marta and Piotr both agree the plan and say they want help. Marta restarted sertraline on "
            "09/01/2026.",
            "Piotr has told the social worker what he did on 02/01/2026 and has asked to go on a course.",
            "Ewa has done the nursery run on every night-shift week since October.",
            "Kacper's nursery attendance is 93%, and staff describe him as a bright, chatty boy.",
        ]),
        ("boldp", "7. CHILD'S VOICE / LIVED EXPERIENCE"),
        ("table", {
            "widths": [4.0, 21.7],
            "bold_first_col": True,
            "rows": [
                ["Kacper", "Seen at nursery with his key worker on 15/01/2026. He said: “Daddy shouted at the "
                           "door. Mummy cried. Baby cried.” Asked what he likes, he said: “Babcia's pancakes "
                           "and my scooter.” He put the daddy puppet outside the toy house and then brought it "
                           "back “because he said sorry”."],
                ["Zofia", "Observed by the health visitor on 06/01/2026 and 13/01/2026 and the social worker on "
                          "15/01/2026: settles quickly held skin to skin by Marta and turns towards her voice; "
                          "she was left crying in her bouncer for ten minutes on 06/01/2026 while Marta lay on "
                          "the sofa. Feeds well for Ewa in the mornings."],
            ],
        }),
        ("boldp", "8. OUTCOMES"),
        ("table", {
            "header": ["ID", "Outcome for the children", "How we will know overall"],
            "widths": [1.5, 13.0, 11.2],
            "rows": [
                ["O1", "Zofia is fed, warm and gaining weight, and sleeps safely in her own cot.",
                 "Weight back to the 50th centile path; bedroom 18°C or more; cot in use at every visit."],
                ["O2", "Kacper and Zofia live in a home without shouting, violence or damage.",
                 "No police call-outs; Kacper's own account at direct work sessions."],
                ["O3", "Kacper and Zofia are cared for every day by a parent who is well enough to notice and "
                       "meet their needs.", "Perinatal reports; EPDS scores falling; health visitor's "
                                            "observations."],
                ["O4", "Kacper gets to nursery every day, fed and on time.", "Nursery attendance 95% or more."],
            ],
        }),
        ("pagebreak",),
        ("boldp", "9. PLAN TASKS"),
        ("p", "Recurrence codes as entered in CareView: WKLY = weekly; FNLY = fortnightly; 2X WK = twice a week. "
              "Tasks started by an event show the event. Every task stays open until the review conference "
              "unless its due date is earlier."),
        ("table", {
            "header": ["Task", "Task detail", "Assigned to", "Recurrence / due", "Evidence it happened"],
            "widths": [1.3, 8.4, 4.6, 4.6, 6.8],
            "rows": [
                ["T01",
                 "Home visit to see Kacper and Zofia; see Kacper on his own, and see Zofia awake and "
                 "undressed for a skin check at least once a month; 1 in 3 visits unannounced",
                 "Rhian Obi (SW)",
                 "WKLY (TUE) from 27/01/2026 to the RCPC",
                 "Visit record on CareView within 24 hrs of each visit, with Kacper's words and what Zofia "
                 "was doing"],
                ["T02",
                 "Weigh Zofia, check her feeding and safe sleep, watch how Marta responds to her cues, and "
                 "complete Marta's EPDS",
                 "Beth Carver (HV), Xelworth 0-19 Service",
                 "FNLY from 03/02/2026 until Zofia is 16 wks old, then monthly",
                 "Weights plotted in the red book and on CareView, Zofia on or above the 25th centile; EPDS "
                 "score recorded at each visit"],
                ["T03",
                 "Home sessions with Marta on her mood, sleep and bond with Zofia; assess whether Marta can "
                 "make and keep the changes the children need, and the likely timescale",
                 "Amira Said, perinatal mental health nurse, Xelworth Perinatal Mental Health Service",
                 "WKLY (THU); written report 2 working days before each core group",
                 "Report on CareView before each core group, giving Amira's view on Marta's capacity to "
                 "change and the timescale"],
                ["T04",
                 "Medication review and relapse signature plan with Marta and Piotr; written view on Marta's "
                 "prognosis, her capacity to make the changes the children need, and how long that is likely "
                 "to take",
                 "Dr Leah Fenn, consultant perinatal psychiatrist",
                 "Clinic by 06/02/2026; letter within 5 working days of the clinic",
                 "Clinic letter and signed relapse plan uploaded; copies sent to the HV and GP"],
                ["T05",
                 "Check that Marta collects her sertraline each month, and tell the SW the same day if a "
                 "prescription is not collected",
                 "Dr Omar Latif (GP), Linden Surgery",
                 "Every 28 days when due (next due 03/02/2026)",
                 "Collection dates emailed to the SW monthly; any missed collection phoned through and logged "
                 "on CareView"],
                ["T06",
                 "Take sertraline each morning and go to every perinatal session, so that she is well enough "
                 "to care for Kacper and Zofia",
                 "Marta Kowalska (mother)",
                 "Daily; sessions WKLY (THU)",
                 "Tablet count at HV visits matches; attendance shown in the T03 report"],
                ["T07",
                 "Arrive at the flat by 7am on weekdays when Piotr is on nights, help with Zofia's feed and "
                 "take Kacper to nursery",
                 "Ewa Kowalska (PGM)",
                 "MON–FRI 7am–9.30am on Piotr's night-shift weeks (rota to SW monthly)",
                 "Nursery signing-in book shows Kacper in by 9.15am, brought by Ewa; Ewa texts the SW each "
                 "Friday"],
                ["T08",
                 "Attend the 24-week Choices programme and talk in it about what happened on 02/01/2026",
                 "Piotr Kowalski (father)",
                 "WKLY (WED 6–8pm) from 28/01/2026",
                 "Choices register; progress report to the SW before each core group, no more than one "
                 "session missed"],
                ["T09",
                 "Assess Piotr for Choices, and offer Marta the partner support service",
                 "Dan Frost, Xelworth Choices",
                 "Assessment by 27/01/2026",
                 "Assessment outcome letter on CareView; date of the partner support worker's first contact "
                 "recorded"],
                ["T10",
                 "Record Kacper's arrival time, who brought him, how he presents and anything he says about "
                 "home; ring the SW by 10am if he is not in",
                 "Hannah Pell, key worker, Little Oaks Nursery",
                 "Every nursery day (MON–FRI)",
                 "Daily log; attendance emailed to the SW each Friday"],
                ["T11",
                 "Two play sessions with Kacper (puppets and his house drawing) to hear what home is like "
                 "for him",
                 "Rhian Obi (SW)",
                 "w/c 09/02/2026 and w/c 23/02/2026",
                 "Kacper's words and drawings uploaded to CareView and brought to the core group on "
                 "04/03/2026"],
                ["T12",
                 "Home visit to see Zofia and Marta after any missed HV, perinatal or GP appointment",
                 "Rhian Obi (SW)",
                 "Within 24 hours of any missed appointment",
                 "Visit record dated within 24 hours of the missed appointment, with Zofia seen"],
                ["T13",
                 "Put Zofia's cot up in the parents' bedroom and fit the stair gate",
                 "Piotr Kowalski (father)",
                 "ASAP – by 30/01/2026 latest",
                 "Seen in place by the HV at her 03/02/2026 visit and recorded in her notes"],
                ["T14",
                 "Put a domestic abuse marker on Flat 3, 6 Sycamore Court, and share any call-out with the SW",
                 "DC Amy Rowe, Xelworth Police Domestic Abuse Safeguarding Unit",
                 "Marker by 23/01/2026; any call-out shared within 24 hours",
                 "Marker reference sent to the SW; call-out notifications logged on CareView"],
                ["T15",
                 "Family network meeting with Ewa, Kasia and family friends to agree who covers which "
                 "mornings and who steps in if Ewa cannot",
                 "Rhian Obi (SW)",
                 "Before the first core group (04/02/2026)",
                 "Network meeting record on CareView listing each person's mornings and the back-up"],
                ["T16",
                 "Help Marta and Piotr apply for the Warm Homes grant so that the children's bedroom is heated",
                 "Hannah Reid, family support worker, Xelworth Family Hub",
                 "By end Feb (27/02/2026)",
                 "Grant reference on CareView; bedroom thermometer reads 18°C or more at SW visits"],
            ],
        }),
        ("boldp", "10. CONTINGENCY"),
        ("table", {
            "header": ["Trigger", "Response", "Lead"],
            "widths": [8.0, 13.0, 4.7],
            "rows": [
                ["Marta says she has thoughts of harming herself or the children, stops her sertraline, or is "
                 "found unable to respond to Zofia",
                 "Perinatal crisis team assesses Marta the same day. Until then Piotr (off work) or Ewa cares "
                 "for the children and Marta is not left alone with them. Strategy discussion the same day.",
                 "Rhian Obi (SW); EDT out of hours"],
                ["Any further shouting, violence or damage reported, or police called to the flat",
                 "Piotr leaves that day and stays at 22 Heath Lane. Strategy discussion with police the same "
                 "day. Marta offered a refuge space through Xelworth Women's Aid.",
                 "Rhian Obi (SW); DC Amy Rowe"],
                ["Ewa cannot do the mornings (illness, or she says she can no longer manage)",
                 "Kasia covers the mornings. If neither can, Piotr swaps off nights (agreed with his employer) "
                 "or the family support worker arrives at 7.30am that day and the nursery minibus collects "
                 "Kacper; the SW arranges this the same day.",
                 "Rhian Obi (SW)"],
                ["Marta relapses, there is a further domestic abuse incident, Zofia's weight falls below the "
                 "9th centile, or by the core group on 01/04/2026 Piotr has missed more than two Choices "
                 "sessions",
                 "SW requests a legal planning meeting within 5 working days to decide whether to start PLO "
                 "pre-proceedings.",
                 "Rhian Obi (SW); Claire Buckley (TM)"],
            ],
        }),
        ("boldp", "11. REVIEW"),
        ("table", {
            "widths": [6.0, 19.7],
            "bold_first_col": True,
            "rows": [
                ["Core group frequency", "Every 4 weeks"],
                ["Core group dates", "04/02/2026; 04/03/2026; 01/04/2026 (Wednesdays, 10:00, Xelworth Family "
                                     "Hub)"],
                ["Review conference (RCPC)", "14/04/2026 10:00, Xelworth Civic Offices"],
                ["Plan shared with", "Marta Kowalska; Piotr Kowalski; all core group members (22/01/2026)"],
            ],
        }),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Xendale: review conference plan as a numbered outline; areas give "all
#    by ... unless stated", items carry their measure in the sentence.
#    Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b166_xendale_rcpc_outline_areas_all_by_unless_stated_hussain.md",
    "split": "tune",
    "actions": 17,
    "template": "rcpc-plan-md-numbered-outline-parts-1-to-8-family-why-working-well-views-outcomes-5-1-then-plan-part-6-split-into-areas-6-1-to-6-4-each-heading-all-by-date-unless-stated-items-6-1-1-measure-in-the-sentence-also-agreed-area-with-no-time",
    "description": (
        "Review conference plan for a 12-year-old young carer and her 2-year-old brother (neglect; "
        "widowed father's severe depression; uncle helping) written as a numbered outline. The plan "
        "part is split into areas whose headings give one deadline, 'all by ... unless stated'; "
        "items give their own times as rhythms and events ('every Thursday after school until the "
        "end of the summer term', 'weekly from now until the review conference') and carry the "
        "measure in their own sentence. Faults: the health visitor only 'will offer' the two-year "
        "review; the head of year 'will keep an eye on' Amira; the young carers referral 'when "
        "Amira feels ready'; the CMHT care co-ordinator's support, measured by the father's mood "
        "improving, with no view on change; a dentist item under 'Also agreed', which gives no time; "
        "and an outcome about the father only."
    ),
    "text": """\
# Xendale Council – Child Protection Plan (Review)

**Children:** Amira Hussain (12) and Yusuf Hussain (2)
**Review child protection conference:** Thursday 15 January 2026, Xendale Civic Centre (chair: Patrick Lowe)
**Social worker:** Nadia Brook (team manager: Simon Orme)
**Category:** Neglect (unchanged)

## 1. Family and household

1.1 Amira Hussain, 12, Year 8 at Xendale Academy.
1.2 Yusuf Hussain, 2 (born 04/11/2023), at home; 15 funded hours at Sunflowers Nursery from 02/02/2026.
1.3 Tariq Hussain, 43, their father. Their mother, Samina, died in April 2024.
1.4 Imran Hussain, Tariq's brother, lives at 8 Mill Street, ten minutes' walk away.
1.5 Home: 27 Canal View, Xendale XD2 9PH.

## 2. Why there is a plan

2.1 Since Samina died, Tariq has had severe depression. He is under the Xendale Community Mental Health Team
(CMHT) and takes mirtazapine.

2.2 At the initial conference on 16/10/2025 we heard that Amira was doing most of Yusuf's care before and after
school, that Yusuf was often left in the same nappy for hours, had lost weight and had not had his two-year
review, and that Amira had missed 31 sessions of school since September. On 29/09/2025 Amira rang her uncle at
midnight because Yusuf had a high temperature and she could not wake her dad.

## 3. What is working well

3.1 Tariq has kept 10 of 12 CMHT appointments and says the tablets help him get up in the mornings.
3.2 Imran has Yusuf on Saturdays and has done Amira's Monday school run since November.
3.3 Amira's attendance is up to 88% this half term (72% in the autumn).
3.4 Yusuf's weight has risen from the 2nd to the 9th centile since October.

## 4. What Amira says, and Yusuf's day

4.1 Amira (seen on her own at school, 09/01/2026): "Dad is trying. Some days he's up before me now, which is
weird but good. I still do Yusuf's bath because Dad forgets. I don't mind looking after Yusuf but I want to go
to netball on Thursdays and I can't. If something's wrong I ring Uncle Imran." She scored home 6 out of 10 (4
in October).

4.2 Yusuf: at the visit on 06/01/2026 at 4pm he was still in pyjamas, had eaten crisps and was watching a
tablet. When he fell over he went to Amira, not his dad. At Imran's on Saturday 10/01/2026 he ate a full
dinner, played cars with his cousins and slept through the night.

## 5. What we want for Amira and Yusuf

5.1 Yusuf is fed three meals a day, washed and changed, and keeps gaining weight (at or above the 9th
centile).
5.2 Amira goes to school every day (95% or more), goes to netball, and no longer has to do Yusuf's care or
wake her dad.
5.3 Tariq will feel less depressed and more able to cope day to day.
5.4 Yusuf has his two-year review, and any delay in his development is picked up and helped.

## 6. The plan

Each area below has one deadline for its actions unless an action gives its own time. Each action says how we
will know it has happened.

### 6.1 Yusuf's care at home – all by Friday 27/02/2026 unless stated

6.1.1 Tariq will give Yusuf breakfast, lunch and tea at set times and fill in the food diary every day from
16/01/2026; the health visitor will read the diary at each visit and note what Yusuf ate.

6.1.2 The health visitor, Gemma Platt, will weigh Yusuf every two weeks from 26/01/2026 and email Nadia the
weight the same day; we will know it is working when his weight stays at or above the 9th centile.

6.1.3 The health visitor will offer Yusuf his overdue two-year review at home.

6.1.4 Tariq will take Yusuf to Sunflowers Nursery on his funded mornings (Monday to Wednesday from 02/02/2026);
the nursery register will show him in by 9.30am on at least 9 days in 10.

6.1.5 Nadia (SW) will visit weekly from now until the review conference on 16/04/2026, one visit in three after
5pm, see Yusuf's bath and bedtime and Amira on her own, and write what she saw on the visit record.

6.1.6 Jo Reeve, family support worker, will do six home sessions with Tariq on Yusuf's bath and bedtime, twice
a week from 19/01/2026; Jo's session notes will record the bedtime and who did the bath.

### 6.2 Amira's school and her own time – all by half term (Friday 13/02/2026) unless stated

6.2.1 Mrs Carole Finch, head of Year 8, will keep an eye on how Amira is coping in school each week.

6.2.2 Nadia will refer Amira to Xendale Young Carers when Amira feels ready; a letter from Young Carers giving
her assessment date will be on file.

6.2.3 Tariq will sign the netball form, and Imran will take Amira to netball every Thursday after school until
the end of the summer term; the club register will show Amira there.

6.2.4 Mrs Finch will ring Nadia by 10am on any day Amira is absent without a reason, and each call will be
logged on the school's CPOMS record.

6.2.5 Nadia will do three sessions of direct work with Amira about being a young carer and what she wants to
stop doing; Amira's own list will go on file and to the core group on 03/03/2026.

### 6.3 Tariq's health, so that he can care for Yusuf and Amira – all by the core group on 03/03/2026 unless stated

6.3.1 Lee Carter, CMHT care co-ordinator, will continue fortnightly home visits to support Tariq with his low
mood and his medication; we will know it is working when Tariq's mood improves.

6.3.2 Dr Helen Marsh, consultant psychiatrist (CMHT), will review Tariq by 13/02/2026 and write to Nadia with
her view on whether he can make the changes the children need and how long that is likely to take; the letter
will be shared at the core group.

6.3.3 Dr Ravi Sood, GP, will tell Nadia the same day if Tariq does not collect his mirtazapine when it is due
(every 28 days); Nadia will log each call on the case record.

6.3.4 Tariq will go to the bereavement group at Xendale Hospice every Wednesday from 21/01/2026; the group
leader will send Nadia the register each month.

### 6.4 Also agreed

6.4.1 Tariq will register Yusuf with a dentist and take him for his first check-up; he will show Nadia the
appointment card.

6.4.2 Imran will have Yusuf at 8 Mill Street every Saturday from 10am to 6pm and do Amira's Monday school run;
Amira's Monday attendance marks and Imran's text to Nadia each Saturday will show it.

## 7. If things go wrong

7.1 If Tariq cannot be woken, is too unwell to get up, or says he has thoughts of ending his life, Amira will
ring Imran, and 999 if her dad cannot be woken or Yusuf is ill. Imran will come and take Yusuf and Amira to 8
Mill Street that day. Nadia (or the Emergency Duty Team out of hours) will arrange a CMHT crisis assessment for
Tariq and hold a strategy discussion the same day.

7.2 If Imran cannot come, or can no longer help with Saturdays or the school runs, Nadia will arrange extra
nursery sessions for Yusuf that week and a family support worker for the school run. If no safe adult can care
for the children that night, they will stay with Xendale foster carers.

7.3 If Yusuf's weight drops below the 9th centile, Amira's attendance falls below 85% in any half term, or Tariq
stops his medication, Nadia will ask Simon Orme for a legal planning meeting within ten working days.

## 8. Meetings

8.1 Core group: every four weeks, Tuesdays at 4pm at 27 Canal View – 03/02/2026, 03/03/2026 and 31/03/2026.
8.2 Review child protection conference: Thursday 16/04/2026, 1.30pm, Xendale Civic Centre.
""",
    "findings": [
        F("M001", "will offer Yusuf his overdue two-year review at home"),
        F("M002", "will keep an eye on how Amira is coping"),
        F("T002", "refer Amira to Xendale Young Carers when Amira feels ready"),
        F("H001", "continue fortnightly home visits to support Tariq with his low"),
        F("M002", "continue fortnightly home visits to support Tariq with his low"),
        F("T001", "register Yusuf with a dentist and take him for his first check-up"),
        F("F002", "Tariq will feel less depressed and more able to cope day to day."),
    ],
})


# ---------------------------------------------------------------------------
# 4. Xerrow: social worker's letter to expectant parents after a pre-birth
#    conference, the plan set out under time headings. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b166_xerrow_prebirth_letter_time_headings_fairclough.md",
    "split": "tune",
    "actions": 19,
    "template": "prebirth-outcome-letter-md-sw-to-both-parents-why-going-well-maisies-world-what-we-want-then-plan-under-time-headings-every-week-until-review-by-36-weeks-day-born-before-discharge-first-two-weeks-by-review-each-bullet-how-we-will-know-in-its-own-words-then-if-things-go-wrong-meetings-signed",
    "description": (
        "Exemplary letter from the social worker to expectant parents after a pre-birth conference "
        "(father's cannabis use and one assault in pregnancy; mother's anxiety and past self-harm; "
        "maternal grandmother staying after the birth). 'I' is the social worker who signs, and each "
        "parent is named before 'you'. The plan is set out under time headings - every week from "
        "now until the review conference, by 36 weeks, the day Maisie is born, before Maisie is "
        "discharged, in the first two weeks at home, by the review conference - and every bullet "
        "says in its own words how we will know (test results emailed, the birth plan and alert on "
        "the record, the night feed chart, red book weights). The drug service and the perinatal "
        "nurse both report on capacity to change; the contingency covers the grandmother being "
        "unable, with legal planning after named triggers."
    ),
    "text": """\
**Xerrow City Council – Children and Families Service**
Safeguarding Team East, Floor 2, Wharf House, Xerrow XR1 4DB

Leah Fairclough and Jordan Pike
Flat 5, 31 Beacon Street
Xerrow XR3 8JN

Friday 16 January 2026

Dear Leah and Jordan,

## Your baby's child protection plan

Thank you both for coming to the pre-birth child protection conference on Wednesday 14 January 2026, and for
being so open with everyone there. I know it was a long and hard morning. This letter sets out what was
decided and what the plan for your baby asks of each of us. You have told me you will call her Maisie, so I
have used her name all the way through.

The conference decided that Maisie will have a child protection plan from the day she is born, under the
category of emotional abuse. That means a plan to keep her safe, and it is a plan we want to work on with you.

## Why Maisie has a plan

On 19 October 2025, when Leah was 21 weeks pregnant, the police were called to the flat. Jordan, you had been
smoking cannabis all afternoon, you argued with Leah about money and you pushed her against the kitchen
worktop. Leah, you had a bruise on your arm and you were frightened for the baby. Jordan, you smoke cannabis
most days, and you told me it helps you sleep. Leah, you have struggled with anxiety since you were 14 and you
used to cut yourself when things got too much; you told me the last time was in the summer of 2024.

## What is going well

- Jordan, you have not used cannabis in the flat since October, and your last two tests at The Bridge showed
  your use going down.
- Leah, you have been to every midwife appointment and every session with Nadia Khan, your perinatal mental
  health nurse, since November.
- There have been no more police call-outs since 19 October.
- Donna, Leah's mum, has offered to stay at the flat for the first two weeks after Maisie is born, and Kim,
  Jordan's sister, has said she will help too.

## Maisie's world

Maisie is growing well. Carol Mensah, your community midwife, says her growth scan on 06/01/2026 was on the
50th centile and her heartbeat is strong. Leah, you told me Maisie kicks hardest in the evening when Jordan
plays his guitar, and that she goes still when you have a bath. At the moment Maisie's world is Leah's body:
when Leah is frightened or not sleeping, Maisie feels it too. Leah said to me: "I want her to have a calm house,
not like mine was." Jordan said: "I want to be a proper dad to her, not someone she's scared of."

## What we all want for Maisie

1. Maisie is born safely and goes home to a calm flat where no one uses cannabis or any other drug.
2. Maisie is never hurt, and never in a room where adults are shouting or pushing each other.
3. Maisie is fed, warm, sleeps on her back in her Moses basket, and gains weight.
4. Maisie is cared for by parents who are well enough to notice what she needs, day and night.

## What will happen, and when

I have set the plan out by when things need to happen. Under each heading, everything happens by that time
unless the bullet says otherwise. Each bullet says how we will know it has happened. When I say "I", I mean me,
Hannah Greaves, your social worker.

### Every week, from now until the review conference on Wednesday 8 April 2026

- I will visit you at home every week, sometimes without telling you first, and once Maisie is born I will see
  her awake and in her basket; I will write down what I see and read my notes back to you at the next visit.
- Jordan, you will go to your key-work session at The Bridge (Xerrow Drug and Alcohol Service) every Tuesday
  at 2pm and give a urine test each time; Sam Ridley, your worker, will email me the results every fortnight,
  and we are looking for clear tests by the time Maisie is born.
- Sam Ridley will write to me three days before every core group to say whether Jordan has stopped using
  cannabis, whether he can stay stopped with a new baby in the flat, and how long that is likely to take; his
  report will be shared at each core group.
- Leah, Nadia Khan will see you at home every fortnight and write to me before each core group with her view on
  how you are managing your anxiety and the urges to self-harm, whether you can make the changes Maisie will
  need, and how long that might take; I will bring her report to every core group.

### By 36 weeks (Monday 2 February 2026)

- Carol Mensah will write your birth plan with you, Leah, including who may visit you on the ward, and put a
  safeguarding alert on Maisie's maternity record; I will get a copy of the birth plan, and the alert will show
  on the hospital system.
- Jordan, you will start the Caring Dads course at Xerrow Family Hub on Thursday 29 January and go every
  Thursday for 12 weeks; the course leader will send me the register at the end of each month.
- Leah and Jordan, you will set up Maisie's Moses basket in your bedroom, with a firm mattress and no pillows
  or bumpers, and get her car seat; I will see both at my visit in the week of 26 January.
- I will hold a family network meeting with you both, Donna and Kim to agree who helps in the first weeks and
  who steps in if someone cannot; everyone there will get a written copy of what was agreed.
- Leah, your GP, Dr Anjali Rao, will check each time your sertraline is due (every 28 days) that you have
  collected it, and ring me the same day if you have not; I will keep a note of every call.

### The day Maisie is born

- The midwife in charge on the Delivery Suite at Xerrow Royal Infirmary will ring me, or the Emergency Duty
  Team if it is out of hours, the day Maisie is born; the call will be written in Maisie's notes and on my case
  record.
- Jordan, you will text me the day Maisie is born to tell me she has arrived and how Leah is; I will note the
  time of your text.

### Before Maisie is discharged

- I will visit you and Maisie on the postnatal ward and see her fed and settled; my visit record will say what I
  saw.
- I will hold a discharge planning meeting on the ward with you both, Carol and the ward sister; Maisie will not
  go home until the discharge plan is signed, and a copy will be in her hospital notes and on my file.
- The midwives on Ward 22 will watch each of you make up a feed and settle Maisie on her back, including one
  night feed, and write in Maisie's notes what they saw.

### In the first two weeks at home

- Donna will stay at the flat every night for the first 14 nights and do the 2am feed so that Leah sleeps; she
  will fill in the night feed and sleep chart, and Carol or the health visitor will look at it at every visit.
- Carol will visit on days 1, 3, 5 and 10 after you get home and weigh Maisie on days 5 and 10; the weights
  will be in Maisie's red book, and we want her back to her birth weight by day 14.
- Priya Shah, your health visitor, will do the new birth visit between day 10 and day 14 and then see Maisie
  every two weeks until she is 12 weeks old; the weights will be in the red book, and Priya will send me her
  notes after each visit.

### By the review conference (Wednesday 8 April 2026)

- I will finish a parenting assessment with you both; the written assessment will be sent to you and to the
  conference by 25 March 2026.
- DC Mark Ibe of Xerrow Police Domestic Abuse Unit will tell me within 24 hours of any police call to 31 Beacon
  Street; each call will be logged on my case record and shared at the next core group.

## If things go wrong

- Jordan, if you use cannabis in the flat, or any test after Maisie is born is positive, you will leave that
  day and stay with Kim at 14 Tannery Row, and I will hold a strategy discussion with the police the same day.
- If there is any shouting, pushing or violence, whoever sees or hears it will call 999. Jordan will leave the
  flat, Leah and Maisie will go to Donna's at 3 Carr Lane, and I will hold a strategy discussion the same day.
- Leah, if you self-harm, tell anyone you cannot cope, or Nadia is worried you are becoming unwell, Nadia (or
  the perinatal crisis team out of hours) will see you that day. Until then Donna will care for Maisie, or
  Jordan if his tests are clear.
- If Donna cannot stay the nights or can no longer help, Kim will stay instead. If neither of them can, I will
  arrange a place for Leah and Maisie together with a parent and baby foster carer the same day.
- If Jordan's tests are not clear by the time Maisie is born, or there is any violence, I will ask my manager,
  Tom Ashworth, for a legal planning meeting within five working days to decide whether to start
  pre-proceedings under the Public Law Outline.

## Meetings

- First core group: Thursday 22 January 2026, 2pm, at the flat. Then every four weeks: Thursday 19 February and
  Thursday 19 March 2026 (on the ward if Maisie is still there).
- Review child protection conference: Wednesday 8 April 2026, 10am, Xerrow Civic Centre.

Please ring me if anything in this letter is not clear, or if you think something is wrong. You can also ask
your advocate, Jess from Family Voices, to go through it with you.

Yours sincerely,

Hannah Greaves
Social Worker, Safeguarding Team East
Telephone: 01632 960414

Copies: Carol Mensah (community midwife), Priya Shah (health visitor), Nadia Khan (perinatal mental health
nurse), Sam Ridley (The Bridge), Dr Anjali Rao (GP), DC Mark Ibe (Xerrow Police).
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Xylham: clipped core group minutes with an action log grouped under
#    WHEN headings. Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b166_xylham_core_group_minutes_log_grouped_by_when_brennan.txt",
    "split": "tune",
    "actions": 20,
    "template": "core-group-2-minutes-txt-clipped-header-present-initials-numbered-minutes-updates-views-scaling-outcomes-contingency-next-meetings-then-action-log-grouped-under-when-headings-this-week-by-end-feb-every-week-at-each-cg-on-the-day-as-required-also-numbered-lines-owner-action-timing-proof",
    "description": (
        "Minutes of the second core group for a 15-year-old and a 9-year-old (domestic abuse; the "
        "father's cocaine use; grandfather and aunt helping) in clipped style, with an action log "
        "grouped under WHEN headings: 'THIS WEEK - w/c 19.1.26 (all by Fri 23.1.26)', 'BY END FEB "
        "(Fri 27.2.26) unless stated', 'EVERY WEEK - to the RCPC', 'AT EACH CG', 'ON THE DAY', 'AS "
        "REQUIRED' and 'ALSO'. Most lines are sound (wkly (Tues) visits, the drug service's report "
        "on change, the breakfast club register, the school's Friday email). Faults: family support "
        "sessions 'to be reviewed at next CG'; the window repair with 'Proof: -'; the school nurse's "
        "weighing with 'NJ to monitor'; 'ALL AGENCIES'; the aunt's stays under 'AS "
        "REQUIRED'; Kayla's eye test under 'ALSO', which gives no time; the back gate 'asap'; no "
        "fallback if the grandfather or aunt cannot help; and the review conference 'TBC'."
    ),
    "text": """\
XYLHAM COUNCIL - CHILDREN'S SERVICES
CORE GROUP MEETING - MINUTES AND ACTION LOG
Children: Kayla BRENNAN (15, dob 03/05/2010) + Mason BRENNAN (9, dob 21/08/2016)
Address:  11 Fern Road, Xylham XY7 3AD
Meeting:  CG2 - Tue 20.1.26, 10.00-11.30, Xylham Family Centre, room 3
Chair + minutes: Lauren Reid (LR), SW      Plan: ICPC 16.12.25 - cat. emotional abuse
===============================================================================

PRESENT
  LR  Lauren Reid - social worker
  SB  Stacey Brennan - mum
  DH  Dale Hughes - Mason's dad, lives at home
  MB  Mick Brennan - maternal grandad, 22 Orchard Close
  KO  Kate Orme - DSL, Xylham Juniors (Mason)
  AP  Andy Price - head of Year 10, Xylham High (Kayla)
  NJ  Nina Joshi - school nurse
  TS  Tom Sykes - family support worker, Xylham Family Centre
  RB  Rob Bell - recovery worker, Horizons (Xylham drug + alcohol service)
APOLOGIES: PC Jess Wild, Xylham Police DA Unit (update by email)
Kayla did not want to come to the meeting; she saw LR beforehand (item 3).

1. MINUTES OF CG1 (06.1.26) - agreed as accurate.

2. UPDATES
2.1 LR - 3 home visits since CG1 (1 unannounced, 14.1, 7.40am). House warmer, beds made,
    food in. Back bedroom (Mason's) window still cracked + taped. Mason seen alone x2.
2.2 Police (by email) - no call-outs since 02.12.25. DH's bail ended 05.1.26, no charge.
2.3 DH - says "2 or 3 lines at weekends, never in the house, never with the kids here".
    Has not yet self-referred to Horizons. RB has left him 2 messages.
2.4 SB - started Freedom Programme 15.1 (1 of 12). Says things are calmer at home.
2.5 KO - Mason 89% since Christmas, late x4. Told his TA on Mon 12.1: "Dad was shouting at
    Mum about money."
2.6 AP - Kayla 94%. Quiet in form. Has asked about the sixth-form taster day.
2.7 TS - 2 of 6 routine sessions done. Breakfast club place for Mason offered from 26.1.
2.8 NJ - Mason weighed 15.1: BMI on the 4th centile (was 9th in Sept).
2.9 MB - doing Tues + Thurs after school. "Happy to, but I'm 66 and my knee's bad."

3. KAYLA + MASON'S VIEWS
Kayla (with LR before the meeting, 20.1): "It's been quieter since Christmas. I still sleep
with my headphones in. I want Mum to be OK. I'm not going to tell you if Dale's using, I'm
not getting in the middle." Scored home 6/10.
Mason (seen alone at school, 15.1): "Grandad's is best cos he makes proper dinners. When Dad
shouts I go in Kayla's room." Drew his house with a "loud room" (the kitchen).

4. SCALING (0 = kids must leave home, 10 = safe enough to close)
LR 4 | SB 7 | DH 7 | MB 5 | KO 4 | AP 5 | TS 5

5. OUTCOMES (from ICPC)
a) Kayla + Mason live in a home with no shouting, violence or drug use.
b) Mason gets to school every day on time + fed, and his weight goes up (BMI back above the
   9th centile).
c) Kayla has someone she trusts to talk to and is not the one looking after Mason.
d) The house is safe + warm, with a sound window in Mason's room.

6. CONTINGENCY (agreed at ICPC, reaffirmed today)
If there is any further violence or police call-out, or DH is under the influence of drugs
at home, DH leaves that day (he can stay at his brother's, 4 Mere Close) and LR (EDT out of
hours) holds a strategy discussion with police the same day. If DH will not leave, SB + the
kids can go to Xylham Women's Aid refuge that night. If DH is found using in the house, or
there is another call-out before the review conference, LR will ask the team manager (Sue
Gill) for a legal planning meeting within 5 working days.

7. NEXT MEETINGS
CG3: Tue 17.2.26, 10am, Xylham Family Centre; then every 4 wks (17.3.26).
RCPC: TBC - conference team to send the date.

8. ACTION LOG (CG2, 20.1.26)
Grouped by WHEN. A line's own timing overrides its group's.

THIS WEEK - w/c 19.1.26 (all by Fri 23.1.26)
01  LR - go through the safety plan at home w/ SB + DH (where the kids go if there is
    shouting, who they ring). Proof: safety plan signed by SB + DH on file, copies to KO + AP.
02  DH - self-refer to Horizons for his cocaine use (RB gave him the number again today).
    ASAP - by 22/01 latest. Proof: Horizons email to LR confirming his assessment date.
03  TS - breakfast club form to Xylham Juniors office for Mason's place from 26.1.
    Proof: Mason's name on the breakfast club register from 26.1.

BY END FEB (Fri 27.2.26) unless stated
04  RB (Horizons) - assess DH + written report to LR on his cocaine use, how it affects his
    care of Mason + Kayla, whether he can stop, and how long that is likely to take. Within
    2 wks of DH's referral. Proof: report on file, RB brings it to CG3.
05  SB - Freedom Programme, Thurs 10am, 12 wks (started 15.1). Wkly (Thurs).
    Proof: FP register to LR monthly.
06  TS - 4 remaining home sessions w/ SB on mornings + tea (breakfast, packed lunch, tea by
    6pm). 2x wk (Tue + Fri). Proof: to be reviewed at next CG.
07  LR - report broken back-bedroom window to Xylham Homes as urgent repair. Proof: -
08  NJ - weigh Mason at school fortnightly from 3/2 + go through a food diary w/ SB.
    Proof: NJ to monitor.
09  SB - GP appt for Mason re his weight + poor appetite; take the food diary.
    Proof: GP letter to LR.
10  LR - 3 direct work sessions w/ Mason (his house, who he can tell): w/c 2.2, 9.2 + 23.2.
    Proof: Mason's drawings + his own words on file, shown at CG4 (17.3).

EVERY WEEK - to the RCPC
11  LR - visit wkly (Tues), 1 in 3 unannounced incl. 1 before school; see Mason + Kayla
    alone. Proof: visit notes on LCS within 48 hrs, with each child's words.
12  MB - Mason after school Tues + Thurs, 3.15-6pm at 22 Orchard Close, tea included.
    Proof: MB texts LR each Thurs night; Mason asked at LR's visits.
13  KO - Mason's attendance, lateness + anything he says about home, emailed to LR every
    Fri. Proof: weekly email on file; attendance 95%+.

AT EACH CG
14  AP - Kayla's attendance + (with her agreement) what she has said to her mentor, in
    writing. Proof: written update handed in at each CG.
15  PC Jess Wild (Police DA Unit) - any call-outs or reports at 11 Fern Road since the last
    CG. Proof: police update email on file before each CG.

ON THE DAY
16  ALL AGENCIES - tell LR the same day about any disclosure of shouting, violence or drug
    use at home. Proof: logged on LCS as a contact.
17  KO + AP - if Mason or Kayla is absent without a reason, ring SB then LR by 10am.
    Proof: call logged on CPOMS + LCS.

AS REQUIRED
18  Gemma Lowe (SB's sister) - have Mason + Kayla to stay to give SB a break.
    Proof: Gemma texts LR after each stay.

ALSO
19  SB - get Kayla's eye test booked. Proof: appt letter shown to LR.
20  DH - fix the lock on the back gate. asap. Proof: new lock seen by LR.

Minutes: LR 21.1.26. Sent to all present + PC Wild + GP (Dr Obi, Fernside Surgery).
""",
    "findings": [
        F("M002", "4 remaining home sessions w/ SB on mornings + tea"),
        F("M001", "report broken back-bedroom window to Xylham Homes as urgent repair"),
        F("M002", "weigh Mason at school fortnightly from 3/2"),
        F("W002", "tell LR the same day about any disclosure of shouting"),
        F("T002", "have Mason + Kayla to stay to give SB a break"),
        F("T001", "get Kayla's eye test booked"),
        F("T002", "fix the lock on the back gate"),
        F("C003"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Xandleby: initial conference plan for a 14-month-old with faltering
#    growth, Word bullets under "So that ..." outcome headings, who / when /
#    how we will know in each bullet. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b166_xandleby_icpc_so_that_headings_bullets_inline_when_whitfield.docx",
    "doc_title": "Initial Child Protection Conference Plan - Ella Whitfield",
    "split": "tune",
    "actions": 15,
    "template": "icpc-plan-docx-kv-details-why-going-well-ellas-world-what-chloe-and-ryan-say-then-plan-as-bullets-under-numbered-so-that-outcome-headings-each-bullet-who-when-how-we-will-know-in-one-sentence-contingency-meetings",
    "description": (
        "Exemplary initial conference plan for a 14-month-old girl admitted to a children's ward "
        "with faltering growth (no medical cause found), living with her 19-year-old mother, a care "
        "leaver with depression; her father sees her at the home of the mother's former foster "
        "carer. Word bullets sit under four numbered 'So that ...' outcome headings; each bullet "
        "names who, when and how we will know in one sentence, with times as events and rhythms "
        "('before Ella is discharged', 'twice a week for the first two weeks after discharge, then "
        "weekly until the review conference', 'within 24 hours of any missed weighing', 'in the "
        "fortnight after discharge', 'six weeks after discharge') and measures as red book weights, "
        "food logs, clinic letters and visit records. The early intervention team reports on "
        "capacity to change, the GP owns work, the contingency covers the former foster carer being "
        "unable, and legal planning follows named triggers."
    ),
    "blocks": [
        ("title", "Child Protection Plan – Ella Whitfield"),
        ("p", "Xandleby Council · Children's Services · Initial child protection conference held on Ward 4 "
              "family room, Xandleby General Hospital, Thursday 15/01/2026"),
        ("kv", [
            ("Child", "Ella Whitfield, born 02/11/2024 (14 months)"),
            ("Where Ella is now", "Ward 4 (children's ward), Xandleby General Hospital, admitted 06/01/2026; "
                                  "discharge home planned for 20/01/2026"),
            ("Home", "Flat 12, Linden House, Station Road, Xandleby XA2 5RT"),
            ("Mother", "Chloe Whitfield (19)"),
            ("Father", "Ryan Tate (21), lives with his mother in Xandleby; sees Ella on Saturdays"),
            ("Important person", "Janet Moss, Chloe's former foster carer (“Nanna Jan” to Ella), 5 Linnet Way"),
            ("Social worker", "Molly Grant (team manager: Dave Lyons)"),
            ("Category", "Neglect"),
            ("Chair", "Frances Odell, Child Protection Chair"),
        ]),
        ("h1", "Why Ella has a plan"),
        ("p", "Ella was born on the 50th centile for weight. By her first birthday she had dropped to the 2nd "
              "centile, and on 06/01/2026 she weighed 7.4kg, below the 0.4th centile. The health visitor "
              "referred her to the paediatric team after three missed weighing appointments. On the ward every "
              "test has been normal, and Ella has gained 380g in nine days on regular meals and milk. Chloe has "
              "told us that since the autumn she has often stayed in bed until the afternoon, that Ella had "
              "milk and crisps on many days, and that she stopped taking her antidepressant in October. The "
              "flat has no working cooker and no high chair."),
        ("h1", "What is going well"),
        ("bullets", [
            "Chloe has stayed on the ward with Ella every day and most nights, and the nurses say she has "
            "learned Ella's feeding routine quickly.",
            "Chloe asked for help herself and restarted her sertraline on 08/01/2026.",
            "Janet has known Chloe since she was 11 and sees her every week. Ella is relaxed and eats well at "
            "Janet's house.",
            "Ryan has visited Ella on the ward three times and wants to be more involved.",
        ]),
        ("h1", "Ella's world"),
        ("p", "The Ward 4 nurses see a smiley, curious girl who crawls to the playroom door and pulls herself up "
              "to stand. She eats hungrily at set mealtimes, reaches for food from other children's trays, and "
              "cries when her bowl is taken away. When Chloe comes back from the ward kitchen Ella claps and "
              "crawls to her. On the health visitor's home visit on 18/12/2025, at 1pm, Ella was in her cot in "
              "a heavy nappy with an empty bottle, and Chloe was asleep in the next room. Janet says Ella "
              "“lights up” at Sunday lunch and always wants a second helping."),
        ("h1", "What Chloe and Ryan say"),
        ("p", "Chloe: “I didn't see how thin she was getting. I was just getting through the days. I want to get "
              "it right for her, and I want people to see I can.” Ryan: “I want to help Chloe and see Ella more. "
              "I didn't know things were that bad.”"),
        ("h1", "The plan"),
        ("p", "The plan is set out under what we want for Ella. Every bullet says who will do it, when, and how "
              "we will know it has happened."),
        ("h2", "1. So that Ella eats well and gains weight, back to at least the 2nd centile by the review "
               "conference"),
        ("bullets", [
            "Before Ella is discharged, Sarah Ng, the Ward 4 dietitian, will agree a written feeding plan with "
            "Chloe (three meals, two snacks and 400ml of whole milk a day) and send copies to the health "
            "visitor and the nursery; the plan will be in Ella's discharge summary.",
            "Anna Kerr, health visitor, will weigh Ella at home twice a week for the first two weeks after "
            "discharge, then weekly until the review conference on 09/04/2026, and email Molly each weight "
            "the same day; we will know it is working when Ella's weight climbs on her red book chart.",
            "Chloe will give Ella her meals at the times in the feeding plan and fill in the food chart every "
            "day from the day Ella comes home; Anna will read the chart at each visit and write down what "
            "Ella ate.",
            "Dr Oliver Reyes, consultant paediatrician, will see Ella in clinic six weeks after discharge "
            "(by 03/03/2026) and write to Chloe, the GP and Molly with her weight and length and his view "
            "on whether the feeding plan is working.",
            "Molly Grant will visit Ella at home within 24 hours of any missed weighing or clinic "
            "appointment; her visit record will show the date, that Ella was seen, and what she had eaten "
            "that day.",
        ]),
        ("h2", "2. So that Ella is cared for by a mum who is well enough to notice and meet her needs"),
        ("bullets", [
            "Kate Lomas, care co-ordinator in the Xandleby Early Intervention Mental Health Team, will see "
            "Chloe at home every week from 22/01/2026 and, before each core group, write to Molly with her "
            "view on whether Chloe is making the changes Ella needs and how long that is likely to take; "
            "the report will be on Ella's file before every core group.",
            "Dr Priya Menon, Chloe's GP at Westgate Surgery, will review Chloe's sertraline by 30/01/2026 "
            "and ring Molly the same day if Chloe misses the appointment; the outcome will be in a GP letter "
            "to Molly.",
            "Chloe will go to every appointment with Kate and take her sertraline each morning from the day "
            "she gets home; Kate's report will show the appointments kept and her tablet count.",
            "Tom Fairley, Chloe's personal adviser in the Xandleby Leaving Care Team, will help Chloe apply "
            "for a Household Support Fund grant for a high chair and a cooker repair by the end of January "
            "(30/01/2026); Molly will see the high chair and the working cooker at her next visit.",
        ]),
        ("h2", "3. So that Ella is seen often and her life at home is known"),
        ("bullets", [
            "Molly Grant, social worker, will visit Ella at home every week from the day she is discharged "
            "until the review conference, one visit in three unannounced and one at teatime; each visit "
            "record will describe what Ella ate, how she was and how Chloe responded to her.",
            "Sunbeams Nursery (key worker, Leanne Booth) will have Ella on Tuesday, Wednesday and Thursday "
            "mornings from 27/01/2026 and record what she eats at snack and lunch; the nursery food log will "
            "be emailed to Molly every Friday.",
            "Janet Moss will have Chloe and Ella for Sunday lunch every week and text Molly that evening with "
            "what Ella ate and anything that worried her; Molly will keep the texts on file.",
            "Ryan will see Ella every Saturday from 10am to 2pm at Janet's house and give her lunch there; "
            "Janet will write in the contact book what Ella ate and how the visit went, and Molly will read "
            "it at her visits.",
        ]),
        ("h2", "4. So that Ella is safe at home"),
        ("bullets", [
            "Chloe, with Tom Fairley's help, will get a fireguard fitted to the gas fire before Ella is "
            "discharged; Molly will see it fitted at her first home visit.",
            "In the fortnight after discharge (by 03/02/2026), Molly will do two sessions with Chloe on "
            "Ella's cues for hunger, tiredness and play, using clips filmed on the ward; Chloe's own notes on "
            "what each cue means will go on Ella's file.",
        ]),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Ella loses weight at two weighings running, or misses a weighing and cannot be seen within 24 "
            "hours, Anna will ring Dr Reyes and Molly the same day, and Ella will be seen on the children's "
            "assessment unit that day.",
            "If Chloe says she cannot cope, has thoughts of harming herself or Ella, or stops her sertraline, "
            "Kate (or the crisis team out of hours) will see her that day, and Ella will stay with Janet at 5 "
            "Linnet Way until Chloe has been seen.",
            "If Janet cannot have Ella or can no longer help (she is ill, or she tells Molly), Ryan's Saturday "
            "time will move to Xandleby Family Centre with a contact worker, and if Ella needs somewhere to "
            "stay and no other safe adult is available, Molly will place her with Xandleby foster carers that "
            "night.",
            "If Ella has not reached the 2nd centile by the core group on 25/03/2026, or she loses weight at "
            "two weighings running after discharge, Molly will ask Dave Lyons for a legal planning meeting "
            "within five working days.",
        ]),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group: Wednesday 28/01/2026 (within ten working days), then every four weeks – 25/02/2026 and "
            "25/03/2026 – at 1.30pm at Xandleby Family Centre.",
            "Review child protection conference: Thursday 09/04/2026, 10am, Xandleby Civic Centre.",
        ]),
        ("p", "Agreed at the conference on 15/01/2026. Present: Chloe Whitfield, Ryan Tate, Janet Moss (for part), "
              "Molly Grant, Anna Kerr, Dr Oliver Reyes, Sarah Ng, Kate Lomas, Tom Fairley, Leanne Booth. "
              "Apologies: Dr Priya Menon (report sent)."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. Xennick: initial conference plan, Word table Ref / Action / Lead /
#    Timing / What we will see, timing cells "*" and "**" keyed to a note
#    above the table, printed to PDF with header and footer. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b166_xennick_icpc_starred_timing_key_what_we_will_see_doherty.pdf",
    "doc_title": "Child Protection Plan - Liam and Evie Doherty",
    "split": "tune",
    "actions": 16,
    "min_pages": 2,
    "header": "Xennick Borough Council – Child Protection Plan – Liam and Evie Doherty",
    "footer": "OFFICIAL-SENSITIVE · Initial conference 27/01/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "icpc-plan-paged-header-footer-kv-details-why-strengths-liam-and-evie-in-their-words-outcomes-then-ref-action-lead-timing-what-we-will-see-table-timing-star-codes-keyed-in-a-note-above-table-contingency-meetings-and-legal-planning",
    "description": (
        "Initial conference plan for a 10-year-old and a 6-year-old (domestic abuse: the father threw "
        "a chair that hit the boy; the mother's low mood treated by her GP; the father now at his "
        "brother's) in a Word table Ref / Action / Lead / Timing / What we will see, printed to PDF "
        "with a header and footer. A note above the table keys the timing codes ('* = by the review "
        "conference on 21/04/2026', '** = at every core group'); other timings are clipped ('Wkly "
        "(Mon) to 21/04/2026', '2x wk (Tue + Sat)', 'Fortnightly from 3/2', 'Feb 26', 'within 24 "
        "hours of any call-out'). Faults: Choices 'Start date TBC'; school counselling for Liam 'As "
        "required'; Evie's teacher's row proved by 'School will keep an eye on this'; family support "
        "'To be reviewed'; the speech and language referral with Lead '-'; and a contingency of "
        "'further concerns' met only by discussion and an early core group."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Xennick Borough Council · Children's Social Care · Initial Child Protection Conference"),
        ("kv", [
            ("Children", "Liam Doherty (10), born 08/07/2015 · Evie Doherty (6), born 30/03/2019"),
            ("Address", "3 Marsh Terrace, Xennick XN5 8QB"),
            ("Mother", "Niamh Doherty (35), lives with the children"),
            ("Father", "Sean Doherty (38), staying with his brother Declan at 14 Quay Street since 06/01/2026"),
            ("Maternal grandmother", "Bernie Flynn, 40 Harbour Road, Xennick"),
            ("School", "St Brendan's Primary (Liam Year 6, Evie Year 1)"),
            ("Social worker", "Aoife Kerr (team manager: Paul Denton)"),
            ("Conference", "Initial child protection conference, Tuesday 27/01/2026. Chair: Graham Lister"),
            ("Category", "Emotional abuse"),
        ]),
        ("h1", "Why there is a plan"),
        ("p", "On 05/01/2026 Sean and Niamh argued late at night. Sean threw a kitchen chair, which hit Liam on "
              "the arm as he came down the stairs; Liam had a large bruise. Police attended. It was the fourth "
              "police call-out to Marsh Terrace in a year, and the first in which a child was hurt. Both "
              "children have heard arguments and shouting for a long time. Sean has agreed to stay at his "
              "brother's while the plan is in place. Niamh has low mood, and her GP prescribed sertraline in "
              "November."),
        ("h1", "What is working well"),
        ("bullets", [
            "Niamh called the police herself on 05/01/2026 and has kept to the safety plan since.",
            "Sean has admitted throwing the chair and has asked for help with his temper.",
            "Both children's attendance is above 95%, and school describes Evie as settled and happy.",
            "Bernie lives ten minutes away and the children love staying at her house.",
        ]),
        ("h1", "Liam and Evie in their own words"),
        ("p", "Liam (seen alone at school, 20/01/2026): “Dad didn't mean it to hit me but it still hurt. I get a "
              "funny tummy when they start. I want Dad to come home but only if he stops shouting.” He drew "
              "his family with himself standing between his mum and dad."),
        ("p", "Evie (seen at home, 22/01/2026): “I hide under my quilt with Bun-Bun when it's loud.” She said "
              "she likes “Nanny Bernie's” best because “there's a cat and nobody shouts”. Niamh says Evie has "
              "started wetting the bed again since the new year."),
        ("h1", "What we want for Liam and Evie"),
        ("numbers", [
            "Liam and Evie live in a home where there is no violence and no shouting that frightens them.",
            "Liam and Evie see their dad safely, at times they know about, without being caught up in "
            "arguments.",
            "Liam can say how he feels and who he can go to, and Evie's sleep and wetting settle.",
            "Liam and Evie know that what happened was not their fault, and each has an adult they can talk to "
            "about it.",
        ]),
        ("h1", "The plan"),
        ("p", "Timing key: * = by the review conference on 21/04/2026. ** = at every core group (every 4 weeks "
              "from 10/02/2026). Other timings are written in the cell."),
        ("table", {
            "header": ["Ref", "Action", "Lead", "Timing", "What we will see"],
            "widths": [1.0, 6.2, 3.2, 2.8, 3.8],
            "rows": [
                ["1",
                 "Visit Liam and Evie at home and see each of them on their own; at least one visit a month "
                 "unannounced",
                 "Aoife Kerr (SW)",
                 "Wkly (Mon) to 21/04/2026",
                 "Visit records with each child's words; seen-alone dates on the case summary"],
                ["2",
                 "Direct work with Liam about what he saw on 05/01/2026, ending with his own safety plan",
                 "Aoife Kerr (SW)",
                 "3 sessions by end Feb",
                 "Liam's safety plan in his own words on file, signed by him"],
                ["3",
                 "Refer Sean to the Xennick Choices domestic abuse behaviour change programme",
                 "Aoife Kerr (SW)",
                 "By 06/02/2026",
                 "Referral acknowledgement letter on file"],
                ["4",
                 "Complete the Choices domestic abuse behaviour change programme (24 sessions)",
                 "Sean Doherty (dad)",
                 "Start date TBC",
                 "Choices attendance register and end-of-course report to the SW"],
                ["5",
                 "Contact with Liam and Evie at Xennick Family Centre, supervised by a contact worker",
                 "Lisa Patel, contact worker, Xennick Family Centre",
                 "2x wk (Tue + Sat)",
                 "Contact record after each session, with how the children were before and after"],
                ["6",
                 "Offer Niamh an IDVA, a risk assessment and a safety plan for her and the children",
                 "Rosa Lim, Xennick IDVA Service",
                 "First contact within 48 hours of referral; referral sent 28/01/2026",
                 "DASH risk assessment and safety plan agreed with Niamh, copy to the SW"],
                ["7",
                 "Go to the Freedom Programme (12 weeks)",
                 "Niamh Doherty (mum)",
                 "Thursdays from 05/02/2026",
                 "Freedom Programme register sent to the SW monthly"],
                ["8",
                 "Review Niamh's low mood and her sertraline, and tell the SW how she is coping with the "
                 "children's care",
                 "Dr Farah Aziz (GP), Quayside Medical Centre",
                 "By 13/02/2026",
                 "GP letter to the SW"],
                ["9",
                 "Daily check-in with Liam with his learning mentor, who records how he is",
                 "Mrs Helen Ward, learning mentor, St Brendan's Primary",
                 "Every school day",
                 "Check-in sheet with Liam's own 1-5 mood rating each day, summary emailed to the SW each "
                 "Friday"],
                ["10",
                 "Watch how Evie plays and behaves in class",
                 "Miss Amrit Kaur, Evie's class teacher",
                 "**",
                 "School will keep an eye on this"],
                ["11",
                 "Share any call-out or report involving Sean or Marsh Terrace with the SW",
                 "DS Karl Noble, Xennick Police Domestic Abuse Unit",
                 "Within 24 hours of any call-out",
                 "Police notification logged on the case file"],
                ["12",
                 "Referral to the speech and language therapy drop-in for Evie's speech sounds",
                 "-",
                 "By 13/02/2026",
                 "Appointment letter on file"],
                ["13",
                 "Parenting assessment with Niamh, and with Sean separately",
                 "Aoife Kerr (SW)",
                 "*",
                 "Written assessment shared with Niamh, Sean and the conference"],
                ["14",
                 "Counselling sessions for Liam in school with the school counsellor",
                 "Mr Tom Reilly, school counsellor, St Brendan's Primary",
                 "As required",
                 "Counselling log with session dates; Liam's own goals sheet copied to the SW"],
                ["15",
                 "Family support sessions with Niamh on routines and boundaries after the incident",
                 "Jade Moore, family support worker",
                 "Fortnightly from 3/2",
                 "To be reviewed"],
                ["16",
                 "See Evie about her bedwetting and agree a plan with Niamh",
                 "Sian Pugh, school nurse",
                 "Feb 26",
                 "Wetting diary and plan copied to the SW; dry nights counted on the diary"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If there are any further concerns about Liam and Evie's safety, Aoife will discuss this with her "
              "manager and an early core group will be called to review the plan."),
        ("h1", "Meetings and legal planning"),
        ("bullets", [
            "Core group: every 4 weeks, Tuesdays at 3.30pm at St Brendan's Primary – 10/02/2026, 10/03/2026 and "
            "07/04/2026.",
            "Review child protection conference: Tuesday 21/04/2026, 2pm, Xennick Town Hall.",
            "If at the core group on 07/04/2026 not enough has changed (Sean has not started Choices, or "
            "Liam's check-ins still show him frightened at home), Aoife will request a legal planning meeting "
            "with Paul Denton before the review conference.",
        ]),
    ],
    "findings": [
        F("T002", "Complete the Choices domestic abuse behaviour change programme"),
        F("T002", "Counselling sessions for Liam in school with the school counsellor"),
        F("M002", "Watch how Evie plays and behaves in class"),
        F("M002", "Family support sessions with Niamh on routines and boundaries"),
        F("W001", "Referral to the speech and language therapy drop-in for Evie"),
        F("C002"),
    ],
})
