"""Batch 93, module h: seven fictional plans (tuning material), places beginning with "h".

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.

Focus: review conference and core group plans that carry the last plan
forward. Action tables with a "Progress since ICPC" or "Update" column beside
each action, rows marked Completed / Partly met / Not met / New, a RAG column,
a separate "What this means for the child" column, actions renumbered and
grouped by child ("For Jayden", "For Amara", "For both children"), review
conference minutes with decisions and an action log at the end, and measures
held in a "Target" or "Evidence of change" column. One plan is stepped down to
child in need and stays specific. Three .docx, two PDFs of Word plans, one
markdown copy and one plain-text case-record print. Two are exemplary.

Rows of a carried-forward table marked "Completed ... closed" are work already
done and are not counted as actions (convention 1).
"""
from build_batch5 import F, H

PLANS = []


# ---------------------------------------------------------------------------
# 1. RCPC plan, domestic abuse and the father's drinking. Landscape table with
#    Evidence of change, Progress since ICPC and RAG columns. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b93_harbridge_rcpc_progress_rag_table_mcallister.docx",
    "doc_title": "Review Child Protection Plan - Tayla and Reece McAllister",
    "split": "tune",
    "actions": 9,
    "landscape": True,
    "template": "rcpc-carried-forward-table-evidence-of-change-progress-since-icpc-rag-columns-closed-actions-listed-separately",
    "description": (
        "Exemplary first review conference plan for a 10- and a 6-year-old (emotional abuse: domestic "
        "abuse by the father, who drinks heavily and now lives apart). The ICPC plan is carried forward "
        "and renumbered in a landscape table with Evidence of change, Progress since ICPC and RAG "
        "columns; closed actions are listed in the 'what has changed' section. Every row has a named "
        "lead, a date or frequency and observable evidence; the alcohol service assesses and reports; "
        "the grandmother's supervised contact has a fallback; legal planning is named; dates set."
    ),
    "blocks": [
        ("title", "Child Protection Plan – Review Child Protection Conference"),
        ("p", "Harbridge City Council · Children's Social Care · Safeguarding and Family Support (East)"),
        ("kv", [
            ("Children", "Tayla McAllister (DOB 03/02/2015, age 10) and Reece McAllister (DOB 27/08/2018, age 6)"),
            ("Address", "41 Sandpiper Way, Harbridge HB6 2RT"),
            ("Category", "Emotional abuse (both children) – unchanged from the initial conference"),
            ("Initial conference", "14/04/2025"),
            ("This review conference", "07/07/2025, Harbridge Civic Centre"),
            ("Chair", "Helen Varga, Child Protection Chair"),
            ("Social worker / team manager", "Priya Sandhu / Graham Oakes"),
            ("Mother", "Gemma McAllister (33), lives with the children"),
            ("Father", "Craig McAllister (38), at 8 Tern Court since April 2025; non-molestation order "
                       "in force until 22/04/2026"),
        ]),
        ("h1", "1. Conference decision"),
        ("p", "Tayla and Reece remain subject to child protection plans under the category of emotional "
              "abuse. Conference agreed that Gemma has made real progress in keeping the children safe from "
              "Craig's violence. Craig has not yet addressed his drinking, and his time with the children "
              "has only been safe because it is supervised by his mother. The plan below carries forward "
              "the ICPC plan: actions are renumbered, completed actions are closed (section 2) and new "
              "actions are marked New."),
        ("h1", "2. What has changed since the initial conference"),
        ("bullets", [
            "A non-molestation order was granted on 22/04/2025 and Craig has kept to it. There have been no "
            "police call-outs since 21/04/2025.",
            "MARAC heard the case on 06/05/2025; the risk to Gemma is now assessed as medium.",
            "Closed – completed: the sanctuary scheme fitted a door alarm and window locks on 16/05/2025.",
            "Closed – completed: Tayla finished the six-week 'Someone Like Me' group at school on 27/06/2025.",
            "Tayla's attendance has risen from 88% to 97% this term; Reece's is 98%.",
        ]),
        ("h1", "3. What Tayla and Reece have told us"),
        ("p", "Tayla (seen alone at school, 24/06/2025): \"I don't have to listen out for Dad's key any more. "
              "I like seeing him at Nana's because Nana is there. I'd be scared if he came home drunk.\" She "
              "put how safe she feels at home at 8 out of 10; at the initial conference it was 3."),
        ("p", "Reece (seen at home, 30/06/2025) drew his family with \"Daddy at Nana's house\". He said the "
              "best thing is football with Dad on Saturdays and the worst thing is \"when Mummy cries\". "
              "Gemma says he still wets the bed most nights, and he covers his ears if people shout on the "
              "television."),
        ("h1", "4. Outcomes for Tayla and Reece"),
        ("bullets", [
            "Tayla and Reece live at home free from domestic abuse and no longer see or hear violence or "
            "shouting between the adults who care for them.",
            "They see their dad safely: only when he is sober, and supervised until the plan says otherwise.",
            "Tayla can talk about what happened and knows who to call if she feels unsafe; Reece sleeps "
            "better and wets the bed less often.",
        ]),
        ("h1", "5. The child protection plan"),
        ("p", "RAG: Green – on track; Amber – partly met, more needed; Red – not met. The core group judges "
              "progress against the Evidence of change column."),
        ("table", {
            "header": ["No.", "Action", "Lead", "By when", "Evidence of change", "Progress since ICPC", "RAG"],
            "widths": [1.1, 6.0, 3.7, 3.3, 5.1, 5.0, 1.5],
            "rows": [
                ["1", "Visit Tayla and Reece at home, with at least one unannounced visit a month, and see "
                      "each child on their own",
                 "Priya Sandhu, social worker", "Every 2 weeks until 05/01/2026",
                 "Visit records show each child seen alone, what they said and how they presented; "
                 "summary shared at each core group",
                 "Partly met: 5 of 6 visits done; Reece not seen alone on 02/06/2025 as he was unwell",
                 "Amber"],
                ["2", "Weekly one-to-one sessions with Tayla on feelings and keeping safe, following on from "
                      "her group work",
                 "Hannah Lowe, learning mentor, St Wilfrid's Primary",
                 "Weekly from 08/09/2025, 8 sessions ending by 31/10/2025",
                 "Session notes sent to the SW; Tayla's worry scale (0 to 10) recorded at the first and "
                 "last session",
                 "New", "New"],
                ["3", "Attend the Freedom Programme so that Gemma understands the effect of the abuse on "
                      "Tayla and Reece and can help them talk about it",
                 "Gemma McAllister, supported by Sadia Khan (IDVA)",
                 "Weekly on Tuesdays; 12 sessions ending 30/09/2025",
                 "Harbridge Women's Centre register sent to the SW monthly; Gemma and the IDVA update "
                 "the family safety plan at session 12",
                 "Partly met: 5 of 7 sessions attended; 2 missed when Reece was ill", "Amber"],
                ["4", "Complete the Caring Dads programme and use what he learns at contact with the children",
                 "Craig McAllister", "Weekly; 17-week course ending 18/09/2025",
                 "Facilitator's end-of-course report to the SW and core group on attendance, Craig's "
                 "understanding of the harm to the children and his goals for contact",
                 "Partly met: 5 of 6 sessions attended; facilitator says he is \"starting to listen\"",
                 "Amber"],
                ["5", "Assess Craig's drinking, agree a treatment plan with him and report to each core group "
                      "on whether his drinking has reduced and whether contact can safely move on",
                 "Dean Morley, recovery worker, Harbridge Recovery Service (alcohol)",
                 "Assessment by 25/07/2025, then a written update before each core group",
                 "Written report with AUDIT score and the breath test result from every appointment",
                 "Not met: Craig missed two assessment appointments in May; re-referred 30/06/2025",
                 "Red"],
                ["6", "Supervise Craig's contact with Tayla and Reece at her home, and end the contact if "
                      "Craig smells of alcohol",
                 "Maureen McAllister, paternal grandmother", "Every Saturday, 10am to 1pm",
                 "Contact log signed by Maureen after each contact and seen by the SW at each visit; "
                 "the children asked how contact went",
                 "Met: all 11 contacts supervised and logged; both children say they enjoy them", "Green"],
                ["7", "Tell the SW about any police call-out to the family home or involving Craig",
                 "DS Rob Hinds, Harbridge Police Domestic Abuse Safeguarding Unit", "Same day",
                 "Notification on both children's records within 24 hours, with the incident log number",
                 "Met: no call-outs since 21/04/2025", "Green"],
                ["8", "See Reece about his bedwetting and agree a plan with Gemma to help him at night",
                 "Lorna Pike, school nurse, Harbridge 0-19 Service", "First appointment by 19/09/2025",
                 "Continence plan agreed with Gemma; wet-night chart kept by Gemma and seen by the school "
                 "nurse at each review",
                 "New", "New"],
                ["9", "Update the written safety plan with Gemma, Tayla and Reece, including who to call if "
                      "Craig comes to the house",
                 "Priya Sandhu (SW) with Gemma", "By 21/07/2025",
                 "Safety plan signed by Gemma and copied to school; Tayla can explain the plan in her own "
                 "words at the next visit",
                 "New (replaces ICPC action 8, which covered Gemma only)", "New"],
            ],
        }),
        ("h1", "6. Contingency plan"),
        ("p", "If Craig comes to the family home or contacts Gemma in breach of the non-molestation order, "
              "Gemma will call 999 and Harbridge Police will attend. The SW will hold a strategy discussion "
              "with the police the same working day."),
        ("p", "If Craig arrives for contact having drunk alcohol, or Maureen is unable to supervise a "
              "contact, that contact does not go ahead. Maureen will ring the SW (or the out of hours team "
              "on 01632 960 555) the same day, and the SW will arrange supervised contact at Harbridge "
              "Family Centre within 5 working days."),
        ("p", "If Gemma lets Craig back into the home, or if by the review conference on 05/01/2026 Craig has "
              "not completed Caring Dads and the recovery service cannot report a reduction in his drinking, "
              "the SW will request a legal planning meeting (Harbridge legal gateway) within 5 working days."),
        ("h1", "7. Core group and review"),
        ("bullets", [
            "The core group meets every 4 weeks at St Wilfrid's Primary, 3.45pm: 04/08/2025, 01/09/2025, "
            "29/09/2025, 27/10/2025, 24/11/2025 and 15/12/2025.",
            "Next review child protection conference: 05/01/2026, 10am, Harbridge Civic Centre.",
            "The SW sends the updated plan, with the RAG column completed, to every core group member "
            "within 5 working days of each meeting.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Core group plan update, neglect, mother with depression. Actions grouped
#    For Jayden / For Amara / For both children (banner rows), Target and
#    Update columns, one completed-and-closed row (PDF with header/footer)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b93_hollinsby_core_group_update_per_child_banners_okafor.pdf",
    "doc_title": "Core group - updated child protection plan - Okafor children",
    "split": "tune",
    "actions": 10,
    "header": "OFFICIAL-SENSITIVE – Hollinsby Borough Council Children's Services",
    "footer": "Okafor children – core group plan update – page {PAGE} of {NUMPAGES}",
    "template": "core-group-update-table-grouped-by-child-banner-rows-target-and-update-columns-renumbered-j-a-b",
    "description": (
        "Second core group plan for a 12-year-old young carer and a 3-year-old (neglect; the mother's "
        "recurrent depression). Table grouped under merged banner rows For Jayden / For Amara / For both "
        "children, with Target and Update columns and one row completed and closed. Young carers "
        "assessment 'TBC', 'Improvement in Amara's speech' as the target, a passive weighing row with '-' "
        "as owner, a CPN row that only supports with 'mood is better' as the target, an 'Ongoing' family "
        "support row, an 'All professionals' row, a GP review with no target; the contingency trigger is "
        "'mental health gets worse' and the response is to discuss (legal planning is named)."
    ),
    "blocks": [
        ("title", "Core Group Meeting – Updated Child Protection Plan"),
        ("kv", [
            ("Children", "Jayden Okafor (DOB 09/01/2013, age 12) and Amara Okafor (DOB 30/03/2022, age 3)"),
            ("Mother", "Blessing Okafor (31)"),
            ("Amara's father", "Kelvin Asante, lives in Hollinsby and has Amara most Sundays"),
            ("Category", "Neglect (both children)"),
            ("Initial conference", "03/06/2025"),
            ("This meeting", "Core group 2, 08/07/2025, Hollinsby Family Hub"),
            ("Social worker", "Daniel Osei, Children's Safeguarding Team (North)"),
            ("Present", "Blessing Okafor; Daniel Osei (SW); Jenny Morrow (HV); Paul Greaves (Hollinsby Academy); "
                        "Kerry-Ann Lewis (FSW); Sean Flanagan (CPN)"),
        ]),
        ("h1", "Why Jayden and Amara have a plan"),
        ("p", "Blessing has recurrent depression and has been under the Hollinsby Community Mental Health "
              "Team (North) since 2021. In the spring she stopped taking her medication and spent most days "
              "in bed. Jayden was getting Amara up, feeding her and missing school (attendance 79%). Amara's "
              "2-year review was missed, she says few words, and there was little food in the flat."),
        ("h1", "What Jayden and Amara tell us"),
        ("p", "Jayden (seen alone at school, 01/07/2025): \"It's better since Kerry-Ann started coming. I still "
              "do Amara's breakfast most days. I don't mind but I'm tired at school. I want Mum to get better "
              "and I want to go back to football club.\""),
        ("p", "Amara (seen at a nursery taster session, 30/06/2025) played at the water tray for twenty "
              "minutes, said \"more\" and \"bubble\", and ran to Blessing for a cuddle when the session ended. "
              "On two of three home visits she was dressed and had eaten breakfast."),
        ("h1", "How to read the plan"),
        ("p", "Actions from the ICPC plan are renumbered and grouped for Jayden (J), for Amara (A) and for "
              "both children (B). Each banner gives the outcome for that child. The Update column records "
              "progress at this core group: Completed, Partly met, Not met or New."),
        ("table", {
            "header": ["No.", "Action", "Who", "When", "Target", "Update 08/07/2025"],
            "widths": [1.0, 4.4, 3.0, 2.5, 3.3, 2.8],
            "rows": [
                ["For Jayden – outcome: Jayden goes to school every day, is not the one caring for Amara "
                 "and has time for himself.", H, H, H, H, H],
                ["J1", "Visit the family and see Jayden on his own, at home or at school",
                 "Daniel Osei, SW", "Every 2 weeks, at least one visit a month unannounced",
                 "Visit records show Jayden seen alone and what he says about mornings at home",
                 "Partly met – seen alone 3 times; one visit cancelled (SW off sick)"],
                ["J2", "Young carers assessment for Jayden, and a place in the Friday young carers club if "
                       "he wants one",
                 "Hollinsby Young Carers (Chloe Barr)", "TBC",
                 "Assessment report shared with the SW and Jayden; club register",
                 "Not met – referral sent 12/06/2025, no date offered yet"],
                ["J3", "Check Jayden's attendance and lateness daily and ring Blessing by 9.30am if he is "
                       "not in school",
                 "Paul Greaves, Head of Year 7, Hollinsby Academy", "Every school day",
                 "Attendance above 95% each half-term; weekly figures emailed to the SW",
                 "Partly met – 91% since the ICPC (was 79%)"],
                ["For Amara – outcome: Amara is fed, clean and safe every day, has her health checks and is "
                 "helped to talk and play with other children.", H, H, H, H, H],
                ["A1", "Complete Amara's 2-year review, including a speech and language check",
                 "Jenny Morrow, health visitor", "By 25/07/2025",
                 "ASQ-3 and WellComm scores shared with the SW and Blessing; speech and language "
                 "referral made if needed",
                 "Partly met – appointment booked for 22/07/2025"],
                ["A2", "Amara to take up her funded nursery place at Little Acorns Nursery",
                 "Blessing, with Daniel Osei (SW) completing the funding form",
                 "From 01/09/2025, three mornings a week",
                 "Improvement in Amara's speech and social skills", "New"],
                ["A3", "Amara's weight and height to be checked at the child health clinic",
                 "-", "Monthly",
                 "Weight stays on or above the 25th centile, plotted in the red book",
                 "Partly met – weighed 24/06/2025 (25th centile); July check not yet booked"],
                ["For both children – outcome: Jayden and Amara live in a home with food in, where an adult "
                 "gets them up and ready each morning.", H, H, H, H, H],
                ["B1", "Continue to support Blessing with her depression through fortnightly home visits from "
                       "her CPN",
                 "Sean Flanagan, CPN, Hollinsby CMHT (North)", "Fortnightly",
                 "Blessing reports that her mood is better",
                 "Partly met – 2 visits since the ICPC; back on medication since 20/06/2025"],
                ["B2", "Work with Blessing on a morning routine so that Amara is up, dressed and fed without "
                       "Jayden's help",
                 "Kerry-Ann Lewis, family support worker, Hollinsby Family Hub", "Ongoing",
                 "On two unannounced morning visits a month, Amara is dressed and has eaten and Jayden "
                 "has left for school",
                 "Partly met – routine chart on the fridge; Jayden still makes breakfast 3 days in 5"],
                ["B3", "Share any worry about the children's care, food in the home or Blessing's mood with "
                       "the SW",
                 "All professionals", "Same day",
                 "Each worry logged on the children's record with the action taken",
                 "Met – two worries shared by school, both on the day"],
                ["B4", "Book and attend a medication review with her GP", "Blessing Okafor", "By 31/07/2025",
                 "", "New"],
                ["B5", "Referral to Hollinsby Food Bank and help to claim the Household Support Fund",
                 "Daniel Osei, SW", "By 13/06/2025",
                 "Food bank vouchers issued; award letter on file",
                 "Completed 10/06/2025 – closed"],
            ],
        }),
        ("h1", "Contingency"),
        ("p", "If Blessing's mental health gets worse or the plan is not followed, the SW will discuss this "
              "with the CPN and the team manager and consider what else is needed. If there is not enough "
              "progress by the review conference, the SW will ask for a legal planning meeting."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every 4 weeks at Hollinsby Family Hub; next meeting 05/08/2025, 10am.",
            "Review child protection conference: 02/09/2025, 2pm, Hollinsby Town Hall.",
        ]),
        ("p", "Minutes and this updated plan sent to all core group members on 10/07/2025."),
    ],
    "findings": [
        F("T002", "Young carers assessment for Jayden, and a place"),
        F("M002", "Amara to take up her funded nursery place"),
        F("W001", "Amara's weight and height to be checked"),
        F("H001", "Continue to support Blessing with her depression through fortnightly"),
        F("M002", "Continue to support Blessing with her depression through fortnightly"),
        F("T002", "Work with Blessing on a morning routine"),
        F("W002", "Share any worry about the children's care, food in the home"),
        F("M001", "Book and attend a medication review with her GP"),
        F("C002"),
    ],
})


