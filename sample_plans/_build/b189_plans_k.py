"""Batch 189, module k: seven fictional plans (held-out material), places beginning with "k".

Everything here is made up: children, families, professionals, services,
schools, hospitals, police forces, case systems and councils. Labels were
written by hand from docs/rules.md and the conventions in
sample_plans/README.md, without running planlint or reading its code.

Focus: printed and exported plans, with all their page furniture. Four of
the seven are PDFs, each in a template of its own: a council's Word template
printed to PDF (header, footer with both children's dates of birth, case
number, print date and page x of y, numbered sections, an action table over
the page breaks with its header row repeated, footnote markers, appendices,
a signature box, a distribution list and a version note); a case-system
export in a fixed font (a COPY / OFFICIAL-SENSITIVE header, capitalised
fields with dotted leaders and codes, one form per action running on over
the page breaks, an e-signed approval and an audit trail); a DRAFT printed in
landscape for a wide eight-column table whose header row is NOT repeated on
the next page, with a version history; and a booklet with a cover page,
document control box, distribution list, typed contents, one table per
outcome, "see Appendix" references and a signature box. The Word plan keeps
its header and footer, the text plan is a case print saved as text from the
PDF (every page's header and footer kept, form feeds between pages, a task
block split by a page break), and the Markdown plan is a PDF converted for a
portal (banner and footer lines kept as text, a footnote, the action table
split at the page break with its header repeated). Page headers and footers,
contents lists, document control boxes, signature boxes, distribution
lists, version notes, audit trails, appendices and who's who tables are
never actions.

1. an initial conference plan for a 7-year-old and a 2-year-old living
   with neglect while their mother's depression went untreated, the
   council's Word template printed to PDF (pdf, exemplary);
2. an initial conference plan for a 2-year-old and a 5-month-old whose
   mother drinks, a case-system export with one form per action (pdf):
   faults are the mother's attendance measured by "Engagement with the
   service", the grandmother's sleepovers "As and when required" with no
   start date, a speech and language referral whose success measure is
   "N/A", "All agencies" passing on signs of drinking, a parenting group
   with "-" for start and due, and a contingency that sends the children to
   the grandmother with nothing said if she cannot help (M002, T002, M001,
   W002, T001, C003);
3. a draft review conference plan for a 13-year-old who self-harms and her
   9-year-old brother after domestic abuse, landscape, the wide table's
   header row not repeated (pdf): faults are the sanctuary scheme row with
   "-" for lead agency and named lead, the psychological therapies
   service's EMDR only treating the mother, a young carers referral "When
   Ellie feels ready" with no start, the learning mentor's sessions
   measured by "Reuben's wellbeing monitored", an outcome about the mother
   only, and the next review conference "To be arranged" (W001, H001, T002,
   M002, F002, R001);
4. a review conference plan for a 5-month-old with unexplained fractures,
   supervised by his grandparents and aunt, in PLO pre-proceedings, printed
   as a booklet (pdf, exemplary);
5. a pre-birth plan, version 2 as amended at the first core group, for the
   baby of a 19-year-old care leaver with anxiety and a partner who uses
   cocaine, a council Word template with header and footer (docx): faults
   are the partner's drug service self-referral "ASAP", the midwife's
   appointments measured by "Shannon's mood is stable", the personal
   adviser's grant row with an empty "Outcome achieved when" cell, "Family"
   getting the flat ready, and a contingency that sends mother and baby to
   the aunt with nothing said if she cannot have them (T002, M002, M001,
   W002, C003);
6. a plan revised at the second core group for a 14-year-old and an
   8-year-old after needles were found at home (mother on methadone),
   a case print saved as text with its page furniture (txt, exemplary);
7. a review conference plan for a 6-year-old and an 11-month-old whose
   father has depression, a PDF converted to Markdown with its page lines
   and a split table (md): faults are the CMHT's support visits and
   medication review only treating the father, a passive Home-Start
   referral with "-" for its lead, the mother's change of shifts with "-"
   for by when, the health visitor's visits measured by "Reviewed at core
   group", a contingency of "further concerns" met by a review, and no
   legal planning (H001, W001, T001, M002, C002, R002).

Three plans (1, 4 and 6) are exemplary: every action has a named owner, a
real timescale and something that can be seen, counted or read; every
outcome is about the child; each contingency has specific triggers and
protective responses and says what happens if a relative's help fails;
each records the child's voice or observed lived experience, core group
dates and a dated review conference, and legal planning after named
triggers; adult services (CMHT, GP, perinatal mental health, drug service)
own actions where a parent is ill or uses drugs, and every mental health
service is asked for its view of the parent's capacity to change and how
long it will take.

Counting convention used for "actions" (README convention 1): each row of
an action table (the continued Markdown table's rows included, its repeated
header not), each ACTION form of the export and each TASK block of the text
print counts once, whatever number of lines or sentences it holds, and a
block split by a page break counts once. Details grids and fields, risk
summaries, outcomes, contingency triggers and responses, meeting dates,
views, appendices, signature boxes, distribution lists, contents, version
notes, audit trails and page headers and footers are not actions.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. Initial conference plan typed in the council's Word template and printed
#    to PDF: header and footer on every page (OFFICIAL-SENSITIVE, both
#    children's dates of birth, case number, print date, page x of y),
#    numbered sections and subsections, an action table that runs over the
#    page break with its header row repeated, footnote markers, appendices,
#    a signature box, a distribution list and a version note. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b189_kirrowfield_icpc_word_print_numbered_sections_signature_box_thorne.pdf",
    "doc_title": "Child Protection Plan - Maisie and Alfie Thorne",
    "split": "heldout",
    "actions": 17,
    "min_pages": 4,
    "header": "OFFICIAL-SENSITIVE · Kirrowfield Borough Council · Children's Services · Child Protection Plan",
    "footer": "Maisie Thorne (DOB 14/03/2018) · Alfie Thorne (DOB 02/09/2023) · Case no. KBC-CS-204417 · Printed 29/01/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "icpc-plan-word-template-printed-to-pdf-portrait-header-official-sensitive-footer-both-dobs-case-no-print-date-page-x-of-y-numbered-sections-1-to-10-with-subsections-no-what-who-when-how-we-will-know-table-over-page-breaks-header-row-repeated-footnote-markers-appendix-a-three-houses-appendix-b-early-warning-signs-signature-box-distribution-list-version-note",
    "description": (
        "Exemplary initial conference plan for a 7-year-old and a 2-year-old living with neglect while "
        "their mother's depression went untreated (she stopped her sertraline; the 7-year-old made her "
        "brother's breakfast and missed school). Typed in the council's Word template and printed to PDF "
        "with a header (OFFICIAL-SENSITIVE, council) and a footer (both children's dates of birth, case "
        "number, print date, page x of y) on every page; numbered sections 1 to 10 with subsections "
        "(4.1 What Maisie says, 6.2 The action table); a 17-row No. / What will happen / Who / When / How "
        "we will know table that runs over the page breaks with its header row repeated; footnote "
        "markers; Appendix A (Maisie's Three Houses) and Appendix B (the mother's early warning signs); "
        "a signature box, a distribution list and a version note, none of which are actions. The CMHT "
        "care coordinator reports on capacity to change, the GP owns an action, the grandmother's help "
        "has a fallback, legal planning follows named triggers, core group dates and a dated review "
        "conference are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Kirrowfield Borough Council · Children's Services · Safeguarding and Family Support Team 3"),
        ("p", "Initial Child Protection Conference held on 27/01/2026 at Kirrowfield Civic Offices. "
              "Plan version 1.0 (final), checked by the chair on 28/01/2026."),
        ("h1", "1. Child and family details"),
        ("table", {
            "header": ["Field", "Details"],
            "widths": [4.5, 12.5],
            "bold_first_col": True,
            "rows": [
                ["Children", "Maisie Thorne, born 14/03/2018 (7), Year 3, St Mary's C of E Primary School\n"
                             "Alfie Thorne, born 02/09/2023 (2 years 4 months), not yet at nursery"],
                ["Address", "41 Fernside Close, Kirrowfield KF4 8RT"],
                ["Mother", "Kayleigh Thorne (28). Recurrent depressive disorder and anxiety; open to the "
                           "Kirrowfield North Community Mental Health Team (CMHT) since 2023"],
                ["Maisie's father", "Ryan Hollis, lives in Dundee; phones Maisie on the first Sunday of the "
                                    "month; no other contact"],
                ["Alfie's father", "Connor Webb (30), 6 Mill Walk, Kirrowfield; has Alfie every Saturday, "
                                   "10am to 4pm"],
                ["Maternal grandmother", "Sandra Thorne (55), 22 Lark Rise, a ten-minute walk away"],
                ["Category", "Neglect (both children)"],
                ["Social worker", "Hannah Osei (team manager: Lisa Grant)"],
                ["Chair", "Martin Cole, Independent Reviewing Officer"],
            ],
        }),
        ("h1", "2. Why Maisie and Alfie need a child protection plan"),
        ("p", "Kayleigh has had depression since she was a teenager. She stopped taking her sertraline in "
              "October 2025 and missed two appointments with her care coordinator in December. Since then she "
              "has often stayed in bed until the afternoon. Maisie's attendance in the autumn term was 84%, "
              "with 19 late marks, and she has told her teacher she makes Alfie's breakfast \"when Mummy is "
              "tired\". Alfie's 2-year review has been missed twice."),
        ("p", "On 09/01/2026 Maisie did not arrive at school and no one answered the school's calls. A police "
              "welfare check at 11.20am found Kayleigh asleep, Alfie in a nappy that had not been changed "
              "overnight, and Maisie giving him crisps. There was little food in the house, dirty pots in the "
              "kitchen and dog mess on the landing. Kayleigh told the strategy discussion that she had \"given "
              "up\" on her tablets because they did not work.¹"),
        ("h1", "3. What is going well"),
        ("bullets", [
            "Kayleigh restarted her sertraline on 20/01/2026 after seeing her GP, and she came to the "
            "conference and said she wants help.",
            "Maisie is a bright, chatty girl who is reading above her age; her teacher says she is kind to "
            "younger children.",
            "Sandra has taken Maisie to school on the days she could since 12/01/2026, and Maisie was on time "
            "on all of them.",
            "Connor has not missed a Saturday with Alfie in the last year, and Alfie is always clean and fed "
            "when he comes back.",
        ]),
        ("h1", "4. What the children say and what their days are like"),
        ("h2", "4.1 What Maisie says"),
        ("p", "Hannah saw Maisie on her own at school on 20/01/2026 and they drew her Three Houses together "
              "(Appendix A). Maisie said: \"When Mummy is tired I do Alfie's breakfast, he likes the yellow "
              "bowl.\" \"I don't like it when I'm late because everyone looks.\" \"Nana's house is the best "
              "because there's always toast.\" She wants \"Mummy to get up and take me to school and do my "
              "hair\". She scored her worry about home as 7 out of 10."),
        ("h2", "4.2 Alfie's day"),
        ("p", "Alfie is 2. He says about ten words (\"Mama\", \"Nana\", \"Maisie\", \"dog\", \"more\"). On "
              "Hannah's visits on 14/01/2026 and 22/01/2026 he spent most of the morning in front of the "
              "television in his pyjamas; he ran to Maisie, not to his mum, when he bumped his head. At "
              "Connor's flat he is lively, plays with his cars and eats well. He does not yet go to nursery."),
        ("h1", "5. What must change: outcomes for Maisie and Alfie"),
        ("p", "5.1 Maisie is in school every day and on time, having had breakfast, and tells us her mornings "
              "are calm."),
        ("p", "5.2 Alfie has his 2-year review, his speech is checked and helped, and he goes to nursery three "
              "mornings a week."),
        ("p", "5.3 Maisie and Alfie are cared for every day by an adult who is well enough to get up, feed them, "
              "keep the house clean and warm and notice what they need, so that Maisie no longer looks after "
              "Alfie."),
        ("p", "5.4 Maisie knows what to do and who to tell if her mum is unwell, and her worry score comes down."),
        ("h1", "6. The plan"),
        ("h2", "6.1 How to read the table"),
        ("p", "Each row says what will happen, who will do it, when, and how we will know it has happened and "
              "made a difference for the children. \"The review conference\" means the review child "
              "protection conference on 21/04/2026 (section 8).²"),
        ("h2", "6.2 The action table"),
        ("table", {
            "header": ["No.", "What will happen", "Who", "When", "How we will know"],
            "widths": [1.0, 5.6, 3.2, 3.2, 4.0],
            "rows": [
                ["1", "Visit Maisie and Alfie at home, at least one visit in three unannounced; see Maisie on "
                      "her own, see where both children sleep and what food is in the house",
                 "Hannah Osei, social worker",
                 "Every two weeks from 30/01/2026 until the review conference",
                 "Visit records on ChildView within 48 hours, with Maisie's words, what was in the fridge and "
                 "cupboards, and where Alfie slept"],
                ["2", "Four sessions of direct work with Maisie using the \"My worries and me\" workbook: "
                      "Mum's low days, her jobs at home, and the adults she can tell",
                 "Hannah Osei, social worker",
                 "Weekly at school, 03/02/2026 to 24/02/2026",
                 "Workbook pages on file; Maisie can name two adults she would tell if Mum did not get up, "
                 "written in the note of the last session"],
                ["3", "Care coordination with Kayleigh: check her sertraline, her sleep and her early warning "
                      "signs (Appendix B), and write a report on whether she can make and keep the changes "
                      "Maisie and Alfie need, what would help and how long it is likely to take",
                 "Gareth Lloyd, care coordinator (CPN), Kirrowfield North CMHT",
                 "Every two weeks from 02/02/2026; report by 31/03/2026",
                 "Contact summary e-mailed to Hannah before each core group; the written report on Hannah's "
                 "file by 31/03/2026 and discussed at the core group on 07/04/2026"],
                ["4", "Review Kayleigh's sertraline four weeks after she restarted it, and write to Hannah about "
                      "whether it is helping her get up and care for the children",
                 "Dr Priya Mehta, GP, Ashgrove Surgery",
                 "By 27/02/2026",
                 "GP letter on Hannah's file by 27/02/2026"],
                ["5", "Take her sertraline every morning, keep every appointment with Gareth, and ring Gareth or "
                      "Hannah after two mornings in a row when she cannot get up for Maisie and Alfie",
                 "Kayleigh Thorne (Mum)",
                 "Every day from 28/01/2026",
                 "Gareth's contact summary shows every appointment kept; repeat prescription collected on "
                 "time each month (GP record)"],
                ["6", "Get Maisie up, give her breakfast and get her to school by 8.45am (Sandra does Tuesdays "
                      "and Thursdays, row 14)",
                 "Kayleigh Thorne (Mum)",
                 "Every Monday, Wednesday and Friday in term time",
                 "Register in Mrs Barker's Friday e-mail; Maisie at 95% or above, with no more than one late "
                 "mark a fortnight, by the Easter holidays (27/03/2026)"],
                ["7", "First-day calling: ring Kayleigh if Maisie is not in by 9.15am, and ring Hannah if she "
                      "is still not in or Kayleigh has not answered by 9.45am",
                 "Mrs Ruth Barker, DSL, St Mary's C of E Primary",
                 "Every school day at registration",
                 "First-day call log; Hannah's case note of each call"],
                ["8", "Send Hannah Maisie's attendance and late marks and everything logged about her on CPOMS "
                      "(hunger, clothes, what she has said)",
                 "Mrs Ruth Barker, DSL",
                 "Every Friday by 3pm",
                 "Friday e-mail on Hannah's file each week"],
                ["9", "Check-in with Maisie in the Nest room, using her feelings scale of 1 to 10",
                 "Mr Dan Price, learning mentor, St Mary's",
                 "Every Monday at 9am from 02/02/2026",
                 "Maisie's score logged on CPOMS each week and sent with the Friday e-mail; a score of 3 or "
                 "below passed to Mrs Barker the same day"],
                ["10", "Alfie's 2-year review at home with the ASQ-3, and a referral to speech and language "
                       "therapy if his communication score is below the cut-off",
                 "Lorna Fisher, health visitor, Kirrowfield 0-19 Service",
                 "By 20/02/2026",
                 "ASQ-3 scores and the review record sent to Hannah and Little Acorns Nursery by 20/02/2026; "
                 "the referral letter on file if one is needed"],
                ["11", "Home visits to weigh and measure Alfie, see where he sleeps, and talk with Kayleigh about "
                       "his meals and play",
                 "Lorna Fisher, health visitor",
                 "Every four weeks from 24/02/2026 until the review conference",
                 "Weight and height plotted on the red book chart; visit notes e-mailed to Hannah within 2 "
                 "working days"],
                ["12", "Take Alfie to his funded place at Little Acorns Nursery and collect him",
                 "Kayleigh Thorne (Mum)",
                 "Monday, Tuesday and Wednesday, 8.30am to 11.30am, from 09/02/2026",
                 "Nursery register, e-mailed to Hannah every Friday by the nursery manager, Jess Hale"],
                ["13", "Eight home sessions on a morning routine, simple meals on a budget, and keeping the "
                       "kitchen and the children's bedrooms clean",
                 "Amy Rowe, family support worker, Kirrowfield Family Hub",
                 "Wednesdays, 04/02/2026 to 25/03/2026",
                 "Home conditions checklist scored by Amy and Hannah together at sessions 1 and 8 (target 8 out "
                 "of 10 or more); a weekly meal plan on the fridge, seen by Amy"],
                ["14", "Walk Maisie to school, having given her breakfast at Lark Rise first",
                 "Sandra Thorne (maternal grandmother)",
                 "Every Tuesday and Thursday morning until the review conference",
                 "Register shows Maisie in by 8.45am on Tuesdays and Thursdays (Friday e-mail)"],
                ["15", "Have Maisie and Alfie for tea at her house, so that Kayleigh has a rest",
                 "Sandra Thorne (maternal grandmother)",
                 "Every Friday, 3.15pm to 7pm",
                 "Sandra texts Hannah each Friday night; Hannah asks Maisie about Fridays at each visit and "
                 "writes down what she says"],
                ["16", "Hold a family network meeting with Kayleigh, Sandra, Connor and anyone they invite, to "
                       "agree a second adult who can step in if Sandra cannot help",
                 "Hannah Osei, social worker",
                 "By 20/02/2026",
                 "Meeting notes on file naming the second adult and the days and nights they can cover"],
                ["17", "Viability assessments of Connor as a carer for Alfie and of Sandra as a carer for both "
                       "children, in case the children cannot stay at home",
                 "Hannah Osei, social worker",
                 "By 13/03/2026",
                 "Written viability assessments shared with Kayleigh, Connor, Sandra and the core group by "
                 "13/03/2026"],
            ],
        }),
        ("p", "¹ Strategy discussion, 09/01/2026; section 47 enquiry completed 21/01/2026."),
        ("p", "² The first core group on 10/02/2026 will check that every row has started."),
        ("h1", "7. Contingency plan: what happens if things go wrong"),
        ("p", "7.1 If Maisie is not in school by 9.45am and Kayleigh has not answered Mrs Barker, Hannah (or the "
              "duty social worker) visits the house that morning and sees both children."),
        ("p", "7.2 If Kayleigh shows the early warning signs in Appendix B, or says she cannot get up to care for "
              "the children, Sandra comes to the house or takes Maisie and Alfie to 22 Lark Rise that day, and "
              "Gareth arranges for Kayleigh to be seen by the CMHT duty worker or the crisis team the same day."),
        ("p", "7.3 If the children are found alone at home, or Kayleigh says she has thoughts of ending her life, "
              "Hannah holds a strategy discussion with the police and health the same day, and the children stay "
              "with Sandra while it takes place."),
        ("p", "7.4 If Sandra cannot do her mornings or Fridays, or cannot have the children in an emergency "
              "(because she is ill, working or it has become too much), she or Kayleigh tells Hannah that day. "
              "The second adult agreed at the family network meeting (row 16) steps in. Until that adult is "
              "agreed, Amy Rowe takes Maisie to Breakfast Club at 8am on Sandra's mornings; and if the children "
              "need care overnight and no agreed adult can have them, Hannah (or the Emergency Duty Team) places "
              "them together with Kirrowfield foster carers that night."),
        ("p", "7.5 If Maisie's attendance is below 90% at the core group on 07/04/2026, if Gareth's report says "
              "Kayleigh is unlikely to make the changes in the time Maisie and Alfie need, or if the children "
              "are found alone at home, Hannah will ask Lisa Grant (team manager) for a legal planning meeting "
              "within 10 working days, to decide whether to start PLO pre-proceedings."),
        ("h1", "8. Core group and review"),
        ("kv", [
            ("Core group", "Every four weeks, Tuesdays at 3.30pm, St Mary's C of E Primary: 10/02/2026, "
                           "10/03/2026 and 07/04/2026"),
            ("Review child protection conference", "21/04/2026 at 10am, Kirrowfield Civic Offices, Room 3"),
        ]),
        ("h1", "9. Agreement"),
        ("p", "We have read this plan, or had it read to us, and we understand what it asks of us."),
        ("table", {
            "header": ["Name", "Role", "Signature", "Date"],
            "widths": [4.5, 5.0, 4.5, 3.0],
            "rows": [
                ["Kayleigh Thorne", "Mother", "", "27/01/2026"],
                ["Connor Webb", "Alfie's father", "", "27/01/2026"],
                ["Hannah Osei", "Social worker", "", "27/01/2026"],
                ["Martin Cole", "Chair (IRO)", "", "28/01/2026"],
            ],
        }),
        ("h1", "10. Distribution"),
        ("table", {
            "header": ["Copy", "Name", "Agency"],
            "widths": [1.5, 6.0, 9.5],
            "rows": [
                ["1", "Kayleigh Thorne", "Mother (by hand, 29/01/2026)"],
                ["2", "Connor Webb", "Alfie's father (by post)"],
                ["3", "Sandra Thorne", "Maternal grandmother (with Kayleigh's agreement)"],
                ["4", "Gareth Lloyd", "Kirrowfield North CMHT"],
                ["5", "Dr Priya Mehta", "Ashgrove Surgery"],
                ["6", "Mrs Ruth Barker", "St Mary's C of E Primary School"],
                ["7", "Lorna Fisher", "Kirrowfield 0-19 Service"],
                ["8", "Amy Rowe", "Kirrowfield Family Hub"],
                ["9", "Jess Hale", "Little Acorns Nursery"],
            ],
        }),
        ("h1", "Appendix A: Maisie's Three Houses (drawn with Hannah, 20/01/2026)"),
        ("kv", [
            ("House of worries", "\"Mummy in bed.\" \"Being late.\" \"Alfie crying and I can't find a nappy.\""),
            ("House of good things", "\"Nana's toast.\" \"Reading books.\" \"Alfie's funny dancing.\" "
                                     "\"Saturdays with Alfie's dad because he does pancakes.\""),
            ("House of dreams", "\"Mummy gets up and does my plaits.\" \"A dog bed for Biscuit so he doesn't "
                                "wee on the landing.\""),
        ]),
        ("h1", "Appendix B: Kayleigh's early warning signs"),
        ("p", "From Kayleigh's CMHT care plan, agreed with Gareth Lloyd on 22/01/2026:"),
        ("bullets", [
            "staying in bed after 10am on two mornings in a row;",
            "not answering her phone to Sandra or the school;",
            "not eating, and not buying food for the children;",
            "saying she cannot see the point, or that the children would be better off without her.",
        ]),
        ("p", "Version 1.0 (final). v0.1 typed at the conference on 27/01/2026; v1.0 checked by the chair on "
              "28/01/2026 and sent on 29/01/2026. Printed from the Kirrowfield plan template KBC-CP-03 (rev. "
              "2025)."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Case-system export (invented "CareFrame 7") printed to PDF in a fixed
#    font: COPY / OFFICIAL-SENSITIVE header, footer with the subject's name,
#    date of birth, case number, export time, user and page x of y; numbered
#    SECTIONS of capitalised fields with dotted leaders and codes; each action
#    a form of labelled lines (ACTION nn OF 14, REF, OUTCOME LINK, NEED CODE,
#    DESCRIPTION, OWNER, ROLE / AGENCY, START DATE, DUE / FREQUENCY, SUCCESS
#    MEASURE, STATUS), the forms running on over the page breaks; an e-signed
#    approval and an audit trail. Faulty (pdf)
# ---------------------------------------------------------------------------
def _cf_form(n, ref, out, need, desc, owner, role, start, due, measure):
    return [
        ("boldp", f"ACTION {n:02d} OF 14 ....................................... REF CP-4471203-A{n:02d}"),
        ("pl", f"OUTCOME LINK .... {out}            NEED CODE ...... {need}"),
        ("pl", f"DESCRIPTION ..... {desc}"),
        ("pl", f"OWNER ........... {owner}"),
        ("pl", f"ROLE / AGENCY ... {role}"),
        ("pl", f"START DATE ...... {start}"),
        ("pl", f"DUE / FREQUENCY . {due}"),
        ("pl", f"SUCCESS MEASURE . {measure}"),
        ("p", f"STATUS .......... OPEN            RECORD ID ...... {ref}"),
    ]


_OKAFOR_FORMS = [
    (1, "88214-01", "OUT-1", "SAF-01 Safety",
     "Home visits to Zara and Malik, at least one visit in two unannounced and one visit a fortnight after 7pm "
     "on a night Dwayne is at work; see both children awake and note who is caring for them and whether "
     "anyone has been drinking.",
     "Beth Hughes", "Social Worker, Children's Safeguarding Team 4",
     "04/03/2026", "Weekly until the review conference on 26/05/2026",
     "Visit record on CareFrame within 48 hours: who was caring, how Zara and Malik presented, any smell or "
     "sign of alcohol, and what was in the fridge."),
    (2, "88214-02", "OUT-2", "PAR-04 Substance use",
     "Alcohol assessment and weekly key work with Chantelle, with a breath test at every session and an AUDIT "
     "score at the start and after 8 weeks; a written report to the social worker on her drinking and on "
     "whether she can stay alcohol-free while caring for the children.",
     "Nadine Foster", "Recovery Worker, Knapstead Recovery Service (adult drug and alcohol service)",
     "09/03/2026", "Weekly from 09/03/2026; report by 05/05/2026",
     "Breath test results e-mailed to the social worker after each session; both AUDIT scores in the report "
     "on CareFrame by 05/05/2026."),
    (3, "88214-03", "OUT-2", "PAR-04 Substance use",
     "Chantelle to attend every key work session with Nadine and the weekly SMART Recovery group at the "
     "Knapstead Recovery Service hub on Tanner Street.",
     "Chantelle Okafor", "Mother",
     "09/03/2026", "Weekly (Mondays key work, Thursdays group)",
     "Engagement with the service"),
    (4, "88214-04", "OUT-1", "SAF-01 Safety",
     "Stay overnight at the flat on every night Dwayne works, so that Chantelle is never the only adult "
     "caring for Zara and Malik at night.",
     "Grace Okafor", "Maternal grandmother",
     "03/03/2026", "Sunday to Wednesday nights, 7pm to 7am, until the review conference",
     "Grace signs the overnight log kept in the kitchen drawer; the social worker reads and photographs it at "
     "each visit."),
    (5, "88214-05", "OUT-1", "FAM-02 Family support",
     "Have Zara for a sleepover at her house to give Chantelle and Dwayne a break at weekends.",
     "Grace Okafor", "Maternal grandmother",
     "-", "As and when required",
     "Grace texts the social worker after each sleepover with the dates Zara stayed."),
    (6, "88214-06", "OUT-3", "HLT-01 Health",
     "Weigh Malik and plot his weight, watch a feed and where he sleeps, and complete Zara's overdue 2-year "
     "review with the ASQ-3.",
     "Tasha Green", "Health Visitor, Knapstead 0-19 Service",
     "10/03/2026", "Every two weeks until the review conference; ASQ-3 by 31/03/2026",
     "Weights plotted on Malik's red book chart; Zara's ASQ-3 scores sent to the social worker and the "
     "nursery by 31/03/2026."),
    (7, "88214-07", "OUT-3", "HLT-02 Development",
     "Refer Zara to the Knapstead Speech and Language Therapy drop-in for toddlers with few words.",
     "Tasha Green", "Health Visitor, Knapstead 0-19 Service",
     "10/03/2026", "By 24/03/2026",
     "N/A"),
    (8, "88214-08", "OUT-3", "EDU-01 Early years",
     "Take Zara to her funded 2-year-old place at Brightstart Nursery and collect her at noon.",
     "Dwayne Reid", "Father",
     "16/03/2026", "Monday, Wednesday and Friday mornings, 9am to 12 noon",
     "Nursery register e-mailed to the social worker every Friday by the nursery manager, Paula Irving."),
    (9, "88214-09", "OUT-1", "SAF-02 Information sharing",
     "Pass on any sign that Chantelle has been drinking (smell of alcohol, slurred speech, a missed "
     "appointment, bottles seen) to the social worker on the day it is seen.",
     "All agencies", "-",
     "03/03/2026", "The same day",
     "Logged on the CareFrame chronology with the date, time and who saw it."),
    (10, "88214-10", "OUT-4", "ENV-01 Home conditions",
     "Keep no alcohol in the flat, and check the kitchen and the bedroom before leaving for every night shift.",
     "Dwayne Reid", "Father",
     "03/03/2026", "Every night before his shift",
     "No alcohol seen at any visit by the social worker or the health visitor; Dwayne initials the overnight "
     "log before he leaves."),
    (11, "88214-11", "OUT-4", "SAF-03 Safety planning",
     "Write a family safety plan with Chantelle, Dwayne and Grace: who looks after the children if Chantelle "
     "drinks, who she rings, and how Zara is kept from the front door and the stairs.",
     "Beth Hughes", "Social Worker, Children's Safeguarding Team 4",
     "04/03/2026", "By 24/03/2026",
     "Signed safety plan on CareFrame and a copy on the fridge, seen at the next visit."),
    (12, "88214-12", "OUT-2", "HLT-03 Adult health",
     "Check Chantelle's physical health and liver function, and agree with the recovery service whether "
     "medication to help her stay off alcohol is right for her.",
     "Dr Omar Siddiqui", "GP, Knapstead Green Surgery",
     "10/03/2026", "By 31/03/2026",
     "GP letter with the blood results and the decision on medication sent to the social worker by "
     "07/04/2026."),
    (13, "88214-13", "OUT-3", "PAR-01 Parenting",
     "Book Chantelle and Dwayne onto an eight-week Circle of Security parenting group at Knapstead North "
     "Family Hub.",
     "Leah Morgan", "Family Support Worker, Knapstead North Family Hub",
     "-", "-",
     "Place offered letter on CareFrame; attendance register for the eight sessions."),
    (14, "88214-14", "OUT-1", "SAF-04 Alternative care",
     "Viability assessment of Grace Okafor as a carer for Zara and Malik, in case they cannot stay at home.",
     "Beth Hughes", "Social Worker, Children's Safeguarding Team 4",
     "04/03/2026", "By 31/03/2026",
     "Written viability assessment shared with the family and the core group by 31/03/2026."),
]

_okafor_blocks = []
for _f in _OKAFOR_FORMS:
    _okafor_blocks.extend(_cf_form(_f[0], _f[1], _f[2], _f[3], _f[4], _f[5], _f[6], _f[7], _f[8], _f[9]))

PLANS.append({
    "name": "b189_knapstead_case_system_export_action_forms_dotted_fields_okafor.pdf",
    "doc_title": "CareFrame export - CP plan - Zara and Malik",
    "split": "heldout",
    "actions": 14,
    "font": "Courier New",
    "font_size": 9,
    "min_pages": 4,
    "header": "COPY · OFFICIAL-SENSITIVE · Knapstead City Council · CareFrame 7 export RPT-CP-011",
    "footer": "OKAFOR, Zara (DOB 02/11/2023) · Case 4471203 · Exported 12/03/2026 14:22 by bhughes · Page {PAGE} of {NUMPAGES}",
    "template": "cp-plan-case-system-export-paged-fixed-font-copy-official-sensitive-header-footer-subject-dob-case-export-time-user-page-x-of-y-numbered-caps-sections-dotted-leader-fields-codes-then-one-form-per-action-action-nn-of-14-ref-outcome-link-need-code-description-owner-role-agency-start-date-due-frequency-success-measure-status-record-id-forms-running-over-page-breaks-e-signed-approval-audit-trail",
    "description": (
        "Initial conference plan for a 2-year-old and a 5-month-old whose mother drinks (she was found drunk "
        "and alone with them at night, the 2-year-old outside the flat door), exported from a case system "
        "and printed in a fixed font with a COPY / OFFICIAL-SENSITIVE header and a footer giving the "
        "subject's name and date of birth, the case number, the export time and user and page x of y. "
        "Numbered SECTIONS of capitalised fields with dotted leaders and codes, then one form per action "
        "(ACTION nn OF 14, REF, OUTCOME LINK, NEED CODE, DESCRIPTION, OWNER, ROLE / AGENCY, START DATE, DUE "
        "/ FREQUENCY, SUCCESS MEASURE, STATUS), the forms running on over the page breaks, an e-signed "
        "approval and an audit trail. The grandmother stays overnight when the father works. Faults: the "
        "mother's attendance measured by 'Engagement with the service'; the grandmother's sleepovers 'As "
        "and when required' with no start date; a speech and language referral whose success measure is "
        "'N/A'; 'All agencies' passing on signs of drinking; a parenting group with '-' for start and due; "
        "and a contingency that sends the children to the grandmother with nothing said if she cannot help."
    ),
    "blocks": [
        ("pl", "CareFrame 7.4 · Knapstead City Council · Children's Social Care"),
        ("pl", "REPORT ........... RPT-CP-011 CHILD PROTECTION PLAN (FULL)"),
        ("pl", "PLAN ID .......... CPP-2026-0317      PLAN STATUS .... CURRENT (APPROVED)"),
        ("p", "PLAN START ....... 03/03/2026          PLAN TYPE ...... ICPC PLAN"),
        ("boldp", "SECTION 1 - SUBJECTS"),
        ("pl", "SUBJECT 1 ........ OKAFOR, Zara      DOB 02/11/2023 (2y 4m)   PERSON ID 4471203"),
        ("pl", "SUBJECT 2 ........ REID, Malik       DOB 10/10/2025 (5m)      PERSON ID 4471958"),
        ("pl", "ADDRESS .......... Flat 7, Cordwainer House, Tanner Street, Knapstead KN2 4BW"),
        ("pl", "CATEGORY ......... NEG Neglect (both subjects)"),
        ("p", "CONFERENCE ....... ICPC 03/03/2026, Knapstead Civic Centre. Chair: Yvonne Price (IRO)"),
        ("boldp", "SECTION 2 - HOUSEHOLD AND NETWORK"),
        ("pl", "MOTHER ........... OKAFOR, Chantelle (24)   lives at address"),
        ("pl", "FATHER ........... REID, Dwayne (27)        lives at address; warehouse night shifts Sun-Wed"),
        ("pl", "MAT. GRANDMOTHER . OKAFOR, Grace (52)       14 Saddler Row, Knapstead (15 minutes' walk)"),
        ("p", "ALLOCATED WORKER . HUGHES, Beth  Social Worker  Children's Safeguarding Team 4 (TM: Ian Royle)"),
        ("boldp", "SECTION 3 - REASON FOR PLAN"),
        ("p", "At 11.10pm on 14/02/2026 a neighbour rang the police after finding Zara, in a nappy and vest, "
              "alone in the corridor outside the flat, crying. Officers found the door open, Malik crying in his "
              "cot and Chantelle asleep on the sofa, too drunk to be woken for several minutes; an empty vodka "
              "bottle was on the floor. Dwayne was at work. Chantelle told the police she had been drinking "
              "most evenings since her stepfather died in the autumn. The health visitor had smelt alcohol on "
              "Chantelle at two visits in January. There are no concerns about Dwayne's drinking."),
        ("boldp", "SECTION 4 - WORRIES (RISK SUMMARY)"),
        ("pl", "RISK 1 ........... Children left without a sober adult in the evenings and at night"),
        ("pl", "RISK 2 ........... Zara can open the front door; the flat is on the third floor by the stairs"),
        ("pl", "RISK 3 ........... Zara has few words for her age; her 2-year review has not happened"),
        ("p", "RISK 4 ........... Chantelle's drinking is daily and she has had no help for it before"),
        ("boldp", "SECTION 5 - STRENGTHS"),
        ("p", "Chantelle told the conference she wants to stop drinking and rang the Recovery Service herself on "
              "02/03/2026. Dwayne has changed his shifts so that he is home Thursday to Saturday nights. Grace "
              "has stayed at the flat every night Dwayne has worked since 15/02/2026. Malik is gaining weight on "
              "the 50th centile and his feeds are well managed."),
        ("boldp", "SECTION 6 - CHILD'S VOICE / LIVED EXPERIENCE"),
        ("p", "ZARA: Zara says about eight words (\"Mama\", \"Nana\", \"Dada\", \"juice\", \"shoes\", "
              "\"no\"). On the visit on 05/03/2026 she ran to the door when Grace arrived and brought her shoes "
              "to go out; she climbed onto the kitchen chair to reach the door chain. She eats quickly and asks "
              "for more. MALIK: Malik is 5 months old. He smiles at Dwayne and Grace, settles after his bottle "
              "and sleeps in his cot in his parents' room; on 05/03/2026 he was in a clean sleepsuit and "
              "cooed when Chantelle sang to him."),
        ("boldp", "SECTION 7 - OUTCOMES"),
        ("pl", "OUT-1 ............ Zara and Malik are always cared for by a sober adult, day and night."),
        ("pl", "OUT-2 ............ Zara and Malik live with a mum who stays alcohol-free, shown by clear breath "
               "tests, so that she can look after them on her own in the evenings."),
        ("pl", "OUT-3 ............ Zara's speech and development are checked and helped, and Malik keeps "
               "growing well."),
        ("p", "OUT-4 ............ The flat is safe for a toddler: no alcohol is kept there and Zara cannot get "
              "out of the front door."),
        ("boldp", "SECTION 8 - ACTIONS (14 RECORDS)"),
        *_okafor_blocks,
        ("boldp", "SECTION 9 - CONTINGENCY"),
        ("pl", "TRIGGER 1 ........ Chantelle is drunk or has been drinking while caring for either child, or "
               "a breath test at the Recovery Service is positive."),
        ("pl", "RESPONSE 1 ....... Dwayne or Grace takes over the children's care at once; Zara and Malik go "
               "to Grace's house at 14 Saddler Row that night; Beth Hughes holds a strategy discussion with "
               "the police and health the same day (the Emergency Duty Team out of hours)."),
        ("pl", "TRIGGER 2 ........ Zara is found outside the flat, or the children are found without an adult."),
        ("pl", "RESPONSE 2 ....... The police are called; Beth Hughes (or the Emergency Duty Team) holds a "
               "strategy discussion the same day and the children stay with Grace while it takes place."),
        ("pl", "TRIGGER 3 ........ Two positive breath tests, or the Recovery Service report of 05/05/2026 "
               "says Chantelle cannot stay alcohol-free while caring for the children."),
        ("p", "RESPONSE 3 ....... Beth Hughes asks Ian Royle (team manager) for a legal planning meeting within "
              "5 working days, to decide whether to start PLO pre-proceedings."),
        ("boldp", "SECTION 10 - MEETINGS"),
        ("pl", "CORE GROUP ....... Every 4 weeks, Tuesdays 2pm, Knapstead North Family Hub: 17/03/2026, "
               "14/04/2026, 12/05/2026"),
        ("p", "REVIEW CONF ...... RCPC 26/05/2026 10:00, Knapstead Civic Centre"),
        ("boldp", "SECTION 11 - APPROVAL"),
        ("pl", "APPROVED BY ...... ROYLE, Ian  Team Manager  (e-signed 11/03/2026 16:05)"),
        ("p", "PLAN SENT TO ..... Chantelle Okafor; Dwayne Reid; Grace Okafor; all agencies named in Section 8 "
              "(12/03/2026)"),
        ("boldp", "AUDIT"),
        ("pl", "11/03/2026 16:05  ROYLE I   Plan approved"),
        ("pl", "10/03/2026 11:40  HUGHES B  Actions 12-14 added after ICPC"),
        ("pl", "04/03/2026 09:12  HUGHES B  Plan created from ICPC decision sheet"),
        ("p", "*** END OF REPORT RPT-CP-011 ***"),
    ],
    "findings": [
        F("M002", "attend every key work session with Nadine and the weekly SMART"),
        F("T002", "Have Zara for a sleepover at her house to give"),
        F("M001", "Refer Zara to the Knapstead Speech and Language Therapy drop-in"),
        F("W002", "Pass on any sign that Chantelle has been drinking"),
        F("T001", "Book Chantelle and Dwayne onto an eight-week Circle of Security"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Review conference plan, a DRAFT printed from Word for the first core
#    group: landscape, "DRAFT v0.3" line in the page header, footer with
#    both children's dates of birth, the CP reference, the print time and
#    page x of y; numbered sections; an eight-column action table (Ref,
#    Outcome, What will be done, Lead agency, Named lead, Start, Target date,
#    Evidence of progress) that runs over the page break WITHOUT its header
#    row repeated; a version history table. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b189_kymmerdale_rcpc_draft_landscape_wide_table_header_not_repeated_pemberton.pdf",
    "doc_title": "DRAFT Review Child Protection Plan - Ellie and Reuben Pemberton",
    "split": "heldout",
    "actions": 15,
    "landscape": True,
    "font_size": 9.5,
    "min_pages": 4,
    "header": "DRAFT v0.3 – for agreement at core group 1 · OFFICIAL-SENSITIVE · Kymmerdale Metropolitan Borough Council",
    "footer": "Ellie Pemberton (DOB 19/08/2012) · Reuben Pemberton (DOB 05/05/2016) · CP ref KYM/CP/0388 · Printed 16/02/2026 09:47 · Page {PAGE} of {NUMPAGES}",
    "template": "rcpc-plan-draft-word-printed-to-pdf-landscape-draft-version-line-in-header-footer-dobs-cp-ref-print-time-page-x-of-y-numbered-sections-1-to-9-then-eight-column-ref-outcome-what-will-be-done-lead-agency-named-lead-start-target-date-evidence-of-progress-table-running-over-page-break-header-row-not-repeated-then-contingency-meetings-version-history-table",
    "description": (
        "Draft review conference plan for a 13-year-old who self-harms and her 9-year-old brother after "
        "their mother's ex-partner assaulted her at home; the mother has anxiety and PTSD. Printed from "
        "Word in landscape for the first core group, with 'DRAFT v0.3' and OFFICIAL-SENSITIVE in the page "
        "header and both children's dates of birth, the CP reference, the print time and page x of y in "
        "the footer; numbered sections; an eight-column table (Ref, Outcome, What will be done, Lead "
        "agency, Named lead, Start, Target date, Evidence of progress) that runs over the page break "
        "without its header row repeated; and a version history table. Faults: the sanctuary scheme row "
        "with '-' for both lead agency and named lead; the psychological therapies service's EMDR only "
        "treating the mother; the young carers referral 'When Ellie feels ready' with no start; the "
        "learning mentor's sessions measured by 'Reuben's wellbeing monitored'; an outcome about the "
        "mother only; and the next review conference 'to be arranged'."
    ),
    "blocks": [
        ("title", "Review Child Protection Plan"),
        ("p", "Kymmerdale Metropolitan Borough Council · Children's Social Care · Central Safeguarding Team"),
        ("p", "Review child protection conference held on 10/02/2026. This is the draft plan typed from the "
              "conference decisions; the core group will check it on 24/02/2026 before it is finalised."),
        ("h1", "1. Conference details"),
        ("kv", [
            ("Children", "Ellie Pemberton, born 19/08/2012 (13), Year 9, Kymmerdale Academy; Reuben Pemberton, "
                         "born 05/05/2016 (9), Year 5, Hollins Lane Primary School"),
            ("Address", "9 Beech Terrace, Kymmerdale KY2 6LN, with their mother, Gemma Pemberton (38)"),
            ("Father", "Mark Pemberton (40), lives in Harlton; the children stay with him every other weekend"),
            ("Gemma's ex-partner", "Jason Marsh (35); charged with assault by beating; bail conditions not to "
                                   "contact Gemma or go to Beech Terrace; trial listed for 14/04/2026"),
            ("Category", "Emotional abuse (both children). Initial conference 18/11/2025."),
            ("Social worker", "Sophie Aldridge (team manager: Craig Mellor)"),
            ("Chair", "Deborah Finch, Independent Reviewing Officer"),
        ]),
        ("h1", "2. Why the plan continues"),
        ("p", "On 02/11/2025 Jason assaulted Gemma in the kitchen while Ellie and Reuben were upstairs; Ellie "
              "came down, tried to pull him away and was pushed against the door frame. Ellie rang 999. Jason "
              "moved out that night. Since then he has driven past the house twice (22/12/2025 and 19/01/2026) "
              "and sent Gemma messages through a friend. Gemma has anxiety and post-traumatic stress since the "
              "assault: she has flashbacks, sleeps badly and has not left the house alone since December. Ellie "
              "has cut her arms three times since November, the last time on 28/01/2026. Reuben wets the bed "
              "most nights and hides under the table when there is a loud noise."),
        ("h1", "3. What has got better since the initial conference"),
        ("bullets", [
            "Gemma has not let Jason back into the house and has reported both drive-bys to the police.",
            "Ellie started with CAMHS in January and says her CAMHS worker \"gets it\".",
            "Reuben's attendance is 97% this term and he has joined the school choir.",
            "Mark has had the children every other weekend without fail and comes to the core groups.",
        ]),
        ("h1", "4. What Ellie and Reuben say"),
        ("p", "Ellie (seen on her own at school on 03/02/2026): \"I'm not scared of him any more, I'm scared "
              "for Mum.\" \"When it gets too loud in my head I cut, I know it's not good.\" \"I want Mum to go "
              "to Tesco on her own again, like normal.\" She scored how safe she feels at home as 7 out of 10, "
              "and at school 8."),
        ("p", "Reuben (at home with his Lego on 05/02/2026): \"I check the door is locked every night.\" \"I "
              "like Dad's because nobody shouts.\" He drew his worry monster as \"a big black car\". He wants "
              "\"dry pyjamas and a dog\"."),
        ("h1", "5. Outcomes"),
        ("p", "O1  Ellie and Reuben are safe at home, have no contact with Jason, and the police come at once "
              "if he comes near."),
        ("p", "O2  Gemma feels calmer and more confident, and her anxiety and flashbacks are reduced."),
        ("p", "O3  Ellie stops hurting herself, has an adult at home and at school she can talk to, and is in "
              "school every day."),
        ("p", "O4  Reuben sleeps in his own bed with fewer wet nights and knows what to do if he is scared."),
        ("h1", "6. Action plan"),
        ("p", "The Outcome column gives the number of the outcome in section 5 that each action serves."),
        ("table", {
            "widths": [1.2, 1.6, 7.0, 3.0, 3.0, 2.2, 2.6, 5.1],
            "rows": [
                ["Ref", "Outcome", "What will be done", "Lead agency", "Named lead", "Start", "Target date",
                 "Evidence of progress"],
                ["6.1", "O1", "Visit Ellie and Reuben at home, seeing each of them on their own, and see each "
                              "of them at school once a month",
                 "Kymmerdale Children's Social Care", "Sophie Aldridge, social worker", "10/02/2026",
                 "Every two weeks until 31/05/2026",
                 "Visit records within 48 hours with each child's words and their safety scores"],
                ["6.2", "O1", "Keep the urgent response marker on 9 Beech Terrace and check Jason's bail "
                              "conditions after every sighting Gemma or the children report",
                 "Kymmerdale Police, Domestic Abuse Safeguarding Unit", "DC Paul Hartley", "10/02/2026",
                 "Marker confirmed by 13/02/2026; each sighting checked within 24 hours",
                 "Marker confirmed in writing to the social worker; each sighting and check in the police log "
                 "e-mailed to the social worker"],
                ["6.3", "O1", "Review the DASH risk assessment with Gemma, update her safety plan, and support "
                              "her through the trial",
                 "Kymmerdale Domestic Abuse Service", "Lucy Marr, IDVA", "12/02/2026",
                 "Every two weeks until the trial (14/04/2026)",
                 "DASH score and updated safety plan sent to the social worker after each review"],
                ["6.4", "O1", "Sanctuary scheme: fit a door chain, window locks and a letterbox fire guard at "
                              "9 Beech Terrace",
                 "-", "-", "16/02/2026", "By 06/03/2026",
                 "Fitting confirmed in writing, with photographs, on the children's file"],
                ["6.5", "O1", "Assess Gemma's understanding of what Ellie and Reuben lived through and her plan "
                              "to keep them safe if Jason is released or acquitted",
                 "Kymmerdale Children's Social Care", "Sophie Aldridge, social worker", "17/02/2026",
                 "By 31/03/2026",
                 "Written assessment shared with Gemma and the core group by 31/03/2026"],
                ["6.6", "O2", "Go to the twelve-week Freedom Programme at Hollins Lane Family Hub",
                 "Parent", "Gemma Pemberton (Mum)", "25/02/2026", "Wednesdays, 10am, until 20/05/2026",
                 "Attendance register from the Family Hub; certificate at the end"],
                ["6.7", "O2", "Trauma-focused therapy (EMDR) for Gemma's post-traumatic stress after the "
                              "assault",
                 "Kymmerdale Psychological Therapies Service", "Dr Fiona Castle, clinical psychologist",
                 "03/03/2026", "12 weekly sessions, to 26/05/2026",
                 "Letter to the social worker confirming attendance after sessions 6 and 12"],
                ["6.8", "O2", "Review Gemma's sertraline and her sleep, and write to the social worker about how "
                              "she is managing the children's care",
                 "Beechwood Medical Practice", "Dr Ian Cole, GP", "10/02/2026", "By 13/03/2026",
                 "GP letter on the children's file by 13/03/2026"],
                ["6.9", "O3", "CAMHS sessions with Ellie on self-harm and low mood (CBT), with her CAMHS safety "
                              "plan shared with Gemma and school",
                 "Kymmerdale CAMHS", "Jo Bennett, CAMHS practitioner", "17/02/2026", "Weekly until 26/05/2026",
                 "Ellie's RCADS scores at sessions 1 and 8 in the clinic letter to the social worker; the safety "
                 "plan on file"],
                ["6.10", "O3", "Daily check-in with Ellie, a time-out card, and a named safe space in the "
                               "pastoral office",
                 "Kymmerdale Academy", "Mr Tom Rhodes, Head of Year 9", "10/02/2026", "Every school day",
                 "Check-ins logged on CPOMS; any self-harm phoned to the social worker the same day; Ellie's "
                 "attendance 95% or above at Easter (27/03/2026)"],
                ["6.11", "O3", "Refer Ellie to Kymmerdale Young Carers for their Tuesday group and a 1:1 worker",
                 "Kymmerdale Children's Social Care", "Sophie Aldridge, social worker", "-",
                 "When Ellie feels ready",
                 "Referral accepted letter; Ellie's first group date on file"],
                ["6.12", "O4", "Weekly sessions with Reuben on his feelings and worries, using the \"worry "
                               "monster\" pack",
                 "Hollins Lane Primary School", "Mrs Rachel Dunn, learning mentor", "16/02/2026",
                 "Every Monday until 20/07/2026",
                 "Reuben's wellbeing monitored"],
                ["6.13", "O4", "Four sessions of direct work with Reuben on what happened, and a safety card "
                               "saying who he would ring and what he would say",
                 "Kymmerdale Children's Social Care", "Sophie Aldridge, social worker", "17/02/2026",
                 "Weekly until 10/03/2026",
                 "Safety card on file; Reuben can tell the social worker who he would ring and what he would "
                 "say, written in the last session's record"],
                ["6.14", "O4", "Refer Reuben to the enuresis clinic and give Gemma a wet-night chart",
                 "Kymmerdale 0-19 Service", "Kate Lowe, school nurse", "16/02/2026", "By 06/03/2026",
                 "Referral letter and first clinic date sent to the social worker; dry nights a week from the "
                 "chart reported at each core group"],
                ["6.15", "O4", "Keep the children's alternate weekends, and tell the social worker the same day "
                               "if either child says anything about Jason",
                 "Parent", "Mark Pemberton (Dad)", "14/02/2026", "Every other weekend, Saturday 10am to "
                                                                  "Sunday 5pm",
                 "Contact calendar kept by Gemma and Mark; the children's views of their weekends written in "
                 "the social worker's visit records"],
            ],
        }),
        ("h1", "7. Contingency"),
        ("bullets", [
            "If Jason comes to the house, is seen in Beech Terrace or contacts Gemma or the children, Gemma "
            "rings 999 and the police arrest him for breach of bail; Sophie holds a strategy discussion with "
            "the police the next working day (the Emergency Duty Team out of hours).",
            "If Gemma lets Jason into the house, or has contact with him, Ellie and Reuben go to Mark's house "
            "in Harlton that day, and Sophie asks Craig Mellor for a legal planning meeting within 5 working "
            "days to decide whether to start PLO pre-proceedings.",
            "If Ellie self-harms and needs medical treatment, or says she means to end her life, Gemma or the "
            "school takes her to Kymmerdale General Hospital's emergency department, CAMHS crisis assesses her "
            "the same day and Sophie is told that day.",
            "If Jason is acquitted or released on 14/04/2026, Sophie holds a core group within 5 working days "
            "to agree the police marker, the sanctuary measures and where the children stay at weekends.",
        ]),
        ("h1", "8. Core group and review"),
        ("kv", [
            ("Core group", "Every four weeks, Tuesdays at 4pm, Hollins Lane Primary School: 24/02/2026, "
                           "24/03/2026, 21/04/2026 and 19/05/2026"),
            ("Next review conference", "To be arranged by the Conference and Review Team"),
        ]),
        ("h1", "9. Version history"),
        ("table", {
            "header": ["Version", "Date", "By", "What changed"],
            "widths": [2.5, 3.0, 5.0, 15.2],
            "rows": [
                ["0.1", "10/02/2026", "Minute taker", "Conference decisions typed into the plan template"],
                ["0.2", "12/02/2026", "Sophie Aldridge", "Agencies' named leads and start dates added"],
                ["0.3", "16/02/2026", "Sophie Aldridge", "Evidence column completed; printed for core group 1"],
            ],
        }),
    ],
    "findings": [
        F("W001", "Sanctuary scheme: fit a door chain, window locks"),
        F("H001", "Trauma-focused therapy (EMDR) for Gemma's post-traumatic stress"),
        F("T002", "Refer Ellie to Kymmerdale Young Carers for their Tuesday group"),
        F("M002", "Weekly sessions with Reuben on his feelings and worries"),
        F("F002", "Gemma feels calmer and more confident, and her anxiety and flashbacks are reduced."),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Review conference plan for a baby with unexplained fractures, printed
#    as a booklet from Word: a cover page with a document control box, a
#    distribution list and a typed contents list, then numbered sections
#    with subsections, one action table per outcome (header rows repeated
#    over the page breaks), "see Appendix A/B" cross-references, a
#    signature box, and appendices (who's who, the baby's health checks so
#    far). Header and footer on every page. Exemplary (pdf)
# ---------------------------------------------------------------------------
def _carrow_table(rows):
    return ("table", {
        "header": ["Ref", "Action", "Lead person", "When", "How we will know"],
        "widths": [1.1, 5.7, 3.3, 3.1, 3.8],
        "rows": rows,
    })


PLANS.append({
    "name": "b189_kettlesby_rcpc_booklet_cover_contents_outcome_tables_carrow.pdf",
    "doc_title": "Review Child Protection Plan - Theo Carrow",
    "split": "heldout",
    "actions": 15,
    "min_pages": 5,
    "header": "OFFICIAL-SENSITIVE – PERSONAL · Kettlesby County Council · Children and Families",
    "footer": "Theo Carrow · DOB 08/09/2025 · LCS ref 3390127 · RCPC 05/02/2026 · Final v2.0 printed 09/02/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "rcpc-baby-plan-booklet-word-printed-to-pdf-header-footer-dob-ref-print-date-page-x-of-y-cover-page-document-control-box-distribution-list-typed-contents-then-numbered-sections-1-to-8-subsections-then-one-ref-action-lead-person-when-how-we-will-know-table-per-outcome-header-repeated-over-page-breaks-see-appendix-cross-references-signature-box-appendix-a-whos-who-appendix-b-health-checks-table",
    "description": (
        "Exemplary second plan, after the first review conference, for a 5-month-old baby found at 6 weeks "
        "to have a fractured thigh and healing rib fractures that his parents cannot explain; he lives "
        "with his parents at his paternal grandparents' house under a written agreement that every minute "
        "of his care is supervised, and the case is in PLO pre-proceedings. Printed as a booklet from Word: "
        "a cover page with a document control box, a distribution list and a typed contents list, then "
        "numbered sections with subsections, one Ref / Action / Lead person / When / How we will know "
        "table per outcome (header rows repeated over page breaks), 'see Appendix' cross-references, a "
        "signature box, Appendix A (who's who) and Appendix B (the baby's health checks so far); header "
        "and footer on every page. The perinatal psychiatrist reports on the mother's capacity to change, "
        "the grandparents' and aunt's supervision has a fallback (foster carers and legal advice the same "
        "day), legal planning follows named triggers, and core group and review dates are set."
    ),
    "blocks": [
        ("title", "Review Child Protection Plan"),
        ("p", "Theo Carrow"),
        ("p", "Kettlesby County Council · Children and Families · Kettlesby South Safeguarding Team"),
        ("p", "Plan agreed at the review child protection conference on 05/02/2026"),
        ("h2", "Document control"),
        ("table", {
            "header": ["Item", "Detail"],
            "widths": [4.5, 12.5],
            "bold_first_col": True,
            "rows": [
                ["Status", "FINAL"],
                ["Version", "2.0 (replaces the initial conference plan of 11/11/2025, version 1.2)"],
                ["Author", "Owen Blake, social worker"],
                ["Checked by", "Helen Straw, Independent Reviewing Officer, 06/02/2026"],
                ["Approved by", "Rachel Okoro, team manager, 09/02/2026"],
                ["Classification", "OFFICIAL-SENSITIVE – PERSONAL. Do not copy or pass on without the social "
                                   "worker's agreement."],
            ],
        }),
        ("h2", "Distribution list"),
        ("table", {
            "header": ["To", "Role", "Sent"],
            "widths": [5.0, 8.0, 4.0],
            "rows": [
                ["Lauren Carrow and Kieran Doyle", "Theo's parents (and their solicitor, Ms A Rahman)",
                 "By hand, 09/02/2026"],
                ["Pat and Dennis Doyle", "Paternal grandparents, supervisors", "By hand, 09/02/2026"],
                ["Megan Carrow", "Maternal aunt, supervisor", "By e-mail, 09/02/2026"],
                ["All professionals in Appendix A", "Core group members", "Secure e-mail, 09/02/2026"],
            ],
        }),
        ("h2", "Contents"),
        ("pl", "1. About Theo ........................................................ 2"),
        ("pl", "2. What happened, and what we are still worried about ............ 2"),
        ("pl", "3. What is going well ............................................. 2"),
        ("pl", "4. Theo's day ......................................................... 2"),
        ("pl", "5. The plan: outcomes and actions ................................ 3"),
        ("pl", "6. If things go wrong (contingency) ............................. 5"),
        ("pl", "7. Core group, review and legal planning ........................ 5"),
        ("pl", "8. Agreement ......................................................... 5"),
        ("p", "Appendix A: Who's who · Appendix B: Theo's health checks so far ............ 6"),
        ("pagebreak",),
        ("h1", "1. About Theo"),
        ("kv", [
            ("Child", "Theo Carrow, born 08/09/2025 (5 months)"),
            ("Lives at", "3 Sandpiper Way, Kettlesby KT3 9PW (the home of Pat and Dennis Doyle, his paternal "
                         "grandparents), with both parents, since 24/10/2025"),
            ("Parents", "Lauren Carrow (23) and Kieran Doyle (25). Their own flat is 15 Wharf Cottages, "
                        "Kettlesby; it is empty while the plan is in place."),
            ("Category", "Physical abuse. Initial conference 11/11/2025; first review today."),
            ("Legal status", "Not looked after. PLO pre-proceedings: letter before proceedings sent "
                             "14/11/2025; pre-proceedings meetings 25/11/2025 and 20/01/2026."),
        ]),
        ("h1", "2. What happened, and what we are still worried about"),
        ("h2", "2.1 Theo's injuries"),
        ("p", "On 20/10/2025, when Theo was 6 weeks old, Lauren and Kieran took him to Kettlesby General Hospital "
              "because his left leg was swollen and he screamed when it was moved. An X-ray showed a spiral "
              "fracture of his left thigh bone. The skeletal survey also found two healing fractures of his "
              "ribs, thought to be between two and four weeks old. Neither parent has been able to explain the "
              "injuries. The police investigation continues; both parents have been interviewed and released "
              "under investigation (see Appendix A for the officer in the case)."),
        ("h2", "2.2 What we are still worried about"),
        ("p", "Theo was hurt by an adult, at least twice, before he was 6 weeks old, and we do not know who or "
              "how. Lauren had postnatal depression after Theo's birth and says she was \"not coping\" in the "
              "first weeks; she is now under the perinatal mental health team. Kieran was working long shifts "
              "and says he was \"snappy\" with Lauren. Until the assessments are finished we do not know "
              "whether either parent could care for Theo safely on their own."),
        ("h1", "3. What is going well"),
        ("bullets", [
            "Every minute of Theo's care since 24/10/2025 has been supervised, and the supervision log has no "
            "gaps (checked at 14 visits).",
            "Theo's fractures have healed well (fracture clinic, 13/01/2026), and his weight is on the 50th "
            "centile (see Appendix B).",
            "Lauren has been to every perinatal appointment and says her mood is much better on sertraline.",
            "Both parents have gone to every pre-proceedings meeting and every core group, and Kieran has "
            "started the Calm Dads group himself.",
        ]),
        ("h1", "4. Theo's day"),
        ("p", "Theo is 5 months old and cannot tell us what he feels, so this is what the people who see him "
              "have seen. Owen (social worker) and Rosie (health visitor) see Theo's days at Sandpiper Way: he "
              "wakes at about 6.30am in his cot in Pat and Dennis's room, and Pat or Dennis watches while Lauren "
              "or Kieran gives him his bottle. He smiles and kicks when Kieran sings to him and reaches for "
              "Lauren's hair. He is bathed at 6pm with a grandparent in the room. On Owen's visit on 29/01/2026 "
              "he rolled from his tummy to his back for the first time and laughed; when the dog barked he "
              "startled and cried, and settled quickly when Lauren held him against her shoulder."),
        ("h1", "5. The plan: outcomes and actions"),
        ("p", "The plan has four outcomes for Theo. Under each outcome is a table of what will happen, who will "
              "do it, when, and how we will know. The review conference is on 30/07/2026 (section 7)."),
        ("h2", "5.1 Outcome 1: Theo is kept safe: every minute of his care is seen by an agreed adult until "
              "the assessments are finished and the court or the core group agrees otherwise"),
        _carrow_table([
            ["1.1", "Supervise all of Theo's care by Lauren and Kieran at 3 Sandpiper Way, and never leave "
                    "either parent alone with him, day or night",
             "Pat Doyle and Dennis Doyle (paternal grandparents)",
             "Every day, 24 hours a day, until the review conference on 30/07/2026",
             "Supervision log signed at each change of supervisor; Owen reads and photographs it at every "
             "visit"],
            ["1.2", "Supervise Theo's care on the days Pat works, from 8.30am until Dennis gets home",
             "Megan Carrow (maternal aunt)",
             "Every Tuesday and Thursday, 8.30am to 5pm",
             "Megan signs the supervision log on those days; Owen checks the signatures at his visits"],
            ["1.3", "Home visits, one in two unannounced: see Theo awake and undressed, see who is supervising, "
                    "and check the supervision log",
             "Owen Blake, social worker",
             "Every week until the review conference",
             "Visit record on LCS within 48 hours saying who supervised, what marks (if any) were seen on "
             "Theo, and that the log was complete"],
            ["1.4", "Continue the investigation into Theo's injuries and tell Owen of any charging decision",
             "DC Amrit Sandhu, Kettlesby Police Child Abuse Investigation Team",
             "Written update before each core group; any decision passed on within one working day",
             "Police update e-mailed to Owen before each core group and kept on the children's file"],
        ]),
        ("h2", "5.2 Outcome 2: Theo's bones, growth and development are checked, and he keeps growing well"),
        _carrow_table([
            ["2.1", "Weigh Theo, watch how he is handled and fed, and complete his ASQ-3 at 6 months",
             "Rosie Clarke, health visitor, Kettlesby 0-19 Service",
             "Every two weeks until the review conference; ASQ-3 by 13/03/2026",
             "Weights plotted in the red book; ASQ-3 scores sent to Owen by 13/03/2026"],
            ["2.2", "Bone health clinic: repeat X-rays, bone profile and vitamin D results, and the paediatric "
                    "opinion on whether Theo has any condition that makes his bones break easily",
             "Dr Sunil Varma, consultant paediatrician, Kettlesby General Hospital",
             "Clinic on 24/02/2026; letter within 10 days of it",
             "Clinic letter with the results and the opinion sent to Owen and the GP by 06/03/2026"],
            ["2.3", "Take Theo to every health appointment (health visitor clinic, bone health clinic and his "
                    "immunisations), with Pat or Dennis",
             "Lauren Carrow and Kieran Doyle",
             "Bone health clinic on 24/02/2026; health visitor clinic every two weeks",
             "Attendance recorded in the red book and the clinic letters; no appointment missed"],
        ]),
        ("h2", "5.3 Outcome 3: Theo's parents understand what happened to him and show they can keep him safe"),
        _carrow_table([
            ["3.1", "Parenting assessment of Lauren and Kieran together and apart, including how they manage "
                    "stress and Theo's crying, and what they say about his injuries",
             "Sara Whitcombe, assessing social worker, Kettlesby Family Assessment Team",
             "Weekly sessions from 10/02/2026; report by 31/03/2026",
             "Assessment report, with a recommendation, shared with the parents, their solicitor and the "
             "core group by 31/03/2026"],
            ["3.2", "Review Lauren's mood and medication, and write an opinion on whether she can care for "
                    "Theo safely, what would need to change and how long that is likely to take",
             "Dr Claire Mensah, consultant perinatal psychiatrist, Kettlesby Perinatal Mental Health Team",
             "Every four weeks; written opinion by 17/03/2026",
             "Clinic letter to Owen after each review; written opinion on file by 17/03/2026"],
            ["3.3", "Take her sertraline every day and go to every perinatal appointment, and tell Owen or the "
                    "team if her mood drops, so that she is well enough to care for Theo",
             "Lauren Carrow (mother)",
             "Every day; appointments every four weeks",
             "Dr Mensah's clinic letters record every appointment kept and how Lauren's mood has been"],
            ["3.4", "Four \"Coping with Crying\" and safe handling sessions for both parents, each writing "
                    "their own plan for when Theo will not stop crying",
             "Nikki Shaw, family practitioner, Kettlesby Family Hub",
             "Mondays, 16/02/2026 to 09/03/2026",
             "Session register; each parent's signed coping plan on file by 09/03/2026"],
            ["3.5", "Go to every session of the Calm Dads group and tell Owen what he has learned at each "
                    "core group",
             "Kieran Doyle (father)",
             "Thursdays 7pm, 12/02/2026 to 02/04/2026",
             "Group register e-mailed to Owen monthly; group leader's end-of-course report by 10/04/2026"],
        ]),
        ("h2", "5.4 Outcome 4: Theo has a safe long-term home, and the adults around him know their part"),
        _carrow_table([
            ["4.1", "Viability assessments of Pat and Dennis, and of Megan, as long-term carers for Theo if "
                    "he cannot live with his parents",
             "Owen Blake, social worker",
             "By 06/03/2026",
             "Written viability assessments shared with the family, the solicitor and the core group by "
             "06/03/2026"],
            ["4.2", "Family group conference to agree who else in the family can supervise, and the back-up "
                    "if Pat, Dennis or Megan cannot",
             "Joy Amadi, FGC coordinator, Kettlesby Family Group Conference Service",
             "By 13/03/2026",
             "Family plan from the FGC, naming each back-up supervisor and the days they can do, sent to Owen "
             "by 20/03/2026"],
            ["4.3", "Go through the written supervision agreement with each supervisor (what supervision means, "
                    "what to do if they are worried) and have each one sign it",
             "Owen Blake, social worker",
             "By 13/02/2026, and with any new supervisor before their first day",
             "Signed agreements on file for Pat, Dennis and Megan by 13/02/2026"],
        ]),
        ("h1", "6. If things go wrong (contingency)"),
        ("p", "6.1 If either parent is found alone with Theo, or a supervisor leaves the house while a parent "
              "is caring for him, the supervisor takes over Theo's care at once and rings Owen (or the Emergency "
              "Duty Team). Owen holds a strategy discussion the same day and asks Rachel Okoro for an urgent "
              "legal planning meeting, to decide whether to issue care proceedings."),
        ("p", "6.2 If Theo has any bruise, swelling, mark or sign of pain that no one can explain, the "
              "supervisor takes him to Kettlesby General Hospital's children's emergency department the same "
              "day and rings Owen; a child protection medical is arranged that day and Owen holds a strategy "
              "discussion."),
        ("p", "6.3 If Pat or Dennis cannot supervise (because of illness, work or because they no longer feel "
              "able to), they tell Owen that day and Megan covers. If neither the grandparents nor Megan can "
              "supervise, Theo will be looked after by Kettlesby foster carers that day with his parents' "
              "agreement (section 20), and Owen will take legal advice the same day about an application for "
              "an interim care order if they do not agree."),
        ("p", "6.4 If the parenting assessment (3.1) or Dr Mensah's opinion (3.2) says Theo cannot be kept safe "
              "by his parents in the time he needs, or the police charge either parent, Owen will ask for a "
              "legal planning meeting within 5 working days to decide whether to issue care proceedings."),
        ("h1", "7. Core group, review and legal planning"),
        ("kv", [
            ("Core group", "Every four weeks, Thursdays at 10am, Kettlesby Family Hub: 19/02/2026, 19/03/2026, "
                           "16/04/2026, 14/05/2026, 11/06/2026 and 09/07/2026"),
            ("Review child protection conference", "30/07/2026 at 1.30pm, Kettlesby County Hall"),
            ("Pre-proceedings review meeting", "03/03/2026 with the parents and their solicitors; then the "
                                               "legal planning meeting on 14/04/2026 will look at the parenting "
                                               "assessment and Dr Mensah's opinion"),
        ]),
        ("h1", "8. Agreement"),
        ("table", {
            "header": ["Name", "Role", "Signature", "Date"],
            "widths": [4.5, 5.5, 4.5, 2.5],
            "rows": [
                ["Lauren Carrow", "Mother", "", ""],
                ["Kieran Doyle", "Father", "", ""],
                ["Pat Doyle", "Paternal grandmother (supervisor)", "", ""],
                ["Dennis Doyle", "Paternal grandfather (supervisor)", "", ""],
                ["Megan Carrow", "Maternal aunt (supervisor)", "", ""],
                ["Owen Blake", "Social worker", "", ""],
            ],
        }),
        ("h1", "Appendix A: Who's who"),
        ("table", {
            "header": ["Name", "Role", "Agency"],
            "widths": [4.5, 5.5, 7.0],
            "rows": [
                ["Owen Blake", "Social worker", "Kettlesby South Safeguarding Team"],
                ["Rachel Okoro", "Team manager", "Kettlesby South Safeguarding Team"],
                ["Helen Straw", "Independent Reviewing Officer (chair)", "Kettlesby Safeguarding Unit"],
                ["Sara Whitcombe", "Assessing social worker", "Kettlesby Family Assessment Team"],
                ["Rosie Clarke", "Health visitor", "Kettlesby 0-19 Service"],
                ["Dr Sunil Varma", "Consultant paediatrician", "Kettlesby General Hospital"],
                ["Dr Claire Mensah", "Consultant perinatal psychiatrist", "Kettlesby Perinatal Mental Health Team"],
                ["Nikki Shaw", "Family practitioner", "Kettlesby Family Hub"],
                ["Joy Amadi", "FGC coordinator", "Kettlesby Family Group Conference Service"],
                ["DC Amrit Sandhu", "Officer in the case", "Kettlesby Police Child Abuse Investigation Team"],
                ["Dr Paul Ferris", "GP", "Harbour Lane Surgery"],
            ],
        }),
        ("h1", "Appendix B: Theo's health checks so far"),
        ("table", {
            "header": ["Date", "Check", "Result"],
            "widths": [3.0, 6.0, 8.0],
            "rows": [
                ["20/10/2025", "X-ray and skeletal survey, Kettlesby General", "Spiral fracture left femur; two "
                                                                             "healing rib fractures"],
                ["04/11/2025", "8-week immunisations", "Given, Harbour Lane Surgery"],
                ["02/12/2025", "12-week immunisations", "Given"],
                ["29/12/2025", "16-week immunisations", "Given"],
                ["13/01/2026", "Fracture clinic", "Femur healed; ribs healed"],
                ["27/01/2026", "Health visitor weight", "6.9kg, 50th centile"],
                ["24/02/2026", "Bone health clinic (booked)", "-"],
                ["08/03/2026", "6-month ASQ-3 (due)", "-"],
            ],
        }),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Pre-birth plan in a council's Word template, version 2 as amended at
#    the first core group: Word header and footer (OFFICIAL-SENSITIVE,
#    version, EDD, case reference, page x of y), a boxed front grid, lettered
#    parts, an "Action No. / Action / Responsible / Timescale / Outcome
#    achieved when" table, a document history box and a circulation line.
#    Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b189_kelwardine_prebirth_word_template_version_two_front_grid_reilly.docx",
    "doc_title": "Pre-birth Child Protection Plan - Unborn baby of Shannon Reilly (v2)",
    "split": "heldout",
    "actions": 14,
    "header": "OFFICIAL-SENSITIVE · Kelwardine Council Children's Social Care · Pre-birth Child Protection Plan · Version 2",
    "footer": "Unborn baby of Shannon Reilly (EDD 28/04/2026) · Case ref KC-PB-7731 · Page {PAGE} of {NUMPAGES}",
    "template": "prebirth-plan-council-word-template-docx-header-footer-version-edd-case-ref-page-x-of-y-boxed-front-grid-lettered-parts-a-to-h-babys-world-then-action-no-action-responsible-timescale-outcome-achieved-when-table-then-contingency-meetings-document-history-box-circulation-line",
    "description": (
        "Pre-birth plan, version 2 as amended at the first core group, for the unborn baby of a 19-year-old "
        "care leaver with anxiety and her partner, who uses cocaine and pushed her during an argument. A "
        "council Word template with a header and footer (OFFICIAL-SENSITIVE, version, EDD, case reference, "
        "page x of y), a boxed front grid, lettered parts, an 'Action No. / Action / Responsible / "
        "Timescale / Outcome achieved when' table, a document history box and a circulation line. The "
        "mother's aunt is to have her and the baby to stay after the birth. Faults: the partner's "
        "self-referral to the drug service 'ASAP'; the midwife's appointments measured by 'Shannon's mood "
        "is stable'; the personal adviser's grant and equipment row with an empty 'Outcome achieved when' "
        "cell; 'Family' getting the flat ready; and a contingency that sends mother and baby to the aunt "
        "with nothing said if she cannot have them."
    ),
    "blocks": [
        ("title", "Pre-birth Child Protection Plan"),
        ("p", "Kelwardine Council · Children's Social Care · Pre-birth and Early Years Safeguarding Team"),
        ("table", {
            "rows": [
                ["Unborn baby of", "Shannon Reilly (19)", "EDD", "28/04/2026 (40 weeks)"],
                ["Address", "Flat 4, 12 Quarry Lane, Kelwardine KW7 3DS", "Gestation at ICPC", "26 weeks"],
                ["Father", "Liam Burke (22), lives with Shannon", "Category", "Neglect and emotional abuse "
                                                                            "(unborn)"],
                ["Social worker", "Zoe Marsh", "Team manager", "Adam Pryce"],
                ["Pre-birth ICPC", "20/01/2026", "This version", "2 (amended at core group 1, 03/02/2026)"],
            ],
            "widths": [3.2, 6.3, 3.2, 4.3],
            "bold_first_col": True,
        }),
        ("h1", "Part A: Family and network"),
        ("bullets", [
            "Shannon Reilly (19), mother. Looked after from 13 to 18 (foster care, then with her aunt Teresa); "
            "supported by the Kelwardine Leaving Care Team. Anxiety since her teens; prescribed sertraline by "
            "her GP.",
            "Liam Burke (22), father. Works on a building site. Uses cocaine at weekends.",
            "Teresa Reilly (46), Shannon's aunt and former kinship carer, 30 Vicarage Road, Kelwardine.",
            "Donna Burke (49), Liam's mother, 5 Mill Court, Kelwardine.",
        ]),
        ("h1", "Part B: Why there is a plan for baby before birth"),
        ("p", "On 26/12/2025 the police were called to the flat after neighbours heard shouting. Shannon, then "
              "22 weeks pregnant, said Liam had pushed her against the wardrobe during an argument after he had "
              "been out drinking and using cocaine. She had a red mark on her arm. Liam was arrested and given a "
              "community resolution. Shannon told the midwife in January that Liam uses cocaine \"most "
              "weekends\" and that she worries about money and about him bringing friends back to the flat. "
              "Shannon's anxiety has been worse since the incident: she has panic attacks and has missed two "
              "antenatal appointments. The flat has no cot and no working smoke alarm."),
        ("h1", "Part C: What is going well"),
        ("bullets", [
            "Shannon booked at 10 weeks and has a good relationship with her midwife and her personal adviser.",
            "Liam came to the conference, accepted that he pushed Shannon, and says he wants to stop using "
            "cocaine before the baby is born.",
            "Teresa has offered to have Shannon and the baby to stay for the first two weeks.",
            "Shannon has started buying baby clothes and has read the safe sleep leaflet.",
        ]),
        ("h1", "Part D: Baby's world"),
        ("p", "Baby is a boy. The 20-week scan on 09/12/2025 was normal and he is growing on the 50th centile "
              "on the growth chart. Shannon says he kicks \"like a footballer\" when she lies down at night, and "
              "she talks to him and plays him music. Liam has felt him kick and says he wants to be \"a better "
              "dad than mine was\". Baby will come home to a one-bedroom flat on the first floor. He will need "
              "feeding every few hours, a cot of his own in a smoke-free room, and adults who are sober and "
              "calm."),
        ("h1", "Part E: What we want for baby"),
        ("numbers", [
            "Baby is born safely and goes home only when a discharge plan is agreed.",
            "Baby lives in a home where no one uses drugs and where no one is hurt or frightened.",
            "Baby sleeps safely in his own cot and is fed, warm and gaining weight.",
            "Baby is cared for by a mum whose anxiety is managed well enough for her to feed, settle and play "
            "with him.",
        ]),
        ("h1", "Part F: Action plan"),
        ("table", {
            "header": ["Action No.", "Action", "Responsible", "Timescale", "Outcome achieved when"],
            "widths": [1.5, 5.6, 3.2, 3.0, 3.7],
            "rows": [
                ["1", "Home visits to Shannon and Liam, one in three unannounced, seeing Shannon on her own at "
                      "least once a month",
                 "Zoe Marsh (SW)", "Every two weeks until the birth",
                 "Visit records within 48 hours, including what Shannon said when seen alone"],
                ["2", "Pre-birth parenting assessment with Shannon and Liam, including the push on 26/12/2025 "
                      "and Liam's cocaine use",
                 "Zoe Marsh (SW)", "Weekly sessions from 27/01/2026; report by 36 weeks (31/03/2026)",
                 "Assessment report with a recommendation for the birth shared with the parents and the core "
                 "group by 31/03/2026"],
                ["3", "Antenatal appointments with Shannon at Quarry Lane Children's Centre, asking about her "
                      "anxiety, about Liam and about drug use at each one",
                 "Chloe Barnes, community midwife", "Every two weeks until 36 weeks, then weekly",
                 "Shannon's mood is stable"],
                ["4", "Put the safeguarding alert and birth plan on the maternity record, so the labour ward "
                      "tells the SW (or EDT) of the birth and baby is not discharged before the discharge "
                      "planning meeting",
                 "Nicola Hart, safeguarding midwife", "By 28 weeks (03/02/2026)",
                 "Alert on the maternity record and a copy of the birth plan on the SW's file"],
                ["5", "Refer himself to Horizon, Kelwardine's drug and alcohol service, and go to his first "
                      "assessment",
                 "Liam Burke (father)", "ASAP",
                 "Horizon confirms the date of Liam's assessment to the SW in writing"],
                ["6", "Key work sessions with Liam on his cocaine use, with an oral fluid test at each, and a "
                      "written report on whether he can stay drug-free once baby is born",
                 "Sam Devlin, recovery worker, Horizon", "Fortnightly from his assessment; report by "
                                                         "31/03/2026",
                 "Test results e-mailed to the SW after each session; report on file by 31/03/2026"],
                ["7", "Go to the Choices assessment (for men who have been abusive to a partner) and, if "
                      "offered, every weekly session",
                 "Liam Burke (father)", "Assessment by 27/02/2026, then weekly",
                 "Assessment letter to the SW; attendance register each month"],
                ["8", "Review Shannon's anxiety and her sertraline in pregnancy, and write to the SW about how "
                      "she is coping",
                 "Dr Laura Quinn, GP, Castlegate Surgery", "By 17/02/2026",
                 "GP letter on the SW's file by 17/02/2026"],
                ["9", "Help Shannon apply for a Sure Start Maternity Grant and plan what baby needs to buy",
                 "Jordan Fox, personal adviser, Kelwardine Leaving Care Team", "By 28/02/2026", ""],
                ["10", "Get the flat ready for baby: a cot and mattress, a working smoke alarm and a safe "
                       "place to make up bottles",
                 "Family", "By 36 weeks (31/03/2026)",
                 "Health visitor sees the cot and smoke alarm at the antenatal visit and ticks them on the home "
                 "safety checklist"],
                ["11", "Antenatal home visit: safe sleep, coping with crying (ICON) and the home safety checklist",
                 "Mel Hughes, health visitor", "By 34 weeks (17/03/2026)",
                 "Antenatal contact record and home safety checklist e-mailed to the SW"],
                ["12", "Go with Shannon to the Bump to Baby classes at Quarry Lane Children's Centre",
                 "Teresa Reilly (aunt)", "Thursdays 6pm to 8pm, 05/02/2026 to 26/02/2026",
                 "Class register sent to the SW by the centre after each session"],
                ["13", "Have Shannon and baby to stay at 30 Vicarage Road and do one night feed so Shannon "
                       "can sleep",
                 "Teresa Reilly (aunt)", "Every night for the first 14 nights after discharge",
                 "Teresa signs the night feed chart; the midwife and SW read it at each visit"],
                ["14", "Pre-discharge planning meeting with Shannon, Liam, Teresa and the professionals, to "
                       "agree where baby goes home to and who helps",
                 "Nicola Hart, safeguarding midwife", "At 36 weeks (31/03/2026)",
                 "Written discharge plan signed by Shannon and Liam and sent to the core group within 2 working "
                 "days"],
            ],
        }),
        ("h1", "Part G: Contingency plan"),
        ("bullets", [
            "If Liam's oral fluid test shows cocaine, or he is seen under the influence, he leaves the flat that "
            "day and stays with his mother at 5 Mill Court; Zoe holds a strategy discussion within 24 hours "
            "and asks Adam Pryce for a legal planning meeting within 5 working days, to decide whether to start "
            "PLO pre-proceedings before baby is born.",
            "If there is another incident of shouting, pushing or any violence, Shannon rings 999, and she (and "
            "baby, once born) go to Teresa's at 30 Vicarage Road that day; Zoe holds a strategy discussion the "
            "same day.",
            "If Shannon or Liam try to take baby off the ward before the discharge planning meeting has agreed "
            "it, the midwife in charge rings the police and the Emergency Duty Team at once.",
        ]),
        ("h1", "Part H: Core group and review"),
        ("kv", [
            ("Core group", "Every four weeks at Quarry Lane Children's Centre, Tuesdays at 1pm: 03/02/2026 "
                           "(held), 03/03/2026 and 31/03/2026; then within 10 working days of the birth"),
            ("Review child protection conference", "14/04/2026 at 10am, Kelwardine Town Hall"),
        ]),
        ("table", {
            "header": ["Document history", "Date", "Changes"],
            "widths": [4.0, 3.0, 10.0],
            "rows": [
                ["Version 1", "20/01/2026", "Plan agreed at the pre-birth ICPC"],
                ["Version 2", "03/02/2026", "Core group 1: GP and Choices rows added; Teresa's stay after the "
                                            "birth added"],
            ],
        }),
        ("p", "Circulated on 05/02/2026 to Shannon, Liam, Teresa and all core group members."),
    ],
    "findings": [
        F("T002", "Refer himself to Horizon, Kelwardine's drug and alcohol service"),
        F("M002", "Antenatal appointments with Shannon at Quarry Lane Children's Centre"),
        F("M001", "Help Shannon apply for a Sure Start Maternity Grant"),
        F("W002", "Get the flat ready for baby: a cot and mattress"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Core group revised plan printed from an invented case system
#    ("ChildFirst") and saved as text from the PDF: every page keeps its
#    header (council, OFFICIAL-SENSITIVE, the print's title, subject and date
#    of birth, case ID, page x of y) and footer (print time, user, handling
#    line), pages separated by form feeds; numbered capitalised sections with
#    dot-leader fields; each task a block of "What / Lead / When / Evidence"
#    lines under a TASK nn/16 line with a code, one block running on over a
#    page break. Exemplary (txt)
# ---------------------------------------------------------------------------
_KIL_RULE = "-" * 80


def _kil_page(n, body):
    head = (
        "KILNBROOK COUNCIL - CHILDREN'S SOCIAL CARE                   OFFICIAL-SENSITIVE\n"
        "ChildFirst case print: CHILD PROTECTION PLAN (REVISED AT CORE GROUP 2)\n"
        f"Subject: KOWALCZYK, Tia (DOB 03/07/2011) +1   Case ID 66120935   Page {n} of 4\n"
        f"{_KIL_RULE}\n\n"
    )
    foot = (
        f"\n{_KIL_RULE}\n"
        "Printed 05/03/2026 10:14 by rsheppard     Do not copy outside the core group\n"
    )
    return head + body.strip("\n") + "\n" + foot


_KIL_P1 = """\
1. CASE DETAILS

