"""Batch 188, module i: seven fictional plans (tuning material), places beginning with "i".

Everything here is made up: children, families, professionals, services,
schools, hospitals, police forces, courts and councils. Labels were written
by hand from docs/rules.md and the labelling conventions in
sample_plans/README.md (conventions 1 to 13), without running planlint or
reading its code.

Focus: plans as they are printed and exported, with all their page furniture.
Four of the seven are PDFs made from Word, each in a template of its own, with
a page header and a page footer on every page (council name,
"OFFICIAL-SENSITIVE", the child's name and date of birth, a case number, a
print date, "Page n of m", and in one a "DRAFT" line); action tables run over
page breaks with the heading row repeated (and in one plan not repeated,
because the heading is only the table's first ordinary row); there are
landscape pages for a wide table, a case-system export with a form of
capitalised, dot-leader fields per action, numbered sections ("4.2 Actions"),
footnote markers and appendices, a version table, signature boxes and a
distribution list. The .docx is a revised Word plan with a version table and
page header and footer; the .md is a printed plan pasted into Markdown with
its page headers and footers left in and one table cell split over the page
break; the .txt is a pdftotext copy of a case-system print with form feeds,
repeated page headers and one task split over a page break. Page furniture,
version notes, signature boxes and distribution lists are never actions.

1. an initial conference plan for a 6-year-old and a 14-month-old after
   domestic abuse by the younger child's father, who drinks; Word plan
   printed to PDF, landscape, numbered sections 1 to 9 and Appendix A, a
   15-row action table running over pages with its heading row repeated
   (pdf, exemplary);
2. a review conference plan (parent's copy) for a 7-year-old whose mother
   has depression; numbered sections and typed paragraphs 1.1 to 5.2,
   footnote markers [1] to [3] with a Notes section and Appendix B, and an
   action table whose heading is only its first row, so it is not repeated
   on the next page (pdf): faults are the grandfather's school run "As and
   when needed", the care coordinator's visits that only support the
   mother, the GP's medication review with "-" for its timescale, the
   school nurse's sessions measured by "Improvement in Lily's emotional
   wellbeing", "All professionals" sharing worries, an outcome about the
   mother only, a contingency that rests on the grandfather with nothing
   said if he cannot help, and no legal planning anywhere (T002, H001,
   T001, M002, W002, F002, C003, R002);
3. an initial conference plan for an 18-month-old with faltering growth,
   exported from a case system: sections in capitals, dot-leader fields, a
   form per action ("ACTION 3 OF 15" with ACTION REF, DOMAIN, ACTION,
   RESPONSIBLE, START, DUE / FREQUENCY, EVIDENCE OF PROGRESS, STATUS), then
   TRIGGER / RESPONSE / LEAD contingency fields, legal planning and review
   fields and an audit trail (pdf, exemplary);
4. a DRAFT plan (v0.3) for a 7-week-old baby accommodated under section 20
   and still on a children's ward: a version table, parts 1 to 10, an
   action table over two pages with its heading repeated, signature boxes
   left blank and a numbered distribution list, "DRAFT" in the header and
   footer of every page (pdf): faults are the social worker's ward visits
   "When able" and the parents' "As often as they can" (so no one is set to
   visit the baby in hospital at a stated frequency), the perinatal mental
   health nurse's visits that only support the mother and are measured by
   "Marta's mood is stable", a passive PIP referral with "-" for who, the
   health visitor's record transfer with "-" for when, the parenting
   assessment with "-" for how we will know, and a contingency that only
   says the social worker will discuss and the core group will review
   (T002 x2, L001, H001, M002, W001, T001, M001, C002);
5. a core group's revised Word plan (v2) for a 10-year-old and a 4-year-old
   whose family is moving to another authority, with a version table,
   numbered sections 1.0 to 9.0, an appendix and page header and footer
   (docx): faults are Ellie's play sessions with an empty "How we will
   know" cell, the family support worker's sessions "Monitored by family
   support worker", a CAMHS referral handed to the receiving authority
   "within 4 weeks of the transfer-in conference", the parenting
   assessment put on hold until the move and left "Once the family are
   settled in Hallowfield", "Family network" helping at weekends, and no
   review conference date, only a transfer-in conference "date to be
   confirmed by Hallowfield" (M001, M002, X001 x2, T002, W002, R001);
6. an initial conference plan printed to PDF and then pasted into
   Markdown, with each page's header lines and footer ("Printed ... Page 2
   of 4") left in, the action table's heading repeated after the break and
   one row's "How we will know" cell split across it (md): faults are
   "Core group" owning the family safety plan, the stepfather's parenting
   course "As soon as a place is available", the nursery's part measured
   by "Nursery keeps an eye on Tawanda", the police investigation with an
   empty "How we will know" cell, the dentist with "-" for when, and the
   stepfather's heavy drinking recorded with no adult service owning any
   action (W002, T002, M002, M001, T001, F004);
7. an initial conference plan for an 11-year-old and a 4-year-old whose
   mother has bipolar disorder, as pdftotext made it from a case-system
   print: form feeds, the page header and footer on every page, dot-leader
   fields, "TASK n of 14" blocks (one split over a page break), trigger and
   response fields (txt, exemplary).

Three plans (1, 3 and 7) are exemplary: every action has a named owner, a
real timescale and something that can be seen, counted or read; every
outcome is about the children; each contingency has specific triggers and
protective responses and says what happens if a relative's help fails; each
records the children's words or a baby's observed day, core group dates and
a dated review conference, and legal planning after named triggers; the
drug and alcohol service owns actions where a parent drinks or uses
cannabis, and in plan 7 both mental health rows ask for a report on the
mother's capacity to change and how long it is likely to take.

Counting convention used for "actions" (README convention 1): each row of
an action table (the first row of plan 2's table holds only its column
names and is not counted), each "ACTION n OF m" form and each "TASK n of m"
block counts once, whatever number of sentences it holds; a row or task
split over a page break is one action. Page headers and footers, version
tables, conference details, the outcomes, the contingency, legal planning,
meeting dates, notes, appendices, signature boxes and distribution lists are
not actions. Totals: 15, 13, 15, 13, 17, 15 and 14.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. Initial conference plan, domestic abuse and the father's drinking. Word
#    plan printed to PDF, landscape, numbered sections 1-9 and Appendix A,
#    action table over pages with the heading row repeated. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b188_ickerby_icpc_landscape_print_repeated_header_thorne.pdf",
    "doc_title": "Child Protection Plan - Mason Thorne and Ava-Grace Pike",
    "split": "tune",
    "actions": 15,
    "landscape": True,
    "min_pages": 3,
    "header": "OFFICIAL-SENSITIVE · Ickerby Borough Council · Children's Social Care · Child Protection Plan",
    "footer": ("Mason Thorne (DOB 03/05/2019) and Ava-Grace Pike (DOB 21/10/2024) · ICPC 13/01/2026 · "
               "Printed 16/01/2026 · Page {PAGE} of {NUMPAGES}"),
    "template": "icpc-word-plan-printed-to-pdf-landscape-header-footer-every-page-numbered-sections-1-to-9-details-grid-why-working-well-childrens-experience-outcomes-then-no-what-lead-by-when-how-we-will-know-table-over-pages-heading-row-repeated-then-contingency-core-group-distribution-appendix-a-whos-who",
    "description": (
        "Exemplary initial conference plan for a 6-year-old and a 14-month-old after their mother was "
        "assaulted by the younger child's father, who drinks heavily and is on bail at his mother's house. "
        "A Word plan printed to PDF in landscape, with 'OFFICIAL-SENSITIVE' and the council in the page "
        "header and the children's names, dates of birth, conference and print dates and 'Page n of m' in "
        "the footer; numbered sections 1 to 9 and an Appendix A who's who; the 15-row action table runs "
        "over the pages with its heading row repeated. The drug and alcohol service assesses and reports "
        "on the father's drinking, the paternal grandmother's supervision of contact has a fallback (the "
        "family centre), the aunt's care has one (foster carers), legal planning follows named triggers, "
        "and core group and review dates are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Ickerby Borough Council · Children's Social Care · Safeguarding and Family Support Team 3"),
        ("p", "Agreed at the initial child protection conference on 13/01/2026 and typed by the social worker "
              "on 15/01/2026. Everyone named in this plan, and how to contact them, is listed in Appendix A."),
        ("h1", "1. Conference details"),
        ("table", {
            "widths": [6.0, 19.7],
            "bold_first_col": True,
            "rows": [
                ["Children", "Mason Thorne, born 03/05/2019 (6), Year 2, St Bede's C of E Primary School\n"
                             "Ava-Grace Pike, born 21/10/2024 (14 months), at home"],
                ["Address", "14 Larch Close, Ickerby IK4 7TP"],
                ["Mother", "Chloe Thorne (27), lives at the address with both children"],
                ["Ava-Grace's father", "Jordan Pike (30), living at his mother's house, 3 Sefton Walk, Ickerby, "
                                       "under bail conditions since 29/11/2025"],
                ["Mason's father", "Dean Walsh; no contact since 2021; told of the conference by letter"],
                ["Paternal grandmother", "Marion Pike (58), 3 Sefton Walk"],
                ["Maternal aunt", "Kirsty Thorne (31), 6 Ashgrove Road, Ickerby"],
                ["Category", "Emotional abuse (both children)"],
                ["Conference", "Initial child protection conference, 13/01/2026, Ickerby Town Hall. Chair: "
                               "Susan Oakley, independent reviewing officer"],
                ["Social worker", "Hannah Ruddock (team manager: Gareth Mull)"],
            ],
        }),
        ("h1", "2. Why Mason and Ava-Grace need a plan"),
        ("p", "In the early hours of 29/11/2025 Jordan came home drunk and argued with Chloe in the kitchen. He "
              "pushed her into the door and punched her twice while she was holding Ava-Grace. A neighbour rang "
              "the police. Mason hid under his bed with his teddy, and the officers found him there. Jordan was "
              "arrested, charged with assault by beating and bailed to his mother's address, with conditions "
              "not to contact Chloe or go to Larch Close before his trial on 26/02/2026."),
        ("p", "The police were called to the house three times before this in 2025 (May, August and October), "
              "each time after Jordan had been drinking. Jordan told the social worker that he drinks eight to "
              "ten cans of strong lager most evenings. Since November Mason's teacher has found him tired and "
              "tearful, and he has wet himself twice in class. Ava-Grace missed her 12-month review and her "
              "12-month immunisations."),
        ("h1", "3. What is working well"),
        ("bullets", [
            "Chloe has kept to the safety advice from the domestic abuse service since November, and she let "
            "the social worker see both children on their own.",
            "Jordan has kept to his bail conditions and has told the social worker that he wants help with his "
            "drinking.",
            "Marion has supervised Saturday contact at her house since 06/12/2025, and Mason says he likes going "
            "to Nanna Marion's.",
            "Mason's attendance is 97%. He loves reading and football, and his teacher says he has good friends.",
            "Kirsty lives ten minutes away and has said she will have the children at any time if they need "
            "to leave home.",
        ]),
        ("h1", "4. The children's experience and views"),
        ("h2", "4.1 Mason"),
        ("p", "Hannah saw Mason on his own at school on 09/01/2026. He said: \"Jordan was shouting and Mummy "
              "was crying. I went under my bed with Mr Bear.\" \"I don't like the cans.\" He scored his worry "
              "about home 8 out of 10. He wants to see Jordan \"at Nanna Marion's, not at our house\", and he "
              "wants \"no more police coming\"."),
        ("h2", "4.2 Ava-Grace"),
        ("p", "Ava-Grace was seen at home on 07/01/2026 and 12/01/2026. She pulls herself up on the sofa, says "
              "\"mama\" and \"dada\" and babbles to her toys. When a door slammed she startled and cried, and "
              "she settled quickly when Chloe picked her up. She eats finger food well and sleeps in her own "
              "cot in Chloe's room."),
        ("h1", "5. What needs to change for the children"),
        ("numbers", [
            "Mason and Ava-Grace live in a home where no adult hurts, threatens or frightens another, and the "
            "police are not called to their home.",
            "Mason feels safe, knows what to do and who to tell if he is scared, and his worry score comes down "
            "to 4 out of 10 or less.",
            "Ava-Grace has her missed 12-month review and immunisations and is developing as she should.",
            "Mason and Ava-Grace only see Jordan when he is sober and a safe adult is with them.",
        ]),
        ("h1", "6. The plan"),
        ("p", "Actions 6.1 to 6.15. \"By when / how often\" gives a date or a frequency; \"How we will know\" "
              "says what will be seen, counted or read, and where it is kept."),
        ("table", {
            "header": ["No.", "What will happen", "Lead person and agency", "By when / how often",
                       "How we will know"],
            "widths": [1.4, 9.3, 4.6, 4.6, 5.8],
            "rows": [
                ["6.1", "Visit Mason and Ava-Grace at home, at least one visit in three unannounced. See Mason "
                        "on his own at every visit, see Ava-Grace awake, and ask Chloe about any contact from "
                        "Jordan.",
                 "Hannah Ruddock, social worker",
                 "Every two weeks from 20/01/2026 until the review conference",
                 "Visit records on the case file within 2 working days, with Mason's words and what Ava-Grace "
                 "was doing"],
                ["6.2", "Four sessions of direct work with Mason at school about the night the police came, his "
                        "worries and his safety hand (five grown-ups he can tell)",
                 "Hannah Ruddock, social worker",
                 "Wednesdays, 21/01/2026 to 11/02/2026",
                 "Mason's safety hand on file by 11/02/2026; Mason can tell Hannah who he would go to and what "
                 "he would say"],
                ["6.3", "Go to an assessment at Ickerby Recovery Partnership about his drinking, then to weekly "
                        "key work sessions",
                 "Jordan Pike",
                 "Assessment by 30/01/2026, then weekly",
                 "Attendance letter from Ickerby Recovery Partnership e-mailed to Hannah at the end of each "
                 "month"],
                ["6.4", "Assess Jordan's drinking (AUDIT), breath test him at every session, and write a report "
                        "on whether he has cut down, whether he is likely to stay sober when he sees the "
                        "children, and how long that is likely to take",
                 "Priya Sandhu, recovery worker, Ickerby Recovery Partnership (drug and alcohol service)",
                 "AUDIT by 30/01/2026; report by 03/03/2026, then 2 working days before each core group",
                 "AUDIT score and every breath test reading set out in Priya's written report on Hannah's "
                 "file"],
                ["6.5", "Go to the assessment for the Changing Course domestic abuse perpetrator programme and, "
                        "if offered a place, to every weekly group",
                 "Jordan Pike",
                 "Assessment by 13/02/2026; then every Monday evening from the start date offered",
                 "Assessment outcome letter to Hannah by 13/02/2026; monthly attendance and progress report "
                 "from the programme facilitator"],
                ["6.6", "Supervise every contact between Jordan and the children at her house, stay in the room "
                        "the whole time, and end the contact if Jordan seems to have been drinking",
                 "Marion Pike, paternal grandmother",
                 "Every Saturday, 10am to 1pm",
                 "Marion fills in and signs the contact record after each contact; Hannah reads it at her next "
                 "visit and asks Mason how contact went"],
                ["6.7", "Safety planning with Chloe, and support with the criminal court case and with reporting "
                        "any breach of Jordan's bail conditions",
                 "Leah Frost, IDVA, Ickerby Domestic Abuse Service",
                 "Safety plan written by 23/01/2026; weekly phone contact for 8 weeks, then fortnightly",
                 "Copy of Chloe's safety plan on Hannah's file; IDVA contact log shared with Hannah before each "
                 "core group"],
                ["6.8", "Go to the 12-week Freedom Programme at Ickerby Family Hub",
                 "Chloe Thorne",
                 "Wednesdays at 10am, 21/01/2026 to 08/04/2026",
                 "Family Hub register e-mailed to Hannah each month; Chloe at 10 or more of the 12 sessions"],
                ["6.9", "Put a domestic abuse marker on 14 Larch Close, check that Jordan keeps to his bail "
                        "conditions, and tell Hannah of any call-out to the address or any contact Jordan makes",
                 "DS Martin Cole, Domestic Abuse Unit, Ickerby Police",
                 "Marker by 16/01/2026; any call-out or breach passed to Hannah within 24 hours",
                 "E-mail confirming the marker on Hannah's file; each notification logged on the children's "
                 "chronology"],
                ["6.10", "Check in with Mason at the start and the end of each school day, write down anything "
                         "he says about home, and send Hannah his attendance",
                 "Mrs Farah Ali, designated safeguarding lead, St Bede's C of E Primary School",
                 "Every school day; e-mail to Hannah each Friday",
                 "CPOMS entries and attendance in the Friday e-mail; Mason's attendance at 96% or more this "
                 "term"],
                ["6.11", "Six ELSA sessions with Mason about feelings and worries, using his worry monster",
                 "Mrs Joanne Kerr, ELSA, St Bede's C of E Primary School",
                 "Thursdays, 22/01/2026 to 26/02/2026",
                 "Mason's worry score (out of 10) at the first and the sixth session, shared with Hannah; "
                 "target 4 or less"],
                ["6.12", "Complete Ava-Grace's missed 12-month development review (ASQ-3), then visit at home to "
                         "weigh her and see how she is developing",
                 "Rebecca Lyle, health visitor, Ickerby 0-19 Service",
                 "Review by 06/02/2026; home visit every 4 weeks after that until the review conference",
                 "ASQ-3 scores and weights in the red book and the health visiting record; letter to Hannah "
                 "after the review with any referral made"],
                ["6.13", "Give Ava-Grace her missed 12-month immunisations",
                 "Practice nurse, Cawley Road Surgery",
                 "By 20/02/2026",
                 "Immunisations on the GP record and in the red book; Rebecca checks at her next visit"],
                ["6.14", "Hold a family network meeting with Chloe, Marion and Kirsty to agree who else can "
                         "supervise contact or have the children if Marion or Kirsty cannot",
                 "Hannah Ruddock, social worker",
                 "By 06/02/2026",
                 "Meeting record naming at least one more adult for each task, sent to the family and the core "
                 "group by 10/02/2026"],
                ["6.15", "Take Mason to school for 8.45am and collect him at 3.15pm",
                 "Chloe Thorne",
                 "Every school day",
                 "School register in Mrs Ali's Friday e-mail shows Mason in on time"],
            ],
        }),
        ("h1", "7. Contingency plan"),
        ("bullets", [
            "If Jordan comes to 14 Larch Close, contacts Chloe or breaks any bail condition: Chloe rings 999; "
            "Ickerby Police attend and arrest Jordan for the breach; Hannah (or the Emergency Duty Team out of "
            "hours) holds a strategy discussion with the police and health the same day.",
            "If Chloe is hurt or the house is not safe, Mason and Ava-Grace go to their aunt, Kirsty Thorne, at "
            "6 Ashgrove Road (agreed by Kirsty on 09/01/2026). If Kirsty cannot have them, Hannah or the "
            "Emergency Duty Team places the children together with Ickerby foster carers that day.",
            "If Jordan seems to have been drinking at contact, Marion ends the contact at once, keeps the "
            "children with her, rings Chloe to collect them and tells Hannah the same day. Saturday contact then "
            "moves to Ickerby Family Centre, supervised by the centre's contact workers, until the core group "
            "agrees otherwise.",
            "If Marion cannot supervise a Saturday (she is ill, away or no longer able to do it), she tells "
            "Chloe and Hannah beforehand and no contact takes place at her house; Hannah arranges supervised "
            "contact at Ickerby Family Centre within 5 working days.",
            "If there is another incident of violence or abuse where the children are, or Priya's report on "
            "03/03/2026 shows that Jordan is still drinking most days, Hannah will ask Gareth Mull (team "
            "manager) for a legal planning meeting within 5 working days, to decide whether to begin the Public "
            "Law Outline.",
        ]),
        ("h1", "8. Core group and review"),
        ("bullets", [
            "Core group every 4 weeks at Ickerby Family Hub, Tuesdays at 1.30pm: 27/01/2026, 24/02/2026 and "
            "24/03/2026. While his bail conditions last, Jordan meets Hannah and the IRO separately at 3pm on "
            "the same days.",
            "Review child protection conference: 08/04/2026 at 10am, Ickerby Town Hall.",
        ]),
        ("h1", "9. Agreement and distribution"),
        ("p", "Chloe agreed the plan at the conference. Jordan agreed it by phone with the chair on 13/01/2026. "
              "The plan was sent on 16/01/2026 to Chloe, to Jordan at 3 Sefton Walk, to Marion, and to every "
              "worker in Appendix A. With Chloe's agreement, Kirsty has a copy of section 7."),
        ("h1", "Appendix A: Who's who"),
        ("table", {
            "header": ["Name", "Role", "Agency", "Phone"],
            "widths": [5.5, 7.0, 8.7, 4.5],
            "rows": [
                ["Hannah Ruddock", "Social worker", "Ickerby Children's Social Care", "01632 960412"],
                ["Gareth Mull", "Team manager", "Ickerby Children's Social Care", "01632 960418"],
                ["Susan Oakley", "Independent reviewing officer (chair)", "Ickerby Safeguarding Unit",
                 "01632 960455"],
                ["Priya Sandhu", "Recovery worker", "Ickerby Recovery Partnership", "01632 960731"],
                ["Leah Frost", "IDVA", "Ickerby Domestic Abuse Service", "01632 960620"],
                ["DS Martin Cole", "Detective sergeant", "Ickerby Police, Domestic Abuse Unit", "101"],
                ["Mrs Farah Ali", "Designated safeguarding lead", "St Bede's C of E Primary School",
                 "01632 960277"],
                ["Mrs Joanne Kerr", "ELSA", "St Bede's C of E Primary School", "01632 960277"],
                ["Rebecca Lyle", "Health visitor", "Ickerby 0-19 Service", "01632 960509"],
                ["Practice nurse", "Immunisations", "Cawley Road Surgery", "01632 960188"],
            ],
        }),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Review conference plan (parent's copy), mother's depression. Numbered
#    sections and typed paragraphs, footnote markers with a Notes section and
#    Appendix B; the action table's heading is only its first row, so it is
#    not repeated after the page break. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b188_ivardale_rcpc_numbered_sections_footnotes_unrepeated_header_chambers.pdf",
    "doc_title": "Review Child Protection Plan - Lily Chambers",
    "split": "tune",
    "actions": 13,
    "min_pages": 3,
    "header": "Ivardale City Council · Children and Families · OFFICIAL-SENSITIVE · PARENT'S COPY",
    "footer": "Lily Chambers · DOB 14/03/2018 · Case ref IV-CS-0048812 · RCPC 20/01/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "rcpc-plan-printed-to-pdf-parents-copy-header-footer-case-ref-typed-numbered-paragraphs-1-1-to-5-2-footnote-markers-notes-section-appendix-b-attendance-table-then-4-2-action-table-ref-action-responsible-timescale-measure-of-success-whose-heading-is-an-ordinary-first-row-not-repeated-after-page-break",
    "description": (
        "Review conference plan (the parent's copy) for a 7-year-old girl living with neglect: her mother "
        "has recurrent depression and is under the community mental health team, and her grandfather "
        "helps. Printed to PDF with 'OFFICIAL-SENSITIVE' and 'PARENT'S COPY' in the header and the child's "
        "name, date of birth, case reference and 'Page n of m' in the footer; typed numbered paragraphs "
        "(1.1 to 5.2), footnote markers [1] to [3] explained in a Notes section, and an Appendix B "
        "attendance table. The action table (4.2.1 to 4.2.13) has its column names only in an ordinary "
        "first row, so they are not repeated when the table runs onto the next page. Faults: the "
        "grandfather's school run 'As and when needed'; the care coordinator's fortnightly visits only "
        "support the mother; the GP's medication review has '-' for its timescale; the school nurse's "
        "sessions are measured by 'Improvement in Lily's emotional wellbeing'; 'All professionals' share "
        "worries; one outcome is about the mother only; the contingency sends Lily to her grandfather with "
        "nothing said if he cannot help; and nothing anywhere leads to legal planning."
    ),
    "blocks": [
        ("title", "Review Child Protection Plan"),
        ("p", "Ivardale City Council · Children and Families Directorate · Locality Team North"),
        ("h1", "1 Conference details"),
        ("pi", "1.1 Child: Lily Chambers, born 14/03/2018 (7), Year 3, Ivardale Moor Primary School."),
        ("pi", "1.2 Lily lives with her mum, Dawn Chambers (34), at 9 Hawthorn Terrace, Ivardale IV2 8LQ. "
               "Lily's father, Lee Ashby, lives in Spain and phones Lily most Sundays."),
        ("pi", "1.3 Lily's grandad, Ron Chambers (66), is Dawn's father. He lives at 31 Mill Street, a "
               "ten-minute walk away."),
        ("pi", "1.4 Category: neglect. Initial conference 21/10/2025; review conference 20/01/2026, chaired "
               "by Margaret Loftus (IRO). The conference decided that Lily remains subject to a child "
               "protection plan."),
        ("pi", "1.5 Social worker: Amy Fairbrother. Team manager: Daniel Ekwueme."),
        ("h1", "2 What has happened since the initial conference"),
        ("pi", "2.1 Dawn has recurrent depression and anxiety and has been under the Ivardale Community Mental "
               "Health Team (CMHT) since 2023. Her care coordinator is Paul Renshaw, a community psychiatric "
               "nurse, and her GP prescribes sertraline.[1] In the autumn Dawn often stayed in bed until the "
               "afternoon. Lily made her own breakfast and tea, often cereal or crisps, and was late or absent "
               "on 31 days of the autumn term.[2]"),
        ("pi", "2.2 Since November Dawn has seen Paul every two weeks and says she takes her tablets most "
               "days. Lily's attendance rose from 79% in the first half of the autumn term to 88% in the "
               "second half (see Appendix B). Grandad Ron has walked Lily to school on some mornings and has "
               "had her for tea on Wednesdays."),
        ("pi", "2.3 Home conditions are better: there was food in the cupboards at four of the last five "
               "visits, and Lily's bed had clean sheets. But on 08/01/2026 Amy found Dawn in bed at 3.45pm, and "
               "Lily, who had let herself in after school, making toast on her own."),
        ("h1", "3 Lily's views and experiences"),
        ("pi", "3.1 Lily talked to Amy on her own at school on 13/01/2026.[3] She said: \"When Mum is in bed I "
               "make my own tea. I can do toast and noodles.\" \"I like it when Grandad takes me to school "
               "because we go past the ducks.\" She said she sometimes feels \"sad and a bit scared\" when her "
               "mum does not get up."),
        ("pi", "3.2 Asked what would make things better, Lily said: \"Mum getting up in the morning, and going "
               "to the club with the other children who look after their mums.\" On Amy's scale she put home at "
               "5 out of 10, up from 3 in October."),
        ("h1", "4 The plan"),
        ("h2", "4.1 What needs to change for Lily"),
        ("pi", "4.1.1 Lily is in school every day and on time, having had breakfast."),
        ("pi", "4.1.2 Lily has a cooked tea every evening and does not have to look after herself or her mum."),
        ("pi", "4.1.3 Dawn's mental health is stable and she engages with the Community Mental Health Team."),
        ("pi", "4.1.4 Lily can talk about her worries and knows who to go to when she is worried about her mum."),
        ("h2", "4.2 Actions"),
        ("p", "Actions 4.2.1 to 4.2.13 were agreed at the review conference. Contact details for everyone named "
              "are on the core group contact sheet held by Amy."),
        ("table", {
            "widths": [1.5, 5.6, 3.4, 2.9, 3.6],
            "rows": [
                ["Ref", "Action", "Responsible", "Timescale", "Measure of success"],
                ["4.2.1", "Visit Lily at home, at least one visit in two unannounced, and see Lily on her own "
                          "each time",
                 "Amy Fairbrother, social worker",
                 "Every 3 weeks from 27/01/2026 until the next review conference",
                 "Visit records on file within 2 working days, with Lily's words and what food was in the "
                 "house"],
                ["4.2.2", "Four sessions of direct work with Lily about her mum's illness and her worries, using "
                          "the 'My Mum's Sad Days' workbook",
                 "Amy Fairbrother, social worker",
                 "Fortnightly, 29/01/2026 to 12/03/2026",
                 "Lily's workbook on file; Lily can name two adults she would tell if Mum cannot get up"],
                ["4.2.3", "Young carer's assessment for Lily, then a place in the Tuesday young carers' group",
                 "Lucy Moran, Ivardale Young Carers Service",
                 "Assessment by 27/02/2026; group every Tuesday from 03/03/2026",
                 "Young carer's assessment on file; group register sent to Amy monthly"],
                ["4.2.4", "Get Lily up, give her breakfast and take her to school for 8.45am",
                 "Dawn Chambers (Mum)",
                 "Every school day",
                 "Register in the school's Friday e-mail; Lily's attendance at 95% or more by the Easter "
                 "holidays"],
                ["4.2.5", "Walk Lily to school on the mornings Dawn is unwell, and let the school office know",
                 "Ron Chambers (Grandad)",
                 "As and when needed",
                 "Lily signed in by 8.50am on those days (school register)"],
                ["4.2.6", "Have Lily for tea at his house after school and walk her home by 6pm",
                 "Ron Chambers (Grandad)",
                 "Every Wednesday",
                 "Ron texts Amy each Wednesday evening; Lily tells Amy what she had for tea"],
                ["4.2.7", "Continue fortnightly home visits to support Dawn with her mood and her medication",
                 "Paul Renshaw, care coordinator, Ivardale CMHT",
                 "Fortnightly",
                 "Visits recorded in the CMHT notes; dates of visits and of any missed visits e-mailed to Amy "
                 "monthly"],
                ["4.2.8", "Review Dawn's sertraline and write to Amy about how well the medication is working",
                 "Dr Helen Moss, GP, Brookside Surgery",
                 "-",
                 "GP letter on Amy's file"],
                ["4.2.9", "Meet Lily at the school gate each morning, give her a place at breakfast club if she "
                          "has not eaten, and log anything she says about home",
                 "Mrs Sarah Quinn, DSL, Ivardale Moor Primary School",
                 "Every school day; summary to Amy each Friday",
                 "CPOMS log and the breakfast club register in the Friday e-mail"],
                ["4.2.10", "Six one-to-one sessions with Lily about her worries and feelings",
                 "Jenna Holt, school nurse, Ivardale 0-19 Service",
                 "Fridays, 23/01/2026 to 27/02/2026",
                 "Improvement in Lily's emotional wellbeing"],
                ["4.2.11", "Share any worries about Lily's care with the social worker",
                 "All professionals",
                 "The same day",
                 "Worries logged on Lily's case chronology"],
                ["4.2.12", "Weekly home sessions with Dawn on Lily's morning and bedtime routines, shopping, and "
                           "cooking simple meals for Lily",
                 "Karen Stott, family support worker, Ivardale Family Hub",
                 "Every Thursday, 22/01/2026 to 26/03/2026",
                 "Routine chart on the fridge, checked by Karen each week; Lily's teas written on the chart "
                 "and read by Amy at her visits"],
                ["4.2.13", "Go to every appointment with Paul Renshaw and take her sertraline every day",
                 "Dawn Chambers (Mum)",
                 "Daily, and at every appointment Paul books",
                 "Paul's monthly e-mail to Amy shows no missed appointments"],
            ],
        }),
        ("h2", "4.3 Contingency"),
        ("pi", "4.3.1 If Lily is not in school by 9.30am and Dawn does not answer the school's call by 10am, "
               "Mrs Quinn rings Amy, and Amy (or the duty social worker) visits the house that morning and sees "
               "Lily."),
        ("pi", "4.3.2 If Dawn tells anyone that she is thinking of harming herself, or she is found unable to "
               "get up and care for Lily, Paul Renshaw (or the crisis team out of hours) assesses Dawn that "
               "day, and Lily stays with Grandad Ron at 31 Mill Street until Amy agrees that it is safe for her "
               "to go home."),
        ("pi", "4.3.3 If Lily is found at home on her own after 6pm, Amy or the Emergency Duty Team takes her to "
               "Grandad Ron's house and holds a strategy discussion with the police the same day."),
        ("h1", "5 Core group and review"),
        ("pi", "5.1 Core group every six weeks at Ivardale Moor Primary School, Tuesdays at 3.45pm: 03/02/2026, "
               "17/03/2026 and 28/04/2026."),
        ("pi", "5.2 Next review child protection conference: 09/06/2026 at 2pm, Ivardale Civic Centre."),
        ("h1", "6 Notes"),
        ("pi", "[1] Dawn gave written consent on 12/01/2026 for Paul Renshaw and Dr Moss to share information "
               "with the core group."),
        ("pi", "[2] Attendance figures are from Ivardale Moor Primary School's register. The figures for each "
               "half term are in Appendix B."),
        ("pi", "[3] Lily's words are written as she said them; she chose the scaling picture herself."),
        ("h1", "Appendix B: Lily's school attendance"),
        ("table", {
            "header": ["Period", "Attendance", "Late marks", "Days absent"],
            "widths": [6.5, 3.5, 3.5, 3.5],
            "rows": [
                ["Summer term 2025", "92%", "4", "6"],
                ["Autumn term 2025, first half", "79%", "9", "7"],
                ["Autumn term 2025, second half", "88%", "5", "4"],
                ["Spring term 2026, to 16/01/2026", "90%", "1", "1"],
            ],
        }),
        ("p", "Parent's copy sent to Dawn Chambers by hand on 22/01/2026."),
    ],
    "findings": [
        F("T002", "Walk Lily to school on the mornings Dawn is unwell"),
        F("H001", "Continue fortnightly home visits to support Dawn with her mood"),
        F("T001", "Review Dawn's sertraline and write to Amy"),
        F("M002", "Six one-to-one sessions with Lily about her worries"),
        F("W002", "Share any worries about Lily's care with the social worker"),
        F("F002", "Dawn's mental health is stable and she engages with the Community Mental Health Team."),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Initial conference plan exported from a case system: capitalised
#    sections, dot-leader fields, a form per action, trigger / response
#    contingency fields, legal planning and review fields, audit trail.
#    Exemplary (pdf)
# ---------------------------------------------------------------------------
def _dots(label, value, width=24):
    """One case-system field line: LABEL ........ value."""
    return ("pl", f"{label} {'.' * max(3, width - len(label))} {value}")


def _action_form(n, total, ref, domain, action, who, start, due, evidence, outcome):
    return [
        ("boldp", f"ACTION {n} OF {total}"),
        _dots("ACTION REF", ref),
        _dots("DOMAIN", domain),
        _dots("ACTION", action),
        _dots("RESPONSIBLE", who),
        _dots("START DATE", start),
        _dots("DUE / FREQUENCY", due),
        _dots("EVIDENCE OF PROGRESS", evidence),
        _dots("LINKED OUTCOME", outcome),
        _dots("STATUS", "OPEN"),
    ]


_HAYWOOD_ACTIONS = [
    ("CPP-0094417-A01", "H1 HEALTH - GROWTH AND FEEDING",
     "Weigh Theo every two weeks at Idenmoor Fields Family Hub clinic or at home, and plot each weight on "
     "the centile chart in his red book.",
     "Nadia Khan, Health Visitor, Idenmoor 0-19 Service",
     "27/01/2026", "Every 2 weeks until the review conference (16/04/2026)",
     "Weights in the red book and on the ORCA health record; Theo back on or above the 25th centile by "
     "16/04/2026.", "O1"),
    ("CPP-0094417-A02", "H2 HEALTH - DEVELOPMENT",
     "Carry out Theo's missed development review with an ASQ-3, and refer him to speech and language therapy "
     "if he scores below the cut-off for communication.",
     "Nadia Khan, Health Visitor, Idenmoor 0-19 Service",
     "21/01/2026", "By 13/02/2026",
     "ASQ-3 scores on the health record and in a letter to the social worker; referral letter on file if "
     "made.", "O3"),
    ("CPP-0094417-A03", "H1 HEALTH - GROWTH AND FEEDING",
     "See Theo with Kayleigh, check for any medical cause of his weight loss, and refer him to the paediatric "
     "dietitian.",
     "Dr Amir Latif, GP, Moorgate Medical Practice",
     "21/01/2026", "By 30/01/2026",
     "GP consultation note and dietitian referral letter copied to the social worker.", "O1"),
    ("CPP-0094417-A04", "H1 HEALTH - GROWTH AND FEEDING",
     "Assess Theo's feeding and write a feeding plan for Kayleigh, Aaron and Denise to follow at every meal.",
     "Sophie Grant, Paediatric Dietitian, Idenmoor Children's Hospital",
     "First appointment by 27/02/2026", "Feeding plan within 5 working days of the first appointment",
     "Written feeding plan sent to the health visitor and the social worker; a copy on the kitchen wall, "
     "seen at the next home visit.", "O1"),
    ("CPP-0094417-A05", "PC2 BASIC CARE - FOOD",
     "Offer Theo three meals and two snacks every day, sitting in his high chair, and write what he eats in "
     "the food diary.",
     "Kayleigh Haywood (mother)",
     "21/01/2026", "Every day",
     "Food diary read by the health visitor at each weigh and by the social worker at each visit; no day "
     "missed.", "O1"),
    ("CPP-0094417-A06", "FE3 HOME CONDITIONS / SAFETY",
     "Visit Theo at home, every other visit unannounced; see him awake, see where he sleeps, check his nappy "
     "and skin, and look at the food in the house.",
     "Rachel Whitfield, Social Worker, Idenmoor Safeguarding Team 4",
     "22/01/2026", "Weekly until the review conference",
     "Visit records on ORCA within 2 working days, with what Theo was doing, what was in the fridge and any "
     "smell of cannabis.", "O1, O2"),
    ("CPP-0094417-A07", "PC2 BASIC CARE / FE3 HOME CONDITIONS",
     "Complete a Graded Care Profile 2 with Kayleigh and Aaron, then repeat it before the review conference.",
     "Rachel Whitfield, Social Worker, Idenmoor Safeguarding Team 4",
     "27/01/2026", "First by 27/02/2026; repeat by 07/04/2026",
     "GCP2 scores for each area shared at the core groups on 03/03/2026 and 31/03/2026; every area scored 2 "
     "or better by 07/04/2026.", "O2"),
    ("CPP-0094417-A08", "PC4 PARENTAL SUBSTANCE USE",
     "Go to an assessment at Pathways Idenmoor about his cannabis use, then to weekly key work sessions.",
     "Aaron Bellamy (father)",
     "21/01/2026", "Assessment by 30/01/2026, then weekly",
     "Pathways attendance letter to the social worker at the end of each month.", "O2"),
    ("CPP-0094417-A09", "PC4 PARENTAL SUBSTANCE USE",
     "Test Aaron's urine at every key work session and write a report on whether he has stopped using "
     "cannabis, whether he can stay stopped while caring for Theo, and how long that is likely to take.",
     "Liam O'Rourke, Recovery Worker, Pathways Idenmoor (drug and alcohol service)",
     "30/01/2026", "Tests weekly; report by 27/02/2026, then before each core group",
     "Every test result and the written report on ORCA.", "O2"),
    ("CPP-0094417-A10", "FE3 HOME CONDITIONS / SAFETY",
     "Keep the house and garden free of cannabis: no one smokes cannabis at the address or near Theo.",
     "Kayleigh Haywood and Aaron Bellamy (jointly)",
     "20/01/2026", "Every day",
     "No smell of cannabis at any unannounced visit (A06); Aaron's test results (A09).", "O2"),
    ("CPP-0094417-A11", "FE3 HOME CONDITIONS / SAFETY",
     "Deliver and fit a stair gate and a fireguard, and agree with Kayleigh and Aaron where Bruno the dog "
     "will be kept away from Theo.",
     "Jess Parr, Family Support Worker, Idenmoor Fields Family Hub",
     "21/01/2026", "By 30/01/2026",
     "Home safety checklist signed by Kayleigh and Jess; the gate and the fireguard seen in place at the "
     "next social work visit.", "O2"),
    ("CPP-0094417-A12", "PC2 BASIC CARE - ROUTINES",
     "Weekly home sessions with Kayleigh on mealtimes, Theo's daily routine, nappy changing and keeping the "
     "floors clean.",
     "Jess Parr, Family Support Worker, Idenmoor Fields Family Hub",
     "28/01/2026", "Every Wednesday for 10 weeks",
     "Routine chart and tidy home checklist score recorded at every session and sent to the social worker "
     "monthly.", "O1, O2"),
    ("CPP-0094417-A13", "FN1 FAMILY AND NETWORK",
     "Care for Theo at her house, give him his lunch and snack from the feeding plan, and write what he eats "
     "in the food diary.",
     "Denise Bellamy (paternal grandmother)",
     "20/01/2026", "Every Tuesday and Thursday, 9am to 3pm",
     "Food diary entries on those days, read by the health visitor; Denise texts the social worker each "
     "Thursday.", "O1, O4"),
    ("CPP-0094417-A14", "FN1 FAMILY AND NETWORK",
     "Hold a family network meeting to agree a second adult who can care for Theo if Denise cannot.",
     "Rachel Whitfield, Social Worker, Idenmoor Safeguarding Team 4",
     "21/01/2026", "By 13/02/2026",
     "Meeting record naming the adult and the days they can do, sent to the family and the core group.",
     "O4"),
    ("CPP-0094417-A15", "H3 HEALTH - DENTAL",
     "Register Theo with a dentist and take him for his first check-up.",
     "Kayleigh Haywood (mother)",
     "21/01/2026", "By 27/02/2026",
     "Appointment card shown to the health visitor; check-up on the dental record.", "O3"),
]

_haywood_blocks = [
    ("pl", "ORCA Children · Idenmoor Council · Case record export"),
    ("pl", "Form CP-PLAN-02 Child Protection Plan (ICPC) · Plan ID CPP-0094417-01 · Version 1 · Status ACTIVE"),
    ("pl", "Export profile: FULL PLAN (PARTNER COPY) · Generated 05/02/2026 09:14 · 15 actions"),
    ("boldp", "SECTION 1  SUBJECT"),
    _dots("NAME", "HAYWOOD, Theo"),
    _dots("DOB", "11/07/2024 (18 months at the ICPC)"),
    _dots("CASE NO.", "0094417"),
    _dots("ADDRESS", "22 Kiln Road, Idenmoor ID7 3RB"),
    _dots("CATEGORY CODE", "N - Neglect"),
    _dots("ICPC DATE", "20/01/2026, Idenmoor Civic Centre"),
    _dots("CHAIR", "Wendy Ashworth, Independent Reviewing Officer"),
    _dots("ALLOCATED WORKER", "Rachel Whitfield, Social Worker, Idenmoor Safeguarding Team 4"),
    _dots("TEAM MANAGER", "Colin Varley"),
    ("boldp", "SECTION 2  HOUSEHOLD AND NETWORK"),
    _dots("PERSON 1", "HAYWOOD, Kayleigh (22) · REL: MOTHER · PR: Y · SAME ADDRESS: Y"),
    _dots("PERSON 2", "BELLAMY, Aaron (24) · REL: FATHER · PR: Y · SAME ADDRESS: Y"),
    _dots("PERSON 3", "BELLAMY, Denise (52) · REL: PAT. GRANDMOTHER · 5 Cooper's Yard, Idenmoor"),
    _dots("PERSON 4", "HAYWOOD, Sharon (45) · REL: MAT. GRANDMOTHER · lives in Norbridge, rare contact"),
    _dots("PETS", "Bruno, Staffordshire bull terrier, kept in the house"),
    ("boldp", "SECTION 3  REASON FOR PLAN"),
    ("p", "Theo was referred by his health visitor on 08/12/2025. His weight has fallen from the 50th centile "
          "at 8 months to just above the 9th centile at 17 months, and he missed his 12-month review twice. At "
          "home visits on 15/12/2025 and 09/01/2026 the social worker found dog mess on the living room floor, "
          "no stair gate, and Theo in a soaked nappy with a sore rash. There was little food in the house, and "
          "the house smelled strongly of cannabis. Aaron says he smokes cannabis every day, \"in the garden, "
          "never near Theo\". Theo has no words yet and is not registered with a dentist."),
    ("boldp", "SECTION 4  STRENGTHS / PROTECTIVE FACTORS"),
    ("p", "Kayleigh and Aaron both came to the conference and agreed to the plan. Kayleigh has taken Theo to "
          "every weigh-in since 08/12/2025. Denise has cared for Theo two days a week since he was 6 months "
          "old, and Theo is happy and eats well at her house. Aaron has agreed to be tested for cannabis."),
    ("boldp", "SECTION 5  CHILD'S LIVED EXPERIENCE AND VOICE"),
    ("p", "Theo was seen at home on 15/12/2025 and 09/01/2026, and at Denise's on 13/01/2026. He pulls himself "
          "up on the sofa, babbles \"ba\" and \"da\" and points at the dog. On 09/01/2026 he reached for the "
          "social worker's biscuit and ate three quickly. He sleeps in a travel cot in his parents' room. When "
          "Denise arrived he lifted his arms to her and smiled. When Aaron raised his voice on the phone, Theo "
          "went quiet and still and watched him."),
    ("boldp", "SECTION 6  OUTCOMES"),
    _dots("O1", "Theo eats enough, gains weight and is back on or above the 25th centile by the review "
                "conference."),
    _dots("O2", "Theo lives in a clean, safe home with no cannabis, where he cannot reach the stairs, the fire "
                "or the dog's mess."),
    _dots("O3", "Theo's development and speech are checked and helped, and he has every health review on "
                "time."),
    _dots("O4", "Theo is always cared for by a sober adult who knows his feeding plan."),
    ("boldp", "SECTION 7  ACTIONS"),
]
for _i, _a in enumerate(_HAYWOOD_ACTIONS, start=1):
    _haywood_blocks.extend(_action_form(_i, len(_HAYWOOD_ACTIONS), *_a))
_haywood_blocks += [
    ("boldp", "SECTION 8  CONTINGENCY"),
    _dots("TRIGGER 1", "Theo's weight falls below the 9th centile, or he loses weight between two weighs."),
    _dots("RESPONSE 1", "Health visitor tells the social worker the same day. The GP sees Theo within 24 hours "
                        "and refers him to the paediatric assessment unit. The social worker holds a strategy "
                        "discussion within one working day."),
    _dots("LEAD 1", "Nadia Khan (HV); Rachel Whitfield (SW)"),
    _dots("TRIGGER 2", "Theo is found alone, unfed, or in the care of an adult who is under the influence of "
                       "cannabis."),
    _dots("RESPONSE 2", "Theo goes to Denise Bellamy's house that day; the social worker (or the Emergency Duty "
                        "Team) holds a strategy discussion with the police the same day."),
    _dots("LEAD 2", "Rachel Whitfield (SW) / Emergency Duty Team"),
    _dots("TRIGGER 3", "Denise cannot care for Theo on her days or in an emergency (she is ill, away, or can no "
                       "longer do it)."),
    _dots("RESPONSE 3", "Denise or Kayleigh tells the social worker that day. The second adult agreed at the "
                        "family network meeting (A14) steps in. Until that adult is agreed, or if they cannot, "
                        "the social worker books Theo a funded place at Idenmoor Fields Day Nursery for "
                        "Tuesdays and Thursdays within 5 working days; if Theo has to leave home and no relative "
                        "can have him, he is placed with Idenmoor foster carers that day."),
    _dots("LEAD 3", "Rachel Whitfield (SW)"),
    ("boldp", "SECTION 9  LEGAL PLANNING"),
    _dots("LEGAL STATUS", "None. Theo lives at home with both parents."),
    _dots("LEGAL TRIGGER", "Theo's weight below the 9th centile at any weigh; GCP2 scores no better on "
                           "07/04/2026; or Aaron's tests still positive for cannabis at 27/02/2026."),
    _dots("LEGAL ACTION", "The social worker asks Colin Varley (team manager) for a legal planning meeting "
                          "within 10 working days of the trigger, to decide whether to start PLO "
                          "pre-proceedings."),
    ("boldp", "SECTION 10  REVIEW ARRANGEMENTS"),
    _dots("CORE GROUP FREQUENCY", "Every 4 weeks"),
    _dots("CORE GROUP DATES", "03/02/2026, 03/03/2026, 31/03/2026 (Tuesdays 10am, Idenmoor Fields Family "
                              "Hub)"),
    _dots("REVIEW CONFERENCE", "16/04/2026 10:00, Idenmoor Civic Centre"),
    ("boldp", "SECTION 11  RECORD"),
    _dots("CREATED BY", "RWHITFIELD (Rachel Whitfield) 21/01/2026 16:40"),
    _dots("AUTHORISED BY", "CVARLEY (Colin Varley, Team Manager) 22/01/2026 11:05"),
    _dots("SHARED WITH", "Kayleigh Haywood, Aaron Bellamy, Denise Bellamy and every agency named in "
                         "Section 7 (23/01/2026)"),
    ("pl", "*** END OF EXPORT ***"),
]

PLANS.append({
    "name": "b188_idenmoor_case_export_action_forms_dotted_leaders_haywood.pdf",
    "doc_title": "ORCA Children export - CP plan - HAYWOOD Theo",
    "split": "tune",
    "actions": 15,
    "font": "Liberation Mono",
    "font_size": 8.5,
    "min_pages": 3,
    "header": "IDENMOOR COUNCIL · CHILDREN'S SOCIAL CARE · ORCA CASE RECORD EXPORT · OFFICIAL-SENSITIVE",
    "footer": ("HAYWOOD, Theo · DOB 11/07/2024 · Case 0094417 · Printed 05/02/2026 09:14 by RWHITFIELD · "
               "Page {PAGE} of {NUMPAGES}"),
    "template": "icpc-plan-case-system-export-pdf-monospace-header-footer-every-page-capitalised-sections-1-to-11-dot-leader-fields-subject-household-reason-strengths-lived-experience-outcomes-then-one-form-per-action-action-n-of-m-ref-domain-code-action-responsible-start-due-frequency-evidence-linked-outcome-status-then-trigger-response-lead-fields-legal-review-audit",
    "description": (
        "Exemplary initial conference plan for an 18-month-old boy with faltering growth, a dirty and unsafe "
        "home and a father who smokes cannabis daily, exported from a case system to PDF: monospaced text, "
        "the council, the system and 'OFFICIAL-SENSITIVE' in the page header, the child's name, date of "
        "birth, case number, print time, user and 'Page n of m' in the footer; capitalised sections 1 to 11 "
        "of dot-leader fields, then a form per action ('ACTION 3 OF 15': ACTION REF, DOMAIN code, ACTION, "
        "RESPONSIBLE, START DATE, DUE / FREQUENCY, EVIDENCE OF PROGRESS, LINKED OUTCOME, STATUS), then "
        "TRIGGER / RESPONSE / LEAD contingency fields, legal planning and review fields and an audit trail. "
        "The drug and alcohol service tests the father and reports on change, the grandmother's two days a "
        "week have a fallback (a second adult, a funded nursery place, foster carers), legal planning follows "
        "named triggers, and core group and review dates are set."
    ),
    "blocks": _haywood_blocks,
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. DRAFT plan for a looked-after baby on a children's ward: version table,
#    parts 1-10, action table over two pages with its heading repeated,
#    blank signature boxes and a numbered distribution list; "DRAFT" in the
#    header and footer. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b188_imbledown_lac_ward_draft_signature_boxes_distribution_kowalczyk.pdf",
    "doc_title": "DRAFT v0.3 Child Protection Plan - Zofia Kowalczyk-Reid",
    "split": "tune",
    "actions": 13,
    "min_pages": 3,
    "header": "DRAFT v0.3 · NOT YET AGREED · OFFICIAL-SENSITIVE · Imbledown County Council Children's Services",
    "footer": ("Zofia Kowalczyk-Reid · DOB 29/11/2025 · Looked after (s20) · ICPC 19/01/2026 · DRAFT · "
               "Page {PAGE} of {NUMPAGES}"),
    "template": "draft-cp-plan-looked-after-baby-on-childrens-ward-printed-to-pdf-draft-header-footer-version-table-parts-1-to-10-babys-day-on-the-ward-then-ref-action-who-when-how-we-will-know-table-heading-repeated-over-page-break-then-contingency-legal-core-group-review-blank-signature-boxes-numbered-distribution-list",
    "description": (
        "Draft (v0.3) child protection plan for a 7-week-old baby accommodated under section 20 and still on "
        "a children's ward after faltering weight and an unexplained bruise; her mother has postnatal "
        "depression and is under the perinatal mental health team. Printed to PDF with 'DRAFT v0.3 · NOT "
        "YET AGREED' in the header and 'DRAFT' and 'Page n of m' in the footer of every page; a version "
        "table, parts 1 to 10, the baby's day on the ward, an action table over two pages with its heading "
        "repeated, blank signature boxes and a numbered distribution list. Faults: the social worker visits "
        "the ward 'When able' and the parents 'As often as they can', so no one is set to visit the baby in "
        "hospital at a stated frequency; the perinatal nurse's weekly visits only support the mother and "
        "are measured by 'Marta's mood is stable'; the PIP referral is passive with '-' for who; the health "
        "visitor's record transfer has '-' for when; the parenting assessment has '-' for how we will know; "
        "and the contingency only says the social worker will discuss it and the core group will review."
    ),
    "blocks": [
        ("title", "Child Protection Plan for a Looked-After Baby"),
        ("p", "Imbledown County Council · Children's Services · Hospital and Under-Ones Team"),
        ("table", {
            "header": ["Version", "Date", "By", "What changed"],
            "widths": [2.0, 2.6, 4.4, 8.0],
            "rows": [
                ["0.1", "20/01/2026", "Fiona Marsh (SW)", "First draft, typed from the conference notes"],
                ["0.2", "21/01/2026", "Sister Anne Blake (Wren Ward)", "Ward feeding plan wording added to action "
                                                                      "6.2"],
                ["0.3", "22/01/2026", "Fiona Marsh (SW)", "Chair's comments added; parts 7 and 8 written. For "
                                                          "agreement at the first core group on 02/02/2026"],
            ],
        }),
        ("h1", "Part 1: About Zofia"),
        ("kv", [
            ("Child", "Zofia Kowalczyk-Reid, born 29/11/2025 (7 weeks at the conference)"),
            ("Where Zofia is now", "Wren Ward (children's ward), Imbledown Royal Infirmary, since 09/01/2026"),
            ("Legal status", "Accommodated under section 20 of the Children Act 1989 since 12/01/2026, with "
                             "both parents' agreement"),
            ("Mother", "Marta Kowalczyk (24), 2 Fenwick Court, Imbledown IM5 4HT"),
            ("Father", "Callum Reid (26), same address"),
            ("Paternal aunt", "Shona Reid (33), 18 Oakfield Drive, Imbledown"),
            ("Category", "Physical abuse and neglect"),
            ("Conference", "Initial child protection conference, 19/01/2026. Chair: Graham Petts (IRO)"),
            ("Social worker", "Fiona Marsh, Hospital and Under-Ones Team (team manager: Nicola Dray)"),
        ]),
        ("h1", "Part 2: Why Zofia has a plan"),
        ("p", "Zofia was brought to the emergency department by her parents on 09/01/2026 because she was "
              "\"floppy and not feeding\". She weighed 3.3kg, only 100g more than her birth weight of 3.2kg, "
              "and below the 0.4th centile. A nurse found a bruise on her left cheek. Marta and Callum could not "
              "say how it happened. A strategy discussion was held the same day. The skeletal survey found no "
              "fractures; the blood tests are not all back."),
        ("p", "Marta has postnatal depression and has been under the Imbledown Perinatal Mental Health Team since "
              "December 2025. She told the ward sister that she has been \"too tired to wake up\" for night "
              "feeds. Callum works twelve-hour shifts. On 12/01/2026 Marta and Callum agreed that Zofia should "
              "be looked after under section 20 while she is in hospital, and go to foster carers when she is "
              "well enough to leave."),
        ("h1", "Part 3: What is going well"),
        ("bullets", [
            "Marta and Callum brought Zofia to hospital when they were worried about her.",
            "Both parents came to the conference and signed the section 20 agreement.",
            "Zofia has gained 180g in eleven days on the ward on three-hourly feeds.",
            "Shona has asked to be assessed to look after Zofia.",
        ]),
        ("h1", "Part 4: Zofia's day on Wren Ward"),
        ("p", "The ward nurses have written down what Zofia's days are like. She wakes for a bottle every three "
              "hours and takes 90 to 110ml. She likes to be held upright after a feed, and she settles best to a "
              "soft voice and a hand on her tummy. She follows faces and has started to smile. On the days her "
              "parents have visited, Callum has fed and bathed her calmly; Marta has held her but has not yet "
              "given a whole feed. On four of the last eleven days no family member came."),
        ("h1", "Part 5: What we want for Zofia"),
        ("numbers", [
            "Zofia is fed enough, gains weight every week and stays on or above the 2nd centile.",
            "Zofia is never hurt, and we know how she got the bruise on her cheek.",
            "Zofia goes from the ward to carers who know her feeding plan, and then lives with a family who can "
            "keep her safe.",
            "Zofia keeps a close and loving relationship with her parents while the assessments are done.",
        ]),
        ("h1", "Part 6: The plan"),
        ("table", {
            "header": ["Ref", "Action", "Who", "When", "How we will know"],
            "widths": [1.2, 5.6, 3.6, 2.8, 3.8],
            "rows": [
                ["6.1", "Visit Zofia on Wren Ward, see her awake and being fed, and speak to the nurse in charge "
                        "about her weight and who has visited",
                 "Fiona Marsh, social worker",
                 "When able",
                 "Each visit written up on Zofia's case record"],
                ["6.2", "Feed Zofia three-hourly to the ward feeding plan, weigh her every morning and chart "
                        "every feed",
                 "Sister Anne Blake, Wren Ward (nurse in charge each shift)",
                 "Every feed; weighed daily until discharge",
                 "Feed chart and daily weights in Zofia's notes; an average gain of at least 20g a day over "
                 "each week"],
                ["6.3", "Visit Zofia on the ward, supervised by ward staff, and give her feeds and change her "
                        "nappy with a nurse present",
                 "Marta Kowalczyk and Callum Reid",
                 "As often as they can",
                 "Ward contact record of each visit: who came, for how long, and how they fed and handled "
                 "Zofia"],
                ["6.4", "Complete the medical assessment of Zofia's bruise and her poor weight gain, including "
                        "the remaining blood test results",
                 "Dr Samuel Osei, consultant paediatrician, Imbledown Royal Infirmary",
                 "By 30/01/2026",
                 "Written medical report to Fiona and the police, with an opinion on how the bruise was "
                 "caused"],
                ["6.5", "Find foster carers close to the hospital and give them Zofia's feeding plan before she "
                        "leaves the ward",
                 "Gail Tennant, placements officer, Imbledown Fostering Service",
                 "Before discharge (expected 06/02/2026)",
                 "Carers' names and address confirmed in writing to Marta, Callum and the ward before "
                 "discharge"],
                ["6.6", "Viability assessment of Shona Reid (Callum's sister) as a carer for Zofia",
                 "Fiona Marsh, social worker",
                 "By 13/02/2026",
                 "Viability report with a recommendation, shared with Marta, Callum, Shona and the IRO"],
                ["6.7", "Continue to support Marta with her low mood through weekly home visits",
                 "Ruth Adair, community psychiatric nurse, Imbledown Perinatal Mental Health Team",
                 "Weekly",
                 "Marta's mood is stable"],
                ["6.8", "Go to every perinatal mental health appointment and take her sertraline each day",
                 "Marta Kowalczyk",
                 "Daily, and at every appointment booked",
                 "The perinatal team confirms attendance to Fiona in writing each month"],
                ["6.9", "A referral will be made to PIP Imbledown for parent-infant relationship work with "
                        "Marta, Callum and Zofia",
                 "-",
                 "By 30/01/2026",
                 "PIP acceptance letter on file"],
                ["6.10", "Complete the police investigation into Zofia's bruise and give Fiona the outcome in "
                         "writing",
                 "DC Harry Blaine, Imbledown Police Child Abuse Investigation Team",
                 "By 27/02/2026",
                 "Written outcome of the investigation on Zofia's file"],
                ["6.11", "Transfer Zofia's health visiting record and red book information to the health visitor "
                         "for the foster carers' area",
                 "Joanne Price, health visitor, Imbledown 0-19 Service",
                 "-",
                 "Transfer confirmed to Fiona by e-mail"],
                ["6.12", "Parenting assessment of Marta and Callum, including supervised feeding and care "
                         "sessions with Zofia",
                 "Lena Ford, assessment worker, Imbledown Family Assessment Service",
                 "Starting 09/02/2026, over 6 weeks",
                 "-"],
                ["6.13", "Initial health assessment for Zofia as a looked-after child",
                 "Dr Priya Nandi, designated doctor for looked-after children",
                 "By 09/02/2026 (20 working days after Zofia became looked after)",
                 "Health assessment report and health plan on file, with a copy given to the foster carers"],
            ],
        }),
        ("h1", "Part 7: Contingency"),
        ("p", "If there are any further concerns about Zofia's care or safety, or Marta and Callum do not keep "
              "to this plan, Fiona will discuss this with her team manager and the core group will meet to "
              "review the plan and consider what needs to happen next."),
        ("h1", "Part 8: Legal planning, core group and review"),
        ("bullets", [
            "Legal planning: a legal planning meeting on 16/01/2026 agreed that Zofia stays accommodated under "
            "section 20 while the assessments are done. If Marta or Callum withdraw their agreement to section "
            "20, or the viability and parenting assessments both say Zofia cannot safely live with her family, "
            "Fiona will request a further legal planning meeting within 5 working days to decide whether to "
            "issue care proceedings.",
            "Core group: first on 02/02/2026 at 2pm on Wren Ward, then every 4 weeks: 02/03/2026 and "
            "30/03/2026.",
            "Review child protection conference: 13/04/2026 at 10am, Imbledown County Hall.",
            "Zofia's first looked-after review: 06/02/2026, chaired by her IRO.",
        ]),
        ("h1", "Part 9: Signatures"),
        ("table", {
            "header": ["Name", "Role", "Signature", "Date"],
            "widths": [4.5, 5.0, 4.5, 3.0],
            "rows": [
                ["Marta Kowalczyk", "Mother", "", ""],
                ["Callum Reid", "Father", "", ""],
                ["Fiona Marsh", "Social worker", "", ""],
                ["Nicola Dray", "Team manager", "", ""],
                ["Graham Petts", "Independent reviewing officer", "", ""],
            ],
        }),
        ("h1", "Part 10: Distribution"),
        ("p", "Copies of the agreed plan (not this draft) will go to:"),
        ("pi", "Copy 1 of 9 - Marta Kowalczyk (with a Polish translation)"),
        ("pi", "Copy 2 of 9 - Callum Reid"),
        ("pi", "Copy 3 of 9 - Sister Anne Blake, Wren Ward"),
        ("pi", "Copy 4 of 9 - Dr Samuel Osei, consultant paediatrician"),
        ("pi", "Copy 5 of 9 - Ruth Adair, Perinatal Mental Health Team"),
        ("pi", "Copy 6 of 9 - Joanne Price, health visitor"),
        ("pi", "Copy 7 of 9 - DC Harry Blaine, Imbledown Police"),
        ("pi", "Copy 8 of 9 - Gail Tennant, Imbledown Fostering Service"),
        ("pi", "Copy 9 of 9 - Graham Petts, IRO (file)"),
    ],
    "findings": [
        F("T002", "Visit Zofia on Wren Ward, see her awake and being fed"),
        F("T002", "Visit Zofia on the ward, supervised by ward staff"),
        F("L001"),
        F("H001", "Continue to support Marta with her low mood"),
        F("M002", "Continue to support Marta with her low mood"),
        F("W001", "A referral will be made to PIP Imbledown"),
        F("T001", "Transfer Zofia's health visiting record and red book information"),
        F("M001", "Parenting assessment of Marta and Callum, including supervised feeding"),
        F("C002"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Core group's revised Word plan (v2) for a family moving to another
#    authority: version table, numbered sections 1.0-9.0, Appendix A, page
#    header and footer. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b188_irvanstow_core_group_revised_plan_version_table_transfer_mcalister.docx",
    "doc_title": "Child Protection Plan v2 - Kian and Ellie McAlister",
    "split": "tune",
    "actions": 17,
    "header": "Irvanstow Borough Council · Children's Services · OFFICIAL-SENSITIVE",
    "footer": "Kian and Ellie McAlister · CP plan v2 (core group 27/01/2026) · Page {PAGE} of {NUMPAGES}",
    "template": "cp-plan-revised-at-core-group-docx-page-header-footer-version-table-numbered-sections-1-0-to-9-0-family-details-grid-moving-to-another-authority-section-then-no-what-will-happen-lead-by-when-how-we-will-know-table-then-contingency-core-group-review-appendix-a-receiving-area-services-told",
    "description": (
        "Child protection plan for a 10-year-old boy hit by his mother's partner and his 4-year-old sister, "
        "revised (v2) at the second core group after the family confirmed a move to another authority. A "
        "Word document with the council and 'OFFICIAL-SENSITIVE' in the page header and the plan version and "
        "'Page n of m' in the footer, a version table, numbered sections 1.0 to 9.0, a section on the move, "
        "and an Appendix A of services in the receiving area that have been told. Faults: Ellie's play "
        "sessions have an empty 'How we will know' cell; the family support worker's sessions are measured "
        "by 'Monitored by family support worker'; a CAMHS referral for the boy is handed to the receiving "
        "authority 'within 4 weeks of the transfer-in conference'; the parenting assessment is put on hold "
        "until the move and left 'Once the family are settled in Hallowfield'; 'Family network' helps at "
        "weekends; and there is no review conference date, only a transfer-in conference 'date to be "
        "confirmed by Hallowfield'."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Irvanstow Borough Council · Children's Services · Safeguarding Team East"),
        ("table", {
            "header": ["Version", "Date", "Changed by", "What changed"],
            "widths": [2.0, 2.6, 3.6, 8.8],
            "rows": [
                ["1", "08/12/2025", "Owen Price (SW)", "Plan agreed at the initial child protection conference"],
                ["1.1", "16/12/2025", "Owen Price (SW)", "First core group: no changes"],
                ["2", "27/01/2026", "Owen Price (SW)", "Revised at the second core group after Joanne confirmed "
                                                       "the move to Hallowfield on 02/03/2026: actions 9 to 17 "
                                                       "added or changed; section 5.0 added"],
            ],
        }),
        ("h1", "1.0 Family details"),
        ("table", {
            "widths": [4.5, 12.5],
            "bold_first_col": True,
            "rows": [
                ["Children", "Kian McAlister, born 12/06/2015 (10), Year 5, Irvanstow Park Primary School\n"
                             "Ellie McAlister, born 30/01/2021 (4), Reception, Irvanstow Park Primary School"],
                ["Address", "11 Brook Street, Irvanstow IR2 6NS, until 02/03/2026; then 21 Bramble Way, "
                            "Hallowfield"],
                ["Mother", "Joanne McAlister (36)"],
                ["Mother's partner", "Scott Drummond (38), lives at the address"],
                ["Children's father", "Mark McAlister; died in 2023"],
                ["Maternal grandmother", "Pat McAlister (64), lives in Hallowfield"],
                ["Category", "Physical abuse (Kian); emotional abuse (Ellie)"],
                ["Social worker", "Owen Price (team manager: Claire Dobson)"],
                ["Chair", "Rukhsana Malik (IRO)"],
            ],
        }),
        ("h1", "2.0 Why Kian and Ellie have a plan"),
        ("p", "On 24/11/2025 Kian came to school with four finger-shaped bruises on his upper arm. He told his "
              "teacher that Scott had grabbed him and shaken him because he would not turn off his game. Scott "
              "told the police he \"held him by the arm\" to take the tablet. Ellie told her teacher that Scott "
              "\"shouts at Kian a lot\" and that she hides in her room. Scott was given a police caution. Kian "
              "has had trouble sleeping since the summer and says he worries about \"getting in trouble all the "
              "time\"."),
        ("h1", "3.0 What is working well"),
        ("bullets", [
            "Joanne believed Kian straight away and has kept to the written agreement that she, not Scott, "
            "deals with telling-offs.",
            "Scott came to both core groups and has started his sessions with the family support worker.",
            "No new marks have been seen on Kian since 24/11/2025.",
            "Pat, who lives in Hallowfield, has offered to have the children after school when they move.",
        ]),
        ("h1", "4.0 What Kian and Ellie say"),
        ("p", "Kian (seen on his own at school, 20/01/2026): \"It's better now. Scott doesn't grab me. Mum does "
              "the shouting now but it's not so loud.\" He scored home 6 out of 10, up from 3 in December. About "
              "moving he said: \"I don't want to leave my football team. Nan says there's a team near her.\""),
        ("p", "Ellie (at home with Owen, 22/01/2026) drew her family holding hands and said: \"That's Scott. He "
              "doesn't shout at Kian now.\" She wants to take \"my bunny and my bike\" to the new house."),
        ("h1", "5.0 Moving to Hallowfield"),
        ("p", "Scott has a new job in Hallowfield, and the family have a tenancy at 21 Bramble Way from "
              "02/03/2026. Kian and Ellie have places at St Mark's Primary School, Hallowfield, from 03/03/2026. "
              "Owen will ask Hallowfield City Council to hold a transfer-in conference; Irvanstow stays "
              "responsible for the plan until that conference is held. The services in Hallowfield that have "
              "been told about the family are listed in Appendix A."),
        ("h1", "6.0 What needs to change for Kian and Ellie"),
        ("numbers", [
            "Kian and Ellie are never hit, grabbed or hurt by an adult at home.",
            "Kian sleeps better and can say who he would tell if he is worried, in Irvanstow and in Hallowfield.",
            "Ellie feels safe at home and does not have to hide when adults shout.",
            "Kian and Ellie keep the help they have when they move, with no gap.",
        ]),
        ("h1", "7.0 The plan"),
        ("table", {
            "header": ["No.", "What will happen", "Lead", "By when", "How we will know"],
            "widths": [1.0, 5.6, 3.4, 3.0, 4.0],
            "rows": [
                ["1", "Visit Kian and Ellie at home, one visit in three unannounced, seeing each child on their "
                      "own",
                 "Owen Price, social worker",
                 "Every two weeks until the transfer-in conference in Hallowfield",
                 "Visit records on file within 2 working days, with each child's words and any marks seen"],
                ["2", "Four sessions of direct work with Kian about what happened, the move and who he can tell "
                      "if he is hurt, ending with his own safety plan",
                 "Owen Price, social worker",
                 "Weekly, 29/01/2026 to 19/02/2026",
                 "Kian's safety plan on file by 19/02/2026, naming three adults in Hallowfield he can tell"],
                ["3", "Play sessions with Ellie about home and the move, using the three houses",
                 "Owen Price, social worker",
                 "By 27/02/2026",
                 ""],
                ["4", "Four one-to-one sessions with the family support worker on managing Kian's behaviour "
                      "without physical punishment, ending with a written plan Scott keeps",
                 "Scott Drummond",
                 "Weekly, 03/02/2026 to 24/02/2026",
                 "Scott's written behaviour plan seen by Owen; the family support worker's session notes"],
                ["5", "Use no physical punishment on Kian or Ellie, and leave bedtimes and telling-offs to "
                      "Joanne",
                 "Scott Drummond",
                 "Every day, from 08/12/2025",
                 "Kian's safety score to Owen at each visit; no marks seen at the school's Monday checks"],
                ["6", "Weekly home sessions with Joanne and Scott on routines and Kian's behaviour",
                 "Beth Kerr, family support worker, Irvanstow Family Hub",
                 "Weekly until 27/02/2026",
                 "Monitored by family support worker"],
                ["7", "Check in with Kian every Monday morning, look for marks and record anything he says about "
                      "home; send Owen the children's attendance",
                 "Mr Dev Patel, DSL, Irvanstow Park Primary School",
                 "Every Monday until the children's last day (27/02/2026); attendance each Friday",
                 "CPOMS records and attendance in a Friday e-mail to Owen"],
                ["8", "Reception health check for Ellie (height, weight, hearing and vision)",
                 "Nadia Shah, school nurse, Irvanstow 0-19 Service",
                 "By 20/02/2026",
                 "Health check record sent to Owen and to the Hallowfield 0-19 Service"],
                ["9", "Send the transfer-in request and the full case records to Hallowfield Children's "
                      "Services",
                 "Owen Price, social worker",
                 "By 13/02/2026",
                 "Hallowfield's written acknowledgement on file"],
                ["10", "Joint home visit with the Hallowfield social worker before the move",
                 "Owen Price, social worker",
                 "By 27/02/2026",
                 "Joint visit record signed by both social workers"],
                ["11", "Send Kian's and Ellie's school records and child protection files to St Mark's Primary "
                       "School, Hallowfield",
                 "Mr Dev Patel, DSL, Irvanstow Park Primary School",
                 "Within 5 school days of the children starting at St Mark's",
                 "CPOMS transfer receipt from St Mark's"],
                ["12", "Tell Hallowfield Police about the family's move and pass on the child protection markers",
                 "PC Laura Finch, Irvanstow Police Safeguarding Hub",
                 "By 02/03/2026",
                 "Confirmation e-mail from Hallowfield Police on Owen's file"],
                ["13", "Register Kian and Ellie with a GP in Hallowfield",
                 "Joanne McAlister (Mum)",
                 "Within 2 weeks of the move (by 16/03/2026)",
                 "GP registration letters shown to the Hallowfield social worker"],
                ["14", "Referral to Hallowfield CAMHS for Kian's anxiety and poor sleep, to be made in "
                       "Hallowfield after the case has transferred",
                 "Hallowfield Children's Services (allocated social worker)",
                 "Within 4 weeks of the transfer-in conference",
                 "CAMHS acceptance letter on file"],
                ["15", "Parenting assessment of Joanne and Scott: on hold until the move; to be done by "
                       "Hallowfield",
                 "Hallowfield Children's Services",
                 "Once the family are settled in Hallowfield",
                 "Parenting assessment report shared with the core group"],
                ["16", "Have Kian and Ellie after school and give them their tea",
                 "Pat McAlister (maternal grandmother)",
                 "Every Tuesday and Thursday from 03/03/2026",
                 "Pat texts the social worker each Thursday evening; St Mark's collection record"],
                ["17", "Help Joanne with childcare at weekends after the move",
                 "Family network",
                 "Every other weekend from 07/03/2026",
                 "Joanne tells the social worker who had the children and where"],
            ],
        }),
        ("h1", "8.0 Contingency"),
        ("bullets", [
            "If Kian has a mark or bruise no one can explain, or says Scott has hit or grabbed him: the school "
            "rings Owen straight away (after the move, the Hallowfield social worker); a strategy discussion is "
            "held the same day; and Scott leaves the home that day to stay with his brother, Gary Drummond, at "
            "40 Kestrel Road, Irvanstow, until the strategy discussion has decided what happens next.",
            "If Pat or the relatives cannot have the children, Joanne collects them from school herself. If "
            "Joanne cannot, the children go to the after-school club at St Mark's, which Joanne has booked as a "
            "back-up from 03/03/2026, and she tells the social worker that day.",
            "If either child is hit or physically punished again, or Scott has not finished the sessions in "
            "action 4 by 24/02/2026, Owen will ask Claire Dobson (team manager) for a legal planning meeting "
            "within 5 working days. After the transfer this is for Hallowfield's legal planning meeting, and "
            "Owen will set out this trigger in his transfer letter.",
        ]),
        ("h1", "9.0 Core group and review"),
        ("bullets", [
            "Core group every 4 weeks at Irvanstow Park Primary School: 16/12/2025, 27/01/2026 and 24/02/2026 "
            "(the Hallowfield social worker is invited to the last).",
            "Review child protection conference: the family move before the review was due on 08/03/2026. "
            "Hallowfield will hold a transfer-in conference instead; date to be confirmed by Hallowfield.",
        ]),
        ("h1", "Appendix A: Services in Hallowfield told about the family"),
        ("table", {
            "header": ["Service", "Who was told", "Date"],
            "widths": [6.0, 7.0, 4.0],
            "rows": [
                ["Hallowfield Children's Services, Front Door", "Duty team manager, by phone and e-mail",
                 "26/01/2026"],
                ["St Mark's Primary School", "Mrs Ellen Shore, designated safeguarding lead", "23/01/2026"],
                ["Hallowfield 0-19 Service", "Duty school nurse", "26/01/2026"],
            ],
        }),
        ("p", "Plan v2 sent to Joanne, Scott, Pat and every agency on 29/01/2026."),
    ],
    "findings": [
        F("M001", "Play sessions with Ellie about home and the move"),
        F("M002", "Weekly home sessions with Joanne and Scott on routines"),
        F("X001", "Referral to Hallowfield CAMHS for Kian's anxiety and poor sleep"),
        F("X001", "Parenting assessment of Joanne and Scott: on hold until the move"),
        F("T002", "Parenting assessment of Joanne and Scott: on hold until the move"),
        F("W002", "Help Joanne with childcare at weekends after the move"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Initial conference plan printed to PDF and pasted into Markdown, with
#    each page's header lines and footer left in, the table heading repeated
#    after the break and one cell split across it. Faulty (md)
# ---------------------------------------------------------------------------
_NDLOVU_HEAD = """\
OFFICIAL-SENSITIVE
Ilberwick Metropolitan Borough Council · Children's Social Care
Child Protection Plan · NDLOVU, Precious (17/02/2016) · MOYO, Tawanda (05/08/2022) · Ref ILB-CP-25-0217
"""


def _ndlovu_foot(n):
    return f"\nPrinted 18/12/2025 13:05 by C.Bamford · Page {n} of 4\n\n---\n\n"


PLANS.append({
    "name": "b188_ilberwick_pdf_pasted_to_markdown_page_furniture_ndlovu.md",
    "split": "tune",
    "actions": 15,
    "template": "icpc-plan-printed-pdf-pasted-into-markdown-page-header-lines-and-footer-printed-by-page-n-of-4-left-in-at-each-break-numbered-sections-details-table-then-no-action-who-when-how-we-will-know-table-heading-repeated-after-break-one-cell-split-cont-row-then-contingency-core-group-review-distribution",
    "description": (
        "Initial conference plan for a 9-year-old girl hit with a belt by her stepfather, who drinks heavily, "
        "and her 3-year-old half-brother. The plan was printed to PDF and pasted into Markdown with each "
        "page's three header lines (OFFICIAL-SENSITIVE, the council, the children's names, dates of birth and "
        "reference) and footer ('Printed 18/12/2025 13:05 by C.Bamford · Page 2 of 4') left in at every "
        "break; the action table's heading is repeated after the break, and one row's 'How we will know' "
        "cell is split across it into a '(cont.)' row. Faults: 'Core group' owns the family safety plan; "
        "the stepfather's parenting course is 'As soon as a place is available'; the nursery's part is "
        "measured by 'Nursery keeps an eye on Tawanda'; the police investigation has an empty 'How we will "
        "know' cell; the dentist has '-' for when; and the stepfather's drinking is recorded with no adult "
        "service owning any action."
    ),
    "text": _NDLOVU_HEAD + """
