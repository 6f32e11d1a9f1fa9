"""Batch 202, module a: seven fictional plans (tuning material), places beginning with "a".

Batch: 202. Letter: a. Split: tune (every plan).

Everything here is made up: babies, children, parents, relatives, foster
carers, professionals, hospitals, wards, adult and children's services,
courts and councils. Any resemblance to real people, places or cases is a
coincidence. The labels were written by hand from docs/rules.md and the
conventions in sample_plans/README.md (conventions 1 to 13), without
running planlint or reading its code.

Focus: the situations the Child Z review found, written as real plans
write them, each in a template of its own and by a different writer: a
premature baby looked after while she is still on a neonatal unit (a
hospital social worker's discharge planning record), a baby looked after
on a children's ward (a conference chair's plan), a mother whose bipolar
disorder relapsed after the birth with her parents living in to help
(core group minutes), a family where progress was not enough and the
council has gone to its legal gateway panel and sent a pre-proceedings
letter (a case-system print), two families moving to another council (a
letter to the parents, and a transfer plan written with the receiving
council), and a plan that says things are not improving. The
document-level rules matter here as much as the action rules: visits to a
looked-after baby in hospital, adult services planning with children's
services, mental health practitioners asked about the potential for
change, family help with and without a fallback, legal planning after
insufficient progress, and work that carries on or stalls while a case
transfers.

1. a neonatal discharge planning meeting record, written by the hospital
   social worker with the child's social worker, for a baby born at 30
   weeks, withdrawn from her mother's heroin and methadone, accommodated
   under section 20 while she is still on the unit: a details box, who
   came, how she is today, a day for her on the unit, her mother's and
   grandmother's words, worries and strengths, outcomes, a plan table in
   three parts (on the unit, before discharge, after discharge) with the
   social worker's twice-weekly visits to the unit, the drug service's
   testing and its report on the mother's recovery, a contingency and the
   meetings (docx, exemplary);
2. a review conference chair's plan, printed to PDF with a page header and
   footer, for an 11-week-old boy on a children's ward with faltering
   growth, accommodated under section 20 until discharge to foster carers;
   his mother has postnatal depression (pdf): faults are the social
   worker's weekly phone calls to the ward and the parents' visits "as
   often as they can" (so no one is set to visit him in hospital at a
   stated frequency), the parenting assessment with "-" for its evidence,
   the CPN's visits that only support the mother, the discharge equipment
   with "TBC" as its lead, and an outcome about the mother only (L001,
   T002, M001, H001, W002, F002);
3. core group minutes with an action log (No. / Action / Lead / By when /
   How we'll know) for a 12-week-old whose mother's bipolar disorder
   relapsed three weeks after the birth; his father is away in the week
   and the maternal grandparents have moved in; updates from each person,
   Noah's day, the family's words, and a perinatal psychiatrist asked for
   a report on relapse risk and how long before the mother could care for
   him alone (md): faults are the perinatal nurse's weekly visits that only
   support the mother and are measured by "Gemma's mood is stable", the
   father coming home "when he can get time off work", "Family" keeping
   the mother company every afternoon, the family hub's routine sessions
   with "-" for how we'll know, and a contingency that rests on the
   grandparents with nothing said if they cannot carry on (H001, M002,
   T002, W002, M001, C003);
4. a case-system print (dot-leader fields, "ACTION 01 OF 15" blocks with
   Responsible / Start / Due or frequency / Evidence of progress, Trigger /
   Response / Lead contingency blocks, an audit trail) of the plan for a
   3-year-old and an 8-month-old after the second review found progress
   was not enough: the legal gateway panel agreed pre-proceedings under
   the PLO, a letter before proceedings was sent and a pre-proceedings
   meeting held; the adult alcohol service and the primary care mental
   health service report on each parent's capacity to change and its
   timescale; a grandmother and an aunt help, with a fallback (txt,
   exemplary);
5. a letter from the social worker to the parents of a 6-year-old and a
   14-month-old after the review conference, while the family moves to
   another council's area, with the plan as a table in which "Me" is the
   social worker (docx): faults are play sessions stopped at the move and
   left to the receiving council "once you are settled", the parenting
   assessment paused and handed to the new council's worker, direct work
   about the move with "-" for how we will know, a football club with "-"
   for when, the mother's drinking recorded with no adult service owning
   any action, and only a transfer-in conference whose date is "to be
   confirmed" (X001 x2, T002, M001, T001, F004, R001);
6. an inter-authority transfer plan written by the transferring council
   with the receiving council for a 2-year-old and a 6-week-old whose
   mother has paranoid schizophrenia under CPA, moving to live near the
   maternal grandparents, printed to PDF with a page header and footer:
   who is responsible during the move, a plan table with banner rows per
   council and agency, visits carried on until the dated transfer-in
   conference, a joint visit, records sent by set dates, the care
   coordinator treating the mother and reporting on her capacity to change
   before handing over at a joint CPA review, a fallback if the
   grandparents cannot help and a booked fallback review conference (pdf,
   exemplary);
7. a Signs of Safety safety plan from a second review conference for a
   4-year-old and a 20-month-old (the mother's drinking, debt, a notice to
   quit), which scores safety lower than last time and says progress has
   not been enough; Leo's Three Houses and Maisie's day; a grandmother and
   a friend in the safety network; a next steps table (Next step / Who /
   When / How we'll know) (md): faults are seven of thirteen next steps
   about the mother's own needs with no link to the children, her women's
   centre group measured by "Toni will feel more confident", the speech
   and language referral with "-" for who, Maisie's nursery place with "-"
   for when, a contingency that only says the core group will review and
   consider next steps "if things do not improve", with nothing about the
   grandmother's or friend's help failing, and no legal planning although
   progress is not enough (F001, M002, W001, T001, C002, C003, R002).

Three plans (1, 4 and 6) are exemplary: every action has a named owner, a
real timescale (a date, a frequency or an event such as "before
discharge" or "until the transfer-in conference") and something that can
be seen, counted or read; every outcome is about the children; each
contingency has specific triggers and concrete protective responses, says
what happens if a relative's help fails, and names a legal planning
meeting, the legal gateway panel or care proceedings after named triggers
or insufficient progress; each records the child's voice or observed
day, core group dates and a dated review (or transfer-in) conference;
where a parent is ill or uses drugs or alcohol an adult service owns
work, and where a mental health service treats the parent it also reports
on the parent's capacity to change and the likely timescale; the
looked-after baby in hospital (plan 1) is visited by her social worker
twice a week until discharge; in the transfer plan (plan 6) nothing is
paused for the transfer. The four faulty plans hold 26 expected findings
between them.

Counting convention used for "actions" (README convention 1): each row of
an action table (banner rows excepted), each action block of the case
print and each row of the letter's plan table counts once. Details and
who's who tables, attendance lists, updates from each person, chronology
and worries, the children's days and words, outcomes and safety goals,
scaling, contingencies, meeting dates (discharge planning meetings, core
groups, PLO review meetings, conferences), the audit trail and the
letter's copy list are not actions.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. Neonatal discharge planning meeting record and plan for a looked-after
#    premature baby still on the unit. Hospital social worker. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b202_ambersett_neonatal_discharge_planning_record_pryor.docx",
    "doc_title": "Neonatal Discharge Planning Meeting 2: Record and Plan - Baby Isla-Mae Pryor",
    "split": "tune",
    "actions": 17,
    "template": "neonatal-discharge-planning-meeting-record-docx-by-hospital-social-worker-details-kv-present-table-how-she-is-today-a-day-on-the-unit-mums-and-nans-words-worries-going-well-what-must-be-true-for-the-baby-then-plan-table-no-what-will-happen-who-when-how-we-will-know-with-three-banner-rows-on-the-unit-before-discharge-after-discharge-then-if-things-change-meetings",
    "description": (
        "Exemplary record of the second discharge planning meeting on a neonatal unit, written by the "
        "hospital social worker with the child's social worker, for a baby born at 30 weeks who was "
        "treated for withdrawal from her mother's heroin and methadone and is accommodated under "
        "section 20 while still on the unit, on a child protection plan for neglect. How she is today, "
        "a day for her on the unit told from the nursing notes, her mother's and grandmother's words, "
        "worries and what is going well, outcomes for the baby, then a plan table (No. / What will "
        "happen / Who / When / How we will know) in three parts: on the unit (the social worker's visits "
        "twice a week until discharge, the IRO's visit, the mother's daily cares, the drug service's "
        "weekly tests and its report on her recovery and likely timescale), before discharge (what must "
        "be in place, including trained foster carers) and after discharge. The contingency has "
        "specific triggers, a fallback if the grandmother cannot drive the mother in or the foster "
        "carers fall through, and a legal planning meeting; core group, looked-after review and review "
        "conference dates are set."
    ),
    "blocks": [
        ("title", "Neonatal Discharge Planning Meeting: Record and Plan"),
        ("p", "Ambersett General Hospital Neonatal Unit with Ambersett Borough Council Children's Services. "
              "Second discharge planning meeting for Baby Isla-Mae Pryor, held on the unit on 06/01/2026 at 2pm. "
              "This record is also Isla-Mae's child protection plan while she is on the unit and for the first "
              "weeks after she leaves it: the core group works from it and it will be read at the review "
              "conference."),
        ("kv", [
            ("Baby", "Isla-Mae Pryor, born 18/11/2025 at 30+4 weeks' gestation, birth weight 1.42 kg. Today she "
                     "is 7 weeks old (37+4 weeks corrected)."),
            ("Where she is", "Ambersett Neonatal Unit, special care nursery, cot 4"),
            ("Legal status", "Accommodated under section 20 of the Children Act 1989 since 02/12/2025, with "
                             "Kerry's written agreement. Isla-Mae is looked after by Ambersett Borough Council."),
            ("Child protection plan", "Since the initial conference on 09/12/2025 (neglect)"),
            ("Mum", "Kerry Pryor (26), 14 Spindle Close, Ambersett AM3 7RD"),
            ("Father", "Not confirmed. The man Kerry names, Jason Lowe, has had no contact since June 2025; "
                       "Laura has written to him about the plan."),
            ("Nan", "Denise Pryor (52), Kerry's mum, 3 Kestrel Way, Ambersett"),
            ("Foster carers (on discharge)", "Jan and Phil Hollis, Ambersett Fostering Service"),
            ("Social worker", "Laura Whitfield, Ambersett Children in Care Team (team manager: Claire Bennett)"),
            ("Independent reviewing officer", "Graham Pellow"),
            ("Record written by", "Nadia Rahman, hospital social worker, Ambersett General Hospital"),
        ]),
        ("h1", "Who came"),
        ("table", {
            "header": ["Name", "Role"],
            "widths": [5.5, 11.5],
            "rows": [
                ["Dr Priya Nair", "Consultant neonatologist"],
                ["Sister Helen Marsh", "Neonatal discharge coordinator"],
                ["Nadia Rahman", "Hospital social worker (wrote this record)"],
                ["Laura Whitfield", "Social worker, Ambersett Children in Care Team"],
                ["Mandy Cole", "Supervising social worker, Ambersett Fostering Service"],
                ["Jan Hollis", "Foster carer"],
                ["Tom Reddy", "Recovery worker, Ambersett Recovery Service (adult drug and alcohol service)"],
                ["Carol Dean", "Health visitor, Ambersett 0-19 Service"],
                ["Beth Sandys", "Neonatal outreach nurse, Ambersett Neonatal Outreach Team"],
                ["Kerry Pryor", "Mum, with Denise Pryor (Nan) for support"],
            ],
        }),
        ("h1", "How Isla-Mae is today"),
        ("p", "Dr Nair said Isla-Mae has been off oxygen since 20/12/2025. She needed oral morphine for "
              "withdrawal from 21/11/2025; it was stopped on 23/12/2025 and her withdrawal scores have been low "
              "since. She weighs 2.18 kg, on the 9th centile for her corrected age. She takes about 60% of her "
              "feeds by bottle and the rest by nasogastric tube. She will be ready to leave the unit when she "
              "has taken every feed by bottle and gained weight for 5 days in a row without the tube. Dr Nair "
              "expects that to be between 20/01/2026 and 27/01/2026."),
        ("h1", "A day for Isla-Mae on the unit"),
        ("p", "From the nursing notes and Laura's visits: Isla-Mae wakes for her 9am feed and is most alert in "
              "the late morning. She startles at the monitor alarms and settles when someone holds her hands "
              "to her chest. On the days Kerry does her cares she takes more of her bottle; the notes show "
              "she finished 5 of 6 bottles on 02/01/2026 when Kerry fed her skin to skin. On the three days "
              "Kerry did not come in December she was unsettled in the evening and needed the tube for most "
              "feeds. She turns towards Kerry's voice and, this week, towards Jan's. The nurses say she likes "
              "the radio on low and hates her nappy being changed."),
        ("h1", "What Kerry said"),
        ("p", "\"I know why she can't come home with me yet. I just want to be her mum properly. I haven't "
              "touched anything since before Christmas and I'll prove it.\" Kerry wants to feed Isla-Mae every "
              "day, to keep doing her cares, and to have her back \"as soon as they'll let me\". She is glad "
              "Jan and Phil will have her: \"Jan talks to me, not about me.\""),
        ("h1", "What Denise said"),
        ("p", "\"I'll get Kerry there every day I can. I can't have the baby myself, I work nights at the "
              "care home, but I'll do anything else.\""),
        ("h1", "What we are worried about"),
        ("bullets", [
            "Kerry used heroin and crack cocaine until about 26 weeks of pregnancy. She has been prescribed "
            "methadone by Ambersett Recovery Service since August 2025 (60 ml a day).",
            "Her tests on 04/12/2025 and 11/12/2025 were positive for cocaine. Her tests on 18/12/2025, "
            "23/12/2025 and 30/12/2025 were negative for everything except her methadone.",
            "Kerry's first child, Tyler (7), has lived with his father under a child arrangements order since "
            "2021 after neglect when Kerry was using.",
            "In early December Kerry missed three days of visits and did not ring the unit.",
        ]),
        ("h1", "What is going well"),
        ("bullets", [
            "Kerry has come to the unit on 19 of the last 21 days and does most of Isla-Mae's cares herself.",
            "Her last three drug tests were negative, and she has kept every appointment with Tom since "
            "15/12/2025.",
            "Denise has driven Kerry to the unit on most weekdays.",
            "Jan and Phil Hollis have met Isla-Mae twice and Jan has given her two bottles with Kerry.",
        ]),
        ("h1", "What must be true for Isla-Mae"),
        ("numbers", [
            "While she is on the unit, Isla-Mae is seen by her social worker twice a week and spends time with "
            "her mum every day.",
            "Isla-Mae leaves the unit only when she is feeding fully by bottle and gaining weight, and only to "
            "carers who have been trained in her care and whose home has been checked.",
            "After she leaves the unit, Isla-Mae is fed, warm and safe at Jan and Phil's, and stays on the 9th "
            "centile or above.",
            "Isla-Mae keeps her bond with Kerry through family time three times a week, and a decision about "
            "whether she can live with Kerry is made by the review conference on 09/03/2026, so that she "
            "does not wait.",
        ]),
        ("h1", "The plan"),
        ("p", "Every row has a person responsible, a time and what will show that it has happened. Laura holds "
              "the plan and sends the updated copy to everyone after each core group."),
        ("table", {
            "header": ["No.", "What will happen", "Who", "When", "How we will know"],
            "widths": [1.1, 6.2, 3.3, 3.0, 3.4],
            "rows": [
                ["Part 1: while Isla-Mae is on the neonatal unit", H, H, H, H],
                ["1.1",
                 "Visit Isla-Mae on the unit, see her awake and being fed where possible, and talk with the "
                 "nurse caring for her that day",
                 "Laura Whitfield, social worker",
                 "Twice a week (Tuesday and Friday) until discharge",
                 "Visit record on Isla-Mae's file within 48 hours, with her weight, how she fed and how she "
                 "responded to the people caring for her"],
                ["1.2",
                 "Visit Isla-Mae on the unit and meet Kerry and the nurse in charge before the next "
                 "looked-after review",
                 "Graham Pellow, IRO",
                 "By 16/01/2026",
                 "IRO's visit note on Isla-Mae's file"],
                ["1.3",
                 "Do Isla-Mae's cares (nappy, temperature, top-and-tail) and at least two of her feeds, with "
                 "a nurse nearby",
                 "Kerry Pryor (Mum)",
                 "Every day, 10am to 4pm, until discharge",
                 "Unit visiting log and nursing notes; Sister Marsh e-mails Laura a summary of visits and "
                 "feeds every Friday"],
                ["1.4",
                 "Drive Kerry to the unit for 10am and collect her at 4pm",
                 "Denise Pryor (Nan)",
                 "Monday to Friday until discharge",
                 "Unit visiting log shows Kerry arriving by 10.30am"],
                ["1.5",
                 "Teach Kerry and the foster carers paced bottle feeding, tube care in case Isla-Mae goes home "
                 "with a tube, safe sleep and baby basic life support",
                 "Sister Helen Marsh, neonatal discharge coordinator",
                 "All signed off before discharge",
                 "Signed competency checklists for Kerry, Jan and Phil in the discharge folder"],
                ["1.6",
                 "Supervised oral fluid drug test with Kerry, so that the core group knows whether she can "
                 "safely care for Isla-Mae",
                 "Tom Reddy, Ambersett Recovery Service",
                 "Every Monday until the review conference",
                 "Results e-mailed to Laura the same day; every result negative for heroin, crack and "
                 "cocaine"],
                ["1.7",
                 "Report to the core group on Kerry's recovery: whether she can stay off heroin and crack, the "
                 "steps still needed and how long they are likely to take, and what that means for her care "
                 "of Isla-Mae",
                 "Tom Reddy, Ambersett Recovery Service, with Kerry's prescriber",
                 "Written report by 10/02/2026",
                 "Report sent to Laura and read at the core group on 17/02/2026"],
                ["Part 2: before Isla-Mae leaves the unit (all must be done first)", H, H, H, H],
                ["2.1",
                 "Confirm Isla-Mae's discharge date with Laura, Kerry and the Hollises once she has taken every "
                 "feed by bottle and gained weight for 5 days in a row",
                 "Dr Priya Nair, consultant neonatologist",
                 "At least 48 hours before discharge",
                 "Discharge date written in the discharge folder and e-mailed to Laura and Mandy Cole"],
                ["2.2",
                 "Stay two nights in the unit's parents' room caring for Isla-Mae before she goes to their home",
                 "Jan and Phil Hollis, foster carers",
                 "Before discharge (booked for the week of 19/01/2026)",
                 "Rooming-in sheet signed by Sister Marsh after each night"],
                ["2.3",
                 "Check the Hollises' home is ready for Isla-Mae: a Moses basket beside their bed, a car seat "
                 "for a small baby, sterilising equipment",
                 "Mandy Cole, supervising social worker",
                 "By 16/01/2026",
                 "Home check form signed and sent to Laura; car seat fit checked by Sister Marsh on the day "
                 "of discharge"],
                ["2.4",
                 "Send the neonatal discharge summary and feeding plan to the health visitor, the GP and the "
                 "outreach team",
                 "Sister Helen Marsh, neonatal discharge coordinator",
                 "On the day of discharge",
                 "Summary on the GP and 0-19 records; Carol Dean e-mails Laura to confirm she has it"],
                ["2.5",
                 "Write the family time plan with Kerry: three supervised sessions a week at Ambersett Family "
                 "Centre, with Denise invited to one each week",
                 "Laura Whitfield, social worker",
                 "Before discharge",
                 "Family time plan signed by Kerry and given to the Hollises and the family centre"],
                ["Part 3: after Isla-Mae leaves the unit", H, H, H, H],
                ["3.1",
                 "Home visits to weigh Isla-Mae at the Hollises' and check her feeding",
                 "Beth Sandys, neonatal outreach nurse",
                 "Twice a week for 2 weeks after discharge, then weekly until 44 weeks corrected",
                 "Weight plotted on her chart in the red book; stays on the 9th centile or above"],
                ["3.2",
                 "First home visit at the Hollises', then a developmental review at 6 to 8 weeks corrected age",
                 "Carol Dean, health visitor",
                 "First visit within 10 days of discharge",
                 "Visit records on the 0-19 system and in the red book, copied to Laura"],
                ["3.3",
                 "Visit Isla-Mae at the Hollises' home, see her awake, and observe one family time session",
                 "Laura Whitfield, social worker",
                 "Weekly for 4 weeks after discharge, then every 2 weeks until the review conference",
                 "Visit and observation records on Isla-Mae's file within 48 hours"],
                ["3.4",
                 "Supervise family time and write down how Kerry feeds, holds and settles Isla-Mae",
                 "Amina Shah, family time worker, Ambersett Family Centre",
                 "Monday, Wednesday and Friday, 10am to 12 noon, from the first week after discharge",
                 "Session records sent to Laura every Friday, with Kerry's attendance (3 of 3 each week)"],
                ["3.5",
                 "Complete a parenting assessment of Kerry, including observed feeds and family time",
                 "Laura Whitfield, social worker",
                 "By 27/02/2026",
                 "Assessment report with a recommendation on whether Isla-Mae can move with Kerry to a "
                 "parent-and-child placement, shared with the core group and Kerry by 27/02/2026"],
            ],
        }),
        ("h1", "If things change"),
        ("bullets", [
            "If a test is positive for heroin, crack or cocaine, or Kerry comes to the unit seeming under the "
            "influence, the nurse in charge will not let her feed or hold Isla-Mae without a nurse beside her "
            "that day and will ring Laura (the Emergency Duty Team out of hours) the same day. Claire Bennett, "
            "team manager, will then hold a legal planning meeting within 5 working days to decide whether to "
            "start pre-proceedings under the Public Law Outline or apply for a care order.",
            "If Kerry tries to take Isla-Mae off the unit, or says she is withdrawing her section 20 agreement, "
            "unit staff follow the baby security policy (doors locked, hospital security called, 999), Laura or "
            "the Emergency Duty Team holds a strategy discussion with the police the same day, and Claire "
            "Bennett takes legal advice that day about an emergency protection order.",
            "If Kerry misses three days of visits in a week without ringing the unit, Laura visits her at home "
            "within 24 hours; if it happens in a second week, Claire Bennett holds a legal planning meeting "
            "within 5 working days.",
            "If Denise cannot drive Kerry in on any day, Kerry rings Laura by 9am and Laura books a taxi paid "
            "for by Children's Services that morning.",
            "If Jan and Phil cannot care for Isla-Mae after all, she stays on the unit (Dr Nair has agreed) "
            "until Mandy Cole finds another foster family and Sister Marsh has trained them. Isla-Mae will "
            "not be discharged to carers who have not been trained in her care.",
            "If Isla-Mae loses weight after discharge or falls below the 2nd centile, Beth Sandys arranges a "
            "review on the unit's day assessment area the same day and tells Laura.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Discharge planning meeting 3: 16/01/2026 at 2pm, neonatal unit seminar room.",
            "Core group every 4 weeks: 20/01/2026 (on the unit), 17/02/2026 and 17/03/2026, 10am.",
            "Looked-after review (second): 24/03/2026, chaired by Graham Pellow.",
            "Review child protection conference: 09/03/2026 at 10am, Ambersett Civic Centre.",
        ]),
        ("p", "Record agreed by everyone present and sent to Kerry, Denise, the Hollises and every agency on "
              "07/01/2026. Kerry's copy was read through with her by Nadia on the unit."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Review conference chair's plan for a looked-after baby on a children's
#    ward, printed to PDF with a page header and footer. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b202_askerdale_rcpc_chairs_plan_childrens_ward_brennan.pdf",
    "doc_title": "Review Child Protection Conference - Chair's Plan - Theo Brennan",
    "split": "tune",
    "actions": 11,
    "min_pages": 2,
    "header": "OFFICIAL-SENSITIVE · Askerdale Council Safeguarding Unit · Review conference plan",
    "footer": "Theo Brennan (born 29/10/2025) · Review conference 13/01/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "review-conference-chairs-plan-pdf-paged-header-footer-conference-details-table-attendance-chairs-summary-decision-theos-experience-on-the-ward-parents-views-outcomes-numbered-then-action-table-ref-action-lead-timescale-evidence-of-progress-then-contingency-core-group-and-review",
    "description": (
        "Review conference plan written by the chair for an 11-week-old boy on a children's ward since "
        "December with faltering growth, reflux and cow's milk protein allergy, fed by nasogastric tube, "
        "accommodated under section 20 since January and to go to foster carers on discharge; ward staff "
        "saw missed feeds and a father asleep during a feed. His mother has postnatal depression and is "
        "under the community mental health team; his father uses cannabis. Conference details, the "
        "chair's summary and decision, Theo's experience on the ward, the parents' views, outcomes and a "
        "table (Ref / Action / Lead / Timescale / Evidence of progress). Faults: the social worker only "
        "phones the ward weekly and the parents visit 'as often as they can', so no one is set to visit "
        "the looked-after baby in hospital at a stated frequency; the parenting assessment has '-' for "
        "its evidence; the CPN's visits only support the mother; the discharge equipment has 'TBC' as "
        "its lead; and one outcome is about the mother only."
    ),
    "blocks": [
        ("title", "Review Child Protection Conference: Chair's Plan"),
        ("p", "Askerdale Council Children's Services. This plan was agreed at the first review child protection "
              "conference and written up by the chair the same day. It replaces the plan made at the initial "
              "conference on 15/12/2025 (which was made before Theo was admitted to hospital)."),
        ("table", {
            "header": ["Conference details", ""],
            "widths": [4.5, 12.5],
            "bold_first_col": True,
            "rows": [
                ["Child", "Theo Brennan, born 29/10/2025 (11 weeks)"],
                ["Where Theo is", "Rowan Ward (children's ward), Askerdale Royal Infirmary, since 22/12/2025"],
                ["Legal status", "Accommodated under section 20 of the Children Act 1989 since 06/01/2026, with "
                                 "the agreement of both parents. On discharge Theo will go to foster carers."],
                ["Category", "Neglect"],
                ["Mother", "Shannon Brennan (21), 9 Foundry Lane, Askerdale AK2 4HB"],
                ["Father", "Connor Ainsley (24), same address"],
                ["Social worker", "Daniel Foyle, Askerdale Safeguarding and Assessment Team (team manager: "
                                  "Rachel Imrie)"],
                ["Chair", "Michelle Garvey, child protection chair"],
                ["Conference", "13/01/2026, 10am, Askerdale Royal Infirmary education centre and Teams"],
            ],
        }),
        ("h1", "Attendance"),
        ("p", "Shannon Brennan and Connor Ainsley (parents); Daniel Foyle (social worker); Dr Sanjay Mehta "
              "(consultant paediatrician); Sister Joanne Kirk (ward sister, Rowan Ward); Hayley Tran (paediatric "
              "dietitian); Gail Hurst (health visitor, Askerdale Health Visiting Service); Lorna Pike (CPN, "
              "Askerdale Community Mental Health Team); Kath Lyons (placement officer, Askerdale Fostering "
              "Service). Apologies: Askerdale Police (report sent)."),
        ("h1", "Chair's summary"),
        ("p", "Theo was admitted on 22/12/2025 after the health visitor found he had dropped from the 25th "
              "centile at birth to below the 0.4th, and was dehydrated. On the ward he was found to have reflux "
              "and cow's milk protein allergy. He is now fed by nasogastric tube with a hypoallergenic formula "
              "and has gained 310 g in three weeks. Ward staff recorded that Theo's feeds were missed or late on "
              "eleven occasions when his parents were caring for him, that Connor was found asleep holding Theo "
              "during a feed on 02/01/2026, and that Theo was left in a soaked nappy for most of a visit on "
              "04/01/2026."),
        ("p", "Shannon has postnatal depression. She has been under Askerdale Community Mental Health Team since "
              "November and takes sertraline. She told the conference she \"can't get out of bed some days\". "
              "Connor smokes cannabis every day; he says it helps him sleep. The parents agreed on 06/01/2026 "
              "that Theo should be accommodated and go to foster carers when he is well enough to leave "
              "hospital. Dr Mehta expects that to be in early February, once Theo has gained weight for two "
              "weeks and the feeding plan is settled."),
        ("h1", "Decision"),
        ("p", "Theo remains at risk of significant harm through neglect. He will remain subject to a child "
              "protection plan under the category of neglect while he is in hospital and after he goes to "
              "foster carers, until the parenting assessment is complete."),
        ("h1", "Theo's experience on the ward"),
        ("p", "Sister Kirk told the conference that Theo is a \"smiley, watchful\" baby who follows faces and "
              "smiles at the play specialist. He arches and cries during tube feeds and calms when he is held "
              "upright and sung to. He sleeps best in the afternoon when the bay is quiet. When his parents "
              "visit he looks for Shannon's face; staff have seen him fall asleep on Connor's chest. On the "
              "days nobody from his family comes in, the nurses say he is \"flat\" in the evening."),
        ("h1", "What Shannon and Connor said"),
        ("p", "Shannon: \"I love him, I just couldn't get him to feed. I didn't know he was poorly.\" Connor: "
              "\"I was knackered, I'd been on a double shift. It won't happen again.\" Both want Theo home and "
              "said they would do whatever the plan asks. They asked to be told about every change in Theo's "
              "feeding plan."),
        ("h1", "Outcomes"),
        ("numbers", [
            "Theo gains weight steadily and is back on the 2nd centile or above by the next review conference.",
            "Theo leaves hospital only to carers who can tube feed him safely and follow his allergy plan.",
            "Shannon's mood is stable and she engages with her CPN.",
            "Theo sees his parents regularly and they learn to meet his feeding needs, so that a decision about "
            "his future can be made by the next review conference.",
        ]),
        ("h1", "Action plan"),
        ("table", {
            "header": ["Ref", "Action", "Lead", "Timescale", "Evidence of progress"],
            "widths": [1.1, 6.3, 3.4, 2.8, 3.4],
            "rows": [
                ["A1",
                 "Phone the ward sister for an update on Theo's weight, feeds and his parents' visits",
                 "Daniel Foyle, SW",
                 "Weekly (Mondays)",
                 "Update recorded on Theo's case file after each call"],
                ["A2",
                 "Visit Theo on Rowan Ward, give his feeds and learn his tube care with the nurses",
                 "Shannon and Connor",
                 "As often as they can",
                 "Ward visiting log and nursing notes"],
                ["A3",
                 "Complete a parenting assessment of Shannon and Connor, including feeds observed on the ward",
                 "Daniel Foyle, SW",
                 "By 27/02/2026",
                 "-"],
                ["A4",
                 "Continue fortnightly support visits to Shannon for her low mood and review her sertraline",
                 "Lorna Pike, CPN, Askerdale CMHT",
                 "Every two weeks",
                 "CPN contact notes; a letter to Daniel after each visit"],
                ["A5",
                 "Write Theo's feeding and allergy plan and train his foster carers in tube feeding",
                 "Hayley Tran, paediatric dietitian, with Rowan Ward nurses",
                 "Before discharge",
                 "Feeding plan in the discharge summary; signed competency record for each carer"],
                ["A6",
                 "Find foster carers able to tube feed Theo and give their names to Daniel",
                 "Kath Lyons, Askerdale Fostering Service",
                 "By 30/01/2026",
                 "Carers' names and approval confirmed to Daniel by e-mail"],
                ["A7",
                 "Arrange Theo's discharge medicines, hypoallergenic formula and feeding pump",
                 "TBC",
                 "Before discharge",
                 "Every item ticked as supplied on the discharge checklist"],
                ["A8",
                 "Refer Theo to the Askerdale Community Children's Nursing Team for tube care at home",
                 "Dr Sanjay Mehta, consultant paediatrician",
                 "By 23/01/2026",
                 "Referral accepted and first visit date sent to Daniel"],
                ["A9",
                 "Home visits to weigh Theo at his foster home and check his feeding plan is followed",
                 "Gail Hurst, HV",
                 "Weekly for 8 weeks from discharge",
                 "Weights plotted in the red book and sent to Daniel; 2nd centile or above by the review"],
                ["A10",
                 "Go to the cannabis reduction group at Askerdale Substance Misuse Service",
                 "Connor",
                 "Tuesdays, 6pm, for 6 weeks from 20/01/2026",
                 "Attendance letter from the service to Daniel"],
                ["A11",
                 "Supervise family time for Shannon, Connor and Theo after discharge and record how they feed "
                 "and settle him",
                 "Leanne Cooke, Askerdale Family Centre",
                 "Three times a week from discharge",
                 "Session records sent to Daniel each week"],
            ],
        }),
        ("h1", "Contingency"),
        ("bullets", [
            "If Shannon or Connor try to take Theo off the ward, ward staff will call hospital security and the "
            "police on 999, and Daniel (or the Emergency Duty Team) will hold a strategy discussion with the "
            "police the same day. Rachel Imrie will seek legal advice the same day about an emergency "
            "protection order.",
            "If either parent withdraws their agreement to section 20 accommodation, Rachel Imrie will hold a "
            "legal planning meeting the same day.",
            "If Theo loses weight on two weighings in a row after discharge, Gail Hurst will ask Dr Mehta to "
            "see him within 24 hours.",
            "If the parenting assessment shows that Shannon and Connor cannot meet Theo's feeding needs by "
            "27/02/2026, Daniel will request a legal planning meeting to decide whether to start PLO "
            "pre-proceedings.",
        ]),
        ("h1", "Core group and review"),
        ("p", "The first core group will be held on Rowan Ward on 27/01/2026 at 2pm, then every four weeks "
              "(24/02/2026 and 24/03/2026). The next review child protection conference will be on 14/04/2026 "
              "at 10am at Askerdale Civic Offices."),
        ("p", "Plan sent to Shannon, Connor and all agencies on 13/01/2026 by Michelle Garvey, chair."),
    ],
    "findings": [
        F("T002", "give his feeds and learn his tube care with the nurses"),
        F("M001", "Complete a parenting assessment of Shannon and Connor, including feeds"),
        F("H001", "Continue fortnightly support visits to Shannon for her low mood"),
        F("W002", "Arrange Theo's discharge medicines, hypoallergenic formula and feeding pump"),
        F("F002", "Shannon's mood is stable and she engages with her CPN."),
        F("L001"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Core group minutes with an action log: a mother whose bipolar disorder
#    relapsed after the birth, her parents living in to help. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b202_axenford_core_group_minutes_action_log_lacey.md",
    "split": "tune",
    "actions": 12,
    "template": "core-group-minutes-md-meeting-details-table-present-apologies-then-numbered-minute-items-updates-from-each-person-noahs-day-what-the-family-said-outcomes-from-conference-decisions-then-action-log-table-no-action-lead-by-when-how-well-know-then-contingency-dates-of-next-meetings",
    "description": (
        "Minutes of the second core group for a 12-week-old baby whose mother's bipolar disorder "
        "relapsed three weeks after the birth (three weeks on an adult psychiatric ward while her parents "
        "looked after him); his father drives lorries and is away in the week, and the maternal "
        "grandparents have moved in to help. Updates from each person, Noah's day, what the family said, "
        "the conference outcomes, then an action log (No. / Action / Lead / By when / How we'll know), a "
        "contingency and the next meetings. The perinatal psychiatrist is asked for a report on the "
        "mother's relapse risk and how long before she could care for Noah alone. Faults: the perinatal "
        "nurse's weekly visits only support the mother and are measured by 'Gemma's mood is stable'; the "
        "father comes home 'when he can get time off'; 'Family' owns company for the mother every "
        "afternoon; the family hub's routine sessions have '-' for how we'll know; and the contingency "
        "rests on the grandparents with nothing said if they cannot carry on."
    ),
    "text": """\
