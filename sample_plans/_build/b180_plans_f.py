"""Batch 180, module f: seven fictional plans (tuning material), places beginning with "f".

Everything here is made up: children, families, professionals, services,
schools, hospitals, police forces, councils, phone numbers and e-mail
addresses. Labels were written by hand from docs/rules.md and the
conventions in sample_plans/README.md, without running planlint or reading
its code.

Focus: the plan inside a longer document, where most tables and lists are
not the work. Each document carries the parts real conference records,
reports, packs and minutes carry, and none of them holds actions: attendance
tables (name, role, agency, present or apologies; invited / attended /
report), a key of initials, contacts tables, a who's who with a genogram
key, a distribution list, lists of the reports read and of services already
involved, chronologies and history tables in the past tense, the last
plan's actions with a RAG status or "Done / Not done", school attendance by
term, breath, liver, urine, mood-score and weight tables, a summary table of
agency reports, a risk analysis grid, a Signs of Safety mapping summary
whose third column ("What needs to change") is the assessment and not the
plan, scaling tables with each person's score, the children's own words,
the conference decision, notes on a family's move and signature tables.
The plan itself is always in a part that says it is the plan (a numbered
table, owner-first bullets, numbered minutes' actions with Lead / By /
Check lines, action blocks under outcome headings). In the four faulty
plans a few actions have a vague or missing owner, time or measure, and a
few Child Z faults appear (a mental health service that only supports, an
outcome about an adult, no fallback for relatives, a vague contingency, no
legal planning, a review conference still to be confirmed, an action left
for the receiving authority).

1. an initial conference record for a 7-year-old and a 20-month-old whose
   mother drinks: attendance table, reports read, chronology, agency
   information, a risk analysis grid, a scaling table, the decision, then
   outcomes and a numbered plan table, contingency, meetings, a contacts
   table and a signature table (docx, exemplary);
2. a review conference report and plan for a 10-year-old and a 6-year-old
   whose mother has depression and took two overdoses: contacts table,
   attendance, the initial plan's actions with what happened and a RAG
   status, attendance by term, the children's words, the chair's analysis
   and scores, the decision, then the new plan table; page header and
   footer (pdf): faults are the CMHT care coordinator's fortnightly
   appointments only supporting the mother, a young carer's assessment
   "ASAP", a housing bid with "-" for how we'll know, "All professionals"
   telling the social worker of worries, and no legal planning anywhere
   (H001, T002, M001, W002, R002);
3. a Signs of Safety initial conference record for an 8-year-old and a
   3-year-old after their father's violence (he smokes cannabis daily and
   lives with his parents, who supervise contact): who was there, services
   already involved, a mapping summary, danger statement and safety goals,
   scaling by each person, Kayla's three houses, Ryan's day and the
   decision, then a next-steps table (md): faults are the father's
   perpetrator programme "when he feels ready", the school's check-ins
   measured by "Monitored", a Freedom Programme referral with "-" for who,
   a dental check with "-" for by when, a safety goal about the father
   only, and no fallback if the grandparents cannot supervise contact
   (T002, M002, W001, T001, F002, C003);
4. third core group minutes for three children whose mother drinks: a key
   of initials, services already involved, the last meeting's actions done
   or not done, agency updates, a test results table, attendance this
   term, the children's words, scores and outcomes, then numbered agreed
   actions with Lead / By / Check lines (txt): faults are the alcohol
   service's key work checked by "Engagement with the service", a young
   carers referral "ASAP", a dental check with "-" for check, "Core group"
   as a lead, a contingency that only meets to discuss and consider next
   steps if things do not improve, no legal planning, and a review
   conference "date to be confirmed" (M002, T002, M001, W002, C002, R002,
   R001);
5. a pre-birth conference report and plan for an unborn boy whose mother
   has depression and anxiety and took an overdose in pregnancy, and whose
   father smokes cannabis: who's who and genogram key, documents read, a
   history table, mood-score and urine test tables, baby's world, the
   parents' views, the decision, then outcomes and owner-first "What will
   happen" bullets, contingency, meetings and signatures (md, exemplary);
6. an initial conference report pack in lettered parts for an 11-year-old
   and an 8-year-old whose mother has bipolar disorder and is moving to
   another authority: front sheet, attendance (invited, attended, report),
   an agency summary table, previous involvement, the children's words and
   the decision, then Part G's outcomes and Ref table, contingency,
   meetings and notes on the move (docx): faults are the care
   coordinator's weekly visits only supporting the mother, the young
   carers group "when appropriate", a Home-Start referral with "-" for
   lead, the learning mentor's sessions measured by "Improvement in Noah's
   behaviour", Evie's CAMHS referral left for the receiving authority to
   make after the transfer, and an outcome about the mother only (H001,
   T002, W001, M002, X001, F002);
7. a multi-agency conference pack for a 5-month-old with faltering growth:
   cover details, a distribution list, attendance, a summary of agency
   reports, a weights and centiles table, Luca's day, his parents' views
   and the decision, then numbered action blocks under outcome headings
   with Who / When / How we will know lines, contingency, meetings and a
   signature table; page header and footer (pdf, exemplary).

Three plans (1, 5 and 7) are exemplary: every action has a named owner, a
real timescale and something that can be seen, counted or read; every
outcome is about the child; each contingency has specific triggers and
protective responses and says what happens if a relative's help fails;
each records the child's words or observed lived experience, core group
dates and a dated review conference, and legal planning after named
triggers; adult services (alcohol and drug services, the GP, the perinatal
mental health team) own actions where a parent drinks, uses cannabis or is
ill, and the perinatal mental health team is asked for its view of the
mother's capacity to change and how long it will take. Plan 7 records no
parental illness or substance use.

Counting convention used for "actions" (README convention 1): each row of
an action table, each bullet of the "What will happen" list, each numbered
agreed action of the minutes and each action block of the pack counts
once, whatever number of sentences it holds. Nothing outside the part that
holds the plan is counted: attendance, contacts, distribution and
signature tables, keys of initials, who's who and genogram keys, lists of
reports read and services already involved, chronologies and history
tables, the last plan's actions with their RAG or done status, test,
score, weight and attendance tables, agency summaries, risk analysis grids
and mapping summaries (including a "What needs to change" column),
scaling, the children's words, decisions, outcomes and safety goals,
contingencies, meeting dates and notes on a move.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. Initial conference record: attendance table, reports considered,
#    chronology, agency information, risk analysis grid, scaling by each
#    professional, decision, then the plan (outcomes and a table), contingency,
#    meetings, contacts table and signatures. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b180_fallowmere_icpc_record_risk_grid_contacts_signatures_okafor.docx",
    "doc_title": "Record of Initial Child Protection Conference and Child Protection Plan - Amara and Tobi Okafor",
    "split": "tune",
    "actions": 16,
    "template": "icpc-record-docx-numbered-sections-attendance-table-present-apologies-reports-considered-bullets-chronology-table-agency-information-risk-analysis-three-column-grid-scaling-table-by-professional-decision-then-outcomes-and-no-what-who-when-how-well-know-plan-table-then-contingency-meetings-contacts-table-signature-table",
    "description": (
        "Exemplary initial conference record for a 7-year-old and a 20-month-old living with neglect "
        "because their mother drinks heavily; their aunt helps after school and on Saturday nights and "
        "their father has them on alternate weekends. Most of the document is not the plan: an "
        "attendance table (name, role, agency, present or apologies), a list of the reports the "
        "conference read, a chronology table in the past tense, what each agency said, a risk analysis "
        "grid (worries, complicating factors, what is working well), a scaling table by each "
        "professional, the conference decision, a contacts table and a signature table. The plan is "
        "section 10 (outcomes, then a numbered table with Who, When and How we'll know). The alcohol "
        "service and GP own actions and report on change, the aunt's help has a fallback, legal "
        "planning follows named triggers, core group and review dates are set, and Amara's words and "
        "Tobi's day are recorded."
    ),
    "blocks": [
        ("title", "Record of Initial Child Protection Conference"),
        ("p", "Fallowmere Metropolitan Borough Council - Children's Services - Safeguarding and Quality "
              "Assurance Unit"),
        ("kv", [
            ("Children", "Amara Okafor (born 02/03/2018, 7) and Tobi Okafor (born 11/03/2024, 20 months)"),
            ("Address", "24 Kestrel Walk, Fallowmere FW6 2LD"),
            ("Date and place", "20/11/2025, 10am, Room 3, Fallowmere Civic Centre"),
            ("Chair", "Janet Ellery, child protection chair"),
            ("Minutes", "Paula Dean, business support"),
        ]),
        ("h1", "1. Who was invited and who came"),
        ("table", {
            "header": ["Name", "Role", "Agency", "Present / apologies"],
            "widths": [3.8, 4.4, 5.2, 3.6],
            "rows": [
                ["Janet Ellery", "Chair", "Fallowmere Safeguarding and QA Unit", "Present"],
                ["Grace Okafor", "Mother", "-", "Present"],
                ["Emeka Okafor", "Father", "-", "Present"],
                ["Ngozi Eze", "Maternal aunt (invited for the family part)", "-", "Present"],
                ["Hannah Cole (HC)", "Social worker", "Fallowmere Children's Services, Safeguarding Team North",
                 "Present, report"],
                ["Rob Sinclair", "Team manager", "Fallowmere Children's Services", "Present"],
                ["Sunita Rai (SR)", "Health visitor", "Fallowmere 0-19 Service", "Present, report"],
                ["Paul Grady (PG)", "Designated safeguarding lead", "Hollybank Primary School",
                 "Present, report"],
                ["Kerry Walsh (KW)", "Nursery manager", "Little Acorns Day Nursery", "Present"],
                ["Dean Whitfield (DW)", "Recovery worker", "Fallowmere Recovery Partnership (alcohol and drugs)",
                 "Present"],
                ["Dr Helen Marsh (HM)", "GP", "Beacon Lane Surgery", "Apologies, report sent"],
                ["DC Alan Reid (AR)", "Detective constable", "Fallowmere Police, Public Protection Unit",
                 "Present, report"],
            ],
        }),
        ("h1", "2. Reports the conference read"),
        ("bullets", [
            "Social worker's report to initial conference and the child and family assessment (Hannah Cole, "
            "14/11/2025)",
            "Health visitor's report for Tobi, and Amara's school nurse health summary (Sunita Rai)",
            "Hollybank Primary School report, with Amara's attendance and punctuality since September 2024",
            "Police report on the call to 24 Kestrel Walk on 02/11/2025 (DC Alan Reid)",
            "GP report (Dr Helen Marsh, 17/11/2025)",
            "Grace's own written statement to the conference",
        ]),
        ("h1", "3. Why the conference was called"),
        ("p", "In the early hours of 02/11/2025 Amara rang her aunt Ngozi because she could not wake her mum. "
              "Ngozi called the police. Officers found Grace asleep on the settee after drinking most of a "
              "bottle of vodka, Tobi awake and wet in his cot, and Amara, aged 7, trying to give him a bottle. "
              "A strategy discussion on 03/11/2025 agreed a section 47 enquiry. Grace has told Hannah that she "
              "has drunk most evenings since Emeka moved out in the spring."),
        ("h1", "4. Chronology"),
        ("table", {
            "header": ["Date", "What happened", "Source"],
            "widths": [2.6, 11.0, 3.4],
            "rows": [
                ["04/2025", "Emeka moved out of 24 Kestrel Walk; he and Grace separated.", "Grace, Emeka"],
                ["06/2025", "Tobi missed his 12-month immunisations and his 1-year review.", "0-19 Service"],
                ["07/2025", "Hollybank recorded Amara's summer term attendance as 86%, with 14 late marks.",
                 "School"],
                ["22/09/2025", "Amara told her teacher that she made Tobi's breakfast because Mum was "
                               "\"poorly\".", "School (CPOMS)"],
                ["09/10/2025", "Kerry Walsh smelled alcohol on Grace at nursery pick-up and rang the "
                               "Children's Services Front Door.", "Nursery"],
                ["02/11/2025", "Police found Grace asleep after drinking, with Amara and Tobi awake and alone "
                               "in her care. The children stayed with Ngozi for three nights.", "Police"],
                ["03/11/2025", "Strategy discussion; section 47 enquiry agreed.", "Children's Services"],
                ["12/11/2025", "Grace saw Dr Marsh and was referred to Fallowmere Recovery Partnership.",
                 "GP"],
            ],
        }),
        ("h1", "5. What the agencies told the conference"),
        ("p", "Hannah Cole said that the house was clean on her visits but that there was little food in "
              "the fridge on two of them, and that she found empty vodka bottles in the recycling on "
              "13/11/2025. Sunita Rai said that Tobi is on the 50th centile for weight and is a happy, "
              "sociable toddler, but he has missed his 12-month immunisations and is only saying two words. "
              "Paul Grady said that Amara's attendance this term is 84%, that she is often late and tired, "
              "and that she worries about her mum and her brother during the day. Kerry Walsh said that Tobi "
              "comes to nursery on Tuesdays and Thursdays, and that Ngozi now brings him. Dean Whitfield said "
              "that Grace had her first appointment on 18/11/2025 and scored 24 on the AUDIT questionnaire, "
              "which shows possible dependence. Dr Marsh's report said Grace's liver function test in "
              "October was slightly raised. DC Reid said there had been no earlier police calls to the "
              "address."),
        ("h1", "6. Amara and Tobi"),
        ("p", "Hannah saw Amara on her own at school on 12/11/2025. Amara drew her house and put a sad face "
              "on the kitchen. She said: \"Mummy drinks the smelly drink and then she goes to sleep and I "
              "can't wake her up.\" \"I look after Tobi. I give him his bottle and his biscuits.\" \"I like "
              "it at Auntie Ngozi's because there's always dinner.\" When Hannah asked what she would wish "
              "for, Amara said: \"That Mummy stops the smelly drink and Daddy comes more.\""),
        ("p", "Tobi is 20 months old and cannot yet tell us what his life is like. At nursery he plays "
              "happily with the water tray and cries when he is left, then settles quickly with his key "
              "person. Sunita saw him at home on 10/11/2025: he went to Amara, not to Grace, when he fell "
              "over, and ate two bananas quickly."),
        ("h1", "7. What the parents said"),
        ("p", "Grace said she is ashamed of what happened on 02/11/2025 and that she wants help to stop "
              "drinking. She said she drinks when the children are in bed because she is lonely. Emeka said "
              "he had not known how much Grace was drinking and that he wants to see the children more. Both "
              "parents agreed to the plan below."),
        ("h1", "8. Risk analysis"),
        ("table", {
            "header": ["What we are worried about", "What makes it harder", "What is working well"],
            "widths": [5.8, 5.6, 5.6],
            "rows": [
                ["Amara and Tobi could be hurt or left without care at night if Grace drinks until she "
                 "cannot wake up: Tobi could choke, fall or get out of the flat, and Amara has to act like "
                 "a parent to him.",
                 "Grace has drunk every evening for several months and has no other adult in the flat in "
                 "the evening. She finds it hard to ask for help.",
                 "Grace has asked for help and has been to the Recovery Partnership. Ngozi lives four "
                 "streets away and helps every day."],
                ["Amara is missing school and is tired and worried in class.",
                 "The school run depends on Grace being up in the morning.",
                 "Amara likes school and her teacher, and she talks to Mr Grady."],
                ["Tobi has missed his immunisations and his review, and his speech is behind.",
                 "Grace has missed three health appointments this year.",
                 "Tobi is growing well, is loved and goes to nursery twice a week."],
            ],
        }),
        ("p", "Scaling: 0 means Amara and Tobi are not safe at home and 10 means everyone is sure they are "
              "safe enough for the plan to end."),
        ("table", {
            "header": ["Who", "Score", "Why"],
            "widths": [4.5, 1.8, 10.7],
            "rows": [
                ["Hannah Cole (SW)", "3", "Grace has asked for help, but she is still drinking most nights."],
                ["Sunita Rai (HV)", "4", "Tobi is well cared for in the day; the nights worry me."],
                ["Paul Grady (school)", "3", "Amara's attendance and tiredness have not changed."],
                ["Dean Whitfield (FRP)", "4", "Grace came to her first appointment and was honest."],
                ["Grace Okafor", "6", "\"I've stopped having drink in the house since it happened.\""],
                ["Ngozi Eze", "5", "\"I'm there every day, but I can't be there at night.\""],
            ],
        }),
        ("h1", "9. The conference decision"),
        ("p", "The conference decided that Amara and Tobi will be the subject of a child protection plan "
              "under the category of neglect. All the professionals agreed. The lead social worker is Hannah "
              "Cole. The plan the conference agreed is in section 10."),
        ("h1", "10. The child protection plan"),
        ("h2", "What we want for Amara and Tobi"),
        ("numbers", [
            "Amara and Tobi are cared for every day and every night by an adult who is sober.",
            "Amara goes to school every day, on time and rested, and no longer has to look after Tobi.",
            "Tobi has all his immunisations and health reviews, and his talking catches up with other "
            "children of his age.",
        ]),
        ("h2", "What will happen"),
        ("table", {
            "header": ["No.", "What will happen", "Who", "When", "How we'll know"],
            "widths": [1.0, 6.2, 3.2, 3.0, 3.6],
            "rows": [
                ["1", "Visit Amara and Tobi at home, at least one visit in three unannounced and some in the "
                      "evening; see Amara on her own and ask Grace to take a breath test",
                 "HC (social worker)", "Every week until the review conference",
                 "Visit records on file within 48 hours with Amara's words and the breath test reading"],
                ["2", "Finish the assessment of Grace's drinking started on 18/11/2025, then key-work sessions on stopping drinking, with a breath "
                      "test at every session",
                 "DW (Fallowmere Recovery Partnership)", "Assessment by 04/12/2025; then every Wednesday",
                 "Breath test readings e-mailed to HC after every session"],
                ["3", "Write a report on whether Grace is able to stop drinking and stay stopped, what she "
                      "still needs to do and how long that is likely to take",
                 "DW (Fallowmere Recovery Partnership)", "By 28/01/2026",
                 "Report on HC's file and shared with the core group on 04/02/2026"],
                ["4", "Go to every Recovery Partnership session and drink no alcohol at all while caring "
                      "for Amara or Tobi",
                 "Grace Okafor", "Every Wednesday, and every day",
                 "Session register and breath tests at 0.00 at every session and at every HC visit"],
                ["5", "Repeat Grace's liver function blood tests and discuss medication to help her stay "
                      "off alcohol",
                 "HM (GP)", "By 12/12/2025, and again by 06/02/2026",
                 "Test results and a GP letter on HC's file within a week of each test"],
                ["6", "Give Tobi his missed 12-month immunisations and do his overdue 1-year review",
                 "SR (health visitor)", "By 19/12/2025",
                 "Immunisations and review recorded in Tobi's red book and on the child health record"],
                ["7", "Home visits to Tobi and Grace, and an ASQ-3 check of Tobi's talking",
                 "SR (health visitor)", "Every 2 weeks; ASQ-3 by 16/01/2026",
                 "ASQ-3 scores shared with HC; speech and language referral sent if his communication "
                 "score is below the cut-off"],
                ["8", "Write down who brings and collects Tobi, the time, and anything worrying (for example "
                      "a smell of alcohol), and ring HC the same day about any worry",
                 "KW (Little Acorns nursery manager)", "Every Tuesday and Thursday",
                 "Nursery log sent to HC on the last Friday of each month"],
                ["9", "Ring Grace if Amara is not in school by 9.10am, and ring HC if Grace does not answer "
                      "by 10am",
                 "PG (Hollybank DSL)", "Every school day",
                 "First-day call log; weekly attendance figure e-mailed to HC every Friday"],
                ["10", "Weekly time with Amara and her learning mentor, Ms Farah Idris, using a worry book "
                       "in which Amara scores her week out of 10",
                 "PG (Hollybank DSL)", "Every Monday from 24/11/2025",
                 "Worry book scores and Amara's words sent to HC before each core group"],
                ["11", "Collect Amara from school and give both children their tea at her house",
                 "Ngozi Eze (maternal aunt)", "Monday, Wednesday and Friday, 3.15pm to 6.30pm",
                 "School collection book signed by Ngozi; Amara tells HC at visits what she had for tea"],
                ["12", "Have Amara and Tobi to stay overnight at her house",
                 "Ngozi Eze (maternal aunt)", "Every Saturday night until the review conference",
                 "Ngozi texts HC each Sunday morning; HC checks with Amara when she sees her alone"],
                ["13", "Have Amara and Tobi at his flat and tell HC straight away if Grace has been drinking "
                       "at handover",
                 "Emeka Okafor (father)", "Alternate weekends, Friday 5pm to Sunday 5pm, from 28/11/2025",
                 "Contact dates on HC's file; Amara tells HC how the weekends went"],
                ["14", "Hold a family network meeting to write a family safety plan saying which adult cares "
                       "for the children on any night Grace has been drinking",
                 "HC (social worker)", "By 05/12/2025",
                 "Safety plan signed by Grace, Emeka and Ngozi; copies with each of them and on file"],
                ["15", "Parenting assessment of Grace, including Amara's views and how Grace keeps the "
                       "children safe in the evening",
                 "HC (social worker)", "By 30/01/2026",
                 "Report with a recommendation shared with Grace, Emeka and the core group by 30/01/2026"],
                ["16", "Put a marker on 24 Kestrel Walk so that any call there gets an officer, and tell HC of "
                       "any call by 9am the next working day",
                 "AR (Public Protection Unit)", "Marker by 27/11/2025; calls by 9am next working day",
                 "E-mail confirming the marker on file; call notifications on the children's chronology"],
            ],
        }),
        ("h1", "11. If things go wrong"),
        ("bullets", [
            "If Grace is found to have been drinking while she is caring for Amara or Tobi, or a breath test "
            "is over 0.00 at an HC visit: Ngozi takes the children to her house that day. Hannah (or the "
            "Emergency Duty Team out of hours) holds a strategy discussion with the police the same day, and "
            "Hannah asks Rob Sinclair for a legal planning meeting within 5 working days.",
            "If Ngozi cannot take the children, Emeka collects them and they stay at his flat. If neither "
            "can, Hannah places the children with Fallowmere foster carers the same day, with Grace's "
            "agreement, or asks the police to use their protection powers if Grace does not agree.",
            "If Ngozi is ill or can no longer collect Amara or have the children on Saturdays, she or Grace "
            "tells Hannah that day. Emeka has agreed to collect Amara on Wednesdays and Fridays; on Mondays "
            "Amara goes to Hollybank's after-school club, paid for by Children's Services, until Hannah has "
            "agreed another adult with the family within 5 working days. There are no overnight stays with "
            "Grace alone until then.",
            "If by the review conference Grace's breath tests and liver function results are not clear, or "
            "Amara's attendance is still below 90%, Hannah will ask for a legal planning meeting to decide "
            "whether the Public Law Outline should start.",
        ]),
        ("h1", "12. Core group and review"),
        ("bullets", [
            "Core group every 4 weeks at Hollybank Primary School, Wednesdays at 1.30pm: 03/12/2025, "
            "07/01/2026 and 04/02/2026.",
            "Review child protection conference: 19/02/2026 at 10am, Fallowmere Civic Centre.",
        ]),
        ("h1", "13. Contacts"),
        ("table", {
            "header": ["Worker", "Agency", "Phone", "E-mail"],
            "widths": [3.8, 5.2, 3.2, 4.8],
            "rows": [
                ["Hannah Cole", "Children's Services, Safeguarding Team North", "01632 960 411",
                 "hannah.cole@fallowmere.example"],
                ["Emergency Duty Team", "Children's Services (evenings and weekends)", "01632 960 999", "-"],
                ["Sunita Rai", "Fallowmere 0-19 Service", "01632 960 522", "sunita.rai@fallowmere-health.example"],
                ["Paul Grady", "Hollybank Primary School", "01632 960 630", "dsl@hollybank.example"],
                ["Dean Whitfield", "Fallowmere Recovery Partnership", "01632 960 744", "d.whitfield@frp.example"],
            ],
        }),
        ("h1", "14. Signed"),
        ("table", {
            "header": ["Name", "Signature", "Date"],
            "widths": [6.0, 6.0, 5.0],
            "rows": [
                ["Grace Okafor (mother)", "G. Okafor", "20/11/2025"],
                ["Emeka Okafor (father)", "E. Okafor", "20/11/2025"],
                ["Janet Ellery (chair)", "J. Ellery", "20/11/2025"],
            ],
        }),
        ("p", "Record and plan sent to Grace, Emeka, Ngozi and every agency on 24/11/2025."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Review conference report and plan: contacts table first, attendance,
#    the last plan's actions with a RAG status, school attendance by term,
#    the children's words, the chair's analysis and scores, the decision,
#    then outcomes and the new plan table. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b180_farrowdale_rcpc_report_rag_review_attendance_by_term_penhaligon.pdf",
    "doc_title": "Review Child Protection Conference - Report and Plan - Maisie and Alfie Penhaligon",
    "split": "tune",
    "actions": 14,
    "min_pages": 3,
    "header": "Farrowdale Borough Council · Children's Services · OFFICIAL-SENSITIVE",
    "footer": "Maisie and Alfie Penhaligon · Review conference 03/02/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "rcpc-report-and-plan-paged-header-footer-contacts-table-first-attendance-table-then-last-plan-review-table-what-was-agreed-what-happened-rag-then-school-attendance-by-term-table-childrens-words-chairs-analysis-and-scores-decision-then-outcomes-and-no-what-needs-to-happen-lead-by-when-how-well-know-table-contingency-meetings",
    "description": (
        "Review conference report and plan for a 10-year-old and a 6-year-old living with neglect; their "
        "mother has depression and anxiety and took two overdoses in 2025, and their grandmother helps. "
        "The document opens with a contacts table and an attendance table, then reviews the initial "
        "conference plan in a table of what was agreed, what happened and a RAG status (done, not done), "
        "gives the children's school attendance by term, their words, the chair's analysis with each "
        "agency's score and the decision; only Part 8 is the new plan (numbered table). Faults: the "
        "community mental health team's fortnightly appointments only support the mother; the young "
        "carer's assessment 'ASAP'; the housing bid with '-' for how we'll know; 'All professionals' "
        "telling the social worker of worries; and nothing says insufficient progress leads to legal "
        "planning."
    ),
    "blocks": [
        ("title", "Review Child Protection Conference: Report and Plan"),
        ("kv", [
            ("Children", "Maisie Penhaligon (born 14/06/2015, 10, Year 6) and Alfie Penhaligon (born "
                         "30/09/2019, 6, Year 2), both at St Aidan's C of E Primary School"),
            ("Lives with", "Kelly Penhaligon (mother, 35), 9 Chapel Row, Farrowdale FD2 8HN"),
            ("Father", "Lee Penhaligon, lives in Redhaven; phones the children on Sunday evenings"),
            ("Maternal grandmother", "Jean Tresize, 41 Quarry Lane, Farrowdale (two miles away)"),
            ("Initial conference", "04/11/2025 (category: neglect)"),
            ("This review", "03/02/2026, Farrowdale Town Hall, chaired by Fiona Carr (independent reviewing "
                            "officer)"),
        ]),
        ("h1", "Part 1. Who to contact"),
        ("table", {
            "header": ["Worker", "Agency", "Phone", "E-mail"],
            "widths": [3.6, 5.4, 3.2, 4.8],
            "rows": [
                ["Nadia Hussain (social worker)", "Farrowdale Children's Services, Family Safeguarding Team",
                 "01632 961 204", "nadia.hussain@farrowdale.example"],
                ["Out of hours", "Farrowdale Emergency Duty Team", "01632 961 999", "-"],
                ["Sam Okoro (care coordinator)", "Farrowdale Community Mental Health Team", "01632 961 350",
                 "sam.okoro@farrowdale-mh.example"],
                ["Joanne Kirby (DSL)", "St Aidan's C of E Primary School", "01632 961 478",
                 "jkirby@staidans.example"],
                ["Carly Mercer (family support worker)", "Farrowdale Family Hub", "01632 961 512",
                 "carly.mercer@farrowdale.example"],
                ["Emma Kaur (school nurse)", "Farrowdale 0-19 Service", "01632 961 566",
                 "emma.kaur@farrowdale-health.example"],
            ],
        }),
        ("h1", "Part 2. Who came to the review"),
        ("table", {
            "header": ["Name", "Role", "Agency", "Attended"],
            "widths": [3.8, 4.2, 5.4, 3.6],
            "rows": [
                ["Fiona Carr", "Chair", "Farrowdale Safeguarding Unit", "Yes"],
                ["Kelly Penhaligon", "Mother", "-", "Yes"],
                ["Jean Tresize", "Maternal grandmother", "-", "Yes"],
                ["Lee Penhaligon", "Father", "-", "Apologies (joined by phone)"],
                ["Nadia Hussain", "Social worker", "Children's Services", "Yes, report"],
                ["Sam Okoro", "Care coordinator", "Community Mental Health Team", "Yes, report"],
                ["Joanne Kirby", "DSL", "St Aidan's C of E Primary", "Yes, report"],
                ["Carly Mercer", "Family support worker", "Farrowdale Family Hub", "Yes"],
                ["Emma Kaur", "School nurse", "Farrowdale 0-19 Service", "Apologies, report sent"],
                ["Dr Owen Price", "GP", "Millgate Medical Centre", "Apologies, report sent"],
            ],
        }),
        ("h1", "Part 3. What happened to the plan from the initial conference"),
        ("p", "This table is for the record. It shows what the initial conference plan asked for and what "
              "happened. The new plan agreed today is in Part 8."),
        ("table", {
            "header": ["No.", "What was agreed on 04/11/2025", "What happened", "RAG"],
            "widths": [1.0, 6.0, 7.6, 2.4],
            "rows": [
                ["1", "Social worker to visit weekly and see the children alone",
                 "Done. Nadia made 12 visits, 4 unannounced, and saw both children alone at 10 of them.",
                 "Green (done)"],
                ["2", "CMHT to review Kelly's medication",
                 "Done. Dr Venkat changed Kelly's antidepressant on 20/11/2025.", "Green (done)"],
                ["3", "Referral to Farrowdale Young Carers for Maisie",
                 "Referral made on 02/12/2025. No assessment yet: the service has a waiting list.",
                 "Red (not done)"],
                ["4", "School to tell the social worker about absences the same day",
                 "Done every time. Attendance has improved but is not yet 95%.", "Amber"],
                ["5", "Family support worker to help Kelly with morning routines",
                 "Started on 08/12/2025; nine sessions so far.", "Green"],
                ["6", "Housing to be contacted about the damp in the children's bedroom",
                 "Landlord treated the damp in January after a letter from Nadia.", "Green (done)"],
                ["7", "School nurse to see Alfie about wetting the bed",
                 "Not done: Alfie was off sick on the day of the appointment.", "Red (not done)"],
            ],
        }),
        ("h1", "Part 4. School attendance by term"),
        ("table", {
            "header": ["Term", "Maisie", "Alfie", "Late marks (both)"],
            "widths": [5.0, 3.6, 3.6, 4.8],
            "rows": [
                ["Summer term 2025", "83%", "80%", "19"],
                ["Autumn term 2025 (to the initial conference)", "85%", "82%", "11"],
                ["Autumn term 2025 (after the initial conference)", "93%", "91%", "4"],
                ["Spring term 2026 (to 30/01/2026)", "94%", "92%", "2"],
            ],
        }),
        ("h1", "Part 5. What Maisie and Alfie told us"),
        ("p", "Maisie (seen alone at school by Nadia, 26/01/2026): \"Mum is better than before Christmas. She "
              "gets up now.\" \"I still do Alfie's packed lunch because I'm quicker.\" \"When Mum went to "
              "hospital I didn't know who to ring.\" She would like to go to the Year 6 residential in May "
              "and to \"not have to worry about Mum when I'm at school\". She scored how safe she feels at "
              "home as 7 out of 10."),
        ("p", "Alfie (seen alone at home, 28/01/2026) drew himself, Mum, Maisie and Nana Jean holding hands. "
              "He said: \"Nana does fish fingers on Tuesdays.\" \"Mummy cries sometimes and then Maisie puts "
              "the telly on.\" He said he is sad when his bed is wet in the morning."),
        ("h1", "Part 6. The chair's analysis"),
        ("p", "Kelly has worked hard since the initial conference. She is taking her new medication and has "
              "kept every appointment with Sam. The children are in school more, the house is warmer and "
              "there is food in the cupboards. But Kelly took an overdose in May 2025 and another in "
              "September 2025 while the children were in the house, and her mood is still low on most days. "
              "Maisie still does much of the caring. The children do not yet have a plan for what to do if "
              "Mum becomes unwell again. Scores given at the conference (0 = not safe, 10 = safe enough to "
              "close): Nadia 5, Sam 6, Joanne Kirby 6, Carly Mercer 6, Kelly 8, Jean 7."),
        ("h1", "Part 7. Decision"),
        ("p", "The conference decided that Maisie and Alfie should stay on a child protection plan under the "
              "category of neglect. The plan below replaces the plan from the initial conference."),
        ("h1", "Part 8. The plan from today"),
        ("boldp", "What we want for Maisie and Alfie"),
        ("numbers", [
            "Maisie and Alfie live with a mum who is well enough to get them up, fed and to school every day.",
            "Maisie has time to be a 10-year-old: she does no more caring for Alfie or her mum than other "
            "children of her age.",
            "Maisie and Alfie both know exactly what to do and who to ring if their mum becomes unwell.",
            "Both children are in school at least 96% of the time.",
        ]),
        ("table", {
            "header": ["No.", "What needs to happen", "Lead", "By when", "How we'll know"],
            "widths": [1.0, 6.2, 3.4, 2.8, 3.6],
            "rows": [
                ["1", "Visit the children at home, one visit in two unannounced, and see each child on their "
                      "own",
                 "Nadia Hussain (social worker)", "Every 2 weeks until the next review",
                 "Visit records within 48 hours, with each child's words"],
                ["2", "Fortnightly appointments with Kelly to support her with her low mood and anxiety, "
                      "and help her with her medication",
                 "Sam Okoro, care coordinator, Farrowdale CMHT", "Every 2 weeks",
                 "Appointment record shared with Nadia each month"],
                ["3", "Psychiatric review of Kelly, with a written report on her risk of another overdose, "
                      "whether she can make and keep the changes the children need, and how long that is "
                      "likely to take",
                 "Dr Priya Venkat, consultant psychiatrist, Farrowdale CMHT", "By 13/03/2026",
                 "Report on Nadia's file and shared with the core group on 17/03/2026"],
                ["4", "Take her medication every day from a weekly dosette box filled by the pharmacy",
                 "Kelly Penhaligon", "Every day; box collected every Monday",
                 "Millgate Pharmacy's collection record, and Nadia sees the box at each visit"],
                ["5", "Young carer's assessment for Maisie, and a place in the Thursday young carers club",
                 "Beth Lyons, Farrowdale Young Carers", "ASAP",
                 "Young carer's assessment shared with Nadia; Maisie on the club register"],
                ["6", "Ring Kelly if either child is not in school by 9.10am, and ring Nadia if Kelly does "
                      "not answer by 10am",
                 "Joanne Kirby (DSL)", "Every school day",
                 "First-day call log; attendance for both children e-mailed to Nadia every other Friday"],
                ["7", "Six ELSA sessions with Maisie about worries and about Mum's illness",
                 "Dawn Allsop (ELSA), St Aidan's", "Wednesdays, 11/02/2026 to 25/03/2026",
                 "Maisie's worry score at the first and sixth session, shared with Nadia"],
                ["8", "See Alfie and Kelly about Alfie's bedwetting and refer him to the enuresis clinic",
                 "Emma Kaur, school nurse", "By 27/02/2026",
                 "Referral letter on file; clinic appointment date given to Nadia"],
                ["9", "Have the children for tea on Tuesdays and Thursdays, and to stay at her house on "
                      "Friday nights",
                 "Jean Tresize (maternal grandmother)", "Every Tuesday, Thursday and Friday",
                 "Jean's calendar seen by Nadia at each visit; the children tell Nadia how it went"],
                ["10", "Weekly sessions with Kelly on morning routines, meals and laundry, scoring the home "
                       "conditions checklist with her",
                 "Carly Mercer (family support worker)", "Every week until 30/04/2026",
                 "Home conditions checklist score at 16/20 or more on three visits running"],
                ["11", "Help Kelly to bid for a two-bedroom house so that Maisie has her own bedroom",
                 "Carly Mercer (family support worker)", "By 28/02/2026", "-"],
                ["12", "Tell Nadia the same day about any worry about Maisie's or Alfie's care or about "
                       "Kelly's mood",
                 "All professionals", "The same day",
                 "Worry logged on the children's chronology with Nadia's response"],
                ["13", "Write a crisis plan with Kelly, Jean and the children saying what they do and who "
                       "they ring if Kelly becomes unwell",
                 "Nadia Hussain (social worker)", "By 17/02/2026",
                 "Crisis plan signed by Kelly and Jean; a copy on the fridge, at school and at Jean's"],
                ["14", "Four sessions of direct work with Maisie and Alfie about Mum's illness, using the "
                       "'Our Family Helpers' workbook",
                 "Nadia Hussain (social worker)", "Weekly, 09/02/2026 to 02/03/2026",
                 "Workbooks on file; each child can tell Nadia who they would ring and what they would do"],
            ],
        }),
        ("h1", "Part 9. If things go wrong"),
        ("bullets", [
            "If Kelly takes an overdose, tells anyone she is thinking of ending her life, or is admitted to "
            "hospital: the adult with her rings 999. Maisie and Alfie go to Jean's that day. Nadia (or the "
            "Emergency Duty Team) holds a strategy discussion with the police and health the same day.",
            "If Jean is ill or cannot have the children, Nadia (or the Emergency Duty Team) places them with "
            "Farrowdale foster carers that day, with Kelly's agreement, until Kelly or Jean can care for "
            "them again.",
            "If Kelly misses two CMHT appointments in a row or stops her medication for more than two days, "
            "Sam tells Nadia that day and the CMHT crisis team sees Kelly within 24 hours.",
            "If either child is not in school and Kelly cannot be reached by 10am, Nadia visits the house "
            "that morning and sees both children.",
        ]),
        ("h1", "Part 10. Meetings"),
        ("bullets", [
            "Core group every 4 weeks at St Aidan's, Tuesdays at 3.30pm: 17/02/2026, 17/03/2026, 14/04/2026, "
            "12/05/2026 and 09/06/2026.",
            "Next review child protection conference: 21/07/2026 at 10am, Farrowdale Town Hall.",
        ]),
        ("p", "Report and plan sent to Kelly, Lee, Jean and every agency on 05/02/2026."),
    ],
    "findings": [
        F("H001", "Fortnightly appointments with Kelly to support her with her low mood"),
        F("T002", "Young carer's assessment for Maisie, and a place"),
        F("M001", "Help Kelly to bid for a two-bedroom house"),
        F("W002", "Tell Nadia the same day about any worry"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Signs of Safety initial conference record: who was there, services
#    already involved, a three-column mapping summary whose third column is
#    not the plan, danger statement and safety goals, scaling by each person,
#    Kayla's three houses, Ryan's day, the decision, then the safety plan's
#    next-steps table. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b180_fenbridge_sos_mapping_summary_scaling_then_next_steps_mcgarvey.md",
    "split": "tune",
    "actions": 14,
    "template": "signs-of-safety-icpc-record-md-who-was-there-table-services-already-involved-bullets-three-column-mapping-summary-working-well-worried-needs-to-change-not-the-plan-danger-statement-safety-goals-scaling-table-by-person-three-houses-ryans-day-decision-then-safety-plan-next-steps-table-what-who-by-when-how-well-know-then-if-things-go-wrong-meetings",
    "description": (
        "Signs of Safety initial conference record for an 8-year-old and a 3-year-old after their father, "
        "who smokes cannabis every day, pushed their mother into a door while she held the 3-year-old; he "
        "now lives with his parents, who supervise his contact. Most of the record is not the plan: who "
        "was there, the services already involved, a three-column mapping summary ('What's working well / "
        "What are we worried about / What needs to change', the third column a summary of the change "
        "needed, not who does what), the danger statement and safety goals, a scaling table with each "
        "person's score, Kayla's three houses, Ryan's day and the decision. The plan is section 7, a "
        "next-steps table. Faults: the father's perpetrator programme 'when he feels ready'; the school's "
        "check-ins measured by 'Monitored'; the Freedom Programme referral with '-' for who; Ryan's "
        "dental check with '-' for by when; a safety goal about the father only; and no fallback if the "
        "grandparents cannot supervise contact."
    ),
    "text": """\
