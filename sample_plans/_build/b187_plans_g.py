"""Batch 187, module g: seven fictional plans (held-out material), places beginning with "g".

Everything here is made up: children, families, professionals, services,
schools, hospitals, police teams and councils. Labels were written by hand
from docs/rules.md and the conventions in sample_plans/README.md, without
running planlint, importing it or reading its code.

Focus: conditions, refusals and hypotheticals, the grammar of safety in real
plans. Each plan is in a template of its own. Much of the work is said as
prohibitions and agreements not to act ("Jordan will not be alone with Amara
at any time ...", "Chioma has agreed not to take Amara to Heron Court ...",
"Wayne Tully must not come to 22 Lark Rise, and Leanne has agreed that she
will not let him in ...", "I will not smoke cannabis in the flat ...", "You
won't get into Connor Reece's car ...", "Tomasz will not drive the children
anywhere ..."), each with an owner, a time ("until the review conference on
...") and a check; as conditional work inside the plan, not only in the
contingency ("If Amara misses a health visitor visit or a weigh-in ...",
"Should anyone see a new mark ...", "Unless Grace can be there ...", "Only
if Dr Carr agrees ...", "Should Ruby not be at playgroup by 10am ...", "If
the 32-week growth scan shows ...", "Whenever Ewa works a night shift ...",
a young person's "What if ...?" questions answered with work); and as firm
work written with "must", "is to", "needs to" and "has agreed to". Beside
them sit sentences that are NOT work: background and past events ("Police
were not called when Wayne came to the door ..."), options considered and
put aside (a table of options at a review conference, "A move to Grandad's
flat could have been looked at ...", typist's NB lines), possibilities
("Finley may need more help with his reading ..."), and questions the family
asked with their answers, in parts of their own. In the four faulty plans a
few actions are hedged ("Chantelle will try to ... as often as she can",
"Leanne will try to go ... when she can face it", "I will try to cut down my
cannabis, and I will go to Compass when I am ready", "It is hoped that a
nursery place can be found ...", "Ellie may be referred ...", "A referral to
Home-Start may be made ..."), and the hedge is labelled by what it leaves
out (no owner, a vague time, no check), never for the hedge itself.

1. an initial conference plan for a 7-month-old with an unexplained rib
   fracture and bruising, living with her mother at her grandmother's while
   the police investigate: options thought about and decided against, then
   three tables, Part A agreements (agreement / who has agreed / until / how
   we will check), Part B the work, Part C standing instructions (if this
   happens / then this is done / by / within / written down in), and if/then
   contingency bullets (docx, exemplary);
2. a first review conference plan for a 9-year-old and a 4-year-old living
   with neglect because of their mother's drinking: a table of options the
   conference thought about, then a plan table with an "Only if / unless /
   until" column beside Lead, By when and How we'll know, landscape, page
   header and footer (pdf): faults are the alcohol service's key work
   measured by "Engagement with Aspire", "All agencies" telling the social
   worker about drinking at the school gate, a hedged school nurse referral
   ("Ellie may be referred ...") with "-" for its lead, the mother who "will
   try to" have the children in bed by 8pm "as often as she can", an outcome
   about the mother only, and the next review conference "to be arranged"
   (M002, W002, W001, T002, F002, R001);
3. an initial conference plan for a 7-year-old and a 3-year-old (their
   mother's depression and overdose, her violent former partner at the
   door), written as a narrative paragraph per area under "What will
   happen", with background, an option put aside, a possibility and the
   mother's question among the action sentences (md): faults are the
   care coordinator's fortnightly visits only supporting the mother,
   Grandad who will "keep an eye on" the children on Saturdays, the mother
   who "will try to" go to a parents' group "when she can face it", "It is
   hoped that a nursery place can be found" with no one named and no
   check, and a contingency that sends the children to Grandad with nothing
   said if he cannot help (H001, M002, T002, W001, M001, C003);
4. the record of a second core group for a 6-year-old and a 2-year-old
   (physical abuse by the stepfather) a month before the family moves to
   another authority, plain text with an initials key and "What was agreed"
   in three numbered lists, "Will happen", "Must not happen" and "If this
   happens, then", each item with a Check line, typist's NB lines, the
   family's questions answered apart, and a one-paragraph contingency (txt):
   faults are the mother registering the children with a dentist with no
   time, the direct work with no check, the parenting assessment stopped
   and handed to the receiving authority, "Professionals" telling the social
   worker if they see the uncle, a contingency of "further concerns" and
   "consider next steps", and no legal planning anywhere (T001, M001, X001,
   W002, C002, R002);
5. a pre-birth initial conference plan (a care leaver with anxiety, her
   partner's daily cannabis and a grab in December): the professionals'
   table, then each parent's written agreement as numbered "I will" / "I
   will not" / "If I ..." clauses under a lead-in giving the time for all
   of them and over an "Agreed by:" signature (docx): faults are the
   midwife's appointments measured by "Kayleigh feels more confident", the
   perinatal psychologist's CBT only treating the mother, a Home-Start
   referral that "may be made" with "-" for who, the father's clause "I will
   try to cut down my cannabis, and I will go to Compass when I am ready"
   (its own vague time, no check), and no legal planning anywhere (M002,
   H001, W001, T002, M001, R002);
6. a review conference plan written to a 14-year-old at risk of sexual
   exploitation: who's who, her words, then "What will happen", "What won't
   happen" (prohibitions with who agreed, until and how checked) and "What
   if ...?" (her questions answered with conditional work), and what was
   talked about but is not in the plan, page header and footer (pdf,
   exemplary);
7. a Signs of Safety plan for a 5-year-old and a 2-year-old whose father
   has bipolar disorder: the network's rules as a table of prohibitions,
   routines and if/then rules with who keeps each, until or how often, and
   who checks; the professionals' part as bullets with Who / When / How
   we'll know sub-bullets; if/then contingency lines; the family's
   questions answered apart (md, exemplary).

Three plans (1, 6 and 7) are exemplary: every action, prohibition and
conditional item has a named owner, a real timescale and something that can
be seen, counted or read; every outcome is about the child; each
contingency has specific triggers and protective responses, a fallback
wherever relatives help, and legal planning after named triggers; each
records the child's voice or a baby's observed days, core group dates and a
dated review conference. In plan 7 the father's care coordinator and
psychiatrist report on his capacity to change and its likely timescale, and
his GP owns an action; plans 1 and 6 record no parental illness or
substance misuse.

Counting convention used for "actions" (README convention 1): each row of
an action, agreement, "what won't happen", standing-instruction or network
rules table; each numbered clause of a written agreement; each numbered
item of the core group record's three agreed lists (with its Check line);
each bullet of the professionals' part (with its Who / When / How we'll
know sub-bullets); each "What if ...?" question with its answer; and each
sentence of the narrative plan that commits someone to do, or not to do,
something, conditional commitments included. Not counted: details and
who's who tables, background, options tables and options put aside,
possibilities, NB lines, questions the family asked and their answers,
worries, what is going well, the children's words, outcomes and safety
goals, "Agreed by:" signatures, the contingency, and meeting dates.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. Initial conference plan for a 7-month-old with an unexplained rib
#    fracture and bruising: three tables, Part A agreements (what will and
#    will not happen, who agreed, until, how checked), Part B the work, Part C
#    standing instructions (if this happens / then / by / within / written
#    down in). Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b187_gulderbrook_icpc_agreements_work_standing_instructions_okafor.docx",
    "doc_title": "Child Protection Plan - Amara Okafor-Lyle",
    "split": "heldout",
    "actions": 20,
    "template": "icpc-plan-docx-details-grid-why-then-options-thought-about-and-decided-against-going-well-amaras-days-outcomes-then-part-a-agreements-table-agreement-who-has-agreed-until-how-we-will-check-part-b-work-table-part-c-standing-instructions-table-if-this-happens-then-by-within-written-down-in-then-if-the-plan-is-not-kept-bullets-core-group-and-review",
    "description": (
        "Exemplary initial conference plan for a 7-month-old girl found with fingertip bruising to her "
        "cheek and ear and a healing rib fracture that neither parent can explain. She lives with her "
        "mother at the maternal grandmother's house while the police investigate and a parenting "
        "assessment is done; her father sees her only with the grandmother or at the family centre. "
        "The plan is in three tables: agreements written as prohibitions ('Jordan will not be alone "
        "with Amara at any time ...', 'Chioma has agreed not to take Amara to Heron Court ...') with "
        "who agreed, until when and how each is checked; the work; and standing instructions, "
        "conditional work with a trigger, an owner, a time from the trigger and a record ('If Amara "
        "misses a weigh-in ...', 'Should anyone see a new mark ...', 'Unless Grace can be there ...'). "
        "Options thought about and decided against, and past events, sit outside the plan. The "
        "contingency is a set of if/then lines with concrete responses, a fallback for the "
        "grandmother's supervision and legal planning after named triggers; core group dates and a "
        "dated review conference are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Gulderbrook Borough Council, Children's Services. Agreed at the initial child protection "
              "conference held at Gulderbrook Civic Centre on 20/01/2026 (chair: Helen Ashworth, "
              "independent reviewing officer)."),
        ("table", {
            "rows": [
                ["Child", "Amara Okafor-Lyle, born 14/06/2025 (7 months)"],
                ["Lives with", "Her mother, Chioma Okafor (23), at her grandmother's house, 11 Tenter Street, "
                               "Gulderbrook GB4 2RT, since 30/12/2025"],
                ["Father", "Jordan Lyle (26), 4 Heron Court, Gulderbrook GB2 8LN (the family's flat)"],
                ["Maternal grandmother", "Grace Okafor (52), 11 Tenter Street"],
                ["Category", "Physical abuse"],
                ["Social worker", "Naomi Reid, Safeguarding and Assessment Team (team manager: Paul Whitaker)"],
                ["Health visitor", "Tanya Holt, Gulderbrook 0-19 Service"],
                ["GP", "Dr Helen Moss, Tenter Street Surgery"],
                ["Paediatrician", "Dr Farid Anwar, consultant paediatrician, Gulderbrook Royal Infirmary"],
                ["Police", "DC Lewis Kerr, Child Abuse Investigation Team, Gulderbrook Police"],
                ["Family support worker", "Becky Sharpe, Gulderbrook Family Centre"],
            ],
            "widths": [4.2, 12.8],
            "bold_first_col": True,
        }),
        ("h1", "Why Amara needs this plan"),
        ("p", "On 29/12/2025 Chioma took Amara to Tenter Street Surgery because of a bruise on her left "
              "cheek. Dr Moss saw more bruising behind Amara's left ear and sent her to the Royal Infirmary "
              "the same day. The child protection medical found fingertip-pattern bruising to the cheek and "
              "ear, and the skeletal survey showed a healing fracture of Amara's sixth right rib, thought to "
              "be two to four weeks old. Dr Anwar's view is that these injuries are very unlikely to have "
              "been caused by ordinary handling of a baby who cannot yet crawl. Neither Chioma nor Jordan has "
              "been able to say how Amara was hurt. Both have been interviewed by the police, and the "
              "investigation is still going on."),
        ("p", "The repeat skeletal survey on 13/01/2026 found no other injuries, and Amara's eye examination "
              "was normal. There have been no police call-outs to the flat, and no agency had any worries "
              "about the family before December. Neither parent has any history of mental ill health, and "
              "neither drinks heavily or uses drugs. Chioma and Jordan both said Amara had been crying much "
              "more than usual in the weeks before Christmas, when she was teething and Jordan was working "
              "nights."),
        ("h1", "What we thought about, and decided against"),
        ("p", "At the strategy discussion on 30/12/2025 a foster placement for Amara under section 20 was "
              "considered. It was not needed, because Grace offered to have Chioma and Amara live with her "
              "and to be there whenever Jordan sees his daughter. A parent and baby foster placement was also "
              "talked about, and could have been used if Grace had not been able to help. A legal planning "
              "meeting on 08/01/2026 decided that care proceedings were not needed while Amara is safe at "
              "Grace's and the agreements below are kept; what would make that change is in the contingency "
              "at the end of this plan."),
        ("h1", "What is going well"),
        ("bullets", [
            "Chioma took Amara to the GP as soon as she saw the bruise, and has been open with every "
            "professional since.",
            "Grace has supervised every one of Jordan's contacts since 30/12/2025 and has kept a contact book.",
            "Jordan has kept to the arrangements, has not missed a contact, and says he will do whatever the "
            "plan asks.",
            "Amara is gaining weight well (following the 50th centile) and her immunisations are up to date.",
        ]),
        ("h1", "Amara's days"),
        ("p", "Amara cannot tell us what her life is like, so this is what Naomi, Tanya and Grace have seen. "
              "She wakes at about 6am in her cot in Grace's back bedroom, which she shares with Chioma, and "
              "has a bottle and porridge. She is sitting on her own now and reaches for her stacking cups and "
              "the bells on Grace's keys. She laughs when Chioma blows on her tummy, and turns to Grace's "
              "voice when she comes into the room. When Naomi visited on 16/01/2026 Amara cried when a door "
              "banged and settled within a minute on Chioma's shoulder. With Jordan at contact she smiles, "
              "pulls at his beard and falls asleep on his chest; Grace wrote that 'she knows her daddy'."),
        ("h1", "What needs to be true for Amara"),
        ("numbers", [
            "Amara is handled gently and has no more unexplained bruises or injuries.",
            "Amara is only ever cared for by an adult the plan has agreed can keep her safe.",
            "Amara keeps growing and developing well: she is weighed regularly, reaches her milestones and "
            "is seen by the people who check on her.",
            "Amara has a safe relationship with both her parents, and the adults around her understand how "
            "she was hurt and what they will do differently.",
        ]),
        ("h1", "The plan"),
        ("p", "The plan is in three parts. Part A is the agreements: what will and will not happen while the "
              "police investigation and the parenting assessment go on. Part B is the work. Part C is the "
              "standing instructions: work that is done every time the thing in the first column happens."),
        ("h2", "Part A: Agreements"),
        ("table", {
            "header": ["Agreement", "Who has agreed", "Until", "How we will check"],
            "widths": [6.2, 3.2, 3.0, 4.6],
            "rows": [
                ["Jordan will not be alone with Amara at any time or in any place, not even for a nappy "
                 "change or for a few minutes while Grace leaves the room",
                 "Jordan Lyle (Dad)",
                 "Until the review conference on 14/04/2026",
                 "Grace signs the contact book after every contact; Naomi reads it each week and asks Chioma "
                 "and Grace, on their own, at every visit, and records their answers"],
                ["Amara will live with Chioma at 11 Tenter Street and will not stay overnight at 4 Heron Court",
                 "Chioma Okafor (Mum)",
                 "Until the review conference on 14/04/2026",
                 "Naomi sees Amara's cot and Chioma's room at every visit, one visit in three unannounced"],
                ["Grace will be in the same room whenever Jordan is with Amara at her house, and will not hand "
                 "the supervision to anyone else",
                 "Grace Okafor (maternal grandmother)",
                 "Every contact: Mondays, Wednesdays and Saturdays, 4pm to 6pm",
                 "Contact book signed by Grace after every contact, with how Amara was and anything that "
                 "worried her"],
                ["Chioma has agreed not to take Amara to Heron Court and not to let Jordan take Amara out on "
                 "his own, even for a walk",
                 "Chioma Okafor (Mum)",
                 "Until the review conference on 14/04/2026",
                 "Naomi asks Chioma, Grace and Jordan at each visit and records what each says; Grace rings "
                 "Naomi the same day if it happens"],
            ],
        }),
        ("h2", "Part B: The work"),
        ("table", {
            "header": ["What will be done", "Lead", "When", "Evidence"],
            "widths": [6.2, 3.2, 3.4, 4.2],
            "rows": [
                ["Visit Amara at Grace's house; see her awake, see her skin at a nappy change with Chioma's "
                 "agreement, and talk with Chioma and Grace",
                 "Naomi Reid, social worker",
                 "Every week until the review conference, one visit in three unannounced",
                 "Visit records within 48 hours, saying what Naomi saw of Amara's skin, her play and who was "
                 "caring for her"],
                ["Parenting assessment of Chioma and Jordan, seen apart and together, including what each "
                 "understands about how Amara was hurt and how they will keep her safe",
                 "Naomi Reid, social worker",
                 "Sessions from 26/01/2026; assessment finished by 27/03/2026",
                 "Written assessment shared with Chioma, Jordan and the core group by 03/04/2026"],
                ["Home visits to weigh Amara, check her skin and development, and watch a feed and a nappy "
                 "change",
                 "Tanya Holt, health visitor",
                 "Every two weeks until the review conference; first visit by 27/01/2026",
                 "Weights plotted in the red book; health visiting record notes any mark, with a body map"],
                ["ASQ-3 developmental check for Amara",
                 "Tanya Holt, health visitor",
                 "By 20/02/2026",
                 "ASQ-3 scores in the red book and e-mailed to Naomi"],
                ["Follow-up clinic for Amara's rib and her growth, with a letter on what the medical findings "
                 "mean for the explanations the parents have given",
                 "Dr Farid Anwar, consultant paediatrician",
                 "Clinic on 10/02/2026",
                 "Clinic letter to Naomi, Dr Moss and Tanya within 10 days of the clinic"],
                ["Tell Naomi of every decision in the police investigation (bail, charge or no further "
                 "action), and send a written update on its progress",
                 "DC Lewis Kerr, Child Abuse Investigation Team",
                 "Any decision within one working day; an update every two weeks until the investigation ends",
                 "E-mails on Amara's file"],
                ["Jordan has agreed to go to the Steady Hands course at the Family Centre, on coping with a "
                 "crying baby and with stress",
                 "Jordan Lyle (Dad)",
                 "Eight Thursday evenings from 05/02/2026",
                 "Course register, and the course worker's end-of-course report to Naomi by 03/04/2026"],
                ["Six sessions at Grace's house with Chioma on Amara's routine, safe handling and what to do "
                 "when she will not settle (the ICON programme)",
                 "Becky Sharpe, family support worker",
                 "Weekly from 26/01/2026",
                 "Session notes to Naomi after each session; Chioma's own routine chart for Amara looked at "
                 "together at session 6"],
                ["Take Amara to the Baby Bounce group at Tenter Street Family Hub",
                 "Chioma Okafor (Mum)",
                 "Every Tuesday, 10am",
                 "Hub register, sent to Naomi at the end of each month"],
                ["Put a child protection alert on Amara's, Chioma's and Jordan's GP records, and send Naomi "
                 "a note of any appointment any of them has",
                 "Dr Helen Moss, GP",
                 "Alerts by 23/01/2026; each appointment within 2 working days",
                 "Surgery's confirmation e-mail; appointment notes on Amara's file"],
                ["Family network meeting with Chioma, Jordan, Grace and the wider family, to agree a second "
                 "adult who can supervise Jordan's time with Amara when Grace cannot",
                 "Naomi Reid, social worker",
                 "By 13/02/2026",
                 "Network meeting record on file, naming the second supervisor, with their signed "
                 "agreement"],
            ],
        }),
        ("h2", "Part C: Standing instructions"),
        ("p", "Each row is done every time the thing in the first column happens, from today until the review "
              "conference."),
        ("table", {
            "header": ["If this happens", "Then this is done", "By", "Within", "Written down in"],
            "widths": [3.8, 5.0, 2.8, 2.4, 3.0],
            "rows": [
                ["If Amara misses a health visitor visit or a weigh-in",
                 "Tanya visits Grace's house to see and weigh Amara",
                 "Tanya Holt, health visitor",
                 "One working day",
                 "Health visiting record, and an e-mail to Naomi that day"],
                ["Should anyone see a new mark or bruise on Amara, of any size",
                 "Naomi is rung (the Emergency Duty Team out of hours) and arranges a child protection "
                 "medical with Dr Anwar's team",
                 "Naomi Reid, social worker",
                 "The same day",
                 "Body map, and the medical report on Amara's file"],
                ["Unless Grace can be there when Jordan asks to see Amara",
                 "The contact takes place at Gulderbrook Family Centre with a contact worker in the room",
                 "Naomi Reid, social worker, books it",
                 "Two working days of Jordan's request",
                 "Family Centre contact record, sent to Naomi after each contact"],
                ["If Amara is unwell and needs a doctor out of hours",
                 "She is taken to the out-of-hours GP or to A&E, and Naomi is told",
                 "Chioma Okafor (Mum), or Grace if Chioma is out",
                 "By the next working day",
                 "Naomi's case note, and the out-of-hours or hospital letter on file"],
                ["Should the police tell Naomi that the investigation has ended",
                 "A core group is held to look again at Jordan's contact, with the police decision and the "
                 "parenting assessment so far",
                 "Naomi Reid, social worker",
                 "10 working days",
                 "Core group record, with the decision and the reasons for it"],
            ],
        }),
        ("h1", "If the plan is not kept, or Amara is hurt"),
        ("bullets", [
            "If Jordan is found alone with Amara, or Amara stays overnight at Heron Court: Naomi (or the "
            "Emergency Duty Team) sees Amara that day, holds a strategy discussion with the police and "
            "health the same day, and Amara stays at Grace's with Chioma with no contact with Jordan "
            "until the strategy discussion decides otherwise. Naomi will ask Paul Whitaker for a legal "
            "planning meeting within 5 working days.",
            "If Amara has a new injury that is not clearly explained: Naomi holds a strategy discussion "
            "and arranges a child protection medical the same day. If Amara cannot be kept safe at Grace's, "
            "she will go to a foster placement that day.",
            "If Grace cannot supervise a contact (she is ill, away, or no longer able to do it): that "
            "contact does not happen at her house, and Naomi books it at the Family Centre within 2 "
            "working days. If Grace can no longer have Chioma and Amara living with her, Chioma and Amara "
            "move to the second adult agreed at the network meeting, or, if there is no one, to a parent "
            "and baby foster placement the same day.",
            "If by the review conference the parenting assessment says Amara would not be safe in either "
            "parent's care, or the police charge either parent with hurting her, Naomi will ask for a "
            "legal planning meeting within 5 working days to decide whether to start the Public Law "
            "Outline.",
        ]),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group at Tenter Street Family Hub at 1.30pm: first on 29/01/2026 (within 10 working days), "
            "then every four weeks on 26/02/2026 and 26/03/2026.",
            "Review child protection conference: 14/04/2026 at 10am, Gulderbrook Civic Centre.",
        ]),
        ("p", "Plan sent to Chioma, Jordan, Grace and every agency on 22/01/2026."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Review conference plan, neglect and the mother's drinking: options the
#    conference thought about (a table that is not the plan), then a plan
#    table with an "Only if / unless / until" column beside Lead, By when and
#    How we'll know. Landscape, page header and footer. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b187_gaskerby_rcpc_options_table_only_if_unless_column_marsden.pdf",
    "doc_title": "Review Child Protection Plan - Ellie and Noah Marsden",
    "split": "heldout",
    "actions": 16,
    "landscape": True,
    "min_pages": 2,
    "header": "Gaskerby Metropolitan Council · Children's Social Care · Review child protection plan",
    "footer": "Ellie and Noah Marsden · RCPC 04/02/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "rcpc-plan-paged-landscape-header-footer-kv-details-since-the-initial-conference-past-tense-then-options-the-conference-thought-about-table-option-what-was-said-then-childrens-words-outcomes-then-plan-table-no-what-will-happen-only-if-unless-until-column-lead-by-when-how-well-know-then-if-things-go-wrong-bullets-meetings",
    "description": (
        "First review conference plan for a 9-year-old girl and a 4-year-old boy living with neglect "
        "because of their mother's drinking, with their grandmother collecting them twice a week and "
        "the younger child's father having him on Sundays. After a past-tense account of the three "
        "months since the initial conference comes a table of options the conference thought about "
        "and put aside (ending the plan, a move to the grandmother's, residential rehab, a legal "
        "planning meeting now), which is not the plan. The plan table has an 'Only if / unless / until' "
        "column that holds the condition each row works under ('Only if Dr Carr agrees ...', 'Unless "
        "the February WellComm screen shows ...', 'Until the next review conference'), beside Lead, "
        "By when and How we'll know. Faults: the alcohol service's key work measured by 'Engagement "
        "with Aspire'; 'All agencies' telling the social worker about drinking at the school gate; a "
        "hedged school nurse referral ('Ellie may be referred ...') with '-' for its lead; the mother "
        "'will try to' have the children in bed by 8pm 'as often as she can'; an outcome about the "
        "mother only; and the next review conference 'to be arranged'."
    ),
    "blocks": [
        ("title", "Review Child Protection Plan"),
        ("kv", [
            ("Children", "Ellie Marsden, born 22/08/2016 (9, Year 4, Brookfold Primary School); Noah Marsden, "
                         "born 15/03/2021 (4, Gaskerby Nursery School)"),
            ("Address", "27 Pinfold Lane, Gaskerby GK6 3DW"),
            ("Mother", "Chantelle Marsden (31)"),
            ("Noah's father", "Dean Pickup (33), 9 Weir Court, Gaskerby; has Noah on Sundays"),
            ("Ellie's father", "Not involved; lives in Spain"),
            ("Maternal grandmother", "Lorraine Marsden (66), 3 Chapel Fold, Gaskerby"),
            ("Category", "Neglect (both children). Initial conference 05/11/2025."),
            ("Review conference", "04/02/2026, chaired by Sue Whitlam (IRO)"),
            ("Social worker", "Kirsty Bowen, Family Safeguarding Team North (team manager: Gareth Lunn)"),
            ("Alcohol worker", "Sam Ainsley, Aspire Drug and Alcohol Service"),
        ]),
        ("h1", "Since the initial conference"),
        ("p", "Chantelle was referred to Aspire in November and went to her first two appointments, then "
              "missed three in December. On 12/12/2025 a neighbour found Noah on the front step in his "
              "pyjamas at 9pm and rang the police; officers found Chantelle asleep on the settee and smelling "
              "strongly of alcohol, and Lorraine came to stay the night. The police were not called on "
              "01/01/2026, when Ellie rang Lorraine because her mum 'wouldn't wake up'; Lorraine went round "
              "and took both children home with her. Since 06/01/2026 Chantelle has been to every Aspire "
              "appointment and all five of her breath tests have read 0.00. Ellie's attendance in the autumn "
              "term was 84%, with eleven late marks, and Noah came to nursery hungry on nine mornings."),
        ("h1", "What the conference thought about"),
        ("p", "The conference talked about these options before agreeing the plan below. None of them is part "
              "of the plan."),
        ("table", {
            "header": ["Option", "What the conference said"],
            "widths": [6.0, 19.7],
            "rows": [
                ["Ending the child protection plan",
                 "Not yet. Chantelle's five clear breath tests are a good start, but they all came after "
                 "06/01/2026, and Ellie and Noah were neglected as recently as New Year."],
                ["Ellie and Noah living with Lorraine",
                 "Lorraine said she would have the children in an emergency, but she works full time and did "
                 "not feel she could care for them every day. The children want to stay with their mum."],
                ["A residential rehab place for Chantelle",
                 "This could have been looked at, but Chantelle would have had to be away from the children "
                 "for twelve weeks. Aspire's view is that a community detox has a good chance of working."],
                ["A legal planning meeting now",
                 "Not at this conference, because the last four weeks have gone well. What would lead to "
                 "one is set out in 'If things go wrong'."],
            ],
        }),
        ("h1", "What Ellie and Noah have told us"),
        ("p", "Ellie (seen on her own at school by Kirsty on 27/01/2026): \"It's better since Christmas. Mum "
              "gets up now.\" \"I hate it when she's asleep and Noah's hungry, because I have to do his "
              "toast.\" She wants \"Mum to stop drinking for ever\" and \"to go to Grandma's on Tuesdays "
              "still\". On her scale, home is a 6 out of 10 now; in November it was a 2."),
        ("p", "Noah (at nursery with Kirsty and his key worker on 28/01/2026) drew his mummy \"with a big "
              "smile\" and said \"Mummy makes pancakes\". He told his key worker that \"Ellie does my "
              "breakfast when Mummy's poorly\"."),
        ("h1", "What needs to be different"),
        ("numbers", [
            "Ellie and Noah are looked after every day and night by a sober adult, and are never left on "
            "their own or in the care of each other.",
            "Ellie and Noah get to school and nursery on time, fed and in clean clothes, and Ellie no longer "
            "has to look after her brother.",
            "Chantelle will be free of alcohol and will keep her tenancy.",
            "Noah's speech is checked and he gets any help he needs before he starts school in September 2026.",
        ]),
        ("h1", "The plan"),
        ("p", "The 'Only if / unless / until' column says when a row applies, or what it depends on. The "
              "'By when' column is the timescale for the row."),
        ("table", {
            "header": ["No.", "What will happen", "Only if / unless / until", "Lead", "By when", "How we'll know"],
            "widths": [1.0, 7.2, 4.4, 3.9, 3.6, 5.6],
            "rows": [
                ["1", "Visit Ellie and Noah at home, see each of them on their own, and look at their "
                      "bedrooms, the fridge and the kitchen cupboards",
                 "At least one visit in three unannounced",
                 "Kirsty Bowen (SW)",
                 "Every two weeks until the next review conference",
                 "Visit records within 48 hours, with each child's words and what Kirsty saw"],
                ["2", "Chantelle must not drink any alcohol while she is caring for Ellie and Noah, and will "
                      "keep no alcohol in the house",
                 "Until the next review conference",
                 "Chantelle Marsden (Mum)",
                 "Every day",
                 "Breath test at every Aspire session and every unannounced visit reads 0.00; Kirsty checks "
                 "the cupboards and the recycling at each visit"],
                ["3", "Weekly key work with Chantelle on her drinking, with a breath test at each session",
                 "-",
                 "Sam Ainsley, Aspire Drug and Alcohol Service",
                 "Weekly",
                 "Engagement with Aspire"],
                ["4", "Community alcohol detox at home, then the Aspire relapse prevention group",
                 "Only if Dr Carr agrees Chantelle is medically fit; the detox does not start unless she has "
                 "had no drink in the 48 hours before",
                 "Dr Priya Carr, Aspire prescribing doctor",
                 "Assessment by 20/02/2026; detox to start by 09/03/2026",
                 "Aspire's letter to Kirsty with the detox dates and Chantelle's liver function results"],
                ["5", "Written report to the core group on Chantelle's breath tests, her attendance, and "
                      "whether she is making the changes the children need, in the time they need them",
                 "-",
                 "Sam Ainsley, Aspire Drug and Alcohol Service",
                 "Before each core group",
                 "Report on the children's file two working days before each core group"],
                ["6", "Collect Ellie and Noah from school and nursery and give them their tea",
                 "Only if Chantelle is sober when Lorraine takes them home; if she smells of alcohol, "
                 "Lorraine keeps the children and rings Kirsty",
                 "Lorraine Marsden (Grandma)",
                 "Every Tuesday and Thursday, 3.15pm to 7pm",
                 "School and nursery collection sheets show Lorraine's name; Lorraine texts Kirsty every "
                 "Thursday night"],
                ["7", "Have Noah at his flat for the day; Dean will not drink the night before or during",
                 "Until the next review conference",
                 "Dean Pickup (Noah's dad)",
                 "Every Sunday, 10am to 4pm",
                 "Kirsty calls at Weir Court unannounced on at least one Sunday a month and breath tests Dean"],
                ["8", "Tell Kirsty the same day if Chantelle smells of alcohol at drop-off or pick-up, or "
                      "either child comes in hungry or unwashed",
                 "-",
                 "All agencies",
                 "The same day",
                 "Logged on CPOMS and on the children's chronology"],
                ["9", "Ellie may be referred to the school nurse about her bedwetting and her sleep",
                 "-",
                 "-",
                 "By the next core group (03/03/2026)",
                 "School nurse's first appointment letter on Ellie's file"],
                ["10", "Chantelle will try to have both children in bed by 8pm on school nights, after a "
                       "bath and a story, with no screens after 7.30pm",
                 "-",
                 "Chantelle Marsden (Mum)",
                 "As often as she can",
                 "Bedtime chart on the fridge, seen by Kirsty at each visit"],
                ["11", "A free breakfast for Noah, and a check each morning of whether he is hungry, clean "
                       "and dressed for the weather",
                 "-",
                 "Mrs Angela Lane, Gaskerby Nursery School",
                 "Every nursery morning",
                 "Nursery's daily log, sent to Kirsty every Friday"],
                ["12", "Ellie's place at Breakfast Club, and her attendance and late marks sent to Kirsty",
                 "-",
                 "Mrs Nadia Qureshi, DSL, Brookfold Primary School",
                 "Every Friday",
                 "Attendance at 95% or more, with no more than one late mark a fortnight, by the Easter "
                 "holidays"],
                ["13", "Six sessions of direct work with Ellie about Mum's drinking and who she can tell, "
                       "using her worry jar",
                 "-",
                 "Kirsty Bowen (SW)",
                 "Fortnightly from 11/02/2026",
                 "Ellie's worry scores and drawings on her file; Ellie can name two adults she would tell"],
                ["14", "Speech and language assessment for Noah, with targets for nursery and home",
                 "Unless the nursery's WellComm screen in February shows Noah has caught up",
                 "Jo Fenwick, Gaskerby Children's Speech and Language Therapy",
                 "By 31/03/2026",
                 "Assessment report with targets sent to the nursery, Chantelle and Kirsty"],
                ["15", "Refer the family for a family group conference, so the wider family can plan who "
                       "else can help if Lorraine cannot",
                 "-",
                 "Kirsty Bowen (SW)",
                 "Referral by 13/02/2026; conference held by 27/03/2026",
                 "The family's plan from the conference shared with the core group"],
                ["16", "Review Chantelle's physical health, liver blood tests and sleep, and write to Kirsty",
                 "-",
                 "Dr Ian Redfern, GP, Gaskerby Road Surgery",
                 "By 27/02/2026",
                 "GP letter on the children's file with the blood results"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Chantelle is found drunk, or any breath test reads above 0.00, while she is caring for the "
            "children: Kirsty (or the Emergency Duty Team) visits the same day, and Ellie and Noah go to "
            "Lorraine's at 3 Chapel Fold until a strategy discussion, held by Kirsty the same day, decides "
            "what happens next.",
            "If Lorraine cannot have the children on a Tuesday or Thursday, or in an emergency, Dean has "
            "agreed to have them at Weir Court; if neither of them can, Kirsty arranges a foster placement "
            "for that night.",
            "If either child is found alone at home, or Chantelle drinks again after her detox, Kirsty will "
            "ask Gareth Lunn for a legal planning meeting within 5 working days to decide whether to start "
            "the Public Law Outline.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks at Brookfold Primary School at 3.30pm: 03/03/2026, 31/03/2026 and "
            "28/04/2026.",
            "Next review child protection conference: to be arranged by the conference team.",
        ]),
    ],
    "findings": [
        F("M002", "Weekly key work with Chantelle on her drinking"),
        F("W002", "Tell Kirsty the same day if Chantelle smells of alcohol"),
        F("W001", "Ellie may be referred to the school nurse about her bedwetting"),
        F("T002", "Chantelle will try to have both children in bed by 8pm"),
        F("F002", "Chantelle will be free of alcohol and will keep her tenancy."),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Initial conference plan written as a narrative: a paragraph per area
#    under "What will happen", in the grammar of real plans ("must", "is to",
#    "has agreed to", "will not", "If ..., ... will ...", "Should ..."), with
#    background, an option put aside, a possibility and a question the mother
#    asked written among the actions. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b187_gathercombe_icpc_narrative_must_will_not_should_paragraphs_harcourt.md",
    "split": "heldout",
    "actions": 19,
    "template": "icpc-plan-md-details-list-why-we-are-worried-going-well-what-finley-and-ruby-say-and-show-us-outcomes-then-what-will-happen-narrative-paragraph-per-area-firm-prohibited-conditional-and-hedged-sentences-among-background-option-put-aside-possibility-and-mums-question-then-if-things-go-wrong-bullets-meetings",
    "description": (
        "Initial conference plan for a 7-year-old boy and a 3-year-old girl whose mother has depression "
        "and anxiety under the community mental health team and took an overdose at home in November, "
        "when the boy rang 999, and whose mother's former partner, who was violent to her, has come to "
        "the door since. The plan is a narrative: a paragraph per area of the children's lives under "
        "'What will happen', each action one sentence in the grammar of real plans ('Wayne Tully must "
        "not come to ... and Leanne has agreed that she will not let him in ...', 'Finley is to see "
        "...', 'If ... Rhiannon will visit the house the same day ...', 'Should Ruby not be at "
        "playgroup by 10am ...'), with background ('Police were not called ...'), an option put aside "
        "('A move to Grandad's flat could have been looked at ...'), a possibility ('Finley may need "
        "more help with his reading ...') and a question the mother asked written among them, none of "
        "which is work. Faults: the care coordinator's fortnightly visits only support the mother; "
        "Grandad will 'keep an eye on' the children on Saturdays; the mother 'will try to' go to the "
        "Family Hub's parents' group 'when she can face it'; 'It is hoped that a nursery place can be "
        "found' with no one named and no check; and the contingency sends the children to Grandad with "
        "nothing said if he cannot help."
    ),
    "text": """\
