"""Batch 197, module l: seven fictional plans (held-out material), places beginning with "l".

Split: heldout. Everything here is made up: children, families,
professionals, services, schools, hospitals, surgeries and councils. The
labels were written by hand from docs/rules.md and the labelling conventions
in sample_plans/README.md, without running planlint or reading its code.

Focus: plans revised over time. Each plan is the plan as it stands after a
core group or a review conference has gone through the last version, in a
template of its own: a RAG column beside the live table with finished work
moved to a "done" table and stopped work listed with its reason; a core
group record whose last column says what the meeting changed; bullets under
each outcome with a status tag in front ("Carried forward", "Changed",
"New", "Done - remove at next review", "Dropped"); a plain-text review
grouped by status (done, stopped, carried forward with a new date, changed,
new, carrying on); a landscape table with an "update since the initial
conference" column and finished rows kept in the live table marked
"COMPLETED - remove at next review"; a post-birth revision of a pre-birth
plan with what happened to each pre-birth step, then the plan by stage; a
change log over a RAG table in a plan whose family is moving to another
authority. Progress summaries, the children's news, the meetings'
decisions, change logs and status notes are not actions; a status or update
column is never a row's timescale or measure.

1. b197_lanthorpe_rcpc_rag_tracker_done_and_stopped_tables_okafor.docx -
   first review conference plan for a 7-year-old and a 2-year-old whose
   mother drinks: the live table with a RAG column ("G - carries on",
   "A - changed at this review", "R - new date set", "NEW"), a "done since
   the initial conference" table and a "stopped at this review" list
   (docx, landscape, exemplary).
2. b197_ledgebrook_cg3_record_change_at_cg3_column_hussain.pdf - third
   core group record and updated plan for a 9-year-old and a 4-year-old
   whose mother has depression and panic attacks, a "Change at CG3" column
   and a "Closed at CG3" table, page header and footer (pdf). Faults: the
   young carers referral whose When cell says only "Carried forward"
   (T001); Zayn's dentist visit with "New date TBC" (T002); the school
   nurse's sessions measured by "Discussed at core group" (M002); the
   school run owned by "Family" (W002); the CPN's fortnightly visits that
   only support the mother, measured by visit dates (H001); and a
   contingency that sends the children to their grandparents with nothing
   said if the grandparents cannot cope (C003).
3. b197_lissington_rcpc_outcome_bullets_status_tags_doyle.md - review
   conference plan for a 13-year-old and a 10-year-old whose father drinks,
   bullets under each outcome heading with a bold status tag in front,
   done and dropped bullets left in place (md). Faults: a young carers
   referral that "will be made" with no one named (W001); the uncle's
   Saturdays "as and when he can" (T002); the mother's calls to the
   attendance officer with no measure (M001); an outcome heading about the
   father only (F002); and nothing anywhere about legal planning (R002).
4. b197_loxmere_cg4_review_txt_grouped_by_status_walsh.txt - plain-text
   fourth core group review for a 4-year-old and a 14-month-old after
   domestic abuse, the plan grouped under capitals headings by status, each
   action with Who / When / How we'll know lines (txt, exemplary).
5. b197_lumbridge_rcpc_landscape_update_column_completed_rows_farrow.docx -
   review conference plan for an 11-year-old and an 8-year-old whose father
   has depression, a landscape table under outcome banner rows with an
   "Update since the ICPC" column, finished and unneeded rows kept in the
   table marked "COMPLETED - remove at next review" and "NO LONGER NEEDED"
   (docx). Faults: Lacey's play therapy "when Lacey feels ready" (T002);
   the family support worker's sessions measured by "Engagement with the
   sessions" (M002); a bed for Lacey with "-" for its lead (W001); the
   free school meals application with an empty measure cell (M001); the
   father's depression recorded with no adult service owning any action
   (F004); and a review conference "date to be confirmed" (R001).
6. b197_larkhollow_postbirth_revision_then_and_now_stage_tables_nowak.pdf -
   revision of a pre-birth plan at the first core group after the baby came
   home: what happened to each pre-birth step (a record, no actions), then
   the plan by stage (until Lena is 4 weeks old, then to the review
   conference) with a "Since birth" column; the mother's perinatal mental
   health team reports on her capacity to change; page header and footer
   (pdf, exemplary).
7. b197_lyndale_cg_change_log_rag_table_transfer_barker.md - core group
   plan version 4 for a 12-year-old and a 3-year-old whose family is moving
   to another authority, a change log over a RAG table whose blue rows are
   complete (md). Faults: the family group conference handed to the new
   authority until after the transfer (X001); the dentist row whose
   timescale says only "C/F from CG2" (T001); "All agencies" sharing
   worries (W002); the PCSO's checks measured by "Monitored" (M002); and a
   contingency that only says the core group will meet and consider next
   steps if things get worse (C002).

Plans 1, 4 and 6 are exemplary: every live action has a named owner, a
real timescale and something that can be seen, counted or read; every
outcome is about the children; each contingency has specific triggers,
protective responses and a fallback if a relative's help fails; each
records the children's words or a baby's observed days, core group dates
and a dated review conference, and legal planning after named triggers; an
adult service (the recovery service and the GP in 1, the perinatal mental
health team in 6) owns actions where a parent drinks or is unwell, and the
mental health team in 6 reports on the mother's capacity to change.

Action counting (README convention 1 and the revised-plan conventions of
batches 143 to 146): each row of a live action table, each live bullet of
an action section, and each numbered action of the plain-text review counts
once. Carried-forward, changed, new and ongoing rows count, whatever their
status note says. One-off work marked done or closed, and work stopped or
dropped as no longer needed, does not count, whether it stands in a "done"
table or list or is left in the live table or list. Banner rows, details,
attendance lists, progress summaries, the children's words, outcomes,
change logs, the pre-birth record table, contingencies, the meetings' dates
and decisions are not actions.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. First review conference plan: live table with a RAG column, then a
#    "done since the ICPC" table and a "stopped at this review" list.
#    Landscape. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b197_lanthorpe_rcpc_rag_tracker_done_and_stopped_tables_okafor.docx",
    "doc_title": "Child Protection Plan (revised at first review) - Daniel and Precious Okafor",
    "split": "heldout",
    "actions": 14,
    "landscape": True,
    "template": "rcpc1-revised-plan-docx-landscape-details-table-attendance-bullets-since-the-icpc-summary-childrens-words-worries-working-outcomes-then-live-table-ref-what-lead-when-how-well-know-rag-at-this-review-then-done-since-icpc-table-and-stopped-at-this-review-list-then-contingency-meetings",
    "description": (
        "Exemplary plan for a 7-year-old and a 2-year-old living with neglect while their mother drinks, "
        "as revised at the first review conference. After the details, who came, a summary of what has "
        "happened since the initial conference, the children's words and what is seen of the 2-year-old, "
        "the worries, what is working and four outcomes for the children, the live plan is one table "
        "whose last column is the review's rating ('G - carries on', 'A - changed at this review: now "
        "weekly', 'R - not started; new date set', 'NEW at this review'); work finished since October is "
        "kept for the record in a separate 'done' table and two pieces of work stopped at this review are "
        "listed with their reasons. Every live row has a named lead, a real time and a check; the recovery "
        "service reports on the mother's progress and the likely time to change and the GP owns a row; "
        "the contingency covers the aunt's help failing and names legal planning after set triggers; "
        "core group dates and the second review are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Lanthorpe Borough Council - Children's Social Care, Safeguarding and Family Support Service. "
              "Revised at the first review child protection conference on 14/01/2026. This version replaces "
              "the plan agreed at the initial conference on 15/10/2025."),
        ("table", {
            "rows": [
                ["Children", "Daniel Okafor, born 11/03/2018 (7, Year 3 at St Aidan's CE Primary School); "
                             "Precious Okafor, born 26/09/2023 (2)"],
                ["Home", "41 Marlowe Road, Lanthorpe LN2 8DW, with their mum, Grace Okafor (33)"],
                ["Dad", "Emeka Okafor, lives in Felbridge; has parental responsibility for both children"],
                ["Aunt", "Joy Adeyemi (Grace's sister), 12 Clover Way, Lanthorpe, ten minutes' walk away"],
                ["Category", "Neglect (both children)"],
                ["Conferences", "Initial conference 15/10/2025; first review 14/01/2026 (this plan)"],
                ["Chair", "Marcus Webb, child protection chair"],
                ["Social worker", "Hannah Briggs, Safeguarding Team North (team manager: Olivia Grant)"],
            ],
            "widths": [4.5, 21.2],
            "bold_first_col": True,
        }),
        ("h1", "Who was at the review"),
        ("bullets", [
            "Grace Okafor (Mum) and Joy Adeyemi (aunt); Emeka Okafor (Dad) joined by video",
            "Hannah Briggs, social worker, and Marcus Webb, chair",
            "Ian Foley, Designated Safeguarding Lead, St Aidan's CE Primary School",
            "Nadia Rahman, health visitor, Lanthorpe 0-19 Service",
            "Sam Whitley, recovery worker, Lanthorpe Recovery Service",
            "Dionne Carter, family support worker, Lanthorpe Family Hub",
            "Dr Asha Menon, GP, Holloway Road Surgery, sent a written report",
        ]),
        ("h1", "Since the initial conference"),
        ("p", "Grace was assessed by Lanthorpe Recovery Service on 22/10/2025 and has been to 11 of her 13 key "
              "work sessions. Her breath tests at Hannah's visits were clear at 9 of 10 visits; at the visit at "
              "11am on 19/12/2025, when she was alone with both children, the reading was 18 µg/100ml and "
              "Precious was still in the nappy she had slept in. Daniel's attendance went up from 84% in the "
              "first half of the autumn term to 93% in the second. There has been food in the kitchen at every "
              "visit since November, and the stair gate is fitted. Precious's two-year health review has been "
              "missed twice, and Grace did not go for the blood test her GP asked for in December."),
        ("p", "The conference agreed that Daniel and Precious still need a child protection plan under the "
              "category of neglect: the reading on 19/12/2025 and the missed health review show that the "
              "changes Grace has made are not yet safe enough to rely on."),
        ("h1", "What Daniel and Precious tell us, and what we see"),
        ("p", "Daniel, seen on his own at school by Hannah on 08/01/2026: \"Mummy doesn't do the wine so much "
              "now.\" \"Christmas was good at Auntie Joy's, we had jollof and a film.\" \"I don't like it when "
              "Mummy sleeps on the sofa in the day, because then I have to get Precious's biscuits.\" He wants "
              "\"to stay with Mummy and have Auntie Joy come round lots\". He scored home 7 out of 10, up from 4 "
              "out of 10 in October."),
        ("p", "Precious is 2 and says about twenty words. At visits she brings her cup to Grace when she is "
              "thirsty and Grace fills it; she follows Grace from room to room and climbs the stairs behind "
              "the gate holding the rail. On 19/12/2025 she was quiet, sat on the floor by the sofa and would "
              "not let Hannah pick her up."),
        ("h1", "What we are still worried about"),
        ("bullets", [
            "Grace drank in the morning on 19/12/2025 while she was alone with Daniel and Precious.",
            "Nobody has checked Precious's development since she was one, and she has fewer words than "
            "most children her age.",
            "On mornings after Grace has had a bad night Daniel gets his own breakfast and is late for school.",
            "Daniel has started to worry about his mum's drinking and keeps it to himself.",
        ]),
        ("h1", "What is working"),
        ("bullets", [
            "Grace goes to the Recovery Service most weeks and talks openly with Sam about her drinking and "
            "her mum's death.",
            "Joy is close by, the children love her, and she has taken them for a whole weekend at short "
            "notice.",
            "Daniel is happier at school and has been picked for the Year 3 choir.",
            "Emeka rings the children and came to the review by video.",
        ]),
        ("h1", "What we want for Daniel and Precious"),
        ("numbers", [
            "Daniel and Precious are always cared for by a sober adult, day and night.",
            "Daniel is in school every day, on time, having had breakfast.",
            "Precious's development is checked, any needs are met, and she goes to nursery three mornings "
            "a week.",
            "Daniel understands what has been happening at home, knows who to tell if he is worried, and no "
            "longer has to look after himself or his sister in the mornings.",
        ]),
        ("h1", "The plan as agreed on 14/01/2026"),
        ("p", "This table is the live plan. The last column is the review's rating of each line: G is on "
              "track, A is behind or was changed at this review, R has not started and has a new date, NEW was "
              "added at this review. Work finished since October is listed after the table for the record and "
              "is not part of the live plan."),
        ("table", {
            "header": ["Ref", "What will happen", "Lead", "When", "How we'll know", "At this review"],
            "rows": [
                ["1", "Visit Daniel and Precious at home, one visit in three unannounced: see Daniel on his own, "
                      "look at the food in the cupboards and where Precious sleeps, and ask Grace to take a "
                      "breath test",
                 "Hannah Briggs (SW)", "Every two weeks until the second review conference on 09/07/2026",
                 "Visit record on file within 2 working days, with Daniel's words, what Precious was doing and "
                 "the breath reading", "G - on track; carries on"],
                ["2", "Go to her key work sessions at the Recovery Service and take a breath test at each one",
                 "Grace Okafor (Mum)", "Every Thursday at 10am, Aske Street",
                 "Sam's attendance list and breath readings, in his report to each core group",
                 "A - 11 of 13 attended; carries on"],
                ["3", "Write to Hannah before each core group with Grace's attendance, her breath readings, the "
                      "goals in her recovery plan, and Sam's view of whether she is making the changes Daniel "
                      "and Precious need and how long they are likely to take",
                 "Sam Whitley, recovery worker, Lanthorpe Recovery Service",
                 "Two working days before each core group, first by 09/02/2026",
                 "Written report on the children's file before each core group",
                 "A - changed at this review: two reports came late"],
                ["4", "Not drink at all while she is caring for Daniel and Precious, and take a breath test "
                      "whenever Hannah or Dionne asks",
                 "Grace Okafor (Mum)", "Every day; tested at every home visit",
                 "Every breath reading 0 µg/100ml, written on the visit record",
                 "NEW at this review, after the reading on 19/12/2025"],
                ["5", "Go through Grace's liver function blood results with her and write to Hannah with the "
                      "results and any treatment she needs",
                 "Dr Asha Menon, GP, Holloway Road Surgery", "By 27/02/2026",
                 "GP letter on the children's file",
                 "R - blood test missed on 08/12/2025; new date set"],
                ["6", "Check Daniel in at the start of the school day, give him Breakfast Club if he has not "
                      "eaten, and send Hannah his attendance and late marks",
                 "Ian Foley, DSL, St Aidan's CE Primary School", "Every school day; figures sent every Friday",
                 "Friday e-mail to Hannah; attendance at 95% or more, with no more than one late mark a "
                 "fortnight, by the Easter holidays (27/03/2026)",
                 "G - 93% last half term; carries on"],
                ["7", "Walk Daniel to school, taking Precious with her, and hand him to his class teacher",
                 "Joy Adeyemi (aunt)", "Monday and Wednesday mornings, leaving at 8.20am",
                 "Register shows Daniel in by 8.50am on those days",
                 "A - changed at this review: two fixed mornings"],
                ["8", "Complete Precious's two-year development review at home with the ASQ-3, and refer her to "
                      "speech and language therapy if her communication score is below the cut-off",
                 "Nadia Rahman, health visitor, Lanthorpe 0-19 Service",
                 "By 06/02/2026 (booked for 03/02/2026 at 10am)",
                 "ASQ-3 scores in the red book and sent to Hannah; any referral letter on file",
                 "R - missed on 11/11 and 09/12; new date set with Grace"],
                ["9", "Take Precious to her funded nursery place at Little Acorns Nursery and collect her",
                 "Grace Okafor (Mum)", "From 02/02/2026: Monday, Tuesday and Wednesday, 8.45am to 1.45pm",
                 "Nursery register sent to Hannah each month by the manager, Carol Haigh",
                 "NEW at this review"],
                ["10", "Sessions at home with Grace on morning routines, meals on a budget and bedtimes, using "
                       "the home conditions checklist",
                 "Dionne Carter, family support worker, Lanthorpe Family Hub",
                 "Weekly, 19/01/2026 to 09/03/2026 (8 sessions)",
                 "Checklist score, agreed by Dionne and Hannah, up from 5/10 now to 8/10 by 09/03/2026; "
                 "session notes to Hannah",
                 "A - changed at this review: weekly, was fortnightly"],
                ["11", "Four sessions of direct work with Daniel, using his worry monster book, about Mum's "
                       "drinking, who he can tell and what to do in the mornings",
                 "Hannah Briggs (SW)", "Weekly, 26/01/2026 to 16/02/2026",
                 "Daniel's book on file; Daniel can name three safe adults and say what he does if Mum is "
                 "asleep in the day", "NEW at this review"],
                ["12", "Young carers assessment for Daniel, with a place at the Saturday club if he wants one",
                 "Mia Tanner, Lanthorpe Young Carers", "Assessment by 13/03/2026",
                 "Assessment letter to Grace and Hannah; Daniel's name on the Saturday club register",
                 "NEW at this review"],
                ["13", "Phone Daniel, and have both children for the day on the last Saturday of each month, "
                       "collecting them from Joy's",
                 "Emeka Okafor (Dad)", "Wednesdays at 6pm; last Saturday of each month from 31/01/2026",
                 "Joy's contact calendar, seen by Hannah at visits; Daniel tells Hannah about the calls",
                 "G - carries on"],
                ["14", "Write to Lanthorpe Homes supporting Grace's request for a two-bedroom home, setting out "
                       "the children's needs",
                 "Hannah Briggs (SW)", "By 30/01/2026",
                 "Copy of the letter on file; the housing officer's reply shared at the next core group",
                 "NEW at this review"],
            ],
            "widths": [1.1, 7.6, 4.0, 4.0, 5.6, 3.4],
        }),
        ("h2", "Done since the initial conference (for the record; not part of the live plan)"),
        ("table", {
            "header": ["", "Agreed in October", "Done"],
            "rows": [
                ["a", "Refer Grace to Lanthorpe Recovery Service (Hannah)", "22/10/2025 - Grace assessed the "
                      "same day"],
                ["b", "Fit a stair gate at the top of the stairs (Grace, gate from the Family Hub)",
                 "05/11/2025 - seen at Hannah's visit"],
                ["c", "Hold a family network meeting to agree who can help (Hannah)",
                 "12/11/2025 - Joy and Emeka came; the network plan is on file"],
                ["d", "Register Precious with a dentist (Grace)", "28/11/2025 - Brook Lane Dental Practice"],
            ],
            "widths": [1.1, 15.0, 9.6],
        }),
        ("h2", "Stopped at this review"),
        ("bullets", [
            "Joy's 9am phone call to Grace every day to check she was up: stopped, because Joy now sees Grace "
            "in person on Monday and Wednesday mornings and Grace asked for the calls to end.",
            "Referral to the Lanthorpe bereavement group: no longer needed, because Grace chose to have "
            "bereavement counselling through the Recovery Service instead.",
        ]),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Grace has a breath reading above 0 at a visit, or anyone finds her smelling of alcohol or "
            "asleep in the day while she is alone with the children, Daniel and Precious go to Joy's at 12 "
            "Clover Way that day, and Hannah (or the duty social worker, 01632 960 441, after 5pm) holds a "
            "strategy discussion with the police the same day.",
            "If Joy cannot take the children, or tells Hannah she can no longer help, Hannah asks the duty "
            "placement team for an emergency foster placement that day, and Daniel starts the school's "
            "Breakfast Club the next school day so that he is not late on Joy's mornings.",
            "If Daniel is not in school by 9.30am and Grace has not answered Mr Foley by 10am, Hannah or the "
            "duty social worker visits the home that morning and sees both children.",
            "If Grace has two readings above 0 before the next review, misses three key work sessions in a "
            "month, or Precious has not started nursery by 27/02/2026, Hannah will ask Olivia Grant for a "
            "legal planning meeting within 10 working days, to decide whether to start the Public Law Outline.",
        ]),
        ("h1", "Core group and the next review"),
        ("bullets", [
            "Core group every four weeks at Lanthorpe Family Hub, Wednesdays at 10am: 11/02/2026, 11/03/2026, "
            "08/04/2026, 06/05/2026 and 03/06/2026.",
            "Second review child protection conference: 09/07/2026 at 1.30pm, Lanthorpe Civic Centre.",
        ]),
        ("p", "Plan sent to Grace, Emeka, Joy and every agency on 16/01/2026."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Third core group record and updated plan: attendance table, since CG2,
#    the children's news, then the plan table with a "Change at CG3" column
#    and a "Closed at CG3" table. Page header and footer. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b197_ledgebrook_cg3_record_change_at_cg3_column_hussain.pdf",
    "doc_title": "Core Group 3 Record and Updated Plan - Amira and Zayn Hussain",
    "split": "heldout",
    "actions": 14,
    "min_pages": 2,
    "header": "OFFICIAL-SENSITIVE · Ledgebrook City Council · Children and Families Service",
    "footer": "Amira and Zayn Hussain · Core group 3 record and updated plan, 10/02/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "core-group-3-record-paged-header-footer-kv-details-attendance-table-name-role-present-since-cg2-prose-childrens-news-working-towards-then-updated-plan-table-no-action-who-when-how-well-know-change-at-cg3-then-closed-at-cg3-table-then-if-things-get-worse-next-meetings",
    "description": (
        "Record of the third core group for a 9-year-old and a 4-year-old whose mother has depression and "
        "panic attacks (an overdose in 2025), with the plan as the meeting updated it. After the details, "
        "an attendance table, what has happened since the second core group, the children's news and what "
        "the plan is working towards, the plan is one table whose last column says what CG3 changed "
        "('No change', 'Changed at CG3: now weekly', 'NEW at CG3', 'Not done - C/F'); work finished or no "
        "longer needed is in a 'Closed at CG3' table. The psychiatrist is asked for a report on the "
        "mother's capacity to change. Faults: the young carers referral whose When cell says only "
        "'Carried forward'; Zayn's dentist visit 'New date TBC'; the school nurse's sessions measured by "
        "'Discussed at core group'; the school run owned by 'Family'; the CPN's fortnightly visits that "
        "only support the mother, measured by visit dates; and a contingency that sends the children to "
        "their grandparents with nothing said if the grandparents cannot cope."
    ),
    "blocks": [
        ("title", "Core Group Meeting 3: record and updated plan"),
        ("p", "Child protection plan for Amira and Zayn Hussain. Core group 3 met on 10/02/2026 at Harefield "
              "Primary School, chaired by the social worker. It went through every action agreed at core "
              "group 2 (13/01/2026); this record replaces the plan sent out after that meeting."),
        ("kv", [
            ("Children", "Amira Hussain, born 17/05/2016 (9, Year 5); Zayn Hussain, born 02/08/2021 (4, "
                         "Reception). Both at Harefield Primary School."),
            ("Home", "7 Beacon Terrace, Ledgebrook LE5 3TR, with their mum, Nadia Hussain (35)"),
            ("Dad", "Imran Hussain, moved to Dubai in 2024; no contact with the children"),
            ("Grandparents", "Rashida (Nani) and Tariq (Nana Tariq) Khan, Nadia's parents, 22 Fenton Street, "
                             "five minutes' walk away"),
            ("Category", "Neglect. Initial conference 04/12/2025."),
            ("Social worker", "Ruth Ellison, Ledgebrook Safeguarding Team East (team manager: Paul Dyer)"),
        ]),
        ("h1", "Who came"),
        ("table", {
            "header": ["Name", "Role", "Present"],
            "rows": [
                ["Nadia Hussain", "Mum", "Yes"],
                ["Rashida Khan", "Nani (maternal grandmother)", "Yes"],
                ["Ruth Ellison", "Social worker (chair and minutes)", "Yes"],
                ["Carol Barnes", "Designated Safeguarding Lead, Harefield Primary School", "Yes"],
                ["Jess Orme", "School nurse, Ledgebrook 0-19 Service", "Yes"],
                ["Lisa Crane", "Community psychiatric nurse, Ledgebrook Community Mental Health Team", "Yes"],
                ["Kelly Dawes", "Family support worker, Ledgebrook Family Centre", "Yes"],
                ["Dr Ravi Pillai", "Consultant psychiatrist, Ledgebrook CMHT", "Apologies; e-mail update read out"],
                ["Tariq Khan", "Nana Tariq (maternal grandfather)", "Apologies"],
            ],
            "widths": [4.0, 9.5, 3.5],
        }),
        ("h1", "What has happened since core group 2"),
        ("p", "Nadia had two panic attacks at the school gate in January and kept both children at home on "
              "three days afterwards. Amira's attendance this half term is 86% (79% last half term); Zayn's is "
              "90%. Nadia restarted her sertraline on 05/01/2026 after Dr Pillai saw her, and Lisa has visited "
              "every two weeks. Nani and Nana Tariq collected the children from school on six days. Zayn's "
              "dental appointment on 27/01/2026 was missed, and so was his hearing test in December. The "
              "referral to Ledgebrook Young Carers has not been made. Amira told Jess that she thinks about "
              "her mum \"all the time\" when she is at school."),
        ("p", "The core group agreed that the plan is helping but that Amira is still looking after her mum "
              "and her brother on bad days. Dr Pillai's e-mail said he will write a report for the review "
              "conference."),
        ("h1", "Amira and Zayn's news"),
        ("p", "Amira (seen at school on her own by Ruth, 05/02/2026): \"I like it when Nani picks us up "
              "because she makes paratha.\" \"When Mum has her panic thing I hold Zayn's hand and get her "
              "water.\" \"I want to go on the Year 5 trip to Stanhope in May but I don't know if Mum will be "
              "OK.\" She put herself at 6 on the worry scale (0 is no worries), the same as in January."),
        ("p", "Zayn (at home, 03/02/2026) showed Ruth his reading book and the sticker chart on the fridge. "
              "\"Mummy sad sometimes. Nana Tariq takes me to the park.\" In class he often asks his teacher to "
              "repeat things and sits at the front so he can hear."),
        ("h1", "What the plan is working towards"),
        ("numbers", [
            "Amira and Zayn are in school every day, on time, and are collected by a safe adult.",
            "Amira no longer has to look after her mum or her brother, and knows who to call if Mum is unwell.",
            "Amira and Zayn are cared for by a mum whose mental health is stable enough to get them up, fed "
            "and to school, or by another safe adult when she cannot.",
            "Zayn's teeth and hearing are checked and any problems are treated.",
        ]),
        ("h1", "Updated plan (agreed at core group 3, 10/02/2026)"),
        ("p", "The last column says what core group 3 changed. Actions finished or no longer needed are in "
              "the \"Closed at core group 3\" table below, for the record."),
        ("table", {
            "header": ["No.", "Action", "Who", "When", "How we'll know", "Change at CG3"],
            "rows": [
                ["1", "Home visits, one in three unannounced, seeing Amira and Zayn on their own and checking "
                      "they have eaten and have clean uniform",
                 "Ruth Ellison (SW)", "Every 10 working days until the review conference",
                 "Visit records on file within 2 working days, with each child's words", "No change"],
                ["2", "Get Amira and Zayn to school for 8.45am and collect them at 3.15pm",
                 "Nadia Hussain (Mum)", "Every school day",
                 "Harefield register and late marks, in Mrs Barnes's Friday e-mail to Ruth", "No change"],
                ["3", "Take the children to and from school on any day Nadia cannot, and tell the school by "
                      "8.30am",
                 "Family", "Every school day that Nadia is unwell",
                 "Register shows both children in by 8.50am on those days",
                 "Changed at CG3: was Nani and Nana Tariq"],
                ["4", "Fortnightly CPN visits to support Nadia with her medication and her panic attacks",
                 "Lisa Crane, CPN, Ledgebrook CMHT", "Every two weeks",
                 "Visit dates shared with Ruth", "No change"],
                ["5", "Review Nadia's medication and write a report for the review conference on her mental "
                      "health, what needs to change for her to care for Amira and Zayn, whether she can make "
                      "those changes and how long they are likely to take",
                 "Dr Ravi Pillai, consultant psychiatrist, Ledgebrook CMHT", "By 25/02/2026",
                 "Written report to Ruth and the conference chair", "NEW at CG3"],
                ["6", "Referral to Ledgebrook Young Carers for Amira", "Ruth Ellison (SW)", "Carried forward",
                 "Young carers assessment letter on file; Amira on the Tuesday club register",
                 "Not done - C/F"],
                ["7", "Six sessions with Amira about her worries for Mum, using her worry jar",
                 "Jess Orme, school nurse", "Weekly from 23/02/2026", "Discussed at core group",
                 "Changed at CG3: now weekly, was fortnightly"],
                ["8", "Take Zayn to the dentist for a check-up and fluoride varnish", "Nadia Hussain (Mum)",
                 "New date TBC", "Zayn's dental card shown to Ruth", "Missed 27/01/2026 - to rebook"],
                ["9", "Re-refer Zayn to the audiology clinic for a hearing test after the missed appointment",
                 "Dr Helen Brandt, GP, Fenton Street Surgery", "By 20/02/2026",
                 "Copy of the referral on file; appointment letter shown to Ruth", "NEW at CG3"],
                ["10", "Write a safety plan with Amira and Nadia for the days Mum has a panic attack: who Amira "
                       "rings (Nani first, then Ruth or the duty team) and what she does for Zayn",
                 "Ruth Ellison (SW)", "By 24/02/2026",
                 "Copy of the plan on the fridge and on file; Amira can tell Ruth the three steps",
                 "NEW at CG3"],
                ["11", "Check Amira and Zayn at registration, and ring Ruth the same day if either is absent "
                       "without a call, hungry or upset",
                 "Carol Barnes, DSL, Harefield Primary", "Every school day",
                 "Logged on CPOMS; same-day call to Ruth recorded on file", "No change"],
                ["12", "Have Amira and Zayn for tea and a bath after school",
                 "Rashida Khan (Nani)", "Every Tuesday and Thursday, 3.15pm to 7pm",
                 "Ruth sees the children at Nani's on one Tuesday a month and records it", "No change"],
                ["13", "Sessions with Nadia on morning routines, getting to school and a calm bedtime, with a "
                       "routines chart",
                 "Kelly Dawes, family support worker, Ledgebrook Family Centre",
                 "Weekly, 16/02/2026 to 30/03/2026",
                 "Routines chart filled in by Nadia and checked by Kelly at each session; notes to Ruth",
                 "Changed at CG3: new worker (was Sian Mott)"],
                ["14", "Ring Ruth and the school if she feels a panic attack coming on and cannot do the school "
                       "run, so that Nani can collect the children",
                 "Nadia Hussain (Mum)", "By 8am on the day",
                 "Ruth's note of the call; the school told by 8.30am", "NEW at CG3"],
            ],
            "widths": [0.9, 4.6, 3.0, 2.6, 3.3, 2.6],
        }),
        ("h2", "Closed at core group 3 (for the record)"),
        ("table", {
            "header": ["Was", "Action", "Closed because"],
            "rows": [
                ["CG1-3", "Nadia to register with Fenton Street Surgery, nearer home",
                 "Done 19/12/2025"],
                ["CG1-5", "Refer Nadia to Ledgebrook CMHT for assessment",
                 "Done: Nadia open to the CMHT since 22/12/2025"],
                ["CG2-4", "Apply for free school meals for Amira", "Done 07/01/2026"],
                ["CG1-9", "Arrange contact between the children and their dad",
                 "No longer needed: Imran has said he does not want contact"],
            ],
            "widths": [2.0, 9.0, 6.0],
        }),
        ("h1", "If things get worse"),
        ("bullets", [
            "If Nadia has a panic attack and cannot care for the children, Amira rings Nani, and Amira and "
            "Zayn stay with Rashida and Tariq at 22 Fenton Street until Nadia is well; Ruth visits them there "
            "the next working day.",
            "If Nadia talks about harming herself or takes an overdose, the adult with her rings 999, the "
            "children go to Rashida and Tariq's, and Ruth holds a strategy discussion with the police and the "
            "CMHT the same day.",
            "If either child misses three days of school in a fortnight with no reason given, Ruth visits "
            "that day and sees both children.",
            "If Nadia is admitted to hospital again, or either child's attendance is below 90% at the review "
            "conference, Ruth will ask Paul Dyer for a legal planning meeting within 10 working days.",
        ]),
        ("h1", "Next meetings"),
        ("bullets", [
            "Review child protection conference: 04/03/2026 at 10am, Ledgebrook Civic Centre.",
            "Core group after the review: every four weeks at Harefield Primary, 24/03/2026, 21/04/2026 and "
            "19/05/2026, at 3.30pm.",
        ]),
        ("p", "Record typed by Ruth Ellison on 11/02/2026 and sent to everyone on the attendance list."),
    ],
    "findings": [
        F("T001", "Referral to Ledgebrook Young Carers for Amira"),
        F("T002", "Take Zayn to the dentist for a check-up and fluoride varnish"),
        F("M002", "Six sessions with Amira about her worries for Mum"),
        F("W002", "Take the children to and from school on any day"),
        F("H001", "Fortnightly CPN visits to support Nadia with her medication"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Review conference plan: bullets under each outcome heading, each with a
#    bold status tag in front; done and dropped bullets left in place.
#    Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b197_lissington_rcpc_outcome_bullets_status_tags_doyle.md",
    "split": "heldout",
    "actions": 13,
    "template": "rcpc1-revised-plan-md-how-to-read-the-tags-family-and-professionals-table-since-october-summary-kacey-and-alfie-say-still-worried-better-then-plan-under-outcome-headings-bullets-with-bold-status-tag-carried-forward-changed-new-done-remove-at-next-review-dropped-well-know-in-bullet-then-if-things-go-wrong-meetings",
    "description": (
        "First review conference plan for a 13-year-old and a 10-year-old whose father drinks heavily and "
        "is in charge of them on the nights their mother works; their uncle and aunt help. The plan is "
        "written as bullets under four outcome headings, each bullet starting with a bold status tag "
        "('[Carried forward]', '[Changed]', '[New]', '[Done - remove at next review]', '[Dropped]') and "
        "giving its owner, time and 'We'll know' in the bullet; done and dropped bullets are left in place "
        "and are not live actions. The alcohol service owns a reporting action. Faults: a young carers "
        "referral that 'will be made' with no one named; the uncle's Saturdays 'as and when he can'; the "
        "mother's calls to the attendance officer with no measure; one outcome heading about the father "
        "only; and nothing anywhere about legal planning if things do not change."
    ),
    "text": """\
