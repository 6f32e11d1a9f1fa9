"""Batch 147, module l: seven fictional plans (tuning material), places beginning with "l".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: plans as CASE-MANAGEMENT SYSTEMS print or export them, each from a
different invented system in its own layout, the way a social worker would
save or paste it: a Word export with label/value table rows and one two-column
grid per task (CareTrack Children); a Word export with two label/value pairs
on each row and a four-column grid per task (Meridian Case Manager); a
landscape print saved as PDF whose task table runs over several pages with its
header row repeated, cells wrapping over many lines and a long "Evidence of
progress" column (Lothmere CIS); a print saved as PDF with every task a card
headed "TASK REF CP-04nn", tick boxes for the frequency and "Start: ... End:
..." on one line (Pathway); a fixed-width print pasted into a Markdown file as
plain text, its table's cells wrapping onto several lines and its header row
repeated after each page break (ChildSpace 3); an "Item n of 10" print pasted
into a Markdown file with "FIELD NAME: value" lines, two pairs on a line, tick
boxes and empty fields (Horizon CYP); and a plain-text print with labels
stacked over their values and a page header on every page (CaseWorks 9).
Page headers and footers, case numbers, OFFICIAL-SENSITIVE, print dates,
audit lines and "N/A" or "-" in fields that are not an action's owner, time
or measure appear throughout.

Five are exemplary and should get no finding at all: the Lindquarry initial
plan for a 10-week-old (docx), the Lothmere review plan for a disabled
12-year-old (pdf), the Lunsbridge core group plan for a young carer and her
brother (pdf), the Leddersall initial plan for a 3-week-old (md) and the
Lyndrecott second review plan (txt). Two carry a realistic mix of faults among
mostly good rows: the Larrowgate review plan (docx) and the Lackenfold initial
plan (md).

Counting convention used for "actions" (README, "Files", actions, and
convention 1): every live task grid, task card, table row or numbered task of
the plan's task section counts once, including ongoing work marked achieved or
open. A one-off task shown as completed (a completed referral kept in the
print) is work already done and is not counted. Plan objectives, safety
arrangements, the contingency, the review arrangements, the views and the
audit lines are not actions. Status fields are notes on progress, never a
task's timescale or measure.
"""
import textwrap

from build_batch5 import F

PLANS = []


def _fixed_width(rows, widths, gap=2):
    """Lay out rows of cells as a fixed-width print, each cell wrapped in its column."""
    lines = []
    for row in rows:
        cols = [textwrap.wrap(cell, w) or [""] for cell, w in zip(row, widths)]
        height = max(len(c) for c in cols)
        for i in range(height):
            parts = []
            for c, w in zip(cols, widths):
                parts.append((c[i] if i < len(c) else "").ljust(w))
            lines.append((" " * gap).join(parts).rstrip())
    return "\n".join(lines)


# ---------------------------------------------------------------------------
# 1. Initial conference plan for a 10-week-old, mother with postnatal
#    depression, father on night shifts, grandmother covering weekdays.
#    CareTrack Children Word export: label/value table rows, then one
#    two-column grid per task. Exemplary (docx)
# ---------------------------------------------------------------------------
def _task(ref, objective, task, who, start, due, measure, status="Open"):
    return ("table", {
        "widths": [4.2, 12.8],
        "bold_first_col": True,
        "rows": [
            ["Task ref", ref],
            ["Linked objective", objective],
            ["Task", task],
            ["Responsible", who],
            ["Start", start],
            ["Due / frequency", due],
            ["Success measure", measure],
            ["Status", status],
        ],
    })


