"""Batch 97, module p: seven fictional plans (tuning material), places beginning with "p".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: what a serious case review found missing when a premature baby's plan
was built around her mother's needs. Parents with a mental illness or who
misuse drugs or alcohol (adult services owning actions and assessing capacity
to change, or a mental health worker who only "supports"); grandparents,
relatives and friends carrying supervision, with and without a fallback; a
looked-after baby in hospital, with and without visits at a stated frequency;
a family moving to another local authority; legal planning on insufficient
progress, or none. Layouts: a health-led pre-birth plan with its stage column
merged down (exemplary), a "team around the family" grid with band rows, a
discharge planning meeting's record and plan, a transfer-in conference plan,
a core group minute with its action log, a letter to a parent setting out the
plan, and a child-friendly "my plan" column beside the professional plan
(exemplary).
"""
from build_batch5 import F, H, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Health-led pre-birth plan, mother with bipolar disorder, older brother
#    aged 6. Stage column (before the birth / on the ward / after discharge)
#    merged down. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b97_pardlecombe_prebirth_health_led_stages_marlowe.docx",
    "doc_title": "Pre-birth Safeguarding and Care Plan - Baby Marlowe and Rio Marlowe",
    "split": "tune",
    "actions": 15,
    "template": "health-led-prebirth-word-plan-page-header-footer-details-list-lead-professional-why-riovoice-and-baby-observed-outcomes-then-stage-column-merged-down-what-will-happen-lead-when-how-we-will-know-contingency-meetings",
    "description": (
        "Exemplary health-led pre-birth plan, written by the named midwife for safeguarding with "
        "children's services, for an unborn baby and her 6-year-old brother whose mother has bipolar "
        "disorder and relapsed when he was three. The action table has a Stage column merged down "
        "over each stage (before the birth, on the postnatal ward, after discharge). Every row has a "
        "lead, a timescale and something that will be seen; the perinatal psychiatrist and CPN assess "
        "and report on capacity to change, the GP owns an action, the grandmother's nights have a "
        "fallback, legal planning (PLO pre-proceedings) follows named triggers, core group and review "
        "dates are set."
    ),
    "header": "OFFICIAL-SENSITIVE - Pardlecombe Hospitals NHS Trust - Maternity Safeguarding",
    "footer": "Pre-birth plan: Baby Marlowe (EDD 02/12/2025) - Page {PAGE} of {NUMPAGES}",
    "check_vmerge": 3,
    "blocks": [
        ("title", "Pre-birth Safeguarding and Care Plan"),
        ("p", "Health-led plan agreed at the pre-birth child protection conference. Pardlecombe Hospitals NHS "
              "Trust Maternity Services, with Pardlecombe Council Children's Services."),
        ("kv", [
            ("Unborn baby", "Baby girl Marlowe, expected 02/12/2025 (26 weeks pregnant at conference)"),
            ("Sibling", "Rio Marlowe (6), DOB 14/03/2019, Year 2 at Pardlecombe Infant School"),
            ("Mother", "Kezia Marlowe (27), 9 Gull Terrace, Pardlecombe PD4 7RE"),
            ("Baby's father", "Dominic Faye (30), lives with Kezia and Rio; works days at Pardlecombe docks"),
            ("Maternal grandmother", "Pauline Marlowe, 31 Lantern Hill, Pardlecombe (ten minutes by car)"),
            ("Conference", "Pre-birth child protection conference, 02/09/2025. Chair: Graham Sealey"),
            ("Category", "Neglect (risk of)"),
            ("Lead professional until the birth", "Helen Tranter, Named Midwife for Safeguarding"),
            ("Social worker", "Ama Kusi, Pardlecombe Children's Services (team manager: Neil Yardley)"),
        ]),
        ("h1", "Why this plan is needed"),
        ("p", "Kezia has bipolar affective disorder. In 2022, when Rio was three, she stopped her medication, "
              "became unwell over two weeks and was admitted to hospital under section 3 of the Mental Health "
              "Act for nine weeks. Before the admission Rio was found by a neighbour on the seafront at 7am in "
              "his pyjamas. He lived with Pauline until Kezia was well. Kezia has been well for two years and "
              "takes quetiapine, but the weeks after a birth carry a high risk of relapse for women with "
              "bipolar disorder, and Kezia stopped her medication for two weeks in June 2025 when she found out "
              "she was pregnant."),
        ("h1", "What Rio has told us, and what we know of the baby's world"),
        ("p", "Rio (seen on his own at school, 28/08/2025): \"When Mummy was poorly before I went to Nana "
              "Pauline's and had my own bed with a rocket on it. I want to hold the baby and give her the "
              "bottle. Dominic takes me to school and we race.\" He scored home 9 out of 10 and said the "
              "worst thing is \"when Mummy is sad in bed\"."),
        ("p", "At the 20-week and 24-week scans the baby was growing on the 50th centile. Kezia says the baby "
              "kicks most in the evening when Rio sings to her, and Rio has chosen a blanket for her."),
        ("h1", "What we want for the baby and for Rio"),
        ("bullets", [
            "The baby is born safely, is fed every three to four hours and gains weight steadily from her first "
            "week at home.",
            "The baby is always cared for by an adult who is well enough to notice and answer her cries, day "
            "and night.",
            "Rio goes to school every day, keeps his routines and is never left to look after his mum when she "
            "is unwell.",
            "If Kezia becomes unwell, the baby and Rio are looked after straight away by a safe adult who knows "
            "what to do.",
        ]),
        ("h1", "The plan"),
        ("p", "The plan is set out in three stages. The midwife leads until the baby goes home; the social "
              "worker leads from the discharge planning meeting on."),
        ("table", {
            "header": ["Stage", "What will happen", "Lead", "When", "How we will know"],
            "widths": [2.2, 5.4, 3.3, 2.8, 3.3],
            "bold_first_col": True,
            "rows": [
                ["Before the birth",
                 "Antenatal appointments for Kezia at the Pardlecombe Maternity Centre, checking the baby's "
                 "growth and Kezia's mood (EPDS score) at each one",
                 "Helen Tranter, Named Midwife for Safeguarding",
                 "Every two weeks to 36 weeks, then weekly",
                 "Growth chart and EPDS score in the maternity notes, emailed to the SW after each "
                 "appointment; a missed appointment followed by a home visit within 2 days"],
                [V,
                 "See Kezia at the perinatal clinic, agree her medication plan for the rest of the pregnancy "
                 "and the birth, and assess her capacity to change: whether she can spot her early warning "
                 "signs and act on them, what still needs to change and how long that is likely to take",
                 "Dr Femi Adebayo, consultant perinatal psychiatrist, Pardlecombe Perinatal Mental Health "
                 "Service",
                 "Every four weeks; written assessment by 24/10/2025",
                 "Written assessment of capacity to change sent to the SW and the midwife by 24/10/2025 and "
                 "read at the core group on 11/11/2025"],
                [V,
                 "Visit Kezia and Dominic at home, write a relapse-prevention plan with them that says what "
                 "Dominic and Pauline do at each warning sign, and report to each core group on whether Kezia "
                 "is keeping to it",
                 "Lorraine Pugh, perinatal community mental health nurse",
                 "Every two weeks; relapse plan signed by 30/09/2025",
                 "Signed relapse plan on the maternity and social care files; written update to each core "
                 "group"],
                [V,
                 "Send Kezia's mental health and medication history to the midwife, the perinatal team and the "
                 "SW, and flag Kezia's and Rio's GP records",
                 "Dr Sunita Rao, GP, Harbour Street Surgery",
                 "By 12/09/2025",
                 "GP summary letter on file; the alerts confirmed to the SW in writing"],
                [V,
                 "Complete a pre-birth parenting assessment of Kezia and Dominic, including how Rio was cared "
                 "for when Kezia was last unwell",
                 "Ama Kusi, social worker",
                 "By 31/10/2025",
                 "Assessment report shared with Kezia, Dominic and the core group by 31/10/2025"],
                [V,
                 "See Rio at home and at school, on his own at least once a month, and write down what he says "
                 "about home and the new baby",
                 "Ama Kusi, SW",
                 "Every two weeks from 09/09/2025",
                 "Visit records show Rio seen every two weeks, with his own words written down"],
                [V,
                 "Antenatal home contact to meet Kezia, Dominic and Rio, see where the baby will sleep and go "
                 "through safe sleep and feeding",
                 "Claire Imrie, health visitor",
                 "At 32 weeks (by 14/10/2025)",
                 "Antenatal contact record; Moses basket seen and safe sleep checklist signed by both parents"],
                [V,
                 "Check Rio's attendance and how he presents each morning, and ring the SW the same day if he "
                 "is late, absent or unsettled",
                 "Mrs Rachel Tovey, DSL, Pardlecombe Infant School",
                 "Every school day",
                 "Attendance and any concerns emailed to the SW each Friday; calls logged on CPOMS"],
                ["On Bramble postnatal ward",
                 "Keep Kezia and the baby on the ward for at least five days after the birth, with the "
                 "midwives recording Kezia's sleep and mood and how she feeds, holds and settles the baby "
                 "on every shift",
                 "Sister Joanne Hext, Bramble ward manager",
                 "From the birth until the discharge planning meeting",
                 "Shift-by-shift observation chart copied to the SW and the perinatal team before the "
                 "discharge planning meeting"],
                [V,
                 "See Kezia on the ward and give a written opinion on her mental state and on whether she is "
                 "well enough to care for the baby at home",
                 "Dr Femi Adebayo (or the perinatal psychiatrist on call)",
                 "Within 24 hours of the birth",
                 "Written opinion in the maternity notes, emailed to the SW before the discharge planning "
                 "meeting"],
                [V,
                 "Hold a discharge planning meeting on the ward with Kezia, Dominic, Pauline, the midwife, the "
                 "psychiatrist and the health visitor, and agree where and with whom the baby goes home",
                 "Ama Kusi, SW",
                 "Before the baby leaves hospital (day 5 after the birth at the earliest)",
                 "Written discharge plan given to everyone at the meeting and sent to the core group the same "
                 "day"],
                ["After discharge",
                 "Stay at the family home every night and do the baby's 2am feed, so that Kezia sleeps for at "
                 "least six hours",
                 "Pauline Marlowe (maternal grandmother)",
                 "Every night for the first four weeks after discharge",
                 "Night feed chart signed by Pauline; the SW and the health visitor check it at each visit"],
                [V,
                 "New birth visit, then weigh the baby and repeat Kezia's EPDS mood check at home",
                 "Claire Imrie, health visitor",
                 "Within 10 days of the birth, then weekly for 8 weeks",
                 "Weights plotted in the red book and sent to the SW; EPDS scores shared with the perinatal "
                 "nurse"],
                [V,
                 "Visit the baby and Rio at home, at least one visit in four unannounced, and record how the "
                 "baby is fed, handled and put down to sleep",
                 "Ama Kusi, SW",
                 "Every week for the first eight weeks after discharge",
                 "Visit records show the baby and Rio seen every week and where the baby slept"],
                [V,
                 "Take Rio to school and collect him, so that his routine stays the same when the baby arrives",
                 "Dominic Faye",
                 "Every school day for the first six weeks after the birth",
                 "School collection book signed by Dominic, checked by the DSL each Friday"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If Kezia shows two of the early warning signs in her relapse-prevention plan (sleeping less than "
              "four hours two nights running, missing her medication, racing thoughts, spending large sums), "
              "Lorraine Pugh or the crisis team will assess her the same day, and the baby and Rio will be "
              "cared for by Dominic with Pauline staying at the house until Kezia has been seen."),
        ("p", "If Pauline cannot stay (she is ill or away) and Dominic is at work, Ama Kusi will arrange that "
              "day for the baby and Rio to stay together with Pardlecombe foster carers, or for Kezia and the "
              "baby to go to the Linden mother and baby unit if Dr Adebayo offers a bed."),
        ("p", "If Kezia stops her medication before the birth, or Dr Adebayo's assessment or the parenting "
              "assessment finds that Kezia and Dominic cannot keep the baby safe within her timescale, Ama Kusi "
              "will request a legal planning meeting within 5 working days to decide whether to start the "
              "pre-proceedings stage of the Public Law Outline before the birth."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 1.30pm at Pardlecombe Maternity Centre: 16/09/2025, "
            "14/10/2025 and 11/11/2025, then within 10 working days of the birth.",
            "Review child protection conference: 25/11/2025, 10am, Pardlecombe Civic Centre.",
            "Kezia and Dominic can bring an advocate to every meeting; Rio's views are brought by Ama.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Review plan, premature baby, mother with depression after an overdose.
#    "Team around the family" grid with band rows (For Leanne / For Skye /
#    For everyone), landscape, printed to PDF. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b97_pinchmoor_team_around_family_grid_gillam.pdf",
    "doc_title": "Team Around the Family - Child Protection Plan - Skye Gillam",
    "split": "tune",
    "actions": 11,
    "landscape": True,
    "template": "rcpc-landscape-team-around-the-family-grid-printed-to-pdf-page-header-footer-details-list-why-skyes-day-what-we-want-then-team-member-first-column-band-rows-for-mum-for-baby-for-everyone-contingency-meetings",
    "description": (
        "Review conference plan for a 5-month-old born at 32 weeks whose mother has depression and "
        "anxiety and took an overdose in May, laid out as a 'team around the family' grid in "
        "landscape with band rows 'For Leanne', 'For Skye' and 'For everyone' and the team member "
        "in the first column. Skye's rows are sound, but six of the eleven actions are about "
        "Leanne's own needs with no link to Skye; the CPN only supports; arrears help is "
        "'Ongoing'; the peer group is measured by 'Improvement'; 'All professionals' share worries "
        "'As and when', 'Kept under review'; one outcome is only about Leanne. A friend and a "
        "great-aunt carry evenings and weekends with no fallback, and no legal step."
    ),
    "header": "OFFICIAL-SENSITIVE - Pinchmoor Council - Children's Services",
    "footer": "Skye Gillam - Team Around the Family plan (RCPC 09/09/2025) - Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Team Around the Family: Child Protection Plan"),
        ("p", "Pinchmoor Council · Children's Services · Locality Team West"),
        ("kv", [
            ("Child", "Skye Gillam, born 07/04/2025 at 32 weeks (5 months old, about 3 months corrected)"),
            ("Address", "Flat 2, 118 Market Street, Pinchmoor PN1 3HD (one bedroom, above a bakery)"),
            ("Mother", "Leanne Gillam (23)"),
            ("Father", "Not involved; no contact since before Skye's birth"),
            ("Great-aunt", "Moira Gillam (58), 22 Tanner's Row, Pinchmoor"),
            ("Leanne's friend", "Chantelle Rigby (24), lives in the next street"),
            ("Conference", "First review child protection conference, 09/09/2025. Chair: Yvonne Platt"),
            ("Category", "Neglect"),
            ("Social worker", "Greg Fenwick"),
        ]),
        ("h1", "Why Skye has a plan"),
        ("p", "Skye came home from the neonatal unit at Pinchmoor General on 19/05/2025. On 28/05/2025 Leanne "
              "took an overdose of her sertraline while Skye was in her cot; Chantelle found Leanne and called "
              "an ambulance. Leanne has had depression and anxiety since she was 16. Between May and July "
              "Skye's weight fell from the 25th to the 9th centile on her corrected chart and the health "
              "visitor twice found her in a soaked nappy with no feed for five hours. Since the initial "
              "conference Skye's weight has held on the 9th centile and Leanne has not harmed herself again."),
        ("h1", "Skye's day"),
        ("p", "Skye cannot tell us about her day, so this is what the health visitor and the SW have seen on "
              "nine visits. She is a small, watchful baby who feeds well when held close and slowly when "
              "propped with a bottle. She smiles and kicks when Chantelle bathes her. On three visits Leanne "
              "was in bed at midday and Skye had been left in her bouncer in front of the television; when "
              "Leanne did pick her up and talk to her, Skye stopped crying and gripped her finger."),
        ("h1", "What we want to be different"),
        ("bullets", [
            "Skye is fed on time and grows along her corrected-age centile.",
            "Skye is always cared for by an adult who is well enough to look after her, day and night.",
            "Leanne feels less anxious and is able to manage her own mood.",
        ]),
        ("h1", "The team around Skye and Leanne"),
        ("table", {
            "header": ["Team member", "What I / we will do", "When", "How we will know"],
            "widths": [5.2, 8.6, 4.9, 7.0],
            "band_fill": "E2EFD9",
            "rows": [
                ["For Leanne", H, H, H],
                ["Josie Kerr, community psychiatric nurse, Pinchmoor Adult Mental Health Team",
                 "Weekly support sessions with Leanne at Pinchmoor Wellbeing Hub to help her manage her anxiety",
                 "Weekly from 15/09/2025",
                 "Attendance letter sent to the SW every month"],
                ["Dr Ian Mott, GP, Pinchmoor Health Centre",
                 "Review Leanne's antidepressant and how many tablets she keeps at home",
                 "By 26/09/2025",
                 "Letter from the GP to the SW"],
                ["Tony Kell, housing officer, Pinchmoor Homes",
                 "Support Leanne's application to move to a two-bedroom flat with no stairs",
                 "By 31/10/2025",
                 "Priority band confirmed in writing"],
                ["Dawn Mellor, family support worker",
                 "Help Leanne to sort out her rent arrears and claim the benefits she is owed",
                 "Ongoing",
                 "Repayment plan agreed with Pinchmoor Homes, copy on file"],
                ["Leanne Gillam (Mum)",
                 "Go to the mums' peer support group at Pinchmoor Family Hub",
                 "Every Thursday, 10am",
                 "Improvement in Leanne's confidence"],
                ["Dawn Mellor, family support worker",
                 "Help Leanne to re-enrol on her hairdressing course at Pinchmoor College",
                 "By 26/09/2025",
                 "College enrolment confirmed by letter"],
                ["For Skye", H, H, H],
                ["Amina Shah, health visitor",
                 "Weigh Skye at Pinchmoor clinic and plot her weight on her corrected-age chart",
                 "Every other Tuesday",
                 "Weight stays on or above the 9th centile, recorded in the red book and emailed to the SW"],
                ["Greg Fenwick, social worker",
                 "Visit Skye at home and see her being fed and put down to sleep",
                 "Every two weeks, one visit in three unannounced",
                 "Visit record of how Skye was fed, where she slept and how Leanne answered her cries"],
                ["Chantelle Rigby (Leanne's friend)",
                 "Be at the flat for Skye's bath, last feed and bedtime",
                 "Every evening, 6pm to 8pm",
                 "Chantelle texts the SW every Friday with the evenings she was there"],
                ["Moira Gillam (great-aunt)",
                 "Look after Skye at 22 Tanner's Row so that Leanne can sleep",
                 "Every Saturday and Sunday, 9am to 3pm",
                 "Moira's diary of each day, seen by the SW at each visit"],
                ["For everyone", H, H, H],
                ["All professionals",
                 "Tell the SW about any worry about Skye's care or Leanne's mood",
                 "As and when",
                 "Kept under review"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Leanne takes an overdose, harms herself or tells anyone she has thoughts of harming herself or "
              "Skye, Greg Fenwick will hold a strategy discussion the same day and Skye will go to stay with "
              "Moira at 22 Tanner's Row until it is safe for her to go home."),
        ("p", "If Skye loses weight at two weighs in a row, Amina Shah will refer her to the Pinchmoor General "
              "paediatric clinic within 2 working days and tell Greg the same day."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks, Wednesdays at 11am, Pinchmoor Family Hub: 24/09/2025, 22/10/2025 and "
            "19/11/2025.",
            "Second review child protection conference: 03/03/2026, 2pm, Pinchmoor Civic Offices.",
        ]),
    ],
    "findings": [
        F("H001", "Weekly support sessions with Leanne at Pinchmoor Wellbeing Hub"),
        F("T002", "Help Leanne to sort out her rent arrears"),
        F("M002", "Go to the mums' peer support group at Pinchmoor"),
        F("W002", "Tell the SW about any worry about Skye's care"),
        F("T002", "Tell the SW about any worry about Skye's care"),
        F("M002", "Tell the SW about any worry about Skye's care"),
        F("F002", "Leanne feels less anxious and is able to manage her own mood."),
        F("F001"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Discharge planning meeting record and plan for a looked-after baby on a
#    neonatal unit, withdrawing from opiates; mother on methadone. No one is
#    set to visit Ivy at a stated frequency. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b97_pollencott_discharge_planning_meeting_fensome.docx",
    "doc_title": "Discharge Planning Meeting - Record and Plan - Ivy Fensome",
    "split": "tune",
    "actions": 10,
    "template": "neonatal-discharge-planning-meeting-word-record-details-present-apologies-why-we-met-progress-on-unit-ivys-experience-what-we-want-then-task-responsible-target-date-completion-evidence-table-legal-planning-contingency-next-meetings",
    "description": (
        "Record and plan of a discharge planning meeting on a neonatal unit for a 2-week-old baby "
        "weaning off morphine for opiate withdrawal, accommodated under section 20 and on a child "
        "protection plan; her mother is on methadone and used heroin in pregnancy. Most tasks are "
        "sound and the recovery service owns drug testing, but nobody is set to visit Ivy on the unit "
        "at any frequency; the SW's Monday calls are 'Kept under review', the mother's family time is "
        "'When she is able', the grandmother's viability assessment has no output, the health "
        "visiting transfer has no date, the family time plan has no owner. The contingency is vague "
        "and the core group is 'to be arranged'; legal planning is set out."
    ),
    "blocks": [
        ("title", "Discharge Planning Meeting: Record and Plan"),
        ("p", "Pollencott City Council Children's Services with Pollencott Royal Infirmary, Larkspur Neonatal "
              "Unit"),
        ("kv", [
            ("Baby", "Ivy Fensome, born 29/08/2025 at 35 weeks, Pollencott Royal Infirmary"),
            ("Legal status", "Accommodated under section 20 of the Children Act 1989 since 05/09/2025, with "
                             "Carly's agreement; child protection plan (neglect) since the pre-birth conference "
                             "on 12/08/2025"),
            ("Mother", "Carly Fensome (26), 40 Dray Lane, Pollencott"),
            ("Father", "Not named"),
            ("Maternal grandmother", "Sandra Fensome, 7 Orchard Way, Pollencott"),
            ("Meeting", "16/09/2025, 2pm, Larkspur Unit parents' room. Chair: Sophie Lund, SW"),
            ("Present", "Carly Fensome; Sandra Fensome; Dr Kofi Mensah (consultant neonatologist); Rhian "
                        "Davies (neonatal outreach nurse); Dean Marsh (Pollencott Recovery Service); Jill and "
                        "Martin Pybus (foster carers); Ben Osei (supervising social worker)"),
            ("Apologies", "Kerry Wade (health visitor); Gail Pennant (IRO)"),
        ]),
        ("h1", "Why we met"),
        ("p", "To plan Ivy's discharge from the neonatal unit to Jill and Martin Pybus, the foster carers who "
              "will look after her while the local authority assesses whether she can live with Carly or "
              "Sandra."),
        ("h1", "Ivy's progress on the unit"),
        ("p", "Ivy was born with neonatal abstinence syndrome after Carly used heroin on top of her methadone in "
              "the last three months of pregnancy. She has been on oral morphine since day 2 and the dose is "
              "being reduced every 48 hours. Dr Mensah expects her to come off morphine by 25/09/2025 and to "
              "be ready to leave hospital in the week of 29/09/2025 if her withdrawal scores stay low. She is "
              "feeding from a bottle and has regained her birth weight."),
        ("h1", "Ivy's experience"),
        ("p", "The nurses describe Ivy as jittery and sneezy, with a high-pitched cry that is worst in the "
              "evening. She settles best swaddled and held skin to skin in a quiet corner, and she feeds better "
              "in small amounts. Carly has visited five times since 05/09/2025. When she did Ivy's cares on "
              "14/09/2025 Ivy settled in her arms and fed well; on 10/09/2025 Carly arrived drowsy and the "
              "nurse asked her to leave."),
        ("h1", "What we want for Ivy"),
        ("bullets", [
            "Ivy comes off morphine and leaves hospital to a home where she is fed, settled and kept safe "
            "every day.",
            "Ivy keeps getting to know her mum and her grandmother through family time that is safe for her.",
            "A decision about where Ivy will grow up is made without delay.",
        ]),
        ("h1", "Discharge plan"),
        ("table", {
            "header": ["Task", "Responsible", "Target date", "Completion evidence"],
            "widths": [5.6, 3.8, 3.2, 4.4],
            "rows": [
                ["Confirm Ivy is medically fit to go home, with her withdrawal scores under 4 for 72 hours "
                 "off morphine",
                 "Dr Kofi Mensah, consultant neonatologist",
                 "Before discharge (expected week of 29/09/2025)",
                 "Discharge summary copied to the SW, the foster carers and the GP"],
                ["Teach Jill and Martin to score Ivy's withdrawal and to settle and feed her",
                 "Rhian Davies, neonatal outreach nurse",
                 "Two sessions on the unit before discharge",
                 "Competency checklist signed for each carer"],
                ["Phone the ward sister for an update on Ivy's progress and her likely discharge date",
                 "Sophie Lund, SW",
                 "Every Monday",
                 "Kept under review"],
                ["Carly to spend time with Ivy on the unit with a nurse present, doing her cares and feeds",
                 "Carly Fensome (mother)",
                 "When she is able",
                 "Ward family time record of each visit"],
                ["Prescribe Carly's methadone, supervise her daily doses and carry out urine drug screens, "
                 "sending each result to the SW",
                 "Dean Marsh, keyworker, Pollencott Recovery Service",
                 "Weekly screens from 15/09/2025",
                 "Screen results emailed to the SW each Friday"],
                ["Viability assessment of Sandra Fensome (maternal grandmother) as a carer for Ivy",
                 "Ruth Olowe, kinship assessor, Pollencott Fostering Service",
                 "By 10/10/2025",
                 ""],
                ["Get a cot, steriliser and car seat ready for Ivy at the foster home",
                 "Jill and Martin Pybus (foster carers)",
                 "Before discharge",
                 "Cot and car seat seen by the supervising social worker at the 24/09/2025 home visit"],
                ["Transfer Ivy to the health visiting team for the foster home and book her new birth visit",
                 "Kerry Wade, health visitor, Pollencott East",
                 "-",
                 "New birth visit recorded in Ivy's red book"],
                ["A family time plan for Carly and Sandra after discharge will be drawn up and agreed",
                 "-",
                 "By discharge",
                 "Family time plan copied to Carly, Sandra and the foster carers"],
                ["Chair Ivy's first looked-after review",
                 "Gail Pennant, IRO",
                 "By 03/10/2025 (within 20 working days of accommodation)",
                 "Review record and Ivy's care plan on file"],
            ],
        }),
        ("h1", "Legal planning"),
        ("p", "A legal planning meeting on 10/09/2025 agreed that the local authority will not issue care "
              "proceedings while Carly agrees to Ivy being accommodated. If Sandra's viability assessment is "
              "negative, or Carly's screens still show heroin by 10/10/2025, Sophie Lund will request a further "
              "legal planning meeting within 5 working days to decide whether to issue proceedings."),
        ("h1", "Contingency"),
        ("p", "If there are further concerns about Carly's drug use or her behaviour on the unit, the "
              "professionals involved will meet to discuss next steps and review the discharge plan."),
        ("h1", "Next meetings"),
        ("bullets", [
            "Core group: to be arranged after Ivy's discharge.",
            "Review child protection conference: 11/11/2025, 10am, Pollencott Civic Centre.",
            "Ivy's first looked-after review: by 03/10/2025, chaired by Gail Pennant.",
        ]),
    ],
    "findings": [
        F("M002", "Phone the ward sister for an update on Ivy's progress"),
        F("T002", "Carly to spend time with Ivy on the unit"),
        F("M001", "Viability assessment of Sandra Fensome (maternal grandmother)"),
        F("T001", "Transfer Ivy to the health visiting team for the foster home"),
        F("W001", "A family time plan for Carly and Sandra after discharge"),
        F("L001"),
        F("C002"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Transfer-in conference plan: the receiving authority takes over. Father
#    misuses alcohol; his brother and sister-in-law supervise contact, with a
#    fallback. No adult service owns an action. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b97_prestwithy_transfer_in_conference_plan_zielinski.pdf",
    "doc_title": "Transfer-In Child Protection Conference - Plan - Kacper and Zofia Zielinski",
    "split": "tune",
    "actions": 10,
    "template": "transfer-in-conference-word-plan-printed-to-pdf-page-header-footer-details-list-why-we-are-meeting-work-done-before-the-move-worries-childrens-words-going-well-outcomes-then-action-lead-timescale-evidence-table-contingency-core-group-review",
    "description": (
        "Transfer-in conference plan by the receiving authority for an 8-year-old and a 3-year-old "
        "who moved with their mother; their father, who drinks heavily, moved to the same town and "
        "sees them on Saturdays under the supervision of his brother and sister-in-law. Most rows are "
        "sound, the transferring SW rightly finishes her part, and the contingency covers the "
        "relatives being unable to supervise and names a legal planning meeting. Faults: the father's "
        "drinking is recorded but no alcohol service or GP owns an action; the nursery row is "
        "'Monitored', the 3-year review is 'TBC', the 'Family network' owns an action; one outcome "
        "is only about the father; the review conference date is 'to be confirmed'."
    ),
    "header": "OFFICIAL-SENSITIVE - Prestwithy County Council - Children and Families",
    "footer": "Zielinski - Transfer-in conference plan 16/09/2025 - Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Transfer-In Child Protection Conference: Child Protection Plan"),
        ("p", "Prestwithy County Council · Children and Families · Safeguarding Team South"),
        ("kv", [
            ("Children", "Kacper Zielinski (8), DOB 22/01/2017; Zofia Zielinski (3), DOB 30/06/2022"),
            ("Address", "4 Birchfield Road, Prestwithy PW6 2JN (since 18/08/2025)"),
            ("Mother", "Ewa Zielinska (31)"),
            ("Father", "Tomasz Zielinski (35), lives with his brother at 12 Copse Lane, Prestwithy"),
            ("Paternal uncle and aunt", "Piotr and Agata Zielinski, 12 Copse Lane, Prestwithy"),
            ("Transferring authority", "Ormbridge Metropolitan Borough Council (plan since 03/06/2025)"),
            ("Category", "Emotional abuse"),
            ("Conference", "Transfer-in conference, 16/09/2025, Prestwithy County Hall. Chair: Martin Oakes"),
            ("Social worker", "Hollie Marsh, Prestwithy (Ormbridge SW until today: Lewis Carne)"),
        ]),
        ("h1", "Why we are meeting"),
        ("p", "Kacper and Zofia have been on a child protection plan in Ormbridge since 03/06/2025. Ewa moved "
              "with them to Prestwithy on 18/08/2025 to be near her work, and Tomasz followed to live with his "
              "brother. Ormbridge kept the plan going, with weekly visits, until today. From the end of this "
              "conference Prestwithy holds the plan."),
        ("h1", "What Ormbridge completed before the move"),
        ("p", "Ormbridge finished the parenting assessment on 08/08/2025, sent Kacper's school file to St "
              "Aidan's Primary, and arranged the first three supervised contacts at 12 Copse Lane, which Lewis "
              "Carne observed."),
        ("h1", "What worries us"),
        ("p", "Tomasz drinks heavily, mostly at weekends. In Ormbridge the police were called three times to "
              "arguments at the family home; on 17/05/2025 Tomasz kicked in the bedroom door while Kacper hid "
              "in his wardrobe with Zofia. Tomasz no longer lives with the family, but he came to 4 Birchfield "
              "Road drunk on 30/08/2025 and shouted through the letterbox until a neighbour called the police. "
              "He told the conference he has been to two AA meetings and will refer himself to Prestwithy "
              "Alcohol Service. Ewa has no history of mental health difficulties and does not drink."),
        ("h1", "What Kacper and Zofia have told us"),
        ("p", "Kacper (seen on his own at school, 11/09/2025): \"I like it here because it's quiet. I want to "
              "see Tata at Uncle Piotr's because Uncle Piotr makes him be good. When Tata came and shouted I put "
              "Zofia's headphones on her.\""),
        ("p", "Zofia (seen at home, 09/09/2025) showed the SW her new bedroom and her cat drawings. She ran to "
              "the window when a car door slammed and hid behind Ewa until she was told who it was."),
        ("h1", "What is going well"),
        ("p", "Ewa protected the children by moving and has kept every appointment. Kacper has settled at St "
              "Aidan's and has made a friend. Piotr and Agata have supervised every contact since the move and "
              "have been firm with Tomasz."),
        ("h1", "What we want for Kacper and Zofia"),
        ("bullets", [
            "Kacper and Zofia live in a calm home where no adult is drunk and there is no shouting or fighting.",
            "Kacper and Zofia see their dad safely: only when he is sober, and always with an agreed adult "
            "there.",
            "Kacper goes to school and Zofia to nursery at least 95% of the time.",
            "Tomasz stops drinking and gets his life back on track.",
        ]),
        ("h1", "The plan"),
        ("table", {
            "header": ["Action", "Lead", "Timescale", "Evidence of progress"],
            "widths": [6.0, 3.8, 3.0, 4.2],
            "rows": [
                ["Visit Kacper and Zofia at home, seeing Kacper on his own each time",
                 "Hollie Marsh, SW",
                 "Every week from 22/09/2025",
                 "Visit notes with Kacper's own words and what Zofia was doing"],
                ["Update the child and family assessment, building on Ormbridge's parenting assessment",
                 "Hollie Marsh, SW",
                 "By 31/10/2025",
                 "Assessment shared with Ewa, Tomasz and the core group"],
                ["Send Prestwithy the records of the Ormbridge family support sessions and the closing summary",
                 "Lewis Carne, SW, Ormbridge",
                 "By 26/09/2025",
                 "Records received and logged on Prestwithy's system"],
                ["Supervise Tomasz's contact with Kacper and Zofia at 12 Copse Lane, from 10am to 4pm",
                 "Piotr and Agata Zielinski (paternal uncle and aunt)",
                 "Every Saturday",
                 "Contact log signed by Piotr, checked by the SW each week"],
                ["Arrive sober for every contact with Kacper and Zofia and take a breath test at the start",
                 "Tomasz Zielinski (father)",
                 "Every Saturday contact",
                 "Breath test reading written in the contact log by Piotr"],
                ["Check Kacper's attendance and how he is each morning, and tell the SW the same day about any "
                 "concern",
                 "Mr Daniel Oduya, DSL, St Aidan's Primary",
                 "Every school day",
                 "Weekly attendance report to the SW; concerns logged on CPOMS"],
                ["Record Zofia's attendance and how she is when she arrives at nursery",
                 "Jo Pell, manager, Little Acorns Nursery",
                 "Each session (Monday, Wednesday and Friday)",
                 "Monitored"],
                ["Complete Zofia's 3-year review, including her speech and language",
                 "Fran Whitby, health visitor",
                 "TBC",
                 "Review record, and any speech and language referral, sent to the SW"],
                ["Let the SW know if Tomasz comes to 4 Birchfield Road after drinking",
                 "Family network",
                 "Same day",
                 "Calls logged on the children's record"],
                ["Put a warning marker on 4 Birchfield Road so that any call is treated as urgent",
                 "DS Mark Ince, Prestwithy Police Safeguarding Hub",
                 "By 26/09/2025",
                 "Marker reference emailed to the SW"],
            ],
        }),
        ("h1", "Contingency"),
        ("p", "If Tomasz arrives at contact smelling of alcohol or his breath test is above zero, Piotr will end "
              "the contact, drive Kacper and Zofia home to Ewa and tell Hollie the same day."),
        ("p", "If Piotr and Agata cannot supervise on a Saturday, contact does not go ahead that week, and Hollie "
              "will arrange supervised contact at Prestwithy Family Centre within the following week."),
        ("p", "If Tomasz comes to 4 Birchfield Road after drinking, Ewa will call 999 and not open the door, and "
              "Hollie will hold a strategy discussion with Prestwithy Police the same day."),
        ("p", "If Tomasz has two breath tests above zero at contact, or the police are called to either address "
              "again, Hollie will request a legal planning meeting within 10 working days."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks, Thursdays at 3.30pm, St Aidan's Primary: 02/10/2025, 30/10/2025 and "
            "27/11/2025.",
            "Review child protection conference: date to be confirmed by the Prestwithy conference team.",
        ]),
    ],
    "findings": [
        F("M002", "Record Zofia's attendance and how she is when she arrives"),
        F("T002", "Complete Zofia's 3-year review, including her speech and language"),
        F("W002", "Let the SW know if Tomasz comes to 4 Birchfield Road"),
        F("F002", "Tomasz stops drinking and gets his life back on track."),
        F("F004"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Core group minute with its action log, family moving to another
#    authority; mother with depression, her partner smokes cannabis, the
#    grandmother does nights. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b97_plumbergh_core_group_minute_action_log_dunstone.md",
    "split": "tune",
    "actions": 11,
    "template": "core-group-minute-markdown-meeting-details-attendees-previous-actions-done-agency-updates-children-seen-and-heard-the-move-then-numbered-action-log-table-contingency-next-meetings-no-outcomes",
    "description": (
        "Minute of the third core group for a 4-year-old and an 11-week-old born at 33 weeks whose "
        "mother has recurrent depression and whose father smokes cannabis; the family moves to another "
        "authority in three weeks. The action log keeps weekly visits and weighs going until the "
        "transfer-in conference, and a review conference stays booked. Faults: the CMHT care "
        "co-ordinator only supports; the parent-infant referral is handed to the new authority with "
        "no measure; the parenting assessment is put on hold until the new authority allocates; drug "
        "service appointments 'As and when'; 'All professionals' own an action. The minute states no "
        "outcome for the children, the grandmother does nights with no fallback after the move, and "
        "there is no legal step."
    ),
    "text": """\
# Core Group Meeting — Alfie and Poppy Dunstone

**Plumbergh Borough Council · Children's Social Care · Safeguarding Team North**

| | |
|---|---|
| Meeting | Core group 3, Tuesday 23/09/2025, 10am, Plumbergh Children's Centre |
| Children | Alfie Dunstone (4), DOB 15/02/2021; Poppy Dunstone, born 07/07/2025 at 33 weeks |
| Plan | Child protection plan (neglect) since the initial conference on 19/08/2025 |
| Present | Beth Carrow (SW, chair); Priya Nair (health visitor); Gail Fortune (care co-ordinator, Plumbergh CMHT); Mrs Helen Shore (DSL, Little Steps Nursery); Danielle Dunstone (mum); Jean Dunstone (maternal grandmother) |
| Apologies | Kyle Hearne (Poppy's dad, working away); Dr Martin Cole (GP, report sent) |
| Minute taker | Sam Tully, business support |

## 1. Actions from the last core group (02/09/2025)

- Done: the SW visited every week and saw Alfie on his own at three of the visits.
- Done: the health visitor weighed Poppy every Tuesday; she has moved from the 2nd to the 9th centile.
- Done: the GP saw Danielle on 10/09/2025 and increased her sertraline.
- Not done: Kyle has not been to the drug service; he says the appointment letters go to his mum's address.

## 2. Updates from the family and agencies

**Danielle** said she is sleeping better since her tablets were increased and that the night feeds are
easier when her mum stays. She is looking forward to the move because the new house has a garden.

**Jean** has stayed every Monday to Thursday night while Kyle works away. She will find it hard to do the
same after the move because Harrowdene is forty miles away and she does not drive.

**Gail Fortune (CMHT)** has seen Danielle every two weeks. Danielle self-harmed by cutting her arm in July; she
has not done so since. Gail said Danielle still finds the mornings very hard.

**Priya Nair (HV)** weighed Poppy on 16/09/2025: 3.4kg, on the 9th centile corrected. Safe sleep is good.

**Mrs Shore (nursery)** said Alfie's attendance is 82%, and he has arrived without breakfast on four mornings.

## 3. Alfie and Poppy: what they have said and what we have seen

Alfie told Beth on 18/09/2025: "Nana sleeps at our house and makes pancakes. Mummy cries in the bathroom. I
want to take my bike to the new house." At nursery he plays at "putting the baby to bed" and tucks the doll in.

Poppy is alert and feeds well for Jean and Danielle. On 16/09/2025 she cried for several minutes in her cot
while Danielle sat with her head in her hands; when Danielle picked her up she settled at once.

## 4. The move to Harrowdene

The family has been offered a council house at 27 Weaver Close, Harrowdene, and will move on 11/10/2025.
Beth sent the transfer notification to Harrowdene County Council on 15/09/2025. Harrowdene's transfer-in
conference is booked for 21/10/2025.

## 5. Action log

| No. | Action | Owner | Due | How we will know |
|---|---|---|---|---|
| 1 | Visit Alfie and Poppy at home, seeing Alfie on his own, and see the new house before the move | Beth Carrow, SW | Weekly until the transfer-in conference on 21/10/2025 | Visit records on Plumbergh's system, with what Alfie said |
| 2 | Weigh Poppy at home and plot her weight on her corrected-age chart | Priya Nair, HV | Every Tuesday, with a joint visit with the Harrowdene HV in the week of the move | Weights in the red book; Poppy stays on or above the 9th centile |
| 3 | Continue to support Danielle with her mood through regular appointments | Gail Fortune, care co-ordinator, Plumbergh CMHT | Fortnightly | Attendance confirmed to the SW by email each month |
| 4 | Share Danielle's mental health and medication history with Harrowdene's SW and her new GP | Dr Martin Cole, GP | By 10/10/2025 | Copy of the GP letter on Plumbergh's file |
| 5 | Referral to the parent-infant team to be made by the new authority once the transfer is complete | Harrowdene Children's Services | After the move on 11/10/2025 | - |
| 6 | Parenting assessment of Danielle and Kyle to be put on hold until Harrowdene allocates a social worker | Beth Carrow, SW | From 01/10/2025 | Transfer letter tells Harrowdene where the assessment stopped |
| 7 | Go to Plumbergh Drug and Alcohol Service for assessment and drug testing | Kyle Hearne, with Plumbergh Drug and Alcohol Service | As and when appointments are offered | Test results sent to the SW |
| 8 | Stay at the family home on the nights Kyle is working away and do Poppy's 2am feed | Jean Dunstone (maternal grandmother) | Monday to Thursday nights | Feed chart signed by Jean, seen by the SW at each visit |
| 9 | Take Alfie to nursery and collect him on the days Danielle has CMHT appointments | Jean Dunstone (maternal grandmother) | Every other Wednesday until 10/10/2025 | Nursery collection book signed by Jean |
| 10 | Send Alfie's nursery records and safeguarding file to his new nursery in Harrowdene | Mrs Helen Shore, DSL, Little Steps Nursery | By 10/10/2025 | Receipt from the Harrowdene nursery's DSL |
| 11 | Share all information about Alfie and Poppy with Harrowdene before the conference | All professionals | By 14/10/2025 | Each agency's report in Harrowdene's conference papers |

## 6. Contingency

If Danielle self-harms, or tells anyone she cannot keep the children safe, Beth will hold a strategy
discussion the same day and Alfie and Poppy will stay with Jean until it is safe for them to go home.

## 7. Next meetings

- Core group every two weeks until the move: next on Tuesday 07/10/2025 at 10am, Plumbergh Children's Centre.
- Transfer-in conference: 21/10/2025, Harrowdene County Hall.
- Review child protection conference: 04/11/2025, Plumbergh Civic Centre, kept booked in case the transfer-in
  conference does not go ahead.

*Minute agreed by the chair on 24/09/2025 and sent to everyone present and to Kyle.*
""",
    "findings": [
        F("H001", "Continue to support Danielle with her mood through regular appointments"),
        F("X001", "Referral to the parent-infant team to be made by the new authority"),
        F("M001", "Referral to the parent-infant team to be made by the new authority"),
        F("X001", "Parenting assessment of Danielle and Kyle to be put on hold"),
        F("T002", "Go to Plumbergh Drug and Alcohol Service for assessment"),
        F("W002", "Share all information about Alfie and Poppy with Harrowdene"),
        F("O001"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Letter to a mother setting out the plan after an initial conference;
#    mother drinks and has depression; grandparents do after school, with a
#    fallback. Each action is one sentence. Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b97_pettiscombe_letter_to_parent_setting_out_plan_rudge.txt",
    "split": "tune",
    "actions": 11,
    "template": "letter-to-parent-plain-text-address-block-dear-why-childrens-words-going-well-what-we-want-then-one-sentence-paragraphs-what-will-happen-now-if-things-go-wrong-meetings-signature",
    "description": (
        "Letter from the social worker to a mother after an initial conference, setting out the plan "
        "for her 11-year-old son and 7-year-old daughter: she drinks heavily and has depression. "
        "Each action is one sentence of its own; most are sound (the alcohol service tests and "
        "reports on change, the grandparents' after-school care has a foster fallback, dates are set). "
        "Faults: the grandfather's football run has no measure, the GP's medication review has no "
        "timescale, a mentor 'will be offered' by nobody 'when it can be arranged' with no measure, "
        "bedtime help is measured by 'an improvement', 'Everyone in the family' will 'keep an eye on' "
        "her; nothing leads to legal planning."
    ),
    "text": """\
Pettiscombe District Council
Children's Services - Safeguarding Team 2
Riverside House, Quay Street, Pettiscombe PT2 6AB

Ms Natalie Rudge
14 Fairview Crescent
Pettiscombe PT3 1LW

19 September 2025

Our ref: CS/22817/RUDGE

Dear Natalie,

Harvey and Lacey's child protection plan

Thank you for coming to the initial child protection conference on Tuesday 16 September. I know it was a
hard meeting. I said I would write to you and set out the plan in plain words, so that you, your mum and dad
and everyone helping can keep a copy. If anything in this letter is different from what you remember, please
ring me.

WHY HARVEY AND LACEY HAVE A PLAN
--------------------------------
The conference agreed that Harvey and Lacey should have a plan under the category of neglect. Over the
summer you were drinking most days, usually vodka. On 23 August Harvey rang your dad at 10pm because he
could not wake you, and Lacey had not had any tea. Lacey's school has noticed her arriving late and hungry,
and Harvey has missed four days at his new school this term already. You told the conference that you have
felt very low since your partner left in the spring and that the drinking helps you sleep. Your GP has
prescribed sertraline for depression.

WHAT HARVEY AND LACEY TOLD ME
----------------------------
Harvey (when I saw him on his own on 12 September) said: "I don't like it when Mum's been drinking because
she forgets about us. I put Lacey to bed. I want to keep going to football with Grandad." He scored home
5 out of 10 and Nan and Grandad's 10 out of 10.

Lacey drew me a picture of you both baking and said the best day was "when Mummy made the rainbow cake". She
told me she gets scared "when Mummy goes to sleep on the floor".

WHAT IS GOING WELL
------------------
You love Harvey and Lacey very much and they love you. You told the conference honestly about your drinking
and you have already been to Pettiscombe Alcohol Service once. Your mum and dad are close by and want to help.

WHAT WE WANT FOR HARVEY AND LACEY
---------------------------------
- Harvey and Lacey are looked after every day and every night by an adult who has not been drinking.
- Harvey and Lacey get to school on time every day, fed and ready to learn.
- Harvey no longer looks after his sister or worries about his mum at night.

WHAT WILL HAPPEN NOW
--------------------
As your social worker, I will visit Harvey and Lacey at home every Tuesday after school, talk to each of
them on their own and write down what they tell me.

You will see your recovery worker, Kim Dwyer, at Pettiscombe Alcohol Service every Wednesday and take a
breath test each time, and Kim will send me the results every Friday.

Kim Dwyer will complete a full assessment of your drinking by 10 October 2025 and send me a written report
on what needs to change for Harvey and Lacey and how long it is likely to take.

Your mum and dad, Roy and Irene, will look after Harvey and Lacey at their house every weekday from the end
of school until 7pm, and Irene will write the times they arrive and leave in the diary I have given her.

Roy will take Harvey to his football training every Thursday evening.

Dr Anand at Kingsgate Surgery will review your antidepressant medication and write to me with the outcome.

Lacey's school, Pettiscombe Primary, will check her attendance every morning and ring me the same day if
she is absent or arrives hungry, and will send me her attendance figures every Friday.

Harvey will be offered time with a mentor when it can be arranged.

Leah Cross, the family support worker, will help you set up a bedtime routine for Lacey twice a week for
six weeks from 22 September, and we will look for an improvement in Lacey's bedtimes.

You will keep no alcohol in the house, and I will check the kitchen cupboards and the fridge at every visit.

Everyone in the family will keep an eye on how you are coping at weekends.

IF THINGS GO WRONG
------------------
If you drink while Harvey and Lacey are in your care, or a breath test is positive, the children will go to
Roy and Irene's house that day and I will hold a strategy discussion with the police the same day.

If Roy and Irene cannot have the children (for example if one of them is ill), I will arrange for Harvey and
Lacey to stay together with foster carers that night.

MEETINGS
--------
The core group (you, your mum and dad, and the professionals in this letter) will meet every four weeks at
Pettiscombe Family Hub. The first meetings are on 30 September, 28 October and 25 November 2025.

The review child protection conference will be on Thursday 11 December 2025 at 10am at Riverside House.

Please keep this letter somewhere safe. You can ring me on 01632 960418, Monday to Friday, 9am to 5pm.
Out of hours, the Emergency Duty Team is on 01632 960999.

Yours sincerely,

Rosa Penhale
Social Worker, Safeguarding Team 2

cc: Roy and Irene Rudge; Kim Dwyer; Dr Anand; Pettiscombe Primary; Pettiscombe Academy; Leah Cross
""",
    "findings": [
        F("M001", "Roy will take Harvey to his football training every Thursday"),
        F("T001", "Dr Anand at Kingsgate Surgery will review your antidepressant medication"),
        F("W001", "Harvey will be offered time with a mentor"),
        F("T002", "Harvey will be offered time with a mentor"),
        F("M001", "Harvey will be offered time with a mentor"),
        F("M002", "we will look for an improvement in Lacey's bedtimes"),
        F("W002", "Everyone in the family will keep an eye on how you"),
        F("M002", "Everyone in the family will keep an eye on how you"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Child protection plan for a 10-year-old and her premature brother, who is
#    looked after and still on the neonatal unit; mother with bipolar
#    disorder after postpartum psychosis. A "Mia's version" column sits beside
#    each action of the professional plan. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b97_pyxhallow_my_plan_beside_professional_plan_lavelle.md",
    "split": "tune",
    "actions": 12,
    "template": "icpc-markdown-plan-details-table-mias-page-first-person-theo-observed-why-what-we-want-then-five-column-table-with-childs-version-column-beside-each-action-contingency-meetings",
    "description": (
        "Exemplary initial conference plan for a 10-year-old girl and her brother, born at 31 weeks, "
        "who is accommodated under section 20 and still on the neonatal unit, after their mother "
        "became ill with postpartum psychosis and was detained. Markdown: Mia's page in her own "
        "words, then the professional plan as a table with a 'Mia's version' column beside each "
        "action. The SW visits Theo on the unit twice a week, the perinatal psychiatrist and CPN "
        "assess and report on change, the GP owns an action, the grandfather's part has a fallback, "
        "legal planning follows named triggers, core group and review dates are set."
    ),
    "text": """\
# Child Protection Plan — Mia and Theo Lavelle

**Pyxhallow Borough Council · Children's Social Care · Safeguarding and Family Support (East)**

| | |
|---|---|
| Children | Mia Lavelle (10), DOB 02/05/2015, Year 6 at Pyxhallow Church Primary; Theo Lavelle, born 06/08/2025 at 31 weeks |
| Where the children are | Mia: at home with her mum and grandad, 5 Kiln Lane, Pyxhallow PX2 8NE. Theo: Wren Neonatal Unit, Pyxhallow General Hospital; looked after under section 20 since 14/08/2025 |
| Mother | Simone Lavelle (34) |
| Theo's father | Andre Baptiste (36), lives in Glasgow; agreed to Theo's accommodation |
| Maternal grandfather | Bernard Ashby (66), staying at 5 Kiln Lane since 03/09/2025 |
| Conference | Initial child protection conference, 04/09/2025. Chair: Fiona Leck |
| Category | Neglect (both children) |
| Social worker | Jess Amadi (team manager: Omar Reid) |

## Mia's page

*Mia wrote this with Jess on 08/09/2025 and chose the words in the "Mia's version" column of the plan.*

My name is Mia and I am 10. I like drawing horses and I am in the choir. When Mum got poorly after Theo was
born she said things that weren't true and she didn't sleep at all. I stayed up with her because I didn't want
her to go out. It was scary. Now she is home from the hospital and she is better but I still check on her in
the night. I want Mum to stay well and I want Theo to come home, but only when Mum is ready. I want to see Theo
every week. My worry number is 6 out of 10. It was 9 before Grandad came.

## Theo: what we have seen

Theo is 5 weeks old, about 36 weeks in corrected age. The nurses
on Wren Ward say he feeds from a bottle and a tube, tires quickly and settles best when held skin to skin. When
Simone held him on 09/09/2025 he calmed and looked at her face; when she was distracted he arched away. He
turns towards Mia's voice when she talks to him through the incubator.

## Why Mia and Theo have a plan

Simone has bipolar disorder. Eight days after Theo's birth she became unwell with postpartum psychosis and was
detained under section 2 of the Mental Health Act on Juniper Ward from 12/08/2025 to 02/09/2025, as no mother
and baby unit bed was free. Before she was admitted Mia, aged 10, was alone with her for two nights and did
not go to school. Simone is now home and taking lithium, and she is under the Pyxhallow Perinatal Mental Health
Team. Theo is expected to be ready to leave hospital in the week of 13/10/2025.

## What we want for Mia and Theo

1. Theo leaves hospital only when there is a safe plan for him, to a home where he is fed on time, gains
   weight and is held and comforted when he cries.
2. Mia is cared for every day by an adult who is well, and does not have to look after her mum or Theo.
3. Mia and Theo get to know each other and see each other every week while Theo is in hospital.
4. If Simone becomes unwell again, Mia and Theo are looked after straight away by a safe adult.

## The plan, with Mia's version beside it

| What will happen | Who | When | How we will know | Mia's version |
|---|---|---|---|---|
| Visit Theo on Wren Ward, see him held and fed, and talk to the nurse caring for him | Jess Amadi, social worker | Every Tuesday and Friday until Theo leaves hospital | Visit notes on LCS record Theo's weight, his feeds and who has visited him | Jess goes to see Theo at the hospital two times every week and tells me how he is. |
| Visit Mia at home and see her on her own | Jess Amadi, social worker | Every Thursday after school | Visit notes with Mia's words and her worry number written down each time | Jess sees me every Thursday on my own. I can tell her my worry number. |
| See Simone at the perinatal clinic, manage her lithium, and assess whether she can stay well and respond to Theo's cues, what must still change and how long that is likely to take | Dr Niamh Doyle, consultant perinatal psychiatrist | Every two weeks; written assessment by 10/10/2025 | Written assessment of capacity to change sent to Jess and the core group by 10/10/2025 | Mum's doctor checks her medicine and writes to Jess about whether Mum is ready to look after Theo. |
| Visit Simone at home, check her sleep and early warning signs, and report to each core group on whether she is making the changes Mia and Theo need | Kath Ferris, perinatal community mental health nurse | Every Wednesday | Written update to each core group, with the warning-sign checklist for each visit | Mum's nurse comes every Wednesday to check Mum is well. |
| Check Simone's lithium blood levels and her physical health, and send the results to Dr Doyle and Jess | Dr Paul Mensah, GP, Kiln Lane Surgery | Monthly from 19/09/2025 | Blood results on Simone's record and copied to Jess each month | Mum's GP checks her blood every month. |
| Show Simone how to do Theo's cares and feeds on the unit, and score how she notices and answers his cues | Becky Lowe, neonatal family care nurse | At each of Simone's visits | Cares chart with a score for each visit, sent to Jess every Friday | The nurses teach Mum how to look after Theo and write down how she does. |
| Spend time with Theo on Wren Ward, doing his cares and feeds | Simone Lavelle (Mum) | Monday, Tuesday, Thursday and Saturday afternoons | Ward visitors' log shows each visit | Mum sees Theo four afternoons a week. |
| Take Mia to see Theo on Wren Ward | Bernard Ashby (maternal grandfather) | Every Saturday afternoon | Ward visitors' log shows Mia's visits | Grandad takes me to see Theo every Saturday. |
| Collect Mia from school and stay at 5 Kiln Lane with Mia and Simone every night | Bernard Ashby (maternal grandfather) | Every school day and every night until the review conference | School collection book signed by Bernard; Jess checks at each Thursday visit that he is staying | Grandad picks me up every day and sleeps at our house. |
| Check Mia's attendance and how she is each morning, and see her with her key adult, Miss Oyelowo | Mrs Karen Dacre, DSL, Pyxhallow Church Primary | Every school day; key adult time each Monday | Attendance and key adult notes emailed to Jess each Friday | Mrs Dacre checks I am OK every morning and I see Miss Oyelowo on Mondays. |
| Complete a young carer's assessment with Mia and offer her a place at the Tuesday young carers' group | Sam Keane, Pyxhallow Young Carers | Assessment by 31/10/2025 | Mia's young carer's plan sent to Jess; group register shows her sessions | Sam from young carers will talk to me about the jobs I do at home. |
| Hold a discharge planning meeting on Wren Ward and decide, using Dr Doyle's assessment, whether Theo goes home to Simone or to foster carers | Jess Amadi, social worker | At least 7 days before Theo's expected discharge | Written discharge plan shared with Simone, Bernard, Andre and the core group | Before Theo leaves hospital there will be a big meeting to decide where he will live. |

## If things go wrong

- If Simone shows two of her early warning signs (sleeping less than four hours two nights running, missing
  her lithium, racing thoughts, or saying things that are not true), Kath Ferris will arrange a mental health
  assessment the same day and Bernard will care for Mia at 5 Kiln Lane.
- If Bernard cannot stay or cannot collect Mia (he is ill or has to go home), Jess will arrange that day for
  Mia to stay with Pyxhallow foster carers, and Theo will be discharged only to the foster carers already
  identified, Mr and Mrs Hollins.
- If Simone asks to take Theo home before the discharge planning meeting, or withdraws her agreement to his
  accommodation, Jess will hold a strategy discussion and request a legal planning meeting the same day.
- If Dr Doyle's assessment says Simone cannot make the changes within Theo's timescale, or she is admitted to
  hospital again, Jess will request a legal planning meeting within 5 working days.

## Meetings

- Core group every three weeks, on Wren Ward while Theo is there: 25/09/2025, 16/10/2025 and 06/11/2025.
- Theo's first looked-after review: 11/09/2025 on Wren Ward (IRO: Ruth Gale).
- Review child protection conference: 27/11/2025, 2pm, Pyxhallow Town Hall.
- Mia can come to the first part of any core group, or send her views with Jess.
""",
    "findings": [],
})