# Lissington County Council - Children's Social Work Service

## Child protection plan: Kacey and Alfie Doyle

**Revised at the first review child protection conference, 21/01/2026** (initial conference 09/10/2025).
Chair: Andrea Whitlock. Social worker: Lucy Fairclough, Lissington North Safeguarding Team.

### How to read this plan

The plan agreed in October has been gone through line by line. Each bullet in "The plan" starts with a tag:

- **[Carried forward]** agreed in October and still going, with its date as it now stands;
- **[Changed]** reworded or given a new time or owner at this review;
- **[New]** added at this review;
- **[Done - remove at next review]** finished; kept here so everyone can see it was done;
- **[Dropped]** stopped at this review, with the reason.

Done and dropped bullets are not part of the live plan.

### Family and professionals

| | |
|---|---|
| Kacey Doyle | born 22/06/2012 (13), Year 9, Lissington Academy |
| Alfie Doyle | born 14/01/2016 (10), Year 5, Brookside Primary School |
| Michelle Doyle | Mum (38), care assistant, works nights on Mondays, Wednesdays and Fridays |
| Sean Doyle | Dad (41), out of work since March 2025 |
| Paul and Tracey Doyle | Sean's brother and his wife, 9 Brook Rise, Lissington |
| Home | 27 Calder Walk, Lissington LS9 4NE |
| Lucy Fairclough | social worker |
| Owen Tate | recovery worker, Lissington Alcohol Service |
| Mr Gareth Hale | head of Year 9 and Designated Safeguarding Lead, Lissington Academy |
| Mrs Harjit Kaur | attendance officer, Lissington Academy |
| Mrs Deborah Price | learning mentor, Brookside Primary School |
| Category | Neglect (both children) |

