"""Batch 196, module i: seven fictional plans (tuning material), places beginning with "i".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without
running planlint or reading its code.

Focus: plans revised over time. Each plan is the plan as it stands after a
core group or a review conference has gone through the last version, in a
template of its own: a RAG letter and a note from the meeting beside each
row, completed rows kept and marked for removal, a "done since last time"
list and a "taken off the plan" list with reasons, "at the conference we
said / progress / now agreed" columns, a "Progress at core group 2" line
under each numbered action with NEW and CHANGED tags, a case-system print
of a plan's third version with a version history and status lines, separate
tables for carried-forward and new work and a closed table, a two-row
action table with an update row merged across under each action, and
core group minutes that go through last time's actions before the list
agreed today. Each holds a summary of progress, the children's news and
what the meeting decided, the dates of this meeting and the last, the next
core group and review conference, and who attended.

1. Ilverstone (docx, landscape, exemplary): core group 5 record for a
   7-year-old and a 2-year-old (neglect, the father's drinking, the
   paternal grandmother helping): meeting box, progress since core group 4,
   the children's news, the tracker (No. / What will happen / Lead / When /
   What we will see / RAG / Note from this core group) with numbers kept
   from the review plan and new rows 18 to 20, then "Done since core group
   4" and "Taken off the plan" lists.
2. Imberholt (pdf, landscape, header and footer): first review conference
   plan for an 11-year-old and a 4-year-old (emotional abuse, domestic
   abuse by the younger child's father, the mother's depression and
   anxiety, the grandmother helping) in a "Ref / At the ICPC we said /
   Progress by this review / Now agreed / Who / When / How we will know"
   table with completed and dropped rows kept and marked. Faults: the
   psychologist's CBT only treating the mother (H001); a young carers'
   assessment "when a worker is free" (T002); the family support worker's
   sessions measured by "Shona's engagement" (M002); "Family" owning
   keeping Alfie away from his father (W002); the IDVA's safety planning
   with "Carried forward" as its only When (T001); an outcome about the
   mother only (F002); and no fallback if the grandmother's help fails
   (C003).
3. Ivescombe (md, exemplary): core group 2 plan for a 10-week-old baby
   (the mother's postnatal depression and learning needs, the father's
   shifts, an aunt helping at night), numbered actions under each outcome
   with "Who / When / How we'll know" lines and a "Progress at CG2" line,
   tags [CARRIED FORWARD], [CHANGED AT CG2], [NEW AT CG2] and
   [COMPLETED - remove at next review], and a "Dropped at CG2" list; the
   perinatal mental health team reports on capacity to change.
4. Ivelthorpe (txt): case-system print of a plan's third version for a
   12-year-old and a 6-year-old (neglect, the mother's cannabis and cocaine
   use, a move to another council coming), version history, then action
   blocks with dot-leader fields and a status line. Faults: the parenting
   programme handed to the receiving council's service until after the
   transfer (X001); the dental check with "C/F from CG3" as its only due
   date (T001); the school nurse's health review with "-" for its owner
   (W001); the family hub's home sessions with "N/A" for evidence (M001);
   the school's checks on Skye with "Monitored by SW" as evidence (M002).
5. Ixendale (docx): core group 3 record for a 4-year-old and a
   10-month-old (physical abuse by the father, who lives with his parents
   and has supervised contact), three tables: "Carried forward and
   ongoing" with a "Since last time" column, "New at this core group" and
   "Closed since last time". Faults: the paediatric follow-up "new date
   TBC" (T002); "Family network" supervising the father's contact (W002);
   the nursery's checks measured by "reviewed at core group" (M002); the
   father's "Calm Dads" course with an empty "How we'll know" (M001); no
   fallback if the grandparents cannot supervise (C003); and nothing on
   legal planning (R002).
6. Ithersby (pdf, portrait, header and footer, exemplary): first review
   conference plan for a 14-year-old who goes missing and is at risk of
   exploitation, whose mother drinks; a table where each action row is
   followed by an "At review 1" row merged across, change marks in the Ref
   column (= kept, ~ changed, + new), and an appendix of closed and
   dropped actions; the alcohol service reports on change and the aunt's
   Fridays have a fallback.
7. Ickenthwaite (md): core group 3 minutes for an 8-year-old and a
   5-year-old (neglect, their father a sole carer dependent on opioid
   painkillers), with "Last time's actions, one by one" (a table that holds
   no actions) and then "What we agreed today" as bullets tagged (CF),
   (CHANGED) and (NEW). Faults: the father's pain clinic appointment
   "as soon as possible" (T002); the dentist registration "as and when"
   (T002); a passive referral to the young carers' service (W001); the
   school's check on Evie with "keep an eye on" as its only check (M002);
   the housing officer's repair inspection with no check (M001); and a
   review conference "to be confirmed" (R001).

Plans 1, 3 and 6 are exemplary: every live action has a named owner, a real
timescale and something that can be seen, counted or read; every outcome
is about the child; each contingency has specific triggers and protective
responses and says what happens if a relative's help fails; each records
the child's words or observed day, core group dates and a dated review
conference, and legal planning after named triggers; an adult service owns
actions where a parent drinks, uses drugs or is unwell, and any adult
mental health service is asked to report on the parent's capacity to
change.

Counting convention used for "actions" (README convention 1 and the notes
for batches 143 to 146): every live row of an action table, every live
numbered action and every live bullet of the part agreed today counts
once, whatever its status (on track, carried forward with a new date, not
started, changed, new). Ongoing work marked green or achieved still counts.
One-off actions marked completed or closed, whether left in the table,
moved to a "done" list or a closed table, and actions taken off or dropped
with a reason, are not counted. A plan's update rows, RAG letters and
progress lines are notes on an action, not actions. The version history,
the review of last time's actions, progress summaries, the children's
news, the decisions, outcomes, contingency and meeting dates are not
actions.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. Core group 5 record with a tracker: RAG letter and a note from this core
#    group beside each row, numbers kept from the review plan, then "Done
#    since core group 4" and "Taken off the plan". Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b196_ilverstone_cg5_tracker_rag_letter_note_done_list_whitlam.docx",
    "doc_title": "Core Group 5 Record and Revised Plan - Lacey and Ollie Whitlam",
    "split": "tune",
    "actions": 15,
    "landscape": True,
    "font_size": 10,
    "template": "core-group-record-docx-landscape-meeting-box-present-apologies-since-last-core-group-summary-childrens-news-outcomes-decisions-then-tracker-no-what-will-happen-lead-when-what-we-will-see-rag-letter-note-from-this-core-group-numbers-kept-new-rows-then-done-since-last-list-taken-off-the-plan-list-with-reasons",
    "description": (
        "Exemplary record of the fifth core group for a 7-year-old girl and her 2-year-old brother on "
        "plans for neglect: their father drinks daily since losing his job, their mother works evening "
        "shifts, and their paternal grandmother walks the girl to school and gives the children their "
        "tea. A meeting box gives this meeting, the last one, the next core group and the review "
        "conference; a summary of progress, the children's news, outcomes and what the meeting decided "
        "come before the tracker, whose numbers are kept from the review plan: each row has a lead, a "
        "When, a What we will see, a RAG letter and a note from this core group (changed to "
        "fortnightly, carried forward with a new date, not started with new dates, NEW). Completed rows "
        "are moved to a 'Done since core group 4' list and a dropped row is listed with its reason. "
        "The recovery service reports on the father's capacity to change, the GP owns an action, the "
        "grandmother's help has a fallback, and legal planning follows named triggers."
    ),
    "blocks": [
        ("title", "Core Group Meeting: Record and Revised Plan"),
        ("p", "Ilverstone Borough Council · Children's Social Care · Family Safeguarding Team East"),
        ("table", {
            "header": ["Meeting", "Details"],
            "widths": [6.0, 19.7],
            "bold_first_col": True,
            "rows": [
                ["Children", "Lacey Whitlam, born 04/03/2018 (7, Year 2, Ilverstone Church Primary School); "
                             "Ollie Whitlam, born 19/11/2023 (2, Little Acorns Nursery on Tuesdays and Thursdays)"],
                ["Home", "22 Furnace Row, Ilverstone IL3 5PD, with Kasey Whitlam (Mum, 27, care assistant on "
                         "evening shifts at Beech Lodge care home) and Darren Whitlam (Dad, 31)"],
                ["Paternal grandmother", "Maureen Whitlam, 9 Chapel Walk, Ilverstone (five minutes' walk)"],
                ["Plan", "Child protection plan since the initial conference on 09/09/2025 (neglect, both "
                         "children); continued at the first review conference on 02/12/2025"],
                ["This meeting", "Core group 5, Tuesday 13/01/2026, 3.30pm, Ilverstone Church Primary School "
                                 "(moved from 23/12/2025 because of the Christmas holidays)"],
                ["Last meeting", "Core group 4, Tuesday 16/12/2025"],
                ["Next core group", "Tuesday 10/02/2026, 3.30pm, same place"],
                ["Next review conference", "Tuesday 26/05/2026, 10am, Ilverstone Civic Centre"],
                ["Present", "Hannah Roe (social worker, chair of core group), Kasey Whitlam, Darren Whitlam, "
                            "Maureen Whitlam, Priya Nandra (recovery worker, Ilverstone Recovery Service), "
                            "Sarah Pell (health visitor), Ravi Kohli (DSL, Ilverstone Church Primary), Jade "
                            "Fenwick (key person, Little Acorns Nursery), Tom Breen (family support worker, "
                            "Ilverstone Family Hub)"],
                ["Apologies", "Dr Anil Mehta (GP, Brookside Surgery), who sent a note"],
            ],
        }),
        ("h1", "1. Since core group 4"),
        ("p", "Darren has been to all four of his Tuesday sessions at the recovery service since 16/12/2025, and "
              "every breath test has read 0.00. Priya's report of 08/01/2026 says Darren has moved from drinking "
              "every day to two evenings a week at his brother's, never at home, and that she thinks he can stop "
              "altogether in the next three months if he keeps coming. Darren missed his blood test at the GP on "
              "05/01/2026 because he had a job interview; he has a new appointment."),
        ("p", "Hannah visited four times over Christmas, two of them unannounced. Each time the house was warm, "
              "there was food in the cupboards and the children were clean. The routine chart was filled in on "
              "four nights in seven over the holidays, which Kasey says was because of her extra shifts. Lacey's "
              "attendance this half-term is 92%: three days off with a cold, all reported by Kasey on the day. "
              "Ollie's 2-year review found his words behind, and he has been referred to speech and language "
              "therapy."),
        ("h1", "2. Lacey's and Ollie's news"),
        ("p", "Lacey (seen on her own at school by Hannah on 08/01/2026) said: \"Christmas was good, Dad didn't go "
              "funny.\" \"Dad goes to Uncle Lee's for his beers now, not ours.\" She drew her house with a sun "
              "and said it was \"a 7 out of 10, it was a 4 before\". She still worries \"when Dad's late home\", "
              "and she wants to go to Brownies on Wednesdays \"like Maisie\"."),
        ("p", "Ollie (seen at home on 06/01/2026 and at nursery by Jade) ran to Darren at the door and showed him "
              "his new tractor. He uses about 20 words, points and pulls adults to what he wants, and gets cross "
              "when he is not understood. At nursery he eats everything at lunch and naps for an hour; Jade has "
              "seen no nappy rash since November."),
        ("h1", "3. What has to be different for Lacey and Ollie"),
        ("numbers", [
            "Lacey and Ollie are cared for every day and night by an adult who is sober, and never by Dad when "
            "he has been drinking.",
            "Lacey is in school every day and on time, has had breakfast, and has someone she can tell when she "
            "is worried about Dad.",
            "Ollie is fed, clean and warm, has a bedtime routine, and gets help with his talking so that by "
            "the summer he is using more words and two-word phrases.",
            "The children's home stays warm, clean and stocked with food when the family support work ends.",
        ]),
        ("h1", "4. What the core group decided today"),
        ("bullets", [
            "Progress on outcomes 1 and 4 is good enough to change the social worker's visits to every two "
            "weeks; the plan stays in place at the same category.",
            "The family support work goes down to every two weeks and ends on 31/03/2026.",
            "Three new rows (18 to 20) are added for Ollie's talking and Lacey's worries.",
            "Row 16 (Breakfast Club) is taken off the plan, and rows 6, 13, 15 and 17 are done and moved to the "
            "list below the plan.",
        ]),
        ("h1", "5. The plan as it now stands"),
        ("p", "Row numbers are kept from the plan agreed at the review conference on 02/12/2025, so numbers that "
              "are done or taken off are missing here; new rows start at 18. RAG: G on track, A some progress "
              "or date moved, R not started. The RAG letter and the note are the core group's view of progress; "
              "each row is checked against its When and What we will see."),
        ("table", {
            "header": ["No.", "What will happen", "Lead", "When", "What we will see", "RAG", "Note from this core group"],
            "widths": [1.1, 6.6, 3.6, 3.8, 5.4, 1.1, 4.1],
            "rows": [
                ["1",
                 "Visit Lacey and Ollie at home, every other visit unannounced; see Lacey on her own, see Ollie "
                 "awake, and look at the food in the cupboards, the children's beds and Ollie's nappy area",
                 "Hannah Roe, social worker",
                 "Every two weeks until the review conference on 26/05/2026",
                 "Visit record on file within 48 hours, with Lacey's words and what was seen in the kitchen "
                 "and bedrooms",
                 "G",
                 "Changed at CG5: was weekly. Four visits since CG4, two unannounced."],
                ["2",
                 "Go to his key-work sessions at Ilverstone Recovery Service and keep the drinking diary agreed "
                 "with his recovery worker",
                 "Darren Whitlam (Dad)",
                 "Every Tuesday at 10am",
                 "Monthly attendance letter from Priya to Hannah; the drinking diary shown at each session",
                 "G",
                 "4 of 4 sessions since CG4."],
                ["3",
                 "Breath-test Darren at every session, and write to each core group on his drinking, his "
                 "readings, whether he is making the changes Lacey and Ollie need, and how long further change "
                 "is likely to take",
                 "Priya Nandra, recovery worker, Ilverstone Recovery Service",
                 "Breath test weekly; report three working days before each core group",
                 "Report on Hannah's file before each core group; every breath reading 0.00",
                 "G",
                 "Report of 08/01/2026 received and read out."],
                ["4",
                 "Not drink any alcohol while he is looking after Lacey or Ollie, and not be the only adult in "
                 "the house with them overnight",
                 "Darren Whitlam (Dad)",
                 "Every day from 09/09/2025 until the review conference on 26/05/2026",
                 "No drink in the house and no sign of drinking at Hannah's unannounced visits; Kasey and "
                 "Maureen ring Hannah the same day if they see him drink",
                 "G",
                 "Kept as it is."],
                ["5",
                 "Repeat Darren's liver function blood test and write to Hannah with the result and any advice "
                 "on his drinking",
                 "Dr Anil Mehta, GP, Brookside Surgery",
                 "By 13/02/2026 (appointment booked for 27/01/2026)",
                 "GP letter with the result on Hannah's file",
                 "A",
                 "Carried forward from CG4: Darren missed the 05/01 test; new date agreed."],
                ["7",
                 "Home visit to Ollie: weigh and measure him, and check his play, talking and sleep with Kasey",
                 "Sarah Pell, health visitor",
                 "Monthly, next on 22/01/2026",
                 "Weight and height plotted in the red book; health visiting record e-mailed to Hannah after "
                 "each visit",
                 "G",
                 "Ollie's weight on the 50th centile."],
                ["8",
                 "Keep a daily log of how Ollie arrives (fed, clean, nappy area, warm enough clothes) and e-mail "
                 "it with the register",
                 "Jade Fenwick, key person, Little Acorns Nursery",
                 "Every Tuesday and Thursday; e-mail to Hannah each Friday",
                 "The daily log and the nursery register in the Friday e-mail",
                 "G",
                 "No worries logged since November."],
                ["9",
                 "Send Hannah Lacey's attendance and late marks, and anything Lacey says about home or any day "
                 "she arrives hungry",
                 "Ravi Kohli, DSL, Ilverstone Church Primary School",
                 "Every Friday by 3pm",
                 "Attendance at 95% or above, with no more than one late mark a fortnight; CPOMS notes in the "
                 "e-mail",
                 "A",
                 "92% this half-term (illness, all reported)."],
                ["10",
                 "Walk Lacey to school on Monday, Wednesday and Friday mornings, and give Lacey and Ollie their "
                 "tea at her house on Kasey's shift evenings",
                 "Maureen Whitlam (paternal grandmother)",
                 "Mon, Wed and Fri mornings; Tue and Thu, 3.15pm to 7.30pm",
                 "Register shows Lacey in by 8.50am on those days; Maureen texts Hannah each Friday",
                 "G",
                 "No days missed."],
                ["11",
                 "Keep to the bedtime routine agreed with Tom (tea by 5.30pm, bath, story, Ollie in bed by 7pm "
                 "and Lacey by 8pm) and fill in the routine chart",
                 "Kasey and Darren",
                 "Every night",
                 "Routine chart, seen by Tom at each session, filled in on at least 5 nights in 7",
                 "A",
                 "4 nights in 7 over Christmas."],
                ["12",
                 "Home sessions with Kasey and Darren on routines, meals on a budget, and keeping the "
                 "children's room clean and warm",
                 "Tom Breen, family support worker, Ilverstone Family Hub",
                 "Every two weeks from 20/01/2026 to 31/03/2026",
                 "Session record to Hannah after each session; cupboards stocked and the children's room clean "
                 "at Hannah's visits",
                 "G",
                 "Changed at CG5: now fortnightly (was weekly); ends 31/03/2026."],
                ["14",
                 "Attend the eight-week 'Dads Matter' group on how a parent's drinking affects children",
                 "Darren Whitlam (Dad)",
                 "Thursdays, 6pm to 8pm, 22/01/2026 to 12/03/2026",
                 "Attendance certificate and the facilitator's end-of-group letter to Hannah",
                 "R",
                 "Not started: the November group was cancelled. See new dates."],
                ["18",
                 "Repeat Ollie's ASQ-3 to see whether his communication score has moved since his 2-year review",
                 "Sarah Pell, health visitor",
                 "By 28/02/2026",
                 "ASQ-3 scores shared with Hannah and the nursery; communication score compared with December's",
                 "-",
                 "NEW at CG5."],
                ["19",
                 "Four sessions of direct work with Lacey about Dad's drinking and who she can tell, using the "
                 "'Worry Monster' book",
                 "Hannah Roe, social worker",
                 "Fortnightly at school, 15/01/2026 to 26/02/2026",
                 "Lacey's worry monster book on file; Lacey can name two adults she would tell",
                 "-",
                 "NEW at CG5."],
                ["20",
                 "Speech and language assessment of Ollie after the health visitor's referral, with targets for "
                 "home and nursery",
                 "Megan Ash, speech and language therapist, Ilverstone Children's Therapies",
                 "First appointment by 20/02/2026",
                 "SLT report with three targets sent to Kasey, Jade and Hannah",
                 "-",
                 "NEW at CG5: referral accepted 19/12/2025."],
            ],
        }),
        ("h1", "6. Done since core group 4 (kept here for the record)"),
        ("bullets", [
            "Row 6: Ollie's 2-year review by the health visitor. Done 03/12/2025; ASQ-3 communication score "
            "below the cut-off, so a speech and language referral was made (now row 20).",
            "Row 13: Kasey to register Ollie with a dentist. Done 09/12/2025 at Market Street Dental.",
            "Row 15: school nurse health check for Lacey. Done 18/12/2025; height, weight, eyes and teeth all "
            "fine.",
            "Row 17: Ilverstone Homes to repair Lacey's bedroom window. Done 11/12/2025; Hannah saw it on "
            "16/12/2025.",
        ]),
        ("h1", "7. Taken off the plan"),
        ("bullets", [
            "Row 16, a Breakfast Club place for Lacey: taken off at this meeting. Lacey has breakfast at home or "
            "at Maureen's every school day, and school has seen no sign of hunger since October.",
        ]),
        ("h1", "8. If things go wrong"),
        ("bullets", [
            "If Darren drinks while he is looking after the children, smells of drink at a visit, or has a "
            "breath reading above 0.00: Kasey or Maureen rings Hannah (or the Emergency Duty Team after 5pm) "
            "that day, Darren goes to stay with his brother Lee Whitlam at 7 Moorside (agreed by Lee on "
            "02/12/2025), and Hannah visits the children the same day.",
            "If Kasey is at work when this happens, Maureen takes Lacey and Ollie to her house for the night.",
            "If Maureen cannot walk Lacey to school or have the children for tea (she is ill or away), Kasey's "
            "sister Gemma Lund (14 Dale Street, agreed with Hannah on 02/12/2025) does it instead. If neither can, "
            "Kasey swaps her shift (Beech Lodge's manager has agreed to this) and tells Hannah that day. If no "
            "sober adult can care for the children, Hannah or the Emergency Duty Team arranges an emergency "
            "foster placement that evening.",
            "If the children are ever found alone, or with an adult who is drunk, the police are called and "
            "Hannah holds a strategy discussion the same day.",
            "If Darren drinks while caring for the children twice before the review conference, or stops going "
            "to the recovery service for two weeks running, Hannah will ask her team manager, Graham Ostley, "
            "for a legal planning meeting within 5 working days to decide whether to start the Public Law "
            "Outline.",
        ]),
        ("h1", "9. Meetings"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 3.30pm at Ilverstone Church Primary School: 10/02/2026, "
            "10/03/2026, 07/04/2026 and 05/05/2026.",
            "Review child protection conference: Tuesday 26/05/2026 at 10am, Ilverstone Civic Centre.",
            "This record was sent to everyone present, to Dr Mehta and to Megan Ash on 15/01/2026.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. First review conference plan: "Ref / At the ICPC we said / Progress by
#    this review / Now agreed / Who / When / How we will know", completed and
#    dropped rows kept and marked. Landscape, header and footer. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b196_imberholt_rcpc1_said_progress_now_agreed_columns_rushworth.pdf",
    "doc_title": "Review Child Protection Conference 1 - Revised Plan - Keira and Alfie Rushworth",
    "split": "tune",
    "actions": 13,
    "landscape": True,
    "font_size": 9.5,
    "min_pages": 2,
    "header": "OFFICIAL-SENSITIVE · Imberholt Council Children's Services · Revised child protection plan",
    "footer": "Keira and Alfie Rushworth · Plan revised at review conference 1 (09/12/2025) · Page {PAGE} of {NUMPAGES}",
    "template": "rcpc1-revised-plan-paged-landscape-header-footer-details-kv-attendance-progress-by-outcome-childrens-words-decision-outcomes-then-ref-at-the-icpc-we-said-progress-by-this-review-now-agreed-who-when-how-we-will-know-table-completed-and-dropped-rows-kept-and-marked-then-contingency-meetings",
    "description": (
        "First review conference plan for an 11-year-old girl and her 4-year-old brother (emotional "
        "abuse): the boy's father was violent to their mother and is under a non-molestation order, the "
        "mother has depression and anxiety under the community mental health team, the girl does much of "
        "her brother's care, and their grandmother helps with the school run and Saturday nights. The "
        "plan is one table in which each row keeps what the initial conference said, the progress by "
        "this review and what is now agreed, with its Who, When and How we will know; completed and "
        "dropped rows are kept and marked, and new rows say so. Faults: the psychologist's CBT only "
        "treats the mother; a young carers' assessment 'when a worker is free'; the family support "
        "worker's sessions measured by the mother's engagement; 'Family' owning keeping the boy away from "
        "his father; the IDVA's safety planning with 'Carried forward' as its only When; an outcome about "
        "the mother only; and no fallback if the grandmother's help fails."
    ),
    "blocks": [
        ("title", "Review Child Protection Conference 1: Revised Plan"),
        ("p", "Imberholt Council · Children's Services · Safeguarding and Family Support Team South"),
        ("kv", [
            ("Children", "Keira Rushworth, born 22/07/2014 (11, Year 7, Imberholt Academy); Alfie Rushworth, "
                         "born 30/01/2021 (4, Reception, St Anne's C of E Primary School)"),
            ("Home", "41 Tanner's Close, Imberholt IM7 2JE, with their mother Shona Rushworth (34)"),
            ("Alfie's father", "Craig Pyle (36), lives in Branwick; non-molestation order protecting Shona and "
                               "the children until 14/08/2026; no contact with the children"),
            ("Keira's father", "Dean Marsh, lives in Scotland; phones Keira on Sundays"),
            ("Maternal grandmother", "Pat Rushworth, 3 Linnet Way, Imberholt"),
            ("Category", "Emotional abuse (both children), since the initial conference on 16/09/2025"),
            ("This conference", "First review, Tuesday 09/12/2025, Imberholt Town Hall. Chair: Anjali Desai "
                                "(child protection chair)"),
            ("Present", "Shona Rushworth, Pat Rushworth, Kerry Banks (social worker), Nathan Greaves (care "
                        "coordinator, Imberholt Community Mental Health Team), Lisa Marsh (IDVA, Imberholt "
                        "Domestic Abuse Service), Mrs Joanne Dawson (head of Year 7 and DSL, Imberholt "
                        "Academy), Mr Colin Hale (DSL, St Anne's), Danny Shaw (family support worker), PC Amy "
                        "Holt (Imberholt Police, Safeguarding Hub)"),
            ("Decision", "Both children remain subject to a child protection plan under the category of "
                         "emotional abuse. Next review conference: Tuesday 09/06/2026."),
        ]),
        ("h1", "Progress since the initial conference"),
        ("p", "Craig has kept to the non-molestation order since 20/09/2025; there have been no police call-outs "
              "to the house. Shona has finished the Freedom Programme and says she now sees \"it was never my "
              "fault\". Her mood is still low: Nathan says she has good and bad weeks, and on bad days she stays "
              "in bed until Keira has taken Alfie to school. Keira's attendance has gone from 84% to 91%, but "
              "she has been late eleven times, and Mrs Dawson has seen her asleep in lessons. Alfie still has "
              "tantrums at home when he is told no, and at school he hides under the table when adults raise "
              "their voices. Shona decided not to move house, and the housing transfer has been taken off the "
              "plan."),
        ("h1", "What Keira and Alfie told us"),
        ("p", "Keira (seen on her own at school by Kerry, 02/12/2025): \"I do Alfie's breakfast and his book bag "
              "when Mum's tired. I don't mind, but I'm tired too.\" \"I'm not scared of Craig coming now, the "
              "police said they'd come.\" She would like \"to go to netball after school and not worry about "
              "getting Alfie\". She scored how things are at home as 6 out of 10, up from 3 in September."),
        ("p", "Alfie (at home with Kerry, 28/11/2025, with his cars) drove a police car to the door and said "
              "\"Daddy gone, shouting gone\". He said Keira makes his toast, \"Mummy sleeping\". Miss Penrose, "
              "his teacher, says he is happiest at the water tray and asks every day whether Keira is picking "
              "him up."),
        ("h1", "What we want for Keira and Alfie"),
        ("numbers", [
            "Keira and Alfie live free from domestic abuse, and feel safe at home.",
            "Keira is a child in her family, not Alfie's carer: she gets to school on time and has time of her "
            "own after school.",
            "Alfie is cared for by an adult each morning and evening, and learns to manage his feelings at home "
            "and at school.",
            "Shona feels less anxious and her mood is stable.",
        ]),
        ("h1", "The plan as revised at this conference"),
        ("p", "Each row keeps what the initial conference said and the progress made, so everyone can see what "
              "has changed. The Now agreed column is the plan from today. COMPLETED and DROPPED rows are kept for "
              "this version only and will be taken out when the plan is next typed up."),
        ("table", {
            "header": ["Ref", "At the ICPC we said", "Progress by this review", "Now agreed", "Who", "When",
                       "How we will know"],
            "widths": [1.1, 4.2, 4.3, 5.6, 3.6, 3.3, 3.6],
            "rows": [
                ["1",
                 "SW to visit every two weeks",
                 "Seven visits, three unannounced. Both children seen alone each time.",
                 "Visit Keira and Alfie at home, one visit in two unannounced, and see each child on their own",
                 "Kerry Banks, social worker",
                 "Every three weeks until the review on 09/06/2026 (changed: was every two weeks)",
                 "Visit records within 2 working days, with each child's words"],
                ["2",
                 "CMHT to support Shona with her mood",
                 "Nathan visits every two weeks; medication changed in October.",
                 "Visit Shona, check her mood, sleep and medication, and give a written view before each core "
                 "group on whether she is making the changes Keira and Alfie need and how long more change may "
                 "take",
                 "Nathan Greaves, CPN, care coordinator, Imberholt CMHT",
                 "Every two weeks; written view three working days before each core group",
                 "Written view on Kerry's file before each core group"],
                ["3",
                 "Refer Shona to psychology",
                 "Referral accepted 21/10/2025; assessed on 25/11/2025.",
                 "Twelve sessions of CBT with Shona for her anxiety and low mood, with a focus on the abuse she lived "
                 "through",
                 "Dr Ellen Okoro, clinical psychologist, Imberholt CMHT",
                 "Weekly from 08/01/2026 to 26/03/2026",
                 "Attendance letters to Kerry after the sixth and the twelfth sessions"],
                ["4",
                 "Shona to take her medication",
                 "Taking sertraline; dose raised in October.",
                 "Take her sertraline every morning, and go to her medication review with Dr Ahmed",
                 "Shona Rushworth, with Dr Farid Ahmed, GP, Mill Lane Surgery",
                 "Daily; review by 16/01/2026, then every three months",
                 "GP's review note copied to Kerry"],
                ["5",
                 "IDVA to complete safety planning with Shona",
                 "Two of four sessions done; Lisa was off sick in November.",
                 "Finish the safety planning sessions with Shona, including a plan for the children if Craig "
                 "comes to the house or school",
                 "Lisa Marsh, IDVA, Imberholt Domestic Abuse Service",
                 "Carried forward",
                 "Signed safety plan, with the children's part, on Kerry's file and given to both schools"],
                ["6",
                 "Police to put a marker on the address",
                 "Marker placed 20/09/2025.",
                 "COMPLETED 20/09/2025 - remove at next review",
                 "PC Amy Holt",
                 "-",
                 "Marker confirmed by e-mail"],
                ["7",
                 "Academy to check in with Keira",
                 "Weekly check-ins since October; Keira says they help.",
                 "Check in with Keira each week about home, sleep and school, and pass on anything she says "
                 "about caring for Alfie",
                 "Mrs Joanne Dawson, head of Year 7 and DSL, Imberholt Academy",
                 "Every Monday, period 1",
                 "Check-in notes on CPOMS, e-mailed to Kerry every two weeks with Keira's attendance and late "
                 "marks"],
                ["8",
                 "School to watch Alfie",
                 "Alfie's hiding when adults raise voices logged twice a week.",
                 "Greet Alfie at the door, note who brought him and how he is, and log any hiding or upset on "
                 "CPOMS",
                 "Mr Colin Hale, DSL, with Miss Ruth Penrose, Reception teacher, St Anne's",
                 "Every school day",
                 "CPOMS log e-mailed to Kerry every two weeks; the number of times Alfie hides each week"],
                ["9",
                 "Young carers' assessment for Keira",
                 "Referral sent 03/10/2025; not started, waiting list.",
                 "Young carers' assessment with Keira, and a place at the Tuesday young carers' club if she "
                 "wants one",
                 "Bethany Cole, Imberholt Young Carers",
                 "When a worker is free",
                 "Assessment report to Kerry and Shona; club register if Keira joins"],
                ["10",
                 "Family support for Shona",
                 "Danny started in November; four sessions.",
                 "Weekly sessions with Shona on morning and bedtime routines, calm ways to say no to Alfie, and "
                 "taking back the jobs Keira does",
                 "Danny Shaw, family support worker, Imberholt Family Hub",
                 "Weekly from 13/01/2026 to 31/03/2026",
                 "Shona's engagement with the sessions"],
                ["11",
                 "Nan to help with the school run",
                 "Pat has done every Tuesday and Thursday.",
                 "Take Alfie to school and collect him on Tuesdays and Thursdays, and have both children to "
                 "stay on Saturday nights",
                 "Pat Rushworth (maternal grandmother)",
                 "Tue and Thu, 8.30am and 3.15pm; every Saturday night",
                 "St Anne's signing-out sheet; Pat texts Kerry each Sunday"],
                ["12",
                 "Alfie not to see Craig",
                 "No contact since September.",
                 "Make sure Alfie is never taken to Craig's flat and is never left with him",
                 "Family",
                 "Every day while the order lasts (until 14/08/2026)",
                 "Any contact or sighting of Craig told to Kerry and the police the same day"],
                ["13",
                 "Housing transfer for Shona",
                 "Shona has decided to stay; locks changed and a video doorbell fitted.",
                 "DROPPED - Shona no longer wants to move; the house has been made safe",
                 "-",
                 "-",
                 "-"],
                ["14",
                 "Freedom Programme for Shona",
                 "Finished online with Imberholt Women's Aid, 28/11/2025; certificate seen.",
                 "COMPLETED 28/11/2025 - remove at next review",
                 "Shona Rushworth",
                 "-",
                 "Certificate on file"],
                ["15",
                 "New at this review",
                 "-",
                 "Five sessions with Keira on being a young person and not a carer, ending with her 'my time' "
                 "plan for after school",
                 "Kerry Banks, social worker",
                 "Every two weeks, 15/01/2026 to 12/03/2026",
                 "Keira's 'my time' plan on file; netball club register shows her there each week"],
                ["16",
                 "New at this review",
                 "-",
                 "Six play sessions with Alfie about the shouting he heard and what to do with big feelings",
                 "Maya Stevens, play worker, Imberholt Children's Wellbeing Service",
                 "Weekly from 20/01/2026",
                 "Maya's end-of-work letter to Kerry; St Anne's log shows fewer hiding episodes a week than in "
                 "December"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Craig comes to the house or the schools, or contacts Shona or the children, Shona or the school "
            "rings 999; the police respond under the address marker, and Kerry holds a strategy discussion the "
            "same day.",
            "If Shona tells Nathan or Kerry she cannot cope, or stays in bed so that Keira has to get Alfie up "
            "and to school, Nathan sees Shona within 24 hours (the crisis team out of hours) and the children go "
            "to Pat's until Nathan says Shona is well enough to care for them.",
            "If Keira misses two days of school in a week, or says she has looked after Alfie overnight, Kerry "
            "visits the same day and sees both children.",
            "If Craig returns to live at the house, or Shona lets him see the children while the order lasts, "
            "Kerry will ask her team manager, Rob Tennant, for a legal planning meeting within 5 working days.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 1.30pm at Imberholt Family Hub: 13/01/2026, 10/02/2026, "
            "10/03/2026, 07/04/2026 and 05/05/2026.",
            "Next review child protection conference: Tuesday 09/06/2026 at 10am, Imberholt Town Hall.",
        ]),
    ],
    "findings": [
        F("H001", "Twelve sessions of CBT with Shona for her anxiety"),
        F("T002", "Young carers' assessment with Keira, and a place"),
        F("M002", "Weekly sessions with Shona on morning and bedtime routines"),
        F("W002", "Make sure Alfie is never taken to Craig's flat"),
        F("T001", "Finish the safety planning sessions with Shona"),
        F("F002", "Shona feels less anxious and her mood is stable."),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Core group 2 plan for a baby: numbered actions under each outcome with
#    Who / When / How we'll know lines, a "Progress at CG2" line and tags
#    ([CARRIED FORWARD], [CHANGED AT CG2], [NEW AT CG2], [COMPLETED - remove
#    at next review]), then a "Dropped at CG2" list. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b196_ivescombe_cg2_tagged_actions_progress_lines_parvez.md",
    "split": "tune",
    "actions": 13,
    "template": "core-group-2-plan-md-meeting-lines-present-about-aisha-list-since-cg1-summary-aishas-day-decisions-tag-key-then-numbered-actions-under-outcome-headings-with-who-when-how-well-know-and-progress-at-cg2-sub-bullets-tags-carried-forward-changed-new-completed-remove-at-next-review-then-dropped-at-cg2-list-then-if-things-go-wrong-meetings",
    "description": (
        "Exemplary plan as revised at the second core group for a 10-week-old girl on a plan for "
        "neglect: her weight fell from the 50th to below the 9th centile in her first weeks, her "
        "20-year-old mother has a mild learning disability and postnatal depression, her father works "
        "night shifts three nights a week, and her aunt stays over on those nights. The plan is "
        "numbered actions under each outcome, each with Who / When / How we'll know sub-bullets and a "
        "'Progress at CG2' line, tagged carried forward, changed at CG2, new at CG2 or completed "
        "(remove at next review); two dropped actions are listed with reasons. The perinatal team and "
        "psychiatrist report on the mother's capacity to change and its likely timescale, the learning "
        "disability team owns an action, the aunt's nights have a fallback, the baby's day is recorded, "
        "and legal planning follows named triggers."
    ),
    "text": """\
