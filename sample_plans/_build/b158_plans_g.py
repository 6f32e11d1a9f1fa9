"""Batch 158, module g: seven fictional plans (tuning material), places beginning with "g".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: mostly exemplary plans, each in a house style of its own, so that a
reader has to understand the plan rather than recognise a template:

1. a Scottish Child's Plan from a Child Protection Planning Meeting, its
   action table split by banner rows for the three sides of the My World
   Triangle, outcomes tagged with wellbeing indicators, a Named Person and a
   Lead Professional, the Children's Reporter as the legal step (docx);
2. a looked-after baby's care plan and child protection plan while she is on
   a children's ward, printed to PDF with page header and footer: every
   action a paragraph that opens with its owner in bold, under two phase
   headings (on the ward / from discharge), with a ward visiting rhythm (pdf);
3. a plan made at a transfer-in conference after the family moved councils,
   in Markdown, with one heading per owner and "->" leading into each
   bullet's check (md);
4. a letter from the social worker to a 15-year-old at risk of criminal
   exploitation, numbered "I will / you'll / Liam will" paragraphs (txt);
5. a child-friendly "My plan" written with a 10-year-old, with a who's-who of
   the grown-ups by first name and bold first-name lead-ins (md);
6. a pre-birth plan set out by agency, each section headed by its lead,
   numbered items carrying "By:" and "We will see:", and an "Agreed by:"
   signature under each section; timings in weeks of pregnancy and birth
   events; review date also in the page footer (pdf);
7. a first review conference plan from an English council in clipped case
   notes (SW, DSL, CGM, wkly, w/c), its table split by the Assessment
   Framework's three domains (docx).

Plans 1 to 6 are exemplary: no findings under any rule. Plan 7 keeps mostly
good rows with a realistic mix of faults (a blank measure, a CPN row that only
supports, a vague time, "Engagement" as the measure, a core group owner with
"Ongoing", a repair nobody owns, an outcome only about the mother, and no
legal planning anywhere).

Counting convention used for "actions" (convention 1 in the README): every
row of an action table (banner rows are headings, not actions), every bullet
or numbered item or numbered paragraph of an action section. The
contingency, meeting dates, "Agreed by:" signature lines, the safety plan a
child writes for himself, and any history of what has already been done are
not counted. None of these plans holds a closed one-off action.
"""
from build_batch5 import F, H

PLANS = []


