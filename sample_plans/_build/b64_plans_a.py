"""Batch 64, module a: seven fictional plans (held-out material), places beginning with "a".

Everything here is made up: children, families, professionals, services, schools,
hospitals and councils. Labels were written by hand from docs/rules.md and the
conventions in sample_plans/README.md, without running planlint or reading its code.

Focus: plans as local authority teams really write them, each in its own layout
and voice - a pre-birth initial conference plan with stage bands in its table, a
review conference record (paged PDF), a core group record with an action log
written while the family move to another authority, a Signs of Safety plan, a
plan written as a letter to the parents of a looked-after baby on a children's
ward, a case-system export with labelled fields, and a plan for a 14-year-old at
risk of criminal exploitation. Three plans are exemplary; the other four carry a
mix of faults.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. Pre-birth initial conference plan; action table with three stage bands
#    (before the birth / at the birth / when baby is home) (docx, exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b64_aldermoss_prebirth_icpc_stage_bands_pryor.docx",
    "doc_title": "Pre-Birth Child Protection Plan - Baby of Chantelle Pryor",
    "split": "heldout",
    "actions": 13,
    "template": "prebirth-icpc-docx-kv-details-narrative-sections-then-what-who-when-how-we-will-know-table-with-merged-stage-band-rows",
    "description": (
        "Pre-birth initial conference plan for an unborn baby (mother a care leaver with EUPD and past "
        "overdoses, under the perinatal mental health team; father smokes cannabis daily). What needs to "
        "happen | Who | When | How we will know table split by merged band rows into before the birth, "
        "at the birth and when baby is home. The perinatal team and the recovery service both report on "
        "change, baby's world before and after birth is described, the great-aunt's evenings have a "
        "fallback, the PLO step is set before 36 weeks, core group and review dates are fixed. Exemplary."
    ),
    "blocks": [
        ("title", "Pre-Birth Child Protection Plan"),
        ("p", "Aldermoss Metropolitan Borough Council · Children's Social Care · Pre-Birth and Infant Team"),
        ("kv", [
            ("Unborn baby", "Baby Pryor-Akers, due 14/02/2026; booked to deliver at Aldermoss Royal Hospital"),
            ("Mother", "Chantelle Pryor (22), 7 Linnet Close, Aldermoss. Chantelle was looked after from 12 "
                       "to 18 and is supported by the leaving care team."),
            ("Father", "Reece Akers (25). Reece has lived at Linnet Close since October 2025."),
            ("Conference", "Initial child protection conference (pre-birth), Thursday 27/11/2025, "
                           "Aldermoss Civic Centre"),
            ("Category", "Neglect"),
            ("Social worker", "Hannah Lockwood, Pre-Birth and Infant Team"),
            ("Chair", "Patrick Ndlovu, Child Protection Chair"),
        ]),
        ("h1", "Why baby needs a plan before they are born"),
        ("p", "Chantelle has a diagnosis of emotionally unstable personality disorder and has been open to "
              "mental health services since she was 18. She took two overdoses in 2024, the last in October "
              "2024 after a previous relationship ended. Since her pregnancy was confirmed in July she has been "
              "seen by the Aldermoss Perinatal Mental Health Team and takes sertraline. She has not self-harmed "
              "since March 2025, but told her midwife in October that she \"still gets the urges\" when she "
              "and Reece argue."),
        ("p", "Reece smokes cannabis most evenings and told conference \"it's the only thing that calms me "
              "down\". Police were called to the flat by a neighbour on 02/10/2025 because of shouting; "
              "nobody was hurt and nobody was arrested. When the social worker visited on 18/11/2025 the "
              "flat smelled strongly of cannabis and there was nothing ready for a baby."),
        ("h1", "What is going well"),
        ("bullets", [
            "Chantelle has been to 6 of her 7 antenatal appointments and to every perinatal appointment "
            "since August.",
            "Chantelle and Reece came to conference together, listened to the worries and said they will "
            "do \"whatever it takes\" to bring baby home.",
            "Chantelle's aunt, Jodie Pryor, lives ten minutes away, brought up three children of her own and "
            "has offered to help every evening after the birth.",
            "Chantelle keeps in touch with her leaving care personal adviser, Tom Hesketh, who she calls "
            "\"the one person who's always turned up\".",
        ]),
        ("h1", "Baby's world, now and after the birth"),
        ("p", "Baby cannot tell us about their life, so this is what we know. At the 28-week check on "
              "19/11/2025 the midwife found baby growing along the 50th centile with a strong heartbeat. "
              "Chantelle says baby kicks most when she lies down at night and \"goes mad\" when Reece plays "
              "music; she talks to the bump and has picked a name she is keeping to herself. At the moment "
              "baby is around cannabis smoke most evenings and hears raised voices when Chantelle and Reece "
              "argue. After the birth baby will need feeding every two to three hours, day and night, to be "
              "kept warm and laid on their back in their own cot, and to be held and talked to by calm adults."),
        ("p", "Chantelle told the chair: \"I never had a mum who looked after me. I want this baby to have "
              "what I didn't.\" Reece said he wants to be \"a proper dad, not like mine was\"."),
        ("h1", "What we want for baby"),
        ("bullets", [
            "Baby is born safely and goes home to a warm, smoke-free flat with a cot, a Moses basket and "
            "everything needed for feeds.",
            "Baby is fed, changed and settled day and night by parents who notice and answer their cries.",
            "Baby is never looked after by an adult who is stoned or in a mental health crisis.",
            "Baby grows up without shouting or fighting at home, and has every health check and "
            "immunisation on time.",
        ]),
        ("h1", "The plan"),
        ("table", {
            "header": ["What needs to happen", "Who", "When", "How we will know"],
            "widths": [6.4, 3.5, 3.3, 3.8],
            "rows": [
                ["Before baby is born", H, H, H],
                ["Pre-birth parenting assessment with Chantelle and Reece, together and apart, including how "
                 "they will manage the night feeds and what each of them will do when they argue",
                 "SW Hannah Lockwood",
                 "Weekly sessions from w/c 01/12/2025; report by 23/01/2026",
                 "Assessment report shared with Chantelle, Reece and every agency by 23/01/2026"],
                ["Appointments with Chantelle to review her sertraline, her mood and her crisis plan, and a "
                 "written report on how her mental health is likely to affect her care of baby, what needs to "
                 "change and how long that is likely to take",
                 "Gail Moffat, CPN, Aldermoss Perinatal Mental Health Team, with Dr Nasreen Qadir "
                 "(consultant)",
                 "Fortnightly from 03/12/2025; report by 23/01/2026",
                 "Appointment letters copied to the SW; written report sent to the SW and read at the core "
                 "group on 04/02/2026"],
                ["Cannabis assessment and key-work with Reece, with urine screens, and a written update on "
                 "whether he has stopped using and what that means for his care of baby",
                 "Liam Carver, keyworker, Aldermoss Recovery Service",
                 "Assessment by 12/12/2025; then key-work and a screen every fortnight",
                 "Screen results and the written update sent to the SW before each core group"],
                ["Antenatal care, and a birth plan that includes the hospital alert and who may visit Chantelle "
                 "and baby on the ward",
                 "Ruth Abara, named midwife, Aldermoss Maternity Continuity Team",
                 "At each antenatal appointment; birth plan agreed by 36 weeks (17/01/2026)",
                 "Attendance on the maternity record; birth plan and alert on the record, copy emailed to the SW"],
                ["Antenatal home visit to talk through feeding, safe sleep and a smoke-free home, and to see "
                 "where baby will sleep",
                 "HV Sian Roberts, Aldermoss 0–19 Service",
                 "By 34 weeks (03/01/2026)",
                 "Safe sleep checklist signed by Chantelle and Reece and scanned onto the HV record"],
                ["Help Chantelle claim her setting-up-home grant and buy the cot, Moses basket, steriliser and "
                 "car seat baby will need",
                 "Tom Hesketh, leaving care PA",
                 "By 09/01/2026",
                 "Receipts on Chantelle's pathway file; the equipment seen in the flat at the SW's next visit"],
                ["Unannounced home visits to check the flat is warm, smoke-free and ready for baby",
                 "SW Hannah Lockwood",
                 "Every 2 weeks until the birth, the last by 30/01/2026",
                 "Visit record noting any smell of cannabis, whether the heating works and where baby will sleep"],
                ["At the birth and on the ward", H, H, H],
                ["Tell the SW, or the emergency duty team at night and weekends, that baby has been born",
                 "Midwife in charge, Aldermoss Royal Hospital labour ward",
                 "Within 2 hours of the birth",
                 "Call logged on the maternity alert and on baby's file by the SW or EDT"],
                ["Discharge planning meeting on the postnatal ward with Chantelle, Reece, Jodie, the HV and the "
                 "SW, to agree the day baby goes home and who will be with them in the first week",
                 "Ruth Abara, named midwife",
                 "Before baby is discharged from the postnatal ward",
                 "Written discharge plan given to the parents and sent to every agency the same day"],
                ["When baby is home", H, H, H],
                ["See baby at home, awake and being fed or settled; look at where baby sleeps; see Chantelle "
                 "and Reece on their own at least once a month",
                 "SW Hannah Lockwood",
                 "Weekly from the week baby comes home until the review conference",
                 "Visit records note where baby slept, how each parent handled baby and whether the flat "
                 "smelled of cannabis"],
                ["New birth visit, then weigh baby and check feeding, sleeping position and Chantelle's mood "
                 "(EPDS)",
                 "HV Sian Roberts",
                 "New birth visit 10–14 days after the birth, then weekly for 8 weeks",
                 "Weights plotted in the red book; EPDS scores and findings in the HV record and sent to the SW"],
                ["Come to the flat every evening, 6pm to 9pm, to help with the bath, the last feed and settling "
                 "baby",
                 "Jodie Pryor (Chantelle's aunt)",
                 "Every evening for the first 4 weeks after discharge",
                 "Evening diary on the fridge, signed by Jodie each night and read by the SW at each visit"],
                ["Baby's 6–8 week check and first immunisations, and Chantelle's postnatal check, including her "
                 "mood and her sertraline",
                 "Dr Omar Farouk, Linnet Lane Surgery",
                 "When baby is 6 to 8 weeks old",
                 "Checks and vaccines recorded in the red book; GP letter to the HV and SW"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Chantelle self-harms, stops her sertraline without her psychiatrist agreeing, or tells anyone "
              "she is in crisis, the perinatal team will see her within 24 hours and the SW (or the emergency "
              "duty team) will hold a strategy discussion the same day. If this happens after the birth, baby "
              "will be cared for by Reece with Jodie staying at the flat, or at Jodie's house (22 Fern Bank, "
              "Aldermoss) if Reece is not able to, until the strategy discussion has agreed what happens next."),
        ("p", "If Reece is found to be under the influence of cannabis while looking after baby, or there is "
              "shouting or violence in the flat while baby is there, the SW will hold a strategy discussion the "
              "same day and baby will stay with Chantelle at Jodie's house that night."),
        ("p", "If Jodie cannot come in the evenings because she is ill or away, she will tell Chantelle and the "
              "SW beforehand, and Kerry Blake, family support worker at Aldermoss Family Hub, will visit at "
              "bath and bedtime on those evenings instead. If nobody can be there in the first week, baby will "
              "stay on the postnatal ward until the SW has agreed another plan with the team manager."),
        ("p", "If the parenting assessment or the perinatal team's report says that Chantelle and Reece cannot "
              "keep baby safe, or Reece's screens are still positive at 34 weeks, the SW will ask the team "
              "manager for a legal planning meeting before 36 weeks (17/01/2026), so that pre-proceedings "
              "under the Public Law Outline can start before baby is born."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every 4 weeks at Aldermoss Family Hub, 1.30pm: Wednesday 10/12/2025, Wednesday "
            "07/01/2026 and Wednesday 04/02/2026.",
            "Review child protection conference: Thursday 26/02/2026, 10am, Aldermoss Civic Centre.",
        ]),
        ("p", "Plan written by Hannah Lockwood (SW) and agreed with the chair on 28/11/2025. Copies sent to "
              "Chantelle, Reece and every agency named above."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. First review conference record: attendance, progress, children's views,
#    decision, outcomes, then a No. | Action | Responsible | Timescale |
#    How progress will be measured table; paged PDF with header and footer
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b64_ashenford_rcpc_record_numbered_table_whitcombe.pdf",
    "doc_title": "Review Child Protection Conference Record - Jayden and Lily-Mae Whitcombe",
    "split": "heldout",
    "actions": 9,
    "template": "rcpc-record-paged-landscape-attendance-progress-views-decision-outcomes-then-no-action-responsible-timescale-measure-table",
    "description": (
        "First review conference record for a 9-year-old and a 4-year-old (neglect; mother's anxiety and "
        "depression under the CMHT). Landscape paged PDF with header and page footer; No. | Action | "
        "Responsible | Timescale | How progress will be measured table. Faults: the CMHT only supporting "
        "the mother (H001), an outcome only about the mother (F002), 'As and when' and 'Ongoing' as the "
        "only timescale (T002), 'Engagement with the family support worker' and 'Reviewed at core group' "
        "(M002), a dental referral with '-' as owner (W001), a mentor's sessions with no measure (M001), "
        "and a contingency that only discusses and reviews, with no legal step (C002, R002)."
    ),
    "header": "OFFICIAL-SENSITIVE · Ashenford Borough Council · Child Protection Conference Service",
    "footer": "RCPC record – Jayden and Lily-Mae Whitcombe – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "landscape": True,
    "blocks": [
        ("title", "Review Child Protection Conference – Record and Plan"),
        ("kv", [
            ("Children", "Jayden Whitcombe (9), Year 5, Harrowgate Lane Primary; Lily-Mae Whitcombe (4), "
                         "Reception, Harrowgate Lane Primary"),
            ("Mother", "Danielle Whitcombe (34), 41 Tansy Walk, Ashenford"),
            ("Father", "Carl Whitcombe (37), lives in Pellford; the children stay with him every other "
                       "weekend"),
            ("Conference", "First review child protection conference, Thursday 11/12/2025, 10am, Ashenford "
                           "Town Hall, Room 4"),
            ("Initial conference", "18/09/2025"),
            ("Category", "Neglect"),
            ("Social worker", "Mariam Hussain, Ashenford Safeguarding Team 2"),
            ("Chair", "Graham Pocock, Independent Chair"),
        ]),
        ("h2", "Present and apologies"),
        ("p", "Present: Danielle Whitcombe; Carl Whitcombe (by phone); Mariam Hussain (SW); Beth Kenyon (family "
              "support worker, Ashenford Family Hub); Mrs Carol Dunne (DSL, Harrowgate Lane Primary); Leanne "
              "Carr (school nurse); Owen Ridley (care coordinator, Ashenford Community Mental Health Team). "
              "Apologies: Dr Sunita Rao (GP), report received; PC Nathan Gill, no report."),
        ("h2", "Progress since the initial conference"),
        ("p", "Danielle has been open to the CMHT since 2023 for anxiety and depression and is taking "
              "mirtazapine. She has kept most of her appointments this term but told conference that some "
              "days she \"can't face the school gate\". Jayden's attendance has risen from 84% to 89% and "
              "Lily-Mae's from 80% to 86%, but both are still late on most Mondays and Fridays. On three of "
              "the SW's seven visits there was little food in the house and the children's beds had no "
              "sheets. Lily-Mae is still wetting and soiling at school most days. The family owe £1,140 in "
              "rent arrears and the electricity was cut off for two days in November."),
        ("p", "Carl has had the children every other weekend as agreed. The school say the children come back "
              "from his on Monday clean and rested."),
        ("h2", "What Jayden and Lily-Mae say"),
        ("p", "Jayden (seen on his own at school, 2 December): \"It's better than before, Mum gets up more. "
              "But when she's in bed I do Lily's breakfast and she cries 'cos I do it wrong.\" He said he "
              "worries about his mum \"when she goes quiet\" and that he would like to go to football club "
              "on Thursdays \"if someone can take me\". He scored home a 6 out of 10, up from 4 in September."),
        ("p", "Lily-Mae drew her family with everyone holding hands and said \"Mummy sleeps a lot\". Her "
              "teacher says she is quiet in the mornings, eats everything at snack time and asks to sit on "
              "the teaching assistant's knee at story time."),
        ("h2", "Decision"),
        ("p", "Conference agreed that Jayden and Lily-Mae are still likely to suffer significant harm through "
              "neglect and that the child protection plan continues under the category of neglect."),
        ("h2", "Outcomes"),
        ("bullets", [
            "Jayden and Lily-Mae get to school on time every day, fed and in clean uniform.",
            "Lily-Mae's toileting needs are understood and met at home and at school.",
            "Jayden is not the one who makes breakfast or gets Lily-Mae ready, and he gets to go to "
            "football club.",
            "Danielle's mental health will be stable and she will feel more confident in herself.",
        ]),
        ("h2", "The plan"),
        ("table", {
            "header": ["No.", "Action", "Responsible", "Timescale", "How progress will be measured"],
            "widths": [1.1, 8.4, 5.0, 4.4, 6.8],
            "rows": [
                ["1", "Visit Jayden and Lily-Mae at home, see each child on their own and check their beds and "
                      "the food in the house",
                 "SW Mariam Hussain", "Fortnightly until the next review",
                 "Visit notes record each child's views and what food and bedding were seen"],
                ["2", "Continue monthly appointments with Danielle to support her with her anxiety and low mood",
                 "Owen Ridley, care coordinator, Ashenford CMHT", "Monthly",
                 "Appointments attended, recorded on the CMHT system"],
                ["3", "Morning routine work at home so the children are up, dressed and fed before school",
                 "FSW Beth Kenyon, Ashenford Family Hub",
                 "Two mornings a week for 8 weeks from 15/12/2025",
                 "Engagement with the family support worker"],
                ["4", "Check Jayden's and Lily-Mae's attendance and punctuality every morning and tell the SW "
                      "about any absence the same day",
                 "Mrs Carol Dunne, DSL, Harrowgate Lane Primary", "Daily; summary every Friday",
                 "Weekly attendance printout emailed to the SW; both children at 95% or above by the review"],
                ["5", "Refer Lily-Mae to the community dental service for the two decayed teeth found at her "
                      "school dental check",
                 "-", "By 09/01/2026",
                 "Dental service acceptance letter on the children's file"],
                ["6", "Help Danielle draw up a repayment plan for the rent arrears and apply for a discretionary "
                      "housing payment",
                 "Noreen Bell, Ashenford Citizens Advice", "As and when",
                 "Repayment plan agreed with the housing office; DHP decision letter"],
                ["7", "Continence assessment for Lily-Mae and a toileting plan shared between home and school",
                 "Leanne Carr, school nurse", "Ongoing",
                 "Written toileting plan in place at home and at school; accidents logged by school fall "
                 "week on week"],
                ["8", "Talk with Jayden about his worries at home and about helping to look after his mum and "
                      "sister",
                 "Mr Tom Welsby, learning mentor", "Every Tuesday afternoon in term time", ""],
                ["9", "Young carer's assessment for Jayden, including how he can get to football club on "
                      "Thursdays",
                 "Priya Lal, Ashenford Young Carers", "By the core group on 22/01/2026",
                 "Reviewed at core group"],
            ],
        }),
        ("h2", "Contingency"),
        ("p", "If the children's needs are still not being met or there are further concerns about their care, "
              "the social worker will discuss this with her team manager and the core group will meet to "
              "review the plan and consider what else is needed."),
        ("h2", "Core group and next review"),
        ("p", "Core group every 6 weeks at Harrowgate Lane Primary, 3.30pm: Thursday 22/01/2026 and Thursday "
              "05/03/2026. Next review child protection conference: Thursday 11/06/2026, 10am, Ashenford Town "
              "Hall."),
        ("p", "Record approved by the chair, Graham Pocock, on 16/12/2025 and sent to the family and every "
              "agency."),
    ],
    "findings": [
        F("H001", "Continue monthly appointments with Danielle to support her"),
        F("M002", "Morning routine work at home so the children are up"),
        F("W001", "Refer Lily-Mae to the community dental service"),
        F("T002", "repayment plan for the rent arrears and apply for a discretionary"),
        F("T002", "Continence assessment for Lily-Mae and a toileting plan"),
        F("M001", "Talk with Jayden about his worries at home"),
        F("M002", "Young carer's assessment for Jayden, including how he"),
        F("F002", "Danielle's mental health will be stable and she will feel more confident in herself."),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Core group 3 record with an action log, written while the family wait
#    to move to another local authority (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b64_avelthorpe_core_group_action_log_doherty.docx",
    "doc_title": "Core Group Record and Action Log - Kian and Skye Doherty",
    "split": "heldout",
    "actions": 11,
    "template": "core-group-3-record-docx-attendance-progress-narrative-childrens-views-plan-outcomes-then-action-log-no-action-lead-by-when-evidence",
    "description": (
        "Third core group record for a 7-year-old and a 2-year-old (father's drinking, arguments at home) "
        "written while the family wait to move into a tenancy in another authority. Progress on the last "
        "actions is written up as narrative; the new actions are a No. | Action | Lead | By when | Evidence "
        "action log. Faults: the parenting assessment put on hold and the parenting group referral left to "
        "the new authority (X001 x2), a blank 'By when' (T001), 'ASAP' (T002), 'Core group' as lead (W002), "
        "an empty evidence cell (M001), 'Monitored by the HV' (M002), the grandmother carrying the school "
        "run and childcare with no fallback in the contingency (C003), and the review conference 'to be "
        "confirmed' (R001)."
    ),
    "blocks": [
        ("title", "Core Group Meeting – Record and Action Log"),
        ("p", "Avelthorpe City Council · Children and Young People's Services · Safeguarding Team East"),
        ("kv", [
            ("Children", "Kian Doherty (7), Year 3, Castlegate Primary; Skye Doherty (2), at home"),
            ("Parents", "Shannon Doherty (27) and Liam Mullen (30), 16 Bramble Court, Avelthorpe"),
            ("Plan since", "Initial child protection conference, 21/10/2025 (category: emotional abuse)"),
            ("Meeting", "Core group 3, Tuesday 09/12/2025, 10am, Castlegate Primary"),
            ("Chair of core group", "Ellie Brandon, social worker (EB)"),
        ]),
        ("h2", "Present"),
        ("p", "Shannon Doherty (SD); Liam Mullen (LM); Pauline Doherty, maternal grandmother (PD); Ellie "
              "Brandon, SW (EB); Grace Appiah, HV (GA); Mrs Joanne Fry, DSL, Castlegate Primary (JF); Dan "
              "Pemberton, keyworker, Avelthorpe Recovery Hub (DP). Apologies: Miss Rhian Lloyd, ELSA."),
        ("h2", "The move"),
        ("p", "Shannon and Liam have accepted a three-bedroom tenancy with Northvale Housing in Marchbury, in "
              "the Marchbury Council area, and expect the keys on 12/01/2026. EB sent Marchbury Children's "
              "Services the transfer-in request on 01/12/2025. Marchbury will hold a transfer-in conference "
              "within 15 working days of the family moving."),
        ("h2", "Progress since core group 2 (11/11/2025)"),
        ("p", "EB has visited five times, twice unannounced. The house was tidy and there was food in on every "
              "visit. On 27/11 Liam smelled of drink at 4pm and Shannon said he had had \"a couple\" at the "
              "pub; the children were upstairs with Pauline. There have been no police call-outs since "
              "October."),
        ("p", "DP: Liam has been to 4 of 5 key-work sessions. His breath tests were clear on 4 occasions and "
              "0.21 on 27/11. He says he is drinking \"Fridays and Saturdays only\" and wants to cut down "
              "further before the move."),
        ("p", "JF: Kian's attendance this half-term is 97%. Pauline brings him every morning. He is calmer in "
              "class but cried on 28/11 and told his teacher that \"Daddy and Mummy were shouting about the "
              "pub\"."),
        ("p", "GA: Skye weighed 11.4 kg on 02/12 (25th centile). She has about 15 words and is not yet "
              "putting two words together."),
        ("h2", "How Kian and Skye are"),
        ("p", "Kian, seen on his own at school on 04/12/2025: \"I like Nana's house best because it's quiet. "
              "I'm a bit scared of the new house because I won't know anyone.\" He wants to keep going to "
              "Beavers and asked if his new school will have a football team. Skye was seen at home on all "
              "five visits: she runs to Liam when he comes in, brings her books to Pauline to read, and hides "
              "behind the sofa when voices are raised on the television."),
        ("h2", "Plan outcomes (from the initial conference)"),
        ("bullets", [
            "Kian and Skye live in a home without shouting, fighting or police call-outs.",
            "Kian and Skye are only ever looked after by a sober adult.",
            "Skye's speech is checked and she gets any help she needs.",
            "Kian settles into his new school with a trusted adult he can talk to.",
        ]),
        ("h2", "Action log – agreed at this meeting"),
        ("table", {
            "header": ["No.", "Action", "Lead", "By when", "Evidence / how we will know"],
            "widths": [1.0, 6.4, 3.3, 3.0, 3.3],
            "rows": [
                ["3.1", "See Kian and Skye at home, Kian on his own, and check the kitchen and Skye's cot; "
                        "carry on after the move until Marchbury's transfer-in conference",
                 "SW Ellie Brandon",
                 "Weekly, at least one visit in three unannounced",
                 "Visit notes with Kian's words written down"],
                ["3.2", "Key-work and breath tests with Liam, and a written update on whether his drinking is "
                        "changing and what that means for Kian and Skye",
                 "Dan Pemberton, Avelthorpe Recovery Hub",
                 "Weekly; update before each core group",
                 "Breath test results and written update sent to the SW"],
                ["3.3", "Parenting assessment of Shannon and Liam: on hold until the family have moved, then "
                        "passed to Marchbury to complete",
                 "SW Ellie Brandon",
                 "After the move (12/01/2026)",
                 "Marchbury confirm in writing that they have taken it on"],
                ["3.4", "Referral to the Triple P group at Avelthorpe Family Hub not to be made now; Marchbury "
                        "to refer once the case transfers",
                 "SW Ellie Brandon",
                 "Once the case has transferred",
                 "Marchbury referral form on the file"],
                ["3.5", "Take Kian to school and collect him at 3.15pm",
                 "Pauline Doherty (MGM)",
                 "Every school day",
                 "School register shows Kian in by 8.50am"],
                ["3.6", "Look after Skye at her house while Shannon is at college",
                 "Pauline Doherty (MGM)",
                 "Tuesdays and Thursdays, 9am to 3pm",
                 "Pauline's diary of each day, seen by the SW"],
                ["3.7", "Speech and language referral for Skye, as she is not yet joining words together",
                 "HV Grace Appiah",
                 "",
                 "Referral accepted letter on file"],
                ["3.8", "Apply for a school place for Kian in Marchbury and ask Castlegate to send his records",
                 "Shannon Doherty",
                 "ASAP",
                 "Admissions letter from Marchbury with Kian's start date"],
                ["3.9", "Tell the SW the same day about any injury, any smell of drink on Liam, or anything "
                        "the children say about fighting at home",
                 "Core group",
                 "Same day",
                 "Each concern logged on the children's file by the SW"],
                ["3.10", "ELSA sessions for Kian about his feelings and the move",
                 "Miss Rhian Lloyd (ELSA), Castlegate Primary",
                 "Every Wednesday until the end of term (19/12/2025)",
                 ""],
                ["3.11", "Skye's two-year review, including her weight and her words",
                 "HV Grace Appiah",
                 "By 19/12/2025",
                 "Monitored by the HV"],
            ],
        }),
        ("h2", "Contingency"),
        ("p", "If Liam drinks while he is looking after the children, or the police are called to the house, "
              "Shannon will take Kian and Skye to Pauline's house (14 Station Road, Avelthorpe) that night and "
              "EB, or the emergency duty team out of hours, will hold a strategy discussion the same day. If "
              "Liam has another positive breath test before the family move, EB will ask her team manager for "
              "a legal planning meeting within 5 working days."),
        ("h2", "Next meetings"),
        ("p", "Core group every 4 weeks: core group 4 on Tuesday 06/01/2026, 10am, Castlegate Primary. Review "
              "child protection conference: date to be confirmed once Marchbury have set the transfer-in "
              "conference."),
        ("p", "Record typed by EB on 10/12/2025 and sent to everyone present and to Miss Lloyd."),
    ],
    "findings": [
        F("X001", "Parenting assessment of Shannon and Liam: on hold"),
        F("X001", "Referral to the Triple P group at Avelthorpe Family Hub"),
        F("T001", "Speech and language referral for Skye"),
        F("T002", "Apply for a school place for Kian in Marchbury"),
        F("W002", "Tell the SW the same day about any injury"),
        F("M001", "ELSA sessions for Kian about his feelings and the move"),
        F("M002", "Skye's two-year review, including her weight and her words"),
        F("C003"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Signs of Safety child protection plan: worries, working well, words and
#    pictures, scaling, safety goals, then a next-steps table (md, exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b64_amberholt_signs_of_safety_next_steps_nowak.md",
    "split": "heldout",
    "actions": 10,
    "template": "sos-icpc-md-network-worries-harm-danger-statement-working-well-childrens-words-scaling-safety-goals-then-next-steps-table",
    "description": (
        "Signs of Safety plan from an initial conference for an 11-year-old and a 6-year-old after their "
        "father, drunk, hit the older boy with a belt; father living with his brother while the plan "
        "starts. Worries (harm, danger statement, complicating factors), working well, the children's "
        "words, scaling by each person, safety goals, then a What needs to happen | Who | By when | How "
        "we'll know next-steps table. Grandmother and uncle supervise and breathalyse at contact, with "
        "their fallback in the contingency; the alcohol service reports on change; interpreter arranged; "
        "legal step, core group and review dates set. Exemplary."
    ),
    "text": """\
