"""Batch 181, module h: seven fictional plans (held-out material), places beginning with "h".

Everything here is made up: children, families, professionals, services,
schools, hospitals, police forces and councils. Labels were written by hand
from docs/rules.md and the conventions in sample_plans/README.md (conventions
1 to 13), without running planlint, importing it or reading its code.

Focus: the plan inside a longer document. Each file is a whole document of
the kind real practice produces (a conference record, a review record, a
core group record, a Signs of Safety mapping, a case-system print, pre-birth
minutes), in a template of its own, and most of its text is not the plan:
attendance tables (name, role, agency, present or apologies), contacts
tables (worker, agency, phone, e-mail), a who's-who with a genogram key,
lists of reports considered and of the services the family already has,
past-tense chronologies and history tables, the last plan's actions with
their RAG status, PEth and urine toxicology grids, school attendance by
term, a log of missing episodes with return home interviews, risk analysis
tables and scaling by each person, a three-column summary whose third column
says what must be different (and says that it is not the plan), agency
updates, the children's words, conference decisions, and signature tables
or "Agreed by" lines. None of these is an action or counted as one. The plan
itself sits under one unmistakable heading in each ("Child protection plan",
"The plan from 12/02/2026", "The updated plan", "Our safety plan: next
steps", "SECTION H TASKS", "8. The plan", "The plan from 10/02/2026"), as a
table, a numbered list with Who / When / How we'll know lines, TASK blocks
or numbered paragraphs. Most actions are well written; the four faulty
plans hold a few realistic faults.

1. a record of an initial conference for a 5-year-old and a 20-month-old
   (the father's drinking and violence; the grandmother supervising
   contact): details, attendance table, documents considered, chronology
   table, the children's words, risk analysis and scaling tables, decision,
   outcomes, then the plan table "No. / What will happen / Who / When / How
   we will know", contingency, meetings and a signatures table (docx,
   exemplary);
2. a record of a review conference for a 10-year-old and a 7-year-old
   (neglect; the mother's depression and drinking; the aunt helping):
   details, attendance and contacts tables, the initial plan's actions with
   RAG status, PEth results, school attendance by term, the children's
   words, decision and outcomes, then the plan table "Ref / What needs to
   happen / Lead / By when / How we will know", with a page header and
   footer (pdf): faults are the CPN's weekly appointments that only support
   the mother (measured by attendance), the aunt's teas and sleepovers "As
   and when needed", the family support worker's sessions measured by
   "Improvement in home conditions", a free school meals and uniform grant
   row with "-" for when, "All professionals" sharing worries, and no legal
   planning anywhere (H001, T002, M002, T001, W002, R002);
3. a record of a second core group for a 9-year-old and a 3-year-old (the
   mother's bipolar disorder; a 3-year-old left alone at night): who came,
   a who's-who with a genogram key, the services the family already has,
   agency updates, Ayaan's words and Sana's day, outcomes, then the updated
   plan as fourteen numbered items each with a Who / When / How we'll know
   line, early warning signs, contingency and meetings (md, exemplary);
4. a Signs of Safety mapping written up after an initial conference for an
   8-year-old and a 4-year-old (the mother's partner slapped the boy): who
   was at the mapping, a three-column summary whose third column is marked
   as a summary and not the plan, danger statements, safety goals, scaling,
   the children's Three Houses, the decision, then the "Our safety plan:
   next steps" table (md): faults are the mother's group measured by her
   "engagement", "Family network" keeping the partner away at gatherings,
   the police sharing the investigation's outcome "As and when available",
   a mental health support team referral with "-" for how we'll know, no
   fallback if the grandmother or uncle cannot help, and a review
   conference "to be arranged" (M002, W002, T002, M001, C003, R001);
5. a case-system print of an initial conference outcome for a 9-month-old
   (the mother's heroin use on a methadone script): decisions, attendance,
   a contacts table, a toxicology grid, a chronology, the baby's day and
   outcomes, then fourteen TASK blocks (txt): faults are the mother's script
   appointments measured by "Engagement with the service", a passive
   nursery referral with "-" for who, a hair strand test "TBC", a baby group
   with "-" for when, the drug use recorded with no adult service owning
   any task, a contingency that only says the core group will meet to
   review "if there are further concerns", and no legal planning (M002,
   W001, T002, T001, F004, C002, R002);
6. minutes of a pre-birth initial conference (a 19-year-old care leaver; the
   father's past violence and cannabis use; a move to another authority
   planned): attendance table, agency reports, a history table, the
   parents' views, the baby's world, worries, strengths and decision,
   outcomes, then the plan as typed numbered paragraphs 8.1 to 8.13,
   contingency, meetings and a signatures table (docx): faults are the
   mother's antenatal group "when she feels ready", the personal adviser's
   grant and budget help with no check, the parenting assessment paused and
   handed to the new authority if the family moves, "Professionals" sharing
   information, and an outcome about the mother only (T002, M001, X001,
   W002, F002);
7. a record of a review conference for a 14-year-old at risk of criminal
   exploitation: details, attendance and contacts tables, a log of missing
   episodes, a risk analysis and scaling now and at the initial conference,
   Jordan's words, the decision and outcomes, then the plan table "No. /
   What will happen / Lead / When / How we will know", contingency,
   meetings and "Agreed by" lines; landscape, page header and footer (pdf,
   exemplary).

Three plans (1, 3 and 7) are exemplary: every action has a named owner, a
real timescale and something that can be seen, counted or read; every
outcome is about the child; each contingency has specific triggers and
protective responses and says what happens if a relative's help fails; each
records the children's words or observed lived experience, core group
dates and a dated review conference, and legal planning after named
triggers; adult services (the recovery service and the GP in plan 1, the
community mental health team, the psychiatrist and the GP in plan 3) own
actions where a parent drinks or is ill, and the mental health service in
plan 3 is asked for its view of the mother's capacity to change and the
likely timescale. 24 findings are expected in all (0 + 6 + 0 + 6 + 7 + 5 + 0).

Counting convention used for "actions" (README convention 1): each row of
a plan table, each numbered item of a plan list (with its Who / When / How
we'll know line), each TASK block and each numbered paragraph of "The plan"
counts once, whatever number of sentences it holds. Nothing outside the
plan's own section counts: not the attendance, contacts, who's-who or
genogram tables, the documents considered or services lists, chronologies,
history tables and missing logs, the last plan's RAG table, test result
and attendance grids, risk analyses, three-column summaries and scaling,
agency updates, the children's words, decisions, outcomes, early warning
signs, the contingency, meeting dates, or signatures and "Agreed by" lines.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. Record of an initial conference (emotional abuse: the father's drinking
#    and violence): attendance table, documents considered, a chronology
#    table, a risk analysis table and a scaling table by each person, the
#    decision, then the plan as a five-column table, then the contingency,
#    meetings and a signatures table. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b181_haddonsby_icpc_record_attendance_chronology_risk_grid_then_plan_table_okafor.docx",
    "doc_title": "Record of Initial Child Protection Conference - Tobi and Zara Okafor",
    "split": "heldout",
    "actions": 16,
    "template": "icpc-record-docx-conference-details-kv-attendance-table-name-role-agency-attendance-documents-considered-bullets-chronology-table-date-event-source-childrens-experience-risk-analysis-two-column-table-danger-complicating-strengths-scaling-table-by-person-decision-bullets-outcomes-then-no-what-will-happen-who-when-how-we-will-know-plan-table-then-contingency-meetings-signatures-table",
    "description": (
        "Exemplary record of an initial conference for a 5-year-old and a 20-month-old living with their "
        "father's drinking and violence to their mother (a glass thrown that cut her hand while the "
        "5-year-old watched); the father now stays with his brother and sees the children at their "
        "maternal grandmother's, who supervises. Most of the document is not the plan: conference "
        "details, an attendance table (name, role, agency, present or apologies), a list of the reports "
        "considered, a past-tense chronology table, the children's words and observed experience, a risk "
        "analysis table (danger statement, complicating factors, strengths) and a scaling table by each "
        "person, the conference's decision, and a signatures table. The plan is one clearly headed "
        "five-column table (No. / What will happen / Who / When / How we will know), every row with a "
        "named owner, a real time and an observable check. The recovery service reports on change, the "
        "GP owns an action, the grandmother's supervision has a fallback, legal planning follows named "
        "triggers, and core group and review dates are set."
    ),
    "blocks": [
        ("title", "Record of Initial Child Protection Conference"),
        ("p", "Haddonsby Borough Council, Children's Social Care: Safeguarding and Quality Assurance Unit"),
        ("h1", "1. Conference details"),
        ("kv", [
            ("Children", "Tobi Okafor, born 03/03/2020 (5), Year 1, Moorside Primary School; Zara Okafor, born "
                         "11/06/2024 (20 months), at home"),
            ("Address", "14 Fernlea Road, Haddonsby HD4 2RT, with their mother, Chantelle Reid (27)"),
            ("Father", "Daniel Okafor (31), staying with his brother, Emeka Okafor, at 22 Calder Street, "
                       "Haddonsby, since 17/01/2026"),
            ("Maternal grandmother", "Lorraine Reid (52), 3 Ash Walk, Haddonsby (five minutes' walk away)"),
            ("Conference", "Initial child protection conference, 09/02/2026, 10am, Haddonsby Civic Centre, Room 3"),
            ("Chair", "Judith Amos, independent reviewing officer"),
            ("Social worker", "Hannah Brierley, Safeguarding Team East (team manager: Kamran Iqbal)"),
        ]),
        ("h1", "2. Attendance"),
        ("table", {
            "header": ["Name", "Role", "Agency", "Attendance"],
            "widths": [3.6, 4.2, 5.6, 3.6],
            "rows": [
                ["Judith Amos", "Chair (IRO)", "Haddonsby Safeguarding and Quality Assurance Unit", "Present"],
                ["Chantelle Reid", "Mother", "-", "Present"],
                ["Daniel Okafor", "Father", "-", "Present until the decision"],
                ["Lorraine Reid", "Maternal grandmother", "-", "Present, supporting Chantelle"],
                ["Hannah Brierley", "Social worker", "Haddonsby Children's Social Care", "Present, report sent"],
                ["Kamran Iqbal", "Team manager", "Haddonsby Children's Social Care", "Present"],
                ["Siobhan Kerr", "Health visitor", "Haddonsby 0-19 Service", "Present, report sent"],
                ["Gareth Lomas", "Designated safeguarding lead", "Moorside Primary School", "Present, report sent"],
                ["PC Rachel Dunne", "Domestic abuse officer", "Haddonsby Police Domestic Abuse Safeguarding Unit",
                 "Present, report sent"],
                ["Fatima Begum", "IDVA", "Haddonsby Women's Aid", "Present"],
                ["Craig Holroyd", "Recovery worker", "Haddonsby Recovery Service", "Apologies, letter sent"],
                ["Dr Susan Marsh", "GP", "Eastgate Medical Centre", "Apologies, report sent"],
                ["Paula Grey", "Minute taker", "Business support", "Present"],
            ],
        }),
        ("h1", "3. Reports and documents considered"),
        ("bullets", [
            "Social worker's report to conference, 02/02/2026, shared with Chantelle and Daniel on 04/02/2026.",
            "Police report: three domestic abuse incidents at 14 Fernlea Road since August 2024, with the DASH "
            "risk assessment from 17/01/2026 (medium risk).",
            "Health visitor's report, 30/01/2026, with Zara's growth chart.",
            "Moorside Primary School's report, 29/01/2026, with Tobi's CPOMS entries since September.",
            "Letter from Haddonsby Recovery Service, 04/02/2026, confirming Daniel's self-referral.",
            "GP report on Daniel and on both children, 03/02/2026.",
            "Record of the strategy discussion, 19/01/2026.",
        ]),
        ("h1", "4. Chronology of significant events"),
        ("table", {
            "header": ["Date", "What happened", "Source"],
            "widths": [2.6, 11.0, 3.4],
            "rows": [
                ["12/08/2024", "Chantelle rang the police after Daniel, who had been drinking, punched the kitchen "
                               "door. No arrest; DASH standard risk.", "Police"],
                ["26/12/2024", "A neighbour reported shouting. Officers found Daniel drunk; he left for the night "
                               "at their request.", "Police"],
                ["05/06/2025", "The health visitor saw a bruise on Chantelle's arm at Zara's 1-year review. "
                               "Chantelle said she had fallen.", "0-19 Service"],
                ["10/11/2025", "Tobi told his teacher \"Daddy broke the telly\". The school logged it on CPOMS "
                               "and told Chantelle.", "Moorside Primary"],
                ["17/01/2026", "Daniel, drunk, threw a glass that cut Chantelle's hand. Tobi watched from the "
                               "stairs; Zara was in her cot. Daniel was arrested, released under investigation, "
                               "and went to stay with Emeka.", "Police"],
                ["19/01/2026", "Strategy discussion. Section 47 enquiries agreed.", "Children's Social Care"],
                ["21/01/2026", "Tobi was seen on his own at school by Hannah and PC Dunne.",
                 "Children's Social Care"],
                ["28/01/2026", "Daniel referred himself to Haddonsby Recovery Service. He was offered an "
                               "assessment on 18/02/2026.", "Recovery Service"],
            ],
        }),
        ("h1", "5. Tobi and Zara: what they say and what we see"),
        ("p", "Tobi (seen on his own at school on 21/01/2026 and at home on 04/02/2026): \"When Daddy drinks the "
              "smelly beer he gets shouty.\" \"I hid on the stairs and Mummy's hand had blood on it.\" \"I want "
              "Daddy to come to my football but not to shout.\" He scored feeling safe at home 5 out of 10. His "
              "teacher, Miss Abbie Stone, says he has been quiet since January, jumps at loud noises, and wet "
              "himself in class twice in the week after 17/01/2026."),
        ("p", "Zara (seen at home on 04/02/2026): Zara toddled to Chantelle as soon as Hannah came in, and "
              "babbled \"Mama\" and \"Toto\" (Tobi). When a door slammed in the wind she flinched and cried until "
              "Chantelle picked her up. Chantelle says she has woken crying most nights since January. Her "
              "weight is on the 50th centile."),
        ("h1", "6. Risk analysis"),
        ("table", {
            "widths": [4.0, 13.0],
            "bold_first_col": True,
            "rows": [
                ["Danger statement", "Everyone at the conference is worried that when Daniel drinks he becomes "
                                     "angry and violent towards Chantelle, and that Tobi and Zara will be hurt: "
                                     "caught up in it, as they nearly were on 17/01/2026, or harmed by living "
                                     "with fear, which already shows in Tobi wetting himself at school and Zara "
                                     "waking in the night."],
                ["Complicating factors", "Daniel says he drinks only at weekends, which the police records do not "
                                         "support. Chantelle did not report the incidents in 2025, and says she "
                                         "would like Daniel home by the summer. Daniel has not yet done any work "
                                         "on his drinking or his violence."],
                ["Strengths and safety", "Chantelle rang the police herself in 2024. Lorraine lives five minutes "
                                         "away and has supervised Daniel's time with the children since "
                                         "18/01/2026. Daniel referred himself for help with his drinking. Tobi "
                                         "likes school and trusts Miss Stone. Zara is healthy and growing well."],
            ],
        }),
        ("p", "Scaling: 0 means Tobi and Zara will be hurt again if nothing changes; 10 means everyone is "
              "confident they are safe enough for the plan to end."),
        ("table", {
            "header": ["Name", "Role", "Score", "Why"],
            "widths": [3.6, 3.8, 1.6, 8.0],
            "rows": [
                ["Hannah Brierley", "Social worker", "3", "The violence is recent and Daniel's drinking is untreated."],
                ["Siobhan Kerr", "Health visitor", "4", "Zara is thriving, but her sleep has changed since January."],
                ["Gareth Lomas", "DSL", "4", "Tobi is safe at school but shows us he is frightened."],
                ["PC Rachel Dunne", "Police", "3", "Three incidents in 18 months, each worse than the last."],
                ["Fatima Begum", "IDVA", "4", "Chantelle is starting to talk about what has happened."],
                ["Chantelle Reid", "Mother", "7", "Daniel is not living here and the children are safe with me."],
                ["Lorraine Reid", "Grandmother", "6", "I am nearby and I will not let anything happen to them."],
                ["Daniel Okafor", "Father", "8", "I have stopped drinking and I would never hurt the kids."],
            ],
        }),
        ("h1", "7. Decision of the conference"),
        ("bullets", [
            "Tobi and Zara are to be subject to child protection plans under the category of emotional abuse.",
            "The chair's reasons: three incidents of violence in 18 months, each worse than the last, and "
            "Tobi's and Zara's distress since 17/01/2026.",
            "Chantelle and Lorraine agreed with the decision. Daniel had left the meeting; Hannah told him of it "
            "by phone that afternoon.",
        ]),
        ("h1", "8. What needs to be different for Tobi and Zara"),
        ("numbers", [
            "Tobi and Zara live in a home with no violence, shouting or drunkenness, and are not frightened "
            "there.",
            "Tobi and Zara see their dad only when he is sober and another adult is with them, until the "
            "conference agrees it is safe for that to change.",
            "Tobi can talk about what happened and how he feels, is dry at school, and goes to school every day.",
            "Zara sleeps through most nights, and her development is on track at her 2-year review.",
        ]),
        ("h1", "9. Child protection plan"),
        ("p", "This table is the plan agreed at the conference. Each row says what will happen, who will do it, "
              "when, and how we will know it has happened."),
        ("table", {
            "header": ["No.", "What will happen", "Who", "When", "How we will know"],
            "widths": [1.0, 5.6, 3.2, 3.2, 4.0],
            "rows": [
                ["1", "Visit Tobi and Zara at home, one visit in three unannounced, and see Tobi on his own at "
                      "least once a fortnight",
                 "Hannah Brierley, social worker",
                 "Every week until the review conference on 05/05/2026",
                 "Visit records on the file within 48 hours, with Tobi's own words and what Zara was doing"],
                ["2", "Complete the single assessment, including Chantelle's capacity to protect and the risk "
                      "Daniel poses when he drinks",
                 "Hannah Brierley, social worker",
                 "By 20/03/2026",
                 "Assessment report with a recommendation, shared with Chantelle, Daniel and the core group by "
                 "20/03/2026"],
                ["3", "Stay away from 14 Fernlea Road and see Tobi and Zara only at the supervised time at "
                      "Lorraine's house",
                 "Daniel Okafor",
                 "Every day from 09/02/2026 until the review conference",
                 "No police call-out to the house; Lorraine's contact record; what Tobi and Chantelle tell "
                 "Hannah at each visit"],
                ["4", "Supervise Daniel's time with Tobi and Zara at her house, staying in the room throughout, "
                      "and end the visit if Daniel has been drinking",
                 "Lorraine Reid, maternal grandmother",
                 "Every Saturday, 10am to 12 noon",
                 "Contact record filled in after each visit and read by Hannah at her next visit; Hannah "
                 "watches one visit a month"],
                ["5", "Assess Daniel's drinking, then weekly key work with a breath test at every session, and a "
                      "written view before each core group on whether he has cut down and can keep it up",
                 "Craig Holroyd, recovery worker, Haddonsby Recovery Service",
                 "Assessment on 18/02/2026; weekly sessions after it",
                 "Breath test readings and AUDIT score in Craig's written report, on Hannah's file two working "
                 "days before each core group"],
                ["6", "Go to the Recovery Service assessment and to every weekly key-work session",
                 "Daniel Okafor",
                 "18/02/2026, then every week",
                 "Attendance record e-mailed to Hannah by the Recovery Service at the end of each month"],
                ["7", "See Daniel about his drinking, repeat his liver blood tests, and write to Hannah about the "
                      "results and how his health affects his time with the children",
                 "Dr Susan Marsh, GP, Eastgate Medical Centre",
                 "By 13/03/2026",
                 "GP letter with the blood test results on the children's file by 13/03/2026"],
                ["8", "Go to the assessment for the Changing Tracks domestic abuse programme and, if offered a "
                      "place, to every Tuesday session",
                 "Daniel Okafor",
                 "Assessment by 06/03/2026; then weekly",
                 "Assessment letter to Hannah by 06/03/2026; attendance register sent to Hannah each month"],
                ["9", "Safety planning sessions with Chantelle, including what to do if Daniel comes to the house",
                 "Fatima Begum, IDVA, Haddonsby Women's Aid",
                 "Every two weeks until 30/04/2026",
                 "Signed safety plan on Hannah's file by 23/02/2026; Fatima's session notes sent to Hannah after "
                 "each session"],
                ["10", "Put a warning marker on 14 Fernlea Road and tell Hannah of any call-out or sighting of "
                       "Daniel near the house",
                 "PC Rachel Dunne, Domestic Abuse Safeguarding Unit",
                 "Marker by 11/02/2026; any call-out within 24 hours",
                 "Confirmation e-mail on file by 11/02/2026; every call-out on the chronology within 24 hours"],
                ["11", "Check in with Tobi each morning using his feelings chart, and write any worry on CPOMS",
                 "Miss Abbie Stone, Tobi's class teacher, with Gareth Lomas (DSL)",
                 "Every school day until the review conference",
                 "Tobi's feelings chart and a CPOMS summary e-mailed to Hannah every Friday"],
                ["12", "Six one-to-one sessions at school with Tobi on feelings, safe people and what happened at "
                       "home",
                 "Jade Whittle, children's worker, Haddonsby Women's Aid",
                 "Weekly, 02/03/2026 to 06/04/2026",
                 "Tobi's \"safe hand\" drawing of his five safe people; Jade's end-of-work report to Hannah by "
                 "17/04/2026"],
                ["13", "Zara's developmental review with Chantelle, and a visit every four weeks after it to "
                       "talk about Zara's sleep",
                 "Siobhan Kerr, health visitor",
                 "Review by 06/03/2026; visits every four weeks until 05/05/2026",
                 "ASQ-3 scores in the red book and shared with the core group; Chantelle's sleep diary read at "
                 "each visit, with the number of nights Zara woke"],
                ["14", "Eight sessions with Chantelle at home on a calm bedtime routine and on how to talk to Tobi "
                       "about what happened",
                 "Marcia Bell, family support worker, Haddonsby Family Hub",
                 "Weekly from 16/02/2026, all eight by 06/04/2026",
                 "Bedtime chart agreed at the first session; Tobi and Zara in bed by 7.30pm on Marcia's two "
                 "evening visits, written in her notes"],
                ["15", "Take Tobi to school so he is in the playground by 8.45am",
                 "Chantelle Reid",
                 "Every school day",
                 "Moorside Primary's register shows at least 96% attendance; the school office e-mails it to "
                 "Hannah every Friday"],
                ["16", "Hold a family network meeting with Chantelle, Lorraine, Daniel and Emeka to agree a second "
                       "adult who can supervise Daniel's time with the children",
                 "Hannah Brierley, social worker",
                 "By 27/02/2026",
                 "Written family network plan on file by 27/02/2026, naming the second adult and the days they "
                 "can do"],
            ],
        }),
        ("h1", "10. If things go wrong"),
        ("bullets", [
            "If Daniel comes to 14 Fernlea Road, or contacts Chantelle or the children outside the Saturday "
            "visit: Chantelle rings 999, and the police respond as a priority because of the marker. Hannah, or "
            "the Emergency Duty Team out of hours, holds a strategy discussion with the police the same day, "
            "and Saturday visits stop until it has met.",
            "If Lorraine cannot supervise (she is ill or away, or feels she cannot carry on), or Daniel arrives "
            "at her house having been drinking: Lorraine ends or cancels the visit and rings Hannah that day. "
            "The second adult agreed at the family network meeting supervises instead; until that adult is "
            "agreed, or if they cannot, visits stop and Hannah arranges supervised contact at Haddonsby Contact "
            "Centre within ten working days.",
            "If there is any further violence, or Chantelle lets Daniel back into the house before the "
            "conference agrees it, Hannah will ask Kamran Iqbal for a legal planning meeting within five "
            "working days to decide whether to start the Public Law Outline.",
            "If Craig's written view before the core group on 16/04/2026 is that Daniel has not cut down his "
            "drinking, Hannah will ask for a legal planning meeting before the review conference.",
        ]),
        ("h1", "11. Core group and review"),
        ("bullets", [
            "Core group every four weeks, Thursdays at 1.30pm at Haddonsby Family Hub: 19/02/2026, 19/03/2026 "
            "and 16/04/2026.",
            "Review child protection conference: 05/05/2026 at 10am, Haddonsby Civic Centre.",
        ]),
        ("h1", "12. Signatures"),
        ("p", "By signing, parents confirm that the plan has been explained to them and that they have a copy."),
        ("table", {
            "header": ["Name", "Role", "Signed", "Date"],
            "widths": [4.5, 4.5, 4.5, 3.5],
            "rows": [
                ["Chantelle Reid", "Mother", "C. Reid", "09/02/2026"],
                ["Daniel Okafor", "Father", "D. Okafor", "10/02/2026"],
                ["Judith Amos", "Chair (IRO)", "J. Amos", "09/02/2026"],
            ],
        }),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Record of a review conference (neglect: the mother's depression and
#    drinking): details, attendance, a contacts table, the initial plan's
#    actions with their RAG status, PEth test results, school attendance by
#    term, the children's words, the decision, then the plan from today as a
#    five-column table; page header and footer. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b181_helmscar_rcpc_record_contacts_rag_review_peth_attendance_then_plan_kowalczyk.pdf",
    "doc_title": "Review Child Protection Conference - Oliwia and Kacper Kowalczyk",
    "split": "heldout",
    "actions": 15,
    "min_pages": 3,
    "header": "OFFICIAL-SENSITIVE · Helmscar Metropolitan Council · Children's Social Care",
    "footer": "Kowalczyk O and K · Review conference 12/02/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "rcpc-record-paged-header-footer-details-field-table-attendance-table-contacts-table-worker-agency-phone-email-then-initial-plan-progress-table-with-rag-status-and-what-happened-peth-test-results-table-school-attendance-by-term-table-childrens-words-decision-outcomes-then-ref-what-needs-to-happen-lead-by-when-how-we-will-know-plan-table-then-contingency-meetings",
    "description": (
        "Record of a review conference for a 10-year-old and a 7-year-old living with neglect: their mother "
        "has depression and drinks, and their maternal aunt has them for tea and on Wednesdays. Before the "
        "plan come a details table, an attendance table, a contacts table (worker, agency, phone, e-mail), "
        "the initial conference plan's actions with a RAG status and what happened, a table of PEth blood "
        "test results, school attendance by term, the children's words and the decision; none of these "
        "holds actions. The plan from today is one five-column table (Ref / What needs to happen / Lead / "
        "By when / How we will know). Faults: the community psychiatric nurse only supports the mother "
        "with her mood and medicine (measured by attendance); the aunt has the children 'As and when "
        "needed'; the family support worker's sessions are measured by 'Improvement in home conditions'; "
        "a free school meals and uniform grant row has '-' for when; 'All professionals' share concerns; "
        "and nothing anywhere says that legal planning follows if things do not change."
    ),
    "blocks": [
        ("title", "Review Child Protection Conference: Record and Plan"),
        ("h2", "1. Details"),
        ("table", {
            "header": ["Field", "Details"],
            "widths": [4.5, 12.5],
            "bold_first_col": True,
            "rows": [
                ["Children", "Oliwia Kowalczyk, born 22/04/2015 (10), Year 6\n"
                             "Kacper Kowalczyk, born 30/07/2018 (7), Year 3\n"
                             "Both at St Bede's Catholic Primary School, Helmscar"],
                ["Address", "27 Linacre Street, Helmscar HM2 6TF, with their mother, Agnieszka Kowalczyk (36)"],
                ["Father", "Tomasz Kowalczyk, lives in Poznań; video calls with the children on Sundays"],
                ["Maternal aunt", "Marta Nowak (39), 4 Dene Close, Helmscar (ten minutes' walk)"],
                ["Category", "Neglect (both children), since the initial conference on 14/10/2025"],
                ["This conference", "First review child protection conference, 12/02/2026, 1.30pm, Helmscar Town "
                                    "Hall. Chair: Graham Osei (IRO)"],
                ["Social worker", "Joanna Price, Helmscar Family Safeguarding Team 3 (team manager: Liz Hardy)"],
            ],
        }),
        ("h2", "2. Attendance"),
        ("table", {
            "header": ["Name", "Role and agency", "Present / apologies"],
            "widths": [4.5, 8.5, 4.0],
            "rows": [
                ["Graham Osei", "Chair, independent reviewing officer", "Present"],
                ["Agnieszka Kowalczyk", "Mother (Polish interpreter: Ewa Marek)", "Present"],
                ["Marta Nowak", "Maternal aunt", "Present"],
                ["Joanna Price", "Social worker, Helmscar Children's Social Care", "Present"],
                ["Sarah Lyle", "Community psychiatric nurse, Helmscar CMHT", "Present"],
                ["Gavin Shore", "Recovery worker, Helmscar Alcohol Service", "Present"],
                ["Mrs Claire Fitton", "Designated safeguarding lead, St Bede's", "Present"],
                ["Kelly Marsh", "Family support worker, Helmscar Family Centre", "Present"],
                ["Dr Alan Roy", "GP, Linacre Medical Practice", "Apologies, report sent"],
                ["Neil Bain", "Housing officer, Helmscar Homes", "Apologies"],
            ],
        }),
        ("h2", "3. Contacts for this plan"),
        ("table", {
            "header": ["Worker", "Agency", "Phone", "E-mail"],
            "widths": [3.8, 5.0, 3.2, 5.0],
            "rows": [
                ["Joanna Price", "Helmscar Children's Social Care", "01632 960 214", "j.price@helmscar.example"],
                ["Sarah Lyle", "Helmscar CMHT", "01632 960 377", "sarah.lyle@helmscarcmht.example"],
                ["Gavin Shore", "Helmscar Alcohol Service", "01632 960 590", "g.shore@helmscaras.example"],
                ["Mrs Claire Fitton", "St Bede's Catholic Primary", "01632 960 102", "dsl@stbedes.example"],
                ["Kelly Marsh", "Helmscar Family Centre", "01632 960 733", "k.marsh@helmscar.example"],
                ["Emergency Duty Team", "Helmscar Council (out of hours)", "01632 960 000", "-"],
            ],
        }),
        ("h2", "4. Progress on the initial conference plan (14/10/2025)"),
        ("p", "This table records what happened to each action of the plan made on 14/10/2025. It is kept for "
              "the record; the plan from today is in section 9."),
        ("table", {
            "header": ["No.", "What the October plan asked", "Lead", "RAG", "What happened"],
            "widths": [1.0, 5.5, 3.0, 1.5, 6.0],
            "rows": [
                ["1", "Visits every week, children seen alone", "Joanna Price", "Green",
                 "17 visits, 6 unannounced; each child seen alone every fortnight."],
                ["2", "Alcohol assessment and key work", "Helmscar Alcohol Service", "Green",
                 "Assessed on 28/10/2025; Agnieszka went to 13 of 15 sessions."],
                ["3", "PEth blood tests every month", "Agnieszka", "Amber",
                 "Three of four tests done; the December test was missed."],
                ["4", "Review of antidepressants", "Dr Alan Roy", "Green",
                 "Sertraline increased to 100mg on 04/11/2025."],
                ["5", "First-day calls when a child is absent", "St Bede's", "Green",
                 "Calls made every time; attendance up in both children."],
                ["6", "Home conditions sessions", "Helmscar Family Centre", "Red",
                 "Started late, in January, because of a waiting list; two sessions so far."],
                ["7", "Repair the damp in Kacper's bedroom", "Helmscar Homes", "Red",
                 "Not done. Inspected on 02/12/2025; the mould has come back."],
                ["8", "Young carer's referral for Oliwia", "Joanna Price", "Amber",
                 "Referral made on 20/01/2026; Oliwia is on the waiting list."],
            ],
        }),
        ("h2", "5. Alcohol test results"),
        ("p", "PEth blood tests, taken at Linacre Medical Practice and reported by Helmscar Alcohol Service."),
        ("table", {
            "header": ["Date taken", "Result (PEth)", "What the result means"],
            "widths": [3.5, 3.5, 10.0],
            "rows": [
                ["20/10/2025", "412 ng/ml", "Consistent with heavy, regular drinking in the previous 2-4 weeks"],
                ["18/11/2025", "236 ng/ml", "Consistent with heavy drinking, lower than in October"],
                ["December 2025", "Not taken", "Appointment missed"],
                ["26/01/2026", "61 ng/ml", "Consistent with moderate drinking; a large fall since October"],
            ],
        }),
        ("h2", "6. School attendance by term"),
        ("table", {
            "header": ["Child", "Summer term 2025", "Autumn term 2025", "Spring term 2026 (to 06/02)"],
            "widths": [3.5, 4.5, 4.5, 4.5],
            "rows": [
                ["Oliwia", "84%", "91%", "95%"],
                ["Kacper", "81%", "89%", "93%"],
            ],
        }),
        ("h2", "7. What Oliwia and Kacper say"),
        ("p", "Oliwia (seen on her own at school on 03/02/2026): \"Mama is better than before. She doesn't have the "
              "wine in the fridge now.\" \"I still do Kacper's packed lunch because I'm the best at it.\" She "
              "scored home as 6 out of 10 (3 in October). She wants to go to Ciocia Marta's on Wednesdays \"for "
              "ever\" and is worried about starting at Helmscar Academy in September."),
        ("p", "Kacper (seen at home on 05/02/2026): \"My room smells funny and my pyjamas were wet from the wall.\" "
              "He drew his mum cooking pierogi and said \"that's Saturday\". He scored home as 7 out of 10."),
        ("h2", "8. Decision and outcomes"),
        ("p", "The conference decided that Oliwia and Kacper remain subject to child protection plans under the "
              "category of neglect. Things are better than in October, but Agnieszka's drinking fell only in the "
              "last month, and the damp in Kacper's room has not been fixed."),
        ("p", "What we want for Oliwia and Kacper:"),
        ("bullets", [
            "Oliwia and Kacper are cared for every day by a mum who is sober and well enough to get them up, fed "
            "and to school.",
            "They have clean clothes, food in the house, and a warm, dry bedroom each.",
            "They are in school every day and on time (96% or more).",
            "Oliwia does not have to look after Kacper or her mum, and has time to be 10.",
        ]),
        ("h2", "9. The plan from 12/02/2026"),
        ("table", {
            "header": ["Ref", "What needs to happen", "Lead", "By when", "How we will know"],
            "widths": [1.2, 5.5, 3.3, 3.0, 4.0],
            "rows": [
                ["R1", "Visit Oliwia and Kacper at home, one visit in three unannounced, and see each child on "
                       "their own at least once a fortnight",
                 "Joanna Price, social worker",
                 "Every two weeks until the next review conference on 14/05/2026",
                 "Visit records with each child's words and the home conditions checklist score"],
                ["R2", "Update the parenting assessment, looking at how Agnieszka's drinking and mood affect "
                       "the children's days",
                 "Joanna Price, social worker",
                 "By 27/03/2026",
                 "Updated assessment with a recommendation, shared with Agnieszka and the core group by "
                 "27/03/2026"],
                ["R3", "Weekly key work with Agnieszka on her drinking, a PEth blood test each month, and a "
                       "written view before each core group on whether she has cut down and can stay cut down",
                 "Gavin Shore, recovery worker, Helmscar Alcohol Service",
                 "Weekly; PEth test in the first week of each month",
                 "PEth results and Gavin's written view on Joanna's file before each core group"],
                ["R4", "Go to every key-work session and every monthly PEth blood test",
                 "Agnieszka Kowalczyk",
                 "Every Monday; PEth test in the first week of each month",
                 "Attendance record and PEth results e-mailed to Joanna by the Alcohol Service each month"],
                ["R5", "Weekly appointments with Agnieszka to support her with her low mood and to help her "
                       "take her sertraline every day",
                 "Sarah Lyle, CPN, Helmscar CMHT",
                 "Weekly from 16/02/2026",
                 "Attendance at appointments confirmed to Joanna by e-mail each month"],
                ["R6", "Review Agnieszka's sertraline and physical health, and write to Joanna about how her "
                       "health affects her care of the children",
                 "Dr Alan Roy, GP",
                 "By 13/03/2026 and again by 24/04/2026",
                 "Two GP letters on the children's file by those dates"],
                ["R7", "Have Oliwia and Kacper for tea and to stay over at her flat when Agnieszka is struggling",
                 "Marta Nowak, maternal aunt",
                 "As and when needed",
                 "Marta texts Joanna each time the children stay"],
                ["R8", "Collect Oliwia and Kacper from school and take them to swimming, then give them tea at "
                       "her flat",
                 "Marta Nowak, maternal aunt",
                 "Every Wednesday until 14/05/2026",
                 "St Bede's collection log; Helmscar Leisure Centre's swimming register"],
                ["R9", "Eight sessions with Agnieszka at home on morning routines, meals and keeping the house "
                       "clean",
                 "Kelly Marsh, family support worker",
                 "Weekly for eight weeks from 23/02/2026",
                 "Improvement in home conditions"],
                ["R10", "Ring home by 9.30am on the first day either child is absent, and e-mail Joanna the "
                        "week's attendance",
                 "Mrs Claire Fitton, DSL, St Bede's",
                 "Every school day until 14/05/2026",
                 "First-day call log; weekly attendance e-mail showing each child at 96% or above"],
                ["R11", "Help Agnieszka apply for free school meals and the school uniform grant",
                 "Dale Wynn, family liaison officer, St Bede's",
                 "-",
                 "Letters confirming free school meals and the grant on file"],
                ["R12", "Arrange three extra transition visits to Helmscar Academy for Oliwia, and share her "
                        "transition plan with the Academy's DSL",
                 "Mrs Claire Fitton, DSL, St Bede's",
                 "Visits by 10/07/2026; plan shared by 30/06/2026",
                 "Oliwia's transition plan on file; visit dates confirmed by the Academy"],
                ["R13", "Treat the damp and mould in Kacper's bedroom and replace the window seal",
                 "Neil Bain, housing officer, Helmscar Homes",
                 "By 13/03/2026",
                 "Completion certificate on file; Joanna sees the dry room at her next visit"],
                ["R14", "Young carer's assessment for Oliwia, then a place at the Saturday young carers' group",
                 "Becky Lund, Helmscar Young Carers",
                 "Assessment by 27/02/2026; group monthly from 07/03/2026",
                 "Assessment on file; group register shared with Joanna each month"],
                ["R15", "Share any worry about Oliwia or Kacper with Joanna the same day",
                 "All professionals",
                 "Same day",
                 "Each worry logged on the children's file"],
            ],
        }),
        ("h2", "10. If things go wrong"),
        ("bullets", [
            "If Agnieszka is found under the influence of alcohol while caring for the children, or a PEth "
            "result is above 200 ng/ml: Marta takes Oliwia and Kacper to her flat that day, and Joanna (or the "
            "Emergency Duty Team) holds a strategy discussion within 24 hours.",
            "If Marta cannot have the children (she is ill or away, or says she can no longer help): Marta or "
            "Agnieszka rings Joanna that day, and Joanna or the Emergency Duty Team places Oliwia and Kacper "
            "together with Helmscar foster carers that night.",
            "If either child is absent for two days running without a call from home, Mrs Fitton and Joanna "
            "visit the house together the same day.",
        ]),
        ("h2", "11. Meetings"),
        ("bullets", [
            "Core group every four weeks, Thursdays at 9.15am at St Bede's: 26/02/2026, 26/03/2026 and "
            "23/04/2026.",
            "Next review child protection conference: 14/05/2026 at 1.30pm, Helmscar Town Hall.",
        ]),
    ],
    "findings": [
        F("H001", "Weekly appointments with Agnieszka to support her with her low mood"),
        F("T002", "Have Oliwia and Kacper for tea and to stay over"),
        F("M002", "Eight sessions with Agnieszka at home on morning routines"),
        F("T001", "Help Agnieszka apply for free school meals and the school uniform grant"),
        F("W002", "Share any worry about Oliwia or Kacper with Joanna"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Record of a second core group (the mother's bipolar disorder, a 3-year-
#    old left alone at night): who came, a who's-who with a genogram key, the
#    services the family already has, agency updates, the children's words,
#    then the updated plan as numbered items each with Who / When / How we'll
#    know on the item's own lines. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b181_hetherbrook_core_group_record_genogram_key_services_list_then_numbered_plan_mahmood.md",
    "split": "heldout",
    "actions": 14,
    "template": "core-group-2-record-md-meeting-line-who-came-table-initials-role-here-then-whos-who-genogram-key-table-symbols-services-family-already-has-bullets-agency-updates-since-last-core-group-past-tense-ayaans-words-sanas-day-outcomes-then-updated-plan-numbered-items-bold-title-with-who-when-how-well-know-continuation-line-then-early-warning-signs-and-if-things-go-wrong-next-meetings",
    "description": (
        "Exemplary record of the second core group for a 9-year-old and a 3-year-old whose mother has "
        "bipolar disorder: she stopped her lithium, became manic and left the 3-year-old alone in the flat "
        "at night, and was in hospital for four weeks. The father now works days and the paternal "
        "grandmother and uncle help. Most of the record is not the plan: a table of who came (with "
        "initials), a who's-who with a genogram key, a list of the services the family already has, each "
        "agency's update since the last core group in the past tense, the 9-year-old's words and the "
        "3-year-old's day. The plan is a clearly headed numbered list, each item with its own Who / When / "
        "How we'll know line. The community mental health team and the psychiatrist report on the "
        "mother's capacity to change and the likely timescale, the GP owns an action, the grandmother's "
        "mornings have a fallback, legal planning follows named triggers, and core group and review "
        "dates are set."
    ),
    "text": """\
