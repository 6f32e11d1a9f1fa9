"""Batch 12, module 1: seven fictional files (tuning material).

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.

The focus of the batch is good plans in unusual layouts: five of the seven
plans are exemplary (no findings); two have a few realistic faults.
"""
from build_batch5 import F, H, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. ICPC minutes; the plan is a run of typed-numbered "Agreed:" decisions
#    with the lead, the date and the evidence inside each sentence (docx).
#    Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b12_ambleford_icpc_minutes_decisions_okafor.docx",
    "doc_title": "ICPC Minutes and Child Protection Plan - Adaeze and Tobenna Okafor",
    "split": "tune",
    "template": "icpc-minutes-typed-numbered-agreed-decisions",
    "description": (
        "Exemplary initial conference minutes for two children (domestic abuse, father's drinking) whose "
        "plan is a run of typed-numbered 'Agreed:' decisions with the lead, the date and the evidence "
        "written inside each sentence; the alcohol service reports on the father's drinking, contact is "
        "supervised at a family centre, a specific contingency names an aunt and a foster-care fallback, "
        "core group and review dates are set and legal planning follows insufficient progress."
    ),
    "blocks": [
        ("title", "Initial Child Protection Conference – Minutes"),
        ("p", "Ambleford Borough Council – Safeguarding and Quality Assurance Unit"),
        ("kv", [
            ("Children", "Adaeze Okafor, born 14/06/2016 (8); Tobenna Okafor, born 02/10/2021 (3)"),
            ("Address", "41 Wharfside Terrace, Ambleford"),
            ("Date and venue", "12/03/2025, 10am, Ambleford Civic Offices, Meeting Room 4"),
            ("Chair", "Helen Marsh, Independent Child Protection Chair"),
            ("Minutes", "Joel Adebayo, business support"),
            ("Present", "Ngozi Okafor (mother); Daniel Okafor (father, part 1 only); Priya Nair (SW, "
                        "Ambleford Family Safeguarding Team); Mrs Joanne Akers (DSL, St Botolph's Primary); "
                        "Ruth Hollis (keyworker, Little Owls Nursery); Aisha Rahman (HV); DC Mark Stead "
                        "(Ambleford Police, Public Protection Unit); Sian Morley (IDVA, Ambleford Domestic "
                        "Abuse Service); Tom Reddy (Clearwater Recovery)"),
            ("Apologies", "Dr Farah Siddiqui (GP) – report submitted"),
        ]),
        ("h2", "1. Introductions and purpose"),
        ("p", "The chair welcomed everyone and explained that the conference would decide whether Adaeze "
              "and Tobenna are likely to suffer significant harm and, if so, agree a child protection plan. "
              "Ngozi and Daniel had each been given the social worker's report two days before. Daniel took "
              "part in the first half of the meeting separately from Ngozi, as agreed with the IDVA, and "
              "left before the decision."),
        ("h2", "2. Information shared"),
        ("p", "Priya Nair (SW) said the police had been called to the family home three times since October. "
              "On 28 February Daniel came home drunk, broke the kitchen door and pushed Ngozi against the "
              "fridge while Adaeze was in the room holding Tobenna. Daniel was arrested and is on bail not "
              "to go to Wharfside Terrace; he is staying with his brother in Coldhurst."),
        ("p", "Daniel told conference that he drinks \"ten or twelve cans\" on Fridays and Saturdays and "
              "sometimes in the week, and that he does not remember breaking the door. He said he loves his "
              "children and wants to see them. Ngozi said she wants Daniel to get help but is not ready for "
              "him to come home."),
        ("p", "Mrs Akers (school) said Adaeze's attendance is 94% but she has been tearful in class and told "
              "her teacher she \"had to be the mum\" on the night of the incident. Ruth Hollis (nursery) said "
              "Tobenna has started hitting other children and startles when doors bang. Aisha Rahman (HV) "
              "said Tobenna's 2½-year review is overdue. DC Stead confirmed that the bail conditions run "
              "until the court hearing on 22 April."),
        ("h2", "3. The children's views and daily life"),
        ("p", "Adaeze met the SW on her own at school on 6 March. She said: \"When Daddy drinks he goes loud "
              "and then he goes scary. I took Tobi upstairs and put the telly on.\" She said she misses her "
              "dad and wants to see him \"when he's normal\", and that the best thing at the moment is "
              "\"Mummy doing my braids on Sunday\". Her three wishes were for Daddy to stop the cans, a dog, "
              "and a place in the school netball team."),
        ("p", "Tobenna is too young to give his views in words. At nursery he was seen to play happily in "
              "the sand tray and to go quiet and hold on to his keyworker when a door slammed. At home on "
              "7 March he ran to Ngozi for a cuddle and showed the SW his toy bus."),
        ("h2", "4. Conference decision"),
        ("p", "All agencies agreed that Adaeze and Tobenna are likely to suffer significant harm. Decision: "
              "both children to be subject to child protection plans under the category of emotional abuse. "
              "Key worker: Priya Nair (SW)."),
        ("h2", "5. What the plan must achieve for Adaeze and Tobenna"),
        ("bullets", [
            "Adaeze and Tobenna live in a home with no shouting, pushing or broken doors, and Adaeze can "
            "tell her SW and her teacher that she feels safe at home.",
            "Adaeze and Tobenna see their dad only when he is sober and another adult is with them, and "
            "they come back from contact calm.",
            "Tobenna stops hitting other children at nursery and his 2½-year review shows he is where he "
            "should be for his age.",
            "Adaeze no longer feels she has to look after Tobenna when the adults argue.",
        ]),
        ("h2", "6. Actions agreed – the child protection plan"),
        ("pi", "6.1  Agreed: Priya Nair (SW) will see Adaeze and Tobenna at home every week from 17 March "
               "2025, at least every other visit unannounced, and see Adaeze on her own each time; her visit "
               "notes will record what Adaeze says and how Tobenna is."),
        ("pi", "6.2  Agreed: family support worker Leanne Cho will supervise Daniel's contact with the "
               "children at Ambleford Family Centre every Wednesday, 4pm to 5.30pm, from 19 March 2025, and "
               "her contact notes will record whether Daniel arrived sober and how each child responded."),
        ("pi", "6.3  Agreed: Tom Reddy of Clearwater Recovery will complete an alcohol assessment with Daniel "
               "by 4 April 2025, breath-test him at every appointment, and send the SW a written report on "
               "his drinking and what it means for his care of the children before each core group."),
        ("pi", "6.4  Agreed: Sian Morley (IDVA) will complete a risk assessment and safety plan with Ngozi by "
               "28 March 2025, including what Adaeze should do and who she should ring if there is shouting, "
               "and give the SW a signed copy."),
        ("pi", "6.5  Agreed: Daniel will start the Ambleford Choose to Change domestic abuse programme by "
               "30 April 2025, and the facilitator, Gareth Pugh, will send the SW an attendance and progress "
               "report every 6 weeks."),
        ("pi", "6.6  Agreed: from today, 12 March 2025, Ngozi will not let Daniel into the family home and "
               "will ring 999 if he comes to the house; police call records and what Adaeze tells the SW at "
               "each visit will show whether this is happening."),
        ("pi", "6.7  Agreed: Mrs Akers (DSL) will arrange a session for Adaeze with the learning mentor, "
               "Mr Colin Frith, every Thursday from 20 March 2025 and pass anything Adaeze says about home to "
               "the SW the same day; the mentor's notes will go to the SW before each core group."),
        ("pi", "6.8  Agreed: Ruth Hollis (nursery keyworker) will record Tobenna's attendance and any hitting, "
               "startling or toileting accidents each day, and email the SW a summary every Friday with the "
               "number of hitting incidents that week."),
        ("pi", "6.9  Agreed: Aisha Rahman (HV) will complete Tobenna's 2½-year review at home by 11 April 2025 "
               "and send the SW his ASQ-3 scores and any referral for speech and language therapy."),
        ("pi", "6.10  Agreed: DC Mark Stead will tell the SW and Ngozi the outcome of Daniel's court hearing "
               "on 22 April 2025 the same day, and any change to his bail conditions will be recorded on the "
               "children's file."),
        ("h2", "7. Contingency plan"),
        ("p", "If Daniel comes to Wharfside Terrace, contacts Ngozi against his bail conditions, or arrives at "
              "contact smelling of alcohol, Ngozi (or the contact worker) will ring 999, contact will stop, "
              "and the SW will hold a strategy discussion the same working day. If Ngozi lets Daniel back "
              "into the home, Adaeze and Tobenna will stay with their maternal aunt, Chioma Eze, at 9 Larkspur "
              "Road, Ambleford, who came to the pre-meeting and has agreed. If Chioma cannot take them, the "
              "SW or the emergency duty team will place them together with Ambleford foster carers the same "
              "day."),
        ("h2", "8. Core group and review"),
        ("bullets", [
            "Core group: every 4 weeks; first meeting 25/03/2025 at 3.30pm at St Botolph's Primary, then "
            "22/04/2025 and 20/05/2025.",
            "Review child protection conference: 10/06/2025 at 10am, Ambleford Civic Offices.",
            "If by the review conference Daniel has not started Choose to Change, or there has been a further "
            "incident of violence, the SW's team manager will request a legal planning meeting to consider "
            "the Public Law Outline.",
        ]),
        ("h2", "9. Parents' views of the plan"),
        ("p", "Ngozi agreed with the plan and asked for more help for Adaeze at school. Daniel was not present "
              "for the decision; the chair's letter and a copy of this plan were sent to him on 13/03/2025."),
        ("p", "Minutes approved by the chair on 14/03/2025. Distribution: everyone present and the GP."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Welsh / English headings; the outcome is merged down the FIRST column,
#    then What will happen | Who and when | How we will know (docx).
#    Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b12_aberwennol_bilingual_outcome_first_pritchard.docx",
    "doc_title": "Cynllun Amddiffyn Plant / Child Protection Plan - Osian and Cerys Pritchard",
    "split": "tune",
    "template": "bilingual-welsh-english-merged-outcome-first-column",
    "description": (
        "Exemplary ICPC plan for a 10-month-old and a 6-year-old (mother's postnatal depression, father "
        "working away) with Welsh/English headings and the child's outcome merged down the first column, "
        "owner and date sharing a 'Pwy a phryd / Who and when' cell; the perinatal service is asked to "
        "assess capacity to change, the GP owns a medication row, the grandmother's mornings are covered "
        "by a named fallback, core group and review dates, legal planning meeting."
    ),
    "check_vmerge": 3,
    "blocks": [
        ("title", "Cynllun Amddiffyn Plant / Child Protection Plan"),
        ("p", "Cyngor Sir Aberwennol – Gwasanaethau Plant / Aberwennol County Council – Children's Services"),
        ("kv", [
            ("Plant / Children", "Osian Pritchard, ganwyd / born 21/06/2024 (10 months); "
                                 "Cerys Pritchard, ganwyd / born 03/11/2018 (6)"),
            ("Rhieni / Parents", "Nia Pritchard (mam / mother) and Rhys Pritchard (tad / father), "
                                 "6 Heol y Felin, Llanwennol"),
            ("Cynhadledd / Conference", "Cynhadledd amddiffyn plant gychwynnol / Initial child protection "
                                        "conference, 14/04/2025"),
            ("Categori / Category", "Esgeulustod / Neglect"),
            ("Gweithiwr cymdeithasol / Social worker", "Llinos Hughes, Tîm Diogelu'r Gogledd / North "
                                                       "Safeguarding Team"),
            ("Iaith / Language", "Mae'r teulu'n siarad Cymraeg gartref / The family speak Welsh at home; "
                                 "they have this plan in Welsh as well"),
        ]),
        ("h1", "Pam rydyn ni'n poeni / What we are worried about"),
        ("p", "Nia has had postnatal depression since Osian was born and stopped taking her sertraline in "
              "February. Rhys drives for a haulage firm and is away from Monday to Thursday nights. On 27 March "
              "Cerys's school could not reach anyone when she was not collected; the SW and the police found "
              "Nia asleep on the sofa at 4pm and Osian in his cot in a soaked nappy, hungry, with a nappy "
              "rash that had started to bleed. Nia told her GP the next day that she sometimes stays in bed "
              "until the afternoon and has had thoughts that the children \"would be better off without "
              "her\"."),
        ("h1", "Beth sy'n mynd yn dda / What is going well"),
        ("p", "Nia went to her GP herself on 28 March and has restarted her medication. Rhys has asked his "
              "employer for local routes. Eirlys Jenkins, Nia's mother, lives five minutes away and has come "
              "every morning since 28 March. Cerys's attendance is good and she has friends at school."),
        ("h1", "Llais y plant / The children's voices"),
        ("p", "Cerys spoke to the SW in Welsh at school on 8 April. She said: \"Mae Mam yn drist ac yn cysgu "
              "lot\" (Mam is sad and sleeps a lot). She said she gives Osian his bottle \"when he cries and "
              "Mam doesn't wake up\", and that she likes it when Nain comes because \"we have porridge and "
              "Nain does my hair\". She wants \"Mam to be happy again and Dad home more\"."),
        ("p", "Osian is a smiley baby who crawls to whoever comes in. At the HV's visit on 9 April he cried "
              "hard when he was put down and settled quickly on Eirlys's lap. His weight has dropped from the "
              "50th to the 25th centile since January."),
        ("h1", "Y cynllun / The plan"),
        ("table", {
            "header": ["Canlyniad i'r plant / Outcome for the children",
                       "Beth fydd yn digwydd / What will happen",
                       "Pwy a phryd / Who and when",
                       "Sut byddwn ni'n gwybod / How we will know"],
            "widths": [3.8, 5.0, 3.8, 4.4],
            "rows": [
                ["Osian is fed, changed and kept safe every day and night by an adult who is awake and "
                 "well, and his weight goes back up towards the 50th centile.",
                 "Visit the family at home, see Osian's cot, feeds and nappies, and talk with Cerys on her "
                 "own in Welsh",
                 "SW Llinos Hughes – every week from 17/04/2025, at least one visit in three unannounced",
                 "Visit notes record Osian's feeds, nappies and skin, and what Cerys says when seen alone"],
                [V,
                 "Weigh Osian, check his development and go through his feeding and sleep routine with Nia "
                 "and Rhys",
                 "HV Bethan Morgan – every 2 weeks; 12-month review by 30/06/2025",
                 "Osian's weight in his red book back on or above the 25th centile and rising; 12-month "
                 "review scores sent to the SW"],
                [V,
                 "Come every weekday morning while Rhys is away to help with Osian's first feed and take "
                 "Cerys to school",
                 "Eirlys Jenkins (Nain / maternal grandmother) – Monday to Friday, 7.30am to 9.30am",
                 "Feed chart on the fridge signed by Eirlys; school register shows Cerys in by 8.50am"],
                [V,
                 "Change his work routes so that he is home at least three nights a week, and do Osian's "
                 "night feeds on those nights",
                 "Rhys Pritchard – new rota in place by 05/05/2025",
                 "Rota letter from his employer given to the SW; night-feed chart filled in on his nights "
                 "at home"],
                ["Osian and Cerys are cared for by a mam whose mood is well enough for her to get up, feed "
                 "them and notice when they need her.",
                 "See Nia every 2 weeks, agree her treatment, and assess whether she can make the changes "
                 "Osian and Cerys need and how long that is likely to take",
                 "Dr Gethin Price, Perinatal Mental Health Service – first appointment by 25/04/2025, then "
                 "every 2 weeks; written assessment by 13/06/2025",
                 "Written assessment of Nia's capacity to change and the likely timescale, shared with the "
                 "SW and the core group; a short written update to every core group"],
                [V,
                 "Review Nia's medication, prescribe it in 14-day amounts, and tell the perinatal team and "
                 "the SW if she does not collect it",
                 "GP Dr Alun Rees – by 25/04/2025, then every 14 days",
                 "Prescription collection dates sent to the perinatal team and the SW each month"],
                ["Cerys goes to school every day, is not the one looking after Osian, and knows which "
                 "grown-up to tell if Mam is unwell.",
                 "Check in with Cerys every Monday and pass on to the SW the same day anything she says "
                 "about home",
                 "Mrs Ffion Davies, DSL, Ysgol Gynradd Llanwennol – every Monday",
                 "Check-in notes record what Cerys says; her attendance stays at 95% or above"],
                [V,
                 "Make a 'pwy alla i siarad â nhw' (who I can talk to) card with Cerys, with copies at "
                 "school and at Nain's",
                 "SW Llinos Hughes – by 02/05/2025",
                 "Cerys can show the card and name two grown-ups she would tell"],
            ],
        }),
        ("h1", "Cynllun wrth gefn / Contingency plan"),
        ("p", "If Nia is found asleep or unable to respond while she is alone with Osian, stops her medication, "
              "or tells anyone she has thoughts of harming herself or the children, the SW (or the out-of-hours "
              "team) will visit and hold a strategy discussion the same day. Osian and Cerys will go to stay "
              "with Eirlys at her home in Llanwennol, and Rhys will come home from work that night. If Eirlys "
              "cannot come in the mornings or cannot have the children, family support worker Gareth Lloyd "
              "will visit every weekday morning from the next working day, and if no safe adult can stay with "
              "the children overnight they will be placed together with foster carers the same day."),
        ("h1", "Grŵp craidd a chynhadledd adolygu / Core group and review conference"),
        ("bullets", [
            "Grŵp craidd / Core group: every 4 weeks – 24/04/2025, 22/05/2025 and 19/06/2025, at Ysgol "
            "Gynradd Llanwennol.",
            "Cynhadledd adolygu / Review child protection conference: 07/07/2025, 10am, Canolfan Ddinesig / "
            "Civic Centre, Aberwennol.",
            "If the perinatal assessment says Nia is unlikely to make the changes in time for Osian, or the "
            "children have had to leave home under the contingency plan, the team manager will request a "
            "legal planning meeting within 5 working days.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Looked-after newborn on a neonatal unit; two-column table (owner inside
#    the action sentence, timescale and measure together in the second
#    column) under outcome banner rows; PDF with header and page footer.
#    Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b12_arrowmere_lac_neonatal_two_column_banners_hale.pdf",
    "doc_title": "Child Protection Plan - Ruby Hale (looked after)",
    "split": "tune",
    "template": "lac-neonatal-two-column-outcome-banners-paged",
    "description": (
        "Exemplary plan for a looked-after newborn on a neonatal unit (mother's heroin use, on methadone) in "
        "a two-column table - the owner written inside each action sentence, the timescale and the measure "
        "together in the second column - under 'FOR RUBY' outcome banner rows; OFFICIAL-SENSITIVE header "
        "and page footer on every page. Twice-weekly SW visits on the ward, the drug service reports, "
        "specific contingency, core group and review dates, legal planning meeting."
    ),
    "header": "OFFICIAL-SENSITIVE | Arrowmere Council Children's Services | Ref ARM/CP/25/1182",
    "footer": "Ruby Hale – child protection plan – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "For a looked-after baby – agreed at the initial child protection conference on 18/03/2025"),
        ("kv", [
            ("Baby", "Ruby Hale, born 03/03/2025 at 35 weeks"),
            ("Where Ruby is", "Kestrel Ward (neonatal unit), Arrowmere General Hospital; expected to be well "
                              "enough to leave hospital around 31/03/2025"),
            ("Legal status", "Looked after – accommodated under section 20, Children Act 1989, since "
                             "10/03/2025, with Kayleigh's written agreement"),
            ("Mother", "Kayleigh Hale (22), Flat 3, 17 Canal Street, Arrowmere"),
            ("Father", "Not named on the birth certificate; Kayleigh has not wanted to share his details"),
            ("Category", "Neglect"),
            ("Social worker", "Owen Latimer, Arrowmere Children in Care Team"),
            ("IRO", "Pat Ingham"),
        ]),
        ("h1", "Why there is a plan"),
        ("p", "Kayleigh used heroin throughout her pregnancy and has been prescribed methadone (60ml daily) "
              "since 22 weeks. Ruby's urine was positive for opiates at birth and she is being treated for "
              "neonatal abstinence syndrome with oral morphine, which is being reduced. Kayleigh's first "
              "child, Jayden (4), lives with his paternal grandparents under a special guardianship order "
              "made in 2022 after a period of neglect linked to her drug use. Kayleigh agreed to Ruby being "
              "accommodated while her recovery and her care of Ruby are assessed."),
        ("h1", "Ruby's days on the ward"),
        ("p", "The nurses call Ruby \"a little fighter\". She takes 45ml of formula every three hours, mostly "
              "from a bottle. When her withdrawal scores are high she arches her back, cries in a high pitch "
              "and sneezes; she settles best swaddled and held skin-to-skin, and calms quickly on Kayleigh's "
              "chest. She turns towards Kayleigh's voice. On 14 March she cried for 20 minutes after a visit "
              "ended and settled only when a nurse rocked her."),
        ("h1", "Kayleigh's views"),
        ("p", "Kayleigh said she loves Ruby \"more than anything\" and will \"do whatever it takes\" to bring "
              "her home. She is frightened that Ruby will \"go the same way as Jayden\", and she wants Ruby to "
              "know that she is her mum."),
        ("h1", "The plan"),
        ("table", {
            "header": ["What will happen, and who will do it", "When, and how we will know it is working"],
            "widths": [9.0, 8.0],
            "rows": [
                ["FOR RUBY: Ruby is safe, fed and comforted on the ward, and is seen often by the people "
                 "responsible for her", H],
                ["Owen Latimer (SW) will visit Ruby on Kestrel Ward, see and hold her, and talk to the nurse "
                 "in charge about her feeds, her withdrawal scores and who has visited.",
                 "Twice a week, on Tuesdays and Fridays, until she leaves hospital. Owen's visit records show "
                 "Ruby seen at each visit, with her weight and scores written down."],
                ["Pat Ingham (IRO) will visit Ruby on the ward and again at her foster home.",
                 "On the ward by 28/03/2025; at the foster home within 4 weeks of discharge. Pat's visit notes "
                 "are on Ruby's file and her first review report is shared with Kayleigh."],
                ["Sister Grace Obi, neonatal nurse in charge, will ring Owen if Kayleigh arrives under the "
                 "influence or cannot safely hold Ruby, or if Ruby's withdrawal scores go above 8 twice in a "
                 "row.",
                 "The same day. Each call is logged on Ruby's file with the time and what was done."],
                ["FOR RUBY: Ruby leaves hospital to a settled home where the adults know how to care for a "
                 "baby coming off opiates", H],
                ["Owen and Dee Carlisle (family placement worker) will match Ruby with foster carers who have "
                 "cared for babies withdrawing from opiates, and the carers will meet Ruby on the ward.",
                 "Carers named by 21/03/2025, with at least two visits to Ruby on the ward before discharge, "
                 "recorded in her placement plan."],
                ["Liz Harper, neonatal discharge co-ordinator, will write Ruby's discharge plan with the foster "
                 "carers, covering her feeds, the morphine reduction and her follow-up appointments.",
                 "Before discharge. Signed discharge plan copied to Owen, the HV and the GP."],
                ["Marcia Dunn (HV) will see Ruby at the foster home and weigh her.",
                 "New-birth visit within 10 days of discharge, then every 2 weeks. Ruby's weight in her red "
                 "book stays on or above the 9th centile."],
                ["FOR RUBY: Ruby keeps her bond with her mum, while Kayleigh shows she can stay off heroin "
                 "long enough to care for her safely", H],
                ["Kayleigh will come to the ward to feed, change and hold Ruby, with a nurse present.",
                 "Every day, 1pm to 3pm, until discharge; then three times a week at Arrowmere Family Centre. "
                 "Ward and contact notes record each visit, whether Kayleigh was sober and how Ruby "
                 "responded."],
                ["Sean Maddox, Kayleigh's worker at Pathways (Arrowmere drug and alcohol service), will see "
                 "her every week, supervise her methadone, carry out drug tests, and write to Owen about her "
                 "drug use and what it would mean for caring for Ruby.",
                 "Weekly; a written update with all test results to Owen before every core group. Every test "
                 "negative for heroin."],
                ["Owen will carry out a parenting assessment of Kayleigh, including how she cares for Ruby at "
                 "contact.",
                 "Started by 28/03/2025; written report by 23/05/2025, shared with Kayleigh and the core "
                 "group."],
                ["Owen will complete a viability assessment of Sandra Hale (maternal grandmother), who has "
                 "asked to be considered as Ruby's carer.",
                 "By 11/04/2025. Viability report shared with Sandra, Kayleigh and the core group."],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Kayleigh arrives on the ward under the influence or behaves aggressively, the nurse in charge "
              "will end the visit, call hospital security (and the police if Ruby is at risk) and ring Owen "
              "the same day; contact will then move to the family centre with a contact worker. If Kayleigh "
              "tries to take Ruby from the ward or withdraws her agreement to section 20, ward staff will "
              "call the police at once, Owen (or the emergency duty team) will hold a strategy discussion the "
              "same day, and the local authority will apply for an emergency protection order so that Ruby "
              "stays on the ward or with her foster carers."),
        ("h1", "Meetings and legal planning"),
        ("bullets", [
            "Core group: every 3 weeks – 27/03/2025, 17/04/2025 and 08/05/2025, in the Kestrel Ward family "
            "room while Ruby is there.",
            "Ruby's first looked-after review: 07/04/2025, chaired by Pat Ingham (IRO).",
            "Review child protection conference: 10/06/2025, 2pm, Arrowmere Town Hall.",
            "If Kayleigh's tests show heroin use in any two weeks, she misses three contacts in a row, or the "
            "parenting assessment is negative, Owen's team manager will request a legal planning meeting "
            "within 5 working days to consider care proceedings.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. The plan written as a letter to a 12-year-old; actions are a numbered
#    outline with Who / When / How we'll know sub-bullets (md). Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b12_audenby_letter_to_child_outline_walsh.md",
    "split": "tune",
    "template": "letter-to-child-numbered-outline-sub-bullets-md",
    "description": (
        "Exemplary plan written as a letter to a 12-year-old (mother's drinking), with the actions as a "
        "numbered outline whose Who / When / How we'll know lines sit in sub-bullets under each item; the "
        "alcohol service reports on whether the mother can stop, grandad's weekends are covered by a "
        "named fallback, core group and review dates, and legal planning is explained in plain words."
    ),
    "text": """\
# Audenby Council – Children's Services

## Your plan, Kian

**For:** Kian Walsh, age 12 (Year 7, Audenby Academy)
**Written by:** Maya Brennan, your social worker, after the child protection conference on 2 April 2025
**Copies to:** your mum (Leanne Walsh), your grandad (Terry Walsh) and everyone at the meeting

Dear Kian,

Thank you for coming to the first part of the meeting and for writing down what you
wanted everyone to know. I promised I would write the plan to you in normal words,
so here it is. If anything doesn't make sense, text me or ask me at our next visit.

### Why there is a plan

Everyone at the meeting agreed that your mum's drinking has got to the point where
you are not safe enough at home. In January you found Mum on the kitchen floor and
couldn't wake her, and you rang 999, which was exactly the right thing to do. Since
Christmas you have missed 14 days of school, mostly on days after Mum had been
drinking. The meeting decided you should have a child protection plan under the
category of neglect. That means the grown-ups have to do what is written here and
check that it is working.

### What you told us

You wrote: "I don't mind making my own tea but I hate it when Mum's asleep and I
can't wake her up. I like it at Grandad's because it's calm and he takes me to
football." You told me you don't want to leave Mum, and that you want her "to stop
the vodka, not just say she will". You said the worst bit is "lying awake listening
for her". The best bit of your week is Saturday football with the Audenby Colts.

### What we all want for you

- You feel safe at home, sleep through the night and don't have to look after Mum.
- You go to school every day and get to football on Saturdays.
- Whenever you are at home there is an adult there who is sober and awake.
- You know exactly who to ring, and where to go, if Mum has been drinking.

### Who is going to do what

1. **Seeing you on your own.** Maya will see you on your own, at home or at school,
   and ask how things have been.
   - Who: Maya Brennan (social worker)
   - When: every week, starting Monday 7 April 2025
   - How we'll know: Maya writes down what you say after every visit and reads it
     back to you, so you can check she got it right.
2. **Mum's drinking.** Mum will have an assessment at Audenby Recovery Service, then
   go to their group every Tuesday and have a breath test each time.
   - Who: Mum (Leanne Walsh)
   - When: assessment by 16 April 2025, then every Tuesday
   - How we'll know: Dev Sandhu at the Recovery Service sends Maya the breath test
     results before each core group, and every one reads zero.
3. **Can Mum stop for good?** Dev will write a report on whether Mum can stop drinking
   and stay stopped, what needs to change at home for you, and how long that is
   likely to take.
   - Who: Dev Sandhu (recovery worker, Audenby Recovery Service)
   - When: by 30 May 2025
   - How we'll know: the report goes to Maya and the core group, and Maya goes
     through it with you and Mum.
4. **School.** If you are not in school by 9am, Mr Hussain's office will ring Mum, and
   then Maya, the same morning.
   - Who: Mr Imran Hussain (Head of Year 7 and safeguarding lead)
   - When: every school day
   - How we'll know: your attendance is back up to 95% or more, and Mr Hussain
     emails Maya your attendance every Friday.
5. **Someone who gets it.** Jess from Audenby Young Carers will meet you after school
   to talk about looking after Mum, and help you get a young carers card.
   - Who: Jess Kaur (young carers worker)
   - When: every other Thursday from 10 April 2025; the card by 30 April 2025
   - How we'll know: Jess sends Maya a short note after each session, and you have
     your card.
6. **Weekends at Grandad's.** Grandad will pick you up from school on Fridays and you
   will stay with him until Sunday teatime.
   - Who: Grandad (Terry Walsh)
   - When: every Friday at 3pm until Sunday at 6pm
   - How we'll know: Grandad texts Maya when you get to his on Friday and when he
     drops you home on Sunday, and says whether Mum was sober.
7. **Your safety plan.** Maya will make a safety plan with you and Mum: who you ring,
   where you go, and what to do if Mum won't wake up.
   - Who: Maya Brennan (social worker)
   - When: by 11 April 2025
   - How we'll know: you have a copy on your phone and one on the fridge, and you
     can tell Maya the three phone numbers without looking.

### If things go wrong

If you get home and Mum has been drinking, won't wake up properly or isn't making
sense, ring Grandad on 07700 900418 and go to his house. If Mum won't wake up at all,
ring 999 first. Grandad will ring Maya (or the out-of-hours social worker on
01632 960771) the same day, and you will stay at Grandad's until Maya has seen Mum
and agreed with her manager that it is safe for you to go home.

If Grandad can't have you, because he is ill or away, Maya or the out-of-hours social
worker will find you a foster family the same night, and you will still go to
Audenby Academy and to football.

If Mum is still drinking when the review conference meets on 25 June 2025, or you
have had to leave home twice under this plan, Maya's manager will ask for a legal
planning meeting. That is a meeting with the council's lawyers to decide whether to
go to court, so that a judge can decide where you should live.

### When we will check how it's going

The core group (you, if you want to come, Mum, Grandad, Maya, Mr Hussain, Jess and
Dev) meets every 4 weeks: 15 April, 13 May and 10 June 2025, at 4pm at school.

The review child protection conference is on 25 June 2025 at 4pm, after school, so
you can come if you want to.

Maya Brennan
Social Worker, Audenby Family Safeguarding Team – 01632 960215
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Case-system print with dot-leader field lines, abbreviations and the
#    owner on the line after its WHO label (txt). Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b12_astlecombe_field_line_export_doherty.txt",
    "split": "tune",
    "template": "case-system-dot-leader-fields-owner-next-line",
    "description": (
        "Exemplary review plan printed from a case system for a 14-year-old at risk of exploitation and her "
        "9-year-old brother (mother's depression), with dot-leader field lines, abbreviations (SW, WKLY, "
        "RHI, CGM, RCPC, LPM, TM) and each owner on the line after its WHO label; the CMHT is asked to "
        "assess capacity to change, the GP owns a row, a specific contingency names an aunt and an "
        "emergency foster fallback, CGM and RCPC dates, legal planning meeting."
    ),
    "text": """\
ASTLECOMBE COUNCIL - CHILDREN'S SERVICES
CareFile v4.2         REPORT: CP PLAN - FULL PRINT         Page 1 of 2
Printed 23/05/2025 10:14 by KOSEI
======================================================================
CHILD ............ Demi DOHERTY    F   DOB 19/02/2011 (14y)   ID 600321
CHILD ............ Alfie DOHERTY   M   DOB 07/08/2015 (9y)    ID 600322
MOTHER ........... Claire DOHERTY (41)
FATHER ........... Not involved; no contact since 2019
ADDRESS .......... 8 Quarry View, Astlecombe
PLAN TYPE ........ Child Protection - Review (RCPC held 20/05/2025)
CATEGORY ......... Neglect
KEY WORKER ....... SW Kofi OSEI, Astlecombe Safeguarding Team 3
TEAM MANAGER ..... Sharon WELLS
======================================================================

-- 1. CONCERNS -------------------------------------------------------
Claire has severe depression and is open to Astlecombe North CMHT. She
took an overdose in February and spends most days in bed. Demi has
been reported missing 4 times since March, twice overnight, and was
found once in a car with two adult men in Ferris Street. Alfie does
most of the shopping and cooking for himself and his mum. Demi's
school attendance is 71%.

-- 2. WHAT DEMI AND ALFIE SAY ----------------------------------------
Demi (seen alone 15/05/2025): "I only go out cos home's dead and Mum's
in bed all day. Them lads buy me food and vapes, they're not bad."
She would like her mum "back to how she was" and wants to do hair and
beauty at college. She agreed to meet a Safer Futures worker "if it's
a woman".
Alfie (seen alone 16/05/2025): "I make toast for me and Mum. I don't
mind but I get scared when Demi's not home." He wants to go back to
Cubs and for "Demi to stay in".

-- 3. OUTCOMES FOR DEMI AND ALFIE ------------------------------------
 O1  Demi is home by her curfew every night, is not with adults who
     exploit her, and can name three safe adults she would go to.
 O2  Demi and Alfie are cared for by a mum who is well enough to get
     up, cook and know where they are in the evenings.
 O3  Alfie is not doing the shopping and cooking for the family, and
     is back at Cubs.
 O4  Demi is in school at least 90% of the time.

-- 4. ACTIONS --------------------------------------------------------
ACT 01  WHAT ...... See Demi and Alfie separately and alone, incl. a
                    chat with Demi about her phone and who she meets
        WHO .......
                    SW Kofi OSEI
        WHEN ...... WKLY (Demi Fri after school; Alfie Tue at home)
        EVIDENCE .. Visit recs show both seen alone and Demi's own
                    words recorded

ACT 02  WHAT ...... Return home interview (RHI) after any missing
                    episode
        WHO .......
                    Hannah BLAKE, Safer Futures (exploitation and
                    missing service)
        WHEN ...... Within 72 hrs of Demi coming home
        EVIDENCE .. RHI report on file saying where Demi was and who
                    with; copy to SW and police

ACT 03  WHAT ...... 1:1 sessions with Demi on healthy relationships
                    and online safety (8 sessions)
        WHO .......
                    Hannah BLAKE, Safer Futures
        WHEN ...... WKLY, Weds, from 28/05/2025
        EVIDENCE .. Session log; at session 8 Demi names 3 safe adults
                    and shows she can block and report contacts

ACT 04  WHAT ...... Share intelligence on the men linked to Demi and
                    serve Child Abduction Warning Notices where there
                    are grounds
        WHO .......
                    DC Lauren PIKE, Astlecombe Police Exploitation Team
        WHEN ...... By 06/06/2025
        EVIDENCE .. Outcome in writing to SW; notices served recorded
                    on the police system

ACT 05  WHAT ...... Fortnightly visits to Claire; assess how her
                    depression affects her care of Demi and Alfie,
                    her capacity to change and the likely timescale
        WHO .......
                    Andrew SHAW, care co-ordinator, Astlecombe North
                    CMHT
        WHEN ...... Fortnightly; written assessment by 04/07/2025
        EVIDENCE .. Assessment report to SW and CGM; short written
                    update before every CGM

ACT 06  WHAT ...... Ring police (999) and SW/EDT if Demi is not home
                    by her 9pm curfew
        WHO .......
                    Claire DOHERTY (mum)
        WHEN ...... Same evening, by 9.30pm
        EVIDENCE .. Missing reports logged by police by 9.30pm; SW
                    checks police log at each visit

------------------------------------------------------- Page 2 of 2 --
ACT 07  WHAT ...... First-day absence calls and period-by-period
                    registers for Demi
        WHO .......
                    Mrs Ruth EKWUEME, DSL, Astlecombe High School
        WHEN ...... Daily; attendance emailed to SW every Fri
        EVIDENCE .. Attendance at or above 90% by the next RCPC

ACT 08  WHAT ...... Young carers assessment for Alfie and a place
                    back at Cubs
        WHO .......
                    Zoe GRANT, Astlecombe Young Carers
        WHEN ...... Assessment by 27/06/2025
        EVIDENCE .. Assessment report to SW; Cubs register shows Alfie
                    attending on Thursdays

ACT 09  WHAT ...... Medication review for Claire, with a letter to
                    the CMHT
        WHO .......
                    Dr Sana IQBAL, GP, Quarry Lane Surgery
        WHEN ...... By 13/06/2025
        EVIDENCE .. Review letter on file, copied to CMHT and SW

-- 5. CONTINGENCY ----------------------------------------------------
TRIGGERS .. Demi missing overnight; Demi seen with any adult named in
            ACT 04; Claire admitted to hospital or telling the CMHT
            she has plans to end her life
RESPONSE .. Claire or school report Demi missing to police at once.
            SW (EDT out of hours) holds a strategy discussion the same
            day. Alfie, and Demi when found, stay with their maternal
            aunt Michelle BURNS, 14 Larch Close (agreed 20/05/2025).
FALLBACK .. If Michelle cannot take them, SW/EDT place Demi and Alfie
            together in emergency foster care the same night.
LEGAL ..... If Demi goes missing twice or more before the next CGM,
            or the CMHT assessment says Claire is unlikely to make the
            changes needed in the children's timescales, TM to request
            a Legal Planning Meeting (LPM) within 5 working days.

-- 6. REVIEW ---------------------------------------------------------
CGM ....... Monthly - 03/06/2025, 01/07/2025, 29/07/2025 (4pm,
            Astlecombe High School)
RCPC ...... 19/08/2025, 10am, Astlecombe Civic Hall

-- END OF PRINT --
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Review plan with long narrative cells (progress and next step in one
#    cell) beside Lead / By when / How we will know (docx). Faulty.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b12_alverholme_narrative_cells_kowalczyk.docx",
    "doc_title": "Review Child Protection Plan - Zofia and Leo Kowalczyk",
    "split": "tune",
    "template": "review-plan-long-narrative-action-cells-five-column",
    "description": (
        "Review CP plan for a 5-year-old and a baby (mother's postnatal depression, father's drinking) where "
        "each action is a long narrative cell of progress and next step beside Lead / By when / How we will "
        "know columns. The father's row is 'Ongoing' with 'Engagement'; a CPN only supports, measured by the "
        "mother feeling better; the family network owns a row; a referral has a blank lead; the "
        "grandmother's care days have no measure; one adult-only outcome; the contingency sends the "
        "children to the same grandparents with no fallback."
    ),
    "blocks": [
        ("title", "Review Child Protection Plan"),
        ("p", "Alverholme City Council – Children's Social Care, Family Safeguarding (East)"),
        ("kv", [
            ("Children", "Zofia Kowalczyk, born 11/01/2020 (5); Leo Kowalczyk, born 30/10/2024 (7 months)"),
            ("Parents", "Kasia Kowalczyk (mother) and Marek Kowalczyk (father)"),
            ("Address", "27 Tanner's Row, Alverholme"),
            ("Review conference", "03/06/2025 (first review); plans continue under the category of neglect"),
            ("Social worker", "Amy Thornhill"),
            ("Interpreter", "Polish interpreter used with Marek; Kasia chose to speak in English"),
        ]),
        ("h1", "What has changed since the initial conference"),
        ("p", "Marek says he has cut down from drinking every evening to weekends only, but he smelled of "
              "alcohol at two of the SW's four unannounced visits, both on weekday afternoons. Kasia was "
              "diagnosed with postnatal depression in January; she has restarted her medication and says she "
              "is getting up earlier. Home conditions are better. Halina Kowalczyk, Marek's mother, now looks "
              "after Leo on Tuesdays and Thursdays. Zofia's attendance in Reception has risen from 78% to 88%."),
        ("h1", "What Zofia says and how Leo is"),
        ("p", "Zofia drew her family with her dad holding a bottle and said \"Tata gets silly and Mama "
              "cries\". She likes Babcia's (grandmother's) flat because \"she makes pierogi and we go to the "
              "park\". She would like \"Tata to only drink juice\". Leo is crawling and babbling; the HV saw "
              "him pull himself up on the sofa and reach for Kasia, who picked him up and talked to him in "
              "Polish."),
        ("h1", "What we want to be different"),
        ("bullets", [
            "Zofia and Leo are looked after every day by a parent who is sober and awake, and Zofia stops "
            "worrying about her dad's drinking.",
            "Zofia goes to school every day, on time, with her reading book and her lunch.",
            "Leo's weight and development stay on track and he is seen at every health appointment.",
            "Kasia's mood will improve and she will feel more confident as a mother.",
        ]),
        ("h1", "The plan"),
        ("table", {
            "header": ["Area", "What has happened and what needs to happen next", "Lead", "By when",
                       "How we will know it has worked"],
            "widths": [2.4, 6.6, 2.8, 2.4, 2.8],
            "rows": [
                ["Seeing the children",
                 "Amy has visited every two weeks since the initial conference and has seen Zofia on her own "
                 "at school three times; Zofia talks more freely away from home. Amy will keep visiting "
                 "fortnightly, with at least one visit in three unannounced and on a weekday afternoon, and "
                 "will see Zofia on her own each time.",
                 "SW Amy Thornhill",
                 "Fortnightly",
                 "Visit records show both children seen, Zofia seen alone, and whether either parent "
                 "smelled of alcohol"],
                ["Dad's drinking",
                 "Marek went to one appointment at the Alverholme Alcohol Service in April and did not go "
                 "back. He told the review conference he would go again. Marek needs to go back to the "
                 "service and work with them to cut down his drinking, so that he is sober whenever he is "
                 "looking after the children.",
                 "Marek, with Alverholme Alcohol Service",
                 "Ongoing",
                 "Engagement with the service"],
                ["Mum's mental health",
                 "Kasia has been seen by her CPN twice since she was referred in March and says the visits "
                 "help. Joanne will continue fortnightly visits to support Kasia with her mood and to check "
                 "that she is taking her medication.",
                 "CPN Joanne Fry, Alverholme CMHT",
                 "Fortnightly",
                 "Kasia says she is feeling better"],
                ["Leo's health",
                 "Leo is on the 25th centile. His 16-week immunisations were missed in February and have "
                 "since been given. The HV will do Leo's 9-to-12-month review at home and weigh him.",
                 "HV Deborah Nash",
                 "By 30/06/2025",
                 "Weight plotted in the red book; ASQ-3 scores sent to the SW"],
                ["Care of Leo",
                 "Halina has looked after Leo on Tuesdays and Thursdays since April, which gives Kasia time "
                 "to rest and go to her appointments. Halina will carry on having Leo at her flat on those "
                 "days and will collect Zofia from school.",
                 "Halina Kowalczyk (PGM)",
                 "Every Tuesday and Thursday",
                 ""],
                ["Keeping Leo safe",
                 "Kasia has said that on her worst days she struggles to get up for Leo. The family agreed at "
                 "conference that Leo will not be left alone with Kasia on a day when she says she cannot "
                 "cope; someone will come round or take Leo out.",
                 "Family network",
                 "Every day",
                 "Zofia and Kasia tell the SW at each visit who looked after Leo on any bad day"],
                ["Parenting",
                 "Both parents asked for help with routines and with Zofia's bedtime. A referral will be made "
                 "to the Early Help Steady Steps parenting group, which runs for 8 weeks from September.",
                 "",
                 "By the next core group",
                 "Place confirmed in writing; both parents attend at least 6 of the 8 sessions"],
                ["School",
                 "Zofia's attendance has risen to 88%. Mrs Gill will phone home by 9.30am on any day Zofia is "
                 "absent without a message, and tell Amy the same day if no reason is given.",
                 "DSL Mrs Parveen Gill, Alverholme Primary",
                 "Every school day",
                 "Attendance at or above 95% by the next review; log of calls emailed to the SW each Friday"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Marek is found to have been drinking while he is looking after Zofia or Leo, or Kasia tells "
              "anyone she has thoughts of harming herself or the children, the SW (or the emergency duty team "
              "out of hours) will hold a strategy discussion the same day, and the children will go to stay "
              "with Halina and Jerzy Kowalczyk (paternal grandparents) at 22 Birch Rise. If this happens "
              "twice before the next review, the team manager will request a legal planning meeting."),
        ("h1", "Core group and next review"),
        ("p", "The core group will meet every 4 weeks: 17/06/2025, 15/07/2025 and 12/08/2025, at 10am at "
              "Alverholme Primary. The second review child protection conference will be on 02/12/2025."),
    ],
    "findings": [
        F("T002", "Marek needs to go back to the service"),
        F("M002", "Marek needs to go back to the service"),
        F("H001", "Joanne will continue fortnightly visits to support Kasia with her mood"),
        F("M002", "Joanne will continue fortnightly visits to support Kasia with her mood"),
        F("M001", "Halina will carry on having Leo at her flat"),
        F("W002", "Leo will not be left alone with Kasia"),
        F("W001", "A referral will be made to the Early Help"),
        F("F002", "Kasia's mood will improve and she will feel more confident as a mother"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Core group update: landscape No. | What needs to happen | Lead | Target
#    date | Evidence of progress | RAG / update table; the family is moving
#    to another authority; PDF with header and page footer. Faulty.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b12_averingham_rag_update_moving_mensah.pdf",
    "doc_title": "Child Protection Plan - Core Group Update - Joel and Abena Mensah",
    "split": "tune",
    "template": "core-group-update-landscape-lead-target-evidence-rag-paged",
    "description": (
        "Core group update of an ICPC plan for two children (domestic abuse, father's cocaine use) whose "
        "family is moving to another authority, in a landscape No. | What needs to happen | Lead | Target "
        "date | Evidence of progress | RAG / update table; OFFICIAL-SENSITIVE header and 'Page N of M' "
        "footer on every page. The parenting assessment and an IDVA referral are left for the new "
        "authority; 'TBC', 'When she is able', 'Ongoing' / 'Engagement', 'Monitored', 'Professionals'; "
        "the father's drug use is his own row only; no review conference date; no legal step."
    ),
    "header": "OFFICIAL-SENSITIVE – Averingham Borough Council – Children's Social Care",
    "footer": "CP plan: Joel and Abena Mensah – core group update 20/05/2025 – Page {PAGE} of {NUMPAGES}",
    "landscape": True,
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan – Core Group Update"),
        ("kv", [
            ("Children", "Joel Mensah (11) and Abena Mensah (6)"),
            ("Mother", "Efua Mensah"),
            ("Father", "Kwame Mensah – not living at the family home; on police bail"),
            ("Plan from", "Initial child protection conference, 08/04/2025 (category: emotional abuse)"),
            ("This update", "Core group meeting, 20/05/2025, Averingham Primary"),
            ("Social worker", "Rebecca Stanforth, Averingham Family Safeguarding Team"),
        ]),
        ("h1", "Background"),
        ("p", "On 23 March Kwame, who had been using cocaine over the weekend, threatened Efua with a knife in "
              "the kitchen while Joel stood in the doorway. He was arrested and is on bail not to contact Efua "
              "or go to the house. Kwame has told the SW that he uses cocaine most weekends. Efua has been "
              "offered a tenancy in Keldermouth, near her sister, and the family plan to move on 14/06/2025. "
              "Keldermouth Children's Services have been told, and a transfer-in conference will be requested "
              "once the family have moved."),
        ("h1", "What Joel and Abena have said"),
        ("p", "Joel said he \"can't stop seeing the knife\" and has nightmares most nights. He wants to move "
              "\"so Dad can't find us\" but is sad to leave his football team. Abena said she misses Daddy's "
              "pancakes and asked if she can still see him. She is excited about having her own bedroom."),
        ("h1", "What we want for Joel and Abena"),
        ("bullets", [
            "Joel and Abena live somewhere Kwame cannot threaten or hurt them or their mum.",
            "Joel sleeps better and gets help with the nightmares and his anger at school.",
            "Abena sees her dad only when it is safe and supervised, and settles into her new school.",
        ]),
        ("pagebreak",),
        ("h1", "Action plan and progress"),
        ("table", {
            "header": ["No.", "What needs to happen", "Lead", "Target date", "Evidence of progress",
                       "RAG / update 20/05"],
            "widths": [1.3, 7.0, 3.8, 3.2, 5.9, 4.5],
            "rows": [
                ["1",
                 "See Joel and Abena at home and see Joel on his own, until the Keldermouth transfer-in "
                 "conference",
                 "SW Rebecca Stanforth",
                 "Weekly until the transfer-in conference",
                 "Visit records show both children seen and Joel seen alone",
                 "G – seen weekly; Joel seen alone 4 times"],
                ["2",
                 "Parenting assessment of Efua, to be completed by Keldermouth after the move",
                 "Keldermouth Children's Services",
                 "TBC",
                 "",
                 "R – not started"],
                ["3",
                 "Referral to CAMHS for Joel's nightmares and anger",
                 "School nurse Bella Hurst",
                 "By 06/06/2025",
                 "Referral accepted letter on file, copied to the SW",
                 "A – referral sent 15/05, awaiting reply"],
                ["4",
                 "Efua to attend the Freedom Programme",
                 "Efua Mensah",
                 "When she is able",
                 "Certificate of completion",
                 "A – on the waiting list"],
                ["5",
                 "Kwame to engage with Averingham Drug Service about his cocaine use",
                 "Kwame Mensah",
                 "Ongoing",
                 "Engagement",
                 "R – no appointment made"],
                ["6",
                 "Send safeguarding records to Joel's and Abena's new schools",
                 "DSL Mrs Clare Tubb, Averingham Primary",
                 "Before the children's first day at their new schools",
                 "New schools confirm by email that the files have arrived",
                 "G – new schools named"],
                ["7",
                 "Keep an eye on Abena in class and note anything she says about home",
                 "Class teacher Miss Rehana Noor",
                 "Daily until the move",
                 "Monitored",
                 "G"],
                ["8",
                 "Supervised contact between Kwame and the children at Averingham Family Centre",
                 "Professionals",
                 "Every Saturday, 10am to 12pm",
                 "Contact records note whether Kwame was sober and how the children responded",
                 "A – two sessions so far"],
                ["9",
                 "IDVA referral for Efua on hold until the family have moved; Keldermouth IDVA service to "
                 "pick it up",
                 "SW Rebecca Stanforth",
                 "On transfer",
                 "Keldermouth IDVA service confirm the referral is accepted",
                 "A – on hold"],
            ],
        }),
        ("h1", "Contingency"),
        ("p", "If Kwame comes to the house, contacts Efua or the children, or breaks his bail conditions, Efua "
              "will ring 999, the police will arrest Kwame for breach of bail, and the SW will hold a strategy "
              "discussion the same day. If Kwame finds out the new address, Efua and the children will be "
              "offered a refuge place the same day through Averingham Domestic Abuse Service."),
        ("h1", "Meetings"),
        ("p", "Core group: every 2 weeks until the move – next meetings 03/06/2025 and 12/06/2025 (the last "
              "in Averingham). Review child protection conference: to be arranged by Keldermouth after "
              "transfer."),
    ],
    "findings": [
        F("X001", "to be completed by Keldermouth after the move"),
        F("T002", "to be completed by Keldermouth after the move"),
        F("M001", "to be completed by Keldermouth after the move"),
        F("T002", "Efua to attend the Freedom Programme"),
        F("T002", "Kwame to engage with Averingham Drug Service about his cocaine use"),
        F("M002", "Kwame to engage with Averingham Drug Service about his cocaine use"),
        F("M002", "Keep an eye on Abena in class"),
        F("W002", "Supervised contact between Kwame and the children at Averingham Family Centre"),
        F("X001", "IDVA referral for Efua on hold until the family have moved"),
        F("F004"),
        F("R001"),
        F("R002"),
    ],
})
