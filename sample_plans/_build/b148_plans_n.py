"""Batch 148, module n: seven fictional plans (held-out material), places beginning with "n".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: plans as case-management systems print or export them, each from a
different invented system and in its own layout: a Word export with a
label/value case table and one small grid per task ("TASK REF CP-0412"); a
landscape Word export with "Action n of m" blocks of two label/value pairs a
row and tick boxes for frequency; a Courier print saved as PDF with dot-leader
fields, "Item n of m" cards and a page header and footer on every page; a
landscape task report saved as PDF whose ruled table header repeats on each
page; a pre-birth print pasted into Markdown with labels stacked over their
values and page headers kept; a Title Case "Field: value" print pasted into
Markdown with two pairs on a line, tick boxes, an empty "Date Completed:"
field and one closed task; and a plain-text fixed-width report whose rows
wrap over several lines and whose header repeats on each page.

Five are exemplary (no findings): the two Word exports (a baby on buprenorphine
withdrawal at an initial conference; a disabled boy whose epilepsy medicine was
missed, at a first review), the Courier print (a 15-year-old after domestic
abuse, revised at core group 2), the stacked-field pre-birth print and the
Title Case second-review print (a father's alcohol dependence, his sister's
help). Two carry a realistic mix of faults among mostly good rows: the
landscape task report (a mother with bipolar disorder, grandparents helping)
and the fixed-width core group report (a mother's cocaine and alcohol use).

Counting actions (convention 1): every live task grid, action block, item
card, stacked task or table row of the plan's task section counts, one
action each. Safety arrangements, contingency, review arrangements, case
details and views hold no actions. A one-off task shown as closed and
completed is work already done and is not counted (one in the Title Case
print, one in the "closed tasks" list of the fixed-width report); ongoing
work whose status says "Achieved" still counts.
"""
from build_batch5 import F, H

PLANS = []


# ---------------------------------------------------------------------------
# 1. Initial conference plan, baby of 11 weeks born with neonatal abstinence
#    syndrome, mother on buprenorphine with a heroin lapse, father's cannabis
#    use, maternal grandmother staying two nights a week. Word export from
#    "CareFile 4": label/value case table, household table, objectives table,
#    one two-column grid per task with a merged TASK REF banner, trigger /
#    response contingency table, review table, audit line. Exemplary (docx)
# ---------------------------------------------------------------------------
def _task(ref, objectives, task, person, role, start, due, evidence, status="Open"):
    return ("table", {
        "widths": [4.6, 12.4],
        "bold_first_col": True,
        "rows": [
            [f"TASK REF {ref}        Linked objective(s): {objectives}", H],
            ["Task", task],
            ["Responsible person", person],
            ["Agency / role", role],
            ["Start date", start],
            ["Due date / frequency", due],
            ["Evidence of completion", evidence],
            ["Status", status],
        ],
    })


