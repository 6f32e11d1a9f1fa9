"""Batch 188, module j: seven fictional plans (tuning material), places beginning with "j".

Everything here is made up: children, families, professionals, services,
schools, hospitals, police forces, case systems and councils. Labels were
written by hand from docs/rules.md and the conventions in
sample_plans/README.md, without running planlint or reading its code.

Focus: printed and exported plans, with all their page furniture. Four of the
seven are PDFs printed from Word or from a case system, each in a template of
its own, carrying what real printed plans carry: a header and a footer on
every page (council, OFFICIAL-SENSITIVE, the child's name and date of birth,
a case number or case-system ID, a print date or version, "Page n of m"), a
watermark-like line ("DRAFT - NOT YET AGREED BY THE CHAIR", "COPY -
UNCONTROLLED WHEN PRINTED"), action tables that run over a page break with
the header row repeated (plan 1) and not repeated (plan 3, landscape), a form
per action with field names in capitals (plan 2), numbered sections and
paragraphs ("6.2 Actions", "7.1.3"), footnote marks and "see Appendix B",
signature boxes, distribution and copies lists, version histories and a
document control box. The Markdown plan keeps the printed copy's page header
and footer lines and repeats its table header after the page break, and the
text plan is a line-printer print with form feeds, a page header on each
page, dot-leader fields and task blocks, one broken by a page break. Page
furniture, signatures, distribution lists, version notes and footnotes are
never actions and are neither labelled nor counted.

1. a review conference plan printed from Word for a 9-year-old and a
   4-year-old (neglect; the mother's recurrent depression under the CMHT,
   the stepfather's drinking): numbered sections 1 to 10, a 16-row action
   table over a page break with its header repeated, footnote marks,
   contingency table, signature boxes, distribution, appendices (pdf,
   exemplary);
2. an initial conference plan printed from a case system for a 13-year-old
   who goes missing and is criminally exploited (his mother's anxiety and
   low mood under the CMHT): SECTION headings in capitals, field tables, then
   one form per action ("ACTION 5 OF 15": REF, LINKED OUTCOME, ACTION,
   RESPONSIBLE, DUE / FREQUENCY, SUCCESS MEASURE, STATUS) (pdf): faults are
   the learning mentor's meetings measured by "Monitored", the CMHT's
   support-only sessions for the mother measured by attendance, the GP's
   CAMHS referral "TBC", "All agencies" sharing sightings, the educational
   psychologist's assessment with "N/A" for its measure, and a review
   conference "TO BE CONFIRMED" (M002, H001, T002, W002, M001, R001);
3. a DRAFT initial conference plan printed in landscape for a 3-year-old
   and a 5-month-old after domestic abuse (the baby's father on bail, using
   cannabis daily): lettered parts A to H, one wide eight-column table over
   three pages whose heading row is typed as an ordinary first row and so is
   not repeated (pdf): faults are the perpetrator programme "As soon as a
   place is available", the GP's immunisations row with "-" for start and
   complete by, the speech and language assessment with "-" for its lead,
   family support measured by "Improvement in home routines", the sanctuary
   locks with an empty "How we will know", an outcome only about the
   mother's confidence, and the grandmother's supervised contact and nights
   and the aunt's Wednesdays with no fallback in the contingency (T002,
   T001, W001, M002, M001, F002, C003);
4. a pre-birth plan printed as a "COPY - UNCONTROLLED WHEN PRINTED" for the
   baby of a care leaver with a mild learning disability and a father with
   bipolar disorder: numbered sections 1 to 11, a dagger footnote, the plan
   as typed-numbered paragraphs 7.1.1 to 7.3.6 under three stage headings,
   signature boxes, copies list, who's who and version history (pdf,
   exemplary);
5. a review conference plan in Word as the family prepares to move to
   another authority: running header and footer, document control box and
   version table, numbered sections with appendix references, a Ref /
   Action / Lead / Supported by / By when / How we will know table, a
   transfer section, a dated transfer-in conference, signature box and
   distribution list (docx): faults are the parenting assessment paused for
   the receiving authority to finish after the move, the family support
   referral left to the new area "once the family are settled", the "Core
   group" sharing worries, money advice measured by "Reviewed at core
   group", the direct work with Kacey with "-" for how we will know, and no
   legal planning anywhere (X001 x2, T002, W002, M002, M001, R002);
6. a core group plan for a 10-year-old autistic boy and his 6-year-old
   sister whose mother drinks, exported from the case system's PDF to
   Markdown with each page's header and footer lines kept and the plan
   table broken over a page with its header row repeated (md, exemplary);
7. an initial conference plan for a 7-week-old whose weight has fallen and
   whose mother has postnatal depression, printed from a case system on a
   line printer as three fixed-width pages separated by form feeds, with
   page headers and footers, dot-leader fields and "TASK nn OF 14" blocks,
   one broken by the page break (txt): faults are the perinatal mental
   health nurse's support-only visits measured by attendance, the
   parent-infant referral "AS SOON AS POSSIBLE", the baby massage group with
   "-" for who is responsible, family support measured by "MONITOR", the
   ICON session with "-" for when, a contingency that only reviews after
   "further concerns" and says nothing if the grandmother's daily help and
   Saturday nights stop, and no legal planning (H001, T002, W001, M002,
   T001, C002, C003, R002).

Three plans (1, 4 and 6) are exemplary: every action has a named owner, a
real timescale and something that can be seen, counted or read; every
outcome is about the child; each contingency has specific triggers and
concrete protective responses and says what happens if a relative's or a
former foster carer's help fails; each records the children's words or the
baby's world, core group dates or frequency and a dated review conference,
and a legal planning meeting after named triggers; adult services own
actions where a parent is ill or drinks (the CMHT, the GP and the alcohol
service in 1, the CMHT, the GP and the community learning disability team
in 4, the alcohol service and the GP in 6), and every adult mental health
row (the care coordinator and the psychologist in 1, the care coordinator
in 4) asks for a view of the parent's capacity to change and its likely
timescale.

Counting convention used for "actions" (README convention 1): each row of
an action table (plans 1, 3, 5 and 6; in plan 3 not the typed heading row,
in plan 6 the rows on both sides of the page break), each action form in
plan 2, each numbered paragraph 7.1.1 to 7.3.6 in plan 4 and each TASK
block in plan 7 counts once, whatever number of sentences it holds. Page
headers and footers, details and field tables, worries, what is going well,
the children's words, outcomes, the transfer section of plan 5, the
contingency, meeting dates, signatures, distribution and copies lists,
footnotes, version histories and appendices are not counted. Totals: 16, 15,
19, 17, 15, 13 and 14 actions; 28 expected findings.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. Review conference plan printed from Word: numbered sections 1 to 10,
#    an action table that runs over the page break with its header row
#    repeated, footnote marks, signature boxes, a distribution list and
#    appendices (version history, contacts). Exemplary (pdf)
# ---------------------------------------------------------------------------
_OKAFOR_ROWS = [
    ["1",
     "Visit Tiana and Marcus at home, with at least one visit a month unannounced and one after 6pm; see "
     "Tiana on her own, and look at the children's bedrooms, the fridge and the cupboards.",
     "Hannah Ruddock, social worker",
     "Every 2 weeks until the review conference on 04/08/2026",
     "Visit records on the file within 48 hours, with Tiana's words and what was seen in the bedrooms and "
     "kitchen; visit dates listed in each core group report"],
    ["2",
     "Four direct work sessions with Tiana about her worries and who she can talk to, using the Three "
     "Houses, ending with her own safety card\u00b2.",
     "Hannah Ruddock, social worker",
     "Weekly, 24/02/2026 to 17/03/2026",
     "Tiana's Three Houses drawings and safety card on file; her worry score (0-10) at the first and last "
     "sessions, in the core group report for 14/04/2026"],
    ["3",
     "See Grace every two weeks to review her mood, medication and early warning signs, and write a report "
     "on whether she is making the changes she needs to get Tiana and Marcus up, fed and to school, what "
     "still has to change and how long that is likely to take\u00b9.",
     "Nadia Pereira, care coordinator, Jaxterleigh Community Mental Health Team",
     "Every 2 weeks; first report by 27/03/2026, then 5 working days before each core group",
     "Nadia's written report on the SW's file by 27/03/2026, giving her view of Grace's capacity to change "
     "and the likely timescale"],
    ["4",
     "Twelve sessions of CBT for depression with Grace; after sessions 6 and 12, a letter giving Dr "
     "Marsh's view of Grace's capacity to make and keep these changes while she cares for the children, "
     "and the likely timescale\u00b9.",
     "Dr Owen Marsh, clinical psychologist, Jaxterleigh CMHT",
     "Weekly from 03/03/2026; letters by 14/04/2026 and 02/06/2026",
     "PHQ-9 scores at sessions 1, 6 and 12, and both letters, on the SW's file"],
    ["5",
     "Review Grace's sertraline every month, and ring the SW within one working day if Grace misses a "
     "review or does not collect a prescription.",
     "Dr Felicity Amos, GP, Northgate Surgery",
     "Monthly, next on 20/02/2026",
     "GP letter to the SW after each review; any missed review or prescription logged on the chronology"],
    ["6",
     "Key work with Lee on his drinking, with a breath test at every session and an AUDIT at the start and "
     "at 12 weeks; report whether Lee is drinking less and is sober whenever he is caring for Tiana and "
     "Marcus.",
     "Sam Dyer, recovery worker, Clearwater Recovery (Jaxterleigh alcohol service)",
     "Weekly on Wednesdays from 18/02/2026; 12-week AUDIT by 13/05/2026",
     "Breath test results (0.00 expected) and both AUDIT scores in Sam's monthly letter to the SW"],
    ["7",
     "Lee will not drink any alcohol when he is the only adult at home with Tiana and Marcus, or on Sunday "
     "to Thursday evenings.",
     "Lee Hale",
     "Every day from 10/02/2026",
     "Breath test 0.00 at Sam's sessions and at the SW's evening visits; what Tiana tells Hannah when seen "
     "alone"],
    ["8",
     "Get Tiana to school by 8.50am and Marcus to nursery by 9am, with Tiana's reading book and PE kit.",
     "Grace Okafor and Lee Hale",
     "Every school and nursery day",
     "Registers in the school's and the nursery's Friday e-mails; Tiana's attendance at 95% or above by the "
     "review conference"],
    ["9",
     "Check Tiana in at registration, keep her breakfast club place, note if she is hungry or without her "
     "uniform, and ring the SW by 9.30am if she is absent with no call from home.",
     "Mrs Priya Lal, DSL, Holmwood Primary School",
     "Every school day",
     "Attendance and breakfast club registers e-mailed to the SW every Friday; CPOMS notes shared at each "
     "core group"],
    ["10",
     "Record what time Marcus arrives, who brings and collects him and whether he has had breakfast, and "
     "ring the SW the same day if the adult collecting him smells of alcohol.",
     "Becky Stone, key worker, Little Acorns Nursery",
     "Every nursery session",
     "Nursery daily log e-mailed to the SW every Friday"],
    ["11",
     "Complete Marcus's health and development review (ASQ-3), check his dental treatment has been "
     "followed up, and refer him to speech and language therapy if his scores are below the expected range.",
     "Joanne Ferris, health visitor, Jaxterleigh 0-19 Service",
     "By 20/03/2026",
     "ASQ-3 scores in Marcus's red book and e-mailed to the SW; the referral letter on file if one is made"],
    ["12",
     "Eight sessions at home with Grace and Lee on morning and bedtime routines, using a routine chart the "
     "children help to make; in week 8, watch a school morning from 7.30am and write it up.",
     "Kelly Nwosu, family support worker, Jaxterleigh Early Help",
     "Weekly, 24/02/2026 to 14/04/2026",
     "Session records; the routine chart with the children's stickers; Kelly's written observation of the "
     "week 8 morning sent to the SW by 17/04/2026"],
    ["13",
     "Have Tiana and Marcus for tea after school every Wednesday, and to stay every other Saturday night.",
     "Beatrice Okafor (maternal grandmother)",
     "Every Wednesday, 3.30pm to 7pm; alternate Saturdays from 21/02/2026",
     "Beatrice's notebook, seen by the SW at each visit; Tiana's own account to Hannah"],
    ["14",
     "Hold a family network meeting with Grace, Lee, Beatrice and Chioma to agree, in writing, who takes "
     "the children to school if Grace becomes unwell and who steps in if Beatrice cannot.",
     "Hannah Ruddock, social worker",
     "By 13/03/2026",
     "Written family network plan, signed by everyone there, on file and shared at the core group on "
     "14/04/2026"],
    ["15",
     "Treat the damp in the children's bedroom and replace Marcus's broken bed frame.",
     "Derek Moss, housing officer, Jaxterleigh Homes",
     "By 31/03/2026",
     "Repair completion notice sent to the SW; the SW sees the dry room and the new bed at her next visit"],
    ["16",
     "Tell Nadia or Hannah if her early warning signs come back (in bed after 9am, not eating, not "
     "answering the phone), so that Beatrice or Lee takes the children to school.",
     "Grace Okafor",
     "The same day the signs appear",
     "Calls logged by Nadia or Hannah; the school register shows Tiana in school on those days"],
]

PLANS.append({
    "name": "b188_jaxterleigh_rcpc_word_print_numbered_sections_signature_boxes_okafor.pdf",
    "doc_title": "Child Protection Plan - Tiana Okafor and Marcus Okafor-Hale",
    "split": "tune",
    "actions": 16,
    "font_size": 10,
    "min_pages": 4,
    "header": "OFFICIAL-SENSITIVE · Jaxterleigh City Council Children's Services · Child Protection Plan",
    "footer": "Tiana Okafor (DOB 21/06/2016), Marcus Okafor-Hale (DOB 03/11/2021) · Case no. JX-204417 · "
              "Printed 13/02/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "rcpc-plan-word-print-paged-official-sensitive-header-child-dob-case-no-print-date-page-x-of-y-footer-numbered-sections-1-to-10-details-grid-worries-2-1-2-2-going-well-childrens-experience-outcomes-then-6-2-action-table-no-what-who-when-how-well-know-over-page-break-header-repeated-footnote-marks-then-contingency-table-core-group-review-signature-boxes-distribution-appendix-a-version-history-appendix-b-contacts",
    "description": (
        "Exemplary review conference plan, printed from the council's Word template with an "
        "OFFICIAL-SENSITIVE header and a footer naming both children with their dates of birth, the case "
        "number, the print date and 'Page n of m' on every page, for a 9-year-old and a 4-year-old on a "
        "plan for neglect: their mother has recurrent depression and their stepfather (the younger "
        "child's father) drinks. Numbered sections (2.1, 6.2), a 16-row action table that runs over a "
        "page break with its header row repeated, footnote marks pointing to consent in Appendix B, a "
        "contingency table, meeting dates, signature boxes, a distribution list and a version history. "
        "Every row has an owner, a real time and something that can be seen or counted; the CMHT care "
        "coordinator and the psychologist both report on the mother's capacity to change, the GP and the "
        "alcohol service own actions, the grandmother's help has a named fallback and then foster "
        "carers, legal planning follows named triggers, and the children's words are recorded."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Review Child Protection Conference held on 10/02/2026 · Plan version 2.0 (see Appendix A) · "
              "This plan replaces the plan made at the initial conference on 11/11/2025."),
        ("h1", "1. Details"),
        ("table", {
            "widths": [4.5, 12.5],
            "bold_first_col": True,
            "rows": [
                ["Children", "Tiana Okafor, born 21/06/2016 (9), Year 5, Holmwood Primary School\n"
                             "Marcus Okafor-Hale, born 03/11/2021 (4), Little Acorns Nursery; starts Reception "
                             "in September 2026"],
                ["Address", "27 Larchfield Road, Jaxterleigh JX4 7PL"],
                ["Living at home", "Grace Okafor (34), mother of both children; Lee Hale (37), Marcus's father "
                                   "and Tiana's stepfather"],
                ["Tiana's father", "Samuel Mensah, lives in Carrowbridge; speaks to Tiana by video call every "
                                   "Sunday"],
                ["Wider family", "Beatrice Okafor (62), maternal grandmother, 3 Wren Close, Jaxterleigh\n"
                                 "Chioma Okafor (30), maternal aunt, 11 Kingfisher Way, Jaxterleigh"],
                ["Category", "Neglect (both children)"],
                ["Conference", "Review child protection conference, 10/02/2026, Jaxterleigh Civic Offices. "
                               "Chair: Helen Marr, independent reviewing officer"],
                ["Social worker", "Hannah Ruddock, Locality Team North (team manager: Craig Denby)"],
                ["Plan decision", "Both children to remain subject to a child protection plan"],
            ],
        }),
        ("h1", "2. What we are worried about"),
        ("h2", "2.1 What has happened"),
        ("p", "Grace has recurrent depression. In October 2025 she was in bed for most of three weeks. Tiana, "
              "then nine, got herself and Marcus up, made them cereal and walked Marcus to nursery, often "
              "late; she missed 14 days of school that half term. Marcus had untreated tooth decay and no "
              "dentist. On 19/10/2025 a neighbour found Marcus, then three, in the street at 9pm; the police "
              "found Lee asleep on the sofa after drinking and Grace asleep upstairs."),
        ("h2", "2.2 What makes it harder"),
        ("p", "Lee drinks six to eight cans most evenings and more at weekends. He started at Clearwater "
              "Recovery in January, but two of his breath tests there were positive. The children's bedroom "
              "is damp and Marcus's bed frame is broken, so he sleeps on a mattress on the floor. Grace "
              "restarted her medication in November and says she is \"getting there\", but she has had two "
              "bad weeks since Christmas."),
        ("h1", "3. What is going well"),
        ("bullets", [
            "Grace has been seeing Nadia at the CMHT every two weeks since 18/11/2025 and takes her sertraline "
            "every day.",
            "Tiana's attendance has gone from 79% in the autumn to 91% since Christmas.",
            "Lee has been to 9 of his 11 sessions at Clearwater Recovery.",
            "Beatrice has given the children tea every Wednesday since November without missing one.",
            "Marcus's teeth were treated at the dental hospital on 22/01/2026.",
            "Both children are warm, well dressed and clearly loved.",
        ]),
        ("h1", "4. Tiana's and Marcus's experience"),
        ("p", "Tiana was seen on her own at school on 03/02/2026. She said: \"It's better. Mum gets up now and "
              "makes breakfast, mostly.\" \"I don't like it when Lee has his cans. He gets loud and then he "
              "falls asleep.\" \"Nana's Wednesdays are my favourite.\" In her house of worries she put "
              "\"Lee's cans\" and \"Mum crying\". She scored home 6 out of 10 (3 out of 10 in November). She "
              "wants \"Mum to stay well and Lee to stop the cans\"."),
        ("p", "Marcus was seen at home on 27/01/2026 and at nursery on 05/02/2026. He chatted about his cars, "
              "ran to Grace for a cuddle when he bumped his head, and told Hannah \"Lee sleepy on the sofa\". "
              "His key worker says he asks for toast when he arrives on Monday mornings."),
        ("h1", "5. What we want for Tiana and Marcus"),
        ("numbers", [
            "Tiana and Marcus are got up, fed and taken to school and nursery on time every day by an adult "
            "who is well enough to care for them.",
            "Tiana no longer has to look after Marcus or her mum, and has time to play, see friends and go "
            "to Brownies.",
            "Tiana and Marcus are never cared for by an adult who has been drinking.",
            "Marcus's health, teeth and development are kept up to date and he is ready to start Reception "
            "in September 2026.",
            "The children sleep in a warm, dry bedroom, each in a proper bed.",
        ]),
        ("h1", "6. The plan"),
        ("h2", "6.1 How to read the plan"),
        ("p", "Each numbered row is one piece of work. \"When\" says by when or how often it happens, and "
              "\"How we will know\" says what the core group will see, count or read. Progress against each "
              "row is reported at every core group."),
        ("h2", "6.2 Actions"),
        ("table", {
            "header": ["No.", "What will be done", "Who", "When", "How we will know"],
            "widths": [1.0, 6.0, 3.3, 3.0, 3.7],
            "rows": _OKAFOR_ROWS,
        }),
        ("p", "\u00b9 Grace signed consent on 05/02/2026 for Nadia Pereira and Dr Marsh to share their views "
              "with the core group (see Appendix B)."),
        ("p", "\u00b2 Tiana chose the name \"my safety card\". A copy stays in her school bag and one at "
              "Beatrice's."),
        ("h1", "7. Contingency: if things go wrong"),
        ("table", {
            "header": ["If this happens", "This is what will happen", "Who"],
            "widths": [5.0, 8.5, 3.5],
            "rows": [
                ["Grace stays in bed after 9am, stops eating, or says she wants to harm herself",
                 "Lee (if he is sober) or Beatrice gets the children to school that day. Nadia, or the CMHT "
                 "duty worker, sees Grace the same day. Hannah visits the children within 24 hours.",
                 "Grace, Lee, Beatrice; Nadia Pereira; Hannah Ruddock"],
                ["Lee has been drinking while he is the only adult with the children, or a breath test at "
                 "home is above 0.00",
                 "Grace or Beatrice takes over that evening, and the children sleep at Beatrice's that night. "
                 "Hannah visits the next morning and holds a strategy discussion with the police within 24 "
                 "hours if the children were left unsafe.",
                 "Grace, Beatrice; Hannah Ruddock"],
                ["Beatrice cannot have the children (she is ill, away, or can no longer help)",
                 "Beatrice or Grace tells Hannah that day. Chioma Okafor, the maternal aunt, steps in as "
                 "agreed at the family network meeting. If Chioma cannot either, Hannah (or the Emergency "
                 "Duty Team out of hours) places Tiana and Marcus together with foster carers that night.",
                 "Hannah Ruddock"],
                ["By the core group on 26/05/2026 Tiana's attendance is below 90%, or Lee has two more "
                 "positive breath tests, or Nadia's or Dr Marsh's written view is that Grace cannot make the "
                 "changes in the time the children need",
                 "Hannah asks Craig Denby for a legal planning meeting within 10 working days, to decide "
                 "whether to start PLO pre-proceedings.",
                 "Hannah Ruddock; Craig Denby"],
            ],
        }),
        ("h1", "8. Core group and review"),
        ("kv", [
            ("Core group", "Every 6 weeks, Tuesdays at 3.45pm, Holmwood Primary School: 03/03/2026, "
                           "14/04/2026, 26/05/2026 and 07/07/2026"),
            ("Review conference", "04/08/2026 at 10am, Jaxterleigh Civic Offices, Room 4"),
        ]),
        ("h1", "9. Agreement"),
        ("p", "We have read this plan, or had it read to us, and we understand what it asks of us."),
        ("table", {
            "header": ["Name", "Role", "Signature", "Date"],
            "widths": [4.0, 5.0, 5.0, 3.0],
            "rows": [
                ["Grace Okafor", "Mother", "", "10/02/2026"],
                ["Lee Hale", "Father of Marcus", "", "10/02/2026"],
                ["Hannah Ruddock", "Social worker", "", "10/02/2026"],
                ["Helen Marr", "Conference chair", "", "10/02/2026"],
            ],
        }),
        ("h1", "10. Distribution"),
        ("bullets", [
            "Grace Okafor and Lee Hale (copy given at conference)",
            "Holmwood Primary School (DSL); Little Acorns Nursery",
            "Jaxterleigh Community Mental Health Team; Northgate Surgery",
            "Clearwater Recovery; Jaxterleigh 0-19 Service; Jaxterleigh Early Help; Jaxterleigh Homes",
            "Conference and Review Service (file copy)",
        ]),
        ("h1", "Appendix A: Version history"),
        ("table", {
            "header": ["Version", "Date", "Change", "By"],
            "widths": [2.0, 2.6, 9.4, 3.0],
            "rows": [
                ["1.0", "12/11/2025", "Plan from the initial conference on 11/11/2025", "H. Ruddock"],
                ["1.1", "09/12/2025", "Core group 1: housing repair added", "H. Ruddock"],
                ["2.0", "12/02/2026", "Review conference 10/02/2026: rows 3, 4, 6, 7 and 12 rewritten; family "
                                      "network meeting added; contingency revised", "H. Ruddock, H. Marr"],
            ],
        }),
        ("h1", "Appendix B: Contacts and consent"),
        ("table", {
            "header": ["Name", "Role and agency", "Telephone"],
            "widths": [4.0, 9.0, 4.0],
            "rows": [
                ["Hannah Ruddock", "Social worker, Jaxterleigh Children's Services", "01632 960 412"],
                ["Nadia Pereira", "Care coordinator, Jaxterleigh CMHT (consent to share signed 05/02/2026)",
                 "01632 960 788"],
                ["Sam Dyer", "Recovery worker, Clearwater Recovery", "01632 960 233"],
                ["Emergency Duty Team", "Out of hours, evenings and weekends", "01632 960 999"],
            ],
        }),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Initial conference plan printed from a case system: numbered SECTION
#    headings in capitals, field tables, then one form per action ("ACTION
#    n OF 15", REF / LINKED OUTCOME / ACTION / RESPONSIBLE / DUE / FREQUENCY
#    / SUCCESS MEASURE / STATUS), trigger-response contingency and review
#    fields. Page header and a footer with case number, DOB, print stamp
#    and page numbers. Faulty (pdf)
# ---------------------------------------------------------------------------
def _reilly_form(n, ref, outcome, action, who, due, measure):
    return [
        ("boldp", f"ACTION {n} OF 15"),
        ("table", {
            "widths": [4.2, 12.8],
            "bold_first_col": True,
            "rows": [
                ["REF", ref],
                ["LINKED OUTCOME", outcome],
                ["ACTION", action],
                ["RESPONSIBLE", who],
                ["DUE / FREQUENCY", due],
                ["SUCCESS MEASURE", measure],
                ["STATUS", "OPEN · created 24/02/2026 by KASANTE"],
            ],
        }),
    ]


_REILLY_ACTIONS = [
    ("CPP-26-0412/A01", "O1, O2",
     "Visit Mason at home and see him on his own, with at least one visit a fortnight after 6pm; talk "
     "about where he has been and with whom, and look at anything new he has (phones, clothes, cash).",
     "Kwame Asante, social worker, Adolescent Safeguarding Team",
     "Weekly from 25/02/2026",
     "Visit record on CASEVIEW within 48 hours, with Mason's own words and anything new that was seen"),
    ("CPP-26-0412/A02", "O1",
     "Offer Mason a return home interview after every missing episode, by a worker he knows, and pass on "
     "any names, places or signs of exploitation he talks about.",
     "Ellie Tran, missing children's worker, Jervingham Missing and Exploitation Hub",
     "Within 72 hours of every return",
     "Return home interview form on CASEVIEW and sent to PC Lowe within 24 hours of the interview"),
    ("CPP-26-0412/A03", "O1",
     "Complete a disruption plan for 14 Crane Street and the two older youths Mason has named, including "
     "child abduction warning notices where the evidence allows.",
     "PC Gareth Lowe, Child Exploitation Team, Jervingham Police",
     "By 13/03/2026",
     "Disruption plan, and any notices served, summarised in writing to the social worker by 13/03/2026"),
    ("CPP-26-0412/A04", "O3",
     "Build Mason back up to a full timetable over four weeks, and ring Donna and the social worker by "
     "9.30am on any day he is not in school.",
     "Mr Alan Burrows, DSL, Ridgeway Academy",
     "Full timetable by 27/03/2026; calls every school day",
     "Attendance e-mailed to the social worker every Friday; attendance up from 61% to 85% or more by the "
     "May half term"),
    ("CPP-26-0412/A05", "O3",
     "Meet Mason at the school gate each morning and go through his timetable and his worries for the day "
     "with him.",
     "Tom Yates, learning mentor, Ridgeway Academy",
     "Every school day at 8.40am",
     "Monitored"),
    ("CPP-26-0412/A06", "O1, O4",
     "One-to-one sessions with Mason on safe and unsafe friendships, grooming and debt bondage, and a place "
     "at Jervingham Boxing Club on Tuesday and Thursday evenings.",
     "Jade Kirby, youth worker, Reach Project (Jervingham Youth Service)",
     "Weekly for 12 weeks from 03/03/2026",
     "Session notes to the social worker monthly; Mason's safety score (0-10), agreed with Jade, at the "
     "first and twelfth sessions; the boxing club register"),
    ("CPP-26-0412/A07", "O2",
     "Report Mason missing to the police (999 or 101) if he is not home by his agreed time and she cannot "
     "reach him, then ring the social worker or the Emergency Duty Team.",
     "Donna Reilly (mother)",
     "Within 1 hour of his agreed time (9pm school nights, 10pm weekends)",
     "Police missing reports and the EDT log, checked by the social worker every Monday against the times "
     "Mason was due home"),
    ("CPP-26-0412/A08", "O2",
     "Agree a written home agreement with Mason: times in, his phone charged and switched on, and telling "
     "Donna where he is going, with a reward for each week it is kept.",
     "Donna Reilly (mother), written up with Jade Kirby",
     "Agreed by 06/03/2026, then checked every Sunday",
     "Signed agreement on CASEVIEW; the weekly tick sheet seen by the social worker at each visit"),
    ("CPP-26-0412/A09", "O2",
     "Weekly sessions for Donna for her anxiety and low mood.",
     "Sian Holloway, mental health practitioner, Jervingham Community Mental Health Team",
     "Weekly from 03/03/2026",
     "Attendance record sent to the social worker monthly"),
    ("CPP-26-0412/A10", "O4",
     "Refer Mason to CAMHS for an assessment of his sleep problems and low mood.",
     "Dr Rachel Ng, GP, Fernside Medical Practice",
     "TBC",
     "CAMHS acceptance letter on CASEVIEW"),
    ("CPP-26-0412/A11", "O1",
     "Share any sighting of Mason with older youths, at Crane Street or out of the area, with the social "
     "worker and the police.",
     "All agencies",
     "The same day",
     "Sightings logged on Mason's chronology by the social worker within 24 hours and passed to the police "
     "as intelligence"),
    ("CPP-26-0412/A12", "O3",
     "Assess Mason's learning needs (reading age and processing), including watching him in two lessons.",
     "Dr Fiona Hart, educational psychologist, Jervingham Educational Psychology Service",
     "By 30/04/2026",
     "N/A"),
    ("CPP-26-0412/A13", "O1",
     "Submit a National Referral Mechanism referral for Mason as a child at risk of criminal exploitation.",
     "Kwame Asante, social worker",
     "By 06/03/2026",
     "NRM referral number, and the reasonable grounds decision letter when it comes, on CASEVIEW"),
    ("CPP-26-0412/A14", "O1",
     "Present Mason's case at the Multi-Agency Child Exploitation (MACE) panel and bring its actions back to "
     "the core group.",
     "Kwame Asante, social worker",
     "At the MACE panel on 12/03/2026",
     "MACE minutes with Mason's actions shared with the core group on 17/03/2026"),
    ("CPP-26-0412/A15", "O4",
     "Drive Mason to boxing club and back home on Tuesday and Thursday evenings.",
     "Sean Reilly (maternal uncle)",
     "Every Tuesday and Thursday, 6pm to 8pm, from 03/03/2026",
     "Boxing club register; Sean's text to Donna when Mason is home, seen by the social worker at visits"),
]

_REILLY_BLOCKS = []
for _i, _a in enumerate(_REILLY_ACTIONS, start=1):
    _REILLY_BLOCKS.extend(_reilly_form(_i, *_a))

PLANS.append({
    "name": "b188_jervingham_case_export_form_per_action_caps_fields_reilly.pdf",
    "doc_title": "CASEVIEW print - Child Protection Plan - REILLY, Mason",
    "split": "tune",
    "actions": 15,
    "font_size": 9.5,
    "min_pages": 4,
    "header": "OFFICIAL-SENSITIVE · Jervingham Borough Council · CASEVIEW 4 · Child Protection Plan (print)",
    "footer": "Case 00481237 · REILLY, Mason · DOB 02/09/2012 · Printed 27/02/2026 14:22 by KASANTE · "
              "Page {PAGE} of {NUMPAGES}",
    "template": "icpc-plan-case-system-print-paged-caps-section-headings-field-value-tables-subject-reason-parental-factors-strengths-voice-outcome-ids-then-one-form-per-action-action-n-of-m-ref-linked-outcome-action-responsible-due-frequency-success-measure-status-then-trigger-response-lead-contingency-review-fields-distribution-end-of-print",
    "description": (
        "Initial conference plan printed from a case system for a 13-year-old who goes missing and is "
        "being criminally exploited; his mother has anxiety and low mood and sees the community mental "
        "health team. Every page carries an OFFICIAL-SENSITIVE header and a footer with the case number, "
        "the child's name and date of birth, a print stamp and 'Page n of m'. Sections are numbered in "
        "capitals and every action is its own form ('ACTION 5 OF 15') with REF, LINKED OUTCOME, ACTION, "
        "RESPONSIBLE, DUE / FREQUENCY, SUCCESS MEASURE and STATUS fields. Most forms are sound. Faults: "
        "the learning mentor's morning meetings are measured only by 'Monitored'; the CMHT's sessions only "
        "support the mother and are measured by attendance; the GP's CAMHS referral is 'TBC'; 'All "
        "agencies' share sightings; the educational psychologist's assessment has 'N/A' for its measure; "
        "and the review conference date is 'to be confirmed'."
    ),
    "blocks": [
        ("title", "CHILD PROTECTION PLAN"),
        ("p", "CASEVIEW 4 › Children › REILLY, Mason › Plans › Child Protection Plan · Plan ID CPP-26-0412 · "
              "Status CURRENT · Last updated 27/02/2026 11:40 (KASANTE)"),
        ("h2", "SECTION 1 - SUBJECT AND HOUSEHOLD"),
        ("table", {
            "header": ["FIELD", "VALUE"],
            "widths": [4.2, 12.8],
            "bold_first_col": True,
            "rows": [
                ["CHILD", "REILLY, Mason (male), born 02/09/2012, age 13"],
                ["CASE NO", "00481237"],
                ["SCHOOL", "Ridgeway Academy, Year 9 (on a part-time timetable since 12/01/2026)"],
                ["ADDRESS", "Flat 6, Holloway Court, Jervingham JV3 9TD"],
                ["HOUSEHOLD", "Donna Reilly (41), mother. Mason's father, Paul Gibbs, lives in Spain; no "
                              "contact since 2019."],
                ["WIDER FAMILY", "Sean Reilly (38), maternal uncle, 22 Beck Lane, Jervingham"],
                ["CATEGORY", "Neglect"],
                ["CONFERENCE", "Initial child protection conference, 24/02/2026. Chair: Maria Costa (IRO)"],
                ["ALLOCATED WORKER", "Kwame Asante, social worker, Adolescent Safeguarding Team"],
                ["TEAM MANAGER", "Louise Farrow"],
            ],
        }),
        ("h2", "SECTION 2 - REASON FOR PLAN"),
        ("p", "Mason has been reported missing nine times since November 2025, three times overnight. On "
              "06/02/2026 British Transport Police found him at Carrow Junction station with £340 in cash, "
              "two phones and a train ticket to the coast, in the company of a 19-year-old known to be "
              "dealing drugs from 14 Crane Street. He has a cut to his hand he will not explain. His "
              "attendance this year is 61% and he was excluded for two days in January for carrying a "
              "kitchen knife in his bag. Donna says she cannot stop him going out and often does not know "
              "where he is."),
        ("h2", "SECTION 3 - PARENTAL FACTORS"),
        ("table", {
            "header": ["FIELD", "VALUE"],
            "widths": [4.2, 12.8],
            "bold_first_col": True,
            "rows": [
                ["MENTAL HEALTH", "Donna has anxiety and depression. She was referred to the Jervingham "
                                  "Community Mental Health Team by her GP in December 2025 and is taking "
                                  "citalopram. She says that on bad days she does not leave the flat and does "
                                  "not have the energy to go looking for Mason."],
                ["ALCOHOL / DRUGS", "No concerns known."],
                ["DOMESTIC ABUSE", "None current."],
            ],
        }),
        ("h2", "SECTION 4 - STRENGTHS"),
        ("bullets", [
            "Donna has reported Mason missing every time, and rang the police herself on 06/02/2026.",
            "Mason and Donna are close; he makes her tea when she is low and says he loves her.",
            "Mason loves boxing and went to Jervingham Boxing Club for two years until last summer.",
            "Sean, Donna's brother, is willing to help and Mason looks up to him.",
            "Mason talked openly to Jade Kirby at the Reach Project on 19/02/2026.",
        ]),
        ("h2", "SECTION 5 - CHILD'S VIEWS (VOICE OF THE CHILD)"),
        ("p", "Seen alone at school by Kwame on 18/02/2026 and at home on 20/02/2026. Mason said: \"They're "
              "my mates, they look after me. I get paid, so what's the problem?\" \"Sometimes I have to go "
              "places I don't want to, and if I don't go I owe them.\" \"I don't like leaving Mum on her "
              "own when she's bad.\" He wants to \"go back to boxing\" and \"not be in trouble at school "
              "all the time\". He scored how safe he feels out at night as 4 out of 10."),
        ("h2", "SECTION 6 - OUTCOMES"),
        ("table", {
            "header": ["OUTCOME ID", "OUTCOME"],
            "widths": [3.0, 14.0],
            "rows": [
                ["O1", "Mason is safe from people who are exploiting him: no contact with Crane Street, and no "
                       "running of drugs or money."],
                ["O2", "Mason is home every night at his agreed time and, if he goes missing, he is found "
                       "quickly and someone he knows talks with him afterwards."],
                ["O3", "Mason is in school full time, with help for his learning, and is not excluded."],
                ["O4", "Mason has people and places that keep him busy and safe (boxing, his uncle), and help "
                       "with his sleep and his mood."],
            ],
        }),
        ("h2", "SECTION 7 - ACTIONS (15)"),
        ("p", "Each action is printed as a form. DUE / FREQUENCY says when the action is done; SUCCESS MEASURE "
              "says how the core group will know it is working."),
        *_REILLY_BLOCKS,
        ("h2", "SECTION 8 - CONTINGENCY PLAN"),
        ("table", {
            "header": ["TRIGGER", "RESPONSE", "LEAD"],
            "widths": [5.0, 8.7, 3.3],
            "rows": [
                ["Mason is missing overnight, or is found out of the area",
                 "Donna reports him missing at once; the police treat it as high risk. Kwame holds a strategy "
                 "discussion with the police and Ellie the next working day, or the Emergency Duty Team does "
                 "so the same night.",
                 "Donna Reilly; Kwame Asante"],
                ["Mason is found with drugs, a weapon, large amounts of cash or an injury",
                 "Police attend and take Mason somewhere safe; a strategy discussion is held the same day, and "
                 "Mason stays at Sean's that night if he cannot go home.",
                 "PC Gareth Lowe; Kwame Asante"],
                ["Sean cannot do the boxing club lifts or have Mason to stay",
                 "Sean or Donna tells Kwame that day. Jade collects Mason for boxing; if Mason needs somewhere "
                 "to stay, Kwame (or the Emergency Duty Team) arranges an emergency foster placement.",
                 "Kwame Asante"],
                ["Mason goes missing overnight twice or more in a month, or is charged with an offence linked "
                 "to exploitation",
                 "Kwame asks Louise Farrow for a legal planning meeting within 5 working days, to decide "
                 "whether to seek legal advice on care proceedings.",
                 "Kwame Asante; Louise Farrow"],
            ],
        }),
        ("h2", "SECTION 9 - REVIEW ARRANGEMENTS"),
        ("table", {
            "header": ["FIELD", "VALUE"],
            "widths": [4.2, 12.8],
            "bold_first_col": True,
            "rows": [
                ["CORE GROUP FREQUENCY", "Every 4 weeks"],
                ["CORE GROUP DATES", "17/03/2026, 14/04/2026, 12/05/2026 (Ridgeway Academy, 2pm)"],
                ["REVIEW CONFERENCE", "TO BE CONFIRMED"],
            ],
        }),
        ("h2", "SECTION 10 - DISTRIBUTION"),
        ("p", "Donna Reilly · Mason Reilly (young person's version) · Ridgeway Academy · Jervingham Police CET "
              "· Jervingham Missing and Exploitation Hub · Reach Project · Jervingham CMHT · Fernside Medical "
              "Practice · Jervingham Educational Psychology Service · Conference and Review Service"),
        ("p", "*** END OF PRINT · 15 actions · 4 outcomes · report CP-PLAN-PRINT v4.2 ***"),
    ],
    "findings": [
        F("M002", "Meet Mason at the school gate each morning"),
        F("H001", "Weekly sessions for Donna for her anxiety and low mood."),
        F("T002", "Refer Mason to CAMHS for an assessment of his sleep"),
        F("W002", "Share any sighting of Mason with older youths"),
        F("M001", "Assess Mason's learning needs (reading age and processing)"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Initial conference plan, DRAFT print of a landscape Word template:
#    lettered parts A to H, then one wide eight-column table (Ref / For
#    outcome / What needs to happen / Lead / Start / Complete by or how
#    often / How we will know / RAG) running over three pages, its heading
#    row typed as an ordinary first row so it is NOT repeated after the
#    page breaks. Faulty (pdf, landscape)
# ---------------------------------------------------------------------------
_KOWALCZYK_ROWS = [
    ["Ref", "For outcome", "What needs to happen", "Lead", "Start", "Complete by / how often",
     "How we will know", "RAG"],
    ["F1", "1",
     "Visit Oliwia and Leo at home, with at least one visit a fortnight unannounced; see Oliwia on her own "
     "(with the interpreter) and Leo awake, and check for any sign that Jordan is staying at the flat.",
     "Aisha Rahman, social worker", "06/03/2026", "Weekly until the review conference on 28/05/2026",
     "Visit records on Mosaic within 48 hours, with what Oliwia says and shows, and what was seen of Leo", ""],
    ["F2", "1",
     "Safety planning with Marta: a written safety plan, a panic alarm fitted through the police, and "
     "advice about applying for a non-molestation order.",
     "Laura Penn, IDVA, Joblingford Domestic Abuse Service", "09/03/2026",
     "Safety plan by 20/03/2026; then fortnightly",
     "Written safety plan on the SW's file by 20/03/2026; the police alarm record; Laura's fortnightly "
     "update e-mails", ""],
    ["F3", "1",
     "Check that Jordan keeps to his bail conditions, attend any breach, and tell the SW about any call-out "
     "to 41 Sedgemoor Street.",
     "DC Rhys Morgan, Domestic Abuse Unit, Joblingford Police", "05/03/2026",
     "Until bail ends on 28/03/2026 and the charging decision; any call-out reported by 9am the next "
     "working day",
     "Police notifications (PPNs) and the bail breach log sent to the SW", ""],
    ["F4", "1",
     "Jordan to be assessed for the Change Project perpetrator programme and, if accepted, attend the "
     "26-week group.",
     "Jordan Price", "-", "As soon as a place is available",
     "Assessment outcome letter and group attendance record sent to the SW", ""],
    ["F5", "1",
     "Supervise Jordan's time with Leo and Oliwia at her home, on Saturdays from 10am to 12 noon; no "
     "contact at Sedgemoor Street.",
     "Ewa Kowalczyk (maternal grandmother)", "07/03/2026", "Every Saturday, 10am to 12 noon",
     "Ewa's contact notes, signed by her and read by the SW each week", ""],
    ["F6", "2",
     "Weigh Leo and check his development at home, and go through safe feeding and handling with Marta.",
     "Nicola Fry, health visitor, Joblingford 0-19 Service", "10/03/2026",
     "Every 2 weeks until the review conference",
     "Weights plotted in Leo's red book, staying on or near his 50th centile line; HV notes e-mailed to the "
     "SW after each visit", ""],
    ["F7", "2",
     "Book Leo's missed 8-week and 12-week immunisations and make sure he has them.",
     "Dr Hamid Qureshi, GP, Sedgemoor Surgery", "-", "-",
     "Immunisations recorded in the red book and on the GP record", ""],
    ["F8", "2",
     "Put Leo to sleep on his back in his own cot, never in the bed or on the sofa with an adult.",
     "Marta Kowalczyk", "05/03/2026", "Every sleep, day and night",
     "The cot made up and Leo in it when the SW and HV visit; Marta's sleep diary read at each visit", ""],
    ["F9", "3",
     "Give Oliwia her 15 hours at pre-school; her key worker notes her words, play and any worry she shows, "
     "and rings the SW the same day about anything she says about home.",
     "Gemma Stiles, manager, Bright Stars Pre-school", "09/03/2026",
     "Every session (Monday, Wednesday and Friday mornings)",
     "Attendance and key worker observations e-mailed to the SW every Friday", ""],
    ["F10", "3",
     "A speech and language assessment to be arranged for Oliwia, who uses few words in Polish or English.",
     "-", "16/03/2026", "By 30/04/2026",
     "SALT report and targets shared with the pre-school and the core group", ""],
    ["F11", "3",
     "Three play sessions with Oliwia, with a Polish interpreter, using puppets and the family house to "
     "hear how she feels at home.",
     "Aisha Rahman, social worker", "16/03/2026", "Weekly to 30/03/2026",
     "Session notes with Oliwia's words, and her drawings, on file and in the core group report", ""],
    ["F12", "4",
     "Attend the Freedom Programme (Tuesday morning group, crèche provided).",
     "Marta Kowalczyk", "14/04/2026", "Weekly for 12 weeks",
     "Attendance record from Joblingford Domestic Abuse Service, sent to the SW monthly", ""],
    ["F13", "4",
     "Weekly family support sessions at home with Marta on routines and on managing two small children on "
     "her own.",
     "Shona Pike, family support worker, Joblingford Family Hub", "10/03/2026", "Weekly for 10 weeks",
     "Improvement in home routines", ""],
    ["F14", "5",
     "Drug assessment for Jordan, with an oral fluid test at each appointment, and a written report on his "
     "cannabis use and whether he is cutting down.",
     "Matt Greaves, recovery worker, Joblingford Drug and Alcohol Service", "12/03/2026",
     "Assessment by 27/03/2026; then fortnightly",
     "Oral fluid results and the JDAS report on the SW's file by 27/03/2026", ""],
    ["F15", "5",
     "No cannabis or smoking equipment at Ewa's home or anywhere the children are, and no cannabis in the "
     "24 hours before contact.",
     "Jordan Price", "07/03/2026", "Every contact",
     "Ewa's contact notes; JDAS oral fluid results", ""],
    ["F16", "1",
     "Stay at Sedgemoor Street with Marta and the children on Friday and Saturday nights while Jordan's bail "
     "conditions last.",
     "Ewa Kowalczyk (maternal grandmother)", "06/03/2026", "Friday and Saturday nights until 28/03/2026",
     "Ewa's notes, and the SW's Friday evening visits", ""],
    ["F17", "3",
     "Collect Oliwia from pre-school every Wednesday and give her tea, so that Marta can take Leo to the "
     "baby group.",
     "Kayla Price (Leo's paternal aunt)", "11/03/2026", "Every Wednesday, 12 noon to 4pm",
     "Pre-school collection log; Kayla's text to Marta when Oliwia is home, seen by the SW", ""],
    ["F18", "1",
     "Fit extra locks, a door chain and a letterbox guard at 41 Sedgemoor Street under the sanctuary "
     "scheme.",
     "Paul Whitlow, tenancy officer, Joblingford Homes", "09/03/2026", "By 20/03/2026", "", ""],
    ["F19", "1-5",
     "Refer the family to the Family Group Conference service, so that Marta's and Jordan's families can "
     "make their own plan for the children.",
     "Aisha Rahman, social worker", "05/03/2026", "Referral by 13/03/2026; FGC held by 24/04/2026",
     "The family's FGC plan on file and shared at the core group on 05/05/2026", ""],
]

PLANS.append({
    "name": "b188_joblingford_icpc_landscape_draft_print_header_row_not_repeated_kowalczyk.pdf",
    "doc_title": "DRAFT Initial Child Protection Plan - Oliwia Kowalczyk and Leo Kowalczyk-Price",
    "split": "tune",
    "actions": 19,
    "landscape": True,
    "font_size": 9.5,
    "min_pages": 4,
    "header": "DRAFT - NOT YET AGREED BY THE CHAIR · OFFICIAL-SENSITIVE · Joblingford Council Children's Services",
    "footer": "Oliwia Kowalczyk (DOB 17/08/2022) and Leo Kowalczyk-Price (DOB 29/09/2025) · ICPC 05/03/2026 · "
              "Draft v0.3 printed 06/03/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "icpc-plan-word-template-draft-print-paged-landscape-draft-watermark-line-in-header-dob-footer-lettered-parts-a-to-h-then-one-wide-eight-column-table-ref-for-outcome-what-needs-to-happen-lead-start-complete-by-how-we-will-know-blank-rag-over-three-pages-heading-row-not-repeated-after-page-breaks-then-contingency-meetings-version-note",
    "description": (
        "Draft initial conference plan, printed in landscape before the chair agreed it ('DRAFT - NOT YET "
        "AGREED BY THE CHAIR' in the page header, the children's dates of birth and 'Draft v0.3' in the "
        "footer), for a 3-year-old and a 5-month-old after their mother was pushed into a door while "
        "holding the baby; the baby's father, on bail, uses cannabis daily. Lettered parts A to H, then "
        "one wide eight-column table that runs over three pages with its heading row typed as an "
        "ordinary first row, so the later pages carry no column headings. Faults: the perpetrator "
        "programme is 'As soon as a place is available'; the GP's immunisations row has '-' for start and "
        "complete by; the speech and language assessment has '-' for its lead; the family support "
        "sessions are measured by 'Improvement in home routines'; the sanctuary locks have an empty 'How "
        "we will know'; one outcome is only about the mother's confidence; and the grandmother and the "
        "aunt carry contact supervision and care with nothing said about what happens if they cannot."
    ),
    "blocks": [
        ("title", "Initial Child Protection Plan"),
        ("p", "DRAFT v0.3 for checking by the conference chair. Typed from the conference on 05/03/2026 by "
              "Aisha Rahman (social worker). Changes since v0.2: Part F rows F16 to F19 added."),
        ("h1", "Part A - Conference details"),
        ("table", {
            "widths": [5.0, 20.7],
            "bold_first_col": True,
            "rows": [
                ["Children", "Oliwia Kowalczyk, born 17/08/2022 (3), Bright Stars Pre-school\n"
                             "Leo Kowalczyk-Price, born 29/09/2025 (5 months)"],
                ["Address", "41 Sedgemoor Street, Joblingford JB2 6RT"],
                ["Mother", "Marta Kowalczyk (27). First language Polish; an interpreter is used at meetings."],
                ["Leo's father", "Jordan Price (30). On police bail not to go to Sedgemoor Street or contact "
                                 "Marta until 28/03/2026; staying at his sister Kayla's, 12 Thornbury Road."],
                ["Oliwia's father", "Tomasz Nowak, lives in Poland; no contact"],
                ["Wider family", "Ewa Kowalczyk (52), maternal grandmother, 8 Linnet Court, Joblingford; "
                                 "Kayla Price (33), Leo's paternal aunt"],
                ["Category", "Emotional abuse (both children)"],
                ["Conference", "Initial child protection conference, 05/03/2026. Chair: Robert Ince"],
                ["Social worker", "Aisha Rahman, Assessment and Safeguarding Team 1 (team manager: "
                                  "Claire Boden)"],
            ],
        }),
        ("h1", "Part B - Why we are worried"),
        ("p", "On 14/02/2026 a neighbour called the police after hearing screaming. Marta told officers that "
              "Jordan had pushed her into the kitchen door while she was holding Leo, and Leo fell from her "
              "arms onto the sofa. Oliwia was found hiding under the table. Jordan was arrested and released "
              "on bail. The police have been called to the family three times before (June 2024, December "
              "2024 and August 2025). Officers found cannabis and a grinder on the coffee table within "
              "Oliwia's reach. Jordan says he smokes cannabis every day \"to stay calm\". Leo missed his 8- "
              "and 12-week immunisations, and Oliwia uses very few words for her age in either language."),
        ("h1", "Part C - Strengths and safety"),
        ("bullets", [
            "Marta called the police herself in August 2025 and has kept to her safety plan since February.",
            "Leo is gaining weight well and is a smiley, settled baby.",
            "Ewa lives ten minutes' walk away, sees the children most days and has offered to help.",
            "Jordan has kept to his bail conditions so far and says he wants help with his anger and his "
            "cannabis use.",
        ]),
        ("h1", "Part D - Oliwia and Leo: what they say and show us"),
        ("p", "Oliwia (seen with an interpreter at pre-school on 26/02/2026) played with the doll's house, "
              "put the daddy doll outside and said \"Tata krzyczy\" (\"Daddy shouts\"). She said she likes "
              "\"Babcia's house\" (Ewa's) \"because of the cat\". Her key worker says she hides in the book "
              "corner when other children raise their voices."),
        ("p", "Leo (seen at home on 02/03/2026) is alert and smiley, follows faces and settles quickly when "
              "Marta holds him. He startles and cries at loud noises; Marta says he did not settle for two "
              "nights after 14/02/2026."),
        ("h1", "Part E - Outcomes"),
        ("numbers", [
            "Oliwia and Leo live in a home where no one is hurt, shouted at or frightened, and they are never "
            "there when adults fight.",
            "Leo is fed, handled gently and sleeps safely, and his weight, health and development stay on "
            "track.",
            "Oliwia goes to pre-school, her words and play are helped along, and she can tell someone she "
            "trusts how she feels.",
            "Marta feels more confident and able to stand up to Jordan.",
            "No cannabis, smoke or drug equipment is ever where Oliwia or Leo can reach or breathe it.",
        ]),
        ("h1", "Part F - The plan"),
        ("p", "The RAG column is left blank at the initial conference and is filled in at each core group."),
        ("table", {
            "widths": [1.1, 1.5, 7.0, 3.8, 2.3, 3.3, 5.5, 1.2],
            "rows": _KOWALCZYK_ROWS,
        }),
        ("h1", "Part G - Contingency"),
        ("bullets", [
            "If Jordan comes to 41 Sedgemoor Street, or contacts Marta, while his bail conditions last: Marta "
            "rings 999 and the police arrest him for the breach. Oliwia and Leo go to Ewa's that night and "
            "Aisha visits them the next morning.",
            "If Marta or either child is hurt or threatened by Jordan at any time: the police are called, the "
            "children go to Ewa's, and Aisha holds a strategy discussion with the police and health within "
            "24 hours.",
            "If Jordan uses cannabis before contact or turns up at contact smelling of cannabis: Ewa ends the "
            "contact at once and rings Aisha, and contact stops until Aisha has met Jordan.",
            "If Marta lets Jordan move back into the flat before his assessments are finished, or there is "
            "another incident of violence: Aisha asks Claire Boden for a legal planning meeting within 5 "
            "working days, to decide whether to start PLO pre-proceedings.",
        ]),
        ("h1", "Part H - Core group and review"),
        ("kv", [
            ("Core group", "Every 4 weeks at Joblingford Family Hub, Tuesdays at 1.30pm, with a Polish "
                           "interpreter: 17/03/2026, 14/04/2026 and 05/05/2026"),
            ("Review conference", "28/05/2026 at 10am, Joblingford Civic Centre"),
        ]),
        ("p", "Version note: v0.1 typed 05/03/2026; v0.2 Part D added 05/03/2026; v0.3 rows F16 to F19 added "
              "06/03/2026. To be sent to the chair for agreement, then to the family (in Polish and English) "
              "and to everyone at the conference."),
    ],
    "findings": [
        F("T002", "to be assessed for the Change Project perpetrator programme"),
        F("T001", "Book Leo's missed 8-week and 12-week immunisations"),
        F("W001", "A speech and language assessment to be arranged for Oliwia"),
        F("M002", "Weekly family support sessions at home with Marta on routines"),
        F("M001", "Fit extra locks, a door chain and a letterbox guard"),
        F("F002", "Marta feels more confident and able to stand up to Jordan."),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Pre-birth plan printed as a "COPY - UNCONTROLLED WHEN PRINTED": numbered
#    sections 1 to 11, a dagger footnote, the plan as typed-numbered
#    paragraphs 7.1.1 to 7.3.6 under three stage sub-headings (each
#    paragraph giving who, when and "We will know because ..."), then
#    signature boxes, copies list and appendices (who's who, version
#    history). Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b188_jumbleden_prebirth_copy_print_numbered_paragraphs_appendices_marsden.pdf",
    "doc_title": "Pre-birth Child Protection Plan - unborn baby of Chloe Marsden",
    "split": "tune",
    "actions": 17,
    "font_size": 10,
    "min_pages": 4,
    "header": "COPY - UNCONTROLLED WHEN PRINTED · Jumbleden Borough Council · Pre-birth Child Protection Plan",
    "footer": "Unborn baby of Chloe Marsden (EDD 18/05/2026) · LCS ref 7730214 · v1.1 issued 23/02/2026 · "
              "Page {PAGE} of {NUMPAGES}",
    "template": "prebirth-plan-print-paged-copy-uncontrolled-when-printed-header-edd-lcs-ref-version-footer-numbered-sections-1-to-11-dagger-footnote-then-7-the-plan-typed-numbered-paragraphs-7-1-1-under-stage-subheadings-before-birth-ward-first-eight-weeks-each-with-who-when-we-will-know-because-then-if-things-go-wrong-bullets-meetings-signature-boxes-copies-list-appendix-a-whos-who-appendix-b-version-history",
    "description": (
        "Exemplary pre-birth plan, printed as a 'COPY - UNCONTROLLED WHEN PRINTED' with the EDD, case "
        "reference, version and 'Page n of m' in the footer, for the baby of a 20-year-old care leaver "
        "with a mild learning disability and a father with bipolar disorder who was detained in 2024 and "
        "once threw a phone at her. Numbered sections, a dagger footnote about consent, and the plan as "
        "typed-numbered paragraphs (7.1.1 to 7.3.6) under three stages (before the birth, on the ward, "
        "the first eight weeks), each saying who, when and 'We will know because ...'; then the "
        "contingency, meeting dates, signature boxes, a copies list and appendices. The CMHT care "
        "coordinator reports on the father's capacity to change, the GP and the community learning "
        "disability team own actions, the paternal grandmother's and former foster carer's help has a "
        "fallback, legal planning follows named triggers, and the baby's world is described."
    ),
    "blocks": [
        ("title", "Pre-birth Child Protection Plan"),
        ("p", "Jumbleden Borough Council · Children and Families · Safeguarding and Family Support (West)"),
        ("h1", "1 About this plan"),
        ("p", "This plan was made at the pre-birth initial child protection conference on 19/02/2026 "
              "(chair: Angela Wray) and issued as version 1.1 on 23/02/2026 after Chloe and Ryan asked for "
              "two words to be changed (see Appendix B). An easy-read copy with pictures was given to Chloe "
              "and Ryan on 23/02/2026. Who everyone is, with their telephone numbers, is in Appendix A."),
        ("h1", "2 The family"),
        ("kv", [
            ("Baby", "Unborn, EDD 18/05/2026 (27+3 weeks at the conference); to be born at Willowbank "
                     "Maternity Unit, Jumbleden General Hospital"),
            ("Mother", "Chloe Marsden (20), 4 Aldous Court, Jumbleden JM6 2WS"),
            ("Father", "Ryan Tullett (24), lives with Chloe"),
            ("Paternal grandmother", "Carol Tullett (51), 22 Ashdown Road, Jumbleden (a 10-minute walk)"),
            ("Chloe's former foster carer", "Sue Pemberton (58), cared for Chloe from 2017 to 2023 and "
                                            "still sees her every week"),
            ("Category", "Neglect (unborn baby)"),
            ("Social worker", "Tom Hadley (team manager: Sara Whitfield)"),
        ]),
        ("h1", "3 Why there is a plan"),
        ("h2", "3.1 Chloe"),
        ("p", "Chloe was in care from the age of 11 because of neglect. She has a mild learning disability: "
              "she reads a little, finds letters and leaflets hard, and can lose track of times and "
              "appointments. She missed two antenatal appointments in January 2026. She wants to be a good "
              "mum and says, \"Nobody showed me how, so I need someone to show me.\""),
        ("h2", "3.2 Ryan\u2020"),
        ("p", "Ryan has bipolar affective disorder. In August 2024 he stopped taking his lithium, became "
              "very unwell, punched a wall and threw a phone at Chloe, and was detained in hospital under "
              "section 2 of the Mental Health Act for four weeks. The police were called but no further "
              "action was taken. He has been well since, under the Jumbleden Community Mental Health Team, "
              "but he missed two lithium blood tests in December 2025. He does not drink or use drugs."),
        ("p", "\u2020 Ryan signed consent on 12/02/2026 for his care coordinator and GP to share information "
              "about his health with the core group."),
        ("h1", "4 What is going well"),
        ("bullets", [
            "Chloe has been to every antenatal appointment since 26/01/2026, with Sue's reminders.",
            "Ryan has taken his lithium every day since September 2024 and has kept every CMHT appointment.",
            "Chloe and Ryan came to the conference together, listened, and agreed with the plan.",
            "Carol has offered to stay for the first two weeks after the birth, and then come every weekday "
            "morning.",
            "The flat is clean and warm, and Chloe has already bought baby clothes and bottles.",
        ]),
        ("h1", "5 Baby's world, and what Chloe and Ryan say"),
        ("p", "Baby cannot tell us what she or he needs, so this is what we have seen and what baby's first "
              "weeks will be like. At the 20-week scan baby was growing well, and the midwife has plotted "
              "baby's growth at every appointment since. Chloe talks to her bump and plays it music; Ryan "
              "has felt baby kick. Baby will come home to a one-bedroom flat on the first floor, where baby "
              "will need feeding every two to three hours, a safe place to sleep, and calm adults when baby "
              "cries."),
        ("p", "Chloe said: \"I want the baby to have what I didn't: someone there all the time.\" Ryan said: "
              "\"If I get poorly again I want the baby to be safe. I'd rather go to my mum's than put the "
              "baby at risk.\""),
        ("h1", "6 What we want for baby"),
        ("numbers", [
            "Baby is born safely and goes home only when everyone has agreed who will care for baby and "
            "how.",
            "Baby is fed every two to three hours, gains weight and stays near the birth centile line.",
            "Baby sleeps on her or his back in a cot or Moses basket, and is never alone with an adult who "
            "is mentally unwell.",
            "Baby lives in a calm home where no one shouts, throws things or hurts anyone.",
        ]),
        ("h1", "7 The plan"),
        ("p", "Each numbered paragraph is one action. It says who will do it, when, and how we will know it "
              "has been done and is helping baby. 28 weeks is 23/02/2026, 32 weeks is 23/03/2026 and 36 "
              "weeks is 20/04/2026."),
        ("h2", "7.1 Before baby is born"),
        ("pi", "7.1.1  Rosa Delgado, specialist safeguarding midwife, will see Chloe at each antenatal "
               "appointment from 28 weeks using the easy-read \"Getting ready for baby\" pack, and will write "
               "the birth plan and the ward safeguarding alert with her by 34 weeks (06/04/2026). We will "
               "know because the birth plan and the alert are on BadgerNet, and a copy is on the SW's file, "
               "by 06/04/2026."),
        ("pi", "7.1.2  Tom Hadley, social worker, will complete a PAMS parenting assessment with Chloe and "
               "Ryan, adapted for Chloe's learning disability (short sessions, pictures and practice), with "
               "sessions twice a week from 02/03/2026. We will know because the written assessment, with its "
               "recommendations for baby's care, is shared with Chloe, Ryan and the core group by "
               "24/04/2026."),
        ("pi", "7.1.3  Lorna Baxter, Ryan's care coordinator at the Jumbleden Community Mental Health Team, "
               "will see Ryan every two weeks, update his relapse and crisis plan with him to cover the birth "
               "and baby's first weeks, and write a report on whether Ryan's mental health is stable enough "
               "for him to share the care of a newborn, what still needs to change and how long that is "
               "likely to take. We will know because the updated relapse plan and Lorna's report are on the "
               "SW's file by 06/04/2026."),
        ("pi", "7.1.4  Dr Imran Shah, GP at Millgate Health Centre, will check Ryan's lithium level every "
               "month, next on 04/03/2026, and write to Lorna and Tom within two working days of any level "
               "out of range or any missed test. We will know because the results are on the GP record and "
               "any letter is on the SW's file."),
        ("pi", "7.1.5  Helen Price, community nurse at the Jumbleden Community Learning Disability Team, will "
               "assess what help Chloe needs to read and follow baby care information (feeds, medicines, "
               "appointments) by 32 weeks (23/03/2026). We will know because her written recommendations are "
               "sent to Rosa, Fiona and Tom by 23/03/2026."),
        ("pi", "7.1.6  Dan Okoye, Chloe's personal adviser in the Jumbleden Leaving Care Team, will help Chloe "
               "buy and put up baby's cot and Moses basket and get a pram, using her setting-up-home grant, "
               "by 36 weeks (20/04/2026). We will know because Tom and Rosa see the cot and Moses basket made "
               "up in the bedroom at a home visit before 20/04/2026."),
        ("pi", "7.1.7  Fiona Clarke, health visitor, will make an antenatal visit at home by 32 weeks "
               "(23/03/2026) to go through safe sleep, feeding and coping with crying (ICON) with Chloe and "
               "Ryan together. We will know because the safe sleep and ICON checklist, signed by both "
               "parents, is in the health visiting record and copied to Tom."),
        ("pi", "7.1.8  Tom Hadley will hold a family network meeting with Chloe, Ryan, Carol and Sue by "
               "27/03/2026 to agree in writing who helps on which days in baby's first eight weeks, and who "
               "steps in if Carol or Sue cannot. We will know because the signed family network plan is "
               "shared with the core group on 01/04/2026."),
        ("h2", "7.2 At the birth and on the ward"),
        ("pi", "7.2.1  The midwife in charge of Willowbank Maternity Unit will ring Tom, or the Emergency Duty "
               "Team out of hours, within 2 hours of baby's birth. We will know because the call is noted on "
               "baby's BadgerNet record and on the SW's file."),
        ("pi", "7.2.2  Willowbank Maternity Unit, through its ward midwives, will record each feed and nappy "
               "change, and how Chloe and Ryan hold, settle and feed baby, on every shift until discharge. We will know because the "
               "feeding and care chart is given to Tom on the day of discharge."),
        ("pi", "7.2.3  Tom Hadley will hold a discharge planning meeting on the ward before baby goes home, "
               "with Chloe, Ryan, Carol, the ward midwife, Fiona and Lorna. We will know because the written "
               "discharge plan, agreed by everyone there, is on the SW's file before discharge."),
        ("h2", "7.3 At home: the first eight weeks"),
        ("pi", "7.3.1  Tom Hadley will visit at home twice a week for the first four weeks after discharge, "
               "then weekly until baby is 8 weeks old, with one visit a week unannounced, and will see baby "
               "awake and where baby sleeps. We will know because his visit records on LCS within 48 hours "
               "note baby's latest weight in the red book, the sleep space and what Chloe and Ryan say."),
        ("pi", "7.3.2  Fiona Clarke, health visitor, will do the new birth visit between day 10 and day 14, "
               "then weigh baby every week until baby is 8 weeks old. We will know because baby's weights are "
               "plotted in the red book and stay near the birth centile line, and Fiona e-mails Tom after "
               "each visit."),
        ("pi", "7.3.3  Carol Tullett will stay at the flat for the first two weeks after discharge, then come "
               "every weekday from 8am to 12 noon until baby is 8 weeks old, to help with the morning feeds "
               "and baths. We will know because Tom reads Carol's daily notes at each visit, and Chloe tells "
               "him how the mornings have gone."),
        ("pi", "7.3.4  Sue Pemberton will visit Chloe every Wednesday afternoon from discharge until baby is "
               "8 weeks old, to go through the week's appointments and the feeding chart with her. We will "
               "know because the appointments calendar on the kitchen wall is up to date and the feeding "
               "chart is filled in when Tom visits."),
        ("pi", "7.3.5  Ryan will take his lithium every evening, keep his monthly blood tests, and tell Lorna "
               "the same day if he notices his early warning signs (sleeping less than four hours, spending "
               "sprees, racing thoughts), so that he can keep sharing baby's care safely. We will know "
               "because his lithium levels on the GP record stay in range and Lorna's notes record any call."),
        ("pi", "7.3.6  Chloe will feed baby at least every three hours, day and night, and tick the picture "
               "feeding chart Helen has made for her after every feed. We will know because the chart, "
               "checked by Fiona and Tom at their visits, shows no gap of more than three hours between "
               "feeds."),
        ("h1", "8 If things go wrong"),
        ("bullets", [
            "If Ryan shows his early warning signs, stops his lithium, or a level is out of range: Lorna sees "
            "him within 24 hours; Ryan goes to stay at Carol's and does not care for baby alone until Lorna "
            "says in writing that he is well; Tom visits within 24 hours.",
            "If Ryan shouts at, threatens or hurts Chloe, or throws things, when baby is there: Chloe rings "
            "999, Ryan leaves the flat, and Tom holds a strategy discussion with the police within 24 hours. "
            "If baby is still on the ward, discharge waits until a new plan is agreed.",
            "If baby goes more than four hours without a feed twice in one day, or baby's weight drops below "
            "the centile line: Fiona weighs baby the same day and arranges a same-day GP or paediatric "
            "check, Carol stays overnight, and Tom visits within 24 hours.",
            "If Carol or Sue cannot help (illness, holiday, or they can no longer do it): they or Chloe tell "
            "Tom that day, and the second person named in the family network plan covers. If no one can, Tom "
            "arranges for a Jumbleden Family Hub support worker to visit every morning for up to two weeks, "
            "and, if baby still cannot be kept safe, Chloe and baby are offered a parent and baby foster "
            "placement with Joyce Anand.",
            "If the PAMS assessment or Lorna's report says baby cannot be safely cared for at home, or Ryan "
            "is detained again before the birth: Tom asks Sara Whitfield for a legal planning meeting within "
            "5 working days, to decide whether to start PLO pre-proceedings before baby is born.",
        ]),
        ("h1", "9 Meetings"),
        ("kv", [
            ("Core group", "Every 4 weeks on Wednesdays at 2pm, Jumbleden Family Hub: 04/03/2026, 01/04/2026 "
                           "and 29/04/2026, then within 10 working days of baby's discharge"),
            ("Review conference", "14/05/2026 at 1.30pm, Jumbleden Civic Centre"),
        ]),
        ("h1", "10 Signatures"),
        ("table", {
            "header": ["Name", "Role", "Signature", "Date"],
            "widths": [4.0, 5.0, 5.0, 3.0],
            "rows": [
                ["Chloe Marsden", "Mother", "", "23/02/2026"],
                ["Ryan Tullett", "Father", "", "23/02/2026"],
                ["Tom Hadley", "Social worker", "", "23/02/2026"],
                ["Sara Whitfield", "Team manager", "", "23/02/2026"],
            ],
        }),
        ("h1", "11 Copies sent to"),
        ("p", "Chloe Marsden and Ryan Tullett (easy-read and full copies) · Willowbank Maternity Unit "
              "(safeguarding midwife) · Jumbleden 0-19 Service · Jumbleden Community Mental Health Team · "
              "Millgate Health Centre · Jumbleden Community Learning Disability Team · Leaving Care Team · "
              "Conference and Review Service"),
        ("h1", "Appendix A - Who's who"),
        ("table", {
            "header": ["Name", "Role", "Telephone"],
            "widths": [4.0, 9.0, 4.0],
            "rows": [
                ["Tom Hadley", "Social worker, Jumbleden Children and Families", "01632 961 205"],
                ["Rosa Delgado", "Specialist safeguarding midwife, Willowbank Maternity Unit", "01632 961 640"],
                ["Fiona Clarke", "Health visitor, Jumbleden 0-19 Service", "01632 961 318"],
                ["Lorna Baxter", "Care coordinator, Jumbleden CMHT", "01632 961 877"],
                ["Dr Imran Shah", "GP, Millgate Health Centre", "01632 961 450"],
                ["Helen Price", "Community nurse, Community Learning Disability Team", "01632 961 533"],
                ["Dan Okoye", "Personal adviser, Leaving Care Team", "01632 961 290"],
                ["Emergency Duty Team", "Evenings, nights and weekends", "01632 961 999"],
            ],
        }),
        ("h1", "Appendix B - Version history"),
        ("table", {
            "header": ["Version", "Date", "Change"],
            "widths": [2.0, 3.0, 12.0],
            "rows": [
                ["1.0", "20/02/2026", "Plan typed from the conference on 19/02/2026"],
                ["1.1", "23/02/2026", "Section 3.1: \"struggles\" changed to \"finds hard\" at Chloe's request; "
                                      "section 5: Ryan's words added"],
            ],
        }),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Review conference plan in Word as it goes out before a move to another
#    authority: document control box and version table first, numbered
#    sections with "see Appendix A/B" references, a Ref / Action / Lead /
#    Supported by / By when / How we will know table, a transfer section in
#    prose, signature box and distribution list; running header and footer.
#    Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b188_jessockley_rcpc_word_document_control_box_transfer_out_dunmore.docx",
    "doc_title": "Review Child Protection Plan - Kacey and Riley Dunmore",
    "split": "tune",
    "actions": 15,
    "header": "OFFICIAL-SENSITIVE · Jessockley Metropolitan Borough Council · Review Child Protection Plan",
    "footer": "Kacey Dunmore (DOB 12/05/2018) and Riley Dunmore (DOB 30/01/2024) · RCPC 03/03/2026 · "
              "Version 2.1 · Page {PAGE} of {NUMPAGES}",
    "template": "rcpc-plan-word-docx-running-header-footer-document-control-box-version-table-numbered-sections-see-appendix-refs-then-7-ref-action-lead-supported-by-by-when-how-we-will-know-table-then-8-transfer-to-receiving-authority-prose-contingency-core-group-transfer-in-conference-signature-box-distribution-list-appendix-b-receiving-contacts",
    "description": (
        "Review conference plan for a 7-year-old and a 2-year-old on a plan for neglect, written as the "
        "family prepares to move to another local authority: a document control box and version table, "
        "numbered sections with references to appendices, a six-column action table with a 'Supported "
        "by' column, a section on the transfer, a dated transfer-in conference, a signature box and a "
        "distribution list, with a running header and footer. Most rows are sound, including visits until "
        "the transfer-in conference, a records handover by a date and a joint visit with the receiving "
        "worker. Faults: the parenting assessment is paused for the receiving authority to finish after "
        "the transfer; the family support referral is left to the new area 'once the family are "
        "settled'; the 'Core group' owns sharing worries; the money advice sessions are measured by "
        "'Reviewed at core group'; the direct work with Kacey about the move has '-' for how we will "
        "know; and nothing says legal planning follows if the children's care does not improve."
    ),
    "blocks": [
        ("title", "Review Child Protection Plan"),
        ("table", {
            "widths": [4.5, 12.5],
            "bold_first_col": True,
            "rows": [
                ["Document", "Child protection plan (review)"],
                ["Version", "2.1, issued 05/03/2026"],
                ["Owner", "Amrit Sandhu, social worker, Jessockley Children's Social Care, Central Team"],
                ["Approved by", "Nicola Grieve, team manager, 05/03/2026"],
                ["Protective marking", "OFFICIAL-SENSITIVE. Do not copy beyond the distribution list in "
                                       "section 12."],
            ],
        }),
        ("h2", "Version history"),
        ("table", {
            "header": ["Version", "Date", "Author", "Summary of change"],
            "widths": [2.0, 2.6, 3.4, 9.0],
            "rows": [
                ["1.0", "11/12/2025", "A. Sandhu", "Plan from the initial conference on 09/12/2025"],
                ["2.0", "04/03/2026", "A. Sandhu", "Review conference 03/03/2026: plan rewritten for the move"],
                ["2.1", "05/03/2026", "A. Sandhu", "Receiving authority's contact details added (Appendix B)"],
            ],
        }),
        ("h1", "1. Family details"),
        ("table", {
            "widths": [4.5, 12.5],
            "bold_first_col": True,
            "rows": [
                ["Children", "Kacey Dunmore, born 12/05/2018 (7), Year 3, Stoneleigh Primary School\n"
                             "Riley Dunmore, born 30/01/2024 (2)"],
                ["Address", "16 Cobden Terrace, Jessockley JS5 3NE, until 23/03/2026; then 7 Fenwick Close, "
                            "Harlow Green, Kestrelvale KV2 8LU"],
                ["Mother", "Shannon Dunmore (26)"],
                ["Fathers", "Kacey's father is not known. Riley's father, Connor Walsh, has had no contact "
                            "since 2024."],
                ["Wider family", "Leanne Dunmore (29), maternal aunt, 9 Fenwick Close, Harlow Green, Kestrelvale"],
                ["Category", "Neglect (both children)"],
                ["Conference", "Review child protection conference, 03/03/2026. Chair: David Oyelaran"],
                ["Decision", "Both children remain subject to a child protection plan. The plan transfers "
                             "to Kestrelvale County Council when the family move (section 8)."],
            ],
        }),
        ("h1", "2. Why there is a plan, and what has changed"),
        ("p", "The children were made subject to a plan in December 2025 after Kacey came to school hungry "
              "and in the same clothes for a week, and a home visit found dog mess in the living room and on "
              "the stairs, no bedding on Riley's cot and almost no food in the house. Riley had missed his "
              "12-month immunisations and his 2-year review. A chronology is held on the file (Appendix A)."),
        ("p", "Since December the house has been cleaner at most visits and Kacey's attendance has risen "
              "from 82% to 90%. But on 11/02/2026 the social worker found the kitchen floor covered in dog "
              "mess again and Riley in a wet nappy at 3pm, and Shannon owes £1,400 in rent arrears. Shannon "
              "says she does not drink or use drugs, and no agency has any concerns about her health."),
        ("p", "Shannon has been offered a housing association house in Kestrelvale, next door but one to "
              "her sister Leanne, and the family will move on 23/03/2026."),
        ("h1", "3. What is going well"),
        ("bullets", [
            "Kacey's attendance is up to 90% and she is reading at the expected level.",
            "Shannon has cleaned the house thoroughly before most visits and asked for help with her debts.",
            "Riley is a happy, busy toddler who is close to his sister.",
            "Leanne, who lives two doors from the new house, has offered to help Shannon settle in.",
        ]),
        ("h1", "4. Kacey's and Riley's experience"),
        ("p", "Kacey (seen alone at school on 24/02/2026) said: \"I'm excited about the new house because "
              "I'll have my own room and Auntie Leanne is there.\" \"I don't like it when Bruno does his "
              "poos inside and it smells.\" \"I'm a bit scared about the new school because I won't know "
              "anyone.\" She scored home 7 out of 10."),
        ("p", "Riley (seen at home on 11/02/2026 and 24/02/2026) says a few words (\"Mama\", \"Kay-Kay\", "
              "\"dog\") and points to what he wants. He was hungry on 11/02/2026 and ate two bananas quickly. "
              "He follows Kacey everywhere and laughs when she plays with him."),
        ("h1", "5. What needs to be different"),
        ("numbers", [
            "Kacey and Riley live in a clean, safe home with food in the cupboards and clean beds.",
            "Kacey goes to school every day, including through the move, and settles well at her new school.",
            "Riley's health and development are checked and he has all his immunisations.",
            "Kacey and Riley are cared for only by adults who are known to be safe.",
        ]),
        ("h1", "6. How to read the plan"),
        ("p", "\"Lead\" is the person responsible for the action; \"Supported by\" helps but is not "
              "responsible. For the receiving authority's contacts see Appendix B."),
        ("h1", "7. The plan"),
        ("table", {
            "header": ["Ref", "Action", "Lead", "Supported by", "By when", "How we will know"],
            "widths": [1.0, 5.2, 3.0, 2.6, 2.5, 3.9],
            "rows": [
                ["R1", "Visit Kacey and Riley at home, see Kacey on her own, and check the beds, the kitchen "
                       "and where Bruno the dog is kept.",
                 "Amrit Sandhu, social worker", "-", "Weekly until the transfer-in conference on 14/04/2026",
                 "Visit records on file within 48 hours; the home conditions checklist scored at each visit"],
                ["R2", "Riley to be given his missed immunisations (MMR and Hib/MenC) at Stoneleigh Surgery.",
                 "Jo Kemp, practice nurse, Stoneleigh Surgery", "Shannon", "By 20/03/2026 (before the move)",
                 "Immunisations recorded in Riley's red book and on the GP record"],
                ["R3", "Complete Riley's 2-year review (ASQ-3), and hand over to the Kestrelvale health "
                       "visitor.",
                 "Clare Dobbs, health visitor, Jessockley 0-19 Service", "-",
                 "Review by 13/03/2026; handover by 23/03/2026",
                 "ASQ-3 scores in the red book and e-mailed to the SW; handover confirmed in writing by the "
                 "Kestrelvale health visiting team"],
                ["R4", "Check Kacey's attendance every day, and send her school and safeguarding records to "
                       "her new school.",
                 "Mrs Angela Moore, DSL, Stoneleigh Primary School", "-",
                 "Every school day until 20/03/2026; records sent by 23/03/2026",
                 "Attendance e-mailed to the SW every Friday; the new school's confirmation that the CPOMS "
                 "file has arrived"],
                ["R5", "Get Kacey to school by 8.50am every day, including in the week of the move.",
                 "Shannon Dunmore", "Leanne Dunmore", "Every school day",
                 "School register, in the school's Friday e-mail"],
                ["R6", "Apply for Kacey's school place in Kestrelvale, so that she starts there within 5 school "
                       "days of the move.",
                 "Shannon Dunmore", "Amrit Sandhu", "Application by 13/03/2026; start by 30/03/2026",
                 "Admission letter, and the new school's register for her first week"],
                ["R7", "Keep Bruno in the yard or the kitchen behind the gate, and clear any dog mess from the "
                       "house and yard every day.",
                 "Shannon Dunmore", "-", "Every day",
                 "No dog mess in the living areas on the home conditions checklist at each visit"],
                ["R8", "Fortnightly sessions with Shannon on budgeting and on her rent arrears before the move.",
                 "Mark Ellis, money advice worker, Jessockley Citizens Advice", "-", "Fortnightly until "
                 "20/03/2026", "Reviewed at core group"],
                ["R9", "Two direct work sessions with Kacey about the move and her worries about the new "
                       "school, making a \"my new home\" book with her.",
                 "Amrit Sandhu, social worker", "-", "By 20/03/2026", "-"],
                ["R10", "Share any worry about the children's care, or about adults not known to services "
                        "staying at the house, with the social worker.",
                 "Core group", "-", "The same day",
                 "Logged on the children's chronology by the social worker"],
                ["R11", "Send the transfer-in request, the chronology, this plan and the full file to "
                        "Kestrelvale Children's Services.",
                 "Amrit Sandhu, social worker", "Nicola Grieve", "By 24/03/2026",
                 "Kestrelvale's written acknowledgement and the transfer-in conference date on file"],
                ["R12", "Joint home visit to Kacey and Riley at the new address with the Kestrelvale social "
                        "worker.",
                 "Amrit Sandhu, social worker", "Kestrelvale social worker", "By 03/04/2026",
                 "Joint visit record signed by both workers"],
                ["R13", "Help Shannon unpack and make up the children's beds with clean bedding at the new "
                        "house.",
                 "Leanne Dunmore (maternal aunt)", "Shannon", "By 26/03/2026 (3 days after the move)",
                 "Beds and bedding seen by Amrit at the joint visit"],
                ["R14", "Parenting assessment of Shannon paused; to be completed by Kestrelvale after the "
                        "family have moved.",
                 "Kestrelvale Children's Services", "-", "Within 6 weeks of the transfer-in conference",
                 "Written assessment shared with Shannon and the core group"],
                ["R15", "Referral for family support with routines and the house to be made by the new area "
                        "once the family are settled.",
                 "Kestrelvale Children's Services (Harlow Green Team)", "-",
                 "Once the family are settled in Kestrelvale",
                 "Referral accepted letter on file"],
            ],
        }),
        ("h1", "8. Transfer to Kestrelvale"),
        ("p", "Jessockley remains responsible for the plan until Kestrelvale holds its transfer-in "
              "conference. Amrit Sandhu will stay the children's social worker until then. The transfer-in "
              "conference has been booked by Kestrelvale's Conference and Review Service for 14/04/2026."),
        ("h1", "9. Contingency"),
        ("bullets", [
            "If a visit finds no food in the house, dog mess in the living areas, or Riley left in a wet or "
            "dirty nappy for hours, the social worker stays until food is in and the house is safe, and "
            "visits again within 48 hours.",
            "If Kacey is absent for two days in a row without a call, the school rings Shannon and the "
            "social worker, and the social worker visits that day.",
            "If an adult not known to services is found staying at the house, the social worker holds a "
            "strategy discussion with the police the same day.",
            "If the children cannot stay at home safely, they go to Leanne's. If Leanne cannot have them, "
            "the social worker (or the Emergency Duty Team out of hours) arranges foster carers that day.",
        ]),
        ("h1", "10. Core group and review"),
        ("kv", [
            ("Core group", "Every 4 weeks; the last in Jessockley on 17/03/2026 at Stoneleigh Primary School, "
                           "2pm"),
            ("Transfer-in conference", "14/04/2026 at 10am, Kestrelvale County Hall (booked)"),
        ]),
        ("h1", "11. Signatures"),
        ("table", {
            "header": ["Name", "Role", "Signature", "Date"],
            "widths": [4.0, 5.0, 5.0, 3.0],
            "rows": [
                ["Shannon Dunmore", "Mother", "", ""],
                ["Amrit Sandhu", "Social worker", "", "05/03/2026"],
                ["Nicola Grieve", "Team manager", "", "05/03/2026"],
            ],
        }),
        ("h1", "12. Distribution"),
        ("bullets", [
            "Shannon Dunmore",
            "Stoneleigh Primary School; Stoneleigh Surgery; Jessockley 0-19 Service",
            "Jessockley Citizens Advice",
            "Kestrelvale County Council Children's Services (Harlow Green Team)",
            "Conference and Review Service",
        ]),
        ("h1", "Appendix B - Receiving authority contacts"),
        ("table", {
            "header": ["Name", "Role", "Telephone"],
            "widths": [4.5, 8.5, 4.0],
            "rows": [
                ["Duty manager, Harlow Green Team", "Kestrelvale County Council Children's Services",
                 "01632 962 100"],
                ["Conference and Review Service", "Kestrelvale County Council", "01632 962 180"],
            ],
        }),
    ],
    "findings": [
        F("M002", "Fortnightly sessions with Shannon on budgeting and on her rent arrears"),
        F("M001", "Two direct work sessions with Kacey about the move"),
        F("W002", "Share any worry about the children's care, or about adults"),
        F("X001", "Parenting assessment of Shannon paused; to be completed by Kestrelvale"),
        F("X001", "Referral for family support with routines and the house"),
        F("T002", "Referral for family support with routines and the house"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Core group plan exported from a case system's PDF to Markdown, with the
#    printed copy's page furniture kept: a header line and a footer line on
#    each of four pages, horizontal rules at the page breaks, and the plan
#    table broken over the page break with its header row repeated.
#    Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b188_jarrowhithe_core_group_plan_pdf_to_markdown_page_furniture_osei.md",
    "split": "tune",
    "actions": 13,
    "template": "core-group-plan-md-exported-from-pdf-page-header-and-footer-lines-kept-on-four-pages-horizontal-rule-page-breaks-details-table-worries-going-well-kofis-and-rubys-words-outcomes-then-numbered-what-who-when-how-well-know-table-split-over-page-break-header-repeated-then-if-things-go-wrong-meetings-distribution",
    "description": (
        "Exemplary core group plan for a 10-year-old autistic boy and his 6-year-old sister, whose mother "
        "drinks, exported to Markdown from the case system's printed PDF: every page keeps its header line "
        "(OFFICIAL-SENSITIVE, council, case number) and its footer line (the children's names and dates "
        "of birth, version, print date, 'Page n of 4'), and the 13-row plan table breaks over a page with "
        "its header row repeated. The alcohol service and the GP own actions, the aunt's and father's "
        "help has fallbacks, legal planning follows named triggers, core group and review dates are set, "
        "and Kofi's words and picture cards and Ruby's words are recorded."
    ),
    "text": """\
