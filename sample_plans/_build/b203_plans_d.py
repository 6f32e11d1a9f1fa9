"""Batch 203, module d: seven fictional plans (held-out material), places beginning with "d".

Batch: 203. Letter: d. Split: heldout (every plan).

Everything here is made up: babies, children, parents, relatives,
professionals, hospitals, wards, nurseries, services, solicitors and
councils (Dewsmoor, Darnholt, Dallerby, Delmworth, Drossley and Dunwick,
Dawlesby, Drayfold and Dunmorrow). Any resemblance to real people, places
or cases is a coincidence. The labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md (conventions 1
to 13), without running planlint or reading its code.

Focus: the situations the Child Z review found, written as real plans write
them, each in a template of its own and by a different hand: a premature
baby looked after on a neonatal unit and the discharge planning around her
(a hospital social worker's record); a mother with bipolar disorder whose
adult mental health services only treat her (core group minutes); a family
network that carries the plan while a mother stops drinking (a conference
chair's plan); a plan nine months on where progress is not enough (a case
system print of a review conference plan); a family moving to another
council while the plan waits for them (a social worker's transfer-out
plan); a baby looked after on a children's ward after an unexplained
fracture (a conference plan as a numbered outline); and a letter to the
parents of a toddler whose mother has a learning disability and epilepsy
and whose father has depression, written as the family moves to another
council. The document-level rules matter as much as the action rules:
each exemplary plan has child outcomes, the child's voice or observed day,
a contingency with specific triggers, concrete responses and a fallback for
any relative's help, legal planning after named triggers, core group dates
and a dated review (or transfer-in) conference, visits at a stated
frequency where a looked-after baby is in hospital, an adult service owning
work where a parent is ill or uses drugs or alcohol, and any adult mental
health service asked for its view of the parent's capacity to change and
its likely timescale. The faulty plans' document-level findings were
labelled from the definitions: L001 only where a looked-after baby is in
hospital, X001 only on work deferred or handed on until the transfer, R002
only where the plan itself says progress is not enough.

1. Dewsmoor (docx, exemplary): the third discharge planning meeting on a
   neonatal unit for a baby born at 30 weeks with neonatal abstinence
   syndrome, accommodated under section 20 while on the unit, her mother
   on methadone and in pre-proceedings; written by the hospital social
   worker as the child protection plan until the review conference: a
   details table, Ruby's days on the unit, outcomes, then one table (Ref /
   What needs to happen / Who / By when / How we will know) under banner
   rows for visiting Ruby on the unit, her health and discharge, her
   mother's recovery, and after discharge.
2. Darnholt (md): core group 2 minutes for a 4-year-old and a 7-week-old
   baby whose mother relapsed with bipolar disorder after the birth; the
   paternal grandmother sleeps over and an aunt does the nursery run; an
   action log with an update column. Faults: the CPN's support visits and
   the psychiatrist's medication review only treat the mother (H001 x2);
   eight of the fourteen actions are the mother's own health, money and
   housing (F001); an outcome about the mother only (F002); the Home-Start
   referral "as soon as possible" (T002); the nursery's checks "monitored
   by nursery" (M002); the contingency sends the children to the
   grandmother and never says what happens if she or the aunt cannot help
   (C003).
3. Dallerby (pdf, exemplary, header and footer): an initial conference
   plan written by the conference chair for a 2-year-old and a 5-month-old
   whose mother is alcohol dependent, carried by her parents, her sister
   and a friend: a family network table with a column for what happens if
   each person cannot do their part, then the professionals' table; the
   alcohol service reports on her capacity to change.
4. Delmworth (txt): a case-system print of the second review conference
   plan for a 3-year-old and a 20-month-old on plans for nine months for
   neglect; the chair records that progress is not enough; the mother has
   a learning disability and the father uses cannabis and cocaine. Faults:
   no legal planning although the plan says things are not improving
   (R002); a contingency that only reviews and considers (C002); the
   father's drug use with no adult service owning any action (F004); the
   adapted parenting course "when a place becomes available" (T002);
   "All professionals" sharing worries (W002); the dental extraction with
   "-" for its due date (T001); the family support service's deep clean
   and weekly sessions with an empty evidence field (M001).
5. Drossley (docx): a social worker's transfer-out plan for a 6-year-old
   and a 4-month-old moving to Dunwick, with a column saying what happens
   to each action at transfer. Faults: the parenting assessment left for
   Dunwick "once the family are settled" (X001 and T002); the perinatal
   mental health referral put on hold for Dunwick to make (X001); a
   passive school place application with no one named (W001); the health
   visitor's visits measured by "Monitored" (M002); a transfer-in
   conference "date to be confirmed" and no other review date (R001).
6. Dawlesby (pdf, header and footer): an initial conference plan as a
   numbered outline (area / outcome / actions a, b, c) for a 10-week-old
   looked after under section 20 on a children's ward after a fractured
   thigh bone no one can explain. Faults: no one visits her at a stated
   frequency (L001): the social worker "when her diary allows" and the
   foster carers "as often as they can" (T002 x2); a passive repeat
   skeletal survey with no one named (W001); the ward sister's three-hourly
   feeds with no measure (M001); nothing of the baby's own days on the
   ward, only that she is too young to give her views (F003).
7. Drayfold (md, exemplary): a letter from the social worker to the
   parents of a 14-month-old after the review conference, as the family
   moves to Dunmorrow: each parent's part by name, the social worker's
   "I will", the adult services' part (the learning disability nurse, the
   epilepsy nurse, the psychologist reporting on the father's capacity to
   change), what carries on until the dated transfer-in conference, and
   what happens if things go wrong.

Plans 1, 3 and 7 are exemplary: every action has a named owner, a real
timescale and something that can be seen, counted or read. The four faulty
plans hold 26 expected findings between them.

Counting convention used for "actions" (README convention 1): each row of
an action table counts once (banner rows excepted, and the family
network table and the professionals' table of plan 3 alike), each
"ACTION n of 12" block of the case print (its What / Who / Due / Evidence
/ Status lines belong to it), each a) / b) item of the outline (the 1 and
1.1 lines are an area and its outcome), and each bullet under the
letter's "What will happen" parts. Details tables, the
people present, agency updates, the children's days and words, what is
going well, worries, outcomes, the contingency, meeting dates, update
and "At transfer" columns, the chair's summary of progress, the letter's
explanation of the move and what has already been done are not actions.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. Neonatal unit discharge planning meeting record, written by the hospital
#    social worker as the child protection plan for a looked-after premature
#    baby. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b203_dewsmoor_neonatal_discharge_planning_visiting_banners_calloway.docx",
    "doc_title": "Neonatal Unit Discharge Planning Meeting 3 and Child Protection Plan - Ruby Calloway",
    "split": "heldout",
    "actions": 19,
    "template": "neonatal-discharge-planning-meeting-record-docx-hospital-social-worker-details-table-legal-status-pre-proceedings-present-why-rubys-days-on-the-unit-what-jade-and-lorraine-said-working-well-outcomes-then-one-ref-what-needs-to-happen-who-by-when-how-we-will-know-table-under-banner-rows-visiting-on-the-unit-health-and-discharge-mums-recovery-after-discharge-then-if-things-go-wrong-meetings",
    "description": (
        "Exemplary record of the third discharge planning meeting on a neonatal unit for a baby born "
        "at 30 weeks with neonatal abstinence syndrome, on a child protection plan for neglect and "
        "accommodated under section 20 while on the unit after her mother was found asleep under the "
        "influence with her in the parents' room; the mother is on methadone and in pre-proceedings. "
        "Written by the hospital social worker with the allocated social worker as the child protection "
        "plan until the review conference: a details table, Ruby's days on the unit as the nurses see "
        "them, her mother's and grandmother's words, outcomes for Ruby, then one table (Ref / What needs "
        "to happen / Who / By when / How we will know) under banner rows. The social worker visits Ruby "
        "on the unit twice a week and the foster carers daily; the drug and alcohol service reports on "
        "the mother's progress and the likely timescale; the contingency has named triggers, a fallback "
        "if the foster carers or the grandmother cannot do their part, and a legal planning meeting; "
        "core group and review conference dates are set."
    ),
    "blocks": [
        ("title", "Neonatal Unit Discharge Planning Meeting and Child Protection Plan"),
        ("p", "Dewsmoor Royal Infirmary Hospital Social Work Team, with Dewsmoor Metropolitan Borough Council "
              "Children's Services. Discharge planning meeting 3, held in the parents' sitting room on Ward 34 "
              "(Dewsmoor Neonatal Unit) on Tuesday 20/01/2026 at 2pm."),
        ("p", "Written by Alison Dring, hospital social worker, with Megan Thornley, Ruby's social worker. From "
              "today this record is also Ruby's child protection plan until the review conference: it "
              "replaces the outline plan agreed at the initial conference on 30/12/2025."),
        ("table", {
            "rows": [
                ["Baby", "Ruby Calloway, born 09/12/2025 at 30 weeks and 4 days; 36 weeks' corrected age on "
                         "20/01/2026"],
                ["Where Ruby is", "Cot 6, special care nursery, Dewsmoor Neonatal Unit (Ward 34), Dewsmoor "
                                  "Royal Infirmary; moved from intensive care on 19/12/2025"],
                ["Legal status", "Accommodated under section 20 of the Children Act 1989 since 23/12/2025, with "
                                 "Jade's written agreement. Ruby is a looked-after child while she is on the "
                                 "unit and after discharge."],
                ["Mum", "Jade Calloway (24), 3 Fenwick Row, Dewsmoor DW6 2PL"],
                ["Dad", "Connor Mellor (27), Dewsmoor. Named by Jade; not on the birth certificate and "
                        "paternity not yet confirmed."],
                ["Maternal grandmother", "Lorraine Calloway (51), 18 Ashby Street, Dewsmoor"],
                ["Foster carers for discharge", "Sandra and Phil Garside, Dewsmoor Fostering Service "
                                                "(supervising social worker: Dawn Metcalfe)"],
                ["Child protection plan", "Neglect, from the initial conference on 30/12/2025"],
                ["Pre-proceedings", "Letter before proceedings sent to Jade on 05/01/2026. Pre-proceedings "
                                    "meeting held on 14/01/2026 with Jade and her solicitor (Rachel Dyson, "
                                    "Dunnell & Co). PLO review meeting booked for 25/02/2026."],
                ["Social worker", "Megan Thornley, Assessment and Child Protection Team (team manager: "
                                  "Gareth Pryce)"],
                ["Hospital social worker", "Alison Dring, Dewsmoor Royal Infirmary"],
                ["Conference chair and IRO", "Fiona Wadsworth"],
            ],
            "widths": [4.5, 12.5],
            "bold_first_col": True,
        }),
        ("h1", "Present"),
        ("p", "Alison Dring (hospital social worker, chair); Megan Thornley (social worker); Jade Calloway "
              "(Mum); Lorraine Calloway (maternal grandmother); Dr Priya Raman (consultant neonatologist); "
              "Sister Joanne Keeble (neonatal discharge coordinator); Carol Hinds (neonatal outreach nurse); "
              "Nadia Hussain (health visitor); Tom Brierley (recovery worker, Dewsmoor Drug and Alcohol "
              "Service); Sandra Garside (foster carer); Dawn Metcalfe (supervising social worker). Connor "
              "Mellor was invited and did not come."),
        ("h1", "Why Ruby has a plan"),
        ("p", "Jade used heroin and crack cocaine through her pregnancy and booked with a midwife at 26 weeks. "
              "She started methadone with Dewsmoor Drug and Alcohol Service on 29/11/2025 and is now on 60ml a "
              "day, taken in front of the pharmacist. Ruby was born early on 09/12/2025 after Jade came in "
              "bleeding. Ruby's urine was positive for opiates and cocaine, and she needed oral morphine for "
              "neonatal abstinence syndrome from her third day. On 22/12/2025 a nurse found Jade asleep in the "
              "parents' room with Ruby on her chest; Jade's speech was slurred and she later said she had "
              "taken diazepam she bought on the street. Jade agreed to Ruby being accommodated the next day. "
              "Jade's son Kaden (5) has lived with his paternal grandparents under a special guardianship "
              "order since 2022, after neglect when Jade was using."),
        ("h1", "Ruby's days on the unit"),
        ("p", "Ruby is in an open cot now and wears her own clothes, which Lorraine washes. She is fed every "
              "three hours; she takes bottles at 9am, 12 noon and 3pm and the rest by her nasogastric tube, and "
              "is taking more each day. She weighed 1.52kg at birth and 1.98kg on 19/01/2026, on the 9th "
              "centile for her corrected age. Her Finnegan scores have come down from 12 in her first week to "
              "between 5 and 7, and her morphine was last reduced on 18/01/2026. The nurses say she startles "
              "at the monitor alarms and the bins, cries a high thin cry when her scores rise, and settles "
              "fastest when she is swaddled and held skin-to-skin. She turns her head to Jade's voice and "
              "goes still when Jade hums to her. She falls asleep after a bottle in Lorraine's arms. On the "
              "nights no one has visited she has been held by the night nurses between feeds."),
        ("h1", "What Jade and Lorraine said"),
        ("p", "Jade said: \"I know I messed up on the unit. I haven't touched anything since Christmas Eve and "
              "I'll do every test they want. I want to be her mum, not another person she gets taken off.\" "
              "She agrees that Ruby should go to Sandra and Phil when she is ready to leave the unit, \"as long "
              "as I still see her every day I can\"."),
        ("p", "Lorraine said: \"I'll do whatever I can, but I work full time at the bakery. I want to be "
              "assessed. I couldn't live with myself if she went to strangers for good.\""),
        ("h1", "What is working well"),
        ("bullets", [
            "Jade has been on the unit on 17 of the last 21 days and has done Ruby's cares and two bottle feeds "
            "a day with a nurse beside her.",
            "All seven of Jade's urine screens since 29/12/2025 have been negative for heroin, cocaine and "
            "street benzodiazepines.",
            "Sandra and Phil have cared for two babies with neonatal abstinence syndrome before, and Sandra has "
            "already met Ruby with Dawn.",
            "Lorraine washes Ruby's clothes, brings Jade in twice a week and has asked to be assessed.",
        ]),
        ("h1", "What we want for Ruby"),
        ("numbers", [
            "Ruby is off morphine, takes all her feeds by bottle and keeps gaining weight before she leaves the "
            "unit.",
            "While she is on the unit, Ruby is seen, held and fed every day by the people who will care for "
            "her, and her social worker sees her twice a week.",
            "Ruby leaves the unit only to carers who have learned her care and can keep her safe, with her "
            "health checks booked.",
            "Ruby grows up with a parent or a relative who is free of drugs and can meet her needs, or a plan "
            "for another permanent home is made without delay.",
        ]),
        ("h1", "What must happen: on the unit, before discharge and after"),
        ("p", "This table is the plan. \"Before discharge\" means before Ruby leaves the unit: Dr Raman expects "
              "this around 06/02/2026, once Ruby has been off morphine for 72 hours and has taken all her feeds "
              "by bottle for 48 hours."),
        ("table", {
            "header": ["Ref", "What needs to happen", "Who", "By when", "How we will know"],
            "widths": [1.1, 5.6, 3.3, 3.2, 3.8],
            "rows": [
                ["Visiting Ruby on the unit", H, H, H, H],
                ["V1",
                 "Visit Ruby on the unit, see her awake and at a feed, and speak to the nurse caring for her "
                 "that day",
                 "Megan Thornley, social worker",
                 "Twice a week (Tuesday and Friday) until discharge",
                 "Visit record on Ruby's file within 24 hours, with her weight, her Finnegan scores and what "
                 "the nurse said"],
                ["V2",
                 "Visit Ruby to learn her cares, bottle feeds, Finnegan scoring and settling, working "
                 "alongside the nurses",
                 "Sandra and Phil Garside, foster carers",
                 "Every day from 26/01/2026 until discharge, at least two hours a visit",
                 "Unit visitors' book; the nurse signs each skill on the foster carers' discharge competency "
                 "sheet"],
                ["V3",
                 "Spend time with Ruby on the unit: her 9am, 12 noon and 3pm feeds, nappy changes and "
                 "skin-to-skin, with a nurse present",
                 "Jade Calloway (Mum)",
                 "Every day, 8.45am to 3.30pm",
                 "Unit visiting log and the nurses' record of each feed and care Jade gave, sent to Megan "
                 "every Monday"],
                ["V4",
                 "Drive Jade to the unit on Tuesday and Thursday mornings and give Ruby her 12 noon bottle",
                 "Lorraine Calloway (maternal grandmother)",
                 "Tuesdays and Thursdays, 9.30am to 1pm",
                 "Unit visitors' book; the nurse's note of Lorraine's time with Ruby"],
                ["V5",
                 "Visit Ruby on the unit before her second looked-after review and check her care plan is "
                 "being followed",
                 "Fiona Wadsworth, IRO",
                 "By 03/02/2026",
                 "IRO's visit note on Ruby's file"],
                ["Ruby's health and getting ready for discharge", H, H, H, H],
                ["D1",
                 "Wean Ruby off oral morphine under the unit's NAS protocol and score her on the Finnegan "
                 "chart",
                 "Dr Priya Raman, consultant neonatologist",
                 "Scores every 4 hours until discharge",
                 "Finnegan chart: scores below 8 for 72 hours after the last morphine dose, before "
                 "discharge"],
                ["D2",
                 "Move Ruby from tube feeds to all bottle feeds, and weigh her",
                 "Sister Joanne Keeble, for the neonatal nursing team",
                 "Weighed every other day until discharge",
                 "Weights on the preterm growth chart; every feed by bottle for 48 hours before discharge, "
                 "with the tube out"],
                ["D3",
                 "Complete the discharge checks: car seat test, hearing screen, repeat blood spot and "
                 "first immunisations if due",
                 "Sister Joanne Keeble, neonatal discharge coordinator",
                 "Before discharge",
                 "Signed discharge checklist sent to Megan and the health visitor on the day of discharge"],
                ["D4",
                 "Confirm the discharge date with the foster carers, Jade, the health visitor and Megan, "
                 "and chair the final discharge planning meeting",
                 "Alison Dring, hospital social worker",
                 "At least 48 hours before discharge",
                 "Discharge date e-mailed to everyone; the final meeting's record on Ruby's file"],
                ["D5",
                 "Visit Ruby at the foster home, weigh her and check her feeding and breathing",
                 "Carol Hinds, Dewsmoor Neonatal Outreach Team",
                 "Within 48 hours of discharge, then weekly for 6 weeks",
                 "Weights in Ruby's red book and on the growth chart, copied to the health visitor and "
                 "Megan"],
                ["D6",
                 "New birth visit at the foster home, then an ASQ-3 at 8 weeks' corrected age",
                 "Nadia Hussain, health visitor, Dewsmoor 0-19 Service",
                 "New birth visit within 10 days of discharge; ASQ-3 in the week of 13/04/2026",
                 "Red book entries; ASQ-3 scores sent to Megan and the GP"],
                ["Jade's recovery and her care of Ruby", H, H, H, H],
                ["J1",
                 "Supervised methadone and weekly urine screens; write to the core group on Jade's progress, "
                 "what still needs to change before she could care for Ruby, and how long that is likely "
                 "to take",
                 "Tom Brierley, recovery worker, Dewsmoor Drug and Alcohol Service",
                 "Screens weekly; written report by 18/02/2026, before the PLO review meeting",
                 "Screen results e-mailed to Megan every Friday; the report on Ruby's file and sent to "
                 "Jade's solicitor"],
                ["J2",
                 "Go to every key-work session and every screen, so that she can show she stays off heroin, "
                 "crack and street tablets while caring for Ruby",
                 "Jade Calloway (Mum)",
                 "Key work every Wednesday at 11am; screens weekly",
                 "Attendance record and screen results, read by Megan at each visit; no positive screen for "
                 "heroin, cocaine or benzodiazepines"],
                ["J3",
                 "Parenting assessment of Jade, including her observed care of Ruby on the unit and at family "
                 "time",
                 "Megan Thornley, social worker",
                 "By 20/02/2026",
                 "Written assessment with a recommendation, shared with Jade and her solicitor before the "
                 "PLO review meeting on 25/02/2026"],
                ["J4",
                 "Viability assessment of Lorraine as a carer for Ruby",
                 "Kirsty Lowe, Dewsmoor Kinship Team",
                 "By 06/02/2026",
                 "Viability report with a recommendation, shared with Lorraine, Jade and the core group"],
                ["J5",
                 "Meet Connor, explain the plan and the pre-proceedings, and arrange a DNA test if he agrees",
                 "Megan Thornley, social worker",
                 "By 06/02/2026",
                 "Record of the meeting; the DNA result letter on file and shared with Connor and Jade"],
                ["After discharge, while Ruby lives with Sandra and Phil", H, H, H, H],
                ["A1",
                 "Supervised family time for Jade with Ruby at the family time centre, including a feed and a "
                 "bath",
                 "Rosie Chadwick, Dewsmoor Family Time Service",
                 "Monday, Wednesday and Friday, 10am to 12 noon, from the first weekday after discharge",
                 "Family time record after each session, with how Jade read and answered Ruby's cues; sent to "
                 "Megan weekly"],
                ["A2",
                 "Visit Ruby at the foster home and see her awake, with Sandra or Phil",
                 "Megan Thornley, social worker",
                 "Within 3 working days of discharge, then every week until the review conference",
                 "Visit records on Ruby's file within 24 hours"],
                ["A3",
                 "Keep a daily record of Ruby's feeds, sleep, settling and any withdrawal signs",
                 "Sandra and Phil Garside, foster carers",
                 "Every day from discharge",
                 "Daily record sent to Megan and Dawn Metcalfe every Friday"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Jade comes to the unit under the influence of drugs or alcohol, or a screen is positive for "
            "heroin, cocaine or street benzodiazepines: the nurse in charge does not let Jade hold or feed Ruby "
            "that day and rings Alison (the Emergency Duty Team out of hours); Megan sees Jade within 2 working "
            "days, and Gareth Pryce (team manager) holds a legal planning meeting within 5 working days to "
            "decide whether to issue care proceedings.",
            "If anyone tries to take Ruby off the unit without the nurse in charge agreeing, staff follow the "
            "unit's baby security procedure and ring hospital security and 999 at once.",
            "If Sandra and Phil cannot take Ruby when she is ready to leave, Ruby stays on the unit until Dawn "
            "Metcalfe finds another Dewsmoor foster carer, who learns her care from the nurses before she goes; "
            "Ruby is not discharged to anyone who has not.",
            "If Lorraine cannot bring Jade in on a Tuesday or Thursday, Jade rings Alison by 9am and Alison "
            "books a hospital taxi for her. If Lorraine's viability assessment is negative, Megan tells "
            "Lorraine and Jade the same day and Ruby's plan to go to Sandra and Phil does not change.",
            "If Jade misses two family time sessions in a row without a reason, Megan visits her that day, and "
            "if she cannot be found Gareth Pryce brings the legal planning meeting forward.",
            "If Tom's report or the parenting assessment says Jade cannot make the changes Ruby needs in time "
            "for her, the legal planning meeting on 03/03/2026 decides whether to issue care proceedings and "
            "plan for Ruby's permanent home.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Discharge planning meetings every Tuesday at 2pm on Ward 34 until discharge: 27/01/2026 and "
            "03/02/2026.",
            "Core group every four weeks at Dewsmoor Civic Centre, Tuesdays at 10am: 27/01/2026, 24/02/2026 and "
            "24/03/2026.",
            "Ruby's second looked-after review: 04/02/2026, on the unit.",
            "PLO review meeting: 25/02/2026. Legal planning meeting: 03/03/2026.",
            "Review child protection conference: 24/03/2026 at 1.30pm, Dewsmoor Civic Centre.",
        ]),
        ("p", "Record typed by Alison Dring on 20/01/2026 and agreed by Megan Thornley. Copies to Jade, Lorraine, "
              "Connor, Jade's solicitor and everyone present."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Core group 2 minutes with an action log, a mother with bipolar disorder
#    after the birth. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b203_darnholt_core_group_minutes_action_log_bipolar_ferris.md",
    "split": "heldout",
    "actions": 14,
    "template": "core-group-2-minutes-md-details-table-present-apologies-numbered-minutes-agency-updates-how-maisie-and-theo-are-working-well-worries-outcomes-from-conference-then-action-log-no-action-who-by-when-how-well-know-update-at-cg2-then-if-natalie-becomes-unwell-next-meetings",
    "description": (
        "Minutes of the second core group for a 4-year-old girl and her 7-week-old brother on plans for "
        "neglect after their mother relapsed with bipolar disorder ten days after the birth (not "
        "sleeping, spending, leaving the baby in his pram outside a shop) and is now low and sleeping "
        "late; their father works nights, the paternal grandmother sleeps over four nights a week and "
        "an aunt does the nursery run. Numbered minutes (agency updates, how the children are, "
        "outcomes from the conference) then an action log (No. / Action / Who / By when / How we'll "
        "know / Update at CG2). Faults: the CPN's fortnightly support visits and the perinatal "
        "psychiatrist's medication review only treat the mother (H001 x2); eight of fourteen actions "
        "are the mother's own health, medication, benefits and housing with no link to the children "
        "(F001); an outcome about the mother's mood only (F002); the Home-Start referral 'as soon as "
        "possible' (T002); the nursery's daily checks measured by 'Monitored by nursery' (M002); and a "
        "contingency that sends the children to the grandmother and never says what happens if she or "
        "the aunt cannot help (C003)."
    ),
    "text": """\
