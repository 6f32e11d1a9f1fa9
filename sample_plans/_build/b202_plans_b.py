"""Batch 202, module b: seven fictional plans (tuning material), places beginning with "b".

Batch: 202. Letter: b. Split: tune (every plan).

Everything here is made up: babies, children, parents, relatives,
professionals, hospitals, wards, units, surgeries, nurseries, schools,
services, laboratories, streets and councils (Bellfrith, Brookhallow,
Bracewold, Birchampton, Bardsmoor, Bowlingcroft, Bridlecombe, Boltisham,
Brisworth and the rest). Any resemblance to real people, places or cases is
a coincidence. The labels were written by hand from docs/rules.md and the
conventions in sample_plans/README.md (conventions 1 to 13), without
running planlint or reading its code.

Focus: the situations the Child Z review found, written as real plans write
them, each in a template of its own and by a different author: a premature
baby looked after while still on a neonatal unit (who visits her, when,
and what must be in place before discharge); a mother with bipolar
disorder whose plan has drifted around her own needs; a baby whose safety
rests on his grandparents and an aunt; a family moving to another council
in the middle of pre-proceedings; a letter before proceedings to parents
who use cocaine, whose plan leans on a sister and a friend; a looked-after
baby readmitted from foster care to a children's ward; and a receiving
council's transfer-in conference for a mother with depression. The
document-level rules matter as much as the action rules: where a plan is
not exemplary its contingency, family fallback, adult services, child's
voice, outcomes, review dates, legal planning, hospital visits and transfer
are each written to fall clearly on one side of the rule.

1. Bellfrith (docx, exemplary): the hospital social worker's record of a
   neonatal discharge planning meeting and the child protection plan for
   a baby born at 30 weeks with neonatal abstinence syndrome, accommodated
   under section 20 while on the unit: a visiting plan (Who / When / What
   they will do / Where it is written down) with the social worker on the
   unit twice a week, a "before Esme leaves the unit" table and the rest of
   the plan as bullets; the drug service reports on the mother's potential
   for change and its likely timescale; legal planning after named
   triggers.
2. Brookhallow (pdf, header and footer): the independent chair's record
   and plan after a second review conference for a 3-year-old and a
   9-month-old whose mother has bipolar disorder and was detained in
   November; the chair records that progress has not been sufficient but
   the plan simply continues. Faults: most rows are about the mother's own
   health, money and housing (F001); the care coordinator's visits only
   support her (H001); an outcome about her mental health only (F002);
   appointments "as and when offered" (T002); a peer group measured by her
   "engagement" (M002); "All professionals" sharing concerns (W002); no
   legal planning although progress is insufficient (R002).
3. Bracewold (md, exemplary): a family network plan agreed at a family
   group conference and adopted by the core group for a 4-month-old
   living with his mother at his paternal grandparents' home, his father
   drinking and living apart: the network's own rules in first-person
   plural, the professionals' part, and a contingency that says what
   happens if each relative's help stops; the alcohol service reports on
   the father's potential to change.
4. Birchampton (txt): a case-system print of a transfer-out plan for a
   6-year-old and an 18-month-old moving with their mother (on a
   methadone script) to Bardsmoor during pre-proceedings. Faults: the
   parenting assessment handed to the receiving council (X001); a family
   support referral left to the new worker "once the family are settled"
   (X001, T002); a passive school place application (W001); a hearing
   referral with "-" for evidence (M001); a contingency that only says the
   case will be discussed and the plan reviewed (C002); and the review
   conference cancelled for a transfer-in conference "date to be confirmed"
   (R001).
5. Bowlingcroft (docx): a letter before proceedings to the parents of a
   2-year-old and a 5-month-old (cocaine and alcohol, arguments the police
   attend), with the plan attached as a table in the second person; the
   mother's sister supervises the father's time with the children and a
   friend helps every morning. Faults: an outcome about the mother only
   (F002); nothing of the children's own days or wishes (F003); the
   parents' drug and alcohol use with no adult service owning any action
   (F004); the father's programme with no timescale (T001); a parenting
   course measured by "good engagement" (M002); and no fallback if the
   sister or the friend cannot help (C003).
6. Bridlecombe (md): core group minutes held on a children's ward for an
   11-week-old baby looked after under section 20 with a foster carer and
   readmitted with bronchiolitis. Faults: the social worker only phones
   the ward and nobody is set to visit the baby at a stated frequency
   (L001); the foster carer visits "as often as she can" (T002); a passive
   discharge planning meeting (W001); the personal adviser's work measured
   by "engagement" (M002); and the minutes hold no contingency at all
   (C001).
7. Boltisham (pdf, header and footer, exemplary): the receiving council's
   transfer-in conference plan for a 4-year-old and a 10-month-old whose
   mother has recurrent depression and took an overdose while caring for
   them; what the transferring council did until today, a numbered table
   of work from today (No. / What will happen / Lead / When / What will
   show it is working), the community mental health team's report on her
   capacity to change, the grandmother's help with a fallback, and legal
   planning after named triggers.

Plans 1, 3 and 7 are exemplary: every action has a named owner, a real
timescale and something that can be seen, counted or read; every outcome
is about the child; each contingency has specific triggers and protective
responses and says what happens if a relative's help stops; each records
the child's observed days or words, core group dates and a dated review
conference, and legal planning after named triggers; where a parent is
ill or uses drugs or alcohol an adult service owns an action and is asked
for its view of the parent's potential for change; the looked-after baby
in hospital (plan 1) is visited by her social worker twice a week; the
transfer (plan 7) stalls nothing.

Counting convention used for "actions" (README convention 1): each row of
an action or visiting table (header rows excepted), each bullet of a plan's
"rest of the plan" or professionals' part, each numbered rule of a family
network's plan, each task block of a case print and each numbered item of
a minutes' action log counts once. Details boxes, attendance, what has
happened, work already done (the transferring council's visits, a handover
already held), the children's days and words, worries, strengths,
outcomes, the contingency, legal planning history and meeting dates are
not actions.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. Neonatal discharge planning meeting record and child protection plan for
#    a looked-after premature baby: visiting plan, discharge table, bullets.
#    Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b202_bellfrith_neonatal_discharge_planning_visiting_plan_dobbyn.docx",
    "doc_title": "Neonatal Discharge Planning Meeting and Child Protection Plan - Esme Dobbyn",
    "split": "tune",
    "actions": 20,
    "template": "hospital-social-worker-neonatal-discharge-planning-meeting-record-and-cp-plan-docx-kv-details-present-why-looked-after-and-on-a-plan-esmes-days-on-the-unit-parents-and-grandmothers-words-going-well-outcomes-then-part-a-visiting-table-who-when-what-they-will-do-where-written-down-part-b-before-discharge-table-what-must-be-in-place-who-by-how-we-will-know-part-c-bullets-then-if-things-go-wrong-legal-planning-meetings",
    "description": (
        "Exemplary record, written by the hospital social worker with the child's social worker, of a "
        "neonatal discharge planning meeting that is also the core group, for a baby born at 30 weeks "
        "with neonatal abstinence syndrome who is accommodated under section 20 while on the unit and "
        "on a child protection plan for neglect (the mother on a methadone script used heroin on top "
        "in pregnancy; the father uses cannabis and the police have attended arguments). Esme's days "
        "on the unit as the nurses and the social worker see them, the parents' and grandmother's "
        "words, then the plan in three parts: a visiting table (the social worker on the unit every "
        "Monday and Thursday until discharge, the IRO, the foster carers daily, each parent's "
        "supervised family time), a table of what must be in place before discharge, and bullets for "
        "the rest of the plan (the drug service's weekly tests and its view of the mother's potential "
        "to change and how long it would take, hair strand tests, a parenting assessment, the "
        "father's programme, housing, a viability assessment of the grandmother). The contingency has "
        "named triggers and responses, a fallback for the grandmother and legal planning; meetings "
        "and the review conference are dated."
    ),
    "blocks": [
        ("title", "Neonatal Discharge Planning Meeting and Child Protection Plan"),
        ("p", "Bellfrith General Hospital Neonatal Unit with Bellfrith City Council Children's Services. "
              "Record written by Dawn Pickering (hospital social worker) with Priya Nandha (Esme's social "
              "worker). This meeting was also Esme's second core group, so this record is her child "
              "protection plan until the review conference."),
        ("kv", [
            ("Baby", "Esme Dobbyn, born 04/12/2025 at 30 weeks and 5 days, 1.41 kg. Now 8 weeks old "
                     "(corrected 38 weeks and 5 days), 2.36 kg on 28/01/2026."),
            ("Where Esme is", "Bay 3, Bellfrith Neonatal Unit (special care), Bellfrith General Hospital"),
            ("Legal status", "Accommodated under section 20 of the Children Act 1989 since 19/12/2025, "
                             "with the written agreement of both parents. Esme is a looked-after child."),
            ("Child protection plan", "Since the initial conference on 08/01/2026, under the category of "
                                      "neglect"),
            ("Mother", "Shannon Dobbyn (23), staying at Bramwell House hostel, Bellfrith"),
            ("Father", "Liam Tasker (26), Flat 2, 19 Burrage Road, Bellfrith. Named on the birth "
                       "certificate; has parental responsibility."),
            ("Maternal grandmother", "Karen Dobbyn (49), Bellfrith"),
            ("Planned carers on discharge", "Pat and Graham Whitley, Bellfrith City Council foster carers"),
            ("Meeting", "29/01/2026, 10am, Bellfrith Neonatal Unit seminar room"),
        ]),
        ("h1", "Present"),
        ("p", "Dawn Pickering (hospital social worker, chairing); Priya Nandha (social worker, Assessment and "
              "Intervention Team 3); Dr Hamid Rahman (consultant neonatologist); Sister Joanne Bell (neonatal "
              "discharge coordinator); Tessa Gowan (neonatal outreach nurse); Laura Kemp (health visitor, "
              "Bellfrith 0-19 Service); Sean Doyle (keyworker, Bellfrith Recovery Partnership); Ade Bakare "
              "(supervising social worker, Bellfrith Fostering); Pat and Graham Whitley (foster carers); "
              "Rosie Alder (family time worker, Bellfrith Family Time Service); Shannon Dobbyn; Liam "
              "Tasker (for the first hour); Karen Dobbyn."),
        ("h1", "Why Esme is looked after and on a child protection plan"),
        ("p", "Shannon has been prescribed methadone by the Bellfrith Recovery Partnership since March 2025. "
              "Her urine tests showed heroin on top of her methadone in October and November 2025, and "
              "she had six antenatal appointments in total. Esme was born early and needed morphine for "
              "neonatal abstinence syndrome until 20/01/2026. On 18/12/2025 Shannon came onto the unit "
              "drowsy and unsteady and was asked to leave by the nurse in charge. Shannon has no home of "
              "her own and agreed on 19/12/2025 that Esme should be looked after by the council when she "
              "is ready to leave hospital. The police have been called to arguments between Shannon and "
              "Liam twice in 2025; in August Shannon said that Liam pushed her against a door. Liam says "
              "he smokes cannabis most evenings."),
        ("h1", "Esme's days on the unit"),
        ("p", "Esme is in an open cot in Bay 3. She now takes most of her feeds from a bottle, every three "
              "hours, and has a nasogastric tube for the rest. The nurses say that in her first two weeks "
              "she was jittery, sneezed a lot and had a high-pitched cry, and only settled when she was "
              "swaddled and held skin to skin. Her withdrawal scores have been low since she came off "
              "morphine. When Priya visited on 22/01/2026 and 26/01/2026, Esme was awake and alert after "
              "her feed, held Priya's finger and turned her head towards Shannon's voice. She startles at "
              "loud noises on the unit and calms quickly when Pat holds her against her chest. Sister "
              "Bell says she is a baby who \"likes to be held close and fed on time\"."),
        ("p", "Since Esme was accommodated, Priya has visited her on the unit twice a week, the IRO visited "
              "on 09/01/2026, and Shannon has come to 11 of her 14 family time sessions."),
        ("h1", "What Shannon, Liam and Karen say"),
        ("p", "Shannon: \"I know why she's not coming home with me yet. I want to show you I can stay clean "
              "and be her mum. I love doing her feeds.\" Liam: \"I'll do whatever course you want. I just "
              "want to see her more than once a week.\" Karen: \"I'd have her in a heartbeat, but I work "
              "full time. I'll come with Shannon on Tuesdays so she's not on her own.\""),
        ("h1", "What is going well"),
        ("bullets", [
            "Esme is off morphine, gaining weight and is expected to be ready to leave the unit in the "
            "week beginning 16/02/2026.",
            "Shannon's urine tests have shown only methadone since 05/12/2025.",
            "Shannon feeds and changes Esme confidently at family time, and Rosie says she reads Esme's "
            "cues well.",
            "Pat and Graham have met Esme three times and have cared for two babies with withdrawal "
            "before.",
        ]),
        ("h1", "What we want for Esme"),
        ("numbers", [
            "Esme keeps gaining weight, feeds well and leaves the unit as soon as she is medically ready, "
            "to carers who have been shown how to look after her.",
            "Esme is seen and held by the people who matter to her, including her social worker, every "
            "week while she is in hospital, and her family time with her parents is safe.",
            "Esme is never cared for by an adult who has taken drugs or alcohol, and is not exposed to "
            "arguments or violence between the adults around her.",
            "A decision about where Esme will grow up is made by the PLO review meeting on 02/04/2026, so "
            "that she is not left waiting.",
        ]),
        ("h1", "The plan"),
        ("p", "Each row and bullet below says who will do it, when, and how we will know. Part A is the "
              "visiting plan while Esme is on the unit. Part B is what must be in place before she leaves. "
              "Part C is the rest of her child protection plan."),
        ("h2", "Part A: Who will visit Esme on the unit"),
        ("table", {
            "header": ["Who", "When", "What they will do", "Where it is written down"],
            "widths": [3.6, 3.6, 5.6, 4.2],
            "rows": [
                ["Priya Nandha, social worker",
                 "Every Monday and Thursday until Esme leaves the unit",
                 "Visit Esme in Bay 3, see her awake and hold or feed her, and ask the nurse in charge "
                 "about her weight, her feeds and who has visited",
                 "Visit record on Esme's file within 24 hours, saying what Esme was doing and her latest "
                 "weight"],
                ["Martin Healey, independent reviewing officer",
                 "Once before discharge, by 10/02/2026",
                 "Visit Esme on the unit and talk with the nurse in charge and with Shannon about Esme's "
                 "care plan and the move to foster care",
                 "IRO's note of the visit on Esme's file by 13/02/2026"],
                ["Pat and Graham Whitley, foster carers",
                 "Every day from 02/02/2026, 10am to 12 noon, and two nights rooming in before discharge",
                 "Learn Esme's care from the nurses: her feeds, her tube, her withdrawal chart and how she "
                 "likes to be settled",
                 "Unit visitors' book; neonatal competency checklist signed by Sister Bell"],
                ["Shannon Dobbyn (Mum), supervised by Rosie Alder",
                 "Monday, Wednesday and Friday, 1pm to 3pm",
                 "Family time on the unit: Shannon gives Esme her 1pm feed, changes her and has skin-to-skin "
                 "time with her",
                 "Rosie's family time record, sent to Priya within 2 working days of each session"],
                ["Karen Dobbyn (Nan), with Shannon, supervised by Rosie Alder",
                 "Every Tuesday, 2pm to 3.30pm",
                 "Family time on the unit with Shannon, so that Karen gets to know Esme's care and routine",
                 "Rosie's family time record, sent to Priya within 2 working days"],
                ["Liam Tasker (Dad), supervised by Rosie Alder",
                 "Every Thursday, 3pm to 4pm",
                 "Family time on the unit: Liam feeds and holds Esme",
                 "Rosie's family time record, sent to Priya within 2 working days"],
            ],
        }),
        ("h2", "Part B: Before Esme leaves the unit"),
        ("table", {
            "header": ["What must be in place", "Who", "By", "How we will know it is in place"],
            "widths": [6.0, 3.6, 3.2, 4.2],
            "rows": [
                ["Decide whether Esme meets the unit's discharge criteria: all feeds by bottle, no morphine "
                 "for 5 days and steady weight gain for a week",
                 "Dr Hamid Rahman, consultant neonatologist",
                 "At the consultant ward round every Wednesday until discharge",
                 "Criteria signed off on the neonatal discharge checklist; weight on the 9th centile or "
                 "above"],
                ["Teach Pat and Graham Esme's care: feeds, signs of withdrawal, the withdrawal chart, safe "
                 "sleep and baby basic life support",
                 "Sister Joanne Bell, neonatal discharge coordinator",
                 "By 13/02/2026",
                 "Competency checklist signed by Sister Bell; basic life support certificate on Esme's "
                 "file"],
                ["Check the foster home is ready for Esme: a Moses basket, a car seat fitted, a smoke-free "
                 "home and the carers' safe sleep plan",
                 "Ade Bakare, supervising social worker",
                 "By 13/02/2026",
                 "Home safety checklist on Esme's file; car seat fitting seen by Ade"],
                ["Book the neonatal outreach visits at the foster home: the first within 48 hours of "
                 "discharge, then weekly for 4 weeks",
                 "Tessa Gowan, neonatal outreach nurse",
                 "Booked before discharge",
                 "Weights plotted in the red book at each visit; outreach notes sent to Laura and Priya"],
                ["New birth visit at the foster home, then weigh Esme every two weeks until her corrected "
                 "6 to 8 week check",
                 "Laura Kemp, health visitor",
                 "Within 10 days of discharge, then fortnightly",
                 "Weights on the centile chart in the red book; HV record shared at each core group"],
                ["Register Esme with Bellbrook Surgery and send her discharge summary there",
                 "Pat Whitley, with Sister Bell",
                 "Registration form in by the day of discharge",
                 "Surgery confirms registration; discharge summary on the GP record within 5 days"],
                ["Hold the final discharge planning meeting to set the discharge date and family time after "
                 "discharge",
                 "Dawn Pickering, hospital social worker",
                 "10/02/2026 at 10am",
                 "Written discharge plan sent to everyone within 2 working days of the meeting"],
            ],
        }),
        ("h2", "Part C: The rest of Esme's child protection plan"),
        ("bullets", [
            "Sean Doyle (keyworker, Bellfrith Recovery Partnership) will see Shannon every week, test her "
            "urine at each session and write to Priya before every core group with the results, whether "
            "Shannon has used anything on top of her methadone, what needs to change for her to care for "
            "Esme, and how long he thinks that is likely to take.",
            "Priya will commission hair strand tests for Shannon (heroin, cocaine and alcohol) and Liam "
            "(cannabis and cocaine) from Brightlane Toxicology by 06/02/2026, and share the laboratory "
            "report at the core group on 05/03/2026.",
            "Priya will complete a parenting assessment of Shannon and Liam by 27/03/2026, using Rosie's "
            "records and the test results, and give the report to them and to the core group before the "
            "PLO review meeting on 02/04/2026.",
            "Liam will go to the assessment for the Bellfrith Safer Relationships Programme by 20/02/2026 "
            "and then to every weekly session; the programme facilitator sends Priya a report each month.",
            "Liam will go to an assessment about his cannabis use at the Bellfrith Recovery Partnership by "
            "13/02/2026, and the worker's assessment letter will be on Esme's file by the next core group.",
            "Gary Birtles (housing options officer, Bellfrith City Council) will assess Shannon for "
            "supported housing where Esme could live with her, and write to Priya with the outcome by "
            "27/02/2026.",
            "Priya will complete a viability assessment of Karen as a possible carer for Esme by "
            "20/02/2026, and share her recommendation in writing with Karen, Shannon and the core group.",
        ]),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Shannon or Liam arrive for family time smelling of alcohol or cannabis, or seem drowsy or "
            "unsteady, Rosie or the nurse in charge ends the session and rings Priya the same day; the next "
            "session goes ahead only after a clear test.",
            "If either parent tries to take Esme from the unit, or withdraws their agreement to her being "
            "accommodated, the nurse in charge rings 999 and hospital security, Priya (or the Emergency Duty "
            "Team) holds a strategy discussion the same day, and Owen Gallagher (team manager) asks the "
            "council's lawyers that day to apply for an emergency protection order.",
            "If Karen cannot come on a Tuesday, the session goes ahead for Shannon with Rosie supervising, "
            "and Rosie tells Priya.",
            "If Pat and Graham have not been signed off by 13/02/2026, Esme stays on the unit until they "
            "are, and Priya visits her every Monday and Thursday until then.",
            "If Shannon's tests show heroin or cocaine, or she misses three family time sessions in a row, "
            "Owen Gallagher will hold a legal planning meeting within 5 working days to decide whether to "
            "issue care proceedings.",
        ]),
        ("h1", "Legal planning"),
        ("p", "A legal planning meeting on 15/01/2026 decided that the council should start pre-proceedings "
              "under the Public Law Outline. The letter before proceedings was sent on 20/01/2026 and the "
              "pre-proceedings meeting was held on 27/01/2026. The PLO review meeting is on 02/04/2026."),
        ("h1", "Meetings"),
        ("bullets", [
            "Final discharge planning meeting: 10/02/2026 at 10am on the unit.",
            "Core group every three weeks: 19/02/2026, 12/03/2026 and 02/04/2026 at 2pm.",
            "Esme's looked-after review (chaired by Martin Healey): 19/03/2026.",
            "Review child protection conference: 08/04/2026 at 10am, Bellfrith Civic Centre.",
        ]),
        ("p", "Record sent to Shannon, Liam, Karen, Pat and Graham and everyone present on 30/01/2026."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. The independent chair's record and plan after a second review
#    conference: progress not sufficient, but the plan simply continues.
#    Header and footer on every page (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b202_brookhallow_rcpc_chairs_record_plan_continues_elsdon.pdf",
    "doc_title": "Chair's Record and Child Protection Plan - Mason and Ivy Elsdon",
    "split": "tune",
    "actions": 12,
    "min_pages": 2,
    "header": "OFFICIAL-SENSITIVE | Brookhallow Council Children's Services | Mason and Ivy Elsdon",
    "footer": "Second review child protection conference, 21/01/2026 | Page {PAGE} of {NUMPAGES}",
    "template": "independent-chairs-record-of-second-review-conference-paged-header-footer-conference-details-kv-present-progress-since-last-review-childrens-experience-views-decision-outcomes-numbered-then-no-what-will-be-done-who-when-how-we-will-know-table-then-if-kerry-ann-becomes-unwell-core-group-and-review",
    "description": (
        "The independent chair's record of a second review conference for a 3-year-old and a "
        "9-month-old (neglect) whose mother has bipolar disorder, stopped her lithium and was detained "
        "on a mental health ward in November while the children stayed with their grandmother. The "
        "chair records that progress has not been sufficient (the baby's weight has dropped two "
        "centile lines, the boy's nursery attendance is 71%) and the plan continues for three months. "
        "Mason's words and the health visitor's observations of Ivy, the adults' views, numbered "
        "outcomes, then a table (No. / What will be done / Who / When / How we will know). Faults: "
        "seven of the twelve rows are about the mother's own health, money and housing with no link "
        "to the children; the care coordinator's fortnightly visits only support her (the "
        "psychiatrist's row, by contrast, reports on her capacity to change); an outcome about her "
        "mental health only; her appointments 'as and when offered'; a peer group measured by her "
        "'engagement'; 'All professionals' sharing concerns; and no legal planning although the "
        "plan says progress is not sufficient."
    ),
    "blocks": [
        ("title", "Review Child Protection Conference: Chair's Record and Plan"),
        ("p", "Brookhallow Council, Safeguarding and Quality Assurance Unit. Written by Bernadette Quinlan, "
              "independent chair, on 22/01/2026 from her notes of the conference."),
        ("kv", [
            ("Children", "Mason Elsdon, born 14/09/2022 (3); Ivy Elsdon, born 19/04/2025 (9 months)"),
            ("Address", "14 Bowman Street, Brookhallow BK2 7RS"),
            ("Mother", "Kerry-Ann Elsdon (29)"),
            ("Fathers", "Mason's father, Jordan Pryce, has had no contact since 2023. Ivy's father, Dean "
                        "Oakes, lives in Brookhallow and sees Ivy on Saturday afternoons."),
            ("Maternal grandmother", "Pauline Elsdon, 6 Brindle Close, Brookhallow"),
            ("Plan", "Child protection plans since 16/07/2025, under the category of neglect"),
            ("Conference", "Second review child protection conference, 21/01/2026, Brookhallow Civic "
                           "Centre"),
            ("Social worker", "Lucy Barraclough, Brookhallow Family Safeguarding Team"),
        ]),
        ("h1", "Present"),
        ("p", "Bernadette Quinlan (chair); Lucy Barraclough (social worker); Gail Morton (care coordinator, "
              "Brookhallow Community Mental Health Team); Sarah Lund (health visitor); Mrs Joy Akande "
              "(manager, Buttonhill Nursery); Nadia Hussain (family support worker); Kerry-Ann Elsdon; "
              "Pauline Elsdon. Apologies: Dr Raj Patel (consultant psychiatrist), who sent a report; "
              "Dr Amrit Sandhu (GP, Brookhallow Road Surgery), who sent a report; Dean Oakes."),
        ("h1", "Progress since the last review"),
        ("p", "Kerry-Ann has bipolar affective disorder. She stopped taking her lithium in October and was "
              "detained under section 2 of the Mental Health Act on Beckwith Ward, Brookhallow Hospital, "
              "from 02/11/2025 to 24/11/2025. Mason and Ivy stayed with Pauline while Kerry-Ann was in "
              "hospital. Since she came home Kerry-Ann has missed two CMHT appointments and one "
              "outpatient clinic. Ivy's weight has dropped from the 25th to the 9th centile since "
              "October. Mason has attended 71% of his nursery sessions this term. Lucy found the home "
              "cold, with little food in the fridge, on three of her six visits."),
        ("p", "The conference agreed that progress against the plan has not been sufficient. Kerry-Ann "
              "said that she has been taking her lithium every day since she left hospital and that she "
              "needs more help."),
        ("h1", "What life is like for Mason and Ivy"),
        ("p", "Mason told Lucy on 14/01/2026: \"Mummy was poorly in the hospital. I stayed at Nanny's. "
              "Nanny has the big bed and Ivy had the cot.\" He told nursery staff that \"Mummy was shouting "
              "at the telly\" and that he had cereal for tea. At nursery he is chatty and loves the sand "
              "tray; staff say he is often hungry in the morning and asks when it is snack time."),
        ("p", "Sarah Lund saw Ivy at home on 08/01/2026 and 15/01/2026. Ivy is a smiley baby who babbles "
              "and reaches for Mason when he comes into the room. On both visits she was in a wet nappy "
              "with nappy rash, and on the second her bottle had been made up that morning and left out. "
              "At Pauline's on 10/01/2026 she fed well and settled to sleep in her cot."),
        ("h1", "What the family said"),
        ("p", "Kerry-Ann: \"I know I let things slip when I stopped my meds. I'm back on them now. I just need "
              "help with money and a bigger flat.\" Pauline: \"I'll always have them, but I can't do it "
              "every day. I'm worried she'll stop her tablets again.\" Dean sent a message that he wants "
              "Ivy to stay with her mum and will keep having her on Saturdays."),
        ("h1", "Decision"),
        ("p", "Mason and Ivy remain subject to child protection plans under the category of neglect. The "
              "plan continues for a further three months with the actions below, and will be looked at "
              "again at the next review conference."),
        ("h1", "Outcomes"),
        ("numbers", [
            "Mason and Ivy are fed, clean and warm every day, and Ivy's weight is back on the 25th centile "
            "by the next review.",
            "Mason goes to nursery for at least 90% of his sessions.",
            "Kerry-Ann's mental health is stable and she takes her medication every day.",
            "Mason and Ivy are always looked after by an adult who is well enough to care for them.",
        ]),
        ("h1", "The plan"),
        ("table", {
            "header": ["No.", "What will be done", "Who", "When", "How we will know"],
            "widths": [1.3, 5.7, 3.4, 3.0, 3.6],
            "rows": [
                ["1",
                 "Continue fortnightly home visits to support Kerry-Ann with her mood and her medication",
                 "Gail Morton, care coordinator, Brookhallow CMHT",
                 "Every two weeks",
                 "CMHT visit record; dates of visits sent to the social worker"],
                ["2",
                 "Outpatient review of Kerry-Ann's lithium, and a letter to the core group on how her illness "
                 "affects her care of Mason and Ivy, whether she can keep well and how long that would take",
                 "Dr Raj Patel, consultant psychiatrist, Brookhallow CMHT",
                 "Clinic every 6 weeks, next on 04/02/2026; letter by 04/03/2026",
                 "Dr Patel's letter on the children's file and discussed at the core group"],
                ["3",
                 "Lithium blood tests for Kerry-Ann, with the results sent to the CMHT",
                 "Dr Amrit Sandhu, GP, Brookhallow Road Surgery",
                 "Every 3 months, next by 20/02/2026",
                 "Results on the GP record and copied to Dr Patel"],
                ["4",
                 "Attend every appointment with the CMHT and the psychiatrist",
                 "Kerry-Ann",
                 "As and when offered",
                 "CMHT attendance record"],
                ["5",
                 "Complete the six-week Wellness Recovery Action Plan course at Brookhallow Recovery College",
                 "Kerry-Ann",
                 "Weekly from 10/02/2026 to 17/03/2026",
                 "Certificate of completion and a copy of her recovery plan given to Lucy"],
                ["6",
                 "Go to the Brookhallow Hearth peer support group for her own wellbeing",
                 "Kerry-Ann",
                 "Every Thursday, 10am",
                 "Kerry-Ann's engagement with the group"],
                ["7",
                 "Help Kerry-Ann claim Personal Independence Payment and agree a plan to pay off her rent "
                 "arrears",
                 "Nadia Hussain, family support worker",
                 "By 28/02/2026",
                 "PIP claim reference and a signed arrears agreement on file"],
                ["8",
                 "Support Kerry-Ann's application for a transfer to a two-bedroom flat",
                 "Lucy Barraclough, social worker",
                 "By 31/03/2026",
                 "Banding letter from Brookhallow Homes on file"],
                ["9",
                 "Weigh Ivy at home, plot her weight on her centile chart and check her feeds and nappy area",
                 "Sarah Lund, health visitor",
                 "Every two weeks until the review",
                 "Weights in the red book; Ivy back on the 25th centile by the review"],
                ["10",
                 "Record Mason's attendance and ring the social worker by 10am on any day he does not arrive",
                 "Mrs Joy Akande, manager, Buttonhill Nursery",
                 "Every nursery day (Monday, Tuesday and Thursday)",
                 "Attendance sheet sent to Lucy every Friday; at least 90% attendance"],
                ["11",
                 "Visit the home and see Mason and Ivy, checking beds, food and nappies; at least one visit "
                 "a fortnight unannounced",
                 "Lucy Barraclough, social worker",
                 "Every week",
                 "Visit records with the home conditions checklist and Mason's words"],
                ["12",
                 "Tell the social worker the same day about any concern about Mason's or Ivy's care",
                 "All professionals",
                 "The same day",
                 "Concern logged on the children's file"],
            ],
        }),
        ("h1", "If Kerry-Ann becomes unwell"),
        ("p", "If Kerry-Ann stops her lithium, misses two CMHT appointments in a row, or shows the early "
              "warning signs in her relapse plan (not sleeping for two nights, spending sprees, talking "
              "very fast), Gail will ask the Brookhallow Home Treatment Team to assess her the same day, "
              "and Lucy (or the Emergency Duty Team out of hours) will visit the children that day. Mason "
              "and Ivy will go to stay with Pauline until the Home Treatment Team says Kerry-Ann is well "
              "enough to care for them. If Pauline cannot have them, Lucy or the Emergency Duty Team will "
              "place them with foster carers the same day."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks at Brookhallow Family Hub, 1.30pm: 04/02/2026, 04/03/2026 and "
            "01/04/2026.",
            "Next review child protection conference: 22/04/2026 at 10am, Brookhallow Civic Centre.",
        ]),
        ("p", "Bernadette Quinlan, independent chair, 22/01/2026. Copies to Kerry-Ann, Dean, Pauline and "
              "every agency present."),
    ],
    "findings": [
        F("F001"),
        F("H001", "Continue fortnightly home visits to support Kerry-Ann with her mood"),
        F("F002", "Kerry-Ann's mental health is stable and she takes her medication every day."),
        F("T002", "Attend every appointment with the CMHT and the psychiatrist"),
        F("M002", "Go to the Brookhallow Hearth peer support group for her own wellbeing"),
        F("W002", "Tell the social worker the same day about any concern"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 3. A family network plan agreed at a family group conference and adopted
#    as the child protection plan: the network's rules, the professionals'
#    part, and a fallback for each relative. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b202_bracewold_family_network_plan_fgc_rules_pegler.md",
    "split": "tune",
    "actions": 13,
    "template": "family-network-plan-md-agreed-at-family-group-conference-adopted-by-core-group-whos-in-archies-network-list-why-we-met-archies-day-what-the-family-said-working-well-what-we-want-for-archie-then-our-familys-plan-numbered-rules-with-who-when-how-everyone-will-know-bullets-then-professionals-table-who-what-when-how-well-know-then-if-the-plan-stops-working-per-relative-meetings",
    "description": (
        "Exemplary family network plan for a 4-month-old boy, agreed at a family group conference "
        "and adopted as his child protection plan at the core group (neglect: his father drinks, fell "
        "asleep drunk on the sofa holding him, and punched a door while his mother held him). Archie "
        "and his mother live with his paternal grandparents; his father lives apart and sees him "
        "there, supervised by the grandparents; his mother's aunt has him on Fridays. A who's who of "
        "the network, the social worker's worries, Archie's day as the family and health visitor see "
        "it, each adult's words, then the family's rules (numbered, each with Who / When / How "
        "everyone will know) and the professionals' table (the alcohol service's assessment and "
        "report on the father's potential to change and how long it would take, the health visitor, "
        "a programme for the father, an IDVA, the FGC review). The contingency says what happens if "
        "the father drinks, if each relative's help stops, and when legal planning follows; meetings "
        "and the review conference are dated."
    ),
    "text": """\
