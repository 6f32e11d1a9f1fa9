"""Batch 180, module e: seven fictional plans, split "tune" (tuning material), places beginning with "e".

Everything here is made up: children, families, professionals, services,
schools, hospitals, police forces and councils. Labels were written by hand
from docs/rules.md and the conventions in sample_plans/README.md, without
running planlint or reading its code.

Focus: the plan inside a longer document, among tables and lists that are
not the work. Each plan is in a template of its own, and each document
carries the parts real documents carry around the plan: attendance tables
(name, role, agency, present or apologies), contacts tables, a who's who and
genogram key, chronologies in the past tense, tables of the last plan's
actions with RAG ratings or "Done / Not done", test results, weights and
school attendance by term, risk analyses (danger statements, complicating
factors, strengths) and scaling scores by each professional, a Signs of
Safety three-column mapping whose third column holds goals (its next steps
sit in a separate safety plan table), lists of services the family already
has and of documents read, the children's own words, a Three Houses table,
the conference's decisions and the parents' signatures. None of those are
actions. The plan itself is in a different layout in each (a numbered
table, a Ref table, numbered items with Who / When / How we'll know
sub-bullets, one labelled block per action, a case print's bracketed task
records, one small table under each outcome, a Signs of Safety next-steps
table), and each document makes plain where the plan starts. Most actions
are well written in every plan; the four faulty plans hold a few realistic
faults.

1. an initial conference record for a 6-year-old and a 2-year-old after
   their father, who drinks, held their mother by the throat: attendance
   table, documents read, chronology table, risk analysis and scaling by
   each professional, the children's experience, the decision, outcomes,
   then the numbered plan table, contingency, meetings, contacts table and
   signatures (docx, exemplary);
2. a social worker's report to a review conference for a 9-year-old and a
   4-year-old (neglect, their mother's depression after an overdose):
   network and contacts table, a RAG table of the initial plan's actions,
   school attendance by term, a health checks table, scaling, analysis and
   recommendation, then the revised plan as a Ref table, page header and
   footer (pdf): faults are the care coordinator's support sessions that
   only treat the mother, the class teacher's checks measured by
   "Monitored", the housing application "Ongoing", a young carers referral
   with "-" for its lead, an outcome about the mother only, and no legal
   planning anywhere (H001, M002, T002, W001, F002, R002);
3. a first core group record for a 7-year-old and an 18-month-old living
   with neglect, whose grandmother helps: meeting table, attendance table,
   contacts table, services already involved, documents looked at, a
   three-column "worried / working well / where we want to get to" table,
   the children's words, outcomes, then the plan as numbered items with
   Who / When / How we'll know sub-bullets (md): faults are the
   grandmother's lice and bedding checks measured by "Monitored by Ben",
   "Family" owning the children's teas and baths, a parenting assessment
   with "-" for how we'll know, the mother's parenting group "when she feels
   ready", the beds with "-" for when, and a contingency with no fallback if
   the grandmother's help stops (M002, W002, M001, T002, T001, C003);
4. a second review conference plan for a 13-year-old and a 10-year-old
   whose mother uses cocaine and alcohol at weekends: details table, a
   who's who with genogram key, a table of test results, a table of what the
   last plan asked with "Done / Not done", the children's words, the
   decision, outcomes, then one labelled block per action (md, exemplary);
5. a case system's print for a 5-year-old and a 4-month-old whose family
   is moving to another authority: household, agencies involved, a
   chronology, the move, the children's voice and outcomes, then bracketed
   task records with Responsible / Due / Evidence lines (txt): faults are
   the parenting assessment handed to the receiving authority, the family
   support referral put on hold until the family are "settled" there, the
   health records handover with "-" for evidence, "All agencies" owning a
   row, the family support worker's sessions measured by "Jade's
   engagement", and a transfer-in conference "date to be confirmed" with no
   review conference (X001 x2, T002, M001, W002, M002, R001);
6. a review conference record and plan for a 7-month-old and a 3-year-old
   whose mother has bipolar disorder and had a postpartum psychosis:
   attendance table, services the family already has, a table of the
   baby's weights, scaling by each agency, the children's days, the
   conference's numbered decisions, then one small table under each
   outcome, contingency, meetings, contacts and signatures, page header and
   footer (pdf, exemplary);
7. a Signs of Safety conference record for an 8-year-old and a 5-year-old
   whose father drinks and drove them after drinking: details and
   attendance tables, the network, danger statements, safety goals, a
   three-column mapping table whose third column holds goals, scaling by
   each person, a Three Houses table, the decision, then the safety plan's
   next-steps table (docx): faults are a passive young carers referral with
   "-" for who, the family support worker's routine chart with "-" for by
   when, a family group conference with "-" for how we will know, the
   alcohol service's key work measured by "Engagement with the service",
   "All professionals" owning a row, a contingency that only reviews on
   "further concerns", and no legal planning anywhere (W001, T001, M001,
   M002, W002, C002, R002).

Three plans (1, 4 and 6) are exemplary: every action has a named owner, a
real timescale and something that can be seen, counted or read; every
outcome is about the children; each contingency has specific triggers and
protective responses and says what happens if a relative's help fails; each
records the children's words or observed lived experience, core group dates
and a dated review conference, and legal planning after named triggers; an
adult service owns actions where a parent drinks, uses drugs or is ill, and
the perinatal mental health team in plan 6 is asked to report on the
mother's capacity to change and its likely timescale.

Counting convention used for "actions" (README convention 1): only the plan
itself counts: each row of the plan table (1, 2, 7), each numbered item with
its Who / When / How we'll know sub-bullets (3), each labelled action block
(4), each bracketed task record (5), and each row of the tables under the
outcomes (6). Attendance, contacts and who's who tables, chronologies, the
last plan's actions with their RAG ratings or "Done / Not done", test,
weight and attendance tables, risk analyses, scaling tables, the Signs of
Safety mapping and Three Houses tables, lists of services and documents,
the children's words, the decisions, outcomes and safety goals, the
contingency, the meeting dates and the signatures are not actions.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. ICPC record: attendance table, documents, chronology table, risk
#    analysis and scaling table, decision, outcomes, then the numbered plan
#    table, contingency, meetings, contacts table, signatures. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b180_eppleworth_icpc_record_chronology_risk_scaling_then_numbered_plan_table_hallam.docx",
    "doc_title": "Initial Child Protection Conference: Record, Decision and Plan - Ruby and Theo Hallam",
    "split": "tune",
    "actions": 14,
    "template": "icpc-record-docx-kv-then-attendance-table-name-role-agency-present-apologies-documents-read-bullets-chronology-table-date-what-happened-source-risk-analysis-two-column-table-scaling-by-each-professional-table-childrens-experience-decision-outcomes-then-numbered-plan-table-no-what-will-happen-lead-by-when-how-we-will-know-then-contingency-meetings-contacts-table-signatures-table",
    "description": (
        "Exemplary initial conference record and plan for a 6-year-old and a 2-year-old after their father, "
        "who drinks most nights, held their mother by the throat while the 6-year-old watched from the "
        "stairs. Most of the document is the record: an attendance table with present and apologies, the "
        "documents the conference read, a chronology table in the past tense, a risk analysis table "
        "(danger statement, complicating factors, strengths, safety goal), a table of each professional's "
        "scaling score, the children's experience and the decision. Then the plan is one numbered table "
        "(what will happen, lead, by when, how we will know), followed by the contingency, meetings, a "
        "contacts table and the signatures. The drug and alcohol service assesses and reports on the "
        "father's drinking, the grandmother's supervision of contact has a fallback, legal planning "
        "follows named triggers, and core group and review dates are set."
    ),
    "blocks": [
        ("title", "Initial Child Protection Conference: Record, Decision and Plan"),
        ("p", "Eppleworth City Council, Safeguarding Review Unit. OFFICIAL-SENSITIVE."),
        ("kv", [
            ("Children", "Ruby Hallam, born 14/02/2019 (6), Year 2, Ashgrove Primary School; Theo Hallam, born "
                         "22/10/2023 (2), at home, starting Little Acorns Nursery in January"),
            ("Address", "27 Bramble Close, Eppleworth EP4 2LX"),
            ("Conference", "Tuesday 09/12/2025, 10am to 12.20pm, Room 4, Eppleworth Civic Centre"),
            ("Chair", "Helen Ashby, Child Protection Chair"),
            ("Record taken by", "Laura Finch, Business Support"),
        ]),
        ("h1", "1. Who attended"),
        ("table", {
            "header": ["Name", "Role", "Agency", "Present or apologies"],
            "widths": [3.6, 3.6, 6.0, 3.8],
            "rows": [
                ["Helen Ashby", "Chair", "Eppleworth Safeguarding Review Unit", "Present"],
                ["Laura Finch", "Record", "Business Support", "Present"],
                ["Chloe Hallam", "Mother", "-", "Present"],
                ["Jason Hallam", "Father", "-", "Present until 11.05am"],
                ["Sophie Marsh", "Social worker", "Eppleworth Children's Services, Assessment Team 2", "Present"],
                ["Nisha Patel", "Designated safeguarding lead", "Ashgrove Primary School", "Present"],
                ["Gemma Price", "Health visitor", "Eppleworth 0-19 Service", "Present"],
                ["DC Lewis Grant", "Investigating officer", "Eppleworth Police, Domestic Abuse Unit", "Present"],
                ["Amira Khan", "IDVA", "Eppleworth Women's Aid", "Present"],
                ["Ravi Desai", "Recovery worker", "Pathways, Eppleworth Drug and Alcohol Service",
                 "Apologies; report sent"],
                ["Dr Fiona Lyle", "GP", "Bramble Lane Surgery", "Apologies; report sent"],
                ["Jade Lowe", "Key worker", "Little Acorns Nursery", "Apologies"],
            ],
        }),
        ("h1", "2. What the conference read"),
        ("bullets", [
            "The social worker's report to conference, dated 04/12/2025 and shared with Chloe and Jason on "
            "05/12/2025.",
            "The police report, listing three call-outs to 27 Bramble Close since June 2023.",
            "Ashgrove Primary School's report, with Ruby's attendance printout for the autumn term (96%).",
            "The health visitor's report and the GP's report.",
            "Pathways' letter of 01/12/2025 confirming Jason's self-referral.",
            "Ruby's drawing of \"my house\" from Sophie's visit on 28/11/2025.",
        ]),
        ("h1", "3. What has happened: chronology"),
        ("table", {
            "header": ["Date", "What happened", "Source"],
            "widths": [2.6, 11.6, 2.8],
            "rows": [
                ["18/06/2023", "A neighbour called the police about shouting at 27 Bramble Close. Jason had been "
                               "drinking. No offence was recorded. Chloe was pregnant with Theo.", "Police"],
                ["04/03/2024", "Chloe told the health visitor that Jason \"drinks most nights\". The health "
                               "visitor gave her the Women's Aid number.", "Health visitor"],
                ["11/09/2025", "Ruby told her teacher \"Daddy broke the telly when he was shouting\". The school "
                               "logged it on CPOMS and told the Front Door; Early Help was offered and Chloe "
                               "declined it.", "School"],
                ["02/11/2025", "Jason, who had been drinking all afternoon, pushed Chloe against the kitchen wall "
                               "and held her by the throat. Ruby watched from the stairs; Theo was in his high "
                               "chair. Chloe rang 999. Jason was arrested and bailed not to contact Chloe or go "
                               "to the address until 06/01/2026.", "Police"],
                ["04/11/2025", "A strategy discussion was held and section 47 enquiries began.", "Children's Services"],
                ["06/11/2025", "Sophie saw Ruby alone at school. Ruby said \"I hid on the stairs and Theo was "
                               "crying\".", "Social worker"],
                ["20/11/2025", "Amira completed a DASH risk assessment with Chloe (high risk). The case was "
                               "heard at MARAC the same day.", "IDVA"],
                ["01/12/2025", "Jason referred himself to Pathways.", "Pathways"],
            ],
        }),
        ("h1", "4. Risk analysis"),
        ("table", {
            "header": ["", "What the conference agreed"],
            "widths": [4.0, 13.0],
            "bold_first_col": True,
            "rows": [
                ["Danger statement",
                 "Everyone at the conference is worried that if Jason drinks and becomes angry again, Ruby and "
                 "Theo could be hurt, as they were close by on 02/11/2025, and that they will go on being "
                 "frightened in their own home."],
                ["Complicating factors",
                 "Jason does not yet accept that his drinking is a problem. Chloe has said she would like Jason "
                 "home for Christmas. His bail ends on 06/01/2026. Chloe has no family of her own nearby."],
                ["Strengths and existing safety",
                 "Chloe rang the police herself on 02/11/2025 and has kept to her safety plan with Amira. Ruby "
                 "can name her teacher as a safe adult. Jason's mother, Maureen, has offered to supervise his "
                 "time with the children. Jason referred himself to Pathways."],
                ["Safety goal",
                 "Ruby and Theo live at home with adults who are sober when they care for them, where no one is "
                 "hurt or frightened, and they see their dad in a way that keeps them safe."],
            ],
        }),
        ("p", "Scaling: 0 means the children will certainly be harmed again; 10 means they are safe enough for "
              "the plan to end."),
        ("table", {
            "header": ["Who", "Agency", "Score", "Why"],
            "widths": [3.4, 3.8, 1.4, 8.4],
            "rows": [
                ["Sophie Marsh", "Children's Services", "3", "Jason is still minimising; Chloe is protective for now"],
                ["DC Lewis Grant", "Police", "2", "Strangulation is a serious marker of future risk"],
                ["Nisha Patel", "School", "4", "Ruby is in school and talks to staff"],
                ["Gemma Price", "Health visiting", "4", "Theo is well cared for day to day"],
                ["Amira Khan", "Women's Aid", "3", "High DASH score; bail ends soon"],
                ["Chloe Hallam", "Mother", "7", "\"I would never let him back if he was drinking\""],
            ],
        }),
        ("h1", "5. Ruby's and Theo's experience"),
        ("p", "Ruby told Sophie at school on 06/11/2025 and again on 28/11/2025 that she was scared when Daddy "
              "shouted and that she \"hid on the stairs\". She said: \"I want Daddy to come to my party but not "
              "if he's got the smelly drink.\" In her drawing of her house, Ruby drew herself and Theo in their "
              "bedroom with the door shut. Her teacher says she has been quieter since November and asks to "
              "stay in at playtime."),
        ("p", "Theo is 2 and says a few words. Gemma saw him at home on 25/11/2025: he went to Chloe for comfort, "
              "played with his cars and babbled to himself, and flinched and cried when a door banged. Chloe says "
              "he has been waking in the night since 02/11/2025."),
        ("h1", "6. Decision of the conference"),
        ("p", "Ruby and Theo will be subject to child protection plans under the category of emotional abuse. "
              "Everyone at the conference agreed; Chloe agreed with the decision. Jason had left before the "
              "decision was made and was told of it by Sophie by phone the same afternoon."),
        ("h1", "7. What the plan must achieve for Ruby and Theo"),
        ("numbers", [
            "Ruby and Theo are not hurt, and do not see or hear violence or shouting at home.",
            "Ruby and Theo are cared for only by adults who are sober, and see their dad in a way that keeps "
            "them safe.",
            "Ruby knows that what happened was not her fault and who she can tell if she is scared, and she "
            "stays in school every day.",
            "Theo sleeps through the night again, and his talking and play develop as expected for his age.",
        ]),
        ("h1", "8. The child protection plan"),
        ("p", "These are the actions the conference agreed. Each one is numbered, and each lead will report on "
              "their actions at every core group."),
        ("table", {
            "header": ["No.", "What will happen", "Lead", "By when", "How we will know"],
            "widths": [1.0, 6.2, 3.2, 2.9, 3.7],
            "rows": [
                ["1", "Visit Ruby and Theo at home, seeing Ruby on her own at every visit; at least one visit in "
                      "three unannounced",
                 "Sophie Marsh, social worker",
                 "Every 10 working days until the review conference",
                 "Visit records on the file within 2 working days, with Ruby's own words and how Theo was"],
                ["2", "Complete the child and family assessment, including Chloe's ability to protect the "
                      "children and Jason's understanding of how they were harmed",
                 "Sophie Marsh, social worker",
                 "By 30/01/2026",
                 "Written assessment with recommendations shared with Chloe, Jason and the core group by "
                 "30/01/2026"],
                ["3", "Four direct work sessions with Ruby at school: her Three Houses, and a \"safe hand\" of "
                      "the people she can tell",
                 "Sophie Marsh, social worker",
                 "Weekly, 15/12/2025 to 16/01/2026",
                 "Ruby's Three Houses and safe hand on file; Ruby names her safe people to Sophie at the last "
                 "session"],
                ["4", "Alcohol assessment for Jason, then weekly key work, with an AUDIT at the start and after "
                      "12 weeks and a breath test at every session; a written report on his drinking and on "
                      "whether he is likely to stay sober around the children",
                 "Ravi Desai, recovery worker, Pathways (drug and alcohol service)",
                 "Assessment by 19/12/2025; key work weekly; report by 20/02/2026",
                 "AUDIT scores and breath test results in a monthly letter to Sophie; written report on file "
                 "by 20/02/2026"],
                ["5", "Go to every Pathways appointment, and ring Ravi beforehand if he cannot get there",
                 "Jason Hallam",
                 "Weekly from 19/12/2025",
                 "Attendance in Ravi's monthly letter to Sophie"],
                ["6", "Go to the assessment for the Changing Ways domestic abuse perpetrator programme and, if "
                      "offered a place, to every weekly group",
                 "Jason Hallam",
                 "Assessment by 16/01/2026; then every Thursday evening",
                 "Assessment letter to Sophie by 23/01/2026; attendance register sent to Sophie each month"],
                ["7", "Supervise all of Jason's time with Ruby and Theo at her home, staying in the room "
                      "throughout, and end the visit if Jason has been drinking",
                 "Maureen Hallam, paternal grandmother",
                 "Every Saturday, 10am to 12pm",
                 "Contact sheet signed by Maureen after each visit, read by Sophie at her next home visit"],
                ["8", "Weekly safety planning sessions with Chloe, and a review of her DASH risk assessment",
                 "Amira Khan, IDVA, Eppleworth Women's Aid",
                 "Weekly for six weeks from 11/12/2025; DASH review by 22/01/2026",
                 "Signed safety plan on Sophie's file by 18/12/2025; DASH score at the review sent to Sophie"],
                ["9", "Go to the Freedom Programme at Eppleworth Family Hub",
                 "Chloe Hallam",
                 "Thursdays, 08/01/2026 to 26/03/2026",
                 "Attendance register sent to Sophie each month by the Family Hub"],
                ["10", "Make a family safety plan in words and pictures that Ruby understands: who she rings and "
                       "where she goes if Daddy comes to the house after drinking",
                 "Chloe Hallam, with Sophie Marsh (SW)",
                 "By 23/01/2026",
                 "Safety plan on the fridge and a copy on file; Ruby shows Sophie what it says at the next "
                 "visit"],
                ["11", "Keep the domestic abuse warning marker on 27 Bramble Close, and check Jason's bail "
                       "conditions after any call-out to the address",
                 "DC Lewis Grant, Eppleworth Police Domestic Abuse Unit",
                 "Marker confirmed by 12/12/2025; bail checked after every call-out until 06/01/2026",
                 "Marker reference e-mailed to Sophie; any breach of bail reported to Sophie the same day"],
                ["12", "Check in with Ruby every morning in the nurture room, and ring Sophie the same day about "
                       "anything Ruby says about home",
                 "Nisha Patel, DSL, Ashgrove Primary School",
                 "Every school day",
                 "CPOMS summary and attendance e-mailed to Sophie every Friday; Ruby's attendance stays at "
                 "95% or above"],
                ["13", "Theo's two-year review with an ASQ-3, then a home visit each month",
                 "Gemma Price, health visitor",
                 "ASQ-3 by 09/01/2026; then monthly until the review conference",
                 "ASQ-3 scores shared with the core group; visit notes e-mailed to Sophie within a week"],
                ["14", "Settle Theo into nursery, and write a weekly note of how he plays, talks and settles",
                 "Jade Lowe, key worker, Little Acorns Nursery",
                 "Monday, Wednesday and Friday mornings from 05/01/2026",
                 "Nursery register and weekly observation note e-mailed to Sophie each Friday"],
            ],
        }),
        ("h1", "9. Contingency plan"),
        ("bullets", [
            "If Jason comes to 27 Bramble Close while he is on bail, or comes there after drinking once bail "
            "ends, Chloe rings 999 and the police attend; Sophie (or the Emergency Duty Team) holds a strategy "
            "discussion the same day.",
            "If Jason has been drinking when he arrives for contact, Maureen does not let the visit go ahead and "
            "rings Sophie that day; contact then takes place only at Eppleworth Family Centre, supervised by "
            "its staff, until the core group agrees otherwise.",
            "If Maureen cannot supervise on a Saturday (she is ill, away, or does not feel able to), that "
            "week's contact does not take place at her home, and Sophie arranges supervised contact at "
            "Eppleworth Family Centre within 7 days.",
            "If there is any further violence, if Chloe lets Jason back into the home while he is still "
            "drinking, or if by the review conference Pathways report that Jason is still drinking or he has "
            "not started Changing Ways, Sophie asks Mark Ellison (team manager) for a legal planning meeting "
            "within 5 working days, to decide whether the Public Law Outline should begin.",
        ]),
        ("h1", "10. Core group and review"),
        ("bullets", [
            "Core group every four weeks at Ashgrove Primary School at 1.30pm: 18/12/2025 (within 10 working "
            "days), 15/01/2026 and 12/02/2026.",
            "Review child protection conference: 03/03/2026 at 10am, Eppleworth Civic Centre.",
        ]),
        ("h1", "11. Contacts"),
        ("table", {
            "header": ["Worker", "Agency", "Phone", "E-mail"],
            "widths": [3.4, 5.6, 3.0, 5.0],
            "rows": [
                ["Sophie Marsh", "Eppleworth Children's Services", "01632 960 118", "sophie.marsh@eppleworth.gov.uk"],
                ["Mark Ellison", "Team manager, Assessment Team 2", "01632 960 119", "mark.ellison@eppleworth.gov.uk"],
                ["Nisha Patel", "Ashgrove Primary School", "01632 960 402", "dsl@ashgrove.sch.uk"],
                ["Gemma Price", "Eppleworth 0-19 Service", "01632 960 655", "gemma.price@nhs.net"],
                ["Amira Khan", "Eppleworth Women's Aid", "01632 960 771", "amira.khan@eppleworthwa.org.uk"],
                ["Ravi Desai", "Pathways", "01632 960 883", "ravi.desai@pathwayseppleworth.org.uk"],
                ["Emergency Duty Team", "Out of hours", "01632 960 000", "-"],
            ],
        }),
        ("h1", "12. Signatures"),
        ("table", {
            "header": ["Name", "Signature", "Date"],
            "widths": [5.0, 7.0, 5.0],
            "rows": [
                ["Chloe Hallam", "C. Hallam", "09/12/2025"],
                ["Jason Hallam", "Not signed: left before the plan was agreed; copy posted 10/12/2025", "-"],
                ["Helen Ashby, Chair", "H. Ashby", "09/12/2025"],
            ],
        }),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Social worker's report to a review conference: network and contacts
#    table, RAG table of the initial plan, school attendance by term, health
#    checks, scaling, analysis, recommendation, outcomes, then the revised
#    plan as a Ref table. Page header and footer. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b180_etherdale_sw_report_rag_last_plan_attendance_by_term_then_ref_plan_pemberton.pdf",
    "doc_title": "Social Worker's Report to the Review Child Protection Conference - Mason and Evie Pemberton",
    "split": "tune",
    "actions": 14,
    "min_pages": 3,
    "header": "Etherdale Council · Children's Social Care · Report to Review Child Protection Conference",
    "footer": "Mason and Evie Pemberton · SW report, RCPC 20/01/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "sw-report-to-rcpc-paged-header-footer-kv-then-network-and-contacts-table-since-icpc-prose-progress-on-initial-plan-table-rag-what-happened-school-attendance-by-term-table-health-checks-table-childrens-words-scaling-table-analysis-recommendation-outcomes-then-revised-plan-ref-what-will-be-done-lead-timescale-how-we-will-know-then-contingency-meetings-sign-off",
    "description": (
        "A social worker's report to the first review conference for a 9-year-old and a 4-year-old living "
        "with neglect, whose mother has depression and took an overdose in September. Most of the report "
        "is not the plan: a network and contacts table, what has happened since the initial conference, a "
        "table of the initial plan's actions with RAG ratings and what happened, school attendance by "
        "term, a table of health checks, the children's words, scaling at the initial conference and now, "
        "the analysis and the recommendation. The revised plan is a Ref table near the end, then the "
        "contingency and meetings. The GP owns a medication review. Faults: the care coordinator's weekly "
        "sessions only support the mother; the class teacher's daily checks are measured by 'Monitored'; "
        "the housing application is 'Ongoing'; the young carers referral has '-' for its lead; one outcome "
        "is about the mother only; and nothing says legal planning follows if the plan does not work."
    ),
    "blocks": [
        ("title", "Social Worker's Report to the Review Child Protection Conference"),
        ("kv", [
            ("Children", "Mason Pemberton, born 07/05/2016 (9), Year 5, Fernlea Junior School; Evie Pemberton, "
                         "born 15/08/2021 (4), Reception, Fernlea Infant School"),
            ("Address", "12 Wharf Street, Etherdale ET2 9FB"),
            ("Mother", "Leanne Pemberton (34)"),
            ("Father", "Scott Pemberton, who lives in Tenerife and rings the children once a month; he has been "
                       "sent this report"),
            ("Category", "Neglect, since the initial conference on 21/10/2025"),
            ("Review conference", "Tuesday 20/01/2026 at 2pm, Etherdale Civic Offices"),
            ("Report by", "Naomi Fairclough, social worker, Family Safeguarding Team 1 (team manager: Peter "
                          "Hollins)"),
        ]),
        ("h1", "1. The family and the people working with them"),
        ("table", {
            "header": ["Name", "Who they are", "Agency or address", "Phone"],
            "widths": [3.6, 4.4, 5.6, 3.4],
            "rows": [
                ["Leanne Pemberton", "Mum", "12 Wharf Street", "07700 900 412"],
                ["Kelly Ashworth", "Leanne's sister", "3 Canal Row, Etherdale", "07700 900 877"],
                ["Naomi Fairclough", "Social worker", "Etherdale Children's Social Care", "01632 960 214"],
                ["Daniel Osei", "Care coordinator", "Etherdale Community Mental Health Team", "01632 960 533"],
                ["Dr Ruth Adeyemi", "GP", "Wharfside Medical Practice", "01632 960 301"],
                ["Sandra Leigh", "Designated safeguarding lead", "Fernlea Junior School", "01632 960 640"],
                ["Tom Byrne", "Designated safeguarding lead", "Fernlea Infant School", "01632 960 641"],
                ["Orla Dunne", "Evie's class teacher", "Fernlea Infant School", "01632 960 641"],
                ["Priya Shah", "School nurse", "Etherdale 0-19 Service", "01632 960 720"],
                ["Maya Collins", "Family support worker", "Etherdale Family Hub", "01632 960 812"],
            ],
        }),
        ("h1", "2. What has happened since the initial conference"),
        ("p", "Leanne has had depression since Evie was born. In September she stopped her antidepressants, "
              "and on 14/09/2025 she took an overdose of paracetamol while the children were asleep; Mason found "
              "her in the morning and rang his aunt Kelly. Leanne was treated at Etherdale General Hospital and "
              "referred to the Community Mental Health Team. At the initial conference the children were often "
              "late and hungry, Mason was getting Evie ready for school, and there was little food in the house."),
        ("p", "Since then Leanne has restarted her medication, has a care coordinator, and has let me in at every "
              "visit. The children's attendance has gone up every term. Food in the house is better but not "
              "reliable, Mason still worries about his mum and checks on her at night, and neither child has "
              "seen a dentist."),
        ("h1", "3. Progress on the plan from the initial conference"),
        ("table", {
            "header": ["No.", "What the plan said", "Lead", "RAG", "What happened"],
            "widths": [1.0, 5.4, 2.6, 1.4, 6.6],
            "rows": [
                ["1", "Fortnightly home visits, seeing the children alone", "SW", "Green",
                 "Nine visits; each child was seen alone at eight of them"],
                ["2", "Leanne to register with a GP and book a medication review", "Leanne", "Green",
                 "Registered on 03/11/2025; review held on 17/11/2025; sertraline restarted"],
                ["3", "A care coordinator to be allocated", "CMHT", "Green",
                 "Daniel Osei was allocated on 12/11/2025"],
                ["4", "Breakfast Club for both children", "Schools", "Amber",
                 "Mason went most days; Evie went on 11 of 38 mornings"],
                ["5", "Family support sessions on routines and meals", "FSW", "Amber",
                 "Eight sessions were offered and five held; there was food in the fridge at seven of nine "
                 "visits"],
                ["6", "Register both children with a dentist", "Leanne", "Red", "Not done"],
                ["7", "Young carers' assessment for Mason", "SW", "Red",
                 "Not started; I was off sick for two weeks in December"],
            ],
        }),
        ("h1", "4. School attendance by term"),
        ("table", {
            "header": ["", "Summer term 2025", "Autumn term 2025", "Spring term 2026 (to 16/01)"],
            "widths": [4.4, 4.2, 4.2, 4.2],
            "rows": [
                ["Mason: attendance", "84%", "91%", "96%"],
                ["Mason: late marks", "19", "9", "1"],
                ["Evie: attendance", "79%", "86%", "90%"],
                ["Evie: late marks", "22", "14", "3"],
            ],
        }),
        ("h1", "5. Health checks"),
        ("table", {
            "header": ["Date", "Who saw the children", "What was found"],
            "widths": [2.6, 4.0, 10.4],
            "rows": [
                ["17/11/2025", "Priya Shah, school nurse", "Evie: weight 15.1 kg (25th centile), height 102 cm "
                                                            "(50th centile). Immunisations up to date."],
                ["17/11/2025", "Priya Shah, school nurse", "Mason: weight and height on the 50th centile. "
                                                            "Hearing normal."],
                ["05/12/2025", "Etherdale Opticians", "Mason needs glasses for reading. The prescription was "
                                                       "given to Leanne; the glasses have not been collected."],
                ["-", "Dentist", "Neither child has seen a dentist since 2022."],
            ],
        }),
        ("h1", "6. What Mason and Evie have told me"),
        ("p", "Mason (seen alone at school, 08/01/2026): \"Mum's better since she's got her tablets. I still go "
              "in her room at night to check she's breathing.\" He said he would like \"to go to football and not "
              "have to do Evie's hair\". He scored home 6 out of 10, up from 3 in October."),
        ("p", "Evie (seen at home, 12/01/2026) showed me her bedroom and her new duvet. She said \"Mummy makes "
              "toast now\" and \"I like Breakfast Club when Mason takes me\". Miss Dunne says Evie is still often "
              "hungry at snack time on Mondays and comes in some days in the same clothes as the day before."),
        ("h1", "7. Scaling"),
        ("p", "0 means the children are certain to be harmed by neglect; 10 means they are safe enough for the "
              "plan to end."),
        ("table", {
            "header": ["Who", "At the initial conference", "Now", "Why"],
            "widths": [4.0, 3.0, 1.6, 8.4],
            "rows": [
                ["Naomi Fairclough (SW)", "2", "5", "Leanne is well enough to care most days; food still not reliable"],
                ["Sandra Leigh (Fernlea Junior)", "3", "6", "Mason is in every day and on time"],
                ["Tom Byrne (Fernlea Infant)", "2", "4", "Evie is often hungry and unwashed on Mondays"],
                ["Daniel Osei (CMHT)", "-", "5", "Leanne has attended every appointment since November"],
                ["Leanne Pemberton", "5", "8", "\"I'm doing so much better\""],
            ],
        }),
        ("h1", "8. My analysis"),
        ("p", "Leanne has made real changes since October, and the children are in school more and fed better. "
              "But the changes are recent and depend on Leanne staying well. Mason is still carrying worry for his "
              "mum, and Evie's needs are still missed at weekends. The health needs from the autumn plan (dentist, "
              "glasses) are still not met."),
        ("h1", "9. Recommendation"),
        ("p", "I recommend that Mason and Evie remain subject to child protection plans under the category of "
              "neglect, and that the conference agrees the revised plan in section 11."),
        ("h1", "10. What needs to be different"),
        ("numbers", [
            "Mason and Evie are in school every day, on time, having had breakfast, in clean clothes.",
            "Mason no longer has to look after his mum or his sister, and has time for football and friends.",
            "Mason and Evie see a dentist, Mason has and wears his glasses, and Evie stays on her growth line.",
            "Leanne's mental health will be stable and she will feel more in control of her life.",
        ]),
        ("h1", "11. Revised child protection plan"),
        ("p", "This is the plan I am asking the conference to agree. It replaces the plan from the initial "
              "conference."),
        ("table", {
            "header": ["Ref", "What will be done", "Lead", "Timescale", "How we will know"],
            "widths": [1.3, 5.9, 3.1, 3.0, 3.7],
            "rows": [
                ["R1", "Visit Mason and Evie at home and see each of them on their own; one visit in three "
                       "unannounced",
                 "Naomi Fairclough, SW",
                 "Every two weeks until the next review conference",
                 "Visit records within 2 working days, with each child's words and what food is in the house"],
                ["R2", "Weekly support sessions with Leanne to help her manage her low mood and anxiety",
                 "Daniel Osei, care coordinator, Etherdale CMHT",
                 "Weekly from 26/01/2026",
                 "Leanne's attendance at each session confirmed in a monthly CMHT letter to Naomi"],
                ["R3", "Review Leanne's sertraline with her, and write to Naomi about how her medication is "
                       "helping her to get the children up, fed and to school",
                 "Dr Ruth Adeyemi, GP, Wharfside Medical Practice",
                 "By 27/02/2026",
                 "GP letter on Naomi's file by 06/03/2026"],
                ["R4", "Take her sertraline every day, using the dosette box, and tell Naomi or Daniel if she "
                       "stops",
                 "Leanne Pemberton",
                 "Every day",
                 "Dosette box checked by Naomi at each visit"],
                ["R5", "Young carers' assessment with Mason, and a young carer's plan agreed with him and Leanne",
                 "Naomi Fairclough, SW",
                 "By 20/02/2026",
                 "Assessment on file, and Mason's young carer's plan shared with him and Leanne by 20/02/2026"],
                ["R6", "Referral to Etherdale Young Carers for a weekly group place for Mason",
                 "-",
                 "By 06/02/2026",
                 "Referral acceptance letter on file; Mason's first group date given to Leanne"],
                ["R7", "Home sessions with Leanne on morning routines, weekend meals and budgeting",
                 "Maya Collins, family support worker",
                 "Every Tuesday morning, 27/01/2026 to 14/04/2026",
                 "Routine chart on the kitchen wall seen at each session; food in the fridge written on each "
                 "session record"],
                ["R8", "Breakfast Club places for both children, and a phone call to Leanne if either child is "
                       "not in by 9am",
                 "Sandra Leigh, DSL, Fernlea Junior School (for both schools)",
                 "Every school day",
                 "Breakfast Club and class registers e-mailed to Naomi each Friday; each child at 95% or more by "
                 "the Easter holidays"],
                ["R9", "Check Evie's clothes, hunger and hygiene at the start of each school day, and tell "
                       "Mr Byrne about anything that worries her",
                 "Orla Dunne, Evie's class teacher",
                 "Every school day",
                 "Monitored"],
                ["R10", "Register both children with a dentist and take them to their first check-up",
                 "Leanne Pemberton, with Maya Collins (FSW)",
                 "By 27/02/2026",
                 "Appointment cards shown to Naomi; registration confirmed by the dental practice"],
                ["R11", "Collect Mason's glasses from Etherdale Opticians, and make sure he takes them to school",
                 "Leanne Pemberton",
                 "By 30/01/2026",
                 "Mrs Leigh confirms to Naomi that Mason wears his glasses in class"],
                ["R12", "Weigh and measure Evie and plot her growth on her chart",
                 "Priya Shah, school nurse",
                 "By 13/02/2026 and again by 27/03/2026",
                 "Weights plotted on Evie's chart; Evie stays on or above the 25th centile"],
                ["R13", "Help Leanne apply to Etherdale Homes for a move to a two-bedroom flat nearer the "
                        "schools",
                 "Maya Collins, family support worker",
                 "Ongoing",
                 "Housing application reference number e-mailed to Naomi"],
                ["R14", "Four sessions of direct work with Mason about his mum's illness, using the book \"Mum's "
                        "Blue Days\"",
                 "Naomi Fairclough, SW",
                 "Fortnightly from 02/02/2026",
                 "Mason's worksheets on file; Mason can tell Naomi who he rings if Mum is unwell"],
            ],
        }),
        ("h1", "12. Contingency plan"),
        ("bullets", [
            "If Leanne takes an overdose, says she wants to end her life, or is found unable to care for the "
            "children, whoever is with her rings 999 or the CMHT crisis line; Mason and Evie go to their aunt "
            "Kelly Ashworth at 3 Canal Row (agreed by Kelly on 10/01/2026). If Kelly cannot have them, the "
            "Emergency Duty Team arranges a foster placement that day. Naomi holds a strategy discussion the "
            "same day.",
            "If either child is not in school by 9.30am and Leanne has not answered the school's call, Mrs Leigh "
            "rings Naomi, and Naomi or the duty social worker visits the house that morning.",
            "If Leanne stops her medication or misses two CMHT appointments in a row, Daniel tells Naomi the same "
            "day; Naomi visits within 24 hours and calls a professionals meeting within 5 working days.",
        ]),
        ("h1", "13. Core group and review"),
        ("bullets", [
            "Core group every four weeks at Fernlea Junior School at 3.45pm: 03/02/2026, 03/03/2026, 31/03/2026, "
            "28/04/2026, 26/05/2026 and 23/06/2026.",
            "Next review child protection conference: 14/07/2026 at 2pm, Etherdale Civic Offices.",
        ]),
        ("p", "Naomi Fairclough, social worker, 12/01/2026. Countersigned by Peter Hollins, team manager, "
              "13/01/2026. Shared with Leanne at home on 13/01/2026."),
    ],
    "findings": [
        F("H001", "Weekly support sessions with Leanne to help her manage her low mood"),
        F("W001", "Referral to Etherdale Young Carers for a weekly group place"),
        F("M002", "Check Evie's clothes, hunger and hygiene at the start"),
        F("T002", "Help Leanne apply to Etherdale Homes for a move"),
        F("F002", "Leanne's mental health will be stable and she will feel more in control of her life."),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 3. First core group record: meeting table, attendance, contacts, services
#    already involved, documents, three-column "worried / working well /
#    where we want to get to" table, the children's words, outcomes, then
#    numbered items with Who / When / How we'll know sub-bullets. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b180_emmetsford_core_group_record_services_three_column_then_who_when_items_duggan.md",
    "split": "tune",
    "actions": 14,
    "template": "first-core-group-record-md-meeting-table-attendance-table-present-apologies-contacts-table-services-already-involved-bullets-documents-looked-at-three-column-worried-working-well-where-we-want-to-get-to-table-childrens-words-outcomes-then-numbered-plan-items-with-who-when-how-well-know-sub-bullets-then-if-things-get-worse-meetings",
    "description": (
        "Record of the first core group for a 7-year-old and an 18-month-old living with neglect: the "
        "toddler's weight has dropped from the 25th to the 9th centile, the 7-year-old is late and hungry, "
        "and the home is dirty; their grandmother takes the 7-year-old to school twice a week. Most of the "
        "record is not the plan: a meeting table, an attendance table with present and apologies, a "
        "contacts table, the services already involved, the documents looked at, a three-column table "
        "(what we are worried about / what is working well / where we want to get to) and the children's "
        "words. The plan is numbered items, each with Who / When / How we'll know sub-bullets. Faults: the "
        "grandmother's Sunday lice and bedding checks are measured by 'Monitored by Ben'; 'Family' owns "
        "the children's teas and baths; the parenting assessment has '-' for how we'll know; the mother's "
        "parenting group is 'when she feels ready'; the beds have '-' for when; and the contingency never "
        "says what happens if the grandmother's help stops."
    ),
    "text": """\
