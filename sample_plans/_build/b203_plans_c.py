"""Batch 203, module c: seven fictional plans (held-out material), places beginning with "c".

Batch: 203. Letter: c. Split: heldout (every plan).

Everything here is made up: babies, children, parents, relatives,
professionals, hospitals, wards, adult services, courts, councils and
addresses. Any resemblance to real people, places or cases is a
coincidence. The labels were written by hand from docs/rules.md and the
conventions in sample_plans/README.md (conventions 1 to 13), without
running planlint or reading its code.

Focus: the situations the Child Z review found, written as real plans write
them, each plan in a template of its own and by a different hand (a social
worker with the neonatal unit, a hospital social worker, a conference chair
writing jointly with a perinatal mental health team, core group minutes, a
review conference chair, a letter to the parents, a transferring social
worker): a premature baby looked after while still on the neonatal unit,
with who visits her and how often and what must be in place before
discharge; a looked-after baby on a children's ward whom nobody is set to
visit; a mother with bipolar disorder after a mother and baby unit, whose
perinatal team is asked for its view of her capacity to change and how long
it will take; a household carried by a grandmother, an aunt and a friend
while the mother drinks; a review conference that hears nothing has
changed and sets the same plan again; a letter to parents after the legal
gateway panel starts pre-proceedings; and a family moving to another
council while the plan waits for them to arrive.

1. Carnhollow (docx, exemplary): child protection plan and discharge plan
   for a baby born at 30 weeks to a mother on methadone, accommodated
   under section 20 on the neonatal unit: details, her days on the unit,
   the parents' views, outcomes, then one table (No. / What needs to
   happen / Who / When / How we will know) in three banner-row parts:
   seeing Maisie on the unit, before she leaves the unit, after discharge
   to her grandmother's; a contingency for the grandmother's care failing,
   legal steps already taken and the next ones, weekly discharge planning
   meetings, core group and review dates.
2. Crennanby (pdf, header and footer): the hospital social worker's
   safeguarding plan for a 9-month-old on the children's ward with
   faltering growth and a rib fracture, accommodated under section 20
   until she is fit to leave, numbered sections and a Task / Lead / Target
   date / Evidence table. Faults: nobody is set to visit the looked-after
   baby at a stated frequency (the social worker rings the ward, the
   parents visit "as often as they can") (L001, and T002 on the parents'
   visits); "Professionals" sharing concerns (W002); the dietitian's
   feeding plan with no evidence (M001); the GP's medication review
   measured by "improvement in mood" (M002); an outcome about the mother
   only (F002).
3. Caulderstow (md, exemplary): review conference plan written jointly with
   the perinatal mental health team under the Care Programme Approach for
   a 16-week-old and her brother (3) after their mother's postpartum
   psychosis and a stay in a mother and baby unit: a table per outcome
   (Action / Lead / By when or how often / Evidence), the consultant's
   opinion on the mother's capacity to change and its likely timescale,
   the grandmother's mornings with a fallback, a relapse signature as the
   contingency.
4. Cleggsworth (txt): core group 2 minutes for a 2-year-old and an
   11-month-old whose mother drinks, carried by their grandmother, their
   aunt and a friend: numbered minutes then an action log. Faults: the
   aunt's overnight stays "when she can" (T002); "Family network" making sure
   a sober adult is there at bedtime (W002); the health visitor's weighing
   with "keep an eye on" as its only check (M002); the nursery's
   observations with no check (M001); no adult service owns any action
   although the mother's drinking is recorded (F004); the contingency
   does not say what happens if the relatives' help stops (C003); the
   review conference "to be arranged" (R001).
5. Chinnerwick (docx): review conference decision and plan for a
   20-month-old (neglect, faltering growth) whose mother has a learning
   disability and depression: the chair records that nothing has improved
   and the plan carries on as before, in an outcome-merged-down table.
   Faults: no legal planning although progress is insufficient (R002); a
   contingency that only reviews (C002); the community mental health
   team's fortnightly support (H001); an outcome about the mother only
   (F002); the home conditions row with no timescale (T001); a passive
   referral to the Portage service with "-" for its lead (W001); the
   family support worker's sessions measured by "engagement" (M002).
6. Cowperdale (pdf, header and footer, exemplary): a letter to the parents
   of a 4-year-old and a 7-month-old after the review conference found
   progress not enough and the legal gateway panel started pre-proceedings:
   what was decided, the pre-proceedings meeting, what Jayden said and
   Nova's day, then "What you will do and what we will do" (What / Who /
   When / How we will all know) with the father's drug service and the
   mother's learning disability team owning work, a fallback for Nan's
   help, and the court step after named triggers.
7. Cradwick (md): transfer-out summary and interim plan for a 10-week-old
   and a 2-year-old moving to another council (Callenshaw). Faults: the
   parenting assessment handed to the receiving council "within four weeks
   of the transfer-in conference" (X001); the mother's drug treatment
   keywork paused until Callenshaw's service takes her on "once the family
   are settled" (X001, T002); the health visitor's checks "monitored"
   (M002); no child's voice or observed day anywhere (F003); the
   transfer-in conference "date to be confirmed by Callenshaw" (R001).

Plans 1, 3 and 6 are exemplary: every action has a named owner, a real
timescale and something that can be seen, counted or read; every outcome
is about the child; each contingency has specific triggers and concrete
protective responses and says what happens if a relative's help fails;
each records the child's words or observed day, core group dates and a
dated review conference, and legal planning after named triggers; where a
parent is ill or uses drugs an adult service owns actions, and any adult
mental health row asks for the parent's capacity to change and its
timescale; the looked-after baby in hospital (plan 1) is visited by her
social worker twice a week.

Counting convention used for "actions" (README convention 1): each row of
an action table (banner rows excepted), each entry of an action log, each
row of a letter's "what you will do and what we will do" table counts
once. Details, chronologies, views, the baby's day, outcomes, agency
updates in minutes, the contingency, legal steps already taken, meeting
dates and distribution lists are not actions.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


def _band(text, ncols=5):
    return [text] + [H] * (ncols - 1)


# ---------------------------------------------------------------------------
# 1. Child protection plan and discharge plan for a looked-after baby on the
#    neonatal unit: one table in three banner-row parts. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b203_carnhollow_nnu_lac_baby_banner_parts_visits_discharge_pritchard.docx",
    "doc_title": "Child Protection Plan and Discharge Plan - Baby Maisie Pritchard",
    "split": "heldout",
    "actions": 16,
    "template": "cp-and-discharge-plan-docx-looked-after-baby-on-neonatal-unit-details-table-legal-status-why-maisie-has-a-plan-maisies-days-on-the-unit-parents-views-outcomes-then-one-no-what-needs-to-happen-who-when-how-we-will-know-table-in-three-banner-parts-seeing-maisie-on-the-unit-before-she-leaves-after-discharge-then-if-things-go-wrong-legal-steps-meetings",
    "description": (
        "Exemplary child protection plan and discharge plan, written by the social worker with the neonatal "
        "discharge coordinator after the initial conference, for a baby born at 30 weeks to a mother on a "
        "methadone script who used heroin in pregnancy; the baby was treated for neonatal abstinence "
        "syndrome and has been accommodated under section 20 on the neonatal unit since her mother came "
        "onto the unit intoxicated. The plan is to discharge her to her maternal grandmother, temporarily "
        "approved as a connected-person foster carer. One table (No. / What needs to happen / Who / When / "
        "How we will know) in three banner-row parts: seeing Maisie on the unit (the social worker twice a "
        "week, the IRO, each parent's and the grandmother's visits), what must be in place before she "
        "leaves (the Regulation 24 assessment, competencies, the recovery service's report on the "
        "mother's capacity to change, the discharge summary), and after discharge. Her observed days on "
        "the unit are her voice; the contingency covers the grandmother's care failing, the parents "
        "withdrawing consent and a positive test, with the legal steps after named triggers; weekly "
        "discharge planning meetings, core group and review conference dates are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan and Discharge Plan"),
        ("p", "Carnhollow Borough Council, Children's Social Care, with the Neonatal Unit, Carnhollow General "
              "Hospital. Written by Gemma Rowntree (social worker) with Sister Ruth Akinola (neonatal discharge "
              "coordinator) after the initial child protection conference on 08/01/2026, and agreed with "
              "Kayleigh, Liam and Sandra on the unit on 09/01/2026."),
        ("table", {
            "rows": [
                ["Baby", "Maisie Pritchard, born 02/12/2025 at 30 weeks and 4 days (corrected age at the "
                         "conference: 35 weeks and 6 days)"],
                ["Where Maisie is now", "Cot 4, Nursery 3 (special care), Neonatal Unit, Carnhollow General "
                                        "Hospital"],
                ["Legal status", "Looked after under section 20 of the Children Act 1989 since 19/12/2025, with "
                                 "the agreement of both parents, who keep parental responsibility"],
                ["Mother", "Kayleigh Pritchard (23), 14 Ferris Court, Carnhollow CN2 7LB"],
                ["Father", "Liam Doyle (26), named on the birth certificate; lives with his mother at 9 Anchor "
                           "Lane, Carnhollow"],
                ["Maternal grandmother", "Sandra Pritchard (49), 31 Gorse Road, Carnhollow CN3 1QS; "
                                         "temporarily approved as Maisie's connected-person foster carer from "
                                         "discharge"],
                ["Category", "Neglect"],
                ["Social worker", "Gemma Rowntree, Carnhollow Assessment and Safeguarding Team (team manager: "
                                  "Alison Freer)"],
                ["Hospital social worker", "Dawn Ekwueme, Carnhollow General Hospital"],
                ["Independent reviewing officer", "Philip Marsh"],
                ["Conference chair", "Yvonne Castle, Carnhollow Safeguarding Unit"],
            ],
            "widths": [4.5, 12.5],
            "bold_first_col": True,
        }),
        ("h1", "Why Maisie has a plan"),
        ("p", "Kayleigh used heroin for most of her pregnancy and was started on a methadone script by "
              "Carnhollow Recovery Service at 24 weeks. Maisie was born early and needed morphine for neonatal "
              "abstinence syndrome until 28/12/2025. In her first two weeks Kayleigh came to the unit four "
              "times. On 18/12/2025 she arrived at 11pm unsteady, slurring and with pinned pupils, and tried to "
              "lift Maisie out of her incubator; security were called. The next day Kayleigh and Liam agreed "
              "that Maisie should be looked after under section 20 while she is in hospital. A legal planning "
              "meeting on 06/01/2026 agreed that the threshold for care proceedings is met, and a letter before "
              "proceedings was sent to both parents on 07/01/2026."),
        ("h1", "Maisie's days on the unit"),
        ("p", "The nurses who look after Maisie describe her days. She weighed 1.92 kg on 07/01/2026 (1.41 kg at "
              "birth) and takes most feeds by bottle, with top-ups by nasogastric tube at night. She feeds "
              "three-hourly and tires after about 40 ml. She startles at the monitor alarms and at loud voices, "
              "and settles fastest skin to skin: the nurses have seen her heart rate and breathing slow within a "
              "few minutes when Sandra holds her. When nobody has come by the afternoon she is held by the "
              "nurses or the unit's volunteer cuddler, and the play specialist has noticed she now follows a "
              "face with her eyes. On the days Kayleigh has come, Maisie was fed and changed by her with a "
              "nurse beside her, and the nurses noted that Kayleigh talked to her all through the feed."),
        ("h1", "What Kayleigh, Liam and Sandra say"),
        ("p", "Kayleigh said: \"I know I messed up that night. I want to be her mum properly, and I'll do the "
              "tests.\" She agrees Maisie should go to Sandra's first. Liam said he wants to learn to feed her "
              "and \"not just be the dad who turns up at Christmas\". Sandra said: \"She's my granddaughter. I "
              "did it for Kayleigh and I'll do it for her, but I need to know Kayleigh won't turn up in a state "
              "at my door.\""),
        ("h1", "What we want for Maisie"),
        ("numbers", [
            "Maisie is seen by the people who are responsible for her at least twice a week while she is in "
            "hospital, and has family with her every day.",
            "Maisie leaves the unit only when she is feeding well, gaining weight, and going to a carer who "
            "has shown the nurses they can feed her, settle her and put her to sleep safely.",
            "Maisie grows and develops well at Sandra's: she gains weight along her centile, goes to every "
            "follow-up appointment and is never cared for by an adult who is under the influence of drugs.",
            "Maisie keeps a close bond with Kayleigh and Liam through daily and weekly contact, and a "
            "decision about where she will live long term is made by the time she is six months old.",
        ]),
        ("h1", "The plan"),
        ("p", "Parts A and B apply while Maisie is on the unit. Part C starts on the day she is discharged. "
              "\"Cares chart\" is the unit's record of who fed, changed and held Maisie at each feed."),
        ("table", {
            "header": ["No.", "What needs to happen", "Who", "When", "How we will know"],
            "widths": [1.1, 6.2, 3.3, 3.0, 3.4],
            "rows": [
                _band("A. Seeing Maisie while she is on the unit"),
                ["A1",
                 "Visit Maisie on the unit, see her fed and handled, read her cares chart and talk to the nurse "
                 "in charge about her weight and who has visited",
                 "Gemma Rowntree, social worker",
                 "Twice a week (Tuesdays and Fridays) until discharge",
                 "Visit record on CarnLink within 24 hours, with Maisie's weight and the visits logged in the "
                 "unit's visitors' book"],
                ["A2",
                 "Visit Maisie on the unit and meet Sandra before chairing Maisie's first looked-after review",
                 "Philip Marsh, independent reviewing officer",
                 "Before the looked-after review on 16/01/2026",
                 "Review record sent to the parents, Sandra and Gemma within 5 working days"],
                ["A3",
                 "Come to the unit every morning, do Maisie's cares and give two feeds with a nurse beside her",
                 "Kayleigh Pritchard (Mum)",
                 "Every day, 10am to 1pm",
                 "Cares chart and parent visiting log signed by the nurse in charge; copy sent to Gemma each "
                 "Friday"],
                ["A4",
                 "Come to the unit, hold Maisie skin to skin and learn her bottle and tube feeds from the nurses",
                 "Sandra Pritchard (maternal grandmother)",
                 "Monday, Wednesday and Saturday, 2pm to 5pm",
                 "Visitors' book and cares chart; Sandra's feeding competencies signed off one by one"],
                ["A5",
                 "Come to the unit with Sandra and give Maisie her 3pm feed",
                 "Liam Doyle (Dad)",
                 "Every Sunday, 2pm to 4pm",
                 "Visitors' book signed by Liam and Sandra; the nurse notes the feed on the cares chart"],
                ["A6",
                 "Ring Gemma (or the Emergency Duty Team after 5pm) if a parent misses a planned visit or comes "
                 "to the unit appearing under the influence, and ask them to leave the nursery",
                 "Sister Ruth Akinola, for the nurse in charge of each shift",
                 "The same day, within the hour",
                 "Call and the nurse's observations written in Maisie's nursing notes and on CarnLink"],
                _band("B. Before Maisie leaves the unit"),
                ["B1",
                 "Complete the connected-person (Regulation 24) assessment of Sandra and put it to the agency "
                 "decision maker",
                 "Nadia Osei, Carnhollow Kinship Team",
                 "By 23/01/2026",
                 "Regulation 24 report and the agency decision maker's written approval on Maisie's file"],
                ["B2",
                 "Check Sandra's home is ready for Maisie: a cot by Sandra's bed, smoke alarm working, no smoking "
                 "indoors, and nobody who uses drugs living at or staying at the address",
                 "Gemma Rowntree, social worker",
                 "By 23/01/2026",
                 "Home safety checklist signed by Sandra and Gemma; police and CarnLink checks on every adult at "
                 "the address returned clear"],
                ["B3",
                 "Teach Sandra and Kayleigh each to feed, bath, settle and take the temperature of Maisie, safe "
                 "sleep, and basic life support for a baby",
                 "Sister Ruth Akinola, neonatal discharge coordinator",
                 "Before discharge",
                 "Each carer's parent competency booklet signed off in full by a neonatal nurse"],
                ["B4",
                 "Weekly key-work with Kayleigh, supervised methadone and fortnightly urine tests, and a written "
                 "report to each core group on her drug use, whether she is making the changes Maisie needs and "
                 "how long any further change is likely to take",
                 "Tom Barraclough, recovery worker, Carnhollow Recovery Service",
                 "Weekly; a report one week before each core group",
                 "Test results and the written report shared with Gemma; clear tests from 19/12/2025 onwards"],
                ["B5",
                 "Arrange a hair strand test for Kayleigh for heroin, cocaine and alcohol covering the last three "
                 "months",
                 "Gemma Rowntree, social worker",
                 "Sample taken by 16/01/2026; result by 30/01/2026",
                 "Laboratory report on file and shared with Kayleigh, her solicitor and the core group"],
                ["B6",
                 "Write Maisie's discharge summary with her feeding plan, weight, hearing and eye screening "
                 "results and follow-up appointments",
                 "Dr Helen Castle, consultant neonatologist",
                 "On the day of discharge",
                 "Discharge summary sent to the GP, the health visitor, Sandra and Gemma the same day"],
                _band("C. After Maisie is discharged to Sandra's"),
                ["C1",
                 "First visit to Maisie at Sandra's, then weighing and a check of her feeding and sleep at home",
                 "Jo Whitlam, health visitor, Carnhollow Health Visiting Team",
                 "Within 48 hours of discharge, then weekly until 12 weeks' corrected age",
                 "Weights plotted on the preterm chart in the red book; Maisie stays on or above the 9th "
                 "centile"],
                ["C2",
                 "Visit Maisie at Sandra's, see her awake and being fed, and see where she sleeps",
                 "Gemma Rowntree, social worker",
                 "Weekly for six weeks after discharge, then every two weeks until the review conference",
                 "Visit records on CarnLink within 24 hours; Maisie seen at every visit"],
                ["C3",
                 "Supervise Kayleigh's contact with Maisie at Sandra's home, and end the contact if Kayleigh "
                 "appears under the influence",
                 "Sandra Pritchard (maternal grandmother)",
                 "Every day, 10am to 1pm, from discharge",
                 "Contact log kept by Sandra, read by Gemma at each visit"],
                ["C4",
                 "Take Maisie to her neonatal follow-up clinic and her eye screening appointments",
                 "Sandra Pritchard (maternal grandmother)",
                 "At each appointment listed in the discharge summary, the first within 6 weeks of discharge",
                 "Clinic letters to Gemma and the GP; no appointment missed"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Kayleigh or Liam withdraw their agreement to section 20, or anyone tries to take Maisie from "
            "the unit: the nurse in charge calls the police on 999 and hospital security, and rings Gemma or "
            "the Emergency Duty Team. Alison Freer (team manager) will apply for an emergency protection order "
            "the same day.",
            "If Kayleigh has a positive test for heroin, cocaine or street methadone, or comes to the unit or to "
            "Sandra's under the influence: her contact goes back to the unit or the family centre, supervised "
            "by staff, and Alison Freer will hold a legal planning meeting within 5 working days to decide "
            "whether to issue care proceedings.",
            "If Sandra's assessment is not approved, or Sandra becomes unable to care for Maisie (illness, or "
            "she cannot keep Kayleigh from the house when she is under the influence): Maisie will go from the "
            "unit, or from Sandra's, to Carnhollow foster carers Mr and Mrs Hallam, who are approved and have "
            "a cot held for her until 28/02/2026. Gemma will tell the parents the same day, and contact moves "
            "to the family centre.",
            "If Maisie is unwell after discharge, Sandra rings the neonatal outreach team (open 8am to 8pm) or "
            "999, and lets Gemma know the same day.",
        ]),
        ("h1", "Legal steps"),
        ("p", "Done: legal planning meeting on 06/01/2026; letter before proceedings sent 07/01/2026. Next: the "
              "pre-proceedings meeting on 20/01/2026 at Carnhollow Civic Centre, with both parents and their "
              "solicitors. If by the pre-proceedings review on 14/04/2026 Kayleigh has not had clear tests "
              "throughout, or either parent has not kept to contact, Alison Freer will take Maisie's case back "
              "to a legal planning meeting to decide whether to issue care proceedings."),
        ("h1", "Meetings"),
        ("bullets", [
            "Discharge planning meeting every Thursday at 2pm on the unit, chaired by Dawn Ekwueme, from "
            "15/01/2026 until discharge.",
            "First looked-after review: 16/01/2026, chaired by Philip Marsh.",
            "Core group every four weeks: 22/01/2026 (on the unit), 19/02/2026 and 19/03/2026, 10am.",
            "Review child protection conference: 01/04/2026 at 1.30pm, Carnhollow Civic Centre.",
        ]),
        ("p", "Copies to Kayleigh, Liam, Sandra, the neonatal unit, Carnhollow Recovery Service, the health "
              "visitor, the GP, the Kinship Team and the independent reviewing officer."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. The hospital social worker's safeguarding plan for a looked-after baby on
#    the children's ward: numbered sections and a Task / Lead / Target date /
#    Evidence table. Page header and footer. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b203_crennanby_childrens_ward_hospital_sw_task_lead_target_evidence_atherton.pdf",
    "doc_title": "Safeguarding Plan while in Hospital - Ruby-Mae Atherton",
    "split": "heldout",
    "actions": 11,
    "min_pages": 2,
    "header": "OFFICIAL-SENSITIVE · Crennanby Royal Infirmary · Hospital Social Work Team",
    "footer": "Ruby-Mae Atherton · Safeguarding plan while in hospital, 14/01/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "hospital-social-worker-safeguarding-plan-paged-header-footer-numbered-sections-details-kv-reason-for-admission-ruby-mae-on-the-ward-parents-views-outcomes-then-task-lead-target-date-evidence-of-completion-table-then-contingency-meetings",
    "description": (
        "The hospital social worker's safeguarding plan, written with the local authority social worker "
        "after the initial conference held at the hospital, for a 9-month-old girl on the children's ward "
        "with faltering growth (from the 25th to below the 0.4th centile) and a healing rib fracture found "
        "on a skeletal survey that her parents cannot explain; she is accommodated under section 20 and "
        "will stay on the ward until she is medically fit, then go to foster carers. Her mother has "
        "postnatal depression treated by the GP. Numbered sections, her days on the ward as the nurses see "
        "them, then a Task / Lead / Target date / Evidence of completion table. Faults: nobody is set to "
        "visit the looked-after baby at a stated frequency (the social worker rings the ward daily, the "
        "parents visit 'as often as they can'); 'Professionals' sharing concerns; the dietitian's feeding "
        "plan with '-' for evidence; the GP's medication review evidenced by 'improvement in Chantelle's "
        "mood'; and an outcome about the mother only."
    ),
    "blocks": [
        ("title", "Safeguarding Plan while in Hospital"),
        ("p", "Child protection plan for Ruby-Mae while she is an inpatient on Ward 7 (Children's Ward), "
              "Crennanby Royal Infirmary. Written by Marcia Bellamy, hospital social worker, with Ryan Tierney, "
              "Crennanby City Council Family Safeguarding Team, after the initial child protection conference "
              "held at the hospital on 12/01/2026. This plan will be replaced by a community plan when "
              "Ruby-Mae is discharged."),
        ("h1", "1. Details"),
        ("kv", [
            ("Child", "Ruby-Mae Atherton, born 11/04/2025 (9 months)"),
            ("Ward", "Ward 7 (Children's Ward), bay 2, Crennanby Royal Infirmary; admitted 27/12/2025"),
            ("Legal status", "Accommodated under section 20 since 05/01/2026, with the agreement of both parents. "
                             "Ruby-Mae will stay on the ward until she is medically fit and then move to foster "
                             "carers."),
            ("Mother", "Chantelle Atherton (20), 6 Brindle Walk, Crennanby CR5 2DA"),
            ("Father", "Josh Reilly (22), same address; nights at a distribution centre"),
            ("Maternal grandmother", "Linda Atherton, Crennanby"),
            ("Category", "Physical abuse"),
            ("Consultant", "Dr Simon Achebe, consultant paediatrician"),
            ("Social worker", "Ryan Tierney (team manager: Carl Whitby)"),
            ("Hospital social worker", "Marcia Bellamy"),
        ]),
        ("h1", "2. Reason for admission and the safeguarding concerns"),
        ("p", "Ruby-Mae was brought to the emergency department on 27/12/2025 by her mother because she was "
              "\"floppy and not finishing her bottles\". She weighed 6.1 kg; at her 8-week check she was on the "
              "25th centile, and she is now below the 0.4th. She had missed her 6-month review and two weight "
              "checks with the health visitor. A skeletal survey on 30/12/2025 found a healing fracture of her "
              "left seventh rib, thought to be two to four weeks old. Neither parent can say how it happened. "
              "A strategy discussion was held on 30/12/2025 and police and children's social care are making "
              "joint enquiries. Chantelle was diagnosed with postnatal depression by her GP in August 2025 and "
              "takes sertraline; she said she has \"stopped going out\" since the autumn."),
        ("h1", "3. Ruby-Mae on the ward"),
        ("p", "The nurses on Ward 7 say that in the first days Ruby-Mae lay very still in her cot and did not "
              "cry for feeds; she now cries when she is hungry and finishes most of her bottles. She has gained "
              "380 g in two weeks. She watches the door of the bay and reaches for the play specialist, and she "
              "babbles and laughs at peek-a-boo. She flinches when her nappy is changed on her left side. When "
              "Josh visits she smiles at him; with Chantelle she is quieter and looks away during feeds."),
        ("h1", "4. What Chantelle and Josh say"),
        ("p", "Chantelle said: \"I've not been right since she was born. I didn't know she wasn't getting "
              "enough, I thought she was just a good baby.\" Josh said he does not know how Ruby-Mae's rib was "
              "hurt and that he wants her home \"as soon as they let us\". Both agreed to section 20 and to the "
              "plan below."),
        ("h1", "5. Outcomes"),
        ("numbers", [
            "Ruby-Mae gains weight steadily and is back on or near the 9th centile by the review conference.",
            "We know how Ruby-Mae's rib was broken, and she is cared for only by adults who can keep her safe "
            "from injury.",
            "Chantelle's depression is treated and her mood improves.",
        ]),
        ("h1", "6. Safeguarding plan while Ruby-Mae is in hospital"),
        ("table", {
            "header": ["Task", "Lead", "Target date", "Evidence of completion"],
            "widths": [6.4, 3.6, 3.0, 4.0],
            "rows": [
                ["Ring the ward for an update on Ruby-Mae's feeding, weight and who has visited, and join the "
                 "discharge planning meeting by Teams",
                 "Ryan Tierney, social worker",
                 "Daily phone call (weekdays)",
                 "Call noted on the case record with Ruby-Mae's weight"],
                ["Visit Ruby-Mae on Ward 7 and give her feeds with the nurses' help",
                 "Chantelle and Josh",
                 "As often as they can",
                 "Ward visiting log"],
                ["Supervise each parent's time with Ruby-Mae on the ward and write down how they feed, hold and "
                 "respond to her",
                 "Sister Amy Doyle, ward manager, Ward 7",
                 "At every parental visit",
                 "Contact observation sheets sent to Ryan each Friday"],
                ["Draw up a high-energy feeding plan for Ruby-Mae with the ward nurses",
                 "Laura Fenwick, paediatric dietitian",
                 "By 16/01/2026",
                 "-"],
                ["Complete the child protection medical report with the radiologist's opinion on the age and "
                 "likely cause of the rib fracture",
                 "Dr Simon Achebe, consultant paediatrician",
                 "By 23/01/2026",
                 "Written report sent to Ryan and DC Pike"],
                ["Interview Chantelle and Josh about how Ruby-Mae's rib was fractured",
                 "DC Hannah Pike, Crennanby Police Child Abuse Investigation Unit",
                 "By 30/01/2026",
                 "Interview records on the police file; the outcome told to Ryan the same day"],
                ["Send Ruby-Mae's growth charts and the record of missed contacts to Dr Achebe",
                 "Nicola Stead, health visitor, Crennanby Health Visiting Service",
                 "By 16/01/2026",
                 "Records received and filed in Ruby-Mae's hospital notes"],
                ["Review Chantelle's antidepressant medication and offer a referral to Crennanby Talking "
                 "Therapies",
                 "Dr Farah Iqbal, GP, Crennanby Road Surgery",
                 "By 30/01/2026",
                 "Improvement in Chantelle's mood"],
                ["Find foster carers for Ruby-Mae within 10 miles of Crennanby, and arrange for them to meet her "
                 "on the ward before she leaves",
                 "Joanne Kerr, Crennanby Fostering Placements Team",
                 "By 23/01/2026",
                 "Placement plan signed; foster carers' names given to the ward"],
                ["Share any concern about Ruby-Mae's care, or the parents' presentation on the ward, with Ryan",
                 "Professionals",
                 "Same day",
                 "Concern written on the ward safeguarding log and e-mailed to Ryan"],
                ["Start a parenting assessment of Chantelle and Josh, including how they respond to Ruby-Mae's "
                 "feeding cues",
                 "Ryan Tierney, social worker",
                 "Start 19/01/2026; report by 13/03/2026",
                 "Assessment report shared with the parents and the core group"],
            ],
        }),
        ("h1", "7. Contingency"),
        ("bullets", [
            "If either parent withdraws agreement to section 20, or tries to take Ruby-Mae from the ward: the "
            "nurse in charge calls hospital security and the police on 999, and rings Ryan or the Emergency Duty "
            "Team. Carl Whitby (team manager) will apply for an emergency protection order that day.",
            "If the medical report concludes that the fracture was probably inflicted, or Ruby-Mae loses weight "
            "on the ward after her feeding plan starts, Carl Whitby will hold a legal planning meeting within 2 "
            "working days.",
            "If a parent comes onto the ward under the influence or is aggressive, the nurse in charge asks "
            "them to leave, calls security, and the next visit only goes ahead with Ryan present.",
        ]),
        ("h1", "8. Meetings"),
        ("bullets", [
            "Discharge planning meeting on Ward 7 when Dr Achebe says Ruby-Mae is medically fit, chaired by "
            "Marcia Bellamy.",
            "Core group every four weeks: 26/01/2026 (on Ward 7), 23/02/2026 and 23/03/2026, 2pm.",
            "Review child protection conference: 07/04/2026 at 10am, Crennanby Civic Centre.",
        ]),
        ("p", "Distribution: Chantelle Atherton, Josh Reilly, Ward 7, Dr Achebe, Crennanby Road Surgery, "
              "Crennanby Health Visiting Service, DC Pike, the Fostering Placements Team."),
    ],
    "findings": [
        F("L001"),
        F("T002", "Visit Ruby-Mae on Ward 7 and give her feeds"),
        F("M001", "Draw up a high-energy feeding plan for Ruby-Mae"),
        F("M002", "Review Chantelle's antidepressant medication and offer a referral"),
        F("W002", "or the parents' presentation on the ward, with Ryan"),
        F("F002", "Chantelle's depression is treated and her mood improves."),
    ],
})


# ---------------------------------------------------------------------------
# 3. Review conference plan written jointly with the perinatal mental health
#    team under the Care Programme Approach: a table per outcome. Exemplary
#    (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b203_caulderstow_joint_cpa_review_plan_table_per_outcome_fairweather.md",
    "split": "heldout",
    "actions": 11,
    "template": "joint-rcpc-and-cpa-plan-md-one-plan-for-both-services-details-table-what-happened-since-the-conference-leahs-illness-in-her-words-esmes-day-rubens-words-outcomes-each-an-h3-with-action-lead-by-when-or-how-often-evidence-table-then-relapse-signature-contingency-if-family-help-stops-legal-meetings",
    "description": (
        "Exemplary plan written by the conference chair after the first review conference, jointly with "
        "the perinatal mental health team so that it is also the parenting part of the mother's Care "
        "Programme Approach care plan, for a 16-week-old girl and her 3-year-old brother. Their mother has "
        "bipolar disorder and had postpartum psychosis five days after the birth (she walked out with the "
        "baby at 3am believing she had been swapped); she spent seven weeks with the baby in a mother and "
        "baby unit. The maternal grandmother comes every weekday morning and the paternal aunt two "
        "afternoons a week. Each outcome is a heading with an Action / Lead / By when or how often / "
        "Evidence table; the care coordinator reports on the mother's capacity to change and the consultant "
        "gives a written opinion on the steps and likely timescale; the contingency is the mother's relapse "
        "signature with same-day responses, what happens if the relatives cannot come, and a legal planning "
        "meeting after named triggers."
    ),
    "text": """\