# Darnholt Council Children's Services

## Core Group Meeting 2: minutes and action log

| | |
|---|---|
| **Children** | Maisie Ferris, born 22/09/2021 (4); Theo Ferris, born 01/12/2025 (9 weeks) |
| **Parents** | Natalie Ferris (29) and Liam Ferris (31), 14 Bramble Close, Darnholt DH3 7RW |
| **Plan** | Child protection plans for both children, neglect, from the initial conference on 08/01/2026 |
| **This meeting** | Core group 2, Thursday 05/02/2026, 10am, Darnholt Family Hub |
| **Last meeting** | Core group 1, 15/01/2026 |
| **Social worker and chair** | Sophie Marsh, Darnholt Children's Services (team manager: Helen Gaunt) |
| **Minutes** | Kerry Doyle, business support |

### 1. Present and apologies

Present: Sophie Marsh (social worker, chair); Natalie Ferris (Mum); Liam Ferris (Dad); Carol Ferris
(paternal grandmother); Gemma Holt (maternal aunt); Kathryn Bell (health visitor, Darnholt 0-19
Service); Steve Ashworth (CPN and care coordinator, Darnholt Community Mental Health Team); Wendy Tull
(manager, Dovecote Nursery).

Apologies: Dr Anjali Rana (consultant perinatal psychiatrist, Darnholt Perinatal Mental Health
Service), who sent a short update; Dr Michael Hale (GP, Darnholt Road Surgery).