# Hetherbrook City Council – Children's Social Care

## Core group meeting 2: record and updated child protection plan

**Ayaan Mahmood** (born 02/09/2016, 9, Year 5, Greenfield Primary School) and **Sana Mahmood** (born
21/10/2022, 3, Little Stars Nursery), 41 Orchard Street, Hetherbrook HB3 9QA.

Meeting held on 17/02/2026, 4pm, at Greenfield Primary School, chaired by the social worker. Category:
neglect (both children), since the initial child protection conference on 08/01/2026. First core group
was held on 20/01/2026.

### Who came

| Name | Initials | Role and agency | Here? |
|---|---|---|---|
| Laura Pennington | LP | Social worker, Hetherbrook Children's Social Care (chair) | Yes |
| Nadia Mahmood | NM | Mum | Yes |
| Imran Mahmood | IM | Dad | Yes |
| Shazia Mahmood | SM | Paternal grandmother ("Dadi") | Yes |
| Ruth Adebayo | RA | Care coordinator (CPN), Hetherbrook Community Mental Health Team | Yes |
| Claire Dobson | CD | Health visitor, Hetherbrook 0-19 Service | Yes |
| Tom Henshaw | TH | Designated safeguarding lead, Greenfield Primary School | Yes |
| Joanne Riley | JR | Sana's key person, Little Stars Nursery | Yes |
| Amira Khan | AK | Young carers worker, Hetherbrook Young Carers | Apologies, update sent |
| Dr Priya Chauhan | PC | GP, Brookside Surgery | Apologies, update sent |

