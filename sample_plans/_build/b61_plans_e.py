"""Batch 61, module e: seven fictional plans (tuning material), places beginning with "e".

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.

Focus: timescales and owners written every way (T001, T002, W001, W002).
Timescales relative to events ("within 10 working days of conference",
"before discharge", "at each core group", "by the next review", "before the
baby is born"), frequencies, ranges and week-commencing dates, and vague ones
("ongoing", "asap", "when possible", "as needed", "TBC"). Owners as roles,
services, abbreviations, initials defined in a people table at the top, two
owners sharing one action, owner and date in one cell, owners only named in a
narrative sentence, and missing or collective owners. Empty cells, dashes and
"N/A" in Who / When columns. Three plans are exemplary.
"""
from build_batch5 import F, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Pre-birth plan: people table with initials at the top, the action table
#    uses the initials in its Who column; two actions shared by two named
#    workers; event timescales (docx, exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b61_emberford_prebirth_initials_people_table_kowalczyk.docx",
    "doc_title": "Pre-birth Child Protection Plan - Baby Kowalczyk-Pearce and Maja Kowalczyk",
    "split": "tune",
    "actions": 11,
    "template": "prebirth-icpc-docx-people-table-with-initials-then-no-what-who-initials-when-how-we-will-know-table-event-timescales",
    "description": (
        "Pre-birth initial conference plan for an unborn baby and a 6-year-old sister (mother's bipolar "
        "disorder, relapse after Maja's birth). A people table at the top defines initials (JB, GR, SM, "
        "AO...) that the action table then uses as owners, two rows shared by two named workers ('AO and "
        "GR', 'JB with FD'), and timescales tied to events: 'within 10 working days of conference', "
        "'before the baby is born', 'by 36 weeks', 'before discharge from the postnatal ward', 'at each "
        "core group', 'every night for the first 14 nights at home'. The perinatal team reports on "
        "relapse risk and change; the grandmother's nights have a fallback; dates and legal step set. "
        "Exemplary."
    ),
    "blocks": [
        ("title", "Pre-birth Child Protection Plan"),
        ("p", "Emberford Borough Council – Children's Services – Early Help and Safeguarding (South)"),
        ("kv", [
            ("Unborn baby", "Baby Kowalczyk-Pearce, due 06/02/2026 (Emberford General Hospital)"),
            ("Sibling", "Maja Kowalczyk, 6, Year 2 at Hollowbrook Primary School"),
            ("Address", "22 Sedgewick Close, Emberford"),
            ("Conference", "Initial child protection conference (pre-birth), Thursday 20/11/2025"),
            ("Category", "Neglect (both children)"),
        ]),
        ("h2", "People in this plan"),
        ("p", "Initials are used in the plan below."),
        ("table", {
            "header": ["Initials", "Name", "Role"],
            "widths": [2.0, 5.0, 10.0],
            "rows": [
                ["NK", "Natalia Kowalczyk", "Mum (27)"],
                ["RP", "Ryan Pearce", "Baby's dad, Natalia's partner (30); lives at the address"],
                ["EK", "Ewa Kowalczyk", "Maternal grandmother; lives at 3 Linden Walk, 10 minutes away"],
                ["JB", "Jess Bramwell", "Social worker, Emberford Children's Services"],
                ["FD", "Fern Doherty", "Health visitor, Emberford 0-19 Service"],
                ["AO", "Adaeze Okafor", "Specialist perinatal mental health midwife, Emberford General Hospital"],
                ["GR", "Gail Renshaw", "Community psychiatric nurse (CPN), Emberford Perinatal Mental Health Team"],
                ["SM", "Dr Sunil Mehta", "Consultant perinatal psychiatrist, Emberford Perinatal Mental Health Team"],
                ["RI", "Dr Ruth Ibbotson", "GP, Castlegate Surgery"],
                ["OB", "Owen Baptiste", "Designated safeguarding lead (DSL), Hollowbrook Primary School"],
            ],
        }),
        ("h2", "Why there is a plan"),
        ("p", "Natalia has bipolar affective disorder. When Maja was four months old Natalia became very "
              "unwell: she stopped sleeping, left the house at night with Maja in the pram and was admitted "
              "to hospital for five weeks; Maja was cared for by Ewa. In July 2025, when she found she was "
              "pregnant, Natalia stopped her mood stabiliser without telling her GP. Since September she has "
              "had two short periods of poor sleep and racing thoughts, and on 28 October Maja was not "
              "collected from school until 5.15pm. Natalia and Ryan have been open with every professional "
              "and both came to conference. Ryan works shifts as a delivery driver."),
        ("h2", "What Maja has told us, and what we know of the baby"),
        ("p", "Maja (seen by JB at school on 12/11/2025, on her own): \"When Mummy is poorly she stays in "
              "bed and I have cereal for tea. Babcia [grandma] comes and plaits my hair.\" She is excited "
              "about the baby and wants to \"help with the bath but not the nappies\". She told JB she did not "
              "like waiting in the school office \"when everybody had gone\". She said her favourite place is "
              "Babcia's because \"there's always pierogi\"."),
        ("p", "The baby is growing well on scans. Natalia has been to every antenatal appointment since the "
              "20-week scan and has felt the baby move every day."),
        ("h2", "What we want for Maja and the baby"),
        ("bullets", [
            "The baby is born safely and goes home to parents who have a written plan for what happens if "
            "Natalia becomes unwell, so someone well is always caring for him or her.",
            "The baby is fed, settled and put down safely for every sleep, day and night.",
            "Maja is collected from school on time every day and is never left to look after herself or her mum.",
            "Maja knows who to tell if Mummy is poorly, and an adult who is well is always at home with her.",
        ]),
        ("h2", "The plan"),
        ("table", {
            "header": ["No.", "What needs to happen", "Who", "When", "How we will know"],
            "widths": [1.0, 6.0, 2.6, 3.4, 4.0],
            "rows": [
                ["1", "Review Natalia's medication with her and Ryan and write an assessment of the risk of "
                      "relapse after the birth, the early warning signs, and what a relapse would mean for her "
                      "care of the baby and Maja",
                 "SM", "Within 10 working days of conference (by 04/12/2025)",
                 "Letter to JB and RI, read at the first core group"],
                ["2", "See Natalia at home; use the mood scale with her and tell the core group in writing "
                      "whether her mood is stable enough to care for a newborn and Maja, and what still needs to "
                      "change",
                 "GR", "Fortnightly until the birth, weekly for 6 weeks after; written update at each core group",
                 "Mood scale scores and the written update, sent to JB before each core group"],
                ["3", "Write a birth and postnatal plan with Natalia and Ryan: where she gives birth, who stays "
                      "with her, the warning signs, and night feeds that protect her sleep",
                 "AO and GR", "By 36 weeks (by 09/01/2026), before the baby is born",
                 "Signed plan in Natalia's hand-held notes and on the maternity ward, copy to JB and FD"],
                ["4", "Check that the plan for going home is in place before Natalia and the baby leave hospital: "
                      "EK staying, RP on leave, the moses basket set up",
                 "AO", "Before discharge from the postnatal ward",
                 "Discharge checklist signed by AO and emailed to JB on the day of discharge"],
                ["5", "See Maja on her own, alternating home and school, and talk with her about the baby and "
                      "what happens when Mummy is poorly",
                 "JB", "Every 2 weeks until the review conference",
                 "Visit notes with Maja's own words; her worry scale score recorded each time"],
                ["6", "Pre-birth assessment, including whether Ryan could care for both children on his own if "
                      "Natalia became unwell",
                 "JB with FD", "Report by 16/01/2026",
                 "Written assessment shared with NK, RP and the core group"],
                ["7", "Antenatal home visit: safe sleep, where the baby will sleep, and making up feeds",
                 "FD", "By 34 weeks (by 26/12/2025)",
                 "Safe sleep checklist signed by both parents and scanned to the HV record"],
                ["8", "Weigh the baby and check feeding, sleep position and how Natalia is",
                 "FD", "Weekly for the first 8 weeks after the baby comes home",
                 "Weights in the red book; any worry about Natalia's mood phoned to GR and JB the same day"],
                ["9", "Stay at Sedgewick Close and do the 2am feed so Natalia sleeps six hours unbroken",
                 "EK", "Every night for the first 14 nights at home",
                 "Feed chart on the fridge signed by EK; checked by FD and JB at their visits"],
                ["10", "Take two weeks' paternity leave from the day of the birth and do Maja's school run",
                 "RP", "From the day the baby is born, for 2 weeks",
                 "Leave confirmed by his employer in writing; school register shows Maja in on time"],
                ["11", "Check Maja is collected by 3.30pm and ring JB if she is not; check in with her each "
                       "Monday morning",
                 "OB", "Every school day; check-in every Monday in term time",
                 "Collection log and check-in notes, emailed to JB each Friday"],
            ],
        }),
        ("h2", "If things go wrong"),
        ("p", "Early warning signs (agreed with Natalia): two nights in a row with less than four hours' sleep, "
              "talking very fast or not making sense, spending money she does not have, or stopping her "
              "medication. If Ryan, Ewa or any professional sees any of these, they will ring the perinatal "
              "team duty line the same day and GR or the crisis team will see Natalia within 24 hours. Until "
              "she has been seen, Natalia will not be alone with the baby or Maja: Ryan or Ewa will be there, "
              "and JB (or the emergency duty team) will hold a strategy discussion the same day."),
        ("p", "If Ewa cannot stay for the first 14 nights (if she is ill or away), Ryan's sister Dani Pearce "
              "will stay instead. If neither can, the baby will not be discharged until JB has held a strategy "
              "discussion and agreed who will care for the baby at night; if nobody in the family can, JB will "
              "arrange a foster placement for the baby, with Natalia and Ryan's agreement, that day."),
        ("p", "If Natalia stops her medication and will not see the perinatal team, or has a relapse before "
              "the baby is born, JB will ask her team manager for a legal planning meeting within 5 working "
              "days."),
        ("h2", "Core group and review"),
        ("p", "Core group 1: Wednesday 03/12/2025, 3.30pm, Hollowbrook Primary. Then monthly at the same time "
              "and place: Wednesday 07/01/2026 and Wednesday 04/02/2026, and an extra core group within 5 "
              "working days of the baby coming home."),
        ("p", "Review child protection conference: Thursday 19/02/2026, 10am, Emberford Civic Centre."),
        ("p", "Plan typed by JB on 21/11/2025 and sent to Natalia, Ryan and everyone in the people table."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Second core group record: Action | Who | When | How will we know, owners
#    written as abbreviations (SW, HV, FSW, DSL, CPN, IDVA); blank, "-" and
#    "N/A" cells, "ASAP", "When possible", "Ongoing", collective owners (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b61_eskwith_core_group_abbreviated_owners_doyle.docx",
    "doc_title": "Core Group 2 - Record and Updated Plan - Kian and Skye Doyle",
    "split": "tune",
    "actions": 12,
    "template": "core-group-2-record-docx-attendance-with-abbreviations-updates-then-action-who-when-how-will-we-know-table-abbreviated-owners",
    "description": (
        "Second core group record for a 9-year-old and a 4-year-old (domestic abuse by mum's ex-partner, "
        "mum's depression under the CMHT). The plan table's Who column holds only abbreviated roles (SW, "
        "IDVA, CPN, HV, DSL, FSW) defined in the attendance list. Faults: 'ASAP', 'When possible - "
        "waiting list' and 'Ongoing' as the only timescale (T002), a blank When cell and an 'N/A' When "
        "cell (T001), a '-' Who cell (W001), 'All agencies' and 'Professionals' as owners (W002), "
        "'Monitored' as the measure (M002), a blank measure (M001), the CPN only supporting (H001), the "
        "review conference 'date TBC' (R001) and no legal step in an otherwise specific contingency (R002)."
    ),
    "blocks": [
        ("title", "Core Group Meeting 2 – Record and Updated Plan"),
        ("p", "Eskwith County Council · Children and Families · Safeguarding Team East"),
        ("kv", [
            ("Children", "Kian Doyle (9), Year 5, Eskwith Juniors; Skye Doyle (4), Rainbow Tree Nursery"),
            ("Mum", "Shannon Doyle (30), Flat 6, Mercer House, Eskwith"),
            ("Plan since", "Initial child protection conference, 30/10/2025 – category: emotional abuse"),
            ("Meeting", "Wednesday 26/11/2025, 1.30pm, Eskwith Juniors (library)"),
        ]),
        ("h2", "Present"),
        ("p", "Shannon Doyle (mum); Hayley Brennan, social worker (SW); Tamsin Lloyd, independent domestic "
              "violence adviser, Eskwith Domestic Abuse Service (IDVA); Marie Tolland, community psychiatric "
              "nurse, Eskwith Community Mental Health Team (CPN); Gemma Shaw, health visitor (HV); Mr Paul "
              "Ridley, designated safeguarding lead, Eskwith Juniors (DSL); Lorna Beck, family support "
              "worker (FSW). Apologies: PC Dan Whitfield, Eskwith Police Domestic Abuse Unit (report sent)."),
        ("h2", "Updates"),
        ("p", "SW: visited 06/11, 13/11 and 20/11. Flat warm and tidy; Skye seen at home each time and Kian "
              "at school twice. Jordan Marsh (Skye's father) is on police bail not to contact Shannon or come "
              "to Mercer House; the trial is not yet listed. Shannon thinks she saw his car on Mercer Road on "
              "18/11 and rang the police."),
        ("p", "CPN: Shannon has been open to the CMHT since 2023 for depression and anxiety. She is taking her "
              "medication and has been seen twice since conference. Her sleep is poor and she describes "
              "mornings as \"the worst bit\"."),
        ("p", "DSL: Kian's attendance is 94% this half term. He has had two incidents of throwing chairs in "
              "class, both on Mondays. HV: Skye is using short sentences but is hard to understand; nursery "
              "have asked for a speech and language screen. FSW: first bedtime session held 19/11."),
        ("h2", "What Kian and Skye have told us"),
        ("p", "Kian (with the SW at school, 20/11): \"I don't want Jordan to come back. I keep the phone by my "
              "bed in case.\" He said he gets angry \"when people shout, because it reminds me\". He likes "
              "football club on Wednesdays and wants his mum \"to be happy again\". Skye told the SW her "
              "bedroom is \"my princess room\" and showed her how she hides under the duvet \"when it's "
              "loud\". Nursery say she clings to staff at home time on Mondays."),
        ("h2", "What we are working towards"),
        ("bullets", [
            "Kian and Skye live without violence, threats or fear at home, and Kian tells us he feels safe.",
            "Kian can manage his anger in class and stays in lessons with his friends.",
            "Skye's speech is checked and she gets any help she needs before she starts school.",
            "Skye goes to bed at a regular time and sleeps in her own room.",
        ]),
        ("h2", "Updated plan"),
        ("table", {
            "header": ["Action", "Who", "When", "How will we know"],
            "widths": [6.6, 2.4, 3.4, 4.6],
            "rows": [
                ["See Kian and Skye on their own – Kian at school, Skye at nursery or at home",
                 "SW", "Weekly, on Thursdays",
                 "Visit records with the children's own words and what was seen"],
                ["Update Shannon's safety plan, including a plan for Kian: who he rings and which neighbour "
                 "he goes to",
                 "IDVA", "By 05/12/2025",
                 "Written safety plan; Kian's card in his school bag; copies to school and nursery"],
                ["Home visits to support Shannon with her low mood and anxiety",
                 "CPN", "Fortnightly",
                 "Each visit recorded in the CMHT diary"],
                ["Speech and language screen for Skye, and a referral to speech and language therapy if she "
                 "scores low",
                 "HV", "ASAP",
                 "WellComm screen scores shared with the SW and nursery"],
                ["Shannon to do the Freedom Programme at Eskwith Women's Centre",
                 "Shannon", "When possible – waiting list",
                 "Attendance sheet sent to the SW"],
                ["Sessions for Kian with the learning mentor about his worries and his anger in class",
                 "DSL", "Every Tuesday afternoon",
                 "Monitored"],
                ["Tell the SW the same day about any contact from Jordan, or Jordan being seen near home, "
                 "school or nursery",
                 "All agencies", "Same day",
                 "Each report logged on the children's file by the SW"],
                ["Help Shannon with her housing application for a move away from Mercer Road",
                 "FSW", "",
                 "Banding letter from Eskwith Homes on file"],
                ["Sanctuary scheme referral for extra locks and a video doorbell at the flat",
                 "-", "By 19/12/2025",
                 "Fitting confirmed in writing by Eskwith Homes"],
                ["Bedtime routine sessions with Shannon for Skye: bath, story, in bed by 7.30pm",
                 "FSW", "Weekly on Wednesdays for 6 weeks",
                 ""],
                ["Put a warning marker on the address so any 999 call from Mercer House gets an urgent "
                 "response",
                 "Police (DA Unit)", "N/A",
                 "Marker confirmed to the SW by email"],
                ["Keep Shannon up to date with Jordan's bail conditions and any court date",
                 "Professionals", "Ongoing",
                 "Bail conditions given to Shannon in writing"],
            ],
        }),
        ("h2", "Contingency"),
        ("p", "If Jordan comes to Mercer House, contacts Shannon or the children, or is seen near the school or "
              "nursery, Shannon or the staff will ring 999 and the SW (or the emergency duty team out of "
              "hours) will hold a strategy discussion the same day. If Shannon and the children cannot stay "
              "safely at the flat, they will go to Shannon's sister, Leanne Doyle, at 41 Coldharbour Road "
              "that night, and the IDVA will look for a refuge place the next working day."),
        ("h2", "Next meetings"),
        ("p", "Core group 3: Wednesday 17/12/2025, 1.30pm, Eskwith Juniors. Core group 4: Wednesday 14/01/2026, "
              "same time and place. Review child protection conference: date TBC (the chair's office will "
              "confirm)."),
        ("p", "Record written by the SW and circulated on 27/11/2025."),
    ],
    "findings": [
        F("H001", "Home visits to support Shannon with her low mood"),
        F("T002", "Speech and language screen for Skye, and a referral"),
        F("T002", "Shannon to do the Freedom Programme at Eskwith"),
        F("M002", "Sessions for Kian with the learning mentor about his worries"),
        F("W002", "any contact from Jordan, or Jordan being seen near home"),
        F("T001", "Help Shannon with her housing application for a move"),
        F("W001", "Sanctuary scheme referral for extra locks and a video doorbell"),
        F("M001", "Bedtime routine sessions with Shannon for Skye"),
        F("T001", "Put a warning marker on the address so any 999 call"),
        F("W002", "Keep Shannon up to date with Jordan's bail conditions"),
        F("T002", "Keep Shannon up to date with Jordan's bail conditions"),
        F("R001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Narrative plan: the actions are sentences in paragraphs, owners named
#    only inside the sentences; passive sentences, "the team around the
#    family", "when possible", "as needed"; paged PDF with header and footer
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b61_eldermoor_narrative_sentence_owners_pritchard.pdf",
    "doc_title": "Child Protection Plan - Lily-Mae Pritchard",
    "split": "tune",
    "actions": 11,
    "template": "icpc-narrative-pdf-paragraph-plan-one-sentence-per-action-owners-named-inside-sentences-header-and-page-footer",
    "description": (
        "Initial conference plan for a 14-month-old (father's cocaine and cannabis use, drugs and cash "
        "within reach, mother's anxiety). The plan is written as paragraphs, one sentence per action, "
        "with owners named only in the sentences. Good timescales include 'fortnightly', 'by 16 January "
        "2026', 'by the next review', 'within one working day'. Faults: 'when possible' and 'as needed' "
        "(T002), a passive sentence with an owner nobody holds (W001) and one with no owner, timescale "
        "or measure (W001, T001, M001), 'the team around the family' keeping an eye on things (W002, "
        "M002), an assessment with no output (M001), an outcome only about the father (F002), no adult "
        "service owning any action (F004), a contingency that only meets to discuss (C002) and no legal "
        "step (R002). Header and page footer on every page."
    ),
    "header": "OFFICIAL – SENSITIVE · Eldermoor Borough Council · Children's Social Care",
    "footer": "Lily-Mae Pritchard – child protection plan – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("kv", [
            ("Child", "Lily-Mae Pritchard, born 14/09/2024 (14 months)"),
            ("Parents", "Kerry Ainsworth (23) and Dale Pritchard (26), 4 Quarry View, Eldermoor"),
            ("Conference", "Initial child protection conference, Tuesday 02/12/2025"),
            ("Category", "Neglect"),
            ("Social worker", "Nicola Hurst, Eldermoor Children's Social Care, Locality Team West"),
            ("Chair", "Alan Threlfall"),
        ]),
        ("h2", "Why we are worried"),
        ("p", "On 6 November 2025 police executed a drugs warrant at Quarry View. They found wraps of "
              "cocaine and £400 in cash in a shoebox under the sofa, and a grinder and cannabis on the coffee "
              "table, all within Lily-Mae's reach. Lily-Mae was in her cot, in a nappy that was soaked "
              "through. Dale told conference he uses cannabis \"every night to sleep\" and cocaine \"at "
              "weekends, with mates\", and that the cash was his wages. He has been charged with possession "
              "and is on bail. Kerry has anxiety and takes sertraline prescribed by her GP; she says she "
              "finds it hard to go out and has not taken Lily-Mae to any health appointment since her "
              "8-month review was missed in May."),
        ("p", "Kerry and Dale love Lily-Mae and were open with the social worker. Dale's mum, Sheila, visits "
              "most Sundays."),
        ("h2", "Lily-Mae's day"),
        ("p", "Lily-Mae is walking along the furniture and says \"mama\", \"dada\" and \"dog\". At the "
              "social worker's visits she went straight to Kerry when the door went and buried her face in "
              "her jumper, then came out to play with the blocks. She eats well, mostly toast and yoghurts, "
              "and was happy being bathed by Dale on the 25 November visit, splashing and laughing. Her cot "
              "is in her parents' room; she has no toys in there and the room smelt of cannabis on two "
              "visits."),
        ("h2", "What needs to change for Lily-Mae"),
        ("bullets", [
            "Lily-Mae lives in a home with no drugs, cash or drug equipment anywhere she can reach.",
            "Lily-Mae's health and development checks are up to date and she goes to nursery.",
            "Lily-Mae is cared for by an adult who is not under the influence of drugs, day and night.",
            "Dale will stop using cocaine.",
        ]),
        ("h2", "What will happen"),
        ("p", "Nicola Hurst, the social worker, will visit Lily-Mae at home fortnightly, seeing her awake and "
              "looking at where she sleeps, and will write what she sees in her visit notes. Lily-Mae's "
              "weight, height and development will be checked by Sam Okoye, health visitor, at a home visit "
              "by 16 January 2026, and her ASQ-3 scores will be sent to Nicola. Kerry will take Lily-Mae to "
              "Little Oaks Nursery on Monday, Wednesday and Friday mornings from 5 January 2026, and the "
              "nursery will send Nicola its register every Friday."),
        ("p", "Dale will go to the Eldermoor Recovery Hub when possible to talk about his cocaine use. Dale "
              "will give a hair strand test for cocaine and cannabis by the next review, and the results will "
              "be sent to Nicola. Kerry and Dale will fit the cupboard lock and the stair gate from the Family "
              "Hub by 19 December 2025, and Nicola will check both at her next visit."),
        ("p", "A referral will be made to Home-Start for a volunteer to visit Kerry by 12 December 2025, and "
              "the acceptance letter will go on file. Kerry will be supported with her anxiety."),
        ("p", "The team around the family will keep an eye on home conditions at every visit. Nicola will "
              "complete a parenting assessment of Kerry and Dale as needed. PC Jade Rowntree of Eldermoor "
              "Police will tell Nicola about any call-out to Quarry View within one working day, and Nicola "
              "will log each one on Lily-Mae's file."),
        ("h2", "Contingency"),
        ("p", "If things do not improve, or there are further worries about Lily-Mae's care, the team around "
              "the family will meet to discuss what should happen next."),
        ("h2", "Core group and review"),
        ("p", "The core group will meet monthly at Eldermoor Family Hub, 10am: Tuesday 16/12/2025, Tuesday "
              "13/01/2026 and Tuesday 10/02/2026. The review child protection conference will be on Tuesday "
              "03/03/2026 at 2pm, Eldermoor Town Hall."),
        ("p", "Plan agreed at conference and typed by Nicola Hurst on 03/12/2025."),
    ],
    "findings": [
        F("F002", "Dale will stop using cocaine."),
        F("T002", "Dale will go to the Eldermoor Recovery Hub when possible"),
        F("M001", "Dale will go to the Eldermoor Recovery Hub when possible"),
        F("W001", "A referral will be made to Home-Start for a volunteer"),
        F("W001", "Kerry will be supported with her anxiety."),
        F("T001", "Kerry will be supported with her anxiety."),
        F("M001", "Kerry will be supported with her anxiety."),
        F("W002", "The team around the family will keep an eye on home conditions"),
        F("M002", "The team around the family will keep an eye on home conditions"),
        F("T002", "will complete a parenting assessment of Kerry and Dale"),
        F("M001", "will complete a parenting assessment of Kerry and Dale"),
        F("F004"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Initial conference plan in markdown; owner and timescale share one
#    "Who, and by when" cell; ranges ("between 5 and 16 January"), w/c
#    dates, weekdays with start and end dates (md, exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b61_ederwick_icpc_who_and_by_when_cell_mensah.md",
    "split": "tune",
    "actions": 10,
    "template": "icpc-plan-md-numbered-what-will-happen-who-and-by-when-combined-cell-how-we-know-ranges-and-wc-dates",
    "description": (
        "Initial conference plan for an 11-year-old and a 5-year-old (father's assault on mother in front "
        "of the children; he is on bail and out of the home; mother's low mood). The table puts the owner "
        "and the timescale in one 'Who, and by when' cell ('SW Priya Nair – every Tuesday after school, "
        "first visit w/c 15/12/2025', 'one appointment between 5 and 16 January 2026', 'Monday evenings, "
        "w/c 12/01/2026 to w/c 23/03/2026', '3 working days before the review conference'). The GP owns "
        "the mother's mood review; specific contingency with a refuge and a legal step; dates set. "
        "Exemplary."
    ),
    "text": """\
# Ederwick City Council – Child Protection Plan

**Children:** Kofi Mensah (11), Year 7 at Ederwick Academy; Efua Mensah (5), Reception at St Mark's C of E Infants
**Living with:** Ama Mensah (mum, 34), 17 Carlow Street, Ederwick
**Father:** Daniel Mensah (36), staying with his brother in Hatherley Road; on police bail not to contact Ama or come to Carlow Street
**Conference:** Initial child protection conference, Monday 8 December 2025 · **Category:** emotional abuse
**Social worker:** Priya Nair, Ederwick Children's Safeguarding Team · **Chair:** Colin Ashdown

---

## Why Kofi and Efua have a plan

On 2 November 2025 Daniel pushed Ama into the bedroom wardrobe and held her by the throat. Kofi
tried to pull him off and was pushed to the floor; Efua was in the room. Ama rang the police, Daniel
was arrested and charged with assault, and his trial is listed for 20 March 2026. Ama told
conference there had been "years of shouting and smashing things" but this was the first time he
had hurt her badly. Since November Ama has slept badly and feels low; her GP started her on
sertraline on 18 November. Kofi has been in two fights at school and Efua has started wetting
herself in class most days.

## What Kofi and Efua have told us

**Kofi** (with Priya at school, 28 November): "I don't want to see Dad right now. Maybe later, if
someone else is there." He said he is "always listening" at night in case something happens, and
that football on Saturdays is "the only time I forget about it". On the worry scale he put himself
at 8 out of 10 at home and 3 at football.

**Efua** (at home, 1 December) drew her family with Daddy "far away in a car" and said "Mummy cried
on the floor". She wants "Daddy to say sorry" and misses him reading her *The Gruffalo*. Her
teacher says she is sunny in the mornings but hides in the book corner when other children shout.

## What we want for Kofi and Efua by the review conference

1. Kofi and Efua live without violence, threats or fear at home, and tell us they feel safe there.
2. If they see their dad, it is planned, safe, and what they want; Kofi has a say in when.
3. Kofi stays in lessons and has someone at school he can talk to about what he saw.
4. Efua is dry at school, or has a plan and the right help if she is not.

## What will happen

| # | What will happen | Who, and by when | How we'll know it's done |
|---|---|---|---|
| 1 | See Kofi and Efua on their own, at school and at home; use the worry scale with Kofi and the three houses with Efua | SW Priya Nair – every Tuesday after school, first visit w/c 15/12/2025, until the review conference | Visit notes with each child's own words; Efua's drawings kept on file |
| 2 | Update Ama's safety plan, with a plan for Kofi (who he rings, which neighbour he goes to) and a picture version for Efua | Rachel Ogden, IDVA, Ederwick Domestic Abuse Service – by the first core group, 18/12/2025 | Signed safety plans on file; copies with both schools |
| 3 | Tell Ama and the SW of any change to Daniel's bail and of the trial outcome | DS Fraser Khan, Ederwick Police Domestic Abuse Unit – within 1 working day of any change or decision | Email to Priya, logged on the children's file; Ama confirms she was told |
| 4 | Assess whether, and how, Kofi and Efua can safely see their dad, with each child's wishes written in | SW Priya Nair with Mark Fenn, Ederwick Family Contact Centre – between 5 and 23 January 2026 | Written contact assessment shared with Ama, Daniel and the core group |
| 5 | Safer Futures programme for Daniel, including the sessions on what abuse does to children | Daniel Mensah; facilitator Hollie Grant reports to the SW – Monday evenings, w/c 12/01/2026 to w/c 23/03/2026 | Monthly attendance; written mid-programme report to Priya by 23/02/2026 |
| 6 | Counselling for Kofi about what he saw, and a plan for what he does when he feels angry in class | Joanne Kerr, school counsellor, Ederwick Academy – Thursdays, 8 January to 26 March 2026 | Kofi's own 1–10 rating each week; written summary to Priya before each core group |
| 7 | Continence check for Efua and a toileting plan agreed with Ama and her class teacher | Ben Oyelaran, school nurse – one appointment between 5 and 16 January 2026 | Toileting plan with school and Ama; wet days counted in the class diary |
| 8 | Review Ama's mood, sleep and medication, and write to the SW about how she is managing the children's care | Dr Lena Walsh, GP, Northgate Medical Practice – by 16/01/2026, and again at the 8-week medication review | GP letter on the children's file |
| 9 | Freedom Programme for Ama, at Ederwick Women's Centre | Ama Mensah – Wednesday mornings for 12 weeks from w/c 12/01/2026 | Attendance sheet sent to Priya at the end of each month |
| 10 | Write the report for the review conference, with Kofi's and Efua's views in their own words | SW Priya Nair – 3 working days before the review conference (by 25/02/2026) | Report shared with Ama and Daniel before the conference |

## If things go wrong

- If Daniel comes to Carlow Street or either school, contacts Ama or the children, or breaks his bail
  in any other way, Ama or staff will ring 999 and Priya (or the emergency duty team out of hours)
  will hold a strategy discussion the same day.
- If Ama and the children cannot stay safely at Carlow Street, Rachel Ogden will find a refuge place
  through Ederwick Women's Aid that day.
- If Ama lets Daniel back into the home, or there is any further violence before the review
  conference, Priya will ask her team manager for a legal planning meeting within 5 working days.

## Meetings

- Core group: Thursday 18 December 2025, then every 4 weeks on Thursdays (15 January and 12 February
  2026), 3.45pm at Ederwick Academy.
- Review child protection conference: Monday 2 March 2026, 10am, Ederwick Civic Centre.

*Plan typed by Priya Nair on 9 December 2025 and sent to Ama, Daniel and every agency named above.*
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Plan in markdown with a "Who's who" initials table at the top; the
#    action table's Lead column uses the initials; "TBC", "Family" and "-"
#    as leads, "As needed", "When possible", "Ongoing"; one action left to the
#    receiving authority (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b61_elvanley_whos_who_initials_lead_column_hussain.md",
    "split": "tune",
    "actions": 12,
    "template": "icpc-plan-md-whos-who-initials-table-then-ref-what-lead-initials-by-when-how-we-know-table-family-move-pending",
    "description": (
        "Initial conference plan for a 15-year-old and a 7-year-old (mother's drinking, the family moving "
        "to a neighbouring authority in January). A 'Who's who' table defines initials that the action "
        "table uses as leads. Faults: 'TBC', 'Family' as lead (W002), a '–' lead (W001), 'As needed', "
        "'When possible' and 'Ongoing' as the only timescale (T002), 'Improvement in the home' as the "
        "measure (M002), a blank measure (M001), Adam's speech referral left for the new authority to "
        "make after the move (X001), and the aunt carrying two actions with no fallback if she cannot "
        "(C003). The alcohol service reports on change, dates and legal step set."
    ),
    "text": """\
# Child Protection Plan – Zara and Adam Hussain

Elvanley Metropolitan Borough Council · Children's Services · Family Safeguarding Team 2

Initial child protection conference: Wednesday 19 November 2025 · Category: neglect
Chair: Deborah Quayle

## Who's who

| Initials | Name | Role |
|---|---|---|
| SH | Saima Hussain | Mum (37) |
| NH | Nasreen Hussain | Saima's sister; lives at 9 Fold Lane, on the Elvanley–Kestlebury border |
| MB | Megan Boyce | Social worker, Elvanley Children's Services |
| RT | Rukhsana Tariq | Family support worker, Elvanley Family Hub |
| KL | Kate Lomas | Recovery worker, Elvanley Alcohol and Drug Service |
| DP | Dev Patel | Designated safeguarding lead, Elvanley High School |
| JW | Julie Wragg | School nurse, Elvanley 5-19 Service |

Zara Hussain (15) is in Year 10 at Elvanley High School. Adam Hussain (7) is in Year 2 at Moorside
Primary. Their dad, Imran, lives in Bradwell and sees them every other Sunday. The family live at
31 Garside Street and have been offered a council tenancy in Kestlebury; they expect to move in the
week of 19 January 2026.

## Why we are worried

Saima has been drinking most days since she and Imran separated in 2024; she told conference she
drinks "a bottle of vodka over two days". Adam has been late to school 22 times this term and
twice came in without having eaten. Zara has missed 14 days of school, mostly Mondays, and told
school she stays at home "to keep an eye on Mum". On 31 October police found Saima asleep in the
front garden at 11pm with Adam in the house. The house was cold and there was little food in.
Saima wants to stop drinking and has started seeing KL.

## What Zara and Adam say

Zara (seen at school on 13 November): "I'm basically the mum. I do Adam's tea and I hide the
bottles. I don't want to be put in care, I just want her to stop." She wants to do her GCSEs and
go to college to study sport. She says Aunty Nasreen is "the one person who actually helps".

Adam (seen at home on 10 November) showed MB his bedroom and his Lego. He said: "Mummy sleeps a lot.
Zara makes pasta." He said the best day is Thursday "because I go to Aunty's and she makes
chicken". He put himself at 5 out of 10 for "happy at home".

## What needs to be different

- Zara and Adam are looked after by an adult who is sober, every day and every night.
- Zara is in school every day and does not have to care for her mum or her brother.
- Adam gets to school on time, fed and in clean uniform.
- The children's care carries on without a gap when they move to Kestlebury.

## Action plan

| Ref | What needs to happen | Lead | By when | How we'll know |
|---|---|---|---|---|
| 1 | See Zara and Adam on their own – Zara at school, Adam at home – and look at the food in the house | MB | Weekly on Wednesdays, until the transfer-in conference in Kestlebury | Visit records with each child's words and what food was seen |
| 2 | Key work with Saima, with a breath test at each session and a written view on whether her drinking is changing and what it means for the children | KL | Weekly; written report before each core group | Breath test results and the report, sent to MB |
| 3 | Collect Adam from school on Mondays and Thursdays and give him his tea at Fold Lane | NH | Mondays and Thursdays in term time | School collection log; NH's diary seen by MB |
| 4 | Stay over at Garside Street on Friday and Saturday nights | NH | Every weekend until the review conference | Weekend rota on the fridge, signed by NH and checked by MB |
| 5 | Young carer's assessment for Zara, including how much she does at home | TBC | By 19/12/2025 | Assessment shared with Zara and MB |
| 6 | Budgeting and morning routine sessions with Saima | RT | As needed | Improvement in the home |
| 7 | Check Zara's attendance each morning and ring MB if she is not in by 10am | DP | Every school day | Attendance printout emailed to MB each Friday |
| 8 | Health check for Adam: height, weight, teeth and eyesight | JW | When possible | |
| 9 | Keep food in the cupboards and the house warm and clean | Family | Ongoing | Food and heating seen at MB's visits |
| 10 | Speech and language referral for Adam, left for Kestlebury to make after the move | Kestlebury Children's Services | Once the family has moved | Referral accepted letter on file |
| 11 | Send the file and a chronology to Kestlebury and ask for a transfer-in conference | MB | Within 5 working days of the move | Kestlebury's written acknowledgement with the conference date |
| 12 | Gather Zara's views in her own words for the review conference report | – | By the review conference | Zara's views written into the report |

## Contingency

If Saima has been drinking while she is looking after the children (a positive breath test, Zara or
Adam telling us, or anyone smelling alcohol on her), NH will take both children to Fold Lane for the
night and MB (or the emergency duty team out of hours) will hold a strategy discussion the same day.
If this happens twice before the review conference, or Saima stops seeing KL, MB will ask her team
manager for a legal planning meeting within 5 working days.

## Meetings

Core group: every 3 to 4 weeks at Elvanley High School, 3.30pm – Wednesday 3 December 2025,
Wednesday 7 January 2026 and Wednesday 28 January 2026.
Review child protection conference: Wednesday 18 February 2026, 10am, Elvanley Town Hall (or the
transfer-in conference in Kestlebury if that is held first).
""",
    "findings": [
        F("W002", "Young carer's assessment for Zara, including how much"),
        F("T002", "Budgeting and morning routine sessions with Saima"),
        F("M002", "Budgeting and morning routine sessions with Saima"),
        F("T002", "Health check for Adam: height, weight, teeth and eyesight"),
        F("M001", "Health check for Adam: height, weight, teeth and eyesight"),
        F("W002", "Keep food in the cupboards and the house warm"),
        F("T002", "Keep food in the cupboards and the house warm"),
        F("X001", "Speech and language referral for Adam, left for Kestlebury"),
        F("W001", "Gather Zara's views in her own words for the review"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Plain-text plan, one block per action with What / Who / When / We'll
#    know lines; two rows shared by two named people; weekdays, "every day
#    and night", "by the first core group" (txt, exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b61_ernsby_plain_text_action_blocks_fairclough.txt",
    "split": "tune",
    "actions": 10,
    "template": "icpc-plain-text-numbered-action-blocks-what-who-when-well-know-lines-supervised-care-rota",
    "description": (
        "Initial conference plan, typed as plain text, for a 13-week-old with a bruise and a torn frenulum "
        "(likely inflicted, parents' explanation not consistent). Each action is a numbered block with "
        "What / Who / When / We'll know lines; two actions are shared by two named people (the "
        "grandmother and aunt on a supervision rota; the SW and FSW for the parenting assessment), and "
        "timescales are weekdays, 'every day and night until...', 'by the first core group', 'within 1 "
        "working day of a decision', 'w/c 15/12/2025'. Harley's days are described; the contingency covers "
        "the family supervisors failing; dates and legal step set. Exemplary."
    ),
    "text": """\
ERNSBY COUNCIL - CHILDREN AND YOUNG PEOPLE'S SERVICE
CHILD PROTECTION PLAN

Child:        Harley Fairclough-Byrne, born 14/08/2025 (13 weeks)
Parents:      Chelsea Fairclough (19) and Connor Byrne (22)
Living at:    12 Orchard Way, Ernsby - the home of Linda Byrne (Connor's
              mum). Chelsea, Connor and Harley moved in on 31/10/2025 as
              part of the safety plan.
Conference:   Initial child protection conference, Thursday 13/11/2025
Category:     Physical abuse
Social worker: Laura Quayle, Ernsby Safeguarding and Assessment Team
Chair:        Martin Oduya


1. WHY HARLEY HAS A PLAN
------------------------
On 24/10/2025 the health visitor saw a bruise on Harley's left cheek and
a torn frenulum (the skin under his top lip). Harley was admitted to the
children's ward at Ernsby Royal Infirmary. His skeletal survey, head scan
and blood tests were all normal. Dr Imogen Clarke, consultant
paediatrician, said the injuries were very unlikely to be accidental in
a baby who cannot roll over. Chelsea and Connor say Harley hit himself
with his bottle; neither can say when the bruise appeared. Police are
investigating and no one has been charged.

Chelsea grew up in foster care and is supported by the leaving care
team. Connor works full time at a builders' merchant. Both parents say
Harley cries a lot in the evenings and they "didn't know what to do".
Since Harley came home from hospital on 31/10/2025 every bit of his care
has been supervised by Linda or by Chelsea's sister, Becky Fairclough,
and there have been no new marks.


2. HARLEY'S DAYS
----------------
Harley is feeding well (150ml every 3-4 hours) and is on the 50th
centile. At the social worker's visits he was alert and smiley, tracked
faces and grabbed at Linda's necklace. He cries hard from about 6pm to
9pm most evenings and settles best upright against Connor's chest with
the radio on. Chelsea is gentle with him and talks to him during nappy
changes; she gets flustered and hands him to Linda when he screams.
Harley sleeps in a cot in his parents' room at Orchard Way.


3. WHAT WE WANT FOR HARLEY
--------------------------
  a) Harley has no more injuries, and any mark on him is seen and
     explained by a doctor the same day.
  b) Harley is cared for by adults who know what to do when he cries
     and never handle him roughly.
  c) Harley is seen awake by a professional at least twice every week.
  d) Harley's checks and immunisations are done on time.


