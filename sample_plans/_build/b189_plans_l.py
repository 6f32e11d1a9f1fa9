"""Batch 189, module l: seven fictional plans (held-out material), places beginning with "l".

Everything here is made up: children, families, professionals, services,
schools, hospitals, police forces, case systems and councils. Labels were
written by hand from docs/rules.md and the conventions in
sample_plans/README.md, without running planlint or reading its code.

Focus: printed and exported plans, with all their page furniture. Four of
the seven are PDFs made from Word documents or printed from case systems,
each in a template of its own: page headers and footers on every page
(council, OFFICIAL-SENSITIVE, the children's names and dates of birth, a
case number, a print date, "Page n of m", and a "DRAFT" or "COPY" marking
in the header), action tables that run over a page break with the header
row repeated (and in one plan not repeated), a landscape page for a wide
table, a case-system export with a form per action, field names in capitals
and dotted leaders, numbered sections ("6. The plan", "4.2 ..."), footnotes
and "see Appendix B", signature boxes, distribution lists and version
notes. The Word plan carries a header and footer, a version table, a
distribution list and signature boxes; the markdown plan is a PDF converted
to markdown with its page headers, footers and "Page 2 of 4" lines left in
(its action table's header repeated after the page line); the text plan is
a fixed-width case-system print with form feeds, a page header on every
page and an action block split across a page break. Page furniture,
signatures, version notes, distribution lists, appendices and footnotes
are never actions and carry no labels.

1. a review conference plan for a 6-year-old and a 2-year-old whose
   father drinks and pushed their mother, printed from Word to PDF:
   numbered sections 1 to 11, a details table, an action table in three
   banded parts (6.1 to 6.3) that runs over a page break with its header
   repeated, a footnote to Appendix B (breath test results), a version
   table, a distribution list and signature boxes, page header and
   footer (pdf, exemplary);
2. an initial conference plan for a 9-year-old and a 4-year-old whose
   mother uses cocaine and drinks, exported from the "CareTrack" case
   system: dotted-leader subject fields in capitals, outcomes coded OC-1
   to OC-3, then one form per action (ACTION n OF 13 banner, ACTION
   DETAIL, RESPONSIBLE OFFICER, AGENCY, TARGET DATE, FREQUENCY, EVIDENCE
   OF PROGRESS, LINKED OUTCOME, DATE COMPLETED), trigger and response
   contingency fields, a distribution list and "END OF REPORT", page
   header and footer with case ID and print stamp (pdf): faults are the
   grandparents' school run with FREQUENCY "Ongoing" and no target date,
   a dental check with "-" for both target date and frequency, "ALL
   AGENCIES" passing on worries, the family support worker's routines
   work measured by "Monitored at core group", a housing request with
   "N/A" for its evidence, and a contingency that sends the children to
   their grandparents with nothing said if the grandparents cannot help
   (T002, T001, W002, M002, M001, C003);
3. an initial conference plan for a 7-year-old and a 3-year-old whose
   mother is depressed, a DRAFT typed by the social worker for agreement
   at the first core group: a landscape Word table of nine columns (No.,
   outcome, what will be done, lead, supported by, start, review by / how
   often, what we will see, RAG) whose header row is typed as an ordinary
   row and so is not repeated after the page break, footnotes pointing
   to Appendix A (key to abbreviations) and Appendix B (home conditions
   scores), page header and footer (pdf): faults are the CMHT's CBT only
   treating the mother, a Home-Start referral with "-" for lead and
   supported by, the mother's parenting course "when Niamh feels ready",
   the paternal grandmother's supervised contact with an empty "what we
   will see" cell, the family support worker's home conditions work
   measured by "Improvement in home conditions", and no legal planning
   anywhere (H001, W001, T002, M001, M002, R002);
4. an initial conference plan for a baby born at 34 weeks, accommodated
   under section 20 and still on the neonatal unit, whose parents are
   moving to another authority: a "COPY" stamped case-system print with
   numbered sections (4.2 The plan), a "see Appendix B" note and Appendix
   B (the ward's record of the parents' visits), page header and footer
   (pdf): faults are no one set to visit the baby on the unit at a stated
   frequency (the social worker only telephones the ward), the parents'
   visits "as often as they can", the parenting assessment handed on to
   the receiving authority after the transfer, "All agencies" passing on
   worries, the alcohol service's key work measured by "engagement", and
   a transfer-in conference "date to be confirmed" with no review date
   (L001, T002, X001, W002, M002, R001);
5. a core group plan for a 13-year-old and a 10-year-old whose mother
   has bipolar disorder, a Word document with a page header and footer, a
   version history table, numbered sections, a "No. / Action / Lead /
   Timescale / Evidence" table, a distribution list and signature boxes
   (docx, exemplary);
6. a review conference plan for an 8-year-old whose father drinks, a
   PDF converted to markdown with its page headers, footers and "Page n of
   4" lines left in and its action table's header repeated after a page
   line (md): faults are the grandmother's teas "as and when", "Family"
   making sure Ruby is never alone with her father when he has been
   drinking, the school's check-ins measured by "Monitored", the father's
   AA meetings with "-" for how we will know, the father's drinking
   recorded with no adult service owning any action, and no fallback if
   the grandparents cannot help (T002, W002, M002, M001, F004, C003);
7. a child protection plan for a 5-year-old after his mother's partner
   hurt him, printed fixed-width from the "ChildView" case system: form
   feeds, the page header repeated on every page, dotted-leader fields,
   each action a block of labelled lines (Task / Owner / Due/freq /
   Evidence), one block split across a page break and marked
   "(continued)" (txt, exemplary).

Three plans (1, 5 and 7) are exemplary: every action has a named owner, a
real timescale and something that can be seen, counted or read; every
outcome is about the child; each contingency has specific triggers and
protective responses and says what happens if a relative's help fails;
each records the child's voice or observed lived experience, core group
dates and a dated review conference, and legal planning after named
triggers; adult services own actions where a parent is ill or drinks, and
the mental health service in plan 5 is asked for its view of the mother's
capacity to change and how long it will take.

Counting convention used for "actions" (README convention 1): each row of
an action table (band rows and a header typed as an ordinary row
excepted), each action form of the case-system export and each action
block of the fixed-width print (a block split over a page break once)
counts once, whatever number of sentences it holds. Details tables and
dotted-leader fields, outcomes, the contingency, meeting dates, the
children's views, page headers and footers, footnotes, appendices,
version tables, distribution lists and signature boxes are not actions.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. Review conference plan printed from Word to PDF: numbered sections 1 to
#    11, banded action table over a page break with its header repeated,
#    footnote to Appendix B, version table, distribution list, signature
#    boxes, page header and footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b189_loxhythe_rcpc_numbered_sections_signature_boxes_okafor.pdf",
    "doc_title": "Child Protection Plan (Review) - Tomi and Esi Okafor",
    "split": "heldout",
    "actions": 14,
    "min_pages": 3,
    "header": "Loxhythe Borough Council · Children's Social Care · OFFICIAL-SENSITIVE",
    "footer": "Tomi and Esi Okafor · Case ref LBC-117304 · Printed 19/01/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "rcpc-plan-word-printed-to-pdf-header-footer-numbered-sections-1-to-11-details-table-why-going-well-what-tomi-and-esi-tell-us-outcomes-5-1-to-5-4-then-ref-what-who-when-how-we-will-know-table-banded-6-1-to-6-3-over-page-break-header-repeated-footnote-to-appendix-contingency-meetings-version-table-distribution-signature-boxes",
    "description": (
        "Exemplary review conference plan for a 6-year-old and a 2-year-old whose father drinks heavily "
        "and pushed their mother in front of them, printed from the council's Word template to PDF. "
        "Every page carries the council's header with OFFICIAL-SENSITIVE and a footer with the "
        "children's names, the case reference, the print date and 'Page n of m'. Sections are numbered "
        "1 to 11; the plan (section 6) is a Ref / What will happen / Who / When / How we will know table "
        "in three banded parts that runs over a page break with its header repeated. A footnote points "
        "to Appendix B (the father's breath test results); a version table, a distribution list and "
        "signature boxes close the plan. The recovery service reports on the father's capacity to "
        "change, the grandmother's weekends have a named fallback, legal planning follows named "
        "triggers, core group and review dates are set, and Tomi's words and Esi's days are recorded."
    ),
    "blocks": [
        ("title", "Child Protection Plan (Review)"),
        ("p", "Review child protection conference held on 15/01/2026 at Loxhythe Civic Centre. Chair: Nadine "
              "Russo, Independent Reviewing Officer. This is version 2.0 of the plan; it replaces version 1.0 "
              "agreed at the initial conference on 23/10/2025 (see section 9)."),
        ("h1", "1. Family details"),
        ("table", {
            "rows": [
                ["Children", "Tomi Okafor, born 04/03/2019 (6), Year 2, St Aldhelm's CE Primary School\n"
                             "Esi Okafor, born 11/09/2023 (2), Little Wrens Nursery"],
                ["Address", "27 Coppergate Road, Loxhythe LX4 8PD"],
                ["Mother", "Grace Okafor (32), teaching assistant"],
                ["Father", "Kwame Okafor (36), delivery driver; lives at home"],
                ["Maternal grandmother", "Mrs Abena Owusu, 14 Harrier Close, Loxhythe (1 mile away)"],
                ["Maternal aunt", "Akosua Owusu, 3 Lime Walk, Loxhythe"],
                ["Category", "Emotional abuse (both children)"],
                ["Social worker", "Leah Marsh, Safeguarding Team East (team manager: Paul Greaves)"],
                ["Conference decision", "Tomi and Esi remain subject to child protection plans (unanimous)"],
            ],
            "widths": [4.2, 12.8],
            "bold_first_col": True,
        }),
        ("h1", "2. Why Tomi and Esi still need a plan"),
        ("p", "On 19/09/2025 police were called to the family home by a neighbour. Kwame had come home drunk, "
              "shouted at Grace in the kitchen and pushed her into the cooker; Tomi was in the doorway and "
              "Esi was in her high chair. Kwame accepted a caution for common assault. Grace and Kwame told "
              "the initial conference that Kwame had been drinking most evenings since losing his previous "
              "job in 2024 and that the children had heard many arguments."),
        ("p", "Since the initial conference Kwame has started work with Loxhythe Recovery Service and his "
              "breath tests at key work sessions were clear in November and December (Appendix B). He "
              "drank heavily over the Christmas weekend, at his brother's house and not at home, and told "
              "Leah himself. Grace says she still finds it hard to tell Kwame to leave when he has had a "
              "drink. Tomi's school reports that he is often tired on Mondays, and Esi's nursery attendance fell to "
              "71% in the autumn term."),
        ("h1", "3. What is going well"),
        ("bullets", [
            "There has been no further violence or police call-out since 19/09/2025.",
            "Kwame has been to 11 of 12 key work sessions and told Leah about the Christmas drinking himself.",
            "Grace has met the IDVA twice and has a safety plan she can describe.",
            "Mrs Owusu has the children every Friday night and Saturday; Tomi calls her house \"the calm house\".",
            "Tomi's reading has moved up two book bands since October.",
        ]),
        ("h1", "4. What Tomi and Esi tell us"),
        ("p", "Tomi (seen alone at school by Leah on 12/01/2026) said: \"Daddy is nicer now. He doesn't do "
              "the loud voice so much.\" \"When Daddy drinks the beer I go under my covers and I hold Esi's "
              "rabbit.\" In his Three Houses drawing his house of worries has \"Daddy falling over\" and \"Mummy "
              "crying in the kitchen\"; his house of good things has \"Nana's pancakes\" and \"football with "
              "Daddy\". His wish is for \"Daddy to only drink juice\"."),
        ("p", "Esi is 2 and says a few words. At Leah's visits on 18/12/2025 and 08/01/2026 she went to Grace "
              "for comfort when she bumped her head, and brought Kwame her shoes to go to the park. Nursery "
              "say she is slow to settle on Mondays and Tuesdays and clings to her key worker, and that she "
              "startles and covers her ears when another child shouts."),
        ("h1", "5. What we want for Tomi and Esi"),
        ("pi", "5.1 Tomi and Esi live in a home where no adult is drunk while caring for them, and no one "
               "shouts at, pushes or hurts anyone in front of them."),
        ("pi", "5.2 Tomi goes to school every day rested and on time, and Esi goes to nursery on all her "
               "funded days, so that they both keep learning and making friends."),
        ("pi", "5.3 Tomi understands what has happened at home in words he can use, knows which adults he "
               "can tell, and no longer needs to hide under his covers."),
        ("pi", "5.4 Tomi and Esi always have a safe adult from the family who can look after them at short "
               "notice."),
        ("h1", "6. The plan"),
        ("p", "Each row says who will do what, when, and how we will know it has happened and is helping "
              "Tomi and Esi. The Ref gives the part of the plan and the outcome in section 5 the row "
              "serves (6.1.3 is the third row of part 6.1)."),
        ("table", {
            "header": ["Ref", "What will happen", "Who", "When", "How we will know"],
            "widths": [1.5, 6.2, 3.2, 2.8, 3.3],
            "rows": [
                ["6.1 Keeping Tomi and Esi safe at home (outcomes 5.1 and 5.4)", H, H, H, H],
                ["6.1.1",
                 "Visit Tomi and Esi at home, at least one visit in three unannounced; see Tomi on his own in "
                 "his room or at school, and see Esi awake",
                 "Leah Marsh, social worker",
                 "Every two weeks until the review conference on 16/04/2026",
                 "Visit records on the case file within 2 working days, each with Tomi's words and what Esi "
                 "was doing"],
                ["6.1.2",
                 "Not drink any alcohol at home or at any time he is caring for Tomi or Esi, and blow into "
                 "the breathalyser at each key work session",
                 "Kwame Okafor (Dad)",
                 "Every day; breath test at each weekly session",
                 "Breath test readings of 0.00 recorded by the Recovery Service and sent to Leah each Friday "
                 "(Appendix B)¹"],
                ["6.1.3",
                 "Key work with Kwame on his drinking, with breath tests, and a written report on whether he "
                 "is making the changes Tomi and Esi need and how long further change is likely to take",
                 "Dev Patel, recovery worker, Loxhythe Recovery Service",
                 "Weekly from 19/01/2026; report 5 working days before each core group",
                 "Attendance and breath test results in each report; report on Leah's file before each core "
                 "group"],
                ["6.1.4",
                 "Test Kwame's liver function and send the result to the Recovery Service and to Leah",
                 "Dr Ruth Ellison, GP, Marlowe Road Surgery",
                 "By 13/02/2026 and again by 10/04/2026",
                 "Blood results on the GP record; GP letter to Leah within a week of each test"],
                ["6.1.5",
                 "Take part in the 'Caring Dads' programme at Loxhythe Family Hub and talk with the "
                 "facilitator about how the arguments felt for Tomi and Esi",
                 "Kwame Okafor, with Sam Oduya (Caring Dads facilitator)",
                 "12 weekly sessions, 27/01/2026 to 14/04/2026",
                 "Register shows at least 10 of 12 sessions; facilitator's end report sent to Leah by "
                 "16/04/2026"],
                ["6.1.6",
                 "Safety planning sessions with Grace: what she will do and whom she will ring if Kwame comes "
                 "home drunk, with a written safety plan she keeps by the front door",
                 "Claire Benton, IDVA, Loxhythe Domestic Abuse Service",
                 "Four sessions by 27/02/2026",
                 "Signed safety plan, copy on Leah's file; Grace can tell Leah its steps at the next visit"],
                ["6.1.7",
                 "Tell Leah of any police call-out to 27 Coppergate Road or any incident involving Kwame",
                 "PC Anita Blake, Loxhythe Police Domestic Abuse Unit",
                 "By 9am the next working day after any call-out",
                 "Police notification on the case file (nil return e-mailed to Leah before each core group)"],
                ["6.2 Tomi's and Esi's days (outcomes 5.2 and 5.3)", H, H, H, H],
                ["6.2.1",
                 "Take Esi to Little Wrens Nursery on her funded days (Monday, Tuesday and Thursday, 8.30am "
                 "to 3pm)",
                 "Grace Okafor (Mum)",
                 "Every nursery day from 19/01/2026",
                 "Nursery register shows 90% attendance or more; nursery e-mails the register to Leah each "
                 "Friday"],
                ["6.2.2",
                 "Check Esi's development with an ASQ-3, weigh and measure her, and go through the results "
                 "with Grace",
                 "Hannah Pryce, health visitor, Loxhythe 0-19 Service",
                 "By 27/02/2026",
                 "ASQ-3 scores and growth chart in the red book; HV letter to Leah within 5 working days"],
                ["6.2.3",
                 "Meet Tomi at the classroom door each morning, ask how his night was, and log anything he "
                 "says about home",
                 "Mrs Janet Reeve, DSL, St Aldhelm's CE Primary School",
                 "Every school day",
                 "Check-ins logged on CPOMS; weekly summary and Tomi's attendance (target 96%) e-mailed to "
                 "Leah each Friday"],
                ["6.2.4",
                 "Six sessions of direct work with Tomi about his worries and feelings, using the Three "
                 "Houses and 'My Safe Hand'",
                 "Leah Marsh, social worker",
                 "Fortnightly, 22/01/2026 to 02/04/2026",
                 "Tomi's drawings and safe hand on file; Tomi can name three adults he would tell"],
                ["6.2.5",
                 "Book and take Tomi to the dentist; he has not been seen since 2023",
                 "Grace Okafor (Mum)",
                 "By 27/02/2026",
                 "Appointment card seen by Leah; dentist's letter on file"],
                ["6.3 Family help and routines (outcomes 5.2 and 5.4)", H, H, H, H],
                ["6.3.1",
                 "Have Tomi and Esi at her home from Friday teatime to Saturday teatime, so that Grace can "
                 "rest and Kwame can go to his Saturday recovery group",
                 "Mrs Abena Owusu (maternal grandmother)",
                 "Every Friday 5pm to Saturday 6pm until 16/04/2026",
                 "Mrs Owusu texts Leah each Saturday when the children are home; Tomi's account at Leah's "
                 "visits"],
                ["6.3.2",
                 "Hold a family group conference to agree which relatives can look after Tomi and Esi at "
                 "short notice if Kwame drinks",
                 "Marta Novak, FGC coordinator, Loxhythe Family Group Conference Service",
                 "Conference held by 20/02/2026",
                 "Family plan naming at least two carers shared with Leah and the core group by 27/02/2026"],
                ["6.3.3",
                 "Sessions at home with Grace and Kwame on a bedtime routine, meals and getting Tomi to "
                 "school on time",
                 "Rob Hale, family support worker, Loxhythe Family Hub",
                 "Weekly, 20/01/2026 to 31/03/2026 (10 sessions)",
                 "Session records on file; Tomi late no more than once a fortnight on the school register"],
            ],
        }),
        ("p", "¹ Kwame's breath test readings since the initial conference are set out in Appendix B."),
        ("h1", "7. Contingency plan"),
        ("pi", "7.1 If Kwame drinks while caring for Tomi or Esi, or comes home drunk: Grace takes the "
               "children to Mrs Owusu's (14 Harrier Close) that evening, or rings 999 if Kwame is aggressive; "
               "Leah, or the Emergency Duty Team out of hours, sees the children the same day; and Kwame "
               "stays at his brother's flat until a breath test at the Recovery Service is clear."),
        ("pi", "7.2 If Mrs Owusu cannot have the children (she is ill or away), Akosua Owusu (3 Lime Walk, "
               "agreed with Leah on 14/01/2026) will have them. If no family carer can be found, Leah will "
               "arrange an emergency foster placement for Tomi and Esi that day."),
        ("pi", "7.3 If there is any further violence, the police are called, the children go to Mrs Owusu's "
               "or Akosua's, and Leah holds a strategy discussion with the police the same day."),
        ("pi", "7.4 If Kwame has two positive breath tests in any four weeks, misses three key work sessions, "
               "or there is any further violence, Leah will ask Paul Greaves for a legal planning meeting "
               "within 5 working days to decide whether to start the Public Law Outline."),
        ("h1", "8. Core group and review"),
        ("pi", "8.1 The core group (Grace, Kwame, Leah, Dev Patel, Hannah Pryce, Mrs Reeve, Little Wrens "
               "Nursery and Rob Hale) meets every four weeks at Loxhythe Family Hub at 10am: 05/02/2026, "
               "05/03/2026 and 02/04/2026."),
        ("pi", "8.2 Review child protection conference: 16/04/2026 at 1.30pm, Loxhythe Civic Centre."),
        ("h1", "9. Version control"),
        ("table", {
            "header": ["Version", "Date", "What changed", "Author"],
            "widths": [2.0, 2.6, 9.0, 3.4],
            "rows": [
                ["1.0", "23/10/2025", "Plan agreed at the initial child protection conference", "Leah Marsh"],
                ["1.1", "20/11/2025", "Dates updated after core group 1", "Leah Marsh"],
                ["2.0", "15/01/2026", "Plan revised at the review conference; parts 6.2 and 6.3 rewritten", "Leah Marsh"],
            ],
        }),
        ("h1", "10. Distribution"),
        ("table", {
            "header": ["Name", "Role", "Sent by"],
            "widths": [5.0, 7.5, 4.5],
            "rows": [
                ["Grace and Kwame Okafor", "Parents", "By hand at home visit"],
                ["Dev Patel", "Loxhythe Recovery Service", "Secure e-mail"],
                ["Dr Ruth Ellison", "GP, Marlowe Road Surgery", "Secure e-mail"],
                ["Hannah Pryce", "Health visitor", "Secure e-mail"],
                ["Mrs Janet Reeve", "DSL, St Aldhelm's CE Primary School", "Secure e-mail"],
                ["Little Wrens Nursery", "Nursery manager", "Secure e-mail"],
                ["Claire Benton", "IDVA", "Secure e-mail"],
                ["PC Anita Blake", "Police Domestic Abuse Unit", "Secure e-mail"],
                ["Nadine Russo", "Independent Reviewing Officer", "Case system"],
            ],
        }),
        ("h1", "11. Signatures"),
        ("table", {
            "header": ["Name", "Role", "Signature", "Date"],
            "widths": [4.5, 5.0, 4.5, 3.0],
            "rows": [
                ["Grace Okafor", "Mother", "", ""],
                ["Kwame Okafor", "Father", "", ""],
                ["Leah Marsh", "Social worker", "", ""],
                ["Nadine Russo", "Independent Reviewing Officer", "", ""],
            ],
        }),
        ("h1", "Appendix A: Contacts"),
        ("table", {
            "header": ["Name", "Role", "Telephone"],
            "widths": [4.5, 8.5, 4.0],
            "rows": [
                ["Leah Marsh", "Social worker, Safeguarding Team East", "01632 960 418"],
                ["Paul Greaves", "Team manager, Safeguarding Team East", "01632 960 402"],
                ["Emergency Duty Team", "Out of hours (5pm to 9am, weekends)", "01632 960 999"],
                ["Dev Patel", "Recovery worker, Loxhythe Recovery Service", "01632 960 571"],
                ["Claire Benton", "IDVA, Loxhythe Domestic Abuse Service", "01632 960 733"],
            ],
        }),
        ("h1", "Appendix B: Kwame's breath test readings"),
        ("table", {
            "header": ["Week beginning", "Reading", "Taken by"],
            "widths": [4.0, 4.0, 9.0],
            "rows": [
                ["03/11/2025", "0.00", "Dev Patel, Loxhythe Recovery Service"],
                ["17/11/2025", "0.00", "Dev Patel, Loxhythe Recovery Service"],
                ["01/12/2025", "0.00", "Dev Patel, Loxhythe Recovery Service"],
                ["15/12/2025", "0.00", "Dev Patel, Loxhythe Recovery Service"],
                ["29/12/2025", "0.11 (after the Christmas weekend, self-reported)", "Dev Patel, Loxhythe Recovery Service"],
                ["05/01/2026", "0.00", "Dev Patel, Loxhythe Recovery Service"],
                ["12/01/2026", "0.00", "Dev Patel, Loxhythe Recovery Service"],
            ],
        }),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Initial conference plan exported from the "CareTrack" case system:
#    dotted-leader subject fields in capitals, coded outcomes, one form per
#    action, trigger / response contingency fields, distribution, END OF
#    REPORT; page header and footer with case ID and print stamp. Faulty (pdf)
# ---------------------------------------------------------------------------
def _ct_form(n, total, detail, officer, agency, target, freq, evidence, outcome):
    """One CareTrack action form: a banner row, then one row per field."""
    return ("table", {
        "rows": [
            [f"ACTION {n} OF {total} · CP-ACT-{n:02d} · STATUS: OPEN", H],
            ["ACTION DETAIL", detail],
            ["RESPONSIBLE OFFICER", officer],
            ["AGENCY", agency],
            ["TARGET DATE", target],
            ["FREQUENCY", freq],
            ["EVIDENCE OF PROGRESS", evidence],
            ["LINKED OUTCOME", outcome],
            ["DATE COMPLETED", "-"],
        ],
        "widths": [4.6, 12.4],
        "bold_first_col": True,
        "band_fill": "D9D9D9",
    })


PLANS.append({
    "name": "b189_lydmarsh_case_export_action_forms_dotted_fields_pemberton.pdf",
    "doc_title": "CareTrack - Child Protection Plan - Kayden and Lily-Mae Pemberton",
    "split": "heldout",
    "actions": 14,
    "min_pages": 4,
    "header": "OFFICIAL-SENSITIVE · CareTrack Children's Record · Lydmarsh Council",
    "footer": "Case ID 0042871 · Printed 26/01/2026 14:32 by JWATTS · Page {PAGE} of {NUMPAGES}",
    "template": "icpc-plan-caretrack-case-system-pdf-export-header-footer-case-id-print-stamp-lettered-sections-a-to-j-dotted-leader-capital-fields-coded-outcomes-oc-1-to-oc-3-then-one-form-per-action-banner-action-n-of-14-detail-responsible-officer-agency-target-date-frequency-evidence-linked-outcome-date-completed-then-trigger-response-contingency-fields-core-group-distribution-end-of-report",
    "description": (
        "Initial conference plan for a 9-year-old and a 4-year-old whose mother uses cocaine and drinks "
        "at weekends (her son found her unresponsive on the sofa), exported from an invented case system "
        "('CareTrack'). Every page has an OFFICIAL-SENSITIVE header and a footer with the case ID, a print "
        "stamp and 'Page n of m'. Subject fields are capitals with dotted leaders; outcomes are coded "
        "OC-1 to OC-3; each action is a form (ACTION n OF 14 banner, ACTION DETAIL, RESPONSIBLE OFFICER, "
        "AGENCY, TARGET DATE, FREQUENCY, EVIDENCE OF PROGRESS, LINKED OUTCOME, DATE COMPLETED); the "
        "contingency is trigger and response fields. The drug and alcohol service reports on change and "
        "legal planning follows named triggers. Faults: the grandparents' help with the school run has "
        "FREQUENCY 'Ongoing' and no target date; the dental check has '-' for both; 'ALL AGENCIES' pass "
        "on worries; the family support worker's sessions are measured by 'Monitored at core group'; "
        "the housing request has 'N/A' for its evidence; and the contingency sends the children to "
        "their grandparents with nothing said if the grandparents cannot help."
    ),
    "blocks": [
        ("title", "CHILD PROTECTION PLAN"),
        ("pl", "REPORT ............................ CP02 Child Protection Plan (Initial Conference)"),
        ("pl", "CASE ID ........................... 0042871"),
        ("pl", "PLAN START DATE ................... 22/01/2026"),
        ("pl", "PLAN STATUS ....................... ACTIVE"),
        ("pl", "RECORD OWNER ...................... Jade Watts, Social Worker, Safeguarding Team West"),
        ("h2", "SECTION A - SUBJECT DETAILS"),
        ("pl", "CHILD 1 ........................... KAYDEN PEMBERTON  DOB 02/02/2016 (9)  Year 5, Lydmarsh Park Primary School"),
        ("pl", "CHILD 2 ........................... LILY-MAE PEMBERTON  DOB 21/07/2021 (4)  Reception, Lydmarsh Park Primary School"),
        ("pl", "ADDRESS ........................... 41 Stonechat Road, Lydmarsh LY2 6TW"),
        ("pl", "MOTHER ............................ Stacey Pemberton (31)"),
        ("pl", "FATHER ............................ Liam Cartwright (33), 6 Mill Yard, Lydmarsh (lives apart)"),
        ("pl", "MATERNAL GRANDPARENTS ............. Terry and Sue Pemberton, 8 Bramble Way, Lydmarsh"),
        ("pl", "CATEGORY .......................... NEGLECT (BOTH CHILDREN)"),
        ("pl", "CONFERENCE ........................ ICPC 22/01/2026, Chair: Michael Aston (IRO)"),
        ("pl", "TEAM MANAGER ...................... Priya Chandran"),
        ("h2", "SECTION B - REASON FOR PLAN"),
        ("p", "On Saturday 29/11/2025 Kayden (9) found his mother asleep on the sofa and could not wake her. "
              "He rang his grandad, who called an ambulance. Stacey had taken cocaine and drunk most of a "
              "bottle of vodka after a night out; Lily-Mae had been in bed and Kayden had made her a jam "
              "sandwich for tea. Stacey told the strategy discussion that she uses cocaine 'most weekends' "
              "when the children are not with their dad, and that on the night of 29/11/2025 the "
              "babysitter had let her down. Home conditions on the visit of 01/12/2025 were poor: no food in "
              "the fridge, dirty bedding and damp in the children's bedroom. Kayden was late for school on 14 "
              "days and absent on 9 in the autumn term."),
        ("h2", "SECTION C - STRENGTHS"),
        ("bullets", [
            "Stacey rang Lydmarsh Drug and Alcohol Service herself on 03/12/2025 and has been to four "
            "sessions.",
            "Terry and Sue see the children most days and are warm and firm with them.",
            "Liam has the children every Sunday and has not missed one since September.",
            "Kayden knew to ring his grandad and did so calmly.",
        ]),
        ("h2", "SECTION D - CHILD'S VIEWS (WISHES AND FEELINGS)"),
        ("p", "KAYDEN (seen alone at school, 15/01/2026): \"I thought Mum was dead. I shook her and she didn't "
              "wake up.\" \"I don't like Saturdays because that's when Mum goes funny.\" \"I want Mum to be "
              "normal and I want to live at home but with Nan coming round.\" He scored his worry about home "
              "as 7 out of 10 (10 is the most worried)."),
        ("p", "LILY-MAE (seen at home, 15/01/2026): she showed the social worker her bed and said \"it smells "
              "wet\". She said Nanna makes \"pasta with cheese\" and that Kayden \"makes me sandwiches\". In "
              "school she is chatty and likes the home corner."),
        ("h2", "SECTION E - PLAN OUTCOMES"),
        ("pl", "OC-1 ........ Kayden and Lily-Mae are always cared for by an adult who is sober and has not taken drugs."),
        ("pl", "OC-2 ........ Kayden and Lily-Mae are fed, clean and warm, sleep in dry beds, and get to school every day on time."),
        ("pl", "OC-3 ........ Kayden no longer feels he has to look after his mum and his sister, and knows who to call if he is worried."),
        ("h2", "SECTION F - ACTIONS (14)"),
        _ct_form(1, 14,
                 "Visit Kayden and Lily-Mae at home, at least one visit in three at a weekend or unannounced, "
                 "and see Kayden on his own",
                 "Jade Watts, Social Worker",
                 "Lydmarsh Council Children's Services",
                 "-",
                 "Every 2 weeks until the review conference",
                 "Case notes on CareTrack within 48 hours, with Kayden's words and the state of the home",
                 "OC-1, OC-2"),
        _ct_form(2, 14,
                 "Go to key work sessions at Lydmarsh Drug and Alcohol Service and give a urine sample at "
                 "each one",
                 "Stacey Pemberton, Mother",
                 "-",
                 "-",
                 "Weekly from 26/01/2026",
                 "Attendance and urine results (all negative for cocaine) in the LDAS report to each core "
                 "group",
                 "OC-1"),
        _ct_form(3, 14,
                 "Key work with Stacey on her cocaine and alcohol use, and a written report on whether she "
                 "is making the changes Kayden and Lily-Mae need and how long further change would take",
                 "Ian Shaw, Recovery Worker",
                 "Lydmarsh Drug and Alcohol Service (LDAS)",
                 "Report 3 working days before each core group",
                 "Weekly",
                 "LDAS report uploaded to CareTrack before each core group, with test results",
                 "OC-1"),
        _ct_form(4, 14,
                 "Arrange a three-month hair strand test for Stacey for cocaine and alcohol markers",
                 "Jade Watts, Social Worker",
                 "Lydmarsh Council Children's Services",
                 "27/02/2026",
                 "-",
                 "Laboratory report on CareTrack and shared with Stacey and the core group",
                 "OC-1"),
        _ct_form(5, 14,
                 "Help Stacey with the school run and tea-times for Kayden and Lily-Mae",
                 "Terry and Sue Pemberton, Maternal Grandparents",
                 "-",
                 "-",
                 "Ongoing",
                 "School signing-in and collection log",
                 "OC-2"),
        _ct_form(6, 14,
                 "Have Kayden and Lily-Mae to stay at 8 Bramble Way on Saturday nights, bringing them home "
                 "after Sunday lunch",
                 "Terry and Sue Pemberton, Maternal Grandparents",
                 "-",
                 "-",
                 "Every Saturday night until the review conference",
                 "Sue texts the social worker each Sunday when the children are home; Kayden's account at "
                 "visits",
                 "OC-1"),
        _ct_form(7, 14,
                 "Have Kayden and Lily-Mae at his flat and bring them back to Stacey's at 5pm",
                 "Liam Cartwright, Father",
                 "-",
                 "-",
                 "Every Sunday, 10am to 5pm",
                 "Liam texts the social worker at handover; the children's accounts at visits",
                 "OC-1"),
        _ct_form(8, 14,
                 "Tell the social worker the same day about any sign that Stacey has used drugs or "
                 "alcohol while caring for the children, or any day they arrive hungry or unwashed",
                 "ALL AGENCIES",
                 "-",
                 "-",
                 "Same day",
                 "Contact recorded on CareTrack the same day",
                 "OC-1, OC-2"),
        _ct_form(9, 14,
                 "Check in with Kayden at the start of the day and log his attendance, lateness and anything "
                 "he says about home",
                 "Owen Fletcher, Designated Safeguarding Lead",
                 "Lydmarsh Park Primary School",
                 "-",
                 "Every school day",
                 "Attendance (target 95%) and CPOMS log e-mailed to the social worker each Friday",
                 "OC-2, OC-3"),
        _ct_form(10, 14,
                 "Sessions at home with Stacey on morning and bedtime routines, meals, and keeping the "
                 "kitchen and the children's bedroom clean",
                 "Kerry Dunn, Family Support Worker",
                 "Lydmarsh Early Help Service",
                 "-",
                 "Weekly, 8 sessions from 02/02/2026",
                 "Monitored at core group",
                 "OC-2"),
        _ct_form(11, 14,
                 "Support Stacey to ask Lydmarsh Homes to repair the boiler and treat the damp in the "
                 "children's bedroom",
                 "Jade Watts, Social Worker",
                 "Lydmarsh Council Children's Services",
                 "13/02/2026",
                 "-",
                 "N/A",
                 "OC-2"),
        _ct_form(12, 14,
                 "Register Kayden and Lily-Mae with a dentist and take them both for a check-up",
                 "Stacey Pemberton, Mother",
                 "-",
                 "-",
                 "-",
                 "Dental check-up letters seen by the social worker",
                 "OC-2"),
        _ct_form(13, 14,
                 "Four sessions of direct work with Kayden about the night he found his mum, ending with a "
                 "'who I call' card he keeps in his school bag",
                 "Jade Watts, Social Worker",
                 "Lydmarsh Council Children's Services",
                 "20/03/2026",
                 "Fortnightly from 29/01/2026",
                 "Kayden's work and card on CareTrack; Kayden can say who he would call and his worry score "
                 "is recorded at each session",
                 "OC-3"),
        _ct_form(14, 14,
                 "Reception health check for Lily-Mae (height, weight, hearing and vision) and a check of "
                 "her speech, with a referral to speech and language therapy if needed",
                 "Nina Ford, School Nurse",
                 "Lydmarsh 0-19 Service",
                 "06/03/2026",
                 "-",
                 "Health check record and any referral letter sent to the social worker",
                 "OC-2"),
        ("h2", "SECTION G - CONTINGENCY"),
        ("pl", "TRIGGER 1 ......... Stacey is under the influence of drugs or alcohol while caring for the children, or the children are left without an adult"),
        ("pl", "RESPONSE 1 ........ The children go to Terry and Sue Pemberton at 8 Bramble Way that day; the social worker (or EDT out of hours) sees them the same day; Stacey does not care for them alone until a clear test at LDAS"),
        ("pl", "TRIGGER 2 ......... Two urine tests positive for cocaine in any 8 weeks, or a hair strand result showing continued use"),
        ("pl", "RESPONSE 2 ........ The social worker asks Priya Chandran for a legal planning meeting within 5 working days"),
        ("pl", "TRIGGER 3 ......... Kayden misses 3 school days in any fortnight"),
        ("pl", "RESPONSE 3 ........ The social worker and the DSL visit the home together the same day"),
        ("h2", "SECTION H - CORE GROUP AND REVIEW"),
        ("pl", "CORE GROUP FREQUENCY .............. Every 4 weeks"),
        ("pl", "CORE GROUP DATES .................. 05/02/2026, 05/03/2026, 02/04/2026 (10am, Lydmarsh Family Centre)"),
        ("pl", "REVIEW CONFERENCE ................. 16/04/2026, 10am, Lydmarsh Town Hall"),
        ("h2", "SECTION J - DISTRIBUTION"),
        ("pl", "COPY TO ........................... Stacey Pemberton; Liam Cartwright; Ian Shaw (LDAS); Owen Fletcher (Lydmarsh Park Primary School); Nina Ford (School Nurse); Kerry Dunn (Early Help); Dr A. Quereshi (GP); Michael Aston (IRO)"),
        ("pl", "SENT .............................. 26/01/2026 by secure e-mail and by hand"),
        ("p", "*** END OF REPORT ***"),
    ],
    "findings": [
        F("T002", "Help Stacey with the school run and tea-times for Kayden"),
        F("T001", "Register Kayden and Lily-Mae with a dentist and take them"),
        F("W002", "Tell the social worker the same day about any sign"),
        F("M002", "Sessions at home with Stacey on morning and bedtime routines"),
        F("M001", "Support Stacey to ask Lydmarsh Homes to repair the boiler"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 3. DRAFT initial conference plan typed by the social worker for agreement
#    at the first core group: landscape, a nine-column table whose header is
#    typed as an ordinary row (so it is not repeated after the page break),
#    footnotes to Appendix A and B, version note, page header and footer.
#    Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b189_lindlestow_icpc_draft_landscape_nine_columns_rafferty.pdf",
    "doc_title": "DRAFT Child Protection Plan - Ollie and Freya Rafferty",
    "split": "heldout",
    "actions": 15,
    "landscape": True,
    "min_pages": 3,
    "header": "DRAFT v0.2 - for agreement at core group 1 · Lindlestow County Council · OFFICIAL-SENSITIVE",
    "footer": "Ollie Rafferty (DOB 14/05/2018) and Freya Rafferty (DOB 30/08/2022) · ICPC 13/01/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "icpc-plan-draft-word-printed-to-pdf-landscape-header-footer-draft-marking-numbered-sections-details-reasons-working-well-childrens-experience-outcomes-then-nine-column-table-no-outcome-what-will-be-done-lead-supported-by-start-review-by-how-often-what-we-will-see-rag-header-typed-as-plain-row-not-repeated-over-page-break-footnotes-appendix-a-key-appendix-b-scores-contingency-meetings-version-note",
    "description": (
        "Draft initial conference plan for a 7-year-old and a 3-year-old whose mother has depression and "
        "anxiety and whose father, who was violent to her in 2023, sees them only when his mother "
        "supervises; neglect. Typed by the social worker for agreement at the first core group and "
        "printed to PDF in landscape, with 'DRAFT v0.2' and OFFICIAL-SENSITIVE in the header and the "
        "children's names and dates of birth, the conference date and 'Page n of m' in the footer. The "
        "plan is a nine-column table (No., outcome, what will be done, lead, supported by, start, review "
        "by / how often, what we will see, RAG) whose header is typed as an ordinary row, so it is not "
        "repeated after the page break; footnotes point to Appendix A (abbreviations) and Appendix B "
        "(home conditions scores). The CMHT care coordinator reports on capacity to change and the "
        "grandmother's supervision has a fallback. Faults: the CMHT's CBT only treats the mother; the "
        "Home-Start referral has '-' for lead and supported by; the mother's parenting course is 'when "
        "Niamh feels ready'; the grandmother's supervised contact has an empty 'what we will see' cell; "
        "the family support worker's sessions are measured by 'Improvement in home conditions'; and "
        "nothing anywhere leads to legal planning if things do not change."
    ),
    "blocks": [
        ("title", "Child Protection Plan - DRAFT"),
        ("p", "Initial child protection conference, 13/01/2026, Lindlestow County Hall. Chair: Gillian Ferris "
              "(Child Protection Chair). Typed by Emma Barker (social worker) from the conference outline plan. "
              "This draft will be agreed, with any changes, at core group 1 on 27/01/2026."),
        ("h1", "1. Details"),
        ("kv", [
            ("Children", "Ollie Rafferty, born 14/05/2018 (7), Year 3, Harefield Primary School; Freya "
                         "Rafferty, born 30/08/2022 (3), Bluebell Pre-school"),
            ("Address", "5 Tansy Close, Lindlestow LN7 3EQ"),
            ("Mother", "Niamh Rafferty (28); depression and anxiety, open to Lindlestow Community Mental Health "
                       "Team (CMHT) since October 2025"),
            ("Father", "Sean Rafferty (31), lives with his mother, Maureen Rafferty, 19 Kiln Lane, Lindlestow"),
            ("Maternal aunt", "Ciara Doyle, 22 Oak Lane, Lindlestow"),
            ("Category", "Neglect (both children)"),
            ("Social worker", "Emma Barker, Family Safeguarding Team 2 (team manager: Rhys Lloyd)"),
        ]),
        ("h1", "2. Why Ollie and Freya need a plan"),
        ("p", "Since the summer Niamh's depression has been worse. She told the CMHT that some days she cannot "
              "get out of bed. Ollie (7) has been getting himself and Freya dressed and giving Freya cereal for "
              "breakfast and tea. Harefield Primary School reported that Ollie was late on 21 days in the "
              "autumn term and came in hungry and in the same clothes for several days. When Emma visited on "
              "09/12/2025 the kitchen had no food except cereal and bread, there was rubbish in bags in the "
              "hall, and the children's bedding was wet. Freya missed most of her pre-school sessions in "
              "December."),
        ("p", "Sean was arrested in 2023 after he strangled Niamh in front of Ollie; he received a suspended "
              "sentence and a restraining order that ended in July 2025. He has asked to see the children, and "
              "the conference agreed that he will see them only at his mother's home with his mother present."),
        ("h1", "3. What is working well"),
        ("bullets", [
            "Niamh asked her GP for help herself in October 2025 and has seen her CMHT care coordinator every "
            "fortnight since.",
            "Ollie and Freya are warm and loving with their mum, and Niamh reads to Freya at bedtime on good "
            "days.",
            "Ciara comes round most Sundays and has cooked meals for the week.",
            "Maureen has been clear with Emma that she will not leave Sean alone with the children.",
        ]),
        ("h1", "4. What life is like for Ollie and Freya"),
        ("p", "Ollie (seen alone at school, 08/01/2026): \"Mum is sad a lot. She stays in bed and I make Freya's "
              "breakfast. I'm good at it.\" \"Sometimes I don't go to school because Freya can't be on her own.\" "
              "\"I want Mum to be happy and I want chicken nuggets for tea.\" He put himself on the 'worried' "
              "face for home and the 'happy' face for school."),
        ("p", "Freya (3) was seen at home on 09/12/2025 and 06/01/2026. She followed Ollie everywhere and went "
              "to him, not to Niamh, when she wanted a drink. She said \"Mummy sleeping\" and pointed to the "
              "bedroom. Pre-school say that when she does come she eats her snack very quickly and asks for "
              "more."),
        ("h1", "5. What needs to be different for Ollie and Freya (outcomes)"),
        ("pi", "5.1 Ollie and Freya are cared for every day by an adult who is well enough to get them up, "
               "fed and to school and pre-school on time."),
        ("pi", "5.2 Ollie and Freya live in a clean, warm home with food in the cupboards and dry beds."),
        ("pi", "5.3 Ollie and Freya are safe from their dad's violence and see him only when Maureen is there."),
        ("pi", "5.4 Ollie no longer feels he has to look after his mum and his sister."),
        ("h1", "6. The plan"),
        ("p", "Abbreviations are explained in Appendix A.¹ RAG is left as 'New' until the first core group."),
        ("table", {
            "rows": [
                ["NO.", "OUTCOME", "WHAT WILL BE DONE", "LEAD", "SUPPORTED BY", "START",
                 "REVIEW BY / HOW OFTEN", "WHAT WE WILL SEE", "RAG"],
                ["1", "5.1, 5.2",
                 "Visit Ollie and Freya at home, one visit in three unannounced; see Ollie on his own and look "
                 "at the kitchen and the children's bedrooms",
                 "Emma Barker (SW)", "-", "14/01/2026", "Every two weeks until the review conference",
                 "Visit records within 2 working days with Ollie's words and the home conditions score "
                 "(Appendix B)²", "New"],
                ["2", "5.1",
                 "Six sessions of CBT with Niamh for her low mood and anxiety",
                 "Dr Karen Holt, psychological therapist, Lindlestow CMHT", "-", "02/02/2026",
                 "Weekly for 6 weeks",
                 "CMHT letter to the SW confirming attendance after session 6", "New"],
                ["3", "5.1",
                 "Review Niamh's medication and mood, and write to the core group on how her depression "
                 "affects her care of Ollie and Freya, whether she can make the changes they need and how "
                 "long that is likely to take",
                 "Joe Kinsella, care coordinator (CPN), Lindlestow CMHT", "Niamh's GP", "20/01/2026",
                 "Every 4 weeks; report before each core group",
                 "Written report on the SW's file before each core group", "New"],
                ["4", "5.1",
                 "Take her sertraline every morning and go to her GP medication review",
                 "Niamh Rafferty (Mum)", "-", "14/01/2026", "Daily; GP review by 27/02/2026",
                 "Prescriptions collected on time (GP record); dosette box seen at the SW's visits", "New"],
                ["5", "5.1",
                 "Referral to Home-Start Lindlestow for a volunteer to help Niamh with the morning school "
                 "and pre-school run",
                 "-", "-", "-", "By 30/01/2026",
                 "Volunteer's start date on the case file", "New"],
                ["6", "5.1, 5.2",
                 "Go to the Triple P parenting group at Lindlestow Family Hub",
                 "Niamh Rafferty (Mum)", "Lucy Ward (FSW)", "-", "When Niamh feels ready",
                 "Attendance register and certificate on file", "New"],
                ["7", "5.2",
                 "Sessions at home with Niamh on keeping the kitchen clean, the washing, and having food in "
                 "for the children's breakfast and tea",
                 "Lucy Ward (FSW), Lindlestow Family Hub", "-", "19/01/2026", "Weekly for 10 weeks",
                 "Improvement in home conditions", "New"],
                ["8", "5.3",
                 "Supervise Sean's contact with Ollie and Freya at her home, and make sure Sean is never "
                 "alone with the children",
                 "Maureen Rafferty (PGM)", "-", "17/01/2026", "Every Saturday, 10am to 1pm",
                 "", "New"],
                ["9", "5.3",
                 "Go to the Choices domestic abuse perpetrator programme",
                 "Sean Rafferty (Dad)", "Lindlestow Choices Programme", "05/02/2026", "Weekly for 16 weeks",
                 "Register shows 14 of 16 sessions; the programme's end report sent to the SW", "New"],
                ["10", "5.3",
                 "Check police systems for any incident involving Sean or 5 Tansy Close and tell the SW",
                 "DC Ruth Parry, Lindlestow Police PPU", "-", "-", "Before each core group",
                 "Written police update on file before each core group", "New"],
                ["11", "5.1, 5.4",
                 "Check in with Ollie each morning, and tell the SW the same day about anything he says about "
                 "home or any day he arrives hungry or in dirty clothes",
                 "Mrs Claire Dunmore (DSL), Harefield Primary School", "Class teacher", "14/01/2026",
                 "Every school day",
                 "Attendance and CPOMS summary e-mailed to the SW each Friday; attendance above 95%", "New"],
                ["12", "5.1",
                 "Take Freya to Bluebell Pre-school for her 15 funded hours (Monday to Wednesday mornings)",
                 "Niamh Rafferty (Mum)", "Home-Start volunteer", "19/01/2026", "Monday to Wednesday each week",
                 "Pre-school register e-mailed to the SW each Friday (target 90%)", "New"],
                ["13", "5.1, 5.2",
                 "Development review for Freya (ASQ-3), and check her weight, height and teeth",
                 "Sadia Noor (HV), Lindlestow 0-19 Service", "-", "-", "By 27/02/2026",
                 "ASQ-3 scores and growth chart; HV letter to the SW", "New"],
                ["14", "5.4",
                 "Four sessions of direct work with Ollie about Mum's low mood, using the 'When Mum Has Blue "
                 "Days' book",
                 "Emma Barker (SW)", "-", "21/01/2026", "Fortnightly until 04/03/2026",
                 "Ollie's book on file; Ollie can say who he talks to when Mum is sad", "New"],
                ["15", "5.4",
                 "Referral to Lindlestow Young Carers for an assessment of the help Ollie gives at home",
                 "Emma Barker (SW)", "-", "-", "Referral by 06/02/2026",
                 "Young Carers assessment shared with the core group by 13/03/2026", "New"],
            ],
            "widths": [1.2, 2.4, 5.1, 3.1, 2.7, 2.3, 3.0, 4.6, 1.3],
        }),
        ("p", "¹ See Appendix A: key to abbreviations.  ² See Appendix B: home conditions checklist scores so "
              "far (0 = very poor, 5 = good)."),
        ("h1", "7. Contingency plan"),
        ("pi", "7.1 If Niamh is too unwell to get up and care for the children, or says she has thoughts of "
               "harming herself: Ciara Doyle (22 Oak Lane) comes to care for Ollie and Freya that day; Emma, or "
               "the Emergency Duty Team out of hours, visits the same day; and Joe Kinsella asks the CMHT crisis "
               "team to see Niamh within 24 hours. If Ciara cannot come, Emma arranges an emergency foster "
               "placement for the children that day."),
        ("pi", "7.2 If Sean comes to 5 Tansy Close, or is found alone with the children: Niamh or Maureen rings "
               "999, and Emma holds a strategy discussion with the police the same day. Saturday contact stops "
               "until then."),
        ("pi", "7.3 If Maureen cannot supervise on a Saturday, contact does not go ahead that week, and Emma "
               "arranges supervised contact at Lindlestow Family Centre within 7 days."),
        ("pi", "7.4 If the children are found without food, or Ollie misses 3 school days in a fortnight, Emma "
               "and Lucy Ward visit together the same day, and the core group meets within 5 working days to "
               "agree more help at home."),
        ("h1", "8. Core group and review"),
        ("pi", "8.1 Core group 1 on 27/01/2026, then every 4 weeks: 24/02/2026 and 24/03/2026 (2pm, Lindlestow "
               "Family Hub)."),
        ("pi", "8.2 Review child protection conference: 07/04/2026, 10am, Lindlestow County Hall."),
        ("h1", "9. Version note"),
        ("p", "v0.1 typed 14/01/2026 by Emma Barker. v0.2 15/01/2026: start dates added and rows 13 to 15 added "
              "after the conference notes were checked with the chair. Final version to be issued after core "
              "group 1."),
        ("h1", "Appendix A: Key to abbreviations"),
        ("table", {
            "header": ["Abbreviation", "Meaning"],
            "widths": [4.0, 21.7],
            "rows": [
                ["SW", "Social worker (Emma Barker)"],
                ["CMHT", "Lindlestow Community Mental Health Team (adult mental health)"],
                ["CPN", "Community psychiatric nurse"],
                ["FSW", "Family support worker (Lucy Ward, Lindlestow Family Hub)"],
                ["HV", "Health visitor (Sadia Noor)"],
                ["DSL", "Designated safeguarding lead"],
                ["PGM", "Paternal grandmother (Maureen Rafferty)"],
                ["PPU", "Police Public Protection Unit"],
                ["RAG", "Red / Amber / Green progress rating, given at each core group"],
            ],
        }),
        ("h1", "Appendix B: Home conditions checklist scores"),
        ("table", {
            "header": ["Date", "Kitchen", "Bedrooms", "Food in", "Scored by"],
            "widths": [4.0, 3.5, 3.5, 3.5, 11.2],
            "rows": [
                ["09/12/2025", "1", "1", "1", "Emma Barker (SW)"],
                ["06/01/2026", "2", "1", "2", "Emma Barker (SW) and Lucy Ward (FSW)"],
            ],
        }),
    ],
    "findings": [
        F("H001", "Six sessions of CBT with Niamh for her low mood"),
        F("W001", "Referral to Home-Start Lindlestow for a volunteer to help"),
        F("T002", "Go to the Triple P parenting group at Lindlestow"),
        F("M001", "Supervise Sean's contact with Ollie and Freya at her home"),
        F("M002", "Sessions at home with Niamh on keeping the kitchen clean"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Initial conference plan for a baby on the neonatal unit, accommodated
#    under section 20, whose parents are moving to another authority: a
#    "COPY" stamped print with numbered sections (4.2 The plan), "see
#    Appendix B", an attendance appendix and the ward's visiting record,
#    page header and footer. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b189_lessendine_icpc_neonatal_copy_stamped_transfer_kowalczyk.pdf",
    "doc_title": "Child Protection Plan - Baby Zofia Kowalczyk",
    "split": "heldout",
    "actions": 14,
    "min_pages": 3,
    "header": "COPY · Lessendine City Council · Children's Services · OFFICIAL-SENSITIVE",
    "footer": "Zofia Kowalczyk (DOB 28/12/2025) · Case 77-20391 · Printed 16/01/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "icpc-plan-lac-baby-on-neonatal-unit-copy-stamped-print-header-footer-numbered-sections-conference-details-family-and-legal-status-3-1-worries-3-2-going-well-see-appendix-b-3-3-zofias-days-4-1-outcomes-4-2-no-action-responsible-timescale-outcome-measure-table-header-repeated-4-3-contingency-5-transfer-6-meetings-7-distribution-appendix-a-attendance-appendix-b-ward-visiting-record",
    "description": (
        "Initial conference plan for a baby born at 34 weeks after her mother drank through the "
        "pregnancy, accommodated under section 20 and still on the neonatal unit, due to go to foster "
        "carers; her parents are moving to their family in another authority. A print stamped 'COPY' in "
        "the header, with the baby's name and date of birth, the case number, the print date and 'Page "
        "n of m' in the footer; numbered sections (3.1 to 3.3, 4.1 The outcomes, 4.2 The plan, 4.3 "
        "Contingency), a 'see Appendix B' note, an attendance appendix and the ward's record of the "
        "parents' visits. The alcohol and drug service owns actions and legal planning follows named "
        "triggers. Faults: no one is set to visit the baby on the unit at a stated frequency (the social "
        "worker only rings the ward); the parents' visits are 'as often as they can'; the parenting "
        "assessment is handed on to the receiving authority after the move; 'All agencies' pass on "
        "worries; the alcohol service's key work is measured by 'engagement with the service'; and the "
        "transfer-in conference has no date and no review conference is set."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Lessendine City Council · Children's Services · Assessment and Intervention Team 3"),
        ("h1", "1. Conference details"),
        ("kv", [
            ("Conference", "Initial child protection conference, 15/01/2026, 10am, Lessendine Royal Infirmary "
                           "(Education Centre, Room 2)"),
            ("Chair", "Sarah Whitlock, Child Protection Conference Chair"),
            ("Decision", "Zofia to be subject to a child protection plan under the category of neglect"),
            ("Attendance", "See Appendix A"),
        ]),
        ("h1", "2. Zofia and her family"),
        ("kv", [
            ("Child", "Zofia Kowalczyk, born 28/12/2025 at 34+2 weeks, Lessendine Royal Infirmary"),
            ("Where Zofia is", "Skylark Neonatal Unit, Lessendine Royal Infirmary (special care, cot 4)"),
            ("Legal status", "Accommodated under section 20 Children Act 1989 since 06/01/2026, with both "
                             "parents' agreement"),
            ("Plan on discharge", "To foster carers Jan and Martin Ellery, 11 Quarry Bank, Lessendine "
                                  "(supervising social worker: Kate Moss)"),
            ("Mother", "Agnieszka Kowalczyk (22), 30B Tenter Street, Lessendine"),
            ("Father", "Daniel Hughes (25), lives with Agnieszka"),
            ("Paternal grandmother", "Linda Hughes, 4 Pike Lane, Hartsmere (Hartsmere County Council area)"),
            ("Social worker", "Hayley Frost (team manager: Graham Oakes)"),
        ]),
        ("h1", "3. Why Zofia needs a plan"),
        ("h2", "3.1 What we are worried about"),
        ("p", "Agnieszka drank heavily through her pregnancy, often a bottle of wine or more a day, and did "
              "not book with a midwife until 29 weeks. Zofia was born early and small (1.98kg) and is being "
              "watched for the effects of alcohol on her growth and development. Daniel smokes cannabis every "
              "day. On 03/01/2026 Agnieszka came to the unit smelling strongly of alcohol, tried to pick "
              "Zofia up while she was on her feeding tube and was asked to leave; Daniel was asleep in the "
              "parents' room. The parents' visits have become less frequent since then (see Appendix B). They "
              "have told Hayley they will move in with Daniel's mother in Hartsmere on 01/02/2026."),
        ("h2", "3.2 What is going well"),
        ("bullets", [
            "Agnieszka and Daniel agreed to Zofia being accommodated so that she can go to foster carers when "
            "she is well enough.",
            "Agnieszka has been to three sessions at Lessendine Alcohol and Drug Service since 05/01/2026.",
            "When sober, Agnieszka does Zofia's nappy and tube feed gently and talks to her in Polish.",
            "Jan and Martin Ellery have cared for eight babies and have met Agnieszka and Daniel.",
        ]),
        ("h2", "3.3 Zofia's days on the unit"),
        ("p", "Zofia is 2 weeks old (36 weeks corrected). The nurses say she is tube-fed three-hourly and has "
              "started to take small bottle feeds; she tires quickly and needs to be woken for feeds. She "
              "weighs 2.14kg. She startles easily at noise and settles best when she is held skin to skin or "
              "swaddled and rocked. On the days her parents have not come, the nurses have held and fed her, "
              "and Nurse Amy Clarke says she 'calms as soon as she is picked up'. She is due to leave the unit "
              "when she takes all her feeds by bottle and keeps gaining weight, expected in early February."),
        ("h1", "4. The plan"),
        ("h2", "4.1 What we want for Zofia"),
        ("bullets", [
            "Zofia feeds well, gains weight and leaves hospital to a safe, settled home with carers who "
            "know her routine.",
            "Zofia is only ever cared for by adults who are sober and have not used cannabis.",
            "Zofia gets to know her mum and dad through regular, safe contact, and her needs from being "
            "exposed to alcohol before birth are understood and met.",
        ]),
        ("h2", "4.2 The plan"),
        ("table", {
            "header": ["No.", "Action", "Responsible", "Timescale", "Outcome measure"],
            "widths": [1.1, 6.0, 3.4, 3.0, 3.5],
            "rows": [
                ["1",
                 "Ring the Skylark Unit for an update on Zofia's feeding and weight and on her parents' visits, "
                 "and record it",
                 "Hayley Frost, social worker",
                 "Weekly (Mondays) until discharge",
                 "Case note of each call on the file"],
                ["2",
                 "Visit Zofia on the unit and do her cares and feeds with the nurses",
                 "Agnieszka and Daniel (parents)",
                 "As often as they can",
                 "Visits and cares written on the unit's parent visiting log (Appendix B)"],
                ["3",
                 "Hold a discharge planning meeting with the parents, the foster carers and the social "
                 "worker, and agree the day Zofia moves to the Ellerys'",
                 "Sister Joanne Price, Skylark Neonatal Unit",
                 "At least 48 hours before discharge",
                 "Discharge plan copied to the social worker, the HV and the GP"],
                ["4",
                 "Have Zofia's cot, car seat and feeding equipment ready, and go through her care plan with "
                 "the supervising social worker",
                 "Jan and Martin Ellery, foster carers",
                 "Before discharge",
                 "Supervising social worker's home check record on file"],
                ["5",
                 "PAMS parenting assessment of Agnieszka and Daniel, to be carried out by the receiving "
                 "authority after the family moves",
                 "Hartsmere County Council Children's Services",
                 "Within 6 weeks of the transfer-in conference",
                 "PAMS report shared with the core group"],
                ["6",
                 "Tell the social worker the same day about any worry about the parents on the unit, "
                 "including smelling of alcohol or cannabis",
                 "All agencies",
                 "Same day",
                 "Worry logged on the case file"],
                ["7",
                 "Key work with Agnieszka on her drinking and on what it means for Zofia",
                 "Ben Okoro, recovery worker, Lessendine Alcohol and Drug Service",
                 "Weekly from 19/01/2026",
                 "Engagement with the service"],
                ["8",
                 "Go to an assessment at Lessendine Alcohol and Drug Service about his cannabis use and give "
                 "a urine sample",
                 "Daniel Hughes (father)",
                 "By 30/01/2026",
                 "Assessment outcome and urine result sent to the social worker by the service"],
                ["9",
                 "See Agnieszka for her 6-week postnatal check, ask about her drinking and mood, and write to "
                 "the social worker",
                 "Dr Sunil Rao, GP, Brookfield Medical Centre",
                 "By 13/02/2026",
                 "GP letter on file"],
                ["10",
                 "New birth visit to Zofia at the foster carers' home; weigh her and check her feeding",
                 "Grace Lim, health visitor, Lessendine 0-19 Service",
                 "Within 10 days of discharge, then every 2 weeks until she is 12 weeks old",
                 "Weights plotted in the red book; HV record sent to the social worker"],
                ["11",
                 "Supervise contact between Zofia and her parents at Lessendine Family Centre once she is "
                 "home from hospital",
                 "Rosie Tan, contact supervisor, Lessendine Family Centre",
                 "Three times a week from the week after discharge",
                 "Contact record sent to the social worker within 2 days of each session"],
                ["12",
                 "Initial health assessment for Zofia as a looked-after child, including the effects of "
                 "alcohol before birth",
                 "Dr Fiona Grant, paediatrician for looked-after children",
                 "Within 20 working days of discharge",
                 "Health assessment report and health plan on file"],
                ["13",
                 "First looked-after child review for Zofia",
                 "Carol Benn, Independent Reviewing Officer",
                 "By 03/02/2026",
                 "Review record and decisions on file"],
                ["14",
                 "Send the case records and this plan to Hartsmere Children's Services and ask them for a "
                 "transfer-in conference",
                 "Hayley Frost, social worker",
                 "By 06/02/2026",
                 "Hartsmere's written acknowledgement on file"],
            ],
        }),
        ("h2", "4.3 Contingency"),
        ("bullets", [
            "If either parent comes to the unit under the influence of alcohol or cannabis, the nurse in "
            "charge asks them to leave and rings Hayley (or the Emergency Duty Team out of hours) the same "
            "day, and their next visits are supervised by a nurse.",
            "If Agnieszka or Daniel withdraw their agreement to section 20, or try to take Zofia from the "
            "unit, the unit rings the police and Hayley seeks legal advice the same day on an emergency "
            "protection order.",
            "If the Ellerys cannot take Zofia on the day of discharge, Zofia stays on the unit until Kate Moss "
            "finds other approved foster carers.",
            "If Agnieszka's breath tests are still positive on 27/02/2026, or the parents miss half of the "
            "contact sessions in any fortnight, Hayley asks Graham Oakes for a legal planning meeting within "
            "5 working days.",
        ]),
        ("h1", "5. Transfer to Hartsmere"),
        ("p", "The parents intend to move to 4 Pike Lane, Hartsmere, on 01/02/2026. Zofia will stay with the "
              "Ellerys in Lessendine and remains looked after by Lessendine City Council. Lessendine keeps the "
              "child protection plan until Hartsmere holds its transfer-in conference."),
        ("h1", "6. Core group and review"),
        ("bullets", [
            "Core group: 29/01/2026 at 2pm on the Skylark Unit, then every 4 weeks (26/02/2026 and "
            "26/03/2026), at the Family Centre after discharge.",
            "Transfer-in conference (Hartsmere County Council): date to be confirmed.",
        ]),
        ("h1", "7. Distribution"),
        ("p", "Agnieszka Kowalczyk and Daniel Hughes (by hand, with a Polish translation for Agnieszka); "
              "Sister Joanne Price; Ben Okoro; Dr Sunil Rao; Grace Lim; Kate Moss; Carol Benn; Hartsmere "
              "County Council Children's Services (Transfers Team)."),
        ("h1", "Appendix A: Attendance at conference"),
        ("table", {
            "header": ["Name", "Role", "Attended"],
            "widths": [5.0, 8.5, 3.5],
            "rows": [
                ["Sarah Whitlock", "Conference chair", "Yes"],
                ["Agnieszka Kowalczyk", "Mother (with interpreter, Marta Zielinska)", "Yes"],
                ["Daniel Hughes", "Father", "Yes"],
                ["Hayley Frost", "Social worker", "Yes"],
                ["Sister Joanne Price", "Skylark Neonatal Unit", "Yes"],
                ["Ben Okoro", "Lessendine Alcohol and Drug Service", "Yes"],
                ["Grace Lim", "Health visitor", "Report sent"],
                ["Dr Sunil Rao", "GP", "Apologies"],
            ],
        }),
        ("h1", "Appendix B: Parents' visits to Zofia (from the Skylark Unit's parent log)"),
        ("table", {
            "header": ["Week", "Visits", "Notes from the unit"],
            "widths": [3.5, 2.5, 11.0],
            "rows": [
                ["28/12/2025 to 03/01/2026", "6", "Both parents most days; 03/01/2026 mother smelt of alcohol "
                                                  "and was asked to leave"],
                ["04/01/2026 to 10/01/2026", "3", "Mother twice, both parents once; short visits"],
                ["11/01/2026 to 14/01/2026", "1", "Both parents, 20 minutes"],
            ],
        }),
    ],
    "findings": [
        F("T002", "Visit Zofia on the unit and do her cares and feeds"),
        F("X001", "PAMS parenting assessment of Agnieszka and Daniel, to be"),
        F("W002", "Tell the social worker the same day about any worry"),
        F("M002", "Key work with Agnieszka on her drinking and on what"),
        F("L001"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Core group plan as a Word document with page header and footer: a
#    version history table, numbered sections, a No. / Action / Lead /
#    Timescale / Evidence table, a distribution list and signature boxes.
#    Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b189_lunderby_core_group_version_table_distribution_mensah.docx",
    "doc_title": "Core Group Child Protection Plan - Kofi and Ama Mensah",
    "split": "heldout",
    "actions": 12,
    "header": "OFFICIAL-SENSITIVE · Lunderby Metropolitan Borough Council · Core Group Plan",
    "footer": "Kofi and Ama Mensah · Core group plan v1.2 (20/01/2026) · Page {PAGE} of {NUMPAGES}",
    "template": "core-group-plan-docx-page-header-footer-document-control-version-history-table-first-then-numbered-sections-purpose-children-and-family-table-why-going-well-what-kofi-and-ama-say-working-towards-then-no-action-lead-timescale-evidence-table-then-if-things-go-wrong-meetings-distribution-list-table-signature-boxes",
    "description": (
        "Exemplary core group plan, revised at the second core group, for a 13-year-old and a "
        "10-year-old whose mother has bipolar disorder and, when she became unwell in November, left the "
        "younger child alone overnight. A Word document with a page header (OFFICIAL-SENSITIVE, the "
        "council) and footer (the children's names, the plan version and 'Page n of m'), opening with a "
        "version history table; then numbered sections and a No. / Action / Lead / Timescale / Evidence "
        "table; a distribution list and signature boxes close it. The CMHT care coordinator reports on "
        "the mother's capacity to change and how long it will take, the GP owns the blood tests, the "
        "aunt's help has a fallback, legal planning follows named triggers, core group and review dates "
        "are set, and both children's words are recorded."
    ),
    "blocks": [
        ("title", "Core Group Child Protection Plan"),
        ("boldp", "Document control"),
        ("table", {
            "header": ["Version", "Date", "Author", "Change"],
            "widths": [1.8, 2.6, 3.6, 9.0],
            "rows": [
                ["1.0", "04/12/2025", "Olu Adeyemi (SW)", "Outline plan from the initial child protection conference"],
                ["1.1", "16/12/2025", "Olu Adeyemi (SW)", "Detailed plan agreed at core group 1"],
                ["1.2", "20/01/2026", "Olu Adeyemi (SW)", "Revised at core group 2: actions 5, 7 and 12 added, "
                                                             "dates brought up to date"],
            ],
        }),
        ("h1", "1. Purpose of this plan"),
        ("p", "This is the child protection plan for Kofi and Ama as revised by the core group on 20/01/2026. It "
              "says what everyone will do to keep Kofi and Ama safe and well while their mum is recovering, and "
              "how we will know it is working. It replaces version 1.1."),
        ("h1", "2. Children and family"),
        ("table", {
            "rows": [
                ["Kofi Mensah", "Born 09/06/2012 (13), Year 8, Lunderby High School"],
                ["Ama Mensah", "Born 27/03/2015 (10), Year 6, Castlegate Primary School"],
                ["Mother", "Efua Mensah (38), bipolar affective disorder; care coordinated by Lunderby Community "
                           "Mental Health Team (CMHT)"],
                ["Father", "Yaw Mensah (41), lives in London; phone contact and holiday stays"],
                ["Maternal aunt", "Adwoa Asante, 2 Elder Court, Lunderby (five minutes' walk)"],
                ["Address", "16 Sorrel Street, Lunderby LU3 9HN"],
                ["Category", "Neglect (both children), from the initial conference on 04/12/2025"],
                ["Social worker", "Olu Adeyemi, Children and Families Team North (team manager: Kath Bryant)"],
            ],
            "widths": [4.0, 13.0],
            "bold_first_col": True,
        }),
        ("h1", "3. Why there is a plan"),
        ("p", "In November 2025 Efua stopped taking her lithium and became unwell. Over two weeks she slept very "
              "little, spent her rent money and went out at night. On 21/11/2025 she went to a friend's house in "
              "another town and did not come back until the next afternoon; Ama (10) was alone in the house "
              "overnight because Kofi was on a school trip. Ama rang her aunt in the morning. Efua was admitted "
              "to Hollins Ward as an informal patient for 10 days and came home on 02/12/2025. Kofi has been "
              "doing the shopping and cooking for months, and his attendance and homework have suffered."),
        ("h1", "4. What is going well"),
        ("bullets", [
            "Efua has taken her lithium every day since she came home, and her blood levels in December were "
            "in range.",
            "Efua has seen Sarah Bell every week and has been open about how she felt before she became unwell.",
            "Adwoa has stayed over twice when Efua was struggling to sleep, and the children love her.",
            "Ama rang Adwoa when she was frightened; she knows her number by heart.",
        ]),
        ("h1", "5. What Kofi and Ama say"),
        ("p", "Kofi (seen alone on 14/01/2026): \"I don't mind cooking. I just don't want Ama on her own again.\" "
              "\"When Mum talks really fast I know something's wrong but I didn't know who to tell.\" He would "
              "like \"to go to football on Saturdays again\"."),
        ("p", "Ama (seen alone at school on 15/01/2026): \"I was scared of the dark and I put all the lights on.\" "
              "\"I like it when Auntie Adwoa sleeps over because she does my hair.\" On her scale of how safe she "
              "feels at home she put 6 out of 10; in December she put 3."),
        ("h1", "6. What we are working towards"),
        ("numbers", [
            "Kofi and Ama are never left alone overnight, and there is always a well adult to care for them.",
            "Kofi and Ama know the signs that Mum is becoming unwell and exactly who to tell.",
            "Kofi goes to school every day and to football on Saturdays, and no longer does the family's "
            "shopping and cooking on his own.",
            "Ama feels safe at home and scores her safety at 8 out of 10 or more.",
        ]),
        ("h1", "7. Actions agreed at core group 2 (20/01/2026)"),
        ("table", {
            "header": ["No.", "Action", "Lead", "Timescale", "Evidence"],
            "widths": [1.0, 6.4, 3.4, 2.9, 3.3],
            "rows": [
                ["1",
                 "Visit Kofi and Ama at home and see each of them on their own; at least one visit in three "
                 "after school without notice",
                 "Olu Adeyemi, social worker",
                 "Every two weeks until the review conference on 03/03/2026",
                 "Visit records on the case file within 2 working days, with each child's words"],
                ["2",
                 "Visit Efua at home, check her mood, sleep and lithium, and write a report for each core "
                 "group and the review conference on whether Efua is making the changes Kofi and Ama need, "
                 "and how long any further change is likely to take",
                 "Sarah Bell, care coordinator (CPN), Lunderby CMHT",
                 "Weekly; report 3 working days before each meeting",
                 "Written report on the social worker's file before each meeting"],
                ["3",
                 "Take her lithium every evening and fill in her mood and sleep diary",
                 "Efua Mensah (Mum)",
                 "Every day",
                 "Diary and dosette box seen by Sarah Bell each week; lithium level in range at each blood test"],
                ["4",
                 "Take Efua's lithium level and her kidney and thyroid tests, and send the results to the CMHT "
                 "and the social worker",
                 "Dr Priya Shah, GP, Castlegate Medical Practice",
                 "Next test by 13/02/2026, then every 3 months",
                 "Results on the GP record, e-mailed to the social worker within a week"],
                ["5",
                 "Update Efua's relapse and crisis plan with Efua, Kofi and Adwoa, saying who looks after Kofi "
                 "and Ama at each stage, and give each core group member a copy",
                 "Olu Adeyemi (SW), with Sarah Bell (CPN)",
                 "By core group 3 on 17/02/2026",
                 "Signed crisis plan on the CMHT and children's services records; copies sent to the core group"],
                ["6",
                 "Stay at 16 Sorrel Street on any night after Efua has slept less than 5 hours two nights "
                 "running, and let the social worker know",
                 "Adwoa Asante (maternal aunt)",
                 "The same evening, every time Efua has two short nights",
                 "Adwoa texts Olu the same evening; each stay noted on the case file"],
                ["7",
                 "Young carers sessions for Kofi, including the young carers' group after school",
                 "Mia Carter, young carers worker, Lunderby Young Carers",
                 "Every Wednesday, 4pm to 5.30pm, from 21/01/2026",
                 "Attendance record; Kofi's young carer plan sent to Olu by 17/02/2026"],
                ["8",
                 "Meet Kofi to ask how things are at home and with his homework, and tell the social worker "
                 "the same day of any worry",
                 "Mr Daniel Reid, head of Year 8 and DSL, Lunderby High School",
                 "Every Monday",
                 "Notes on CPOMS; Kofi's attendance (now 91%, target 96%) e-mailed to Olu every two weeks"],
                ["9",
                 "Check in with Ama at the start of the day, and run her worry box session with the learning "
                 "mentor",
                 "Mrs Helen Kirby, DSL, Castlegate Primary School",
                 "Every school day; worry box every Friday",
                 "CPOMS notes and Ama's weekly worry score sent to Olu each Friday"],
                ["10",
                 "Direct work with Kofi and with Ama, separately, about Mum's illness, using 'Mum's Mood Map', "
                 "so each knows the warning signs and who to call",
                 "Olu Adeyemi, social worker",
                 "Three sessions each, fortnightly, 22/01/2026 to 26/02/2026",
                 "Each child can name Mum's warning signs and two people to call; their maps on file"],
                ["11",
                 "Ring Kofi and Ama every Sunday evening, and have them to stay in London for the February half "
                 "term",
                 "Yaw Mensah (Dad)",
                 "Every Sunday; stay 16/02/2026 to 20/02/2026",
                 "Yaw confirms the travel dates to Olu by 06/02/2026; the children's accounts at visits"],
                ["12",
                 "Sessions with Efua on a weekly meal plan, shopping list and budget, so that Kofi no longer "
                 "does the shopping on his own",
                 "Jo Fenwick, family support worker, Lunderby Family Hub",
                 "Weekly, 26/01/2026 to 16/03/2026",
                 "Meal plan on the fridge and food in the cupboards at each of Olu's visits; Kofi tells Olu "
                 "who did the shopping"],
            ],
        }),
        ("h1", "8. If things go wrong"),
        ("bullets", [
            "If Efua shows two or more of the warning signs in her crisis plan (less than 5 hours' sleep two "
            "nights running, talking very fast, spending money she does not have, missing lithium): Adwoa "
            "moves in the same day; Sarah Bell or the CMHT crisis team assesses Efua within 24 hours; and "
            "Efua does not care for Kofi and Ama on her own until the CMHT says she is well enough.",
            "If Adwoa cannot be there (she is ill or away), Olu, or the Emergency Duty Team out of hours, "
            "arranges an emergency foster placement for Kofi and Ama together that day.",
            "If either child is left alone overnight again, or Efua stops her lithium against advice, Olu "
            "holds a strategy discussion the same day and asks Kath Bryant for a legal planning meeting "
            "within 5 working days.",
            "If Sarah Bell's report to the review conference says Efua is unlikely to stay well enough to "
            "care for the children within six months, Olu will ask for a legal planning meeting before the "
            "end of March 2026.",
        ]),
        ("h1", "9. Meetings"),
        ("bullets", [
            "Core group every four weeks, 10am at Lunderby Family Hub: core group 3 on 17/02/2026, then "
            "17/03/2026 if the plan continues.",
            "Review child protection conference: 03/03/2026 at 2pm, Lunderby Town Hall.",
        ]),
        ("h1", "10. Distribution list"),
        ("table", {
            "header": ["Name", "Role / agency", "Copy"],
            "widths": [4.5, 8.5, 4.0],
            "rows": [
                ["Efua Mensah", "Mother", "Paper, by hand"],
                ["Yaw Mensah", "Father", "Secure e-mail"],
                ["Sarah Bell", "Care coordinator, Lunderby CMHT", "Secure e-mail"],
                ["Dr Priya Shah", "GP, Castlegate Medical Practice", "Secure e-mail"],
                ["Mr Daniel Reid", "DSL, Lunderby High School", "Secure e-mail"],
                ["Mrs Helen Kirby", "DSL, Castlegate Primary School", "Secure e-mail"],
                ["Mia Carter", "Lunderby Young Carers", "Secure e-mail"],
                ["Jo Fenwick", "Lunderby Family Hub", "Secure e-mail"],
                ["Conference chair", "Safeguarding Unit", "Case record"],
            ],
        }),
        ("h1", "11. Agreement"),
        ("table", {
            "header": ["Name", "Signature", "Date"],
            "widths": [6.0, 7.0, 4.0],
            "rows": [
                ["Efua Mensah (Mum)", "", ""],
                ["Adwoa Asante (aunt)", "", ""],
                ["Olu Adeyemi (social worker)", "", ""],
            ],
        }),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Review conference plan as a PDF converted to markdown, its page
#    headers, footers and "Page n of 4" lines left in, the action table's
#    header repeated after a page line. Faulty (md)
# ---------------------------------------------------------------------------
_LULL_HEAD = "**OFFICIAL-SENSITIVE** · Lullingmere Borough Council · Children's Services · Child Protection Plan"
_LULL_FOOT = "*Ruby Doherty · DOB 02/05/2017 · Case LBC/CS/58812 · Printed 02/03/2026 · Page {n} of 4*"
_LULL_TABLE_HEAD = ("| No. | What needs to happen | Who | By when | How we will know |\n"
                    "|---|---|---|---|---|")

PLANS.append({
    "name": "b189_lullingmere_rcpc_pdf_to_md_page_lines_doherty.md",
    "split": "heldout",
    "actions": 13,
    "template": "rcpc-plan-pdf-converted-to-markdown-conversion-comment-page-header-and-footer-lines-on-each-page-page-n-of-4-horizontal-rules-numbered-sections-details-table-then-no-what-needs-to-happen-who-by-when-how-we-will-know-table-split-over-page-line-header-repeated-continued-then-contingency-meetings-distribution",
    "description": (
        "Review conference plan for an 8-year-old living with her father, who drinks heavily; her "
        "grandparents give her teas and Friday nights. The plan is a PDF converted to markdown, with "
        "the page header (OFFICIAL-SENSITIVE, the council) and footer (the child's name and date of "
        "birth, case number, print date, 'Page n of 4') left in as lines between horizontal rules, and "
        "the action table's header repeated after a page line under '(continued)'. Most rows are "
        "sound and legal planning follows named triggers. Faults: the grandmother's teas are 'As and "
        "when'; 'Family' make sure Ruby is never alone with her father when he has been drinking; the "
        "school's check-ins are 'Monitored'; the father's AA meetings have '-' for how we will know; "
        "the father's drinking is recorded but no adult service owns any action; and the contingency "
        "sends Ruby to her grandparents with nothing said if they cannot have her."
    ),
    "text": f"""<!-- Converted from PDF: CP_Plan_RCPC_Doherty_R_20260224.pdf (4 pages). Page headers and footers kept. -->