### Who's who in the family

| Genogram key | Person | Who they are to Ayaan and Sana | Lives |
|---|---|---|---|
| ■ | Imran Mahmood (38) | Dad | 41 Orchard Street |
| ● | Nadia Mahmood (34) | Mum | 41 Orchard Street |
| ■ (circled) | Ayaan Mahmood (9) | The older child on the plan | 41 Orchard Street |
| ● (circled) | Sana Mahmood (3) | The younger child on the plan | 41 Orchard Street |
| ● | Shazia Mahmood (63) | Dadi, Imran's mother | 6 Dale Road, two streets away |
| ■ | Faisal Mahmood (35) | Chacha, Imran's brother | 18 Beck Lane, Hetherbrook |
| ● | Rukhsana Mahmood (33) | Chachi, Faisal's wife | 18 Beck Lane, Hetherbrook |

Key: ■ male, ● female, circled = child on the plan. Nadia's parents live in Bradwell and are not in
touch with the family.

### Services the family already has

- Nadia has been under Hetherbrook Community Mental Health Team since 2019, with Ruth as her care
  coordinator since 2021 and Dr Kaveh Tehrani as her consultant psychiatrist.
- Nadia's lithium is prescribed by Brookside Surgery, which also does her blood tests.
- Sana has 15 funded hours a week at Little Stars Nursery, Monday to Wednesday.
- Ayaan is known to Hetherbrook Young Carers and was offered an assessment in January.
- Imran has an occupational health adviser through Hetherbrook Cars, who agreed his day shifts.