Children ............ Tia KOWALCZYK, DOB 03/07/2011 (14), Year 10, Kilnbrook
                      High School
                      Oskar PIKE, DOB 22/01/2018 (8), Year 3, Brook Lane
                      Primary School
Address ............. 27 Foundry Street, Kilnbrook KB5 2HT
Mother .............. Agnieszka (Aga) KOWALCZYK (36). Heroin use since autumn
                      2025 after four years drug-free; methadone script with
                      Kilnbrook Recovery Partnership since 15/12/2025
Oskar's father ...... Darren PIKE (41). Uses heroin and crack cocaine; moved
                      out 15/01/2026, now at Kilnbrook Lodge hostel. Sees
                      Oskar at the Family Centre (task 13)
Tia's father ........ Marek KOWALCZYK, lives in Poland; no contact since 2019
Maternal uncle ...... Piotr KOWALCZYK (33), 14 Elm Court, Kilnbrook
Category ............ Neglect (both children). ICPC 03/02/2026
Social worker ....... Rachel Sheppard (RS), Kilnbrook Safeguarding Team 1
Team manager ........ Colin Frear
Chair (IRO) ......... Anita Basra

2. REASON FOR PLAN

On 12/01/2026 Oskar told his teacher he had found "a needle with a red top"
behind the bath panel and that "Daddy uses them for his medicine". The
police and the social worker visited that afternoon and found used needles
in the bathroom and foil in the children's bedroom bin. Darren had been
staying at the house and injecting heroin there; Aga said she had been
smoking heroin since October. Tia, who is 14, had been doing the shopping
and cooking and getting Oskar to school; her own attendance in the autumn
term was 79% and Oskar's 86%.