# Archie's Family Plan

**Bracewold Council Children's Services and Bracewold Family Group Conference Service**

Archie's family wrote this plan at his family group conference on 20/01/2026, with Rhiannon Price
(FGC coordinator). The core group agreed it on 27/01/2026 and added the professionals' part. It is
now Archie's child protection plan until his review conference.

## Who is in Archie's network

- **Archie Pegler**, born 22/09/2025 (4 months)
- **Jodie Carver** (19), Archie's mum. Jodie and Archie live with Sandra and Pete at 31 Bexfield
  Road, Bracewold BW3 5LN.
- **Kyle Pegler** (22), Archie's dad. Lives on his own at Flat 4, Bellamy Court, Bracewold.
- **Sandra Pegler** (52) and **Pete Pegler** (55), Kyle's mum and dad ("Nana Sandra" and
  "Grandad Pete"). Sandra works at Bracewold Library three days a week; Pete works nights.
- **Lisa Carver** (38), Jodie's aunt, 8 Buckthorn Avenue, Bracewold, two streets away.
- **Tom Achebe**, Archie's social worker, Bracewold Children's Services (team manager: Julie
  Stannard)
- **Claire Benson**, health visitor, Bracewold 0-19 Service
- **Amir Saleem**, recovery worker, Bracewold Recovery Hub (alcohol and drugs)

