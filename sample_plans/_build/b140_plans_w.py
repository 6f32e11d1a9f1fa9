"""Batch 140, module w: seven fictional plans (held-out material), places beginning with "w".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: how good practitioners write MEASURES and TIMESCALES in ordinary
words and in unusual places. Measures are evidence someone gathers or sees
("Evidence:", "Shown by:", "What the school will see", "We'll know it's
working when ...", "checked at every core group", "as recorded in", the HV
weighing and plotting, register percentages, negative hair-strand and urine
results, an unannounced visit finding the home as agreed, a scaling score
the worker writes down), some inside the action's sentence, some in a column
with an unusual header, some on a line under a bullet. Timescales are events,
terms and periods ("by 36 weeks' gestation", "before baby is born", "on the
day of discharge", "within 5 working days of this conference", "each Tuesday
after school", "by the October half term", "fortnightly, starting w/c 9
March", "for the next 12 weeks, then reviewed", "the first Monday of each
month", "Start / end" cells), sometimes in the owner's cell or the action's
own sentence. Owners are initials from a key, "the HV", "Gran (maternal)",
"Mum and SW jointly" or a service with a worker's name.

Five plans are exemplary: a pre-birth Word plan with outcomes merged down a
"By" / "Evidence" table (docx); core group minutes with an initials key and
an action log whose last column is "Checked at / by" (pdf); a child in need
plan stepped up at an initial conference, with "Start / end" and "What we'll
see" columns (pdf); a review plan in Markdown with owner-first bullets and an
evidence line under each (md); and an initial conference plan printed from a
case system as "ACTION n OF 11" blocks (txt). Two carry a realistic mix of
faults among mostly good rows: a review plan in a two-column Action | Detail
Word table (docx) and an initial conference plan in a Markdown table with a
"What will tell us it's working" column (md).

Counting convention used for "actions" (convention 1): every row of an
action table, every bullet of an action section and every "ACTION n OF m"
block is one action; the contingency, the meeting dates and the outcomes are
not actions; a one-off action marked closed in an action log is not counted
(one such row in the core group minutes).
"""
from build_batch5 import F, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Pre-birth initial conference plan: mother abstinent from alcohol since
#    early pregnancy, father smoking cannabis, grandmother to stay after the
#    birth. Landscape Word table with the outcome merged down, a "By" column
#    written in weeks of pregnancy and events, and an "Evidence" column.
#    Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b140_wendlecroft_prebirth_by_gestation_evidence_okafor.docx",
    "doc_title": "Pre-birth Child Protection Plan - Baby of Grace Okafor",
    "split": "heldout",
    "actions": 12,
    "landscape": True,
    "check_vmerge": 4,
    "template": "prebirth-icpc-word-plan-landscape-details-list-worries-going-well-babys-world-parents-views-then-outcome-merged-down-what-will-happen-who-by-evidence-table-by-in-weeks-gestation-and-events-contingency-bullets-core-group-review",
    "description": (
        "Exemplary pre-birth plan made at 26 weeks' gestation. The mother drank heavily for years "
        "and has been abstinent since early pregnancy; the father smokes cannabis. A landscape Word "
        "table with each outcome for the baby merged down its rows and a 'By' column written as "
        "events and stages ('by 34 weeks' gestation', 'before baby is born', 'from the day of "
        "discharge for the first 4 weeks, then reviewed at the core group', 'within 2 days of "
        "discharge, then weekly until baby is 8 weeks old'); the 'Evidence' column names what "
        "will be seen (PEth and hair-strand results, the HV weighing and plotting, the SW's "
        "unannounced visits finding the grandmother there). The drug and alcohol service reports "
        "on change, the grandmother's nights have a fallback, legal planning follows named "
        "triggers, core group and review dates are set."
    ),
    "blocks": [
        ("title", "Pre-birth Child Protection Plan"),
        ("p", "Wendlecroft City Council – Children's Social Care – Pre-birth and Infant Team"),
        ("kv", [
            ("Unborn baby", "Baby Okafor-Hebden, expected 09/06/2026; 26 weeks' gestation at conference"),
            ("Mother", "Grace Okafor (24), Flat 3, 18 Sorrel Street, Wendlecroft WC4 2RT"),
            ("Father", "Ryan Hebden (27), lives with Grace"),
            ("Maternal grandmother", "Joy Okafor, 61 Hazel Road, Wendlecroft (a ten-minute bus ride)"),
            ("Paternal aunt", "Kelly Hebden, 9 Furnace Close, Wendlecroft"),
            ("Category", "Neglect (likely significant harm)"),
            ("Conference", "Initial pre-birth child protection conference, 10/03/2026. Chair: Simon Ashe (IRO)"),
            ("Social worker", "Emma Castle (team manager: Dawn Pryce)"),
        ]),
        ("h1", "Why we are worried"),
        ("p", "Grace drank heavily from the age of 17 and was admitted to Wendlecroft General Hospital twice in "
              "2023 with alcohol poisoning. She stopped drinking in November 2025, when she found out she was "
              "pregnant, and started at Wendlecroft Recovery Hub in December. Ryan smokes cannabis most evenings "
              "and says he has cut down to weekends. In October 2025 the police were called to the flat after "
              "neighbours heard shouting; both Grace and Ryan had been drinking. Neither of them has cared for a "
              "baby before."),
        ("h1", "What is going well"),
        ("bullets", [
            "Grace's PEth blood tests in January and February 2026 were consistent with her not drinking.",
            "Grace has been to every antenatal appointment, and Ryan has been to three of them.",
            "Joy has offered to stay at the flat at night for the first weeks after baby comes home.",
            "There have been no police call-outs since October 2025.",
        ]),
        ("h1", "Baby's world"),
        ("p", "At the 20-week scan on 27/01/2026 baby was growing well, and the midwife heard a strong heartbeat "
              "at 24 weeks. Grace says baby kicks hardest in the evening when Ryan talks to her bump, and she has "
              "started reading to the bump at bedtime. Baby will come home to a one-bedroom flat on the second "
              "floor; a Moses basket has been bought and there is room for it beside Grace's bed. Baby will need "
              "feeding every two to three hours, a sober adult awake for night feeds, and parents who notice "
              "when baby is hungry, cold or upset."),
        ("h1", "What Grace and Ryan say"),
        ("p", "Grace: “I know why you're worried. I haven't had a drink since November and I want this baby to "
              "have what I didn't.” Ryan: “I'll stop the weed before the baby's here. I'll do the tests.” Both "
              "agree to Joy staying and to the plan below."),
        ("h1", "The plan"),
        ("p", "Each outcome in the first column is what we want for baby, and covers the actions beside it. "
              "'By' gives a date, a stage of the pregnancy or baby's age. 'Evidence' is what the core group will "
              "look at to know the action has worked."),
        ("table", {
            "header": ["What we want for baby", "What will happen", "Who", "By", "Evidence"],
            "widths": [4.2, 7.0, 4.0, 4.5, 6.0],
            "rows": [
                ["Baby comes home to parents who are sober and free of drugs, every day and every night",
                 "Key-work with Grace every fortnight and a PEth blood test each month, with a written report to "
                 "each core group on whether she is staying alcohol-free and how likely she is to keep this up "
                 "once baby is here",
                 "Nadia Petrov, recovery worker, Wendlecroft Recovery Hub (adult drug and alcohol service)",
                 "Fortnightly from 16/03/2026; report two working days before every core group",
                 "PEth results consistent with abstinence, as recorded in Nadia's reports; Nadia's view of the "
                 "likely timescale written in each report"],
                [V,
                 "Key-work with Ryan every Thursday about his cannabis use, and a report to each core group on "
                 "whether he has stopped",
                 "Sam Adeyemi, recovery worker, Wendlecroft Recovery Hub",
                 "Every Thursday from 19/03/2026 until baby is 12 weeks old",
                 "Sam's written report on file before each core group, with Ryan's attendance and test results"],
                [V,
                 "Give a hair sample for a hair-strand test for cannabis",
                 "Ryan Hebden (Dad); sample taken by Sam Adeyemi",
                 "First sample by 31/03/2026; second at 34 weeks' gestation",
                 "Negative hair-strand results for the three months before each sample, sent to the SW by the "
                 "testing laboratory"],
                [V,
                 "Keep the flat free of alcohol and cannabis, before and after the birth",
                 "Grace and Ryan",
                 "From 10/03/2026 (today) until the review conference",
                 "Nothing seen or smelt at the SW's unannounced visits (one a month), written on each visit "
                 "record"],
                ["Baby is fed, kept warm and sleeps safely from the day of birth, and gains weight",
                 "Antenatal care, and a birth plan that says who may visit on the ward and how baby will be "
                 "discharged",
                 "Jo Varley, specialist safeguarding midwife, Wendlecroft General Hospital",
                 "At every antenatal appointment; birth plan by 36 weeks' gestation",
                 "Birth plan on the maternity record and sent to the SW; antenatal attendance shown in Jo's note "
                 "to each core group"],
                [V,
                 "Antenatal home visit to talk about feeding, safe sleep and coping with a crying baby, and to "
                 "see where baby will sleep",
                 "Priya Nandra, HV",
                 "By 34 weeks' gestation",
                 "The HV sees the Moses basket set up in Grace's bedroom with nothing in it, and writes it on the "
                 "visit record"],
                [V,
                 "Hold a discharge planning meeting with the maternity ward, Grace, Ryan and Joy",
                 "Emma Castle, SW",
                 "Before baby is born (by 36 weeks' gestation)",
                 "Written discharge plan shared with the ward, the HV and every core group member"],
                [V,
                 "Visit at home after the birth, weigh baby and plot the weight in the red book",
                 "The HV (Priya Nandra)",
                 "Within 2 days of discharge, then weekly until baby is 8 weeks old",
                 "Weight plotted at each visit; baby back to birth weight by 14 days old and following the "
                 "centile after that"],
                ["Baby always has a sober adult with them, and at night has an adult awake for feeds in the "
                 "first weeks at home",
                 "Stay at the flat every night to help with night feeds and be the sober adult in the home",
                 "Joy Okafor (Gran, maternal)",
                 "From the day of discharge for the first 4 weeks, then reviewed at the core group",
                 "The SW's unannounced evening visits find Joy at the flat as agreed; night feeds written on the "
                 "feeding chart in Joy's hand"],
                [V,
                 "Hold a family network meeting to agree who steps in if Joy cannot stay, or if Grace or Ryan "
                 "drink or use",
                 "Emma Castle, SW",
                 "Within 15 working days of this conference",
                 "Written family network plan, signed by everyone who came, sent to each core group member"],
                ["Baby is held, talked to and settled by parents who notice and answer baby's cues",
                 "Go to the six-week Getting Ready for Baby group at Wendlecroft Family Hub",
                 "Grace and Ryan",
                 "Tuesday mornings, six sessions from 17/03/2026, finishing before baby is born",
                 "Group register shows 5 of 6 sessions for each parent; the group leader's end-of-course letter to "
                 "the SW"],
                [V,
                 "See Grace and Ryan at home before the birth, and baby at home after it, and record how they "
                 "hold, feed and talk to baby",
                 "Emma Castle, SW",
                 "Fortnightly until baby is born; weekly from the day of discharge until the review conference",
                 "Visit records describing how baby was held, fed and settled, and Grace's score out of 10 for how "
                 "ready she feels, written down by the SW at each visit"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Grace drinks (a PEth result above the abstinence cut-off, or she is seen drunk) or Ryan smokes "
            "cannabis in the flat before baby is born: Emma holds a strategy discussion within 2 working days and "
            "the birth plan is changed so that baby is not discharged to the flat unless Joy is living there.",
            "If Grace or Ryan is drunk or under the influence while caring for baby after the birth: whoever sees "
            "it rings the police if baby is in danger, and Emma the same day; baby goes to Joy's home at 61 Hazel "
            "Road that day and a strategy discussion is held the same day.",
            "If Joy cannot stay at the flat (she is ill, away or cannot manage): Kelly Hebden stays instead; if "
            "neither of them can, Emma arranges a parent and baby foster placement for Grace and baby the same "
            "day.",
            "If by 34 weeks' gestation Grace or Ryan has had a positive test, or either has missed two key-work "
            "sessions in a row, Emma will ask Dawn Pryce for a legal planning meeting within five working days to "
            "decide whether to start PLO pre-proceedings before the birth.",
        ]),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group within 10 working days, on 24/03/2026, then every four weeks at 2pm at Wendlecroft "
            "Family Hub: 21/04/2026 and 19/05/2026. After the birth a core group meets within 10 working days "
            "of discharge.",
            "Review child protection conference: 02/06/2026, 10am, Wendlecroft Civic Centre.",
        ]),
        ("p", "Copies to Grace, Ryan, Joy and everyone named in the plan."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. First review conference plan, mother with depression and anxiety, three
#    children, grandfather doing school and nursery runs. Goal headings over
#    two-column Action | Detail tables; the Detail cell gives who, when and
#    the evidence in prose. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b140_wrackleford_rcpc_action_detail_two_column_dunwoody.docx",
    "doc_title": "Review Child Protection Plan - Kayla, Mason and Ruby Dunwoody",
    "split": "heldout",
    "actions": 12,
    "template": "rcpc-word-plan-details-list-what-has-changed-childrens-words-outcomes-then-so-that-goal-headings-each-over-two-column-action-detail-table-who-when-evidence-in-prose-contingency-meetings",
    "description": (
        "First review conference plan for a 13-year-old, a 9-year-old and a 4-year-old whose mother "
        "has depression and anxiety. Goal headings sit over two-column Action | Detail tables, the "
        "Detail cell saying who, when ('Monday to Friday in term time', 'before the summer half "
        "term') and the evidence ('Shown by', 'What the nursery will see', 'We'll know it's working "
        "when'). Most rows are sound. Faults: the grandfather collects the 4-year-old only 'as "
        "required'; the family support worker's routine work is measured only by 'Progress to be "
        "discussed at the next core group'; the young carers referral is 'when possible'; 'The "
        "family' make sure the eldest is not left in charge; the care coordinator only supports the "
        "mother and is measured by her engagement; one outcome is about the mother only; and the "
        "second review conference date is to be confirmed."
    ),
    "blocks": [
        ("title", "Review Child Protection Plan"),
        ("p", "Wrackleford Borough Council – Children's Services – Family Safeguarding Team East"),
        ("kv", [
            ("Children", "Kayla Dunwoody (13), DOB 02/02/2013; Mason Dunwoody (9), DOB 14/07/2016; "
                         "Ruby Dunwoody (4), DOB 30/10/2021"),
            ("Address", "9 Tanner's Row, Wrackleford WK3 8PL"),
            ("Mother", "Shannon Dunwoody (33)"),
            ("Maternal grandfather", "Alan Dunwoody (61), 40 Kestrel Drive, Wrackleford"),
            ("Category", "Neglect"),
            ("Conferences", "Initial 13/01/2026; first review 14/04/2026. Chair: Beverley Osei (IRO)"),
            ("Social worker", "Liam Roper (team manager: Anita Sharma)"),
        ]),
        ("h1", "What has changed since January"),
        ("p", "At the initial conference Shannon, who has depression and anxiety, was rarely leaving the house. "
              "Ruby had been to nursery for 11 of 40 sessions in the autumn, Mason had had head lice for months, "
              "and Kayla was doing most of the cooking and getting her brother and sister to school. Since then "
              "Shannon has been taken on by the Wrackleford Community Mental Health Team and her GP has changed "
              "her medication. Alan has taken Mason and Ruby to school and nursery every weekday since February, "
              "and Ruby's nursery attendance in March was 82%. Kayla says she still makes tea most nights."),
        ("h1", "What Kayla, Mason and Ruby have told us"),
        ("p", "Kayla (seen on her own at school, 01/04/2026): “It's better than it was. Mum gets up most days now. "
              "I still do tea because she says she's too tired by then. I'd like to go to drama on Thursdays but I "
              "can't because of Ruby.” She gave home 5 out of 10, up from 2 in January."),
        ("p", "Mason (seen on his own at home, 07/04/2026): “Grandad takes me to school in his van and we listen "
              "to the football. Mum's nicer now.” He gave home 6 out of 10, up from 3."),
        ("p", "Ruby (seen at nursery by the SW, 02/04/2026) ran in, hung up her coat and ate all her snack. Staff "
              "say she sometimes arrives hungry on Mondays and asks for toast."),
        ("h1", "What we want for the children"),
        ("bullets", [
            "Kayla, Mason and Ruby live in a clean home and have regular meals and clean clothes every day.",
            "Ruby goes to every nursery session she is booked for, and Mason and Kayla get to school on time.",
            "Kayla does not look after her brother and sister, and has time for her own friends and clubs.",
            "Shannon feels more confident and her mood has lifted.",
        ]),
        ("h1", "The plan"),
        ("p", "The left-hand column says what will happen. The right-hand column says who will do it, when, and "
              "how we will know it is working."),
        ("h2", "So that Kayla, Mason and Ruby are fed, clean and at school and nursery every day"),
        ("table", {
            "header": ["Action", "Detail"],
            "widths": [6.5, 10.5],
            "rows": [
                ["See Kayla, Mason and Ruby at home, and each of the older two on their own",
                 "Liam Roper (SW), every ten working days until the second review, with at least one visit a "
                 "month after 5pm so that he sees tea time. Evidence: visit records noting what was in the "
                 "fridge, how the children looked and each child's own words and score out of 10."],
                ["Take Mason to school and Ruby to nursery on weekday mornings",
                 "Alan Dunwoody (Grandad, maternal), Monday to Friday in term time. Shown by: the school and "
                 "nursery registers, sent to Liam by each office every Friday; Ruby's attendance at 90% or more "
                 "and Mason late no more than once a half term."],
                ["Collect Ruby from nursery when Shannon cannot",
                 "Alan Dunwoody (Grandad, maternal), as required. Shown by: the nursery's signing-out book, "
                 "which names the adult who collected Ruby each day."],
                ["Help Shannon set up a morning routine and a weekly meal plan, so that the children have "
                 "breakfast before school",
                 "Tasha Greene, family support worker, Wrackleford Family Hub, every Tuesday and Thursday at 8am "
                 "for the next 8 weeks. Progress to be discussed at the next core group."],
                ["Check Ruby's attendance, how she arrives and whether she has eaten, and ring the SW the same "
                 "day with any worry",
                 "Mrs Faye Coulter, manager, Little Wrens Nursery, every session. What the nursery will see: "
                 "Ruby arriving fed, on time and dressed for the weather; attendance sent to Liam every Friday "
                 "with any same-day calls listed."],
                ["Check Mason's attendance, punctuality and hygiene, and give him a weekly check-in with his "
                 "class TA",
                 "Mr Idris Bello, DSL, St Aldhelm's Primary, every Monday morning in term time. What the school "
                 "will see: attendance above 95% on the register and Mason in clean uniform, logged on CPOMS and "
                 "sent to Liam fortnightly."],
            ],
        }),
        ("h2", "So that Kayla can be a 13-year-old and not her family's carer"),
        ("table", {
            "header": ["Action", "Detail"],
            "widths": [6.5, 10.5],
            "rows": [
                ["Refer Kayla to Wrackleford Young Carers",
                 "Liam Roper (SW), when possible. Evidence: the acceptance letter and the date of Kayla's first "
                 "group session on file."],
                ["Book Kayla into drama club on Thursdays and arrange for Ruby to be collected that day",
                 "Liam Roper (SW) and Shannon jointly, before the summer half term (by 22/05/2026). We'll know "
                 "it's working when Kayla's name is on the drama club register and she tells Liam she has been "
                 "each week."],
                ["Make sure Kayla is not left in charge of Mason and Ruby in the evenings or overnight",
                 "The family, every evening. We'll know it's working when Kayla tells Liam at his visits that she "
                 "has not been left in charge, and her words are written on the visit record."],
            ],
        }),
        ("h2", "So that the children have a mum who is well enough to get them up, fed and out of the door"),
        ("table", {
            "header": ["Action", "Detail"],
            "widths": [6.5, 10.5],
            "rows": [
                ["Fortnightly visits from Shannon's care coordinator to support her with her anxiety and low "
                 "mood",
                 "Jenna Moyo, CPN and care coordinator, Wrackleford Community Mental Health Team, fortnightly "
                 "until the review conference. Shannon's engagement with the team will show how she is getting "
                 "on."],
                ["Review Shannon's antidepressant, and tell the SW about any change that could affect how she "
                 "cares for the children",
                 "Dr Helen Carrick, GP, Tanner's Row Surgery, at her medication review by 30/04/2026 and then "
                 "every 8 weeks. Evidence: a GP letter to Liam after each review."],
                ["Go to her CMHT appointments and take her medication every day, so that she is up to get the "
                 "children ready in the mornings",
                 "Shannon, every day, and at every CMHT appointment Jenna books. Shown by: Jenna's attendance "
                 "record sent to Liam before each core group, and the children arriving at school and nursery on "
                 "time (registers above)."],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If Ruby misses three nursery sessions in a fortnight, any of the children arrives at school or "
              "nursery hungry or unkempt on two days in one week, or Kayla is found to have been left in charge "
              "overnight, Liam will visit the same day and hold a strategy discussion within one working day; "
              "the children will stay with Alan at Kestrel Drive until it has taken place. If Shannon tells "
              "anyone she has thoughts of harming herself, Jenna's team will be asked to see her that day and the "
              "children will go to Alan's."),
        ("p", "If Alan cannot do the school and nursery runs or have the children (he is ill or away), Tasha "
              "Greene will take Mason and Ruby to school and nursery on those days; if nobody can look after the "
              "children overnight, Liam will arrange a placement with Wrackleford foster carers for all three "
              "children together that day."),
        ("p", "If by the next review the children's attendance has not reached 90%, or the home is found below "
              "the agreed standard at two unannounced visits in a row, Liam will ask Anita Sharma for a legal "
              "planning meeting within five working days to consider PLO pre-proceedings."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks, Wednesdays at 3.45pm, Wrackleford Family Hub: 06/05/2026, 03/06/2026 "
            "and 01/07/2026.",
            "Second review child protection conference: date to be confirmed by the Conference and Review "
            "Service.",
        ]),
    ],
    "findings": [
        F("F002", "Shannon feels more confident and her mood has lifted."),
        F("T002", "Collect Ruby from nursery when Shannon cannot"),
        F("M002", "Help Shannon set up a morning routine and a weekly meal plan"),
        F("T002", "Refer Kayla to Wrackleford Young Carers"),
        F("W002", "Make sure Kayla is not left in charge of Mason"),
        F("H001", "Fortnightly visits from Shannon's care coordinator to support her"),
        F("M002", "Fortnightly visits from Shannon's care coordinator to support her"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Second core group minutes, father's drinking and violence, parents now
#    apart, father's sister supervising Sunday contact. Word minutes printed
#    to PDF with a page header and footer; an attendance key of initials used
#    alone in the action log, whose last column is "Checked at / by"; one
#    closed row kept in the log. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b140_wythenholme_core_group_minutes_initials_checked_at_tremlett.pdf",
    "doc_title": "Core Group Minutes - Ellis and Maisie Tremlett - 10/03/2026",
    "split": "heldout",
    "actions": 11,
    "template": "core-group-minutes-word-printed-to-pdf-page-header-footer-initials-attendance-key-numbered-items-changes-agency-updates-childrens-views-outcomes-then-action-log-ref-action-owner-initials-when-checked-at-by-closed-row-kept-contingency-dates",
    "description": (
        "Exemplary minutes of the second core group for an 11-year-old and a 7-year-old after their "
        "father's drinking and violence; the parents have separated and the father's sister "
        "supervises Sunday contact. Word minutes printed to PDF with a page header and footer. An "
        "attendance key defines initials that the action log then uses alone as owners ('Haven "
        "Recovery – LP'); the 'When' column says 'each Tuesday after school', 'fortnightly, "
        "starting w/c 9 March, for the next 12 weeks, then reviewed', 'the first Monday of each "
        "month'; the last column is headed 'Checked at / by' (breath test readings as recorded in "
        "the recovery worker's report, register percentages, scaling scores the worker writes "
        "down). One closed referral stays in the log and is not counted. The alcohol service "
        "reports on change, the aunt's supervision has a fallback, legal planning follows named "
        "triggers, core group and review dates are set."
    ),
    "header": "OFFICIAL – SENSITIVE · Wythenholme County Council · Children and Families",
    "footer": "Tremlett core group 2 minutes, 10/03/2026 – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Core Group Meeting – Minutes and Action Log"),
        ("kv", [
            ("Children", "Ellis Tremlett (11), DOB 19/06/2014, Year 7, Wythenholme Academy; Maisie Tremlett (7), "
                         "DOB 02/11/2018, Year 2, Brookside Primary"),
            ("Living with", "Nicola Tremlett (Mum), 5 Coppice Lane, Wythenholme WY2 4DS"),
            ("Father", "Gareth Tremlett, living with his sister Carol Webb at 22 Mill Rise, Wythenholme"),
            ("Category", "Emotional abuse (both children)"),
            ("Initial conference", "03/02/2026. Chair: Hugh Palmer (IRO)"),
            ("Meeting", "Core group 2, Tuesday 10/03/2026, 4pm, Wythenholme Family Hub"),
        ]),
        ("h1", "1. Present, and the initials used in these minutes"),
        ("bullets", [
            "RA – Rosa Aldridge, social worker (chair)",
            "NT – Nicola Tremlett, Mum",
            "GT – Gareth Tremlett, Dad (items 1 to 4 and 6 only)",
            "CW – Carol Webb, paternal aunt",
            "LP – Lisa Pryor, recovery worker, Haven Recovery (Wythenholme adult alcohol service)",
            "MO – Mandeep Oberoi, IDVA, Wythenholme Domestic Abuse Service",
            "DH – Dev Hollins, DSL, Brookside Primary",
            "SJ – Sarah Jeffs, pastoral lead, Wythenholme Academy",
            "TQ – Dr Tom Quayle, GP, Wythenholme Health Centre (apologies; written update sent)",
            "Minutes: Ben Farrar, business support",
        ]),
        ("h1", "2. What has happened since core group 1 (17/02/2026)"),
        ("p", "There have been no police call-outs to Coppice Lane since 11/01/2026, when Gareth pushed Nicola "
              "against the kitchen door while drunk and Ellis rang 999. Gareth has stayed at Carol's since then. "
              "He has been to five of six Monday sessions at Haven Recovery and his breath tests have all read "
              "zero. Sunday contact at Carol's has taken place every week. Gareth started the Respect programme "
              "on 04/03/2026."),
        ("h1", "3. Updates"),
        ("p", "LP: Gareth is open about his drinking and has set a goal of no alcohol at all. He missed one "
              "session when he had flu. She will keep testing him at every session."),
        ("p", "DH: Maisie's attendance this half term is 97%. She has been tearful on Monday mornings and talks "
              "about “Daddy's house” a lot. She has enjoyed her ELSA sessions."),
        ("p", "SJ: Ellis has had two detentions for not handing in homework. He told his tutor he stays up late "
              "listening in case anything happens downstairs."),
        ("p", "MO: Nicola has a safety plan and an alarm fitted. She wants to go to the Freedom Programme."),
        ("p", "TQ (written): Gareth's liver function tests in February were raised. The next bloods are due "
              "by 20/03/2026."),
        ("h1", "4. What Ellis and Maisie have said"),
        ("p", "Ellis (seen on his own at home by RA, 05/03/2026): “It's calmer. I still listen at night. I like "
              "seeing Dad at Auntie Carol's because she's there and he's normal.” He scored feeling safe at home "
              "7 out of 10, up from 4 at the conference."),
        ("p", "Maisie (seen on her own at school by RA, 06/03/2026) drew her house with her mum and Ellis inside "
              "and her dad at Carol's “with a dog”. She said: “I want Daddy to stop the beer so he can come to "
              "my birthday.” She scored 8 out of 10."),
        ("h1", "5. What we want for Ellis and Maisie (from the plan)"),
        ("bullets", [
            "Ellis and Maisie live without violence or fear at home and can sleep at night.",
            "Ellis and Maisie only see their dad when he is sober and another adult is there.",
            "Ellis and Maisie are at school every day and can talk to an adult there about home.",
            "Both children know their safety plan and who to ring.",
        ]),
        ("h1", "6. Action log"),
        ("p", "Owners are shown by their initials (item 1). ‘Checked at / by’ says what will be looked at and "
              "when, so the core group can see whether the action is working."),
        ("table", {
            "header": ["Ref", "Action", "Owner", "When", "Checked at / by"],
            "widths": [1.0, 5.0, 2.6, 3.6, 4.8],
            "rows": [
                ["A1",
                 "Visit Ellis and Maisie at home and see each of them on their own; one visit in three "
                 "unannounced",
                 "RA",
                 "Weekly, Thursdays after school, until the review conference",
                 "Visit records; each child's 0–10 safety score written down by RA at every visit. Checked at "
                 "every core group."],
                ["A2",
                 "Key-work with Gareth and a breath test at each session; written report on whether he is "
                 "making the changes for Ellis and Maisie to be safe with him, and how long further change "
                 "is likely to take",
                 "Haven Recovery – LP",
                 "Every Monday; report two working days before each core group",
                 "Breath test readings as recorded in LP's report. Checked at every core group."],
                ["A3",
                 "Stay alcohol-free before and during Sunday contact, and blow into the breathalyser when he "
                 "arrives at Carol's",
                 "GT",
                 "Every Sunday contact",
                 "Zero reading written in the contact book by CW. Checked by RA at the first visit each "
                 "week."],
                ["A4",
                 "Supervise Sunday contact between Gareth and the children at her home, staying in the room",
                 "CW",
                 "Every Sunday, 11am to 3pm",
                 "Contact book signed by CW after each contact. Checked by RA at the first visit each week."],
                ["A5",
                 "Attend the 24-week Respect programme for men who have been abusive to a partner",
                 "GT",
                 "Weekly from 04/03/2026 for 24 weeks",
                 "Attendance letter from the programme worker after every fourth session; no more than two "
                 "sessions missed. Checked at every core group."],
                ["A6",
                 "Safety planning with Nicola, and a children's safety plan that Ellis and Maisie help write",
                 "MO",
                 "Fortnightly, starting w/c 9 March, for the next 12 weeks, then reviewed",
                 "Written safety plan seen by RA; both children can tell RA what they would do and who they "
                 "would ring. Checked by RA at the next home visit."],
                ["A7",
                 "Weekly ELSA session for Maisie, and a same-day call to RA about any worry",
                 "DH",
                 "Each Tuesday afternoon in term time",
                 "What the school will see: attendance of 96% or more on the register and Maisie settled on "
                 "Monday mornings; ELSA notes on CPOMS. Checked by RA with DH fortnightly."],
                ["A8",
                 "Place Ellis in the Year 7 Talk Time group and agree a homework catch-up plan with him",
                 "SJ",
                 "Each Tuesday after school until the May half term",
                 "Group register; Ellis's own score on the group's ‘how I'm doing’ scale, recorded by SJ; "
                 "homework log. Checked at every core group."],
                ["A9",
                 "Share Gareth's liver function results and any alcohol-related GP or A&E attendance",
                 "TQ",
                 "Bloods by 20/03/2026, then every 8 weeks",
                 "Written GP update on the children's file. Checked at every core group."],
                ["A10",
                 "Ask Ellis and Maisie how Sunday contact is going and what they would change",
                 "RA",
                 "The first Monday of each month",
                 "The children's words written on the contact review sheet. Checked by CW and NT with RA "
                 "on the same day."],
                ["A11",
                 "CLOSED 06/02/2026 – referral of Nicola to the IDVA service (accepted; see A6)",
                 "RA",
                 "Done 06/02/2026",
                 "Acceptance e-mail on file."],
                ["A12",
                 "NEW – Go to the Freedom Programme so that she can help Ellis and Maisie make sense of what "
                 "happened at home",
                 "NT",
                 "Wednesday mornings, 12 weeks from 18/03/2026",
                 "Attendance certificate; MO tells RA the attendance every four weeks. Checked at every core "
                 "group."],
            ],
        }),
        ("h1", "7. Contingency (agreed at conference, unchanged)"),
        ("bullets", [
            "If Gareth has been drinking at contact (any breath test reading above zero, or Carol smells alcohol), "
            "contact stops that day; Carol takes the children home to Nicola and tells RA the same day.",
            "If Gareth comes to Coppice Lane or contacts Nicola or the children outside contact, Nicola rings 999 "
            "and then RA; RA holds a strategy discussion with Wythenholme Police the same day.",
            "If Carol cannot supervise (she is ill, away or no longer willing), there is no contact that Sunday; "
            "RA books supervised contact at Wythenholme Family Centre with a contact worker within 7 days, and "
            "no other relative supervises until RA has checked them.",
            "If Gareth has two positive breath tests, misses three Respect sessions, or there is another "
            "incident of violence before the review, RA will ask her team manager, Jo Nuttall, for a legal "
            "planning meeting within five working days.",
        ]),
        ("h1", "8. Dates"),
        ("bullets", [
            "Core group every four weeks at 4pm, Wythenholme Family Hub: next on 07/04/2026, then 05/05/2026.",
            "Review child protection conference: 28/04/2026, 1.30pm, Wythenholme County Hall.",
        ]),
        ("p", "Minutes sent to everyone present and to TQ on 12/03/2026."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Child in need plan stepped up at an initial conference: mother with
#    bipolar disorder who stopped her lithium, an 8-year-old and a toddler,
#    maternal grandmother helping. Word plan printed to PDF, "How we got here"
#    prose, then a table with "Start / end" and "What we'll see" columns.
#    Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b140_wimbleshaw_cin_step_up_start_end_begbie.pdf",
    "doc_title": "Child Protection Plan (stepped up from Child in Need) - Harvey and Lacey Begbie",
    "split": "heldout",
    "actions": 11,
    "template": "cin-step-up-icpc-word-plan-printed-to-pdf-page-header-footer-how-we-got-here-prose-what-changes-from-cin-then-childrens-views-outcomes-then-what-needs-to-happen-lead-start-end-what-well-see-table-contingency-legal-meetings",
    "description": (
        "Exemplary child protection plan for an 8-year-old and a 15-month-old, stepped up from a "
        "child in need plan at an initial conference after their mother, who has bipolar disorder, "
        "stopped her lithium and left them alone at night. Word plan printed to PDF with a page "
        "header and footer: 'How we got here' prose, what changes from the child in need plan, "
        "then a table with 'Start / end' cells ('9 March / review conference (26 May)', 'by the "
        "first core group') and a 'What we'll see' column (lithium levels as recorded in the GP's "
        "letter, the HV weighing and plotting, register percentages, a worry score the SW writes "
        "down). The care coordinator assesses the mother's capacity to change, the GP owns an "
        "action, the grandmother's help has a fallback, legal planning follows named triggers, "
        "core group and review dates are set."
    ),
    "header": "Wimbleshaw Council – Children's Social Care – OFFICIAL SENSITIVE",
    "footer": "Begbie – child protection plan, ICPC 03/03/2026 – {PAGE}/{NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Stepped up from a child in need plan at the initial child protection conference on 03/03/2026"),
        ("kv", [
            ("Children", "Harvey Begbie (8), DOB 15/08/2017, Wimbleshaw Park Primary; Lacey Begbie (15 months), "
                         "DOB 28/11/2024, Kingfisher Nursery"),
            ("Address", "12 Rowan Gardens, Wimbleshaw WM5 1JT"),
            ("Mother", "Kirsty Begbie (31)"),
            ("Lacey's father", "Jordan Sim (29), lives at 4 Quarry Court, Wimbleshaw; sees Lacey every Saturday"),
            ("Maternal grandmother", "Moira Begbie (58), 30 Rowan Gardens (six doors away)"),
            ("Category", "Neglect (both children)"),
            ("Conference", "Initial child protection conference, 03/03/2026. Chair: Farah Latif (IRO)"),
            ("Social worker", "Amber Whitfield (team manager: Neil Ormerod)"),
        ]),
        ("h1", "How we got here"),
        ("p", "The family has had a child in need plan since 10/11/2025, after Harvey's school raised worries "
              "about him arriving late and tired and saying he had been “looking after Lacey”. Kirsty has "
              "bipolar disorder and has been under the Wimbleshaw Community Mental Health Team since 2019. In "
              "December 2025 she stopped taking her lithium because she felt well. On the night of 06/02/2026, "
              "after three nights without sleep, she went out at 11pm and left Harvey in charge of Lacey; a "
              "neighbour called the police, who found the children alone. Moira took them to her house that "
              "night. Kirsty was admitted to the Wimbleshaw mental health unit as an informal patient and came "
              "home on 20/02/2026, back on lithium. The children stayed with Moira until then."),
        ("h1", "What changes from the child in need plan"),
        ("p", "The child in need plan's school and nursery checks carry on and are written into this plan. New "
              "are: weekly visits with Harvey seen alone, the care coordinator's reports on change, lithium "
              "checks, Moira's Wednesday nights, and a written relapse and childcare plan. Child in need reviews "
              "stop; the plan is now reviewed by the core group and the review conference."),
        ("h1", "What Harvey and Lacey have told us"),
        ("p", "Harvey (seen on his own at Moira's, 24/02/2026): “When Mum doesn't sleep she talks really fast "
              "and goes out. I had to give Lacey her bottle and I didn't know when Mum was coming back. I like it "
              "at Nana Moira's because she's always there.” He gave his worry about home 7 out of 10, and said he "
              "wants his mum “to take her tablets and not go in hospital again”."),
        ("p", "Lacey (seen at home, 26/02/2026) crawled to Kirsty and pulled herself up on her knee, babbled “ma-"
              "ma” and held her arms up to be lifted. Nursery say she settles quickly, eats well and looks for "
              "Harvey at home time."),
        ("h1", "What we want for Harvey and Lacey"),
        ("bullets", [
            "Harvey and Lacey are always looked after by an adult who is well and awake, and are never left "
            "alone.",
            "Harvey is not responsible for Lacey or for his mum, and gets to school on time and rested.",
            "Lacey keeps growing and developing well and goes to nursery for every booked session.",
            "If Kirsty starts to become unwell again, the adults around Harvey and Lacey notice early and the "
            "children are cared for by Moira or Jordan.",
        ]),
        ("h1", "The plan"),
        ("table", {
            "header": ["What needs to happen", "Lead", "Start / end", "What we'll see"],
            "widths": [5.6, 3.4, 3.4, 4.6],
            "rows": [
                ["Visit Harvey and Lacey at home and see Harvey on his own; one visit a fortnight unannounced",
                 "Amber Whitfield, SW",
                 "Weekly, 5 March / review conference (26 May)",
                 "Visit records with Harvey's own words and his worry score out of 10, written down by Amber at "
                 "each visit; who was caring for Lacey and what she was doing"],
                ["See Kirsty for care coordination, check her early warning signs with her, and report to each "
                 "core group on whether she can make and keep the changes Harvey and Lacey need and how long "
                 "that is likely to take",
                 "Marcus Ede, CPN and care coordinator, Wimbleshaw Community Mental Health Team",
                 "Fortnightly, 9 March / review conference; report two working days before each core group",
                 "Marcus's written report on file before each core group, including his view of the likely "
                 "timescale"],
                ["Check Kirsty's lithium blood level and review her medication, and tell the SW if she misses a "
                 "test",
                 "Dr Peter Gale, GP, Orchard Street Surgery",
                 "Every 4 weeks, 9 March / review conference, then every 3 months",
                 "Lithium level within the therapeutic range, as recorded in the GP's letter to Amber after each "
                 "test"],
                ["Take her lithium every evening from the pharmacy blister pack, so that she stays well enough "
                 "to care for Harvey and Lacey",
                 "Kirsty (Mum)",
                 "Every evening, from 3 March; continues after the review",
                 "Blister pack seen by Amber at each visit with no missed doses; lithium levels as in the GP's "
                 "letter"],
                ["Weigh Lacey and check her development",
                 "The HV (Gemma Roscoe)",
                 "Monthly at Wimbleshaw Health Centre, 11 March / review conference",
                 "The HV will weigh and plot Lacey in her red book; weight staying on or near the 50th centile; "
                 "copy of each entry sent to Amber"],
                ["Record Lacey's attendance and how she arrives, and ring the SW the same day with any worry "
                 "(carried over from the child in need plan)",
                 "Hollie Brandt, key person, Kingfisher Nursery",
                 "Every Monday, Wednesday and Friday session, 4 March / end of the summer term",
                 "Nursery register showing 90% or more; Hollie's weekly note on whether Lacey arrived fed, "
                 "clean and dressed for the weather, e-mailed to Amber"],
                ["Check Harvey's attendance and punctuality and give him a Thursday session with the ELSA "
                 "(carried over from the child in need plan)",
                 "Mrs Rachel Kenning, DSL, Wimbleshaw Park Primary",
                 "Every school day and each Thursday, 4 March / end of the summer term",
                 "What the school will see: attendance back above 95% (it was 88% in the autumn term) and "
                 "lateness no more than once a half term, shown by the register print sent to Amber each Friday"],
                ["Have Harvey to stay every Wednesday night, and move into Rowan Gardens the same day if "
                 "Kirsty shows any early warning sign",
                 "Gran (maternal) – Moira Begbie",
                 "Every Wednesday, from school pick-up to Thursday drop-off; 4 March / review conference",
                 "Moira writes in the family diary, which Amber reads at each visit; the register shows Harvey "
                 "on time on Thursdays"],
                ["Have Lacey at his flat every Saturday, and be the second adult in the relapse plan",
                 "Jordan Sim (Lacey's dad)",
                 "Every Saturday, 10am to 5pm",
                 "Jordan writes each Saturday in the family diary, which Amber reads at her visits; Amber sees "
                 "Lacey at Jordan's flat once before the first core group and records it"],
                ["Write a relapse and childcare plan with Kirsty, Moira and Jordan, naming Kirsty's early "
                 "warning signs and who cares for the children when they appear",
                 "Amber Whitfield, SW, with Marcus Ede (CPN)",
                 "By the first core group (17 March)",
                 "Signed plan on file, with copies given to Moira, Jordan, the school and the nursery"],
                ["Young carers assessment for Harvey, then a place in the Monday group",
                 "Tom Ashby, Wimbleshaw Young Carers",
                 "Assessment within 20 working days of this conference; group every other Monday after school "
                 "from then until the summer holidays",
                 "Assessment report sent to Amber; Harvey's name on the group register"],
            ],
        }),
        ("h1", "If things start to go wrong"),
        ("bullets", [
            "If Kirsty shows an early warning sign (two nights without sleep, missed lithium on two days, a "
            "lithium level out of range, or talking fast and going out at night): Moira moves into Rowan "
            "Gardens that day, and Amber asks the CMHT crisis team to see Kirsty the same day.",
            "If Harvey or Lacey is left alone or with no well adult awake: whoever knows rings the police, the "
            "children go to Moira's that night, and Amber holds a strategy discussion the same day.",
            "If Moira cannot help (she is ill or away): both children go to Jordan's flat, as he has agreed; if "
            "neither Moira nor Jordan can have them, Amber arranges a foster placement for Harvey and Lacey "
            "together that day.",
            "Legal planning: if Kirsty stops her lithium again, or the children are left alone again before the "
            "review conference, Amber will ask Neil Ormerod for a legal planning meeting within five working "
            "days.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "First core group: 17/03/2026, 3.30pm, Wimbleshaw Family Hub; then every four weeks on 14/04/2026 "
            "and 12/05/2026.",
            "Review child protection conference: 26/05/2026, 10am, Wimbleshaw Civic Offices.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. First review conference plan in Markdown: a widowed father with
#    depression who drinks in the evenings, a 14-year-old missing school and
#    a 10-year-old, the father's sister helping. Goal subheadings, owner-first
#    bullets, and an evidence line under each bullet. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b140_whorlby_rcpc_owner_bullets_evidence_line_rossiter.md",
    "split": "heldout",
    "actions": 13,
    "template": "rcpc-markdown-plan-details-bullets-what-has-changed-childrens-words-outcomes-then-goal-subheadings-owner-first-bold-bullets-with-evidence-or-well-know-line-underneath-if-things-go-wrong-meetings",
    "description": (
        "Exemplary first review conference plan for a 14-year-old and a 10-year-old whose father, "
        "widowed in 2024, has depression and drinks in the evenings. A Markdown plan under goal "
        "subheadings; each bullet starts with the owner in bold ('Auntie Debbie', 'Callum and Sam "
        "(SW) jointly', a service with the worker's name) and gives the time in its own sentence "
        "('by the October half term', 'each Tuesday after school', 'for the next 12 weeks, then "
        "reviewed', 'the first Monday of each month', 'within 5 working days of this "
        "conference'), with a line underneath starting 'Evidence:', 'What the school will see:' or "
        "'We'll know it's working when'. The psychologist and the alcohol service report on "
        "change, the GP owns an action, the aunt's help has a fallback, legal planning follows "
        "named triggers, core group and review dates are set."
    ),
    "text": """\
# Review Child Protection Plan: Callum and Evie Rossiter

**Whorlby District Council · Children and Young People's Service · Locality Team West**

- **Children:** Callum Rossiter (14), DOB 03/01/2012, Year 10 at Whorlby Academy; Evie Rossiter (10), DOB
  22/07/2016, Year 6 at Whorlby Primary
- **Living with:** Paul Rossiter (Dad, 45), 7 Nettle Bank, Whorlby WH3 9EX. The children's mum, Leanne, died in
  April 2024.
- **Paul's sister:** Debbie Kirk ("Auntie Debbie"), 19 Quarry Lane, Whorlby
- **Category:** Neglect (both children), since the initial conference on 09/06/2026
- **This plan:** agreed at the first review child protection conference, Tuesday 08/09/2026. Chair: Ruth
  Hanley (IRO)
- **Social worker:** Sam Okoye (team manager: Gail Firth)

## What has changed since June

In June Paul was drinking most evenings and often asleep on the sofa by 8pm. He has depression, which his GP
has treated since Leanne died. Callum's attendance had dropped to 71% and he had cut his arms; Evie was going to
school with dirty hair and clothes and had missed two dentist appointments. Since then Paul has started with
Compass and with Whorlby Talking Therapies. His breath tests at Compass have read zero at 9 of 11 sessions. Evie
has spent Tuesday evenings with Debbie since July and looks cared for at school. Callum's attendance over the
summer term's last four weeks was 83%, and CAMHS have seen him twice.

## What Callum and Evie told us

Callum (seen on his own, 01/09/2026): "Dad's trying. He still has a few cans on a Friday. I don't go to school
some days because I don't sleep, not because of him. I don't want to talk about Mum in a group but I'd do it one
to one." He put home at 6 out of 10, up from 3 in June.

Evie (seen on her own at school, 03/09/2026): "I love Tuesdays at Auntie Debbie's because she does my plaits and
we have proper tea. Dad's more awake now." She drew her family with her mum as a star over the house. She put
home at 7 out of 10.

## What needs to be true for Callum and Evie

1. Callum and Evie are looked after every evening by a dad who is sober and awake.
2. Callum is in school every day and has help with his grief and his low mood.
3. Evie goes to school clean, fed and in clean clothes, and her health needs are met.
4. Both children have adults outside the house they trust and see every week.

## The plan

### So that Callum and Evie have a dad who is sober and well enough to care for them

- **Sam Okoye (SW)** will see Callum and Evie at home every week until the second review, with one visit in
  three unannounced and at least one visit a fortnight after 7pm.
  *We'll know it's working when* the visit records show both children seen each week, each seen alone at least
  every fortnight, and Paul sober at every evening visit.
- **Paul** will not drink on any day he is looking after Callum and Evie, from today until the second review,
  and will blow into the breathalyser at every Compass session and every evening visit from Sam.
  *Evidence:* zero readings in the Compass reports and on Sam's visit records.
- **Compass (Whorlby adult alcohol service) – Ria Patel, recovery worker** will see Paul for key-work every
  Thursday and write to Sam two working days before each core group about whether Paul is making the changes
  Callum and Evie need and how long more change is likely to take.
  *Evidence:* Ria's report on file before every core group, with Paul's breath test readings.
- **Whorlby Talking Therapies – Dr Leon Hart, clinical psychologist** will give Paul twelve weekly sessions of
  CBT for his depression and grief, for the next 12 weeks, then reviewed, and will write to each core group with
  his view of whether Paul's mood is changing enough for him to care for the children and how long that is
  likely to take.
  *Shown by:* Dr Hart's letter before each core group, with Paul's PHQ-9 scores at sessions 1, 6 and 12.
- **Dr Maria Lindon (GP, Whorlby Health Centre)** will review Paul's antidepressant and his liver function
  within 5 working days of this conference and every 8 weeks after that.
  *Evidence:* a GP letter to Sam after each review, saying whether Paul attended and what has changed.

### So that Callum is in school and gets help with his grief

- **Mr Adam Fry (Head of Year 10, Whorlby Academy)** will ring Sam by 10am on any day Callum is absent and meet
  Callum every Monday morning, from 07/09/2026 to the end of the autumn term.
  *What the school will see:* attendance up from 83% to 90% or more on the register by the October half term.
- **Paul** will wake Callum at 7am every school day and make sure he leaves for the bus by 8.10am.
  *Evidence:* the register shows Callum in school by 8.40am; Mr Fry tells Sam of every late mark on the Friday.
- **Whorlby CAMHS – Nina Frost, mental health practitioner** will see Callum one to one, fortnightly, starting
  w/c 14 September, for six sessions about his low mood, his sleep and the cutting.
  *Shown by:* Callum's RCADS scores recorded by Nina at the first and sixth sessions, and her summary to Sam
  after session 6.
- **Callum and Sam (SW) jointly** will choose one thing Callum wants to do outside school and Sam will pay for
  the first term, before the October half term.
  *We'll know it's working when* Callum's name is on the club's register and he tells Sam how it is going.

### So that Evie is clean, healthy and looked after

- **Auntie Debbie** will have Evie each Tuesday after school until 7.30pm, give her tea and wash and plait her
  hair.
  *We'll know it's working when* Evie arrives at school on Wednesdays with clean hair and clothes, noted by Mrs
  Price and passed to Sam in her Friday e-mail.
- **Auntie Debbie** will have both children to stay the first Saturday night of each month, so that Paul has a
  night to himself without the children being left alone.
  *Evidence:* Debbie texts Sam on the Sunday; Sam checks with Callum and Evie at the next visit and writes down
  what they say.
- **Mrs Lorna Price (DSL, Whorlby Primary)** will check Evie's attendance, hygiene and lunch every school day and
  give her a check-in with her teaching assistant every Wednesday, from 09/09/2026.
  *What the school will see:* attendance of 96% or more on the register and Evie in clean uniform, logged on
  CPOMS and summed up for Sam every Friday.
- **Paul** will take Evie to Whorlby Dental Practice by the October half term and book her six-monthly check-up
  there.
  *Evidence:* the dentist's letter on file, and the next appointment card seen by Sam.

## If things go wrong

- **If Paul is drunk while caring for the children** (a breath test above zero at a visit, or Callum, Evie or
  the school tell us), or Sam finds the children on their own in the evening: Callum and Evie go to Debbie's
  that night and Sam holds a strategy discussion the same day. Paul does not look after the children on his own
  until that discussion has agreed a safe plan.
- **If Callum tells anyone he wants to end his life, or cuts again**, the adult he tells rings Whorlby CAMHS
  crisis line and Sam the same day, and Paul takes him to A&E if he is hurt.
- **If Debbie cannot help** (she is ill, away or can no longer manage), Paul's friend Marie Stott, who has been
  checked, has Evie on Tuesdays; if nobody can have the children on a night when Paul has been drinking, Sam
  arranges a foster placement for both children together that night.
- **If things do not change:** if Paul has two more positive breath tests, Callum's attendance is below 85% at
  the October half term, or Dr Hart reports that Paul cannot make the changes within the children's timescale,
  Sam will ask Gail Firth for a legal planning meeting within five working days.

## Meetings

- Core group every four weeks, Tuesdays at 4pm, Whorlby Family Centre: 29/09/2026, 27/10/2026 and 24/11/2026.
- Second review child protection conference: 09/03/2027, 10am, Whorlby Council Offices.
- Sam will bring Callum's and Evie's words to every core group.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Initial conference plan in Markdown after bruising to a 2-year-old; the
#    father has moved to his brother's, who supervises contact, and the
#    maternal grandmother has the children after school. A numbered table
#    with a "What will tell us it's working" column. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b140_wissenden_icpc_table_what_tells_us_hussain.md",
    "split": "heldout",
    "actions": 12,
    "template": "icpc-markdown-plan-details-bullets-why-going-well-what-children-told-us-outcomes-then-numbered-table-what-will-happen-who-when-what-will-tell-us-its-working-then-short-contingency-meetings",
    "description": (
        "Initial conference plan for a 6-year-old and a 2-year-old after the father bruised the "
        "toddler; the father has moved to his brother's flat, the uncle supervises Saturday contact "
        "and the maternal grandmother has the children two afternoons a week. A Markdown table with "
        "a 'What will tell us it's working' column; most rows are sound (weekly visits with words "
        "written down, the uncle's contact record sent the same day, the ELSA's feelings scale, "
        "ASQ-3 scores by a date, four sessions before the Christmas holidays). Faults: the "
        "father's parenting course is 'Ongoing'; the nursery's checks are measured only by 'Nursery "
        "to monitor'; the police investigation's time is 'TBC'; the family support sessions are "
        "measured by the mother's engagement; 'Core group' owns passing on sightings of the "
        "father; the contingency has no trigger and only a review; nothing covers the relatives' "
        "help failing; no legal planning is mentioned."
    ),
    "text": """\
# Child Protection Plan (Initial Conference)

**Wissenden Metropolitan Council — Children's Social Care — Assessment and Safeguarding Team 3**

- **Children:** Aisha Hussain (6), DOB 11/05/2020, Year 2 at Wissenden Road Primary; Zayn Hussain (2), DOB
  03/08/2024, at Wissenden Tots nursery
- **Mum:** Sana Hussain (27), 14 Orchard Parade, Wissenden WS2 7HB
- **Dad:** Tariq Hussain (31), staying with his brother Farid Hussain at 3 Mill Street, Wissenden
- **Nani:** Rukhsana Begum (Sana's mum), 40 Orchard Parade
- **Category:** Physical abuse (Zayn); emotional abuse (Aisha)
- **Conference:** Initial child protection conference, 20/10/2026. Chair: Gordon Ellery (IRO)
- **Social worker:** Hannah Kelsall (team manager: Yasmin Todd)

## Why Aisha and Zayn need a plan

On 28/09/2026 staff at Wissenden Tots found bruises on both of Zayn's upper arms and behind his left ear. Tariq
told the police that he grabbed Zayn when he ran towards the road. The child protection medical the next day
found the bruising consistent with an adult's grip and a slap. Aisha told her teacher, "Daddy smacks Zayn when
he won't stop crying and then Zayn cries more." Tariq agreed on 29/09/2026 to move to Farid's and to see the
children only with Farid there. The police investigation is not finished.

## What is going well

- Sana was open with the nursery and the police, and agreed at once to Tariq moving out.
- Tariq has kept to the agreement since 29/09/2026, and Farid has been at every contact.
- Nani lives on the same street and sees the children most days.

## What Aisha and Zayn have told us

Aisha (seen on her own at school, 06/10/2026): "I miss Daddy but I don't want him to come back to our house yet.
At Uncle Farid's it's OK because Uncle Farid is there." She drew a "safe hand" with Mum, Nani, Miss Doyle and
her teacher on the fingers. She said she feels "a bit scared" when Zayn cries at night.

Zayn (seen at nursery on 08/10/2026 and at home on 13/10/2026) ran to Sana when the SW arrived, then brought the
SW his cars to play with. Nursery say he cries at drop-off on Mondays and settles within ten minutes. He has
about ten words.

## What needs to change for Aisha and Zayn

- Zayn and Aisha are not hit, grabbed or hurt by any adult, and any mark on Zayn is explained and checked the
  same day.
- Aisha feels safe at home and can tell Mum, Nani or her teacher when she is worried.
- Aisha and Zayn keep seeing their dad in a way that is safe for them.
- Zayn's development and speech are checked and he gets help if he needs it.

## The plan

| # | What will happen | Who | When | What will tell us it's working |
|---|---|---|---|---|
| 1 | Visit Aisha and Zayn at home and see Aisha on her own | Hannah Kelsall (SW) | Weekly until the review conference; one visit in three unannounced | Visit records show both children seen each week and Aisha seen alone, with her words written down |
| 2 | Make sure Tariq is never alone with the children and does not come to Orchard Parade | Sana (Mum) | Every day from 20/10/2026 until the review conference | Farid's contact records and what Aisha tells Hannah at her visits; no sightings reported by school, nursery or neighbours |
| 3 | Supervise Tariq's time with Aisha and Zayn at the Mill Street flat, staying in the same room the whole time | Farid Hussain (paternal uncle) | Every Saturday, 10am to 1pm | Farid fills in the contact record after each visit and sends a photo of it to Hannah the same day |
| 4 | Have Aisha and Zayn after school and nursery while Sana is at work | Rukhsana Begum (Nani) | Every Monday and Thursday, 3pm to 6.30pm | Nani signs Zayn out on the nursery collection sheet; Hannah checks the sheet every fortnight |
| 5 | Complete the Safer Parenting course at Wissenden Family Hub, learning to manage Zayn's crying and behaviour without physical punishment | Tariq Hussain (Dad) | Ongoing | Course leader's report to Hannah after sessions 6 and 12 |
| 6 | Check Zayn for any marks or injuries when he arrives and ask Sana about anything seen | Gemma Ash (manager, Wissenden Tots) | Every session (Monday, Wednesday, Thursday and Friday) | Nursery to monitor |
| 7 | Weekly ELSA check-in for Aisha, and a same-day call to Hannah about any worry | Ms Ciara Doyle (DSL, Wissenden Road Primary) | Every Friday afternoon in term time | Aisha's feelings scale recorded by the ELSA each week; check-ins and calls logged on CPOMS; summary to Hannah before each core group |
| 8 | Complete the criminal investigation into Zayn's injuries and share the outcome with Hannah | DC Marcus Lowe (Wissenden Police Child Abuse Investigation Team) | TBC | Outcome and any bail conditions sent to Hannah in writing |
| 9 | Zayn's 2-year development review, including his speech, with a referral to speech and language therapy if needed | Lucy Marsh (HV) | By 27/11/2026 | ASQ-3 scores, and the referral letter if one is made, sent to Hannah |
| 10 | Six home sessions with Sana on keeping the children safe, Zayn's routines and what to say if Tariq asks for more time with them | Precious Nwankwo (family support worker) | Weekly for six weeks from 26/10/2026 | Sana's engagement with the sessions |
| 11 | Pass on straight away anything that suggests Tariq is seeing the children outside the Saturday arrangement | Core group | Same day | Each report logged on the children's case file by Hannah |
| 12 | Direct work with Aisha about her worries and her safe hand | Hannah Kelsall (SW) | Four sessions before the Christmas holidays | Aisha's safe hand and her own words kept on file and brought to the review conference |

## Contingency

If there are any further concerns about Aisha or Zayn, Hannah will discuss them with her manager and the core
group will meet to review the plan.

## Meetings

- First core group: 03/11/2026, 1.30pm, Wissenden Family Hub; then every four weeks.
- Review child protection conference: 19/01/2027, 10am, Wissenden Town Hall.
""",
    "findings": [
        F("T002", "Complete the Safer Parenting course at Wissenden Family Hub"),
        F("M002", "Check Zayn for any marks or injuries when he arrives"),
        F("T002", "Complete the criminal investigation into Zayn's injuries"),
        F("M002", "Six home sessions with Sana on keeping the children safe"),
        F("W002", "Pass on straight away anything that suggests Tariq"),
        F("C002"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Initial conference plan printed from a case system: mother on methadone
#    after a heroin lapse, a 12-year-old who found her, a 5-year-old, the
#    stepfather working nights and the maternal grandmother staying over.
#    Dot-leader fields, "ACTION n OF 11" blocks with Responsible / Timescale /
#    Evidence of progress lines, trigger and response fields. Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b140_wadderton_icpc_case_print_action_blocks_gallacher.txt",
    "split": "heldout",
    "actions": 11,
    "template": "icpc-case-system-plain-text-print-dot-leader-fields-reason-parental-health-childrens-views-outcomes-then-action-n-of-m-blocks-responsible-timescale-evidence-of-progress-then-trigger-response-fields-legal-planning-core-group-review-fields",
    "description": (
        "Exemplary initial conference plan for a 12-year-old and a 5-year-old, printed from a case "
        "system as plain text. Their mother is on methadone and lapsed into heroin use in December; "
        "the 12-year-old found her. Dot-leader fields, then 'ACTION n OF 11' blocks whose "
        "'Timescale' lines read 'within 5 working days of this conference', 'for the next 12 "
        "weeks, then reviewed at core group', 'fortnightly, starting w/c 19 January', 'each "
        "Tuesday after school', 'the first Monday of each month', and whose 'Evidence of "
        "progress' lines name urine screens negative for opiates other than methadone as recorded "
        "in the drug service's reports, the SW's unannounced evening visits finding the "
        "grandmother there as agreed, register percentages and a worry score the SW writes down. "
        "The drug service reports on change, the GP owns an action, the grandmother's help has a "
        "fallback, legal planning follows named triggers, core group and review dates are set."
    ),
    "text": """\
WADDERTON METROPOLITAN BOROUGH COUNCIL
CHILDREN'S SERVICES - CASE RECORD PRINT
Form: Child Protection Plan (Initial Conference)              Printed: 16/01/2026 09:12
Printed by: NQUIRKE                                           Page 1
===============================================================================

Plan for ............. Kai GALLACHER (12), DOB 21/04/2013, ID 4471093
                       Lily-Mae GALLACHER (5), DOB 08/12/2020, ID 4471094
Address .............. 27 Colliery Row, Wadderton WD6 3NS
Household ............ Donna Gallacher (mother, 36); Wayne Pollitt (Lily-Mae's
                       father, Kai's stepfather, 40)
Wider family ......... Irene Gallacher (maternal grandmother, 64), 3 Pit Lane,
                       Wadderton; Michelle Rigby (Donna's cousin), 14 Bank Top
Category ............. Neglect (both children)
Conference ........... Initial child protection conference held 12/01/2026
Chair ................ Rehana Qadir (IRO)
Allocated SW ......... Natalie Quirke
Team manager ......... Colin Birtwistle

-------------------------------------------------------------------------------
REASON FOR THE PLAN
-------------------------------------------------------------------------------
On 19/12/2025 Kai came home from school and found his mum asleep on the bathroom
floor with foil and a lighter beside her. He could not wake her properly and rang
his Nan, who came and called an ambulance. Lily-Mae was in the living room. Donna
was treated at Wadderton Royal Infirmary and discharged the same night. She told
the SW she had used heroin "three or four times" since November, on top of her
methadone.

-------------------------------------------------------------------------------
PARENTAL HEALTH AND SUBSTANCE USE
-------------------------------------------------------------------------------
Donna has used heroin since she was 20 and has been prescribed methadone (60ml
daily) since 2019 by Pathway House, the Wadderton Drug and Alcohol Service, in
shared care with her GP. Her urine screen on 22/12/2025 was positive for heroin.
She restarted supervised daily consumption at Colliery Row Pharmacy on
23/12/2025. Wayne works nights at the Wadderton distribution centre on Tuesday,
Wednesday and Thursday. There are no concerns about Wayne's drug or alcohol use.

-------------------------------------------------------------------------------
CHILDREN'S VIEWS
-------------------------------------------------------------------------------
Kai (seen on his own at school, 08/01/2026): "I check on Mum when I get in. If
she's asleep funny I ring Nan. I don't want to find her like that again." He put
his worry about home at 8 out of 10. He wants his mum "to stop for good" and
wants to go to football "without thinking about it".

Lily-Mae (seen at home, 09/01/2026): "Mummy sleeps a lot. Nanna does my tea and
we have fish fingers." She showed the SW her bedroom and her drawing of the
family, with Nanna holding her hand.

-------------------------------------------------------------------------------
OUTCOMES FOR THE CHILDREN
-------------------------------------------------------------------------------
1. Kai and Lily-Mae are cared for every day and every night by an adult who is
   not under the influence of drugs.
2. Kai no longer checks on his mum or looks after his sister, and has time for
   football and his friends.
3. Lily-Mae gets to school every day, fed and on time.
4. Methadone and any other medicine are locked away where the children cannot
   reach them.

-------------------------------------------------------------------------------
ACTIONS
-------------------------------------------------------------------------------
ACTION 1 OF 11
  Action ........... See Kai and Lily-Mae at home and see Kai on his own.
  Responsible ...... Natalie Quirke (SW)
  Timescale ........ Weekly from 14/01/2026 until the review conference, at
                     least one visit a month unannounced
  Evidence of progress
                     Visit records with Kai's own words and the worry score he
                     gives out of 10, written down by the SW at every visit;
                     Lily-Mae seen and spoken with at every visit.

ACTION 2 OF 11
  Action ........... Key-work with Donna, methadone review and urine screening,
                     and a written report to each core group on whether she is
                     staying off heroin and how long further change is likely
                     to take.
  Responsible ...... Pathway House (Wadderton Drug and Alcohol Service) - Craig
                     Dunmore, recovery co-ordinator
  Timescale ........ Key-work every Wednesday; urine screen every Friday;
                     report two working days before each core group
  Evidence of progress
                     Urine screens negative for opiates other than methadone,
                     as recorded in Craig's reports; report on file before each
                     core group.

ACTION 3 OF 11
  Action ........... Take methadone under supervision at the pharmacy each day,
                     and keep all medicine in the locked box in the kitchen.
  Responsible ...... Donna Gallacher (Mum)
  Timescale ........ Daily from 13/01/2026, for the next 12 weeks, then
                     reviewed with Pathway House
  Evidence of progress
                     Pharmacy supervision record sent weekly to Pathway House;
                     locked box seen shut, with the key on Donna's keyring, at
                     every home visit (SW visit record).

ACTION 4 OF 11
  Action ........... Share Donna's prescribing and health history with the SW,
                     and tell the SW of any missed pick-up or early request for
                     medication.
  Responsible ...... Dr Ifeoma Nwosu, GP, Colliery Row Medical Practice
  Timescale ........ Within 5 working days of this conference, then before each
                     core group
  Evidence of progress
                     GP letter on the children's file by 19/01/2026 and a
                     written update before every core group.

ACTION 5 OF 11
  Action ........... Stay overnight at 27 Colliery Row on the nights Wayne
                     works, so that a sober adult is in the house.
  Responsible ...... Irene Gallacher (Nan, maternal)
  Timescale ........ Tuesday, Wednesday and Thursday nights, for the next 12
                     weeks, then reviewed at core group
  Evidence of progress
                     The SW's unannounced evening visits (at least one a
                     fortnight) find Irene at the house as agreed, noted on the
                     visit record.

ACTION 6 OF 11
  Action ........... Collect Lily-Mae from school and give both children their
                     tea at Pit Lane.
  Responsible ...... Irene Gallacher (Nan, maternal)
  Timescale ........ Every Monday and Friday after school, 3.15pm to 6pm
  Evidence of progress
                     The school's collection log shows Irene collected
                     Lily-Mae; Kai and Lily-Mae tell the SW about it at visits.

ACTION 7 OF 11
  Action ........... Check the locked box and how Donna is each morning after a
                     night shift, and ring the SW the same day with any worry.
  Responsible ...... Wayne Pollitt (Lily-Mae's dad)
  Timescale ........ Each morning after a night shift
  Evidence of progress
                     Wayne's initials and the time on the check sheet on the
                     fridge, seen by the SW at each visit.

ACTION 8 OF 11
  Action ........... Check Lily-Mae's attendance and punctuality and whether she
                     has had breakfast, and send the attendance to the SW.
  Responsible ...... Mrs Gail Horner, DSL, Wadderton St Mary's Infants
  Timescale ........ Every school day; attendance sent to the SW the first
                     Monday of each month
  Evidence of progress
                     Attendance at 95% or more on the register (it was 84% in
                     the autumn term); breakfast and lateness logged on CPOMS.

ACTION 9 OF 11
  Action ........... Weekly check-in for Kai with his pastoral manager, and a
                     place at the after-school football club.
  Responsible ...... Mr Scott Leary, pastoral manager, Wadderton High School
  Timescale ........ Each Tuesday after school, from 20/01/2026 until the
                     Easter holidays
  Evidence of progress
                     Kai's name on the football club register; Kai's own score
                     on the "How's home?" scale, recorded by Mr Leary each week
                     and sent to the SW fortnightly.

ACTION 10 OF 11
  Action ........... Four sessions of direct work with Kai about his mum's drug
                     use, who he can ring and what he does if she is unwell.
  Responsible ...... Natalie Quirke (SW)
  Timescale ........ Fortnightly, starting w/c 19 January
  Evidence of progress
                     Kai's worksheets and words on file; at the fourth session
                     Kai can tell the SW who he rings and what he does.

ACTION 11 OF 11
  Action ........... Refer the family for a family group conference so that the
                     wider family can plan who looks after the children if
                     Donna uses.
  Responsible ...... Natalie Quirke (SW) to refer; Wadderton Family Group
                     Conference Service to hold it
  Timescale ........ Referral within 5 working days of this conference; family
                     group conference held by 27/02/2026
  Evidence of progress
                     The family's written plan shared at the core group after
                     the conference.

-------------------------------------------------------------------------------
CONTINGENCY
-------------------------------------------------------------------------------
Trigger 1 ........ Donna is found under the influence of heroin or any drug not
                   prescribed to her, a urine screen is positive for heroin, or
                   the locked box is found open or empty.
Response ......... The adult who finds it makes sure the children are with
                   Irene or Wayne that day and rings the SW; the SW holds a
                   strategy discussion the same day; Donna does not care for
                   the children alone until it has taken place. If Donna
                   cannot be woken, anyone present rings 999.
Trigger 2 ........ Irene cannot stay on a night Wayne is working, or cannot
                   collect Lily-Mae (she is ill or away).
Response ......... Wayne swaps his shift or takes leave; if he cannot, the
                   children stay with Michelle Rigby at 14 Bank Top, who has
                   agreed and has been checked; if nobody can have them, the
                   SW arranges an emergency foster placement for both children
                   together that night.

-------------------------------------------------------------------------------
LEGAL PLANNING
-------------------------------------------------------------------------------
If Donna has two urine screens positive for heroin, or Kai finds her under the
influence again, before the review conference, the SW will ask the team manager
for a legal planning meeting within five working days to decide whether to start
the Public Law Outline.

-------------------------------------------------------------------------------
CORE GROUP AND REVIEW
-------------------------------------------------------------------------------
First core group ..... 26/01/2026, 2pm, Wadderton Family Centre
Then ................. every four weeks: 23/02/2026, 23/03/2026
Review conference .... 07/04/2026, 10am, Wadderton Town Hall

*** END OF PRINT ***
""",
    "findings": [],
})