**OFFICIAL-SENSITIVE · Jarrowhithe Council · Children's Services · CareDesk case JH-118320**

# Child Protection Plan: core group version

*Exported from CareDesk (PDF to Markdown) on 19/02/2026. The page headers and footers of the printed copy
are kept so that page references in the minutes still work.*

| | |
|---|---|
| Children | Kofi Osei, born 08/07/2015 (10), Year 5, Brindley Park Primary School; autistic (diagnosed 2021) |
| | Ruby Osei, born 14/10/2019 (6), Year 2, Brindley Park Primary School |
| Living with | Abena Osei (38), mother, 5 Quarry Hill Road, Jarrowhithe JW3 4AX |
| Father | Daniel Osei (40), 31 Elm Rise, Jarrowhithe; the children stay with him every other weekend |
| Maternal aunt | Efua Mensah (35), 2 Foundry Yard, Jarrowhithe |
| Category | Neglect (both children), from the initial conference on 20/01/2026 |
| This version | v2, agreed at core group 2 on 17/02/2026 |
| Social worker | Laura Kendrick (team manager: Gareth Lyle) |

## Why there is a plan

Abena drinks most evenings, often a bottle of vodka over a weekend. On 04/01/2026 a neighbour found Ruby
outside in her pyjamas at 10pm, looking for her mum; Abena was asleep and could not be woken, and Kofi had
shut himself in his room with his headphones on. Kofi has been going to bed after midnight, arriving at
school exhausted and having meltdowns most afternoons. Ruby has been late 18 times this year.