# Gathercombe County Council - Children's Services

## Child Protection Plan: Finley and Ruby Harcourt

Agreed at the initial child protection conference on 27/01/2026, chaired by Andrew Keane (independent
reviewing officer).

- **Children:** Finley Harcourt, born 09/05/2018 (7, Year 3, St Aidan's Primary School); Ruby Harcourt,
  born 30/10/2022 (3, at home; Little Larks playgroup two mornings a week)
- **Address:** 22 Lark Rise, Gathercombe GC7 5NB
- **Mum:** Leanne Harcourt (30)
- **Dad:** Craig Harcourt (33), lives in Leeming Bar with his partner; sees the children every other
  Sunday at his mother's house
- **Grandad:** Mick Harcourt (61), Leanne's dad, Flat 3, Coronation House, Gathercombe
- **Mum's former partner:** Wayne Tully (35), not the children's father
- **Category:** Neglect (both children)
- **Social worker:** Rhiannon Price, Gathercombe Safeguarding Team (team manager: Joanne Lister)
- **Mum's care coordinator:** Sunita Bains, community psychiatric nurse, Gathercombe Community Mental
  Health Team (CMHT); consultant psychiatrist Dr Femi Okoro

### Why we are worried

Leanne has had depression and anxiety since she was a teenager. On 21/11/2025 she took an overdose of
her sertraline and paracetamol at home in the afternoon. Finley found her on the kitchen floor, rang 999
and looked after Ruby until the ambulance came. Leanne was on Orchard Ward for nine days and is now
under the CMHT. Before the overdose the school had noticed that Finley was often late, tired and hungry,
and that Ruby had missed her 2-year review and two dental appointments. Leanne's former partner, Wayne
Tully, was violent to her during their relationship (2020 to 2023); he came to the door on 02/01/2026
and on 15/01/2026, shouting, and Finley hid Ruby in the bathroom.

### What is going well

- Finley knew what to do when his mum was ill and did it bravely.
- Since she left hospital Leanne has taken her medication and seen Sunita every week.
- Grandad Mick has taken Finley to school on most mornings since December, and Finley has not been late
  on those days.
- Leanne came to the conference, listened, and said: "I want the kids to be OK, and I want to be OK for
  them."

### What Finley and Ruby say and show us

Finley (seen on his own at school by Rhiannon on 20/01/2026): "I was scared Mum was dead." "I don't like
it when Wayne shouts through the letterbox. I take Ruby in the bathroom and lock it." "Grandad's good,
he does bacon." He would like "Mum to be happy and Wayne to go away". He scored home as 5 out of 10.

Ruby is a chatty little girl who likes her doll's pram and the slide at the park. On Rhiannon's visit on
22/01/2026 she pushed her pram to the kitchen and said "Mummy sleeping" and then "Finley do yoghurt".
When there was a knock at the door she ran to Finley.

### What we want for Finley and Ruby

1. Finley and Ruby are cared for every day by an adult who is well enough to feed them, get them up and
   keep them safe, and Finley no longer has to look after his sister.
2. Finley and Ruby are safe from Wayne Tully and no longer hear shouting at the door.
3. Finley is at school every day, on time and ready to learn, and has someone there he can talk to.
4. Ruby's health and development checks are up to date, and she goes to nursery and is ready for school.

## What will happen

Each paragraph is about one part of the children's lives. The sentences that say who will do what are
the plan; the others explain why, or record what was talked about.

### Keeping Finley and Ruby safe at home

Wayne Tully must not come to 22 Lark Rise, and Leanne has agreed that she will not let him into the house
or meet him with the children there, until the review conference on 21/04/2026; Rhiannon will ask Finley
on his own about any visitors at every visit and write down what he says. Police were not called when
Wayne came to the door on 02/01/2026; Leanne told Rhiannon about it the next day. Should Wayne come to
the house again, Leanne is to ring 999 straight away and tell Rhiannon the same day, and Rhiannon will
check the police log and record it on the children's file. Rhiannon Price will visit 22 Lark Rise every
week until the review conference, one visit in three unannounced, seeing Finley and Ruby on their own
and recording what each of them says within 48 hours. If Sunita tells Rhiannon that Leanne's mood has
dropped or that she has talked about harming herself, Rhiannon will visit the house that day and see
both children, recording who is caring for them and what they have eaten. PC Dan Whitby, Gathercombe
Police's domestic abuse officer, will put a warning marker on 22 Lark Rise by 30/01/2026 so that any 999
call from the house is answered as an emergency, and will e-mail Rhiannon to confirm it is in place.

### Mum's health, and what it means for the children

Sunita Bains, Leanne's care coordinator at Gathercombe CMHT, will see Leanne at home every fortnight to
support her with her mood and her medication, and will note each visit on the CPA record. Dr Femi Okoro
will see Leanne at her CPA review on 24/03/2026 and write to Rhiannon by 07/04/2026 about how Leanne's
illness affects her care of Finley and Ruby, whether she is able to make the changes this plan asks for,
and how long that is likely to take. Leanne will take her sertraline every evening as prescribed and keep
all her tablets in the locked box Sunita gave her, and Sunita will check the box and count the blister
packs at every visit. Leanne asked the conference whether the children would be taken away if she went
back into hospital. The chair explained that this plan is to help her keep them at home, and that the
contingency below says what would happen if she became unwell. Leanne will try to go to the Family Hub's
group for parents when she can face it, and the Hub's worker will tick the register.

### Finley at school

Mrs Janet Ogden, the designated safeguarding lead at St Aidan's, will e-mail Rhiannon Finley's attendance
and late marks from the register every Friday, and ring her the same day about anything worrying Finley
says or shows, logging each call on CPOMS.
Finley is to see the school's learning mentor, Mr Tom Dale, for a 20-minute check-in every Monday and
Thursday morning, and Mr Dale will keep Finley's worry score out of 10 on CPOMS and share it at each core
group. Finley may need more help with his reading, which has fallen behind since the autumn; his class
teacher thinks this is worry rather than a learning difficulty. Rhiannon will do six sessions of direct
work with Finley at school, one a fortnight from 03/02/2026, about what happened in November and who he
can ring, and will keep his drawings and his own safety card on his file.

### Ruby's health, playgroup and nursery

Kate Lowe, the health visitor, will see Ruby at home every four weeks and do her missed developmental
review with an ASQ-3 by 27/02/2026, sending Rhiannon the scores. Leanne has agreed to take Ruby to Little
Larks playgroup every Tuesday and Thursday morning, and the playgroup will send Rhiannon its register
each Friday. Should Ruby not be at playgroup by 10am, the playgroup leader, Jess Thorne, will ring Leanne
and then Rhiannon that morning, and note both calls in the playgroup's log. Leanne needs to take Ruby to
the dentist at Lark Rise Dental Practice by 27/02/2026, and will show Rhiannon the appointment card. It is
hoped that a nursery place can be found for Ruby before the summer term starts on 13/04/2026.

### Help from Grandad

Grandad Mick will take Finley to school on Monday, Wednesday and Friday mornings, and the school's gate
log will show who brought him. Grandad Mick will keep an eye on the children every Saturday from 10am to
4pm so that Leanne can rest. A move to Grandad's flat could have been looked at, but it has one bedroom,
and Leanne and the children want to stay at Lark Rise.

## If things go wrong

- If Wayne comes into the house, or Leanne meets him with the children: Leanne rings 999, Rhiannon (or
  the Emergency Duty Team) sees both children that day, and Rhiannon holds a strategy discussion with the
  police the same day. Rhiannon will also ask Joanne Lister for a legal planning meeting within five
  working days.
- If Leanne becomes unwell again, takes an overdose or has to go into hospital: the children go to
  Grandad's flat at Coronation House, and Rhiannon sees them there that day.
- If Finley or Ruby is found without an adult who is well enough to care for them, Rhiannon holds a
  strategy discussion the same day, and if Dr Okoro's letter says Leanne is unlikely to be able to keep
  the children safe within six months, Rhiannon will ask for a legal planning meeting to consider the
  Public Law Outline.

## Meetings

- Core group every four weeks at St Aidan's Primary School at 3.30pm: 10/02/2026, 10/03/2026 and
  07/04/2026.
- Review child protection conference: 21/04/2026 at 10am, Gathercombe County Hall.
""",
    "findings": [
        F("H001", "will see Leanne at home every fortnight to support her"),
        F("T002", "Leanne will try to go to the Family Hub's group"),
        F("W001", "It is hoped that a nursery place can be found"),
        F("M001", "It is hoped that a nursery place can be found"),
        F("M002", "Grandad Mick will keep an eye on the children"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Second core group record before a move to another authority, typed as
#    plain text: caps headings, initials key, updates in the past tense, then
#    "What was agreed" in three numbered lists (will happen / must not happen
#    / if this happens, then), each item with a Check line, typist's NB lines
#    that are not work, the family's questions and answers, and a one-
#    paragraph contingency. Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b187_gorrelby_core_group_record_will_must_not_if_then_lists_pryor.txt",
    "split": "heldout",
    "actions": 16,
    "template": "core-group-record-txt-caps-headings-initials-key-updates-past-tense-childrens-words-outcomes-then-what-was-agreed-three-numbered-lists-will-happen-must-not-happen-if-this-happens-then-each-item-with-check-line-nb-lines-not-work-then-family-questions-and-answers-move-paragraph-contingency-paragraph-next-meetings",
    "description": (
        "Record of the second core group for a 6-year-old boy and a 2-year-old girl on plans for "
        "physical abuse after the boy's stepfather slapped him, a month before the family moves to "
        "another authority. Typed as plain text with caps headings and an initials key; the agreed "
        "actions are in three numbered lists, 'Will happen', 'Must not happen' (prohibitions: "
        "'Ashley will not smack, hit or physically punish ...', 'Gemma will not leave Tyler or Maisie "
        "with her brother Shane ...') and 'If this happens, then' (conditional work: 'If Tyler comes "
        "into school with a mark ...', 'Should Maisie miss her 2-year check ...'), each item with a "
        "Check line under it; typist's NB lines among them record an option put aside and background, "
        "and the family's questions are answered in a part of their own; none of these is work. "
        "Faults: the mother registering the children with a dentist with no time; the social "
        "worker's direct work with Tyler with no check; the family support worker's parenting "
        "assessment stopped and handed to the receiving authority; 'Professionals' telling the "
        "social worker if they see the uncle at the house; a one-paragraph contingency whose trigger "
        "is 'further concerns or things do not improve' and whose only response is to meet and "
        "consider next steps; and no legal planning anywhere."
    ),
    "text": """\
GORRELBY COUNCIL - CHILDREN'S SOCIAL CARE
CORE GROUP RECORD (CORE GROUP 2)
==================================================================

Children:       Tyler PRYOR, dob 11/07/2019 (6), Year 2, Millbeck Primary School
                Maisie KNOWLES-PRYOR, dob 02/03/2024 (23 months), Tiny Steps Nursery
Address:        14 Sedge Walk, Gorrelby GR3 9PA (moving to Harbury, see section 7)
Plan:           Child protection plan, category physical abuse, from ICPC 13/01/2026
Date:           17/02/2026, 1.30pm, Millbeck Primary School
Chair:          AR (social worker)

PRESENT (initials used in this record)
  AR   Amy Rowe, social worker, Gorrelby Safeguarding Team (team manager: Colin Marsh)
  DW   Donna West, family support worker, Gorrelby Family Support Service
  DM   Dawn Mellor, health visitor, Gorrelby 0-19 Service
  KB   Kevin Bright, deputy head and designated safeguarding lead, Millbeck Primary
  LP   Lisa Parr, manager, Tiny Steps Nursery
  Also present: Gemma Pryor (mum) and Ashley Knowles (Maisie's dad, Tyler's stepdad)

Apologies: PC Sean Hurst (Gorrelby Police), sent an update by e-mail.


1. WHY THERE IS A PLAN
----------------------
On 08/01/2026 Tyler came into school with a red hand-shaped mark on his left cheek. He told Mrs Kaur,
his teacher, that "Ashley smacked me because I wouldn't get in the bath". Ashley admitted slapping
Tyler and was interviewed by the police; he received a caution on 30/01/2026. Tyler has told school
twice before that Ashley "grabs" him. Gemma's brother Shane Pryor, who has a conviction for assault,
has been staying at the house on and off since the autumn. No agency has raised any worry about drink,
drugs or either parent's mental health.


2. WHAT HAS HAPPENED SINCE CORE GROUP 1 (27/01/2026)
---------------------------------------------------
- AR visited four times (two unannounced) and saw Tyler on his own each time. Tyler said home was
  "calmer". Ashley has been staying at his mum's on the two nights a week Gemma works late.
- DW has done 3 of 6 parenting assessment sessions with Gemma and Ashley.
- DM weighed Maisie on 05/02/2026 (9.6kg, 25th centile). Maisie's 2-year check is booked for 03/03/2026.
- KB said Tyler's attendance is 96% this term. Tyler has had no marks since 08/01/2026.
- LP said Maisie has settled well and has been at nursery every session.
- Gemma has been offered a two-bedroom council house at 6 Fenner Close, Harbury, near her mum, Carol.
  The family plan to move on 20/03/2026.
- PC Hurst's e-mail said Shane was seen by police outside 14 Sedge Walk on 09/02/2026. Gemma said he
  came to collect his things and did not go in.


3. WHAT TYLER AND MAISIE SAY, AND WHAT WE SEE
---------------------------------------------
Tyler, with AR in the school library on 12/02/2026: "Ashley doesn't smack me now. He does shouting
sometimes." "I like it when Nana Carol does pancakes." "I don't want Uncle Shane to live at ours." He
put himself in the "mostly happy" box on his feelings chart.

Maisie at nursery (LP): climbs and runs, has about twenty words, and says "Mama" and "Tyty" when she is
collected. She goes to Ashley for a cuddle at home time and holds his hand to the car.


4. WHAT WE ARE WORKING TOWARDS (from the ICPC)
----------------------------------------------
a) Tyler and Maisie are never hit, slapped, grabbed or smacked by any adult.
b) Tyler and Maisie are only ever looked after by adults who keep them safe, and not by Shane.
c) Tyler feels safe at home and can tell an adult if he is hurt or frightened.
d) The move to Harbury goes smoothly for the children, with their plan, school and nursery in place
   from the day they arrive.


