"""Batch 77, module h: seven fictional plans (tuning material), places beginning with "h".

Everything here is made up: children, families, professionals, services,
schools, hospitals, streets and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: measures and timescales hidden in ordinary words and odd places - a
timescale given only in a group heading ("Before the baby is born", "Weeks 1
to 4 at home") or in the owner cell ("Jo Hart (HV) - fortnightly"), a measure
given by who checks ("the HV checks it at each visit"), by a record ("logged on
the school system"), by a count ("no more than one late mark a week") or by a
person seeing something ("Nadia will see the cot made up") - beside genuinely
missing and vague ones ("monitor", "engage", "ongoing", "as needed", "when a
place comes up"). Hedged and passive commitments in minutes ("it is hoped
that", "will be referred", "will try to"). Layouts: period headings over
bullets, a fixed-width text export, a two-column Action | Comments table,
core group minutes with numbered decisions, a child-friendly plan, a numbered
list with a) Who b) When c) How we will know under each action, and a
narrative plan for a looked-after baby on a children's ward. Two plans are
exemplary.
"""
from build_batch5 import F

PLANS = []


# ---------------------------------------------------------------------------
# 1. Pre-birth plan; the actions are bullets under headings that carry the
#    period they belong to ("Before the baby is born", "Weeks 1 to 4 at
#    home"); measures by who checks and by a person seeing (docx, exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b77_hathersby_prebirth_period_headings_quayle.docx",
    "doc_title": "Pre-birth Child Protection Plan - Baby Quayle-Tindall and Maisie Quayle",
    "split": "tune",
    "actions": 15,
    "template": "pre-birth-icpc-docx-kv-details-then-bullets-under-h2-period-headings-before-birth-on-ward-weeks-1-4-weeks-5-12-every-week",
    "description": (
        "Pre-birth initial conference plan for an unborn girl and her 4-year-old sister (mother's bipolar "
        "disorder, lithium stopped in pregnancy, a hospital admission in 2023). The actions are bullets under "
        "H2 headings that carry their period ('Before the baby is born (by Friday 31 October 2025)', 'While "
        "Jodie and the baby are on the maternity ward', 'Weeks 1 to 4 at home', 'Weeks 5 to 12 at home', "
        "'Every week until the review conference'), several with no time of their own. Measures by who "
        "checks ('which the HV checks at each visit'), by a person seeing ('Nadia will see the cot made "
        "up'), by a record. The perinatal team assesses capacity to change in every row it owns; the "
        "grandmother's nights have a fallback; dates and legal step set. Exemplary."
    ),
    "blocks": [
        ("title", "Pre-birth Child Protection Plan"),
        ("p", "Hathersby Borough Council · Children's Services · Family Safeguarding Team (South)"),
        ("kv", [
            ("Unborn baby", "Baby girl Quayle-Tindall, due 20/11/2025; birth planned at Hathersby General "
                            "Hospital"),
            ("Sister", "Maisie Quayle (4), Little Owls Nursery, five mornings a week"),
            ("Mother", "Jodie Quayle (24)"),
            ("Baby's father", "Ross Tindall (26), lives with Jodie and Maisie. Maisie's own father has had no "
                              "contact since 2022."),
            ("Address", "14 Hollyfield Close, Hathersby"),
            ("Conference", "Pre-birth initial child protection conference, Tuesday 16/09/2025"),
            ("Category", "Neglect"),
            ("Social worker", "Nadia Kerr"),
            ("Chair", "Philippa Mould, Conference Chair"),
        ]),
        ("h1", "Why there is a plan"),
        ("p", "Jodie has bipolar disorder. In March 2023, after weeks of very little sleep, she left Maisie "
              "(then 2) alone in the flat at night while she went out, and she was admitted to the Hathersby "
              "Mental Health Unit for five weeks under section 2. Maisie stayed with her nana, Carol Quayle. "
              "Jodie stopped taking lithium when she found out she was pregnant in April, without telling her "
              "doctors. The perinatal mental health team say the first weeks after the birth are when she is "
              "most likely to become unwell again. Ross works twelve-hour shifts at a warehouse and has not seen "
              "Jodie unwell. There are no concerns about alcohol or drugs."),
        ("h1", "Maisie, and what we know about the baby"),
        ("p", "Maisie told Nadia at nursery on 10 September that she wants the baby to sleep \"in my room with "
              "me\" and that she will \"show her my dinosaurs\". Asked about the time Mummy was poorly, she said "
              "\"Mummy was at the hospital and I had sleepovers at Nana's\". Her keyworker says she is chatty and "
              "settled at nursery and eats well at snack time, but is quiet and clingy on the mornings she "
              "arrives late."),
        ("p", "The baby is growing well on her scans. Jodie says she kicks most when Maisie sings to the bump."),
        ("h1", "What we want for the baby and Maisie"),
        ("bullets", [
            "The baby comes home to her own cot in her parents' room and is fed and settled, day and night, by "
            "an adult who is well.",
            "If Jodie starts to become unwell, the adults around her notice within a day, and the baby and "
            "Maisie are never left in her sole care while she is unwell.",
            "Maisie keeps going to nursery every morning and keeps her routine and her time with Nana after the "
            "baby arrives.",
            "The baby's checks, weights and immunisations are done on time.",
        ]),
        ("h1", "The plan"),
        ("p", "The plan is set out in stages. Each heading says by when the things under it will be done, or "
              "how long they go on for."),
        ("h2", "Before the baby is born (by Friday 31 October 2025)"),
        ("bullets", [
            "Helen Moss, perinatal mental health nurse, will draw up a relapse-signature plan with Jodie and "
            "Ross (Jodie's early warning signs and who to ring) and report to the core group on how well Jodie "
            "can spot and act on her own early signs; Nadia will check the copy on the fridge at her next "
            "visit.",
            "Dr Anjali Rao, consultant perinatal psychiatrist, will assess Jodie, including whether she can make "
            "and keep the changes the baby will need and how long that is likely to take, and send a written "
            "report to the core group.",
            "Ross and Jodie will put up the cot in their bedroom and get bottles and a steriliser ready; Nadia "
            "(SW) will see the cot made up at her home visit.",
            "Kerry Ames, specialist safeguarding midwife, will write the birth plan with Jodie, including who "
            "may visit on the ward and that the baby sleeps in the cot beside her bed, and upload it to the "
            "maternity record.",
            "Carol Quayle (Maisie's nana) will come with Jodie and Ross to the safe sleep and bottle-making "
            "session at Hathersby Family Hub on Thursday 23 October; the HV will sign each of their attendance "
            "cards.",
        ]),
        ("h2", "While Jodie and the baby are on the maternity ward"),
        ("bullets", [
            "The midwife in charge of the postnatal ward will make sure every feed, how Jodie settles the baby "
            "and how long Jodie sleeps are written on the postnatal chart, which Kerry Ames reads each morning.",
            "Helen Moss will see Jodie on the ward on day 2 and again before discharge, and write to Nadia on any "
            "early warning signs and whether Jodie is keeping to the changes in her relapse-signature plan.",
        ]),
        ("h2", "Weeks 1 to 4 at home"),
        ("bullets", [
            "Carol will stay at the flat every night and do the 2am feed so that Jodie gets six hours' sleep; "
            "she ticks the feed chart on the fridge, which the HV checks at each visit.",
            "Helen Moss will visit Jodie at home twice a week, go through the relapse-signature plan with her and "
            "Ross, ring Nadia the same day if she sees any early warning sign, and tell each core group in "
            "writing whether Jodie is making the changes she needs to care for the baby.",
            "Bethan Lord (HV) will visit weekly, weigh the baby and look at where and how she is put down to "
            "sleep; weights are plotted in the red book.",
            "Nadia (SW) will visit twice a week, at least once unannounced, see the baby awake and where she "
            "sleeps, and talk to Maisie on her own; her visit records note what Maisie says in her own words.",
        ]),
        ("h2", "Weeks 5 to 12 at home"),
        ("bullets", [
            "Nadia (SW) will visit every two weeks and Bethan Lord (HV) in the weeks in between, so that a "
            "professional sees the baby every week; both write down where the baby slept on their visit notes.",
            "Dr Omar Farrukh, Hathersby Road Surgery, will do Jodie's postnatal check and the baby's 6 to 8 week "
            "check and write to the perinatal team and Nadia with what he found.",
            "Dr Rao will see Jodie in clinic six weeks after the birth and send Nadia a second written report on "
            "whether Jodie is keeping well and making the changes the plan asks of her.",
        ]),
        ("h2", "Every week until the review conference"),
        ("bullets", [
            "Sam Reece, Maisie's keyworker at Little Owls Nursery, will note each morning when Maisie arrives, "
            "who brings her and how she seems, and email a summary to Nadia every Friday.",
        ]),
        ("h1", "Contingency plan"),
        ("p", "If Jodie shows two or more of the early warning signs on her relapse-signature plan (for example "
              "sleeping less than four hours two nights running, talking very fast, or spending money she does "
              "not have), or stops a medicine Dr Rao has prescribed, Ross or Carol will take over the care of "
              "the baby and Maisie straight away and ring the perinatal crisis line. Nadia (or the emergency "
              "duty team out of hours) will hold a strategy discussion the same day, and the children will "
              "stay at Carol's house, 6 Heronsgate Walk, until it has agreed what happens next."),
        ("p", "If Carol cannot stay at the flat in the first four weeks because she is ill or needed elsewhere, "
              "Ross will start his two weeks' paternity leave and the perinatal team will visit daily while "
              "he is off. If neither Carol nor Ross can be there overnight, the baby will not go home from the "
              "ward until Nadia has arranged a place for Jodie and the baby at the Hathersby Mother and Baby "
              "Unit, or a foster placement for the baby, that day."),
        ("p", "If Jodie becomes unwell enough to need the crisis team before the review conference, or has not "
              "seen Dr Rao by 31 October, Nadia will ask her team manager for a legal planning meeting within "
              "5 working days."),
        ("h1", "Core group and review"),
        ("bullets", [
            "First core group: Tuesday 30/09/2025, 1.30pm, Hathersby Family Hub.",
            "Then every 4 weeks, same time and place: Tuesday 28/10/2025 and Tuesday 25/11/2025.",
            "Review child protection conference: Tuesday 16/12/2025, 10am, Hathersby Civic Centre.",
        ]),
        ("p", "Plan typed by Nadia Kerr (SW) on 17/09/2025 and sent to Jodie, Ross, Carol and every agency "
              "named above."),
    ],
    "findings": [],
})