### 2. Updates

**Steve (CMHT):** Natalie has bipolar affective disorder, diagnosed in 2019, and was admitted to
hospital for three weeks in 2020. Ten days after Theo was born she stopped sleeping, spent over
£1,200 on a catalogue account and left Theo asleep in his pram outside a shop on Dene Parade; the
police brought them home. The Darnholt Home Treatment Team saw her daily until 02/01/2026 and her
lithium was restarted. She is now low rather than high: she sleeps until 11am on most days and says
she feels "flat". She has been taking her tablets.

**Dr Rana (by e-mail):** she will see Natalie in clinic this month to look at her doses.

**Kathryn (HV):** Theo weighed 4.6kg on 02/02/2026 and is on the 25th centile, following his line. He
is bottle fed; Liam or Carol do most of the night feeds. Kathryn has not yet seen Natalie give a feed.

**Wendy (nursery):** Maisie has been in every session since 12/01/2026. Gemma brings her. She came in
twice last week in the same clothes and without breakfast.

**Carol and Gemma:** Carol sleeps at Bramble Close from Monday to Thursday, the nights Liam works at the
parcel depot. Gemma does the nursery run. Carol said she is "tired but coping"; she has her own hospital
appointments coming up for her knee.

**Liam:** he has asked his manager about day shifts and is waiting for an answer.

### 3. How Maisie and Theo are

Sophie saw Maisie on her own at nursery on 29/01/2026. Maisie said: "Mummy was talking really really
fast and then she cried. Now she sleeps a lot." "Nanna Carol does my plaits and makes pancakes." "I'm
quiet in the morning so Mummy can sleep." She drew her family with Theo "in his basket" and her mummy
"in bed".

Theo is alert and feeds well from Carol and Liam. Kathryn saw him on 02/02/2026: he fixes on faces,
smiles at Carol's voice and settles after a feed when he is held upright. He cries for a long time
when he is put down in the mornings, and on both of Sophie's morning visits he was in his basket in the
living room while Natalie slept on the sofa.

### 4. What is going well and what we are worried about

Going well: Natalie is taking her lithium; Carol and Gemma are there every weekday; Theo is gaining
weight; Maisie is at nursery every day.

Worried about: the mornings, when Natalie is alone with both children after Carol leaves at 7am and
before Gemma comes at 8.30am; Maisie missing breakfast; Carol's knee operation; Natalie not yet feeding
or settling Theo herself.

### 5. What we want (outcomes from the conference)

1. Theo is fed, warm and gaining weight, and is never alone at night with a parent who is unwell.
2. Maisie goes to nursery every day she is meant to, clean, fed and dressed for the weather.
3. Natalie's mood is stable and she takes her medication every day.
4. Maisie and Theo have a calm morning routine with an adult who is awake and looking after them.

### 6. Action log

| No. | Action | Who | By when | How we'll know | Update at CG2 |
|---|---|---|---|---|---|
| 1 | Visit Natalie at home to support her with her low mood and with taking her medication | Steve Ashworth, CPN (care coordinator), Darnholt CMHT | Every two weeks | Visits recorded in the CMHT notes; dates sent to Sophie | Three visits since the conference |
| 2 | Outpatient review of Natalie's lithium and quetiapine doses | Dr Anjali Rana, consultant perinatal psychiatrist | By 20/02/2026 | Clinic letter to the GP on her doses, copied to Sophie | Appointment booked for 17/02/2026 |
| 3 | Lithium blood level test, and repeat prescriptions issued on time | Dr Michael Hale, GP | Next test by 27/02/2026, then every 3 months | Blood result in the GP record; the GP tells Steve if the level is out of range | New |
| 4 | Take lithium and quetiapine every evening; Liam checks the blister pack each morning | Natalie, with Liam | Every day | Blister pack checked by Steve at each visit | Taking them, says Natalie |
| 5 | Self-refer to Darnholt Talking Therapies for help with anxiety | Natalie | By 13/02/2026 | Confirmation e-mail from Talking Therapies shown to Sophie | New |
| 6 | Go to the Darnholt Bipolar Peer Support group at the library | Natalie | Thursdays at 1pm from 12/02/2026 | Attendance register, seen by Steve | New |
| 7 | Help Natalie apply for Personal Independence Payment | Sophie Marsh, SW | By 27/02/2026 | Application reference number on file | Form started |
| 8 | Supporting letter to Darnholt Homes for a transfer to a two-bedroom ground-floor flat | Sophie Marsh, SW | By 13/02/2026 | Copy of the letter on file; housing band confirmed in writing | New |
| 9 | Weigh Theo at home and check his feeding and development | Kathryn Bell, HV | Every two weeks until he is 16 weeks old | Weights plotted in the red book; Theo stays on or above the 25th centile | Weighed 02/02/2026 |
| 10 | Visit the family at home, see Maisie on her own and see Theo awake; one visit a fortnight before 9am | Sophie Marsh, SW | Every week until the review conference | Visit records with Maisie's words and how Theo looked | Weekly since the conference |
| 11 | Check Maisie is clean, fed and dressed for the weather when she arrives, and offer her breakfast | Wendy Tull, Dovecote Nursery | Every nursery day (Monday to Thursday) | Monitored by nursery | Twice without breakfast last week |
| 12 | Stay overnight while Liam works nights and do Theo's night feeds, so that Natalie is never alone with Theo at night | Carol Ferris (paternal grandmother) | Monday to Thursday nights, 9pm to 7am | Night feed chart on the fridge, checked by Kathryn and Sophie at visits | Every night since the conference |
| 13 | Take Maisie to nursery and collect her | Gemma Holt (maternal aunt) | Monday to Thursday, 8.45am and 3pm | Nursery signing-in book | Every day |
| 14 | Referral to Darnholt Home-Start for a volunteer to help Natalie with Theo in the mornings | Kathryn Bell, HV | As soon as possible | Home-Start acceptance letter | Not yet made |

### 7. If Natalie becomes unwell

If Natalie stops taking her tablets, goes two nights without sleep, starts spending or talking very
fast again, or says anything about harming herself or the children, Liam or Carol will ring the CMHT
duty line (the Darnholt Crisis Team out of hours) the same day. Sophie, or the Emergency Duty Team out
of hours, will hold a strategy discussion that day, and Maisie and Theo will stay with Carol at 9 Linnet
Way until the crisis team says Natalie is well enough to care for them.