5. WHAT WAS AGREED
------------------

5A. WILL HAPPEN

5.1  AR will visit Tyler and Maisie at home every week until the transfer-in conference on
     07/04/2026, one visit in three unannounced, and will see Tyler on his own each time.
     Check: visit notes on file within 48 hours, with what Tyler said.

5.2  Ashley has agreed to go to the Calm Dads course at Gorrelby Family Hub, ten Wednesday evening
     sessions from 25/02/2026. He has said he will keep going after the move (Harbury is 20 minutes
     away on the bus).
     Check: course register and the facilitator's end-of-course letter to AR by 06/05/2026.

5.3  DM will do Maisie's 2-year development check with an ASQ-3 on 03/03/2026 and weigh her.
     Check: ASQ-3 scores and weight in the red book, copied to AR within a week.

5.4  KB will check in with Tyler every morning at 8.50am and every afternoon at 3.05pm, and send AR a
     summary of anything Tyler says or shows every Friday.
     Check: CPOMS log, and the Friday e-mail on Tyler's file.

5.5  Gemma will register Tyler and Maisie with a dentist.
     Check: registration letter shown to AR.

5.6  AR will do direct work with Tyler about feeling safe at home and about moving house, six weekly
     sessions at school from 24/02/2026.

5.7  DW will stop the parenting assessment after session 4 and hand her notes to Harbury's social
     worker within five working days of the transfer-in conference, for Harbury to finish it.
     Check: handover e-mail on file.

     NB - a referral to the Freedom Programme for Gemma was thought about, but she finished the
     course in 2024, so it was not made.