# ---------------------------------------------------------------------------
# 1. Scottish Child's Plan (child protection), My World Triangle banners,
#    father's drinking and mother's depression, a P2 girl and a toddler.
#    Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b158_glenvorran_girfec_my_world_triangle_banners_mccallum.docx",
    "doc_title": "Child's Plan (Child Protection) - Isla-Rose and Lewis McCallum",
    "split": "tune",
    "actions": 13,
    "template": "girfec-childs-plan-cppm-docx-details-kv-named-person-lead-professional-why-worried-working-well-what-the-children-tell-us-outcomes-tagged-shanarri-then-one-table-my-world-triangle-banner-rows-what-who-when-how-well-know-its-working-contingency-reporter-meetings",
    "description": (
        "Exemplary Scottish Child's Plan made at an initial Child Protection Planning Meeting for a "
        "6-year-old and a 2-year-old whose father drinks most evenings and whose mother has "
        "depression. Details with the Named Person for each child and the Lead Professional, the "
        "children's words and what was seen of the toddler, outcomes tagged with wellbeing "
        "indicators, then one table split by banner rows for the three sides of the My World "
        "Triangle (What needs to happen / Who / When / How we'll know it's working). The recovery "
        "service and the CPN both report on change and its timescale, the GP has an action, the "
        "gran's part has a fallback, an IRD is the same-day response, legal advice and a referral "
        "to the Children's Reporter follow named triggers, core group dates and the review CPPM "
        "are set."
    ),
    "blocks": [
        ("title", "Child's Plan – Child Protection"),
        ("p", "Glenvorran Council · Children and Families Social Work · East Locality Team"),
        ("kv", [
            ("Children", "Isla-Rose McCallum, born 02/04/2019 (6), Primary 2 at Strathmuir Primary School; "
                         "Lewis McCallum, born 19/08/2023 (2), Bramble Early Years Centre"),
            ("Home", "14 Kelvinhaugh Row, Glenvorran GV3 7QT"),
            ("Parents", "Kirsty McCallum (29), mother; Darren Boyd (33), father – both live at home"),
            ("Gran", "Moira Stewart, maternal grandmother, 3 Loanend Place, Glenvorran (five minutes' walk)"),
            ("Registered", "Initial Child Protection Planning Meeting (CPPM), 15/10/2025. Concerns: neglect; "
                           "parental alcohol misuse"),
            ("Chair", "Alasdair Petrie, Child Protection Reviewing Officer"),
            ("Lead Professional", "Shona Kerr, social worker, East Locality Team (team leader: Gordon Lennox)"),
            ("Named Person", "Isla-Rose – Mrs Fiona Drummond, head teacher, Strathmuir Primary. Lewis – "
                             "Catriona Hay, health visitor, Glenvorran Health Centre"),
        ]),
        ("h1", "Why we are worried"),
        ("p", "Since the spring Isla-Rose has come to school hungry on most Mondays and has been late 21 times "
              "this term. Darren drinks most evenings and through the weekend. On 27/09/2025 he fell on the "
              "stairs while carrying Lewis after drinking, and Lewis needed stitches to his chin at Glenvorran "
              "Royal Infirmary. Kirsty has depression and anxiety; her GP prescribes sertraline and she was "
              "referred to the Community Mental Health Team in August. She says that on bad days she cannot get "
              "out of bed. When the health visitor called on 30/09/2025 there was no food in the kitchen for the "
              "children, empty cans were lying in the living room and one side of Lewis's cot was broken. Lewis "
              "says only a few single words and missed his 2-year review in August."),
        ("h1", "What is working well"),
        ("bullets", [
            "Kirsty and Darren both came to the CPPM, listened to the worries and agreed to the plan.",
            "Moira collects Isla-Rose twice a week; both children are relaxed and happy at her house.",
            "Isla-Rose is a good reader and her teacher says she is kind to the younger ones.",
            "Darren went to his first appointment at the Recovery Service on 13/10/2025 on his own.",
        ]),
        ("h1", "What Isla-Rose and Lewis tell us"),
        ("p", "Isla-Rose was seen on her own at school on 09/10/2025 and filled in her All About Me sheet with "
              "Shona. She said: “I like Gran's because she does fish fingers. Daddy smells funny at night and "
              "shouts at the telly. When Mummy's in her bed I get Lewis his crisps.” She drew her house with a "
              "big grey cloud over it and said the cloud is “when Daddy's had his cans”. She gave home 4 out of "
              "10 and Gran's 10 out of 10, and said she would like “Mummy to get up and Daddy to stop the "
              "cans”."),
        ("p", "Lewis is 2 and says a handful of words (“ball”, “Nana”, “no”). On the health visitor's visit he "
              "ate two bananas very fast, and when he bumped his head he went to Isla-Rose for a cuddle, not to "
              "his mum. At his nursery settling sessions he played on his own and flinched when an adult raised "
              "their voice across the room. At Moira's on 11/10/2025 Shona saw him laughing and climbing onto "
              "his gran's knee for a story."),
        ("h1", "What we want for Isla-Rose and Lewis"),
        ("p", "Each outcome names the wellbeing indicators it is about."),
        ("numbers", [
            "Isla-Rose and Lewis are looked after every day and every night by an adult who is sober and well "
            "enough to care for them. (Safe, Nurtured)",
            "Isla-Rose arrives at school on time, having had breakfast, and her attendance is 95% or more by the "
            "review CPPM. (Healthy, Achieving)",
            "Lewis's speech and development are checked, he gets any help he needs, and he is at nursery for all "
            "three of his mornings each week. (Achieving, Included)",
            "Both children sleep in a warm, clean bedroom in a safe bed or cot, with food in the house for them "
            "every day. (Safe, Healthy)",
            "Isla-Rose knows who to go to if her dad has been drinking or her mum cannot get up, and feels able "
            "to tell them. (Safe, Respected)",
        ]),
        ("h1", "What will happen"),
        ("p", "The plan is set out under the three sides of the My World Triangle. Shona, as Lead Professional, "
              "goes through every row at each core group."),
        ("table", {
            "header": ["What needs to happen", "Who", "When", "How we'll know it's working"],
            "widths": [6.4, 3.6, 3.2, 3.8],
            "rows": [
                ["How I grow and develop", H, H, H],
                ["Check Isla-Rose's attendance and lateness each morning, offer her a place at breakfast club, "
                 "and phone Shona the same day if she is absent without a reason or arrives hungry",
                 "Mrs Fiona Drummond, head teacher and Named Person, Strathmuir Primary",
                 "Every school day from 20/10/2025",
                 "Attendance and breakfast club register emailed to Shona every Friday; late no more than once a "
                 "fortnight, and attendance 95% or more by the review CPPM"],
                ["Carry out Lewis's 2-year review (ASQ-3) at home and refer him to speech and language therapy if "
                 "his communication score is below the cut-off",
                 "Catriona Hay, health visitor and Named Person",
                 "Review by 07/11/2025; any referral within 5 working days of the review",
                 "ASQ-3 scores sent to Shona and shared at the core group on 18/11/2025; referral acceptance "
                 "letter on file if a referral is made"],
                ["Keep a record of Lewis's attendance, the new words he uses, and how he arrives (clean, fed, "
                 "dressed for the weather) at each of his sessions",
                 "Ailsa Baird, key worker, Bramble Early Years Centre",
                 "Monday, Wednesday and Friday mornings from 20/10/2025",
                 "Summary emailed to Shona each Friday with the sessions attended and a word count; three of "
                 "three sessions attended each week"],
                ["What I need from the people who look after me", H, H, H],
                ["See Isla-Rose and Lewis at home, one visit in three unannounced; see Isla-Rose on her own, and "
                 "check the kitchen, the food in the house and Lewis's cot",
                 "Shona Kerr, social worker and Lead Professional",
                 "Weekly until the review CPPM",
                 "Visit records show both children seen each week, Isla-Rose seen alone at least every other "
                 "visit with her own words written down, and the kitchen and cot noted each time"],
                ["Get the children up and dressed, take Isla-Rose to breakfast club by 8.20am and take Lewis to "
                 "nursery by 9am on his mornings",
                 "Kirsty McCallum (Mum)",
                 "Every school day; Lewis's nursery mornings",
                 "Breakfast club and nursery registers show both children arriving on time"],
                ["Work with Kirsty and Darren on a morning routine, a weekly food shop, and keeping the kitchen "
                 "and the children's bedroom clean and safe",
                 "Morag Innes, family support worker, Glenvorran Family Support Service",
                 "Tuesday and Thursday at 8am, for 10 weeks from 21/10/2025",
                 "Home conditions checklist scored at every visit and sent to Shona weekly; 4 out of 5 or better "
                 "at 8 of the last 10 visits, with food in the cupboards for the children each time"],
                ["Drink no alcohol at any time he is looking after Isla-Rose or Lewis, and go to every key-work "
                 "session at the Recovery Service with a breath test",
                 "Darren Boyd (Dad)",
                 "Every day; key-work every Monday from 20/10/2025",
                 "Every breath test at key-work and at Shona's unannounced visits reads zero; Recovery Service "
                 "attendance record shows every Monday kept"],
                ["Key-work with Darren on his drinking, a breath test at each session, and a written report to "
                 "each core group on whether he is making the changes Isla-Rose and Lewis need and how long "
                 "further change is likely to take",
                 "Craig Munro, recovery worker, Glenvorran Alcohol and Drug Recovery Service",
                 "Every Monday; report two working days before each core group",
                 "Report on Shona's file before every core group, with the breath test results and Craig's view "
                 "of the likely timescale"],
                ["Visit Kirsty at home, check her medication and mood, and give each core group a written view on "
                 "whether she can make and keep the changes the children need (getting up, feeding them, getting "
                 "them to school) and how long that is likely to take",
                 "Gillian Reid, community psychiatric nurse, Glenvorran Community Mental Health Team",
                 "Every two weeks from 22/10/2025; written view before each core group",
                 "Written view on Shona's file before every core group, naming the changes seen and the likely "
                 "timescale"],
                ["Review Kirsty's sertraline and Darren's liver function tests, and tell Shona about any missed "
                 "appointments",
                 "Dr Euan Fraser, GP, Kirkgate Medical Practice",
                 "By 21/11/2025, then before each core group",
                 "GP letter on the children's file by 21/11/2025; short written update before every core group"],
                ["Do three direct work sessions with Isla-Rose about home, her worries and who she can tell, "
                 "using her own My World triangle",
                 "Shona Kerr, social worker and Lead Professional",
                 "Three sessions by 19/12/2025 (before the Christmas holidays)",
                 "Isla-Rose's drawings and her own words from each session kept on file and brought to the "
                 "review CPPM"],
                ["My wider world", H, H, H],
                ["Collect Isla-Rose from school, give both children their tea at Loanend Place, and be the adult "
                 "Isla-Rose phones if her dad has been drinking or her mum cannot get up",
                 "Moira Stewart (Gran)",
                 "Every Tuesday and Thursday, 3pm to 6.30pm; the same day whenever Isla-Rose phones",
                 "Moira texts Shona every Thursday evening; the school's collection log shows her collections; "
                 "Isla-Rose shows Shona the card with Gran's number in her schoolbag at each visit"],
                ["Replace the broken stair gate and treat the damp in the children's bedroom",
                 "Neil Ogilvie, housing officer, Glenvorran Council Housing",
                 "By 05/12/2025",
                 "Repair completion sheet sent to Shona; Shona sees the gate fitted and the bedroom wall dry at "
                 "her next visit"],
            ],
        }),
        ("h1", "If things do not go to plan"),
        ("p", "If Darren is found to have been drinking while he is looking after Isla-Rose or Lewis (a positive "
              "breath test, a call from Isla-Rose, Moira or the school, or alcohol smelled on him by any worker), "
              "he will leave the house that day and stay at his brother's flat at 22 Mill Wynd, and Kirsty will "
              "care for the children. If Kirsty is not well enough, the children will go to Moira's at 3 Loanend "
              "Place the same day. Shona will hold an Inter-agency Referral Discussion (IRD) with Police Scotland "
              "the same day if either child was left with no sober adult."),
        ("p", "If Kirsty shows her warning signs (in bed past 10am two days running, not eating, or saying she "
              "cannot cope), Gillian will see her within one working day, and Moira will do the school and "
              "nursery runs until Gillian says Kirsty is well enough to do them again."),
        ("p", "If Moira cannot have the children or do the runs (she is ill, away or it is too much for her), "
              "Morag will do the school and nursery runs for up to five days. If no sober, well adult can care "
              "for the children overnight, Shona will arrange for Isla-Rose and Lewis to stay together with "
              "Glenvorran foster carers that night."),
        ("p", "If Darren has two positive breath tests before the review CPPM, if Isla-Rose's attendance falls "
              "below 90% over any four weeks, or if either child is hurt again in a way linked to drinking, Shona "
              "will seek legal advice from Glenvorran Council Legal Services within 5 working days and refer "
              "Isla-Rose and Lewis to the Children's Reporter, asking for a Children's Hearing to consider a "
              "Compulsory Supervision Order."),
        ("h1", "Meetings and reviews"),
        ("bullets", [
            "Core group: every three weeks (five over Christmas), Tuesdays at 1.30pm at Strathmuir Primary – "
            "28/10/2025, 18/11/2025, 09/12/2025 and 13/01/2026.",
            "Review Child Protection Planning Meeting: 27/01/2026, 10am, Glenvorran Council Offices, Ward Road.",
            "Before each core group Shona will see Isla-Rose on her own and bring her words, and what has been "
            "seen of Lewis, to the meeting.",
        ]),
        ("p", "Agreed at the initial CPPM on 15/10/2025. Copies to Kirsty, Darren, Moira and every person named "
              "in the plan."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Looked-after baby (section 20) on a children's ward with bronchiolitis,
#    mother on a methadone script, grandmother being assessed. Care plan and
#    child protection plan in one; each action opens with its owner in bold.
#    Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b158_gorsemantle_lac_ward_care_plan_bold_owner_lead_ins_tranter.pdf",
    "doc_title": "Care Plan and Child Protection Plan - Ruby-Mae Tranter",
    "split": "tune",
    "actions": 14,
    "header": "OFFICIAL – SENSITIVE · Gorsemantle County Council · Looked After Child",
    "footer": "Ruby-Mae Tranter – care and protection plan, 21/10/2025 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "template": "lac-care-plan-and-cp-plan-word-printed-to-pdf-page-header-footer-legal-status-kv-why-looked-after-babys-days-on-the-ward-mother-and-grandmother-say-outcomes-then-two-phase-headings-on-the-ward-and-from-discharge-each-action-a-paragraph-with-bold-owner-lead-in-contingency-three-kinds-of-meeting",
    "description": (
        "Exemplary care plan and child protection plan for an 11-week-old baby accommodated under "
        "section 20 with a foster carer, now on a children's ward with bronchiolitis; her mother is "
        "on a methadone script after using heroin in pregnancy, her grandmother is being assessed "
        "as a carer. A Word plan printed to PDF with header and footer: legal status, the baby's "
        "days on the ward as her carers and the social worker see them, outcomes, then every "
        "action a paragraph opening with its owner in bold, under two phase headings (while she is "
        "on the ward; from discharge to the review). The social worker visits the ward twice a "
        "week, the drug service reports on change, the grandmother's visits and assessment have a "
        "fallback, legal planning follows withdrawal of consent or too little progress, core "
        "group, looked-after review and conference dates are set."
    ),
    "blocks": [
        ("title", "Care Plan and Child Protection Plan"),
        ("p", "Gorsemantle County Council · Children in Care and Safeguarding · Newborn and Infant Team"),
        ("kv", [
            ("Child", "Ruby-Mae Tranter, born 04/08/2025 (11 weeks)"),
            ("Legal status", "Looked after: accommodated under section 20 of the Children Act 1989 since "
                             "05/09/2025, with her mother's written consent"),
            ("Placement", "Lorraine Pask, Gorsemantle County Council foster carer, 8 Wrenfield Drive, Gorsemantle"),
            ("Where Ruby-Mae is now", "Kestrel Ward (children's ward), Gorsemantle General Hospital, since "
                                      "17/10/2025 with bronchiolitis; the ward expects a stay of 7 to 10 days"),
            ("Mother", "Jade Tranter (23), 2 Osier Court, Gorsemantle; on a methadone script from Gorsemantle "
                       "Drug and Alcohol Service"),
            ("Father", "Ryan Cole (26); not named on the birth certificate, no parental responsibility; in "
                       "prison until at least March 2026"),
            ("Maternal grandmother", "Carol Tranter, 41 Heron Street, Gorsemantle; being assessed as a "
                                     "connected carer"),
            ("Child protection plan", "Initial child protection conference 22/08/2025 (neglect); this version "
                                      "agreed at core group 3 on 21/10/2025"),
            ("Social worker", "Abi Mensah (team manager: Martin Greaves)"),
            ("Independent reviewing officer", "Fiona Castell"),
        ]),
        ("h1", "Why Ruby-Mae is looked after and has a plan"),
        ("p", "Ruby-Mae was born at 37 weeks with neonatal abstinence syndrome and spent three weeks on the "
              "neonatal unit. Jade was using heroin on top of her methadone in the last months of her pregnancy, "
              "and on the unit she twice arrived for feeds too drowsy to hold Ruby-Mae safely. On 05/09/2025, "
              "the day Ruby-Mae was ready to leave, Jade agreed that she should go to a foster carer while Jade "
              "works on her drug use. On 17/10/2025 Ruby-Mae was admitted to Kestrel Ward with bronchiolitis; she "
              "is on oxygen and is being fed through a nasogastric tube."),
        ("h1", "Ruby-Mae's days on the ward"),
        ("p", "Lorraine is with Ruby-Mae from 8am to 8pm and the nurses care for her overnight. When Abi visited "
              "on 20/10/2025 Ruby-Mae was tired and breathing fast, but she settled within a minute on Lorraine's "
              "chest and watched her face while Lorraine sang to her. She startles and cries when a monitor alarm "
              "goes off and calms as soon as she is picked up. The nurses say she takes her feeds best held "
              "upright in a quiet room. At family time on 18/10/2025 she gripped Jade's finger and fell asleep on "
              "her; Jade cried and said, “She knows me.”"),
        ("h1", "What Jade and Carol say"),
        ("p", "Jade: “I know I messed up on the unit. I'm on my script every day and I'm not using. I want her "
              "home with me by the summer.” Carol: “I'll do whatever she needs. I can get up to the ward in the "
              "afternoons on the bus.”"),
        ("h1", "What we want for Ruby-Mae"),
        ("numbers", [
            "Ruby-Mae gets well and leaves hospital to go home to Lorraine, off oxygen and tube feeds, and her "
            "weight is back on the 9th centile by the end of November.",
            "Every day she is in hospital Ruby-Mae is held and fed by someone who knows her, and she is seen by "
            "her social worker twice a week.",
            "Ruby-Mae keeps her bond with Jade and Carol through safe, regular family time, and is never cared "
            "for by an adult who is under the influence of drugs.",
            "Ruby-Mae has a clear plan for where she will grow up, made within her timescale and ready for the "
            "review conference on 03/02/2026.",
        ]),
        ("h1", "The plan"),
        ("p", "Each action begins with the name of the person who will do it."),
        ("h2", "While Ruby-Mae is on Kestrel Ward"),
        ("kv", [
            ("Abi Mensah, social worker",
             "Visit Ruby-Mae on Kestrel Ward every Tuesday and Friday until she is discharged, see her awake and, "
             "where possible, at a feed, and speak to the nurse in charge each time. Each visit is written up on "
             "Ruby-Mae's record within one working day, saying how she looked and who was with her."),
            ("Lorraine Pask, foster carer",
             "Be with Ruby-Mae on the ward from 8am to 8pm every day until discharge, do her cares, hold her for "
             "her tube feeds and keep a daily diary of her feeds, sleep and moods, which Lorraine emails to Abi "
             "every Friday."),
            ("Dee Harcourt, supervising social worker, Gorsemantle Fostering Service",
             "Book a relief foster carer for the ward on Wednesday afternoons and Sunday mornings so that Lorraine "
             "can rest, from 22/10/2025 until discharge. The rota reaches Abi and the ward by 22/10/2025 and "
             "every relief shift is signed in the ward visitors' book."),
            ("Kelly Sands, family time worker",
             "Supervise Jade's family time with Ruby-Mae on the ward every Monday, Wednesday and Saturday from 2pm "
             "to 4pm until discharge, then at Wrenfield Family Centre on the same days. After each session Kelly "
             "sends Abi, within two working days, a record of how Jade held, fed and settled Ruby-Mae."),
            ("Jade Tranter, mother",
             "Come to every Monday, Wednesday and Saturday family time session on time and not under the "
             "influence, and do at least one of Ruby-Mae's feeds or nappy changes each time. Kelly's records "
             "will show every session attended on time and none ended early."),
            ("Lee Pardoe, recovery worker, Gorsemantle Drug and Alcohol Service",
             "See Jade for key-work and a urine screen every Thursday, review her methadone dose with the "
             "prescriber, and write to each core group saying whether she has stopped using heroin, what has "
             "changed for Ruby-Mae, and how long it is likely to be before Jade could care for her safely. The "
             "report reaches Abi two working days before each core group."),
            ("Sister Angela Dunmore, ward manager, Kestrel Ward",
             "Phone Abi the same day if anyone other than Lorraine, Kelly, Carol, Jade at family time or the "
             "relief carer asks to see Ruby-Mae, or if her condition changes, and give Abi the planned discharge "
             "date at least 48 hours ahead. Each call is logged on the ward's safeguarding sheet and on "
             "Ruby-Mae's record."),
            ("Carol Tranter, maternal grandmother",
             "Visit Ruby-Mae on the ward on Tuesday, Thursday and Sunday afternoons while Lorraine or the relief "
             "carer is there, and sign the ward visitors' book each time; Lorraine's diary will note each visit "
             "and how Ruby-Mae was with her."),
            ("Abi Mensah, social worker",
             "Hold a discharge planning meeting on the ward with Dr Akinyemi, Lorraine, Jade and the health "
             "visitor before Ruby-Mae is discharged, and send the written discharge plan to everyone named in "
             "this plan within one working day of the meeting."),
        ]),
        ("h2", "From discharge until the review conference on 03/02/2026"),
        ("kv", [
            ("Nadia Qureshi, health visitor, Gorsemantle Community Health",
             "Visit Ruby-Mae at Lorraine's home within two working days of discharge and then every week, weighing "
             "her and checking her breathing and feeding. Her weights are plotted in her red book and emailed to "
             "Abi after each visit, and should show her back on the 9th centile by the end of November."),
            ("Abi Mensah, social worker",
             "Visit Ruby-Mae at Lorraine's home every week after discharge, see her awake and read Lorraine's "
             "diary; the visit records will show each weekly visit and what Ruby-Mae was doing."),
            ("Paul Greig, assessing social worker, Gorsemantle Fostering Service",
             "Complete the connected person's assessment of Carol as a possible carer for Ruby-Mae by 16/01/2026, "
             "and share the written report with Jade and the core group before the review conference."),
            ("Abi Mensah and Kelly Sands",
             "Complete a parenting assessment of Jade, drawing on her family time records and Lee's reports, by "
             "23/01/2026; the written assessment, with a recommendation about Ruby-Mae going home, goes to the "
             "review conference."),
            ("Dr Ola Akinyemi, consultant paediatrician, Gorsemantle General Hospital",
             "See Ruby-Mae in the children's outpatient clinic six weeks after discharge about her chest and her "
             "withdrawal symptoms, and send the clinic letter to Abi, Nadia and Lorraine within two weeks of the "
             "appointment."),
        ]),
        ("h1", "If something changes"),
        ("p", "If Jade comes to the ward or to family time under the influence, or tries to take Ruby-Mae off the "
              "ward, the nurse in charge or Kelly will end the visit, ward staff will call Gorsemantle Police on "
              "999 if Jade will not leave, and Abi (or the Emergency Duty Team out of hours) will be told the "
              "same day. Family time will then take place only at Wrenfield Family Centre, with two staff, until "
              "the next core group."),
        ("p", "If Jade has a urine screen positive for heroin or misses two family time sessions in a row, family "
              "time goes down to twice a week at the family centre until she has four weeks of clear screens, and "
              "Abi will meet Jade and Lee within five working days to agree what has to change."),
        ("p", "If Lorraine cannot stay on the ward (illness or a family emergency), Dee will send the relief "
              "foster carer to the ward the same day; if Ruby-Mae is ready to leave hospital when Lorraine cannot "
              "have her, she will go to the relief carer until Lorraine can."),
        ("p", "If Carol cannot visit, or her connected person's assessment is negative, Ruby-Mae stays with "
              "Lorraine, Carol's time with her moves to Wrenfield Family Centre with Kelly, and the plan for "
              "Ruby-Mae's permanent home will be made without Carol as her carer."),
        ("p", "If Jade withdraws her consent to section 20 or asks to take Ruby-Mae home, or if by the review "
              "conference the parenting assessment and Lee's reports show that Jade has not made enough progress, "
              "Abi will ask Martin Greaves for a legal planning meeting within two working days to decide whether "
              "to apply for a care order."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 11am at Wrenfield Family Centre: 18/11/2025, 16/12/2025 "
            "and 13/01/2026 (core group 3 was held on 21/10/2025).",
            "Ruby-Mae's second looked-after review, chaired by Fiona Castell: 02/12/2025, at Lorraine's home or "
            "on the ward if Ruby-Mae is still in hospital.",
            "Review child protection conference: 03/02/2026, 2pm, Gorsemantle County Hall.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Transfer-in conference plan after a move between councils: mother with
#    bipolar disorder who left a violent partner, a 13-year-old and a
#    9-year-old, an aunt nearby. One heading per owner, "->" into each
#    bullet's check. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b158_garvenstow_transfer_in_owner_headings_arrow_checks_pritchard.md",
    "split": "tune",
    "actions": 16,
    "template": "transfer-in-conference-plan-md-details-table-how-the-family-came-what-the-old-plan-asked-prose-what-kayden-and-evie-told-us-outcomes-then-h3-heading-per-owner-bullets-with-when-and-arrow-check-contingency-meetings",
    "description": (
        "Exemplary plan made at a transfer-in conference for a 13-year-old and a 9-year-old who "
        "moved councils with their mother, who has bipolar disorder, after her violent ex-partner "
        "broke a non-molestation order. A Markdown plan: details table, how the family came, what "
        "the previous council's plan asked (prose, for the record), the children's words and three "
        "houses, outcomes, then one heading per owner (social worker, Mum, the CMHT, the IDVA, the "
        "police, each school, the aunt, the GP) with bullets that give the timing and lead with "
        "'->' into the check. The care co-ordinator and psychiatrist both assess capacity to "
        "change; nothing waits for the move; the aunt's help has a fallback; legal planning "
        "follows named triggers; core group dates and the review conference are set."
    ),
    "text": """\
# Transfer-in Child Protection Plan — Kayden and Evie Pritchard

**Garvenstow City Council · Children's Services · Safeguarding Team West**

| | |
|---|---|
| Children | Kayden Pritchard, 13 (born 11/06/2012), Year 9, Garvenstow Academy; Evie Pritchard, 9 (born 23/02/2016), Year 5, Pennant Road Primary |
| Mother | Leanne Pritchard (34) |
| Home | Garvenstow (address held on the case record only, not on copies) |
| Aunt | Sian Pritchard, Leanne's sister, 7 Ferris Lane, Garvenstow |
| Fathers | Kayden: Dale Evans, no contact since 2016. Evie: Gary Holt, lives in Aldermoor; non-molestation order until 14/08/2026; no contact |
| Plan history | Child protection plan made by Aldermoor Borough Council on 03/06/2025 (emotional abuse). The family moved to Garvenstow on 22/09/2025. Transfer-in conference held in Garvenstow on 06/11/2025: this plan |
| Social worker | Rhiannon Pryce, Safeguarding Team West (team manager: Dev Chauhan) |
| Chair | Marcus Oyelaran, child protection chair |

## How the family came to Garvenstow

Leanne lived with Gary Holt in Aldermoor for seven years. Police were called to the house six times in
2024 and 2025; Kayden twice rang 999 himself. Leanne has bipolar disorder and was admitted to Aldermoor's
mental health unit for three weeks in April 2025 after a manic episode, when Sian came to stay and looked
after the children. Gary was served with a non-molestation order in June, broke it in August by waiting
outside Evie's school, and Leanne moved with the children to Garvenstow to be near Sian. Aldermoor's
social worker, Hayley Dunn, kept visiting until this conference, and the two social workers made a joint
visit on 29/10/2025. Aldermoor's records arrived on 30/10/2025. Leanne saw Garvenstow's Community Mental
Health Team for the first time on 28/10/2025.

## What Aldermoor's plan asked, and where it has got to

Aldermoor's plan asked Leanne to keep to the non-molestation order and take her lithium, asked the school
to watch the children's attendance, and gave Kayden a young carers' worker. Leanne has had no contact with
Gary since August. Her lithium levels have been in range at both checks since the move. Kayden missed
three weeks of school during the move and has been at Garvenstow Academy since 13/10/2025; Evie started
at Pennant Road on 06/10/2025 and has not missed a day.

## What Kayden and Evie told us

**Kayden** (seen on his own at Sian's, 31/10/2025): "It's better here cos Gary doesn't know where we are.
I still check the door's locked every night. When Mum's high she doesn't sleep and talks really fast, and
then I have to sort Evie out." He scored home 6 out of 10 (it was 3 in Aldermoor). He wants to join the
football club at his new school and says he doesn't want to move again.

**Evie** (seen on her own at school, 03/11/2025) drew her three houses. In her house of worries were "Gary
finding us" and "Mum being poorly". In her house of good things were "Auntie Sian's pancakes" and "my new
friend Amelie". In her house of dreams was "a dog, and Mum staying happy". She said she misses her old
school but likes that "nobody shouts here".

## What we want for Kayden and Evie

1. Kayden and Evie live where Gary cannot find or hurt them, and feel safe at home at night.
2. Kayden and Evie are cared for every day by a mum who is well enough to look after them, and Kayden no
   longer has to look after Evie when Mum is unwell.
3. Both children settle into their new schools, with attendance of 95% or more by the February half term.
4. Kayden and Evie know what to do and who to ring if Gary comes near them or their mum becomes unwell.

## Who will do what

Each heading names the person or service who owns the bullets under it. Every bullet says when it
happens, and after the arrow (->) what we will see.

### Rhiannon Pryce, social worker, Garvenstow Children's Services

- Visit Kayden and Evie at home every week until the review conference, one visit in three unannounced,
  and see each child on their own -> visit records show both children seen every week and each seen
  alone at least every other visit, with their words written down.
- Complete Garvenstow's single assessment of the family, building on Aldermoor's, by 18/12/2025 -> the
  written assessment shared with Leanne and discussed at the core group on 06/01/2026.
- Do four sessions of direct work with Kayden about being a young carer and his worries at night, by
  19/12/2025 (before the Christmas holidays) -> Kayden's own worksheets and words kept on file and taken
  to the review conference.
- Refer Kayden to Garvenstow Young Carers by 14/11/2025 -> acceptance letter on file and his first
  session date reported at the core group on 25/11/2025.

### Leanne Pritchard (Mum)

- Take her lithium every day and keep every appointment with the Community Mental Health Team, so that she
  stays well enough to look after Kayden and Evie -> her lithium levels, taken by the CMHT every four
  weeks, stay in range, and the CMHT confirms every appointment kept.
- Have no contact with Gary from this conference on, and tell Rhiannon the same day if he gets in touch
  with her or the children in any way -> Rhiannon goes through any contact with Leanne at each weekly visit, and any breach Leanne
  reports is on the police record.

### Garvenstow Community Mental Health Team

- Owen Bevan, care co-ordinator (CPN), will visit Leanne at home every two weeks from 12/11/2025, check her
  lithium and her warning signs with her, and tell each core group whether she is keeping well and making
  the changes Kayden and Evie need, and how long that is likely to take -> written report on Rhiannon's
  file two working days before each core group.
- Dr Farah Siddiqui, consultant psychiatrist, will see Leanne in clinic by 05/12/2025 and assess her risk of
  relapse, her capacity to make and keep the changes the children need, and the likely timescale ->
  letter to Rhiannon by 12/12/2025, shared at the core group on 06/01/2026.

### Garvenstow Domestic Abuse Service

- Nia Lloyd, IDVA, will write a safety plan with Leanne and the children within 10 working days of this
  conference (by 20/11/2025), and go through it with Leanne every two weeks until the review conference ->
  the written safety plan on file, and Nia's note of each check emailed to Rhiannon.
- Nia will refer Leanne to the Garvenstow MARAC by 14/11/2025 -> the MARAC actions for the family sent to
  Rhiannon after the meeting on 27/11/2025.

### Garvenstow Police, Domestic Abuse Unit

- DC Rob Haines will put a domestic abuse marker on the family's address from 07/11/2025, and tell
  Rhiannon the same day about any call to the address or any sighting of Gary in Garvenstow -> marker
  confirmed to Rhiannon in writing by 14/11/2025; each call logged on the police and children's services
  records.

### Pennant Road Primary (Evie)

- Mrs Joanne Tudor, designated safeguarding lead, will check Evie's attendance every day, give her a
  weekly check-in with her class teaching assistant, and phone Rhiannon the same day if Evie is absent
  without a reason or says anything about Gary -> attendance emailed to Rhiannon each Friday; check-ins
  logged on CPOMS.

### Garvenstow Academy (Kayden)

- Mr Callum Reece, designated safeguarding lead, will check Kayden's attendance every day and give him a
  session with the pastoral lead every fortnight from the week of 10/11/2025 -> attendance emailed to
  Rhiannon each Friday (95% or more by February half term); sessions logged on CPOMS.

### Sian Pritchard (aunt)

- Have Kayden and Evie at 7 Ferris Lane after school every Wednesday until 7pm, and be the adult the
  children ring if Gary turns up or their mum is unwell -> Sian texts Rhiannon every Wednesday night;
  both children show Rhiannon Sian's number saved in their phones at the next visit.
- Do the school run on any morning Leanne tells her she is not well enough, from that same morning -> both
  schools' registers show the children in on time on those days, and Sian texts Rhiannon each time.

### Dr Amir Bashir, GP, Westgate Surgery

- Register Leanne, Kayden and Evie as patients and send Rhiannon and Owen any missed appointments and
  Leanne's repeat prescription record, by 21/11/2025 and then before each core group -> GP letter on file
  by 21/11/2025 and a short written update before every core group.

## If things go wrong

- **If Gary comes to the house, contacts Leanne or the children, or is seen in Garvenstow:** Leanne or
  the children ring 999 and the police attend as a priority (the address has a marker). Rhiannon holds a
  strategy discussion with the police the same day. If the address is no longer safe, Leanne and the
  children go to Sian's that night and Nia finds refuge space within 24 hours.
- **If Leanne shows two of her warning signs** (under four hours' sleep two nights running, spending
  sprees, very fast talk): Owen sees her the same or the next working day and asks the crisis team for a
  mental health assessment if he needs to. Kayden and Evie stay with Sian until Owen says Leanne is well
  enough to care for them.
- **If Sian cannot have the children** (she is ill, away, or it becomes too much): Rhiannon arranges for
  Kayden and Evie to stay together with Garvenstow foster carers the same day.
- **If Leanne has contact with Gary again, is admitted to hospital, or if by the review conference the
  CMHT's reports say she cannot make the changes in Kayden and Evie's timescale:** Rhiannon will ask Dev
  Chauhan for a legal planning meeting within 5 working days.

## Meetings

- Core group every four weeks (six over Christmas), Tuesdays at 4pm at Garvenstow Academy: 25/11/2025,
  06/01/2026 and 27/01/2026.
- Review child protection conference: 05/02/2026, 10am, Garvenstow Civic Offices.
- Rhiannon will see Kayden and Evie on their own before each core group and bring their words to it.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Letter from the social worker to a 15-year-old at risk of criminal
#    exploitation, mother's drinking, an uncle who helps. "I" is the social
#    worker who signs, "you" is Jayden. Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b158_gildenhope_letter_to_young_person_numbered_promises_harland.txt",
    "split": "tune",
    "actions": 12,
    "template": "sw-letter-to-15-year-old-after-icpc-plain-text-letterhead-address-block-dear-jayden-caps-headings-why-what-you-told-me-what-we-want-for-you-then-numbered-paragraphs-i-will-you-will-named-worker-will-if-things-go-wrong-meetings-signature-cc-list",
    "description": (
        "Exemplary child protection plan written as a letter from the social worker to a "
        "15-year-old boy at risk of criminal exploitation, whose mother drinks most evenings. Plain "
        "text with a letterhead and address block: why there is a plan, what he said, what "
        "everyone wants for him, then twelve numbered paragraphs in which 'I' is the social worker "
        "who signs, 'you' is Jayden and others are named (youth worker, police, school, his mum, "
        "her recovery worker, her GP, his uncle), each with a time and what will show it. Return "
        "interviews within 72 hours of every return; the alcohol service reports on change; the "
        "uncle's part has a fallback; legal planning follows named triggers; core group and review "
        "dates are set."
    ),
    "text": """\
GILDENHOPE BOROUGH COUNCIL
Children's Services - Adolescent Safeguarding Team
Gildenhope Civic Centre, Market Street, Gildenhope GH1 2AA

                                                        14 November 2025

Jayden Harland
22 Sorrel Walk
Gildenhope GH4 8RN

Dear Jayden,

YOUR CHILD PROTECTION PLAN - WHAT WE AGREED ON 12 NOVEMBER

I'm writing this to you, not just to your mum, because the plan is about you.
You came to the first half of your conference on Wednesday and said some really
important things, and I've tried to put them in here. This letter is the plan.
Your mum has a copy, and so does everyone named in it. I know its a lot to
read, so we'll go through it together on Tuesday.

WHY THERE IS A PLAN

Since the summer you have been missing from home seven times, twice overnight.
On 18/10/2025 you were found by police in Hexworth, in a flat with two adult
men, with GBP 300 in cash and a phone that wasn't yours. The conference agreed
that adults are using you to carry drugs and money (criminal exploitation), and
that home is hard at the moment because your mum drinks most evenings. Your mum
told the conference that some nights she hasn't noticed whether you came in.
The plan is under the category of neglect.

WHAT YOU TOLD ME

When I saw you on your own at the Castle Street youth centre on 06/11/2025 you
said: "They give you stuff and then you owe them. I didn't think I'd get in
trouble, I thought they were my mates." You said you go out because home is
"dead boring and Mum's always on the wine", that you'd like to get back into
boxing, and that you trust Liam and your Uncle Dean. You don't want to go into
care. You scored how safe you feel out on the estate 3 out of 10, and at home 6.

WHAT WE ALL WANT FOR YOU

  1. You are safe from the adults who have been using you, and you stop going
     missing.
  2. You are in school every day and your GCSE options are back on track by the
     end of the spring term.
  3. You live at home with a mum who is sober in the evenings and knows where
     you are.
  4. You have things to do and people around you that are good for you, like
     boxing and your uncle.

WHAT HAPPENS NOW - WHO DOES WHAT

I've numbered these so we can check each one at every meeting. Each says who,
when, and how we'll know it's happening.

  1. I (Nathan Aldous, your social worker) will see you every week until your
     review conference, at least every other time on your own and away from
     the house. My visit records will show every week's visit and what you
     told me, and you can read what I wrote about you whenever you ask.

  2. Liam Doyle, your youth worker from the Gildenhope Exploitation and
     Missing Team, will meet you twice a week (Tuesday after school and
     Saturday afternoon) for the next 12 weeks, to work on who is safe to be
     around and to get you back into boxing. Liam's session log, emailed to me
     every Friday, will show which sessions you came to.

  3. You'll be home by 9pm on school nights and 10pm on Fridays and
     Saturdays, and you'll answer when your mum or Uncle Dean rings if you're
     late. Your mum's log of the times you come in, which I'll read at every
     visit, will show it.

  4. Liam, or another worker from his team if he is away, will do a return
     home interview with you within 72 hours every time you come back from
     being missing, and send it to me and to the police within the same week.
     The interviews on file will match every missing episode.

  5. PC Sarah Whitlam, missing persons co-ordinator at Gildenhope Police,
     will serve child abduction warning notices on the two men found with you
     by 28/11/2025, and confirm to me in writing when they have been served.

  6. I will refer you to the Gildenhope Child Exploitation Panel by
     21/11/2025, so your situation is discussed at its meeting on 04/12/2025.
     The panel's actions will come to the core group on 09/12/2025.

  7. Mr Kevin Ashby, the safeguarding lead at Brookfold Academy, will check
     your attendance every day, ring your mum and me by 10am on any day you're
     not in, and book you a meeting with your head of year every Monday.
     Your attendance will be emailed to me every Friday.

  8. Your mum will go to Gildenhope Alcohol Service every Wednesday for
     key-work and a breath test, and will not drink on any evening she is
     looking after you. The service's breath test results, and my unannounced
     evening visits at least once a fortnight, will show whether she is sober
     when you are at home.

  9. Marcia Fenn, your mum's recovery worker at Gildenhope Alcohol Service,
     will write to me two working days before each core group about whether
     your mum is cutting down and sticking to it, what it means for you, and
     how long it is likely to take for things at home to change. Her reports
     will be on my file before every core group.

 10. Dr Priya Shah, your mum's GP at Meadowside Surgery, will see her by
     28/11/2025 about her drinking and her blood tests, and write to me with
     the results by 05/12/2025.

 11. Uncle Dean will have you at his flat for tea every Sunday, take you to
     boxing at Castle Street gym every Thursday night, and be the person you
     and your mum ring if you're not home on time. He'll text me every Sunday
     night with the nights you got to boxing and any time you or your mum
     rang him, and I'll check the gym's register when I see you.

 12. I will ask the Gildenhope Family Group Conference service to hold a
     family meeting with you, your mum, Uncle Dean and your nan before the
     Christmas holidays (by 19/12/2025), so your family can agree who helps
     with what. The family's written plan will come to the core group on
     06/01/2026.

IF THINGS GO WRONG

- If you're not home 30 minutes after your time and not answering your phone,
  your mum will ring Uncle Dean and then report you missing to the police on
  101 (999 if she thinks you're in danger), and tell me or the out-of-hours
  team that night.
- If you're found with drugs, a weapon or a lot of money, or with either of
  the men named in the warning notices, the police will take you somewhere
  safe and I will hold a strategy discussion with them the same day.
- If your mum has been drinking and can't look after you, you'll stay the
  night at Uncle Dean's. If Uncle Dean can't have you (he's working away or
  ill), I or the out-of-hours team will find you an emergency foster
  placement for that night, and we'll talk to you first about where.
- If you go missing three more times before your review conference, or your
  mum's breath tests show she is still drinking at the end of January, I'll
  ask my manager, Ruth Okonkwo, for a legal planning meeting within 5 working
  days. That meeting decides whether we need to ask a court to help keep you
  safe. I'd rather it didn't come to that, and I think it won't.

MEETINGS

- Core group: every four weeks at the Castle Street youth centre, Tuesdays at
  4.30pm - 09/12/2025, 06/01/2026 and 03/02/2026. You're invited to the first
  half of each one.
- Your review child protection conference: 10/02/2026, 10am, Gildenhope Civic
  Centre.

If anything in this letter isn't right, or you want to change something, text
me on the number on my card. I'll ask you before every core group what you
want said.

Best wishes,

Nathan Aldous
Social Worker, Adolescent Safeguarding Team

cc: Tracey Harland (Mum); Dean Harland; Liam Doyle (GEMT); PC Sarah Whitlam;
    Mr Kevin Ashby (Brookfold Academy); Marcia Fenn (Gildenhope Alcohol
    Service); Dr Priya Shah (Meadowside Surgery); Ruth Okonkwo (Team Manager);
    Helen Birch (Conference Chair)
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Child-friendly "My plan" written with a 10-year-old after domestic
#    abuse by his sister's father; mother's panic attacks; the sister's
#    paternal nan supervises contact. Who's-who of first names, bold
#    first-name lead-ins. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b158_glimmerdale_my_plan_first_name_whos_who_sutcliffe.md",
    "split": "tune",
    "actions": 11,
    "template": "child-friendly-my-plan-md-written-with-10-year-old-i-is-tyler-about-me-why-there-is-a-plan-in-my-own-words-poppy-observed-what-we-want-then-whos-who-of-grown-ups-by-first-name-then-bold-first-name-lead-in-bullets-with-how-well-know-sentence-if-things-go-wrong-my-safety-plan-grown-ups-meetings",
    "description": (
        "Exemplary child protection plan written as a 'My plan' with a 10-year-old boy after his "
        "sister's father hurt their mother; the mother has panic attacks, and the sister's nan "
        "supervises contact. Markdown in the boy's voice: about me, why there is a plan, my own "
        "words, what the grown-ups see of his 4-year-old sister, what we want, a who's-who of the "
        "grown-ups by first name, then bullets that open with a bold first name and say when and "
        "'How we'll know'. The talking therapist reports on whether Mum can make the changes and "
        "how long it will take, the GP has an action, the father is on a perpetrator course, the "
        "nan's supervision has a fallback, legal planning is explained in plain words after named "
        "triggers, and the grown-ups' meeting dates are set."
    ),
    "text": """\
# My Plan — Tyler Sutcliffe

*I made this with Rachel, my social worker, after my child protection conference on 20 October 2025.
Rachel did the typing. The bits about me are in my words.*

## About me

I'm Tyler. I'm 10 and I'm in Year 6 at Larkhill Primary. I like Minecraft, drawing dragons and our dog
Biscuit. I live with my mum and my little sister Poppy, who is 4.

## Why there is a plan

Mark is Poppy's dad. He used to live with us. When he got angry he shouted and threw things, and in the
summer he hurt Mum and the police came. I took Poppy into my room and put my headphones on her. Mark
doesn't live with us now and he's not allowed to come to our house.

Mum gets panic attacks. Sometimes she has to lie on the sofa for ages and can't get up, and then I make
Poppy's tea. The grown-ups at my conference are worried about me and Poppy being frightened at home, and
about me looking after Poppy and Mum when a grown-up should be looking after us.

## What I think (in my own words)

I feel safer now Mark has gone but I still get jumpy when a car door bangs outside. I want Mum not to be
sad. I like it at school because Mrs Kaur lets me help in the library. My score for how safe home feels is
6 out of 10 now. In the summer it was 2. I want it to be 9.

## Poppy

Poppy is 4 and can't write this herself, so Rachel and Jo at nursery wrote down what they see. Poppy hides
behind the sofa when someone bangs on the door. She sleeps in Mum's bed most nights. At nursery she loves
the sand tray and she holds Jo's hand at home time until Mum comes. When she sees her dad at Nana Jean's
she runs to him with her drawings, and afterwards she is quiet for the rest of the day.

## What we want to be different

- Me and Poppy feel safe at home, and nobody hurts or frightens anyone in our house.
- I don't have to look after Poppy or make the tea, because a grown-up does that.
- Me and Poppy are looked after by Mum every day, even on days when her worries are bad, because she has
  help with them.
- Poppy sees her dad safely, with a grown-up watching all the time.
- I go to school every day and go to art club on Thursdays.

## The grown-ups who help us

- **Mum** — Chloe Sutcliffe
- **Rachel** — Rachel Osei, my social worker, Glimmerdale Children's Services
- **Mrs Kaur** — Mrs Harpreet Kaur, deputy head and safeguarding lead at Larkhill Primary
- **Becky** — Becky Lang, play worker at Glimmerdale Children's Centre
- **Jo** — Jo Bennett, Poppy's key worker at Little Wrens Nursery
- **Sam** — Sam Adeyemi, Mum's therapist at Glimmerdale Talking Therapies (NHS)
- **Dr Lowe** — Dr Martin Lowe, our GP at Glimmerdale Health Centre
- **Kim** — Kim Roberts, Mum's domestic abuse worker (IDVA) at Glimmerdale Safer Homes
- **Nana Jean** — Jean Hollis, Poppy's nan (Mark's mum)
- **Mark** — Poppy's dad

## What the grown-ups will do

- **Rachel** will come to see me and Poppy at home every week until my review meeting, and every other
  week she will see me on my own in my room or at school. How we'll know: Rachel writes down what I say
  each time and brings it to every grown-ups' meeting.
- **Becky** will do 8 Worry Monster sessions with me on Tuesday afternoons at school, starting on
  04/11/2025. How we'll know: I fill in my worry thermometer at the start and the end, and Becky sends
  Rachel my scores after session 4 and session 8.
- **Mrs Kaur** will check every morning that I'm in school and have had breakfast, and I can go to her
  room whenever I'm worried. She will phone Rachel the same day if I'm not in. How we'll know: Mrs Kaur
  emails Rachel my attendance every Friday.
- **Jo** will write in Poppy's nursery diary how she is at every session (Monday to Thursday mornings),
  and tell Rachel the same day if Poppy says or shows anything worrying. How we'll know: Jo sends Rachel a
  note every Friday with the days Poppy came and how she was.
- **Mum** will go to her session with Sam every Thursday and practise her breathing every day, so she can
  look after me and Poppy when her worries come. How we'll know: Mum keeps a diary of the days she made
  our tea and shows Rachel at each visit, and Sam tells Rachel which sessions Mum went to.
- **Sam** will see Mum every Thursday for 12 weeks of CBT from 23/10/2025, and write to Rachel after
  session 6 and at the end to say whether Mum is able to make the changes she needs to look after me and
  Poppy, and how long it is likely to take. How we'll know: Sam's two letters are on Rachel's file, the first
  before the grown-ups' meeting on 01/12/2025 and the second before my review conference.
- **Dr Lowe** will see Mum by 14/11/2025 to check her medicine for the panic attacks. How we'll know:
  Dr Lowe writes to Rachel by 21/11/2025 to say what was decided.
- **Kim** will meet Mum every two weeks until my review meeting to keep our safety plan up to date (the
  locks, the doorbell camera, what to do if Mark comes). How we'll know: Kim sends Rachel the new safety
  plan after every meeting.
- **Mark** will go to the Changing Tracks course for dads who have hurt someone at home, every Monday
  evening for 24 weeks from 03/11/2025. How we'll know: the course worker sends Rachel a report after
  every 6 sessions saying which ones he came to and what he has learned about how it hurt me and Poppy.
- **Nana Jean** will have Poppy and Mark at her house every Saturday from 10 o'clock to 12 o'clock and
  stay in the room the whole time, and Mark will not come to our house. How we'll know: Nana Jean writes in
  the contact book every Saturday and Rachel reads it at her next visit.
- **Rachel** will help Mum get me a place at Dragons art club at the library by 28/11/2025. How we'll know:
  I go to my first club by 04/12/2025 and the club register shows me there every Thursday after that.

## If things go wrong (this part is for the grown-ups)

- If Mark comes to our house or phones Mum, Mum will ring 999. The police come quickly because our house
  has had a police marker since August. Rachel will have a strategy meeting with the police the same day,
  and Poppy's Saturdays at Nana Jean's will stop until the next grown-ups' meeting.
- If Mum can't get up or look after us for a whole day, she will ring Rachel (or the out-of-hours team).
  Mrs Kaur will keep me at after-school club until 5.30pm and Rachel will visit that day to make sure
  there is a grown-up to look after us. If there isn't, me and Poppy will stay together with foster
  carers that night.
- If Nana Jean can't watch the Saturday visit (she's poorly or away), Poppy will see her dad that week at
  the Glimmerdale Family Centre with a contact worker watching, or not at all. Mark will never see Poppy
  without a grown-up watching.
- If Mark comes to our house again or breaks his court order, if Mum lets him back in, or if Sam's letters
  say Mum can't make the changes in time, Rachel will ask her manager for a legal planning meeting within 5
  working days. That is a meeting with the council's lawyers to decide if a judge needs to help keep us
  safe.

## My safety plan

- If I'm scared at home, I will take Poppy to my room and ring 999 on Mum's old phone, which is charged and
  kept in my drawer.
- At school I can go to Mrs Kaur's room any time, and I don't have to say why.

## The grown-ups' meetings

- The core group (the grown-ups who check my plan): every four weeks, Mondays at 3.45pm at Larkhill
  Primary: 03/11/2025, 01/12/2025 and 05/01/2026.
- My review child protection conference: 15/01/2026 at Glimmerdale Town Hall. I can go to the first part
  if I want.
- Rachel will ask me what I think before every meeting and tell the grown-ups what I said.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Pre-birth plan set out by agency: mother a care leaver with depression
#    and self-harm, father's cannabis use and violence, a former foster carer
#    who helps. Each section headed by its lead, numbered items with "By:"
#    and "We will see:", an "Agreed by:" line under each. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b158_grellingford_prebirth_agency_sections_agreed_by_greaves.pdf",
    "doc_title": "Pre-birth Child Protection Plan - baby of Natalie Greaves",
    "split": "tune",
    "actions": 17,
    "header": "OFFICIAL – SENSITIVE · Grellingford MBC · Pre-birth plan, baby of Natalie Greaves",
    "footer": "Pre-birth ICPC 14/10/2025 · Review conference 26/01/2026 · Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "template": "prebirth-icpc-plan-word-printed-to-pdf-page-header-footer-with-review-date-details-kv-why-going-well-babys-world-parents-say-outcomes-then-one-section-per-agency-headed-by-its-lead-numbered-items-with-by-and-we-will-see-agreed-by-signature-line-under-each-section-contingency-meetings",
    "description": (
        "Exemplary pre-birth plan made at 28 weeks for the baby of a 20-year-old care leaver with "
        "depression and a past overdose, whose partner smokes cannabis daily and has been violent. "
        "A Word plan printed to PDF with a header and a footer that also carries the review date: "
        "why there is a plan, what is going well, the baby's world, the parents' words, outcomes, "
        "then one section per agency headed by its lead (social care, midwifery, perinatal mental "
        "health, drug service, health visiting, leaving care, the parents, the former foster "
        "carer), each numbered item giving 'By:' (dates, weeks of pregnancy, birth and discharge "
        "events) and 'We will see:', and an 'Agreed by:' line under each section. Both perinatal "
        "mental health items assess change, the former foster carer's nights have a fallback, "
        "legal planning before 36 weeks follows named triggers, core group and review dates are "
        "set."
    ),
    "blocks": [
        ("title", "Pre-birth Child Protection Plan"),
        ("p", "Grellingford Metropolitan Borough Council · Children's Social Care · Pre-birth and Infant Team"),
        ("kv", [
            ("Unborn baby", "Baby of Natalie Greaves, a girl, due 06/01/2026 (28 weeks' pregnant at the "
                            "conference)"),
            ("Mother", "Natalie Greaves (20), 6 Coppice Court, Grellingford GR2 5PE; care leaver, supported by "
                       "the Leaving Care Service"),
            ("Father", "Josh Whitby (22), lives with Natalie"),
            ("Natalie's former foster carer", "Bev Ashworth, 19 Linnet Way, Grellingford (Natalie lived with "
                                              "her from 12 to 18)"),
            ("Conference", "Pre-birth initial child protection conference, 14/10/2025. Category: neglect. "
                           "Chair: Robert Ng"),
            ("Social worker", "Amara Nwosu, Pre-birth and Infant Team (team manager: Lisa Clegg)"),
        ]),
        ("h1", "Why there is a plan"),
        ("p", "Natalie has depression and has self-harmed since she was 14. In March 2025, before she knew she "
              "was pregnant, she took an overdose and spent two nights in Grellingford General Hospital; she is "
              "now seen by the Grellingford Perinatal Mental Health Team. Josh smokes cannabis every day, "
              "including in the flat. Police were called to the flat twice this summer after arguments; on "
              "02/08/2025 Josh punched a hole in the bedroom door and pushed Natalie against the wall when she "
              "was 18 weeks' pregnant. Natalie grew up in care and has no family she is in touch with."),
        ("h1", "What is going well"),
        ("bullets", [
            "Natalie has been to every antenatal appointment since 16 weeks.",
            "Josh registered with the Grellingford Drug and Alcohol Service on 02/10/2025 and says he now "
            "smokes on the balcony, not inside.",
            "Bev visits Natalie twice a week and Natalie rings her when she feels low.",
            "The flat is warm, and a cot and a Moses basket are set up in the bedroom.",
        ]),
        ("h1", "The baby's world"),
        ("p", "The 20-week scan on 26/08/2025 was normal and the baby is growing on the 50th centile. Natalie "
              "says the baby kicks hardest at night and when Josh plays his music loud. On the social worker's "
              "visit on 07/10/2025 the flat smelled of cannabis, and Natalie said the baby is around smoke most "
              "evenings. Josh has built the cot and painted a border of stars above it. At present the baby "
              "would come home to a flat where the adults still argue and cannabis is smoked, and to a mother "
              "whose mood dips most in the evenings."),
        ("h1", "What Natalie and Josh say"),
        ("p", "Natalie: “She's going to have a proper bedtime and a story every night. Nobody did that for "
              "me.” Josh: “I know I've got to stop the weed. I don't want her growing up round what I grew up "
              "round.”"),
        ("h1", "What we want for the baby"),
        ("numbers", [
            "The baby is born safely and goes home only when a written discharge plan has been agreed and the "
            "flat is smoke-free.",
            "The baby is fed, held and settled by parents who are sober and notice her cues, and she gains "
            "weight along her birth centile.",
            "The baby sleeps safely on her back in her own cot in a home where nobody smokes cannabis.",
            "The baby never sees or hears arguments or violence between the adults who look after her.",
        ]),
        ("h1", "Who will do what"),
        ("p", "The plan is set out by agency. Each section is headed with the person who leads it, every numbered "
              "item says by when and what we will see, and each lead has signed to agree their section."),
        ("h2", "1. Children's social care – Amara Nwosu, social worker"),
        ("pi", "1.1 Visit Natalie and Josh at home every week until the birth, one visit in three unannounced, and "
               "check the flat for smoke and the baby's sleeping space. By: weekly from 16/10/2025. We will see: "
               "visit records noting any smell of smoke, the cot, and what Natalie and Josh say about the baby."),
        ("pi", "1.2 Complete a pre-birth parenting assessment of Natalie and Josh. By: 34 weeks' pregnancy "
               "(25/11/2025). We will see: the written assessment shared with the parents and discussed at the "
               "core group on 02/12/2025."),
        ("pi", "1.3 Hold a discharge planning meeting on the postnatal ward with the parents, the midwife and the "
               "health visitor. By: before the baby is discharged. We will see: a written discharge plan sent to "
               "everyone in this plan within one working day of the meeting."),
        ("pi", "1.4 Visit the baby at home. By: within 24 hours of discharge, then twice a week for four weeks, "
               "then weekly until the review conference. We will see: visit records showing the baby seen awake, "
               "where she sleeps and how she is fed."),
        ("p", "Agreed by: Amara Nwosu, social worker – signed 14/10/2025"),
        ("h2", "2. Midwifery – Hannah Lowe, specialist safeguarding midwife, Grellingford Maternity Unit"),
        ("pi", "2.1 Ask Natalie about her mood and her safety at every antenatal appointment and complete the "
               "EPDS mood questionnaire with her. By: every appointment from 28 weeks (fortnightly to 36 weeks, "
               "then weekly). We will see: EPDS scores and safety answers in the maternity notes, emailed to Amara "
               "after each appointment."),
        ("pi", "2.2 Put a safeguarding alert and this plan on Natalie's maternity record, so that the labour ward "
               "phones Amara, or the Emergency Duty Team out of hours, when Natalie is admitted. By: 21/10/2025. "
               "We will see: the alert confirmed to Amara by email by 21/10/2025."),
        ("pi", "2.3 Observe Natalie and Josh feeding, changing and settling the baby on the postnatal ward. By: "
               "every shift from the birth until discharge. We will see: shift records of what was seen, given "
               "to Amara for the discharge planning meeting."),
        ("p", "Agreed by: Hannah Lowe, specialist safeguarding midwife – signed 14/10/2025"),
        ("h2", "3. Perinatal mental health – Dr Imogen Clarke, consultant perinatal psychiatrist, and Tariq "
               "Hussain, perinatal mental health nurse"),
        ("pi", "3.1 Tariq will see Natalie at home, check her mood, medication and self-harm risk, write a relapse "
               "and crisis plan with her, and tell each core group whether she is making and keeping the changes "
               "the baby will need and how long that is likely to take. By: every two weeks from 21/10/2025 until "
               "the baby is 12 weeks old; crisis plan by 32 weeks (11/11/2025). We will see: the crisis plan "
               "copied to Amara by 11/11/2025 and Tariq's written update before each core group."),
        ("pi", "3.2 Dr Clarke will assess Natalie's mental health, her risk of relapse after the birth and her "
               "capacity to make the changes the baby will need, with the likely timescale. By: 34 weeks "
               "(25/11/2025). We will see: the written assessment sent to Amara and shared at the core group on "
               "02/12/2025."),
        ("p", "Agreed by: Dr Imogen Clarke and Tariq Hussain – signed 16/10/2025"),
        ("h2", "4. Grellingford Drug and Alcohol Service – Paul Denton, recovery worker"),
        ("pi", "4.1 Key-work with Josh with a urine screen at each session, and a written report to each core "
               "group on whether he has stopped smoking cannabis, what that means for the baby, and how long "
               "further change is likely to take. By: every Tuesday; report two working days before each core "
               "group. We will see: screen results and the report on Amara's file before every core group."),
        ("p", "Agreed by: Paul Denton, recovery worker – signed 14/10/2025"),
        ("h2", "5. Health visiting – Sophie Marsh, health visitor, Grellingford Community Health"),
        ("pi", "5.1 Antenatal visit with Natalie and Josh about safe sleep, feeding and a smoke-free home. By: 32 "
               "weeks (11/11/2025). We will see: the signed safe-sleep checklist on Natalie's health visiting "
               "record and copied to Amara."),
        ("pi", "5.2 Visit the baby at home and weigh her. By: within two days of discharge, then every week until "
               "she is 8 weeks old. We will see: weights plotted in the red book and sent to Amara, with the baby "
               "on or above her birth centile."),
        ("p", "Agreed by: Sophie Marsh, health visitor – signed 14/10/2025"),
        ("h2", "6. Leaving Care Service – Jordan Pike, personal adviser"),
        ("pi", "6.1 Help Natalie claim her maternity grant and set up a weekly budget so that there is money for "
               "the baby's nappies, milk and clothes. By: 30/11/2025. We will see: the grant award letter and the "
               "budget sheet seen by Amara, and the baby's list of things ticked off at Jordan's visit at 36 "
               "weeks."),
        ("p", "Agreed by: Jordan Pike, personal adviser – signed 15/10/2025"),
        ("h2", "7. Natalie and Josh"),
        ("pi", "7.1 Josh will not smoke cannabis in the flat, or near Natalie or the baby, and will give a urine "
               "screen at every Tuesday key-work session. By: every day from 14/10/2025. We will see: negative "
               "screens from 25/11/2025, and no smell of cannabis at any visit by Amara, Sophie or Hannah."),
        ("pi", "7.2 Natalie and Josh will go together to the Baby Steps antenatal parenting group at Coppice "
               "Court Children's Centre. By: every Thursday, six sessions from 06/11/2025 to 11/12/2025. We will "
               "see: the group register showing at least five of six sessions for each of them, and the group "
               "leader's end-of-course note to Amara."),
        ("pi", "7.3 Josh will start the Grellingford Safer Together programme for men who have used violence in "
               "a relationship. By: first session by 20/11/2025, then weekly for 20 weeks. We will see: the "
               "programme worker's report to Amara after every fifth session."),
        ("p", "Agreed by: Natalie Greaves and Josh Whitby – signed 14/10/2025"),
        ("h2", "8. Bev Ashworth, Natalie's former foster carer"),
        ("pi", "8.1 Visit Natalie every Monday and Thursday afternoon until the birth, and stay at the flat for "
               "the first three nights after the baby comes home to help with night feeds. By: Mondays and "
               "Thursdays from 20/10/2025; the first three nights after discharge. We will see: Bev texts Amara "
               "after each visit and each night, and Amara checks the feed chart Bev keeps at the flat."),
        ("p", "Agreed by: Bev Ashworth – signed 14/10/2025"),
        ("h1", "If things don't go to plan"),
        ("bullets", [
            "When Natalie is admitted in labour, the ward phones Amara (or the Emergency Duty Team out of "
            "hours) straight away. The baby will not go home until the discharge planning meeting (1.3) has "
            "been held.",
            "If Natalie self-harms, tells anyone she has thoughts of harming herself or the baby, or Tariq sees "
            "her warning signs, Tariq arranges an assessment by the perinatal crisis team the same day. After "
            "the birth the baby will be cared for by Josh only if he is sober and Bev is staying at the flat, "
            "and Amara will hold a strategy discussion the same day.",
            "If Josh has a positive screen after 25/11/2025, or anyone smells cannabis in the flat after the "
            "birth, Josh will stay at his brother's (12 Alder Street) and will not care for the baby on his own "
            "until he has had two negative screens in a row.",
            "If there is another argument with any violence, Natalie will call 999, Josh will leave the flat, "
            "Amara will hold a strategy discussion with Grellingford Police the same day, and Natalie and the "
            "baby will go to Bev's home that night.",
            "If Bev cannot visit or stay (she is ill, away or it is too much for her), Sophie will visit every "
            "day for the first week instead, and if there is no sober adult with Natalie at night in the first "
            "three nights, Amara will arrange a parent-and-baby foster placement for Natalie and the baby from "
            "discharge.",
            "If Dr Clarke's assessment or the parenting assessment says the parents cannot make the changes in "
            "the baby's timescale, or if Josh's screens are still positive at 34 weeks, Amara will ask Lisa "
            "Clegg for a legal planning meeting before 36 weeks (by 09/12/2025) to decide whether to start the "
            "PLO before the birth.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group: 28/10/2025 and 02/12/2025 at Coppice Court Children's Centre, 10am; then within 10 "
            "working days of the birth; then 20/01/2026.",
            "Review child protection conference: 26/01/2026, 2pm, Grellingford Town Hall.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. First review conference plan in clipped case notes: neglect, mother's
#    low mood and drinking, her partner's drinking, two children 11 and 7.
#    Landscape Word table split by the Assessment Framework's three domains.
#    Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b158_gaddlewick_rcpc_framework_domain_banners_clipped_notes_farrow.docx",
    "doc_title": "Child Protection Plan (Review) - Mason and Lily Farrow",
    "split": "tune",
    "actions": 14,
    "landscape": True,
    "template": "rcpc-plan-docx-landscape-clipped-case-notes-abbreviations-details-kv-summary-of-risk-progress-since-icpc-childrens-views-outcomes-then-task-key-person-target-date-success-criteria-table-split-by-assessment-framework-domain-banner-rows-contingency-cgm-dates",
    "description": (
        "First review conference plan for an 11-year-old and a 7-year-old (neglect; the mother's "
        "low mood and drinking, her partner's drinking), written in clipped case notes (SW, DSL, "
        "CGM, FSW, wkly, w/c, f/up). A landscape Word table (Task / Key person / Target date / "
        "Success criteria) split by banner rows for the Assessment Framework's three domains. Most "
        "rows are sound (weekly visits, school checks, breath tests, the alcohol service's report "
        "on change, the aunt's Saturdays). Faults: the school nurse's health check has no success "
        "criteria; the CPN only gives support sessions; the mother's GP review is 'as and when "
        "she feels able'; the family support worker's sessions are measured by 'Engagement'; "
        "'Core group' is to share concerns 'Ongoing'; the housing repair has no key person; one "
        "outcome is only about the mother; and nothing says legal planning follows if progress "
        "stalls."
    ),
    "blocks": [
        ("title", "Child Protection Plan – Review"),
        ("p", "Gaddlewick Borough Council · Children's Social Care · Locality Team 2"),
        ("kv", [
            ("Children", "Mason Farrow (11), DOB 17/03/2014, Yr 7 Gaddlewick High; Lily Farrow (7), DOB "
                         "09/05/2018, Yr 3 St Bede's RC Primary"),
            ("Address", "31 Colliery Terrace, Gaddlewick GD6 4NS"),
            ("Household", "Danielle Farrow (38), mum; Craig Dobson (41), mum's partner (not the chn's father)"),
            ("Wider family", "Tina Farrow (MA – maternal aunt), 4 Pit Lane, Gaddlewick"),
            ("Category", "Neglect. ICPC 19/08/2025; RCPC1 10/11/2025 (this plan)"),
            ("SW", "Sarah Kingdom (TM: Phil Okereke)"),
            ("Chair / IRO", "Janet Morrow"),
        ]),
        ("h1", "Summary of risk"),
        ("p", "Referral from St Bede's 07/2025 – Lily repeatedly hungry, head lice untreated, toothache. Home "
              "visit 05/08/2025: no food in house, dog mess on landing, Lily's bedroom window broken + boarded, "
              "no heating. Danielle – low mood since 2023, on sertraline (GP), open to Gaddlewick CMHT since "
              "09/2025; drinks wine most afternoons by own account. Craig drinks heavily at wkends; 2 x police "
              "call-outs (verbal arguments, no assault recorded). Mason doing the shopping + getting Lily to "
              "school most days."),
        ("h1", "Progress since ICPC"),
        ("bullets", [
            "SW visits wkly since ICPC, 4 unannounced. Food in house at 9 of 12 visits.",
            "Danielle has attened 5 of 6 alcohol service sessions; 2 of 5 breath tests positive (both Mondays).",
            "Lily's attendance up from 84% to 93%; Mason 96%.",
            "Craig assessed by alcohol service 16/10/2025 – not yet started key-work.",
            "Window still boarded – housing repair not yet booked.",
        ]),
        ("h1", "Children's views"),
        ("p", "Mason (seen alone at school 04/11/2025): “It's better than before cos there's food now. I still "
              "have to do Lily's hair cos Mum's asleep. I wish Craig would go to his mate's at weekends.” "
              "Scored home 5/10 (was 3 at ICPC)."),
        ("p", "Lily (seen alone at home, her bedroom, 31/10/2025): “I like my school breakfast. My window is cold "
              "and it's got wood on it. Auntie Tina does my nails on Saturday.” Drew Mum in bed and herself "
              "watching TV. Scored home 6/10."),
        ("h1", "Outcomes"),
        ("bullets", [
            "Mason and Lily have food, clean clothes and a warm bedroom every day.",
            "Lily's head lice and toothache are treated and she is registered with a dentist.",
            "Danielle will be abstinent from alcohol and her mood will be stable.",
            "Mason no longer does the shopping or gets Lily ready for school – an adult does.",
            "Both chn at school 95%+ and on time.",
        ]),
        ("h1", "Plan"),
        ("p", "Key: SW – social worker; DSL – designated safeguarding lead; FSW – family support worker; CGM – "
              "core group meeting; MA – maternal aunt; LCS – the case recording system."),
        ("table", {
            "header": ["Task", "Key person", "Target date", "Success criteria"],
            "widths": [9.0, 5.0, 4.2, 7.5],
            "rows": [
                ["Child's developmental needs", H, H, H],
                ["SW to visit M + L at home wkly, min 1 in 3 unannounced; see both chn alone and check food "
                 "in house",
                 "Sarah Kingdom, SW",
                 "Wkly until RCPC2",
                 "Visit recs on LCS show both chn seen each wk + alone; chn's words recorded; food noted at "
                 "each visit"],
                ["Daily attendance check for Mason; call SW same day if absent w/o reason",
                 "Mr P Dutton, DSL, Gaddlewick High",
                 "Daily from 10/11/2025",
                 "Attendance emailed to SW every Fri; 95%+ by RCPC2"],
                ["Breakfast club place for Lily + daily attendance check; call SW same day if absent or if Lily "
                 "arrives hungry",
                 "Mrs A Roe, DSL, St Bede's",
                 "Every school day",
                 "Breakfast club register + attendance emailed to SW every Fri"],
                ["School nurse health assessment for Lily (head lice, dental pain) and f/up referral to dentist",
                 "Kelly Ward, school nurse",
                 "By 05/12/2025",
                 ""],
                ["Direct work with Mason re what home is like and being a young carer (3 sessions) + referral "
                 "to Gaddlewick Young Carers",
                 "Sarah Kingdom, SW",
                 "3 sessions by 19/12/2025; referral by 21/11/2025",
                 "Mason's worksheets on file; young carers acceptance letter on LCS"],
                ["Parenting capacity", H, H, H],
                ["Danielle not to drink while caring for chn; key-work + breath test at Gaddlewick Alcohol "
                 "Service wkly",
                 "Danielle Farrow (mum)",
                 "Wkly (Weds) from 12/11/2025",
                 "Breath tests neg at every session + at SW unannounced visits"],
                ["Key-work with Danielle + Craig incl breath testing; written report to each CGM on whether "
                 "drinking has changed and likely timescale for the chn",
                 "Jon Pereira, recovery worker, Gaddlewick Alcohol Service",
                 "Wkly; report 2 working days before each CGM",
                 "Report on LCS before each CGM"],
                ["Support sessions with Danielle re low mood",
                 "Ros Ibbotson, CPN, Gaddlewick CMHT",
                 "Fortnightly from 17/11/2025",
                 "Attendance recorded by CMHT + sent to SW"],
                ["Mum to attend GP re medication review",
                 "Danielle Farrow (mum)",
                 "As and when she feels able",
                 "GP letter to SW"],
                ["FSW home sessions: routines, meals, bedtimes, tidy chn's rooms",
                 "Gemma Shaw, FSW",
                 "Tues + Thurs 4-6pm, 8 wks from w/c 17/11/2025",
                 "Engagement with FSW"],
                ["Craig to start key-work at Gaddlewick Alcohol Service following his assessment",
                 "Craig Dobson (mum's partner)",
                 "First session by 28/11/2025, then wkly",
                 "Attendance record + breath test results sent to SW before each CGM"],
                ["Family and environmental factors", H, H, H],
                ["Share any concerns about the children's presentation or home conditions with SW",
                 "Core group",
                 "Ongoing",
                 "Concerns logged on LCS"],
                ["Housing repair – broken window in Lily's room + boiler service",
                 "-",
                 "By 28/11/2025",
                 "Repair completion notice to SW; SW sees window fixed at next visit"],
                ["Have M + L every Sat 10am-4pm at Pit Lane; be the safe adult the chn phone if Mum or Craig "
                 "have been drinking",
                 "Tina Farrow (MA)",
                 "Every Sat; same day if chn phone",
                 "Tina texts SW Sat eve; SW checks with chn at next visit that they have Tina's number"],
            ],
        }),
        ("h1", "Contingency"),
        ("p", "If chn found w/o a sober adult, if there is a DV incident, or if Danielle or Craig are found drunk "
              "while caring for the chn: SW (or EDT out of hours) to hold strategy discussion same day; chn to "
              "stay with Tina at 4 Pit Lane; Craig to leave the home until the next CGM."),
        ("p", "If Tina is unable to have the chn (ill / away / can't manage): SW to place M + L together with "
              "Gaddlewick foster carers same day."),
        ("h1", "Core group / review"),
        ("bullets", [
            "CGM every 4 wks, Tues 3.30pm, Gaddlewick High: 02/12/2025, 06/01/2026, 03/02/2026.",
            "RCPC2: 03/03/2026, 10am, Gaddlewick Town Hall.",
        ]),
        ("p", "Plan agreed at RCPC1 10/11/2025. Copies to Danielle, Craig, Tina + all agencies above."),
    ],
    "findings": [
        F("F002", "Danielle will be abstinent from alcohol and her mood will be stable."),
        F("M001", "School nurse health assessment for Lily"),
        F("H001", "Support sessions with Danielle re low mood"),
        F("T002", "Mum to attend GP re medication review"),
        F("M002", "FSW home sessions: routines, meals, bedtimes"),
        F("W002", "Share any concerns about the children's presentation"),
        F("T002", "Share any concerns about the children's presentation"),
        F("W001", "Housing repair – broken window in Lily's room"),
        F("R002"),
    ],
})