### Updates since the last core group (20/01/2026)

**Social worker (LP):** Laura visited five times, twice unannounced. The flat was tidy and there was food
in the fridge each time. Ayaan was seen on his own twice. Laura saw Nadia's blister packs on 10/02/2026;
none was missed.

**Mental health (RA):** Ruth saw Nadia every week. Nadia's lithium level on 02/02/2026 was in range. Nadia
and Ruth started writing her relapse signature (the early signs that she is becoming unwell).

**GP (PC, written update):** The lithium level was taken on 02/02/2026 and sent to Ruth and Laura on
04/02/2026.

**Health visitor (CD):** Claire saw Sana at home on 29/01/2026. Sana is toilet trained in the day and
sleeping from 7.30pm to 6.30am most nights.

**School (TH):** Ayaan's attendance since the conference is 100%. He was tearful on 26/01/2026 and said he
was "checking Mum's tablets" before school.

**Nursery (JR):** Sana arrived on time every session except one. She talks in short sentences and plays
alongside the other children.

### What Ayaan says

Ayaan talked to Laura on his own at school on 12/02/2026:

> "When Mum was in hospital I looked after Sana with Dadi. I was scared Mum wouldn't come back."
>
> "I check Mum's tablets in the morning so she doesn't forget. Dad says I don't have to but I do."
>
> "I like it when Chacha takes me to cricket because I don't have to think about anything."

On his worry scale (0 = no worries, 10 = worried all the time) Ayaan scored 6 today. In January he
scored 9.

### Sana's day

Sana is 3 and cannot tell us in words how things are, so this is what we have seen. Dadi arrives at
7am and Sana runs to the door for her. At nursery she says "Dadi bring me" and "Mummy sleeping" to
Joanne. On 10/02/2026 Laura saw Nadia read Sana a story and Sana join in with the words. Sana still
wakes and calls for Ayaan if she hears the front door at night.

### What we want for Ayaan and Sana

1. Ayaan and Sana are always cared for by an adult who is well enough to keep them safe, and are never
   left alone.
2. Ayaan does not have to check on his mum or her tablets, and his worry score comes down to 3 or less.
3. Sana's speech, play and sleep stay on track, and she goes to every nursery session.
4. If Mum starts to become unwell again, the adults around Ayaan and Sana notice early and act the same
   day.

### The updated plan

This is the plan from 17/02/2026 until the review conference. Each numbered item is one piece of work;
its Who, When and How we'll know are on the line under it.

1. **Home visits.** Visit Ayaan and Sana at home, with one visit in three unannounced, seeing Ayaan on
   his own at least once a fortnight and Sana at home and at nursery.
   *Who:* Laura Pennington, social worker. *When:* every week until the review conference on
   07/04/2026. *How we'll know:* visit records on file within 48 hours, with Ayaan's own words and his
   worry score.
2. **Mental health review and report on change.** See Nadia at home every week, check her relapse
   signature with her, and write a report before each core group and for the review conference on
   whether Nadia is making the changes Ayaan and Sana need (taking her lithium, spotting her early
   signs, asking for help) and how long lasting change is likely to take.
   *Who:* Ruth Adebayo, care coordinator, Hetherbrook CMHT. *When:* weekly; report two working days
   before each core group. *How we'll know:* Ruth's reports on Laura's file by 06/03/2026, 27/03/2026 and
   02/04/2026.
3. **Psychiatric review.** Review Nadia in outpatient clinic and give a written view of her risk of
   relapse, the signs that would show it early, and whether she is likely to stay well enough over the
   next six months to care for Ayaan and Sana safely.
   *Who:* Dr Kaveh Tehrani, consultant psychiatrist, Hetherbrook CMHT. *When:* clinic by 13/03/2026;
   letter by 20/03/2026. *How we'll know:* clinic letter on the children's file by 20/03/2026.
4. **Lithium every evening.** Take her lithium every evening and go for her blood test each month.
   *Who:* Nadia Mahmood. *When:* every evening; blood test in the first week of each month. *How we'll
   know:* Ruth counts the blister packs at each weekly visit; blood test results sent to Ruth and Laura.
5. **Blood tests and results.** Take Nadia's lithium level each month and send the result to Ruth and
   Laura.
   *Who:* Dr Priya Chauhan, GP, Brookside Surgery. *When:* first week of each month, results within five
   working days. *How we'll know:* results on Laura's file each month.
6. **Day shifts.** Work day shifts only, so that he is at home every evening and night.
   *Who:* Imran Mahmood. *When:* 7am to 3pm shifts until the review conference. *How we'll know:* Imran
   shows Laura his shift rota from Hetherbrook Cars every two weeks; Ayaan tells Laura who put him to
   bed.
7. **Mornings.** Come to the flat at 7am, help get Ayaan and Sana ready, walk Ayaan to school and take
   Sana to nursery on her days.
   *Who:* Shazia Mahmood (Dadi). *When:* every weekday until the review conference. *How we'll know:*
   Ayaan's school register and Sana's nursery signing-in sheet show them in on time.
8. **Cricket.** Take Ayaan to junior cricket and bring him home.
   *Who:* Faisal Mahmood (Chacha). *When:* every Saturday, 9am to 11am. *How we'll know:* the club's
   register; Ayaan tells Laura how it went at her visits.
9. **Our family's plan if Mum becomes unwell.** Write, with Ruth and Laura, a one-page plan of Nadia's
   early signs and who does what, with copies at the flat, at Dadi's, at nursery and at school.
   *Who:* Nadia and Imran Mahmood. *When:* by 06/03/2026. *How we'll know:* the signed plan on file by
   06/03/2026, and Laura sees the copies at the flat and at Dadi's.
10. **Sana at nursery.** Check Sana's welfare when she arrives and complete a WellComm speech and
    language screen.
    *Who:* Joanne Riley, Sana's key person, Little Stars Nursery. *When:* every session; WellComm by
    13/03/2026. *How we'll know:* the nursery's welfare log; the WellComm band shared with the core group
    by 13/03/2026.
11. **Ayaan at school.** Meet Ayaan each Monday morning with the learning mentor and ask him for his
    worry score.
    *Who:* Tom Henshaw, DSL, Greenfield Primary School. *When:* every Monday until the review conference.
    *How we'll know:* Ayaan's worry scores e-mailed to Laura every Friday.
12. **Young carer.** Complete Ayaan's young carer's assessment and offer him a place at the Thursday
    group.
    *Who:* Amira Khan, Hetherbrook Young Carers. *When:* assessment by 27/02/2026; group every Thursday
    from 05/03/2026. *How we'll know:* the assessment on file by 27/02/2026; the group's register.
13. **Sana's development.** Complete an ASQ-3 with Nadia and Imran, then visit every four weeks.
    *Who:* Claire Dobson, health visitor. *When:* ASQ-3 by 06/03/2026; visits every four weeks until
    07/04/2026. *How we'll know:* ASQ-3 scores shared with the core group by 10/03/2026; Sana's sleep
    diary read at each visit.
14. **Family network meeting.** Bring Imran, Nadia, Dadi, Faisal and Rukhsana together to agree who
    steps in on the mornings if Dadi cannot, and who Ayaan and Sana stay with if Nadia becomes unwell.
    *Who:* Laura Pennington, social worker. *When:* by 27/02/2026. *How we'll know:* a written family
    network plan, naming each adult and what they will do, on file by 27/02/2026.

### Mum's early warning signs

Nadia, Imran and Ruth agreed these are the first signs that Nadia is becoming unwell: sleeping less than
five hours a night, spending money she does not have, talking very fast, and missing a dose of lithium.

### If things go wrong

- **If any early warning sign appears:** Imran or Dadi rings Ruth that day (the crisis team on 01632 960
  800 out of hours), and the CMHT assesses Nadia within 24 hours. Until then Nadia is not left alone with
  Ayaan or Sana: Imran stays home from work, or the children stay at Dadi's.
- **If Dadi cannot do the mornings** (she is ill or away): she rings Imran the night before, or by 6.30am,
  and Rukhsana comes instead. If neither can, Imran takes the day off and rings Laura that day; the
  family network plan from item 14 says who comes after that. If Faisal cannot do cricket on a
  Saturday, Imran takes Ayaan instead.
- **If Nadia stops her lithium, or Ayaan or Sana are left alone or with Nadia while she is unwell:** Laura
  (or the Emergency Duty Team) holds a strategy discussion the same day, and the children stay with Imran
  or at Dadi's. Laura will ask Karen Blake (team manager) for a legal planning meeting within five
  working days.
- **If Ruth's report on 27/03/2026 or Dr Tehrani's letter says Nadia is unlikely to keep well enough to
  care for the children safely,** Laura will ask for a legal planning meeting before the review
  conference.

### Next meetings

- Core group every three weeks, Tuesdays at 4pm at Greenfield Primary School: 10/03/2026 and 31/03/2026.
- Review child protection conference: 07/04/2026 at 10am, Hetherbrook Civic Offices.