If Natalie is admitted to hospital, or the children are found alone with her while she is unwell,
Helen Gaunt (team manager) will hold a legal planning meeting within 5 working days.

### 8. Next meetings

- Core group 3: Thursday 05/03/2026, 10am, Darnholt Family Hub; then every four weeks.
- Review child protection conference: Tuesday 07/04/2026 at 10am, Darnholt Town Hall.

Minutes agreed by Sophie Marsh on 06/02/2026 and sent to everyone present, Dr Rana and Dr Hale.
""",
    "findings": [
        F("H001", "Visit Natalie at home to support her with her low mood"),
        F("H001", "Outpatient review of Natalie's lithium and quetiapine doses"),
        F("F001"),
        F("F002", "Natalie's mood is stable and she takes her medication every day."),
        F("T002", "Referral to Darnholt Home-Start for a volunteer to help Natalie"),
        F("M002", "Check Maisie is clean, fed and dressed for the weather"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Initial conference plan written by the conference chair: a family
#    network table with an "If they can't" column, then the professionals'
#    table. Page header and footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b203_dallerby_chairs_plan_family_network_if_they_cant_moran.pdf",
    "doc_title": "Child Protection Plan - Kian and Orla Moran",
    "split": "heldout",
    "actions": 13,
    "min_pages": 3,
    "header": "OFFICIAL-SENSITIVE · Dallerby Council · Child protection plan: Kian and Orla Moran",
    "footer": "Initial child protection conference 21/01/2026 · Chair: Ruth Aldred · Page {PAGE} of {NUMPAGES}",
    "template": "icpc-plan-by-conference-chair-paged-header-footer-numbered-sections-details-kv-why-a-plan-kian-and-orlas-days-what-stacey-and-the-family-said-working-well-what-needs-to-be-different-then-family-network-table-who-what-they-have-agreed-when-how-well-know-if-they-cant-then-professionals-table-task-lead-timescale-evidence-then-if-things-go-wrong-meetings",
    "description": (
        "Exemplary initial conference plan, written by the conference chair, for a 2-year-old boy and "
        "a 5-month-old girl on plans for neglect after their mother, who is alcohol dependent, was "
        "found unconscious in the kitchen with the baby crying in a dirty nappy and the toddler alone. "
        "The children stay at home because the mother's parents, her sister and a friend next door "
        "share a rota around her: a family network table (Who / What they have agreed to do / When / "
        "How we'll know / If they can't) gives each person's part with who steps in if they cannot, "
        "and the professionals' table (Task / Lead / Timescale / Evidence) gives the alcohol "
        "service's detox, key work and a report on the mother's capacity to change and its likely "
        "timescale, the GP, the health visitor, nursery, family support and a kinship viability "
        "assessment. The contingency has named triggers, what happens if the rota breaks down, and a "
        "legal planning meeting; core group and review conference dates are set; header and footer "
        "on every page."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Dallerby Council, Safeguarding and Quality Assurance Unit. This plan was written by the "
              "conference chair, Ruth Aldred, from the decisions of the initial child protection conference on "
              "21/01/2026, and was checked line by line with Stacey, her family and the core group on "
              "23/01/2026."),
        ("h1", "1. The family and the plan"),
        ("kv", [
            ("Children", "Kian Moran, born 14/11/2023 (2); Orla Moran, born 19/08/2025 (5 months)"),
            ("Home", "27 Larkspur Avenue, Dallerby DL4 8NE, with their mum"),
            ("Mum", "Stacey Moran (28)"),
            ("Dad", "Jordan Kelsall (31), Dallerby. He sees the children at Pat and Brian's on Sunday "
                    "afternoons and did not come to the conference."),
            ("Family network", "Pat Moran (Nana, 60) and Brian Moran (Grandad, 63), 5 Cherry Tree Walk, five "
                               "minutes' walk away; Leanne Moran (Stacey's sister, 32); Kerry Nolan (friend, "
                               "next door at number 29)"),
            ("Category", "Neglect (both children)"),
            ("Social worker", "Jess Appleyard, Families Together Team (team manager: Mark Lund)"),
            ("Conference chair", "Ruth Aldred, child protection chair"),
        ]),
        ("h1", "2. Why Kian and Orla need a plan"),
        ("p", "Stacey has drunk heavily since Orla was born, mostly vodka, on her own in the evenings. On "
              "04/01/2026 Kerry heard Orla screaming for over an hour and rang the police. Officers found Stacey "
              "unconscious on the kitchen floor, Orla in her cot in a nappy that had not been changed since the "
              "morning, and Kian in his pyjamas in the living room with an empty bottle. Stacey was taken to "
              "Dallerby General Hospital and the children went to Pat and Brian's. Stacey drank heavily from "
              "2019 to 2021 and stopped when she was pregnant with Kian. Her GP referred her to Dallerby Alcohol "
              "Service on 06/01/2026 and she has been to every appointment since. The children went home on "
              "10/01/2026 once the family rota below was in place."),
        ("h1", "3. Kian's and Orla's days"),
        ("p", "Kian has about twenty words. When Jess visited on 16/01/2026 he ran to the door shouting "
              "\"Grandad! Park!\" and showed her the \"big slide\". He said \"Mummy sleep\" when Jess asked "
              "about the night the police came, and he put his teddy to bed on the kitchen floor. Pat says "
              "that when Stacey had been drinking Kian went very quiet and took himself to bed in his clothes. "
              "At Dallerby Tots Nursery he plays with the cars and the water tray, and eats two breakfasts on "
              "Tuesdays."),
        ("p", "Orla is bottle fed. She dropped from the 50th to the 25th centile in December and is now "
              "following the 25th. She had a bad nappy rash when the police found her, which is clearing. The "
              "health visitor saw her smile and babble at Leanne, and Pat says she settles fastest when she is "
              "sung to. She wakes once a night for a feed."),
        ("h1", "4. What Stacey and the family said"),
        ("p", "Stacey: \"I'm ashamed. I'd tell myself one drink after they're down, and then I'd wake up on the "
              "floor. I want to stop properly this time, with help, not just for a few weeks.\" Pat and Brian: "
              "\"We'll do whatever keeps the kids at home, but we're not young and Brian's back is bad.\" "
              "Leanne: \"I can do nursery and the odd night, not every night, I've got my own two.\" Kerry: \"I'm "
              "next door. I'll knock every morning.\""),
        ("h1", "5. What is working well"),
        ("bullets", [
            "Stacey has kept all four appointments with Dallerby Alcohol Service and says she has not drunk "
            "since 04/01/2026; her breath tests at the service have all read zero.",
            "The family rota has worked every day since 10/01/2026.",
            "Orla has gained weight for three weeks running.",
            "Kian has been to nursery on every one of his days since 13/01/2026.",
        ]),
        ("h1", "6. What needs to be different for Kian and Orla"),
        ("numbers", [
            "Kian and Orla are cared for every day and night by a sober adult.",
            "Orla is fed on time, her nappy rash clears, and she stays on or above the 25th centile.",
            "Kian goes to nursery on his days, and his speech is checked and helped.",
            "By the summer Kian and Orla can live safely with their mum, who has stopped drinking, with their "
            "family close by, and no longer need a plan.",
        ]),
        ("h1", "7. The family's part"),
        ("p", "Everyone in this table agreed their part at the conference and signed the family diary, which "
              "stays on the kitchen table at Larkspur Avenue. The last column says who steps in on a day "
              "someone cannot do their part; section 9 says what happens if the rota itself breaks down."),
        ("table", {
            "header": ["Who", "What they have agreed to do", "When", "How we'll know", "If they can't"],
            "widths": [2.4, 4.6, 2.8, 3.7, 3.5],
            "rows": [
                ["Pat Moran (Nana)",
                 "Come to Larkspur Avenue for the children's tea, bath and bedtime, and stay until Stacey has "
                 "done her breath test with her",
                 "Every evening, 4.30pm to 7.30pm",
                 "Pat writes the time she left and Stacey's breath test reading in the family diary; Jess "
                 "reads it at every visit",
                 "Brian comes instead; if he can't, Leanne. Pat tells Jess by 3pm on any day none of them "
                 "can come."],
                ["Brian Moran (Grandad)",
                 "Stay overnight at Larkspur Avenue on Friday and Saturday nights and do Orla's night feed",
                 "Every Friday and Saturday, 7pm to 9am",
                 "Brian signs the family diary in the morning with the time of Orla's feed",
                 "Leanne stays instead; if she can't, Stacey and the children sleep at Cherry Tree Walk."],
                ["Leanne Moran (aunt)",
                 "Take Kian to Dallerby Tots Nursery and collect him",
                 "Tuesdays and Wednesdays, 8.45am and 2.45pm",
                 "Nursery signing-in book",
                 "Kerry takes Kian instead; if neither can, Leanne rings Jess by 8am and Jess books the family "
                 "support worker to take him."],
                ["Kerry Nolan (friend, next door)",
                 "Knock each morning, check Stacey is sober and the children have had breakfast, and ring Pat "
                 "straight away if not",
                 "Every morning at 8am",
                 "Kerry texts Pat and Jess \"all OK\", or what she found; Jess saves the texts to the file "
                 "each week",
                 "Pat knocks at 8am instead."],
                ["Stacey Moran (Mum)",
                 "Blow into the breathalyser when Pat arrives, and not drink at all while Kian and Orla are in "
                 "her care",
                 "Every evening when Pat arrives",
                 "Reading in the family diary, 0.00 every time",
                 "If a reading is above 0.00, Pat stays the night or takes the children to Cherry Tree Walk, "
                 "and rings Jess (section 9)."],
            ],
        }),
        ("h1", "8. The professionals' part"),
        ("table", {
            "header": ["Task", "Lead", "Timescale", "Evidence"],
            "widths": [6.0, 3.7, 3.6, 3.7],
            "rows": [
                ["Community alcohol detox and weekly key work, with a breath test at each session; write to the "
                 "core group on Stacey's progress, whether she can stay sober while caring for Kian and Orla, "
                 "and how long that is likely to take",
                 "Leah Fairbrother, recovery worker, Dallerby Alcohol Service",
                 "Detox from 09/02/2026; key work every Monday; report by 05/03/2026 and before the review "
                 "conference",
                 "Breath test results e-mailed to Jess every Friday; written reports on the file"],
                ["Prescribe and review Stacey's detox medication and check her liver function",
                 "Dr Sunil Varma, GP, Dale Street Surgery",
                 "Detox start 09/02/2026; blood test by 20/02/2026",
                 "Prescription record; blood result sent to Leah and Jess"],
                ["Visit the children at home, see Kian on his own and Orla awake; at least one visit in three "
                 "at teatime or at the weekend",
                 "Jess Appleyard, social worker",
                 "Every week until the review conference",
                 "Visit records within 48 hours, with what Kian did and said and how Orla was"],
                ["Weigh Orla and check her feeding and nappy rash",
                 "Amy Rowlands, health visitor, Dallerby 0-19 Service",
                 "Every two weeks until she is 8 months old",
                 "Weights in the red book, with Orla on or above the 25th centile; the rash noted at each "
                 "visit"],
                ["Two-year review for Kian with an ASQ-3 and a speech check, and a referral to speech and "
                 "language therapy if he needs it",
                 "Amy Rowlands, health visitor",
                 "By 27/02/2026",
                 "ASQ-3 scores sent to Jess; a copy of any referral on the file"],
                ["Record how Kian arrives on his nursery days (clean, fed, dressed for the weather) and ring "
                 "Jess the same day with any worry",
                 "Sue Naylor, manager, Dallerby Tots Nursery",
                 "Every Tuesday and Wednesday",
                 "Arrival record on the nursery's safeguarding log, sent to Jess every Friday"],
                ["Home sessions with Stacey on routines, Orla's feeds and play with Kian",
                 "Nadia Coombes, family support worker, Dallerby Family Support Service",
                 "Every Thursday at 10am for 10 weeks from 29/01/2026",
                 "Session records with what Nadia saw; Orla's feed chart"],
                ["Viability assessment of Pat and Brian as carers for Kian and Orla if the children cannot "
                 "stay at home",
                 "Jess Appleyard, social worker, with the Dallerby Kinship Team",
                 "By 20/02/2026",
                 "Viability report shared with Pat, Brian and Stacey"],
            ],
        }),
        ("h1", "9. If things go wrong"),
        ("bullets", [
            "If Stacey's breath test reads above 0.00, or anyone finds her drinking or drunk while she is "
            "caring for Kian or Orla: the adult who is there keeps the children with them and rings Jess (the "
            "Emergency Duty Team out of hours) at once, and the children sleep at Pat and Brian's that night. "
            "Jess sees the children the next working day.",
            "If that happens twice before the review conference, or Stacey misses two sessions in a row at "
            "Dallerby Alcohol Service, Mark Lund (team manager) will hold a legal planning meeting within 5 "
            "working days to decide whether to start pre-proceedings under the Public Law Outline.",
            "If the rota breaks down (it is missed twice in any fortnight, or Pat, Brian or Leanne cannot do "
            "their part for a week or more, for example if Brian's back gets worse): Jess holds a family "
            "network meeting within 3 working days to share the gaps out again, and until then Nadia or "
            "another Dallerby Family Support Service worker does the teatime visit. If no sober adult can be "
            "with the children overnight, they stay at Pat and Brian's; if Pat and Brian cannot have them, Jess "
            "(or the Emergency Duty Team) finds an emergency foster placement that night.",
            "If Orla's weight falls below the 9th centile, Amy arranges a paediatric review at Dallerby General "
            "Hospital within 48 hours and tells Jess the same day.",
        ]),
        ("h1", "10. Meetings"),
        ("bullets", [
            "Core group every four weeks at Dallerby Family Centre, Tuesdays at 1pm: 03/02/2026, 03/03/2026 and "
            "31/03/2026.",
            "Family network meeting with Pat, Brian, Leanne, Kerry and Stacey, held by Jess, straight after "
            "each core group.",
            "Review child protection conference: 21/04/2026 at 10am, Dallerby Town Hall.",
        ]),
        ("p", "Plan sent to Stacey, Jordan, Pat, Brian, Leanne, Kerry and every agency on 23/01/2026."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Case-system print of the second review conference plan, nine months
#    on; progress not enough and no legal planning. Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b203_delmworth_rcpc2_case_print_action_blocks_rowbotham.txt",
    "split": "heldout",
    "actions": 12,
    "template": "rcpc2-case-system-print-txt-system-banner-dot-leader-plan-fields-subjects-household-then-caps-sections-chairs-summary-of-progress-parental-health-childrens-views-outcomes-then-action-n-of-12-blocks-what-who-due-evidence-status-lines-then-contingency-and-review-fields",
    "description": (
        "Case-system print of the plan from the second review conference for a 3-year-old boy and a "
        "20-month-old girl on plans for neglect for nine months: a dirty flat, missed health and "
        "dental appointments, low nursery attendance. Their mother has a mild learning disability and "
        "their father uses cannabis daily and cocaine at weekends. The chair's summary says progress "
        "has not been enough and things have not improved; the plan then lists twelve action blocks "
        "(What / Who / Due / Evidence / Status). Faults: nothing says legal planning follows although "
        "the plan says progress is insufficient (R002); the contingency only says the core group will "
        "review and consider (C002); the father's drug use is recorded but no adult service owns any "
        "action, the father only referring himself (F004); the adapted parenting course 'when a place "
        "becomes available' (T002); 'All professionals' sharing worries (W002); the dental extraction "
        "with '-' for its due date (T001); and the family support service's deep clean with an empty "
        "evidence field (M001)."
    ),
    "text": """\
