"""Batch 149, module p: seven fictional plans (tuning material), places beginning with "p".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: plans whose measures of progress ("how we will know it is working")
and timing are not in a column of the action table. The measure sits in a
separate "Review criteria" table keyed by action reference (Pedderwick), in
the SMART outcome each small action table sits under, with a scaling score
a worker agrees (Pilsbourne), in a "Signs of progress" list keyed by action
number beside tick boxes for how often (Plaxtonbury), in a "How we will know
it is working" list keyed by number under stage banners that give the time
(Pontingham), inside each action sentence under group headings that give the
time once (Prayleigh), in "Measuring success" prose that names the actions
by number beside a week timeline (Purslowe), and in the evidence written
under each outcome that every action points to with "For outcome" and a
ticked frequency box (Pennygarth).

Four plans are exemplary, with no findings under any rule: the Pedderwick
initial conference plan for a baby after withdrawal (docx), the Plaxtonbury
core group plan for a disabled boy of 12 (pdf), the Prayleigh review plan for
a teenager and her brother (md) and the Pennygarth core group plan for two
young children (txt). Three carry realistic faults among mostly good rows:
the Pilsbourne review plan after domestic abuse (docx), the Pontingham
pre-birth plan (pdf) and the Purslowe initial plan for three children (md).

Counting convention used for "actions" (convention 1 in
sample_plans/README.md): every live row of an action table, and every bullet
or numbered action of an action section, counts once. Stage banner rows, the
measures sections and tables, the outcomes, the contingency and the meeting
dates are not actions. No action in these plans is a finished one-off.
Reading used for the measures: a measure counts for an action when the plan
ties it to that action (its reference or number in a criteria table, list or
paragraph, or the evidence written into the outcome the action sits under or
points to); an action that such a section leaves out, with no measure of its
own, has none (M001). A time given once for a stage or group heading is
each action's time there unless the action gives its own; a stage with no
time gives none (T001); only a ticked box gives a time.
"""
from build_batch5 import F, H

PLANS = []