# Axenford Council Children's Services

## Core Group Meeting 2: Minutes and Action Log

| | |
|---|---|
| **Child** | Noah Hollins, born 27/10/2025 (12 weeks) |
| **Address** | 22 Tenter Street, Axenford AX4 3NE |
| **Plan** | Child protection plan, category neglect, since the initial conference on 18/12/2025 |
| **Meeting** | Core group 2, 20/01/2026, 10am at Noah's home |
| **Chaired and minuted by** | Ella Sutherland, social worker, Axenford Family Safeguarding Team |

**Present:** Ella Sutherland (SW); Kirsty Doyle (perinatal mental health nurse, Axenford Perinatal
Mental Health Team); Sue Parry (health visitor, Axenford Health Visiting Service); Jodie Marsh (family
support worker, Axenford Family Hub); Gemma Lacey (Mum); Ryan Hollins (Dad, by phone); Pauline and Mick
Lacey (Gemma's parents).

**Apologies:** Dr Ravi Anand (consultant perinatal psychiatrist), report sent; Dr Helen Clarke (GP,
Abbey Lane Surgery).

### 1. Why Noah has a plan

Gemma has bipolar disorder. Three weeks after Noah was born she became very high: she did not sleep for
four nights, left Noah alone in the flat at night to walk to the shops, and believed Noah had been
"sent to save the family". She was detained under section 2 of the Mental Health Act on 19/11/2025 and
spent three weeks on Larkspur Ward, Axenford Hospital, because there was no mother and baby unit bed.
Pauline and Mick looked after Noah. Gemma came home on 10/12/2025 on lithium and quetiapine. Ryan drives
lorries for a haulage firm and is away from Monday to Friday, so Pauline and Mick have moved into the
spare room to help.

### 2. Updates since core group 1 (06/01/2026)

- **Kirsty (perinatal team):** has visited Gemma every week. Gemma's mood has been "settled" and her
  lithium level on 12/01/2026 was in range. Gemma is sleeping 6 to 7 hours a night because Mick does
  the 2am feed.
- **Dr Anand (report read out):** Gemma's risk of another episode stays high for the first year after
  a birth. He will write a fuller report on her relapse signs and her ability to care for Noah alone.
- **Sue (HV):** weighed Noah on 14/01/2026 at 5.9 kg, on the 50th centile. He is well, smiling and
  vaccinated on time.
- **Jodie (Family Hub):** met Gemma once; Gemma wants help with a routine for Noah.
- **Pauline and Mick:** Pauline works 6am to 12 noon at a bakery from Tuesday to Saturday; Mick is
  retired and is at home all day. They have not had a night away since November.
- **Ryan:** has been home every weekend and does Noah's bath and bottles on Saturday and Sunday.

### 3. Noah's day

Sue and Ella have both seen Noah at home this month. He wakes about 6am and Mick gives him his first
bottle while Gemma sleeps. Gemma feeds him in the morning and he watches her face and "chats" back to
her. He is a settled baby who naps in his pram in the afternoon and likes lying on his playmat under
the window. He cries hard when the dog barks, and calms quickly when Pauline or Gemma picks him up and
walks him. On 14/01/2026 Sue saw Gemma change and feed him calmly; Noah smiled at her throughout.

### 4. What the family said

Gemma: "I know I scared everyone. I want to be the one who looks after him, not just the one in the
bed." Ryan: "I can't give up work, we'd lose the house. Pauline and Mick have been amazing." Pauline:
"We'll stay as long as we're needed, but Mick's knees aren't great and I can't do nights and the
bakery forever."

### 5. Outcomes for Noah (from the conference plan)

1. Noah is never left alone with Gemma at night until the perinatal team say it is safe.
2. Noah is fed, changed and kept warm every day, and keeps growing along the 50th centile.
3. Noah is kept safe whenever Gemma becomes unwell: the adult with him spots her warning signs and acts
   the same day, so that he is never in her sole care while she is high.
4. Noah has a settled routine with the people who care for him.

### 6. Action log (agreed today)

| No. | Action | Lead | By when | How we'll know |
|---|---|---|---|---|
| 1 | Home visit to see Noah awake and with Gemma, one in three unannounced | Ella Sutherland (SW) | Weekly until the review conference | Visit records within 48 hours, with what Noah was doing and how Gemma cared for him |
| 2 | Weekly home visits to support Gemma with her mood and her medication | Kirsty Doyle, Axenford Perinatal Mental Health Team | Every week | Gemma's mood is stable |
| 3 | Report on Gemma's relapse risk, her early warning signs, whether she can care for Noah alone at night and how long before she could | Dr Ravi Anand, consultant perinatal psychiatrist | By 17/02/2026 | Written report to Ella, read at core group 3 |
| 4 | Prescribe Gemma's lithium and quetiapine in line with Dr Anand's plan and arrange her lithium blood tests | Dr Helen Clarke, GP, Abbey Lane Surgery | Every month | Blood test results on the GP record; copy of each result sent to Kirsty |
| 5 | Take her lithium and quetiapine every evening | Gemma | Every evening | Pauline checks the blister pack each morning and ticks the chart on the fridge |
| 6 | Stay at 22 Tenter Street every night so that Noah is never alone with Gemma overnight; Mick does the 2am feed | Pauline and Mick Lacey | Every night until the review conference | Night feed chart on the fridge, read by Ella at each visit |
| 7 | Make sure Gemma has someone with her and Noah every afternoon if she is tired or low | Family | Every afternoon | Afternoon rota on the fridge, seen by Ella at visits |
| 8 | Come home to look after Noah so that Pauline and Mick can have a night off | Ryan Hollins (Dad) | When he can get time off work | Dates written on the family rota |
| 9 | Do Noah's baths, bottles and night feeds at weekends | Ryan Hollins (Dad) | Every Saturday and Sunday | Night feed chart shows Ryan's weekend feeds |
| 10 | Weigh Noah at home and check his development | Sue Parry, HV | Every two weeks until he is 6 months old | Weights in the red book, staying on the 50th centile; ASQ-3 at 4 months sent to Ella |
| 11 | Home sessions with Gemma to build a daily routine for Noah's feeds, sleep and play | Jodie Marsh, Axenford Family Hub | Weekly for 8 weeks from 26/01/2026 | - |
| 12 | Book Gemma and Noah a place at the Little Steps baby group at Axenford Children's Centre | Ella Sutherland (SW) | By 06/02/2026 | Place confirmed in writing; register shows Gemma and Noah attending |

### 7. Contingency

- If Gemma shows any of her early warning signs (not sleeping for two nights in a row, talking very
  fast, spending money she does not have, or saying that Noah is "special" or "sent"), Pauline or Mick
  ring the perinatal team duty line (the Axenford Crisis Team out of hours) the same day and do not
  leave Noah alone with Gemma at any time. Ella will hold a strategy discussion with the perinatal
  team the same day.
- If Gemma is admitted to hospital again, Noah stays at 22 Tenter Street with Pauline and Mick, and
  Ella will ask the perinatal team for a mother and baby unit bed.
- If Gemma stops taking her medication, refuses visits from the perinatal team, or Noah is found alone
  with Gemma at night, Ella's team manager, Imran Baig, will hold a legal planning meeting within 5
  working days to decide whether to start pre-proceedings.

### 8. Next meetings

- Core group 3: 17/02/2026 at 10am at Noah's home, then every four weeks (17/03/2026).
- Review child protection conference: 18/03/2026 at 1.30pm, Axenford Civic Centre.

Minutes typed by Ella Sutherland on 20/01/2026 and sent to everyone present and to Dr Anand and Dr Clarke.
""",
    "findings": [
        F("H001", "Weekly home visits to support Gemma with her mood and her medication"),
        F("M002", "Weekly home visits to support Gemma with her mood and her medication"),
        F("W002", "Make sure Gemma has someone with her and Noah every afternoon"),
        F("T002", "Come home to look after Noah so that Pauline and Mick"),
        F("M001", "Home sessions with Gemma to build a daily routine"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 4. A case-system print of a child protection plan that is also the
#    pre-proceedings plan, after progress was not enough and the legal
#    gateway panel agreed the PLO. Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b202_arnwick_atlas_print_pre_proceedings_plan_maddox.txt",
    "split": "tune",
    "actions": 15,
    "template": "case-system-print-txt-atlas-header-dot-leader-case-fields-then-numbered-sections-why-the-plan-has-changed-worries-working-well-the-childrens-days-and-words-outcomes-numbered-then-action-blocks-action-nn-of-15-outcome-refs-action-responsible-start-due-frequency-evidence-of-progress-then-contingency-trigger-response-lead-blocks-legal-planning-and-pre-proceedings-meetings-audit-trail",
    "description": (
        "Exemplary print from a case system of the child protection plan for a 3-year-old and an "
        "8-month-old (neglect: home conditions, the father's drinking, the mother's depression, the "
        "older child's tooth decay and poor nursery attendance) after the second review conference "
        "found progress was not enough, the legal gateway panel agreed pre-proceedings under the Public "
        "Law Outline, a letter before proceedings was sent and a pre-proceedings meeting held; the plan "
        "is both the child protection plan and the pre-proceedings plan. Dot-leader case fields, why the "
        "plan has changed, worries, what is working well, the children's days and Kai's words, outcomes, "
        "then fifteen action blocks (Action / Responsible / Start / Due or frequency / Evidence of "
        "progress): the adult alcohol service and the primary care mental health service are asked to "
        "report on each parent's capacity to change and the likely timescale, and a grandmother and an "
        "aunt help. Contingency blocks (Trigger / Response / Lead) cover the relatives' help failing; the "
        "legal section says when the case returns to the legal gateway panel; core group, PLO review "
        "and review conference dates are set."
    ),
    "text": """\
ATLAS CASE MANAGEMENT            ARNWICK BOROUGH COUNCIL - CHILDREN'S SERVICES
PRINT: CHILD PROTECTION PLAN (PRE-PROCEEDINGS)        Printed 12/12/2025 16:42 by JTATE
==========================================================================================

CASE ....................... Maddox / Hutchins family (ATLAS case 2025-04417)
CHILDREN ................... Kai MADDOX, born 04/07/2022 (3 years)
                             Lily-Rose MADDOX, born 12/04/2025 (8 months)
ADDRESS .................... Flat 2, 17 Mill Lane, Arnwick AN6 2TB
PARENTS .................... Stacey MADDOX (mother, 24)
                             Dean HUTCHINS (father of both children, 27), lives at the flat
FAMILY HELPING ............. Maureen HUTCHINS (paternal grandmother), 40 Copse Road, Arnwick
                             Kirsty MADDOX (maternal aunt), 8 Bramble Court, Arnwick
PLAN STATUS ................ Child protection plan (neglect) since ICPC 14/05/2025
LEGAL STATUS ............... Public Law Outline, pre-proceedings. Letter before proceedings
                             sent 02/12/2025; pre-proceedings meeting held 10/12/2025
SOCIAL WORKER .............. Joanne TATE, Arnwick Safeguarding Team 2
TEAM MANAGER ............... Sean McALLISTER
PLAN VERSION ............... 5 (agreed at the pre-proceedings meeting on 10/12/2025 and the
                             core group on 11/12/2025)

------------------------------------------------------------------------------------------
1. WHY THE PLAN HAS CHANGED
------------------------------------------------------------------------------------------
At the second review conference on 11/11/2025 the chair and every agency agreed that progress
since May had not been enough. Kai's nursery attendance was 58% for the autumn half term, he
needs four teeth out because of decay, Lily-Rose was found asleep on a mattress with no sheet
on three visits, the flat scored 2 out of 5 on the home conditions checklist on 6 of 10 visits,
and on 24/10/2025 Dean was alone with the children and blew 0.41 on the social worker's
breathalyser. The conference plan said that if progress was not enough the case would go to
the legal gateway panel. Sean McAllister took it to the panel on 27/11/2025. The panel agreed
that the threshold for care proceedings is met and that the family should have a 12-week
pre-proceedings period under the Public Law Outline, with this plan, before any application is
made. The letter before proceedings was sent on 02/12/2025. Stacey and Dean came to the
pre-proceedings meeting on 10/12/2025 with their solicitors (Amanda Rees for Stacey, Neil Ward
for Dean) and agreed this plan.

------------------------------------------------------------------------------------------
2. WHAT WE ARE WORRIED ABOUT
------------------------------------------------------------------------------------------
- Dean drinks most days, mainly strong lager, and has been drunk while caring for the children.
- Stacey has depression and anxiety. She says that on bad days she "can't face the mess" and
  stays in bed until the afternoon, so Kai misses nursery.
- The flat is often dirty, with nappies and food on the floor and no clean bedding.
- Kai has tooth decay and his extraction under general anaesthetic is booked for 08/01/2026.

------------------------------------------------------------------------------------------
3. WHAT IS WORKING WELL
------------------------------------------------------------------------------------------
- Stacey and Dean love the children and both came to every meeting and every appointment
  this month.
- Dean started with Arnwick Recovery Partnership on 01/12/2025 and has blown 0.00 at the last
  three visits.
- Maureen has Kai on Wednesdays and he loves it; Kirsty has offered to help Stacey shop and cook.
- Lily-Rose's weight is on the 50th centile and her immunisations are up to date.

------------------------------------------------------------------------------------------
4. KAI'S AND LILY-ROSE'S DAYS, AND WHAT KAI SAYS
------------------------------------------------------------------------------------------
Kai told his key worker at nursery (Mrs Baxter, 03/12/2025): "My bed is smelly." "Daddy's drink
makes him sleepy and cross." "I like Nanny Mo's, she has fish fingers." When Joanne asked him
what would make home better he said "tidy" and "more dinners". At nursery he eats two breakfasts
when he arrives and is reluctant to go home at 2pm. He drew his family with Nanny Mo and the dog
in the middle.

Lily-Rose is sitting up and starting to crawl. On visits she babbles and reaches for Stacey, and
she settles quickly on Stacey's lap. On two visits in November she had a sore nappy rash and on
three she was in the same sleepsuit as the visit before.

------------------------------------------------------------------------------------------
5. OUTCOMES FOR KAI AND LILY-ROSE
------------------------------------------------------------------------------------------
1. Kai and Lily-Rose live in a clean, warm flat, sleep on clean bedding and eat three meals a
   day.
2. Kai and Lily-Rose are never cared for by an adult who has been drinking.
3. Kai goes to nursery for all his sessions (90% attendance or more) and his teeth are treated
   and looked after.
4. Lily-Rose reaches her milestones and is seen by her health visitor every month.
5. By 04/03/2026 there is a clear answer about whether Kai and Lily-Rose can stay safely at home,
   so that they do not wait.

------------------------------------------------------------------------------------------
6. ACTIONS
------------------------------------------------------------------------------------------

ACTION 01 OF 15                                                       OUTCOMES: 1, 2, 5
  ACTION ................ Unannounced home visits: see Kai and Lily-Rose, see where they sleep
                          and what food there is, and score the home conditions checklist
                          with Stacey and Dean
  RESPONSIBLE ........... Joanne Tate, social worker
  START ................. 12/12/2025
  DUE / FREQUENCY ....... Weekly until the pre-proceedings review meeting on 04/03/2026
  EVIDENCE OF PROGRESS .. Visit record on ATLAS within 48 hours with the checklist score;
                          target 4 out of 5 or more at every visit from January

ACTION 02 OF 15                                                       OUTCOME: 1
  ACTION ................ Keep the flat to the standard on the home conditions checklist:
                          clean sheets on both children's beds, floors clear, food in the
                          fridge, bins out on Thursdays
  RESPONSIBLE ........... Stacey Maddox and Dean Hutchins
  START ................. 12/12/2025
  DUE / FREQUENCY ....... Every day
  EVIDENCE OF PROGRESS .. Checklist score at Joanne's weekly visits (4 out of 5 or more)

ACTION 03 OF 15                                                       OUTCOME: 2
  ACTION ................ Not drink alcohol at any time when caring for Kai and Lily-Rose,
                          and take a breath test at every social worker visit
  RESPONSIBLE ........... Dean Hutchins
  START ................. 12/12/2025
  DUE / FREQUENCY ....... Every day; a breath test at each weekly visit
  EVIDENCE OF PROGRESS .. Reading of 0.00 written on each visit record

ACTION 04 OF 15                                                       OUTCOMES: 2, 5
  ACTION ................ One-to-one alcohol treatment sessions with Dean, and a written
                          report on whether he can stay sober, the steps still needed, how
                          long they are likely to take and what that means for his care of
                          the children
  RESPONSIBLE ........... Gary Lomas, recovery worker, Arnwick Recovery Partnership
  START ................. 15/12/2025
  DUE / FREQUENCY ....... Weekly sessions; report by 20/02/2026
  EVIDENCE OF PROGRESS .. Attendance sent to Joanne monthly; report filed on ATLAS and shared
                          with the parents' solicitors before the PLO review meeting

ACTION 05 OF 15                                                       OUTCOMES: 1, 3, 5
  ACTION ................ Assess Stacey's depression and anxiety, offer her up to 12 sessions
                          of CBT, and report on her capacity to make and keep the changes Kai
                          and Lily-Rose need, the steps and the likely timescale
  RESPONSIBLE ........... Dr Farah Qureshi, clinical psychologist, Arnwick Primary Care Mental
                          Health Service
  START ................. Assessment by 09/01/2026
  DUE / FREQUENCY ....... Weekly sessions from the assessment; report by 25/02/2026
  EVIDENCE OF PROGRESS .. Assessment letter and report to Joanne, shared at the PLO review
                          meeting

ACTION 06 OF 15                                                       OUTCOME: 3
  ACTION ................ Review Stacey's antidepressant with her and write to Joanne about
                          how her mood affects her mornings with the children
  RESPONSIBLE ........... Dr Paul Greenwood, GP, Ashgrove Medical Centre
  START ................. 12/12/2025
  DUE / FREQUENCY ....... By 19/12/2025
  EVIDENCE OF PROGRESS .. GP letter on ATLAS

ACTION 07 OF 15                                                       OUTCOME: 3
  ACTION ................ Kai's nursery sessions (Monday to Wednesday, 9am to 2pm): ring
                          Stacey by 9.30am if he is not in, and Joanne if Stacey does not
                          answer
  RESPONSIBLE ........... Mrs Lynn Baxter, DSL and Kai's key worker, Acorn Tree Nursery
  START ................. 15/12/2025
  DUE / FREQUENCY ....... Every nursery day
  EVIDENCE OF PROGRESS .. Attendance sent to Joanne every Friday; 90% or more by 04/03/2026

ACTION 08 OF 15                                                       OUTCOME: 3
  ACTION ................ Take Kai to his extraction appointment at Arnwick Community Dental
                          Service, and brush his teeth morning and bedtime
  RESPONSIBLE ........... Stacey Maddox
  START ................. 12/12/2025
  DUE / FREQUENCY ....... Appointment 08/01/2026; brushing twice every day
  EVIDENCE OF PROGRESS .. Dental service letter to Joanne; Kai's brushing chart seen at each
                          visit

ACTION 09 OF 15                                                       OUTCOME: 4
  ACTION ................ Weigh Lily-Rose, check where she sleeps, and do her one-year review
                          with an ASQ-3
  RESPONSIBLE ........... Nicola Grey, health visitor, Arnwick Health Visiting Service
  START ................. 12/12/2025
  DUE / FREQUENCY ....... Monthly home visits; one-year review by 15/04/2026
  EVIDENCE OF PROGRESS .. Weights in the red book and sent to Joanne; ASQ-3 scores shared at
                          core group

ACTION 10 OF 15                                                       OUTCOME: 1
  ACTION ................ Home sessions with Stacey and Dean on mealtimes, bath and bedtime
                          routines, using the children's routine chart
  RESPONSIBLE ........... Sasha Okoye, family support worker, Arnwick Family Hub
  START ................. 16/12/2025
  DUE / FREQUENCY ....... Tuesdays and Thursdays, 4pm to 6pm, for 10 weeks
  EVIDENCE OF PROGRESS .. Routine chart filled in on 5 of 7 days, checked by Sasha weekly;
                          session notes to Joanne every two weeks

ACTION 11 OF 15                                                       OUTCOMES: 1, 2
  ACTION ................ Complete the 8-week Arnwick Family Foundations parenting course
  RESPONSIBLE ........... Stacey Maddox and Dean Hutchins
  START ................. 08/01/2026
  DUE / FREQUENCY ....... Thursdays, 10am to 12 noon, until 26/02/2026
  EVIDENCE OF PROGRESS .. Attendance register and the facilitator's end-of-course report to
                          Joanne

ACTION 12 OF 15                                                       OUTCOME: 3
  ACTION ................ Collect Kai from nursery at 2pm and give both children their tea at
                          her home
  RESPONSIBLE ........... Maureen Hutchins (paternal grandmother)
  START ................. 17/12/2025
  DUE / FREQUENCY ....... Every Wednesday
  EVIDENCE OF PROGRESS .. Nursery collection log; Maureen texts Joanne when the children are
                          back home

ACTION 13 OF 15                                                       OUTCOME: 1
  ACTION ................ Go food shopping with Stacey using the weekly meal plan, and cook
                          Sunday dinner with her for the children
  RESPONSIBLE ........... Kirsty Maddox (maternal aunt)
  START ................. 12/12/2025
  DUE / FREQUENCY ....... Every Friday (shopping) and Sunday (dinner)
  EVIDENCE OF PROGRESS .. Meal plan ticked off and kept on the fridge, seen by Sasha each week

ACTION 14 OF 15                                                       OUTCOME: 5
  ACTION ................ Refer the family to the Arnwick Family Group Conference Service, so
                          that the wider family can say who could care for the children if
                          they cannot stay at home
  RESPONSIBLE ........... Joanne Tate, social worker
  START ................. 12/12/2025
  DUE / FREQUENCY ....... Referral by 19/12/2025; conference held by 30/01/2026
  EVIDENCE OF PROGRESS .. Family plan from the conference filed on ATLAS

ACTION 15 OF 15                                                       OUTCOME: 5
  ACTION ................ Complete the pre-proceedings parenting assessment of Stacey and Dean
  RESPONSIBLE ........... Joanne Tate, social worker
  START ................. 12/12/2025
  DUE / FREQUENCY ....... By 20/02/2026
  EVIDENCE OF PROGRESS .. Assessment report with a recommendation, shared with Stacey, Dean and
                          their solicitors 5 working days before the PLO review meeting

------------------------------------------------------------------------------------------
7. CONTINGENCY
------------------------------------------------------------------------------------------
C1  TRIGGER ...... Dean blows over 0.00 while caring for the children, or either parent is
                   found drunk or cannot be woken while the children are at home
    RESPONSE ..... The children go to Maureen's that day (Kirsty's if Maureen cannot have
                   them). Joanne, or the Emergency Duty Team, holds a strategy discussion with
                   the police the same day. Sean McAllister asks the legal gateway panel to
                   meet within 5 working days to decide whether to issue care proceedings.
    LEAD ......... Joanne Tate; Sean McAllister