# Ivescombe City Council - Children's Services

## Aisha Parvez: child protection plan, as revised at core group 2

**This meeting:** Core group 2, Tuesday 06/01/2026, 10am, Ivescombe Family Centre
**Last meeting:** Core group 1, Tuesday 02/12/2025 (the plan was first agreed at the initial conference on 18/11/2025)
**Next core group:** Tuesday 03/02/2026, 10am, Ivescombe Family Centre
**Review conference:** Tuesday 17/02/2026, 1.30pm, Ivescombe Civic Offices

**Present:** Farah Parvez (Mum), Imran Parvez (Dad), Sabina Khan (Farah's sister), Leah Ward (social
worker, chair of the core group), Carol Stent (health visitor), Joanne Ellery (CPN, Ivescombe Perinatal
Mental Health Service), Mark Quayle (social worker, Ivescombe Community Learning Disability Team), Pam
Lowry (Home-Start Ivescombe). **Apologies:** Dr Neil Carver (GP, Harbour Road Surgery).

Farah had this plan read through with her by Mark before the meeting, and has an easy-read copy with
pictures.

### About Aisha and her family

- **Aisha Parvez**, born 28/10/2025 (10 weeks old). Born at 38 weeks, 2.9kg (50th centile).
- **Farah Parvez** (Mum, 20): mild learning disability; postnatal depression diagnosed on 20/11/2025; on
  sertraline from her GP and seen by the perinatal mental health team.