# ---------------------------------------------------------------------------
# 1. Initial conference plan for a 6-week-old baby treated for withdrawal,
#    mother on methadone who used heroin in pregnancy, father's weekend
#    cocaine use, grandmother doing weekend nights. Word action table with
#    Ref / What / Who / By when only; a separate "Review criteria" table,
#    one row per reference, gives what will be checked and the evidence.
#    Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b149_pedderwick_icpc_ref_table_review_criteria_hollis.docx",
    "doc_title": "Initial Child Protection Plan - Mason Hollis",
    "split": "tune",
    "actions": 10,
    "template": "icpc-word-plan-details-kv-why-a-plan-babys-day-numbered-outcomes-then-ref-what-who-by-when-action-table-with-no-measure-column-then-separate-review-criteria-table-keyed-by-ref-what-we-will-look-at-evidence-source-contingency-meetings",
    "description": (
        "Exemplary initial conference plan for a 6-week-old boy treated on a neonatal unit for "
        "withdrawal; his mother is on methadone and used heroin in pregnancy, his father uses "
        "cocaine and cannabis at weekends, and his grandmother does the weekend night feeds. "
        "The Word action table gives only Ref, what, who and by when; a separate Review "
        "criteria table gives, for every reference A1 to A10, what the core group will look at "
        "and where the evidence comes from. The drug service reports on change and its "
        "timescale, the GP owns an action, the grandmother's part has a fallback, legal "
        "planning follows named triggers, core group and review dates are set, and the "
        "baby's day is described."
    ),
    "blocks": [
        ("title", "Initial Child Protection Conference: Child Protection Plan"),
        ("p", "Pedderwick Metropolitan Borough Council | Children's Social Care | Safeguarding Unit"),
        ("kv", [
            ("Child", "Mason Hollis, born 02/12/2025 (6 weeks old)"),
            ("Address", "Flat 11, Corder House, Sallow Street, Pedderwick PW3 8DN"),
            ("Mother", "Jade Hollis (24)"),
            ("Father", "Connor Reid (27), 40 Tanpit Lane, Pedderwick; sees Mason most days"),
            ("Maternal grandmother", "Lorraine Hollis (51), 7 Fenwick Rise, Pedderwick"),
            ("Paternal aunt", "Amy Reid (30), 2 Osier Walk, Pedderwick"),
            ("Category", "Neglect"),
            ("Conference", "Tuesday 13/01/2026, Pedderwick Civic Offices. Chair: Rachel Summerbee (IRO)"),
            ("Social worker", "Hannah Lowther, Children's Social Care Team 4 (team manager: Gareth Ince)"),
        ]),
        ("h1", "Why Mason needs a plan"),
        ("p", "Jade has been dependent on heroin since she was 19. She has been prescribed methadone through "
              "Pedderwick Recovery Hub since 2023 but used heroin on top of her script several times while she "
              "was pregnant, the last time at 34 weeks. Mason was born at Pedderwick General Hospital at 38 weeks "
              "and spent 16 days on the neonatal unit on oral morphine for withdrawal. He went home with Jade on "
              "18/12/2025."),
        ("p", "Connor uses cocaine and cannabis at weekends. On 04/01/2026 the health visitor arrived at 11am "
              "to find him asleep on the sofa with Mason lying beside him. On both of the social worker's visits "
              "since discharge Jade's methadone bottle was standing on the kitchen worktop."),
        ("p", "Jade and Connor both told the conference they want to care for Mason and will work with the plan. "
              "Lorraine has stayed at the flat most weekends since Mason came home."),
        ("h1", "Mason's day"),
        ("p", "Mason is a small, alert baby. On the social worker's visits on 06/01/2026 and 09/01/2026 he was clean "
              "and dressed and took his bottle hungrily. He still startles at sudden noises and his cry can be "
              "high-pitched and hard to soothe, which the neonatal nurses said is common in babies recovering from "
              "withdrawal. He settled fastest when Lorraine held him against her chest and walked up and down. When "
              "Jade was tired she put him in his bouncer and he cried for several minutes before she picked him "
              "up. He sleeps in a Moses basket next to Jade's bed. Jade said: \"He's my reason. I want to be the mum "
              "who's awake for him.\""),
        ("h1", "What needs to be different for Mason"),
        ("numbers", [
            "Mason is cared for at all times by an adult who is not under the influence of heroin, cocaine, "
            "cannabis or alcohol.",
            "Mason is fed on time, gains weight steadily and keeps to his centile line (the 25th at his last "
            "weigh).",
            "Mason sleeps safely on his back in his own Moses basket or cot at every sleep, and methadone and "
            "drugs are never within his reach.",
            "Mason's parents understand what he needs as a baby recovering from withdrawal, and pick him up and "
            "soothe him when he cries.",
        ]),
        ("h1", "Action plan"),
        ("p", "Each action has a reference. What the core group and the review conference will look at to decide "
              "whether an action is working is in the Review criteria table that follows, under the same "
              "reference."),
        ("table", {
            "header": ["Ref", "What will happen", "Who", "By when"],
            "widths": [1.2, 8.3, 4.0, 3.5],
            "rows": [
                ["A1",
                 "Visit Mason at home, at least one visit in four unannounced, and see where he sleeps and how he "
                 "is fed and settled",
                 "Hannah Lowther, SW",
                 "Weekly from 14/01/2026 until the review conference"],
                ["A2",
                 "Weigh Mason, check him for any remaining signs of withdrawal, and go through safe sleep with Jade "
                 "and Connor",
                 "Carys Benton, health visitor",
                 "Every two weeks at Sallow Street Clinic until he is 12 weeks old, then monthly"],
                ["A3",
                 "Supervised daily methadone, weekly key-work and urine screens for Jade, and a written report on "
                 "whether she has stopped using on top of her script, what still has to change for Mason and how "
                 "long that is likely to take",
                 "Tomasz Nowak, recovery worker, Pedderwick Recovery Hub (adult drug service)",
                 "Screens weekly; report two working days before each core group"],
                ["A4",
                 "Take her methadone as prescribed at the pharmacy each day, use no heroin or other drugs, and go "
                 "to every key-work session, so that she is awake and able to respond to Mason day and night",
                 "Jade Hollis (Mum)",
                 "Daily from 14/01/2026; key-work every Tuesday"],
                ["A5",
                 "Have an assessment of his cocaine and cannabis use and join the weekend-use group, so that he is "
                 "never under the influence when he is with Mason",
                 "Connor Reid (Dad), with Pedderwick Recovery Hub",
                 "Assessment by 27/01/2026, then the group every Thursday"],
                ["A6",
                 "Send the SW Jade's and Connor's prescribing and health history, and tell the SW if Jade misses a "
                 "methadone review",
                 "Dr Imran Qureshi, GP, Sallow Street Medical Practice",
                 "History by 23/01/2026; any missed review within two working days"],
                ["A7",
                 "Fit a locked box for Jade's methadone and show Jade and Connor where it is kept, out of Mason's "
                 "reach",
                 "Shelley Adair, family support worker",
                 "By 20/01/2026"],
                ["A8",
                 "Stay at Corder House on Friday and Saturday nights, do Mason's night feeds with Jade and write "
                 "them on his feed chart",
                 "Lorraine Hollis (maternal grandmother)",
                 "Every Friday and Saturday night from 16/01/2026 until the review conference"],
                ["A9",
                 "Complete a parenting assessment of Jade and Connor, including observations of Mason's feeds and "
                 "bath time",
                 "Hannah Lowther, SW",
                 "By 06/03/2026"],
                ["A10",
                 "Hold a family network meeting with Jade, Connor, Lorraine and Amy to agree who looks after Mason "
                 "if Jade or Connor use drugs",
                 "Hannah Lowther, SW",
                 "By 30/01/2026"],
            ],
        }),
        ("h1", "Review criteria"),
        ("p", "The core group will go through every line of this table at each meeting, and the review conference "
              "will use it to decide whether the plan is working for Mason."),
        ("table", {
            "header": ["Ref", "What we will look at", "Where the evidence comes from"],
            "widths": [1.2, 9.3, 6.5],
            "header_fill": "E2EFDA",
            "rows": [
                ["A1",
                 "Mason seen every week, at least one visit in four unannounced, with where he was sleeping and how "
                 "he was fed and settled written down each time",
                 "SW visit records on Mason's file"],
                ["A2",
                 "Mason's weight on or above his centile line at every weigh; safe sleep talked through with both "
                 "parents by 31/01/2026",
                 "Red book and HV records, copied to the SW after each weigh"],
                ["A3",
                 "Every weekly screen result, and Tomasz's view of whether Jade is making the changes Mason needs "
                 "and how long that will take",
                 "Written report from Pedderwick Recovery Hub before each core group"],
                ["A4",
                 "Every daily dose collected, every screen clear of heroin and other drugs, and every Tuesday "
                 "key-work session attended",
                 "Pharmacy dispensing record and the Recovery Hub's screen results"],
                ["A5",
                 "Assessment done by 27/01/2026; the Thursday group attended each week; no sign of drug use when "
                 "Connor is with Mason",
                 "Recovery Hub attendance letter; SW and HV visit records"],
                ["A6",
                 "GP letter on file by 23/01/2026; any missed methadone review reported within two working days",
                 "GP letter and e-mails on Mason's file"],
                ["A7",
                 "The locked box fitted, and the methadone inside it at every visit",
                 "Family support worker's note of the fitting; SW and HV visit records"],
                ["A8",
                 "Lorraine at the flat every Friday and Saturday night, and every night feed written on the chart",
                 "Feed chart, read by the SW at each visit"],
                ["A9",
                 "A written assessment giving a clear view on whether Jade and Connor can meet Mason's needs",
                 "Parenting assessment report shared with the core group by 10/03/2026"],
                ["A10",
                 "A written network plan naming who steps in for Jade, for Connor and for Lorraine",
                 "Network plan sent to every core group member"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If Jade or Connor are found under the influence of drugs or alcohol while caring for Mason, Jade has "
              "a screen positive for heroin or cocaine, or methadone is found outside the locked box, Hannah will "
              "hold a strategy discussion with Pedderwick Police the same day, and Mason will go to stay with "
              "Lorraine at 7 Fenwick Rise until it has taken place."),
        ("p", "If Lorraine cannot stay on a Friday or Saturday night, or cannot have Mason (she is ill, away, or the "
              "arrangement breaks down), Amy Reid will stay instead. If neither of them can, Hannah will arrange "
              "that day for Mason to go to Pedderwick foster carers, and Jade will be offered a parent and baby "
              "placement."),
        ("p", "If Mason loses weight at two weighs in a row, or Jade has two positive screens before the review, "
              "Hannah will ask Gareth Ince for a legal planning meeting within five working days to decide whether "
              "to start the Public Law Outline."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks on Tuesdays at 1.30pm, Sallow Street Family Hub: 27/01/2026, 24/02/2026 "
            "and 24/03/2026.",
            "Review child protection conference: Tuesday 07/04/2026, 10am, Pedderwick Civic Offices.",
            "Hannah will bring a short written account of what she has seen of Mason's day to every core group.",
        ]),
        ("p", "Copies to Jade, Connor, Lorraine and everyone named in the plan."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. First review conference plan after domestic abuse, two primary school
#    children, father moved out and sees them at the grandmother's house.
#    Each outcome is SMART with its own "How we will measure it" (register,
#    police log, scaling agreed with a worker); the small table under each
#    outcome gives only who / what / when. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b149_pilsbourne_rcpc_smart_outcomes_actions_under_goldsworthy.docx",
    "doc_title": "Review Child Protection Plan - Ellis and Rosie Goldsworthy",
    "split": "tune",
    "actions": 13,
    "template": "rcpc-word-plan-details-since-icpc-childrens-views-then-one-heading-per-smart-outcome-with-how-we-will-measure-it-paragraph-and-scaling-then-small-no-action-who-when-table-under-it-then-other-actions-table-contingency-meetings",
    "description": (
        "First review conference plan for an 8-year-old and a 5-year-old after domestic abuse; "
        "their father has moved out and sees them on Saturdays at their grandmother's, who "
        "supervises. Each outcome is written as a SMART outcome with its own 'How we will "
        "measure it' paragraph (the school register, the police log, scaling agreed with a "
        "worker), and the small table under it gives only who, what and when; those rows are "
        "measured by their outcome. Faults: one outcome is only about the mother and is "
        "measured by her 'engagement' (F002, and M002 on its action), the bedtime routine "
        "support is 'Ongoing', and the 'Other actions' table has no outcome or measure: the "
        "family's childcare 'as and when' and a school nursing referral. The contingency does "
        "not say what happens if the grandmother cannot supervise contact."
    ),
    "blocks": [
        ("title", "Review Child Protection Conference: Child Protection Plan"),
        ("p", "Pilsbourne County Council - Children and Families - Family Safeguarding Service (North)"),
        ("kv", [
            ("Children", "Ellis Goldsworthy (8), DOB 21/03/2017, Year 4; Rosie Goldsworthy (5), DOB 09/09/2020, "
                         "Reception. Both at St Anne's Primary, Pilsbourne"),
            ("Address", "3 Hatchet Lane, Pilsbourne PB7 2SR"),
            ("Mother", "Kayleigh Goldsworthy (29)"),
            ("Father", "Dean Marsh (33), 12 Ribbon Way, Pilsbourne; moved out 24/10/2025"),
            ("Maternal grandmother", "Pat Goldsworthy, 19 Kiln Street, Pilsbourne"),
            ("Category", "Emotional abuse (both children)"),
            ("Initial conference", "20/10/2025"),
            ("This conference", "First review, Monday 19/01/2026. Chair: Andrea Whitlam (IRO)"),
            ("Social worker", "Megan Holt (team manager: Paul Kershaw)"),
        ]),
        ("h1", "Since the initial conference"),
        ("p", "The initial conference followed the third police call-out to Hatchet Lane in 2025, when Dean pushed "
              "Kayleigh into a door while Ellis and Rosie were on the stairs. Dean moved out four days after the "
              "conference and has not been back to the house. He started the Choices programme on 14/01/2026 "
              "after a waiting list. He has seen the children every Saturday at Pat's house, with Pat in the "
              "room, and Pat says the visits have gone well."),
        ("p", "There have been no police call-outs since October. Ellis's attendance was 88% last term and he had "
              "six incidents on the school's behaviour log, mostly fights at lunchtime. Rosie has been getting "
              "into Kayleigh's bed most nights and has started wetting during the day again."),
        ("h1", "What Ellis and Rosie have told us"),
        ("p", "Ellis (seen on his own at school, 12/01/2026): \"It's quieter now Dad's at his flat. I like "
              "Saturdays at Nana's but I don't like it when Dad asks questions about Mum.\" He put his worries "
              "at 7 out of 10, and said they are worst at bedtime \"because that's when the shouting used to "
              "be\"."),
        ("p", "Rosie (seen at home, 14/01/2026) drew her house with everyone in one bed \"so nobody gets hurt\". "
              "She told the social worker she likes Nana's biscuits and Daddy's games on Saturdays."),
        ("h1", "The plan"),
        ("p", "The plan is set out under four outcomes. Each outcome says what will be different for the children "
              "by the second review and how we will measure it; the actions under it say who will do what and "
              "when. A further table lists other actions agreed at this conference."),
        ("h2", "Outcome 1: Ellis and Rosie live at home without violence or threats, and see their dad only when "
               "contact is safe and supervised"),
        ("p", "How we will measure it: by the second review there will be no police call-outs to 3 Hatchet Lane, "
              "checked each month against the Domestic Abuse Unit's log; every Saturday contact will be supervised "
              "and written up in the contact book, which the SW reads at each visit; and Kayleigh's safety score, "
              "which she and the SW agree at each visit, will have risen from 4 today to at least 7."),
        ("table", {
            "header": ["No.", "Action", "Who", "When"],
            "widths": [1.0, 8.0, 4.5, 3.5],
            "rows": [
                ["1.1",
                 "Safety planning sessions with Kayleigh, including what she and the children do if Dean comes to "
                 "the house",
                 "Sana Mirza, IDVA, Pilsbourne Domestic Abuse Service",
                 "Every two weeks from 26/01/2026"],
                ["1.2",
                 "Keep the warning flag on 3 Hatchet Lane and tell the SW about any call-out or report involving "
                 "Dean",
                 "Pilsbourne Police Domestic Abuse Unit",
                 "Within 24 hours of any incident; log checked on the first Monday of each month"],
                ["1.3",
                 "Attend the Choices domestic abuse perpetrator programme",
                 "Dean Marsh (Dad); his programme worker, Ollie Brandt, reports to the SW",
                 "Wednesdays for 24 weeks from 14/01/2026"],
                ["1.4",
                 "Supervise Dean's contact with Ellis and Rosie at her home and write each contact up in the "
                 "contact book",
                 "Pat Goldsworthy (maternal grandmother)",
                 "Every Saturday, 10am to 1pm"],
            ],
        }),
        ("h2", "Outcome 2: Ellis goes to school every day, can talk about what happened at home and worries less"),
        ("p", "How we will measure it: by the second review Ellis's attendance will be 95% or more on the school "
              "register (88% last term); his worry score, which he gives his learning mentor each week and the "
              "mentor records, will be down from 7 to 4 or lower; and the behaviour log will show no more than one "
              "incident in each half term."),
        ("table", {
            "header": ["No.", "Action", "Who", "When"],
            "widths": [1.0, 8.0, 4.5, 3.5],
            "rows": [
                ["2.1",
                 "Check Ellis's attendance each morning and ring Kayleigh by 9.30am if he is not in",
                 "Mrs Joanna Peel, DSL, St Anne's Primary",
                 "Every school day"],
                ["2.2",
                 "One-to-one sessions with Ellis using the Worry Monster programme",
                 "Mr Kofi Asante, learning mentor, St Anne's Primary",
                 "Thursday afternoons, weekly through the spring term"],
                ["2.3",
                 "Direct work with Ellis and Rosie about the arguments they saw and who they can tell if they are "
                 "scared",
                 "Megan Holt, SW",
                 "Four sessions by 13/03/2026"],
            ],
        }),
        ("h2", "Outcome 3: Rosie sleeps in her own bed and has a calm bedtime"),
        ("p", "How we will measure it: by the second review Rosie's sleep diary, kept by Kayleigh and read by the SW "
              "at each visit, will show her sleeping in her own bed at least five nights in seven."),
        ("table", {
            "header": ["No.", "Action", "Who", "When"],
            "widths": [1.0, 8.0, 4.5, 3.5],
            "rows": [
                ["3.1",
                 "Ongoing support with a bedtime routine for both children",
                 "Leanne Ford, family support worker",
                 "Ongoing"],
                ["3.2",
                 "Fill in Rosie's sleep diary every morning and have it ready for each SW visit",
                 "Kayleigh Goldsworthy (Mum)",
                 "Every morning from 20/01/2026"],
            ],
        }),
        ("h2", "Outcome 4: Kayleigh feels more confident and is able to stand up to Dean"),
        ("p", "How we will measure it: Kayleigh's engagement with the Freedom Programme improves."),
        ("table", {
            "header": ["No.", "Action", "Who", "When"],
            "widths": [1.0, 8.0, 4.5, 3.5],
            "rows": [
                ["4.1",
                 "Attend the Freedom Programme at Pilsbourne Family Hub",
                 "Kayleigh Goldsworthy (Mum)",
                 "Tuesdays for 12 weeks from 27/01/2026"],
            ],
        }),
        ("h2", "Other actions agreed at this conference"),
        ("table", {
            "header": ["No.", "Action", "Who", "When"],
            "widths": [1.0, 8.0, 4.5, 3.5],
            "rows": [
                ["5.1",
                 "Help Kayleigh with childcare for the children when she goes to her groups",
                 "Family",
                 "As and when"],
                ["5.2",
                 "Refer Rosie to the school nursing service about her daytime wetting",
                 "Megan Holt, SW",
                 "By 30/01/2026"],
                ["5.3",
                 "Ask Pilsbourne Homes to fit a video doorbell and a second lock on the front door, so that "
                 "Kayleigh can see who is calling; the SW will check both are fitted at her next visit",
                 "Sana Mirza, IDVA",
                 "By 06/02/2026"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If Dean comes to 3 Hatchet Lane, contacts Kayleigh outside the agreed arrangements, or the police are "
              "called to any incident involving him, Kayleigh will ring 999 and then Megan, Megan will hold a "
              "strategy discussion with the Domestic Abuse Unit the same day, and Saturday contact will stop until "
              "it has taken place. If Dean will not stay away, Kayleigh and the children will be offered a place "
              "at Pilsbourne Women's Refuge that day."),
        ("p", "If Dean is arrested for another incident involving Kayleigh, or Ellis's attendance falls below 90% "
              "again by the next core group, Megan will ask Paul Kershaw for a legal planning meeting within ten "
              "working days."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every six weeks, Mondays at 3.30pm at St Anne's Primary: 02/03/2026, 13/04/2026 and "
            "25/05/2026.",
            "Second review child protection conference: Monday 13/07/2026, 1pm, Pilsbourne County Hall.",
        ]),
    ],
    "findings": [
        F("F002", "Kayleigh feels more confident and is able to stand up to Dean"),
        F("M002", "Attend the Freedom Programme at Pilsbourne Family Hub"),
        F("T002", "Ongoing support with a bedtime routine for both children"),
        F("W002", "Help Kayleigh with childcare for the children when she goes"),
        F("T002", "Help Kayleigh with childcare for the children when she goes"),
        F("M001", "Help Kayleigh with childcare for the children when she goes"),
        F("M001", "Refer Rosie to the school nursing service about her"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Core group plan (revised at the first core group) for a non-verbal boy
#    of 12 with cerebral palsy, a gastrostomy and a pressure sore; missed
#    hospital appointments and weight loss; parents worn out since short
#    breaks stopped; grandmother has him on Sundays. Word form printed to
#    PDF: the action table's "How often" cell is a column of tick boxes (only
#    the ticked one is the plan's); a "Signs of progress" list keyed by action
#    number gives each measure. Exemplary (pdf)
# ---------------------------------------------------------------------------
def _often(ticked, other=""):
    """The "How often / by when" tick boxes; only the ticked line is the plan's time."""
    lines = []
    for label in ("Daily", "Weekly", "Fortnightly", "Monthly"):
        lines.append(("[X] " if label == ticked else "[ ] ") + label)
    if ticked == "By":
        lines.append("[X] By: " + other)
    else:
        lines.append("[ ] By: __/__/____")
    if ticked == "Other":
        lines.append("[X] Other: " + other)
    else:
        lines.append("[ ] Other:")
    return "\n".join(lines)


PLANS.append({
    "name": "b149_plaxtonbury_cg_plan_tick_boxes_signs_of_progress_fennimore.pdf",
    "doc_title": "Core Group Child Protection Plan - Toby Fennimore",
    "split": "tune",
    "actions": 11,
    "header": "OFFICIAL - SENSITIVE | Plaxtonbury Council | Children with Disabilities Team",
    "footer": "Toby Fennimore - core group plan revised 22/01/2026 - page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "template": "core-group-plan-word-form-printed-to-pdf-header-footer-details-kv-what-toby-tells-us-eye-gaze-and-signs-outcomes-then-no-what-lead-table-with-tick-box-how-often-cell-then-signs-of-progress-list-keyed-by-action-number-contingency-meetings-agreed-yes-no-boxes",
    "description": (
        "Exemplary child protection plan revised at the first core group for a non-verbal "
        "12-year-old with cerebral palsy, a gastrostomy and a pressure sore, whose weight had "
        "fallen and who had missed most of his hospital appointments while his short breaks "
        "were stopped. A Word form printed to PDF with a page header and footer: the 'How often "
        "/ by when' cell of each action is a column of tick boxes (Daily, Weekly, Fortnightly, "
        "Monthly, By date, Other) with one ticked, and a 'Signs of progress' list gives the "
        "measure for every action by its number. Toby's voice comes from his eye-gaze choices "
        "and his signs; his grandmother's Sundays have a fallback; legal planning follows named "
        "triggers; core group and review dates are set. No parental illness is recorded."
    ),
    "blocks": [
        ("title", "Child Protection Plan - revised at core group 1"),
        ("kv", [
            ("Child", "Toby Fennimore, DOB 15/06/2013 (12), Thornleigh Park School"),
            ("Address", "27 Quarry Bank Road, Plaxtonbury PX2 5HW"),
            ("Parents", "Sharon Fennimore (41) and Mark Fennimore (44)"),
            ("Sister", "Evie Fennimore (16), Year 11, Plaxtonbury High School"),
            ("Paternal grandmother", "Irene Fennimore, 6 Mill Court, Plaxtonbury"),
            ("Category", "Neglect"),
            ("Initial conference", "08/01/2026. Chair: Moira Fallon (IRO)"),
            ("Core group 1", "22/01/2026, Thornleigh Park School. Plan revised at this meeting"),
            ("Social worker", "Joel Stannard, Children with Disabilities Team (team manager: Ruth Barwick)"),
        ]),
        ("h1", "About Toby"),
        ("p", "Toby has quadriplegic cerebral palsy and epilepsy and is fed through a gastrostomy. He does not use "
              "words. He answers yes by looking up and no by looking down, and at school he uses an eye-gaze "
              "computer with picture pages. He loves music, swimming and his sister."),
        ("p", "In 2025 Toby missed 7 of his 11 hospital appointments, including his orthopaedic and gastrostomy "
              "reviews. His weight fell from the 9th centile to below the 0.4th. In November school staff found a "
              "grade 3 pressure sore at the base of his spine. Toby's overnight short breaks stopped in the summer "
              "when Hollybank House closed for building work, and Sharon and Mark said at conference that since "
              "then they have been \"running on empty\". Mark works nights, and on most evenings Toby stays in his "
              "wheelchair from coming home until bedtime."),
        ("h1", "What Toby tells us"),
        ("p", "On 15/01/2026 his teacher asked Toby about evenings at home using his eye-gaze 'How I feel' page. "
              "He chose 'sad', then 'chair' and 'sore'. Asked about Sundays, he chose 'happy' and 'Nana'. When "
              "Evie comes into the room he smiles and vocalises loudly. Staff and his parents know that when he is "
              "uncomfortable he grimaces, turns his head away and rocks; the social worker saw him do this after "
              "an hour in his chair on 13/01/2026, and saw him relax and laugh once Sharon lifted him onto the "
              "floor mat."),
        ("h1", "What we want for Toby by the review conference"),
        ("bullets", [
            "Toby is out of his wheelchair and repositioned through the day and night, and his pressure sore heals "
            "with no new sores.",
            "Toby gets all his feeds and his weight climbs back to at least the 0.4th centile.",
            "Toby goes to every hospital appointment he needs.",
            "Toby has regular overnight short breaks, and his family have enough help to keep caring for him at "
            "home.",
        ]),
        ("h1", "The plan"),
        ("p", "Tick one box for how often or by when. How we will know each action is working is in 'Signs of "
              "progress' below, under the same number."),
        ("table", {
            "header": ["No.", "What needs to happen", "Lead", "How often / by when"],
            "widths": [1.0, 8.0, 4.3, 3.7],
            "rows": [
                ["1",
                 "See Toby at home out of his wheelchair, ask him about his week with his eye-gaze 'How I feel' "
                 "page, and check his repositioning and feed charts",
                 "Joel Stannard, SW",
                 _often("Weekly")],
                ["2",
                 "Check and dress Toby's pressure sore, and show Sharon and Mark how to check his skin at every "
                 "change",
                 "Ruth Okonkwo, community children's nurse",
                 _often("Other", "Mondays and Thursdays until the sore has healed")],
                ["3",
                 "Weigh Toby and review his gastrostomy feed plan, and write any change into his feeding plan",
                 "Anita Shore, paediatric dietitian, Plaxtonbury Children's Hospital",
                 _often("Fortnightly")],
                ["4",
                 "Turn Toby every three hours at night, get him out of his chair within an hour of coming home, "
                 "give every feed on his plan, and fill in his repositioning and feed charts",
                 "Sharon and Mark Fennimore (parents)",
                 _often("Daily")],
                ["5",
                 "Put every outstanding hospital appointment for Toby into one diary, book hospital transport for "
                 "each, and send the diary to Sharon, Mark and the SW",
                 "Bev Latchford, complex care coordinator, Plaxtonbury Children's Hospital",
                 _often("By", "06/02/2026")],
                ["6",
                 "Take Toby to every appointment in the diary, or ring Bev at least two days before if he cannot "
                 "go",
                 "Sharon and Mark Fennimore (parents)",
                 _often("Other", "at every booked appointment")],
                ["7",
                 "Agree an interim overnight short break for Toby at Larkspur Lodge, two nights a month, until "
                 "Hollybank House reopens",
                 "Joel Stannard, SW",
                 _often("By", "13/02/2026")],
                ["8",
                 "Assess Toby's bedroom for a profiling bed, a pressure-relieving mattress and a ceiling hoist, and "
                 "order what he needs",
                 "Tariq Mahmood, occupational therapist, Plaxtonbury Children's Therapy Service",
                 _often("By", "20/02/2026")],
                ["9",
                 "Check Toby's skin at his midday change and write his skin check, his seizures and his mood in "
                 "the home-school diary",
                 "Lisa Crane, school nurse, Thornleigh Park School",
                 _often("Daily")],
                ["10",
                 "Have Toby for the day on Sundays, give his lunchtime feed and get him out of his chair for the "
                 "afternoon",
                 "Irene Fennimore (Nana)",
                 _often("Weekly")],
                ["11",
                 "Talk with Evie on her own about what home is like for her and how much of Toby's care she does, "
                 "and offer her a young carer's assessment",
                 "Joel Stannard, SW",
                 _often("By", "27/02/2026")],
            ],
        }),
        ("h1", "Signs of progress"),
        ("p", "What the core group will look for at each meeting, by action number."),
        ("p", "Action 1 - visit records show Toby seen every week out of his chair, the answers he gave on his "
              "eye-gaze page written down, and both charts seen filled in."),
        ("p", "Action 2 - the nurse's wound chart shows the sore getting smaller at each dressing, and no new red "
              "or broken skin is found."),
        ("p", "Action 3 - Toby's weight is plotted at every weigh and goes up each time; the dietitian's letter "
              "with the updated feeding plan is copied to the SW."),
        ("p", "Action 4 - the repositioning chart shows a turn at least every three hours each night, and the "
              "feed chart shows every feed given."),
        ("p", "Action 5 - the appointments diary is on Toby's file by 06/02/2026, with transport booked for "
              "every appointment in it."),
        ("p", "Action 6 - the hospital's attendance list, sent by Bev before each core group, shows every "
              "appointment attended or cancelled two days ahead."),
        ("p", "Action 7 - a written short break agreement with Larkspur Lodge and Toby's first two nights there "
              "are on file."),
        ("p", "Action 8 - the OT's assessment report is on file and the delivery dates for the bed, mattress and "
              "hoist are confirmed in writing."),
        ("p", "Action 9 - the home-school diary has a skin check written in every school day, and the school "
              "nurse rings the SW the same day about any new mark."),
        ("p", "Action 10 - Irene writes each Sunday in the home-school diary what Toby ate and did, and Toby "
              "chooses 'Nana' or 'happy' about Sundays when he is asked on his eye-gaze page."),
        ("p", "Action 11 - the SW's record of his talk with Evie, in her own words, and her young carer's "
              "assessment referral on file."),
        ("h1", "If things go wrong"),
        ("p", "If Toby misses two hospital appointments in a row, loses weight at two weighs in a row, has a new "
              "pressure sore of grade 2 or worse, or is found at a visit to have been in his wheelchair for more "
              "than three hours, Joel will hold a strategy discussion with Toby's community paediatrician the "
              "same day. If his weight or skin needs it, Toby will be admitted to Plaxtonbury Children's Hospital "
              "that day; otherwise Joel will arrange an emergency stay at Larkspur Lodge that day."),
        ("p", "If Irene cannot have Toby on a Sunday (she is ill or away), Joel will book a Sunday day session at "
              "Larkspur Lodge for that week, so that Sharon and Mark still get their break."),
        ("p", "If Toby's weight is not back to the 0.4th centile by the review conference, or he misses two more "
              "appointments, Joel will ask Ruth Barwick for a legal planning meeting within five working days."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks at Thornleigh Park School, Thursdays at 3.45pm: 19/02/2026 and "
            "19/03/2026.",
            "Review child protection conference: Thursday 02/04/2026, 10am, Plaxtonbury Town Hall.",
        ]),
        ("p", "Plan agreed with Sharon and Mark: Yes [X]  No [ ]      Copy given to the family: Yes [X]  No [ ]"),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Pre-birth initial conference plan, mother with bipolar disorder who
#    stopped lithium and was admitted in pregnancy; father supportive;
#    grandmother moving in for six weeks after the birth. Word table printed
#    to PDF with stage banner rows giving the time (before 36 weeks, before
#    discharge, until baby is six weeks old; a last "longer-term" stage gives
#    none), and a
#    "How we will know it is working" list keyed by action number. Faulty
#    (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b149_pontingham_prebirth_stage_banners_how_we_will_know_ashdown.pdf",
    "doc_title": "Pre-birth Child Protection Plan - Baby of Ellie Ashdown",
    "split": "tune",
    "actions": 15,
    "header": "OFFICIAL-SENSITIVE - Pontingham City Council - Pre-birth Child Protection Plan",
    "footer": "Baby of Ellie Ashdown - ICPC 08/01/2026 - Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "template": "prebirth-icpc-word-plan-printed-to-pdf-header-footer-details-worries-babys-world-outcomes-then-no-what-who-table-with-stage-banner-rows-giving-the-time-then-how-we-will-know-list-keyed-by-action-number-contingency-meetings",
    "description": (
        "Pre-birth initial conference plan for a baby due in March 2026; the mother has bipolar "
        "disorder, stopped lithium and was admitted in pregnancy, the father is supportive and "
        "the maternal grandmother will move in for six weeks. A Word table printed to PDF with "
        "banner rows that time each stage (by 36 weeks, before discharge, until the baby is six "
        "weeks old) and a 'How we will know it is working' list keyed by action number. The "
        "perinatal psychiatrist assesses change and most rows are sound. Faults: the CPN only "
        "supports the mother and is measured by her mood (H001, M002), the list leaves out the "
        "family hub referral and the discharge planning meeting (M001), the HV's visits are "
        "only 'monitored' (M002), 'All professionals' share worries (W002), the mother's "
        "wellbeing group starts 'when she feels ready' (T002), and the last stage, "
        "'longer-term work', gives the parenting group no time (T001)."
    ),
    "blocks": [
        ("title", "Pre-birth Child Protection Plan"),
        ("kv", [
            ("Unborn baby", "Baby of Ellie Ashdown, due 04/03/2026"),
            ("Mother", "Ellie Ashdown (22), Flat 3, 58 Carder Street, Pontingham PN1 4JT"),
            ("Father", "Ryan Teague (25), lives with Ellie"),
            ("Maternal grandmother", "Debbie Ashdown (47), 14 Wharf Road, Pontingham"),
            ("Category", "Neglect (likelihood of future harm)"),
            ("Conference", "Initial pre-birth conference, 08/01/2026 (Ellie 32 weeks pregnant). Chair: Colin "
                           "Maddox (IRO)"),
            ("Social worker", "Priya Kaur, Pontingham Children's Services, Pre-birth Team (team manager: Steph "
                              "Lund)"),
            ("Hospital", "Pontingham General Hospital, Maple Ward (maternity)"),
        ]),
        ("h1", "Why we are worried"),
        ("p", "Ellie was diagnosed with bipolar affective disorder in 2022. She stopped taking lithium when she "
              "found out she was pregnant, and at 21 weeks she became manic, stopped sleeping and spent two days "
              "walking the town centre. She was admitted to Cedar Ward under section 2 from 15/10/2025 to "
              "05/11/2025 and is now taking quetiapine. The perinatal psychiatrist has told conference that Ellie "
              "has a high risk of becoming unwell again in the first weeks after the birth, including a risk of "
              "postpartum psychosis."),
        ("p", "Ryan has been with Ellie for three years. He went to every ward round while she was in hospital and "
              "wants to care for the baby with her. There are no concerns about Ryan's own health or his use of "
              "alcohol or drugs. Debbie has offered to live at the flat for the first six weeks after the birth."),
        ("h1", "The baby's world"),
        ("p", "The baby will be Ellie and Ryan's first child. The spare room has a cot, a changing mat and a "
              "wardrobe of baby clothes that Ellie has washed and folded; the midwife saw them on 05/01/2026. "
              "Ellie talks to the bump every evening and says the baby kicks hardest when Ryan plays his guitar. "
              "After the birth the baby will need to be fed every three hours day and night, and will depend on "
              "an adult who is awake, calm and well enough to notice when something is wrong. If Ellie becomes "
              "unwell, the baby will need Ryan or Debbie to be the one who is always there."),
        ("h1", "What we want for the baby"),
        ("numbers", [
            "The baby is born safely and goes home with a plan that everyone around Ellie knows and follows.",
            "The baby is cared for at every feed and every sleep by an adult who is well, awake and sober.",
            "The baby is fed, gains weight and sleeps safely on their back in their own cot.",
            "If Ellie's mood changes, the baby is kept safe with Ryan or Debbie and Ellie gets help the same day.",
        ]),
        ("h1", "The plan"),
        ("p", "The banner rows give the time for every action under them unless an action gives its own. How we "
              "will know each action is working is in the list after the table, by number."),
        ("table", {
            "header": ["No.", "What will happen", "Who"],
            "widths": [1.0, 10.2, 5.8],
            "rows": [
                ["Stage 1 - before 36 weeks: every action here by 04/02/2026", H, H],
                ["1",
                 "Assess Ellie's risk of becoming unwell after the birth, her capacity to keep well and make the "
                 "changes the baby needs, and how long that is likely to take, in a written report",
                 "Dr Nadia Ferrante, consultant perinatal psychiatrist, Pontingham Perinatal Mental Health Service"],
                ["2",
                 "Visit Ellie every fortnight to support her with her mood and help her keep taking her quetiapine",
                 "Lou Parkes, CPN, Pontingham Perinatal Mental Health Service"],
                ["3",
                 "Complete the pre-birth assessment, including the parts Ryan and Debbie will play in caring for "
                 "the baby",
                 "Priya Kaur, SW"],
                ["4",
                 "Refer Ellie and Ryan to the Pontingham Family Hub for a family support worker",
                 "Priya Kaur, SW"],
                ["5",
                 "Check the cot and the baby's room, and go through safe sleep and feeding plans with Ellie and Ryan",
                 "Joanna Briggs, community midwife"],
                ["6",
                 "Tell the SW the same day about any worry about Ellie's mood or the baby's safety",
                 "All professionals"],
                ["Stage 2 - on Maple Ward, before the baby goes home", H, H],
                ["7",
                 "Hold a discharge planning meeting on the ward with Ellie, Ryan, Debbie, the midwife and the "
                 "perinatal team",
                 "Priya Kaur, SW"],
                ["8",
                 "Watch Ellie's sleep, mood and care of the baby on the ward, and tell the SW and the perinatal team "
                 "the same day about any early warning sign",
                 "Sister Grace Obi, ward manager, Maple Ward"],
                ["9",
                 "See Ellie on the ward and give a written view on whether she is well enough for the baby to go "
                 "home with her",
                 "Dr Nadia Ferrante, consultant perinatal psychiatrist"],
                ["Stage 3 - the first six weeks at home, until the baby is six weeks old", H, H],
                ["10",
                 "Live at the flat with Ellie, Ryan and the baby and do the night feeds at least four nights a "
                 "week, so that Ellie can sleep",
                 "Debbie Ashdown (maternal grandmother)"],
                ["11",
                 "Visit the baby at home every week, one visit in three unannounced",
                 "Priya Kaur, SW"],
                ["12",
                 "Visit to weigh the baby and check Ellie for early signs of becoming unwell",
                 "Hannah Coyle, health visitor"],
                ["13",
                 "Start the Pontingham Mums' Wellbeing group, when she feels ready",
                 "Ellie Ashdown (Mum)"],
                ["Stage 4 - longer-term work", H, H],
                ["14",
                 "Go to the Baby Steps parenting group together at the Family Hub",
                 "Ellie Ashdown and Ryan Teague"],
                ["15",
                 "Complete a parenting assessment of Ellie and Ryan with the baby, by 30/04/2026",
                 "Priya Kaur, SW"],
            ],
        }),
        ("h1", "How we will know it is working"),
        ("bullets", [
            "1 - Dr Ferrante's written report is with the SW by 04/02/2026 and is read at the core group.",
            "2 - Ellie says her mood is stable.",
            "3 - The pre-birth assessment report is sent to every core group member by 04/02/2026.",
            "5 - The midwife records that the cot is set up with nothing in it, and Ellie and Ryan sign the safe "
            "sleep and feeding plan.",
            "6 - Every worry is written on the pre-birth file on the day it is raised, with the name of whoever "
            "raised it.",
            "8 - The ward's observation notes are sent to the SW on the day of discharge.",
            "9 - Dr Ferrante's written view is with the SW before the baby leaves the ward.",
            "10 - Debbie fills in the night-feed chart, which the SW reads at every visit.",
            "11 - Visit records show the baby seen every week, where the baby was sleeping and how Ellie "
            "responded to the baby.",
            "12 - The baby's weight and Ellie's wellbeing will be monitored by the HV.",
            "13 - The group leader sends the SW the register each month.",
            "14 - The Baby Steps attendance sheet is sent to the SW after weeks 4 and 8.",
            "15 - The parenting assessment report is shared with the core group.",
        ]),
        ("h1", "Contingency plan"),
        ("p", "Ellie's early warning signs are two nights in a row with little or no sleep, talking very fast or "
              "about special powers, and stopping her quetiapine. If Ryan, Debbie or any professional sees one of "
              "them, they will ring the Pontingham Perinatal Crisis Team, who will see Ellie the same day, and "
              "Ellie will not be left alone with the baby until the crisis team has seen her. If Ellie is admitted, "
              "the perinatal team will ask for a bed for Ellie and the baby together at the Rowan Mother and Baby "
              "Unit."),
        ("p", "If Debbie cannot stay or has to leave (she is ill, or the arrangement breaks down), Ryan will take "
              "the two weeks' leave his employer has agreed, and Priya will hold a family network meeting within "
              "two working days to agree who covers the nights. If nobody can, Priya will arrange a foster "
              "placement for the baby that day, with daily contact for Ellie and Ryan."),
        ("p", "If Ellie stops her medication or becomes unwell before the birth, Priya will ask Steph Lund for a "
              "legal planning meeting within five working days."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group: 22/01/2026 and 19/02/2026 at Carder Street Family Hub, 2pm, then every four weeks after "
            "the birth, with the first within ten working days of the baby going home.",
            "Review child protection conference: Wednesday 01/04/2026, 10am, Pontingham Civic Centre.",
        ]),
    ],
    "findings": [
        F("H001", "Visit Ellie every fortnight to support her with her mood"),
        F("M002", "Visit Ellie every fortnight to support her with her mood"),
        F("M001", "Refer Ellie and Ryan to the Pontingham Family Hub"),
        F("W002", "Tell the SW the same day about any worry about Ellie's mood"),
        F("M001", "Hold a discharge planning meeting on the ward"),
        F("M002", "Visit to weigh the baby and check Ellie for early signs"),
        F("T002", "Start the Pontingham Mums' Wellbeing group, when she feels ready"),
        F("T001", "Go to the Baby Steps parenting group together"),
    ],
})


# ---------------------------------------------------------------------------
# 5. First review conference plan, mother's alcohol dependence with a detox
#    planned, a girl of 14 doing the caring and her brother of 9, grandad
#    doing tea three days a week. Markdown: the time is given once for each
#    group of bullets ("By the first core group (03/03/2026)", "Every week
#    until the second review", "Before the Easter holidays"), and each bullet
#    carries its own measure inside the sentence. Scaling in the outcomes.
#    Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b149_prayleigh_rcpc_grouped_times_measure_in_sentence_ormerod.md",
    "split": "tune",
    "actions": 12,
    "template": "rcpc-markdown-plan-bold-details-lines-what-has-changed-childrens-words-outcomes-with-scaling-then-action-bullets-under-time-group-headings-by-first-core-group-every-week-until-review-before-easter-with-measure-inside-each-sentence-contingency-meetings",
    "description": (
        "Exemplary first review conference plan for a 14-year-old girl and her 9-year-old "
        "brother whose mother is alcohol dependent and about to start a community detox; their "
        "grandad gives them tea three days a week. A Markdown plan whose action bullets sit "
        "under three time headings that give the timescale once for the group ('By the first "
        "core group', 'Every week until the second review conference', 'Before the Easter "
        "holidays'), while each bullet names its owner and says inside the sentence what will "
        "show it is working. The outcomes carry scaling scores the social worker records. The "
        "alcohol service reports on change and its timescale, the GP owns an action, the "
        "grandad's part has a fallback, legal planning follows named triggers, core group and "
        "review dates are set."
    ),
    "text": """\
# Child Protection Plan: Leah and Kai Ormerod

**Prayleigh Borough Council, Children's Services, Family Safeguarding Team East**

**Plan agreed at:** first review child protection conference, Tuesday 10/02/2026 (initial conference
11/11/2025). Chair: Janet Okwu, IRO.
**Category:** neglect (both children)
**Social worker:** Daniel Okoye (team manager: Fiona Latham)

## Who is in the family

- **Leah Ormerod**, 14 (DOB 02/08/2011), Year 9 at Prayleigh Community College
- **Kai Ormerod**, 9 (DOB 17/04/2016), Year 5 at Brookside Primary
- **Joanne Ormerod**, 40, their mum; 31 Vetch Road, Prayleigh PY4 2EN
- **Frank Ormerod**, 68, Joanne's dad (Grandad), 9 Alma Terrace, Prayleigh
- **Michelle Byers**, 37, Joanne's sister (Auntie Michelle), Hollin Lane, Prayleigh
- **Steve Ormerod**, the children's dad, lives in Malaga and rings on Sundays

## What has changed since the initial conference

At the initial conference Joanne was drinking a litre of vodka most days. Leah was cooking for Kai, getting him
to school and putting her mum to bed, and her own attendance had fallen to 81%. Since then Joanne has been going
to the Prayleigh Alcohol and Recovery Service every week and says she is down to a few cans in the evening. Her
GP and recovery worker have agreed that she is ready for a community detox. Frank has given the children their
tea three days a week since December. Leah's attendance this half term is 89%.

## What Leah and Kai have told us

Leah (seen on her own at college, 03/02/2026): "It's better than it was. Mum's not falling over any more. I
still check on her at night and I still do Kai's packed lunch. I want to go to netball club but I can't leave Kai."
Leah scored how safe she feels at home at 4 out of 10.

Kai (seen on his own at home, 05/02/2026): "Grandad's tea is the best, he does chips. When Mum's been drinking
she cries and I put the telly on loud." Kai scored home at 5 out of 10 and said he would like "Mum to be like
she is on Grandad days every day".

## Outcomes for Leah and Kai by the second review conference

1. Leah and Kai are looked after every day by a sober adult, and Leah no longer has to care for her mum or for
   Kai. Leah's "safe at home" score, which she gives Daniel at each visit, goes from 4 to at least 7.
2. Leah and Kai are both in school every day, with attendance of 95% or more, and Leah gets to netball club on
   Wednesdays.
3. Leah and Kai each know what to do and who to ring if their mum has been drinking, and can tell Daniel.

## The plan

### By the first core group (Tuesday 03/03/2026)

- **Daniel Okoye (SW)** will hold a family network meeting with Joanne, Frank and Michelle and agree who will step
  in on each day of the week if Joanne drinks; the written network plan will be sent to every core group member
  before the meeting.
- **Sasha Greene (recovery worker, Prayleigh Alcohol and Recovery Service)** will complete Joanne's comprehensive
  alcohol assessment and agree her detox date with her, and will send Daniel a written report on whether Joanne
  can make the changes Leah and Kai need and how long that is likely to take, to be read at the core group.
- **Dr Helen Marsh (GP, Larkhill Surgery)** will send Daniel a letter setting out Joanne's liver tests, her detox
  medication and any appointments she has missed, so that it is on the children's file before the core group.
- **Mrs Aisha Rahman (DSL, Prayleigh Community College)** will help Leah choose a trusted adult at college, and
  Mrs Rahman will record the name on CPOMS and tell Daniel; Leah will be asked at each visit whether she has gone
  to them.

### Every week until the second review conference (Tuesday 11/08/2026)

- **Daniel Okoye (SW)** will visit the home, one visit in three unannounced, and see Leah and Kai each on their
  own; his visit records will show both children seen every week, their scores and their own words, and whether
  there was any sign of drinking.
- **Joanne** will go to her key-work session at the Alcohol and Recovery Service every Tuesday and give a breath
  test there, so that she is sober whenever she is looking after Leah and Kai; Sasha will e-mail Daniel the
  readings every Friday and each reading should be zero.
- **Frank Ormerod (Grandad)** will collect Kai from Brookside Primary on Mondays, Wednesdays and Fridays and give
  both children their tea at Alma Terrace, so that Leah can go to netball on Wednesdays and does not have to cook;
  Frank will text Daniel each Friday with the days he did, and Leah and Kai will be asked about them at visits.
- **Mr Liam Corrigan (DSL, Brookside Primary)** will check Kai's attendance and how he presents each school day
  and ring Daniel the same day about any worry; his Friday attendance e-mail will show Kai at 95% or more.
- **Mrs Aisha Rahman (DSL)** will meet Leah every Monday morning to check in, so that Leah's attendance rises to
  95% or more by the second review, checked against the college register she sends Daniel each Friday.

### Before the Easter holidays (by Friday 27/03/2026)

- **Tammy Welsh (Prayleigh Young Carers)** will complete a young carer's assessment with Leah and offer her a place
  at the Thursday group; Leah's young carer's plan will be sent to Daniel, and the group register will show
  whether she goes.
- **Daniel Okoye (SW)** will do three sessions of direct work with Kai about what happens when his mum drinks and
  who he can ring, using the three houses; Kai's drawings and his own words will be brought to the core group on
  31/03/2026.
- **Sasha Greene (recovery worker)** will start Joanne's community detox, see her every day of the first week,
  and write to Daniel within two working days of the detox ending to say whether Joanne completed it and what
  her breath tests showed.

## If things go wrong

- **If Joanne is found drunk** while she is looking after Leah or Kai, has a breath test over zero, or either
  child rings to say she has been drinking: Daniel (or the emergency duty team out of hours) will hold a strategy
  discussion the same day, and Leah and Kai will stay with Frank at 9 Alma Terrace until it has taken place.
- **If Frank cannot have the children** (he is unwell or away, or it becomes too much for him): Michelle will
  collect Kai and give the children tea at Hollin Lane on Frank's days; if neither of them can, Daniel will
  arrange a Prayleigh foster carer for Leah and Kai that day.
- **If Joanne's detox stops early**, or she has two breath tests over zero before the next core group, Daniel will
  ask Fiona Latham for a legal planning meeting within five working days.

## Meetings

- Core group every four weeks on Tuesdays at 4pm, Brookside Primary: 03/03/2026, 31/03/2026, 28/04/2026,
  26/05/2026, 23/06/2026 and 21/07/2026.
- Second review child protection conference: Tuesday 11/08/2026, 10am, Prayleigh Town Hall.
- Daniel will ask Leah and Kai for their scores before every core group and bring their words to the meeting.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Initial conference plan, neglect, three children, father's depression,
#    mother working long shifts. Markdown: a twelve-week timeline table whose
#    X marks in the week-range columns give each action's time, and a
#    "Measuring success" section in prose that names the actions by number.
#    Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b149_purslowe_icpc_week_timeline_measuring_success_prose_kettleby.md",
    "split": "tune",
    "actions": 11,
    "template": "icpc-markdown-plan-details-table-worries-childrens-voices-outcomes-then-twelve-week-timeline-table-no-action-lead-x-marks-in-week-range-columns-then-measuring-success-prose-naming-actions-by-number-contingency-meetings",
    "description": (
        "Initial conference plan for an 11-year-old, a 7-year-old and a 2-year-old living in a "
        "neglected home; their father has depression and is under the community mental health "
        "team, their mother works long shifts. A Markdown twelve-week timeline: an X in a "
        "week-range column (Weeks 1-2, 3-6, 7-12, each dated) is an action's time, and a "
        "'Measuring success' section written as prose names each action's measure by its "
        "number. Most rows are sound. Faults: one outcome is only about the father; the care "
        "co-ordinator only supports him, measured by his attendance (H001); the prose says the "
        "house will only be 'monitored' (M002) and leaves out the parenting assessment (M001); "
        "the nursery place has no week marked (T001); food help is 'as needed' (T002); "
        "'Everyone working with the family' shares worries (W002); the review conference date "
        "is still to be confirmed (R001)."
    ),
    "text": """\
# Initial Child Protection Plan

Purslowe District Council | Children and Young People's Services | Locality Safeguarding Team (West)

| | |
|---|---|
| Children | Jayden Kettleby (11), Year 6; Mia Kettleby (7), Year 3 (both at Purslowe Park Primary); Lola Kettleby (2) |
| Address | 64 Furnace Row, Purslowe PR5 3QD |
| Parents | Gary Kettleby (38) and Stacey Kettleby (35) |
| Category | Neglect (all three children) |
| Initial conference | Monday 19/01/2026, Purslowe Council House. Chair: Denise Roper (IRO) |
| Social worker | Amy Pritchard (team manager: Neil Brereton) |

## Why we are worried

The children were referred by Purslowe Park Primary in December after Mia came to school three days running in
the same soiled clothes and said there was "no food in the house, only cereal with no milk". When the social
worker visited on 12/12/2025 there was dog mess on the kitchen and living room floors, the children's mattresses
were wet and had no sheets, and Lola was in a nappy that had not been changed for many hours. Lola has missed her
last two sets of immunisations and her two-year check.

Gary has depression and has been under the Purslowe Community Mental Health Team since the summer. He stays in
bed most of the day and has not worked since March 2025. Stacey works twelve-hour shifts at a care home four days
a week and says she is "too exhausted to keep up". Jayden gets Lola up, gives her breakfast and walks Mia to
school.

## What the children say and how they are

Jayden (seen on his own at school, 14/01/2026): "I do Lola's breakfast 'cos Dad's asleep. I don't mind really but
I'm always late and Mr Archer keeps asking why. I want my room to be normal so my mates can come round."

Mia (seen at home, 15/01/2026) showed the social worker her bed and said: "It smells. I sleep with Jayden when it's
wet." She said the best thing is "when Mum's not at work and we have pizza".

Lola was seen at home on 12/12/2025 and 15/01/2026. She was quiet, sat on the floor watching the television and
did not come to her dad when he called her. She ate two biscuits quickly when the social worker's colleague
offered them. Her nappy was wet through on both visits.

## Outcomes

1. Jayden, Mia and Lola have food in the house every day, clean clothes and bedding, and a clean, safe home.
2. Jayden and Mia get to school every day on time, and Jayden no longer has to get Lola up and fed.
3. Lola is up to date with her immunisations and health checks and has a nursery place.
4. Gary's depression is better managed and he feels more motivated.

## Twelve-week plan

An X shows the weeks in which the action happens or must be done by.

| No. | Action | Lead | Weeks 1-2 (20/01 to 02/02/2026) | Weeks 3-6 (03/02 to 02/03/2026) | Weeks 7-12 (03/03 to 13/04/2026) |
|---|---|---|---|---|---|
| 1 | Visit the children at home every week, one visit in three unannounced, and see Jayden and Mia on their own | Amy Pritchard (SW) | X | X | X |
| 2 | Give Lola her missed immunisations and her two-year development check | Kerry Dale (health visitor) | | X | |
| 3 | Help Stacey and Gary clear and clean the house room by room, starting with the children's bedrooms and the kitchen | Nathan Rowe (family support worker) | X | X | X |
| 4 | Fortnightly visits to support Gary with his low mood and motivation | Jo Whitlock, care co-ordinator, Purslowe Community Mental Health Team | X | X | X |
| 5 | Review Gary's antidepressant and write to the SW about his mental health and how it affects his care of the children | Dr Farida Osei (GP, Tannery Lane Surgery) | X | | |
| 6 | Complete a parenting assessment of Gary and Stacey | Amy Pritchard (SW) | | | X |
| 7 | Apply for a funded two-year-old place for Lola at Little Wrens Nursery | Stacey Kettleby (Mum), with Nathan Rowe | | | |
| 8 | Food bank vouchers and help with a Household Support Fund application, so there is food in the house | Nathan Rowe (family support worker) | as needed | as needed | as needed |
| 9 | Tell the SW the same day about any worry about the children | Everyone working with the family | X | X | X |
| 10 | Check Jayden's and Mia's attendance each morning, whether they have had breakfast and whether they arrive clean, and ring the SW the same day with any concern | Mr Simon Archer (DSL, Purslowe Park Primary) | X | X | X |
| 11 | Refer Jayden to Purslowe Young Carers | Amy Pritchard (SW) | X | | |

## Measuring success

We will know the plan is working when the children's days look different, not only when the work has been done.
This is what the core group will look at for each action.

Amy's visits (1) will be written up every week, saying where each child was seen, what Jayden and Mia said when
they were on their own, and what food there was in the kitchen. Lola's immunisations and two-year check (2) will
be written in her red book, and Kerry will send Amy the results of the check. The house (3) will be monitored at
each visit. Jo will send Amy a list each month of the visits at which Gary was in (4), and Dr Osei's letter (5)
will be on the children's file by the end of week 2.

Lola's nursery place (7) will be shown by a letter from Little Wrens giving her start date. For food (8), Amy and
Nathan will look in the fridge and cupboards at every visit and write down what they saw. Any worry (9) will be
written on the children's file on the day it is raised, with the name of the person who raised it. Mr Archer's
daily checks (10) will be in his Friday e-mail to Amy, with Jayden's and Mia's attendance (we are looking for 95%
or more) and any day either of them arrived hungry or unwashed. Jayden's young carers referral (11) will be done
when the acceptance letter is on file.

## Contingency plan

If the children are found with no food in the house, Lola is found in a soiled nappy at two visits, or Jayden or
Mia arrive at school hungry on three days in one week, Amy will hold a strategy discussion with her manager and
the police the same day. The children will stay with Stacey's sister, Gemma Lacey, at 3 Pit Lane, Purslowe, until
it has taken place; if Gemma cannot take them, Amy will place them together with Purslowe foster carers that day.

If the house has not been made safe and clean for the children by the end of week 6, or the children are found
without food again after that, Amy will ask Neil Brereton for a legal planning meeting within five working days.

## Meetings

- Core group every four weeks at Purslowe Park Primary, Mondays at 3.30pm: 02/02/2026, 02/03/2026 and
  30/03/2026.
- Review child protection conference: date to be confirmed by the Conference and Review Team.
""",
    "findings": [
        F("F002", "Gary's depression is better managed and he feels more motivated."),
        F("M002", "Help Stacey and Gary clear and clean the house room by room"),
        F("H001", "Fortnightly visits to support Gary with his low mood"),
        F("M001", "Complete a parenting assessment of Gary and Stacey"),
        F("T001", "Apply for a funded two-year-old place for Lola"),
        F("T002", "Food bank vouchers and help with a Household Support Fund"),
        F("W002", "Tell the SW the same day about any worry about the children"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Core group plan (revised at the second core group), mother with
#    emotionally unstable personality disorder who took an overdose with the
#    children at home; father offshore two weeks in four; grandmother staying
#    those nights. Plain text: each outcome carries "Evidence" lines; each
#    action points to its outcome ("For outcome: O2") and has a row of tick
#    boxes for how often. Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b149_pennygarth_cg_plan_outcome_evidence_for_outcome_ticks_dunwoody.txt",
    "split": "tune",
    "actions": 10,
    "template": "core-group-plan-plain-text-caps-headings-details-lines-why-there-is-a-plan-childrens-words-then-outcomes-o1-o3-each-with-evidence-lines-then-numbered-actions-for-outcome-what-lead-how-often-tick-box-row-contingency-meetings",
    "description": (
        "Exemplary plan revised at the second core group for a 6-year-old and a 20-month-old "
        "whose mother, who has emotionally unstable personality disorder, took an overdose "
        "while their father was working offshore; their grandmother stays on his offshore "
        "nights. A plain-text plan: each outcome (O1 to O3) has its own 'Evidence we will look "
        "for' lines, each action names the outcome it serves ('For outcome: O2'), its lead and a "
        "row of tick boxes for how often, with one box ticked. The psychologist assesses the "
        "mother's capacity to change and its timescale, the GP owns an action, the "
        "grandmother's nights have a fallback, legal planning follows named triggers, core "
        "group and review dates are set, and the children's words and days are recorded."
    ),
    "text": """\
PENNYGARTH COUNTY COUNCIL - CHILDREN'S SERVICES - SAFEGUARDING TEAM 3
CHILD PROTECTION PLAN - REVISED AT CORE GROUP 2 (TUESDAY 27/01/2026)
=======================================================================

Children ......... Tilly Dunwoody (6), DOB 30/05/2019, Year 2, Pennygarth Primary School
                   Reuben Dunwoody (20 months), DOB 14/05/2024, Little Oaks Nursery
                   (Monday, Wednesday and Friday)
Address .......... 8 Gorse View, Pennygarth PG3 7LA
Mother ........... Claire Dunwoody (30)
Father ........... Lewis Dunwoody (33); works offshore, two weeks on and two
                   weeks off
Grandmother ...... Marion Dunwoody (Lewis's mum), 41 Chapel Row, Pennygarth
Category ......... Neglect
Initial conf. .... 09/12/2025. Chair: Bethan Rees (IRO)
Social worker .... Tom Hargreaves (team manager: Sian Pugh)

WHY THERE IS A PLAN
-------------------
Claire has emotionally unstable personality disorder and has cut herself since
she was 15. On 28/11/2025, while Lewis was offshore, she took an overdose of her
prescribed tablets in the evening. Tilly found her on the bathroom floor and rang
Marion, whose number she knew by heart; Reuben was asleep in his cot. Claire was
in Pennygarth General Hospital for two nights. She had cut herself twice in the
autumn while the children were in the house, and Tilly has seen blood on the
bathroom floor. Claire's tablets were kept in an open kitchen drawer. She is
under Pennygarth Community Mental Health Team and started a DBT programme in
January. Claire and Lewis both agreed the plan at conference.

WHAT TILLY AND REUBEN HAVE SHOWN AND TOLD US
--------------------------------------------
Tilly (seen on her own at school, 20/01/2026): "I found Mummy when she was
poorly. I rang Nana because I know her number. I don't like it when Daddy goes on
the big boat." She put her worry at 8 out of 10 in the worry jar and said she
would like "Nana to sleep over every time Daddy goes".

Reuben (seen at home, 22/01/2026) is walking well and has about ten words
("Nana", "dog", "more"). When he bumped his head on the table he went straight to
Claire for a cuddle and settled quickly. Nursery say he is happy when he is
dropped off, eats well and naps after lunch.

OUTCOMES AND THE EVIDENCE WE WILL LOOK FOR
-----------------------------------------
O1  Tilly and Reuben are always cared for by an adult who is safe and well
    enough to look after them, and they never find their mum hurt.
    Evidence we will look for:
    - The SW's visit records show both children seen every week, Tilly seen on
      her own, and her worry score written down.
    - Dr Powell's written assessment before each core group says whether Claire
      is able to keep herself and the children safe, what still has to change
      and how long that is likely to take.
    - The written crisis and safety plan is on the children's file by
      06/02/2026, signed by Claire, Lewis and Marion.
    - Marion texts the SW each morning after she has stayed, and the SW checks
      the overnight rota against Lewis's offshore dates at each visit.

O2  Tilly goes to school every day, has a trusted adult she can talk to, and
    worries less about her mum.
    Evidence we will look for:
    - Attendance of 96% or more on the school register, e-mailed to the SW
      every Friday.
    - Tilly's weekly check-ins with the ELSA logged on CPOMS, with her worry jar
      score down from 8 to 4 or lower by the review conference.
    - Tilly's own words and pictures from the SW's sessions brought to each
      core group.

O3  Reuben is fed, clean and developing well, and medicines in the house are
    always locked away from both children.
    Evidence we will look for:
    - Medicines seen in the locked box, with the key held by Lewis or Marion,
      at every SW and HV visit.
    - The GP's prescribing record shows Claire's tablets issued a week at a
      time, and any overdose or A&E attendance is reported to the SW within one
      working day.
    - The nursery register shows Reuben at 90% or more of his sessions, with a
      daily sheet saying how he arrived.
    - Reuben's two-year review scores are sent to the SW, with any area below
      the expected range referred on.

ACTIONS
-------
Tick one box for how often. Only a ticked box [X] is part of the plan.

A1   For outcome: O1
     What ....... Visit Tilly and Reuben at home, see Tilly on her own and ask
                  her worry score, and check that the medicine box is locked
     Lead ....... Tom Hargreaves, SW
     How often .. [ ] Daily [X] Weekly [ ] Fortnightly [ ] Monthly
                  [ ] Once, by: __/__/____  [ ] Other: ____________

A2   For outcome: O1
     What ....... Weekly DBT skills sessions with Claire, and a written
                  assessment for each core group of whether she can keep
                  herself and the children safe, the changes still needed and
                  how long they are likely to take
     Lead ....... Dr Rhian Powell, clinical psychologist, Pennygarth CMHT
     How often .. [ ] Daily [X] Weekly [ ] Fortnightly [ ] Monthly
                  [ ] Once, by: __/__/____  [ ] Other: ____________

A3   For outcome: O1
     What ....... Write a crisis and safety plan with Claire, Lewis and
                  Marion, with Claire's care co-ordinator Sam Ng, saying who
                  Claire calls when she has urges to hurt herself and who
                  comes for the children
     Lead ....... Tom Hargreaves, SW
     How often .. [ ] Daily [ ] Weekly [ ] Fortnightly [ ] Monthly
                  [X] Once, by: 06/02/2026  [ ] Other: ____________

A4   For outcome: O3
     What ....... Prescribe Claire's tablets a week at a time, so that there is
                  never a large supply in the house with the children, and tell
                  the SW of any overdose or A&E attendance
     Lead ....... Dr Owain Pritchard, GP, Pennygarth Health Centre
     How often .. [ ] Daily [X] Weekly [ ] Fortnightly [ ] Monthly
                  [ ] Once, by: __/__/____  [ ] Other: ____________

A5   For outcome: O3
     What ....... Keep every medicine in the locked box in the top kitchen
                  cupboard, with the key kept by Lewis, or by Marion when Lewis
                  is offshore
     Lead ....... Claire and Lewis Dunwoody (parents)
     How often .. [X] Daily [ ] Weekly [ ] Fortnightly [ ] Monthly
                  [ ] Once, by: __/__/____  [ ] Other: ____________

A6   For outcome: O1
     What ....... Stay overnight at Gorse View with Claire and the children,
                  and do Reuben's bedtime and Tilly's school run
     Lead ....... Marion Dunwoody (Nana)
     How often .. [ ] Daily [ ] Weekly [ ] Fortnightly [ ] Monthly
                  [ ] Once, by: __/__/____
                  [X] Other: every night Lewis is offshore (two weeks in four)

A7   For outcome: O2
     What ....... Check Tilly's attendance each morning and give her a weekly
                  check-in with the ELSA, Mrs Pryce, using her worry jar
     Lead ....... Mrs Carys Lloyd, DSL, Pennygarth Primary School
     How often .. [ ] Daily [X] Weekly [ ] Fortnightly [ ] Monthly
                  [ ] Once, by: __/__/____  [ ] Other: ____________

A8   For outcome: O3
     What ....... Record Reuben's attendance, how he arrives and anything he
                  shows or says, and ring the SW the same day about any worry
     Lead ....... Hayley Morgan, key worker, Little Oaks Nursery
     How often .. [ ] Daily [ ] Weekly [ ] Fortnightly [ ] Monthly
                  [ ] Once, by: __/__/____
                  [X] Other: every session (Monday, Wednesday and Friday)

A9   For outcome: O3
     What ....... Do Reuben's two-year development review at home and look at
                  where medicines and cleaning products are kept
     Lead ....... Nia Howells, health visitor
     How often .. [ ] Daily [ ] Weekly [ ] Fortnightly [ ] Monthly
                  [X] Once, by: 20/02/2026  [ ] Other: ____________

A10  For outcome: O2
     What ....... Direct work with Tilly about her mum's illness and what to do
                  if she finds her mum hurt, using the "Mum's Big Feelings"
                  storybook
     Lead ....... Tom Hargreaves, SW
     How often .. [ ] Daily [ ] Weekly [X] Fortnightly [ ] Monthly
                  [ ] Once, by: __/__/____  [ ] Other: ____________

CONTINGENCY
-----------
If Claire self-harms, tells anyone she has urges to take an overdose, has more
tablets than her weekly supply, or is too distressed to look after the children,
Tom (or the emergency duty team out of hours) will hold a strategy discussion the
same day. Marion will come to Gorse View or take the children to 41 Chapel Row,
and Claire will not be left alone with the children until the CMHT crisis team
has seen her, which they have agreed to do the same day.

If Marion cannot stay on one of Lewis's offshore nights (she is ill or away, or
it becomes too much for her), Lewis's employer has agreed to fly him home within
48 hours; until he is back, Tom will place Tilly and Reuben together with
Pennygarth foster carers that day.

If Claire self-harms again while the children are in the house, or stops going
to her DBT sessions, Tom will ask Sian Pugh for a legal planning meeting within
five working days.

MEETINGS
--------
Core group ....... every four weeks, Tuesdays 3.30pm, Pennygarth Primary School:
                   24/02/2026, 24/03/2026, 21/04/2026
Review conf. ..... Thursday 05/03/2026, 10am, Pennygarth County Hall
Children's views . Tom will see Tilly on her own before each core group and
                   bring her words and worry score to the meeting
=======================================================================
""",
    "findings": [],
})