{_LULL_HEAD}

# Child Protection Plan: Review Child Protection Conference

| | |
|---|---|
| **Child** | Ruby Doherty, born 02/05/2017 (8), Year 4, St Bede's RC Primary School |
| **Address** | 48 Ferris Street, Lullingmere LL6 2DN |
| **Lives with** | Martin Doherty (44), her dad |
| **Mum** | Claire Doherty (39), lives in Malaga, Spain; video calls |
| **Grandparents** | Pat and Eileen Doherty (Dad's parents), 3 Rookery Lane, Lullingmere |
| **Category** | Neglect (first review; plan started 25/11/2025) |
| **Social worker** | Becky Lowe, Safeguarding Team 1 (team manager: Anna Price) |
| **Conference** | 24/02/2026, chaired by Rob Tennant (IRO) |

## 1. Why Ruby is on a plan

Martin has drunk heavily since Claire left in 2023. In November 2025 a neighbour found Ruby, then 8,
sitting on the front step at 9pm in her school uniform because she could not wake her dad. Martin
had drunk most of a litre of vodka. The police took Ruby to her grandparents. Since then Ruby has
come to school hungry on several Mondays, and twice in January her dad smelt of alcohol at the
school gate at 3.15pm. Martin says he has cut down to "a few cans at the weekend" and goes to AA.
He has said he does not want a referral to Lullingmere Alcohol Service.

## 2. What is going well

- Ruby's attendance has gone up from 88% to 94% since the initial conference.
- Martin has let Becky in at every visit and talks openly about his drinking.
- Pat and Eileen see Ruby most days and she is very close to them.
- Ruby has had video calls with her mum every Sunday since Christmas.

## 3. What Ruby says

Ruby talked to Becky at school on 17/02/2026. "When Dad has his cans he goes to sleep on the sofa and
I can't wake him up, so I get my own crisps." "Nana's house smells of toast." "I want Dad to stop
the drinking so he can come to my assembly." She scored home 5 out of 10 ("because of the cans") and
Nana's 10 out of 10.

*Ruby Doherty · DOB 02/05/2017 · Case LBC/CS/58812 · Printed 02/03/2026 · Page 1 of 4*

---

{_LULL_HEAD}

## 4. What we want for Ruby

1. Ruby is always cared for by a sober adult, day and night.
2. Ruby comes to school every day on time, fed, in clean uniform and with her packed lunch.
3. Ruby knows what to do and who to ring if her dad has been drinking and she cannot wake him.

## 5. The plan

{_LULL_TABLE_HEAD}
| 1 | Visit Ruby at home, at least one visit in three unannounced and one in the evening, and see Ruby on her own | Becky Lowe (SW) | Every 2 weeks until the next review on 19/05/2026 | Visit notes within 2 working days, with Ruby's words and whether Martin had been drinking |
| 2 | Not drink any alcohol on the days he is caring for Ruby on his own, and take a breath test at any social work visit | Martin Doherty (Dad) | Every day, from 24/02/2026 | Breath test readings of 0.00 recorded by Becky at each visit |
| 3 | Go to AA meetings at St Mark's Hall | Martin Doherty (Dad) | Every Tuesday and Thursday evening | - |
| 4 | Have Ruby for her tea after school and help her with her reading book | Eileen Doherty (Nana) | As and when | Ruby's reading record signed by Nana |
| 5 | Have Ruby to stay at 3 Rookery Lane on Friday nights | Pat and Eileen Doherty (grandparents) | Every Friday night until the next review | Nana texts Becky each Saturday morning; Ruby tells Becky about her weekends |
| 6 | Make sure Ruby is never left alone with Dad when he has been drinking, and take her to Nana's if he has | Family | Every day | Ruby tells Becky at each visit that she has not been alone with Dad when he was drinking |
| 7 | Check in with Ruby each morning and ask her about her evening | Mrs Sian Hughes, DSL, St Bede's RC Primary School | Every school day | Monitored |

*Ruby Doherty · DOB 02/05/2017 · Case LBC/CS/58812 · Printed 02/03/2026 · Page 2 of 4*

---

{_LULL_HEAD}

**5. The plan (continued)**

{_LULL_TABLE_HEAD}
| 8 | Send Becky Ruby's attendance and lateness, and note any day she comes in hungry, tired or unwashed | Mrs Sian Hughes, DSL | Every Friday | Attendance report on the case file each week (target 96%) |
| 9 | Health check for Ruby (height, weight, eyesight and teeth) and a talk with her about how she sleeps | Kerry Young, school nurse, Lullingmere 0-19 Service | By 27/03/2026 | Health check record and letter to Becky |
| 10 | Four sessions of direct work with Ruby about Dad's drinking, ending with a safety card she keeps in her bag | Becky Lowe (SW) | Fortnightly, 03/03/2026 to 14/04/2026 | Ruby's safety card on file; Ruby can tell Becky who she would ring and what she would say |
| 11 | Referral to the Rainbow Club, Lullingmere's group for children whose parents drink | Becky Lowe (SW) | By 13/03/2026 | Start date on file; the club's attendance record sent to Becky |
| 12 | Video call with Ruby | Claire Doherty (Mum) | Every Sunday at 6pm | Ruby tells Becky about the calls; Claire e-mails Becky once a month |
| 13 | Sessions at home with Martin on Ruby's routines: bedtime, packed lunches and clean uniform | Gary Finch, family support worker, Lullingmere Family Hub | Weekly, 6 sessions from 02/03/2026 | Session records; school log shows Ruby in clean uniform with a packed lunch on 9 days in 10 |

## 6. Contingency plan

- If Martin has been drinking while he is caring for Ruby, Ruby goes to Pat and Eileen at 3 Rookery
  Lane that night, and Becky (or the Emergency Duty Team out of hours) sees her the same day. Martin
  does not care for Ruby on his own again until he has a 0.00 breath test with Becky.
- If Ruby is not collected from school by 3.30pm, the school rings Nana and then Becky.
- If Martin is found drunk while caring for Ruby twice before the next review, or refuses a breath
  test, Becky asks Anna Price for a legal planning meeting within 5 working days.

*Ruby Doherty · DOB 02/05/2017 · Case LBC/CS/58812 · Printed 02/03/2026 · Page 3 of 4*

---

{_LULL_HEAD}

## 7. Core group and review

- Core group every 6 weeks, Tuesdays at 9.30am at St Bede's: 17/03/2026 and 28/04/2026.
- Next review child protection conference: 19/05/2026 at 1pm, Lullingmere Civic Offices.

## 8. Distribution

Martin Doherty; Claire Doherty (by e-mail); St Bede's RC Primary School (DSL); Kerry Young (school
nurse); Gary Finch (Family Hub); Rob Tennant (IRO). Plan sent 02/03/2026.