### Since October

Sean started at Lissington Alcohol Service on 20/10/2025 and has been to 9 of his 13 sessions. He says he
now drinks "four cans, not a bottle of vodka" on most days, and his liver test in December was still
raised. On 06/12/2025 Michelle came home from her shift at 7.30am to find Sean asleep on the kitchen floor
and the back door open; Kacey had put Alfie to bed and stayed up until 2am. Since 15/12/2025 the children
have slept at Paul and Tracey's on Michelle's work nights, and nothing like this has happened again.
Kacey's attendance this term is 88% (81% in the autumn term). Alfie has been to Breakfast Club every day
since November.

The conference decided that Kacey and Alfie remain on child protection plans under the category of neglect.

### What Kacey and Alfie say

**Kacey** (seen on her own at school by Lucy, 14/01/2026): "Dad's nicer when he hasn't had a drink but
that's not very often." "I like sleeping at Auntie Tracey's. I don't have to listen for him." "I miss
school when Dad's bad because I don't want to leave Alfie." She wants her dad "to go back to how he was
when I was little" and wants to start going to netball after school again.

**Alfie** (at home, 16/01/2026) drew his house with "Dad on the sofa with his cans" and his bedroom with a
big lock. He said: "Uncle Paul takes me to football. That's the best bit." He scored being at home 5 out of
10 and Auntie Tracey's 9 out of 10.

