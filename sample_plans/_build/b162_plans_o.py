"""Batch 162, module o: seven fictional plans (tuning material), places beginning with "o".

Everything here is made up: children, families, professionals, services,
schools, hospitals, councils and addresses. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: deep and nested plans for sibling groups, with levels and
hierarchies: owners, times and measures given once at a higher level (a
child's part, an outcome, a numbered area, a register group, a banner row)
for the actions under it, and sub-items that only detail their parent.

1. an initial conference plan for four children (domestic abuse, mother's
   low mood, aunt helping): a family-wide Ref table, then one part per
   child with bold "For Maja - <owner> will:" lead-ins, each owning a small
   What / When / How we will know table with no Who column (docx). Faults:
   the aunt's help "As and when needed" (T002); Talking Therapies' CBT
   sessions measured by attendance (H001); "All agencies" (W002); "keep an
   eye on" attendance, "Monitored by school" (M002); the dentist row's
   measure "-" (M001); a bedtime routine "to be set up" under a lead-in
   that names no one (W001); the contingency sends the children to the
   aunt with no word on her being unable (C003); no legal planning (R002);
2. a case-system print nested Need -> Outcome -> Task -> lettered
   sub-tasks, each level with labelled fields; a lead, a complete-by date
   or a "How we will know" entered at Need or Outcome level applies to the
   tasks under it, as a note says (pdf, exemplary);
3. a review conference plan as an outline: numbered areas with a Lead line
   (and for some a timescale and a check), actions 1.1, 1.2 ... as bullets,
   details 1.1.1 as sub-bullets (md). Faults: the CPN's weekly support with
   "Kerry's mood improves" (H001, M002); a hearing test with no check under
   an area with none (M001); an action under "Lead: the family ·
   Timescale: ongoing" naming no one and no time (W002, T002); a counselling
   referral with no time under an area with none (T001); an outcome about
   the parents' relationship (F002); next review conference "date to be
   arranged" (R001);
4. a review conference plan with one Word table per outcome, each with its
   own header row and a lead banner row, the Who cell merged down where one
   person has two rows, and several dated steps plus a "We'll know" line in
   each last cell (docx, exemplary);
5. minutes of a second core group whose numbered items end with the
   register numbers of what was agreed, then the action register grouped
   "for all three children" and per child, each group line giving a lead
   (and for two groups a deadline) for entries that name no one else (txt).
   Faults: the mother's group "when she feels ready" (T002); "Evidence: -"
   (M001); "Evidence: engagement" (M002); a young carer's referral with no
   time in a group that gives none (T001); the toddler's nursery run under
   "lead: the family" (W002); "if things get worse ... review the plan and
   consider next steps" (C002) with nothing if the grandmother's help fails
   (C003);
6. a long initial conference plan (27 rows) for three children, the baby
   looked after on a neonatal unit and the family about to move council:
   one landscape table with group banner rows and outcome banner rows, some
   outcome banners carrying a "How we'll know" for rows that leave theirs
   blank, printed to PDF with header and footer. Faults: the parenting
   assessment left to the new council "once the family are settled" (X001,
   T002); family support sessions under an outcome checked only by
   "reviewed at core group" (M002); a school application with no time
   (T001); a speech therapy assessment with no output under an outcome with
   no check (M001); the social worker visiting the baby "when she is able"
   and the parents "as often as they can" (T002 each), so no one visits the
   looked-after baby in hospital at a stated frequency (L001);
7. a review conference plan in three levels: a heading per outcome, a
   heading per person under it, and a bullet per action with When and How
   we'll know sub-bullets (md, exemplary).

Plans 2, 4 and 7 are exemplary: every action has an owner, a real timescale
and something that can be seen or counted (its own or given at the level
above it); outcomes are the children's; each contingency has specific
triggers, concrete responses, a fallback for relatives' help and legal
planning after named triggers; the children's voice, core group dates and a
dated review conference are recorded; adult services own work, and every
mental health service is asked about the parent's capacity to change.

Counting convention used for "actions" (README convention 1, and 12 and 13
for fields given once at a higher level): each row of an action table
counts once (banner rows, lead-in lines and outcome lines are not actions);
in the case print each Task card is one action and its lettered sub-tasks
are steps of it; in the outline each 1.1-level bullet is one action and its
1.1.1-level sub-bullets are details of it; in the minutes only the entries
of the action register count (the "-> A4" notes in the minutes point at
them, and the OAS referral closed in item 2 is not counted); in plan 7 each
bullet under a person's heading is one action and its When / How we'll know
sub-bullets belong to it. The contingency, meetings, views and outcomes are
not counted.
"""
from build_batch5 import F, H, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Initial conference plan for four children (domestic abuse, neglect,
#    mother's low mood, aunt helping). A family-wide Ref table, then one part
#    per child: the child's outcome, then "For <child> - <owner> will:"
#    lead-ins, each over a small What / When / How we will know table with
#    no Who column. Mostly good rows with a few faults (docx)
# ---------------------------------------------------------------------------
def _child_part(lead_in, rows):
    """A bold "For <child> - <owner> will:" lead-in over a What / When / How table."""
    return [
        ("boldp", lead_in),
        ("table", {
            "header": ["What", "When", "How we will know"],
            "widths": [7.0, 4.0, 6.0],
            "rows": rows,
        }),
    ]


PLANS.append({
    "name": "b162_oakhallow_icpc_family_part_then_child_parts_kowalczyk.docx",
    "doc_title": "Child Protection Plan - Kowalczyk and Hulme children",
    "split": "tune",
    "actions": 24,
    "template": "icpc-sibling-group-docx-kv-details-children-table-worries-going-well-each-childs-views-family-outcomes-then-family-wide-ref-what-who-when-how-table-then-h2-per-child-outcome-line-and-for-child-owner-will-lead-ins-over-what-when-how-tables-no-who-column",
    "description": (
        "Initial conference plan for four children (13, 10, 6 and 9 months) after domestic abuse by "
        "the baby's father, who is on bail; their mother has low mood and their maternal aunt helps. "
        "A family-wide table (Ref, What, Who, When, How we will know) is followed by one part per "
        "child: the child's outcome, then bold 'For Szymon - Oakhallow Juniors (...) will:' lead-ins, "
        "each owning a small What / When / How we will know table with no Who column. Most rows are "
        "sound. Faults: the aunt's help 'As and when needed'; Talking Therapies only treating the "
        "mother, measured by attendance; 'All agencies' to share sightings; the school to 'keep an "
        "eye on' attendance, 'Monitored by school'; the dentist row with no measure; a bedtime "
        "routine 'to be set up' under an 'also agreed' lead-in naming no one; a contingency that "
        "sends the children to the aunt with no word on her being unable; no legal planning."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Oakhallow Borough Council · Children's Services · Safeguarding and Family Support (North)"),
        ("kv", [
            ("Conference", "Initial child protection conference, Thursday 27/11/2025, Oakhallow Civic Centre"),
            ("Chair", "Imogen Clarke, independent reviewing officer"),
            ("Category", "Emotional abuse (all four children); neglect (Maja and Leo)"),
            ("Address", "14 Larch Close, Oakhallow OK3 8RN"),
            ("Mother", "Aneta Kowalczyk (34)"),
            ("Leo's father", "Dean Hulme (29). Aneta's partner until 26/10/2025; on police bail not to contact "
                             "Aneta or come to Larch Close until his court date on 26/01/2026"),
            ("Father of Oliwia, Szymon and Maja", "Tomasz Kowalczyk, lives in Gdansk; speaks to the children by "
                                                   "video on Sundays"),
            ("Maternal aunt", "Katarzyna (Kasia) Nowicka (38), 22 Mill Lane, Oakhallow"),
            ("Social worker", "Hannah Reeve (team manager: Gareth Lowe)"),
        ]),
        ("h1", "The children"),
        ("table", {
            "header": ["Name", "Date of birth", "School or setting", "Lives with"],
            "widths": [3.4, 3.0, 6.0, 4.6],
            "rows": [
                ["Oliwia Kowalczyk", "14/03/2012 (13)", "Oakhallow Academy, Year 9", "Mum"],
                ["Szymon Kowalczyk", "02/08/2015 (10)", "Oakhallow Juniors, Year 6", "Mum"],
                ["Maja Kowalczyk", "21/05/2019 (6)", "Oakhallow Infants, Year 2", "Mum"],
                ["Leo Hulme", "18/02/2025 (9 months)", "At home", "Mum"],
            ],
        }),
        ("h1", "Why the children have a plan"),
        ("p", "The police have been called to Larch Close three times since June. On 26/10/2025 Dean hit Aneta "
              "while she was holding Leo and pushed her against the kitchen door. Oliwia rang 999 and took Szymon "
              "and Maja into her bedroom. Dean was arrested and is on bail. Aneta says the arguments started when "
              "Leo was born and that Dean checked her phone and took her bank card."),
        ("p", "Since September Aneta's mood has been low. On many days she has stayed in bed until the afternoon, "
              "and Oliwia has missed 23 school sessions this term looking after Leo and Maja. Szymon has "
              "nightmares most nights and has hurt other children at school seven times in October. Maja has six "
              "decayed teeth and toothache, and two dental appointments were missed. Leo's weight has dropped "
              "from the 50th to just above the 25th centile since his 6-month check."),
        ("h1", "What is going well"),
        ("bullets", [
            "Aneta ended the relationship, has supported the police investigation and has met the IDVA twice.",
            "Aneta saw her GP on 04/11/2025, restarted her sertraline and agreed to a referral to Talking "
            "Therapies.",
            "Kasia lives ten minutes away, sees the children most days and has offered to help with the younger "
            "children.",
            "All four children are warm and affectionate with their mum, and Oliwia's school have been very "
            "supportive.",
        ]),
        ("h1", "What the children have told us"),
        ("bullets", [
            "Oliwia (seen at school, 18/11/2025): “I don't mind helping Mum but I'm tired all the time and I'm "
            "behind in everything. I was scared Dean would hurt Leo. I want to go back to netball.”",
            "Szymon (three houses, with Hannah, 20/11/2025): worries house – “Dean shouting and the door "
            "banging”; good things house – “Mum's pierogi and my Xbox”; dreams house – “no more shouting”.",
            "Maja (seen at home, 20/11/2025): “My tooth hurts when I eat apples. Kasia does the best plaits.”",
            "Leo (observed at home, 20/11/2025): Leo crawled to Oliwia, not Aneta, when he was upset, and "
            "settled when she picked him up. His bottle had been made up by Oliwia.",
        ]),
        ("h1", "What we want for all four children"),
        ("numbers", [
            "The children live in a home where there is no violence, and they know what to do and who to call if "
            "Dean comes to the house.",
            "The children are looked after by an adult every day, and Oliwia no longer has to care for her "
            "brother and sisters instead of going to school.",
        ]),
        ("h1", "Part 1 – For the whole family"),
        ("table", {
            "header": ["Ref", "What will happen", "Who", "When", "How we will know"],
            "widths": [1.0, 5.4, 3.4, 3.0, 4.2],
            "rows": [
                ["F1",
                 "Visit the children at home, see Oliwia and Szymon on their own each time and Maja and Leo with "
                 "Aneta; at least one visit in three unannounced",
                 "Hannah Reeve, social worker",
                 "Weekly from 28/11/2025 until the review conference",
                 "A visit record on the case file for every visit, with what each child said or did"],
                ["F2",
                 "Complete a safety plan with Aneta, and the children's part of it with Oliwia, and review the DASH "
                 "risk assessment",
                 "Zara Bennett, IDVA, Oakhallow Domestic Abuse Service",
                 "By 12/12/2025",
                 "Signed safety plan and DASH review copied to Hannah by 12/12/2025"],
                ["F3",
                 "Attend the 24-week Choices domestic abuse perpetrator programme",
                 "Dean Hulme",
                 "Weekly from 13/01/2026",
                 "Facilitator's attendance record, and a mid-point report to Hannah by 31/03/2026"],
                ["F4",
                 "Flag 14 Larch Close for an urgent response to any 999 call, and tell Hannah by the next working "
                 "day of any call or any breach of Dean's bail",
                 "Oakhallow Police, Domestic Abuse Unit (DS Mark Fenn)",
                 "From 28/11/2025 until the review conference",
                 "Address flag confirmed to Hannah in writing; every call and breach logged on the case file"],
                ["F5",
                 "Six sessions of guided self-help (CBT) for Aneta's low mood",
                 "Oakhallow Talking Therapies (Ruth Ellery, psychological wellbeing practitioner)",
                 "Weekly from 08/12/2025",
                 "Aneta's attendance at each session, recorded by Talking Therapies"],
                ["F6",
                 "Review Aneta's sertraline and write to Hannah about how Aneta's mood is affecting her care of the "
                 "children",
                 "Dr Paul Okafor, GP, Larch Road Surgery",
                 "By 19/12/2025",
                 "GP letter on the case file by 19/12/2025 and read at the core group on 07/01/2026"],
                ["F7",
                 "Help Aneta with the school run and the children's tea, so that Oliwia does not have to",
                 "Kasia Nowicka (maternal aunt)",
                 "As and when needed",
                 "School registers show Szymon and Maja in by 8.50am; Oliwia tells Hannah who took them"],
                ["F8",
                 "Supervise Dean's contact with Leo at her home, and end the contact if Dean asks about Aneta or "
                 "tries to pass on a message",
                 "Kasia Nowicka (maternal aunt)",
                 "Every Saturday, 10am to 12 noon, from 06/12/2025",
                 "Kasia's contact record, signed after each contact and read by Hannah at her next visit"],
                ["F9",
                 "Share any sighting of Dean near the house, or anything a child says about him, with Hannah",
                 "All agencies",
                 "Same day",
                 "Each call logged on the case record by Hannah"],
                ["F10",
                 "Keep to her safety plan: not let Dean into the house, ring 999 if he comes, and tell Hannah about "
                 "any message from him",
                 "Aneta Kowalczyk (Mum)",
                 "Every day from 28/11/2025",
                 "Police log and Hannah's visits show no contact at the house; any message reported to Hannah "
                 "within a day"],
            ],
        }),
        ("h1", "Part 2 – Each child's plan"),
        ("h2", "Oliwia (13)"),
        ("p", "What we want for Oliwia: she goes to school every day, has time for herself and her friends, and is "
              "no longer the one looking after Leo and Maja."),
        *_child_part("For Oliwia – Oakhallow Academy (Mr Dev Patel, designated safeguarding lead) will:", [
            ["Give Oliwia a ten-minute check-in with her key adult, Miss Rowe, and ring Hannah the same day if "
             "Oliwia is absent or upset about home",
             "Every Monday and Friday morning",
             "Check-in log kept by Miss Rowe and emailed to Hannah each Friday; same-day calls logged on CPOMS"],
            ["Keep an eye on Oliwia's attendance and punctuality",
             "Weekly",
             "Monitored by school"],
        ]),
        *_child_part("For Oliwia – Oakhallow Young Carers (Beth Amos, young carers worker) will:", [
            ["Complete a young carer's assessment with Oliwia and offer her a place at the Thursday after-school "
             "club",
             "Club from 08/01/2026; assessment by 16/01/2026",
             "Oliwia's young carer's plan copied to her and to Hannah; the club register shows she goes"],
        ]),
        *_child_part("For Oliwia – Hannah Reeve (social worker) will:", [
            ["Four sessions of direct work with Oliwia on what happened on 26 October, that it was not her job "
             "to stop it, and who she can call",
             "Fortnightly, all four by 13/02/2026",
             "Oliwia's own safety card and session notes on the file; her words shared at each core group"],
        ]),
        ("h2", "Szymon (10)"),
        ("p", "What we want for Szymon: he sleeps through most nights, feels safe at home, and hurts no one at "
              "school."),
        *_child_part("For Szymon – Oakhallow Juniors (Mrs Claire Doyle, designated safeguarding lead) will:", [
            ["Six ELSA sessions with Szymon on his worries and on what to do when he feels angry",
             "Weekly from 01/12/2025 to 16/01/2026",
             "ELSA's session record, with Szymon's own score each week recorded by the ELSA, sent to Hannah "
             "after the sixth session"],
            ["Record every incident where Szymon hurts or frightens another child, and what happened just before "
             "it",
             "Every school day; summary each Friday",
             "Incident log emailed to Hannah each Friday; fewer incidents each month than the seven in October"],
        ]),
        *_child_part("For Szymon – Oakhallow CAMHS (Ravi Sandhu, primary mental health worker) will:", [
            ["Assess Szymon's nightmares, sleep and anger, and say what help he needs",
             "First appointment by 19/12/2025; assessment by 16/01/2026",
             "Assessment letter with recommendations sent to Hannah, Aneta and the school by 16/01/2026"],
        ]),
        ("h2", "Maja (6)"),
        ("p", "What we want for Maja: her teeth are treated and do not hurt, she is in bed on time on school "
              "nights, and she goes to school clean and fed."),
        *_child_part("For Maja – Aneta (Mum) will:", [
            ["Take Maja to Larch Road Dental Practice for her fillings and extractions",
             "First appointment by 19/12/2025",
             "-"],
            ["Brush Maja's teeth with her in the morning and at bedtime, using the dental nurse's sticker chart",
             "Twice a day, every day",
             "Sticker chart seen by Hannah at each visit; the dental nurse records less plaque at Maja's "
             "February check"],
        ]),
        *_child_part("For Maja – Oakhallow Infants (Mrs Lena Price, designated safeguarding lead) will:", [
            ["Give Maja a free breakfast club place, check each morning that she is clean and fed, and ring "
             "Hannah the same day if she is not",
             "Every school day from 01/12/2025",
             "Breakfast club register; morning checks logged on CPOMS and sent to Hannah each Friday"],
        ]),
        *_child_part("For Maja – also agreed:", [
            ["A bedtime routine to be set up so that Maja is in bed by 7.30pm on school nights",
             "From 01/12/2025",
             "Sleep chart on the fridge, seen by Hannah at each visit"],
        ]),
        ("h2", "Leo (9 months)"),
        ("p", "What we want for Leo: he is fed on time, gains weight back along his centile, and is never in the "
              "room when adults argue."),
        *_child_part("For Leo – the health visitor (Jo Marsh, Oakhallow 0-19 Service) will:", [
            ["Weigh Leo at home, plot his weight, and check his feeding and sleeping",
             "Every two weeks from 02/12/2025 until the review conference",
             "Weights in his red book; Leo back on the 50th centile by the review conference, or a referral to "
             "the paediatrician"],
            ["Do Leo's 9-to-12-month development review with the Ages and Stages questionnaire",
             "By 19/12/2025",
             "ASQ scores sent to Hannah and discussed at the core group on 07/01/2026"],
        ]),
        *_child_part("For Leo – Aneta (Mum) will:", [
            ["Give Leo his meals and milk feeds at the times on the health visitor's feeding plan, and write them "
             "in his feeding diary",
             "Every day from 02/12/2025",
             "Feeding diary seen by Jo at each weigh-in and by Hannah at each visit"],
        ]),
        ("h1", "Contingency plan"),
        ("bullets", [
            "If Dean comes to 14 Larch Close, contacts Aneta or the children outside the Saturday contact, or "
            "breaks his bail conditions, Aneta (or whichever child is with her) will ring 999. The police will "
            "attend as a priority. Hannah (or the Emergency Duty Team out of hours) will hold a strategy "
            "discussion with the police the same day, and the children will stay with Kasia at 22 Mill Lane that "
            "night if the house is not safe.",
            "If Oliwia is absent from school two days in a row, or Szymon or Maja arrive at school hungry or "
            "unwashed on two days in one week, the school will ring Hannah that day and Hannah will visit the home "
            "the same day.",
            "If Dean asks about Aneta or tries to pass on a message at a Saturday contact, Kasia will end the "
            "contact and ring Hannah, and there will be no further contact until the core group has met.",
        ]),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group meetings every four weeks, Wednesdays at 4pm at Oakhallow Family Hub: 10/12/2025, "
            "07/01/2026 and 04/02/2026.",
            "Review child protection conference: Thursday 19/02/2026, 10am, Oakhallow Civic Centre.",
        ]),
        ("p", "Plan agreed at the initial conference on 27/11/2025. Copies to Aneta, Dean (Part 1 and Leo's part "
              "only), and every person named in the plan."),
    ],
    "findings": [
        F("T002", "Help Aneta with the school run and the children's tea"),
        F("H001", "Six sessions of guided self-help (CBT) for Aneta's low mood"),
        F("W002", "Share any sighting of Dean near the house"),
        F("M002", "Keep an eye on Oliwia's attendance and punctuality"),
        F("M001", "Take Maja to Larch Road Dental Practice for her fillings"),
        F("W001", "A bedtime routine to be set up so that Maja"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 2. Case-system print (ChildView) of an initial conference plan: father
#    drinking since his wife died, two children, grandmother and aunt
#    helping. Nested Need -> Outcome -> Task -> sub-task, each level with its
#    own labelled fields; a lead, a complete-by date or a "How we will know"
#    entered at Need or Outcome level applies to the tasks under it.
#    Printed to PDF with page header and footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
def _task(ref, fields):
    """One ChildView task card: a banner row, then Field | Value rows."""
    return ("table", {
        "widths": [3.6, 13.4],
        "bold_first_col": True,
        "band_fill": "DDE7EE",
        "rows": [[f"TASK {ref}", H]] + [[k, v] for k, v in fields],
    })


PLANS.append({
    "name": "b162_orrinbeck_case_print_need_outcome_task_subtask_lindqvist.pdf",
    "doc_title": "ChildView print - Child Protection Plan - Lindqvist",
    "split": "tune",
    "actions": 14,
    "min_pages": 3,
    "header": "ORRINBECK COUNCIL · ChildView · Child Protection Plan (print) · OFFICIAL-SENSITIVE",
    "footer": "Printed 21/11/2025 by F.Nolan · Case ref CV-448271 · Page {PAGE} of {NUMPAGES}",
    "template": "case-system-print-pdf-header-footer-case-fields-household-table-reason-strengths-childs-voice-parent-view-then-nested-need-h2-with-lead-and-review-fields-outcome-h3-with-how-we-will-know-fields-task-cards-banner-then-field-rows-with-lettered-sub-tasks-then-contingency-trigger-response-fields-review-fields",
    "description": (
        "Exemplary initial conference plan printed from an invented case system for an 8-year-old and a "
        "3-year-old whose father has been drinking heavily since their mother died; their paternal "
        "grandmother and maternal aunt help. The plan is nested Need -> Outcome -> Task -> sub-task: "
        "each Need has a lead and review date, each Outcome a lead and a 'How we will know', and each "
        "Task a card of labelled fields with lettered sub-tasks that only detail it; a note says a field "
        "entered at Need or Outcome level applies to every task under it, and several cards rely on that "
        "for their owner, evidence or completion date. The alcohol service reports on change, the GP owns "
        "work, both relatives' help has a fallback, legal planning follows named triggers, core group and "
        "review dates are set, and the children's words and days are recorded."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "ChildView record type: CP Plan (Initial) · Status: Current · Version 1 (agreed at conference)"),
        ("h1", "Case details"),
        ("kv", [
            ("Children", "Elsa Lindqvist, DOB 11/06/2017 (8); Noah Lindqvist, DOB 02/09/2022 (3)"),
            ("Address", "9 Fellside Terrace, Orrinbeck OR2 5LT"),
            ("Conference", "Initial child protection conference, 20/11/2025. Chair: Rashida Khan"),
            ("Category", "Neglect (both children)"),
            ("Allocated worker", "Freya Nolan, social worker, Orrinbeck Children's Social Care"),
            ("Team manager", "Dominic Hale"),
        ]),
        ("h2", "Household and family network"),
        ("table", {
            "header": ["Name", "Relationship", "Address", "Role in the plan"],
            "widths": [3.4, 3.4, 4.6, 5.6],
            "rows": [
                ["Mikael Lindqvist (41)", "Father", "9 Fellside Terrace", "Sole carer"],
                ["Ingrid Lindqvist (66)", "Paternal grandmother", "31 Rook Lane, Orrinbeck",
                 "Collects the children three days a week"],
                ["Joanne Pryor (39)", "Maternal aunt", "4 Quarry Bank, Orrinbeck",
                 "Has the children every other weekend"],
                ["Hanna Lindqvist", "Mother", "Died 14/03/2024", "-"],
            ],
        }),
        ("h2", "Reason for the plan"),
        ("p", "Elsa and Noah's mother died of cancer in March 2024. Since then their father, Mikael, has been "
              "drinking most evenings and some days. On 24/10/2025 he arrived at Little Wrens Nursery to collect "
              "Noah smelling of alcohol and unsteady on his feet; staff kept Noah and called the police, and a "
              "breath test was over the drink-drive limit. Elsa has told her teacher that she lets herself in "
              "after school, finds her dad asleep on the sofa and makes toast for Noah. At an unannounced visit on "
              "13/11/2025 there were eleven empty wine bottles in the kitchen and no food for tea."),
        ("h2", "Strengths"),
        ("bullets", [
            "Mikael told the conference he knows his drinking has got out of hand and has booked his own "
            "appointment with the Orrinbeck Recovery Partnership.",
            "Both children are attached to their dad, and he knows their routines and what comforts them.",
            "Ingrid and Joanne both came to the conference and have offered regular, set help.",
            "Noah's nursery and Elsa's school know the children well and spotted the worries early.",
        ]),
        ("h2", "Child's voice"),
        ("kv", [
            ("Elsa (seen alone at school, 13/11/2025)", "“Daddy's sad because Mummy died and the wine makes him "
                                                        "sleepy. I make Noah's toast. I'd like Granny to come "
                                                        "more. I miss Mummy at bedtime.” Elsa scored feeling "
                                                        "safe at home 3 out of 10."),
            ("Noah (observed at nursery and at home)", "Noah uses about 50 words, fewer than most children his "
                                                       "age. At nursery he often arrives hungry and eats two "
                                                       "breakfasts. At home on 13/11/2025 he climbed onto the "
                                                       "sofa to pat his dad's face and say “up Daddy”, then "
                                                       "went to Elsa for his cup."),
        ]),
        ("h2", "Parent's view"),
        ("p", "Mikael says he drinks to sleep, that he has never hurt the children and that he wants to stop. He "
              "agrees to breath tests and to the help from his mother and sister-in-law."),
        ("h1", "Plan"),
        ("p", "Reading this print: the plan is entered as Needs, each with one or more Outcomes, each with Tasks. "
              "A field entered at Need or Outcome level (lead, complete-by date, How we will know) applies to "
              "every Task beneath it, unless the Task shows its own value. Lettered sub-tasks are steps of the "
              "Task above them, done by the same owner."),
        ("h2", "NEED 1 of 3 – Elsa and Noah are looked after by a sober adult every day and night"),
        ("kv", [
            ("Need lead", "Freya Nolan, social worker"),
            ("Need review date", "17/02/2026 (review child protection conference)"),
        ]),
        ("h3", "OUTCOME 1.1 – The children are only ever in the care of an adult who is sober"),
        ("kv", [
            ("Outcome lead", "Freya Nolan, social worker"),
            ("How we will know", "Every breath test taken at social work visits and at the Recovery Partnership "
                                 "reads zero, and nursery and school record no concern at any pick-up."),
        ]),
        _task("1.1.1", [
            ("Task", "Key-work with Mikael towards stopping drinking, and a written report to each core group on "
                     "whether he is making the changes the children need and how long that is likely to take"),
            ("Owner", "Orrinbeck Recovery Partnership (Leon Adebayo, recovery worker)"),
            ("Due / frequency", "Every Tuesday from 25/11/2025; report three working days before each core group"),
            ("Sub-tasks", "a) breath test at every session\nb) offer an assessment for community detox by "
                          "05/12/2025\nc) invite Ingrid to one session on how to support Mikael"),
            ("Evidence", "Recovery Partnership report, with breath test results, on ChildView before every core "
                         "group"),
        ]),
        _task("1.1.2", [
            ("Task", "Drink no alcohol while caring for Elsa and Noah, and take a breath test whenever Freya, Leon "
                     "or Ingrid asks"),
            ("Owner", "Mikael Lindqvist (father)"),
            ("Due / frequency", "Every day from 20/11/2025"),
            ("Sub-tasks", "a) keep no alcohol in the house\nb) go to every Tuesday appointment at the Recovery "
                          "Partnership"),
        ]),
        _task("1.1.3", [
            ("Task", "Check Mikael's liver function, prescribe and review any medicine to help him stop drinking, "
                     "and tell Freya the same day about any missed appointment"),
            ("Owner", "Dr Aisha Rahman, GP, Fellside Medical Practice"),
            ("Due / frequency", "First review by 05/12/2025, then every four weeks"),
            ("Evidence", "GP letter to Freya after each review; missed appointments reported the same day and "
                         "logged by Freya"),
        ]),
        ("h3", "OUTCOME 1.2 – If their dad has been drinking, Elsa and Noah are looked after by Ingrid or Joanne "
               "that same day and never go home with him"),
        ("kv", [
            ("Outcome lead", "Freya Nolan, social worker"),
            ("How we will know", "Nursery and school pick-up logs show who collected the children each day, and "
                                 "Ingrid or Joanne texts Freya every time she steps in."),
        ]),
        _task("1.2.1", [
            ("Task", "Collect Noah from nursery and Elsa from school, and stay at Fellside Terrace until both "
                     "children are in bed"),
            ("Owner", "Ingrid Lindqvist (paternal grandmother)"),
            ("Due / frequency", "Every Monday, Wednesday and Friday from 24/11/2025"),
            ("Sub-tasks", "a) breath test Mikael when she arrives, with the kit from the Recovery Partnership\n"
                          "b) text Freya by 8pm with the result and how the evening went"),
            ("Evidence", "Ingrid's 8pm text each evening, saved on ChildView by Freya"),
        ]),
        _task("1.2.2", [
            ("Task", "Have Elsa and Noah to stay from Saturday morning to Sunday teatime, so that Mikael has the "
                     "weekend for his recovery meetings"),
            ("Owner", "Joanne Pryor (maternal aunt)"),
            ("Due / frequency", "Every other weekend from 29/11/2025, 10am Saturday to 5pm Sunday"),
            ("Evidence", "Joanne texts Freya at drop-off and collection; Elsa asked about the weekend at Freya's "
                         "next visit"),
        ]),
        _task("1.2.3", [
            ("Task", "Visit Elsa and Noah at home, see Elsa on her own, look in the kitchen and fridge, and breath "
                     "test Mikael"),
            ("Due / frequency", "Weekly until the review conference; one visit in three unannounced and one in "
                                "three after 5pm"),
            ("Evidence", "A visit record on ChildView for each visit, with Elsa's words and the breath test "
                         "result"),
        ]),
        _task("1.2.4", [
            ("Task", "Check who collects Noah at every pick-up and do not let him go with anyone who seems under "
                     "the influence; in that case ring 999 and then Freya"),
            ("Owner", "Little Wrens Nursery (Mrs Carol Teague, manager and designated safeguarding lead)"),
            ("Due / frequency", "Every session"),
            ("Evidence", "Pick-up log emailed to Freya every Friday"),
        ]),
        ("h2", "NEED 2 of 3 – Noah's health and development"),
        ("kv", [
            ("Need lead", "Hayley Moss, health visitor, Orrinbeck 0-19 Service"),
            ("Need review date", "17/02/2026 (review child protection conference)"),
        ]),
        ("h3", "OUTCOME 2.1 – Noah eats well, goes to nursery every day, and his talking catches up with other "
               "three-year-olds"),
        ("kv", [
            ("How we will know", "Noah's nursery attendance is 90% or more each month, and his WellComm speech "
                                 "screen in February has moved up at least one band from December."),
        ]),
        _task("2.1.1", [
            ("Task", "Do Noah's development review with the Ages and Stages questionnaire and a WellComm screen, "
                     "and refer him to speech and language therapy if he is still behind"),
            ("Due / frequency", "Review and first screen by 12/12/2025; second screen by 06/02/2026"),
            ("Evidence", "ASQ and WellComm scores sent to Freya after each screen; a copy of any referral on "
                         "ChildView"),
        ]),
        _task("2.1.2", [
            ("Task", "Take Noah to every nursery session, by 9am and with breakfast eaten"),
            ("Owner", "Mikael Lindqvist (father)"),
            ("Due / frequency", "Every weekday morning from 24/11/2025"),
        ]),
        _task("2.1.3", [
            ("Task", "Do the WellComm activities with Noah in a small group and write down each new word he uses"),
            ("Owner", "Little Wrens Nursery (Sophie Ward, Noah's key person)"),
            ("Due / frequency", "Three mornings a week from 01/12/2025"),
            ("Evidence", "Noah's WellComm record and word log sent to Hayley at the end of each month"),
        ]),
        ("h2", "NEED 3 of 3 – Elsa is looked after rather than looking after"),
        ("kv", [
            ("Need lead", "Freya Nolan, social worker"),
            ("Need review date", "17/02/2026 (review child protection conference)"),
        ]),
        ("h3", "OUTCOME 3.1 – Elsa never comes home to an empty or unsafe house, can talk about her mum and her "
               "dad's drinking with an adult she trusts, and is settled at school"),
        ("kv", [
            ("Outcome lead", "St Bega's Primary School (Mr Owen Pike, deputy head and designated safeguarding "
                             "lead)"),
            ("Complete by", "23/01/2026, unless a task shows its own date"),
            ("How we will know", "Elsa's own score for feeling safe at home, recorded by Freya at each visit, "
                                 "rises from 3 out of 10; her attendance stays above 95%; the after-school club "
                                 "register and the pick-up log show she never went home alone."),
        ]),
        _task("3.1.1", [
            ("Task", "A morning check-in with Elsa by her class teacher, Mrs Ahmed, with a same-day call to Freya "
                     "if Elsa says her dad was drinking or arrives without breakfast"),
            ("Due / frequency", "Every school day"),
            ("Evidence", "Check-ins logged on CPOMS and a summary emailed to Freya each Friday"),
        ]),
        _task("3.1.2", [
            ("Task", "A free place at after-school club on Tuesdays and Thursdays, so that Elsa is collected from "
                     "school by an adult every day"),
            ("Due / frequency", "Every Tuesday and Thursday from 25/11/2025 until the review conference"),
        ]),
        _task("3.1.3", [
            ("Task", "Eight sessions of bereavement support with Elsa about her mum"),
            ("Owner", "Little Lanterns Children's Bereavement Service (Gemma Akhtar)"),
            ("Due / frequency", "Fortnightly from 08/12/2025; all eight by 30/03/2026"),
            ("Sub-tasks", "a) make a memory box with Elsa\nb) one session with Elsa and her dad together"),
            ("Evidence", "A short summary to Freya after every second session; the memory box finished"),
        ]),
        _task("3.1.4", [
            ("Task", "Three sessions of direct work with Elsa: her three houses, her worries about her dad, and a "
                     "safety card with the names and numbers of who to ring"),
            ("Owner", "Freya Nolan, social worker"),
            ("Evidence", "Elsa's three houses drawing and safety card on ChildView; her words read at the core "
                         "group on 04/02/2026"),
        ]),
        ("h1", "Contingency plan"),
        ("kv", [
            ("Trigger 1", "Mikael smells of alcohol, is unsteady, or has a breath test over zero while he is "
                          "caring for the children."),
            ("Response 1", "Whoever sees it rings Ingrid, then Freya (the Emergency Duty Team out of hours). "
                           "Ingrid takes both children to 31 Rook Lane that day. Mikael does not care for them on "
                           "his own until Freya has seen him sober with a clear breath test. If a child was hurt or "
                           "left alone, Freya holds a strategy discussion with Orrinbeck Police the same day."),
            ("Trigger 2", "Ingrid or Joanne cannot do her part (she is ill, away, or feels she cannot go on)."),
            ("Response 2", "She rings Freya that day. The other relative covers if she can; if neither can, Freya "
                           "(or the Emergency Duty Team) places Elsa and Noah together with Orrinbeck foster carers "
                           "that night, and Freya holds a family network meeting within five working days to agree "
                           "new help."),
            ("Trigger 3", "Two breath tests over zero while Mikael is caring for the children, a child found "
                          "without a sober adult again, or a Recovery Partnership report by the core group on "
                          "04/02/2026 saying change is not happening in the children's timescale."),
            ("Response 3", "Freya asks Dominic Hale for a legal planning meeting within five working days, to "
                           "decide whether to start pre-proceedings under the Public Law Outline."),
        ]),
        ("h1", "Review arrangements"),
        ("kv", [
            ("Core group frequency", "Every four weeks, Wednesdays 1.30pm, Orrinbeck Children's Centre"),
            ("Core group dates", "03/12/2025, 07/01/2026, 04/02/2026"),
            ("Review child protection conference", "17/02/2026, 10.00, Orrinbeck Town Hall"),
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Review conference plan as an outline: numbered areas (1, 2, ...) each
#    with a Lead line and sometimes a time and a check for everything under
#    it, actions numbered 1.1, 1.2, and details numbered 1.1.1 under their
#    action. Mother's depression, partner's cannabis use, grandmother and
#    uncle helping. Mostly good, a few faults (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b162_osmandby_rcpc_outline_area_action_detail_gorman.md",
    "split": "tune",
    "actions": 19,
    "template": "rcpc-plan-md-bold-label-details-then-changes-worries-going-well-childrens-words-outcomes-then-outline-numbered-areas-with-italic-lead-timescale-check-line-then-bulleted-1-1-actions-with-nested-1-1-1-detail-bullets-contingency-meetings",
    "description": (
        "Review conference plan for an 11-year-old and a 4-year-old whose mother has depression and "
        "anxiety (an overdose in July) and whose father, her partner, smokes cannabis daily; the "
        "maternal grandmother and uncle help. The plan is an outline: six numbered areas, each with an "
        "italic line giving its Lead and, for some, a timescale and a 'We'll know it's working when' "
        "check that apply to every action under it unless the action gives its own; actions are "
        "bullets 1.1, 1.2 ... and bullets 1.1.1 under them only detail their action. Most actions are "
        "sound (the drug service and the psychiatrist report on change, the grandmother's help has a "
        "fallback, legal planning follows named triggers). Faults: the CPN's weekly support only, "
        "measured by 'Kerry's mood improves'; a hearing test with no check, under an area with none; "
        "an action under 'Lead: the family · Ongoing' naming no one and no time of its own; a "
        "counselling referral with no time, under an area with none; an outcome about the parents' "
        "relationship; the next review conference 'date to be arranged'."
    ),
    "text": """\
# Osmandby City Council – Child Protection Plan (review)

**Children:** Riley Gorman, born 09/01/2014 (11) · Ava-Rose Gorman, born 30/06/2021 (4)
**Address:** 27 Weaver Street, Osmandby OS5 2JH
**Mother:** Kerry Gorman (30)
**Ava-Rose's father:** Lee Sandison (33), Kerry's partner, lives at 27 Weaver Street
**Riley's father:** Darren Platt, no contact since 2019
**Family network:** Pauline Gorman (maternal grandmother), 8 Church Walk · Jason Gorman (maternal uncle), 15 Mill Brow
**Conference:** Review child protection conference, Monday 15/12/2025 (initial conference 11/09/2025)
**Chair:** Margaret Osei · **Social worker:** Sinead Clarke (team manager: Adrian Boyle)
**Category:** Neglect (both children); emotional abuse (both children)
**Decision:** Both children remain subject to child protection plans.

## What has changed since the initial conference

Kerry has been seen every week by her care coordinator and has been taking her medication since September,
and she says she has more good days than bad. There has been no police call-out since 14/08/2025, when Lee
threw a mug at Kerry in the kitchen while Ava-Rose was at the table. Riley's attendance has gone up from
81% to 92%. Lee has not started work on his cannabis use: he was referred to Compass Osmandby in October but
missed both appointments.

## What we are still worried about

- On some days Kerry still cannot get up, and Riley gets Ava-Rose dressed and gives her breakfast.
- Lee smokes cannabis every day, sometimes in the house, and on two visits the living room smelled of it
  while he was looking after Ava-Rose.
- Kerry and Lee still argue loudly. Riley says he turns his music up so Ava-Rose can't hear.
- Ava-Rose has very little speech for her age and has missed two hearing appointments.

## What is going well

- Kerry has kept every appointment with her care coordinator since September and told the conference she
  wants the children's plan to work.
- Pauline has had the children every Tuesday and Thursday since September, and Jason takes Riley to
  football.
- Riley has a good relationship with Mrs Hayes at school and has started to talk to her about home.

## What Riley and Ava-Rose say

Riley (seen alone at school, 04/12/2025): "It's better than before. Mum gets up more. I still do Ava's
breakfast when she can't. Lee's alright but the smell's horrible and it gets in my clothes. Football's the
best bit of the week." Riley scored home 5 out of 10 (3 at the initial conference).

Ava-Rose (seen at home and at nursery, 02/12/2025 and 09/12/2025): Ava-Rose uses single words and points.
She took Sinead by the hand to show her the bedroom and said "Nana" and "Riley". At nursery she plays
"mummy in bed" with the dolls, putting one doll under a blanket and feeding another.

## What we want for Riley and Ava-Rose

1. Riley and Ava-Rose are looked after every morning and evening by an adult who is up, well and not
   under the influence, and Riley no longer has to get Ava-Rose ready.
2. The children live in a home with no violence and no cannabis, and they are not frightened by shouting.
3. Ava-Rose's hearing is checked, and her talking improves with the right help.
4. Kerry and Lee get on better and stop arguing.

## The plan

Each numbered area has a line giving its lead, and sometimes a timescale and a check, that apply to every
action under it unless the action gives its own. Points numbered 1.1.1 and so on are details of the action
above them, not separate actions.

**1. Safe at home**
*Lead: Sinead Clarke, social worker · Timescale: all by 13/03/2026 unless stated · We'll know it's working
when: there are no police call-outs to the house and both children tell Sinead they feel safe at home.*

- **1.1** Sinead will visit Riley and Ava-Rose at home every week, and see Riley on his own at school every
  other week. How we'll know: a visit record for each visit, with what each child said or showed her.
    - **1.1.1** At least one visit in three will be unannounced, and one in three after 6pm.
    - **1.1.2** At each visit Sinead asks Riley for his score for feeling safe at home.
- **1.2** Lee will go to the 20-week Respect Men's Programme at the Osmandby Hub on Wednesday evenings,
  starting on 07/01/2026. How we'll know: the facilitator's attendance record, and a report to Sinead
  after week 10.
- **1.3** Compass Osmandby (drug and alcohol service – Dan Whitfield, recovery worker) will key-work Lee
  fortnightly from 17/12/2025, with an oral fluid screen at each session, and report before each core group
  on whether he has stopped using in the house and how likely he is to keep it up.
    - **1.3.1** Each report to include all the screen results since the last core group.
- **1.4** Lee will not use cannabis in the house or while he is looking after Ava-Rose, from 15/12/2025. How
  we'll know: Compass screens show no cannabis by the core group on 11/02/2026, and there is no smell of
  it at Sinead's visits.
- **1.5** Osmandby Police (Domestic Abuse Unit – PC Gemma Shaw) will keep the marker on 27 Weaver Street,
  and tell Sinead within one working day of any call-out. How we'll know: every call-out on the police
  log is also on the children's file.

**2. Ava-Rose's health, talking and nursery**
*Lead: Nadia Brook, health visitor*

- **2.1** Nadia will do Ava-Rose's development check with the Ages and Stages questionnaire, with her
  speech and language looked at closely, by 16/01/2026. How we'll know: the ASQ scores are sent to Sinead,
  with a referral to speech and language therapy if Ava-Rose is below the expected range.
- **2.2** Kerry will take Ava-Rose to her hearing test at the Osmandby audiology clinic on 08/01/2026.
- **2.3** Little Steps Nursery (Mrs Jan Hill, manager) will record every session how Ava-Rose arrives
  (fed, clean, rested) and anything she says or plays about home, and ring Sinead the same day with any
  worry. How we'll know: the register and arrival notes are emailed to Sinead every Friday.
    - **2.3.1** Ava-Rose's sessions are Monday to Wednesday, 8.45am to 11.45am.

**3. Kerry's mental health, so that she can get up and look after the children**
*Lead: Osmandby Community Mental Health Team*

- **3.1** Ian Petts (CPN, care coordinator) will continue to see Kerry every week to support her with her
  low mood, her anxiety and her medication. How we'll know: Kerry's mood improves.
    - **3.1.1** Visits at home or at the Hollins Centre, whichever Kerry prefers.
- **3.2** Dr Leah Morrow (consultant psychiatrist) will review Kerry's medication and write to Sinead by
  30/01/2026 with her view on whether Kerry can make and keep the changes the children need, and how long
  that is likely to take. How we'll know: the letter is on file and read at the core group on 11/02/2026.
- **3.3** Kerry will take her medication every day as prescribed and keep it in the locked box in the
  kitchen. How we'll know: Ian's weekly tablet count matches her chart.

**4. Help from the family**
*Lead: the family · Timescale: ongoing*

- **4.1** Pauline will have Riley and Ava-Rose at 8 Church Walk after school and nursery every Tuesday and
  Thursday until 6pm, and give them their tea. How we'll know: Pauline texts Sinead each Tuesday and
  Thursday evening to say how it went.
- **4.2** Help Kerry with the shopping, the washing and getting the house straight. How we'll know: Sinead
  sees food in the cupboards and clean clothes for the children at her visits.
- **4.3** Jason will take Riley to football training every Saturday morning. How we'll know: the club's
  attendance sheet, sent to Sinead each month by the coach.

**5. Riley's school and time for himself**
*Lead: Osmandby Academy (Mrs Tina Hayes, designated safeguarding lead)*

- **5.1** Mrs Hayes will meet Riley in her office every Monday morning to hear how his weekend was, and
  ring Sinead the same day if he is worried about home. How we'll know: a check-in log emailed to Sinead
  each Friday.
- **5.2** Refer Riley to the school counsellor for help with his worries about his mum. How we'll know: the
  date of his first session is sent to Sinead.
- **5.3** Osmandby Young Carers (Kelly Tran) will complete Riley's young carer's assessment by 30/01/2026
  and offer him a place at the Wednesday after-school group. How we'll know: a copy of his young carer's
  plan to Riley and to Sinead, and the group register.

**6. Riley and Ava-Rose understand what has happened**
*Lead: Sinead Clarke, social worker · Timescale: by 27/02/2026*

- **6.1** Sinead will do four sessions of direct work with Riley about his mum's illness and the overdose
  in July, using the "When Mum is poorly" workbook. How we'll know: his workbook and his own words are on
  the file, and Riley can name two adults he would tell if he were worried.
- **6.2** Sinead and Kerry together will make a words-and-pictures story for Ava-Rose about Mummy's poorly
  days and who looks after her then. How we'll know: Kerry and Pauline read it with Ava-Rose, and a copy
  is on the file.

## If things go wrong

- If Kerry says she wants to end her life, harms herself, or cannot get out of bed to look after the
  children on two days running, whoever knows rings the Osmandby Crisis Team and then Sinead (or the
  Emergency Duty Team out of hours). The children go to Pauline's at 8 Church Walk that night, and the
  crisis team sees Kerry the same day.
- If Lee is under the influence of cannabis while looking after Ava-Rose, or there is any violence in the
  house, Lee leaves that day to stay with his brother at 5 Tanner's Row. If there was violence, the police
  are called, and Sinead holds a strategy discussion with them the same day.
- If Pauline or Jason cannot do their part (illness, holiday, or they feel they can't carry on), they tell
  Sinead that day. On a Tuesday or Thursday Riley goes to the school's after-school club and Ava-Rose stays
  at Little Steps until 5.30pm, and Sinead collects them or arranges for a family support worker to. If
  there is no safe adult for the children at night, Sinead (or the Emergency Duty Team) will place them
  together with Osmandby foster carers.
- If Kerry is admitted to hospital again, Lee's screens still show cannabis at the core group on
  11/02/2026, or there is any further violence, Sinead will ask Adrian Boyle for a legal planning meeting
  within five working days.

## Meetings

- Core group every four weeks, Wednesdays at 10am at the Osmandby Hub: 14/01/2026, 11/02/2026 and
  11/03/2026.
- Next review child protection conference: date to be arranged by the conference team.

Plan typed by Sinead Clarke, 16/12/2025. Copies to Kerry, Lee, Pauline, Jason and every agency named.
""",
    "findings": [
        F("H001", "continue to see Kerry every week to support her"),
        F("M002", "continue to see Kerry every week to support her"),
        F("M001", "take Ava-Rose to her hearing test at the Osmandby audiology clinic"),
        F("W002", "Help Kerry with the shopping, the washing and getting the house straight"),
        F("T002", "Help Kerry with the shopping, the washing and getting the house straight"),
        F("T001", "Refer Riley to the school counsellor for help with his worries"),
        F("F002", "Kerry and Lee get on better and stop arguing"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Review conference plan for three children (mother's bipolar disorder,
#    relapse in August; father moving to day shifts; aunt helping). One Word
#    table per outcome, each with its own small header row and a banner row
#    giving the outcome's lead; a person with two rows has the Who cell
#    merged down; the last column holds several dated steps and a "We'll
#    know" line in one cell. Exemplary (docx)
# ---------------------------------------------------------------------------
def _outcome_table(lead, rows):
    """An outcome's own table: header, a lead banner row, then Who | What | Dated steps rows."""
    return ("table", {
        "header": ["Who", "What they will do", "Dated steps and how we'll know"],
        "widths": [3.8, 6.4, 6.8],
        "band_fill": "E2EFDA",
        "header_fill": "C6E0B4",
        "rows": [[lead, H, H]] + rows,
    })


PLANS.append({
    "name": "b162_otterhythe_rcpc_table_per_outcome_dated_steps_cell_mensah.docx",
    "doc_title": "Review Child Protection Plan - Kofi, Ama and Esi Mensah",
    "split": "tune",
    "actions": 16,
    "check_vmerge": 2,
    "template": "rcpc-plan-docx-kv-details-what-changed-worries-going-well-childrens-words-then-h2-per-outcome-each-with-own-who-what-dated-steps-table-header-row-lead-banner-row-who-merged-down-last-cell-several-dated-steps-and-well-know-line-then-contingency-meetings",
    "description": (
        "Exemplary review conference plan for an 11-year-old, a 7-year-old and a 5-month-old baby whose "
        "mother has bipolar disorder and relapsed in August; their father is moving to day shifts and "
        "their maternal aunt helps. Each of four outcomes has its own Word table with a small header row "
        "(Who, What they will do, Dated steps and how we'll know) and a shaded banner row giving the "
        "outcome's lead; where one person has two rows the Who cell is merged down, and every last cell "
        "holds several dated steps and a 'We'll know' line. The perinatal psychiatrist and nurse both "
        "assess capacity to change, the GP owns work, the aunt's and father's help has a fallback, legal "
        "planning follows named triggers, core group and review dates are set, and the children's words "
        "and the baby's day are recorded."
    ),
    "blocks": [
        ("title", "Review Child Protection Plan"),
        ("p", "Otterhythe Council · Children and Families · Safeguarding Service"),
        ("kv", [
            ("Children", "Kofi Mensah (11, born 17/04/2014) · Ama Mensah (7, born 25/11/2018) · Esi Mensah "
                         "(5 months, born 01/07/2025)"),
            ("Address", "41 Mariner's Way, Otterhythe OT6 3BW"),
            ("Parents", "Abena Mensah (32) and Kwame Mensah (36)"),
            ("Family help", "Efua Boateng (40), Abena's sister, 12 Granary Walk, Otterhythe"),
            ("Conference", "Review child protection conference, Thursday 04/12/2025 (initial conference "
                           "04/09/2025). Chair: Helen Ward"),
            ("Category", "Neglect (all three children)"),
            ("Social worker", "Jess Adeyemi (team manager: Martin Cole)"),
        ]),
        ("h1", "What has changed since September"),
        ("p", "Abena came home from Beacon Ward on 19/09/2025 after four weeks in hospital under section 2. She "
              "has taken her lithium every day since, and her levels have been in range at every test. Kwame "
              "has asked his employer to move him from nights to days, and Efua has had Esi every Thursday "
              "afternoon. The children have been at school every day since October."),
        ("h1", "What we are still worried about"),
        ("bullets", [
            "In August, when Abena became unwell, she did not sleep for four nights, took Esi out at 3am in "
            "the rain and left Kofi and Ama alone in the house. Kofi, then 10, made Esi's bottles for two "
            "days.",
            "Kwame still works three nights a week until his new rota starts, so Abena is alone with the "
            "children overnight on those nights.",
            "Abena's illness has come back twice before after a baby was born, and the first six months are "
            "when she is most at risk.",
        ]),
        ("h1", "What is going well"),
        ("bullets", [
            "Abena knows her early warning signs, has written them down with her nurse, and has shared them "
            "with Kwame and Efua.",
            "Kwame has been at every appointment and every core group and says the children come first.",
            "Esi is a settled baby who has gained weight well since September.",
        ]),
        ("h1", "What the children say and how Esi's days are"),
        ("bullets", [
            "Kofi (seen alone at school, 25/11/2025): “I don't want Mum to go back to hospital. When she was "
            "poorly I did Esi's bottles and I was scared I'd do it wrong. I want Dad home at night.” He "
            "scored home now at 6 out of 10 (2 in September).",
            "Ama (seen at home, 27/11/2025) drew her family holding hands and said: “Mummy's better now. "
            "Auntie Efua does my hair on Saturdays.” She asked if Mummy could still take her to school.",
            "Esi (observed at home, 27/11/2025): Esi lay on her play mat reaching for her rattle and smiled "
            "and cooed when Abena talked to her. She fed from her bottle held by Abena and settled in her own "
            "cot in her parents' room.",
        ]),
        ("h1", "Our outcomes and what each person will do"),
        ("h2", "Outcome 1: Kofi, Ama and Esi are always looked after by an adult who is well, and if their "
               "mum starts to become unwell they are safe that same day"),
        _outcome_table("Lead for this outcome: Jess Adeyemi, social worker", [
            ["Dr Ruth Ansah, consultant perinatal psychiatrist, Otterhythe Perinatal Mental Health Service",
             "Review Abena's lithium and her relapse signature plan, and assess her capacity to stay well and "
             "meet the children's needs, with the likely timescale",
             "By 12/12/2025: outpatient review and lithium level\nBy 16/01/2026: written assessment of "
             "Abena's capacity to change and its likely timescale, sent to Jess\nWe'll know: the assessment "
             "is read at the core group on 21/01/2026"],
            ["Grace Tetteh, perinatal mental health nurse (care coordinator)",
             "Visit Abena at home, check her sleep, mood and lithium, and report to every core group on "
             "whether she is keeping well enough to care for the children and how long the changes are "
             "likely to take",
             "Every Monday from 08/12/2025: home visit\nTwo working days before each core group: written "
             "report to Jess\nWe'll know: a report on file before every core group; a missed visit reported "
             "to Jess the same day"],
            ["Kwame Mensah (Dad)",
             "Move to day shifts and be at home every night, so that Abena is never on her own with the "
             "children overnight",
             "By 08/12/2025: day-shift rota agreed with his employer and a copy given to Jess\nEvery night "
             "from 08/12/2025: at home from 7pm to 7am\nWe'll know: the rota is on file, and Jess's evening "
             "visits find Kwame at home"],
            [V,
             "Do Esi's night feed, so that Abena sleeps at least seven hours",
             "Every night from 05/12/2025\nWe'll know: the sleep and feed chart is filled in each night and "
             "seen by Grace at her weekly visit"],
            ["Abena Mensah (Mum)",
             "Take her lithium every evening, go to every blood test, and use her relapse signature plan with "
             "Kwame",
             "Every evening from 04/12/2025: lithium taken\nEvery four weeks: blood test at Granary Street "
             "Surgery\nWe'll know: levels in range on the GP's results copied to Jess; Grace's tablet count "
             "matches the chart"],
            ["Dr Samuel Osei, GP, Granary Street Surgery",
             "Take Abena's lithium level and kidney and thyroid tests, and tell Grace and Jess the same day if "
             "a test is missed or the level is out of range",
             "By 02/01/2026: first test\nThen every four weeks\nWe'll know: a results letter to Jess after "
             "each test; a missed test logged by Jess"],
            ["Efua Boateng (maternal aunt)",
             "Have Esi at 12 Granary Walk while Abena goes to her perinatal clinic, and stay at the house on "
             "Friday nights so that Kwame can sleep",
             "Every Thursday from 11/12/2025: 1pm to 4pm\nEvery Friday night from 05/12/2025\nWe'll know: "
             "Efua texts Jess each Friday; Abena's clinic attendance is in Grace's reports"],
        ]),
        ("h2", "Outcome 2: Esi is fed, gains weight along her centile, sleeps safely in her own cot, and is "
               "seen by a professional every week"),
        _outcome_table("Lead for this outcome: Precious Nwosu, health visitor, Otterhythe 0-19 Service", [
            ["Precious Nwosu, health visitor",
             "Weigh Esi, check her feeding and safe sleep, and do her 6-to-8-month development review",
             "Every two weeks from 09/12/2025: home visit and weight\nBy 30/01/2026: development review with "
             "the ASQ\nWe'll know: weights in the red book on or above the 50th centile; ASQ scores sent to "
             "Jess"],
            ["Abena and Kwame Mensah",
             "Put Esi down on her back in her own cot for every sleep, and never sleep with her on the sofa "
             "or in their bed",
             "Every sleep, from 04/12/2025\nWe'll know: Precious and Jess see the cot made up and Esi asleep "
             "in it at visits, and Grace's night chart shows where Esi slept"],
            ["Sarah Lyon, family worker, Otterhythe Children's Centre",
             "Run the baby massage group that Abena and Esi go to, and write down how Abena notices and "
             "answers Esi's cues",
             "Every Wednesday, 10am, from 10/12/2025 for six weeks\nWe'll know: the group register, and "
             "Sarah's observation notes sent to Precious after weeks 3 and 6"],
        ]),
        ("h2", "Outcome 3: Kofi and Ama go to school every day, on time and fed, and Kofi is no longer looking "
               "after Esi or his mum"),
        _outcome_table("Lead for this outcome: the designated safeguarding lead at each child's school", [
            ["Mr Leon Carter, designated safeguarding lead, Otterhythe Park Academy (for Kofi)",
             "Give Kofi a check-in with his mentor, and ring Jess the same day if he is absent, late or "
             "worried about home",
             "Every Tuesday and Friday from 09/12/2025: check-in\nEvery Friday: attendance email to Jess\n"
             "We'll know: Kofi's attendance at 95% or more by the core group on 18/02/2026; the check-in log "
             "on CPOMS"],
            ["Mrs Ife Bello, designated safeguarding lead, St Cuthbert's Primary (for Ama)",
             "Give Ama a breakfast club place, check each morning that she is fed, clean and in uniform, and "
             "ring Jess the same day if she is not",
             "Every school day from 08/12/2025\nWe'll know: the breakfast club register, and morning checks "
             "on CPOMS emailed to Jess each Friday"],
            ["Tom Fenwick, Otterhythe Young Carers",
             "Complete a young carer's assessment with Kofi and give him a place at the Monday club",
             "By 19/12/2025: first meeting with Kofi\nFrom 12/01/2026: Monday club\nBy 23/01/2026: "
             "assessment and young carer's plan\nWe'll know: the plan copied to Kofi and Jess; the club "
             "register"],
        ]),
        ("h2", "Outcome 4: Kofi and Ama understand their mum's illness in words they can manage, know who to "
               "tell if she is unwell, and are listened to"),
        _outcome_table("Lead for this outcome: Jess Adeyemi, social worker", [
            ["Jess Adeyemi, social worker",
             "Visit the children at home, one visit in three unannounced and one in three in the evening; see "
             "Kofi and Ama on their own and Esi in her cot",
             "Weekly from 05/12/2025 until the review conference\nWe'll know: a visit record for every visit, "
             "with each child's words or what they did"],
            [V,
             "Four sessions of direct work with Kofi and Ama, together and apart, on Mum's illness and their "
             "own safety plan",
             "By 19/12/2025: first session\nBy 13/02/2026: all four sessions\nWe'll know: each child's safety "
             "card on the file, naming three adults they can ring"],
            ["Abena and Kwame Mensah",
             "Make a family “when Mum is poorly” plan with the children that says who looks after them and "
             "who they ring",
             "By 30/01/2026\nWe'll know: the plan is on the fridge when Jess visits, and Kofi and Ama can tell "
             "her what it says"],
        ]),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Abena shows two or more of her early warning signs (sleeping under four hours on two nights "
            "running, talking very fast, spending money she does not have, or missing her lithium), Kwame or "
            "whoever notices rings Grace, or the Otterhythe mental health crisis line out of hours, that day. "
            "The perinatal team will see Abena the same day, and until then she is not left alone with the "
            "children: Kwame stays home from work and Efua comes to the house.",
            "If Abena needs to go into hospital, the perinatal team will ask for a bed for her and Esi "
            "together at the Linden Mother and Baby Unit. Kofi and Ama stay at home with Kwame, with Efua "
            "there in the daytime.",
            "If Kwame cannot be at home at night, or Efua cannot do her part (she is ill, away, or feels she "
            "cannot go on), they ring Jess that day. If no other adult agreed by Jess can be at the house that "
            "night, Jess (or the Emergency Duty Team) will place the children together with Otterhythe foster "
            "carers, and Jess will hold a family network meeting within five working days.",
            "If Abena stops her lithium, is admitted to hospital again, or Dr Ansah's assessment says she "
            "cannot make the changes within the children's timescale, Jess will ask Martin Cole for a legal "
            "planning meeting within five working days, to decide whether to start pre-proceedings under the "
            "Public Law Outline.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks, Wednesdays at 2pm at Otterhythe Children's Centre: 17/12/2025, "
            "21/01/2026 and 18/02/2026.",
            "Next review child protection conference: Thursday 28/05/2026, 10am, Otterhythe Town Hall.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Minutes of a second core group for three children (mother's drinking,
#    grandmother helping, the youngest's father having her on Saturdays).
#    Numbered items with one sub-item per agency, each ending with the
#    register numbers of what was agreed; then the action register the
#    minutes gather it into, grouped "for all three children" and then per
#    child, each group with a lead (and sometimes a deadline) for the lines
#    under it. Mostly good lines, a few faults (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b162_olvanmoor_core_group_minutes_register_by_child_ashby.txt",
    "split": "tune",
    "actions": 17,
    "template": "core-group-minutes-txt-initials-key-numbered-items-agency-subitems-each-ending-agreed-register-refs-childrens-views-outcomes-scaling-contingency-progress-and-legal-dates-then-action-register-grouped-all-children-then-per-child-group-lead-and-deadline-lines-over-a-numbered-entries-with-when-evidence",
    "description": (
        "Minutes of the second core group for a 14-year-old, a 9-year-old and a 2-year-old whose mother "
        "drinks; their grandmother helps and the youngest's father has her on Saturdays. Numbered items "
        "(an update from each agency as a sub-item, each ending with the register numbers of what was "
        "agreed) are followed by the action register they feed: a group for all three children, then one "
        "group per child, each opened by a line giving the lead for every entry that names no one else, "
        "and for two groups a deadline. Most entries are sound (the alcohol service reports on change, "
        "the GP writes, legal planning follows insufficient progress). Faults: the mother's group "
        "'when she feels ready'; a counselling referral with 'Evidence: -'; youth work measured by "
        "'engagement'; a young carer's referral with no time in a group that gives none; the "
        "toddler's nursery run under 'lead: the family'; a contingency of 'if things get worse ... "
        "review the plan and consider next steps', with nothing if the grandmother's help fails."
    ),
    "text": """\
OLVANMOOR BOROUGH COUNCIL                                 CHILDREN'S SOCIAL CARE
MINUTES OF CORE GROUP MEETING (CG2)

Children:   Tyler Ashby (14, DOB 03/05/2011)
            Kayden Ashby (9, DOB 19/10/2016)
            Mia Cole (2, DOB 07/08/2023)
Address:    62 Heron Drive, Olvanmoor OV3 9PL
Meeting:    Wednesday 14/01/2026, 1.30pm, Olvanmoor Family Centre, Room 2
Plan:       Child protection plans made at the ICPC on 11/12/2025 (category:
            neglect). CG1 held 18/12/2025.

PRESENT (initials are used in these minutes and in the register)
  NB  Natalie Byrne, social worker (chair and minutes)
  DA  Danielle Ashby, mother
  SA  Sandra Ashby, maternal grandmother, 9 Kestrel Close
  RC  Ryan Cole, Mia's father, 3b Wharf Court
  JK  Mr Jaspreet Kaur, designated safeguarding lead, Olvanmoor High School
  LM  Mrs Lorna Mead, designated safeguarding lead, Brookside Primary School
  CH  Carys Hughes, health visitor, Olvanmoor 0-19 Service
  PW  Paul Wright, recovery worker, Olvanmoor Alcohol Service (OAS)
APOLOGIES
  Dr Fatima Rahim, GP, Heron Drive Medical Centre (update sent by email)

1. WELCOME AND PURPOSE
NB explained that the core group checks the children's plan is working and
agrees what happens next. Everything agreed at this meeting is gathered in the
action register at item 10, which replaces the CG1 list.

2. MINUTES OF CG1
Agreed as accurate. All CG1 actions are carried into the register at item 10
except the referral to OAS, which was made on 19/12/2025 (closed).

3. THE CHILDREN'S VIEWS
3.1 Tyler (seen alone at school, 09/01/2026) said: "Mum's better some days.
    When she's had a drink I do Mia's tea and get Kayden to bed. I've not been
    going in first period cos I'm knackered." He said he would like to box
    again at the youth club and that he'd talk to someone at school, "not a
    shrink".
3.2 Kayden (seen at home, 12/01/2026) drew his house with "Nan's car" outside
    and said he likes Mondays and Wednesdays best "cos Nan does tea". He said
    he gets scared "when Mum goes floppy on the settee".
3.3 Mia (seen at home, 12/01/2026) was in a clean nappy and ate a yoghurt and
    a banana during the visit. She said "Tyler" and "Nana" and brought NB her
    shoes. She went to Danielle for a cuddle when the doorbell rang.

4. UPDATES FROM EACH PERSON
4.1 NB: four visits since CG1, one unannounced (07/01, 6pm). On 07/01 DA had
    been drinking: breath test 0.4mg/l, SA came round and stayed the night.
    Food in the cupboards at every visit; Mia's cot clean. -> A1
4.2 DA said she is drinking "only at weekends now" and wants to do the OAS
    group but "not yet". She agreed to breath tests at every visit.
    -> A2, A4
4.3 PW (OAS): DA has come to 2 of 4 appointments. Breath tests 0.0 and 0.2.
    PW will continue and report before each core group. -> A6
4.4 GP (by email): DA has not had liver function tests since 2024. Dr Rahim
    will see her and write to NB. -> A5
4.5 RC: has Mia every Saturday. On 10/01 DA smelled of drink at handover and
    RC kept Mia until Sunday. RC asked to be told if DA is drinking. -> A3
4.6 JK: Tyler's attendance 81% this term, mostly first-period lates. He has
    agreed to see someone in school "about stuff at home". -> A7 to A10
4.7 LM: Kayden's attendance 97%. He has broken his glasses and cannot see the
    board. He is quiet on Mondays. -> A11 to A13
4.8 CH: Mia's weight on the 50th centile. Her 2-year review is due; she has
    about ten words. DA has a Little Acorns nursery place for Mia from
    20/01. -> A14, A15
4.9 SA: will keep doing Mondays and Wednesdays and can do Friday nights, but
    works the other days. -> A16, A17

5. OUTCOMES (from the ICPC plan)
a) Tyler, Kayden and Mia are cared for every day and night by an adult who
   is sober.
b) Tyler goes to school on time and no longer has to look after Kayden and
   Mia.
c) Kayden can see the board, is settled at school and is not frightened at
   home.
d) Mia's speech develops, she goes to nursery, and she is seen by a
   professional every week.

6. SCALING (0 = the children cannot stay at home, 10 = safe enough for the
plans to end): NB 4, DA 7, SA 5, JK 4, LM 5, CH 5, PW 4.

7. CONTINGENCY (reviewed)
If things get worse at home, NB will bring the core group together early to
review the plan and consider next steps.

8. PROGRESS AND LEGAL PLANNING
NB said progress is slow. If DA has not started the OAS group by CG3 on
11/02/2026, or PW's report to CG3 says her drinking has not changed, NB will
ask her team manager, Colette Fry, for a legal planning meeting to decide
whether to start the Public Law Outline.

9. DATES
Core group every four weeks until the review conference. CG3: Wednesday
11/02/2026, 1.30pm, Olvanmoor Family Centre.
Review child protection conference: Thursday 05/03/2026, 10am, Olvanmoor
Civic Offices.

10. ACTION REGISTER (from CG2)

FOR ALL THREE CHILDREN - lead: NB unless another name is given; all by the
review conference on 05/03/2026 unless a date is given
A1  Visit the children at home weekly, one visit in three unannounced and one
    after 5pm; see Tyler and Kayden on their own and Mia with DA.
    When: weekly. Evidence: a visit record for every visit, with each
    child's words or what they showed.
A2  DA: drink no alcohol while caring for the children, and take a breath
    test at every NB and PW visit.
    When: every day from 14/01/2026. Evidence: every breath test recorded at
    0.0 on the case file.
A3  RC: have Mia at his flat every Saturday 10am to 5pm, and text NB at
    handover if DA has been drinking.
    When: every Saturday. Evidence: RC's handover text saved by NB each week.
A4  DA: start the OAS Thursday morning group for parents.
    When: when she feels ready. Evidence: OAS group register sent to NB.
A5  Dr Rahim (GP): liver function tests for DA, and a letter to NB on how her
    drinking is affecting her care of the children.
    When: by 06/02/2026. Evidence: GP letter on file before CG3.
A6  PW (OAS): key-work with DA with a breath test each time, and a written
    report on whether her drinking is changing enough for her to care for the
    children safely, and how long that is likely to take.
    When: weekly; report two working days before each core group.
    Evidence: OAS report on file before every core group.

TYLER - lead: Olvanmoor High School (JK) unless another name is given
A7  Check in with Tyler at the pastoral base with Mrs Green, and ring NB the
    same day if he is absent or late.
    When: every school day. Evidence: attendance email to NB each Friday;
    Tyler's attendance at 90% or more by the review conference.
A8  Refer Tyler to the school's Time to Talk counsellor for his worries about
    home.
    When: by 23/01/2026. Evidence: -
A9  Olvanmoor Youth Service (Kieran Doyle): one-to-one sessions with Tyler
    and a place back at the Friday boxing club.
    When: weekly from 16/01/2026. Evidence: engagement.
A10 NB: talk to Tyler about a young carer's assessment and refer him to
    Olvanmoor Young Carers if he agrees.
    Evidence: a copy of the referral on the case file.

KAYDEN - lead: Brookside Primary School (LM) unless another name is given;
all by the February half term (13/02/2026) unless a date is given
A11 Breakfast club place for Kayden, with a morning check that he is fed and
    clean, and a call to NB the same day if not.
    When: every school day. Evidence: breakfast club register and CPOMS
    notes emailed to NB each Friday.
A12 Six sessions with the learning mentor on Kayden's feelings and his
    worries about his mum.
    When: weekly from 19/01/2026. Evidence: Kayden's own score on his
    feelings scale, recorded by the mentor each session and sent to NB.
A13 DA: take Kayden to Olvanmoor Eye Clinic for his new glasses.
    Evidence: LM confirms Kayden is wearing his glasses in class.

MIA - lead: the family, with the health visitor
A14 CH: Mia's 2-year review with the Ages and Stages questionnaire, and a
    referral to speech and language therapy if her talking is delayed.
    When: by 30/01/2026. Evidence: ASQ scores sent to NB; a copy of any
    referral on file.
A15 Take Mia to her Little Acorns nursery place on Tuesday and Thursday
    mornings.
    When: every Tuesday and Thursday from 20/01/2026. Evidence: nursery
    register emailed to NB each Friday.
A16 SA: have Kayden and Mia at 9 Kestrel Close after school and nursery, and
    give them their tea.
    When: every Monday and Wednesday. Evidence: SA texts NB each Monday and
    Wednesday evening.
A17 SA: stay overnight at 62 Heron Drive, so that there is a sober adult in
    the house.
    When: every Friday night. Evidence: SA texts NB on Saturday morning; Tyler
    asked at NB's visits who was there.

Minutes: NB, 15/01/2026. Sent to all present and to Dr Rahim.
""",
    "findings": [
        F("T002", "start the OAS Thursday morning group for parents"),
        F("M001", "Refer Tyler to the school's Time to Talk counsellor"),
        F("M002", "one-to-one sessions with Tyler and a place back at"),
        F("T001", "talk to Tyler about a young carer's assessment"),
        F("W002", "Take Mia to her Little Acorns nursery place"),
        F("C002"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Initial conference plan for three children, the youngest a newborn
#    looked after (section 20) on a neonatal unit with withdrawal; parents
#    on methadone / drinking; grandmother helping; family about to move to
#    another council. One long landscape table with two levels of banner
#    rows: a group banner ("A. For all three children", "B. Harley" ...)
#    and under it outcome banners, some with a "How we'll know" for the
#    rows beneath that leave theirs blank. Printed to PDF with a page header
#    and footer. A long plan (27 actions), mostly good, a few faults (pdf)
# ---------------------------------------------------------------------------
def _band(text):
    return [text, H, H, H, H]


PLANS.append({
    "name": "b162_ouzelthorpe_icpc_long_table_group_and_outcome_banners_redfern.pdf",
    "doc_title": "Child Protection Plan - Harley Redfern, Bella Platt and Rosie Platt",
    "split": "tune",
    "actions": 27,
    "landscape": True,
    "font_size": 9.5,
    "min_pages": 3,
    "header": "OFFICIAL-SENSITIVE · Ouzelthorpe City Council · Children's Services · Child Protection Plan",
    "footer": "Redfern / Platt children · ICPC 09/12/2025 · Page {PAGE} of {NUMPAGES}",
    "template": "icpc-plan-pdf-landscape-header-footer-kv-details-worries-going-well-the-move-childrens-days-then-one-long-no-what-lead-when-how-table-group-banner-rows-per-child-and-outcome-banner-rows-with-how-well-know-under-them-contingency-meetings",
    "description": (
        "Initial conference plan for a 6-year-old, a 3-year-old and a two-week-old baby who is looked "
        "after under section 20 on a neonatal unit, withdrawing from opiates; their mother is on "
        "methadone after using heroin in pregnancy, their father drinks, their grandmother helps, and "
        "the family are about to move to another council. One long landscape table (27 rows) has two "
        "levels of banner rows: a group banner for all three children and then for each child, and "
        "under each an outcome banner, some with a 'How we'll know' that measures the rows beneath "
        "that leave theirs blank. Most rows are sound (the recovery service reports on change, the "
        "records go to the new council by a date, the grandmother's help has a fallback, legal "
        "planning follows named triggers, a dated review conference stands if the family have not "
        "moved). Faults: the parenting assessment left to the new council 'once the family are "
        "settled'; family support sessions under an outcome checked only by 'reviewed at core "
        "group'; a school application in the new area with no time; a speech therapy assessment with no "
        "output, under an outcome with no check; the social worker visiting the baby 'when she is "
        "able' and the parents 'as often as they can', so no one visits the looked-after baby in "
        "hospital at a stated frequency."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Initial child protection conference, Tuesday 09/12/2025, Ouzelthorpe Civic Centre · Chair: Yusuf "
              "Patel"),
        ("kv", [
            ("Children", "Harley Redfern (6, born 12/04/2019) · Bella Platt (3, born 28/02/2022) · Rosie Platt "
                         "(born 26/11/2025 at 35 weeks)"),
            ("Where the children are", "Harley and Bella: at home, 7 Sandpiper Court, Ouzelthorpe OZ4 1TD. "
                                       "Rosie: Kingfisher Neonatal Unit, Ouzelthorpe Royal Infirmary; looked "
                                       "after under section 20 since 28/11/2025, with her parents' agreement"),
            ("Mother", "Chloe Redfern (24)"),
            ("Father of Bella and Rosie", "Jack Platt (27), lives with Chloe"),
            ("Harley's father", "Not known to Harley; no contact"),
            ("Maternal grandmother", "Tracey Redfern (52), 19 Curlew Walk, Ouzelthorpe"),
            ("Category", "Neglect (all three children)"),
            ("Social worker", "Amy Thornton (team manager: Craig Nuttall)"),
            ("Rosie's IRO", "Rachel Moss"),
        ]),
        ("h1", "Why the children have a plan"),
        ("p", "Chloe used heroin for three years before Harley was born and has been prescribed methadone since "
              "2020. In this pregnancy she had a screen positive for heroin at 30 weeks. Rosie was born early "
              "on 26/11/2025 and is being treated on the neonatal unit for withdrawal. In July the police found "
              "used foil and a needle in the bathroom at Sandpiper Court, within Bella's reach. Jack drinks most "
              "evenings, and Harley has been late for school 19 times this term. Bella has very few words for "
              "her age and has missed two health visitor appointments."),
        ("h1", "What is going well"),
        ("bullets", [
            "Chloe and Jack agreed to Rosie being looked after while she is in hospital and afterwards, while "
            "their parenting is assessed.",
            "Chloe has gone to every methadone appointment since Rosie was born, and her last two screens were "
            "clear of heroin.",
            "Tracey lives ten minutes away, does the school run most days and has had the children to stay.",
            "Harley and Bella are warm and close to their mum and dad, and Harley's school know him well.",
        ]),
        ("h1", "The move"),
        ("p", "The family have accepted a council house at 14 Thornfield Road, Hollinsby, and expect to move on "
              "26/01/2026. Hollinsby Metropolitan Borough Council will then hold a transfer-in conference. "
              "Ouzelthorpe stays responsible for the plan until that conference."),
        ("h1", "The children's days"),
        ("bullets", [
            "Harley (seen alone at school, 03/12/2025): “I like it at Nana Tracey's cos she has a dog. Mum and "
            "Dad sleep a lot. I make Bella's cereal. I want to see the baby.”",
            "Bella (seen at home and at nursery): Bella points and uses about ten words. At home on 03/12/2025 "
            "she had a wet nappy from the night before and ate two bowls of cereal quickly. At nursery she "
            "follows her key person everywhere.",
            "Rosie (nurses' notes and the social worker's visit, 01/12/2025): Rosie has a high-pitched cry, "
            "feeds little and often, and settles when swaddled and held skin to skin. Her withdrawal scores "
            "are coming down.",
        ]),
        ("h1", "The plan"),
        ("table", {
            "header": ["No.", "What will happen", "Lead", "When", "How we will know"],
            "widths": [1.3, 8.4, 4.6, 4.4, 7.0],
            "band_fill": "DCE6F1",
            "rows": [
                _band("A. FOR ALL THREE CHILDREN"),
                _band("Outcome A1: Harley, Bella and Rosie are cared for by adults who are not under the "
                      "influence of drugs or alcohol. How we'll know: every screen at the Recovery Service is "
                      "clear of heroin and non-prescribed drugs, and no visit finds a parent under the "
                      "influence."),
                ["A1.1",
                 "Visit Harley and Bella at home and see Harley on his own; at least one visit in three "
                 "unannounced",
                 "Amy Thornton, social worker",
                 "Weekly until the transfer-in conference",
                 "A visit record for each visit, with Harley's words and what Bella did"],
                ["A1.2",
                 "Key-work with Chloe with a screen at each session, and a written report on whether she is "
                 "making the changes the children need and how long that is likely to take",
                 "Ouzelthorpe Recovery Service (Nina Kaye, recovery worker)",
                 "Weekly; report two working days before each core group",
                 "Screen results and Nina's report on the case file before every core group"],
                ["A1.3",
                 "Go to key-work at the Recovery Service about his drinking and cannabis, with a breath test "
                 "and screen each time",
                 "Jack Platt",
                 "Every Monday from 15/12/2025",
                 ""],
                ["A1.4",
                 "Take her methadone in front of the pharmacist at Curlew Pharmacy",
                 "Chloe Redfern",
                 "Every day",
                 "Supervised consumption record sent to Nina each Friday"],
                ["A1.5",
                 "Review Chloe's physical health and methadone dose with the Recovery Service, and write to Amy",
                 "Dr Kamal Siddiqui, GP, Sandpiper Medical Centre",
                 "By 09/01/2026",
                 "GP letter on file before the core group on 20/01/2026"],
                ["A1.6",
                 "Tell Hollinsby Children's Services about the move and send them the case records and this "
                 "plan",
                 "Amy Thornton, social worker",
                 "By 16/01/2026",
                 "Hollinsby confirm in writing that the records have arrived"],
                ["A1.7",
                 "Parenting assessment of Chloe and Jack to be completed by Hollinsby Children's Services",
                 "Hollinsby Children's Services",
                 "Once the family are settled in Hollinsby",
                 "Parenting assessment report shared with the core group"],
                _band("Outcome A2: Harley and Bella have a safe, warm home with food in the cupboards and no "
                      "drugs or equipment in reach. How we'll know: reviewed at core group."),
                ["A2.1",
                 "Fit the lock-box for Chloe's methadone and keep it locked, with no drug equipment anywhere in "
                 "the house",
                 "Chloe Redfern and Jack Platt",
                 "From 10/12/2025",
                 "Amy sees the lock-box locked and the bathroom clear at every visit"],
                ["A2.2",
                 "Family support sessions with Chloe and Jack on routines, meals and keeping the house clean",
                 "Kim Procter, family support worker",
                 "Weekly from 15/12/2025 for eight weeks",
                 ""],
                ["A2.3",
                 "Come every morning to help get Harley and Bella up, fed and to school and nursery",
                 "Tracey Redfern (maternal grandmother)",
                 "Every weekday morning from 10/12/2025",
                 "Tracey texts Amy by 9.15am; school and nursery registers show both children in on time"],
                ["A2.4",
                 "Have Harley and Bella to stay at 19 Curlew Walk",
                 "Tracey Redfern (maternal grandmother)",
                 "Every Friday and Saturday night",
                 "Tracey texts Amy on Sunday; Harley asked at Amy's visits where he slept"],
                _band("B. HARLEY (6)"),
                _band("Outcome B1: Harley goes to school every day, fed and on time, and has an adult he can talk "
                      "to about home. How we'll know: Harley's attendance is 95% or more each half term, and he "
                      "tells Amy and his teacher he feels safe at home."),
                ["B1.1",
                 "Check Harley in each morning, give him breakfast if he has not eaten, and ring Amy the same "
                 "day if he is absent or late",
                 "St Mark's Primary (Mrs Jane Ibbotson, designated safeguarding lead)",
                 "Every school day",
                 "Morning checks logged on CPOMS and emailed to Amy each Friday"],
                ["B1.2",
                 "A place in the nurture group",
                 "St Mark's Primary (Mrs Jane Ibbotson, designated safeguarding lead)",
                 "Tuesday and Thursday afternoons from 06/01/2026",
                 ""],
                ["B1.3",
                 "Three sessions of direct work with Harley on his mum and dad's medicine, his new sister, and "
                 "who he can tell if he is worried",
                 "Amy Thornton, social worker",
                 "All three by 23/01/2026",
                 "Harley's safety card and drawings on the file"],
                ["B1.4",
                 "Check Harley's height, weight, teeth and eyesight, and refer him on for anything that needs "
                 "treatment",
                 "Sam Whitely, school nurse",
                 "By 30/01/2026",
                 "Results and any referral sent to Amy"],
                ["B1.5",
                 "Apply to Hollinsby for a school place for Harley and tell his new school about his plan",
                 "Chloe Redfern",
                 "",
                 "Place confirmed in writing by the Hollinsby admissions team, copied to Amy"],
                _band("C. BELLA (3)"),
                _band("Outcome C1: Bella's talking and development catch up, she goes to nursery every session, "
                      "and she is seen by a professional every week."),
                ["C1.1",
                 "Bella's development review with the Ages and Stages questionnaire, and a referral to speech "
                 "and language therapy",
                 "Lucy Farrar, health visitor",
                 "By 19/12/2025",
                 "ASQ scores and a copy of the referral sent to Amy"],
                ["C1.2",
                 "Record Bella's attendance, how she arrives (fed, dry, clean) and anything she says or shows "
                 "about home, and ring Amy the same day with any worry",
                 "Little Owls Nursery (Mrs Rita Saunders, manager)",
                 "Every session",
                 "Register and arrival notes emailed to Amy each Friday"],
                ["C1.3",
                 "Speech and language therapy assessment of Bella",
                 "Ouzelthorpe Children's Speech and Language Therapy",
                 "By 27/02/2026",
                 ""],
                ["C1.4",
                 "Take Bella to nursery every morning by 9am",
                 "Chloe Redfern",
                 "Every weekday from 10/12/2025",
                 "Nursery register shows 90% or more of sessions attended"],
                _band("D. ROSIE (2 weeks) – looked after under section 20, Kingfisher Neonatal Unit"),
                _band("Outcome D1: Rosie's withdrawal is treated, she feeds and gains weight, and she goes from "
                      "hospital to a safe home. How we'll know: the unit's notes show Rosie's withdrawal scores "
                      "falling and her weight rising, and a discharge plan is agreed before she leaves."),
                ["D1.1",
                 "Visit Rosie on the unit, see her, and speak to the nurse in charge",
                 "Amy Thornton, social worker",
                 "When she is able",
                 "Each visit recorded on Rosie's file"],
                ["D1.2",
                 "Treat Rosie's withdrawal, score her at each feed, and tell Amy of any change in her treatment",
                 "Kingfisher Neonatal Unit (Sister Helen Dowd)",
                 "Every feed; an update to Amy each Monday",
                 ""],
                ["D1.3",
                 "Visit Rosie and do her cares and feeds with the nurses",
                 "Chloe Redfern and Jack Platt",
                 "As often as they can",
                 "The unit's visiting record"],
                ["D1.4",
                 "Hold a discharge planning meeting with the unit, Rosie's foster carers and her parents",
                 "Amy Thornton, social worker",
                 "At least two working days before Rosie's planned discharge",
                 "Discharge plan signed by the unit and Amy, and copied to Rachel Moss"],
                ["D1.5",
                 "Hold Rosie's first looked-after review",
                 "Rachel Moss, IRO",
                 "By 17/12/2025",
                 "Review record and decisions on Rosie's file"],
                ["D1.6",
                 "Visit Rosie at her foster home after discharge, weigh her and score her withdrawal",
                 "Neonatal Outreach Team (Pam Ridley, outreach nurse)",
                 "Twice a week for the first two weeks after discharge",
                 "Weights and scores sent to Amy and the health visitor after each visit"],
                ["D1.7",
                 "Supervised contact for Chloe and Jack with Rosie at the family centre after discharge",
                 "Ouzelthorpe Family Contact Service",
                 "Three times a week, 90 minutes, from the first week after discharge",
                 "Contact record sent to Amy after each session"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Chloe or Jack is found under the influence while caring for Harley or Bella, or drugs or "
            "equipment are found in the house, whoever finds it rings Amy (or the Emergency Duty Team). Tracey "
            "takes the children to 19 Curlew Walk that day, and Amy holds a strategy discussion with "
            "Ouzelthorpe Police the same day.",
            "If Tracey cannot do her part (she is ill, away, or cannot go on), she rings Amy that day. Amy will "
            "arrange breakfast club for Harley and a longer nursery day for Bella, and if there is no safe adult "
            "for the children at night, Amy (or the Emergency Duty Team) will place them together with "
            "Ouzelthorpe foster carers.",
            "If Chloe has a screen positive for heroin, or Jack is found drunk while caring for the children, "
            "Amy will ask Craig Nuttall for a legal planning meeting within five working days, to decide "
            "whether to start pre-proceedings under the Public Law Outline for all three children.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks, Mondays or Tuesdays at 10am at Ouzelthorpe Family Hub: 22/12/2025, "
            "20/01/2026 and 17/02/2026.",
            "If the family have moved, Hollinsby will hold a transfer-in conference within 15 working days of "
            "the move. If they have not moved, the review child protection conference is on Tuesday "
            "03/03/2026, 10am, Ouzelthorpe Civic Centre.",
            "Rosie's looked-after reviews are chaired by Rachel Moss (first review by 17/12/2025).",
        ]),
    ],
    "findings": [
        F("X001", "Parenting assessment of Chloe and Jack to be completed by Hollinsby"),
        F("T002", "Parenting assessment of Chloe and Jack to be completed by Hollinsby"),
        F("M002", "Family support sessions with Chloe and Jack on routines"),
        F("T001", "Apply to Hollinsby for a school place for Harley"),
        F("M001", "Speech and language therapy assessment of Bella"),
        F("T002", "Visit Rosie on the unit, see her, and speak"),
        F("T002", "Visit Rosie and do her cares and feeds with the nurses"),
        F("L001"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Review conference plan for two children (mother's depression and an
#    overdose; father living apart; grandfather helping) in three levels:
#    an H3 per outcome, an H4 per person ("What Dennis (Grandad) will do")
#    under it, and under each person a bullet per thing they will do with
#    When and How we'll know sub-bullets. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b162_odenswick_rcpc_outcome_person_bullet_when_how_birtwistle.md",
    "split": "tune",
    "actions": 13,
    "template": "rcpc-plan-md-details-table-since-icpc-worries-going-well-childrens-words-then-h3-per-outcome-h4-what-person-will-do-under-it-bullet-per-action-with-when-and-how-well-know-sub-bullets-then-if-things-go-wrong-meetings",
    "description": (
        "Exemplary review conference plan for a 7-year-old and a 4-year-old whose mother has recurrent "
        "depression and took an overdose in September; their father lives nearby and has them every "
        "other weekend, and their grandfather helps each morning. The plan has three levels: a heading "
        "per outcome for the children, under it a heading per person ('What Dennis (Grandad) will do'), "
        "and under each person one bullet per thing they will do with 'When' and 'How we'll know' "
        "sub-bullets. The CPN and the psychiatrist both report on capacity to change and its timescale, "
        "the GP owns work, the father's and grandfather's help has a fallback, legal planning follows "
        "named triggers, core group and review dates are set, and the children's words are recorded."
    ),
    "text": """\
# Child protection plan – Freddie and Poppy Birtwistle

Odenswick Council · Children's Services · Review child protection conference, Thursday 22/01/2026

| | |
|---|---|
| Children | Freddie Birtwistle (7, born 15/05/2018) and Poppy Birtwistle (4, born 03/02/2021) |
| Address | 18 Ferrier Close, Odenswick OD2 6LA |
| Mother | Leanne Birtwistle (31), the children live with her |
| Father | Shaun Birtwistle (33), 44 Alder Street, Odenswick |
| Grandad | Dennis Kirkby (63), Leanne's father, 2 Lime Grove, Odenswick |
| Category | Neglect (both children), since the initial conference on 23/10/2025 |
| Chair | Olu Bankole, independent reviewing officer |
| Social worker | Maria Lisowski (team manager: Pete Hanlon) |

## Since the initial conference

Leanne has seen her care coordinator every week since October and has taken her medication every day
since the locked box was fitted. Dennis has come every weekday morning. Freddie's attendance has gone from
86% to 97%. Leanne still has days when she cannot get out of bed, and on 05/01/2026 Freddie rang Dennis at
7am because he could not wake his mum; she had taken extra sleeping tablets, though not an overdose.

## What we're worried about

- Leanne took an overdose on 28/09/2025 while the children were in the house. Freddie found her and ran to
  a neighbour.
- When Leanne is very low she stays in bed, and Freddie, who is seven, gets Poppy's breakfast and checks on
  his mum before school.
- Leanne's depression has come back three times since Poppy was born, each time in the winter.

## What's going well

- Leanne talks openly with Callum, her care coordinator, about how she is feeling, and asked for help on
  05/01/2026 rather than hiding it.
- Dennis is reliable and the children love him. Shaun has had the children every other weekend since
  November and has not missed one.
- Poppy's speech has come on since she started at Rainbow Nursery.

## What Freddie and Poppy tell us

Freddie (three houses, with Maria at school, 13/01/2026):

- House of worries: "Mum not waking up. The ambulance."
- House of good things: "Grandad's car and his mints. Dad's on Saturdays. Mum does good cuddles."
- House of dreams: "Mum never sad again and me in the football team."

He said: "I check on Mum in the morning in case. I don't want to but I do." He scored feeling safe at home
6 out of 10 (4 at the initial conference).

Poppy (seen at home and at nursery, 15/01/2026) talked about "Grandad's car" and "Daddy's house with the
bunk beds". She showed Maria her bedroom and said "Mummy tired" while pointing at her mum's door. At
nursery she plays at putting the dolls to bed and says "shh, Mummy sleeping".

## The plan

The plan is set out by outcome for the children. Under each outcome, each person's part has its own
heading, and under it each thing they will do is a bullet with its When and How we'll know beneath it.

### Outcome 1 – Freddie and Poppy are looked after every day by an adult who is well enough to care for them, and are safe the same day if their mum becomes very low

#### What Callum Reid (Leanne's care coordinator, CPN, Odenswick Community Mental Health Team) will do

- Visit Leanne at home, check her mood, sleep and medication, count the tablets in her locked box against
  her chart, and report on whether she is making and keeping the changes Freddie and Poppy need, and how
  long that is likely to take.
  - When: every Tuesday; a written report two working days before each core group.
  - How we'll know: the tablet count is written in Callum's notes each week, and his report is on the file
    before every core group.

#### What Dr Nisha Varma (consultant psychiatrist, Odenswick Community Mental Health Team) will do

- Review Leanne's medication, and assess and write to Maria on Leanne's capacity to stay well enough to
  care for the children, what has to change, and the likely timescale.
  - When: review by 13/02/2026; letter to Maria by 20/02/2026.
  - How we'll know: the letter is on file and read at the core group on 04/03/2026.

#### What Leanne will do

- Take her medication each morning in front of Dennis, and keep all her tablets in the locked box.
  - When: every day from 22/01/2026.
  - How we'll know: Callum's weekly count matches the chart.

#### What Dr Ben Hollis (GP, Alder Street Surgery) will do

- Prescribe Leanne's medication one week at a time, and ring Callum the same day if she does not collect
  it.
  - When: weekly from 23/01/2026.
  - How we'll know: the pharmacy's collection record, and same-day calls logged by Callum.

#### What Dennis (Grandad) will do

- Come to 18 Ferrier Close each weekday morning, see Leanne take her tablets, give the children breakfast
  and take Freddie to school and Poppy to nursery.
  - When: every weekday at 7.45am, from 23/01/2026.
  - How we'll know: the school and nursery registers show both children in by 8.50am; Dennis texts Maria
    each Friday.

### Outcome 2 – Freddie goes to school every day, happy and on time, and no longer checks on his mum or looks after Poppy

#### What Freddie's school (Odenswick Church of England Primary – Mrs Abbie Stone, designated safeguarding lead) will do

- Give Freddie a morning check-in with his teaching assistant, Mr Kemp, and ring Maria the same day if he
  is absent, late or worried about his mum.
  - When: every school day.
  - How we'll know: check-ins logged on CPOMS and emailed to Maria each Friday.
- Six sessions with the school's ELSA on Freddie's worries about his mum.
  - When: weekly from 26/01/2026.
  - How we'll know: the ELSA's notes, with Freddie's own worry score recorded each session, sent to Maria
    after the sixth session.

#### What Maria Lisowski (social worker) will do

- Visit Freddie and Poppy at home, one visit in three unannounced, and see Freddie on his own.
  - When: every week until the next review conference.
  - How we'll know: a visit record for each visit, with each child's words or what they showed her.
- Make a "When Mum is poorly" book with Freddie, and a safety card with the names and numbers of the
  adults he can ring.
  - When: three sessions, all by 27/02/2026.
  - How we'll know: the book and card are on file, and Freddie can name three adults he would ring.

#### What Hollie Shaw (Odenswick Young Carers) will do

- Complete a young carer's assessment with Freddie and offer him a place at the Saturday morning club.
  - When: assessment by 27/02/2026; club from 07/02/2026.
  - How we'll know: Freddie's young carer's plan copied to Leanne and Maria, and the club register.

### Outcome 3 – Poppy is settled at nursery, her talking keeps coming on, and she is cared for by a grown-up who is well

#### What Poppy's nursery (Rainbow Nursery – Mrs Gill Harper, manager) will do

- Record how Poppy arrives (fed, clean, rested) and anything she says or plays about home, and ring Maria
  the same day with any worry.
  - When: every session, Monday to Thursday mornings.
  - How we'll know: the register and arrival notes are emailed to Maria every Friday.

#### What Aisha Begum (health visitor, Odenswick 0-19 Service) will do

- Re-screen Poppy's talking with WellComm, and refer her to speech and language therapy if she is still
  behind.
  - When: by 20/02/2026.
  - How we'll know: the WellComm score is sent to Maria, showing whether Poppy has moved up a band since
    October.

#### What Shaun (Dad) will do

- Have Freddie and Poppy every other weekend and for tea on Wednesdays, and take them to school and nursery
  on the Monday after his weekend.
  - When: every other weekend from Friday 23/01/2026 (5pm Friday to Monday morning); every Wednesday,
    3.30pm to 7pm.
  - How we'll know: the registers show both children in on time on those Mondays; Shaun texts Maria after
    each weekend.

## If things go wrong

- If Leanne talks about ending her life, harms herself, or cannot be woken or cannot get up to look after
  the children, whoever is there rings 999 if she is in danger, and otherwise the Odenswick Crisis Team,
  then Maria (or the Emergency Duty Team out of hours). The children go to Shaun's at 44 Alder Street, or
  to Dennis's if Shaun is at work, that day. The crisis team sees Leanne the same day, and Maria holds a
  strategy discussion with the police and health the same day.
- If the tablet count is wrong or Leanne stops her medication, Callum tells Maria the same day and the home
  treatment team visits Leanne within 24 hours. Until then the children stay with Shaun.
- If Dennis or Shaun cannot do their part (illness, work, or they feel they cannot carry on), they ring
  Maria that day. Maria will book Freddie into breakfast club and Poppy into an earlier nursery start, and
  if there is no safe adult for the children at night she (or the Emergency Duty Team) will place them
  together with Odenswick foster carers.
- If Leanne takes another overdose, stops her medication for more than two days, or Dr Varma's letter says
  she cannot make the changes within the children's timescale, Maria will ask Pete Hanlon for a legal
  planning meeting within five working days, to decide whether to start pre-proceedings under the Public
  Law Outline.

## Meetings

- Core group every four weeks, Wednesdays at 9.30am at Odenswick Family Hub: 04/02/2026, 04/03/2026 and
  01/04/2026.
- Next review child protection conference: Thursday 16/07/2026, 10am, Odenswick Town Hall.
""",
    "findings": [],
})