C2  TRIGGER ...... Kai misses two nursery days in a week with no reason given, or the flat
                   scores 2 out of 5 or below on two visits in a row
    RESPONSE ..... Joanne visits within 24 hours, and Sasha adds a third session that week.
                   Sean McAllister books the case into the next sitting of the legal gateway
                   panel.
    LEAD ......... Joanne Tate; Sean McAllister

C3  TRIGGER ...... Maureen or Kirsty cannot do their part (illness, holiday, a falling out)
    RESPONSE ..... They ring Joanne the same day. If Maureen cannot collect Kai, the nursery
                   keeps him until 3pm and a family hub worker takes him home. If Kirsty cannot
                   shop, Sasha goes with Stacey that week. If neither can have the children in
                   an emergency (C1), Joanne or the Emergency Duty Team finds emergency foster
                   carers the same day.
    LEAD ......... Joanne Tate

------------------------------------------------------------------------------------------
8. LEGAL PLANNING AND PRE-PROCEEDINGS
------------------------------------------------------------------------------------------
The pre-proceedings review meeting is on 04/03/2026 at 10am, with Stacey, Dean and their
solicitors. If by then the changes set out in the letter before proceedings have been made
(home conditions at 4 out of 5 or more, no drinking while caring for the children, Kai at
nursery 90% of the time), pre-proceedings will end and the child protection plan continues. If
they have not, Sean McAllister will take the case back to the legal gateway panel on
12/03/2026 to ask for care proceedings to be issued. Triggers C1 and C2 above bring the panel
forward.