Record and plan sent to Nadia, Imran, Shazia and every agency on 18/02/2026 by Laura Pennington.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Signs of Safety mapping written up after an initial conference
#    (physical abuse by the mother's partner): who was at the mapping, a
#    three-column summary whose third column says what must be different
#    (not the plan), danger statements, safety goals, scaling by each
#    person, the children's Three Houses, the decision, then the next steps
#    table that is the plan. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b181_hollowcombe_sos_mapping_three_column_summary_scaling_then_next_steps_pilkington.md",
    "split": "heldout",
    "actions": 13,
    "template": "icpc-signs-of-safety-mapping-md-who-was-at-the-mapping-table-three-column-summary-worried-working-well-what-needs-to-be-different-not-the-plan-danger-statements-safety-goals-scaling-table-by-person-three-houses-decision-then-our-safety-plan-next-steps-no-what-who-by-when-how-well-know-table-then-if-the-safety-plan-is-not-kept-core-group-review",
    "description": (
        "Signs of Safety mapping and plan written up after the initial conference for an 8-year-old and a "
        "4-year-old: their mother's partner slapped the 8-year-old and left finger-mark bruises on his arm, "
        "and has moved to his brother's; the maternal grandmother and uncle help. Before the plan come a "
        "table of who was at the mapping, a three-column summary (worried / working well / what needs to "
        "happen) whose third column says what must be different and is marked as a summary, not the plan, "
        "danger statements, safety goals, a scaling table by each person, the children's Three Houses and "
        "the decision. The plan is the 'Our safety plan: next steps' table. Faults: the mother's "
        "protective group measured by her 'engagement'; 'Family network' keeping the partner from being "
        "alone with the children at gatherings; the police sharing the investigation's outcome 'As and "
        "when available'; a referral to the school's mental health support team with '-' for how we'll "
        "know; no fallback in the contingency if the grandmother or uncle cannot help; and a review "
        "conference 'to be arranged'."
    ),
    "text": """\
# Hollowcombe Council – Children and Families

## Mason and Ruby Pilkington: Signs of Safety mapping and child protection plan

Written up by Aaron Whitfield (social worker) from the mapping at the initial child protection conference on
29/01/2026, chaired by Beverley Nash (IRO). Category: physical abuse (both children).

- **Mason Pilkington**, born 14/05/2017 (8), Year 4, Hollowcombe Junior School
- **Ruby Pilkington**, born 02/01/2022 (4), Hollowcombe Nursery School
- **Home:** 7 Brook Terrace, Hollowcombe HW5 1DN, with their mum, Kirsty Pilkington (30)
- **Mum's partner:** Lee Hanlon (33), staying with his brother at 40 Mill Row since 09/01/2026
- **Nan:** Sheila Pilkington (58), Kirsty's mum, 12 Brook Terrace
- **Uncle:** Darren Pilkington (27), Kirsty's brother, 3 Fold Cottages, Hollowcombe
- **Social worker:** Aaron Whitfield, Hollowcombe Safeguarding Team North (team manager: Sue Rowley)

### Who was at the mapping

| Name | Who they are | Came? |
|---|---|---|
| Beverley Nash | Chair (IRO) | Yes |
| Kirsty Pilkington | Mum | Yes |
| Lee Hanlon | Mum's partner | Yes, for the mapping; left before the decision |
| Sheila Pilkington | Nan | Yes |
| Aaron Whitfield | Social worker | Yes |
| Ms Karen Hollis | DSL, Hollowcombe Junior School | Yes |
| Jo Platt | Ruby's key person, Hollowcombe Nursery School | Yes |
| PC Omar Saleem | Child Abuse Investigation Team, Hollowcombe Police | Yes |
| Dr Ellen Grice | Community paediatrician (child protection medical) | Report only |

### The mapping on one page

The third column is the conference's summary of what must be different for Mason and Ruby. It is not the
plan: who will do what, and by when, is in "Our safety plan: next steps" further down.

| What are we worried about? | What's working well? | What needs to happen? |
|---|---|---|
| On 08/01/2026 Lee slapped Mason across the face and grabbed his arm, leaving finger-mark bruises that Ms Hollis saw the next morning. Mason says Lee has "smacked" him before when Mum was at work. | Mason told Ms Hollis straight away, and Kirsty agreed that Lee would move out the same day. Lee has not stayed at the house since 09/01/2026. | Mason and Ruby need to be cared for only by adults who never hit them, and to be sure of that. |
| Kirsty says she believes Mason but also that Lee "didn't mean it", and she wants Lee back. | Kirsty has taken both children to every appointment and let Aaron see them on his own. | Kirsty needs to show she can keep Mason and Ruby safe from being hit, even if it means Lee stays away. |
| Ruby has started hiding behind the sofa when voices are raised, and Mason is sleeping badly. | Nan lives four doors away and has the children every morning; Uncle Darren takes Mason to football. | Mason and Ruby need to feel safe at home, sleep well and have grown-ups they can tell. |

### Danger statements

- Aaron, Ms Hollis and PC Saleem are worried that if Lee looks after Mason and Ruby again, or comes back to
  live at home before anything has changed, he could hit Mason again, or hurt Ruby, and that they could be
  injured or grow up frightened at home.
- Everyone is worried that if Kirsty lets Lee back because she misses him, Mason will stop telling adults
  when he is hurt, because he will think nobody believed him.

### Safety goals

1. Mason and Ruby are only ever looked after by adults who do not hit them, and Lee is never alone with
   them until the conference agrees it is safe.
2. Mason and Ruby can name three grown-ups they would tell if someone hurt them, and Mason tells them.
3. Mason sleeps through the night most nights and Ruby stops hiding when people talk loudly.
4. Mason and Ruby are in school and nursery every day, on time.

### Scaling

0 means Mason and Ruby will be hit again; 10 means everyone is confident they are safe and the plan can end.

| Person | Role | Score | What they said |
|---|---|---|---|
| Aaron Whitfield | Social worker | 3 | Lee has not accepted what he did. |
| Ms Karen Hollis | DSL | 4 | Mason is safe at school and talks to us. |
| Jo Platt | Nursery | 5 | Ruby is happy at nursery, but the hiding worries us. |
| PC Omar Saleem | Police | 3 | The investigation is still open. |
| Kirsty Pilkington | Mum | 8 | Lee isn't here and I'd never let anyone hurt them. |
| Sheila Pilkington | Nan | 7 | I see them every day. |
| Lee Hanlon | Mum's partner | 8 | It was one time and I've said sorry. |

### Mason's and Ruby's Three Houses

**Mason** (with Aaron at school, 22/01/2026):

- *House of worries:* "Lee hitting me. Mum crying. Lee coming back."
- *House of good things:* "Nan's pancakes. Football with Uncle Darren. My Xbox."
- *House of dreams:* "Lee doesn't live with us. Mum is happy. I play for Hollowcombe Rovers."

**Ruby** (with Aaron and Jo at nursery, 23/01/2026, drawing): Ruby drew "Nana's house" and "my bed" in her
good house. In her worry house she drew "a big shout". In her dream house she put "Mummy and Mason and a
puppy".

### Decision of the conference

Mason and Ruby are to be subject to child protection plans under the category of physical abuse. The
chair asked for a family network meeting to be held before the first core group.

### Our safety plan: next steps

This table is the plan. Each row says what will happen, who will do it, by when, and how we'll know.

| No. | What will happen | Who | By when | How we'll know |
|---|---|---|---|---|
| 1 | Visit Mason and Ruby at home, see Mason on his own, and do a Three Houses with him once a month | Aaron Whitfield (SW) | Every week until the review conference; one visit in three unannounced | Visit records within 48 hours with Mason's words; his Three Houses drawings on file each month |
| 2 | Make a words and pictures story for Mason and Ruby about why Lee is not living at home, and read it with them and Kirsty | Aaron Whitfield (SW) | By 27/02/2026 | The story on file, signed by Kirsty; what Mason and Ruby said about it written in the visit record |
| 3 | Not be alone with Mason or Ruby, and not stay overnight at 7 Brook Terrace | Lee Hanlon | Every day from 29/01/2026 until the review conference | Unannounced visits find no sign Lee has stayed; what Mason tells Aaron when seen alone |
| 4 | Go to the Caring Dads programme | Lee Hanlon | Every Tuesday evening from 03/03/2026 (17 weeks) | Attendance register sent to Aaron each month; facilitator's mid-point report by 28/04/2026 |
| 5 | Go to the six-week Keeping Safe group for mums at Hollowcombe Family Centre | Kirsty Pilkington | Tuesdays at 10am, 24/02/2026 to 31/03/2026 | Kirsty's engagement with the group |
| 6 | Have Mason and Ruby at her house from 7.30am while Kirsty is at work, and take them to school and nursery | Sheila Pilkington (Nan) | Every weekday | School and nursery registers show both children in on time |
| 7 | Take Mason to football training and to his Saturday matches and bring him home | Darren Pilkington (uncle) | Every Thursday evening and every Saturday | Hollowcombe Rovers' register; Mason tells Aaron how it went |
| 8 | Make sure Lee is never alone with Mason or Ruby at family parties or at Nan's | Family network | Every family gathering until the review conference | Sheila tells Aaron after each gathering who was there |
| 9 | Check in with Mason using the class worry box and write anything he says on CPOMS | Mr Tom Hale, Mason's class teacher | Every Monday and Friday | CPOMS entries e-mailed to Aaron each Friday |
| 10 | Check Ruby's welfare when she arrives, and use a body map and ring Aaron if she has any mark | Jo Platt, Ruby's key person | Every nursery session; a call the same day if there is a mark | Nursery welfare log; body maps on file |
| 11 | Tell Aaron the outcome of the investigation into Lee's assault on Mason | PC Omar Saleem, Child Abuse Investigation Team | As and when available | Outcome letter on the children's file |
| 12 | Refer Mason to the school's Mental Health Support Team for help with his sleep and worries | Ms Karen Hollis (DSL) | By 13/02/2026 | - |
| 13 | Hold a family network meeting with Kirsty, Sheila and Darren to write the family's safety rules | Aaron Whitfield (SW) | By 06/02/2026 | The family's written safety rules, signed by Kirsty, Sheila and Darren, on file by 06/02/2026 |

### If the safety plan is not kept

- If Lee is found alone with Mason or Ruby, or staying at 7 Brook Terrace, Aaron (or the Emergency Duty Team)
  holds a strategy discussion with the police the same day, and Lee is asked to leave straight away.
- If Mason or Ruby has a mark or injury that is not explained, the school or nursery rings Aaron the same
  day, and Aaron arranges a child protection medical with Dr Grice that day.
- If Kirsty lets Lee move back in before the conference agrees it, or Lee hits either child again, Aaron
  will ask Sue Rowley for a legal planning meeting within five working days.

### Core group and review

- Core group every four weeks, Thursdays at 3.30pm at Hollowcombe Junior School: 12/02/2026, 12/03/2026 and
  09/04/2026.
- Review child protection conference: date to be arranged by the conference team.

Plan sent to Kirsty, Lee (rows 3 and 4 and the safety rules only), Sheila, Darren and every agency on
30/01/2026.
""",
    "findings": [
        F("M002", "Go to the six-week Keeping Safe group for mums"),
        F("W002", "Make sure Lee is never alone with Mason or Ruby"),
        F("T002", "Tell Aaron the outcome of the investigation into Lee's"),
        F("M001", "Refer Mason to the school's Mental Health Support Team"),
        F("C003"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Case-system print of an initial conference outcome (neglect of a baby,
#    the mother's heroin use and methadone script): decisions, attendance,
#    contacts, a toxicology results grid, a chronology, the baby's day and
#    outcomes, then TASK n of 14 blocks, a contingency and review fields.
#    Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b181_hulmeby_icpc_case_print_decisions_contacts_tox_grid_then_task_blocks_gallagher.txt",
    "split": "heldout",
    "actions": 14,
    "template": "icpc-outcome-case-system-print-txt-caps-sections-a-to-k-decisions-dot-leader-fields-attendance-list-fixed-width-contacts-table-toxicology-results-grid-chronology-babys-day-outcomes-then-task-n-of-14-blocks-task-responsible-due-success-measure-lines-then-contingency-and-review-fields",
    "description": (
        "Case-system print of an initial conference outcome for a 9-month-old whose mother uses heroin on "
        "top of her methadone script: the baby's weight has dropped to the 9th centile and she was found "
        "with methadone within reach. Sections A to G are not the plan: the conference decisions as "
        "dot-leader fields, an attendance list, a fixed-width contacts table, a grid of urine toxicology "
        "results, a chronology, the baby's day as workers see it and the outcomes. The plan is section H, "
        "fourteen 'TASK n of 14' blocks with Task / Responsible / Due / Success measure lines. Faults: the "
        "mother's script appointments measured by 'Engagement with the service'; a passive nursery "
        "referral with '-' for who; a hair strand test 'TBC'; a baby group with '-' for when; the mother's "
        "drug use recorded but no adult service (the drug service or a GP) owns any task; a contingency "
        "that only says the core group will meet to review if there are further concerns; and no legal "
        "planning anywhere."
    ),
    "text": """\
HULMEBY COUNCIL - CHILDREN'S SERVICES                       CareFile v7  |  Printed 05/02/2026 11:42
OFFICIAL-SENSITIVE                                          Record type: CP CONFERENCE OUTCOME
=====================================================================================================

CHILD ........................ Ellie-Mai GALLAGHER    DOB 14/05/2025 (9 months)    ID CF-448120
ADDRESS ...................... Flat 9, Sedge House, Carr Road, Hulmeby HL6 4PW
HOUSEHOLD .................... Courtney Gallagher (mother, 23)
FATHER ....................... Reece Tate (25), 15 Tan Yard, Hulmeby (does not live with Ellie-Mai)
ALLOCATED WORKER ............. Ben Crowther, social worker, Hulmeby Safeguarding Team 1
TEAM MANAGER ................. Gill Sowerby

-----------------------------------------------------------------------------------------------------
SECTION A   CONFERENCE DECISIONS
-----------------------------------------------------------------------------------------------------
A1 Conference ................ Initial child protection conference, 03/02/2026, Hulmeby Town Hall
A2 Chair ..................... Martin Ekwueme (IRO)
A3 Decision .................. Child protection plan
A4 Category .................. Neglect
A5 Chair's reasons ........... Weight loss from the 50th to the 9th centile; methadone within the
                               baby's reach on 12/01/2026; Courtney's heroin use on top of her
                               methadone script
A6 Parents' view ............. Courtney agreed with the plan. Reece did not attend; Ben told him the
                               decision by phone on 03/02/2026.

-----------------------------------------------------------------------------------------------------
SECTION B   ATTENDANCE
-----------------------------------------------------------------------------------------------------
Present:    Martin Ekwueme (chair); Courtney Gallagher (mother); Ben Crowther (SW); Nicola Shaw (health
            visitor, Hulmeby 0-19 Service); Gemma Hurst (family support worker, Hulmeby Family Hub);
            Dean Platt (recovery worker, Hulmeby Drug and Alcohol Service); Kate Shields (minutes)
Apologies:  Dr Farah Yusuf (GP, Carr Road Surgery), report sent; Reece Tate (father)

-----------------------------------------------------------------------------------------------------
SECTION C   CONTACTS
-----------------------------------------------------------------------------------------------------
NAME               AGENCY                                 PHONE           E-MAIL
Ben Crowther       Hulmeby Children's Services            01632 961 220   b.crowther@hulmeby.example
Nicola Shaw        Hulmeby 0-19 Service                   01632 961 475   n.shaw@hulmeby019.example
Gemma Hurst        Hulmeby Family Hub                     01632 961 330   g.hurst@hulmeby.example
Dean Platt         Hulmeby Drug and Alcohol Service       01632 961 590   d.platt@hdas.example
Dr Farah Yusuf     Carr Road Surgery                      01632 961 010   carrroad.admin@nhs.example
Emergency Duty     Hulmeby Council (out of hours)         01632 961 000   -

-----------------------------------------------------------------------------------------------------
SECTION D   URINE TOXICOLOGY RESULTS (supplied by Hulmeby Drug and Alcohol Service, with Courtney's
            consent)
-----------------------------------------------------------------------------------------------------
DATE          METHADONE    OPIATES (HEROIN)   COCAINE    BENZODIAZEPINES
06/01/2026    Positive     Positive           Negative   Negative
13/01/2026    Positive     Positive           Negative   Negative
20/01/2026    Positive     Negative           Negative   Negative
27/01/2026    Positive     Positive           Negative   Negative
Note: methadone is expected (prescribed, 60ml daily). Opiates positive = heroin used on top of the script.

-----------------------------------------------------------------------------------------------------
SECTION E   CHRONOLOGY
-----------------------------------------------------------------------------------------------------
14/05/2025   Ellie-Mai born at Hulmeby General, 3.2kg (50th centile). Courtney on a methadone script.
10/09/2025   Health visitor noted Ellie-Mai's weight had dropped to the 25th centile.
03/12/2025   Courtney missed two script pick-ups; HDAS told the health visitor.
12/01/2026   Health visitor found a bottle of methadone on the floor beside Ellie-Mai's play mat.
             Referral to Children's Services the same day.
14/01/2026   Strategy discussion; section 47 enquiry started.
19/01/2026   Ellie-Mai weighed at 7.6kg (9th centile).
03/02/2026   Initial child protection conference.

-----------------------------------------------------------------------------------------------------
SECTION F   ELLIE-MAI'S DAY (what workers have seen)
-----------------------------------------------------------------------------------------------------
Ellie-Mai is 9 months old. On Ben's visit on 21/01/2026 at 11am she was still in her cot in a wet
nappy and took a whole bottle quickly. She sits up on her own and babbles "ba-ba". She smiles at
Courtney and reaches for her, and settles when Courtney sings. Nicola saw on 26/01/2026 that she has
only had baby rice and bottles; she has not tried lumpy food or a cup.

-----------------------------------------------------------------------------------------------------
SECTION G   OUTCOMES FOR ELLIE-MAI
-----------------------------------------------------------------------------------------------------
G1  Ellie-Mai is fed enough, often enough, and is back on the 25th centile by the review conference.
G2  Ellie-Mai is always cared for by an adult who is not under the influence of drugs.
G3  Ellie-Mai never has medicine or drugs within her reach.
G4  Ellie-Mai has her health checks and immunisations on time and plays and learns every day.

-----------------------------------------------------------------------------------------------------
SECTION H   TASKS
-----------------------------------------------------------------------------------------------------
TASK 01 of 14
  Task ............. Visit Ellie-Mai at home, see her awake, and check where she sleeps and her bottles;
                     one visit in three unannounced
  Responsible ...... Ben Crowther (SW)
  Due .............. Weekly until the review conference on 28/04/2026
  Success measure .. Visit records on CareFile within 48 hours, with what Ellie-Mai was doing and eating

TASK 02 of 14
  Task ............. Weigh Ellie-Mai and plot her weight in her red book
  Responsible ...... Nicola Shaw (HV)
  Due .............. Every two weeks until the review conference
  Success measure .. Weight on the 25th centile line by 28/04/2026, shown on the red book chart

TASK 03 of 14
  Task ............. Developmental review (ASQ-3) with Courtney
  Responsible ...... Nicola Shaw (HV)
  Due .............. By 06/03/2026
  Success measure .. ASQ-3 scores recorded in the red book and shared with the core group

TASK 04 of 14
  Task ............. Keep her methadone in the locked box Ben gave her, out of Ellie-Mai's reach, and
                     the key on her keyring
  Responsible ...... Courtney Gallagher
  Due .............. Every day from 05/02/2026
  Success measure .. Ben and Nicola see the box locked and the key on Courtney's keyring at every visit

TASK 05 of 14
  Task ............. Attend her script appointments at Hulmeby Drug and Alcohol Service and give a urine
                     sample at each one
  Responsible ...... Courtney Gallagher
  Due .............. Every Tuesday
  Success measure .. Engagement with the service

TASK 06 of 14
  Task ............. Eight home sessions with Courtney on Ellie-Mai's routine, weaning onto lumpy food,
                     and safe sleep
  Responsible ...... Gemma Hurst (FSW, Hulmeby Family Hub)
  Due .............. Weekly from 16/02/2026, all eight by 13/04/2026
  Success measure .. Daily routine chart on the fridge; Gemma sees Ellie-Mai eat a lumpy meal at three
                     visits, written in her notes

TASK 07 of 14
  Task ............. A referral will be made to Little Acorns Nursery for a funded place for Ellie-Mai
  Responsible ...... -
  Due .............. By 27/02/2026
  Success measure .. Place offer letter on CareFile

TASK 08 of 14
  Task ............. Single assessment, including how Courtney cares for Ellie-Mai on days she has used
  Responsible ...... Ben Crowther (SW)
  Due .............. By 20/03/2026
  Success measure .. Assessment report with a recommendation, shared with Courtney and the core group

TASK 09 of 14
  Task ............. Arrange a three-month hair strand test for Courtney
  Responsible ...... Ben Crowther (SW)
  Due .............. TBC
  Success measure .. Result on CareFile and shared with the core group

TASK 10 of 14
  Task ............. Take Ellie-Mai to the Baby Bounce group at Hulmeby Library
  Responsible ...... Courtney Gallagher
  Due .............. -
  Success measure .. Group register, sent to Ben by the library each month

TASK 11 of 14
  Task ............. Home fire safety visit and smoke alarms fitted in the flat
  Responsible ...... Hulmeby Fire and Rescue Service (Community Safety Team)
  Due .............. By 20/02/2026
  Success measure .. Visit record on CareFile; Ben sees working smoke alarms at his next visit

TASK 12 of 14
  Task ............. Supervised contact with Ellie-Mai at the Family Hub contact room
  Responsible ...... Reece Tate, with Family Hub contact staff supervising
  Due .............. Every Saturday, 10am to 11am
  Success measure .. Contact records written by the contact staff after each session

TASK 13 of 14
  Task ............. Write with Courtney a safety plan for any day she feels like using: who she will
                     ring, and that she will not care for Ellie-Mai alone if she has used
  Responsible ...... Ben Crowther (SW)
  Due .............. By 13/02/2026
  Success measure .. Signed safety plan on CareFile and a copy on Courtney's fridge

TASK 14 of 14
  Task ............. Show Courtney how to feed Ellie-Mai sitting up without propping the bottle, and
                     check she sleeps on her back in her own cot
  Responsible ...... Nicola Shaw (HV)
  Due .............. At each visit from 05/02/2026
  Success measure .. Nicola sees Ellie-Mai fed held and asleep on her back in her cot, written in the
                     health visiting record

-----------------------------------------------------------------------------------------------------
SECTION J   CONTINGENCY
-----------------------------------------------------------------------------------------------------
J1 Contingency plan .......... If there are further concerns about Ellie-Mai's care, or Courtney does
                               not keep to the plan, the core group will meet to review the plan and
                               consider what needs to happen next.

-----------------------------------------------------------------------------------------------------
SECTION K   REVIEW
-----------------------------------------------------------------------------------------------------
K1 Core group ................ Every four weeks, Tuesdays 1pm, Hulmeby Family Hub: 17/02/2026,
                               17/03/2026, 14/04/2026
K2 Review conference ......... 28/04/2026, 2pm, Hulmeby Town Hall
K3 Plan sent to .............. Courtney, Reece and all agencies, 05/02/2026

*** END OF PRINT ***
""",
    "findings": [
        F("M002", "Attend her script appointments at Hulmeby Drug and Alcohol Service"),
        F("W001", "A referral will be made to Little Acorns Nursery"),
        F("T002", "Arrange a three-month hair strand test for Courtney"),
        F("T001", "Take Ellie-Mai to the Baby Bounce group at Hulmeby Library"),
        F("F004"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Minutes of a pre-birth initial conference (a 19-year-old care leaver,
#    the father's violence to a former partner and his cannabis use, a move
#    to another authority planned): attendance table, agency reports in the
#    past tense, a history table, parents' views, baby's world, the risk
#    summary and decision, outcomes, then the plan as typed numbered
#    paragraphs 8.1 to 8.13, contingency, meetings and a signatures table.
#    Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b181_harthwaite_prebirth_minutes_agency_reports_history_table_then_numbered_paragraphs_delaney.docx",
    "doc_title": "Pre-birth Initial Child Protection Conference - Baby Delaney",
    "split": "heldout",
    "actions": 13,
    "template": "prebirth-icpc-minutes-docx-numbered-sections-details-kv-attendance-table-present-apologies-agency-reports-past-tense-paragraphs-history-table-date-event-source-parents-views-babys-world-worries-and-strengths-decision-outcomes-then-the-plan-as-typed-numbered-paragraphs-8-1-to-8-13-one-sentence-each-owner-time-check-then-contingency-meetings-signatures-table",
    "description": (
        "Minutes of a pre-birth initial conference for the unborn baby of a 19-year-old care leaver: the "
        "father has a conviction for assaulting a former partner and smokes cannabis daily, and the couple "
        "plan to move to his mother's in a neighbouring authority in March. Most of the minutes are not "
        "the plan: details, an attendance table, each agency's report in the past tense, a history table "
        "of the mother's time in care and the father's offences, the parents' views, the baby's world, "
        "the worries and strengths, and the decision; a signatures table closes them. The plan is a "
        "section of typed numbered paragraphs (8.1 to 8.13), each a sentence or two naming who, when and "
        "how we will know. Faults: the mother joins the antenatal group 'when she feels ready'; the "
        "personal adviser's help with a grant and budget has no check; the parenting assessment is to be "
        "paused and handed to the new authority if the family moves; 'Professionals' share information; "
        "and one outcome is about the mother only."
    ),
    "blocks": [
        ("title", "Pre-birth Initial Child Protection Conference: Minutes and Plan"),
        ("p", "Harthwaite District Council, Children's Services: Child Protection Conference Service"),
        ("h1", "1. Details"),
        ("kv", [
            ("Unborn baby", "Baby Delaney, EDD 31/03/2026 (30 weeks' gestation at the conference)"),
            ("Mother", "Kayleigh Delaney (19), care leaver, Flat 4, 18 Saxon Road, Harthwaite HT2 7LB"),
            ("Father", "Callum Reilly (24), lives with Kayleigh"),
            ("Paternal grandmother", "Denise Reilly, 9 Long Acre, Kellingford (Kellingford Borough Council)"),
            ("Conference", "Pre-birth initial child protection conference, 20/01/2026, 10am, Harthwaite "
                           "Council Offices"),
            ("Chair", "Stephen Oduya, independent reviewing officer"),
            ("Social worker", "Amy Rourke, Harthwaite Assessment Team (team manager: Paul Kitson)"),
        ]),
        ("h1", "2. Attendance"),
        ("table", {
            "header": ["Name", "Role", "Agency", "Present / apologies"],
            "widths": [3.6, 4.2, 5.8, 3.4],
            "rows": [
                ["Stephen Oduya", "Chair (IRO)", "Harthwaite Child Protection Conference Service", "Present"],
                ["Kayleigh Delaney", "Mother", "-", "Present, with her personal adviser"],
                ["Callum Reilly", "Father", "-", "Present"],
                ["Amy Rourke", "Social worker", "Harthwaite Children's Services", "Present"],
                ["Zoe Hart", "Personal adviser", "Harthwaite Leaving Care Team", "Present"],
                ["Carly Moss", "Specialist safeguarding midwife", "Harthwaite General Hospital", "Present"],
                ["Helen Shaw", "Community midwife", "Harthwaite General Hospital", "Apologies, report sent"],
                ["Nadine Cole", "Health visitor", "Harthwaite 0-19 Service", "Present"],
                ["PC Laura Finch", "Officer", "Harthwaite Police Domestic Abuse Unit", "Present"],
                ["Sam Kenny", "Recovery worker", "Open Door (Harthwaite Drug and Alcohol Service)",
                 "Present"],
                ["Rhys Carter", "Minute taker", "Business support", "Present"],
            ],
        }),
        ("h1", "3. What the agencies told the conference"),
        ("p", "Children's Services: Amy said that the referral came from the midwife on 18/11/2025 after Kayleigh "
              "told her that Callum had pushed her against a wall. Amy visited four times. Kayleigh later said the "
              "push had been \"an accident in an argument\". The flat was clean but had nothing ready for the "
              "baby."),
        ("p", "Midwifery: Carly said Kayleigh booked late, at 19 weeks, and has missed two of six appointments. "
              "The baby is growing well on the 50th centile of the GROW chart."),
        ("p", "Police: PC Finch said Callum was convicted in 2022 of assaulting a former partner, who was "
              "pregnant at the time. There have been no call-outs to Saxon Road."),
        ("p", "Open Door: Sam said Callum referred himself on 08/01/2026 after the strategy discussion, and says "
              "he smokes cannabis \"a few joints a night\" to sleep. His first urine test was positive for "
              "cannabis."),
        ("p", "Leaving Care: Zoe said Kayleigh has had her own flat since June 2025, has rent arrears of £340, "
              "and has kept every appointment with her."),
        ("h1", "4. History"),
        ("table", {
            "header": ["Date", "Event", "Source"],
            "widths": [2.8, 10.8, 3.4],
            "rows": [
                ["2014", "Kayleigh (then 8) came into care with her brother after neglect by their mother.",
                 "Children's Services records"],
                ["2014 to 2024", "Kayleigh lived with the same foster carers, the Jessops, until she was 18.",
                 "Leaving Care Team"],
                ["2022", "Callum was convicted of assaulting a pregnant former partner; community order.",
                 "Police"],
                ["June 2025", "Kayleigh moved into her own flat at 18 Saxon Road.", "Leaving Care Team"],
                ["18/11/2025", "Kayleigh told the midwife Callum had pushed her against a wall.", "Midwifery"],
                ["08/01/2026", "Callum referred himself to Open Door.", "Open Door"],
            ],
        }),
        ("h1", "5. What Kayleigh and Callum said"),
        ("p", "Kayleigh said she wants to be \"the mum I never had\", and that Callum has never hurt her on "
              "purpose. She said she wants help with the baby's things and with money, and does not want the "
              "baby to go into care \"like I did\"."),
        ("p", "Callum said he has changed since 2022 and that the cannabis helps him sleep. He said they plan to "
              "move in with his mother in Kellingford in March, so that Denise can help with the baby."),
        ("h1", "6. Baby's world, worries, strengths and the decision"),
        ("p", "Baby's world: the baby is due at the end of March and will come home to a one-bedroom flat, or to "
              "Denise's house in Kellingford. She will need feeding every two to three hours, a safe place to "
              "sleep on her back, and adults who stay calm when she cries. At the 28-week appointment Kayleigh "
              "felt the baby kick and laughed, and said she talks to her bump every night."),
        ("p", "What we are worried about: Callum's violence to a pregnant partner in 2022 and the push in November; "
              "his daily cannabis use; Kayleigh's missed appointments; nothing ready for the baby; and a move to "
              "another area just before the birth."),
        ("p", "What is working well: Kayleigh keeps in touch with Zoe and came to the conference; Callum referred "
              "himself to Open Door; the baby is growing well."),
        ("p", "Decision: the conference decided that the unborn baby will be subject to a child protection plan "
              "under the category of emotional abuse, from birth."),
        ("h1", "7. What we want for the baby"),
        ("numbers", [
            "Baby is born safely and goes home only when the discharge planning meeting has agreed who will "
            "care for her.",
            "Baby lives in a home with no violence and no cannabis smoke.",
            "Baby is fed, kept warm and sleeps safely on her back in her own Moses basket.",
            "Kayleigh's confidence and self-esteem will improve.",
        ]),
        ("h1", "8. The plan"),
        ("p", "Each numbered paragraph below is one part of the plan agreed at the conference."),
        ("pi", "8.1 Amy Rourke (social worker) will visit Kayleigh and Callum at home every week until the birth, "
               "one visit in three unannounced, and will write up each visit within two working days with what "
               "Kayleigh said when seen on her own."),
        ("pi", "8.2 Carly Moss (specialist safeguarding midwife) will put a safeguarding birth plan on the "
               "maternity record by 32 weeks (03/02/2026), so that the labour ward rings Amy or the Emergency "
               "Duty Team within two hours of the birth; the birth plan will be on the maternity system and a "
               "copy on Amy's file by that date."),
        ("pi", "8.3 Helen Shaw (community midwife) will see Kayleigh every two weeks until 36 weeks and then "
               "every week until the birth, and will e-mail Amy after each appointment with the baby's growth "
               "on the GROW chart and any missed appointment."),
        ("pi", "8.4 Sam Kenny (Open Door) will see Callum every week from 27/01/2026 with a urine test at each "
               "session, and will write to Amy before each core group about whether Callum has stopped using "
               "cannabis and is likely to stay stopped once the baby is born; the results and letters will be "
               "on Amy's file."),
        ("pi", "8.5 Callum will go to the assessment for the Harthwaite Respect programme on 05/02/2026 and, if "
               "offered a place, to every Thursday session, shown by the programme's register, which is sent to "
               "Amy each month."),
        ("pi", "8.6 Kayleigh will go to the antenatal group at Harthwaite Family Hub with Zoe when she feels "
               "ready, and the Family Hub will send Amy the group register."),
        ("pi", "8.7 Zoe Hart (personal adviser) will help Kayleigh apply for the Sure Start Maternity Grant and "
               "set up a weekly budget for her rent arrears by 13/02/2026."),
        ("pi", "8.8 Amy will carry out the pre-birth parenting assessment, to be finished by 03/03/2026 with the "
               "report shared with the core group; if Kayleigh and Callum move to Kellingford before then, the "
               "assessment will be paused and handed to Kellingford Council's pre-birth team, who will complete "
               "it within four weeks of the transfer-in conference and send the report to the core group."),
        ("pi", "8.9 Professionals will share any information about violence or cannabis use with Amy on the "
               "same day, and Amy will add it to the chronology."),
        ("pi", "8.10 Nadine Cole (health visitor) will make an antenatal home visit by 34 weeks (17/02/2026) to "
               "talk through safe sleep and coping with crying (ICON) and to check what is ready for the baby; "
               "her contact record and home safety checklist will be e-mailed to Amy."),
        ("pi", "8.11 PC Laura Finch (Domestic Abuse Unit) will check police systems on the first Monday of each "
               "month for any call-out or report involving Callum and will tell Amy within 24 hours of any "
               "incident, confirmed by a monthly e-mail on Amy's file."),
        ("pi", "8.12 Carly Moss will chair the pre-discharge planning meeting at 36 weeks (03/03/2026), with "
               "Kayleigh, Callum, Amy, Helen and Nadine, and will send the written discharge plan, signed by "
               "Kayleigh and Callum, to the core group within two working days."),
        ("pi", "8.13 Amy will hold a family network meeting with Kayleigh, Callum and Denise Reilly by "
               "27/02/2026 to agree who will help after the birth, and the written network plan will be on "
               "file by that date."),
        ("h1", "9. If things go wrong"),
        ("bullets", [
            "If the police are called to the flat, or Kayleigh tells anyone that Callum has pushed or hurt her: "
            "Amy (or the Emergency Duty Team) holds a strategy discussion with the police the same day, and "
            "Callum leaves the flat while it takes place.",
            "If Kayleigh or Callum try to take the baby home from the ward before the discharge planning meeting "
            "has agreed it, the midwife in charge rings the police and Amy (or the Emergency Duty Team) straight "
            "away, and the baby stays on the ward.",
            "If Callum's urine tests are still positive for cannabis at 36 weeks, or there is any further "
            "violence, Amy will ask Paul Kitson for a legal planning meeting within five working days to decide "
            "whether to start pre-proceedings under the Public Law Outline before the birth.",
        ]),
        ("h1", "10. Meetings"),
        ("bullets", [
            "Core group every three weeks, Tuesdays at 2pm, Harthwaite Family Hub: 03/02/2026, 24/02/2026 and "
            "17/03/2026.",
            "Review child protection conference: 14/04/2026 at 10am, Harthwaite Council Offices (about two weeks "
            "after the baby is due).",
        ]),
        ("h1", "11. Signatures"),
        ("table", {
            "header": ["Name", "Role", "Signed", "Date"],
            "widths": [4.5, 4.5, 4.5, 3.5],
            "rows": [
                ["Kayleigh Delaney", "Mother", "K Delaney", "20/01/2026"],
                ["Callum Reilly", "Father", "C Reilly", "20/01/2026"],
                ["Stephen Oduya", "Chair (IRO)", "S Oduya", "20/01/2026"],
            ],
        }),
    ],
    "findings": [
        F("T002", "Kayleigh will go to the antenatal group at Harthwaite Family Hub"),
        F("M001", "help Kayleigh apply for the Sure Start Maternity Grant"),
        F("X001", "assessment will be paused and handed to Kellingford Council's pre-birth team"),
        F("W002", "Professionals will share any information about violence or cannabis use"),
        F("F002", "Kayleigh's confidence and self-esteem will improve."),
    ],
})


# ---------------------------------------------------------------------------
# 7. Record of a review conference for a 14-year-old at risk of criminal
#    exploitation: details, attendance, a contacts table, a log of missing
#    episodes, a risk analysis and scaling by each professional, the young
#    person's words, the decision, then the plan as a five-column table,
#    the contingency, meetings and "Agreed by" signature lines. Landscape,
#    page header and footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b181_hobsleigh_rcpc_landscape_missing_log_contacts_risk_scaling_then_plan_table_akinola.pdf",
    "doc_title": "Review Child Protection Conference - Jordan Akinola",
    "split": "heldout",
    "actions": 15,
    "landscape": True,
    "font_size": 10,
    "min_pages": 3,
    "header": "OFFICIAL-SENSITIVE · Hobsleigh Council · Adolescent Safeguarding Service",
    "footer": "Jordan Akinola · Review conference 10/02/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "rcpc-exploitation-record-paged-landscape-header-footer-details-field-table-attendance-table-contacts-table-worker-role-agency-phone-email-then-missing-episodes-log-table-date-missing-from-back-return-interview-where-found-risk-analysis-table-scaling-by-professional-now-and-at-icpc-jordans-words-decision-outcomes-then-no-what-will-happen-lead-when-how-we-will-know-plan-table-then-contingency-meetings-agreed-by-lines",
    "description": (
        "Exemplary record of a review conference for a 14-year-old boy at risk of criminal exploitation: "
        "six missing episodes since September, found twice out of area with older men, cash and cannabis; "
        "his mother works night shifts as a nurse and his uncle has him on those nights. Most of the "
        "record is not the plan: a details table, an attendance table, a contacts table (worker, role, "
        "agency, phone, e-mail), a log of missing episodes with return home interviews, a risk analysis "
        "table and scaling by each professional now and at the initial conference, the young person's "
        "words and the decision, and 'Agreed by' signature lines at the end. The plan is one clearly "
        "headed table (No. / What will happen / Lead / When / How we will know), every row with a named "
        "owner, a real time and an observable check. The uncle's nights and boxing have a fallback, legal "
        "planning follows named triggers, and core group and review dates are set."
    ),
    "blocks": [
        ("title", "Review Child Protection Conference: Record and Plan"),
        ("h2", "Details"),
        ("table", {
            "header": ["Field", "Details"],
            "widths": [5.0, 20.7],
            "bold_first_col": True,
            "rows": [
                ["Young person", "Jordan Akinola, born 09/08/2011 (14), Year 10, Hobsleigh Academy"],
                ["Home", "22 Rowan Crescent, Hobsleigh HB8 3NT, with his mother, Funmilayo (Funmi) Akinola (41), "
                         "and his sister Ife (9)"],
                ["Uncle", "Tunde Akinola (45), Funmi's brother, 5 Cedar Walk, Hobsleigh"],
                ["Category", "Physical abuse (risk of significant harm from criminal exploitation outside the "
                             "home), since the initial conference on 18/11/2025"],
                ["This conference", "First review child protection conference, 10/02/2026, 2pm, Hobsleigh Civic "
                                    "Centre. Chair: Andrea Kowal (IRO)"],
                ["Social worker", "Ellie Norris, Hobsleigh Adolescent Safeguarding Team (team manager: Marcus "
                                  "Dunn)"],
            ],
        }),
        ("h2", "Attendance"),
        ("table", {
            "header": ["Name", "Role", "Agency", "Attendance"],
            "widths": [5.0, 6.5, 9.2, 5.0],
            "rows": [
                ["Andrea Kowal", "Chair (IRO)", "Hobsleigh Safeguarding Unit", "Present"],
                ["Jordan Akinola", "Young person", "-", "Present for the first 30 minutes"],
                ["Funmi Akinola", "Mother", "-", "Present"],
                ["Tunde Akinola", "Uncle", "-", "Present"],
                ["Ellie Norris", "Social worker", "Hobsleigh Adolescent Safeguarding Team", "Present"],
                ["Darnell Price", "Exploitation worker", "Hobsleigh Exploitation Hub", "Present"],
                ["PC Ryan Haigh", "Exploitation officer", "Hobsleigh Police Exploitation Team", "Present"],
                ["Mrs Rachel Osei", "Designated safeguarding lead", "Hobsleigh Academy", "Present"],
                ["Gemma Lowe", "Missing worker", "Hobsleigh Missing Service", "Apologies, report sent"],
                ["Leon Hart", "Case worker", "Hobsleigh Youth Justice Service", "Present"],
                ["Dr Anita Rao", "Clinical psychologist", "Hobsleigh CAMHS", "Apologies"],
            ],
        }),
        ("h2", "Contacts"),
        ("table", {
            "header": ["Worker", "Role", "Agency", "Phone", "E-mail"],
            "widths": [4.5, 5.0, 6.0, 3.6, 6.6],
            "rows": [
                ["Ellie Norris", "Social worker", "Adolescent Safeguarding Team", "01632 962 140",
                 "e.norris@hobsleigh.example"],
                ["Darnell Price", "Exploitation worker", "Hobsleigh Exploitation Hub", "01632 962 388",
                 "d.price@hobsleigh.example"],
                ["PC Ryan Haigh", "Exploitation officer", "Hobsleigh Police", "101, ext 4471",
                 "ryan.haigh@police.example"],
                ["Mrs Rachel Osei", "DSL", "Hobsleigh Academy", "01632 962 900", "dsl@hobsleighacademy.example"],
                ["Gemma Lowe", "Missing worker", "Hobsleigh Missing Service", "01632 962 515",
                 "g.lowe@hobsleigh.example"],
                ["Emergency Duty Team", "Out of hours", "Hobsleigh Council", "01632 962 000", "-"],
            ],
        }),
        ("h2", "Missing episodes since September 2025"),
        ("table", {
            "header": ["Date", "Missing from", "Back", "Return home interview", "Where found / what Jordan said"],
            "widths": [2.6, 4.0, 4.0, 4.6, 10.5],
            "rows": [
                ["05/09/2025", "Home, 7pm", "06/09/2025, 2am", "08/09/2025 (Gemma Lowe)",
                 "Found by police at Hobsleigh bus station. Said he was \"with mates\"."],
                ["26/09/2025", "School, 1pm", "28/09/2025, 6pm", "30/09/2025 (Gemma Lowe)",
                 "Found in Marnfield with two men in their twenties, £300 cash and cannabis."],
                ["14/10/2025", "Home, 9pm", "15/10/2025, 11am", "Declined",
                 "Came home by himself with a new phone he would not explain."],
                ["02/11/2025", "Home, 8pm", "03/11/2025, 7am", "04/11/2025 (Gemma Lowe)",
                 "Found by police in Marnfield in a flat used for dealing. Arrested, cannabis."],
                ["19/12/2025", "Uncle's house, 10pm", "20/12/2025, 1am", "22/12/2025 (Gemma Lowe)",
                 "Came home by taxi. Said he \"owed someone\"."],
                ["24/01/2026", "Home, 6pm", "24/01/2026, 10pm", "26/01/2026 (Gemma Lowe)",
                 "Came home by himself. Said he went to the park to \"get away from them\"."],
            ],
        }),
        ("h2", "Risk analysis"),
        ("table", {
            "widths": [5.0, 20.7],
            "bold_first_col": True,
            "rows": [
                ["Danger statement", "The professionals and Funmi are worried that older men who sell drugs in "
                                     "Marnfield are using Jordan to carry drugs and cash, that he owes them money, "
                                     "and that he could be stabbed, beaten or arrested again, or made to go further "
                                     "away, if nothing changes."],
                ["Complicating factors", "Jordan says he can leave \"whenever I want\". He still has the second "
                                         "phone. Funmi works three night shifts a week. The two men named by "
                                         "police have not been charged."],
                ["Strengths and safety", "Jordan has gone missing less often since December and came home by "
                                         "himself twice. He trusts his uncle and loves boxing. Funmi reports him "
                                         "missing quickly. He has been in school every day since 05/01/2026."],
            ],
        }),
        ("p", "Scaling: 0 means Jordan will be seriously hurt or arrested again; 10 means everyone is confident he "
              "is safe enough for the plan to end."),
        ("table", {
            "header": ["Name", "Agency", "Score at the initial conference", "Score today"],
            "widths": [6.0, 9.7, 5.0, 5.0],
            "rows": [
                ["Ellie Norris", "Adolescent Safeguarding Team", "2", "4"],
                ["Darnell Price", "Exploitation Hub", "2", "4"],
                ["PC Ryan Haigh", "Police", "1", "3"],
                ["Mrs Rachel Osei", "Hobsleigh Academy", "3", "5"],
                ["Leon Hart", "Youth Justice Service", "3", "4"],
                ["Funmi Akinola", "Mother", "4", "6"],
            ],
        }),
        ("h2", "What Jordan says"),
        ("p", "Jordan talked to the conference for 30 minutes and to Ellie on his own on 04/02/2026. \"I'm not "
              "a drug dealer. They're just people I know.\" \"Boxing's the only thing that switches my head off.\" "
              "\"I don't want Mum to lose her job because of me.\" \"If I stop going, they'll come to the house.\" "
              "He said he would like to do bricklaying at college and wants his uncle at his meetings. He scored "
              "feeling safe in Hobsleigh 5 out of 10 and at home 9 out of 10."),
        ("h2", "Decision"),
        ("p", "The conference decided that Jordan remains subject to a child protection plan. Things have begun "
              "to improve since December, but he still has contact with the men, still owes money, and was "
              "missing as recently as 24/01/2026."),
        ("h2", "What we want for Jordan"),
        ("numbers", [
            "Jordan is safe from the men who have been exploiting him: he has no contact with them and does not "
            "carry drugs or cash for anyone.",
            "Jordan is home, or at his uncle's, by 9.30pm every night, and is not missing at all.",
            "Jordan is in school every day on a full timetable, and has a college place for September 2027.",
            "Jordan can sleep, has someone to talk to about his worries, and knows how to get help if he is "
            "threatened.",
        ]),
        ("h2", "The plan from 10/02/2026"),
        ("p", "The plan agreed at today's conference is in this table. Each row says who leads, when, and how we "
              "will know it has been done."),
        ("table", {
            "header": ["No.", "What will happen", "Lead", "When", "How we will know"],
            "widths": [1.1, 9.0, 5.0, 4.6, 6.0],
            "rows": [
                ["1", "See Jordan on his own, at school, at home or somewhere he chooses, and ask about "
                      "where he goes, who with, and his safe scores",
                 "Ellie Norris, social worker",
                 "Every week until the next review conference on 04/08/2026",
                 "Visit records within 48 hours with Jordan's own words and his two scores"],
                ["2", "One-to-one sessions with Jordan on grooming, debt and how people get out, using the "
                      "exploitation screening tool",
                 "Darnell Price, Hobsleigh Exploitation Hub",
                 "Every Tuesday after school for 12 weeks from 17/02/2026",
                 "Session records; screening tool scores at weeks 6 and 12 shared with Ellie"],
                ["3", "Offer Jordan a return home interview after every missing episode",
                 "Gemma Lowe, Hobsleigh Missing Service",
                 "Within 72 hours of every return",
                 "Interview record on the file within 72 hours, shared with PC Haigh and Ellie"],
                ["4", "Report Jordan missing to the police if he is not home by 9.30pm and she cannot reach him, "
                      "and text Ellie the next morning",
                 "Funmi Akinola",
                 "Every night he is not home by 9.30pm",
                 "Police missing log; Funmi's texts on Ellie's file"],
                ["5", "Serve Child Abduction Warning Notices on the two men named in the police intelligence",
                 "PC Ryan Haigh, Hobsleigh Police Exploitation Team",
                 "By 27/02/2026",
                 "Copies of both notices on the children's file; Ryan confirms by e-mail"],
                ["6", "Send Ellie a summary of any sighting of Jordan with the named men, and of any stop or "
                      "search",
                 "PC Ryan Haigh, Hobsleigh Police Exploitation Team",
                 "Every Friday by 12 noon",
                 "Weekly e-mail summary on the file, even when there is nothing to report"],
                ["7", "Ring home by 9.30am on any day Jordan is not in school, and e-mail the week's attendance "
                      "to Ellie",
                 "Mrs Rachel Osei, DSL, Hobsleigh Academy",
                 "Every school day",
                 "First-day call log; weekly attendance e-mail showing at least 95%"],
                ["8", "Move Jordan from his part-time timetable to a full timetable, with a mentor session "
                      "each morning",
                 "Mr Ian Coles, Head of Year 10, Hobsleigh Academy",
                 "Full timetable by 20/03/2026",
                 "Jordan's timetable on file; lesson attendance marks e-mailed to Ellie each Friday"],
                ["9", "Two taster days on the bricklaying course at Hobsleigh College, and a careers plan "
                      "written with Jordan",
                 "Paul Dent, careers adviser, Hobsleigh Academy",
                 "Taster days by 27/03/2026; careers plan by 30/04/2026",
                 "College's confirmation that Jordan went; the careers plan on file"],
                ["10", "Take Jordan to boxing at Hobsleigh Amateur Boxing Club and bring him home",
                 "Tunde Akinola, uncle",
                 "Every Monday and Thursday, 6pm to 8pm",
                 "Club register; Tunde texts Funmi and Ellie when Jordan is home"],
                ["11", "Have Jordan to stay at his house on every night Funmi works a night shift, with Jordan "
                       "in by 9pm",
                 "Tunde Akinola, uncle",
                 "Every night shift on Funmi's rota, which she gives Ellie on the 1st of each month",
                 "Tunde texts Ellie by 9.15pm on each of those nights to say Jordan is in"],
                ["12", "Six sessions with Funmi on the signs of exploitation and what to do when she sees them",
                 "Lisa Wade, parent worker, Hobsleigh Exploitation Hub",
                 "Weekly from 24/02/2026, all six by 31/03/2026",
                 "Session records; Funmi's own list of signs and actions, shared at the core group on "
                 "07/04/2026"],
                ["13", "Assess Jordan's sleep and low mood and agree any help with him and Funmi",
                 "Dr Anita Rao, clinical psychologist, Hobsleigh CAMHS",
                 "Assessment by 13/03/2026",
                 "CAMHS letter with the outcome of the assessment on Ellie's file by 20/03/2026"],
                ["14", "Sessions for Jordan's deferred prosecution for the cannabis found on 02/11/2025",
                 "Leon Hart, Hobsleigh Youth Justice Service",
                 "Every two weeks until 30/04/2026",
                 "Session records; Leon's completion report to Ellie by 07/05/2026"],
                ["15", "Refer Jordan to the National Referral Mechanism as a possible victim of modern slavery",
                 "Ellie Norris, social worker",
                 "By 20/02/2026",
                 "NRM reference number and the reasonable grounds decision on file"],
            ],
        }),
        ("h2", "If things go wrong"),
        ("bullets", [
            "If Jordan is not home by 9.30pm and cannot be reached: Funmi reports him missing to the police "
            "(999 if she thinks he is in danger). If he is missing for more than 24 hours, or is found outside "
            "Hobsleigh, Ellie (or the Emergency Duty Team) holds a strategy discussion with the police within "
            "one working day.",
            "If Jordan is found with drugs, a weapon or cash, or with either of the men named in the warning "
            "notices: Ellie holds a strategy discussion with the police the same day, and asks Marcus Dunn for a "
            "legal planning meeting within five working days.",
            "If Jordan is missing three or more times in any four weeks, Ellie will ask for a legal planning "
            "meeting within five working days, to decide whether to apply for a care order.",
            "If Tunde cannot have Jordan on a night-shift night (he is ill or away): Funmi swaps her shift, as "
            "her ward manager agreed in writing on 02/02/2026. If she cannot, she rings Ellie (or the Emergency "
            "Duty Team) before 5pm, and Jordan stays with Hobsleigh emergency foster carers that night. If "
            "Tunde cannot take Jordan to boxing, Funmi takes him.",
        ]),
        ("h2", "Meetings"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 4pm at Hobsleigh Academy: 10/03/2026, 07/04/2026, "
            "05/05/2026, 02/06/2026, 30/06/2026 and 28/07/2026.",
            "Next review child protection conference: 04/08/2026 at 2pm, Hobsleigh Civic Centre.",
        ]),
        ("h2", "Agreed by"),
        ("pl", "Jordan Akinola (young person) ....................... J Akinola, 10/02/2026"),
        ("pl", "Funmi Akinola (mother) ............................... F Akinola, 10/02/2026"),
        ("pl", "Tunde Akinola (uncle) ................................ T Akinola, 10/02/2026"),
        ("pl", "Andrea Kowal (chair) ................................. A Kowal, 10/02/2026"),
    ],
    "findings": [],
})