*Ruby Doherty · DOB 02/05/2017 · Case LBC/CS/58812 · Printed 02/03/2026 · Page 4 of 4*
""",
    "findings": [
        F("M001", "Go to AA meetings at St Mark's Hall"),
        F("T002", "Have Ruby for her tea after school and help"),
        F("W002", "Make sure Ruby is never left alone with Dad"),
        F("M002", "Check in with Ruby each morning and ask her"),
        F("F004"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Child protection plan printed fixed-width from the "ChildView" case
#    system: form feeds, the page header on every page, dotted-leader
#    fields, action blocks of labelled lines, one block split over a page
#    break and marked "(continued)". Exemplary (txt)
# ---------------------------------------------------------------------------
def _cv_head(n):
    return (
        f"LATHWAITE COUNCIL - CHILDVIEW CASE MANAGEMENT                       PAGE {n} OF 4\n"
        "OFFICIAL-SENSITIVE        CHILD PROTECTION PLAN        PRINTED 12/01/2026 09:14\n"
        "SUBJECT: DYLAN FAIRCLOUGH (ID 3316072)   DOB: 19/10/2020   PLAN START: 08/01/2026\n"
        "================================================================================\n"
    )


def _cv_foot(n):
    return (
        "--------------------------------------------------------------------------------\n"
        f"USER: NOSEI    REPORT: CPP-03 v4    PAGE {n} OF 4\n"
    )


PLANS.append({
    "name": "b189_lathwaite_fixed_width_print_form_feeds_fairclough.txt",
    "split": "heldout",
    "actions": 12,
    "template": "cp-plan-childview-case-system-fixed-width-print-txt-form-feed-pages-repeated-page-header-subject-line-and-page-footer-user-report-code-numbered-sections-dotted-leader-fields-then-action-nn-of-12-blocks-task-owner-due-freq-evidence-lines-one-block-split-over-page-break-continued-then-contingency-core-group-review-distribution-version",
    "description": (
        "Exemplary child protection plan for a 5-year-old after his mother's partner grabbed and bruised "
        "him, printed fixed-width from an invented case system ('ChildView'). Pages are separated by form "
        "feeds, each with the system's page header (council, OFFICIAL-SENSITIVE, print stamp, the child's "
        "name, ID and date of birth) and a footer with the user, report code and page. Fields have dotted "
        "leaders; each action is a block of labelled lines (Task / Owner / Due/freq / Evidence), and one "
        "block runs over a page break, its task line continued under '(continued)' on the next page. "
        "Every action has an owner, a real time and a check; the grandmother's collections have a "
        "fallback; legal planning follows named triggers; core group and review dates are set; and "
        "Dylan's words are recorded."
    ),
    "text": _cv_head(1) + """