# Fenbridge City Council - Children's Services

## Initial Child Protection Conference (Signs of Safety): record and safety plan

**Children:** Kayla McGarvey (born 21/05/2017, 8, Year 4, Larchfield Primary School) and Ryan McGarvey
(born 08/08/2022, 3, Bright Stars Nursery)
**Mum:** Leanne McGarvey (29), 17 Osier Close, Fenbridge FB3 9TW, where the children live
**Dad:** Shaun McGarvey (31), living since 15/10/2025 with his parents, Brian and Sandra McGarvey, at
12 Heron Way, Fenbridge
**Conference:** 06/11/2025, Fenbridge Children's Centre. **Chair:** Anita Bose (conference chair)
**Social worker:** Martin Okon, Fenbridge Safeguarding Team East (team manager: Claire Ruddock)

### 1. Who was there

| Name | Role | Here or apologies |
|---|---|---|
| Anita Bose | Chair | Here |
| Leanne McGarvey | Mum | Here |
| Shaun McGarvey | Dad | Here for the family part |
| Brian and Sandra McGarvey | Paternal grandparents | Here for the family part |
| Martin Okon | Social worker | Here |
| Jo Tanner | IDVA, Fenbridge Women's Aid | Here |
| Rachel Pike | DSL, Larchfield Primary School | Here |
| Lorna Hughes | Health visitor, Fenbridge 0-19 Service | Here |
| Gemma Fraser | Manager, Bright Stars Nursery | Apologies, report sent |
| PC Dan Fielding | Fenbridge Police, Domestic Abuse Unit | Here |
| Kieran Doyle | Recovery worker, Compass Fenbridge (drug and alcohol service) | Here |