5.8  AR will send Harbury Children's Services the transfer-in request with the plan, the ICPC
     minutes, both core group records and the chronology by 03/03/2026.
     Check: Harbury's acknowledgement e-mail on file.

5.9  Gemma will take Maisie to Tiny Steps on Tuesdays, Wednesdays and Thursdays until the move on
     20/03/2026, and LP will send AR the nursery register every Friday.
     Check: register shows Maisie in at every session.

5B. MUST NOT HAPPEN

5.10 Ashley will not smack, hit, grab or physically punish Tyler or Maisie, and will not be the only
     adult looking after either child, until the transfer-in conference on 07/04/2026.
     Check: AR asks Tyler on his own at every visit and writes down what he says; KB tells AR the
     same day about any mark.

5.11 Gemma will not leave Tyler or Maisie with her brother Shane, even for a few minutes, and Shane
     will not stay at 14 Sedge Walk or at the new house, until the transfer-in conference.
     Check: AR asks Tyler and Gemma at each visit and records their answers.

     NB - Shane was not at the core group and has not been asked to sign anything.

5.12 Professionals to tell AR the same day if they see Shane at the house or with the children.
     Check: AR's case note and the children's chronology.

5C. IF THIS HAPPENS, THEN

5.13 If Tyler comes into school with a mark or says he has been hurt, KB will ring AR (or the duty
     team) the same day and complete a body map.
     Check: body map and the CPOMS entry on Tyler's file.