### What we are still worried about

- Sean is still drinking every day, and when he drinks heavily he is not safe to look after the children.
- Kacey has been missing school to look after Alfie and her dad, and keeps her worries to herself.
- The children have no safe adult at home at night when Michelle works, unless Tracey has them.

### What is better

- Michelle has kept the children safe at night by arranging for them to stay with Tracey.
- Sean goes to most of his sessions and talks honestly to Owen about how much he drinks.
- Paul and Tracey are reliable, and the children love being with them.

## The plan

#### Outcome 1: Kacey and Alfie are cared for by a sober adult every night, including when Mum is at work

- **[Changed]** Tracey Doyle (aunt) will have Kacey and Alfie to sleep at 9 Brook Rise every Monday,
  Wednesday and Friday from 7pm until she takes them to school the next morning. We'll know: Tracey texts
  Lucy by 9pm on each of those nights, and the children tell Lucy at visits where they slept. (Was "on any
  night Sean has been drinking".)
- **[Carried forward]** Lucy Fairclough (SW) will visit every two weeks until the next review conference,
  one visit in three unannounced and one in the evening, and see each child on their own. We'll know:
  visit records on file within 2 working days, with each child's words and what Lucy saw of Sean.
- **[Carried forward]** Michelle and Sean will keep no alcohol in the house from 21/01/2026. We'll know: Lucy
  finds none when she checks the kitchen and the recycling at every visit.
- **[Dropped]** Michelle to ask her manager to move her to day shifts. Dropped: the care home has no day
  shifts, and Tracey's nights now cover this.

#### Outcome 2: Sean stops drinking and keeps his appointments

- **[Carried forward]** Sean will go to his key work sessions at Lissington Alcohol Service every Tuesday
  at 2pm. We'll know: Owen's attendance list, in his update to Lucy before each core group.
- **[New]** Owen Tate (Lissington Alcohol Service) will send Lucy a written update two working days before
  each core group on Sean's attendance, his breath and liver test results, whether he is cutting down as
  planned, and how long Owen thinks it will take before Sean can safely care for Kacey and Alfie at night.
  We'll know: the update is on the children's file before each core group.
- **[New]** Sean will have a liver function blood test at Calder Walk Surgery by 27/02/2026 and show Lucy
  the result. We'll know: result letter seen by Lucy and noted on the file.
- **[Done - remove at next review]** Sean to book his first appointment with Lissington Alcohol Service.
  Done 20/10/2025.

#### Outcome 3: Kacey and Alfie go to school every day and on time, and Kacey no longer misses school to look after her dad or Alfie

- **[Changed]** Michelle will ring Mrs Kaur before 9.15am on any day Kacey is off sick.
- **[Carried forward]** Mr Hale will meet Kacey every Monday at 8.40am and e-mail Lucy her attendance every
  Friday. We'll know: Kacey's attendance is 95% or more by the Easter holidays (27/03/2026), in Mr Hale's
  Friday e-mails.
- **[New]** A referral will be made to Lissington Young Carers for Kacey by 06/02/2026; we'll know it has
  been made when the assessment letter arrives.
- **[Done - remove at next review]** Brookside Primary to give Alfie a Breakfast Club place. Done
  03/11/2025.

#### Outcome 4: Kacey and Alfie can talk about what happens at home, and have time to be children

- **[Carried forward]** Mrs Price will see Alfie for a "feelings and football" session every Thursday
  after lunch until the Easter holidays. We'll know: Alfie's feelings scale score at his first and last
  sessions, sent to Lucy.
- **[New]** Lucy will do four sessions of direct work with Kacey about her dad's drinking and looking
  after herself, on 29/01, 05/02, 12/02 and 26/02/2026. We'll know: Kacey's "my worries, my people" sheet on
  file, and she can name two adults she would ring at night.
- **[Carried forward]** Uncle Paul will take Alfie to football training and have him for lunch
  afterwards, as and when he can. We'll know: Alfie tells Lucy about his football at her visits.
- **[New]** Mr Hale will sign Kacey up for the Year 9 netball club, Tuesdays 3.15pm to 4.30pm, from
  27/01/2026. We'll know: her name on the club register, sent to Lucy at half term.

### If things go wrong

- If Sean is drunk while he is the only adult with Kacey or Alfie, Kacey rings Michelle or Tracey, and the
  children go to Paul and Tracey's that night. Lucy (or the emergency duty team, 01632 960 777, out of
  hours) visits the next day.
- If there is shouting, violence or Sean falls or is unwell, Kacey rings 999; Lucy holds a strategy
  discussion with the police the same day.
- If Paul and Tracey cannot have the children on one of Michelle's work nights, or tell Lucy they can no
  longer help, Michelle will swap her shift (her manager has agreed to this at a day's notice); if she
  cannot, Lucy or the emergency duty team will place the children with emergency foster carers for that
  night.
- If Kacey misses two days of school in one week with no reason given, Lucy visits the home that day.

### Core group and review

- Core group every six weeks at Lissington Academy, Wednesdays at 4pm: 04/03/2026, 15/04/2026 and
  27/05/2026.
- Second review child protection conference: 16/07/2026 at 10am, Lissington County Hall.

Plan sent to Michelle, Sean, Paul and Tracey and to every agency on 23/01/2026.
""",
    "findings": [
        F("W001", "A referral will be made to Lissington Young Carers"),
        F("T002", "Uncle Paul will take Alfie to football training"),
        F("M001", "Michelle will ring Mrs Kaur before 9.15am"),
        F("F002", "Sean stops drinking and keeps his appointments"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Plain-text fourth core group review: the plan grouped under capitals
#    headings by what the meeting decided (done, stopped, carried forward
#    with a new date, changed, new, carrying on), each action with Who /
#    When / How we'll know lines. Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b197_loxmere_cg4_review_txt_grouped_by_status_walsh.txt",
    "split": "heldout",
    "actions": 12,
    "template": "core-group-4-review-plain-text-caps-headings-numbered-sections-who-was-there-paragraph-since-cg3-finley-and-poppy-working-towards-then-plan-grouped-by-status-done-since-cg3-stopped-carried-forward-new-date-changed-new-carrying-on-each-action-who-when-how-well-know-lines-then-if-things-go-wrong-meetings",
    "description": (
        "Exemplary plain-text record of the fourth core group for a 4-year-old and a 14-month-old after "
        "their father assaulted their mother in front of the older child; the parents have separated, the "
        "father is on a domestic abuse perpetrator programme and sees the children at his mother's, who "
        "supervises. After who was there, what has happened since the last core group, the children's "
        "words and days and what the plan is working towards, the plan is grouped under capitals headings "
        "by what the meeting decided: done since CG3 and stopped at CG4 (kept for the record, not live), "
        "then carried forward with a new date, changed, new and carrying on as agreed, each action with "
        "Who / When / How we'll know lines. Every live action has an owner, a real time and a check; the "
        "contingency covers the grandmother being unable to supervise and names legal planning after set "
        "triggers; core group dates and the second review are set."
    ),
    "text": """\
LOXMERE METROPOLITAN BOROUGH COUNCIL
CHILDREN'S SERVICES - CHILD PROTECTION PLAN

CORE GROUP 4: REVIEW OF THE PLAN, 03/02/2026
=============================================================

Children:      Finley Walsh, born 09/11/2021 (4), Acorn Tree Nursery
               Poppy Walsh, born 02/12/2024 (14 months), at home with Mum
Mum:           Jade Walsh (23), Flat 6, Harrow Court, Loxmere LX3 2PD
Dad:           Connor Price (25), lives with his mother at 3 Rowan Close, Loxmere
Category:      Emotional abuse (both children)
Plan history:  Initial conference 22/09/2025; first review conference 08/12/2025;
               core groups 06/10/2025, 03/11/2025, 06/01/2026 and today
Social worker: Kirsty Oduya, Loxmere Child Protection Team 2
               (team manager: Neil Armitage)

-------------------------------------------------------------
1. WHO WAS THERE
-------------------------------------------------------------
Jade Walsh (Mum); Connor Price (Dad), for the first half only, by
agreement; Denise Price (Connor's mum, who supervises contact); Kirsty
Oduya (social worker, chair); Sarah Gill (manager and DSL, Acorn Tree
Nursery); Hollie Marsh (health visitor, Loxmere 0-19 Service); Marcia
Bell (IDVA, Loxmere Women's Aid); Tom Reddy (facilitator, Loxmere Choices
domestic abuse programme). Apologies: PC Dan Foster (Loxmere Police
Domestic Abuse Unit), who sent an update by e-mail.

-------------------------------------------------------------
2. SINCE CORE GROUP 3 (06/01/2026)
-------------------------------------------------------------
There have been no police call-outs to Harrow Court since 29/08/2025. The
locks at Jade's flat were changed on 12/01/2026. Connor has been to all
eight Choices sessions so far, and Tom says he has started to talk about
what Finley saw. Contact at Denise's has gone well on four Sundays, but
Finley has been tired and tearful at nursery on Mondays, so the core
group moved contact to Saturday mornings. Finley's speech and language
appointment on 27/01/2026 was cancelled by the clinic. Marcia was off
sick for two weeks, so Jade's safety plan is not finished.

-------------------------------------------------------------
3. FINLEY AND POPPY
-------------------------------------------------------------
Finley (with Kirsty at nursery, 29/01/2026, using his feelings faces):
"Daddy shouted and Mummy cried. I hid with Poppy's teddy." Pointing to
the happy face: "Saturdays at Nanny Denise's. Daddy plays trains with
me." Pointing to the worried face: "When the door bangs." He told Sarah
he wants "Mummy and Daddy to be friends but not in our house".

Poppy is walking holding the furniture and says "mama" and "ta". At
Kirsty's visits she crawls to Jade when there is a loud noise and settles
quickly when Jade picks her up. Hollie saw her at the baby clinic on
20/01/2026: she is on the 50th centile for weight, as she has been since
birth.

-------------------------------------------------------------
4. WHAT WE ARE WORKING TOWARDS
-------------------------------------------------------------
a) Finley and Poppy live free from violence and shouting at home.
b) Finley and Poppy see their dad safely, in a way that leaves them
   settled and not frightened.