### 2. Services already working with the family

- Larchfield Primary School (Kayla) and Bright Stars Nursery (Ryan, three mornings a week)
- Fenbridge 0-19 Service (health visitor for Ryan)
- Fenbridge Women's Aid: Jo Tanner has been Leanne's IDVA since 16/10/2025
- Compass Fenbridge: Shaun was referred by his GP on 24/10/2025 and is on the waiting list
- Dr Nkem Obi, Osier Lane Surgery (GP for the whole family)

### 3. What we talked about: the mapping summary

This is the summary the network wrote on the wall at the conference. It is the assessment, not the
plan: who will do what is in the safety plan in section 7.

| What's working well | What are we worried about | What needs to change |
|---|---|---|
| Leanne called the police on 14/10/2025 and has kept Shaun away from the house since. | On 14/10/2025 Shaun pushed Leanne into the kitchen door while she was holding Ryan. Kayla saw it and hid in her room. | Kayla and Ryan need to live in a home where no adult hurts or frightens another adult. |
| Brian and Sandra have had Shaun to live with them and have watched over every visit. | Shaun smokes cannabis every day and is more irritable and shouts more when he has not had any. | The children need to spend time with their dad only when he is calm and has not used cannabis. |
| Kayla loves school and talks to Mrs Pike. | Kayla has been wetting the bed and is jumpy at loud noises. Ryan hits other children at nursery. | Kayla and Ryan need adults who help them with what they saw and heard. |
| Shaun has said he was wrong to push Leanne. | The police have been called to the house twice before, in 2023 and 2024, about arguments. | Kayla and Ryan need their mum to be believed and helped straight away if Shaun frightens her again. |