4. WHO WILL DO WHAT
-------------------
 1. What:  Visit Harley at Orchard Way, see him awake and undressed for
           his nappy change, and read the supervision diary.
    Who:   Laura Quayle, social worker
    When:  Twice a week (one planned, one unannounced) until the
           review conference
    We'll know: visit notes record Harley's skin, how he was handled
           and that the diary was read and signed

 2. What:  Weigh Harley and do a full skin check.
    Who:   Anita Sowerby, health visitor
    When:  Weekly on Tuesdays until 06/01/2026, then fortnightly
    We'll know: weights plotted in the red book; any mark body-mapped
           and phoned through to the social worker the same day

 3. What:  Supervise every feed, nappy change, bath and settle, so that
           Chelsea and Connor are never alone with Harley.
    Who:   Linda Byrne (paternal grandmother) and Becky Fairclough
           (maternal aunt), on the agreed rota
    When:  Every day and night, until the parenting assessment is
           finished and the core group agrees any change
    We'll know: supervision diary signed at every handover; read by
           the social worker and health visitor at their visits

 4. What:  Parenting assessment of Chelsea and Connor, including how
           each of them copes with Harley's crying.
    Who:   Laura Quayle (social worker) and Gary Nuttall (family
           support worker), jointly
    When:  Sessions twice a week from 17/11/2025; report by 16/01/2026
    We'll know: written assessment shared with Chelsea, Connor and the
           core group before the review conference

 5. What:  Infant crying session with both parents (ICON), ending with
           their own written plan for when Harley will not settle.
    Who:   Anita Sowerby, health visitor
    When:  By the first core group (27/11/2025)
    We'll know: the parents' crying plan is on the fridge and on the
           HV record

 6. What:  Paediatric follow-up for Harley, with a check of his mouth
           and skin.
    Who:   Dr Imogen Clarke, consultant paediatrician, Ernsby Royal
           Infirmary
    When:  Once, in the week commencing 15/12/2025
    We'll know: clinic letter to the GP, health visitor and social
           worker

 7. What:  Harley's 16-week immunisations.
    Who:   Practice nurse, Ernsby Moor Surgery
    When:  Week commencing 01/12/2025
    We'll know: recorded in the red book and on the GP record; the
           health visitor checks at her next visit

 8. What:  "Baby Steps for Dads" group for Connor, covering crying,
           shaking and looking after yourself when a baby won't settle.
    Who:   Connor Byrne; group leader Mo Haddad sends the attendance
    When:  Thursday evenings, 6-8pm, for 8 weeks from 20/11/2025
    We'll know: attendance sheet and the leader's end-of-course note
           sent to the social worker

 9. What:  See Chelsea to help with her money and her college place,
           and pass on the same day anything that worries him about
           Harley's care.
    Who:   Dom Akers, personal adviser, Ernsby Leaving Care Team
    When:  Fortnightly until the review conference
    We'll know: PA contact notes shared with the social worker monthly

