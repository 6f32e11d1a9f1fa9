"""Batch 163, module q: seven fictional plans (held-out material), places beginning with "q".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: deep and nested plans (sibling groups, levels and hierarchies), each
in a house style of its own:

1. an initial conference plan for four children (docx, exemplary): a Part A
   table for the whole family, then one table per child (Parts B to E) with
   no Who column; a shaded banner row ("Quelmoor Academy (...) will:") owns
   the rows under it until the next banner;
2. a first review conference plan printed to PDF (landscape, page header and
   footer) with one Word table per outcome under its own heading, each table
   with its own header row, "carried on" / "new at this review" banner rows,
   and a last column holding several dated steps in one cell (pdf). Faults:
   an outcome about the mother only; a talking-therapies row that treats the
   mother and is measured by attendance only; a Freedom Programme row whose
   steps are "Start: TBC" and "Finish: when Kerry feels ready"; a "How we'll
   know" cell merged down two rows reading "Reviewed at core group"; nothing
   anywhere about legal planning;
3. a core group plan in markdown set out as an outline 1 / 1.1 / 1.1.1
   (md): each area (1, 2, ...) gives a lead and a "When" that its items take
   unless they give their own; three-number lines only give the detail of
   the item above. Faults: the CPN's fortnightly support sessions measured by
   attendance; the father to stop cannabis "when he feels ready"; a school
   referral with no measure; area 5, "Help from the family", led by "the
   family network", whose two items name no one else; a contingency that
   sends the children to the aunt with no word on the family's help failing;
4. a Signs of Safety plan in Word nested goal -> safety rule -> next-steps
   table (docx): each rule is a bold line with "Who keeps it", "When" and "How
   the network will know" lines, and a small table of next steps under it.
   Faults: a rule measured only by "the network will keep an eye on it"; a
   rule kept by "the whole network"; a passive referral with "-" as Who; a
   step due "as soon as possible"; a network-meeting step with an empty "What
   we'll see"; a review conference "to be arranged";
5. core group minutes in plain text (txt) whose items each end with the
   points agreed, then gathered into a numbered action list at the end (one
   point agreed and done in the meeting is not gathered). Faults: a school's
   evidence "Harvey's engagement with school"; the school nurse's row with an
   empty When; "Professionals" to share worries; Neve's direct work handed to
   the receiving authority's social worker "within four weeks of the
   transfer-in conference"; family support with an empty Evidence; a
   contingency of "further concerns" and a core group meeting to "consider
   next steps" (legal planning is set out separately, in the chair's
   summary, after a named trigger);
6. a long pre-birth plan in markdown (md, exemplary): four stage headings
   each giving the time for everything under it, then an owner heading per
   person or service ("The drug service ... will:"), then numbered items each
   with its own "We'll know" clause (25 actions);
7. a case-system print (pdf, exemplary, page header and footer) nested Need
   -> Outcome -> Task -> Steps: each need gives a lead and a target date,
   each outcome a "How we will know" check, each task its own fields only
   where they differ; steps under a task are parts of that task.

Plans 1, 6 and 7 are exemplary: every live action has a named owner (its own
or one given once at a higher level), a real timescale (its own or its
stage's, need's or area's) and something that can be seen or counted (its
own or its outcome's check); outcomes are about the children; each
contingency names triggers and protective responses and what happens if
relatives' help fails; each records the children's voice or a baby's
observed day, core group dates and a dated review conference, and legal
planning after named triggers; where a parent is ill or uses substances an
adult service owns work, and every mental health service is asked for its
view of the parent's capacity to change and its likely timescale.

Counting convention used for "actions" (README convention 1, with 12 and
13): only the action part counts. Each row of an action table counts once,
whatever number of dated steps its last cell holds; banner rows ("Quelmoor
Academy (...) will:", "Carried on from the plan of ...", "New at this
review") and column-header rows are not actions. In an outline (plan 3) each
two-number item (1.1, 2.3) is one action; an area line (1, 2 ...) is a
heading that gives a lead and a time; a three-number line (1.1.1) only
details the item above and is part of it. In the Signs of Safety plan each
safety rule counts once (with its "Who keeps it" / "When" / "How the network
will know" lines) and each next-steps row counts once; safety goals are
outcomes. In the minutes (plan 5) only the gathered action list counts: the
"Agreed" lines inside the numbered items are minutes, not actions, and the
point done in the meeting is not counted. In the stage plan (plan 6) each
numbered item under an owner heading counts once; stage and owner headings
are not actions. In the case print (plan 7) each task counts once; needs and
outcomes are headings, and the lettered steps under a task are part of that
task. Contingency, meeting dates, views and outcomes are never actions.
Totals: 25, 15, 16, 14, 14, 25 and 14.
"""
from build_batch5 import F, H, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Initial conference plan for four children: neglect, mother's
#    depression, her partner's drinking, grandmother helping. A family-wide
#    Part A table, then one table per child with no Who column: a shaded
#    banner row names who does the rows under it. Exemplary (docx)
# ---------------------------------------------------------------------------
def _banner(text, ncols=4):
    return [text] + [H] * (ncols - 1)