## What is going well

- Abena has been to every appointment at Harbour since 12/01/2026 and her breath tests there were clear.
- Efua has collected the children every Tuesday and Thursday since the conference.
- Daniel has had the children every other weekend without missing one, and takes Kofi to his Saturday
  autism group.
- Kofi's teachers know him well and his visual timetable helps him through the school day.

*Kofi Osei (DOB 08/07/2015) and Ruby Osei (DOB 14/10/2019) · Core group plan v2 · Printed 19/02/2026 ·
Page 1 of 4*

---

**OFFICIAL-SENSITIVE · Jarrowhithe Council · Children's Services · CareDesk case JH-118320**

## What Kofi and Ruby tell us

Kofi talks best with his picture cards and by typing on his tablet. On 10/02/2026, with Laura at school,
he chose the "worried" card for "evenings" and the "happy" card for "Auntie Efua's". He typed: "Mummy's
bottle makes her sleep on the sofa and then nobody does bedtime." "Auntie Efua's house is quiet and she
has the same dinner every Tuesday." He wants "bedtime at 9 like the chart".

Ruby (seen on her own at home on 12/02/2026) said: "I went outside because I was scared and Mummy
wouldn't wake up." "I like it when Daddy does my hair." She wants "Mummy to be happy and not sleepy".