3. WHAT IS WORKING WELL

- Aga has collected her methadone every day since 15/12/2025, and her urine
  tests since 01/02/2026 have shown methadone only.
- Darren left the house when asked, and has not been back.
- Tia's attendance since the ICPC is 96%.
- Piotr has the children every Sunday and both say they love going.
"""

_KIL_P2 = """\
4. CHILDREN'S VIEWS AND LIVED EXPERIENCE

Tia (seen alone at school by RS, 24/02/2026): "I'm not a kid, I've been
doing it for ages, it's fine." "I want Mum to be Mum again and me to just
be at school." "I don't want anyone to know about the needles." She scored
home as 5 out of 10 ("better since Darren went") and says Sundays at
Piotr's are "the only day I don't have to think".

Oskar (seen alone at home by RS, 26/02/2026): "I miss Daddy but not his
needles." He drew his three wishes: "Mummy not poorly", "a PlayStation" and
"Daddy at my party". His teacher says he is tired on Mondays and worries
about his mum when it rains "because she walks to the chemist".

5. OUTCOMES

O1  Tia and Oskar live in a home where no drugs or needles are kept or
    used, and they are always cared for by a sober adult.
O2  Oskar is in school every day and on time, and Tia is in school full
    time and no longer does the caring for Oskar or the house.