# Child Protection Plan

**Initial Child Protection Conference, 15/12/2025, Ilberwick Town Hall**

## 1. Details

| | |
|---|---|
| Children | Precious Ndlovu, born 17/02/2016 (9), Year 5, Ilberwick Grange Primary School; Tawanda Moyo, born 05/08/2022 (3), Little Stars Nursery |
| Address | 7 Foundry Lane, Ilberwick IL3 9DW |
| Mother | Grace Ndlovu (33) |
| Stepfather (Tawanda's father) | Kelvin Moyo (37), lives at the address |
| Precious's father | Tinashe Ndlovu; lives abroad, no contact |
| Aunt | Ruvimbo Sibanda (Grace's sister), 22 Chapel Street, Ilberwick |
| Category | Physical abuse (Precious); emotional abuse (Tawanda) |
| Chair | Anita Rowley (IRO) |
| Social worker | Chris Bamford (team manager: Helen Ngata) |

## 2. Why the children have a plan

On 24/11/2025 Precious's PE teacher saw three long red marks on the backs of her legs. Precious said
Kelvin had hit her with his belt the night before because she had not tidied her room. Kelvin told the
police that he "smacked her once" and that he had been drinking. He was arrested and released under
investigation, stayed at his brother's for two weeks, and came home on 08/12/2025 after signing a
written agreement not to use physical punishment.

Kelvin told Chris that he drinks six to eight cans of lager most evenings and more at weekends. He was
drunk when he hit Precious, and drunk on 18/10/2025 when the police were called to an argument at the
flat; Tawanda was found crying in the hallway. Grace says Kelvin is "short-tempered" when he drinks.
Kelvin has been given the phone number of the Ilberwick Recovery Service but has not rung it.

## 3. What is working well

- Grace believed Precious straight away and took her to the school office the next morning.
- Kelvin has kept to the written agreement since 08/12/2025, and no new marks have been seen.
- Precious is doing well at school, loves netball and has a close friend, Amira.
- Ruvimbo sees the children every week and Precious trusts her.
""" + _ndlovu_foot(1) + _NDLOVU_HEAD + """
## 4. What the children tell us

**Precious** (seen on her own at school by Chris, 10/12/2025): "Kelvin is nice when he hasn't had his
beers. When he has, I stay in my room." "I don't want him to go away, I want him to stop hitting." She
put her worry at 7 out of 10 and said she would tell "Auntie Ruvi or Mrs Grant".

**Tawanda** (seen at nursery and at home, 11/12/2025): a happy, busy boy with a few words ("mummy",
"car", "no"). His keyworker says he lines up his cars and gets upset when another child shouts; at home
he ran to Grace when Kelvin came in.

## 5. What needs to change

1. Precious and Tawanda are never hit, smacked or hurt by an adult at home.
2. Precious and Tawanda are never cared for by an adult who has been drinking.
3. Precious feels safe at home, and her worry score comes down to 3 or less.
4. Tawanda's speech is checked and helped, and he is calm and settled at home and at nursery.

## 6. The plan

| No. | Action | Who | When | How we will know |
|---|---|---|---|---|
| 6.1 | Visit Precious and Tawanda at home, one visit in three unannounced; see Precious on her own and ask her about home | Chris Bamford, social worker | Every 2 weeks from 22/12/2025 until the review conference | Visit records within 2 working days, with Precious's words and her worry score |
| 6.2 | Direct work with Precious on her safe adults, her worries and what to do if anyone hurts her | Chris Bamford, social worker | Four weekly sessions, 07/01/2026 to 28/01/2026 | Precious's safe hand on file; she can name five safe adults |
| 6.3 | Agree a written family safety plan with Grace and Kelvin, naming the adults Precious can go to | Core group | By 16/01/2026 | Safety plan signed by Grace and Kelvin, with a copy for Precious in her own words |
| 6.4 | Use no belt, smacking or any other physical punishment, and leave bedtimes and telling-offs to Grace | Kelvin Moyo | Every day from 15/12/2025 | Precious's worry score to Chris at every visit; no marks found at school or nursery |
| 6.5 | Do not drink alcohol when looking after the children alone | Kelvin Moyo | Every day from 15/12/2025 | Chris asks Grace and Precious at every visit and records their answers |
| 6.6 | Attend the Calm Parents course at Ilberwick Family Hub | Kelvin Moyo | As soon as a place is available | Course certificate and the facilitator's report to Chris |
| 6.7 | Check in with Precious every morning and record anything she says about home or any marks | Mrs Olivia Grant, DSL, Ilberwick Grange Primary School | Every school day; e-mail to Chris each Friday | CPOMS log and attendance in the Friday e-mail |
| 6.8 | Look out for any marks, changes in Tawanda's mood or worrying play | Little Stars Nursery (manager, Jan Holroyd) | Every nursery session (Monday to Friday mornings) | Nursery keeps an eye on Tawanda |
| 6.9 | Complete the police investigation into the assault on Precious | DC Sam Okoro, Ilberwick Police Child Abuse Investigation Unit | By 30/01/2026 | |
| 6.10 | Register Precious and Tawanda with a dentist and take them for a check-up | Grace Ndlovu | - | Appointment card seen by Chris |
| 6.11 | Have Precious for tea every Wednesday after school, and be someone she can ring at any time | Ruvimbo Sibanda (aunt) | Every Wednesday, 3.30pm to 6.30pm | Ruvimbo texts Chris each Wednesday evening; Precious tells Chris about her visits |
| 6.12 | Weekly sessions with Grace and Kelvin on routines, boundaries without smacking, and a bedtime routine for Tawanda | Sam Reid, family support worker, Ilberwick Family Hub | Every Tuesday, 06/01/2026 to 24/03/2026 | Session notes to Chris after each session; Grace and Kelvin's written |
""" + _ndlovu_foot(2) + _NDLOVU_HEAD + """
| No. | Action | Who | When | How we will know |
|---|---|---|---|---|
| (cont.) | | | | bedtime routine on the fridge, seen by Chris at a home visit |
| 6.13 | Speech and language referral for Tawanda, after a check of his words and understanding | Amina Yusuf, health visitor, Ilberwick 0-19 Service | By 16/01/2026 | Speech and language therapy appointment letter on file |
| 6.14 | Tell Chris about any police call-out to 7 Foundry Lane | PC Dawn Hewitt, Ilberwick Police Safeguarding Hub | Within 24 hours of any call-out | Notification recorded on the children's chronology |
| 6.15 | Update the single assessment, including Kelvin's drinking and how it affects the children | Chris Bamford, social worker | By 13/02/2026 | Assessment report shared with Grace, Kelvin and the core group |

## 7. Contingency

- If Precious or Tawanda has a mark no one can explain, or says an adult has hit them, the school or
  nursery rings Chris straight away. Chris (or the Emergency Duty Team) holds a strategy discussion with
  the police the same day, and Kelvin leaves the home that day to stay with his brother, Farai Moyo, at
  15 Ridge Road, until the strategy discussion has decided what happens next.
- If Kelvin is drunk at home while he is looking after the children on his own, Grace or Precious rings
  Ruvimbo, who takes both children to her house that evening; Grace tells Chris the next morning.
- If Ruvimbo cannot have Precious on a Wednesday, Precious goes to the after-school club Grace has
  booked. If Ruvimbo cannot take the children in an emergency, Chris or the Emergency Duty Team arranges
  for them to stay together with Ilberwick foster carers that night.
- If either child is hit again, or Kelvin drinks while looking after them alone, Chris will ask Helen
  Ngata for a legal planning meeting within 5 working days, to decide whether to start the Public Law
  Outline.

## 8. Core group and review

- Core group every 4 weeks at Ilberwick Grange Primary School, Tuesdays at 3.30pm: 06/01/2026,
  03/02/2026 and 03/03/2026.
- Review child protection conference: 10/03/2026 at 1.30pm, Ilberwick Town Hall.
""" + _ndlovu_foot(3) + _NDLOVU_HEAD + """
## 9. Distribution

Sent on 18/12/2025 to Grace Ndlovu, Kelvin Moyo, Ilberwick Grange Primary School, Little Stars Nursery,
Ilberwick 0-19 Service, Ilberwick Police and Ilberwick Family Hub. Ruvimbo Sibanda has a copy of
section 7, with Grace's agreement.

Printed 18/12/2025 13:05 by C.Bamford · Page 4 of 4
""",
    "findings": [
        F("W002", "Agree a written family safety plan with Grace and Kelvin"),
        F("T002", "Attend the Calm Parents course at Ilberwick Family Hub"),
        F("M002", "Look out for any marks, changes in Tawanda's mood"),
        F("M001", "Complete the police investigation into the assault on Precious"),
        F("T001", "Register Precious and Tawanda with a dentist"),
        F("F004"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Initial conference plan as pdftotext made it from a case-system print:
#    form feeds, page header and footer on every page, dot-leader fields,
#    "TASK n of 14" blocks (one split over a page break). Exemplary (txt)
# ---------------------------------------------------------------------------
_ODUYA_HEAD = """\
INCHLOWE COUNCIL · CHILDREN'S SERVICES                                  CareView 4 · Case Print
OFFICIAL-SENSITIVE                                       Form CPP-1 Child Protection Plan (ICPC)
Subjects: ODUYA Daniel (08/04/2014) · ODUYA Ruth (19/11/2021)                     Case 22-014873

"""


def _oduya_foot(n):
    return (f"\nPrinted 09/02/2026 11:42 by LPEARSON       Not to be copied without the author's consent"
            f"         Page {n} of 5\n\f")


PLANS.append({
    "name": "b188_inchlowe_case_print_pdftotext_form_feeds_oduya.txt",
    "split": "tune",
    "actions": 14,
    "template": "icpc-plan-case-system-print-saved-as-text-by-pdftotext-form-feeds-three-line-page-header-and-printed-by-page-n-of-5-footer-every-page-numbered-capital-sections-dot-leader-fields-then-task-n-of-14-blocks-assigned-to-start-due-frequency-evidence-linked-outcome-one-split-over-page-break-then-trigger-response-contingency-legal-review-distribution",
    "description": (
        "Exemplary initial conference plan for an 11-year-old boy and a 4-year-old girl whose mother has "
        "bipolar disorder and was detained after a manic episode, as pdftotext made it from a case-system "
        "print: form feeds between pages, a three-line page header (council, system, 'OFFICIAL-SENSITIVE', "
        "form, subjects' names and dates of birth, case number) and a footer ('Printed ... by LPEARSON ... "
        "Page 2 of 5') on every page, numbered capital sections of dot-leader fields, then 'TASK n of 14' "
        "blocks (Task, Assigned to, Start, Due / frequency, Evidence, Linked outcome), one split over a page "
        "break, then trigger and response fields. The care coordinator and the psychiatrist both report on "
        "the mother's capacity to change and the likely timescale, the GP owns an action, the aunt's help "
        "has a fallback, legal planning follows named triggers, and core group and review dates are set."
    ),
    "text": _ODUYA_HEAD + """\
1. PLAN SUMMARY
   Plan status ................ ACTIVE
   Plan start ................. 05/02/2026 (initial child protection conference)
   Category ................... NEGLECT (N) - Daniel; NEGLECT (N) - Ruth
   Chair ...................... Yvonne Clarke, Independent Reviewing Officer
   Allocated worker ........... Lola Pearson, Social Worker, Family Safeguarding Team 1
   Team manager ............... Ravi Bhatt
   Next core group ............ 17/02/2026
   Review conference .......... 30/04/2026 10:00, Inchlowe Civic Offices

2. HOUSEHOLD
   ODUYA Folake (39) .......... Mother. PR: Yes. Lives with the children, 4 Weir Lane, Inchlowe IN6 2PD
   ODUYA Daniel (11) .......... Year 7, Inchlowe Academy
   ODUYA Ruth (4) ............. Reception, Inchlowe Fields Primary School
   ODUYA Samuel (41) .......... Father. PR: Yes. Lives in Brenthill; video calls with the children
   ADEYEMI Bisi (44) .......... Maternal aunt. 12 Canal Street, Inchlowe (ten minutes' walk)

3. PARENTAL HEALTH
   Mother - mental health ..... Bipolar affective disorder, diagnosed 2016. Detained under section 2
                                Mental Health Act, 02/01/2026 to 23/01/2026, Larkfield Unit. Care
                                coordinator Martin Greaves (CPN), Inchlowe Community Mental Health
                                Team; consultant psychiatrist Dr Nisha Rao. Takes lithium.
   Mother - alcohol/drugs ..... None known.
   Father ..................... No health concerns known.

4. REASON FOR PLAN
   At 2am on 02/01/2026 the police found Folake walking by the canal with Ruth, who was in her
   pyjamas and barefoot. Folake had not slept for three nights and had stopped her lithium before
   Christmas. Daniel had woken to find them gone and rang his aunt. Bisi cared for both children
   while Folake was in hospital. Daniel says that before the admission he made Ruth's breakfast
   and took her to school for a week, and missed school himself on four days.

5. STRENGTHS
   Folake has taken her lithium every day since 23/01/2026 and has agreed to blood tests. She
   came to the conference and said she wants "a plan for when I get unwell, so the children are
   never frightened like that again". Bisi cared for the children for three weeks and will help
   again. Daniel is doing well at school and plays the trumpet.

6. CHILDREN'S VOICE
   Daniel (seen alone at school, 29/01/2026) ... "When Mum's high she talks all night and I can't
                                sleep." "I made Ruth's breakfast every day. I don't mind but I was
                                late." "I want Mum to take her tablets and Auntie Bisi to come
                                more." Worry about home: 7/10.
   Ruth (seen at home, 30/01/2026) ............. Drew Mummy "in hospital with the sad doctors" and
                                herself "on Auntie Bisi's sofa". Chatty and happy; showed Lola her
                                reading book and said "Daddy on the phone on Sunday".

7. OUTCOMES
   O1 ......................... Daniel and Ruth are always cared for by an adult who is well enough
                                to look after them, day and night.
   O2 ......................... Daniel no longer has to care for Ruth or his mum; he goes to school
                                every day and his worry score comes down to 3 or less.
   O3 ......................... Daniel and Ruth know the signs that Mum is becoming unwell, and who
                                to ring.
""" + _oduya_foot(1) + _ODUYA_HEAD + """\
8. TASKS (14)

TASK 01 of 14                                                              Status: OPEN
   Task ....................... Visit the children at home every week, seeing each child on their
                                own at least every two weeks, and see how Folake is sleeping and
                                coping.
   Assigned to ................ Lola Pearson, Social Worker
   Start ...................... 09/02/2026
   Due / frequency ............ Weekly until the review conference (30/04/2026)
   Evidence ................... Visit records within 2 working days, with each child's words and
                                what Lola saw of Folake's sleep and mood.
   Linked outcome ............. O1, O2

TASK 02 of 14                                                              Status: OPEN
   Task ....................... Visit Folake twice a week for six weeks after discharge and then
                                weekly; check her early warning signs against her relapse
                                signature; write a report to each core group on whether Folake
                                recognises and acts on her warning signs, her capacity to change,
                                and how long it is likely to take before she can care for Daniel
                                and Ruth safely through a period of illness.
   Assigned to ................ Martin Greaves, Care Coordinator (CPN), Inchlowe CMHT
   Start ...................... 09/02/2026
   Due / frequency ............ Twice weekly to 20/03/2026, then weekly; relapse signature by
                                20/02/2026; report 2 working days before each core group
   Evidence ................... Relapse signature plan and each report on the CareView record.
   Linked outcome ............. O1, O3

TASK 03 of 14                                                              Status: OPEN
   Task ....................... Review Folake in the outpatient clinic and give a written opinion
                                on her capacity to change: how likely she is to relapse, whether
                                she can safely care for the children while she is well, and over
                                what timescale.
   Assigned to ................ Dr Nisha Rao, Consultant Psychiatrist, Inchlowe CMHT
   Start ...................... 16/02/2026
   Due / frequency ............ By 13/03/2026
   Evidence ................... Clinic letter with the opinion, shared at the core group on
                                17/03/2026.
   Linked outcome ............. O1

TASK 04 of 14                                                              Status: OPEN
   Task ....................... Take her lithium every day and go for her lithium blood test at
                                the surgery every four weeks.
   Assigned to ................ Folake Oduya (mother)
   Start ...................... 05/02/2026
   Due / frequency ............ Daily; blood test every 4 weeks
   Evidence ................... Lithium level in range on each result the GP sends (task 05).
   Linked outcome ............. O1

TASK 05 of 14                                                              Status: OPEN
   Task ....................... Do Folake's lithium blood tests, send each result to Martin and
                                Lola, and ring Lola the same day if Folake misses a test.
   Assigned to ................ Dr Peter Lamb, GP, Inchlowe Medical Practice
   Start ...................... 09/02/2026
   Due / frequency ............ Every 4 weeks
   Evidence ................... Result letters on the CareView record.
   Linked outcome ............. O1

TASK 06 of 14                                                              Status: OPEN
   Task ....................... Have Daniel and Ruth at her house from Friday after school to
                                Saturday 5pm, and be the adult Daniel rings if he is worried.
   Assigned to ................ Bisi Adeyemi (maternal aunt)
   Start ...................... 13/02/2026
   Due / frequency ............ Every Friday 3.30pm to Saturday 5pm
   Evidence ................... Bisi texts Lola each Saturday evening; Bisi's number on Daniel's
                                crisis card (task 14), checked by Lola.
   Linked outcome ............. O1, O3
""" + _oduya_foot(2) + _ODUYA_HEAD + """\
TASK 07 of 14                                                              Status: OPEN
   Task ....................... Young carer's assessment for Daniel, then a place in the Thursday
                                young carers' group.
   Assigned to ................ Hamid Rashid, Inchlowe Young Carers
   Start ...................... 12/02/2026
   Due / frequency ............ Assessment by 27/02/2026; group every Thursday from 05/03/2026
   Evidence ................... Young carer's assessment on the CareView record; group register;
                                Daniel's caring score (MACA-YC18) at the start and at 12 weeks.
   Linked outcome ............. O2

TASK 08 of 14                                                              Status: OPEN
   Task ....................... Meet Daniel for a check-in every Monday, offer him homework club,
                                and send Lola his attendance and anything he says about home.
   Assigned to ................ Mrs Carol Finch, DSL, Inchlowe Academy
   Start ...................... 09/02/2026
   Due / frequency ............ Every Monday; e-mail to Lola every Friday
   Evidence ................... CPOMS entries and attendance in the Friday e-mail; Daniel's
                                attendance at 95% or more by the Easter holidays.
   Linked outcome ............. O2

TASK 09 of 14                                                              Status: OPEN
   Task ....................... See that Ruth arrives on time, fed and dressed for the weather, and
                                send Lola her attendance, late marks and anything she says.
   Assigned to ................ Mr James Obi, DSL, Inchlowe Fields Primary School
   Start ...................... 09/02/2026
   Due / frequency ............ Every school day; e-mail to Lola every Friday
   Evidence ................... Register and CPOMS entries in the Friday e-mail.
   Linked outcome ............. O1

TASK 10 of 14                                                              Status: OPEN
   Task ....................... Four sessions with Daniel making "Mum's Bipolar Book", and two
                                play sessions with Ruth using puppets, about Mum's illness and who
                                to ring.
   Assigned to ................ Lola Pearson, Social Worker
   Start ...................... 11/02/2026
   Due / frequency ............ By 20/03/2026
   Evidence ................... Daniel's book on file; Daniel can tell Lola three early warning
                                signs and who he would ring; Ruth can point to Auntie Bisi's
                                picture as her helper.
   Linked outcome ............. O3

TASK 11 of 14                                                              Status: OPEN
   Task ....................... Hold a family network meeting to agree a second adult who can stay
                                overnight with the children if Folake becomes unwell and Bisi
                                cannot come.
   Assigned to ................ Lola Pearson, Social Worker
   Start ...................... 09/02/2026
   Due / frequency ............ By 27/02/2026
   Evidence ................... Meeting record naming the adult, their address and the nights they
                                can cover, sent to the family and the core group.
   Linked outcome ............. O1

TASK 12 of 14                                                              Status: OPEN
   Task ....................... Weekly sessions with Folake on the daily routine, Ruth's bedtime
                                and a weekly meal plan, so that Daniel does not have to do them.
   Assigned to ................ Tamsin Reed, Family Support Worker, Inchlowe Family Hub
""" + _oduya_foot(3) + _ODUYA_HEAD + """\
TASK 12 of 14 (continued)
   Start ...................... 11/02/2026
   Due / frequency ............ Every Wednesday for 10 weeks
   Evidence ................... Routine chart kept by Folake and read by Tamsin each week; Ruth in
                                bed by 7.30pm on at least 5 nights in 7 as the chart shows.
   Linked outcome ............. O2

TASK 13 of 14                                                              Status: OPEN
   Task ....................... Video call with Daniel and Ruth every Sunday at 6pm, and ring Lola
                                if either child tells him they are worried.
   Assigned to ................ Samuel Oduya (father)
   Start ...................... 08/02/2026
   Due / frequency ............ Every Sunday, 6pm
   Evidence ................... Daniel and Ruth tell Lola about the calls; Samuel texts Lola if a
                                call is missed.
   Linked outcome ............. O1, O3

TASK 14 of 14                                                              Status: OPEN
   Task ....................... Write a crisis card with Folake, Daniel and Bisi saying what the
                                early warning signs are and who to ring, day and night.
   Assigned to ................ Lola Pearson, Social Worker
   Start ...................... 09/02/2026
   Due / frequency ............ By 20/02/2026
   Evidence ................... Copies held by Folake, Daniel, Bisi and both schools; Daniel shows
                                Lola where he keeps his.
   Linked outcome ............. O3

9. CONTINGENCY
   Trigger 1 .................. Folake shows two or more early warning signs (less than four hours'
                                sleep two nights running, spending sprees, talking very fast, going
                                out at night), or stops her lithium.
   Response 1 ................. Daniel, Bisi or the school rings Martin (the Crisis Team out of
                                hours), who assesses Folake within 4 hours. Bisi stays at Weir Lane
                                or takes the children to 12 Canal Street that night.
   Trigger 2 .................. Bisi cannot have the children when needed.
   Response 2 ................. The second adult agreed at the family network meeting (task 11)
                                steps in. If there is no one, Lola (or the Emergency Duty Team)
                                places Daniel and Ruth together with Inchlowe foster carers that
                                night.
   Trigger 3 .................. The children are found without an adult at night, or Folake is
                                admitted to hospital.
   Response 3 ................. Strategy discussion the same day; Lola sees the children within
                                24 hours wherever they are staying.
""" + _oduya_foot(4) + _ODUYA_HEAD + """\
10. LEGAL PLANNING
   Legal status ............... None. The children live at home with their mother.
   Legal trigger .............. Folake needs another hospital admission before the review
                                conference; Dr Rao's opinion (task 03) is that she cannot safely
                                care for the children within their timescales; or the children are
                                found without an adult at night.
   Legal action ............... Lola asks Ravi Bhatt for a legal planning meeting within 5 working
                                days of the trigger, to decide whether to start pre-proceedings
                                under the Public Law Outline.

11. REVIEW
   Core group frequency ....... Every 4 weeks, Tuesdays 4pm, Inchlowe Family Hub
   Core group dates ........... 17/02/2026, 17/03/2026, 14/04/2026
   Review conference .......... 30/04/2026 10:00, Inchlowe Civic Offices

12. DISTRIBUTION
   Folake Oduya; Samuel Oduya; Bisi Adeyemi (sections 7 to 10 only); Inchlowe CMHT; Inchlowe
   Medical Practice; Inchlowe Academy; Inchlowe Fields Primary School; Inchlowe Young Carers;
   Inchlowe Family Hub. Sent 09/02/2026.

*** END OF PRINT ***
""" + _oduya_foot(5).rstrip("\f"),
    "findings": [],
})