SECTION 1  SUBJECT AND HOUSEHOLD
  Child ...............: Dylan FAIRCLOUGH, born 19/10/2020 (5), Year 1,
                         Fellgate Infant School
  Address .............: 22 Birch Road, Lathwaite LT2 4NS
  Mother ..............: Kirsty FAIRCLOUGH (26), care assistant
  Father ..............: Ryan MOSS (28), 9 Dale View, Lathwaite (lives apart)
  Mother's ex-partner .: Jordan WEBB (29) - moved out 05/12/2025; on police
                         bail, not to contact Dylan or go to 22 Birch Road
  Maternal grandmother : Denise FAIRCLOUGH, 61 Moor Lane, Lathwaite
  Category ............: PHYSICAL ABUSE
  Conference ..........: ICPC 08/01/2026, Chair: Alison Pratt (IRO)
  Social worker .......: Nadia OSEI (NOSEI), Child Protection Team 2
  Team manager ........: Colin SHAW

SECTION 2  REASON FOR PLAN
  On 05/12/2025 Dylan's teacher saw four oval bruises on his upper left arm.
  Dylan said "Jordan squeezed me because I spilled my juice." A child
  protection medical on 05/12/2025 found the bruises were consistent with
  a forceful grip. Kirsty had seen the bruises the night before and had
  not sought help; she said Jordan had "lost his temper" with Dylan before.
  Jordan was arrested and bailed. Kirsty says the relationship is over.