O3  Tia and Oskar understand what has been happening, know who to tell if
    they are worried, and have time to be children.
O4  Oskar sees his dad safely, at times and places that are agreed.

6. PLAN TASKS (16 OPEN)

TASK 01/16   T-0203-01   Status: Open   Outcome: O1
  What ....... Visit Tia and Oskar at home, one visit in two unannounced;
               see each child on their own and check the bathroom, the
               sharps box and the locked box for methadone.
  Lead ....... Rachel Sheppard, social worker
  When ....... Every week until the review conference on 28/04/2026
  Evidence ... Visit record within 48 hours with each child's words; the
               sharps box locked and no drug-taking equipment seen.

TASK 02/16   T-0203-02   Status: Open   Outcome: O1
  What ....... Key work with Aga, with a urine test at every session and a
               methadone review with the prescriber; a written report on
               whether Aga can stay off heroin while caring for Tia and
               Oskar, and how long it will take to be sure of that.
  Lead ....... Tom Haddad, key worker, Kilnbrook Recovery Partnership
  When ....... Every two weeks from 05/02/2026; report by 14/04/2026
  Evidence ... Urine results e-mailed to RS after each session; the written
               report on file by 14/04/2026, two weeks before the review.

TASK 03/16   T-0203-03   Status: Open   Outcome: O1
  What ....... Take her methadone at Brook Lane Pharmacy, supervised, and
               keep any take-home doses in the locked box out of the
               children's reach.
  Lead ....... Aga Kowalczyk (mother)
  When ....... Every day