# Amberholt Council – Children's Services

## Child Protection Plan (Signs of Safety) – Kacper and Zofia Nowak

| | |
|---|---|
| **Children** | Kacper Nowak, 11 (Year 6) and Zofia Nowak, 6 (Year 2), both at Amberholt Park Primary |
| **Mum** | Agnieszka Nowak (36), 5 Heron Way, Amberholt – the children live with her and their grandmother |
| **Dad** | Tomasz Nowak (39) – staying with his brother Marek at 22a Mill Lane, Amberholt, since 15 November |
| **Conference** | Initial child protection conference, Tuesday 2 December 2025 |
| **Category** | Physical abuse |
| **Social worker** | Rebecca Thorne, Amberholt Family Safeguarding Team |
| **Chair** | Sunil Varma |
| **Language** | Tomasz prefers Polish; a Polish interpreter (Language Line) is booked for every meeting and session with him |

## The safety network

Halina Kowal (Agnieszka's mum, lives at Heron Way), Marek Nowak (Tomasz's brother),
Ewa Lis (family friend and Zofia's godmother), and the professionals named in the plan.

## What are we worried about?

**What has happened (harm).** On Friday 14 November 2025 Tomasz came home after drinking
vodka with friends and hit Kacper across the back of his legs with a belt because Kacper
had not tidied his room. Kacper's class teacher saw three long red marks on his legs the
following Monday when he changed for PE. Kacper told her: "Dad does it when he's been
drinking. Mum tells him to stop." He said it had happened "three or four times" since the
summer. Zofia was in the house each time and told school she "hides in Babcia's bed".

**Danger statement.** Children's Services, the school and the police are worried that if
Tomasz drinks and then looks after or disciplines Kacper and Zofia, he may hit them again
and hurt them badly, and they will grow up frightened in their own home.

**Complicating factors.** Tomasz told conference he drinks "only at weekends" but Agnieszka
said it is most evenings since he lost his job in June. Agnieszka is worried about money
without Tomasz's wages. Kacper feels it is his fault that his dad has had to move out.

## What is working well?

- Agnieszka took Kacper to the GP the day the school called her and has been honest with everyone about what happened.
- Tomasz agreed on 15 November to move to Marek's flat and has not come to Heron Way without an agreed adult since.
- Halina lives with the family, is at home every day after school and Zofia says Babcia "makes the best pierogi".
- Both children are doing well at school; Kacper is a school council rep and Zofia has 100% attendance this term.
- Tomasz says he is ashamed of what he did and wants help to stop drinking.

## What Kacper and Zofia say

**Kacper** (three houses with Rebecca at school, 27 November): in his house of worries he
drew the belt and wrote "when Dad comes home loud". In his house of good things he put
football with his dad and Sunday dinner at Babcia's table. In his house of dreams: "Dad
doesn't drink and doesn't shout and comes home." He said he misses his dad and wants to see
him "but with Babcia there".

**Zofia** (at home, 25 November): she showed Rebecca her bedroom and her hamster. She said
she is "a bit scared when Tata is shouting" and that she likes it when Tata reads to her.
Asked what would make home better, she said "no shouting and Tata says sorry to Kacper".

## Scaling

On a scale where 0 means Kacper and Zofia are sure to be hurt again and 10 means everyone is
confident they are safe enough for the plan to end:

| Person | Score | Why |
|---|---|---|
| Agnieszka | 7 | "Tomasz has moved out and I will not let him hurt them." |
| Tomasz | 8 | "I know I was wrong. I will never do it again." |
| Halina | 6 | "I am here, but I cannot stop him when he has been drinking." |
| Mrs Hale, school | 4 | Kacper is settled but still anxious on Monday mornings. |
| Rebecca, social worker | 3 | It has happened more than once and the drinking has not changed yet. |

## Safety goals – what we want for Kacper and Zofia

- Kacper and Zofia are never hit or hurt by an adult at home.
- Kacper and Zofia only see their dad when he is sober and a safe adult from their network is with them.
- Kacper understands that what happened was not his fault, and both children know who to tell if they are scared.
- If Tomasz comes home in future, it is because he has stopped drinking and everyone, including Kacper and Zofia, can see that it is safe.

## What needs to happen next

| What needs to happen | Who | By when | How we'll know |
|---|---|---|---|
| See Kacper and Zofia on their own at school and at home, and go through their words and pictures safety plan with them | SW Rebecca Thorne | Weekly from 8 December until the review conference, at least one visit a month unannounced | Visit notes with each child's words; the children's own copies of the plan on their bedroom walls |
| Write a words and pictures explanation of what happened and of the safety plan, with Agnieszka and Tomasz, and read it with the children | SW Rebecca Thorne, with Agnieszka and Tomasz | By the first core group (16 December) | Both children can tell Rebecca in their own words why Dad is staying at Uncle Marek's and who they can tell |
| Alcohol assessment and weekly key-work with Tomasz, with breath readings, and a written report on whether his drinking is changing and what that means for his care of the children | Gary Lund, Amberholt Alcohol Service | Assessment by 12 December; key-work every week; report before each core group | Breath readings and written reports sent to the SW |
| Caring Dads programme, with an interpreter | Tomasz Nowak; facilitator Anna Brzezinska reports to the SW | Weekly for 17 weeks from Monday 12 January 2026 | Attendance sent to the SW monthly; mid-programme report before the review conference |
| Supervise every contact between Tomasz and the children, at Heron Way or at the park, and end it if he has been drinking | Halina Kowal (lead), with Ewa Lis | Every Wednesday 4pm–6pm and Saturday 10am–1pm | Contact diary signed by the supervisor after each contact and read by the SW every week |
| Breathalyse Tomasz with the Alcohol Service breathalyser before he leaves Mill Lane for each contact | Marek Nowak (paternal uncle) | Before every contact | Reading and time written in the contact diary |
| Check in with Kacper first thing each morning, note any marks, worries or changes in mood, and tell the SW about any the same day | Mrs Gemma Hale, DSL, Amberholt Park Primary | Every school day | Check-in log, a copy emailed to the SW each Friday |
| Sessions with Kacper about what happened, his feelings about his dad and the idea that it was his fault | Lizzie Marr, Amberholt Mind Matters in Schools Team | Weekly for 8 weeks from w/c 5 January 2026 | Session summaries to the SW; Kacper's own score on the feelings scale at the first and last session |
| Sessions with Agnieszka on talking to the children about what happened and keeping to the safety plan when Tomasz asks to come round | FSW Dawn Pickering, Amberholt Family Hub | Fortnightly, 6 sessions from 15 December | Session notes; Agnieszka's safety plan checklist filled in with Dawn |
| Help Agnieszka claim Universal Credit and Child Benefit in her own name so there is money for the children's food and school trips | FSW Dawn Pickering | By 9 January 2026 | Award letters seen by the FSW and noted on the children's file |

## If the safety plan breaks down

- If Tomasz comes to Heron Way without Halina or Ewa there, or any adult smells alcohol on him at contact, or a breath reading is above zero, the contact stops at once. If he will not leave, Agnieszka or Halina will ring 999. Rebecca (or the emergency duty team out of hours) will hold a strategy discussion with the police the same day.
- If either child has a new mark or says that anyone at home has hit them, the school or whoever hears it will ring Rebecca or the duty team straight away, and a strategy discussion will be held the same day.
- If Halina and Ewa cannot supervise, or Marek cannot do the breath test, that contact does not go ahead. Tomasz will see the children at Amberholt Family Centre instead, supervised by centre staff, within 5 days.
- If Tomasz has contact without a supervisor, or has two breath readings above zero before the review conference, Rebecca will ask her team manager for a legal planning meeting within 5 working days.

## Core group and review

- Core group every 4 weeks, 3.30pm at Amberholt Park Primary: Tuesday 16 December 2025, Tuesday 13 January and Tuesday 10 February 2026. Tomasz joins with an interpreter.
- Review child protection conference: Tuesday 24 February 2026, 10am, Amberholt Council House.

*Plan written by Rebecca Thorne (SW) with Agnieszka, Tomasz, Halina and Marek on 3 December 2025 and translated into Polish for Tomasz and Halina.*
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. The plan written as a letter to the parents of a baby accommodated under
#    section 20 and still on the children's ward (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b64_athelbridge_plan_as_letter_brennan.docx",
    "doc_title": "Letter to Jade Brennan and Connor Walsh - Ruby's child protection plan",
    "split": "heldout",
    "actions": 9,
    "template": "icpc-plan-as-letter-to-parents-docx-right-aligned-letterhead-narrative-then-bulleted-what-will-happen-next",
    "description": (
        "Initial conference plan written as a letter from the social worker to the parents of a 9-week-old "
        "with an unexplained femur fracture, accommodated under section 20 and still on the children's "
        "ward, going to foster carers on discharge. Narrative paragraphs, a short outcomes list, then the "
        "actions as bullets under 'What will happen next'. Faults: nobody is set to visit Ruby on the ward "
        "(L001), nothing about Ruby's own days or how she is (F003), a passive skeletal survey and passive "
        "contact arrangements (W001 x2), 'regularly' and 'as soon as possible' as the only timescale (T002 "
        "x2), ringing the ward, the parenting assessment and contact with no measure (M001 x3), the police "
        "interview with no timescale (T001), and the review conference date not given (R001)."
    ),
    "blocks": [
        ("pr", "Children's Services – Safeguarding Team West"),
        ("pr", "Athelbridge Council, Civic Offices, Tanner Street, Athelbridge AT2 4QP"),
        ("pr", "Telephone 01990 447 210"),
        ("pl", ""),
        ("pl", "Jade Brennan and Connor Walsh"),
        ("pl", "Flat 3, 19 Quarry Road"),
        ("pl", "Athelbridge AT5 1DX"),
        ("pl", ""),
        ("pr", "5 December 2025"),
        ("p", "Dear Jade and Connor,"),
        ("boldp", "Ruby's child protection plan"),
        ("p", "Thank you both for coming to the initial child protection conference on Wednesday 3 December. "
              "I know it was a very hard meeting. I promised I would write down the plan in plain words, so "
              "this letter sets out what was agreed and what happens next. Please ring me if anything is not "
              "clear or you think something is wrong."),
        ("boldp", "Why Ruby has a plan"),
        ("p", "Ruby was brought to the Emergency Department at Athelbridge Royal Infirmary on 12 November "
              "with a swollen left thigh. An x-ray showed a spiral fracture of her thigh bone. Neither of "
              "you has been able to say how the injury happened. Dr Okafor told conference that an injury "
              "like this in a baby of 8 weeks is very unusual without a clear explanation. The police are investigating, and you have both "
              "been released under investigation."),
        ("p", "On 14 November you both agreed to Ruby being accommodated by the council under section 20 of "
              "the Children Act 1989. This means Ruby is looked after by Athelbridge Council. She remains on "
              "Ward 7, the children's ward at the Royal Infirmary, in a hip spica cast, and when the doctors "
              "say she is well enough to leave she will go to foster carers, Mr and Mrs Heywood, in "
              "Athelbridge. The conference decided that Ruby should also have a child protection plan under "
              "the category of physical abuse."),
        ("p", "For now you can see Ruby on the ward when a nurse is available to supervise. Sister Angela "
              "Morley will agree the times with you."),
        ("boldp", "What we all want for Ruby"),
        ("bullets", [
            "Ruby is safe and is not hurt again.",
            "Ruby's leg heals well and she gets all her health checks and immunisations on time.",
            "Ruby keeps a relationship with both of you through safe, supervised contact.",
            "Decisions about where Ruby will grow up are made without delay.",
        ]),
        ("boldp", "What will happen next"),
        ("bullets", [
            "Dr Helen Okafor, consultant paediatrician, will finish her medical report on Ruby's injury and "
            "send it to me and to PC Farrow by 19 December 2025.",
            "A repeat skeletal survey will be carried out on 10 December 2025 and the results will be added "
            "to Ruby's hospital record.",
            "I will ring the ward regularly for updates from the nurses and doctors.",
            "I will complete a parenting assessment of you both as soon as possible.",
            "PC Dean Farrow of the Athelbridge Child Abuse Investigation Team will interview you both about "
            "how Ruby was hurt and tell me the outcome of the police investigation.",
            "I will start a viability assessment of Connor's mum, Sandra Walsh, as a possible carer for Ruby "
            "by 12 December 2025 and share my report with you and my manager.",
            "Mr and Mrs Heywood will collect Ruby from the ward on the day she is discharged and ring me that "
            "evening to confirm she has arrived at their home.",
            "Contact for you both at the Athelbridge Family Centre will be arranged once Ruby has moved to "
            "the Heywoods.",
            "Carol Simms, your health visitor, will see you both at home by 19 December 2025 to show you how "
            "to hold, change and bath a baby in a spica cast, and will send me a note of the session.",
        ]),
        ("boldp", "If things go wrong"),
        ("p", "If either of you comes to the ward under the influence of alcohol or drugs, or is aggressive to "
              "staff, the nurse in charge will end the visit and call hospital security, and I will hold a "
              "strategy discussion with the police the next working day."),
        ("p", "If Dr Okafor's report says Ruby's injury was most likely caused on purpose, or either of you "
              "asks to end Ruby's accommodation before the assessments are finished, I will ask my manager for "
              "a legal planning meeting within 5 working days to decide whether the council should apply to "
              "court for a care order."),
        ("boldp", "Meetings"),
        ("p", "Your first core group meeting is on Tuesday 16 December 2025 at 2pm at the Civic Offices, and "
              "the core group will then meet every four weeks. The conference team will write to you with the "
              "date of the review conference."),
        ("p", "You are both entitled to free legal advice, and I have enclosed a list of local solicitors who "
              "work with families. If you are unhappy with the plan you can speak to my manager, Lorna "
              "Fairbairn, on the number above."),
        ("p", "Yours sincerely,"),
        ("pl", ""),
        ("pl", "Naveed Akhtar"),
        ("pl", "Social Worker, Safeguarding Team West"),
        ("pl", "naveed.akhtar@athelbridge.gov.example"),
        ("p", "Copies to: Dr Helen Okafor; Sister Angela Morley, Ward 7; PC Dean Farrow; Carol Simms (HV); "
              "Mr and Mrs Heywood; Dr Raj Menon, GP; Conference Chair."),
    ],
    "findings": [
        F("W001", "A repeat skeletal survey will be carried out"),
        F("T002", "I will ring the ward regularly for updates"),
        F("M001", "I will ring the ward regularly for updates"),
        F("T002", "I will complete a parenting assessment of you both"),
        F("M001", "I will complete a parenting assessment of you both"),
        F("T001", "will interview you both about how Ruby was hurt"),
        F("W001", "Contact for you both at the Athelbridge Family Centre"),
        F("M001", "Contact for you both at the Athelbridge Family Centre"),
        F("L001"),
        F("F003"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Case-system export with labelled fields; plan items as field blocks,
#    the outcomes and contingency fields left empty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b64_askerby_case_system_export_fields_lamb.txt",
    "split": "heldout",
    "actions": 9,
    "template": "icpc-case-system-export-txt-labelled-fields-plan-items-description-responsible-target-date-measure-empty-outcomes-and-contingency-fields",
    "description": (
        "Case-system export of an initial conference plan for a 6-year-old and a 1-year-old (mother's "
        "drinking and depression). Labelled fields, with each plan item as Description / Responsible / "
        "Target date / Measure. The outcomes and contingency fields are empty (O001, C001), five of the "
        "nine items are about the mother's own needs with no link to the children (F001), no adult service "
        "owns an item though her drinking and depression are recorded (F004), the grandmother and uncle "
        "carry two items with no fallback (C003), and nothing leads to legal planning (R002). Also "
        "'Engagement with service' (M002), a blank target date (T001), 'ASAP' (T002), an empty measure "
        "(M001) and 'All professionals' as the responsible person (W002)."
    ),
    "text": """\
ASKERBY COUNTY COUNCIL                              CareLink Children v5.2
Export: Child Protection Plan                         Exported 09/01/2026 16:22
Exported by: SOKEREKE                                   Record ref CP-26-00418
---------------------------------------------------------------------------

PLAN DETAILS
Plan type:              Initial child protection plan
Conference date:        08/01/2026
Category of abuse:      Neglect
Lead social worker:     Sam Okereke, Askerby South Safeguarding Team
Team manager:           Alison Marsh
Conference chair:       Robert Greaves

CHILDREN
Name:                   Tayla LAMB
DOB:                    14/05/2019 (6)
School:                 Fernlea Infant School, Year 2
Name:                   Riley LAMB
DOB:                    30/03/2024 (1)
Early years:            None

HOUSEHOLD
Mother:                 Kerry LAMB (29), 8 Cowslip Avenue, Askerby
Father (Tayla):         Not named; no contact
Father (Riley):         Jason PEARCE (31), address not known; no contact since June 2025
Maternal grandmother:   Maureen LAMB, 31 Cowslip Avenue (two doors down)
Maternal uncle:         Darren LAMB (33), Askerby

REASON FOR PLAN
On 02/12/2025 Kerry arrived at the school gate to collect Tayla smelling
strongly of alcohol and unsteady on her feet; the school kept Tayla and rang
Maureen. On 05/12/2025 police made a welfare check after a neighbour heard
Riley crying for over an hour and found Kerry asleep upstairs and Riley alone
in his cot with a soaked nappy. Kerry told conference she drinks "a bottle of
wine most nights, more at the weekend" and that she has had depression since
Riley's birth; her GP prescribes citalopram. She has been told about the
Askerby Recovery Service but has not been. There are rent arrears of £860.

CHILD'S VIEWS / LIVED EXPERIENCE
Tayla (seen alone at school 16/12/2025): "Mummy's tired all the time and
sometimes she falls asleep on the sofa and I put the telly on for Riley." She
said she likes it when Nana Maureen picks her up "because we have fish
fingers". She wants "Mummy to not drink the wine".
Riley (seen at home 16/12/2025 and 05/01/2026): walking and babbling; went to
Maureen straight away and stayed on her lap; had nappy rash on both visits.

PLAN OUTCOMES
[no entry]

PLAN ITEMS
---------------------------------------------------------------------------
Item 1
Description:    Kerry to attend the Askerby Recovery Service drop-in and engage with alcohol key-work
Responsible:    Kerry Lamb
Target date:    23/01/2026
Measure:        Engagement with service
---------------------------------------------------------------------------
Item 2
Description:    Kerry to see her GP about her depression and her medication
Responsible:    Kerry Lamb
Target date:
Measure:        GP appointment letter seen by SW
---------------------------------------------------------------------------
Item 3
Description:    Kerry to sort out her rent arrears and council tax with Askerby Citizens Advice
Responsible:    Kerry Lamb
Target date:    ASAP
Measure:        Repayment plan letter seen by SW
---------------------------------------------------------------------------
Item 4
Description:    Support Kerry with her application for a move to a ground-floor flat
Responsible:    SW Sam Okereke
Target date:    27/02/2026
Measure:        Housing register reference number on file
---------------------------------------------------------------------------
Item 5
Description:    Kerry to join the weekly women's confidence group at Askerby Women's Centre
Responsible:    Kerry Lamb
Target date:    Weekly from 14/01/2026
Measure:        Women's Centre attendance register
---------------------------------------------------------------------------
Item 6
Description:    Collect Tayla from school and give her and Riley their tea at her house
Responsible:    Maureen Lamb (MGM)
Target date:    Every school day
Measure:        School collection log
---------------------------------------------------------------------------
Item 7
Description:    Stay over at Cowslip Avenue on Friday and Saturday nights
Responsible:    Darren Lamb (maternal uncle)
Target date:    Every Friday and Saturday night
Measure:
---------------------------------------------------------------------------
Item 8
Description:    Home visits to see Tayla and Riley, seeing Tayla on her own
Responsible:    SW Sam Okereke
Target date:    Every 10 working days
Measure:        Visit records with Tayla's words recorded
---------------------------------------------------------------------------
Item 9
Description:    Share any concerns about the children's care with the SW
Responsible:    All professionals
Target date:    Same day
Measure:        Concerns recorded on CareLink
---------------------------------------------------------------------------

CONTINGENCY PLAN
[no entry]

REVIEW ARRANGEMENTS
Core group frequency:   Every 4 weeks
First core group:       20/01/2026, 10am, Fernlea Infant School
Review conference:      02/04/2026, 1.30pm, Askerby County Hall

DISTRIBUTION
Kerry Lamb; Maureen Lamb; Fernlea Infant School (DSL); HV Tasha Reid;
Dr Priya Menon (GP); Askerby Police PPU.
---------------------------------------------------------------------------
END OF EXPORT
""",
    "findings": [
        F("M002", "Kerry to attend the Askerby Recovery Service drop-in"),
        F("T001", "Kerry to see her GP about her depression"),
        F("T002", "Kerry to sort out her rent arrears and council tax"),
        F("M001", "Stay over at Cowslip Avenue on Friday and Saturday nights"),
        F("W002", "Share any concerns about the children's care with the SW"),
        F("O001"),
        F("C001"),
        F("C003"),
        F("F001"),
        F("F004"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Plan for a 14-year-old at risk of criminal exploitation: plain text with
#    underlined headings and numbered actions, each with Who / When / How
#    we'll know lines (txt, exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b64_astonmere_exploitation_numbered_who_when_mensah.txt",
    "split": "heldout",
    "actions": 11,
    "template": "icpc-exploitation-14yo-plain-text-underlined-headings-numbered-actions-with-who-when-how-well-know-lines",
    "description": (
        "Initial conference plan for a 14-year-old found carrying drugs and cash in another town, going "
        "missing and at risk of criminal exploitation. Plain text with underlined headings; the actions "
        "are numbered, each with Who / When / How we'll know lines, timescales as triggers ('within 72 "
        "hours of Jordan coming home, every time', 'each time Jordan is not home by 9pm') as well as "
        "dates and frequencies. Jordan's own words, outcomes for him, police disruption and an NRM "
        "referral, a specific contingency with the aunt's fallback, legal step, core group and review "
        "dates. Exemplary."
    ),
    "text": """\
ASTONMERE CITY COUNCIL
Children's Services - Adolescent Safeguarding Team

CHILD PROTECTION PLAN: JORDAN MENSAH
====================================

Jordan Mensah, 14 (DOB 22/03/2011), Year 9
School: The Bridge Centre (Astonmere pupil referral unit) since October 2025
Lives with: Abena Mensah (mum, 41) and Efua Mensah (sister, 19),
            12 Saxon Court, Astonmere
Dad: Kofi Mensah lives in Kumasi, Ghana; calls Jordan most Sundays
Conference: Initial child protection conference, Monday 15/12/2025
Category: Physical abuse (risk of harm outside the home - criminal exploitation)
Social worker: Tom Adeyemi    Chair: Frances Kilby


WHY JORDAN HAS A PLAN
---------------------
Jordan has been reported missing five times since September, twice
overnight. On 27/11/2025 British Transport Police found him at Steadbridge
station, 40 miles away, with £620 in cash, two phones and 18 wraps of crack
cocaine hidden in his sock. He was released under investigation and is being
treated as a possible victim of exploitation. Jordan was permanently excluded
from Astonmere Academy in October after a kitchen knife was found in his bag;
he said he carried it "because people know I've got stuff on me".

Abena works nights as a care assistant four nights a week. She has reported
every missing episode, has taken Jordan's second phone off him twice and asked
for help herself. Efua is at college and works weekends.


WHAT JORDAN SAYS
----------------
Jordan met Tom three times, once at the Bridge Centre and twice in the car on
the way to the boxing gym. He said: "It's just running bits for older lot. They
give me money and trainers. My mum can't buy me nothing." He said he "can't
just stop" because he "owes" the people he works for after the drugs were taken
by the police, and that he was "scared for like a second" at Steadbridge. He
likes boxing and cooking, wants to be a chef, and said the Bridge Centre is "all
right, they don't shout". He wants his mum "to stop worrying" and does not want
the police at the house.


WHAT WE WANT FOR JORDAN
-----------------------
- Jordan is safe from the adults who are using him to move drugs, and does not
  go to Steadbridge or carry drugs, cash or a knife for anyone.
- Jordan comes home every night, and when he does go missing he is found quickly
  and talks to someone he trusts about where he has been.
- Jordan is in full-time education every day and has a plan to get onto a
  catering course at college.
- Jordan and his mum feel able to ask for help with the "debt" he says he owes,
  and Jordan is not punished or threatened at home or in Astonmere.


WHAT WILL HAPPEN
----------------
1. Return home interview with Jordan after every missing episode, seen on his
   own at a place he chooses.
   Who: Kelly Ashton, Astonmere Missing and Exploitation Hub
   When: within 72 hours of Jordan coming home, every time
   How we'll know: interview form sent to the SW and police the same week,
   with Jordan's own words quoted

2. See Jordan on his own, at home, at the Bridge Centre and on the way to
   boxing, and talk about who he is with and what he is being asked to do.
   Who: SW Tom Adeyemi
   When: twice a week until the first core group, then weekly until the
   review conference
   How we'll know: visit notes with Jordan's words written down

3. Report Jordan missing to the police if he is not home and not answering
   his phone, and tell the SW by 10am the next morning.
   Who: Abena Mensah (Efua on the nights Abena is at work)
   When: each time Jordan is not home by 9pm
   How we'll know: police reference number given to the SW for each report

4. Identify the adults using Jordan to carry drugs, serve Child Abduction
   Warning Notices where the evidence allows, and share what is known with
   the SW.
   Who: DS Rachel Ohene, Astonmere Police Exploitation Team
   When: written update before each core group; decision on warning notices
   by 30/01/2026
   How we'll know: police update read at each core group; decision recorded
   on the police system and sent to the SW

5. National Referral Mechanism referral for Jordan as a possible victim of
   criminal exploitation.
   Who: SW Tom Adeyemi
   When: by 19/12/2025
   How we'll know: NRM reference on file; reasonable grounds decision sent to
   the police and Jordan's solicitor

6. Full-time timetable at the Bridge Centre, with his key adult meeting Jordan
   at the door each morning; ring Abena and the SW if he has not arrived by
   10am.
   Who: Mr Daniel Price, head of centre
   When: every school day from 05/01/2026
   How we'll know: attendance register emailed to the SW every Friday;
   attendance at 90% or above by the review conference

7. Reading and language assessment (Jordan reads at about the level of a
   9-year-old) and a written plan for extra help.
   Who: Ms Farah Din, SENCo, the Bridge Centre
   When: by 06/02/2026
   How we'll know: assessment report and support plan shared with Abena,
   Jordan and the SW

8. Boxing and mentoring: take Jordan to the Astonmere Boxing Club and spend
   time with him after each session.
   Who: Leon Achebe, youth worker, Astonmere Targeted Youth Support
   When: Tuesdays and Thursdays, 4pm to 6.30pm, from 06/01/2026
   How we'll know: club register; Leon's session notes sent to the SW every
   two weeks

9. Health assessment, including his sleep, his cannabis use and the cut on
   his right hand.
   Who: Jo Waters, specialist nurse for vulnerable adolescents
   When: by 16/01/2026
   How we'll know: health assessment summary sent to the SW and the GP, with
   any referrals made

10. Sessions with Jordan on cannabis and on the risks of carrying and selling
    drugs for other people.
    Who: Sam Petrie, Astonmere Young People's Substance Misuse Service
    When: fortnightly from w/c 05/01/2026
    How we'll know: session notes to the SW; how much cannabis Jordan says he
    is using, written down at each session

11. Sessions with Abena, and Efua if she wants to come, on the signs of
    exploitation, checking Jordan's phones and what to do when he comes home
    after being missing.
    Who: FSW Grace Mbeki, Astonmere Family Hub
    When: weekly for 6 weeks from 08/01/2026
    How we'll know: session notes; a written family safety plan kept at home
    and seen by the SW


IF THINGS GET WORSE
-------------------
If Jordan is missing overnight, is found outside Astonmere, or is found with
drugs, large amounts of cash or a weapon, the police will be told at once and
the SW (or the emergency duty team out of hours) will hold a strategy
meeting with the police and the Missing and Exploitation Hub the same day.

If Jordan or Abena are threatened over the "debt", or anyone comes to Saxon
Court looking for Jordan, Abena will ring 999. Jordan will go to stay with his
aunt, Ama Owusu, in Ellesford that night; if Ama cannot have him, the SW will
arrange an emergency foster placement outside Astonmere that day.

If Jordan goes missing overnight three more times before the review
conference, or is found in Steadbridge again, the SW will ask the team manager
for a legal planning meeting within 5 working days to decide whether Jordan
needs to be looked after somewhere safe away from Astonmere.


MEETINGS
--------
Core group every 3 weeks, 4pm, at the Bridge Centre:
    Monday 05/01/2026, Monday 26/01/2026, Monday 16/02/2026
Review child protection conference: Monday 09/03/2026, 10am,
    Astonmere Civic Centre

Plan typed by Tom Adeyemi, 16/12/2025. Copies to Jordan (with a one-page
version in his own words), Abena and every agency named above.
""",
    "findings": [],
})
