"""Batch 152, module u: seven fictional plans (held-out material), places beginning with "u".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: plans whose measures of progress (how we will know the work is
working) and timing sit somewhere other than a column of the action table.
An initial conference plan whose action grid gives only Ref / What / Lead /
By when, with a separate "Review criteria" table keyed by reference (docx);
a review plan for a disabled boy whose outcomes are banner rows across the
action table, each carrying its own evidence and a score, with rows that
give only what, who and when (PDF); a core group plan for a 15-year-old and
her brother whose stage headings carry the timing and whose bullets carry the
check inside the sentence (md); a case-system print for a baby with tick
boxes for frequency and status and a "Signs of progress" list keyed by action
number (txt); a landscape review plan with a Lead / Target date table and a
"How we will know things are better" section written as prose by action
number (docx); a pre-birth plan whose parts carry the deadlines and whose
"Measuring success" table is keyed by reference (PDF); and a core group plan
written as cards for a family, with tick boxes for how often and the check
written as a line under each card or inside the action (md).

Four plans are exemplary: the Uddlescombe review-criteria plan (docx), the
Ulkerthorpe outcome-banner plan (pdf), the Umbleford staged plan (md) and the
Unnelby case print (txt). Three carry a realistic mix of faults among mostly
good rows: the Upthorden review plan (docx; an action the prose section
leaves out, a CPN who only supports and is measured by a feeling, a "Core
group" owner, "Ongoing", an outcome about the father only, no legal
planning), the Urvington pre-birth plan (pdf; an "Also agreed" part with no
time, a passive row with no owner, a "Family network" owner with no fallback
if that help fails, a perinatal row that only supports, a "reviewed at core
group" measure, no review conference date) and the Ustonbury cards (md; no
box ticked, "[x] Other: as and when", "keep an eye on", a card with no check
anywhere, an outcome about the father only, a contingency that only says the
core group will discuss it, no legal planning).

Counting convention used for "actions" (README convention 1): every live row
of an action table and every bullet, card or numbered block of an action
section counts, wherever its time or measure is written; review criteria,
signs of progress, "measuring success" tables, outcome evidence, contingency
and meeting dates are not actions. A one-off action whose status box is
ticked "[X] Complete" (the stair gates in the Unnelby print) is work already
done and is not counted.
"""
from build_batch5 import F, H

PLANS = []