"""

_KIL_P3 = """\
  Evidence ... Pharmacy record of supervised doses, sent to RS by Tom
               every fortnight with no missed days; the locked box seen
               locked at every RS visit.

TASK 04/16   T-0217-04   Status: Open   Outcome: O1
  What ....... Review Aga's prescriptions and physical health, offer a
               hepatitis C test, and tell Tom and RS before prescribing any
               sedating medicine.
  Lead ....... Dr Nadia Fairley, GP, Foundry Street Surgery
  When ....... By 31/03/2026
  Evidence ... GP letter to RS and Tom by 31/03/2026.

TASK 05/16   T-0217-05   Status: Open   Outcome: O1
  What ....... Naloxone training for Aga and Piotr, and a naloxone kit kept
               in the locked kitchen cupboard.
  Lead ....... Tom Haddad, key worker, Kilnbrook Recovery Partnership
  When ....... By 20/03/2026
  Evidence ... Training record on Tom's file; the kit seen by RS at her
               next visit.

TASK 06/16   T-0303-06   Status: Open   Outcome: O1
  What ....... Refit the bath panel so it cannot be lifted, and fit a
               lockable bathroom cabinet.
  Lead ....... Gary Holt, repairs officer, Kilnbrook Homes
  When ....... By 27/03/2026
  Evidence ... Completed job sheet sent to RS; both seen by RS at her next
               visit.