5.14 Should Maisie miss her 2-year check on 03/03/2026, DM will see her at home within five working
     days and do the check there.
     Check: ASQ-3 scores in the red book.

5.15 If the move date changes, Gemma will tell AR the same day she hears, and AR will update the
     transfer-in request within two working days.
     Check: updated request and Harbury's reply on file.

5.16 If Tyler's place at Harbury Church of England Primary has not been confirmed in writing by
     06/03/2026, AR will ring Harbury's school admissions team by 10/03/2026 and ask KB to send
     Tyler's safeguarding file to the new school's DSL before his first day.
     Check: the school's offer letter and KB's e-mail sending the file, both on Tyler's file.


6. QUESTIONS GEMMA AND ASHLEY ASKED
----------------------------------
Q: Will the plan stop when we move?
A: No. The plan carries on until Harbury hold their transfer-in conference, and AR keeps visiting until
   then.

Q: Can Ashley do bath time again?
A: Not on his own before the transfer-in conference (see 5.10). Gemma and Ashley can do it together.

Q: Could Tyler stay at Millbeck until the summer?
A: KB said the school would be happy to keep him, but Gemma felt a 40-minute journey each way would be
   too much. Harbury Church of England Primary has offered Tyler a place by phone, from 23/03/2026.


7. THE MOVE TO HARBURY
----------------------
The family move to 6 Fenner Close, Harbury HB2 4LS, on 20/03/2026. Harbury Children's Services have
been told and have a copy of the plan. Until the transfer-in conference the plan stays with Gorrelby
and AR remains the social worker.


8. CONTINGENCY
--------------
If there are further concerns, or if things do not improve, the core group will meet and consider next
steps, and Harbury will be told.