## What we want for Kofi and Ruby

1. Kofi and Ruby are always cared for by a sober adult, in the evenings and at night as well as in the day.
2. Kofi goes to sleep by 9pm on school nights, so he is rested, calmer and able to learn.
3. Ruby is at school on time every day, and never again has to go looking for an adult at night.
4. Both children know who to call if Mum cannot be woken, and say they feel safe at home.

## The plan

| # | What will happen | Who | When | How we'll know |
|---|---|---|---|---|
| 1 | Visit Kofi and Ruby at home, one visit in two after 4pm; see each child on their own, Kofi with his picture cards | Laura Kendrick, social worker | Weekly until the review conference on 14/04/2026 | Visit notes on CareDesk within 48 hours, with Kofi's card choices and Ruby's words |
| 2 | Key work with Abena on her drinking, with a breath test at every session, and a written report on whether she is sober whenever she is caring for the children | Nathan Boateng, recovery worker, Harbour (Jarrowhithe Alcohol and Drug Service) | Weekly on Mondays; report 3 working days before each core group | Breath test readings (0.00 expected) and Nathan's report on Laura's file before each core group |
| 3 | Assess Abena for a community alcohol detox and, if she is ready, agree a start date with Harbour's nurse | Dr Kate Lowry, GP, Riverside Practice | Assessment by 06/03/2026 | GP letter with the outcome, and any detox start date, sent to Laura by 06/03/2026 |
| 4 | No alcohol from 3pm until both children are asleep, and none at all when she is the only adult with them | Abena Osei | Every day | Breath test 0.00 at Nathan's sessions and at Laura's unannounced after-school visits |
| 5 | Morning check-in with Kofi using his "how was home" card and visual timetable; ring Laura the same day about anything worrying he shows or types | Mrs Jo Hollis, SENCO, Brindley Park Primary | Every school day at 8.45am | Kofi's daily card record e-mailed to Laura every Friday |
| 6 | Check both children in at registration and ring Abena, then Laura, if either is not in by 9.15am | Mr Ade Bello, DSL, Brindley Park Primary | Every school day | Attendance for both children e-mailed every Friday; Ruby on time at 95% of sessions by the review conference |
| 7 | Collect Kofi and Ruby from school and give them tea at her house until 7pm | Efua Mensah (maternal aunt) | Every Tuesday and Thursday, 3.15pm to 7pm | School collection log; Efua's text to Laura each evening, read at visits |