TASK 07/16   T-0203-07   Status: Open   Outcome: O2
  What ....... Get Oskar up, give him breakfast and walk him to school by
               8.50am, so that Tia can leave for her own school.
  Lead ....... Aga Kowalczyk (mother)
  When ....... Every school day
  Evidence ... Register in Mr Okonjo's Friday e-mail; Oskar at 95% or
               above by the May half term (22/05/2026).

TASK 08/16   T-0203-08   Status: Open   Outcome: O2
  What ....... First-day calling for Oskar (ring Aga at 9.10am, RS at
               9.45am if no answer), and a Friday e-mail to RS with his
               attendance, late marks and anything logged on CPOMS.
  Lead ....... Mr Lee Okonjo, DSL, Brook Lane Primary School
  When ....... Every school day at registration; e-mail every Friday
  Evidence ... First-day call log; Friday e-mails on Oskar's file.

TASK 09/16   T-0203-09   Status: Open   Outcome: O2
  What ....... Weekly session with Tia on catching up with her GCSE
               coursework, and a weekly attendance report to RS.
  Lead ....... Ms Ruth Grady, pastoral lead, Kilnbrook High School
  When ....... Every Wednesday, period 5
  Evidence ... Session log and attendance report e-mailed to RS every
               Friday; Tia's attendance 95% or above by Easter.