# ---------------------------------------------------------------------------
# 1. Initial conference plan, domestic abuse by the mother's partner (now on
#    bail), mother's depression under the CMHT, two children of 7 and 3,
#    aunt has them on Saturdays. Action grid Ref / What / Lead / By when;
#    separate "Review criteria" table keyed by Ref. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b152_uddlescombe_icpc_ref_grid_then_review_criteria_table_brightwell.docx",
    "doc_title": "Initial Child Protection Plan - Mason and Ellie-Mae Brightwell",
    "split": "heldout",
    "actions": 12,
    "template": "icpc-word-plan-numbered-sections-details-kv-reasons-childrens-views-outcomes-then-ref-what-lead-by-when-grid-then-separate-review-criteria-table-by-ref-what-we-expect-to-see-where-evidence-comes-from-contingency-meetings",
    "description": (
        "Exemplary initial conference plan for a 7-year-old and a 3-year-old after their mother's "
        "partner assaulted her in front of them; he is on bail away from the flat, and the mother "
        "has depression and is under the community mental health team. The action grid gives only "
        "Ref, What, Lead and By when; a separate 'Review criteria' table gives, for every Ref, what "
        "the core group expects to see and where the evidence comes from. The CPN assesses and "
        "reports on capacity to change, the GP and the IDVA own actions, the aunt's Saturdays "
        "have a fallback, legal planning follows named triggers, core group and review dates are "
        "set, and both children's views are recorded."
    ),
    "blocks": [
        ("title", "Initial Child Protection Conference: Child Protection Plan"),
        ("p", "Uddlescombe Metropolitan Borough Council – Children's Social Care – Riverside Locality Team"),
        ("kv", [
            ("Children", "Mason Brightwell (7), DOB 21/05/2018, Year 2, Holmleigh Primary School; Ellie-Mae "
                         "Brightwell (3), DOB 09/11/2022, Little Wrens Nursery (afternoons)"),
            ("Address", "Flat 4, 27 Tanner's Row, Uddlescombe UD3 8PF"),
            ("Mother", "Kayleigh Brightwell (28)"),
            ("Mother's partner", "Connor Mabey (31), not the children's father; on police bail since 19/01/2026 "
                                 "with conditions not to contact Kayleigh or go to Tanner's Row, until 20/03/2026"),
            ("Maternal aunt", "Stacey Brightwell, 4 Fernside Close, Uddlescombe (a five-minute walk)"),
            ("Category", "Emotional abuse (both children)"),
            ("Conference", "Wednesday 11/02/2026. Chair: Helen Vasquez, Independent Reviewing Officer"),
            ("Social worker", "Amir Hussain (team manager: Gillian Foster)"),
        ]),
        ("h1", "1. Why Mason and Ellie-Mae need a child protection plan"),
        ("p", "The police have been called to Tanner's Row three times since October 2025. On 18/01/2026 "
              "Connor threw a mug at Kayleigh and pushed her into the kitchen door while both children were in "
              "the room; Mason rang 999 from Kayleigh's phone. Connor was arrested the next morning and bailed. "
              "Kayleigh has had depression since 2024 and takes citalopram; she is under the Uddlescombe "
              "Community Mental Health Team and told the conference that since January she has found it hard to "
              "get up before the children. Mason was late for school nine times in January, and Ellie-Mae's "
              "nursery has seen her cry for most of the afternoon after being dropped off."),
        ("h1", "2. What the children have told us"),
        ("p", "Mason (seen on his own at school, 05/02/2026): “When Connor shouts I get under my bed with Ellie "
              "and put my hands on her ears. I rang the police because Mum was crying on the floor. I don't want "
              "Connor to come back. I want Mum to not be sad.” He drew his family as himself, Kayleigh, Ellie-Mae "
              "and “Auntie Stace” holding hands, and put a cross over a door."),
        ("p", "Ellie-Mae (seen at home on 03/02/2026 and at nursery on 06/02/2026): she stayed close to Kayleigh "
              "and hid her face when the door buzzer went. At nursery she played in the home corner, putting "
              "dolls “in bed to hide”. Her key worker says she now wakes from her nap crying and asks for Mason."),
        ("h1", "3. What must change for Mason and Ellie-Mae"),
        ("numbers", [
            "Mason and Ellie-Mae live in a home where there is no violence or threat, and they do not see or "
            "hear adults hurting each other.",
            "Mason and Ellie-Mae are got up, fed and taken to school and nursery on time every day by a mum who "
            "is well enough to look after them.",
            "Mason knows that what happened was not his fault and who he can tell when he is frightened; "
            "Ellie-Mae settles at nursery and sleeps without waking in fear.",
        ]),
        ("h1", "4. The plan"),
        ("p", "The grid below says what will be done, who leads and by when. What the core group will look for "
              "to know that each action is working is in the review criteria table in section 5, under the same "
              "reference."),
        ("table", {
            "header": ["Ref", "What will be done", "Lead", "By when"],
            "widths": [1.1, 8.0, 4.4, 3.5],
            "rows": [
                ["A1",
                 "Visit Mason and Ellie-Mae at home, at least one visit in three unannounced, and see Mason on his "
                 "own at every visit",
                 "Amir Hussain, social worker",
                 "Weekly from 12/02/2026 until the review conference"],
                ["A2",
                 "Complete a DASH risk assessment with Kayleigh and refer to MARAC if the risk is high",
                 "Amir Hussain, social worker",
                 "DASH by 18/02/2026; MARAC referral the same day if needed"],
                ["A3",
                 "Meet Kayleigh to write a safety plan for the flat and help her apply for a non-molestation order",
                 "Jess Ogunleye, IDVA, Uddlescombe Domestic Abuse Service",
                 "Weekly from 16/02/2026; application by 27/02/2026"],
                ["A4",
                 "Fit a door chain, window locks and a video doorbell at the flat",
                 "Pete Marsh, co-ordinator, Uddlescombe Sanctuary Scheme",
                 "By 06/03/2026"],
                ["A5",
                 "Assess Kayleigh's depression, review her treatment with her, and report to each core group on "
                 "whether she is making the changes the children need and how long that is likely to take",
                 "Bernadette Quayle, CPN, Uddlescombe Community Mental Health Team",
                 "Assessment by 25/02/2026; report two working days before each core group"],
                ["A6",
                 "Review Kayleigh's citalopram and send the social worker a summary of her mental health history",
                 "Dr Farhan Ali, GP, Sandpits Medical Centre",
                 "By 04/03/2026"],
                ["A7",
                 "Check Mason's attendance and punctuality, and give him a check-in with his key adult, Mrs Kaur, "
                 "every Monday and Thursday",
                 "Mrs Donna Revell, DSL, Holmleigh Primary School",
                 "Every school day from 12/02/2026"],
                ["A8",
                 "Record Ellie-Mae's attendance, how she separates from Kayleigh and how she sleeps at nap time, "
                 "and ring the social worker the same day with any worry",
                 "Lauren Pike, key worker, Little Wrens Nursery",
                 "Every session (Monday to Friday afternoons)"],
                ["A9",
                 "Six sessions of direct work with Mason about feelings, safety and his safe adults",
                 "Tasha Greene, family support worker",
                 "Weekly, 23/02/2026 to 03/04/2026"],
                ["A10",
                 "Go to the Freedom Programme, so that she understands what Mason and Ellie-Mae saw and heard and "
                 "how it has affected them",
                 "Kayleigh Brightwell (mother)",
                 "Thursdays, 26/02/2026 to 14/05/2026"],
                ["A11",
                 "Have Mason and Ellie-Mae at her house every Saturday, 10am to 4pm, so that Kayleigh can rest",
                 "Stacey Brightwell (maternal aunt)",
                 "Every Saturday from 14/02/2026"],
                ["A12",
                 "Check that Connor keeps to his bail conditions and tell the social worker of any breach or "
                 "call-out to Tanner's Row",
                 "DC Ryan Fell, Uddlescombe Police Safeguarding Unit",
                 "Same day as any breach; bail update before each core group"],
            ],
        }),
        ("h1", "5. Review criteria"),
        ("p", "For each action in section 4: what the core group expects to see by the review conference, and "
              "where the evidence will come from. The core group will go through this table at every meeting."),
        ("table", {
            "header": ["Ref", "What we expect to see", "Where the evidence comes from"],
            "widths": [1.1, 9.0, 6.9],
            "rows": [
                ["A1", "Both children seen at every weekly visit; Mason seen alone each time, with his own words "
                       "written down", "Social worker's visit records, summarised at each core group"],
                ["A2", "DASH completed and scored; MARAC referral made on the day if the score is high",
                 "DASH form and any MARAC referral on the children's file"],
                ["A3", "A written safety plan kept in the flat, which Kayleigh can talk the social worker through; "
                       "the order application lodged by 27/02/2026", "IDVA's session notes and the court reference, "
                                                                   "sent to the social worker"],
                ["A4", "Chain, locks and doorbell fitted and seen working",
                 "Sanctuary Scheme completion sheet; social worker checks them at the next visit"],
                ["A5", "Assessment completed, and a report before each core group giving the CPN's view of "
                       "Kayleigh's capacity to change and the likely timescale",
                 "CPN reports on the file two working days before each core group"],
                ["A6", "Medication reviewed and the history summary received", "GP letter on the file by 04/03/2026"],
                ["A7", "Attendance of 96% or more, late no more than twice in a half-term, and two check-ins held "
                       "every week", "Attendance printout e-mailed to the social worker each Friday; check-ins "
                                     "logged on CPOMS"],
                ["A8", "Attendance of 90% or more; Ellie-Mae settled within ten minutes of drop-off at most "
                       "sessions; every worry rung through on the day",
                 "Nursery's weekly e-mail to the social worker and its phone log"],
                ["A9", "Six of six sessions held; Mason can name three safe adults and say what he would do if he "
                       "felt frightened", "Mason's worksheets and the session notes on file"],
                ["A10", "Kayleigh attends at least 10 of the 12 sessions and can tell the social worker how the "
                        "children were affected", "Programme register and the facilitator's end-of-course letter"],
                ["A11", "Every Saturday kept; the children come home fed and settled",
                 "Stacey's text to the social worker each Saturday evening; Mason asked at visits"],
                ["A12", "Any breach or call-out passed on the same day; a bail update before every core group",
                 "Police e-mail to the social worker, with the log reference"],
            ],
        }),
        ("h1", "6. Contingency plan"),
        ("bullets", [
            "If Connor comes to Tanner's Row, contacts Kayleigh or the children, or breaks his bail or a court "
            "order, Kayleigh will ring 999 (the address has a police marker). Amir, or the Emergency Duty Team "
            "out of hours, will hold a strategy discussion with the police the same day, and Kayleigh and the "
            "children will stay at Stacey's house that night, or in a refuge space found through the Domestic "
            "Abuse Service.",
            "If Kayleigh lets Connor back into the home, or the CPN or GP say that she cannot get up to care for "
            "the children, the children will stay with Stacey while Amir holds a strategy discussion that day.",
            "If Stacey cannot have the children on a Saturday, or cannot take them in an emergency (she is ill, "
            "away or cannot manage), Tasha will take the children to the Riverside Family Hub Saturday club that "
            "week, and in an emergency Amir will arrange a refuge space for Kayleigh and the children, or an "
            "emergency foster placement for the children together, the same day.",
            "If Connor returns to the home, or the children are found in the flat with no adult well enough to "
            "care for them, before the review conference, Amir will ask Gillian Foster for a legal planning "
            "meeting within five working days.",
        ]),
        ("h1", "7. Core group and review"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 1.30pm at Riverside Family Hub: 24/02/2026, 24/03/2026 and "
            "21/04/2026.",
            "Review child protection conference: Wednesday 06/05/2026 at 10am, Uddlescombe Civic Centre.",
        ]),
        ("p", "Plan agreed at conference on 11/02/2026. Copies to Kayleigh, Stacey and every lead named above."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. First review conference plan, 12-year-old with cerebral palsy and
#    epilepsy who communicates with eye-gaze, mother's drinking, aunt doing
#    two bedtimes, short breaks. One table: each outcome is a banner row
#    across the table holding its own evidence and score; the rows under it
#    give only what, who and when. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b152_ulkerthorpe_rcpc_outcome_banner_rows_with_evidence_nowak.pdf",
    "doc_title": "Review Child Protection Plan - Kacper Nowak",
    "split": "heldout",
    "actions": 12,
    "template": "rcpc-disabled-child-plan-paged-header-footer-details-kv-since-icpc-how-kacper-tells-us-then-one-table-outcome-banner-rows-across-with-how-we-will-know-and-score-then-no-what-who-when-rows-under-each-contingency-meetings",
    "description": (
        "Exemplary first review conference plan for a 12-year-old boy with cerebral palsy and "
        "epilepsy who speaks through an eye-gaze device, whose mother's drinking led to missed "
        "medication and personal care. A paged plan with a header and footer; a single table in "
        "which each outcome is a banner row across the table holding its own 'How we will know' "
        "evidence and a score now and wanted, and the rows under it give only what, who and when. "
        "The alcohol service reports on change, the aunt's bedtimes have a fallback, legal "
        "planning follows named triggers, core group and second review dates are set, and Kacper's "
        "own words and signs are recorded."
    ),
    "header": "OFFICIAL – SENSITIVE | Ulkerthorpe County Council | Children with Disabilities Service",
    "footer": "Kacper Nowak – review child protection plan, 03/03/2026 – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Review Child Protection Plan"),
        ("kv", [
            ("Child", "Kacper Nowak, 12 (DOB 30/07/2013), Year 7 at Hollins Bank School (special school)"),
            ("Kacper's needs", "Cerebral palsy (uses a wheelchair and a hoist); epilepsy (levetiracetam twice a "
                               "day, buccal midazolam for seizures over five minutes); communicates with an "
                               "eye-gaze device, his own signs and facial expression"),
            ("Address", "12 Millrace Court, Ulkerthorpe UK7 4DN (ground-floor adapted flat)"),
            ("Mother", "Agnieszka Nowak (41), Kacper's only carer at home"),
            ("Maternal aunt", "Marta Zielinska, 31 Goose Lane, Ulkerthorpe"),
            ("Category", "Neglect"),
            ("Conferences", "Initial 02/12/2025; first review 03/03/2026 (this plan). Chair: Rowena Blake, IRO"),
            ("Social worker", "Leanne Morgan, Children with Disabilities Team (team manager: Huw Jenkins)"),
        ]),
        ("h1", "Since the initial conference"),
        ("p", "In the autumn Kacper missed 11 doses of his epilepsy medicine in six weeks, had two long seizures "
              "at school, and on 14/11/2025 arrived at school in a pad that had not been changed overnight. "
              "Agnieszka told the conference that she had been drinking most evenings since Kacper's father "
              "went back to Poland in the summer. Since December she has worked with the Ulkerthorpe Alcohol "
              "and Drug Service and her breath tests have been clear since 08/01/2026, apart from one reading "
              "on 31/01/2026. Kacper has had no missed doses since the pharmacy started blister packs on "
              "15/12/2025. The morning care calls were agreed in January but have not yet started, because the "
              "agency had no carers free."),
        ("h1", "How Kacper tells us about his life"),
        ("p", "Kacper uses his eye-gaze device to choose words and pictures, and he has his own signs: he "
              "closes his eyes tight for “no” and lifts his right hand for “yes”. His advocate, Dev Patel, met "
              "him at school on 24/02/2026. Asked about home, Kacper chose “home”, “Mum”, “sad” and then "
              "“tired”. Asked about his aunt's evenings he chose “Marta”, “bath” and “happy”, and laughed. He "
              "chose “Willowbank” and “bus” when asked what he likes best, and closed his eyes tight when asked "
              "whether he would like to stay at Willowbank all the time."),
        ("p", "His teacher says that on mornings after a hard night he comes in with his head down and will not "
              "use his device until after break. On good mornings he greets her with his “hello” button before "
              "she has said anything."),
        ("h1", "What we want for Kacper, and who will do what"),
        ("p", "Each outcome is a shaded row across the table, with how we will know it is happening and a "
              "score from 0 (Kacper is not safe or well cared for) to 10 (well enough for the plan to end). "
              "Leanne and the community nurse score each outcome with Agnieszka at every core group. The rows "
              "under each outcome say what will happen, who will do it and when."),
        ("table", {
            "header": ["No.", "What will happen", "Who", "When"],
            "widths": [1.2, 7.6, 4.8, 3.4],
            "rows": [
                ["Outcome 1. Kacper has every dose of his epilepsy medicine on time and goes to every hospital "
                 "and therapy appointment. How we will know: the medicine chart, checked by the community nurse "
                 "every week, shows no missed doses; his seizure diary shows no seizure after a missed dose; "
                 "Dr Hale's clinic letter is on file within two weeks of each clinic. Score now 6, wanted by "
                 "the second review 9.", H, H, H],
                ["1.1", "Check Kacper's medicine chart, his blister packs and his rescue medicine at home, and "
                        "go through the seizure diary with Agnieszka",
                 "Sian Pritchard, children's community nurse (epilepsy)", "Every Tuesday from 10/03/2026"],
                ["1.2", "Give Kacper his levetiracetam at 8am and 8pm and sign the medicine chart each time",
                 "Agnieszka Nowak (mother)", "Twice a day, every day"],
                ["1.3", "See Kacper in clinic, review his seizures and medicine, and write to Leanne and the GP "
                        "after each clinic",
                 "Dr Imogen Hale, consultant paediatrician, Ulkerthorpe General Hospital",
                 "Next clinic 24/03/2026; letter within two weeks"],
                ["Outcome 2. Kacper is washed, changed, fed and positioned every day as his care plan says, by "
                 "an adult who is sober. How we will know: every breath test at the alcohol service is clear; no "
                 "visit, planned or unannounced, finds Agnieszka under the influence; the care log in the home "
                 "book shows a pad change at least every three hours in the day and two baths a week; the nurse "
                 "finds no pressure marks; the carer agency's call log shows every morning call made; the OT's "
                 "check sheet shows his hoist and sleep system safe. Score now 4, wanted by the second review 8.",
                 H, H, H],
                ["2.1", "Key-work sessions with Agnieszka, with a breath test at each one, and a written report "
                        "to each core group on whether she has stopped drinking, what still has to change for "
                        "Kacper and how long that is likely to take",
                 "Gareth Lloyd, recovery worker, Ulkerthorpe Alcohol and Drug Service",
                 "Weekly from 05/03/2026; report two working days before each core group"],
                ["2.2", "Not drink on any day she is caring for Kacper, and go to every key-work session",
                 "Agnieszka Nowak (mother)", "Every day; sessions weekly from 05/03/2026"],
                ["2.3", "Do Kacper's bath, tea and bedtime at the flat and write them in the home book",
                 "Marta Zielinska (maternal aunt)", "Every Tuesday and Thursday, 5pm to 8pm"],
                ["2.4", "Start the agreed morning care call from Brightcare Homecare, so that Kacper is washed, "
                        "changed and up in his chair before his school bus",
                 "Leanne Morgan, social worker", "Calls from 16/03/2026, then every weekday, 7am to 8am"],
                ["2.5", "Visit Kacper at home, one visit in three unannounced, and see his skin, his pad and "
                        "his chair",
                 "Leanne Morgan, social worker", "Weekly until the second review conference"],
                ["2.6", "Check Kacper's hoist, sling, sleep system and wheelchair fit at home",
                 "Owen Price, occupational therapist, Ulkerthorpe Children's Therapy Service", "By 27/03/2026"],
                ["Outcome 3. Kacper is heard, and has time out with other young people doing what he enjoys. How "
                 "we will know: Hollins Bank's monthly summary shows Kacper using his device to say how he is "
                 "each morning; his advocate's written record of his views is on file before every core group; "
                 "Willowbank's weekend diary shows a trip out on each day of every stay. Score now 5, wanted by "
                 "the second review 8.", H, H, H],
                ["3.1", "Help Kacper use his eye-gaze device to say how he is at the start of each school day, "
                        "and send Leanne a summary of what he has said about home",
                 "Mrs Ffion Davies, class teacher, Hollins Bank School",
                 "Every school day; summary on the last Friday of each month"],
                ["3.2", "Meet Kacper on his own and bring his views to the core group, using his device and "
                        "Talking Mats",
                 "Dev Patel, advocate, Ulkerthorpe Children's Advocacy Service",
                 "In the week before each core group"],
                ["3.3", "Give Kacper one short-break weekend a month, with a trip out each day",
                 "Claire Booth, manager, Willowbank House short-break unit",
                 "14–15/03/2026, then one weekend each month"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Agnieszka is found under the influence while caring for Kacper, has a breath test that is not "
            "clear, or Kacper misses two doses in a week: Leanne will see Kacper that day and hold a strategy "
            "discussion the same day. Marta will look after Kacper at the flat that night; if she cannot, "
            "Kacper will go to Willowbank House on an emergency stay, which Claire Booth has agreed.",
            "If Kacper has a seizure lasting more than five minutes and his buccal midazolam is not given, the "
            "adult with him calls 999; school or the nurse tells Leanne the same day.",
            "If Marta cannot do her Tuesday or Thursday evening (she is ill, away or cannot keep it up), she "
            "will ring Leanne that morning; Brightcare will add an evening call that day, and if no sober adult "
            "can be with Kacper overnight he will stay at Willowbank House.",
            "If Agnieszka has two breath tests that are not clear, or the nurse finds missed doses in two "
            "separate weeks, before the second review, Leanne will ask Huw Jenkins for a legal planning "
            "meeting within five working days.",
        ]),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 3.45pm at Hollins Bank School: 17/03/2026, 14/04/2026 and "
            "12/05/2026.",
            "Second review child protection conference: Tuesday 01/09/2026, 10am, Ulkerthorpe County Hall.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Core group plan (revised at the first core group), 15-year-old young
#    carer and her 9-year-old brother, mother with bipolar disorder just
#    home from hospital, grandfather staying two nights a week. Stage
#    headings carry the timing; each bullet carries its own check inside
#    the sentence. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b152_umbleford_core_group_stage_headings_check_in_sentence_penhaligon.md",
    "split": "heldout",
    "actions": 13,
    "template": "core-group-plan-md-details-list-what-happened-freya-and-noah-in-their-words-goals-then-three-stage-headings-with-dates-owner-first-bullets-each-with-we-will-know-clause-then-if-tamsin-becomes-unwell-and-if-alan-cannot-meetings",
    "description": (
        "Exemplary core group plan, revised at the first core group, for a 15-year-old girl who "
        "had been caring for her mother and her 9-year-old brother; the mother has bipolar "
        "disorder and came home from a psychiatric ward in February, and the grandfather stays two "
        "nights a week. The actions sit under three stage headings that carry the dates ('Stage 1 "
        "- by the next core group on 18/03/2026' and so on), and each bullet names who and says "
        "inside the sentence how the core group will know it has worked. The consultant "
        "psychiatrist and the care co-ordinator both report on capacity to change, the GP owns an "
        "action, the grandfather's nights have a fallback, legal planning follows named triggers, "
        "dates are set, and both children's words are recorded."
    ),
    "text": """\
# Child Protection Plan — Freya and Noah Penhaligon

*Umbleford Borough Council · Children's Services · Eastside Family Safeguarding Team*

Revised at the first core group, Wednesday 25/02/2026, from the plan agreed at the initial child protection
conference on Wednesday 11/02/2026 (chair: Miriam Osgood, IRO). Category: neglect.

| | |
|---|---|
| **Freya Penhaligon** | 15, DOB 02/09/2010, Year 10, Penhallow Academy |
| **Noah Penhaligon** | 9, DOB 17/06/2016, Year 4, St Piran's Primary |
| **Tamsin Penhaligon** | 42, mother; 6 Chapel Terrace, Umbleford UB2 5HW |
| **Rob Penhaligon** | 44, father; separated, lives in Portreath Quay, works on a trawler (away Monday to Friday) |
| **Alan Trewin** | 71, maternal grandfather; 19 Lowen Road, Umbleford |
| **Social worker** | Amy Roskilly (team manager: Ben Carthew) |

## What happened

Tamsin has bipolar disorder. In December she stopped taking her lithium, stopped sleeping, and spent most of
January's money in two days. On 06/01/2026 Freya found her on the seafront at 2am, having left Noah asleep at home
on his own, and called Alan. Tamsin was admitted to Beech Ward at Umbleford Hospital under the Mental Health Act
and came home on 02/02/2026. For about six weeks before that Freya had got Noah to school, cooked, and sat up at
night to make sure her mum did not go out. Freya missed 14 days of school in December and January. Tamsin is back on
lithium and is under the Umbleford Community Mental Health Team.

## Freya and Noah, in their own words

Freya (seen on her own at school, 20/02/2026): "I'm not a kid, I can cope. But I'm so tired. I don't sleep properly
because I'm listening for the front door. I don't want Mum going back in hospital, I want her to take her tablets
and I want someone else to notice if she's getting high again, not just me." Freya scored "how much I worry about
Mum" at 9 out of 10.

Noah (seen on his own at home, 19/02/2026): "Grandad makes pasties on Mondays. Freya shouts at me to get ready. When
Mum was ill she laughed at things that weren't funny and it was scary." He said the best thing would be "Dad coming
back more" and "Mum being Mum".

## What we want for Freya and Noah

1. Freya and Noah are looked after every day and night by an adult who is well, so that Freya does not have to
   care for Noah or watch over her mum.
2. Freya goes to school every day and has time for her friends, her sleep and her GCSE options.
3. Noah gets to school on time, fed and in clean uniform, and knows who to tell if his mum seems unwell.
4. If Tamsin starts to become unwell again, an adult (not Freya) notices early and the children are safe.

## The plan

Every action sits under a stage, and the stage heading says when: Stage 1 and Stage 3 give the date the actions
under them must be done by, and Stage 2 is the weekly work that runs from now until the review conference. Where a
bullet gives its own frequency or date, that is the one to follow. Each bullet says who will do it and how we will
know it has happened and made a difference.

### Stage 1 — by the next core group on Wednesday 18/03/2026

- **Dr Priya Raman** (consultant psychiatrist, Umbleford CMHT) will review Tamsin's lithium and her relapse
  signs with her and write to the core group saying whether Tamsin can stay well enough to care for Freya and Noah,
  what needs to change and how long that is likely to take; we will know because her letter will be on the file
  before the meeting.
- **Jo Kessell** (CPN and Tamsin's care co-ordinator, Umbleford CMHT) will write a relapse plan with Tamsin and
  Alan that names Tamsin's early warning signs and who acts on each one, so that Freya is not the person watching;
  we will know it is done when a signed copy is on the file and in the kitchen drawer at Chapel Terrace. Jo will
  also report to each core group on whether Tamsin is making the changes the children need and how long that is
  likely to take.
- **Amy Roskilly** (SW) will refer Freya to Umbleford Young Carers; we will know it is done when the acceptance
  letter and the date of Freya's first session are on the file.
- **Dr Mark Treloar** (GP, Harbourside Surgery) will send Amy and Jo each of Tamsin's lithium blood results within
  two working days of the test; we will know it is working when every result for the four-weekly tests is on the
  file and in range.

### Stage 2 — every week, from 26/02/2026 until the review conference

- **Amy Roskilly** (SW) will visit every week, at least one visit in three unannounced and one in the evening,
  and see Freya and Noah each on their own; her visit records will show both children seen alone every week and
  what they said.
- **Mrs Gill Rowe** (DSL, Penhallow Academy) will meet Freya every Monday and check her attendance each week; we
  will know it is working when her attendance for the half-term is 95% or more and the Monday meetings are logged
  on CPOMS.
- **Mr Tony Baines** (DSL, St Piran's Primary) will give Noah a place at breakfast club every day and note whether
  he arrives fed and in clean uniform; the weekly e-mail to Amy will show Noah at breakfast club and on time on at
  least 9 days in every 10.
- **Alan Trewin** (grandfather) will stay at Chapel Terrace every Monday and Wednesday night and do the school run
  on Tuesdays and Thursdays; he will text Amy each Tuesday and Thursday by 9am, and her log of those texts will show
  every night covered.
- **Tamsin** will take her lithium every evening and go to each four-weekly blood test and each appointment with Jo;
  the GP's results and Jo's record will show every test taken and every appointment kept.
- **Kerry Nance** (family support worker) will hold six weekly sessions, from 03/03/2026 to 07/04/2026, at home
  with Tamsin on the morning routine, meals and money, so that Freya no longer has to do them; Kerry's notes will
  show Tamsin doing the routine herself and Freya's weekly chore list cut to her own jobs by the last session.

### Stage 3 — by the review conference on Thursday 07/05/2026

- **Lowenna Hicks** (young carers worker) will meet Freya every two weeks and score "how much I worry about Mum"
  with her at each session; we will know it is working when Freya's score, written on her young carers record, is
  down from 9 to 5 or less by the review.
- **Amy Roskilly** (SW) will hold a family group conference with Tamsin, Rob, Alan and Freya and Noah, so that
  there is a written network plan for who steps in if Tamsin becomes unwell; we will know when the plan is shared with
  every core group member.
- **Rob Penhaligon** (Dad) will have Freya and Noah every other weekend from Friday teatime, and will ring Amy
  after each weekend; her case notes will show every weekend kept and each call made.

## If Tamsin becomes unwell

- **Triggers:** Tamsin misses two evening doses of lithium in a week, misses a blood test, sleeps less than four
  hours on two nights in a row, or shows any early warning sign in the relapse plan; or Freya or Noah is left at
  home without an adult at night.
- **What happens:** whoever notices rings Jo the same day (the Umbleford crisis team out of hours), and Jo or the
  crisis team sees Tamsin that day. Alan moves into Chapel Terrace that night, or the children go to Alan's at 19
  Lowen Road. If the children have been left without an adult at night, Amy (or the Emergency Duty Team) holds a
  strategy discussion the same day.

## If Alan cannot help

- If Alan is ill, away or cannot keep up his nights, he will tell Amy the same day. Rob has agreed to come to
  Chapel Terrace on Friday to Sunday nights, and Kerry will cover the school run. If no adult from the family can
  stay when Tamsin is unwell, Amy will arrange an emergency foster placement for Freya and Noah together that day.

## If things do not change

- If Tamsin is readmitted to hospital, or stops her lithium, before the review conference and there is no safe
  family arrangement for Freya and Noah, or Dr Raman's letter says she cannot make the changes in the children's
  timescale, Amy will ask Ben Carthew for a legal planning meeting within five working days.

## Meetings

- Core group every three weeks, Wednesdays at 4pm, Eastside Family Hub: 18/03/2026, 08/04/2026 and 29/04/2026.
- Review child protection conference: Thursday 07/05/2026, 10am, Umbleford Guildhall.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Case-system print after the first core group, 10-month-old baby, mother
#    with post-traumatic stress under the perinatal team, father's weekend
#    drinking, paternal grandmother has her Friday to Saturday. Each action
#    is a block with tick boxes for frequency and status; a "Signs of
#    progress" list keyed by action number holds every measure; one one-off
#    action ticked Complete. Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b152_unnelby_case_print_tick_boxes_signs_of_progress_hartigan.txt",
    "split": "heldout",
    "actions": 11,
    "template": "case-system-print-txt-dot-leader-header-fields-baby-day-observed-outcomes-then-action-n-of-m-blocks-task-assigned-frequency-tick-boxes-start-end-status-tick-boxes-then-signs-of-progress-list-keyed-by-action-number-contingency-meetings",
    "description": (
        "Exemplary plan for a 10-month-old, printed from a case system after the first core group. "
        "The mother has post-traumatic stress and is treated by the perinatal mental health team; "
        "the father drinks heavily at weekends; the paternal grandmother has the baby from Friday "
        "to Saturday. Each action is a block with tick boxes for frequency and status and start "
        "and end dates; what will show progress for every action is in a separate 'Signs of "
        "progress' list keyed by action number. One one-off action is ticked Complete (not "
        "counted). The perinatal psychologist and the alcohol service report on change, the GP "
        "owns an action, the grandmother's help has a fallback, legal planning follows named "
        "triggers, dates are set, and the baby's day is recorded as seen."
    ),
    "text": """\
UNNELBY CITY COUNCIL - CHILDREN'S RECORD SYSTEM (CRS 5.2)
PRINT: CHILD PROTECTION PLAN (LIVE VERSION)          Printed 26/02/2026 15:12 by JOKAFOR-WHITE
======================================================================================

Child ............... Rosie-Mae HARTIGAN     DOB 14/04/2025 (10 months)     CRS ID 4471920
Address ............. 2 Kiln Yard Cottages, Unnelby UN4 9TS
Mother .............. Chantelle HARTIGAN (22)
Father .............. Liam DOBBS (25), lives at the address
Paternal grandmother  Sandra DOBBS, 88 Brewery Lane, Unnelby (ten minutes by car)
Category ............ Neglect
ICPC ................ 10/02/2026   Chair: Graham Ellery (IRO)
Plan version ........ 2 - updated at core group 1, 24/02/2026
Allocated SW ........ Janelle Okafor-White     Team manager: Stuart Penrose

--------------------------------------------------------------------------------------
REASON FOR PLAN
--------------------------------------------------------------------------------------
Rosie-Mae's weight fell from the 50th to the 9th centile between her 6-month and
9-month checks. The health visitor found her in a wet cot with a cold bottle twice in
January. Chantelle has post-traumatic stress from her own childhood and has
flashbacks and panic attacks at night; she was referred to the Unnelby Perinatal
Mental Health Team in December. Liam drinks heavily from Friday night to Sunday, and on
24/01/2026 police found him asleep on the sofa with Rosie-Mae in the room after
Chantelle had left the house during a panic attack. The stairs had no gate.

--------------------------------------------------------------------------------------
ROSIE-MAE'S DAY (WHAT WE HAVE SEEN)
--------------------------------------------------------------------------------------
HV visit 05/02/2026: Rosie-Mae sat in her high chair for over an hour; she did not cry
when left and stared at the window. She fed hungrily when the HV warmed a bottle.
SW visit 12/02/2026 (unannounced, 4pm): she crawled to Liam and pulled at his jeans;
he picked her up and she laughed. She flinched when a door banged.
At Sandra's (SW visit 21/02/2026) she was babbling, banged two cups together and fell
asleep on her back in the travel cot ten minutes after her bottle.

--------------------------------------------------------------------------------------
OUTCOMES FOR ROSIE-MAE
--------------------------------------------------------------------------------------
O1  Rosie-Mae is fed every 3-4 hours in the day and is back on the 25th centile by
    the review conference.
O2  Rosie-Mae is always cared for by an adult who is sober and awake, and who answers
    her when she cries.
O3  Rosie-Mae is safe in her home: stairs gated, a clean cot, and she sleeps on her
    back in her own cot.

--------------------------------------------------------------------------------------
ACTIONS                      (measures: see SIGNS OF PROGRESS, by action number)
--------------------------------------------------------------------------------------
ACTION 1 of 12
  Task .......... Weigh Rosie-Mae at home, check her feed chart and her
                  development, and give the feed plan to Chantelle in writing
  Assigned to ... Gemma Lowther, Health Visitor, Unnelby 0-19 Service
  Frequency ..... [ ] Weekly  [X] Fortnightly  [ ] Monthly  [ ] One-off  [ ] Other: ______
  Start / End ... 17/02/2026 / 05/05/2026
  Status ........ [ ] Not started  [X] In progress  [ ] Complete

ACTION 2 of 12
  Task .......... Visit Rosie-Mae at home, one visit in three unannounced and one
                  on a Saturday or Sunday, and see her awake and where she sleeps
  Assigned to ... Janelle Okafor-White, Social Worker
  Frequency ..... [X] Weekly  [ ] Fortnightly  [ ] Monthly  [ ] One-off  [ ] Other: ______
  Start / End ... 11/02/2026 / 05/05/2026
  Status ........ [ ] Not started  [X] In progress  [ ] Complete

ACTION 3 of 12
  Task .......... Fit a stair gate and a fireguard through the Unnelby Home Safety
                  scheme
  Assigned to ... Janelle Okafor-White, Social Worker
  Frequency ..... [ ] Weekly  [ ] Fortnightly  [ ] Monthly  [X] One-off  [ ] Other: ______
  Start / End ... 11/02/2026 / 20/02/2026
  Status ........ [ ] Not started  [ ] In progress  [X] Complete

ACTION 4 of 12
  Task .......... Trauma-focused therapy sessions with Chantelle, and a written
                  report to each core group on whether she is making the changes
                  Rosie-Mae needs, what still has to change and how long that is
                  likely to take
  Assigned to ... Dr Nadia Farouk, clinical psychologist, Unnelby Perinatal Mental
                  Health Team
  Frequency ..... [ ] Weekly  [X] Fortnightly  [ ] Monthly  [ ] One-off  [ ] Other: ______
  Start / End ... 03/03/2026 / 05/05/2026 (report 2 working days before each core group)
  Status ........ [X] Not started  [ ] In progress  [ ] Complete

ACTION 5 of 12
  Task .......... Review Chantelle's medication for her night-time panic attacks
                  and send the SW her health history relevant to caring for
                  Rosie-Mae
  Assigned to ... Dr Owen Castell, GP, Kiln Lane Surgery
  Frequency ..... [ ] Weekly  [ ] Fortnightly  [ ] Monthly  [X] One-off  [ ] Other: ______
  Start / End ... 24/02/2026 / 06/03/2026
  Status ........ [ ] Not started  [X] In progress  [ ] Complete

ACTION 6 of 12
  Task .......... Key-work with Liam on his drinking, with a breath test at each
                  session, and a written report to each core group on whether he
                  is making the changes Rosie-Mae needs and how long that will take
  Assigned to ... Marcus Webb, recovery worker, Unnelby Alcohol Service
  Frequency ..... [X] Weekly  [ ] Fortnightly  [ ] Monthly  [ ] One-off  [ ] Other: ______
  Start / End ... 02/03/2026 / 05/05/2026
  Status ........ [X] Not started  [ ] In progress  [ ] Complete

ACTION 7 of 12
  Task .......... Not drink at all on any day or night he is looking after
                  Rosie-Mae, and go to Sandra's to sleep if he has been drinking
  Assigned to ... Liam Dobbs (father)
  Frequency ..... [ ] Weekly  [ ] Fortnightly  [ ] Monthly  [ ] One-off  [X] Other: every day
  Start / End ... 10/02/2026 / 05/05/2026
  Status ........ [ ] Not started  [X] In progress  [ ] Complete

ACTION 8 of 12
  Task .......... Have Rosie-Mae at her house from Friday 5pm to Saturday 5pm
  Assigned to ... Sandra Dobbs (paternal grandmother)
  Frequency ..... [X] Weekly  [ ] Fortnightly  [ ] Monthly  [ ] One-off  [ ] Other: ______
  Start / End ... 13/02/2026 / 05/05/2026
  Status ........ [ ] Not started  [X] In progress  [ ] Complete

ACTION 9 of 12
  Task .......... Eight home sessions with Chantelle and Liam on Rosie-Mae's routine,
                  play and noticing and answering her cues
  Assigned to ... Hayley Brook, Family Support Worker, Unnelby Family Hub
  Frequency ..... [X] Weekly  [ ] Fortnightly  [ ] Monthly  [ ] One-off  [ ] Other: ______
  Start / End ... 26/02/2026 / 16/04/2026
  Status ........ [ ] Not started  [X] In progress  [ ] Complete

ACTION 10 of 12
  Task .......... Write every feed and every sleep on the chart on the fridge
                  (time, amount, who fed her)
  Assigned to ... Chantelle Hartigan and Liam Dobbs
  Frequency ..... [ ] Weekly  [ ] Fortnightly  [ ] Monthly  [ ] One-off  [X] Other: every feed
  Start / End ... 11/02/2026 / 05/05/2026
  Status ........ [ ] Not started  [X] In progress  [ ] Complete

ACTION 11 of 12
  Task .......... Take up a funded place for Rosie-Mae at Little Owls Nursery and
                  record her attendance, how much lunch she eats and how she settles
  Assigned to ... Becky Tull, key person, Little Owls Nursery
  Frequency ..... [ ] Weekly  [ ] Fortnightly  [ ] Monthly  [ ] One-off  [X] Other: Tuesdays and Thursdays
  Start / End ... 03/03/2026 / 05/05/2026
  Status ........ [X] Not started  [ ] In progress  [ ] Complete

ACTION 12 of 12
  Task .......... Hold a family network meeting with Chantelle, Liam, Sandra and
                  Chantelle's friend Aimee to agree who steps in if Sandra cannot
  Assigned to ... Janelle Okafor-White, Social Worker
  Frequency ..... [ ] Weekly  [ ] Fortnightly  [ ] Monthly  [X] One-off  [ ] Other: ______
  Start / End ... 24/02/2026 / 17/03/2026
  Status ........ [X] Not started  [ ] In progress  [ ] Complete

--------------------------------------------------------------------------------------
SIGNS OF PROGRESS                         (checked at each core group, by action no.)
--------------------------------------------------------------------------------------
 1  Weight plotted in the red book every two weeks and rising; 25th centile by
    05/05/2026; no gap longer than four hours on the daytime feed chart.
 2  SW visit records show Rosie-Mae seen awake at every visit, her cot seen clean
    and her sleeping on her back at any visit while she sleeps.
 3  DONE 19/02/2026 - gate and fireguard seen fitted and in use at every visit since.
 4  Dr Farouk's written report on the file two working days before each core group,
    with her view on Chantelle's capacity to change and the timescale.
 5  GP letter with the medication review and health history on the file by
    06/03/2026.
 6  Breath test results and Marcus's written report on the file before each core
    group; every test taken on a Monday after a weekend reads zero by April.
 7  No visit finds Liam under the influence while caring for Rosie-Mae; Sandra
    confirms to the SW by text each time Liam has slept at hers.
 8  Sandra texts the SW at 5pm each Saturday when Rosie-Mae goes home; the SW asks
    about the weekend at the next visit and checks the feed chart for Friday night.
 9  Hayley's session record shows Chantelle and Liam picking Rosie-Mae up within a
    minute of her crying and following the routine without prompting by session 8.
10  Chart seen at every SW and HV visit with no gaps; the HV signs it fortnightly.
11  Nursery attendance of 90% or more and a weekly e-mail from Becky to the SW on
    how Rosie-Mae has eaten and settled.
12  Written network plan, naming who steps in for Sandra, sent to every core group
    member by 17/03/2026.

--------------------------------------------------------------------------------------
CONTINGENCY
--------------------------------------------------------------------------------------
Trigger ....... Liam found under the influence while caring for Rosie-Mae, or
                Rosie-Mae left without an awake adult, or she loses weight at two
                weighs in a row
Response ...... SW (EDT out of hours) sees Rosie-Mae the same day and holds a
                strategy discussion that day; Rosie-Mae stays with Sandra at 88
                Brewery Lane until it agrees the next step; Liam leaves the house
                for that night.
Trigger ....... Chantelle has a panic attack at night and cannot care for Rosie-Mae
Response ...... Chantelle rings Sandra, who comes to the house or takes Rosie-Mae;
                Chantelle rings the perinatal team's crisis line; SW told next day.
Trigger ....... Sandra unable to help (ill, away, or says she cannot manage)
Response ...... Sandra tells the SW the same day; Aimee Kerr (friend) has agreed to
                stay over; if neither can, SW arranges an emergency foster carer for
                Rosie-Mae that day.
Legal ......... If Rosie-Mae is below the 9th centile again, or Liam is found under
                the influence twice, before the review conference, SW requests a
                legal planning meeting with Stuart Penrose within 5 working days.

--------------------------------------------------------------------------------------
MEETINGS
--------------------------------------------------------------------------------------
Core group .... every 4 weeks (Tuesdays 10am, Unnelby Family Hub): 24/03/2026,
                21/04/2026
Review CP conference ... Tuesday 05/05/2026, 2pm, Unnelby Civic Offices
======================================================================================
END OF PRINT                                                              Page 1 of 1
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. First review conference plan, neglect, father on methadone after a
#    heroin relapse, mother's depression, three children. Landscape table
#    No. / What will happen / Lead / Target date; "How we will know things
#    are better" written as prose paragraphs by action number. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b152_upthorden_rcpc_lead_target_table_how_we_will_know_prose_greenhalgh.docx",
    "doc_title": "Review Child Protection Plan - Tyler, Kenzie and Ava Greenhalgh",
    "split": "heldout",
    "actions": 13,
    "landscape": True,
    "template": "rcpc-landscape-word-plan-details-kv-progress-since-icpc-childrens-words-outcomes-bullets-then-no-what-will-happen-lead-target-date-table-then-how-we-will-know-things-are-better-prose-paragraphs-by-action-number-contingency-meetings",
    "description": (
        "First review conference plan for a 13-year-old, an 8-year-old and a 5-year-old; their "
        "father relapsed into heroin use on top of his methadone and their mother has depression. "
        "A landscape Word table gives No., What will happen, Lead and Target date; how each action "
        "will be known to work is written after it as prose paragraphs by action number. Most rows "
        "are sound (visits, both schools, the recovery service's report on change, the GP, home "
        "conditions, repairs, the dentist, the parenting course). Faults: the young carers "
        "referral is left out of the prose and has no measure of its own, the CPN only supports "
        "the mother and is measured by how motivated she feels, 'Core group' owns sharing worries, "
        "the locked methadone box is 'Ongoing', one outcome is about the father only, and nothing "
        "says legal planning follows if the plan does not work."
    ),
    "blocks": [
        ("title", "Review Child Protection Conference – Child Protection Plan"),
        ("p", "Upthorden City Council · Children and Families · North Area Safeguarding Team"),
        ("kv", [
            ("Children", "Tyler Greenhalgh (13), DOB 08/04/2012, Year 8, Upthorden High School; Kenzie "
                         "Greenhalgh (8), DOB 26/10/2017, and Ava Greenhalgh (5), DOB 13/01/2021, both at "
                         "Greenbank Primary School"),
            ("Address", "71 Slater Street, Upthorden UT5 2LR"),
            ("Parents", "Nicola Greenhalgh (40) and Darren Greenhalgh (44), living together"),
            ("Category", "Neglect (all three children)"),
            ("Conferences", "Initial 25/11/2025; first review 24/02/2026 (this plan). Chair: Owen Prentice, IRO"),
            ("Social worker", "Kirsty Anand (team manager: Lorraine Tait)"),
        ]),
        ("h1", "Progress since the initial conference"),
        ("p", "Darren has been on a methadone script for eight years. In the autumn he began using heroin again "
              "and used foil was found in the bathroom by the health visitor's student. Nicola has had depression "
              "since Ava was born and spends much of the day in bed. At the initial conference Tyler was getting "
              "his sisters up, dressed and to school most days and Kenzie had head lice that had not been treated "
              "for months."),
        ("p", "Since then Darren has moved to supervised consumption and his last five screens have been "
              "negative for heroin. The house is cleaner downstairs but the girls' bedroom is still damp. Kenzie "
              "and Ava have been late 11 times since Christmas. Nicola was referred to the CPN in January and has "
              "been seen twice."),
        ("h1", "What the children say"),
        ("p", "Tyler (seen alone at school, 16/02/2026): “It's better since Dad goes to the chemist every day. I "
              "still do the girls' breakfast because Mum doesn't get up. I'd like to go to football after school "
              "but I can't because I have to get them.”"),
        ("p", "Kenzie (seen alone at home, 12/02/2026) said her bedroom “smells like a cupboard” and she sleeps "
              "in Ava's bed “to stay warm”. Ava drew her family and put Tyler next to her, “because Tyler does my "
              "hair”."),
        ("h1", "Outcomes we are working towards"),
        ("bullets", [
            "Tyler, Kenzie and Ava are fed, clean and at school on time every day.",
            "The children live in a home that is warm, dry and clean, with no drugs or drug equipment where they "
            "can find them.",
            "Tyler is no longer the one who gets his sisters up and to school, and has time for football and "
            "friends.",
            "Darren stays stable on his methadone script and stops using heroin.",
        ]),
        ("h1", "Child protection plan"),
        ("table", {
            "header": ["No.", "What will happen", "Lead", "Target date"],
            "widths": [1.2, 12.5, 7.0, 5.0],
            "rows": [
                ["1", "Visit the children at home, at least one visit in three unannounced, and see each child on "
                      "their own",
                 "Kirsty Anand, social worker", "Weekly until the second review conference"],
                ["2", "Meet Tyler each Wednesday with his learning mentor and check his attendance and lateness",
                 "Mr Scott Ferris, DSL, Upthorden High School", "Every Wednesday in term time"],
                ["3", "Give Kenzie and Ava a breakfast club place and check each morning that they arrive fed, "
                      "clean and on time",
                 "Mrs Julie Hames, DSL, Greenbank Primary School", "Every school day from 25/02/2026"],
                ["4", "Key-work with Darren, supervised methadone and urine screens, and a written report to each "
                      "core group on whether he is making the changes the children need and how long that is "
                      "likely to take",
                 "Sam Ogden, recovery worker, Upthorden Recovery Service",
                 "Weekly; report two working days before each core group"],
                ["5", "Confirm both parents' prescriptions and share any health information that affects their "
                      "care of the children",
                 "Dr Lena Voss, GP, Abbeyfield Surgery", "By 13/03/2026"],
                ["6", "Fortnightly home visits to Nicola to support her with her low mood and her motivation",
                 "Carol Birch, CPN, Upthorden Community Mental Health Team", "Fortnightly from 03/03/2026"],
                ["7", "Eight sessions at home with Nicola and Darren on cleaning, laundry, meals and the morning "
                      "routine",
                 "Jade Whitlow, family support worker", "Weekly, 02/03/2026 to 20/04/2026"],
                ["8", "Repair the damp and the broken window in the girls' bedroom",
                 "Neil Barr, repairs officer, Upthorden Homes", "By 31/03/2026"],
                ["9", "Register Kenzie and Ava with a dentist and take them to their first check-up",
                 "Nicola Greenhalgh (mother)", "By 27/03/2026"],
                ["10", "Refer Tyler to Upthorden Young Carers and make sure he can get to the Wednesday group",
                 "Kirsty Anand, social worker", "By 06/03/2026"],
                ["11", "Tell the social worker on the same day about any worry for the children",
                 "Core group", "Same day"],
                ["12", "Keep his methadone in the locked box, out of the children's reach, and never leave foil or "
                       "other equipment in the house",
                 "Darren Greenhalgh (father)", "Ongoing"],
                ["13", "Go to the ten-week Strengthening Families course at Slater Street Family Centre",
                 "Nicola and Darren Greenhalgh", "Tuesdays, 03/03/2026 to 05/05/2026"],
            ],
        }),
        ("h1", "How we will know things are better"),
        ("p", "Visits (action 1). Kirsty's visit records will show all three children seen every week, and each "
              "child seen on their own at least every other week, with what they said written down."),
        ("p", "School (actions 2 and 3). Tyler's attendance will be 95% or more by the second review, with no "
              "more than two lates a half-term, shown on the printout Mr Ferris sends each Friday. Kenzie and Ava "
              "will be at breakfast club on at least nine days in ten, as logged by Mrs Hames."),
        ("p", "Darren's recovery (action 4). Every urine screen negative for heroin, a supervised pick-up every "
              "day on the pharmacy record, and Sam's written report on the file before every core group."),
        ("p", "The GP (action 5). Dr Voss's letter on the file by 13/03/2026."),
        ("p", "Nicola's mental health (action 6). We will know this is working when Nicola tells Carol that she "
              "feels more motivated and that her mood has lifted."),
        ("p", "The home (actions 7 and 8). The home conditions checklist, done by Jade at each session and by "
              "Kirsty at visits, scores 7 out of 10 or more at every visit by the end of the eight weeks; the "
              "repairs job sheet is signed off and Kirsty sees the girls' room dry at her next visit."),
        ("p", "The dentist (action 9). A letter from the dental practice confirming that both girls are "
              "registered and have been seen."),
        ("p", "Sharing worries (action 11). Each worry is written on the children's case file on the day, with "
              "what was done about it."),
        ("p", "The locked box (action 12). The box is seen locked, and no foil or equipment is found, at every "
              "visit, announced or not."),
        ("p", "The course (action 13). The course register shows both parents at eight or more of the ten "
              "sessions, and the facilitator's report is sent to Kirsty."),
        ("h1", "Contingency plan"),
        ("bullets", [
            "If Darren has a screen positive for heroin, misses two supervised pick-ups in a row, or either "
            "parent is found under the influence while caring for the children, Kirsty (or the Emergency Duty "
            "Team) will hold a strategy discussion the same day. Darren will leave the house that night, and if "
            "there is no sober adult at home the children will be placed together with Upthorden foster carers "
            "that night.",
            "If Tyler is found looking after his sisters on his own before school, Mrs Hames will ring Kirsty "
            "straight away and Kirsty will visit the house that morning.",
        ]),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks, Thursdays at 3.30pm at Slater Street Family Centre: 19/03/2026, "
            "16/04/2026, 14/05/2026 and 11/06/2026.",
            "Second review child protection conference: Tuesday 25/08/2026 at 10am, Upthorden Civic Centre.",
        ]),
    ],
    "findings": [
        F("F002", "Darren stays stable on his methadone script and stops using heroin."),
        F("M001", "Refer Tyler to Upthorden Young Carers and make sure"),
        F("H001", "Fortnightly home visits to Nicola to support her with her low mood"),
        F("M002", "Fortnightly home visits to Nicola to support her with her low mood"),
        F("W002", "Tell the social worker on the same day about any worry"),
        F("T002", "Keep his methadone in the locked box, out of the children's reach"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Pre-birth initial conference plan, mother a care leaver with emotional
#    instability and self-harm under the perinatal team, partner's daily
#    cannabis use, a 2-year-old at home. Actions in tables under four parts
#    whose headings carry the deadline; a "Measuring success" table keyed by
#    reference. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b152_urvington_prebirth_part_deadlines_measuring_success_table_fairclough.pdf",
    "doc_title": "Pre-birth Child Protection Plan - Baby Fairclough and Lily-Rose Fairclough",
    "split": "heldout",
    "actions": 15,
    "template": "prebirth-icpc-plan-paged-header-footer-details-kv-why-lily-roses-world-outcomes-then-part-headings-with-deadlines-each-with-ref-action-who-table-then-also-agreed-part-then-measuring-success-table-by-ref-contingency-meetings",
    "description": (
        "Pre-birth initial conference plan, at 30 weeks, for an unborn baby and a 2-year-old. The "
        "mother, a care leaver, has emotional instability and self-harms, and is under the "
        "perinatal mental health team; her partner smokes cannabis daily. The actions sit in "
        "tables under part headings that give the deadline ('Part 1 - before the birth: all by 36 "
        "weeks'), and a 'Measuring success' table gives each reference's check. Most rows are "
        "sound (the pre-birth assessment, the safeguarding midwife, the drug service's report, "
        "the ward's care record, discharge planning, visits and weighs). Faults: the perinatal "
        "team only supports the mother and is measured by attendance, the safe sleep space is "
        "passive with no owner, 'Family network' looks after the 2-year-old with no fallback in "
        "the contingency, the father's cannabis row is measured only by 'Reviewed at core group', "
        "two rows under 'Also agreed' have no time, and the review conference date is to be "
        "arranged."
    ),
    "header": "OFFICIAL-SENSITIVE · Urvington Borough Council · Children's Social Care",
    "footer": "Pre-birth CP plan – Fairclough – ICPC 17/02/2026 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Pre-birth Child Protection Plan"),
        ("kv", [
            ("Children", "Unborn baby Fairclough, due 28/04/2026 (30 weeks at conference); Lily-Rose Fairclough "
                         "(2), DOB 03/01/2024"),
            ("Address", "Flat 12, Heron Court, Westgate, Urvington UV1 6JD"),
            ("Mother", "Jade Fairclough (22); care leaver, personal adviser Sean Kirby (Urvington Leaving Care "
                       "Service)"),
            ("Baby's father", "Kyle Moss (23), lives with Jade and Lily-Rose"),
            ("Kyle's mother", "Denise Moss, 3 Sorrel Way, Urvington"),
            ("Category", "Neglect (Lily-Rose and the unborn baby)"),
            ("Conference", "Initial child protection conference, Tuesday 17/02/2026. Chair: Samira Qureshi, IRO"),
            ("Social worker", "Leah Brennan (team manager: Paul Ashdown)"),
        ]),
        ("h1", "Why there is a plan"),
        ("p", "Jade was in foster care from 12 to 18. She has a diagnosis of emotionally unstable personality "
              "disorder and has cut her arms when distressed since she was 14. On 12/12/2025, after an argument "
              "with Kyle, she cut her arms and walked to A&E, leaving Lily-Rose asleep alone in the flat; Kyle "
              "came back about two hours later smelling strongly of cannabis. Kyle says he smokes cannabis every "
              "day, usually on the balcony, and that he has cut down since Christmas. Jade was referred to the "
              "Urvington Perinatal Mental Health Team in January and has had her first appointment."),
        ("h1", "Lily-Rose's world"),
        ("p", "Lily-Rose has been seen at home four times and at nursery twice. She is a chatty girl who says "
              "around twenty words and loves her toy buggy. At home she sticks close to Jade and watches her "
              "face; on 06/02/2026 she tried to put a plaster on Jade's arm. She covers her ears when voices "
              "are raised. At nursery on 10/02/2026 she played happily with the sand tray and ran to the door "
              "shouting “Nanny!” when Denise came to collect her. Her nursery says she is often hungry on Monday "
              "mornings."),
        ("h1", "What needs to be different"),
        ("bullets", [
            "The baby is born safely and goes home only with a plan that keeps her or him safe, then is fed, "
            "gains weight and sleeps on their back in their own cot.",
            "Lily-Rose and the baby are never left without an adult who is awake, sober and able to care for "
            "them.",
            "Lily-Rose keeps going to nursery, is not hungry, and is not frightened by shouting or by Jade "
            "hurting herself.",
        ]),
        ("h1", "The plan"),
        ("p", "The actions are in parts. The date in each part's heading is the deadline for everything in that "
              "part unless a row says otherwise. How we will know each action is working is in the Measuring "
              "success table below, under the same reference."),
        ("h2", "Part 1 – Before the birth: all by 36 weeks (31/03/2026)"),
        ("table", {
            "header": ["Ref", "Action", "Who"],
            "widths": [1.2, 10.3, 5.5],
            "rows": [
                ["1.1", "Pre-birth parenting assessment of Jade and Kyle, with a written report and "
                        "recommendation to the core group",
                 "Leah Brennan, social worker"],
                ["1.2", "Put a safeguarding alert on the maternity system and agree a written birth plan that "
                        "says who may visit the ward",
                 "Carys Whitfield, specialist safeguarding midwife, Urvington Royal Infirmary"],
                ["1.3", "Weekly support sessions with Jade to help her manage her emotions and her urges to "
                        "self-harm",
                 "Urvington Perinatal Mental Health Team"],
                ["1.4", "Key-work with Kyle on his cannabis use, with urine screens, and a report on whether he "
                        "can stop before the baby comes home",
                 "Tom Heald, recovery worker, Urvington Drug and Alcohol Service"],
                ["1.5", "A safe sleep space to be set up in the bedroom, with a new cot and mattress",
                 "–"],
                ["1.6", "Antenatal home visit, and a two-year development review for Lily-Rose",
                 "Priya Sandhu, health visitor"],
            ],
        }),
        ("h2", "Part 2 – From the birth until the baby leaves Larch Ward"),
        ("table", {
            "header": ["Ref", "Action", "Who"],
            "widths": [1.2, 10.3, 5.5],
            "rows": [
                ["2.1", "Observe and record every feed and nappy change Jade and Kyle give the baby, and share "
                        "the record with the social worker",
                 "Sue Collins, ward manager, Larch Ward (maternity), Urvington Royal Infirmary"],
                ["2.2", "Hold a discharge planning meeting on the ward and write the discharge plan",
                 "Leah Brennan, social worker"],
                ["2.3", "Look after Lily-Rose while Jade is in hospital and take her to nursery",
                 "Family network"],
            ],
        }),
        ("h2", "Part 3 – From discharge until the review conference"),
        ("table", {
            "header": ["Ref", "Action", "Who"],
            "widths": [1.2, 10.3, 5.5],
            "rows": [
                ["3.1", "Visit at home twice a week for the first two weeks, then weekly, one visit in three "
                        "unannounced, and see both children",
                 "Leah Brennan, social worker"],
                ["3.2", "Weigh the baby at home every week and see where she or he sleeps",
                 "Priya Sandhu, health visitor"],
                ["3.3", "Not smoke cannabis in the flat or while caring for Lily-Rose or the baby",
                 "Kyle Moss (baby's father)"],
                ["3.4", "Keep Lily-Rose's funded place on Monday, Wednesday and Friday mornings, and record her "
                        "attendance and whether she arrives hungry",
                 "Emma Doyle, key person, Acorn Tree Nursery"],
            ],
        }),
        ("h2", "Part 4 – Also agreed"),
        ("table", {
            "header": ["Ref", "Action", "Who"],
            "widths": [1.2, 10.3, 5.5],
            "rows": [
                ["4.1", "Help Jade with her budget, bills and the baby's Sure Start Maternity Grant claim",
                 "Sean Kirby, personal adviser, Urvington Leaving Care Service"],
                ["4.2", "Go to the Bumps to Babies antenatal group at Westgate Children's Centre",
                 "Jade Fairclough and Kyle Moss"],
            ],
        }),
        ("h1", "Measuring success"),
        ("table", {
            "header": ["Ref", "What we will see", "Checked by"],
            "widths": [1.2, 10.8, 5.0],
            "rows": [
                ["1.1", "Assessment report, with a clear recommendation, sent to every core group member by "
                        "31/03/2026", "Paul Ashdown, team manager"],
                ["1.2", "Alert seen on the maternity record; signed birth plan on the children's file",
                 "Leah Brennan"],
                ["1.3", "The perinatal team's attendance list shows Jade at each weekly session", "Leah Brennan"],
                ["1.4", "Tom's written report and the screen results on file before each core group; every "
                        "screen negative for cannabis by 36 weeks", "Leah Brennan"],
                ["1.5", "Cot and new mattress seen in place, clear of bedding and toys, at a home visit",
                 "Leah Brennan"],
                ["1.6", "Visit recorded; Lily-Rose's review scores shared with the social worker",
                 "Priya Sandhu"],
                ["2.1", "The ward's care record, seen by the social worker before discharge, shows every feed "
                        "given on time and the baby settled", "Sue Collins"],
                ["2.2", "Written discharge plan signed by Jade, Kyle and the social worker before the baby "
                        "leaves the ward", "Leah Brennan"],
                ["2.3", "Nursery register shows Lily-Rose at nursery on each of her days during Jade's stay",
                 "Emma Doyle"],
                ["3.1", "Visit records show both children seen at every visit, and the baby seen awake",
                 "Paul Ashdown, in supervision"],
                ["3.2", "The baby's weight in the red book back to birth weight by two weeks and rising after; "
                        "the baby seen on their back in the cot at each visit", "Priya Sandhu"],
                ["3.3", "Reviewed at core group", "Core group"],
                ["3.4", "Attendance of 90% or more; a weekly e-mail to the social worker saying whether "
                        "Lily-Rose arrived hungry", "Emma Doyle"],
                ["4.1", "A written budget plan and the grant claim, copied to the social worker", "Sean Kirby"],
                ["4.2", "Group register shows Jade and Kyle at five of the six sessions",
                 "Westgate Children's Centre"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("bullets", [
            "If Jade self-harms, or tells anyone she has thoughts of harming herself or the baby, the perinatal "
            "crisis team will see her the same day and Leah (or the Emergency Duty Team) will hold a strategy "
            "discussion the same day.",
            "If Kyle is found under the influence of cannabis while caring for Lily-Rose or the baby, he will "
            "leave the flat that day; if Jade cannot care for the children on her own, Leah will arrange a "
            "parent and child foster placement for Jade and the children the same day.",
            "If the pre-birth assessment recommends that the baby cannot safely go home, or Kyle's screens are "
            "still positive at 36 weeks, Leah will ask Paul Ashdown for a legal planning meeting before the "
            "birth to decide whether to start pre-proceedings under the Public Law Outline.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 11am at Westgate Children's Centre, first on 03/03/2026, "
            "then 31/03/2026 and 28/04/2026.",
            "Review child protection conference: date to be arranged after the baby is born.",
        ]),
    ],
    "findings": [
        F("H001", "Weekly support sessions with Jade to help her manage her emotions"),
        F("W001", "A safe sleep space to be set up in the bedroom"),
        F("W002", "Look after Lily-Rose while Jade is in hospital"),
        F("M002", "Not smoke cannabis in the flat or while caring"),
        F("T001", "Help Jade with her budget, bills and the baby's"),
        F("T001", "Go to the Bumps to Babies antenatal group"),
        F("C003"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Core group plan after the third core group, 9-year-old boy, father's
#    violence to his mother (father at home, on a perpetrator programme).
#    Written for the family as cards: What / Who / How often (tick boxes) /
#    How we'll know, some with the check written into the What line.
#    Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b152_ustonbury_core_group_cards_tick_boxes_check_lines_mulholland.md",
    "split": "heldout",
    "actions": 10,
    "template": "core-group-plan-md-for-the-family-plain-words-intro-callums-words-what-we-want-then-h3-card-per-action-what-who-how-often-tick-boxes-how-well-know-line-or-check-in-what-line-then-if-things-go-wrong-meetings",
    "description": (
        "Core group plan, updated at the third core group, for a 9-year-old boy whose father has "
        "been violent to his mother; the father is at home and on a perpetrator programme. Written "
        "for the family as cards, each with What, Who, How often as tick boxes ('[x] Weekly [ ] "
        "Fortnightly ...') and a How we'll know line, or the check written into the What line. "
        "Most cards are sound (the social worker's visits, school, the programme, the IDVA, the "
        "police, direct work). Faults: the debt card has no box ticked, the counsellor card is "
        "'[x] Other: as and when he asks', the calm-down routine is checked only by the mother "
        "keeping an eye on his sleep, the Family Hub referral has no check anywhere, one outcome "
        "is about the father only, and the contingency only says the core group will meet to "
        "discuss next steps, with no legal planning."
    ),
    "text": """\
# Callum's Child Protection Plan

**Ustonbury District Council — Children's Services — Northgate Team**

*Updated at Callum's third core group meeting, Tuesday 03/03/2026.*

This is Callum's plan, written so that Callum's mum and dad can read it and keep it. It was first agreed at the
initial child protection conference on 06/01/2026 (chair: Frances Obi, IRO). Callum is on a plan under the
category of emotional abuse.

- **Callum Mulholland**, 9 (born 11/08/2016), Year 5 at Coldharbour Primary School
- **Leanne Mulholland**, 34 — Callum's mum
- **Gary Mulholland**, 38 — Callum's dad
- All three live at 15 Pennyroyal Drive, Ustonbury US3 4QB
- **Social worker:** Sophie Adair (team manager: Marcus Lyle)

## Why Callum has a plan

In November 2025 the police came to the house twice. The second time, Gary had grabbed Leanne by the throat in the
kitchen while Callum was on the stairs. Callum told his teacher the next day that he "heard Mum choking". Gary was
given a police caution. Leanne and Gary want to stay together, and Gary has started the Ustonbury Choices programme.
Since January there have been no call-outs. Callum's teacher says he is tired most mornings and sometimes falls
asleep after lunch.

## What Callum says

Callum talked to Sophie at school on 25/02/2026. He said: "It's a bit better. Dad doesn't shout as much but I still
listen at night in case. I like it when Dad takes me to football." He said the worst thing is "when they go quiet
and I don't know if it's going to kick off". He gave home a 6 out of 10 ("it was a 2 at Christmas"). He wants
"Mum and Dad to stay together but no more fighting".

## What we want for Callum

1. Callum lives in a home where he does not see or hear shouting, threats or violence.
2. Callum can name two adults he trusts and tells them when he is worried.
3. Callum goes to school every day and sleeps through most nights without bad dreams.
4. Gary will learn to control his temper and stop shouting at Leanne.

## Our plan, card by card

Each card says what will happen, who will do it, how often (the ticked box) and how we'll know it is working.

### Card 1 — Seeing Callum

- **What:** Sophie will see Callum at home and at school, on his own each time, and write down what he tells her.
- **Who:** Sophie Adair, social worker
- **How often:** [x] Weekly  [ ] Fortnightly  [ ] Monthly  [ ] Other: ______
- **How we'll know:** Sophie's visit notes show Callum seen on his own every week, with his own words written down.

### Card 2 — School

- **What:** Mr Dhillon will give Callum a check-in with his key adult on Monday, Wednesday and Friday mornings, so
  that we can see Callum's attendance stay at 96% or more, checked on the register print Mr Dhillon sends Sophie
  every Friday.
- **Who:** Mr Raj Dhillon, DSL, Coldharbour Primary School
- **How often:** [ ] Weekly  [ ] Fortnightly  [ ] Monthly  [x] Other: three mornings a week

### Card 3 — Gary's programme

- **What:** Gary will go to every Thursday evening session of the Ustonbury Choices programme.
- **Who:** Gary Mulholland (Dad)
- **How often:** [x] Weekly  [ ] Fortnightly  [ ] Monthly  [ ] Other: ______ (24 weeks, from 15/01/2026)
- **How we'll know:** the programme worker, Ade Coker, sends Sophie a report after every sixth session saying which
  sessions Gary came to and what he has shown he has learnt.

### Card 4 — Leanne's safety

- **What:** Leanne and her IDVA will make a written safety plan, and go over it every two weeks.
- **Who:** Rachel Fenn, IDVA, Ustonbury Domestic Abuse Service
- **How often:** [ ] Weekly  [x] Fortnightly  [ ] Monthly  [ ] Other: ______
- **How we'll know:** a copy of the safety plan is on the file and Leanne can talk Sophie through it at her next
  visit.

### Card 5 — The police

- **What:** the police will tell Sophie about any call-out to 15 Pennyroyal Drive.
- **Who:** PC Dean Harrop, Ustonbury Police Safeguarding Hub
- **How often:** [ ] Weekly  [ ] Fortnightly  [ ] Monthly  [x] Other: within 24 hours of any call-out
- **How we'll know:** the police notification e-mail is on Callum's file the next working day.

### Card 6 — Callum's worries

- **What:** Nadia will do six sessions with Callum using the worry monster book and his "safe hand" of five trusted
  adults; his finished safe hand and book pages will be kept on his file so that we can see he can name two adults
  he trusts.
- **Who:** Nadia Khalil, family support worker
- **How often:** [x] Weekly  [ ] Fortnightly  [ ] Monthly  [ ] Other: ______ (10/03/2026 to 14/04/2026)

### Card 7 — Bedtime

- **What:** Leanne will use the calm-down routine the school nurse showed her to help Callum get off to sleep.
- **Who:** Leanne Mulholland (Mum)
- **How often:** [ ] Weekly  [ ] Fortnightly  [ ] Monthly  [x] Other: every night
- **How we'll know:** Leanne will keep an eye on how Callum is sleeping.

### Card 8 — Money and the house

- **What:** Gary and Leanne will meet the Citizens Advice debt adviser and agree a plan for the rent arrears.
- **Who:** Gary and Leanne Mulholland
- **How often:** [ ] Weekly  [ ] Fortnightly  [ ] Monthly  [ ] Other: ______
- **How we'll know:** a copy of the payment plan from Ustonbury Homes is on the file.

### Card 9 — Someone to talk to at school

- **What:** Mrs Pryor will see Callum for a drop-in chat in the school's quiet room.
- **Who:** Mrs Helen Pryor, school counsellor, Coldharbour Primary School
- **How often:** [ ] Weekly  [ ] Fortnightly  [ ] Monthly  [x] Other: as and when he asks
- **How we'll know:** Mrs Pryor's session log, sent to Sophie before each core group, shows each time Callum came.

### Card 10 — Help at home

- **What:** Sophie will refer the family to the Ustonbury Family Hub so that a family support worker can help with
  the morning and bedtime routines.
- **Who:** Sophie Adair, social worker
- **How often:** [ ] Weekly  [ ] Fortnightly  [ ] Monthly  [x] Other: by 13/03/2026

## If things go wrong

If things get worse at home, or there are any further concerns, the core group will meet to discuss next steps and
think about whether the plan needs to change.

## Meetings

- Core group: every four weeks. It last met on 03/03/2026; if the plan continues after the review, the next core
  group is on Tuesday 28/04/2026 at 9.30am at Coldharbour Primary School.
- Review child protection conference: Tuesday 31/03/2026, 2pm, Ustonbury Town Hall.
""",
    "findings": [
        F("F002", "Gary will learn to control his temper and stop shouting at Leanne."),
        F("M002", "Leanne will use the calm-down routine the school nurse showed her"),
        F("T001", "Gary and Leanne will meet the Citizens Advice debt adviser"),
        F("T002", "Mrs Pryor will see Callum for a drop-in chat"),
        F("M001", "Sophie will refer the family to the Ustonbury Family Hub"),
        F("C002"),
        F("R002"),
    ],
})