c) Finley's speech and his worries are understood and helped at
   nursery, and he is ready to start school in September 2026.
d) Poppy keeps growing and developing well, with a mum who can keep
   them both safe.

-------------------------------------------------------------
5. THE PLAN AFTER CORE GROUP 4
-------------------------------------------------------------
The plan is grouped by what the core group decided today. Parts 5.1 and
5.2 are for the record only and are not part of the live plan. Parts
5.3 to 5.6 are the live plan. Action numbers stay the same from one
version to the next.

5.1 DONE SINCE CORE GROUP 3 (closed - not part of the live plan)

  A3   Loxmere Homes to change the locks at Jade's flat.
       Closed: done 12/01/2026.
  A12  Poppy's 12-month immunisations at Harrow Road clinic.
       Closed: done 09/01/2026.
  A13  Jade to apply for Finley's funded nursery hours for the
       spring term. Closed: done 20/01/2026.

5.2 STOPPED AT CORE GROUP 4 (closed - not part of the live plan)

  A6   Jade to text Kirsty at 8pm every evening to say she and the
       children are safe. Stopped: no longer needed now the locks are
       changed, the police marker is in place and Jade speaks to
       Marcia every week.

5.3 CARRIED FORWARD WITH A NEW DATE

  A2   Assess Finley's speech and language at nursery and send the
       report, with his targets, to Jade, the nursery and Kirsty.
       Who:  Priya Shah, speech and language therapist, Loxmere
             Children's Community Health Services
       When: By 27/02/2026 (appointment rebooked for 17/02/2026 at
             Acorn Tree Nursery; was due 30/01/2026)
       How we'll know: report on Finley's file; his targets written
             into his nursery plan by 06/03/2026.

  A5   Finish Jade's safety plan with her, and fit a door chain and a
       spy hole at the flat through the sanctuary scheme.
       Who:  Marcia Bell, IDVA, Loxmere Women's Aid
       When: By 20/02/2026 (was 23/01/2026)
       How we'll know: copy of the safety plan on file; Kirsty sees the
             chain and spy hole at her next visit; Jade can tell Kirsty
             what she would do if Connor came to the flat.

5.4 CHANGED AT CORE GROUP 4

  A1   Supervise Connor's contact with Finley and Poppy at 3 Rowan
       Close, staying in the room the whole time.
       Who:  Denise Price (paternal grandmother)
       When: Every Saturday, 10am to 12 noon (changed today: was
             Sundays)
       How we'll know: Denise's contact record, signed by her and
             Connor, seen by Kirsty every fortnight; Sarah notes how
             Finley is at nursery on the Monday after contact.

  A4   Home visits to see Finley and Poppy, one in three unannounced,
       seeing Finley on his own.
       Who:  Kirsty Oduya (SW)
       When: Every two weeks until the second review conference on
             08/06/2026 (changed today: was weekly)
       How we'll know: visit records on file within 2 working days,
             with Finley's words and how Poppy was with Jade.

  A8   Go to every session of the Loxmere Choices programme.
       Who:  Connor Price (Dad)
       When: Thursdays, 6pm to 8.30pm, sessions 9 to 24, ending
             28/05/2026 (changed today: moved from the Tuesday group)
       How we'll know: the Choices attendance register, in Tom's
             reports (A9).

5.5 NEW AT CORE GROUP 4

  A9   Write to Kirsty on Connor's attendance, what he has shown he
       understands about how his abuse affected Jade, Finley and
       Poppy, and Tom's view of the risk he still poses.
       Who:  Tom Reddy, facilitator, Loxmere Choices
       When: Mid-programme report by 20/03/2026; final report by
             05/06/2026, before the review conference
       How we'll know: both reports on the children's file and
             shared with the core group.

  A10  Go to the Freedom Programme at Loxmere Women's Aid.
       Who:  Jade Walsh (Mum)
       When: Mondays, 10am to 12 noon, 09/02/2026 to 27/04/2026
             (12 weeks), while Poppy is in the creche
       How we'll know: the programme register, sent to Kirsty by
             Marcia at the end of each month.

  A11  Three play sessions with Finley about his family, his feelings
       and contact, using his feelings faces.
       Who:  Kirsty Oduya (SW)
       When: 12/02/2026, 26/02/2026 and 12/03/2026, at nursery
       How we'll know: Finley's drawings and words recorded on file;
             the faces he picks for Saturdays noted each time.

  A14  Poppy's 15-month check: weight, development and the next
       immunisations, at home.
       Who:  Hollie Marsh, health visitor, Loxmere 0-19 Service
       When: By 27/02/2026
       How we'll know: red book entries and Hollie's letter to Kirsty.

5.6 CARRYING ON AS AGREED

  A7   Keep to the written agreement not to come to Jade's flat or
       contact her except through Denise about contact.
       Who:  Connor Price (Dad)
       When: Every day until the second review conference (08/06/2026)
       How we'll know: no calls to the flat on the police marker; Jade
             tells Kirsty at each visit whether Connor has contacted
             her.

  A15  Keep the marker on Jade's address and tell Kirsty about any
       call to the flat or any incident involving Connor.
       Who:  PC Dan Foster, Loxmere Police Domestic Abuse Unit
       When: Marker in place until 08/06/2026; any call reported to
             Kirsty by the next working day
       How we'll know: the marker confirmed in writing to Kirsty; a
             note of any call on the children's file.

  A16  Log Finley's attendance, his mood and anything he says about
       home, and send Kirsty a summary.
       Who:  Sarah Gill, manager and DSL, Acorn Tree Nursery
       When: Every day Finley attends (Monday to Friday mornings);
             summary every Friday
       How we'll know: Friday e-mail to Kirsty; anything Finley says
             about Dad hurting Mum phoned to Kirsty the same day.

-------------------------------------------------------------
6. IF THINGS GO WRONG
-------------------------------------------------------------
- If Connor comes to the flat or contacts Jade outside the agreement,
  Jade rings 999 and the police attend. Kirsty holds a strategy
  discussion with the police the same day, and contact stops until it
  has taken place.
- If Connor arrives at contact having had a drink, or shouts, Denise
  ends the contact, Connor leaves, and Denise rings Kirsty that day.
- If Denise cannot supervise on a Saturday, that week's contact does
  not happen. If she tells Kirsty she can no longer supervise, Kirsty
  arranges supervised contact at Loxmere Family Centre, with a contact
  worker, to start within 7 days.
- If Jade needs to leave the flat, Marcia finds her and the children a
  refuge place the same day.
- If Connor misses two Choices sessions in a row, breaks the written
  agreement, or Jade lets him stay at the flat, Kirsty will ask Neil
  Armitage for a legal planning meeting within 5 working days.

-------------------------------------------------------------
7. MEETINGS
-------------------------------------------------------------
Core group every four weeks at Loxmere Family Centre, Tuesdays at
1.30pm: 03/03/2026, 31/03/2026, 28/04/2026 and 26/05/2026.
Second review child protection conference: 08/06/2026 at 10am,
Loxmere Town Hall.

