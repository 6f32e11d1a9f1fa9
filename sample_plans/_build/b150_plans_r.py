"""Batch 150, module r: seven fictional plans (held-out material), places beginning with "r".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: plans whose measures of progress and timing sit somewhere other than a
column of the action table. A Word initial conference plan whose action table
has no measure column and whose "Review criteria" table holds one row of
evidence per action reference; a review plan printed to PDF whose outcomes
each carry "We will know this when" evidence and scaling targets, with small
who / what / when tables under each outcome; a Markdown plan for a newborn
withdrawing on the neonatal unit whose timing comes from phase headings
("Before discharge", "Weeks 1 and 2 at home") and whose measures sit inside
each sentence; a plain-text core group record for a non-verbal disabled boy
with tick boxes for frequency and status and a "Measuring success" section
keyed by action number; a Word plan with a "Signs of progress" list keyed by
action number that leaves some actions out; a review plan printed to PDF
whose one-off tasks share one deadline ("all by 20/03/2026"), whose regular
work runs to the next review, with a separate evidence table by reference;
and a Markdown review plan whose actions point at outcome checks through a
"For outcome" column, with tick-box timings.

Four are exemplary (Raddenwick .docx, Reskelby .pdf, Rothenmere .md,
Ruxholme .txt): nothing missing under any rule. Three (Rillingsea .docx,
Rookwarden .pdf, Rampleford .md) carry a realistic mix of faults among mostly
good rows. An action whose measure or timing is given elsewhere in the plan
and tied to it (by its reference, its outcome, its phase or its part) is not
labelled as missing it.

Counting actions (README convention 1): each live row of an action table and
each bullet of an action section is one action; the contingency, meeting
dates, review criteria / evidence lists and outcome checks are not actions.
A one-off action marked complete (the Ruxholme short breaks referral) is work
already done and is not counted.
"""
from build_batch5 import F

PLANS = []