## Why we met

Archie has been on a child protection plan since his initial conference on 18/12/2025, under the
category of neglect. Kyle drinks most days, often eight or more cans. On 02/11/2025 Jodie woke at
4am to find Kyle asleep on the sofa with Archie lying on his chest and empty cans on the floor. On
28/11/2025 the police were called to their flat after Kyle, drunk, punched a hole in the bedroom
door while Jodie was holding Archie. Since then Jodie and Archie have lived with Sandra and Pete,
and Kyle has seen Archie only at their house.

Jodie has no history of mental health difficulties and does not drink or use drugs.

## Archie's day

Archie wakes at about 6am and has his bottle with Jodie in her room. Claire saw him on 13/01/2026
and 26/01/2026: he smiles and coos at Jodie, follows her with his eyes round the room and laughs
when Grandad Pete blows raspberries on his tummy. He is on the 50th centile for weight. He naps in
his cot after his morning bottle and goes to the Bexfield Road park in his pram with Nana Sandra
most afternoons. Jodie says he "goes stiff and cries" when voices are raised, and that he settles
fastest on her shoulder with the radio on. On Fridays he is with Lisa, who says he loves bath
time and kicks so hard "the floor gets a bath too". Tom saw Archie with Kyle on 22/01/2026: Archie
looked at Kyle for a long time, then smiled when Kyle sang to him.