*Kofi Osei (DOB 08/07/2015) and Ruby Osei (DOB 14/10/2019) · Core group plan v2 · Printed 19/02/2026 ·
Page 2 of 4*

---

**OFFICIAL-SENSITIVE · Jarrowhithe Council · Children's Services · CareDesk case JH-118320**

| # | What will happen | Who | When | How we'll know |
|---|---|---|---|---|
| 8 | Stay overnight at Quarry Hill Road on Friday nights when the children are not at Daniel's | Efua Mensah (maternal aunt) | Alternate Fridays, from 27/02/2026 | Efua's notes of the evening, read by Laura at the next visit |
| 9 | Have the children every other weekend, and take Kofi to his Saturday autism group | Daniel Osei (father) | Every other weekend, Friday 5pm to Sunday 5pm, from 20/02/2026 | Contact calendar signed by Daniel and Abena at each handover, seen by Laura |
| 10 | Sensory and sleep assessment for Kofi, with a written sleep plan for home and school | Priya Nandra, occupational therapist, Jarrowhithe Children's Neurodevelopmental Service | By 31/03/2026 | OT report and sleep plan sent to Abena, school and Laura by 31/03/2026 |
| 11 | Bedtime routine sessions at home using Kofi's visual bedtime schedule, with Abena and both children | Sam Ireland, family support worker, Jarrowhithe Family Hub | Mondays and Wednesdays at 6.30pm until 27/03/2026 | Kofi's bedtime chart shows him asleep by 9pm on 5 of 7 nights, checked at each session and sent to Laura |
| 12 | Four sessions with Ruby about Mum's drinking and who she can call, using the "worry monster" book | Laura Kendrick, social worker | Weekly, 24/02/2026 to 17/03/2026 | Ruby's worry monster book on file, and her words in the core group report for 17/03/2026 |
| 13 | Health check for Ruby (height, weight, teeth) and a dental referral if she needs one | Emma Sykes, school nurse, Jarrowhithe 0-19 Service | By 20/03/2026 | Health check record and any dental referral letter sent to Laura |

