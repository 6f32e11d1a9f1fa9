"""Batch 153, module w: seven fictional plans (tuning material), places beginning with "w".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: plans whose measures of progress and timing sit somewhere other than a
column of the action table. An initial conference plan for two young
children whose mother has bipolar disorder, with four SMART outcomes that
each carry their own "We will know this is working when" evidence and a
score, and only What / Who / When tables under them (docx); a review plan
for two children after domestic abuse, with a Part A action table (Ref /
Action / Lead / By when) and a separate Part B "What the review will look
at" table keyed by Ref (PDF); a core group plan for a 13-year-old young
carer and her brother, whose father drinks, with the time given once in
phase headings and a "Signs of progress" list keyed by action number (md); a
case-system print for a disabled, non-verbal 8-year-old with tick boxes for
frequency and status and a "Measuring success" part keyed by action number
(txt); an initial conference plan for two teenagers in a hoarded home, with
part banner rows in the action table giving one deadline for each part and a
"How we will know things are better" section keyed by outcome (docx); a
review plan for a care leaver's baby moving from a parent and baby unit to
a flat, with a stage timeline table listing action numbers and a separate
"Measuring success" table (PDF); and a review plan for two small children
whose father uses cocaine, with scaled goals whose "We will know when"
checks cover the bullets under them, some bullets carrying their own check
in the sentence (md).

Three plans are exemplary: the Wolverscombe SMART-outcome plan (docx), the
Whitterby phased core group plan (md) and the Willowcrake stage-timeline plan
(pdf). Four carry a realistic mix of faults among mostly good rows: the
Wendlingham review plan (pdf; a CBT row that only treats, "Engagement" as
the only review point, "All agencies", "Ongoing", a row Part B leaves out),
the Wyrmsdale case print (txt; no frequency box ticked and no dates, "[X]
Other: as and when", a CPN who only supports measured by a feeling, an
action the measuring-success part leaves out, no fallback if the
grandfather's help fails, no legal planning), the Wanthorpe part-deadline
plan (docx; an outcome about the mother only whose vague check is the only
measure of a CPN support row, a "Family" owner, a row's own "when she can",
an "Also agreed" banner with no time, no review conference date) and the
Wessingford scaled-goals plan (md; a goal about the mother's confidence
measured by what she says, a passive row, "ongoing", a "Core group" owner,
an "Also agreed" bullet with no time or measure, a contingency of "further
concerns" and "consider", no legal planning).

Counting convention used for "actions" (README convention 1): every live row
of an action table and every bullet or numbered item of an action section
counts, wherever its time or measure is written; outcome checks, timelines,
"what the review will look at" and "measuring success" parts, contingencies
and meeting dates are not actions. The one-off short breaks referral ticked
"[X] Complete" in the Wyrmsdale print is work already done and is not
counted; part and stage banner rows are headings, not actions.
"""
from build_batch5 import F, H

PLANS = []