SECTION 3  STRENGTHS
  - Kirsty asked Jordan to leave the day after the medical and has kept to
    the written safety agreement since.
  - Dylan is warm and chatty with his mum and his nan.
  - Denise has collected Dylan from school three days a week since December.
  - Ryan has started seeing Dylan again every other Saturday.

SECTION 4  CHILD'S VIEWS
  Seen alone at school, 07/01/2026: "I don't want Jordan to come back. He
  does the big squeezes." "Mummy is nice. She does the funny voices in my
  book." "At Nana's I have fish fingers." On his feelings faces he chose
  the happy face for home now and the sad face for "when Jordan was there".
  Since December he has wet the bed most nights (Kirsty).

SECTION 5  OUTCOMES
  OC1 .................: Dylan is safe from being hurt, and Jordan Webb has
                         no contact with him.
  OC2 .................: Dylan has calm, warm care at home with a bedtime
                         routine, and stops wetting the bed.
  OC3 .................: Dylan knows who he can tell if someone hurts him
                         or frightens him.

""" + _cv_foot(1) + "\f" + _cv_head(2) + """
SECTION 6  ACTIONS (12)

ACTION 01 OF 12                                               STATUS: OPEN
  Task ..........: Visit Dylan at home, at least one visit in three
                   unannounced, and see him on his own in his bedroom
  Owner .........: Nadia Osei, Social Worker
  Due/freq ......: Every 2 weeks until the review conference on 02/04/2026
  Evidence ......: Visit records on ChildView within 2 working days, with
                   Dylan's words and his feelings faces