### 4. Danger statement and safety goals

**Danger statement.** Children's Services, the police and the school are worried that if Shaun uses
cannabis and loses his temper when he is with Leanne and the children, Kayla and Ryan could be hurt,
physically by being caught up in the violence, as Ryan nearly was on 14/10/2025, or emotionally by seeing
their mum hurt and frightened, which is already making Kayla wet the bed and Ryan lash out.

**Safety goals.** The network agreed these goals for the plan:

1. Kayla and Ryan see their dad only when another adult is there and he has not used cannabis, and they
   enjoy their time with him.
2. Kayla and Ryan live in a calm home where they are not frightened, and they sleep through the night.
3. Shaun stops using cannabis and learns to manage his anger without shouting or hitting.
4. Kayla and Ryan know who they can tell if anything frightens them, and how to get help.

### 5. Scaling

0 means the children are not safe and 10 means everyone is confident the children are safe enough for
the plan to end.

| Who | Score | What would move it up one |
|---|---|---|
| Martin Okon (SW) | 3 | Shaun's tests clear, and him starting work on his behaviour |
| Jo Tanner (IDVA) | 4 | Leanne's safety plan written and tested |
| Rachel Pike (school) | 4 | Kayla dry at night and less jumpy in class |
| Lorna Hughes (HV) | 5 | Ryan calmer at nursery |
| PC Dan Fielding | 3 | No further calls |
| Leanne | 6 | "Shaun getting help" |
| Shaun | 7 | "Me getting my own place and doing a course" |
| Brian and Sandra | 6 | "Shaun off the weed" |

### 6. Kayla and Ryan

**Kayla's three houses** (with Martin at school, 03/11/2025, in her own words):

- *House of worries:* "Daddy shouting and the door banging. Ryan crying. I'm scared it will happen again.
  I don't like the smell in Daddy's car."
- *House of good things:* "Mummy's pancakes. Nana Sandra's dog Biscuit. My teacher Miss Reid. Swimming."
- *House of dreams:* "Daddy being kind all the time. Mummy and Daddy not fighting. Going to Legoland."

Kayla told Martin she wants to keep seeing her dad "at Nana's, with Nana there".

**Ryan's day.** Ryan is 3 and has some words and short phrases. Lorna and the nursery have watched him:
he plays well on his own with cars, but when another child takes a toy he hits out and then hides behind
the sofa in the book corner. At home he follows Leanne from room to room. At Heron Way he runs to his
grandad and shows him the dog. When a door slammed during Lorna's visit on 31/10/2025, he put his hands
over his ears.

**Decision.** The conference decided that Kayla and Ryan will be the subjects of child protection plans
under the category of emotional abuse.

### 7. Safety plan: next steps