Record and plan sent to Jade, Connor, Denise and every agency on
04/02/2026 by Kirsty Oduya.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Review conference plan, landscape table under outcome banner rows with
#    an "Update since the ICPC" column; finished and unneeded rows kept in
#    the table, marked in words. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b197_lumbridge_rcpc_landscape_update_column_completed_rows_farrow.docx",
    "doc_title": "Child Protection Plan (first review) - Mason and Lacey Farrow",
    "split": "heldout",
    "actions": 13,
    "landscape": True,
    "template": "rcpc1-plan-docx-landscape-kv-details-why-there-is-a-plan-what-the-review-found-mason-and-lacey-views-strengths-worries-then-table-under-outcome-banner-rows-no-action-lead-timescale-how-we-will-know-update-since-icpc-completed-and-no-longer-needed-rows-kept-marked-in-words-then-contingency-core-groups",
    "description": (
        "First review conference plan for an 11-year-old and an 8-year-old living with neglect: their "
        "father has depression and spends most days in bed, their mother works early shifts, the home is "
        "dirty and the 8-year-old has no bed, and the 11-year-old gets his sister to school. The plan is a "
        "landscape table under outcome banner rows, with an 'Update since the ICPC' column (a note on "
        "progress, not the row's time or check); a finished row is kept marked 'COMPLETED - remove at next "
        "review' and an unneeded one 'NO LONGER NEEDED', and neither is live. Faults: Lacey's play therapy "
        "'when Lacey feels ready'; the family support worker's sessions measured by 'Engagement with the "
        "sessions'; a bed for Lacey with '-' for its lead; the free school meals application with an empty "
        "measure cell; the father's depression recorded with no adult service owning any action; and the "
        "next review conference 'date to be confirmed'."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Lumbridge City Council, Children and Young People's Service. Plan as revised at the first review "
              "child protection conference on 22/01/2026. Changes made at the review are shown in the last "
              "column of the plan; rows marked COMPLETED or NO LONGER NEEDED are kept until the next review "
              "so that everyone can see what happened to them, and are not part of the live plan."),
        ("kv", [
            ("Children", "Mason Farrow, born 03/04/2014 (11, Year 7, Lumbridge High School); Lacey Farrow, "
                         "born 19/10/2017 (8, Year 4, Hollin Bank Primary School)"),
            ("Address", "18 Tanfield Road, Lumbridge LB6 1QS"),
            ("Parents", "Stacey Farrow (40), warehouse operative, works 6am to 2pm Monday to Friday; Gary Farrow "
                        "(44), not working since May 2025"),
            ("Category", "Neglect (both children)"),
            ("Conferences", "Initial conference 30/10/2025; first review 22/01/2026"),
            ("Chair", "Helen Varley, Conference and Review Team"),
            ("Social worker", "Rob Kendal, Lumbridge Safeguarding Team 3 (team manager: Zoe Hart)"),
        ]),
        ("h1", "Why Mason and Lacey have a plan"),
        ("p", "Gary has had depression since he lost his job in May 2025. His GP prescribed sertraline in June, "
              "and Gary says he takes it \"most days\". He stays in bed until the afternoon on most days and "
              "does not go out. Stacey leaves for work at 5.30am, so Mason (11) has been getting Lacey up, "
              "dressed and to school, often late and without breakfast. At the initial conference the house "
              "had dog mess in the yard and in the back bedroom, the fridge did not work, and Lacey was "
              "sleeping on a mattress on Mason's floor. Both children had head lice and wore the same clothes "
              "for days."),
        ("h1", "What the review found"),
        ("p", "A new fridge freezer was delivered in November and there is now food in it at most visits. The "
              "dog mess has been cleared twice, but came back within a week each time. Lacey still has no bed. "
              "Mason's attendance is 89%, and Lacey's 91%; both are late most mornings. Gary has been up and "
              "dressed at three of Rob's last six visits. Stacey and Gary have let Bev into the house for most "
              "sessions. The conference agreed that Mason and Lacey should stay on a child protection plan for "
              "neglect."),
        ("h1", "What Mason and Lacey told us"),
        ("p", "Mason (seen on his own at school by Rob, 15/01/2026): \"I do Lacey's hair and her breakfast "
              "because Dad's asleep.\" \"I'm late every day and I get detentions for it.\" \"Dad's not lazy, "
              "he's poorly in his head.\" He would like \"Dad to get up and do the mornings, so I can walk with "
              "my mates\"."),
        ("p", "Lacey (at home, 19/01/2026, with her drawing of the house): \"This is me on my mattress. I want "
              "a proper bed with a pink cover.\" \"I'm sad when Daddy stays in bed.\" She gave home a 4 out of "
              "10 and said it would be 10 \"if we had a bed and no dog poo\"."),
        ("h1", "What is going well"),
        ("bullets", [
            "Stacey and Gary came to the review together and agreed with most of the plan.",
            "There is a working fridge with food in it.",
            "Mason and Lacey are close, and both like school.",
        ]),
        ("h1", "What we are still worried about"),
        ("bullets", [
            "Gary's depression means he is not up in the mornings, and Mason is caring for his sister and "
            "for his dad.",
            "The house is still dirty, and Lacey has no bed of her own.",
            "Lacey is sad and withdrawn at school, and Mason is getting detentions for being late.",
        ]),
        ("h1", "The plan"),
        ("table", {
            "header": ["No.", "Action", "Lead", "Timescale", "How we will know", "Update since the ICPC"],
            "rows": [
                ["Outcome 1: Mason and Lacey live in a clean, warm home, and each has their own bed and "
                 "clean clothes", H, H, H, H, H],
                ["1.1", "Weekly home sessions with Stacey and Gary on cleaning, laundry and a weekly routine, "
                        "using the home conditions scale",
                 "Bev Oakes, family support worker, Lumbridge Family Support Team",
                 "Tuesdays at 4.30pm, until 31/03/2026", "Engagement with the sessions",
                 "Sessions held most weeks; carried forward"],
                ["1.2", "Arrange a bed, mattress and bedding for Lacey through the Lumbridge Furniture Project",
                 "-", "By 13/02/2026", "Lacey's bed seen in her room at a home visit",
                 "Not done; new date set at the review"],
                ["1.3", "Clear the dog mess from the yard and the back bedroom, and keep them clear",
                 "Gary Farrow (Dad)", "Every day; checked at every home visit",
                 "Yard and back bedroom clear at every visit, and the home conditions scale at 7/10 or more "
                 "by 31/03/2026 (4/10 now)",
                 "Changed at the review: was \"weekly clean\""],
                ["1.4", "COMPLETED - remove at next review. Refer the family to the Lumbridge Furniture Project "
                        "for a fridge freezer",
                 "Rob Kendal (SW)", "By 14/11/2025", "", "Fridge freezer delivered 20/11/2025"],
                ["Outcome 2: Mason and Lacey are in school every day, on time, clean and fed, and Mason does "
                 "not have to look after his dad or his sister", H, H, H, H, H],
                ["2.1", "Home visits, one in three unannounced, seeing each child on their own and looking at "
                        "their rooms, the kitchen and the yard",
                 "Rob Kendal (SW)", "Every two weeks until the next review",
                 "Visit records on file within 2 working days, with the children's words and the home "
                 "conditions score", "Carried forward"],
                ["2.2", "Get Lacey up, washed and dressed, and walk her to Hollin Bank's breakfast club",
                 "Gary Farrow (Dad)", "Monday to Friday, at Hollin Bank by 8am",
                 "Breakfast club register, sent to Rob each Friday by Mrs Ahmed",
                 "Changed at the review: Mason did this before"],
                ["2.3", "Apply for free school meals for Mason and Lacey", "Stacey Farrow (Mum)",
                 "By 06/02/2026", "", "NEW at the review"],
                ["2.4", "Check Mason's attendance, punctuality, uniform and whether he has eaten, and send Rob "
                        "a summary",
                 "Mr Leon Brady, head of Year 7 and DSL, Lumbridge High School", "Every Friday",
                 "Weekly e-mail to Rob; Mason's attendance at 95% or more with no late marks by the Easter "
                 "holidays", "Carried forward"],
                ["2.5", "Check Lacey at registration for hunger, clean clothes and head lice, and tell Rob the "
                        "same day about anything worrying",
                 "Mrs Nasreen Ahmed, DSL, Hollin Bank Primary School", "Every school day",
                 "Logged on CPOMS, with the log sent to Rob every Friday", "Carried forward"],
                ["2.6", "Young carers assessment for Mason, with a place at the Wednesday group if he wants it",
                 "Jo Pearce, Lumbridge Young Carers Service", "By 27/02/2026",
                 "Assessment letter to Stacey, Gary and Rob; Mason's name on the group register",
                 "NEW at the review"],
                ["Outcome 3: Mason and Lacey can talk about their worries, and feel looked after by their mum "
                 "and dad", H, H, H, H, H],
                ["3.1", "Play therapy for Lacey at Lumbridge Children's Therapies, a block of 12 sessions",
                 "Ellie Grant, play therapist, Lumbridge Children's Therapies", "When Lacey feels ready",
                 "Ellie's end-of-block report to Rob and Stacey, with Lacey's SDQ scores before and after",
                 "Referral accepted 12/12/2025; waiting for Lacey to agree to start"],
                ["3.2", "Four sessions of direct work with Mason about his dad's illness and what he does at "
                        "home",
                 "Rob Kendal (SW)", "Fortnightly, 29/01/2026 to 12/03/2026",
                 "Mason's \"what I do at home\" chart at the first and last sessions, showing at least two "
                 "jobs he no longer does", "NEW at the review"],
                ["3.3", "NO LONGER NEEDED. Refer Mason to the school counsellor",
                 "Mr Leon Brady", "By 30/11/2025", "Counsellor's first session booked",
                 "Closed at the review: Mason chose the young carers group instead"],
                ["3.4", "Go to his GP review about his depression and his medication, and tell Rob what was "
                        "agreed",
                 "Gary Farrow (Dad)", "By 13/02/2026 (appointment on 10/02/2026)",
                 "Appointment text shown to Rob; Gary tells Rob at the next visit what the GP said",
                 "Changed at the review: first appointment missed"],
                ["3.5", "A family activity with both children every weekend, to start with swimming at "
                        "Lumbridge Leisure Centre",
                 "Stacey and Gary Farrow", "Every Saturday or Sunday from 31/01/2026",
                 "Family diary kept on the fridge and seen by Rob at visits; the children tell Rob what they "
                 "did", "NEW at the review"],
            ],
            "widths": [1.1, 7.2, 4.6, 3.8, 5.2, 3.8],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Mason or Lacey is found at home without an adult who is up and able to care for them, or Gary "
            "is too unwell to get out of bed when Stacey is at work, Stacey's sister, Kim Rowe (4 Glebe "
            "Street), has agreed to have the children that day; if Kim cannot, Rob (or the duty social worker) "
            "arranges an emergency foster placement for them together that day.",
            "If Gary talks about ending his life, the adult with him rings 999, the children go to Kim's, and "
            "Rob holds a strategy discussion the same day.",
            "If the home conditions scale is below 5/10 at two visits in a row, or Lacey is still without a bed "
            "on 27/02/2026, Rob will ask Zoe Hart for a legal planning meeting within 10 working days.",
        ]),
        ("h1", "Core groups and the next review"),
        ("bullets", [
            "Core group every four weeks at Hollin Bank Primary School, Thursdays at 3.30pm: 12/02/2026, "
            "12/03/2026, 09/04/2026 and 07/05/2026.",
            "Next review child protection conference: date to be confirmed by the Conference and Review Team.",
        ]),
        ("p", "Plan sent to Stacey, Gary and every agency on 26/01/2026."),
    ],
    "findings": [
        F("M002", "Weekly home sessions with Stacey and Gary on cleaning"),
        F("W001", "Arrange a bed, mattress and bedding for Lacey"),
        F("M001", "Apply for free school meals for Mason and Lacey"),
        F("T002", "Play therapy for Lacey at Lumbridge Children's Therapies"),
        F("F004"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Revision of a pre-birth plan at the first core group after the baby came
#    home: what happened to each pre-birth step (a record), then the plan by
#    stage with a "Since birth" column. Page header and footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b197_larkhollow_postbirth_revision_then_and_now_stage_tables_nowak.pdf",
    "doc_title": "Child Protection Plan revised after the birth - Lena and Oliwia Nowak",
    "split": "heldout",
    "actions": 14,
    "min_pages": 2,
    "header": "OFFICIAL-SENSITIVE · Larkhollow Council Children's Services with the Larkhollow Perinatal Mental Health Team",
    "footer": "Lena and Oliwia Nowak · Plan revised at core group 3 (20/01/2026) · Page {PAGE} of {NUMPAGES}",
    "template": "postbirth-revision-of-prebirth-plan-paged-header-footer-kv-details-lenas-first-two-weeks-summary-lenas-days-and-oliwias-words-worries-going-well-outcomes-then-prebirth-steps-and-what-happened-record-table-then-one-table-per-stage-until-4-weeks-and-to-the-review-no-what-who-when-what-we-will-see-since-birth-column-then-early-warning-signs-contingency-meetings",
    "description": (
        "Exemplary plan for a 15-day-old baby and her 6-year-old sister, as revised at the first core group "
        "after the baby came home. Their mother had a postnatal psychosis after her first child's birth and "
        "stopped her medication early in this pregnancy; a pre-birth plan was made at 35 weeks. The plan "
        "opens with the baby's first two weeks, her observed days and her sister's words, then a record "
        "table of each pre-birth step and what happened to it (done, ended, carried into the new plan), "
        "which holds no actions; the live plan is a table for each stage (until the baby is 4 weeks old, "
        "then to the review conference) with a 'Since birth' column ('NEW since birth', 'Changed: weekly', "
        "'Carried on'). The perinatal mental health team reports on the mother's capacity to sustain change "
        "and its likely timescale; the GP owns a row; the contingency has early warning signs, a mother and "
        "baby unit, a fallback if the father and aunt cannot care, and legal planning after set triggers; "
        "core groups and the review conference are dated."
    ),
    "blocks": [
        ("title", "Child Protection Plan: revised now that Lena is home"),
        ("p", "This plan replaces the pre-birth child protection plan agreed at the pre-birth initial "
              "conference on 03/12/2025. It was revised at core group 3 on 20/01/2026, the first core group "
              "since Lena came home, with Kasia, Tomasz, Ania Nowak, Sophie Kerr (social worker), Agata Lewin "
              "(health visitor), Claire Whitby (perinatal CPN) and Mrs Joanna Hurst (DSL, St Mary's RC "
              "Primary School)."),
        ("kv", [
            ("Children", "Lena Nowak, born 05/01/2026 at Larkhollow General Hospital (15 days old); Oliwia "
                         "Nowak, born 14/02/2019 (6, Year 2, St Mary's RC Primary School)"),
            ("Address", "Flat 3, 8 Millbrook Court, Larkhollow LH4 7WA"),
            ("Parents", "Katarzyna (Kasia) Nowak (29) and Tomasz Nowak (32), delivery driver"),
            ("Aunt", "Ania Nowak (Tomasz's sister), 21 Weir Lane, Larkhollow"),
            ("Category", "Neglect (risk of), both children"),
            ("Social worker", "Sophie Kerr, Larkhollow Children's Safeguarding Team (team manager: David Ince)"),
        ]),
        ("h1", "Lena's first two weeks"),
        ("p", "Lena was born at 39 weeks, weighing 3.28kg, and went home with Kasia and Tomasz on 08/01/2026 "
              "after the discharge planning meeting on 07/01/2026. The midwives visited every day until "
              "15/01/2026. Lena regained her birth weight by day 12. Kasia restarted her antipsychotic "
              "medication on 10/12/2025, at 35 weeks, and has taken it every evening since, with Tomasz "
              "watching. Her sleep has been broken but she has slept for four hours in a row most days "
              "while Ania has Lena. No early warning signs have been seen. Tomasz's employer has given him "
              "local day routes until 30/03/2026, so he is home every night."),
        ("p", "The core group agreed that the pre-birth plan had worked and that the next four weeks, when "
              "Kasia was most unwell after Oliwia's birth, need the most help and the most visits."),
        ("h1", "Lena's days, and what Oliwia says"),
        ("p", "Lena feeds from a bottle every three hours and wakes once or twice in the night. At Agata's "
              "visit on 16/01/2026 she fed well from Kasia, holding her gaze, and settled on Tomasz's chest "
              "afterwards. She startles at loud noises and calms when Kasia sings to her in Polish. She sleeps "
              "on her back in a Moses basket beside her parents' bed."),
        ("p", "Oliwia (with Sophie at school, 14/01/2026): \"Lena is tiny and she smells nice. I'm allowed to "
              "give her the bottle if I sit on the sofa.\" \"When I was a baby Mummy was poorly and went to "
              "the hospital. I don't want that again.\" She would like \"Mummy to take me to school sometimes, "
              "not always Ciocia Ania\"."),
        ("h1", "What we are worried about now"),
        ("bullets", [
            "After Oliwia's birth in 2019, Kasia became very unwell within three weeks, heard voices and "
            "took Oliwia out at night in the cold. The next four weeks are when this is most likely to happen "
            "again.",
            "Broken sleep is Kasia's first early warning sign, and a new baby means broken sleep.",
            "Oliwia remembers her mum being unwell, and worries about it.",
        ]),
        ("h1", "What is going well"),
        ("bullets", [
            "Kasia has taken her medication every day since 10/12/2025 and talks openly with Claire.",
            "Tomasz is home every night and does the 2am feed.",
            "Ania comes twice a week so that Kasia can sleep.",
            "Lena is feeding well and has regained her birth weight.",
        ]),
        ("h1", "What we want for Lena and Oliwia"),
        ("numbers", [
            "Lena is fed, warm, safe when she sleeps, and grows along her centile line.",
            "Lena and Oliwia are always cared for by an adult who is well enough to look after them, day and "
            "night.",
            "Oliwia gets to school every day and knows what to do and who to tell if Mummy seems unwell.",
        ]),
        ("h1", "What the pre-birth plan asked, and what happened"),
        ("p", "For the record only: these were the steps in the pre-birth plan. None of them is an action now; "
              "where the work goes on, it is written again in the plan below."),
        ("table", {
            "header": ["Pre-birth step", "What happened", "Now"],
            "rows": [
                ["Birth plan agreed with the labour ward and the postnatal ward", "Agreed 18/12/2025 and "
                 "followed", "Closed"],
                ["Kasia to restart her medication by 36 weeks", "Restarted 10/12/2025", "Carries on as step 6"],
                ["Discharge planning meeting before Lena leaves hospital", "Held 07/01/2026", "Closed"],
                ["Community midwife to visit daily after discharge", "Every day, 08/01/2026 to 15/01/2026",
                 "Ended; health visitor now visits (step 1)"],
                ["Tomasz to ask his employer for day routes", "Day routes agreed until 30/03/2026",
                 "Carries on as step 4"],
                ["Moses basket, car seat and sterilising kit", "All bought and seen by Sophie on 02/01/2026",
                 "Closed"],
            ],
            "widths": [7.0, 6.0, 4.0],
        }),
        ("h1", "The plan from now"),
        ("p", "The plan has two stages. The \"Since birth\" column says whether a step is new, changed or "
              "carried on from the pre-birth plan."),
        ("h2", "Stage 1: until Lena is 4 weeks old (20/01/2026 to 02/02/2026)"),
        ("table", {
            "header": ["No.", "What will happen", "Who", "When", "What we will see", "Since birth"],
            "rows": [
                ["1", "Visit Lena at home, weigh her, check feeding and how she sleeps, and ask Kasia to fill "
                      "in the EPDS mood questionnaire",
                 "Agata Lewin, health visitor, Larkhollow 0-19 Service", "Tuesdays and Fridays until 02/02/2026",
                 "Weights plotted in the red book; EPDS score and notes e-mailed to Sophie the same day",
                 "NEW since birth"],
                ["2", "Visit Kasia at home, check her medication and her early warning signs, and write to "
                      "Sophie on her mental state, how it affects her care of Lena and Oliwia, her capacity to "
                      "keep up the changes she has made, and how long they are likely to take",
                 "Claire Whitby, CPN, Larkhollow Perinatal Mental Health Team",
                 "Weekly visits until 02/02/2026; letter by 30/01/2026",
                 "Claire's letter on the children's file before core group 4", "Changed: home visits, were "
                 "clinic"],
                ["3", "Visit Lena and Oliwia at home, one visit in three unannounced, seeing Oliwia on her own "
                      "and watching a feed or a bath",
                 "Sophie Kerr (SW)", "Weekly until 02/02/2026",
                 "Visit record within 2 working days, with Oliwia's words and what Lena was doing",
                 "NEW since birth"],
                ["4", "Be at home every night and do the 2am feed, so that Kasia sleeps for at least five "
                      "hours",
                 "Tomasz Nowak (Dad)", "Every night until Lena is 12 weeks old (30/03/2026)",
                 "Feeding chart filled in by Tomasz and Kasia, seen by Agata at each visit",
                 "Changed: day routes now agreed"],
                ["5", "Look after Lena at the flat while Kasia sleeps",
                 "Ania Nowak (aunt)", "Tuesdays and Thursdays, 9am to 3pm, until 02/02/2026",
                 "Ania signs the visitors' sheet on the fridge, which Agata and Sophie check",
                 "NEW since birth"],
                ["6", "Take her medication every evening, and tell Claire or Tomasz the same day if any sign on "
                      "her early warning signs card appears, so that someone else cares for Lena and Oliwia",
                 "Kasia Nowak (Mum)", "Every evening; any sign told the same day",
                 "Tablet count checked by Claire at each visit; Claire's note of any call",
                 "Carried on"],
                ["7", "Check Oliwia in at registration and tell Sophie the same day if she is absent without a "
                      "call, upset or talks about her mum being unwell",
                 "Mrs Joanna Hurst, DSL, St Mary's RC Primary School", "Every school day; summary every Friday",
                 "Friday e-mail to Sophie; any same-day call recorded on Oliwia's file", "Carried on"],
            ],
            "widths": [1.1, 4.8, 3.2, 2.6, 3.3, 2.0],
        }),
        ("h2", "Stage 2: from 4 weeks old to the review conference (03/02/2026 to 03/03/2026)"),
        ("table", {
            "header": ["No.", "What will happen", "Who", "When", "What we will see", "Since birth"],
            "rows": [
                ["8", "Visit Lena at home, weigh her and repeat the EPDS with Kasia",
                 "Agata Lewin, health visitor", "Weekly on Tuesdays, 03/02/2026 to 03/03/2026",
                 "Weights in the red book, on or near her centile line; EPDS scores to Sophie the same day",
                 "Changed: weekly, was twice a week"],
                ["9", "See Kasia in clinic and write to the review conference on her mental health, her risk of "
                      "relapse, whether she can keep making the changes Lena and Oliwia need, and how long that "
                      "is likely to take",
                 "Dr Nadia Qureshi, consultant perinatal psychiatrist, Larkhollow Perinatal Mental Health Team",
                 "Clinic on 17/02/2026; report by 24/02/2026",
                 "Report on file a week before the review conference", "NEW since birth"],
                ["10", "Carry out Lena's 6-8 week check and Kasia's postnatal check, including her mood, and "
                       "write to Sophie",
                 "Dr Owen Price, GP, Larkhollow Road Surgery", "By 02/03/2026, when Lena is 8 weeks old",
                 "Check recorded in the red book; GP letter on the children's file", "NEW since birth"],
                ["11", "Visit Lena and Oliwia at home, one visit in three unannounced, seeing Oliwia on her "
                       "own",
                 "Sophie Kerr (SW)", "Every two weeks until the review conference on 03/03/2026",
                 "Visit record within 2 working days, with Oliwia's words", "Changed: fortnightly, was weekly"],
                ["12", "Three sessions with Oliwia about her new sister and about Mummy being poorly before, "
                       "using a \"my family\" book",
                 "Sophie Kerr (SW)", "05/02/2026, 12/02/2026 and 19/02/2026, at school",
                 "Oliwia's book on file; she can say who she would tell if Mummy seemed unwell",
                 "NEW since birth"],
                ["13", "Walk Oliwia to school with Lena in the pram and collect her at 3.15pm",
                 "Kasia Nowak (Mum)", "Monday, Wednesday and Friday from 04/02/2026",
                 "Mrs Hurst's Friday e-mail shows who brought Oliwia on those days", "NEW since birth"],
                ["14", "Stay at the flat with Lena and Kasia for the afternoon",
                 "Ania Nowak (aunt)", "Thursdays, 12 noon to 5pm, until 03/03/2026",
                 "Visitors' sheet on the fridge, checked by Agata and Sophie", "Changed: once a week"],
            ],
            "widths": [1.1, 4.8, 3.2, 2.6, 3.3, 2.0],
        }),
        ("h1", "Kasia's early warning signs"),
        ("p", "From her care plan with the Perinatal Mental Health Team: sleeping less than three hours in a "
              "night for two nights in a row when Lena is asleep; talking fast or not making sense; saying she "
              "hears voices, or that Lena is not her baby; going out at night; not taking her medication."),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If any early warning sign appears, Tomasz or Ania rings the Perinatal Mental Health Team (or the "
            "crisis team out of hours) that day. Kasia is not left alone with Lena until Claire or the crisis "
            "team has seen her, within 24 hours, and Tomasz stays at home or Ania moves in.",
            "If Kasia needs to go into hospital, Lena goes with her to the Willow Mother and Baby Unit if Dr "
            "Qureshi agrees; if not, Lena and Oliwia stay at home with Tomasz, with Ania.",
            "If neither Tomasz nor Ania can care for the girls when Kasia is unwell, Sophie (or the emergency "
            "duty team, 01632 960 510) places Lena and Oliwia together with emergency foster carers that day.",
            "If Kasia is found alone with Lena while showing warning signs, stops her medication, or Lena's "
            "weight drops by two centile lines, Sophie holds a strategy discussion the same day and asks "
            "David Ince for a legal planning meeting within 5 working days.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every two weeks until the review: 03/02/2026 and 17/02/2026, at the flat, 11am.",
            "Review child protection conference: 03/03/2026 at 10am, Larkhollow Civic Offices.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. Core group plan version 4: a change log, what CG4 decided, then a RAG
#    table whose blue rows are complete; the family is moving to another
#    authority. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b197_lyndale_cg_change_log_rag_table_transfer_barker.md",
    "split": "heldout",
    "actions": 15,
    "template": "core-group-plan-version-4-md-version-line-change-log-table-version-date-by-what-changed-then-details-children-now-cg4-decisions-outcomes-then-rag-key-and-ref-action-owner-timescale-evidence-rag-table-blue-rows-complete-family-moving-authority-then-if-things-get-worse-meetings-transfer-in",
    "description": (
        "Core group plan, version 4 after the fourth core group, for a 12-year-old who has been staying out "
        "late and going missing and her 3-year-old brother whose speech is delayed and whose health "
        "appointments are missed; the family have a council house exchange and move to another authority "
        "at the end of February. A change log (version, date, by, what changed) and the meeting's decisions "
        "come first (a legal planning meeting is booked because progress is not enough), then outcomes, a "
        "RAG key and one table whose RAG column rates each row (blue rows are complete and closed). The "
        "social worker visits until the transfer-in conference and hands over the records by a date. "
        "Faults: the family group conference paused and handed to the new authority until after the "
        "transfer; the dentist row whose timescale says only 'C/F from CG2'; 'All agencies' sharing "
        "worries; the PCSO's evening checks measured by 'Monitored'; and a contingency that only says the "
        "core group will meet and consider next steps if things get worse."
    ),
    "text": """\
# Lyndale Borough Council - Children's Services

## Child protection plan: Tia and Reggie Barker

**Version 4, agreed at core group 4 on 03/02/2026.** This version replaces version 3. Social worker:
Gemma Ward, Lyndale Child Protection and Court Team (team manager: Sunita Rao).

### Change log

| Version | Date | By | What changed |
|---|---|---|---|
| 1 | 04/11/2025 | Initial conference | First plan |
| 2 | 25/11/2025 | Core group 1 | Tia's curfew added; Reggie's speech and language referral added |
| 3 | 06/01/2026 | Core group 3 | Home conditions sessions made weekly; the family group conference added |
| 4 | 03/02/2026 | Core group 4 | Curfew changed to 8pm on school nights; family group conference put on hold for the move; handover to Northwick, joint visit and new school and pre-school places added; two rows marked complete |

### The children and the family

| | |
|---|---|
| Tia Barker | born 08/09/2013 (12), Year 7, Lyndale Park Academy |
| Reggie Barker | born 21/05/2022 (3), Little Oaks Pre-school |
| Leanne Barker | Mum (34) |
| Dean Holt | Reggie's dad and Leanne's partner (36), lives at home |
| Martin Shaw | Tia's dad, lives in Lyndale; sees Tia most Sundays |
| Address | 52 Kestrel Way, Lyndale LY2 6HT; moving to 14 Sedge Lane, Northwick, on 27/02/2026 (council mutual exchange) |
| Category | Neglect (both children) |

### How Tia and Reggie are now

Tia went missing twice in January (found in Lyndale Park at 1am on 10/01/2026, and brought home by the
police at 11.30pm on 24/01/2026), both times with older teenagers from the skatepark. She told Gemma on
29/01/2026: "Everyone's out, why can't I be? Home's boring and Reggie screams." She also said: "I don't
want to move. All my mates are here." Asked what would help, she said "if Mum came and got me instead of
shouting down the phone". She scored home 5 out of 10.

Reggie says about ten words and points for what he wants. At pre-school he plays on his own and covers his
ears at group time. At Gemma's visits he runs to Dean for cuddles and eats his tea quickly. He has now
missed two dental appointments and has three decayed front teeth.

### What core group 4 decided

- The plan stays in place until the transfer-in conference in Northwick.
- Because Reggie has still not seen a dentist and Tia went missing twice in January, Sunita Rao has booked a
  legal planning meeting for 12/02/2026 to decide whether pre-proceedings should start before the move.
- Gemma will keep visiting until the transfer-in conference and will hand over to Northwick in person.

### What we want for Tia and Reggie

1. Tia is home at night, safe, and not with people who could harm or exploit her.
2. Tia is in school every day, in Lyndale and then in Northwick.
3. Reggie's teeth are treated, his speech is assessed and helped, and he goes to pre-school.
4. Tia and Reggie live in a clean home with enough food, with adults who know where they are.

### The plan (version 4)

RAG key: **G** on track; **A** some progress, behind, or changed at CG4; **R** not done; **B** complete
(kept for the record until version 5; not part of the live plan).

| Ref | Action | Owner | Timescale | Evidence | RAG at CG4 |
|---|---|---|---|---|---|
| R1 | Home visits, one in three unannounced, seeing Tia and Reggie on their own | Gemma Ward (SW) | Weekly until the transfer-in conference on 19/03/2026 | Visit notes on the case record within 2 working days, with each child's words | G |
| R2 | Family group conference to agree who in the family can help with Tia's evenings and Reggie's appointments: paused until the case transfers, then to be held by Northwick | Northwick Family Group Conference Service | Within four weeks of the transfer-in conference | FGC family plan shared with the core group | A - on hold for the move |
| R3 | Take Reggie to the dentist for a check-up and treatment of his front teeth | Leanne Barker (Mum) | C/F from CG2 | Dental record card seen by Gemma | R - two appointments missed |
| R4 | Assess Reggie's speech and language at pre-school and send the report with his targets | Amy Cole, speech and language therapist, Lyndale Children's Therapies | By 20/02/2026 (booked for 17/02/2026) | Report with targets sent to Leanne, Little Oaks and Gemma | A - first appointment cancelled |
| R5 | Take Reggie to pre-school and collect him | Leanne Barker (Mum) | Monday to Wednesday, 9am to 12 noon, until 26/02/2026 | Little Oaks register, sent to Gemma every Friday by the manager | G |
| R6 | Make sure Tia is home by 8pm on school nights and 9pm at weekends, and ring the police on 101 and Gemma if she is not home 30 minutes later | Leanne Barker (Mum) | Every night | Leanne's curfew diary, seen by Gemma at each visit; the police missing log | A - changed at CG4: was 9pm every night |
| R7 | Check the Lyndale Park skatepark and the Co-op car park for Tia and the older teenagers she has been found with | PCSO Kyle Barnes, Lyndale Neighbourhood Policing Team | Friday and Saturday evenings, 8pm to 10pm | Monitored | G |
| R8 | Share any worry about Tia or Reggie with Gemma the same day | All agencies | Same day | Logged on each agency's record and on the children's chronology | G |
| R9 | Meet Tia every Monday morning, and send Gemma her attendance and any time she leaves school without permission | Mr Craig Dunn, pastoral lead and DSL, Lyndale Park Academy | Every Monday; attendance every Friday | Friday e-mail to Gemma; Tia's attendance at 95% or more until she leaves | A - 87% this half term |
| R10 | Complete the child exploitation screening tool with Tia and take it to the Lyndale exploitation panel | Gemma Ward (SW) | By 13/02/2026 | Completed tool on the case record; the panel's decision letter | R - new date set |
| R11 | Weekly sessions with Leanne and Dean on home conditions, meals and bedtimes | Lorna Pike, family support worker, Lyndale Family Hub | Weekly until 26/02/2026 | Home conditions checklist score up from 4/10 to 7/10, agreed by Lorna and Gemma | G |
| R12 | Send Northwick the full case file, the chronology and this plan, and hold a handover meeting with the new social worker | Gemma Ward (SW) | By 27/02/2026 | Handover meeting notes; Northwick's receipt for the records | A - new at CG4 |
| R13 | Joint home visit with the Northwick social worker at the new house | Gemma Ward (SW) | By 06/03/2026 | Visit record signed by both social workers | A - new at CG4 |
| R14 | Apply for Tia's Year 7 place at Northwick Grange Academy and agree a start date | Leanne Barker (Mum) | By 20/02/2026 | Offer letter and start date seen by Gemma | A - new at CG4 |
| R15 | Apply for Reggie's funded place at a Northwick pre-school | Leanne Barker (Mum) | By 20/02/2026 | Confirmation letter seen by Gemma | A - new at CG4 |
| R16 | Refer Reggie to Lyndale Children's Therapies for speech and language therapy | Health visitor | By 12/12/2025 | Referral accepted | B - complete 10/12/2025 |
| R17 | Buy a bed and bedding for Tia | Leanne Barker (Mum) | By 30/11/2025 | Bed seen by Gemma | B - complete 27/11/2025 |

### If things get worse

If things get worse for Tia or Reggie, or the family do not work with the plan, the core group will meet
to review the plan and consider next steps. Any agency with further concerns should discuss them with
Gemma.

### Meetings

- Core group 5: 24/02/2026 at 4pm, Lyndale Family Hub (the last in Lyndale).
- Transfer-in child protection conference: 19/03/2026 at 10am, Northwick Civic Centre, held by Northwick
  Borough Council.
- If the move does not go ahead, Lyndale's review child protection conference is booked for 30/04/2026 at
  10am, Lyndale Town Hall, and core groups continue every four weeks from 24/02/2026.

Plan (version 4) sent to Leanne, Dean, Martin and every agency on 05/02/2026.
""",
    "findings": [
        F("X001", "Family group conference to agree who in the family"),
        F("T001", "Take Reggie to the dentist for a check-up"),
        F("W002", "Share any worry about Tia or Reggie with Gemma"),
        F("M002", "Check the Lyndale Park skatepark and the Co-op car park"),
        F("C002"),
    ],
})
