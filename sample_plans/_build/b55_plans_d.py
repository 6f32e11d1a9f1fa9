"""Batch 55, module d: seven fictional plans (tuning material), places beginning with "d".

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.

Focus: the situations the Child Z review is about, handled well and badly in
varied layouts - a parent with a serious mental illness and adult mental
health services that either only treat or support the parent or are also
asked to assess the potential for change, the steps and the likely timescale
(H001); joint planning with adult services (F004); plans and outcomes built
around a parent rather than the child (F001, F002); a looked-after baby in
hospital and whether anyone is set to visit her (L001); a family moving to
another local authority, with actions kept going until the transfer-in
conference or put on hold until the move (X001); legal planning meetings and
the PLO when progress is insufficient (R002); and review arrangements (R001).
Three plans are exemplary.
"""
from build_batch5 import F, H

PLANS = []


# ---------------------------------------------------------------------------
# 1. Joint child protection and CPA plan, father with schizophrenia; one
#    landscape table with outcome bands merged across it (docx, exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b55_dunkerrow_joint_cp_cpa_outcome_bands_mcgarrity.docx",
    "doc_title": "Joint Child Protection and CPA Plan - Aoife and Rory McGarrity",
    "split": "tune",
    "actions": 16,
    "template": "joint-icpc-and-cpa-plan-docx-landscape-kv-details-illness-and-children-prose-then-one-table-no-what-lead-service-and-worker-when-what-we-will-see-with-four-outcome-bands-merged-across",
    "description": (
        "Joint initial child protection conference and Care Programme Approach plan for a 9-year-old and "
        "a 3-year-old whose father has paranoid schizophrenia and relapsed after stopping his depot "
        "(children kept in the flat for nine days). One landscape table under four outcome bands merged "
        "across the table; the CMHT care coordinator reports on change at every depot visit, the "
        "consultant psychiatrist assesses insight, potential for change, steps and likely timescale, the "
        "CMHT and the SW agree same-day information sharing, the grandmother's support has a fallback, "
        "a legal planning meeting follows a refused depot or second relapse, dates set. Exemplary."
    ),
    "landscape": True,
    "blocks": [
        ("title", "Joint Child Protection and Care Programme Approach (CPA) Plan"),
        ("p", "Dunkerrow Metropolitan Borough Council, Children's Services (Safeguarding Team West) and "
              "Dunkerrow and Lisle NHS Foundation Trust, Lisle Community Mental Health Team"),
        ("kv", [
            ("Children", "Aoife McGarrity (9), Year 5, St Colman's RC Primary; Rory McGarrity (3), Little Owls "
                         "Nursery, Monday to Friday mornings"),
            ("Father", "Liam McGarrity (38). The children live with him at 6 Larch Walk, Brenton estate, "
                       "Dunkerrow."),
            ("Mother", "Shauna Byrne (35), lives in Lisle and has the children every other weekend"),
            ("Paternal grandmother", "Bernadette (Bernie) McGarrity (66), 17 Larch Walk"),
            ("Meeting", "Initial child protection conference held jointly with Liam's CPA review, Thursday "
                        "09/10/2025, Dunkerrow Civic Centre"),
            ("Category", "Neglect"),
            ("Social worker", "Ciara Doherty"),
            ("Liam's care coordinator", "Marcus Obi, community psychiatric nurse, Lisle CMHT"),
            ("Chair", "Patrick Ennis, Independent Conference Chair"),
        ]),
        ("h1", "Liam's illness and what it has meant for Aoife and Rory"),
        ("p", "Liam has had a diagnosis of paranoid schizophrenia since he was 24 and was well for six years on "
              "a depot injection every four weeks. He stopped going to his depot clinic in July. By the end of "
              "August he believed the neighbours were putting poison in the water. When the new school term "
              "started he kept Aoife and Rory in the flat for nine days, covered the windows with foil and gave "
              "them only dry cereal and bottled juice. A police welfare check on 12 September found the "
              "children hungry and the flat dark. Liam agreed to an informal admission to Ward 4, Lisle "
              "Hospital, and the children stayed with Bernie. He came home on 3 October, back on his depot, "
              "and the children returned to him on 5 October with Bernie staying at the flat."),
        ("p", "Dr Voss told conference that Liam has relapsed twice before when he stopped his medication, "
              "each time over about six weeks, and that his early warning signs are poor sleep, refusing tap "
              "water and shop food, and covering the windows. Liam told conference he wants the children to "
              "stay with him and that he \"will not go off the injection again\"."),
        ("h1", "What Aoife and Rory have told and shown us"),
        ("p", "Aoife (seen alone at school on 30 September and at Bernie's on 7 October): \"Dad said the tap "
              "water was poison so we had juice instead. I didn't tell school because Dad said they would take "
              "us away.\" She said she looked after Rory \"because Dad was too busy watching the window\". She "
              "wants to live with her dad \"when he's properly better\" and wants Nanny Bernie \"to still be "
              "round the corner\". She scored home a 6 out of 10, and Nanny Bernie's a 10."),
        ("p", "Rory is three and has a few words. Since he went back to nursery staff have seen him fill his "
              "pockets with food at snack time. He told his keyworker about \"the bad men in the walls\". At "
              "Bernie's he sleeps through the night; at the flat he has been waking two or three times."),
        ("h1", "The plan"),
        ("p", "Each outcome below is what we want for Aoife and Rory by the review conference. The actions "
              "under it are what each person will do to get there. Actions for the CMHT were agreed with "
              "Marcus Obi and Dr Voss at the joint meeting."),
        ("table", {
            "header": ["No.", "What will happen", "Lead (service and named worker)", "When",
                       "What we will see"],
            "widths": [1.0, 9.2, 4.6, 4.6, 6.3],
            "band_fill": "E2EFD9",
            "rows": [
                ["Outcome 1 – Aoife and Rory are cared for every day by an adult who is well enough to keep "
                 "them fed, safe and in school.", H, H, H, H],
                ["1",
                 "Give Liam his depot injection at home, check his mental state against his relapse signature, "
                 "and report to each core group on whether Liam is making the changes this plan needs (taking "
                 "his depot, sleeping, no beliefs about poison) and what that means for his care of the "
                 "children",
                 "Lisle CMHT – Marcus Obi, care coordinator (CPN)",
                 "Every 4 weeks, next due 30/10/2025; written report before each core group",
                 "Injection dates on the CPA record; Marcus's written report read at each core group"],
                ["2",
                 "Joint CPA and child protection review: assess Liam's insight into his illness, his potential "
                 "to stay well and change, the steps he needs to take and the likely timescale, and how his "
                 "illness affects his care of Aoife and Rory",
                 "Lisle CMHT – Dr Helen Voss, consultant psychiatrist, with the SW",
                 "By 14/11/2025",
                 "Written prognosis report sent to the SW and to the review conference"],
                ["3",
                 "Go to every depot appointment, and tell Marcus or the SW the same day if he is not sleeping or "
                 "starts to feel the food or water is unsafe, so the children can go to Bernie's",
                 "Liam McGarrity",
                 "Every 4 weeks, and the same day for any warning sign",
                 "No missed injections on the CPA record; SW visit notes record what Liam has reported"],
                ["4",
                 "Write with Liam a \"when Dad is becoming unwell\" plan for the children, saying who they go "
                 "to and who school and nursery should ring; give a copy to Bernie, Shauna, school and nursery",
                 "Children's Services – Ciara Doherty, SW",
                 "By the first core group, 23/10/2025",
                 "Signed plan held by all five; copies seen by the SW"],
                ["5",
                 "Sleep at Liam's flat every night for the first four weeks after the children came home, then "
                 "have Aoife and Rory to sleep at her house every Friday",
                 "Bernie McGarrity (paternal grandmother)",
                 "Nightly until 02/11/2025, then every Friday until the review conference",
                 "Bernie's diary of nights stayed, seen by the SW at each visit"],
                ["6",
                 "Home visits: check the fridge and cupboards, the children's beds and the windows; see Aoife "
                 "on her own and Rory at play",
                 "Children's Services – Ciara Doherty, SW",
                 "Weekly until the review conference, at least one visit in three unannounced",
                 "Visit record with the home checklist and what each child said or did"],
                ["Outcome 2 – Aoife and Rory are in school and nursery every day, fed, and the adults there "
                 "know what to look out for.", H, H, H, H],
                ["7",
                 "Check Aoife's attendance each morning; ring Liam and then the SW if she is not in by 9.15am",
                 "St Colman's RC Primary – Mrs Deirdre Nolan, DSL",
                 "Every school day",
                 "Attendance printout to the SW every Friday; Aoife's attendance at 95% or more by the review"],
                ["8",
                 "Record Rory's attendance, what he eats at snack and lunch and anything he says about home; "
                 "pass any worry to the SW the same day",
                 "Little Owls Nursery – Jade Pickering, manager",
                 "Every nursery session",
                 "Register and a weekly written note to the SW"],
                ["9",
                 "Collect Rory from nursery and give both children their tea at her house",
                 "Bernie McGarrity (paternal grandmother)",
                 "Every Tuesday and Thursday until the review conference",
                 "Nursery collection log shows Bernie collected"],
                ["10",
                 "Rory's developmental review (ASQ-3) at home, looking closely at his speech, eating and sleep",
                 "Health visiting – Sunita Rahman, HV",
                 "By 20/11/2025",
                 "ASQ-3 scores and the HV's notes shared with the SW and nursery"],
                ["Outcome 3 – Aoife understands her dad's illness and does not carry her worries on her own; "
                 "both children have someone safe to tell.", H, H, H, H],
                ["11",
                 "Young carer's assessment for Aoife, then one-to-one sessions using the \"My dad has an "
                 "illness\" workbook",
                 "Dunkerrow Young Carers – Owen Price",
                 "Assessment by 31/10/2025; six weekly sessions from 03/11/2025",
                 "Written assessment to the SW; Aoife's workbook pages shared with her agreement"],
                ["12",
                 "Family session with Aoife, Liam and the SW to explain Liam's illness in words Aoife "
                 "understands and answer her questions",
                 "Lisle CMHT – Marcus Obi, care coordinator (CPN)",
                 "By 28/11/2025",
                 "Session note on both records listing Aoife's questions and the answers given"],
                ["13",
                 "See both children on their own during her weekends and tell the SW of anything that worries "
                 "her about Liam at the handover",
                 "Shauna Byrne (mother)",
                 "Every other weekend, Saturday 10am to Sunday 5pm, next on 18/10/2025",
                 "SW rings Shauna each Monday after a weekend and records what she says"],
                ["Outcome 4 – If Liam becomes unwell again, Aoife and Rory are protected straight away, "
                 "before he reaches a crisis.", H, H, H, H],
                ["14",
                 "Agree in writing how the CMHT will tell the SW the same day about a missed depot, a crisis "
                 "call or an early warning sign, and how the SW will tell the CMHT about worries for the "
                 "children",
                 "Children's Services – Ciara Doherty, SW, with Marcus Obi",
                 "By 23/10/2025",
                 "Information-sharing agreement signed by both and saved on both records"],
                ["15",
                 "Send Lisle Home Treatment Team this plan and the children's arrangements, so that any crisis "
                 "assessment of Liam starts by asking who is caring for Aoife and Rory",
                 "Lisle CMHT – Marcus Obi, care coordinator (CPN)",
                 "By 23/10/2025",
                 "Plan on Liam's crisis record; Home Treatment Team confirms by email"],
                ["16",
                 "Complete the child and family assessment, drawing on Dr Voss's report",
                 "Children's Services – Ciara Doherty, SW",
                 "By 28/11/2025",
                 "Assessment shared with Liam, Shauna and the core group before the review conference"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("bullets", [
            "If a depot injection is not given within three days of its due date, or Liam, Bernie, school or "
            "nursery notice an early warning sign (Liam not sleeping, covering the windows, refusing tap water "
            "or shop food, talking about the neighbours poisoning him), Marcus will visit that day and the "
            "Lisle Home Treatment Team will assess Liam within 24 hours. Aoife and Rory will sleep at Bernie's, "
            "17 Larch Walk, from that night until Dr Voss and the SW agree it is safe for them to go home.",
            "If Bernie cannot have the children (if she is ill or away), they will go to their mum, Shauna, in "
            "Lisle. If neither can have them, the SW (or the emergency duty team out of hours) will arrange an "
            "emergency foster placement the same day.",
            "If Liam refuses his depot, has a second relapse before the review conference, or Dr Voss's report "
            "says he is unlikely to be well enough to care for the children within a timescale that is right "
            "for them, the SW will request a legal planning meeting within 5 working days to decide whether to "
            "start the Public Law Outline.",
        ]),
        ("h1", "Core group, CPA and review"),
        ("bullets", [
            "Core group every three weeks at St Colman's RC Primary, 3.45pm: 23/10/2025, 13/11/2025, "
            "04/12/2025 and 08/01/2026. Marcus Obi attends every core group.",
            "Liam's CPA review, held jointly with the SW: 14/11/2025, Lisle CMHT.",
            "Review child protection conference: Thursday 15/01/2026, 10am, Dunkerrow Civic Centre.",
        ]),
        ("p", "Plan agreed at the joint meeting and sent by Ciara Doherty (SW) on 10/10/2025 to Liam, Shauna, "
              "Bernie and every service named above."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Baby accommodated under section 20 and still on the children's ward;
#    task table, nobody set to visit her (paged PDF, header and footer)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b55_delverton_s20_baby_on_ward_task_table_pryor.pdf",
    "doc_title": "Child Protection Plan - Mia-Rose Pryor (looked after, in hospital)",
    "split": "tune",
    "actions": 11,
    "template": "icpc-plan-looked-after-baby-in-hospital-paged-legal-status-kv-ward-observations-outcomes-then-task-responsible-target-date-evidence-of-completion-table-family-time-contingency-meetings",
    "description": (
        "Initial conference plan for an 11-week-old accommodated under section 20 and still on the "
        "children's ward (unexplained rib fractures, faltering growth; mother's postnatal depression, "
        "father's cannabis use), to go to foster carers on discharge. Task | Responsible | Target date | "
        "Evidence table. Faults: the only visit to the baby is the SW's 'visit when possible', so no one "
        "is set to visit her at a stated frequency (L001, T002), a police investigation 'Ongoing' "
        "(T002), the perinatal team only supporting the mother, measured by engagement (H001, M002), a "
        "parenting assessment with no evidence (M001), 'All professionals' (W002). The contingency, "
        "legal steps, the drug service's action and the meeting dates are sound. Header and page footer "
        "on every page."
    ),
    "header": "OFFICIAL-SENSITIVE · Delverton Borough Council · Children in Care and Safeguarding Service",
    "footer": "Child protection plan (looked after child) – Mia-Rose Pryor – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan – Looked After Child in Hospital"),
        ("kv", [
            ("Child", "Mia-Rose Pryor, born 24/06/2025 (11 weeks at conference)"),
            ("Where she is", "Ward 9 (children's ward), Delverton Royal Infirmary, since 02/09/2025"),
            ("Legal status", "Accommodated under section 20, Children Act 1989, since 05/09/2025, with the "
                             "agreement of both parents"),
            ("Placement on discharge", "Mr and Mrs Adeyemi, Delverton in-house foster carers (supervising "
                                       "social worker: Lorna Fyfe)"),
            ("Mother", "Kayleigh Pryor (19), 22 Canal View, Delverton"),
            ("Father", "Jordan Welch (22), lives with Kayleigh; named on the birth certificate"),
            ("Conference", "Initial child protection conference, Thursday 18/09/2025, Delverton Royal "
                           "Infirmary, Education Centre"),
            ("Category", "Physical abuse"),
            ("Social worker", "Dan Rowlands, Children in Care Team 2"),
            ("IRO", "Helen Marsh"),
        ]),
        ("h1", "Why Mia-Rose has a plan"),
        ("p", "Kayleigh took Mia-Rose to the emergency department on 2 September because she was \"floppy and "
              "not feeding\". Mia-Rose's weight had fallen from the 25th centile at her 6-week check to below "
              "the 2nd centile. A skeletal survey found healing fractures of two ribs on her right side, "
              "thought to be two to four weeks old. Neither parent has been able to explain them. Kayleigh "
              "was diagnosed with postnatal depression in July and is seen by the Delverton Perinatal Mental "
              "Health Team. Jordan told the SW he smokes cannabis \"most nights, to sleep\"."),
        ("p", "A legal planning meeting on 10/09/2025 agreed that Mia-Rose will stay accommodated under "
              "section 20 while the medical and police enquiries continue, and that the local authority will "
              "start pre-proceedings under the Public Law Outline. The letter before proceedings was given to "
              "both parents on 15/09/2025 and both have solicitors."),
        ("h1", "Mia-Rose on the ward"),
        ("p", "Mia-Rose cannot tell us how she feels, so this is what the nurses and the play specialist have "
              "seen. She has tube feeds overnight and takes 90 ml bottles in the day. She startles and cries "
              "when she is picked up quickly and when she is laid on her right side. She watches faces "
              "closely, has started to smile at the play specialist and settles best when she is held upright "
              "against someone's chest. Kayleigh has come to the ward on 6 of the last 10 days, Jordan on 2."),
        ("h1", "What needs to be different for Mia-Rose"),
        ("bullets", [
            "Mia-Rose has no further injuries, and everyone who cares for her handles her gently and safely.",
            "Mia-Rose feeds well without her tube and gains weight steadily, back to the 9th centile by "
            "December.",
            "Mia-Rose leaves hospital straight to carers who are trained to feed her and know her routines.",
            "We understand whether her parents can keep Mia-Rose safe before any decision about her going "
            "home.",
        ]),
        ("h1", "Action plan"),
        ("table", {
            "header": ["Task", "Responsible", "Target date", "Evidence of completion"],
            "widths": [6.4, 3.8, 2.8, 4.0],
            "rows": [
                ["Supervise all of the time Kayleigh and Jordan spend with Mia-Rose on the ward and record how "
                 "they hold, feed and settle her",
                 "Ward 9 nursing staff (Sister Gail Upton)",
                 "Every time the parents are on the ward",
                 "Supervision notes emailed to the SW each Friday"],
                ["Keep in regular contact with Ward 9 and visit Mia-Rose on the ward when possible",
                 "SW Dan Rowlands",
                 "When possible",
                 "Contacts recorded on Mia-Rose's electronic file"],
                ["Medical opinion on the rib fractures and the weight loss, including the bone and clotting "
                 "test results",
                 "Dr Farah Qureshi, consultant paediatrician",
                 "By 03/10/2025",
                 "Written report to the SW and to Delverton Police"],
                ["Criminal investigation into how Mia-Rose's ribs were broken, including interviews with "
                 "Kayleigh and Jordan",
                 "Delverton Police Child Abuse Investigation Team (DC Ross Kerr)",
                 "Ongoing",
                 "Outcome of the investigation shared with the SW"],
                ["Wean Mia-Rose off her overnight tube feeds and write a feeding plan for her carers",
                 "Ellen Birch, ward dietitian",
                 "Before discharge",
                 "Written feeding plan; weight chart shows a gain of at least 150 g a week"],
                ["Foster carers to complete tube feeding and baby basic life support training at the "
                 "Infirmary's education centre",
                 "Mr and Mrs Adeyemi, with Lorna Fyfe (supervising SW)",
                 "Before discharge",
                 "Training certificates on the fostering file"],
                ["Hold a discharge planning meeting to agree the day Mia-Rose moves to her foster carers",
                 "SW Dan Rowlands",
                 "Within 2 working days of Dr Qureshi confirming Mia-Rose is fit for discharge",
                 "Discharge plan sent to the parents, the carers and every agency"],
                ["Continue fortnightly home visits to support Kayleigh with her low mood and anxiety",
                 "Delverton Perinatal Mental Health Team (CPN Sarah Lomax)",
                 "Fortnightly",
                 "Kayleigh engages with the visits"],
                ["Weekly keywork sessions with Jordan about his cannabis use, with a urine screen at each "
                 "session",
                 "Delverton Drug and Alcohol Service (Amir Haq, keyworker)",
                 "Weekly from 22/09/2025",
                 "Screen results and attendance sent to the SW every month"],
                ["Complete a parenting assessment of Kayleigh and Jordan",
                 "Delverton Family Assessment Centre (Jo Whitfield)",
                 "By 21/11/2025",
                 ""],
                ["Share any new information about bruising, injuries or the parents' behaviour on the ward",
                 "All professionals",
                 "Same day",
                 "Information logged on Mia-Rose's file by the SW"],
            ],
        }),
        ("h1", "Family time"),
        ("p", "Kayleigh and Jordan may be with Mia-Rose on Ward 9 between 10am and 8pm, supervised by the "
              "nurses. Other family members may visit only with the SW's agreement."),
        ("h1", "Contingency plan"),
        ("p", "If Kayleigh or Jordan try to take Mia-Rose off the ward, or either of them withdraws their "
              "agreement to section 20, the nurse in charge will call Delverton Police on 999 and the SW (the "
              "emergency duty team out of hours), and the SW will seek legal advice the same day about an "
              "emergency protection order."),
        ("p", "If a parent comes to the ward under the influence of drugs or alcohol, or handles Mia-Rose "
              "roughly, the nurse in charge will end the visit at once and tell the SW that day; from then on "
              "family time will take place only at the Delverton Family Contact Centre."),
        ("p", "If Dr Qureshi's report says the fractures were caused by an adult, or the parenting assessment "
              "is negative, the SW will request a legal planning meeting within 5 working days to decide "
              "whether to issue care proceedings."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every two weeks while Mia-Rose is on the ward, then every four weeks: 02/10/2025, "
            "16/10/2025 and 30/10/2025, 2pm, Ward 9 seminar room.",
            "First looked after review, chaired by the IRO: 03/10/2025.",
            "Review child protection conference: Thursday 11/12/2025, 10am, Delverton Civic Offices.",
        ]),
    ],
    "findings": [
        F("L001"),
        F("T002", "Keep in regular contact with Ward 9 and visit"),
        F("T002", "Criminal investigation into how Mia-Rose's ribs were broken"),
        F("H001", "Continue fortnightly home visits to support Kayleigh"),
        F("M002", "Continue fortnightly home visits to support Kayleigh"),
        F("M001", "Complete a parenting assessment of Kayleigh and Jordan"),
        F("W002", "Share any new information about bruising, injuries"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Family moving to another local authority: two tables, before the move
#    and after it until the transfer-in conference; every action keeps going
#    (md, exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b55_dreymouth_transfer_out_before_after_move_tables_halloran.md",
    "split": "tune",
    "actions": 14,
    "template": "rcpc-plan-md-family-table-why-moving-prose-then-two-action-tables-before-the-move-and-after-the-move-until-transfer-in-conference-hash-what-who-when-how-well-know",
    "description": (
        "Review conference plan for a 6-year-old and a 7-month-old (mother's alcohol dependence, now "
        "after a community detox) whose family moves to another local authority three weeks after "
        "conference. Two tables: 'Before the move' and 'After the move, until Carnwick's transfer-in "
        "conference'. The transferring authority's SW and the alcohol service carry on until the "
        "transfer-in conference, the transfer request and school file go with dates, the aunt's support "
        "has a fallback, and a legal planning meeting follows drinking or missed appointments whether or "
        "not the family has moved. Core group dates and a review conference date in case the transfer-in "
        "conference has not taken over. Exemplary."
    ),
    "text": """\
# Child Protection Plan: Kian and Maisie Halloran

**Dreymouth Borough Council – Children's Services – Coastal Locality Team**

Agreed at the review child protection conference on Tuesday 7 October 2025.
The family are moving to Carnwick on Saturday 1 November 2025. Dreymouth
keeps this plan, and every action in it, until Carnwick Borough Council holds
its transfer-in conference. Nothing in the plan waits for the transfer.

## The family

| Name | Who they are |
|---|---|
| Kian Halloran | 6, Year 2 at Seaview Primary, Dreymouth |
| Maisie Halloran | 7 months |
| Tasha Halloran | Kian and Maisie's mum, 27 |
| Leanne Halloran | Tasha's sister, lives in Carnwick |
| Ryan Cole | the children's dad; no contact since February 2024 |

Category: neglect (initial conference 8 July 2025). Social worker: Femi
Adeyinka. Team manager: Jo Pritchard. Carnwick contact: Rachel Dunn,
Carnwick Borough Council Assessment Team.

## Why there is a plan

In June Tasha was found asleep on the sofa, drunk, with Maisie (then 3 months
old) beside her; Kian had let himself out and gone to a neighbour because he
was hungry. Tasha told us she was drinking two bottles of wine a day. Since
July she has worked with Dreymouth Recovery Service (DRS), finished a
community detox in August and takes acamprosate from her GP. Her breath
tests have been clear since 22 August apart from one on 19 September, when
she said she had two cans after a row with a neighbour and told DRS herself
the next morning.

## Why the family is moving

Tasha has been offered a Carnwick Housing Association tenancy from 1 November,
three streets from Leanne. Conference agreed the move is good for Kian and
Maisie: Leanne will be close by, and Tasha will be away from the people she
used to drink with. Conference also agreed the move must not leave a gap in
the plan.

## What Kian and Maisie tell and show us

Kian (seen alone at school, 2 October): "I'm a bit excited and a bit scared
about the new school. I want to take my Lego and my bike." He said "Mummy
doesn't do the smelly drinks now" and asked whether Femi will still come to
see him in the new house. He gave home a 7 out of 10 and said it would be a
10 "if Auntie Leanne lived next door".

Maisie is crawling and pulling herself up on the furniture. She babbles
"mama", reaches for Tasha when a visitor picks her up, and goes to sleep in
her cot at about 7pm. She was on the 25th centile when she was weighed on
30 September.

## What we want for Kian and Maisie

- Kian and Maisie are looked after by a mum who is sober every day and every night, before and after the move.
- Kian starts his new school without missing a day, and Maisie's health checks and immunisations carry on with nothing missed.
- Someone from the plan sees Kian and Maisie every week, with no gap while they move, until Carnwick takes over the plan.
- Kian knows what is happening, when, and who his new grown-ups will be.

## What will happen

### Before the move: now until Friday 31 October

| # | What will happen | Who | When | How we'll know |
|---|---|---|---|---|
| 1 | Home visit to see Kian on his own and Maisie awake, check the fridge and the breath test photos, and talk with Kian about the move | Femi Adeyinka (SW) | Weekly until the move, one visit in three unannounced | Visit notes record what Kian says, how Maisie is and the photos seen |
| 2 | Keywork with a breath test at every session, and a written report on whether Tasha is staying sober, what is helping and what her progress means for Kian and Maisie | Gail Shaw, DRS keyworker | Weekly; report before each core group | Breath test results and the written report read at each core group |
| 3 | Take a breath test at 6pm every evening and send the photo to Leanne | Tasha | Every evening | Photos kept on Tasha's phone and shown to Femi at each visit |
| 4 | Send Carnwick the transfer-in request with this plan, the chronology and the latest assessment | Jo Pritchard (team manager) | By Friday 17 October | Carnwick confirms receipt in writing and gives a transfer-in conference date |
| 5 | Apply with Tasha for Kian's place at St Peter's Primary, Carnwick, with a start date of Monday 3 November | Femi Adeyinka (SW) | By Friday 17 October | Offer letter with the start date, copied to the file |
| 6 | Check Kian's attendance every morning and send his safeguarding file to the DSL at St Peter's, with a phone call to go through it | Mr Ahmed Rauf, DSL, Seaview Primary | Attendance daily; file and call by Friday 31 October | Weekly attendance printout to Femi; St Peter's DSL confirms in writing that the file arrived |
| 7 | Weigh Maisie and check her feeding, sleep and development, then do a joint home visit with the Carnwick health visitor so there is no gap | Nicola Brett (HV) | Every two weeks until the move; joint visit in the week of 3 November | Weights in the red book, on or above the 25th centile; joint visit note on both HV records |
| 8 | Register herself, Kian and Maisie with a Carnwick GP practice | Tasha | By Friday 24 October | Registration confirmation shown to Femi |

### After the move: from Monday 3 November until Carnwick's transfer-in conference

| # | What will happen | Who | When | How we'll know |
|---|---|---|---|---|
| 9 | Carry on home visits at the new address in Carnwick, seeing Kian on his own and Maisie awake | Femi Adeyinka (SW) | Weekly until the transfer-in conference | Visit notes, shared with Carnwick's allocated SW |
| 10 | Carry on weekly keywork and breath tests at Tasha's new home, and introduce Tasha to Carnwick Aspire at a joint appointment | Gail Shaw, DRS keyworker | Weekly until the transfer-in conference; joint appointment by 14 November | Breath test results to Femi weekly; Aspire confirms the joint appointment took place |
| 11 | Look after Kian and Maisie at her house every Saturday so Tasha has a break | Leanne Halloran (aunt) | Every Saturday, 10am to 4pm, from 8 November | Leanne's diary, seen by Femi |
| 12 | Check Tasha's 6pm breath test photo each evening and ring Femi the next morning if one is missing or shows alcohol | Leanne Halloran (aunt) | Every evening | Leanne's log of photos, seen by Femi at each visit |
| 13 | See Kian in his first week at St Peter's, then check his attendance every morning and tell Femi the same day if he is not in | Mrs Harpreet Kaur, DSL, St Peter's Primary | First week from 3 November, then daily | Note of the first-week meeting and a weekly attendance printout to Femi |
| 14 | Present the plan at Carnwick's transfer-in conference, with Kian's and Maisie's views and the DRS report | Femi Adeyinka (SW) | At the conference, due by 21 November | Carnwick's conference record shows the plan taken over |

## If things go wrong

- If Tasha drinks while she is caring for Kian or Maisie (a breath test over zero, a missing photo she cannot explain, Leanne, school or the HV smelling alcohol on her, or Kian telling us), the children will go to Leanne's that day and Femi (or the emergency duty team of whichever council they live in at the time) will hold a strategy discussion the same day.
- If Leanne cannot have the children or check the photos (if she is ill, working or away), Tasha will send the photo to Femi's duty line instead, and if the children need somewhere to go that day Femi will arrange an emergency foster placement.
- If Tasha drinks while caring for the children, or misses two DRS sessions in a row, Femi will request a legal planning meeting in Dreymouth within 5 working days, whether or not the family has moved. Dreymouth will not wait for the transfer-in conference.

## Meetings

- Core group every three weeks: Tuesday 21 October 2025, 1pm, Seaview Primary; Tuesday 11 November 2025, 1pm, St Peter's Primary, Carnwick (with Carnwick's SW invited).
- Carnwick transfer-in conference: requested for no later than Friday 21 November 2025.
- Review child protection conference: Tuesday 6 January 2026, 10am, Dreymouth Civic Centre, if the transfer-in conference has not taken over the plan by then.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Social worker's letter to a mother after the first core group, written
#    round her illness: "What needs to happen" sentences mostly about Kerry
#    (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b55_dolbrigg_sw_letter_after_core_group_ashby.txt",
    "split": "tune",
    "actions": 8,
    "template": "sw-letter-to-parent-txt-address-block-dear-kerry-why-we-are-worried-what-we-are-hoping-for-what-needs-to-happen-you-will-sentences-if-things-get-worse-next-meetings-useful-numbers",
    "description": (
        "Plain-text letter from the social worker to a mother with depression and anxiety (overdose in "
        "June) after the first core group for her 13-year-old and 8-year-old, in second person. Most of "
        "the 'What needs to happen' sentences are about Kerry's own appointments, treatment and "
        "benefits with no link to the children (F001); two of the three hopes are about Kerry (F002 x2); "
        "the children's views appear nowhere (F003). The CMHT only supports her and nothing measures it "
        "(H001, M001), the Talking Therapies step waits until she feels ready (T002), the head of year "
        "will 'keep an eye on' Ellie with no time (T001, M002), the contingency is 'if things get worse' "
        "followed by an earlier meeting (C002), and there is no legal step (R002). Meeting dates are set."
    ),
    "text": """\
Dolbrigg City Council
Children and Families Service - Harbourside Team
Quay House, 4 Mill Lane, Dolbrigg DB3 7QT
Tel: 01874 552 310

Ms Kerry Ashby
Flat 3, 18 Wharf Street
Dolbrigg DB2 4LS

21 October 2025

Dear Kerry,

Charlie and Ellie's child protection plan - what we agreed at the core group
on Thursday 16 October

Thank you for coming to the core group last week. I know it was hard for you
to sit in a room with so many people, and you did really well to stay to the
end. I said I would write down what we agreed in plain words so that you have
it at home. Charlie and Ellie have been on a child protection plan under the
category of neglect since the conference on 25 September.

WHY WE ARE WORRIED

Everyone at the conference agreed that your mental health has been very poor
since the spring. You have a diagnosis of depression and anxiety, and in June
you took an overdose of your tablets and spent two nights in Dolbrigg General.
You have told me that on some days you cannot get out of bed. Both schools
have raised concerns about attendance, and you have fallen behind with the
rent and the gas.

WHAT WE ARE HOPING FOR

Your mental health will get better and you will feel more able to cope.

You will engage with the services that are there to help you.

Charlie and Ellie will be in school every day.

WHAT NEEDS TO HAPPEN

You will see Dr Mensah at Harbour Lane Surgery for a review of your medication by Friday 31 October, and show me the new prescription when I visit.

Dolbrigg Community Mental Health Team (your care coordinator, Rhian Price) will keep seeing you every two weeks to support you with your low mood and anxiety.

You will refer yourself to the Dolbrigg Talking Therapies anxiety group when you feel ready, and show me the letter confirming your place.

You will go to the Tuesday women's wellbeing group at Quayside Family Hub every week from 28 October, and the group worker will sign your attendance card.

Sam (your social worker) will visit you at home every two weeks to see how you are managing and to talk about how you are feeling, and will write up each visit on your file with a copy for you.

Sam will also help you to fill in your PIP form by Friday 7 November and keep a copy of everything that is sent.

Mr Doyle, Ellie's head of year at Dolbrigg Academy, will keep an eye on Ellie in school.

Mrs Patel, the DSL at St Bride's Primary, will check Charlie's attendance every Friday and email Sam the figure for that week.

IF THINGS GET WORSE

If things get worse, or you feel you are not coping, please ring me or the
duty team, and we will bring the core group forward to talk about what needs
to change.

NEXT MEETINGS

The next core group is on Thursday 13 November at 10am at Quayside Family Hub,
and after that every four weeks (11 December, 8 January). The review child
protection conference is on Tuesday 16 December 2025 at 2pm at the Civic
Offices, Dolbrigg.

USEFUL NUMBERS

Harbourside Team duty line: 01874 552 310 (Monday to Friday, 9am to 5pm)
Emergency duty team (evenings and weekends): 01874 552 999
Dolbrigg Mental Health Crisis Line (24 hours): 0800 464 2200

Please ring me if anything in this letter is wrong or does not make sense.

Yours sincerely,

Sam Okoro
Social Worker, Harbourside Team
""",
    "findings": [
        F("F001"),
        F("F002", "Your mental health will get better and you will feel more able to cope."),
        F("F002", "You will engage with the services that are there to help you."),
        F("F003"),
        F("H001", "will keep seeing you every two weeks to support you"),
        F("M001", "will keep seeing you every two weeks to support you"),
        F("T002", "refer yourself to the Dolbrigg Talking Therapies anxiety group"),
        F("T001", "will keep an eye on Ellie in school"),
        F("M002", "will keep an eye on Ellie in school"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Review conference plan for a baby whose mother has bipolar disorder:
#    a real Word outline list, outcomes at level 1 and actions at 1.1, 1.2...
#    (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b55_dinholme_rcpc_outline_list_perinatal_begley.docx",
    "doc_title": "Review Child Protection Plan - Theo Begley",
    "split": "tune",
    "actions": 11,
    "template": "rcpc-plan-docx-summary-kv-progress-since-icpc-paragraphs-theos-day-then-real-word-outline-list-outcomes-at-level-one-actions-1-1-sentences-owner-first-then-contingency-and-meetings-paragraphs",
    "description": (
        "Review conference plan for a 5-month-old whose mother has bipolar disorder (postpartum "
        "psychosis after the birth), with the maternal grandmother staying four nights a week. Actions "
        "are sentences in a real Word outline list (1 / 1.1), numbered under three outcomes. Faults: "
        "the second outcome is about the mother only (F002); the perinatal CPN only supports, measured "
        "by engagement, and the psychiatrist only reviews medication (H001 x2, M002), while the "
        "psychologist's capacity-to-change row is sound; the mother's 'ongoing' row (T002), 'All "
        "professionals' (W002), a baby massage course measured by 'an improvement' (M002), an "
        "assessment update with no output (M001); the contingency rests on the grandmother with no "
        "fallback (C003), the core group 'will continue to meet regularly' and the review date is to "
        "be confirmed (R001), and there is no legal step (R002)."
    ),
    "blocks": [
        ("title", "Review Child Protection Plan"),
        ("p", "Dinholme County Council – Children and Families – Safeguarding Team (South)"),
        ("kv", [
            ("Child", "Theo Begley, born 12/05/2025"),
            ("Mother", "Niamh Begley (23), 2 Foundry Mews, Dinholme"),
            ("Father", "Not named; no involvement"),
            ("Maternal grandmother", "Bríd Begley (52), 14 Rowan Park, Dinholme"),
            ("Review conference", "Wednesday 15/10/2025 (initial conference 16/07/2025)"),
            ("Category", "Neglect (risk of)"),
            ("Social worker", "Ruth Ansell"),
            ("Decision", "Theo remains subject to a child protection plan"),
        ]),
        ("h1", "Progress since the initial conference"),
        ("p", "Niamh developed postpartum psychosis nine days after Theo was born and was admitted to the "
              "Ashgrove Mother and Baby Unit for five weeks. She has since been diagnosed with bipolar "
              "affective disorder and takes lithium. She came home with Theo on 30 June. Since then she has "
              "kept every appointment with the Perinatal Mental Health Team, and Bríd has stayed at the flat "
              "four nights a week. In August Niamh did not sleep for three nights after her lithium was "
              "changed; Bríd noticed, rang the perinatal team and took Theo to her house for two nights until "
              "the dose was put right."),
        ("p", "The health visitor reports that Theo has moved from the 9th to the 25th centile. The flat is "
              "warm and clean. Niamh told conference that she is \"frightened of it happening again\" and "
              "that she relies on her mum \"for everything at night\"."),
        ("h1", "Theo's day"),
        ("p", "Theo is five months old. On visits he has been seen to smile and coo when Niamh talks to him, "
              "to reach for her hair, and to settle quickly in her arms after a feed. When Niamh is tired in "
              "the late afternoon she puts him in his bouncer in front of the television and he grizzles "
              "until Bríd picks him up. He sleeps in a cot in Niamh's room and wakes once, at about 2am."),
        ("h1", "The plan"),
        ("mlist", [
            (0, "Outcome 1 – Theo is fed, clean and gaining weight, and his needs are met day and night."),
            (1, "Claire Dunphy (HV) will visit Theo at home every two weeks, weigh him and check his feeding "
                "and sleep; his weight will be plotted in the red book and should stay on or above the 25th "
                "centile."),
            (1, "Bríd Begley (maternal grandmother) will sleep at Niamh's flat on Monday to Thursday nights "
                "and give Theo his 2am feed until the review conference, signing the feed chart each night."),
            (1, "Bríd will be at the flat with Niamh and Theo every weekday afternoon from 1pm to 5pm until "
                "the review conference, and will write in the family diary anything that worries her."),
            (0, "Outcome 2 – Niamh's mental health stays stable and she takes her medication as prescribed."),
            (1, "Orla Keane (CPN, Dinholme Perinatal Mental Health Team) will visit Niamh at home every week "
                "to support her with her mood and with taking her medication, and will record Niamh's "
                "engagement."),
            (1, "Dr Alan Farrant (consultant perinatal psychiatrist) will see Niamh in clinic every six weeks "
                "to review her lithium and adjust the dose, with her lithium levels kept within range and "
                "the clinic letter copied to the SW."),
            (1, "Dr Mairead Cole (clinical psychologist, Perinatal Mental Health Team) will assess Niamh's "
                "capacity to change, the steps she needs to take and the likely timescale, and send a "
                "written report to the core group by 14/11/2025."),
            (1, "Niamh will take her medication as prescribed and go to all her appointments on an ongoing "
                "basis; the Perinatal Team's attendance record will show this."),
            (0, "Outcome 3 – Theo is safe at home and has a warm, responsive relationship with his mum."),
            (1, "Ruth Ansell (SW) will visit every week, at least every other visit unannounced, and see Theo "
                "awake; her visit record will say where he sleeps, how he responds to Niamh and how Niamh "
                "is."),
            (1, "All professionals will tell the SW the same day about any change in Niamh's mental state, "
                "and each concern will be logged on Theo's file."),
            (1, "Leah Morris (family support worker, Dinholme Family Hub) will run six weekly baby massage "
                "and play sessions with Niamh and Theo from 03/11/2025, looking for an improvement in the "
                "bond between them."),
            (1, "Ruth Ansell (SW) will update the child and family assessment by 28/11/2025 to take in Dr "
                "Cole's report."),
        ]),
        ("h1", "Contingency"),
        ("p", "If Niamh shows any of her early warning signs of relapse (not sleeping for two nights, talking "
              "very fast, spending large sums of money, or saying that Theo is not her baby), Bríd will ring "
              "the perinatal team duty line and the SW the same day, and Theo will stay with Bríd at 14 Rowan "
              "Park until the perinatal team has seen Niamh and agreed with the SW that he can go home."),
        ("h1", "Core group and review"),
        ("p", "The core group will continue to meet regularly; the next meeting will be arranged by the SW. "
              "The next review child protection conference will be held on a date to be confirmed."),
        ("p", "Plan circulated by Ruth Ansell (SW) on 17/10/2025."),
    ],
    "findings": [
        F("F002", "Niamh's mental health stays stable and she takes her medication"),
        F("H001", "to support her with her mood and with taking her medication"),
        F("M002", "to support her with her mood and with taking her medication"),
        F("H001", "to review her lithium and adjust the dose"),
        F("T002", "go to all her appointments on an ongoing basis"),
        F("W002", "All professionals will tell the SW the same day"),
        F("M002", "six weekly baby massage and play sessions with Niamh and Theo"),
        F("M001", "will update the child and family assessment by 28/11/2025"),
        F("C003"),
        F("R001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Core group record two weeks before a family moves to another council:
#    action table with a Status column, three actions put on hold until the
#    case transfers (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b55_drumlow_core_group_transfer_pending_status_column_quigley.md",
    "split": "tune",
    "actions": 10,
    "template": "core-group-3-record-md-details-list-present-line-summary-move-update-childrens-views-outcomes-then-no-action-lead-timescale-evidence-status-table-new-carried-forward-on-hold",
    "description": (
        "Third core group record for a 9-year-old and a 2-year-old (neglect, mother's heroin use, now on "
        "methadone) three weeks before the family moves to Kersey Vale. Markdown with an action table "
        "whose last column is a Status (New / Carried forward / On hold). Faults: the parenting "
        "assessment, the CAMHS referral and the family support sessions are put off or paused until the "
        "case transfers (X001 x3), the drug service is only where Stacey collects her script and owns no "
        "action (F004), school and nursery places 'to be sorted' with no lead (W001), the HV review "
        "'ASAP' (T002), and the review conference is left to the receiving council (R001). The SW's "
        "visits carry on until the transfer-in conference and the contingency and legal step are sound."
    ),
    "text": """\
# Core Group 3 – Record and Updated Child Protection Plan

**Drumlow Council · Children's Social Care · Family Safeguarding Team 4**

- **Children:** Kayden Quigley (9), Year 5, Drumlow Juniors; Lacey-Mae Farrow (2), at home
- **Mum:** Stacey Quigley (30)
- **Lacey-Mae's dad:** Dean Farrow (34), lives at the address
- **Address:** 27 Pitt Street, Drumlow (until 14 November 2025)
- **Plan since:** initial child protection conference, 29 July 2025 (category: neglect)
- **Meeting:** Tuesday 21 October 2025, 10am, Drumlow Family Centre
- **Social worker:** Leon Barker

**Present:** Stacey Quigley, Dean Farrow, Leon Barker (SW), Bev Ashdown (HV),
Angela Birtles (DSL, Drumlow Juniors), Tanya Reid (FSW). **Apologies:** Karen
Ibbotson (school nurse), Drumlow Drug and Alcohol Service.

## Summary

Stacey has used heroin on and off for ten years. She has a methadone script
of 60 ml a day from Drumlow Drug and Alcohol Service (DDAS), collected and
taken under supervision at the chemist. Her July tests were positive for
heroin on top of her methadone, and in July the HV found a used needle in the
bathroom bin. Her August and September tests were clear. Kayden has been late
to school on 11 days this term and has come in hungry. Lacey-Mae has missed
her 2-year review twice.

## The move

The family have swapped their council tenancy and move to 5 Linnet Close,
Kersey Vale, on Friday 14 November. Leon told Kersey Vale Metropolitan Council
on 15 October. Kersey Vale will hold a transfer-in conference within 15
working days of the move.

## Kayden and Lacey-Mae

Kayden (seen on his own at school on 17 October) said: "I don't want to move,
all my mates are here. Mum's been alright though. She gets up now." He said
he wants to keep playing for Drumlow Colts. He worries that the new school
"won't have breakfast club".

Lacey-Mae is chatty and runs to the door when visitors come. On the last two
visits she was in a clean nappy and had eaten. She calls the HV "Bev" and
showed her a bruise on her knee from "the slide".

## What we want for Kayden and Lacey-Mae

- Kayden and Lacey-Mae are cared for by adults who are not using heroin, with the methadone always locked away.
- Kayden gets to school on time, fed, before and after the move.
- Lacey-Mae has her health and development checks and any help she needs with her speech.

## Action plan

| No. | Action | Lead | Timescale | Evidence | Status |
|---|---|---|---|---|---|
| 1 | SW visits to see Kayden on his own and Lacey-Mae at home, checking that the methadone is locked away | Leon Barker (SW) | Fortnightly until the Kersey Vale transfer-in conference | Visit records note what Kayden says and that the lock box was checked | Carried forward |
| 2 | Parenting assessment of Stacey and Dean to be started by Kersey Vale once the transfer has gone through | Kersey Vale Children's Services | Within 6 weeks of transfer | Parenting assessment report | On hold |
| 3 | Referral of Kayden to CAMHS for his nightmares and bedwetting held back until the case transfers to Kersey Vale | Karen Ibbotson (school nurse) | On transfer to Kersey Vale | Referral accepted letter | On hold |
| 4 | Family support sessions on morning routines and meals paused pending transfer, for Kersey Vale early help to pick up | Tanya Reid (FSW) | On transfer | Early help referral accepted by Kersey Vale | On hold |
| 5 | Stacey to take her methadone daily under supervision at the chemist and go to keywork at DDAS every week until the move | Stacey | Daily; keywork weekly until 14 November | DDAS attendance record | Carried forward |
| 6 | Send Kayden's child protection file to his new school in Kersey Vale and ring the DSL there | Angela Birtles (DSL, Drumlow Juniors) | By 14 November | New school's DSL confirms in writing | New |
| 7 | Kayden's and Lacey-Mae's school and nursery places in Kersey Vale to be sorted before the move | | Before 14 November | Places confirmed in writing | New |
| 8 | Complete Lacey-Mae's overdue 2-year developmental review at home | Bev Ashdown (HV) | ASAP | ASQ-3 scores shared with the SW | Carried forward |
| 9 | Keep the methadone in the locked box in the kitchen and show it to the SW at each visit | Stacey and Dean | At every SW visit | SW sees the box locked (visit record) | Carried forward |
| 10 | Have Kayden and Lacey-Mae for their tea and a bath every Wednesday until the move | Pauline Quigley (maternal grandmother) | Every Wednesday until 12 November | Note in Kayden's home–school diary each Thursday | New |

## Contingency

If Stacey tests positive for heroin, is seen under the influence while she is
looking after the children, or a needle is found in the home, Kayden and
Lacey-Mae will go to Pauline's (8 Sorrel Close, Drumlow) that day and Leon (or
the emergency duty team) will hold a strategy discussion the same day. If
Pauline cannot have them, Leon will arrange an emergency foster placement.
If Stacey has two positive tests for heroin, Leon will request a legal
planning meeting within 5 working days.

## Next meetings

- Core group every four weeks: next on Tuesday 18 November 2025, 10am (by Teams if the family have moved).
- Review child protection conference: to be arranged by Kersey Vale after the transfer-in conference.

*Record typed by Leon Barker, 22 October 2025.*
""",
    "findings": [
        F("X001", "Parenting assessment of Stacey and Dean to be started by Kersey Vale"),
        F("X001", "held back until the case transfers to Kersey Vale"),
        F("X001", "Family support sessions on morning routines and meals paused pending transfer"),
        F("F004"),
        F("W001", "school and nursery places in Kersey Vale to be sorted"),
        F("T002", "Complete Lacey-Mae's overdue 2-year developmental review at home"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Plan written with and to a 12-year-old whose mum has bipolar disorder;
#    who's who table, child-friendly headings, one action table (paged PDF,
#    exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b55_dorsenby_plan_written_to_zara_who_when_how_adebayo.pdf",
    "doc_title": "Zara and Tobi's Plan",
    "split": "tune",
    "actions": 8,
    "template": "icpc-plan-written-to-child-paged-second-person-whos-who-table-why-there-is-a-plan-what-you-told-us-what-we-want-then-what-will-happen-who-when-how-well-know-its-working-table-if-mum-starts-to-get-ill",
    "description": (
        "Initial conference plan written to a 12-year-old young carer (and her 5-year-old brother) whose "
        "mum has bipolar disorder and stopped her medicine in September. Second person throughout, a "
        "who's who table, then one What will happen | Who | When | How we'll know it's working table. "
        "The care coordinator writes before each core group on whether Mum is getting better, what "
        "still has to change and how long it might take; the psychiatrist reports on how likely she is "
        "to stay well; the contingency names the aunt and what happens if she cannot come; a legal "
        "planning meeting follows stopped medicine, a readmission or a poor prognosis; dates set. Header "
        "and page footer on every page. Exemplary."
    ),
    "header": "Dorsenby Council · Children's Services · Safeguarding and Family Support",
    "footer": "Zara and Tobi's plan – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "font": "Verdana",
    "font_size": 11,
    "blocks": [
        ("title", "Zara and Tobi's Plan"),
        ("p", "This plan was made at the child protection conference on Monday 6 October 2025. Zara, you came "
              "to the first part of the meeting and helped us write it, so it is written to you. Tobi's parts "
              "are in it too. Mum and every grown-up named below have the same plan."),
        ("h2", "Who's who"),
        ("table", {
            "header": ["Name", "Who they are"],
            "widths": [4.5, 12.5],
            "rows": [
                ["Zara Adebayo", "You – 12, Year 8 at Dorsenby High"],
                ["Tobi Adebayo", "Your brother – 5, Reception at Meadowside Primary"],
                ["Grace Adebayo", "Mum"],
                ["Bisi Okafor", "Aunt Bisi, Mum's sister, who lives on Ferry Road"],
                ["Jenna Hart", "Ms Hart, your social worker"],
                ["Faye Mensah", "Mum's care coordinator at the Dorsenby Community Mental Health Team (CMHT)"],
                ["Dr Kwame Osei", "Mum's psychiatrist, Dorsenby CMHT"],
                ["Mr Daniel Lowe", "Your head of year"],
                ["Kemi Ajayi", "Dorsenby Young Carers"],
            ],
        }),
        ("h2", "Why there is a plan"),
        ("p", "Mum has an illness called bipolar disorder. Last winter she became very unwell: she stopped "
              "sleeping, spent all the money, and some days did not know where she was. For nearly three weeks "
              "in January you looked after Tobi on your own and got him to school, and you missed 11 days of "
              "school yourself. In February Mum went into Linden Ward at Dorsenby Hospital for four weeks, and "
              "you and Tobi stayed with Aunt Bisi. Mum has been home since March and is taking her medicine "
              "and seeing Faye. The conference was worried because in September Mum stopped her medicine for "
              "two weeks and no grown-up knew until school noticed how tired and worried you were."),
        ("h2", "What you and Tobi told us"),
        ("p", "Zara, you said: \"I don't mind helping with Tobi, but I want someone to tell me when Mum's "
              "getting ill, instead of me having to guess.\" You said you want to go back to netball on "
              "Thursdays, and that the worst bit of January was \"not being allowed to tell anyone\". You "
              "gave home a 7 out of 10 right now."),
        ("p", "Tobi drew a picture of you, him and Mum at the park. He told Ms Hart that \"Mummy sleeps a lot "
              "in the day\". At school he is happy and busy, but most afternoons he asks his teacher whether "
              "Zara is picking him up."),
        ("h2", "What we want for you and Tobi"),
        ("bullets", [
            "You get to be 12: at school every day, at netball on Thursdays, and not looking after Tobi or Mum "
            "on your own.",
            "You and Tobi always have a grown-up who is well enough to look after you, and you know who to "
            "ring if Mum starts to get ill.",
            "You understand Mum's illness and have someone to talk to about it.",
            "Tobi gets to school every day and is taken and picked up by a grown-up.",
        ]),
        ("h2", "What will happen"),
        ("table", {
            "header": ["What will happen", "Who", "When", "How we'll know it's working"],
            "widths": [6.6, 3.4, 3.2, 3.8],
            "rows": [
                ["Faye will see Mum at home and check how she is. Before every core group she will write to "
                 "Ms Hart saying whether Mum is getting better, what still needs to change and how long it "
                 "might take, and what that means for you and Tobi.",
                 "Faye Mensah, Mum's care coordinator (CMHT)",
                 "Every week; a letter before each core group",
                 "Faye's letter is read at every core group"],
                ["Dr Osei will check Mum's medicine in clinic and write a report on how likely Mum is to stay "
                 "well, what would show she is getting ill again, and how long she needs to stay well before "
                 "everyone can be sure.",
                 "Dr Kwame Osei, Mum's psychiatrist",
                 "Clinic every 8 weeks; report by 28 November 2025",
                 "The report goes to the core group and the review conference"],
                ["Ms Hart will see you on your own at school and see Tobi at home, and ask you both how things "
                 "are.",
                 "Jenna Hart, social worker",
                 "You every two weeks; Tobi every week",
                 "Ms Hart writes down what you both say, in your own words"],
                ["Kemi will do a young carer's assessment with you, and you can go to the young carers group "
                 "after school.",
                 "Kemi Ajayi, Dorsenby Young Carers",
                 "Assessment by 31 October 2025; group every Tuesday",
                 "Kemi's written assessment, and the group register"],
                ["Mr Lowe will meet you for ten minutes to talk about how your week is going, and check your "
                 "attendance.",
                 "Mr Daniel Lowe, head of year",
                 "Every Monday morning; attendance every Friday",
                 "Your attendance stays above 95%; Mr Lowe emails Ms Hart every Friday"],
                ["Mum will take Tobi to school every morning and collect him at 3.15pm, so you don't have to.",
                 "Mum",
                 "Every school day",
                 "Meadowside's register shows who brought and collected Tobi"],
                ["Aunt Bisi will have you and Tobi at her flat, so you can see your friends and have a break.",
                 "Aunt Bisi",
                 "Every Saturday, 10am to 4pm",
                 "Bisi marks each Saturday on her calendar and Ms Hart checks it with you"],
                ["Ms Hart, Mum and Faye will make a \"When Mum is getting ill\" card with you: the signs to "
                 "look out for, and who you ring.",
                 "Ms Hart, with Mum and Faye",
                 "By the first core group, 20 October 2025",
                 "The card is in your phone and a copy is on the fridge"],
            ],
        }),
        ("h2", "If Mum starts to get ill"),
        ("p", "If Mum misses her medicine, stops sleeping, or you see any of the signs on your card, ring Aunt "
              "Bisi or Ms Hart (at night or at the weekend, the emergency duty team; the numbers are on your "
              "card). Aunt Bisi will come round within an hour and you and Tobi will go to her flat that night. "
              "Faye will see Mum the same day, or the crisis team will see her within 24 hours."),
        ("p", "If Aunt Bisi cannot come because she is ill or away, Ms Hart or the emergency duty team will "
              "find a foster carer for you and Tobi, together, for that night."),
        ("p", "If Mum stops her medicine again, goes back into hospital before the review conference, or Dr "
              "Osei's report says it will be a long time before Mum is well enough to look after you, Ms Hart "
              "will ask for a legal planning meeting with the council's lawyers within 5 working days. That "
              "meeting decides whether the family court needs to be involved to keep you safe."),
        ("h2", "When we will check the plan"),
        ("bullets", [
            "Core group every four weeks at Dorsenby High, after school: 20 October, 17 November and "
            "15 December 2025.",
            "Review child protection conference: Monday 5 January 2026 at 4pm, so that you can come after "
            "school.",
        ]),
    ],
    "findings": [],
})