# ---------------------------------------------------------------------------
# 3. RCPC minutes for a baby born at 33 weeks (parental drug use): attendance,
#    reports, discussion, decisions, outcome, contingency, then an action log
#    with a C/F / New status column (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b93_hythorpe_rcpc_minutes_decisions_action_log_brennan.docx",
    "doc_title": "Review Child Protection Conference minutes - Rio Brennan",
    "split": "tune",
    "actions": 11,
    "template": "rcpc-minutes-attendance-reports-discussion-numbered-decisions-then-action-log-table-status-carried-forward-or-new",
    "description": (
        "Minutes of a first review conference for a 7-month-old born at 33 weeks (neglect: the mother "
        "is on a methadone script and used heroin again in June; the father smokes cannabis). Reports, "
        "discussion, numbered decisions, then an action log at the end. The drug service reports at "
        "conference but owns no action (the mother's script row is hers, measured by 'Engagement'); the "
        "minutes never describe Rio's own experience. A 'Family' row, a parenting assessment with no "
        "output, the father's cannabis row 'Ongoing' / 'Improvement', Portage 'ASAP', 'All health "
        "professionals', a passive safe-sleep row with no owner; the grandmother's nights carry the plan "
        "and are also the contingency, with no fallback."
    ),
    "blocks": [
        ("title", "Review Child Protection Conference – Minutes and Plan"),
        ("p", "Hythorpe Metropolitan District Council · Children's Services · Safeguarding Unit"),
        ("kv", [
            ("Child", "Rio Brennan, born 14/11/2024 at 33 weeks (7 months; 5 months corrected age)"),
            ("Address", "Flat 6, Weaver House, Canal Street, Hythorpe HY2 4LP"),
            ("Mother", "Shannon Brennan (24)"),
            ("Father", "Liam Doherty (27), lives at the address"),
            ("Maternal grandmother", "Carol Brennan (52), 14 Mill Lane, Hythorpe"),
            ("Date of conference", "09/07/2025, Hythorpe Civic Offices, Room 4"),
            ("Chair / minutes", "Anil Mehta, Conference Chair / Sue Colley, Minute Taker"),
            ("Social worker", "Marcus Hale, Safeguarding Team 3"),
        ]),
        ("h2", "Present"),
        ("bullets", [
            "Shannon Brennan (mother) and Liam Doherty (father)",
            "Carol Brennan (maternal grandmother), for the first part of the meeting",
            "Marcus Hale, social worker; Rachel Tunney, team manager",
            "Dawn Ryder, health visitor, Hythorpe 0-19 Service",
            "Kerry Walsh, recovery worker, Hythorpe Drug and Alcohol Service (HDAS)",
            "Apologies: Dr Imran Siddiqui, GP, Canal Street Surgery (no report received)",
        ]),
        ("h2", "1. Purpose of the conference"),
        ("p", "To review the child protection plan made at the initial conference on 14/04/2025 under the "
              "category of neglect, and to decide whether Rio still needs a child protection plan."),
        ("h2", "2. Summary of reports"),
        ("p", "Social worker: Shannon and Liam have kept most of the ICPC plan. Carol has stayed at the flat "
              "every Friday and Saturday night since April. On 17/06/2025 the SW found Liam asleep on the "
              "sofa mid-afternoon; he said he had been up in the night. There was a smell of cannabis in the "
              "flat on 3 of 9 visits, and Liam accepts he smokes most evenings."),
        ("p", "HDAS: Shannon is on 40ml of methadone daily, with supervised consumption at Hythorpe Pharmacy. "
              "Her drug screens were negative for heroin in April and May and positive on 10/06/2025. "
              "Shannon said this was a one-off after an argument with Liam. She has attended 7 of 10 key work "
              "appointments."),
        ("p", "Health visitor: Rio's weight has moved from the 9th to the 25th centile for her corrected age "
              "and her immunisations are up to date. On 24/06/2025 the Moses basket was full of washing and "
              "the HV could not establish where Rio sleeps at night. Rio has not yet been seen by a "
              "developmental service."),
        ("h2", "3. Discussion"),
        ("p", "The chair asked what would happen at weekends if Carol were not staying. Shannon said she "
              "could cope. Ms Walsh said one positive screen in three months is not unusual early in "
              "recovery. The HV was worried about unsafe sleeping. Conference agreed that the parents have "
              "made progress, but the heroin use on 10/06/2025, Liam's daily cannabis use and the sleeping "
              "arrangements mean Rio is still likely to suffer significant harm."),
        ("h2", "4. Decisions"),
        ("numbers", [
            "Rio remains subject to a child protection plan under the category of neglect (unanimous).",
            "The ICPC plan is carried forward with the changes in the action log below. ICPC actions 2 and 6 "
            "are closed as completed.",
            "The core group will meet every 4 weeks, first on 23/07/2025.",
            "The next review child protection conference will be held on 08/01/2026.",
        ]),
        ("h2", "5. Outcome for Rio"),
        ("p", "Rio is cared for at all times by a sober adult, sleeps safely in her own cot, keeps gaining "
              "weight and has the health and development checks a baby born early needs."),
        ("h2", "6. Contingency plan"),
        ("p", "If Shannon or Liam are under the influence of drugs or alcohol while caring for Rio, Rio will "
              "go to Carol Brennan at 14 Mill Lane and the SW will hold a strategy discussion with the police "
              "the same day. If Shannon has another drug screen positive for heroin before the next review, "
              "the SW will request a legal planning meeting within 5 working days."),
        ("h2", "7. Action log"),
        ("p", "Status: C/F = carried forward from the ICPC plan (ICPC number in brackets); New = agreed today."),
        ("table", {
            "header": ["No.", "Action", "Owner", "Due", "How we'll know it's done", "Status"],
            "widths": [0.9, 5.0, 2.9, 2.5, 3.9, 1.8],
            "rows": [
                ["1", "Visit Rio at home, with at least two visits a month unannounced; see where she sleeps "
                      "and who is in the flat",
                 "Marcus Hale, SW", "Weekly",
                 "Visit record notes Rio's sleep space, the adults present and any smell of cannabis",
                 "C/F (ICPC 1)"],
                ["2", "Weigh Rio and check her development against her corrected age",
                 "Dawn Ryder, HV", "Every 2 weeks",
                 "Weight plotted in the red book; stays on or above the 25th centile", "C/F (ICPC 3)"],
                ["3", "Stay overnight at the flat so that a sober adult is caring for Rio at night",
                 "Carol Brennan, MGM", "Every Friday and Saturday night",
                 "Carol's overnight diary, seen by the SW each week", "C/F (ICPC 4)"],
                ["4", "Have Rio at her house on the mornings Shannon collects her script and Liam is at work",
                 "Family", "Tuesdays and Thursdays, 9am to 12pm",
                 "Carol's diary shows Rio with her on those mornings", "New"],
                ["5", "Complete a parenting assessment of Shannon and Liam, including their care of Rio at "
                      "night",
                 "Amira Lewis, Hythorpe Family Assessment Service", "By 30/09/2025", "",
                 "C/F (ICPC 5) – started 02/07/2025"],
                ["6", "Keep all methadone in the locked box and any drugs or paraphernalia out of the flat",
                 "Shannon Brennan and Liam Doherty", "From 09/07/2025",
                 "Lock box seen and nothing found on SW and HV visits (recorded each visit)",
                 "C/F (ICPC 7)"],
                ["7", "Liam to cut down and stop his cannabis use", "Liam Doherty", "Ongoing",
                 "Improvement", "C/F (ICPC 8) – not met"],
                ["8", "Refer Rio to the Portage service for a developmental assessment because she was born "
                      "early",
                 "Dawn Ryder, HV", "ASAP",
                 "Referral accepted and the first Portage visit date sent to the SW", "New"],
                ["9", "Tell the SW within 24 hours if Rio misses any health appointment",
                 "All health professionals", "Within 24 hours of a missed appointment",
                 "Each missed appointment logged on Rio's record", "C/F (ICPC 9)"],
                ["10", "Shannon to keep taking her methadone script and go to her key work appointments",
                 "Shannon Brennan", "Weekly", "Engagement with HDAS",
                 "C/F (ICPC 10) – partly met (7 of 10)"],
                ["11", "Safe sleep advice to be repeated and Rio's Moses basket to be checked",
                 "", "At the next HV visit",
                 "Moses basket clear and made up in the parents' room", "New"],
            ],
        }),
        ("p", "Minutes agreed by the chair on 11/07/2025 and sent to all invitees."),
    ],
    "findings": [
        F("W002", "Have Rio at her house on the mornings Shannon collects"),
        F("M001", "Complete a parenting assessment of Shannon and Liam"),
        F("T002", "Liam to cut down and stop his cannabis use"),
        F("M002", "Liam to cut down and stop his cannabis use"),
        F("T002", "Refer Rio to the Portage service for a developmental assessment"),
        F("W002", "Tell the SW within 24 hours if Rio misses"),
        F("M002", "Shannon to keep taking her methadone script and go"),
        F("W001", "Safe sleep advice to be repeated and Rio's Moses basket"),
        F("F003"),
        F("F004"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Step-down to child in need after the second review conference; a
#    markdown copy with a Target column and a Status at step-down column.
#    Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b93_hendleford_cin_step_down_target_column_walsh.md",
    "doc_title": "Child in Need Plan - Maisie and Theo Walsh",
    "split": "tune",
    "actions": 8,
    "template": "child-in-need-step-down-markdown-table-target-what-we-will-see-and-status-at-step-down-columns",
    "description": (
        "Exemplary child in need plan for an 8- and a 13-year-old, stepped down from child protection "
        "(neglect linked to the mother's drinking, now abstinent for five months). Markdown copy with a "
        "table whose Target column says what will be seen and whose Status column records what was "
        "carried forward. Still specific after step-down: named leads, dates or frequencies, observable "
        "targets, the alcohol service reports to each meeting, a contingency naming the father as carer, "
        "foster care as fallback and a legal planning meeting, CIN core group dates and a CIN review date."
    ),
    "text": """\
# Hendleford County Council – Children's Services

## Child in Need Plan (stepped down from a child protection plan)

**Children:** Maisie Walsh (DOB 12/10/2016, age 8) and Theo Walsh (DOB 05/03/2012, age 13)
**Address:** 27 Hollybush Close, Hendleford HF4 9DW
**Mother:** Donna Walsh (41), lives with the children
**Father:** Mark Walsh (44), 9 Fenby Road, Hendleford; sees the children every weekend
**Social worker:** Jordan Fairley, Family Safeguarding Team (South) – stays allocated for the CIN plan
**Plan made at:** second review child protection conference, 01/07/2025 (chair: Ann Redfern)
**Legal basis:** section 17, Children Act 1989, with Donna's agreement

## Why the plan has changed

Maisie and Theo were subject to child protection plans under the category of neglect from 14/01/2025.
Conference on 01/07/2025 agreed that they no longer need child protection plans:

- Donna has not drunk alcohol since 10/02/2025. Every breath test taken by the Hendleford Alcohol
  Recovery Team (HART) since then has been negative.
- The house has been clean, with food in, on all 12 visits since March.
- Maisie's attendance has risen from 84% to 93%; Theo's is 96%.

Conference also agreed that the work is not finished. Donna is early in her recovery and Maisie's
teeth and attendance still need attention, so the family will have a child in need plan for at least
three months. Closed at step-down: ICPC action 6 (weekend checks by the out of hours team), no
longer needed.

## What Maisie and Theo say

Maisie (seen alone at school, 25/06/2025): "Mum picks me up now and she isn't wobbly. I like it when
we make tea together. I still get worried on Fridays because that was when Mum used to drink."

Theo (seen alone at home, 27/06/2025): "I don't have to hide the bottles any more. I want the social
worker to stop coming to school because people ask questions, but I'm OK with them coming home."
He said he gets angry "for no reason" and would like someone to talk to who is not a teacher.

## What we want for Maisie and Theo

1. Maisie and Theo are cared for every day by a sober parent, with food in and a clean home.
2. Maisie goes to school every day and on time, and her broken tooth is treated.
3. Theo no longer feels he has to look after his mum, and has someone to talk to about his anger.

## The plan

| No. | Action | Lead | By when | Target (what we will see) | Status at step-down |
|---|---|---|---|---|---|
| 1 | Visit Maisie and Theo at home and see each of them alone | Jordan Fairley, SW | Every 4 weeks until the CIN review on 14/10/2025 | Visit notes record each child seen alone, the kitchen and bedrooms, and what each child says | Carried forward (was every 2 weeks) |
| 2 | Alcohol key work with Donna, with a breath test at each session; report to each CIN core group on whether she is still abstinent and what could make a relapse more likely | Ravi Chana, recovery worker, HART | Fortnightly sessions; written report before each CIN core group | Breath test results and a written report to the SW before each meeting | Carried forward – met so far |
| 3 | Go to the SMART Recovery group to keep up her abstinence, so that she is there for Maisie and Theo every evening | Donna Walsh | Every Wednesday evening | Attendance sheet signed by the group facilitator, shown to the SW monthly | New |
| 4 | Check Maisie's attendance and punctuality each morning and ring Donna by 9.30am if she is not in school | Mrs Julie Stott, attendance officer, Fenby Primary | Every school day | Attendance at or above 95% each half-term; figure sent to the SW at each half-term | Carried forward – partly met (93%) |
| 5 | Mentoring sessions for Theo on his anger and on the jobs he used to do at home to cover for his mum | Ben Achebe, learning mentor, Hendleford Academy | Weekly, 10 sessions from 08/09/2025 | Session notes to the SW; Theo's own "Me and my family" score at sessions 1 and 10 | New |
| 6 | Help Donna set up a weekly budget and shopping plan so there is always food in for Maisie and Theo | Leah Grant, family support worker, Hendleford Family Centre | Weekly visits until 30/09/2025 | Shopping list and receipts seen each week; food in the cupboards and fridge on SW and FSW visits | Carried forward – partly met |
| 7 | Book and take Maisie to the dentist to repair her broken tooth | Donna Walsh | By 31/08/2025 | Appointment card and treatment letter shown to the SW | Carried forward – not met (appointment missed 19/06/2025) |
| 8 | Tell the SW of any sign at school that Donna has been drinking (smell of alcohol, a missed pick-up, something Maisie says) | Mrs Karen Ellis, DSL, Fenby Primary | Same day | Each concern logged on the children's record with the time it was passed on | Carried forward |

## If things go wrong (contingency)

- If Donna drinks alcohol while caring for Maisie and Theo, or a breath test is positive, the SW will
  visit the same day. The children will stay with their father, Mark Walsh, at 9 Fenby Road, who has
  agreed to this. If Mark cannot have them, the SW will arrange a foster placement that day.
- The team manager will hold a strategy discussion within 1 working day to decide whether to call an
  initial child protection conference.
- If Donna drinks again, or Maisie's attendance falls below 90% in any half-term, the SW will request
  a legal planning meeting (Hendleford legal gateway) within 5 working days.

## CIN meetings and review

- CIN core group (the same agencies as the former core group): every 6 weeks at Fenby Primary,
  3.30pm – 12/08/2025 and 23/09/2025.
- CIN review meeting, in place of a review conference, chaired by the team manager Sam Oduya:
  14/10/2025. It will decide whether the plan can close or needs to continue.

*Agreed by Donna Walsh and Jordan Fairley on 03/07/2025. Copies to Donna, Mark and every agency above.*
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Core group review for a looked-after baby born at 29 weeks, still on the
#    special care baby unit; mother an inpatient with bipolar disorder.
#    RAG / update column (PDF with header/footer)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b93_hawksmere_lac_scbu_core_group_rag_update_patel.pdf",
    "doc_title": "Core group review - child protection plan - Aria Patel",
    "split": "tune",
    "actions": 10,
    "header": "OFFICIAL – SENSITIVE | Hawksmere Borough Council",
    "footer": "Baby Aria Patel – core group plan – page {PAGE} of {NUMPAGES}",
    "template": "core-group-review-lac-baby-in-hospital-five-column-table-evidence-of-change-and-rag-update-column",
    "description": (
        "Core group review of the child protection plan for an 8-week-old born at 29 weeks, "
        "accommodated under section 20 and still on the special care baby unit, whose mother is an "
        "inpatient with bipolar disorder. Table with Evidence of change and a RAG / update column. "
        "The SW visits 'As and when', the mother 'when she is well enough', the father 'as often as he "
        "can': nobody visits at a stated frequency. The perinatal team only treats (measure 'mood is "
        "stable'), though the psychiatrist also reports on capacity; 'Core group' owns discharge "
        "planning; the health assessment has no output; no contingency and no legal step."
    ),
    "blocks": [
        ("title", "Child Protection Plan – Core Group Review"),
        ("kv", [
            ("Child", "Aria Patel, born 12/05/2025 at 29 weeks + 3 days (8 weeks old)"),
            ("Legal status", "Looked after: accommodated under section 20, Children Act 1989, since 03/06/2025"),
            ("Where Aria is", "Special care baby unit (Ward 31), Hawksmere General Hospital"),
            ("Mother", "Reena Patel (26), informal inpatient at The Larches mental health unit since 01/06/2025"),
            ("Father", "Arjun Mistry (28), lives in Hawksmere, works nights; agreed to section 20"),
            ("Category", "Neglect"),
            ("Initial conference", "10/06/2025"),
            ("This meeting", "Core group 2, 08/07/2025, Hawksmere Civic Centre"),
            ("Social worker", "Claire Hollins, Children in Care Team"),
            ("IRO", "Paul Meredith"),
        ]),
        ("h1", "Background"),
        ("p", "Reena has bipolar affective disorder. She stopped her medication early in the pregnancy and "
              "became very unwell after Aria's birth, sleeping little and believing staff meant to harm the "
              "baby. She was admitted to The Larches on 01/06/2025. Arjun says he cannot care for Aria alone "
              "while he works nights, and he agreed to her being accommodated. Aria still needs tube feeds "
              "and some oxygen; the neonatal team expect her to be ready for discharge in late July."),
        ("h1", "Aria's day"),
        ("p", "Nursing staff describe Aria as a baby who settles quickly when held skin to skin and who "
              "startles at the monitor alarms, calming to a soft voice. She takes part of two feeds a day "
              "by bottle. The ward log shows Arjun visiting on six evenings since 01/06/2025 and Reena once, "
              "escorted, on 28/06/2025, when Aria slept on her chest for twenty minutes."),
        ("h1", "Outcomes for Aria"),
        ("bullets", [
            "Aria is ready to leave hospital: feeding by bottle, gaining weight and off oxygen.",
            "Aria goes home from hospital to a safe carer who knows her needs, agreed before she is "
            "discharged.",
            "Aria keeps a close relationship with her mum and dad through regular, safe family time.",
        ]),
        ("h1", "The plan and progress"),
        ("table", {
            "header": ["Action", "Who", "Timescale", "Evidence of change", "RAG / update 08/07/2025"],
            "widths": [4.8, 3.3, 2.6, 3.4, 2.9],
            "rows": [
                ["Visit Aria on the unit and keep in touch with the nursing staff about her progress",
                 "Claire Hollins, SW", "As and when",
                 "Each visit and call to the ward recorded on Aria's file",
                 "AMBER – visited once since the ICPC (20/06/2025)"],
                ["Continue to treat Reena on the ward and support her to spend time with Aria",
                 "Dr Sunita Rao and the Hawksmere Perinatal Mental Health Team", "Weekly ward round",
                 "Reena's mood is stable",
                 "GREEN – Reena back on lithium; first escorted visit 28/06/2025"],
                ["Provide a report on Reena's capacity to care for Aria, the changes needed and how long "
                 "they are likely to take",
                 "Dr Sunita Rao, consultant perinatal psychiatrist", "By 01/08/2025",
                 "Written report to the SW and the core group", "NEW"],
                ["Visit Aria when she is well enough, escorted by ward staff",
                 "Reena Patel", "When she is well enough",
                 "Each visit written in the unit's parent log", "AMBER – one visit"],
                ["Visit Aria on the unit and learn her feeds and cares",
                 "Arjun Mistry", "As often as he can around his night shifts",
                 "Nurses sign off each care skill in the parent competency booklet",
                 "AMBER – six visits; two skills signed off"],
                ["Plan Aria's discharge, including where she will live and who will care for her",
                 "Core group", "By 25/07/2025",
                 "Written discharge plan agreed with the neonatal team and sent to the IRO",
                 "RED – no carer identified yet"],
                ["Complete Aria's initial health assessment as a child in care",
                 "Dr Femi Adeyemi, paediatrician, Hawksmere Children in Care Health Team",
                 "By 18/07/2025", "", "NEW"],
                ["Find a foster carer experienced with premature babies and give their details to Reena "
                 "and Arjun",
                 "Louise Tran, placements officer, Hawksmere Fostering", "By 18/07/2025",
                 "Carer named in writing to the parents, the IRO and the ward", "RED"],
                ["Tell the SW of any change in Aria's health or any worry about a parent's visit",
                 "Sister Joanne Kelly, ward manager, Ward 31", "Same day",
                 "Call logged on Aria's file with date and time", "GREEN"],
                ["Complete a parenting assessment of Arjun as a possible sole carer",
                 "Claire Hollins, SW", "By 29/08/2025",
                 "Assessment report with a recommendation shared with the core group and the IRO", "NEW"],
            ],
        }),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every 4 weeks at Hawksmere Civic Centre; next on 05/08/2025, 2pm.",
            "Aria's first child in care review: 15/07/2025 (IRO Paul Meredith).",
            "Review child protection conference: 02/09/2025, 10am, Hawksmere Town Hall.",
        ]),
    ],
    "findings": [
        F("T002", "Visit Aria on the unit and keep in touch"),
        F("H001", "Continue to treat Reena on the ward and support"),
        F("M002", "Continue to treat Reena on the ward and support"),
        F("T002", "Visit Aria when she is well enough, escorted"),
        F("T002", "Visit Aria on the unit and learn her feeds"),
        F("W002", "Plan Aria's discharge, including where she will live"),
        F("M001", "Complete Aria's initial health assessment as a child in care"),
        F("L001"),
        F("C001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Case-record print of a core group update for a family about to move to
#    another authority: one block per action with What / Who / When / Target /
#    Update lines and a status in brackets (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b93_heathcombe_transfer_out_core_group_record_print_dunn.txt",
    "doc_title": "Core group update - Skye and Ollie Dunn",
    "split": "tune",
    "actions": 10,
    "template": "case-record-print-core-group-update-action-blocks-what-who-when-target-update-status-in-brackets",
    "description": (
        "Plain-text print from a case record of the second core group for a 4-year-old and a 5-month-old "
        "(emotional abuse: domestic abuse), the week before the family moves to another authority. "
        "One block per action with What / Who / When / Target / Update lines. The parenting assessment, "
        "health visiting and the child's direct work are all paused or handed on until the transfer; "
        "the IDVA row is measured by 'Engagement'; 'Family' helps on a moving day 'TBC'; the GP "
        "registration has no date. No outcome for the children anywhere, and the next core group and "
        "conference are left for the receiving authority to arrange."
    ),
    "text": """\
HEATHCOMBE BOROUGH COUNCIL - CHILDREN'S SERVICES
Case record print: Core Group Meeting and Child Protection Plan Update
Printed 14/08/2025 10:42 by N.BROOKS                                     Page 1

Children ............ Skye DUNN, DOB 19/02/2021 (4)
                      Ollie DUNN, DOB 03/03/2025 (5 months)
Mother .............. Kayleigh DUNN (22)
Father (both) ....... Ryan PEARCE (25) - non-molestation order to 30/05/2026
Category ............ Emotional abuse (domestic abuse)
ICPC ................ 17/06/2025
This meeting ........ Core group 2, 12/08/2025, Heathcombe Family Hub
Social worker ....... Natalie BROOKS, Safeguarding Team 2
Transfer ............ Kayleigh and the children move to her sister's house in Calverdale
                      (Calverdale Metropolitan Borough Council) on or about 01/09/2025.
                      Transfer request sent 11/08/2025.

------------------------------------------------------------------------------
1. UPDATE FROM THE FAMILY
------------------------------------------------------------------------------
Kayleigh said she wants a fresh start near her sister Jade. She has not seen Ryan
since the order was made but he drove past the house on 02/08/2025. She finds the
evenings hard with both children on her own.

------------------------------------------------------------------------------
2. WHAT SKYE AND OLLIE ARE TELLING US
------------------------------------------------------------------------------
Skye (seen at nursery, 05/08/2025) said: "I'm going to live at Auntie Jade's and
have a bunk bed." Asked about Daddy she said, "He shouted and Mummy cried. I don't
want shouting." She hid under the table when a door banged in the nursery.
Ollie was seen awake on 3 visits. He smiles and babbles at Kayleigh and feeds well,
but he startled and cried when Skye shouted during the visit on 29/07/2025.

------------------------------------------------------------------------------
3. ACTIONS (carried forward from the ICPC plan, updated at core group 12/08/2025)
------------------------------------------------------------------------------
ACTION 1  [PARTLY MET]
  What:    SW to visit Skye and Ollie at home and see Skye on her own
  Who:     Natalie Brooks (SW)
  When:    Every 2 weeks until the transfer-in conference in Calverdale
  Target:  Visit records show Skye seen alone and Ollie seen awake; copies sent to
           the Calverdale SW
  Update:  3 visits since the ICPC, 1 with Skye seen alone. Kayleigh cancelled
           the visit on 29/07/2025.

ACTION 2  [NOT MET]
  What:    Parenting assessment of Kayleigh to be started by Calverdale once the
           case has transferred
  Who:     Calverdale Children's Services
  When:    After the transfer-in conference
  Target:  Assessment report with recommendations
  Update:  Heathcombe assessment stopped on 30/07/2025 because of the move.

ACTION 3  [PARTLY MET]
  What:    Weekly phone calls with the IDVA to keep Kayleigh's safety plan up to
           date
  Who:     Kayleigh Dunn and Amy Thorne (IDVA, Heathcombe Domestic Abuse Service)
  When:    Weekly
  Target:  Engagement with the IDVA
  Update:  4 of 7 calls answered.

ACTION 4  [NEW]
  What:    Heathcombe HV visits to stop now and health visiting to be picked up by
           the Calverdale 0-19 team after the move
  Who:     Gill Parkes (HV)
  When:    Handover letter by 22/08/2025
  Target:  Handover letter sent; Calverdale HV named
  Update:  Agreed at this meeting.

ACTION 5  [NEW]
  What:    Help Kayleigh and the children move, and look after Skye and Ollie on
           moving day
  Who:     Family
  When:    TBC
  Target:  Kayleigh tells the SW who had the children on the day
  Update:  Agreed at this meeting.

ACTION 6  [NEW]
  What:    Register Skye and Ollie with a GP surgery in Calverdale
  Who:     Kayleigh Dunn
  When:
  Target:  Registration confirmed by the new surgery to the SW
  Update:  Agreed at this meeting.

ACTION 7  [PARTLY MET]
  What:    Apply for a nursery place for Skye in Calverdale
  Who:     Kayleigh Dunn, with Natalie Brooks (SW)
  When:    By 22/08/2025
  Target:  Offer letter from the nursery, copy to the SW
  Update:  Two nurseries contacted; one visit booked.

ACTION 8  [MET]
  What:    Tell the SW the same day if Ryan is seen near the address or contacts
           Kayleigh
  Who:     PC Owen Marsh, Heathcombe Police Domestic Abuse Unit
  When:    Same day
  Target:  Logged on both children's records with the incident number
  Update:  One sighting reported on 02/08/2025, logged the same day.

ACTION 9  [NOT MET]
  What:    Send the full case file and chronology to Calverdale with the transfer
           request
  Who:     Natalie Brooks (SW)
  When:    By 22/08/2025
  Target:  Calverdale confirms in writing that the file has been received
  Update:  Chronology not yet up to date.

ACTION 10  [NEW]
  What:    Pause Skye's direct work sessions at nursery until a Calverdale worker
           is allocated
  Who:     Leanne Cox (FSW), Heathcombe Family Hub
  When:    From 15/08/2025
  Target:  Calverdale worker named in writing
  Update:  Two of six sessions done.

------------------------------------------------------------------------------
4. CONTINGENCY
------------------------------------------------------------------------------
If Ryan comes to the address or contacts Kayleigh, she will call 999 and the police
will attend; the SW will hold a strategy discussion the same day. If Kayleigh lets
Ryan stay at the house, the SW will arrange a foster placement for Skye and Ollie
that day and request a legal planning meeting within 5 working days. Kayleigh will
be offered a refuge place if Ryan finds out where she is living.

------------------------------------------------------------------------------
5. MEETINGS
------------------------------------------------------------------------------
Next core group ......... to be arranged by Calverdale after the transfer
Transfer-in conference .. to be arranged by Calverdale

*** END OF PRINT ***
""",
    "findings": [
        F("X001", "Parenting assessment of Kayleigh to be started by Calverdale"),
        F("M002", "Weekly phone calls with the IDVA to keep"),
        F("X001", "Heathcombe HV visits to stop now and health visiting"),
        F("W002", "Help Kayleigh and the children move, and look after"),
        F("T002", "Help Kayleigh and the children move, and look after"),
        F("T001", "Register Skye and Ollie with a GP surgery in Calverdale"),
        F("X001", "Pause Skye's direct work sessions at nursery until a"),
        F("O001"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 7. RCPC plan, neglect: young carer aged 11, father with depression. Landscape
#    table with a "What this means for the child" column and banner rows For
#    Lily / For Max / For Mum and Dad (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b93_halverton_rcpc_what_it_means_for_child_column_kowalski.docx",
    "doc_title": "Review Child Protection Conference Plan - Lily and Max Kowalski",
    "split": "tune",
    "actions": 9,
    "landscape": True,
    "template": "rcpc-landscape-table-banner-rows-per-child-and-for-parents-evidence-of-change-what-this-means-for-the-child-progress-columns",
    "description": (
        "Review conference plan for an 11-year-old young carer and her 5-year-old brother (neglect; the "
        "father has depression since losing his job and the mother works long shifts). Landscape table "
        "under banner rows For Lily / For Max / For Mum and Dad, with Evidence of change, What this means "
        "for the child and Progress columns. Five of nine actions are about the parents with '-' in the "
        "child column; talking therapies only treat, measured by 'feels better', and its child column "
        "describes only the father; the employment coach is 'Ongoing' / 'Engagement'; the carer's "
        "assessment is 'TBC'; the school attendance row has no evidence."
    ),
    "blocks": [
        ("title", "Review Child Protection Conference Plan"),
        ("p", "Halverton District Council – Children and Young People's Service – Safeguarding Team B"),
        ("kv", [
            ("Children", "Lily Kowalski (DOB 14/09/2013, age 11) and Max Kowalski (DOB 02/02/2020, age 5)"),
            ("Parents", "Agnieszka Kowalski (36) and Tomasz Kowalski (40)"),
            ("Address", "22 Orchard Rise, Halverton HV3 8QA"),
            ("Category", "Neglect (both children)"),
            ("Initial conference / this review", "22/04/2025 / 15/07/2025"),
            ("Chair", "Martin Hewitt, Independent Chair"),
            ("Social worker", "Rebecca Sloane"),
            ("Interpreter", "Polish interpreter (Ewa Lis) for Tomasz"),
        ]),
        ("h1", "Conference decision"),
        ("p", "Lily and Max remain subject to child protection plans under the category of neglect. Lily "
              "still does much of Max's care before and after school while Agnieszka works long shifts at "
              "the distribution centre and Tomasz, who has had depression since losing his job in 2024, "
              "stays in bed for much of the day. Home conditions are better than at the initial conference "
              "and there has been food in the house on every visit since May."),
        ("h1", "What Lily and Max say"),
        ("p", "Lily (seen alone at school, 08/07/2025): \"I do Max's tea and get him to bed when Mum's on "
              "lates. Dad's always tired. I'd like to go to Guides on Wednesdays like Zuzia.\" She gave home "
              "a 5 out of 10 and said it would be a 10 \"if I didn't have to do everything\"."),
        ("p", "Max (seen at home, 10/07/2025) said he likes \"Lily's pasta\" and that \"Daddy sleeps a lot\". "
              "He drew Lily bigger than his mum and dad."),
        ("h1", "Outcomes"),
        ("bullets", [
            "Lily can be a child, not Max's carer: an adult gets Max up, feeds him and puts him to bed.",
            "Max gets to school on time every day, clean and fed, and has his dental and health checks.",
            "Both children live in a warm, clean home with food in.",
        ]),
        ("h1", "The plan"),
        ("p", "Actions carried forward from the ICPC plan and new actions, grouped for Lily, for Max and "
              "for Mum and Dad, with progress recorded since the initial conference."),
        ("table", {
            "header": ["No.", "Action", "Who", "When", "Evidence of change",
                       "What this means for the child", "Progress since ICPC"],
            "widths": [1.0, 5.2, 3.6, 2.8, 4.3, 4.4, 4.4],
            "rows": [
                ["For Lily", H, H, H, H, H, H],
                ["1", "See Lily on her own at home or school and ask her what mornings and evenings are like",
                 "Rebecca Sloane, SW", "Every 2 weeks",
                 "Visit notes record Lily's own words and her list of jobs at home, shared at each core group",
                 "Lily has someone to tell when she is caring for Max too much",
                 "Partly met – seen alone 4 times"],
                ["2", "Offer Lily a place at the Wednesday young carers group",
                 "Halverton Young Carers (Sam Doyle)", "Weekly from 03/09/2025",
                 "Group register sent to the SW each half-term",
                 "Lily has time for herself and friends who understand", "New"],
                ["For Max", H, H, H, H, H, H],
                ["3", "Check Max's attendance every day and tell the SW the same day if he is absent",
                 "Mrs Harpreet Kaur, attendance lead, Orchard Rise Infant School", "Every school day", "",
                 "Max is in school on time and ready to learn", "Partly met – 92% this term"],
                ["4", "Register Max with a dentist and take him for a check-up",
                 "Agnieszka Kowalski", "By 30/09/2025",
                 "Dentist's appointment letter shown to the SW",
                 "Max's teeth are checked and any pain treated", "Not met – no NHS dentist found yet"],
                ["For Mum and Dad", H, H, H, H, H, H],
                ["5", "Book a GP appointment to review his antidepressant medication",
                 "Tomasz Kowalski", "By 31/07/2025",
                 "GP letter confirming the review, shared with the SW with Tomasz's consent", "-",
                 "Not met"],
                ["6", "Weekly CBT sessions with Tomasz for low mood",
                 "Ruth Kemp, therapist, Halverton Talking Therapies", "Weekly, 12 sessions from 21/07/2025",
                 "Tomasz feels better",
                 "Tomasz's mood will be stable and he will sleep better", "New"],
                ["7", "Attend a debt advice appointment and agree a repayment plan",
                 "Agnieszka Kowalski", "By 15/08/2025",
                 "Copy of the repayment plan from Halverton Citizens Advice given to the SW", "-",
                 "Partly met – appointment booked for 06/08/2025"],
                ["8", "Help Tomasz with CV writing and job applications",
                 "Kamil Nowicki, employment coach, Halverton Works", "Ongoing",
                 "Engagement with the employment coach", "-", "New"],
                ["9", "Carer's assessment for Agnieszka, who looks after Tomasz as well as working full-time",
                 "Adult Social Care, Halverton District Council", "TBC",
                 "Assessment outcome letter shared with the SW", "-",
                 "Not met – referral made 30/04/2025"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If Lily or Max are left without an adult at home overnight or before school, or Lily tells "
              "anyone she has been left to look after Max on her own, the SW will visit the same day and the "
              "children will stay with Marta Nowak (maternal aunt, 3 Kiln Lane, Halverton), who has agreed. "
              "If Marta cannot have them, the SW will arrange an emergency foster placement that day."),
        ("p", "If this happens twice, or if Max's attendance is below 90% at the next review, the SW will "
              "request a legal planning meeting within 5 working days."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every 4 weeks at Orchard Rise Infant School: 12/08/2025, 09/09/2025, 07/10/2025, "
            "04/11/2025 and 02/12/2025.",
            "Next review child protection conference: 13/01/2026, 1.30pm, Halverton Council Offices.",
        ]),
    ],
    "findings": [
        F("M001", "Check Max's attendance every day and tell the SW"),
        F("H001", "Weekly CBT sessions with Tomasz for low mood"),
        F("M002", "Weekly CBT sessions with Tomasz for low mood"),
        F("F002", "Tomasz's mood will be stable and he will sleep better"),
        F("T002", "Help Tomasz with CV writing and job applications"),
        F("M002", "Help Tomasz with CV writing and job applications"),
        F("T002", "Carer's assessment for Agnieszka, who looks after Tomasz"),
        F("F001"),
    ],
})