PLANS.append({
    "name": "b147_lindquarry_caretrack_export_task_grids_halloran.docx",
    "doc_title": "Child Protection Plan - Maisie Halloran (CareTrack export)",
    "split": "tune",
    "actions": 11,
    "header": "OFFICIAL-SENSITIVE – CareTrack Children – HALLORAN, Maisie – Person ID 7730415",
    "footer": "Exported 16/01/2026 14:22 by NPARFITT – Page {PAGE} of {NUMPAGES}",
    "template": "icpc-case-system-word-export-label-value-table-rows-household-table-reasons-childs-views-lived-experience-parents-views-plan-objectives-then-one-two-column-grid-per-task-ref-objective-task-responsible-start-due-measure-status-completed-task-kept-contingency-and-review-label-value-rows-audit-line",
    "description": (
        "Exemplary initial child protection plan for a 10-week-old whose mother has postnatal "
        "depression and whose father works nights, exported to Word from an invented case system "
        "(CareTrack Children): plan details and household as label/value table rows, Maisie's observed "
        "day, the parents' views, objectives coded OBJ1-OBJ3, then one two-column grid per task with "
        "ref, linked objective, responsible, start, due/frequency, success measure and status; a "
        "completed GP referral is kept in the export (not counted). The perinatal psychiatrist "
        "assesses capacity to change, the grandmother's weekday hours have a fallback, legal planning "
        "follows named triggers, core group dates and the review conference are set; an audit line "
        "closes the export."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Lindquarry Metropolitan Borough Council · Children's Social Care · CareTrack Children 4.2 · "
              "Form CP-PLAN-02 (Word export)"),
        ("h2", "Plan Details"),
        ("table", {
            "widths": [4.6, 12.4],
            "bold_first_col": True,
            "rows": [
                ["Plan ID", "CPP-2026-00118"],
                ["Child", "Maisie HALLORAN"],
                ["Person ID", "7730415"],
                ["Date of birth", "02/11/2025 (10 weeks at conference)"],
                ["Address", "Flat 6, Corbel House, Quarry Bank Road, Lindquarry LQ3 8DW"],
                ["Category of plan", "Neglect"],
                ["Plan start date", "15/01/2026 (initial child protection conference)"],
                ["Conference chair", "Yvonne Tallis, Independent Reviewing Officer"],
                ["Allocated worker", "Nathan Parfitt, Social Worker, Assessment and Safeguarding Team 3"],
                ["Team manager", "Rosalind Achebe"],
                ["Interpreter required", "N/A"],
                ["Plan end date", "-"],
            ],
        }),
        ("h2", "Household and Significant Others"),
        ("table", {
            "header": ["Name", "Relationship to child", "Date of birth", "Lives with child"],
            "widths": [4.2, 4.4, 3.0, 5.4],
            "rows": [
                ["Niamh Halloran", "Mother", "11/03/2001", "Yes"],
                ["Connor Brady", "Father", "27/08/1998", "Yes"],
                ["Bernadette Halloran", "Maternal grandmother", "19/06/1969",
                 "No – 4 Tilehurst Walk, Lindquarry (five minutes' walk)"],
            ],
        }),
        ("h2", "Reasons for Plan"),
        ("p", "Niamh was diagnosed with postnatal depression by her GP on 08/12/2025. On 29/12/2025 the health "
              "visitor found Maisie in a soaked nappy and the clothes she had been put to bed in; her last "
              "bottle had been six hours earlier. Niamh said she had not been able to get out of bed all day "
              "and \"couldn't face picking her up\". Connor was asleep after a night shift. Maisie's weight had "
              "dropped from the 50th to the 25th centile, and she had missed her 8-week immunisations. Niamh "
              "told the health visitor she sometimes thinks about \"not being here\". She was seen by the "
              "Lindquarry Perinatal Mental Health Team on 06/01/2026 and started sertraline."),
        ("h2", "Child's Views and Lived Experience"),
        ("p", "Maisie is 10 weeks old. On the visit of 12/01/2026 the social worker saw her awake for an hour. "
              "She gave a thin, tired cry when she was hungry and it went on for several minutes before Niamh, "
              "who was sitting on the sofa, got up. Niamh held her facing outwards and did not talk to her during "
              "the feed. When Bernadette arrived Maisie turned towards her voice, and she settled within a "
              "minute on Bernadette's shoulder. Maisie has nappy rash. She smiles at Connor and follows his "
              "face; he sings to her when he changes her."),
        ("p", "Maisie's day (from Bernadette and Connor): Connor gives her the 7am bottle when he gets in from "
              "work. Most weekdays she then spends the morning in her bouncer. Bernadette comes at about 10am "
              "on the days she can, baths her and takes her out in the pram. The afternoon feeds are the ones "
              "that have been missed."),
        ("h2", "Parent's Views"),
        ("p", "Niamh: \"I love her, I just can't feel it at the moment. I want to get better for her. My mum "
              "being here helps more than anything.\""),
        ("p", "Connor: \"I didn't know how bad it was because I'm asleep in the day. I can change my shifts "
              "from March. I'll do whatever the plan says.\""),
        ("h2", "Plan Objectives"),
        ("table", {
            "widths": [2.2, 14.8],
            "bold_first_col": True,
            "rows": [
                ["OBJ1", "Maisie is fed at least every four hours, day and night, kept clean and dry, and her "
                         "weight is back on the 50th centile by the review conference."],
                ["OBJ2", "Maisie is cared for every day by an adult who is well enough to notice when she is "
                         "hungry, wet or upset and to respond to her straight away."],
                ["OBJ3", "Maisie gets to every health appointment and her immunisations are up to date."],
            ],
        }),
        ("h2", "Tasks"),
        ("p", "Tasks on this plan: 12 (Open 11, Completed 1). Listed in task reference order."),
        _task("TSK-00461", "OBJ1, OBJ2",
              "Visit Maisie at home, one visit in three unannounced; see her awake, see where she sleeps and "
              "ask when she was last fed and changed",
              "Nathan Parfitt, Social Worker",
              "19/01/2026",
              "Weekly until the review conference on 09/04/2026",
              "CareTrack visit records state for every visit whether Maisie was seen awake, where she slept "
              "and the time of her last feed"),
        _task("TSK-00462", "OBJ1",
              "Weigh Maisie, look at the feeding chart and show Niamh how to read Maisie's early hunger signs",
              "Gemma Rudd, Health Visitor, Lindquarry 0-19 Service",
              "20/01/2026",
              "Weekly until Maisie is 16 weeks old, then every two weeks",
              "Weight in the red book back on the 50th centile by 09/04/2026; HV visit notes emailed to the SW "
              "after each visit"),
        _task("TSK-00463", "OBJ2",
              "See Niamh every two weeks, review her sertraline and write an assessment of her capacity to make "
              "the changes Maisie needs, the steps still needed and the likely timescale",
              "Dr Farah Qureshi, Consultant Perinatal Psychiatrist, Lindquarry Perinatal Mental Health Team",
              "20/01/2026",
              "Every two weeks; written assessment by 05/03/2026 and an update before the review conference",
              "Written capacity-to-change assessment sent to the SW by 05/03/2026 and shared at the core group "
              "on 26/03/2026"),
        _task("TSK-00464", "OBJ2",
              "Refer Niamh to the Lindquarry Perinatal Mental Health Team",
              "Dr Owen Threlfall, GP, Bank Street Medical Practice",
              "30/12/2025",
              "By 02/01/2026",
              "Referral accepted letter on CareTrack",
              "Completed 02/01/2026 – accepted, first appointment 06/01/2026"),
        _task("TSK-00465", "OBJ3",
              "Give Maisie her missed 8-week immunisations and her 12-week immunisations, and tell the SW the "
              "same day if any appointment for Maisie is missed",
              "Kerry Sowerby, Practice Nurse, Bank Street Medical Practice",
              "19/01/2026",
              "8-week immunisations by 30/01/2026; 12-week by 27/02/2026",
              "Immunisations recorded in the red book and confirmed by email to the SW"),
        _task("TSK-00466", "OBJ2",
              "Take sertraline every day and go to every perinatal appointment, so that Niamh is well enough "
              "to feed and settle Maisie",
              "Niamh Halloran (mother)",
              "15/01/2026",
              "Every day; appointments every two weeks",
              "Perinatal team confirms attendance in its report; pharmacy record shows each prescription "
              "collected on time"),
        _task("TSK-00467", "OBJ1",
              "Give Maisie her 7am bottle and change her before going to bed after each night shift, and "
              "write the feed on the feeding chart",
              "Connor Brady (father)",
              "16/01/2026",
              "Every shift day (Monday to Thursday) until his move to day shifts",
              "Feeding chart shows the 7am feed signed by Connor; HV checks the chart at each weekly visit"),
        _task("TSK-00468", "OBJ1, OBJ2",
              "Come to Corbel House while Connor sleeps, help Niamh with the 11am and 3pm feeds and give "
              "Maisie her bath",
              "Bernadette Halloran (maternal grandmother)",
              "19/01/2026",
              "Monday to Thursday, 10am to 3.30pm",
              "Bernadette signs the feeding chart for the feeds she sees; the SW checks the chart at each "
              "visit and asks Maisie's parents and Bernadette about the week"),
        _task("TSK-00469", "OBJ2",
              "Six sessions with Niamh and Maisie on feeding, sleep and reading Maisie's cues, using short "
              "video clips of their play",
              "Tasha Quigley, Family Support Worker, Quarry Bank Family Hub",
              "21/01/2026",
              "Wednesdays, weekly, 21/01/2026 to 25/02/2026",
              "Routine chart on the fridge; session notes to the SW; by session 6 the clips show Niamh going "
              "to Maisie within a minute of her crying"),
        _task("TSK-00470", "OBJ1",
              "Put Maisie down to sleep on her back in her own Moses basket in her parents' room, for every "
              "sleep",
              "Niamh Halloran and Connor Brady (parents)",
              "15/01/2026",
              "Every sleep, day and night",
              "The SW and HV see the basket made up and clear at each visit; Maisie is never found asleep on "
              "the sofa or in her parents' bed"),
        _task("TSK-00471", "OBJ1, OBJ2, OBJ3",
              "Update the child and family assessment with what the tasks above show about Maisie's care",
              "Nathan Parfitt, Social Worker",
              "19/01/2026",
              "By 05/03/2026",
              "Updated assessment on CareTrack and shared with the core group on 26/03/2026 and the review "
              "conference"),
        _task("TSK-00472", "OBJ2",
              "Go with Maisie to the Baby Steps group, where staff will note how Niamh and Maisie play "
              "together",
              "Niamh Halloran, with Lorna Pike, Quarry Bank Family Hub",
              "27/01/2026",
              "Tuesdays, 10am, weekly until 31/03/2026",
              "Group register shows 8 of 10 sessions attended; Lorna's notes on each session sent to the SW "
              "monthly"),
        ("h2", "Contingency Arrangements"),
        ("table", {
            "widths": [4.6, 12.4],
            "bold_first_col": True,
            "rows": [
                ["Trigger", "Niamh tells anyone she is thinking of harming herself or Maisie; Niamh cannot get "
                            "up to care for Maisie; Maisie misses two feeds in a row, or her weight falls at "
                            "two weekly weighs."],
                ["Response", "Connor or Bernadette takes over Maisie's care at once and stays with her. The SW "
                             "visits the same day and holds a strategy discussion the same day. Niamh's "
                             "perinatal team is told the same day and offers an urgent appointment."],
                ["If family support is not available",
                 "If Bernadette cannot come on one of her days (ill or away), she texts the SW by 9am and Tasha "
                 "Quigley (FSW) visits between 10am and 3pm that day. If neither Connor nor Bernadette can care "
                 "for Maisie after a trigger, the SW will place her with Lindquarry foster carers the same day."],
                ["Legal planning", "If Maisie's weight falls below the 9th centile, Niamh stops her treatment, or "
                                   "the perinatal assessment says she cannot make the changes within Maisie's "
                                   "timescale, the SW will request a legal planning meeting within 5 working "
                                   "days."],
            ],
        }),
        ("h2", "Review Arrangements"),
        ("table", {
            "widths": [4.6, 12.4],
            "bold_first_col": True,
            "rows": [
                ["Core group frequency", "Every 4 weeks"],
                ["Core group dates", "29/01/2026, 26/02/2026 and 26/03/2026, 1.30pm, Quarry Bank Family Hub"],
                ["Review conference", "09/04/2026, 10.00am, Lindquarry Civic Offices, Room 4"],
            ],
        }),
        ("p", "Audit: created 15/01/2026 16:05 by NPARFITT · last updated 16/01/2026 14:20 by NPARFITT · "
              "authorised 16/01/2026 14:21 by RACHEBE (Team Manager) · version 2"),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. First review conference plan, domestic abuse, two children of 10 and 7,
#    mother's anxiety and low mood, grandfather's school runs. Meridian Case
#    Manager Word export: two label/value pairs on each row of the details
#    table, then a four-column grid per task. Faults among good rows (docx)
# ---------------------------------------------------------------------------
def _grid(no, outcome, text, who, when, measure, status="Open"):
    return ("table", {
        "widths": [3.0, 8.4, 2.4, 3.2],
        "bold_first_col": True,
        "rows": [
            ["Task no.", no, "Status", status],
            ["Description", text, "Outcome", outcome],
            ["Assigned to", who, "Target date", when],
            ["How will we know", measure, "Completed", "-"],
        ],
    })


PLANS.append({
    "name": "b147_larrowgate_meridian_paired_fields_task_grids_fensome.docx",
    "doc_title": "Child Protection Plan (Review) - Kayden and Lily-Mae Fensome",
    "split": "tune",
    "actions": 12,
    "header": "OFFICIAL-SENSITIVE – Meridian Case Manager – MCM-448120 – FENSOME",
    "footer": "Larrowgate City Council – Plan Summary (Word) – printed 21/01/2026 09:47 – Page {PAGE} of {NUMPAGES}",
    "template": "rcpc-case-system-word-export-details-table-two-label-value-pairs-per-row-summary-of-risk-childrens-wishes-parent-carer-views-outcomes-then-four-column-grid-per-task-task-no-status-description-outcome-assigned-to-target-date-how-will-we-know-completed-contingency-meetings",
    "description": (
        "First review conference plan for a 10-year-old and a 7-year-old after domestic abuse by their "
        "father, who has left the home; their mother has anxiety and low mood. Exported to Word from an "
        "invented case system (Meridian Case Manager): a details table with two label/value pairs on each "
        "row, then one four-column grid per task (task no. and status, description and outcome, assigned "
        "to and target date, how will we know and completed). Most tasks are sound, but the talking "
        "therapies row only treats the mother, the school's check-ins are only 'monitored', play therapy "
        "is 'ongoing', the father's programme has no target date, the children's safety plan is left to "
        "the core group, the family support work has no measure, and the next review conference is to be "
        "confirmed."
    ),
    "blocks": [
        ("title", "Child Protection Plan – Review"),
        ("p", "Larrowgate City Council · Children and Families · Meridian Case Manager 8 · Plan Summary"),
        ("table", {
            "widths": [3.0, 5.5, 3.0, 5.5],
            "rows": [
                ["Case no.", "MCM-448120", "Plan type", "Child protection – review"],
                ["Child 1", "Kayden FENSOME, DOB 04/05/2015 (10)", "Child 2", "Lily-Mae FENSOME, DOB 17/09/2018 (7)"],
                ["Category", "Emotional abuse", "Plan start", "21/10/2025 (initial conference)"],
                ["This meeting", "First review conference, 20/01/2026", "Next review conference", "To be confirmed"],
                ["Social worker", "Aisha Mahmood", "Team", "Safeguarding East"],
                ["Chair (IRO)", "Graham Peel", "Language", "English"],
                ["Mother", "Stacey Fensome (32), 14 Hob Lane, Larrowgate LG6 2PQ", "Father",
                 "Dean Fensome (36), NFA – staying with friends in Larrowgate"],
                ["Maternal grandfather", "Ray Pickering, 11 Pell Street, Larrowgate", "Interpreter", "N/A"],
            ],
        }),
        ("h2", "Summary of Risk"),
        ("p", "Police were called to 14 Hob Lane five times between March and October 2025. On 03/10/2025 Dean "
              "pushed Stacey into the kitchen door and broke the glass while Lily-Mae was in the room; Kayden "
              "called 999. Dean left the house that night and has not lived there since. Stacey has anxiety and "
              "low mood and was referred by her GP to Larrowgate Talking Therapies in November. Since the "
              "initial conference there have been no police call-outs to the house. Dean has been offered a "
              "place on the Step Change programme. His time with the children is supervised at the Larrowgate "
              "Contact Centre."),
        ("h2", "Children's Wishes and Feelings"),
        ("p", "Kayden (seen alone at school, 13/01/2026): \"It's quieter now. I can sleep with my door shut "
              "now. I want to see Dad but only at the centre, not at home.\" He scored home 7 out of 10 "
              "(3 in October)."),
        ("p", "Lily-Mae (seen alone at home, 15/01/2026) drew her house with a big door and said: \"The door "
              "is shut so no shouting can come in.\" She still wets the bed two or three nights a week and asks "
              "her mum every evening if Daddy is coming."),
        ("h2", "Parent/Carer Views"),
        ("p", "Stacey: \"I feel safer but I'm on edge all the time. My dad's been brilliant with the school "
              "runs.\" Dean (by phone, 16/01/2026) says he wants to see the children more and will do the course."),
        ("h2", "Outcomes"),
        ("numbers", [
            "Kayden and Lily-Mae live free from domestic abuse and do not see or hear violence or threats at "
            "home.",
            "Kayden and Lily-Mae feel safe, sleep well and know who to tell if their dad comes to the house.",
            "Kayden and Lily-Mae's time with their dad is safe, supervised and something they enjoy.",
        ]),
        ("h2", "Tasks"),
        ("p", "12 open tasks. Grids printed in task order."),
        _grid("T1", "1, 2",
              "Visit Kayden and Lily-Mae at home and see each child on their own",
              "Aisha Mahmood, Social Worker",
              "Every two weeks until the next review conference",
              "Meridian visit records show each child seen alone at every visit, with their own words "
              "written down"),
        _grid("T2", "1",
              "Keep Dean away from 14 Hob Lane and away from the children outside contact centre sessions; "
              "ring 999 if he comes to the house",
              "Stacey Fensome (mother)",
              "Every day from 21/10/2025",
              "Police checks before each core group show no call-outs or breaches; both children tell the SW "
              "Dad has not been to the house"),
        _grid("T3", "1",
              "Safety planning with Stacey for herself and the children, and a fresh DASH risk assessment",
              "Jodie Marsh, IDVA, Larrowgate Domestic Abuse Service",
              "Every two weeks until 31/03/2026",
              "Written safety plan on file with a copy to the SW; DASH score at session 6 shared with the "
              "core group"),
        _grid("T4", "1",
              "Twelve weekly sessions of CBT for Stacey's anxiety and low mood",
              "Owen Pratt, therapist, Larrowgate Talking Therapies",
              "Weekly from 08/01/2026",
              "Attendance letter to the SW every month"),
        _grid("T5", "1",
              "Send the SW every domestic abuse notification about Dean, Stacey or the address",
              "DS Karen Lowe, Public Protection Unit, Larrowgate Police",
              "Within 24 hours of any call-out",
              "Notifications logged on Meridian within 24 hours"),
        _grid("T6", "2",
              "Check in with Kayden each Monday with his learning mentor about how things are at home",
              "Mr Phil Carver, DSL, Ashgrove Junior School",
              "Every Monday in term time",
              "School will monitor Kayden's mood and feed back to the core group"),
        _grid("T7", "2",
              "Play therapy sessions for Lily-Mae about what she saw at home",
              "Sian Hebden, play therapist, Larrowgate Children's Wellbeing Service",
              "Ongoing",
              "Session summaries sent to the SW after sessions 4 and 8"),
        _grid("T8", "1, 3",
              "Attend and complete the Step Change domestic abuse perpetrator programme",
              "Dean Fensome (father)",
              "",
              "Programme worker's attendance reports on the case file; Dean can tell the SW what he has "
              "learned about how the abuse affected Kayden and Lily-Mae"),
        _grid("T9", "2",
              "Agree a safety plan with Kayden and Lily-Mae in words they understand, saying what to do if "
              "Dad comes to the house",
              "Core group",
              "By 17/02/2026",
              "A copy of each child's safety plan on file; both children can explain it to the SW"),
        _grid("T10", "2",
              "Collect Kayden and Lily-Mae from school and give them their tea at 11 Pell Street",
              "Ray Pickering (maternal grandfather)",
              "Every Tuesday and Thursday in term time",
              "School collection log signed by Ray; the SW checks it each month"),
        _grid("T11", "2",
              "Work with Stacey on the children's bedtime and school-morning routines",
              "Kelly Fairbrother, Family Support Worker",
              "Wednesdays, weekly, 8 sessions from 28/01/2026",
              ""),
        _grid("T12", "3",
              "Supervise Dean's time with Kayden and Lily-Mae at the contact centre",
              "Marie Dunne, contact supervisor, Larrowgate Contact Centre",
              "Every Saturday, 10am to 12 noon",
              "Contact record for each session sent to the SW within 2 working days"),
        ("h2", "Contingency"),
        ("p", "If Dean comes to 14 Hob Lane, contacts Stacey outside the contact arrangements or is seen near "
              "the children's school, Stacey will ring 999, Kayden and Lily-Mae will stay with Ray at 11 Pell "
              "Street that night, and the SW will hold a strategy discussion the same day. If Ray cannot have "
              "them (he is ill or away), the SW will arrange an emergency foster placement for both children "
              "together the same day."),
        ("p", "If Dean breaks the arrangements twice, or Stacey lets him back into the house, the SW will "
              "request a legal planning meeting within 5 working days."),
        ("h2", "Meetings"),
        ("table", {
            "widths": [3.0, 5.5, 3.0, 5.5],
            "rows": [
                ["Core group", "Every six weeks, 3.30pm, Ashgrove Junior School", "Dates", "03/03/2026, 14/04/2026"],
                ["Review conference", "To be confirmed by the Conference Service", "Venue", "-"],
            ],
        }),
        ("p", "Record status: Authorised · Last edited 21/01/2026 09:41 by AMAHMOOD · Authorised by TM "
              "J.OKORO 21/01/2026 09:45"),
    ],
    "findings": [
        F("H001", "Twelve weekly sessions of CBT for Stacey's anxiety and low mood"),
        F("M002", "Check in with Kayden each Monday with his learning mentor"),
        F("T002", "Play therapy sessions for Lily-Mae about what she saw"),
        F("T001", "Attend and complete the Step Change domestic abuse perpetrator programme"),
        F("W002", "Agree a safety plan with Kayden and Lily-Mae in words"),
        F("M001", "Work with Stacey on the children's bedtime and school-morning routines"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 3. First review conference plan for a 12-year-old with autism and
#    epilepsy, father (sole carer) drinking, grandmother's help and short
#    breaks. Lothmere CIS landscape print saved as PDF: the task table runs
#    over pages with its header row repeated, cells wrap over many lines and
#    the last column is a long "Evidence of progress". Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b147_lothmere_cis_print_repeated_header_task_table_garside.pdf",
    "doc_title": "CIS print - Child Protection Plan (Review) - Jayden Garside",
    "split": "tune",
    "actions": 12,
    "landscape": True,
    "font_size": 9.5,
    "header": "OFFICIAL-SENSITIVE – Child: Jayden GARSIDE – CIS ID 5520917 – Child Protection Plan (Review)",
    "footer": "Lothmere County Council – CIS v7.3 – printed 04/02/2026 15:06 by K.OYELARAN – Page {PAGE} of {NUMPAGES}",
    "min_pages": 3,
    "template": "rcpc-case-system-print-saved-as-pdf-landscape-page-header-footer-capitals-field-lines-numbered-system-sections-summary-of-concerns-childs-views-parents-views-plan-objectives-then-ref-task-responsible-frequency-due-evidence-of-progress-table-over-pages-repeated-header-safety-arrangements-contingency-review-arrangements-audit",
    "description": (
        "Exemplary first review conference plan for a 12-year-old with autism and epilepsy whose father, "
        "his sole carer, was drinking in the evenings and once could not be woken during a night seizure. "
        "An invented case system's landscape print saved as PDF, with a page header and footer on every "
        "page: field lines in capitals, numbered system sections (Summary of Concerns, Child's Views, "
        "Parent's Views, Plan Objectives, Tasks, Safety Arrangements, Contingency Arrangements, Review "
        "Arrangements) and a twelve-row task table that runs over pages with its header row repeated and a "
        "long 'Evidence of progress' column. The alcohol service reports on change, the GP and epilepsy "
        "nurse own tasks, Jayden's voice comes through his symbols and words, the grandmother's part has "
        "a fallback, legal planning follows named triggers, core group and review dates are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan (Review)"),
        ("p", "LOTHMERE COUNTY COUNCIL · CHILDREN'S INTEGRATED SYSTEM (CIS) · PRINT OF FORM CPP-R1"),
        ("h2", "1. Plan Details"),
        ("kv", [
            ("CHILD", "Jayden GARSIDE, DOB 22/06/2013 (12), male"),
            ("CIS ID", "5520917"),
            ("ADDRESS", "31 Kiln Row, Lothmere LM2 7HA"),
            ("NEEDS", "Autism; epilepsy with seizures mostly at night; speaks in one- and two-word phrases and "
                      "uses a symbol board"),
            ("SCHOOL", "Fernlea Special School, Year 8"),
            ("FATHER", "Gary Garside (45), sole carer"),
            ("MOTHER", "Leanne Garside, lives in Aberdeen; phone calls to Jayden on Sundays"),
            ("PATERNAL GRANDMOTHER", "Irene Garside (70), 15 Ryecroft, Lothmere (two streets away)"),
            ("CATEGORY", "Neglect"),
            ("ICPC", "11/11/2025"),
            ("RCPC", "03/02/2026 (this plan). Chair: Hilary Dunmore, IRO"),
            ("SOCIAL WORKER", "Kamal Oyelaran, Disabled Children's Team (TM: Beverley Thorne)"),
            ("INTERPRETER", "N/A"),
        ]),
        ("h2", "2. Summary of Concerns"),
        ("p", "On 28/10/2025 Jayden had a long seizure at 2am. His seizure monitor alarmed for 20 minutes. A "
              "neighbour heard it and called an ambulance; the crew found Gary asleep on the sofa after drinking "
              "and could not wake him for some time. Jayden's rescue medication was not where it should be. "
              "School had noticed Jayden arriving without breakfast and in the same clothes for several days. "
              "Since the initial conference Gary has been to 11 of 12 sessions at Lothmere Alcohol and Drug "
              "Service; one breath test, on 22/12/2025, was positive. Every seizure since November has been "
              "recorded and the rescue medication given when it was needed. Jayden's attendance is 96%."),
        ("h2", "3. Child's Views"),
        ("p", "Jayden was seen at home on 27/01/2026 and at school on 29/01/2026 with his teaching assistant, "
              "who knows his symbols. Asked about home, he pointed to \"happy\" for Nana and for Willowmede, and "
              "to \"sad\" when shown the picture of the sofa. He said \"Dad, no beer\" and then \"Dad, cars\", and "
              "took the social worker to see the car magazines he reads with his dad. His teaching assistant "
              "says he is calmest on the mornings after a night at Willowmede or an evening at Nana's."),
        ("h2", "4. Parent's Views"),
        ("p", "Gary: \"That night frightened the life out of me. I've not had a drink in the house since "
              "Christmas. My mum and Willowmede keep me going. I want the plan to end by the summer.\""),
        ("h2", "5. Plan Objectives"),
        ("numbers", [
            "Jayden is cared for every evening and night by a sober adult who hears his monitor and gives his "
            "rescue medication straight away if he has a seizure.",
            "Jayden goes to school every day clean, fed and rested, and every seizure at home and at school is "
            "written down.",
            "Jayden can show how he feels with his feelings board, and the adults around him answer what he "
            "shows them.",
        ]),
        ("h2", "6. Tasks"),
        ("p", "Tasks open at print: 12. Objective numbers refer to section 5."),
        ("table", {
            "header": ["Ref", "Task", "Responsible", "Frequency / due", "Evidence of progress"],
            "widths": [1.4, 7.0, 4.6, 4.3, 8.4],
            "rows": [
                ["CP1",
                 "Visit Jayden at home, including one evening visit a month after 8pm, and see him at school "
                 "each month with his teaching assistant so he can use his symbols (objectives 1-3)",
                 "Kamal Oyelaran, Social Worker, Disabled Children's Team",
                 "Home every two weeks, school monthly, until the second review conference",
                 "CIS visit records show Jayden seen every two weeks and at school each month, with what he "
                 "said and showed on his symbol board written down, whether his monitor was on and where his "
                 "rescue medication was kept"],
                ["CP2",
                 "Drink no alcohol on any day Jayden is in his care, and keep his rescue medication in the red "
                 "bag within reach (objective 1)",
                 "Gary Garside (father)",
                 "Every day",
                 "Every breath test at the Alcohol and Drug Service and at SW evening visits reads zero; the SW "
                 "finds the red bag in its place at each visit; Jayden's seizure diary is filled in for every "
                 "night"],
                ["CP3",
                 "Key-work with Gary and a breath test each week, and a written view on whether he has stopped "
                 "drinking in the evenings, how that shows in his care of Jayden at night and how long it is "
                 "likely to last (objective 1)",
                 "Reece Danby, recovery worker, Lothmere Alcohol and Drug Service",
                 "Tuesdays, weekly; report two working days before each core group",
                 "Written report on CIS before every core group with the breath test results, attendance and "
                 "Reece's view of the likely timescale for lasting change"],
                ["CP4",
                 "Review Gary's acamprosate and liver tests, so that he stays well enough to care for Jayden "
                 "at night, and tell the SW of any missed review (objective 1)",
                 "Dr Helen Brisco, GP, Mill Lane Surgery",
                 "By 27/02/2026, then every three months",
                 "GP letter with the test results and prescription dates on CIS by 27/02/2026 and after each "
                 "review"],
                ["CP5",
                 "Refresher training for Gary and Irene on giving buccal midazolam, using the seizure monitor "
                 "and filling in the seizure diary; check the monitor works (objectives 1-2)",
                 "Lisa Fenwick, Children's Epilepsy Nurse Specialist, Lothmere Children's Community Health",
                 "By 20/02/2026, then every three months",
                 "Training record signed by Gary and Irene; monitor test logged; the seizure diary shows each "
                 "seizure with its time, length and any medicine given, checked by Lisa at each visit"],
                ["CP6",
                 "Record Jayden's attendance, any seizure at school and how he arrives (clean, fed, rested) in "
                 "the home-school book, and phone the SW the same day with any worry (objective 2)",
                 "Mrs Dawn Whitely, DSL, Fernlea Special School",
                 "Every school day",
                 "Weekly attendance and a copy of the home-school book pages emailed to the SW each Friday; "
                 "attendance of 95% or more; same-day calls logged on CPOMS"],
                ["CP7",
                 "An overnight short break for Jayden at Willowmede, with a note of his sleep, seizures and "
                 "mood (objectives 1-3)",
                 "Tom Ashby, manager, Willowmede Short Break House",
                 "Every other Wednesday night from 11/02/2026",
                 "Stay record sent to the SW after each stay; Willowmede's register shows every planned stay "
                 "taken"],
                ["CP8",
                 "Meet Jayden off the school bus and give him his tea at 15 Ryecroft until Gary collects him "
                 "(objective 2)",
                 "Irene Garside (paternal grandmother)",
                 "Every Monday, 3.30pm to 7pm",
                 "Irene writes the tea and any seizure in the home-school book; the SW reads the entries at "
                 "each visit"],
                ["CP9",
                 "Be the adult Gary rings if he has had a drink or feels he is going to, and come to 31 Kiln "
                 "Row to stay with Jayden that night (objective 1)",
                 "Irene Garside (paternal grandmother)",
                 "The same evening whenever Gary rings",
                 "Irene texts the SW by 9am the next day after any call; her number is on the list on the "
                 "fridge, seen by the SW at each visit"],
                ["CP10",
                 "Make a feelings board with Jayden and teach Gary and school staff to use it with him "
                 "(objective 3)",
                 "Priya Naidoo, speech and language therapist, Lothmere Children's Therapy Service",
                 "Six sessions, fortnightly, by 31/03/2026",
                 "The board is seen in use at home and at school at SW visits; the therapist's report after "
                 "session 6 says which feelings Jayden now shows with it"],
                ["CP11",
                 "Attend the six-week Cygnet course for parents of autistic children (objectives 2-3)",
                 "Gary Garside (father)",
                 "Thursdays, 26/02/2026 to 02/04/2026",
                 "Course register shows at least 5 of 6 sessions; Gary tells the SW one thing he now does "
                 "differently with Jayden, and the SW sees it on a visit"],
                ["CP12",
                 "Assess Jayden's bedroom for seizure safety (bed rails, padding, monitor position) and order "
                 "any equipment needed (objective 1)",
                 "Amir Saleem, occupational therapist, Lothmere Children's Occupational Therapy",
                 "Assessment by 13/03/2026; equipment fitted by 30/04/2026",
                 "OT report on CIS by 13/03/2026; the SW sees the equipment fitted on a visit by 30/04/2026"],
            ],
        }),
        ("h2", "7. Safety Arrangements"),
        ("p", "Standing arrangements agreed at the conference: Jayden's buccal midazolam stays in the red bag on "
              "the kitchen shelf and goes with him wherever he goes; the seizure monitor is on under his "
              "mattress every night; no alcohol is kept at 31 Kiln Row."),
        ("h2", "8. Contingency Arrangements"),
        ("kv", [
            ("TRIGGER", "Gary has a positive breath test, is found under the influence while Jayden is in his "
                        "care, the monitor is found switched off at night, or a seizure is not recorded or "
                        "treated."),
            ("RESPONSE", "Irene comes to 31 Kiln Row and stays with Jayden that night, or Jayden goes to "
                         "Willowmede, which holds an emergency bed for him. The SW holds a strategy discussion "
                         "the same day."),
            ("IF IRENE CANNOT HELP", "If Irene is ill, away or cannot be reached, Jayden goes to Willowmede's "
                                     "emergency bed that evening; if it is full, the SW places him the same "
                                     "day with Lothmere foster carers trained in his epilepsy care."),
            ("LEGAL PLANNING", "If Gary has two positive breath tests before the next review, or Reece "
                               "Danby's report says he cannot keep the changes within Jayden's timescale, the "
                               "SW will request a legal planning meeting within 5 working days."),
        ]),
        ("h2", "9. Review Arrangements"),
        ("kv", [
            ("CORE GROUP", "Every 6 weeks, 4pm, Fernlea Special School: 17/03/2026, 28/04/2026, 09/06/2026"),
            ("NEXT REVIEW CONFERENCE", "28/07/2026, 10am, Lothmere County Hall"),
            ("DISTRIBUTION", "Gary Garside; all core group members; IRO"),
        ]),
        ("p", "CIS audit: form CPP-R1 created 03/02/2026 16:40 by K.OYELARAN; updated 04/02/2026 14:58 by "
              "K.OYELARAN; approved 04/02/2026 15:02 by B.THORNE. Record version 4."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Core group plan after the second core group: a 15-year-old young carer
#    and her 6-year-old brother, mother with bipolar disorder back home after
#    a hospital admission, aunt's help, the boy's father's weekends. Pathway
#    print saved as PDF: every task a card headed "TASK REF CP-04nn" with tick
#    boxes for the frequency and "Start ... End ..." on one line; a completed
#    referral kept. Exemplary (pdf)
# ---------------------------------------------------------------------------
_FREQS = ["Daily", "Weekly", "Fortnightly", "Monthly", "One-off"]


def _ticks(chosen):
    return "   ".join(f"[{'X' if f == chosen else ' '}] {f}" for f in _FREQS)


def _card(ref, status, task, person, agency, freq, start, end, success, outcome):
    return [
        ("boldp", f"TASK REF {ref}          STATUS: {status}"),
        ("kv", [
            ("Task", task),
            ("Person responsible", person),
            ("Agency", agency),
            ("Frequency", _ticks(freq)),
            ("Start", f"{start}          End: {end}"),
            ("Success criteria", success),
            ("Linked outcome", outcome),
        ]),
    ]


PLANS.append({
    "name": "b147_lunsbridge_pathway_task_ref_cards_tick_boxes_pemberton.pdf",
    "doc_title": "Pathway print - Core Group Plan - Tegan and Alfie Pemberton",
    "split": "tune",
    "actions": 11,
    "header": "OFFICIAL-SENSITIVE – Pathway – Case ref LBC/CS/310556 – PEMBERTON, Tegan and Alfie",
    "footer": "Printed 09/02/2026 11:40 – User S.KHOURY – Pathway 11.2 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 3,
    "template": "core-group-plan-case-system-print-saved-as-pdf-page-header-footer-paired-field-lines-plan-outcomes-childrens-views-parents-views-then-task-ref-cards-status-task-person-agency-frequency-tick-boxes-start-end-on-one-line-success-criteria-linked-outcome-completed-card-kept-contingency-review-arrangements-audit",
    "description": (
        "Exemplary core group plan, as updated at the second core group, for a 15-year-old young carer and "
        "her 6-year-old brother whose mother has bipolar disorder and came home from a three-week hospital "
        "admission in December. An invented case system's print saved as PDF with a page header and footer "
        "on every page: paired field lines, outcomes and views, then every task as a card headed 'TASK REF "
        "CP-04nn' with a status, tick boxes for the frequency ('[X] Fortnightly') and 'Start ... End ...' on "
        "one line; a completed young carer's referral is kept as a card (not counted). The care "
        "co-ordinator and the psychiatrist both assess and report on change, the GP owns a task, the aunt's "
        "help has a fallback, legal planning follows named triggers, core group and review dates are set."
    ),
    "blocks": [
        ("title", "Child Protection – Core Group Plan"),
        ("p", "Lunsbridge Borough Council · Children's Services · Pathway Children's Case Management · "
              "Report CG-PLAN (print)"),
        ("pl", "Case ref: LBC/CS/310556          Plan type: Child protection – core group plan"),
        ("pl", "Child 1: Tegan PEMBERTON, DOB 30/04/2010 (15)          Child 2: Alfie PEMBERTON, DOB 11/07/2019 (6)"),
        ("pl", "Address: 8 Saltings Walk, Lunsbridge LB1 4QE          Category: Neglect"),
        ("pl", "Mother: Joanne Pemberton (41)          Alfie's father: Mark Ellison (39), 2 Quayside Court"),
        ("pl", "Maternal aunt: Claire Roper, 22 Marlow Road (ten minutes' walk)          Tegan's father: not involved"),
        ("pl", "ICPC: 13/01/2026          This version: agreed at core group 2, 05/02/2026"),
        ("pl", "Social worker: Sana Khoury          Team manager: Martin Oduya          Chair (IRO): Fiona Kettle"),
        ("p", "Interpreter: N/A          Disability: N/A"),
        ("h2", "Reason for Plan"),
        ("p", "Joanne has bipolar affective disorder. In November 2025 she stopped her lithium, stopped sleeping "
              "and spent most of a week out of the house at night, leaving Tegan to look after Alfie; on "
              "21/11/2025 she did not come home at all. She was admitted to Ashdown Ward under section 2 from "
              "23/11/2025 to 15/12/2025, and the children stayed with Claire. Tegan had been missing school "
              "to get Alfie ready and collect him, and her attendance this year is 81%. Since Joanne came home "
              "she has taken her lithium every day and kept every appointment with her care co-ordinator."),
        ("h2", "Plan Outcomes"),
        ("numbers", [
            "Tegan and Alfie are cared for every day and night by an adult who is well, and are never left "
            "on their own overnight.",
            "Tegan no longer does the caring for her mum or for Alfie, goes to school every day and has time "
            "for her GCSE work and her friends.",
            "Alfie gets to school every day on time and fed, and spends every other weekend with his dad.",
            "Tegan and Alfie know the early signs that Mum is becoming unwell and who to tell, and are safe "
            "the same day when they tell.",
        ]),
        ("h2", "Children's Views"),
        ("p", "Tegan (seen alone at school, 02/02/2026): \"When Mum was ill I was basically Alfie's mum. Never "
              "again. Now I only have to do the washing up. I still check her tablets because "
              "I can't help it. Auntie Claire's is where I can actually relax.\" She scored how safe home feels "
              "at 7 out of 10 (3 at the conference) and wants \"someone to tell me what the signs are, so I "
              "don't have to guess\"."),
        ("p", "Alfie (seen at home, 29/01/2026) drew Mum, Tegan, himself and his dad's dog. He said: \"Mummy was "
              "in hospital but she's better. Tegan does my breakfast sometimes. I like Daddy's weekends because "
              "we go to the park.\""),
        ("h2", "Parent's Views"),
        ("p", "Joanne: \"I'm embarrassed Tegan had to do all that. I know the lithium keeps me well and I'm not "
              "stopping it again.\" Mark: \"I can have Alfie more if it helps. I work days, so not school nights.\""),
        ("h2", "Tasks"),
        ("p", "Cards printed: 12 (open 11, complete 1). Linked outcome numbers refer to Plan Outcomes."),
        *_card("CP-0401", "OPEN",
               "Visit Tegan and Alfie at home and see each of them on their own; see Tegan at school once a month",
               "Sana Khoury, Social Worker", "Lunsbridge Children's Services, Safeguarding Team 2",
               "Fortnightly", "15/01/2026", "14/04/2026 (review conference)",
               "Pathway visit records show both children seen alone every two weeks, with their own words and "
               "Tegan's 0-10 score written down", "1, 2, 3, 4"),
        *_card("CP-0402", "OPEN",
               "Visit Joanne, check her lithium and her early warning signs, and report to each core group on "
               "whether she is making and keeping the changes Tegan and Alfie need and how long that is likely "
               "to take",
               "Rob Hennessy, care co-ordinator", "Lunsbridge North Community Mental Health Team",
               "Fortnightly", "19/01/2026", "14/04/2026",
               "Written report on Pathway two working days before each core group, with visit dates, lithium "
               "levels and Rob's view of the likely timescale", "1, 4"),
        *_card("CP-0403", "OPEN",
               "Outpatient review of Joanne's medication and a written assessment of her insight, her risk of "
               "relapse, her capacity to change and the likely timescale for Tegan and Alfie",
               "Dr Amara Osei, consultant psychiatrist", "Lunsbridge North Community Mental Health Team",
               "One-off", "05/02/2026", "12/03/2026",
               "Assessment letter sent to the SW by 12/03/2026 and shared at core group 3", "1, 4"),
        *_card("CP-0404", "OPEN",
               "Take lithium every evening and go to every blood test, so that Joanne stays well enough to care "
               "for Tegan and Alfie",
               "Joanne Pemberton (mother)", "-",
               "Daily", "15/12/2025", "14/04/2026",
               "Lithium levels in range on every blood test result, copied to the SW by the GP", "1, 2"),
        *_card("CP-0405", "OPEN",
               "Take Joanne's lithium blood test, send the result to the SW and the care co-ordinator, and tell "
               "the SW the same day if a test is missed, so that a relapse is seen before it affects the "
               "children",
               "Dr Ruth Kimani, GP", "Harbour Street Surgery",
               "Monthly", "12/01/2026", "14/04/2026",
               "Result letter on Pathway within a week of each test", "1"),
        *_card("CP-0406", "OPEN",
               "Weekly young carers group for Tegan and a one-to-one session each month to work on her young "
               "carer's plan",
               "Dom Farrell, young carers worker", "Lunsbridge Young Carers",
               "Weekly", "05/02/2026", "14/04/2026",
               "Group register shows Tegan there; her own weekly log of caring hours falls from about 25 to "
               "under 5 by the review conference", "2"),
        *_card("CP-0407", "COMPLETE 27/01/2026",
               "Refer Tegan to Lunsbridge Young Carers for a young carer's assessment",
               "Sana Khoury, Social Worker", "Lunsbridge Children's Services",
               "One-off", "13/01/2026", "30/01/2026",
               "Referral accepted; assessment done 27/01/2026", "2"),
        *_card("CP-0408", "OPEN",
               "Check Tegan's attendance, meet her each week with her head of year, and arrange revision "
               "support for her mock exams",
               "Mr Imran Sadiq, DSL", "Lunsbridge Academy",
               "Weekly", "19/01/2026", "14/04/2026",
               "Attendance emailed to the SW each Friday, rising from 81% to 95% or more; weekly meetings logged "
               "on CPOMS", "2"),
        *_card("CP-0409", "OPEN",
               "Check that Alfie arrives on time, fed and in clean uniform, give him a Tuesday session with the "
               "ELSA, and phone the SW the same day with any worry",
               "Mrs Hollie Brandon, DSL", "St Bede's Infant School",
               "Daily", "19/01/2026", "14/04/2026",
               "Attendance and arrival notes emailed to the SW each Friday; ELSA notes on CPOMS; same-day calls "
               "logged", "3"),
        *_card("CP-0410", "OPEN",
               "Have Tegan and Alfie for tea on Mondays and Wednesdays, and be the adult Tegan rings if she sees "
               "her mum's warning signs",
               "Claire Roper (maternal aunt)", "-",
               "Weekly", "19/01/2026", "14/04/2026",
               "Claire texts the SW after every call from Tegan; Tegan shows the SW Claire's number and the "
               "warning signs card on her phone at visits", "1, 2, 4"),
        *_card("CP-0411", "OPEN",
               "Have Alfie every other weekend, from Friday 5pm to Sunday 5pm",
               "Mark Ellison (Alfie's father)", "-",
               "Fortnightly", "16/01/2026", "14/04/2026",
               "Contact diary signed by Mark and Joanne, seen by the SW each month; Alfie talks about his "
               "weekends at visits", "3"),
        *_card("CP-0412", "OPEN",
               "Three sessions of direct work with Tegan to write her own \"when Mum is poorly\" plan, and one "
               "with Alfie using pictures",
               "Sana Khoury, Social Worker", "Lunsbridge Children's Services, Safeguarding Team 2",
               "Fortnightly", "12/02/2026", "13/03/2026",
               "Tegan's plan in her own words on Pathway, with copies for Tegan and Claire; Alfie's picture plan "
               "on his bedroom wall, seen at a visit", "4"),
        ("h2", "Contingency Arrangements"),
        ("p", "Triggers: Joanne misses two evening doses of lithium, misses two appointments with Rob Hennessy, "
              "shows two of her early warning signs (not sleeping, spending large sums, talking very fast, "
              "going out at night), or leaves the children alone overnight."),
        ("p", "Response: Tegan rings Claire, and the children go to 22 Marlow Road that evening; Rob asks the "
              "crisis team to see Joanne the same day; the SW holds a strategy discussion the same day and Mark "
              "collects Alfie if Claire asks him to."),
        ("p", "If Claire cannot have the children (she is ill, away or cannot be reached), the SW places Tegan "
              "and Alfie together with Lunsbridge foster carers the same day."),
        ("p", "Legal planning: if Joanne is admitted to hospital again, or stops her lithium for more than three "
              "days, the SW will request a legal planning meeting within 5 working days."),
        ("h2", "Review Arrangements"),
        ("pl", "Core group: every 4 weeks, Thursdays 4pm, Lunsbridge Academy – 05/03/2026, 02/04/2026"),
        ("pl", "Review conference: 14/04/2026, 10am, Lunsbridge Town Hall"),
        ("p", "Audit: last amended by S.KHOURY 06/02/2026 16:12 (core group 2 changes: CP-0406, CP-0412 added; "
              "CP-0407 completed). Approved M.ODUYA 06/02/2026 16:30."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Initial conference plan for a 3-week-old, both parents using cannabis
#    and the father cocaine, paternal grandparents' daily help. ChildSpace 3
#    fixed-width print pasted into a Markdown file as plain text: page
#    headers, a five-column table whose cells wrap onto several lines and
#    whose header row is repeated after the page break. Exemplary (md)
# ---------------------------------------------------------------------------
_LED_W = [3, 30, 20, 18, 30]
_LED_HEAD = _fixed_width([["NO", "ACTION", "LEAD", "WHEN", "HOW WE WILL KNOW"],
                          ["-" * w for w in _LED_W]], _LED_W)
_LED_RULE = "=" * 109


def _led_page(n):
    return (f"{_LED_RULE}\n"
            "LEDDERSALL CITY COUNCIL   CHILDSPACE 3   CHILD PROTECTION PLAN" + " " * 28 + "OFFICIAL-SENSITIVE\n"
            "Child: Mason QUAYE   ChildSpace ID 2290174   Printed 23/01/2026 10:18" + " " * 29 + f"Page {n} of 3\n"
            f"{_LED_RULE}")


_LED_ROWS_1 = [
    ["1", "Visit Mason at home, one visit in three unannounced; see him awake, see where he sleeps and "
          "check the flat for drugs and smoke",
     "Liam Okoro, social worker", "Weekly from 26/01/2026 until the review conference",
     "ChildSpace visit records say where Mason slept, when he was last fed and that no drugs or smell of "
     "cannabis were found"],
    ["2", "Weigh Mason, check his feeds and nappies and talk with Shannon and Kyle about his sleep",
     "Cara Whitlow, health visitor, Leddersall 0-19 Service", "Weekly until 8 weeks old, then every two weeks",
     "Weight in the red book stays on or above the 50th centile; HV notes emailed to the SW after each visit"],
    ["3", "Use no cannabis, cocaine or any other drug, and keep no drugs in the flat, while caring for Mason",
     "Shannon Quaye (mother)", "Every day from 22/01/2026",
     "Every urine screen at the Recovery Hub negative; hair strand test in May clear"],
    ["4", "Use no cocaine, cannabis or any other drug, and smoke nothing in the flat or near Mason",
     "Kyle Brennan (father)", "Every day from 22/01/2026",
     "Every urine screen at the Recovery Hub negative; hair strand test in May clear"],
    ["5", "Key-work with Shannon and Kyle with a urine screen at each session, and a written view on whether "
          "each has stopped using, what that means for Mason's care and how likely it is to last",
     "Marcus Tilley, recovery worker, Leddersall Recovery Hub (drug and alcohol service)",
     "Weekly for each parent; report two working days before each core group",
     "Screen results and the written report on ChildSpace before every core group"],
    ["6", "Arrange hair strand tests for Shannon and Kyle and share the results",
     "Liam Okoro, social worker", "Samples by 06/02/2026 and again by 06/05/2026",
     "Laboratory results shared with the core group within a week of receipt"],
]

_LED_ROWS_2 = [
    ["7", "Call in every morning to see that Mason has been fed and changed and that his parents are sober, "
          "and ring the SW the same day if not",
     "Lorraine Brennan (paternal grandmother)", "Every day, 8.30am to 9.30am",
     "Lorraine's signed daily log, seen by the SW at each weekly visit"],
    ["8", "Stay overnight at the flat and do Mason's night feeds",
     "Derek and Lorraine Brennan (paternal grandparents)", "Every Friday and Saturday night",
     "Night feed chart signed by Derek or Lorraine; the SW checks the chart every Monday"],
    ["9", "Four sessions with Shannon and Kyle on safe sleep, a smoke-free home and Mason's feeding routine",
     "Jade Pollard, family support worker, Leddersall Family Hub", "Thursdays, weekly, 29/01/2026 to 19/02/2026",
     "Feed chart kept every day; basket clear and flat smoke-free at every SW and HV visit; FSW notes to "
     "the SW"],
    ["10", "Carry out Mason's 6-8 week check and give his first immunisations",
     "Dr Nikhil Bose, GP, Foundry Lane Health Centre", "By 20/02/2026",
     "Check and immunisations recorded in the red book; GP letter to the SW"],
]

PLANS.append({
    "name": "b147_leddersall_childspace_fixed_width_wrapped_columns_quaye.md",
    "split": "tune",
    "actions": 10,
    "template": "icpc-case-system-fixed-width-print-pasted-into-markdown-as-plain-text-page-headers-page-n-of-3-field-lines-concerns-masons-day-parents-views-outcomes-then-five-column-no-action-lead-when-how-we-will-know-table-cells-wrapping-header-row-repeated-after-page-break-contingency-review-audit",
    "description": (
        "Exemplary initial child protection plan for a 3-week-old whose parents both used cannabis daily "
        "and whose father used cocaine at weekends, with his paternal grandparents calling every morning "
        "and staying at weekends. An invented case system's fixed-width print pasted into a Markdown file "
        "as plain text (not a Markdown table): page headers with 'Page n of 3', field lines, Mason's day as "
        "seen by the workers, the parents' views and outcomes, then a five-column NO / ACTION / LEAD / "
        "WHEN / HOW WE WILL KNOW table whose cells wrap onto several lines and whose header row is repeated "
        "after the page break. The drug service reports on change, the GP owns an action, the "
        "grandparents' part has a fallback, legal planning follows named triggers, core group and review "
        "dates are set."
    ),
    "text": f"""\
# Mason Quaye – child protection plan (ChildSpace print)

Pasted from the ChildSpace print for the core group pack; layout kept as printed.

{_led_page(1)}

CHILD ............. Mason QUAYE          DOB 28/12/2025 (3 weeks)       Male
ADDRESS ........... Flat 2, 19 Sandpiper Road, Leddersall LD4 3NJ
MOTHER ............ Shannon Quaye (22)    FATHER ........ Kyle Brennan (25)
PATERNAL GPS ...... Derek and Lorraine Brennan, 7 Sandpiper Road (same street)
CATEGORY .......... Neglect
CONFERENCE ........ Initial, 22/01/2026, Leddersall Civic Centre
CHAIR ............. Helen Ashworth (IRO)
SOCIAL WORKER ..... Liam Okoro, Children's Safeguarding Team 1 (TM: Sadia Farooq)
INTERPRETER ....... N/A
PREVIOUS PLANS .... None

CONCERNS
Shannon and Kyle told the midwife at booking that they both smoked cannabis every
day, and Kyle said he used cocaine "most weekends". Shannon's urine at Mason's
birth was positive for cannabis. On 10/01/2026 the health visitor smelt cannabis
in the flat and found Mason asleep on the sofa between cushions while both
parents were asleep in the bedroom. Both parents have since started at the
Leddersall Recovery Hub. Derek and Lorraine live four doors away and have
offered to help every day.

MASON'S DAY (SEEN BY THE SW ON 20/01/2026 AND THE HV ON 21/01/2026)
Mason is a small, alert baby who feeds well from a bottle every three hours. He
cried hard when Kyle changed him quickly and settled as soon as Lorraine held him
against her chest and hummed. He was asleep in his Moses basket when the SW
arrived, on his back, with the window open; the flat smelt of air freshener. He
startles at loud noises from the television. Shannon talks to him during feeds
and he watches her face.

PARENTS' VIEWS
Shannon: "I stopped the weed the day the health visitor came. I want to do this
properly for Mason." Kyle: "I know the coke has to go. My mum and dad being round
the corner is what will get us through."

OUTCOMES FOR MASON
1. Mason is cared for every day and night by a parent or grandparent who has not
   used drugs, in a home where there are no drugs and no smoke.
2. Mason is fed and changed on time, sleeps safely on his back in his own basket,
   and keeps growing along the 50th centile.
3. Mason gets to every health appointment and has his checks and immunisations
   on time.

{_led_page(2)}

THE PLAN
{_LED_HEAD}
{_fixed_width(_LED_ROWS_1, _LED_W)}

                                                                          continued on page 3
{_led_page(3)}

THE PLAN (continued)
{_LED_HEAD}
{_fixed_width(_LED_ROWS_2, _LED_W)}

CONTINGENCY
Trigger: either parent has a positive urine screen or is found under the
influence of drugs while caring for Mason; drugs are found in the flat; Mason
is found sleeping anywhere other than his basket; or he misses two weighs in a
row.
Response: Mason is cared for by Derek and Lorraine at 7 Sandpiper Road from that
day, the parent who has used leaves the flat until the core group has met, and
Liam Okoro holds a strategy discussion the same day.
If Derek and Lorraine cannot care for Mason or stop their daily help (illness,
holiday, or the arrangement breaks down), Liam will place Mason with Leddersall
foster carers the same day, with a parent and child placement considered for
the parent who is not using.
Legal planning: if there are two positive screens before the review conference,
or the May hair strand test shows continued use, Liam will request a legal
planning meeting (PLO) within 5 working days.

REVIEW ARRANGEMENTS
Core group ........ every 4 weeks at Leddersall Family Hub, 1pm:
                    05/02/2026, 05/03/2026, 02/04/2026
Review conference . 16/04/2026, 10.30am, Leddersall Civic Centre

Record created 22/01/2026 15:51 L.OKORO | amended 23/01/2026 10:02 L.OKORO |
authorised 23/01/2026 10:11 S.FAROOQ | print job 58114
{_LED_RULE}
END OF REPORT
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Initial conference plan for three children of 8, 4 and 1, neglect and
#    the mother's drinking, grandmother's teas and aunt's school runs.
#    Horizon CYP "Item n of 10" print pasted into a Markdown file: "FIELD
#    NAME: value" lines, a label wrapping onto two lines, two pairs on one
#    line, frequency tick boxes, empty "Date completed" fields, page headers.
#    Faults among good items (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b147_lackenfold_horizon_item_cards_paired_fields_dunleavy.md",
    "split": "tune",
    "actions": 10,
    "template": "icpc-case-system-item-n-of-m-print-pasted-into-markdown-page-headers-field-name-value-lines-paired-fields-plan-objectives-childrens-views-parents-views-then-item-cards-action-responsible-frequency-tick-boxes-start-end-pair-wrapped-success-criteria-label-objective-date-completed-contingency-review",
    "description": (
        "Initial child protection plan for three children of 8, 4 and 1 whose mother drinks cider through "
        "the day, with the maternal grandmother giving teas and an aunt doing school runs. An invented case "
        "system's 'Item n of 10' print pasted into a Markdown file as plain text, with page headers, 'FIELD "
        "NAME: value' lines, two pairs on a line ('Start: ... End: ...'), frequency tick boxes, a label "
        "wrapping onto two lines and empty 'Date completed' fields. Most items are sound, but one "
        "objective is only about the mother, her recovery appointments are measured by 'engagement', the "
        "family support work is ticked 'Other: ongoing', the home conditions check has no one responsible, "
        "the dentist item has no success criteria, no adult service owns an item, and the contingency "
        "leans on the grandmother with no fallback if the family's help fails."
    ),
    "text": """\
# Dunleavy children – child protection plan (Horizon print)

Copied from Horizon CYP on 04/02/2026 for the first core group. Page breaks left as printed.

HORIZON CYP | Lackenfold District Council | Children's Services      OFFICIAL-SENSITIVE
CHILD PROTECTION PLAN - INITIAL            Printed: 04/02/2026 08:55   Page 1 of 4
---------------------------------------------------------------------------------------
Family name: DUNLEAVY                       Household ID: HZ-0092217
Children:    Kacey Dunleavy, DOB 09/06/2017 (8)
             Rhys Dunleavy, DOB 22/02/2021 (4)
             Poppy Dunleavy, DOB 03/12/2024 (1)
Address:     27 Cooper's Row, Lackenfold LK9 5TB
Mother:      Gemma Dunleavy (30)            Fathers: not in contact
Family:      Sandra Dunleavy, maternal grandmother, 12 Fallow Close
             Leanne Mould, maternal aunt, 4 Mill Yard
Category:    Neglect                        Conference: ICPC 03/02/2026
Chair:       Peter Hanlon (IRO)             Social worker: Rachel Duncombe
Team:        Lackenfold Safeguarding Team   Interpreter: N/A

REASONS FOR PLAN
Gemma has been drinking cider from mid-morning most days since the summer. The
school has seen Kacey and Rhys arrive late, hungry and in dirty uniform; Kacey
told her teacher she makes breakfast for Rhys and Poppy "when Mum's asleep".
Poppy has dropped from the 50th to below the 25th centile. On 15/01/2026 the SW
found the kitchen with no clean surfaces or food, dog mess in the hall and
Poppy in a soaked nappy. Gemma was referred to Lackenfold Recovery Service by
her GP on 20/01/2026 and had her first appointment on 29/01/2026.

PLAN OBJECTIVES
1. Kacey, Rhys and Poppy are cared for every day by a sober adult who feeds
   them, washes them and gets them to school on time.
2. Poppy gains weight and is back on the 25th centile by the review conference.
3. Gemma will be alcohol free and will engage with Lackenfold Recovery Service.
4. Kacey no longer looks after Rhys and Poppy and can be an 8-year-old.

CHILDREN'S VIEWS
Kacey (seen alone at school, 27/01/2026): "I'm the one who gets up first. I
like it at Nana's because there's proper tea and a bath. I want Mum to stop
drinking the cider because then she's sleepy." She put home at 4 out of 10.
Rhys (seen at home): "Nana's house has got pasta." He showed the SW his bed,
which had no sheet on it, and said he sleeps with Kacey when he is scared.
Poppy (seen at home, 15/01/2026 and 27/01/2026): quiet and watchful, did not
reach for Gemma, and ate a whole banana quickly when Sandra gave it to her.

PARENT'S VIEWS
Gemma: "I know I've let it slip. I'm going to the Recovery lot now. My mum and
Leanne are helping me and I want the kids to stay with me."

HORIZON CYP | Lackenfold District Council | Children's Services      OFFICIAL-SENSITIVE
CHILD PROTECTION PLAN - INITIAL            Printed: 04/02/2026 08:55   Page 2 of 4
---------------------------------------------------------------------------------------
ITEMS (10)

Item 1 of 10                                                            Status: Open
Action:         Visit Kacey, Rhys and Poppy at home, one visit in three
                unannounced, and see Kacey on her own each time
Responsible:    Rachel Duncombe, Social Worker
Frequency:      [X] Weekly   [ ] Fortnightly   [ ] Monthly   [ ] Other:
Start:          05/02/2026             End: 30/04/2026 (review conference)
Success         Horizon visit records show all three children seen each week
criteria:       and Kacey's own words written down
Objective:      1, 4
Date completed:

Item 2 of 10                                                            Status: Open
Action:         Weigh Poppy, check her development and go through the food
                diary with Gemma
Responsible:    Tanya Birch, Health Visitor, Lackenfold 0-19 Team
Frequency:      [ ] Weekly   [X] Fortnightly   [ ] Monthly   [ ] Other:
Start:          09/02/2026             End: 30/04/2026
Success         Poppy's weight in the red book back on the 25th centile by
criteria:       30/04/2026; HV notes to the SW after each visit
Objective:      2
Date completed:

Item 3 of 10                                                            Status: Open
Action:         Check Kacey's and Rhys's attendance and whether they arrive
                on time, fed and in clean uniform; ring the SW the same day
                with any worry
Responsible:    Mrs Joanne Pell, DSL, Lackenfold Primary School
Frequency:      [ ] Weekly   [ ] Fortnightly   [ ] Monthly   [X] Other: every
                school day
Start:          04/02/2026             End: 30/04/2026
Success         Attendance and arrival sheet emailed to the SW each Friday;
criteria:       same-day calls logged on CPOMS
Objective:      1, 4
Date completed:

Item 4 of 10                                                            Status: Open
Action:         Go to her key-work appointments at Lackenfold Recovery
                Service
Responsible:    Gemma Dunleavy (mother)
Frequency:      [X] Weekly   [ ] Fortnightly   [ ] Monthly   [ ] Other:
Start:          05/02/2026             End: 30/04/2026
Success         Engagement with the service
criteria:
Objective:      3
Date completed:

Item 5 of 10                                                            Status: Open
Action:         Have Kacey, Rhys and Poppy for tea at 12 Fallow Close and
                give Poppy her bath
Responsible:    Sandra Dunleavy (maternal grandmother)
Frequency:      [ ] Weekly   [ ] Fortnightly   [ ] Monthly   [X] Other: Mon,
                Wed and Fri, 3.30pm to 6.30pm
Start:          04/02/2026             End: 30/04/2026
Success         Sandra's diary of each tea, seen by the SW at each visit;
criteria:       Poppy's teas written in the HV food diary
Objective:      1, 2
Date completed:

HORIZON CYP | Lackenfold District Council | Children's Services      OFFICIAL-SENSITIVE
CHILD PROTECTION PLAN - INITIAL            Printed: 04/02/2026 08:55   Page 3 of 4
---------------------------------------------------------------------------------------
Item 6 of 10                                                            Status: Open
Action:         Take Kacey and Rhys to school with breakfast eaten
Responsible:    Leanne Mould (maternal aunt)
Frequency:      [ ] Weekly   [ ] Fortnightly   [ ] Monthly   [X] Other: Tue
                and Thu mornings
Start:          05/02/2026             End: 30/04/2026
Success         School registers show both children in on time on Leanne's
criteria:       days
Objective:      1, 4
Date completed:

Item 7 of 10                                                            Status: Open
Action:         Help Gemma set up a routine for the children's meals, baths
                and bedtimes
Responsible:    Jo Asquith, Family Support Worker, Lackenfold Family Centre
Frequency:      [ ] Weekly   [ ] Fortnightly   [ ] Monthly   [X] Other: ongoing
Start:          -                      End: -
Success         Routine chart on the kitchen wall; FSW notes show the
criteria:       children fed, bathed and in bed by 8pm on the evenings she
                calls
Objective:      1
Date completed:

Item 8 of 10                                                            Status: Open
Action:         Home conditions to be checked against the home conditions
                checklist
Responsible:    -
Frequency:      [X] Weekly   [ ] Fortnightly   [ ] Monthly   [ ] Other:
Start:          05/02/2026             End: 30/04/2026
Success         Checklist scored 4 or 5 on every line; photographs of the
criteria:       kitchen and bedrooms on file
Objective:      1
Date completed:

Item 9 of 10                                                            Status: Open
Action:         Register Kacey, Rhys and Poppy with a dentist and take them
                for a check-up
Responsible:    Gemma Dunleavy (mother)
Frequency:      [ ] Weekly   [ ] Fortnightly   [ ] Monthly   [X] Other: once
Start:          04/02/2026             End: 27/03/2026
Success
criteria:
Objective:      1
Date completed:

Item 10 of 10                                                           Status: Open
Action:         Six ELSA sessions with Kacey about her worries at home and
                what an 8-year-old should and should not have to do
Responsible:    Mrs Gill Osborne, ELSA, Lackenfold Primary School
Frequency:      [X] Weekly   [ ] Fortnightly   [ ] Monthly   [ ] Other:
Start:          11/02/2026             End: 18/03/2026
Success         ELSA notes and Kacey's worry scale at sessions 1 and 6 shared
criteria:       with the SW
Objective:      4
Date completed:

HORIZON CYP | Lackenfold District Council | Children's Services      OFFICIAL-SENSITIVE
CHILD PROTECTION PLAN - INITIAL            Printed: 04/02/2026 08:55   Page 4 of 4
---------------------------------------------------------------------------------------
CONTINGENCY ARRANGEMENTS
If Gemma is found drunk while caring for the children, or Poppy loses weight at
two weighs in a row, the SW will visit the same day, Kacey, Rhys and Poppy will
go to Sandra's at 12 Fallow Close that night, and the SW will hold a strategy
discussion the same day.
If Gemma is found drunk while caring for the children twice, or home conditions
have not improved by the review conference, the SW will request a legal
planning meeting within 5 working days.

REVIEW ARRANGEMENTS
Core group:         every 4 weeks, Tuesdays 9.30am, Lackenfold Family Centre
Core group dates:   17/02/2026   17/03/2026   14/04/2026
Review conference:  30/04/2026, 10am, Lackenfold Council Offices

Created 03/02/2026 15:20 R.DUNCOMBE   Updated 04/02/2026 08:50 R.DUNCOMBE
Authorised 04/02/2026 08:53 K.MARWOOD (TM)
---------------------------------------------------------------------------------------
""",
    "findings": [
        F("F002", "Gemma will be alcohol free and will engage with Lackenfold Recovery Service."),
        F("M002", "Go to her key-work appointments at Lackenfold Recovery Service"),
        F("T002", "Help Gemma set up a routine for the children's meals"),
        F("W001", "Home conditions to be checked against the home conditions checklist"),
        F("M001", "Register Kacey, Rhys and Poppy with a dentist"),
        F("F004"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Second review conference plan for two children of 6 and 3, mother with
#    emotionally unstable personality disorder and self-harm, aunt's help,
#    father at a distance. CaseWorks 9 plain-text print: labels stacked over
#    their indented values, a page header on every page, a closed task kept.
#    Exemplary (txt)
# ---------------------------------------------------------------------------
def _cw_page(n):
    return ("CASEWORKS 9 - LYNDRECOTT BOROUGH COUNCIL                              OFFICIAL-SENSITIVE\n"
            "Child protection plan (review) - ABARA, Zion and Amara - CW ref 00418873\n"
            f"Printed 29/01/2026 16:27 by T.WINSTANLEY                                   Page {n} of 4\n"
            + "_" * 88)


PLANS.append({
    "name": "b147_lyndrecott_caseworks_stacked_labels_paged_print_abara.txt",
    "split": "tune",
    "actions": 9,
    "template": "rcpc2-case-system-plain-text-print-page-header-on-every-page-page-n-of-4-labels-stacked-over-indented-values-plan-details-what-has-changed-views-outcomes-then-task-blocks-task-who-when-how-we-will-know-status-closed-task-kept-contingency-review",
    "description": (
        "Exemplary second review conference plan for a 6-year-old and a 3-year-old whose mother has "
        "emotionally unstable personality disorder and took an overdose at home in August 2025. An "
        "invented case system's plain-text print with the page header (case reference, OFFICIAL-SENSITIVE, "
        "print date, 'Page n of 4') on every page and every label stacked over its indented value; tasks "
        "are blocks with Task / Who / When / How we will know and a status, and a closed GP referral is "
        "kept in the print (not counted). The Complex Emotional Needs Service treats and reports on the "
        "mother's capacity to change, the GP owns a task, the aunt's help has a fallback, legal planning "
        "follows named triggers, core group and review dates are set, both children's views are there."
    ),
    "text": f"""\
{_cw_page(1)}

PLAN DETAILS

Children
    Zion ABARA, DOB 14/08/2019 (6), Harrowfield Primary School, Year 2
    Amara ABARA, DOB 02/03/2022 (3), Little Oaks Nursery
Address
    11 Weaver's Court, Lyndrecott LY3 6DF
Mother
    Chloe Abara (27)
Father
    Tobi Abara (31), lives in Hatherbury, about 90 minutes away
Maternal aunt
    Jess Hartley, 3 Lantern Court, Lyndrecott (five minutes' drive)
Category
    Emotional abuse
Plan history
    ICPC 09/09/2025 / first RCPC 02/12/2025 / second RCPC 27/01/2026
    (this plan)
Chair
    Nadia Pereira, Independent Reviewing Officer
Social worker
    Tom Winstanley, Family Safeguarding Team North (TM: Alison Greer)
Interpreter
    N/A

WHAT HAS CHANGED SINCE THE LAST CONFERENCE

Chloe has emotionally unstable personality disorder. On 21/08/2025 she took an
overdose of her antidepressants at home while Zion and Amara were in the flat;
Zion, then 6, found her and rang his aunt. Before that she had cut herself
several times with the children in the next room. Since the last conference
she has been to 17 of 19 DBT sessions and has not self-harmed since 06/11/2025.
Her tablets are dispensed weekly and kept in a locked box. She had one crisis,
on 24/12/2025, and used her crisis plan: she rang Jess, who took the children
for the night, and rang the crisis line herself.

CHILDREN'S VIEWS

Zion (seen on his own at school, 20/01/2026)
    "Mummy has a box with a key for her tablets now. When she is sad she
    rings Auntie Jess and we have a sleepover. I don't have to do the
    phone any more." He put home at 8 out of 10; in September it was 2.
    He would like to see his dad "more than on the tablet".
Amara (seen at home, 22/01/2026 and at nursery, 23/01/2026)
    Amara played tea parties with Chloe and brought her a cup "for Mummy".
    At nursery she joins in at circle time and uses short sentences; her
    key worker says she still gets upset at pick-up if Chloe is late.

PARENTS' VIEWS

Chloe
    "DBT is the first thing that's actually helped. I know the signs now
    and I don't want the kids to ever see that again."
Tobi (by phone, 26/01/2026)
    "I want to see them more. I can have them one weekend a month."

{_cw_page(2)}

OUTCOMES FOR ZION AND AMARA

1   Zion and Amara are cared for every day by an adult who is well and safe
    enough to look after them, and they never see their mum hurt herself.
2   Zion and Amara live in a home where medicines and sharp things are
    always locked away.
3   Zion can talk about his worries to adults he trusts and no longer feels
    he has to look after his mum.
4   Amara goes to every nursery session and her speech keeps developing.

TASKS

TASK 00                                               STATUS  CLOSED 14/10/2025
Task
    Refer Chloe to the Lyndrecott Complex Emotional Needs Service
Who
    Dr Laila Haddad, GP, Elm Row Practice
When
    By 30/09/2025
How we will know
    Referral accepted; letter of 14/10/2025 on CaseWorks

TASK 01                                                            STATUS  OPEN
Task
    Visit Zion and Amara at home, one visit a month unannounced, and see
    Zion on his own each time
Who
    Tom Winstanley, social worker
When
    Every two weeks until the third review conference
How we will know
    CaseWorks visit records show Zion seen alone at every visit with his own
    words written down, and what Amara was doing and how she was

TASK 02                                                            STATUS  OPEN
Task
    Weekly DBT individual sessions and skills group for Chloe, and a written
    view to each core group on whether she is using her skills when she is
    distressed, her current risk, and how long lasting change is likely to
    take for Zion and Amara
Who
    Dr Meera Lal, clinical psychologist, Lyndrecott Complex Emotional Needs
    Service
When
    Thursdays, weekly, until the programme ends on 30/07/2026; report two
    working days before each core group
How we will know
    Written report on CaseWorks before every core group, with attendance and
    Dr Lal's view of the likely timescale

TASK 03                                                            STATUS  OPEN
Task
    Prescribe Chloe's antidepressant weekly, so that no more than a week's
    tablets are ever in the flat with Zion and Amara
Who
    Dr Laila Haddad, GP, Elm Row Practice
When
    Every week until the third review conference
How we will know
    Pharmacy dispensing record sent to the SW each month shows weekly
    collection only

TASK 04                                                            STATUS  OPEN
Task
    Keep all tablets and blades in the locked box, and ring Jess or the
    crisis line when she feels the urge to hurt herself, before the
    children could see anything
Who
    Chloe Abara (mother)
When
    Every day
How we will know
    The SW checks the box is locked at each visit; Chloe's crisis log and
    Jess's texts show every call made

{_cw_page(3)}

TASK 05                                                            STATUS  OPEN
Task
    Have Zion and Amara after school and nursery until 6.30pm, and take them
    to 3 Lantern Court the same evening whenever Chloe rings in a crisis
Who
    Jess Hartley (maternal aunt)
When
    Every Tuesday; the same evening whenever Chloe rings
How we will know
    Jess texts the SW after every crisis call; Zion tells the SW about his
    Tuesdays at visits

TASK 06                                                            STATUS  OPEN
Task
    Check Zion's attendance, and meet him each Monday with his learning
    mentor to ask how things are at home; ring the SW the same day with any
    worry
Who
    Mr Aled Bevan, DSL, Harrowfield Primary School
When
    Every school day; Monday meetings weekly
How we will know
    Attendance emailed to the SW each Friday (95% or more); Monday meetings
    logged on CPOMS

TASK 07                                                            STATUS  OPEN
Task
    Record Amara's attendance and how she is at drop-off and pick-up, and
    ring the SW the same day if Chloe seems unwell or is very late
Who
    Sophie Kerr, key worker, Little Oaks Nursery
When
    Every session, Monday to Friday mornings
How we will know
    Weekly attendance and drop-off notes emailed to the SW; same-day calls
    written in the nursery's safeguarding log

TASK 08                                                            STATUS  OPEN
Task
    Six sessions with Zion about his worries and what to do if Mummy is
    poorly, using his worry monster
Who
    Ellie Brooks, children's wellbeing practitioner, Lyndrecott School
    Wellbeing Team
When
    Wednesdays, weekly, 04/02/2026 to 11/03/2026
How we will know
    Session notes to the SW; Zion's worry score at sessions 1 and 6; Zion
    can tell the SW who he would ring

TASK 09                                                            STATUS  OPEN
Task
    Video call Zion and Amara, and have them to stay in Hatherbury
Who
    Tobi Abara (father)
When
    Video call every Sunday at 5pm; the first weekend of each month
How we will know
    Contact diary kept by Chloe and Tobi, seen by the SW each month; the
    children talk about the calls and visits at SW visits

{_cw_page(4)}

CONTINGENCY

Trigger
    Chloe self-harms, takes an overdose or says she is planning to; she is
    found too distressed to care for the children; or the locked box is
    found open with tablets or blades out.
Response
    Jess takes Zion and Amara to 3 Lantern Court the same day; the
    Lyndrecott Crisis Team is asked to see Chloe the same day; the SW holds
    a strategy discussion the same day.
If Jess cannot help
    If Jess is ill, away or cannot be reached, the SW places Zion and Amara
    together with Lyndrecott foster carers the same day, and Tobi is asked
    to have them in Hatherbury from the next day while Chloe is assessed.
Legal planning
    If Chloe self-harms again while caring for the children, or Dr Lal's
    report says she cannot make lasting changes within the children's
    timescale, the SW will request a legal planning meeting within 5
    working days.

REVIEW ARRANGEMENTS

Core group
    Every 6 weeks, Tuesdays 3.45pm, Harrowfield Primary School:
    10/03/2026, 21/04/2026, 02/06/2026
Third review conference
    21/07/2026, 10am, Lyndrecott Town Hall

Audit
    Created 27/01/2026 17:02 T.WINSTANLEY; amended 29/01/2026 16:20
    T.WINSTANLEY; authorised 29/01/2026 16:24 A.GREER
________________________________________________________________________________________
END OF PRINT
""",
    "findings": [],
})