| # | What will happen | Who | By when | How we'll know |
|---|---|---|---|---|
| 1 | Visit the children at home, one visit in three unannounced; see Kayla on her own and ask her about home and about seeing her dad | Martin Okon (SW) | Every week until the review conference | Visit records within 48 hours with Kayla's words and how Ryan was |
| 2 | Supervise every contact between Shaun and the children at 12 Heron Way, with Brian or Sandra in the room the whole time | Brian and Sandra McGarvey (paternal grandparents) | Every Saturday, 10am to 2pm | Contact diary signed by Brian or Sandra after each visit and seen by Martin every fortnight |
| 3 | Collect the children from 17 Osier Close for contact and bring them back, with Shaun staying at Heron Way | Sandra McGarvey (paternal grandmother) | Every Saturday, 9.45am and 2.15pm | Leanne texts Martin when the children are home; Kayla tells Martin how handovers went |
| 4 | Go to the Steps to Change domestic abuse perpetrator programme (24 weeks) | Shaun McGarvey | When he feels ready | Programme register and the facilitator's reports sent to Martin |
| 5 | Assess Shaun's cannabis use, then key-work sessions with a urine test every fortnight, and a written report on whether he has stopped and is likely to stay stopped | Kieran Doyle (Compass Fenbridge) | Assessment by 21/11/2025; tests every 2 weeks; report by 30/01/2026 | Test results e-mailed to Martin after each test; report shared with the core group |
| 6 | Go to every Compass appointment and test every fortnight | Shaun McGarvey | Every 2 weeks from 21/11/2025 | Compass attendance record; results clear of cannabis from 09/01/2026 |
| 7 | Referral to the Freedom Programme for Leanne | - | By 20/11/2025 | Letter confirming Leanne's place on the spring programme, on Martin's file |
| 8 | Safety planning sessions with Leanne, including a DASH risk assessment | Jo Tanner (IDVA, Fenbridge Women's Aid) | Within 2 weeks, then every 2 weeks | Written safety plan signed by Leanne; DASH score repeated and shared with Martin by 30/01/2026 |
| 9 | Put a domestic abuse marker on 17 Osier Close so that a 999 call gets an immediate response, and tell Martin of any call by 9am the next working day | PC Dan Fielding (Domestic Abuse Unit) | Marker by 13/11/2025 | E-mail confirming the marker on file; any call on the children's chronology |
| 10 | Weekly check-in with Kayla with her class teacher, Miss Reid, about how she is feeling | Rachel Pike (DSL, Larchfield Primary) | Every Monday | Monitored |
| 11 | Write down any hitting, hiding or upset, and what happened just before, and send the log to Martin | Gemma Fraser (Bright Stars Nursery) | Every Friday | Behaviour log on file, with the number of hitting incidents each week falling by the review |
| 12 | Ryan's 3-year review with an ASQ-3 and ASQ:SE-2, and a talk with Leanne about Kayla's bedwetting | Lorna Hughes (HV) | By 12/12/2025 | ASQ scores shared with Martin; Kayla referred to the school nurse's enuresis clinic if still wet |
| 13 | Take Ryan to the dentist for his first check-up | Leanne McGarvey | - | Dental appointment card shown to Lorna |
| 14 | Four sessions with Kayla using her words and worries book, and a new three houses with her | Martin Okon (SW) | Weekly, 17/11/2025 to 08/12/2025 | Kayla's worries book and new three houses on file; her worry score lower than on 03/11/2025 |

### 8. If things go wrong

- If Shaun comes to 17 Osier Close, or contacts Leanne in a way that frightens her: Leanne rings 999 and
  the police attend under the marker. Martin (or the Emergency Duty Team) holds a strategy discussion
  with the police the same day, and contact stops until the strategy discussion has agreed it is safe.
- If Shaun turns up at Larchfield Primary or Bright Stars, the school or nursery keeps the child inside,
  rings 999 and rings Martin straight away.
- If there is any further violence, or Shaun's tests still show cannabis at the review conference,
  Martin will ask Claire Ruddock for a legal planning meeting within 5 working days to decide whether
  to start the Public Law Outline.

### 9. Meetings

- Core group every 4 weeks at Larchfield Primary, Thursdays at 9.30am: 20/11/2025, 18/12/2025,
  15/01/2026 and 12/02/2026.
- Review child protection conference: 26/02/2026 at 1pm, Fenbridge Children's Centre.

Record and safety plan sent to Leanne, Shaun, Brian and Sandra, and every agency on 10/11/2025.
""",
    "findings": [
        F("T002", "Go to the Steps to Change domestic abuse perpetrator programme"),
        F("W001", "Referral to the Freedom Programme for Leanne"),
        F("M002", "Weekly check-in with Kayla with her class teacher"),
        F("T001", "Take Ryan to the dentist for his first check-up"),
        F("F002", "Shaun stops using cannabis and learns to manage his anger without shouting or hitting."),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Third core group minutes as plain text: attendance key of initials,
#    services already involved, last meeting's actions done / not done,
#    agency updates, a test results table, attendance this term, the
#    children's words, scores, the plan's outcomes, then numbered agreed
#    actions with Lead / By / Check lines. Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b180_fordingham_core_group_minutes_test_results_done_table_quigley.txt",
    "split": "tune",
    "actions": 13,
    "template": "core-group-minutes-txt-caps-numbered-items-present-key-initials-services-already-involved-list-last-meeting-actions-done-not-done-table-agency-updates-breath-and-liver-test-results-table-attendance-this-term-childrens-words-scores-outcomes-then-agreed-actions-numbered-with-lead-by-check-lines-contingency-next-meetings",
    "description": (
        "Third core group minutes for a 12-year-old, a 9-year-old and a 5-year-old living with neglect "
        "because their mother drinks; her partner works nights. Most of the minutes are not actions: "
        "a key of initials for who was there, a list of services already involved, a table of the last "
        "meeting's actions marked done or not done, each agency's update in the past tense, a table of "
        "breath and liver test results, attendance this term, the children's words, each worker's score "
        "and the plan's outcomes. Only item 9, 'Agreed actions', holds the plan (numbered, each with "
        "Lead, By and Check lines). Faults: the alcohol service's key work checked by 'engagement with "
        "the service'; the young carers referral 'ASAP'; the dental check with '-' for check; 'Core "
        "group' as the lead for sharing worries; a contingency that only says the core group will meet "
        "to discuss and consider next steps if things do not improve; no legal planning; and a review "
        "conference date still to be confirmed."
    ),
    "text": """\
FORDINGHAM COUNCIL - CHILDREN'S SERVICES
CORE GROUP MEETING 3: RECORD AND AGREED ACTIONS
================================================================================

Children:      Jade Quigley (12, Year 8, Fordingham High School)
               Mason Quigley (9, Year 5, Brookside Primary School)
               Lacey Quigley (5, Reception, Brookside Primary School)
Address:       3 Wharf Cottages, Canal Side, Fordingham FG5 1RA
Plan:          Child protection plan, category neglect, since the initial
               conference on 13/11/2025
Meeting:       15/01/2026, 9.30am, Brookside Primary School (library)
Chaired by:    Rebecca Shaw, social worker

1. PRESENT AND APOLOGIES
--------------------------------------------------------------------------------
RS    Rebecca Shaw       Social worker, Fordingham Children's Services
DQ    Donna Quigley      Mother
CB    Craig Benson       Donna's partner, Lacey's father
CBL   Cara Blythe        Recovery worker, Horizon (Fordingham Alcohol Service)
AT    Alison Tate        DSL, Brookside Primary School
MG    Mike Goddard       Head of Year 8, Fordingham High School
SP    Sarah Pinder       School nurse, Fordingham 0-19 Service
LW    Leah Ward          Family support worker, Fordingham Family Hub
Apologies: Dr Ian Boyce (GP, Canal Street Surgery), report sent by e-mail.

2. SERVICES ALREADY WORKING WITH THE FAMILY
--------------------------------------------------------------------------------
- Horizon (Fordingham Alcohol Service): Donna since 20/11/2025
- Fordingham Family Hub: weekly family support since 01/12/2025
- Canal Street Surgery: GP for the whole family
- Brookside Primary and Fordingham High: Mason and Lacey get a free
  breakfast club place; Jade sees the school counsellor on Fridays
- Fordingham Food Bank: two parcels in December

3. ACTIONS FROM CORE GROUP 2 (18/12/2025)
--------------------------------------------------------------------------------
No.  Action (as recorded on 18/12/2025)             Who   Done?
1    Weekly visits, children seen alone             RS    Done (5 visits)
2    Christmas plan: who has the children if        RS    Done
     Donna drinks over the holidays
3    Breath tests at Horizon sessions               CBL   Done (4 of 5)
4    Young carers referral for Jade                 RS    Not done
5    Bedding and a bed for Lacey (section 17)       LW    Done 22/12/2025
6    School nurse to see Mason about headaches      SP    Done 09/01/2026
7    Letter to GP asking for liver function test    RS    Done

4. UPDATES FROM EACH AGENCY
--------------------------------------------------------------------------------
RS said that she had visited five times since the last meeting. On 27/12/2025
Donna had been drinking when RS visited at 4pm; Craig was at home and sober
and the children were fed. Jade told RS she had put Lacey to bed on Boxing
Day because "Mum was too drunk". The Christmas plan was used: the children
stayed with Craig's sister on 28/12/2025.

CBL said Donna came to four of five sessions. She told CBL she had "a slip"
over Christmas and has drunk on two evenings since. Breath tests at sessions
were all 0.00.

AT said Mason's attendance this term is 96% and Lacey's 91%. Lacey has come in
without a coat on four cold days. MG said Jade has been late eight times and
falls asleep in lessons.

SP saw Mason on 09/01/2026: his headaches are from tiredness and not drinking
enough water. His eyesight is normal.

LW said Donna and Craig have done a meal planner with her for three weeks.
The house was tidy at her last two visits.

The GP's e-mail said Donna's liver function (GGT) was raised in December.

5. TEST RESULTS
--------------------------------------------------------------------------------
Date         Test                        Result        Taken by
02/12/2025   Breath alcohol              0.00          Horizon
09/12/2025   Breath alcohol              0.00          Horizon
11/12/2025   GGT (liver function)        96 U/L (high) Canal Street Surgery
16/12/2025   Breath alcohol              0.00          Horizon
27/12/2025   Breath alcohol (home visit) 0.41 mg/L     RS (Donna agreed)
06/01/2026   Breath alcohol              0.00          Horizon
13/01/2026   Breath alcohol              0.00          Horizon

6. SCHOOL ATTENDANCE THIS TERM (to 14/01/2026)
--------------------------------------------------------------------------------
Jade    89%   8 late marks
Mason   96%   1 late mark
Lacey   91%   2 late marks

7. WHAT THE CHILDREN SAID
--------------------------------------------------------------------------------
Jade (with RS in the car, 12/01/2026): "I don't mind doing Lacey's bath but I
don't want to do it every night." "When Mum's had a drink she's either really
happy or she cries." She wants to go back to netball on Wednesdays.
Mason (at school, 12/01/2026): "Christmas was good at Auntie Kim's." He said
home is "7 out of 10, better when Craig is in".
Lacey (at school, 12/01/2026) drew her family and said "Mummy sleeps on the
settee a lot." She said she likes breakfast club "because of the toast".

8. SCORES AND OUTCOMES
--------------------------------------------------------------------------------
Scores today (0 = not safe, 10 = safe enough to close): RS 4, CBL 5, AT 6,
MG 4, SP 6, LW 6, Donna 7, Craig 7.

The outcomes of the plan (from the initial conference) are:
- Jade, Mason and Lacey are looked after every evening by a sober adult.
- Jade has time for school, sleep and her friends, and is not looking after
  Lacey at bedtime.
- All three children go to school every day, on time, warm and fed.

9. AGREED ACTIONS
--------------------------------------------------------------------------------
9.1  Visit the children at home, one visit in two after 4pm and
     unannounced; see each child alone and ask Donna for a breath test.
     Lead:  RS
     By:    Weekly until the review conference
     Check: Visit records within 48 hours, with the children's words and
            the breath test reading

9.2  Weekly key-work sessions with Donna about her drinking and what
     led to her slip over Christmas.
     Lead:  CBL (Horizon)
     By:    Every Tuesday
     Check: Engagement with the service

9.3  Take a breath test at every Horizon session and every RS visit,
     and drink no alcohol at all while she is caring for the children.
     Lead:  DQ
     By:    Every session and every visit
     Check: Every reading 0.00, recorded in the test results table

9.4  Repeat Donna's GGT liver function test and send the result to RS.
     Lead:  Dr Ian Boyce (GP)
     By:    By 13/02/2026
     Check: Result letter on RS's file before core group 4

9.5  Be home and sober from 6pm until Craig leaves for work, and ring RS
     (or the Emergency Duty Team) if Donna has been drinking.
     Lead:  CB
     By:    Every weekday evening before his 9pm shift
     Check: Craig's text to RS on any evening he has a worry; the
            children tell RS who put them to bed

9.6  First-day calling for Mason and Lacey: ring Donna if either child
     is not in by 9.05am, and ring RS if there is no answer by 10am.
     Lead:  AT
     By:    Every school day
     Check: First-day call log; attendance e-mailed to RS every other
            Friday; Lacey at 95% by the February half term

9.7  Mentor sessions with Jade, and a phone call home when she is late.
     Lead:  MG
     By:    Every Monday and Thursday, and the same day she is late
     Check: Session notes with Jade's own score out of 10, and her late
            marks, sent to RS before each core group

9.8  Refer Jade to Fordingham Young Carers for an assessment and a
     place at the Wednesday group.
     Lead:  RS
     By:    ASAP
     Check: Referral accepted and Jade's place confirmed in writing

9.9  Take Jade, Mason and Lacey for a dental check-up.
     Lead:  DQ
     By:    By 27/02/2026
     Check: -

9.10 Weekly sessions with Donna and Craig on meals, bedtimes and
     getting the children ready for school, using the meal planner and
     the home conditions checklist.
     Lead:  LW
     By:    Every Thursday until the review conference
     Check: Meal planner on the fridge each week; checklist score at
            15/20 or more at each visit

9.11 Share any worry about the children's care, or any sign that Donna
     has been drinking, with RS.
     Lead:  Core group
     By:    The same day
     Check: Worry logged on the children's chronology

9.12 Weigh and measure Mason and Lacey and plot their growth.
     Lead:  SP
     By:    By 06/02/2026
     Check: Centile charts shared with RS; any drop below their
            usual centiles reported to the GP

9.13 Update the child and family assessment, with what the children
     have said since November.
     Lead:  RS
     By:    By 27/02/2026
     Check: Updated assessment shared with Donna, Craig and the core
            group at core group 5

10. CONTINGENCY
--------------------------------------------------------------------------------
If things do not improve, or there are further concerns about Donna's
drinking, the core group will meet to discuss what has happened and consider
next steps.

11. NEXT MEETINGS
--------------------------------------------------------------------------------
Core group 4: 12/02/2026, 9.30am, Brookside Primary (every 4 weeks after that:
12/03/2026 and 09/04/2026).
Review child protection conference: date to be confirmed.

Minutes by Rebecca Shaw, sent to everyone present on 16/01/2026.
""",
    "findings": [
        F("M002", "Weekly key-work sessions with Donna about her drinking"),
        F("T002", "Refer Jade to Fordingham Young Carers for an assessment"),
        F("M001", "Take Jade, Mason and Lacey for a dental check-up."),
        F("W002", "Share any worry about the children's care, or any sign"),
        F("C002"),
        F("R002"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Pre-birth conference report and plan: who's who with a genogram key,
#    documents read, a history table, the mother's mood scores and the
#    father's test results, baby's world, the parents' views, the decision,
#    then the plan as owner-first bullets, contingency, meetings and
#    signatures. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b180_foxleigh_prebirth_genogram_key_scores_signatures_bullets_rahman.md",
    "split": "tune",
    "actions": 17,
    "template": "prebirth-conference-report-md-whos-who-table-genogram-key-documents-read-bullets-history-table-mood-scores-table-urine-test-table-babys-world-parents-views-decision-then-outcomes-and-what-will-happen-owner-first-bullets-with-when-and-well-know-then-if-things-go-wrong-meetings-signatures",
    "description": (
        "Exemplary pre-birth conference report and plan for an unborn boy whose mother has depression and "
        "anxiety and took an overdose at 14 weeks of pregnancy, and whose father smokes cannabis daily and "
        "punched a wall during an argument in 2024; the maternal grandmother will stay for the first four "
        "weeks. Most of the report is not the plan: a who's who with a genogram key, the documents the "
        "conference read, a history table, tables of the mother's EPDS and GAD-7 scores and the father's "
        "urine tests, baby's world, the parents' views, the decision and the parents' signatures. The "
        "plan is the 'What will happen' bullets, each with its owner first, a time in weeks of pregnancy "
        "or baby's age and what we'll see. The perinatal team reports on the mother's capacity to change "
        "and its likely timescale, the drug service and GP own actions, the grandmother's help has a "
        "fallback, legal planning follows named triggers, and core group and review dates are set."
    ),
    "text": """\
# Foxleigh Council - Children's Services

## Pre-birth Child Protection Conference: report and plan for Baby Rahman

**Conference:** 08/01/2026, 2pm, Foxleigh Family Centre, chaired by Ruth Malone (child protection chair)
**Baby:** Baby boy Rahman, due 14/03/2026 (30+5 weeks' pregnant at the conference)
**Home:** Flat 6, Linden House, Mill Road, Foxleigh FX2 4JD
**Social worker:** Laura Pennington, Foxleigh Safeguarding Team South (team manager: Gareth Lloyd)

### Who's who

| Name | Who they are | Where they live |
|---|---|---|
| Nadia Rahman (24) | Baby's mother | Flat 6, Linden House |
| Imran Rahman (27) | Baby's father, Nadia's husband | Flat 6, Linden House |
| Farida Begum (52) | Nadia's mother, baby's grandmother | 6 Poplar Street, Foxleigh |
| Adil Rahman (31) | Imran's brother | 22 Ash Grove, Foxleigh |
| Ella Shaw | Community midwife, Riverside team | - |
| Tracey Nolan | Safeguarding midwife, Foxleigh General Hospital | - |
| Claire Dunn | Community psychiatric nurse, Foxleigh Perinatal Mental Health Team | - |
| Dr Tomas Adeyinka | Perinatal psychiatrist, Foxleigh Perinatal Mental Health Team | - |
| Liam Carter | Recovery worker, The Bridge (Foxleigh Drug and Alcohol Service) | - |
| Bethan Morris | Health visitor, Foxleigh Health Visiting | - |
| Dr Sanjay Mehta | GP, Foxleigh Park Surgery | - |

**Genogram key** (for the genogram on page 1 of the social worker's report): squares are males and
circles females; the diamond is baby; a single line joins Nadia and Imran, who are married; Farida's
line to Nadia's father is crossed because they are divorced; Nadia's father, Tariq Begum, lives in
Tarnwick and has no contact.

### What the conference read

- Social worker's pre-birth report and the assessment so far (Laura Pennington, 02/01/2026)
- Maternity report (Ella Shaw and Tracey Nolan, 30/12/2025)
- Perinatal Mental Health Team letter (Claire Dunn, 29/12/2025)
- The Bridge assessment summary (Liam Carter, 05/01/2026)
- Police report: one call to the flat, 22/11/2024
- GP summary of Nadia's and Imran's health (Dr Mehta, 31/12/2025)

### History

| Date | What happened | Who told us |
|---|---|---|
| 2017 | Nadia, aged 16, was seen by CAMHS for depression and self-harm. | GP |
| 22/11/2024 | A neighbour called the police about shouting. Imran had punched a hole in the bedroom wall. No one was hurt and no further action was taken. | Police |
| 08/2025 | Nadia booked at 9 weeks and told the midwife she felt low. | Maternity |
| 13/09/2025 | Nadia, 14 weeks' pregnant, took an overdose of paracetamol after an argument with Imran. She stayed overnight at Foxleigh General Hospital and was seen by liaison psychiatry. | Hospital |
| 19/09/2025 | Nadia was referred to the Perinatal Mental Health Team and started sertraline. | GP |
| 14/11/2025 | Imran told Ella Shaw that he smokes cannabis "every night to sleep". | Maternity |
| 02/12/2025 | Children's Services began a pre-birth assessment. | Children's Services |

### Nadia's mood scores

| Date | Questionnaire | Score | Done by |
|---|---|---|---|
| 03/10/2025 | EPDS (depression) | 21 | Claire Dunn |
| 03/10/2025 | GAD-7 (anxiety) | 16 | Claire Dunn |
| 05/12/2025 | EPDS | 14 | Claire Dunn |
| 05/12/2025 | GAD-7 | 11 | Claire Dunn |

### Imran's urine tests

| Date | Result | Taken by |
|---|---|---|
| 15/12/2025 | Positive for cannabis | The Bridge |
| 29/12/2025 | Positive for cannabis (lower level) | The Bridge |

### Baby's world

Baby cannot tell us what he needs, so Ella and Bethan have written what they have seen. Baby is growing
well on the 40th centile of his growth chart and is very active in the evenings; Nadia says he kicks when
she plays music. Nadia talks to him and has chosen his name, Zayn. Imran has painted the small bedroom
and built the cot. Baby will come home to a second-floor flat where, at the moment, Imran smokes cannabis
on the balcony most nights. He will need feeding every two to three hours, day and night, a safe place
to sleep on his back, and parents who are well enough and calm enough to answer his cries.

### What Nadia and Imran said

Nadia said: "I know I scared everyone in September. I'm better than I was and I want to be a good mum.
I'm frightened of feeling like that again after he's born." Imran said he smokes cannabis to sleep and
"it's not a problem", but agreed to be tested and to go to The Bridge. He said he punched the wall
"so I didn't hit anyone" and agreed to do a course about it.

### The conference decision

The conference decided that baby Rahman will be the subject of a child protection plan under the
category of neglect, from today. Laura Pennington is the lead social worker.

### What we want for baby

1. Baby is born safely and goes home only when the discharge planning meeting has agreed who will care
   for him and how.
2. Baby is cared for every day and night by a parent who is well, sober and able to answer his cries,
   with another adult there for his first four weeks.
3. Baby is fed, gains weight and follows his centile line in his red book.
4. Baby lives in a calm, smoke-free home where no one shouts, hits or damages things.

### What will happen

- **Ella Shaw, community midwife,** will see Nadia for antenatal appointments every 2 weeks until 36
  weeks (14/02/2026) and then every week until the birth, seeing Nadia on her own for part of each
  one and asking her the EPDS questions; the EPDS score and a contact note go to Laura within 2 working
  days, and a missed appointment is phoned to Laura the same day.
- **Tracey Nolan, safeguarding midwife,** will put the safeguarding birth plan on Nadia's maternity
  record by 32 weeks (17/01/2026), saying that Laura (or the Emergency Duty Team) must be told of the
  birth and that baby does not go home before the discharge planning meeting; the birth plan will be on
  the maternity system and a copy on Laura's file by 17/01/2026.
- **Claire Dunn, perinatal CPN,** will visit Nadia at home every week until baby is 12 weeks old to work
  on her mood, anxiety and bond with baby, repeating the EPDS and GAD-7 every month, and will write a
  report by 34 weeks (31/01/2026) on Nadia's relapse signs, whether she can make and keep the changes
  baby needs and how long that is likely to take; the scores and the report will be on Laura's file and
  shared with the core group.
- **Dr Tomas Adeyinka, perinatal psychiatrist,** will review Nadia and her sertraline by 32 weeks
  (17/01/2026) and write a perinatal relapse prevention plan giving his view of how likely a relapse is
  after the birth, what Nadia still needs to change to stay well, and whether she is likely to be well
  enough to care for baby in his first 12 weeks;
  the plan will go to Ella, Bethan, Laura and Dr Mehta by 17/01/2026.
- **Nadia** will go to every appointment with Claire and Dr Adeyinka and take her sertraline every day
  from now until the review conference; we'll know from the team's attendance record and from the
  surgery's record of her monthly repeat prescriptions, which Dr Mehta sends to Laura.
- **Liam Carter, The Bridge,** will finish Imran's assessment by 23/01/2026 and then see him every 2
  weeks with a urine test each time, and write a report by 36 weeks (14/02/2026) on whether Imran has
  stopped using cannabis and is likely to stay stopped; each test result will be e-mailed to Laura the
  day it comes back, and the report shared with the core group.
- **Imran** will go to every fortnightly appointment at The Bridge and give a urine sample each time, and
  have no cannabis in the flat or on the balcony from today; his results should be clear of cannabis by
  36 weeks (14/02/2026), and Laura will check the balcony and the flat at her visits.
- **Imran** will go to the Respectful Dads group run by Foxleigh Domestic Abuse Service on Tuesday
  evenings from 13/01/2026 to 03/03/2026 (eight sessions); the register and the facilitator's end
  report will be sent to Laura by 10/03/2026.
- **Laura Pennington, social worker,** will finish the pre-birth assessment of Nadia and Imran by 34
  weeks (31/01/2026); the report, with her recommendation for the birth and discharge, will be shared
  with Nadia, Imran and the core group by 31/01/2026.
- **Laura** will visit Nadia and Imran at home every week until the birth, one visit in three
  unannounced, and see Nadia on her own at least once a fortnight; visit records will be on file within
  48 hours, with what Nadia said when she was seen alone.
- **Bethan Morris, health visitor,** will make an antenatal visit by 34 weeks (31/01/2026) to go through
  safe sleep, coping with crying (ICON) and the baby equipment checklist; the checklist and contact
  record will be e-mailed to Laura within 2 working days of the visit.
- **Tracey Nolan** will chair the discharge planning meeting with Nadia, Imran, Farida, Laura, Ella,
  Claire and Bethan at 37 weeks (21/02/2026); the written discharge plan, signed by Nadia and Imran,
  will go to the core group within 2 working days.
- **The midwife in charge on Larch Ward** will write down, every shift until discharge, how Nadia and
  Imran feed, hold and settle baby and how Nadia seems in her mood; the observation sheet will be
  copied to Laura before discharge.
- **Laura** will see baby and Nadia on the ward within 24 hours of the birth and on the day of
  discharge, then at home twice a week for baby's first 4 weeks and every week until the review
  conference; her visit records will say where baby slept, how he was fed and who was in the flat.
- **Farida Begum** will stay at the flat every night for baby's first 4 weeks at home and do one night
  feed so that Nadia can sleep for four hours; Farida will sign the night feed diary each morning, and
  Bethan and Laura will read it at every visit.
- **Bethan** will do the new birth visit at 10 to 14 days and then visit every week until baby is 8
  weeks old, weighing him and seeing where he sleeps, and will do Nadia's EPDS at 6 weeks; the weights
  will be plotted in baby's red book and the EPDS score sent to Claire and Laura the same week.
- **Dr Sanjay Mehta, GP,** will do baby's 6-8 week check and Nadia's postnatal check at the same
  appointment, and send Laura a letter about both within a week of the check.

### If things go wrong

- If Nadia harms herself, tells anyone she is thinking of it, or Claire sees her relapse signs: Claire
  asks the Perinatal Mental Health Team's crisis service to see Nadia the same day and tells Laura. Laura
  (or the Emergency Duty Team) holds a strategy discussion that day. If baby is born, he stays on the
  ward, or at home with Farida there day and night, until the strategy discussion has agreed a plan,
  and Laura asks Gareth Lloyd for a legal planning meeting within 5 working days.
- If there is any violence, any argument the police are called to, or damage in the flat: Imran leaves the
  flat the same day and stays with his brother Adil at 22 Ash Grove (Adil agreed this on 06/01/2026)
  until a strategy discussion has decided what happens next, and Laura asks for a legal planning
  meeting within 5 working days.
- If Imran's tests still show cannabis at 36 weeks, Laura asks for a legal planning meeting before the
  discharge planning meeting, to decide whether to start the Public Law Outline before baby is born.
- If Farida cannot stay at the flat, or has to stop (she is ill or it is not working), she or Nadia
  rings Laura that day. Nadia and baby will stay at Farida's house, 6 Poplar Street, instead (Farida
  agreed this on 06/01/2026). If that is not possible, baby stays on the ward until Tracey and Laura
  agree another adult at a reconvened discharge planning meeting, or, if baby is already home, Bethan
  or Laura visits every day until the core group agrees another helper.

### Core group and review

- Core group every 4 weeks at Foxleigh Family Centre, Tuesdays at 10am: 20/01/2026 and 17/02/2026, then
  within 10 working days of baby's birth.
- Review child protection conference: 09/04/2026 at 2pm, Foxleigh Family Centre.

### Signed

We have read this report and plan and agree to it.

Nadia Rahman: *N. Rahman*, 08/01/2026
Imran Rahman: *I. Rahman*, 08/01/2026
Ruth Malone (chair): *R. Malone*, 08/01/2026
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Conference report pack in lettered parts: front sheet, attendance with
#    invited / attended / report columns, what each agency told the
#    conference, previous involvement, the children's words, decision and
#    reasons, then the plan (outcomes and a Ref table), contingency,
#    meetings and notes on the family's move. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b180_frithbury_icpc_report_pack_lettered_parts_agency_table_hollis.docx",
    "doc_title": "Child Protection Conference Report Pack - Evie and Noah Hollis",
    "split": "tune",
    "actions": 13,
    "template": "icpc-report-pack-docx-lettered-parts-a-to-j-front-sheet-grid-attendance-invited-attended-report-table-agency-summary-table-previous-involvement-table-childrens-words-decision-and-reasons-then-part-g-outcomes-and-ref-action-lead-timescale-evidence-of-progress-table-then-contingency-meetings-moving-notes",
    "description": (
        "Initial conference report pack for an 11-year-old and an 8-year-old whose mother has bipolar "
        "disorder, stopped her lithium and was detained after a manic relapse in which she kept the "
        "children up all night and took them out of school; their uncle helps, and the family is moving "
        "to another authority in March. Parts A to F and J are not the plan: a front sheet, an "
        "attendance table (invited, attended, report), a table of what each agency told the conference, "
        "a table of previous involvement, the children's words, the decision and reasons, and notes on "
        "the move. Part G holds the plan (outcomes and a Ref / Action / Lead / Timescale / Evidence of "
        "progress table). Faults: the care coordinator's weekly visits only support the mother; the young "
        "carers group 'when appropriate'; a Home-Start referral with '-' for lead; the learning mentor's "
        "sessions measured by 'improvement in Noah's behaviour'; Evie's CAMHS referral left for the "
        "receiving authority to make after the transfer; and an outcome about the mother only."
    ),
    "blocks": [
        ("title", "Child Protection Conference Report Pack"),
        ("p", "Frithbury City Council - Children's Services - Child Protection Conference Service"),
        ("h1", "Part A. Front sheet"),
        ("table", {
            "widths": [4.5, 12.5],
            "bold_first_col": True,
            "rows": [
                ["Children", "Evie Hollis (born 04/04/2014, 11, Year 7, Frithbury Academy); Noah Hollis (born "
                             "19/07/2017, 8, Year 4, Castle Mead Primary School)"],
                ["Address", "31 Tanyard Lane, Frithbury FR4 6EX (moving to Brayfield, expected 16/03/2026)"],
                ["Mother", "Claire Hollis (39)"],
                ["Father", "Mark Denton, lives in Spain; video calls with the children once a month"],
                ["Uncle", "Rob Hollis (Claire's brother) and his partner Sian Pugh, 8 Fern Hill, Frithbury"],
                ["Conference", "Initial child protection conference, 26/01/2026, Frithbury Civic Offices"],
                ["Chair", "Helen Birch, child protection chair"],
                ["Social worker", "Joe Whitaker, Child Protection Team 2 (team manager: Amira Shah)"],
            ],
        }),
        ("h1", "Part B. Attendance"),
        ("table", {
            "header": ["Name", "Role and agency", "Invited", "Attended", "Report"],
            "widths": [3.6, 6.6, 2.2, 2.2, 2.4],
            "rows": [
                ["Helen Birch", "Chair", "Yes", "Yes", "-"],
                ["Claire Hollis", "Mother", "Yes", "Yes", "Written views"],
                ["Rob Hollis", "Uncle", "Yes", "Yes", "-"],
                ["Mark Denton", "Father", "Yes", "No (sent an e-mail)", "-"],
                ["Joe Whitaker", "Social worker, Frithbury Children's Services", "Yes", "Yes", "Yes"],
                ["Lisa Gordon", "Care coordinator, Frithbury Adult Community Mental Health Team (North)",
                 "Yes", "Yes", "Yes"],
                ["Dr Michael Oduya", "Consultant psychiatrist, Frithbury Adult CMHT (North)", "Yes", "No",
                 "Yes"],
                ["Dr Kate Lam", "GP, Abbey Road Practice", "Yes", "No", "Yes"],
                ["Anne Leigh", "DSL, Frithbury Academy", "Yes", "Yes", "Yes"],
                ["Raj Patel", "DSL, Castle Mead Primary School", "Yes", "Yes", "Yes"],
                ["Priya Lowe", "Team manager, Brayfield Children's Services (receiving authority)", "Yes",
                 "By video", "-"],
            ],
        }),
        ("h1", "Part C. What each agency told the conference"),
        ("table", {
            "header": ["Agency", "What they told the conference"],
            "widths": [4.2, 12.8],
            "rows": [
                ["Children's Services",
                 "Claire was detained under section 2 of the Mental Health Act on 18/10/2025 after a manic "
                 "relapse. For about two weeks before that she had stopped her lithium, kept the children up "
                 "most nights, spent the rent money and twice drove them to the coast in the middle of the "
                 "night. Evie made Noah's meals and got him to school. The children stayed with Rob and Sian "
                 "for three weeks and went home when Claire was discharged on 08/11/2025."],
                ["Adult CMHT",
                 "Claire has had bipolar disorder since she was 24 and has had three admissions. She is "
                 "back on lithium and her mood has been stable since discharge. She has good insight when "
                 "well; her early warning signs are sleeping less, spending and talking fast."],
                ["GP", "Claire's last lithium level (06/01/2026) was in range. She has asked for help with "
                       "her sleep."],
                ["Frithbury Academy",
                 "Evie's attendance in the autumn term was 87%. She is tired, quiet and has stopped going "
                 "to drama club. She told her tutor she \"checks Mum is asleep\" before she goes to bed."],
                ["Castle Mead Primary",
                 "Noah's attendance was 85%. He has been pushing other children and refusing to work since "
                 "October, and he cries at the end of the day when he is not sure who is collecting him."],
            ],
        }),
        ("h1", "Part D. Previous involvement"),
        ("table", {
            "header": ["When", "Authority", "What happened", "Outcome"],
            "widths": [2.4, 3.0, 8.2, 3.4],
            "rows": [
                ["2019", "Frithbury", "Child in need plan after Claire's second admission; the children "
                                      "stayed with Rob and Sian for six weeks.", "Closed 2020"],
                ["2022", "Frithbury", "Referral from Castle Mead when Noah came to school hungry; early "
                                      "help offered.", "Closed, early help"],
            ],
        }),
        ("h1", "Part E. What Evie and Noah told us"),
        ("p", "Evie (seen alone at Frithbury Academy, 20/01/2026): \"When Mum's high she's fun at first and "
              "then it's scary, because she doesn't sleep and she drives too fast.\" \"I check her tablets "
              "are gone in the morning.\" \"I want to do drama again and not have to be the mum.\" She "
              "would like to know more about Mum's illness, \"so I know what's normal\"."),
        ("p", "Noah (seen alone at home, 21/01/2026): \"I liked it at Uncle Rob's because of the PlayStation "
              "but I missed Mum.\" \"I don't like it when Mum talks really fast.\" He said he gets cross at "
              "school \"when people ask where my mum went\". He scored how happy he is at home as 8 out of "
              "10."),
        ("h1", "Part F. Decision and reasons"),
        ("p", "The conference decided that Evie and Noah will be the subjects of child protection plans under "
              "the category of neglect, because when Claire is unwell their basic care and safety are not "
              "met and Evie takes on the care of her brother. Claire and Rob agreed with the decision. The "
              "plan the conference agreed is in Part G."),
        ("h1", "Part G. Child protection plan"),
        ("h2", "Outcomes"),
        ("numbers", [
            "Evie and Noah live with a mum who is well enough to look after them, with the same bedtime and "
            "school routine every day.",
            "Evie and Noah know Mum's early warning signs and know what to do and who to ring if she becomes "
            "unwell.",
            "Claire's mental health is stable and she takes her medication every day.",
            "Evie and Noah are in school every day and Evie no longer has to look after Noah.",
        ]),
        ("h2", "Actions"),
        ("table", {
            "header": ["Ref", "Action", "Lead", "Timescale", "Evidence of progress"],
            "widths": [1.1, 6.1, 3.2, 3.0, 3.6],
            "rows": [
                ["G1", "Visit Evie and Noah at home, one visit in two unannounced, and see each child alone",
                 "Joe Whitaker (SW)", "Every 2 weeks until the transfer-in conference",
                 "Visit records on file within 48 hours with each child's words"],
                ["G2", "Weekly home visits to support Claire with her mood and with taking her lithium",
                 "Lisa Gordon, care coordinator, Adult CMHT (North)", "Weekly",
                 "Contact log sent to Joe at the end of each month"],
                ["G3", "Psychiatric review of Claire and a written report on her risk of relapse, whether "
                       "she can keep making the changes Evie and Noah need, and how long that is likely to "
                       "take",
                 "Dr Michael Oduya, consultant psychiatrist, Adult CMHT (North)", "By 06/03/2026",
                 "Report on Joe's file and shared with the core group on 09/03/2026"],
                ["G4", "Check Claire's lithium level with a blood test and send the result to Lisa and Joe",
                 "Dr Kate Lam (GP)", "Every 12 weeks; next by 20/02/2026",
                 "Result letter on Joe's file within a week of each test"],
                ["G5", "Take her lithium every night, from the weekly blister pack",
                 "Claire Hollis", "Every night",
                 "Lisa sees the blister pack at each visit; lithium levels in range at each GP test"],
                ["G6", "Write a family crisis plan with Claire, Rob, Evie and Noah: Mum's early warning signs, "
                       "who the children ring and where they go",
                 "Joe Whitaker (SW)", "By 13/02/2026",
                 "Crisis plan signed by Claire and Rob, with copies at both schools and at Rob's"],
                ["G7", "A place for Evie at the Frithbury Young Carers Thursday group",
                 "Kayleigh Moss, Frithbury Young Carers", "When appropriate",
                 "Evie's name on the group register"],
                ["G8", "Referral to Home-Start Frithbury for a volunteer to help Claire with the school "
                       "mornings",
                 "-", "By 13/02/2026",
                 "Home-Start confirm in writing that a volunteer has been matched"],
                ["G9", "Weekly sessions for Noah with the learning mentor, Ms Jo Reeve, about his feelings and "
                       "Mum's illness",
                 "Raj Patel (DSL, Castle Mead)", "Every Tuesday from 03/02/2026",
                 "Improvement in Noah's behaviour"],
                ["G10", "Check-ins with Evie with her head of year, Mr Tom Ferris, and a call to Joe if she is "
                        "absent or very tired",
                 "Anne Leigh (DSL, Frithbury Academy)", "Every Monday and Thursday",
                 "Check-in log with Evie's own rating out of 10, and her attendance, e-mailed to Joe every "
                 "other Friday"],
                ["G11", "Refer Evie to CAMHS for her low mood and poor sleep: to be left for Brayfield to "
                        "make once the case has transferred",
                 "Brayfield Children's Services (receiving social worker)",
                 "Within 4 weeks of the transfer-in conference",
                 "CAMHS acceptance letter on the children's file"],
                ["G12", "Have Evie and Noah for tea after school, and to stay overnight",
                 "Rob Hollis (uncle)", "Every Wednesday, and alternate Saturday nights",
                 "Rob texts Joe after each overnight stay; the children tell Joe how it went"],
                ["G13", "Three sessions of direct work with Evie and Noah about Mum's illness, using the "
                        "\"Mum's Moods\" storybook for Noah",
                 "Joe Whitaker (SW)", "By 06/03/2026",
                 "Children's work on file; each child can name two of Mum's warning signs and who they "
                 "would ring"],
            ],
        }),
        ("h1", "Part H. If things go wrong"),
        ("bullets", [
            "If Claire shows her early warning signs (two nights with little sleep, spending, talking fast) "
            "or misses her lithium for two nights: Evie or Rob rings Lisa (or the CMHT crisis line out of "
            "hours), and the crisis team sees Claire the same day. The children go to Rob and Sian's that "
            "day and stay there until the crisis team and Joe agree it is safe for them to go home.",
            "If Rob and Sian cannot have the children, Joe (or the Emergency Duty Team) places them with "
            "Frithbury foster carers the same day, with Claire's agreement, and holds a strategy discussion "
            "that day.",
            "If Claire is admitted to hospital again, or the children are left without an adult able to care "
            "for them, Joe asks Amira Shah for a legal planning meeting within 5 working days.",
        ]),
        ("h1", "Part I. Core group and review"),
        ("bullets", [
            "Core group every 4 weeks at Castle Mead Primary, Mondays at 3.45pm: 09/02/2026 and 09/03/2026, "
            "then every 4 weeks until the transfer-in conference.",
            "Review child protection conference: 23/04/2026 at 10am, Frithbury Civic Offices. If the family "
            "has moved before then, Brayfield's transfer-in conference takes its place.",
        ]),
        ("h1", "Part J. Moving to Brayfield"),
        ("p", "Claire has been offered a Brayfield Homes tenancy starting on 16/03/2026, near her sister. "
              "Under the regional transfer protocol Brayfield must hold a transfer-in conference within 15 "
              "working days of the move. Frithbury keeps case responsibility until then. Priya Lowe, "
              "Brayfield's team manager, joined this conference by video."),
        ("p", "Report pack sent to Claire, Rob, Mark and every agency on 28/01/2026."),
    ],
    "findings": [
        F("H001", "Weekly home visits to support Claire with her mood"),
        F("T002", "A place for Evie at the Frithbury Young Carers"),
        F("W001", "Referral to Home-Start Frithbury for a volunteer"),
        F("M002", "Weekly sessions for Noah with the learning mentor"),
        F("X001", "Refer Evie to CAMHS for her low mood and poor sleep"),
        F("F002", "Claire's mental health is stable and she takes her medication every day."),
    ],
})