9. NEXT MEETINGS
----------------
Core group 3: 10/03/2026, 1.30pm, Millbeck Primary School (then every four weeks until the transfer).
Transfer-in child protection conference (Harbury Children's Services): 07/04/2026, 10am, Harbury Civic
Offices (date confirmed by Harbury's conference manager on 16/02/2026).

Record typed by Lyn Ashby (business support) from AR's notes, 18/02/2026. Copies to all present and to
PC Hurst.
""",
    "findings": [
        F("T001", "Gemma will register Tyler and Maisie with a dentist."),
        F("M001", "AR will do direct work with Tyler about feeling safe"),
        F("X001", "DW will stop the parenting assessment after session 4"),
        F("W002", "Professionals to tell AR the same day if they see Shane"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Pre-birth initial conference plan with written agreements: Part 1 the
#    professionals' table, then each parent's written agreement as numbered
#    "I will" / "I will not" / "If I ..." clauses over an "Agreed by:"
#    signature, under a lead-in that gives the time for all of them. Faulty
#    (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b187_gimmerfold_prebirth_icpc_written_agreement_clauses_dacre.docx",
    "doc_title": "Pre-birth Child Protection Plan and Written Agreements - Baby Dacre-Whitfield",
    "split": "heldout",
    "actions": 20,
    "template": "prebirth-icpc-plan-docx-kv-details-why-going-well-what-we-know-of-baby-outcomes-then-part-1-professionals-table-what-who-when-how-we-will-know-then-part-2-and-part-3-each-parents-written-agreement-numbered-i-will-i-will-not-if-i-clauses-under-a-lead-in-giving-the-time-over-agreed-by-signature-then-if-the-agreement-is-not-kept-bullets-meetings",
    "description": (
        "Pre-birth initial conference plan for the unborn baby of a 20-year-old care leaver with "
        "anxiety and panic attacks and her 22-year-old partner, who smokes cannabis every day and "
        "grabbed her arm and punched a door in December. The professionals' part is a table; each "
        "parent's part is a written agreement of numbered clauses in the first person ('I will not let "
        "Ryan stay the night ...', 'I will not smoke cannabis in the flat ...', 'If I feel my temper "
        "rising, I will leave the flat straight away ...') under a lead-in that gives the time for all "
        "of them ('until the review conference on 12/05/2026') and over an 'Agreed by:' signature, so "
        "'I' is the parent who signed. A conditional row in the table ('If the 32-week growth scan "
        "shows ...') is work. Faults: the midwife's appointments measured by 'Kayleigh feels more "
        "confident'; the perinatal psychologist's CBT only treating the mother; a Home-Start "
        "referral that 'may be made' with '-' for who; the father's hedged clause 'I will try to cut "
        "down my cannabis, and I will go to Compass when I am ready', with no time but his own vague "
        "one and no check; and no legal planning anywhere."
    ),
    "blocks": [
        ("title", "Pre-birth Child Protection Plan and Written Agreements"),
        ("p", "Gimmerfold Council, Children and Families. Agreed at the pre-birth initial child protection "
              "conference on 03/02/2026 (chair: Rachel Dunmore, independent reviewing officer)."),
        ("kv", [
            ("Baby", "Unborn baby Dacre-Whitfield, EDD 18/04/2026 (29+4 weeks at the conference)"),
            ("Mother", "Kayleigh Dacre (20), 2 Quarry View, Gimmerfold GM5 1TX. A care leaver; her personal "
                       "adviser is Jamie Lord, Gimmerfold Leaving Care Team"),
            ("Father", "Ryan Whitfield (22), lives with Kayleigh most nights; his mother, Denise Whitfield, "
                       "lives at 12 Fern Road, Gimmerfold"),
            ("Category", "Physical abuse and neglect (unborn baby)"),
            ("Social worker", "Nia Pritchard, Children's Safeguarding Team (team manager: Owen Hartley)"),
            ("Midwife", "Ellen Rigby, community midwife, Gimmerfold General Hospital"),
            ("Health visitor", "Sarah Oduya, Gimmerfold Health Visiting Service"),
            ("Perinatal mental health", "Dr Lucy Ferns (clinical psychologist) and Maxine Cole (perinatal "
                                        "mental health nurse), Gimmerfold Perinatal Mental Health Team"),
            ("Drug service", "Lee Barton, Compass Drug and Alcohol Service"),
        ]),
        ("h1", "Why baby has a plan before the birth"),
        ("p", "On 14/12/2025 a neighbour rang the police after hearing shouting and a bang at 2 Quarry View. "
              "Officers found a hole in the kitchen door and a bruise on Kayleigh's upper arm, which she said "
              "Ryan had caused when he grabbed her during an argument about money. Ryan was arrested; no "
              "further action was taken because Kayleigh did not want to make a statement. Ryan smokes "
              "cannabis every day and has done since he was 15; he says it keeps him calm. Kayleigh has had "
              "anxiety and panic attacks since she was in care, and she stopped taking her sertraline when "
              "she found out she was pregnant. She was referred to the perinatal mental health team in "
              "November and has seen Maxine twice. Kayleigh was in foster care from the age of 9 and says she "
              "is determined that her baby 'will never go through what I did'."),
        ("h1", "What is going well"),
        ("bullets", [
            "Kayleigh has been to every antenatal appointment, and baby is growing well.",
            "Kayleigh told the midwife about the argument herself, the day after it happened.",
            "Ryan came to the conference and said he knows baby cannot be around cannabis smoke.",
            "Jamie Lord, Kayleigh's personal adviser, sees her every month and helped her get the flat.",
        ]),
        ("h1", "What we know of baby so far"),
        ("p", "Baby cannot tell us anything yet, so this is what the midwife and the family have seen. At the "
              "20-week scan baby was growing on the 50th centile, with a strong heartbeat. Kayleigh feels "
              "baby kick most when she lies down at night, and she plays baby the same song every evening. "
              "Ryan says baby 'goes mad' when he talks to the bump. Baby will come home to a one-bedroom flat "
              "on the first floor, which does not yet have a Moses basket or a smoke alarm. Baby will need "
              "feeding every two to three hours, a smoke-free home and calm adults."),
        ("h1", "What we want for baby"),
        ("numbers", [
            "Baby is born safely and goes home only when the discharge plan has agreed who will care for "
            "them and how.",
            "Baby lives in a home free of cannabis smoke, with no shouting, grabbing or hitting between the "
            "adults.",
            "Baby is fed, warm, sleeps safely on their back in their own Moses basket, and is seen by the "
            "health visitor and the social worker.",
            "Baby is cared for by a mother whose anxiety is treated well enough for her to feed, settle "
            "and keep baby safe, and who knows who to ring when she cannot cope.",
        ]),
        ("h1", "Part 1: What the professionals will do"),
        ("table", {
            "header": ["What", "Who", "When", "How we will know"],
            "widths": [6.3, 3.5, 3.4, 3.8],
            "rows": [
                ["Home visits to Kayleigh, and to Ryan when he is there, one visit in three unannounced; "
                 "look at how the flat is being got ready for baby",
                 "Nia Pritchard, social worker",
                 "Every two weeks until the birth, then every week until the review conference",
                 "Visit records within 48 hours, with what Nia saw and what Kayleigh and Ryan said"],
                ["Pre-birth assessment of Kayleigh and Ryan, separately and together, with a "
                 "recommendation on where baby should go on discharge",
                 "Nia Pritchard, social worker",
                 "By 13/03/2026 (about 34 weeks)",
                 "Written assessment shared with Kayleigh, Ryan and the core group by 20/03/2026"],
                ["Antenatal appointments with Kayleigh, with time at each one to talk about how she feels "
                 "about the birth and about caring for baby",
                 "Ellen Rigby, community midwife",
                 "Every two weeks until 36 weeks, then every week until the birth",
                 "Kayleigh feels more confident about the birth"],
                ["If the 32-week growth scan shows baby measuring below the 10th centile, see Kayleigh in "
                 "the consultant antenatal clinic and plan more scans",
                 "Mr David Hale, consultant obstetrician, Gimmerfold General Hospital",
                 "Within 7 days of the scan (scan booked for 24/02/2026)",
                 "Clinic letter with the scan plan to Ellen and Nia"],
                ["Weekly CBT sessions with Kayleigh for her anxiety and panic attacks",
                 "Dr Lucy Ferns, clinical psychologist, Perinatal Mental Health Team",
                 "Weekly for 12 weeks from 10/02/2026",
                 "Attendance recorded on the team's record and sent to Nia each month"],
                ["Write to Nia on how Kayleigh's anxiety affects her care of baby, whether she is making the "
                 "changes needed, and how long that is likely to take",
                 "Maxine Cole, perinatal mental health nurse",
                 "By 27/03/2026 (37 weeks)",
                 "Report on baby's file, and shared at the discharge planning meeting"],
                ["Offer Ryan an assessment appointment with a urine screen, and tell Nia whether he came "
                 "and the result",
                 "Lee Barton, Compass Drug and Alcohol Service",
                 "Appointment offered by 17/02/2026",
                 "Compass letter to Nia with the date offered, whether Ryan came and the result"],
                ["A referral to Home-Start may be made for a volunteer to help Kayleigh in baby's first "
                 "months",
                 "-",
                 "By the time baby is 2 weeks old",
                 "Home-Start's letter accepting the referral, on baby's file"],
                ["Antenatal home visit, then the new birth visit and weekly visits to weigh baby, check "
                 "safe sleep and watch a feed",
                 "Sarah Oduya, health visitor",
                 "Antenatal visit by 34 weeks (07/03/2026); new birth visit within 10 days of the birth, "
                 "then weekly until the review conference",
                 "Health visiting record; baby's weights in the red book"],
                ["Hold the discharge planning meeting with Kayleigh, Ryan, Ellen, Sarah and the ward's "
                 "safeguarding midwife, to agree when baby goes home and with whom",
                 "Nia Pritchard, social worker",
                 "By 36 weeks (21/03/2026)",
                 "Written discharge plan signed by Kayleigh and Ryan, sent to the maternity ward and the core "
                 "group"],
                ["Put a domestic abuse marker on 2 Quarry View and send Nia details of any call to or about "
                 "the address",
                 "PC Jo Rennie, Gimmerfold Police domestic abuse team",
                 "Marker by 06/02/2026; any call reported the next working day",
                 "E-mail confirming the marker; call details on baby's file"],
            ],
        }),
        ("h1", "Part 2: Kayleigh's written agreement"),
        ("p", "I, Kayleigh Dacre, agree that from today until the review conference on 12/05/2026:"),
        ("numbers", [
            "I will go to all my antenatal appointments, every two weeks until 36 weeks and then every week, "
            "and Ellen will write in my notes that I came.",
            "I will not let Ryan stay the night at the flat on any day he has smoked cannabis, and I will tell "
            "Nia if he does; Nia will ask me at every visit and write down what I say.",
            "If I have a panic attack that does not pass, or I feel I cannot cope, I will ring the perinatal "
            "team's duty line the same day (NHS 111 out of hours), and the team's record will show my call.",
            "I will have the flat ready for baby by 36 weeks (21/03/2026), with a Moses basket, a cot, a "
            "smoke alarm that works and a room thermometer, and Nia and Sarah will check it on a home visit.",
            "I will go to the Baby Steps antenatal group at the Family Hub on Thursday mornings, six "
            "sessions from 12/02/2026, and the group leader will send Nia the register.",
        ]),
        ("p", "Agreed by: Kayleigh Dacre. Date: 03/02/2026."),
        ("h1", "Part 3: Ryan's written agreement"),
        ("p", "I, Ryan Whitfield, agree that from today until the review conference on 12/05/2026:"),
        ("numbers", [
            "I will not smoke cannabis in the flat, on the balcony or anywhere near Kayleigh, and I will not "
            "keep any in the flat; Nia and Sarah will look and smell for it at every visit and write down "
            "what they find.",
            "I will try to cut down my cannabis, and I will go to Compass when I am ready.",
            "If I feel my temper rising, I will leave the flat straight away and go to my mum's, and I will "
            "text Nia within the hour; Nia will keep a record of every text.",
            "I will go to the Respect Young Dads group at the Family Hub, ten Monday evening sessions from "
            "16/02/2026, and the group worker will send Nia my attendance and an end-of-group report by "
            "04/05/2026.",
        ]),
        ("p", "Agreed by: Ryan Whitfield. Date: 03/02/2026."),
        ("h1", "If the agreement is not kept"),
        ("bullets", [
            "If Ryan smokes cannabis in the flat, or the police or a neighbour report shouting, grabbing or "
            "hitting: Kayleigh rings 999 if she is frightened, Nia (or the Emergency Duty Team) visits the "
            "same day, and Nia holds a strategy discussion with the police and health that day. Ryan stays "
            "at his mum's, 12 Fern Road, until the strategy discussion has decided what happens next.",
            "If this happens after baby is born and Ryan will not leave, Nia arranges a mother and baby "
            "foster placement for Kayleigh and baby the same day.",
            "If Maxine or the perinatal team say that Kayleigh's anxiety is stopping her caring for baby "
            "safely, Kayleigh and baby will be offered a place at the Wrenfield Mother and Baby Unit; until a "
            "place is found, baby stays on the postnatal ward with Kayleigh.",
            "If baby is born before the discharge planning meeting has been held, baby stays on the ward, "
            "and Nia holds the meeting within 2 working days of the birth.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks at Gimmerfold Family Hub at 10am: 17/02/2026, 17/03/2026 and "
            "14/04/2026.",
            "Review child protection conference: 12/05/2026 at 2pm, Gimmerfold Town Hall.",
        ]),
    ],
    "findings": [
        F("M002", "Antenatal appointments with Kayleigh, with time at each one"),
        F("H001", "Weekly CBT sessions with Kayleigh for her anxiety"),
        F("W001", "A referral to Home-Start may be made for a volunteer"),
        F("T002", "I will try to cut down my cannabis"),
        F("M001", "I will try to cut down my cannabis"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Review conference plan written to a 14-year-old at risk of sexual
#    exploitation: who's who, her words, then Part 1 "What will happen",
#    Part 2 "What won't happen" (prohibitions, with who agreed, until, how
#    we'll check) and Part 3 "What if ...?" (her questions, each answered
#    with conditional work), then what was talked about but is not in the
#    plan. Page header and footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b187_gannowick_rcpc_will_wont_what_if_parts_lomax.pdf",
    "doc_title": "Your Child Protection Plan - Keira Lomax",
    "split": "heldout",
    "actions": 18,
    "min_pages": 2,
    "header": "Gannowick Borough Council · Children's Services · Keira's plan",
    "footer": "Keira Lomax · Review child protection plan, 11/02/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "rcpc-plan-to-young-person-paged-header-footer-whos-who-table-her-words-going-well-worries-outcomes-then-part-1-what-will-happen-who-what-when-how-well-know-part-2-what-wont-happen-who-has-agreed-until-how-well-check-part-3-what-if-her-questions-answered-with-conditional-work-then-talked-about-not-in-the-plan-if-things-get-more-dangerous-meetings",
    "description": (
        "Exemplary review conference plan written to a 14-year-old girl at risk of sexual exploitation "
        "by a 22-year-old man, who has gone missing six times since September; 'you' is Keira "
        "throughout. After a who's who, her own words, what is going well and what we want for her, "
        "the plan is in three parts: what will happen; what won't happen, prohibitions agreed by "
        "Keira, her mother and the school ('You won't get into Connor Reece's car ...', 'Mum won't "
        "let Connor or his friends into the house ...'), each with who agreed, until when and how it "
        "is checked; and 'What if ...?', Keira's own questions answered with conditional work ('What "
        "if I'm not home by my time?' - 'Mum will ring you 15 minutes after your time ...'). A part "
        "after the plan records what was talked about and put aside (a carnival trip, a change of "
        "school, foster care), which is not work. The contingency names specific triggers, concrete "
        "responses, a fallback if the aunt cannot have her and legal planning; core group dates and "
        "a dated review conference are set."
    ),
    "blocks": [
        ("title", "Your Child Protection Plan"),
        ("p", "Keira, this is your plan. Marcus wrote it with you and your mum after the review child "
              "protection conference on 11/02/2026, chaired by Denise Okafor. Everything the conference "
              "agreed is in it. When it says \"you\", it means you."),
        ("h1", "Who's who"),
        ("table", {
            "header": ["Name", "Who they are"],
            "widths": [4.5, 12.5],
            "rows": [
                ["Keira Lomax", "You: 14, Year 9 at Fallowfield Academy. You live at 31 Brook Row, Gannowick "
                                "GW2 7HJ"],
                ["Mum", "Donna Lomax (39), who you live with, with your brother Alfie (8)"],
                ["Michelle", "Your aunt, Michelle Lomax, 5 Weavers Close, Ravensby"],
                ["Marcus", "Marcus Bell, your social worker, Gannowick Children's Services (his manager is "
                           "Claire Hollis)"],
                ["Tash", "Tash Green, your worker at Safer Futures, the exploitation service"],
                ["PC Ahmed", "PC Imran Ahmed, Gannowick Police Missing and Exploited Team"],
                ["Mr Heald", "Paul Heald, designated safeguarding lead at Fallowfield Academy"],
                ["Kelly", "Kelly Ward, school nurse, Gannowick 5-19 Service"],
            ],
        }),
        ("h1", "What you told the conference"),
        ("p", "You wrote to the conference and Marcus read your letter out. You said: \"I know everyone "
              "thinks Connor is bad but he was the only one who listened to me when things were rubbish "
              "at home. I don't go there now. I want to be trusted again and I want my phone back at "
              "night.\" You told Tash that you felt \"scared and sick\" when you were taken to a flat in "
              "Mercer Street in December, and that you were glad the police came. You scored how safe "
              "you feel as 6 out of 10; in November you said 3."),
        ("h1", "What's going well"),
        ("bullets", [
            "You have not gone missing since 28/12/2025, and you have been home by your time most nights.",
            "You go to every session with Tash, and you told her things you had never told anyone.",
            "Your attendance at school this half term is 92%, up from 71% in the autumn.",
            "You and Mum are talking more, and Mum has been to two of the Safer Futures parents' sessions.",
        ]),
        ("h1", "What we're still worried about"),
        ("p", "Between September and December you went missing six times, usually overnight. Twice you were "
              "found in Connor Reece's car, and once at a flat in Mercer Street with two older men. You "
              "had a new phone, vapes and clothes that no one could explain. In November a picture of you "
              "was shared on Snapchat without your agreement. Connor has messaged you from new accounts "
              "three times in January."),
        ("h1", "What we want for you"),
        ("numbers", [
            "You are safe from adults who want to use or hurt you, and you don't go missing.",
            "You are in school every day and doing the subjects you enjoy.",
            "You know the signs of grooming and who to tell, and you feel able to tell them.",
            "You and Mum get on better, and home is somewhere you want to be.",
        ]),
        ("h1", "Part 1: What will happen"),
        ("table", {
            "header": ["Who", "What", "When", "How we'll know"],
            "widths": [2.8, 6.6, 3.4, 4.2],
            "rows": [
                ["Marcus", "Visit you at home, and every other week take you out for food or somewhere you "
                           "choose, so we can talk without anyone listening",
                 "Every week until the review conference on 13/05/2026",
                 "Visit notes written within 48 hours, with what you said in your own words"],
                ["You", "Go to school every day and stay until the end of the day",
                 "Every school day",
                 "The school register, sent to Marcus by Mr Heald every Friday"],
                ["Mr Heald", "Meet you for a quick check-in at the start and end of the day, and log "
                             "anything that worries him",
                 "Every school day at 8.40am and 3.10pm",
                 "CPOMS log, and a summary e-mailed to Marcus every Friday"],
                ["Tash", "One-to-one sessions about healthy relationships, how grooming works and staying "
                         "safe online, using your 'Who's in my world' map",
                 "Weekly for 12 weeks from 16/02/2026",
                 "Your safety score out of 10 at the first, sixth and last session, in Tash's notes; her "
                 "end-of-work report to Marcus by 08/05/2026"],
                ["PC Ahmed", "Serve a Child Abduction Warning Notice on Connor Reece, telling him to stay "
                             "away from you",
                 "By 20/02/2026",
                 "Copy of the notice on your file"],
                ["Mum", "Write down the time you come in every evening, and show Marcus",
                 "Every evening",
                 "Mum's diary, read by Marcus at every visit"],
                ["Kelly", "See you at school for a health appointment, with advice on relationships and "
                          "sexual health, and check your vaccinations are up to date",
                 "By 27/02/2026",
                 "Kelly tells Marcus the appointment happened (not what you said) and that your "
                 "vaccinations are done"],
                ["Marcus", "Complete the exploitation risk assessment with you, Mum and Tash",
                 "By 06/03/2026",
                 "Risk assessment shared at the core group on 11/03/2026"],
                ["Marcus", "Refer you to the Multi-Agency Child Exploitation (MACE) panel",
                 "By 20/02/2026, for the panel on 04/03/2026",
                 "The panel's action notes on your file"],
                ["Mum", "Go to the Safer Futures parents' sessions on exploitation",
                 "Four Tuesday evenings from 24/02/2026",
                 "The session register, sent to Marcus by Tash"],
            ],
        }),
        ("h1", "Part 2: What won't happen"),
        ("table", {
            "header": ["Who has agreed", "What won't happen", "Until", "How we'll check"],
            "widths": [2.8, 6.6, 3.4, 4.2],
            "rows": [
                ["You", "You won't get into Connor Reece's car, or any car with adults you don't know, and "
                        "you won't go to the flats on Mercer Street",
                 "Until the review conference on 13/05/2026",
                 "Tash and Marcus ask you every week and write down what you say; PC Ahmed tells Marcus "
                 "about any police sighting by the next working day"],
                ["Mum", "Mum won't let Connor or his friends into the house or give anyone your new number, "
                        "and will ring 101 if he comes to the door (999 if you are with him)",
                 "Until the review conference on 13/05/2026",
                 "Marcus asks Mum at every visit; PC Ahmed checks the police log for 31 Brook Row every "
                 "fortnight and e-mails Marcus"],
                ["Mr Heald", "The school won't let you leave the site at lunchtime, and won't let anyone "
                             "but Mum or Michelle collect you",
                 "Every school day until the review conference",
                 "The school's sign-out log, checked by Mr Heald and sent with his Friday summary"],
                ["You and Mum", "Your phone won't be in your bedroom after 10pm; it will charge in the "
                                "kitchen",
                 "Every night until the review conference",
                 "Mum writes in her diary each night where the phone was, and Marcus reads it at his "
                 "visits"],
            ],
        }),
        ("h1", "Part 3: What if ...?"),
        ("p", "These are the questions you asked at the conference, and what will happen."),
        ("boldp", "What if I'm not home by my time?"),
        ("p", "Mum will ring you 15 minutes after your time. If she can't reach you, or you are not home an "
              "hour after your time, Mum will report you missing to Gannowick Police on 101 (999 if she "
              "thinks you are in danger) and tell Marcus, or the Emergency Duty Team at night, the same "
              "evening. How we'll know: the police missing report number, written in Mum's diary."),
        ("boldp", "What happens when I come back?"),
        ("p", "Tash will offer you a return home interview within 72 hours of every time you come back, "
              "somewhere you choose, and send what you tell her to Marcus and PC Ahmed. How we'll know: "
              "the return home interview record on your file within 72 hours."),
        ("boldp", "What if the police find me with Connor?"),
        ("p", "The officers will take you home or to a safe place, and PC Ahmed will send Marcus the details "
              "and an intelligence report by the next working day. How we'll know: the report on your file, "
              "and Marcus telling you and Mum what happens next."),
        ("boldp", "What if school is worried about me?"),
        ("p", "Mr Heald will ring Marcus the same day (the Emergency Duty Team after 5pm) and log it on "
              "CPOMS. How we'll know: the CPOMS entry and Marcus's note of the call."),
        ("h1", "Things we talked about that are not in the plan"),
        ("bullets", [
            "You asked whether you could go to Gannowick Carnival in July with your friends. That will be "
            "talked about at the review conference, when everyone knows how the next three months have gone.",
            "A move to a different school was thought about, but you and Mum both want you to stay at "
            "Fallowfield, and the school agreed.",
            "Foster care was not thought to be needed, because you are safer at home when this plan is kept.",
        ]),
        ("h1", "If things get more dangerous"),
        ("bullets", [
            "If you go missing twice in one week, are found with Connor again, or have drugs, money or "
            "presents no one can explain: Marcus holds a strategy discussion with PC Ahmed and Tash the same "
            "day (the next morning if it is at night), and refers you back to the MACE panel that week.",
            "If Mum cannot keep you safe at home, for example because you keep going missing overnight, you "
            "will stay with Michelle in Ravensby, who has agreed. If Michelle cannot have you, Marcus will "
            "find you a foster placement that day.",
            "If you tell anyone that an adult has hurt you or made you do something sexual, that person "
            "rings Marcus or the police straight away, and Marcus holds a strategy discussion that day.",
            "If by the review conference you are still going missing, or the risk assessment says your risk "
            "is high, Marcus will ask Claire Hollis for a legal planning meeting within 5 working days to "
            "decide whether care proceedings are needed to keep you safe.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks at Fallowfield Academy at 3.30pm: 11/03/2026 and 08/04/2026. You "
            "can come to the first 15 minutes of each one, or send Tash with your views.",
            "Review child protection conference: 13/05/2026 at 10am, Gannowick Civic Centre.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. Signs of Safety plan for a 5-year-old and a 2-year-old whose father has
#    bipolar disorder: who is in the network, danger statement, safety goal,
#    then the network's rules (a table of rules, prohibitions and if/then
#    rules, each with who keeps it, until or how often, and who checks), the
#    professionals' part as bullets with Who / When / How we'll know
#    sub-bullets, if/then lines, and the family's questions. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b187_gelverton_sos_network_rules_if_then_who_checks_nowak.md",
    "split": "heldout",
    "actions": 15,
    "template": "signs-of-safety-safety-plan-md-network-table-danger-statement-working-well-zofias-words-kacpers-days-safety-goal-then-network-rules-table-no-rule-who-keeps-it-until-or-how-often-who-checks-and-how-prohibitions-and-if-then-rules-then-professionals-part-bullets-with-who-when-how-well-know-sub-bullets-then-if-then-lines-family-questions-meetings",
    "description": (
        "Exemplary Signs of Safety plan (the council calls the whole plan the safety plan) for a "
        "5-year-old girl and a 2-year-old boy whose father has bipolar disorder and took them out to "
        "the canal at 2am while manic in November, before a three-week admission. Their mother works "
        "night shifts; their grandmother, uncle and a family friend help. The network's rules are a "
        "table of prohibitions ('Tomasz will not look after Zofia or Kacper on his own ...', 'Tomasz "
        "will not drive the children anywhere ...'), routines and if/then rules ('Whenever Ewa works "
        "a night shift, Babcia will ...', 'If Tomasz sleeps less than 4 hours two nights running ... "
        "Ewa will ring Olu ...', 'Should Ewa be unable to reach Babcia ..., Ewa will not go to work "
        "unless ...'), each with who keeps it, until or how often, and who checks. The professionals' "
        "part is bullets with Who / When / How we'll know sub-bullets; the care coordinator and the "
        "psychiatrist report on the father's capacity to change and its likely timescale. The "
        "contingency is if/then lines with a fallback for each relative and legal planning; the "
        "family's questions are answered apart from the plan; core group dates and a dated review "
        "conference are set."
    ),
    "text": """\
# Gelverton City Council - Children's Services

## Safety plan for Zofia and Kacper Nowak

Written with the family at the network meeting on 26/01/2026 and agreed at the initial child protection
conference on 28/01/2026 (chair: Graham Tate). In Gelverton the whole child protection plan is called
the safety plan. The network's rules and the professionals' part below are the plan.

### Who is in Zofia and Kacper's network

| Name | Who they are | Their part |
|---|---|---|
| Ewa Nowak (31) | Mum; healthcare assistant on night shifts at Gelverton General Hospital | Rules 5 and 6 |
| Tomasz Nowak (34) | Dad; has bipolar disorder | Rules 1, 2 and 3 |
| Halina Nowak (62), "Babcia" | Tomasz's mum; lives at 17 Linden Street, two streets away | Rule 4 |
| Piotr Nowak (37) | Tomasz's brother; 8 Cedar Road, Gelverton | Rules 5 and 7 |
| Kasia Zielinska (30) | Ewa's friend from work; 40 Mill Lane | Rule 5 |
| Ruth Adeyemi | Social worker, Gelverton Safeguarding Team (team manager: Sanjay Mehta) | Professionals' part |
| Olu Adebayo | Tomasz's care coordinator, Gelverton Community Mental Health Team (CMHT) | Professionals' part |
| Dr Hannah Price | Consultant psychiatrist, Gelverton CMHT | Professionals' part |

Family home: 23 Orchard Terrace, Gelverton GV4 6QA. Zofia (born 04/06/2020) is in Year 1 at St
Clement's Primary School. Kacper (born 19/12/2023) is at home with Babcia or his parents.

### What we are worried about

Tomasz has bipolar disorder. In November 2025 he stopped taking his lithium, did not sleep for four
nights and became very high. At about 2am on 19/11/2025 he took Zofia and Kacper out in the car and then
walked them along the canal towpath in their pyjamas, in the cold, "to see the stars". A passer-by rang
the police. Ewa was at work. Tomasz was detained under section 2 and spent three weeks on Beech Ward; he
came home on 12/12/2025. The worry is that if Tomasz becomes unwell again while he is caring for the
children, they could be hurt or put in danger before anyone knows.

### What is working well

- Tomasz has taken his lithium every evening since he came home, and his blood level in January was in
  range.
- Ewa, Babcia, Piotr and Kasia all came to the network meeting and each took on a part.
- Tomasz can now name his own early warning signs: sleeping less, talking very fast, spending money
  and not eating.
- Zofia is doing well at school, and Kacper is a healthy, busy toddler.

### Zofia's words and Kacper's days

Zofia (with Ruth at school on 22/01/2026, using her "three houses"): in her house of good things she
drew "Babcia's pierogi" and "Tata reading Gruffalo". In her house of worries she drew the canal and said
"it was dark and Kacper was crying and my feet were cold". In her house of dreams: "Tata is never poorly
again and we go to the seaside." She said she would tell "Mama or Babcia or my teacher" if Tata "goes
funny again".

Kacper cannot tell us in words. When Ruth visited on 23/01/2026 he was stacking cups on the kitchen
floor, ran to Babcia when the doorbell rang, and climbed onto his dad's knee for a story. He sleeps in a
cot in his parents' room and wakes once a night. Babcia says he "checks where everyone is" and cries if
he cannot see her or his mum.

### Safety goal

Zofia and Kacper are always cared for by an adult who is well and awake, day and night; if their
dad becomes unwell, an adult in the network sees it early and acts before the children are in danger;
and Zofia can tell someone if her dad seems poorly.

## The plan

### The network's rules

| No. | Rule | Who keeps it | Until / how often | Who checks, and how |
|---|---|---|---|---|
| 1 | Tomasz will not look after Zofia or Kacper on his own, day or night, not even for a few minutes | Tomasz | Until the review conference on 22/04/2026 | Ruth asks Ewa, Babcia and Zofia (on her own) at every visit and writes down what each says |
| 2 | Tomasz will not drive the children anywhere, and Ewa keeps the spare car keys | Tomasz | Until the review conference on 22/04/2026 | Ruth asks Zofia and Ewa at every visit and records their answers |
| 3 | Tomasz will take his lithium every evening at 8pm with Ewa or Babcia there to see him take it | Tomasz | Every evening | Tick chart on the fridge, signed by whoever saw him take it; Olu checks it at every visit |
| 4 | Whenever Ewa works a night shift, Babcia will sleep at the house and be the adult in charge of the children until Ewa is home | Babcia (Halina Nowak) | Every night shift; Ewa sends Ruth her rota on the 1st of each month | Night sheet on the fridge, signed by Babcia each morning; Ruth reads it at every visit |
| 5 | Should Ewa be unable to reach Babcia before a night shift, she will ask Kasia or Piotr to stay instead, and Ewa will not go to work unless one of them is at the house | Ewa | Before every night shift | Night sheet signed by whoever stayed; Ruth reads it at every visit |
| 6 | If Tomasz sleeps less than 4 hours two nights running, or Ewa sees any of his early warning signs, Ewa will ring Olu (the crisis team out of hours) | Ewa | The next morning, or that night out of hours | The CMHT's record of every call; Olu tells Ruth the same day |
| 7 | Piotr will take Zofia to school on the mornings after Ewa's night shifts, so that Ewa can sleep and Tomasz is not alone with the children | Piotr | Every morning after a night shift, by 8.50am | St Clement's gate log shows who brought Zofia and when |

### What the professionals will do

- **Visit Zofia and Kacper at home, one visit in three unannounced, seeing Zofia on her own and Kacper with each parent.**
  - Who: Ruth Adeyemi, social worker
  - When: every week until the review conference on 22/04/2026
  - How we'll know: visit records within 48 hours, with Zofia's words and what Ruth saw of Kacper
- **See Tomasz at home, check his early warning signs and his lithium tick chart, and write a report for each core group on whether he is well, whether he is taking his medication, whether he is able to make and keep the changes the children need, and how long that is likely to take.**
  - Who: Olu Adebayo, care coordinator, Gelverton CMHT
  - When: weekly visits; each report two working days before the core group
  - How we'll know: the report on the children's file before each core group
- **Review Tomasz at his CPA review and write a report on his risk of relapse, what would help him parent safely, his capacity to change and how long that is likely to take.**
  - Who: Dr Hannah Price, consultant psychiatrist
  - When: CPA review on 17/03/2026; report by 31/03/2026
  - How we'll know: the report on the children's file and shared at the core group on 07/04/2026
- **Take Tomasz's lithium blood levels, and send the results to Olu and Ruth.**
  - Who: Dr Martin Cole, GP, Orchard Terrace Surgery
  - When: next test by 20/02/2026, then every three months and within a week of any change of dose
  - How we'll know: blood results letter on the children's file
- **Go to the CMHT's "Living with Bipolar" relapse prevention group, and write a relapse plan with Olu that the whole network has a copy of.**
  - Who: Tomasz
  - When: eight Wednesday afternoons from 11/02/2026; relapse plan by 01/04/2026
  - How we'll know: the group register sent to Ruth by Olu, and the relapse plan seen by Ruth on the fridge
- **Kacper's 2-year review with an ASQ-3, then a home visit to check his development and how he is with each parent.**
  - Who: Priya Shah, health visitor
  - When: 2-year review by 27/02/2026, then a visit every six weeks until the review conference
  - How we'll know: ASQ-3 scores in the red book, and the health visiting record sent to Ruth
- **Note Zofia's arrival, mood and who brought her, and tell Ruth about anything she says about home.**
  - Who: Mrs Joanna Hart, designated safeguarding lead, St Clement's Primary School
  - When: every school day; a summary e-mail to Ruth every Friday
  - How we'll know: the Friday e-mail and the CPOMS log
- **Four sessions of direct work with Zofia to make her "Words and Pictures" story of what happened in November and what Tata's illness is.**
  - Who: Ruth Adeyemi, social worker, with Ewa and Tomasz
  - When: fortnightly from 09/02/2026
  - How we'll know: Zofia's finished story book, a copy on her file; Zofia can say who she would tell if Tata seemed poorly

### If ... then ...

- If Olu, Dr Price or the crisis team think Tomasz is becoming unwell, Tomasz goes to stay with Piotr at 8
  Cedar Road that day, the children stay at home with Ewa (or with Babcia if Ewa is at work), and the
  crisis team assesses Tomasz the same day.
- If Tomasz is found on his own with the children, or drives them anywhere, Ruth (or the Emergency Duty
  Team) sees the children the same day and holds a strategy discussion with the police and health that
  day, and Ruth will ask Sanjay Mehta for a legal planning meeting within five working days.
- If Babcia, Kasia or Piotr cannot do their part (illness, holiday, or it is too much), they tell Ewa and
  Ruth that day. Ewa's ward manager has agreed she can swap a night shift at short notice, so Ewa does
  not work that night. If no adult from the network can be with the children, Ruth arranges a foster
  placement for that night.
- If Dr Price's report says Tomasz is not likely to be well enough to keep the children safe within
  their timescales, or he stops his lithium again, Ruth will ask for a legal planning meeting to decide
  whether to start the Public Law Outline.

### Questions the family asked

- Babcia asked whether she could take the children to Poland for Easter. This was not agreed at the
  conference and will be decided at the review.
- Tomasz asked when he might drive the children again. Not before the review conference; Dr Price's
  report will help the conference decide.

### Meetings

- Core group at St Clement's Primary School at 9.30am: 10/02/2026, then every four weeks on 10/03/2026
  and 07/04/2026.
- Review child protection conference: 22/04/2026 at 10am, Gelverton Civic Centre.
""",
    "findings": [],
})