# Emmetsford Council - Children's Social Care

## Core group meeting 1: record and child protection plan

### Kayla and Alfie Duggan

| | |
|---|---|
| **Date and time** | Thursday 18/12/2025, 10am to 11.30am |
| **Where** | Brookside Primary School, meeting room 2 |
| **Chaired and recorded by** | Ben Okoro, social worker |
| **Initial conference** | 08/12/2025. Category: neglect (both children) |
| **Children** | Kayla Duggan, born 30/03/2018 (7), Year 2, Brookside Primary School; Alfie Duggan, born 11/06/2024 (18 months), at home |
| **Address** | 41 Mercer Street, Emmetsford EM3 6TW |

### Who came

| Name | Role | Agency | Present / apologies |
|---|---|---|---|
| Shannon Duggan | Mum | - | Present |
| Lee Duggan | Dad | - | Present |
| Pauline Reid | Nan (Shannon's mum) | - | Present |
| Ben Okoro | Social worker | Emmetsford Children's Social Care | Present |
| Hannah Webb | Health visitor | Emmetsford 0-19 Service | Present |
| Denise Farrow | Designated safeguarding lead | Brookside Primary School | Present |
| Lisa Grant | Family support worker | Emmetsford Family Hub | Apologies (written update sent) |

### Contacts

| Worker | Agency | Phone | Email |
|---|---|---|---|
| Ben Okoro | Children's Social Care, Locality Team North | 01632 961 204 | ben.okoro@emmetsford.gov.uk |
| Sarah Lomax | Team manager, Locality Team North | 01632 961 200 | sarah.lomax@emmetsford.gov.uk |
| Hannah Webb | Emmetsford 0-19 Service | 01632 961 577 | hannah.webb@nhs.net |
| Denise Farrow | Brookside Primary School | 01632 961 330 | dsl@brookside.sch.uk |
| Lisa Grant | Emmetsford Family Hub | 01632 961 415 | lisa.grant@emmetsford.gov.uk |
| Emergency Duty Team | Out of hours | 01632 961 999 | - |

### Services already working with the family

- Emmetsford 0-19 Service: Hannah Webb has been Alfie's health visitor since he was born.
- Brookside Primary School: Kayla has been on the school's nurture register since September 2025.
- Emmetsford Family Hub: Lisa Grant has worked with Shannon and Lee under Early Help since June 2025.
- Emmetsford Foodbank: three food vouchers since October 2025.
- Meadow Road Surgery: the family's GP practice.

### What we looked at

- The initial conference minutes and plan (08/12/2025).
- Alfie's growth chart in his red book.
- Kayla's attendance and late marks for the autumn term.
- Lisa Grant's written update of 17/12/2025.

### Where things are now

| What we are worried about | What is working well | Where we want to get to |
|---|---|---|
| Alfie's weight fell from the 25th to the 9th centile between 9 and 15 months. He has bottles of milk in bed instead of meals. | Shannon has taken Alfie to every clinic weigh-in since October. | Alfie eats three meals a day at the table and is back on his 25th centile line. |
| Kayla was late 31 times in the autumn term, often without breakfast, and had head lice for most of November. | Nan takes Kayla to school on Mondays and Wednesdays and she is on time on those days. | Kayla is in school on time every day, having eaten breakfast. |
| The house smells of dog mess, the children have no clean bedding, and Alfie sleeps in a broken travel cot. | Lee cleared the hall and mended the back door in December. | Kayla and Alfie live in a clean home and each have a proper bed with clean bedding. |

### What Kayla says and what Alfie shows us

Kayla (7), seen on her own at school on 15/12/2025: "Sometimes there's no cereal so I have crisps." "I like
it when Nanny does my hair, she doesn't pull." She drew her bedroom with "the smelly bit" in the corner and
said she wants "a bed like Nanny's with a pink cover".

Alfie (18 months): at Hannah's home visit on 11/12/2025 he was in the same nappy from the night before and
reached for Hannah's biscuits. He drank a full bottle of milk in a few minutes and cried when it was taken
away. He is walking and says "Mama", "Nana" and "dog".

### Outcomes for Kayla and Alfie (from the initial conference)

1. Alfie eats enough to grow, and is back on his 25th centile line by the review conference.
2. Kayla gets to school on time every day, fed and in clean clothes, and is free of head lice.
3. Kayla and Alfie live in a clean home and sleep in their own beds with clean bedding.

### The plan we agreed today

1. Visit Kayla and Alfie at home, seeing Kayla on her own and looking in the kitchen, the bedrooms and the fridge.
   - **Who:** Ben Okoro (SW)
   - **When:** Every 10 working days, one visit in three unannounced
   - **How we'll know:** Visit records within 2 working days, with photographs of the bedrooms and Kayla's own words
2. Weigh Alfie, plot his weight in the red book, and go through a meal plan with Shannon.
   - **Who:** Hannah Webb (HV)
   - **When:** Every two weeks at Brookfield Clinic, from 05/01/2026
   - **How we'll know:** Weights plotted on the red book chart; Alfie back on his 25th centile line by the review conference
3. Refer Alfie to the community paediatric dietitian.
   - **Who:** Hannah Webb (HV)
   - **When:** By 09/01/2026
   - **How we'll know:** The dietitian's acceptance letter on Ben's file, with the first appointment date
4. Give Alfie breakfast, lunch and tea at the table every day, and stop his bottles of milk in bed.
   - **Who:** Shannon and Lee
   - **When:** Every day from 19/12/2025
   - **How we'll know:** Food diary on the fridge, read by Hannah and Ben at every visit
5. Get Kayla to school by 8.50am with her breakfast eaten on Tuesdays, Thursdays and Fridays.
   - **Who:** Lee Duggan (Dad)
   - **When:** Every Tuesday, Thursday and Friday
   - **How we'll know:** The register in Mrs Farrow's Friday e-mail shows Kayla on time on those days
6. Give Kayla breakfast at her house and walk her to school on Mondays and Wednesdays.
   - **Who:** Pauline Reid (Nan)
   - **When:** Every Monday and Wednesday
   - **How we'll know:** The register in Mrs Farrow's Friday e-mail shows Kayla on time on those days
7. Check both children's hair for lice on Sundays and help Shannon wash and dry the bedding.
   - **Who:** Pauline Reid (Nan)
   - **When:** Every Sunday afternoon
   - **How we'll know:** Monitored by Ben
8. Make sure Kayla and Alfie have a hot tea and a bath every evening.
   - **Who:** Family
   - **When:** Every evening
   - **How we'll know:** Tea and bath chart on the fridge, read by Ben at his visits
9. Check Kayla's hair, uniform and whether she is hungry at morning check-in, and log anything on CPOMS.
   - **Who:** Denise Farrow (DSL)
   - **When:** Every school day
   - **How we'll know:** CPOMS summary and late marks e-mailed to Ben every Friday
10. Give Kayla a place in the Rainbow nurture group.
    - **Who:** Denise Farrow (DSL)
    - **When:** Tuesday and Thursday afternoons, 06/01/2026 to 27/03/2026
    - **How we'll know:** Nurture group register, and Kayla's Boxall profile at the start and the end of the spring term shared with Ben
11. Parenting assessment of Shannon and Lee, looking at how they meet Kayla's and Alfie's daily needs.
    - **Who:** Ben Okoro (SW)
    - **When:** By 30/01/2026
    - **How we'll know:** -
12. Go to the Triple P parenting group at Emmetsford Family Hub.
    - **Who:** Shannon Duggan (Mum)
    - **When:** When she feels ready
    - **How we'll know:** The Family Hub's attendance register, sent to Ben
13. Weekly home sessions with Shannon and Lee on routines, cleaning and meal planning.
    - **Who:** Lisa Grant (FSW)
    - **When:** Every Thursday from 08/01/2026
    - **How we'll know:** Home conditions checklist scored at the first session and every fourth session and agreed with Ben; 16 out of 20 or more by the review conference
14. Get a cot bed for Alfie and a new mattress and bedding for Kayla through the Emmetsford furniture scheme.
    - **Who:** Lisa Grant (FSW)
    - **When:** -
    - **How we'll know:** Ben sees both beds made up with clean bedding

### If things get worse

- If Alfie loses weight at two weigh-ins in a row, or his weight falls below the 2nd centile, Hannah rings
  Ben the same day, Alfie is seen by the GP within 48 hours, and Ben holds a strategy discussion with
  health and the police that day.
- If Kayla is not in school by 9.30am and no one has rung in, Mrs Farrow rings Shannon and then Ben, and
  Ben or the duty social worker visits the house that morning.
- If Ben finds no food in the house, he brings a food parcel from the Family Hub that day and visits again
  within 48 hours.
- If the home conditions checklist is below 10 out of 20 at two sessions in a row, or Alfie has not gained
  weight by 12/02/2026, Ben asks Sarah Lomax (team manager) for a legal planning meeting within 10 working
  days to decide whether to start the Public Law Outline.

### Meetings

- Core group every four weeks at Brookside Primary School at 10am: 15/01/2026 and 12/02/2026.
- Review child protection conference: 05/03/2026 at 1.30pm, Emmetsford Town Hall.

Record typed by Ben Okoro on 19/12/2025 and sent to everyone who came, and to Lisa Grant.
""",
    "findings": [
        F("M002", "Check both children's hair for lice on Sundays"),
        F("W002", "Make sure Kayla and Alfie have a hot tea and a bath"),
        F("M001", "Parenting assessment of Shannon and Lee, looking at how they"),
        F("T002", "Go to the Triple P parenting group at Emmetsford"),
        F("T001", "Get a cot bed for Alfie and a new mattress"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Second review conference plan: details table, who's who with genogram
#    key, test results table, "what the last plan asked" Done / Not done
#    table, the children's words, decision, outcomes, then one labelled
#    block per action. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b180_ellbarrow_rcpc_genogram_key_test_results_done_table_then_action_blocks_gorman.md",
    "split": "tune",
    "actions": 12,
    "template": "rcpc-plan-md-details-table-whos-who-genogram-key-table-test-results-table-date-test-result-from-last-plan-done-not-done-table-what-has-changed-childrens-words-decision-outcomes-then-one-h3-block-per-action-what-who-when-how-well-know-lines-then-if-things-go-wrong-meetings",
    "description": (
        "Exemplary second review conference plan for a 13-year-old and a 10-year-old whose mother used "
        "cocaine and alcohol at weekends while caring for them; their father, who lives nearby, has them "
        "every other weekend, and their aunt has them after school twice a week. Most of the document is "
        "not the plan: a details table, a who's who with a genogram key, a table of the mother's test "
        "results, a table of what the last plan asked with 'Done' or 'Not done', what has changed, the "
        "children's words and the conference's decision. The plan is one heading per action with What / "
        "Who / When / How we'll know lines. The recovery service tests the mother and reports on whether "
        "she is likely to stay abstinent, the GP owns an action, the aunt's and the father's help have "
        "fallbacks, legal planning follows named triggers, and core group and review dates are set."
    ),
    "text": """\
# Ellbarrow City Council - Children's Services

## Review Child Protection Conference (second review): plan for Connor and Millie Gorman

| | |
|---|---|
| Conference | Second review, Thursday 15/01/2026, 10am, Ellbarrow Civic Hall |
| Chair | Anita Rowe, Independent Reviewing Officer |
| Social worker | Ewan Sharp, Safeguarding Team 3 (team manager: Lorna Birch) |
| Children | Connor Gorman, born 19/04/2012 (13), Year 9, Ellbarrow Academy; Millie Gorman, born 02/09/2015 (10), Year 6, St Oswald's Primary School |
| Home | 8 Tenter Street, Ellbarrow EB2 7NH, with their mum |
| Category | Neglect, since the initial conference on 10/07/2025 |

### Who's who

Genogram key: M = male, F = female; a dashed line on the genogram (in the social worker's report) means
parents who have separated.

| Key | Name | Relationship to Connor and Millie | Lives |
|---|---|---|---|
| F | Nicole Gorman (37) | Mum | 8 Tenter Street, with the children |
| M | Craig Gorman (40) | Dad (separated from Nicole in 2021) | 22 Harland Road, Ellbarrow |
| F | Carly Bain (34) | Aunt (Nicole's sister) | 15 Tenter Street |
| F | Sandra Gorman (63) | Nan (Craig's mum) | Scarborough |
| M | Connor Gorman (13) | - | 8 Tenter Street |
| F | Millie Gorman (10) | - | 8 Tenter Street |

### Nicole's test results since the last conference

| Date | Test | Result | From |
|---|---|---|---|
| 17/10/2025 | Oral fluid | Negative | Ellbarrow Recovery Service |
| 14/11/2025 | Oral fluid | Negative | Ellbarrow Recovery Service |
| 21/11/2025 | Hair strand, three months (August to October) | Cocaine at a low level in August only; alcohol marker (EtG) not excessive | Ellbarrow Recovery Service |
| 12/12/2025 | Oral fluid | Negative | Ellbarrow Recovery Service |
| 09/01/2026 | Oral fluid | Negative | Ellbarrow Recovery Service |

### What the last plan asked, and whether it was done

| What the October plan asked | Done? | Notes |
|---|---|---|
| Nicole to start key work at the Recovery Service | Done | Started 06/10/2025; 13 of 14 sessions attended |
| Hair strand test for Nicole | Done | Result on 21/11/2025 (above) |
| Connor to be referred to youth counselling | Not done | The referral form was not sent; it is in the new plan |
| Family safety plan written with the children | Not done | Nicole and Craig could not agree a date |
| School to check in with Millie every Monday | Done | Every Monday since October |
| Craig's weekend contact to restart | Done | Every other weekend since November |

### What has changed

Nicole says she has not used cocaine since August, and her tests since then agree. She has been to nearly
every key work session. Both children have been in school every day this term. The family safety plan
has still not been written, Connor is still angry and stays in his room, and Millie still says she
worries about "Mum's Sunday headaches".

### What Connor and Millie say

Connor (13), seen on his own at the Academy on 08/01/2026: "It's better. Mum's not out of it at weekends
now." "I still don't trust it. It was fine before and then it wasn't." He would like "to go to Dad's more
and get my phone back". He scored home 6 out of 10.

Millie (10), seen on her own at home on 12/01/2026: "I like it when Auntie Carly does tea, we do
baking." "I don't want Mum to be poorly on Sundays again." She drew Nan in Scarborough, Dad's new dog and
her mum "being happy". She scored home 8 out of 10.

### What the conference decided

- Connor and Millie remain subject to child protection plans under the category of neglect.
- The plan below replaces the plan from the first review, and the next review conference will be held
  on 16/06/2026.

### What we want for Connor and Millie

1. Connor and Millie are cared for every day by an adult who is not under the influence of drugs or alcohol.
2. Connor and Millie are in school every day, and Millie no longer worries about her mum on Sundays.
3. Connor has someone to talk to about his anger and worry, and can say he trusts the plan to keep him safe.

## The plan from today

Each action below says what will happen, who will do it, when, and how we will know it has happened.

### Action 1: seeing Connor and Millie

- What: Visit Connor and Millie at home and see each of them on their own, including one Saturday or Sunday visit a month.
- Who: Ewan Sharp (SW)
- When: Every two weeks until the review conference on 16/06/2026
- How we'll know: Visit records within 2 working days, with each child's own words and score out of 10

### Action 2: Nicole's key work and testing

- What: Weekly key work with Nicole, an oral fluid test at every session, a three-month hair strand test in March, and a written report on her drug and alcohol use and on whether she is likely to stay abstinent while caring for the children.
- Who: Faye Moran, recovery worker, Ellbarrow Recovery Service (drug and alcohol service)
- When: Weekly; hair strand test by 13/03/2026; report by 22/05/2026
- How we'll know: Test results e-mailed to Ewan after each session; hair strand result on file by 03/04/2026; written report on file by 22/05/2026

### Action 3: Nicole's recovery group

- What: Go to the SMART Recovery group at the Recovery Service as well as key work.
- Who: Nicole Gorman (Mum)
- When: Every Monday evening from 19/01/2026
- How we'll know: Attendance in Faye's monthly letter to Ewan

### Action 4: no drink or drugs while caring for the children

- What: Not drink alcohol or use any drug while Connor and Millie are in her care, and agree to a breath test at any unannounced visit.
- Who: Nicole Gorman (Mum)
- When: Every day the children are with her
- How we'll know: Breath test results written on Ewan's visit records; negative oral fluid tests (Action 2)

### Action 5: time with Dad

- What: Have Connor and Millie from Friday after school to Sunday 6pm, and for tea on Wednesdays, and take them to school on the Monday.
- Who: Craig Gorman (Dad)
- When: Every other weekend from 23/01/2026, and every Wednesday
- How we'll know: Craig texts Ewan at each handover; the Monday registers show both children in school

### Action 6: after school at Auntie Carly's

- What: Have Connor and Millie after school for tea and homework.
- Who: Carly Bain (aunt)
- When: Every Tuesday and Thursday, 3.30pm to 7pm
- How we'll know: Carly texts Ewan each Thursday evening; Millie's homework diary signed by Carly on those days

### Action 7: Millie at school

- What: Check in with Millie every Monday morning, and on any day she seems upset, and tell Ewan the same day about anything she says about home.
- Who: Graham Keel, DSL, St Oswald's Primary School
- When: Every Monday morning, and the same day whenever Millie seems upset
- How we'll know: CPOMS notes in the Friday summary e-mailed to Ewan each week

### Action 8: Connor at school

- What: A weekly mentor session with Connor, and his attendance and behaviour points sent to Ewan.
- Who: Rita Okon, pastoral lead, Ellbarrow Academy
- When: Every Wednesday, period 2
- How we'll know: Mentor notes and the register in a fortnightly e-mail to Ewan; Connor's attendance at 95% or more at the May half term

### Action 9: youth counselling for Connor

- What: Refer Connor to Ellbarrow Youth Counselling (with his agreement), and then six sessions about his anger and worry.
- Who: Ewan Sharp (SW) to refer; Sam Ibe, youth counsellor, for the sessions
- When: Referral by 23/01/2026; six sessions on Fridays from 06/02/2026
- How we'll know: Referral acceptance letter on file; Connor's SDQ score at the first and sixth sessions shared with Ewan, with Connor's agreement

### Action 10: Millie's worries

- What: Four sessions of direct work with Millie about her worries, using her worry monster book.
- Who: Ewan Sharp (SW)
- When: Fortnightly, 21/01/2026 to 04/03/2026
- How we'll know: Millie's worry monster book on file; Millie can tell Ewan who she would ring if Mum was unwell

### Action 11: Nicole's health check

- What: A liver function blood test for Nicole, and a letter to Ewan about anything in her physical health that affects her care of the children.
- Who: Dr Priya Lal, GP, Tenter Street Surgery
- When: By 27/02/2026
- How we'll know: GP letter on Ewan's file by 13/03/2026

### Action 12: the family safety plan

- What: A meeting with Nicole, Craig, Carly, Connor and Millie to write the family safety plan: what each adult does if Nicole uses drink or drugs, and who the children ring.
- Who: Ewan Sharp (SW)
- When: By 30/01/2026
- How we'll know: Written safety plan signed by Nicole, Craig and Carly; a copy given to each child, who can say what it means

## If things go wrong

- If any test is positive, if Nicole is seen under the influence, or if either child says she has been
  drinking or using while caring for them: the children go to Craig's that day (Craig agreed this on
  15/01/2026), Ewan holds a strategy discussion the same day, and Ewan asks Lorna Birch for a legal
  planning meeting within 5 working days.
- If Craig cannot have the children when they need to leave Nicole's care, they go to Carly's at 15
  Tenter Street; if neither can have them, the Emergency Duty Team arranges a foster placement that day.
- If Carly cannot have the children on a Tuesday or Thursday, she texts Nicole and Ewan by noon, and the
  children go to the after-school clubs at St Oswald's and the Academy, which Ewan has booked as a standby
  until 7pm on those days.
- If Craig cannot have the children for his weekend, he tells Ewan by the Wednesday before, and Ewan visits
  Nicole and the children that weekend.
- If the hair strand test in March or Faye's report in May shows that Nicole is still using, Ewan asks
  Lorna Birch for a legal planning meeting before the review conference.

## Meetings

- Core group every six weeks at Ellbarrow Academy at 3.30pm: 05/02/2026, 19/03/2026 and 30/04/2026.
- Review child protection conference: 16/06/2026 at 10am, Ellbarrow Civic Hall.

Plan agreed on 15/01/2026 and sent to Nicole, Craig, Carly and every agency on 16/01/2026.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Case system print before a transfer: household, agencies involved,
#    chronology, the move, voice and outcomes, then bracketed task records
#    with Responsible / Due / Evidence lines. Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b180_ewerthorpe_case_print_household_agencies_chronology_then_task_records_askew.txt",
    "split": "tune",
    "actions": 12,
    "template": "case-system-print-txt-banner-dot-leader-case-fields-numbered-sections-household-members-agencies-currently-involved-chronology-date-event-source-lines-move-to-another-authority-childs-voice-outcomes-then-bracketed-task-records-responsible-due-evidence-lines-then-contingency-meetings",
    "description": (
        "A case management system's print of the child protection plan for a 5-year-old and a "
        "4-month-old (neglect: the baby's weight has dropped, the 5-year-old misses school, the flat is "
        "cold and dirty) whose mother has a tenancy in another authority from 02/02/2026. Most of the "
        "print is not the plan: the household, the agencies currently involved, a chronology of key "
        "events, a note on the move, the children's voice and the outcomes. The plan is a run of "
        "bracketed task records with Responsible / Due / Evidence lines. Faults: the parenting assessment "
        "is handed to the receiving authority's social worker after its transfer-in conference; the "
        "family support referral is put on hold until the family are 'settled' there; the health records "
        "handover has '-' for evidence; 'All agencies' own a task; the family support worker's sessions "
        "are measured by 'Jade's engagement with the sessions'; and there is no review conference, only "
        "a transfer-in conference 'date to be confirmed'."
    ),
    "text": """\
EWERTHORPE COUNCIL - CHILDREN'S SOCIAL CARE
CASEVIEW  |  CHILD PROTECTION PLAN PRINT  |  Printed 14/01/2026 09:42 by BARNES T
==========================================================================================

Case ref ............ EW-CP-25-2214
Children ............ ASKEW, Tyler   born 03/03/2020 (5)   Reception, Ewerthorpe Infant School
                      ASKEW, Grace   born 10/09/2025 (4 months)   at home
Address ............. Flat 6, Corder House, Mill Road, Ewerthorpe EW5 2JD
Plan type ........... Child protection plan - initial (ICPC 11/12/2025)
Category ............ Neglect (both children)
Allocated worker .... Tom Barnes, social worker, Ewerthorpe Safeguarding Team 1
Team manager ........ Hayley Pearce

------------------------------------------------------------------------------------------
1. HOUSEHOLD MEMBERS
------------------------------------------------------------------------------------------
Name                 DOB          Relationship              Lives at address
Jade Askew           21/06/2004   Mother                    Yes
Ryan Cole            15/01/2000   Grace's father            Yes (since 10/2025)
Tyler Askew          03/03/2020   Subject                   Yes
Grace Askew          10/09/2025   Subject                   Yes
Darren Hutchins      -            Tyler's father            No (no contact since 2022)

------------------------------------------------------------------------------------------
2. AGENCIES CURRENTLY INVOLVED
------------------------------------------------------------------------------------------
Agency                              Worker               Since        Phone
Ewerthorpe 0-19 Service             Laura Kemp (HV)      09/2025      01632 962 410
Ewerthorpe Infant School            Anita Shaw (DSL)     09/2024      01632 962 530
Ewerthorpe Family Hub               Kim Walsh (FSW)      11/2025      01632 962 615
Mill Road Medical Centre            Dr Omar Farouk (GP)  2020         01632 962 700
Ewerthorpe Safeguarding Team 1      Tom Barnes (SW)      11/2025      01632 962 100

------------------------------------------------------------------------------------------
3. CHRONOLOGY (KEY EVENTS)
------------------------------------------------------------------------------------------
Date        Event                                                            Source
12/10/2025  Grace's weight had dropped from the 50th to the 9th centile      HV
            at her 5-week check; feeding advice was given.
29/10/2025  Tyler arrived at school hungry and in wet clothes for the        School
            third time in a week; school made a referral.
04/11/2025  Strategy discussion; section 47 enquiries started.               CSC
06/11/2025  Tom Barnes visited: no heating, dirty bottles, dog mess in the   CSC
            hall. Grace was on the 2nd to 9th centile.
11/12/2025  Initial conference; both children made subject to plans.         CSC
08/01/2026  Jade signed a tenancy with Hallowmere Homes for 8 Linnet Way,    Jade
            Hallowmere, from 02/02/2026.
12/01/2026  Transfer-in request sent to Hallowmere Children's Services.      CSC

------------------------------------------------------------------------------------------
4. MOVE TO HALLOWMERE
------------------------------------------------------------------------------------------
The family plan to move to 8 Linnet Way, Hallowmere, on 02/02/2026. Hallowmere Children's
Services have been asked to hold a transfer-in conference. Ewerthorpe remains responsible for the
plan until then.

------------------------------------------------------------------------------------------
5. CHILD'S VOICE / LIVED EXPERIENCE
------------------------------------------------------------------------------------------
Tyler (5), seen on his own at school 07/01/2026: "Grace cries and cries. I give her the dummy." "My
bed is cold." He wants "a new school with a big slide" and "to take my Lego". He drew his family
and put himself next to the dog.

Grace (4 months): at the HV visit on 06/01/2026 she was in a damp babygro and took a bottle quickly
and hungrily. She smiled at Laura and at Ryan, and settled when Ryan held her against his chest.
Laura saw that Jade props the bottle on a cushion during night feeds.

------------------------------------------------------------------------------------------
6. OUTCOMES
------------------------------------------------------------------------------------------
O1  Grace is fed enough to grow and is back on her 25th centile line.
O2  Tyler is at school every day, fed and in clean, dry clothes.
O3  Tyler and Grace live in a warm, clean home wherever the family live.

------------------------------------------------------------------------------------------
7. PLAN TASKS (12)
------------------------------------------------------------------------------------------
[01] Visit Tyler and Grace at home, seeing Tyler on his own and checking the heating, the
     bottles and where Grace sleeps.
     Responsible ... Tom Barnes (SW)
     Due ........... Weekly until the transfer-in conference
     Evidence ...... Visit record on CaseView within 48 hours, with Tyler's words

[02] Weigh Grace at home and plot her weight in her red book.
     Responsible ... Laura Kemp (HV)
     Due ........... Every Tuesday until the transfer-in conference
     Evidence ...... Weights plotted on the red book chart; Grace at or above the 9th centile at
                     every weigh-in

[03] Send Grace's and Tyler's health records to Hallowmere 0-19 Service and book a handover
     call with the Hallowmere health visitor.
     Responsible ... Laura Kemp (HV)
     Due ........... By 30/01/2026
     Evidence ...... -

[04] Feed Grace every three hours, held in Jade's or Ryan's arms, and stop propping her bottle.
     Responsible ... Jade and Ryan
     Due ........... Every feed, from 15/01/2026
     Evidence ...... Feed chart on the fridge, read by Laura at every visit

[05] Check Tyler's clothes and whether he is hungry at the door, give him breakfast in
     class, and ring Tom the same day if he has not come in.
     Responsible ... Anita Shaw (DSL)
     Due ........... Every school day until his last day, 30/01/2026
     Evidence ...... Attendance and CPOMS summary e-mailed to Tom every Friday

[06] Apply for a school place for Tyler in Hallowmere, and send his school records to the new
     school.
     Responsible ... Jade Askew, with Anita Shaw (DSL) for the records
     Due ........... Application by 23/01/2026; records by 06/02/2026
     Evidence ...... Place offer letter on CaseView; new school confirms it has the records

[07] Parenting assessment of Jade and Ryan to be completed by the Hallowmere social worker
     after the case transfers.
     Responsible ... Hallowmere Children's Services (allocated social worker)
     Due ........... Within 35 working days of the transfer-in conference
     Evidence ...... Written assessment report shared with Hallowmere's core group

[08] Referral to Ewerthorpe Family Support Service for home routines work put on hold
     because of the move; Hallowmere to re-refer to its own service.
     Responsible ... Hallowmere Children's Services
     Due ........... Once the family are settled in Hallowmere
     Evidence ...... Referral acceptance letter on file

[09] Weekly sessions with Jade on budgeting, and on getting a cot, a fireguard and bedding for
     the new flat.
     Responsible ... Kim Walsh (FSW)
     Due ........... Every Wednesday until 28/01/2026
     Evidence ...... Jade's engagement with the sessions

[10] Tell Tom straight away of any worry about Grace's weight, any injury, or the state of the
     flat.
     Responsible ... All agencies
     Due ........... The same day
     Evidence ...... Logged on the CaseView chronology

[11] Send the transfer-in request, the chronology and this plan to Hallowmere, and do a joint
     home visit with the Hallowmere social worker before the move.
     Responsible ... Tom Barnes (SW)
     Due ........... Papers by 23/01/2026; joint visit by 30/01/2026
     Evidence ...... Hallowmere's acknowledgement e-mail; joint visit record on CaseView

[12] Do the night feeds on Friday and Saturday nights so that Jade can sleep.
     Responsible ... Ryan Cole
     Due ........... Every Friday and Saturday night
     Evidence ...... Feed chart shows Ryan's initials on those nights; Laura checks it on Tuesdays

------------------------------------------------------------------------------------------
8. CONTINGENCY
------------------------------------------------------------------------------------------
- If Grace is below the 2nd centile at any weigh-in, or loses weight at two weigh-ins in a row,
  Laura rings Tom the same day, Grace is seen by the GP or at Ewerthorpe General Hospital that
  day, and Tom holds a strategy discussion the same day.
- If Tyler or Grace has an injury no one can explain, the school or Laura rings Tom at once, and
  Tom holds a strategy discussion the same day.
- If the family move before 02/02/2026 or cannot be found, Tom tells Hallowmere Children's
  Services and the police the same day.
- If Grace is not back above the 9th centile by 20/02/2026, Tom asks Hayley Pearce to take the
  case to Ewerthorpe's Legal Gateway Panel for a legal planning meeting within 5 working days.

------------------------------------------------------------------------------------------
9. MEETINGS
------------------------------------------------------------------------------------------
Core group ............... Every three weeks while the case is in Ewerthorpe; next 23/01/2026
Review conference ........ None in Ewerthorpe
Transfer-in conference ... To be arranged by Hallowmere Children's Services, date to be confirmed

==========================================================================================
END OF PRINT  |  EW-CP-25-2214  |  OFFICIAL-SENSITIVE
""",
    "findings": [
        F("M001", "Send Grace's and Tyler's health records to Hallowmere 0-19 Service"),
        F("X001", "Parenting assessment of Jade and Ryan to be completed"),
        F("X001", "Referral to Ewerthorpe Family Support Service for home routines"),
        F("T002", "Referral to Ewerthorpe Family Support Service for home routines"),
        F("M002", "Weekly sessions with Jade on budgeting, and on getting"),
        F("W002", "Tell Tom straight away of any worry about Grace's weight"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Review conference record and plan: attendance table, services the
#    family already has, baby's weights table, scaling by each agency, the
#    children's days, numbered decisions, then one small table under each
#    outcome, contingency, meetings, contacts, signatures. Page header and
#    footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b180_elmhaven_rcpc_record_weights_scaling_decisions_then_table_per_outcome_sutcliffe.pdf",
    "doc_title": "Review Child Protection Conference: Record and Plan - Harper and Leo Sutcliffe",
    "split": "tune",
    "actions": 13,
    "min_pages": 3,
    "header": "Elmhaven Borough Council · Review Child Protection Conference · Record and plan",
    "footer": "Harper and Leo Sutcliffe · RCPC 08/01/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "rcpc-record-and-plan-paged-header-footer-kv-attendance-table-present-apologies-services-already-in-place-bullets-babys-weights-table-scaling-by-agency-at-icpc-and-today-table-childrens-days-numbered-decisions-then-outcome-headings-each-over-a-small-what-who-when-how-we-will-know-table-then-contingency-meetings-contacts-table-signatures-table",
    "description": (
        "Exemplary first review conference record and plan for a 7-month-old and a 3-year-old whose "
        "mother has bipolar disorder and had a postpartum psychosis five weeks after the baby's birth, "
        "when she was found walking the baby in the rain at night. Most of the document is the record: "
        "an attendance table with present and apologies, the services the family already has, a table "
        "of the baby's weights, a table of each agency's scaling at the initial conference and today, the "
        "children's days and the conference's numbered decisions. The plan is one small What / Who / "
        "When / How we will know table under each of four outcome headings, then the contingency, "
        "meetings, a contacts table and signatures. The perinatal psychiatrist and the care coordinator "
        "are asked to report on the mother's capacity to change and its likely timescale, the "
        "grandmother's mornings have a fallback, legal planning follows named triggers, and core group "
        "and review dates are set."
    ),
    "blocks": [
        ("title", "Review Child Protection Conference: Record and Plan"),
        ("kv", [
            ("Children", "Harper Sutcliffe, born 04/06/2025 (7 months); Leo Sutcliffe, born 27/03/2022 (3), "
                         "Little Owls Nursery"),
            ("Address", "5 Kestrel Rise, Elmhaven EL7 3PD"),
            ("Parents", "Kirsty Sutcliffe (26) and Dan Sutcliffe (29), who live together"),
            ("Conference", "First review, Thursday 08/01/2026 at 10am, Elmhaven Town Hall (initial conference "
                           "09/10/2025)"),
            ("Chair", "Marcus Reid, Independent Reviewing Officer"),
            ("Category", "Neglect (both children)"),
        ]),
        ("h1", "1. Attendance"),
        ("table", {
            "header": ["Name", "Role", "Agency", "Present or apologies"],
            "widths": [3.8, 4.0, 5.6, 3.6],
            "rows": [
                ["Marcus Reid", "Chair", "Elmhaven Safeguarding Unit", "Present"],
                ["Kirsty Sutcliffe", "Mother", "-", "Present"],
                ["Dan Sutcliffe", "Father", "-", "Present"],
                ["Julie Sutcliffe", "Paternal grandmother", "-", "Present for the first part"],
                ["Rachel Dunmore", "Social worker", "Elmhaven Children's Services", "Present"],
                ["Olu Adebayo", "Care coordinator (CPN)", "Elmhaven Perinatal Mental Health Team", "Present"],
                ["Dr Hannah Vine", "Consultant perinatal psychiatrist", "Elmhaven Perinatal Mental Health Team",
                 "Apologies; report sent"],
                ["Grace Ellery", "Health visitor", "Elmhaven 0-19 Service", "Present"],
                ["Amy Stokes", "Key worker", "Little Owls Nursery", "Present"],
                ["Dr Mark Odell", "GP", "Riverside Surgery", "Apologies; report sent"],
            ],
        }),
        ("h1", "2. Services the family already has"),
        ("bullets", [
            "Elmhaven Perinatal Mental Health Team, since Kirsty's admission in July 2025.",
            "Health visiting from the Elmhaven 0-19 Service, since Harper's birth.",
            "Little Owls Nursery: Leo has 15 funded hours a week.",
            "Home-Start Elmhaven: a volunteer, Pat Hendry, since November 2025.",
            "Riverside Surgery: the family's GP practice.",
        ]),
        ("h1", "3. Why there is a plan, and what has changed"),
        ("p", "Kirsty has bipolar disorder. Five weeks after Harper was born she became unwell with postpartum "
              "psychosis: she stopped sleeping, stopped her lithium, and on 10/07/2025 was found by the police "
              "walking Harper in her pram in the rain at 3am. She spent six weeks with Harper at Birchwood Mother "
              "and Baby Unit. At the initial conference Harper had dropped to the 9th centile, Leo had missed half "
              "his nursery sessions, and the family had no plan for what to do if Kirsty became unwell again."),
        ("p", "Since then Kirsty has taken her lithium, her blood levels have been in range, and she has seen Olu "
              "every week. Harper is gaining weight. Dan has changed his shifts, and Julie comes every weekday "
              "morning. There is still no written crisis plan at home, and Leo's speech is behind."),
        ("h1", "4. Harper's weights"),
        ("table", {
            "header": ["Date", "Age", "Weight", "Centile", "Weighed by"],
            "widths": [3.0, 3.0, 3.0, 3.4, 4.6],
            "rows": [
                ["04/06/2025", "Birth", "3.30 kg", "50th", "Midwife"],
                ["09/07/2025", "5 weeks", "3.90 kg", "25th", "Health visitor"],
                ["06/10/2025", "4 months", "5.55 kg", "9th", "Health visitor"],
                ["03/11/2025", "5 months", "6.10 kg", "9th to 25th", "Health visitor"],
                ["05/01/2026", "7 months", "7.05 kg", "25th", "Health visitor"],
            ],
        }),
        ("h1", "5. Scaling by each agency"),
        ("p", "0 means the children will certainly be harmed; 10 means they are safe enough for the plan to end."),
        ("table", {
            "header": ["Agency", "At the initial conference", "Today", "Why"],
            "widths": [4.6, 3.0, 1.6, 7.8],
            "rows": [
                ["Children's Services", "2", "5", "Kirsty is well and the family have help every day"],
                ["Perinatal Mental Health Team", "3", "6", "Lithium levels in range; early warning signs known"],
                ["Health visiting", "2", "6", "Harper is back on her 25th centile"],
                ["Little Owls Nursery", "3", "5", "Leo comes most days; his speech is behind"],
                ["Kirsty and Dan", "6", "8", "\"We know what to look for now\""],
            ],
        }),
        ("h1", "6. Harper's and Leo's days"),
        ("p", "Harper wakes at about 6am. Dan gives her the first bottle before he goes to work; Julie arrives at "
              "7.30am on weekdays. Grace saw Harper on 05/01/2026 babbling, reaching for her toes and settling "
              "quickly when Kirsty sang to her. She now sleeps in her cot in her parents' room."),
        ("p", "Leo (3) told Rachel at home on 06/01/2026: \"Mummy was poorly in the hospital with Harper. Now "
              "she's home.\" He said he likes \"Nanny Julie's porridge\" and \"the sand at nursery\". When Rachel "
              "asked what makes him sad he said \"when Mummy cries\". Amy says Leo is understood by staff about "
              "half the time and plays alone more than other children his age."),
        ("h1", "7. Decisions of the conference"),
        ("numbers", [
            "Harper and Leo remain subject to child protection plans under the category of neglect.",
            "The plan below replaces the plan from the initial conference.",
            "The next review conference will be held on 09/04/2026.",
        ]),
        ("h1", "8. The plan"),
        ("p", "The plan is set out under the four things that must be true for Harper and Leo. Under each is "
              "what will happen, who will do it, when, and how we will know."),
        ("h2", "Outcome 1: Harper and Leo are cared for every day by an adult who is well enough to feed, "
               "change, settle and play with them"),
        ("table", {
            "header": ["What will happen", "Who", "When", "How we will know"],
            "widths": [6.2, 3.6, 3.2, 4.0],
            "rows": [
                ["Review Kirsty's mental health and medication each month, and write a report on whether she can "
                 "stay well enough to care for Harper and Leo, what would need to change, and how soon",
                 "Dr Hannah Vine, consultant perinatal psychiatrist",
                 "Monthly outpatient reviews; report by 20/03/2026",
                 "Written report on Rachel's file by 20/03/2026, shared with the core group"],
                ["Home visits to Kirsty and Dan to go through her early warning signs, and a written update "
                 "to each core group on Kirsty's progress, her capacity to change and how long the changes "
                 "are likely to take",
                 "Olu Adebayo, care coordinator, Perinatal Mental Health Team",
                 "Weekly; update before every core group",
                 "Early warning signs checklist completed at each visit; written update on file before each "
                 "core group"],
                ["Take her lithium every evening, and have her lithium blood level checked",
                 "Kirsty Sutcliffe",
                 "Every evening; blood test every three months, next by 13/02/2026",
                 "Lithium level in range in the Perinatal Team's letter to Rachel"],
                ["Do Harper's night feeds so that Kirsty sleeps at least seven hours a night",
                 "Dan Sutcliffe",
                 "Every night",
                 "Sleep and feed diary, read by Olu at each weekly visit"],
                ["Come to the house while Dan is at work to help with Harper's morning feed and take Leo to "
                 "nursery",
                 "Julie Sutcliffe, paternal grandmother",
                 "Monday to Friday, 7.30am to 9.30am",
                 "Julie signs the morning sheet; the nursery register shows Leo in by 9.15am"],
            ],
        }),
        ("h2", "Outcome 2: Harper stays on her 25th centile line and reaches her milestones"),
        ("table", {
            "header": ["What will happen", "Who", "When", "How we will know"],
            "widths": [6.2, 3.6, 3.2, 4.0],
            "rows": [
                ["Weigh Harper at home, and do her 9-month ASQ-3 developmental review",
                 "Grace Ellery, health visitor",
                 "Every two weeks; ASQ-3 by 15/03/2026",
                 "Weights plotted in the red book, with Harper on or above her 25th centile; ASQ-3 scores "
                 "shared with the core group"],
                ["Give Harper the 16-week immunisations she missed while on the Mother and Baby Unit",
                 "Dr Mark Odell, GP, Riverside Surgery",
                 "By 31/01/2026",
                 "Immunisations written in the red book; GP letter to Rachel"],
            ],
        }),
        ("h2", "Outcome 3: Leo goes to nursery every session, and people outside the family understand what he "
               "says"),
        ("table", {
            "header": ["What will happen", "Who", "When", "How we will know"],
            "widths": [6.2, 3.6, 3.2, 4.0],
            "rows": [
                ["Keep Leo's place, do a WellComm speech and language screen, and write a short weekly note of "
                 "his talking and play",
                 "Amy Stokes, key worker, Little Owls Nursery",
                 "Monday, Tuesday and Thursday mornings; WellComm by 27/02/2026",
                 "Nursery register and weekly note e-mailed to Rachel each Friday; WellComm score shared with "
                 "the core group"],
                ["Refer Leo to Elmhaven Children's Speech and Language Therapy",
                 "Grace Ellery, health visitor",
                 "By 16/01/2026",
                 "Referral acceptance letter on file; the therapist's assessment report sent to Rachel"],
            ],
        }),
        ("h2", "Outcome 4: Harper and Leo are seen and heard, and everyone knows what to do if Kirsty becomes "
               "unwell"),
        ("table", {
            "header": ["What will happen", "Who", "When", "How we will know"],
            "widths": [6.2, 3.6, 3.2, 4.0],
            "rows": [
                ["Visit Harper and Leo at home, seeing Leo on his own and Harper awake, and seeing where they "
                 "sleep; one visit in three unannounced",
                 "Rachel Dunmore, social worker",
                 "Every two weeks until the review conference on 09/04/2026",
                 "Visit records within 2 working days, with Leo's words and how Harper was"],
                ["\"All about me\" sessions with Leo about Mummy being poorly and the new baby, using play "
                 "people and drawings",
                 "Rachel Dunmore, social worker",
                 "Fortnightly, 14/01/2026 to 11/03/2026",
                 "Leo's drawings and words on file after each session"],
                ["Write a crisis plan with Kirsty, Dan and Julie: her early warning signs, who rings whom, and "
                 "who looks after the children",
                 "Rachel Dunmore (SW) with Olu Adebayo (care coordinator)",
                 "By 23/01/2026",
                 "Crisis card on the fridge, seen at Rachel's next visit; signed copy on file"],
                ["Play with Leo and help Kirsty with Harper during the morning",
                 "Pat Hendry, Home-Start Elmhaven volunteer",
                 "Every Monday, 10am to 12pm",
                 "Volunteer visit log sent to Rachel by Home-Start each month"],
            ],
        }),
        ("h1", "9. If things go wrong"),
        ("bullets", [
            "If Kirsty shows her early warning signs (sleeping less than four hours on two nights, talking very "
            "fast, stopping her lithium, or saying she has special powers), Dan or Julie rings the Perinatal "
            "Team (or the crisis team out of hours) that day; Kirsty is not left alone with Harper or Leo; Dan "
            "stays home from work or Julie stays at the house; and Olu tells Rachel the same day.",
            "If Julie cannot come on a weekday morning, she texts Dan and Rachel the night before, and Dan "
            "starts work after 9.30am (his employer agreed this on 05/01/2026). If Julie cannot come for more "
            "than two days in a row, Dan's sister Kerry Walsh (14 Heron Way, Elmhaven) does the mornings "
            "instead, as she agreed on 06/01/2026, and Rachel calls a core group within a week to agree who "
            "else can help.",
            "If Kirsty becomes unwell and neither Dan nor Julie can care for the children, Rachel (or the "
            "Emergency Duty Team) arranges a foster placement that day and holds a strategy discussion.",
            "If Kirsty stops her lithium, if her lithium level is out of range twice, or if Dr Vine's report "
            "says she is unlikely to stay well enough in Harper's timescale, Rachel asks Joanne Pike (team "
            "manager) for a legal planning meeting within 5 working days.",
        ]),
        ("h1", "10. Core group and review"),
        ("bullets", [
            "Core group every four weeks at 5 Kestrel Rise at 2pm: 22/01/2026, 19/02/2026 and 19/03/2026.",
            "Review child protection conference: 09/04/2026 at 10am, Elmhaven Town Hall.",
        ]),
        ("h1", "11. Contacts"),
        ("table", {
            "header": ["Worker", "Agency", "Phone"],
            "widths": [4.6, 8.0, 4.4],
            "rows": [
                ["Rachel Dunmore", "Elmhaven Children's Services", "01632 963 210"],
                ["Olu Adebayo", "Perinatal Mental Health Team", "01632 963 455"],
                ["Perinatal crisis line", "Out of hours", "01632 963 999"],
                ["Grace Ellery", "Elmhaven 0-19 Service", "01632 963 520"],
                ["Amy Stokes", "Little Owls Nursery", "01632 963 610"],
                ["Emergency Duty Team", "Out of hours", "01632 963 000"],
            ],
        }),
        ("h1", "12. Signatures"),
        ("table", {
            "header": ["Name", "Signature", "Date"],
            "widths": [6.0, 6.0, 5.0],
            "rows": [
                ["Kirsty Sutcliffe", "K. Sutcliffe", "08/01/2026"],
                ["Dan Sutcliffe", "D. Sutcliffe", "08/01/2026"],
                ["Marcus Reid, Chair", "M. Reid", "08/01/2026"],
            ],
        }),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. Signs of Safety conference record: details and attendance tables, the
#    network, danger statements, safety goals, a three-column mapping whose
#    third column holds goals, scaling by each person, a Three Houses table,
#    decision, then the safety plan's next-steps table. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b180_embrook_sos_record_mapping_three_houses_then_next_steps_table_whitfield.docx",
    "doc_title": "Signs of Safety Child Protection Conference: Record and Safety Plan - Lily-Rose and Jack Whitfield",
    "split": "tune",
    "actions": 13,
    "landscape": True,
    "template": "sos-icpc-record-docx-landscape-details-table-attendance-table-present-apologies-network-bullets-danger-statements-safety-goals-three-column-mapping-table-worried-working-well-what-needs-to-happen-holding-goals-scaling-by-each-person-table-three-houses-table-decision-then-safety-plan-next-steps-table-no-next-step-who-by-when-how-we-will-know-then-if-things-go-wrong-meetings-signatures",
    "description": (
        "Signs of Safety initial conference record for an 8-year-old and a 5-year-old whose father drinks "
        "heavily and drove them home from a party after drinking; their mother has anxiety and panic "
        "attacks. Most of the record is not the plan: details and attendance tables, the family's small "
        "network, danger statements, safety goals, a three-column mapping table (what are we worried "
        "about / what's working well / what needs to happen) whose third column holds goals, a table of "
        "each person's scaling, the children's Three Houses and the decision. The safety plan is a "
        "separate next-steps table. The drink and drug service assesses the father and the GP reviews "
        "the mother. Faults: a passive young carers referral with '-' for who; the family support "
        "worker's routine chart with '-' for by when; a family group conference with '-' for how we will "
        "know; the alcohol service's key work measured by 'Engagement with the service'; 'All "
        "professionals' owning a step; a contingency that only reviews on 'further concerns'; and no legal "
        "planning anywhere."
    ),
    "blocks": [
        ("title", "Signs of Safety Child Protection Conference: Record and Safety Plan"),
        ("p", "Embrook Council Children's Services. Initial child protection conference, Monday 15/12/2025, "
              "1.30pm, Embrook Guildhall."),
        ("table", {
            "widths": [5.0, 20.7],
            "bold_first_col": True,
            "rows": [
                ["Children", "Lily-Rose Whitfield, born 21/07/2017 (8), Year 4; Jack Whitfield, born 02/11/2020 "
                             "(5), Reception; both at Embrook Primary School"],
                ["Address", "19 Sandpiper Close, Embrook EB9 4QA"],
                ["Parents", "Nicola Whitfield (35) and Gary Whitfield (38), who live together"],
                ["Chair", "Diane Fowler, Child Protection Chair"],
                ["Social worker", "Kerry Blake, Embrook Children's Services, Family Safeguarding Team 2"],
            ],
        }),
        ("h1", "1. Who was there"),
        ("table", {
            "header": ["Name", "Role", "Agency", "Present or apologies"],
            "widths": [5.0, 6.0, 9.7, 5.0],
            "rows": [
                ["Diane Fowler", "Chair", "Embrook Safeguarding and Review Unit", "Present"],
                ["Nicola Whitfield", "Mum", "-", "Present"],
                ["Gary Whitfield", "Dad", "-", "Present"],
                ["Kerry Blake", "Social worker", "Embrook Children's Services", "Present"],
                ["Joanne Reed", "Designated safeguarding lead", "Embrook Primary School", "Present"],
                ["PC Sam Rhodes", "Safeguarding hub officer", "Embrook Police", "Present"],
                ["Liam Hart", "Recovery worker", "Embrook Drink and Drug Service", "Present"],
                ["Abi Tan", "Family support worker", "Embrook Family Hub", "Present"],
                ["Dr Amanda Lowe", "GP", "Sandpiper Health Centre", "Apologies; report sent"],
            ],
        }),
        ("h1", "2. The family's network"),
        ("bullets", [
            "Nicola's mum, Val, lives in Cornwall and rings the children every Sunday.",
            "Gary's brother, Mark, lives in Embrook but works away on the oil rigs for three weeks in four.",
            "Nicola's friend Sadie, a neighbour at number 23, has looked after the children in an emergency "
            "before.",
        ]),
        ("h1", "3. Danger statements"),
        ("p", "Children's Services, the police and the school are worried that if Gary drinks while he is "
              "looking after Lily-Rose and Jack, or drives them after drinking, they could be badly hurt in a "
              "crash or left without an adult who can keep them safe, as happened on 29/11/2025."),
        ("p", "We are also worried that when Gary has been drinking and Nicola has a panic attack, no adult is "
              "able to look after the children, and Lily-Rose ends up caring for Jack and for her mum."),
        ("h1", "4. Safety goals"),
        ("p", "Lily-Rose and Jack are only ever looked after or driven by an adult who has not been drinking. "
              "Lily-Rose does not have to look after Jack or her mum, and both children know what to do and "
              "who to ring if an adult at home is drunk or unwell."),
        ("h1", "5. Mapping"),
        ("table", {
            "header": ["What are we worried about?", "What's working well?", "What needs to happen?"],
            "widths": [8.6, 8.6, 8.5],
            "rows": [
                ["On 29/11/2025 Gary drove Lily-Rose and Jack home from a family party after drinking. Police "
                 "stopped the car; his breath reading was more than twice the limit, and he is banned from "
                 "driving until his court date.",
                 "Gary told the police the truth straight away and has not driven since. The children were not "
                 "hurt.",
                 "Lily-Rose and Jack are never driven or looked after by anyone who has been drinking."],
                ["Gary drinks most evenings and at weekends. Nicola says he \"gets loud\" and falls asleep on "
                 "the sofa. His GP recorded a raised liver test in 2024.",
                 "Gary came to the conference and has agreed to see Embrook Drink and Drug Service.",
                 "Gary's drinking is understood by an alcohol specialist, and the children see a sober dad."],
                ["Nicola has anxiety and panic attacks and has not been to her GP about them this year. "
                 "Lily-Rose gets Jack ready for bed when her mum is unwell.",
                 "Nicola takes the children to school every day and the house is warm and clean. Nicola rang "
                 "the GP in December.",
                 "Lily-Rose can be a child and does not have to care for Jack or her mum."],
                ["Jack has wet the bed most nights since November. Lily-Rose has been late eight times this "
                 "term.",
                 "Both children are in school every day and are described as kind and well liked.",
                 "Jack sleeps dry more nights than not, and Lily-Rose is in school on time."],
            ],
        }),
        ("p", "The next steps that will make these happen are in the safety plan, section 9."),
        ("h1", "6. Scaling"),
        ("p", "On a scale of 0 to 10, where 10 means everyone is confident the children are safe enough for "
              "Children's Services to close the case, and 0 means things are so dangerous that the children "
              "cannot live at home:"),
        ("table", {
            "header": ["Who", "Score", "Why"],
            "widths": [7.0, 2.0, 16.7],
            "rows": [
                ["Kerry Blake, social worker", "4", "Gary has admitted what happened, but still drinks every "
                                                    "evening"],
                ["Joanne Reed, Embrook Primary", "5", "The children are in school and talk to staff"],
                ["PC Sam Rhodes, police", "3", "Drink-driving with the children in the car is very serious"],
                ["Liam Hart, Drink and Drug Service", "4", "Gary has not yet been assessed"],
                ["Nicola Whitfield", "7", "\"He'd never do it again\""],
                ["Gary Whitfield", "8", "\"I've learned my lesson\""],
            ],
        }),
        ("h1", "7. Lily-Rose's and Jack's Three Houses"),
        ("p", "Kerry did the Three Houses with each child at school on 10/12/2025."),
        ("table", {
            "header": ["", "House of worries", "House of good things", "House of dreams"],
            "widths": [3.4, 7.5, 7.4, 7.4],
            "rows": [
                ["Lily-Rose", "\"Daddy drinks the beer and gets shouty.\" \"When Mummy can't breathe I have to "
                              "put Jack to bed.\" \"The police car.\"",
                 "\"Mummy's pancakes.\" \"Gymnastics on Fridays.\" \"Nanny Val rings me.\"",
                 "\"Daddy stops the beer.\" \"We go to Cornwall in the summer.\""],
                ["Jack", "\"The big crash car\" (he drew the police car). \"Wet bed.\"",
                 "\"My dinosaur.\" \"Lily-Rose reads me stories.\"",
                 "\"A puppy.\" \"Daddy plays football with me.\""],
            ],
        }),
        ("h1", "8. Decision"),
        ("p", "Lily-Rose and Jack will be subject to child protection plans under the category of neglect. "
              "Nicola and Gary said they understood the decision and would work with the plan."),
        ("h1", "9. The safety plan: next steps"),
        ("p", "These are the next steps agreed at the conference. The lead for each step reports on it at "
              "every core group."),
        ("table", {
            "header": ["No.", "Next step", "Who", "By when", "How we will know"],
            "widths": [1.2, 8.6, 5.0, 4.6, 6.3],
            "rows": [
                ["1", "Visit Lily-Rose and Jack at home, seeing each child on their own; at least one visit in "
                      "three unannounced and one in the evening each month",
                 "Kerry Blake, social worker",
                 "Every two weeks until the review conference",
                 "Visit records within 2 working days, with each child's words and whether Gary had been "
                 "drinking"],
                ["2", "Write a words and pictures story with Nicola and Gary that tells Lily-Rose and Jack why "
                      "there is a plan and who to ring if a grown-up is drunk or unwell",
                 "Kerry Blake, with Nicola and Gary",
                 "By 30/01/2026",
                 "Story read to the children by Nicola and Gary with Kerry there; copy on file"],
                ["3", "Not look after Lily-Rose or Jack on his own, or collect them from school, until the "
                      "review conference",
                 "Gary Whitfield",
                 "At all times until the review conference",
                 "Mrs Reed confirms each Friday who collected the children; Nicola and the children tell Kerry "
                 "at each visit"],
                ["4", "Full alcohol assessment of Gary, with an AUDIT score and a liver function test, and a "
                      "written report to Kerry on his drinking and whether he is likely to stop",
                 "Liam Hart, recovery worker, Embrook Drink and Drug Service",
                 "Assessment by 23/01/2026; report by 27/02/2026",
                 "AUDIT score sent to Kerry after the assessment; written report on file by 27/02/2026"],
                ["5", "Weekly key work sessions with Gary on cutting down and stopping drinking",
                 "Liam Hart, Embrook Drink and Drug Service",
                 "Weekly from 26/01/2026",
                 "Engagement with the service"],
                ["6", "Review Nicola's anxiety and panic attacks, and write to Kerry about how they affect her "
                      "care of the children",
                 "Dr Amanda Lowe, GP, Sandpiper Health Centre",
                 "By 30/01/2026",
                 "GP letter on Kerry's file by 06/02/2026"],
                ["7", "Go to the six-week Calm Minds course at Embrook Talking Therapies",
                 "Nicola Whitfield",
                 "Tuesdays, 13/01/2026 to 17/02/2026",
                 "Attendance letter from Talking Therapies sent to Kerry after the last session"],
                ["8", "Check in with Lily-Rose and Jack each morning, and ring Kerry the same day about "
                      "anything they say about home",
                 "Joanne Reed, DSL, Embrook Primary School",
                 "Every school day",
                 "CPOMS summary and attendance e-mailed to Kerry each Friday; Lily-Rose late no more than once "
                 "a fortnight"],
                ["9", "Set up a bedtime and morning routine chart with Nicola and the children, including "
                      "Jack's bedwetting plan",
                 "Abi Tan, family support worker",
                 "-",
                 "Routine chart on the kitchen wall, seen by Kerry at her visits; Jack's dry nights marked on "
                 "the chart"],
                ["10", "Referral to be made to Embrook Young Carers for Lily-Rose",
                 "-",
                 "By 23/01/2026",
                 "Acceptance letter on file; Lily-Rose's first group date given to Nicola"],
                ["11", "Family group conference to plan who in the family can help if Gary drinks or Nicola is "
                       "unwell",
                 "Sue Patel, family group conference coordinator",
                 "By 13/02/2026",
                 "-"],
                ["12", "Tell Kerry the same day about any sign that Gary has been drinking around the children",
                 "All professionals",
                 "The same day",
                 "Logged on the children's chronology"],
                ["13", "Put a marker on 19 Sandpiper Close, and send Kerry any call-out or police contact with "
                       "Gary",
                 "PC Sam Rhodes, Embrook Police Safeguarding Hub",
                 "Marker by 19/12/2025; each call-out within 24 hours",
                 "Marker reference and each notification on Kerry's file"],
            ],
        }),
        ("h1", "10. If things go wrong"),
        ("p", "If there are further concerns or the safety plan is not followed, Kerry will discuss the case "
              "with her team manager and the core group will meet to review the safety plan."),
        ("h1", "11. Core group and review"),
        ("bullets", [
            "Core group every four weeks at Embrook Primary School at 9.30am: 06/01/2026, 03/02/2026 and "
            "03/03/2026.",
            "Review child protection conference: 12/03/2026 at 1.30pm, Embrook Guildhall.",
        ]),
        ("h1", "12. Agreed by"),
        ("table", {
            "header": ["Name", "Signature", "Date"],
            "widths": [8.6, 8.6, 8.5],
            "rows": [
                ["Nicola Whitfield", "N. Whitfield", "15/12/2025"],
                ["Gary Whitfield", "G. Whitfield", "15/12/2025"],
                ["Diane Fowler, Chair", "D. Fowler", "15/12/2025"],
            ],
        }),
    ],
    "findings": [
        F("T001", "Set up a bedtime and morning routine chart with Nicola"),
        F("W001", "Referral to be made to Embrook Young Carers for Lily-Rose"),
        F("M001", "Family group conference to plan who in the family can help"),
        F("M002", "Weekly key work sessions with Gary on cutting down"),
        F("W002", "Tell Kerry the same day about any sign that Gary"),
        F("C002"),
        F("R002"),
    ],
})
