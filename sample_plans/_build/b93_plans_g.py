"""Batch 93, module g: seven fictional plans (tuning material), places beginning with "g".

Everything here is made up: children, families, professionals, hospitals,
services and councils. Labels were written by hand from docs/rules.md and the
conventions in sample_plans/README.md, without running planlint or reading
its code.

Focus: plans around a birth and the first weeks of a baby's life, laid out
as a timeline ("Before the birth", "On the ward", "After discharge", "First
six weeks at home"): an initial conference held on the postnatal ward for
parents with a learning disability (Care Act assessment, advocate, easy-read
copy), a discharge planning meeting action log for a baby withdrawing on the
neonatal unit and accommodated under section 20, a pre-birth domestic abuse
plan (perpetrator programme, IDVA, MARAC), a parent-and-child foster
placement for a young care leaver under the perinatal mental health team,
a review plan for a baby exposed to alcohol in pregnancy, a pre-birth plan
that stalls while the mother moves to another authority, and a premature
baby's first six weeks at home. Three .docx, two PDFs of Word plans, one
markdown copy and one plain-text export. Two are exemplary; some
contingencies name a legal step, some only say the plan will be reviewed.
"""
from build_batch5 import F, H, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. ICPC held on the postnatal ward, parents with a learning disability.
#    One small four-column table per stage of the timeline. Exemplary (docx)
# ---------------------------------------------------------------------------
_P1_HEAD = ["Action", "Who", "When", "How we will know"]
_P1_W = [6.2, 3.4, 3.0, 4.4]