10. What:  Tell the social worker the outcome of the police
           investigation and any change to the parents' bail.
    Who:   DC Shaun Whitley, Ernsby Police Child Abuse Investigation
           Team
    When:  Within 1 working day of a decision
    We'll know: email on Harley's file, logged by the social worker


5. IF THINGS GO WRONG
---------------------
If anyone sees a new mark on Harley, the health visitor or social worker
will arrange for him to be seen by a paediatrician the same day, and
Laura (or the emergency duty team out of hours) will hold a strategy
discussion that day. Harley will stay at Orchard Way with Linda, and his
parents will stay elsewhere, until the strategy discussion decides what
happens next.

If Chelsea or Connor are found alone with Harley, or Linda and Becky
cannot keep the rota going (illness, work, or they no longer feel able
to), Linda or Becky will ring Laura straight away. If neither can
supervise, Harley will go to a foster placement that day, with his
parents' agreement, while the core group looks for another family
member who can be assessed.

If there is a new injury, the supervision is broken, or the parenting
assessment says Harley cannot be safe with his parents, Laura will ask
her team manager for a legal planning meeting within 5 working days.


6. MEETINGS
-----------
Core group every 3 weeks, Thursdays at 10am, Ernsby Children's Centre:
27/11/2025, 18/12/2025 and 15/01/2026.
Review child protection conference: Thursday 05/02/2026, 10am, Ernsby
Town Hall.

