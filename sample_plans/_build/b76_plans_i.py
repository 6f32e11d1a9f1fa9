"""Batch 76, module i: seven fictional plans (held-out material), places beginning with "i".

Everything here is made up: children, families, professionals, services,
hospitals, schools and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: outcomes, timescales and measures written in ordinary words rather
than template labels - outcomes in the child's or family's words ("What we
want for Ellie", "What needs to be different", "Our goals"), one set merged
down several rows, beside a plan whose "outcomes" are only services being
delivered; measures that are observable but unlabelled ("seen by the HV at
home and weighed", "attendance register checked each Friday") beside ones
that only say "monitor" or "improvement"; timescales as events, routines,
ages or ranges beside genuinely missing ones; substance and illness words
that are not a parent's problem (a child's own asthma or cannabis use, a
children's service's name, a grandparent's past). Layouts: a child in need
plan in a two-column Action | Update table, a looked-after baby's plan, a
GIRFEC / SHANARRI child's plan, a core group action log with RAG, a letter to
a parent. Two plans are exemplary.
"""
from build_batch5 import F, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Child in need plan: two-column Action | Update table, "outcomes" that are
#    only services, grandparent's past drinking and a child's asthma (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b76_ivelcombe_cin_plan_action_update_table_thorne.docx",
    "doc_title": "Child in Need Plan - Maisie and Kai Thorne",
    "split": "heldout",
    "actions": 7,
    "template": "cin-plan-docx-kv-details-service-only-what-we-want-to-achieve-then-two-column-action-update-table-owner-when-measure-inside-action-cell",
    "description": (
        "Child in need plan for a 3-year-old with asthma and a 9-month-old whose weight has dropped "
        "(poor home conditions, a young mum on her own). The plan is a two-column Action | Update table: "
        "who, when and how we will know are written into each Action cell, and the Update cell is progress "
        "so far. 'What we want to achieve' lists only services being delivered (O001). Faults: a passive "
        "referral (W001), an inhaler action with no measure (M001), Family Hub sessions with no timescale "
        "(T001), 'as soon as possible' (T002), 'keep an eye on the repairs' (M002). Vague contingency ('if things do not "
        "improve ... may consider') with no legal step (C002, R002), and the next meeting 'to be "
        "arranged' (R001). Hard negatives for F004: the child's own asthma and hospital visits, the "
        "mother's negated drinking and mental health, and her own father's heavy drinking in the past."
    ),
    "blocks": [
        ("title", "Child in Need Plan"),
        ("p", "Ivelcombe Borough Council · Children's Services · Child in Need Team (Ivelcombe South)"),
        ("kv", [
            ("Children", "Maisie Thorne, 3 (DOB 11/09/2021); Kai Thorne, 9 months (DOB 02/05/2024)"),
            ("Mum", "Chloe Thorne (22)"),
            ("Dad", "Ryan Mills (25), lives in Ishcombe and has not seen the children since the summer of 2023"),
            ("Address", "14 Iris Close, Ivelcombe"),
            ("Plan agreed at", "Child in need meeting, Monday 10/02/2025, Ivelcombe South Family Hub"),
            ("Social worker", "Tom Ashdown"),
            ("Status", "The child and family assessment (completed 31/01/2025) found that Maisie and Kai are "
                       "children in need. This is not a child protection plan."),
        ]),
        ("h1", "Why we are working with the family"),
        ("p", "The health visitor referred Kai in December when his weight dropped from the 50th to the 25th "
              "centile. At the home visits in January the flat was cold, there was black mould on the wall of "
              "the children's bedroom and the kitchen bin was overflowing. Maisie has asthma and has been taken "
              "to Ivelcombe General Hospital twice since October with breathing difficulties; both times her "
              "brown preventer inhaler had run out. Her nursery place lapsed in the summer and she is using only "
              "a few single words."),
        ("p", "Chloe has no history of mental health difficulties and told us she does not drink or use drugs. "
              "She grew up with her mum after her own father's heavy drinking ended her parents' marriage, and "
              "she has not seen him since she was eight. Chloe has been on her own with the children since "
              "Ryan left and says money is the hardest thing."),
        ("h1", "Maisie and Kai's world"),
        ("p", "Maisie talks in single words and by pointing. She showed Tom her 'puffer' and spacer and said "
              "\"Maisie puff\" while pretending to use it. She ran to the window every time a bus went past "
              "(\"bus, bus!\"). When Tom asked about her bedroom she said \"cold\" and pulled the duvet over "
              "her head. Kai smiles readily, babbles at his sister and reaches for Chloe when he is tired. On "
              "both visits he was wearing a damp vest."),
        ("h1", "What we want to achieve"),
        ("bullets", [
            "Family Hub support sessions for Chloe at home each week.",
            "A speech and language therapy referral for Maisie.",
            "Health visitor contact for Kai as planned.",
            "A repairs request to Ivelcombe Homes.",
        ]),
        ("h1", "Our plan"),
        ("table", {
            "header": ["Action", "Update"],
            "widths": [9.0, 8.0],
            "rows": [
                ["Tom (SW) to visit every two weeks, see Maisie and Kai and look at their bedroom each time; "
                 "his visit notes will say what he saw",
                 "Four visits since the assessment finished. Both children were seen each time; Kai was asleep "
                 "on one visit."],
                ["HV Jess Okoye to weigh Kai at the clinic every two weeks and go through his feeds with Chloe; "
                 "his weight is plotted in his red book",
                 "Weighed on 3 February: 7.4 kg, a small rise since January."],
                ["Speech and language referral for Maisie to be sent by the end of February; the service's "
                 "acknowledgement letter goes on file",
                 "Chloe has agreed to the referral."],
                ["Chloe to collect Maisie's brown preventer inhaler on repeat prescription every month and take "
                 "a spare one in to her nursery",
                 "The spare inhaler has not gone in yet."],
                ["Family Hub sessions with Chloe at home on routines, bedtimes and meals, led by Sian Pryor "
                 "(family support worker); a routine chart kept on the fridge",
                 "Chloe was in for three of the four sessions offered so far."],
                ["Chloe to take up the place for Maisie at Little Ibis Nursery (15 funded hours) as soon as "
                 "possible; the nursery register shows Maisie attending",
                 "A place has been offered and Chloe is going to look round with Maisie."],
                ["Tom (SW) to chase Ivelcombe Homes about the mould in the bedroom at each visit and keep an eye "
                 "on the repairs",
                 "The surveyor took photographs of the wall. There is no date for the work yet."],
            ],
        }),
        ("h1", "What happens if things don't get better"),
        ("p", "If things do not improve for Maisie and Kai, Tom will talk it through with Chloe and with his "
              "manager and may consider whether a strategy discussion is needed."),
        ("h1", "Reviewing the plan"),
        ("p", "The plan will be looked at again at child in need meetings with Chloe and the professionals "
              "involved. The date of the next meeting is to be arranged."),
        ("p", "Plan typed by Tom Ashdown (SW) on 11/02/2025 and given to Chloe at home."),
    ],
    "findings": [
        F("O001"),
        F("W001", "Speech and language referral for Maisie to be sent"),
        F("M001", "collect Maisie's brown preventer inhaler on repeat prescription"),
        F("T001", "Family Hub sessions with Chloe at home on routines"),
        F("T002", "take up the place for Maisie at Little Ibis Nursery"),
        F("M002", "chase Ivelcombe Homes about the mould in the bedroom"),
        F("C002"),
        F("R001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 2. Looked-after baby on the children's ward: plan updated at core group,
#    nobody set to visit at a stated frequency; paged PDF
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b76_ilverton_looked_after_baby_on_ward_brennan.pdf",
    "doc_title": "Child Protection Plan (Looked After Child) - Lacey Brennan",
    "split": "heldout",
    "actions": 10,
    "template": "cp-plan-looked-after-baby-in-hospital-paged-kv-details-lived-experience-outcomes-then-what-who-when-how-we-will-know-table",
    "description": (
        "Child protection plan for an 11-month-old accommodated under section 20, updated at core group "
        "after she was admitted to the children's ward with bronchiolitis (mother's drinking and "
        "depression). Nobody is set to visit her on the ward at a stated frequency: the foster carer "
        "visits 'as often as she can' and the mother's ward contact is 'to be arranged' (L001, T002 x2). "
        "Also the CMHT only continuing appointments (H001), a parenting assessment with no measure "
        "(M001), housing support 'Ongoing' and 'Monitored' (T002, M002), 'All professionals' (W002) and "
        "an outcome only about the mother (F002). Timescales as events and ages ('before discharge', "
        "'when Lacey is 12 months old', 'weekly for 4 weeks after Lacey leaves hospital') are fine; the "
        "alcohol service reports on change, and the contingency has a legal step. Header and page footer."
    ),
    "header": "OFFICIAL-SENSITIVE – Ilverton City Council – Children Looked After Service",
    "footer": "Lacey Brennan – child protection plan (looked after) – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan – Looked After Child"),
        ("kv", [
            ("Child", "Lacey Brennan, born 24/03/2024 (11 months)"),
            ("Legal status", "Accommodated under section 20 since 03/02/2025; placed with foster carers Dawn "
                             "and Ray Ellery, 6 Ivy Bank, Ilverton"),
            ("Where Lacey is now", "Ward 4 (children's ward), Ilverton Royal Infirmary, since 25/02/2025 with "
                                   "bronchiolitis. She is on oxygen and tube feeds and the ward expect her to "
                                   "stay for at least another week."),
            ("Mother", "Jade Brennan (20), 22 Isla Court, Ilverton"),
            ("Father", "Not named on the birth certificate and not involved"),
            ("Plan since", "Initial child protection conference, 06/01/2025 (category: neglect)"),
            ("This version", "Updated at core group 3, Thursday 27/02/2025, Ward 4 seminar room"),
            ("Social worker", "Priya Natt, Ilverton Children Looked After Team"),
            ("Independent reviewing officer", "Martin Greaves"),
        ]),
        ("h1", "Background"),
        ("p", "Lacey came into care on 3 February after police found Jade asleep and intoxicated at home, with "
              "Lacey alone in her cot, hungry and in a soaked nappy. Jade has drunk heavily since she was 16 and "
              "has depression. She has a care coordinator at the Ilverton Community Mental Health Team and in "
              "February started with the Ilverton Alcohol Service. Jade agreed to Lacey being accommodated and "
              "says she wants her home. Lacey put on weight well with the Ellerys until she became ill."),
        ("h1", "Lacey's world"),
        ("p", "Lacey cannot tell us how she feels, so this is what the nurses, Dawn and Priya have seen. On the "
              "ward she is tired and unsettled between feeds, but she quietens when Dawn holds her upright "
              "against her shoulder and sings to her. At the Ellerys' she was crawling, pulling herself up on "
              "the sofa and laughing at their dog. At contact she looks at Jade for a long time before she "
              "smiles, and she cried when Jade left on 18 February."),
        ("h1", "What needs to be different for Lacey"),
        ("bullets", [
            "Lacey gets well, comes off oxygen and goes back to the Ellerys with a feeding plan they understand.",
            "Lacey keeps growing and reaching her milestones, and her health checks and immunisations are up "
            "to date.",
            "Lacey's time with her mum is safe, and Jade is sober at every contact.",
            "Jade will stay sober and look after her own mental health.",
        ]),
        ("h1", "The plan"),
        ("table", {
            "header": ["What will happen", "Who", "When", "How we will know"],
            "widths": [6.0, 3.7, 3.3, 4.0],
            "rows": [
                ["Liaise with the ward about Lacey's treatment and agree a discharge plan for her return to "
                 "the Ellerys",
                 "SW Priya Natt", "Before discharge",
                 "Written discharge plan copied to the foster carers, the HV and the IRO"],
                ["Visit Lacey on the ward and help the nurses with her feeds and settling",
                 "Dawn Ellery (foster carer)", "As often as she can",
                 "Ward visitors' book and feed chart"],
                ["Supervised contact for Jade with Lacey on the ward",
                 "Ward 4 nursing staff", "To be arranged with the ward",
                 "Contact notes sent to the SW after each contact"],
                ["Alcohol keywork with Jade, with a breath test at each session and a written report on whether "
                 "she is drinking and what that means for her contact with Lacey",
                 "Owen Marsh, keyworker, Ilverton Alcohol Service", "Weekly",
                 "Breath test results and the report sent to the SW before each core group"],
                ["Continue Jade's appointments with her care coordinator for her depression",
                 "Sam Idris, care coordinator, Ilverton CMHT", "Fortnightly",
                 "Appointments attended, confirmed by letter to the SW"],
                ["Parenting assessment of Jade, including how she responds to Lacey at contact",
                 "SW Priya Natt", "By 31/03/2025", ""],
                ["Weigh Lacey and check her feeding once she is back with the Ellerys",
                 "HV Gemma Osei", "Weekly for 4 weeks after Lacey leaves hospital",
                 "Weight plotted in Lacey's red book"],
                ["Support Jade with her housing application",
                 "FSW Kieran Doyle", "Ongoing", "Monitored"],
                ["Lacey's 12-month health check and immunisations",
                 "Dr Anika Rhodes, Ilverton Park Surgery", "When Lacey is 12 months old",
                 "Check and vaccines recorded in the red book and on the GP record"],
                ["Tell the SW the same day about any worry about Lacey's care or Jade's drinking",
                 "All professionals", "Same day",
                 "Each worry logged on Lacey's file by the SW"],
            ],
        }),
        ("h1", "Contingency"),
        ("p", "If Jade arrives at contact smelling of alcohol or seeming to have been drinking, the nurses will "
              "end the contact at once and ring the SW, and Jade's next contact will be at the Ilverton Family "
              "Centre with a contact supervisor. If Lacey's breathing gets worse and she has to move to "
              "intensive care, the ward will ring the SW (or the emergency duty team out of hours) straight "
              "away, and the SW will tell Jade and the IRO the same day."),
        ("p", "If Jade comes to two contacts having been drinking before the review conference, or stops going "
              "to the alcohol service, the SW will request a legal planning meeting to consider care proceedings."),
        ("h1", "Core group and review"),
        ("p", "Core group every 4 weeks while the plan lasts: Thursday 20/03/2025 (on the ward if Lacey is still "
              "in hospital) and Thursday 17/04/2025 at the Ilverton Family Centre, 2pm. Review child protection "
              "conference: Wednesday 02/04/2025, 10am, Ilverton Civic Centre. Lacey's first looked after review "
              "is on Monday 03/03/2025, chaired by the IRO."),
        ("p", "Plan updated by Priya Natt (SW) on 28/02/2025 and sent to Jade, the Ellerys, the ward and every "
              "agency named above."),
    ],
    "findings": [
        F("L001"),
        F("F002", "Jade will stay sober and look after her own mental health."),
        F("T002", "Visit Lacey on the ward and help the nurses"),
        F("T002", "Supervised contact for Jade with Lacey on the ward"),
        F("H001", "Continue Jade's appointments with her care coordinator for her depression"),
        F("M001", "Parenting assessment of Jade, including how she responds"),
        F("T002", "Support Jade with her housing application"),
        F("M002", "Support Jade with her housing application"),
        F("W002", "Tell the SW the same day about any worry"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Core group action log with a RAG column; one action handed on to the
#    receiving authority, beside one that carries on until the transfer-in conference (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b76_isselby_core_group_action_log_rag_hartley.docx",
    "doc_title": "Core Group 2 - Action Log - Tyler and Jasmine Hartley",
    "split": "heldout",
    "actions": 11,
    "template": "core-group-2-record-docx-present-update-views-what-needs-to-be-different-then-no-action-lead-by-when-rag-how-we-will-know-log-with-transfer-pending",
    "description": (
        "Second core group record for a 12-year-old and a 7-year-old (domestic abuse, the cocaine "
        "use of the mother's partner, the mother's anxiety) with an action log: No. | Action | Lead | By when | RAG | How we "
        "will know. The family may move to another authority: one row hands the parenting assessment to "
        "the receiving council (X001), beside a row that carries on 'until the Irnsdale transfer-in "
        "conference'. Also CBT only for the mother (H001), 'engagement' measures "
        "(M002 x2), 'All agencies' (W002), 'ASAP' (T002), a '-' date (T001), an outcome only about the "
        "mother (F002), and a contingency whose only response is to discuss, with no legal step (C002, "
        "R002). 'Attendance register checked each Friday' is an observable measure, and 'every school "
        "morning' and 'every school day, at break and lunch' are real timescales."
    ),
    "blocks": [
        ("title", "Core Group Meeting – Action Log"),
        ("p", "Isselby Metropolitan Council · Children's Social Care · Safeguarding Team East"),
        ("kv", [
            ("Children", "Tyler Hartley (12), Year 7, Isselby Vale Academy; Jasmine Hartley (7), Year 2, "
                         "Ivydene Primary"),
            ("Parents", "Kim Hartley (38), mum; Darren Cole (40), Kim's partner and Jasmine's dad"),
            ("Address", "31 Ingram Way, Isselby"),
            ("Meeting", "Core group 2, Monday 03/03/2025, 4pm, Ivydene Primary"),
            ("Plan since", "Initial child protection conference, 03/02/2025 (category: emotional abuse)"),
            ("Social worker", "Nadia Forde (chair of the core group)"),
            ("Possible move", "The family have been offered a council house exchange to Irnsdale (Irnsdale "
                              "Borough Council) and expect to move in April 2025."),
        ]),
        ("h2", "Present"),
        ("p", "Kim Hartley; Darren Cole; Nadia Forde (SW); Beth Carrow (family support worker); Mrs Orla Keane "
              "(DSL, Ivydene Primary); Mr Imran Shah (head of Year 7, Isselby Vale Academy); Kofi Adjei (youth "
              "worker, Isselby Youth Service). Apologies: Ellen Voss (Isselby Primary Care Mental Health Team), "
              "update sent by email."),
        ("h2", "Update since core group 1"),
        ("p", "Police were called to Ingram Way on 15 February after an argument in which Darren punched the "
              "kitchen door while Jasmine was at the table. Darren told the core group he had used cocaine that "
              "weekend and that he uses \"at weekends with mates\". Kim has anxiety and low mood; she has "
              "started CBT with the Primary Care Mental Health Team and said she finds it hard to leave the "
              "house on bad days. Jasmine was late six times in February. Nadia explained that if the family "
              "move, Isselby keeps the plan until Irnsdale hold a transfer-in conference."),
        ("h2", "What Tyler and Jasmine say"),
        ("p", "Tyler (seen by Nadia at school, 26 February) said he goes to his room and \"turns the Xbox up\" "
              "when the shouting starts, and that he worries about his mum \"when Darren's been out\". He does "
              "not want to move to Irnsdale because his friends are here. Jasmine told Mrs Keane that she "
              "\"hides under the table\" when Daddy is cross and that she likes it best \"when it's just me and "
              "Mummy watching films\"."),
        ("h2", "What needs to be different"),
        ("bullets", [
            "Tyler and Jasmine live in a home where nobody uses drugs and there are no rows that frighten them.",
            "Jasmine gets to school on time every day, and Tyler has an adult at school he can talk to.",
            "Kim feels less anxious and is able to leave the house on her own.",
        ]),
        ("h2", "Action log"),
        ("table", {
            "header": ["No.", "Action", "Lead", "By when", "RAG", "How we will know"],
            "widths": [0.9, 5.0, 3.2, 3.2, 1.3, 3.4],
            "rows": [
                ["1", "See Tyler and Jasmine on their own, at home and at school, and write down what each of "
                      "them says",
                 "SW Nadia Forde",
                 "Weekly, including after a move, until the Irnsdale transfer-in conference",
                 "Green", "Visit records with each child's words"],
                ["2", "Start the parenting assessment of Kim and Darren, including how the rows affect Tyler "
                      "and Jasmine",
                 "Irnsdale Children's Services, once the case has transferred",
                 "Within 6 weeks of the case transferring to Irnsdale",
                 "Amber", "Assessment report shared with the core group"],
                ["3", "Continue CBT sessions with Kim for her anxiety and low mood",
                 "Ellen Voss, Isselby Primary Care Mental Health Team",
                 "Weekly, 8 sessions from 10/02/2025",
                 "Green", "Sessions attended, confirmed by letter to the SW"],
                ["4", "Go to the Isselby Recovery Service drop-in and agree a plan for his cocaine use",
                 "Darren Cole", "By 14/03/2025",
                 "Red", "Darren's engagement with the service"],
                ["5", "Tell the SW the same day about any injury, police call-out or anything either child "
                      "says about home",
                 "All agencies", "Same day",
                 "Green", "Each concern logged on the children's file by the SW"],
                ["6", "Check Jasmine's attendance and punctuality, and ring Kim by 9.30am if she is not in",
                 "Mrs Orla Keane, DSL, Ivydene Primary", "Every school morning",
                 "Amber", "Attendance register checked each Friday and the week's figure emailed to the SW"],
                ["7", "One-to-one sessions with Tyler about what is happening at home and how he copes",
                 "Kofi Adjei, Isselby Youth Service", "Fortnightly from 05/03/2025",
                 "Green", "Tyler's engagement"],
                ["8", "Write a safety plan with Kim for what she and the children do if Darren comes home "
                      "under the influence",
                 "FSW Beth Carrow", "ASAP",
                 "Red", "Safety plan signed by Kim, with copies given to both schools"],
                ["9", "Take Jasmine for a dental check-up",
                 "Kim Hartley", "-",
                 "Amber", "Appointment card seen by the SW"],
                ["10", "Home sessions with Kim and Darren on Jasmine's morning routine",
                 "FSW Beth Carrow",
                 "Every Tuesday and Thursday, 7.30–8.30am",
                 "Green", "Routine chart on the fridge, checked by the FSW at each session"],
                ["11", "Time-out card and a quiet place for Tyler to go at break and lunch",
                 "Mr Imran Shah, head of Year 7",
                 "Every school day, at break and lunch",
                 "Green", "Each use of the card logged by the pastoral team and sent to the SW every Friday"],
            ],
        }),
        ("h2", "Contingency"),
        ("p", "If Darren uses cocaine at home, or there is another argument in front of the children, Nadia "
              "will discuss the situation with her manager and let the core group know."),
        ("h2", "Next meetings"),
        ("p", "Core group every 4 weeks: next on Monday 31/03/2025, 4pm, Ivydene Primary. Review child "
              "protection conference: Tuesday 29/04/2025, 10am, Isselby Town Hall."),
        ("p", "Log typed by Nadia Forde (SW) on 04/03/2025 and sent to everyone present and to Ellen Voss."),
    ],
    "findings": [
        F("X001", "Start the parenting assessment of Kim and Darren"),
        F("H001", "Continue CBT sessions with Kim for her anxiety"),
        F("M002", "Go to the Isselby Recovery Service drop-in"),
        F("W002", "Tell the SW the same day about any injury"),
        F("M002", "One-to-one sessions with Tyler about what is happening"),
        F("T002", "Write a safety plan with Kim for what she"),
        F("T001", "Take Jasmine for a dental check-up"),
        F("F002", "Kim feels less anxious and is able to leave the house on her own."),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 4. GIRFEC child's plan set out under the SHANARRI wellbeing indicators,
#    "What needs to be different" under each (md, exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b76_innerbrae_girfec_shanarri_childs_plan_mcallister.md",
    "split": "heldout",
    "actions": 13,
    "template": "girfec-childs-plan-md-shanarri-indicator-h3-headings-what-needs-to-be-different-then-what-will-happen-bullets-named-owner-in-sentence",
    "description": (
        "Scottish child's plan (child protection) for a 6-year-old and a 2-year-old whose mother has "
        "bipolar disorder and was detained in December, set out under the SHANARRI wellbeing indicators: "
        "each has 'What needs to be different' in ordinary words and 'What will happen' bullets naming "
        "who, when and what will show it ('every night Craig is away', 'on the mornings Kerry has a CMHT "
        "appointment', 'three sessions a week until the Easter holidays'). The CPN reports on whether "
        "the mother can stay well and how long change will take, the GP owns the lithium tests, the "
        "grandmother's nights have a fallback, core group dates, review CPPM and a legal planning "
        "meeting are set. The mother's hospital stay and the 6-year-old's night in hospital with a "
        "broken wrist are not a looked-after child in hospital. Exemplary."
    ),
    "text": """\
# Child's Plan – Skye and Rory McAllister

**Innerbrae Council · Children and Families Social Work · Getting it right for every child**

*This is Skye and Rory's child protection plan, agreed at the initial Child Protection
Planning Meeting (CPPM) on Wednesday 12 February 2025 and written as a single Child's
Plan under the wellbeing indicators. Lead professional: Ruth Gallacher, social worker.
Sent to Kerry, Craig and every agency on 14 February.*

## About the family

- **Skye McAllister**, 6, Primary 2 at Inchkeld Primary School
- **Rory McAllister**, 2, at home; due to start at Isla Bank Nursery in April
- **Kerry McAllister** (31), mum
- **Craig McAllister** (35), dad, a lorry driver who is away Monday to Thursday nights most weeks
- **Morag McAllister** (63), Craig's mum, lives on Iolaire Road, five minutes' walk away

Named Person: Mrs Fiona Baird, head teacher, Inchkeld Primary (for Skye), and Alison
Kerr, health visitor (for Rory). Concerns: neglect; parental mental health.

## Why there is a plan

Kerry has bipolar disorder. She stopped taking her lithium in the autumn and in
December became very unwell: she was awake for several nights, spent the rent money,
and at 3am on 14 December took Rory out in the snow in his pyjamas. Police brought
them home. Kerry was detained in the adult mental health ward at Innerbrae Royal
Hospital from 15 December to 9 January. She is back on lithium and is seen by the
Innerbrae Community Mental Health Team (CMHT). Craig took two weeks off work but has
had to go back. Skye missed 14 days of school between November and January, and
Rory's 27–30 month review is overdue.

In January Skye broke her wrist falling from the climbing frame at school and spent a
night in Innerbrae Children's Hospital. The school and the ward had no worries about
how it happened.

## What Skye and Rory have told and shown us

Skye (seen on her own at school by Ruth, 6 February): "When Mummy was poorly she
talked really fast and didn't go to bed. I made Rory's toast." She likes it when Gran
does her hair for school, and she wants "Mummy to take her medicine so she doesn't go
to hospital again". Her three wishes were a dog, "Daddy home more" and going to
Brownies like her friend Ava.

Rory talks in two- and three-word phrases. He follows Kerry from room to room and runs
to the door shouting "Gran!" when Morag arrives. On two visits in January he was still
in his pyjamas at 11am and ate two bananas straight away when Ruth's visit began.

## What needs to be different, and what will happen

Under each wellbeing indicator: what needs to be different for Skye and Rory, and what
will happen – who will do it, by when, and how we will know it has been done.

### Safe

**What needs to be different:** Skye and Rory are looked after by a well adult every
day and every night, and are never taken out at night or left alone with Kerry when she
is becoming unwell.

**What will happen:**

- Ruth Gallacher (lead professional) will see Skye and Rory at home every week until the review CPPM, at least one visit in three unannounced and Skye seen on her own each time; her visit notes will record what Skye says and how Kerry seems.
- Kerry and Craig will write a relapse plan with Kerry's community psychiatric nurse by 28 February 2025, listing Kerry's early warning signs and who looks after the children when they appear, and give copies to Morag, the school and Ruth.
- Morag will stay at the house from 6pm until Skye leaves for school every night Craig is away, and tick the overnight sheet on the fridge, which Ruth checks at each visit.

### Healthy

**What needs to be different:** Skye and Rory are cared for by a mum who is well enough
to look after them, and Rory's health and development checks are up to date.

**What will happen:**

- Neil Fraser, community psychiatric nurse, Innerbrae CMHT, will see Kerry at home every week and send Ruth a written report before each core group on whether Kerry is staying well, whether she can spot her own early warning signs, and how long it is likely to be before she can look after the children on her own when Craig is away.
- Dr Alan Moir, GP at Inchkeld Medical Practice, will arrange Kerry's lithium blood test every 4 weeks and send each result to Neil Fraser and Ruth within 2 working days, so that a missed test or a low level is picked up before it affects the children.
- Alison Kerr (health visitor) will do Rory's 27–30 month review at home by 7 March 2025 and share the ASQ-3 scores with Ruth and the nursery, referring Rory to speech and language therapy the same week if his language score is below the cut-off.

### Achieving

**What needs to be different:** Skye is in school every day and on time, and catches up
with her reading.

**What will happen:**

- Mrs Fiona Baird (Named Person) will check Skye's attendance every morning and ring Craig or Morag by 9.30am if Skye is not in; the school attendance register goes to Ruth every Friday.
- Mr Iain Dow, Skye's class teacher, will give her three 15-minute reading catch-up sessions a week until the Easter holidays and note her reading level in her reading record at the end of each month.

### Nurtured

**What needs to be different:** Skye is not the one looking after Rory, and both
children have a settled routine at home.

**What will happen:**

- Jenna Boyle, family support worker, Innerbrae Family Support Service, will come to the house on Tuesday and Thursday mornings for six weeks from 18 February to help Kerry with the morning routine; her session notes will say whether both children were up, dressed and had breakfast by 8.15am.
- Morag will take Skye to school and Rory to the park on the mornings Kerry has a CMHT appointment, and write it on the kitchen calendar that Ruth looks at on each visit.

### Active

**What needs to be different:** Skye goes to Brownies and plays with her friends like
other 6-year-olds.

**What will happen:**

- Craig (or Morag, when he is away) will take Skye to 1st Inchkeld Brownies every Wednesday from 19 February; the Brownie leader's register will show Skye there.

### Respected and Responsible

**What needs to be different:** Skye understands, in words she can follow, why her mum
was in hospital, and knows it was not her job to look after Rory.

**What will happen:**

- Ruth and Kerry will explain Kerry's illness to Skye together, using the children's booklet the CMHT gave Kerry, in one session before the first core group on 5 March; Ruth will write down Skye's questions and share them with the core group.

### Included

**What needs to be different:** Rory has time with other children and another adult
who knows him well.

**What will happen:**

- Ruth will complete the early learning and childcare application with Kerry by 28 February 2025 so that Rory can start at Isla Bank Nursery on 22 April; the nursery's offer letter will go on file.

## If things go wrong

- If Kerry shows any of the early warning signs in her relapse plan (sleeping less than four hours, spending sprees, talking very fast, going out at night) or misses a lithium test, Craig or Morag will ring Neil Fraser the same day, and Morag will move into the house, or take the children to hers, until the CMHT have seen Kerry. Kerry will not be left alone with the children until then.
- If Kerry takes the children out at night, or they are harmed or left without a well adult, the police and Ruth (or the out-of-hours social work service) will be called and Ruth will arrange an inter-agency referral discussion (IRD) the same day.
- If Morag is ill or away, or cannot do any of the things this plan asks of her, Craig will not take overnight work that week. If he cannot change his shifts, Craig's sister Lorna McAllister in Inchkeld will have the children; if neither of them can, Ruth will arrange an emergency foster placement that day.
- If Kerry has a relapse that needs hospital care, or the children are left without a well adult twice before the review CPPM, Ruth will ask for a legal planning meeting with Innerbrae Council's legal services within 5 working days and consider a referral to the Children's Reporter.

## Meetings

- Core group every three weeks at Inchkeld Primary, 3.30pm: Wednesday 5 March, 26 March and 16 April 2025.
- Review Child Protection Planning Meeting: Wednesday 7 May 2025, 10am, Innerbrae Council Offices, Ivanhoe Street.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Letter to a parent after conference setting out the plan: goals in
#    ordinary words, actions as bullets addressed to "you", no contingency (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b76_inchmere_letter_to_mum_after_conference_dawson.txt",
    "split": "heldout",
    "actions": 9,
    "template": "letter-to-parent-txt-address-block-why-views-our-goals-bullets-then-what-will-happen-bullets-addressed-to-you-no-contingency",
    "description": (
        "Letter from the social worker to a mother after the initial conference for a 4-year-old and a "
        "7-month-old (mother's drinking and low mood), setting out the plan in plain words: 'Our goals "
        "for Leo and Ivy' and 'What will happen' bullets addressed to 'you' and 'I'. The grandmother "
        "carries two actions but the letter has no contingency at all (C001, C003) and no legal step "
        "(R002). The mother's GP and the alcohol service are only places she will go (F004). Faults: "
        "a grandmother's bedtime help with no measure (M001), 'go to your GP' with no timescale or "
        "measure (T001, M001), 'when you feel ready' with no measure (T002, M001), 'keep an eye on' "
        "(M002), 'Everyone in the family' (W002), and a goal only about the mother (F002). 'Weigh her "
        "every two weeks until she is one' and 'each morning' are real timescales and measures."
    ),
    "text": """\
INCHMERE COUNTY COUNCIL
Children's Services - Inchmere Safeguarding Team North
Isbourne House, 4 Ivel Street, Inchmere IN3 7QA
Telephone 01632 960418

Ms Shannon Dawson
Flat 3, Iona House
Imber Road
Inchmere IN4 2DX

7 March 2025
Our ref: GR/DAW/0325

Dear Shannon,

Leo and Ivy's child protection plan

Thank you for coming to the child protection conference on Tuesday 4 March.
I know it was a hard morning. As I said at the end, I am Leo and Ivy's social
worker and I am writing to set out the plan in plain words, so that you have
it in one place. A copy of the full conference minutes will follow from the
chair.

Why there is a plan

On 15 February the police found you asleep and drunk on the sofa at 4pm, with
Ivy crying in her pram and Leo, who is 4, trying to give her a bottle of
squash. You told the conference you have been drinking most of a bottle of
vodka most evenings since Christmas, and that you have felt very low since
Ivy was born. Your mum, Carol, has been helping most days. The conference
agreed that Leo and Ivy need a child protection plan under the category of
neglect.

What Leo and Ivy have told and shown us

Leo told me at nursery: "Mummy sleeps on the sofa a lot and I get Ivy's
dummy." He said he likes it when Nana Carol does bath time "with the
bubbles", and that he wants to go to the park with you on Saturdays again.
Ivy is 7 months old. When I visited she was smiley and babbling, and she
stretched her arms up to Carol as soon as Carol came into the room. Her
nappy was very wet on both of my visits.

Our goals for Leo and Ivy

These are the things the conference agreed need to be different:

  - Leo and Ivy are looked after by a sober adult every day and every night.
  - Ivy is fed and changed on time and keeps putting on weight.
  - Leo gets to nursery every morning and does not have to look after his
    sister.
  - You cut down your drinking and feel better in yourself.

What will happen

  - I will visit you, Leo and Ivy at home every week, and at least one
    visit in three will be unannounced; I will write down what Leo tells me
    and what I see of Ivy.
  - Your mum, Carol, will have Leo and Ivy to stay at her house every Friday
    and Saturday night and will write in the diary how they were.
  - Carol will also come round each weekday at 6pm to help with Ivy's bath
    and bedtime.
  - You will go to your GP about your low mood and ask about a referral to
    Inchmere Talking Therapies.
  - You will contact the Inchmere Alcohol Service (Horizons) when you feel
    ready.
  - Anita Shah, your health visitor, will see Ivy at home and weigh her
    every two weeks until she is one, and plot her weight in her red book.
  - Leo's nursery will keep an eye on how he is each morning.
  - You will go to the Triple P parenting group at Inchmere Family Centre on
    Wednesday mornings for 8 weeks from 19 March, and the group leader will
    send me your attendance each week.
  - Everyone in the family will tell me the same day if Leo or Ivy is left
    with anyone who has been drinking, and each call will go on the
    children's file.

Meetings

The first core group meeting is on Tuesday 18 March at 10am at Inchmere
Family Centre, and after that the core group will meet every four weeks. The
review child protection conference is on Thursday 29 May 2025 at 10am at
Isbourne House. You are welcome to bring Carol or a friend to any of these.

If anything in this letter is wrong, or you have questions about the plan,
please ring me on 01632 960418 or speak to me at my next visit.

Yours sincerely,

Gemma Rowe
Social Worker, Inchmere Safeguarding Team North

cc  Anita Shah, health visitor
    Little Imps Nursery
    Dr Samir Farooq, Ivel Street Surgery
    Conference chair
""",
    "findings": [
        F("F002", "You cut down your drinking and feel better in yourself."),
        F("M001", "Carol will also come round each weekday at 6pm"),
        F("T001", "You will go to your GP about your low mood"),
        F("M001", "You will go to your GP about your low mood"),
        F("T002", "You will contact the Inchmere Alcohol Service (Horizons)"),
        F("M001", "You will contact the Inchmere Alcohol Service (Horizons)"),
        F("M002", "Leo's nursery will keep an eye on how he is"),
        F("W002", "Everyone in the family will tell me the same day"),
        F("C001"),
        F("C003"),
        F("R002"),
        F("F004"),
    ],
})


# ---------------------------------------------------------------------------
# 6. "What we want for Ellie" first column merged down over each outcome's
#    three actions; measures in plain words; paged landscape PDF (exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b76_ickerwell_what_we_want_for_ellie_merged_kavanagh.pdf",
    "doc_title": "Child Protection Plan - Ellie Kavanagh",
    "split": "heldout",
    "actions": 9,
    "template": "icpc-baby-plan-paged-landscape-what-we-want-for-child-first-column-merged-down-three-rows-each-then-what-will-happen-who-when-what-we-will-see",
    "description": (
        "Initial conference plan for a 5-week-old (mother's postnatal depression, weight faltering, one "
        "unsafe sleep). The table's first column, 'What we want for Ellie', holds three outcomes in plain "
        "words, each merged down over its three actions (three real Word vertical merges before "
        "conversion). Measures are written as what will be seen ('Ellie seen by the HV at home and "
        "weighed', 'Lorraine initials each night feed on the chart'), timescales as routines, ages and "
        "ranges ('every feed', 'until Ellie is 12 weeks old', 'between 19/03 and 02/04/2025'). The "
        "perinatal team reports on capacity to change, the grandmother's nights have a fallback, core "
        "group dates, review conference and a legal planning meeting are set. Header and page footer. "
        "Exemplary."
    ),
    "header": "OFFICIAL-SENSITIVE · Ickerwell District Council · Children's Services",
    "footer": "Child protection plan – Ellie Kavanagh – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "landscape": True,
    "check_vmerge": 3,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("kv", [
            ("Child", "Ellie Kavanagh, born 05/02/2025 (5 weeks old at conference)"),
            ("Mum", "Rosie Kavanagh (19)"),
            ("Dad", "Jordan Pike (23). Rosie and Jordan live together at 8 Ibis Court, Ickerwell, and both "
                    "have parental responsibility."),
            ("Maternal grandmother", "Lorraine Kavanagh (46), 19 Isham Road, Ickerwell"),
            ("Conference", "Initial child protection conference, Monday 10/03/2025, Ickerwell Family Hub"),
            ("Category", "Neglect"),
            ("Social worker", "Callum Reid, Ickerwell Family Safeguarding Team"),
            ("Chair", "Denise Hollins"),
        ]),
        ("h1", "Why Ellie has a plan"),
        ("p", "Rosie was in care from the age of 11 to 18 and has had depression since she was 15. Since Ellie "
              "was born she has been very low and has told the health visitor that some days she \"can't face "
              "picking her up\". At the 4-week check Ellie had dropped from the 50th to the 9th centile, and "
              "her feeding chart had gaps of up to seven hours overnight. Jordan works long shifts at a "
              "distribution centre and has been sleeping through the night feeds. On 3 March the HV found "
              "Ellie asleep on the sofa between two cushions. Rosie's GP increased her sertraline on 28 "
              "February and referred her to the Ickerwell Perinatal Mental Health Team, who first saw her on "
              "6 March."),
        ("h1", "Ellie's day"),
        ("p", "Ellie cannot tell us what she feels, so this is what the HV, the SW and Lorraine have seen. She "
              "is a hungry baby who roots and cries hard when a feed is late and settles quickly once she is "
              "fed. She holds eye contact with Jordan and Lorraine and has started to smile at them. With Rosie "
              "she is quieter: on two visits Rosie fed her with the bottle propped on a cushion while looking "
              "at her phone, but on 6 March Rosie sang to her in the bath and Ellie watched her face the whole "
              "time. Apart from 3 March she has slept in her Moses basket in her parents' room."),
        ("h1", "What is going well"),
        ("bullets", [
            "Rosie and Jordan came to conference together and said they want help.",
            "Since Lorraine started staying over on 4 March there has been no gap of more than four hours "
            "between feeds on the chart.",
            "Rosie has kept every appointment with her GP and the perinatal team.",
        ]),
        ("h1", "Ellie's plan"),
        ("table", {
            "header": ["What we want for Ellie", "What will happen", "Who", "When", "What we will see"],
            "widths": [4.8, 6.7, 4.2, 4.6, 5.4],
            "rows": [
                ["Ellie is fed on time, day and night, and keeps growing along her centile.",
                 "Weigh Ellie at home and go through her feeding chart with Rosie and Jordan",
                 "HV Sarah Quinn",
                 "Weekly until Ellie is 12 weeks old, then every two weeks until the review conference",
                 "Ellie seen by the HV at home and weighed; weight plotted in her red book and back on or above "
                 "the 25th centile by the review conference"],
                [V,
                 "Write every feed on the chart on the fridge: the time, the amount and who gave it",
                 "Rosie Kavanagh and Jordan Pike",
                 "Every feed",
                 "Chart looked at and signed by the HV and the SW at each visit"],
                [V,
                 "Stay overnight at Ibis Court and give, or help Rosie with, the 2am feed",
                 "Lorraine Kavanagh (maternal grandmother)",
                 "Sunday to Thursday nights until Ellie is 12 weeks old",
                 "Lorraine initials each night feed on the chart"],
                ["Ellie is looked after by a mum who is well enough to notice her cues and answer them, and "
                 "who gets help straight away if her mood drops.",
                 "See Rosie at home and write a report for each core group on how her mood is affecting her "
                 "care of Ellie, whether she is making the changes needed and how long that is likely to take",
                 "Dr Hannah Blake, Ickerwell Perinatal Mental Health Team",
                 "Fortnightly; first report before the core group on 31/03/2025",
                 "Written report, with Rosie's EPDS scores, sent to the SW before each core group"],
                [V,
                 "Review Rosie's sertraline dose and side effects, and write to the SW and HV about how her "
                 "mood is affecting her care of Ellie",
                 "Dr Tom Idowu, GP, Ickerwell Green Surgery",
                 "Within 2 weeks of conference (by 24/03/2025)",
                 "GP letter on Ellie's file"],
                [V,
                 "Video interaction guidance with Rosie and Ellie, looking at how Rosie reads and answers "
                 "Ellie's cues",
                 "Priya Lal, practitioner, Ickerwell Family Hub",
                 "Weekly for 6 weeks from w/c 17/03/2025",
                 "Short written summary after each session sent to the SW; Rosie picks clips to show at the "
                 "core group"],
                ["Ellie sleeps safely, on her back in her own basket, and is seen by someone outside the "
                 "family every week.",
                 "See Ellie awake at home, look at where she sleeps, and talk with Rosie and Jordan on their own",
                 "SW Callum Reid",
                 "Weekly, at least one visit in three unannounced, until the review conference",
                 "Visit records say where Ellie was sleeping and what was seen of her care"],
                [V,
                 "Safe sleep talk with Rosie, Jordan and Lorraine using the Ickerwell safe sleep checklist",
                 "HV Sarah Quinn",
                 "At the next home visit (by 21/03/2025)",
                 "Checklist signed by all three and scanned onto the HV record"],
                [V,
                 "Ellie's 6–8 week check and first immunisations",
                 "Dr Tom Idowu, GP",
                 "When Ellie is 6 to 8 weeks old (between 19/03 and 02/04/2025)",
                 "Check and vaccines recorded in the red book and on the GP record"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Ellie misses a feed by more than two hours, is found asleep on a sofa or in an adult bed, or "
              "her weight falls below the 9th centile, whoever finds it will ring the SW (or the emergency duty "
              "team out of hours) and the SW will hold a strategy discussion the same day. Ellie will stay "
              "with Lorraine at Isham Road until that discussion has agreed what happens next."),
        ("p", "If Rosie tells anyone she has thoughts of harming herself or Ellie, or her EPDS score is 20 or "
              "more, the perinatal team will see her that day, and Ellie will be cared for by Jordan or "
              "Lorraine and not left alone with Rosie until the perinatal team say it is safe."),
        ("p", "If Lorraine cannot stay overnight (if she is ill, or her shifts change), Jordan will take the "
              "two weeks' leave his employer has agreed and do the night feeds. If neither of them can, Rosie "
              "and Ellie will move to a parent and baby foster placement, which the SW has already identified, "
              "the same day."),
        ("p", "If Ellie's weight is not back on the 25th centile by the core group on 21/04/2025, or Rosie stops "
              "seeing the perinatal team, the SW will request a legal planning meeting within 5 working days."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every 3 weeks at Ickerwell Family Hub, 1.30pm: Monday 31/03/2025, Monday 21/04/2025 "
            "and Monday 12/05/2025.",
            "Review child protection conference: Monday 02/06/2025, 10am, Ickerwell District Council Offices, "
            "Ivory Street.",
        ]),
        ("p", "Plan written by Callum Reid (SW), agreed with the chair on 11/03/2025 and sent to Rosie, Jordan, "
              "Lorraine and every agency named above."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. Review conference plan built around the mother's needs: "What needs to
#    be different" bullets, then "What will happen" bullets by person; the
#    teenager's own cannabis use and children's services beside the mother's
#    unowned health problems (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b76_imberwick_rcpc_what_needs_to_be_different_fenton.docx",
    "doc_title": "Review Child Protection Conference - Plan - Kayla and Reece Fenton",
    "split": "heldout",
    "actions": 11,
    "template": "rcpc-plan-docx-kv-details-what-needs-to-be-different-bullets-then-what-will-happen-bullets-under-bold-person-headings",
    "description": (
        "First review conference plan for a 14-year-old (her own self-harm, cannabis and drinking) and a "
        "10-year-old whose mother has depression and chronic back pain and takes more codeine than "
        "prescribed. Six of the eleven actions are about the mother's own pain, mood, money and housing "
        "with no link to the children (F001), and no adult service owns an action: the GP is somewhere "
        "she goes, the pain programme referral is passive, and the only services with actions are CAMHS "
        "and the young people's drug and alcohol service, both for the teenager (F004). Neither child's "
        "views are recorded (F003). The aunt carries two actions but the contingency does not cover her "
        "(C003). Faults: CAMHS 'will monitor her risk' and 'improvement in her finances' (M002 x2), "
        "'when she is able' (T002), two actions with no timescale (T001 x2, one also M001), a passive "
        "referral (W001), and an outcome only about the mother (F002). 'The school attendance register "
        "is checked each Friday' is an observable measure; 'every school morning', 'until the summer "
        "holidays' and 'before her PIP reassessment on 28 April' are real timescales."
    ),
    "blocks": [
        ("title", "Review Child Protection Conference – Plan"),
        ("p", "Imberwick Borough Council · Children and Families · Child Protection Team 2"),
        ("kv", [
            ("Children", "Kayla Fenton (14), Year 9, Imberwick High School; Reece Fenton (10), Year 5, "
                         "Ivanhoe Junior School"),
            ("Mother", "Debbie Fenton (41), 27 Ilex Gardens, Imberwick"),
            ("Father", "Not in contact with the family since 2019"),
            ("Aunt", "Lisa Fenton (38), Debbie's sister, 4 Ingle Walk, Imberwick"),
            ("Conference", "First review child protection conference, Monday 10/03/2025, Imberwick Civic "
                           "Centre"),
            ("Initial conference", "09/12/2024 (category: neglect)"),
            ("Social worker", "Martin Oyelaran"),
            ("Chair", "Sandra Whitfield"),
        ]),
        ("h1", "Why the plan continues"),
        ("p", "Debbie has depression and chronic back pain after a fall at work in 2022. Her GP prescribes "
              "codeine, and she told the conference she has been taking more than the prescribed dose \"on bad "
              "days\" and has run out early twice since Christmas. She is often in bed until the afternoon. "
              "Rent and council tax arrears have built up since her sick pay stopped."),
        ("p", "Kayla has cut her arms twice since January, once needing stitches at Imberwick General "
              "Hospital, and is open to CAMHS. In February school found cannabis and a half-bottle of vodka in "
              "her bag, and she has been excluded for two days. Kayla's attendance this term is 71% and "
              "Reece's is 86%; Reece has been late on 11 mornings. Debbie's father, who died in 2010, was a "
              "heavy drinker, and Debbie has always said she would never let alcohol into the house."),
        ("p", "Neither child came to the conference and their views were not available."),
        ("h1", "What needs to be different"),
        ("bullets", [
            "Kayla is in school every day and is not using cannabis or alcohol.",
            "Kayla stops cutting herself and knows who to go to when things get too much.",
            "Reece has a hot meal every evening and gets to school on time.",
            "Debbie's pain is better managed and her mood improves.",
        ]),
        ("h1", "What will happen"),
        ("boldp", "For Kayla"),
        ("bullets", [
            "Ms Joanne Ince, Kayla's head of year, will check Kayla's attendance every school morning and ring "
            "Debbie by 10am if she is not in; the school attendance register is checked each Friday and sent "
            "to Martin.",
            "Ignite, the Imberwick young people's drug and alcohol service, will see Kayla at school once a "
            "week from 17 March about her cannabis and drinking, and send Martin a short note after each "
            "session.",
            "Leah Bright, Kayla's CAMHS practitioner, will keep seeing Kayla every two weeks about her "
            "self-harm and will monitor her risk.",
        ]),
        ("boldp", "For Reece"),
        ("bullets", [
            "Lisa will collect Reece from school on Mondays, Wednesdays and Fridays until the summer holidays "
            "and give him his tea at her house, marking each day on the family calendar.",
            "Lisa will have Reece and Kayla at her house on a Saturday night when she is able, so Debbie gets "
            "a break, and will fill in the weekend sheet Martin reads at each visit.",
        ]),
        ("boldp", "For Debbie"),
        ("bullets", [
            "Debbie will go back to her GP about her pain relief and her codeine, and show Martin her new "
            "prescription.",
            "A referral will be made for Debbie to the Imberwick Pain Management Programme by 31 March, and "
            "the programme's letter offering her a place will go on file.",
            "Debbie will have a benefits check with Imberwick Citizens Advice before her PIP reassessment on "
            "28 April and bring the advice letter to the next core group.",
            "Tariq Aziz, family support worker, will support Debbie with her rent and council tax arrears "
            "every fortnight; improvement in her finances will show it is working.",
            "Debbie will look into counselling for her low mood.",
            "Martin (SW) will help Debbie apply to Imberwick Homes for a ground-floor flat by 30 April, and a "
            "copy of the application will go on file.",
        ]),
        ("h1", "Contingency"),
        ("p", "If Kayla self-harms and needs hospital treatment, is found drunk or under the influence of "
              "cannabis, or goes missing overnight, Debbie will ring the police or 111 straight away and "
              "Martin (or the emergency duty team out of hours) will hold a strategy discussion the same day. "
              "If this happens twice before the next review, Martin will request a legal planning meeting "
              "within 5 working days."),
        ("h1", "Core group and next review"),
        ("p", "Core group every 4 weeks at Imberwick High School, 3.30pm: Monday 24/03/2025, Monday 22/04/2025 "
              "and Tuesday 20/05/2025. Next review child protection conference: Monday 16/06/2025, 1.30pm, "
              "Imberwick Civic Centre."),
        ("p", "Plan typed by Martin Oyelaran (SW) on 11/03/2025 and sent to Debbie, Lisa and every agency "
              "named above."),
    ],
    "findings": [
        F("F001"),
        F("F002", "Debbie's pain is better managed and her mood improves."),
        F("F003"),
        F("F004"),
        F("C003"),
        F("M002", "will keep seeing Kayla every two weeks about her"),
        F("T002", "have Reece and Kayla at her house on a Saturday night"),
        F("T001", "Debbie will go back to her GP about her pain relief"),
        F("W001", "A referral will be made for Debbie to the Imberwick"),
        F("M002", "will support Debbie with her rent and council tax arrears"),
        F("T001", "Debbie will look into counselling for her low mood."),
        F("M001", "Debbie will look into counselling for her low mood."),
    ],
})