PLANS.append({
    "name": "b93_gorseleigh_icpc_ward_stage_tables_hartigan.docx",
    "doc_title": "Child Protection Plan - Ivy Hartigan",
    "split": "tune",
    "actions": 12,
    "template": "icpc-held-on-postnatal-ward-docx-details-kv-why-ivy-has-a-plan-ivys-first-days-parents-views-easy-read-numbered-outcomes-then-one-action-who-when-how-we-will-know-table-per-stage-on-the-ward-before-discharge-from-the-first-day-at-home-first-six-weeks-contingency-core-group",
    "description": (
        "Exemplary initial conference plan for a 3-day-old baby, written while she is still on the "
        "postnatal ward, whose parents both have a mild learning disability (risk of neglect: feeding, "
        "safe sleep, a cold and unready flat). Timeline of small tables, one per stage (on the ward, "
        "before discharge, first two weeks at home, first six weeks at home). Every row has a named "
        "owner, a real timescale and something observable; adult social care completes a Care Act "
        "assessment; an advocate and easy-read copy; the grandmother's morning visits have a fallback; "
        "the contingency names a parent-and-baby unit and a legal planning meeting; dates are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Gorseleigh City Council – Children's Social Care – Safeguarding Team North. "
              "Initial child protection conference held in the Parents' Room, Maternity Unit, "
              "Gorseleigh Royal Infirmary, on 05/09/2025."),
        ("kv", [
            ("Child", "Ivy Hartigan, born 02/09/2025 at 38+2 weeks, birth weight 2.84 kg"),
            ("Category", "Neglect (risk of)"),
            ("Mother", "Chloe Hartigan (22) – mild learning disability, known to Gorseleigh Adult Social Care"),
            ("Father", "Liam Sutcliffe (24) – mild learning disability, lives with Chloe"),
            ("Home", "Flat 4, 19 Calder Street, Gorseleigh GL3 8PW"),
            ("Maternal grandmother", "Denise Hartigan, lives ten minutes' walk away"),
            ("Social worker", "Ruth Adeyemi (team manager: Graham Pell)"),
            ("Hospital safeguarding midwife", "Fran Delaney"),
            ("Conference chair", "Margaret Oyelaran, child protection chair"),
        ]),
        ("h1", "Why Ivy has a plan"),
        ("p", "Chloe and Liam both have a mild learning disability. Neither had been told how to make up "
              "a bottle or how a newborn should sleep before Ivy was born, and Chloe missed four of her "
              "antenatal appointments because she could not read the letters. At 34 weeks the community "
              "midwife found the flat without heating, with a broken window in the bedroom and no cot. On "
              "the ward, staff twice found Ivy asleep on Liam's chest while he was asleep in the chair. "
              "Nobody doubts how much Chloe and Liam love Ivy; the worry is whether, without the right help "
              "given in the right way, Ivy would go hungry, cold or be put to sleep unsafely."),
        ("h1", "Ivy's first days"),
        ("p", "Ivy is a small, sleepy baby who has to be woken for some feeds. The midwives saw that she "
              "roots and sucks her fist when she is hungry and settles quickly when Chloe holds her skin to "
              "skin. On 04/09/2025 the social worker watched Ivy being fed by Liam: she fed well for ten "
              "minutes, then fell asleep, and Liam needed reminding to wind her. She startles at loud noise "
              "on the ward and calms when she is swaddled. She has lost 6% of her birth weight, which the "
              "midwives say is within the expected range."),
        ("h1", "What Chloe and Liam want for Ivy"),
        ("p", "Chloe said: \"I want to be a good mum and learn how to do it right. I don't like it when "
              "people use long words.\" Liam said he wants Ivy \"to have a warm house and a proper cot\". "
              "Both asked for pictures and for one person to explain things slowly. Chloe's advocate, "
              "Beverley Shaw (Gorseleigh Advocacy), attended the conference with her."),
        ("p", "An easy-read version of this plan, with pictures, will be given to Chloe and Liam."),
        ("h1", "Outcomes for Ivy"),
        ("numbers", [
            "Ivy is fed at least every three hours and gains weight steadily, staying on or above the "
            "9th centile.",
            "Ivy sleeps on her back in her own cot or Moses basket for every sleep, day and night.",
            "Ivy lives in a warm, safe flat with a working heater, a mended window and the baby equipment "
            "she needs.",
            "Ivy is looked after by parents who have been shown, in a way they understand, how to feed, "
            "bath and settle her, and who can do it without prompting by the time she is six weeks old.",
        ]),
        ("h1", "The plan, stage by stage"),
        ("h2", "Stage 1: On the ward (until discharge)"),
        ("table", {
            "header": _P1_HEAD, "widths": _P1_W,
            "rows": [
                ["Observe every feed Chloe and Liam give Ivy, record it on the feed chart, and show them "
                 "Ivy's hunger cues",
                 "Ward midwife on each shift (lead: Fran Delaney, safeguarding midwife)",
                 "Every feed until discharge",
                 "Feed chart shows Ivy fed at least every three hours; notes record which feeds needed "
                 "prompting"],
                ["Teach safe sleep, bathing and nappy care using the easy-read 'Baby Care' picture booklet, "
                 "and ask both parents to show each one back",
                 "Kelly Marsh, ward nursery nurse",
                 "Daily until discharge",
                 "Teach-back checklist signed for safe sleep, bath and nappy change, each done by Chloe and "
                 "by Liam"],
                ["Visit Ivy on the ward and see her being cared for by Chloe and Liam",
                 "Ruth Adeyemi, SW",
                 "Twice before discharge, the first by 06/09/2025",
                 "Visit records describe how Ivy was fed, held and put down to sleep"],
            ],
        }),
        ("h2", "Stage 2: Before discharge home"),
        ("table", {
            "header": _P1_HEAD, "widths": _P1_W,
            "rows": [
                ["Hold the discharge planning meeting with the ward, health visitor, adult social care, "
                 "advocate and both parents",
                 "Ruth Adeyemi, SW (with Fran Delaney)",
                 "Before discharge, by 08/09/2025",
                 "Written discharge plan agreed; easy-read copy given to Chloe and Liam"],
                ["Check the flat is ready for Ivy: heater working, bedroom window mended, Moses basket, "
                 "steriliser and smoke alarm in place",
                 "Ruth Adeyemi, SW (Household Support Fund application made 04/09/2025)",
                 "Before discharge",
                 "Home visit record lists each item seen in place"],
                ["Go through an easy-read copy of this plan with Chloe and Liam, with their advocate",
                 "Ruth Adeyemi, SW, with Beverley Shaw, advocate",
                 "Within 5 working days of the conference (by 12/09/2025)",
                 "Both parents sign the easy-read copy; advocate confirms by email that they understood it"],
            ],
        }),
        ("h2", "Stage 3: From the first day at home"),
        ("table", {
            "header": _P1_HEAD, "widths": _P1_W,
            "rows": [
                ["Come to the flat each morning to help with the first feed and making up bottles for "
                 "the day",
                 "Denise Hartigan (MGM)",
                 "Every morning, 8 to 10am, for the first six weeks",
                 "Denise initials the feed diary each morning; SW checks the diary at every visit"],
                ["New birth visit, then weigh Ivy at home and check where she sleeps",
                 "Joanne Pryce, HV",
                 "New birth visit by day 14, then weekly until 6 weeks old",
                 "Weight plotted in the red book at each visit, on or above the 9th centile; sleep space "
                 "seen each time"],
                ["Visit Ivy at home, at least one visit in four unannounced, seeing her awake and asleep",
                 "Ruth Adeyemi, SW",
                 "Weekly until the review conference",
                 "Visit records show Ivy seen each week, where she slept and the feed diary checked"],
            ],
        }),
        ("h2", "Stage 4: First six weeks at home"),
        ("table", {
            "header": _P1_HEAD, "widths": _P1_W,
            "rows": [
                ["Complete a Care Act assessment of Chloe's and Liam's support needs (budgeting, "
                 "reading letters, keeping appointments) so they can run a home that is safe for Ivy",
                 "Mark Fenwick, social worker, Adult Social Care Learning Disability Team",
                 "Assessment by 26/09/2025; support in place by 03/10/2025",
                 "Assessment and support plan shared with the core group; support worker hours start by "
                 "03/10/2025"],
                ["'Baby and Me' one-to-one sessions at home on feeding, bathing and play, using pictures",
                 "Tom Birch, family support worker, Gorseleigh Family Hub",
                 "Weekly for 8 weeks from 15/09/2025",
                 "Session notes show Chloe and Liam making up a bottle and settling Ivy without prompts by "
                 "week 6"],
                ["6 to 8 week check of Ivy and Chloe's postnatal check",
                 "Dr Anil Rao, GP, Larkfield Surgery",
                 "By 28/10/2025",
                 "Results of both checks sent to the SW in writing"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If Ivy loses more than 10% of her birth weight, or if Ivy is found asleep on a sofa, a bed "
              "or an adult's chest, or if the flat has no heating, the SW will hold a strategy discussion "
              "the same day and Chloe and Ivy will be offered a place together at Brookfield Parent and "
              "Baby Unit. If Chloe and Liam do not agree to that, Ivy will go to Denise's home, with "
              "Chloe and Liam's agreement, while a legal planning meeting is held."),
        ("p", "If Denise cannot come in the mornings for more than two days running, the family support "
              "worker will visit each morning instead until the SW has agreed another plan with the family."),
        ("p", "If by the first core group on 16/09/2025, or at any later core group, the feed diary, Ivy's "
              "weights or the visit records show that her needs are not being met, the team manager will "
              "request a legal planning meeting within 5 working days to decide whether to start the "
              "Public Law Outline."),
        ("h1", "Core group and review"),
        ("p", "The core group will meet every four weeks: 16/09/2025, 14/10/2025 and 11/11/2025, at "
              "Gorseleigh Family Hub so that Chloe and Liam can attend with their advocate. The review "
              "child protection conference will be held on 25/11/2025."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Discharge planning meeting action log for a baby withdrawing on the NNU,
#    accommodated under section 20. Numbered table with banded stage rows (docx)
# ---------------------------------------------------------------------------
_P2_BAND = lambda t: [t, H, H, H, H]  # noqa: E731

PLANS.append({
    "name": "b93_glenhallow_nnu_dpm_banded_action_log_brannigan.docx",
    "doc_title": "Discharge planning meeting and child protection plan - Baby Mason Brannigan",
    "split": "tune",
    "actions": 13,
    "template": "hospital-safeguarding-midwife-dpm-minutes-docx-attendees-list-background-masons-days-on-the-unit-outcomes-bullets-then-no-task-lead-target-date-evidence-table-with-banded-stage-rows-neonatal-unit-discharge-first-six-weeks-contingency-meetings",
    "description": (
        "Discharge planning meeting record and child protection plan, written by the hospital "
        "safeguarding midwife, for a 34-week baby on the neonatal unit with neonatal abstinence syndrome "
        "(mother on methadone and using crack cocaine), accommodated under section 20 and going to "
        "foster carers. A numbered table with banded stage rows. The mother visits 'as often as she "
        "can', the family network supervises her on the unit with no measure, the toxicology row has no "
        "lead, the SW's liaison row is 'reviewed at core group', the meeting date is TBC, 'engagement' "
        "with the drug service, a parenting assessment with no output, an adult outcome; no one is set "
        "to visit the looked-after baby in hospital, no fallback for the family's supervision and no "
        "legal step."
    ),
    "blocks": [
        ("title", "Discharge Planning Meeting and Child Protection Plan"),
        ("p", "Glenhallow General Hospital – Neonatal Unit (Ward 31) – Safeguarding Children Team, "
              "with Glenhallow Borough Council Children's Services"),
        ("kv", [
            ("Baby", "Mason Brannigan, born 01/09/2025 at 34+1 weeks, 2.05 kg"),
            ("Legal status", "Accommodated under section 20 Children Act 1989 (Kerry signed consent on "
                             "05/09/2025); subject to a child protection plan since the pre-birth "
                             "conference on 14/08/2025"),
            ("Mother", "Kerry Brannigan (27)"),
            ("Father", "Darren (Daz) Fletcher (30)"),
            ("Meeting", "Discharge planning meeting, Ward 31 seminar room, 10/09/2025"),
            ("Minutes by", "Helen Greaves, hospital safeguarding midwife"),
        ]),
        ("boldp", "Present"),
        ("bullets", [
            "Helen Greaves, safeguarding midwife (chair)",
            "Dev Mistry, social worker, Glenhallow Children's Services",
            "Sister Amy Lowther, NNU",
            "Lisa Crane, health visitor",
            "Sam Ibbotson, recovery worker, Glenhallow Recovery Service",
            "Kerry Brannigan (mother) for the second half of the meeting",
        ]),
        ("h1", "Background"),
        ("p", "Kerry has been prescribed methadone (60 ml daily) by Glenhallow Recovery Service since "
              "2023. Her urine screens in pregnancy showed crack cocaine on five occasions, the last at 32 "
              "weeks. Mason was born early after Kerry's waters broke at home; she arrived at the hospital "
              "by ambulance. Daz says he does not use drugs but would not agree to a test at the pre-birth "
              "conference. Kerry agreed on 05/09/2025 that Mason should go to foster carers when he is "
              "well enough to leave the unit, while she and Daz are assessed."),
        ("h1", "Mason's days on the unit"),
        ("p", "Mason has been treated with oral morphine for withdrawal since day 2. Nurses describe him "
              "as jittery, with a high-pitched cry and frequent sneezing; he feeds poorly from a bottle "
              "and still has some feeds by nasogastric tube. He settles best when he is swaddled and held "
              "close in a quiet, dim room. Kerry has visited on four of his nine days, and on one visit "
              "staff asked her to leave because she was very drowsy. When Kerry does the skin-to-skin "
              "cares, Mason's heart rate and breathing settle."),
        ("h1", "What we want to achieve"),
        ("bullets", [
            "Mason is weaned off morphine safely and leaves the unit feeding well by bottle.",
            "Mason goes straight from the unit to a foster home where his withdrawal and feeding needs "
            "are met, and he keeps growing on his centile.",
            "Mason keeps a close bond with his parents through regular, safe contact.",
            "Kerry will be free from crack cocaine and stable on her methadone.",
        ]),
        ("h1", "Action plan"),
        ("table", {
            "header": ["No.", "Task", "Lead", "Target date", "Evidence of completion"],
            "widths": [1.1, 5.6, 3.4, 3.0, 3.9],
            "rows": [
                _P2_BAND("While Mason is on the neonatal unit"),
                ["1", "Score Mason for withdrawal (Finnegan chart) and send the scores to the SW",
                 "Sister Amy Lowther, NNU",
                 "Every 4 hours until discharge; scores to SW each Monday",
                 "Finnegan chart; scores below 8 for 72 hours before discharge"],
                ["2", "Kerry to visit Mason on the unit and do his cares, including feeds and skin to skin",
                 "Kerry Brannigan",
                 "As often as she can",
                 "Visits and cares recorded in the NNU parents' visiting log"],
                ["3", "Supervise Kerry's time with Mason on the unit when nursing staff cannot stay at the "
                      "cot side",
                 "Family network",
                 "Every visit",
                 ""],
                ["4", "Send Mason's meconium and cord tissue for toxicology and share the results",
                 "-",
                 "By 12/09/2025",
                 "Results letter on Mason's hospital record and copied to the SW"],
                ["5", "SW to liaise with the NNU about Mason's progress and likely discharge date",
                 "Dev Mistry, SW",
                 "Weekly (phone call to the unit)",
                 "Reviewed at core group"],
                _P2_BAND("Discharge"),
                ["6", "Identify a foster placement able to manage Mason's withdrawal and feeding needs "
                      "(parent and child placement to be explored)",
                 "Dev Mistry, SW, with the Placements Team",
                 "Before discharge",
                 "Placement confirmed in writing to the NNU; foster carer shown Mason's cares on the unit"],
                ["7", "Final discharge planning meeting with NNU, foster carer, HV and parents",
                 "Helen Greaves, safeguarding midwife",
                 "TBC",
                 "Discharge summary and care plan sent to GP, HV and SW"],
                _P2_BAND("First six weeks in foster care"),
                ["8", "Kerry to attend Glenhallow Recovery Service for her methadone script and "
                      "key-working sessions",
                 "Kerry Brannigan",
                 "Weekly",
                 "Engagement with service"],
                ["9", "Share Kerry's drug screen results and attendance with the SW, and report on whether "
                      "she is stable on her script",
                 "Sam Ibbotson, recovery worker, Glenhallow Recovery Service",
                 "Monthly, first report by 30/09/2025",
                 "Written report with screen results to each core group"],
                ["10", "Daz to complete a hair strand test for drugs",
                 "Daz Fletcher",
                 "By 10/10/2025",
                 "Laboratory result sent to the SW"],
                ["11", "New birth visit and developmental checks for Mason at the foster home",
                 "Lisa Crane, HV",
                 "Within 14 days of discharge, then fortnightly",
                 "Weight plotted on the preterm chart in the red book at each visit"],
                ["12", "Supervised contact for Kerry and Daz with Mason at Glenhallow Family Centre",
                 "Dev Mistry, SW (contact worker to supervise)",
                 "Three times a week from discharge",
                 "Contact records note how Kerry and Daz read and respond to Mason's cues"],
                ["13", "Parenting assessment of Kerry and Daz while Mason is in foster care",
                 "Dev Mistry, SW",
                 "Start 01/10/2025; complete by 28/11/2025",
                 ""],
            ],
        }),
        ("h1", "Contingency"),
        ("p", "If Kerry or Daz arrive on the unit under the influence, or try to take Mason off the unit, "
              "the nurse in charge will ask them to leave, call hospital security and the police, and tell "
              "the SW (or the Emergency Duty Team out of hours) straight away."),
        ("p", "If the toxicology results or Kerry's drug screens show that she is still using crack "
              "cocaine, the plan will be reviewed at the next core group."),
        ("h1", "Meetings"),
        ("p", "Core group: every 4 weeks, first on 16/09/2025 on Ward 31, then at Glenhallow Family "
              "Centre after discharge. Review child protection conference: 20/11/2025."),
    ],
    "findings": [
        F("T002", "Kerry to visit Mason on the unit and do his cares"),
        F("W002", "Supervise Kerry's time with Mason on the unit"),
        F("M001", "Supervise Kerry's time with Mason on the unit"),
        F("W001", "Send Mason's meconium and cord tissue for toxicology"),
        F("M002", "SW to liaise with the NNU about Mason's progress"),
        F("T002", "Final discharge planning meeting with NNU, foster carer"),
        F("M002", "Kerry to attend Glenhallow Recovery Service for her methadone script"),
        F("M001", "Parenting assessment of Kerry and Daz while Mason"),
        F("F002", "Kerry will be free from crack cocaine and stable on her methadone."),
        F("L001"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Pre-birth plan, domestic abuse: stages of a real Word outline list
#    (1 / a)), header and page footer (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b93_grindlow_prebirth_da_outline_stages_whitlock.pdf",
    "doc_title": "Pre-birth Child Protection Plan - Unborn baby of Shannon Pryce",
    "split": "tune",
    "actions": 13,
    "header": "OFFICIAL-SENSITIVE | Grindlow Borough Council | Children's Services",
    "footer": "Pre-birth child protection plan – unborn baby of Shannon Pryce – page {PAGE} of {NUMPAGES}",
    "template": "pre-birth-icpc-word-plan-printed-to-pdf-header-footer-details-kv-why-we-are-worried-what-is-going-well-hoped-for-outcomes-then-outline-numbered-stages-before-the-birth-on-the-ward-after-discharge-with-lettered-action-sentences-contingency-review",
    "description": (
        "Pre-birth child protection plan at 30 weeks (domestic abuse: the partner assaulted the mother "
        "at 22 weeks; he drinks at weekends, she smokes cannabis). Stages of an outline-numbered Word "
        "list with lettered action sentences, printed to PDF with a header and page footer. The "
        "perpetrator programme, MARAC, midwife, police and alcohol service are well set out, but the "
        "IDVA row is 'as and when' with no measure, the mother's cannabis row and the passive ward "
        "supervision row have no measure (the latter no owner either), the SW will 'keep an eye on' the "
        "home and 'all professionals' share information; one outcome is about the father; nothing about "
        "the baby's experience; the contingency only reviews the plan and there is no legal step."
    ),
    "min_pages": 2,
    "blocks": [
        ("title", "Pre-birth Child Protection Plan"),
        ("kv", [
            ("Unborn baby of", "Shannon Pryce (26), due 20/10/2025"),
            ("Baby's father", "Jordan Whitlock (29), lives with Shannon"),
            ("Address", "22 Ferrier Close, Grindlow GW5 2RT"),
            ("Category", "Physical abuse (risk of) – domestic abuse"),
            ("Pre-birth conference", "08/09/2025, Grindlow Civic Centre"),
            ("Social worker", "Priya Bassi, Grindlow Children's Services, Assessment and Intervention Team 2"),
            ("Maternity", "Grindlow and District Hospital; community midwife Gemma Royle"),
        ]),
        ("h1", "Why we are worried"),
        ("p", "On 17/07/2025, when Shannon was 22 weeks pregnant, police were called by a neighbour and "
              "found Shannon with bruising to her upper arm and a cut lip. Jordan was arrested; Shannon did "
              "not support a prosecution and he was released with no further action. Jordan's former "
              "partner was heard at MARAC in 2024 after he strangled her. Jordan drinks heavily at weekends "
              "and both incidents happened after he had been drinking. Shannon smokes cannabis most "
              "evenings and says it helps her sleep. Shannon has told the midwife she is \"walking on "
              "eggshells\" at weekends."),
        ("h1", "What is going well"),
        ("p", "Shannon has been to every antenatal appointment since July and has spoken to the midwife "
              "on her own. Jordan has accepted a place on a perpetrator programme and has agreed to see the "
              "alcohol service. Shannon's mother, Carol, lives nearby and Shannon has a key to her house."),
        ("h1", "What we hope for"),
        ("bullets", [
            "The baby is born and comes home to a house where there is no violence or fear.",
            "The baby is cared for by adults who are sober and able to respond to her needs day and night.",
            "Jordan will take responsibility for his abusive behaviour.",
        ]),
        ("h1", "The plan"),
        ("mlist", [
            (0, "Before the birth (now until 38 weeks)"),
            (2, "Jordan Whitlock will attend the Changing Paths domestic abuse perpetrator programme, 24 "
                "weekly sessions from 15/09/2025, and the programme facilitator will send the SW a monthly "
                "report on his attendance and what he has taken in."),
            (2, "The IDVA (Nikki Shore, Grindlow Women's Aid) will keep in touch with Shannon and offer "
                "support as and when she needs it."),
            (2, "The IDVA will refer Shannon back to MARAC for the 02/10/2025 meeting and send the SW the "
                "MARAC actions within 2 days of the meeting."),
            (2, "Gemma Royle, community midwife, will see Shannon on her own at every antenatal appointment, "
                "ask about domestic abuse each time and record it in the maternity notes, telling the SW "
                "the same day of any disclosure or missed appointment."),
            (2, "Aspire Drug and Alcohol Service (Kev Dunmore, recovery worker) will assess Jordan's "
                "drinking by 10/10/2025 and send the SW a written report on whether it puts the baby at "
                "risk."),
            (2, "Shannon will cut down and stop smoking cannabis before the baby is born."),
            (2, "The SW (Priya Bassi) will visit Shannon at home every two weeks, seeing her on her own for "
                "part of each visit, and keep an eye on the home conditions and how the couple are getting "
                "on."),
            (0, "On the labour ward and the postnatal ward"),
            (2, "Helen Marr, hospital safeguarding midwife, will put a birth alert on the maternity system by "
                "32 weeks so that the SW is phoned when Shannon is admitted in labour; she will email the SW "
                "to confirm the alert is on."),
            (2, "Jordan's visits to Shannon and the baby on the postnatal ward are to be supervised, every "
                "visit until discharge."),
            (2, "The SW will chair a discharge planning meeting on the ward before the baby leaves hospital, "
                "and give Shannon and the ward a written discharge plan."),
            (0, "After discharge and the first six weeks at home"),
            (2, "Jess Patel, health visitor, will do the new birth visit by day 14 and then visit weekly "
                "until six weeks, seeing Shannon alone to ask about abuse and recording the baby's weight "
                "in the red book."),
            (2, "All professionals will pass on any information about domestic abuse to the SW the same "
                "day, and it will be logged on the case file."),
            (2, "Grindlow Police Domestic Abuse Unit will put a marker on 22 Ferrier Close by 19/09/2025 so "
                "that any 999 call is treated as urgent, and will confirm this to the SW in writing."),
        ]),
        ("h1", "Contingency"),
        ("p", "If there are any further incidents of domestic abuse, the plan will be reviewed at an early "
              "core group meeting."),
        ("h1", "Review arrangements"),
        ("p", "The core group will meet every four weeks, starting on 23/09/2025 (then 21/10/2025 and "
              "18/11/2025). The review child protection conference will be held on 08/12/2025."),
    ],
    "findings": [
        F("T002", "will keep in touch with Shannon and offer support"),
        F("M001", "will keep in touch with Shannon and offer support"),
        F("M001", "Shannon will cut down and stop smoking cannabis"),
        F("M002", "keep an eye on the home conditions and how the couple"),
        F("W001", "Jordan's visits to Shannon and the baby on the postnatal ward"),
        F("M001", "Jordan's visits to Shannon and the baby on the postnatal ward"),
        F("W002", "All professionals will pass on any information about domestic abuse"),
        F("F002", "Jordan will take responsibility for his abusive behaviour."),
        F("F003"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Parent-and-child foster placement for a young care leaver under the
#    perinatal mental health team. Stage column merged down (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b93_gallowmere_parent_child_placement_merged_stage_doherty.pdf",
    "doc_title": "Child Protection Plan - Alfie Doherty",
    "split": "tune",
    "actions": 9,
    "header": "Gallowmere Council – Children's Services – OFFICIAL SENSITIVE",
    "footer": "Alfie Doherty – child protection plan – Page {PAGE} of {NUMPAGES}",
    "check_vmerge": 2,
    "template": "icpc-parent-and-child-foster-placement-word-plan-printed-to-pdf-header-footer-details-table-worries-alfies-day-outcomes-then-stage-column-merged-down-what-needs-to-happen-who-when-how-will-we-know-table-contingency-meetings",
    "description": (
        "Initial conference plan for a 3-week-old baby living with his 19-year-old mother, a care leaver "
        "with depression and self-harm, in a parent-and-child foster placement. Timeline table with the "
        "stage merged down the first column. Child-focused outcomes, the baby's day described by the "
        "foster carer, a specific contingency with a legal planning meeting and a fallback if the "
        "grandmother cannot supervise; but most rows are about the mother's own needs with no link to "
        "the baby, the perinatal team only offers sessions and the psychology group only treats, the "
        "psychology row is 'ongoing' with 'improvement in mood', the housing row is 'as and when', "
        "the GP row is 'monitored' and the grandmother's contact row has no measure."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("table", {
            "header": ["Case details", H, H, H],
            "widths": [3.4, 5.1, 3.4, 5.1],
            "bold_first_col": True,
            "rows": [
                ["Child", "Alfie Doherty, born 14/08/2025 (3 weeks)", "Conference", "Initial, 04/09/2025"],
                ["Mother", "Kayleigh Doherty (19), care leaver", "Father",
                 "Connor Rafferty (21), lives with his mother"],
                ["Placement", "Parent and child foster placement with Maureen Gill, since discharge from "
                              "Gallowmere Women's Hospital on 18/08/2025",
                 "Category", "Neglect (risk of) and emotional harm (risk of)"],
                ["Social worker", "Gareth Lloyd", "Personal adviser", "Shona Baird, Leaving Care Team"],
            ],
        }),
        ("h1", "What we are worried about"),
        ("p", "Kayleigh was in care from the age of 12. She has a diagnosis of depression and has "
              "self-harmed by cutting, most recently in May 2025 when she was 26 weeks pregnant. She is "
              "under the Gallowmere Perinatal Mental Health Team and takes sertraline. In the weeks before "
              "the birth she was sofa-surfing and missed three scans. Connor smokes cannabis daily; he and "
              "Kayleigh argue loudly and police attended an argument in June 2025 (no assault was alleged). "
              "When Kayleigh is low she stays in bed and has struggled to get up for night feeds."),
        ("h1", "Alfie's day"),
        ("p", "Maureen Gill, the foster carer, says Alfie is a hungry, alert baby who feeds every three "
              "hours and likes to be held upright after a feed. He cries hard when he is hungry and calms "
              "as soon as Kayleigh talks to him. On two nights Maureen did the 3am feed because Kayleigh "
              "did not wake to Alfie crying. He has regained his birth weight and is on the 50th centile."),
        ("h1", "Outcomes for Alfie"),
        ("bullets", [
            "Alfie is fed, changed and settled by his mum day and night, including when she feels low.",
            "Alfie lives in a calm home where he does not hear arguments or see adults hurt themselves.",
            "Alfie moves with his mum to a home of their own that is safe, warm and ready for him.",
        ]),
        ("h1", "The plan"),
        ("table", {
            "header": ["Stage", "What needs to happen", "Who", "When", "How will we know"],
            "widths": [2.6, 5.4, 3.2, 2.6, 3.2],
            "rows": [
                ["In the parent and child placement (to 12 weeks)",
                 "Offer Kayleigh weekly sessions with her perinatal care coordinator",
                 "Lucy Haigh, CPN, Gallowmere Perinatal Mental Health Team",
                 "Weekly", "Attendance record"],
                [V, "Kayleigh to attend the DBT skills group at the Adult Psychology Service",
                 "Gallowmere Adult Psychology Service (Dr Rhian Pugh)",
                 "Ongoing", "Improvement in mood"],
                [V, "Record every day how Kayleigh meets Alfie's needs: feeds, nappies, night waking and how "
                    "she responds when he cries",
                 "Maureen Gill, parent and child foster carer",
                 "Daily; written log to the SW every Friday",
                 "Daily log shows which feeds and night wakings Kayleigh did without prompting"],
                [V, "Parenting assessment of Kayleigh in the placement",
                 "Gareth Lloyd, SW",
                 "Complete by 07/11/2025",
                 "Report with a recommendation on Alfie's care shared at the review conference"],
                [V, "Help Kayleigh claim Universal Credit and open a bank account",
                 "Shona Baird, personal adviser",
                 "By 30/09/2025",
                 "Universal Credit in payment; bank card received"],
                [V, "Supervise Connor's contact with Alfie at Connor's mother's house",
                 "Tracey Rafferty (paternal grandmother)",
                 "Twice a week, Tuesday and Saturday",
                 "-"],
                ["Preparing to move on",
                 "Support Kayleigh to bid for a one-bedroom flat under the care leaver priority",
                 "Shona Baird, personal adviser",
                 "As and when properties come up",
                 "Weekly bids shown on the Gallowmere Homes bidding record"],
                [V, "Kayleigh to see her GP to review her sertraline dose",
                 "Kayleigh Doherty",
                 "By 30/09/2025",
                 "Monitored"],
                ["First six weeks in her own flat",
                 "Visit Alfie weekly in the new flat, weigh him and check where he sleeps",
                 "Nadia Hussain, HV",
                 "Weekly for six weeks from the move",
                 "Weights in the red book stay on the 50th centile; Moses basket seen at each visit"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If Kayleigh leaves the placement with Alfie without telling Maureen, or if Alfie has an "
              "injury nobody can explain, Maureen will call the police and the Emergency Duty Team and a "
              "strategy discussion will be held the same day. If Kayleigh self-harms while caring for "
              "Alfie, Alfie will stay with Maureen and the SW will ask the Perinatal Mental Health Team for "
              "an urgent review that day."),
        ("p", "If Tracey cannot supervise a contact, that contact will take place at Gallowmere Family "
              "Centre with a contact worker instead."),
        ("p", "If the parenting assessment finds that Kayleigh cannot keep Alfie safe, or if Alfie's "
              "needs are not met at night on more than three nights in any week, the SW will request a "
              "legal planning meeting."),
        ("h1", "Meetings"),
        ("p", "Core group: every three weeks, first on 15/09/2025 at the placement. Review child "
              "protection conference: 27/11/2025."),
    ],
    "findings": [
        F("H001", "Offer Kayleigh weekly sessions with her perinatal care coordinator"),
        F("H001", "Kayleigh to attend the DBT skills group"),
        F("T002", "Kayleigh to attend the DBT skills group"),
        F("M002", "Kayleigh to attend the DBT skills group"),
        F("M001", "Supervise Connor's contact with Alfie at Connor's mother's house"),
        F("T002", "Support Kayleigh to bid for a one-bedroom flat"),
        F("M002", "Kayleigh to see her GP to review her sertraline dose"),
        F("F001"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Review plan for a baby exposed to alcohol in pregnancy, plain-text export
#    with labelled field blocks per action. Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b93_garstonby_rcpc_text_export_field_blocks_tomlinson.txt",
    "split": "tune",
    "actions": 9,
    "template": "rcpc-case-system-plain-text-export-upper-case-section-rules-details-lines-progress-rubys-world-outcomes-then-timeline-headings-with-action-n-what-who-when-how-we-will-know-field-blocks-contingency-meetings",
    "description": (
        "Exemplary review conference plan for a 5-week-old baby whose mother drank through pregnancy and "
        "is now abstinent. Plain-text export from the case system: action blocks with What / Who / When "
        "/ How we will know fields under timeline headings. The alcohol service tests and reports, the "
        "perinatal team assesses capacity to change, the grandfather's weekend nights have a fallback, "
        "and the contingency names a same-day strategy discussion and a legal planning meeting."
    ),
    "text": """\
GARSTONBY METROPOLITAN BOROUGH COUNCIL
CHILDREN'S SERVICES - CHILD PROTECTION PLAN (REVIEW)
Exported from Garstonby Case Record 03/10/2025 11:42 by A.HADDAD
======================================================================

CHILD ........ Ruby Tomlinson   DOB 29/08/2025   (5 weeks)
MOTHER ....... Leah Tomlinson (31)
FATHER ....... Ryan Tomlinson (33)
ADDRESS ...... 8 Sallow Walk, Garstonby GS7 4QN
CATEGORY ..... Neglect
PLAN STARTED . Pre-birth conference 18/07/2025
THIS REVIEW .. 02/10/2025 (first review, held early after the birth)
SOCIAL WORKER  Amira Haddad, Family Safeguarding Team 3

----------------------------------------------------------------------
1. WHY THERE IS A PLAN
----------------------------------------------------------------------
Leah drank up to a bottle of wine a day until she was 24 weeks pregnant,
and hid it from her midwife. She has a history of low mood. Since July she
has worked with Garstonby Alcohol Service and her PEth blood tests since
August show she has not been drinking. Ruby was born at 39 weeks weighing
3.1 kg and went home with her parents on day 2. Ryan works nights two
weeks in four.

----------------------------------------------------------------------
2. RUBY'S WORLD
----------------------------------------------------------------------
Ruby is seen at every visit. She feeds every three to four hours from a
bottle, mostly from Leah. The health visitor saw her fix on Leah's face and
quieten when Leah sang to her. Ruby's paternal grandfather, Keith, has done
the late feed on Friday and Saturday nights and says she "goes down like a
lamb" after it. On one visit Ruby was left to cry for some minutes while
Leah was on the phone; Leah went to her when the SW pointed it out.

----------------------------------------------------------------------
3. WHAT WE WANT FOR RUBY (OUTCOMES)
----------------------------------------------------------------------
 - Ruby lives in a home where nobody caring for her has been drinking.
 - Ruby keeps gaining weight along the 50th centile and is fed on time.
 - Ruby has her development checked by a paediatrician because of the
   alcohol she was exposed to before birth, and any needs are picked up
   early.
 - Ruby is cared for by a mum whose mood is steady enough to notice and
   answer her cries.

----------------------------------------------------------------------
4. THE PLAN
----------------------------------------------------------------------

FIRST SIX WEEKS AT HOME (TO 10/10/2025) AND ONWARDS

Action 1
  What: Visit Ruby at home, one visit in three unannounced, and see her
        awake, fed and put down to sleep
  Who:  Amira Haddad, social worker
  When: Weekly until the review conference on 02/12/2025
  How we will know: Visit records note Ruby's care, where she sleeps and
        whether Leah showed any sign of drinking

Action 2
  What: Test Leah for alcohol (PEth blood test fortnightly, breath test at
        each session) and report whether she is staying alcohol free and
        what she needs to keep Ruby safe
  Who:  Phil Keane, recovery worker, Garstonby Alcohol Service
  When: Fortnightly; written report a week before each core group
  How we will know: PEth results stay below 20 ng/ml; reports received
        before each core group

Action 3
  What: Assess Leah's low mood and report on her capacity to keep making
        the changes Ruby needs, the steps still needed and how long they
        are likely to take
  Who:  Dr Serena Vohra, consultant perinatal psychiatrist, Garstonby
        Perinatal Mental Health Team
  When: Assessment by 31/10/2025; report by 14/11/2025
  How we will know: Written report shared with the core group and the
        review conference

Action 4
  What: Weigh Ruby and check safe sleep at home
  Who:  Gail Moran, health visitor
  When: Weekly until 8 weeks old, then fortnightly
  How we will know: Weight plotted in the red book at each visit, on or
        near the 50th centile; sleep space seen

Action 5
  What: Stay overnight on Friday and Saturday and do the late feed so
        that Ruby is cared for by a sober adult while Ryan is on nights
  Who:  Keith Tomlinson (paternal grandfather)
  When: Every Friday and Saturday night in the weeks Ryan works nights
  How we will know: Keith signs the night-feed diary; SW checks it at
        each visit

Action 6
  What: Tell the SW the same day if Leah drinks any alcohol, and keep
        Ruby with him or Keith until the SW has visited
  Who:  Ryan Tomlinson
  When: Same day, every time
  How we will know: Written agreement signed 02/10/2025; any call is
        logged on Ruby's case record

WEEKS 6 TO 12

Action 7
  What: 6 to 8 week check for Ruby and Leah's postnatal check, including
        a mood screen
  Who:  Dr Tom Griffiths, GP, Sallow Lane Practice
  When: By 24/10/2025
  How we will know: Results of both checks sent to the SW in writing

Action 8
  What: Developmental follow-up for Ruby because of prenatal alcohol
        exposure, with a plan for any further checks
  Who:  Dr Hana Brooks, community paediatrician
  When: Appointment on 09/12/2025
  How we will know: Clinic letter to the GP and the SW within 2 weeks
        of the appointment

Action 9
  What: Six home sessions with Leah and Ryan on routines, play and
        reading Ruby's cues
  Who:  Dean Foley, family support worker, Garstonby Family Hub
  When: Weekly from 13/10/2025 to 17/11/2025
  How we will know: Session notes record Ruby's routine and show both
        parents responding to her cues without prompting

----------------------------------------------------------------------
5. CONTINGENCY
----------------------------------------------------------------------
If Leah has a PEth result above 20 ng/ml, or is found to have been
drinking while caring for Ruby, Leah will leave the family home that day
and Ruby will stay with Ryan, with Keith staying over, while the SW holds
a strategy discussion the same day.

If Keith cannot stay over on a night Ryan is working, Ryan will swap his
shift or Ruby and Leah will stay at Leah's sister Gemma's house for that
night, as agreed at conference; the SW will check this the next day.

If Ryan cannot keep Ruby safe from Leah's drinking, Ruby will be placed
with foster carers and the SW will request a legal planning meeting
within 2 working days. If the recovery worker's or psychiatrist's reports
show Leah is not able to keep making the changes Ruby needs, a legal
planning meeting will also be requested to consider the PLO.

----------------------------------------------------------------------
6. MEETINGS
----------------------------------------------------------------------
Core group: every three weeks - 14/10/2025, 04/11/2025, 25/11/2025.
Review child protection conference: 02/12/2025, Garstonby Civic Hall.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Pre-birth plan, mother with a learning disability moving to another
#    authority; markdown copy, a table per stage (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b93_gatterby_prebirth_transfer_md_stage_tables_mcallister.md",
    "split": "tune",
    "actions": 10,
    "template": "pre-birth-plan-markdown-copy-details-table-concerns-strengths-outcomes-then-h3-per-stage-before-the-birth-on-the-ward-after-discharge-tables-with-hash-action-lead-by-when-evidence-columns-contingency-meetings",
    "description": (
        "Pre-birth plan for a 20-year-old with a mild learning disability who is moving to her partner's "
        "home in another authority before the birth. Markdown copy with a table per stage. The PAMS "
        "assessment, the Care Act referral and the family support sessions all wait for the transfer; "
        "'Family' gets the nursery ready, ward midwives' watching is 'monitored', the HV row is 'as "
        "required' and the family support row has no evidence; no record of the baby's experience; the "
        "contingency's trigger is 'things have not improved'; the review conference date is to be "
        "confirmed."
    ),
    "text": """\
# Pre-birth Child Protection Plan

**Gatterby County Council – Children and Families – Pre-birth Team**
*Markdown copy of the plan agreed at the initial conference on 11/09/2025.*

| | |
|---|---|
| Unborn baby of | Jade McAllister (20), due 11/11/2025 |
| Father | Lewis Brennan (23) |
| Current address | 5 Lowther Terrace, Gatterby GT2 6HF (Jade's aunt's house) |
| Moving to | 41 Cranmoor Road, Kelderby (Lewis's tenancy), expected 20/10/2025 |
| Category | Neglect (risk of) |
| Social worker | Hannah Price, Gatterby Pre-birth Team |
| Receiving authority | Kelderby Council Children's Services (transfer-in conference requested) |

## What we are worried about

Jade has a mild learning disability and left school without qualifications. She
has been staying with different friends since June, and in August police found
two men dealing drugs from a friend's flat where Jade was sleeping. She has
missed two scans. Jade finds it hard to remember appointments and to read
letters, and she does not yet know how to make up a feed or how a baby should
sleep. Lewis works long shifts at a warehouse and says Jade "will be fine once
the baby comes".

## What is working well

Jade is excited about the baby and has bought clothes and a pram. Lewis has a
secure tenancy and has painted a room for the baby. Jade's aunt, Morag, has let
her stay until the move. Jade listens well when things are explained with
pictures.

## Outcomes for the baby

- The baby is born safely in hospital and goes home to Cranmoor Road, which is
  warm, clean and has a cot, steriliser and bottles ready.
- The baby is fed on time, sleeps safely on her back and is never left with
  people the parents do not know well.
- The baby's needs are met from birth because her parents have had a parenting
  assessment and the help they need from adult services.

## The plan

### Before the birth

| # | Action | Lead | By when | Evidence |
|---|---|---|---|---|
| 1 | PAMS parenting assessment of Jade and Lewis to be started by Kelderby once the case has transferred | Kelderby Children's Services | Within 4 weeks of the transfer-in conference | PAMS report shared with Jade and Lewis in easy-read form |
| 2 | Referral to adult social care for a Care Act assessment of Jade's needs, paused until she has moved to Kelderby | Hannah Price, SW | After the move (expected 20/10/2025) | Referral accepted by Kelderby Adult Social Care |
| 3 | See Jade at every antenatal appointment, explain each check with easy-read leaflets and tell the SW of any missed appointment | Ellie Marsh, community midwife, Gatterby Maternity | Every antenatal appointment until Jade moves | Attendance recorded in the maternity notes; SW told the same day of any missed appointment |
| 4 | Share the pre-birth plan with Kelderby Maternity and put a birth alert on both maternity systems | Jo Henshaw, hospital safeguarding midwife | By 30/09/2025 | Alert confirmed by email from both units |
| 5 | Get the baby's room ready with a cot, steriliser and bottles | Family | Before the birth | Room seen ready by the SW |
| 6 | Visit Jade, seeing her alone for part of each visit, and check where she is staying | Hannah Price, SW | Every two weeks until the transfer-in conference | Visit records show Jade seen alone and her address confirmed |

### On the ward

| # | Action | Lead | By when | Evidence |
|---|---|---|---|---|
| 7 | Ward midwives to watch Jade feeding and caring for the baby and to show her again where needed | Postnatal ward midwives, Kelderby General | Every shift until discharge | Monitored |
| 8 | Hold the discharge planning meeting on the ward with both parents, midwives, HV and adult social care | Hannah Price, SW (or the Kelderby SW if the transfer-in conference has taken place) | Before discharge | Written discharge plan with an easy-read copy for Jade |

### After discharge

| # | Action | Lead | By when | Evidence |
|---|---|---|---|---|
| 9 | Health visitor to visit the baby at home and check weight and sleeping arrangements | Kelderby 0-19 Health Visiting Team | As required | Weight plotted in the red book at each visit |
| 10 | Family support worker sessions on baby care using easy-read materials, to begin once Kelderby holds the case | Kelderby Family Support Service | Weekly, starting after the transfer | |

## Contingency

If things have not improved by the transfer-in conference, the SW will ask for
legal advice through the Gatterby legal gateway.

## Meetings

- Core group: monthly until the transfer, first on 25/09/2025.
- Review conference: to be held by Kelderby, date to be confirmed.
""",
    "findings": [
        F("X001", "PAMS parenting assessment of Jade and Lewis to be started"),
        F("X001", "paused until she has moved to Kelderby"),
        F("W002", "Get the baby's room ready with a cot"),
        F("M002", "Ward midwives to watch Jade feeding and caring for the baby"),
        F("T002", "Health visitor to visit the baby at home and check"),
        F("X001", "to begin once Kelderby holds the case"),
        F("M001", "Family support worker sessions on baby care using easy-read materials"),
        F("F003"),
        F("C002"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 7. A premature baby's first six weeks at home after the neonatal unit:
#    SW's bullet plan under week headings, no outcomes, no contingency (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b93_goldenhythe_first_weeks_home_bullets_ashworth.docx",
    "doc_title": "Child Protection Plan - Harper and Tyler Ashworth",
    "split": "tune",
    "actions": 9,
    "template": "core-group-revised-plan-docx-details-kv-since-harper-came-home-what-harper-and-tyler-tell-us-then-week-headings-weeks-1-2-and-weeks-3-6-with-bullet-actions-meetings-no-outcomes-no-contingency",
    "description": (
        "Core group plan, revised when a baby born at 31 weeks came home from the neonatal unit after "
        "five weeks (neglect: missed NNU visits, the mother's postnatal depression, the father's "
        "drinking; a 4-year-old brother). Bullet actions under 'weeks 1-2' and 'weeks 3-6' headings. "
        "Outreach nurse, HV, SW and nursery bullets are sound, but the mother's GP bullet and the "
        "father's drinking bullet have no timescale or measure, home conditions are checked by nobody, "
        "'everyone in the network' gets Harper to clinic, and the family support worker helps 'when she "
        "is ready'. No outcomes, no adult service owns an action, no contingency and no legal step."
    ),
    "blocks": [
        ("title", "Child Protection Plan – revised at core group"),
        ("p", "Goldenhythe Borough Council – Children's Services – Locality Team South"),
        ("kv", [
            ("Children", "Harper Ashworth, born 12/07/2025 at 31 weeks (corrected age 4 weeks); "
                         "Tyler Ashworth, born 03/03/2021 (4)"),
            ("Parents", "Stacey Ashworth (24) and Kyle Ashworth (27)"),
            ("Address", "67 Brigg Lane, Goldenhythe GH4 9DS"),
            ("Category", "Neglect"),
            ("Social worker", "Owen Marsh"),
            ("Core group", "21/08/2025, revising the plan for Harper's discharge on 22/08/2025"),
        ]),
        ("h1", "Since Harper came home"),
        ("p", "Harper spent five weeks on the neonatal unit at Goldenhythe Hospital. Stacey and Kyle "
              "visited on 11 of those 35 days, and staff were worried that Harper's feeds were not being "
              "learnt before discharge. Stacey was diagnosed with postnatal depression by her GP in "
              "August and has been prescribed medication. Kyle drinks most evenings; on two home visits "
              "he smelt of alcohol in the afternoon. Harper came home on 22/08/2025 on four-hourly "
              "bottle feeds."),
        ("h1", "What Harper and Tyler tell us"),
        ("p", "Harper is small (1.9 kg at discharge) and tires quickly during feeds. The outreach nurse "
              "saw her take a full feed from Kyle and then sleep well in her Moses basket. She startles "
              "easily when the television is loud. Tyler told the SW: \"Mummy's always sleeping. I get my "
              "own cereal.\" He likes to hold Harper's hand and calls her \"my baby\". His nursery says "
              "he has arrived hungry on three mornings."),
        ("h1", "What will happen"),
        ("h2", "Weeks 1 and 2 at home"),
        ("bullets", [
            "Carla Benn, neonatal outreach nurse, will visit Harper at home three times a week for the "
            "first two weeks, weigh her and check her feed chart, and send the weights to the SW every "
            "Friday.",
            "Stacey will see her GP about her low mood.",
            "Home conditions and Harper's sleeping arrangements will be checked at each visit and "
            "recorded on the visit notes.",
            "Kyle will cut down his drinking.",
        ]),
        ("h2", "Weeks 3 to 6 at home"),
        ("bullets", [
            "Mel Upton, health visitor, will take over from the outreach nurse from week 3 and weigh "
            "Harper weekly at home until 12 weeks, plotting each weight on the preterm chart in the red "
            "book.",
            "Owen Marsh, SW, will visit Harper and Tyler at home every week, at least one visit in three "
            "unannounced, and record how Harper is held and fed and what Tyler has eaten.",
            "Everyone in the network will make sure Harper gets to the neonatal follow-up clinic on "
            "16/09/2025 and the eye clinic on 30/09/2025, with attendance confirmed by clinic letters.",
            "Nicola Hirst, family support worker, will help Stacey set up a routine for Harper and Tyler "
            "when she is ready, and keep an eye on how Stacey is coping.",
            "Little Acorns Nursery will record Tyler's attendance daily and ring the SW the same day if "
            "Tyler arrives hungry or is not collected.",
        ]),
        ("h1", "Meetings"),
        ("p", "The core group will meet every two weeks: 04/09/2025, 18/09/2025, 02/10/2025 and "
              "16/10/2025. The review child protection conference is on 27/10/2025."),
    ],
    "findings": [
        F("T001", "Stacey will see her GP about her low mood."),
        F("M001", "Stacey will see her GP about her low mood."),
        F("W001", "Home conditions and Harper's sleeping arrangements will be checked"),
        F("T001", "Kyle will cut down his drinking."),
        F("M001", "Kyle will cut down his drinking."),
        F("W002", "Everyone in the network will make sure Harper gets"),
        F("T002", "will help Stacey set up a routine for Harper and Tyler"),
        F("M002", "will help Stacey set up a routine for Harper and Tyler"),
        F("O001"),
        F("F004"),
        F("C001"),
        F("R002"),
    ],
})
