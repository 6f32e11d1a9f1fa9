"""Batch 148, module m: seven fictional plans (held-out material), places beginning with "m".

Everything here is made up: children, families, professionals, services,
schools, hospitals, councils and case-management systems. Labels were
written by hand from docs/rules.md and the conventions in
sample_plans/README.md, without running planlint or reading its code.

Focus: plans as case-management systems print or export them, each from a
different invented system and in its own layout: a Word export with a shaded
label/value grid per "TASK REF" and tick-box frequencies (docx); a landscape
Word report with one small grid per "Item", its labels stacked over its
values, and a progress column (docx); a monospaced print saved as PDF with
dot-leader fields, a label wrapping onto two lines and a task table whose
header repeats on each page (pdf); a core group record printed to PDF with
"ITEM n" cards whose labels sit over their values and a closed item kept
(pdf); a fixed-width column print with wrapped cells and the page and table
headers repeated, pasted into Markdown as plain text (md); an objective and
task tree print with Title Case labels, two label/value pairs on a line and
labels wrapping onto a second line (md); and a plain-text print with
capitalised field labels, tick boxes and empty fields (txt). Babies,
pre-school twins, a disabled child, a teenager at risk of exploitation,
domestic abuse, and parents who are depressed or drink or use drugs.

Five are exemplary (Mardlebury docx, Moxhallow pdf, Mistlecombe pdf,
Meddenford md, Morvanby md). Two carry a realistic mix of faults among
mostly good rows: the Mirrowfield review report (docx) and the Mallowden
print (txt).

Counting actions (README, "Files" and convention 1): every live task card,
item grid or table row of the task section counts once; contingency,
safety arrangements and meeting dates do not; a one-off task shown as closed
or completed is work already done and is not counted, while ongoing work
whose progress note says "achieved" still counts.
"""
import textwrap

from build_batch5 import F, H

PLANS = []


def _ticks(chosen, options=("Weekly", "Fortnightly", "Monthly", "One-off")):
    """A frequency line as the Word export prints its tick boxes."""
    return "   ".join(("\u2612 " if o == chosen else "\u2610 ") + o for o in options)


def _task_card(ref, objective, task, assigned, dates, freq, measure, status):
    """One Kestrel task card: a two-column label/value grid with a shaded banner row."""
    return ("table", {
        "widths": [3.6, 13.4],
        "bold_first_col": True,
        "band_fill": "DDE4EE",
        "rows": [
            [f"TASK REF {ref}      Linked objective: {objective}", H],
            ["Task", task],
            ["Assigned to", assigned],
            ["Dates", dates],
            ["Frequency", freq],
            ["Success measure", measure],
            ["Status", status],
        ],
    })