def _fixed_width(rows, widths):
    """Lay rows out in fixed-width columns, wrapping each cell inside its column,
    the way a case system prints a table to a text file."""
    import textwrap

    out = []
    rule = "-" * (sum(widths) + 2 * (len(widths) - 1))
    for ri, row in enumerate(rows):
        cols = [textwrap.wrap(cell, w) or [""] for cell, w in zip(row, widths)]
        for li in range(max(len(c) for c in cols)):
            parts = [(c[li] if li < len(c) else "").ljust(w) for c, w in zip(cols, widths)]
            out.append("  ".join(parts).rstrip())
        out.append(rule)
    return "\n".join(out)


# ---------------------------------------------------------------------------
# 2. Review conference plan printed from a case system as a fixed-width text
#    table (NO | ACTION | WHO | WHEN | HOW MEASURED), cells wrapped inside
#    their columns (txt)
# ---------------------------------------------------------------------------
_HOLMWICK_ROWS = [
    ["NO", "ACTION", "WHO", "WHEN", "HOW MEASURED"],
    ["01", "See Kian and Lacey at home, and Kian on his own at school; look in the kitchen and in both "
           "bedrooms",
     "SW Dana Pryce", "Every 10 working days, 1 in 3 unannounced",
     "Visit record with Kian's own words and what was seen of Lacey"],
    ["02", "Get Kian up, dressed, fed and into school by 8.50am",
     "Stacey Ashdown", "Each school day from Mon 06/10/2025",
     "No more than one late mark a week on the school register"],
    ["03", "Record the time Kian arrives, whether he has eaten and whether his uniform is clean",
     "Mrs Grace Oyelaran, DSL, Holmwick Heath Primary", "Every school day",
     "Logged on the school system; printout to the SW each Friday"],
    ["04", "Weigh Lacey and check her teeth, sleep and speech at home",
     "Jo Hart (HV) - fortnightly", "",
     "Weight plotted in the red book and seen by the SW"],
    ["05", "Sessions with Stacey and Dale to clear the kitchen and the children's bedroom and keep them "
           "clear",
     "FSW Rhys Penn", "Weekly, ongoing",
     "SW sees both bedroom floors clear and the beds made at each visit"],
    ["06", "Support Stacey with her low mood and look again at her medication",
     "Dr Meera Sen, GP, Holmwick Green Surgery", "As needed", "Monitor"],
    ["07", "Take Lacey to nursery for her 15 funded hours",
     "Dale Ferris", "Mon, Wed and Fri mornings",
     "Nursery register sent to the SW monthly"],
    ["08", "Take Kian to his Saturday football club and stay to watch him play",
     "Family", "Every Saturday", "Club register"],
    ["09", "Chase Holmwick Homes about the damp and mould on Kian's bedroom wall",
     "SW Dana Pryce", "Ongoing", "Repair date confirmed in writing"],
    ["10", "Dale to go to the Holmwick Dads parenting group",
     "Dale Ferris", "-", "Certificate of attendance seen by the SW"],
    ["11", "Parenting assessment of Stacey and Dale, including how they manage mornings and bedtimes",
     "SW Dana Pryce", "By 14/11/2025", ""],
    ["12", "Tell the SW the same day about any injury, hunger or missed health appointment",
     "Each agency's safeguarding lead", "Same day",
     "Each concern logged on the case file by the SW"],
]