DELMWORTH COUNCIL - CHILDREN'S SOCIAL CARE                     DCIS case record v4.2
CHILD PROTECTION PLAN (REVIEW CONFERENCE 2)                   Printed 18/02/2026 10:42
=====================================================================================

Plan ID ................ CPP-0048213
Plan version ........... 3 (replaces version 2 of 19/08/2025)
Subjects ............... Tyler ROWBOTHAM, DOB 02/11/2022 (3)
                         Skye ROWBOTHAM, DOB 14/06/2024 (20 months)
Category ............... Neglect (both subjects)
Plan start ............. 20/05/2025 (initial conference)
This conference ........ 17/02/2026, review conference 2, Delmworth Civic Offices
Chair .................. Angela Brightmore, child protection chair
Allocated worker ....... Lucy Harker, social worker, Safeguarding Team 2
Team manager ........... Paul Nevison

HOUSEHOLD
---------
Kirsty ROWBOTHAM (23) ... mother, 12 Nettleham Court, Delmworth DM2 5TA
Jamie LOWTHER (26) ...... father of both children, same address

CHAIR'S SUMMARY OF PROGRESS
---------------------------
Tyler and Skye have been on child protection plans for nine months. The conference agreed that
progress has not been sufficient and that things have not improved for the children. The flat was
cleaner for about six weeks in the autumn, after a deep clean, and has slipped back: at the last
three visits there was dog mess on the kitchen floor, the fridge was not working and Skye was
sleeping on a bare mattress. Tyler's dental extraction under general anaesthetic (four teeth) was
cancelled twice because he was not brought. Skye has not had her 12-month immunisations. Tyler's
nursery attendance is 61% this term. Kirsty and Jamie came to the conference and agreed with the
plan.

PARENTAL HEALTH AND NEEDS
-------------------------
Kirsty has a mild learning disability (assessed at school, statement of special educational needs)
and finds written letters and appointment cards hard to follow. Jamie smokes cannabis every day and
uses cocaine at weekends; his hair strand test in December 2025 was positive for cocaine at a level
showing regular use. He says he "only has a bit at the weekend when the kids are in bed". Neither
parent is known to adult services at present.

CHILDREN'S VIEWS AND LIVED EXPERIENCE
-------------------------------------
Tyler told Lucy on 09/02/2026, in his bedroom: "My teeth hurt when I eat." "Daddy sleeps on the
settee." He showed her his toy dog and said he was hungry; it was 11am and he had not had breakfast.
At nursery he is described as a quiet boy who eats everything he is given and hides food in his
pockets. Skye is cheerful and crawls to any adult who comes in; her nappy was soaked through on two
visits and she has had nappy rash for a month.

OUTCOMES FOR THE CHILDREN
-------------------------
1. Tyler and Skye live in a clean, warm flat with working cooking and fridge, and each has a proper
   bed.
2. Tyler has his teeth treated and is free of tooth pain, and both children are up to date with
   their health checks and immunisations.
3. Tyler is at nursery for every session, fed and on time.
4. Tyler and Skye are cared for by parents who are not under the influence of drugs.

ACTIONS
-------
ACTION 1 of 12
  What ......... Unannounced home visits, seeing Tyler and Skye and checking every room of the flat
  Who .......... Lucy Harker, social worker
  Due .......... Every week until the next review conference, at least one visit in two unannounced
  Evidence ..... Home conditions checklist scored at each visit (out of 20) and on the file within
                 48 hours
  Status ....... Ongoing

ACTION 2 of 12
  What ......... Deep clean of the flat with Kirsty and Jamie, then weekly home sessions on keeping it
                 clean, food shopping and cooking
  Who .......... Paula Mercer, Delmworth Family Support Service
  Due .......... Deep clean by 06/03/2026, then every Thursday for 12 weeks
  Evidence .....
  Status ....... New

ACTION 3 of 12
  What ......... Take Tyler to his rebooked dental extraction at the Delmworth Community Dental Service
                 and to the check-up afterwards
  Who .......... Kirsty, with a reminder text from Lucy
  Due .......... -
  Evidence ..... Letter from the dental service confirming the extraction, sent to Lucy
  Status ....... Not started - awaiting appointment

ACTION 4 of 12
  What ......... Take Skye for her missed 12-month immunisations at the surgery
  Who .......... Kirsty, with Beth Crossley (HV) to book the appointment
  Due .......... By 06/03/2026
  Evidence ..... Immunisations recorded in Skye's red book, seen by the HV
  Status ....... New

ACTION 5 of 12
  What ......... Developmental review for Tyler with an ASQ-3, and a referral to speech and language
                 therapy if he needs it
  Who .......... Beth Crossley, health visitor, Delmworth Health Visiting Service
  Due .......... By 20/03/2026
  Evidence ..... ASQ-3 scores and a copy of any referral sent to Lucy
  Status ....... New

ACTION 6 of 12
  What ......... Get Tyler to Delmworth Dandelions Nursery for every morning session, fed and on time
  Who .......... Kirsty and Jamie
  Due .......... Monday, Tuesday and Wednesday mornings, from 23/02/2026
  Evidence ..... Nursery register; attendance of 90% or more by the next review conference
  Status ....... Ongoing

ACTION 7 of 12
  What ......... First-day call to Kirsty if Tyler is not in by 9.30am, then to Lucy if there is no
                 answer
  Who .......... Mrs Carol Ingle, manager, Delmworth Dandelions Nursery
  Due .......... Every session
  Evidence ..... Call log e-mailed to Lucy every Friday
  Status ....... Ongoing

ACTION 8 of 12
  What ......... Adapted parenting course for Kirsty at Delmworth Parenting Together, for parents with
                 learning needs
  Who .......... Kirsty, with Paula Mercer
  Due .......... When a place becomes available
  Evidence ..... Course certificate and the facilitator's written report on what Kirsty has put into
                 practice at home
  Status ....... Waiting list

ACTION 9 of 12
  What ......... Refer Kirsty to the Delmworth Community Learning Disability Team for an assessment of
                 her support needs as a parent
  Who .......... Lucy Harker, social worker
  Due .......... By 27/02/2026
  Evidence ..... Referral acceptance letter on the file
  Status ....... New

ACTION 10 of 12
  What ......... Refer himself to Delmworth Recovery Hub and go to every appointment he is given
  Who .......... Jamie
  Due .......... Self-referral by 27/02/2026; appointments as booked
  Evidence ..... Appointment letter shown to Lucy; Recovery Hub attendance letter
  Status ....... Carried forward from version 2