PLANS.append({
    "name": "b148_nabthorne_icpc_export_task_ref_grids_reid.docx",
    "doc_title": "Child Protection Plan - Amara Reid - CareFile 4 export",
    "split": "heldout",
    "actions": 9,
    "template": "case-system-word-export-carefile-header-footer-label-value-case-table-household-table-reason-lived-experience-parents-views-objectives-table-then-one-two-column-grid-per-task-ref-banner-responsible-role-start-due-evidence-status-then-trigger-response-contingency-table-review-table-audit-line",
    "description": (
        "Exemplary initial conference plan for an 11-week-old girl born with neonatal abstinence "
        "syndrome, whose mother is on buprenorphine after heroin use and lapsed in December, and "
        "whose father smokes cannabis. A Word export from a case system: a label/value case "
        "table, a household table, an objectives table, then one two-column grid per task under "
        "a merged 'TASK REF' banner (responsible person, agency / role, start, due / frequency, "
        "evidence of completion, status). The adult substance misuse service reports on change "
        "for both parents, the GP owns a task, the grandmother's nights have a fallback in the "
        "trigger / response contingency table, legal planning follows named triggers, core "
        "group dates and the review conference date are set, and the baby's observed day is "
        "recorded."
    ),
    "header": "OFFICIAL-SENSITIVE  ·  Amara REID  ·  Person ID 7730412  ·  Exported 19/01/2026",
    "footer": "CareFile 4  ·  Child Protection Plan (Initial)  ·  Page {PAGE} of {NUMPAGES}",
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Nabthorne Council · Children's Services · CareFile 4 · Form CPP-1 (Initial conference)"),
        ("table", {
            "widths": [4.6, 12.4],
            "bold_first_col": True,
            "rows": [
                ["Child name", "Amara REID"],
                ["Person ID", "7730412"],
                ["Date of birth", "28/10/2025 (11 weeks at conference)"],
                ["Gender", "Female"],
                ["Address", "Flat 3, 41 Tanner's Row, Nabthorne NB2 5HL"],
                ["Legal status", "Not looked after – lives at home with her mother"],
                ["Category of plan", "Neglect"],
                ["Conference type", "Initial child protection conference"],
                ["Conference date", "15/01/2026, Nabthorne Civic Centre"],
                ["Chair (IRO)", "Rosalind Achterberg"],
                ["Allocated worker", "Joy Mensah, Social Worker, Assessment and Safeguarding Team 3"],
                ["Team manager", "Carl Whitty"],
                ["Plan status", "ACTIVE"],
            ],
        }),
        ("h2", "Household and Network"),
        ("table", {
            "header": ["Name", "Relationship to Amara", "Lives at", "Part in this plan"],
            "widths": [3.6, 3.6, 4.6, 5.2],
            "rows": [
                ["Chantelle Reid (24)", "Mother", "With Amara, Flat 3, 41 Tanner's Row", "Main carer"],
                ["Daniel Okafor (29)", "Father", "8 Heron Close, Nabthorne, with his mother",
                 "Visits every day, 4pm to 7pm"],
                ["Paula Reid (51)", "Maternal grandmother", "14 Kestrel Walk, Nabthorne",
                 "Stays at the flat on Friday and Saturday nights"],
                ["Grace Okafor (56)", "Paternal grandmother", "8 Heron Close, Nabthorne",
                 "Back-up carer named in the contingency"],
            ],
        }),
        ("h2", "Reason for Plan"),
        ("p", "Chantelle used heroin from the age of 19 until March 2025 and is prescribed buprenorphine by "
              "Nabthorne Substance Misuse Service, collected daily from the pharmacy. Amara was born at 37 weeks "
              "and spent 16 days on the special care baby unit at Nabthorne General Hospital being treated for "
              "withdrawal. She went home on 13/11/2025. In December her weight fell from the 25th to the 9th "
              "centile, two health visitor appointments were missed, Chantelle's urine screen of 18/12/2025 was "
              "positive for heroin, and on 22/12/2025 the health visitor found Chantelle asleep on the sofa with "
              "Amara lying on her chest. Daniel smokes cannabis most evenings and says he only smokes outside."),
        ("h2", "Child's Lived Experience"),
        ("p", "Amara is a small baby who still startles at loud noises and arches her back when she is upset, "
              "which the neonatal team say is common after withdrawal. On the SW's visit of 09/01/2026 she "
              "cried for several minutes in her bouncer while Chantelle looked for a clean bottle; when "
              "Chantelle picked her up, swaddled her and fed her slowly she calmed and held Chantelle's gaze. "
              "She settles quickest on Paula's shoulder with the light low. She wakes every three hours in the "
              "night. Paula's feed chart shows she finishes 4oz feeds when fed upright and burped halfway."),
        ("h2", "Parent's Views"),
        ("p", "Chantelle: “I used once before Christmas because I hadn't slept for days and I hate myself for "
              "it. I don't want Amara going anywhere. Mum staying at weekends has been the only time I've "
              "slept.” Daniel said he wants to be a good dad, accepts he should not smoke before he holds "
              "Amara, and agreed to see the substance misuse service."),
        ("h2", "Plan Objectives"),
        ("table", {
            "header": ["Ref", "What needs to be different for Amara"],
            "widths": [1.6, 15.4],
            "rows": [
                ["O1", "Amara is fed on time and gains weight steadily, climbing back towards the 25th centile "
                       "by the review conference."],
                ["O2", "Amara sleeps on her back in her own Moses basket or cot at every sleep, day and night."],
                ["O3", "Amara is cared for at all times by an adult who is not under the influence of drugs or "
                       "alcohol and is awake when she is awake."],
                ["O4", "Amara's health appointments, follow-up clinics and immunisations all happen when they "
                       "are due."],
            ],
        }),
        ("h2", "Tasks"),
        ("p", "Nine tasks were agreed at conference. Each task is shown in its own grid as exported."),
        _task("CP-0412", "O1, O2, O3",
              "Visit Amara at home and see her awake, being handled and fed by her carers; look at where she "
              "sleeps at every visit; at least one visit in three unannounced",
              "Joy Mensah", "Social Worker, Nabthorne Children's Services", "16/01/2026",
              "Weekly until the review conference on 09/04/2026",
              "CareFile visit records show Amara seen every week, where she was sleeping and how Chantelle "
              "responded when she cried"),
        _task("CP-0413", "O1, O2",
              "Weigh Amara and plot her weight in her red book, and check her sleeping space is clear",
              "Rachel Dunn", "Health Visitor, Nabthorne Community Health", "20/01/2026",
              "Every two weeks (Tuesdays) until the review conference",
              "Weight on or above the 9th centile at every weigh and rising towards the 25th by 09/04/2026; "
              "Moses basket seen clear at every visit; visit record emailed to the SW the same week"),
        _task("CP-0414", "O3",
              "Supervised daily buprenorphine dispensing, weekly key-work and fortnightly urine screens for "
              "Chantelle, and a written report to each core group on whether she is stable, whether she is "
              "making the changes Amara needs and how long further change is likely to take",
              "Lewis Grant", "Recovery Worker, Nabthorne Substance Misuse Service (adult)", "16/01/2026",
              "Key-work weekly; report two working days before each core group",
              "Screen results and the written report on CareFile before every core group"),
        _task("CP-0415", "O3",
              "Take her buprenorphine as dispensed, go to every key-work session and use no heroin or other "
              "street drugs, so that she is clear-headed whenever she is caring for Amara",
              "Chantelle Reid", "Mother", "16/01/2026",
              "Every day; key-work every Tuesday at 11am",
              "Lewis Grant's reports show every key-work session attended and every screen negative for "
              "heroin"),
        _task("CP-0416", "O3",
              "Assess Daniel's cannabis use and report to the core group on whether he can care for Amara "
              "safely on his own and what would need to change",
              "Priya Bains", "Recovery Worker, Nabthorne Substance Misuse Service (adult)",
              "First appointment by 30/01/2026",
              "Written assessment by the core group on 26/02/2026",
              "Assessment report shared with every core group member at the core group on 26/02/2026"),
        _task("CP-0417", "O3, O4",
              "Send the SW a summary of Chantelle's and Daniel's health history that bears on Amara's care, "
              "and tell the SW if Chantelle misses a prescription review",
              "Dr Hamid Qureshi", "GP, Millgate Surgery", "16/01/2026",
              "Summary by 30/01/2026; any missed review reported within 2 working days",
              "GP letter on CareFile by 30/01/2026; each missed review logged on CareFile"),
        _task("CP-0418", "O1, O2, O3",
              "Stay at the flat every Friday and Saturday night, do Amara's night feeds with Chantelle and "
              "write each feed on the feed chart",
              "Paula Reid", "Maternal grandmother", "16/01/2026",
              "Every Friday and Saturday night until the review conference",
              "Feed chart filled in for both nights and checked by the SW at the Monday visit; Paula texts "
              "the SW each Saturday and Sunday morning"),
        _task("CP-0419", "O1, O2, O3",
              "Parenting assessment of Chantelle and Daniel, with observed feeds, bath times and settling at "
              "night",
              "Kerry Blythe", "Family Support Worker, Nabthorne Early Help", "22/01/2026",
              "Six sessions; written assessment by 12/03/2026",
              "Written parenting assessment with recommendations shared with the core group by 12/03/2026"),
        _task("CP-0420", "O4",
              "Take Amara to her 12-week immunisations at Millgate Surgery and to her neonatal follow-up clinic "
              "at Nabthorne General Hospital (Paula to go with her to the clinic)",
              "Chantelle Reid", "Mother", "16/01/2026",
              "Immunisations by 30/01/2026; clinic appointment on 10/02/2026",
              "Immunisations entered in the red book and the GP record; clinic letter copied to the HV and "
              "the SW"),
        ("h2", "Contingency Arrangements"),
        ("table", {
            "header": ["If (trigger)", "Then (response)"],
            "widths": [6.8, 10.2],
            "rows": [
                ["Chantelle has a screen positive for heroin, misses two doses in a row at the pharmacy, or is "
                 "seen under the influence while caring for Amara",
                 "Amara goes to Paula's home at 14 Kestrel Walk that day and Chantelle sees her there only while "
                 "Paula is present; Joy Mensah holds a strategy discussion the same day."],
                ["Amara loses weight at two weighs in a row, falls below the 9th centile, or is found asleep "
                 "anywhere other than her Moses basket or cot",
                 "The HV tells the SW the same day; Amara is seen by the GP within 24 hours; Paula stays at the "
                 "flat every night until the next core group."],
                ["Paula cannot stay the nights or look after Amara (she is ill, away or cannot manage)",
                 "Grace Okafor stays at the flat or has Amara at 8 Heron Close for those nights; if neither "
                 "grandmother can, Joy arranges that day a parent-and-baby foster placement for Chantelle and "
                 "Amara, or an emergency foster carer for Amara."],
                ["Insufficient progress: two positive screens before the review, Daniel uses cannabis while "
                 "caring for Amara, or the parenting assessment finds the changes cannot be made in Amara's "
                 "timescale",
                 "Joy asks Carl Whitty for a legal planning meeting within 5 working days, to decide whether to "
                 "start the Public Law Outline."],
            ],
        }),
        ("h2", "Review Arrangements"),
        ("table", {
            "widths": [4.6, 12.4],
            "bold_first_col": True,
            "rows": [
                ["Core group frequency", "Every 4 weeks, Thursdays 2pm, Tanner's Row Family Hub"],
                ["Core group dates", "29/01/2026 (first, within 10 working days), 26/02/2026, 26/03/2026"],
                ["Review conference", "09/04/2026, 10:00, Nabthorne Civic Centre"],
                ["Amara's day", "The SW brings a written note of what she has seen of Amara's day to every "
                                "core group and to the review conference"],
            ],
        }),
        ("p", "Record created 15/01/2026 16:42 by JMENSAH · Last amended 19/01/2026 09:10 by JMENSAH · "
              "Authorised 19/01/2026 by CWHITTY · Version 1.2"),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. First review conference plan, autistic boy of 9 with epilepsy whose
#    medicine was missed, and his sister of 4; mother with depression.
#    Landscape Word export from "SafeSteps": a case summary grid of two
#    label/value pairs a row, then one long table of "ACTION n OF 9" blocks
#    (banner row, two pairs a row, tick boxes for frequency, progress at the
#    review). Exemplary (docx)
# ---------------------------------------------------------------------------
def _block(n, ref, objs, action, who, agency, start, target, freq, nxt, measure, progress):
    return [
        [f"ACTION {n} OF 9        Ref {ref}        Objectives {objs}", H, H, H],
        ["Action", action, "Action ref", ref],
        ["Responsible officer", who, "Agency / role", agency],
        ["Start", start, "Target / end", target],
        ["Frequency", freq, "Next check", nxt],
        ["Success measure", measure, "Progress at RCPC 1", progress],
    ]


_NEB_ROWS = (
    _block(1, "SS-A01", "O2, O3",
           "Visit Mason and Ruby at home; see Ruby on her own and see Mason with his now-and-next board and "
           "communication book; one visit in three unannounced",
           "Lakshmi Acharya", "Social Worker, Children with Disabilities Team", "21/10/2025",
           "Until the second review conference, 14/07/2026",
           "[ ] Weekly  [X] Fortnightly  [ ] Monthly  [ ] Other", "Visit due by 03/02/2026",
           "SafeSteps visit records show both children seen every two weeks, Ruby's words and Mason's signs "
           "and behaviour written down",
           "Met – seen weekly to December, fortnightly since")
    + _block(2, "SS-A02", "O1",
             "Give Mason his sodium valproate at 8am and 8pm and sign his medication chart after each dose",
             "Leanne Tolley", "Mother", "21/10/2025", "Every day until 14/07/2026",
             "[ ] Weekly  [ ] Fortnightly  [ ] Monthly  [X] Other: twice a day", "School nurse chart check, "
             "Mondays",
             "Chart signed for every dose; school nurse sees the chart each Monday; Mason's valproate level in "
             "range at his blood test by 27/02/2026",
             "Partly met – two missed doses in November, none since")
    + _block(3, "SS-A03", "O1",
             "See Mason in the epilepsy clinic, go through his seizure diary, arrange his blood test and write "
             "to the SW after each appointment",
             "Sian Howells", "Paediatric Epilepsy Nurse Specialist, Nebbingley Children's Hospital",
             "21/10/2025", "Blood test by 27/02/2026; clinic until 14/07/2026",
             "[ ] Weekly  [ ] Fortnightly  [ ] Monthly  [X] Other: every 6 weeks", "Clinic 10/02/2026",
             "Clinic letter to the SW within a week of each appointment giving attendance, seizure count and "
             "blood level",
             "Met – clinic kept on 02/12/2025 and 13/01/2026")
    + _block(4, "SS-A04", "O1, O2",
             "Visit Leanne at home, and give each core group a written assessment of whether she is making the "
             "changes Mason and Ruby need, what still has to change and how long that is likely to take",
             "Tomasz Wilk", "Care co-ordinator, Nebbingley Community Mental Health Team", "11/11/2025",
             "Report two working days before each core group",
             "[ ] Weekly  [X] Fortnightly  [ ] Monthly  [ ] Other", "Report due 02/03/2026",
             "Written assessment on SafeSteps before every core group, with Tomasz's view of the likely "
             "timescale",
             "Met – reports received for both core groups")
    + _block(5, "SS-A05", "O1, O2",
             "Review Leanne's antidepressant, and tell the SW within 2 working days if she misses a review or "
             "a prescription collection for herself or for Mason",
             "Dr Eleni Markou", "GP, Poppyfield Medical Practice", "21/10/2025",
             "Next review by 06/02/2026; then until 14/07/2026",
             "[ ] Weekly  [ ] Fortnightly  [ ] Monthly  [X] Other: every 8 weeks", "Review 06/02/2026",
             "GP letter to the SW after each review; pharmacy collection dates for Mason's medicine match his "
             "chart",
             "Met")
    + _block(6, "SS-A06", "O1, O2",
             "Record Mason's attendance, how he arrives (fed, clean, dry), his seizure log and his signs about "
             "home, and phone the SW the same day with any worry",
             "Mrs Joanne Frith", "DSL, Larkspur Specialist School", "21/10/2025", "Every school day until "
             "14/07/2026",
             "[ ] Weekly  [ ] Fortnightly  [ ] Monthly  [X] Other: every school day", "Weekly e-mail, Fridays",
             "Weekly e-mail to the SW with attendance (95% or more), the arrival checks and the seizure log; "
             "same-day calls logged on SafeSteps",
             "Met – 96% since October; one same-day call")
    + _block(7, "SS-A07", "O2, O3",
             "Record Ruby's attendance and how she arrives, and ask her each Friday how home has been",
             "Amy Rowe", "Key person, Little Wrens Nursery", "21/10/2025", "Every session until 14/07/2026",
             "[ ] Weekly  [ ] Fortnightly  [ ] Monthly  [X] Other: every session, Mon–Thu am",
             "Attendance sent 06/02/2026",
             "Attendance of 90% or more sent to the SW every two weeks; Ruby's words in her key-person log, "
             "shared at each core group",
             "Met – 92%")
    + _block(8, "SS-A08", "O4",
             "Saturday club place for Mason, with his communication passport shared with the club staff",
             "Dev Mistry", "Short Breaks Co-ordinator, Nebbingley Disabled Children's Team", "24/01/2026",
             "Every Saturday until 14/07/2026",
             "[X] Weekly  [ ] Fortnightly  [ ] Monthly  [ ] Other", "First session 24/01/2026",
             "Club register shows Mason there at least three Saturdays in four; staff note of what he enjoyed "
             "sent to the SW each month",
             "New at RCPC 1")
    + _block(9, "SS-A09", "O2, O4",
             "Go to the six-week 'Understanding Mason' course for parents of autistic children and use the "
             "now-and-next routine with Mason at home",
             "Leanne Tolley (course leader Fiona Gale reports to the SW)", "Nebbingley Parent Partnership",
             "28/01/2026", "04/03/2026",
             "[X] Weekly  [ ] Fortnightly  [ ] Monthly  [ ] Other", "Course report 11/03/2026",
             "Attendance at 5 of 6 sessions; Fiona Gale's end-of-course report; the SW sees the now-and-next "
             "board in use at home visits",
             "New at RCPC 1")
)

PLANS.append({
    "name": "b148_nebbingley_rcpc_action_blocks_tickbox_pairs_tolley.docx",
    "doc_title": "Child Protection Plan (Review) - Mason and Ruby Tolley - SafeSteps",
    "split": "heldout",
    "actions": 9,
    "landscape": True,
    "template": "case-system-word-export-landscape-safesteps-header-footer-summary-grid-two-label-value-pairs-a-row-reason-changes-childs-views-signs-and-words-parents-views-objectives-then-one-table-of-action-n-of-m-blocks-banner-two-pairs-a-row-tick-box-frequency-progress-then-contingency-review-audit",
    "description": (
        "Exemplary first review conference plan for a 9-year-old autistic boy with epilepsy whose "
        "medicine was missed, and his 4-year-old sister; their mother has depression. A landscape "
        "Word export from a case system: a summary grid of two label/value pairs a row, then one "
        "long table of 'ACTION n OF 9' blocks, each with a merged banner row, two label/value "
        "pairs a row, tick boxes for frequency ('[X] Fortnightly'), a next check and the "
        "progress at the review. The community mental health team assesses the mother's capacity "
        "to change, the GP and epilepsy nurse own actions, the boy's signs and the girl's words "
        "are recorded, the contingency names the father and a foster fallback and a legal "
        "planning meeting after named triggers, core group dates and the next review are set."
    ),
    "header": "OFFICIAL-SENSITIVE   SafeSteps   CP Plan – Review   Mason and Ruby TOLLEY   Case 55-10387",
    "footer": "Printed from SafeSteps 22/01/2026 10:31 by L.ACHARYA   Page {PAGE} of {NUMPAGES}",
    "blocks": [
        ("title", "Child Protection Plan – Review"),
        ("p", "Nebbingley Borough Council · Children and Families · SafeSteps case management · Plan version 2 "
              "(agreed at the first review conference)"),
        ("table", {
            "widths": [4.0, 9.0, 3.7, 9.0],
            "bold_first_col": True,
            "rows": [
                ["Child 1", "Mason Tolley (9), DOB 03/06/2016", "Child 2", "Ruby Tolley (4), DOB 19/09/2021"],
                ["Address", "17 Poppyfield Road, Nebbingley NE7 3RB", "Category", "Neglect (both children)"],
                ["Mother", "Leanne Tolley (33), lives with the children", "Father",
                 "Craig Tolley (36), 2 Ashdown Court, Nebbingley; has the children every other weekend"],
                ["ICPC", "21/10/2025", "This review", "RCPC 1, 20/01/2026"],
                ["Chair (IRO)", "Harriet Nwosu", "Social worker", "Lakshmi Acharya, Children with Disabilities "
                                                                  "Team"],
                ["Team manager", "Gareth Pell", "Plan status", "Active – continues as a child protection plan"],
            ],
        }),
        ("h2", "Reason for Plan"),
        ("p", "Mason is autistic, has a severe learning disability and has generalised epilepsy treated with "
              "sodium valproate. He uses about 20 Makaton signs and a few words. Leanne has had depression since "
              "2019. Over the summer of 2025 Mason's medicine was often not given: he had three seizures at "
              "school in September, his blood level was below range, and two epilepsy clinic appointments were "
              "missed. He arrived at school hungry and in wet pads on several days, and Ruby missed a third of "
              "her nursery sessions."),
        ("h2", "What Has Changed Since the Initial Conference"),
        ("p", "Leanne has used the medication chart since October and has missed two doses, both in November. "
              "Mason has had one short seizure since the conference, at school, and both clinic appointments "
              "were kept. Leanne has been seen by the community mental health team since 11/11/2025 and her "
              "antidepressant was changed in December. Mason's school reports him arriving fed and dry on all "
              "but two days since October. Ruby's nursery attendance is 92%."),
        ("h2", "Child's Views"),
        ("p", "Mason (seen at school with his teacher, 14/01/2026, and at home, 16/01/2026): he signed "
              "“happy” and “home” when shown a photograph of his front door, took the SW's hand to the fridge "
              "and signed “drink”, and calmed when Leanne sang his bath-time song. His teacher says he flaps his "
              "hands and smiles when he sees the school bus, and that in September he bit his hand when he "
              "arrived hungry; he has not done this since November."),
        ("p", "Ruby (seen on her own at nursery, 13/01/2026): “Mummy was sleeping on the sofa lots. Now she "
              "reads me stories. I like nursery because there's toast and I'm a helper.” She said she wants "
              "“Daddy's weekends to be longer”."),
        ("h2", "Parent's Views"),
        ("p", "Leanne said the chart has helped and she feels less alone since her care co-ordinator started "
              "visiting. She would like help to understand Mason's behaviour when he is frustrated, and asked "
              "for a break at weekends when it is not Craig's turn. Craig agreed to have the children at short "
              "notice if Leanne is unwell."),
        ("h2", "Plan Objectives"),
        ("bullets", [
            "O1 – Mason gets every dose of his epilepsy medicine on time and goes to every epilepsy appointment, "
            "so that his seizures stay controlled.",
            "O2 – Mason and Ruby are fed, clean and dressed for the weather every day, and Mason's pads are "
            "changed when he needs it.",
            "O3 – Ruby goes to every nursery session she is booked for and tells a trusted adult if she is "
            "worried.",
            "O4 – Mason's way of communicating is understood at home, and he has time out of the house every "
            "week doing things he enjoys.",
        ]),
        ("h2", "Actions"),
        ("table", {
            "widths": [4.0, 9.0, 3.7, 9.0],
            "bold_first_col": True,
            "rows": _NEB_ROWS,
        }),
        ("h2", "Contingency Arrangements"),
        ("bullets", [
            "Trigger: Mason misses two or more doses in a week (shown by his chart, the school nurse or a blood "
            "level), or has a seizure at home where Leanne does not use his rescue medicine or call 999. "
            "Response: the SW visits the same day, the children stay with Craig at 2 Ashdown Court that night, "
            "and the SW holds a strategy discussion the same day.",
            "Trigger: Leanne tells anyone she is thinking of harming herself or the children, or is found too "
            "unwell to get up and care for them. Response: the community mental health team's crisis service "
            "is asked to see her the same day, and the children go to Craig's the same day.",
            "If Craig cannot have the children, the SW places Mason and Ruby together that day with Nebbingley "
            "foster carers trained in Mason's epilepsy care.",
            "Legal planning: if Mason's medicine is missed again in two separate weeks before the next review, "
            "or Tomasz Wilk's assessment says Leanne cannot make the changes in the children's timescale, the SW "
            "asks Gareth Pell for a legal planning meeting within 5 working days.",
        ]),
        ("h2", "Review Arrangements"),
        ("table", {
            "widths": [4.0, 9.0, 3.7, 9.0],
            "bold_first_col": True,
            "rows": [
                ["Core group", "Every 6 weeks, Wednesdays 1.30pm, Larkspur Specialist School", "Dates",
                 "04/03/2026, 15/04/2026, 27/05/2026"],
                ["Next review conference", "14/07/2026, 10:00, Nebbingley Town Hall", "Children's views",
                 "SW brings Ruby's words and Mason's signs to each meeting"],
            ],
        }),
        ("p", "Audit: created 21/10/2025 by LACHARYA · revised at RCPC 1 20/01/2026 by LACHARYA (actions 8 and 9 "
              "added) · authorised 21/01/2026 by GPELL"),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Plan revised at the second core group, girl of 15 after her mother's
#    partner's violence, mother drinking, self-harm, grandmother's nights.
#    "ICS" print in Courier saved as PDF: dot-leader case fields, numbered
#    upper-case sections, "ITEM n OF 10" cards with FIELD: value lines, two
#    pairs on a line and tick boxes; page header and footer on every page.
#    Exemplary (pdf)
# ---------------------------------------------------------------------------
def _item(n, ref, objs, fields):
    return [("boldp", f"ITEM {n} OF 10      REF {ref}      LINKED OBJECTIVE(S): {objs}"), ("kv", fields)]


PLANS.append({
    "name": "b148_nollensby_cg2_courier_print_item_cards_askew.pdf",
    "doc_title": "ICS print - Child Protection Plan (revised at core group 2) - Kayla Askew",
    "split": "heldout",
    "actions": 10,
    "font": "Courier New",
    "font_size": 9.5,
    "template": "case-system-print-saved-as-pdf-courier-page-header-footer-dot-leader-case-fields-numbered-caps-sections-reason-childs-views-parents-views-objectives-then-item-n-of-m-cards-field-colon-value-lines-start-end-pair-tick-box-frequency-then-safety-arrangements-contingency-review-fields-audit",
    "description": (
        "Exemplary plan for a 15-year-old girl, revised at the second core group, after her "
        "mother's partner's violence (he has left under a non-molestation order); her mother now "
        "drinks most evenings and the girl self-harms. A Courier print from a case system saved "
        "as PDF, with a page header and footer on every page: dot-leader case fields, numbered "
        "upper-case sections, then 'ITEM n OF 10' cards of 'Field: value' lines with a start / "
        "end pair on one line and tick-box frequencies. The adult alcohol service reports on "
        "change, CAMHS, the IDVA and the police own tasks, the grandmother's nights have a foster "
        "fallback, legal planning follows named triggers, core group dates and the review "
        "conference are set, and the girl's words are recorded."
    ),
    "header": "OFFICIAL-SENSITIVE   ASKEW, Kayla   Case No. 00418852   Printed 04/02/2026",
    "footer": "ICS/CP/PLAN-R2   Nollensby Council   Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("boldp", "NOLLENSBY COUNCIL - CHILDREN'S SOCIAL CARE - INTEGRATED CHILDREN'S SYSTEM"),
        ("pl", "FORM: CP PLAN (REVISED AT CORE GROUP)                 RUN BY: K.OYELARAN"),
        ("pl", "=========================================================================="),
        ("pl", "CHILD ................ Kayla ASKEW   DOB 11/09/2010 (15)   Year 11"),
        ("pl", "SCHOOL ............... Nollensby Park Academy"),
        ("pl", "ADDRESS .............. 6 Drover's Lane, Nollensby NL3 8QP"),
        ("pl", "MOTHER ............... Gemma ASKEW (38)"),
        ("pl", "MOTHER'S EX-PARTNER .. Ryan COLLEY (40). Left the home 19/12/2025."),
        ("pl", "                       Non-molestation order in force until 19/12/2026"),
        ("pl", "MATERNAL GRANDMOTHER . Maureen ASKEW (63), 22 Bell Street, Nollensby"),
        ("pl", "CATEGORY ............. Emotional abuse"),
        ("pl", "ICPC ................. 08/01/2026    CHAIR: S. BRIGHTWELL (IRO)"),
        ("pl", "THIS VERSION ......... Revised at core group 2, 03/02/2026"),
        ("pl", "ALLOCATED SW ......... Kemi Oyelaran, Safeguarding Team North"),
        ("pl", "TEAM MANAGER ......... Alan Frears"),
        ("pl", "=========================================================================="),
        ("boldp", "1  REASON FOR PLAN"),
        ("p", "Ryan Colley was Gemma's partner for four years. The police were called to 6 Drover's Lane five "
              "times in 2025. On 17/12/2025 he pushed Gemma through the kitchen door while Kayla was in the "
              "room; Kayla tried to pull him away and was hit on the arm. He was arrested, left the home on "
              "19/12/2025 and a non-molestation order was made. Gemma has been drinking vodka most evenings "
              "since the autumn. Kayla has been cutting her arms since November, missed 38% of school in the "
              "autumn term and twice stayed out until after 2am."),
        ("boldp", "2  CHILD'S VIEWS"),
        ("p", "Kayla (seen on her own at school, 29/01/2026): \"It's calmer without Ryan but Mum drinks more "
              "now. She says it helps her sleep. I cut when my head gets too loud. I want to stay with Mum, I "
              "just want her to stop drinking. Nan's is the only place I actually sleep.\" She scored how safe "
              "she feels at home 5 out of 10 (3 out of 10 at the ICPC). She asked for a woman at CAMHS and "
              "does not want police officers coming into school."),
        ("boldp", "3  PARENT'S VIEWS"),
        ("p", "Gemma (seen at home, 30/01/2026) said she is relieved Ryan has gone but is frightened he will come "
              "back. She accepts her drinking \"got out of hand\" after he left and wants help, but does not want "
              "people judging her in front of Kayla."),
        ("boldp", "4  PLAN OBJECTIVES"),
        ("pl", "4.1  Kayla lives in a home where she does not see or hear violence, and Ryan"),
        ("pl", "     Colley has no contact with her or her mum."),
        ("pl", "4.2  Kayla is cared for by an adult who is sober in the evenings and at night."),
        ("pl", "4.3  Kayla's self-harm reduces and she has an adult she trusts to talk to, at"),
        ("pl", "     home and at school."),
        ("pl", "4.4  Kayla goes to school every day (attendance 90% or more) and sits her"),
        ("pl", "     GCSEs in May."),
        ("pl", "4.5  Kayla is home or at her Nan's by 10pm every night and is never reported"),
        ("pl", "     missing."),
        ("boldp", "5  TASKS"),
        ("pl", "KEY: [X] = frequency selected. Start / End dates are inclusive."),
        *_item(1, "T/0931", "4.1, 4.3", [
            ("Task", "See Kayla on her own, at school at least once a fortnight and otherwise at home; ask her "
                     "to score how safe she feels and write down her words"),
            ("Lead", "Kemi Oyelaran, Social Worker"),
            ("Start", "08/01/2026          End: 02/04/2026 (RCPC)"),
            ("Frequency", "[X] Weekly  [ ] Fortnightly  [ ] Monthly  [ ] Other"),
            ("Evidence", "ICS visit records show Kayla seen alone every week, with her score out of 10 and her "
                         "own words"),
            ("Status", "OPEN - 4 of 4 weeks to date"),
        ]),
        *_item(2, "T/0932", "4.1", [
            ("Task", "Safety planning with Gemma, a fresh risk assessment (DASH) about Ryan, and help for Gemma "
                     "to report any breach of the non-molestation order"),
            ("Lead", "Nadia Hussein, IDVA, Nollensby Domestic Abuse Service"),
            ("Start", "09/01/2026          End: 02/04/2026 (RCPC)"),
            ("Frequency", "[ ] Weekly  [X] Fortnightly  [ ] Monthly  [ ] Other"),
            ("Evidence", "Signed safety plan on ICS by 13/02/2026; DASH shared with the SW by 20/02/2026; every "
                         "reported breach logged on ICS"),
            ("Status", "OPEN"),
        ]),
        *_item(3, "T/0933", "4.1", [
            ("Task", "Keep the urgent-response marker on 6 Drover's Lane and tell the SW about any call-out, "
                     "breach of the order or sighting of Ryan near the house or the school"),
            ("Lead", "PC Owen Taylor, Nollensby Police Safeguarding Hub"),
            ("Start", "08/01/2026          End: 19/12/2026 (end of order)"),
            ("Frequency", "[ ] Weekly  [ ] Fortnightly  [ ] Monthly  [X] Other: within 24 hours of any "
                          "incident"),
            ("Evidence", "Each notification reaches the SW within 24 hours and is logged on ICS; marker "
                         "confirmed in writing at each core group"),
            ("Status", "OPEN - no incidents since 19/12/2025"),
        ]),
        *_item(4, "T/0934", "4.2", [
            ("Task", "Alcohol key-work with Gemma and a breath test at every session, and a written report "
                     "before each core group on whether she is sober in the evenings, whether she can make the "
                     "changes Kayla needs and how long that is likely to take"),
            ("Lead", "Steve Lomax, Recovery Worker, Nollensby Recovery Hub (adult alcohol service)"),
            ("Start", "15/01/2026          End: 02/04/2026 (RCPC)"),
            ("Frequency", "[X] Weekly  [ ] Fortnightly  [ ] Monthly  [ ] Other"),
            ("Evidence", "Breath readings and the written report on ICS two working days before every core "
                         "group"),
            ("Status", "OPEN - report received for core group 2"),
        ]),
        *_item(5, "T/0935", "4.2", [
            ("Task", "Drink no alcohol on any evening Kayla is at home, and go to every key-work session at the "
                     "Recovery Hub"),
            ("Lead", "Gemma Askew (mother)"),
            ("Start", "15/01/2026          End: 02/04/2026 (RCPC)"),
            ("Frequency", "[ ] Weekly  [ ] Fortnightly  [ ] Monthly  [X] Other: every evening; key-work "
                          "Thursdays"),
            ("Evidence", "Steve Lomax's reports show every session attended and every reading at zero; Kayla's "
                         "score for her evenings, asked at each SW visit"),
            ("Status", "OPEN"),
        ]),
        *_item(6, "T/0936", "4.3, 4.4", [
            ("Task", "Check Kayla's attendance each morning, phone the SW and Gemma by 10am if she is not in, "
                     "and give Kayla a weekly check-in with the adult she chose, Miss Carver"),
            ("Lead", "Mr Dylan Frost, DSL, Nollensby Park Academy"),
            ("Start", "08/01/2026          End: 02/04/2026 (RCPC)"),
            ("Frequency", "[ ] Weekly  [ ] Fortnightly  [ ] Monthly  [X] Other: every school day"),
            ("Evidence", "Weekly attendance sent to the SW, rising to 90% by the RCPC (71% this half-term); "
                         "check-ins logged on CPOMS"),
            ("Status", "OPEN"),
        ]),
        *_item(7, "T/0937", "4.3", [
            ("Task", "Assess Kayla's self-harm and low mood, agree a safety plan with her and offer her "
                     "sessions with a female practitioner"),
            ("Lead", "Dr Lucy Ambrose, Clinical Psychologist, Nollensby CAMHS"),
            ("Start", "10/02/2026          End: 02/04/2026 (RCPC)"),
            ("Frequency", "[ ] Weekly  [X] Fortnightly  [ ] Monthly  [ ] Other"),
            ("Evidence", "Kayla's CAMHS safety plan copied to the SW by 24/02/2026; a letter to the SW after "
                         "every fourth session"),
            ("Status", "OPEN - date set at core group 2"),
        ]),
        *_item(8, "T/0938", "4.1, 4.5", [
            ("Task", "Six one-to-one sessions with Kayla on healthy relationships and staying safe at night"),
            ("Lead", "Jade Whitlow, Youth Worker, Nollensby Young People's Service"),
            ("Start", "12/02/2026          End: 19/03/2026"),
            ("Frequency", "[X] Weekly  [ ] Fortnightly  [ ] Monthly  [ ] Other"),
            ("Evidence", "Session records and Kayla's own feedback form sent to the SW by 26/03/2026"),
            ("Status", "OPEN - dates set at core group 2"),
        ]),
        *_item(9, "T/0939", "4.2, 4.5", [
            ("Task", "Have Kayla to stay every Tuesday and Saturday night, and be the adult she goes to if her "
                     "mum has been drinking or Ryan comes near"),
            ("Lead", "Maureen Askew (maternal grandmother)"),
            ("Start", "09/01/2026          End: 02/04/2026 (RCPC)"),
            ("Frequency", "[ ] Weekly  [ ] Fortnightly  [ ] Monthly  [X] Other: Tuesday and Saturday nights, "
                          "and the same night whenever Kayla asks"),
            ("Evidence", "Maureen texts the SW the next morning; Kayla tells the SW about the stays at visits"),
            ("Status", "OPEN"),
        ]),
        *_item(10, "T/0940", "4.3", [
            ("Task", "Drive Kayla to and from each CAMHS appointment"),
            ("Lead", "Maureen Askew (maternal grandmother)"),
            ("Start", "10/02/2026          End: 02/04/2026 (RCPC)"),
            ("Frequency", "[ ] Weekly  [X] Fortnightly  [ ] Monthly  [ ] Other: every CAMHS appointment"),
            ("Evidence", "Attendance at each appointment shown in Dr Ambrose's letters to the SW"),
            ("Status", "OPEN - added at core group 2"),
        ]),
        ("boldp", "6  SAFETY ARRANGEMENTS"),
        ("p", "Ryan Colley must not come to 6 Drover's Lane or contact Kayla or Gemma (non-molestation order). "
              "Kayla has her Nan's number and 999 saved on her phone and a code word (\"pizza\") that means "
              "\"come and get me\". Gemma keeps no spirits in the house."),
        ("boldp", "7  CONTINGENCY ARRANGEMENTS"),
        ("pl", "TRIGGER .. Ryan comes to the house, contacts Kayla or Gemma, or is seen near"),
        ("pl", "           the school"),
        ("pl", "RESPONSE . Gemma or Kayla calls 999; Kayla goes to Maureen's, 22 Bell Street,"),
        ("pl", "           that night; the SW holds a strategy discussion with the police the"),
        ("pl", "           same day"),
        ("pl", "TRIGGER .. Gemma drinks on an evening Kayla is at home (Kayla tells anyone, a"),
        ("pl", "           positive breath reading, or she is seen drunk)"),
        ("pl", "RESPONSE . Kayla stays with Maureen from that night; the SW visits the same day"),
        ("pl", "           and Kayla returns home only when the SW has agreed it is safe"),
        ("pl", "TRIGGER .. Kayla self-harms and needs hospital treatment, or is not home or at"),
        ("pl", "           her Nan's by midnight"),
        ("pl", "RESPONSE . Gemma reports her missing to the police at midnight; CAMHS see Kayla"),
        ("pl", "           within 24 hours; the SW holds a strategy discussion the same day"),
        ("pl", "TRIGGER .. Maureen cannot have Kayla (she is ill, away or cannot manage)"),
        ("pl", "RESPONSE . The SW (or the out-of-hours team) places Kayla with Nollensby"),
        ("pl", "           emergency foster carers that night"),
        ("pl", "TRIGGER .. Gemma drinks while caring for Kayla twice before the RCPC, lets Ryan"),
        ("pl", "           into the home, or the Recovery Hub reports no change by 10/03/2026"),
        ("pl", "RESPONSE . The SW asks Alan Frears for a legal planning meeting within 5"),
        ("pl", "           working days"),
        ("boldp", "8  REVIEW ARRANGEMENTS"),
        ("pl", "CORE GROUP ........... Every 4 weeks, Tuesdays 4.15pm, Nollensby Park Academy"),
        ("pl", "CORE GROUP DATES ..... CG1 20/01/2026 (held)   CG2 03/02/2026 (held)"),
        ("pl", "                       CG3 03/03/2026          CG4 31/03/2026"),
        ("pl", "REVIEW CONFERENCE .... 02/04/2026 10:00, Nollensby Town Hall, Committee Room 2"),
        ("pl", "KAYLA AT MEETINGS .... Kayla will join the first part of CG3; Miss Carver will"),
        ("pl", "                       help her write her views for the review conference"),
        ("pl", "=========================================================================="),
        ("pl", "AUDIT  Created 08/01/2026 15:57 K.OYELARAN | Amended 03/02/2026 17:20"),
        ("pl", "       K.OYELARAN (CG2: items 7, 8 and 10) | Authorised 04/02/2026 A.FREARS"),
        ("pl", "*** END OF PRINT ***"),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Initial conference plan, boy of 7 and girl of 2, mother with bipolar
#    disorder who stopped her lithium, father's weekend cocaine use,
#    paternal grandparents helping. Landscape "Cascade" task report saved as
#    PDF: page header and footer, FIELD: value details, then one ruled
#    Ref / Task / Assigned To / Start / Due / Evidence / Status table whose
#    header row repeats on the next page. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b148_nuddington_icpc_task_report_repeat_header_pryce.pdf",
    "doc_title": "Cascade report CP07 - Child Protection Plan - Jayden and Tilly Pryce",
    "split": "heldout",
    "actions": 14,
    "landscape": True,
    "font_size": 9.5,
    "template": "case-system-task-report-saved-as-pdf-landscape-page-header-footer-field-value-details-concerns-childs-views-parents-views-objectives-then-ruled-ref-task-assigned-to-start-due-frequency-evidence-of-completion-status-table-header-repeated-over-page-break-then-contingency-review",
    "description": (
        "Initial conference plan for a 7-year-old boy and a 2-year-old girl whose mother has "
        "bipolar disorder and stopped her lithium, and whose father uses cocaine at weekends; "
        "the paternal grandparents help. A landscape task report from a case system saved as PDF, "
        "with a page header and footer and one ruled task table whose header repeats on the "
        "second page. Most rows are sound (weekly visits, the psychiatrist's capacity report, "
        "the drug service's report on change, school and nursery). Faults: the care "
        "co-ordinator only supports the mother and is measured by her 'engaging', the speech "
        "therapy referral has no one assigned, the grandparents' Saturday nights have no "
        "evidence, the housing task starts 'TBC' and is 'Ongoing', the children's routine is "
        "assigned to the core group, and the contingency sends the children to the "
        "grandparents with nothing said if they cannot help."
    ),
    "header": "OFFICIAL-SENSITIVE – Cascade CP07 Child Protection Plan – PRYCE, Jayden / PRYCE, Tilly – Case 2219-884",
    "footer": "Printed 27/01/2026 14:12 by S.HOLDEN – Nuddington City Council – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("boldp", "CHILD PROTECTION PLAN – INITIAL CONFERENCE (Cascade report CP07)"),
        ("kv", [
            ("Subjects", "Jayden PRYCE (7), DOB 02/05/2018, Cascade ID 2219-884;  Tilly PRYCE (2), DOB 14/08/2023, "
                         "Cascade ID 2219-885"),
            ("Address", "11 Lindum Terrace, Nuddington NU5 2JX"),
            ("Household", "Shannon Pryce (29), mother;  Marcus Pryce (31), father (lorry driver, away Monday to "
                          "Thursday)"),
            ("Paternal grandparents", "Denise and Roy Pryce, 40 Coulter Street, Nuddington"),
            ("Category", "Neglect (both children)"),
            ("Conference", "ICPC 20/01/2026, Nuddington Civic Offices.  Chair: Bethan Lloyd (IRO)"),
            ("Key worker", "Sam Holden, Social Worker, Family Safeguarding Team 1.  TM: Rachel Ince"),
        ]),
        ("h2", "Concerns"),
        ("p", "Shannon has bipolar disorder and stopped taking her lithium in October 2025. In November she "
              "became high, went out at night and on 14/11/2025 left Jayden, then 7, looking after Tilly at "
              "11pm; a neighbour called the police. Since December she has been very low and often does not "
              "get up. The house has been cold, there has been little food, and Jayden has been late for school "
              "21 times this year. Marcus is away during the week and uses cocaine at weekends; he says never "
              "at home. Tilly has very few words for her age."),
        ("h2", "Child's Views"),
        ("p", "Jayden (seen on his own at school, 15/01/2026): “When Mum was poorly she went out at night and I "
              "looked after Tilly. I gave her my crisps because she was crying. I want Mum to take her tablets. "
              "I like Nana's because she does pancakes and it's warm.” He drew his house with a sad sun."),
        ("p", "Tilly (seen at home, 16/01/2026) stayed close to Jayden and went to him, not her mum, when she "
              "fell over. She pointed at the fridge and said “nana” for banana. She was in a wet nappy and a "
              "thin vest although the flat was cold."),
        ("h2", "Parents' Views"),
        ("p", "Shannon said she stopped her lithium because it made her feel flat, and she now agrees she needs "
              "it. Marcus accepted that he has used cocaine most weekends and wants to stop \"for the kids\". "
              "Both want Denise and Roy to keep helping."),
        ("h2", "Plan Objectives"),
        ("numbers", [
            "Jayden and Tilly are looked after at all times by an adult who is well, sober and awake, and Jayden "
            "is never left in charge of Tilly.",
            "The children have a warm home, regular meals and clean clothes every day.",
            "Jayden gets to school on time every day and is no longer worried about his mum at school.",
            "Tilly's speech and development are checked and she gets the help she needs to catch up.",
        ]),
        ("h2", "Tasks"),
        ("table", {
            "header": ["Ref", "Task", "Assigned To", "Start", "Due / Frequency", "Evidence of Completion",
                       "Status"],
            "widths": [1.4, 6.6, 3.8, 2.2, 3.4, 6.0, 2.3],
            "rows": [
                ["T01",
                 "Visit Jayden and Tilly at home, see Jayden on his own, and check there is food in the house "
                 "and the heating is on",
                 "Sam Holden, SW", "21/01/2026", "Weekly until the RCPC",
                 "Cascade visit records show both children seen each week, Jayden seen alone, food and heating "
                 "noted", "Open"],
                ["T02",
                 "Weigh Tilly, check her development and her speech, and check the home is warm and safe for a "
                 "toddler",
                 "Gemma Lyle, HV", "27/01/2026", "Every 2 weeks",
                 "Weight and development check in the red book; HV record e-mailed to the SW within 2 days of "
                 "each visit", "Open"],
                ["T03",
                 "Support Shannon with her mood and medication through fortnightly home visits",
                 "Ade Bankole, care co-ordinator, Nuddington CMHT", "27/01/2026", "Fortnightly",
                 "Shannon engaging with the service", "Open"],
                ["T04",
                 "Psychiatric review of Shannon's lithium, with a written view for the core group on her risk of "
                 "relapse, whether she can keep well enough to care for Jayden and Tilly, and the likely "
                 "timescale",
                 "Dr Miriam Adeyemi, consultant psychiatrist, Nuddington CMHT", "21/01/2026",
                 "Clinic by 13/02/2026; report by 03/03/2026",
                 "Written report to the SW by 03/03/2026, shared at core group 2", "Open"],
                ["T05",
                 "Take her lithium every day and have her lithium blood test, so that she stays well enough to "
                 "care for the children",
                 "Shannon Pryce (mother)", "20/01/2026", "Daily; blood test by 13/02/2026",
                 "Lithium level in range on the GP record, shared with the SW", "Open"],
                ["T06",
                 "Key-work with Marcus about his cocaine use, with screens, and a written report to each core "
                 "group on whether he has stopped and how this shows in his care of Jayden and Tilly",
                 "Femi Adewale, recovery worker, Nuddington Drug and Alcohol Service", "26/01/2026",
                 "Fortnightly; report before each core group",
                 "Screen results and report on Cascade before each core group", "Open"],
                ["T07",
                 "Check Jayden's attendance and punctuality, give him a breakfast club place and phone the SW "
                 "the same day with any worry",
                 "Mrs Harriet Vance, DSL, Coulter Street Primary", "21/01/2026", "Every school day",
                 "Weekly attendance e-mailed to the SW; punctuality log; same-day calls recorded on CPOMS",
                 "Open"],
                ["T08",
                 "Referral to speech and language therapy for Tilly",
                 "-", "21/01/2026", "By 06/02/2026",
                 "Referral accepted letter on file", "Open"],
                ["T09",
                 "Have Jayden and Tilly for tea every Wednesday and Friday after school until Marcus gets home",
                 "Denise Pryce (PGM)", "21/01/2026", "Every Wednesday and Friday, 3.15pm to 7pm",
                 "Denise writes in the contact book; the SW reads it at each visit", "Open"],
                ["T10",
                 "Have the children to stay at Coulter Street every Saturday night so that Shannon can rest",
                 "Roy and Denise Pryce (PGPs)", "24/01/2026", "Every Saturday night",
                 "", "Open"],
                ["T11",
                 "Help Shannon apply to Nuddington Homes for a move to a two-bedroom flat with a garden",
                 "Lisa Brennan, family support worker", "TBC", "Ongoing",
                 "Housing application reference on file", "Open"],
                ["T12",
                 "Agree a written bedtime and morning routine for Jayden and Tilly and put it on the fridge",
                 "Core group", "03/02/2026", "By core group 2 (03/03/2026)",
                 "Routine seen on the fridge at the SW's next visit", "Open"],
                ["T13",
                 "Funded nursery place for Tilly, three mornings a week",
                 "Sam Holden, SW, with Nuddington Early Years", "21/01/2026", "Place to start by 23/02/2026",
                 "Nursery confirms the start date in writing; attendance sent to the SW every fortnight",
                 "Open"],
                ["T14",
                 "Three sessions of direct work with Jayden about what happens when his mum is poorly and who "
                 "he can call",
                 "Sam Holden, SW", "28/01/2026", "By 10/03/2026",
                 "Jayden's worry map and his words on file and brought to the review conference", "Open"],
            ],
        }),
        ("h2", "Contingency Arrangements"),
        ("p", "If Shannon stops taking her lithium, shows signs of becoming high (not sleeping, going out at "
              "night) or of severe low mood (not getting up to the children), or the children are left without "
              "an adult: Sam Holden will hold a strategy discussion the same day, the CMHT duty worker will see "
              "Shannon the same day, and Jayden and Tilly will go to Denise and Roy Pryce at 40 Coulter Street "
              "until the strategy discussion has agreed it is safe for them to go home."),
        ("p", "If Marcus has a positive screen or uses cocaine while the children are in his care, he will not "
              "care for them alone until he has had two negative screens, and the SW will visit the same day."),
        ("p", "If Shannon stops her lithium again, Marcus has two positive screens before the review, or Dr "
              "Adeyemi's report says the changes cannot be made in the children's timescale, Sam Holden will ask "
              "Rachel Ince for a legal planning meeting within 5 working days."),
        ("h2", "Review Arrangements"),
        ("kv", [
            ("Core group", "Every 4 weeks, Tuesdays 9.30am, Coulter Street Primary: 03/02/2026 (within 10 working "
                           "days), 03/03/2026, 31/03/2026"),
            ("Review conference", "14/04/2026, 1.30pm, Nuddington Civic Offices"),
        ]),
        ("p", "Report CP07 v4.1 · 14 tasks · Last updated 27/01/2026 by SHOLDEN"),
    ],
    "findings": [
        F("H001", "Support Shannon with her mood and medication through"),
        F("M002", "Support Shannon with her mood and medication through"),
        F("W001", "Referral to speech and language therapy for Tilly"),
        F("M001", "Have the children to stay at Coulter Street"),
        F("T002", "Help Shannon apply to Nuddington Homes for a move"),
        F("W002", "Agree a written bedtime and morning routine for Jayden"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Pre-birth initial conference plan, mother of 19 (a care leaver) with
#    anxiety and low mood, father with a history of violence to a former
#    partner, her former foster carer helping. "ChildView" print pasted into
#    Markdown as plain text: page headers kept, labels stacked over indented
#    values, "TASK nn OF 11" with REF and STATUS on the title line.
#    Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b148_narlestone_prebirth_stacked_field_print_quinn.md",
    "split": "heldout",
    "actions": 11,
    "template": "case-system-print-pasted-into-markdown-as-plain-text-prebirth-icpc-page-headers-kept-labels-stacked-over-indented-values-reason-babys-expected-world-parents-views-objectives-then-task-nn-of-mm-ref-status-title-lines-description-responsible-timescale-evidence-then-safety-contingency-review",
    "description": (
        "Exemplary pre-birth initial conference plan for the unborn baby of a 19-year-old care "
        "leaver with anxiety and low mood, whose partner has a conviction for violence to a "
        "former partner and punched a door during the pregnancy; her former foster carer will "
        "stay after the birth and supervise the father's time with the baby. A case-system print "
        "pasted into a Markdown file as plain text: the page headers are kept, every label sits "
        "on its own line over its indented value, and each 'TASK nn OF 11' has its REF and STATUS "
        "on the title line. Timescales run to weeks of pregnancy, the birth and discharge. The "
        "perinatal mental health team assesses capacity to change, the former foster carer's part "
        "has a fallback, legal planning follows named triggers, core group dates and the review "
        "conference are set, and the baby's expected world and the mother's words are recorded."
    ),
    "text": """\
Pasted from ChildView (print of CP plan, 16/01/2026) for the core group papers.

NARLESTONE COUNCIL                                              ChildView 7.2
CHILD PROTECTION PLAN - PRE-BIRTH (ICPC)                     OFFICIAL-SENSITIVE
Unborn baby of Ellie QUINN   CV-5583021        Printed 16/01/2026 12:48   Page 1 of 3
--------------------------------------------------------------------------------

SUBJECT
    Unborn baby of Ellie Quinn, expected date of delivery 03/03/2026
CHILDVIEW ID
    CV-5583021 (unborn)
MOTHER
    Ellie Quinn (19), care leaver
    2B Orchard Mews, Narlestone NR4 1DT
FATHER
    Jordan Marsh (22), 61 Cooper Street, Narlestone
SUPPORT NETWORK
    Bev Hartley (58), Ellie's foster carer from 12 to 18, 9 Linnet Close,
    Narlestone. Ellie calls her "Mum Bev".
CATEGORY
    Physical abuse (risk of), emotional abuse (risk of)
CONFERENCE
    Initial child protection conference (pre-birth), 14/01/2026, at 33 weeks
    Chair: Graham Oyelowo (IRO)
SOCIAL WORKER
    Hannah Doyle, Pre-birth and Infant Team
TEAM MANAGER
    Stuart Keogh

REASON FOR PLAN
    Jordan has a conviction for assaulting a former partner in 2023 and did
    not finish the programme the court ordered. Ellie and Jordan have been
    together for ten months and do not live together. On 28/11/2025
    neighbours heard shouting at Orchard Mews and Jordan punched a hole in the
    bedroom door; Ellie, then 27 weeks pregnant, had a bruise on her upper
    arm that she said came from the door. Ellie has had anxiety and low mood
    since she was 15 and missed two antenatal appointments in December.

BABY'S EXPECTED WORLD
    The 32-week scan on 12/01/2026 showed the baby growing well. Ellie says
    the baby kicks hard when she is stressed and when music is loud, and goes
    quiet when she runs a bath. The Moses basket is still in its box and the
    flat's heating is broken in the bedroom. If nothing changes, the baby
    would come home to a cold flat, a mother who is anxious and not sleeping,
    and a father whose temper has already frightened her. With this plan the
    baby's days should be warm, calm and predictable, with Ellie feeding and
    settling the baby and Bev close by.

MOTHER'S VIEWS
    "I want my baby to have what I didn't have. Jordan has never hurt me on
    purpose but I know what it looked like. I'll do the course and the
    groups. I don't want the baby going into care like I did."

FATHER'S VIEWS
    Jordan said he is "not that person any more", but agreed to start the
    Respectful Relationships programme and not to stay overnight at the flat.

PLAN OBJECTIVES
    1  The baby is born safely and comes home to a warm flat, to a mother who
       feeds, settles and protects them.
    2  The baby never sees, hears or is hurt by violence between adults.
    3  The baby sleeps on their back in their own Moses basket from the first
       night home.
    4  The baby is seen by a professional at least every week for the first
       eight weeks and gains weight well.

NARLESTONE COUNCIL                                              ChildView 7.2
CHILD PROTECTION PLAN - PRE-BIRTH (ICPC)                     OFFICIAL-SENSITIVE
Unborn baby of Ellie QUINN   CV-5583021        Printed 16/01/2026 12:48   Page 2 of 3
--------------------------------------------------------------------------------

TASKS

TASK 01 OF 11                          REF PB-7741             STATUS OPEN
    Description
        Visit Ellie at home; after the birth see the baby at every visit,
        awake and being fed, changed or settled
    Responsible
        Hannah Doyle, Social Worker, Narlestone Children's Services
    Timescale
        Weekly until the birth; twice a week for the first four weeks after
        discharge; then weekly until the review conference
    Evidence
        ChildView visit records show each visit, where the baby slept and how
        Ellie answered the baby's cues

TASK 02 OF 11                          REF PB-7742             STATUS OPEN
    Description
        Antenatal appointments with Ellie, and a summary to the SW after each
        one
    Responsible
        Carys Bell, Community Midwife, Rowan Midwifery Team, Narlestone
        Maternity
    Timescale
        Every two weeks to 36 weeks' gestation, then weekly until the birth
    Evidence
        Summary e-mailed to the SW after each appointment; any missed
        appointment reported to the SW the same day

TASK 03 OF 11                          REF PB-7743             STATUS OPEN
    Description
        Assess Ellie's anxiety and low mood, keep seeing her until the baby
        is 12 weeks old, and report to each core group on how her mental
        health affects her care of the baby, whether she can make the changes
        needed and the likely timescale
    Responsible
        Dr Nisha Patel, Consultant Psychiatrist, Narlestone Perinatal Mental
        Health Team
    Timescale
        First assessment by 36 weeks' gestation (03/02/2026); then every two
        weeks; written report two working days before each core group
    Evidence
        Written assessment on ChildView by 10/02/2026, and a written report
        before every core group after that

TASK 04 OF 11                          REF PB-7744             STATUS OPEN
    Description
        Attend the Respectful Relationships programme for men who have been
        abusive to a partner
    Responsible
        Jordan Marsh (father); facilitator Craig Ennis reports to the SW
    Timescale
        Weekly from 22/01/2026 for 24 weeks
    Evidence
        Attendance report from Craig Ennis every four weeks; Craig's written
        view of the risk Jordan poses, shared at each core group

TASK 05 OF 11                          REF PB-7745             STATUS OPEN
    Description
        Safety planning with Ellie, including a plan for labour and for the
        first weeks at home, and a code word for when she needs help
    Responsible
        Megan Roe, IDVA, Narlestone Domestic Abuse Partnership
    Timescale
        First session by 23/01/2026; every two weeks until the baby is 12
        weeks old
    Evidence
        Signed safety plan copied to the SW by 30/01/2026; dates of sessions
        in the IDVA's report to each core group

TASK 06 OF 11                          REF PB-7746             STATUS OPEN
    Description
        Help Ellie get the heating in the bedroom repaired and a cot, Moses
        basket, pram and car seat in the flat
    Responsible
        Zoe Amankwah, Personal Adviser, Narlestone Leaving Care Service
    Timescale
        By 36 weeks' gestation (03/02/2026)
    Evidence
        The SW sees the bedroom warm and the Moses basket and cot set up at
        the first visit after 03/02/2026

TASK 07 OF 11                          REF PB-7747             STATUS OPEN
    Description
        Put Ellie's birth plan and this child protection plan on her hospital
        notes, and hold a discharge planning meeting on the ward with the SW,
        Ellie and Bev
    Responsible
        Fran Okeke, Safeguarding Midwife, Narlestone General Hospital
    Timescale
        Birth plan on the notes by 37 weeks (10/02/2026); discharge planning
        meeting before Ellie and the baby leave hospital
    Evidence
        Copy of the birth plan sent to the SW by 10/02/2026; notes of the
        discharge planning meeting sent to every core group member the same
        day

NARLESTONE COUNCIL                                              ChildView 7.2
CHILD PROTECTION PLAN - PRE-BIRTH (ICPC)                     OFFICIAL-SENSITIVE
Unborn baby of Ellie QUINN   CV-5583021        Printed 16/01/2026 12:48   Page 3 of 3
--------------------------------------------------------------------------------

TASK 08 OF 11                          REF PB-7748             STATUS OPEN
    Description
        Antenatal visit to Ellie, then the new birth visit, then weigh the
        baby and check where the baby sleeps
    Responsible
        Tamsin Hale, Health Visitor, Narlestone 0-19 Service
    Timescale
        Antenatal visit by 36 weeks; new birth visit 10 to 14 days after the
        birth; then weekly until the baby is 8 weeks old
    Evidence
        Weights in the red book, with the baby back to birth weight by 14
        days; HV records e-mailed to the SW each week

TASK 09 OF 11                          REF PB-7749             STATUS OPEN
    Description
        Baby Basics sessions with Ellie at home: feeding, safe sleep, and a
        plan for coping with crying
    Responsible
        Leon Baptiste, Family Support Worker, Narlestone Family Hubs
    Timescale
        Weekly for six sessions from 21/01/2026
    Evidence
        Attendance sheet and Leon's written observations sent to the SW after
        sessions 3 and 6

TASK 10 OF 11                          REF PB-7750             STATUS OPEN
    Description
        Stay at Orchard Mews for the first three nights after Ellie and the
        baby come home, then visit every day for the first two weeks
    Responsible
        Bev Hartley (former foster carer)
    Timescale
        From the day of discharge, for 14 days
    Evidence
        Bev texts the SW every evening for the first two weeks; the SW sees
        Bev at the flat during the twice-weekly visits

TASK 11 OF 11                          REF PB-7751             STATUS OPEN
    Description
        Supervise all of Jordan's time with the baby, at 9 Linnet Close
    Responsible
        Bev Hartley (former foster carer)
    Timescale
        Wednesdays and Saturdays, 2pm to 4pm, from the first week home until
        the review conference
    Evidence
        Bev fills in a contact record after each visit, signed by Jordan; the
        SW reads the record every week

SAFETY ARRANGEMENTS
    Jordan does not stay overnight at Orchard Mews and is not alone with the
    baby before the review conference. Ellie has Bev's number, the IDVA's
    number and 999 on speed dial.

CONTINGENCY ARRANGEMENTS
    If there is any violence, threat or damage between Jordan and Ellie, or
    Jordan is found at the flat overnight or alone with the baby
        Ellie calls 999; the SW holds a strategy discussion the same day;
        Ellie and the baby go to Bev's at 9 Linnet Close that day, or to a
        refuge place the IDVA arranges the same day.
    If Ellie misses two antenatal or HV appointments in a row, or Dr Patel
    says she is too unwell to care for the baby safely
        The SW visits the same day and the perinatal team see Ellie within 24
        hours; if she is too unwell, Ellie and the baby move to a
        parent-and-baby foster placement arranged by the SW that day.
    If Bev cannot stay the first nights, visit or supervise (she is ill,
    away or cannot manage)
        Jordan's time with the baby moves to Narlestone Family Hub, supervised
        by Leon Baptiste, within 3 days, and Leon visits daily instead of Bev;
        if Ellie would have no one overnight after discharge, the SW arranges
        a parent-and-baby foster placement before discharge.
    If there is another incident of domestic abuse, Jordan leaves the
    programme, or Dr Patel's report says Ellie cannot make the changes in
    the baby's timescale
        Hannah Doyle asks Stuart Keogh for a legal planning meeting within 5
        working days, to decide whether to start pre-proceedings under the
        PLO before the birth.

REVIEW ARRANGEMENTS
    Core group
        Every 4 weeks: 28/01/2026 (within 10 working days of the ICPC) and
        25/02/2026; then within 5 working days of discharge; then every 4
        weeks
    Review conference
        08/04/2026, 10:00, Narlestone Town Hall
    Baby's day
        The SW and HV bring what they have seen of the baby's day to every
        core group

AUDIT  Created 14/01/2026 HDOYLE | Authorised 15/01/2026 SKEOGH | Version 1
*** END OF PRINT ***
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Second review conference plan, a boy of 11 and a girl of 7 whose
#    widowed father is alcohol dependent, his sister and her husband
#    helping. "Horizon CP" print pasted into Markdown as plain text: Title
#    Case "Field: value" lines, two pairs on a line, tick boxes, an empty
#    "Date Completed:" field, one closed one-off task kept in the print and
#    one task added at this review. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b148_nettlemire_rcpc2_title_case_fields_tickbox_brennan.md",
    "split": "heldout",
    "actions": 10,
    "template": "case-system-print-pasted-into-markdown-as-plain-text-horizon-title-case-field-colon-value-lines-two-pairs-a-line-reason-progress-childs-views-parents-views-objectives-then-task-n-of-m-ref-blocks-what-who-agency-start-target-tick-box-how-often-success-looks-like-status-empty-date-completed-one-closed-task-then-safety-contingency-review",
    "description": (
        "Exemplary second review conference plan for an 11-year-old boy and a 7-year-old girl "
        "whose widowed father is alcohol dependent, finished a community detox in November and "
        "drank once at Christmas; his sister and her husband help. A case-system print pasted "
        "into Markdown as plain text: Title Case 'Field: value' lines with two pairs on a line, "
        "tick boxes for 'How Often', an empty 'Date Completed:' field, one closed one-off task "
        "(the detox, not counted) kept in the print, and a family group conference added at this "
        "review. The alcohol service reports on capacity to change, the GP owns a task, the "
        "aunt and uncle's part has a foster fallback, legal planning follows named triggers, core "
        "group dates and the next review are set, and both children's words are recorded."
    ),
    "text": """\
Nettlemire Council | Horizon CP | Child Protection Plan
OFFICIAL-SENSITIVE
Plan Version: 3 (Second Review)                  Plan Status: Active
Print Date: 28/01/2026                           Printed By: Tessa Oduya
________________________________________________________________________________

Child: Ollie Brennan                             Date Of Birth: 14/03/2014 (11)
Child: Evie Brennan                              Date Of Birth: 02/08/2018 (7)
Address: 5 Wicken Row, Nettlemire NT9 4PE
Main Carer: Gary Brennan (Father, 42)            Mother: Kim Brennan (died 11/2022)
Paternal Aunt: Lorraine Fitch (45)               Aunt's Husband: Phil Fitch (47)
Aunt's Address: 30 Sandpiper Way, Nettlemire (half a mile away)
Category: Neglect                                Plan Start: 29/07/2025
Last Review: 21/10/2025                          This Review: 27/01/2026
Chair: Ruth Adeleke (IRO)                        Social Worker: Tessa Oduya
Team: Family Safeguarding Team East              Team Manager: Paul Greatorex
________________________________________________________________________________

Reason For Plan:
Gary has drunk heavily since Kim died in November 2022. By the summer of 2025 he
was drinking from the afternoon most days. Ollie was making Evie's tea and
putting her to bed, and on 04/07/2025 a neighbour found Gary asleep on the
doorstep at 9pm with the children inside. Ollie's attendance was 82%.

Progress Since Last Review:
Gary finished a community detox with Nettlemire Alcohol Service on 17/11/2025
and takes acamprosate. He drank on 24 to 26 December; Ollie rang Lorraine as the
plan says, the children stayed at Sandpiper Way for three nights, and Gary has
had no positive breath test since 29/12/2025. Ollie's attendance this term is
97%. Evie's bereavement sessions start in February.

Child's Views:
Ollie (seen on his own at home, 20/01/2026): "Christmas was bad but I knew what
to do and Auntie Lorraine came in ten minutes. Dad's been proper good since. I
still check the recycling bin." He scored home 7 out of 10 (3 at the ICPC). He
wants to keep going to football with Uncle Phil.
Evie (seen on her own at school, 21/01/2026): "Daddy makes pancakes on Sundays
now. I miss Mummy at bedtime." She drew her family with her mum as a star and
said she would like to "talk to someone about Mummy".

Parent's Views:
Gary said Christmas "was the worst time to be sober" and that he is ashamed the
children had to leave. He wants the plan to carry on until he has shown he can
stay sober, and welcomes the family group conference.

Plan Objectives:
Objective 1: Ollie and Evie are cared for every day by a father who is sober.
Objective 2: Ollie no longer looks after Evie or his dad, and has time to be 11.
Objective 3: Both children go to school every day and have help to grieve for
             their mum.
Objective 4: Ollie and Evie know who to call if their dad drinks, and are safe
             the same day when they do.
________________________________________________________________________________
Tasks (11 on record: 10 open, 1 closed)
________________________________________________________________________________

Task 1/11   Ref: HZ-55031   Linked Objective(s): 1, 2, 4
What: Visit Ollie and Evie at home, one visit in three unannounced, and see
      each child on their own at least once a month
Who: Tessa Oduya, Social Worker           Agency: Nettlemire Children's Services
Start: 29/07/2025                         Target: 14/07/2026
How Often: [ ] Weekly  [X] Fortnightly  [ ] Monthly  [ ] Other: ____
Success Looks Like: Horizon visit records show both children seen every two
      weeks, each seen alone monthly, with their own words written down
Status: On Track                          Date Completed:

Task 2/11   Ref: HZ-55032   Linked Objective(s): 1
What: Drink no alcohol, keep no alcohol in the house, take acamprosate as
      prescribed and go to every key-work session, so that he is sober
      whenever he is caring for Ollie and Evie
Who: Gary Brennan                         Agency: Father
Start: 29/07/2025                         Target: 14/07/2026
How Often: [ ] Weekly  [ ] Fortnightly  [ ] Monthly  [X] Other: every day;
      key-work every Monday
Success Looks Like: Mags Fielding's reports show every session attended and
      every breath test at zero; no alcohol seen at SW visits
Status: On Track (one lapse 24-26/12/2025)  Date Completed:

Task 3/11   Ref: HZ-55033   Linked Objective(s): 1, 2
What: Key-work and breath tests with Gary, and a written report to each core
      group on whether he is staying sober, his capacity to keep making the
      changes Ollie and Evie need and the likely timescale
Who: Mags Fielding, Recovery Co-ordinator  Agency: Nettlemire Alcohol Service
      (adult)
Start: 29/07/2025                         Target: 14/07/2026
How Often: [X] Weekly  [ ] Fortnightly  [ ] Monthly  [ ] Other: ____
Success Looks Like: Breath test results and the written report on Horizon two
      working days before every core group
Status: Achieved - report in for every core group   Date Completed:

Task 4/11   Ref: HZ-55034   Linked Objective(s): 1
What: Prescribe and review Gary's acamprosate, check his liver function, and
      tell the SW within 2 working days if he misses a review or a
      prescription
Who: Dr Ayesha Karim, GP                  Agency: Wicken Row Surgery
Start: 17/11/2025                         Target: 14/07/2026
How Often: [ ] Weekly  [ ] Fortnightly  [ ] Monthly  [X] Other: every 8 weeks
Success Looks Like: GP letter to the SW after each review, with the liver
      function results; any missed review logged on Horizon
Status: On Track                          Date Completed:

Task 5/11   Ref: HZ-55035   Linked Objective(s): 2, 3
What: Check Ollie's attendance, give him a weekly session with his mentor, and
      phone the SW the same day if he is absent or says his dad has been
      drinking
Who: Mr Josh Pemberton, DSL               Agency: Nettlemire High School
Start: 29/07/2025                         Target: 14/07/2026
How Often: [ ] Weekly  [ ] Fortnightly  [ ] Monthly  [X] Other: register
      daily, mentor weekly
Success Looks Like: Attendance of 95% or more, sent to the SW monthly; mentor
      sessions logged on CPOMS
Status: Achieved - 97% this term          Date Completed:

Task 6/11   Ref: HZ-55036   Linked Objective(s): 3, 4
What: Check Evie's attendance and whether she arrives fed and in clean
      uniform, and go through her worry box with her each Friday
Who: Mrs Alison Reeve, DSL                Agency: St Cuthbert's Primary School
Start: 29/07/2025                         Target: 14/07/2026
How Often: [ ] Weekly  [ ] Fortnightly  [ ] Monthly  [X] Other: register
      daily, worry box Fridays
Success Looks Like: Attendance and arrival checks e-mailed to the SW each
      Friday; Evie's worry box notes shared at each core group
Status: On Track                          Date Completed:

Task 7/11   Ref: HZ-55037   Linked Objective(s): 2, 4
What: Collect Ollie and Evie from school and give them their tea at Sandpiper
      Way until 7pm, and come at once if Ollie rings
Who: Lorraine Fitch (paternal aunt)       Agency: N/A
Start: 29/07/2025                         Target: 14/07/2026
How Often: [ ] Weekly  [ ] Fortnightly  [ ] Monthly  [X] Other: Wednesdays
      and Fridays in term time; the same day if Ollie rings
Success Looks Like: Lorraine writes each afternoon in the shared diary, which
      the SW reads at every visit; both children tell the SW about it
Status: On Track                          Date Completed:

Task 8/11   Ref: HZ-55038   Linked Objective(s): 2
What: Take Ollie to football training and to his Saturday matches
Who: Phil Fitch (uncle)                   Agency: N/A
Start: 05/09/2025                         Target: 14/07/2026
How Often: [ ] Weekly  [ ] Fortnightly  [ ] Monthly  [X] Other: Tuesdays
      6pm and Saturday mornings
Success Looks Like: Nettlemire Juniors register shows Ollie at four sessions
      in every five; Phil notes each week in the shared diary
Status: On Track                          Date Completed:

Task 9/11   Ref: HZ-55039   Linked Objective(s): 3
What: Eight bereavement sessions each for Ollie and Evie about their mum
Who: Kath Mellor, Practitioner            Agency: Nettlemire Children's
      Bereavement Service
Start: 04/02/2026                         Target: 27/05/2026
How Often: [ ] Weekly  [X] Fortnightly  [ ] Monthly  [ ] Other: ____
Success Looks Like: Session summaries sent to the SW after sessions 4 and 8;
      each child's feelings scale at sessions 1 and 8
Status: Not Started - first sessions booked   Date Completed:

Task 10/11  Ref: HZ-55040   Linked Objective(s): 1
What: Community alcohol detox for Gary
Who: Mags Fielding, Recovery Co-ordinator  Agency: Nettlemire Alcohol Service
      (adult)
Start: 03/11/2025                         Target: 21/11/2025
How Often: [ ] Weekly  [ ] Fortnightly  [ ] Monthly  [X] Other: daily for 14
      days
Success Looks Like: Detox completed; discharge letter to the SW and GP
Status: Closed - Completed                Date Completed: 17/11/2025

Task 11/11  Ref: HZ-55041   Linked Objective(s): 4   (Added At Second Review)
What: Hold a family group conference so that the wider family can plan who
      looks after Ollie and Evie if Gary drinks and Lorraine cannot
Who: Dean Ashby, Co-ordinator             Agency: Nettlemire Family Group
      Conference Service
Start: 06/02/2026                         Target: 20/03/2026
How Often: [ ] Weekly  [ ] Fortnightly  [ ] Monthly  [X] Other: once
Success Looks Like: The family's written plan from the conference shared at
      the core group on 21/04/2026
Status: Not Started                       Date Completed:
________________________________________________________________________________

Safety Arrangements:
No alcohol is kept at 5 Wicken Row. Ollie has Lorraine's and Phil's numbers
saved on his phone and knows that ringing them is the right thing to do.

Contingency Arrangements:
Trigger: Gary drinks (a positive breath test, alcohol smelt or seen, or either
         child says so).
Response: Lorraine collects the children that day and they stay at 30 Sandpiper
          Way; the SW visits the same day, and holds a strategy discussion the
          same day if Gary was drunk while caring for them.
Trigger: Gary misses two key-work sessions or two breath tests in a row.
Response: Mags Fielding tells the SW the same day; the SW makes an unannounced
          visit within 24 hours.
Trigger: Lorraine and Phil cannot have the children (they are ill, away, or
         the arrangement breaks down).
Response: The SW places Ollie and Evie together with Nettlemire foster carers
          the same day.
Legal Planning: If Gary drinks again before the next review, or Mags
          Fielding's report says he cannot keep the changes going in the
          children's timescale, the SW requests a legal planning meeting with
          Paul Greatorex within 5 working days.

Review Arrangements:
Core Group Frequency: [ ] Every 4 Weeks  [X] Every 6 Weeks  [ ] Other
Core Group Dates: 10/03/2026    21/04/2026    02/06/2026
Venue: Nettlemire High School, 3.45pm
Next Review Conference: 14/07/2026          Time: 1pm, Nettlemire Civic Centre
________________________________________________________________________________
Audit: Created 29/07/2025 TODUYA | Amended 27/01/2026 TODUYA (Task 11 added,
Task 10 closed) | Authorised 28/01/2026 PGREATOREX
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. Plan as amended at the third core group, three children aged 13, 8 and
#    3, mother's cocaine and alcohol use with her partner, maternal
#    grandmother helping. "CasePoint" plain-text report: fixed-width columns
#    with a ruled header that repeats on each page, page headers with "Page n
#    of 3", rows wrapping over several lines, dot-leader case details, a
#    closed task kept for the record. Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b148_norringsby_cg3_fixed_columns_wrapped_rows_hollis.txt",
    "split": "heldout",
    "actions": 12,
    "template": "case-system-plain-text-report-fixed-width-ref-task-lead-when-evidence-columns-ruled-header-repeated-each-page-page-n-of-m-headers-cells-wrapping-over-lines-dot-leader-case-details-sections-concerns-views-objectives-closed-task-kept-contingency-review",
    "description": (
        "Child protection plan as amended at the third core group for a 13-year-old, an "
        "8-year-old and a 3-year-old whose mother uses cocaine and drinks at weekends with her "
        "partner; the maternal grandmother helps. A plain-text report from a case system with "
        "fixed-width Ref / Task / Lead / When / Evidence columns under a ruled header that "
        "repeats on each page, page headers with 'Page n of 3', rows whose cells wrap over "
        "several lines, and one closed task kept for the record (not counted). Most rows are "
        "sound. Faults: the HV's row is measured only by 'Monitored at HV visits', the young "
        "carers referral has no date ('-'), the grandmother's overnight stays are 'As and when "
        "needed', the 'Family network' owns keeping Brandon out of charge, one objective is "
        "about the mother only, the drug service is named but owns no task, and the contingency "
        "is 'further concerns' met by a discussion, with no fallback for the grandmother and no "
        "legal step."
    ),
    "text": """\
NORRINGSBY BOROUGH COUNCIL                              CHILDREN'S SERVICES - CASEPOINT 3
CP PLAN REPORT (RPT-CP-02)               OFFICIAL-SENSITIVE                       Page 1 of 3
Children: HOLLIS, Brandon / HOLLIS, Lacey / CARVER, Mia           Case: NBC-330127
Printed: 12/02/2026 09:44   User: RTHORNE
====================================================================================================

SECTION 1  CASE DETAILS

Child 1 ........... Brandon HOLLIS     DOB 22/06/2012 (13)   Norringsby Academy, Year 9
Child 2 ........... Lacey HOLLIS       DOB 09/04/2017 (8)    Norringsby Primary, Year 4
Child 3 ........... Mia CARVER         DOB 30/10/2022 (3)    Rainbow Nursery
Address ........... 27 Foundry Close, Norringsby NG6 4WA
Mother ............ Toni Hollis (34)
Mother's partner .. Dean Carver (37), Mia's father, lives in the home
MGM ............... Janet Hollis (61), 3 Beck View, Norringsby
Category .......... Neglect (all three children)
ICPC .............. 02/12/2025        Chair: Marian Cole (IRO)
Plan status ....... Amended at core group 3, 11/02/2026
SW ................ Rob Thorne, Safeguarding and Assessment Team 2   TM: Jo Lattimer

SECTION 2  CONCERNS

Toni uses cocaine and drinks heavily at weekends, often with Dean, and friends
come to the house to party. Brandon has been left in charge of Lacey and Mia on
Friday and Saturday nights. On 15/11/2025 Mia, then 3, was found by a neighbour
on the pavement outside at 8am in her nightclothes while the adults were asleep.
The house was dirty, there was little food, and Lacey and Mia were sharing a
mattress on the floor. Brandon missed 19 days of school in the autumn term.

SECTION 3  CHILDREN'S VIEWS

Brandon (seen alone at school, 05/02/2026): "It's better than before Christmas.
Mum still has people round some Saturdays and then I keep the girls in my room.
I'd rather be at Nan's on a Saturday." He would like a lock on his bedroom door
and to go to the young carers' group his friend goes to.
Lacey (seen alone at home, 05/02/2026): "I like it when Nan does Friday tea. I
don't like it when the music is loud and I can't sleep." She wants her own bed.
Mia (seen at nursery, 03/02/2026) ran to her key person, showed the SW her
painting and asked for "more toast"; staff say she eats a lot on Mondays.

SECTION 4  PARENTS' VIEWS

Toni says she has cut down and has not used cocaine since Christmas. Dean says
the parties have stopped, but agreed that friends still come round. Both want
Janet to carry on helping.

SECTION 5  PLAN OBJECTIVES

5.1  Brandon, Lacey and Mia are looked after every evening and weekend by a
     sober adult, and are never left in Brandon's care.
5.2  The children have a clean, warm home with food in the cupboards and a bed
     each.
5.3  Toni is free from drugs and alcohol.
5.4  Brandon goes to school every day and has time for himself.


NORRINGSBY BOROUGH COUNCIL                              CHILDREN'S SERVICES - CASEPOINT 3
CP PLAN REPORT (RPT-CP-02)               OFFICIAL-SENSITIVE                       Page 2 of 3
Children: HOLLIS, Brandon / HOLLIS, Lacey / CARVER, Mia           Case: NBC-330127
Printed: 12/02/2026 09:44   User: RTHORNE
====================================================================================================

SECTION 6  TASKS (LIVE)

REF  TASK                                   LEAD             WHEN           EVIDENCE
---- -------------------------------------- ---------------- -------------- ------------------------
01   Visit Brandon, Lacey and Mia at home   Rob Thorne (SW)  Weekly until   CasePoint visit records
     and see each child on their own; one                    the RCPC on    show all three children
     visit a month at a weekend and one                      03/03/2026     seen each week, with
     unannounced                                                            each child's own words

02   Go to key-work at Norringsby Drug and  Toni Hollis      Every Thursday Monthly attendance
     Alcohol Service and give a screen at   (Mum)            from           letter and screen
     every session, so that she is sober                     04/12/2025     results from the
     whenever she is caring for the                                         service, seen by the SW
     children

03   Monitor Mia's development, weight and  Shelley Ward     Every 4 weeks  Monitored at HV visits
     the state of the home during home      (HV)
     visits

04   Record Mia's attendance, how she       Kelly Barnes,    Every session  Attendance emailed to
     arrives (fed, clean, dressed for the   key person,      (Mon, Tue, Wed the SW every fortnight;
     weather) and anything she says, and    Rainbow Nursery  am)            same-day calls on the
     phone the SW the same day with any                                     nursery log
     worry

05   Check Lacey's attendance and lateness, Mrs F Chaudhry,  Every school   Weekly attendance and
     give her a breakfast club place and    DSL, Norringsby  day            lateness figures to the
     phone the SW the same day if she is    Primary                         SW; breakfast club
     absent or hungry                                                       register

06   Check Brandon's attendance and give    Mr C Denton,     Every school   Attendance 90% or more
     him a weekly session with his learning DSL, Norringsby  day; mentor    by the RCPC (81% now);
     mentor about how things are at home    Academy          Mondays        mentor notes on CPOMS
                                                                            sent to the SW monthly


NORRINGSBY BOROUGH COUNCIL                              CHILDREN'S SERVICES - CASEPOINT 3
CP PLAN REPORT (RPT-CP-02)               OFFICIAL-SENSITIVE                       Page 3 of 3
Children: HOLLIS, Brandon / HOLLIS, Lacey / CARVER, Mia           Case: NBC-330127
Printed: 12/02/2026 09:44   User: RTHORNE
====================================================================================================

SECTION 6  TASKS (LIVE) - CONTINUED

REF  TASK                                   LEAD             WHEN           EVIDENCE
---- -------------------------------------- ---------------- -------------- ------------------------
07   Refer Brandon to Norringsby Young      Rob Thorne (SW)  -              Referral accepted and
     Carers for a young carer's assessment                                  the date of Brandon's
     and a group place                                                      first group on file

08   Have the children to stay overnight at Janet Hollis     As and when    Janet texts the SW each
     her flat when Toni and Dean are going  (MGM)            needed         time the children stay
     out

09   Have Lacey and Mia for tea at her flat Janet Hollis     Every Friday,  Janet texts the SW each
     every Friday after school and walk     (MGM)            3.15pm to 7pm  Friday evening; Lacey
     them home by 7pm                                                       tells the SW about it at
                                                                            visits

10   Make sure that Brandon is never left   Family network   Every evening  Each child tells the SW
     in charge of Lacey and Mia in the                       and weekend    at visits who looked
     evenings or overnight                                                  after them

11   Weekly home sessions with Toni and     Nadia Rahman,    Weekly from    Home conditions
     Dean on a cleaning and shopping        family support   08/12/2025;    checklist scored at each
     routine, and get a bed for each of the worker           beds in by     session and sent to the
     three children                                          27/02/2026     SW; beds seen in place
                                                                            by the SW

12   Go to the ten-week Strengthening       Toni Hollis and  Wednesdays,    Course register shows 8
     Families course together, so that they Dean Carver      14/01/2026 to  of 10 sessions each;
     agree who looks after the children in                   18/03/2026     course leader's end
     the evenings                                                           report to the SW

SECTION 7  CLOSED TASKS (KEPT FOR THE RECORD - NOT PART OF THE LIVE PLAN)

C1   Fit a stair gate and a chain on the front door out of Mia's reach.
     Lead: Rob Thorne (SW). Completed 16/12/2025, seen fitted.

SECTION 8  CONTINGENCY ARRANGEMENTS

If there are further concerns about the children's care or the plan is not
being followed, the core group will meet to discuss next steps and consider
whether the plan needs to change.

SECTION 9  REVIEW ARRANGEMENTS

Core group ........ every 4 weeks, Norringsby Family Centre, 10am
                    CG1 16/12/2025, CG2 14/01/2026, CG3 11/02/2026 (held)
                    CG4 11/03/2026
Review (RCPC) ..... 03/03/2026, 1.30pm, Norringsby Town Hall

====================================================================================================
*** END OF REPORT RPT-CP-02 ***   12 live tasks   1 closed task
""",
    "findings": [
        F("F002", "Toni is free from drugs and alcohol."),
        F("M002", "Monitor Mia's development, weight and"),
        F("T001", "Refer Brandon to Norringsby Young"),
        F("T002", "Have the children to stay overnight at"),
        F("W002", "Make sure that Brandon is never left"),
        F("F004"),
        F("C002"),
        F("C003"),
        F("R002"),
    ],
})