- **Imran Parvez** (Dad, 24): warehouse operative, nights on Monday, Wednesday and Friday.
- **Sabina Khan** (maternal aunt, 27): lives at 6 Rope Walk, ten minutes away; stays over on Imran's
  night shifts.
- **Rukhsana Khan** (maternal grandmother): 40 Mill Street; agreed to be the back-up for nights.
- **Home:** 12 Harbour Terrace, Ivescombe IV9 3QT (two-bedroom flat).
- **Plan:** neglect, from the initial conference on 18/11/2025.

### Since core group 1

Aisha's weight has gone up from 3.4kg on 25/11/2025 to 4.5kg on 05/01/2026, and she is now just above
the 9th centile, following it upwards. The feed chart has been kept every day since 09/12/2025. The
infant feeding team showed Farah and Imran how to make up bottles on 05/12/2025, and Carol has watched
Farah make up a feed correctly on her last three visits. Farah's EPDS score has come down from 19 to 14.
She still finds night-time hard and sometimes sleeps through Aisha's cries when she is alone, which is why
the night plan stays. Aisha is often sick after feeds, and the GP has been asked to look at this.

### Aisha's day

Aisha cannot tell us in words, so this is what the people who see her have noticed:

- She wakes for a feed about every three hours. When Farah holds her close and talks to her she quietens
  and watches her face (Carol, 30/12/2025).