ACTION 02 OF 12                                               STATUS: OPEN
  Task ..........: Check that Jordan Webb keeps to his bail conditions and
                   tell the social worker of any breach or any sighting of
                   him at 22 Birch Road
  Owner .........: DC Liam Hart, Lathwaite Police Child Abuse Investigation
                   Team
  Due/freq ......: Within 24 hours of any breach; written update before
                   each core group
  Evidence ......: Police update on ChildView before each core group

ACTION 03 OF 12                                               STATUS: OPEN
  Task ..........: Not let Jordan Webb into the home or have any contact
                   with Dylan, and tell the social worker straight away if
                   he tries to make contact
  Owner .........: Kirsty Fairclough (Mother)
  Due/freq ......: Every day, from 08/01/2026
  Evidence ......: No police reports of Jordan at the address; Dylan's
                   account at visits; Kirsty's messages logged on ChildView

ACTION 04 OF 12                                               STATUS: OPEN
  Task ..........: Complete the Freedom Programme at Lathwaite Family Centre
                   and talk with the facilitator about what Dylan saw and
                   felt
  Owner .........: Kirsty Fairclough (Mother)
  Due/freq ......: Every Tuesday, 13/01/2026 to 24/03/2026 (11 sessions)
  Evidence ......: Register shows 9 of 11 sessions; facilitator's letter to
                   the social worker by 27/03/2026