# ---------------------------------------------------------------------------
# 1. Initial conference plan for a 9-week-old, mother's postnatal depression,
#    grandmother helping with nights. Ref / Action / Lead / Timescale table
#    with no measure column; a separate "Review criteria" table gives the
#    evidence for each reference. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b150_raddenwick_icpc_review_criteria_table_tremlett.docx",
    "doc_title": "Child Protection Plan - Esme Tremlett",
    "split": "heldout",
    "actions": 11,
    "template": "icpc-word-plan-details-kv-why-esmes-day-views-numbered-outcomes-then-ref-action-lead-timescale-table-with-no-measure-column-then-separate-review-criteria-table-one-evidence-row-per-ref-contingency-bullets-core-group-and-review",
    "description": (
        "Exemplary initial conference plan for a 9-week-old whose mother has postnatal depression "
        "and stopped her antidepressant; the maternal grandmother shares the night feeds. The "
        "action table has only Ref, Action, Lead and Timescale columns; the measure for every "
        "action is in a separate 'Review criteria' table with one row per reference (what the "
        "core group will look for and where the evidence comes from). The perinatal psychiatrist "
        "assesses capacity to change and the perinatal CPN reports on change and its timescale; "
        "the GP owns an action; the contingency covers the grandmother being unable to help and "
        "names legal planning; core group dates and the review date are set; Esme's day is "
        "described as seen."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Raddenwick Metropolitan Borough Council – Children's Social Care – Early Years Safeguarding Team"),
        ("kv", [
            ("Child", "Esme Tremlett, born 10/11/2025 (9 weeks old at conference)"),
            ("Address", "Flat 3, 18 Kestrel Walk, Raddenwick RD7 2QP"),
            ("Mother", "Kayleigh Tremlett (23)"),
            ("Father", "Jordan Hale (25); not in touch with Kayleigh since Esme's birth and does not hold "
                       "parental responsibility"),
            ("Maternal grandmother", "Denise Tremlett (51), 6 Orchard Rise, Raddenwick (two bus stops away)"),
            ("Category", "Neglect"),
            ("Conference", "Initial child protection conference, 13/01/2026. Chair: Marcus Ilesanmi (IRO)"),
            ("Social worker", "Rhiannon Pask (team manager: Gwen Attwood)"),
        ]),
        ("h1", "1. Why Esme needs a child protection plan"),
        ("p", "Kayleigh was diagnosed with postnatal depression on 04/12/2025. She self-harmed as a teenager and "
              "told the health visitor in December that she stopped taking her sertraline because it made her "
              "feel \"numb\". Esme was born on the 50th centile and had dropped to the 9th by eight weeks. On "
              "02/01/2026 the health visitor found the flat at 14°C, Esme in a wet sleepsuit with a bottle "
              "propped on a cushion, and Kayleigh in bed; Kayleigh could not say when Esme had last been fed. "
              "Denise has stayed some nights since Christmas and says her daughter is \"not herself at all\"."),
        ("h1", "2. Esme's day, and what the adults say"),
        ("p", "Esme is 9 weeks old and cannot tell us how she feels, so this is what professionals have seen. "
              "On 02/01/2026 she was quiet and floppy and did not cry for a feed. On the social worker's visits "
              "on 06/01/2026 and 09/01/2026, when Denise was there, Esme was clean, fed well and settled on "
              "Denise's shoulder within a few minutes. When Kayleigh held her, Esme turned towards her voice, "
              "but Kayleigh held her away from her body and put her back in the Moses basket after a couple of "
              "minutes. Esme has a flat patch on the back of her head from long spells lying down."),
        ("p", "Kayleigh said at conference: \"I love her, I just can't feel it at the moment. I want to get "
              "better for her and I don't want her to go anywhere.\" Denise said she will help \"as much as my "
              "job lets me\" and wants Kayleigh to have proper treatment."),
        ("h1", "3. Outcomes for Esme"),
        ("numbers", [
            "Esme is fed at least every four hours, held for her feeds, and is growing back towards the 25th "
            "centile by the review conference.",
            "Esme sleeps on her back in her own Moses basket or cot, in a room kept warm, at every sleep.",
            "Esme is cared for by a mother whose depression is treated well enough for her to notice and answer "
            "Esme's cues, day and night.",
            "Esme always has a well, safe adult caring for her if Kayleigh's mood drops.",
        ]),
        ("h1", "4. Action plan"),
        ("p", "The evidence that will show whether each action is working is set out in the Review criteria "
              "table in section 5, under the same reference. At every core group the chair goes through that "
              "table row by row."),
        ("table", {
            "header": ["Ref", "Action", "Lead", "Timescale"],
            "widths": [1.2, 7.4, 4.4, 4.0],
            "rows": [
                ["A1",
                 "Visit Esme at home, one visit in three unannounced, and see her fed, changed and put down "
                 "to sleep",
                 "Rhiannon Pask, social worker",
                 "Weekly from 14/01/2026 until the review conference"],
                ["A2",
                 "Weigh Esme at Raddenwick Child Health Clinic, and check where and how she sleeps on a home "
                 "visit",
                 "Gail Summerfield, health visitor",
                 "Weigh every Thursday; home visit every other week from 15/01/2026"],
                ["A3",
                 "Assess Kayleigh's depression and her capacity to make the changes Esme needs, the steps "
                 "still needed and the likely timescale, and put this in writing",
                 "Dr Nadia Qureshi, consultant psychiatrist, Raddenwick Perinatal Mental Health Service",
                 "First appointment by 23/01/2026; written assessment by 24/02/2026"],
                ["A4",
                 "Home visits to Kayleigh with Esme present, working on her mood and on noticing Esme's cues, "
                 "and a report to each core group on what has changed for Esme and how much longer change is "
                 "likely to take",
                 "Becky Ollerton, perinatal community psychiatric nurse, Raddenwick Perinatal Mental Health "
                 "Service",
                 "Weekly from 20/01/2026; report two working days before each core group"],
                ["A5",
                 "Restart and review Kayleigh's antidepressant, and tell the social worker and the perinatal "
                 "team of any prescription not collected, so that she stays well enough to care for Esme",
                 "Dr Owain Pryce, GP, Millbrook Surgery",
                 "By 20/01/2026, then every four weeks"],
                ["A6",
                 "Fill in Esme's feed and sleep chart, feeding her at least every four hours and holding her "
                 "for every feed",
                 "Kayleigh Tremlett (Mum)",
                 "Every day from 14/01/2026"],
                ["A7",
                 "Stay overnight at Kestrel Walk and share Esme's night feeds with Kayleigh",
                 "Denise Tremlett (maternal grandmother)",
                 "Every Tuesday, Friday and Saturday night until the review conference"],
                ["A8",
                 "Look after Esme at Orchard Rise while Kayleigh goes to her perinatal appointments",
                 "Denise Tremlett (maternal grandmother)",
                 "At every appointment; Becky Ollerton gives Denise the dates a week ahead"],
                ["A9",
                 "Six baby massage and 'reading your baby' sessions with Kayleigh and Esme at Raddenwick "
                 "Family Hub",
                 "Tom Bright, family support worker",
                 "Wednesdays, 21/01/2026 to 25/02/2026"],
                ["A10",
                 "Bring Kayleigh an oil-filled heater and help her claim the cold weather payment, so that "
                 "Esme's room is kept warm",
                 "Tom Bright, family support worker",
                 "Heater by 16/01/2026; claim made by 30/01/2026"],
                ["A11",
                 "Complete a parenting assessment of Kayleigh, including the part Denise plays in Esme's care",
                 "Rhiannon Pask, social worker",
                 "By 10/03/2026"],
            ],
        }),
        ("h1", "5. Review criteria"),
        ("p", "One row for each action above. A row is only marked as met when the evidence has been seen by "
              "the core group, not just reported."),
        ("table", {
            "header": ["Ref", "What the core group will look for", "Where the evidence comes from"],
            "widths": [1.2, 9.0, 6.8],
            "rows": [
                ["A1", "Esme seen at every weekly visit, fed within four hours of her last feed and put down on "
                       "her back; at least one visit in every three unannounced",
                 "Social worker's visit records on Esme's file"],
                ["A2", "Weight up at each weigh and back on the 25th centile by 07/04/2026; safe sleep checklist "
                       "completed at each home visit",
                 "Red book and health visiting record, sent to the social worker every Friday"],
                ["A3", "Written assessment received by 24/02/2026 saying whether Kayleigh can make the changes "
                       "within Esme's timescale",
                 "Dr Qureshi's letter to the social worker, shared at core group 2"],
                ["A4", "A report before every core group; Kayleigh seen to pick Esme up when she cries on at "
                       "least two of every three visits",
                 "CPN reports on Esme's file"],
                ["A5", "Prescription collected every four weeks with no gaps",
                 "GP letter to the social worker after each review"],
                ["A6", "Chart filled in every day, with no gap between feeds longer than four hours",
                 "Chart checked by the health visitor at each weigh and by the social worker at each visit"],
                ["A7", "Denise at the flat on all three nights every week",
                 "Denise's signed sheet in Esme's folder, checked by the social worker each week"],
                ["A8", "Esme with Denise for every appointment; no appointment missed for want of childcare",
                 "Perinatal team attendance list matched against Denise's sheet"],
                ["A9", "At least five of the six sessions attended; in the last session Tom sees Kayleigh "
                       "answer Esme's cues",
                 "Family Hub register and Tom's end-of-course note to the social worker"],
                ["A10", "Room thermometer reads 16 to 20°C at every social worker and health visitor visit; "
                        "claim receipt on file",
                 "Visit records; copy of the claim"],
                ["A11", "Assessment report with recommendations shared with Kayleigh and the core group by "
                        "10/03/2026",
                 "Report on Esme's file"],
            ],
        }),
        ("h1", "6. Contingency plan"),
        ("bullets", [
            "If Esme loses weight at any weigh, or her chart shows a gap of more than five hours between feeds, "
            "the health visitor will tell Rhiannon the same day; Rhiannon will visit that day and Denise will "
            "stay at the flat every night until the next core group.",
            "If Kayleigh tells anyone she has thoughts of harming herself or Esme, or is found unable to care "
            "for Esme (in bed and not responding to her), Rhiannon will hold a strategy discussion the same day, "
            "Becky Ollerton will arrange a same-day crisis assessment, and Esme will be cared for by Denise at "
            "Orchard Rise in the meantime.",
            "If Denise cannot stay the agreed nights or look after Esme during appointments (she is ill, or her "
            "shifts change), she will tell Rhiannon the same day; Tom Bright will put a family support worker in "
            "the flat for those hours, and if no safe adult can be with Esme overnight she will go to Raddenwick "
            "foster carers that night, with time with Kayleigh every day.",
            "If Esme has not gained weight by core group 2, or Dr Qureshi's assessment says Kayleigh cannot make "
            "the changes in Esme's timescale, Rhiannon will request a legal planning meeting within five working "
            "days.",
        ]),
        ("h1", "7. Core group and review"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 10am, Raddenwick Family Hub: 27/01/2026, 24/02/2026 and "
            "24/03/2026.",
            "Review child protection conference: 07/04/2026, 1.30pm, Raddenwick Town Hall.",
            "The minutes of each core group will say which review criteria were met.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. First review conference plan, domestic abuse by a father who has left,
#    mother's drinking, a 14-year-old and a 9-year-old. Each outcome carries
#    its own "We will know this when" evidence and scaling targets; small
#    Ref / Who / What / When tables under each outcome have no measure
#    column. Exemplary (pdf, header and footer)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b150_reskelby_rcpc_smart_outcomes_scaling_norcott.pdf",
    "doc_title": "Review Child Protection Plan - Tayla and Micah Norcott",
    "split": "heldout",
    "actions": 13,
    "template": "rcpc-plan-word-printed-to-pdf-header-footer-details-kv-since-icpc-childrens-words-how-this-plan-works-then-outcome-headings-each-with-we-will-know-this-when-evidence-bullets-and-scaling-targets-then-small-ref-who-what-when-table-with-no-measure-column-contingency-meetings",
    "description": (
        "Exemplary first review conference plan for a 14-year-old and a 9-year-old after domestic "
        "abuse by the younger child's father, who has left under a non-molestation order, and "
        "with their mother's drinking. Each of four outcomes is written with its own 'We will "
        "know this when' evidence, including scaling targets that the social worker records "
        "('from 4 now to 7 by the review'); under each outcome a small table says who does what "
        "and when, with no measure column, and each action is covered by its outcome's evidence. "
        "The alcohol service reports on change, the GP owns an action, the aunt's school runs "
        "have a fallback, legal planning follows named triggers, core group dates and the next "
        "review are set."
    ),
    "header": "OFFICIAL – SENSITIVE | Reskelby County Council | Children's Services",
    "footer": "Norcott – Review Child Protection Plan (13/01/2026) – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Review Child Protection Plan"),
        ("kv", [
            ("Children", "Tayla Norcott (14), DOB 02/06/2011; Micah Voss (9), DOB 19/09/2016"),
            ("Address", "27 Larch Grove, Reskelby RK4 9EN"),
            ("Mother", "Nicola Norcott (38)"),
            ("Micah's father", "Darren Voss (41); left the home on 11/10/2025; a non-molestation order "
                               "protects Nicola and the children until 10/10/2026"),
            ("Tayla's father", "Kyle Brennan (40), lives in Dunmarrow; phones Tayla on Sundays"),
            ("Maternal aunt", "Lorraine Hebden, 12 Alder Close, Reskelby"),
            ("Category", "Emotional abuse (both children)"),
            ("Plan history", "Initial conference 14/10/2025; first review conference 13/01/2026 (this plan). "
                             "Chair: Sandra Okoro (IRO)"),
            ("Social worker", "Jade Mansfield (team manager: Paul Gresley)"),
        ]),
        ("h1", "Since the initial conference"),
        ("p", "Darren has not lived at Larch Grove since October. He breached the order once, on 24/11/2025, "
              "by waiting outside Brookside Primary; police arrested him and he was cautioned. Nicola has been "
              "to 11 of 13 sessions at Reskelby Alcohol and Drug Service; her breath tests have read zero since "
              "08/12/2025, but she drank on Boxing Day and Tayla put Micah to bed. Tayla's attendance last term "
              "was 82%; Micah's was 96%."),
        ("h1", "What Tayla and Micah say"),
        ("p", "Tayla (seen on her own at school, 07/01/2026): \"It's quieter without Darren but I still listen "
              "out for his car. When Mum drinks I do everything – Micah's tea, his uniform, getting Mum to bed. "
              "I don't want Mum to get in trouble, I just want her to stop.\" She scored feeling safe at home 4 "
              "out of 10, and worry about Mum's drinking 3 out of 10 (10 = never worried)."),
        ("p", "Micah (seen on his own at home, 09/01/2026): \"I miss my dad but not the shouting. I like it when "
              "Auntie Lorraine takes me to school because she does silly voices.\" He scored feeling safe 5 out "
              "of 10 and being happy at school 6 out of 10. He drew his house with a big door and said the lock "
              "was \"so nobody comes in angry\"."),
        ("h1", "How this plan works"),
        ("p", "Each outcome below says what will be different for Tayla and Micah and how we will know: the "
              "evidence, and the scaling score we are aiming for by the next review. Jade asks each child the "
              "scaling questions on their own at every visit and records the score, and the core group checks "
              "the evidence under each outcome at every meeting. The table under each outcome says who does "
              "what and when; the evidence above it is how each of those actions will be judged."),
        ("h2", "Outcome 1 – Tayla and Micah are safe from Darren's abuse, at home and when they are out"),
        ("p", "We will know this when:"),
        ("bullets", [
            "there are no police call-outs to Larch Grove, and any breach of the order is on the police log and "
            "with Jade the same day;",
            "Nicola's written safety plan with the IDVA is signed and kept by the front door, and Nicola can tell "
            "Jade what she would do if Darren came (Jade checks at the first visit after it is written);",
            "Tayla and Micah each have their own safety plan card and can each name two adults they would go to, "
            "seen by Jade;",
            "scaling (0 = not safe at all, 10 = totally safe): Tayla from 4 now to 7 by the review, Micah from 5 "
            "to 8, as recorded by Jade.",
        ]),
        ("table", {
            "header": ["Ref", "Who", "What they will do", "When"],
            "widths": [1.2, 4.6, 7.2, 4.0],
            "rows": [
                ["1.1", "Farah Delaney, IDVA, Reskelby Domestic Abuse Service",
                 "Safety planning sessions with Nicola, including what to do if Darren comes to the house or "
                 "to either school",
                 "Weekly for eight weeks from 19/01/2026"],
                ["1.2", "PC Gareth Lowe, Reskelby Police Domestic Abuse Unit",
                 "Keep the warning marker on 27 Larch Grove and tell Jade of any call-out or any breach of the "
                 "non-molestation order",
                 "The same day as any call-out or breach, until the order ends on 10/10/2026"],
                ["1.3", "Jade Mansfield, SW",
                 "Direct safety work with Tayla and with Micah, seen separately, so that each makes their own "
                 "safety plan card",
                 "Fortnightly sessions, 21/01/2026 to 31/03/2026"],
            ],
        }),
        ("h2", "Outcome 2 – Tayla and Micah are cared for by a mum who is sober whenever she is looking after them"),
        ("p", "We will know this when:"),
        ("bullets", [
            "every breath test at Nicola's key-work reads zero and Nicola has been to every session, as set out "
            "in the alcohol service's written report before each core group;",
            "no alcohol is seen or smelled at any of Jade's visits, announced or unannounced, as recorded in her "
            "visit notes;",
            "Nicola's blood test results, sent by the GP to Jade, show her liver readings coming down by the "
            "review;",
            "scaling (0 = worried all the time, 10 = never worried): Tayla's worry about Mum's drinking from 3 "
            "to 7 by the review, as recorded by Jade.",
        ]),
        ("table", {
            "header": ["Ref", "Who", "What they will do", "When"],
            "widths": [1.2, 4.6, 7.2, 4.0],
            "rows": [
                ["2.1", "Stuart Keeling, recovery worker, Reskelby Alcohol and Drug Service",
                 "Key-work and a breath test with Nicola, and a written report on whether she is making the "
                 "changes Tayla and Micah need and how long lasting change is likely to take",
                 "Every Thursday; report two working days before each core group"],
                ["2.2", "Nicola Norcott (Mum)",
                 "Go to every key-work session and not drink on any day she is caring for Tayla and Micah",
                 "Every Thursday from 22/01/2026; every day"],
                ["2.3", "Dr Rukhsana Bibi, GP, Fellgate Surgery",
                 "Repeat Nicola's liver function blood test and send the results to Jade and Stuart",
                 "By 13/02/2026, and again by 15/06/2026"],
                ["2.4", "Jade Mansfield, SW",
                 "Visit Tayla and Micah at home, with one visit in three unannounced in the evening or at the "
                 "weekend",
                 "Weekly until 31/03/2026, then fortnightly until the next review if Outcome 2 is on track"],
            ],
        }),
        ("h2", "Outcome 3 – Tayla is in school every day and Micah gets the help he needs at school"),
        ("p", "We will know this when:"),
        ("bullets", [
            "Tayla's attendance is 95% or more across the spring and summer terms (82% last term), on the "
            "register report her school sends Jade every Friday, and her weekly check-ins are logged;",
            "Tayla has been to at least seven of her eight counselling sessions, and the counsellor's closing "
            "summary, shared with Tayla's agreement, is on file;",
            "Micah's Monday check-ins are logged, and his teacher records no more than one morning a half-term "
            "when he arrives upset;",
            "scaling: Tayla's \"how OK is school\" from 3 to 7, and Micah's \"how happy at school\" from 6 to "
            "8, as recorded by Jade.",
        ]),
        ("table", {
            "header": ["Ref", "Who", "What they will do", "When"],
            "widths": [1.2, 4.6, 7.2, 4.0],
            "rows": [
                ["3.1", "Mrs Joanne Kerr, DSL, Reskelby Academy",
                 "Send Tayla's attendance to Jade and give Tayla a check-in with her head of year",
                 "Every Friday in term time"],
                ["3.2", "Ellie Marchant, counsellor, Open Door Youth Counselling",
                 "Eight counselling sessions with Tayla about what she has seen and heard at home",
                 "Weekly from 26/01/2026"],
                ["3.3", "Mr Dale Fenwick, DSL, Brookside Primary",
                 "Meet Micah as he arrives on Monday mornings, ask how his weekend was and write down how he "
                 "presents",
                 "Every Monday in term time"],
            ],
        }),
        ("h2", "Outcome 4 – Tayla does not have to look after her mum or her brother"),
        ("p", "We will know this when:"),
        ("bullets", [
            "Tayla's young carer's assessment is done and her plan sent to Jade by 27/02/2026, and the group "
            "register shows her at the young carers' group at least twice a month;",
            "Nicola has attended at least ten of the twelve Freedom Programme sessions, shown by the register "
            "and the end-of-course letter;",
            "Brookside Primary's gate record shows Micah brought to school by Nicola or Lorraine every morning, "
            "and never by Tayla;",
            "scaling: Tayla's \"how much do I have to look after people at home\" from 8 now down to 3, as "
            "recorded by Jade.",
        ]),
        ("table", {
            "header": ["Ref", "Who", "What they will do", "When"],
            "widths": [1.2, 4.6, 7.2, 4.0],
            "rows": [
                ["4.1", "Kim Ashworth, Reskelby Young Carers",
                 "Complete a young carer's assessment with Tayla and offer her a place at the Tuesday young "
                 "carers' group",
                 "Assessment by 27/02/2026; group every Tuesday from 03/03/2026"],
                ["4.2", "Nicola Norcott (Mum)",
                 "Attend the Freedom Programme, so that she understands what Tayla and Micah lived through and "
                 "how to keep them safe",
                 "Wednesdays, twelve weeks from 21/01/2026"],
                ["4.3", "Lorraine Hebden (maternal aunt)",
                 "Take Micah to school on the mornings Nicola starts work at 7am",
                 "Every Monday and Wednesday in term time"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Darren comes to Larch Grove, contacts Nicola or the children, or is seen near either school, "
            "Nicola or the school will ring 999 and the police will attend; Jade will hold a strategy discussion "
            "the same working day.",
            "If Nicola is found drunk while caring for Tayla and Micah, or has a positive breath test, the "
            "children will stay with Lorraine at 12 Alder Close that night, and Jade will hold a strategy "
            "discussion the next working day.",
            "If Lorraine cannot have the children or cannot do the school runs, Jade will book Micah into "
            "Brookside's breakfast club and put a family support worker in the home for those mornings from the "
            "next day; if no safe adult can care for the children overnight, they will be placed together with "
            "Reskelby foster carers that night.",
            "If Nicola has two positive breath tests before the next review, or lets Darren back into the home, "
            "Jade will request a legal planning meeting within five working days.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every six weeks, Thursdays at 3.30pm, Reskelby Academy: 05/02/2026, 19/03/2026, "
            "30/04/2026 and 11/06/2026.",
            "Second review child protection conference: 07/07/2026, 10am, Reskelby County Hall.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Initial conference on the neonatal unit for a newborn being treated for
#    withdrawal; mother on methadone. Timing from phase headings ("Before
#    discharge", "Weeks 1 and 2 at home", "From week 3 until the review");
#    the measure inside each bullet. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b150_rothenmere_neonatal_discharge_phases_quayle.md",
    "split": "heldout",
    "actions": 12,
    "template": "icpc-on-neonatal-unit-markdown-details-bullets-why-teddys-days-on-the-unit-parents-views-outcomes-then-phase-subheadings-before-discharge-weeks-1-2-at-home-from-week-3-until-review-with-owner-first-bullets-measure-inside-each-sentence-contingency-meetings",
    "description": (
        "Exemplary initial conference plan, held on the neonatal unit, for a 9-day-old being "
        "treated for neonatal abstinence syndrome; his mother is on methadone, his father drinks "
        "at weekends, his paternal grandmother will stay for the first fortnight at home. The "
        "plan is Markdown bullets under phase subheadings that carry the timing ('Before "
        "discharge (expected 02/02/2026)', 'Weeks 1 and 2 at home', 'From week 3 until the "
        "review conference'); each bullet names its owner and has its measure inside the "
        "sentence ('so that ..., checked by ...'). The social worker visits the unit twice a week "
        "though the baby is not looked after; the drug service reports on capacity to change; "
        "the grandmother's part has a fallback; legal planning follows named triggers; dates set."
    ),
    "text": """\
# Child protection plan: Teddy Quayle

**Rothenmere City Council – Children's Services – Pre-birth and Infant Team**

- **Child:** Teddy Quayle, born 12/01/2026 at 37 weeks, 2.6kg
- **Where Teddy is now:** Wrenfield Neonatal Unit, Rothenmere General Hospital, being treated for
  neonatal abstinence syndrome (withdrawal from methadone). Teddy is not looked after: Shannon and
  Aidan agree with this plan and he will go home to them.
- **Mother:** Shannon Quayle (27), on a methadone prescription of 60ml a day
- **Father:** Aidan Kerrigan (29), scaffolder; lives with Shannon
- **Paternal grandmother:** Maureen Kerrigan, 5 Tollgate Lane, Rothenmere
- **Home:** 41 Brackwater Road, Rothenmere RT3 6HS
- **Category:** Neglect
- **Initial child protection conference:** 21/01/2026, held on the unit. Chair: Imogen Sallis (IRO)
- **Social worker:** Emma Frost (team manager: Joel Benham)

## Why Teddy has a plan

Shannon used heroin for six years. She has been on methadone since 2023 and stopped using heroin early
in the pregnancy, but her screen at 30 weeks was positive for cocaine and she missed four antenatal
appointments. Aidan drinks heavily at weekends; in November the police were called to the flat after
an argument on a Saturday night. Teddy needs morphine on the unit for his withdrawal and his dose is
being brought down; the neonatal team expect him to be ready for home around 02/02/2026.

## Teddy's days on the unit

Teddy cannot tell us what he feels, so this is what the nurses and Emma have seen. In his first days
he had a high-pitched cry, sneezed and yawned a lot and fed poorly; he settles best swaddled and held
skin to skin. Shannon has been on the unit every day, mostly in the afternoons, and feeds him calmly;
the nurses have seen her notice when he is getting distressed before he cries. Aidan comes in the
evenings after work and has done his bath twice. On Sunday 18/01/2026 neither parent came until 7pm
and Aidan smelled of alcohol.

**Shannon says:** "I know why you're worried. I've kept clean for him and I'll do the tests. I just
want him home."
**Aidan says:** "I'll stop the weekend drinking. My mum's going to stay, she's brilliant with babies."

## What we want for Teddy

1. Teddy is fed, comforted and gains weight steadily, back to his birth weight by the time he is 14
   days home and then growing along his centile.
2. Teddy is always cared for by a sober adult who notices when he is unsettled or withdrawing.
3. Teddy sleeps safely, on his back, in his own Moses basket in a smoke-free room.

## What will happen

Each bullet says who will do it and how we will know it has been done and is working. The heading
above each group of bullets says when.

### Before discharge (expected 02/02/2026)

- **Emma Frost (SW)** will visit Teddy on the unit twice a week, see a feed and talk to his nurses,
  and write up each visit on Teddy's file, so that the discharge planning meeting can read how
  Shannon and Aidan fed and settled him on each of her visits.
- **Sister Lydia Brennan (Wrenfield Neonatal Unit)** will keep the parenting log of each parent's
  visits, feeds, nappy changes and baths, so that the discharge meeting can see both parents doing at
  least one feed a day without prompting.
- **Helen Dacre (specialist substance use midwife)** will take a urine screen from Shannon at every
  visit to the unit, with the results on the maternity record and sent to Emma each week, so that
  discharge only goes ahead if every screen is clear of heroin and cocaine.
- **Emma Frost (SW)** will visit Brackwater Road with Aidan to check the Moses basket, the heating and
  that the flat is smoke-free; the safe sleep checklist will be signed by both parents and on file.

### Weeks 1 and 2 at home (from the day Teddy comes home)

- **Maureen Kerrigan (paternal grandmother)** will stay at the flat every night, do one night feed
  with Aidan and sign Teddy's night log each morning, which the health visitor checks at every visit.
- **Rachel Ince (health visitor)** will visit every other day, weigh Teddy and check him for signs of
  withdrawal, so that his red book shows him back to his birth weight by day 14.
- **Emma Frost (SW)** will visit at least twice a week, one visit unannounced, and see Teddy fed and
  put down on his back; her visit records will show every visit and what she saw.

### From week 3 until the review conference (21/04/2026)

- **Niall Corrigan (recovery worker, Rothenmere Drug and Alcohol Service)** will see Shannon every
  week with a supervised urine screen and send Emma a written report before each core group on her
  screens, her methadone, whether she is making the changes Teddy needs and how long that is likely
  to take.
- **Shannon** will go to every weekly key-work session and collect her methadone daily from Tollgate
  Pharmacy; the pharmacy's record and Niall's report will show no missed doses and every screen
  clear.
- **Aidan** will be the sober carer from 6pm every evening, do Teddy's bath and last feed, and not
  drink at all at weekends; the night log will show his name against every last feed and no alcohol
  will be seen or smelled at any visit.
- **Rachel Ince (health visitor)** will weigh Teddy every week at Cross Street clinic, so that his
  red book shows him on or above his birth centile at each weigh.
- **Emma Frost (SW)** will visit weekly and complete a parenting assessment of Shannon and Aidan by
  31/03/2026, with the report and its recommendations shared with the parents and the core group.

## If things go wrong

- **If Shannon** has a screen positive for heroin or cocaine, misses her methadone two days running,
  or either parent is found under the influence while caring for Teddy: Emma will hold a strategy
  discussion the same day, and Teddy will be cared for by whichever parent is sober with Maureen
  staying until it has taken place. Shannon will not be left alone with Teddy until the core group
  has met.
- **If Teddy** loses weight at two weighs in a row, or shows withdrawal signs at home (high-pitched
  crying, not feeding, tremors), the health visitor will send him to the children's assessment unit
  at Rothenmere General the same day and tell Emma.
- **If Maureen cannot stay** the nights she has agreed (illness, or the arrangement breaks down),
  Emma will arrange for Aidan's sister Ciara Kerrigan, already checked, to stay instead; if no sober
  adult can be with Teddy overnight, he will be placed with Rothenmere foster carers that night.
- **Legal planning:** if Shannon uses heroin or cocaine again before the review, or the parenting
  assessment finds by 31/03/2026 that Teddy cannot be kept safe at home, Emma will request a legal
  planning meeting within five working days, where PLO pre-proceedings will be decided.

## Meetings

- First core group: 04/02/2026, 2pm, Cross Street clinic; then every four weeks: 04/03/2026 and
  01/04/2026.
- Review child protection conference: 21/04/2026, 10am, Rothenmere Civic Centre.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Core group 2 record for a 10-year-old autistic, non-verbal boy whose
#    father (sole carer) has severe depression; aunt helps at weekends.
#    Plain text with tick boxes for frequency and status; a "Measuring
#    success" section keyed by action number. One completed one-off action
#    is kept and not counted. Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b150_ruxholme_core_group_tickbox_measuring_success_hallam.txt",
    "split": "heldout",
    "actions": 10,
    "template": "core-group-record-plain-text-numbered-sections-details-what-idris-shows-us-outcomes-then-numbered-action-blocks-with-lead-tick-box-frequency-start-end-and-tick-box-status-then-measuring-success-section-keyed-by-action-number-contingency-meetings",
    "description": (
        "Exemplary plan as updated at the second core group for a 10-year-old autistic boy who "
        "does not speak, whose father and sole carer has severe depression; the paternal aunt "
        "has him on Saturdays. Plain text: each numbered action has a lead, tick boxes for how "
        "often (only the ticked box counts), start and end, and a tick-box status; the measures "
        "are in a separate 'Measuring success' section keyed by action number. A one-off "
        "referral ticked complete is kept for the record and not counted. The community mental "
        "health nurse assesses capacity to change; the GP owns an action; the aunt's part has a "
        "fallback; legal planning follows named triggers; dates set; Idris's signs and choices "
        "are his voice."
    ),
    "text": """\
RUXHOLME BOROUGH COUNCIL
Children's Services - Disabled Children's Team
CHILD PROTECTION PLAN - UPDATED AT CORE GROUP 2
______________________________________________________________________________

SECTION 1  DETAILS

Child:               Idris Hallam, DOB 28/04/2015 (10)
Address:             9 Pennant Row, Ruxholme RX2 4LB
School:              Hollin Bank School (special school), Year 6
Father:              Gareth Hallam (44), sole carer since Idris's mother left
                     in 2024; she lives abroad and has no contact
Paternal aunt:       Carys Hallam, 30 Ewe Close, Ruxholme
Category:            Neglect
Initial conference:  06/01/2026 (chair: Rosalind Feeney, IRO)
This update:         Core group 2, 17/02/2026
Social worker:       Owen Threlfall (team manager: Bethan Lusk)

Idris is autistic and does not use speech. He uses a PECS book and some
Makaton signs. Gareth has severe depression. By December 2025 he had stopped
going out, Idris had missed 19 school days, lost 3kg and missed two
paediatric appointments, and the school found him in the same clothes four
days running. Gareth had stopped his medication in the autumn.

______________________________________________________________________________

SECTION 2  WHAT IDRIS SHOWS US

Idris cannot tell us in words, so this is what he shows the adults who know
him. At school he flaps and hums when he is happy, and bites his sleeve and
rocks when he is anxious. When his teacher showed him the symbols for
"home" and "school" and asked how each felt, he put "home" next to the sad
face twice in January and next to the OK face on 12/02/2026. Given pictures
of the people he sees, he picked Aunt Carys first and pushed the picture of
the kitchen away. On Owen's visit on 10/02/2026 he led Owen by the hand to
the fridge and tapped his "toast" card; there was bread in the house that
week. Carys says he runs to her door on Saturdays.

______________________________________________________________________________

SECTION 3  OUTCOMES FOR IDRIS

3.1  Idris is fed three meals a day, gains back the weight he lost and is
     clean and in fresh clothes every school day.
3.2  Idris goes to school every day and to every health appointment.
3.3  Idris is cared for by a dad who is well enough to meet his needs every
     day, and has safe adults around him when Gareth is struggling.
3.4  Idris's communication is used to find out how he feels about home.

______________________________________________________________________________

SECTION 4  ACTIONS

How to read this section: only the ticked box is the timescale. How each
action will be judged is in Section 5, under the same action number.

ACTION 1
  What:      Visit Idris at home, see him in his room and at a meal, and
             check there is food in the house
  Lead:      Owen Threlfall, social worker
  How often: [X] Weekly  [ ] Fortnightly  [ ] Monthly  [ ] Once, by: ________
  Start:     07/01/2026          End: review conference 07/04/2026
  Status:    [ ] Not started  [X] Under way  [ ] Complete

ACTION 2
  What:      See Gareth at home, assess his depression and whether he can
             make and keep the changes in his care of Idris, and the likely
             timescale, in a written report
  Lead:      Maria Sandoval, community psychiatric nurse, Ruxholme
             Community Mental Health Team
  How often: [ ] Weekly  [X] Fortnightly  [ ] Monthly  [ ] Once, by: ________
  Start:     13/01/2026          End: review conference 07/04/2026
  Status:    [ ] Not started  [X] Under way  [ ] Complete

ACTION 3
  What:      Review Gareth's antidepressant and write to Owen and Maria
             after each review, so that he is well enough to care for Idris
  Lead:      Dr Paul Ackroyd, GP, Ruxholme Health Centre
  How often: [ ] Weekly  [ ] Fortnightly  [X] Monthly  [ ] Once, by: ________
  Start:     20/01/2026          End: review conference 07/04/2026
  Status:    [ ] Not started  [X] Under way  [ ] Complete

ACTION 4
  What:      Record Idris's attendance, how he arrives (clean, fed, dressed
             for the weather) and his weight, and phone Owen the same day if
             he is absent without a reason
  Lead:      Mrs Hannah Ojo, DSL, Hollin Bank School
  How often: [X] Weekly  [ ] Fortnightly  [ ] Monthly  [ ] Once, by: ________
             (attendance every school day; weighed every Monday)
  Start:     07/01/2026          End: review conference 07/04/2026
  Status:    [ ] Not started  [X] Under way  [ ] Complete

ACTION 5
  What:      See Idris in the community paediatric clinic about his weight,
             sleep and diet, and send a clinic letter with a plan
  Lead:      Dr Sarah Whitby, community paediatrician, Ruxholme Child
             Development Centre
  How often: [ ] Weekly  [ ] Fortnightly  [ ] Monthly  [X] Once, by: 27/02/2026
  Status:    [ ] Not started  [X] Under way  [ ] Complete (booked 24/02/2026)

ACTION 6
  What:      Give Idris breakfast, a packed lunch and a hot tea, put him in
             clean clothes each school morning, and take him to every
             health appointment
  Lead:      Gareth Hallam (Dad)
  How often: [X] Daily  [ ] Weekly  [ ] Other: ________
  Start:     07/01/2026          End: review conference 07/04/2026
  Status:    [ ] Not started  [X] Under way  [ ] Complete

ACTION 7
  What:      Have Idris at Ewe Close every Saturday from 10am to 6pm, and
             for tea on Tuesdays after school
  Lead:      Carys Hallam (paternal aunt)
  How often: [X] Weekly  [ ] Fortnightly  [ ] Monthly  [ ] Once, by: ________
             (Saturdays and Tuesdays)
  Start:     10/01/2026          End: review conference 07/04/2026
  Status:    [ ] Not started  [X] Under way  [ ] Complete

ACTION 8
  What:      Refer Idris to the short breaks panel
  Lead:      Owen Threlfall, social worker
  How often: [ ] Weekly  [ ] Fortnightly  [ ] Monthly  [X] Once, by: 30/01/2026
  Status:    [ ] Not started  [ ] Under way  [X] Complete (accepted 29/01/2026)

ACTION 9
  What:      Overnight short break for Idris at Larkfield House, with the
             same two carers each time, so that Gareth has rest and Idris
             has a settled routine away from home
  Lead:      Jo Penhaligon, manager, Larkfield House short breaks service
  How often: [ ] Weekly  [X] Fortnightly  [ ] Monthly  [ ] Once, by: ________
  Start:     20/02/2026          End: review conference 07/04/2026
  Status:    [X] Not started  [ ] Under way  [ ] Complete

ACTION 10
  What:      Home visit to assess the safety of Idris's bedroom and the
             bathroom (he climbs and turns on taps)
  Lead:      Kerry Mottram, occupational therapist, Ruxholme Children's OT
  How often: [ ] Weekly  [ ] Fortnightly  [ ] Monthly  [X] Once, by: 13/03/2026
  Status:    [X] Not started  [ ] Under way  [ ] Complete

ACTION 11
  What:      Direct work with Idris using his PECS book and Talking Mats, to
             find out how he feels about home, meals and Saturdays
  Lead:      Owen Threlfall, social worker, with Nadia Farouk, speech and
             language therapist
  How often: [ ] Weekly  [ ] Fortnightly  [X] Monthly  [ ] Once, by: ________
             (in the week before each core group)
  Start:     10/02/2026          End: review conference 07/04/2026
  Status:    [ ] Not started  [X] Under way  [ ] Complete

______________________________________________________________________________

SECTION 5  MEASURING SUCCESS

By action number. The core group will look at these at every meeting.

Action 1   Visit records show Idris seen every week, in his room and at a
           meal, with food for at least two days in the kitchen each time.
Action 2   Maria's written report two working days before each core group,
           with her view of whether Gareth can make the changes and how long
           they will take.
Action 3   GP letter to Owen and Maria after each monthly review, showing the
           prescription collected each month.
Action 4   School's Friday email to Owen: attendance 95% or more (it was 71%
           last term), a Monday weight that is going up, and arrival notes
           showing Idris clean and in fresh clothes.
Action 5   Clinic letter to Owen and Gareth by 06/03/2026 with the weight and
           diet plan, shared at core group 3.
Action 6   Idris's Monday weights go up (Action 4), school arrival notes show
           him clean, fed and in fresh clothes, Owen sees three meals' food
           in the house, and the paediatric and dental records show no
           missed appointment.
Action 7   Carys's diary, which Owen checks every fortnight, shows every
           Saturday and Tuesday kept.
Action 8   Done - referral accepted by the short breaks panel on 29/01/2026.
Action 9   Larkfield House sends Owen its stay record after each short
           break; Idris's settling score (0-5, kept by his carers) is 3 or
           more by the review.
Action 10  OT report with recommendations to Owen and Gareth by 20/03/2026,
           and any equipment fitted by the review conference.
Action 11  Idris's Talking Mats photos and Nadia's notes are brought to each
           core group; the social worker records his choices in his words
           and signs.

______________________________________________________________________________

SECTION 6  CONTINGENCY

- If Idris is absent from school two days in a row without a reason, or
  arrives hungry or in the same clothes two days running, Mrs Ojo will tell
  Owen the same day and Owen will visit that day.
- If Gareth tells anyone he cannot cope or talks about ending his life, or
  Idris is found without food or alone, Owen will hold a strategy discussion
  the same day, Maria will arrange a same-day crisis assessment for Gareth,
  and Idris will stay with Carys at Ewe Close until it has taken place.
- If Carys cannot have Idris (illness or her work), Owen will ask Larkfield
  House for an emergency bed that night; if no bed is free, Idris will be
  placed with Ruxholme foster carers who care for disabled children.
- If by the review conference Idris's weight has not gone up, or Maria's
  report says Gareth cannot make the changes in Idris's timescale, Owen will
  request a legal planning meeting within five working days.

______________________________________________________________________________

SECTION 7  MEETINGS

Core group:          every four weeks, Tuesdays 1pm, Hollin Bank School
                     CG1 20/01/2026 (held)   CG2 17/02/2026 (held)
                     CG3 17/03/2026
Review conference:   07/04/2026, 10am, Ruxholme Town Hall
Views:               Owen will bring Idris's Talking Mats choices to each
                     core group and to the review.
______________________________________________________________________________
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Initial conference plan, domestic abuse and father's drinking, children
#    of 8 and 5; paternal grandparents supervise contact. What / Who / When
#    table with a separate "Signs of progress" list keyed by action number,
#    which leaves two actions out. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b150_rillingsea_icpc_signs_of_progress_section_brannock.docx",
    "doc_title": "Child Protection Plan - Ruby and Alfie Brannock",
    "split": "heldout",
    "actions": 12,
    "template": "icpc-word-plan-details-kv-what-happened-childrens-voices-outcomes-bullets-then-no-what-will-happen-who-when-table-no-measure-column-then-signs-of-progress-bullets-keyed-by-action-number-contingency-meetings",
    "description": (
        "Initial conference plan for an 8-year-old and a 5-year-old after domestic abuse by "
        "their father, who drinks and now lives with his parents under bail conditions; the "
        "paternal grandparents supervise his contact. The action table has No., What will "
        "happen, Who and When; how progress will be known is in a 'Signs of progress' list "
        "keyed by action number, which covers most rows. Faults among good rows: the father's "
        "alcohol key-work 'Ongoing'; 'Family' to help the children with their feelings; the "
        "parenting assessment and the mother's Freedom Programme left out of the signs list with "
        "no measure of their own; a play therapy referral with no owner; attendance only "
        "'monitored'; and a contingency that never says what happens if the grandparents cannot "
        "supervise."
    ),
    "blocks": [
        ("title", "Initial Child Protection Conference – Child Protection Plan"),
        ("p", "Rillingsea Borough Council · Children and Families · Assessment and Safeguarding Team (North)"),
        ("kv", [
            ("Children", "Ruby Brannock (8), DOB 03/03/2017; Alfie Brannock (5), DOB 16/08/2020"),
            ("Address", "14 Gullhaven Road, Rillingsea RL8 3DA"),
            ("Mother", "Leanne Brannock (31)"),
            ("Father", "Craig Brannock (34); living with his parents at 9 Seaview Terrace, Rillingsea, on bail "
                       "not to contact Leanne"),
            ("Paternal grandparents", "Pat and Keith Brannock, 9 Seaview Terrace"),
            ("Category", "Emotional abuse (both children)"),
            ("Conference", "20/01/2026. Chair: Olwen Garside (IRO)"),
            ("Social worker", "Abigail Renshaw (team manager: Dominic Yeats)"),
        ]),
        ("h1", "What has happened"),
        ("p", "Police have been called to Gullhaven Road three times since August 2025. On 28/12/2025 Craig came "
              "home drunk, pushed Leanne into the kitchen door and broke the television; Ruby rang 999 from her "
              "bedroom while Alfie hid under her bed. Craig was arrested and bailed to his parents' address. He "
              "told the conference he drinks \"most nights, more at the weekend\" and has started going to "
              "Rillingsea Alcohol Service. Leanne wants the children to keep seeing their dad if it is safe."),
        ("h1", "What Ruby and Alfie have told us"),
        ("p", "Ruby (seen on her own at school, 14/01/2026): \"I had to ring the police because Dad was hurting "
              "Mum. I'm not allowed to tell anyone at school but I told Miss Usher. I want to see Dad at Nana's "
              "but not if he's been drinking.\" Alfie (seen at home, 15/01/2026) drew the family with Dad "
              "outside the house and said, \"Daddy's at Nana's because he was shouting.\" His teacher says he "
              "has started hiding under tables when the classroom gets loud."),
        ("h1", "Outcomes for Ruby and Alfie"),
        ("bullets", [
            "Ruby and Alfie live in a home where they do not see or hear violence or shouting.",
            "Ruby and Alfie see their dad only when he is sober and another adult is with them.",
            "Ruby and Alfie are in school every day and can tell a trusted adult how they feel.",
        ]),
        ("h1", "What will happen"),
        ("p", "How we will know whether each action is working is in the Signs of progress list below the table, "
              "under the action's number."),
        ("table", {
            "header": ["No.", "What will happen", "Who", "When"],
            "widths": [1.0, 8.2, 4.3, 3.5],
            "rows": [
                ["1", "Visit Ruby and Alfie at home and see each of them on their own",
                 "Abigail Renshaw, SW", "Weekly from 21/01/2026"],
                ["2", "Safety planning and an updated risk assessment with Leanne, including a plan for the "
                      "school run",
                 "Jess Coady, IDVA, Rillingsea Women's Aid", "Weekly for ten weeks from 26/01/2026"],
                ["3", "Supervise Craig's contact with Ruby and Alfie at Seaview Terrace, and make sure he has "
                      "not been drinking before or during it",
                 "Pat and Keith Brannock (paternal grandparents)",
                 "Every Wednesday 4pm to 6pm and Sunday 11am to 2pm"],
                ["4", "Attend Rillingsea Alcohol Service key-work and give a breath test each time",
                 "Craig Brannock (Dad)", "Ongoing"],
                ["5", "Key-work and breath tests with Craig, and a report to each core group on whether he is "
                      "cutting down enough for Ruby and Alfie to be safe with him",
                 "Aaron Doyle, recovery worker, Rillingsea Alcohol Service",
                 "Weekly; report two working days before each core group"],
                ["6", "Attend the Choices domestic abuse perpetrator programme",
                 "Craig Brannock; programme worker Malik Rahman reports to the SW",
                 "20 weekly sessions from 03/02/2026"],
                ["7", "Help Ruby and Alfie to talk about their feelings about what happened at home",
                 "Family", "Every day"],
                ["8", "Complete a parenting assessment of Leanne", "Abigail Renshaw, SW", "By 17/03/2026"],
                ["9", "Refer Ruby to the school's play therapist", "-", "By 06/02/2026"],
                ["10", "Check Ruby's and Alfie's attendance and lateness and ring the SW if either is absent "
                       "without a reason",
                 "Mrs Karen Usher, DSL, Rillingsea Primary", "Every school day"],
                ["11", "Give Alfie time with his key adult in a quiet space to help him settle in class",
                 "Miss Gemma Platt, Reception teacher, Rillingsea Primary", "Every Tuesday and Thursday morning"],
                ["12", "Go to the Freedom Programme at Rillingsea Family Hub",
                 "Leanne Brannock (Mum)", "Thursdays, 12 weeks from 29/01/2026"],
            ],
        }),
        ("h1", "Signs of progress"),
        ("bullets", [
            "(Action 1) Visit records show both children seen every week and each seen alone, with their words "
            "written down.",
            "(Action 2) A written safety plan signed by Leanne is on file by 09/02/2026, and Jess's updated risk "
            "score is shared at each core group.",
            "(Action 3) The contact book kept at Seaview Terrace is signed by Pat or Keith after every contact "
            "and shown to the SW each fortnight.",
            "(Actions 4 and 5) Aaron's report before each core group shows Craig at every session with every "
            "breath test reading zero on contact days.",
            "(Action 6) Malik Rahman's attendance letter after every fourth session shows no sessions missed.",
            "(Action 7) Ruby's worry jar chart, filled in with Mum in the evenings, is shown to the SW at each "
            "visit.",
            "(Action 9) Ruby's first play therapy session has taken place and the therapist's summary is on "
            "file.",
            "(Action 10) School will monitor attendance.",
            "(Action 11) Miss Platt's log shows Alfie joining carpet time without hiding on most days by the "
            "review.",
        ]),
        ("h1", "Contingency plan"),
        ("p", "If Craig comes to Gullhaven Road or contacts Leanne in breach of his bail, Leanne will ring 999 and "
              "the police will attend; Abigail will hold a strategy discussion the same day, and Leanne and the "
              "children will be offered a place at Rillingsea Women's Aid refuge if she wants it."),
        ("p", "If there is a further incident of domestic abuse in front of Ruby or Alfie, or Craig's breath "
              "tests are positive on contact days twice before the review, Abigail will request a legal planning "
              "meeting within five working days."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks at Rillingsea Primary, Mondays 3.45pm: 02/02/2026, 02/03/2026 and "
            "30/03/2026.",
            "Review child protection conference: 14/04/2026, 1pm, Rillingsea Civic Offices.",
        ]),
    ],
    "findings": [
        F("T002", "Attend Rillingsea Alcohol Service key-work and give a breath test"),
        F("W002", "Help Ruby and Alfie to talk about their feelings"),
        F("M001", "Complete a parenting assessment of Leanne"),
        F("W001", "Refer Ruby to the school's play therapist"),
        F("M002", "Check Ruby's and Alfie's attendance and lateness and ring"),
        F("M001", "Go to the Freedom Programme at Rillingsea Family Hub"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 6. First review conference plan, mother's bipolar disorder, children of 7
#    and 3. Part A one-off tasks all due by one date, Part B regular work to
#    the next review, Part C with no time; a separate evidence table by
#    reference. Faulty (pdf, header and footer)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b150_rookwarden_rcpc_part_deadlines_evidence_table_sowerby.pdf",
    "doc_title": "Review Child Protection Plan - Mia and Leo Sowerby",
    "split": "heldout",
    "actions": 13,
    "template": "rcpc-plan-word-printed-to-pdf-header-footer-details-kv-progress-since-icpc-childrens-views-outcomes-then-action-table-in-parts-part-a-one-deadline-for-all-part-b-until-next-review-part-c-no-time-then-separate-ref-evidence-table-contingency-meetings",
    "description": (
        "First review conference plan for a 7-year-old and a 3-year-old whose mother has bipolar "
        "disorder and was in hospital after a manic episode. The action table is in parts: Part "
        "A one-off tasks 'all to be completed by 20/03/2026', Part B regular work until the next "
        "review, each with its frequency, and Part C 'further work' with no time; the measure for "
        "each reference is in a separate evidence table. The psychiatrist assesses capacity to "
        "change and the father's alternate weekends are a parent's part. Faults: the care "
        "co-ordinator's row only supports, measured by attendance; one Part A row 'when Mum feels "
        "ready'; Ryan's parenting assessment left out of the evidence table; the peer group "
        "measured by 'engagement'; a family group conference with no time; one outcome about the "
        "mother only; no legal planning anywhere."
    ),
    "header": "OFFICIAL-SENSITIVE · Rookwarden City Council · Children's Social Work Service",
    "footer": "Sowerby – RCPC plan 27/01/2026 – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Review Child Protection Conference – Plan"),
        ("kv", [
            ("Children", "Mia Sowerby (7), DOB 05/05/2018; Leo Sowerby (3), DOB 22/09/2022"),
            ("Address", "3 Fallowfield Court, Rookwarden RW6 1JT"),
            ("Mother", "Jodie Sowerby (29)"),
            ("Father", "Ryan Tait (32), 58 Vicarage Street, Rookwarden; has the children every other weekend"),
            ("Category", "Neglect"),
            ("Plan history", "Initial conference 21/10/2025; first review conference 27/01/2026. Chair: Lionel "
                             "Adjei (IRO)"),
            ("Social worker", "Kirsty Hanlon (team manager: Anjali Rooke)"),
        ]),
        ("h1", "Progress since the initial conference"),
        ("p", "Jodie has bipolar affective disorder. In October 2025 she stopped her lithium, did not sleep for "
              "several nights and took Mia and Leo into the town centre at 2am in their pyjamas. She was an "
              "informal patient at Rookwarden Mental Health Unit from 09/10/2025 to 24/10/2025 while the "
              "children stayed with Ryan. Since then she has taken her lithium, her blood levels have been in "
              "range at both tests, and she has kept every appointment with her care co-ordinator. Mia's "
              "attendance has recovered to 94%. Leo has no nursery place yet. Mia does not understand why her "
              "mum \"went away\" and has been wetting the bed again."),
        ("h1", "What Mia and Leo have told us"),
        ("p", "Mia (seen on her own at school, 19/01/2026): \"Mummy was being silly and fast and then she went to "
              "the hospital. I don't want her to go away again. I like Daddy's weekends because we go "
              "swimming.\" Leo is 3. At home he chats to Jodie and brings her his books; at Ryan's he follows "
              "Mia everywhere and, Ryan says, cries at bedtime for his mum."),
        ("h1", "Outcomes"),
        ("bullets", [
            "Mia and Leo are cared for every day by an adult who is well enough to keep them safe, day and "
            "night.",
            "Mia understands, in words that suit her age, why her mum was unwell, and knows who to call if it "
            "happens again.",
            "Leo goes to nursery five mornings a week and his speech keeps up with other three-year-olds.",
            "Jodie's mental health will be stable.",
        ]),
        ("h1", "Action plan"),
        ("p", "Part A tasks are one-off and are all to be completed by 20/03/2026. Part B is regular work that "
              "runs until the next review conference on 28/04/2026, at the frequency in each row. The evidence "
              "for each row is in the evidence table that follows, under the same reference."),
        ("table", {
            "header": ["Ref", "Action", "Lead", "Frequency or note"],
            "widths": [1.1, 8.2, 4.4, 3.3],
            "rows": [
                ["Part A – one-off tasks: all to be completed by 20/03/2026", "<", "<", "<"],
                ["A1", "Write a relapse signature plan with Jodie listing her early warning signs and who she, "
                       "Ryan and the school will call",
                 "Kirsty Hanlon, SW, with Jodie", "One-off"],
                ["A2", "Psychiatric review of Jodie's lithium, with a written view on her capacity to keep the "
                       "children safe if she becomes unwell and the likely timescale for her to be settled",
                 "Dr Helena Voss, consultant psychiatrist, Rookwarden Community Mental Health Team", "One-off"],
                ["A3", "Secure a nursery place for Leo for five mornings a week",
                 "Kirsty Hanlon, SW", "One-off"],
                ["A4", "Explain to Mia, with the SW's help, why her mum was in hospital",
                 "Jodie Sowerby (Mum), with Kirsty Hanlon", "When Mum feels ready"],
                ["A5", "Complete a parenting assessment of Ryan as the children's carer if Jodie becomes unwell",
                 "Kirsty Hanlon, SW", "One-off"],
                ["Part B – regular work until the review conference on 28/04/2026", "<", "<", "<"],
                ["B1", "Visit Mia and Leo at home and see Mia on her own",
                 "Kirsty Hanlon, SW", "Weekly"],
                ["B2", "Appointments with Jodie to support her with her mood and her medication",
                 "Sam Okoye, care co-ordinator, Rookwarden Community Mental Health Team", "Fortnightly"],
                ["B3", "Take her lithium every day and go for her lithium blood tests",
                 "Jodie Sowerby (Mum)", "Daily; blood test every three months"],
                ["B4", "Check Mia's attendance and how she presents, and give her a check-in with her class "
                       "teaching assistant",
                 "Mr Tom Avery, DSL, St Cuthbert's Primary", "Every Monday and Friday"],
                ["B5", "Record Leo's attendance, how he presents and anything he says about home",
                 "Little Wrens Nursery (key worker Dee Harte)", "Every session, once the place starts"],
                ["B6", "Go to the Rookwarden Mood Peer Support group for parents",
                 "Jodie Sowerby (Mum)", "Monthly, first Tuesday"],
                ["B7", "Have Mia and Leo from Friday tea to Sunday tea, and be the adult the children go to if "
                       "Jodie becomes unwell",
                 "Ryan Tait (Dad)", "Every other weekend"],
                ["Part C – further work", "<", "<", "<"],
                ["C1", "Hold a family group conference to find out who else in the family can help",
                 "Kirsty Hanlon, SW, with the FGC co-ordinator", "One-off"],
            ],
        }),
        ("h1", "Evidence"),
        ("table", {
            "header": ["Ref", "What will show the action is working"],
            "widths": [1.4, 15.6],
            "rows": [
                ["A1", "Relapse signature plan signed by Jodie, with copies held by Ryan, the school and the "
                       "nursery"],
                ["A2", "Dr Voss's letter to the SW, shared at the next core group"],
                ["A3", "Nursery's written confirmation of Leo's start date and sessions"],
                ["A4", "Mia can tell the SW in her own words why her mum was in hospital and who she would ring; "
                       "recorded in the SW's direct work notes"],
                ["B1", "Visit records show both children seen every week and Mia seen alone at least every other "
                       "visit"],
                ["B2", "Attendance at appointments recorded by the CMHT"],
                ["B3", "Lithium levels in range at every test, shown in the GP's letter to the SW"],
                ["B4", "Attendance emailed to the SW every Friday, 95% or more; check-ins logged on CPOMS"],
                ["B5", "Weekly email to the SW with Leo's attendance, 90% or more, and the key worker's notes"],
                ["B6", "Engagement with the group"],
                ["B7", "Ryan's contact diary, seen by the SW each fortnight, shows every weekend kept"],
                ["C1", "Family plan from the conference on file, naming who will help and when"],
            ],
        }),
        ("h1", "Contingency"),
        ("p", "If Jodie shows two or more of her early warning signs (not sleeping for two nights, spending "
              "sprees, talking very fast, stopping her lithium), Ryan, the school or the nursery will ring Sam "
              "Okoye the same day and Sam will see Jodie that day. Mia and Leo will go to Ryan's at Vicarage "
              "Street until Jodie is well again, and Kirsty will hold a strategy discussion the same day if "
              "Jodie has been caring for the children while unwell."),
        ("p", "If Ryan cannot have the children at those times (he works some night shifts), Kirsty will place Mia "
              "and Leo together with Rookwarden foster carers the same day."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every six weeks, Wednesdays at 9.30am, St Cuthbert's Primary: 11/02/2026 and 25/03/2026.",
            "Next review child protection conference: 28/04/2026, 2pm, Rookwarden Civic Centre.",
        ]),
    ],
    "findings": [
        F("F002", "Jodie's mental health will be stable."),
        F("T002", "Explain to Mia, with the SW's help, why her mum"),
        F("M001", "Complete a parenting assessment of Ryan as the children's carer"),
        F("H001", "Appointments with Jodie to support her with her mood"),
        F("M002", "Go to the Rookwarden Mood Peer Support group"),
        F("T001", "Hold a family group conference to find out who"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Review conference plan, father's drinking and cannabis, a boy of 15
#    and a girl of 11, uncle helping. Outcome table with "What the review
#    will look at" checks; a Who / What / When table whose "For outcome"
#    column ties each row to a check; tick-box timings. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b150_rampleford_rcpc_for_outcome_checks_tickbox_doherty.md",
    "split": "heldout",
    "actions": 12,
    "template": "rcpc-plan-markdown-details-bullets-why-what-kieran-and-evie-want-then-outcome-table-with-what-the-review-will-look-at-column-then-no-for-outcome-who-what-when-table-with-tick-box-timings-contingency-meetings-with-yes-no-tick-boxes",
    "description": (
        "First review conference plan for a 15-year-old boy and his 11-year-old sister whose "
        "father, their sole carer, drinks and smokes cannabis; their uncle has the girl after "
        "school and at weekends. An outcome table says what the review will look at for each "
        "outcome; the action table has no measure column but a 'For outcome' column that ties "
        "each row to an outcome's check, and its When cells are tick boxes (only the ticked box "
        "counts). Faults among good rows: the GP's detox assessment with no box ticked; youth "
        "work 'as and when'; the 'Core group' to share sightings; two rows under an outcome whose "
        "only check is that Evie 'feels happier'; a row tied to no outcome and with no measure; "
        "and the next review conference date not set."
    ),
    "text": """\
# Child protection plan – Kieran and Evie Doherty

*Rampleford District Council – Children and Young People's Service – Locality Team East*

- **Young people:** Kieran Doherty (15), DOB 11/07/2010; Evie Doherty (11), DOB 30/03/2014
- **Address:** 62 Tanner's Hill, Rampleford RP5 2WG
- **Father:** Sean Doherty (46), sole carer
- **Mother:** Michelle Doherty; left the family in 2021, last known to be living in Cork
- **Uncle:** Declan Doherty (Sean's brother), 4 Weir Lane, Rampleford
- **Category:** Neglect
- **Plan history:** initial conference 14/10/2025; first review conference 22/01/2026 (this plan).
  Chair: Harriet Mensah (IRO)
- **Social worker:** Lauren Fisk (team manager: Craig Ollerenshaw)

## Why there is a plan

Sean drinks most days and smokes cannabis in the house. In September the school found that Kieran
had been getting Evie up, dressing her and taking her to school most mornings, and that there was
often no food in the house. Kieran's attendance was 61% last term and he has been seen out late in
the town centre with a group of older young men. Since the initial conference Sean has started going
to the Rampleford Drug and Alcohol Team and Declan has begun having Evie after school twice a week.

## What Kieran and Evie want

**Kieran** (seen on his own at the youth centre, 15/01/2026): "I'm not a carer, I just do what needs
doing. Dad's alright when he's not had a drink. I don't want a social worker at school. If Dad stopped
the weed I'd stop going out so much." He scored how things are at home 5 out of 10.

**Evie** (seen on her own at school, 16/01/2026): "I like going to Uncle Declan's because he makes
proper tea. I worry about Kieran when he comes in late, I listen out for the door. I want Dad to be
like when Mum was here." She scored home 4 out of 10.

## Outcomes and what the review will look at

| Ref | What we want for Kieran and Evie | What the review will look at |
|---|---|---|
| O1 | Kieran and Evie have food in the house, clean clothes and a warm home every day. | Lauren's visit checklist shows food for at least two days at every visit, announced or not; the schools' arrival notes show both young people clean and with breakfast eaten; Declan's diary of Evie's teas, seen by Lauren each fortnight, shows every Tuesday and Thursday kept. |
| O2 | Kieran and Evie are cared for by a dad who is sober and not stoned when he is looking after them. | The Drug and Alcohol Team's report to each core group shows Sean at every session with clear screens; no alcohol or cannabis smelled at any visit; the GP's letter on Sean's detox assessment is on file. |
| O3 | Kieran is in school every day and is safe in the evenings. | Kieran's attendance is 90% or more on the school's Friday report; the home-by-9.30pm log Sean keeps, countersigned by Kieran, shows every school night kept; any sighting with the older group is on the police log. |
| O4 | Evie does not have to worry about her dad and her brother. | Evie feels happier. |

## Who will do what

Each row's "For outcome" says which check above will show whether it is working. In the When column
only a ticked box counts.

| No. | For outcome | Who | What | When |
|---|---|---|---|---|
| 1 | O1, O2 | Lauren Fisk, SW | Visit Kieran and Evie at home, every other visit unannounced, check the food cupboards and see each of them alone | [x] Weekly [ ] Fortnightly [ ] Once by: ___ from 23/01/2026 until the next review |
| 2 | O1 | Sean Doherty (Dad) | Do a weekly food shop with Declan and keep breakfast food in for both young people | [x] Weekly [ ] Fortnightly [ ] Once by: ___ every Saturday |
| 3 | O1 | Declan Doherty (uncle) | Have Evie at Weir Lane for tea after school and help her with her homework | [x] Weekly [ ] Fortnightly [ ] Once by: ___ every Tuesday and Thursday |
| 4 | O2 | Jonah Priestley, Rampleford Drug and Alcohol Team | Key-work with Sean with breath and urine screens, and a written report to each core group on whether he is making the changes Kieran and Evie need | [x] Weekly [ ] Fortnightly [ ] Once by: ___ report two working days before each core group |
| 5 | O2 | Sean Doherty (Dad) | Go to every key-work session and not drink or smoke cannabis in the house | [x] Weekly [ ] Fortnightly [ ] Once by: ___ every Monday |
| 6 | O2 | Dr Imran Sheikh, GP, Tanner's Hill Surgery | Assess Sean for a community alcohol detox and write to Lauren with the outcome | [ ] Weekly [ ] Fortnightly [ ] Once by: ___ |
| 7 | O3 | Mr Neil Garrity, DSL, Rampleford High School | Send Kieran's attendance to Lauren and meet Kieran with his mentor | [x] Weekly [ ] Fortnightly [ ] Once by: ___ every Friday |
| 8 | O3 | Ben Achebe, youth worker, Rampleford Youth Service | Sessions with Kieran about who he spends his evenings with and how to stay safe | [ ] Weekly [ ] Fortnightly [ ] Once by: ___ as and when Kieran is around |
| 9 | O3 | Core group | Share any sighting of Kieran with the older group with Lauren | [x] Weekly [ ] Fortnightly [ ] Once by: ___ and at each core group |
| 10 | O4 | Lauren Fisk, SW | Direct work with Evie about her worries at home, using her worry book | [ ] Weekly [x] Fortnightly [ ] Once by: ___ from 29/01/2026 |
| 11 | O4 | Mrs Ruth Beckwith, learning mentor, Millgate Primary | Give Evie a quiet check-in at the start of the school day | [x] Weekly [ ] Fortnightly [ ] Once by: ___ every Wednesday |
| 12 | – | Lauren Fisk, SW | Find out whether Kieran and Evie's mum could have contact with them | [ ] Weekly [ ] Fortnightly [x] Once by: 27/02/2026 |

## If things go wrong

- If Sean is drunk or stoned while caring for Kieran and Evie, or a screen is positive, Evie will stay
  with Declan at Weir Lane that night and Lauren will visit the next morning; Kieran will be offered
  the same.
- If Declan cannot have Evie (he works away some weeks), Lauren will arrange for the family support
  worker to take Evie to the after-school club and home on those days; if no safe adult is available
  overnight, Kieran and Evie will be placed with Rampleford foster carers that night.
- If Kieran does not come home by midnight, Sean will report him missing to Rampleford Police, and
  Lauren will hold a strategy discussion the next working day if he has been with the older group.
- If Sean has two positive screens before the next review or the house has no food at two visits in
  a row, Lauren will request a legal planning meeting within five working days.

## Meetings

- Core group: every six weeks, Thursdays 4pm at Rampleford High School – 05/03/2026, 16/04/2026.
- Next review conference date set? Yes [ ] No [x] – to be arranged by the conference team.
- Kieran and Evie invited to the next review? Yes [x] No [ ]
""",
    "findings": [
        F("T001", "Assess Sean for a community alcohol detox and write"),
        F("T002", "Sessions with Kieran about who he spends his evenings"),
        F("W002", "Share any sighting of Kieran with the older group"),
        F("M002", "Direct work with Evie about her worries at home"),
        F("M002", "Give Evie a quiet check-in at the start"),
        F("M001", "Find out whether Kieran and Evie's mum could have"),
        F("R001"),
    ],
})