- She is sick after most feeds and cries and arches her back when laid flat straight after a feed.
- At Leah's unannounced visit on 22/12/2025 she was asleep on her back in her Moses basket, clean and
  warm, with no nappy rash; Sabina had done the 2am feed.
- Sabina says Aisha "smiles first thing for her mum, every morning now". Pam has seen Aisha settle on
  Farah's shoulder when Farah sings to her.

### What the core group decided

- Progress on Aisha's weight is good enough to change the health visitor's visits to weekly.
- The perinatal team's visits go up to weekly because night-time is still hard for Farah.
- Two actions are done and will come off at the review conference; two are dropped (see the list after
  the plan); four actions are new.
- The parenting assessment's report date moves to 10/02/2026 so that it is ready before the review
  conference.

### How to read the plan

Each action keeps its number from the initial plan; new actions have new numbers. **[CARRIED FORWARD]**:
as before. **[CHANGED AT CG2]**: changed today, and says what it was. **[NEW AT CG2]**: added today.
**[COMPLETED - remove at next review]**: done, kept here so everyone can see it. The "Progress at CG2"
line is what the core group heard today; each action is checked against its When and How we'll know.

### Outcome 1: Aisha is fed enough and grows steadily, back towards her birth centile by the spring

**1.1 [CHANGED AT CG2]** Home visit to weigh Aisha, plot her weight and watch Farah give a feed.
- Who: Carol Stent, health visitor
- When: every week until the review conference on 17/02/2026 (was twice a week)
- How we'll know: weight plotted in the red book and on the growth chart each week, following the 9th
  centile or above; visit notes e-mailed to Leah the same day
- Progress at CG2: 4.5kg on 05/01/2026, up 1.1kg in six weeks.

**1.2 [COMPLETED - remove at next review]** Infant feeding team home visit to show Farah and Imran how to
make up and store bottles safely.
- Who: Ivescombe Infant Feeding Team
- Done on 05/12/2025; Carol has since seen Farah make up feeds correctly three times.

**1.3 [CARRIED FORWARD]** Keep the feed chart: the time of each feed, how many ounces Aisha took, and
whether she was sick.
- Who: Farah in the day; Imran or Sabina at night
- When: at every feed, day and night
- How we'll know: Carol and Leah read the chart at each visit; six or more feeds a day, each of at least
  4oz
- Progress at CG2: kept every day since 09/12/2025.

**1.4 [NEW AT CG2]** See Aisha about being sick after feeds and arching her back, and decide whether she
needs treatment for reflux.
- Who: Dr Neil Carver, GP, Harbour Road Surgery
- When: appointment on or before 16/01/2026 (booked by Farah today for 13/01/2026)
- How we'll know: GP's note of the appointment and any treatment, with Aisha's weight, sent to Carol and
  Leah
- Progress at CG2: new today.

### Outcome 2: Aisha is safe and cared for by an adult who is awake and able to respond to her every night

**2.1 [CARRIED FORWARD]** Stay over at 12 Harbour Terrace on Imran's night-shift nights and do the 2am
feed, so that Farah can sleep.
- Who: Sabina Khan (maternal aunt)
- When: every Monday, Wednesday and Friday night, 9pm to 7am, until the review conference on 17/02/2026
- How we'll know: Sabina signs the night part of the feed chart; Leah's unannounced evening visit each
  fortnight finds her there
- Progress at CG2: every night done since 18/11/2025.

**2.2 [CARRIED FORWARD]** Do the night feeds on the nights he is home, and settle Aisha back on her back
in the Moses basket.
- Who: Imran Parvez (Dad)
- When: every Tuesday, Thursday, Saturday and Sunday night
- How we'll know: Imran signs the night part of the feed chart; Leah sees where Aisha sleeps at each visit
- Progress at CG2: chart signed every night.

**2.3 [COMPLETED - remove at next review]** Buy a Moses basket and a firm, flat mattress, and take out
the pillow and cot bumper.
- Who: Imran
- Done on 28/11/2025; Carol checked the basket and mattress on 02/12/2025.

**2.4 [CHANGED AT CG2]** Visit Aisha at home, see her awake and undressed (to check her nappy area and
skin) and see where she sleeps; one visit in two unannounced, including an evening visit each fortnight.
- Who: Leah Ward, social worker
- When: every week until the review conference on 17/02/2026 (was twice a week)
- How we'll know: visit record on the case file within 2 working days, saying who was caring for Aisha,
  how she was, and where she was sleeping
- Progress at CG2: nine visits since the initial conference, four unannounced.

### Outcome 3: Aisha's cries are noticed and answered, day and night, by a mum who is well enough to care for her

**3.1 [CHANGED AT CG2]** Visit Farah at home, check her mood (EPDS), sleep and medication, help her with
her early warning signs, and give a written view before each core group and the review conference on
whether she is making the changes Aisha needs, what still has to change, and how long that is likely to
take.
- Who: Joanne Ellery, CPN, Ivescombe Perinatal Mental Health Service
- When: visits every week (was every two weeks); written view three working days before each meeting
- How we'll know: EPDS score at each visit; Joanne's written view on Leah's file before each meeting
- Progress at CG2: EPDS down from 19 to 14; written view received 02/01/2026.

**3.2 [NEW AT CG2]** Review Farah's sertraline, and write an opinion for the review conference on whether
her depression is likely to lift enough for her to care for Aisha on her own, and how long that may take.
- Who: Dr Ruth Adair, consultant perinatal psychiatrist, Ivescombe Perinatal Mental Health Service
- When: clinic appointment by 30/01/2026
- How we'll know: clinic letter with the opinion sent to Leah and the GP before 10/02/2026
- Progress at CG2: new today.

**3.3 [CARRIED FORWARD]** Take her sertraline every morning and tell Joanne if she misses a dose or feels
worse.
- Who: Farah Parvez (Mum)
- When: every morning
- How we'll know: Joanne counts the blister packs at each weekly visit
- Progress at CG2: no missed doses since 09/12/2025.

**3.4 [NEW AT CG2]** Care Act assessment of the support Farah needs as a parent with a learning
disability, with an easy-read support plan.
- Who: Mark Quayle, social worker, Ivescombe Community Learning Disability Team
- When: by 30/01/2026
- How we'll know: the assessment and easy-read support plan, signed by Farah, copied to Leah
- Progress at CG2: new today; Mark met Farah on 19/12/2025.

### Outcome 4: Aisha grows up in a home where the adults can show they can care for her safely

**4.1 [CHANGED AT CG2]** Parenting assessment of Farah and Imran using PAMS, adapted for Farah's learning
disability, with the report read through with them.
- Who: Leah Ward, social worker, with Mark Quayle
- When: weekly sessions; report by 10/02/2026 (was 20/01/2026)
- How we'll know: PAMS report shared with Farah and Imran, in easy-read, before the review conference
- Progress at CG2: five of eight sessions done.

**4.2 [NEW AT CG2]** Family network meeting to agree who helps at night and in the day after the review
conference, and who steps in if Sabina cannot.
- Who: Leah Ward, social worker
- When: by 23/01/2026
- How we'll know: a written family network plan naming each helper and the nights or days they cover,
  signed and copied to everyone
- Progress at CG2: new today; Rukhsana and Imran's cousin Bilal have said they will come.

**4.3 [CARRIED FORWARD]** Volunteer visits to help Farah with bath time, tummy time and getting out to
the baby group.
- Who: Pam Lowry, Home-Start Ivescombe
- When: Tuesday and Thursday mornings, 10am to 12 noon, until 27/03/2026
- How we'll know: Home-Start visit log sent to Leah each month; Farah at the Thursday baby group
  (register)
- Progress at CG2: started 09/12/2025; Farah went to the baby group twice.

### Dropped at CG2

- **Daily check-in phone call from the social worker to Farah** (was 2.5): dropped. Joanne's weekly
  visits and Home-Start's two mornings now cover this, and Farah said the calls made her more anxious.
- **Referral to Ivescombe Baby Bank** (was 4.4): dropped. Leah has seen that Aisha has a cot, clothes,
  bottles and a steriliser.

### If things go wrong

- **If Aisha's weight falls below the 9th centile, or she loses weight between two weighs:** Carol
  arranges a same-day review by the paediatric team at Ivescombe General Hospital, and Leah holds a
  strategy discussion the same day.
- **If Farah's EPDS score goes above 19, she says she has thoughts of harming herself or Aisha, or she
  misses her sertraline for three days:** Joanne or the perinatal crisis line sees her within 24 hours,
  and Farah is not left alone with Aisha until Joanne says she is well enough.