ACTION 05 OF 12                                               STATUS: OPEN
  Task ..........: Follow-up check of the bruising to Dylan's arm and a full
                   health check, including his growth and his bedwetting
  Owner .........: Dr Ameera Khan, Community Paediatrician, Lathwaite
                   Children's Centre
  Due/freq ......: By 30/01/2026
  Evidence ......: Clinic letter with body map to the social worker and GP

ACTION 06 OF 12                                               STATUS: OPEN
  Task ..........: Meet Dylan at the classroom door each morning and ask
                   how his evening was; record any mark or injury on a body
                   map, and ring the social worker (or
""" + _cv_foot(2) + "\f" + _cv_head(3) + """
SECTION 6  ACTIONS (12) (continued)

ACTION 06 OF 12 (continued)
                   the duty desk if she is away) the same day
  Owner .........: Mrs Lorraine Pike, Designated Safeguarding Lead,
                   Fellgate Infant School
  Due/freq ......: Every school day
  Evidence ......: CPOMS log and Dylan's attendance e-mailed to the social
                   worker each Friday

ACTION 07 OF 12                                               STATUS: OPEN
  Task ..........: Four sessions of direct work with Dylan, using play and
                   drawing, about what happened and who he can tell, ending
                   with his "My Helping Hand"
  Owner .........: Nadia Osei, Social Worker
  Due/freq ......: Weekly, 15/01/2026 to 05/02/2026
  Evidence ......: Dylan's helping hand on ChildView; Dylan can name his
                   five helpers