ACTION 11 of 12
  What ......... Arrange a repeat three-month hair strand test for Jamie
  Who .......... Lucy Harker, social worker
  Due .......... By 20/04/2026
  Evidence ..... Test result on the file and shared with Jamie and the core group
  Status ....... New

ACTION 12 of 12
  What ......... Share any worry about Tyler or Skye with Lucy on the day it is seen or heard
  Who .......... All professionals
  Due .......... The same day
  Evidence ..... Recorded as a contact on the children's file
  Status ....... Ongoing

CONTINGENCY
-----------
Contingency plan ....... If things do not improve by the next review conference, the core group will
                         review the plan and consider what else can be done for the children.

REVIEW ARRANGEMENTS
-------------------
Core group frequency ... Every 4 weeks, Delmworth Family Centre, Wednesdays at 10am
Core group dates ....... 04/03/2026, 01/04/2026, 29/04/2026
Next review conf ....... 19/05/2026 at 10am, Delmworth Civic Offices

Plan authorised by Paul Nevison (team manager) 18/02/2026. Copies to parents and agencies.
[End of print - page 1 of 1]
""",
    "findings": [
        F("M001", "Deep clean of the flat with Kirsty and Jamie"),
        F("T001", "Take Tyler to his rebooked dental extraction"),
        F("T002", "Adapted parenting course for Kirsty at Delmworth Parenting Together"),
        F("W002", "Share any worry about Tyler or Skye with Lucy"),
        F("F004"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 5. A social worker's transfer-out plan for a family moving to Dunwick, with
#    an "At transfer" column. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b203_drossley_transfer_out_plan_at_transfer_column_kerr.docx",
    "doc_title": "Child Protection Plan: Family Moving to Another Local Authority - Mason and Aria Kerr",
    "split": "heldout",
    "actions": 13,
    "landscape": True,
    "template": "transfer-out-cp-plan-docx-landscape-sw-written-after-core-group-details-kv-old-and-new-address-receiving-authority-then-why-the-plan-was-rewritten-why-a-plan-mason-and-aria-what-shannon-and-ryan-said-outcomes-then-no-what-will-happen-lead-when-how-well-know-at-transfer-column-table-then-if-things-go-wrong-before-or-after-the-move-meetings",
    "description": (
        "A social worker's plan, rewritten after the third core group, for a 6-year-old boy and a "
        "4-month-old girl on plans for neglect whose family move from Drossley to Dunwick, near the "
        "maternal grandmother, on 16/02/2026. Their mother has postnatal depression on sertraline; the "
        "baby's weight fell to the 9th centile; the boy's attendance is 71%. A details list with the "
        "old and new addresses and the receiving council, the boy's words and the baby's days, "
        "outcomes, then a landscape table (No. / What will happen / Lead / When / How we'll know / At "
        "transfer). Most work carries on until the transfer-in conference (weekly visits, a joint visit "
        "with the Dunwick social worker, records sent by a date). Faults: the parenting assessment is "
        "left for Dunwick's social worker 'once the family are settled' (X001, T002); the referral to "
        "the perinatal mental health team is put on hold for the new GP in Dunwick to make (X001); a "
        "passive school place application with no lead (W001); the health visitor's weekly visits "
        "measured by 'Monitored' (M002); and the transfer-in conference 'date to be confirmed' with the "
        "Drossley review conference cancelled, so no review date (R001)."
    ),
    "blocks": [
        ("title", "Child Protection Plan: Family Moving to Another Local Authority"),
        ("p", "Drossley Borough Council Children's Services. Written by Rebecca Lyons, social worker, after "
              "core group 3 on 29/01/2026, and shared with Dunwick City Council Children's Services with the "
              "transfer-in request."),
        ("kv", [
            ("Children", "Mason Kerr, born 03/05/2019 (6), Year 2 at Dale Hill Primary School; Aria Kerr, "
                         "born 02/10/2025 (4 months)"),
            ("Address now", "41 Keswick Road, Drossley DR7 3HB"),
            ("Address from 16/02/2026", "8 Foxglove Lane, Dunwick DN4 2QS (a Dunwick Homes tenancy)"),
            ("Mum", "Shannon Kerr (26)"),
            ("Dad", "Ryan Kerr (29), Aria's father and Mason's stepfather. Mason's father has no contact."),
            ("Maternal grandmother", "Maureen Tate, 22 Foxglove Lane, Dunwick"),
            ("Plan", "Child protection plans for both children, neglect, from the initial conference on "
                     "27/11/2025"),
            ("Social worker", "Rebecca Lyons, Child Protection Team East (team manager: Simon Feather)"),
            ("Receiving council", "Dunwick City Council Children's Services (Dunwick Safeguarding Unit)"),
        ]),
        ("h1", "Why the plan has been rewritten"),
        ("p", "Shannon and Ryan have been offered a house on the same street as Maureen and will move on "
              "16/02/2026. Drossley keeps responsibility for Mason's and Aria's plans until Dunwick holds its "
              "transfer-in conference and takes them over. This version of the plan says what happens to each "
              "action when the family move."),
        ("h1", "Why Mason and Aria have a plan"),
        ("p", "Shannon's GP diagnosed postnatal depression in November 2025 and she takes sertraline. Aria fell "
              "from the 50th to the 9th centile by six weeks old; she was left in her car seat for long periods "
              "and her bottles were not made up properly. Mason was at school on 71% of days last term, often "
              "arrived without breakfast, and had head lice for weeks. The flat was cold and cluttered. Ryan "
              "works twelve-hour shifts at a distribution warehouse and was not always aware of how low Shannon "
              "had become. The GP referred Shannon to the Drossley Perinatal Mental Health Team on 08/01/2026 "
              "and she has not yet been seen."),
        ("h1", "Mason and Aria"),
        ("p", "Mason told Rebecca at school on 22/01/2026: \"Sometimes I make Aria's bottle when Mummy is sad.\" "
              "\"I want to live near Nanna Mo, she does fish fingers.\" \"Will my new teacher know my name?\" He "
              "is worried about leaving his friend Kai and asked if he can take his reading book with him."),
        ("p", "Aria is now on the 9th centile and gaining. Jo Whitaker saw her on 26/01/2026: she holds her head "
              "up well, smiles at Mason and follows him round the room with her eyes, and cries hard when she "
              "is hungry. She has been out of her car seat and on a play mat at each of Rebecca's last three "
              "visits."),
        ("h1", "What Shannon and Ryan said"),
        ("p", "Shannon: \"I want a fresh start near my mum. I know I need help with my head, I just never know "
              "who to ring.\" Ryan: \"I'll do whatever's needed, I just want us out of this flat.\""),
        ("h1", "What we want for Mason and Aria"),
        ("numbers", [
            "Aria is fed properly and gets back to at least the 25th centile.",
            "Mason is at school every day, fed and clean, and settles well at his new school.",
            "Mason and Aria are seen by the same workers until their new workers in Dunwick have met them, so "
            "nothing is missed in the move.",
            "Mason and Aria are cared for by a mum who is getting the help she needs with her depression and by "
            "a dad who knows what to look out for.",
        ]),
        ("h1", "The plan"),
        ("p", "The last column says what happens to each action when the family move. Drossley carries on with "
              "its actions until the transfer-in conference."),
        ("table", {
            "header": ["No.", "What will happen", "Lead", "When", "How we'll know", "At transfer"],
            "widths": [1.1, 7.2, 4.2, 4.3, 5.0, 3.9],
            "rows": [
                ["1",
                 "Visit Mason and Aria at home, seeing Mason on his own and Aria awake and at a feed",
                 "Rebecca Lyons, social worker",
                 "Every week until the transfer-in conference, at the Dunwick address after the move",
                 "Visit records on file within 48 hours, copied to Dunwick's allocated social worker",
                 "Continues until Dunwick takes over at the transfer-in conference"],
                ["2",
                 "Send Dunwick the transfer-in request, this plan, the chronology, the child and family "
                 "assessment and the conference minutes",
                 "Rebecca Lyons, social worker",
                 "By 13/02/2026",
                 "Dunwick Safeguarding Unit's e-mail acknowledging receipt",
                 "Records handover"],
                ["3",
                 "Joint visit at the new home with the Dunwick social worker, so that Mason and Aria meet them "
                 "with Rebecca there",
                 "Rebecca Lyons, with Dunwick's allocated social worker",
                 "Within 5 working days of the move (by 23/02/2026)",
                 "Joint visit record signed by both social workers",
                 "Handover"],
                ["4",
                 "Parenting assessment of Shannon and Ryan, including their care of Aria at feeds and of Mason at "
                 "bedtime, to be completed by the Dunwick social worker",
                 "Dunwick City Council Children's Services",
                 "Once the family are settled in Dunwick",
                 "Written parenting assessment shared with Shannon, Ryan and the core group",
                 "Handed to Dunwick"],
                ["5",
                 "Weigh Aria and check her feeding, sleep and development at home",
                 "Jo Whitaker, health visitor, Drossley Health Visiting Team",
                 "Weekly until the joint visit with the Dunwick health visitor",
                 "Monitored",
                 "Jo and the Dunwick health visitor visit Aria together in the first week after the move"],
                ["6",
                 "Perinatal mental health assessment for Shannon: the referral to the Drossley Perinatal Mental "
                 "Health Team is put on hold until the family transfer, and her new GP will refer her to "
                 "Dunwick's perinatal service",
                 "Shannon's new GP in Dunwick",
                 "Within four weeks of the transfer-in conference",
                 "Perinatal assessment letter sent to Dunwick's social worker",
                 "On hold pending transfer"],
                ["7",
                 "Review Shannon's sertraline and write a summary of her treatment for her new GP in Dunwick",
                 "Dr Farah Iqbal, GP, Dale Hill Surgery",
                 "By 13/02/2026",
                 "Summary letter on the GP record, copied to Rebecca",
                 "Before the move"],
                ["8",
                 "A school place for Mason will be applied for at a Dunwick primary school near Foxglove Lane, "
                 "so that he can start the Monday after the move",
                 "-",
                 "By 06/02/2026",
                 "School place offer letter on file",
                 "Needed before the move"],
                ["9",
                 "First-day calling if Mason is not in by 9am, and a check-in with Mason every Monday",
                 "Mrs Helen Dobson, DSL, Dale Hill Primary School",
                 "Every school day until his last day, 13/02/2026",
                 "Register, call log and check-in notes e-mailed to Rebecca every Friday",
                 "Safeguarding file sent to the new school on his last day"],
                ["10",
                 "Take Aria for the 16-week immunisations she missed on 22/01/2026",
                 "Shannon Kerr (Mum)",
                 "By 10/02/2026",
                 "Red book entry seen by Jo Whitaker",
                 "Before the move"],
                ["11",
                 "Set up Aria's cot and a bed for Mason at Foxglove Lane before the family move in",
                 "Ryan Kerr (Dad)",
                 "By 15/02/2026",
                 "Rebecca sees the cot and the bed at her first visit to the new address",
                 "Before the move"],
                ["12",
                 "Take Mason to his new school and collect him",
                 "Maureen Tate (maternal grandmother)",
                 "Every school day from Mason's first day at his new school",
                 "Maureen signs the school's collection book; Rebecca checks it with the school weekly",
                 "Continues after the move"],
                ["13",
                 "Three-way call with Shannon and Dunwick Family Hub to book her first appointment there",
                 "Rebecca Lyons, social worker",
                 "By 20/02/2026",
                 "Date of Shannon's first Family Hub appointment on file",
                 "Introduction before transfer"],
            ],
        }),
        ("h1", "If things go wrong, before or after the move"),
        ("bullets", [
            "If Aria's weight drops below the 9th centile, or she misses two weigh-ins in a row, the health "
            "visitor tells Rebecca the same day and Aria is seen by a paediatrician within 48 hours (at Drossley "
            "General Hospital before the move, Dunwick Royal Hospital after it).",
            "If Shannon says she has thoughts of harming herself or the children, or Ryan or Maureen find her "
            "unable to get up and care for Aria, Ryan or Maureen stays with the children and rings the GP (NHS "
            "111 out of hours) the same day. Rebecca, or the Emergency Duty Team, holds a strategy discussion "
            "that day, and the children stay with Maureen; if Maureen cannot have them, Rebecca or the Emergency "
            "Duty Team finds an emergency foster placement that night.",
            "If Maureen cannot take Mason to school, Ryan takes him before work and Rebecca lets the school "
            "know that morning.",
            "If the children are not seen for 10 days, or the family cannot be found at the new address, "
            "Rebecca tells Dunwick's duty team and the police the same day, and Simon Feather (team manager) "
            "holds a legal planning meeting within 5 working days.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group 4: 10/02/2026 at 1.30pm, Dale Hill Primary School. This is the last core group in "
            "Drossley.",
            "Transfer-in conference: to be arranged by Dunwick City Council. Date to be confirmed.",
            "The review conference booked in Drossley for 24/02/2026 has been cancelled because the plan will "
            "have transferred by then.",
        ]),
        ("p", "Plan sent to Shannon, Ryan, Maureen, every Drossley agency and the Dunwick Safeguarding Unit on "
              "30/01/2026."),
    ],
    "findings": [
        F("X001", "Parenting assessment of Shannon and Ryan, including their care of Aria"),
        F("T002", "Parenting assessment of Shannon and Ryan, including their care of Aria"),
        F("M002", "Weigh Aria and check her feeding, sleep and development at home"),
        F("X001", "referral to the Drossley Perinatal Mental Health Team is put on hold"),
        F("W001", "A school place for Mason will be applied for"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Initial conference plan as a numbered outline (area / outcome / actions)
#    for a baby looked after on a children's ward after an unexplained
#    fracture. Page header and footer. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b203_dawlesby_icpc_outline_lac_baby_childrens_ward_hargreaves.pdf",
    "doc_title": "Initial Child Protection Conference Plan - Lily-Mae Hargreaves",
    "split": "heldout",
    "actions": 13,
    "min_pages": 2,
    "header": "OFFICIAL-SENSITIVE · Dawlesby Borough Council · Lily-Mae Hargreaves",
    "footer": "Initial child protection conference plan, 14/01/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "icpc-plan-paged-header-footer-details-kv-legal-status-police-then-why-medical-summary-lily-maes-views-one-line-parents-views-then-word-outline-numbered-1-area-1-1-outcome-a-b-c-action-sentences-with-owner-when-and-check-then-contingency-meetings",
    "description": (
        "Initial conference plan for an 11-week-old girl accommodated under section 20 and still on a "
        "children's ward after a spiral fracture of her thigh bone that her parents cannot explain; her "
        "weight has fallen to the 2nd centile, and her parents are on police bail with a condition of "
        "no contact. Written by the social worker as a Word outline: 1 / 1.1 / a) with each area, its "
        "outcome for Lily-Mae and the actions under it, each sentence giving who, when and how we will "
        "know. Faults: no one is set to visit the baby at a stated frequency while she is looked after "
        "on the ward (L001): the social worker visits 'when her diary allows' and the foster carers 'as "
        "often as they can' (T002 x2); the repeat skeletal survey is passive with no one named (W001); "
        "the ward sister's feeding plan has no measure (M001); and the plan records nothing of the "
        "baby's own days on the ward, only that she is too young to give her views (F003)."
    ),
    "blocks": [
        ("title", "Initial Child Protection Conference: Child Protection Plan"),
        ("p", "Dawlesby Borough Council, Child Protection Conference Service. Conference held on 14/01/2026 at "
              "Dawlesby General Hospital, chaired by Graham Oates. Plan written by Naomi Fletcher, social worker, "
              "from the conference's decisions, and sent to everyone invited on 15/01/2026."),
        ("kv", [
            ("Child", "Lily-Mae Hargreaves, born 28/10/2025 (11 weeks)"),
            ("Where Lily-Mae is", "Ward 7 (children's ward), Dawlesby General Hospital, since 02/01/2026"),
            ("Legal status", "Accommodated under section 20 of the Children Act 1989 since 06/01/2026, with "
                             "both parents' agreement. Lily-Mae is looked after. When she is medically fit she "
                             "will go to foster carers, Mr and Mrs Yates."),
            ("Parents", "Chloe Hargreaves (20) and Kyle Banner (23), 5 Weir Street, Dawlesby DB1 4LN"),
            ("Police", "Both parents were interviewed under caution on 05/01/2026 and are on bail until "
                       "02/02/2026, with a condition not to have any contact with Lily-Mae. Officer in the "
                       "case: DC Sarah Gill, Dawlesby Police Child Abuse Investigation Unit."),
            ("Category", "Physical abuse"),
            ("Social worker", "Naomi Fletcher, Assessment Team (team manager: Imran Shah)"),
        ]),
        ("h1", "Why Lily-Mae has a plan"),
        ("p", "On 02/01/2026 Chloe brought Lily-Mae to the emergency department with a swollen left thigh. An "
              "X-ray showed a spiral fracture of her left femur. A skeletal survey on 03/01/2026 found no other "
              "fractures, and blood tests for bone disease were normal. Chloe and Kyle said her leg may have "
              "caught in the cot bars. Dr Joseph Ochieng, consultant paediatrician, told the strategy meeting "
              "that this explanation does not account for the injury in a baby of her age. Her "
              "weight has fallen from the 25th to the 2nd centile since her 6-week check. She is in a hip "
              "spica cast and will stay on the ward until her feeding and weight are steady and her foster "
              "carers have learned her cast care."),
        ("h1", "Lily-Mae's views"),
        ("p", "Lily-Mae is 11 weeks old and is too young to share her views."),
        ("h1", "What Chloe and Kyle said"),
        ("p", "Chloe and Kyle came to the conference with their solicitor. Chloe said: \"We'd never hurt her. "
              "I don't know how it happened, I've gone over it a hundred times.\" Kyle said he agreed to "
              "Lily-Mae being accommodated \"because we want to do this properly\", and asked when they can "
              "see her again."),
        ("h1", "The plan"),
        ("p", "The plan is set out by area. Under each area is what we want for Lily-Mae (1.1, 2.1, 3.1), then "
              "the actions (a, b, c ...), each saying who will do it, when, and how we will know it has been "
              "done."),
        ("mlist", [
            (0, "Lily-Mae's safety while she is in hospital"),
            (1, "Lily-Mae is kept safe on the ward and gets to know the people who will care for her when she "
                "leaves."),
            (2, "Naomi Fletcher (social worker) will visit Lily-Mae on Ward 7 when her diary allows, and speak "
                "to the nurse in charge about her care. Each visit will be written up on Lily-Mae's file."),
            (2, "Mr and Mrs Yates, Lily-Mae's foster carers, will visit her on the ward as often as they can "
                "to get to know her. The nurses will sign off their cast care and feeding competencies."),
            (2, "The ward sister, Amina Bello, will brief every shift that Chloe and Kyle may not visit while "
                "their bail condition lasts, and that any call asking about Lily-Mae goes to the nurse in "
                "charge, from 14/01/2026. The briefing is recorded in the ward's safeguarding log."),
            (2, "A repeat skeletal survey will be done between 14/01/2026 and 17/01/2026, 11 to 14 days after "
                "the first. The radiology report will be sent to Naomi and DC Gill."),
            (0, "Lily-Mae's health and feeding"),
            (1, "Lily-Mae's fracture heals and she gains weight back towards the 25th centile before she leaves "
                "hospital."),
            (2, "Dr Joseph Ochieng (consultant paediatrician) will write a report on Lily-Mae's injury, the "
                "repeat skeletal survey and the blood tests, with his opinion on how the fracture was caused, "
                "by 23/01/2026. The report goes to Naomi, DC Gill and the core group."),
            (2, "Sister Amina Bello will make sure the Ward 7 nurses give Lily-Mae her feeds every three hours, "
                "following the dietitian's advice, while she is on the ward."),
            (2, "Clare Dunn (paediatric dietitian) will review Lily-Mae's feeds and set a target weight by "
                "16/01/2026. The feeding plan and target weight will be written in her notes and sent to "
                "Naomi."),
            (2, "Mr Tariq Hussain (orthopaedic registrar) will check Lily-Mae's spica cast every week and X-ray "
                "the fracture three weeks after the injury, by 23/01/2026. The fracture clinic letter will go "
                "to the GP and Naomi."),
            (2, "Lauren Pike (health visitor, Dawlesby 0-19 Service) will join a discharge call with the ward "
                "and Mr and Mrs Yates before discharge, and visit Lily-Mae at the foster home within 5 working "
                "days of discharge. Lily-Mae will be weighed and her weight written in her red book and sent to "
                "Naomi."),
            (0, "Lily-Mae's care after hospital, and the investigation"),
            (1, "Lily-Mae leaves hospital only to carers who can look after her cast and keep her safe, and the "
                "adults around her are assessed so that a safe long-term plan can be made for her."),
            (2, "Naomi Fletcher will complete a child and family assessment, including each parent's account, "
                "their history and the family network, by 27/02/2026. She will share the written assessment "
                "with Chloe, Kyle, their solicitor and the core group."),
            (2, "Naomi Fletcher will complete viability assessments of Kyle's mother, Denise Banner, and "
                "Chloe's aunt, Tracey Hargreaves, as possible carers for Lily-Mae by 06/02/2026. Both reports "
                "will be shared with the family and the core group."),
            (2, "DC Sarah Gill will tell Naomi within 24 hours of any change to the parents' bail or any "
                "charging decision. Each update is recorded on the police log and on Lily-Mae's file."),
            (2, "Imran Shah (team manager) will present Lily-Mae's case to the Dawlesby Legal Gateway Panel on "
                "22/01/2026 for a decision on whether to issue care proceedings. The panel's decision will be "
                "recorded on her file and sent to the parents' solicitor the same day."),
        ]),
        ("h1", "Contingency"),
        ("bullets", [
            "If Chloe or Kyle come to the ward while their bail condition lasts, or anyone tries to take "
            "Lily-Mae from the ward, the nurse in charge rings hospital security and 999 straight away and tells "
            "Naomi (the Emergency Duty Team out of hours), who holds a strategy discussion with the police that "
            "day.",
            "If Chloe or Kyle withdraw their agreement to section 20, Naomi (or the Emergency Duty Team) asks "
            "the police to take Lily-Mae into police protection that day, and Imran Shah applies for an "
            "emergency protection order the next working day.",
            "If Mr and Mrs Yates cannot take Lily-Mae when she is ready to leave, she stays on Ward 7 until "
            "another Dawlesby foster carer has learned her cast care from the nurses.",
            "If Dr Ochieng's report says the fracture was probably inflicted, and the panel on 22/01/2026 has "
            "not already decided, Imran Shah will take Lily-Mae's case back to the Legal Gateway Panel within 5 "
            "working days of the report.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks at Dawlesby Civic Centre, Tuesdays at 10am: 27/01/2026, 24/02/2026 and "
            "24/03/2026.",
            "Lily-Mae's first looked-after review: 03/02/2026.",
            "Review child protection conference: 08/04/2026 at 2pm, Dawlesby Civic Centre.",
        ]),
    ],
    "findings": [
        F("T002", "will visit Lily-Mae on Ward 7 when her diary allows"),
        F("T002", "will visit her on the ward as often as they can"),
        F("W001", "A repeat skeletal survey will be done between 14/01/2026"),
        F("M001", "make sure the Ward 7 nurses give Lily-Mae her feeds"),
        F("L001"),
        F("F003"),
    ],
})


# ---------------------------------------------------------------------------
# 7. A letter from the social worker to the parents after the review
#    conference, as the family moves to Dunmorrow. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b203_drayfold_letter_to_parents_moving_to_dunmorrow_pollard.md",
    "split": "heldout",
    "actions": 15,
    "template": "plan-letter-to-parents-md-after-rcpc-address-block-dear-becky-and-adam-plain-words-why-freddie-still-has-a-plan-how-freddie-is-doing-what-you-told-the-conference-what-we-want-moving-to-dunmorrow-then-each-persons-part-under-their-name-becky-adam-i-other-workers-grandparents-bullets-with-when-and-how-well-know-then-if-things-go-wrong-meetings-signature",
    "description": (
        "Exemplary plan letter from the social worker to the parents of a 14-month-old boy after his "
        "first review conference, written in plain words because his mother has a learning disability. "
        "She also has epilepsy (a seizure while bathing him in September 2025), and his father has "
        "depression and spent days in bed while the baby stayed in his cot. The family move to Dunmorrow "
        "on 02/03/2026 to live near the father's parents. The letter explains what stays the same until "
        "Dunmorrow's dated transfer-in conference, then gives each person's part under their name "
        "('Becky, your part', 'Adam, your part', 'What I will do', the other workers', Sue and Graham's), "
        "every bullet saying when and how we will know: weekly visits until the transfer-in conference, "
        "records sent by a date, a joint visit with the new social worker, the learning disability "
        "nurse's report, the epilepsy nurse's advice for Freddie's carers, and the psychologist's report "
        "on the father's capacity to change and the likely timescale. The contingency has named "
        "triggers, a fallback for the grandparents' days, and a legal planning meeting; a core group "
        "date and the transfer-in conference date are set."
    ),
    "text": """\