- **If Sabina cannot stay on a night-shift night:** Rukhsana Khan stays instead (agreed 02/12/2025). If
  neither can, Imran swaps his shift (his manager's letter is on file) and tells Leah that day. If no
  adult can be there, Farah and Aisha stay at Rukhsana's for the night; if that is not possible, Leah
  (or the Emergency Duty Team) arranges a mother and baby foster placement that evening.
- **If Aisha is found with an injury no one can explain, or alone with Farah at night after Farah has
  been asleep through her crying:** Leah holds a strategy discussion with the police the same day, and
  Aisha is cared for by Imran or Rukhsana until it has met.
- **Legal planning:** if Aisha is not back on the 9th centile or above by the review conference, or the
  night plan breaks down twice, Leah will ask her team manager, Owen Pritchett, for a legal planning
  meeting within 5 working days to decide whether to start pre-proceedings under the Public Law Outline.

### Meetings

- Core group every four weeks, Tuesdays at 10am at Ivescombe Family Centre: 03/02/2026, then after the
  review conference 03/03/2026 and 31/03/2026.
- Review child protection conference: Tuesday 17/02/2026, 1.30pm, Ivescombe Civic Offices.
- Leah sends this plan to everyone present, to Dr Carver and to Dr Adair by 08/01/2026.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Case-system print of a plan's third version: header fields, version
#    history, progress summary, then action blocks with dot-leader fields and
#    a status line, a list of what this version closed, contingency, the
#    transfer arrangements and meetings. Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b196_ivelthorpe_caretrack_v3_print_status_lines_clegg.txt",
    "split": "tune",
    "actions": 12,
    "template": "cp-plan-case-system-print-txt-caretrack-header-fields-version-history-table-then-household-reasons-parental-factors-childrens-views-progress-summary-outcomes-then-action-blocks-dot-leader-task-owner-due-evidence-status-update-lines-then-closed-or-dropped-this-version-contingency-transfer-meetings",
    "description": (
        "Case-system print of the third version of a child protection plan for a 12-year-old boy and a "
        "6-year-old girl (neglect): their mother smokes cannabis daily and uses cocaine at weekends, the "
        "boy has been getting his sister to school, and the family move to a tenancy in a neighbouring "
        "council on 02/03/2026. A version history lists each version and what changed; action blocks "
        "have dot-leader Task / Owner / Due / Evidence fields and a Status and Update line (ongoing, "
        "changed, carried forward, paused, new), and what this version closed or dropped is listed "
        "apart. Faults: the parenting programme handed to the receiving council's family support "
        "service until after the transfer-in conference; the children's dental checks with 'C/F from "
        "CG3' as their only due date; the school nurse's health review with '-' for its owner; the "
        "family hub sessions with 'N/A' for evidence; and the infant school's checks on the girl with "
        "'Monitored by SW' as evidence."
    ),
    "text": """\
IVELTHORPE COUNCIL - CHILDREN'S SERVICES                                CareTrack 7.2
CHILD PROTECTION PLAN - FULL PRINT                          Printed 21/01/2026 14:02
=====================================================================================
Plan ID ............ CP-44817
Subjects ........... CLEGG, Tyler    DOB 14/05/2013 (12)  Ivelthorpe High School, Year 8
                     CLEGG, Skye     DOB 02/08/2019 (6)   Ivelthorpe Park Infant School, Year 1
Address ............ 17 Osprey Court, Ivelthorpe IV2 8LN
Category ........... Neglect (both subjects)
Plan start ......... 07/10/2025 (initial child protection conference)
Plan version ....... 3 of 3 (CURRENT)
Lead worker ........ Marcus Hale, Social Worker, Assessment and Intervention Team 2
Team manager ....... Fiona Darby
Meeting ............ Core group 4, Tuesday 20/01/2026, Ivelthorpe Park Infant School
Present ............ Dionne Clegg (mother); Marcus Hale (SW); Gail Simmons (recovery
                     worker, Ivelthorpe Drug and Alcohol Service); Harpreet Kaur (DSL,
                     Ivelthorpe Park Infants); Owen Birch (head of Year 8, Ivelthorpe
                     High); Nadia Brook (family support worker, Ivelthorpe Family Hub)
Apologies .......... Sam Akinola (school nurse, Ivelthorpe 5-19 Service)

VERSION HISTORY
-------------------------------------------------------------------------------------
Ver  Date        Meeting                     Change
v1   07/10/2025  Initial CP conference       Plan created, 14 actions
v2   04/11/2025  Core group 2                3 actions closed, 1 added
v3   20/01/2026  Core group 4 (after the     2 closed, 1 dropped, 1 paused for the
                 review conference of        move, 2 added; SW visits changed to
                 06/01/2026)                 every 2 weeks
-------------------------------------------------------------------------------------

HOUSEHOLD
  Dionne Clegg (mother, 33). Tyler's and Skye's father, Jason Reid, lives in
  Spain and has no contact. Maternal grandfather, Ray Clegg, 5 Heron Way,
  Ivelthorpe.

WHY THERE IS A PLAN
  In September 2025 Tyler told his form tutor that he "does everything" for
  Skye because his mum is "always asleep or out of it". The SW found cannabis
  on the living room table within Skye's reach, no food in the fridge and
  Skye's bed soaked with urine. Skye's attendance was 79%. Tyler had been late
  to school 19 times, taking Skye to school first.

PARENTAL FACTORS
  Dionne smokes cannabis every day and has used cocaine at weekends since
  2023. She started with Ivelthorpe Drug and Alcohol Service (IDAS) on
  14/10/2025. Oral fluid tests since November: cannabis positive each time but
  at lower levels; cocaine negative since 25/11/2025.

TRANSFER
  Dionne has accepted a housing association tenancy at 8 Larch Close,
  Harrowfield HF4 1NB, from Monday 02/03/2026. Harrowfield County Council has
  been sent the transfer-in request (20/01/2026) and will hold a transfer-in
  conference within 15 working days of the move. Ivelthorpe keeps this plan,
  and every action in it, until that conference has been held.

CHILDREN'S VIEWS (recorded by worker)
  Tyler, seen alone at school 15/01/2026: "It's better. Mum gets up now most
  days and I don't have to do Skye's hair." "I'm not moving schools till
  summer, Mum said I can get the bus." He gave home 6/10 (3/10 in October).
  He wants to "do football on Saturdays again".
  Skye, seen at home 13/01/2026: drew her mum "awake, with a cup of tea". She
  said "Mummy's smoke is outside now." She wants "a bedroom with pink walls"
  in the new house.

PROGRESS SUMMARY - CORE GROUP 4
  Review conference 06/01/2026 kept both children on plans (neglect).
  Skye's attendance is 93% this term; Tyler has been late twice since
  November. The house has had food at all eight visits since the review.
  Dionne has been to 9 of 10 IDAS sessions. Cocaine negative since 25/11/2025;
  cannabis still positive. Core group agreed the move is a good thing for the
  family but must not slow the plan down.

OUTCOMES
  O1  Tyler and Skye are cared for by an adult who is awake, sober and looking
      after them every morning and evening, and Tyler no longer has to.
  O2  Skye is in school every day on time, clean and fed; Tyler gets to school
      on time and has time for his own life.
  O3  Both children's health needs (teeth, Skye's bedwetting) are met.
  O4  The children's plan carries on without a gap through the move.

ACTIONS
-------------------------------------------------------------------------------------
ACTION 01                                     Status: ONGOING (changed at v3)
  Task ............. Visit Tyler and Skye at home, one visit in two unannounced;
                     see each child alone and check food, beds and where any
                     cannabis is kept
  Owner ............ Marcus Hale (SW)
  Due / frequency .. Every 2 weeks until the transfer-in conference (was weekly)
  Evidence ......... Visit record on CareTrack within 2 working days, with each
                     child's words
  Update (CG4) ..... 8 visits since review, 4 unannounced; food in every time.
-------------------------------------------------------------------------------------
ACTION 02                                     Status: ONGOING
  Task ............. Key-work sessions with Dionne and oral fluid tests, and a
                     written report to each core group on her drug use, her
                     results and whether she is making the changes Tyler and
                     Skye need, and how long further change is likely to take
  Owner ............ Gail Simmons, recovery worker, IDAS
  Due / frequency .. Sessions weekly; tests every 2 weeks; report 3 working
                     days before each core group
  Evidence ......... Report and test results on CareTrack before each core group
  Update (CG4) ..... Report of 16/01/2026 received.
-------------------------------------------------------------------------------------
ACTION 03                                     Status: ONGOING
  Task ............. Go to every IDAS key-work session and test, and work
                     towards stopping cannabis by the end of March
  Owner ............ Dionne Clegg (mother)
  Due / frequency .. Every Thursday at 11am
  Evidence ......... IDAS attendance on Gail's report; cannabis levels falling
                     at each test, and negative by 31/03/2026
  Update (CG4) ..... 9 of 10 sessions attended.
-------------------------------------------------------------------------------------
ACTION 04                                     Status: ONGOING
  Task ............. Not use any drug while Tyler or Skye are in her care, keep
                     no cannabis in the flat, and smoke only outside, away from
                     the children
  Owner ............ Dionne Clegg (mother)
  Due / frequency .. Every day, from 07/10/2025
  Evidence ......... No cannabis seen or smelled at unannounced visits; cocaine
                     negative at every IDAS test
  Update (CG4) ..... No cannabis seen since November.
-------------------------------------------------------------------------------------
ACTION 05                                     Status: PAUSED - PENDING TRANSFER
  Task ............. Place for Dionne on a ten-week Triple P parenting group,
                     now to be offered by Harrowfield after the family have
                     moved, not by Ivelthorpe
  Owner ............ Harrowfield Family Support Service
  Due / frequency .. Within 4 weeks of the transfer-in conference
  Evidence ......... Course start letter, and the facilitator's attendance report
                     to the Harrowfield social worker
  Update (CG4) ..... Ivelthorpe's February group place given up at CG4.
-------------------------------------------------------------------------------------
ACTION 06                                     Status: CARRIED FORWARD
  Task ............. Take Tyler and Skye for a dental check-up and any treatment
                     they need
  Owner ............ Dionne Clegg (mother)
  Due / frequency .. C/F from CG3
  Evidence ......... Dentist's letter or appointment card for each child seen by
                     the SW
  Update (CG4) ..... Not done; Dionne has registered both children.
-------------------------------------------------------------------------------------
ACTION 07                                     Status: CARRIED FORWARD
  Task ............. Health review for Skye about her bedwetting and for Tyler
                     about his weight, with advice for Dionne
  Owner ............ -
  Due / frequency .. By 13/02/2026
  Evidence ......... Health review letter sent to Dionne and the SW
  Update (CG4) ..... Not booked at CG4.
-------------------------------------------------------------------------------------
ACTION 08                                     Status: ONGOING
  Task ............. Home sessions with Dionne on a morning routine for Skye,
                     shopping and cooking on a budget, and Skye's bedding
  Owner ............ Nadia Brook, family support worker, Ivelthorpe Family Hub
  Due / frequency .. Weekly until the transfer-in conference
  Evidence ......... N/A
  Update (CG4) ..... 7 sessions done.
-------------------------------------------------------------------------------------
ACTION 09                                     Status: ONGOING
  Task ............. Check Skye each morning for whether she has had breakfast,
                     is clean and has dry clothes, and pass any worry to the SW
  Owner ............ Harpreet Kaur, DSL, Ivelthorpe Park Infant School
  Due / frequency .. Every school day at registration
  Evidence ......... Monitored by SW
  Update (CG4) ..... Skye came in hungry twice in December.
-------------------------------------------------------------------------------------
ACTION 10                                     Status: ONGOING
  Task ............. Send the SW Tyler's attendance and late marks, and talk to
                     Tyler each week about how things are at home
  Owner ............ Owen Birch, head of Year 8, Ivelthorpe High School
  Due / frequency .. Every Friday
  Evidence ......... Attendance 95% or above with no more than one late mark a
                     fortnight; weekly notes on CPOMS, e-mailed to the SW
  Update (CG4) ..... 96% this half-term.
-------------------------------------------------------------------------------------
ACTION 11                                     Status: NEW AT V3
  Task ............. Send the case records to Harrowfield and do a joint home
                     visit with the Harrowfield social worker before the move
  Owner ............ Marcus Hale (SW)
  Due / frequency .. Records by 23/02/2026; joint visit by 27/02/2026
  Evidence ......... Records receipt e-mail from Harrowfield; joint visit record
                     on CareTrack
  Update (CG4) ..... Added today.
-------------------------------------------------------------------------------------
ACTION 12                                     Status: NEW AT V3
  Task ............. Four sessions with Tyler about his mum's drug use, being a
                     brother and not a parent, and the move, using a timeline
  Owner ............ Marcus Hale (SW)
  Due / frequency .. Every 2 weeks, 27/01/2026 to 10/03/2026
  Evidence ......... Tyler's timeline on file; Tyler names two adults in
                     Harrowfield he can go to
  Update (CG4) ..... Added today.
-------------------------------------------------------------------------------------

CLOSED OR DROPPED IN THIS VERSION (not part of the plan from v3)
  [CLOSED]  Refer Dionne to IDAS - referral accepted 14/10/2025.
  [CLOSED]  Ivelthorpe Homes to replace Skye's mattress - delivered 12/11/2025.
  [DROPPED] Housing needs assessment - Dionne has accepted the Harrowfield
            tenancy, so it is no longer needed.

CONTINGENCY
  - If Dionne is found under the influence of drugs while caring for the
    children, or a test is positive for cocaine: the SW (EDT out of hours)
    visits the same day, and the children stay with their grandfather Ray
    Clegg at 5 Heron Way until the SW has seen Dionne sober (agreed by Ray
    on 07/10/2025). If Ray cannot have them, the SW arranges an emergency
    foster placement that day.
  - If either child is found alone at home, or Skye arrives at school
    hungry and unwashed three days in a week, the SW holds a strategy
    discussion with the police and school the same day.
  - If cocaine use returns, or cannabis is still positive at the end of
    March with no fall in levels, the SW will ask Fiona Darby for a legal
    planning meeting within 10 working days, before the transfer-in
    conference if need be, and the minutes go to Harrowfield.

MEETINGS
  Core group ......... Every 4 weeks: 17/02/2026 (Ivelthorpe), then the
                       transfer-in conference takes over.
  Review conference .. Ivelthorpe review 07/04/2026 if the family have not
                       moved; otherwise Harrowfield's transfer-in conference,
                       within 15 working days of 02/03/2026.
=====================================================================================
END OF PRINT                                                             Page 1 of 1
""",
    "findings": [
        F("X001", "Place for Dionne on a ten-week Triple P parenting group"),
        F("T001", "Take Tyler and Skye for a dental check-up"),
        F("W001", "Health review for Skye about her bedwetting"),
        F("M001", "Home sessions with Dionne on a morning routine for Skye"),
        F("M002", "Check Skye each morning for whether she has had breakfast"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Core group 3 record in three tables: "A. Carried forward and ongoing"
#    with a "Since last time" column, "B. New at this core group", and
#    "C. Closed since last time". Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b196_ixendale_cg3_carried_new_closed_tables_garside.docx",
    "doc_title": "Core Group 3 - Updated Child Protection Plan - Leon and Isla Garside",
    "split": "tune",
    "actions": 12,
    "template": "core-group-record-docx-portrait-meeting-kv-attendance-table-how-things-are-now-leons-words-islas-day-what-we-are-aiming-for-then-table-a-carried-forward-and-ongoing-no-what-who-when-new-date-if-moved-how-well-know-since-last-time-then-table-b-new-at-this-core-group-then-table-c-closed-since-last-time-what-it-was-closed-why-then-safety-plan-dates",
    "description": (
        "Record of the third core group for a 4-year-old boy and his 10-month-old sister on plans for "
        "physical abuse, after the father slapped the boy and left grip bruises on his arms; the father "
        "now lives with his own parents, who supervise his contact. The plan is split into three "
        "tables: work carried forward and ongoing (with a 'When (new date if moved)' column and a "
        "'Since last time' column), work new at this core group, and work closed since the last one, "
        "kept for the record. Faults: the community paediatrician's follow-up 'New date TBC'; 'Family "
        "network' supervising the father's contact; the nursery's daily checks measured by 'Reviewed at "
        "core group'; the father's anger and parenting course with an empty 'How we'll know'; a "
        "contingency that says nothing of what happens if the grandparents cannot supervise; and no "
        "legal planning anywhere."
    ),
    "blocks": [
        ("title", "Core Group Meeting 3: Updated Child Protection Plan"),
        ("p", "Ixendale District Council · Children and Families Service · Child Protection Team East"),
        ("kv", [
            ("Children", "Leon Garside, born 09/08/2021 (4, Tiny Steps Nursery, 30 hours); Isla Garside, born "
                         "02/03/2025 (10 months)"),
            ("Lives with", "Chantelle Garside (Mum, 25), 61 Weaver Street, Ixendale IX5 3AR"),
            ("Father", "Ryan Pickering (28); living with his parents, Steve and Wendy Pickering, at 22 Elm "
                       "Grove, Ixendale, since 30/10/2025"),
            ("Plan since", "Initial child protection conference, 04/11/2025 (physical abuse, both children)"),
            ("This meeting", "Core group 3, Tuesday 13/01/2026, 2pm, Ixendale Family Hub"),
            ("Previous meeting", "Core group 2, Tuesday 16/12/2025"),
            ("Social worker", "Sophie Ingram (team manager: Daniel Frost)"),
        ]),
        ("table", {
            "header": ["Who came", "Role"],
            "widths": [6.0, 11.0],
            "rows": [
                ["Chantelle Garside", "Mum"],
                ["Ryan Pickering", "Dad"],
                ["Wendy Pickering", "Paternal grandmother"],
                ["Sophie Ingram", "Social worker (chair)"],
                ["Dawn Tully", "Health visitor, Ixendale 0-19 Service"],
                ["Kim Ashworth", "Room leader, Tiny Steps Nursery"],
                ["Jo Nield", "Family support worker, Ixendale Family Hub"],
                ["DC Mark Fenton (apologies, update by e-mail)", "Ixendale Police, Child Abuse Investigation Team"],
            ],
        }),
        ("h1", "How things are now"),
        ("p", "No new marks have been seen on Leon or Isla since the initial conference. Contact between Ryan "
              "and the children has happened at Steve and Wendy's house three times a week, and the contact log "
              "has been signed every time. Ryan has a place on the 'Calm Dads' course starting this week, after "
              "the November course was cancelled. Chantelle says Ryan shouted at her outside the nursery on "
              "19/12/2025; she did not want to report it. Leon's paediatric follow-up on 09/12/2025 was cancelled "
              "by the clinic. Isla is crawling and pulling herself up, and Dawn has no worries about her growth. "
              "The police investigation is still open; no charging decision has been made."),
        ("h1", "What Leon says, and Isla's day"),
        ("p", "Leon (seen at nursery by Sophie on 08/01/2026, with his dinosaur puppets) made the big dinosaur "
              "shout and the small one hide. He said \"Daddy smacked, Daddy says sorry now.\" \"I like going to "
              "Nanna Wendy's, she has a trampoline.\" Asked who he would tell if someone hurt him he said "
              "\"Mummy and Kim\"."),
        ("p", "Isla (seen at home on 06/01/2026) was clean and smiley, crawled to Chantelle when Sophie came in "
              "and held on to her leg, then played with the stacking cups. Kim says Isla settles quickly at "
              "nursery pick-up. Dawn weighed her on 22/12/2025: 8.6kg, on the 50th centile."),
        ("h1", "What we are aiming for"),
        ("numbers", [
            "Leon and Isla are safe from being hit or hurt, and no new marks or injuries are seen on either "
            "child.",
            "Leon and Isla see their dad safely, with an adult watching, until it is agreed that he can care "
            "for them without hurting them.",
            "Leon is helped by calm adults when he is cross or upset, and can tell an adult he trusts if "
            "anyone hurts him.",
        ]),
        ("h1", "Table A: Carried forward and ongoing"),
        ("table", {
            "header": ["No.", "What", "Who", "When (new date if moved)", "How we'll know", "Since last time"],
            "widths": [0.9, 4.4, 2.6, 2.6, 3.2, 3.3],
            "rows": [
                ["A1",
                 "Visit Leon and Isla at home, one visit in two unannounced, and see Leon on his own at home or "
                 "nursery",
                 "Sophie Ingram, social worker",
                 "Every two weeks until the review conference on 03/02/2026",
                 "Visit record within 2 working days, with Leon's words and a note of how each child was",
                 "Four visits since CG2, two unannounced."],
                ["A2",
                 "Home visit to weigh Isla, check her development and talk with Chantelle about safe "
                 "discipline and Leon's tantrums",
                 "Dawn Tully, health visitor",
                 "Monthly, next on 20/01/2026; Isla's 1-year review by 13/03/2026",
                 "Weight in the red book; 1-year review with ASQ-3 scores sent to Sophie",
                 "Visit done 22/12/2025."],
                ["A3",
                 "Check Leon's face, arms and legs when he arrives, ask how his evening was, and ring Sophie "
                 "the same day about any mark",
                 "Kim Ashworth, room leader, Tiny Steps Nursery",
                 "Every session (Monday to Friday mornings)",
                 "Reviewed at core group",
                 "No marks seen."],
                ["A4",
                 "Supervise every contact between Ryan and the children at 22 Elm Grove, and never leave Ryan "
                 "alone with Leon or Isla",
                 "Family network",
                 "Tuesdays and Thursdays 4pm to 6pm; Saturdays 10am to 2pm",
                 "Contact log signed after each contact, seen by Sophie every two weeks",
                 "All contacts logged; Wendy supervised most."],
                ["A5",
                 "Not let Ryan into 61 Weaver Street, and not let the children see him anywhere except at "
                 "supervised contact",
                 "Chantelle Garside (Mum)",
                 "Every day until the review conference on 03/02/2026",
                 "No sign of Ryan at Sophie's unannounced visits; nursery tells Sophie of any sighting the "
                 "same day",
                 "Kept to, except the meeting outside nursery on 19/12."],
                ["A6",
                 "Follow-up appointment with the community paediatrician to check Leon's growth, hearing and "
                 "development after the child protection medical",
                 "Dr Helen Vance, community paediatrician, Ixendale Child Development Centre",
                 "New date TBC",
                 "Clinic letter with findings and any referrals sent to Sophie and the GP",
                 "09/12/2025 appointment cancelled by the clinic."],
                ["A7",
                 "Home sessions with Chantelle on calm ways to manage Leon's tantrums, using a reward chart "
                 "and time-in",
                 "Jo Nield, family support worker",
                 "Weekly until 10/03/2026",
                 "Session notes to Sophie; the reward chart in use at Sophie's visits; Chantelle's own score "
                 "of how calm bedtimes are, recorded by Jo at the first and last sessions",
                 "Five sessions done."],
                ["A8",
                 "Go to the ten-week 'Calm Dads' course on anger and discipline",
                 "Ryan Pickering (Dad)",
                 "Wednesdays 6pm to 8pm, 14/01/2026 to 18/03/2026",
                 "",
                 "Carried forward: November course cancelled; new place confirmed."],
                ["A9",
                 "Tell Sophie about the progress of the police investigation and any charging decision",
                 "DC Mark Fenton, Ixendale Police CAIT",
                 "By 30/01/2026, and within one working day of any decision",
                 "E-mail update on Sophie's file",
                 "E-mail of 12/01/2026: still with the CPS."],
            ],
        }),
        ("h1", "Table B: New at this core group"),
        ("table", {
            "header": ["No.", "What", "Who", "When", "How we'll know"],
            "widths": [0.9, 6.1, 3.2, 3.0, 3.8],
            "rows": [
                ["B1",
                 "Three sessions of 'All about me' direct work with Leon at nursery, about feelings, his family "
                 "and who keeps him safe",
                 "Sophie Ingram, social worker",
                 "Weekly, 15/01/2026 to 29/01/2026",
                 "Leon's 'All about me' book on file; Leon names two adults he would tell"],
                ["B2",
                 "See Chantelle on her own about Ryan shouting at her outside nursery, complete a DASH risk "
                 "assessment with her, and refer to the IDVA service if the risk is high",
                 "Sophie Ingram, social worker",
                 "By 20/01/2026",
                 "DASH checklist on file with its score; referral confirmation if made"],
                ["B3",
                 "Assessment of Ryan's parenting and the risk he poses to the children, with a report for the "
                 "review conference",
                 "Sophie Ingram, social worker",
                 "Weekly sessions; report by 27/01/2026",
                 "Report shared with Ryan and Chantelle five working days before the review conference"],
            ],
        }),
        ("h1", "Table C: Closed since last time (for the record)"),
        ("table", {
            "header": ["No.", "What it was", "Closed", "Why"],
            "widths": [0.9, 7.1, 3.0, 6.0],
            "rows": [
                ["(was 10)", "Fit a stair gate at the top of the stairs", "18/12/2025", "Fitted; Dawn saw it on "
                 "22/12/2025"],
                ["(was 11)", "Written contact agreement signed by Ryan, Chantelle, Steve and Wendy",
                 "18/12/2025", "Signed; copy on file and with Steve and Wendy"],
                ["(was 12)", "Register Leon for his 30 funded hours at Tiny Steps", "05/01/2026",
                 "Done; Leon now goes every weekday morning"],
            ],
        }),
        ("h1", "Safety plan"),
        ("bullets", [
            "If Ryan comes to 61 Weaver Street, or is found with the children outside supervised contact, "
            "Chantelle rings 999, contact stops, and Sophie holds a strategy discussion with the police the "
            "same day.",
            "If a new mark or bruise is seen on Leon or Isla, the nursery or the health visitor rings Sophie "
            "straight away; Sophie holds a strategy discussion the same day and arranges a child protection "
            "medical that day.",
            "If Ryan loses his temper at contact, Wendy or Steve end the contact, Ryan leaves the room, and "
            "they ring Sophie that day.",
        ]),
        ("h1", "Dates"),
        ("bullets", [
            "Core group every four weeks at Ixendale Family Hub: after the review conference, 17/02/2026 and "
            "17/03/2026, 2pm.",
            "Review child protection conference: Tuesday 03/02/2026, 10am, Ixendale Civic Centre.",
        ]),
    ],
    "findings": [
        F("T002", "Follow-up appointment with the community paediatrician"),
        F("W002", "Supervise every contact between Ryan and the children"),
        F("M002", "Check Leon's face, arms and legs when he arrives"),
        F("M001", "Go to the ten-week 'Calm Dads' course on anger"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 6. First review conference plan for a 14-year-old: each action row
#    followed by an "At review 1" row merged across, change marks in the Ref
#    column (= kept, ~ changed, + new), an appendix of closed and dropped
#    actions. Portrait, header and footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
def _upd(text):
    return [text, H, H, H, H]


PLANS.append({
    "name": "b196_ithersby_rcpc1_action_then_update_row_change_marks_ashby.pdf",
    "doc_title": "Child Protection Plan, version 2 - Demi Ashby",
    "split": "tune",
    "actions": 12,
    "font_size": 9.5,
    "min_pages": 3,
    "header": "OFFICIAL-SENSITIVE · Ithersby Borough Council · Children's Services",
    "footer": "Demi Ashby · Child protection plan, version 2 (review conference 13/01/2026) · Page {PAGE} of {NUMPAGES}",
    "template": "rcpc1-plan-version-2-paged-portrait-header-footer-details-kv-who-came-since-the-first-conference-demis-own-words-worries-strengths-outcomes-then-ref-with-change-mark-what-who-when-how-we-will-know-each-action-row-followed-by-at-review-1-row-merged-across-then-appendix-closed-and-dropped-table-then-if-things-go-wrong-dates",
    "description": (
        "Exemplary plan as revised at the first review conference for a 14-year-old girl who has gone "
        "missing eight times and been found with men in their twenties, and whose mother drinks most "
        "evenings and has not reported her missing; her aunt has her on Wednesdays and Friday nights. "
        "Every action row in the plan table is followed by an 'At review 1' row merged across the "
        "table with what happened since the initial conference, and the Ref column marks each action "
        "as kept (=), changed (~) or new (+); an appendix lists closed and dropped actions with "
        "reasons. The alcohol service reports on the mother's capacity to change, the GP owns an "
        "action, CAMHS assesses the girl, the aunt's nights have a fallback, and legal planning "
        "follows named triggers."
    ),
    "blocks": [
        ("title", "Child Protection Plan: Version 2"),
        ("p", "Agreed at the first review child protection conference on Tuesday 13/01/2026, Ithersby Town Hall. "
              "Version 1 was agreed at the initial conference on 14/10/2025."),
        ("kv", [
            ("Young person", "Demi Ashby, born 11/04/2011 (14), Year 10, Ithersby Academy"),
            ("Lives with", "Leanne Ashby (Mum, 39), Flat 6, Cromwell House, Ithersby IT4 9DW"),
            ("Aunt", "Kerry Ashby (Leanne's sister), 31 Sandpiper Road, Ithersby"),
            ("Grandmother", "Joan Ashby, 3 Quarry Row, Ithersby"),
            ("Category", "Neglect"),
            ("Chair", "Marion Oduya, child protection chair"),
            ("Social worker", "Rhys Cartwright, Adolescent Safeguarding Team (team manager: Claire Wynne)"),
            ("Who came", "Demi (first half), Leanne, Kerry, Rhys Cartwright, Jess Pardoe (Ithersby Missing and "
                         "Exploitation Team), DC Lauren Kemp (Ithersby Police Exploitation Unit), Aled Price "
                         "(DSL, Ithersby Academy), Nicola Haigh (Ithersby Recovery Partnership), Sian Rowe "
                         "(school nurse)"),
            ("Decision", "Demi stays on a child protection plan (neglect). Next review conference: Tuesday "
                         "14/07/2026."),
        ]),
        ("h1", "Since the first conference"),
        ("p", "Demi was missing eight times between September and December, the longest for two nights. Since "
              "the police served child abduction warning notices on one of the two men she was found with, she "
              "has been missing twice, both times for one night, and came home herself. Leanne has reported "
              "Demi missing by 10pm each time since November. Leanne still drinks most evenings; the recovery "
              "service says she has cut down from two bottles of wine a night to one, and has two dry nights a "
              "week. Demi's attendance has gone from 64% to 81%. Demi told Jess she has been cutting her arms "
              "when she feels \"rubbish about everything\"."),
        ("h1", "In Demi's own words"),
        ("p", "Demi came to the first half of the conference and said: \"I'm not a kid, I know who's using me "
              "and who isn't. Jess has made me see some of it.\" \"Mum's better when she's not drinking, I "
              "like it when we watch telly.\" \"I want to stay at Auntie Kerry's more, Fridays are the best "
              "night.\" \"Don't make me go to that unit, I want to do my GCSEs with my mates.\" She scored "
              "how safe she feels as 5 out of 10 (2 in October), and said she wants to do boxing."),
        ("h1", "What we are worried about, and what is going well"),
        ("bullets", [
            "Worried: Demi still goes missing and one man she was found with has not been served with a "
            "warning notice; she is cutting her arms; Leanne is often too drunk in the evening to notice "
            "where Demi is.",
            "Going well: Demi talks to Jess and has named the men; Leanne reports her missing on time; Kerry "
            "has had Demi every Wednesday; Demi's attendance is up.",
        ]),
        ("h1", "What we want for Demi"),
        ("numbers", [
            "Demi is safe from adults who want to exploit her, and goes missing less and less until she "
            "stops.",
            "Demi has an adult at home each evening who is sober, knows where she is and acts when she is "
            "not home.",
            "Demi gets help with her feelings and her self-harm, and is in school at least 90% of the time.",
        ]),
        ("h1", "The plan"),
        ("p", "Ref marks: = kept from version 1; ~ changed at this review (the update row says how); + new at "
              "this review. The shaded row under each action is what the review heard, not a new action."),
        ("table", {
            "header": ["Ref", "What will happen", "Who", "When", "How we will know"],
            "widths": [1.2, 6.0, 3.2, 3.0, 3.6],
            "rows": [
                ["1 =",
                 "See Demi on her own, at home or somewhere she chooses, and see Leanne at home; one home "
                 "visit in two unannounced and in the evening",
                 "Rhys Cartwright, social worker",
                 "Weekly until the review on 14/07/2026",
                 "Visit record within 2 working days, with Demi's words and whether Leanne had been "
                 "drinking"],
                _upd("At review 1: 14 visits since October, 6 in the evening; Demi seen alone at 12."),
                ["2 ~",
                 "Return home interview with Demi after every missing episode, shared with the police and "
                 "Rhys",
                 "Jess Pardoe, Ithersby Missing and Exploitation Team",
                 "Within 72 hours of every return",
                 "Interview record on file, with where Demi was and who with, passed to DC Kemp the same "
                 "day"],
                _upd("At review 1: changed so that Jess does every interview (was any team worker), at "
                     "Demi's request."),
                ["3 ~",
                 "Serve a child abduction warning notice on the second man named in the exploitation "
                 "assessment, and tell Rhys of any new intelligence about Demi",
                 "DC Lauren Kemp, Ithersby Police Exploitation Unit",
                 "Notice by 30/01/2026; intelligence within one working day",
                 "Notice recorded on the police system and confirmed to Rhys by e-mail"],
                _upd("At review 1: first notice served 04/11/2025; the second man has moved address, new "
                     "date set."),
                ["4 +",
                 "Eight one-to-one sessions with Demi on healthy relationships, grooming and staying safe "
                 "online",
                 "Jess Pardoe, Ithersby Missing and Exploitation Team",
                 "Weekly, 20/01/2026 to 10/03/2026",
                 "Session notes to Rhys; Demi's own safety score recorded by Jess at sessions 1 and 8; Demi "
                 "can name three signs of grooming"],
                _upd("At review 1: new, after Demi asked for more time with Jess."),
                ["5 =",
                 "Check Demi is in school at registration and after lunch, and ring Leanne and Rhys by 10am "
                 "if she is not",
                 "Aled Price, DSL, Ithersby Academy",
                 "Every school day",
                 "Register and first-day call log; attendance e-mailed to Rhys each Friday, 90% or more by "
                 "Easter"],
                _upd("At review 1: 81% this term, up from 64%."),
                ["6 ~",
                 "Key-work sessions and breath tests with Leanne, and a written view to each core group on "
                 "her drinking, whether she is making the changes Demi needs and how long further change is "
                 "likely to take",
                 "Nicola Haigh, recovery worker, Ithersby Recovery Partnership",
                 "Weekly (was every two weeks); view three working days before each core group",
                 "Written view and breath readings on Rhys's file before each core group"],
                _upd("At review 1: 10 of 12 sessions; two dry nights a week; sessions made weekly."),
                ["7 +",
                 "Liver function test for Leanne, and advice to her on a medically supported detox",
                 "Dr Owen Blake, GP, Castle Street Medical Practice",
                 "By 13/02/2026",
                 "GP letter with the result and the advice given, sent to Rhys and Nicola"],
                _upd("At review 1: new; Leanne has agreed to the test."),
                ["8 =",
                 "Stay sober until Demi is home each night, be awake to let her in, and report her missing "
                 "to the police by 10pm if she is not home and not answering",
                 "Leanne Ashby (Mum)",
                 "Every night",
                 "Police log shows each report made by 10pm; Leanne sober at Rhys's evening visits"],
                _upd("At review 1: both missing episodes since November reported by 10pm."),
                ["9 ~",
                 "Have Demi after school on Wednesdays and to stay on Friday nights",
                 "Kerry Ashby (aunt)",
                 "Every Wednesday 3.30pm to 8pm, and every Friday night",
                 "Kerry texts Rhys each Saturday morning; Demi's words at Rhys's visits"],
                _upd("At review 1: Friday nights added at Demi's and Kerry's request."),
                ["10 +",
                 "Assessment of Demi's low mood and self-harm, with recommendations for her care",
                 "Dr Priya Lal, clinical psychologist, Ithersby CAMHS",
                 "First appointment by 06/02/2026",
                 "Assessment letter with recommendations sent to Rhys, the GP and Sian"],
                _upd("At review 1: new; urgent referral made by the GP on 09/01/2026."),
                ["11 =",
                 "Health and wellbeing drop-in with Demi, including sexual health and how she is caring for "
                 "her arms",
                 "Sian Rowe, school nurse, Ithersby 5-19 Service",
                 "Every other Tuesday at the school drop-in",
                 "Sian's note of each visit on the school health record, shared with Rhys"],
                _upd("At review 1: Demi has been to four of six drop-ins."),
                ["12 +",
                 "Find Demi a place at Ithersby Amateur Boxing Club and pay for her first term",
                 "Rhys Cartwright, social worker",
                 "By 31/01/2026",
                 "Club register shows Demi there on Tuesday and Thursday evenings from February"],
                _upd("At review 1: new, Demi's idea."),
            ],
        }),
        ("h1", "Appendix: closed and dropped at this review"),
        ("table", {
            "header": ["Was", "Action in version 1", "Closed or dropped", "Why"],
            "widths": [1.2, 7.0, 3.0, 5.8],
            "rows": [
                ["v1 ref 9", "Refer Demi to the Missing and Exploitation Team", "Closed 22/10/2025",
                 "Referral accepted; Jess allocated"],
                ["v1 ref 10", "Exploitation risk assessment", "Closed 18/11/2025",
                 "Completed: significant risk; shared with the police"],
                ["v1 ref 11", "Move Demi to the Academy's alternative provision unit", "Dropped",
                 "Demi's attendance is up and she wants to stay in her classes; Aled agrees"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Demi is not home by 10pm and not answering her phone, Leanne reports her missing to the police "
            "by 10pm and tells the Emergency Duty Team; if she is missing for more than 24 hours, or is found "
            "with an adult man, Rhys holds a strategy discussion with the police the next working day at the "
            "latest.",
            "If Demi is found with either man named in the exploitation assessment, the police take her to "
            "Kerry's or home, and Rhys holds a strategy discussion the same day.",
            "If Leanne is drunk when Demi comes home or is brought back, Demi stays at Kerry's that night. If "
            "Kerry cannot have her, she goes to her grandmother Joan at 3 Quarry Row (agreed 13/01/2026). If "
            "neither can, the Emergency Duty Team finds her an emergency foster placement that night.",
            "If Kerry cannot have Demi on a Wednesday or a Friday, Joan has her instead; if neither can, Rhys "
            "visits Demi at home that evening.",
            "If Demi goes missing three times or more before a core group, or Leanne is drunk at two of Rhys's "
            "evening visits, Rhys will ask Claire Wynne for a legal planning meeting within 5 working days to "
            "decide whether to start the Public Law Outline.",
        ]),
        ("h1", "Dates"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 4pm at Ithersby Academy: 10/02/2026, 10/03/2026, "
            "07/04/2026, 05/05/2026 and 02/06/2026.",
            "Next review child protection conference: Tuesday 14/07/2026, 10am, Ithersby Town Hall.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. Core group 3 minutes: numbered minute items, "Last time's actions, one
#    by one" (a table that holds no actions), then "What we agreed today"
#    as bullets tagged (CF), (CHANGED) and (NEW). Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b196_ickenthwaite_cg3_minutes_last_actions_then_tagged_bullets_brackley.md",
    "split": "tune",
    "actions": 13,
    "template": "core-group-minutes-md-numbered-items-present-apologies-childrens-news-agency-updates-last-times-actions-one-by-one-table-done-comment-then-what-we-are-working-towards-then-what-we-agreed-today-bullets-tagged-cf-changed-new-owner-time-check-in-each-bullet-then-if-things-go-wrong-next-meetings",
    "description": (
        "Minutes of the third core group for an 8-year-old boy and a 5-year-old girl on plans for "
        "neglect: their father, their sole carer, is dependent on prescribed and bought codeine and "
        "tramadol after a back injury and often sleeps through the afternoon, the house is damp and "
        "dirty, and the boy gets his sister ready for school. Numbered minute items hold the "
        "children's news and each agency's update, then a table going through last time's actions one "
        "by one (done, not done, comment), which holds no actions; the plan is 'What we agreed today', "
        "bullets tagged (CF), (CHANGED) and (NEW), each with its owner, time and check. Faults: the "
        "father's pain clinic appointment 'as soon as possible'; the dental check-ups 'as and when'; a "
        "passive referral to young carers with no one named; the class teacher 'keeping an eye on' the "
        "girl; the housing officer's inspection with no check; and the review conference 'to be "
        "confirmed'."
    ),
    "text": """\
# Ickenthwaite Metropolitan Borough Council - Children's Social Care

## Core group meeting 3: minutes and updated plan

**Children:** Mason Brackley (8, born 17/02/2017, Year 4, Ickenthwaite Junior School) and Evie Brackley
(5, born 25/06/2020, Reception, Ickenthwaite Infant School)
**Address:** 3 Slater's Yard, Ickenthwaite IK2 6FD
**Plan:** child protection plan, neglect (both children), from the initial conference on 04/11/2025
**Meeting:** Tuesday 13/01/2026, 10am, Ickenthwaite Family Hub
**Last core group:** Tuesday 09/12/2025
**Minutes by:** Kelly Marsden, social worker

### 1. Present and apologies

Present: Gavin Brackley (Dad); Louise Brackley (Gavin's sister); Kelly Marsden (social worker, chair);
Nadia Rahman (prescription drugs worker, Ickenthwaite Drug and Alcohol Service); Mr Tom Dunn (DSL,
Ickenthwaite Junior School); Mrs Grace Oduya (Evie's class teacher, Ickenthwaite Infant School); Tasha
Greenwood (family support worker, Ickenthwaite Family Hub).

Apologies: Dr Sean Whitby (GP, Moor Lane Surgery), who sent an update; Mr Paul Fielding (housing officer,
Ickenthwaite Homes).

### 2. Minutes of core group 2

Agreed as a true record.

### 3. Mason's and Evie's news

Kelly saw Mason on his own at school on 08/01/2026. He said: "Dad's got a new tablet box with the days on
it, and he's up more." "I still do Evie's hair 'cause Dad can't do plaits." "I want to go to Cubs, but
who'd get Evie?" He scored home 5 out of 10 (3 in November). Evie showed Kelly her new bed and said "No
more wet bed now, Daddy washes it." She told Mrs Oduya she had "cheese toast for breakfast, Daddy made
it".

### 4. Updates

- **Gavin** said he has cut down to the tablets on his prescription and has stopped buying codeine from
  a friend. He has been up for the school run most days and asked for help with the damp in the
  children's room.
- **Nadia:** Gavin has been to four of five sessions since his referral was accepted on 15/12/2025.
  His pill counts match his prescription. He told her he is frightened of the pain if he cuts down
  further.
- **Dr Whitby** (by e-mail): he will move Gavin's tramadol to weekly dispensing from 23/01/2026.
- **Mr Dunn:** Mason's attendance this half-term is 91%, with four late marks, all before Christmas.
- **Mrs Oduya:** Evie has come in hungry twice since the last meeting, and in the same clothes three
  days running in the week before Christmas.
- **Tasha:** the kitchen and bathroom are clean; the children's bedroom is damp and the boiler keeps
  going out.

### 5. Last time's actions, one by one

| Action agreed at core group 2 | Who | Done? | Comment |
|---|---|---|---|
| Referral of Gavin to the Drug and Alcohol Service | Kelly | Done | Accepted 15/12/2025; Nadia allocated. Closed. |
| Buy Evie a new bed and a waterproof mattress cover | Gavin, with a grant from the Family Hub | Done | Seen by Kelly 22/12/2025. Closed. |
| Clear the rubbish from the back yard | Gavin | Done | Cleared 17/12/2025. Closed. |
| Pain clinic appointment | Gavin | Not done | Referral sent by the GP; no appointment yet. Carried forward. |
| Dental check-ups for both children | Gavin | Not done | Carried forward. |
| Prescription review | Dr Whitby | Partly | Weekly dispensing from 23/01/2026. Carried forward to finish. |
| Weekly family support sessions | Tasha | Done, ongoing | Changed today to twice a week. |
| Daily checks on Evie | Mrs Oduya | Ongoing | Carried forward. |

### 6. What we are working towards (from the conference)

1. Mason and Evie get to school every day on time, fed and in clean clothes.
2. Mason and Evie are looked after every afternoon and evening by an adult who is awake and able to care
   for them, so that Mason can be a child and not Evie's carer.
3. The children sleep in a room that is warm and dry, in a home that is clean.

### 7. What we agreed today

(CF) carried forward from core group 2; (CHANGED) changed today; (NEW) added today.

- (CF) Kelly Marsden (SW) will visit Mason and Evie at home every week, one visit in two unannounced and
  one after school, see each child on their own, and check the fridge, the beds and the children's
  clothes; visit notes will be on the file within two working days.
- (CHANGED) Nadia Rahman (Ickenthwaite Drug and Alcohol Service) will see Gavin every week (was every two
  weeks) to work on a plan with his GP to cut down his codeine and tramadol. She will write to each core
  group on his use, his pill counts, and whether he is making the changes Mason and Evie need and how
  long further change is likely to take.
- (CF) Dr Sean Whitby (GP) will move Gavin's tramadol to weekly dispensing by 23/01/2026 and write to
  Kelly to confirm the new prescription.
- (CF) Gavin will go to his first pain clinic appointment at Ickenthwaite General Hospital as soon as
  possible, and show Nadia the clinic letter about cutting down his painkillers.
- (CF) Gavin will be up and dressed by 7.30am every school day, give the children breakfast and walk
  them to school for 8.45am; the registers and late books at both schools will show them in on time.
- (CF) Louise Brackley will collect Mason and Evie from school every Friday at 3.15pm and give them their
  tea at her house until 7pm; the schools' collection sheets and her text to Kelly each Friday will show
  it.
- (CF) Mrs Oduya will keep an eye on Evie at morning registration every school day, for hunger and clean
  clothes.
- (CF) Mr Dunn will e-mail Kelly every Friday with Mason's attendance, late marks and anything Mason
  says about home; the aim is 95% attendance by the February half term.
- (CHANGED) Tasha Greenwood (family support worker) will do two home sessions a week (was one) with Gavin
  on cleaning, laundry and cooking until 13/03/2026, and score the home conditions checklist at the first
  and last session of each month and send it to Kelly.
- (CF) Gavin will take Mason and Evie to the dentist for check-ups as and when appointments come up, and
  show Kelly the appointment cards.
- (NEW) A referral will be made to Ickenthwaite Young Carers for Mason by 30/01/2026, and the young
  carers' assessment will be shared with the core group.
- (NEW) Mr Paul Fielding, housing officer at Ickenthwaite Homes, will inspect the damp in the children's
  bedroom and the boiler by 06/02/2026.
- (NEW) Kelly will do three sessions with Mason about Dad's tablets and the jobs he does at home, on
  20/01/2026, 27/01/2026 and 03/02/2026, and put Mason's "jobs and worries" chart on the file.

### 8. If things go wrong

- If Gavin cannot be woken, or is found drowsy or confused from his tablets while he is caring for the
  children, whoever finds this rings Kelly (or the Emergency Duty Team after 5pm); Kelly visits the same
  day and the children go to Louise's (14 Ridge Lane) until Kelly has seen Gavin well again.
- If Louise cannot have them, or cannot do a Friday, Gavin's neighbour and friend Sandra Cole (5
  Slater's Yard, agreed with Kelly on 09/12/2025) has them; if neither can, Kelly or the Emergency Duty
  Team arranges an emergency foster placement that day.
- If either child is not in school by 9.15am and Gavin does not answer the school by 10am, the school
  rings Kelly, who visits that morning.
- If Gavin is found unable to care for the children because of his tablets twice before the review
  conference, or buys codeine again, Kelly will ask her team manager, Andrea Platt, for a legal planning
  meeting within 5 working days.

### 9. Next meetings

- Core group 4: Tuesday 10/02/2026, 10am, Ickenthwaite Family Hub; then every four weeks.
- Review child protection conference: date to be confirmed by the Conference and Review Team.

Minutes and plan sent to everyone present and to Dr Whitby and Mr Fielding on 15/01/2026.
""",
    "findings": [
        F("T002", "go to his first pain clinic appointment at Ickenthwaite"),
        F("T002", "take Mason and Evie to the dentist for check-ups"),
        F("W001", "A referral will be made to Ickenthwaite Young Carers"),
        F("M002", "Mrs Oduya will keep an eye on Evie"),
        F("M001", "will inspect the damp in the children's bedroom"),
        F("R001"),
    ],
})