------------------------------------------------------------------------------------------
9. MEETINGS
------------------------------------------------------------------------------------------
CORE GROUP ............. Every 4 weeks, Thursdays at 1pm, Arnwick Family Hub: 08/01/2026,
                         05/02/2026, 05/03/2026
PLO REVIEW MEETING ..... 04/03/2026, 10am, Arnwick Town Hall
REVIEW CONFERENCE ...... 24/03/2026, 2pm, Arnwick Town Hall (third review)

------------------------------------------------------------------------------------------
AUDIT TRAIL
------------------------------------------------------------------------------------------
11/12/2025 15:10  JTATE    Plan version 5 created from version 4 (RCPC 2)
12/12/2025 16:40  SMCALL   Plan authorised by team manager
12/12/2025 16:42  JTATE    Printed for the family and their solicitors

                                   END OF PRINT
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. A letter to the parents after the review conference, with the plan in a
#    table, while the family moves to another council. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b202_arbourne_letter_to_parents_transfer_plan_burrows.docx",
    "doc_title": "Letter to Kayleigh Burrows and Marcus Webb - your plan while you move to Astleigh",
    "split": "tune",
    "actions": 13,
    "template": "letter-to-parents-docx-letterhead-right-aligned-address-block-dear-kayleigh-and-marcus-what-the-conference-decided-the-move-what-jayden-and-ivy-told-me-what-we-want-then-plan-table-what-needs-to-happen-who-by-when-how-we-will-know-with-me-as-the-social-worker-then-if-things-go-wrong-meetings-yours-sincerely-copy-list",
    "description": (
        "Letter from the social worker to the parents of a 6-year-old and a 14-month-old after the "
        "review conference (neglect; the mother drinks a bottle of wine most nights), written while the "
        "family moves to a housing association house in another council's area: what the conference "
        "decided, the move and who is responsible until the receiving council's transfer-in conference, "
        "what the children told and showed the worker, what we want for them, then the plan as a table "
        "(What needs to happen / Who / By when / How we will know, 'Me' being the social worker), a "
        "contingency and the meetings. Faults: the child's play sessions stop at the move and are left "
        "to the receiving council 'once you are settled'; the parenting assessment is paused and handed "
        "to the new council's worker; direct work with the boy about the move has '-' for how we will "
        "know; a football club has '-' for when; the mother's drinking is recorded but no adult service "
        "owns any action (she only books her own appointment); and the only next conference is the "
        "transfer-in conference with its date to be confirmed."
    ),
    "blocks": [
        ("pr", "Arbourne Borough Council"),
        ("pr", "Children's Services, Family Safeguarding Team 3"),
        ("pr", "Arbourne House, Market Street, Arbourne AB1 2CD"),
        ("pr", "Telephone 01632 960418"),
        ("p", ""),
        ("pl", "Kayleigh Burrows and Marcus Webb"),
        ("pl", "11 Foxglove Road"),
        ("pl", "Arbourne AB4 6LT"),
        ("p", ""),
        ("p", "15 January 2026"),
        ("p", "Dear Kayleigh and Marcus,"),
        ("boldp", "Jayden and Ivy's child protection plan while you move to Astleigh"),
        ("p", "Thank you both for coming to the review child protection conference on 13/01/2026. As you asked, "
              "I am writing to explain in plain words what was decided and what happens next. The plan itself "
              "is in the table further down. If anything in this letter is not clear, please ring me."),
        ("h2", "What the conference decided"),
        ("p", "The conference decided that Jayden and Ivy will stay on child protection plans under the category "
              "of neglect. The main worry is still Kayleigh's drinking. Kayleigh told the conference she drinks "
              "\"a bottle of wine most nights, more at weekends\". In November and December Jayden's school found "
              "him without breakfast on eight mornings, and twice no one came to collect him at 3.15pm. When I "
              "visited on 18/12/2025 at 2pm, Kayleigh was asleep on the settee and Ivy was in a wet nappy and had "
              "not had lunch. Everyone at the conference also said how much you both love the children, and that "
              "things have been calmer since Marcus started doing bedtimes."),
        ("h2", "Your move"),
        ("p", "You have accepted a housing association house at 14 Larch Grove, Astleigh AS7 2QP, and you move "
              "on 02/02/2026. Astleigh is in a different council's area. I sent Astleigh County Council's "
              "Children's Services a transfer request on 14/01/2026. Astleigh will hold a transfer-in "
              "conference, and from that conference Astleigh will be responsible for the children's plan. Until "
              "then Arbourne stays responsible and I stay your social worker."),
        ("h2", "What Jayden and Ivy told me"),
        ("p", "I saw Jayden on his own at school on 09/01/2026. He said he is excited about \"the new house with "
              "stairs\" but sad to leave his best friend Alfie. He said: \"Mummy's wine makes her sleep on the "
              "settee and then I do Ivy's bottle.\" He wants his own bedroom and to keep playing football. Ivy "
              "cannot tell us in words, but when I visit she toddles to the door when she hears Marcus's key, "
              "babbles at Jayden and holds her arms up to be carried by him."),
        ("h2", "What we want for Jayden and Ivy"),
        ("bullets", [
            "Jayden and Ivy are looked after every day by an adult who is sober.",
            "Jayden gets to school on time with breakfast inside him, and is collected at the end of the day.",
            "Ivy is fed, changed and kept clean, and keeps growing and learning.",
            "The move to Astleigh does not mean Jayden and Ivy lose the help they have now.",
        ]),
        ("h2", "Your plan"),
        ("p", "\"Me\" in the table means me, Hayley Bright, your social worker."),
        ("table", {
            "header": ["What needs to happen", "Who", "By when", "How we will know"],
            "widths": [6.4, 3.4, 3.6, 3.6],
            "rows": [
                ["Visit Jayden and Ivy at home, see them both and see Jayden on his own",
                 "Me (Hayley Bright, social worker)",
                 "Every week until you move, then every two weeks in Astleigh until the transfer-in conference",
                 "My visit records, which I will read through with you"],
                ["Make sure the children are never looked after by Kayleigh alone after she has had a drink, "
                 "and do Jayden's and Ivy's bath and bedtime",
                 "Marcus",
                 "Every evening",
                 "The evening diary you both keep, which I will read at each visit"],
                ["Ring the Astleigh Community Alcohol Service self-referral line and book a first appointment",
                 "Kayleigh",
                 "By 23/01/2026",
                 "Appointment letter shown to me"],
                ["Apply for a school place for Jayden at Astleigh Park Primary School",
                 "Me",
                 "By 16/01/2026",
                 "Offer letter from Astleigh school admissions"],
                ["Send Astleigh the children's records, the conference minutes and this plan",
                 "Me",
                 "By 23/01/2026",
                 "Astleigh's e-mail saying they have them"],
                ["Do a joint visit with your new Astleigh social worker so that you and the children can meet "
                 "them",
                 "Me",
                 "Before the transfer-in conference",
                 "Record of the joint visit signed by both social workers"],
                ["Jayden's play sessions at Arbourne Children's Centre will stop when you move. Astleigh will "
                 "decide whether to start them again once the transfer has happened.",
                 "Astleigh Children's Services",
                 "Once you are settled in Astleigh",
                 "Astleigh will write to you with their decision"],
                ["Finish the parenting assessment I started in December. It will be paused when you move and "
                 "handed to your new Astleigh social worker to complete.",
                 "Me, then your Astleigh social worker",
                 "Within 4 weeks of the transfer-in conference",
                 "The finished assessment shared with you and the core group"],
                ["Talk with Jayden about the move and what will change, using his \"All about me\" book",
                 "Me",
                 "Before you move",
                 "-"],
                ["Tell me the same day if Jayden is late, hungry or not collected, or talks about Mum being "
                 "poorly",
                 "Mrs Ruth Akers, DSL, Arbourne St Mark's Primary School",
                 "Every school day until Jayden leaves on 30/01/2026",
                 "School log e-mailed to me every Friday"],
                ["Do Ivy's 15-month check, weigh her, and hand over to her new health visitor in Astleigh",
                 "Lisa Grant, health visitor, Arbourne Health Visiting Service",
                 "Check on 22/01/2026; handover call by 02/02/2026",
                 "Weight and check written in Ivy's red book; new health visitor's name sent to me"],
                ["Have Jayden and Ivy to stay on Saturday nights so that you both get a break",
                 "Leanne Burrows (Kayleigh's sister, in Astleigh)",
                 "Every Saturday from 07/02/2026",
                 "Leanne texts me on Sunday when the children are home"],
                ["Find Jayden a football club in Astleigh so that he can keep playing",
                 "Marcus",
                 "-",
                 "Jayden's first training session, written in the evening diary"],
            ],
        }),
        ("h2", "If things go wrong"),
        ("bullets", [
            "If Kayleigh has been drinking while she is looking after the children, Marcus takes over and the "
            "children are not left alone with her. If Marcus is not home, he or Kayleigh rings me (or the "
            "Emergency Duty Team on 01632 960500 out of hours) and the children go to Leanne's that night. If "
            "Leanne cannot have them, I or the Emergency Duty Team will find emergency foster carers that "
            "night.",
            "If the school finds Jayden hurt, or no one collects him by 4pm, the school rings me and I will "
            "hold a strategy discussion with the police the same day.",
            "If either of these things happens twice before the transfer-in conference, my manager, Neil "
            "Harper, will hold a legal planning meeting within 10 working days.",
        ]),
        ("h2", "Meetings"),
        ("p", "Core group: 27/01/2026 at 10am at your home, then every four weeks until the transfer-in "
              "conference. Astleigh will hold the transfer-in conference; the date is to be confirmed by "
              "Astleigh, and I will let you know as soon as I hear."),
        ("p", "If you have any questions, please ring me on 01632 960418. You can also ask for your own copy of "
              "the conference minutes."),
        ("p", "Yours sincerely,"),
        ("pl", "Hayley Bright"),
        ("pl", "Social Worker, Family Safeguarding Team 3, Arbourne Borough Council"),
        ("p", ""),
        ("p", "Copy to: Mrs Ruth Akers (Arbourne St Mark's Primary School); Lisa Grant (Arbourne Health Visiting "
              "Service); Neil Harper (team manager); Astleigh County Council Children's Services."),
    ],
    "findings": [
        F("X001", "Astleigh will decide whether to start them again"),
        F("T002", "Astleigh will decide whether to start them again"),
        F("X001", "Finish the parenting assessment I started in December"),
        F("M001", "Talk with Jayden about the move and what will change"),
        F("T001", "Find Jayden a football club in Astleigh"),
        F("F004"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 6. A transfer plan written by the transferring council with the receiving
#    council, a mother with schizophrenia under CPA and her parents helping.
#    Page header and footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b202_auldhaven_inter_authority_transfer_plan_price.pdf",
    "doc_title": "Inter-Authority Transfer: Child Protection Plan - Sienna and Alfie Price",
    "split": "tune",
    "actions": 13,
    "min_pages": 2,
    "header": "OFFICIAL-SENSITIVE · Auldhaven City Council with Averleigh Borough Council · Transfer plan",
    "footer": "Sienna and Alfie Price · Agreed at the transfer planning meeting, 16/01/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "inter-authority-transfer-cp-plan-pdf-paged-header-footer-written-by-transferring-council-with-receiving-council-key-people-table-why-the-plan-the-childrens-days-what-rhiannon-and-her-parents-say-outcomes-who-is-responsible-during-the-move-then-plan-table-action-lead-timescale-how-we-will-know-with-banner-rows-per-agency-auldhaven-averleigh-adult-mental-health-health-rhiannon-and-family-then-contingency-meetings",
    "description": (
        "Exemplary child protection plan for a 2-year-old and a 6-week-old written at a transfer "
        "planning meeting by the transferring council with the receiving council, as the family moves to "
        "live near the maternal grandparents. The mother has paranoid schizophrenia under CPA; she "
        "stopped her depot in pregnancy and became unwell, and is well again. Key people, why the plan, "
        "the children's days and the 2-year-old's words, the mother's and grandparents' views, outcomes, "
        "a part saying the transferring council stays responsible until the dated transfer-in "
        "conference and nothing in the plan pauses, then a plan table (Action / Lead / Timescale / How we "
        "will know) with banner rows for each council, adult mental health, health and the family: the "
        "social worker's visits continue in the new area until the transfer-in conference, a joint visit "
        "and records handover by set dates, and the care coordinator treats the mother and reports on her "
        "capacity to change and its timescale, then hands over at a joint CPA review. The contingency "
        "covers relapse, the grandparents' help failing and the transfer-in conference not going ahead, "
        "with a legal planning meeting; core group dates, the transfer-in conference and a fallback "
        "review conference are dated."
    ),
    "blocks": [
        ("title", "Inter-Authority Transfer: Child Protection Plan"),
        ("p", "Agreed at the transfer planning meeting on 16/01/2026 between Auldhaven City Council Children's "
              "Services (the transferring council) and Averleigh Borough Council Children's Services (the "
              "receiving council), with Rhiannon, her parents and the agencies named below. Written by Tom "
              "Ellery, Auldhaven social worker, and checked by Bernadette Quinn, Averleigh team manager."),
        ("h1", "1. Key people"),
        ("table", {
            "header": ["Who", "Details"],
            "widths": [4.6, 12.4],
            "bold_first_col": True,
            "rows": [
                ["Children", "Sienna Price, born 14/10/2023 (2); Alfie Price, born 05/12/2025 (6 weeks)"],
                ["Mum", "Rhiannon Price (31). Moving on 30/01/2026 from 3 Gable Street, Auldhaven AU2 5LR to "
                        "6 Willow Mews, Averleigh AV3 8SN."],
                ["Fathers", "Neither father has contact. Both have been told of the plan in writing."],
                ["Grandparents", "Glenys and Huw Price, Rhiannon's parents, 2 Willow Mews, Averleigh"],
                ["Plan", "Child protection plan (neglect) since the initial conference on 10/12/2025"],
                ["Auldhaven", "Tom Ellery, social worker (team manager: Sarah Whitlock)"],
                ["Averleigh", "Kofi Mensah, social worker, allocated 14/01/2026 (team manager: Bernadette "
                              "Quinn)"],
                ["Adult mental health", "Owen Fitch, CPN and care coordinator, Auldhaven Community Mental "
                                        "Health Team; Dr Aisling Murphy, consultant psychiatrist"],
                ["Transfer-in conference", "19/02/2026 at 10am, Averleigh Civic Offices (booked by Averleigh "
                                           "on 15/01/2026)"],
            ],
        }),
        ("h1", "2. Why Sienna and Alfie have a plan"),
        ("p", "Rhiannon has paranoid schizophrenia and is under the Care Programme Approach. She stopped her "
              "monthly depot injection early in her pregnancy. By 34 weeks she believed her neighbours were "
              "poisoning the food, stopped giving Sienna meals she had not cooked herself, and twice was found "
              "walking the streets at night with Sienna in her buggy. She went into Auldhaven Hospital as an "
              "informal patient on 06/11/2025, restarted her depot, and came home well before Alfie was born. "
              "Rhiannon has relapsed twice before, both times after stopping her medication. She wants to live "
              "near her parents, who have offered daily help, and has been given a housing association flat two "
              "doors from them."),
        ("h1", "3. Sienna's and Alfie's days"),
        ("p", "Sienna goes to Rhiannon's parents most afternoons and calls it \"Nanny's house!\". Tom saw her on "
              "her own on 13/01/2026 in her bedroom: she showed him her dolls, said \"Mummy better now\" and "
              "\"baby Alfie cry\", and asked if her bed was coming to the new house. She eats well, is toilet "
              "training, and goes to Tiny Steps playgroup on Tuesdays. Alfie is feeding well on formula and is "
              "on the 25th centile. On Tom's visits he settles on Rhiannon's shoulder and watches her face when "
              "she talks to him. Rhiannon does his night feeds; Glenys does the 6am feed when she stays over."),
        ("h1", "4. What Rhiannon, Glenys and Huw say"),
        ("p", "Rhiannon: \"I know what happens when I stop the injection. I don't want Sienna to see me like "
              "that again. Being near Mum and Dad is the best thing for the kids.\" Glenys: \"We'll be there "
              "every morning. If she's not right, I'll know before she does.\" Huw: \"I'll drive her to every "
              "appointment. We were frightened last time; we want to be part of the plan, not find out after.\""),
        ("h1", "5. What we want for Sienna and Alfie"),
        ("numbers", [
            "Sienna and Alfie are cared for every day by a mum who is well, with her parents close by, and are "
            "fed, clean and warm.",
            "If Rhiannon becomes unwell, Sienna and Alfie are never in her sole care while she is unwell, and "
            "someone who knows them looks after them the same day.",
            "Sienna and Alfie see the same professionals through the move, and nothing in their plan stops or "
            "waits because they have moved.",
            "Sienna starts a funded nursery place in Averleigh and Alfie has his health checks on time.",
        ]),
        ("h1", "6. Who is responsible during the move"),
        ("p", "Auldhaven stays responsible for Sienna's and Alfie's plan until Averleigh's transfer-in conference "
              "on 19/02/2026. Nothing in this plan is paused for the transfer: Tom keeps visiting in Averleigh "
              "after the move, and each piece of work below has its own date. Averleigh has allocated Kofi "
              "Mensah now so that he meets the family before the conference. Rhiannon's care coordination moves "
              "to Averleigh Community Mental Health Team at a joint CPA review, so there is no gap in her depot "
              "or her visits."),
        ("h1", "7. The plan"),
        ("table", {
            "header": ["Action", "Lead", "Timescale", "How we will know"],
            "widths": [6.6, 3.5, 3.3, 3.6],
            "rows": [
                ["Auldhaven Children's Services (responsible until the transfer-in conference)", H, H, H],
                ["Visit Sienna and Alfie at home, see Sienna on her own, and see Rhiannon caring for Alfie",
                 "Tom Ellery, Auldhaven social worker",
                 "Weekly until the transfer-in conference, including in Averleigh after the move",
                 "Visit records within 48 hours, copied to Kofi Mensah"],
                ["Send Averleigh the children's records, the chronology, the conference minutes and this plan",
                 "Tom Ellery, Auldhaven social worker",
                 "By 23/01/2026",
                 "Averleigh's receipt e-mail on the file"],
                ["Joint home visit in Averleigh so that Rhiannon and the children meet Kofi",
                 "Tom Ellery, with Kofi Mensah",
                 "Between 02/02/2026 and 13/02/2026",
                 "Joint visit record signed by both social workers"],
                ["Averleigh Children's Services (receiving council)", H, H, H],
                ["Tell Averleigh's nursery, health visiting and GP services about the family and invite them to "
                 "the transfer-in conference",
                 "Kofi Mensah, Averleigh social worker",
                 "By 06/02/2026",
                 "Invitations sent; each agency's report received before 19/02/2026"],
                ["Find Sienna a funded 15-hour nursery place near Willow Mews",
                 "Kofi Mensah, with Averleigh Early Years Team",
                 "Place offered by 13/02/2026",
                 "Offer letter, with Sienna's start date, in the transfer-in conference report"],
                ["Adult mental health", H, H, H],
                ["Give Rhiannon her monthly depot and visit her at home every two weeks, and write a report on "
                 "her relapse signs, whether she can stay well while caring for Sienna and Alfie, the steps "
                 "still needed and how long they are likely to take",
                 "Owen Fitch, care coordinator, Auldhaven CMHT, with Dr Murphy",
                 "Depot on 26/01/2026; visits every two weeks; report by 09/02/2026",
                 "Depot recorded on the CPA record; report sent to Tom and Kofi and read at the transfer-in "
                 "conference"],
                ["Hold a joint CPA review with Rhiannon and her new Averleigh CMHT care coordinator, with no gap "
                 "in her depot or visits, and go through the report on her capacity to change with them",
                 "Owen Fitch, care coordinator, Auldhaven CMHT",
                 "By 13/02/2026",
                 "CPA review record naming the Averleigh care coordinator and the date of the next depot, "
                 "sent to Tom and Kofi"],
                ["Health", H, H, H],
                ["Send Sienna's and Alfie's health records to Averleigh and speak to the Averleigh health "
                 "visitor before the move",
                 "Jenny Lowe, health visitor, Auldhaven 0-19 Service",
                 "By 30/01/2026",
                 "Name of the Averleigh health visitor and the first visit date sent to Tom"],
                ["First home visit in Averleigh: weigh Alfie and do Sienna's two-year review with an ASQ-3",
                 "Mair Evans, health visitor, Averleigh 0-19 Service",
                 "Within 10 working days of the move; two-year review by 27/02/2026",
                 "Weights in the red book; ASQ-3 scores sent to Kofi and Tom"],
                ["Rhiannon and the family", H, H, H],
                ["Register Rhiannon, Sienna and Alfie with Abbotsfield Surgery, Averleigh",
                 "Rhiannon",
                 "By 06/02/2026",
                 "Registration confirmed by the surgery to Tom"],
                ["Come to Rhiannon's every morning to help with breakfast and Alfie's early feed, and take "
                 "Sienna to nursery once her place starts",
                 "Glenys Price (Nan)",
                 "Every morning, 7.30am to 9.30am, from 31/01/2026",
                 "Glenys's diary, read by the social worker at each visit"],
                ["Drive Rhiannon to her depot appointments and her CPA review",
                 "Huw Price (Grandad)",
                 "Every appointment (26/01/2026, then monthly)",
                 "Each appointment kept, as shown on the CPA record"],
                ["Tell Glenys and her care coordinator the same day if she notices her early warning signs "
                 "(sleeping badly, feeling watched, not eating)",
                 "Rhiannon",
                 "The same day she notices any sign",
                 "Relapse signature card on the fridge; each call logged by the CMHT"],
            ],
        }),
        ("h1", "8. If things go wrong"),
        ("bullets", [
            "If Rhiannon shows her early warning signs or misses her depot, her care coordinator (Owen, then "
            "the Averleigh care coordinator) sees her within 24 hours (the crisis team out of hours). Glenys "
            "stays overnight and Sienna and Alfie are not left in Rhiannon's sole care. The social worker "
            "holding the case holds a strategy discussion the same day.",
            "If Rhiannon is admitted to hospital, Sienna and Alfie stay with Glenys and Huw at 2 Willow Mews.",
            "If Glenys or Huw cannot help (illness, or they cannot have the children), they ring the social "
            "worker the same day. Averleigh Family Support Service will cover the morning visits within 2 "
            "working days, and if the children need somewhere to stay, the social worker (or the Emergency "
            "Duty Team) will find emergency foster carers the same day.",
            "If Rhiannon becomes unwell while caring for the children alone, or refuses her depot, the team "
            "manager of the council holding the case (Sarah Whitlock before the transfer-in conference, "
            "Bernadette Quinn after it) will hold a legal planning meeting within 5 working days.",
            "If Averleigh cannot hold the transfer-in conference on 19/02/2026, Auldhaven keeps the case and "
            "holds its review conference on 05/03/2026, which is already booked.",
        ]),
        ("h1", "9. Meetings"),
        ("bullets", [
            "Core group every three weeks: 22/01/2026 in Auldhaven and 12/02/2026 in Averleigh (both "
            "councils' social workers at both).",
            "Transfer-in child protection conference: 19/02/2026 at 10am, Averleigh Civic Offices.",
            "Auldhaven review conference (only if the transfer-in conference does not go ahead): 05/03/2026 "
            "at 2pm, Auldhaven Council House.",
        ]),
        ("p", "Plan sent on 16/01/2026 to Rhiannon, Glenys and Huw, and to every agency in both councils named "
              "above."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. A Signs of Safety review conference safety plan that says progress is
#    not enough, built around the mother's drinking and her own needs, with
#    a grandmother and a friend helping. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b202_ashthorpe_signs_of_safety_review_safety_plan_grey.md",
    "split": "tune",
    "actions": 13,
    "template": "signs-of-safety-review-conference-safety-plan-md-details-list-danger-statement-safety-goals-what-are-we-worried-about-whats-working-well-scaling-with-progress-not-enough-leos-three-houses-and-maisies-day-safety-network-then-next-steps-table-next-step-who-when-how-well-know-then-if-things-dont-improve-core-group-and-review",
    "description": (
        "Signs of Safety safety plan from a second review conference for a 4-year-old and a "
        "20-month-old (neglect; the mother's drinking, debt and a housing move), which scores the "
        "children's safety lower than at the first review and says plainly that progress has not been "
        "enough. Danger statement, safety goals, worries, what's working well, scaling, Leo's Three "
        "Houses and Maisie's day, the safety network (a grandmother who has the children at weekends and "
        "collects Leo from nursery twice a week, and a friend who takes Leo to nursery), then a next steps table (Next step / Who / When / How we'll "
        "know). Faults: seven of thirteen next steps are about the mother's own drinking, health, housing, "
        "money and confidence with no link to the children; the women's centre group is measured by "
        "'Toni will feel more confident'; the speech and language referral has '-' for who; Maisie's "
        "nursery place has '-' for when; the contingency only says the core group will review and "
        "consider next steps if things do not improve, with nothing about the grandmother or friend being "
        "unable to help; and although the plan says progress is not enough, no legal planning follows."
    ),
    "text": """\
# Ashthorpe Council Children's Services

## Review Child Protection Conference: Safety Plan (Signs of Safety)

- **Children:** Leo Grey, born 02/03/2021 (4); Maisie Grey, born 11/05/2024 (20 months)
- **Address:** 27 Kiln Lane, Ashthorpe AS9 4GW
- **Mum:** Toni Grey (30)
- **Dad:** Craig Booth, father of both children; no contact since Toni ended the relationship in
  2024 after domestic abuse; he lives outside the area
- **Safety network:** Sandra Grey (Nana, Toni's mum); Donna Platt (Toni's friend and neighbour)
- **Plan:** child protection plan, neglect, since 07/08/2025. This is the second review conference
  (the first was on 06/11/2025).
- **Conference:** 22/01/2026, chaired by Paul Ridley
- **Social worker:** Megan Lowe, Ashthorpe Family Safeguarding Team

### Danger statement

Children's Services, the nursery and the health visitor are worried that if Toni keeps drinking
during the day, Leo and Maisie will be left without food, supervision or clean clothes, that Maisie
could be hurt while Toni is asleep, and that Leo will keep missing nursery and fall behind with his
speech.

### Safety goals

1. Leo and Maisie are looked after every day by an adult who is sober, and have three meals a day
   and clean clothes.
2. Maisie is never left unsupervised in the house, and the stair gate and window locks stay on.
3. Leo goes to nursery every morning he is due and gets help with his speech.
4. Leo and Maisie have a settled home they do not have to leave in a hurry.

### What are we worried about?

- Toni has been drinking vodka during the day since the summer. On 04/12/2025 Donna found Maisie
  alone in the kitchen at 11am with the back door open while Toni was asleep upstairs.
- Leo has been to nursery on 61% of his sessions this term, and arrives hungry most Mondays.
- Toni has rent arrears of £1,900 and has been served a notice by her landlord. She says the worry
  about money is why she drinks.
- Leo's speech is well behind for his age; the nursery referred him for speech and language
  therapy in October but the referral was returned because the form was incomplete.

### What's working well?

- Sandra has Leo and Maisie every weekend and both children are happy and well cared for there.
- Donna lives next door, checks in most days and has taken Leo to nursery on Mondays and Wednesdays
  since December.
- Toni came to both conferences and has never refused a visit.
- The children's health checks and immunisations are up to date.

### Scaling

On a scale where 10 means everyone is confident Leo and Maisie are safe enough for the plan to end
and 0 means they cannot stay at home, the network scored **3 out of 10** today (4 out of 10 at the
first review). Toni scored 6. The network agreed that **progress has not been enough**: Toni's
drinking has not reduced, Leo's attendance has gone down, and Maisie was found alone in December.

### Leo's and Maisie's voices

Megan did the Three Houses with Leo at nursery on 08/01/2026.

- **House of worries:** "Mummy crying and shouting." "When Mummy's asleep and I'm hungry."
- **House of good things:** "Nana's house. My bike. Maisie."
- **House of dreams:** "Mummy not poorly. A dog."

Maisie is walking and says a few words ("Nana", "juice", "Leo"). On Megan's visits she follows Leo
everywhere and goes to him, not to Toni, when she falls over. Sandra says Maisie eats "like she's
never been fed" on Friday nights.

### The safety network

Sandra (Nana) and Donna have read this plan and agreed to their parts below. Toni has agreed that
Megan can speak to them both at any time.

### Next steps

| Next step | Who | When | How we'll know |
|---|---|---|---|
| Weekly one-to-one key work sessions with Toni about her drinking, with a breath test at each session | Gail Rowntree, Ashthorpe Alcohol Service | Weekly from 26/01/2026 | Attendance and breath test results sent to Megan every month |
| Go to her key work sessions and the Thursday recovery group at the Ashthorpe Alcohol Service | Toni | Weekly | Attendance records from the service |
| Keep a daily drink diary and bring it to each key work session | Toni | Every day | Diary read by Gail Rowntree at each session |
| Review Toni's liver function blood tests and her sleeping tablets | Dr Anil Singh, GP, Ashthorpe Health Centre | By 13/02/2026 | Results on the GP record and a letter to Megan |
| Help Toni complete a housing transfer application | Megan Lowe (SW) | By 30/01/2026 | Application reference number on file |
| Help Toni with her rent arrears and a full benefits check | Ashthorpe Money Advice Service | First appointment by 06/02/2026 | Payment plan agreed with the landlord and a copy on file |
| Go to the confidence and wellbeing group at Ashthorpe Women's Centre | Toni | Tuesdays, 10am, for 10 weeks from 20/01/2026 | Toni will feel more confident |
| Visit Leo and Maisie at home, and see Leo on his own | Megan Lowe (SW) | Every two weeks until the review conference | Visit records within 48 hours, with what the children said and did |
| Have Leo and Maisie to stay overnight | Sandra Grey (Nana) | Every Friday and Saturday night | Sandra's weekend diary, seen by Megan at each visit |
| Collect Leo from nursery at 12 noon and give both children their lunch at her house | Sandra Grey (Nana) | Every Tuesday and Thursday | Nursery collection log, and Sandra texts Megan when the children are home |
| Take Leo to nursery on Monday and Wednesday mornings | Donna Platt (friend) | Every Monday and Wednesday, 8.45am | Nursery register, sent to Megan every Friday |
| Send a new, complete speech and language referral for Leo | - | By 27/02/2026 | Appointment letter from Ashthorpe Children's Speech and Language Therapy |
| Apply for Maisie's funded two-year-old nursery place at Acorn Lane Nursery | Toni | - | Letter confirming Maisie's place and start date |

### If things don't improve

If things do not improve, or if there are any further concerns, the core group will meet to review
the safety plan and consider next steps.

### Core group and review

- Core group every four weeks at Ashthorpe Family Hub, Thursdays at 10am: 05/02/2026, 05/03/2026 and
  02/04/2026.
- Next review child protection conference: 23/04/2026 at 1pm, Ashthorpe Town Hall.

Plan agreed at the conference on 22/01/2026 and sent by Megan Lowe to Toni, Sandra, Donna and every
agency on 23/01/2026.
""",
    "findings": [
        F("M002", "Go to the confidence and wellbeing group at Ashthorpe Women's Centre"),
        F("W001", "Send a new, complete speech and language referral for Leo"),
        F("T001", "Apply for Maisie's funded two-year-old nursery place"),
        F("F001"),
        F("C002"),
        F("C003"),
        F("R002"),
    ],
})