"""

_KIL_P4 = """\
TASK 10/16   T-0203-10   Status: Open   Outcome: O3
  What ....... Four sessions of direct work with Tia on being a young
               carer, what she wants to stop doing at home, and who she can
               talk to.
  Lead ....... Rachel Sheppard, social worker
  When ....... Every two weeks, 10/03/2026 to 21/04/2026
  Evidence ... Tia's "My week" sheet filled in at the first and last
               sessions, showing how many caring jobs she still does.

TASK 11/16   T-0217-11   Status: Open   Outcome: O3
  What ....... Young carer's assessment with Tia, and a place at the
               Tuesday young carers' group.
  Lead ....... Jess Tolland, young carers worker, Kilnbrook Carers Centre
  When ....... Assessment by 20/03/2026; group every Tuesday, 4pm to 6pm
  Evidence ... Assessment on file by 20/03/2026; group register sent to RS
               monthly.

TASK 12/16   T-0217-12   Status: Open   Outcome: O3
  What ....... Health review for Oskar (growth, hearing, teeth) and help
               Aga register both children with a dentist.
  Lead ....... Joanne Price, school nurse, Kilnbrook 0-19 Service
  When ....... By 27/03/2026
  Evidence ... Health review letter to RS; dentist registration confirmed
               in the same letter.

TASK 13/16   T-0203-13   Status: Open   Outcome: O4
  What ....... Supervised contact for Oskar with Darren, after an oral
               fluid test at the start of each contact (contact does not go
               ahead if the test is positive).
  Lead ....... Lynn Abbott, contact supervisor, Kilnbrook Family Centre
  When ....... Every other Saturday, 10am to 11.30am
  Evidence ... Contact record with the test result and how Oskar was, sent
               to RS within 3 working days.