# ---------------------------------------------------------------------------
# 7. Multi-agency conference pack printed to PDF: cover details, a
#    distribution list, attendance, a summary table of agency reports,
#    Luca's weights, Luca's day, his parents' views, the decision, then the
#    plan as numbered action blocks under outcome headings with Who / When /
#    How we will know lines, contingency, meetings and a signature table.
#    Exemplary (pdf)
# ---------------------------------------------------------------------------
def _action(ref, what, who, when, know):
    return [("boldp", f"Action {ref}. {what}"),
            ("kv", [("Who", who), ("When", when), ("How we will know", know)])]


PLANS.append({
    "name": "b180_fulverstone_conference_pack_distribution_weights_action_blocks_castellano.pdf",
    "doc_title": "Multi-agency Child Protection Conference Pack and Plan - Luca Castellano",
    "split": "tune",
    "actions": 15,
    "min_pages": 3,
    "header": "Fulverstone Council · Multi-agency Child Protection Plan · OFFICIAL-SENSITIVE",
    "footer": "Luca Castellano · Initial conference 10/02/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "icpc-pack-paged-header-footer-cover-kv-distribution-list-table-attendance-table-summary-of-agency-reports-table-weights-and-centiles-table-lucas-day-parents-views-decision-then-plan-as-numbered-action-blocks-under-outcome-headings-who-when-how-we-will-know-lines-then-if-things-go-wrong-meetings-signature-table",
    "description": (
        "Exemplary initial conference pack for a 5-month-old with faltering growth from neglect: his "
        "feeds were made too weak, the flat was often cold with no electricity, and health appointments "
        "were missed; his young parents (his mother a care leaver) care for him, and his grandmother has "
        "him one day a week. Most of the pack is not the plan: cover details, a distribution list, an "
        "attendance table, a summary table of what each agency's report said, a table of his weights "
        "and centiles, Luca's day, his parents' views, the decision and a signature table. The plan is "
        "numbered action blocks under three outcome headings, each with Who, When and How we will know "
        "lines. The grandmother's day has a fallback, legal planning follows named triggers, core group "
        "and review dates are set, and no parent is ill."
    ),
    "blocks": [
        ("title", "Multi-agency Child Protection Conference Pack"),
        ("kv", [
            ("Child", "Luca Castellano, born 12/09/2025 (5 months)"),
            ("Parents", "Jess Marsh (20) and Marco Castellano (23), 14 Brook Terrace, Fulverstone FV1 3NP"),
            ("Paternal grandmother", "Teresa Castellano, 2 Lark Rise, Fulverstone"),
            ("Conference", "Initial child protection conference, 10/02/2026, 1.30pm, Fulverstone "
                           "Children's Centre"),
            ("Chair", "Martin Greaves, independent child protection chair"),
            ("Social worker", "Olivia Brandt, Fulverstone Assessment and Intervention Team (team manager: "
                              "Sue Halliday)"),
        ]),
        ("h1", "1. Distribution"),
        ("p", "This pack is confidential. It has been sent to:"),
        ("table", {
            "header": ["Name", "Agency", "Copy sent"],
            "widths": [5.0, 8.0, 4.0],
            "rows": [
                ["Jess Marsh and Marco Castellano", "Parents (by hand)", "12/02/2026"],
                ["Teresa Castellano", "Paternal grandmother (plan pages only)", "12/02/2026"],
                ["Naomi Fletcher", "Fulverstone Health Visiting Service", "12/02/2026"],
                ["Dr Aisha Rehman", "Consultant paediatrician, Fulverstone General Hospital", "12/02/2026"],
                ["Sarah Hume", "Paediatric dietitian, Fulverstone General Hospital", "12/02/2026"],
                ["Dr Paul Kerr", "GP, Brook Terrace Medical Practice", "12/02/2026"],
                ["Abi Sutton", "Personal adviser, Fulverstone Leaving Care Service", "12/02/2026"],
                ["Dan Price", "Family support worker, Fulverstone Family Hub", "12/02/2026"],
            ],
        }),
        ("h1", "2. Who came"),
        ("table", {
            "header": ["Name", "Role", "Agency", "Present / apologies"],
            "widths": [3.8, 4.0, 5.8, 3.4],
            "rows": [
                ["Martin Greaves", "Chair", "Fulverstone Safeguarding Unit", "Present"],
                ["Jess Marsh", "Mother", "-", "Present"],
                ["Marco Castellano", "Father", "-", "Present"],
                ["Teresa Castellano", "Grandmother", "-", "Present (family part)"],
                ["Olivia Brandt", "Social worker", "Children's Services", "Present"],
                ["Naomi Fletcher", "Health visitor", "Fulverstone Health Visiting Service", "Present"],
                ["Dr Aisha Rehman", "Consultant paediatrician", "Fulverstone General Hospital",
                 "Apologies, report sent"],
                ["Dr Paul Kerr", "GP", "Brook Terrace Medical Practice", "Apologies, report sent"],
                ["Abi Sutton", "Personal adviser", "Fulverstone Leaving Care Service", "Present"],
                ["Dan Price", "Family support worker", "Fulverstone Family Hub", "Present"],
            ],
        }),
        ("h1", "3. What the reports said"),
        ("table", {
            "header": ["Agency", "Summary of report"],
            "widths": [4.4, 12.6],
            "rows": [
                ["Health visiting",
                 "Luca was born at 3.4kg (50th centile). He was weighed at 8 weeks on the 25th centile, and "
                 "then Jess and Marco missed three clinic appointments. At a home visit on 09/01/2026 he had "
                 "dropped below the 2nd centile. Naomi found the formula tin nearly empty and Jess said she "
                 "had been putting in fewer scoops \"to make it last\"."],
                ["Fulverstone General Hospital",
                 "Luca was admitted from 13/01/2026 to 17/01/2026 for faltering growth. No medical cause "
                 "was found. On correctly made feeds he gained 240g in four days. Dr Rehman's opinion is "
                 "that his poor growth was due to too little milk."],
                ["GP", "Luca has missed his 16-week immunisations. There is nothing in Jess's or Marco's "
                       "health records that affects their care of him."],
                ["Leaving Care Service",
                 "Jess has been a care leaver since she was 18. Abi said the family's Universal Credit "
                 "has no child element because Luca's birth was never reported, and the electricity meter "
                 "is often empty."],
                ["Family Hub", "Dan has met the family twice. The flat was 14 degrees on his visit on "
                               "04/02/2026."],
            ],
        }),
        ("h1", "4. Luca's weights"),
        ("table", {
            "header": ["Date", "Age", "Weight", "Centile", "Weighed by"],
            "widths": [3.0, 3.0, 3.0, 3.6, 4.4],
            "rows": [
                ["12/09/2025", "Birth", "3.40kg", "50th", "Midwife"],
                ["07/11/2025", "8 weeks", "4.85kg", "25th", "Health visitor"],
                ["09/01/2026", "17 weeks", "5.30kg", "Below 2nd", "Health visitor"],
                ["17/01/2026", "18 weeks", "5.60kg", "2nd", "Children's ward"],
                ["06/02/2026", "21 weeks", "5.95kg", "2nd to 9th", "Health visitor"],
            ],
        }),
        ("h1", "5. Luca's day"),
        ("p", "Luca is 5 months old and cannot tell us how his life is, so the health visitor, the ward "
              "nurses and Olivia have written what they have seen. On the ward Luca finished every bottle "
              "and cried for more; the nurses said he became \"a different baby\", smiling and babbling. "
              "At home on 04/02/2026 Olivia saw him spend most of a two-hour visit in his car seat in the "
              "living room, wearing a vest and a thin sleepsuit in a cold flat. When Marco picked him up "
              "he smiled and reached for his face. Teresa says he \"eats like a horse\" at her house on "
              "Wednesdays and naps well in the cot she keeps for him."),
        ("h1", "6. What Jess and Marco said"),
        ("p", "Jess said she did not know that making the bottles weaker could hurt Luca and that she was "
              "scared to ask for help in case he was taken away. Marco said he works twelve-hour shifts "
              "and had not realised the meter kept running out. Both said they want to do whatever it takes "
              "to keep Luca at home and agreed to the plan."),
        ("h1", "7. Decision"),
        ("p", "The conference decided that Luca will be the subject of a child protection plan under the "
              "category of neglect. All the professionals and both parents agreed. The plan is in section 8."),
        ("h1", "8. The plan"),
        ("h2", "Outcome 1: Luca has enough milk and food and grows well, back on or above the 9th centile "
               "by 09/04/2026"),
        *_action("1.1", "Weigh Luca at home and plot his weight in his red book",
                 "Naomi Fletcher, health visitor", "Every week until the review conference",
                 "Weights on the red book centile chart, e-mailed to Olivia the same day; Luca on or above "
                 "the 9th centile by 09/04/2026"),
        *_action("1.2", "Write a feeding plan with Jess and Marco (how many scoops, how much milk, how often) "
                        "and see Luca in the dietetic clinic",
                 "Sarah Hume, paediatric dietitian", "Plan by 17/02/2026; clinic again by 31/03/2026",
                 "Written feeding plan on the fridge and on Olivia's file; clinic letter after each "
                 "appointment"),
        *_action("1.3", "Make every bottle exactly as the feeding plan says and write each feed on the feed "
                        "chart",
                 "Jess and Marco", "Every feed, from 17/02/2026",
                 "Feed chart seen by Naomi or Olivia at every visit, showing at least 900ml a day"),
        *_action("1.4", "Outpatient review of Luca's growth, and a letter saying whether his weight gain "
                        "is enough",
                 "Dr Aisha Rehman, consultant paediatrician", "On 10/03/2026",
                 "Clinic letter to Dr Kerr and Olivia within a week of the appointment"),
        *_action("1.5", "Home sessions with Jess and Marco on getting ready to wean Luca, and a daily routine "
                        "of feeds, naps and play",
                 "Dan Price, family support worker", "Every Monday, 16/02/2026 to 27/04/2026",
                 "Routine chart on the wall; first foods written on the feed chart by the time Luca is 6 "
                 "months old (12/03/2026)"),
        ("h2", "Outcome 2: Luca lives in a warm home and his parents have the money to feed and clothe him"),
        *_action("2.1", "Help Jess report Luca's birth to Universal Credit and set up a plan to pay off the "
                        "electricity meter debt",
                 "Abi Sutton, personal adviser", "By 27/02/2026",
                 "Universal Credit statement showing the child element; letter from the energy company "
                 "agreeing the debt plan, both copied to Olivia"),
        *_action("2.2", "Pay for an electricity top-up, a room thermometer and two warm sleepsuits for Luca "
                        "from section 17 funds",
                 "Olivia Brandt, social worker", "By 13/02/2026",
                 "Receipts on file; thermometer on the living room wall"),
        *_action("2.3", "Top up the electricity meter with at least £25",
                 "Marco Castellano", "Every Friday",
                 "Meter credit and a living room temperature of 18 degrees or more seen at every visit"),
        *_action("2.4", "Have Luca at her house and feed him as the feeding plan says, writing each feed on "
                        "the feed chart",
                 "Teresa Castellano (paternal grandmother)", "Every Wednesday, 9am to 5pm",
                 "Wednesday feeds on the feed chart, seen by Naomi each week"),
        ("h2", "Outcome 3: Luca is seen, kept warm and safe, goes to all his health appointments and "
               "reaches his milestones"),
        *_action("3.1", "Visit Luca at home, some visits unannounced; see him awake and undressed, and look at "
                        "the feed chart and the temperature",
                 "Olivia Brandt, social worker",
                 "Twice a week until 10/03/2026, then every week until the review conference",
                 "Visit records within 48 hours saying how Luca looked, what he was wearing and the "
                 "temperature"),
        *_action("3.2", "ASQ-3 check of Luca's development",
                 "Naomi Fletcher, health visitor", "By 31/03/2026",
                 "ASQ-3 scores shared with Jess, Marco and Olivia"),
        *_action("3.3", "Give Luca his missed 16-week immunisations",
                 "Dr Paul Kerr, GP (practice nurse)", "By 27/02/2026",
                 "Immunisations recorded in the red book and on the GP record"),
        *_action("3.4", "Take Luca to every health visitor clinic, dietitian and paediatric appointment",
                 "Jess and Marco", "Every appointment until the review conference",
                 "Each service tells Olivia the same day if an appointment is missed; none missed at the "
                 "review conference"),
        *_action("3.5", "Take Luca to the Little Sparrows stay and play group at Brook Children's Centre",
                 "Jess Marsh", "Every Tuesday, 10am to 12pm",
                 "Group register, and a monthly note to Olivia from the centre worker on how Jess and Luca "
                 "play together"),
        *_action("3.6", "Parenting assessment of Jess and Marco, including how they notice and answer "
                        "Luca's hunger and cold",
                 "Olivia Brandt, social worker", "By 27/03/2026",
                 "Report with a recommendation shared with Jess, Marco and the core group by 27/03/2026"),
        ("h1", "9. If things go wrong"),
        ("bullets", [
            "If Luca loses weight at a weekly weigh, does not gain weight at two weighs in a row, or is "
            "found cold or unfed: Naomi rings Olivia that day, Luca is seen the same day on the children's "
            "ward at Fulverstone General, and Olivia (or the Emergency Duty Team) holds a strategy "
            "discussion the same day.",
            "If the strategy discussion decides Luca cannot stay at home, he goes to Teresa's house at 2 "
            "Lark Rise that day (Teresa agreed this on 10/02/2026). If Teresa cannot have him, Olivia "
            "places him with Fulverstone foster carers the same day, with his parents' agreement. Olivia "
            "asks Sue Halliday for a legal planning meeting within 5 working days.",
            "If Teresa cannot have Luca on a Wednesday, she or Jess rings Naomi that morning; Jess stays at "
            "home with Luca and Naomi or Dan visits that day to see a feed.",
            "If Jess and Marco miss two appointments for Luca in a row, Olivia visits the same day.",
            "If Luca is not back on the 9th centile by the review conference, Olivia will ask for a legal "
            "planning meeting to decide whether to start the Public Law Outline.",
        ]),
        ("h1", "10. Meetings"),
        ("bullets", [
            "Core group every 4 weeks at Brook Children's Centre, Tuesdays at 2pm: 24/02/2026, 24/03/2026 and "
            "21/04/2026.",
            "Review child protection conference: 05/05/2026 at 1.30pm, Fulverstone Children's Centre.",
        ]),
        ("h1", "11. Signatures"),
        ("table", {
            "header": ["Name", "Signature", "Date"],
            "widths": [6.0, 6.0, 5.0],
            "rows": [
                ["Jess Marsh", "J. Marsh", "10/02/2026"],
                ["Marco Castellano", "M. Castellano", "10/02/2026"],
                ["Olivia Brandt (social worker)", "O. Brandt", "10/02/2026"],
                ["Martin Greaves (chair)", "M. Greaves", "10/02/2026"],
            ],
        }),
    ],
    "findings": [],
})