## What the family said at the conference

- **Jodie:** "I want Archie to have his dad, but not a dad who's drunk. I'm not going back to the
  flat until Kyle's sorted."
- **Kyle:** "I know I've got a problem with drink. I've never hurt Archie and I never would. I'll
  do the tests, whatever it takes."
- **Sandra:** "He's our grandson. Jodie and Archie can stay as long as they need. I'll be watching
  Kyle like a hawk."
- **Pete:** "I work nights, so I'm about in the day. I'll do what's needed."
- **Lisa:** "Fridays are mine. I'll have him while Jodie does her course."

## What's working well

- Archie is gaining weight well and has had all his immunisations on time.
- Jodie has kept every health visitor appointment and has gone back to college on Fridays.
- Kyle has seen Archie at Bexfield Road 11 times since December, always with Sandra or Pete there,
  and has not once turned up after drinking.
- Kyle went to his first appointment at Bracewold Recovery Hub on 15/01/2026.

## What we want for Archie

1. Archie is never cared for, or left to sleep, with an adult who has been drinking.
2. Archie sleeps safely, in his own cot, every night and every nap.
3. Archie lives in a calm home where no one shouts, hits or breaks things.
4. Archie keeps seeing his dad, safely, and has a dad who can care for him sober.
5. Archie keeps growing and developing well, and is seen by his health visitor every two weeks.

## Our family's plan

We, Archie's family, agreed these rules at the family group conference. Each rule says who is
doing it.

1. **Kyle will only see Archie at 31 Bexfield Road, with Sandra or Pete in the room all the time.
   He will not take Archie out, will not stay overnight and will not be left alone with him.**
   - Who: Kyle
   - When: Tuesdays and Thursdays 5pm to 7pm, and Sundays 12 noon to 4pm
   - How everyone will know: the contact diary, signed by whoever supervised; Tom reads it at
     every visit

2. **Kyle will not drink for 24 hours before seeing Archie, and will blow into the breathalyser
   that Sandra keeps before each visit.**
   - Who: Kyle
   - When: before every visit
   - How everyone will know: the reading, which must be 0.00, is written in the contact diary

3. **Sandra (or Pete when Sandra is at work) will supervise every visit, end it if Kyle has
   been drinking or raises his voice, and text Tom the same day if a visit is stopped.**
   - Who: Sandra Pegler, with Pete Pegler covering Sandra's work days
   - When: every visit
   - How everyone will know: the contact diary; Sandra's text to Tom; Tom checks both at each
     visit

4. **Jodie will put Archie to sleep on his back in his own cot in her room, for every nap and
   every night, and will not sleep with him on a sofa or in a bed.**
   - Who: Jodie
   - When: every sleep
   - How everyone will know: Claire sees the cot and where Archie sleeps at each visit, and
     writes it in her record

5. **Pete will drive Jodie and Archie to the baby group at Bracewold Children's Centre.**
   - Who: Pete Pegler
   - When: every Wednesday, 10am, until the review conference
   - How everyone will know: the children's centre register

6. **Lisa will look after Archie while Jodie is at college, and write his feeds, nappies and
   sleeps in the family diary.**
   - Who: Lisa Carver
   - When: every Friday in term time, 8.30am to 3.30pm
   - How everyone will know: the family diary; Jodie's college register, which Jodie shows Tom
     each month

7. **Jodie will take Archie to be weighed at the baby clinic and to each of his immunisations
   on the dates in his red book.**
   - Who: Jodie
   - When: every two weeks at the Bracewold Children's Centre clinic, and on each immunisation date
   - How everyone will know: weights and immunisations written in the red book

## What the professionals will do

| Who | What | When | How we'll know |
|---|---|---|---|
| Tom Achebe, social worker | Visit 31 Bexfield Road, see Archie awake and see Jodie on her own; one visit in four unannounced, and one visit a month during Kyle's time with Archie | Every week until the review conference | Visit records on Archie's file within 48 hours, with what Archie was doing and what Jodie said |
| Amir Saleem, recovery worker, Bracewold Recovery Hub | Assess Kyle's drinking, see him weekly with a breath test at each session, and write to Tom on whether Kyle has cut down, whether the change is likely to last and how long it would take before he could care for Archie safely | Assessment by 06/02/2026; sessions weekly; report 3 working days before each core group | AUDIT score at assessment and again after 4 weeks; breath test readings and the written report on Tom's file |
| Claire Benson, health visitor | Visit Archie at home, weigh him, check his cot and sleep set-up, and complete his ASQ-3 at 6 months | Every two weeks; ASQ-3 by 31/03/2026 | Weights on the centile chart; sleep set-up in her record; ASQ-3 scores shared at the core group |
| Dev Mistry, facilitator, Bracewold Men Choosing Change programme | Assess Kyle for the programme for men who have been abusive at home, then run the weekly group with him | Assessment by 13/02/2026; weekly sessions from the next intake on 03/03/2026 | Assessment letter to Tom by 20/02/2026; attendance and progress report to Tom each month |
| Hayley Brook, IDVA, Bracewold Domestic Abuse Service | Safety planning with Jodie for her and Archie, including what she does if Kyle comes to Bexfield Road drunk | First meeting by 06/02/2026, then every two weeks until 31/03/2026 | Written safety plan, signed by Jodie, on Tom's file by 13/02/2026 |
| Rhiannon Price, FGC coordinator | Hold a review family meeting to go through each family rule with the network | 27/02/2026 at 6pm, 31 Bexfield Road | Minutes sent to everyone within 5 working days, saying which rules have been kept and any changes |

## If the plan stops working

- **If Kyle turns up having had a drink, or is angry or shouting:** Sandra or Pete will not let him
  in, and will ring 999 if he will not leave. They tell Tom (or the Emergency Duty Team) the same
  day, and Kyle's visits stop until Tom has held a strategy discussion with the police within 2
  working days.
- **If Kyle is found alone with Archie, or Archie is found asleep with an adult who has been
  drinking:** Tom (or the Emergency Duty Team) holds a strategy discussion the same day, and Jodie
  and Archie go to stay with Lisa that night.