PLANS.append({
    "name": "b163_quelmoor_icpc_family_part_then_child_tables_kavanagh.docx",
    "doc_title": "Child Protection Plan - Kian, Maisie, Alfie and Rosa",
    "split": "heldout",
    "actions": 25,
    "font_size": 10,
    "template": "icpc-sibling-group-plan-docx-four-children-details-kv-why-going-well-each-childs-words-and-babys-day-outcomes-family-and-per-child-then-part-a-whole-family-no-what-who-when-how-table-then-one-table-per-child-parts-b-to-e-no-who-column-shaded-owner-banner-rows-will-then-if-things-go-wrong-meetings",
    "description": (
        "Exemplary initial conference plan for four children aged 14, 10, 6 and 10 months: their "
        "mother has depression and stopped her medication, her partner drinks most evenings, the "
        "14-year-old has been caring for the baby, and the grandmother does two school runs. After "
        "the details, worries, each child's words and the baby's observed day, Part A is a table "
        "for the whole family (No. / What / Who / When / How we will know), and Parts B to E are "
        "one table per child with no Who column: a shaded banner row such as 'Quelmoor Academy "
        "(Mr Dev Rao, DSL) will:' owns every row under it until the next banner. The community "
        "mental health team assesses capacity to change, the alcohol service and GP own actions, "
        "the grandmother's part has a fallback, legal planning follows named triggers, and core "
        "group and review dates are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Quelmoor Borough Council · Children's Social Care · Family Safeguarding Team"),
        ("kv", [
            ("Children", "Kian Kavanagh, born 02/05/2011 (14), Year 10 at Quelmoor Academy; Maisie Fenwick, "
                         "born 14/09/2015 (10), Year 6 at St Aidan's Primary; Alfie Fenwick, born 30/03/2019 (6), "
                         "Year 2 at St Aidan's Primary; Rosa Fenwick, born 11/01/2025 (10 months)"),
            ("Address", "27 Hobb Lane, Quelmoor QM4 6JT"),
            ("Mother", "Shannon Kavanagh (33)"),
            ("Father of Maisie, Alfie and Rosa", "Lee Fenwick (37), lives at 27 Hobb Lane"),
            ("Kian's father", "Darren Cole (35), lives in Spain and phones Kian most Sundays"),
            ("Maternal grandmother", "Brenda Kavanagh (“Nana”), 9 Mill Croft, Quelmoor, five minutes' walk away"),
            ("Conference", "Initial child protection conference, 20/11/2025, Quelmoor Civic Centre. Chair: Ruth "
                           "Adebayo (independent chair)"),
            ("Category", "Neglect (all four children)"),
            ("Social worker", "Hannah Pryor, Family Safeguarding Team (team manager: Colin Marsh)"),
        ]),
        ("h1", "Why the children have a plan"),
        ("p", "Shannon has been depressed since Rosa was born. She stopped her sertraline in the summer and on "
              "many days she stays in bed until the afternoon. Lee drinks eight to ten cans most evenings. On "
              "28/10/2025 a neighbour called the police at 11pm because of shouting; Lee was drunk, Maisie and "
              "Alfie were awake on the landing, and Kian had put Rosa to bed and given her a bottle. There was no "
              "gas in the house for three days in October."),
        ("p", "Kian has missed 19 sessions of school this term and is often late; he says he was up in the night "
              "with Rosa. Maisie has had head lice since September. Alfie's speech is well behind for his age and "
              "he has two bad teeth. Rosa has missed two health visitor appointments and her 8-month "
              "immunisations, and her weight has dropped from the 25th to the 9th centile."),
        ("h1", "What is going well"),
        ("bullets", [
            "Shannon saw her GP on 06/11/2025, restarted her sertraline and agreed to a referral to the community "
            "mental health team.",
            "Lee has agreed to see Pathways, the Quelmoor alcohol service, and went to his first appointment on "
            "18/11/2025.",
            "Brenda takes Maisie and Alfie to school on Mondays and Wednesdays and gives all four children their "
            "tea on those days.",
            "All four children love their mum and Lee, and Rosa settles quickly when Shannon holds her.",
        ]),
        ("h1", "What the children told us, and Rosa's day"),
        ("p", "Kian (seen on his own at school, 12/11/2025): “I don't mind doing Rosa's bottle but I'm knackered at "
              "school. When Lee's had his cans I take the little ones upstairs. I want Mum to get up and Lee to "
              "stop the cans.” He scored home 4 out of 10."),
        ("p", "Maisie (seen on her own, 13/11/2025): “I want a proper tea every night and no shouting. I worry "
              "about Mum when she's in bed. I don't want Kian to get in trouble at school.”"),
        ("p", "Alfie (seen at school with his teacher, 13/11/2025) drew the house with “Daddy's cans” on the table "
              "and a sad face at the window. He said he likes Nana's “because she does fish fingers”."),
        ("p", "Rosa is 10 months old. On the visits on 07/11/2025 and 14/11/2025 she was crawling and babbling. "
              "At 11am on 07/11/2025 she was still in a heavy night nappy and had not had breakfast. She cried and "
              "crawled to Shannon when Lee raised his voice, and settled when Shannon picked her up."),
        ("h1", "What we want for the children"),
        ("numbers", [
            "All four children live in a home that is warm and clean and has food in it, with a sober adult in "
            "charge every evening and night.",
            "Kian goes to school every day and is a brother, not a carer: he does no night feeds or bedtimes.",
            "Maisie and Alfie get to school on time, clean and fed, and Alfie's speech gets the help it needs.",
            "Rosa's health checks and immunisations are up to date and she grows back along her centile.",
            "None of the children hears or sees arguments or drunkenness at home.",
        ]),
        ("h1", "The plan"),
        ("p", "Part A is for the whole family. Parts B to E are one for each child. In Parts B to E a shaded row "
              "names who does the rows under it, until the next shaded row."),
        ("h2", "Part A – for the whole family"),
        ("table", {
            "header": ["No.", "What will happen", "Who", "When", "How we will know"],
            "widths": [1.0, 5.6, 3.2, 3.2, 4.0],
            "rows": [
                ["A1",
                 "Visit the family at home, at least one visit in three unannounced and one in three after 6pm; "
                 "see every child, Kian and Maisie on their own, and check the kitchen, the bedrooms and the gas "
                 "and electric meters",
                 "Hannah Pryor, social worker",
                 "Weekly until the review conference on 19/02/2026",
                 "A visit record for every visit, with each child's words (for Rosa, what she was doing) and "
                 "photos of the fridge and bedrooms"],
                ["A2",
                 "Assess Shannon's depression and how it affects her care of the children, offer her treatment, "
                 "and report on whether she can make and keep the changes the children need, and how long that "
                 "is likely to take",
                 "Dr Nadia Osei, consultant psychiatrist, and Paul Greig, CPN, Quelmoor Community Mental Health "
                 "Team",
                 "Assessment by 12/12/2025; CPN visits every two weeks after that",
                 "Assessment letter to Hannah by 12/12/2025; Paul's written report, with his view on change and "
                 "its timescale, on file two working days before every core group"],
                ["A3",
                 "Take her sertraline every day and keep every CMHT appointment, so that she is up and able to "
                 "care for the children from 8am",
                 "Shannon Kavanagh (Mum)",
                 "Every day from 20/11/2025",
                 "Paul Greig's reports confirm appointments kept; Shannon up and dressed at every morning visit "
                 "in Hannah's records"],
                ["A4",
                 "Key-work with Lee, with a breath test at each session, and a written report on his drinking, "
                 "whether he is sober every evening at home, and the likely timescale for change",
                 "Mark Tully, recovery worker, Pathways (Quelmoor alcohol service)",
                 "Weekly from 18/11/2025; report two working days before each core group",
                 "Breath-test results and Pathways' report on file before each core group"],
                ["A5",
                 "Drink no alcohol at 27 Hobb Lane or while any of the children are in his care, and take a "
                 "breath test at every Pathways session and whenever Hannah asks",
                 "Lee Fenwick",
                 "Every day from 20/11/2025",
                 "Every breath test reads zero; no police call-outs to the address; what the children say at "
                 "Hannah's visits"],
                ["A6",
                 "Review Shannon's sertraline and check Lee's liver function, and tell Hannah of any missed "
                 "appointment or repeat prescription not collected",
                 "Dr Amrit Sandhu, GP, Hobb Lane Surgery",
                 "Shannon's review by 05/12/2025; Lee's blood test by 12/12/2025; missed appointments reported "
                 "the same week",
                 "GP letter with both results on file by 12/12/2025"],
                ["A7",
                 "Ten home sessions with Shannon and Lee on a weekly routine for meals, bedtimes and the school "
                 "run, and clearing the kitchen and the children's bedrooms",
                 "Sonia Reid, family support worker, Quelmoor Family Help",
                 "Weekly, 25/11/2025 to 27/01/2026",
                 "Routine chart up in the kitchen; Hannah's records show a hot tea cooked and clean bedding on "
                 "the beds at 4 of every 5 visits"],
                ["A8",
                 "Take Maisie and Alfie to school on Mondays and Wednesdays and give all four children their tea "
                 "at 9 Mill Croft on those days",
                 "Brenda Kavanagh (Nana)",
                 "Every Monday and Wednesday in term time, from 24/11/2025",
                 "St Aidan's register shows Maisie and Alfie in by 8.50am on those days; Brenda texts Hannah "
                 "each Wednesday evening"],
                ["A9",
                 "Ask Quelmoor Homes to repair the boiler and prepayment meter, and agree a plan with Shannon for "
                 "the rent arrears so that the gas is not cut off again",
                 "Hannah Pryor, with Shannon",
                 "Request by 28/11/2025; repair booked by 12/12/2025",
                 "Repair job number and arrears agreement on file; heating and gas on at every visit"],
            ],
        }),
        ("h2", "Part B – for Kian (14)"),
        ("p", "Kian chose who should do his part. He asked that nobody makes a fuss in front of his friends."),
        ("table", {
            "header": ["No.", "What will happen", "When", "How we will know"],
            "widths": [1.0, 7.0, 4.0, 5.0],
            "rows": [
                _banner("Quelmoor Academy (Mr Dev Rao, Designated Safeguarding Lead) will:"),
                ["B1",
                 "Check Kian's attendance and lateness, and ring Hannah the same day if he is absent without a "
                 "reason or says he was up in the night with Rosa",
                 "Every school day",
                 "Attendance emailed to Hannah each Friday; calls logged on CPOMS; attendance back above 95% by "
                 "the review conference"],
                ["B2",
                 "Give Kian a quiet check-in with his head of year and a homework club place so that he can catch "
                 "up the work he missed in October",
                 "Check-in every Monday; homework club every Tuesday and Thursday until the review conference",
                 "Head of year's check-in log and the homework club register; Kian's missing coursework handed "
                 "in by 30/01/2026"],
                _banner("Quelmoor Young Carers (Jas Bhatti, young carers worker) will:"),
                ["B3",
                 "Complete a young carer's assessment with Kian, agree with him and his mum which jobs at home "
                 "stop, and bring him to the Thursday young carers group",
                 "Assessment by 19/12/2025; group every Thursday from 08/01/2026",
                 "Assessment copied to Hannah by 19/12/2025; group register; Kian tells Hannah he no longer does "
                 "Rosa's night bottles"],
                _banner("Shannon and Lee will:"),
                ["B4",
                 "Do Rosa's night feeds and the younger children's bedtimes themselves, so that Kian has no jobs "
                 "after 7pm and is in bed by 10pm on school nights",
                 "Every night from 20/11/2025",
                 "At each visit Kian says who did Rosa's bottle; no lateness for Kian on the school's Friday "
                 "email"],
                _banner("Hannah Pryor (social worker) will:"),
                ["B5",
                 "Three sessions of direct work with Kian, away from home, on his worries about home and who he "
                 "can tell, ending with his own safety card",
                 "Three sessions by 30/01/2026",
                 "Kian's safety card and his notes on file; his words read out at each core group"],
            ],
        }),
        ("h2", "Part C – for Maisie (10)"),
        ("table", {
            "header": ["No.", "What will happen", "When", "How we will know"],
            "widths": [1.0, 7.0, 4.0, 5.0],
            "rows": [
                _banner("St Aidan's Primary School (Mrs Joy Pell, Designated Safeguarding Lead) will:"),
                ["C1",
                 "Check Maisie's attendance and how she arrives (clean, fed, hair brushed, clean uniform), and "
                 "tell Hannah the same day if she is absent, hungry or upset about home",
                 "Every school day",
                 "Attendance and a short note for Maisie emailed to Hannah every Friday; worries logged on CPOMS"],
                _banner("The school nurse (Lucy Ward, Quelmoor 0-19 Service) will:"),
                ["C2",
                 "Treat Maisie's head lice with Shannon at home, show them both how to keep them away, and check "
                 "again two weeks later",
                 "First visit by 28/11/2025; check by 12/12/2025",
                 "School nurse's notes sent to Hannah; Maisie free of lice at the check on 12/12/2025"],
                _banner("Hannah Pryor (social worker) will:"),
                ["C3",
                 "See Maisie on her own, ask what she wants from her plan, and tell her in her own words what "
                 "each core group decided",
                 "At least every two weeks; within a week after every core group",
                 "Maisie's words written on the visit record and read out at each core group"],
            ],
        }),
        ("h2", "Part D – for Alfie (6)"),
        ("table", {
            "header": ["No.", "What will happen", "When", "How we will know"],
            "widths": [1.0, 7.0, 4.0, 5.0],
            "rows": [
                _banner("St Aidan's Primary School (Mrs Joy Pell, Designated Safeguarding Lead) will:"),
                ["D1",
                 "Check that Alfie arrives clean, fed and in clean clothes, and ring Hannah the same day if he is "
                 "absent or says he is hungry",
                 "Every school day",
                 "Alfie's attendance and notes in the Friday email to Hannah; calls logged on CPOMS"],
                ["D2",
                 "Refer Alfie to the children's speech and language therapy service with his class teacher's "
                 "notes on his speech",
                 "By 05/12/2025",
                 "Referral and the service's acknowledgement on file"],
                _banner("Quelmoor Children's Speech and Language Therapy (Gemma Lowe, therapist) will:"),
                ["D3",
                 "Assess Alfie's speech and language, write a programme for school and home, and show Shannon and "
                 "Lee his five-minute daily practice",
                 "Assessment by 30/01/2026; programme by 13/02/2026",
                 "Assessment report and programme copied to school, parents and Hannah; practice sheet at home "
                 "signed on 5 days a week"],
            ],
        }),
        ("h2", "Part E – for Rosa (10 months)"),
        ("table", {
            "header": ["No.", "What will happen", "When", "How we will know"],
            "widths": [1.0, 7.0, 4.0, 5.0],
            "rows": [
                _banner("The health visitor (Nisha Kaur, Quelmoor 0-19 Service) will:"),
                ["E1",
                 "Weigh Rosa, check her feeding, sleep and development, and book her missed immunisations",
                 "Weekly home visits until Rosa is back on the 25th centile, then every two weeks; immunisations "
                 "booked by 05/12/2025",
                 "Weights plotted in the red book; Rosa on the 25th centile by the review conference; "
                 "immunisations up to date on the child health record"],
                _banner("Shannon and Lee will:"),
                ["E2",
                 "Take Rosa to her immunisation appointment and her one-year health review",
                 "Immunisations by 19/12/2025; one-year review by 30/01/2026",
                 "Red book and child health record checked by Nisha; no missed health appointment for Rosa"],
                ["E3",
                 "Give Rosa breakfast, lunch and tea and change her nappy at least every four hours in the day, "
                 "writing each on her daily chart",
                 "Every day from 20/11/2025",
                 "Daily chart seen at every visit by Hannah and Nisha; no heavy nappy or nappy rash at visits"],
                _banner("Hannah Pryor (social worker) will:"),
                ["E4",
                 "Apply for a funded place for Rosa at Little Acorns Nursery for two days a week",
                 "Application by 05/12/2025; place to start by 12/01/2026",
                 "Nursery offer letter on file; the nursery register shows Rosa at both sessions each week"],
                _banner("Little Acorns Nursery (Mrs Pat Geddes, manager) will:"),
                ["E5",
                 "Record how Rosa arrives (fed, clean, dry) and ring Hannah the same day if she is not brought or "
                 "arrives hungry or in a heavy nappy",
                 "Every session from the day her place starts",
                 "Arrival notes and register emailed to Hannah each Friday; calls logged by Hannah"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Shannon stays in bed and cannot care for the children, talks about harming herself or stops her "
            "sertraline, whoever knows rings Paul Greig, or the Quelmoor Crisis Team out of hours, that day. "
            "Hannah visits the same day, and the children stay at Nana's, 9 Mill Croft, that night.",
            "If Lee is drunk at home while the children are there, or the police are called to the house for "
            "shouting or violence, Lee leaves that night and stays at his brother's, 14 Tanner Row, and Hannah "
            "holds a strategy discussion with Quelmoor Police the same day.",
            "If Brenda cannot do the Monday and Wednesday school runs or have the children (she is ill, away or "
            "cannot go on), she rings Hannah that day. Sonia Reid does the school run on those days until the "
            "core group agrees another adult; if the children need somewhere to stay that night and Brenda "
            "cannot have them, Hannah (or the Emergency Duty Team) will place them together with Quelmoor "
            "foster carers.",
            "If Rosa is not back on the 25th centile by the core group on 04/02/2026, Lee has a positive breath "
            "test at home, or Kian's attendance is below 90% by then, Hannah will ask Colin Marsh for a legal "
            "planning meeting within five working days to decide whether to start the Public Law Outline.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks, Wednesdays at 4pm at St Aidan's Primary School: 03/12/2025, 07/01/2026 "
            "and 04/02/2026.",
            "Review child protection conference: 19/02/2026, 10am, Quelmoor Civic Centre.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. First review conference plan, domestic abuse, a 11-year-old and a
#    7-year-old; mother with anxiety and flashbacks. One Word table per
#    outcome under its own heading, each with its own header row, banner
#    rows "Carried on ..." / "New at this review", and a last column of
#    several dated steps in one cell. Printed to PDF, landscape, header and
#    footer. Faulty (pdf)
# ---------------------------------------------------------------------------
_Q2_HEAD = ["Ref", "What needs to happen", "Lead", "How we'll know", "Steps and dates"]
_Q2_W = [1.2, 7.4, 4.6, 6.0, 6.5]


def _q2_band(text):
    return [text, H, H, H, H]


PLANS.append({
    "name": "b163_quintonby_rcpc_table_per_outcome_dated_steps_cell_pritchard.pdf",
    "doc_title": "Review Child Protection Plan - Jayden Pritchard and Ellie-Mae Hurst",
    "split": "heldout",
    "actions": 15,
    "landscape": True,
    "font_size": 9.5,
    "check_vmerge": 1,
    "min_pages": 3,
    "header": "OFFICIAL-SENSITIVE – Quintonby City Council – Review Child Protection Plan",
    "footer": "Pritchard J and Hurst E-M · Plan agreed 15/12/2025 · Page {PAGE} of {NUMPAGES}",
    "template": "rcpc-plan-word-printed-to-pdf-landscape-page-header-footer-details-kv-since-first-conference-worries-going-well-childrens-words-then-one-table-per-outcome-under-outcome-heading-own-header-row-carried-on-and-new-banner-rows-ref-what-lead-how-well-know-last-column-several-dated-steps-in-one-cell-then-if-things-go-wrong-meetings",
    "description": (
        "First review conference plan for an 11-year-old and a 7-year-old after their mother's "
        "ex-partner's violence; the mother has anxiety and flashbacks and sees a talking therapies "
        "service. Printed to PDF, landscape, with a header and footer on every page. After the "
        "details, progress since the first conference and both children's words, each outcome is "
        "a heading with its own small Word table (Ref / What / Lead / How we'll know / Steps and "
        "dates), banner rows mark work carried on and work new at this review, and the last "
        "column holds several dated steps in one cell. Most rows are sound. Faults: the third "
        "outcome is about the mother only; the talking therapies row only treats her and counts "
        "her attendance; the Freedom Programme row's steps are 'Start: TBC' and 'Finish: when "
        "Kerry feels ready'; a 'How we'll know' cell merged over two rows reads 'Reviewed at core "
        "group'; and nothing says legal planning follows if progress is not made."
    ),
    "blocks": [
        ("title", "Review Child Protection Plan"),
        ("p", "Quintonby City Council · Children and Families · Plan agreed at the first review child protection "
              "conference"),
        ("kv", [
            ("Children", "Jayden Pritchard, born 21/07/2014 (11), Year 7 at Quintonby High School; Ellie-Mae Hurst, "
                         "born 03/02/2018 (7), Year 3 at Brookfield Primary School"),
            ("Address", "44 Sorrel Way, Quintonby QN2 8DE"),
            ("Mother", "Kerry Pritchard (31), lives with both children"),
            ("Ellie-Mae's father", "Dale Hurst (34), 2 Coldharbour Flats, Quintonby; a non-molestation order stops "
                                   "him contacting Kerry or coming to Sorrel Way until 03/04/2026"),
            ("Jayden's father", "Mark Pritchard, no contact since 2016"),
            ("Initial conference", "16/09/2025, category emotional abuse (both children)"),
            ("This conference", "First review, 15/12/2025, Quintonby Council House. Chair: Deborah Lyle (IRO)"),
            ("Decision", "Both children stay subject to a child protection plan, category emotional abuse"),
            ("Social worker", "Amy Collier, Quintonby Safeguarding and Support Team (team manager: Neil Forsyth)"),
        ]),
        ("h1", "Since the first conference"),
        ("bullets", [
            "Dale moved out on 09/09/2025 and the non-molestation order was made on 03/10/2025. He has not come to "
            "the house since, but he sent Kerry 23 messages in November from a new number, reported to the police.",
            "Kerry has seen her IDVA every two weeks and has a safety plan. She was assessed by Quintonby Talking "
            "Therapies in November for anxiety and flashbacks and is waiting for sessions to start.",
            "Jayden's attendance has gone from 81% to 93%. He has had two fixed-term exclusions for fighting, "
            "both on Mondays after a bad weekend at home.",
            "Ellie-Mae has seen her dad twice, supervised by a relative; after both visits she wet the bed and "
            "would not go to school the next day. Contact now moves to the family contact centre.",
        ]),
        ("h1", "What we are still worried about"),
        ("p", "Jayden and Ellie-Mae saw and heard Dale hit and strangle their mum many times over four years. "
              "They are still frightened he will come back. Kerry's anxiety means some days she cannot leave the "
              "house, and on those days the children have been late or kept at home. Dale has not accepted what "
              "he did and has not started any programme."),
        ("h1", "What Jayden and Ellie-Mae say"),
        ("p", "Jayden (seen on his own at school, 04/12/2025): “It's calmer without him. But when Mum gets his "
              "messages she goes quiet and stays in her room and I have to sort Ellie out. I get angry at school "
              "and I don't know why.” He scored feeling safe at home 6 out of 10 (3 out of 10 in September)."),
        ("p", "Ellie-Mae (seen at home with her drawings, 05/12/2025) drew her dad with a big mouth and said “he "
              "shouts even when he's being nice”. She wants to see him “only with a lady there” and wants her mum "
              "“to smile more”. She scored feeling safe 7 out of 10."),
        ("h1", "What the plan is for"),
        ("p", "Each outcome below has its own table. Rows under “Carried on” were in the plan of 16/09/2025; rows "
              "under “New at this review” were added today. The last column lists each step with its date."),
        ("h2", "Outcome 1 – Jayden and Ellie-Mae are safe from Dale's violence and feel safe at home"),
        ("table", {
            "header": _Q2_HEAD,
            "widths": _Q2_W,
            "rows": [
                _q2_band("Carried on from the plan of 16/09/2025"),
                ["1.1",
                 "Visit Jayden and Ellie-Mae at home, one visit in three unannounced, and see each child on their "
                 "own",
                 "Amy Collier, social worker",
                 "Visit records show both children seen alone at every visit, with their own words written down",
                 "• Every two weeks until the review conference on 17/03/2026\n"
                 "• Next visits booked: 18/12/2025 and 02/01/2026"],
                ["1.2",
                 "Keep the priority marker on 44 Sorrel Way and act on any breach of the non-molestation order",
                 "DS Paula Wren, Quintonby Police Domestic Abuse Unit",
                 "Marker confirmed in writing; every breach or message logged and reported to Amy within 24 "
                 "hours",
                 "• Marker reviewed by 31/12/2025\n"
                 "• Any breach reported to Amy within 24 hours"],
                ["1.3",
                 "Safety planning sessions with Kerry, including a plan for the children if Dale turns up, and "
                 "help to apply to extend the order",
                 "Sam Okoye, IDVA, Quintonby Domestic Abuse Service",
                 "Signed safety plan on file; session notes sent to Amy; extension application lodged",
                 "• Safety plan reviewed by 09/01/2026\n"
                 "• Sessions every two weeks from 05/01/2026\n"
                 "• Extension application by 06/03/2026"],
                _q2_band("New at this review"),
                ["1.4",
                 "Supervise Dale's time with Ellie-Mae at the contact centre and write down how she is before, "
                 "during and after",
                 "Quintonby Family Contact Centre (Mo Rahman, contact supervisor)",
                 "A contact record after every session, with Ellie-Mae's mood and words, sent to Amy",
                 "• First session 03/01/2026\n"
                 "• Then every other Saturday, 10am to 11am\n"
                 "• Contact reviewed at the core group on 11/02/2026"],
                ["1.5",
                 "Go to an assessment for the Changing Course domestic abuse programme and, if offered a place, "
                 "attend every group",
                 "Dale Hurst",
                 "Assessment outcome letter to Amy; group attendance register; facilitator's mid-point report",
                 "• Assessment by 16/01/2026\n"
                 "• Group weekly from 02/02/2026 (24 weeks)\n"
                 "• Mid-point report by 27/04/2026"],
            ],
        }),
        ("h2", "Outcome 2 – Jayden and Ellie-Mae understand what happened, are less frightened, and can talk "
               "about how they feel"),
        ("table", {
            "header": _Q2_HEAD,
            "widths": _Q2_W,
            "rows": [
                _q2_band("Carried on from the plan of 16/09/2025"),
                ["2.1",
                 "Give Jayden a trusted adult at school with check-ins, and tell Amy the same day about any "
                 "fight, exclusion or worry he shares",
                 "Mr Gareth Lloyd, DSL, Quintonby High School",
                 "Check-in log and attendance emailed to Amy each Friday; Jayden's own score of how he feels, "
                 "recorded at each check-in",
                 "• Check-in every Monday and Thursday\n"
                 "• Email to Amy every Friday"],
                ["2.2",
                 "Words and pictures sessions with each child that explain what happened at home and that it "
                 "was not their fault",
                 "Amy Collier, social worker",
                 "Each child's book on file and read with Kerry",
                 "• Jayden's three sessions by 30/01/2026\n"
                 "• Ellie-Mae's three sessions by 13/02/2026"],
                _q2_band("New at this review"),
                ["2.3",
                 "Place Ellie-Mae in the ten-week Butterflies group for children who have lived with domestic "
                 "abuse",
                 "Nadia Shah, children's worker, Quintonby Women's Aid",
                 "Group register; end-of-group report to Amy with Ellie-Mae's own feelings scores",
                 "• Referral accepted by 19/12/2025\n"
                 "• Group weekly, 13/01/2026 to 17/03/2026"],
                ["2.4",
                 "Assess Jayden's anger, nightmares and sleep, and agree with him what help he wants",
                 "Dr Ifeoma Bassey, clinical psychologist, Quintonby CAMHS",
                 "Assessment letter to Amy and the GP, with the help offered",
                 "• Appointment 08/01/2026\n"
                 "• Letter by 23/01/2026\n"
                 "• Plan for treatment shared at the core group on 11/02/2026"],
            ],
        }),
        ("h2", "Outcome 3 – Kerry feels less anxious and more confident as a parent"),
        ("table", {
            "header": _Q2_HEAD,
            "widths": _Q2_W,
            "rows": [
                _q2_band("New at this review"),
                ["3.1",
                 "Trauma-focused CBT sessions for Kerry's anxiety and flashbacks",
                 "Leah Morgan, high-intensity therapist, Quintonby Talking Therapies",
                 "Kerry's attendance at her sessions, recorded by Talking Therapies",
                 "• Sessions weekly from 06/01/2026 (16 sessions)"],
                ["3.2",
                 "Attend the Freedom Programme at the Sorrel Way community centre",
                 "Kerry Pritchard",
                 "Reviewed at core group",
                 "• Start: TBC\n"
                 "• Finish: when Kerry feels ready"],
                ["3.3",
                 "Sessions with Kerry on the children's bedtime routine and on Ellie-Mae's tantrums after contact",
                 "Joe Harker, family support worker, Quintonby Family Help",
                 V,
                 "• Weekly from 08/01/2026 to 26/02/2026 (eight sessions)"],
            ],
        }),
        ("h2", "Outcome 4 – Jayden and Ellie-Mae stay in their home and their schools, and the house is secure"),
        ("table", {
            "header": _Q2_HEAD,
            "widths": _Q2_W,
            "rows": [
                _q2_band("New at this review"),
                ["4.1",
                 "Survey 44 Sorrel Way for the sanctuary scheme and fit new locks, a door chain and a video "
                 "doorbell",
                 "Ian Welsh, tenancy officer, Quintonby Homes",
                 "Completed works sheet on file and the new locks seen by Amy",
                 "• Survey by 19/12/2025\n"
                 "• Works finished by 16/01/2026"],
                ["4.2",
                 "Check Ellie-Mae's attendance and how she is after contact weekends, and ring Amy the same day if "
                 "she is absent or upset",
                 "Mrs Helen Bury, DSL, Brookfield Primary School",
                 "Attendance and a Monday note emailed to Amy; worries logged on CPOMS",
                 "• Every school day\n"
                 "• Note to Amy every Monday after a contact weekend"],
                ["4.3",
                 "Review Kerry's sleep and her propranolol, and tell Amy whether her health is stopping her "
                 "getting the children to school",
                 "Dr Sunil Varma, GP, Sorrel Way Medical Centre",
                 "GP letter on file",
                 "• Appointment by 19/12/2025\n"
                 "• Letter to Amy by 09/01/2026"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Dale comes to Sorrel Way, to either school or the contact centre outside his session, or contacts "
            "Kerry or the children in any way, Kerry or the school rings 999 and the police respond as a priority "
            "because of the marker. Amy, or the Emergency Duty Team out of hours, holds a strategy discussion with "
            "the police the same day.",
            "If Dale finds a way into the house, or Kerry tells Amy she is letting him back, Kerry and the children "
            "go that night to the Quintonby Women's Aid refuge, which is holding a family room, and all contact "
            "stops until a strategy discussion decides otherwise.",
            "If Ellie-Mae comes back from contact hurt, or says Dale told her to pass messages to her mum, the "
            "contact centre ends contact and rings Amy that day.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks, Wednesdays at 9.30am at Brookfield Primary School: 14/01/2026, "
            "11/02/2026 and 11/03/2026.",
            "Next review child protection conference: 17/03/2026, 1pm, Quintonby Council House.",
        ]),
    ],
    "findings": [
        F("F002", "Kerry feels less anxious and more confident as a parent"),
        F("H001", "Trauma-focused CBT sessions for Kerry's anxiety and flashbacks"),
        F("T002", "Attend the Freedom Programme at the Sorrel Way community centre"),
        F("M002", "Attend the Freedom Programme at the Sorrel Way community centre"),
        F("M002", "on the children's bedtime routine and on Ellie-Mae's tantrums"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Core group plan (revised at core group 2) for an 8-year-old and a
#    5-year-old; their father, the sole carer, is depressed and smokes
#    cannabis; his sister and father help. The plan is an outline 1 / 1.1 /
#    1.1.1: areas give a lead and a time, two-number items are actions,
#    three-number lines detail the item above. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b163_quarlbury_core_group_outline_area_item_detail_whitworth.md",
    "split": "heldout",
    "actions": 16,
    "template": "core-group-revised-plan-md-bold-details-lines-why-what-changed-since-icpc-tyler-and-poppy-in-their-words-outcomes-then-outline-numbered-1-1-1-1-1-1-area-lines-with-lead-and-when-two-number-items-actions-with-well-know-clause-three-number-detail-lines-then-if-things-go-wrong-meetings",
    "description": (
        "Core group plan revised at the second core group for an 8-year-old and a 5-year-old "
        "whose father, their sole carer, is depressed and smokes cannabis every day; his sister "
        "and father help. The plan is a typed outline: each area (1, 2 ...) gives a lead and a "
        "'When' that its items take unless they give their own, two-number items (1.1, 2.3) are "
        "the actions with a 'We'll know' clause, and three-number lines only detail the item "
        "above. Most items are sound (weekly visits, GP and drug service reports, school checks). "
        "Faults: the CPN's fortnightly support sessions are measured by attendance; the father is "
        "to stop smoking cannabis 'when he feels ready'; a school referral has no measure; area "
        "5, led by 'the family network', has two items that name no one else; and the "
        "contingency sends the children to the aunt with no word on what happens if the family's "
        "help fails."
    ),
    "text": """\
# Quarlbury Council – Children's Services

## Child protection plan – revised at core group 2

**Children:** Tyler Whitworth (8, Year 4) and Poppy Whitworth (5, Reception), both at Quarlbury Primary School
**Address:** 16 Gannet Close, Quarlbury QB6 1LW
**Father and sole carer:** Craig Whitworth (38)
**Mother:** Dani Shaw (33), lives in Lockton; sees the children one Saturday a month
**Family who help:** Gemma Whitworth (Craig's sister, 4 Heron Walk) and Ron Whitworth (Craig's dad, 22 Mill Street)
**Initial conference:** 12/11/2025, category neglect. Chair: Marion Tate
**This core group:** 10/12/2025, Quarlbury Family Hub
**Social worker:** Sian Roberts (team manager: David Oyelowo)

### 1. Why there is a plan

Craig has brought Tyler and Poppy up on his own since Dani left in 2024. He has been depressed since the
spring and smokes cannabis every day, mostly in the evenings. School found Tyler letting himself and
Poppy into the house after school with nobody home, and three times in October neither child had eaten
breakfast. Craig was asleep on the sofa at 4pm when the social worker visited on 21/10/2025, and the
house smelled strongly of cannabis. Poppy has no proper bed and sleeps on a mattress on the floor.

### 2. What has changed since the conference

- Craig has been back to his GP and restarted his antidepressant on 20/11/2025.
- Gemma and Ron have collected the children on most Tuesdays and Thursdays.
- Tyler has been late six times in four weeks (fourteen times in the four weeks before the conference).
- Craig has not yet been to Hope Street, the drug service; he says he will go this week.

### 3. What Tyler and Poppy say

Tyler (seen on his own at school, 03/12/2025): "Dad's better in the mornings now. But he still goes to
sleep in the afternoon and I have to watch Poppy. I don't like the smell in the front room." He scored
how safe he feels at home 5 out of 10 (3 out of 10 in November).

Poppy (seen at home, 05/12/2025) showed Sian her mattress and said "I want a bed like Tyler's, with a
unicorn". She said she likes "Auntie Gemma's tea" and "Grandad's dog".

### 4. What we want for Tyler and Poppy

- Tyler and Poppy are looked after every day, before and after school, by an adult who is awake and not
  under the influence of cannabis.
- They get to school on time, fed and in clean clothes.
- Poppy sleeps in her own bed, and the house is clean and warm.
- Tyler is a child, not Poppy's carer, and he has someone to tell when he is worried.

### 5. The plan

Each area (1, 2, 3 ...) names its lead and when its items happen; an item takes these unless it gives its
own. The lines numbered 1.1.1 and so on give the detail of the item above them.

**1. Tyler and Poppy seen and heard** – Lead: Sian Roberts, social worker – When: as each item says

- **1.1** Sian will visit Tyler and Poppy at home every week, at least one visit in three unannounced, and
  see each child on their own. We'll know: a visit record on the file for every visit, with each child's
  words.
  - 1.1.1 One visit in three between 3.30pm and 5pm, to see who is at home when the children get back
    from school.
  - 1.1.2 Each visit includes the fridge, the children's bedroom and the bathroom.
- **1.2** Sian will do three sessions of direct work with Tyler about looking after Poppy, and who he can
  tell when he is worried, by 21/01/2026. We'll know: Tyler's worksheets and his own words, shared at the
  core group on 04/02/2026.
  - 1.2.1 Sessions in the nurture room at school, arranged with Mrs Shah.
- **1.3** Sian will hold a family network meeting with Craig, Gemma, Ron and Dani by 17/12/2025 to agree who
  helps with the children on which days. We'll know: the written network plan, signed by each of them and
  on the file by 19/12/2025.

**2. Craig's health, so that he is awake and able to care for the children** – Lead: Craig Whitworth –
When: by core group 3 on 07/01/2026 unless an item gives its own time

- **2.1** Craig will take his antidepressant every day and go to every GP and CMHT appointment. We'll know:
  the GP's and the CPN's letters to Sian confirm appointments kept.
- **2.2** Dr Ian Kerr, GP at Abbey Surgery, will review Craig's antidepressant by 19/12/2025 and write to
  Sian about how his mood is affecting his care of Tyler and Poppy. We'll know: the GP letter on file.
- **2.3** Marcus Hale, CPN at Quarlbury Community Mental Health Team, will see Craig fortnightly for support
  with his low mood and motivation. We'll know: Craig keeps his appointments.
  - 2.3.1 Sessions at Abbey Surgery on Tuesday mornings, while the children are at school.
- **2.4** Ellie Barnes, recovery worker at Hope Street (Quarlbury drug and alcohol service), will key-work
  with Craig fortnightly with an oral fluid screen each time, and write to Sian before each core group on
  whether his cannabis use is falling and how it affects the children. We'll know: screen results and Ellie's
  report on file before each core group.
- **2.5** Craig will cut down and then stop smoking cannabis, and never smoke it in the house, when he feels
  ready. We'll know: falling screen results in Ellie's reports.

**3. School and health** – Lead: Quarlbury Primary School (Mrs Anita Shah, Designated Safeguarding Lead) –
When: every school day unless an item gives its own time

- **3.1** Check both children's attendance, lateness and how they arrive, and ring Sian the same day if
  either child is absent, hungry or says nobody was home. We'll know: attendance emailed to Sian each
  Friday; every call logged on CPOMS.
- **3.2** Give Tyler and Poppy breakfast club places from 15/12/2025. We'll know: the breakfast club
  register, sent to Sian with the Friday email.
- **3.3** Jo Latham, school nurse, will see Poppy in school for her missed hearing and weight check by
  16/01/2026. We'll know: the check results sent to Sian and Craig.
  - 3.3.1 Craig to be invited to come to the check.
- **3.4** Refer Tyler to the Quarlbury Mental Health Support Team in Schools for help with his anger, by
  19/12/2025.

**4. Home and routines** – Lead: Sian Roberts – When: as each item says

- **4.1** Rachel Dunn, family support worker, will do weekly sessions with Craig on the morning routine,
  meals and washing, from 15/12/2025 to 09/02/2026. We'll know: the routine chart up in the kitchen, and
  the school's Friday email showing both children in clean clothes on at least four days a week.
  - 4.1.1 Sessions at 8am on Mondays so that Rachel sees the school run.
- **4.2** Sian will apply to the council's hardship fund for a bed, a mattress and bedding for Poppy by
  19/12/2025. We'll know: the bed delivered and seen made up at Sian's next visit.

**5. Help from the family** – Lead: the family network – When: every week until the review conference on
12/02/2026

- **5.1** Tyler and Poppy to be collected from school on Tuesdays and Thursdays and given their tea. We'll
  know: the school's collection log.
- **5.2** Overnight stays for Tyler and Poppy every other Saturday, so that Craig gets a rest. We'll know:
  Sian's Monday visit record says where the children stayed and what they said about it.

### 6. If things go wrong

If Craig is found asleep and cannot be woken, or is under the influence of cannabis, while he is caring
for the children, or the children are found at home with no adult, whoever finds it rings Sian (or the
Emergency Duty Team out of hours) straight away and the police if the children are alone. The children go
to Gemma's, 4 Heron Walk, that night, and Sian holds a strategy discussion with Quarlbury Police the same
day.

If Craig's screens are not falling by core group 3 on 07/01/2026, or the children are found home alone
again, Sian will ask David Oyelowo for a legal planning meeting within five working days to decide whether
to start the Public Law Outline.

### 7. Meetings

- Core group every four weeks, Wednesdays at 10am at Quarlbury Family Hub: 07/01/2026 and 04/02/2026.
- Review child protection conference: 12/02/2026, 2pm, Quarlbury Town Hall.
""",
    "findings": [
        F("H001", "will see Craig fortnightly for support with his low mood"),
        F("T002", "Craig will cut down and then stop smoking cannabis"),
        F("M001", "Refer Tyler to the Quarlbury Mental Health Support Team"),
        F("W002", "Tyler and Poppy to be collected from school on Tuesdays"),
        F("W002", "Overnight stays for Tyler and Poppy every other Saturday"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Signs of Safety plan after an initial conference, mother's drinking,
#    a 4-year-old and a 2-year-old; grandmother and friend in the network.
#    Nested safety goal -> safety rule (bold line with "Who keeps it",
#    "When", "How the network will know") -> small next-steps table under
#    each rule. Faulty (docx)
# ---------------------------------------------------------------------------
_Q4_HEAD = ["Step", "Who", "By when", "What we'll see"]
_Q4_W = [6.4, 3.8, 3.0, 3.8]


def _q4_rule(title, who, when, know, steps):
    blocks = [
        ("boldp", title),
        ("pi", f"Who keeps it: {who}"),
        ("pi", f"When: {when}"),
        ("pi", f"How the network will know: {know}"),
        ("p", "Next steps for this rule:"),
        ("table", {"header": _Q4_HEAD, "widths": _Q4_W, "rows": steps}),
    ]
    return blocks


PLANS.append({
    "name": "b163_quabbledon_sos_goal_rule_next_steps_nested_mahoney.docx",
    "doc_title": "Safety Plan - Leo and Ivy Mahoney",
    "split": "heldout",
    "actions": 14,
    "template": "signs-of-safety-plan-docx-details-kv-danger-statement-complicating-factors-working-well-scaling-leos-three-houses-ivys-day-then-nested-h2-safety-goal-bold-safety-rule-with-who-keeps-it-when-how-the-network-will-know-lines-then-small-step-who-by-when-what-well-see-table-under-each-rule-if-a-rule-is-broken-meetings",
    "description": (
        "Signs of Safety plan made at an initial conference for a 4-year-old and a 2-year-old "
        "whose mother drinks heavily; the grandmother and a friend are in the safety network. "
        "The plan nests three levels: each safety goal is a heading, each safety rule under it a "
        "bold line followed by 'Who keeps it', 'When' and 'How the network will know' lines, and "
        "under each rule a small Step / Who / By when / What we'll see table. Most rules and "
        "steps are sound (the alcohol service's report on change, the GP, the fire service, the "
        "nursery), and the grandmother's part has a fallback. Faults: the rule on what happens "
        "when Chloe has had a drink is known only by 'the network will keep an eye on it'; the "
        "stair-gate rule is kept by 'the whole network'; a speech therapy referral 'to be made' "
        "with '-' as Who; the words and pictures book 'as soon as possible'; the fortnightly "
        "network meeting with nothing under 'What we'll see'; and the review conference is 'to "
        "be arranged'."
    ),
    "blocks": [
        ("title", "Safety Plan (Child Protection Plan)"),
        ("p", "Quabbledon Council · Children's Services · We use Signs of Safety: this is Leo and Ivy's child "
              "protection plan."),
        ("kv", [
            ("Children", "Leo Mahoney, born 19/08/2021 (4); Ivy Mahoney, born 02/06/2023 (2)"),
            ("Address", "7 Linnet Court, Quabbledon QB9 4RE"),
            ("Mum", "Chloe Mahoney (26)"),
            ("Dad", "Jordan Pike (29), 31 Weaver Street; has the children on Sundays"),
            ("Safety network", "Trish Mahoney (Chloe's mum, “Nanny Trish”, 2 Linnet Court); Amber Kelly (Chloe's "
                               "friend); Lisa Mahoney (Chloe's sister)"),
            ("Conference", "Initial child protection conference, 02/12/2025. Chair: Graham Boateng. Category: "
                           "neglect"),
            ("Social worker", "Zara Price (practice lead: Imran Qureshi)"),
        ]),
        ("h1", "What we are worried about (danger statement)"),
        ("p", "Children's services, the health visitor and Little Wrens Nursery are worried that if Chloe drinks "
              "while she is looking after Leo and Ivy, she will not be awake or steady enough to keep them safe, "
              "and they could be hurt, go hungry or be left on their own. On 31/10/2025 Chloe was found drunk on "
              "the kitchen floor by a neighbour at 6pm; Ivy had fallen down the stairs and had a cut to her head, "
              "and Leo had not eaten since nursery. On 14/11/2025 Leo told nursery that “Mummy's juice makes her "
              "sleepy”."),
        ("h1", "What makes it harder (complicating factors)"),
        ("bullets", [
            "Chloe has been drinking most weekends since her relationship with Jordan ended last year, and more "
            "since her gran died in September.",
            "Leo's speech is behind for his age, so he cannot always tell adults what has happened.",
        ]),
        ("h1", "What is working well"),
        ("bullets", [
            "Chloe agrees she has been drinking too much and has gone to two QARS appointments since the "
            "conference.",
            "Trish lives across the landing and has had the children overnight whenever Chloe has asked.",
            "Jordan has been sober on every Sunday handover that Trish has seen.",
            "Leo goes to nursery every morning and is ready for school next September.",
        ]),
        ("h1", "Scaling"),
        ("p", "0 means the children cannot stay at home; 10 means everyone is confident they are safe enough for "
              "the plan to end. Zara 3, Chloe 7, Trish 4, Jordan 5, Little Wrens Nursery 4."),
        ("h1", "Leo and Ivy"),
        ("p", "Leo (three houses, with Zara at nursery on 25/11/2025). House of good things: “Nanny Trish's and "
              "her cat. Daddy's football.” House of worries: “Mummy on the floor. Ivy's head was bleeding.” House "
              "of dreams: “Mummy not drinking the juice. Going to the zoo.”"),
        ("p", "Ivy is two and says a few words. She runs to Trish when she comes in and says “Nanny!”. On "
              "31/10/2025 she was still in her nursery clothes at 6pm with a full nappy. At Zara's visits she "
              "climbs on Chloe's knee and shows her books."),
        ("h1", "The plan: safety goals, rules and next steps"),
        ("p", "Each safety goal says what we want for Leo and Ivy. Under each goal are the rules the family has "
              "agreed to keep, and under each rule the next steps the workers and family will take."),
        ("h2", "Safety goal 1 – Leo and Ivy are always looked after by an adult who is sober"),
        *_q4_rule(
            "Rule 1.1 – Chloe drinks no alcohol at all while she is looking after Leo and Ivy, day or night.",
            "Chloe",
            "Every day from 02/12/2025",
            "Every breath test Zara or QARS takes reads zero, and Trish writes in the family safety book each "
            "evening that she has seen Chloe sober at the children's bedtime.",
            [
                ["Key-work with Chloe, with a breath test at each session, and a written report to each core "
                 "group on whether she is making the changes Leo and Ivy need and how long that is likely to take",
                 "Sam Fielding, recovery worker, Quabbledon Alcohol Recovery Service (QARS)",
                 "Weekly from 09/12/2025; report two working days before each core group",
                 "Breath-test results and Sam's report on file before every core group"],
                ["Carry out liver function tests and an alcohol health check with Chloe, and tell Zara of any "
                 "missed appointment",
                 "Dr Ros Hendry, GP, Quabbledon Health Centre",
                 "By 19/12/2025",
                 "GP letter with the results on file by 19/12/2025"],
            ],
        ),
        *_q4_rule(
            "Rule 1.2 – If Chloe has had a drink, she rings Nanny Trish, and Trish takes Leo and Ivy to her flat "
            "for the night.",
            "Chloe and Trish",
            "Every time Chloe has had a drink",
            "The network will keep an eye on it.",
            [
                ["Go through the signs that Chloe has been drinking with Trish, Amber and Lisa, and give each of "
                 "them the out-of-hours number",
                 "Zara Price, social worker",
                 "At the network meeting on 12/12/2025",
                 "Network meeting notes on file, signed by Trish, Amber and Lisa"],
            ],
        ),
        ("h2", "Safety goal 2 – Leo and Ivy are fed, clean and safe at home, and never on the stairs or in the "
               "bath on their own"),
        *_q4_rule(
            "Rule 2.1 – The stair gates stay shut, and Leo and Ivy are never left downstairs or in the bath on "
            "their own.",
            "The whole network",
            "Every day from 12/12/2025",
            "Zara sees the gates shut at every visit and asks Leo who was with him at bath time.",
            [
                ["Fit two stair gates and a fireguard and do a home fire safety check",
                 "Carl Dunne, Watch Manager, Quabbledon Fire and Rescue Home Safety Team",
                 "By 12/12/2025",
                 "Gates and fireguard seen fitted by Zara; home safety check form on file"],
            ],
        ),
        *_q4_rule(
            "Rule 2.2 – Leo and Ivy have breakfast, lunch and tea every day, Ivy has a bath every night, and both "
            "go to nursery on their days.",
            "Chloe",
            "Every day from 02/12/2025",
            "The meal and bath chart in the safety book, seen by Dina every week, and Little Wrens' register.",
            [
                ["Eight home sessions with Chloe on meals, bath time and bedtimes",
                 "Dina Okoro, family support worker, Quabbledon Family Help",
                 "Weekly, 10/12/2025 to 28/01/2026",
                 "Routine chart on the kitchen wall; the safety book shows Ivy in bed by 7.30pm on at least five "
                 "nights a week"],
                ["Record how Leo and Ivy arrive (fed, clean, dry) and ring Zara the same day if either is not "
                 "brought",
                 "Mrs Gail Nix, manager and DSL, Little Wrens Nursery",
                 "Every session (Leo five mornings, Ivy Tuesdays and Thursdays)",
                 "Register and arrival notes emailed to Zara each Friday"],
                ["A referral to be made to speech and language therapy for Leo's speech",
                 "-",
                 "By 19/12/2025",
                 "Referral acknowledgement on file"],
            ],
        ),
        ("h2", "Safety goal 3 – Leo understands what happened when Mummy was poorly from drink, and both "
               "children see their dad safely"),
        *_q4_rule(
            "Rule 3.1 – Jordan has Leo and Ivy on Sundays only if he has not been drinking, and brings them home "
            "by 5pm.",
            "Jordan",
            "Every Sunday, 11am to 5pm",
            "Trish is at 7 Linnet Court at each handover and writes the times, and whether Jordan was sober, in "
            "the safety book.",
            [
                ["Make a words and pictures book with Chloe that explains to Leo the day Mummy was poorly, and who "
                 "he can go to",
                 "Zara Price, social worker",
                 "As soon as possible",
                 "Leo's book on file and read with him by Chloe and Trish"],
                ["Network meeting with Chloe, Trish, Amber, Lisa and Jordan to check the rules are being kept",
                 "Zara Price, social worker",
                 "Every two weeks from 12/12/2025",
                 ""],
            ],
        ),
        ("h1", "If a rule is broken"),
        ("bullets", [
            "If Chloe is drunk while she is looking after Leo and Ivy, whoever finds her rings 999 if she cannot be "
            "woken or a child is hurt, and Trish takes the children to 2 Linnet Court. Zara, or the Emergency Duty "
            "Team out of hours, holds a strategy discussion with Quabbledon Police the same day.",
            "If Trish cannot have the children (she is ill, away, or feels she cannot go on), Amber has them at "
            "her flat, 18 Thrush Road. If neither can, Zara or the Emergency Duty Team will place Leo and Ivy "
            "together with Quabbledon foster carers that night.",
            "If Jordan has been drinking at a handover, Trish keeps the children at 7 Linnet Court and Sunday "
            "contact stops until Jordan has met Zara.",
            "If Chloe has a positive breath test while the children are in her care, or any rule is broken twice "
            "before the review conference, Zara will ask Imran Qureshi for a legal planning meeting within five "
            "working days to decide whether to start the Public Law Outline.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every three weeks, Tuesdays at 1pm at Little Wrens Nursery: 16/12/2025, 06/01/2026, "
            "27/01/2026 and 17/02/2026.",
            "Review child protection conference: to be arranged by the conference team.",
        ]),
    ],
    "findings": [
        F("M002", "If Chloe has had a drink, she rings Nanny Trish"),
        F("W002", "The stair gates stay shut, and Leo and Ivy"),
        F("W001", "A referral to be made to speech and language therapy"),
        F("T002", "Make a words and pictures book with Chloe"),
        F("M001", "Network meeting with Chloe, Trish, Amber, Lisa and Jordan"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Core group minutes, a 13-year-old and a 9-year-old, mother's alcohol
#    dependence, family about to move to another local authority. Numbered
#    items each end with what was agreed, then the points are gathered into
#    a numbered action list with Who / When / Evidence lines. Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b163_quessington_core_group_minutes_agreed_by_item_then_action_list_ashdown.txt",
    "split": "heldout",
    "actions": 14,
    "template": "core-group-minutes-txt-caps-title-attendance-initials-numbered-items-each-ending-agreed-lines-outcomes-updates-move-to-another-authority-childrens-views-scaling-chairs-summary-contingency-dates-then-action-list-gathered-from-items-numbered-who-when-evidence-lines",
    "description": (
        "Minutes of the third core group for a 13-year-old and a 9-year-old whose mother is "
        "alcohol dependent; the family are moving to another local authority in January. Plain "
        "text: an attendance list whose initials are used after, then numbered items (outcomes, "
        "the mother and the alcohol service, each child, home, the move, the children's views, "
        "scaling and the chair's summary, contingency, dates), each ending with what was agreed, "
        "and at the end a numbered action list gathered from the items with Who / When / "
        "Evidence lines; one point agreed in the meeting was done there and is not gathered. "
        "Most actions are sound (weekly visits to the transfer-in conference, the alcohol "
        "service's report on change, the GP, records sent by a date, a joint visit). Faults: "
        "Harvey's school's evidence is 'engagement with school'; the school nurse's action has an "
        "empty When; 'Professionals' share worries; Neve's direct work is handed to the receiving "
        "authority's social worker 'within four weeks of the transfer-in conference'; family "
        "support has an empty Evidence; the contingency is 'further concerns' and a meeting to "
        "'consider next steps' (legal planning follows a named trigger in the chair's summary)."
    ),
    "text": """\
QUESSINGTON COUNCIL - CHILDREN AND FAMILIES SERVICE
CORE GROUP MEETING - MINUTES

Children:      Harvey Ashdown (13), Year 8, Quessington Academy
               Neve Ashdown (9), Year 5, Meadow Lane Primary School
Address:       81 Cobden Street, Quessington QS3 5NA
Meeting:       Core group 3, Monday 08/12/2025, 1.30pm, Meadow Lane Primary School
Plan made at:  Initial child protection conference, 13/10/2025 (category: neglect)

PRESENT (initials used in these minutes)
  RG  Ryan Gill, social worker, Quessington Children and Families (chair and minutes)
  TA  Tasha Ashdown, mum
  FM  Faye Mills, recovery worker, Quessington Recovery Hub (alcohol service)
  LC  Mr Lee Carr, Designated Safeguarding Lead, Quessington Academy
  AO  Mrs Anne Obi, Designated Safeguarding Lead, Meadow Lane Primary School
  JP  Jo Pike, school nurse, Quessington 0-19 Service
  BL  Becky Lane, family support worker, Quessington Family Help
  DR  Dan Ross, youth worker, Quessington Youth Service
APOLOGIES
  Dr Paul Kemp, GP, Westgate Surgery (sent an update by email)

-------------------------------------------------------------------------------
1. WELCOME AND THE OUTCOMES FROM THE CONFERENCE PLAN
-------------------------------------------------------------------------------
RG reminded everyone of the outcomes the conference set for Harvey and Neve:
  a) Harvey and Neve are cared for every day and night by a parent who is
     sober.
  b) They have food in the house, clean clothes, and get to school every day.
  c) Harvey is home by 8pm and the adults know where he is after school.
  d) Neve's health needs (headaches, tiredness) are checked and met.

-------------------------------------------------------------------------------
2. TASHA'S DRINKING - UPDATE FROM TASHA AND THE RECOVERY HUB
-------------------------------------------------------------------------------
TA said she has cut down to "a couple of cans on a Saturday" and has not
drunk while the children were in her care since the conference. FM: TA has
been to 11 of 13 sessions. Breath tests clear at every session since
04/11/2025, one positive reading on 31/10/2025 (a Friday morning). FM thinks TA
is motivated but has a long history of relapsing after about two months; she
will say more in her written report. Dr Kemp's email: liver function tests
raised in September; he would like to see TA about a community detox.
Agreed:  FM to keep seeing TA twice a week and to write to RG before each
         core group, and to send a handover to the Norbridge service before
         the move. TA to book the GP appointment.
Agreed, and done in the meeting: TA signed her consent for the Recovery Hub
         and the GP to share her results with RG.

-------------------------------------------------------------------------------
3. HARVEY - SCHOOL AND YOUTH SERVICE
-------------------------------------------------------------------------------
LC: attendance 86% this half term (was 79%). Off site at lunchtime twice in
November and seen at the retail park with older boys. One detention for
swearing at a teacher. DR: three sessions with Harvey so far; he talks about
football and boxing, not much about home. Harvey was home after 10pm twice
last week (TA).
Agreed:  LC to keep doing daily checks on Harvey at school. DR to carry on
         his Wednesday sessions for six more weeks.

-------------------------------------------------------------------------------
4. NEVE - SCHOOL AND SCHOOL NURSE
-------------------------------------------------------------------------------
AO: attendance 96%, always clean and in uniform. Says she has headaches and
falls asleep in class in the afternoons, and asked twice for breakfast. JP has
not seen Neve yet; the referral came in after CG2.
Agreed:  JP to see Neve in school. AO to carry on the daily check and the
         Friday email.

-------------------------------------------------------------------------------
5. HOME, MONEY AND ROUTINES
-------------------------------------------------------------------------------
RG: five visits since CG2 (two unannounced). Food in the cupboards at four of
the five. Neve's bedroom has no curtains. BL has started work on budgeting;
the electricity ran out on 29/11/2025 and TA borrowed from her sister.
Agreed:  BL to carry on the sessions with TA. TA to put curtains up in
         Neve's room before Christmas.

-------------------------------------------------------------------------------
6. THE MOVE TO NORBRIDGE
-------------------------------------------------------------------------------
TA has been offered a housing association tenancy at 12 Calder Road,
Norbridge, to be near her sister Kelly, and plans to move on 26/01/2026.
Norbridge City Council will hold a transfer-in conference within 15 working
days of the move. RG explained that Quessington keeps the plan, and keeps
visiting, until Norbridge's transfer-in conference. Neve's direct work on her
worries has not started (RG's leave); TA asked that Neve start it with the
worker she will keep in Norbridge.
Agreed:  RG to send the transfer request and records to Norbridge and to set
         up a joint visit with the Norbridge worker. Neve's direct work to go
         to the Norbridge social worker.

-------------------------------------------------------------------------------
7. WHAT HARVEY AND NEVE SAY
-------------------------------------------------------------------------------
Harvey (seen on his own at school by RG, 02/12/2025): "Mum's better than she
was. I go out because the house is boring, not because of her. I don't want to
move, all my mates are here." He scored how things are at home 6 out of 10.
Neve (seen on her own at home by RG, 04/12/2025): "I like it when Mum does
pancakes. I get headaches at school. I'm excited about Auntie Kelly's but I'll
miss Mrs Obi." She scored home 7 out of 10.

-------------------------------------------------------------------------------
8. SCALING AND CHAIR'S SUMMARY
-------------------------------------------------------------------------------
0 = the children are not safe at home, 10 = safe enough for the plan to end.
RG 4, TA 7, FM 5, LC 4, AO 5, BL 5.
Chair's summary: real progress with Tasha's drinking and Neve's attendance;
Harvey's evenings are the main worry. If Tasha has a positive breath test, or
is found to have been drinking while the children were in her care, before the
review conference, RG will ask his team manager, Lorna Petrie, for a legal
planning meeting within five working days.

-------------------------------------------------------------------------------
9. CONTINGENCY
-------------------------------------------------------------------------------
If there are further concerns about Tasha's drinking or the children's care,
the core group will meet and consider next steps.

-------------------------------------------------------------------------------
10. DATES
-------------------------------------------------------------------------------
Core group every four weeks, Mondays 1.30pm at Meadow Lane Primary School:
next on 05/01/2026, then 02/02/2026 unless the transfer-in conference has
taken place.
Review child protection conference: 12/01/2026, 10am, Quessington Civic Hall.

===============================================================================
ACTION LIST (gathered from the items above)
===============================================================================
 1. Home visits every week, one in three unannounced, seeing Harvey and Neve
    on their own and checking the fridge and the bedrooms.
    Who: RG.  When: weekly until the Norbridge transfer-in conference.
    Evidence: a visit record for every visit, with each child's words.
 2. Go to every Recovery Hub session with a breath test each time, and drink
    no alcohol while Harvey or Neve are in her care.
    Who: TA.  When: every Tuesday and Friday.
    Evidence: every breath test in FM's reports reads zero.
 3. Key-work with Tasha and a written report on her drinking and whether she
    can make and keep the changes the children need, with the likely
    timescale; handover report to the Norbridge alcohol service.
    Who: FM.  When: twice weekly; report two working days before each core
    group; handover by 19/01/2026.
    Evidence: reports on the case file before each core group.
 4. Assess Tasha for a community alcohol detox with the Recovery Hub and
    repeat her liver function tests.
    Who: Dr Kemp, GP.  When: by 19/12/2025.
    Evidence: GP letter to RG with the results and the detox plan.
 5. Daily checks on Harvey's attendance and where he is at lunchtime; ring RG
    the same day if he is missing from school.
    Who: LC.  When: every school day.
    Evidence: Harvey's engagement with school.
 6. Sessions with Harvey on his anger and where he goes after school.
    Who: DR.  When: every Wednesday, 10/12/2025 to 14/01/2026 (six sessions).
    Evidence: session notes to RG with Harvey's own scores.
 7. Daily check on how Neve arrives, and a call to RG the same day if she is
    absent, hungry or upset.
    Who: AO.  When: every school day.
    Evidence: attendance and notes in the Friday email to RG; calls on CPOMS.
 8. See Neve about her headaches and tiredness, and test her eyesight.
    Who: JP.  When: -
    Evidence: the results sent to RG and Tasha.
 9. Share any worry about Harvey or Neve with RG on the day it arises.
    Who: Professionals.  When: same day.
    Evidence: each worry logged on the case record.
10. Six sessions with Tasha on budgeting, meals and the morning routine.
    Who: BL.  When: weekly, 10/12/2025 to 21/01/2026.
    Evidence: -
11. Send Norbridge the transfer request, the plan, the chronology and the case
    records.
    Who: RG.  When: by 19/12/2025.
    Evidence: Norbridge's written acknowledgement on file.
12. Joint home visit with the Norbridge social worker.
    Who: RG.  When: within two weeks of the move.
    Evidence: a joint visit record, copied to Norbridge.
13. Direct work with Neve on her worries (three sessions) to be picked up by
    the Norbridge social worker after the move.
    Who: Norbridge allocated social worker.  When: within four weeks of the
    transfer-in conference.
    Evidence: Neve's workbook shared with the core group.
14. Put curtains up in Neve's bedroom, and keep food in for breakfast, tea
    and school packed lunches.
    Who: TA.  When: curtains by 19/12/2025; food every day.
    Evidence: curtains and food seen at RG's visits and recorded each time.

Minutes: RG, 09/12/2025. Sent to all present and to Dr Kemp.
""",
    "findings": [
        F("M002", "Daily checks on Harvey's attendance and where he is at lunchtime"),
        F("T001", "See Neve about her headaches and tiredness, and test her eyesight"),
        F("W002", "Share any worry about Harvey or Neve with RG"),
        F("M001", "Six sessions with Tasha on budgeting, meals and the morning routine"),
        F("X001", "Direct work with Neve on her worries (three sessions)"),
        F("C002"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Long pre-birth plan: unborn baby and a 2-year-old; father on a
#    methadone script after a relapse, mother with a history of postnatal
#    depression; grandparents help. Four stage headings each give the time
#    for everything under them, owner headings under each stage, numbered
#    items with their own "We'll know" clause. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b163_quillerton_prebirth_stage_then_owner_headings_long_hartigan.md",
    "split": "heldout",
    "actions": 25,
    "template": "prebirth-icpc-plan-md-long-bold-details-whos-who-bullets-why-going-well-reggies-day-parents-views-outcomes-then-h3-stage-headings-giving-the-time-h4-owner-will-headings-numbered-items-with-well-know-clause-25-actions-then-if-things-go-wrong-meetings",
    "description": (
        "Exemplary pre-birth plan from an initial conference for an unborn baby due in February "
        "and her 2-year-old brother. Their father is on a methadone script after a relapse on "
        "heroin in September; their mother had postnatal depression after her first baby and is "
        "anxious again; the maternal grandparents help with the toddler. A long plan (25 "
        "actions) nested in three levels: four stage headings (now to 34 weeks, 34 weeks to the "
        "birth, on the ward, the first eight weeks at home), each giving the time for everything "
        "under it; under each stage a heading per person or service ('The perinatal mental "
        "health team (...) will:'); under that numbered items, each with its own 'We'll know' "
        "clause and, where it differs, its own time. The perinatal team assesses capacity to "
        "change, the drug service reports on change, the grandparents' part has a fallback, "
        "legal planning follows named triggers, and core group and review dates are set."
    ),
    "text": """\
# Quillerton Council – Children's Social Care

## Pre-birth child protection plan: Baby Hartigan (due 20/02/2026) and Reggie Hartigan

- **Unborn baby:** due 20/02/2026 (a girl), at Quillerton General Hospital
- **Reggie Hartigan:** born 14/10/2023 (2), goes to Little Owls Nursery on Mondays, Wednesdays and Fridays
- **Mum:** Jess Hartigan (24), 28 weeks pregnant at the conference
- **Dad:** Connor Blythe (27), father of both children; lives with Jess and Reggie
- **Address:** 9 Wren Gardens, Quillerton QL2 7HS
- **Grandparents:** Sue and Phil Hartigan (Jess's parents), 5 Orchard Rise, Quillerton
- **Conference:** Initial (pre-birth) child protection conference, 27/11/2025, Quillerton Town Hall.
  Chair: Martin Ellery. Category: neglect (Reggie and the unborn baby)

## 1. Who is who

- **Amira** – Amira Haddad, social worker, Quillerton Children's Social Care (team manager: Beth Colley)
- **Kath** – Kath Simmonds, community midwife, Quillerton Maternity
- **Nicola** – Nicola Fenn, health visitor, Quillerton 0-19 Service
- **Ruth** – Ruth Abiola, specialist perinatal mental health nurse, Quillerton Perinatal Mental Health Team
- **Dean** – Dean Farrow, recovery worker, Quillerton Recovery Partnership (drug and alcohol service)
- **Gill** – Gill Harper, ward manager, Maple Ward (maternity), Quillerton General Hospital
- **Tracey** – Mrs Tracey Bell, manager and safeguarding lead, Little Owls Nursery

## 2. Why there is a plan

Connor has used heroin since he was 19 and has been on a methadone script since 2022. On 21/09/2025 Jess
came home from work to find him asleep on the sofa and unable to be woken properly, with foil on the
table and Reggie awake on his own in the lounge, in a soaked nappy, at 6pm. Connor admitted he had used
heroin on top of his methadone. Jess had postnatal depression after Reggie was born and was treated by
the perinatal team for eight months; she has been anxious and sleeping badly since the incident.

## 3. What is going well

- Connor told the truth about using, went straight back to his key worker, and his screens since
  06/10/2025 have shown only his methadone.
- Jess asked for help herself and has been to every antenatal appointment.
- Sue and Phil have Reggie two days a week and he loves going there.
- Reggie is a happy, chatty little boy who is growing well.

## 4. Reggie's day, and what Jess and Connor say

Reggie is two and uses short sentences. On Amira's visits on 13/11/2025 and 20/11/2025 he showed her his
trains, brought Jess his shoes to go to the park, and called Connor "Daddy sleepy" when Connor lay down.
Tracey sees him arrive at nursery clean and fed; on Mondays he is sometimes very tired. At Sue's he has
tea at 5pm and a bath every night, and he goes to bed easily.

Jess says: "I want this baby to come home with us. I know I have to tell someone if I start feeling like
I did after Reggie." Connor says: "I'll do whatever the tests need. I won't be on my own with them till
everyone trusts me."

## 5. What we want for Reggie and the baby

- Reggie and the baby are always cared for by an adult who is awake and not under the influence of any
  drug.
- The baby comes home from hospital to a safe sleeping place, and is fed, changed and settled at every
  feed.
- Reggie keeps his nursery days and his days at Nana and Grandad's, and his routine does not fall apart
  when the baby arrives.
- If Jess's mood drops, the adults around the children notice early and the children are kept safe the
  same day.

## 6. Our plan

The plan runs in four stages. Each stage heading gives the time for everything in it unless an item gives
its own. Under each stage, each heading says who does the items under it.

### Stage 1: now until 34 weeks – everything here is done by 09/01/2026 unless the item gives its own time

#### Amira (social worker) will:

1. Visit Jess and Reggie at home every week, at least one visit in three unannounced, and see Reggie's
   day and where he sleeps. We'll know: a visit record for every visit, with what Reggie was doing and
   saying.
2. Complete a pre-birth assessment with Jess and Connor of how they will care for Reggie and the new
   baby. We'll know: the written assessment given to Jess and Connor and shared with the core group.
3. Hold a family network meeting with Jess, Connor, Sue, Phil and Connor's brother Aaron to agree who
   helps, and when, after the birth. We'll know: the network plan signed by everyone and on the file.

#### The drug service (Dean, Quillerton Recovery Partnership) will:

4. Key-work with Connor every Monday with a urine screen each time, and write before every core group
   whether he is stable on his script, whether he has used on top, and how likely he is to stay stable
   through the birth and after, with the likely timescale. We'll know: screen results and Dean's report
   on the file two working days before every core group.
5. Review Connor's methadone dose with his prescriber, Dr Lena Schulz, and move him to daily supervised
   doses at Quillerton Pharmacy. We'll know: the pharmacy's supervised consumption record, sent to Amira
   every Friday from the first week.

#### The perinatal mental health team (Ruth) will:

6. Assess Jess's mood and anxiety in pregnancy, write with her a plan of her early warning signs, and
   report to each core group on whether she can keep Reggie and the baby safe if her mood drops or
   Connor uses again, and on the likely timescale for any change she needs to make. Assessment by
   19/12/2025; reports before each core group. We'll know: the assessment letter to Amira by 19/12/2025
   and Ruth's written report on the file before each core group.

#### The midwife (Kath) will:

7. See Jess for her antenatal care every two weeks until 36 weeks, then weekly, and tell Amira the same
   day about any missed appointment. We'll know: appointments kept in the maternity record; any missed
   appointment logged by Amira.
8. Put a safeguarding alert and a copy of this plan on Jess's maternity record, so that the labour ward
   rings Amira (or the Emergency Duty Team) when Jess is admitted. We'll know: a copy of the alert on the
   case file.

#### Jess will:

9. Go to every antenatal and perinatal appointment, and take Reggie to nursery every Monday, Wednesday
   and Friday. We'll know: the maternity and perinatal records, and the nursery register.

#### Connor will:

10. Take his methadone every day at the pharmacy in front of the pharmacist, give a urine screen at every
    key-work session, and use nothing on top, every day from 27/11/2025. We'll know: the pharmacy record
    and the screen results in Dean's reports.
11. Never be the only adult looking after Reggie, every day until Dean tells the core group that Connor
    has had eight clear screens in a row. We'll know: Jess and Sue write in the family diary who looked
    after Reggie each day, and Amira reads it at every visit.

#### Sue and Phil (Reggie's grandparents) will:

12. Have Reggie at 5 Orchard Rise every Tuesday and Thursday, 9am to 3pm, so that Jess can go to her
    appointments and rest. We'll know: Sue writes in the family diary what Reggie ate and did, and Amira
    reads it at every visit.

#### Little Owls Nursery (Tracey) will:

13. Record how Reggie arrives (fed, clean, dry, rested) at every session, and ring Amira the same day if he
    is not brought or says anything worrying about home. We'll know: the register and arrival notes
    emailed to Amira every Friday.

### Stage 2: 34 weeks to the birth – everything here is done by 38 weeks (06/02/2026) unless the item gives its own time

#### Amira (social worker) will:

14. Hold a pre-birth planning meeting with Gill, Kath, Nicola, Jess and Connor to agree the discharge plan,
    by 36 weeks (23/01/2026). We'll know: the written discharge plan copied to Maple Ward and added to
    Jess's maternity record.

#### The health visitor (Nicola) will:

15. Make an antenatal home visit to see where the baby will sleep and that the Moses basket, steriliser
    and car seat are ready, and do Reggie's two-year review on the same visit. We'll know: Nicola's visit
    record and Reggie's review scores sent to Amira.

#### The midwife (Kath) will:

16. Go through safe sleep and coping with a crying baby (ICON) with Jess and Connor, by 36 weeks
    (23/01/2026). We'll know: the signed safe sleep and ICON checklist in the maternity notes.

#### Sue and Phil will:

17. Agree with Jess which of them collects Reggie when labour starts, day or night, and give Amira and
    Kath their phone numbers. We'll know: their names and numbers written in the discharge plan and on
    the maternity alert.

### Stage 3: on Maple Ward until the baby goes home – everything here happens before discharge

#### Maple Ward (Gill) will:

18. Keep the baby on the ward until the discharge checklist is signed, ring Amira when she is born and
    when discharge is planned, and watch Jess and Connor feed, change and settle her, including one night
    feed. We'll know: ward notes record the feeds seen, and the checklist is signed by Gill and Amira.

#### Amira (social worker) will:

19. See the baby and Jess on the ward within one working day of the birth, and again on the day before
    discharge. We'll know: two visit records on the file, with what the baby was doing.

#### Sue and Phil will:

20. Have Reggie to stay at 5 Orchard Rise from the day Jess goes into labour until she and the baby are
    home. We'll know: Sue texts Amira when Reggie arrives and when he goes home, and Amira sees Reggie
    there while Jess is in hospital.

### Stage 4: the first eight weeks at home – until the baby is eight weeks old, each item as often as it says

#### Amira (social worker) will:

21. Visit twice a week for the first two weeks, then weekly, at least one visit in three unannounced,
    and see the baby, Reggie and where the baby sleeps. We'll know: a visit record for each visit, with
    what the baby and Reggie were doing.

#### The midwife (Kath) will:

22. Make postnatal visits on days 1, 3, 5 and 10 after discharge, weighing the baby on days 5 and 10.
    We'll know: weights in the red book, with the baby back to her birth weight by day 14 or a same-day
    referral to the paediatric team.

#### The health visitor (Nicola) will:

23. Do the new birth visit between days 10 and 14, then weigh the baby and check her feeding and sleep
    every week. We'll know: weights plotted in the red book, and Nicola's notes sent to Amira after each
    visit.

#### Jess and Connor will:

24. Put the baby down on her back in the Moses basket in their room for every sleep, and never sleep with
    her on the sofa or in their bed. We'll know: the baby seen asleep in her Moses basket at visits, and
    the sleep diary read by Nicola each week.

#### The drug service (Dean) will:

25. Keep up Connor's Monday key-work and screens after the birth, and ring Amira the same day about any
    positive screen or missed pharmacy dose. We'll know: Dean's reports before each core group and every
    same-day call logged by Amira.

## 7. If things go wrong

- If Connor uses anything on top of his methadone (a positive screen, a missed pharmacy dose, or he seems
  under the influence), he leaves 9 Wren Gardens that day and stays with Aaron at 40 Tern Close, and
  Amira holds a strategy discussion with Quillerton Police the same day. He does not come back until Dean
  confirms two clear screens.
- If Jess shows two or more of the early warning signs in her plan with Ruth (not sleeping on two nights
  running, not eating, not wanting to hold the baby, thoughts of harming herself), whoever notices rings
  Ruth, or the perinatal crisis line out of hours, that day. Jess is seen the same day, and until then
  Sue stays at 9 Wren Gardens and the children are not left alone with Jess.
- If Sue and Phil cannot have Reggie (they are ill, away or cannot carry on), they ring Amira that day.
  Amira arranges extra nursery days at Little Owls for that week, and if nobody can have Reggie when Jess
  goes into labour, Amira or the Emergency Duty Team will place him with Quillerton foster carers until
  Jess is home.
- If Connor uses heroin again, the pre-birth assessment finds the baby could not be safe at home, or
  Jess leaves Connor alone with the children, Amira will ask Beth Colley for a legal planning meeting
  within five working days to decide whether to start pre-proceedings under the Public Law Outline
  before the birth.

## 8. Meetings

- Core group every four weeks, Wednesdays at 10am at Quillerton Family Hub: 10/12/2025, 07/01/2026 and
  04/02/2026.
- Review child protection conference: 24/02/2026, 10am, Quillerton Town Hall (on Maple Ward if Jess and
  the baby are still in hospital).
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. Case-system print of a child protection plan for a 3-year-old and a
#    5-month-old; father with paranoid schizophrenia after an admission,
#    paternal grandmother supervising contact. Plan tree Need -> Outcome ->
#    Task -> Steps: need lead and target date, outcome "How we will know",
#    task fields only where they differ. Printed to PDF with page header
#    and footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
def _q7_task(ref, text, *fields):
    return [("pi", f"TASK {ref}  {text}")] + [("pi2", f) for f in fields]


PLANS.append({
    "name": "b163_quenderby_case_print_need_outcome_task_tree_oduya.pdf",
    "doc_title": "CaseWeave print - Child protection plan - Tobi and Ada Oduya",
    "split": "heldout",
    "actions": 14,
    "min_pages": 3,
    "font_size": 9.5,
    "header": "OFFICIAL-SENSITIVE · Quenderby Borough Council · CaseWeave print",
    "footer": "ODUYA T and A · Child protection plan QBC-CPP-25-1183 · printed 09/12/2025 · Page {PAGE} of {NUMPAGES}",
    "template": "case-system-print-paged-header-footer-caseweave-record-fields-reason-parental-health-childs-views-and-observed-day-strengths-then-plan-tree-need-with-lead-and-target-date-outcome-with-how-we-will-know-task-with-own-fields-only-where-different-lettered-steps-inside-task-then-contingency-trigger-response-fields-review-fields",
    "description": (
        "Exemplary child protection plan for a 3-year-old and a 5-month-old, printed from a case "
        "system to PDF with a header and footer on every page. Their father has paranoid "
        "schizophrenia, stopped his depot, barricaded the flat with the children inside and was "
        "admitted; he now lives with his mother, who supervises his time with the children. "
        "After record fields, the reason for the plan, parental health, Tobi's words and Ada's "
        "observed day, the plan is a tree: each Need gives a lead and a target date that every "
        "task under it takes unless it gives its own; each Outcome gives a 'How we will know' "
        "check for the tasks under it; each Task gives its own Assigned to, Due and Evidence "
        "fields only where they differ; lettered steps inside a task are part of it. The early "
        "intervention in psychosis team and the psychiatrist report on capacity to change, the GP "
        "owns a task, the grandmother's supervision has a fallback, legal planning follows named "
        "triggers, and core group and review dates are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("kv", [
            ("System", "CaseWeave · Record type: Child protection plan · Status: Active"),
            ("Plan ID", "QBC-CPP-25-1183"),
            ("Subjects", "Tobi Oduya, born 27/08/2022 (3); Ada Oduya, born 10/07/2025 (5 months)"),
            ("Household", "Grace Oduya (mother, 28), Tobi and Ada, 12 Brook Court, Quenderby QD5 2PL"),
            ("Father", "Samuel Oduya (32), living with his mother, Comfort Oduya, at 3 Ferry Road, Quenderby, "
                       "since his discharge from hospital on 18/11/2025"),
            ("Plan start", "04/12/2025, initial child protection conference. Chair: Janet Morrow"),
            ("Category", "Emotional abuse (both children)"),
            ("Key worker", "Laura Quinn, social worker, Safeguarding Team 2 (team manager: Rob Tennant)"),
        ]),
        ("h1", "Reason for plan"),
        ("p", "Samuel stopped his depot medication in August. He came to believe that the neighbours were "
              "poisoning Ada's milk. On 14/10/2025 he barricaded the door of 12 Brook Court with furniture and "
              "would not let anyone in or out for five hours, with Grace, Tobi and Ada inside; Tobi was heard "
              "screaming by neighbours. Police forced entry. Samuel was detained under section 2 and then "
              "section 3 of the Mental Health Act at Quenderby Lodge, and was discharged on 18/11/2025 to his "
              "mother's address under the Early Intervention in Psychosis team."),
        ("h1", "Parental health and substance use"),
        ("kv", [
            ("Samuel", "Paranoid schizophrenia, diagnosed 2019; two admissions (2019 and 2025), both after "
                       "stopping his depot. No drug or alcohol use recorded."),
            ("Grace", "No mental health diagnosis. Tired and isolated since the incident; her GP is seeing her "
                      "(task 3.1.3)."),
        ]),
        ("h1", "Child's views and lived experience"),
        ("p", "Tobi (seen at nursery by Laura, 27/11/2025, with his keyworker): he played with the dolls' house "
              "and piled the chairs against its door. He said “Daddy shut the door. Daddy shouting. Tobi "
              "crying.” Asked who looks after him, he said “Mummy and Nana Comfort”. He said he wants to see "
              "Daddy “at Nana's house”."),
        ("p", "Ada (observed at home by Laura and Priya Chauhan, 21/11/2025 and 02/12/2025) is a smiley baby who "
              "holds her head well and follows faces. She feeds well from a bottle and settles in Grace's arms. "
              "Her 12- and 16-week immunisations were missed while Samuel was refusing to let anyone see her."),
        ("h1", "Strengths"),
        ("bullets", [
            "Grace rang the police from the bathroom on 14/10/2025 and kept Tobi and Ada with her throughout.",
            "Samuel has had his depot on time since 21/10/2025 and agrees he must not live at home for now.",
            "Comfort has supervised every visit since Samuel's discharge and rings Laura after each one.",
        ]),
        ("h1", "Plan tree"),
        ("p", "How to read the plan tree: every task under a need is led by the need lead and is due by the need "
              "target date, unless the task gives its own Assigned to or Due field. Every task under an outcome "
              "is measured by the outcome's How we will know check, unless the task gives its own Evidence. "
              "Lettered steps inside a task are parts of that task."),
        ("h2", "NEED 1  Tobi and Ada are safe from the effects of their dad's illness"),
        ("pi", "Need lead: Laura Quinn, social worker"),
        ("pi", "Need target date: 03/03/2026 (review conference)"),
        ("boldp", "OUTCOME 1.1  Tobi and Ada see their dad only when he is well and another adult is with them"),
        ("pi", "How we will know: the contact log kept by Comfort, which Laura checks every week, shows every "
               "visit supervised from start to finish, and no visit on a day the EIP team said Samuel was unwell."),
        *_q7_task("1.1.1", "Supervise Samuel's time with Tobi and Ada at 3 Ferry Road, staying in the room "
                           "throughout.",
                  "Assigned to: Comfort Oduya (paternal grandmother)",
                  "Due / frequency: Tuesdays and Saturdays, 2pm to 4pm, from 06/12/2025"),
        *_q7_task("1.1.2", "Visit Tobi and Ada at home, at least one visit in three unannounced, and see Tobi's "
                           "play and how Grace and the children are together.",
                  "Due / frequency: Weekly until the need target date",
                  "Evidence: a visit record on CaseWeave within two working days of each visit, with what Tobi "
                  "said and did and what Ada was doing"),
        ("boldp", "OUTCOME 1.2  The adults around Tobi and Ada know when Samuel is becoming unwell, and he has "
                  "treatment before it can affect the children"),
        ("pi", "How we will know: the EIP record shows Samuel's depot given on time every two weeks, and his "
               "relapse signature plan is signed and held by Grace, Comfort and Laura."),
        *_q7_task("1.2.1", "Treat and review Samuel, and report on whether he can make and keep the changes the "
                           "children need.",
                  "Assigned to: Rhiannon Hale, care coordinator, Quenderby Early Intervention in Psychosis Team "
                  "(EIP)",
                  "Due / frequency: every two weeks; relapse plan by 19/12/2025; report before each core group",
                  "Step a: give Samuel his depot injection and review his mental state at the EIP clinic every "
                  "two weeks.",
                  "Step b: write a relapse signature plan with Samuel, Grace and Comfort by 19/12/2025.",
                  "Step c: tell Comfort and Laura the same day if Samuel is not well enough for a visit.",
                  "Step d: send Laura a written report two working days before each core group on whether "
                  "Samuel is keeping well, whether he can make and keep the changes needed to be safe around "
                  "Tobi and Ada, and how long that is likely to take.",
                  "Evidence: Rhiannon's report on CaseWeave before every core group; the signed relapse plan on "
                  "file by 19/12/2025"),
        *_q7_task("1.2.2", "Take his medication, have his depot every two weeks, keep every EIP appointment, and "
                           "come to 12 Brook Court only when this plan allows.",
                  "Assigned to: Samuel Oduya (father)",
                  "Due / frequency: every day from 04/12/2025",
                  "Evidence: the EIP depot record; Grace tells Laura at each visit whether Samuel has come to the "
                  "flat, and Laura records it"),
        *_q7_task("1.2.3", "Assess whether Samuel can make and keep the changes needed to care for Tobi and Ada "
                           "safely and how long that would take, and give a written opinion on whether and when he "
                           "could live at home again.",
                  "Assigned to: Dr Omar Farooq, consultant psychiatrist, EIP",
                  "Due / frequency: by 30/01/2026",
                  "Evidence: Dr Farooq's letter to Laura by 30/01/2026, shared at the core group on 11/02/2026"),
        ("h2", "NEED 2  Tobi and Ada are healthy and their development is on track"),
        ("pi", "Need lead: Priya Chauhan, health visitor, Quenderby 0-19 Service"),
        ("pi", "Need target date: 03/03/2026 (review conference)"),
        ("boldp", "OUTCOME 2.1  Ada grows well and her immunisations are up to date"),
        ("pi", "How we will know: Ada's weight stays on or above the 50th centile in her red book, and her "
               "immunisations are recorded as up to date by 31/12/2025."),
        *_q7_task("2.1.1", "Home visit to weigh Ada and check her feeding, sleep and development.",
                  "Due / frequency: every two weeks until the need target date"),
        *_q7_task("2.1.2", "Take Ada to Riverside Practice for her missed 12- and 16-week immunisations.",
                  "Assigned to: Grace Oduya (mother)",
                  "Due / frequency: by 31/12/2025"),
        ("boldp", "OUTCOME 2.2  Tobi's speech catches up and he is at nursery every morning"),
        ("pi", "How we will know: the nursery register shows Tobi at no fewer than 9 of every 10 sessions, and his "
               "keyworker's observations show him using three-word sentences by the review conference."),
        *_q7_task("2.2.1", "Give Tobi a funded place five mornings a week, and ring Laura the same day if he is not "
                           "brought or says anything worrying.",
                  "Assigned to: Little Steps Nursery (Mrs Kerry Doyle, manager)",
                  "Due / frequency: every weekday morning from 08/12/2025"),
        *_q7_task("2.2.2", "Take Tobi to nursery by 9am each weekday.",
                  "Assigned to: Grace Oduya (mother)",
                  "Due / frequency: every weekday from 08/12/2025"),
        *_q7_task("2.2.3", "Refer Tobi to Quenderby Children's Speech and Language Therapy with the nursery's "
                           "notes on his speech.",
                  "Due / frequency: by 19/12/2025",
                  "Evidence: the referral-accepted letter on file"),
        ("h2", "NEED 3  Tobi and Ada have a calm home and a mum who has help, so that they are fed, bathed and "
               "played with every day"),
        ("pi", "Need lead: Laura Quinn, social worker"),
        ("pi", "Need target date: 03/03/2026 (review conference)"),
        ("boldp", "OUTCOME 3.1  Tobi and Ada have meals, baths and bedtimes at set times every day"),
        ("pi", "How we will know: the routine chart is up on the kitchen wall, and Laura's and Priya's visit "
               "records show both children clean and fed at no fewer than four of every five visits."),
        *_q7_task("3.1.1", "Sessions with Grace on the children's routines and on Tobi's bedtime.",
                  "Assigned to: Naomi Fry, family support worker, Quenderby Family Hub",
                  "Due / frequency: weekly, 09/12/2025 to 24/02/2026"),
        *_q7_task("3.1.2", "Take Grace, Tobi and Ada to the Thursday stay-and-play at the Family Hub.",
                  "Assigned to: Naomi Fry, family support worker",
                  "Due / frequency: every Thursday from 11/12/2025",
                  "Evidence: the stay-and-play register"),
        *_q7_task("3.1.3", "See Grace about her tiredness and sleep, and write to Laura about how she is coping "
                           "with the children.",
                  "Assigned to: Dr Helen Marsh, GP, Riverside Practice",
                  "Due / frequency: by 19/12/2025",
                  "Evidence: the GP letter on file"),
        ("boldp", "OUTCOME 3.2  Tobi knows, in words he understands, that Daddy is poorly and it is not his "
                  "fault, and who he can tell if he is scared"),
        ("pi", "How we will know: Tobi's story book is finished and read with him by Grace, and his words at "
               "visits are recorded by Laura."),
        *_q7_task("3.2.1", "Make a story book with Tobi and Grace about Daddy being poorly and getting better.",
                  "Due / frequency: three sessions by 31/01/2026"),
        ("h1", "Contingency"),
        ("kv", [
            ("Trigger 1", "Samuel comes to 12 Brook Court outside this plan, or shows signs of becoming unwell "
                          "(the signs in his relapse plan) while the children are with him."),
            ("Response 1", "Grace or Comfort rings 999 if the children are with him and he is unwell; otherwise "
                           "they ring the EIP team (the Crisis Team out of hours) and Laura that day. All visits "
                           "stop until EIP confirms Samuel is well, and Laura holds a strategy discussion with "
                           "Quenderby Police the same day."),
            ("Trigger 2", "Comfort cannot supervise a visit (she is ill, away, or feels she cannot carry on)."),
            ("Response 2", "Comfort tells Laura that day and the visit does not happen. From the next week visits "
                           "move to Quenderby Family Contact Centre on the same days, supervised by a contact "
                           "worker; there is no visit without a supervisor."),
            ("Trigger 3", "Grace lets Samuel stay at 12 Brook Court or leaves the children alone with him."),
            ("Response 3", "Laura holds a strategy discussion the same day. If Grace cannot keep Samuel away, the "
                           "children stay with Grace's sister, Blessing Okafor, at 6 Lime Walk, or, if she cannot "
                           "have them, with Quenderby foster carers that night."),
            ("Legal planning", "If Samuel stops his depot, is readmitted, or has any visit without a supervisor, "
                               "or Ada's weight falls below the 25th centile, Laura will ask Rob Tennant for a "
                               "legal planning meeting within five working days to decide whether the threshold "
                               "for the Public Law Outline is met."),
        ]),
        ("h1", "Review arrangements"),
        ("kv", [
            ("Core group", "Every four weeks, Wednesdays at 10am, Quenderby Family Hub: 17/12/2025, 14/01/2026, "
                           "11/02/2026"),
            ("Review child protection conference", "03/03/2026, 2pm, Quenderby Town Hall"),
            ("Printed by", "L Quinn, 09/12/2025"),
        ]),
    ],
    "findings": [],
})