## If things go wrong

- **If Abena has been drinking while she is caring for the children** (a breath test above 0.00, or a
  child or adult sees her drunk): Efua or Daniel collects the children that evening and keeps them
  overnight, Laura visits the next morning, and if the children were left unsafe Laura holds a strategy
  discussion with the police within 24 hours.
- **If Abena cannot be woken and the children are alone:** Kofi or Ruby rings Efua (her number is on
  both children's cards) or 999. The police attend, and the children go to Efua or Daniel.
- **If Efua cannot do a Tuesday, Thursday or Friday:** she tells Laura that day. Daniel collects the
  children or stays over instead. If neither Efua nor Daniel can, Laura books the Brindley Park after-school
  club for that day, and for a night Laura (or the Emergency Duty Team) places the children together with
  foster carers.
- **If Daniel cannot have the children at the weekend:** they stay with Efua, and Laura visits on the
  Saturday.
- **If Abena has two positive breath tests while caring for the children, or Nathan's report for the core
  group on 17/03/2026 says she is not drinking less:** Laura asks Gareth Lyle for a legal planning meeting
  within 10 working days, to decide whether to start PLO pre-proceedings.

*Kofi Osei (DOB 08/07/2015) and Ruby Osei (DOB 14/10/2019) · Core group plan v2 · Printed 19/02/2026 ·
Page 3 of 4*

---

**OFFICIAL-SENSITIVE · Jarrowhithe Council · Children's Services · CareDesk case JH-118320**

## Meetings

- Core group every 4 weeks at Brindley Park Primary, Tuesdays at 3.30pm: core group 3 on 17/03/2026 (core
  groups 1 and 2 were on 30/01/2026 and 17/02/2026).
- Review child protection conference: 14/04/2026 at 10am, Jarrowhithe Town Hall.

## Copies

Abena Osei · Daniel Osei · Efua Mensah · Brindley Park Primary School · Harbour · Riverside Practice ·
Jarrowhithe Children's Neurodevelopmental Service · Jarrowhithe Family Hub · Jarrowhithe 0-19 Service

*End of plan.*

*Kofi Osei (DOB 08/07/2015) and Ruby Osei (DOB 14/10/2019) · Core group plan v2 · Printed 19/02/2026 ·
Page 4 of 4*
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. Case-system line-printer print of an initial conference plan: three
#    fixed-width pages separated by form feeds, each with a three-line page
#    header (council, OFFICIAL-SENSITIVE, report code, subject, DOB, CCS ID,
#    print time, PAGE n OF 3) and a footer line; sections in capitals with
#    dot-leader fields; each task a block of labelled lines, one of them
#    split across a page break. Faulty (txt)
# ---------------------------------------------------------------------------
_HARTLEY_HEAD = """\
JONDERMOUTH CITY COUNCIL - CHILDREN'S SERVICES                                 OFFICIAL-SENSITIVE
CCS CHILD PROTECTION PLAN PRINT (REPORT CPP01)                                        PAGE {n} OF 3
SUBJECT: HARTLEY, Isla   DOB: 12/01/2026   CCS ID: 3309871   PRINTED: 06/03/2026 09:14 BY TWILLIAMS
====================================================================================================
"""
_HARTLEY_FOOT = """\
----------------------------------------------------------------------------------------------------
CPP01 v3.2 - UNCONTROLLED WHEN PRINTED - CHECK CCS FOR THE CURRENT VERSION            PAGE {n} OF 3
"""

_HARTLEY_P1 = """\

CHILD PROTECTION PLAN - INITIAL CONFERENCE

SECTION 1  DETAILS
------------------
CHILD .................. Isla HARTLEY, female, born 12/01/2026 (7 weeks)
ADDRESS ................ Flat 3, 18 Marine Parade, Jondermouth JD1 4QE
MOTHER ................. Gemma HARTLEY (23)
FATHER ................. Craig ELLISON (28), lives at the address; works nights (10pm-6am)
MATERNAL GRANDMOTHER ... Julie HARTLEY (49), 40 Tidewell Road, Jondermouth
CATEGORY ............... NEGLECT
CONFERENCE ............. ICPC 02/03/2026, Jondermouth Civic Centre. Chair: Mark Oduya (IRO)
SOCIAL WORKER .......... Tara WILLIAMS, Safeguarding Team East (TM: Rachel Hind)
HEALTH VISITOR ......... Amy PEARCE, Jondermouth 0-19 Service
GP ..................... Dr Sunil VARMA, Harbourside Medical Centre

SECTION 2  REASON FOR THE PLAN
------------------------------
At Isla's 6-week weigh on 23/02/2026 her weight had dropped from the 50th to the 9th centile. The health
visitor found Isla in a soaked nappy at 2pm and Gemma in bed, crying; Gemma said she "can't feel anything"
for Isla and scored 19 on the Edinburgh Postnatal Depression Scale (EPDS). On 20/02/2026 Craig came home
from his night shift to find Gemma asleep on the sofa with Isla lying on her chest. The GP diagnosed
postnatal depression on 20/02/2026 and started sertraline, and Gemma was first seen by the Jondermouth
Perinatal Mental Health Team on 26/02/2026. Craig sleeps in the day after his shifts and says he did not
know how few feeds Isla was having.

SECTION 3  STRENGTHS
--------------------
- Gemma asked the health visitor for help herself and has agreed to every part of this plan.
- Craig has changed his shifts to four nights a week from 09/03/2026.
- Julie lives ten minutes away and has been coming every morning since 24/02/2026.
- Isla has gained 180g in the week since feeds were written down.

SECTION 4  ISLA'S DAY (LIVED EXPERIENCE)
----------------------------------------
Isla cannot tell us what her days are like, so this is what the health visitor and social worker have
seen. When Julie is there Isla is fed every three hours, bathed and taken out in her pram. On the
afternoons Gemma is alone Isla has gone five hours without a feed and has been left in her Moses basket
crying for long spells. She is a small, alert baby who quietens when she is held close and talked to;
when Gemma holds her, Gemma often looks away and Isla stops looking for her face.

SECTION 5  OUTCOMES FOR ISLA
----------------------------
O1  Isla is fed regularly, gains weight and is back on or above the 25th centile by 16 weeks old.
O2  Isla sleeps safely on her back in her own Moses basket, every sleep.
O3  Isla is cared for every day by an adult who notices and answers her cries and her looks.

SECTION 6  TASKS (14)
---------------------
TASK 01 OF 14   STATUS: OPEN   OUTCOME: O1 O2 O3   CREATED 02/03/2026
  DESCRIPTION ..... Visit Isla at home, one visit in two unannounced, see her awake and see where she
                    sleeps and the feeding chart.
  RESPONSIBLE ..... Tara WILLIAMS, Social Worker, Safeguarding Team East
  DUE / FREQ ...... WEEKLY FROM 03/03/2026
  EVIDENCE ........ Visit record on CCS within 48 hours, noting where Isla sleeps, her last feed and how
                    Gemma holds her

TASK 02 OF 14   STATUS: OPEN   OUTCOME: O1   CREATED 02/03/2026
  DESCRIPTION ..... Weigh Isla at home and plot her weight in her red book.
  RESPONSIBLE ..... Amy PEARCE, Health Visitor, Jondermouth 0-19 Service
  DUE / FREQ ...... WEEKLY UNTIL ISLA IS 16 WEEKS OLD
  EVIDENCE ........ Weights plotted in the red book and e-mailed to the SW after each weigh; back on or
                    above the 25th centile by 16 weeks

TASK 03 OF 14   STATUS: OPEN   OUTCOME: O3   CREATED 02/03/2026
  DESCRIPTION ..... Support visits to Gemma at home for her low mood and anxiety.
  RESPONSIBLE ..... Kerry LAMB, Community Psychiatric Nurse, Jondermouth Perinatal Mental Health Team
  DUE / FREQ ...... FORTNIGHTLY FROM 05/03/2026
  EVIDENCE ........ Attendance at visits confirmed to the SW monthly

TASK 04 OF 14   STATUS: OPEN   OUTCOME: O1   CREATED 02/03/2026
  DESCRIPTION ..... Isla's 8-week check and first immunisations, and Gemma's postnatal review with a
                    repeat EPDS score.
  RESPONSIBLE ..... Dr Sunil VARMA, GP, Harbourside Medical Centre
  DUE / FREQ ...... BY 13/03/2026
  EVIDENCE ........ 8-week check and immunisations in the red book; EPDS score in a GP letter to the SW

TASK 05 OF 14   STATUS: OPEN   OUTCOME: O2   CREATED 02/03/2026
  DESCRIPTION ..... Put Isla down on her back in her Moses basket for every sleep, and never fall asleep
                    with her on the sofa or in the bed.
  RESPONSIBLE ..... Gemma HARTLEY (mother)
"""

_HARTLEY_P2 = """\
  DUE / FREQ ...... EVERY SLEEP, DAY AND NIGHT, FROM 02/03/2026
  EVIDENCE ........ Moses basket made up and in use at every visit; Gemma's sleep diary read by the HV
                    and the SW

TASK 06 OF 14   STATUS: OPEN   OUTCOME: O1   CREATED 02/03/2026
  DESCRIPTION ..... Feed Isla at least every 3 hours in the day and every 4 hours at night, and write
                    every feed on the feeding chart.
  RESPONSIBLE ..... Gemma HARTLEY and Craig ELLISON (parents)
  DUE / FREQ ...... EVERY FEED FROM 02/03/2026
  EVIDENCE ........ Feeding chart checked by the HV at each weigh, with no gap over 4 hours

TASK 07 OF 14   STATUS: OPEN   OUTCOME: O1 O3   CREATED 02/03/2026
  DESCRIPTION ..... Come every weekday from 9am to 12 noon to help with Isla's feeds and bath while Craig
                    sleeps after his night shift.
  RESPONSIBLE ..... Julie HARTLEY (maternal grandmother)
  DUE / FREQ ...... EVERY WEEKDAY FROM 03/03/2026
  EVIDENCE ........ Julie's initials against the morning feeds on the feeding chart, seen at visits

TASK 08 OF 14   STATUS: OPEN   OUTCOME: O1   CREATED 02/03/2026
  DESCRIPTION ..... Stay over on Saturday nights and do Isla's 2am feed so that Gemma can sleep.
  RESPONSIBLE ..... Julie HARTLEY (maternal grandmother)
  DUE / FREQ ...... EVERY SATURDAY NIGHT FROM 07/03/2026
  EVIDENCE ........ The 2am feed initialled by Julie on the feeding chart; Gemma's sleep diary

TASK 09 OF 14   STATUS: OPEN   OUTCOME: O3   CREATED 02/03/2026
  DESCRIPTION ..... Refer Gemma and Isla to the Jondermouth Parent-Infant Partnership for video
                    interaction guidance.
  RESPONSIBLE ..... Amy PEARCE, Health Visitor, Jondermouth 0-19 Service
  DUE / FREQ ...... AS SOON AS POSSIBLE
  EVIDENCE ........ PIP acceptance letter on CCS

TASK 10 OF 14   STATUS: OPEN   OUTCOME: O3   CREATED 02/03/2026
  DESCRIPTION ..... Gemma to be offered a place at the Family Hub baby massage group.
  RESPONSIBLE ..... -
  DUE / FREQ ...... WEEKLY FOR 6 WEEKS FROM 11/03/2026
  EVIDENCE ........ Group register sent to the SW at the end of the six weeks

TASK 11 OF 14   STATUS: OPEN   OUTCOME: O1 O3   CREATED 02/03/2026
  DESCRIPTION ..... Weekly home sessions with Gemma on a daily routine for Isla.
  RESPONSIBLE ..... Jess CARVER, Family Support Worker, Jondermouth Family Hub
  DUE / FREQ ...... WEEKLY FROM 09/03/2026 FOR 8 WEEKS
  EVIDENCE ........ MONITOR

TASK 12 OF 14   STATUS: OPEN   OUTCOME: O3   CREATED 02/03/2026
  DESCRIPTION ..... ICON "coping with crying" session at home with Gemma and Craig together.
  RESPONSIBLE ..... Ellen FOX, Community Nursery Nurse, Jondermouth 0-19 Service
  DUE / FREQ ...... -
  EVIDENCE ........ ICON checklist signed by both parents in the health visiting record

TASK 13 OF 14   STATUS: OPEN   OUTCOME: O1 O2 O3   CREATED 02/03/2026
  DESCRIPTION ..... Parenting assessment of Gemma and Craig, including observed feeds and a night-time
                    routine.
  RESPONSIBLE ..... Tara WILLIAMS, Social Worker, Safeguarding Team East
  DUE / FREQ ...... BY 24/04/2026
  EVIDENCE ........ Written assessment with its recommendations shared with Gemma, Craig and the core
                    group by 24/04/2026

TASK 14 OF 14   STATUS: OPEN   OUTCOME: O2   CREATED 02/03/2026
  DESCRIPTION ..... Smoke only outside, away from the door, and change his top and wash his hands before
                    picking Isla up.
  RESPONSIBLE ..... Craig ELLISON (father)
  DUE / FREQ ...... EVERY DAY FROM 02/03/2026
  EVIDENCE ........ No smell of smoke in the flat at visits; smoke-free home pledge signed and on CCS
"""

_HARTLEY_P3 = """\

SECTION 7  CONTINGENCY
----------------------
If there are further concerns about Isla's care, or the plan is not being followed, the social worker
will discuss this with the team manager and the core group will meet to review the plan and consider
next steps.

SECTION 8  REVIEW ARRANGEMENTS
------------------------------
CORE GROUP ............. Every 4 weeks, Thursdays 10am, Harbourside Family Hub
CORE GROUP DATES ....... 12/03/2026, 09/04/2026, 07/05/2026
REVIEW CONFERENCE ...... 27/05/2026, 10am, Jondermouth Civic Centre

SECTION 9  DISTRIBUTION
-----------------------
Gemma Hartley; Craig Ellison; Julie Hartley; Amy Pearce (HV); Dr Sunil Varma (GP); Kerry Lamb (Perinatal
Mental Health Team); Jess Carver (Family Hub); Conference and Review Service.

*** END OF REPORT CPP01 - 14 TASKS PRINTED ***
"""


def _hartley_page(n, body):
    return _HARTLEY_HEAD.format(n=n) + body + "\n" + _HARTLEY_FOOT.format(n=n)


PLANS.append({
    "name": "b188_jondermouth_line_printer_case_print_form_feed_pages_task_blocks_hartley.txt",
    "split": "tune",
    "actions": 14,
    "template": "icpc-plan-case-system-line-printer-print-txt-three-fixed-width-pages-separated-by-form-feeds-three-line-page-header-council-official-sensitive-report-code-subject-dob-ccs-id-printed-page-n-of-3-and-footer-line-caps-sections-dot-leader-fields-lived-experience-outcomes-o1-o3-then-task-nn-of-14-blocks-description-responsible-due-freq-evidence-one-split-over-page-break-then-contingency-review-fields-distribution",
    "description": (
        "Initial conference plan for a 7-week-old baby whose weight has dropped from the 50th to the 9th "
        "centile and whose mother has postnatal depression, printed from a case system as three "
        "fixed-width pages separated by form feeds: each page has a header (council, OFFICIAL-SENSITIVE, "
        "report code, the baby's name, date of birth and CCS ID, print time, 'PAGE n OF 3') and a footer "
        "line, fields have dot leaders, and each task is a block of labelled lines (DESCRIPTION, "
        "RESPONSIBLE, DUE / FREQ, EVIDENCE), one of them broken by the page break. Most tasks are sound. "
        "Faults: the perinatal mental health nurse only makes support visits, measured by attendance; the "
        "parent-infant referral is 'AS SOON AS POSSIBLE'; the baby massage group has '-' for who is "
        "responsible; the family support sessions are measured by 'MONITOR'; the ICON session has '-' for "
        "when; the contingency only says the plan will be reviewed after 'further concerns', with nothing "
        "on what happens if the grandmother's daily help and Saturday nights stop; and nothing says legal "
        "planning follows."
    ),
    "text": _hartley_page(1, _HARTLEY_P1) + "\f" + _hartley_page(2, _HARTLEY_P2) + "\f"
            + _hartley_page(3, _HARTLEY_P3),
    "findings": [
        F("H001", "Support visits to Gemma at home for her low mood and anxiety."),
        F("T002", "Refer Gemma and Isla to the Jondermouth Parent-Infant Partnership"),
        F("W001", "Gemma to be offered a place at the Family Hub"),
        F("M002", "Weekly home sessions with Gemma on a daily routine for Isla."),
        F("T001", "ICON \"coping with crying\" session at home with Gemma and Craig"),
        F("C002"),
        F("C003"),
        F("R002"),
    ],
})