ACTION 08 OF 12                                               STATUS: OPEN
  Task ..........: Collect Dylan from school and give him his tea at her
                   house until Kirsty finishes work at 5.30pm
  Owner .........: Denise Fairclough (Maternal Grandmother)
  Due/freq ......: Every Monday, Wednesday and Friday until the review
                   conference
  Evidence ......: School collection log; Denise texts the social worker
                   each Friday

ACTION 09 OF 12                                               STATUS: OPEN
  Task ..........: Incredible Years home sessions with Kirsty on calm
                   boundaries, praise and a bedtime routine for Dylan
  Owner .........: Shona Reid, Family Support Worker, Lathwaite Early Help
  Due/freq ......: Weekly, 10 sessions from 19/01/2026
  Evidence ......: Session records; Dylan's bedtime chart kept by Kirsty and
                   seen at the social worker's visits

ACTION 10 OF 12                                               STATUS: OPEN
  Task ..........: Refer Dylan to Lathwaite Child and Family Wellbeing
                   Service for play therapy
  Owner .........: Nadia Osei, Social Worker
  Due/freq ......: Referral by 23/01/2026
  Evidence ......: Acceptance letter and first appointment date on ChildView

ACTION 11 OF 12                                               STATUS: OPEN
  Task ..........: Have Dylan for the day and bring him back to Kirsty's
                   by 4pm
  Owner .........: Ryan Moss (Father)
  Due/freq ......: Every other Saturday, 10am to 4pm
  Evidence ......: Ryan texts the social worker at handover; Dylan's
                   account at visits

ACTION 12 OF 12                                               STATUS: OPEN
  Task ..........: See Kirsty and Dylan about his bedwetting, give them a
                   plan and a wet-night chart, and an alarm if needed
  Owner .........: Beth Cole, School Nurse, Lathwaite 0-19 Service
  Due/freq ......: By 13/02/2026
  Evidence ......: School nurse plan shared with the social worker; wet
                   nights recorded on Dylan's chart and seen at visits

""" + _cv_foot(3) + "\f" + _cv_head(4) + """
SECTION 7  CONTINGENCY
  Trigger 1 ...........: Jordan Webb comes to the house or contacts Dylan
  Response ............: Kirsty rings 999; Dylan goes to Denise's that
                         evening; the social worker holds a strategy
                         discussion with the police the same day
  Trigger 2 ...........: Dylan has any mark or injury no one can explain
  Response ............: School or whoever sees it rings the social worker
                         the same day; child protection medical with Dr
                         Khan that day; strategy discussion
  Trigger 3 ...........: Denise cannot collect Dylan (ill or away)
  Response ............: Kirsty's aunt Paula Gray (agreed 07/01/2026)
                         collects him; if she cannot, Dylan stays at the
                         school's after-school club until 5.45pm (paid by
                         children's services) and Kirsty collects him
  Trigger 4 ...........: Kirsty lets Jordan back into the home or has
                         contact with him, or Dylan is hurt again
  Response ............: The social worker asks Colin Shaw for a legal
                         planning meeting within 5 working days to decide
                         whether to start the Public Law Outline

SECTION 8  CORE GROUP AND REVIEW
  Core group ..........: Every 4 weeks, 10am, Fellgate Infant School:
                         22/01/2026, 19/02/2026, 19/03/2026
  Review conference ...: 02/04/2026, 2pm, Lathwaite Town Hall, Room 4

SECTION 9  DISTRIBUTION AND VERSION
  Copies to ...........: Kirsty Fairclough; Ryan Moss; Fellgate Infant
                         School (DSL); DC Liam Hart; Dr Ameera Khan; Beth
                         Cole; Shona Reid; Alison Pratt (IRO)
  Version .............: 1.0, agreed at ICPC 08/01/2026; printed for the
                         first core group

*** END OF PLAN ***

""" + _cv_foot(4),
    "findings": [],
})