Typed by Laura Quayle, 14/11/2025. Copies to Chelsea, Connor, Linda,
Becky and every agency named in section 4.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. Plan with the outcome in the first column, merged down over its actions;
#    Lead / Timescale / Measure columns with "-", "N/A", "TBC", blank cells
#    and collective leads; paged landscape PDF with header and footer
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b61_eyrecombe_merged_outcome_column_okonjo.pdf",
    "doc_title": "Child Protection Plan - Chidi and Ify Okonjo",
    "split": "tune",
    "actions": 10,
    "template": "icpc-plan-paged-landscape-outcome-first-column-merged-down-action-lead-timescale-measure-dash-na-tbc-cells",
    "description": (
        "Initial conference plan for a 13-year-old and a 9-year-old (mother's schizophrenia, relapse and "
        "hospital admission in the autumn; the 13-year-old caring). The outcome is the first column, "
        "merged down over its actions (three real Word vertical merges before conversion). Faults: the "
        "CMHT only giving the depot and support (H001), a '–' lead and an 'N/A' lead (W001), "
        "'Professionals' as lead (W002), 'TBC' and 'Ongoing' as the only timescale (T002), a '–' "
        "timescale (T001), 'Chidi's engagement' as the measure (M002), a blank measure (M001), no record "
        "of either child's views (F003) and no legal step (R002). Header and page footer on every page."
    ),
    "header": "Eyrecombe District Council – Children's Services – OFFICIAL-SENSITIVE",
    "footer": "CP plan – Okonjo – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "landscape": True,
    "check_vmerge": 3,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("kv", [
            ("Children", "Chidi Okonjo (13), Year 9, Eyrecombe Park Academy; Ify Okonjo (9), Year 5, St Bride's "
                         "Primary"),
            ("Mother", "Blessing Okonjo (38), 5 Tolland Mews, Eyrecombe"),
            ("Father", "Emeka Okonjo – lives in Lagos; no contact since 2021"),
            ("Conference", "Initial child protection conference, Monday 24/11/2025"),
            ("Category", "Neglect"),
            ("Social worker", "Hannah Cole, Eyrecombe Children's Safeguarding Team"),
            ("Children's views", "Not obtained before conference"),
        ]),
        ("h2", "Reasons for the plan"),
        ("p", "Blessing has paranoid schizophrenia and is open to the Eyrecombe Community Mental Health Team "
              "(Recovery Team). She stopped her depot injection in August 2025. On 2 October neighbours called "
              "the police when she was shouting in the street at 2am; she was detained under section 2 of the "
              "Mental Health Act and discharged on 30 October. During the admission the children stayed with a "
              "family friend, Mrs Grace Eze. School report that Chidi's attendance fell to 78% in September "
              "and October, and Ify has missed two asthma reviews this year. Blessing is now back on her depot "
              "and attended conference with her care coordinator."),
        ("h2", "The plan"),
        ("table", {
            "header": ["Outcome for the children", "Action", "Lead", "Timescale", "Measure"],
            "widths": [5.2, 7.6, 4.3, 3.8, 4.8],
            "rows": [
                ["1. Chidi and Ify are cared for every day by a mum who is well enough to keep them safe, "
                 "fed and in school",
                 "Give Blessing her depot injection and support her at home",
                 "Care coordinator, Eyrecombe CMHT (Recovery Team)", "Every 2 weeks",
                 "Each depot recorded on the CMHT record"],
                [V,
                 "Psychiatric review of Blessing, with a written view on how likely she is to relapse, the "
                 "warning signs, and what a relapse would mean for Chidi and Ify",
                 "Dr Olu Adebayo, consultant psychiatrist, Eyrecombe CMHT", "By 16/01/2026",
                 "Letter to the SW, read at the core group"],
                [V,
                 "See Chidi and Ify on their own, at home and at school",
                 "SW Hannah Cole", "Weekly",
                 "Visit notes on the children's files"],
                [V,
                 "Check there is food in the house and that the gas and electric are on",
                 "–", "Weekly",
                 "Home conditions checklist on file"],
                ["2. Chidi does not have to look after his mum or his sister, and has time for school and his "
                 "friends",
                 "Young carer's assessment for Chidi",
                 "Sam Bright, Eyrecombe Young Carers", "TBC",
                 "Assessment shared with the SW and school"],
                [V,
                 "Weekly mentoring sessions with Chidi in school",
                 "Mr Ade Lawal, head of Year 9", "Tuesdays, w/c 01/12/2025 to w/c 09/02/2026",
                 "Chidi's engagement"],
                [V,
                 "Find Chidi a place at the Friday youth club at Eyrecombe Youth Hub and get him there",
                 "Professionals", "Every Friday from 05/12/2025",
                 "Youth Hub register"],
                ["3. Ify's asthma is controlled, she has her inhaler at school and she goes to her health "
                 "appointments",
                 "Asthma review for Ify and a written asthma plan for school",
                 "Practice nurse, Bankside Surgery", "–",
                 "Copy of the asthma plan given to school"],
                [V,
                 "Send Ify's inhaler to school in her bag every day",
                 "Blessing", "Every school day",
                 "Class teacher checks the inhaler is in the class box each Monday"],
                [V,
                 "Missed health appointments to be followed up",
                 "N/A", "Ongoing",
                 ""],
            ],
        }),
        ("h2", "Contingency plan"),
        ("p", "If Blessing misses a depot, stops sleeping, or starts saying that people are watching her or "
              "coming into the house, the care coordinator, school or the SW (whoever sees it) will tell the "
              "SW and the CMHT duty worker the same day. The CMHT crisis team will see Blessing within 24 "
              "hours. If she is too unwell to look after the children, Chidi and Ify will stay with Mrs Grace "
              "Eze, 14 Penrose Close, or, if she cannot have them, in a foster placement arranged by the SW "
              "that day."),
        ("h2", "Core group and review"),
        ("p", "Core group monthly, 4pm at St Bride's Primary: Monday 08/12/2025, Monday 12/01/2026 and Monday "
              "09/02/2026. Review child protection conference: Monday 23/02/2026, 10am, Eyrecombe Council "
              "Offices."),
    ],
    "findings": [
        F("H001", "Give Blessing her depot injection and support her at home"),
        F("W001", "Check there is food in the house and that the gas"),
        F("T002", "Young carer's assessment for Chidi"),
        F("M002", "Weekly mentoring sessions with Chidi in school"),
        F("W002", "Find Chidi a place at the Friday youth club"),
        F("T001", "Asthma review for Ify and a written asthma plan"),
        F("W001", "Missed health appointments to be followed up"),
        F("T002", "Missed health appointments to be followed up"),
        F("M001", "Missed health appointments to be followed up"),
        F("F003"),
        F("R002"),
    ],
})