# Caulderstow Council Children's Services and Caulderstow Perinatal Mental Health Team

## Joint child protection plan and CPA parenting plan: Esme and Ruben Fairweather

Agreed at the first review child protection conference on 12/02/2026 at Caulderstow House. Written by
Priya Natarajan (conference chair) with Sunita Rao (Leah's care coordinator) and Tom Haworth (social
worker), so that one plan serves as Esme's and Ruben's child protection plan and as the parenting section
of Leah's Care Programme Approach (CPA) care plan. Both services work from this copy; there is no separate
version.

| | |
|---|---|
| **Children** | Esme Fairweather, born 22/09/2025 (16 weeks); Ruben Fairweather, born 04/11/2022 (3) |
| **Home** | 17 Kestrel Rise, Caulderstow CD6 4NW |
| **Parents** | Leah Fairweather (31) and Owen Fairweather (34, self-employed electrician) |
| **Family who help** | Carol Hewitt (Leah's mum, "Nana Carol"), 2 Sedge Lane, ten minutes' walk; Bethan Fairweather (Owen's sister) |
| **Category** | Neglect (risk from Leah's mental illness when unwell). The plan continues. |
| **Social worker** | Tom Haworth, Caulderstow Children and Families Team (team manager: Deborah Clegg) |
| **Care coordinator** | Sunita Rao, community psychiatric nurse, Caulderstow Perinatal Mental Health Team |
| **Consultant** | Dr Maeve Lennon, consultant perinatal psychiatrist |
| **Health visitor** | Amelia Grant, specialist health visitor (perinatal and infant mental health) |

### What has happened since the initial conference

Leah has bipolar affective disorder, diagnosed in 2019. Five days after Esme was born she became
psychotic: on 29/09/2025 Owen woke at 3am to find Leah and Esme gone, and the police found them on the
ring road in the rain, Esme in a sleepsuit and no coat; Leah said Esme "wasn't the right baby". Leah and
Esme were admitted to Linden Ward, Caulderstow Mother and Baby Unit, from 01/10/2025 to 19/11/2025. The
initial conference on 20/11/2025 made a child protection plan.

Since then Leah has taken her lithium and quetiapine every evening (Owen watches her take them, and her
lithium levels have been in range at all four blood tests). She has had no psychotic symptoms since
late October. She sleeps from 10pm to 6am while Owen does the night feed. Carol has come every weekday
morning. Sunita's reports to the core group say that Leah recognises her early warning signs and has
written her own relapse signature, and that she has not yet cared for both children on her own for a
full day.

### Leah's illness, in her words

"I know what it looks like now when I'm going. I stop sleeping, I get the ideas, I think everyone's
talking about me. Owen knows too. I want to be the one who looks after them, but not before I'm ready,
and not if I'm going to frighten them again."

### Esme's day

Amelia Grant and Tom have watched Esme at home at different times of day. She wakes at about 6am and
Owen gives her the first bottle. She smiles and coos at Leah, and Leah talks back to her and waits for her
to answer; Amelia saw Leah notice when Esme was tired and take her up for a nap. Esme is on the 50th
centile for weight. She cries hard when the dog barks and settles quickly when Nana Carol walks her round
the kitchen. She sleeps in a cot in her parents' room.

### What Ruben says

Ruben told Tom, with his toy tiger "Stripes" doing the talking: "Mummy was in the baby hospital. Now she's
home. Nana makes the porridge." When asked what Stripes would do if Mummy was poorly, Ruben said "Tell
Daddy. Or Nana." He goes to nursery four days a week and told his key person that "Esme is my sister and
she's smelly".

### What we want for Esme and Ruben, and how we will get there

Each outcome has its own actions. "Evidence" says what someone will see, count or read.

### Outcome 1: Esme and Ruben are always cared for by an adult who is well enough to look after them, and are never alone with Leah while she is unwell

| Action | Lead | By when / how often | Evidence |
|---|---|---|---|
| Home visit to see Leah with the children: review her mental state and relapse signature, arrange her lithium blood test, and write to each core group on whether she is making the changes needed to care for Esme and Ruben on her own, and how long that is likely to take | Sunita Rao, care coordinator, Caulderstow Perinatal Mental Health Team | Weekly; written report one week before each core group | Written report to Tom and the core group; lithium level in range at each test |
| Written opinion on Leah's prognosis: the steps she still needs to take, whether she can take them, and the likely timescale before she can care for both children alone for a full day and overnight | Dr Maeve Lennon, consultant perinatal psychiatrist | By 27/03/2026 | Opinion sent to Tom, Leah, Owen and the core group, and read at the review conference |
| Take lithium and quetiapine at 9pm as prescribed, with Owen there, so that Leah stays well enough to care for Esme and Ruben | Leah Fairweather | Every evening at 9pm | Dosette box checked by Sunita at each weekly visit; blood levels in range |
| Be with Leah and the children from breakfast until lunch, and take Ruben to nursery | Carol Hewitt (Nana Carol) | Every weekday, 7.30am to 12.30pm | Family rota on the fridge signed each day; Tom reads it at each visit |
| Be with Leah and the children in the afternoons now that Owen is back at work part-time | Bethan Fairweather (paternal aunt) | Tuesday and Thursday, 12.30pm to 5.30pm, from 03/02/2026 | Family rota signed each afternoon; Tom reads it at each visit |

### Outcome 2: Esme keeps growing well, and she and Leah have a warm, responsive relationship

| Action | Lead | By when / how often | Evidence |
|---|---|---|---|
| Do Esme's night feed so that Leah sleeps from 10pm to 6am, a key part of keeping her well for the children | Owen Fairweather | Every night | Feeding chart kept by Owen, seen by Amelia at each visit; Leah's sleep diary read by Sunita |
| Weigh Esme at home and watch a feed and a play time with Leah, then the ASQ-3 at six months | Amelia Grant, specialist health visitor | Every two weeks until Esme is 6 months old; ASQ-3 in March 2026 | Weights plotted in the red book, staying near the 50th centile; ASQ-3 scores in the typical range, shared at the core group |
| Eight sessions of video interaction guidance with Leah and Esme, and a report on how Leah reads and responds to Esme's cues and whether more change is likely in Esme's first year | Dr Ffion Amos, clinical psychologist, Caulderstow Parent-Infant Relationship Service | Weekly from 19/02/2026; report by 23/04/2026 | Report shared with Tom, Sunita and the core group |

### Outcome 3: Ruben feels safe, keeps his routine at nursery and understands, in words he can use, what happens when Mummy is poorly

| Action | Lead | By when / how often | Evidence |
|---|---|---|---|
| Check Ruben is in by 9.15am, note how he is and anything he says about home, and ring Tom the same day if he is not in or says something worrying | Mrs Jan Okoro, manager and DSL, Caulderstow Little Acorns Nursery | Every nursery day (Monday to Thursday) | Attendance and wellbeing log e-mailed to Tom each Friday; attendance 90% or more |
| See Esme and Ruben at home, and talk to Ruben on his own with Stripes; one visit in three unannounced | Tom Haworth, social worker | Every two weeks until the next review conference | Visit records within 2 working days, with Ruben's words and how each child was |
| Make a "When Mummy is poorly" picture book with Ruben, Leah and Owen, saying who looks after him and who he can tell | Tom Haworth, social worker, with Sunita Rao | By 13/03/2026 | Ruben's book at home; Ruben can tell Tom who to go to when Mummy is poorly |

### If Leah becomes unwell: her relapse signature and what happens

Leah, Owen and Carol each have a copy of this part.

- **Early signs** (Leah sleeping less than five hours for two nights running, talking fast, spending money
  she does not have, or missing a dose): Owen or Carol rings Sunita the same day (or the Caulderstow Crisis
  Team, 24 hours, out of hours), and Sunita or the crisis team sees Leah within 24 hours. Leah is not left
  alone with Esme or Ruben until then: Owen stays home, or Carol stays overnight.
- **Psychotic signs** (Leah says Esme is not hers, hears or sees things others do not, or tries to leave
  the house with a child at night): Owen or Carol rings 999 and the crisis team. The children stay with
  Owen, or with Carol if Owen is not there, and Tom (or the Emergency Duty Team) holds a strategy
  discussion with the police and the perinatal team the same day. If Leah needs admission, Dr Lennon
  decides with the Mother and Baby Unit whether Esme goes with her.
- **If Carol or Bethan cannot come** (illness, holidays, or if either finds it too much): they tell Owen the
  night before, or as early as they can; Owen does not go to work that day. If neither Owen nor another
  family adult can be there, Owen rings Tom, and a family support worker from Caulderstow Family Support
  Service, on standby for this family, is with Leah and the children for the day. If the family help stops
  for more than a week, the core group meets within 5 working days to agree a new rota.
- **Legal planning:** if Leah has care of the children alone while she has psychotic signs, or Owen
  does not follow this part of the plan, or Dr Lennon's opinion is that Leah will not be able to care for
  the children within Esme's first year and the family cannot cover the gap, Deborah Clegg (team manager)
  will hold a legal planning meeting within 5 working days.

### Meetings

- Core group (joined with Leah's CPA review each time): every four weeks on Thursdays at 10am at 17 Kestrel
  Rise: 05/03/2026, 02/04/2026, 30/04/2026, 28/05/2026, 25/06/2026 and 23/07/2026.
- Review child protection conference: 11/08/2026 at 10am, Caulderstow House.

Copies: Leah, Owen, Carol, Bethan, Caulderstow Perinatal Mental Health Team, Caulderstow Little Acorns
Nursery, the health visitor, the GP (Caulderstow Medical Centre) and the Parent-Infant Relationship Service.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Core group 2 minutes for two small children whose mother drinks, carried
#    by their grandmother, aunt and a family friend: numbered minutes, then an
#    action log. Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b203_cleggsworth_core_group_minutes_family_rota_action_log_hollis.txt",
    "split": "heldout",
    "actions": 10,
    "template": "core-group-2-minutes-txt-caps-heading-meeting-details-present-with-initials-key-numbered-minutes-last-actions-agency-updates-childrens-lived-experience-jodies-views-the-family-rota-scaling-outcomes-contingency-next-meetings-then-action-log-ref-action-lead-by-check-lines",
    "description": (
        "Minutes of the second core group for a 2-year-old boy and an 11-month-old girl whose mother drinks "
        "vodka (the boy was found in the street in his pyjamas while she was asleep drunk). The plan rests "
        "on the maternal grandmother's mornings, an aunt's evenings and weekend nights and a family friend's "
        "nursery runs. Numbered minutes with an initials key (agency updates, the children's days, Jodie's "
        "views, the family rota, scaling, outcomes, contingency, next meetings) and then an action log with "
        "Lead / By / Check lines. Faults: the aunt's overnight stays 'when she can'; 'Family network' making "
        "sure a sober adult is there at bedtime; the health visitor's weighing checked only by 'HV will keep "
        "an eye on her weight'; the nursery's daily notes with no check; the mother's drinking recorded but "
        "no adult service owns any action (she is only to book herself in); the contingency does not say "
        "what happens if the relatives' help stops; and the review conference 'to be arranged'."
    ),
    "text": """\
CLEGGSWORTH METROPOLITAN BOROUGH COUNCIL - CHILDREN'S SOCIAL CARE
CORE GROUP MEETING - MINUTES AND ACTION LOG

Children:      Alfie HOLLIS, born 03/10/2023 (2)
               Mia HOLLIS, born 17/02/2025 (11 months)
Address:       22 Tanners Row, Cleggsworth CG4 8HT
Plan:          Child protection plan since 27/11/2025 (neglect)
Meeting:       Core group 2, Tuesday 13/01/2026, 1.30pm, Cleggsworth Family Hub
Minutes by:    Lorraine Cope, business support

1. PRESENT AND APOLOGIES
   RK   Ruth Kelsall, social worker (chair), Cleggsworth Safeguarding Team
   SR   Sue Rimmer, health visitor, Cleggsworth 0-19 Service
   FS   Farida Shah, manager and DSL, Cleggsworth Little Steps Nursery
   MT   Mark Tulley, housing officer, Cleggsworth Homes
   JH   Jodie Hollis, mum
   PH   Pauline Hollis, maternal grandmother
   KB   Kirsty Barnes, maternal aunt
   Apologies: Dr Anand (GP, Cleggsworth Moor Surgery); Donna Pryce (family friend), who sent a message
   through Jodie.

2. ACTIONS FROM CORE GROUP 1 (09/12/2025)
   - Stair gate fitted by Jodie's brother on 14/12/2025: done.
   - Nursery place for Alfie increased to five mornings from 05/01/2026: done.
   - Jodie to book an alcohol assessment: not done. Jodie said she "rang once and no one answered".

3. AGENCY UPDATES
   SR: Mia weighed 8.1 kg on 08/01/2026, down from the 25th to just above the 9th centile since October.
   She is pulling to stand. Jodie missed the clinic on 18/12/2025. Alfie's two-year review is due.
   FS: Alfie has been in every morning since 05/01/2026, mostly brought by Pauline. On 06/01/2026 he
   arrived in a wet nappy from the night before and ate three bowls of cereal. He is saying two-word
   phrases and likes the sand tray.
   MT: Jodie is two months behind with her rent. The window restrictor in the children's bedroom is
   broken; a repair is booked.
   RK: four visits since core group 1, two unannounced. On 30/12/2025 at 4pm Jodie was slurring and there
   were two empty vodka bottles in the kitchen bin; Pauline was there and took the children to hers for
   the night. Jodie says she drinks "a half bottle, maybe more" most evenings once the children are in bed.

4. THE CHILDREN'S DAYS
   RK saw Alfie at home and at nursery. At home he brings his shoes to whoever comes in and asks "Nana
   coming?". At nursery he told his key person "Mummy sleeping on the settee" and "Nana make toast". When
   RK asked him who looks after him he said "Nana. Auntie Kirsty. Mummy." Mia is smiley with Pauline and
   Kirsty and reaches for Pauline when she is upset; SR noticed she stiffens when she is picked up
   quickly and is quiet with strangers.

5. JODIE'S VIEWS
   Jodie said she knows she drinks too much and that "the nights are the worst, when it's just me and the
   telly". She said she would never hurt the children and that she does not drink "before they're in
   bed". She is frightened the children will be taken. She asked for help with her rent arrears.

6. THE FAMILY ROTA
   Pauline comes every weekday morning and takes Alfie to nursery on Mondays, Wednesdays and Fridays.
   Kirsty comes on weekday evenings after work. Donna takes Alfie on Tuesdays and Thursdays. Kirsty said
   she "can't promise every weekend", because she has her own two boys, but will stay over when she can.
   Pauline said she is "worn out but not going anywhere".

7. SCALING
   0 = the children are not safe at all; 10 = safe enough for the plan to end.
   RK 3, SR 4, FS 4, MT 5, Jodie 7, Pauline 5, Kirsty 5.

8. WHAT WE WANT FOR ALFIE AND MIA
   - Alfie and Mia are cared for every day and night by an adult who is sober and awake.
   - Mia is back on her centile (the 25th) by the review conference, and both children go to every health
     appointment.
   - Alfie goes to nursery every morning, clean, dressed and fed.
   - The children's home is warm and safe, with working window restrictors and no alcohol in reach.

9. CONTINGENCY
   If Jodie is found drunk while she is caring for the children, or either child is found outside alone,
   whoever finds this rings 999, and the children go to Pauline's for the night. RK, or the Emergency
   Duty Team out of hours, holds a strategy discussion with the police the same day, and Ruth's team
   manager, Gill Sutcliffe, holds a legal planning meeting within 5 working days.

10. NEXT MEETINGS
   Core group 3: Tuesday 10/02/2026, 1.30pm, Cleggsworth Family Hub, then every four weeks.
   Review child protection conference: to be arranged (the conference service will write to everyone).

======================================================================================
ACTION LOG (agreed at core group 2, 13/01/2026)
======================================================================================

A1  Visit Alfie and Mia at home, see them awake and see the kitchen and the bins; at
    least one visit in three unannounced and after 5pm.
    Lead: RK          By: every week until the review conference
    Check: visit record on CleggsCare within 2 working days, noting how each child was,
           who was caring for them and any alcohol seen

A2  Ring Cleggsworth Recovery Hub and book an alcohol assessment.
    Lead: JH          By: 23/01/2026
    Check: appointment letter shown to RK at her next visit

A3  Not drink any alcohol while she is the only adult caring for Alfie and Mia.
    Lead: JH          By: every day, starting now
    Check: Pauline and Kirsty write in the family diary each day how Jodie was; RK reads it
           at each visit

A4  Get the children up, give them breakfast and take Alfie to nursery.
    Lead: PH          By: every weekday, 7am to 1pm (nursery Mon, Wed, Fri)
    Check: family diary signed by Pauline each morning; nursery register

A5  Stay overnight at Tanners Row so that Jodie is not on her own with the children at
    night.
    Lead: KB          By: when she can
    Check: family diary signed by Kirsty each night she stays

A6  Take Alfie to nursery and bring him back.
    Lead: Donna Pryce (family friend)      By: Tuesdays and Thursdays, 8.45am and 12.15pm
    Check: nursery register, with who dropped him off and picked him up

A7  Make sure there is a sober adult in the house every evening at the children's bedtime.
    Lead: Family network      By: every evening, 6pm to 8pm
    Check: family diary, with the name of the adult who was there

A8  Weigh Mia and check her development, and do Alfie's two-year review.
    Lead: SR          By: Mia every two weeks at clinic or at home; Alfie's review by 30/01/2026
    Check: HV will keep an eye on her weight

A9  Write down when Alfie arrives, who brings him, whether he is clean, fed and dressed for the
    weather, and anything he says about home.
    Lead: FS          By: every nursery morning
    Check: -

A10 Repair the window restrictor in the children's bedroom and check the smoke alarm.
    Lead: MT          By: 30/01/2026
    Check: job sheet signed off by Cleggsworth Homes; RK sees the restrictor at her next visit

Minutes and action log sent to everyone present and to Donna Pryce and Dr Anand on 15/01/2026.
""",
    "findings": [
        F("T002", "Stay overnight at Tanners Row so that Jodie"),
        F("W002", "Make sure there is a sober adult in the house"),
        F("M002", "Weigh Mia and check her development, and do Alfie's"),
        F("M001", "Write down when Alfie arrives, who brings him"),
        F("F004"),
        F("C003"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Review conference decision and plan: the chair records that nothing has
#    improved, and the plan carries on in an outcome-merged-down table.
#    Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b203_chinnerwick_rcpc_chair_decision_outcome_merged_down_brannan.docx",
    "doc_title": "Review Child Protection Conference - Decision and Plan - Ellie Brannan",
    "split": "heldout",
    "actions": 10,
    "check_vmerge": 4,
    "template": "rcpc-chairs-decision-and-plan-docx-conference-details-kv-present-progress-since-icpc-chairs-summary-not-improving-ellies-world-stacey-and-dales-views-decision-then-outcome-for-ellie-merged-down-action-lead-timescale-evidence-table-then-contingency-and-review-arrangements",
    "description": (
        "The chair's decision and plan from a first review conference for a 20-month-old girl (neglect): "
        "she has stayed between the 0.4th and 2nd centiles, the flat is cold and dirty, she missed three of "
        "six health visitor appointments, and her mother, who has a mild learning disability and "
        "depression, has not started the parenting work. The chair records that progress since the initial "
        "conference has not been enough, and the plan carries on much as before, in a table whose outcome "
        "for Ellie is merged down over its actions (Outcome / Action / Lead / Timescale / Evidence). Faults: "
        "nothing says legal planning follows although the chair finds progress insufficient; a contingency "
        "that only says the core group will review and consider next steps; the community mental health "
        "team's fortnightly support visits; an outcome about the mother only; the home conditions check "
        "with no timescale; a passive referral to Portage with '-' for its lead; and the family support "
        "worker's sessions evidenced by 'Stacey's engagement'."
    ),
    "blocks": [
        ("title", "Review Child Protection Conference: Decision and Plan"),
        ("p", "Chinnerwick County Council, Safeguarding and Quality Assurance Service"),
        ("kv", [
            ("Child", "Ellie Brannan, born 10/05/2024 (20 months)"),
            ("Address", "Flat 3, 44 Mill Street, Chinnerwick CH2 5RR"),
            ("Lives with", "Stacey Brannan (mother, 24)"),
            ("Father", "Not named; no contact"),
            ("Conference", "First review child protection conference, 15/01/2026, Chinnerwick Town Hall"),
            ("Initial conference", "16/10/2025"),
            ("Chair", "Helen Ashdown, child protection conference chair"),
            ("Social worker", "Kerry Vaughan, Chinnerwick Family Safeguarding Team (team manager: Neil "
                              "Rafferty)"),
        ]),
        ("h1", "Present"),
        ("p", "Helen Ashdown (chair); Kerry Vaughan (social worker); Stacey Brannan, with Jo Farley (advocate, "
              "Chinnerwick Advocacy); Dale Hughes (Stacey's partner, who does not live with her); Anna Price "
              "(health visitor); Gail Thorne (family support worker, Chinnerwick Family Support Service); Lisa "
              "Marr (care coordinator, Chinnerwick Community Mental Health Team); Amit Desai (Chinnerwick Adult "
              "Social Care, Learning Disability Team). Apologies: Dr Paul Hendry (GP), who sent a report."),
        ("h1", "Progress since the initial conference"),
        ("p", "Ellie weighed 9.0 kg on 09/01/2026. She has stayed between the 0.4th and 2nd centiles since "
              "October and has not caught up. She missed three of the six health visitor appointments offered. "
              "The flat was cold (the heating has been off since November because of a meter debt) and on four "
              "of Kerry's seven visits there were dirty nappies and old food on the floor of Ellie's room. The "
              "parenting programme was offered twice and Stacey did not start it. Stacey has a mild learning "
              "disability and has had depression since she was 17; she takes sertraline and is seen by the "
              "community mental health team. She has gone to the Family Hub's stay and play three times, and "
              "the worker there saw her read a picture book with Ellie."),
        ("h1", "The chair's summary"),
        ("p", "Ellie's weight, her home and her health appointments are no better than in October. Stacey loves "
              "Ellie and wants to do well, but the help she has been given has not been in a form she can "
              "use, and the plan has not made a difference to Ellie's daily life. The conference agreed that "
              "progress since the initial conference has not been sufficient. The plan below continues, with "
              "changes to how the family support worker works with Stacey."),
        ("h1", "Ellie's world"),
        ("p", "Kerry and Anna have seen Ellie at home on eleven visits between them. She is usually in her cot or "
              "in her buggy when they arrive, and on three visits she was still in her night nappy at midday. "
              "She is not yet walking on her own and says \"Mama\" and \"dog\". She eats quickly and reaches for "
              "food on other people's plates. She lights up when Dale comes in and follows him around the flat; "
              "at stay and play she watched the other children for a long time before joining in with the "
              "water tray."),
        ("h1", "What Stacey and Dale said"),
        ("p", "Stacey said: \"I do try. Nobody tells me things in a way I get. I'm scared that if I say I'm "
              "struggling they'll take her.\" She said she would like help \"with pictures, not just talking\". "
              "Dale said he helps with shopping on Saturdays and wants to do more."),
        ("h1", "Decision"),
        ("p", "Ellie remains at risk of significant harm through neglect. She stays on a child protection plan "
              "under the category of neglect."),
        ("h1", "The plan"),
        ("table", {
            "header": ["Outcome for Ellie", "Action", "Lead", "Timescale", "Evidence"],
            "widths": [3.4, 5.4, 3.0, 2.6, 2.6],
            "rows": [
                ["Ellie is fed regular meals, gains weight and reaches the 9th centile by the next review",
                 "Weigh Ellie at home and look at her food diary with Stacey",
                 "Anna Price, health visitor",
                 "Every two weeks",
                 "Weights in the red book; Ellie on the 9th centile by 16/07/2026"],
                [V,
                 "See Ellie and Stacey together and write a simple picture meal plan for Ellie",
                 "Rhiannon Lloyd, paediatric dietitian, Chinnerwick Community Nutrition",
                 "By 06/02/2026",
                 "Picture meal plan on the kitchen wall; copy to Anna and Kerry"],
                [V,
                 "Weekly sessions with Stacey at home on meals, bedtimes and routines, using picture cards",
                 "Gail Thorne, family support worker",
                 "Every Wednesday, 10am",
                 "Stacey's engagement with the sessions"],
                [V,
                 "Visit Ellie at home and see her awake, and what she has eaten that day",
                 "Kerry Vaughan, social worker",
                 "Every two weeks, one in two unannounced",
                 "Visit records with what Ellie ate and how she was"],
                ["Ellie lives in a flat that is warm, clean and safe for a toddler",
                 "Check home conditions with Stacey using the home conditions scale, and photograph the kitchen "
                 "and Ellie's room with her permission",
                 "Kerry Vaughan, social worker",
                 "",
                 "Home conditions score of 4 or more on the scale"],
                [V,
                 "Complete a Care Act assessment of Stacey's support needs with her home, money and heating debt",
                 "Amit Desai, Adult Social Care, Learning Disability Team",
                 "By 27/02/2026",
                 "Assessment and support plan shared with Kerry and Stacey"],
                ["Ellie's development catches up: she is walking on her own and using ten words by the next "
                 "review",
                 "A referral will be made to the Chinnerwick Portage service for home visits to help Ellie "
                 "with play and movement",
                 "-",
                 "By 30/01/2026",
                 "Portage acceptance letter; Portage checklist scores every six weeks"],
                [V,
                 "Take Ellie to the Family Hub stay and play session",
                 "Stacey Brannan",
                 "Every Thursday, 10am to 11.30am",
                 "Family Hub register, sent to Kerry monthly"],
                ["Stacey's mental health is stable and she is able to manage her tenancy",
                 "Continue fortnightly visits to support Stacey with her low mood and anxiety",
                 "Lisa Marr, care coordinator, Chinnerwick CMHT",
                 "Every two weeks",
                 "Dates of visits shared with Kerry"],
                [V,
                 "Review Stacey's sertraline and tell Kerry if she stops collecting her prescriptions",
                 "Dr Paul Hendry, GP, Chinnerwick Health Centre",
                 "By 13/02/2026, then monthly",
                 "Prescription collection record shared with Kerry"],
            ],
        }),
        ("h1", "Contingency"),
        ("p", "If things do not improve for Ellie, the core group will review the plan and consider next steps."),
        ("h1", "Review arrangements"),
        ("bullets", [
            "Core group every four weeks, first on 29/01/2026 at 10am at the Family Hub, then 26/02/2026 and "
            "26/03/2026.",
            "Review child protection conference: 16/07/2026, 2pm, Chinnerwick Town Hall.",
        ]),
        ("p", "Decision and plan sent to Stacey (with an easy-read version, through Jo Farley), Dale, and every "
              "agency present, on 19/01/2026."),
    ],
    "findings": [
        F("R002"),
        F("C002"),
        F("H001", "Continue fortnightly visits to support Stacey with her low mood"),
        F("F002", "Stacey's mental health is stable and she is able to manage her tenancy"),
        F("T001", "Check home conditions with Stacey using the home conditions scale"),
        F("W001", "A referral will be made to the Chinnerwick Portage service"),
        F("M002", "Weekly sessions with Stacey at home on meals, bedtimes"),
    ],
})


# ---------------------------------------------------------------------------
# 6. A letter to the parents after the review conference found progress not
#    enough and the legal gateway panel started pre-proceedings, with the
#    plan for the pre-proceedings period. Header and footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b203_cowperdale_letter_to_parents_pre_proceedings_what_who_when_kinsella.pdf",
    "doc_title": "Letter to Shannon Kinsella and Kyle Dunmore - the plan during pre-proceedings",
    "split": "heldout",
    "actions": 13,
    "min_pages": 2,
    "header": "OFFICIAL-SENSITIVE · Cowperdale Council Children's Services · Family Safeguarding Team",
    "footer": "Letter to Shannon Kinsella and Kyle Dunmore, 22/01/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "letter-to-parents-paged-header-footer-address-block-dear-shannon-and-kyle-why-i-am-writing-what-the-review-conference-decided-what-the-legal-gateway-panel-decided-what-jayden-told-me-and-novas-day-what-we-all-want-then-what-you-will-do-and-what-we-will-do-table-what-who-when-how-we-will-all-know-then-if-things-go-wrong-if-things-do-not-change-enough-meetings-signature",
    "description": (
        "Exemplary letter from the social worker to the parents of a 4-year-old boy and a 7-month-old girl, "
        "after the first review conference found that progress was not enough (the baby missed four of "
        "seven health appointments, including her hip scan; the father's tests were positive for cocaine "
        "in November and December; police were called to an argument on Boxing Day while the boy hid in "
        "his room) and the legal gateway panel agreed to start pre-proceedings under the PLO. The mother has "
        "a mild learning disability and the Community Learning Disability Team works with her; the father "
        "is in treatment with the drug and alcohol service, which reports on his capacity to change. The "
        "letter says what was decided, explains the pre-proceedings meeting, gives Jayden's words and "
        "Nova's day, the outcomes, then a 'What you will do and what we will do' table (What / Who / When / "
        "How we will all know) with 'I' as the social worker, a fallback if Nan cannot help, a legal "
        "planning meeting after named triggers, and the pre-proceedings review, core group and review "
        "conference dates."
    ),
    "blocks": [
        ("pr", "Cowperdale Council Children's Services"),
        ("pr", "Family Safeguarding Team, Cowperdale Civic Centre, Market Square, Cowperdale CW1 2AB"),
        ("pr", "22/01/2026"),
        ("pl", "Shannon Kinsella and Kyle Dunmore"),
        ("pl", "8 Larch Close"),
        ("pl", "Cowperdale CW3 9EF"),
        ("p", ""),
        ("p", "Dear Shannon and Kyle,"),
        ("h2", "Why I am writing"),
        ("p", "I am writing to set down, in one place, what was decided at Jayden's and Nova's review child "
              "protection conference on 13/01/2026 and at the legal gateway panel on 20/01/2026, and what "
              "happens next. I will go through this letter with you both at home on 27/01/2026, with Marcus "
              "Hale from the Community Learning Disability Team, so that Shannon can ask anything she wants to. "
              "There is an easy-read copy with pictures in the same envelope."),
        ("h2", "What the review conference decided"),
        ("p", "The conference heard that some things had got better: you both love Jayden and Nova, Jayden is "
              "happy at school, and Shannon has kept a picture planner since December. But it also heard that "
              "Nova missed four of her seven health appointments, including her hip scan, that Kyle's drug "
              "tests were positive for cocaine in November and December, and that the police were called to "
              "an argument at home on 26/12/2025 when Kyle had been drinking and Jayden hid in his bedroom. "
              "The conference decided that progress has not been enough, and that Jayden and Nova stay on "
              "child protection plans (neglect)."),
        ("h2", "What the legal gateway panel decided"),
        ("p", "Because progress has not been enough, my manager, Sarah Whitlow, took Jayden's and Nova's case to "
              "the legal gateway panel on 20/01/2026. The panel agreed to start pre-proceedings under the "
              "Public Law Outline (PLO). This does not mean we are going to court now. It means we want to "
              "work with you, with your solicitors beside you, to make the changes the children need without "
              "going to court. The letter before proceedings is enclosed. Please take it to a solicitor "
              "straight away: the legal advice is free for you both."),
        ("p", "The pre-proceedings meeting is on 03/02/2026 at 10am at Cowperdale Civic Centre. Sarah, "
              "your solicitors, Marcus and I will be there. The pre-proceedings period will last 12 weeks, "
              "with a review meeting on 28/04/2026."),
        ("h2", "What Jayden told me, and Nova's day"),
        ("p", "I saw Jayden on his own at school on 08/01/2026. He drew his house with everyone in it and said: "
              "\"Daddy shouts when he has the bottle. I go under my bed with Bear.\" He said the best thing is "
              "\"Nanny Tracey's pancakes\" and he wants \"Daddy to be funny Daddy all the time\". He scored home "
              "as a 6 out of 10 on his smiley-face scale."),
        ("p", "When Beth Sowerby (the health visitor) and I visited, Nova was usually in her bouncer in the "
              "living room with the television on. She smiles at Jayden and follows him with her eyes. She "
              "rolls over and is starting to sit. She was quieter and harder to settle on the visits after "
              "weekends, and on 30/12/2025 her bottle had been made up hours before."),
        ("h2", "What we all want for Jayden and Nova"),
        ("numbers", [
            "Jayden and Nova are cared for every day by a parent who is sober and drug free.",
            "Nova goes to every health appointment, her hips are checked and treated if needed, and she keeps "
            "growing and developing well.",
            "Jayden is at school every day, on time, and does not see or hear arguments at home.",
            "Jayden and Nova can stay at home with you both, safely, without the court being involved.",
        ]),
        ("h2", "What you will do and what we will do"),
        ("p", "\"I\" and \"me\" in this table means me, Naomi Birch, your social worker. Each row says how we "
              "will all know it is happening."),
        ("table", {
            "header": ["What", "Who", "When", "How we will all know"],
            "widths": [6.6, 3.2, 3.2, 4.0],
            "rows": [
                ["Go to Cowperdale Pathways for key-work and a drug and alcohol test, and agree for the results "
                 "to be shared with me",
                 "Kyle",
                 "Every Tuesday at 11am from 27/01/2026",
                 "Sian sends me each week's results; every test clear"],
                ["Key-work with Kyle on cocaine and alcohol, and a written report to each core group on whether "
                 "he is making the changes Jayden and Nova need and how long more change is likely to take",
                 "Sian Lloyd, recovery worker, Cowperdale Pathways (drug and alcohol service)",
                 "Weekly; report a week before each core group",
                 "Written report and test results shared with me and the core group"],
                ["Not use cocaine or drink alcohol at home or on any day he is looking after the children; if "
                 "he has, stay at his brother Ryan's that night",
                 "Kyle",
                 "Every day from 22/01/2026",
                 "Weekly test results and the hair strand tests; Shannon and Tracey tell me the same day if "
                 "Kyle has had to stay at Ryan's"],
                ["Arrange hair strand tests for Kyle for cocaine and alcohol, at the start and end of the "
                 "pre-proceedings period",
                 "Naomi Birch (me)",
                 "Samples on 02/02/2026 and 20/04/2026",
                 "Laboratory reports sent to Kyle, his solicitor and the core group"],
                ["Use the picture planner with Shannon for Nova's feeds, naps and appointments, and go through "
                 "with her each week what worked",
                 "Marcus Hale, social worker, Cowperdale Community Learning Disability Team",
                 "Every Monday from 26/01/2026",
                 "Planner filled in each day and seen by Marcus and me; no appointment missed"],
                ["Take Nova to every health appointment, using the reminder texts and the planner",
                 "Shannon",
                 "Every appointment on the planner; next, the hip scan on 10/02/2026",
                 "Health visitor and hospital attendance records; no missed appointments"],
                ["Weigh Nova and check her development at home, including her ASQ-3",
                 "Beth Sowerby, health visitor, Cowperdale 0-19 Service",
                 "Every two weeks; ASQ-3 by 28/02/2026",
                 "Weights in the red book; ASQ-3 scores shared at the core group"],
                ["Take Jayden to school for 8.50am and collect him at 3.15pm",
                 "Kyle",
                 "Every school day",
                 "School register; attendance 95% or more by the Easter holidays"],
                ["Check Jayden is in school, ring me the same day if he is not, and write down anything he says "
                 "about home",
                 "Mrs Harpreet Kaur, DSL, Cowperdale St Anne's Primary School",
                 "Every school day by 9.30am",
                 "Attendance and call log e-mailed to me each Friday"],
                ["A parenting assessment of you both using the Parent Assessment Manual (PAMS), in pictures and "
                 "short sessions for Shannon",
                 "Hazel Dunn, independent social worker",
                 "Sessions from 02/02/2026; report by 17/04/2026",
                 "Report shared with you, your solicitors and the pre-proceedings review meeting"],
                ["Visit you at home, see Jayden on his own and Nova awake; one visit in three will be unannounced",
                 "Naomi Birch (me)",
                 "Every week until the pre-proceedings review on 28/04/2026",
                 "Visit records within 2 working days, which I will read to you at the next visit"],
                ["Help with the children's bath and bedtime",
                 "Tracey Kinsella (Nan)",
                 "Tuesdays and Fridays, 5pm to 7.30pm",
                 "Family diary signed by Tracey; I read it at my visits"],
                ["Hold a family group conference so that the wider family can make their own plan for Jayden "
                 "and Nova",
                 "Leanne Pike, Cowperdale Family Group Conference Service",
                 "By 06/03/2026",
                 "Family plan written and shared with the core group and the pre-proceedings review"],
            ],
        }),
        ("h2", "If things go wrong"),
        ("bullets", [
            "If Kyle is at home under the influence of cocaine or alcohol while the children are there, or "
            "there is an argument: Shannon asks Kyle to leave for Ryan's and rings 999 if he will not go. "
            "Tracey comes to stay the night. I, or the Emergency Duty Team out of hours, will hold a strategy "
            "discussion with the police the same day.",
            "If Tracey cannot come on a Tuesday or Friday (illness or holidays), she or Shannon rings me the day "
            "before; Kyle's sister Jade Dunmore, who agreed at the family meeting, comes instead, and if Jade "
            "cannot, a family support worker from Cowperdale Family Support comes for bath and bedtime.",
            "If neither of you can care for the children safely that night, they stay at Tracey's; if Tracey "
            "cannot have them, I or the Emergency Duty Team will find them foster carers together that night.",
            "If Kyle has a positive test, or Nova misses an appointment without a good reason, I will tell "
            "Sarah the same day and she will hold a legal planning meeting within 5 working days to decide "
            "whether to ask the court for orders without waiting for the review meeting.",
        ]),
        ("h2", "If things do not change enough"),
        ("p", "At the pre-proceedings review on 28/04/2026 we will look at the tests, the PAMS report, Nova's "
              "appointments and Jayden's school attendance. If the changes have not happened, Sarah will take "
              "the case back to the legal gateway panel to decide whether to issue care proceedings. You and "
              "your solicitors will be told what the panel decides the same week."),
        ("h2", "Meetings"),
        ("bullets", [
            "Pre-proceedings meeting: 03/02/2026 at 10am, Cowperdale Civic Centre.",
            "Core group every four weeks at 2pm at the Family Hub: 05/02/2026, 05/03/2026, 02/04/2026 and "
            "30/04/2026.",
            "Pre-proceedings review meeting: 28/04/2026 at 10am, Cowperdale Civic Centre.",
            "Review child protection conference: 07/07/2026 at 1.30pm, Cowperdale Civic Centre.",
        ]),
        ("p", "If anything in this letter is not clear, please ring me on 01632 960 417. I will see you both on "
              "27/01/2026."),
        ("p", "Yours sincerely,"),
        ("p", "Naomi Birch, social worker, Family Safeguarding Team"),
        ("p", "Copy to: Sarah Whitlow (team manager); Marcus Hale; Sian Lloyd; Beth Sowerby; Mrs Kaur; your "
              "solicitors, when you tell me who they are."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. Transfer-out summary and interim plan for a family moving to another
#    council, with work handed on or paused until they arrive. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b203_cradwick_transfer_out_summary_interim_plan_dobson.md",
    "split": "heldout",
    "actions": 9,
    "template": "transfer-out-summary-and-interim-cp-plan-md-transfer-details-table-why-the-family-is-moving-history-of-concerns-ambers-treatment-what-callenshaw-has-been-asked-outcomes-then-no-action-who-when-how-well-know-interim-plan-table-then-contingency-meetings-during-transfer",
    "description": (
        "Transfer-out summary and interim plan written by the transferring social worker for a 10-week-old "
        "boy (treated for neonatal withdrawal) and a 2-year-old girl whose mother is on buprenorphine after "
        "heroin use; the family are moving to a housing association flat in another council's area, near "
        "the maternal grandmother. The summary covers why they are moving, the history, the mother's "
        "treatment and what the receiving council has been asked to do, then an interim plan table (No. / "
        "Action / Who / When / How we'll know). Faults: the parenting assessment handed to the receiving "
        "council 'within four weeks of the transfer-in conference'; the mother's key-work and testing "
        "paused until the receiving area's drug service takes her on 'once the family are settled'; the "
        "health visitor's checks evidenced only by 'Monitored'; no child's words or observed day anywhere; "
        "and the transfer-in conference 'date to be confirmed by Callenshaw'."
    ),
    "text": """\
# Cradwick Borough Council - Children's Services

## Transfer-out summary and interim child protection plan

**Children:** Leo Dobson (born 06/11/2025, 10 weeks) and Skye Dobson (born 21/08/2023, 2)
**Written by:** Imran Siddiqui, social worker, Cradwick Safeguarding and Assessment Team, 15/01/2026
**Team manager:** Fiona Gallagher

| Transfer details | |
|---|---|
| Transferring authority | Cradwick Borough Council |
| Receiving authority | Callenshaw City Council, Children's Services (transfer-in team) |
| Current address | 27 Wellbrook Court, Cradwick CK7 3PA |
| New address from 26/01/2026 | Flat 12, Orchard House, Lime Street, Callenshaw CL2 8RT (Callenshaw Homes) |
| Plan | Child protection plans since the initial conference on 04/12/2025 (neglect) |
| Mother | Amber Dobson (26) |
| Fathers | Skye's father, Reece Hart, has no contact. Leo's father is not named. |
| Maternal grandmother | Gail Dobson, 4 Lime Street, Callenshaw (two doors from the new flat) |
| Transfer request sent | 19/01/2026 (planned), with the case records |

### Why the family is moving

Amber has been offered a two-bedroom flat by Callenshaw Homes in the same street as her mother, Gail.
Amber says she wants to be "away from everyone I used with" and near Gail, who has offered to help with
the children. The family move on 26/01/2026.

### History of concerns

Amber used heroin and crack cocaine for six years. Cradwick Children's Services were involved with Skye
in 2024 after Amber was found unconscious at home with Skye, then 10 months old, in her cot; Amber then
started treatment and the case closed in October 2024. Amber relapsed in the spring of 2025 and told
the midwife at 20 weeks. Leo was born at 38 weeks and was treated on the neonatal unit for neonatal
withdrawal for five days. The initial conference on 04/12/2025 made both children subject to child
protection plans.

### Amber's treatment

Amber has been prescribed buprenorphine by Cradwick Recovery Partnership since June 2025, taken daily
under supervision at Cradwick Pharmacy, Bridge Street. Her urine tests have been clear of heroin since
August 2025; one test on 05/01/2026 was positive for cocaine, which she says was "a one-off at New
Year". Her recovery worker is Beth Marsh.

### What Callenshaw has been asked to do

Callenshaw's transfer-in team has been asked to hold a transfer-in conference within 15 working days of
receiving the transfer request, to allocate a social worker, and to arrange for Callenshaw Recovery
Service to take over Amber's prescription and key-work.

### What we want for Leo and Skye

- Leo and Skye are cared for every day by a mother who is not using heroin, crack cocaine or other
  drugs.
- Leo keeps gaining weight and goes to all his health checks and immunisations.
- Skye goes to nursery and her speech catches up by the time she is two and a half.
- The move does not leave a gap: the children are seen by a social worker and a health visitor every
  week before and after the move.

### Interim plan (until the transfer-in conference)

| No. | Action | Who | When | How we'll know |
|---|---|---|---|---|
| 1 | Visit Leo and Skye at home and see both children awake; the last visit in Cradwick and the first in Callenshaw to be joint with Callenshaw's allocated worker | Imran Siddiqui, social worker | Weekly until the transfer-in conference | Visit records on the Cradwick case record; joint visit record sent to Callenshaw |
| 2 | Send the transfer request, the conference minutes, this plan and the case chronology to Callenshaw's transfer-in team | Imran Siddiqui, social worker | By 19/01/2026 | Callenshaw's acknowledgement e-mail on file |
| 3 | Parenting assessment of Amber, to be completed by Callenshaw after the transfer rather than started in Cradwick | Callenshaw Children's Services | Within four weeks of the transfer-in conference | Assessment report to the first Callenshaw core group |
| 4 | Amber's key-work and drug testing with Cradwick Recovery Partnership to stop at the move and be picked up by the Callenshaw service | Callenshaw Recovery Service | Once the family are settled in Callenshaw | Test results shared with the social worker |
| 5 | Take her buprenorphine every day under supervision, at Cradwick Pharmacy until the move and then at the Callenshaw pharmacy named on her new prescription | Amber Dobson | Every day | Pharmacy supervision record sent to the social worker weekly |
| 6 | Weigh Leo, check Skye's development and speech, and hand the family over to the Callenshaw 0-19 team | Sarah Quigley, health visitor, Cradwick 0-19 Service | Weekly until the move; handover by 30/01/2026 | Monitored |
| 7 | Register Leo and Skye with a GP in Callenshaw and show the social worker the confirmation | Amber Dobson | By 02/02/2026 | GP registration letters seen by the social worker |
| 8 | Find Skye a funded nursery place near Lime Street and tell the nursery about the child protection plan | Imran Siddiqui, social worker, with Amber | By 13/02/2026 | Nursery place confirmation letter on file |
| 9 | Be at the flat for the children's tea, bath and bedtime | Gail Dobson (maternal grandmother) | Every evening, 5pm to 7.30pm, from 26/01/2026 | Family diary signed by Gail and read by the social worker at each visit |

### Contingency

- If Amber misses her supervised buprenorphine two days running, or has a test positive for heroin or
  crack cocaine, the social worker visits the same day and the children stay with Gail at 4 Lime Street
  until a strategy discussion is held (by Cradwick before the transfer-in conference, by Callenshaw after
  it). Fiona Gallagher (or Callenshaw's team manager after the transfer-in conference) will hold a legal
  planning meeting within 5 working days.
- If Amber is found under the influence while caring for Leo or Skye, whoever finds this rings 999 and the
  children go to Gail's that night; if Gail cannot have them, the Emergency Duty Team finds foster carers
  that night.
- If Gail cannot be at the flat in the evenings (illness or her own shifts), she rings the social worker
  the day before, and a family support worker from Cradwick Family Support (before the move) or
  Callenshaw Family Support (after it) comes for tea and bedtime.

### Meetings during the transfer

- Core group (Cradwick's last): 29/01/2026 at 2pm, by Teams, with Callenshaw's transfer-in team invited.
- Transfer-in conference: date to be confirmed by Callenshaw.
- Callenshaw will set the core group dates at the transfer-in conference.

Copies to Amber, Gail, Callenshaw Children's Services (transfer-in team), Cradwick Recovery Partnership,
Cradwick 0-19 Service and the GP (Cradwick Park Surgery).
""",
    "findings": [
        F("X001", "Parenting assessment of Amber, to be completed by Callenshaw"),
        F("X001", "Amber's key-work and drug testing with Cradwick Recovery Partnership"),
        F("T002", "Amber's key-work and drug testing with Cradwick Recovery Partnership"),
        F("M002", "Weigh Leo, check Skye's development and speech"),
        F("F003"),
        F("R001"),
    ],
})