- **If Sandra or Pete cannot supervise a visit:** the visit does not happen. If they cannot
  supervise for more than a week (illness, holiday, Pete's shifts changing), Tom arranges Kyle's
  time with Archie at Bracewold Family Centre, supervised by a family time worker, within 2
  working days.
- **If Jodie and Archie can no longer live at Bexfield Road:** they move to Lisa's at 8 Buckthorn
  Avenue (Lisa agreed at the conference). If Lisa cannot have them, Tom finds a parent and baby
  foster placement the same day.
- **If Lisa cannot have Archie on a Friday:** Sandra has him (she has agreed to swap her shift).
  If neither can, Jodie stays home with him and tells Tom.
- **If Pete cannot drive to baby group:** Jodie takes the 14 bus, and Tom gives her a bus pass.
- **If Kyle breaks rule 1, or Amir's report before the core group on 03/03/2026 shows he is still
  drinking heavily:** Julie Stannard (team manager) will hold a legal planning meeting within 5
  working days.

## Meetings

- Review family meeting: 27/02/2026 at 6pm, 31 Bexfield Road.
- Core group every four weeks at Bracewold Children's Centre, 1pm: 10/02/2026 and 03/03/2026.
- Review child protection conference: 12/03/2026 at 10am, Bracewold Town Hall.

Plan sent to Jodie, Kyle, Sandra, Pete, Lisa and every professional on 28/01/2026.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. A case-system print of a transfer-out plan for two children moving to
#    Bardsmoor during pre-proceedings: task blocks with dot-leader fields.
#    (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b202_birchampton_transfer_out_case_print_task_blocks_cusworth.txt",
    "split": "tune",
    "actions": 11,
    "template": "case-system-print-txt-bcis-child-protection-plan-transfer-out-dot-leader-header-fields-plan-history-legal-status-pre-proceedings-transfer-details-childrens-views-lived-experience-worries-strengths-plan-outcomes-then-task-blocks-task-responsible-due-evidence-status-one-completed-then-contingency-core-group-and-review",
    "description": (
        "A case-system print of the transferring council's child protection plan for a 6-year-old "
        "and an 18-month-old (neglect) who have moved with their mother, on a methadone script after "
        "lapsing to heroin, to a flat in Bardsmoor near her sister, in the middle of pre-proceedings "
        "that began when the legal gateway panel found progress insufficient. Plan history, legal "
        "status, transfer details, Tyler's words and Lacey-Mae's days, then task blocks (Task / "
        "Responsible / Due / Evidence / Status), one completed. Faults: the PLO parenting assessment "
        "put on hold for the receiving council to complete (X001); a family support referral left to "
        "the new social worker 'once the family are settled' (X001, T002); a passive school place "
        "application with '-' for responsible (W001); the hearing test rebooking with '-' for "
        "evidence (M001); a contingency that only says the case will be discussed and the plan "
        "reviewed (C002); and the review conference cancelled for a transfer-in conference 'date to "
        "be confirmed' (R001)."
    ),
    "text": """\
BIRCHAMPTON COUNCIL - CHILDREN'S SOCIAL CARE
BCIS  Birchampton Children's Information System                    Printed 28/01/2026 16:42
-------------------------------------------------------------------------------------------
CHILD PROTECTION PLAN (TRANSFER OUT)                               Plan version 4
-------------------------------------------------------------------------------------------

Children ............ Tyler CUSWORTH, born 03/06/2019 (6), Year 2
                      Lacey-Mae CUSWORTH, born 21/07/2024 (18 months)
New address ......... 12 Bellows Rise, Bardsmoor BM4 2TT (from 26/01/2026)
Previous address .... 44 Bishop's Walk, Birchampton BH7 3QA
Mother .............. Jade CUSWORTH (27)
Father .............. Ryan HALLAM (29), father of both children; in prison until 2027.
                      No contact.
Category ............ Neglect
Social worker ....... Nicola Brent, Birchampton Family Safeguarding Team
Team manager ........ Graham Okoye
Receiving council ... Bardsmoor Metropolitan Borough Council, Children's Services

PLAN HISTORY
  04/08/2025   Initial child protection conference: children made subject to plans (neglect)
  30/10/2025   First review child protection conference: plans continue
  15/12/2025   Legal gateway panel (see LEGAL STATUS)
  08/01/2026   Pre-proceedings meeting
  27/01/2026   Core group 6 (transfer core group); this version of the plan agreed

LEGAL STATUS
  Nicola presented the case to Birchampton's legal gateway panel on 15/12/2025 because progress
  on the plan had not been sufficient: Jade's urine tests showed heroin on top of her methadone
  in October and November, Tyler's attendance was 78%, and Lacey-Mae had missed two hearing
  appointments. The panel agreed that the threshold for pre-proceedings was met and that the
  council should start the Public Law Outline. The letter before proceedings was sent on
  18/12/2025 and the pre-proceedings meeting held on 08/01/2026. Bardsmoor have been told that
  the family are in pre-proceedings and have been sent the PLO letter.

TRANSFER
  Jade accepted a tenancy from Bardsmoor Homes to be near her sister, Toni Cusworth, and moved on
  26/01/2026. Nicola told Bardsmoor Children's Services of the move and asked for a transfer-in
  conference on 20/01/2026. Bardsmoor's conference service has accepted the request; the date of
  the transfer-in conference is to be confirmed. Birchampton keeps case responsibility until the
  transfer-in conference.

TYLER'S VIEWS (seen alone by Nicola, 22/01/2026)
  "I don't want to leave my school. Mr Barker is the best teacher." "Auntie Toni has a dog called
  Biscuit." "Sometimes Mummy sleeps in the day and I make Lacey-Mae a jam sandwich." Tyler drew
  the new flat with "a room for me with a door". He said he feels safe at home "mostly" and worries
  about "the police coming for Mummy like they did for Dad".

LACEY-MAE'S DAY (health visitor and social worker observations)
  Lacey-Mae is walking and says about ten words ("Tyty", "more", "juice", "no"). On visits she
  follows Tyler everywhere and goes to him, not Jade, when she falls. Her nappy was full and sore
  on two of Nicola's five visits in December. She does not turn to her name when called from behind
  her, which is why her hearing needs to be tested. She eats well at nursery on Mondays and
  Wednesdays and staff say she "clears her plate and asks for seconds".

WORRIES
  - Jade lapsed to heroin in the autumn; the children have been left in her care while she was
    drowsy.
  - Tyler is late or absent on Mondays and Fridays and is caring for his sister at times.
  - Lacey-Mae's hearing has not been tested and her speech is behind.
  - The move takes the family away from their school, nursery and every worker they know.

STRENGTHS
  - Jade's urine tests have shown only methadone since 02/12/2025.
  - Jade loves her children and they are warm and affectionate with her.
  - Toni lives ten minutes' walk from the new flat and Jade says she will help.

PLAN OUTCOMES
  1. Tyler and Lacey-Mae are never cared for by an adult under the influence of drugs.
  2. Tyler is in school every day and on time, and does not have to look after his sister.
  3. Lacey-Mae's hearing is tested and any help she needs with her speech starts.
  4. The children's plan carries on without a gap while the case moves to Bardsmoor.

TASKS
-------------------------------------------------------------------------------------------
TASK 01  Visit Tyler and Lacey-Mae at 12 Bellows Rise, seeing each child, and Tyler on his
         own.
  Responsible ..... Nicola Brent, social worker
  Due ............. Every two weeks until the transfer-in conference
  Evidence ........ Visit records on BCIS within 48 hours, with Tyler's words
  Status .......... Open

TASK 02  Send Bardsmoor the transfer pack: this plan, the latest assessment, the chronology,
         the PLO letter and the test results.
  Responsible ..... Nicola Brent, social worker
  Due ............. By 30/01/2026
  Evidence ........ Bardsmoor's e-mail acknowledging receipt, saved on BCIS
  Status .......... Open

TASK 03  Parenting assessment of Jade under the PLO to be put on hold and completed by
         Bardsmoor once they have accepted the transfer.
  Responsible ..... Bardsmoor Children's Services
  Due ............. Within 8 weeks of the transfer-in conference
  Evidence ........ Assessment report to the PLO review meeting
  Status .......... On hold

TASK 04  Referral to Bardsmoor Family Support Service for help with routines, meals and
         school mornings, to be made by the new social worker in Bardsmoor after the
         transfer.
  Responsible ..... Bardsmoor Children's Services
  Due ............. Once the family are settled
  Evidence ........ Referral acceptance letter on file
  Status .......... Not started

TASK 05  Transfer Jade's methadone prescription to Bardsmoor Recovery Service so that she
         does not miss a dose.
  Responsible ..... Mick Fenton, keyworker, Birchampton Drug and Alcohol Service
  Due ............. By 30/01/2026
  Evidence ........ Letter from Bardsmoor Recovery Service confirming the first day it
                    dispenses
  Status .......... Open

TASK 06  See Jade weekly, test her urine at each session, and write to Nicola before the
         transfer-in conference on whether Jade is stable and what that means for her care of
         Tyler and Lacey-Mae.
  Responsible ..... Sadia Ward, keyworker, Bardsmoor Recovery Service
  Due ............. Weekly from 04/02/2026; report by 27/02/2026
  Evidence ........ Urine results sent to Nicola every Friday; written report on BCIS
  Status .......... Open

TASK 07  A school place for Tyler at Beckfield Primary, Bardsmoor, will be applied for.
  Responsible ..... -
  Due ............. By 30/01/2026
  Evidence ........ Offer letter from Bardsmoor school admissions on BCIS
  Status .......... Not started

TASK 08  Hand Lacey-Mae and Tyler over to the Bardsmoor 0-19 Service, with a joint home visit
         with the new health visitor.
  Responsible ..... Sian Marr, health visitor, Birchampton 0-19 Service
  Due ............. By 06/02/2026
  Evidence ........ Joint visit recorded by both services; Bardsmoor health visitor named on
                    BCIS
  Status .......... Open

TASK 09  Rebook Lacey-Mae's hearing test, missed twice in Birchampton, with Bardsmoor
         children's audiology.
  Responsible ..... Sian Marr, health visitor
  Due ............. By 13/02/2026
  Evidence ........ -
  Status .......... Open

TASK 10  Register Tyler and Lacey-Mae with a GP in Bardsmoor.
  Responsible ..... Jade Cusworth
  Due ............. By 06/02/2026
  Evidence ........ Registration confirmation from Bardsmoor Lane Surgery, seen by Nicola
  Status .......... Open

TASK 11  Tell Bardsmoor Children's Services of the move and ask for a transfer-in conference.
  Responsible ..... Nicola Brent, social worker
  Due ............. By 20/01/2026
  Evidence ........ Transfer request on BCIS
  Status .......... Completed 20/01/2026

TASK 12  Commission a hair strand test for Jade (heroin, cocaine, alcohol) to go with the
         assessment.
  Responsible ..... Nicola Brent, social worker
  Due ............. Sample taken by 13/02/2026
  Evidence ........ Baywood Forensics laboratory report on BCIS
  Status .......... Open
-------------------------------------------------------------------------------------------

CONTINGENCY
  If there are further concerns about Tyler or Lacey-Mae before the transfer is complete, Nicola
  will discuss the case with her team manager and with Bardsmoor, and the plan will be reviewed.

CORE GROUP AND REVIEW
  Core group every four weeks until the transfer-in conference; next core group 24/02/2026 at
  11am on Teams, with Bardsmoor invited.
  The review child protection conference booked for 23/04/2026 has been cancelled, as Bardsmoor
  will hold a transfer-in conference (date to be confirmed).

-------------------------------------------------------------------------------------------
End of print. OFFICIAL-SENSITIVE.
""",
    "findings": [
        F("X001", "Parenting assessment of Jade under the PLO to be put on hold"),
        F("X001", "Referral to Bardsmoor Family Support Service for help with routines"),
        F("T002", "Referral to Bardsmoor Family Support Service for help with routines"),
        F("W001", "A school place for Tyler at Beckfield Primary, Bardsmoor"),
        F("M001", "Rebook Lacey-Mae's hearing test, missed twice in Birchampton"),
        F("C002"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 5. A letter before proceedings to the parents, with the child protection
#    and pre-proceedings plan attached as a table in the second person.
#    (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b202_bowlingcroft_letter_before_proceedings_plan_table_stirk.docx",
    "doc_title": "Letter Before Proceedings - Kai and Poppy Stirk",
    "split": "tune",
    "actions": 12,
    "template": "letter-before-proceedings-docx-letterhead-right-aligned-addressee-lines-dear-parents-why-we-are-writing-get-legal-advice-solicitors-list-pre-proceedings-meeting-invitation-what-we-are-worried-about-bullets-what-has-happened-so-far-what-needs-to-be-different-numbered-then-the-plan-table-what-needs-to-happen-who-by-when-how-we-will-know-then-if-things-do-not-change-meetings-signature",
    "description": (
        "A letter before proceedings to the parents of a 2-year-old and a 5-month-old (neglect: both "
        "parents use cocaine and the mother drinks heavily; the police have been called to four "
        "arguments), sent after a legal planning meeting found progress on the child protection "
        "plan insufficient. The letter explains pre-proceedings, lists solicitors and invites the "
        "parents to a meeting, sets out the worries and what needs to be different, then attaches "
        "the plan as a table in the second person (What needs to happen / Who / By when / How we "
        "will know); the mother's sister supervises the father's time with the children and a "
        "friend comes every morning. Faults: an outcome about the mother only; nothing of the "
        "children's own days, wishes or feelings; the parents' drug and alcohol use with no adult "
        "service owning any action (they are only told to go there); the father's programme with "
        "'-' for its date; the parenting course measured by 'good engagement'; and a contingency "
        "that says nothing of what happens if the sister or the friend cannot help."
    ),
    "blocks": [
        ("pr", "Bowlingcroft Borough Council"),
        ("pr", "Children's Services, Family Safeguarding Team"),
        ("pr", "Bowlingcroft Civic Offices, Bridge Street, Bowlingcroft BC1 2AA"),
        ("pr", "23 January 2026"),
        ("p", "PRIVATE AND CONFIDENTIAL - PLEASE TAKE THIS LETTER TO A SOLICITOR"),
        ("pl", "Chloe Stirk and Jason Mercer"),
        ("pl", "9 Burnet Close"),
        ("pl", "Bowlingcroft BC5 1HW"),
        ("p", ""),
        ("p", "Dear Chloe and Jason,"),
        ("boldp", "Letter before proceedings: Kai and Poppy Stirk"),
        ("p", "We are writing because we are very worried about Kai and Poppy. Kai and Poppy have been on "
              "child protection plans since 02/10/2025. At the review child protection conference on "
              "08/01/2026 everyone agreed that things have not got better. At a legal planning meeting on "
              "15/01/2026 the council decided that, unless things change quickly, we will ask the family "
              "court to decide what should happen to Kai and Poppy."),
        ("p", "Before we do that, we want to give you the chance to make the changes that are needed. This "
              "is called pre-proceedings, under the Public Law Outline. This letter tells you what we are "
              "worried about, what needs to change, and how we will help you."),
        ("h1", "Get legal advice now"),
        ("p", "Because you have this letter, you can get free legal advice from a solicitor who specialises "
              "in children law. You do not have to pay, whatever your income. Please take this letter to "
              "a solicitor straight away. Solicitors in Bowlingcroft who do this work include:"),
        ("bullets", [
            "Bellhouse Kerr Solicitors, 4 Bank Parade, Bowlingcroft, 01632 960 411",
            "Brayfield Law, 17 Broad Street, Bowlingcroft, 01632 960 782",
        ]),
        ("h1", "Meeting with you"),
        ("p", "We would like you and your solicitors to come to a pre-proceedings meeting on 05/02/2026 at "
              "10am at Bowlingcroft Civic Offices. Rachel Dunne (your social worker) and Mark Holloway "
              "(team manager) will be there, with a lawyer from the council. If you cannot come, please "
              "ring Rachel on 01632 960 120 as soon as you can."),
        ("h1", "What we are worried about"),
        ("bullets", [
            "Your hair strand tests in November 2025 showed that you both used cocaine regularly over the "
            "three months before, and that Chloe was drinking alcohol at excessive levels.",
            "The police have been called to arguments between you at 9 Burnet Close four times since June "
            "2025. On 29/12/2025 Jason threw a glass at the kitchen wall and the police arrested him.",
            "Kai has been taken to nursery on 22 of the 36 days he was booked this term.",
            "Poppy has missed her 8-week and 12-week immunisations and two health visitor appointments.",
            "When Rachel visited on 11/12/2025 and 06/01/2026 there was little food in the house and the "
            "kitchen floor was covered in broken glass and cans.",
        ]),
        ("h1", "What has happened so far"),
        ("p", "Since October you have been offered appointments with the Bowlingcroft Drug and Alcohol Service, "
              "a parenting course and help from the family hub. Chloe went to two drug service appointments and "
              "Jason went to none. You agreed that Jason would not stay at the house while the police "
              "investigated the incident on 29/12/2025, and that Chloe's sister Gemma and your friend Stacey "
              "would help. We know that Gemma and Stacey have helped a great deal, and that you both want to "
              "keep Kai and Poppy at home."),
        ("h1", "What needs to be different"),
        ("numbers", [
            "Kai and Poppy are cared for by parents who are not using cocaine and are not drunk.",
            "Kai and Poppy live in a home where the police do not need to be called to arguments.",
            "Chloe is free from drugs and alcohol and stays that way.",
            "Kai goes to nursery every day he is booked, and Poppy has all her health checks and "
            "immunisations.",
        ]),
        ("h1", "The plan"),
        ("p", "This is Kai and Poppy's child protection plan and also the plan for the pre-proceedings "
              "period. Where a row says \"you\", it means the person named in the Who column."),
        ("table", {
            "header": ["What needs to happen", "Who", "By when", "How we will know"],
            "widths": [6.4, 3.2, 3.4, 4.0],
            "rows": [
                ["Arrange hair strand tests for cocaine and alcohol for both of you, at the start and after "
                 "three months",
                 "Rachel Dunne, social worker",
                 "Samples taken by 12/02/2026 and by 12/05/2026",
                 "Bramford Analytics reports, shared with you and your solicitors"],
                ["Go to the Bowlingcroft Drug and Alcohol Service drop-in and keep every appointment they "
                 "offer you",
                 "Chloe",
                 "Drop-in by 04/02/2026, then every appointment offered",
                 "Attendance letter from the service each month, given to Rachel"],
                ["Go to the Bowlingcroft Drug and Alcohol Service drop-in about your cocaine use and keep "
                 "every appointment they offer you",
                 "Jason",
                 "Drop-in by 04/02/2026, then every appointment offered",
                 "Attendance letter from the service each month, given to Rachel"],
                ["Complete the Bowlingcroft Breaking the Cycle programme for men who have been abusive to "
                 "a partner",
                 "Jason",
                 "-",
                 "Programme report to Rachel when the programme ends"],
                ["Go to the Building Blocks parenting course at Bowlingcroft Family Hub",
                 "Chloe",
                 "Weekly for 10 weeks from 11/02/2026",
                 "Good engagement with the course"],
                ["Supervise all of Jason's time with Kai and Poppy at your home",
                 "Gemma Stirk (Chloe's sister), 22 Bilberry Way",
                 "Every Wednesday 5pm to 7pm and every Saturday 10am to 2pm",
                 "Gemma signs the contact record after each visit; Rachel reads it at her visits"],
                ["Come to the house every weekday morning to help get Kai ready and take him to nursery",
                 "Stacey Lomas (family friend), 11 Burnet Close",
                 "Every weekday at 7.30am",
                 "Bluebird Nursery register shows Kai arriving by 9am"],
                ["Do not stay at 9 Burnet Close and do not look after Kai or Poppy on your own",
                 "Jason",
                 "Until the review conference on 02/04/2026",
                 "Rachel's unannounced visits; police checks before each core group show no call-outs"],
                ["Visit the home, with at least one unannounced visit every fortnight, and see Kai and Poppy",
                 "Rachel Dunne, social worker",
                 "Every week",
                 "Visit records on the children's file within 48 hours, with a home conditions checklist"],
                ["Give Poppy her missed immunisations and weigh her at home",
                 "Anita Brookes, health visitor",
                 "Immunisations by 27/02/2026; weighing every two weeks",
                 "Immunisations and weights recorded in Poppy's red book"],
                ["Record Kai's attendance and ring Rachel by 10am on any booked day he has not arrived",
                 "Mrs Lorraine Baptiste, manager, Bluebird Nursery",
                 "Every booked nursery day",
                 "Register sent to Rachel every Friday"],
                ["Complete a parenting assessment of you both, using the test results and the reports from "
                 "this plan",
                 "Rachel Dunne, social worker",
                 "By 30/04/2026",
                 "Report shared with you and your solicitors and at the PLO review meeting"],
            ],
        }),
        ("h1", "If things do not change"),
        ("p", "If either of you tests positive for cocaine, refuses a test, or the police are called to an "
              "argument at 9 Burnet Close, Rachel will hold a strategy discussion with the police the same "
              "day, Jason will be asked to leave the house that day, and the council will ask the family "
              "court for an interim care order. If Kai and Poppy cannot stay safely at home, Rachel will "
              "place them with foster carers the same day."),
        ("h1", "Meetings"),
        ("bullets", [
            "Pre-proceedings meeting: 05/02/2026 at 10am, Bowlingcroft Civic Offices.",
            "Core group every four weeks at Bowlingcroft Family Hub, 2pm: 12/02/2026, 12/03/2026.",
            "Review child protection conference: 02/04/2026 at 10am, Bowlingcroft Civic Offices.",
            "PLO review meeting: 07/05/2026 at 10am, with you and your solicitors.",
        ]),
        ("p", "We know this letter is hard to read. We want Kai and Poppy to stay with you if they can be "
              "safe, and we will help you make the changes. Please ring Rachel if you have any questions."),
        ("p", "Yours sincerely,"),
        ("pl", "Mark Holloway, Team Manager, Family Safeguarding Team"),
        ("pl", "Rachel Dunne, Social Worker"),
        ("p", "Copy: Bowlingcroft Legal Services; the children's file."),
    ],
    "findings": [
        F("F002", "Chloe is free from drugs and alcohol and stays that way."),
        F("F003"),
        F("F004"),
        F("T001", "Complete the Bowlingcroft Breaking the Cycle programme for men"),
        F("M002", "Go to the Building Blocks parenting course at Bowlingcroft"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Core group minutes held on a children's ward for a looked-after baby
#    readmitted from foster care, with an action log table. (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b202_bridlecombe_core_group_minutes_childrens_ward_ottaway.md",
    "split": "tune",
    "actions": 11,
    "template": "core-group-minutes-md-held-on-childrens-ward-meeting-details-present-apologies-numbered-minute-items-health-update-visits-since-admission-lily-graces-days-on-the-ward-kayleighs-update-and-views-family-time-legal-plan-outcomes-then-action-log-table-no-action-who-when-how-well-know-then-next-meetings-no-contingency",
    "description": (
        "Minutes of the third core group, held on a children's ward, for an 11-week-old baby born at "
        "34 weeks, accommodated under section 20 with a foster carer since she left the neonatal "
        "unit, on a child protection plan (neglect) and readmitted with bronchiolitis. Her mother, a "
        "19-year-old care leaver, has postnatal depression and smokes cannabis; the legal gateway panel "
        "has started pre-proceedings because progress is not enough. Numbered minute items (the ward's "
        "update, who has visited since admission, Lily-Grace's days on the ward, Kayleigh's views, legal "
        "planning, the plan's outcomes), then an action log (No. / Action / Who / When / How we'll know). "
        "Faults: the social worker only phones the ward and nobody is set to visit the looked-after baby "
        "in hospital at a stated frequency; the foster carer visits 'as often as she can'; a passive "
        "discharge planning meeting with '-' for who; the personal adviser's work measured by "
        "'engagement'; and the minutes hold no contingency."
    ),
    "text": """\
# Bridlecombe Council Children's Services

## Core Group Meeting 3: Lily-Grace Ottaway

| | |
|---|---|
| **Child** | Lily-Grace Ottaway, born 03/11/2025 at 34 weeks (11 weeks old) |
| **Legal status** | Accommodated under section 20 since 28/11/2025, with Kayleigh's agreement; looked after by Maureen Haddon (Bridlecombe Council foster carer) |
| **Plan** | Child protection plan since 13/11/2025 (neglect) |
| **Where Lily-Grace is now** | Bryony Ward (children's ward), Bridlecombe Royal Infirmary, since 18/01/2026 |
| **Meeting** | 22/01/2026, 2pm, parents' room, Bryony Ward |
| **Chair and minutes** | Natalie Cole, social worker |

**Present:** Natalie Cole (social worker); Sister Amy Pollard (ward sister, Bryony Ward); Maureen
Haddon (foster carer); Jo Whitworth (health visitor, Bridlecombe 0-19 Service); Kelly Marsh (keyworker,
Bridlecombe Drug and Alcohol Service, 18-25 team); Dean Sharpe (personal adviser, Bridlecombe Leaving
Care Service); Kayleigh Ottaway (mum, for items 1 to 5).

**Apologies:** Dr Anwen Price (clinical psychologist, Bridlecombe Perinatal Mental Health Team), who sent
an update; Sam Riley (family time worker); Ruth Lyall (independent reviewing officer), who was told of the
admission by e-mail on 19/01/2026.

### 1. Lily-Grace's health

Sister Pollard said Lily-Grace was admitted on 18/01/2026 from Maureen's with bronchiolitis. She is on
high-flow oxygen and is fed through a nasogastric tube because she tires when she feeds. The doctors
expect her to stay on the ward for at least another week. She will go back to Maureen's when she is
discharged. Her weight is on the 9th centile, as it was before she came in.

### 2. Visits since Lily-Grace came into hospital

Maureen has visited twice (19/01/2026 and 21/01/2026, about two hours each); she looks after two other
foster children, aged 7 and 10, and can only come during school hours. Kayleigh visited once, on
20/01/2026, for 40 minutes. Natalie has phoned the ward twice (19/01/2026 and 21/01/2026). Natalie last
saw Lily-Grace at Maureen's on 14/01/2026, before she was admitted.

### 3. Lily-Grace's days on the ward

Sister Pollard said Lily-Grace is unsettled and cries hard when her nose is suctioned, but calms within a
few minutes when she is held upright against someone's chest. The nurses hold her for her tube feeds when
they can. Maureen said that when she visited on 21/01/2026 Lily-Grace "stared at me and then went straight
to sleep on me, she knew who I was". Kayleigh said Lily-Grace gripped her finger and stopped crying when
she sang to her. Between visits she spends most of the day in her cot in a side room.

### 4. Kayleigh's update and views

Kayleigh has postnatal depression, diagnosed by the Bridlecombe Perinatal Mental Health Team in December,
and says she smokes cannabis "most days, to sleep". Dr Price's update says Kayleigh has come to three of her
four appointments. Kelly said Kayleigh's last two urine tests were positive for cannabis. Kayleigh said:
"I want her back with me. I can't get to the hospital every day, it's two buses and I've got no money till
Friday. I'm trying with the weed." Kayleigh left after item 5.

### 5. Family time

Kayleigh's family time at Bridlecombe Family Centre (three times a week) has stopped while Lily-Grace is in
hospital. Before the admission Kayleigh came to 6 of her 12 sessions in December and January.

### 6. Legal planning

Natalie said the legal gateway panel met on 15/01/2026. It decided that Kayleigh has not made enough
progress on the plan (6 of 12 family time sessions missed and cannabis in every test) and that the council
should start pre-proceedings under the Public Law Outline. The letter before proceedings will be sent to
Kayleigh and a pre-proceedings meeting will be held on 06/02/2026.

### 7. The plan's outcomes (from the initial conference, unchanged)

1. Lily-Grace gets well, is fed enough to grow, and stays on or above the 9th centile.
2. Lily-Grace is cared for every day by an adult who is not affected by drugs and who responds when she
   cries.
3. Lily-Grace sees her mum regularly and safely.
4. A decision is made about where Lily-Grace will grow up without delay.

### 8. Action log

| No. | Action | Who | When | How we'll know |
|---|---|---|---|---|
| CG3.1 | Phone the ward for an update on Lily-Grace's progress and her expected discharge date | Natalie Cole, social worker | Every Monday and Thursday until discharge | Note of each call on Lily-Grace's file |
| CG3.2 | Visit Lily-Grace on the ward and sit with her | Maureen Haddon, foster carer | As often as she can | Visits written in Maureen's daily log |
| CG3.3 | A discharge planning meeting will be arranged before Lily-Grace leaves the ward | - | Before discharge | Discharge plan agreed and sent to the core group |
| CG3.4 | Assess Kayleigh's depression and write to the core group on how it affects her care of Lily-Grace, what needs to change and how long that is likely to take | Dr Anwen Price, clinical psychologist, Bridlecombe Perinatal Mental Health Team | Report by 06/02/2026 | Written report on Lily-Grace's file, discussed at the next core group |
| CG3.5 | Weekly key work sessions with Kayleigh on her cannabis use, with a urine test at each | Kelly Marsh, Bridlecombe Drug and Alcohol Service | Weekly; results to Natalie every Friday | Urine test results and attendance sent to Natalie |
| CG3.6 | Help Kayleigh keep her tenancy and set up a budget | Dean Sharpe, personal adviser, Bridlecombe Leaving Care Service | Fortnightly | Kayleigh's engagement with her personal adviser |
| CG3.7 | Send Kayleigh the letter before proceedings and the invitation to the pre-proceedings meeting | Natalie Cole, social worker | By 30/01/2026 | Copy of the letter on file; Kayleigh's solicitor confirms receipt |
| CG3.8 | Complete the parenting assessment of Kayleigh | Natalie Cole, social worker | By 20/03/2026 | Assessment report shared with Kayleigh, her solicitor and the core group |
| CG3.9 | Visit Lily-Grace at Maureen's after discharge, weigh her and check her breathing and feeding | Jo Whitworth, health visitor | Within 5 working days of discharge, then every two weeks | Weights in the red book; HV record sent to Natalie |
| CG3.10 | Restart Kayleigh's family time at Bridlecombe Family Centre | Sam Riley, family time worker | From the first week after discharge, Monday, Wednesday and Friday, 10am to 12 noon | Family time record sent to Natalie within 2 working days of each session |
| CG3.11 | Keep the ward's visitors' log for Lily-Grace and e-mail it to Natalie | Sister Amy Pollard, Bryony Ward | Every Friday until discharge | Visitors' log received by Natalie each Friday |

### 9. Next meetings

- Core group every two weeks while Lily-Grace is in hospital, then every four weeks: next on 05/02/2026
  at 2pm, Bryony Ward (or Bridlecombe Family Centre if she has been discharged).
- Pre-proceedings meeting: 06/02/2026 at 10am, Bridlecombe Civic Centre.
- Review child protection conference: 12/02/2026 at 10am, Bridlecombe Civic Centre.
- Lily-Grace's looked-after review: 26/02/2026.

Minutes typed by Natalie Cole on 23/01/2026 and sent to everyone present, to the IRO and to Kayleigh.
""",
    "findings": [
        F("L001"),
        F("T002", "Visit Lily-Grace on the ward and sit with her"),
        F("W001", "A discharge planning meeting will be arranged before Lily-Grace"),
        F("M002", "Help Kayleigh keep her tenancy and set up a budget"),
        F("C001"),
    ],
})


# ---------------------------------------------------------------------------
# 7. The receiving council's transfer-in conference plan for a mother with
#    recurrent depression: numbered sections and a numbered work table.
#    Header and footer on every page. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b202_boltisham_transfer_in_conference_plan_numbered_sections_maddern.pdf",
    "doc_title": "Transfer-in Child Protection Conference Plan - Oscar and Freya Maddern",
    "split": "tune",
    "actions": 13,
    "min_pages": 2,
    "header": "OFFICIAL-SENSITIVE · Boltisham Council · Transfer-in plan: Oscar and Freya Maddern",
    "footer": "Agreed at the transfer-in conference on 27/01/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "transfer-in-conference-plan-paged-header-footer-numbered-sections-transfer-details-kv-how-the-plan-moved-from-brisworth-what-happened-oscars-words-freyas-days-leannes-carols-scotts-views-worries-strengths-outcomes-then-no-what-will-happen-lead-when-what-will-show-it-is-working-table-then-if-leanne-becomes-unwell-or-carol-cannot-help-legal-planning-meetings",
    "description": (
        "Exemplary plan made by the receiving council at a transfer-in conference for a 4-year-old "
        "and a 10-month-old (neglect) whose mother has recurrent depression and took an overdose "
        "while alone with them in Brisworth; the 4-year-old rang his grandmother. The family moved "
        "to Boltisham to be near her. Numbered sections: transfer details, how the plan moved (the "
        "transferring council kept visiting weekly until today, a joint visit and the adult mental "
        "health handover already done), Oscar's words and Freya's days, the adults' views, worries, "
        "strengths, outcomes, then a numbered table (No. / What will happen / Lead / When / What will "
        "show it is working): the community mental health team's care coordinator and psychiatrist "
        "report on the mother's potential for change, the steps and the likely timescale; the GP "
        "dispenses weekly; the grandmother helps each morning and on Thursdays. The contingency has "
        "named triggers, a fallback if the grandmother cannot help, and a legal planning meeting "
        "after named triggers; core group and review dates are set."
    ),
    "blocks": [
        ("title", "Transfer-in Child Protection Conference: Plan"),
        ("p", "Boltisham Council Children's Services. Conference chaired by Frances Albright (child protection "
              "chair) on 27/01/2026 at Boltisham Civic Centre. Plan written by Daniel Okoro (social worker) "
              "and agreed by the conference."),
        ("h1", "1. Transfer details"),
        ("kv", [
            ("Children", "Oscar Maddern, born 02/05/2021 (4), Reception, Bankside Primary School; Freya "
                         "Maddern, born 18/03/2025 (10 months)"),
            ("Address", "7 Beaumont Walk, Boltisham BT6 4JR (since 05/01/2026)"),
            ("Mother", "Leanne Maddern (30)"),
            ("Father", "Scott Ainsley (33), 40 Bracken Lane, Brisworth. Sees the children every other Sunday."),
            ("Maternal grandmother", "Carol Maddern (56), 3 Birchall Court, Boltisham, a five-minute walk away"),
            ("Transferring council", "Brisworth City Council: child protection plans since 06/11/2025 "
                                     "(neglect); social worker Hannah Lowe"),
            ("Receiving council", "Boltisham Council: social worker Daniel Okoro, team manager Sunita Rao"),
        ]),
        ("h1", "2. How the plan moved from Brisworth"),
        ("p", "Leanne and the children moved to Boltisham on 05/01/2026 to live near Carol. Brisworth asked for "
              "this conference on 06/01/2026 and sent the plan, assessment and chronology on 16/01/2026. Hannah "
              "Lowe kept visiting the children every week in Boltisham until today, and she and Daniel visited "
              "together on 20/01/2026. Leanne's care moved from Brisworth Community Mental Health Team to "
              "Boltisham Community Mental Health Team on 19/01/2026, and Mark Jessop, her new care "
              "coordinator, wrote her crisis plan with her and Carol on 22/01/2026. From today Boltisham "
              "holds the children's plans, and every action below starts now."),
        ("h1", "3. Why there is a plan"),
        ("p", "Leanne has had depression and anxiety since she was 19. On 14/10/2025, in Brisworth, she took an "
              "overdose of her sertraline and paracetamol while she was alone with Oscar and Freya. Oscar "
              "could not wake her and rang Carol on the tablet; Carol called an ambulance. Leanne was in "
              "hospital for three days. Before the overdose, Brisworth's health visitor had found Freya in "
              "the same nappy for most of a visit, and Oscar was often late for nursery."),
        ("h1", "4. Oscar and Freya"),
        ("p", "Oscar told Daniel and Hannah on 20/01/2026, at Carol's: \"Mummy was asleep and wouldn't wake up. I "
              "rang Nanna on the iPad. I was brave.\" He said he likes his new school \"because there's a "
              "dinosaur corner\", and that he wants to live \"near Nanna forever\". When Daniel asked what "
              "worries him, he said: \"If Mummy is sad in bed.\" Mrs Hobbs (Bankside Primary) says Oscar is "
              "settling well, but checks where his mum is at the end of each day and gets upset if someone "
              "else collects him without warning."),
        ("p", "Freya is crawling and pulling herself up on the furniture. Kemi Adeyemi (health visitor) saw her on "
              "21/01/2026: she babbles \"mama\" and \"nana\", reaches for Leanne when a stranger comes in, and "
              "was clean, fed and dressed for the weather. Her weight is on the 50th centile. Carol says Freya "
              "\"lights up\" when Oscar comes home from school."),
        ("h1", "5. What Leanne, Carol and Scott said"),
        ("p", "Leanne: \"I don't remember deciding to do it. I'm on a better dose now and I want to get well for "
              "them. Being near Mum helps.\" Carol: \"I'll be round every morning. But I'm not getting any "
              "younger, and I need to know what happens if I can't.\" Scott (by phone): \"Leanne's a good mum "
              "when she's well. If the kids ever need me, I'll come straight over.\""),
        ("h1", "6. Worries"),
        ("bullets", [
            "Leanne's depression could come back, and if it does she may not be able to keep Oscar and Freya "
            "safe or get up to care for them.",
            "Leanne has taken an overdose before, with the children in her care.",
            "Oscar found his mum unconscious and is anxious when she is out of sight.",
        ]),
        ("h1", "7. What is going well"),
        ("bullets", [
            "Leanne has taken her medication every day since she left hospital, and Carol sees her take it.",
            "Oscar has been at school every day since 07/01/2026.",
            "Freya is meeting her milestones and her care has been good at every visit since October.",
            "Leanne has kept every appointment with Brisworth and Boltisham CMHT since the overdose.",
        ]),
        ("h1", "8. What we want for Oscar and Freya"),
        ("numbers", [
            "Oscar and Freya are always cared for by an adult who is well enough to look after them, and "
            "are never again alone with their mum when she is at risk of harming herself.",
            "Oscar understands, in a way that suits a 4-year-old, what happened to his mum, worries less, "
            "and is in school every day.",
            "Freya is fed, clean and played with every day, and keeps meeting her milestones.",
            "The children see their dad every other Sunday and keep their close bond with Carol.",
        ]),
        ("h1", "9. The plan from today"),
        ("table", {
            "header": ["No.", "What will happen", "Lead", "When", "What will show it is working"],
            "widths": [1.3, 5.7, 3.4, 3.0, 3.6],
            "rows": [
                ["1",
                 "Visit the home, see Oscar on his own and Freya awake; one visit a fortnight unannounced",
                 "Daniel Okoro, social worker",
                 "Every week until the review conference",
                 "Visit records within 48 hours, with Oscar's words and what Freya was doing"],
                ["2",
                 "See Leanne at home, review her care plan and crisis plan, and write to the core group on how "
                 "her depression affects her care of Oscar and Freya, her potential to change, the steps she "
                 "needs to take and the likely timescale",
                 "Mark Jessop, care coordinator, Boltisham CMHT",
                 "Every two weeks; reports by 24/02/2026 and by 14/04/2026",
                 "Written reports on the children's file, discussed at the core group"],
                ["3",
                 "Psychiatric review of Leanne's medication and risk, with a view on whether she can stay well "
                 "and how long her recovery is likely to take",
                 "Dr Helen Varga, consultant psychiatrist, Boltisham CMHT",
                 "Appointment by 10/02/2026",
                 "Clinic letter to the GP, Mark and Daniel by 20/02/2026"],
                ["4",
                 "Prescribe Leanne's sertraline seven days at a time",
                 "Dr Owen Price, GP, Boltisham Bridge Surgery",
                 "Weekly from 28/01/2026 until Dr Varga advises otherwise",
                 "Prescription record; pharmacy collection dates sent to Mark each month"],
                ["5",
                 "Keep all medicines in the locked box, out of the children's reach, and take the morning "
                 "tablet with Carol there",
                 "Leanne",
                 "Every morning",
                 "Carol ticks the medication chart; Daniel checks the box and the chart at each visit"],
                ["6",
                 "Come to 7 Beaumont Walk to give Freya her breakfast and take Oscar to school",
                 "Carol Maddern (Nanna)",
                 "Every school day, 8am to 9am",
                 "School register shows Oscar on time; Carol's diary, read by Daniel at each visit"],
                ["7",
                 "Look after Oscar and Freya at her home while Leanne goes to her group",
                 "Carol Maddern (Nanna)",
                 "Every Thursday, 1pm to 5pm, for 10 weeks from 05/02/2026",
                 "Carol texts Daniel when the children are home; group register"],
                ["8",
                 "Go to the CMHT's ten-week Managing Mood group",
                 "Leanne",
                 "Every Thursday, 2pm, from 05/02/2026",
                 "Attendance record from the group, sent to Daniel each month"],
                ["9",
                 "Home visits to Freya; her 1-year review with an ASQ-3",
                 "Kemi Adeyemi, health visitor",
                 "Every four weeks; 1-year review by 18/03/2026",
                 "Weights in the red book; ASQ-3 scores shared at the core group"],
                ["10",
                 "Greet Oscar at the door each morning, tell him who is collecting him, and let Daniel know of "
                 "any worry the same day",
                 "Mrs Claire Hobbs, DSL, Bankside Primary School",
                 "Every school day, 8.50am",
                 "Attendance and a short note to Daniel every Friday; attendance 95% or above"],
                ["11",
                 "Six play sessions with Oscar about what happened to his mum and his worries",
                 "Becky Lang, play practitioner, Boltisham Children's Wellbeing Service",
                 "Weekly from 09/02/2026",
                 "Summary to Leanne and Daniel after session 6, with Oscar's own worry scale at the first and "
                 "last sessions"],
                ["12",
                 "See Oscar and Freya at Carol's home",
                 "Scott Ainsley (Dad)",
                 "Every other Sunday, 11am to 4pm",
                 "Carol's diary; Daniel asks Oscar about his Sundays at each visit"],
                ["13",
                 "Complete Boltisham's assessment of the family, using the Brisworth assessment and the reports "
                 "in this plan",
                 "Daniel Okoro, social worker",
                 "By 10/03/2026",
                 "Assessment shared with Leanne, Scott and the core group by 10/03/2026"],
            ],
        }),
        ("h1", "10. If Leanne becomes unwell, or Carol cannot help"),
        ("bullets", [
            "If Leanne says she is thinking of harming herself, or Carol or any professional sees the early "
            "warning signs in her crisis plan (staying in bed, not eating, giving things away, saying she is a "
            "burden), they ring Mark the same day (the Boltisham Crisis Team out of hours). Carol takes Oscar "
            "and Freya to her home until Mark says Leanne is safe, and Daniel (or the Emergency Duty Team) sees "
            "the children that day.",
            "If Leanne takes an overdose or is taken to hospital, the adult who finds her rings 999, Carol "
            "looks after the children, and Daniel (or the Emergency Duty Team) holds a strategy discussion with "
            "the police and health the same day.",
            "If Carol cannot come in the morning, Leanne rings Daniel by 8am; Oscar goes to the school's "
            "breakfast club (place agreed with Mrs Hobbs) and Daniel arranges a family support worker from "
            "Boltisham Family Hub for the mornings within 2 working days. If Carol cannot have the children on "
            "a Thursday, Leanne misses her group that week and tells Mark.",
            "If Carol cannot care for the children in a crisis, they go to Scott in Brisworth, who has agreed; "
            "if neither can, Daniel (or the Emergency Duty Team) places them with foster carers the same day.",
            "If Leanne takes another overdose, stops her medication and will not see the Crisis Team, or the "
            "children are found alone with her when she is unwell, Sunita Rao (team manager) will hold a legal "
            "planning meeting within 5 working days.",
        ]),
        ("h1", "11. Core group and review"),
        ("bullets", [
            "Core group every four weeks at Bankside Primary School, 3.30pm: 10/02/2026, 10/03/2026 and "
            "07/04/2026.",
            "Review child protection conference: 28/04/2026 at 10am, Boltisham Civic Centre.",
        ]),
        ("p", "Plan sent to Leanne, Scott, Carol, Brisworth City Council and every agency on 28/01/2026."),
    ],
    "findings": [],
})