# ---------------------------------------------------------------------------
# 1. Initial conference plan, mother with bipolar disorder off her lithium,
#    a 6-year-old and a 20-month-old, grandfather and father help. Four
#    SMART outcomes with their own evidence and a score; What / Who / When
#    tables under each. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b153_wolverscombe_icpc_smart_outcomes_who_what_when_thackeray.docx",
    "doc_title": "Initial Child Protection Plan - Leo and Freya Thackeray",
    "split": "tune",
    "actions": 14,
    "template": "icpc-word-plan-details-kv-why-a-plan-childrens-views-and-days-then-four-smart-outcome-headings-each-with-we-will-know-this-is-working-when-evidence-bullets-and-a-score-then-no-what-who-when-table-under-each-no-measure-column-contingency-meetings",
    "description": (
        "Exemplary initial conference plan for a 6-year-old and a 20-month-old whose mother has "
        "bipolar disorder, stopped her lithium and had a short admission; their grandfather and "
        "father step in. Each of four outcomes is written as a SMART outcome with its own 'We will "
        "know this is working when' evidence and a score now and by the review; the tables under "
        "each outcome give only No. / What / Who / When, so every row's measure is its outcome's "
        "evidence. The care co-ordinator and the psychiatrist both report on capacity to change, "
        "the GP owns an action, the grandfather's part has a fallback, legal planning follows "
        "named triggers, core group and review dates are set, Leo's words and Freya's day recorded."
    ),
    "blocks": [
        ("title", "Initial Child Protection Plan"),
        ("p", "Wolverscombe Borough Council – Children's Services – Family Safeguarding Team (North)"),
        ("kv", [
            ("Children", "Leo Thackeray (6), DOB 02/03/2019, Year 2 at Ashgrove Primary; Freya Thackeray "
                         "(20 months), DOB 11/03/2024, Little Wrens Nursery on Tuesdays and Thursdays"),
            ("Address", "6 Lantern Court, Wolverscombe WC3 7PH"),
            ("Mother", "Chantelle Thackeray (29)"),
            ("Father", "Jordan Ellery (31), 14 Kestrel Way, Wolverscombe; has the children on Sundays"),
            ("Maternal grandfather", "Graham Thackeray (63), 3 Orchard Rise, Wolverscombe (five minutes by car)"),
            ("Category", "Neglect"),
            ("Conference", "Initial child protection conference, 17/11/2025. Chair: Angela Moorcroft (IRO)"),
            ("Social worker", "Tom Rafferty (team manager: Bernadette Shaw)"),
        ]),
        ("h1", "Why Leo and Freya need a plan"),
        ("p", "Chantelle has bipolar disorder and has been well on lithium for four years. She stopped taking it "
              "in August. By early October she was sleeping two or three hours a night, spending money she did "
              "not have and walking the town centre late at night with Freya in her buggy. On 14/10/2025 she "
              "left Freya for an afternoon with a man she had met that day, and Leo missed six days of school "
              "in a fortnight. She agreed to go into the Larchfield Unit from 20/10/2025 to 03/11/2025, and "
              "Leo and Freya stayed with their grandfather Graham. Chantelle restarted lithium on the ward and "
              "came home on 03/11/2025. She says she stopped it because she felt flat and missed feeling "
              "creative."),
        ("h1", "What Leo says, and what Freya's days are like"),
        ("p", "Leo (seen on his own at school, 12/11/2025): \"Mummy was talking really fast and we went to "
              "the shops in the night. I didn't like it when she shouted at the man. Grandad's house is "
              "quiet and he does eggy bread.\" Leo drew his house and put himself next to his mum's bed. He "
              "said he wants to live with Mummy \"when she's not poorly\" and that he wants Grandad to come "
              "more. He scored home 4 out of 10."),
        ("p", "Freya does not say many words yet. At Graham's on 29/10/2025 she was settled, ate her tea and "
              "took her cup to him when she wanted more. At home on 07/11/2025 she followed Chantelle from "
              "room to room and cried when Chantelle went upstairs, and settled when Leo gave her his "
              "dinosaur. Nursery say she has been more clingy since October and has missed four sessions."),
        ("h1", "Outcomes for Leo and Freya, and how we will know"),
        ("p", "Each outcome has its own evidence. The actions in the table under an outcome are measured by "
              "that outcome's evidence. Scores run from 0 (not safe) to 10 (safe enough for the plan to end); "
              "the core group scores each outcome at every meeting and the SW records the score agreed."),
        ("h2", "Outcome 1: Leo and Freya are fed, get to school and nursery, and are only ever cared for "
               "by adults the family safety plan names"),
        ("boldp", "We will know this is working when:"),
        ("bullets", [
            "Leo's attendance is 95% or more on Ashgrove's weekly printout, and Freya is at nursery for every "
            "booked session unless she is ill.",
            "At every SW visit there is food in the house and the children are with Chantelle or an adult "
            "named on the family safety plan.",
            "No school, nursery or neighbour reports the children left with someone not on the plan.",
        ]),
        ("p", "Score now: 4. Score we want by the review conference: 7."),
        ("table", {
            "header": ["No.", "What will happen", "Who", "When"],
            "widths": [1.1, 8.0, 4.2, 3.7],
            "rows": [
                ["1.1",
                 "Visit Leo and Freya at home, one visit in three unannounced, and see Leo on his own",
                 "Tom Rafferty, SW",
                 "Weekly from 18/11/2025 until the review conference"],
                ["1.2",
                 "Check Leo's attendance and how he presents each morning, and send the SW the attendance "
                 "printout",
                 "Mrs Rachel Odell, DSL, Ashgrove Primary",
                 "Every school day; printout each Friday"],
                ["1.3",
                 "Record Freya's attendance and how she presents, and phone the SW if she does not arrive",
                 "Kelly Fenn, manager, Little Wrens Nursery",
                 "Every Tuesday and Thursday session; phone call the same morning"],
                ["1.4",
                 "Keep food in for the children, and leave Leo and Freya only with the adults named on the "
                 "family safety plan",
                 "Chantelle Thackeray (Mum)",
                 "Every day from 17/11/2025"],
            ],
        }),
        ("h2", "Outcome 2: Leo and Freya are cared for by a mum whose illness is treated, and the core group "
               "knows from her mental health team whether she can stay well enough for them"),
        ("boldp", "We will know this is working when:"),
        ("bullets", [
            "Chantelle's lithium level is in range at every blood test, shown in the GP's letters to the SW.",
            "Dr Okafor's written assessment of Chantelle's capacity to change, and the likely timescale, is "
            "on the file by 05/01/2026.",
            "Sunita's written report is on the file two working days before every core group, and Chantelle "
            "has missed no CMHT appointment.",
        ]),
        ("p", "Score now: 3. Score we want by the review conference: 7."),
        ("table", {
            "header": ["No.", "What will happen", "Who", "When"],
            "widths": [1.1, 8.0, 4.2, 3.7],
            "rows": [
                ["2.1",
                 "Visit Chantelle at home, go through her early warning signs with her, and report to each "
                 "core group on whether she is making and keeping the changes Leo and Freya need",
                 "Sunita Mehra, care co-ordinator (CPN), Wolverscombe Community Mental Health Team",
                 "Every week from 19/11/2025; report two working days before each core group"],
                ["2.2",
                 "See Chantelle in clinic, review her lithium, and give a written assessment of her insight, "
                 "her risk of relapse, her capacity to change and how long change is likely to take",
                 "Dr Adaeze Okafor, consultant psychiatrist, Wolverscombe Community Mental Health Team",
                 "Clinic by 01/12/2025; written assessment by 05/01/2026"],
                ["2.3",
                 "Take her lithium every evening and go to every blood test and CMHT appointment, so that she "
                 "stays well enough to care for Leo and Freya",
                 "Chantelle Thackeray (Mum)",
                 "Every day from 17/11/2025"],
                ["2.4",
                 "Take Chantelle's lithium blood tests and send the results to the CMHT and the SW",
                 "Dr Paul Brennan, GP, Highgate Surgery",
                 "First test by 28/11/2025, then every 12 weeks"],
            ],
        }),
        ("h2", "Outcome 3: Leo understands, in words that fit his age, what happens when Mum is poorly, and "
               "knows who to call"),
        ("boldp", "We will know this is working when:"),
        ("bullets", [
            "At SW visits Leo can name his three safe adults and show the SW Grandad's number on his safety "
            "card.",
            "Leo's own words and drawings from each session are kept on the file and brought to the review.",
            "Young Carers' register shows Leo at the Wednesday club.",
        ]),
        ("p", "Score now: 2. Score we want by the review conference: 7."),
        ("table", {
            "header": ["No.", "What will happen", "Who", "When"],
            "widths": [1.1, 8.0, 4.2, 3.7],
            "rows": [
                ["3.1",
                 "Direct work with Leo about Mum's illness, using the 'When Mum is poorly' storybook, and make "
                 "his safety card with him",
                 "Tom Rafferty, SW",
                 "Four sessions by 19/12/2025"],
                ["3.2",
                 "Talk with Leo and Chantelle together about Mum's illness, and give Leo a place at the "
                 "Wednesday young carers' club",
                 "Amir Hussain, Wolverscombe Young Carers",
                 "First session by 10/12/2025, then every Wednesday"],
            ],
        }),
        ("h2", "Outcome 4: Leo and Freya always have a safe adult ready to step in, day or night, if Mum "
               "becomes unwell"),
        ("boldp", "We will know this is working when:"),
        ("bullets", [
            "A family safety plan naming Graham and Jordan, signed by them and by Chantelle, is on the file "
            "by 12/12/2025.",
            "Graham's Wednesday nights and Jordan's Sundays are written in the family diary, which the SW "
            "checks at the first visit of each month.",
            "Whenever Chantelle has shown a warning sign, the children were with Graham or Jordan the same "
            "day (SW case record).",
        ]),
        ("p", "Score now: 5. Score we want by the review conference: 8."),
        ("table", {
            "header": ["No.", "What will happen", "Who", "When"],
            "widths": [1.1, 8.0, 4.2, 3.7],
            "rows": [
                ["4.1",
                 "Have Leo and Freya to stay every Wednesday night and take Leo to school on Thursday",
                 "Graham Thackeray (maternal grandfather)",
                 "Every Wednesday from 19/11/2025"],
                ["4.2",
                 "Collect Leo and Freya and keep them at Orchard Rise if Chantelle shows her warning signs",
                 "Graham Thackeray (maternal grandfather)",
                 "The same day, whenever the SW, the CMHT or Chantelle calls"],
                ["4.3",
                 "Have Leo and Freya from 10am to 5pm and be the second adult on the family safety plan",
                 "Jordan Ellery (Dad)",
                 "Every Sunday from 23/11/2025"],
                ["4.4",
                 "Hold a family network meeting and write the family safety plan with Chantelle, Graham and "
                 "Jordan",
                 "Tom Rafferty, SW",
                 "By 12/12/2025"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Chantelle shows two of her early warning signs (sleeping under four hours, spending sprees, "
            "talking very fast, leaving the children with people they do not know), or misses her lithium for "
            "two days: Sunita will see her the same day and arrange a mental health assessment if needed, "
            "Graham will collect Leo and Freya that day, and they will stay with him until Chantelle is well. "
            "If the children have been left with anyone not on the safety plan, Tom will hold a strategy "
            "discussion the same day.",
            "If Graham cannot have the children (he is ill, away or it becomes too much), Jordan will have them "
            "at Kestrel Way; if neither can, Tom will place Leo and Freya together with Wolverscombe foster "
            "carers the same day.",
            "If Chantelle is admitted to hospital again, stops her lithium, or Dr Okafor's assessment says she "
            "cannot make the changes within the children's timescales, Tom will request a legal planning "
            "meeting within five working days.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group: every four weeks, Mondays at 3.30pm at Ashgrove Primary – 01/12/2025, 05/01/2026 and "
            "02/02/2026.",
            "Review child protection conference: 16/02/2026, 10am, Wolverscombe Civic Offices.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. First review conference plan after domestic abuse, two children.
#    Part A: Ref / Action / Lead / By when; Part B: what the review will look
#    at, keyed by Ref. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b153_wendlingham_rcpc_ref_table_review_criteria_by_ref_corrigan.pdf",
    "doc_title": "Review Child Protection Plan - Lily and Mason Corrigan",
    "split": "tune",
    "actions": 11,
    "header": "OFFICIAL-SENSITIVE – Wendlingham City Council – Children's Services",
    "footer": "Lily and Mason Corrigan – Review child protection plan (06/10/2025) – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "template": "rcpc-plan-paged-header-footer-details-kv-since-icpc-childrens-words-numbered-outcomes-then-part-a-ref-action-lead-by-when-table-no-measure-column-then-part-b-what-the-review-will-look-at-table-keyed-by-ref-contingency-meetings",
    "description": (
        "First review conference plan for an 11-year-old and a 7-year-old after their father's "
        "violence to their mother; a non-molestation order is in place and his contact is "
        "supervised. Part A lists the actions (Ref / Action / Lead / By when) and Part B, a separate "
        "table, says for each Ref what the review will look at. Most rows are sound, but the "
        "Talking Therapies row only treats the mother, Part B's only point for the ELSA row is "
        "'engagement', one row is owned by 'All agencies', the direct work with Mason is "
        "'Ongoing', and Part B leaves out the school nurse referral, which has no measure of its own."
    ),
    "blocks": [
        ("title", "Review Child Protection Plan"),
        ("kv", [
            ("Children", "Lily Corrigan (11), DOB 19/05/2014, Year 7, Wendlingham Park Academy; "
                         "Mason Corrigan (7), DOB 08/01/2018, Year 3, Brookmead Primary"),
            ("Address", "14 Wren Street, Wendlingham WD6 2RT"),
            ("Mother", "Kayleigh Corrigan (33)"),
            ("Father", "Dean Corrigan (36), Flat 3, 27 Canal Row, Wendlingham; non-molestation order until "
                       "30/06/2026"),
            ("Category", "Emotional abuse (both children)"),
            ("Plan history", "Initial conference 14/07/2025; first review conference 06/10/2025 (this plan). "
                             "Chair: Graham Pettifer (IRO)"),
            ("Social worker", "Sade Ibekwe (team manager: Colin Marsh)"),
        ]),
        ("h1", "What has happened since the initial conference"),
        ("p", "Dean was arrested on 02/07/2025 after he pushed Kayleigh down the stairs while Lily and Mason were "
              "in the house. Kayleigh applied for a non-molestation order, which was granted on 21/07/2025. "
              "Dean came to Brookmead's school gate on 15/08/2025; the school called the police and he left "
              "before they arrived. Since then he has kept to the order and has come to 6 of 7 supervised "
              "contacts. Kayleigh has panic attacks and low mood; her GP referred her to Wendlingham Talking "
              "Therapies in September. Lily is sleeping badly and Mason has started wetting the bed again."),
        ("h1", "What Lily and Mason say"),
        ("p", "Lily (seen on her own at school, 29/09/2025): \"It's quiet at home now and I like that. I still "
              "check the front door is locked three times before bed. I want to see Dad, but only at the "
              "centre.\" She scored home 6 out of 10 and said the ELSA sessions are \"OK\"."),
        ("p", "Mason (seen on his own at home, 01/10/2025): \"Dad shouted at Mum and I hid under my bed. I miss "
              "Dad's dog.\" He drew himself and Mum in the house with a big lock on the door. He scored home "
              "7 out of 10."),
        ("h1", "Outcomes for Lily and Mason"),
        ("numbers", [
            "Lily and Mason live at home without violence or shouting, and Dean keeps to the order.",
            "Lily and Mason have supervised time with their dad that they enjoy and that does not frighten "
            "them.",
            "Lily sleeps through most nights, Mason is dry at night, and both know who to tell if they are "
            "scared.",
            "Lily and Mason are cared for by a mum who understands how the abuse affected them and can keep "
            "them safe.",
        ]),
        ("h1", "Part A – Actions"),
        ("p", "Each action has a reference. Part B says, for each reference, what the review conference will "
              "look at to decide whether the action has worked."),
        ("table", {
            "header": ["Ref", "Action", "Lead", "By when"],
            "widths": [1.1, 8.2, 4.4, 3.3],
            "rows": [
                ["A1",
                 "Visit Lily and Mason at home and see each child alone",
                 "Sade Ibekwe, SW",
                 "Every two weeks until the second review conference"],
                ["A2",
                 "Safety planning work with Kayleigh about the order, Dean's contact and what to do if he "
                 "comes to the house",
                 "Rhian Pugh, IDVA, Wendlingham Domestic Abuse Service",
                 "Six sessions by 28/11/2025"],
                ["A3",
                 "Weekly CBT sessions for Kayleigh's panic attacks and low mood",
                 "Wendlingham Talking Therapies (NHS)",
                 "Weekly from 13/10/2025"],
                ["A4",
                 "Complete the Freedom Programme, so that she understands how the abuse affected Lily and "
                 "Mason",
                 "Kayleigh Corrigan (Mum)",
                 "Thursdays, 16/10/2025 to 18/12/2025"],
                ["A5",
                 "Attend the Building Better Relationships programme",
                 "Dean Corrigan (Dad); facilitator Owen Price reports to the SW",
                 "Weekly from 03/11/2025"],
                ["A6",
                 "Supervise Dean's contact with Lily and Mason at the family centre",
                 "Tamsin Hale, contact worker, Wendlingham Family Centre",
                 "Every Saturday, 10am to 12 noon"],
                ["A7",
                 "ELSA sessions with Lily about her worries and her sleep",
                 "Mrs Naomi Fisk, ELSA, Wendlingham Park Academy",
                 "Every Wednesday in term time"],
                ["A8",
                 "Tell the SW about any incident, sighting of Dean or disclosure by either child",
                 "All agencies",
                 "The same day"],
                ["A9",
                 "Direct work with Mason about his feelings and his dad, using his worry monster",
                 "Sade Ibekwe, SW",
                 "Ongoing"],
                ["A10",
                 "Refer Mason to the school nurse about his bedwetting and sleep",
                 "Jo Tranter, school nurse, Wendlingham Community Health",
                 "By 31/10/2025"],
                ["A11",
                 "Flag the address and treat any 999 call from it as an emergency",
                 "Wendlingham Police, Domestic Abuse Unit (PC Liam Rowe)",
                 "From 06/10/2025"],
            ],
        }),
        ("h1", "Part B – What the review will look at"),
        ("table", {
            "header": ["Ref", "What the review will look at"],
            "widths": [1.5, 15.5],
            "rows": [
                ["A1", "Visit records show both children seen alone at every visit, with their own words written "
                       "down"],
                ["A2", "Rhian's closing letter confirms six sessions; Kayleigh's written safety plan is on the "
                       "file, signed by her"],
                ["A3", "Attendance letter from Talking Therapies to the SW after the sixth session"],
                ["A4", "Course register shows 8 of 10 sessions attended; certificate seen by the SW"],
                ["A5", "Owen Price's attendance report before each core group; no session missed without a "
                       "reason"],
                ["A6", "Contact notes sent to the SW after every session; any breach of the contact agreement "
                       "reported the same day"],
                ["A7", "Engagement with ELSA"],
                ["A8", "Every incident, sighting or disclosure logged on the case record within 24 hours"],
                ["A9", "Mason's drawings and words from each session kept on the file and brought to the "
                       "review"],
                ["A11", "Police log of any call-out to the address e-mailed to the SW within 24 hours"],
            ],
        }),
        ("h1", "Contingency"),
        ("p", "If Dean comes to the house or the schools, breaks the order, or contacts Kayleigh other than as "
              "agreed, Kayleigh or the school will call 999 and the police will attend; Sade will hold a "
              "strategy discussion the same day and contact will stop until it has taken place. If Lily or Mason "
              "say they have seen Dean at the house, Sade will see them the same day and the children will stay "
              "with Kayleigh at the Wendlingham refuge if Kayleigh does not feel safe at home."),
        ("p", "If Kayleigh lets Dean back into the house, or the order is broken twice, Sade will request a legal "
              "planning meeting within five working days."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every five weeks, Mondays at 4pm at Brookmead Primary: 10/11/2025, 15/12/2025 and "
            "19/01/2026.",
            "Second review child protection conference: 30/03/2026, 10am, Wendlingham Town Hall.",
        ]),
    ],
    "findings": [
        F("H001", "Weekly CBT sessions for Kayleigh's panic attacks and low mood"),
        F("M002", "ELSA sessions with Lily about her worries and her sleep"),
        F("W002", "any incident, sighting of Dean or disclosure by either child"),
        F("T002", "Direct work with Mason about his feelings and his dad"),
        F("M001", "Refer Mason to the school nurse about his bedwetting"),
    ],
})


# ---------------------------------------------------------------------------
# 3. First core group plan, father's drinking, a 13-year-old young carer
#    and her 5-year-old brother, their aunt helps. Phase headings give the
#    time; "Signs of progress" keyed by action number. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b153_whitterby_core_group_phase_headings_signs_of_progress_lowther.md",
    "split": "tune",
    "actions": 13,
    "template": "core-group-plan-md-details-bullets-why-what-esme-and-alfie-say-outcomes-then-numbered-bold-owner-items-under-phase-headings-giving-the-time-then-signs-of-progress-list-keyed-by-action-number-contingency-meetings",
    "description": (
        "Exemplary first core group plan for a 13-year-old who has been caring for her 5-year-old "
        "brother while their widowed father drinks heavily; their aunt helps after school. Numbered "
        "actions with a bold owner sit under three phase headings that carry the time ('Weeks 1 to 4 "
        "– by 10/12/2025' and so on), a few items adding their own frequency; a separate 'Signs of "
        "progress' list says for every action number what will be seen. The alcohol service reports "
        "on change, the GP owns an action, the aunt's part has a fallback, legal planning follows "
        "named triggers, core group and review dates are set, both children's words are recorded."
    ),
    "text": """\
# Child protection plan – Esme and Alfie Lowther

**Whitterby Metropolitan Council · Children's Services · Locality Team East**
*Agreed at the first core group, 12/11/2025*

- **Children:** Esme Lowther (13), Year 9, Whitterby Academy; Alfie Lowther (5), Reception, Beckside Infants
- **Address:** 22 Pitt Street, Whitterby WH7 3LE
- **Father:** Gareth Lowther (47), sole carer since the children's mother died in 2023
- **Paternal aunt:** Sharon Lowther (44), 9 Pit Lane, Whitterby (a few streets away)
- **Category:** Neglect
- **Initial conference:** 03/11/2025 (chair: Helen Oduya, IRO)
- **Social worker:** Leah Martins (team manager: Robert Keane)

## Why there is a plan

Gareth has drunk heavily since his wife died. He is drinking most days, usually from lunchtime, and on
21/10/2025 a neighbour found him asleep on the doorstep at 8pm while Alfie, in his pyjamas, was trying to
wake him. Esme has been getting Alfie up, dressed and to school, cooking tea and putting him to bed. Her
attendance has fallen to 81% and she has been late 22 times this term. Alfie's teacher says he often comes
in hungry. Gareth accepts he drinks too much and has asked for help.

## What Esme and Alfie say

Esme (seen on her own at Sharon's, 06/11/2025): "I don't mind doing Alfie's tea, but I'm tired all the time
and I can't do my homework. When Dad's been drinking he just sleeps. I want him to stop, and I want to go
back to netball." She scored home 3 out of 10 and said Aunty Sharon's house is "the calm place".

Alfie (seen at school, 07/11/2025) drew his dad lying on the sofa "having a long sleep" and Esme "making
the beans". He said he likes it when Aunty Sharon picks him up "because she has biscuits".

## What needs to be different for Esme and Alfie

1. Esme and Alfie are cared for by a sober adult every day and every night.
2. Esme goes to school every day, on time, and gets back to netball; she is no longer Alfie's main carer.
3. Alfie arrives at school fed, clean and on time every day.
4. Esme and Alfie know what to do and who to call if their dad has been drinking.

## The plan

Each phase heading gives the time for the actions under it. Where an action gives its own frequency, that
applies within the phase. What we will check for each action is in "Signs of progress" below, by number.

### Weeks 1 to 4 – all by 10/12/2025

1. **Gareth** will register with Whitterby Alcohol Recovery Service and go to his first assessment appointment.
2. **Kirsty Doyle (recovery worker, Whitterby Alcohol Recovery Service)** will complete a full alcohol
   assessment with Gareth and write to Leah about his drinking, his detox options and what this means for
   Esme and Alfie.
3. **Dr Harriet Vance (GP, Millgate Practice)** will check Gareth's liver function and discuss a community
   detox with him, and share the results and the plan with Leah.
4. **Leah Martins (SW)** will do three sessions of direct work with Esme about being a young carer, what she
   wants to change and her safety plan.
5. **Mr Darren Kell (DSL, Whitterby Academy)** will set up a morning check-in for Esme with her head of year,
   every school day.
6. **Sharon Lowther (aunt)** will collect Alfie from Beckside Infants every Tuesday and Thursday and give
   both children their tea at Pit Lane.

### Weeks 5 to 10 – 11/12/2025 to 21/01/2026

7. **Gareth** will go to his key-work session every week and take a breath test at each one, so that he is
   sober whenever he is caring for Esme and Alfie.
8. **Kirsty Doyle** will send Leah a written report before each core group on whether Gareth is cutting
   down, his breath test results, and how long lasting change is likely to take.
9. **Leah Martins (SW)** will visit every week, one visit in three unannounced, and see Esme and Alfie on
   their own.
10. **Ola Ahmed (Whitterby Young Carers)** will complete Esme's young carer's assessment and offer her a place
    at the Friday group.
11. **Sharon Lowther** will stay at Pitt Street every Friday night, so that Esme can go to the Friday group
    and to netball on Saturday mornings.
12. **Mrs Jill Ransome (class teacher, Beckside Infants)** will note every morning whether Alfie arrives on
    time, fed and clean, and tell Leah the same day if he does not.

### Before the review conference – by 26/01/2026

13. **Leah Martins (SW)** will write the report for the review conference, with Esme's and Alfie's views in
    their own words.

## Signs of progress

- **1:** Registration letter from the recovery service seen by Leah; assessment appointment kept.
- **2:** Kirsty's assessment letter on the file, covering what Gareth's drinking means for the children.
- **3:** GP letter with the blood results and the detox plan on the file.
- **4:** Esme's own words and her safety plan on the file, with a copy in her bag.
- **5:** Check-in log from the academy sent to Leah every Friday; Esme's attendance 95% or more and no more
  than one late mark in a half-term.
- **6:** Sharon's diary of pick-ups, seen by Leah at each visit, matches Beckside's collection log.
- **7:** Kirsty's reports show every session attended and a zero breath reading on every day Gareth cares
  for the children.
- **8:** A written report on the file two working days before each core group.
- **9:** Visit records show both children seen alone every week, with what they said.
- **10:** Esme's young carer's plan sent to Leah; the Friday group register shows her there.
- **11:** Sharon texts Leah every Saturday morning; Esme's netball coach confirms she is at Saturday
  training.
- **12:** Mrs Ransome's weekly note to Leah shows Alfie on time, fed and clean on at least 9 days out of 10.
- **13:** Report shared with Gareth, Esme and the chair five working days before the conference.

## If Gareth drinks again

- **If** Gareth is drunk while caring for the children (smelling of alcohol, slurring, asleep and not
  waking, or a breath reading above zero on a caring day), or Esme rings to say he has been drinking: Esme and
  Alfie will go to Sharon's at 9 Pit Lane that evening, and Leah will hold a strategy discussion the same
  or next working day.
- **If Sharon cannot have them or cannot do her part** (she is ill, away, or it becomes too much): Leah will
  arrange a family support worker to collect Alfie and be at the house at teatime; if no safe adult can be
  with the children that night, they will go together to Whitterby foster carers.
- **If** Gareth has not started key-work by 10/12/2025, or is drunk while caring for the children twice
  before the review, Leah will request a legal planning meeting within five working days.

## Meetings

- Core group every four weeks, Wednesdays at 4pm at Beckside Infants: 10/12/2025, 07/01/2026 and
  04/02/2026 (after the review).
- Review child protection conference: 02/02/2026, 10am, Whitterby Town Hall.
- Leah will see Esme on her own before every core group and take her words to the meeting.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Core group update for a disabled, non-verbal 8-year-old, mother with
#    depression, grandfather helps. Case-system print with tick boxes for
#    frequency and status, and a "Measuring success" part keyed by action.
#    Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b153_wyrmsdale_cg_case_print_tick_boxes_measuring_success_pemberton.txt",
    "split": "tune",
    "actions": 12,
    "template": "core-group-case-system-print-txt-dot-leader-fields-noahs-views-signs-and-behaviour-outcomes-then-action-blocks-lead-frequency-tick-boxes-start-end-status-tick-boxes-then-measuring-success-prose-keyed-by-action-number-contingency-meetings",
    "description": (
        "Third core group update for a non-verbal 8-year-old with cerebral palsy and epilepsy, fed "
        "by gastrostomy, whose mother has depression and stopped her treatment; his grandfather "
        "gives feeds and takes him swimming. A case-system print: each action has LEAD, FREQUENCY "
        "tick boxes, START / END and STATUS tick boxes, and a 'Measuring success' part keyed by "
        "action number. One referral is ticked Complete (not counted). Faults: no frequency box "
        "ticked and no dates on the housing row, '[X] Other: as and when Lisa books' for the GP, a "
        "CPN who only offers support measured by how Lisa feels, a routine-chart action the "
        "measuring-success part leaves out; the contingency sends Noah to his grandfather with no "
        "fallback if he cannot help, and nothing leads to legal planning."
    ),
    "text": """\
WYRMSDALE COUNCIL - CHILDREN'S SOCIAL CARE                  CARELINK CASE SYSTEM
CHILD PROTECTION PLAN - CORE GROUP UPDATE                   Printed 02/12/2025 09:14
================================================================================
Child ............ Noah PEMBERTON, DOB 14/03/2017 (8)
School ........... Thornfield School (special school), Class 4
Address .......... 17 Clough Terrace, Wyrmsdale WY2 8JB
Mother ........... Lisa Pemberton (37), sole carer
Grandfather ...... Ron Pemberton (66), maternal, 12 Mill Brow, Wyrmsdale
Category ......... Neglect
Health ........... Spastic quadriplegic cerebral palsy; epilepsy; fed by
                   gastrostomy (PEG); uses a wheelchair and a hoist
Plan history ..... ICPC 29/09/2025; core group 1 06/10/2025; core group 2
                   03/11/2025; core group 3 01/12/2025 (this update)
Social worker .... Craig Dunmore, Children with Disabilities Team
                   (TM: Yvonne Achebe)
================================================================================

1. REASON FOR PLAN
--------------------------------------------------------------------------------
Lisa has had depression for many years. She stopped her antidepressants and
her CMHT appointments in June. Over the summer Noah missed five hospital
appointments, his PEG site became infected twice, and he lost 1.4kg between
June and September. Thornfield found him in the same clothes three days
running and his evening seizure medicine had not been given on four nights
(by Lisa's own chart). Lisa says she "couldn't face any of it".

2. NOAH'S VIEWS AND DAILY LIFE
--------------------------------------------------------------------------------
Noah does not use words. He smiles and looks up for "yes" and turns his head
away for "no". With his teaching assistant on 21/11/2025 he used his eye-gaze
board to choose "happy" for school, "Grandad" and "swimming" as his best
things, and "sore" for his tummy. At the SW's visit on 18/11/2025 he cried
and turned away when his PEG site was cleaned, and laughed when Ron sang to
him while he was hoisted. Ron says Noah gets excited and kicks his legs when
he hears Ron's car.

3. OUTCOMES FOR NOAH
--------------------------------------------------------------------------------
3.1 Noah gets every feed and every dose of medicine on time, his PEG site
    stays healthy, and he gains weight steadily.
3.2 Noah is taken to every health appointment he needs.
3.3 Noah lives in a home where he can be moved and bathed safely, with the
    equipment he needs.
3.4 Noah is cared for by a mum who is well enough to manage his care every
    day.

4. ACTIONS
--------------------------------------------------------------------------------
KEY: only a ticked box [X] applies. STATUS [X] Complete closes a one-off
action. How each action will be measured is in section 5.

ACTION 1 ........ Visit Noah at home, see him with his communication board,
                  and check his feed and medicine charts
LEAD ............ Craig Dunmore (SW)
FREQUENCY ....... [X] Weekly  [ ] Fortnightly  [ ] Monthly  [ ] Other:
START / END ..... 06/10/2025 / review conference 15/12/2025
STATUS .......... [X] Open  [ ] Complete

ACTION 2 ........ Take Noah to each of his hospital appointments and give
                  Craig the clinic letters
LEAD ............ Lisa Pemberton (Mum)
FREQUENCY ....... [ ] Weekly  [ ] Fortnightly  [ ] Monthly  [X] Other: every
                  appointment as booked (next: gastroenterology 09/12/2025)
START / END ..... 03/11/2025 / -
STATUS .......... [X] Open  [ ] Complete

ACTION 3 ........ Check Noah's PEG site, feeding regime and weight at home
LEAD ............ Mandy Shaw, community children's nurse
FREQUENCY ....... [ ] Weekly  [X] Fortnightly  [ ] Monthly  [ ] Other:
START / END ..... 06/10/2025 / -
STATUS .......... [X] Open  [ ] Complete

ACTION 4 ........ Fortnightly support visits to Lisa for her low mood
LEAD ............ Bev Thornton, CPN, Wyrmsdale Community Mental Health Team
FREQUENCY ....... [ ] Weekly  [X] Fortnightly  [ ] Monthly  [ ] Other:
START / END ..... 10/11/2025 / -
STATUS .......... [X] Open  [ ] Complete

ACTION 5 ........ Review Lisa's antidepressants and send Craig a letter
                  with the plan
LEAD ............ Dr Simon Achterberg, GP, Clough Road Surgery
FREQUENCY ....... [ ] Weekly  [ ] Fortnightly  [ ] Monthly  [X] Other: as
                  and when Lisa books
START / END ..... - / -
STATUS .......... [X] Open  [ ] Complete

ACTION 6 ........ Record Noah's attendance, weight, seizures and how he
                  arrives (clean, changed, medicines given)
LEAD ............ Mrs Pauline Hartley, DSL, Thornfield School
FREQUENCY ....... [ ] Weekly  [ ] Fortnightly  [ ] Monthly  [X] Other: every
                  school day
START / END ..... 06/10/2025 / -
STATUS .......... [X] Open  [ ] Complete

ACTION 7 ........ Give Noah his evening feed and seizure medicine at Clough
                  Terrace on Tuesday and Thursday evenings
LEAD ............ Ron Pemberton (grandfather)
FREQUENCY ....... [ ] Weekly  [ ] Fortnightly  [ ] Monthly  [X] Other:
                  Tuesdays and Thursdays, 5pm to 8pm
START / END ..... 06/10/2025 / -
STATUS .......... [X] Open  [ ] Complete

ACTION 8 ........ Take Noah to hydrotherapy at Wyrmsdale Leisure Centre on
                  Saturday mornings
LEAD ............ Ron Pemberton (grandfather)
FREQUENCY ....... [X] Weekly  [ ] Fortnightly  [ ] Monthly  [ ] Other:
START / END ..... 11/10/2025 / -
STATUS .......... [X] Open  [ ] Complete

ACTION 9 ........ Set up a picture routine chart for Noah's feeds, medicines
                  and stretches, and go through it with Lisa
LEAD ............ Holly Grange, family support worker
FREQUENCY ....... [X] Weekly  [ ] Fortnightly  [ ] Monthly  [ ] Other:
START / END ..... 05/11/2025 / 17/12/2025
STATUS .......... [X] Open  [ ] Complete

ACTION 10 ....... Make a housing application for a ground-floor home with
                  room for Noah's hoist and wheelchair
LEAD ............ Lisa Pemberton (Mum), helped by Holly Grange (FSW)
FREQUENCY ....... [ ] Weekly  [ ] Fortnightly  [ ] Monthly  [ ] Other:
START / END ..... - / -
STATUS .......... [X] Open  [ ] Complete

ACTION 11 ....... Refer Noah to the Children with Disabilities short breaks
                  panel
LEAD ............ Craig Dunmore (SW)
FREQUENCY ....... [ ] Weekly  [ ] Fortnightly  [ ] Monthly  [X] Other: once
START / END ..... 06/10/2025 / 20/10/2025
STATUS .......... [ ] Open  [X] Complete (panel agreed 14/10/2025)

ACTION 12 ....... Give Noah one overnight short break at Larkspur House
LEAD ............ Gill Oyelowo, manager, Larkspur House
FREQUENCY ....... [ ] Weekly  [ ] Fortnightly  [X] Monthly  [ ] Other:
START / END ..... 21/11/2025 / -
STATUS .......... [X] Open  [ ] Complete

ACTION 13 ....... Assess Noah for a new seating system and a bath seat
LEAD ............ Tariq Mahmood, occupational therapist, Wyrmsdale Children's
                  Therapy Service
FREQUENCY ....... [ ] Weekly  [ ] Fortnightly  [ ] Monthly  [X] Other: home
                  visit by 19/12/2025
START / END ..... 01/12/2025 / 19/12/2025
STATUS .......... [X] Open  [ ] Complete

5. MEASURING SUCCESS
--------------------------------------------------------------------------------
Action 1: visit records show Noah seen at every visit, with his choices on
the board written down, and his feed and medicine charts complete.
Action 2: clinic letters copied to Craig show Noah seen at every appointment
booked since 03/11/2025.
Action 3: the nurse's record shows a clean PEG site and Noah's weight going
up at each check (target 21kg by the review).
Action 4: Lisa's mood is better and she feels more able to cope.
Action 5: GP letter with the medication plan on Noah's file.
Action 6: the school's daily sheet, e-mailed to Craig each Friday, shows
Noah at school 95% of days and arriving clean with his medicines given.
Action 7: Ron signs the feed and medicine chart on each of his evenings;
Craig checks it at his visits.
Action 8: the leisure centre's hydrotherapy booking log shows Noah there
each Saturday.
Action 10: housing application reference number on Noah's file.
Action 12: Larkspur House stay records sent to Craig after each stay.
Action 13: OT report with the equipment ordered, on file by 19/12/2025.

6. CONTINGENCY
--------------------------------------------------------------------------------
If Noah misses two feeds or two doses of seizure medicine in a week, loses
weight at two checks in a row, or misses a hospital appointment without a
reason, Craig will hold a strategy discussion the same day and Noah will stay
with his grandfather at 12 Mill Brow until it has taken place. If Lisa tells
anyone she is thinking of harming herself, Craig will call the CMHT crisis
team the same day and Noah will stay with Ron.

7. MEETINGS
--------------------------------------------------------------------------------
Core group ....... every four weeks, Mondays 1.30pm, Thornfield School:
                   06/10/2025, 03/11/2025, 01/12/2025
Review CPC ....... 15/12/2025, 10am, Wyrmsdale Civic Centre; core groups
                   continue every four weeks after the review
================================================================================
END OF PRINT
""",
    "findings": [
        F("H001", "Fortnightly support visits to Lisa for her low mood"),
        F("M002", "Fortnightly support visits to Lisa for her low mood"),
        F("T002", "Review Lisa's antidepressants and send Craig a letter"),
        F("M001", "Set up a picture routine chart for Noah's feeds"),
        F("T001", "Make a housing application for a ground-floor home"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Initial conference plan, hoarded home, mother's depression and
#    hoarding, two teenagers, grandmother helps. Part banner rows give one
#    deadline per part; "How we will know" keyed by outcome. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b153_wanthorpe_icpc_part_deadlines_how_we_will_know_by_outcome_fairweather.docx",
    "doc_title": "Child Protection Plan - Kai and Poppy Fairweather",
    "split": "tune",
    "actions": 14,
    "template": "icpc-word-plan-details-table-worries-young-peoples-words-numbered-outcomes-then-no-what-will-happen-who-table-with-part-banner-rows-giving-one-deadline-per-outcome-and-an-also-agreed-banner-then-how-we-will-know-things-are-better-keyed-by-outcome-contingency-meetings",
    "description": (
        "Initial conference plan for a 15-year-old and a 12-year-old living in a hoarded home without "
        "hot water; their mother has depression and hoarding disorder, their grandmother has the "
        "younger one on Sunday nights. One No. / What will happen / Who table under part banner rows "
        "that give each part's deadline; a 'How we will know things are better' section gives the "
        "evidence for each outcome's rows. Faults: the third outcome is about the mother only and its "
        "check is her feeling better, the only measure of a CPN row that only supports her; a "
        "'Family' owner; a row's own 'when she can' against its part's date; an 'Also agreed' banner "
        "with no time; no review conference date."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Wanthorpe County Council · Children and Families · Safeguarding and Support Team 2"),
        ("table", {
            "widths": [4.5, 12.5],
            "bold_first_col": True,
            "rows": [
                ["Young people", "Kai Fairweather (15), DOB 30/07/2010, Year 11; Poppy Fairweather (12), "
                                 "DOB 17/04/2013, Year 8; both at Wanthorpe Academy"],
                ["Address", "31 Hedge End, Wanthorpe WT2 9QA"],
                ["Mother", "Stacey Fairweather (39)"],
                ["Father", "Lee Fairweather, lives in Spain; phones the children most weeks"],
                ["Maternal grandmother", "Pat Fairweather (67), 4 Millrace Close, Wanthorpe"],
                ["Category", "Neglect"],
                ["Conference", "Initial child protection conference, 24/11/2025. Chair: Rosemary Quint (IRO)"],
                ["Social worker", "Amy Kershaw (team manager: Dominic Hale)"],
            ],
        }),
        ("h1", "What we are worried about"),
        ("p", "The house at Hedge End is filled with bags, boxes and furniture. The kitchen cannot be used and "
              "the family have eaten takeaways or cereal since the summer. There has been no hot water or "
              "heating since September because the engineer could not reach the boiler. Poppy sleeps on the "
              "sofa because her room is full. Kai's attendance is 71% and Poppy's 84%; both have been sent "
              "home for dirty uniform and Poppy says she is teased about how she smells. Stacey has had "
              "depression for many years and has been diagnosed with hoarding disorder; she stopped seeing "
              "the Community Mental Health Team in 2024."),
        ("h1", "What Kai and Poppy told us"),
        ("p", "Kai (seen on his own at school, 18/11/2025): \"I don't bring mates round, I'd die. I get why Mum "
              "keeps stuff, but it's doing my head in. I'd rather be at Nan's.\" He scored home 3 out of 10."),
        ("p", "Poppy (seen on her own at school, 18/11/2025): \"I want my own bed back, and a bath that isn't at "
              "Nan's. I love Mum, I just want it to be normal.\" She scored home 4 out of 10."),
        ("h1", "Outcomes"),
        ("numbers", [
            "Kai and Poppy live in a home that is clean and safe to move around, with hot water, heating and "
            "a bed each.",
            "Kai and Poppy go to school every day, on time and in clean uniform.",
            "Stacey's mental health will be better.",
        ]),
        ("h1", "Action plan"),
        ("p", "Actions are grouped by the outcome they serve. Each part's banner gives the date by which its "
              "actions are to be done, unless a row gives its own time. How we will know each part is working "
              "is in the next section."),
        ("table", {
            "header": ["No.", "What will happen", "Who"],
            "widths": [1.2, 10.3, 5.5],
            "rows": [
                ["Part 1 – Outcome 1, a safe and clean home – all actions by 19/12/2025", H, H],
                ["1.1",
                 "Clear the kitchen, bathroom and both bedrooms, working with the Clearway hoarding support "
                 "worker twice a week",
                 "Stacey Fairweather (Mum), with Nell Adams, Clearway Community Project"],
                ["1.2",
                 "Repair the boiler and carry out the gas safety check",
                 "Dev Patel, housing officer, Wanthorpe Homes"],
                ["1.3",
                 "Visit Kai and Poppy at home every week, one visit in two unannounced, and photograph the "
                 "kitchen, bathroom and bedrooms",
                 "Amy Kershaw, SW"],
                ["1.4",
                 "Help Stacey clear and keep the house tidy between Clearway visits",
                 "Family"],
                ["1.5",
                 "Provide a bed, mattress and bedding for Poppy from the section 17 budget",
                 "Amy Kershaw, SW"],
                ["Part 2 – Outcome 2, school every day – all actions by 30/01/2026", H, H],
                ["2.1",
                 "Check both young people's attendance each morning and phone Stacey by 9.30am if either is "
                 "absent",
                 "Mrs Carol Benning, attendance officer, Wanthorpe Academy"],
                ["2.2",
                 "Buy a washing machine through the hardship fund and a second set of uniform for each of them",
                 "Amy Kershaw, SW"],
                ["2.3",
                 "Take Kai to his ADHD medication review at Wanthorpe CAMHS, when she can",
                 "Stacey Fairweather (Mum)"],
                ["2.4",
                 "Have Poppy to stay every Sunday night and take her to school on Monday morning",
                 "Pat Fairweather (maternal grandmother)"],
                ["2.5",
                 "Meet Kai every Monday with his mentor to plan his week and his catch-up work",
                 "Mr Ian Stroud, head of Year 11, Wanthorpe Academy"],
                ["Part 3 – Outcome 3 – all actions by 13/02/2026", H, H],
                ["3.1",
                 "Assess Stacey's hoarding and depression, and send the core group a written report by "
                 "16/01/2026 on her capacity to make the changes Kai and Poppy need and how long that is "
                 "likely to take",
                 "Dr Nisha Rao, clinical psychologist, Wanthorpe Community Mental Health Team"],
                ["3.2",
                 "Weekly support sessions with Stacey for her low mood",
                 "Jo Marsh, CPN, Wanthorpe Community Mental Health Team"],
                ["3.3",
                 "See Stacey about restarting her antidepressants and write to the SW with the plan agreed",
                 "Dr Colin Fry, GP, Wanthorpe Medical Centre"],
                ["Also agreed at conference", H, H],
                ["4.1",
                 "Refer the family to the Family Group Conference service, so that the wider family's plan is "
                 "written down and shared with the core group",
                 "Amy Kershaw, SW"],
            ],
        }),
        ("h1", "How we will know things are better"),
        ("bullets", [
            "Outcome 1 (rows 1.1 to 1.5): Amy's photographs at each visit show the kitchen, bathroom and both "
            "bedrooms clear and in use; the gas safety certificate is on the file; Poppy is sleeping in her "
            "own bed, seen by Amy.",
            "Outcome 2 (rows 2.1 to 2.5): the academy's weekly printout shows attendance of 95% or more for "
            "both young people and no day sent home for uniform; the CAMHS letter on Kai's medication is on "
            "the file.",
            "Outcome 3 (rows 3.1 to 3.3): Stacey feels better in herself and is engaging with her mental "
            "health team.",
        ]),
        ("h1", "Contingency plan"),
        ("p", "If the kitchen or bathroom becomes unusable again, the boiler is not working by 19/12/2025, or "
              "either young person misses three days of school in a fortnight, Amy will hold a strategy "
              "discussion within two working days and Kai and Poppy will stay with Pat at Millrace Close until "
              "the home is safe. If Pat cannot have them or cannot keep up Poppy's Sunday nights, or the wider "
              "family cannot help with the house, Amy will ask Clearway for a third weekly visit and arrange "
              "a breakfast club place for Poppy on Mondays; if the young people have nowhere safe to sleep, "
              "they will go to Wanthorpe foster carers together."),
        ("p", "If the home is still not clear and safe by 19/12/2025, or either young person's attendance is "
              "below 85% at the review, Amy will request a legal planning meeting within five working days."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group: every four weeks, first on 08/12/2025 at Wanthorpe Academy.",
            "Review child protection conference: to be arranged by the conference team.",
        ]),
    ],
    "findings": [
        F("F002", "Stacey's mental health will be better."),
        F("W002", "Help Stacey clear and keep the house tidy"),
        F("T002", "Take Kai to his ADHD medication review"),
        F("H001", "Weekly support sessions with Stacey for her low mood"),
        F("M002", "Weekly support sessions with Stacey for her low mood"),
        F("T001", "Refer the family to the Family Group Conference service"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 6. First review conference plan for a care leaver's 10-week-old baby,
#    moving from a parent and baby unit to a flat; mother's self-harm and
#    anxiety, father's violence, former foster carer helps. Stage timeline
#    table listing action numbers; separate "Measuring success" table.
#    Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b153_willowcrake_rcpc_stage_timeline_measuring_success_table_keating.pdf",
    "doc_title": "Review Child Protection Plan - Ellis Keating",
    "split": "tune",
    "actions": 13,
    "header": "OFFICIAL-SENSITIVE – Willowcrake Metropolitan Borough Council – Children's Services",
    "footer": "Ellis Keating – Review child protection plan (01/12/2025) – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "template": "rcpc-baby-plan-paged-header-footer-details-kv-since-last-conference-ellis-day-outcomes-then-stage-timeline-table-stage-when-action-numbers-then-no-what-will-happen-who-table-then-separate-measuring-success-table-by-number-contingency-meetings",
    "description": (
        "Exemplary first review conference plan for a 10-week-old whose 18-year-old mother, a care "
        "leaver with a history of self-harm and anxiety, is moving with him from a parent and baby "
        "unit to her own flat; his father was violent in the pregnancy and sees him under "
        "supervision, and the mother's former foster carer helps. A timeline table gives each of "
        "three stages its dates and lists the numbers of the actions in it; the action table gives "
        "only No. / What / Who, and a separate 'Measuring success' table says for every number what "
        "will be seen. The adult mental health team assesses capacity to change, the foster carer's "
        "help has a fallback, legal planning follows named triggers, meetings are dated, Ellis's "
        "day is recorded."
    ),
    "blocks": [
        ("title", "Review Child Protection Plan"),
        ("kv", [
            ("Child", "Ellis Keating, born 22/09/2025 (10 weeks)"),
            ("Where Ellis lives now", "With his mother at Rowan House parent and baby unit, Willowcrake, until "
                                      "12/12/2025; then 5 Lark Court, Willowcrake WK4 1DS"),
            ("Mother", "Shannon Keating (18); care leaver, personal adviser Dean Ward (Willowcrake Leaving "
                       "Care Team)"),
            ("Father", "Kyle Barton (20), 40 Tenter Yard, Willowcrake; supervised contact only"),
            ("Shannon's former foster carer", "Marion Price, 11 Hawthorn Grove, Willowcrake (Shannon lived with "
                                              "her from 13 to 18)"),
            ("Category", "Neglect and emotional abuse"),
            ("Plan history", "Pre-birth conference 15/09/2025; first review conference 01/12/2025 (this "
                             "plan). Chair: Fiona Halliwell (IRO)"),
            ("Social worker", "Priya Sethi (team manager: Neil Ormerod)"),
        ]),
        ("h1", "Since the pre-birth conference"),
        ("p", "Ellis was born at 39 weeks and went with Shannon to Rowan House at five days old. Kyle assaulted "
              "Shannon twice in the pregnancy and is on a police caution; he has come to 9 of 10 supervised "
              "contacts and has been offered a place on Caring Dads. Rowan House say Shannon now feeds Ellis on "
              "time, bathes him safely and settles him well, but in week 6 she left him crying for 25 minutes "
              "while she sat in the bathroom, and she cut her arm on 03/11/2025 after an argument with Kyle on "
              "the phone. She told staff straight away. Shannon was under CAMHS until she turned 18 in August "
              "and is now open to the adult Community Mental Health Team."),
        ("h1", "Ellis's day"),
        ("p", "Ellis is a hungry, alert baby who feeds every three hours. Rowan House staff see him calm quickly "
              "when Shannon holds him against her shoulder and sings; he watches her face and has started to "
              "smile at her. He startles and cries at loud voices, and on the day Shannon argued with Kyle on "
              "the phone he was unsettled all evening. He is on the 50th centile. He sleeps on his back in his "
              "cot in Shannon's room. At Marion's on Sundays he sleeps well and Marion says he \"likes being "
              "walked round the garden\"."),
        ("h1", "What we want for Ellis"),
        ("numbers", [
            "Ellis is fed, kept clean and warm, sleeps safely and keeps growing along the 50th centile in his new "
            "home.",
            "Ellis is cared for by a mum who keeps herself safe, asks for help before she is overwhelmed and "
            "never leaves him alone when she is distressed.",
            "Ellis is never exposed to violence, and sees his dad only when it is supervised.",
            "Ellis and Shannon have people around them every week who can see how they are and step in.",
        ]),
        ("h1", "Part 1 – Timeline"),
        ("p", "The plan runs in three stages. Each action is done in the stage or stages that list its number, "
              "within the dates given; an action that says how often, or gives its own date, follows that "
              "within the stage."),
        ("table", {
            "header": ["Stage", "When", "Actions in this stage"],
            "widths": [4.5, 7.5, 5.0],
            "rows": [
                ["1 – The last two weeks at Rowan House",
                 "01/12/2025 to the move on 12/12/2025",
                 "1, 2, 3, 8"],
                ["2 – The first four weeks at Lark Court",
                 "12/12/2025 to 09/01/2026",
                 "4, 5, 6, 7, 8, 10, 11, 13"],
                ["3 – Until the next review conference",
                 "10/01/2026 to 01/06/2026",
                 "4, 5, 6, 7, 8, 9, 10, 12"],
            ],
        }),
        ("h1", "Part 2 – Actions"),
        ("table", {
            "header": ["No.", "What will happen", "Who"],
            "widths": [1.2, 10.0, 5.8],
            "rows": [
                ["1",
                 "Complete the residential parenting assessment and send the final report, with its "
                 "recommendations for Ellis's care at Lark Court",
                 "Joanne Bright, assessment lead, Rowan House"],
                ["2",
                 "Agree a written move plan with Shannon: cot, sterilising kit, money for the first month and "
                 "who will visit in the first week",
                 "Priya Sethi, SW, with Dean Ward, personal adviser"],
                ["3",
                 "Set up the flat from the leaving care grant: cot and mattress, fridge, washing machine and "
                 "a smoke alarm",
                 "Dean Ward, personal adviser, Willowcrake Leaving Care Team"],
                ["4",
                 "Visit Ellis and Shannon at Lark Court, see Ellis awake and where he sleeps: twice a week in "
                 "stage 2, then weekly, one visit in three unannounced",
                 "Priya Sethi, SW"],
                ["5",
                 "Weigh Ellis and check his feeding, safe sleep and Shannon's mood: weekly in stage 2, then "
                 "every two weeks",
                 "Aisha Rahman, health visitor"],
                ["6",
                 "Assess Shannon's self-harm and anxiety, and report to each core group on her capacity to "
                 "care for Ellis and keep herself safe, the changes still needed and how long they are likely "
                 "to take; first written assessment by 09/01/2026",
                 "Dr Ruth Pennington, consultant psychiatrist, Willowcrake Adult Community Mental Health Team"],
                ["7",
                 "Keep every appointment with Dr Pennington's team and ring Marion or the crisis line, not "
                 "Kyle, whenever she feels unsafe, so that Ellis is never left alone when she is distressed",
                 "Shannon Keating (Mum)"],
                ["8",
                 "Supervise Kyle's contact with Ellis at the Willowcrake Family Centre, every Saturday from "
                 "10am to 12 noon",
                 "Femi Adeyemi, contact supervisor, Willowcrake Family Centre"],
                ["9",
                 "Complete the Caring Dads programme, on Tuesday evenings from 13/01/2026",
                 "Kyle Barton (Dad)"],
                ["10",
                 "Spend every Sunday afternoon with Shannon and Ellis and help with the week's shopping and "
                 "washing",
                 "Marion Price (former foster carer)"],
                ["11",
                 "Be the person Shannon rings at night if Ellis will not settle or she feels unsafe, and come "
                 "round if she asks",
                 "Marion Price (former foster carer)"],
                ["12",
                 "Give Shannon and Ellis a Home-Start volunteer on Tuesday and Friday mornings",
                 "Jess Allinson, co-ordinator, Home-Start Willowcrake"],
                ["13",
                 "Register Ellis with Lark Court's GP and baby clinic, and take him for his 12-week "
                 "immunisations",
                 "Shannon Keating (Mum)"],
            ],
        }),
        ("h1", "Part 3 – Measuring success"),
        ("table", {
            "header": ["No.", "What we will see"],
            "widths": [1.2, 15.8],
            "rows": [
                ["1", "Final report from Rowan House shared with Shannon and the core group before the move"],
                ["2", "Signed move plan on the case file, with a copy at Lark Court"],
                ["3", "Priya sees the cot, fridge, washing machine and a working smoke alarm at the first visit "
                      "to Lark Court"],
                ["4", "Visit records show Ellis seen awake at every visit and his cot checked"],
                ["5", "Ellis's weight plotted in the red book at each check, on or near the 50th centile"],
                ["6", "Dr Pennington's written assessment on the file by 09/01/2026, and a report before every "
                      "core group"],
                ["7", "The CMHT's letters show every appointment kept; Marion and the crisis line log the calls "
                      "Shannon makes"],
                ["8", "Contact notes sent to Priya after every session"],
                ["9", "Caring Dads attendance report sent to Priya every four weeks"],
                ["10", "Marion writes each visit in Ellis's home folder, which Priya checks each week"],
                ["11", "Marion texts Priya the next morning after any night call"],
                ["12", "Home-Start visit log shared with Priya every month"],
                ["13", "GP registration letter and red book show Ellis registered and immunised"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Shannon self-harms, tells anyone she is thinking of it, or leaves Ellis alone while she is "
            "distressed: Priya will hold a strategy discussion the same day, and Ellis will stay with Shannon "
            "at Marion's home at 11 Hawthorn Grove until it has taken place.",
            "If Kyle comes to Lark Court or contacts Shannon outside the agreed arrangements: Shannon will call "
            "999, contact will stop and Priya will hold a strategy discussion the same day.",
            "If Marion cannot be there (she is ill, away, or it becomes too much), Priya will ask Rowan House "
            "for a floating support worker at Lark Court the same week; if no safe adult can be with Shannon "
            "and Ellis, they will go together to a Willowcrake parent and baby foster placement that day.",
            "If Shannon self-harms twice, leaves Ellis alone when distressed again, or Dr Pennington's "
            "assessment says she cannot make the changes within Ellis's timescale, Priya will request a legal "
            "planning meeting within five working days.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks, Mondays at 11am at Lark Court Children's Centre: 05/01/2026, "
            "02/02/2026 and 02/03/2026.",
            "Second review child protection conference: 01/06/2026, 10am, Willowcrake Town Hall.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. First review conference plan, father's cocaine use and arguments, a
#    4-year-old and a 2-year-old. Scaled goals with "We will know when"
#    checks over the bullets under them; some bullets carry their own check.
#    Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b153_wessingford_rcpc_scaled_goals_check_in_sentence_delacey.md",
    "split": "tune",
    "actions": 12,
    "template": "rcpc-plan-md-details-bullets-since-icpc-what-harvey-says-millies-day-then-goal-headings-with-now-and-by-review-scores-and-we-will-know-when-checks-then-bold-owner-bullets-under-each-some-with-own-check-then-also-agreed-bullets-contingency-meetings",
    "description": (
        "First review conference plan for a 4-year-old and a 2-year-old whose father uses cocaine "
        "and drinks at weekends, with arguments the police attended twice. Three goals each carry "
        "a score now and by the review and their own 'We will know when' checks, which measure the "
        "bullets under them; some bullets also carry their own check in the sentence. Faults: the "
        "third goal is about the mother's confidence and its check is what she says, the only "
        "measure of the family support worker's sessions; a passive nursery row; 'ongoing'; a "
        "'Core group' owner; an 'Also agreed' bullet with no time or measure; the contingency is "
        "'further concerns' met by discussion and 'consider', so there is no legal planning."
    ),
    "text": """\
# Child protection plan – Harvey and Millie Delacey

**Wessingford Borough Council – Children's Services – Safeguarding Team South**
*Agreed at the first review child protection conference, 01/12/2025*

- **Children:** Harvey Delacey (4), Little Oaks Nursery; Millie Delacey (2)
- **Address:** 8 Ferry Lane, Wessingford WS5 4HN
- **Mother:** Kerry Delacey (26)
- **Father:** Shaun Pike (30), lives with Kerry and the children
- **Paternal grandparents:** Pauline and Mick Pike, Wessingford (see the children most weeks)
- **Category:** Neglect and emotional abuse
- **Initial conference:** 01/09/2025 · **This review:** 01/12/2025 (chair: Jonathan Wilde, IRO)
- **Social worker:** Laura Finch (team manager: Asif Rahman)

## What has changed since the initial conference

The police were called to Ferry Lane on 14/06/2025 and 20/09/2025 after Shaun and Kerry argued loudly
late at night; on both nights Shaun had been drinking and using cocaine. Shaun's hair strand test in
October was positive for cocaine at a level showing regular use. He has been to 5 of 9 sessions at the drug
and alcohol service. Millie's immunisations are now up to date and the home is cleaner than in September.
Harvey's nursery attendance is 68%.

## What Harvey says and what Millie's days are like

Harvey (with puppets, at nursery, 24/11/2025): "Daddy was shouting at Mummy and I put my hands on my ears.
Then Daddy was asleep on the floor." He made the daddy puppet "go to bed" and said he likes "when it's just
me and Mummy and Millie". He wants his dad to "stop being cross".

Millie was seen at home on 19/11/2025. She played happily with her bricks and went to Kerry for a cuddle
when the dog barked. Kerry says Millie wakes crying most Saturday mornings.

## Goals for Harvey and Millie

### Goal 1: Harvey and Millie are only ever cared for by sober adults

**Now:** 3/10 (agreed by the core group, 24/11/2025). **By the next review:** 7/10.
**We will know when:** Shaun's hair strand test in February 2026 is negative for cocaine; his key worker's
reports show every session attended; no worker finds an adult under the influence at any visit.

- **Shaun** will go to his key-work session at Wessingford Drug and Alcohol Service every Tuesday from
  09/12/2025.
- **Ben Ashworth (key worker, Wessingford Drug and Alcohol Service)** will see Shaun weekly and send Laura a
  written report before each core group on whether Shaun is cutting down and whether lasting change is
  likely.
- **Laura Finch (SW)** will arrange Shaun's hair strand test in the week of 02/02/2026 and share the result
  with the core group.
- **Kerry** will not leave Harvey and Millie in Shaun's care on any Friday or Saturday night from
  01/12/2025.

### Goal 2: Harvey goes to nursery for every session and both children are seen every week by people outside the home

**Now:** 4/10. **By the next review:** 8/10.
**We will know when:** Little Oaks' monthly report shows Harvey's attendance at 90% or more; Millie's
two-year review is done and its results are on the file; visit records show both children seen every
fortnight.

- **Laura Finch (SW)** will visit every two weeks, one visit in three unannounced, and see Harvey on his own.
- Harvey's attendance at Little Oaks Nursery will be checked each week.
- **Gemma Tully (health visitor)** will do Millie's two-year developmental review by 19/12/2025 and send
  Laura the results.
- **Kerry** will walk Harvey to Little Oaks Nursery and collect him, ongoing.

### Goal 3: Kerry will feel more confident as a parent

**Now:** 5/10. **By the next review:** 7/10.
**We will know when:** Kerry says she feels more confident.

- **Rachel Dunn (family support worker)** will do six home sessions with Kerry on routines and boundaries,
  every Thursday from 04/12/2025.
- **Core group** will agree a bedtime routine chart with Kerry by 15/12/2025; the signed chart will be kept
  in the children's home folder.

### Also agreed at the review

- **Laura Finch (SW)** will talk to Kerry about the Freedom Programme and what happened in September.
- **Kerry** will register Harvey and Millie with a dentist by 31/01/2026 and show Laura the registration
  letters.

## If things get worse

If there are any further concerns about Harvey and Millie's care, or things do not improve, the core group
will meet to discuss next steps and consider whether a legal planning meeting is needed.

## Meetings

- Core group every four weeks, Mondays at 10am at Little Oaks Nursery: 05/01/2026, 02/02/2026 and
  02/03/2026.
- Second review child protection conference: 01/06/2026, 2pm, Wessingford Civic Centre.
""",
    "findings": [
        F("F002", "Kerry will feel more confident as a parent"),
        F("W001", "Harvey's attendance at Little Oaks Nursery will be checked each week"),
        F("T002", "will walk Harvey to Little Oaks Nursery and collect him"),
        F("M002", "will do six home sessions with Kerry on routines and boundaries"),
        F("W002", "will agree a bedtime routine chart with Kerry"),
        F("T001", "will talk to Kerry about the Freedom Programme"),
        F("M001", "will talk to Kerry about the Freedom Programme"),
        F("C002"),
        F("R002"),
    ],
})