PLANS.append({
    "name": "b77_holmwick_fixed_width_export_ashdown.txt",
    "split": "tune",
    "actions": 12,
    "template": "rcpc-plan-case-system-fixed-width-txt-no-action-who-when-how-measured-cells-wrapped-in-columns",
    "description": (
        "Review conference plan for an 8-year-old and a 3-year-old (neglect: lateness, home conditions, "
        "missed health checks; mother's low mood) printed from a case system as a fixed-width table whose "
        "cells wrap inside their columns. Hard negatives: the HV row's time is only in the owner cell "
        "('Jo Hart (HV) - fortnightly', WHEN blank), measures by a count ('No more than one late mark a "
        "week'), a record ('Logged on the school system') and a person seeing ('SW sees both bedroom floors "
        "clear'), 'Weekly, ongoing', 'Each agency's safeguarding lead', a GP support row (never H001). "
        "Faults: 'As needed' and 'Ongoing' as the only time (T002), 'Monitor' (M002), a '-' time (T001), "
        "'Family' as owner (W002), an assessment with no measure (M001), a review-and-discuss contingency (C002) "
        "with no legal step (R002)."
    ),
    "text": """\
HOLMWICK COUNCIL - CHILDREN'S SERVICES          CASEBOOK 4  >  PLANS  >  EXPORT
CHILD PROTECTION PLAN (REVIEW)                  exported 30/09/2025 16:12  dpryce
================================================================================

CHILDREN ......... Kian ASHDOWN    DOB 11/02/2017 (8)  Year 4, Holmwick Heath
                                                         Primary School
                   Lacey ASHDOWN   DOB 05/06/2022 (3)  Hopscotch Nursery
ADDRESS .......... 22 Hawkesley Road, Holmwick
MOTHER ........... Stacey ASHDOWN (30)
MOTHER'S PARTNER . Dale FERRIS (34) - lives at the address; Lacey's father
KIAN'S FATHER .... Lee Ashdown - in prison until 2027, no contact
CONFERENCE ....... First review child protection conference, Mon 29/09/2025
CATEGORY ......... Neglect
SOCIAL WORKER .... Dana Pryce, Holmwick Children's Safeguarding Team 2
CHAIR ............ Martin Oakes, Independent Reviewing Officer

--------------------------------------------------------------------------------
SECTION A  WHAT WE ARE WORRIED ABOUT
--------------------------------------------------------------------------------
Since the initial conference in June, Kian has been late on 19 of 38 school
days and came in without breakfast on most of them. At three of the SW's five
visits there was rotting food on the kitchen side and dog mess on the landing,
and the children's mattresses were wet. Lacey has missed her 2-year review
twice and has six teeth with decay. Stacey has had low mood since Lacey was
born; her GP prescribed sertraline in July but she says she stopped it after
a month because it made her feel "flat". Dale works on building sites and
leaves at 6.30am. There are no concerns about drugs or alcohol.

--------------------------------------------------------------------------------
SECTION B  WHAT KIAN AND LACEY HAVE TOLD AND SHOWN US
--------------------------------------------------------------------------------
Kian (seen alone at school, 24/09/2025): "I get my own cereal if there's milk.
If there isn't I wait for breakfast club but I'm late for it." He said his
bedroom "smells like the bins" and he doesn't bring friends home. The best
part of his week is football on Saturdays "when Dale comes to watch". He gave
home a 5 out of 10.
Lacey was seen at home on every visit. She is a smiley, busy little girl who
brings visitors her books. She often has a full, heavy nappy when the SW
arrives and she eats quickly when given food. Nursery say she cries at
home time on Fridays.

--------------------------------------------------------------------------------
SECTION C  WHAT NEEDS TO BE DIFFERENT FOR THE CHILDREN
--------------------------------------------------------------------------------
C1  Kian gets to school on time every day, having had breakfast.
C2  Kian and Lacey sleep in clean, dry beds in rooms that do not smell.
C3  Lacey's health checks and dental treatment are up to date.
C4  Lacey is clean and changed, and goes to nursery on all of her sessions.

--------------------------------------------------------------------------------
SECTION D  ACTION PLAN
--------------------------------------------------------------------------------
""" + _fixed_width(_HOLMWICK_ROWS, [3, 34, 16, 14, 22]) + """

--------------------------------------------------------------------------------
SECTION E  CONTINGENCY
--------------------------------------------------------------------------------
If things do not improve, or there are further worries about Kian or Lacey,
the core group will meet to look at the plan again and discuss next steps,
including whether the case needs to be escalated to a manager.

--------------------------------------------------------------------------------
SECTION F  MEETINGS
--------------------------------------------------------------------------------
CORE GROUP ....... every 6 weeks, 3.30pm, Holmwick Heath Primary School:
                   Mon 13/10/2025, Mon 24/11/2025
REVIEW CONFERENCE  Mon 12/01/2026, 10am, Holmwick Town Hall
================================================================================
END OF EXPORT                                                       page 1 of 1
""",
    "findings": [
        F("T002", "Support Stacey with her low mood"),
        F("M002", "Support Stacey with her low mood"),
        F("W002", "Take Kian to his Saturday football"),
        F("T002", "Chase Holmwick Homes about the"),
        F("T001", "Dale to go to the Holmwick Dads"),
        F("M001", "Parenting assessment of Stacey and"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Initial conference plan whose action table has only two columns,
#    Action | Comments; who, when and how it will be known are written into
#    the comments (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b77_haverdown_action_comments_table_mcbride.docx",
    "doc_title": "Child Protection Plan - Callum and Ava McBride",
    "split": "tune",
    "actions": 9,
    "template": "icpc-plan-docx-kv-details-worries-views-outcomes-then-two-column-action-comments-table-who-when-measure-in-comments-no-contingency",
    "description": (
        "Initial conference plan for a 6-year-old and a 2-year-old (father's drinking and two police "
        "call-outs; father now living at his mother's). The action table has only Action | Comments columns, "
        "with the owner, time and evidence written into the comments in prose ('Brenda McBride (paternal "
        "nan) - every Saturday 10am to 1pm. Brenda signs the contact book'), read row by row. One row's "
        "comment gives only 'as and when needed' (T002) and 'keep an eye on' (M002). The plan leans on the paternal grandmother supervising contact and the maternal aunt "
        "doing the school run, and has no contingency at all (C001, C003); the father's drinking is owned "
        "by nobody but himself (F004); one outcome is about the father only (F002); the review conference "
        "is 'to be confirmed' (R001) and nothing says legal planning follows (R002). Hard negatives: "
        "'Shannon has no history of mental health difficulties', the Freedom Programme row."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Haverdown County Council · Children and Families · Safeguarding Team East"),
        ("kv", [
            ("Children", "Callum McBride (6), Year 2, Hawthorn Lane Primary; Ava McBride (2), at home with "
                         "Shannon and at Busy Bees childminding two days a week"),
            ("Mother", "Shannon McBride (27) - the children live with her at 5 Harrier Way, Haverdown"),
            ("Father", "Darren McBride (31) - since 30 August living with his mother, Brenda McBride, at "
                       "41 Hillcrest Road, Haverdown"),
            ("Conference", "Initial child protection conference, Wednesday 17/09/2025"),
            ("Category", "Emotional abuse"),
            ("Social worker", "Nicola Brennan"),
            ("Chair", "Alan Pritchard"),
        ]),
        ("h1", "What we are worried about"),
        ("p", "Darren drinks most days and more at weekends; he told conference it is \"a bottle of vodka over "
              "a weekend, maybe more\". Police were called to Harrier Way on 9 August and 29 August after Darren "
              "came home drunk and smashed the kitchen door and a mirror. Callum was in the house both times "
              "and on 29 August he hid in the bathroom with Ava. Darren agreed to move out to his mother's the "
              "next day. Shannon has no history of mental health difficulties; she works early shifts at a "
              "care home on Monday to Wednesday."),
        ("h1", "What Callum and Ava have told and shown us"),
        ("p", "Callum (seen at school on 10 September): \"Daddy shouts when he's drinking the smelly drink. I "
              "took Ava in the bathroom and locked it.\" He misses his dad and wants to see him \"at Nanny "
              "Brenda's, where it's calm\". He would like his dad to \"not drink so much\". His teacher says he "
              "has been tearful on Monday mornings."),
        ("p", "Ava is walking and saying a few words. At home she goes to Shannon when there is a loud noise "
              "and covers her ears. Her childminder says she is happy, eats well and naps easily."),
        ("h1", "What we want to be different"),
        ("bullets", [
            "Callum and Ava live at home without shouting, smashing or police call-outs.",
            "Callum and Ava see their dad safely, only when he is sober and with another adult there.",
            "Darren will drink less and stay calm.",
            "Ava's speech and development are checked, and Callum has someone at school he can talk to.",
        ]),
        ("h1", "Action plan"),
        ("table", {
            "header": ["Action", "Comments"],
            "widths": [6.0, 11.0],
            "rows": [
                ["Home visits to see Callum and Ava",
                 "Nicola (SW) to visit every two weeks, one visit a month unannounced. Callum seen on his own each "
                 "time and his words written down in the visit record."],
                ["Supervise Darren's contact with Callum and Ava at Brenda's house",
                 "Brenda McBride (paternal nan) - every Saturday 10am to 1pm. Brenda signs the contact book after "
                 "each contact and Nicola reads it at her next visit. No contact if Darren has been drinking."],
                ["School run for Callum on the days Shannon works early",
                 "Shona Reid (maternal aunt) - Monday, Tuesday and Wednesday mornings. Callum in by 8.45am, "
                 "checked on the school register."],
                ["Darren to cut down his drinking",
                 "Darren - starting now. He will tell Nicola at each visit to Brenda's how much he has drunk that "
                 "week, and Brenda will ring Nicola if he turns up to contact smelling of drink."],
                ["Freedom Programme for Shannon",
                 "Shannon - 12 Thursday mornings from 2 October at Haverdown Women's Centre. Attendance sheet "
                 "sent to Nicola at the end of each month."],
                ["Ava's 2-year review and a speech and language check",
                 "Mel Grant (HV) - by 31 October, at home. ASQ-3 scores shared with Nicola and the childminder."],
                ["Sessions for Callum on feelings and worries",
                 "Mrs Dunn (ELSA), Hawthorn Lane Primary - every Tuesday afternoon in term time. Session log kept "
                 "by the school; anything Callum says about home passed to the DSL the same day."],
                ["Keep Ava's childminder up to date with the plan",
                 "Nicola - as and when needed. Childminder to keep an eye on Ava and let Nicola know of any "
                 "worries."],
                ["Safety plan with Shannon and the children",
                 "Nikki Lowe (IDVA, Haverdown Domestic Abuse Service) - by the first core group. Copy on the "
                 "children's file and one given to the school and the childminder."],
            ],
        }),
        ("h1", "Core group and review"),
        ("p", "The core group will meet every 4 weeks at Hawthorn Lane Primary, 3.30pm: Wednesday 08/10/2025, "
              "05/11/2025 and 03/12/2025. Review child protection conference: date to be confirmed."),
        ("p", "Plan typed by Nicola Brennan (SW) and sent to Shannon, Darren and every agency on 18/09/2025."),
    ],
    "findings": [
        F("F002", "Darren will drink less and stay calm."),
        F("T002", "Keep Ava's childminder up to date with the plan"),
        F("M002", "Keep Ava's childminder up to date with the plan"),
        F("F004"),
        F("C001"),
        F("C003"),
        F("R001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Core group minutes: updates, the children, the move to another council,
#    then numbered "Decisions and actions" written as hedged and passive
#    sentences; paged PDF with header and footer
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b77_hindlecote_core_group_minutes_decisions_varga.pdf",
    "doc_title": "Core Group 2 Minutes - Ella and Bence Varga",
    "split": "tune",
    "actions": 10,
    "template": "core-group-minutes-pdf-header-footer-present-agency-updates-children-move-to-new-authority-then-numbered-decisions-one-sentence-each",
    "description": (
        "Second core group minutes for a 4-year-old and a 10-month-old (neglect, faltering weight; mother's "
        "depression and flashbacks under the CMHT) whose family is about to move to another council. The "
        "agency updates are full of 'will' sentences that are not actions; the actions are numbered "
        "decisions, one sentence each, several hedged or passive. Faults: 'it is hoped that... when a place "
        "comes up' with no measure (T002, M001), 'will be referred' with no agent (W001), a nursery that will "
        "'keep an eye on' with no time (T001, M002), 'All professionals' (W002), CPN support visits only "
        "(H001), the parenting assessment left to the new council once the move is complete (X001), and no "
        "review conference date (R001). Hard negatives: 'Reka will try to get Ella to nursery every "
        "morning' with a count each Friday, the SW visiting weekly until the transfer-in conference, the GP "
        "writing on how mood affects the children. Header and page footer."
    ),
    "header": "Hindlecote City Council – Children's Services – OFFICIAL-SENSITIVE",
    "footer": "Core group minutes – Varga – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Core Group Meeting – Minutes"),
        ("kv", [
            ("Children", "Ella Varga (4), Hindlecote Rainbow Nursery; Bence Varga (10 months), at home"),
            ("Parents", "Reka Varga (29) and Gabor Varga (33), Flat 3, Heathcote House, Hindlecote"),
            ("Meeting", "Core group 2, Thursday 09/10/2025, 10am, Hindlecote Family Hub"),
            ("Plan since", "Initial child protection conference, Thursday 11/09/2025 (category: neglect)"),
            ("Chair", "Lena Moor, social worker"),
            ("Minutes", "Dawn Pike, business support"),
        ]),
        ("h2", "Present"),
        ("p", "Reka Varga; Gabor Varga; Lena Moor (SW); Sasha Klein (HV); Mrs Joanne Tait (manager, Hindlecote "
              "Rainbow Nursery); Tom Ellery (CPN, Hindlecote Community Mental Health Team). Apologies: Dr Aisha "
              "Rahman (GP), update sent by email. A Hungarian interpreter, Mr Nagy, joined by phone for Reka."),
        ("h2", "1. Updates from agencies"),
        ("p", "HV: Bence weighed 7.6 kg on 2 October. He has dropped from the 25th to below the 9th centile "
              "since July. Sasha has shown Reka how to make up feeds and has given her a feeding diary. She "
              "will weigh him again next week."),
        ("p", "Nursery: Ella has come to 11 of her 20 sessions since the conference. On four days she arrived "
              "in the same clothes as the day before and without a coat. She eats everything at lunch and "
              "asks for more. Mrs Tait said the nursery will keep offering breakfast."),
        ("p", "CPN: Reka has been open to the CMHT since March for depression and flashbacks from her "
              "childhood. She is on sertraline and sees Tom every two weeks. She has missed two of the last "
              "four visits. Tom said Reka's sleep is poor and she finds the mornings hard."),
        ("p", "GP (by email): Dr Rahman saw Reka on 30 September and increased her sertraline. She will see "
              "her again in two weeks."),
        ("p", "SW: Lena has visited four times since conference. The flat was cold on each visit and there "
              "were only two clean bottles. Gabor works nights at the distribution centre and sleeps in the "
              "day. Reka and Gabor said they are \"trying their best\" and want to move somewhere with more "
              "space."),
        ("h2", "2. How Ella and Bence are"),
        ("p", "Ella told Lena at nursery on 6 October: \"Mummy is sad and stays in bed. I get Bence his "
              "dummy.\" She said her favourite thing is \"painting with Miss Jo\" and she wants \"my own bed, "
              "not Mummy's\". Bence was seen awake on three visits. He is a quiet baby who smiles when Ella "
              "plays peekaboo with him; on two visits he had a bottle propped on a cushion while Reka was in "
              "the bedroom."),
        ("h2", "3. What we are working towards"),
        ("bullets", [
            "Bence is fed on time, day and night, and his weight climbs back to the 25th centile.",
            "Ella comes to nursery every day, warm and in clean clothes.",
            "Ella and Bence have their own beds and a warm home.",
        ]),
        ("h2", "4. The move to Hallowfield"),
        ("p", "The family have been offered a two-bedroom tenancy at 18 Hartside Court, Hallowfield, from "
              "Monday 3 November. Hallowfield is in Hallowfield Borough Council's area, so the case will "
              "transfer. Hallowfield will hold a transfer-in conference within 15 working days of the move. "
              "Hindlecote keeps the case, and this plan, until then."),
        ("h2", "5. Decisions and actions"),
        ("numbers", [
            "Lena (SW) will keep visiting weekly until the transfer-in conference in Hallowfield, seeing Ella "
            "and Bence awake and looking at Bence's feeds and bottles, and will write what she sees in her "
            "visit notes.",
            "It is hoped that Gabor will go to the Hindlecote Dads Matter parenting group when a place comes "
            "up.",
            "Ella will be referred to the speech and language therapy service by 24 October, and the acceptance "
            "letter will go on her file.",
            "Reka will try to get Ella to nursery every morning, and Mrs Tait will tell Lena each Friday how "
            "many of that week's five sessions Ella attended.",
            "Hindlecote Rainbow Nursery will keep an eye on Ella's clothes and her lunchbox.",
            "All professionals will tell Lena the same day about any concern, and Lena will log each one on "
            "the children's file.",
            "Tom Ellery (CPN) will carry on his fortnightly support visits to Reka for her low mood and "
            "flashbacks, recorded in the CMHT notes.",
            "Dr Rahman (GP) will review Reka's sertraline by 17 October and write to Lena about how Reka's "
            "mood is affecting her care of Ella and Bence.",
            "Sasha Klein (HV) will weigh Bence at home every Tuesday, plot the weight in his red book and ring "
            "Lena the same day if it falls below the 2nd centile.",
            "The parenting assessment will be started by Hallowfield Children's Services once the move is "
            "complete and the case has transferred, and its report shared with the core group.",
        ]),
        ("h2", "6. Contingency"),
        ("p", "If Bence's weight falls below the 2nd centile, or Reka tells anyone she has thoughts of harming "
              "herself or the children, Gabor will stay off work and care for the children, Reka will be seen "
              "by the crisis team that day, and Lena (or the emergency duty team out of hours) will hold a "
              "strategy discussion the same day. If Gabor cannot care for them, Lena will arrange a foster "
              "placement that day. If Bence has not put on weight by the next core group on 6 November, Lena "
              "will ask her team manager for a legal planning meeting."),
        ("h2", "7. Next meetings"),
        ("p", "Core group 3: Thursday 06/11/2025, 10am, Hindlecote Family Hub (Hindlecote will chair it even if "
              "the family has moved). Review child protection conference: Hallowfield will set the date after "
              "the transfer-in conference."),
        ("p", "Minutes agreed by Lena Moor on 10/10/2025 and sent to everyone present and to Dr Rahman."),
    ],
    "findings": [
        F("T002", "It is hoped that Gabor will go to"),
        F("M001", "It is hoped that Gabor will go to"),
        F("W001", "Ella will be referred to the speech and language"),
        F("T001", "will keep an eye on Ella's clothes and her lunchbox"),
        F("M002", "will keep an eye on Ella's clothes and her lunchbox"),
        F("W002", "All professionals will tell Lena the same day"),
        F("H001", "will carry on his fortnightly support visits to Reka"),
        F("X001", "The parenting assessment will be started by Hallowfield"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Child-friendly plan written to a 9-year-old ("My plan"), with the
#    grown-ups' actions as plain bullets (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b77_hollowbeck_child_friendly_my_plan_osei.md",
    "split": "tune",
    "actions": 11,
    "template": "icpc-child-friendly-plan-md-written-to-the-child-about-me-what-you-told-us-what-we-want-who-will-do-what-bullets-if-things-go-wrong",
    "description": (
        "Child-friendly version of an initial conference plan, written to a 9-year-old (father grabbed her "
        "and left bruises; shouting at home; mother's panic attacks). The grown-ups' actions are plain "
        "bullets. Hard negatives: measures by a person seeing ('Miss Kaur will see her at the gate'), by a "
        "record ('keep a note of each one in the school's log'), by a mark ('write a smiley in it'), a "
        "course leader telling the SW each week, the GP writing about the children. Faults: an outcome about "
        "Mum only (F002), 'Mum will try to keep bedtimes calm' (T001, M001), Talking Therapies only helping "
        "(H001), 'as soon as she can' with no measure (T002, M001), 'keep an eye on' (M002), 'All the "
        "grown-ups who help you' (W002), and an 'another meeting to talk about what to do' contingency "
        "(C002) with no legal step (R002)."
    ),
    "text": """\
# My plan – Tia Osei

*This plan was written for you, Tia, by Sally, your social worker, after the big
meeting (the child protection conference) on Tuesday 14 October 2025. Kobi has
the same plan; Sally will read it with him using pictures.*

**Hollowbeck Council · Children's Services · Safeguarding Team West**

## About me

- My name is **Tia Osei**. I am 9 and I am in Year 5 at Hollowbeck Meadows Primary.
- I live at 7 Hazel Grove with **Mum (Abena)**, **Dad (Kwame)** and my brother **Kobi**, who is 5 and in Reception.
- My grandma, **Amma**, lives on Hemlock Street, five minutes away.
- My social worker is **Sally Whitcombe**. The meeting was chaired by **Ian Frost**.

## Why the grown-ups are worried

On 25 September you came to school with bruises on your arm. You told Miss Kaur
that Dad grabbed you hard when you did not turn the TV off. Dad has told us he did
this and that it was wrong. Dad often shouts at home, mostly at bedtime, and Mum
has panic attacks and sometimes stays in her room for the evening. Kobi told his
teacher that he hides under the table "when Daddy is loud".

## What you told us

You told Sally (at school, 8 October) that home is "a 4 out of 10 on shouty
days and a 9 on Sundays". You said: "I don't like it when Dad goes red. I go in
Kobi's room so he isn't scared." You want Dad "to say sorry and not grab",
you want Mum "to come downstairs more", and you want to keep going to Amma's on
Saturdays. You said you would like to talk to Mrs Boateng "because she doesn't
tell everyone".

## What we want to happen

- You and Kobi feel safe at home and nobody hurts you.
- Bedtimes are calm and you get enough sleep to be ready for school.
- Mum will feel less stressed.
- You have a grown-up at school you can talk to about anything.

## Who will do what

- Sally, your social worker, will come to see you and Kobi at home every two weeks and talk to you on your own; she will write down what you tell her, in your words.
- Dad will go to the Calmer Parents course at Hollowbeck Family Centre every Wednesday evening for 10 weeks from 22 October, and the course leader will tell Sally each week if he was there.
- Mum will try to keep bedtimes calm.
- Amma will walk you and Kobi to school on Tuesdays and Thursdays, and Miss Kaur will see her at the gate.
- Mrs Boateng, the school's ELSA, will see you every Wednesday afternoon for a worry session and keep a note of each one in the school's log.
- Miss Kaur will check your reading diary every Monday and write a smiley in it when it has been signed at home.
- Bev from Hollowbeck Talking Therapies will see Mum every week to help with her panic attacks, and Mum will fill in a short worry score each time.
- Sally will ask the housing office about the damp in your bedroom as soon as she can.
- Kobi's teachers at Hollowbeck Meadows will keep an eye on how he is each day.
- All the grown-ups who help you will tell Sally the same day if they are worried about you.
- Dr Mensah, your family doctor, will see Mum by 31 October about her panic attacks and write to Sally about how they affect looking after you and Kobi.

## If things go wrong

If things don't get better at home, all the grown-ups will have another meeting
to talk about what to do next. If you are ever scared, you can ring Sally on
01632 960 418, or tell Mrs Boateng or Amma.

## When the grown-ups meet

- The core group (the grown-ups who help you and your family) meets every 4 weeks at school, at 3.30pm: Tuesday 28 October, Tuesday 25 November and Tuesday 23 December 2025.
- The next big meeting, the review conference, is on **Tuesday 13 January 2026** at Hollowbeck Town Hall. You can come for part of it, or tell Sally what you want her to say.
""",
    "findings": [
        F("F002", "Mum will feel less stressed."),
        F("T001", "Mum will try to keep bedtimes calm."),
        F("M001", "Mum will try to keep bedtimes calm."),
        F("H001", "Bev from Hollowbeck Talking Therapies will see Mum every week"),
        F("T002", "will ask the housing office about the damp in your bedroom"),
        F("M001", "will ask the housing office about the damp in your bedroom"),
        F("M002", "Kobi's teachers at Hollowbeck Meadows will keep an eye"),
        F("W002", "All the grown-ups who help you will tell Sally"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Initial conference plan whose actions are a real Word multi-level list:
#    1 group / 1.1 action / a) Who b) When c) How we will know; paged PDF
#    with header and footer (exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b77_harnsey_numbered_who_when_how_subitems_pennock.pdf",
    "doc_title": "Child Protection Plan - Logan and Evie Pennock",
    "split": "tune",
    "actions": 10,
    "template": "icpc-plan-pdf-header-footer-multilevel-numbered-list-groups-then-numbered-actions-with-a-who-b-when-c-how-we-will-know-subitems",
    "description": (
        "Initial conference plan for a 14-year-old and a 6-year-old (mother's drinking; the 14-year-old "
        "caring for his sister). The actions are a real Word multi-level list: three numbered groups, ten "
        "numbered actions (1.1 to 3.2), and under each action a) Who, b) When, c) How we will know. "
        "Measures by a record on the fridge checked by the SW, a collection sheet, the school's safeguarding "
        "system, reports; times as evening routines, school pick-up days, 'every 10 working days', 'by "
        "half-term'. The recovery service reports on change, the aunt's pick-ups have a fallback, dates and "
        "legal step set. Header and page footer on every page. Exemplary."
    ),
    "header": "Harnsey District Council · Children's Services · OFFICIAL-SENSITIVE",
    "footer": "Child protection plan – Logan and Evie Pennock – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("kv", [
            ("Children", "Logan Pennock (14), Year 9, Harnsey Academy; Evie Pennock (6), Year 2, "
                         "Harnsey Green Infant School"),
            ("Mother", "Nicole Pennock (39)"),
            ("Evie's father", "Adam Whitfield (41), lives with Nicole and the children at 12 Hawksmoor Drive, "
                              "Harnsey. Logan's father lives abroad and has no contact."),
            ("Conference", "Initial child protection conference, Thursday 16/10/2025"),
            ("Category", "Neglect"),
            ("Social worker", "Owen Blake, Harnsey Children's Safeguarding Team"),
            ("Chair", "Deborah Sykes"),
        ]),
        ("h1", "Why there is a plan"),
        ("p", "Nicole drinks most afternoons while Adam is at work. On 2 October she came to collect Evie from "
              "school and staff could smell alcohol; she fell on the steps and the school kept Evie until "
              "Adam arrived. Logan has been leaving school early two or three times a week to collect Evie "
              "and make tea, and his attendance has dropped to 78%. Nicole told conference she drinks \"a "
              "bottle of wine most days, two at weekends\" and that she wants to stop. Adam does not drink and "
              "works 7am to 5pm at the Harnsey Vale depot."),
        ("h1", "What Logan and Evie have told us"),
        ("p", "Logan (seen on his own at school, 9 October): \"I don't mind getting Evie, but I can't go to "
              "football any more and I'm behind in maths. When Mum's had a drink she's either really happy or "
              "she cries.\" He wants his mum \"to get help properly this time\" and wants to play for the "
              "under-15s again. He said he would talk to Mr Patel at school."),
        ("p", "Evie (seen at home, 13 October) drew her family and put Logan next to her \"because he does my "
              "tea\". She said Mummy \"has her special juice and then goes to sleep on the sofa\". She likes "
              "Auntie Louise's house \"because we do baking\"."),
        ("h1", "What we want for Logan and Evie"),
        ("bullets", [
            "Evie is always collected from school and cared for by a sober adult.",
            "Logan is a 14-year-old, not a carer: he is in school all day and back at football.",
            "Evie and Logan eat a proper tea every evening, cooked by an adult.",
            "Both children know what to do and who to ring if Mum has been drinking.",
        ]),
        ("h1", "What will happen"),
        ("mlist", [
            (0, "Keeping Evie and Logan safe from Mum's drinking"),
            (1, "Alcohol assessment and key work for Nicole, with a written report on whether she is cutting "
                "down and what that means for her care of Evie and Logan"),
            (2, "Who: Marcus Obi, keyworker, Harnsey Recovery Service"),
            (2, "When: assessment by Friday 31/10/2025, then key work every week until the review conference"),
            (2, "How we will know: breath test results and the written report sent to the SW before each core "
                "group"),
            (1, "Nicole will not drink on any day she is looking after Evie, and will blow into the "
                "breathalyser at 6pm each evening in front of Adam"),
            (2, "Who: Nicole Pennock, with Adam Whitfield"),
            (2, "When: every evening from Monday 20/10/2025"),
            (2, "How we will know: Adam writes each reading on the chart on the fridge, which the SW checks at "
                "every visit"),
            (1, "Pick Evie up from school on the days Adam is at work, so that Nicole never collects her "
                "after drinking and Logan can stay at school"),
            (2, "Who: Louise Pennock (maternal aunt)"),
            (2, "When: Monday to Friday at 3.15pm in term time"),
            (2, "How we will know: the school's collection sheet is signed by whoever collects Evie, and the "
                "office rings the SW the same day if anyone else comes"),
            (1, "Blood tests for Nicole's liver and a review of her sleep, with a letter to the SW on how her "
                "drinking is affecting her care of Evie and Logan"),
            (2, "Who: Dr Ruth Akande, Harnsey Vale Surgery"),
            (2, "When: by Friday 14/11/2025"),
            (2, "How we will know: GP letter on the children's file"),
            (0, "Logan's and Evie's own needs"),
            (1, "See Logan and Evie, each on their own, at home and at school; look at the fridge chart and "
                "what there is in the kitchen for tea"),
            (2, "Who: SW Owen Blake"),
            (2, "When: every 10 working days, at least one visit in three unannounced, until the review "
                "conference"),
            (2, "How we will know: visit records with each child's words written down"),
            (1, "Young carer's assessment with Logan, and a check-in with him about home, school work and "
                "football"),
            (2, "Who: Mr Dev Patel, head of Year 9, Harnsey Academy, with Harnsey Young Carers"),
            (2, "When: assessment by half-term (Friday 24/10/2025); check-in every Monday morning"),
            (2, "How we will know: the assessment sent to the SW; check-in notes on the school's safeguarding "
                "system; Logan's attendance above 95% on the weekly printout"),
            (1, "Record Evie's arrival, who brings her and how she seems, and tell the SW the same day if "
                "anyone collecting her smells of alcohol"),
            (2, "Who: Mrs Helen Frayne, DSL, Harnsey Green Infant School"),
            (2, "When: every school day"),
            (2, "How we will know: entries logged on the school's safeguarding system; summary emailed to the "
                "SW every Friday"),
            (1, "Health check for Evie (growth, teeth and eyesight), asking her how she is sleeping"),
            (2, "Who: Anya Ruddock, school nurse"),
            (2, "When: by Friday 28/11/2025"),
            (2, "How we will know: results and Evie's answers shared with the SW and the GP"),
            (0, "Helping the family change"),
            (1, "Sessions with Nicole and Adam on how drinking affects Evie and Logan, ending in a written "
                "family safety plan"),
            (2, "Who: FSW Jade Morton, Harnsey Family Hub"),
            (2, "When: weekly for 6 weeks from w/c 27/10/2025"),
            (2, "How we will know: family safety plan signed by Nicole, Adam and Logan, with a copy for each "
                "school"),
            (1, "Child and family assessment, including how well Adam protects the children when Nicole has "
                "been drinking"),
            (2, "Who: SW Owen Blake"),
            (2, "When: by Friday 05/12/2025"),
            (2, "How we will know: assessment report shared with Nicole, Adam and the core group"),
        ]),
        ("h1", "If things go wrong"),
        ("p", "If Nicole has been drinking while she is caring for Evie (a reading above zero on the fridge "
              "chart, school or Louise smelling alcohol, or either child telling us), Adam will come home and "
              "take over, or the children will go to Louise's house at 3 Hatchmere Lane that evening. Owen (or "
              "the emergency duty team out of hours) will hold a strategy discussion the same day."),
        ("p", "If Louise cannot collect Evie because she is ill or away, Evie will stay at the school's "
              "after-school club until Adam collects her at 5.30pm, and Nicole will not collect her. If "
              "neither Louise nor Adam can care for the children in an emergency, they will stay with Adam's "
              "parents, Ray and Maureen Whitfield, in Harnsey, and if they cannot, Owen will arrange a foster "
              "placement that day."),
        ("p", "If Nicole drinks while caring for Evie twice before the review conference, or has not started "
              "key work with the Recovery Service by 31 October, Owen will ask his team manager for a legal "
              "planning meeting within 5 working days."),
        ("h1", "Core group and review"),
        ("p", "Core group every 3 weeks at Harnsey Green Infant School, 3.45pm: Thursday 30/10/2025, Thursday "
              "20/11/2025 and Thursday 11/12/2025. Review child protection conference: Thursday 15/01/2026, "
              "10am, Harnsey Council House."),
        ("p", "Plan written by Owen Blake (SW), agreed with the chair on 17/10/2025 and sent to Nicole, Adam, "
              "Louise and every agency named above."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. Narrative plan for a looked-after baby (section 20) who is still on a
#    children's ward; the plan is paragraphs of sentences, most of them about
#    the mother (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b77_hexcombe_lac_baby_ward_narrative_drummond.docx",
    "doc_title": "Child Protection Plan - Isla Drummond",
    "split": "tune",
    "actions": 8,
    "template": "icpc-plan-docx-looked-after-baby-on-ward-kv-details-background-then-narrative-plan-paragraphs-one-sentence-per-action",
    "description": (
        "Initial conference plan for a 7-week-old accommodated under section 20 and still on a children's "
        "ward with an unexplained fracture (mother's postnatal depression). The plan is paragraphs, one "
        "sentence per action. Nobody is set to visit the baby on the ward - the SW only liaises with the ward "
        "about discharge (L001); five of eight actions are about the mother's own needs (F001); nothing "
        "records the baby's days (F003) and there is no outcome for her (O001). Also the perinatal team only "
        "supporting (H001), a passive housing sentence with nothing else (W001, T001, M001), 'it is hoped "
        "that... on Tuesdays' with no measure (M001), the police 'ongoing' (T002), and a 'does not improve "
        "/ further concerns' contingency (C002) that does name legal advice (so not R002)."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Hexcombe Metropolitan Borough Council · Children's Social Care · Hospital Social Work Team"),
        ("kv", [
            ("Child", "Isla Drummond, born 08/08/2025 (7 weeks)"),
            ("Where Isla is", "Heron Ward (children's ward), Hexcombe Royal Infirmary, since 22/09/2025"),
            ("Legal status", "Accommodated under section 20 since 25/09/2025, with Kayleigh's agreement. Isla is "
                             "looked after by Hexcombe Council."),
            ("Mother", "Kayleigh Drummond (20), Flat 9, Hilltop Mews, Hexcombe"),
            ("Father", "Connor Hale (22), lives with Kayleigh"),
            ("Conference", "Initial child protection conference, Tuesday 30/09/2025, Hexcombe Royal Infirmary"),
            ("Category", "Physical abuse"),
            ("Social worker", "Ruth Adebayo"),
            ("Chair", "Kevin Marlowe"),
        ]),
        ("h1", "Background"),
        ("p", "Kayleigh took Isla to the Emergency Department on 22/09/2025. An X-ray showed a spiral fracture of the upper arm. Neither parent "
              "could say how it happened. The skeletal survey found no other injuries, and the repeat survey is "
              "due on 06/10/2025. Hexcombe Police Child Abuse Investigation Unit are investigating and Connor "
              "and Kayleigh have been interviewed under caution."),
        ("p", "Kayleigh has had postnatal depression since Isla was born and was started on an antidepressant "
              "by her GP in August. She was referred to the Hexcombe Perinatal Mental Health Team on "
              "15/09/2025. She has rent arrears and has been told the flat may be repossessed. Connor works "
              "as a delivery driver and says he was out on a shift when Isla was hurt."),
        ("p", "Isla is medically fit for discharge but will stay on Heron Ward until a foster placement is "
              "found. Kayleigh has agreed to Isla being looked after while the police investigation and the "
              "assessments are carried out."),
        ("h1", "The plan"),
        ("p", "Ruth Adebayo (SW) will liaise with Heron Ward about discharge planning by 10 October and record "
              "the agreed discharge date on Isla's file. Ruth will find foster carers who can take Isla "
              "straight from the ward before discharge and confirm their names to the ward manager in writing."),
        ("p", "Kayleigh will be supported by the Hexcombe Perinatal Mental Health Team, who will offer her "
              "weekly sessions for her postnatal depression, with attendance recorded on their system. Dr "
              "Simon Yeo (GP) will review Kayleigh's antidepressant by 24 October and write to Ruth with the "
              "outcome."),
        ("p", "Kayleigh's housing application will be progressed. Ruth will help Kayleigh apply for Universal "
              "Credit and a budgeting loan by 17 October and keep copies of the claims on file. It is hoped "
              "that Kayleigh will attend the Hexcombe Young Mums group on Tuesdays."),
        ("p", "Hexcombe Police (Child Abuse Investigation Unit) will continue their investigation into Isla's "
              "injury and give Ruth a written update, ongoing."),
        ("h1", "Contingency"),
        ("p", "If Kayleigh's situation does not improve, or there are any further concerns, a strategy meeting "
              "will be considered. If there is not enough progress by the review conference, Ruth will seek "
              "legal advice about Isla's care."),
        ("h1", "Core group and review"),
        ("p", "First core group: Tuesday 14/10/2025, 2pm, Hexcombe Royal Infirmary, Seminar Room 3. Then every "
              "4 weeks: Tuesday 11/11/2025 and Tuesday 09/12/2025. Review child protection conference: Tuesday "
              "16/12/2025, 10am, Hexcombe Civic Offices."),
    ],
    "findings": [
        F("L001"),
        F("F001"),
        F("F003"),
        F("O001"),
        F("C002"),
        F("H001", "Kayleigh will be supported by the Hexcombe Perinatal Mental Health Team"),
        F("W001", "Kayleigh's housing application will be progressed."),
        F("T001", "Kayleigh's housing application will be progressed."),
        F("M001", "Kayleigh's housing application will be progressed."),
        F("M001", "that Kayleigh will attend the Hexcombe Young Mums group"),
        F("T002", "will continue their investigation into Isla's injury"),
    ],
})