# ---------------------------------------------------------------------------
# 1. Initial conference plan for a six-week-old baby; mother with postnatal
#    depression, father on night shifts, maternal grandmother helping.
#    "Kestrel Children's Record" Word export: label/value grids, one shaded
#    TASK REF card per task with tick-box frequency, a closed task kept.
#    Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b148_mardlebury_kestrel_export_task_ref_cards_kellaway.docx",
    "doc_title": "Child Protection Plan - Rosie Kellaway",
    "split": "heldout",
    "actions": 10,
    "header": "OFFICIAL-SENSITIVE | Rosie KELLAWAY | Case ID 2207719 | Exported 16/01/2026",
    "footer": "Kestrel Children's Record 7.2 - CP Plan (ICPC) - Page {PAGE} of {NUMPAGES}",
    "template": "icpc-baby-case-system-word-export-header-footer-label-value-grids-two-pairs-per-row-household-grid-reason-lived-experience-parents-views-objective-codes-then-task-ref-card-per-task-banner-task-assigned-dates-tick-box-frequency-success-measure-status-one-closed-then-trigger-response-lead-contingency-grid-review-grid-audit-line",
    "description": (
        "Exemplary initial conference plan for a six-week-old baby who had dropped from the 50th to "
        "the 9th centile while her mother, who has postnatal depression and anxiety, could not get up "
        "for night feeds and her father worked nights. A case system's Word export: details in a "
        "label/value grid with two pairs to a row, objectives PO1-PO4, then one shaded 'TASK REF "
        "CP-04nn' card per task (task, assigned to, start and complete-by dates on one line, "
        "tick-box frequency, success measure, status); a one-off cot task is closed and kept. The "
        "perinatal team assesses capacity to change, the GP, housing, paediatrician and family "
        "hub own tasks, the grandmother's mornings have a fallback, legal planning follows named "
        "triggers, core group dates and the review date are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Mardlebury Metropolitan Borough Council - Children's Services. Document generated by Kestrel "
              "Children's Record 7.2 from workflow step 'ICPC Plan - Approved'."),
        ("h1", "1. Subject and Plan Details"),
        ("table", {
            "widths": [3.2, 5.3, 3.2, 5.3],
            "bold_first_col": False,
            "rows": [
                ["Child name", "Rosie KELLAWAY", "Case ID", "2207719"],
                ["Date of birth", "04/12/2025 (6 weeks)", "Gender", "Female"],
                ["Address", "Flat 3, 41 Tanner's Row, Mardlebury MB6 2QE", "Category", "Neglect"],
                ["Plan start", "14/01/2026", "ICPC date", "14/01/2026"],
                ["Conference chair", "Gillian Oyelaran (IRO)", "Plan status", "Active"],
                ["Allocated worker", "Nadia Brennock, Social Worker, Safeguarding Team 3",
                 "Team manager", "Owen Catterick"],
                ["Legal status", "None", "Interpreter", "Not required"],
            ],
        }),
        ("h1", "2. Household and Significant Others"),
        ("table", {
            "header": ["Name", "Relationship", "Age", "Lives with child", "Contact"],
            "widths": [3.6, 3.4, 1.4, 2.6, 6.0],
            "rows": [
                ["Chloe KELLAWAY", "Mother", "24", "Yes", "Flat 3, 41 Tanner's Row"],
                ["Liam STOTT", "Father", "27", "Yes", "Works nights at Brindley Distribution, Mardlebury"],
                ["Denise KELLAWAY", "Maternal grandmother", "52", "No", "12 Plover Way, Mardlebury (five "
                 "minutes' walk)"],
            ],
        }),
        ("h1", "3. Reason for Plan"),
        ("p", "Chloe has had postnatal depression and severe anxiety since Rosie was born. On 29/12/2025 the "
              "health visitor found that Rosie had dropped from the 50th to the 9th centile. Chloe said she had "
              "not been able to get out of bed for the night feeds and that Liam, who works nights, had not known. "
              "The flat's storage heaters were not working and Rosie's room was 13\u00b0C. Chloe told the health "
              "visitor she sometimes thinks Rosie would be better off without her. Her GP referred her to the "
              "Mardlebury Perinatal Mental Health Service on 02/01/2026 and increased her sertraline."),
        ("h1", "4. Child's Views / Lived Experience"),
        ("p", "Rosie is six weeks old and cannot tell us what her days are like, so this section records what "
              "the social worker and health visitor saw. On 09/01/2026 Rosie was found in a cold room in a "
              "borrowed Moses basket with a loose blanket; she rooted and cried for about twenty minutes before "
              "Chloe fed her, and fed hungrily. On 13/01/2026, with her grandmother there, she was fed within a "
              "few minutes of crying, settled on Denise's shoulder and watched her face. She startles and cries "
              "at loud noises and is calmer when she is held close and spoken to softly. Her nappy was dry and "
              "clean at both visits."),
        ("h1", "5. Parent's Views"),
        ("p", "Chloe said: \u201cI love her, I just can't make myself get up at night. I want help, not for her to "
              "be taken.\u201d She agreed to weekly sessions with the perinatal team. Liam said he had not realised "
              "how unwell Chloe was and has asked his manager for day shifts. Both agreed that Denise should come "
              "every weekday morning."),
        ("h1", "6. Plan Objectives"),
        ("table", {
            "header": ["Ref", "Objective (what must be different for Rosie)"],
            "widths": [1.6, 15.4],
            "rows": [
                ["PO1", "Rosie is fed at least every four hours, day and night, and gains weight, returning to "
                        "the 25th centile or above by the review conference."],
                ["PO2", "Rosie is cared for at all times by an adult who is well enough to notice and respond to "
                        "her, and is never left alone with a parent who is too unwell to care for her."],
                ["PO3", "Rosie lives in a warm flat and sleeps safely in her own cot, in a room kept between "
                        "16\u00b0C and 20\u00b0C."],
                ["PO4", "Rosie's cues are understood, so that she is fed when hungry and comforted when she cries."],
            ],
        }),
        ("h1", "7. Tasks"),
        ("p", "Each task is exported from the Tasks tab in reference order. The frequency ticked in the system is "
              "shown. 'Completed' is filled in only when a task is closed."),
        _task_card("CP-0412", "PO1, PO2, PO3",
                   "Visit Rosie at home, at least one visit in three unannounced; see her fed and changed, check "
                   "where she sleeps and the temperature of her room, and record how Chloe and Liam respond to her.",
                   "Nadia Brennock - Social Worker, Mardlebury Children's Services",
                   "Start: 16/01/2026        Complete by: 14/04/2026 (review conference)",
                   _ticks("Weekly"),
                   "Kestrel visit records show Rosie seen every week, her cot and room temperature checked, and "
                   "how she was fed and comforted; at least four unannounced visits before the review.",
                   "Open        Completed: -"),
        _task_card("CP-0413", "PO1",
                   "Weigh Rosie at home, go through the feed chart with Chloe and give advice on night feeds.",
                   "Sophie Aldred - Health Visitor, Mardlebury 0-19 Service",
                   "Start: 15/01/2026        Complete by: 14/04/2026",
                   _ticks("Other") + "   \u2612 Other: twice a week until Rosie is back on the 25th centile, "
                   "then weekly",
                   "Weights in the red book and on Kestrel; Rosie back on the 25th centile by 14/04/2026; the feed "
                   "chart shows no gap longer than four hours.",
                   "Open        Completed: -"),
        _task_card("CP-0414", "PO2",
                   "Assess Chloe's postnatal depression and anxiety, see her weekly for treatment, and report on "
                   "whether she can make the changes Rosie needs, the steps still needed and the likely timescale.",
                   "Ruth Maddox - Perinatal Mental Health Nurse, Mardlebury Perinatal Mental Health Service "
                   "(consultant: Dr Tomasz Wilk)",
                   "Start: 19/01/2026        Complete by: first report 20/02/2026, then before each core group",
                   _ticks("Weekly"),
                   "Written capacity-to-change report sent to the SW and every core group member by 20/02/2026, "
                   "and an updated report before each core group.",
                   "Open        Completed: -"),
        _task_card("CP-0415", "PO2",
                   "Review Chloe's antidepressant and send the SW and the perinatal team a summary of her mental "
                   "health history and any missed appointments.",
                   "Dr Emily Sandhu - GP, Tanner's Row Medical Practice",
                   "Start: 14/01/2026        Complete by: 23/01/2026",
                   _ticks("One-off"),
                   "GP letter on Kestrel by 23/01/2026, copied to Ruth Maddox.",
                   "Open        Completed: -"),
        _task_card("CP-0416", "PO1",
                   "Feed Rosie at least every four hours, day and night, fill in her feed chart after each feed, "
                   "and wake Liam or phone Denise whenever she feels too low to get up for a feed.",
                   "Chloe Kellaway - Mother",
                   "Start: 14/01/2026        Complete by: 14/04/2026",
                   _ticks("Other") + "   \u2612 Other: every feed, every day",
                   "Feed chart, checked by the HV and SW at every visit, shows no gap longer than four hours, and "
                   "Rosie's weight rises at each weighing.",
                   "Open        Completed: -"),
        _task_card("CP-0417", "PO2",
                   "Move from night shifts to day shifts until the review conference, so that he is at home with "
                   "Chloe and Rosie every night, and do Rosie's 2am feed.",
                   "Liam Stott - Father",
                   "Start: 26/01/2026        Complete by: 14/04/2026",
                   _ticks("Other") + "   \u2612 Other: every night from 26/01/2026",
                   "Employer's rota letter shown to the SW by 26/01/2026; the feed chart shows Liam's initials at "
                   "the 2am feed.",
                   "Open        Completed: -"),
        _task_card("CP-0418", "PO1, PO2",
                   "Come to the flat every weekday from 8am to 1pm to help Chloe with Rosie's morning feeds and "
                   "bath, while Liam sleeps after his last night shifts and then while he is at work.",
                   "Denise Kellaway - Maternal grandmother",
                   "Start: 15/01/2026        Complete by: 14/04/2026",
                   _ticks("Other") + "   \u2612 Other: Monday to Friday",
                   "Denise signs the visit sheet on the fridge each morning and the SW checks it at every visit; "
                   "Denise texts the SW on any day she cannot come.",
                   "Open        Completed: -"),
        _task_card("CP-0419", "PO3",
                   "Repair the storage heaters in the flat and check the windows, so that Rosie's room stays "
                   "between 16\u00b0C and 20\u00b0C.",
                   "Jamal Idowu - Housing Officer, Mardlebury Homes",
                   "Start: 14/01/2026        Complete by: 23/01/2026",
                   _ticks("One-off"),
                   "Repair job sheet sent to the SW by 23/01/2026; the room thermometer reads 16\u00b0C to 20\u00b0C "
                   "at the SW's next visit.",
                   "Open        Completed: -"),
        _task_card("CP-0420", "PO4",
                   "Six sessions with Chloe and Liam using video feedback, so that they learn to spot and respond "
                   "to Rosie's hunger, tiredness and distress cues.",
                   "Hannah Prowse - Family Support Worker, Mardlebury Family Hub (North)",
                   "Start: 22/01/2026        Complete by: 02/04/2026",
                   _ticks("Fortnightly"),
                   "Session notes to the SW after each session; the cues checklist scored by Hannah and the HV at "
                   "sessions 1 and 6 and shared at the core group.",
                   "Open        Completed: -"),
        _task_card("CP-0421", "PO1",
                   "See Rosie in the paediatric clinic about her weight loss and feeding, and set target weights "
                   "for the health visitor to work to.",
                   "Dr Farah Noon - Consultant Paediatrician, Mardlebury General Hospital",
                   "Start: 14/01/2026        Complete by: clinic on 28/01/2026",
                   _ticks("One-off"),
                   "Clinic letter with Rosie's target weights sent to the GP, HV and SW within five working days "
                   "of the clinic.",
                   "Open        Completed: -"),
        _task_card("CP-0422", "PO3",
                   "Provide a cot, mattress and baby sleeping bag from the Family Hub baby bank.",
                   "Hannah Prowse - Family Support Worker, Mardlebury Family Hub (North)",
                   "Start: 14/01/2026        Complete by: 16/01/2026",
                   _ticks("One-off"),
                   "Cot seen made up in the parents' bedroom.",
                   "Closed      Completed: 15/01/2026 - cot seen made up by the SW"),
        ("h1", "8. Safety Arrangements"),
        ("p", "Until the perinatal team's first report, an adult other than Chloe (Liam, Denise, or Hannah on a "
              "Family Hub day) is in the flat for Rosie's morning feeds, and Liam is at home every night once his "
              "day shifts start. Rosie sleeps on her back in her own cot in her parents' room."),
        ("h1", "9. Contingency Arrangements"),
        ("table", {
            "header": ["Trigger", "Response", "Lead"],
            "widths": [5.2, 8.8, 3.0],
            "rows": [
                ["Rosie goes more than four hours without a feed, loses weight at two weighings in a row, or "
                 "falls below the 9th centile.",
                 "The HV arranges a same-day review at the children's assessment unit, Mardlebury General "
                 "Hospital, and the SW holds a strategy discussion that day.",
                 "Sophie Aldred (HV); Nadia Brennock (SW)"],
                ["Chloe says she has thoughts of harming herself or Rosie, or the perinatal team tells the SW "
                 "she is not safe to care for Rosie.",
                 "Chloe is not left alone with Rosie; Rosie is cared for by Liam or at Denise's home at 12 Plover "
                 "Way; the perinatal crisis team sees Chloe the same day; the SW holds a strategy discussion "
                 "that day.",
                 "Ruth Maddox; Nadia Brennock"],
                ["Denise cannot come in the mornings (she is ill or away), or Liam's day shifts fall through.",
                 "Denise or Liam tells the SW the same day. The Family Hub sends a family support worker for the "
                 "morning feeds from the next day. If no adult other than Chloe can be in the flat overnight, "
                 "the SW arranges a mother and baby foster placement that day.",
                 "Nadia Brennock; Hannah Prowse"],
                ["Rosie is not back to the 9th centile or above by 20/02/2026, or the contingency is used twice "
                 "before the review.",
                 "The SW asks the team manager for a legal planning meeting (legal gateway) within five working "
                 "days to decide whether to start PLO pre-proceedings.",
                 "Nadia Brennock; Owen Catterick"],
            ],
        }),
        ("h1", "10. Review Arrangements"),
        ("table", {
            "widths": [5.0, 12.0],
            "bold_first_col": True,
            "rows": [
                ["Core group frequency", "Every 4 weeks"],
                ["Core group dates", "28/01/2026, 25/02/2026 and 25/03/2026, 2pm, Mardlebury Family Hub (North)"],
                ["Review child protection conference", "14/04/2026, 10am, Mardlebury Civic Centre"],
                ["Plan shared with", "Chloe Kellaway, Liam Stott, Denise Kellaway and every worker named above"],
            ],
        }),
        ("p", "Audit: record approved by Owen Catterick (Team Manager) 16/01/2026 10:42. Export ID KCR-EXP-558103. "
              "Exported by NBRENNOCK."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. First review conference plan, two school-age children, mother drinking
#    and anxious, paternal grandparents doing collections and Friday nights.
#    "Orbis Family Case" landscape report: front grid with labels wrapping,
#    then one two-row grid per Item (labels over values) with a progress
#    column; closed items listed apart. Faulty (docx)
# ---------------------------------------------------------------------------
_ORBIS_HEAD = ["Item", "Action", "Person\nresponsible", "Start", "Target\ndate", "Evidence of\nprogress",
               "Progress at\nRCPC 03/02/2026"]
_ORBIS_W = [1.3, 5.7, 3.6, 2.5, 2.6, 5.3, 4.7]


def _item(*values):
    return ("table", {"header": _ORBIS_HEAD, "widths": _ORBIS_W, "header_fill": "E2EFDA", "rows": [list(values)]})


PLANS.append({
    "name": "b148_mirrowfield_orbis_review_item_grids_harrop.docx",
    "doc_title": "Child Protection Plan (Review) - Kacey and Mason Harrop",
    "split": "heldout",
    "actions": 11,
    "landscape": True,
    "header": "OFFICIAL-SENSITIVE - Orbis Family Case - HARROP, Kacey and Mason - Case 77-30451",
    "footer": "Report CPR-02 printed 05/02/2026 09:14 by T.OKAFOR - Page {PAGE} of {NUMPAGES}",
    "template": "rcpc-case-system-word-report-landscape-header-footer-front-grid-wrapping-labels-two-pairs-per-row-reason-progress-childs-views-parents-views-plan-objectives-then-one-two-row-grid-per-item-labels-over-values-action-person-responsible-start-target-date-evidence-progress-at-rcpc-then-closed-items-grid-contingency-review-arrangements",
    "description": (
        "First review conference plan for an 11-year-old and a 7-year-old whose mother drinks and is "
        "anxious, exported from a case system as a landscape Word report: a front grid whose labels "
        "wrap, then one small two-row grid per item with its labels stacked over its values and a "
        "'Progress at RCPC' column ('Ongoing', 'C/F from ICPC'); closed one-off items listed apart. "
        "Most items are sound (SW visits, the mother's breath tests, the GP, the grandparents' "
        "collections and Friday nights, the school). Faults: the alcohol service's key-work is "
        "measured by 'Engagement with service', the CPN only supports the mother (measured by "
        "attendance), 'Family' owns Mason's appointments, the young carers referral has no owner and "
        "'As soon as possible', the direct work has no dates, one objective is about the mother only, "
        "and the contingency says nothing about the grandparents being unable to help."
    ),
    "blocks": [
        ("title", "Child Protection Plan - Review"),
        ("p", "Mirrowfield Borough Council | Children's Social Care | Report CPR-02 (Plan - current version) "
              "generated from Orbis Family Case 3.4"),
        ("table", {
            "widths": [3.4, 9.4, 3.4, 9.5],
            "bold_first_col": False,
            "rows": [
                ["Children", "Kacey HARROP (11), DOB 09/07/2014, Year 7, Mirrowfield Academy\nMason HARROP (7), "
                 "DOB 21/03/2018, Year 3, Holly Bank Primary", "Case\nnumber", "77-30451 (Kacey); 77-30452 (Mason)"],
                ["Address", "6 Sedgefield Road, Mirrowfield MW4 1DR", "Category", "Neglect (both children)"],
                ["Mother", "Leanne HARROP (34), lives with the children", "Father",
                 "Darren HARROP (36), 14 Quarry Lane, Mirrowfield; sees the children most evenings"],
                ["Paternal\ngrandparents", "Pat and Ray HARROP, 2 Fenwick Close, Mirrowfield", "Date of\ninitial "
                 "conference", "28/10/2025"],
                ["Date of\nreview\nconference", "03/02/2026 (first review). Chair: Sandeep Rai (IRO)",
                 "Decision", "Both children remain subject to a child protection plan"],
                ["Social worker", "Tomi Okafor, Family Safeguarding Team West", "Team\nmanager", "Helen Grice"],
            ],
        }),
        ("h1", "Reason for plan"),
        ("p", "Leanne has drunk heavily since she and Darren separated in 2024 and has panic attacks. In October "
              "2025 Kacey, then 10, rang Darren at 10pm because Leanne had fallen asleep on the sofa after "
              "drinking and Mason had a high temperature. School reported that Kacey was getting Mason ready in "
              "the mornings and that both children were often hungry. Mason had missed two dental appointments "
              "and has not had his eyes tested since nursery."),
        ("h1", "Progress since the initial conference"),
        ("p", "Leanne has been to most of her Recovery Hub sessions; 11 of her 13 breath tests read zero and two "
              "in December were positive. Pat and Ray have collected the children from school every Monday to "
              "Thursday and had them every Friday night. Kacey's attendance is 91% this term, up from 84%. "
              "Leanne started seeing a CPN from Mirrowfield Community Mental Health Team in January. The GP letter "
              "asked for at the initial conference has not come. Free school meals are in place."),
        ("h1", "Child's views"),
        ("p", "Kacey (seen on her own at school, 27/01/2026): \u201cIt's better since Nan and Grandad do the school "
              "run. I still check on Mum when I get in. I don't like Fridays at home because that's when she "
              "used to drink the most, so I'm glad we go to Nan's.\u201d She put home at 6 out of 10 (3 at the "
              "initial conference) and would like her mum \u201cto not need wine to calm down\u201d."),
        ("p", "Mason (seen at home, 29/01/2026) showed the social worker the Lego he builds at his grandad's and "
              "said \u201cMummy is more smiley\u201d. When asked about his teeth he said they \u201churt when I eat "
              "ice lollies\u201d."),
        ("h1", "Parent's views"),
        ("p", "Leanne said the two positive tests were at Christmas \u201cwhen everything got on top of me\u201d and "
              "that the CPN visits help her to sleep. Darren said he wants the children to stay at home with "
              "Leanne as long as she is sober, and that he can have them at short notice."),
        ("h1", "Plan objectives"),
        ("numbers", [
            "Kacey and Mason are looked after every day by an adult who is sober and who gets them fed, to school "
            "on time and to bed at a regular time.",
            "Kacey no longer has to look after Mason or her mum, and has time for her own friends and clubs.",
            "Mason's health needs are met: he gets to every dental, eye and GP appointment.",
            "Leanne will cut down her drinking and feel less anxious.",
        ]),
        ("h1", "Tasks (open items)"),
        _item("1",
              "Visit Kacey and Mason at home, see each of them on their own, and look at the kitchen, bedrooms "
              "and the food in the house",
              "Tomi Okafor, social worker",
              "03/02/2026",
              "Every 10 working days until 04/08/2026",
              "Orbis visit records show both children seen alone, with their words recorded, and a home "
              "conditions check at each visit",
              "Achieved since ICPC - 13 visits; one missed through sickness and made up the next week"),
        _item("2",
              "Stay alcohol-free on every day she cares for Kacey and Mason, and take a breath test at each "
              "Recovery Hub session and each SW visit",
              "Leanne Harrop (mother)",
              "03/02/2026",
              "Every day; tests every Wednesday",
              "Every breath test reads zero; results in the Recovery Hub's monthly letter to the SW",
              "Partly - 11 of 13 tests zero; two positive in December"),
        _item("3",
              "Key-work sessions with Leanne to support her to cut down her drinking",
              "Joel Marsh, recovery worker, Mirrowfield Recovery Hub",
              "04/02/2026",
              "Weekly (Wednesdays) until 04/08/2026",
              "Engagement with service",
              "Ongoing"),
        _item("4",
              "Fortnightly CPN appointments to support Leanne with her anxiety and poor sleep",
              "Priya Venn, community psychiatric nurse, Mirrowfield CMHT",
              "09/02/2026",
              "Fortnightly until 04/08/2026",
              "CMHT letter to the SW each month confirming which appointments Leanne attended",
              "New at RCPC"),
        _item("5",
              "Review Leanne's medication and liver function tests and send the SW a summary, copied to the "
              "Recovery Hub",
              "Dr Ian Lockwood, GP, Sedgefield Road Surgery",
              "03/02/2026",
              "20/02/2026",
              "GP letter on the children's Orbis record by 20/02/2026",
              "C/F from ICPC - letter not received"),
        _item("6",
              "Collect Kacey and Mason from school on Monday to Thursday and give them their tea until Darren "
              "collects them at 6pm",
              "Pat and Ray Harrop (paternal grandparents)",
              "03/02/2026",
              "Every Monday to Thursday in term time until 04/08/2026",
              "School pick-up log signed by Pat or Ray; the SW checks it with the school office each month",
              "Achieved - every collection kept"),
        _item("7",
              "Have Kacey and Mason to stay at 2 Fenwick Close every Friday night",
              "Pat Harrop (paternal grandmother)",
              "06/02/2026",
              "Every Friday night until 04/08/2026",
              "Pat texts the SW each Saturday morning; the children tell the SW about their stays at visits",
              "Achieved"),
        _item("8",
              "Record Kacey's attendance and phone Leanne and the SW by 10am on any day she is absent or late",
              "Mrs Claire Fenner, DSL, Mirrowfield Academy",
              "03/02/2026",
              "Every school day",
              "Weekly attendance email to the SW; Kacey's attendance 95% or more by RCPC2",
              "Ongoing - 91% this term"),
        _item("9",
              "Make sure Mason gets to his dental and eye appointments",
              "Family",
              "03/02/2026",
              "27/03/2026",
              "Appointment letters and the optician's prescription shown to the SW",
              "New at RCPC"),
        _item("10",
              "Referral to Mirrowfield Young Carers for an assessment of Kacey's caring role",
              "-",
              "-",
              "As soon as possible",
              "Acceptance letter and the date of Kacey's assessment on Orbis",
              "C/F from ICPC - not done"),
        _item("11",
              "Six direct work sessions with Kacey and Mason about their worries at home and what helps them",
              "Tia Rundle, family support worker",
              "-",
              "-",
              "Each child's worry score at the first and last session, and their drawings, shared at the core "
              "group",
              "Worker allocated"),
        ("h1", "Closed items"),
        ("table", {
            "header": ["Item", "Action", "Closed", "Closure note"],
            "widths": [1.3, 11.0, 2.6, 10.8],
            "rows": [
                ["C1", "Apply for free school meals for Kacey and Mason", "12/12/2025",
                 "Achieved - both children receiving free school meals"],
                ["C2", "Home fire safety visit and smoke alarms fitted by Mirrowfield Fire and Rescue", "20/11/2025",
                 "Achieved - two alarms fitted and tested"],
            ],
        }),
        ("h1", "Contingency arrangements"),
        ("p", "If Leanne has a positive breath test, is found under the influence while caring for Kacey and Mason, "
              "or either child tells us she has been drinking, Darren will collect the children and they will "
              "stay at 14 Quarry Lane, and the SW will hold a strategy discussion with the police the same day."),
        ("p", "If Leanne has two more positive breath tests before the next review, or the children are found "
              "alone at home in the evening, the SW will request a legal planning meeting within 5 working days "
              "to decide whether to begin pre-proceedings under the PLO."),
        ("h1", "Review arrangements"),
        ("kv", [
            ("Core group", "Every 6 weeks: 17/02/2026, 31/03/2026, 12/05/2026 and 23/06/2026, 4pm, Mirrowfield "
                           "Family Hub"),
            ("Second review conference", "04/08/2026, 10am, Mirrowfield Town Hall"),
        ]),
        ("p", "Orbis audit: plan version 2 created 03/02/2026 16:20 (TOKAFOR); authorised 04/02/2026 11:05 (HGRICE)."),
    ],
    "findings": [
        F("F002", "Leanne will cut down her drinking and feel less anxious."),
        F("M002", "Key-work sessions with Leanne to support her to cut down"),
        F("H001", "Fortnightly CPN appointments to support Leanne with her anxiety"),
        F("W002", "Make sure Mason gets to his dental and eye appointments"),
        F("W001", "Referral to Mirrowfield Young Carers for an assessment"),
        F("T002", "Referral to Mirrowfield Young Carers for an assessment"),
        F("T001", "Six direct work sessions with Kacey and Mason about their worries"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Initial conference plan for an 8-year-old autistic, non-verbal boy with
#    epilepsy; mother drinking in the evenings, grandfather sitting two
#    evenings a week. "CareLine CSC" monospaced print saved as PDF: dot-leader
#    fields (one label wrapping), numbered caps sections, task table whose
#    header repeats on each page with a long last column. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b148_moxhallow_careline_mono_print_dot_leaders_ashworth.pdf",
    "doc_title": "CP Plan (ICPC) - Toby Ashworth",
    "split": "heldout",
    "actions": 10,
    "font": "Courier New",
    "font_size": 9,
    "min_pages": 3,
    "header": "OFFICIAL-SENSITIVE   ASHWORTH, Toby   Case 40-118-266   Printed 23/01/2026 16:02",
    "footer": "CareLine CSC 9.1 - CP PLAN (ICPC) - user RCHAUDHRY - Page {PAGE} of {NUMPAGES}",
    "template": "icpc-disabled-child-case-system-monospaced-print-saved-as-pdf-header-footer-dot-leader-fields-label-wrapping-two-lines-caps-numbered-sections-reason-childs-views-and-lived-experience-parents-views-plan-objectives-then-ref-task-who-when-evidence-of-completion-table-header-repeated-each-page-then-trigger-response-contingency-legal-planning-review-audit",
    "description": (
        "Exemplary initial conference plan for an 8-year-old autistic, non-verbal boy with epilepsy "
        "whose mother drinks in the evenings; he was found in the street at night and his rescue "
        "medication was out of date. A case system's monospaced print saved as PDF, with page header "
        "and footer: dot-leader fields (one label wrapping onto two lines, a '-' legal status), "
        "caps sections, his communication and behaviour as his voice, then a REF / TASK / WHO / WHEN "
        "/ EVIDENCE OF COMPLETION table whose header repeats on each page. The alcohol service "
        "reports on change, the GP, epilepsy nurse, OT, speech therapist and short breaks own tasks, "
        "the grandfather's evenings have a fallback, legal planning follows named triggers, core "
        "group and review dates are set."
    ),
    "blocks": [
        ("pl", "MOXHALLOW COUNTY COUNCIL - CHILDREN AND FAMILIES"),
        ("pl", "CHILD PROTECTION PLAN - INITIAL CONFERENCE            FORM CP/ICPC/3"),
        ("pl", "=" * 78),
        ("pl", "CHILD ............... Toby ASHWORTH        DOB 11/05/2017 (8)"),
        ("pl", "ADDRESS ............. 7 Mallard Court, Moxhallow MX3 8TD"),
        ("pl", "LIVES WITH .......... Kerry ASHWORTH (mother, 38)"),
        ("pl", "FATHER .............. Not named; no contact since 2019"),
        ("pl", "MATERNAL"),
        ("pl", "GRANDFATHER ......... Tony ASHWORTH (66), 19 Furnace Lane, Moxhallow"),
        ("pl", "SCHOOL .............. Moxhallow Brook School (special school), Class 4"),
        ("pl", "NEEDS ............... Autism; non-verbal (PECS and some Makaton);"),
        ("pl", "                      epilepsy (buccal midazolam rescue medication)"),
        ("pl", "CATEGORY ............ Neglect"),
        ("pl", "ICPC ................ 21/01/2026    CHAIR: Bernadette Oyelowo (IRO)"),
        ("pl", "SOCIAL WORKER ....... Ravi Chaudhry, Children with Disabilities Team"),
        ("pl", "TEAM MANAGER ........ Lorna Pickersgill"),
        ("pl", "LEGAL STATUS ........ -"),
        ("pl", "=" * 78),
        ("boldp", "1. REASON FOR PLAN"),
        ("p", "Kerry has been drinking most evenings, often a bottle of wine or more, since the autumn. At 11.15pm "
              "on 02/01/2026 a neighbour found Toby in his pyjamas and bare feet on Furnace Lane; the front door "
              "of the flat was open and Kerry was asleep on the sofa with two empty wine bottles beside her. At "
              "the strategy discussion it was found that Toby's rescue medication at home had been out of date "
              "since October and that he had missed two epilepsy clinic appointments. His school says he arrives "
              "on Mondays hungry, tired and in wet pads. Kerry was referred to Moxhallow Alcohol and Recovery "
              "Service on 08/01/2026."),
        ("boldp", "2. CHILD'S VIEWS AND LIVED EXPERIENCE"),
        ("p", "Toby does not use words. He uses a PECS book and a few Makaton signs, and shows how he feels "
              "through his behaviour. At school on 15/01/2026, with his class teacher, he chose the symbols "
              "\u201cGrandad\u201d and \u201cswing\u201d when asked what he liked best, and pushed the \u201chome\u201d "
              "symbol away when asked about evenings. His teacher says that on Mondays he puts his head on the "
              "table and bites his hand, which he does not do on other days. On the home visit of 19/01/2026 he "
              "hummed and flapped happily while Tony played music for him, went to the fridge and brought back "
              "an empty yoghurt pot, and led the social worker to the front door and patted the lock."),
        ("boldp", "3. PARENT'S VIEWS"),
        ("p", "Kerry told the conference: \u201cI know the drinking has got out of hand. Toby is my world and I "
              "don't want him to go anywhere.\u201d She asked for more short breaks and said evenings are hardest "
              "because Toby does not sleep until late. She has agreed to breath tests."),
        ("boldp", "4. PLAN OBJECTIVES"),
        ("p", "PO1  Toby is cared for every evening and night by a sober adult who can give him his rescue "
              "medication and who keeps him safely indoors."),
        ("p", "PO2  Toby's epilepsy is managed: in-date rescue medication is kept at home and at school, and "
              "every clinic appointment is kept."),
        ("p", "PO3  Toby arrives at school fed, clean and rested, and is understood at home as well as he is at "
              "school."),
        ("p", "PO4  Toby has regular short breaks that he enjoys, and comes home from them to a mother who is "
              "rested and sober."),
        ("boldp", "5. TASKS"),
        ("table", {
            "header": ["REF", "TASK", "WHO", "WHEN", "EVIDENCE OF COMPLETION"],
            "widths": [1.2, 4.8, 3.0, 2.8, 5.2],
            "header_fill": "D9D9D9",
            "rows": [
                ["T1",
                 "Visit Toby at home, with an unannounced evening visit after 7pm every fortnight; see his "
                 "bedroom, his medication box and the front door lock, and watch how Kerry and Toby are together",
                 "Ravi Chaudhry, social worker",
                 "Weekly from 23/01/2026 until the review conference",
                 "CareLine visit records show Toby seen each week and an evening visit each fortnight, his "
                 "medication in date and the door locked; what Toby showed through his symbols or behaviour is "
                 "written down at every visit"],
                ["T2",
                 "Drink no alcohol while Toby is in her care; lock the front door and put the key on the high "
                 "hook every evening",
                 "Kerry Ashworth (mother)",
                 "Every day from 21/01/2026",
                 "Breath tests at every evening SW visit and at each Recovery Service session read zero; the door "
                 "alarm log (T8) shows no night-time openings"],
                ["T3",
                 "Key-work and breath tests with Kerry, and a written report on whether she is cutting down, how "
                 "this shows in her care of Toby, and how long further change is likely to take",
                 "Shona Birtles, recovery worker, Moxhallow Alcohol and Recovery Service",
                 "Weekly from 26/01/2026; report two working days before each core group",
                 "Report with breath test results on CareLine before every core group"],
                ["T4",
                 "Share Kerry's alcohol-related health history and her recent blood test results with the SW and "
                 "the Recovery Service",
                 "Dr Peter Huang, GP, Mallard Court Surgery",
                 "By 06/02/2026",
                 "GP letter on CareLine by 06/02/2026, copied to Shona Birtles"],
                ["T5",
                 "Replace Toby's rescue medication, update his epilepsy care plan, and train Kerry and Tony to give "
                 "buccal midazolam",
                 "Gwen Tarrant, children's epilepsy nurse specialist, Moxhallow Children's Hospital",
                 "By 06/02/2026",
                 "In-date medication seen by the SW at home and at school; training record signed by Kerry and "
                 "Tony; the new care plan copied to school and to Larkspur House"],
                ["T6",
                 "Keep the home-school diary every day (seizures, sleep, food, mood) and phone the SW the same day "
                 "if Toby arrives hungry, soiled, bruised or very tired",
                 "Mr Colin Ashby, DSL, Moxhallow Brook School, with class teacher Mrs Alison Keogh",
                 "Every school day",
                 "Diary copied to the SW each Friday; same-day calls logged; no hungry or soiled arrivals in the "
                 "four weeks before the review"],
                ["T7",
                 "Two overnight short breaks a month for Toby at Larkspur House, after a settling-in tea visit",
                 "Anya Rowntree, short breaks coordinator, Moxhallow Children with Disabilities Service",
                 "Tea visit by 06/02/2026; overnights from 13/02/2026, two each month",
                 "Booking letter on CareLine; Larkspur staff's note of Toby's seizures, sleep and mood after each "
                 "stay sent to the SW"],
                ["T8",
                 "Assess the flat for Toby's safety, and fit a door alarm and window restrictors",
                 "Owen Fairley, occupational therapist, Moxhallow Children's Therapy",
                 "Home visit by 30/01/2026; fitted by 13/02/2026",
                 "OT report to the SW by 06/02/2026; alarm and restrictors seen fitted and working at the next SW "
                 "visit"],
                ["T9",
                 "Sit with Toby at home from 5pm to 8.30pm while Kerry goes to her recovery group, and give him his "
                 "tea and bath",
                 "Tony Ashworth (maternal grandfather)",
                 "Every Tuesday and Thursday from 27/01/2026",
                 "Tony writes in the home-school diary after each evening; the SW checks the diary every week"],
                ["T10",
                 "Two home sessions to update Toby's communication passport with Kerry and set up his PECS book at "
                 "home",
                 "Beth Lomond, speech and language therapist, Moxhallow Children's Therapy",
                 "By 27/02/2026",
                 "Updated passport copied to school, Larkspur House and the SW; Kerry seen using the PECS book "
                 "with Toby at a SW visit by 13/03/2026"],
            ],
        }),
        ("boldp", "6. CONTINGENCY ARRANGEMENTS"),
        ("p", "TRIGGER 1 .. Kerry is found under the influence of alcohol while caring for Toby, a breath test is "
              "positive, or Toby is found outside the flat on his own."),
        ("p", "RESPONSE ... Toby goes to Tony's home at 19 Furnace Lane that night; out of hours the Emergency Duty "
              "Team books an emergency bed at Larkspur House. The SW holds a strategy discussion with the police "
              "the same or the next working day."),
        ("p", "TRIGGER 2 .. Tony cannot sit on a Tuesday or Thursday, or cannot have Toby in an emergency, because "
              "he is ill or away."),
        ("p", "RESPONSE ... Kerry tells the SW the same day and stays at home with Toby rather than leave him with "
              "anyone not named in this plan. The SW books a Moxhallow Carers Trust sitter within 24 hours, and "
              "an emergency Larkspur bed if Toby needs to leave home."),
        ("p", "LEGAL ...... If Kerry has two positive breath tests, or Toby is found outside on his own again, before "
              "the review conference, the SW will ask the team manager for a legal planning meeting within five "
              "working days to decide whether to begin the Public Law Outline."),
        ("boldp", "7. REVIEW ARRANGEMENTS"),
        ("pl", "CORE GROUP .......... Every 4 weeks: 04/02/2026, 04/03/2026, 01/04/2026"),
        ("pl", "                      (3.30pm, Moxhallow Brook School)"),
        ("pl", "REVIEW CONFERENCE ... 21/04/2026 10.00, Moxhallow County Hall"),
        ("pl", "=" * 78),
        ("pl", "AUDIT: created 21/01/2026 15:40 RCHAUDHRY; authorised 23/01/2026 09:12 LPICKERSGILL"),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Second core group record for a 14-year-old at risk of criminal
#    exploitation; mother on a methadone script, sister helping at weekends.
#    "Harbour CP" print saved as PDF: two label/value pairs per line, ITEM
#    cards whose labels sit over their values, one item closed. Exemplary
#    (pdf)
# ---------------------------------------------------------------------------
def _harbour_item(head, fields):
    """An ITEM card as Harbour CP prints it: each label on its own line, its value indented below."""
    blocks = [("boldp", head)]
    for label, value in fields:
        blocks.append(("pl", label))
        blocks.append(("pi", value))
    return blocks


PLANS.append({
    "name": "b148_mistlecombe_harbour_core_group_item_cards_orrell.pdf",
    "doc_title": "Core Group Record and Updated Plan - Dylan Orrell",
    "split": "heldout",
    "actions": 9,
    "font": "Verdana",
    "font_size": 9.5,
    "min_pages": 3,
    "header": "OFFICIAL-SENSITIVE | Dylan ORRELL | Harbour ref HB-553017 | Core Group 2",
    "footer": "Printed 25/02/2026 from Harbour CP by A.HOLT | Page {PAGE} of {NUMPAGES}",
    "template": "core-group-record-case-system-print-saved-as-pdf-header-footer-two-label-value-pairs-per-line-present-apologies-since-last-core-group-childs-views-parents-views-plan-objectives-then-item-cards-labels-stacked-over-values-description-responsible-timescale-start-end-measure-status-one-closed-item-then-safety-arrangements-contingency-review",
    "description": (
        "Exemplary record of the second core group for a 14-year-old boy found twice with older males "
        "in another town and going missing, whose mother is on a methadone script; his 22-year-old "
        "sister has him at weekends. A case system's print saved as PDF, with page header and footer: "
        "two label/value pairs to a line, then ITEM cards whose labels (Description, Responsible, "
        "Timescale, Measure of success) each sit on a line above the value; a closed referral item is "
        "kept. The drug service reports on change, return home interviews follow every missing "
        "episode, CAMHS assesses, the sister's part has a fallback, legal planning follows named "
        "triggers, the next core group and review conference are dated."
    ),
    "blocks": [
        ("title", "Core Group Record and Updated Plan"),
        ("p", "Mistlecombe Council \u00b7 Children's Social Care \u00b7 Adolescent Safeguarding Team"),
        ("pl", "Young person: Dylan ORRELL          DOB: 30/09/2011 (14)"),
        ("pl", "Address: 22 Lantern Street, Mistlecombe MC5 3HW          Category: Neglect"),
        ("pl", "Plan start (ICPC): 13/01/2026          Chair at ICPC: Femi Adeyemi (IRO)"),
        ("pl", "Meeting: Core Group 2          Date: 24/02/2026, 4pm, Mistlecombe Academy, Room C4"),
        ("pl", "Social worker: Amira Holt          Team manager: Gareth Lunn"),
        ("p", "Present: Stacey Orrell (mother); Jade Orrell (sister); Dylan Orrell (for the first half); Amira Holt "
              "(SW); Kes Mallory (youth worker, Mistlecombe Exploitation Hub); Mr Gareth Pine (DSL, Mistlecombe "
              "Academy); Pete Sandoval (recovery worker, Mistlecombe Drug and Alcohol Service). Apologies: Sian "
              "Lowry (return home interview worker), who sent a written update."),
        ("h1", "Summary of Concerns"),
        ("p", "Dylan was reported missing five times between October and December 2025. Twice he was found by "
              "police in Castlebridge, forty miles away, with men aged 19 and 24 who are known for supplying "
              "drugs; once he had \u00a3340 in cash and two phones. Stacey has used heroin in the past and has been "
              "on a methadone script since November 2025; in December she was too drowsy to notice that Dylan had "
              "not come home and did not report him missing until the next afternoon."),
        ("h1", "Since the Last Core Group"),
        ("p", "Dylan has been missing once since the first core group (07/02/2026, overnight), found the next "
              "morning at a friend's house in Mistlecombe. He has been to six of seven Exploitation Hub sessions "
              "and his school attendance is 86% this half term, up from 61%. Stacey's three urine screens since "
              "the first core group were negative for heroin. Jade has had Dylan every Friday and Saturday night. "
              "The referral to the Exploitation Hub is complete and that item is closed."),
        ("h1", "Child's Views"),
        ("p", "Dylan (seen on his own by Kes Mallory, 19/02/2026, and at this meeting): \u201cI'm not in a gang. "
              "They're just people I know. I went because it's boring round here and Mum was always asleep.\u201d "
              "He said Jade's flat is \u201calright, she doesn't go on at me and I can go on the Xbox\u201d. He wants "
              "to start boxing again and wants his mum \u201cto stay on the green stuff and not go back on it\u201d. "
              "He scored how safe he feels when he is out at 4 out of 10, and at home at 7."),
        ("h1", "Parent's Views"),
        ("p", "Stacey said she has not used heroin since Christmas and is taking her methadone every day at the "
              "chemist. She is frightened for Dylan and wants him to know he can always come home. She asked for "
              "help with what to do when he does not answer his phone."),
        ("h1", "Plan Objectives"),
        ("bullets", [
            "Dylan is safe from adults who exploit him: he is home by 9pm each night and is not found in other "
            "towns with older males.",
            "Dylan is in school every day and has things to do in the evenings that he enjoys.",
            "Dylan is cared for by a mum who is not using heroin, who knows where he is and who reports him "
            "missing as soon as he is not home.",
            "Dylan's worry and poor sleep are understood and he gets help with them.",
        ]),
        ("h1", "Tasks"),
        ("p", "Items are printed in number order. A closed item stays on the print until the review conference."),
        *_harbour_item("ITEM 1          Objective 1          Status: Open", [
            ("Description", "See Dylan on his own, at school or at home, and talk with him about where he goes, who "
                            "he is with and how safe he feels."),
            ("Responsible", "Amira Holt, social worker"),
            ("Timescale", "Start: 13/01/2026          End: 08/04/2026          Frequency: weekly"),
            ("Measure of success", "Harbour visit records show Dylan seen alone every week, with his own words and "
                                   "his safety scores written down."),
        ]),
        *_harbour_item("ITEM 2          Objective 1          Status: Closed 19/01/2026", [
            ("Description", "Refer Dylan to the Mistlecombe Exploitation Hub for a youth worker."),
            ("Responsible", "Amira Holt, social worker"),
            ("Timescale", "Start: 13/01/2026          End: 20/01/2026          Frequency: one-off"),
            ("Measure of success", "Referral accepted and a worker allocated."),
            ("Closure note", "Completed - referral accepted 19/01/2026; Kes Mallory allocated (see Items 3 and 9)."),
        ]),
        *_harbour_item("ITEM 3          Objective 1          Status: Open", [
            ("Description", "One-to-one sessions with Dylan about exploitation, debt bondage, staying safe when "
                            "he is out and what he wants to do with his time."),
            ("Responsible", "Kes Mallory, youth worker, Mistlecombe Exploitation Hub"),
            ("Timescale", "Start: 22/01/2026          End: 08/04/2026          Frequency: weekly (Thursdays "
                          "after school)"),
            ("Measure of success", "Session notes to the SW every two weeks; Dylan's safety map of the places and "
                                   "people he goes to finished with him by 19/03/2026 and shared at the next core "
                                   "group."),
        ]),
        *_harbour_item("ITEM 4          Objective 1          Status: Open", [
            ("Description", "Return home interview with Dylan after every missing episode, and share what he says "
                            "with the SW and the police missing persons coordinator."),
            ("Responsible", "Sian Lowry, return home interview worker, Mistlecombe Young People's Service"),
            ("Timescale", "Within 72 hours of every return"),
            ("Measure of success", "Interview report on Harbour within 72 hours of each return, copied to the "
                                   "missing persons coordinator."),
        ]),
        *_harbour_item("ITEM 5          Objective 3          Status: Open", [
            ("Description", "Ring Dylan at 9pm if he is not home, then report him missing to the police on 101 "
                            "(999 if she thinks he is in danger) by 9.30pm, and tell the SW or the Emergency Duty "
                            "Team the same night."),
            ("Responsible", "Stacey Orrell (mother)"),
            ("Timescale", "Every night that Dylan is not home by 9pm"),
            ("Measure of success", "Police log numbers match every missing episode, each reported by 9.30pm; the SW "
                                   "checks them with Stacey at the weekly visit."),
        ]),
        *_harbour_item("ITEM 6          Objective 3          Status: Open", [
            ("Description", "Key-work with Stacey, supervised methadone and urine screens, and a written report on "
                            "whether she has stopped using heroin, how that shows in her care of Dylan, and how "
                            "long any further change is likely to take."),
            ("Responsible", "Pete Sandoval, recovery worker, Mistlecombe Drug and Alcohol Service"),
            ("Timescale", "Start: 13/01/2026          End: 08/04/2026          Frequency: fortnightly key-work; "
                          "report two working days before each core group"),
            ("Measure of success", "Screen results and the written report on Harbour before each core group."),
        ]),
        *_harbour_item("ITEM 7          Objective 2          Status: Open", [
            ("Description", "Phone Stacey and the SW by 10am on any day Dylan is not in school, and give him a "
                            "mentor session at the start of each day."),
            ("Responsible", "Mr Gareth Pine, DSL, Mistlecombe Academy"),
            ("Timescale", "Every school day"),
            ("Measure of success", "Daily attendance on the weekly email to the SW; mentor log kept; Dylan's "
                                   "attendance at 90% or more by the review conference."),
        ]),
        *_harbour_item("ITEM 8          Objective 1          Status: Open", [
            ("Description", "Have Dylan to stay at her flat (3 Orchard Mews) on Friday and Saturday nights, and "
                            "ring Stacey and the SW if he is not in by 9pm."),
            ("Responsible", "Jade Orrell (sister, 22)"),
            ("Timescale", "Every Friday and Saturday night from 23/01/2026"),
            ("Measure of success", "Jade texts the SW each Sunday morning to say Dylan stayed both nights; Dylan "
                                   "tells the SW about the weekend at his visit."),
        ]),
        *_harbour_item("ITEM 9          Objective 2          Status: Open", [
            ("Description", "Take Dylan to Mistlecombe Amateur Boxing Club and get him signed up for Tuesday and "
                            "Thursday evening sessions."),
            ("Responsible", "Kes Mallory, youth worker, Mistlecombe Exploitation Hub"),
            ("Timescale", "Start: 03/03/2026          End: 08/04/2026          Frequency: Tuesdays and Thursdays, "
                          "6pm to 7.30pm"),
            ("Measure of success", "Club register shared with the SW each month; Dylan at 6 of the first 8 "
                                   "sessions."),
        ]),
        *_harbour_item("ITEM 10          Objective 4          Status: Open", [
            ("Description", "Assess Dylan's worry, low mood and poor sleep, and agree with him what help he wants."),
            ("Responsible", "Dr Lila Sen, clinical psychologist, Mistlecombe CAMHS"),
            ("Timescale", "First appointment by 13/03/2026"),
            ("Measure of success", "Assessment summary sent to the SW and the GP by 27/03/2026."),
        ]),
        ("h1", "Safety Arrangements"),
        ("p", "Dylan's curfew is 9pm. His phone number is saved in Jade's and Stacey's phones under his own name "
              "and they both have the police missing persons line. Dylan has agreed not to get into cars with "
              "anyone he met in Castlebridge and to ring Jade if he feels unsafe, wherever he is."),
        ("h1", "Contingency Arrangements"),
        ("bullets", [
            "If Dylan is missing overnight, or is found out of Mistlecombe with older males or carrying drugs, cash "
            "or a weapon: the police will be told at once (Item 5), the SW will hold a strategy discussion with the "
            "police the same day, and Dylan will stay with Jade at 3 Orchard Mews until it has met.",
            "If Stacey has a positive screen for heroin, misses her methadone for two days, or is found intoxicated "
            "while caring for Dylan: Dylan will stay with Jade and the SW will hold a strategy discussion the same "
            "day.",
            "If Jade cannot have Dylan (she is away, ill, or it breaks down between them): the SW, or the Emergency "
            "Duty Team out of hours, will place Dylan with Mistlecombe foster carers that night.",
            "If Dylan is missing overnight twice more, or Stacey has two positive screens, before the review "
            "conference: the SW will request a legal planning meeting within five working days to consider care "
            "proceedings.",
        ]),
        ("h1", "Review Arrangements"),
        ("pl", "Core group frequency: every 4 weeks          Next core group: 24/03/2026, 4pm"),
        ("pl", "Review child protection conference: 08/04/2026, 10am, Mistlecombe Civic Offices"),
        ("p", "Harbour CP audit: record CG2-HB553017 saved 24/02/2026 18:02 by AHOLT; approved 25/02/2026 09:30 by "
              "GLUNN."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Initial conference plan for three-year-old twins; neglect, mother with
#    depression, maternal aunt helping at teatime. "ChildView 5" fixed-width
#    print pasted into Markdown as plain text: page header repeated with
#    "Page n of 3", a task table with rules under the header, wrapped cells
#    and the table header repeated on the next page. Exemplary (md)
# ---------------------------------------------------------------------------
_CV_W = [4, 31, 18, 17, 30]


def _cv_rows(rows):
    """ChildView's fixed-width task table: each cell wrapped inside its own column."""
    out = []
    for row in rows:
        cells = [textwrap.wrap(c, w) or [""] for c, w in zip(row, _CV_W)]
        for i in range(max(len(c) for c in cells)):
            out.append("  ".join((c[i] if i < len(c) else "").ljust(w) for c, w in zip(cells, _CV_W)).rstrip())
        out.append("")
    return "\n".join(out)


_CV_HEAD = _cv_rows([["Ref", "Task", "Owner", "Timescale", "How we will know"]]).rstrip("\n") + "\n" + \
    "  ".join("-" * w for w in _CV_W)


def _cv_page(n):
    return (
        "MEDDENFORD COUNTY COUNCIL        ChildView 5 - Child Protection Plan        Page %d of 3\n"
        "OFFICIAL-SENSITIVE   Case CV-0098812 / CV-0098813   PENNYCOOK, Ellie and Jack\n"
        "Printed 22/01/2026 14:07 by CDANDO\n"
        "=================================================================================================="
        % n
    )


_CV_TASKS_1 = [
    ["T01", "Visit Ellie and Jack at home, see them play and eat, and check the kitchen, bathroom and their "
            "bedroom", "Carys Dando (SW)", "Weekly from 23/01/2026 until the review conference",
     "Visit notes record both twins seen, what they ate and the home conditions checklist score at each visit"],
    ["T02", "Clear the dog mess and rubbish from the garden, and keep the kitchen floor and the twins' bedroom "
            "clean", "Sian and Gavin Pennycook (parents)", "Garden by 30/01/2026, then every day",
     "Home conditions checklist scores 4 or 5 out of 5 at every SW visit from 06/02/2026"],
    ["T03", "Assess Sian's depression and report to the core group on her capacity to make and keep the changes "
            "the twins need, and the likely timescale", "Dr Mina Okoro, psychiatrist, Meddenford CMHT",
     "Assessment by 13/02/2026; report before each core group",
     "Written report sent to the SW and every core group member before each core group"],
    ["T04", "Review Sian's antidepressant and share her mental health history with the SW and the CMHT",
     "Dr Alan Frith, GP, Priory Lane Surgery", "By 30/01/2026", "GP letter on ChildView by 30/01/2026"],
    ["T05", "Do both twins' developmental review (ASQ-3) and speech check, and refer them to speech and language "
            "therapy if they score below the cut-off", "Gemma Rudd (HV)", "By 13/02/2026",
     "ASQ-3 scores for both twins on ChildView; SALT acceptance letter on file if referred"],
]

_CV_TASKS_2 = [
    ["T06", "Book and take the twins to the dentist for a check-up and fluoride varnish, and brush their teeth "
            "twice a day", "Gavin Pennycook (father)", "Appointment by 27/02/2026; brushing every morning and "
                                                          "bedtime",
     "Dentist's letter confirming both twins seen; brushing chart on the fridge checked by the HV at each visit"],
    ["T07", "Start the twins at Little Meadows Nursery for their 15 funded hours, and record their attendance, "
            "hunger, clothing and any marks", "Karen Oddie, nursery manager", "From 09/02/2026, Monday, "
                                                                              "Wednesday and Friday mornings",
     "Attendance 90% or more; weekly attendance email to the SW; a same-day call logged for any concern"],
    ["T08", "Come to the house to help Sian with the twins' tea, bath and bedtime",
     "Becky Lowther (maternal aunt)", "Every Tuesday and Thursday, 4pm to 7pm, from 27/01/2026",
     "Becky signs the visit sheet and the SW checks it at each visit; Becky texts the SW if she cannot come"],
    ["T09", "Six home sessions with Sian and Gavin on routines, meals and play, so that the twins have regular "
            "meals and bedtimes", "Tom Varley, family support worker, Meddenford Family Centre",
     "Weekly for six weeks from 28/01/2026",
     "Routine chart filled in; Tom's observations at sessions 1 and 6 show meal and bed times kept, shared at "
     "the core group"],
    ["T10", "Replace the broken bedroom window and treat the damp in the twins' room",
     "Leon Cray, repairs officer, Meddenford Housing", "By 13/02/2026",
     "Repair completion notice on ChildView; the SW sees the window and the wall at the next visit"],
]

PLANS.append({
    "name": "b148_meddenford_childview_fixed_width_wrapped_cells_pennycook.md",
    "split": "heldout",
    "actions": 10,
    "template": "icpc-twins-case-system-fixed-width-print-pasted-into-markdown-as-plain-text-page-header-repeated-page-n-of-3-caps-sections-household-reason-childs-views-observed-parents-views-plan-objectives-then-ref-task-owner-timescale-how-we-will-know-columns-rules-under-header-wrapped-cells-header-repeated-next-page-then-contingency-review",
    "description": (
        "Exemplary initial conference plan for three-year-old twins living in a dirty, damp house, with "
        "tooth decay and delayed speech, whose mother has depression; their aunt helps at teatime. A "
        "case system's fixed-width print pasted into a Markdown file as plain text: the page header "
        "('Page n of 3') repeats, and the task table has dashes under its header, cells that wrap onto "
        "several lines inside their own columns, and its header repeated on the next page. The CMHT "
        "psychiatrist reports on capacity to change, the GP, HV, nursery, family centre and housing "
        "own tasks, the aunt's help has a fallback, legal planning follows named triggers, core group "
        "and review dates are set, and what the twins showed and said is recorded."
    ),
    "text": "Pasted from the ChildView print preview (C Dando, SW, 22/01/2026)\n\n" + _cv_page(1) + """

CHILDREN       Ellie PENNYCOOK  DOB 14/08/2022 (3)   CV-0098812
               Jack PENNYCOOK   DOB 14/08/2022 (3)   CV-0098813
ADDRESS        55 Corn Street, Meddenford MD7 4LE
HOUSEHOLD      Sian Pennycook (mother, 29); Gavin Pennycook (father, 31)
OTHER FAMILY   Becky Lowther (maternal aunt), 9 Hatch Lane, Meddenford
CATEGORY       Neglect (both children)
CONFERENCE     Initial, 20/01/2026. Chair: Hugh Penrose (IRO)
SW / TM        Carys Dando, Locality Team East / Martina Kolar

REASON FOR PLAN
---------------
In December 2025 Jack had six teeth taken out under general anaesthetic. When the
health visitor came to arrange the twins' missed 27-month review she found dog mess
in the kitchen and on the stairs, no food in the fridge, and the twins in wet
nappies in a cold bedroom with a broken window. Neither twin has started at
nursery, although funded places have been offered twice. Sian has had depression
since the twins were born and stopped taking her antidepressant in the autumn.
Gavin works long days as a delivery driver.

CHILD'S VIEWS (OBSERVED)
------------------------
Ellie and Jack are three and say only a few words. At the visit on 15/01/2026
Ellie took the social worker by the hand to her bed, pointed at the mattress and
said "dirty". Jack held his jaw and said "teeth hurt" when offered a biscuit.
Both twins ate two slices of toast very quickly. When Becky arrived they ran to
her, and Ellie climbed on her knee and stayed there for the rest of the visit.
Jack played with a toy garage on his own for half an hour without an adult
speaking to him.

PARENT'S VIEWS
--------------
Sian said the house "got away from me" when she stopped her tablets and that she
is embarrassed. Gavin said he had not realised how bad things had got because he
leaves before 7am. Both want help and agreed to every task below.

PLAN OBJECTIVES
---------------
O1  Ellie and Jack live in a clean, warm and safe home, with no dog mess in the
    house or garden and a dry bedroom.
O2  Ellie and Jack's health needs are met: their teeth are cared for, and their
    speech and development are checked and helped.
O3  Ellie and Jack have regular meals, baths and bedtimes every day, with an
    adult who is well enough to look after them.
O4  Ellie and Jack go to nursery and play with other children.

TASKS
-----
""" + _CV_HEAD + "\n" + _cv_rows(_CV_TASKS_1) + "\n" + _cv_page(2) + "\n\nTASKS (continued)\n\n" + \
        _CV_HEAD + "\n" + _cv_rows(_CV_TASKS_2) + "\n" + _cv_page(3) + """

CONTINGENCY
-----------
If the home conditions checklist scores 1 or 2 at two visits in a row, there is
dog mess in the living areas again, or either twin is found hungry or left
unsupervised, the SW will see the twins the same day and they will stay with
Becky at 9 Hatch Lane until the home is safe; the SW will hold a strategy
discussion within one working day.

If Sian tells anyone she cannot cope or has thoughts of harming herself or the
twins, the CMHT crisis team will see her the same day, Gavin will take emergency
leave to be at home, and the twins will go to Becky's that day.

If Becky cannot help on a Tuesday or Thursday, or cannot have the twins in an
emergency, Gavin will come home from work by 4pm; if he cannot, the SW will
arrange a Meddenford Family Centre worker for that teatime, and an emergency
foster placement for the twins together if they cannot stay at home that night.

If the checklist is not at 4 or 5 at the core group on 03/03/2026, or the twins
miss the dentist again, the SW will request a legal planning meeting within five
working days to decide whether to start the Public Law Outline.

REVIEW ARRANGEMENTS
-------------------
CORE GROUP          Every 4 weeks: 03/02/2026, 03/03/2026 and 31/03/2026
                    (1.30pm, Meddenford Family Centre)
REVIEW CONFERENCE   14/04/2026, 2pm, Meddenford Shire Hall

AUDIT   Plan authorised by M Kolar 21/01/2026 17:20 - version 1.0
==================================================================================================
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. First review conference plan, domestic abuse, a 13-year-old and a
#    9-year-old; father out of the home under a non-molestation order.
#    "Caseflow 12" objective-and-task tree print pasted into Markdown as
#    plain text: Title Case labels, a label wrapping onto two lines, two
#    label/value pairs on one line, a closed task. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b148_morvanby_caseflow_objective_task_tree_trevaskis.md",
    "split": "heldout",
    "actions": 11,
    "template": "rcpc-domestic-abuse-case-system-objective-and-task-tree-print-pasted-into-markdown-plain-text-title-case-labels-two-pairs-per-line-label-wrapping-two-lines-plan-details-reason-progress-childs-views-parents-views-then-objective-headings-with-numbered-task-fields-what-who-start-end-frequency-how-we-will-know-progress-one-closed-then-safety-contingency-review-audit",
    "description": (
        "Exemplary first review conference plan for a 13-year-old girl and a 9-year-old boy whose "
        "father assaulted their mother and now lives apart under a non-molestation order. A case "
        "system's print pasted into a Markdown file as plain text: Title Case field labels, 'Start: "
        "... End: ...' on one line, a 'How We Will Know:' label that wraps onto a second line, and "
        "four objectives each followed by its numbered tasks with a progress note; one finished "
        "one-off task is shown closed. Police, the IDVA, the contact centre, the perpetrator "
        "programme, both schools, the children's domestic abuse worker and housing own tasks; the "
        "grandmother's emergency care has a fallback, legal planning follows named triggers, core "
        "group dates and the second review are set, and both children's views are recorded."
    ),
    "text": """\
MORVANBY CITY COUNCIL - CHILDREN'S SERVICES
Caseflow 12  |  Child Protection Plan  |  Printed 22/01/2026 10:51  |  OFFICIAL-SENSITIVE
-----------------------------------------------------------------------------------------

PLAN DETAILS
  Children:         Evie TREVASKIS (13), DOB 02/06/2012, Year 8, Morvanby High School
                    Louis TREVASKIS (9), DOB 19/11/2016, Year 5, St Aldhelm's Primary
  Address:          31 Kestrel Drive, Morvanby MV2 5PA
  Lives With:       Rhiannon Trevaskis (mother, 37)
  Father:           Craig Trevaskis (40), 8 Chapel Yard, Morvanby. Non-molestation
                    order until 04/12/2026; no unsupervised contact
  Grandmother:      Pauline Rees (maternal), 5 Tidemill Road, Morvanby
  Category:         Emotional abuse
  Plan Start:       21/10/2025 (ICPC)          This Version: 20/01/2026 (RCPC 1)
  Chair:            Deborah Fanshawe (IRO)
  Social Worker:    Kieran Fole                Team Manager: Amrit Sahota

REASON FOR PLAN
  On 30/09/2025 Craig strangled Rhiannon in the kitchen while Evie and Louis were
  upstairs; Evie rang 999. Police had been called to the house three times before
  in 2025. Evie has said she "listens at the door every night", and Louis has been
  wetting the bed and hitting other children at school.

PROGRESS SINCE LAST CONFERENCE
  Craig has kept to the order and has not been to the house. The locks were
  changed and a door camera fitted in November (Task 1.5, closed). Louis has seen
  his dad at the contact centre five times; Evie has chosen not to go. Louis has
  had two dry weeks and no incidents at school since Christmas. Craig starts the
  perpetrator programme on 04/02/2026.

CHILD'S VIEWS
  Evie (seen alone at school, 14/01/2026): "I sleep better now the locks are
  done. I don't want to see Dad yet, maybe when he's done his course. I want
  people to stop asking me if I'm OK in front of my friends." She scored how safe
  she feels at home 7/10 (2/10 in October).
  Louis (seen alone at home, 16/01/2026): "I like seeing Dad at the centre
  because Dawn is there. I don't want him to come home because he shouts." He
  drew his house with a big lock on the door and a smiley face on his mum.

PARENT'S VIEWS
  Rhiannon says she feels safer and does not want Craig back. She wants Evie and
  Louis to have help "to get it out of their heads". Craig (by phone, 19/01/2026)
  says he wants to see Evie and accepts he must finish the programme first.

PLAN OBJECTIVES AND TASKS
-----------------------------------------------------------------------------------------
Objective 1   Evie and Louis live free from violence, and from the fear of it, at
              home.

  Task 1.1                                                         Status: Open
  What:         See Evie and Louis on their own, at home and at school, and ask
                each of them to score how safe they feel at home (0-10)
  Who:          Kieran Fole, Social Worker
  Start:        21/01/2026          End: 21/07/2026
  Frequency:    Fortnightly (home and school in turn)
  How We Will   Caseflow visit records show each child seen alone every
  Know:         fortnight, with their safety score and their own words
  Progress:     Achieved to date - each child seen alone at 7 of 7 visits

  Task 1.2                                                         Status: Open
  What:         Keep Craig away from the house and the children outside the
                contact centre; call 999 straight away if he comes to the house,
                the schools or the children's clubs, and tell the SW that day
  Who:          Rhiannon Trevaskis, Mother
  Start:        21/01/2026          End: 21/07/2026
  Frequency:    Every time Craig comes near the family
  How We Will   Police incident numbers match everything Rhiannon tells the SW;
  Know:         door camera clips shared with the SW and the police
  Progress:     No approaches since the order was made

  Task 1.3                                                         Status: Open
  What:         Safety planning sessions with Rhiannon, updating her risk
                assessment and the family's safety plan so that she can keep
                Evie and Louis safe
  Who:          Hollie Treen, IDVA, Morvanby Domestic Abuse Service
  Start:        22/01/2026          End: 17/03/2026
  Frequency:    Weekly (Thursdays)
  How We Will   Updated DASH risk assessment and safety plan sent to the SW
  Know:         before each core group; copy of the safety plan seen at home
  Progress:     Ongoing - risk now assessed as medium

  Task 1.4                                                         Status: Open
  What:         Keep the warning marker on 31 Kestrel Drive and tell the SW of
                any call-out, or any breach of the order by Craig
  Who:          DS Laura Penhale, Domestic Abuse Investigation Team, Morvanby
                Police
  Start:        21/01/2026          End: 04/12/2026
  Frequency:    Within 24 hours of any incident; marker checked monthly
  How We Will   Police notification on Caseflow within 24 hours of each
  Know:         incident; the marker confirmed in writing at each core group
  Progress:     Marker in place

  Task 1.5                                                       Status: Closed
  What:         Change the locks and fit a door camera
  Who:          Marcus Ellery, Tenancy Officer, Morvanby Homes
  Start:        21/10/2025          End: 30/11/2025
  Frequency:    One-off
  How We Will   Locks and camera seen by the SW
  Know:
  Completed:    28/11/2025 - seen by the SW on 02/12/2025

Objective 2   Contact with their dad is safe for Evie and Louis, and happens only
              in the way each of them wants.

  Task 2.1                                                         Status: Open
  What:         Supervise Louis's contact with his dad and write down what Louis
                says and does
  Who:          Dawn Pell, Contact Supervisor, Morvanby Family Contact Centre
  Start:        31/01/2026          End: 18/07/2026
  Frequency:    Fortnightly, Saturdays 10am to 12 noon
  How We Will   Written record to the SW after each session; Louis's "how was
  Know:         it" card filled in with Dawn at the end of each session
  Progress:     Achieved to date - 5 sessions, all recorded

  Task 2.2                                                         Status: Open
  What:         Attend the Steps to Change domestic abuse perpetrator programme
  Who:          Craig Trevaskis, Father
  Start:        04/02/2026          End: 29/07/2026
  Frequency:    Weekly, Wednesday evenings (26 sessions)
  How We Will   Attendance report from the facilitator, Sunil Marr, after every
  Know:         fourth session; his report on Craig's progress and risk before
                each core group
  Progress:     Place confirmed in writing

  Task 2.3                                                         Status: Open
  What:         Ask Evie whether, when and how she wants to see her dad, and pass
                her wishes to the contact centre
  Who:          Kieran Fole, Social Worker
  Start:        21/01/2026          End: 21/07/2026
  Frequency:    Monthly
  How We Will   Evie's answer recorded in her own words on Caseflow each month
  Know:         and shared at the core group
  Progress:     New at RCPC 1

Objective 3   Evie and Louis feel safe at school and have help to talk about what
              happened at home.

  Task 3.1                                                         Status: Open
  What:         Weekly check-in for Evie with her trusted adult, Ms Chana, and a
                call to the SW the same day about any worry
  Who:          Mr Olu Bankole, DSL, Morvanby High School
  Start:        21/01/2026          End: 21/07/2026
  Frequency:    Weekly (Monday morning)
  How We Will   Check-ins logged on CPOMS; a summary sent to the SW before each
  Know:         core group
  Progress:     Ongoing - 10 of 11 check-ins held

  Task 3.2                                                         Status: Open
  What:         Six ELSA sessions for Louis on feelings and anger
  Who:          Mrs Jenna Wyatt, ELSA, St Aldhelm's Primary
  Start:        27/01/2026          End: 03/03/2026
  Frequency:    Weekly (Tuesday afternoon)
  How We Will   Louis's feelings thermometer at sessions 1 and 6, and the
  Know:         session notes, sent to the SW
  Progress:     Booked

  Task 3.3                                                         Status: Open
  What:         Ten-week group for Evie with other young people who have lived
                with domestic abuse
  Who:          Jo Fenwick, Children and Young People's Worker, Morvanby
                Domestic Abuse Service
  Start:        10/02/2026          End: 14/04/2026
  Frequency:    Weekly (Tuesday after school)
  How We Will   Attendance register, and Evie's end-of-group review in her own
  Know:         words, shared with the SW
  Progress:     Evie has met Jo and agreed to go

Objective 4   Evie and Louis have a secure home where they can stay.

  Task 4.1                                                         Status: Open
  What:         Complete the sanctuary scheme works (door chain, window locks
                and a letterbox guard) at 31 Kestrel Drive
  Who:          Marcus Ellery, Tenancy Officer, Morvanby Homes
  Start:        21/01/2026          End: 13/02/2026
  Frequency:    One-off
  How We Will   Completion certificate on Caseflow; the SW sees the works at
  Know:         the next home visit
  Progress:     Survey done 15/01/2026

SAFETY ARRANGEMENTS
  Evie and Louis know to ring 999 if their dad comes to the house, and both
  have Pauline's number. The schools hold a copy of the order and will not let
  Craig collect either child.

CONTINGENCY ARRANGEMENTS
  Trigger:    Craig comes to the house, the schools or the children's clubs,
              or contacts Rhiannon or the children outside the contact centre.
  Response:   Rhiannon calls 999 and the police attend under the marker. The
              SW is told within 24 hours, contact is suspended, and the SW
              holds a strategy discussion the next working day.

  Trigger:    Rhiannon lets Craig into the house, or agrees to see him with the
              children.
  Response:   The SW holds a strategy discussion the same day. Evie and Louis
              stay with Pauline at 5 Tidemill Road until it has met; if
              Pauline cannot have them, the SW places them together with
              Morvanby foster carers that day.

  Trigger:    Craig misses two programme sessions in a row, or breaks a contact
              centre rule.
  Response:   Contact is suspended and Dawn Pell tells the SW that day; contact
              starts again only if the next core group agrees it is safe.

  Legal:      If Rhiannon lets Craig back into the home, or Craig breaches the
              order twice before the next review, the SW will request a legal
              planning meeting within 5 working days.

REVIEW ARRANGEMENTS
  Core Group:          Every 6 weeks - 03/03/2026, 14/04/2026, 26/05/2026,
                       07/07/2026 (3.30pm, Morvanby Family Hub)
  Review Conference:   21/07/2026, 10am, Morvanby Civic Centre
  Date Completed:

-----------------------------------------------------------------------------------------
Caseflow audit: v3 saved 20/01/2026 17:44 KFOLE | authorised 21/01/2026 09:02 ASAHOTA
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. Initial conference plan, a 15-year-old young carer who self-harms and
#    her 5-year-old half-brother; mother depressed, stepfather drinking.
#    "PlanWise CSC" plain-text print: capitalised field labels, tick boxes,
#    empty fields and "N/A". Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b148_mallowden_planwise_caps_fields_tick_boxes_whitlow.txt",
    "split": "heldout",
    "actions": 11,
    "template": "icpc-case-system-plain-text-print-page-header-repeated-caps-field-labels-two-pairs-per-line-reason-childs-views-parents-views-plan-objectives-then-item-nn-blocks-task-assigned-to-start-end-tick-box-frequency-evidence-status-completed-then-contingency-review-fields-empty-review-date",
    "description": (
        "Initial conference plan for a 15-year-old girl who cares for her depressed mother and has "
        "started to self-harm, and her 5-year-old half-brother, whose father drinks. A case system's "
        "plain-text print with the page header repeated, capitalised field labels, 'START: ... END: "
        "...' on one line, tick-box frequencies and empty fields. Most items are sound (SW visits, "
        "sober school runs, the alcohol team's report on change, the high school, CAMHS, the school "
        "nurse). Faults: the CPN only supports the mother, measured by attendance; the GP task has "
        "no dates and no frequency ticked; the young carers assessment has 'N/A' as evidence; the "
        "'Core group' checks on the girl's self-harm, measured as 'Monitored at core group'; housing "
        "help is ticked 'Other: ongoing'; the review conference date is blank, and nothing says "
        "legal planning follows if things do not change."
    ),
    "text": """\
MALLOWDEN BOROUGH COUNCIL            PlanWise CSC 4.0            OFFICIAL-SENSITIVE
CHILD PROTECTION PLAN (ICPC)                                         Page 1 of 3
PRINTED: 26/01/2026 15:31    USER: BASHDOWN    PLAN ID: PW-CP-2026-0147
===================================================================================

CHILD 1: Tegan WHITLOW          DOB: 03/04/2010 (15)    PERSON ID: 0661904
CHILD 2: Riley DENBY            DOB: 12/09/2020 (5)     PERSON ID: 0661905
ADDRESS: 18 Rookery Walk, Mallowden ML2 7NB
MOTHER: Joanne WHITLOW (38)     STEPFATHER / RILEY'S FATHER: Mark DENBY (41)
MATERNAL GRANDMOTHER: Carol WHITLOW, 4 Ash Grove, Mallowden
CATEGORY: Neglect (both children)          CONFERENCE DATE: 22/01/2026
CHAIR: Faisal Mirza (IRO)                  SOCIAL WORKER: Ben Ashdown
TEAM MANAGER: Louise Carver                LEGAL STATUS: N/A

REASON FOR PLAN:
Joanne has had severe depression and anxiety for two years and spends most days
in bed. Mark drinks every evening and there are loud arguments most weekends.
Tegan does the cooking, takes Riley to and from school and gives Joanne her
tablets. Her attendance has fallen to 78% and on 08/01/2026 her form tutor saw
fresh cuts on her forearm. Riley has been collected late from school nine times
this term, twice by Tegan in school hours.

CHILD'S VIEWS:
Tegan (seen alone at school, 19/01/2026): "If I don't do it nobody will. Mum
can't help being ill. Mark's alright when he's not had a drink but he's had a
drink most nights." About the cuts she said: "It's how I cope. I don't want
anyone to make a fuss." She wants "a bit of time for me" and to keep going to
drama club on Wednesdays.
Riley (seen at home, 21/01/2026) said "Tegan makes my tea" and "Daddy shouts at
Mummy". He hid behind the sofa when the front door banged.

PARENT'S VIEWS:
Joanne said she knows Tegan does too much and feels guilty. Mark accepts he
drinks "more than I should" and agreed to see the alcohol team.

PLAN OBJECTIVES:
1. Tegan and Riley are cared for every day by adults who are sober and well
   enough to look after them.
2. Tegan goes to school every day and is no longer responsible for Riley or for
   her mum's care.
3. Tegan is kept safe from self-harm and has an adult she trusts to talk to
   every week.
4. Riley is collected from school on time every day by a sober adult.

-----------------------------------------------------------------------------------
MALLOWDEN BOROUGH COUNCIL            PlanWise CSC 4.0            OFFICIAL-SENSITIVE
CHILD PROTECTION PLAN (ICPC)                                         Page 2 of 3
PRINTED: 26/01/2026 15:31    USER: BASHDOWN    PLAN ID: PW-CP-2026-0147
===================================================================================

TASKS

ITEM 01                                                      STATUS: Ongoing
  TASK:        Visit Tegan and Riley at home, and see Tegan on her own away
               from home at least every other visit
  ASSIGNED TO: Ben Ashdown, Social Worker
  START: 26/01/2026            END: -
  FREQUENCY:   [X] Weekly  [ ] Fortnightly  [ ] Monthly  [ ] Other
  EVIDENCE:    PlanWise visit records show both children seen each week and
               Tegan seen alone at least fortnightly, with her own words
  COMPLETED:   -

ITEM 02                                                      STATUS: Open
  TASK:        Take Riley to school and collect him at 3.15pm, sober, so that
               Tegan does not do the school run
  ASSIGNED TO: Joanne Whitlow and Mark Denby
  START: 26/01/2026            END: -
  FREQUENCY:   [ ] Weekly  [ ] Fortnightly  [ ] Monthly  [X] Other: every
               school day
  EVIDENCE:    Riley's school logs who collects him and at what time; no late
               or Tegan collections on the log sent to the SW each Friday
  COMPLETED:   -

ITEM 03                                                      STATUS: Open
  TASK:        Fortnightly CPN visits to support Joanne with her low mood and
               anxiety
  ASSIGNED TO: Lisa Garnet, CPN, Mallowden CMHT (North)
  START: 02/02/2026            END: -
  FREQUENCY:   [ ] Weekly  [X] Fortnightly  [ ] Monthly  [ ] Other
  EVIDENCE:    Joanne attends her CPN visits (CMHT attendance letter to the SW
               each month)
  COMPLETED:   -

ITEM 04                                                      STATUS: Open
  TASK:        Key-work and breath tests for Mark, and a written report to each
               core group on his drinking, whether it is changing and what
               that means for Tegan and Riley
  ASSIGNED TO: Dean Fairclough, Recovery Worker, Mallowden Alcohol Team
  START: 28/01/2026            END: -
  FREQUENCY:   [X] Weekly  [ ] Fortnightly  [ ] Monthly  [ ] Other
  EVIDENCE:    Breath test results and a written report on PlanWise before
               each core group
  COMPLETED:   -

ITEM 05                                                      STATUS: Open
  TASK:        Review Joanne's antidepressant medication and send the SW a
               summary of her mental health history
  ASSIGNED TO: Dr Rachel Imrie, GP, Rookery Walk Health Centre
  START: -                     END: -
  FREQUENCY:   [ ] Weekly  [ ] Fortnightly  [ ] Monthly  [ ] Other
  EVIDENCE:    GP letter on PlanWise
  COMPLETED:   -

ITEM 06                                                      STATUS: Open
  TASK:        Check Tegan's attendance every morning and phone Joanne and the
               SW by 10am on any day she is not in
  ASSIGNED TO: Mrs Helen Quayle, DSL, Mallowden High School
  START: 26/01/2026            END: -
  FREQUENCY:   [ ] Weekly  [ ] Fortnightly  [ ] Monthly  [X] Other: every
               school day
  EVIDENCE:    Weekly attendance sent to the SW; Tegan at 95% by the end of
               the spring term
  COMPLETED:   -

ITEM 07                                                      STATUS: Open
  TASK:        Complete a young carers assessment for Tegan and agree what
               support she needs
  ASSIGNED TO: Sam Ellery, Mallowden Young Carers
  START: 02/02/2026            END: 16/03/2026
  FREQUENCY:   [ ] Weekly  [ ] Fortnightly  [ ] Monthly  [ ] Other
  EVIDENCE:    N/A
  COMPLETED:   -

ITEM 08                                                      STATUS: Open
  TASK:        Check in with Tegan about her self-harm and how she is feeling
               at home
  ASSIGNED TO: Core group
  START: 26/01/2026            END: -
  FREQUENCY:   [X] Weekly  [ ] Fortnightly  [ ] Monthly  [ ] Other
  EVIDENCE:    Monitored at core group
  COMPLETED:   -

-----------------------------------------------------------------------------------
MALLOWDEN BOROUGH COUNCIL            PlanWise CSC 4.0            OFFICIAL-SENSITIVE
CHILD PROTECTION PLAN (ICPC)                                         Page 3 of 3
PRINTED: 26/01/2026 15:31    USER: BASHDOWN    PLAN ID: PW-CP-2026-0147
===================================================================================

ITEM 09                                                      STATUS: Open
  TASK:        Support Joanne to apply for a move to a bigger property nearer
               Tegan's school
  ASSIGNED TO: Nikki Barlow, Family Support Worker
  START: -                     END: -
  FREQUENCY:   [ ] Weekly  [ ] Fortnightly  [ ] Monthly  [X] Other: ongoing
  EVIDENCE:    Housing register reference number on PlanWise
  COMPLETED:   -

ITEM 10                                                      STATUS: Open
  TASK:        Assess Tegan's self-harm and emotional health, and agree a
               safety plan with her
  ASSIGNED TO: Dr Owain Pryce, Mallowden CAMHS
  START: 26/01/2026            END: 20/02/2026
  FREQUENCY:   [ ] Weekly  [ ] Fortnightly  [ ] Monthly  [X] Other: one-off
  EVIDENCE:    Assessment letter and Tegan's safety plan sent to the SW and
               the GP by 20/02/2026
  COMPLETED:   -

ITEM 11                                                      STATUS: Open
  TASK:        Health review for Riley (height, weight, dental registration and
               sleep), with a note of anything he says about home
  ASSIGNED TO: Gill Harker, School Nurse, Mallowden 5-19 Service
  START: 26/01/2026            END: 27/02/2026
  FREQUENCY:   [ ] Weekly  [ ] Fortnightly  [ ] Monthly  [X] Other: one-off
  EVIDENCE:    Health review summary on PlanWise by 27/02/2026, with Riley's
               dental registration confirmed
  COMPLETED:   -

CONTINGENCY ARRANGEMENTS:
If Mark is drunk while caring for Riley, or police are called to an argument at
the house, Joanne will take Tegan and Riley to Carol's at 4 Ash Grove that night
and the SW (or the Emergency Duty Team out of hours) will hold a strategy
discussion with the police the next working day. If Carol cannot have them, the
Emergency Duty Team will place them together with foster carers that night.
If Tegan self-harms in a way that needs treatment, or says she wants to end her
life, the school or Joanne will take her to Mallowden General Hospital A&E the
same day and CAMHS will see her within 24 hours.
If things do not improve, the plan will be looked at again at the review.

REVIEW ARRANGEMENTS:
CORE GROUP FREQUENCY: Every 4 weeks
FIRST CORE GROUP: 05/02/2026, 10am, Mallowden Family Centre
REVIEW CONFERENCE DATE:
VENUE: -

PLAN AUTHORISED BY: Louise Carver, Team Manager    DATE: 26/01/2026
===================================================================================
END OF PRINT
""",
    "findings": [
        F("H001", "Fortnightly CPN visits to support Joanne with her low mood"),
        F("T001", "Review Joanne's antidepressant medication and send the SW a summary"),
        F("M001", "Complete a young carers assessment for Tegan"),
        F("W002", "Check in with Tegan about her self-harm"),
        F("M002", "Check in with Tegan about her self-harm"),
        F("T002", "Support Joanne to apply for a move to a bigger property"),
        F("R001"),
        F("R002"),
    ],
})