# Drayfold Council Children's Services

Families First Team, Drayfold Town Hall, Market Street, Drayfold DF1 1AA

Becky and Adam Pollard
16 Orchard Rise
Drayfold DF3 6LW

12/02/2026

Dear Becky and Adam,

## Freddie's plan after the review conference on 10/02/2026

I am writing, as I said I would, to set out Freddie's child protection plan in plain words. I have
kept the sentences short and put each person's part under their name. Becky, Lisa will go through this
letter with you on Tuesday, and you can ring me with any question.

In this letter "I" means me, Gemma Walsh, Freddie's social worker.

## Why Freddie still has a plan

Freddie has had a child protection plan since 11/11/2025 under the category of neglect. The review
conference agreed that he still needs one, because:

- Becky has epilepsy. In September 2025 she had a seizure while she was bathing Freddie, and Adam found
  him sitting in the bath water. Becky has had two more seizures since then, both at home.
- Adam has depression. Before the plan there were days when he stayed in bed, and Freddie was in his
  cot for most of the day.
- Freddie missed his 12-month check and two of his immunisations.

The conference also said that things are better: Becky has had no seizures since 20/12/2025, Adam has
been seeing Dr Quayle every two weeks, and Freddie has been up and dressed at every visit since
Christmas.

## How Freddie is doing