TASK 14/16   T-0217-14   Status: Open   Outcome: O4
  What ....... Go to an assessment at Kilnbrook Recovery Partnership, so
               that contact with Oskar can move on if his tests are clear.
  Lead ....... Darren Pike (Oskar's father)
  When ....... By 20/03/2026
  Evidence ... Assessment letter from the Recovery Partnership to RS.

TASK 15/16   T-0203-15   Status: Open   Outcome: O3
  What ....... Have Tia and Oskar at his flat for Sunday lunch, homework
               and the park.
  Lead ....... Piotr Kowalczyk (maternal uncle)
  When ....... Every Sunday, 12 noon to 6pm
  Evidence ... Piotr texts RS each Sunday evening; what the children say
               about Sundays written in RS's visit records.

TASK 16/16   T-0303-16   Status: Open   Outcome: O1
  What ....... Family network meeting with Aga, Piotr and anyone they
               invite, to agree a second adult who can have the children
               if Piotr cannot.
  Lead ....... Rachel Sheppard, social worker
  When ....... By 24/03/2026
  Evidence ... Meeting notes on file naming the second adult and when they
               can help.

7. CONTINGENCY

Trigger ..... A urine test shows heroin or any opiate other than methadone,
              Aga is seen under the influence, or needles are found.
Response .... Tom or the school tells RS the same day. Tia and Oskar go to
              Piotr's flat, 14 Elm Court, that night. RS holds a strategy
              discussion with the police and health the same day and asks
              Colin Frear for a legal planning meeting within 5 working
              days, to decide whether to start PLO pre-proceedings.
Trigger ..... Darren comes to 27 Foundry Street.
Response .... Aga asks him to leave and rings 999 if he will not; RS (or
              the Emergency Duty Team) visits the same day.
Trigger ..... Piotr cannot have the children on a Sunday or in an
              emergency (he is ill, working away or no longer able).
Response .... Piotr or Aga tells RS that day. The second adult agreed at the
              family network meeting (task 16) steps in. If the children
              need somewhere to stay and no agreed adult can have them, RS
              (or the Emergency Duty Team) places them together with
              Kilnbrook foster carers that night.
Trigger ..... Tom's report of 14/04/2026 says Aga cannot stay off heroin
              in the time the children need.
Response .... RS asks for a legal planning meeting before the review
              conference on 28/04/2026.

8. CORE GROUP AND REVIEW

Core group .......... Every two weeks, Tuesdays 3.45pm, Brook Lane Primary:
                      17/02/2026 (held), 03/03/2026 (held), 17/03/2026,
                      31/03/2026 and 14/04/2026
Review conference ... 28/04/2026, 10am, Kilnbrook Civic Hall

9. SIGN-OFF

Revised by .......... R Sheppard, 03/03/2026 (core group 2)
Approved by ......... C Frear, team manager, 04/03/2026
Sent to ............. Aga Kowalczyk; Darren Pike (tasks 13 and 14 only);
                      Piotr Kowalczyk; all core group members
"""

_KILNBROOK_TEXT = "\f".join(
    _kil_page(i, body) for i, body in enumerate([_KIL_P1, _KIL_P2, _KIL_P3, _KIL_P4], start=1)
)

PLANS.append({
    "name": "b189_kilnbrook_case_print_saved_as_text_page_furniture_kowalczyk.txt",
    "split": "heldout",
    "actions": 16,
    "template": "core-group-revised-cp-plan-case-system-print-saved-as-text-txt-every-page-header-council-official-sensitive-print-title-subject-dob-case-id-page-x-of-4-footer-print-time-user-handling-line-form-feeds-numbered-caps-sections-dot-leader-fields-task-nn-of-16-code-status-outcome-line-over-what-lead-when-evidence-lines-one-task-split-by-page-break-trigger-response-contingency-sign-off",
    "description": (
        "Exemplary plan, revised at the second core group, for a 14-year-old and her 8-year-old brother "
        "after he found needles at home: their mother relapsed on heroin (now on a methadone script) and "
        "his father, who injected at the house, has moved out. A case-system print saved as text from the "
        "PDF, so every page keeps its header (council, OFFICIAL-SENSITIVE, the print's title, the subject "
        "and date of birth, the case ID, page x of 4) and footer (print time, user, handling line), with "
        "form feeds between pages; numbered capitalised sections with dot-leader fields; sixteen task "
        "blocks (TASK nn/16, code, status and outcome, then What / Lead / When / Evidence lines), one of "
        "them running on over a page break. The drug service reports on the mother's capacity to stay "
        "off heroin, the GP owns an action, the uncle's help has a fallback, legal planning follows named "
        "triggers, and core group and review dates are set."
    ),
    "text": _KILNBROOK_TEXT,
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. Review conference plan printed to PDF and converted to Markdown for the
#    council's portal: the page furniture came across as text (the
#    OFFICIAL-SENSITIVE banner at the top of every page, the footer line with
#    the children's dates of birth, reference, print date and page x of 3,
#    "---" where each page ended), a footnote, and the action table split at
#    the page break into two tables, the second under a "continued" caption
#    with its header repeated. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b189_kelsbridge_rcpc_pdf_to_markdown_page_lines_split_table_garside.md",
    "split": "heldout",
    "actions": 13,
    "template": "rcpc-plan-pdf-converted-to-markdown-md-official-sensitive-banner-and-footer-line-dobs-ref-print-date-page-x-of-3-kept-as-text-rule-at-each-page-end-numbered-headings-footnote-then-no-action-lead-by-when-how-we-will-know-table-split-at-page-break-continued-caption-header-repeated-then-contingency-meetings-circulation",
    "description": (
        "Review conference plan for a 6-year-old and an 11-month-old whose father, their main carer in the "
        "day, has depression and anxiety and often cannot get up, while their mother works nights. "
        "Printed to PDF and converted to Markdown, with the page furniture kept as text (an "
        "OFFICIAL-SENSITIVE banner at the top of every page, a footer line with both children's dates of "
        "birth, the reference, the print date and page x of 3, a rule where each page ended), a "
        "footnote, and the 'No. / Action / Lead / By when / How we will know' table split at the page "
        "break into two tables, the second under a 'continued' caption with its header repeated. "
        "Faults: the CMHT's support visits and medication review only treat the father; a passive "
        "Home-Start referral with '-' for its lead; the mother's change of shifts with '-' for by when; "
        "the health visitor's visits measured by 'Reviewed at core group'; a contingency of 'further "
        "concerns' met by a review; and no legal planning."
    ),
    "text": """\
OFFICIAL-SENSITIVE · Kelsbridge City Council · Children's Services

# Child Protection Plan

**Review child protection conference, 03/02/2026** · Kelsbridge Safeguarding Team East

## 1. Details

| Details | |
|---|---|
| **Children** | Poppy Garside, born 11/06/2019 (6), Year 2, Kelsbridge Park Infant School; Leo Garside, born 20/02/2025 (11 months) |
| **Address** | 8 Cinder Lane, Kelsbridge KS4 9EW |
| **Father** | Sean Garside (33). Depression and anxiety; under the Kelsbridge Adult Community Mental Health Team (CMHT) since 2024. Cares for the children in the day. |
| **Mother** | Nicole Garside (31). Care assistant at Brookfield Care Home, four night shifts a week |
| **Category** | Neglect (both children). Initial conference 04/11/2025 |
| **Social worker** | Laura Pickering (team manager: Steve Oduya) |
| **Chair** | Frances Lunt, Independent Reviewing Officer |

## 2. Why the plan continues

Sean's depression became worse after he lost his job in the summer of 2025. On the days after Nicole's
night shifts he often stays in bed until late morning. Poppy has been late to school 14 times since
November, and twice she was not taken at all.[^1] On two unannounced visits in January Laura found Leo
in a nappy that had not been changed since the night before and no breakfast made; Poppy had given Leo a
biscuit. Sean says he "can't face the mornings" and that his medication "takes the edge off but that's
all". Nicole says she is exhausted and does not know how to change her shifts without losing money.

[^1]: 12/01/2026 and 26/01/2026, both after Nicole had worked the night.

## 3. What has got better

- Sean now sees his care coordinator and has not missed an appointment since December.
- Nicole has stopped working weekends, so she is at home with the children on Saturdays and Sundays.
- Leo's weight is on the 25th centile and he is crawling and pulling himself up.
- Poppy's attendance this half term is 93%, up from 86%.

Kelsbridge City Council · Poppy Garside (DOB 11/06/2019) · Leo Garside (DOB 20/02/2025) · Ref KCC/CP/55102 · Printed 06/02/2026 · Page 1 of 3

---

OFFICIAL-SENSITIVE · Kelsbridge City Council · Children's Services

## 4. What Poppy says, and Leo's day

**Poppy** (seen on her own at school, 28/01/2026): "Daddy is sad in his head, the doctor is making
him better." "When Daddy doesn't wake up I give Leo a biscuit and put the telly on." "I like it when
Mummy is home at breakfast because she does my hair in two plaits." She put her worry at 6 on her
worry ladder.

**Leo** is 11 months old. On Laura's visits he was quiet in his cot when she arrived and brightened
when Poppy came in; he crawls after her and babbles "Po-Po". At the Family Hub stay-and-play he
explores the toys and goes to the staff for a cuddle.

## 5. Outcomes

1. Poppy gets to school every day on time, having had breakfast, and does not have to look after Leo.
2. Leo is changed, fed and played with every morning, and keeps growing and developing well.
3. Poppy and Leo are cared for in the day by an adult who is up, well enough and able to meet their needs.

## 6. Action plan

| No. | Action | Lead | By when | How we will know |
|---|---|---|---|---|
| 1 | Visit Poppy and Leo at home, one visit in three unannounced; see Poppy on her own, and see Leo's cot, nappies and the food in the house | Laura Pickering (SW) | Every two weeks until the review conference on 28/07/2026 | Visit records within 2 working days with Poppy's words and how Leo was when seen |
| 2 | Support visits to Sean from his care coordinator every two weeks, and a medication review with his psychiatrist | Dev Mistry, care coordinator, Kelsbridge Adult CMHT | Fortnightly from 10/02/2026; medication review by 31/03/2026 | Contact notes sent to the SW every month |
| 3 | Review Sean's antidepressant with him and write to the SW about how his mood affects his mornings with Leo and Poppy | Dr Martin Yeo, GP, Cinder Lane Surgery | By 06/03/2026 | GP letter on the children's file |
| 4 | Get up by 7.30am, change and feed Leo, and walk Poppy to school by 8.50am after each of Nicole's night shifts | Sean Garside (Dad) | Every school day after a night shift | Register in Mrs Ward's Friday e-mail shows Poppy in on time; Leo's morning chart seen at each visit |
| 5 | A referral will be made to Home-Start for a volunteer to help with Leo two mornings a week | - | By 20/02/2026 | Volunteer's first visit date on file |
| 6 | Ask her manager at Brookfield Care Home to move her to day shifts | Nicole Garside (Mum) | - | New rota shown to the SW |
| 7 | Visit Leo at home to weigh him and check his development and his sleep | Amy Cross, health visitor | Every four weeks | Reviewed at core group |

Kelsbridge City Council · Poppy Garside (DOB 11/06/2019) · Leo Garside (DOB 20/02/2025) · Ref KCC/CP/55102 · Printed 06/02/2026 · Page 2 of 3

---

OFFICIAL-SENSITIVE · Kelsbridge City Council · Children's Services

*Table 6 (continued)*

| No. | Action | Lead | By when | How we will know |
|---|---|---|---|---|
| 8 | Take Leo to the Little Stars stay-and-play at Kelsbridge East Family Hub | Sean Garside (Dad) | Every Thursday, 10am to 11.30am | Family Hub register, e-mailed to the SW monthly |
| 9 | First-day calling for Poppy (ring Sean at 9.15am, the SW at 9.45am if there is no answer), and a Friday e-mail with her attendance and anything logged | Mrs Helen Ward, DSL, Kelsbridge Park Infant School | Every school day at registration; e-mail every Friday | First-day call log; Friday e-mails on file |
| 10 | Six ELSA sessions with Poppy about feelings, Daddy's sadness and who she can tell | Mrs Joanne Kirk, ELSA, Kelsbridge Park Infant School | Tuesdays, 10/02/2026 to 17/03/2026 | Poppy's feelings-faces scores at the first and sixth sessions, shared with the SW |
| 11 | Eight home sessions with Sean and Nicole on a morning routine, meals and keeping Leo's room clean | Ben Tate, family support worker, Kelsbridge East Family Hub | Wednesdays, 11/02/2026 to 01/04/2026 | Home conditions checklist scored at sessions 1 and 8; morning chart filled in on 4 mornings out of 5 |
| 12 | Three sessions of direct work with Poppy using the "Why is Daddy sad?" storybook | Laura Pickering (SW) | Fortnightly, 17/02/2026 to 17/03/2026 | Poppy's storybook on file; Poppy can say what she would do if Daddy did not wake up, written in the last session's record |
| 13 | Read Sean's entries on Leo's morning chart when she gets in from work, and ring the SW if Leo has not been changed or fed by 9am | Nicole Garside (Mum) | Every morning after a night shift | Chart signed by Nicole each morning; seen by the SW and the health visitor at each visit |

## 7. Contingency plan

If there are further concerns about Poppy's and Leo's care, or things do not improve, Laura will discuss
this with her manager and the core group will meet to review the plan and consider next steps.

## 8. Core group and review

- Core group every four weeks, Tuesdays at 1.30pm, Kelsbridge East Family Hub: 17/02/2026, 17/03/2026,
  14/04/2026, 12/05/2026, 09/06/2026 and 07/07/2026.
- Review child protection conference: 28/07/2026 at 10am, Kelsbridge Council House.

Plan circulated on 06/02/2026 to Sean, Nicole and all core group members.

Kelsbridge City Council · Poppy Garside (DOB 11/06/2019) · Leo Garside (DOB 20/02/2025) · Ref KCC/CP/55102 · Printed 06/02/2026 · Page 3 of 3
""",
    "findings": [
        F("H001", "Support visits to Sean from his care coordinator every two weeks"),
        F("W001", "A referral will be made to Home-Start for a volunteer"),
        F("T001", "Ask her manager at Brookfield Care Home to move her"),
        F("M002", "Visit Leo at home to weigh him and check his development"),
        F("C002"),
        F("R002"),
    ],
})