Freddie is 14 months old. When I visited on 05/02/2026 he was walking along the sofa, holding on. He
says "Da", "Nana" and "duck", and he waved at me when I left. He loves his bath toys and splashes and
laughs at bath time. When Adam sat on the floor with him he crawled straight into his lap and brought
him a book, again and again. Kate weighed him on 03/02/2026: he is on the 50th centile. He sleeps from
7pm to 6am. At Stay and Play he watched the other children for a long time and then joined
in with the sand.

## What you told the conference

Becky said: "I was so scared after the bath. I don't want him hurt because of me." Adam said: "I know I
let things slide. I'm getting help and I want to be a proper dad to him." You both said you want to
move to Dunmorrow to be near Sue and Graham, and you want Freddie's plan to end.

## What we all want for Freddie

1. Freddie is safe when Becky has a seizure: he is never bathed by her alone or carried by her alone on
   the stairs.
2. Freddie is up, fed and playing every day, and is not left in his cot for long stretches.
3. Freddie's health and development checks and his immunisations are up to date.
4. Freddie moves to Dunmorrow with his workers handing over in person, so nothing is missed.

## Moving to Dunmorrow

You move to 4 Meadow Court, Dunmorrow, on 02/03/2026. Dunmorrow County Council has agreed to hold a
transfer-in conference on 19/03/2026. Until that conference Drayfold is still responsible for Freddie's
plan, I am still his social worker, and nothing in the plan stops because you move. At the conference
Dunmorrow will take the plan over.

## What will happen

### Becky, this is your part

In this part "you" means Becky.

- You will give Freddie his bath only when Adam or another adult is in the room, and you will not
  carry him up or down the stairs on your own. This is every bath time and every time he goes up or
  down the stairs. Adam will tick the bath chart on the bathroom door, and I will look at it at each
  visit.
- You will take your lamotrigine every morning and every evening from the dosette box, and write any
  seizure in your seizure diary on the day it happens. Elaine will look at the diary and the dosette
  box at your clinic appointment on 19/02/2026.
- You will go to the last two Drayfold "Me and My Baby" sessions with Lisa, on 17/02/2026 and 24/02/2026 at
  10am. Lisa will write down what she sees you do with Freddie at each session and send it to me.

### Adam, this is your part

In this part "you" means Adam.

- You will get Freddie up, changed and fed by 9am every day you are at home, and take him to Drayfold
  Stay and Play on Wednesday mornings until you move. I will check the Stay and Play register, and at my
  visits I will see whether Freddie is up, dressed and fed.
- You will keep seeing Dr Quayle every two weeks until the transfer-in conference. Dr Quayle's letters
  to me will say whether you came.

### What I will do

- I will visit you and Freddie every week until the transfer-in conference on 19/03/2026, at your new
  home after the move, and see Freddie awake. I will write up each visit within two working days.
- I will send Freddie's records, this plan and the conference report to the Dunmorrow Safeguarding Unit
  by 20/02/2026. Their e-mail saying they have them will go on Freddie's file.
- I will visit you at Meadow Court with Freddie's new Dunmorrow social worker by 06/03/2026, so that you
  meet them with me there. We will both sign the record of that visit.
- I will arrange for Kate to hand Freddie over to the Dunmorrow health visiting team by phone and letter
  by 27/02/2026. The letter giving the name of Freddie's new health visitor will be sent to you and go on
  his file.

### What the other workers will do

- Lisa Morton, learning disability nurse, Drayfold Community Learning Disability Team, will assess how
  Becky learns best and what help she needs to care for Freddie, and write a report by 27/02/2026. The
  report will go to Becky, to me and to the Dunmorrow team.
- Elaine Grant, epilepsy specialist nurse, Drayfold Epilepsy Service, will review Becky's seizures and
  medicines at clinic on 19/02/2026. She will write to me, Becky and Becky's new GP by 26/02/2026 saying
  what Freddie's carers must do if Becky has a seizure.
- Dr Hannah Quayle, clinical psychologist, Drayfold Adult Psychology Service, will keep seeing Adam every
  two weeks until the transfer-in conference. She will write to the core group by 13/03/2026 on how his
  depression affects his care of Freddie, what needs to change, and how long that is likely to take.
- Kate Simmons, health visitor, Drayfold 0-19 Service, will do Freddie's 12-month review with an ASQ-3
  by 27/02/2026. The scores will be written in his red book and sent to me.
- Dr Paul Adeyemi, GP, Dovedale Surgery, will make sure the practice nurse gives Freddie his two missed
  immunisations by 27/02/2026. They will be recorded in his red book and his GP record.

### What Sue and Graham will do

- Sue and Graham Pollard, Adam's parents, will have Freddie at their house in Dunmorrow on Tuesdays and
  Thursdays, 9am to 3pm, from 03/03/2026, so that Becky can go to her appointments and rest after a
  seizure. Sue will text me each of those days when Freddie is collected.

## If things go wrong

- If Becky has a seizure while she is alone with Freddie, or Freddie is hurt during a seizure, whoever
  is there rings 999 if Becky needs it, and Sue and Graham look after Freddie. I, or the Emergency Duty
  Team out of hours, will hold a strategy discussion that day.
- If Sue and Graham cannot have Freddie on a Tuesday or Thursday, Adam stays at home with him. If Adam
  cannot, Becky rings me by 8.30am and I will book a place for Freddie at a registered childminder,
  paid for by Drayfold, for that day.
- If Adam stops seeing Dr Quayle, or tells anyone he has thoughts of harming himself, Dr Quayle's crisis
  plan is used the same day, and Freddie stays with Sue and Graham until Dr Quayle and I agree it is safe
  for him to come home.
- If the move is put off, or you move somewhere other than Meadow Court, the plan carries on in Drayfold
  and I will tell Dunmorrow the same day.
- If Freddie is left in his cot for most of a day again, misses two health appointments in a row, or is
  hurt during a seizure, my manager, Paul Rhodes, will hold a legal planning meeting within 5 working
  days, and Dunmorrow will be invited to it.
- If Sue and Graham cannot look after Freddie when this plan says they will, and neither of you can
  safely care for him, I (or the Emergency Duty Team out of hours) will find him an emergency foster
  placement that day.

## Meetings

- Core group: 24/02/2026 at 10am, Drayfold Family Centre. This is the last core group in Drayfold.
  After the transfer-in conference Dunmorrow will hold core groups every four weeks.
- Transfer-in conference: 19/03/2026 at 2pm, Dunmorrow County Hall (agreed with the Dunmorrow
  Safeguarding Unit on 11/02/2026). It takes the place of Freddie's next review conference.

If anything in this letter is not clear, please ring me on 01632 960412.

Yours sincerely,

Gemma Walsh
Social Worker, Families First Team, Drayfold Council Children's Services

Copies to: Sue and Graham Pollard; Lisa Morton; Elaine Grant; Dr Hannah Quayle; Kate Simmons; Dr Paul
Adeyemi; the Dunmorrow Safeguarding Unit.
""",
    "findings": [],
})
